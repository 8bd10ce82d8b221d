/**
 * Quote forms (4(4)): the bracket pairs (OPEN_CLOSE, CLOSERS, CLOSE_OF), whether a bracketed passage reads as a quotation rather than a
 * name or title (isPassage: sentences, a quotative, verse, a run of clauses, Latin-script sentences by latinReading, classical Japanese,
 * a statute's wording), a reference text copied without brackets (encyclopedic), block quotes and lines led by 引用： (BLOCK_LINE,
 * blockTagged), passages set off by dashes (dashIntro, dashWrapped), passages framed as a quotation (FRAME_OPEN, FRAME_CLOSE,
 * FRAME_ALONE), lines that announce a quotation (INTRO, introAnnounces, announcingSentence), a line headed by where its text is from
 * (MEDIUM_FROM_LINE, LABELLED_LINE), a heading that labels an excerpt (excerptHeading), a repost announced (repostAnnounced) and lines
 * of an old text (isOldText). Stays clean: a name or title in brackets (「…」の受講者募集, テーマは「…」です), a heading in 【】, an ID,
 * the post's own section or vision. Part of the quotation family (index.ts reads the quotations and reports them).
 */
import { BLOCK_SENTENCE, isStop, letters, TOPIC } from './context'
import { attributes, VOICE_TAG_AFTER } from './named-speakers'

export const OPEN_CLOSE: Record<string, string> = { '〈': '〉', '【': '】', '〔': '〕', '‹': '›', '‘': '’', '「': '」', '『': '』', '“': '”', '〝': '〟', '≪': '≫', '《': '》', '«': '»', '"': '"' }
export const CLOSERS = new Set(['〉', '】', '〕', '›', '’', '」', '』', '”', '〟', '〞', '≫', '》', '»'])
export const CLOSE_OF: Record<string, string> = { '〉': '〈', '】': '【', '〕': '〔', '›': '‹', '’': '‘', '」': '「', '』': '『', '”': '“', '〟': '〝', '〞': '〝', '≫': '≪', '》': '《', '»': '«' }
/**
 * Blind R131I-009: a reference text copied without its source (柳川市は、福岡県の南西部に位置する市。…「水郷柳川」として知られている。江戸時代
 * には柳河藩の城下町として栄えた。): an encyclopedia's article reads by strong marks together: it opens with a definition of a named place
 * closed by a noun (「Xは、…に位置する市。」, 体言止め), it is written in である調 throughout (no です・ます anywhere in the paragraph), and it
 * goes on in the encyclopedic manner: a fame told impersonally (として知られている), a past narrated by era (江戸時代には…栄えた) or figures
 * with their units (総延長約930km). The city's own description in its own voice (柳川市は…に位置するまちです, 本市は…に位置し) is not one.
 */
