/**
 * Sayings quoted however short (4(4)): a line of a work or a saying put in someone's mouth (SHORT_WORK_AFTER, SAYING_AFTER), words the
 * post calls "these words" or holds dear (THESE_WORDS, FOND_WORDS_AFTER, WRITTEN_WORDS_AFTER, calledWords, wordsMet, OCCASION_MET_AFTER),
 * words credited to a vague someone, medium or document (VAGUE_CREDIT_AFTER, VAGUE_MEDIUM_CREDIT_AFTER, VAGUE_DOC_CREDIT_AFTER), a
 * sentence without brackets pointed back at (UNBRACKETED_VAGUE, UNBRACKETED_WORDS), a saying at the head of a post (headSaying,
 * headLatinSaying), a maxim affirmed, agreed with, summed up or praised (maximAffirmed, maximAgreedQuoted, summedUp, praisedWords,
 * spiritHeld), a saying handed down or commonly said (handedDown, commonlySaid), a hummed line (HUMMED_AFTER) and the press's words
 * (PRESS_DESCRIBED_AFTER). Stays clean: a proverb or idiom so called, the city's own copy or slogan (OWN_COPY), a named author, a
 * question, a forecast come true. Part of the quotation family (index.ts reads the quotations and reports them).
 */
import { letters, TOPIC } from './context'

/** What a short quotation is: a line of a work (という歌詞, という一節, の句). */
export const SHORT_WORK_AFTER = /^\s?(?:という|との|って|の)(?:歌詞|詩|一節|一文|文言|一行|句|短歌|俳句|川柳|フレーズ|名言|格言|言葉|発言|ご発言|答弁)|^[\s。、—―‐-]{1,4}[^。！？!?\n「」]{1,12}?の(?:言葉|名言|格言|一節|詩|句)(?:です|である|だ|より|から|[。\s]|$)/u
/**
 * Blind R195D-050 kind: a line hummed or sung to oneself, the bracket the words of the quotative (「…」とつい口ずさんでしまいます, 「…」って
 * 鼻歌まじりに, と歌いたくなる): a line of a song or a poem, quoted however short, as a line called 歌詞 is. Only with the quotative: a title
 * hummed (「赤とんぼ」を口ずさみ) names the song, it does not quote it.
 */
export const HUMMED_AFTER = /^\s?(?:と|って)[、,]?[^。！？!?\n「『」』]{0,8}?(?:口ずさ|くちずさ|歌いたく|うたいたく|歌っちゃ|歌ってしま|ハミング|鼻歌)/u
/** The post then calls the bracket "these words": （訳）。この言葉を胸に, 」。この一節に込められた…. */
/**
 * Blind R415Q-046 kind: …also when the next sentence says something was those very words or went as they say (〝…〟⏎今日の教室は、この言葉
 * そのものの時間でした, 「…」。今日はまさにこの言葉どおりの一日, このフレーズみたいな): the words held up as a saying, quoted however short. Read
 * as THESE_WORDS is (the city's own copy and a named speaker as before).
 */
export const THESE_WORDS = /^[^「」『』]{0,40}?[。、\n―—]\s?(?:[^「」『』。\n]{0,20}[。、]\s?)?[^「」『』。、\n]{0,8}?この(?:言葉|一節|一文|フレーズ|詩|句|標語|合言葉)(?:を|に|は|が|の|こそ|ば|そのもの|そのまま|どおり|通り|みたい)/u
/**
 * Blind R410K-026 kind: words set apart, then called words the writer is fond of in the next sentence, with a comma after the noun (『…』⏎この言葉、
 * ずっと好きなんです, 「…」このフレーズ、大好きです, 「…」。この一節、今でも心に残っています): someone's saying held up with no author,
 * quoted however short, as THESE_WORDS is. The city's own copy (OWN_COPY, a slogan called 標語) and words said by someone the post names
 * are read as before; a fondness for a thing (この景色、ずっと好き) is no quotation.
 */
export const FOND_WORDS_AFTER = /^[^「」『』]{0,6}?[。、\n―—！!]?\s{0,2}(?:この|その)(?:言葉|一節|フレーズ|名言|格言|一文)[、,]\s?(?:(?:ずっと|昔から|前から|本当に|ほんとに|ほんとうに|とても|すごく|今でも|いまでも|今も|いつも|大|一番)[、,]?){0,2}(?:好き|大好き|お気に入り|心に残|胸に残|心に響|胸に響|刺さ|忘れられ|大切にし|大事にし)/u
/**
 * Blind R412M-009 kind: a public figure named only by their feat or trade as the one who said the words (金メダリストの方が“…”とおっしゃって
 * いました, 元プロ野球選手の方は「…」と話していました, 有名なシェフさんが「…」と言っていた): a kind of person is no one a reader can find,
 * so the words are quoted without a source however short. A figure named (金メダリストの田中選手が), the post's own participants (選手の皆さんは)
 * or a figure without words quoted are not this.
 * Blind R453E-014 kind: …or someone left vague by ある, とある or 某 (ある大学の先生も「…」とおっしゃっていました, とある研究者は「…」と
 * 話していました, 某教授が「…」と語っていました): whatever the honorific of the verb and however short the words, a vague someone is no
 * source. ある as a verb (歴史がある町の方が, 駅前にある店の人は) is not this: only ある after a stop, a space, は, も or a time word counts.
 * Blind R457J-046 kind: …and the keepers of a shop or an inn (ある旅館の女将さんは, とある店主様も, ある店の店長さんが) beside the trades
 * the list already reads by their last kanji (業者, 農家, 職人).
 */
export const FAMED_ROLE_SAID = /(?:(?<![一-龠々ァ-ヶー])(?:(?:金|銀|銅)?メダリスト|オリンピアン|パラリンピアン|(?:元)?(?:プロ野球|プロサッカー|オリンピック|パラリンピック|五輪|日本代表)(?:の)?選手|プロゴルファー|Jリーガー|トップアスリート|アスリート|有名人|著名人|芸能人|タレント|有名な[一-龠々ァ-ヶー]{1,6}|著名な[一-龠々ァ-ヶー]{1,6}|世界チャンピオン|チャンピオン|横綱|ノーベル賞(?:を)?受賞(?:した|された)?(?:方|人|学者|科学者)|ノーベル賞学者)|(?:(?<![ぁ-ゖ一-龠々ァ-ヶー])|(?<=[はも]|以前|先日|昔|昨年|去年|先週|先月|今日))(?:とある|ある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度|いは|べき)[^「『」』。、,！？!?\n]{0,12}?(?:人|方|者|家|先生|教授|准教授|博士|医師|お医者さん|作家|詩人|学者|専門家|研究者|有識者|識者|評論家|講師|先輩|社長|会長|経営者|選手|監督|コーチ|女将|おかみ|店主|店長|オーナー|マスター|大将))(?:の方|の人|さん|さま|様|氏)?(?:が|は|も)[、,]?\s?$/u
/**
 * Blind R457J-046 kind: the words told by the verbs of a grumble or a sigh as well (ある業者さんが「…」とこぼしていました, とある農家の方が
 * 「…」とぼやいていた, 某社長は「…」と嘆いていました, ある職人さんが「…」と漏らしていました): who grumbled is as vague as who said. A thing
 * spilled (水をこぼしていました) has no quotative と before it, and a named speaker (業者の田中さんが) is not FAMED_ROLE_SAID.
 */
