/**
 * Words read in a medium or passed on as hearsay (4(4)): a claim from a source not named (vagueReports: ある調査によれば…そうです), a
 * work referred back to (BACK_REFERENCE) or a clause naming who said it (SAID_BEFORE), a medium told bare or left vague (BARE_MEDIUM_END,
 * VAGUE_READ: 先日ある雑誌で読みました), a rumour quoted to correct it (RUMOUR_AFTER), an office holder's remark passed on as hearsay
 * (officeHearsay, hearsayLead), words written in a medium or said in someone else's interview (MEDIUM_BEFORE, OTHERS_INTERVIEW_BEFORE),
 * the author and work named after the words (authorWorkAfter), and where the words were said: an occasion with its speaker's role
 * (occasionSpeech), a heading sentence that names speaker and date (speechHeading), a dash line naming the city's own meeting
 * (occasionDash). Stays clean: a named source, the city's own meeting and an occasion with its speaker named. Part of the quotation
 * family (index.ts reads the quotations and reports them).
 */
import { GENERIC_PERSON, GENERIC_SOURCE, NATION_ANNOUNCED, UNNAMED_AUTHORITY, UNNAMED_BODY_DOC, UNNAMED_WORDS, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import { namesSomeone } from './named-speakers'

/**
 * Blind review kind (misc22): a person's words quoted straight after a bare medium, with no outlet, title or date (ゲストの山田さんは、昔
 * 雑誌で「…」と語っていました, 以前テレビで「…」と話していました, 監督はインタビューで「…」と答えています): the words were published
 * somewhere no reader can find. The medium word stands alone after a pause, a particle or a time word, right before the bracket (an owner
 * before it, 西日本新聞のインタビューで, names one); not words told to the writer (取材で「…」と話してくれました: TOLD_US, the post's own).
 */
export const BARE_MEDIUM_END = /(?<=^|[、,。！!？?\s]|[がはも]|以前|前に|昔|かつて|過去に|先日|昨年|去年|当時|以前に)(?:(?:テレビ|ラジオ|雑誌|ウェブ|ネット)の)?(?:インタビュー|対談|雑誌|テレビ|ラジオ)(?:で|の中で|では)[、,]?\s?$/u
/**
 * Round 53: the post tells of reading the text in a medium it does not name (先日ある雑誌で読みました, とある新聞のコラムで見かけた,
 * ネットの記事で読んだ): a quotation after it (in its paragraph or the next two) was read there, and a name in the paragraph next to the
 * quotation (空き家バンクの物件は市ホームページでご覧いただけます, a pointer to the city's own page) is not its source.
 */
export const VAGUE_READ = new RegExp(`(?:${VAGUE_MEDIUM_LEAD.source})[^。！？!?\\n「『」』]{0,16}?(?:読|拝読|見かけ|見つけ|目に|目にし|載って|書かれ|書いて|掲載されて)`, 'u')
/** A rumour quoted to correct it: 「…」という情報が出回っていますが. */
export const RUMOUR_AFTER = /^\s?(?:(?:という|との|といった|などの|って)(?:情報|噂|うわさ|デマ|話|投稿|書き込み|誤情報|メール|SMS|ショートメール|電話|チェーンメール|誤解|思い込み)|と(?:思われ|思って|誤解され|勘違いされ|思い込ん|お考え)|というの(?:は|も)|という(?:見方|偏見|決めつけ|誤解|思い込み|固定観念)|という考え(?:方)?(?=[^。！？!?\n]{0,20}(?:誤り|誤解|ではありません|ではない|違い|間違|偏見|思い込み|差別)))/u
/** Before a quotation: a work referred back to (記事では, 同紙は, その番組で): its name is in the sentence before. */
export const BACK_REFERENCE = /^\s*(?:その|この|同|当該の?)?(?:記事|紙|誌|番組|放送|報道|論文|本|書籍|コラム|社説|報告書|白書|特集|インタビュー)(?:の中)?(?:では|で|には|にも|は|に|の中で)[、,]?\s*$/u
/** Before a quotation: who said it, in a clause that modifies it (専門家が言っていた『…』, 新聞に書いてあった「…」). */
export const SAID_BEFORE = /(?:言って(?:い)?た|言われて(?:い)?た|話して(?:い)?た|書いて(?:あっ|い)?た|書かれて(?:い)?た|述べて(?:い)?た|紹介して(?:い)?た|紹介されて(?:い)?た|語って(?:い)?た)\s*$/u

/**
 * A claim passed on from a source that is not named (国の資料によると…とのこと, ある調査によれば…そうです,
 * 報道によると…と言われています): the sentence, as a quotation without source. A named one (気象庁によると) is a source.
 */
const REPORTED = /(?<=^|[。！？!?\n])[\s　]*([^。！？!?\n、「」『』]{1,16}?)(?:によると|によれば)[、,]?[^。！？!?\n]{4,100}?(?:とのこと|ということ|そうです|そうだ|と言われて|といわれて|らしい)/gu
export const NO_REPORTS: ReadonlyArray<{ a: number; b: number; what: string }> = []
export function vagueReports(t: string): Array<{ a: number; b: number; what: string }> {
  const out: Array<{ a: number; b: number; what: string }> = []
  REPORTED.lastIndex = 0
  for (let m = REPORTED.exec(t); m && out.length < 20; m = REPORTED.exec(t)) {
    const source = m[1]!.trim()
    if (!(VAGUE.test(source) || GENERIC_SOURCE.test(source) || NATION_ANNOUNCED.test(source) || UNNAMED_WORDS.test(source) || UNNAMED_BODY_DOC.test(source) || /^(?:報道|ニュース|ネット|うわさ|噂|テレビ|新聞|ある[^、]{1,8}|某[^、]{1,8})$/u.test(source))) continue
    const a = m.index + m[0].length - m[0].trimStart().length
    out.push({ a, b: m.index + m[0].length, what: '出典のはっきりしない伝聞' })
  }
  return out
}

/**
 * Blind R107A-076: a public office holder's remark passed on as hearsay (市長も「自治会は地域の宝であり、…」とおっしゃっていました, 知事が
 * 「…」って言ってました, 議長は「…」と話されていました): the ongoing past (ていました, てた) tells something heard, and with no occasion
 * (会見, 式典, 議会, あいさつ), no date and no medium in the paragraph the remark has no source — the office names who, not where or when.
 * Said at an occasion the post names (本日の年頭あいさつで市長は「…」と述べました), reported plainly (と述べました), or by a holder named
 * (山田市長が「…」と話していました; round 34), it stays named.
 */
/**
 * Blind R123A-014/076/134: a document named only by its kind and a holder that publishes many (国土交通省の資料には「…」, 市の公共交通計画には
 * 「…」, 国の指針では「…」): verbatim words given as written "in the ministry's materials" or "in the city's plan" cannot be found by a reader —
 * the document's title, year or URL is missing. A ministry's or agency's 資料 (not its announcement, 気象台の発表) and a document after a bare
 * 国・県・市・町・村 (not 柳川市総合計画, 福岡県の部活動ガイドライン, 市のホームページ, which name one) name no document. A title, a year or a
 * URL anywhere in the post is a source as before (hasSource).
 */
export const VAGUE_BODY_DOC_BEFORE =
  /(?:(?<![一-龠々ァ-ヶー])(?:国|県|市|町|村|政府|役所|役場)の(?:[一-龠々ァ-ヶー]{0,10}(?:計画|方針|指針|ガイドライン|報告書|白書|ビジョン|戦略|プラン|資料|文書|冊子|パンフレット|リーフレット)|資料)|[一-龠々ァ-ヶー]{1,16}(?:省|庁)の(?:資料|文書|冊子|配布資料|説明資料))(?:の中)?(?:には|に|では|で|にも|でも)[、,]?\s?$/u
/**
 * Blind R123A-134: words said to be written in a medium, passed on as hearsay right after them (法務省のサイトには「…」とあるそうです, 資料に
 * 「…」と書いてあるらしい, 本に「…」って書いてあったげな): the writer did not read the medium themselves, so a body's site or paper named
 * without its title or URL is no source for the words. Words the writer read there (国税庁のホームページでは「…」と案内されています) stay named.
 */
export const MEDIUM_BEFORE = /(?:サイト|ホームページ|HP|ウェブ|資料|本|新聞|記事|パンフレット|リーフレット|冊子|広報|チラシ|ポスター)(?:の中)?(?:には|に|では|で|にも)[、,]?\s?$/u
export const WRITTEN_HEARSAY_AFTER = /^[」』”〟]?\s?(?:と|って)(?:も)?[、,]?(?:ある|あった|あり|書いて(?:ある|あった|い|あり)|書かれて(?:いる|いた|い|おり)|記されて(?:いる|いた|い)|載って(?:いる|いた|い|る|た)|出て(?:いる|いた|る|た))[^。！？!?\n「」『』]{0,6}?(?:そう(?:です|だ|な|よ|ね)|らしい|らしか|げな|とか|って聞|と聞)/u
/**
 * Blind R123A-146: an interview that was someone else's piece (PRのインタビューで、料理研究家さんが「…」って言ってた, テレビのインタビューで
 * 専門家の方が「…」と話していました): the interview is named as where the words were said (〜のインタビューで), the speaker is left as a kind
 * of person, and the words are told as said back then (言ってた, 話していました), not to the staff (話してくれました): the post's own interview
 * (…さんにインタビューしました) is not this.
 */
export const OTHERS_INTERVIEW_BEFORE = /[^。！？!?\n「」『』]{1,20}?の(?:インタビュー|取材|対談|番組|動画)(?:で|では|の中で)[、,]?[^。！？!?\n「」『』]{0,20}?(?:が|は|も)[、,]?\s?$/u
export const SAID_THEN_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:言って|いって|言いよっ|話して|話されて|語って|答えて|おっしゃって)(?:い|お(?:られ)?)?(?:た|ました|たよ|たモン|たもん|たん)/u
/**
 * Blind IL-141: the author and the work named right after the quotation (「…」と白秋は『思ひ出』の序文に記しています, 「…」と漱石が『草枕』に
 * 書いている): a name, then the title in 『』 (with its part: の序文, の冒頭) as where it was written. A kind of person (ある作家は, 詩人が) or
 * a vague holder names no one.
 */