const ENCYCLOPEDIA_OPEN = /^\s*(?!本市|当市|本町|当町|本村|わが|我が|うち|私)[一-龠々ァ-ヶー]{2,12}(?:[（(][^）)\n]{1,30}[）)])?は[、,]?[^。！？!?\n「」]{2,40}?(?:に位置する|に所在する|に位置している|にある)[^。！？!?\n「」]{0,12}?(?:市|町|村|区|郡|島|川|河川|山|湖|湾|半島|都市|地域|地方|城|寺|寺院|神社|温泉|温泉地|港|駅)。/u
const ENCYCLOPEDIA_POLITE = /です|ます|でした|ください|下さい|でしょう|ましょう|ませ|ね[。！!]|よ[。！!]|[！!？?]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/u
const ENCYCLOPEDIA_MARKS = [
  /として(?:知られ(?:ている|る|ていた)|有名である)。/u,
  /(?:時代|世紀|年間|以降|以前|年)(?:に|には|から|まで)[^。！？!?\n]{0,40}?(?:栄え|置かれ|築かれ|始まっ|発展し|成立し|設置され|編入され|合併し|となっ|であっ|呼ばれ|創建され|建立され|築城され|開業し|開通し|建てられ)(?:た。|、)/u,
  /約?[0-9０-９][0-9０-９,，.．]*\s?(?:km|ｋｍ|キロメートル|平方キロメートル|km²|㎢|メートル|ヘクタール)/u,
]
/** [start, end) of a paragraph that reads as an encyclopedia's article (`ENCYCLOPEDIA_OPEN`), or null. */
export function encyclopedic(t: string): { a: number; b: number } | null {
  const m = ENCYCLOPEDIA_OPEN.exec(t)
  if (!m || ENCYCLOPEDIA_POLITE.test(t)) return null
  const rest = t.slice(m[0].length)
  if (ENCYCLOPEDIA_MARKS.filter((re) => re.test(rest)).length < 1 || (rest.match(/。/gu) ?? []).length < 1) return null
  const a = m.index + (m[0].length - m[0].trimStart().length)
  // The article's own lines: a citation after it (（出典：…）, 出典：… on a line of its own) is its source, not part of it.
  const nl = t.indexOf('\n', a)
  let b = nl < 0 ? t.trimEnd().length : nl
  const cite = /[（(【][^（()）【】\n]{0,40}?(?:出典|引用|出所|参照|参考|より)[^（()）【】\n]{0,40}[）)】]\s*$/u.exec(t.slice(a, b))
  if (cite) b = a + cite.index
  return { a, b }
}
export const MAY_QUOTE = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)|(?:読んだ|見た|見かけた|目にした|聞いた|知った)(?:この|その)?(?:言葉|一節|フレーズ|名言)|[-―—─]\s?(?:という|との)(?:言葉|一節|名言|格言|フレーズ)|[「『“‘〝≪《«">〈【〔‹♪♫♬]|🎵|🎶|この(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)|このような(?:ご?相談|お?悩み|ご?質問|お?困りごと)|引用|抜粋|転載|一節|一文|次のように|以下|こう|こんな|次の|を(?:ご)?紹介|をお届け|(?:人|家|豪|者)(?:は|が|も)(?:言い|述べ|書|語り|記し|詠み|残し)/u
const QUOTATIVE = /^\s?(?:と|って|との|(?:なん)?だ(?:って|そう)|ですって|やって|げな|とか[。!！\s]|とか$)/u
/** A sentence's end without its 。 (written with the punctuation left out): 〜である, 〜ていく, 〜ます. */
const PREDICATE_END = /(?:である|であった|のだ|のです|ものだ|ことだ|ている|ていた|ていく|ていった|ではない|でない|だった|でした|ます|ました|です|ません)$/u
/** After a name or title: 「…」の受講者募集, 「…」を開催. */
export const TITLE_FOLLOW = /^(?:の|を|が|に|へ|で(?!すって)|や(?!って)|など|は|も|展|賞|号|編|祭|まつり|フェア|フェスタ|事業|講座|大会|コンテスト|プロジェクト|運動|キャンペーン|活動|取り組み|取組|宣言|作戦|ツアー|教室|講演|シンポジウム|フォーラム|セミナー|ワークショップ|会議|研修)/u
/** After a name, theme or slogan, not a quotation: テーマは「…」です, 「…」という意味です. */
export const NAME_FOLLOW = /^\s?(?:です(?!って)|でした|となり|をテーマ|と題し|と題する|と名付け|と命名|という(?:意味|趣旨|テーマ|タイトル|題|名前|名称|愛称|キャッチフレーズ|スローガン|合言葉|標語|願い|思い))/u
/** Before a title: 講演会「…」, テーマ「…」. */
export const TITLE_BEFORE = /(?:講演会|講演|講座|テーマ|題|タイトル|演題|展|展示|シンポジウム|フォーラム|大会|キャンペーン|事業|プロジェクト|番組|コーナー|曲目|特集|企画|教室|セミナー|研修|ワークショップ)[】〕］\]]?[はをの：:]?\s?$/u
const SENTENCE_STOP = /[。！？!?]/u
const CLAUSE_MARK = /[、，,]/u
/**
 * Lines that announce a quotation of what follows (not words pointed back at: こんな言葉を、友だちに向けていませんか). Team GY-104: the reader
 * asked to write it so (件名を次のように書いてください, 以下のようにご記入ください) is shown the city's own sample, not someone's text.
 */
const INTRO =
  /(?<!無断)(?:引用|抜粋|転載)(?:します|いたします|させていただきます|しました|いたしました|です|になります)|(?:一節|一文|文章|言葉|詩|歌詞|記事|投稿|くだり|コメント|感想|お便り|お手紙|手紙|メッセージ)を(?:ご紹介|紹介|お届け|引用|抜粋)(?:します|いたします|させていただきます)|(?:こんな|次の|以下の)(?:ような)?(?:一節|言葉|文章|詩|歌詞|記事|投稿|文|くだり|コメント|声|感想|お便り|メッセージ)(?![一-龠])(?![^。！？!?\n]{0,24}?(?:ませんか|ないで|やめ|控え|使わない|言わない|向けない|傷つ|(?:わか|分か|知られ|ばれ|バレ)(?:って|て)しま|特定さ|狙われ|危険|危な|トラブル|炎上|被害|悪用|要注意|注意が必要|気をつけ|気を付け))|(?:次のように|こう|以下のように)(?:書|記|綴|つづ|述|語|詠|紹介)(?!いて(?:ください|下さい|くださ|ね)|きましょう|入(?:して(?:ください|下さい|くださ)|ください|願い|をお願い)|載(?:して(?:ください|下さい|くださ)|ください|願い|をお願い))|(?:次のように|こう)言(?:いました|っています|っていました|い残)|(?:作家|詩人|歌人|文豪|哲学者|思想家|偉人|先人|昔の人|著名人|有名人)(?:は|が|も)(?:言い|述べ|書き|書い|語り|記し|詠み|残し)(?:ました|ています|ていました|ている)[。：:]?\s*$|一節(?:です|があります|がありました|をご紹介|を紹介)/u
