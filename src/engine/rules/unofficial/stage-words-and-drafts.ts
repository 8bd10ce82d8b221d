/**
 * Undecided-stage words and drafts (5(1): 未決定の事項を発信しない): strong stage words (素案, たたき台, 内定, 内示, 未発表,
 * 正式発表前) and weak ones (検討中, 調整中, 協議中) about a decision or a future matter, a draft's change at a stage, a rule change
 * planned, a proposal foretold, a plan inside, a stage passed on as heard, a plan named (…構想), a stage still ahead. Stays clean:
 * drafts put out for public comment, 移住を検討中の方へ, 日程は調整中です。決まり次第…, admissions outcomes, recruitment steps.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import { AIMED, AMOUNT_CHANGE, BENEFIT, CHANGE, CIRCULATING, COMMENT_PROCESS, CORRECTED, DECIDED_MEASURE, DECISION, DIRECTED_MEASURE, FUTURE, MAX_HITS, MEASURE_ASKED, NEW_BUILT, NOTICE_NOT_OUT, NOTICE_WHO, PAST_ERA, PLANNED_CHANGE, PLAN_SETTLED, PUBLIC_PROCESS, RUMOUR_AWARE, SCOPE_WIDENED, STAGE_MEASURE, TALK_DENIED, TBD_LATER, TBD_SUBJECT, TRIVIA, VENUE_MOVED, detailArranged, hearsayShownAsExample, publicAround, put, quotedExample, sentenceOf, topicOf, wordStart, words } from './context'
import type { Emitter } from './context'

/**
 * A draft named in the outcome of a vote on it (原案可決 in a list of results, 原案を可決しました, 原案は承認されました): the council decided
 * it. A vote still to come (原案を可決する見込み) is no outcome (and a forecast of its own).
 */
const DRAFT_VOTED = /^(?:[\s　]?(?:可決|承認|採択|議決|認定|否決)(?=[\s　。、,）)]|$)|(?:を|は|が)(?:全会一致で|賛成多数で)?(?:可決|承認|採択|議決|認定|否決)(?:され(?:た|まし)|し(?:た|まし)))/u
/** Draft nouns among the strong stage words: judged with the whole post (COMMENT_PROCESS). */
const DRAFT_NOUN = /^(?:素案|原案|試案|たたき台|叩き台)$/u
/**
 * Blind R285D-059 kind (conf16): the measures the stage word weighs, named as a response (再発防止策を, 安全対策について, 改善策等を), and
 * the event it answers (事故を受け, ご指摘を踏まえ, 不具合の発生を受けて).
 */
const RESPONSE_MEASURES = /(?:再発防止|防止|安全|改善|防犯|暑さ|熱中症|事故|混雑|騒音)?(?:対策|策)(?:等|など)?(?:を|について(?:は)?|の)[、,]?$/u
const RESPONSE_TO = /を受け|を踏まえ|をふまえ|を機に|事故|事案|トラブル|不具合|ご指摘|ご意見|苦情/u
/**
 * Strong stage words: a warning on their own (the other words of the policy list `undecided` need a decision or a future matter in the sentence).
 * Blind R77A-060: a plan named as what is being arranged (…会場を駅前の新施設に移す案で調整しております, …案を軸に検討, 案で話ば進めよる) is
 * policy-speak for 方向で調整: the content of a plan still in the making, even with 決まり次第ご案内 after it. (提案, 図案, 案内 hold 案
 * inside another word: no hit.)
 */
const STRONG_STAGE = /^(?:議会に出す前|議会に出る前|議会前|議決前|可決前|決裁前|まだ決まっ|まだ何も決まっ|まだなにも決まっ|まだな[ーｰ]?んも決まっ|正式にはまだ|素案|原案|試案|たたき台|叩き台|内定|ないてい|内示|決定前|正式発表前|未発表|非公表|近日発表|方針を固め|方針ば固め|見送る方向|廃止する方向|統合する方向|方向で調整|方向で検討|案で調整|案で最終調整|案で検討|案で協議|案を軸に調整|案を軸に検討|案を軸に協議|案を中心に調整|案を中心に検討|案を中心に協議|案で話を進め|案で話ば進め)$/u

/**
 * Blind GX-113: 未発表 said of a work or a manuscript now shown (これまで未発表だった地元の俳人の句稿も含まれています, 未発表のままだった
 * 画家のスケッチを初公開): an artist's or a writer's work not published before, a history of the piece, not a matter of the city not yet
 * announced. The work must follow within a short phrase holding no matter the city decides, and the paragraph must show it
 * (展示, 公開, 初公開, 収録, 見つか).
 */
const UNPUBLISHED_WORK = /^(?:だった|であった|とされてきた|とされていた|のまま(?:だった|であった|眠っていた)?|の)?[^。！？!?\n]{0,14}?(?:作品|原稿|遺稿|草稿|句稿|歌稿|詩稿|俳句|短歌|句|歌|詩|書簡|手紙|日記|写真|楽譜|楽曲|曲|童謡|絵画|絵|スケッチ|デッサン|版画|小説|随筆|映像|作)/u
const WORK_SHOWN = /展示|公開|初公開|披露|収録|掲載|紹介|発見|見つか|寄贈|収蔵|朗読|演奏|上映/u
const NOT_A_WORK = /計画|方針|案|人事|情報|データ|事項|内容|予算|事業|政策|決定|結果|条例|話/u

/**
 * Blind R57A: a stage word spelt in hiragana after a particle (…つくる方向でけんとうちゅうです, 統合をけんとうしています, 料金はちょうせい中):
 * the word segmenter reads a hiragana run like でけんとうちゅう in odd places (で|け|ん|と|うち…), so the list's けんとうちゅう is no word
 * there. Read here after the particle itself: a ちゅう or 中 form after を, は, も, に, で, へ or a comma, a している form only after を
 * (健闘 is intransitive: 選手たちがけんとうしています is no 検討), and 方向で before either makes it the strong 方向で検討.
 */
const KANA_STAGE =
  /(?:(方向|ほうこう)で|(?<=[をはもにでへ、,\s]|ただいま|ただ今|只今|現在|いま))(?:けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う)(?:ち[ゅゆ]う|中)|(?:(方向|ほうこう)で|(?<=を))(?:けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う)(?:しています|しております|しとります|しとる|しよる|してます|してる|をすすめて|を進めて)/gu
/** Whether a paragraph may hold KANA_STAGE (its words; small kana read full size, as the folded view has them). */
const KANA_STAGE_WORD = /けんとう|ち[ょよ]うせい|き[ょよ]うぎ|こうし[ょよ]う/u
/**
 * Blind R72A-136: the city's deliberation passed on second-hand (日赤さんと市で、…献血ルームを作れないか協議中みたいです, 県と市が…走らせ
 * られないか調整中って聞きました, 役場と漁協で…協議中げな): a weak stage word straight before hearsay (みたい, らしい, げな, そうです, って
 * 聞きました, とのこと), with the city or a public body as a party in the sentence or a measure asked after (…を作れないか, 設けられんか):
 * an undecided plan handed on unconfirmed. A reader's or a club's own plan (生徒会が出し物を検討中みたい) names neither.
 */
