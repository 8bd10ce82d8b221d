/**
 * A speaker or author named next to a quotation (4(4)): who said or wrote the words, in the sentence before, around or after them
 * (`namesSomeone`: a named person, officer, organisation, publication, a title then a name, a work with its poet, a body that says
 * what follows, a shared post's account), the paragraph before ending by telling whose words follow (tailNames), an attribution line
 * or tag after the words (attributes, attributionHead: ——柳川市長 金子健次, （北原白秋「からたちの花」）, （気象庁 7月18日発表）), a
 * named subject or sayer (namedSubject, namedSayer), an owner with の (ownerBefore), a law that lays the words down (lawSays) and a
 * full name that says them (fullNameSays). Stays unnamed (the quotation keeps needing a source): a kind of person or trade with さん
 * (船頭さん, 獣医さん, 旅行クリエイターさん), a vague someone (ある作家), an authority (専門家の先生), a body or facility placed only as
 * another town's (unnamedPlaceKind, unnamedPlaceDuty, unnamedBodyRole) and an attribution naming a kind or a medium (——先人の言葉).
 * Part of the quotation family (index.ts reads the quotations and reports them).
 */
import { GENERIC_PERSON, HEARSAY_TAIL, letters, NUM, UNNAMED_AUTHORITY, UNNAMED_PLACE_BEFORE_ROLE, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import {
  AUTHORED,
  BODY_REPORT,
  BODY_STATEMENT,
  FIELD_OF_PERSON,
  NAMED_PERIODICAL,
  namedDocument,
  ORG_SPEAKER,
  PLACE_NAMED,
  titledDocument,
  VAGUE_HOLDER,
} from './sources'

/**
 * Blind R61A-129: a saying given as the words of someone left vague, right before it (市長は、ある経営者の言葉として「…」と紹介し, 教育長は
 * ある有名な作家の言葉を引いて「…」, 昔の偉人の言葉として『…』, とある哲学者の名言を借りて「…」): its author is not named, and the named
 * one who introduces it (市長, 教育長, 校長先生) is not its author. Only an attribution after the quotation（（P.F.ドラッカー））names one.
 * A name inside the frame (有名な作家である北原白秋先生の言葉として) is a source (read by namesSomeone).
 */
export const VAGUE_AUTHOR_BEFORE =
  /(?:(?:(?<![ぁ-ゖ])|(?<=[がはも]))(?:ある|とある|某)|昔の|いにしえの|古の|どこかの|海外の|外国の|有名な|著名な)[^「『」』。！？!?\n]{0,12}?(?:人|方|者|家|偉人|先人|賢人|哲人|作家|詩人|歌人|俳人|学者|先生|教授|社長|会長|選手|監督|指導者|リーダー|(?<!日)本|書籍|書物|詩集|小説|雑誌|随筆|エッセイ|文献|絵本)(?:さん)?(?:が|の)(?:残した|遺した|語った|言った|述べた|書いた)?(?:言葉|名言|格言|金言|至言|一節|ひと言|一言)(?:として|を(?:引(?:いて|き|用して|用し)|借りて|借り|紹介して|紹介し|挙げて|挙げ)|を(?:ご)?(?:紹介|引用|披露)(?:し|いたし|され)(?:ました|ます|ています|ていました)|に|で|は|から|です|でした)?[、,。：:\s]{0,2}|(?:(?<![ぁ-ゖ])|(?<=[がはも]))(?:ある|とある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度)[^「『」』。、,！？!?\n]{0,12}?(?:人|方|者|家|先生|教授|医師|お医者さん|作家|詩人|学者|専門家|先輩|社長|選手|監督|船頭)(?:さん|さま|様)?(?:が|は|も)[、,]?(?:よく|いつも|以前|昔)?[、,]?(?:こう|次のように|こんなことを|こげんこと)?(?:おっしゃって|仰って|言って|いって|言いよっ|言いよ|話して|話されて|語って|書いて|書かれて|述べて)(?:い|お(?:られ)?)?(?:ました|ます|た|る|と|ったと)?(?:です|とです)?(?:ね|よ|ばい|けん)?[。：:！!]?\s{0,2}$|(?:昔の人|昔ん人|むかしの人|先人|古人|昔の偉い人|いにしえの人)(?:たち|達)?(?:が|は|も)[、,]?[^「『」』。！？!?\n]{0,10}?(?:言|いっ|いう|おっしゃ|仰|話|語|書|説|教え)[^「『」』。！？!?\n]{0,10}[。：:！!]?\s{0,2}$/u
/**
 * Blind R65A-010: the paragraph before the quotation ends by telling whose words follow, and they are someone left vague (新規採用職員の
 * 辞令交付式で、市長がある経営者の言葉を紹介しました。 ⏎⏎ 「…」): the named one who introduces them (市長) is not their author, so that
 * last sentence names no one for the quotation in the next paragraph.
 */
export function tailNames(tail: string): boolean {
  if (!namesSomeone(tail)) return false
  // Blind R268D-041 kind: the words told as given to a medium left unnamed (…選手が、あるインタビューで次のように語っていました。⏎⏎「…」,
  // 某誌の対談で, とある記事で): as in the quotation's own paragraph (R103A-015, vagueMedium), whoever spoke, the medium that carried the
  // words names no source for the quotation in the next paragraph.
  if (VAGUE_MEDIUM_LEAD.test(tail)) return false
  const vague = VAGUE_AUTHOR_BEFORE.exec(tail.trimEnd())
  return vague === null || namesSomeone(vague[0])
}
/** A named speaker or author next to a quotation. */
const NAMED_PERSON = /([一-龠々]{1,4}[ 　][一-龠々]{1,4}|[一-龠々]{2,4}[ぁ-ゖ]{0,3}|(?<![一-龠々ぁ-ねは-ゖ0-9０-９])(?![母父兄姉奥嫁婿娘息坊爺婆皆客孫様屋歳才])[一-龠々](?=[ 　]?(?:さん|氏|先生))|[ァ-ヶー]{2,10}|[A-Z][A-Za-z]{1,15})(?:[ 　]?(?:さん|氏|様(?![式子々相態])|さま|先生|選手|監督|教授|画伯)|[ 　](?:消防士長|消防司令補?|消防士|救急救命士|主任|主査|主事|係長|課長補佐|課長|部長|所長|館長|園長|校長|教頭|署長|隊長|会長|理事長|代表|社長|店長|院長|医師|看護師|保健師|栄養士|議員|主幹|技師))/gu
/**
 * A full name, family and given name set apart, with the title it holds in its organisation (同行の岸川 隆一 取締役頭取は, 柳川郵便局の
 * 松尾 和也 局長は, JAの田中 一郎 代表理事組合長は): how a press release names the partner who speaks at a signing. One word before a
 * title (各地区 自治会長) is no name.
 */
const NAMED_OFFICER = /(?<![一-龠々])[一-龠々]{1,3}[ 　][一-龠々]{1,3}[ 　][一-龠々]{0,8}?(?:長|頭取|取締役|理事|監事|役員|専務|常務|顧問|参与|宮司|住職)(?![一-龠々])/u
/**
 * Blind R406F-039 kind: a person called by their condition or stage of life with さん (妊婦さん, 患者さん, 高齢者さん, 受験生さん, ママさん,
 * プレママさん): one of many the post speaks to (妊婦さんのまわりの方も…ご検討ください), no one named as the author of a passage next to it.
 */
const PERSON_BY_CONDITION = /(?:妊婦|妊産婦|産婦|患者|病人|高齢者|年配者|障害者|被災者|避難者|受験生|新入生|新成人|新社会人|喫煙者|受診者|通院者|入院者|乳児|幼児|新生児|未成年者?|求職者|単身者|介護者|要介護者|子育て世帯|ひとり親|独り親|パパ|ママ|プレパパ|プレママ|ベビー|シニア|キッズ|ビギナー)$/u
/**
 * Blind R75A-099: さん that opens a word written in kana, not an honorific after a name (掘割をおさんぽ, 朝の公園でさんぽ道, 折り紙の
 * さんかく, 算数をさんすうと): 散歩, 三角, 算数, 珊瑚, 賛成, 酸性 go on after it; a particle or a stop after さん (古賀さんは, 古賀さん。) does not.
 */
const SAN_WORD = /^(?:ぽ|ぷ|ご(?!と|ざ)|せい|かく|すう|ざん|みゃく|しょう(?!が))/u
const ROLE =
  /(?:市長|副市長|知事|大臣|首相|総理|議長|教育長|館長|園長|校長|学長|院長|理事長|会長|社長|頭取|組合長|団長|宮司|住職|観光大使)(?:は|が|も|から|より|の?(?:言葉|あいさつ|挨拶|発言|談話|コメント|メッセージ|式辞))/u
/**
 * Right after a quotation: （北原白秋）, （北原白秋「からたちの花」）, （北原白秋「からたちの花」1924年; blind R65A-062）, ――北原白秋『思ひ出』.
 * Blind HH-024: a public body's notice cited with its month or day (（南筑後保健福祉環境事務所「食中毒予防のお知らせ」令和7年6月）,
 * （柳川保健所「熱中症予防について」2025年7月1日発行）): the issuer, the title and when name the source as a year alone does.
 * Blind R294I-053 kind: 〜より after the year too (（北原白秋「からたちの花」1924年より）, （野口雨情「あの町この町」大正13年作より）): the work's
 * date and より close the credit as より right after the title does.
 */
const ATTRIBUTION_AFTER = /^\s?(?:[（(]\s?(?:[一-龠々ァ-ヶー・\s0-9０-９]{2,14}|(?:[一-龠々ァ-ヶー・]{2,20}|[一-龠々ァ-ヶー]{1,6}[ぁ-ゖゝゞ]{1,4}(?<![はをにでがもへとや]))\s?[「『][^」』\n]{1,30}[」』](?:より|から)?(?:[、,・\s]\s?)?(?:(?:(?:明治|大正|昭和|平成|令和)(?:[0-9]{1,2}|元)|[0-9]{4})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:刊|作|発表|初出|刊行|発行|公表|付)?(?:より|から)?)?|[A-Z][A-Za-z0-9.,'’\s『』「」-]{2,40})[）)]|[-—―‐]{1,3}\s?(?:[一-龠々ァ-ヶー]{2,8}(?:・[ァ-ヶー]{1,10}){0,2}(?=\s|$|[『「（(、。,]|の(?:言葉|名言|格言|一節|詩|句))|[A-Z][a-z.'’]{1,15}(?: [A-Z][A-Za-z.'’-]{1,15}){1,3}(?=\s|$|[『「（(、。,]))|[A-Z][a-z.'’]{1,15}(?: (?:[A-Z][A-Za-z.'’-]{1,15}|da|de|di|van|von|le|la|du)){1,3}\s*$)/u
/**
 * Round 45: a resident's words tagged with who they are, by where from and age (（東京都から移住・30代女性）, （市内在住・70代）,
 * （40歳・会社員）): the speaker described, as a city presents its residents' voices; a tag with no age names no one.
 */
export const VOICE_TAG_AFTER = /^\s?[（(][^()（）\n「」『』]{0,16}?(?:[0-9０-９]{1,3}|[二三四五六七八九]十)(?:代|歳|才)(?:前半|後半|半ば)?(?:[・、\s]?(?:男性|女性|男子|女子|の方|ご夫婦|夫婦|主婦|会社員|学生|高校生|大学生|農家))?[）)]/u
const NOT_A_NAME = /(?<![A-Za-z])(?:[Ee]xcerpt|[Aa]bridged|[Tt]ranslat|[Aa]nonymous|[Uu]nknown|[Tt]ranslation|[Ee]nglish|[Jj]apanese|[Ii]mage|[Pp]hoto)|抜粋|一部|原文|要約|略|注|笑|訳|意訳|原文ママ|以下同じ|写真|イメージ|仮称|予定|抽選|先着|無料|有料|必着|順不同|不詳|不明|匿名|未詳/u

/**
 * An attribution that names no one: a kind of person or a medium alone (——先人の言葉, ——ネットの名言, （ある作家）, ——詠み人知らず);
 * a kind before a name (——作家 北原白秋) names them.
 */
const VAGUE_ATTRIBUTION =
  /^[\s（(\-—―‐]{0,4}(?:(?:先人|昔の人|古人|ネット|インターネット|SNS|ウェブ|作者|著者|専門家|有識者|偉人|著名人|有名人|作家|詩人|歌人|俳人|文豪|哲学者|思想家|経営者|先輩|知人|友人)(?:の(?:言葉|名言|格言|一節|詩|句|歌))?[\s）)。]{0,4}$|ある|とある|某|ネット|インターネット|詠み人知らず|よみ人しらず|読み人知らず)/u
/**
 * Blind KN-017 kind (misc63): an announcement quoted with its issuers and when they issued it in brackets after it (「…」（環境省・気象庁、7月18日
 * 5時発表）, （気象庁 7月18日11時00分発表）, （福岡管区気象台、令和6年7月18日発表）, （7月18日5時 環境省・気象庁発表）): a public body and the issue
 * time name the notice a reader can look up. One or more bodies (a ministry, an agency, a prefecture, a meteorological observatory) and a day;
 * a bracket with a date alone (（7月18日）) or a vague body (（ある自治体、…）) names none.
 */
// Blind KQ-040 kind (fix-DM): …the issuing department of the body named after it (（福岡県保健医療介護部 1月9日発表）, （柳川市健康づくり課、…）).
const ISSUER = '(?:[一-龠々ァ-ヶー]{1,12}(?:省|庁|気象台|府|県|市|町|村|局|署|本部|センター|機構|委員会)(?:[一-龠々ァ-ヶー]{1,10}(?:部|課|室|局|センター))?|政府)'
const ISSUE_TIME = `(?:(?:(?:令和|平成)(?:${NUM}|元)|[0-9]{4})年)?(?:${NUM}月)?${NUM}日(?:\\s?[（(][月火水木金土日][)）])?\\s?(?:(?:午前|午後)?${NUM}時(?:${NUM}分|半)?|[0-9]{1,2}[:：][0-9]{2})?`
const ISSUED_AFTER = new RegExp(
  `^\\s?[（(]\\s?(?:${ISSUER}(?:\\s?[・、,／/]\\s?${ISSUER}){0,3}[、,\\s]\\s?${ISSUE_TIME}\\s?(?:現在|時点)?\\s?(?:の)?(?:発表|発令|発出|公表|更新|発信|付|より)?|${ISSUE_TIME}(?:現在|時点)?[、,\\s]\\s?${ISSUER}(?:\\s?[・、,／/]\\s?${ISSUER}){0,3}\\s?(?:の)?(?:発表|発令|発出|公表|更新|発信|より))\\s?[）)]`,
  'u',
)
/** Right after a quotation, an attribution that names its speaker or author (「…」⏎——柳川市長 金子健次, 「…」（北原白秋）). */
export function attributes(text: string): boolean {
  if (ISSUED_AFTER.test(text) && !/(?:ある|とある|某|どこかの|他の|よその)/u.test(/^[^）)]*/u.exec(text)![0])) return true
  const attr = ATTRIBUTION_AFTER.exec(text)
  if (attr === null || NOT_A_NAME.test(attr[0])) return false
  const line = text.replace(/^\s+/u, '')
  const nl = line.indexOf('\n')
  return !VAGUE_ATTRIBUTION.test(nl < 0 ? line : line.slice(0, nl))
}
/**
 * A paragraph that opens with an attribution line of its own, right after a paragraph that ends with a quotation (「…」⏎⏎——柳川市長
 * 金子健次, ⏎⏎（柳川市長 金子 健次）): the line names who said it, as it does on the next line. Only a short line that is a dash or a
 * bracket and a name (not a date in brackets, not a sentence).
 */
export function attributionHead(head: string): boolean {
  const line = head.trim()
  if (!/^(?:[-—―‐]{1,3}|[（(])/u.test(line) || letters(line) > 30 || /^[（(][^）)]*[0-9０-９]/u.test(line)) return false
  return attributes(line)
}

/** A named newspaper or broadcaster: 有明日報は, 〇〇テレビの番組で. */
const PUBLICATION = /([一-龠々ァ-ヶーA-Za-z]{2,10}?)(?:新聞|日報|新報|タイムス|通信|放送|テレビ|ラジオ|ジャーナル)(?:社|局)?(?:は|が|の|に|で|によると|より|から)/gu
const GENERIC_PUBLICATION = /(?:今朝|今日|昨日|先日|先週|先月|最近|以前|今夜|昨夜|週末|毎朝|毎日|地元|全国|地方|各|某|ネット|スポーツ|朝|夕|英字|業界|地域|ローカル|民間|大手|ある|見た|観た|聞いた)$/u
/** A subject of three or more kanji before a quotation that is said or written (北原白秋は随筆の中で「…」と書いています). */
const SUBJECT = /([一-龠々]{3,6}|[ァ-ヶー]{2,10}・[ァ-ヶー・]{2,12}|[A-Z][a-z]{1,15}(?: [A-Z][A-Za-z.]{1,15}){1,2} ?)は/gu
const GENERIC_SUBJECT = /(?:専門家|研究者|有識者|関係者|経営者|観光客|参加者|担当者|利用者|来場者|生産者|旅行者|地元紙|知人|友人|作家|詩人|歌人|文豪|先人|昔の人)$/u
// Blind TV-118: what a named body issued, with its words as the reason (気象庁は「…」として、大雨特別警報を発表しました, 県は「…」として注意を
// 呼びかけています): the body is the sentence's subject and names the source.
/*
 * Blind KA-038 kind: the quotative with what was said as its object (と抱負を述べました, と決意を語りました, と意気込みを話し, と感謝の言葉を
 * 述べ, と今後の方針を示しました): a verb of speech all the same (SPEECH_ACT_AFTER). Bounded: 10 characters of the object's modifier.
 */
const SPEECH_OBJECT = '(?:抱負|決意|意気込み|思い|想い|喜び|感想|感謝|お礼|謝意|考え|方針|見解|所信|意欲|期待|願い|目標|気持ち|心境|言葉|お言葉|ひと言|一言|あいさつ|挨拶|謝辞|祝辞|答辞|メッセージ|コメント|決意表明|意義|必要性|重要性)'
export const SPEECH_ACT_AFTER = new RegExp(`^\\s?と[、,]?(?:[^。！？!?\\n「」『』]{0,10}?の)?${SPEECH_OBJECT}(?:を|も)[、,]?(?:力強く|笑顔で|熱く|改めて|静かに|丁寧に|率直に|はっきりと?)?(?:述べ|語|話|示|表明|強調|伝え|披露|口に|明か|表し)`, 'u')
const SAID_VERB = /^\s?(?:と|って)(?:書|記|述|語|話|詠|歌|言|綴|つづ|報じ|伝え|説|示|表現|応じ|答え|あいさつ|挨拶|締めくく|呼びかけ|呼び掛け|発表|公表|注意喚起|警告|要請|勧め|推奨)|^\s?と(?:し|され)て(?:いる|います|いた|いました|おり)|^\s?として[、,]?[^。！？!?\n「」『』]{0,30}?(?:発表|発令|発出|公表|呼びかけ|呼び掛け|注意喚起|警告|要請|勧告)/u
export const SAID = { test: (s: string): boolean => SAID_VERB.test(s) || SPEECH_ACT_AFTER.test(s) }
/** Said aloud, not written (と述べ, と語り, と話し, と抱負を述べ): a speaker carried over from the sentences before said it (carriedSpeaker). */
export const SPOKEN_SAID = /^\s?(?:と|って)[、,]?(?:述べ|語(?!られ)|話|言(?!われ)|おっしゃ|あいさつ|挨拶|答え|応じ|締めくく|呼びかけ|呼び掛け|強調|訴え|力を込め|意気込)/u

/** The public occasion words were said at, right before them (本会議における, 記者会見での, 一般質問で). */
export const OCCASION_BEFORE = /(?:本会議|委員会|定例会|臨時会|全員協議会|記者会見|定例会見|会見|一般質問|代表質問|答弁|公開討論会)(?:に)?(?:おける|での|で(?:の)?)\s?$/u
/** Whose words are borrowed (北原白秋の言葉を借りると, 山田さんの言葉で言えば). */
const BORROWED = /([一-龠々ァ-ヶー・]{2,10})(?:さん|氏|先生|様)?の言葉(?:を借り|で言え)/u

/**
 * Blind R71 (a colleague's note): a speaker written title first, then their full name parted by spaces or の (教育長 大坪 和雄は「…」と
 * 述べた, 市長 金子 健次が, 校長の中村 誠は): the name is given, as in name-then-title (大坪 和雄 教育長は, NAMED_OFFICER). Only with the
 * surname and the given name set apart (a space) or after a space or の: 教育長は alone is ROLE's, and a plain run of kanji is SUBJECT's.
 */
const TITLE_THEN_NAME =
  /(?<![一-龠々])[一-龠々]{0,6}?(?:長|頭取|取締役|理事|監事|専務|常務|顧問|参与|宮司|住職|会頭|議員|知事|大臣)(?:[ 　]|の)[一-龠々]{1,3}[ 　][一-龠々]{1,3}(?:氏|さん)?(?:は|が|も|から)/u

/**
 * Blind R65A-062: the poet or writer named with the kind of work whose passage the post presents (北原白秋の詩の一節をご紹介します, 与謝野晶子の
 * 短歌を一首ご紹介, 松尾芭蕉の俳句から引用します, 山田先生の随筆の一部を朗読): the next quotation is that work's, its author named. The
 * name is three or more kanji, or one with an honorific; not a kind of person, a group or an event (入賞者の作品, 小学生の詩, 白秋祭の歌).
 */
const WORK_INTRODUCED =
  /(?<![一-龠々ァ-ヶー])([一-龠々]{3,6}|[一-龠々ァ-ヶー]{1,6}(?:さん|氏|先生))の(?:詩|童謡|歌詞|短歌|俳句|和歌|随筆|小説|エッセイ|著書|作品|句|歌|文章)(?:の(?:一節|一部|冒頭|一句|一首))?(?:を|から|より)[^。！？!?\n「『]{0,4}?(?:ご紹介|紹介|お届け|引用|抜粋|朗読)/u
const NOT_AN_AUTHOR = /(?:生|者|員|民|家|人|会|校|課|館|式|祭|展|月|年|度|節|期|日|町|市|県|村|区|地|所|園|団|部|店|社)$/u
/**
 * Blind UG-110 kind: the author told as the one who wrote the work (北原白秋が作詞した童謡「この道」, 与謝野晶子が詠んだ短歌, 山田耕筰が
 * 作曲した歌): a named poet or composer, as 北原白秋作詞 is. Not a kind of person or a group (小学生が作詞した歌, 地元の人が詠んだ句), nor
 * someone left vague (ある詩人が書いた詩).
 */
const AUTHOR_COMPOSED =
  /(?<![一-龠々ァ-ヶー])([一-龠々]{3,6}|[一-龠々ァ-ヶー]{1,6}(?:さん|氏|先生))(?:が|の)(?:作詞|作曲|作詞・作曲|作詞作曲)(?:し|され)た|(?<![一-龠々ァ-ヶー])([一-龠々]{3,6}|[一-龠々ァ-ヶー]{1,6}(?:さん|氏|先生))(?:が|の)(?:書い|書かれ|詠ん|詠まれ|残し|綴っ)た(?:詩|童謡|唱歌|歌詞|短歌|俳句|和歌|句|随筆|小説|作品)/u
function authorComposed(s: string): boolean {
  const m = AUTHOR_COMPOSED.exec(s)
  if (!m) return false
  const name = (m[1] ?? m[2]!).replace(/(?:さん|氏|先生)$/u, '')
  return !NOT_AN_AUTHOR.test(name) && !GENERIC_SUBJECT.test(name) && !GENERIC_PERSON.test(name) && !UNNAMED_AUTHORITY.test(name) && !VAGUE.test(s.slice(Math.max(0, m.index - 4), m.index + 1))
}
function workIntroduced(s: string): boolean {
  const m = WORK_INTRODUCED.exec(s)
  if (!m) return false
  const name = m[1]!.replace(/(?:さん|氏|先生)$/u, '')
  return !NOT_AN_AUTHOR.test(name) && !GENERIC_SUBJECT.test(name) && !GENERIC_PERSON.test(name) && !UNNAMED_AUTHORITY.test(name) && !VAGUE.test(s.slice(Math.max(0, m.index - 4), m.index + 1))
}

/**
 * Blind HH-024: a public body named as the one who says what follows (南筑後保健福祉環境事務所は、注意喚起として次のように呼びかけている,
 * 柳川保健所が以下のように注意を呼びかけています, 福岡県警は次のように発表しました): the body's own words come next, as AUTHOR_WROTE's
 * writer's do. A vague body (ある保健所は, 某県は, 他の自治体は) names none.
 */
const BODY_SAYS_FOLLOWING =
  /(?<![一-龠々ァ-ヶー])[一-龠々ァ-ヶー]{1,20}(?:事務所|保健所|気象台|気象庁|庁|省|局|署|県警|警察|消防本部|県|府|都|市|町|村|センター|協会|機構|委員会|対策本部|研究所)(?:は|が|も)[、,]?[^。！？!?\n「『」』]{0,20}?(?:次のように|以下のように|下記のように|このように|こう)[、,]?(?:注意を)?(?:呼びかけ|呼び掛け|注意喚起|発表|公表|説明|述べ|示し|求め|要請|案内|周知)/u
function bodySaysFollowing(s: string): boolean {
  const m = BODY_SAYS_FOLLOWING.exec(s)
  return m !== null && !/(?:ある|とある|某|どこかの|他の|よその|別の|ほかの)[^、。！？!?\n]{0,4}$/u.test(s.slice(Math.max(0, m.index - 8), m.index))
}

const VAGUE_BEFORE_ROLE = /(?:^|[^ぁ-ゖ])(?:ある|とある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度)[^、。！？!?\s「」『』]{0,10}$/u
const ROLE_NOUN_END = /(?:長|員|者|主|師|士|手|家|役|係|将|女将|職|匠|人|方|番|頭)$/u
/**
 * Blind R284E-043 kind (qlink16): a role in a body named only by its kind or by how it stands to the post (協賛企業の社長さん, 取引先の
 * 部長さん, 出店者のお店の店主さん, 地元の会社の会長, 知り合いの旅館の女将さん): no company or shop a reader could find, so the words set
 * out as theirs (…が自社サイトに書かれていた文章をそのままご紹介します。「…」) have no source, as ある企業の社長さん has none. A body with
 * its own name before the kind (株式会社柳川うなぎの社長さん, 柳川高校の監督) is named; the kind word must begin its word.
 */
const UNNAMED_BODY_BEFORE_ROLE =
  /(?:^|[^一-龠々ァ-ヶーA-Za-z0-9])(?:(?:協賛|出店|出展|参加|地元|市内|県内|町内|近所|近く|関係|提携|取引|取引先|知り合い|知人|友人|友だち|友達)の?)?(?:企業|会社|事業者|事業所|お店|店舗|旅館|ホテル|メーカー|スポンサー|協賛社|取引先|業者)の$/u
/** …where the words were read, not heard in person: written on a site, a blog or a post (a speech at the city's event stays the staff's report). */
const READ_ON_PAGE = /サイト|ホームページ|HP|ブログ|SNS|インスタ|Instagram|Facebook|フェイスブック|ツイート|投稿|書かれ|書い|綴|つづ|載って|掲載/u
function unnamedBodyRole(s: string, at: number): boolean {
  return READ_ON_PAGE.test(s) && UNNAMED_BODY_BEFORE_ROLE.test(s.slice(Math.max(0, at - 16), at))
}
/**
 * Blind R255Q-021 kind: a quote post that opens by naming the partner whose post it shares (柳川市観光協会の投稿をご紹介します, 福岡県警の公式
 * アカウントの投稿をシェアします, 〇〇大学の投稿より): the body named is the shared text's source, as a person named with さん is. Not a body
 * left vague or placed only by being another (ある観光協会の投稿, 他市の投稿, よその自治体の投稿).
 */
const BODY_POST_SHARED =
  /(?<![一-龠々ァ-ヶー])(?<!ある|とある|某|どこかの|他の|よその|別の|ほかの|近隣の)(?!他|某|各|別|隣|近隣|よそ)[一-龠々ァ-ヶー]{1,16}(?:気象台|気象庁|庁|省|局|署|県警|県|府|都|市|町|村|市役所|役場|研究所|大学|高校|学校|協会|連盟|組合|商工会|会議所|機構|センター|委員会|協議会|本部|事務所|美術館|博物館|資料館|図書館|公民館)の(?:公式)?(?:アカウント|SNS|Facebook|フェイスブック|Instagram|インスタ|X|ページ)?(?:の|で)?(?:投稿|ポスト|ツイート)(?:を|から|より)[、,]?[^。！？!?\n「『]{0,6}?(?:ご紹介|紹介|シェア|共有|引用|お届け|転載)/u
/**
 * Blind KJ-018 kind (unof61): a shared post whose account is named by the account's own name, whatever its last word (【福岡県防災 公式アカウント
 * の投稿を引用します】, 柳川観光ナビ公式Xのポストをシェアします, 福岡県防災（@bousai_fukuoka）の投稿を引用します, @yanagawa_kanko さんの投稿をご
 * 紹介します): the name is marked as an account's by 公式アカウント, 公式X or its handle, so it is the shared text's source as a body named is.
 * Not a kind of account (ある自治体の公式アカウント, 他市の公式アカウント, 自治体の公式アカウント, お店の公式アカウント) nor a handle left out.
 */
const ACCOUNT_NAME = '(?<![一-龠々ァ-ヶーA-Za-z0-9])(?<!ある|とある|某|どこかの|他の|よその|別の|ほかの|近隣の|各)(?!(?:他|某|各|別|隣|近隣|よそ|一般|民間|外部|海外)[一-龠々ァ-ヶー]{0,3}[ 　]?の?公式)(?!(?:自治体|市町村|団体|企業|会社|お店|店|個人|行政|役所|省庁|公的機関|機関|事業者|メディア|報道機関|人気|話題|地元|県内|市内|町内|全国|各地|地域|大手|有名|同じ|公式)[ 　]?の?公式)[一-龠々ァ-ヶーA-Za-z0-9・]{2,16}'
const ACCOUNT_POST_SHARED = new RegExp(
  `${ACCOUNT_NAME}[ 　]?の?[ 　]?公式(?:アカウント|X|Ｘ|SNS|Facebook|フェイスブック|Instagram|インスタ(?:グラム)?|ページ|LINE)(?:[ 　]?[（(][@＠][A-Za-z0-9_]{1,30}[）)])?[ 　]?(?:の|で|が)?[ 　]?(?:投稿|ポスト|ツイート|発信|お知らせ|情報)(?:を|から|より)[、,]?[^。！？!?\n「『]{0,6}?(?:ご紹介|紹介|シェア|共有|引用|お届け|転載|お伝え)` +
    `|${ACCOUNT_NAME}[ 　]?[（(][@＠][A-Za-z0-9_]{1,30}[）)][ 　]?(?:さん|様|さま)?(?:の|で|が)?[ 　]?(?:投稿|ポスト|ツイート|発信|お知らせ)(?:を|から|より)[、,]?[^。！？!?\n「『]{0,6}?(?:ご紹介|紹介|シェア|共有|引用|お届け|転載|お伝え)` +
    `|(?<![A-Za-z0-9_])[@＠][A-Za-z0-9_]{2,30}[ 　]?(?:さん|様|さま)?(?:の|で|が)[ 　]?(?:投稿|ポスト|ツイート|発信|お知らせ)(?:を|から|より)[、,]?[^。！？!?\n「『]{0,6}?(?:ご紹介|紹介|シェア|共有|引用|お届け|転載|お伝え)`,
  'u',
)
export function namesSomeone(s: string): boolean {
  if (ORG_SPEAKER.test(s) || workIntroduced(s) || authorComposed(s) || bodySaysFollowing(s) || BODY_POST_SHARED.test(s) || ACCOUNT_POST_SHARED.test(s)) return true
  // 北原白秋の言葉を借りると: whose words are borrowed, unless a kind of person (先輩, 専門家).
  const borrowed = BORROWED.exec(s)
  if (borrowed && !GENERIC_PERSON.test(borrowed[1]!) && !UNNAMED_AUTHORITY.test(borrowed[1]!) && !VAGUE.test(s.slice(Math.max(0, borrowed.index - 4), borrowed.index + 1))) return true
  const role = ROLE.exec(s)
  // ある大臣が, 某市長: a role without its holder named is no source.
  // ある有名な音楽家は: the vague word may stand a few words before the role.
  // Blind R126A-036: a body placed only by where it lies, right before the role (近隣の市長が, 隣町の町長は, 県内のある市長, 他の自治体の
  // 首長が, よその市の市長): another city's head whose city is not named (隣の大川市の市長 names it).
  if (role && !/(?:^|[^ぁ-ゖ]|かつて|むかし)(?:ある|とある|某|どこかの|さる)[^、。！？!?\s「」]{0,6}$/u.test(s.slice(Math.max(0, role.index - 10), role.index)) && !UNNAMED_PLACE_BEFORE_ROLE.test(s.slice(Math.max(0, role.index - 12), role.index)) && !unnamedBodyRole(s, role.index)) return true
  if (namedDocument(s) || BODY_REPORT.test(s) || AUTHORED.test(s) || BODY_STATEMENT.test(s) || NAMED_PERIODICAL.test(s) || titledDocument(s)) return true
  const officer = NAMED_OFFICER.exec(s)
  if (officer && !VAGUE.test(s.slice(Math.max(0, officer.index - 4), officer.index + 1))) return true
  // Blind R71 (a colleague's note): the title first, then the full name (教育長 大坪 和雄は, 市長 金子健次が, 校長の中村 誠は).
  const titled = TITLE_THEN_NAME.exec(s)
  if (titled && !/(?:^|[^ぁ-ゖ]|かつて|むかし)(?:ある|とある|某|どこかの|さる)[^、。！？!?\s「」]{0,6}$/u.test(s.slice(Math.max(0, titled.index - 10), titled.index))) return true
  PUBLICATION.lastIndex = 0
  for (let m = PUBLICATION.exec(s); m; m = PUBLICATION.exec(s)) if (!GENERIC_PUBLICATION.test(m[1]!) && !VAGUE.test(s.slice(Math.max(0, m.index - 4), m.index + 3))) return true
  NAMED_PERSON.lastIndex = 0
  for (let m = NAMED_PERSON.exec(s); m; m = NAMED_PERSON.exec(s)) {
    // 専門家の先生, ある大学の先生, 地元の詳しい方: an authority without a name is no source; たくさん is no さん.
    if (GENERIC_PERSON.test(m[1]!) || UNNAMED_AUTHORITY.test(m[1]!) || FIELD_OF_PERSON.test(m[1]!) || /(?:たくさん|沢山|みなさん|おじさん|おばさん|にいさん|ねえさん)$/u.test(m[0])) continue
    if (PERSON_BY_CONDITION.test(m[1]!)) continue
    // Blind R429E-057 kind: a clause ending in a verb before 先生 or さん (着任された先生方へ, 退職される先生, 応募した方さん, 異動して
    // こられた先生) tells who the words go to, not who said them: a kanji verb stem with its kana ending is no name.
    if (VERB_BEFORE_TITLE.test(m[1]!)) continue
    // Blind R75A-099: さん opening a word in kana (掘割をおさんぽ, 公園でさんぽ, さんかく, さんすう) is no honorific.
    if (m[0].endsWith('さん') && SAN_WORD.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue
    // Blind R388M-010 kind: a facility by its kind with さん, placed only as another town's (よその町の児童館さん).
    if (unnamedPlaceKind(s, m.index, m[1]!)) continue
    if (VAGUE.test(s.slice(Math.max(0, m.index - 4), m.index + 1))) continue
    // ある有名な小児科の先生: a kind of person (a department, a trade) after a vague word is no one named.
    if (/(?:^|[^ぁ-ゖ])(?:ある|とある|某)[^、。！？!?\s「」『』]{0,8}$/u.test(s.slice(Math.max(0, m.index - 12), m.index)) && /[ぁ-ゖ]$/u.test(m[1]!)) continue
    // Blind R105A-112: a role or a trade after the vague word (ある漁協の組合長さん, とある旅館の女将さん, 某ホテルの料理長さん, ある保育園の
    // 園長先生): a kind of person in a body left unnamed, no one named. (ある日、 and あるとき are a time, not a vague someone.)
    if (VAGUE_BEFORE_ROLE.test(s.slice(Math.max(0, m.index - 12), m.index)) && ROLE_NOUN_END.test(m[1]!)) continue
    if (ROLE_NOUN_END.test(m[1]!) && unnamedBodyRole(s, m.index)) continue
    return true
  }
  return false
}

/**
 * Blind HS-003/032: a section of the city named as the speaker in a press release, its name holding kana (市健康づくり課は「…」と呼びかけている,
 * 子ども未来課は, まちづくり推進室は), then the quotation and a verb of saying (と呼びかけている, としている). A section left unnamed (担当課は,
 * 関係課は, 同課は, ある課は) names none.
 */
const CITY_SECTION_SUBJECT = /(?<![一-龠々ァ-ヶーぁ-ゖ])(?!担当|関係|各|他|別|同|当|某)(?:柳川市|市)?[一-龠々ァ-ヶ][一-龠々ァ-ヶーぁ-ゖ]{1,10}(?:課|室|係|局|部|本部|センター|事務所)(?:は|が)[、,]?\s?$/u
/**
 * Blind HW-069: the city itself, or the prefecture or the state, as the speaker of a press-style statement (市は「…」としている, 本市は「…」と
 * 述べている, 県は「…」と呼びかけている): the body that says it is the source, as 市長は「…」と述べた names one. Another place left vague
 * (ある市は, 他市は, よその市は) is no one.
 */
const CITY_ITSELF_SUBJECT = /(?<![一-龠々ァ-ヶーぁ-ゖA-Za-z])(?:市|本市|当市|柳川市|市当局|市役所|県|福岡県|国|政府)(?:は|も)[、,]?\s?$/u
export function namedSubject(s: string): boolean {
  if (CITY_SECTION_SUBJECT.test(s) || CITY_ITSELF_SUBJECT.test(s)) return true
  SUBJECT.lastIndex = 0
  for (let m = SUBJECT.exec(s); m; m = SUBJECT.exec(s)) if (!GENERIC_SUBJECT.test(m[1]!) && !VAGUE.test(s.slice(Math.max(0, m.index - 8), m.index + 1))) return true
  return false
}

/** The one who said or wrote it, named before a modifying clause (北原白秋が書いていた「…」), not a kind of person (専門家が). */
const SAYER = /([一-龠々]{3,6}|[ァ-ヶー]{2,10}・[ァ-ヶー・]{2,12})(?:さん|氏|先生|様)?(?:が|の)[^、。！？!?「『]{0,12}?(?:言って|言われて|話して|書いて|書かれて|述べて|語って|紹介して)/gu
export function namedSayer(s: string): boolean {
  SAYER.lastIndex = 0
  for (let m = SAYER.exec(s); m; m = SAYER.exec(s)) if (!GENERIC_SUBJECT.test(m[1]!) && !VAGUE.test(s.slice(Math.max(0, m.index - 8), m.index + 1))) return true
  return false
}

/**
 * Blind R194A-037 kind: a speaker or an author named with の right before the words, the words then called theirs (市長の「…」という言葉,
 * 北原白秋の「…」という一節, 福沢諭吉の『学問のすゝめ』初編の冒頭、「…」という一文, 古賀さんの「…」というお話): の makes the named one
 * the owner of the words, as 北原白秋の言葉「…」 does (AUTHORED), and their work between (『…』初編の冒頭、) narrows where they are. The
 * owner is a full name (three to six kanji, not a kind of person, a body or a thing: 大学教授, 人権週間, 学校教育課), a name with ・ (P・F・
 * ドラッカー), a name with its honorific (古賀さん, 山田先生) or an office (市長, 校長); not someone vague (ある作家の, 某市長の, 隣町の町長の),
 * a kind of person (先輩の, 船頭さんの, 専門家の) or none (「…」という言葉を胸に). The words must be called what was said or written
 * (という言葉, との一節, という一文, という発言): a bracket after の is otherwise a title (北原白秋の「からたちの花」).
 * Quotation FP kind (wave 94, found by the lead): a poet named by a kanji surname and a given name in kana, the given name marked as one
 * by ゝ or ゞ, a final を or a final 子, 代 or 美 (金子みすゞの, 相田みつをの, 茨木のり子の), or kana names joined by ・ (まど・みちおの): as
 * named an owner as 北原白秋の. Kana after a kanji with none of those marks (私たちの, 子どもたちの, 思いやりの, 楽しみの) is no name.
 * …and the words agreed with after a dash (宮沢賢治の「…」――本当にその通りだと思います): read as after a stop (「…」。本当にその通り,
 * not read as a quotation at all), the owner named is their source (OWNED_AGREED_AFTER); an owner left vague stays unnamed.
 */
const OWNER_BEFORE =
  /(?<![一-龠々ァ-ヶー])((?:[一-龠々]{0,4}?(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|校長|学長|園長|館長|院長|理事長|組合長|会長|社長|大臣|首相|総理))|[一-龠々]{3,6}|[ァ-ヶー]{2,10}・[ァ-ヶー・]{2,12}|[一-龠々]{1,3}[ぁ-ゖ]{1,3}(?:[ゝゞ]|を)|[一-龠々]{2,3}[ぁ-ゖ]{2,3}[子代美]|[ぁ-ゖ]{2,4}・[ぁ-ゖ]{2,4}|[一-龠々ァ-ヶー]{1,6}[ 　]?(?:さん|氏|先生|様|さま|選手|監督|教授))の(?:『[^『』「」\n]{1,30}』[^「『」』。！？!?\n]{0,12}?)?[、,]?\s?$/u
const OWNED_WORDS_AFTER = /^[」』”〟]?\s?(?:という|との|といった)(?:お?言葉|ひと言|一言|一節|一文|文|くだり|名言|格言|発言|ご発言|お話|メッセージ|あいさつ|ご?挨拶|式辞|詩|句|歌詞|歌|短歌|俳句|和歌|フレーズ)/u
const OFFICE_OWNER = /(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|校長|学長|園長|館長|院長|理事長|組合長|会長|社長|大臣|首相|総理)$/u
/** A kanji run that ends as a kind of person, a body, an event or a thing does, not as a given name (大学教授, 人権週間, 防災訓練). */
const NOT_A_GIVEN_NAME = /(?:教授|博士|士|師|官|医|手|員|者|生|家|人|長|会|校|課|館|式|祭|展|月|年|度|節|期|日|町|市|県|村|区|地|所|園|団|部|店|社|間|動|練|画|策|語|法|書|文|集|報|誌|紙|局|署|省|庁|隊|組|線|駅|橋|川|寺|宮|題|案|議|典|業|育|室|係|協|院|科|界|際|後|前|中|内|外|的|性|力|心|感|観)$/u
/**
 * Quotation FP kind (found by review, wave 92): the words, their owner named with の right before them, taken up by the next sentence as
 * these words (北原白秋の『水の構図』の序文「…」。この言葉のとおり…, 市長の「…」。この言葉を胸に…, 校長先生の「…」。その一言に…): the owner named is
 * still their source; この言葉 only points back at them. Words with no owner before them (『…』この言葉を胸に, 「…」。この言葉を胸に) and an
 * owner left vague or a kind of person (ある作家の, 先輩の) stay as they were.
 */
const OWNED_TAKEN_UP_AFTER = /^[」』”〟]?\s?[。．]?\s{0,2}(?:まさに|その|この)(?:お?言葉|ひと言|一言|一節|一文|くだり|メッセージ|フレーズ)(?:の|を|に|は|が|ど|通|と)/u
/**
 * …and a work named by its title in 『』 with the part the words are in, right before them (『水の構図』の序文「…」, 『論語』の一節「…」): the
 * title and its part name where the words stand, as TITLED_WORK reads 『論語』為政篇に「…」とあります. Not after a vague holder (ある本の『…』).
 */
const TITLED_PART_BEFORE = /(?<!(?:ある|とある|某|どこかの|ネット|SNS|ブログ|まとめ)[^「『」』、。！？!?\n]{0,8})『[^『』「」\n。]{1,30}』の?(?:序文|序|はしがき|あとがき|冒頭|書き出し|一節|結び|末尾|巻頭|前文)(?:に|には|の|で)?[、,]?\s?$/u
const OWNED_AGREED_AFTER = /^[」』”〟]?\s?[-―—─]{1,3}\s?(?:まさに|本当に|ほんとうに|ほんとに|全く|まったく|実に|つくづく|しみじみ)?[、,]?(?:その通り|そのとおり|同感|共感します|名言|至言|金言)/u
export function ownerBefore(bf: string, af: string): boolean {
  const taken = OWNED_TAKEN_UP_AFTER.test(af) || OWNED_AGREED_AFTER.test(af)
  if (taken && TITLED_PART_BEFORE.test(bf)) return true
  if (!taken && !OWNED_WORDS_AFTER.test(af)) return false
  const m = OWNER_BEFORE.exec(bf)
  if (m === null) return false
  const owner = m[1]!
  const lead = bf.slice(Math.max(0, m.index - 12), m.index)
  if (VAGUE.test(bf.slice(Math.max(0, m.index - 4), m.index + 1)) || /(?:^|[^ぁ-ゖ]|かつて|むかし)(?:ある|とある|某|どこかの|さる)[^、。！？!?\s「」]{0,8}$/u.test(lead) || /(?:有名|著名|偉|えら)い?な?$/u.test(lead)) return false
  if (OFFICE_OWNER.test(owner)) return !/^(?:某|ある)/u.test(owner) && !UNNAMED_PLACE_BEFORE_ROLE.test(lead + owner.replace(OFFICE_OWNER, ''))
  const bare = owner.replace(/[ 　]?(?:さん|氏|先生|様|さま|選手|監督|教授)$/u, '')
  if (bare !== owner) return bare.length > 0 && !GENERIC_PERSON.test(bare) && !UNNAMED_AUTHORITY.test(bare) && !GENERIC_SUBJECT.test(bare) && !/^[母父兄姉奥嫁婿娘息坊爺婆皆客孫屋]$/u.test(bare) && !/(?:の方|方)$/u.test(bare)
  if (owner.includes('・')) return true
  return !NOT_A_GIVEN_NAME.test(owner) && !GENERIC_SUBJECT.test(owner) && !GENERIC_PERSON.test(owner) && !UNNAMED_AUTHORITY.test(owner)
}

/**
 * Blind UF-047 kind: a law, ordinance, rule or plan named as the subject that lays down the words (道路交通法は「…」と定めています,
 * 「大川市景観条例」第5条は、事業者に対し「…」と規定しています, 『…に関する条例』は「…」とうたっています): the name (in brackets or ending in
 * its kind, with or without its article) is where the words are written. A law left unnamed (ある法律では「…」, 法律で「…」と決まっています),
 * a vague holder (他市の条例は) or a method (避難方法では) names none.
 */
const LAW_SUBJECT_BEFORE = new RegExp(
  `(?:[『「][^『』「」\\n]{2,40}?(?:法|法律|条例|規則|要綱|要領|規程|計画|憲章|条約)[』」]|(?<![一-龠々ァ-ヶー])[一-龠々ァ-ヶー]{2,24}?(?:(?<!方|手|用|技|工|製|療|寸|作|文|話|論|戦|魔|説|算|筆|農|漁|対処|解決|予防|調理|保存|栽培|活用|利用)法|条例|規則|要綱|計画|憲章|憲法|条約|大綱))(?:第${NUM}条(?:第${NUM}項)?(?:第${NUM}号)?|の?(?:前文|附則|冒頭|第${NUM}条(?:第${NUM}項)?))?(?:は|では|で|には|において|にも)[、,]?[^。！？!?\\n「『」』]{0,24}$`,
  'u',
)
/**
 * Blind MP-038 kind: …also a part of it as the subject (スポーツ基本法の前文は, こども基本法第1条は, 〜市民憲章には) and the words called its
 * sentence or written there (という一文から始まります, とあります, と書かれています, という条文があります): where the words stand is named.
 */
const LAW_SAYS_AFTER = /^[」』”〟]?\s?(?:と(?:定め|定められ|規定し|規定され|され|うたっ|うたわれ|謳っ|謳われ|明記し|明記され|記し|記され|掲げ|あり|ある|書かれ|書いて|始まり|始まっ|結ばれ)|という(?:一文|文言|条文|規定|一節|書き出し|言葉で(?:始|結)))/u
export function lawSays(bf: string, af: string): boolean {
  if (!LAW_SAYS_AFTER.test(af)) return false
  const m = LAW_SUBJECT_BEFORE.exec(bf)
  return m !== null && !VAGUE_HOLDER.test(bf.slice(Math.max(0, m.index - 12), m.index))
}
/**
 * Blind UF kind: a person named by full name in kanji, with no role or honorific, as the subject right before the words
 * (寺田寅彦が「…」と言いました, 夏目漱石は「…」と書いています): the name is the source. A vague subject (ある人が, 昔の人は, 偉い人が), a
 * kind of person (先生が, 大学教授は), a body or a thing (新聞記事は, 教育委員会が) or a kana nickname names none.
 */
const FULL_NAME_SUBJECT_BEFORE = /(?<![一-龠々ァ-ヶーぁ-ゖ])([一-龠々]{3,6})(?:は|が|も)[、,]?\s?$/u
/**
 * Blind R414P-006 kind: …or an official named by title and full name addressing an occasion (消防長 田中誠一が「…」と訓示し, 校長 山本和子が
 * 「…」と式辞を述べ, 団長 古賀健太が「…」と決意を語り, 実行委員長 松尾 隆が「…」とあいさつしました): an address, a speech, a greeting,
 * an encouragement or a pledge (訓示, 式辞, あいさつ, 挨拶, 激励, 呼びかけ, 誓い, 宣誓, 講評, 強調, 答え, 応じ) is said as と述べ is, the
 * name its source. A vague subject or a kind of person (ある消防長が, 団員が) names none, as before.
 */
const SAID_BY_NAME_AFTER = /^[」』”〟]?\s?と[、,]?(?:言い|言っ|いい|いっ|述べ|書い|書き|記し|語っ|語り|詠ん|詠み|説い|残し|綴っ|綴り|話し|訓示|訓辞|式辞|告辞|あいさつ|挨拶|激励|呼びかけ|呼び掛け|誓い|誓っ|宣誓|講評|強調|答え|応じ|決意を|抱負を)/u
const FAMILY_WORD = /(?:父|母|兄|姉|弟|妹|夫|妻|婿|嫁|娘|息子|孫|祖|叔|伯|甥|姪)/u
export function fullNameSays(bf: string, af: string): boolean {
  // (佐藤一郎が「…」と言ったそうです: words heard of second-hand name no one who can be checked.)
  if (!SAID_BY_NAME_AFTER.test(af) || HEARSAY_TAIL.test(af)) return false
  const m = FULL_NAME_SUBJECT_BEFORE.exec(bf)
  if (m === null) return false
  const name = m[1]!
  const lead = bf.slice(Math.max(0, m.index - 12), m.index)
  if (/[某]/u.test(name) || FAMILY_WORD.test(name) || VAGUE.test(bf.slice(Math.max(0, m.index - 4), m.index + 1)) || /(?:^|[^ぁ-ゖ]|かつて|むかし)(?:ある|とある|どこかの|さる)[^、。！？!?\s「」]{0,8}$/u.test(lead) || /(?:有名|著名|偉|えら)い?な?の?$/u.test(lead) || /の$/u.test(lead)) return false
  return !NOT_A_GIVEN_NAME.test(name) && !GENERIC_SUBJECT.test(name) && !GENERIC_PERSON.test(name) && !UNNAMED_AUTHORITY.test(name) && !ROLE_NOUN_END.test(name) && !/(?:事|道|版|本|録|帳|板|欄|面|告|聞|番|誌|紙|物|品|字|言|歌|句|詩|碑|像|絵|図|表|票|声|談|話|記|史|伝|誌|辞|典)$/u.test(name)
}

/**
 * Blind R388M-010 kind: a facility or a body called by its kind with さん, placed only by being another town's (よその町の児童館さん, 隣の市の
 * 図書館さん, 他県の保育園さん): one of many, no account named, so a post of theirs reproduced has no source (`unnamedPlaceKind`, read where a
 * named person is looked for).
 */
const BODY_KIND_WORD = /^[一-龠々]{1,3}(?:館|園|所|校|院|署|局|協会|会|組合)$|^(?:センター|クラブ|ホール|カフェ)$/u
/**
 * Blind R391Q-015 kind: a group or a member called by its kind with さん, placed only by being another town's (よその町の協力隊さん, 隣の市の
 * 消防団さん, 他県の青年部さん, よその自治体の観光課さん): one of many, no account named, so their words reproduced have no source
 * (`unnamedPlaceKind`, read where a named person is looked for, for a facility and for a group alike).
 */
const GROUP_KIND_WORD = /^[一-龠々]{1,4}(?:隊|団|部|班|課|係|室|隊員|団員|部員)$|^(?:チーム|サークル|グループ|ユニット|メンバー)$/u
/** Whether `word` (a kind of facility or group with さん, at `at` in `s`) is placed only by being another town's. */
function unnamedPlaceKind(s: string, at: number, word: string): boolean {
  return ((BODY_KIND_WORD.test(word) || GROUP_KIND_WORD.test(word)) && UNNAMED_PLACE_BEFORE_ROLE.test(s.slice(Math.max(0, at - 12), at))) || unnamedPlaceDuty(s, at, word)
}
/*
 * Staff of another town called by their duty, and a law cited after its words (blind R402B/LT kinds). One block: the patterns and the
 * functions that read them.
 *
 * Blind R402B-056 kind: a member of staff called by their duty with さん, the field of the duty between (他市の子育て担当さん, よその町の広報
 * 担当さん, 隣の市の観光課の職員さん), placed only by being another town's: one of many, no account named, so a post of theirs reproduced has
 * no source (`unnamedPlaceDuty`, read by `unnamedPlaceKind`). A town named (大川市の子育て担当さん, 隣の大川市の広報担当さん) is a source as
 * before.
 * Blind LT-036 kind: a duty quoted after 法律で or 法令により and the law cited by its name in brackets later in the sentence (…には、法律で「…」
 * ことが求められています（空家等対策の推進に関する特別措置法）, 「…」と定められています（道路交通法第71条）): the law named is where the words
 * stand (`lawCitedAfter`, read where a named source is looked for). A law left unnamed (法律で「…」と決まっています) names none.
 */
const DUTY_WORD = /^[一-龠々]{0,4}?(?:担当|担当者|職員)$/u
const DUTY_FIELD = /^[一-龠々ァ-ヶー][一-龠々ァ-ヶーぁ-ゖ]{0,7}$/u
function unnamedPlaceDuty(s: string, at: number, word: string): boolean {
  if (!DUTY_WORD.test(word)) return false
  const lead = s.slice(Math.max(0, at - 16), at)
  if (UNNAMED_PLACE_BEFORE_ROLE.test(lead)) return true
  for (let k = 1; k <= 8 && k < lead.length; k++) if (DUTY_FIELD.test(lead.slice(lead.length - k)) && !PLACE_NAMED.test(lead.slice(lead.length - k)) && UNNAMED_PLACE_BEFORE_ROLE.test(lead.slice(0, lead.length - k))) return true
  return false
}
/**
 * Blind R429E-057 kind: words set apart (> …, 「…」) then given or introduced with この言葉を贈ります, 紹介します or この言葉を胸に, where the
 * only person near them is who they go to, named by a clause (着任された先生方へ, 退職される先生に, 卒業した皆さんへ): a verb's kana ending
 * (された, される, した, している, されている) after a kanji stem is a clause, not a name with kana (山田ゆみ先生), so the saying still has no
 * author. A name (校長の山田先生の言葉, 宮沢賢治) keeps it clean.
 */
const VERB_BEFORE_TITLE = /[一-龠々](?:された|される|されて|した|して|する|している|していた)$/u