const INTRO_ALL = new RegExp(INTRO.source, 'gu')
/**
 * Blind R287L-020 kind: a demonstrative that points back at words just quoted (「キモい」「死ね」「学校来るな」――⏎SNSに書かれたこんな言葉が、
 * 子どもを追いつめています, 「…」。そんな言葉に傷つく人がいます): the words before it are what it names, examples mentioned, so it announces
 * nothing below it and the plain sentence after it (一人で悩まず、…にご相談ください) is the post's own. Only こんな/そんな/このような words
 * right after a closing bracket (a dash, a stop or a line break between, and a short lead such as SNSに書かれた); 次の/以下の point forward.
 */
const POINTED_BACK_BEFORE = /[」』”〟][―—…‐\-ー、。！!\s]{0,6}[^。！？!?\n「『」』]{0,20}$/u
/**
 * Blind KQ-060 kind (fix-DM): the sentence of an announcing line that does the announcing (柳川市観光協会の投稿をご紹介します。白秋祭…): where
 * the line announced below it may find its source, as the line right before a bracket does (the whole line when no INTRO phrase is in it).
 */
export function announcingSentence(line: string): string {
  const m = INTRO.exec(line)
  if (!m) return line
  const from = Math.max(line.lastIndexOf('。', m.index), line.lastIndexOf('！', m.index)) + 1
  const stop = /[。！!]/u.exec(line.slice(m.index + m[0].length))
  return line.slice(from, stop ? m.index + m[0].length + stop.index + 1 : line.length)
}
export function introAnnounces(t: string, lineStart: number, line: string): boolean {
  if (!INTRO.test(line)) return false
  for (const m of line.matchAll(INTRO_ALL)) {
    const back = /^(?:こんな|そんな|このような|そのような|こうした|そうした)/u.test(m[0]) && POINTED_BACK_BEFORE.test(t.slice(Math.max(0, lineStart + m.index - 40), lineStart + m.index))
    if (!back) return true
  }
  return false
}
export const BLOCK_LINE = /^\s{0,3}(?:>|(?:引用|抜粋|転載)\s?[:：])\s?/u
/**
 * Blind R298K-025 / R298K-058 kind: a long passage set off by a dash or a rule instead of brackets (in the norm view ―, ——, ─, – all read
 * as - or --) on the line under one that announces words (ある旅行誌にこんな一文がありました。⏎― …, 船頭歴40年の方が話してくれた言葉です。⏎─ …,
 * …と書かれていました。⏎-- …): a quotation like a block quote, needing its author, publication or date. A dash used as a list bullet
 * (no announcing line) or a range (10時―12時, not at a line's start) is not one; こんな言葉 pointing back at a closing bracket announces
 * nothing (POINTED_BACK_BEFORE).
 */
export const DASH_LED = /^[ \u3000]{0,3}-{1,2}(?!-)[ \u3000]?(?=[^\s\-])/u
export const DASH_INTRO = /(?:(?:こんな|次の|以下の|この)(?:ような)?(?:一文|一節|言葉|文章|文|くだり|フレーズ|名言)(?:が|を)?[^。！？!?\n]{0,8}?(?:ありました|あります|ございます|です|でした|ありまして|残って(?:い|お)ます|載って(?:い|お)(?:ました|ます)|見つけました|紹介(?:します|いたします))|(?:一文|一節|言葉|文章|くだり|フレーズ)(?:です|でした)|(?:話して|語って|教えて|聞かせて|言って)(?:くれ|くださ|下さ|いただい|もらっ)た(?:一文|一節|言葉|お話|話)(?:です|でした|があります|があります)?|(?:書かれて|記されて|書いて|載って)(?:い|あ|お)(?:ました|ます|りました|ります)|(?:こう|次のように)(?:書|記|綴|語|言)(?:かれ|され|られ|い|っ|し)[^。！？!?\n]{0,6}?(?:ました|ます|た))[。：:]?[ \u3000]*$/u
export function dashIntro(t: string, lineStart: number, line: string): boolean {
  const m = DASH_INTRO.exec(line)
  if (!m) return false
  return !(/^(?:こんな|そんな|このような|そのような|こうした|そうした)/u.test(m[0]) && POINTED_BACK_BEFORE.test(t.slice(Math.max(0, lineStart + m.index - 40), lineStart + m.index)))
}
/** Blind R298K-055 kind: a long passage wrapped in dashes on a line of its own (——水の上に暮らしの匂いがする町、…。——): a quotation set off without brackets. */
const DASH_WRAPPED = /^[ \u3000]{0,3}--(?!-)[ \u3000]?([^\n\-]{20,200}?)[ \u3000]?--[ \u3000]*$/mu
/** …read as sentences in the plain literary voice (not a heading wrapped in rules: ――白秋祭のご案内――, nor the city's own ます/です notice). */
export function dashWrapped(line: string): boolean {
  const m = DASH_WRAPPED.exec(line)
  return !!m && BLOCK_SENTENCE.test(m[1]!) && !/(?:ます|です|ください|下さい|ました|でした|ません)[。！!]?\s*$/u.test(m[1]!)
}
/**
 * Blind R128I-058: a line that is only a medium's text named as where what follows is from, in brackets (（今朝の新聞記事より）, 【先週の
 * 雑誌のコラムから】, （ネット記事より転載）): the lines under it are that text reposted, as under 以下、…より抜粋します.
 */
