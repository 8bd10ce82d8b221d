/**
 * A source named for the quotations of a post (4(4)): what covers every quotation of the post when it is anywhere in it (`hasSource`)
 * — 出典・引用元, 〜より（引用・抜粋）, a credit line (（情報提供：柳川警察署）), 〜によると, an article of a law, a publication with its
 * date (datedSource), a work with its author (AUTHORED, WORK_BY_PERSON, TITLED_WORK), a document with its holder, edition or section
 * (CITED_DOCUMENT, HELD_DOCUMENT, TITLE_DATED), a named document, periodical or body report (namedDocument, titledDocument,
 * NAMED_PERIODICAL, BODY_REPORT), a law cited after its words (lawCitedAfter), a contest's winning entries shown by the city.
 * Stays clean of a source (a quotation still needs one): a vague source (ある新聞の社説より, 口コミ), a kind of text or body with no name
 * (旅行ガイドより, 獣医師会の資料から), a talk named only by its event (speakerlessTalk), a holder placed only as another town's
 * (otherPlaceHolder), a colleague's memo (（課長より：…引用しといて）), a time or an amount before より. Part of the quotation family
 * (index.ts reads the quotations and reports them).
 */
import { GENERIC_SOURCE, isStop, NATION_ANNOUNCED, NUM, UNNAMED_BODY_DOC, UNNAMED_WORDS, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import { citedInEnglish, headedInEnglish } from './english-sources'

/**
 * Say-so of a source: always a source. Blind MP-038 kind: a law's part named with its name (スポーツ基本法 前文, こども基本法の前文, 附則; not
 * ある法律の前文, 他市の条例の前文) as its article (第5条) is, and a law's number with its year (平成23年法律第78号, 令和5年条例第12号): the provision a reader can find.
 */
const SOURCE_MARK = /出典|(?<![写画映動]像|写真|イラスト|図)(?:情報提供|資料提供|データ提供|提供|資料)\s?[:：]\s?(?!ある|とある|某|どこか|ネット|知人|友人)[一-龠々ァ-ヶA-Za-z]{2}|(?<![A-Za-z])(?:[Ss]ource|[Qq]uoted from|[Ee]xcerpted from|[Cc]ited from)\s?[:：]?\s(?=[A-Za-z0-9一-龠々ァ-ヶ『「])|引用元|出所|原典|参考文献|参考資料|参考[:：]|転載元|https?:\/\/|www\.|\.jp\/|\.com\/|(?:(?:作詞|作曲|作者|著者|筆者|撮影)|(?<![一-龠々])(?:作|著|文|詩|訳))\s?[:：]\s?[一-龠々ァ-ヶー]{2}|(?:^|\n)\s{0,3}引用\s?[:：]\s?[^\n]{2,24}$|(?:法|法律|条例|規則|要綱|宣言|憲法|条約|憲章|協定)[」』]?(?:[（(][^()（）\n]{1,12}[）)])?\s?第[0-9一二三四五六七八九十]+条|[一-龠々ァ-ヶー]{2,24}(?:法|法律|条例|憲法|憲章|条約|宣言)[」』]?\s?の?(?:前文|附則)|(?:令和|平成|昭和|大正|明治)(?:[0-9〇一二三四五六七八九十]{1,3}|元)年\s?(?:法律|政令|条例|省令|府令|規則|告示)第[0-9〇一二三四五六七八九十百]{1,5}号|仮訳|[(（][^()（）\n]{2,40}の作品[。、)）]|[（(][一-龠々ァ-ヶーA-Za-z・]{2,20}(?<!語|筆者|拙|意|直|私|自己|独自|機械|簡易|試)訳[）)]/mu
/** 〜より（引用）, 〜から引用, 〜によると: a source when what precedes it is named. */
// Blind TV-120: a credit in brackets that lists the source and the giver parted by a slash or a dot (（観光アンケートより／福岡市からお越しの方）,
// （市報5月号より・一部抜粋）): より closes the source there as before a bracket's end.
const SOURCE_FROM = /(?:より|から)の?(?:引用|抜粋|転載|一部)|より(?=[。、,）)（(\n\s:：／/・｜|]|$)|によると|によれば|曰く|いわく/gu
const DATED = new RegExp(
  `[（(][一-龠々ァ-ヶーA-Za-z0-9・]{2,20}[、,\\s]\\s?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年(?:${NUM}月)?(?:${NUM}日)?(?:策定|制定|改定|改訂|発行|公表|施行|採択|公布|宣言|版)[）)]|${NUM}月${NUM}日(?:付|号|発行|発刊|朝刊|夕刊|放送|配信)|[一-龠々ァ-ヶーA-Za-z0-9]{3,}\\s?[（(](?:令和|平成|昭和)(?:${NUM}|元)年(?:${NUM}月)?(?:度)?(?:策定|制定|改定|改訂|発行|公表|施行|版)[）)]|[一-龠々ァ-ヶーA-Za-z0-9]{3,}\\s?[（(][0-9]{4}年(?:${NUM}月)?(?:度)?(?:策定|制定|改定|改訂|発行|公表|施行|版)[）)]|${NUM}年${NUM}月号|${NUM}月号|(?:新聞|朝刊|夕刊|日報|新報|タイムス|通信|誌|紙|号|番組|放送|記事|コラム|社説|サイト|ページ|ブログ)\\s?[（(]\\s?(?:${NUM}|令和|平成|昭和)[^）)\\n]{0,14}[）)]|[（(][一-龠々ァ-ヶーA-Za-z]{2,12}[\\s、,]?(?:${NUM}|令和${NUM}|平成${NUM})年${NUM}月${NUM}日`,
  'u',
)
const DATED_ALL = new RegExp(DATED.source, 'gu')
/**
 * Blind R124A-128: an issue the reader is sent to for a matter of the notice (集団接種の日程は市報4月号をご覧ください, 申込方法は広報やながわ
 * 5月号でご確認ください, 会場は3月号に掲載しています): where to read the schedule, not where the quoted words are from. Only a topic of the
 * notice's own (日程, 会場, 申込…) with the pointer; 詳しくは…をご覧ください may point at the quotation's text and stays a source.
 */
const POINTER_TOPIC_BEFORE = /(?:日程|日時|期日|会場|場所|時間|申込|申し込み|申込み|申込方法|手続き?|持ち物|料金|費用|対象|定員|受付|予約|問い合わせ|問合せ|接種日|実施日|開催日)(?:など|等)?(?:について|に関して)?(?:は|も)[、,]?[^。！？!?\n]{0,12}$/u
const POINTER_AFTER = /^[^。！？!?\n]{0,6}?(?:を|で|にて|に)[、,]?(?:ご覧|ご確認|確認し|お知らせ|掲載|お読み)/u
/**
 * Blind R210A-027 kind: an issue named as where the city will announce a matter later (詳細は市報1月号でお知らせいたします, 結果は広報
 * 3月号に掲載します, 次号でご案内する予定です): the non-past of the city's own announcing, a pointer to words not yet written, so not where a
 * quotation in the post is from, whatever its topic. An issue where a text stands already (5月号に掲載されています, 5月号より) stays a source.
 */
const FUTURE_POINTER_AFTER = /^[^。！？!?\n]{0,6}?(?:で|にて|に)[、,]?(?:お知らせ|ご案内|ご報告|掲載|発表|公表|紹介|ご紹介)(?:(?:いたし|し|させていただき)ます|(?:する|の)予定)/u
function datedSource(t: string): boolean {
  DATED_ALL.lastIndex = 0
  for (let m = DATED_ALL.exec(t); m; m = DATED_ALL.exec(t)) {
    const a = m.index
    const b = a + m[0].length
    // Blind R166I-090: the city's own issue in the post's heading (【広報やながわ 1月号 特集】) is the post itself.
    if (/月号$/u.test(m[0]) && OWN_ISSUE_HEADING.test(t.slice(t.lastIndexOf('\n', a) + 1, a + 30))) continue
    if (POINTER_AFTER.test(t.slice(b, b + 20)) && POINTER_TOPIC_BEFORE.test(t.slice(Math.max(0, a - 24), a))) continue
    if (FUTURE_POINTER_AFTER.test(t.slice(b, b + 24))) continue
    return true
  }
  return false
}
/**
 * Blind HC-127: a citation in brackets naming a public body's document with its edition or its section (「…確保するものとする。」（柳川市地域
 * 防災計画 令和6年修正 第3章第5節）, （福岡県地域防災計画 第2編第4章）, （柳川市避難所運営マニュアル 令和5年3月改訂）): the body, the document
 * and where in it the words stand name the source. The title opens with the body that holds it (柳川市, 福岡県, 内閣府); a section alone
 * (（第3章第5節）) or a vague holder (（ある自治体の防災計画）) names none.
 */
const DOC_EDITION = `(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年(?:度)?(?:${NUM}月)?(?:修正|改定|改訂|改正|策定|制定|施行|発行|版)?`
const DOC_SECTION = `第${NUM}(?:章|節|条|項|号|編|部)(?:第${NUM}(?:章|節|条|項|号|編|部)){0,3}|[pP]\\.\\s?[0-9]{1,4}|${NUM}(?:頁|ページ)`
const CITED_DOCUMENT = new RegExp(
  `[（(]\\s?(?:[一-龠々]{1,6}(?:市|町|村|県|都|府|省|庁)|内閣府|政府)[一-龠々ァ-ヶーA-Za-z0-9・]{0,20}?(?:計画|条例|規則|要綱|要領|指針|方針|ガイドライン|マニュアル|手引き?|基準|規程|白書|報告書|答申|ビジョン|戦略|プラン)(?:[\\s、,・]{0,2}(?:${DOC_EDITION}|${DOC_SECTION})){1,3}\\s?[）)]`,
  'u',
)
/** A citation in brackets right after the passage (blanked here) naming the titled work it is from: 「…」（『思ひ出』序「わが生ひたち」、明治44年）. */
const CITED_WORK_AFTER = /(?:^|[\s」』”"])[（(][^（）()\n]{0,12}?『[^』\n]{1,30}』/u
/**
 * The writer named, with how the passage came from them, right before it: 北原白秋は故郷をこう書きました, 市長は次のように述べました,
 * 与謝野晶子が次のように詠んでいます (a full name or a name with a role; ある人は…, 誰かが… name nobody).
 */
const AUTHOR_WROTE =
  /(?<![一-龠々ぁ-ゖ])(?!ある|或る|某)([一-龠々]{2,4}[ 　]?[一-龠々ァ-ヶー]{0,4}(?:氏|さん|先生|市長|知事|会長|教授)?)(?:は|が)[^。！？!?\n]{0,14}?(?:こう|次のように|このように|以下のように|こんなふうに)(?:書き|書い|記し|詠み|詠ん|述べ|語り|語っ|歌い|歌っ|残し|綴り|綴っ)/u
/**
 * Blind R263F-042 kind: a bare role noun as the one who spoke (試合後、監督はこう語りました。「…」, 専門家はこう述べています): a role with no
 * name, team or body before it names no one a reader can find — a kind of person, not a source. A role with its name or body (古賀監督,
 * 柳川高校の○○監督) is not bare; the city's own office (市長) is named by the account itself and stays a source.
 */
const BARE_ROLE_WRITER = /^(?:総?監督|(?:ヘッド)?コーチ|主将|キャプテン|選手|専門家|有識者|研究者|識者|学者|医師|医者|講師|教授|作家|詩人|関係者)(?:さん|先生)?$/u
/**
 * Blind R263F-042 kind, its hard negative: the role with the body it serves right before it (柳川高校の監督はこう語りました, 柳川の自然を守る
 * 会の会長は次のように述べています): the team or body names whose words they are. Not a body left vague (ある高校の監督, どこかのチームの).
 */
const BODY_ROLE_WROTE =
  /(?<!(?:ある|或る|某|とある|どこかの|他の|よその)[^。！？!?\n、]{0,10})(?<![ぁ-ゖ])[一-龠々ァ-ヶーA-Za-z]{1,12}(?:高校|高等学校|中学校|小学校|学校|大学|学園|チーム|クラブ|FC|部|協会|連盟|の会|センター|病院|研究所|組合|事務所)の[一-龠々]{0,4}(?:監督|コーチ|主将|キャプテン|教授|講師|医師|校長|院長|所長|会長|代表|部長|理事長)(?:さん|先生)?(?:は|が)[^。！？!?\n]{0,14}?(?:こう|次のように|このように|以下のように|こんなふうに)(?:書き|書い|記し|述べ|語り|語っ|残し|綴り|綴っ)/u
/** Blind R103A-015: …not when what carried the words is a medium left unnamed (田島 翔選手はあるインタビューで次のように語っていました). */
function authorWrote(t: string): boolean {
  const m = AUTHOR_WROTE.exec(t)
  if (m !== null && !VAGUE_MEDIUM_LEAD.test(m[0]) && !BARE_ROLE_WRITER.test(m[1]!.replace(/[ 　]/gu, ''))) return true
  const b = BODY_ROLE_WROTE.exec(t)
  return b !== null && !VAGUE_MEDIUM_LEAD.test(b[0])
}
/**
 * Blind IG-042, IG-086: a citation right after the passage (blanked here), in brackets or after a dash, naming the issuer, the work's title in
 * 「」 and its edition, year or page (（法務省人権擁護局「人権の擁護」令和6年度版）, ——柳川市観光協会「水郷柳川ガイド」2024年版より), or in
 * English the title and its year or page (— from the Yanagawa City Tourism Guide (2024 edition, p.3)). 『』 is read by CITED_WORK_AFTER; a
 * 「」 title needs its named issuer and its edition: an issuer left vague (ある団体「…」) or a medium (ネットの「まとめ」) names none.
 * Blind R188A-027 kind: …also closing the sentence that holds the quotation (「…」という言葉で結ばれています（全国水平社創立大会「水平社
 * 宣言」、1922年）): the citation in brackets after its verb is the same citation.
 */
const CITED_TITLE_AFTER = new RegExp(
  `(?:^|[\\s」』”"。]|(?<=(?:ます|ました|です|でした|ている|ていた|た)))(?:[（(]|[-—―‐─]{1,3}[ \u3000]?)(?![^（）()\n「」]{0,16}?(?:ある|とある|某|どこかの|ネット|SNS|まとめ|ブログ|掲示板))[^（）()\n「」『』]{0,16}?[一-龠々ァ-ヶー](?:省|庁|局|府|県|市|町|村|部|課|室|会|協会|機構|センター|研究所|大学|委員会|審議会|新聞社?|出版社?|社|財団|著|編)[の]?「[^」\n]{1,30}」[ \u3000、,]?(?:${DOC_EDITION.replace('(?:修正|改定|改訂|改正|策定|制定|施行|発行|版)?', '(?:度)?(?:版|発行|刊)?')}|第${NUM}(?:版|号)|${DOC_SECTION})`,
  'u',
)
/** A work with its author: 『書名』著者名, 著者名『書名』, 作者の詩「…」, 北原白秋作詞. */
export const AUTHORED =
  /『[^』\n。]{1,30}』\s?[（(]?[一-龠々ァ-ヶー]{2,8}[）)]?(?:著|作|訳|編)?(?=[\s、。」）)]|$)|[一-龠々ァ-ヶー]{2,8}(?:著|作|訳|編)?『[^』\n。]{1,30}』|[一-龠々]{2,6}の(?:詩|童謡|歌詞|短歌|俳句|随筆|小説|エッセイ|著書|作品|言葉|一節)[「『]|[一-龠々]{2,6}(?:作詞|作曲|著)(?=[「『\s、。（(]|$|の(?:歌|曲|童謡|唱歌|校歌|詩|名曲))|[一-龠々]{2,6}作(?=[「『])/u
/**
 * A document given with who holds it, as an archive or museum cites its materials: 『蒲池組大庄屋日記』（天保3年、柳川古文書館所蔵）,
 * 「立花家文書」（個人蔵）, 柳川古文書館所蔵の『御用日記』, 所蔵：柳川古文書館. The title and its holder name the text, however old its date
 * (天保3年 is no 令和 year); a holder without a title (古文書館所蔵の日記) or a vague one (ある家に伝わる古文書) names none.
 */
const HELD_DOCUMENT =
  /[『「][^』」\n。]{1,30}[』」]\s?[（(][^()（）\n]{0,24}?(?:[一-龠々ァ-ヶー](?:所蔵|収蔵|寄託|保管)|(?:個人|館|家|寺|社|氏|文庫|大学)蔵)(?=[、,・\s）)])|(?<![一-龠々ァ-ヶー]|ある)(?!某)[一-龠々ァ-ヶー]{2,16}(?:所蔵|収蔵)の?\s?[『「][^』」\n。]{1,30}[』」]|所蔵\s?[:：]\s?[一-龠々ァ-ヶー]{2,16}/u
/** A work given with its author, the title in brackets (山口美咲さんの「祖母の手話」, 古賀氏の『水の町』)… */
const WORK_BY_PERSON = /[\p{Script=Han}\p{Script=Katakana}ー々ぁ-ん]{1,8}(?:さん|氏|君|くん|ちゃん|先生|様)の[「『][^」』\n。]{1,30}[」』]/u
/** …in a post about such works: an essay, a poem or a prize (作文, 作品, 受賞, 最優秀賞). */
const WORK_CONTEXT = /作文|作品|詩|短歌|俳句|川柳|絵本|小説|随筆|エッセイ|標語|受賞|入賞|入選|最優秀|優秀賞|佳作|特選|金賞|銀賞|銅賞/u
/**
 * Blind R106A-010/072/100: a work or a document named by its title in brackets with its date in brackets right after it, as what the
 * sentence is about (童謡「赤い鳥小鳥」（1918年）の一節, 「認知症施策推進大綱」（令和元年6月）では, 「…介護保険事業計画」（令和6年3月策定）
 * の基本理念です): the title and its year name the text, before or after the quotation. Not after a vague holder (ある本「…」（2020年）).
 */
const TITLE_DATED = /(?<!(?:ある|とある|某|どこかの|他の|よその)[^「『」』、。！？!?\n]{0,8})[「『][^「『」』\n。]{2,40}[」』]\s?[（(]\s?(?:(?:令和|平成|昭和|大正|明治)(?:[0-9〇一二三四五六七八九十]{1,2}|元)|[0-9]{4})年[^（）()\n]{0,12}[）)]\s?(?:の|では|には|に|で|は|が|より|から|によると|によれば)/u
/**
 * Blind R116A-063: a work named by its title in 『』, with the part of it the words are in (『論語』為政篇に「…」とあります, 『徒然草』第百五十段には,
 * 『万葉集』巻五に「…」と詠まれています): the title (and its part) name the text, as the quotative after the blanked passage shows it is read
 * there. Not after a vague holder (ある本『…』に, ネットの『…』に).
 */
const TITLED_WORK = new RegExp(
  `(?<!(?:ある|とある|某|どこかの|ネット|SNS|ブログ|まとめ)[^「『」』、。！？!?\\n]{0,8})『[^『』「」\\n。]{1,30}』(?:の)?(?:[一-龠々]{1,6}(?:篇|編|章|巻|段|帖|の巻|序|序文|跋)|第${NUM}(?:章|節|巻|段|帖|条|話|篇|編|部)|巻${NUM}|${NUM}(?:章|巻|段|帖))?\\s?(?:に|には|では|の中に|の中で|にも|で)[、,]?[ \\u3000]{0,2000}(?:と|って)(?:あり|ある|書か|書い|記さ|記し|述べ|説か|説い|歌わ|うたわ|詠ま|詠ん|言って|記述)`,
  'u',
)
/**
 * Round 44: a named desk's own casework as where a quotation is from (相談事例（柳川市消費生活センターに寄せられた相談から）,
 * 市民課の窓口で受けた相談より, 保護課の相談事例から): the words were said to the city and are given as its own case. A desk
 * not named (ある窓口に寄せられた相談から, 寄せられた相談より) names no source.
 */
const CASE_SOURCE =
  /(?<![一-龠々ァ-ヶー])(?<!ある|某)(?!テレビ|ラジオ|新聞|放送|他|別|各)[一-龠々ァ-ヶー]{1,16}(?:センター|課|係|窓口|相談室|相談所|署|局|協会|事務所|支所|市役所|役場)(?:に|へ|で|が)(?:実際に)?(?:寄せられた|受けた|受け付けた|あった)(?:ご?相談|相談事例|事例|通報|苦情)(?:から|より|の中から|を(?:もと|基)に|です|でした)|(?<![一-龠々ァ-ヶー])(?<!ある|某)(?!テレビ|ラジオ|新聞|放送|他|別|各)[一-龠々ァ-ヶー]{1,16}(?:センター|課|係|窓口|相談室|相談所|署|局|協会|事務所)の(?:ご?相談事例|事例集|相談記録)(?:から|より)/u
/**
 * After より：, an instruction to the writer (引用しといて, 載せてください, 使ってOK, お願いします): a memo from a colleague left in the draft
 * (（課長より：…引用しといて）, 係長より：このコラムを貼っておいてください), not a text's source (市長より：新年のごあいさつ names its author).
 */
const MEMO_AFTER = /^[:：]\s?[^）)】\]］「『“\n]{0,36}?(?:(?:し|貼っ|はっ|載せ|のせ|使っ|入れ|出し)(?:て(?:おいて|ください|下さい|くれ|ね|ほしい)|と(?:いて|って|く))|お願い(?:します|ね)?|よろしく|(?:で|て)(?:OK|いい|大丈夫))/u
/** Before より: a time or an amount (10時より, 前年より), not a source. */
const NOT_SOURCE_BEFORE = /(?:[0-9０-９]|時|分|日|月|年|頃|ごろ|それ|これ|前|後|例年|昨年|以前|従来|予定|通常|何)$/u

/**
 * Blind R80A-077: a field, a department or a place in kanji, then の, before the honorific (生態学の先生, 医学の教授, 小児科の先生, 農学部の
 * 先生): the kind of person the speaker is, not their name. (A given name in kana before the honorific, 佐藤しの先生, is a name.)
 */
export const FIELD_OF_PERSON = /^[一-龠々]{2,5}の$/u
/**
 * Blind R80A-130: a kind of person before 曰く, によると or より (研究者の先生いわく, 専門家の先生によると, 先生いわく, 著名な先生によれば): who said
 * it is left unnamed, so the phrase names no source. A name before the honorific (田中先生いわく, 松尾教授によると) is one.
 */
const UNNAMED_SAYER_BEFORE =
  /(?:^|[、,\s]|[一-龠々]{1,6}の|(?:有名|著名|偉|えら)い?な?)(?:講師|先生|専門家|有識者|研究者|学者|識者|教授|博士|医師|お医者さん|お医者様|作家|先輩|知人|友人|知り合い)(?:の方|さん|さま|様|方)?(?:の(?:お)?(?:話|言葉))?$/u
/** A public body's announcement named as what is quoted: 福岡地方気象台の発表をお伝えします, 気象庁によると. */
export const BODY_STATEMENT =
  /[一-龠々ァ-ヶー]{1,16}(?:気象台|気象庁|庁|省|局|署|県|府|都|市役所|研究所|大学|協会|機構|センター|委員会|対策本部|本部|事務所)(?:(?:の|が|から)(?:発表|発令|情報|報告(?!書)|資料|公表|見解|調査|統計|通知|呼びかけ|お知らせ)|によれば|によると|の?(?:ホームページ|HP|ウェブサイト|公式サイト|サイト|パンフレット|リーフレット|手引き)(?:では|で|に(?:は)?|によると|によれば))|[一-龠々ァ-ヶー]{1,16}(?:気象庁|庁|省|協会|機構|委員会|連盟|連合会|財団)の[^。！？!?\n「『]{0,14}?(?:で|に|として)?(?:掲げ|示さ|示し|定め|記さ|書か|うた|使われ|使用され|採用され|呼びかけ)/u
/** An organisation's staff speaking for it: 柳川警察署の担当者は, 市民病院の方によると. */
export const ORG_SPEAKER = /[一-龠々ァ-ヶー]{1,12}(?:署|課|局|協会|センター|組合|事務所|病院|学校|会社|協議会|委員会|市役所|県警|警察|消防|漁協|農協|JA)の(?:担当者?|職員|方|代表|所長|署長|課長|院長|校長)(?:は|が|も|によると|によれば|から)/u
/**
 * A named document of a public body: 柳川市総合計画には「…」. Blind R336D-013: its edition or status in brackets between the title and
 * the particle (柳川市人権教育・啓発基本計画（令和5年3月）には, 第3次総合計画（後期基本計画）では, 人権施策基本方針（改訂版）に) still names it; so does a
 * title of another kind of document given with its year in brackets (柳川市避難所運営マニュアル（令和5年3月改訂）には, こども読書活動推進プラン
 * （2024年）では: DATED_DOCUMENT). A vague holder before it (ある市の計画（令和5年）には) names none.
 */
const NAMED_DOCUMENT =
  /[一-龠々ァ-ヶー]{2,12}(?:計画|条例|方針|憲章|宣言|白書|報告書|要綱|指針|ガイドライン|ビジョン|戦略|施政方針)(?:\s?[（(][^（）()「」『』\n]{1,20}[）)]\s?)?(?:に|の|では|には|で|から|より|は)|(?<!ある|とある|某|他の|よその|別の|どこかの|ほかの|他)(?:市|当市|本市|柳川市)の?(?:公式)?(?:ホームページ|HP|ウェブサイト|サイト|広報紙|広報誌|LINE|X|Instagram|インスタグラム|Facebook|フェイスブック|アカウント|SNS|防災メール|メール配信|アプリ)(?:に|の|では|には|で|から|より|は)/u

/**
 * Blind R55A-037/066: a document named by its title in brackets, the title ending in what kind of document it is (『柳川市掘割保全計画』
 * （令和5年3月）には, 内閣府「避難情報に関するガイドライン」では, 「学校における熱中症対策の手引き」によると): the title names it, with
 * or without its date or body in brackets after it. A title with no kind of document (「あの日の約束」には) names no document, and a vague
 * holder before it (ある自治体の『防災計画』には) names none.
 */
const TITLED_DOCUMENT =
  /[『「][^』」\n。]{2,40}?(?:計画|条例|方針|憲章|宣言|白書|報告書|要綱|指針|ガイドライン|ビジョン|戦略|手引き?|てびき|マニュアル|プラン|ハンドブック|答申|提言|要領|基準|規程|規則|法|通知|ガイドブック|指導要領)[』」]\s?(?:[（(][^（）()\n]{1,24}[）)])?\s?(?:では|には|に|で|によると|によれば|から|より|の中で|の中に|にも|でも|は[、,]?\s?$)/gu
export const VAGUE_HOLDER = /(?:ある|とある|某|どこかの|他の|よその|別の|ほかの|他市の|他県の)[^「『」』、。！？!?\n]{0,8}$/u
/**
 * Blind R84A-026: a public body, then the title of its document in brackets, perhaps with its year, as who says the quotation that
 * follows (厚生労働省「認知症施策推進大綱」（令和元年）は、「…」としています; 内閣府『高齢社会白書』（令和5年版）は, 文部科学省「生徒指導提要」
 * （令和4年改訂）では): the body and the title name the document whatever kind of document the title ends in (大綱, 提要, 21). A vague
 * holder (ある省の「…」は, 他市の「…」では) or a title with no body before it (「あの日の約束」は) names none.
 */
const BODY_TITLED =
  /(?<![一-龠々ァ-ヶー])(?:(?![他別各某諸同])[一-龠々ァ-ヶー]{1,16}(?:省|庁|府|県|都|市|町|村|局|委員会|機構|センター|研究所|審議会)|内閣府|政府)(?:の)?[『「][^』」\n]{2,40}[』」]\s?(?:[（(][^（）()\n]{1,24}[）)])?\s?(?:は|が|では|には|に|で|によると|によれば|にも|でも)[、,]?\s?[「『“]?$/u
const DATED_DOCUMENT = new RegExp(
  `[一-龠々ァ-ヶー・]{2,24}?(?:計画|プラン|マニュアル|手引き?|ガイドブック|ハンドブック|大綱|要領|基準|規程|規則|答申|提言|報告書|白書|指針|方針|ビジョン|戦略)\\s?[（(]\\s?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年[^（）()「」『』\\n]{0,12}[）)]\\s?(?:では|には|に|で|によると|によれば|の中で|の中に|にも|でも)`,
  'gu',
)
export function titledDocument(s: string): boolean {
  DATED_DOCUMENT.lastIndex = 0
  for (let m = DATED_DOCUMENT.exec(s); m; m = DATED_DOCUMENT.exec(s)) if (!VAGUE_HOLDER.test(s.slice(Math.max(0, m.index - 12), m.index))) return true
  TITLED_DOCUMENT.lastIndex = 0
  for (let m = TITLED_DOCUMENT.exec(s); m; m = TITLED_DOCUMENT.exec(s)) if (!VAGUE_HOLDER.test(s.slice(Math.max(0, m.index - 12), m.index))) return true
  const held = BODY_TITLED.exec(s)
  return held !== null && !VAGUE_HOLDER.test(s.slice(Math.max(0, held.index - 12), held.index))
}
/**
 * Blind R68A-104: a kind of document named after a vague holder (他の自治体の部活動ガイドラインに、こんな一文がありました, よその町の
 * 景観計画には, ある県の指針では): every body has one, so it names none; the same kind with its holder named (柳川市総合計画には,
 * 福岡県の部活動ガイドラインでは) is a source.
 */
const NAMED_DOCUMENT_G = new RegExp(NAMED_DOCUMENT.source, 'gu')
/**
 * Blind R76A-113: a document or the city's own medium named as what the sentence is about (市ホームページの改修について、こんなご意見も
 * いただいています, 総合計画の見直しに関して…, 市の公式LINEの使い勝手について): the topic of the opinion, not where its words are written.
 * The same medium named as the place of the text (市ホームページのお知らせでは, 市ホームページに) stays a source.
 */
const TOPIC_AFTER = /^[^。！？!?\n、,「『」』]{0,12}?(?:について|に関して|に関する|に関し|をめぐ|に向け)/u
export function namedDocument(s: string): boolean {
  if (!NAMED_DOCUMENT.test(s)) return false
  NAMED_DOCUMENT_G.lastIndex = 0
  for (let m = NAMED_DOCUMENT_G.exec(s); m; m = NAMED_DOCUMENT_G.exec(s)) {
    if (VAGUE_HOLDER.test(s.slice(Math.max(0, m.index - 12), m.index))) continue
    if (documentAsTopic(s, m)) continue
    if (m[0].endsWith('の') && TOPIC_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue
    return true
  }
  return false
}
/**
 * (Blind R172A-143 kind: an organ's written opinion or report of a year (監査委員の審査意見書（令和6年度決算）では「…」, 審議会の答申（令和5年3月）に
 * は, 議会の意見書（令和6年）) is named as a report with its year is: 委員, 審議会, 議会 are bodies, 意見書 and 答申 are their reports.)
 */
/**
 * Blind R69A-135: a public body's report quoted at length (観光庁の報告書にも「…」と書かれています) names the body, not the report: the body
 * publishes many. With the report's title (観光庁の報告書『…』) or its year (観光庁の報告書（令和5年3月）, 観光庁が2023年に公表した報告書) it
 * is named; the body's announcement or its materials (気象台の発表, 観光庁の資料) stay a source (BODY_STATEMENT).
 */
export const BODY_REPORT = new RegExp(
  `[一-龠々ァ-ヶー]{1,16}(?:庁|省|局|署|県|府|都|市|町|村|研究所|大学|協会|機構|センター|委員会|委員|審議会|議会|本部|事務所)(?:の|が)[^。！？!?\n「『]{0,16}?(?:報告書|白書|調査報告|意見書|答申書?|監査報告)\s?(?:[『「][^』」\n]{2,40}[』」]|[（(]\s?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年[^（）()\n]{0,10}[）)])|[一-龠々ァ-ヶー]{1,16}(?:庁|省|局|県|府|都|市|研究所|大学|協会|機構|センター|委員会)(?:が|の)[^。！？!?\n「『]{0,6}?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年(?:度)?[^。！？!?\n「『]{0,12}?(?:報告書|白書|調査報告)`,
  'u',
)

/**
 * A named periodical or newsletter: a title in brackets with its issue (「くらしの安全通信」第12号, 『広報やながわ』12月号),
 * or an organisation's publication named in brackets (消費生活センターの「くらしの安全通信」では).
 */
export const NAMED_PERIODICAL = new RegExp(
  `[「『][^」』\\n]{2,24}[」』]\\s?(?:第${NUM}号|${NUM}月号|[Vv]ol\\.?\\s?[0-9]{1,3}|No\\.?\\s?[0-9]{1,4})|[一-龠々ァ-ヶー]{2,16}(?:センター|協会|課|局|署|省|庁|県|市|機構|委員会|組合|連合会)の[「『][^」』\\n]{2,24}[」』](?:では|で|に(?:は)?|によると|によれば|から|より)`,
  'u',
)

/**
 * A public body's rule or plan named by its full title, the reader sent to it for the text (詳しくは柳川市空き家改修補助金交付要綱をご覧
 * ください, 柳川市景観条例でご確認ください, 国の…に関する特別措置法をご参照ください): a provision quoted in brackets before or after it is
 * the document's wording, and the pointer names where it stands. The title opens with its body (柳川市, 福岡県, 国の) or is a law's full
 * name (…に関する法律, …措置法); a vague holder (ある市の要綱, 他の自治体の条例) or a kind alone (要綱をご覧ください) names none.
 */
const DOCUMENT_POINTED = /(?:(?<![一-龠々])(?:[一-龠々]{1,6}(?:市|町|村|県|都|府|省|庁)|国の?)[一-龠々ぁ-ゖァ-ヶー・]{2,30}?(?:条例|規則|要綱|要領|計画|指針|方針|ガイドライン|基準|規程)|[一-龠々ぁ-ゖァ-ヶー・]{4,30}?(?:に関する|のための|等の)[一-龠々ァ-ヶー・]{1,16}?(?:法律|(?<![方手用技工製療寸作文話論戦魔説算筆農漁])法))(?:第[0-9〇一二三四五六七八九十]{1,4}条(?:第[0-9〇一二三四五六七八九十]{1,4}項)?)?(?:の(?:本文|全文|条文|規定))?(?:を|で|にて)[、,]?(?:ご覧|ご確認|ご参照|参照|確認)/u
function documentPointed(t: string): boolean {
  const m = DOCUMENT_POINTED.exec(t)
  return m !== null && !VAGUE_HOLDER.test(t.slice(Math.max(0, m.index - 12), m.index))
}

/**
 * Blind R262J-043 kind: a topic phrase heading the sentence of a source phrase (…について、…に関して、…をめぐって、): bounded, no nested
 * unbounded quantifier.
 */
const TOPIC_LEAD = /^[^、。！？!?\n]{1,24}?(?:について|に関して|に関しては|については|をめぐって|をめぐり|の件で)[、,]\s?/u
/**
 * Blind R397W-053 kind: a medium named by its kind alone, with a time or nothing (昨夜の番組より抜粋, 先日のテレビから引用, 今朝の新聞より):
 * which programme, paper or article is left out, so the reader cannot find it. A named one (NHKの番組, 西日本新聞) is a source.
 */
const MEDIUM_KIND_ONLY =
  /^(?:(?:昨夜|昨晩|昨日|きのう|今朝|けさ|先日|先週|先月|この前|こないだ|この間|以前|最近|今日|きょう|今夜|夕べ|ゆうべ|週末|日曜|土曜)の?)?(?:テレビ|TV|ラジオ|新聞|雑誌|番組|テレビ番組|ラジオ番組|ニュース番組|情報番組|特集番組|ニュース|特集|記事|放送|配信|動画|ドキュメンタリー)(?:の中|内|で)?$/u
/** Blind R399Y-049 kind: a document named as what the writer's remark is about (施政方針について、こんな感想を見つけました), not where the text is. */
const DOCUMENT_TOPIC_AFTER = /^(?:ついて|関して|関し|関する|対して|対する|向けて)/u
function documentAsTopic(s: string, m: RegExpExecArray): boolean {
  return m[0].endsWith('に') && DOCUMENT_TOPIC_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 4))
}
/**
 * Blind LQ-042 kind: a contest's winning entries shown by the city (いじめ防止標語コンクールの入賞作品を、ロビーに展示しています ⏎ 最優秀賞は中学1年生の
 * 作品『…』): the contest named is where the work comes from, its author given by grade or age. A vague contest (あるコンクールの入賞作品) names none.
 */