const AUTHOR_WORK_AFTER = /^[」』”〟]?\s?と[、,]?\s?(?!ある|とある|某|どこかの)([一-龠々ァ-ヶー]{2,8})(?:さん|氏|先生)?(?:は|が|も)[、,]?\s?(?:[^『「」』。！？!?\n]{0,8}?の)?『[^『』\n]{1,30}』(?:の[一-龠々]{1,4})?(?:に|には|で|の中で|の中に)[、,]?(?:こう|そう)?(?:記し|記さ|書い|書き|書か|詠ん|詠み|述べ|綴っ|綴り|残し|記述し)/u
export function authorWorkAfter(text: string): boolean {
  const m = AUTHOR_WORK_AFTER.exec(text)
  return m !== null && !GENERIC_PERSON.test(m[1]!) && !UNNAMED_AUTHORITY.test(m[1]!)
}
/**
 * Blind IK-082: words given as examples of a kind of remark, led by 例えば and closed by といった言葉 (例えば、「税金泥棒」「お前らの給料は誰が
 * 払っていると思っているんだ」といった言葉や、大声で…行為は): a notice's instances of what not to say, no one's text to cite. Words merely
 * introduced (例えば、「…」という名言があります) are not: the frame after them names a kind of remark.
 */
export const FOR_EXAMPLE_BEFORE = /(?:例えば|たとえば|例として)[、,]?\s?(?:[「『][^」』\n]{1,40}[」』][、・\s]{0,2}){0,4}$/u
export const KIND_OF_REMARK_AFTER = /^\s?(?:といった|のような|などの|みたいな|などといった|などと(?:いう|いった))(?:言葉|発言|言い方|暴言|一言|ひと言|言動|セリフ|台詞|物言い|要求)/u
const OFFICE_SPEAKER_BEFORE = /(?<![一-龠々ァ-ヶーA-Za-z])(?:県知事|府知事|都知事|市長|副市長|町長|村長|知事|副知事|大臣|首相|総理|議長|副議長|教育長|長官)(?:さん)?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,12}$/u
const HEARSAY_AFTER = /^\s?(?:と|って)も?[、,]?\s?(?:おっしゃって|仰って|言って|いって|言われて|話して|話されて|語って|語られて|述べて|述べられて)(?:い|お(?:られ|り))?(?:ました|ます|た|る)/u
const OCCASION_NAMED = /会見|式典|式辞|議会|本会議|定例会|議場|委員会|答弁|一般質問|代表質問|あいさつ|挨拶|訓示|講演|講話|年頭|施政方針|所信|祝辞|開会式|閉会式|記念式|大会|総会|集会|説明会|懇談会|意見交換会|タウンミーティング|会議|フォーラム|シンポジウム|セレモニー|表彰式|インタビュー|対談|メッセージ|[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,2}日|(?:令和|平成)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年/u
/**
 * Blind R273B-028 kind: the office holder named in full earlier in the paragraph (本日、中村 雅之 市長が駅前で…お出迎えしました。市長は「…」と
 * 話していました), or the duty they were on told (出迎え, 視察, 表敬訪問): the post reports its own holder at a stated occasion — the speaker
 * is the quotation's source, not hearsay. A title alone (柳川市長, 副市長) names no one.
 */