const STAGE_HEARD = /^(?:みたい|らしい|らしか|らしく|げな|(?:だ|なん(?:だ|です))?そう(?:です|だ|や|ばい|な(?!の))|(?:なん)?(?:だ|です)って|って(?:聞|伺|話|よ|さ|ね|[。！!…〜~]|$)|と(?:聞|伺)|とのこと|っぽい)/u
const DELIBERATING_BODY = /(?:柳川市|(?<![\p{Script=Han}])市|市役所|役所|役場|行政|県|国|教育委員会|議会|[\p{Script=Han}]{2,5}課)(?:役所)?(?:と|で|が|は|も|側|の(?:方|ほう)で)/u
function stageHeard(t: string, s: Span, end: number): boolean {
  if (!STAGE_HEARD.test(t.slice(end, end + 8))) return false
  const before = t.slice(s.start, end)
  const clause = before.replace(/(?:検討|調整|協議|交渉|議論|けんとう|ちょうせい|きょうぎ|こうしょう)[^、,]{0,8}$/u, '')
  return DELIBERATING_BODY.test(before) || MEASURE_ASKED.test(clause)
}

/**
 * Blind R79A-138: a measure named as what the city weighs, a verb made a noun (高金利の市債を借り換えて利払いを減らすことを、財政課でいま
 * 検 討 中 です; ごみの収集回数をふやすことを、環境課で検討中です): the weak stage word is about a measure even with no policy noun in the
 * sentence, when a unit of the city is named as where it is weighed (財政課で, 庁内で, 市役所で) or the post tells what it would bring once
 * realised (実現すれば…節約になりそうです). (The spaced spelling is joined in the squeezed view.) A reader's plan (参加することをご検討中の
 * 方), a schedule being fixed (日程を調整中です) and a club's own plan (野球部で, 実行委員会で) name no unit of the city.
 */
const MEASURE_WEIGHED = /(?:[うくすつぬむぶぐる]|ない)(?:こと|の)(?:が|を|も|について(?:は)?)[、,]?[^。！？!?\n]{0,16}$/u
const CITY_UNIT_AT =
  /(?:[\p{Script=Han}]{1,6}(?:課|係|室|局)|柳川市|(?<![\p{Script=Han}])市|市役所|庁内|役所|役場)(?:で|の方で|内で|の中で)(?:は|も)?[、,]?(?:(?:いま|今|現在|ただいま|目下)[、,]?)?$/u
const REALISED_IF = /実現(?:すれば|したら|した場合|できれば|の暁には)|(?:導入|実施|開始)(?:されれば|できれば|された場合)/u
function measureWeighed(t: string, s: Span, h: Span): boolean {
  const lead = t.slice(Math.max(s.start, h.start - 40), h.start)
  if (!MEASURE_WEIGHED.test(lead)) return false
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  return CITY_UNIT_AT.test(lead) || REALISED_IF.test(t.slice(s.start, next))
}

/**
 * Blind R83A-097: a stage word spelt out letter by letter with spaces or dots between (実は今、け ん と う ち ゅ う です…！決まったら
 * またお知らせしますね; 検 討 中, ち ょ う せ い 中, 検・討・中): the squeezed view joins it, and the spacing itself shows the writer
 * hiding the word from a check, so it is read as the undecided matter being let out, without the weak word's gates (a policy noun in the
 * sentence, 決まり次第お知らせします). A reader's plan (け ん と う 中の方へ) and a stage denied (検 討 し て お り ま せ ん) stay clean;
 * one stray space (検討 中) is no spelling out.
 */
function spelledOut(e: Emitter, start: number, end: number): boolean {
  const src = e.doc.fromSqueezed(start, end)
  const raw = e.doc.raw.slice(src.start, src.end)
  let gaps = 0
  for (const m of raw.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー][ \u3000・･.．_＿]{1,3}(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])/gu)) if (m[0]) gaps++
  return gaps >= 2
}

/** What follows 内定 as a step of a hiring procedure: its paperwork or its notice (内定の手続, 内定を通知, 内定書, 内定のご案内). */
const RECRUIT_STEP = /^(?:の)?(?:手続き?|手つづき|通知|連絡|案内|ご案内|お知らせ|書|承諾|式|者)|^を(?:通知|連絡|お知らせ|ご案内|出し|出す|行|送)/u
/** A recruitment exam announced in the post: its name or its successful applicants. */
const RECRUITMENT = /採用試験|職員採用|職員募集|(?:最終)?合格者|最終合格|受験資格|受験申込|選考試験/u
/** Blind R113A-089: a job offer the readers get from an employer, named before 内定 (就職の, 企業からの, 民間企業の). */
const OWN_OFFER_BEFORE = /(?:就職|就活|企業|会社|勤務先|就職先|民間)(?:の|から(?:の)?|が|で)?$/u
/** …or after it: got or given to people addressed (内定をもらった方, 内定が出た学生の皆さん, 内定した皆さん). */
const OWN_OFFER_AFTER = /^(?:を|が)?(?:もらっ|もらえ|頂い|いただい|受け|得|取っ|とっ|出た|出て(?:い)?る|決まっ|した|済み|済)[^。！？!?\n]{0,10}?(?:方|かた|人|皆|みな|学生|生徒|新社会人|あなた|新入社員)/u
/**
 * Blind KM-017 kind (misc63): 内定 as one outcome of an admission or an allocation the post's applicants are told (一次利用調整の結果通知（内定・
 * 保留）を発送しました; 利用決定（内定）通知; 保留・内定のいずれか; 内定となった方は…面談の日程を; 内定を辞退される場合は): the result of a nursery's,
 * a housing's or a school's admission sent to the families, no decision of the city's policy told before its release. The paragraph must name the
 * admission (ADMISSION), and 内定 stand as a result: paired with another outcome (保留, 不承諾, 待機, 落選, 補欠; the squeezed view drops the ・
 * between), in brackets after a result or a notice, the applicants who got it addressed after it, or the procedure after it (blind KO-017:
 * 内定後は各園での面談と健康診断があります). Not with a person named in a post (新しい園長には古賀さんが内定) nor told second-hand.
 */
const ADMISSION = /入園|入所|入居|入学|入寮|入級|利用調整|利用決定|利用申込|入所申込|入園申込|保育所|保育園|こども園|児童クラブ|学童保育|市営住宅|公営住宅/u
const OUTCOME_PAIRED_AFTER = /^\s?[・、,／/]?\s?(?:入所|入園|利用)?(?:保留|不承諾|不承認|不採用|待機|落選|補欠|不可)/u
const OUTCOME_PAIRED_BEFORE = /(?:保留|不承諾|不承認|不採用|待機|落選|補欠)\s?[・、,／/]?\s?$/u
const OUTCOME_BRACKETED = /(?:結果|決定|通知|通知書|調整)\s?[（(【]\s?$/u
const APPLICANT_AFTER =
  /^\s?(?:[）)】]\s?(?:の)?(?:通知|通知書|のお知らせ|のご案内|を)|(?:と|に)(?:なった|なられた|なりました)(?:方|かた|場合|世帯|ご家庭|児童|お子さん|お子様)|を(?:受けた|受けられた|受け取った|辞退)|の(?:方|かた|場合|世帯|ご家庭|児童|お子さん|お子様)(?:は|へ|に|で|も|、)|された(?:方|かた|場合|世帯|ご家庭)|(?:後|の後|以降)(?:は|に|の|、|,))/u