export const FAMED_SAID_AFTER = /^\s?(?:と|って)[、,]?\s?(?:おっしゃ|仰|言っ|言い|言わ|いっ|話さ|話し|語っ|語ら|述べ|こぼし|こぼさ|零し|ぼやい|ぼやき|ぼやか|嘆い|嘆き|嘆か|なげい|漏らし|漏らさ|もらし|もらさ|つぶやい|呟い|つぶやき|呟き)/u
/** Words agreed with right after them (「…」──まさにその通りだと思います, 「…」。名言ですね): someone else's, quoted. */
export const AGREED_AFTER = /^\s?(?:[-―—─]{1,3}|[。、！!])?\s?(?:まさに|本当に|ほんとうに|全く|まったく|実に|なるほど)?(?:その通り|そのとおり|同感|共感します|名言|至言|金言|けだし名言)/u
/** A work or someone's words named before the bracket: ある詩人の言葉に「…」, 歌詞の一節に「…」. */
/** Words announced as someone's, right before the brackets (…の言葉を借りると, の言葉で言えば, …の言葉です。). */
/**
 * Blind R142D-069: the brackets announced as quoted from somewhere right before them (ある旅行サイトより引用します。「…絶品」, 本の一節から
 * 抜粋📖「…」, 以下に引用します：「…」): a quotation whatever its form, a noun ending too; not a request not to quote (引用はご遠慮ください).
 */
export const QUOTING_BEFORE = /(?:(?:より|から)の?|以下(?:に|、)?)(?:引用|抜粋|転載)(?:し(?:ます|ました|てみます|ておきます|てます)|いたします|させていただきます|です|でした)?[。．：:！!…\s]{0,3}(?:\p{Extended_Pictographic}\uFE0F?){0,3}\s?$/u
/**
 * Blind KH-002 kind (misc60): the sentence before the brackets ends by calling words harmful (…傷つける差別の言葉です。⏎「みんな使ってるし」
 * じゃなくて…, 人を深く傷つける言葉です。, 使ってはいけない表現です。): it says what the words mentioned before are, it announces no saying,
 * so the brackets after it are not a work's line made short (SHORT_WORK_BEFORE) nor words framed as someone's (QUOTE_FRAME_BEFORE).
 */
export const HARMFUL_WORDS_BEFORE = /(?:(?:差別|侮辱|悪口|暴言|中傷|誹謗|蔑視|偏見|ヘイト|いじめ|攻撃)(?:的な|の|に(?:つながる|あたる|当たる))?|(?:傷つけ|傷付け|きずつけ|おとしめ|貶め|追いつめ|追い詰め)(?:る|てしまう|かねない)|不適切な|心ない|心無い|乱暴な|(?:使っ|言っ)ては(?:いけない|ならない))(?:言葉|表現|用語|発言|ことば)(?:です|でした|だ|なんです|なのです|である)?[。！!]?\s?$/u
/**
 * …and a remark the post sets aside right after it (「みんな使ってるし」じゃなくて、使わない・広めない…を一緒に, 「悪気はなかった」では済まされ
 * ません, 「冗談だから」で片付けないで, 「…大丈夫」なんて思わずに) in a post about a harm done with words (差別, 偏見, いじめ, 傷つける, 暴言): the
 * excuse people give, shown as the attitude to drop — the post's own example, no one's text to cite. Not words owned or read right before
 * them (作家の「…」ではなく, ネットの記事の「…」ではなく).
 */
export const REMARK_SET_ASIDE_AFTER = /^[」』]?\s?(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく|なんて(?:言わ|思わ|考え)(?:ずに?|ないで)|と(?:言わ|思わ)(?:ずに?|ないで)|で(?:は)?(?:済ま|すま)(?:せず|せないで|され(?:ない|ません))|で(?:片付け|片づけ|かたづけ)(?:ず|ないで))/u
export const WORDS_HARM_CONTEXT = /差別|偏見|いじめ|イジメ|傷つ|傷付|ハラスメント|パワハラ|セクハラ|人権|暴言|誹謗|中傷|ヘイト|悪口|からか|侮辱|見下|心ない|心無い/u
export const QUOTE_FRAME_BEFORE = /言葉を(?:借り(?:る|れ)(?:と|ば|なら)|借りて|引用すると)[、,]?\s?$|の言葉で言えば[、,]?\s?$|(?:の|した|された|教わった|聞いた)(?:言葉|名言|格言|一節)(?:です|でした)?[。：:]\s?$/u
/**
 * Blind R418T-039 kind: …also when the words are only called theirs (『…』⏎ある作家さんの言葉ですが, 「…」。とある詩人の名言です, 某経営者の言葉
 * でした): the author is still left vague, and no source. A named author (作家の檀一雄さんの言葉です) or a time (ある日の) is not this.
 * Blind R117A-084: words credited right after them to someone left vague (「一舟一会」。これは昔、ある船頭さんが言っていた言葉です, 「…」――とある
 * 先輩の口癖です): a saying quoted with no one named, however short (CREDIT_MIN); who "ある" someone is, nobody can tell.
 */
