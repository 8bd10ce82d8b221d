/**
 * Voices the city received, heard or asked for (4(4)): letters, opinions, consultations and questions residents bring (GIVER_BEFORE,
 * RECEIVED_VOICE_AFTER, pastGiverRun, HEARD_OFTEN_AFTER, ASKED_OFTEN_AFTER, OPINION_RECEIVED with the city's answer, LETTER_MAX), voices
 * at a meeting the city held (MEMBER_BEFORE, MEETING_VOICE_AFTER), impressions collected at its own event (OWN_VOICE_AFTER,
 * PRESENTED_BEFORE), words said to the writer or in the staff's own interview (TOLD_US_AFTER, TOLD_ME_BEFORE, OWN_INTERVIEW_BEFORE,
 * COLLECTED_BEFORE, givenToUs), the speakers' consent to quote them (CONSENTED), and survey answers (SURVEY_IN_SENTENCE, ANSWERED_AFTER,
 * ownClassVoices, freeAnswerLed, surveyTitled). These are the city's own material: no source needed. Not so when read in a medium, said
 * by an authority or a vague someone, or a block quote of a message reproduced without its sender's leave. Part of the quotation family
 * (index.ts reads the quotations and reports them).
 */
import { IN_MEDIUM, NOT_MET, VAGUE, VAGUE_MEDIUM_LEAD } from './context'

/**
 * Blind JH-007 kind: words led as 本人's — the one the post tells of (本人からのメッセージです。⏎「…」, ご本人のコメントをご紹介します, 本人より
 * ひと言): 本人 points back at the person the post names before them (観光課の蒲池 久美子 主査が…退職いたします), who is their speaker. With no one
 * named before (ある職員が…。本人の言葉です) it names no one.
 */
export const SELF_WORDS_BEFORE = /(?<![一-龠々])(?:ご)?本人(?:から(?:の)?|より|の)(?:メッセージ|言葉|お言葉|コメント|ごあいさつ|あいさつ|挨拶|ひと言|一言|ひとこと|声)(?:です|でした|をご紹介します|を紹介します|をお届けします|をお伝えします)?[。：:！!]?\s*$/u
/** Someone's favourite words (好きな言葉, 座右の銘): the person who likes them is not their source. */
export const FAVOURITE_BEFORE = /(?:好きな|大好きな|お気に入りの|大切にしている|心に残る)(?:言葉|一節|フレーズ|名言)|座右の銘|モットー/u
/** Words someone passed on (市長が講演で紹介した言葉です): who introduced them is not who wrote them. */
export const INTRODUCED_BEFORE = /(?:紹介|引用|披露)(?:した|された|していた|されていた|して(?:くれ|くださ|いただい|もらっ)た)(?:言葉|一節|名言|格言|フレーズ)/u
/**
 * Blind R106A-110: someone at the event introducing the words that follow (会長が次の言葉を紹介されました。⏎「…」, 校長先生はこんな一節を
 * 引用して): the introducer is not the author. A work named with its author (北原白秋の次の言葉) is no such frame: の stands before it.
 */
export const INTRODUCES_FOLLOWING = /(?:が|は|も)[、,]?\s?[^。！？!?\n「『」』]{0,12}?(?<!の)(?:次の|この|こんな|以下の)(?:ような)?(?:言葉|一節|名言|格言|フレーズ|詩|文章|一文)を[^。！？!?\n「『]{0,8}?(?:紹介|引用|披露|朗読|読み上げ)/u
/** Questions the city received, reported as such: 「…どうしたらいいの？」というご相談が増えています. */
/** Questions and worries the city receives, quoted as examples: 「…」「…」といったご相談 (the quotations after it are blanked to spaces). */
export const VOICE_AFTER = /^[\s」』”〟]*(?:[「『“〝][^」』”〟\n]{0,60}[」』”〟][\s]*){0,4}(?:(?:という|との|といった|などの)(?:ご相談|相談|ご質問|質問|お問い合わせ|問い合わせ|ご要望|要望|お悩み|悩み)|と[^「」『』。\n]{0,24}?(?:という|との)(?:ご相談|ご質問|お問い合わせ|ご要望|お悩み)|と[、,]?[^「」『』。\n]{0,16}?(?:ご相談|お問い合わせ|ご質問)(?:に|を|が)(?:来られ|来|見え|いらっしゃ|お越し|いただ|寄せられ|あり))/u
/**
 * Blind HZ-004/060: the account's own mascot speaking in a speech balloon, its name set at the head of the line right before 「 (やなモン
 * 「せんきょって むずかしそう…？ … 投票にいこうね✨」, さげもんちゃん：「…そうだんしてね」): a character's name in kana — hiragana and
 * katakana mixed (やなモン) or ending in a mascot's suffix (ちゃん, くん, モン, にゃん) — and words that speak to the reader, ending in ね or よ
 * (with a note or emoji after). The account's own voice, not a quotation; a phrase ending in a particle (あるサイトに「, ガイドブックにも「) is no name. A name in katakana alone (ゲーテ, ニーチェ) is a person's; a
 * quotation inside the balloon (『…』って言ってたよ) is its own.
 */
const MASCOT_LABEL = /(?:^|\n)[ \u3000]{0,2}(?:(?=[ぁ-ゖァ-ヶー]{0,9}[ぁ-ゖ])(?=[ぁ-ゖァ-ヶー]{0,9}[ァ-ヶ])[ぁ-ゖァ-ヶー]{2,10}(?<![にはがでもをとのへや])|[ぁ-ゖァ-ヶー]{1,8}(?:ちゃん|チャン|くん|クン|モン|もん|にゃん|ニャン|ぴょん|たん))[ \u3000]?[:：]?[ \u3000]?$/u
const MASCOT_VOICE = /(?:ね|よ|よね|ねっ|よっ|な|ネ|ヨ|だよ|だね|もん)[〜~ー!！。…♪]{0,3}[\p{Extended_Pictographic}\uFE0F\u200d]{0,4}[〜~ー!！。…♪]{0,2}$/u
export function mascotBalloon(t: string, a: number, b: number): boolean {
  return MASCOT_LABEL.test(t.slice(Math.max(0, a - 16), a)) && t[a] === '「' && MASCOT_VOICE.test(t.slice(a + 1, b - 1))
}
/**
 * Blind HY-092: a typical worry given as an example of the consultations a desk takes, its kind named between (「親が亡くなった後、…心配」
 * といった「親なき後」の相談も受けています, 「…」といったお金のご相談, 「…」などの子育てに関するお悩み, 「…」といった介護の声が寄せられて
 * います): an illustration of the desk's work, not a text with an author. Read with no medium before it (新聞の投書に「…」といった…).
 */