export const MEDIUM_FROM_LINE =
  /^\s{0,3}[（(【［\[〔]\s?[^\n（()）【】［］\[\]〔〕「」『』。]{0,20}?(?:新聞|記事|紙面|朝刊|夕刊|雑誌|週刊誌|コラム|社説|ネットニュース|ニュースサイト|報道|ブログ)(?:記事|の記事)?(?:より|から)(?:の)?(?:引用|抜粋|転載)?\s?[)）】］\]〕]\s*$/u
/** A line that names where its text is from, then the text (国の資料より抜粋：…, 〇〇白書から引用: …): a block quote. */
export const LABELLED_LINE =
  /^\s{0,3}(?:[^\n:：「」『』。]{1,40}?(?:より|から)(?:の)?(?:引用|抜粋|転載)\s?[:：]\s?|[（(【［\[〔]\s?[^\n:：「」『』。（()）【】［］\[\]〔〕]{1,30}?(?:より|から)(?:の)?(?:引用|抜粋|転載)(?:です|しました|します)?\s?[)）】］\]〔〕]\s?[:：]?\s?)/u

/**
 * Blind R67A-131: a heading that labels the text under it as an excerpt or a reproduction, the label closing the line (台風第14号に関する気象
 * 情報（抜粋）, ■土砂災害警戒情報【一部抜粋】, 新聞記事（転載）): it announces someone's text, as 以下、…より抜粋します does, and needs who issued it
 * and when. A title that names the body holding the text (福岡管区気象台 台風第14号に関する気象情報（抜粋）, 柳川市地域防災計画（抜粋）) names its
 * source; a label in the middle of a sentence (会議録（抜粋）は市ホームページでご覧いただけます) heads nothing, and a numbered section of the
 * post's own notice (1 参加資格（抜粋）⏎（1）…に該当しないこと) abridges the city's own text.
 */
const EXCERPT_HEADING = /^[ \t\u3000]{0,3}[【■□◆◇●○▼▽\[［]?[ \t\u3000]?([^\n。「」『』（）()【】]{2,40}?)[ \t\u3000]?[（(【［\[〔][ \t\u3000]?(?:一部)?(?:抜粋|引用|転載)(?:・?要約)?[ \t\u3000]?[)）】］\]〕][ \t\u3000]?[】\]］]?[ \t\u3000]*[:：]?[ \t\u3000]*$/u
/** A body that holds the text, named in the heading's title (福岡管区気象台, 柳川市, 内閣府, 〇〇新聞). */
const TITLE_BODY = /(?<![一-龠々ァ-ヶー])[一-龠々ァ-ヶー]{1,12}(?:市|町|村|県|都|府|省|庁|気象台|気象庁|局|署|協会|機構|センター|委員会|審議会|議会|本部|事務所|大学|研究所|新聞|日報|新報|放送)|内閣府|政府|国会/u
/** A numbered section of the post's own notice (1 参加資格（抜粋）, （2）対象者（抜粋）, 第3条（抜粋）): its own text abridged. */
const OWN_SECTION = /^(?:[0-9]{1,2}(?:[.、)]|\s)|[（(][0-9]{1,2}[)）]|[①-⑳]|第[0-9一二三四五六七八九十]{1,3}(?:章|節|条|項|号))/u
export function excerptHeading(line: string): boolean {
  const m = EXCERPT_HEADING.exec(line)
  return m !== null && !TITLE_BODY.test(m[1]!) && !OWN_SECTION.test(m[1]!.trim())
}
/**
 * Blind R183I-065: a line telling that it reposts a text the writer came across (とても分かりやすい説明があったので載せておきます, ネットで
 * 見つけた記事を貼っておきます, 素敵な投稿があったのでシェアします): what follows is someone else's text reproduced, as under 以下、…より
 * 抜粋します, and needs its source. Found (があった, 見つけた, 見かけた, 載っていた, 回ってきた) then put up (載せておきます, 貼っておきます,
 * シェアします, 転載します, 引用します). Not the city's own text (市の説明を載せておきます, 市のホームページに…説明があったので),
 * and not one whose holder the line names (環境省の…説明があったので, 警察署から呼びかけがあったので): that body is its source.
 */