const OFFICE_NAMED = /(?<![一-龠々])[一-龠々]{1,4}[ 　]?[一-龠々]{1,4}[ 　](?:県知事|府知事|都知事|市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長)(?:さん)?(?:は|が|も|[、,])/u
const OFFICE_DUTY = /出迎え|お迎えし|見送り|視察|表敬|訪問し|来賓として|激励し|慰問/u
export function officeHearsay(before: string, after: string, paragraph: string): boolean {
  return OFFICE_SPEAKER_BEFORE.test(before) && HEARSAY_AFTER.test(after) && !OCCASION_NAMED.test(paragraph) && !OFFICE_NAMED.test(paragraph) && !OFFICE_DUTY.test(paragraph)
}
/**
 * Blind R109A-113: a remark the writer only heard of, passed on in the lead right before it (姉妹都市の市長さんが昔、こんなことを言って
 * いたそうです。⏎『…』, 以前、ある方が次のようにおっしゃっていたと聞きました, 先代の船頭さんがこう言いよったげな): the hearsay ending
 * (そうです, らしい, げな, と聞きました) tells the words came second-hand, so the speaker named in it is no source — with no occasion, date or
 * medium in the paragraph, nothing says where or when they were said. Speech the writer heard themselves (こう話してくれました) stays.
 */