export const CONSULT_KIND_AFTER = /^[\s」』”〟]*(?:[「『“〝][^」』”〟\n]{0,60}[」』”〟][\s]*){0,4}(?:といった|などの|のような)(?:(?:[「『][^」』\n]{1,16}[」』]|[^「」『』。！？!?\n]{1,12}?)(?:の|に関する|についての|に関わる))?(?:(?:ご相談|相談|お悩み|悩み|ご質問|お問い合わせ|お困りごと|困りごと)(?!者|員|会)|お?声(?:が|も|を)[^。！？!?\n]{0,10}?(?:寄せられ|届|いただ|頂|聞|伺|うかが|受け))/u
/** A proverb or an idiom, named as such (…ということわざがあります): common property, no author to name. */
export const PROVERB_AFTER = /^[^。！？!?\n]{0,24}?(?:という|との|って)?(?:ことわざ|諺|慣用句|故事成語|故事)/u
/**
 * Blind HH-080: a voice the city received, its giver told right before it as where it came from (施設の方からは「…」との声も寄せられて
 * います, 利用者の皆さんから「…」という声をいただいています, 保護者からは「…」とのご意見が届いています): what residents or partners said to
 * the city, reported as received, not a text with an author. A medium (ネットからは, SNSで) or an authority or vague someone (ある専門家から
 * は) is no giver. Blind TV-114: pupils of the city's class are givers too, their voices coming out there (生徒からは「…」「…」という声が
 * 出ていました, 児童から「…」との声が上がりました), whatever paragraph tells of the class.
 */
export const GIVER_BEFORE = /(?:方|皆さん|みなさん|皆様|皆さま|方々|さん|様|保護者|ご家族|家族|住民|市民|利用者|入所者|事業所|事業者|施設|団体|企業|学校|地区|自治会|店舗|農家|生産者|ボランティア|参加者|来場者|受講者|受講生|生徒|児童|園児|子どもたち|子供たち|こどもたち)(?:から|より)(?:は|も|の)?[、,]?\s?$/u
/** Blind TX-022: the voice received told with を (市民の皆さまから「…」とのご意見をいただきました, 利用者の方から「…」という声を頂戴しました). */
export const RECEIVED_VOICE_AFTER = /^\s?(?:という|との)(?:[一-龠々]{1,3}(?:しい|い|な|の)|[ぁ-ゖ]{2,4}(?:い|な))?(?:お?声|ご?意見|ご?感想|うれしい声|喜びの声|感謝の声|お礼の声|お礼の言葉|感謝の言葉)(?:が|も)[^。！？!?\n]{0,8}?(?:寄せられ|届い|届き|届け|聞かれ|上が|あが|いただ|頂|出され|出まし|出て(?:い|お)|出た)|^\s?(?:という|との)(?:お?声|ご?意見|ご?感想|ご?要望)(?:を|も)[、,]?(?:多く|多数|たくさん|いくつか)?(?:いただ|頂|頂戴し|お寄せいただ|お受けし|受け)|^\s?(?:という|との)(?:お?声|ご?意見|ご?要望|ご?相談)(?:でした|です|がきっかけ|を受けて|をきっかけ|をもとに|を基に)/u
/**
 * Blind UD-022 kind: voices listed one after another, each with its giver, under one frame after the last (授業後には、4年1組の児童から「…」、
 * 4年2組の児童から「…」という感想が寄せられました): the frame is said of each. Read past the later givers and their voices (blanked or not) to
 * the frame; each giver must be one (GIVER_BEFORE), not a medium or a vague someone. Returns the text after the run, or null when none.
 */
const GIVER_RUN_ITEM = /^[、,・]\s?([^「」『』。！？!?\n\s]{1,20}?(?:から|より)(?:は|も)?)[、,]?\s?(?:[「『][^「」『』\n]{1,80}[」』]|\s{4,})/u
export function pastGiverRun(text: string): string | null {
  let rest = text
  let items = 0
  for (let m = GIVER_RUN_ITEM.exec(rest); m && items < 6; m = GIVER_RUN_ITEM.exec(rest)) {
    if (!GIVER_BEFORE.test(m[1]!) || NOT_MET.test(m[1]!) || VAGUE.test(m[1]!) || IN_MEDIUM.test(m[1]!)) return null
    rest = rest.slice(m[0].length)
    items++
  }
  return items > 0 ? rest.replace(/^\s+/u, '') : null
}
/**
 * Blind IJ-039, IJ-129, R119A-088: a typical worry or question told as one the staff often hear (「うちの子、…泣くんです…」というお話をよく聞きます,
 * 「名前は聞いたけど、何をしてくれるの？」という声も聞きます, …という声をよく耳にします): the city's own illustration of what people commonly
 * say, no one's text. Not when read in a medium (ネットで…という声を見かけます, 新聞の投書に…).
 */
export const HEARD_OFTEN_AFTER = /^\s?(?:という|との|といった|って)(?:お話|話|お?声|ご?相談|お?悩み|ご?質問|ご?意見|ご?心配)(?:を|も|が|は)[、,]?(?:よく|しばしば|時々|ときどき|たびたび|たくさん|多く|最近|本当によく|よう)?[、,]?(?:聞き|聞く|聞か|聞こえ|耳にし|耳にす|お聞き|伺|うかが|聞いと|聞くと)/u
/**
 * Blind UD-116 kind: a question people often put to the account, told as asked of it (「…って夏しか食べられないの？」ってよく聞かれるけど,
 * 「…？」とよく聞かれます, 「…」というご質問をよくいただきます): the account's own paraphrase of a common question it then answers, no one's
 * text. The frequency (よく, しばしば, 毎年 …) makes it typical; not when read in a medium (ネットで…とよく聞かれる is IN_MEDIUM before it), and
 * not a saying that is often said (「…」とよく言われます stays a quotation).
 */