const CONTEST_SHOWN =
  /(?<!ある|とある|某|どこかの|他市の|よその)[一-龠々ァ-ヶー]{1,12}(?:コンクール|コンテスト)の?(?:入賞|入選|受賞|優秀|最優秀)?(?:作品|作)[^。！？!?\n]{0,40}?(?:展示|掲示|紹介|発表|表彰|公開)/u
const CONTEST_AWARD = /最優秀|優秀賞|入賞|入選|佳作|特選|金賞|銀賞|銅賞|大賞|受賞/u
function contestEntryShown(t: string): boolean {
  return CONTEST_SHOWN.test(t) && CONTEST_AWARD.test(t)
}

/** Whether a text (quotations blanked) names the source of its quotations. */
export function hasSource(text: string): boolean {
  // Spaced letters (出 典：) are joined first.
  const t = text.includes(' ') || text.includes('\u3000') ? text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) +(?=[\u3000-\u9fff\uff00-\uffef])/gu, '') : text
  if (contestEntryShown(t)) return true
  if (SOURCE_MARK.test(t) || headedInEnglish(t) || datedSource(t) || AUTHORED.test(t) || HELD_DOCUMENT.test(t) || CITED_WORK_AFTER.test(t) || CITED_TITLE_AFTER.test(t) || citedInEnglish(t) || CITED_DOCUMENT.test(t) || authorWrote(t) || (WORK_BY_PERSON.test(t) && WORK_CONTEXT.test(t)) || CASE_SOURCE.test(t) || TITLE_DATED.test(t) || TITLED_WORK.test(t) || documentPointed(t)) return true
  SOURCE_FROM.lastIndex = 0
  for (let m = SOURCE_FROM.exec(t); m; m = SOURCE_FROM.exec(t)) {
    // What the source phrase names: back to the start of its sentence (at most 30 characters).
    let s = m.index
    const lo = Math.max(0, s - 30)
    while (s > lo && !isStop(t[s - 1])) s--
    let named = t.slice(s, m.index).trim()
    // A source given in a bracket (移住者の声（雑誌より引用）): the bracket's own words are what it names.
    // (…or a label in brackets heading the passage: 【ある本より転載】, ［ネットから引用］.)
    const open = Math.max(named.lastIndexOf('（'), named.lastIndexOf('('), named.lastIndexOf('【'), named.lastIndexOf('［'), named.lastIndexOf('['), named.lastIndexOf('〔'))
    if (open >= 0 && !/[)）】］\]〕]/u.test(named.slice(open))) named = named.slice(open + 1).trim()
    if (named.length === 0 || NOT_SOURCE_BEFORE.test(named)) continue
    // Blind R71 (a colleague's note): により / によりまして is a cause or a means (大雨により、式典は短縮), not 〜より (from): no source.
    if (m[0] === 'より' && t[m.index - 1] === 'に') continue
    // Blind R69A-064: a note's sender and the instruction it carries (（課長より：新聞の記事からそのまま引用しといて）): who asked for the
    // quotation, not where its text is from.
    if (m[0] === 'より' && MEMO_AFTER.test(t.slice(m.index + 2, m.index + 48))) continue
    // …and what the memo names after its colon is what the quotation comes from (【部長より：雑誌の記事から転載しておいて】: 雑誌の記事).
    const memo = /より[:：]\s?/u.exec(named)
    const memoAt = memo ? t.lastIndexOf('より', m.index - 1) : -1
    if (memo && memoAt >= 0 && MEMO_AFTER.test(t.slice(memoAt + 2, memoAt + 50))) named = named.slice(memo.index + memo[0].length)
    // Blind R262J-043 kind: the topic said first in the same sentence (水道管の老朽化について、専門家の解説より抜粋します): what the source
    // phrase names is the part after the topic's comma, not the topic.
    const topic = TOPIC_LEAD.exec(named)
    if (topic !== null && topic[0].length < named.length) named = named.slice(topic[0].length).trim()
    if (VAGUE.test(named) || GENERIC_SOURCE.test(named) || NATION_ANNOUNCED.test(named) || UNNAMED_WORDS.test(named) || UNNAMED_BODY_DOC.test(named) || UNNAMED_SAYER_BEFORE.test(named) || speakerlessTalk(named, t) || otherPlaceHolder(named) || MEDIUM_KIND_ONLY.test(named)) continue
    return true
  }
  return false
}