function admissionOutcome(t: string, h: Span, sentence: string): boolean {
  if (!ADMISSION.test(t) || NAMED_HOLDER.test(sentence) || /らしい|みたい|げな|って(?:話|聞)|そうです|と聞|と伺/u.test(sentence)) return false
  const before = t.slice(Math.max(0, h.start - 12), h.start)
  const after = t.slice(h.end, h.end + 16)
  return OUTCOME_PAIRED_AFTER.test(after) || OUTCOME_PAIRED_BEFORE.test(before) || OUTCOME_BRACKETED.test(before) || APPLICANT_AFTER.test(after)
}
/** A person or a post named as who gets the place: a personnel decision, not the exam's procedure. */
const NAMED_HOLDER = /[\p{Script=Han}ァ-ヺ]{1,6}(?<![皆客方者])(?:さん|氏|様)|(?:市長|副市長|教育長|部長|課長|係長|館長|校長|所長|局長|理事長|会長)(?:に|には|は|が|として|へ)/u

/**
 * Blind HZ-057: the weak stage word as a relative clause on the readers (検討している市内の事業者, 検討中の県外の方, 検討されている子育て世帯の
 * 皆さん): a short modifier of place or kind (市内の, 県外の, 子育て世帯の) at most, then a noun for people or businesses addressed. Not a
 * school, a facility or a project (統合を検討している学校 is the city's matter).
 */
const READER_CLAUSE = /^(?:[^。！？!?\n、,をがはでにも]{1,8}の)?(?:方々|方|かた|人たち|人|ひと|皆さま|皆様|皆さん|みなさん|皆|事業者|事業所|企業|法人|団体|ご家庭|家庭|ご家族|世帯|農家|農業者|店舗|個人事業主|経営者|市民|住民)(?![\p{Script=Han}])/u
/** The sentence names them as its audience (…が対象です, …向け, …の方へ, ご相談ください, ご参加ください). */
const READERS_ADDRESSED = /(?:が|を)対象|対象(?:と|に)|向け|(?:方|皆さま|皆様|皆さん)へ|ください|ご参加|ご相談|お気軽|募集|申し?込|お問い合わせ|ご案内|セミナー|説明会|相談会|講座|研修/u
/**
 * Blind UH-010 (cu12): the stage word as a class of information a disclosure rule keeps closed (審議・検討中の情報, 協議中の事項に関する情報
 * は開示しないことがあります), in a paragraph explaining the information-disclosure system (情報公開条例, 開示請求, 公文書, 開示しない): a category of the
 * system, no matter of the city told. The class must end its clause (a list item's end, or what the rule does with it); said of a matter
 * (再開発の件は検討中の情報なので…, …検討中の情報ですが) it stays a stage word.
 */
const DISCLOSURE_SYSTEM = /情報公開|開示請求|公文書|(?:不|非)開示|開示し(?:ない|ません)/u
const STAGE_CLASS_AFTER = /^(?:の|に関する|についての)(?:(?:事項|案件|記録)(?:に関する|についての|の))?(?:情報|事項|記録)(?=$|[。.\n]|(?:に(?:当たる|あたる|該当する)|(?:は|を)、?(?:開示|公開|公表)(?:し|せ|され)|を除|が(?:記録|含まれ)))/u
function stageClassOfDisclosure(t: string, end: number, sentence: string): boolean {
  return STAGE_CLASS_AFTER.test(t.slice(end, end + 24)) && DISCLOSURE_SYSTEM.test(t) && !/こっそり|内緒|ここだけ|特別に|先に|ちょっとだけ|実は/u.test(sentence)
}
/** まだ決まっていない as a relative clause on a slot of a page, the slot a place to put something (部分に, 箇所には, 欄を). */
const UNDECIDED_SLOT = /(?:まだ)?(?:何も)?決まって(?:い|お)?(?:ない|ません)(?:部分|箇所|個所|ところ|所|項目|欄|数字|日付|文字|文言)(?:に|には|へ|を)/u
/** A placeholder put in a draft page (仮の文字, 仮置き, ダミー, 〇〇, 伏せ字, 空欄). */
const PLACEHOLDER = /仮の(?:文字|文言|数字|日付|写真|見出し)|仮置き|仮に入れ|ダミー|〇〇|○○|●●|××|ＸＸ|XX|伏せ字|空欄/u
/** A work (a letter, a manuscript, a picture) shown to the public at last: 初公開, 一般公開, 展示します. */
const WORK_RELEASED = /(?:直筆|作品|書簡|はがき|葉書|手紙|原稿|遺品|写真|絵|詩|日記|楽譜|遺稿)[^。！？!?\n]{0,30}?(?:初公開|一般公開|特別公開|公開し|展示し|展示され|公開され)/u
/**
 * Blind KB-049 kind (unof58): 非公表 as how the city handles a detail it keeps back (入賞者のお名前は、ご本人・保護者の希望により一部非公表として
 * います; 審査員の講評は非公表とします; 応募者の氏名は非公表です): people's details or a selection's inner workings withheld by rule or at their
 * wish, stated as the handling, not a matter of the city told before its release. The withheld thing is the topic right before (a reason
 * such as 希望により between at most), and 非公表 closes the statement; まだ非公表ですが, 非公表の情報 and a concession are still the stage word.
 */
const WITHHELD_DETAIL =
  /(?:氏名|名前|お名前|名|住所|年齢|学年|学校名|在籍校|所属|勤務先|連絡先|顔写真|写真|個人情報|講評|審査(?:の)?(?:内容|経過|過程|基準|詳細)|選考(?:の)?(?:経過|過程|理由|内容|基準)|得点|点数|採点(?:結果)?|順位|票数|得票数|内訳|作品名|応募者|入賞者|受賞者|当選者|落選者)(?:等|など)?(?:は|も|について(?:は)?)[、,]?(?:[^。！？!?\n、,]{0,20}?(?:により|のため|に配慮し(?:て)?|を踏まえ(?:て)?|に基づき)[、,]?)?(?:一部|すべて|全て|原則|原則として|引き続き)?$/u