export const ASKED_OFTEN_AFTER = /^\s?(?:と|って)[、,]?(?:本当に|ほんとに|ほんと|とても|すごく|めっちゃ)?(?:よく|しばしば|時々|ときどき|たびたび|毎年|毎回|いつも|たまに|結構|けっこう|よう)[、,]?(?:聞かれ|きかれ|訊かれ|尋ねられ|たずねられ|質問され|質問を(?:受け|いただ|頂))|^\s?(?:という|との|といった|って)(?:ご?質問|お?問い合わせ|お?尋ね)(?:を|も|が)[、,]?(?:本当に)?(?:よく|しばしば|時々|ときどき|たびたび|毎年|毎回|いつも|多く|たくさん)[、,]?(?:いただ|頂|受け|寄せられ|あり|届)/u
/**
 * Blind IJ-076: an advert's claim quoted in a warning (インターネットで「児童手当を前払いで受け取れる」とうたうサービスの広告が見られます。市の制度
 * ではありません): the pitch named by what it claims, in a post that warns or points to a consultation desk; the city warns of it, no one's text.
 */
export const AD_CLAIM_AFTER = /^\s?(?:と|を)(?:うたう|うたった|うたって|謳う|謳った|謳って|称する|称して|宣伝する|宣伝して|宣伝した)[^。！？!?\n]{0,12}?(?:広告|サービス|サイト|業者|商品|勧誘|メール|SNS|チラシ|アプリ|投稿|DM|書き込み)/u
export const WARNING = /注意|ご相談|ではありません|被害|気をつけ|気を付け|ご用心|だまされ|騙され|消費生活|消費者/u
/**
 * Blind R119A-110: words of a letter the city received itself, its sender told only by who they are (子ども食堂に通う小学生から手紙が届きました。
 * 「…」): the city's own report of what reached it, not a text with an author, when short and in the lead's own line. A vague someone
 * (ある作家から), a medium, or a letter set out at length under the lead (round 47) is not.
 */
/** Team R70A-051: a letter reproduced at length (a resident's complaint set out under the lead) is their text and needs their leave. */
export const LETTER_MAX = 40
export const LETTER_RECEIVED_BEFORE = /(?:から|より)[^。！？!?\n「」『』]{0,6}?(?:手紙|お手紙|お便り|おたより|メッセージ|はがき|ハガキ|カード|寄せ書き|絵手紙)(?:が|を)[^。！？!?\n「」『』]{0,8}?(?:届き|届いた|届きま|いただき|いただいた|頂き|頂いた|もらい|もらった|寄せられ|受け取り)[^。！？!?\n「」『』]{0,8}[。：:！!]?\s{0,2}$/u
/**
 * Blind HY-057: a remark made at a meeting the city held, reported by the host (出席者からは「…」との意見が出された, 委員からは「…」との
 * ご質問がありました, 構成員の皆さんからは「…」との声が上がった): who spoke is told by their seat at the meeting (出席者, 委員, 構成員, 参加団体),
 * the remark is reported speech of the meeting, not a text with an author. A medium (新聞の投書に…との声が紹介された, ネットで見た…), an
 * authority or a vague someone (ある委員, 有識者) is still no one met; a block quote is someone's text.
 */
export const MEMBER_BEFORE = /(?:出席者|出席委員|委員|構成員|参加者|出席団体|参加団体|関係団体|関係機関|各団体|各機関|協力事業者)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:から|より)(?:は|も)?[、,]?\s?$/u
/**
 * Blind TV-123: …also with a word for its weight before the noun (委員から「…」との厳しい意見が出されました, との貴重なご意見, との率直な声).
 * Blind JL-034 kind: …also the remarks listed as examples with など or といった (委員からは「…」「…」などの意見が出されました, 出席者からは「…」
 * といったご質問がありました): the same reported speech of the meeting, a few of its remarks given as instances.
 */
/**
 * Blind MR-018 kind: …also told as received by the host with を (委員の皆さんからは、「…」「…」などのご意見をいただきました, 出席者から「…」
 * との声を頂戴しました, 参加団体からは「…」といったご提案をお寄せいただきました): the same remarks of the meeting, reported by the city.
 */
export const MEETING_VOICE_AFTER = /^\s?(?:という|との|といった|など(?:の|と)?[、,]?)(?:[一-龠々]{1,3}(?:しい|い|な|の)|[ぁ-ゖ]{2,4}(?:い|な))?(?:ご?意見|ご?質問|ご?要望|ご?提案|お?声|ご?指摘|ご?発言|ご?感想)(?:(?:が|も)[^。！？!?\n]{0,8}?(?:出され|出た|出まし|出て(?:い|お)|あった|ありまし|あり(?=[、,])|上が|あが|寄せられ|聞かれ|述べられ)|(?:を|も)[、,]?(?:(?:多く|多数|数多く|たくさん|いくつか|いくつも|複数)[、,]?)?(?:いただ|頂|頂戴し|お寄せいただ|お受けし))/u
/** Impressions the city collected at its own event (職場体験…「…」という感想も): its own material, not a work. */
/**
 * Blind R62A-076: …also closing a run of them, quoted side by side (生徒の皆さんからは、「…」「…」という声が上がりました, 「…」「…」など、
 * 自分の行動を振り返る感想がたくさん寄せられました): the frame after the last is said of each (read past the run, QUOTE_RUN).
 */
export const OWN_VOICE_AFTER = /^\s?(?:という|との|といった)(?:ご?感想|お?声|うれしい声|喜びの声|お話|話|ご発言|発言|メッセージ|ご?回答|答え|ご?意見|ご?要望|ご?希望)|^\s?など[、,の]?[^。！？!?\n「」『』]{0,16}?(?:ご?感想|お?声|ご?意見)(?:が|も|を)[^。！？!?\n]{0,8}?(?:寄せられ|上が|あが|聞かれ|聞こえ|いただ|頂|届|あり|出)/u
/** …or the words of the people met there, named before the quotation (ボランティアのみなさんの「…」という言葉). */
export const MET_WORDS_AFTER = /^\s?(?:という|との)(?:お?言葉|ひと言|一言)/u
/**
 * Blind HX-052: the people the post presents doing something at its event, in the sentence before their words (実習生のみなさんが伝統舞踊を
 * 披露してくれました, 子どもたちが合唱を発表しました, 留学生の皆さんがスピーチをしてくれました): what they then said there is heard, not read.
 * Only a short remark (PRESENTED_MAX letters); a long passage still wants its source, and someone vague or read in a medium is no one met.
 * Blind IY-108 kind: …or the clause that tells they said it there, right before their words (スピーチ大会で、ネパール出身の参加者が話した
 * 「…」という言葉に拍手が): 話した, 語った, 述べた as the presenting verb.
 */