const HEARSAY_LEAD = /(?:こんなこと|こういうこと|そんなこと|このようなこと|次のようなこと|以下のようなこと|こう|次のように|このように|こんなふうに|こげんこと|こげん)(?:を|も|と)?[、,]?(?:よく|いつも|よう)?(?:言って|いって|言っと|いっと|言うと|言いよ|言いよっ|言われて|言われと|おっしゃって|仰って|話して|話されて|話しと|語って|語られて|述べて|述べられて)(?:い|お(?:られ|り))?(?:た|ました|った|ったん|たん)?(?:そう|らしい|らしか|げな|とか|と聞き|と聞い|って聞き|って聞い|と伺い|と伺っ)[^。！？!?\n「」『』]{0,8}[。！？!?]?\s*$/u
export function hearsayLead(before: string, paragraph: string): boolean {
  return HEARSAY_LEAD.test(before) && !OCCASION_NAMED.test(paragraph.replace(/[「『][^」』\n]{0,200}[」』]/gu, ''))
}
/**
 * Blind IB-129: a speaker named by their role at an occasion the post names (サテライトオフィスの開所式で、同社の代表は「…」とあいさつしました,
 * 記念式典では市長が「…」と述べました): who said it and where are both told, as the staff's report of the ceremony. A vague body (ある会社の
 * 代表) or no occasion named leaves it a quotation without source; hearsay after it (と述べていたそうです) is not a report.
 */
const OCCASION_ROLE_BEFORE = /(?:開所式|開院式|開園式|開館式|開校式|開業式|開通式|開会式|閉会式|開幕式|竣工式|落成式|起工式|調印式|締結式|協定式|表彰式|授与式|贈呈式|除幕式|入学式|卒業式|入社式|修了式|開講式|式典|記念式典|記念式|セレモニー|祝賀会|記者会見|会見|発表会|披露会|完成披露|報告会|交流会|出発式|出陣式|歓迎会|レセプション)(?:で|にて|において|の席で|の席上|では|の冒頭で|のあいさつで|の挨拶で)[、,]?[^。！？!?\n「」『』]{0,24}?(?<!ある|とある|某|どこかの)(?:同社|同行|同校|同館|同院|同法人|同協会|同組合|当社|各社|[一-龠々ァ-ヶー]{1,12})?の?(?:代表|代表者|代表取締役|社長|副社長|会長|理事長|頭取|学長|校長|園長|館長|院長|所長|支店長|局長|部長|組合長|委員長|実行委員長|市長|副市長|知事|議長|町長|村長|大使|総領事|教育長|CEO)(?:[ 　]?[一-龠々]{1,4}[ 　]?[一-龠々]{1,3})?(?:さん|氏|様)?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,12}$/u
const OCCASION_SPEECH_AFTER = /^[」』”〟]?\s?と[、,]?[^。！？!?\n「」『』]{0,10}?(?:あいさつ|挨拶|述べ|話し|語り|語っ|スピーチ|応じ|答え|呼びかけ|抱負を|決意を|喜びを|感謝を)(?![^。！？!?\n]{0,12}(?:そう|らしい|げな|と聞))/u
export function occasionSpeech(before: string, after: string): boolean {
  return OCCASION_ROLE_BEFORE.test(before) && OCCASION_SPEECH_AFTER.test(after) && !/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの|さる)[一-龠々ァ-ヶー]/u.test(before)
}
/**
 * Blind R113A-131: the source set as a heading sentence right before the quotation — who spoke, the kind of speech, and when or where in
 * brackets, then から or より and a stop (市長の施政方針演説（3月1日、市議会本会議）から。「…」, 金子市長の年頭あいさつ（1月5日、仕事始め式）
 * より：「…」): the speaker, the speech and its date or occasion name the source, as a caption after it does. A speaker left vague (ある
 * 市長の, どこかの校長の), a bracket with no date or occasion (（動画）, （ネット）) or no bracket at all names none.
 */