const WITHHELD_CLOSE = /^(?:と(?:し|いたし|させていただ|なって|なり)|に(?:し|させていただ|なって)|(?:です|でございます)(?![がけ])|[。.）)]|$)/u
export function stageWords(e: Emitter, t: string, drafts: DraftFinding[]): void {
  let undecided: Array<{ start: number; end: number; kanaStrong?: boolean }> = e.doc.hits('undecided')
  // Blind R106A-070: read on the folded view (same offsets as the squeezed one), so the stage word spelt in katakana, spaced out or not
  // (見直しを ケ ン ト ウ 中 です, 統合をチョウセイ中), is the hiragana spelling.
  const kana = e.doc.folded.text
  if (KANA_STAGE_WORD.test(kana)) {
    for (const m of matchAllOf(KANA_STAGE, kana, MAX_HITS)) {
      const start = m.index
      const end = m.index + m[0].length
      const kanaStrong = m[1] !== undefined || m[2] !== undefined
      // 来年度の移住をけんとう中の方へ: the reader's plan (the list's 検討中の方), not the city's.
      if (/^の(?:方|かた|人|ひと|皆|みな|ご家庭|ご家族|企業|事業者)/u.test(t.slice(end, end + 8))) continue
      const overlaps = (h: Span): boolean => h.start < end && h.end > start
      // The list's けんとうちゅう read on its own is the weak word; 方向でけんとうちゅう is the strong 方向で検討 (it replaces it).
      if (undecided.some(overlaps)) {
        if (!kanaStrong) continue
        undecided = undecided.filter((h) => !overlaps(h))
      }
      undecided.push({ start, end, kanaStrong })
    }
  }
  if (undecided.length === 0) return
  const nouns = e.doc.hits('policyNouns')
  for (const h of undecided) {
    const word = e.doc.folded.text.slice(h.start, h.end)
    const s = sentenceAround(t, h.start, h.end)
    const sentence = t.slice(s.start, s.end)
    const strong = h.kanaStrong === true || STRONG_STAGE.test(t.slice(h.start, h.end)) || STRONG_STAGE.test(word)
    // Review of unof58 (rv/misc): the personnel notice said to be ahead (人事異動の内示はまだ先です): a time, no move told (NOTICE_NOT_OUT).
    if (word === '内示' && /(?:異動|人事)の$/u.test(t.slice(Math.max(0, h.start - 3), h.start)) && NOTICE_NOT_OUT.test(t.slice(h.end, h.end + 12)) && !NOTICE_WHO.test(sentence)) continue
    // Blind KB-049 kind (unof58): a detail kept back as the city's handling (入賞者のお名前は…希望により一部非公表としています).
    if (word === '非公表' && WITHHELD_DETAIL.test(t.slice(Math.max(s.start, h.start - 48), h.start)) && WITHHELD_CLOSE.test(t.slice(h.end, h.end + 8)) && !/まだ|先に|こっそり|内緒|ここだけ|実は/u.test(sentence)) continue
    // Blind JW-026 kind: a work unpublished until now and shown at last (これまで未発表だった白秋直筆のはがき3通を…初公開します): released
    // in the same sentence, no pending matter; not with a leak's cue (未発表だった新庁舎の設計図を、ここで先にお見せします).
    if (/^(?:未発表|みはつぴよう)$/u.test(word) && WORK_RELEASED.test(sentence) && !/こっそり|内緒|ここだけ|特別に|先に|少しだけ|ちょっとだけ|実は/u.test(sentence)) continue
    // Blind R244U-056 kind (unof6): the state's or the prefecture's notice of a grant or a budget, received (国の交付金の内示を受け…決まりました,
    // 県から補助金の内示がありました): an official notice the city acts on, not a personnel 内示 let out.
    // The giver must be named (国の, 県から, 国庫): the city's own budget 内示 to its sections (来年度予算の内示、…カットされそう) is internal.
    if (word === '内示' && /(?:^|[^\p{Script=Han}])(?:国|県)(?:の|から|より)|国庫|政府/u.test(sentence) && (/(?:交付金|補助金|助成金|負担金|起債|[国県]から)の?$/u.test(t.slice(Math.max(0, h.start - 6), h.start)) || (/^(?:を受け|があり|額)/u.test(t.slice(h.end, h.end + 6)) && /交付金|補助金|助成金|負担金|起債/u.test(sentence)))) continue
    if (/^(?:内定|ないてい)$/u.test(word)) {
      // 就職内定率, 内定者, 内定式: employment, not a decision of the city.
      // Blind HF-093: …also with の (内定の通知は3月上旬の予定です, 内定の連絡, 内定の時期): a step of the hiring the notice sets out.
      if (/^の?(?:者|式|率|先|辞退|取|通知|連絡|時期|日程)/u.test(t.slice(h.end, h.end + 4)) || /(?:就職|採用|出場|代表|選手)$/u.test(t.slice(Math.max(0, h.start - 3), h.start))) continue
      // A place allotted in an admission (一次選考で内定しなかった方, 入所内定): a selection's result for applicants, not a decision of policy.
      // Blind HQ-117: a step of a recruitment the post announces (最終合格者には…結果を通知し、内定の手続を行う; 合格者には内定を通知します;
      // 内定書を送付します): the published procedure of an exam, no personnel decision let out. The post must name the exam or its
      // successful applicants, and the sentence name no one in a post (新しい教育長には古賀さんが内定 is a personnel decision).
      if (RECRUIT_STEP.test(t.slice(h.end, h.end + 8)) && RECRUITMENT.test(e.doc.squeezed.text) && !NAMED_HOLDER.test(sentence)) continue
      // Blind R113A-089: the readers' own job offer (就職の内定で…引っ越す皆さんへ, 内定をもらった学生の皆さん, 内定が出た方, 企業から内定を
      // いただいた方): their employment, no personnel matter of the city. Not with a person or a post named in the sentence (新しい教育長には
      // 古賀さんが内定), and not hearsay (就職支援センターの新しいセンター長、もう内定が出てるらしい).
      if ((OWN_OFFER_BEFORE.test(t.slice(Math.max(0, h.start - 8), h.start)) || OWN_OFFER_AFTER.test(t.slice(h.end, h.end + 24))) && !NAMED_HOLDER.test(sentence) && !/人事|(?<!住民票の|住所の|住民)異動|後任|らしい|みたい|げな|って(?:話|聞)|そうです/u.test(sentence)) continue
      // Blind KM-017 kind (misc63): one outcome of an admission sent to its applicants (結果通知（内定・保留）を発送しました).
      if (admissionOutcome(t, h, sentence)) continue
      if (/(?:選考|入園|入所|入学|入居|抽選)[^。！？!?\n]{0,6}$/u.test(t.slice(Math.max(0, h.start - 8), h.start)) || /^(?:しなかった|しない|した|された|されなかった|の方|者)/u.test(t.slice(h.end, h.end + 6)) && /選考|入園|入所|入学|入居|抽選|申し込|申込/u.test(t)) continue
    }
    // Blind R166I-025: an undecided slot of a page being made, filled with a placeholder (レイアウトの段階では、まだ決まっていない部分に
    // 「〇〇」などの仮の文字を入れておく; まだ決まっていない箇所にはダミーの数字を入れる): how an editor works, no matter of the city left undecided.
    if (UNDECIDED_SLOT.test(t.slice(Math.max(s.start, h.start - 3), h.start + 28)) && PLACEHOLDER.test(sentence)) continue
    if (strong) {
      if (PUBLIC_PROCESS.test(e.doc.squeezed.text)) continue
      // Blind GX-113: 未発表 of a work now shown (これまで未発表だった地元の俳人の句稿も含まれています): the piece's history.
      if (/^未発表$/u.test(word)) {
        const work = UNPUBLISHED_WORK.exec(t.slice(h.end, h.end + 24))
        if (work && !NOT_A_WORK.test(work[0]) && !DECISION.test(work[0]) && WORK_SHOWN.test(t)) continue
      }
      // 原案どおり可決: the draft was adopted, the matter is decided.
      if (/^(?:どおり|通り|のとおり|のまま)[^。！？!?\n]{0,12}(?:可決|承認|決定|採択|議決)/u.test(t.slice(h.end, h.end + 20))) continue
      // Blind HD-107: 原案可決 in a list of bills and their results (議案第78号 …条例 原案可決), 原案を可決しました: the vote's outcome.
      if (DRAFT_VOTED.test(t.slice(h.end, h.end + 16))) continue
    } else {
      // Blind (colleague): the stage denied (庁内では検討しておりません, 協議中ではありません): nothing is under way.
      if (/^(?:ません|りません|ない(?![かでと])|ず(?![、,]?に)|では(?:ありません|ない|ございません)|じゃない)/u.test(t.slice(h.end, h.end + 8))) continue
      // Blind UH-010: 審議・検討中の情報 as a class a disclosure rule keeps closed, in an explainer of the system.
      if (stageClassOfDisclosure(t, h.end, sentence)) continue
      // Blind HZ-057: a relative clause describing the readers the post addresses (外国人材を雇用している、または検討している市内の事業者が
      // 対象です; 移住を検討している県外の方へ; 導入を検討中の市内企業の皆さま): their plan, not the city's, with the audience named as such.
      if (READER_CLAUSE.test(t.slice(h.end, h.end + 24)) && READERS_ADDRESSED.test(sentence)) continue
      // Blind R83A-097: spelt out letter by letter to slip past a check (け ん と う ち ゅ う です): the matter let out, whatever follows.
      const hidden = spelledOut(e, h.start, h.end)
      if (!hidden && (TBD_SUBJECT.test(t.slice(Math.max(s.start, h.start - 12), h.start)) || TBD_LATER.test(sentence) || publicAround(t, s))) continue
      // …検討中です。決まり次第お知らせします: the next sentence promises the announcement (not when a decision is named).
      if (!hidden && TBD_LATER.test(t.slice(s.end, s.end + 30)) && !DECISION.test(sentence)) continue
      // Review of unof59 (rv/runof59): a detail of a change the post announces as decided (…延長することとなりました。開始日は庁内で調整中です).
      if (!hidden && detailArranged(t, s, h.start)) continue
      // Blind R285D-059 kind (conf16): measures in answer to an event, weighed openly with their candidates listed (事故を受け、…配置を見直す
      // など、再発防止策を検討しています。具体的な内容が決まりましたら、改めてお知らせします): the city's published response, the DECISION
      // words only the options it weighs. Not without the promised announcement, nor without the event answered.
      if (!hidden && TBD_LATER.test(t.slice(s.end, s.end + 30)) && RESPONSE_MEASURES.test(t.slice(Math.max(s.start, h.start - 12), h.start)) && RESPONSE_TO.test(sentence)) continue
      const gate = hidden || nouns.some((n) => n.start >= s.start && n.end <= s.end) || DECISION.test(sentence) || FUTURE.test(sentence) || stageHeard(t, s, h.end) || measureWeighed(t, s, h) || stageMeasureNamed(sentence)
      if (!gate) continue
    }
    const noun = nouns.find((n) => n.start >= s.start && n.end <= s.end)
    const topic = noun ? e.doc.raw.slice(e.doc.fromSqueezed(noun.start, noun.end).start, e.doc.fromSqueezed(noun.start, noun.end).end) : topicOf(sentence)
    // A draft noun is kept for post: another paragraph may put the draft out for comment.
    const sink = strong && (DRAFT_NOUN.test(t.slice(h.start, h.end)) || DRAFT_NOUN.test(word)) ? { ...e, emit: (f: DraftFinding) => void drafts.push(f) } : e
    put(sink, 'unofficial/undecided', h.start, h.end, { noun: topic })
  }
}