export const PRESENTED_BEFORE = /(?:さん|様|さま|皆さん|みなさん|みんな|皆様|方々|たち|達|参加者|生徒|児童|園児|選手|代表|実習生|留学生|研修生|団員|メンバー)(?:が|は|も)[、,]?[^。！？!?\n「」『』]{0,40}?(?:披露|発表|演奏|合唱|歌って|歌い|踊|演じ|演技|あいさつ|挨拶|スピーチ|紹介|上演|話した|語った|述べた)/u
export const PRESENTED_MAX = 40
export const STAGE_EVENT = /交流会|発表会|演奏会|敬老会|音楽会|学芸会|お遊戯会|ふれあい|集い|文化祭|学習発表会|式典|記念式|歓迎会|送別会|ステージ|舞台|祭り|まつり|フェスタ|フェスティバル/u
export const SPEAKER_BEFORE = /(?:さん|様|さま|皆さん|みなさん|皆様|方々|たち|達|参加者|生徒|児童|園児|選手|代表)(?:の|から)[「『“〝]?$/u
/**
 * Blind R240F-045 kind (decmaskq5): a resident's own message quoted back to thank them for it (「…違っていた」とのご連絡、ありがとうございます,
 * 「…」というご指摘をいただき、ありがとうございました, 「…」とのお問い合わせに感謝いたします): the reply's summary of what they told the city,
 * no one's published text. Not a work read in a medium (PUBLISHED_VOICE, IN_MEDIUM).
 */
export const THANKED_MESSAGE_AFTER = /^[」』”〟]?\s?(?:という|との)(?:ご連絡|ご指摘|ご意見|ご報告|ご質問|お問い合わせ|お問合せ|ご要望|お声|お知らせ|ご相談|メッセージ|コメント|ご感想|お便り|お電話)(?:を|も)?(?:(?:いただき|頂き|頂戴し|くださり|下さり)(?:まして)?)?[、,]?\s?(?:(?:まことに|誠に|本当に|大変|どうも)\s?)?(?:ありがとう|有難う|有り難う|感謝)/u
/**
 * A resident's opinion received (…というご意見をいただきました, …とのご指摘が寄せられました)…
 * Blind JV-051 kind (misc22): …also with how many came told before the verb and the verb in its ongoing form (「…」というご意見を多数
 * いただいています, といったご要望が数多く寄せられています): what residents said to the city, still answered by what it does (CITY_ANSWER).
 */
export const OPINION_RECEIVED = /^\s?(?:という|との|といった)(?:ご?意見|ご?指摘|ご?要望|お?声|苦情|お叱り)(?:を|が|も)[、,]?(?:(?:多数|多く|数多く|たくさん|いくつも|いくつか|複数|何件も|度々|たびたび|毎年|毎日)[、,]?)?(?:いただき|頂き|いただい|頂い|頂戴し|お寄せいただ|寄せられ|届き|届い|ありました|あり)/u
/**
 * …and answered by what the city does (現在…進めており, …を実施します, 対応を検討しています). Blind HZ-036: also what it changes or makes
 * in answer (【市長への手紙 回答】「…」というお声をいただきました。令和8年度版から文字を大きくし、英語版も作成します).
 */
/**
 * Blind JZ-039 kind: …or by an apology for it and a step ordered or a report promised (大変申し訳ありませんでした。担当課には…整理するよう
 * 指示しました。…ご報告します): the city answering what it heard.
 */
export const CITY_ANSWER = /申し訳(?:ありません|ございません|なく)|お詫び|おわび|指示(?:し|いたし)(?:ました|ます)|ご報告(?:し|いたし)?(?:ます|いたします)|現在|順次|進めて|進めます|対応し|対応を|実施し|実施中|予定です|取り組|改善|見直し|検討して|検討します|設置し|お答え|ご説明|回答|設け(?:ました|ます)|(?:開始|整備|変更|導入|改修|増設)し(?:ました|ます)|始め(?:ました|ます)|改め(?:ました|ます)|取り付け(?:ました|ます)|増やし(?:ました|ます)|(?:作成|修正|拡大|追加|更新|改訂|発行|配布|延長|新設|拡充)(?:し|いたし)(?:ました|ます)|(?:大きく|見やすく|読みやすく|わかりやすく|分かりやすく|使いやすく|広く|明るく|太く)(?:し|いたし|なり)/u
/**
 * Blind R87A-088: …or marked as the city's summary of it (「…」というご意見をいただきました（要旨）): the city's own wording of what it
 * heard, no text of anyone reproduced. (A voice read in a medium, 投書欄に…掲載, is still a quotation: PUBLISHED_VOICE.)
 */
export const SUMMARISED = /^[^。！？!?\n「『]{0,40}?[（(](?:要旨|要約|趣旨|大意|概要)[）)]/u
/** Consent to quote someone stated in the paragraph (ご本人の了承を得て, ご本人の了解を得て掲載; not 了承を得ていません): the words are theirs, given with leave. */
/** Blind GX-039: the speakers as a pair or a party (お二人の了承を得て, ご夫婦の同意を得て, おふたりの了解を得て掲載) consent as ご本人 does. */
/**
 * Blind HJ-068: the same leave stated in English after a visitor's words (— a visitor from Australia (shared with permission), quoted with
 * their permission, used with the author's consent); not without it (shared without permission: `with` must stand as a word).
 */