const REPOST_TEXT = '(?:説明|解説|文章|記事|投稿|まとめ|コラム|一文|文面|呼びかけ|呼び掛け|アドバイス|書き込み|ツイート|ポスト)'
const REPOST_FOUND = '(?:あった|ありました|ありまして|あり[、,]|見つかった|見つかりました|載っていた|載ってた|載っていました|書かれていた|書かれていました|書いてあった|書いてありました|出ていた|出ていました|回ってきた|回ってきました|流れてきた|流れてきました|紹介されていた|紹介されていました)'
const REPOST_SAW = '(?:見つけ|見かけ|目にし|読ん|拝見し|発見し)(?:た|ました|て)'
const REPOST_PUT = '(?:(?:載せ|のせ|貼っ|はっ|貼り付け|はりつけ)(?:て(?:おき|おこうと思い|み)?ます|ます|ときます|ておく|とく)|(?:シェア|共有|転載|引用)(?:します|させていただきます|いたします|しておきます|しときます)|そのまま(?:使わせて(?:いただき|もらい)ます|使います|使用します|使用させていただきます|掲載します|掲載させていただきます|載せます|ご紹介します|紹介します|お借りします))'
/**
 * Blind R11A-048 kind: the text found told before it (他の自治体のホームページに載っていた文章が分かりやすかったので、そのまま使わせて
 * いただきます, ネットで見つけた説明をそのまま載せます), and the text put up as it is (そのまま使わせていただきます, そのまま掲載します): the
 * same announcement; what follows it, in the same line too, is that text reproduced.
 */
export const REPOST_ANNOUNCE = new RegExp(
  `(?:${REPOST_FOUND}|${REPOST_SAW})${REPOST_TEXT}(?:が|を|も|は)[^。！？!?\\n「『]{0,20}?${REPOST_PUT}|${REPOST_TEXT}(?:が|を|も)[^。！？!?\\n「『]{0,12}?(?:${REPOST_FOUND}|${REPOST_SAW})[^。！？!?\\n「『]{0,14}?${REPOST_PUT}|${REPOST_SAW}[^。！？!?\\n「『]{0,8}?${REPOST_TEXT}を[^。！？!?\\n「『]{0,8}?${REPOST_PUT}`,
  'u',
)
/** The city's own text (市の, 本市の, 市のホームページに, 当課で) or the writer's own. */
const REPOST_OWN = /(?<![一-龠々ァ-ヶー])(?:市|本市|当市|市役所|当課|当館|当センター|当院|私|自分|わたし|僕|うち)(?:の|で|が|から|に)/u
/** A holder named (環境省, 福岡管区気象台, 警察署, 〇〇新聞, 山田先生): the line gives the text's source. Not 他市, 某県, ある…. */
const REPOST_HOLDER = new RegExp(`(?<!他|某|よその|ある|とある|近隣の)(?:${TITLE_BODY.source}|警察|消防|保健所|医師会|病院|[一-龠々ァ-ヶー]{2,8}(?:さん|氏|先生|様))`, 'u')
export function repostAnnounced(line: string): boolean {
  const m = REPOST_ANNOUNCE.exec(line)
  if (!m) return false
  // The sentence up to the announcement: where the text is from, if it says.
  const lead = line.slice(Math.max(line.lastIndexOf('。', m.index) + 1, 0), m.index + m[0].length)
  return !REPOST_OWN.test(lead) && !REPOST_HOLDER.test(lead)
}

/** A sentence stop in a script spaced into words: a word, then . ; or … and a space or the end. */
const FOREIGN_STOP = /[\p{L}\p{N}'’”)][.;…](?=\s|$)/u
const LATIN = /[A-Za-z]/u
/** Abbreviations whose period ends no sentence (Mr. Smith, Vol. 2, St. Mary's). */
const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Mt|No|Vol|Ver|Ed|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|a\.m|p\.m)\.$/u

/**
 * How a passage written in Latin script reads (after NFKC, so full-width letters count too):
 * 'sentence' — words that are mostly lower case and a sentence stop;
 * 'words' — a long run of lower-case words (or clauses with commas) and no stop: a passage unless
 * a title's place says otherwise (“Let’s talk about …” を開催); null — a name or title (Title Case), or no words.
 * Spaced letters (T h e  r i v e r …) are words of one letter: mostly lower case too.
 */
function latinReading(inner: string): 'sentence' | 'words' | null {
  let words = 0
  let lower = 0
  let latin = 0
  let other = 0
  let stop = false
  for (const w of inner.split(/\s+/u)) {
    if (w.length === 0) continue
    if (!LATIN.test(w)) {
      // A word in Japanese script inside: count its letters against the Latin ones.
      other += w.length
      continue
    }
    latin += w.length
    words++
    const c = w.charCodeAt(w.search(/[A-Za-z]/u))
    if (words > 1 && c >= 0x61 && c <= 0x7a) lower++
    if (!stop && FOREIGN_STOP.test(w + ' ') && !ABBREVIATION.test(' ' + w)) stop = true
  }
  if (words < 5 || other * 2 > latin) return null
  // Title Case (Yanagawa Canal Cruise and Eel Tasting Tour): few lower-case words.
  if (lower * 10 < (words - 1) * 6) return null
  if (stop) return 'sentence'
  return words >= 8 || /[a-z],\s[a-z]/u.test(inner) ? 'words' : null
}

/**
 * Verse written with spaces for line breaks (川は流れて どこどこ行くの 人も流れて …): four or more
 * phrases, most of them ending in kana the way clauses do; a title's parts end in nouns
 * (柳川雛祭り さげもんめぐり2025 …展). `katakanaToo`: a phrase ending in katakana counts as ending in kana too
 * (a sung refrain: ピッチピッチ チャップチャップ).
 */