export const VAGUE_CREDIT_AFTER = /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?[^「『」』。！？!?\n]{0,10}?(?:(?<![ぁ-ゖ])|(?<=[はもがで]))(?:ある|とある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度)[^「『」』。、,！？!?\n]{0,12}?(?:人|方|者|家|先生|教授|医師|作家|詩人|学者|専門家|先輩|社長|選手|監督|船頭|職人|師匠|おばあちゃん|おじいちゃん)(?:さん|さま|様)?(?:が|の)[^「『」』。！？!?\n]{0,8}?(?:言って(?:い)?た|いって(?:い)?た|言いよった|おっしゃって(?:い)?た|話して(?:い)?た|書いて(?:い)?た|残した|遺した|語って(?:い)?た|教えてくれた|口にして(?:い)?た|口癖|座右の銘|(?:お?言葉|ことば|名言|格言|一節)(?:です|でした|だ(?![ぁ-ゖ])|である|なんです|なのです))/u
export const CREDIT_MIN = 4
/**
 * Blind R186D-051 kind: words credited right after them to a medium left vague, as where the writer read or heard them (「…」——ある新聞のコラムに
 * あったこの一文を胸に, 「…」。以前どこかで読んだ言葉です, 「…」――何かの本で見たフレーズ): a saying quoted with no source, however short
 * (CREDIT_MIN). A medium named (西日本新聞のコラムにあった) is a source; the city's own (市報に載せた) is its own.
 * Blind R440R-013 kind: …also a slogan so met (「…」⏎どこかで見かけたこの標語, ネットで見つけたスローガン, 何かで聞いた合言葉): a slogan seen
 * somewhere is someone else's wording, not the city's own copy, so where it comes from is to be named. The city's own slogan (本市の交通安全
 * 標語, 市が決めたスローガン) is not met somewhere and stays clean.
 */
export const VAGUE_MEDIUM_CREDIT_AFTER =
  /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?(?:以前|昔|いつか|先日|最近|若い頃|学生時代に?)?[、,]?(?:(?:(?<![ぁ-ゖ])|(?<=[はもがで]))(?:とある|ある|某)(?!日|時|とき)[^「『」』。、,！？!?\n]{0,8}?(?:新聞|コラム|社説|記事|雑誌|本|書籍|番組|テレビ|ラジオ|サイト|ブログ|投稿|SNS|論文|冊子|パンフレット|ガイドブック|エッセイ|小説|随筆)|どこか|どっか|何か|なにか|ネット(?:上)?|SNS|インターネット)(?:の中)?(?:に|で|の)[^「『」』。！？!?\n]{0,6}?(?:あった|載っていた|載ってた|書かれていた|書いてあった|読んだ|見た|見かけた|見つけた|目にした|聞いた|知った|出会った)(?:この|その)?(?:言葉|一節|一文|フレーズ|名言|格言|文章|文|標語|スローガン|キャッチフレーズ|キャッチコピー|合言葉|合い言葉)/u
/**
 * Blind R431G-016 kind: words credited right after them to a document left vague (〝…〟――ある国際条約にも記された考え方です, 「…」。とある
 * 宣言にうたわれた理念, 某白書に書かれた一文): which treaty, declaration or report nobody can tell, so the saying has no source, however short
 * (CREDIT_MIN). A document named (障害者権利条約にも記された考え方) is a source and stays clean.
 */
export const VAGUE_DOC_CREDIT_AFTER =
  /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?(?:とある|ある|某|どこかの)(?!日|時|とき)[^「『」』。、,！？!?\n]{0,8}?(?:条約|宣言|憲章|協定|議定書|法律|条例|規約|指針|ガイドライン|報告書|白書|文書|綱領)(?:の中)?(?:に|で|にも|でも)[^「『」』。！？!?\n]{0,4}?(?:記され|書かれ|うたわれ|謳われ|明記され|掲げられ|定められ|示され|記載され|盛り込まれ|述べられ|刻まれ)(?:た|ている|ています|ていた)/u
/**
 * Blind R116A-096: a sentence without brackets pointed back at, right after it, as words read or heard somewhere left vague (介護は〝愛情〟じゃなく
 * 〝技術〟だ――どこかで読んだこの言葉, …だ。昔ある本で読んだ言葉です): a saying quoted with no source. The city's own words (市の標語) or a named
 * medium (市長のあいさつで聞いた) are not vague.
 */
export const UNBRACKETED_VAGUE = /((?:^|[。！？!?\n])[ \u3000]{0,2})([^。！？!?\n「『」』]{8,80}?)[ \u3000]?(?:[-―—─]{1,3}|[。！!])[ \u3000]?(?:(?:これは|この言葉は|それは)[、,]?)?(?:以前|昔|いつか|若い頃|学生時代に?)?[、,]?(?:どこかで|どっかで|どこかの[^。！？!?\n「『」』]{0,8}?で|何かで|なにかで|(?:とある|ある)(?!日|時)[^。！？!?\n「『」』、]{0,8}?で|ネット(?:上)?で|SNSで|テレビで|本で|雑誌で)[^。！？!?\n「『」』]{0,8}?(?:読んだ|見た|見かけた|目にした|聞いた|知った|出会った)(?:この|その)?(?:言葉|一節|フレーズ|名言|格言|一文|文章)/gu
/**
 * Blind R167I-110: a sentence set down without brackets, closed by a dash and pointed back at as words (一人ひとりの小さな行動が、まちの未来を
 * つくります――という言葉を、毎朝胸に刻んでいます; …ことだ―との一節): the dash and という言葉 mark it as someone's words, as 「…」という言葉
 * does, and it is read like a bracketed one (a speaker named next to it is its source). Its last letter before the dash is kana (a sentence's
 * end): a name or a motto closed by a noun (水と緑のまち柳川――という言葉のとおり) is not one; nor 呼びかけ, 思い, 合言葉.
 */