export const CONSENTED_EN = /(?<![A-Za-z])(?<!(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideos?|[Ff]ootage|[Mm]usic)\s(?:(?:are|were|is|was)\s)?)(?:(?:[Ss]hared|[Pp]osted|[Uu]sed|[Qq]uoted|[Pp]ublished|[Rr]eprinted|[Rr]eproduced|[Ss]hown)\s(?:here\s)?with\s(?:(?:his|her|their|the\s(?:author|writer|visitor|guest|sender)['’]s)\s)?(?:kind\s)?(?:permission|consent)|[Ww]ith\s(?:his|her|their|the\s(?:author|writer|visitor|guest|sender)['’]s)\s(?:kind\s)?(?:permission|consent))(?![A-Za-z])(?!\s(?:of|from)\s)/u
/** …and in Japanese as leave to publish given (（掲載の許可をいただいています）, 掲載について了承を得ています), not for a photo's (写真の掲載の許可). */
/**
 * Blind HN-145: the same leave told with the verb (（アンケートで掲載に同意いただいた方の感想をご紹介しています）, 掲載を承諾いただいています,
 * 掲載に同意してくださった方, 掲載を了承された): given, in the past or as a state. Not a leave still to be asked (同意いただける方,
 * 同意いただけるか確認中), refused (同意いただけなかった) or denied (同意いただいていません), nor for a photo's (写真の掲載に同意).
 */
export const CONSENTED_TO_PUBLISH = /(?<!(?:写真|画像|動画|映像|肖像|写真の|画像の|動画の|映像の))掲載(?:の|について|に|を)?(?:ご)?(?:許可|了承|了解|同意|承諾)(?:を(?:得て|いただ|頂)(?!(?:い|お)(?:ない|ません|らず|りません))|を?(?:いただ(?:い|き)|頂(?:い|き)|して(?:いただ(?:い|き)|くださ(?:い|っ)|下さ(?:い|っ))|され(?:た|まし)|くださ(?:い|っ)|下さ(?:い|っ))(?!て?(?:い|お)(?:ない|ません|らず|りません)))/u
export const CONSENTED = /(?:ご本人|本人|投稿者|作者|保護者|ご家族|入所者|皆さん|皆様|方|お二人|おふたり|お二方|お三方|ご両名|ご夫婦|ご夫妻|ご一家|ご当人|ご両親|親子|お客様|お客さま|みなさま|みなさん)[^。\n]{0,16}?(?:了承|了解|同意|許可|承諾)を(?:得て|いただ|頂)(?!(?:い|お)(?:ない|ません|らず|りません))/u
/** Requests received from a group of residents (…という行政区からの声が増えています): theirs, heard by the city. */
export const FEEDBACK_AFTER = /^\s?(?:という|との)[^」』。！？!?\n]{1,10}?(?:から|より)の(?:お?声|ご?要望)(?:が|も)(?:増え|寄せられ|多く|届い|上が|あり)/u
/** The staff asked the people the post presents (…お父さんたちに、育休中の一日を聞きました。「…」とのこと): its own interview. */
export const OWN_INTERVIEW_BEFORE = /(?:に|へ)[^。！？!?\n]{0,20}?(?:聞きました|お聞きしました|伺いました|うかがいました|お話を(?:伺|うかが|聞)い|取材しました|インタビューしました)/u
/** Words said to the writer, told as such: 「…」と、組合員の方は笑って話してくれました / 教えてくださいました. */
export const TOLD_US_AFTER = /^\s?と[、,]?[^。！？!?\n「」『』]{0,16}?(?:の方|さん|様|皆さん|みなさん|たち|方々)(?:は|が|も)[^。！？!?\n「」『』]{0,10}?(?:話して|語って|教えて|言って|笑って|説明して)(?:くれ|くださ|下さ)(?:ました|た|いました|います|る)/u
/** A person the writer met, right before words said to them: 農家さんに「…」と言われ, 利用者の方から「…」と声をかけられ. */
export const TOLD_ME_BEFORE = /(?:さん|様|さま|の方|方々|たち|皆さん|みなさん)(?:に|から)[「『]?$/u
/** …also told in speech (船頭さんに「…」って言われたよ, 店員さんから「…」っていわれて): って is the spoken と. */
export const TOLD_ME_AFTER = /^\s?(?:と|って)(?:言われ|いわれ|声をかけられ|声を掛けられ|励まされ|教えられ|教わ|話しかけられ|お礼を言われ|感謝され)/u
export const OWN_INTERVIEW_AFTER = /^\s?(?:とのこと|と話して|と話し|と笑顔|と語って|と語り|と答えて)/u
/** The lecturer or guest of the city's own event, thanked for their words (講師は…の方で、「…」とお話しいただきました). */
export const GUEST_WORDS_AFTER = /^\s?と(?:お話し|お話|ご講演|ご助言|ご講評|お言葉を)(?:いただ|頂|くださ|下さ)|^\s?(?:との|という)(?:アドバイス|ご助言|助言|お言葉|ひと言|一言|ご講評|ご指導|エール|メッセージ)(?:を|も)(?:いただ|頂|くださ|下さ)/u
export const GUEST_BEFORE = /講師|講演|研修|講座|セミナー|勉強会|説明会|シンポジウム|フォーラム|審査員|来賓|ゲスト/u
/** A work performed at the city's event (「からたちの花が咲いたよ。…」と、小学生による合唱): the performance, with the poet named in the post. */
export const PERFORMED_AFTER = /^\s?(?:と|を)[、,]?[^。！？!?\n]{0,20}?(?:合唱|斉唱|独唱|歌い|歌う|歌って|歌います|朗読|暗唱|群読|披露)/u
export const WORK_CONTEXT_WORDS = /詩碑|歌碑|句碑|命日|生誕|作詞|作曲|童謡|唱歌|校歌|詩集|歌集/u

/** The city's own staff as the speaker, named by their post (「…」と話すのは、入局3年目の職員。/ 「…」と担当の保健師は話します): the city's own words. */
export const STAFF_SPEAKER_AFTER = /^\s?と(?:話す|語る|言う|笑う|教えてくれる|教えてくれた|説明する)(?:のは|のが)[、,]?[^。！？!?\n「」]{0,20}?(?:職員|担当者?|係長|課長|所長|署長|館長|隊員|署員|消防士|救急救命士|保健師|栄養士|指導員|支援員|学芸員|司書)(?:さん)?(?:です|でした|だ)?(?:[。！!]|$)|^\s?と(?!ある|某|どこか)[、,]?[^。！？!?\n「」]{0,20}?(?:当課|市|本市|当市|水道局|消防本部|役所)?の?[^。！？!?\n「」]{0,12}?(?:職員|担当者?|係長|課長|所長|署長|館長|隊員|署員|消防士|救急救命士|保健師|栄養士|指導員|支援員|学芸員|司書)(?:さん)?(?:は|が)(?:話|語|言|笑|説明)/u
/**
 * Blind R173I-102 kind: the speaker introduced after the words in a cleft (「…」と話すのは、地域で活動を続ける保存会のみなさん。/ 「…」と語るのは、
 * 40年間舟をこぐ船頭の古賀さん / 「…」と笑うのは…農家の方): the feature writer's own interview, its speaker named by who they are and what
 * they do, as a named speaker next to the quotation is. Not a vague someone (ある方, 某), an authority or a writer (専門家, 作家), or words
 * read in a medium (記事, ネット, テレビ).
 */
export const CLEFT_SPEAKER_AFTER = /^\s?と(?:話す|語る|笑う|笑顔で話す|振り返る|ふり返る|教えてくれる|教えてくれた|話してくれた|語ってくれた)(?:のは|のが)[、,]?(?![^。！？!?\n「」]{0,30}?(?:ある|とある|某|専門家|有識者|研究者|識者|学者|作家|詩人|偉人|ネット|記事|新聞|テレビ|番組|雑誌|本|SNS|ブログ|動画))[^。！？!?\n「」]{2,30}?(?:さん|さんたち|さんご夫婦|のみなさん|の皆さん|の皆さま|の皆様|みなさん|の方|の方々|氏|会長|代表|理事長|組合長|店主|代表者)(?:たち)?(?:です|でした|だ)?(?:[。！!]|$)/u
export const OWN_EVENT = /体験|参加|受け入れ|受講|来場|アンケート|教室|講座|イベント|見学|授業|ワークショップ|研修|講演|講師|勉強会|意見交換会|座談会|説明会|取材|お邪魔|訪問|ボランティア/u
/**
 * Blind KY-003 kind: the sentence before tells the class or meeting talking it over (生徒たちは、SNSで見かける言葉を…話し合いました。「…」という
 * 意見が印象に残りました): the voice is one said in that talk, and a medium it names is the talk's topic, not where the voice was read.
 */
export const DISCUSSED_BEFORE = /(?:話し合|出し合|意見交換し|議論し|考え合|語り合|発表し合)(?:い|っ)?(?:ました|た|ています)[。．！!]?\s{0,2}$/u
/** Voices the city collected or heard itself: 寄せられた応援メッセージを一部ご紹介します, ご夫婦にお話を伺いました. */
const RECEIVED_BEFORE = /寄せられた[^。！？!?\n]{0,24}(?:メッセージ|声|感想|ご意見|コメント|お便り)/u
/**
 * …asked by the staff (HEARD_BEFORE). Round 47: a block quote (> …) reproduces a text as its writer wrote it. A message the city received (保健センターに寄せられた声です。
 * ⏎> 予約なしで健診に行ったら…) set out so is someone's text published: it needs who sent it and their leave, as 「…」 voices summed
 * up by the city do not; an interview the staff made (…さんにお話を伺いました) stays the post's own.
 */
/*
 * Blind IS-044: …or taught by those it names (漁協青年部の皆さんに、のりづくりの1年を教えていただきました, 船頭さんに掘割の歴史を説明して
 * もらいました, 保存会の方に見どころをご案内いただきました): the staff learnt it from them, so their words quoted later in the post (「潮の満ち
 * 引きと天気を見ながら、毎日が勝負です」と青年部の方) are what was said to the staff; a vague someone (ある方に) is still no one met.
 */
/*
 * Blind R105A-059: …also with what was asked between (直売所の生産者さんに、冬野菜のおすすめを聞きました。⏎⏎「…」とのこと; 船頭さんに掘割の
 * 見どころを伺いました): the staff asked the person it names by role; a vague one (ある生産者さんに) is no one met.
 * Blind IY-097 kind: …told in the casual voice of a friendly account too (船頭さんに、見どころを聞いてみたよ, 店主さんにおすすめを聞いてきた).
 * Blind MN-016 kind: …or with only a word for how it was asked between (看護師さんにズバリ聞いてみました, 店主さんに直接伺いました, 職員さんに
 * さっそく聞いてきました): the staff asked the person the post names by role; a vague one (ある専門家さんにズバリ聞いてみました) is still no one met.
 */
export const HEARD_BEFORE = /(?:に|から)(?:お話|話)を(?:伺|聞|うかが)|(?<!(?:(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某)|どこかの|どこかで)[^。！？!?\n「」『』]{0,8})インタビュー|(?:さん|氏|様|員|生|者|長|師|士|たち|の皆さん)に(?:聞きました|聞いてみました|伺いました|うかがいました|聞いた|取材しました)|(?<!(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某|どこかの)[^。！？!?\n「」『』]{0,12})(?:さん|氏|様|員|生|者|長|師|士|たち|の皆さん)に[、,]?(?:[^。！？!?\n「」『』]{1,20}?(?:を|について|のこと)|(?:ズバリ|ずばり|直接|じかに|早速|さっそく|実際に|率直に|思い切って|改めて|あらためて|少し|ちょっと)[、,]?)(?:聞きました|聞いてみました|聞いてみた|聞いてきました|聞いてきた|お聞きしました|伺いました|うかがいました|尋ねました|たずねました|教わりました|(?:教えて|説明して|案内して)(?:いただきました|いただいた|もらいました|くださいました|くれました)|(?:お教え|ご説明|ご案内|解説)いただきました)/u
export const COLLECTED_BEFORE = new RegExp(`${RECEIVED_BEFORE.source}|${HEARD_BEFORE.source}`, 'u')
/**
 * Blind HW-121: a message its givers handed to the city, told just before it (帰国前に寄せてくれたメッセージです, 留学生の皆さんが送って
 * くれたお便りです, 手紙を送ってくださいました, 生徒の皆さんからのメッセージです): the givers named in the lead are its source, as 寄せられた
 * メッセージ is. Not read in a medium or from someone vague (ある有名人がSNSに寄せてくれたメッセージ, ネットで見つけた…からのメッセージ).
 */
const GIVEN_TO_US =
  /(?:寄せ|送っ|届け|書い|贈っ|託し|残し)て(?:くれ|くださっ|下さっ|いただい|頂い|もらっ)た[^。！？!?\n「『」』]{0,8}?(?:メッセージ|お?声|ご?感想|ご?意見|コメント|お便り|お?手紙|寄せ書き|エール|ビデオレター)|(?:メッセージ|お便り|お?手紙|寄せ書き|ビデオレター|ご?感想|コメント)を[^。！？!?\n「『」』]{0,6}?(?:寄せ|送っ|届け|書い|贈っ)て(?:くれ|くださ|下さ|いただき|いただい|頂き|頂い|もらい|もらっ)(?:まし)?た|(?:さん|様|さま|皆さん|みなさん|皆様|生徒|児童|園児|学生|留学生|選手|参加者|方々|たち)(?:から|より)の[^。！？!?\n「『」』]{0,6}?(?:メッセージ|お便り|お?手紙|寄せ書き|エール|ご?感想|コメント)(?:です|でした|を(?:ご)?紹介|が届|をいただ|を頂)/u
export function givenToUs(s: string): boolean {
  const m = GIVEN_TO_US.exec(s)
  if (m === null) return false
  let a = m.index
  while (a > 0 && !/[。！？!?\n]/u.test(s[a - 1]!)) a--
  const sentence = s.slice(a, m.index + m[0].length)
  return !NOT_MET.test(sentence) && !IN_MEDIUM.test(sentence) && !/有名人|著名人|芸能人|誰か|どこかの|関係者/u.test(sentence)
}
/**
 * Blind R97A-150: a survey the city ran, named by its title or its year, as where the words are drawn from (今年の市民アンケート（令和6年度
 * 健康づくりに関する意識調査）の自由記述から、ご紹介します。⏎「…」; 令和5年度市民意識調査の自由回答より一部を抜粋します): the survey is the
 * source. A survey left vague (あるアンケートの自由記述から, ネットのアンケートで) names nothing: a year or a bracketed title must name it.
 */
/**
 * Blind HU-105: a survey named in the quotation's own sentence, by its date or who ran it (アンケート（令和7年11月、市教育委員会実施、回答
 * 1,812人）では、約8人に1人が「…」と答えました; 令和6年度市民意識調査では、約3割の方が「…」と回答しています), the quotation being the item its
 * respondents chose: the survey is its source. A survey left vague (ネットのアンケートでは, あるアンケートで) or the words not an answer
 * (…と書かれていました) names none.
 */
export const SURVEY_IN_SENTENCE = /(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその|某)(?:(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度|市|県|国|委員会|センター|協議会)(?:の|が)?[^。！？!?\n「『（(]{0,16}?(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査|調査)(?:[（(][^）)\n]{2,40}[）)])?|(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査|調査)[（(][^）)\n]{0,30}?(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年|実施)[^）)\n]{0,30}[）)])(?:では|で|の結果(?:では|で)?|によると|によれば)[、,]?[^。！？!?\n「『」』]{0,30}$/u
/**
 * Blind MR-058 kind: a voice told right after it as one the city's own survey drew (「…」と、昨年度参加された方のアンケートにもうれしい声が
 * 寄せられています（令和6年度 …終了時アンケート）; 「…」との声が、教室の参加者アンケートに寄せられました; 「…」という感想が、令和6年度
 * 利用者アンケートで多く聞かれました): the survey, named by its year, its title in brackets or whose it is (参加者, 受講者, 利用者), is its
 * source, as a survey named before the words is (SURVEY_IN_SENTENCE). A survey left vague or read in a medium (あるアンケート, ネットの
 * アンケートで, 他市のアンケート) names none.
 */