export function isVerse(inner: string, katakanaToo = false): boolean {
  let phrases = 0
  let kana = 0
  for (const p of inner.split(/[\s\u3000]+/u)) {
    if (p.length === 0) continue
    if (p.length > 16) return false
    phrases++
    const c = p.charCodeAt(p.length - 1)
    if ((c >= 0x3041 && c <= 0x309f) || (katakanaToo && ((c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc))) kana++
  }
  return phrases >= 4 && kana * 4 >= phrases * 3
}

/**
 * Classical Japanese (歴史的仮名遣い and 文語 endings: 思ふもの, けり, べし, なりけり, ゐ, ゑ, the perfect り after a verb's e-stem:
 * 言えり, 造れり; round 45): a line of
 * literature, which the city does not write itself; no title of an event is written so.
 */
export const CLASSICAL = /[ゐゑヰヱ]|(?<=[一-龠々])[えけせてねへめれげぜべ]り(?=[\s\u3000。、]|$)|(?:思|言|云|歌|うた|習|舞|匂|にほ|まよ|給|候|住|思ひ|逢|会|あ)ふ(?:もの|こと|ころ|らむ|べし|なり|[\s\u3000。、]|$)|(?:に|て|たり|なり)けり|べし(?:[\s\u3000。、]|$)|(?:なり|けり|たり)(?:[\s\u3000。]|$)|らむ(?:[\s\u3000。]|$)/u

/**
 * A line of an old text set down without brackets (水郷柳河こそは、我が生れの里である。…我が詩歌の母體である。): old-form kanji
 * (體, 國, 舊 …) with a 文語 word (我が, 汝, なり, けり, こそ), or 歴史的仮名遣い and 文語 endings (ゐ, ゑ, けり, べし): the city
 * writes neither, so the line is someone's, quoted.
 */
export const OLD_FORM = /[體國學舊會來發變晝聲與傳廣戀氣歸處實寫壽樂藝當圖鐵獨讀賣萬禮兒齒區驛櫻譯邊濱龍齋鑛寳聽廳應從兩惡圍榮價擧懷廢拂佛辯辭]/u
const OLD_TEXT_WORD = /我が|吾が|吾|汝|なり(?:[、。\s]|$)|けり|ける|こそ|ぞ(?:[、。\s]|$)|ざる|ぬる|たる(?![^\s。、]{0,2}[人方])/u
export const CLASSICAL_STRONG = /[ゐゑヰヱ]|けり(?:[\s\u3000。、]|$)|(?:なり|たり)ける(?:[\s\u3000。、]|$)|べし(?:[\s\u3000。、]|$)|らむ(?:[\s\u3000。、]|$)/u
export function isOldText(line: string): boolean {
  return letters(line) >= 12 && !/[「『“‘〝≪《«"」』]/u.test(line) && ((OLD_FORM.test(line) && OLD_TEXT_WORD.test(line)) || CLASSICAL_STRONG.test(line))
}

/**
 * Blind GS-042: a headline in 【】 whose last sentence speaks in the city's polite or calling voice (…が続いています。…声をかけ合いましょう,
 * …を開放します。ご利用ください, …早めの避難を): the city writes its own headings so; a quoted passage in 【】 is set down in its author's
 * plain or literary form (…知恵の町でもある。…住民たちだった。).
 */
export const HEADLINE_VOICE = /(?:ます|ました|ません|です|でした|ましょう|ませんか|ください|下さい|(?<=[一-龠々ァ-ヶー])を)[。！!？?]?[ 　]*$/u
/** Round 26: a passage framed as a quotation in the text ((以下引用)…(引用ここまで), 【引用】…【引用終わり】). */
export const FRAME_OPEN = /(?:[（(【［\[〈<＜]|[▼▽▲△■◆●―—-]{1,3})\s?(?:(?:以下|ここから|これより|次)[、,\s]?(?:は)?(?:引用|抜粋|転載)(?:です|します|文)?|引用(?:文)?|(?:引用|抜粋|転載)(?:開始|はじめ|ここから))\s?(?:[)）】］\]〉>＞]|[▼▽▲△■◆●―—-]{1,3})[:：]?/gu
export const FRAME_CLOSE = /(?:[（(【［\[〈<＜]|[▼▽▲△■◆●―—-]{1,3})\s?(?:(?:引用|抜粋|転載)(?:は)?(?:ここまで|おわり|終わり|終了|終|了|以上|完)|(?:ここまで|以上)[、,\s]?(?:が|は)?(?:引用|抜粋|転載))\s?(?:[)）】］\]〉>＞]|[▼▽▲△■◆●―—-]{1,3})/u
/**
 * A line that cites a work: its author or issuer and 『title』 in brackets or after a dash, or 出典： (（…委員会『…』平成18年刊、12ページより）).
 * Blind KV-027 kind: 出典： in brackets too (（出典：福岡管区気象台 福岡県気象情報 第3号）).
 */
export const CITATION_LINE = /\n[ \u3000]{0,3}(?:[（(][^（）()\n『』]{0,24}『[^』\n]{1,40}』[^（）()\n]{0,30}[）)]|[-—―‐─]{1,3}[ \u3000]?[^\n『』]{0,20}『[^』\n]{1,40}』[^\n]{0,30}|[（(]?(?:出典|引用元)[ \u3000]?[:：][^\n]{2,60})[ \u3000]*(?=\n|$)/u
/**
 * Blind R177I-041 kind: the line under a passage announced by the line before (…という一節があります。⏎（北原白秋『思ひ出』「わが生ひたち」より）)
 * that is wholly a citation in brackets, the work (and its chapter, in 「」) and より/から at its end, or a 出典： label: the passage's source,
 * no part of the passage (its 「わが生ひたち」 a chapter's title, not words quoted).
 */
export const SOURCE_LINE =
  /^[ \u3000]{0,3}(?:[（(][^（）()\n]{2,60}(?:より|から)(?:の)?(?:引用|抜粋|転載)?[）)]|[（(][^（）()\n『』]{0,24}『[^』\n]{1,40}』[^（）()\n]{0,30}[）)]|[-—―‐─]{1,3}[ \u3000]?[^\n『』]{0,20}『[^』\n]{1,40}』[^\n]{0,30}|(?:出典|引用元)[ \u3000]?[:：][^\n]{2,60})[ \u3000]*$/u
export const FRAME_ALONE = /^\s*[（(【［\[〈<＜]?\s?(?:以下|ここから|これより)[、,\s]?(?:引用|抜粋|転載)\s?[)）】］\]〉>＞]?\s?[:：]?\s*$/u
export const EPIGRAPH_AFTER = /^\s?[-―—]{1,3}\s?[^。！？!?\n]{0,24}?(?:テーマ|言葉|一節|モットー|合言葉|座右の銘)/u
/** One Latin token without spaces: an ID, a passphrase, a file or host name. */
const SINGLE_TOKEN = /^\s?[A-Za-z0-9][A-Za-z0-9._@#/+:=~-]{0,80}\s?$/u
/** Whether a bracketed passage reads as a quotation (not a name or title) and how it is followed. */
export function isPassage(inner: string, follow: string, lead: string): boolean {
  // Blind TX-027: one token of letters, digits and joiners, no space (「donkobune-ni-noru-neko」という例, 「yanagawa_2025」): a sample
  // passphrase, an ID or a file name, no one's text.
  if (SINGLE_TOKEN.test(inner)) return false
  if (DEFINITION_ASKED.test(lead) && letters(inner) >= CLAUSE_RUN_MIN && STATUTE_WORDING.test(inner)) return true
  // Blind R209I-045 kind: a statute's provision in brackets, a clause in its wording closed by the noun it defines (「自己の権利を行使し、
  // 又は…確認する必要がある者」も請求できます): the law's text, however it is followed (も, が, は).
  if (statuteClause(inner.trim(), lead)) return true
  if (NAME_FOLLOW.test(follow)) return false
  if (AS_NAME_AFTER.test(follow) && GLOSSED_NAME.test(inner.trim())) return false
  // A passage in Latin script reads by its own grammar; a sentence of it is like one that holds 。.
  const latin = LATIN.test(inner) ? latinReading(inner) : null
  // A title may hold ！ or ？ (「どのグリーンにする?」), hardly ever 。.
  const full = inner.includes('。') || latin === 'sentence' || (latin === null && !LATIN.test(inner) && FOREIGN_STOP.test(inner) && !/[ぁ-ゖ一-龠々ァ-ヶ]/u.test(inner))
  if (latin === 'words' && !TITLE_FOLLOW.test(follow.trimStart()) && !TITLE_BEFORE.test(lead)) return true
  if (!full && (TITLE_FOLLOW.test(follow.trimStart()) || TITLE_BEFORE.test(lead))) return false
  const stop = full || SENTENCE_STOP.test(inner)
  if (stop || QUOTATIVE.test(follow) || isVerse(inner) || CLASSICAL.test(inner)) return true
  const trimmed = inner.trimEnd()
  const last = trimmed.charCodeAt(trimmed.length - 1)
  if (CLAUSE_MARK.test(inner) && last >= 0x3041 && last <= 0x309f) return true
  // Blind R89A-066: a long run of clauses closed by a noun (a law's or a charter's definition: 「男女が、社会の対等な構成員として、…確保され、
  // …享受することができ、かつ、共に責任を担うべき社会」): two clauses or more that end in kana before their commas make running text,
  // however it ends; a title or a list is short or ends its parts in nouns (「米、麦、大豆」), and the city's own vision under its name
  // (【柳川市の将来像】⏎「…水郷のまち　柳川」) is its own text.
  if (letters(trimmed) >= CLAUSE_RUN_MIN && kanaClauses(trimmed) >= 2 && !OWN_VISION_BEFORE.test(lead)) return true
  // An epigraph set off by a dash (「音楽は言葉が尽きたところから始まる」――今回のテーマです): a topic and a plain
  // predicate make it a saying, not a title.
  if (/^\s?[-―—]/u.test(follow) && trimmed.length >= 8 && TOPIC.test(trimmed) && /[るうくすつぬむぶぐいただ]$/u.test(trimmed)) return true
  // Sentences with their punctuation left out: a topic and a written sentence end.
  return PREDICATE_END.test(trimmed) && TOPIC.test(trimmed)
}

/**
 * Blind R169D-079: a law's or a charter's definition given in brackets as the answer to "what is X" (自治会とは何か。「住民相互の連絡、…良好な
 * 地域社会の維持及び形成に資する地域的な共同活動を行う団体」です, 空き家とは？「居住その他の使用がなされていないことが常態であるもの又は…」):
 * its wording is the statute's (及び, 又は, 若しくは, に資する, 当該), so it is quoted, however it is followed (です). Not a short explanation
 * (フレイルとは？「加齢で心身が弱った状態」です), nor one in the city's plain words (…を少し多めに買い置きし、食べた分だけ買い足す方法).
 */
const DEFINITION_ASKED = /とは(?:(?:何|なに|なん)(?:か|でしょうか|でしょう|ですか|だろうか|だろう)?|[？?])[。？?！!]?\s?$/u
const STATUTE_WORDING = /及び|並びに|又は|若しくは|に資する|に係る|当該|をいう|に規定する|に定める/u
/**
 * Blind R209I-045 kind: a provision's wording in brackets — a clause in the statute's connectives (又は, 若しくは, 並びに, 当該, に規定する)
 * running CLAUSE_RUN_MIN letters or more, a clause ending in kana before a comma, closed by the noun a provision defines (者, もの, 場合,
 * とき): quoted from a law. Plain explanations (「住所のある市区町村の窓口で申請してください」), a title, and the city's vision are not.
 */
const PROVISION_WORDING = /又は|若しくは|並びに|当該|に規定する|に定める|に掲げる/u
const PROVISION_NOUN_END = /(?:者|もの|場合|とき)$/u
function statuteClause(inner: string, lead: string): boolean {
  return letters(inner) >= CLAUSE_RUN_MIN && PROVISION_WORDING.test(inner) && PROVISION_NOUN_END.test(inner) && kanaClauses(inner) >= 1 && !OWN_VISION_BEFORE.test(lead)
}
/** The city's own vision or motto named right before the brackets (将来像「…」, 【めざす姿】⏎「…」). */
const OWN_VISION_BEFORE = /(?:将来像|都市像|まちの姿|めざす姿|目指す姿|キャッチフレーズ|スローガン|基本目標|合言葉)[】〕］\]）)]?[はをの：:]?\s{0,2}$/u
/** The least length of a bracketed run of clauses closed by a noun that reads as a passage (letters). */
const CLAUSE_RUN_MIN = 40
/** How many of the parts before a comma end in hiragana (a clause: 構成員として、 確保され、 でき、), at most 8 counted. */
function kanaClauses(inner: string): number {
  let n = 0
  const parts = inner.split(/[、，,]/u)
  for (let k = 0; k < parts.length - 1 && n < 8; k++) {
    const p = parts[k]!.trimEnd()
    const c = p.charCodeAt(p.length - 1)
    if (p.length >= 2 && c >= 0x3041 && c <= 0x309f) n++
  }
  return n
}

/** A block quote's last line ends with a tag naming who wrote it (（東京都・40代女性）, （北原白秋）). */
const TRAILING_TAG = /[（(][^()（）\n]{1,40}[）)]\s*$/u
export function blockTagged(q: string): boolean {
  const m = TRAILING_TAG.exec(q)
  if (!m) return false
  return VOICE_TAG_AFTER.test(m[0]) || attributes(m[0])
}

export function headAndTail(t: string): { head: string; tail: string } {
  const firstStop = t.search(/[。！？!?\n]/u)
  const head = firstStop < 0 ? t : t.slice(0, firstStop)
  let tailStart = t.length
  while (tailStart > 0 && isStop(t[tailStart - 1])) tailStart--
  while (tailStart > 0 && !isStop(t[tailStart - 1])) tailStart--
  return { head, tail: t.slice(tailStart) }
}

/** The paragraph's last line with text. */
export function lastLine(t: string): string {
  const body = t.replace(/\s+$/u, '')
  return body.slice(body.lastIndexOf('\n') + 1)
}

/**
 * Blind IZ-077 kind: a facility's or a scheme's name given with its gloss in brackets (「クーリングシェルター（指定暑熱避難施設）」として): a
 * name, not words quoted.
 */
const GLOSSED_NAME = /^[ァ-ヶー・一-龠々A-Za-z0-9０-９ 　]{1,30}(?:[（(][ァ-ヶー・一-龠々A-Za-z0-9０-９、 　]{1,24}[）)])?$/u
const AS_NAME_AFTER = /^\s?(?:として|に指定|を指定|と名付け|の名称)/u