export const UNBRACKETED_WORDS = /((?:^|[。！？!?\n])[ \u3000]{0,2})([^。！？!?\n「『」』]{7,80}?[ぁ-ゖ])[ \u3000]?[-―—─]{1,3}[ \u3000]?(?:という|との)(?:言葉|一節|名言|格言|フレーズ)(?![一-龠々])/gu
/** Blind R116A-131: a line announcing a saying (こんな言葉がありますね。⏎「…」, 昔からこんな言葉があるばい。): what follows is quoted, whatever its form. */
export const SAYING_LEAD = /(?:こんな|次の|以下の|こういう|こういった|こげな|こがん|こげん)(?:ような)?(?:言葉|一節|名言|格言|フレーズ)(?:が|も)(?:あります|ありました|ある|あった|あるとです|あっとです|あるっちゃん|あるけど|ありますが)(?:ね|よ|よね|な|ばい|けん|たい)?[。：:！!]?\s?$/u
export const SHORT_WORK_BEFORE = /(?:言葉|一節|詩|歌詞|句|名言|格言|発言|新聞|雑誌|記事|書籍|本|テレビ|番組|ネット|ブログ)(?:に|で|は|として|にも|では)\s?$|(?:言葉|一節|名言|格言|フレーズ)(?:(?:です|でした|があります|がありました|がある|があった|があるとです|があっとです|があるっちゃん)(?:ね|よ|よね|な|ばい|けん|たい)?[。：:！!]?|[。：:])\s?$|言葉を(?:借り(?:る|れ)(?:と|ば|なら)|借りて|引用すると)[、,]?\s?$|の言葉で言えば[、,]?\s?$/u
/** A saying put in someone's mouth: と述べている, と説いた, と語った. */
/** An authority right before a quotation (ある専門家は「…」, 研究者も「…」): its words are quoted, however short. */
/** Words given as those of someone only called a famous doctor or writer (ある有名な先生が言っていた言葉「…」, とある作家の名言「…」). */
export const VAGUE_WORDS_BEFORE = /(?:ある|とある|某)[^「『」』。！？!?\n]{0,16}?(?:先生|専門家|医師|お医者さん|作家|教授|学者|偉人|方|人)(?:が|の)(?:言って(?:い)?た|おっしゃって(?:い)?た|話して(?:い)?た|書いて(?:い)?た|残した)?(?:言葉|名言|一言|ひと言)[^「『\n]{0,3}$/u
export const AUTHORITY_BEFORE = /(?:専門家|有識者|研究者|識者|学者|医師|教授|評論家|アナリスト|経済学者|弁護士)(?:の方)?(?:は|が|も)[、,]?$/u
export const SAYING_AFTER = /^\s?(?:と|って)(?:述べ|説い|説か|語っ|語ら|書き残|言い残|喝破|言いました|言っています|言っていました|言った(?:そうです|といいます|[。！!]|$))|^\s?と[、,]\s?[^。！？!?\n]{1,16}?(?:が|も|は)(?:おっしゃ|言って|述べ|語っ|話して)/u
/**
 * Blind R434K-008 kind: the press's description of the city quoted from a medium named only by its kind (先日の記事で、柳川が「…」と紹介され
 * ました, テレビ番組で「…」と取り上げられ, 雑誌に「…」と評されました): another's words, however short (SHORT_MIN) and whatever their form (a
 * phrase), so which paper, programme or site and when is to be named. A medium named (西日本新聞の記事で, 5月3日付の朝刊で) is its source as
 * before; the city's own telling (市報で「…」を紹介しました, active) is no description by the press.
 */
export const PRESS_MEDIUM_BEFORE = /(?:記事|番組|テレビ|雑誌|新聞|ニュース|特集|コラム|情報誌|メディア|ウェブサイト|サイト)(?:の中)?(?:で|では|に|にて)[、,]?[^。！？!?\n「『」』]{0,16}$/u
export const PRESS_DESCRIBED_AFTER = /^\s?(?:と|として)[、,]?[^。！？!?\n「『」』]{0,8}?(?:紹介され|取り上げられ|評され|称され|報じられ|書かれ|掲載され|特集され|絶賛され)/u
/** The least length of a quoted line of a work or a saying (letters). */
export const SHORT_MIN = 8
/**
 * Blind R205I-046 kind: a saying heard from someone, which the writer then says stayed with them (先生が「…つくられる」とお話しされていて、
 * 心に残りました; とおっしゃった言葉が胸に響きました): held up as words worth keeping, it is quoted however short (SHORT_MIN), a sentence
 * that ends as one; who said it is still to name.
 */
export const STAYED_WITH_ME_AFTER = /^\s?(?:と|って)[、,]?\s?(?:お話し|話さ|話し|話して|言っ|言わ|おっしゃ|語っ|語ら)[^。！？!?\n「『]{0,16}?(?:心に残|胸に残|心に響|胸に響|印象に残|胸に刻|心に刻|感銘を受け|胸を打た|心を打た|心に刺さ|胸に刺さ|刺さりました)/u
/** Blind R118A-015: a maxim the post then calls "these words" (「農は国の本なり」。この言葉を胸に) is quoted from this length. */
export const CALLED_MIN = 5
/** A block quote (> …) this long counts when it reads as a sentence (a topic, or a sentence end). */
export const BLOCK_MIN = 10
/**
 * Blind R11B-030 kind: the line right after a short > line opens with the quotative that takes it up as words seen, read or heard
 * (> 好きなことを続けられるのが一番の才能⏎ってどっかで見て, と書いてあって, って言葉を聞いて): the > line is someone's words quoted even
 * when it reads as a phrase (体言止め), not a sentence.
 */
export const BLOCK_TAKEN_UP = /^\s{0,2}(?:って|と)[、,]?(?:いう|いった)?(?:言葉|一文|フレーズ|一節|文章)?(?:を|が)?[^。！？!?\n]{0,10}?(?:見|読|聞|書い|書かれ|言われ|言って|教わ|目にし)/u
/**
 * Blind R418T-049 kind: words set apart, then the next sentence says they are words the writer heard, read or keeps (『…』⏎先日の研修で
 * 聞いて、ずっと頭に残っている言葉です, 「…」。昔からよく聞く言葉ですが, 学生時代に本で読んだ一節です): a saying held up with no one named
 * who said or wrote it, quoted however short (SHORT_MIN, or CALLED_MIN as THESE_WORDS). Where it was heard (研修で, 講演会で) is no speaker;
 * a speaker named in that sentence (市長から聞いた言葉です, 作家の檀一雄さんの本で読んだ) names the source as before.
 */
const WORDS_MET_AFTER = /^[」』”〟]?[\s。．、!！―—]{0,3}(?:(?:これ|それ|この言葉|その言葉)(?:は|も)[、,]?)?[^「『」』。！？!?\n]{0,24}?(?:聞く|聞いた|聞いて|聞かされ|言われ(?:る|て(?:い|き)|た)|言い伝えられ|伝わる|読んだ|読んで|教わ|教えて(?:もらっ|いただい|くれ)た|習った|学んだ|見かけた|目にした|出会った|頭に残|心に残|胸に残|耳に残|心に刻|胸に刻)[^「『」』。！？!?\n]{0,10}?(?:言葉|一節|フレーズ|名言|格言|一文)(?:です|でした|なんです|なのです|だ(?![ぁ-ゖ])|である|[。、,！!]|$)/u
/**
 * Blind R418T-019/R420V-033 kind: a short block quote (> …, CALLED_MIN letters or more) that the line or the paragraph after it takes up
 * as words (> 一隅を照らす…⏎いつもこの言葉を思い出します, > …⏎⏎昔からよく聞く言葉ですが): the > mark quotes it and the post calls it
 * someone's words, so it is a saying needing its author however short it is. Called a proverb, a slogan or a motto of the city's (ことわざ,
 * 標語, 合言葉, キャッチフレーズ) it is common or own wording, not this.
 */