/**
 * Blind R166I-090: the issue of the city's own newsletter in the post's heading (【広報やながわ 1月号 特集】): the post itself, not where a
 * quotation in it is from.
 */
const OWN_ISSUE_HEADING = /^[ \u3000]*【[^】\n]{0,16}?(?:広報|市報|町報|村報|だより|便り)[^】\n]{0,8}?月号(?![^】\n]{0,8}?(?:より|から|引用|抜粋|転載))[^】\n]{0,12}】/u

/*
 * Quotations whose source is only a kind, and beliefs set right (blind R388M/LK kinds). One block: the patterns and the functions that read them.
 *
 * Blind R388M-001 kind: a talk named only by the event it was given at (青少年健全育成大会の講演より抜粋, 研修会での講話から, 総会のあいさつより
 * 引用) and no speaker credited in the post: nobody can find or credit the words (`speakerlessTalk`, read by `hasSource`).
 */
const SPEAKERLESS_TALK = /^[^、。！？!?\s]{0,20}?(?:大会|会|式|講座|セミナー|研修|フォーラム|シンポジウム|集会|総会|教室|講習|学習会|研修会|講演会|イベント)(?:で|の|における|での|にての)(?:基調)?(?:ご)?(?:講演|講話|お話|話|スピーチ|あいさつ|挨拶|講義)(?:録|の内容|の一部)?$/u
/** A speaker credited anywhere in the post (（講師：九州大学 古賀一郎教授）, 講師の古賀先生は) names whose talk it was. */
const SPEAKER_CREDITED = /(?:講師|講演者|演者|登壇者|講話者)\s?(?:[:：]|は|の|を)|(?:先生|教授|博士|氏)(?=[）)」。、\s]|$|の|は|が|に)/u
function speakerlessTalk(named: string, text: string): boolean {
  return SPEAKERLESS_TALK.test(named) && !SPEAKER_CREDITED.test(text)
}
/*
 * Holders placed only by being another place's, and messages quoted as going round (blind R390P/R391Q, LM kinds). One block: the patterns and
 * the functions that read them.
 *
 * Blind R390P-054 kind: a source phrase whose holder is only another town's (他市の交通安全マニュアルより抜粋, よその町の広報誌から引用, 隣町の
 * 防災ガイドより, 他県の自治体のパンフレットから転載): which city is left out, so no reader can find the text (`otherPlaceHolder`, read by
 * `hasSource`). A place named after the pointer (隣の大川市のマニュアルより, 近隣の大川市の広報から) is a source as before.
 */