const SPEECH_HEADING_BEFORE =
  /(?:^|[。！？!?\n])[ \u3000]{0,3}([^。！？!?\n「」『』（）()]{1,20}?)の?(?:演説|講演|講話|あいさつ|挨拶|式辞|祝辞|告辞|答弁|記者会見|会見|訓示|施政方針|所信表明|年頭所感|談話|スピーチ|メッセージ|インタビュー)[^。！？!?\n「」『』（）()]{0,6}[（(]([^（）()\n「」『』]{2,30})[）)](?:から|より)(?:の?(?:抜粋|引用|一部|一節))?[。：:]?[ \u3000]*$/u
const SPEAKER_OFFICE_END = /(?:市長|町長|村長|知事|大臣|首相|総理|議長|教育長|校長|学長|園長|館長|院長|理事長|会長|社長|署長|所長|局長|部長|課長|議員|委員長|長官|大使|総領事)(?:さん|氏)?$/u
const SPEECH_DATE = /[0-9０-９〇一二三四五六七八九十]{1,4}月[0-9０-９〇一二三四五六七八九十]{1,2}日|(?:令和|平成|昭和)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年/u
export function speechHeading(before: string): boolean {
  const m = SPEECH_HEADING_BEFORE.exec(before)
  if (!m) return false
  const speaker = m[1]!.trim()
  if (/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの|さる|よその|他の)/u.test(speaker) || /ネット|SNS|動画|テレビ|噂|うわさ/u.test(speaker)) return false
  if (!(SPEECH_DATE.test(m[2]!) || OCCASION_NAMED.test(m[2]!))) return false
  return SPEAKER_OFFICE_END.test(speaker) || namesSomeone(speaker)
}
/**
 * Blind IF-069: a line after the quotation, set off by a dash, that tells where the words were received and when (「…」⏎——三橋地区の説明会で
 * いただいたご意見です（令和7年10月14日）, ——市政懇談会（10月3日、蒲池公民館）での発言より): the city's own meeting, dated, is the source of
 * what residents said there. A meeting left vague (ある説明会で), a medium (ネットの掲示板で) or no date names none.
 */
const DASH_LINE_AFTER = /^[」』”〟]?[ \u3000]{0,2}\n?[ \u3000]{0,2}[-—―‐─]{1,3}[ \u3000]?([^\n「」『』]{2,70})/u
const RECEIVING_OCCASION = /説明会|意見交換会|懇談会|座談会|タウンミーティング|ワークショップ|公聴会|審議会|委員会|協議会|会議|相談会|出前講座|報告会|住民集会|地区集会|総会|本会議|定例会|記者会見|アンケート|パブリックコメント|ヒアリング/u
/**
 * Blind IG-076: the words said to be received at the city's meeting, on the same line after a dash or the next (「…」——子育て相談会でいただいた
 * 声です（ご本人の了承済み）, ――健康教室で寄せられたご感想です): a meeting of the city named with how the words were received there names
 * where they are from, dated or not. A meeting left vague (ある相談会で), a medium, or words only heard of (相談会で聞いた話だそうです) names none.
 */
const RECEIVED_AT = /(?:会|講座|教室|ミーティング|ワークショップ|アンケート|ヒアリング)(?:で|にて|の(?:場|際)で)[、,]?(?:お?寄せ(?:られ|てい|いただい|頂い)た|いただいた|頂いた|伺った|うかがった|お聞きした|お伺いした|出された|あった)(?:お?声|ご?意見|ご?感想|ご?質問|ご?要望|ご?発言|お?言葉)/u
export function occasionDash(afterText: string): boolean {
  const m = DASH_LINE_AFTER.exec(afterText)
  if (!m) return false
  const line = m[1]!
  return ((RECEIVING_OCCASION.test(line) && SPEECH_DATE.test(line)) || RECEIVED_AT.test(line)) && !/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの|よその)|ネット|SNS|掲示板|書き込み|口コミ|投稿/u.test(line)
}