/**
 * …not a remark the staff often hear from the people they serve (「ふざけ合いのつもりだった」。いじめの相談で、よく聞く言葉です, 窓口でよく
 * 耳にする言葉です): a typical voice, the post's own illustration as HEARD_OFTEN_AFTER's is; a saying heard since long ago (昔からよく聞く
 * 言葉) stays one.
 */
const TYPICAL_VOICE_MET = /(?:相談|窓口|現場|面談|電話|診察|支援|取材)(?:で|の中で|の場で|では|を受ける中で|の際に)|(?<!(?:昔|むかし|古く|以前)から)(?:よく|しばしば|たびたび|時々|ときどき|本当によく)[、,]?(?:聞く|聞かれる|耳にする|耳にします)/u
export function wordsMet(after: string): boolean {
  const m = WORDS_MET_AFTER.exec(after)
  return m !== null && !TYPICAL_VOICE_MET.test(m[0]) && !SLOGAN_CALLED.test(after)
}
/**
 * Blind R431G-007 kind: words set apart, then the next sentence takes them up as words met at an occasion (「…」⏎先日参加した研修で紹介された
 * この言葉が, 講演会で聞いたその一節, セミナーで教わったこのフレーズ): a training, a lecture or a class is where the words were heard, not who said
 * or wrote them, so the saying is quoted however short (as WORDS_MET_AFTER's), its author still to name. A speaker named in that sentence
 * (講師の古賀一郎先生が研修で紹介されたこの言葉) is its source as before; words the city made there (会議で決まったこの言葉) are not met.
 */
export const OCCASION_MET_AFTER = /^[」』”〟]?[\s。．、!！―—]{0,3}[^「『」』。！？!?\n]{0,16}?(?:研修|研修会|講演|講演会|講座|講習|セミナー|勉強会|学習会|授業|講義|朝礼|説明会|シンポジウム|フォーラム|ワークショップ|番組)(?:の中|の場|の席)?(?:で|にて|において)[、,]?[^「『」』。！？!?\n]{0,8}?(?:紹介され|引用され|示され|聞い|教わっ|教えられ|教えてもらっ|知っ|出会っ|学ん|習っ|耳にし)た(?:この|その|あの)(?:言葉|一節|フレーズ|名言|格言|一文)/u
const BLOCK_CALLED = /^[\s。．、―—]{0,3}[^「」『』。！？!?\n]{0,40}?(?:この|その)(?:言葉|一節|フレーズ|名言|格言|一文)(?:を|に|は|が|の|こそ|どおり|通り|そのもの|[、,])/u
const SLOGAN_CALLED = /^[」』”〟]?[\s。．、―—-]{0,3}[^。！？!?\n]{0,40}?(?:ことわざ|諺|慣用句|故事|標語|スローガン|合言葉|合い言葉|キャッチフレーズ|キャッチコピー)/u
export function calledWords(after: string): boolean {
  return (BLOCK_CALLED.test(after) && !SLOGAN_CALLED.test(after)) || wordsMet(after)
}
/** After a quotation: a dash, then what it is to the post (――今回のコンサートのテーマです, — 私たちの合言葉): an epigraph. */
/**
 * Round 26: a saying set at the head of a post on its own (「走ることは、自分自身との対話だ」。市民マラソン大会…): a topic and a
 * plain or classical sentence end, no question or exclamation, the bracket ended by a stop, a line break or the end. The city's
 * own copy (柳川, 私たち, 標語, スローガン) and a resident's words told (楽しかった) are not sayings.
 */
export const HEAD_SAYING_END = /(?:(?<=[一-龠々])[えけせてねへめれげぜべ]り|だ|である|なり|なし|のだ|ものだ|ことだ|ない|ず|る|い|く|べし|也|けり|ぞ|なれ|あれ|ある|す|つ|ぬ|む)$/u
const HEAD_SAYING_FOLLOW = /^(?:[。．.！!]|\s*\n|\s*$|[ 　])/u
const OWN_COPY = /命|防災|避難|災害|安全|ごみ|ゴミ|柳川|やながわ|ヤナガワ|水郷|本市|当市|市民|市役所|まち|町|私|わたし|僕|ぼく|みんな|皆|我が|わが|うちの|ましょう|しよう|ようね|ください/u
const OWN_COPY_AFTER = /^[」』。．\s]{0,3}(?:これ|それ|この(?:言葉|考え))(?:が|こそ|は)[^\n。]{0,20}(?:基本|原則|大切|目標|考え方)|^[^\n]{0,60}?(?:標語|スローガン|合言葉|合い言葉|キャッチフレーズ|キャッチコピー|コピー|ことわざ|諺|慣用句|の声|感想|と話|とおっしゃ|と語)/u
/**
 * Blind R186D-013 kind: the topic of a saying may be one kanji, at the saying's head (雪は天から送られた手紙である, 人は考える葦である,
 * 花は散るからこそ美しい): a noun the line is about, as a longer one is. Only with a plain or literary end: a polite one (雨は夕方まで続く見込みです)
 * is the city's own forecast or notice.
 */
const HEAD_TOPIC = /^[一-龠々](?:は|が|とは)[^\s、,]/u
/**
 * Blind R186D-032 kind: a poet speaking of their own art in the first person (我が詩歌の母体である, わが歌のふるさと, 吾が文学): the line is the
 * poet's, not the city's copy, whatever place or city word it holds (水郷, 柳川, まち). The city says 我がまち, not 我が詩歌.
 */
const POET_VOICE = /(?:我が|わが|吾が)(?:詩歌|詩|歌|句|文学|芸術|筆|作品|創作)/u
export function headSaying(t: string, a: number, i: number): boolean {
  if (t.slice(0, a).trim() !== '') return false
  const inner = t.slice(a + 1, i).trim()
  if (inner.length < SHORT_MIN || inner.length > 60 || /[？?！!「『」』]/u.test(inner)) return false
  const follow = t.slice(i + 1, i + 4)
  if (!HEAD_SAYING_FOLLOW.test(follow)) return false
  const body = inner.replace(/[。．]$/u, '')
  return (TOPIC.test(body) || (HEAD_TOPIC.test(body) && !/(?:です|ます)$/u.test(body))) && HEAD_SAYING_END.test(body) && (!OWN_COPY.test(body) || POET_VOICE.test(body)) && !OWN_COPY_AFTER.test(t.slice(i + 1, i + 80))
}
/**
 * Blind R119A-051/077: a maxim set off as a sentence of its own (「叱るより、認めよ」。…いつも心がけていることです, 「子育ては、親育て」。…本当に
 * その通りだなと思います): a short general statement (a topic with は/が, or a comparison with より) held up in the next sentence as wisdom the
 * writer agrees with or lives by. A saying with no author named, however short (CALLED_MIN); the city's own copy (OWN_COPY), a voice told
 * with と/という, a question or an exclamation, or a remark with no such sentence after it are not.
 */