/**
 * Blind R107A-091: a rule of the city to be changed, its content given in the clause before it and the change told as planned or aimed at
 * (審議会の女性委員の割合を５割にする要綱改正を予定しています; 入居要件を緩和する規則改正を予定しとります; 上限額を引き上げる要綱改正の方向
 * です; 利用料を無料にするための条例改正を目指しています): the content of a decision not made yet, told before the city decides or submits
 * it. A change done (改正しました), one put to the council (議会に提出, 上程, 議案) or out for comment (パブリックコメント, 意見募集, 説明会)
 * and a change without its content (要綱改正に伴い…) are not this.
 */
const RULE_CHANGE_PLANNED = /(?<=[るすくいたぐむぶつう])(?:ための)?(?:要綱|条例|規則|規程|要領|施行規則)(?:の)?(?:一部)?(?:改正|改定|見直し)(?:を|が|も|は|の)?[、,]?(?:予定(?:して|しと|です|でご|だ|や)|(?:行う|する|行い|し)?予定(?:です|で|だ|や|と|して)|方向(?:です|だ|や|で(?:す|進|調整|検討|準備))|準備を?進めて|準備して|目指して|めざして|考えて(?:い|お))/u
const RULE_CHANGE_PUBLIC = /(?<!審)議会(?:に|へ|で|の(?:議決|承認|審議))|定例会|提出|上程|提案|議案|パブリックコメント|パブコメ|意見(?:を|の)?(?:募集|公募)|意見公募|説明会|公布|告示|改正しました|改正いたしました|改正されました|改正済|決定しました|可決/u
/**
 * Blind R31B-145 kind: a new rule of the city told as settled before any step of making it (市としても来年度には空き地の管理条例をつくることに
 * なります, 新たに要綱を定める予定です, 条例を制定する方向です): an ordinance is the council's to pass, so its making foretold as fixed is the
 * content of a decision not made. Made already (制定しました, 定めることになりました), put to the council or out for comment stays clean
 * (RULE_CHANGE_PUBLIC).
 */