export const SURVEY_VOICE_AFTER =
  /^[」』”〟]?\s?(?:と|との|という|といった)[、,]?[^。！？!?\n「『」』]{0,30}?(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその|某|民間の|他市の|他の)(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度|参加(?:され|し)た(?:方|皆さん|みなさん|方々)の|参加者|受講者|受講(?:され|し)た(?:方|皆さん|みなさん|方々)の|利用者|来場者|修了時|終了時|事業|教室|講座|イベント)[^。！？!?\n「『」』]{0,10}?アンケート(?:調査)?(?:に|で|には|にも|では|でも|から)[^。！？!?\n「『」』]{0,16}?(?:寄せられ|届い|届き|いただ|頂い|頂き|聞かれ)|^[」』”〟]?\s?(?:と|との|という|といった)[、,]?[^。！？!?\n「『」』]{0,40}?(?:お?声|ご?感想|ご?意見|ご?回答|コメント)(?:が|も|を)[^。！？!?\n]{0,12}?(?:寄せられ|届|あり|いただ|頂|聞かれ)[^。！？!?\n「『」』]{0,12}?[（(]\s?(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?)[^）)\n]{0,30}?(?:アンケート|意識調査|実態調査|調査)[^）)\n]{0,10}[）)]/u
export const ANSWERED_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:答え|こたえ|回答)|^[」』”〟]?\s?(?:という|との|を選んだ|と答えた|と回答した)(?:ご?回答|答え|人|方|割合|児童|生徒|保護者|市民)/u
/**
 * Blind IH-085: an item of a survey the post reports, told by the share of those who answered it (「…」と答えた中学生の割合が全国より高く,
 * 「…」と回答した人は約3割, 「…」って答えた人が半分以上): the survey's own wording, its source the survey the post names (調査, アンケート,
 * 質問). Not a survey in a medium left vague (ネットのアンケート, ある調査).
 */