const MAXIM_MARK = /^[」』”。．！!―—─\s]{0,4}[^「『」』\n]{0,50}?(?:(?:本当に|ほんとうに|ほんとに|まさに|全く|まったく|ほんなこつ)[、,]?(?:その通り|そのとおり)|(?:いつも|常に|日頃から|日ごろから|ずっと)?(?:心がけて|心掛けて|心がけと|心掛けと|肝に銘じ)|言い得て妙|座右の銘)/u
/**
 * Blind R452D-021 kind: the maxim agreed with in the next words, set off by a stop or a dash (『…』――本当にその通りだなと思います, 「…」。まさに
 * そうだと感じます, 「…」――つくづく名言だなと思います, 「…」。全く同感です): words held up as someone's wisdom are not the city's own copy even
 * when they speak of a public matter (ごみ, まち, みんな), so only the account's own marks (柳川, 本市, 私たち, ましょう; MAXIM_OWN_AGREED) keep
 * them clean. Safety slogans (命, 防災, 安全) stay the city's own as before; a forecast come true (その通りでした) or a question is no agreement.
 */
const MAXIM_AGREED_MARK = /^[」』”〟"。．！!―—─\s]{0,4}[^「『」』\n。！？!?]{0,20}?(?:(?:本当に|ほんとうに|ほんとに|ホントに|まさに|全く|まったく|つくづく|しみじみ|ほんなこつ)[、,]?(?:その通り|そのとおり|そう|名言|至言|金言|同感)(?:だ|です|や|ばい|たい)?(?:なあ|なぁ|な|ね|よね)?(?:と(?:思い|思う|思わ|感じ|実感|納得)|[。！!]|$)|(?:全く|まったく|本当に)?同感です|言い得て妙)(?![^。！？!?\n]{0,6}?(?:でしょうか|ですか|かな[？?]|か[？?]|だった|でした))/u
const MAXIM_OWN_AGREED = /命|防災|避難|災害|安全|柳川|やながわ|ヤナガワ|水郷|本市|当市|市役所|私|わたし|僕|ぼく|我が|わが|うちの|ましょう|しよう|ようね|ください/u
/** A topic a maxim states something of: は/が (とは) before 、 or a word in kanji or katakana (子育ては、親育て, 挨拶は心の窓), not が inside a word (うがい). */
const MAXIM_TOPIC = /[^\s]{2}(?:は|が|とは)(?:[、,]|[一-龠々ァ-ヶー])/u
export function maximAffirmed(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(inner) < CALLED_MIN || inner.length > 40 || /[？?！!「『」』]/u.test(inner)) return false
  if (!/^[ 　]*(?:[。．]|[-―—─]{1,3}|[ 　]*\n)/u.test(t.slice(i + 1, i + 4))) return false
  if (!(MAXIM_TOPIC.test(inner) || /[^\s]より[、,]?[^\s]/u.test(inner))) return false
  return (!OWN_COPY.test(inner) && MAXIM_MARK.test(t.slice(i + 1, i + 70))) || (!MAXIM_OWN_AGREED.test(inner) && MAXIM_AGREED_MARK.test(t.slice(i + 1, i + 50)))
}
/**
 * Blind R120A-138: a saying set alone as its own sentence or line (「入るを量りて出ずるを為す」。⏎⏎市の財政も、この精神で運営しています,
 * 「…」。この教えを胸に): the next sentence takes it up as a principle the writer follows (この精神で, この教えを, この心構えで) — someone's words
 * held up, with no author named, however short. The city's own copy (OWN_COPY: 柳川, ましょう, 市民) is not one.
 */
export const SPIRIT_AFTER = /^[」』”。．\s―—─]{0,4}[^「『」』\n。]{0,20}?(?:この|その)(?:精神|教え|心構え|心がけ|心掛け|考え方|姿勢|戒め|訓え)(?:で|を|に|の|は|が|こそ|のもと|にのっと|に沿)/u
export function loneSaying(inner: string): boolean {
  const body = inner.trim().replace(/[。．]$/u, '')
  return letters(body) >= CALLED_MIN && body.length <= 40 && !/[？?！!「『」』]/u.test(body) && !OWN_COPY.test(body)
}
export function spiritHeld(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(inner) < CALLED_MIN || inner.length > 40 || /[？?！!「『」』]/u.test(inner)) return false
  if (!/^[ 　]*(?:[。．]|[-―—─]{1,3}|[ 　]*\n)/u.test(t.slice(i + 1, i + 4))) return false
  return !OWN_COPY.test(inner) && SPIRIT_AFTER.test(t.slice(i + 1, i + 60))
}
/**
 * Blind R438P-042 kind: a saying set alone on its own line or as its own sentence, then the next sentence says what something comes
 * down to is these words (「行政の情報は、…である」⏎…の原点は、この一言に尽きると思っています; …の考え方は、この言葉に集約されています;
 * 言いたいことは、この一文に込められています): someone's words held up as the essence of a thing, with no author named, however short.
 * Words of the public sphere (市民, まち) may be in it: a saying about citizens is still someone's. The city's own copy (柳川, 本市,
 * 私たち, ましょう, ください; 標語, スローガン, 合言葉 after it: OWN_COPY_AFTER), a one-word thanks (「ありがとう」⏎…この一言に尽きます,
 * no topic or sentence end), words inside a sentence (今年の目標は「無事故」。この一言に尽きます) and a saying whose author is named next
 * to it (the source read as for any quotation) are not.
 */
const SUMMED_UP_AFTER =
  /^[」』”。．\s―—─]{0,4}[^「『」』\n]{0,30}?(?:この|その|あの)(?:一言|ひと言|ひとこと|言葉|一文|一節|フレーズ)(?:に|へ)[、,]?(?:全て|すべて|すべて)?(?:尽き|つき|集約|凝縮|込め|こめ|詰ま|つま|表れ|あらわれ|現れ|集ま)/u