const RULE_MAKING_TOLD = /(?:要綱|条例|規則)(?:を|も)[、,]?(?:新たに|あらたに|新しく)?(?:つくる|作る|制定する|設ける|定める)(?:こと(?:に|と)なり(?:ます|そう)|ことになる(?=[。！!]|$|でしょう|と思|はず)|予定(?:です|だ|で(?:す|ご))|方向(?:です|で(?:す|進|調整|検討)))/u
export function ruleChangePlanned(e: Emitter, t: string): void {
  const made = RULE_MAKING_TOLD.exec(t)
  // (Not PUBLIC_PROCESS: residents' ご意見 given as the reason is no public step of making the rule.)
  if (made && !RULE_CHANGE_PUBLIC.test(t) && !COMMENT_PROCESS.test(t)) {
    put(e, 'unofficial/undecided', made.index, made.index + made[0].length, { noun: made[0].replace(/(?:を|も)[^]*$/u, '') })
    return
  }
  const m = RULE_CHANGE_PLANNED.exec(t)
  if (!m || RULE_CHANGE_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  put(e, 'unofficial/undecided', m.index + (m[0].startsWith('ための') ? 3 : 0), m.index + m[0].length, { noun: m[0].replace(/^ための/u, '').replace(/(?:の)?(?:一部)?(?:改正|改定|見直し)[^]*$/u, '') })
}

/**
 * Blind R107A-129: a proposal of the city foretold before it is out (会費の市による一括徴収案が示されるかもしれません; 部活動の地域移行案が
 * 出されるかもしれん; 保育料の見直し案が示される可能性があります; 統合案が出てくるらしいです): the draft's coming told as a guess or second-hand,
 * not as the published schedule of a meeting (素案が示される予定です) nor as done (計画案が示されました). 提案, 図案, 答案 are other words.
 */
const PROPOSAL_FORETOLD = /(?<=[\p{Script=Han}\p{Script=Katakana}ー]|直し)(?<![提図答思考翻名])案(?:が|も)[、,]?[^。！？!?\n]{0,8}?(?:示され|しめされ|出され|提示され|提案され|出て(?:く|き)|出てく|上がって(?:く|き)|あがって(?:く|き))(?:る|ます)?(?:かも|可能性(?:が|も)|見込み|見通し|公算|らしい|らしか|みたい|げな|はず|んじゃ|のでは|と思)/u
/** Blind R107A-129: the writer's aside that what follows is inside talk (あくまで内々の話ですが, ないないの話やけど, 内輪の話ですけど). */
/** Blind R244U-003 / R245M-016 kind (unof6): …also a secret's talk, with お (ないしょのお話なんだけど, 内緒の話ですが) and the aside giving its reason (まだ内々の話なので). */
const INSIDE_ASIDE = /(?:内々|ないない|内輪|うちうち|内緒|ないしょ|ナイショ|内密)の(?:お)?(?:話|はなし)(?!し|合|あい)(?:です|だ|や|なん|で(?:す|恐縮))?(?:が|けど|けれど|けれども|ばってん|ですが|だけど|やけど|ですけど|なので|ので|[、,])/u
export function proposalForetold(e: Emitter, t: string): void {
  const aside = INSIDE_ASIDE.exec(t)
  if (aside) put(e, 'unofficial/rumour', aside.index, aside.index + aside[0].replace(/(?:です|だ|や|なん|で(?:す|恐縮))?(?:が|けど|けれど|けれども|ばってん|ですが|だけど|やけど|ですけど|なので|ので|[、,])$/u, '').length, { plain: '（確かめた事実）' })
  const m = PROPOSAL_FORETOLD.exec(t)
  if (!m) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (PUBLIC_PROCESS.test(sentence) || DECIDED_MEASURE.test(sentence) || /(?:^|[^\p{Script=Han}])(?:国|県|政府|[\p{Script=Han}]{1,6}(?:省|庁))(?:から|が|の|より)/u.test(sentence)) return
  put(e, 'unofficial/forecast', wordStart(t, m.index), m.index + m[0].length, { topic: topicOf(sentence), marker: m[0] })
}

/**
 * Blind R104A-091: an undecided plan told from its draft (素案の段階では、市立保育所2園を統合して認定こども園にする方向性も示されています;
 * 原案の段階では…移転する案も検討されています; たたき台の段階ですが…統合する方向が示されとります; まだ案の段階ですけど…廃止する方向も出て
 * いるんですよ): the draft's stage said, then a concrete change it holds as a direction shown or weighed. The draft nouns' own check
 * (stageWords) lets a post with a mere ホームページ in it pass as public; here only a draft put out for comment (COMMENT_PROCESS, read over
 * the whole post in `post`) makes it public. 提案, 図案, 答案 hold 案 inside another word (no hit); 発達の段階 is no draft.
 */
const DRAFT_STAGE_CHANGE =
  /(?:素案|原案|試案|たたき台|叩き台|(?<![提図答法議草名翻腹考文新代勘教])案)(?:の|を作る|づくりの)?段階(?:では|で|でも|において|です|だ|や|なので|ですが|ですけど|だけど|やけど|ばってん)?[、,]?[^。！？!?\n]{0,40}?(統廃合|統合|廃止|移転|民営化|民間委託|閉鎖|閉校|閉園|閉館|休止|転用|売却|譲渡|集約|再編|縮小|建て替え|建替え|解体|取り?壊(?:し|す|さ)|撤去|有料化|値上げ|合併|分割|移管|新設|埋め立て|埋立て)[^。！？!?\n]{0,30}?(?:示され|しめされ|示し(?:て|と)|検討され|けんとうされ|出され|出て(?:い|お|ま)|出と(?:る|り)|盛り込ま|盛りこま|挙げられ|挙が|上が(?:って|っと)|含まれ|書かれ|記され|入って|入っと|ことに(?:なっ|なり)|方向(?:性)?(?:です|だ|や|で(?:す|ある)?|となって))/u
export function draftStageChange(e: Emitter, t: string, drafts: DraftFinding[]): void {
  const m = DRAFT_STAGE_CHANGE.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  // The draft adopted or the plan decided in the sentence (原案どおり可決, 統合が決定しました) is no longer undecided.
  if (DECIDED_MEASURE.test(t.slice(s.start, s.end)) || /(?:どおり|通り)[^。！？!?\n]{0,12}?(?:可決|承認|決定)/u.test(t.slice(s.start, s.end))) return
  if (quotedExample(t, m.index)) return
  // (Kept for post, as a draft noun is: a draft put out for comment elsewhere in the post is the published one.)
  put({ ...e, emit: (f: DraftFinding) => void drafts.push(f) }, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: m[1]! })
}
/**
 * Blind R105A-006: a plan for a change said to be moving forward inside the city hall, out of the public's sight (まだ議会にも説明していない
 * 段階ですが、三橋町の約12haを…転用する計画が庁内で進んでいます; 市営住宅を取り壊す計画が水面下で進んでいます; 支所を本庁に統合する話が、
 * 内々に進んでいるようです; 旧校舎を解体する計画が役所内で進みよるとよ): the content of a plan in the making handed out before the city
 * releases it. Only a plan noun as the subject (計画, 案, 構想, 話, プロジェクト), the inside as where it goes on, and a concrete change
 * (PLANNED_CHANGE) in the sentence. A plan made public in the sentence (記者会見で発表しました, 公表しました), a plan decided in the
 * paragraph, a draft put out for comment and progress denied (進んでいません) are not this; work the city does inside (庁内で進めている業務
 * 改善) has no plan noun as its subject.
 */