export const ANSWERED_SHARE_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:答え|こたえ|回答し|回答され|選ん|選択し)(?:た|て(?:い|お)(?:る|た|ます|ました))[^。！？!?\n「『]{0,16}?(?:割合|比率|人数|数|率|人|方|児童|生徒|保護者|市民|子ども)(?:は|が|も|の)[^。！？!?\n]{0,24}?(?:[0-9０-９]|[一二三四五六七八九十]割|割合|半数|半分|過半数|全国|平均|高|低|多|少|上回|下回|増|減|最も)/u
export const SURVEY_REPORTED = /(?<!ある|とある|ネットの|ネット|SNSの|SNS|どこかの|よその|某|民間の|他市の|他の)(?:調査|アンケート|質問紙|質問調査|生活習慣に関する質問|意識調査|世論調査)/u
/**
 * Blind IH-038: quotations told, right after them or as the next paragraph's opening, to be what participants of the city's own class or
 * workshop said or wrote there (これらは、市内の小中学校の人権学習で、子どもたちが「言われたら悲しい言葉」として出し合ったものです,
 * いずれも講座の受講者が書いてくれた感想です): the city's own material, as a participant's words are. Not words read in a medium.
 */
const OWN_CLASS_VOICES = /^[\s」』”〟。、―—‐-]{0,6}(?:これら|これ|以上|いずれ|どれ)(?:は|も)[、,]?[^。！？!?\n]{0,60}?(?:授業|学習|学級活動|道徳|講座|教室|研修|ワークショップ|話し合い|意見交換|アンケート|出前講座|学級会|ホームルーム)[^。！？!?\n]{0,40}?(?:子ども|子供|こども|児童|生徒|参加者|受講者|受講生|園児|学生|中学生|小学生|高校生)(?:たち|の皆さん|のみなさん)?(?:が|から)[^。！？!?\n]{0,30}?(?:出し合っ|挙げ|あげ|書い|出し|寄せ|考え|発表し|話し合っ|書き出し|口にし)(?:た|てくれた|てくれました|ていただいた|ました)(?:もの|言葉|例|意見|声|感想)?/u
export function ownClassVoices(t: string): boolean {
  const m = OWN_CLASS_VOICES.exec(t)
  return m !== null && !IN_MEDIUM.test(m[0]) && !VAGUE_MEDIUM_LEAD.test(m[0])
}
/**
 * Blind KN-035 kind (misc63): sayings set down as examples, then named by the text right after them as a prejudice or as words that hurt
 * (「障がいがあるから、この仕事は無理だろう」⏎「車いすの人が来ると…迷惑だ」⏎⏎こうした思い込みは、知らないうちに誰かの機会を奪っています;
 * ――このような偏見が…; これらはいずれも差別にあたります; こうした言葉が、誰かを深く傷つけています): an awareness post showing what not to think
 * or say, the quotations its own specimens, no text with an author to credit. The pointer opens the text after the run of quotations (in the
 * paragraph, or the next paragraph's head), and names the sayings by a word of prejudice or of harm done with words; words praised (こうした
 * 言葉に励まされ) or taken up as a saying (この言葉を胸に) are not this.
 */