/** …also on the lines after it: the city's slogan or theme so called (本市の今年度のスローガンです), or a named speaker's words. */
const SUMMED_OWN_AFTER = /標語|スローガン|合言葉|合い言葉|キャッチフレーズ|キャッチコピー|モットー|テーマ|行動指針|基本理念/u
const SUMMED_OWN_COPY = /柳川|やながわ|ヤナガワ|本市|当市|市役所|私|わたし|僕|ぼく|我が|わが|うちの|ましょう|しよう|ようね|ください/u
export function summedUp(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const body = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(body) < CALLED_MIN || body.length > 40 || /[？?！!「『」』\n]/u.test(body)) return false
  if (!/^[ 　]*(?:[。．]|[-―—─]{1,3}|[ 　]*\n)/u.test(t.slice(i + 1, i + 4))) return false
  if (!(TOPIC.test(body) || HEAD_TOPIC.test(body)) || !HEAD_SAYING_END.test(body) || SUMMED_OWN_COPY.test(body)) return false
  return SUMMED_UP_AFTER.test(t.slice(i + 1, i + 60)) && !OWN_COPY_AFTER.test(t.slice(i + 1, i + 80)) && !SUMMED_OWN_AFTER.test(t.slice(i + 1, i + 60))
}
/**
 * Blind R441S-043 kind: a saying set alone (its own line, its own sentence or before a dash), then the next sentence calls it words with
 * what they do to the reader (「…である」――…を改めて感じさせてくれる言葉です, ⏎…考えさせられる一言です, 。心に響くフレーズですね): someone's
 * words held up and praised, with no author named, however short. A speaker named in that sentence (市長が就任時に語った言葉です: the source
 * read as for any quotation), the city's own copy (SUMMED_OWN_COPY in the words; 本市, 私たち, 職員 or a slogan in the sentence after) and words
 * inside a sentence (今年の目標は「…」です) are not.
 */
const PRAISED_WORDS_AFTER =
  /^[」』”。．\s―—─-]{0,4}[^「『」』\n。！？!?]{4,40}?(?:言葉|一言|ひと言|ひとこと|一節|フレーズ|名言|格言)(?:です|でした|ですね|ですよね|だ|だと思います|だと感じます)(?:[。！!]|\s|$)/u
const PRAISED_SAID = /(?:語っ|述べ|話し|言っ|いっ|おっしゃっ|残し|記し|書い|贈っ|送っ|詠ん)(?:た|ていた|ておられた|ていらした|てくれた|てくださった)(?:言葉|一言|ひと言|ひとこと|一節|フレーズ)/u
const PRAISED_VAGUE = /(?:^|[^ぁ-ゖ])(?:ある|とある)|某|誰か|昔の人|先人|偉人|有名人|著名人|専門家|ネット|SNS|テレビ|本で|記事/u
const PRAISED_OWN_AFTER = /本市|当市|市の|市が|市役所|私たち|わたしたち|僕ら|職員|当課|当センター|本校|わが|我が/u
export function praisedWords(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const body = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(body) < CALLED_MIN || body.length > 40 || /[？?！!「『」』\n]/u.test(body)) return false
  if (!/^[ 　]*(?:[。．]|[-―—─]{1,3}|[ 　]*\n)/u.test(t.slice(i + 1, i + 4))) return false
  if (!(TOPIC.test(body) || HEAD_TOPIC.test(body)) || !HEAD_SAYING_END.test(body) || SUMMED_OWN_COPY.test(body)) return false
  const m = PRAISED_WORDS_AFTER.exec(t.slice(i + 1, i + 70))
  if (m === null || PRAISED_OWN_AFTER.test(m[0]) || SUMMED_OWN_AFTER.test(m[0]) || OWN_COPY_AFTER.test(t.slice(i + 1, i + 80))) return false
  // Words someone the sentence tells of said or wrote (課長の田中が説明会で語った言葉です) have a speaker; a vague one (ある偉人が残した) is none.
  return !(PRAISED_SAID.test(m[0]) && !PRAISED_VAGUE.test(m[0]))
}
/**
 * Blind R120A-132: a saying told as what people have said since long ago (昔から「…」て言うけんね, 古くから「…」と言われています, 「…」と昔から
 * 言いますね): a handed-down saying with no author or source, however short; the quotative in dialect too (て, ち). Named as a proverb
 * (ということわざ, PROVERB_AFTER) it stays a known proverb as before.
 */
const HANDED_DOWN_BEFORE = /(?:昔から|昔っから|むかしから|古くから|昔より|古来|古来より|昔ん人は|よく)[、,]?\s?$/u
const HANDED_DOWN_AFTER = /^[」』]?\s?(?:と|って|て|ち|っち)(?:も)?[、,]?(?:(?:昔から|昔っから|古くから|よく)[、,]?)?(?:言う|いう|言い(?:ます|よ|ま)|いいます|言われ|いわれ|言わるる|言うた|言いよ|言うけん|言うやろ|申します|伝えられ)/u
const HANDED_DOWN_AFTER_ONLY = /^[」』]?\s?(?:と|って|て|ち|っち)(?:も)?[、,]?(?:昔から|昔っから|古くから)[、,]?(?:言う|いう|言い(?:ます|よ|ま)|いいます|言われ|いわれ|伝えられ)/u
/**
 * Blind R451C-059 kind: a saying set alone (at the head, its own sentence or line), then told as said of old with no quotative
 * (“…” 昔から言われていることですが, 「…」。古くから言い伝えられてきた言葉です, 『…』――昔からそう言われています): handed down, so no
 * author or source is named, however short, in any quotes (“”, 「」, 『』, 〝〟). Only words that end as a sentence (HEAD_SAYING_END); named
 * as a proverb (PROVERB_AFTER) it stays a known proverb; said of a thing, not of old (昔から親しまれている…, 昔から言われている名所) is not this.
 */