const OTHER_PLACE_LEAD =
  /^(?:[^、。\s]{0,10}?[、,]\s?)?(?:(?:他|よそ|ほか|別|隣|となり|お隣|近隣|近く|県外|遠く)の?(?:市|町|村|市町|市町村|町村|自治体|まち|県|地域|地方|区)|他市|他県|他町|他村|他自治体|隣町|隣市|隣村|近隣市町村?|近隣自治体)(?:さん)?の/u
export const PLACE_NAMED = /[一-龠々ァ-ヶー]{2,8}(?:市|町|村|県)(?:の|役所|役場|が|は|さん)/u
function otherPlaceHolder(named: string): boolean {
  const m = OTHER_PLACE_LEAD.exec(named)
  return m !== null && !PLACE_NAMED.test(named.slice(m[0].length))
}
const LAW_FRAME_BEFORE = /(?:法律|法令|(?<![方手用技工製療寸作文話論戦魔説算筆農漁])法)(?:で|では|により|によって|上|において)[、,]?[^。！？!?\n「『」』]{0,12}$/u
const LAW_DUTY_AFTER = /^[」』]?[^。！？!?\n「『]{0,24}?(?:定め|規定|義務|求められ|とされ|課せられ)/u
/**
 * Blind MP-038 kind: the citation in brackets after the sentence's verb may name the law's part and its number too (…から始まります（スポーツ
 * 基本法 前文／平成23年法律第78号）, （こども基本法 第1条）): the law, where in it and which law it is name the provision.
 */
const LAW_PART = `(?:[\\s\u3000]?(?:第${NUM}条(?:第${NUM}項)?|前文|附則))?(?:[\\s\u3000／/・、,]{1,2}(?:(?:令和|平成|昭和)(?:${NUM}|元)年)?(?:法律|政令|条例)第${NUM}号)?`
const LAW_CITED_AFTER = new RegExp(`^[」』]?[^。！？!?\\n「『（(]{0,40}?[（(]\\s?[一-龠々ぁ-ゖァ-ヶー・]{2,40}?(?:法律|(?<![方手用技工製療寸作文話論戦魔説算筆農漁])法)${LAW_PART}\\s?[）)]`, 'u')
export function lawCitedAfter(bf: string, af: string): boolean {
  return LAW_CITED_AFTER.test(af) && (LAW_FRAME_BEFORE.test(bf) || LAW_DUTY_AFTER.test(af))
}