const PREJUDICE_NAMED =
  /^[\s」』”〟。、―—‐\-…]{0,6}(?:こうした|こういった|こういう|このような|こんな|そうした|そういった|そういう|そのような|そんな|これら(?:の|は|も)?|いずれも|どれも|これは|これも)[、,]?(?:[^。！？!?\n「」『』]{0,10}?(?:思い込み|決めつけ|決め付け|偏見|先入観|固定観念|ステレオタイプ|アンコンシャス・?バイアス|無意識の(?:偏見|差別|思い込み)|差別的な(?:言葉|発言|考え|言動|表現)|心な(?:い|き)(?:言葉|一言|ひと言|発言)|心無い(?:言葉|一言|ひと言|発言))|[^。！？!?\n「」『』]{0,10}?(?:差別|偏見|ハラスメント|パワハラ|セクハラ|いじめ|人権侵害)(?:に(?:あたる|当たる|あたり|当たり|つながる|つながり|なる|なり)|です|でした|の(?:一つ|ひとつ|例))|(?:何気ない|なにげない|ちょっとした)?(?:言葉|一言|ひと言|発言|言動|声かけ)(?:が|は|も|で|によって)[^。！？!?\n]{0,30}?(?:傷つけ|傷付け|きずつけ|追い詰め|追いつめ|苦しめ|奪|差別|偏見|いじめ|ハラスメント|人権))/u
export function prejudiceNamed(t: string): boolean {
  const m = PREJUDICE_NAMED.exec(t)
  return m !== null && !IN_MEDIUM.test(m[0]) && !VAGUE_MEDIUM_LEAD.test(m[0])
}
export const SURVEY_NAMED = /(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその)(?:(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度)(?:の)?[^。！？!?\n「『（(]{0,16}?(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査)(?:調査)?(?:[（(][^）)\n]{2,40}[）)]|[「『][^」』\n]{2,40}[」』])?|(?:アンケート|意識調査|実態調査|市民調査|満足度調査|ニーズ調査)(?:調査)?(?:[（(][^）)\n]{0,30}?(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年|調査|アンケート)[^）)\n]{0,30}[）)]|[「『][^」』\n]{2,40}(?:調査|アンケート)[」』]))(?:の|で(?:の|いただいた|寄せられた)?)?(?:自由記述|自由回答|自由意見|記述|回答|ご回答|ご意見|意見|声|感想|コメント)(?:欄)?(?:から|より)[、,]?[^。！？!?\n「『]{0,20}?(?:ご紹介|紹介|抜粋|一部|いくつか|お届け)?[^\n「『]{0,12}\s*$/u
/**
 * Blind KB-032 kind: words drawn from a survey's free answers (自由記述では、「…」という声が多く寄せられました; 自由回答から一部をご紹介します。
 * ⏎・「…」; ご意見欄には「…」との声も) in a post that names the survey by its year, its title or who ran it, in any paragraph
 * (令和6年度柳川市市民意識調査（…令和6年11月実施）の結果を公表しました; 市が実施した子育てアンケート): the survey is the source, as
 * SURVEY_NAMED is in one sentence. Not a survey left vague or read in a medium (あるアンケートの, ネットのアンケートで, 他市の調査).
 * FREE_ANSWER_LEAD reads the text before the quotation with the list marks and the quotations blanked before it stripped (bounded: 160).
 */
const FREE_ANSWER_LEAD =
  /(?:自由記述|自由回答|自由意見|自由記入|自由記載|記述式(?:の)?(?:回答|設問)|ご?意見欄|その他(?:の)?ご?意見)(?:欄)?(?:の|で(?:の|いただいた|寄せられた|書かれた)?)?(?:ご?意見|ご?回答|回答|お?声|ご?感想|コメント|内容)?(?:では|で|には|に|にも|から(?:は)?|より|を見ると)?[、,]?[^。！？!?\n「『」』]{0,30}[。：:]?$/u
const SURVEY_TITLED =
  /(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその|某|民間の|他の|別の)(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度|(?<![一-龠々])(?!他|各|某|隣|近隣)[一-龠々]{1,5}(?:市|町|村|県)|(?<![一-龠々])(?:市|県|教育委員会))(?:の|が(?:実施した|行った|実施する))?[^。！？!?\n「『]{0,16}?(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査)/u
/** The literals FREE_ANSWER_LEAD and SURVEY_TITLED cannot match without (one cheap test before the patterns). */
const FREE_ANSWER_WORD = /自由|意見欄|記述式|その他/u
const SURVEY_WORD = /アンケート|調査/u
export function surveyTitled(t: string): boolean {
  return SURVEY_WORD.test(t) && SURVEY_TITLED.test(t)
}
export function freeAnswerLed(masked: string, a: number): boolean {
  const raw = masked.slice(Math.max(0, a - 160), a)
  if (!FREE_ANSWER_WORD.test(raw)) return false
  const w = raw.replace(/[\s・●○◆◇■□▼▽\-－*＊、,]+$/u, '')
  const m = FREE_ANSWER_LEAD.exec(w)
  if (m === null) return false
  const lead = w.slice(Math.max(0, w.lastIndexOf('。', m.index) + 1), w.length)
  return !IN_MEDIUM.test(lead) && !VAGUE.test(lead) && !/ある|某|他市|よその/u.test(lead)
}