const SAID_OF_OLD_AFTER = /^[\s。．、―—─-]{0,4}(?:(?:これは|これも|それは|この言葉は)[、,]?)?(?:昔から|昔っから|むかしから|古くから|古来(?:より|から)?|先人から|先人たちから)[、,]?(?:よく|そう)?(?:言われ|いわれ|言い伝えられ|いいつたえられ|語り継がれ|語りつがれ|伝えられ|言い習わされ)(?:てい(?:る|ます|た)|てき(?:た|ました)|ます|る|た)(?:こと|言葉|ことば|教え)?(?:です|でした|だ|ですが|ですね|ですよね|だけど|けど|が|ね|[。、,！!]|$)/u
export function handedDown(t: string, a: number, i: number): boolean {
  const af = t.slice(i + 1, i + 30)
  if ((HANDED_DOWN_BEFORE.test(t.slice(Math.max(0, a - 12), a)) && HANDED_DOWN_AFTER.test(af)) || HANDED_DOWN_AFTER_ONLY.test(af)) return true
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  return inner.length <= 40 && !/[？?！!「『」』“”\n]/u.test(inner) && HEAD_SAYING_END.test(inner) && SAID_OF_OLD_AFTER.test(af)
}
/**
 * Blind R200D-013 kind: a saying held up as what is commonly said, the clause after it leaning on it (「…」と言われるとおり, 「…」と言うように,
 * 「…」とよく言われますが): words that read as a sentence (HEAD_SAYING_END) are someone's saying, its author still to name, however short. Named as
 * a proverb (PROVERB_AFTER), the city's own copy (OWN_COPY), a question, a nickname without a predicate (「水の都」と言われるように), a claim of how
 * things work (「朝食をとると…上がる」と言われるように) or words of a speaker the sentence names before them (…が「…」と言うように) is not.
 */
const COMMONLY_SAID_AFTER = /^[」』]\s?(?:と|って)[、,]?(?:よく|昔から|古くから)?[、,]?(?:言われる|いわれる|言う|いう|言われている|いわれている|言われています)(?:とおり|通り|ように|よう(?:に)?|ごとく)|^[」』]\s?(?:と|って)[、,]?よく(?:言われ|いわれ)(?:ます|ています|る|て(?:い|お)ます)(?:が|けど|けれど)?[、。,]/u
export function commonlySaid(t: string, a: number, i: number): boolean {
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (inner.length > 40 || /[？?！!「『」』\n]/u.test(inner) || OWN_COPY.test(inner) || !HEAD_SAYING_END.test(inner)) return false
  // A claim of how things work (朝ごはんを食べると集中力が上がる: an object, a condition) is common talk, not a pithy saying.
  if (/を|(?<=[るたい])と(?=[\p{Script=Han}ぁ-ゖ])/u.test(inner)) return false
  // A speaker as the subject right before (寺田寅彦が「…」と言うように) is read as any speaker is, not as common talk.
  const lead = t.slice(Math.max(0, a - 30), a)
  if (/[がはも][、,]?\s?$/u.test(lead.slice(Math.max(lead.search(/[。！？!?\n][^。！？!?\n]*$/u), 0)))) return false
  return COMMONLY_SAID_AFTER.test(t.slice(i, i + 24))
}
/**
 * Round 45: a saying in a Latin-script language set alone at the head of a post (“Stay hungry, stay foolish.” 運動公園で…): three to
 * eight words in sentence case (lower-case after the first), ended by a stop inside the marks, then the post in Japanese. The city's own
 * English copy (Welcome to Yanagawa!, Let's…, Thank you, Happy New Year, a question) is not a saying.
 */
const LATIN_SAYING = /^[A-Z][a-z'’]*(?:,?\s[a-z][a-z'’]*){2,7}[.!]$/u
const LATIN_OWN_COPY = /\b(?:[Ww]e|[Oo]ur|[Uu]s|[Ll]et[’']?s|[Ww]elcome|[Yy]anagawa|[Pp]lease|[Tt]hank|[Hh]appy|[Mm]erry|[Cc]ongratulations|[Hh]ello|[Gg]ood (?:morning|night|luck)|[Hh]ave a|[Ss]ee you|[Ee]njoy)\b/u
export function headLatinSaying(t: string, a: number, i: number): boolean {
  if (t.slice(0, a).trim() !== '') return false
  const inner = t.slice(a + 1, i).trim()
  if (!LATIN_SAYING.test(inner) || LATIN_OWN_COPY.test(inner)) return false
  return /^[ \u3000\n]{0,3}[ぁ-ゖ一-龠々ァ-ヶ]/u.test(t.slice(i + 1, i + 5))
}
/**
 * Blind R421W-023 kind: a maxim in quotes of any kind (“…”, 「…」, 〝…〟) taken up in the same sentence with って or という言葉 and agreed with
 * (“子育ては親育て”って、ほんとにそうだなぁ, 「人は褒められて伸びる」という言葉、まさにその通り, 〝準備は八割〟って身にしみます): someone's
 * saying held up as wisdom, with no author or book named, quoted however short (CALLED_MIN) as a maxim affirmed in the next sentence is
 * (maximAffirmed). A general statement (a topic with は/が, or a comparison with より) only; the city's own copy (OWN_COPY), a question
 * (本当にそうでしょうか), a forecast come true (本当にその通りでした) and words with their author or book named (q.named) stay apart.
 */
const MAXIM_AGREED_AFTER = /^\s?(?:って|っていう(?:言葉|の)|という(?:言葉|の)|との言葉)(?:は|も)?[、,]?\s?[^。！？!?\n「『」』“”]{0,10}?(?:(?:本当に|ほんとうに|ほんとに|ホントに|まさに|全く|まったく|つくづく|しみじみ)[、,]?(?:その通り|そのとおり|そう(?:だ(?!った)|です(?!か)|よね|ね|な(?!ん)|思|感じ))|その通り|そのとおり|身にし|身に染|身に沁|言い得て妙)(?![^。！？!?\n]{0,6}?(?:でしょうか|ですか|かな[？?]|か[？?]|だった|でした))/u
export function maximAgreedQuoted(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(inner) < CALLED_MIN || inner.length > 40 || /[？?！!「『」』]/u.test(inner)) return false
  return (MAXIM_TOPIC.test(inner) || /[^\s]より[、,]?[^\s]/u.test(inner)) && !OWN_COPY.test(inner) && MAXIM_AGREED_AFTER.test(t.slice(i + 1, i + 40))
}

/**
 * Blind R425A-027 kind: a line set in quotes, then called "these words" with when or how they were written or said (百年以上前に書かれた
 * この言葉, 先人が残したその言葉, 昔から言われてきたこの一節): someone's text held up, however short, so its author or work is to be named
 * (q.named: a name or a work beside it keeps it clean). Words of the post's own (この言葉を合言葉に) are read by THESE_WORDS as before.
 */
export const WRITTEN_WORDS_AFTER = /^[」』”〟"]?\s?[。．]?\s?[^「」『』“”。！？!?]{0,30}?(?:書かれ|書き残され|書き残し|残され|残し|遺され|遺し|言われ|言われてき|語られ|語り継がれ|詠まれ|記され|綴られ|発せられ|刻まれ)た(?:この|その|あの)(?:言葉|一節|一文|フレーズ|詩|句|文章)/u