const PLAN_INSIDE =
  /(?<![提図答名])(?:計画|案|構想|話|プロジェクト)(?:が|も|は)[、,]?[^。！？!?\n]{0,10}?(?:庁内|役所内|市役所内|課内|部内|内部|水面下|内々|ないない|非公式|内密)(?:で|に|的に)(?:は|も)?[、,]?[^。！？!?\n]{0,8}?(?:進んで|進んど|進みよ|進められて|進められと|進行して|動いて|動きよ|動き出し|練られて|温められて|あたためられて)|(?:庁内|役所内|市役所内|課内|部内|内部|水面下|内々|非公式|内密)(?:で|に|的に)(?:は|も)?[、,]?[^。！？!?\n]{0,40}?(?:計画|案|構想|話|プロジェクト)(?:が|も)[、,]?[^。！？!?\n]{0,6}?(?:進んで|進んど|進みよ|進められて|進められと|進行して|動いて|動きよ|動き出し|練られて|温められて|あたためられて)/u
export function planInside(e: Emitter, t: string): void {
  const m = PLAN_INSIDE.exec(t)
  if (!m) return
  const s = sentenceAround(t, m.index, m.index + m[0].length)
  const sentence = t.slice(s.start, s.end)
  if (!PLANNED_CHANGE.test(sentence) && !NEW_BUILT.test(sentence)) return
  if (TALK_DENIED.test(t.slice(m.index + m[0].length, s.end)) || /^(?:い|お)?(?:ません|りません|ない(?![かでと]))/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) return
  if (COMMENT_PROCESS.test(t) || DECIDED_MEASURE.test(t) || /発表し|発表され|公表し|公表され|明らかにし|答弁し/u.test(sentence)) return
  // Talk of such a plan denied (…計画が庁内で進んでいるという話は事実ではありません): the city corrects it.
  if (/^[^。！？!?\n]{0,12}?(?:という|との|って)(?:話|うわさ|噂|情報|投稿|書き込み)(?:は|も|が)[^。！？!?\n]{0,8}?(?:事実ではありません|事実ではない|誤り|デマ|ありません|ございません)/u.test(t.slice(m.index + m[0].length, s.end))) return
  put(e, 'unofficial/unannounced', m.index, m.index + m[0].length, undefined, quotedExample(t, m.index) || undefined)
}

/**
 * Blind R97A-074/R99A-036: a proposal for a change named by its content, a verb's plain form before 案 or 構想 (乳幼児健診の会場を保健センター
 * から各地区の公民館へ分散する案について、関係機関と協議を進めております; 来年度から新人研修の一部を民間に委託する構想についても人事課から説明
 * がありました): 案 and 構想 say the plan is not decided, and the clause before them hands out what it would change. The clause must tell a
 * change or a benefit (CHANGE, BENEFIT); the plan put out for comment or shown at a public occasion (PUBLIC_PROCESS), presented, voted on or
 * decided (発表, 公表, 提出, 可決, 否決, 決定), denied (そのような案はありません, 検討しておりません) or of the past (かつて, 昭和) is not this.
 * A noun before the word (基本構想, 予算案, デザイン案) or 案内, 提案, 答案 are no plan named by its content.
 */
const PLAN_NAMED =
  /(?<=[るすくぐむぶつう]|ない)(?:という|との|とする|といった)?(?:案|構想|計画案|方針案|改革案|再編案)(?![内件外山])(?:について|に関して|につき|を|が|も|は|の(?:検討|協議|調整|説明|話|ほう|方))/gu
const PLAN_DENIED = /^[^。！？!?\n]{0,16}?(?:(?:は|も)?(?:一切|全く|まったく)?(?:ありません|ございません|ない(?![かでと]))|(?:して|し)(?:い|お)(?:ません|りません)|(?:出て|あがって|上がって)(?:い|お)(?:ません|りません))/u
/**
 * Blind R244U-005 kind (unof6): …or an event or a service to be run jointly with other bodies from now on (次回以降は三市合同開催とする案について、
 * 各市の担当課と協議を進めております; 近隣町と共同で運営する案): a change of how it is held, still in talks. Only as the content of a plan named
 * (案, 構想), not a joint event announced (3地区合同で開催します).
 */
const HELD_JOINTLY = /(?:合同|共同|一体)(?:で|的に)?(?:開催|実施|運営|運行|設置)/u
export function planNamed(e: Emitter, t: string): void {
  for (const m of matchAllOf(PLAN_NAMED, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const content = t.slice(Math.max(s.start, m.index - 48), m.index)
    if (!CHANGE.test(content) && !VENUE_MOVED.test(content) && !BENEFIT.test(content) && !HELD_JOINTLY.test(content)) continue
    if (PUBLIC_PROCESS.test(sentence) || publicAround(t, s) || PLAN_SETTLED.test(sentence) || PAST_ERA.test(sentence) || TRIVIA.test(sentence)) continue
    if (PLAN_DENIED.test(t.slice(m.index + m[0].length, s.end)) || quotedExample(t, m.index)) continue
    // A sentence already reported for the plan's stage (案で調整, 内々に検討, 前向きに進んで) is not reported again for its name.
    const raw = e.doc.fromSqueezed(s.start, s.end)
    if (e.spans.some((x) => x.start < raw.end && x.end > raw.start)) continue
    const word = /計画案|方針案|改革案|再編案|構想|案/u.exec(m[0])![0]
    const at = m.index + m[0].indexOf(word)
    put(e, 'unofficial/undecided', at, at + word.length, { noun: topicOf(content) })
  }
}

function stageMeasureNamed(sentence: string): boolean {
  return STAGE_MEASURE.test(sentence)
}
/**
 * Blind R78A-066: the city's deliberation passed on second-hand, in the verb's passive or progressive (…方向で条例改正が検討されていると
 * 聞いています, …見直す方向で協議されているそうです, 調整が進められているらしい, 議論されていると伺っています, 検討されよるげな): what is
 * under study is handed on unconfirmed, and a section of the city named as who said it (担当課の話では, 財政課によると) is the inside, not
 * a public source. Only with a measure, a change or a future matter in the sentence, and not when the sentence names a public occasion
 * or the press (議会で答弁, 記者会見, 新聞によると) or a reader's own plan (検討されている方: the hearsay must follow the verb).
 */
const STAGE_PASSED_ON =
  /(?:検討|協議|議論|調整|審議|話し合い)(?:が|も)?[、,]?(?:され|進められ|重ねられ|行われ|続けられ|し)(?:て(?:い|お)(?:る|ます|ります)|てる|と(?:る|ります)|よ(?:る|ります))(?=(?:と|って)[、,]?(?:[^。！？!?\n「」]{0,10}?(?:から|より))?(?:聞|伺|うかが|耳に)|とのこと|そう(?:です|だ|や|な(?!の))|らしい|らしか|みたい|げな|って(?:話|噂|うわさ))/gu
const PRESS_OR_OCCASION = /会見|答弁|議会で|定例会|説明会|あいさつ|挨拶|講演|式典|取材|インタビュー|報道|記者|新聞|ニュース|テレビ/u
export function stagePassedOn(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAGE_PASSED_ON, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    const nouns = e.doc.hits('policyNouns')
    const s = sentenceAround(t, m.index, end)
    const measure = CHANGE.test(sentence) || DECISION.test(sentence) || AMOUNT_CHANGE.test(sentence) || BENEFIT.test(sentence) || FUTURE.test(sentence) || nouns.some((h) => h.start >= s.start && h.end <= s.end) || MEASURE_WEIGHED.test(t.slice(Math.max(s.start, m.index - 30), m.index))
    if (!measure || PUBLIC_PROCESS.test(sentence) || PRESS_OR_OCCASION.test(sentence) || RUMOUR_AWARE.test(sentence) || (CIRCULATING.test(sentence) && CORRECTED.test(t))) continue
    // The sentence already reported for its source or its stage (関係者筋によれば…検討されているとのこと): one finding is enough.
    const r = e.doc.fromSqueezed(s.start, s.end)
    if (e.spans.some((sp) => sp.start < r.end && sp.end > r.start)) continue
    put(e, 'unofficial/undecided', m.index, end, { noun: topicOf(sentence) }, hearsayShownAsExample(t, m.index, end) || quotedExample(t, m.index) || undefined)
  }
}

/*
 * Blind R395U kinds (W77): a measure of the city told while the writer concedes that the step deciding it is still ahead or under way.
 * - The talks inside still going on or to come, with superiors or a unit of the city as the other party (まだ上と詰めているところなので,
 *   これから財政課とやり合うところです, 今は課長と相談しているところ): INNER_TALKS_AHEAD.
 * - The budget's passing named as the condition, with the matter guessed or passed on (予算が通ればの話だけど、…になりそうって話, 予算が
 *   つけば…増えるかも): BUDGET_IF with GUESS_AFTER_BUDGET.
 * The measure must be told in the sentence or one either side: a change, a benefit, an amount, a service widened or staff added (来年度から
 * 平日は毎日開けられるかもしれません, 先生がもう一人増えるかも), a scheme being made (…補助する制度を作ろうとしています). Clean: talks
 * with no measure (日程はまだ上と調整中です), a measure announced with its budget passed, a budget's condition stated as the city's plan
 * (予算が成立すれば来年度から実施します: no guess), talks of residents or a shop's own.
 */
const INNER_TALKS_AHEAD =
  /(?:まだ|これから|今から|いまから|今まさに|目下)[、,]?[^。！？!?\n]{0,8}?(?<![\p{Script=Han}\p{Script=Katakana}])(?:上(?:の(?:ほう|方|人(?:たち|達)?))?|上司|上層部|幹部|執行部|課長|部長|局長|市長|副市長|財政(?:課|部|当局|担当)?|人事(?:課|担当)?|企画(?:課|部)|関係課|庁内)(?:と|側と)(?:は|も)?[、,]?(?:(?:話|相談|協議|調整|交渉|折衝)(?:を)?[、,]?)?(?:詰め|つめ|やり合|やりあ|やりとり|調整|協議|相談|交渉|折衝|掛け合|かけあ|話し合|はなしあ|すり合わせ|擦り合わせ|相談し)/u
const BUDGET_IF = /予算(?:が|も|さえ)?[、,]?(?:通れ|とおれ|通っ(?:たら|てから)|つけ|付け|つい(?:たら)|付い(?:たら)|認められれ|確保でき(?:れ|たら))(?:ば)?(?:の(?:話|はなし))?/u
const GUESS_AFTER_BUDGET = /かも|なりそう|(?:増え|ふえ|決まり|できる|でき)そう|らしい|らしか|みたい|って(?:話|はなし)|げな|だろう|でしょう|やろ/u
const SERVICE_WIDENED = /(?:毎日|毎週|通年|土日も|休日も|夜間も|平日は毎日)[^。！？!?\n]{0,8}?(?:開け|開く|開(?:館|所|設)|受け付け|対応)|(?:もう|あと)?(?:一人|ひとり|1人|１人|二人|ふたり|2人|２人)(?:は)?[、,]?(?:増え|ふえ|増や|ふや)|(?:人員|職員|定員|枠|講師|先生|スタッフ)(?:が|を|も)[^。！？!?\n]{0,6}?(?:増え|ふえ|増や|ふや)|増員|増枠/u
const SCHEME_MADE = /(?:制度|仕組み|しくみ|補助|助成|支援|窓口|事業|枠)(?:を|も)[、,]?(?:新たに|新しく|市独自で|独自に)?(?:作ろう|つくろう|設けよう|始めよう|はじめよう|立ち上げよう|創設しよう|作れないか|つくれないか)/u
function measureAroundStage(t: string, at: number, end: number): boolean {
  const s = sentenceAround(t, at, end)
  // (The sentence before with words in it: a lone emoji or mark between them, 増えるかも…？👀⏎, is no sentence.)
  let prev = s.start
  for (let k = 0, words = 0; k < 3 && prev > 0 && words === 0; k++) {
    const p = sentenceAround(t, prev - 1, prev - 1)
    words = t.slice(p.start, p.end).replace(/[^\p{L}\p{N}]/gu, '').length
    prev = p.start
  }
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  // (The stage's own words, 課長と, 予算が通れば, are read without: the measure is what else the sentences tell.)
  const around = (t.slice(prev, at) + '、' + t.slice(end, next)).replace(/予算/gu, '')
  return DIRECTED_MEASURE.test(around) || BENEFIT.test(around) || SCOPE_WIDENED.test(around) || SERVICE_WIDENED.test(around) || SCHEME_MADE.test(around) || ((STAGE_MEASURE.test(around) || DECISION.test(around) || AIMED.test(around)) && FUTURE.test(around))
}
export function stageStillAhead(e: Emitter, t: string): void {
  if (COMMENT_PROCESS.test(t) || /公表し|発表し|可決され|議決され|成立し/u.test(t)) return
  const talks = INNER_TALKS_AHEAD.exec(t)
  if (talks && measureAroundStage(t, talks.index, talks.index + talks[0].length)) {
    put(e, 'unofficial/undecided', talks.index, talks.index + talks[0].length, { noun: topicOf(t) })
    return
  }
  const budget = BUDGET_IF.exec(t)
  if (!budget) return
  // The guess closes a clause after the condition, in its sentence or the one after it (予算が通ればの話だけど、…になりそうって話).
  const s = sentenceAround(t, budget.index, budget.index + budget[0].length)
  const next = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
  if (GUESS_AFTER_BUDGET.test(t.slice(budget.index, next)) && measureAroundStage(t, budget.index, budget.index + budget[0].length)) put(e, 'unofficial/undecided', budget.index, budget.index + budget[0].length, { noun: topicOf(t) })
}
