/**
 * quotation — 4(4): 他者の文章等を引用する場合は、出典を明示する.
 *
 * What counts as a quotation (each of at least `policy.quotation.minLength` characters):
 * - a passage in quotation marks: 「」『』“”"" 〝〟 ≪≫ 《》 «». A passage reads as sentences (it holds
 *   。！？, or clauses with 、 ending in kana) or is followed by a quotative (と/って/との); a long
 *   name or title in brackets followed by の/を/が/です (「…」の受講者募集, テーマは「…」です) is not;
 *   a passage in another script reads as sentences by its own grammar: a sentence stop after a word
 *   (“… one small kindness at a time.”, « … en marchant. ») or, in Latin script, a run of mostly
 *   lower-case words (a sentence) rather than Title Case words (a name: “Yanagawa Canal Night Tour”);
 *   ‘…’ pairs too, an apostrophe (Don’t) does not close it;
 *   sentences with their punctuation left out read by a topic (は, が) and a written sentence end
 *   (〜のだ, 〜ている, 〜です), verse by phrases set apart by spaces that end in kana, and hearsay
 *   after the quote (なんだって, だそうです) is a quotative; 〈〉 ‹› pair too, 【】〔〕 only around whole
 *   sentences (【お知らせ】 is a heading);
 * - a block quote: a line starting with > or ＞, or with 引用：; a line headed by where its text is from (国の資料より抜粋：…,
 *   （ネットからの抜粋）…, 【新聞より転載】…; round 43);
 * - a saying set alone at the head of a post (「走ることは、自分自身との対話だ」。…; round 26), also in a Latin-script language
 *   (“Stay hungry, stay foolish.” 運動公園で…; round 45), not the city's own copy or slogan;
 * - a passage framed as a quotation: (以下引用)…(引用ここまで), 【引用】…【引用終わり】, ▼以下引用▼…, or a marker line alone (round 26);
 * - a claim passed on from a source not named, in a sentence of its own (国の資料によると…とのこと,
 *   ある調査によれば…そうです); a named one (気象庁によると) is a source;
 * - an unbracketed passage announced as a quotation (以下、…より抜粋します。 / こんな一節があります。 /
 *   旅行ガイドの一文をご紹介します。 / …からの引用です。 / ある作家は言いました。) in the next line or paragraph.
 *
 * What counts as its source:
 * - anywhere in the post (it covers every quotation): 出典・引用元・出所, a URL, 〜より（引用・抜粋）, a credit line naming who gave it
 *   (（情報提供：柳川警察署 交通課）, 提供：, 資料：; not 写真提供：, not ある方; blind TU-135),
 *   〜によると (not により, a cause: 法改正により), an article of a law, also after its short name in brackets (特別措置法（空家法）第5条; blind HE-026),
 *   a publication with its date (○○新聞（2024年5月1日）, 11月3日付朝刊), a work with its
 *   author (『書名』著者名, 北原白秋「この道」より, 白秋の詩「…」), a document with its holder (『…日記』（天保3年、柳川古文書館所蔵）,
 *   柳川古文書館所蔵の『…』, （個人蔵）; blind FV-081) — unless the named source is vague
 *   (ある新聞の社説より, こんな投稿, 口コミ): an unnamed source is no source;
 * - next to the quotation (the sentence before, the one around it, the one after, also across a
 *   paragraph break): a named speaker, author, newspaper or document (市長は「…」と述べました,
 *   船頭の松尾さんは「…」と話して, 古賀さんからいただいたお便り, 有明日報は「…」と報じ, 「…」（北原白秋）,
 *   柳川市総合計画には「…」, （北原白秋「からたちの花」）, a resident tagged by where from and age: （東京都から移住・30代女性）; round 45/46);
 *   a vague one (ある作家は, 友人から, テレビで) is not.
 *   A work referred back to (記事では「…」, 同紙は) takes its name from the sentence before it; a clause
 *   naming who said it (北原白秋が書いていた「…」) names them, while an unnamed speaker heard saying a claim
 *   (テレビで専門家が言っていた『…』という話) is a quotation without source, not a rumour. Speech told to the
 *   writer (…と話してくれました, と教えてくださいました) is the post's own interview, unless it was read in a medium.
 * A quotation quoted as an example of a scam or of wording to avoid (詐欺, 悪質商法, 手口 …) is an
 * example, and speech reported from an event (参加した児童は「…」と話していました) is the staff's own
 * report: neither is a borrowed text. Wording the city writes itself for a sign or notice (“Please do not
 * stand up in the boat.” と英語で書かれた案内板) is its own text. Brackets pair up within a paragraph.
 * Round 47: a quotation whose own lead names only a vague medium (ある新聞のコラムには、こう書かれていました。「…」) is not
 * attributed to a person the paragraph next to it names (本日、市長が年頭あいさつを行いました); a message the city received set out
 * as a block quote (寄せられた声です。⏎> …) is someone's text reproduced and needs its sender or their leave (a tag on its last line,
 * ご本人の了承を得て in any paragraph), while an interview the staff made stays the post's own.
 * Round 48: lyrics quoted as a song the post presents or hums (好きな歌を紹介します。「…　…　…」, 「…」と口ずさみたくなる) are a
 * quotation whatever their form (three lines set apart by spaces, no 。); not a title, not the city's own song; a lyricist named with
 * what they wrote (北原白秋作詞の童謡) is a source.
 * Round 49: a resident described by their part in the event or their place (20年以上参加しているという地区の方は, 毎年出店している
 * 地元の男性は) saying it there (と笑顔で話していました) is the staff's own report, as a participant's words are; not one read in a
 * medium, an authority or a vague someone (ある地区の方は).
 * Round 51: words said to the writer by someone they met are told in speech too (船頭さんに「…」って言われたよ): って is the spoken と;
 * an authority or a vague someone (ある作家さんに, 専門家の方から) is still no one met.
 * Blind GR-081: a press release names the partner who speaks at a signing by full name and the title they hold in their
 * organisation (同行の岸川 隆一 取締役頭取は「…」と応じた, 松尾 和也 局長は, 同行の頭取は); a reply (と応じた, と答えた) is said as
 * と述べた is. A quotation signed by an attribution line of its own, also as the next paragraph (「…」⏎⏎——柳川市長 金子健次,
 * ⏎⏎（柳川市長 金子 健次）), names its speaker; an attribution naming a kind of person or a medium (——先人の言葉, ——ネットの名言,
 * ——詠み人知らず) names no one.
 * Blind R55A-037/066, GS-042: a document named by its title in brackets, the title ending in its kind (『柳川市掘割保全計画』（令和5年3月）
 * には, 内閣府「避難情報に関するガイドライン」では) is a source, not with a vague holder (ある自治体の『防災計画』); a headline in 【】 at
 * the head of a line in the city's polite or calling voice (【暑さが続いています。ご近所で声をかけ合いましょう】) is the post's own heading.
 * Blind R61A-129, GX-039: a saying given as the words of someone left vague right before it (市長は、ある経営者の言葉として「…」と紹介し,
 * 昔の偉人の言葉として『…』) has no source, whoever introduces it; the speakers' consent as a pair or a party (お二人の了承を得て, ご夫婦の
 * 同意を得て) covers their words as ご本人の了承 does.
 * Blind R63A-030: a paper of a kind of body named by its kind alone (獣医師会の資料から抜粋, 弁護士会のパンフレットより引用) names no source.
 * Blind R65A-010/062: the sentence that introduces a quotation in the paragraph before it names the introducer and a vague author (市長が
 * ある経営者の言葉を紹介しました) — no one for the quotation; the poet named with the work presented (北原白秋の詩の一節をご紹介します) or a
 * citation with the title and its year after it (（北原白秋「からたちの花」1924年）) is its source.
 * Blind R62A-076, GY-114, GZ-131: participants of the city's own class quoted side by side (「…」「…」という声が上がりました, ■生徒の感想から),
 * a rewrite the city shows marked ×/○ (（例）⏎×「…」⏎○「…」) and kinds of post listed as the risk they carry (次のような投稿から、留守の
 * 時間がわかってしまう ⏎・「…」) are the post's own material, not quotations needing a source.
 * Blind R67A-131, HC-127: a heading that labels the text under it as an excerpt (台風第14号に関する気象情報（抜粋）) announces a quotation
 * unless its title names the body holding the text; a citation in brackets naming a public body's document with its edition or section
 * (（柳川市地域防災計画 令和6年修正 第3章第5節）) is a source.
 * Blind R68A-104, R69A-064/135: a kind of document after a vague holder (他の自治体の部活動ガイドラインに) names none; a colleague's memo left in
 * the draft (（課長より：新聞の記事からそのまま引用しといて）) is who asked for the quotation, not its source; a public body's report quoted at
 * length (観光庁の報告書にも「…」) needs its title or year, as the body publishes many (its announcement, 気象台の発表, stays a source).
 * Blind R75A-099/134, HH-024/080: さん opening a word in kana (掘割をおさんぽ) and a trade with さん (税理士さん, 司法書士さん) name no one; a
 * body named as saying what follows (〇〇事務所は、次のように呼びかけている) or a citation with the month (（〇〇事務所「…」令和7年6月）) is a
 * source; a voice the city received, its giver told before it (施設の方からは「…」との声も寄せられています), is the city's own report.
 * Blind R76A-113, R77A-016, HJ-068: the city's page or plan named as what an opinion is about (市ホームページの改修について、こんなご意見も
 * いただいています) is its topic, not its source; a line of verse closed by a music note with none before it (あめあめ ふれふれ … ランランラン♪)
 * is lyrics as ♪…♪ is, katakana refrains counting as kana; leave to share stated in English ((shared with permission)) or as 掲載の許可を
 * いただいています covers the words as ご本人の了承 does.
 * Blind R83A-007, HM-007: a paragraph ending by pointing at a poem, a song or words (毎年この詩を思い出します。, 次の一節が頭に浮かびます。),
 * then short lines set down without brackets (a poem line by line), in the next paragraph or right under it, is a quotation; the work named
 * with its author in the intro is its source, the writer's own words given (こんな言葉を贈りました) are not one. Bracketed items on list
 * lines under a lead naming them as consultations the office receives (たとえば、こんな相談が寄せられています。⏎⏎・「…」) are the city's
 * own illustration, unless the lead names a medium they were read in (ネットの掲示板に…書き込まれていました).
 * Blind R88A-029, R89A-066: a speaker called by a trade with さん that ends in no 士, 師 or 員 (獣医さんがおっしゃっていた言葉, 大家さん, パン屋
 * さん) names no one; a bracketed run of clauses forty letters or longer closed by a noun (「男女が、…確保され、…共に責任を担うべき社会」, a
 * law's or a charter's definition) reads as a passage, unless it is the city's own vision under its name (【柳川市の将来像】).
 * Blind R100A-075: a trade in katakana with さん (旅行クリエイターさん, ブロガーさん, フォトグラファーさん, 旅行ライターさん) names no one either:
 * a post of theirs quoted at length (次のように発信してくださいました「…」) needs their name with the account or a link.
 * Blind HY-057/092: a remark at a meeting the city held, its speaker told by their seat (出席者からは「…」との意見が出された, 委員からは
 * 「…」との指摘があった), is reported speech of the meeting; a worry in brackets given as an example of a kind of consultation (「…」といった
 * 「親なき後」の相談, 「…」といった相続のお悩み) is the desk's own illustration — neither when read in a medium.
 * Blind R116A-095/096/131, R117A-084: a vague someone said it, told in the sentence before (ある先生がおっしゃっていました。「…」), a line announcing a
 * saying (こんな言葉がありますね。⏎「…」), words credited right after to a vague someone (「一舟一会」。これは昔、ある船頭さんが言っていた言葉です) and a
 * sentence without brackets pointed back at as read somewhere vague (…だ――どこかで読んだこの言葉) are quotations with no source, however short.
 * Blind R116A-063, IH-038/085: a work named by its title in 『』 with its part (『論語』為政篇に「…」とあります) is a source; quotations told to be what
 * participants of the city's own class said (これらは、…人権学習で、子どもたちが…出し合ったものです) and a survey item told by the share who answered it
 * (「…」と答えた中学生の割合) are the city's own material.
 * Blind R119A/IJ/II/R118A: a typical voice, worry or question the staff often hear (という声をよく聞きます, そんな疑問に答える, とがっかりする
 * お母さん, と心配される方), items of a list of cases running over paragraphs, a voice told with its giver (地域の方からの「…」という声でした), an
 * advert's claim in a warning (とうたうサービスの広告) and a short letter the city received are its own illustration; a maxim set off alone and
 * held up as wisdom (「子育ては、親育て」。本当にその通り), a passage of a vague book (ある本の一節), a saying of a vague office holder (かつてある
 * 大臣が) or of 昔の人 (昔の人も言っとったばい) has no source. An age with さん (2歳さん) names no one.
 * Blind KJ-018: a shared post's account named by its own name marked as an account's or by its handle (【福岡県防災 公式アカウントの投稿を
 * 引用します】, …（@bousai_fukuoka）の投稿を引用します: ACCOUNT_POST_SHARED) is the source; a kind of account (自治体の公式アカウント) is not.
 * Blind R141A-130/R142D-069: brackets announced as quoted right before them (ある旅行サイトより引用します。「…絶品」: QUOTING_BEFORE) are a
 * quotation whatever their form; a medium named only by the writer's liking or finding (大好きな本の一節, 最近読んだ雑誌: GENERIC_SOURCE) is no source.
 * Blind R143I-026/R144A-036: a remark taken up right after as an instance of a harm (「…」。今もこうした差別が残っています: HARM_BACK_AFTER) is an
 * example; short words of a person the post tells of right before (…若手漁師さんが…育てました。), pointed back at right after (その言葉に, と話す:
 * WORDS_POINTED_BACK), also each as its own paragraph, are the post's portrait of someone met — not a vague someone, an authority, a medium, a
 * work read (娘が本を借りてきました) or a passage over PORTRAIT_MAX letters.
 * Blind IQ-026: a remark of someone at the post's event, told before it by their part there (審査員を務めた国際交流員からは, 来賓の…からは,
 * 実行委員長は) and after it as said (との講評/コメント/感想/声/お言葉/あいさつ/お話がありました, と話しました, と述べました: EVENT_SPEECH_AFTER),
 * is the host's report of the event — not a vague someone, an authority, a medium, a saying credited to another, nor hearsay (と話していました).
 * Blind UD-022/116: voices listed each with its giver under one frame after the last (児童から「…」、保護者から「…」という感想が寄せられました:
 * pastGiverRun) are each received voices; a question the account is often asked (「…？」ってよく聞かれるけど, というご質問をよくいただきます:
 * ASKED_OFTEN_AFTER) is its own paraphrase of a common question — not read in a medium, not a saying often said (とよく言われます).
 * Blind R191I-007 kind: one short spoken remark heard in person, its speaker a person in its sentence or the one before (業者さんが「…ね」と
 * 言っていました, 市長に同行中。車内で「…」とポツリ: heardRemark) — the speaker is its source; not hearsay, a vague someone, an authority, a
 * medium, an office holder's remark with no occasion, a statement of two sentences, nor a saying with no speaker.
 * Blind R194A-037/R195D-050/IY kinds: an owner named with の right before words called theirs (市長の「…」という言葉, 北原白秋の「…」という一節:
 * ownerBefore) is a source; a line hummed (「…」と口ずさむ: HUMMED_AFTER) is quoted however short; the event's speaker as the sentence's topic
 * (先生はまず、…説明し、「…」と問いかけました: eventTopicSpeaker), a casual interview (…に…を聞いてみたよ), a participant's said-clause (参加者が
 * 話した「…」という言葉) and a tag naming one of the city's people by what they did (（育児休業を取得した市職員）: DID_TAG_AFTER) are the post's own.
 * Blind R200D-013 kind: a saying held up as what is commonly said, the sentence leaning on it (「…」と言われるとおり, と言うように, とよく言われますが:
 * commonlySaid) is quoted however short, its author unnamed; not named as a proverb, the city's own copy, a nickname, a claim of how things
 * work (an object, a condition), nor words of a speaker named before them.
 * Blind misc60 kinds (KH-002, KH-015): a sentence calling the words mentioned harmful (…傷つける差別の言葉です。) announces no saying, and an excuse
 * set aside right after its brackets in a post about a harm done with words (「みんな使ってるし」じゃなくて、…: REMARK_SET_ASIDE_AFTER) is the post's
 * own example; a scam message given as the content of one named by its kind (架空料金請求のSMS…。「…」という内容で: SCAM_CONTENT_AFTER) is the
 * trick's specimen, and 架空料金請求 is 架空請求.
 * Blind wave 83 kinds (R418T-019/039/049, R420V-033): a short > line taken up right after, or by the next paragraph's opening, as words (いつも
 * この言葉を思い出します, 昔からよく聞く言葉ですが: BLOCK_CALLED, WORDS_MET_AFTER); words only called a vague someone's (ある作家さんの言葉です:
 * VAGUE_CREDIT_AFTER); words the writer heard, read or learned somewhere with no one named (研修で聞いて、頭に残っている言葉です) — sayings
 * needing an author however short. A proverb or slogan so called, a named author and a remark staff often hear at a desk are not.
 * Blind wave 87 kinds (R431G-007/016, R434K-008, MH-005): a saying taken up as met at a training or a lecture (研修で紹介されたこの言葉:
 * OCCASION_MET_AFTER) or credited to a vague document (ある国際条約にも記された考え方: VAGUE_DOC_CREDIT_AFTER), and the press's words quoted
 * from a medium named by its kind only (先日の記事で…「…」と紹介されました: PRESS_DESCRIBED_AFTER) have no source, however short; the words of
 * a person the post presents by name, told to the staff at an occasion (と着任のあいさつで意気込みを語ってくれました: presentedSpeaker), have one.
 */
import type { Doc } from '../doc'
import type { RuleFamily, RuleInput } from '../rule'
import type { Span } from '../text'
import { ownWordingRetracted } from '../words'
import { meta } from './quotation.meta'

// ---------------------------------------------------------------------------------------------
// Sources. All patterns are linear: no nested quantifiers, bounded repetition.

/** Say-so of a source: always a source. */
const SOURCE_MARK = /出典|(?<![写画映動]像|写真|イラスト|図)(?:情報提供|資料提供|データ提供|提供|資料)\s?[:：]\s?(?!ある|とある|某|どこか|ネット|知人|友人)[一-龠々ァ-ヶA-Za-z]{2}|(?<![A-Za-z])(?:[Ss]ource|[Qq]uoted from|[Ee]xcerpted from|[Cc]ited from)\s?[:：]?\s(?=[A-Za-z0-9一-龠々ァ-ヶ『「])|引用元|出所|原典|参考文献|参考資料|参考[:：]|転載元|https?:\/\/|www\.|\.jp\/|\.com\/|(?:(?:作詞|作曲|作者|著者|筆者|撮影)|(?<![一-龠々])(?:作|著|文|詩|訳))\s?[:：]\s?[一-龠々ァ-ヶー]{2}|(?:^|\n)\s{0,3}引用\s?[:：]\s?[^\n]{2,24}$|(?:法|法律|条例|規則|要綱|宣言|憲法|条約|憲章|協定)[」』]?(?:[（(][^()（）\n]{1,12}[）)])?\s?第[0-9一二三四五六七八九十]+条|仮訳|[(（][^()（）\n]{2,40}の作品[。、)）]|[（(][一-龠々ァ-ヶーA-Za-z・]{2,20}(?<!語|筆者|拙|意|直|私|自己|独自|機械|簡易|試)訳[）)]/mu
/** 〜より（引用）, 〜から引用, 〜によると: a source when what precedes it is named. */
// Blind TV-120: a credit in brackets that lists the source and the giver parted by a slash or a dot (（観光アンケートより／福岡市からお越しの方）,
// （市報5月号より・一部抜粋）): より closes the source there as before a bracket's end.
const SOURCE_FROM = /(?:より|から)の?(?:引用|抜粋|転載|一部)|より(?=[。、,）)（(\n\s:：／/・｜|]|$)|によると|によれば|曰く|いわく/gu
/** A publication with its date: ○○新聞（2024年5月1日）, 11月3日付朝刊, 2025年6月号. */
const NUM = '[0-9〇一二三四五六七八九十]{1,4}'
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
const EN_CITED_AFTER = /(?:^|\s)[-—–―]{1,2}\s?(?:[Ff]rom|[Qq]uoted from|[Ee]xcerpted from|[Ss]ource:)\s((?:[Tt]he\s)?[A-Z][A-Za-z.&'’-]{1,24}(?:\s(?:of|for|and|on|the|[A-Z][A-Za-z.&'’-]{1,24})){0,7})\s?[(,]\s?(?:[0-9]{4}|[Vv]ol\.|[Nn]o\.|pp?\.\s?[0-9]|[Ii]ssue|[A-Za-z]{1,12}\sedition)/u
function citedInEnglish(t: string): boolean {
  const m = EN_CITED_AFTER.exec(t)
  return m !== null && englishName(m[1]!, true)
}
/** A work with its author: 『書名』著者名, 著者名『書名』, 作者の詩「…」, 北原白秋作詞. */
const AUTHORED =
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
/** A source named with a vague word (ある新聞, こんな投稿, 口コミ, 関係者) is no source. */
const VAGUE = /(?:^|[、。\s」』：:！!？?はも—―‐-])(?:と)?ある(?=[一-龠ァ-ヶ])|某|こんな|そんな|どこかの|誰か|ネット上|ネットで|ネットの(?:まとめ|記事|書き込み|掲示板|噂|うわさ|情報)|まとめサイト|口コミ|関係者|^(?:以下[、,]?)?(?:専門家|有識者|研究者|識者|詳しい人|知人|友人|ある方|他の自治体(?:さん)?|よその自治体(?:さん)?|ネットの(?:方|人))(?:の(?:解説|話|意見|コメント|説明|投稿|記事))?$/u
/**
 * Round 44: a named desk's own casework as where a quotation is from (相談事例（柳川市消費生活センターに寄せられた相談から）,
 * 市民課の窓口で受けた相談より, 保護課の相談事例から): the words were said to the city and are given as its own case. A desk
 * not named (ある窓口に寄せられた相談から, 寄せられた相談より) names no source.
 */
const CASE_SOURCE =
  /(?<![一-龠々ァ-ヶー])(?<!ある|某)(?!テレビ|ラジオ|新聞|放送|他|別|各)[一-龠々ァ-ヶー]{1,16}(?:センター|課|係|窓口|相談室|相談所|署|局|協会|事務所|支所|市役所|役場)(?:に|へ|で|が)(?:実際に)?(?:寄せられた|受けた|受け付けた|あった)(?:ご?相談|相談事例|事例|通報|苦情)(?:から|より|の中から|を(?:もと|基)に|です|でした)|(?<![一-龠々ァ-ヶー])(?<!ある|某)(?!テレビ|ラジオ|新聞|放送|他|別|各)[一-龠々ァ-ヶー]{1,16}(?:センター|課|係|窓口|相談室|相談所|署|局|協会|事務所)の(?:ご?相談事例|事例集|相談記録)(?:から|より)/u
/**
 * A kind of text with no name (以下、ガイドブックから引用, 新聞より; blind R130I-030: 旅行ガイドより抜粋, タウン誌から): no source. Blind R365N-049 kind:
 * a book named by its genre alone (育児書より抜粋, 料理本から, 専門書より引用) has no title and no author. Blind R374X-010 kind: a magazine
 * or a review named by its genre alone (音楽誌のレビューより抜粋, 文芸誌の書評から, 専門誌の批評より) names no magazine, issue or critic.
 */
const GENERIC_SOURCE =
  /^[—―‐\-\s]*(?:(?:以下[、,]?|次の|こちらの|この|その|今朝の|昨日の|先日の|地元の|手元の|(?:大|だい)?(?:好き|すき)な|お気に入りの|愛読(?:している|する|中の)|(?:昔|以前|最近|前に|先日|学生時代に|若い頃に?)(?:読んだ|見た|見つけた)|(?:本屋|書店|図書館|ネット)で(?:見つけた|見かけた|出会った|借りた|読んだ)|国の|県の|政府の|役所の|ある|とある|研修|会議|庁内|社内|勉強会|講座|説明会|配布|旅行|観光|グルメ|タウン|郷土|海外)\s?){0,2}(?:(?:育児|子育て|料理|健康|医学|専門|歴史|実用|ビジネス|自己啓発|啓発|教育|心理|哲学|入門|解説|教養)(?:書|本)|参考書|教科書|ガイドブック|ガイド|旅行誌|情報誌|タウン誌|観光誌|紀行文?|エッセイ|案内書|本|書籍|新聞|雑誌|テレビ|番組|ラジオ|報道|ニュース|マスコミ|メディア|サイト|ウェブサイト|ホームページ|ネット|インターネット|ウェブ|web|Web|記事|コラム|社説|詩|歌|歌詞|投稿|資料|文献|論文|SNS|ブログ|パンフレット|チラシ|名言集|名言|報告書|白書|調査|統計|通知|答申|提言|論文集|(?:音楽|文芸|専門|業界|週刊|月刊|季刊|経済|女性|美術|芸術|映画|演劇|文化|旅行|スポーツ|ファッション|写真|鉄道|クラシック|ジャズ|料理|学術|医学|科学|建築|園芸|農業|英字|文学|演芸|舞台)(?:誌|雑誌)|レビュー|批評|評論|書評|劇評|寸評|演奏評){1,2}(?:の(?:記事|コラム|一節|投稿|紹介|特集|中|レビュー|批評|評論|書評|劇評|寸評|演奏評|評))?$/u
/**
 * Blind R136D-008: "the nation" or "the government" as the one who announced (国の発表によると, 政府の公表では, 国からの通知によれば):
 * which ministry, which announcement and when are left out, so a reader cannot find it; 国の資料 is vague for the same reason. A named
 * ministry or agency (厚生労働省の発表, 気象台の発表) is a source.
 */
const NATION_ANNOUNCED = /^(?:国|政府|国側|政府側)(?:の|から|が)(?:の)?(?:発表|公表|発信|説明|見解|方針|情報|お知らせ|通達|アナウンス)$/u
/** An unnamed person's words (研修講師の言葉から抜粋, ある先生のお話より): no source. */
const UNNAMED_WORDS = /^(?:[^、。\s]{0,6}?の?)(?:講師|先生|専門家|有識者|先輩|知人|友人|担当者|職員|研究者|医師|作家)(?:の方|さん)?の(?:言葉|話|お話|講演|発言|資料|メモ|ノート)$/u
/**
 * Blind R63A-030: a paper of a kind of body named by its kind alone (獣医師会の資料から抜粋, 弁護士会のパンフレットより引用, 専門機関の
 * 資料より): every prefecture and city has such an association, so the kind names no publisher, and the paper has no title. Its own name
 * before it (日本獣医師会, 福岡県獣医師会, 柳川山門医師会, 福岡県の獣医師会) or a title after the paper (パンフレット『ペットと防災』) names it.
 * Blind R252A-057 kind: a group named only by what it works for (環境団体, 市民団体, 消費者団体, 研究グループ, 調査会社) and its report or
 * survey (報告書によると, 調査結果より, レポートから引用): there are many such groups, so the kind names no one and the report no title; the
 * group's own name (日本野鳥の会, 有明海再生ネットワーク) or the report's title and year names it.
 */
const UNNAMED_BODY_DOC =
  /(?:^|[^一-龠々ァ-ヶーA-Za-z0-9・])(?<!(?:県|市|町|村|都|府|道|国|郡)の)(?:獣医師会|医師会|歯科医師会|薬剤師会|看護協会|弁護士会|司法書士会|税理士会|行政書士会|社会保険労務士会|土地家屋調査士会|専門機関|研究機関|公的機関|関係機関|(?:国際)?(?:環境|自然保護|動物愛護|愛護|保護|市民|住民|消費者|人権|福祉|支援|業界|関係|専門|民間|研究|非営利|ボランティア|NPO|NGO)団体|研究(?:グループ|チーム)|調査会社|シンクタンク|保険会社|製薬会社|メーカー|業者)(?:の|が[^、。！？!?\s]{0,6}?(?:出し|発行し|作成し|作っ|つくっ|配布し|配っ|まとめ|公表し|発表し)(?:ている|てる|た))(?:資料|パンフレット|リーフレット|冊子|手引き?|ガイド|ガイドブック|会報|文書|チラシ|小冊子|資料集|テキスト|解説|説明書|報告書|報告|レポート|調査|調査結果|調査報告|試算|推計|声明)$/u
/**
 * After より：, an instruction to the writer (引用しといて, 載せてください, 使ってOK, お願いします): a memo from a colleague left in the draft
 * (（課長より：…引用しといて）, 係長より：このコラムを貼っておいてください), not a text's source (市長より：新年のごあいさつ names its author).
 */
const MEMO_AFTER = /^[:：]\s?[^）)】\]］「『“\n]{0,36}?(?:(?:し|貼っ|はっ|載せ|のせ|使っ|入れ|出し)(?:て(?:おいて|ください|下さい|くれ|ね|ほしい)|と(?:いて|って|く))|お願い(?:します|ね)?|よろしく|(?:で|て)(?:OK|いい|大丈夫))/u
/** Before より: a time or an amount (10時より, 前年より), not a source. */
const NOT_SOURCE_BEFORE = /(?:[0-9０-９]|時|分|日|月|年|頃|ごろ|それ|これ|前|後|例年|昨年|以前|従来|予定|通常|何)$/u

/** A kind of person in front of an honorific (専門家の先生, 大学の先生, 医師の): no one in particular. */
const UNNAMED_AUTHORITY = /^(?:専門家|有識者|研究者|識者|学者|医師|医者|お医者|弁護士|大学|学校|病院|地元|近所|地域|その道|業界|ある|某)(?:の)?$/u
/**
 * Blind R80A-077: a field, a department or a place in kanji, then の, before the honorific (生態学の先生, 医学の教授, 小児科の先生, 農学部の
 * 先生): the kind of person the speaker is, not their name. (A given name in kana before the honorific, 佐藤しの先生, is a name.)
 */
const FIELD_OF_PERSON = /^[一-龠々]{2,5}の$/u
/**
 * Blind R80A-130: a kind of person before 曰く, によると or より (研究者の先生いわく, 専門家の先生によると, 先生いわく, 著名な先生によれば): who said
 * it is left unnamed, so the phrase names no source. A name before the honorific (田中先生いわく, 松尾教授によると) is one.
 */
const UNNAMED_SAYER_BEFORE =
  /(?:^|[、,\s]|[一-龠々]{1,6}の|(?:有名|著名|偉|えら)い?な?)(?:講師|先生|専門家|有識者|研究者|学者|識者|教授|博士|医師|お医者さん|お医者様|作家|先輩|知人|友人|知り合い)(?:の方|さん|さま|様|方)?(?:の(?:お)?(?:話|言葉))?$/u
/** A public body's announcement named as what is quoted: 福岡地方気象台の発表をお伝えします, 気象庁によると. */
const BODY_STATEMENT =
  /[一-龠々ァ-ヶー]{1,16}(?:気象台|気象庁|庁|省|局|署|県|府|都|市役所|研究所|大学|協会|機構|センター|委員会|対策本部|本部|事務所)(?:(?:の|が|から)(?:発表|発令|情報|報告(?!書)|資料|公表|見解|調査|統計|通知|呼びかけ|お知らせ)|によれば|によると|の?(?:ホームページ|HP|ウェブサイト|公式サイト|サイト|パンフレット|リーフレット|手引き)(?:では|で|に(?:は)?|によると|によれば))|[一-龠々ァ-ヶー]{1,16}(?:気象庁|庁|省|協会|機構|委員会|連盟|連合会|財団)の[^。！？!?\n「『]{0,14}?(?:で|に|として)?(?:掲げ|示さ|示し|定め|記さ|書か|うた|使われ|使用され|採用され|呼びかけ)/u
/**
 * Blind R61A-129: a saying given as the words of someone left vague, right before it (市長は、ある経営者の言葉として「…」と紹介し, 教育長は
 * ある有名な作家の言葉を引いて「…」, 昔の偉人の言葉として『…』, とある哲学者の名言を借りて「…」): its author is not named, and the named
 * one who introduces it (市長, 教育長, 校長先生) is not its author. Only an attribution after the quotation（（P.F.ドラッカー））names one.
 * A name inside the frame (有名な作家である北原白秋先生の言葉として) is a source (read by namesSomeone).
 */
const VAGUE_AUTHOR_BEFORE =
  /(?:(?:(?<![ぁ-ゖ])|(?<=[がはも]))(?:ある|とある|某)|昔の|いにしえの|古の|どこかの|海外の|外国の|有名な|著名な)[^「『」』。！？!?\n]{0,12}?(?:人|方|者|家|偉人|先人|賢人|哲人|作家|詩人|歌人|俳人|学者|先生|教授|社長|会長|選手|監督|指導者|リーダー|(?<!日)本|書籍|書物|詩集|小説|雑誌|随筆|エッセイ|文献|絵本)(?:さん)?(?:が|の)(?:残した|遺した|語った|言った|述べた|書いた)?(?:言葉|名言|格言|金言|至言|一節|ひと言|一言)(?:として|を(?:引(?:いて|き|用して|用し)|借りて|借り|紹介して|紹介し|挙げて|挙げ)|を(?:ご)?(?:紹介|引用|披露)(?:し|いたし|され)(?:ました|ます|ています|ていました)|に|で|は|から|です|でした)?[、,。：:\s]{0,2}|(?:(?<![ぁ-ゖ])|(?<=[がはも]))(?:ある|とある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度)[^「『」』。、,！？!?\n]{0,12}?(?:人|方|者|家|先生|教授|医師|お医者さん|作家|詩人|学者|専門家|先輩|社長|選手|監督|船頭)(?:さん|さま|様)?(?:が|は|も)[、,]?(?:よく|いつも|以前|昔)?[、,]?(?:こう|次のように|こんなことを|こげんこと)?(?:おっしゃって|仰って|言って|いって|言いよっ|言いよ|話して|話されて|語って|書いて|書かれて|述べて)(?:い|お(?:られ)?)?(?:ました|ます|た|る|と|ったと)?(?:です|とです)?(?:ね|よ|ばい|けん)?[。：:！!]?\s{0,2}$|(?:昔の人|昔ん人|むかしの人|先人|古人|昔の偉い人|いにしえの人)(?:たち|達)?(?:が|は|も)[、,]?[^「『」』。！？!?\n]{0,10}?(?:言|いっ|いう|おっしゃ|仰|話|語|書|説|教え)[^「『」』。！？!?\n]{0,10}[。：:！!]?\s{0,2}$/u
/**
 * Blind R65A-010: the paragraph before the quotation ends by telling whose words follow, and they are someone left vague (新規採用職員の
 * 辞令交付式で、市長がある経営者の言葉を紹介しました。 ⏎⏎ 「…」): the named one who introduces them (市長) is not their author, so that
 * last sentence names no one for the quotation in the next paragraph.
 */
function tailNames(tail: string): boolean {
  if (!namesSomeone(tail)) return false
  // Blind R268D-041 kind: the words told as given to a medium left unnamed (…選手が、あるインタビューで次のように語っていました。⏎⏎「…」,
  // 某誌の対談で, とある記事で): as in the quotation's own paragraph (R103A-015, vagueMedium), whoever spoke, the medium that carried the
  // words names no source for the quotation in the next paragraph.
  if (VAGUE_MEDIUM_LEAD.test(tail)) return false
  const vague = VAGUE_AUTHOR_BEFORE.exec(tail.trimEnd())
  return vague === null || namesSomeone(vague[0])
}
/**
 * Blind JH-007 kind: words led as 本人's — the one the post tells of (本人からのメッセージです。⏎「…」, ご本人のコメントをご紹介します, 本人より
 * ひと言): 本人 points back at the person the post names before them (観光課の蒲池 久美子 主査が…退職いたします), who is their speaker. With no one
 * named before (ある職員が…。本人の言葉です) it names no one.
 */
const SELF_WORDS_BEFORE = /(?<![一-龠々])(?:ご)?本人(?:から(?:の)?|より|の)(?:メッセージ|言葉|お言葉|コメント|ごあいさつ|あいさつ|挨拶|ひと言|一言|ひとこと|声)(?:です|でした|をご紹介します|を紹介します|をお届けします|をお伝えします)?[。：:！!]?\s*$/u
/** Someone's favourite words (好きな言葉, 座右の銘): the person who likes them is not their source. */
const FAVOURITE_BEFORE = /(?:好きな|大好きな|お気に入りの|大切にしている|心に残る)(?:言葉|一節|フレーズ|名言)|座右の銘|モットー/u
/** Words someone passed on (市長が講演で紹介した言葉です): who introduced them is not who wrote them. */
const INTRODUCED_BEFORE = /(?:紹介|引用|披露)(?:した|された|していた|されていた|して(?:くれ|くださ|いただい|もらっ)た)(?:言葉|一節|名言|格言|フレーズ)/u
/**
 * Blind R106A-110: someone at the event introducing the words that follow (会長が次の言葉を紹介されました。⏎「…」, 校長先生はこんな一節を
 * 引用して): the introducer is not the author. A work named with its author (北原白秋の次の言葉) is no such frame: の stands before it.
 */
const INTRODUCES_FOLLOWING = /(?:が|は|も)[、,]?\s?[^。！？!?\n「『」』]{0,12}?(?<!の)(?:次の|この|こんな|以下の)(?:ような)?(?:言葉|一節|名言|格言|フレーズ|詩|文章|一文)を[^。！？!?\n「『]{0,8}?(?:紹介|引用|披露|朗読|読み上げ)/u
/** Questions the city received, reported as such: 「…どうしたらいいの？」というご相談が増えています. */
/** Questions and worries the city receives, quoted as examples: 「…」「…」といったご相談 (the quotations after it are blanked to spaces). */
const VOICE_AFTER = /^[\s」』”〟]*(?:[「『“〝][^」』”〟\n]{0,60}[」』”〟][\s]*){0,4}(?:(?:という|との|といった|などの)(?:ご相談|相談|ご質問|質問|お問い合わせ|問い合わせ|ご要望|要望|お悩み|悩み)|と[^「」『』。\n]{0,24}?(?:という|との)(?:ご相談|ご質問|お問い合わせ|ご要望|お悩み)|と[、,]?[^「」『』。\n]{0,16}?(?:ご相談|お問い合わせ|ご質問)(?:に|を|が)(?:来られ|来|見え|いらっしゃ|お越し|いただ|寄せられ|あり))/u
/**
 * Blind HZ-004/060: the account's own mascot speaking in a speech balloon, its name set at the head of the line right before 「 (やなモン
 * 「せんきょって むずかしそう…？ … 投票にいこうね✨」, さげもんちゃん：「…そうだんしてね」): a character's name in kana — hiragana and
 * katakana mixed (やなモン) or ending in a mascot's suffix (ちゃん, くん, モン, にゃん) — and words that speak to the reader, ending in ね or よ
 * (with a note or emoji after). The account's own voice, not a quotation; a phrase ending in a particle (あるサイトに「, ガイドブックにも「) is no name. A name in katakana alone (ゲーテ, ニーチェ) is a person's; a
 * quotation inside the balloon (『…』って言ってたよ) is its own.
 */
const MASCOT_LABEL = /(?:^|\n)[ \u3000]{0,2}(?:(?=[ぁ-ゖァ-ヶー]{0,9}[ぁ-ゖ])(?=[ぁ-ゖァ-ヶー]{0,9}[ァ-ヶ])[ぁ-ゖァ-ヶー]{2,10}(?<![にはがでもをとのへや])|[ぁ-ゖァ-ヶー]{1,8}(?:ちゃん|チャン|くん|クン|モン|もん|にゃん|ニャン|ぴょん|たん))[ \u3000]?[:：]?[ \u3000]?$/u
const MASCOT_VOICE = /(?:ね|よ|よね|ねっ|よっ|な|ネ|ヨ|だよ|だね|もん)[〜~ー!！。…♪]{0,3}[\p{Extended_Pictographic}\uFE0F\u200d]{0,4}[〜~ー!！。…♪]{0,2}$/u
function mascotBalloon(t: string, a: number, b: number): boolean {
  return MASCOT_LABEL.test(t.slice(Math.max(0, a - 16), a)) && t[a] === '「' && MASCOT_VOICE.test(t.slice(a + 1, b - 1))
}
/**
 * Blind HY-092: a typical worry given as an example of the consultations a desk takes, its kind named between (「親が亡くなった後、…心配」
 * といった「親なき後」の相談も受けています, 「…」といったお金のご相談, 「…」などの子育てに関するお悩み, 「…」といった介護の声が寄せられて
 * います): an illustration of the desk's work, not a text with an author. Read with no medium before it (新聞の投書に「…」といった…).
 */
const CONSULT_KIND_AFTER = /^[\s」』”〟]*(?:[「『“〝][^」』”〟\n]{0,60}[」』”〟][\s]*){0,4}(?:といった|などの|のような)(?:(?:[「『][^」』\n]{1,16}[」』]|[^「」『』。！？!?\n]{1,12}?)(?:の|に関する|についての|に関わる))?(?:(?:ご相談|相談|お悩み|悩み|ご質問|お問い合わせ|お困りごと|困りごと)(?!者|員|会)|お?声(?:が|も|を)[^。！？!?\n]{0,10}?(?:寄せられ|届|いただ|頂|聞|伺|うかが|受け))/u
/** A proverb or an idiom, named as such (…ということわざがあります): common property, no author to name. */
const PROVERB_AFTER = /^[^。！？!?\n]{0,24}?(?:という|との|って)?(?:ことわざ|諺|慣用句|故事成語|故事)/u
/**
 * Blind HH-080: a voice the city received, its giver told right before it as where it came from (施設の方からは「…」との声も寄せられて
 * います, 利用者の皆さんから「…」という声をいただいています, 保護者からは「…」とのご意見が届いています): what residents or partners said to
 * the city, reported as received, not a text with an author. A medium (ネットからは, SNSで) or an authority or vague someone (ある専門家から
 * は) is no giver. Blind TV-114: pupils of the city's class are givers too, their voices coming out there (生徒からは「…」「…」という声が
 * 出ていました, 児童から「…」との声が上がりました), whatever paragraph tells of the class.
 */
const GIVER_BEFORE = /(?:方|皆さん|みなさん|皆様|皆さま|方々|さん|様|保護者|ご家族|家族|住民|市民|利用者|入所者|事業所|事業者|施設|団体|企業|学校|地区|自治会|店舗|農家|生産者|ボランティア|参加者|来場者|受講者|受講生|生徒|児童|園児|子どもたち|子供たち|こどもたち)(?:から|より)(?:は|も|の)?[、,]?\s?$/u
/** Blind TX-022: the voice received told with を (市民の皆さまから「…」とのご意見をいただきました, 利用者の方から「…」という声を頂戴しました). */
const RECEIVED_VOICE_AFTER = /^\s?(?:という|との)(?:[一-龠々]{1,3}(?:しい|い|な|の)|[ぁ-ゖ]{2,4}(?:い|な))?(?:お?声|ご?意見|ご?感想|うれしい声|喜びの声|感謝の声|お礼の声|お礼の言葉|感謝の言葉)(?:が|も)[^。！？!?\n]{0,8}?(?:寄せられ|届い|届き|届け|聞かれ|上が|あが|いただ|頂|出され|出まし|出て(?:い|お)|出た)|^\s?(?:という|との)(?:お?声|ご?意見|ご?感想|ご?要望)(?:を|も)[、,]?(?:多く|多数|たくさん|いくつか)?(?:いただ|頂|頂戴し|お寄せいただ|お受けし|受け)|^\s?(?:という|との)(?:お?声|ご?意見|ご?要望|ご?相談)(?:でした|です|がきっかけ|を受けて|をきっかけ|をもとに|を基に)/u
/**
 * Blind UD-022 kind: voices listed one after another, each with its giver, under one frame after the last (授業後には、4年1組の児童から「…」、
 * 4年2組の児童から「…」という感想が寄せられました): the frame is said of each. Read past the later givers and their voices (blanked or not) to
 * the frame; each giver must be one (GIVER_BEFORE), not a medium or a vague someone. Returns the text after the run, or null when none.
 */
const GIVER_RUN_ITEM = /^[、,・]\s?([^「」『』。！？!?\n\s]{1,20}?(?:から|より)(?:は|も)?)[、,]?\s?(?:[「『][^「」『』\n]{1,80}[」』]|\s{4,})/u
function pastGiverRun(text: string): string | null {
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
const HEARD_OFTEN_AFTER = /^\s?(?:という|との|といった|って)(?:お話|話|お?声|ご?相談|お?悩み|ご?質問|ご?意見|ご?心配)(?:を|も|が|は)[、,]?(?:よく|しばしば|時々|ときどき|たびたび|たくさん|多く|最近|本当によく|よう)?[、,]?(?:聞き|聞く|聞か|聞こえ|耳にし|耳にす|お聞き|伺|うかが|聞いと|聞くと)/u
/**
 * Blind UD-116 kind: a question people often put to the account, told as asked of it (「…って夏しか食べられないの？」ってよく聞かれるけど,
 * 「…？」とよく聞かれます, 「…」というご質問をよくいただきます): the account's own paraphrase of a common question it then answers, no one's
 * text. The frequency (よく, しばしば, 毎年 …) makes it typical; not when read in a medium (ネットで…とよく聞かれる is IN_MEDIUM before it), and
 * not a saying that is often said (「…」とよく言われます stays a quotation).
 */
const ASKED_OFTEN_AFTER = /^\s?(?:と|って)[、,]?(?:本当に|ほんとに|ほんと|とても|すごく|めっちゃ)?(?:よく|しばしば|時々|ときどき|たびたび|毎年|毎回|いつも|たまに|結構|けっこう|よう)[、,]?(?:聞かれ|きかれ|訊かれ|尋ねられ|たずねられ|質問され|質問を(?:受け|いただ|頂))|^\s?(?:という|との|といった|って)(?:ご?質問|お?問い合わせ|お?尋ね)(?:を|も|が)[、,]?(?:本当に)?(?:よく|しばしば|時々|ときどき|たびたび|毎年|毎回|いつも|多く|たくさん)[、,]?(?:いただ|頂|受け|寄せられ|あり|届)/u
/**
 * Blind IJ-076: an advert's claim quoted in a warning (インターネットで「児童手当を前払いで受け取れる」とうたうサービスの広告が見られます。市の制度
 * ではありません): the pitch named by what it claims, in a post that warns or points to a consultation desk; the city warns of it, no one's text.
 */
const AD_CLAIM_AFTER = /^\s?(?:と|を)(?:うたう|うたった|うたって|謳う|謳った|謳って|称する|称して|宣伝する|宣伝して|宣伝した)[^。！？!?\n]{0,12}?(?:広告|サービス|サイト|業者|商品|勧誘|メール|SNS|チラシ|アプリ|投稿|DM|書き込み)/u
const WARNING = /注意|ご相談|ではありません|被害|気をつけ|気を付け|ご用心|だまされ|騙され|消費生活|消費者/u
/**
 * Blind R119A-110: words of a letter the city received itself, its sender told only by who they are (子ども食堂に通う小学生から手紙が届きました。
 * 「…」): the city's own report of what reached it, not a text with an author, when short and in the lead's own line. A vague someone
 * (ある作家から), a medium, or a letter set out at length under the lead (round 47) is not.
 */
/** Team R70A-051: a letter reproduced at length (a resident's complaint set out under the lead) is their text and needs their leave. */
const LETTER_MAX = 40
const LETTER_RECEIVED_BEFORE = /(?:から|より)[^。！？!?\n「」『』]{0,6}?(?:手紙|お手紙|お便り|おたより|メッセージ|はがき|ハガキ|カード|寄せ書き|絵手紙)(?:が|を)[^。！？!?\n「」『』]{0,8}?(?:届き|届いた|届きま|いただき|いただいた|頂き|頂いた|もらい|もらった|寄せられ|受け取り)[^。！？!?\n「」『』]{0,8}[。：:！!]?\s{0,2}$/u
/**
 * Blind HY-057: a remark made at a meeting the city held, reported by the host (出席者からは「…」との意見が出された, 委員からは「…」との
 * ご質問がありました, 構成員の皆さんからは「…」との声が上がった): who spoke is told by their seat at the meeting (出席者, 委員, 構成員, 参加団体),
 * the remark is reported speech of the meeting, not a text with an author. A medium (新聞の投書に…との声が紹介された, ネットで見た…), an
 * authority or a vague someone (ある委員, 有識者) is still no one met; a block quote is someone's text.
 */
const MEMBER_BEFORE = /(?:出席者|出席委員|委員|構成員|参加者|出席団体|参加団体|関係団体|関係機関|各団体|各機関|協力事業者)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:から|より)(?:は|も)?[、,]?\s?$/u
/**
 * Blind TV-123: …also with a word for its weight before the noun (委員から「…」との厳しい意見が出されました, との貴重なご意見, との率直な声).
 * Blind JL-034 kind: …also the remarks listed as examples with など or といった (委員からは「…」「…」などの意見が出されました, 出席者からは「…」
 * といったご質問がありました): the same reported speech of the meeting, a few of its remarks given as instances.
 */
const MEETING_VOICE_AFTER = /^\s?(?:という|との|といった|など(?:の|と)?[、,]?)(?:[一-龠々]{1,3}(?:しい|い|な|の)|[ぁ-ゖ]{2,4}(?:い|な))?(?:ご?意見|ご?質問|ご?要望|ご?提案|お?声|ご?指摘|ご?発言|ご?感想)(?:が|も)[^。！？!?\n]{0,8}?(?:出され|出た|出まし|出て(?:い|お)|あった|ありまし|あり(?=[、,])|上が|あが|寄せられ|聞かれ|述べられ)/u
/** Impressions the city collected at its own event (職場体験…「…」という感想も): its own material, not a work. */
/**
 * Blind R62A-076: …also closing a run of them, quoted side by side (生徒の皆さんからは、「…」「…」という声が上がりました, 「…」「…」など、
 * 自分の行動を振り返る感想がたくさん寄せられました): the frame after the last is said of each (read past the run, QUOTE_RUN).
 */
const OWN_VOICE_AFTER = /^\s?(?:という|との|といった)(?:ご?感想|お?声|うれしい声|喜びの声|お話|話|ご発言|発言|メッセージ|ご?回答|答え|ご?意見|ご?要望|ご?希望)|^\s?など[、,の]?[^。！？!?\n「」『』]{0,16}?(?:ご?感想|お?声|ご?意見)(?:が|も|を)[^。！？!?\n]{0,8}?(?:寄せられ|上が|あが|聞かれ|聞こえ|いただ|頂|届|あり|出)/u
/** …or the words of the people met there, named before the quotation (ボランティアのみなさんの「…」という言葉). */
const MET_WORDS_AFTER = /^\s?(?:という|との)(?:お?言葉|ひと言|一言)/u
/**
 * Blind HX-052: the people the post presents doing something at its event, in the sentence before their words (実習生のみなさんが伝統舞踊を
 * 披露してくれました, 子どもたちが合唱を発表しました, 留学生の皆さんがスピーチをしてくれました): what they then said there is heard, not read.
 * Only a short remark (PRESENTED_MAX letters); a long passage still wants its source, and someone vague or read in a medium is no one met.
 * Blind IY-108 kind: …or the clause that tells they said it there, right before their words (スピーチ大会で、ネパール出身の参加者が話した
 * 「…」という言葉に拍手が): 話した, 語った, 述べた as the presenting verb.
 */
const PRESENTED_BEFORE = /(?:さん|様|さま|皆さん|みなさん|みんな|皆様|方々|たち|達|参加者|生徒|児童|園児|選手|代表|実習生|留学生|研修生|団員|メンバー)(?:が|は|も)[、,]?[^。！？!?\n「」『』]{0,40}?(?:披露|発表|演奏|合唱|歌って|歌い|踊|演じ|演技|あいさつ|挨拶|スピーチ|紹介|上演|話した|語った|述べた)/u
const PRESENTED_MAX = 40
const STAGE_EVENT = /交流会|発表会|演奏会|敬老会|音楽会|学芸会|お遊戯会|ふれあい|集い|文化祭|学習発表会|式典|記念式|歓迎会|送別会|ステージ|舞台|祭り|まつり|フェスタ|フェスティバル/u
const SPEAKER_BEFORE = /(?:さん|様|さま|皆さん|みなさん|皆様|方々|たち|達|参加者|生徒|児童|園児|選手|代表)(?:の|から)[「『“〝]?$/u
/**
 * Blind R240F-045 kind (decmaskq5): a resident's own message quoted back to thank them for it (「…違っていた」とのご連絡、ありがとうございます,
 * 「…」というご指摘をいただき、ありがとうございました, 「…」とのお問い合わせに感謝いたします): the reply's summary of what they told the city,
 * no one's published text. Not a work read in a medium (PUBLISHED_VOICE, IN_MEDIUM).
 */
const THANKED_MESSAGE_AFTER = /^[」』”〟]?\s?(?:という|との)(?:ご連絡|ご指摘|ご意見|ご報告|ご質問|お問い合わせ|お問合せ|ご要望|お声|お知らせ|ご相談|メッセージ|コメント|ご感想|お便り|お電話)(?:を|も)?(?:(?:いただき|頂き|頂戴し|くださり|下さり)(?:まして)?)?[、,]?\s?(?:(?:まことに|誠に|本当に|大変|どうも)\s?)?(?:ありがとう|有難う|有り難う|感謝)/u
/**
 * A resident's opinion received (…というご意見をいただきました, …とのご指摘が寄せられました)…
 * Blind JV-051 kind (misc22): …also with how many came told before the verb and the verb in its ongoing form (「…」というご意見を多数
 * いただいています, といったご要望が数多く寄せられています): what residents said to the city, still answered by what it does (CITY_ANSWER).
 */
const OPINION_RECEIVED = /^\s?(?:という|との|といった)(?:ご?意見|ご?指摘|ご?要望|お?声|苦情|お叱り)(?:を|が|も)[、,]?(?:(?:多数|多く|数多く|たくさん|いくつも|いくつか|複数|何件も|度々|たびたび|毎年|毎日)[、,]?)?(?:いただき|頂き|いただい|頂い|頂戴し|お寄せいただ|寄せられ|届き|届い|ありました|あり)/u
/**
 * …and answered by what the city does (現在…進めており, …を実施します, 対応を検討しています). Blind HZ-036: also what it changes or makes
 * in answer (【市長への手紙 回答】「…」というお声をいただきました。令和8年度版から文字を大きくし、英語版も作成します).
 */
/**
 * Blind JZ-039 kind: …or by an apology for it and a step ordered or a report promised (大変申し訳ありませんでした。担当課には…整理するよう
 * 指示しました。…ご報告します): the city answering what it heard.
 */
const CITY_ANSWER = /申し訳(?:ありません|ございません|なく)|お詫び|おわび|指示(?:し|いたし)(?:ました|ます)|ご報告(?:し|いたし)?(?:ます|いたします)|現在|順次|進めて|進めます|対応し|対応を|実施し|実施中|予定です|取り組|改善|見直し|検討して|検討します|設置し|お答え|ご説明|回答|設け(?:ました|ます)|(?:開始|整備|変更|導入|改修|増設)し(?:ました|ます)|始め(?:ました|ます)|改め(?:ました|ます)|取り付け(?:ました|ます)|増やし(?:ました|ます)|(?:作成|修正|拡大|追加|更新|改訂|発行|配布|延長|新設|拡充)(?:し|いたし)(?:ました|ます)|(?:大きく|見やすく|読みやすく|わかりやすく|分かりやすく|使いやすく|広く|明るく|太く)(?:し|いたし|なり)/u
/**
 * Blind R87A-088: …or marked as the city's summary of it (「…」というご意見をいただきました（要旨）): the city's own wording of what it
 * heard, no text of anyone reproduced. (A voice read in a medium, 投書欄に…掲載, is still a quotation: PUBLISHED_VOICE.)
 */
const SUMMARISED = /^[^。！？!?\n「『]{0,40}?[（(](?:要旨|要約|趣旨|大意|概要)[）)]/u
/** Consent to quote someone stated in the paragraph (ご本人の了承を得て, ご本人の了解を得て掲載; not 了承を得ていません): the words are theirs, given with leave. */
/** Blind GX-039: the speakers as a pair or a party (お二人の了承を得て, ご夫婦の同意を得て, おふたりの了解を得て掲載) consent as ご本人 does. */
/**
 * Blind HJ-068: the same leave stated in English after a visitor's words (— a visitor from Australia (shared with permission), quoted with
 * their permission, used with the author's consent); not without it (shared without permission: `with` must stand as a word).
 */
const CONSENTED_EN = /(?<![A-Za-z])(?<!(?:[Pp]hotos?|[Ii]mages?|[Pp]ictures?|[Vv]ideos?|[Ff]ootage|[Mm]usic)\s(?:(?:are|were|is|was)\s)?)(?:(?:[Ss]hared|[Pp]osted|[Uu]sed|[Qq]uoted|[Pp]ublished|[Rr]eprinted|[Rr]eproduced|[Ss]hown)\s(?:here\s)?with\s(?:(?:his|her|their|the\s(?:author|writer|visitor|guest|sender)['’]s)\s)?(?:kind\s)?(?:permission|consent)|[Ww]ith\s(?:his|her|their|the\s(?:author|writer|visitor|guest|sender)['’]s)\s(?:kind\s)?(?:permission|consent))(?![A-Za-z])(?!\s(?:of|from)\s)/u
/** …and in Japanese as leave to publish given (（掲載の許可をいただいています）, 掲載について了承を得ています), not for a photo's (写真の掲載の許可). */
/**
 * Blind HN-145: the same leave told with the verb (（アンケートで掲載に同意いただいた方の感想をご紹介しています）, 掲載を承諾いただいています,
 * 掲載に同意してくださった方, 掲載を了承された): given, in the past or as a state. Not a leave still to be asked (同意いただける方,
 * 同意いただけるか確認中), refused (同意いただけなかった) or denied (同意いただいていません), nor for a photo's (写真の掲載に同意).
 */
const CONSENTED_TO_PUBLISH = /(?<!(?:写真|画像|動画|映像|肖像|写真の|画像の|動画の|映像の))掲載(?:の|について|に|を)?(?:ご)?(?:許可|了承|了解|同意|承諾)(?:を(?:得て|いただ|頂)(?!(?:い|お)(?:ない|ません|らず|りません))|を?(?:いただ(?:い|き)|頂(?:い|き)|して(?:いただ(?:い|き)|くださ(?:い|っ)|下さ(?:い|っ))|され(?:た|まし)|くださ(?:い|っ)|下さ(?:い|っ))(?!て?(?:い|お)(?:ない|ません|らず|りません)))/u
const CONSENTED = /(?:ご本人|本人|投稿者|作者|保護者|ご家族|入所者|皆さん|皆様|方|お二人|おふたり|お二方|お三方|ご両名|ご夫婦|ご夫妻|ご一家|ご当人|ご両親|親子|お客様|お客さま|みなさま|みなさん)[^。\n]{0,16}?(?:了承|了解|同意|許可|承諾)を(?:得て|いただ|頂)(?!(?:い|お)(?:ない|ません|らず|りません))/u
/** A quiz: a statement to judge, then its answer (○×クイズです…「…」…答えは×). */
const QUIZ_CONTEXT = /クイズ|問題です|Q[.．:：]|[〇○]×/u
const QUIZ_ANSWER = /答え(?:は|：|:)|正解(?:は|：|:)|A[.．:：]/u
/**
 * Blind R202A-024 kind: Q. and A. mark a page of questions and answers as much as a quiz; words told as someone's speech in it (以前テレビで
 * あるお医者さんが「…」と話されていて) are quoted from them, not a statement to judge.
 */
const SPOKEN_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:お話し|話さ|話し|話して|言っ|言わ|いっ|おっしゃ|語っ|語ら|述べ)/u
/**
 * A warning against scams: the quoted messages are the scam's, shown as examples (「未納です。本日中に…」). Blind HO-056: in やさしい日本語
 * the call or the message itself is called a lie, with a comma or spaces between the words (「…」という でんわ は、うそ です; うその でんわ).
 */
const SCAM_CONTEXT = /(?<![A-Za-z])(?:[Ss]cam(?:s|mers?)?|[Ff]raud(?:s|sters?|ulent)?|[Pp]hishing)(?![A-Za-z])|さぎ|(?:でんわ|めーる|メール|てがみ|電話|はがき|ハガキ|SMS|メッセージ)\s?(?:は|も)[、,]?\s?(?:うそ|ウソ|嘘|にせもの|ニセモノ|偽物)|(?:うそ|ウソ|嘘|にせ|ニセ)の\s?(?:でんわ|電話|めーる|メール|てがみ|手紙|はがき|ハガキ|SMS|メッセージ)|(?<![A-Za-z])(?:[Ff]ake|[Bb]ogus|[Ss]uspicious)\s(?:(?:phone|tele)\s)?(?:calls?|e-?mails?|messages?|texts?|SMS|letters?|websites?|sites?|visitors?)(?![A-Za-z])|不審な|詐欺|なりすまし|成りすまし|架空(?:の)?[\p{Script=Han}ァ-ヶー]{0,6}?請求|フィッシング|偽の(?:メール|メッセージ|電話|サイト)|にせの/u
/**
 * Blind KE-035 kind: a message sent by an impostor or a fraud, quoted in a warning (柳川市の公式アカウントをかたる偽のアカウントから、「…を送って
 * ください」というDMが届いた; 市を名乗るアカウントから「当選しました…」というメッセージ; 身に覚えのない「未払い料金が…」というメール): the
 * message is named by its kind right after the quotation (という/との DM, メール, SMS, 電話, 通知, 手紙) and the paragraph calls its sender
 * false (偽の, かたる, 名乗る, 装った, なりすまし, 身に覚えのない, 不審な) or tells readers not to answer it (返信せず, ブロック, 開かない,
 * お尋ねすることは一切ありません; a bare ご注意ください is any warning's, 土砂災害にご注意ください too). The fraud's words, shown as the specimen of the trick; no one's text to cite. (A publication's or a person's words,
 * という記事, と話した, are no message of this kind.)
 */
const SCAM_MESSAGE_AFTER =
  /^[」』”〟]?\s?(?:という|との|といった|などの|のような)(?:内容の|文面の|文言の)?(?:DM|ダイレクトメッセージ|ダイレクトメール|メール|Eメール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|LINE|通知|はがき|ハガキ|手紙|封書|文書|書き込み|コメント|連絡|勧誘)(?![\p{Script=Han}ァ-ヶー])/u
/**
 * Blind KH-015 kind (misc60): the message given as the content of one the paragraph names by its kind (架空料金請求のSMSが…確認されています。「…
 * 本日中にご連絡ください」という内容で、…; …というはがきが届いています。文面は「…」という内容です): the quotative names what the message says, its
 * kind told before (SMS, メール, 電話, はがき); read with a false sender or advice not to answer, as SCAM_MESSAGE_AFTER is.
 */
const SCAM_CONTENT_AFTER = /^[」』”〟]?\s?(?:という|との|といった)(?:内容|文面|文言|趣旨)(?:で|の|です|でした|が|と|に|も)/u
const MESSAGE_KIND = /DM|ダイレクトメッセージ|ダイレクトメール|メール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|LINE|通知|はがき|ハガキ|手紙|封書|文書/u
const SCAM_SENDER =
  /(?:アカウント|公式|市|市役所|役所|課|係|職員|担当者?|警察|警察官|銀行|銀行員|業者|事業者|団体|協会|省|庁|機構|センター|会社)(?:を|の名(?:前)?を)(?:かた|騙|名乗|装|よそお)(?:る|り|って|った|い)|(?:偽|ニセ|にせ)(?:の)?(?:アカウント|DM|ページ|サイト|LINE|通知|SMS|ショートメール|ショートメッセージ|メッセージ|メール|電話|はがき|ハガキ|請求|業者|職員|窓口)|偽物|なりすまし|成りすまし|乗っ取られ|身に覚えのない|心当たりのない|不審な|(?:怪しい|あやしい)(?:DM|メール|SMS|電話|メッセージ|サイト|アカウント|リンク|URL)|詐欺|フィッシング/u
const SCAM_ADVICE =
  /返信(?:せず|しない|しないで|は(?:せず|しない))|ブロック(?:して|を)|(?:開か|クリックせ|クリックし|アクセスせ|アクセスし|タップせ|タップし|入力せ|入力し|応じ)(?:ず|ないで)|(?:お尋ね|お聞き|お伺い|求め|要求|依頼|お願い)する(?:ことは|ことも)(?:一切|決して)?(?:ありません|ございません)|相手にしないで|削除してください/u
/**
 * Blind KD-047 kind: a resident's typical worry or question voiced in brackets as an example, the post then answering it (「急に熱が出たけれど、
 * 病院へ行くべき？」「救急車を呼んでいいのか分からない」。そんなときは、#7119を; 「…不安」。そのような場合は; 「…どうしよう」と不安なときは;
 * 「…のかな」と思ったら): what anyone might say, given as the case the service is for, no one's text to cite. Read after the run of quotations
 * (the frame follows the last), and only when the words are a worry or a question (WORRY_INNER); a saying (「人生は短い…」とあります) has
 * no such frame.
 * Blind KX-057 kind: …also framed in the dialect's demonstrative (「…」――そげん時は, こがん場合は) and a change noticed in a neighbour (「近所の
 * おばあちゃんを見かけなくなった」, 「様子がおかしい」) as the worry the desk is for.
 */
const WORRY_EXAMPLE_AFTER =
  /^[」』”〟]?[\s。、…―—‐ー\-－!！?？]{0,4}(?:(?:そんな|こんな|そういう|こういう|そのような|このような|そうした|こうした|そげん|こげん|そがん|こがん|そぎゃん|こぎゃん|そげな|こげな)(?:とき|時|場合|ときこそ|時こそ|方|かた|あなた|お悩み|悩み|不安|心配|疑問)(?:は|に|こそ|も|には|、|,|の|を|で)|(?:と|って)[、,]?(?:迷った|迷う|迷われた|悩んだ|悩む|困った|困る|お困りの|お悩みの|不安な|不安に(?:なった|感じた|思った)|心配な|心配になった|思った|感じた|気になった|気になる)(?:とき|時|ら|場合|方)(?:は|に|こそ|も|には|、|,|の)?)/u
const WORRY_INNER =
  /[？?]|分から|わから|どうし|どうすれ|どうやって|迷|不安|心配|困|大丈夫|いいの|いいか|べき|かな|かしら|だろう|でしょうか|のか|かも|苦し|つら|辛い|しんど|眠れ|できない|できそうにない|(?:見かけ|見え|姿を見|顔を見|会わ|出て(?:こ|き))(?:ない|ん|なく|ません)|様子が(?:おかし|変|いつもと)|気にな/u
/** Someone named as who said it, right before (田中選手は「…不安だった」。そんな不安を…): their words, not a typical worry. */
const WORRY_SPEAKER_BEFORE = /(?:さん|氏|様|さま|先生|選手|監督|コーチ|長|者|家|員|師|士|官)(?:は|が|も|の|から)[、,]?\s?$/u
function worryFrame(masked: string, b: number): boolean {
  const rest = masked.slice(b, b + 240)
  return WORRY_EXAMPLE_AFTER.test(rest.slice(QUOTE_RUN.exec(rest)![0].length))
}
/** Requests received from a group of residents (…という行政区からの声が増えています): theirs, heard by the city. */
const FEEDBACK_AFTER = /^\s?(?:という|との)[^」』。！？!?\n]{1,10}?(?:から|より)の(?:お?声|ご?要望)(?:が|も)(?:増え|寄せられ|多く|届い|上が|あり)/u
/** The staff asked the people the post presents (…お父さんたちに、育休中の一日を聞きました。「…」とのこと): its own interview. */
const OWN_INTERVIEW_BEFORE = /(?:に|へ)[^。！？!?\n]{0,20}?(?:聞きました|お聞きしました|伺いました|うかがいました|お話を(?:伺|うかが|聞)い|取材しました|インタビューしました)/u
/** Words said to the writer, told as such: 「…」と、組合員の方は笑って話してくれました / 教えてくださいました. */
const TOLD_US_AFTER = /^\s?と[、,]?[^。！？!?\n「」『』]{0,16}?(?:の方|さん|様|皆さん|みなさん|たち|方々)(?:は|が|も)[^。！？!?\n「」『』]{0,10}?(?:話して|語って|教えて|言って|笑って|説明して)(?:くれ|くださ|下さ)(?:ました|た|いました|います|る)/u
/** An authority or a vague someone is no one the writer met (ある専門家の方は, 有識者の皆さんが). */
const NOT_MET = /ある|某|専門家|有識者|研究者|識者|学者|作家|詩人|偉人|ネット|記事/u
/** A person the writer met, right before words said to them: 農家さんに「…」と言われ, 利用者の方から「…」と声をかけられ. */
const TOLD_ME_BEFORE = /(?:さん|様|さま|の方|方々|たち|皆さん|みなさん)(?:に|から)[「『]?$/u
/** …also told in speech (船頭さんに「…」って言われたよ, 店員さんから「…」っていわれて): って is the spoken と. */
const TOLD_ME_AFTER = /^\s?(?:と|って)(?:言われ|いわれ|声をかけられ|声を掛けられ|励まされ|教えられ|教わ|話しかけられ|お礼を言われ|感謝され)/u
const OWN_INTERVIEW_AFTER = /^\s?(?:とのこと|と話して|と話し|と笑顔|と語って|と語り|と答えて)/u
/** The lecturer or guest of the city's own event, thanked for their words (講師は…の方で、「…」とお話しいただきました). */
const GUEST_WORDS_AFTER = /^\s?と(?:お話し|お話|ご講演|ご助言|ご講評|お言葉を)(?:いただ|頂|くださ|下さ)|^\s?(?:との|という)(?:アドバイス|ご助言|助言|お言葉|ひと言|一言|ご講評|ご指導|エール|メッセージ)(?:を|も)(?:いただ|頂|くださ|下さ)/u
const GUEST_BEFORE = /講師|講演|研修|講座|セミナー|勉強会|説明会|シンポジウム|フォーラム|審査員|来賓|ゲスト/u
/** A work performed at the city's event (「からたちの花が咲いたよ。…」と、小学生による合唱): the performance, with the poet named in the post. */
const PERFORMED_AFTER = /^\s?(?:と|を)[、,]?[^。！？!?\n]{0,20}?(?:合唱|斉唱|独唱|歌い|歌う|歌って|歌います|朗読|暗唱|群読|披露)/u
const WORK_CONTEXT_WORDS = /詩碑|歌碑|句碑|命日|生誕|作詞|作曲|童謡|唱歌|校歌|詩集|歌集/u

/** The city's own staff as the speaker, named by their post (「…」と話すのは、入局3年目の職員。/ 「…」と担当の保健師は話します): the city's own words. */
const STAFF_SPEAKER_AFTER = /^\s?と(?:話す|語る|言う|笑う|教えてくれる|教えてくれた|説明する)(?:のは|のが)[、,]?[^。！？!?\n「」]{0,20}?(?:職員|担当者?|係長|課長|所長|署長|館長|隊員|署員|消防士|救急救命士|保健師|栄養士|指導員|支援員|学芸員|司書)(?:さん)?(?:です|でした|だ)?(?:[。！!]|$)|^\s?と(?!ある|某|どこか)[、,]?[^。！？!?\n「」]{0,20}?(?:当課|市|本市|当市|水道局|消防本部|役所)?の?[^。！？!?\n「」]{0,12}?(?:職員|担当者?|係長|課長|所長|署長|館長|隊員|署員|消防士|救急救命士|保健師|栄養士|指導員|支援員|学芸員|司書)(?:さん)?(?:は|が)(?:話|語|言|笑|説明)/u
/**
 * Blind R173I-102 kind: the speaker introduced after the words in a cleft (「…」と話すのは、地域で活動を続ける保存会のみなさん。/ 「…」と語るのは、
 * 40年間舟をこぐ船頭の古賀さん / 「…」と笑うのは…農家の方): the feature writer's own interview, its speaker named by who they are and what
 * they do, as a named speaker next to the quotation is. Not a vague someone (ある方, 某), an authority or a writer (専門家, 作家), or words
 * read in a medium (記事, ネット, テレビ).
 */
const CLEFT_SPEAKER_AFTER = /^\s?と(?:話す|語る|笑う|笑顔で話す|振り返る|ふり返る|教えてくれる|教えてくれた|話してくれた|語ってくれた)(?:のは|のが)[、,]?(?![^。！？!?\n「」]{0,30}?(?:ある|とある|某|専門家|有識者|研究者|識者|学者|作家|詩人|偉人|ネット|記事|新聞|テレビ|番組|雑誌|本|SNS|ブログ|動画))[^。！？!?\n「」]{2,30}?(?:さん|さんたち|さんご夫婦|のみなさん|の皆さん|の皆さま|の皆様|みなさん|の方|の方々|氏|会長|代表|理事長|組合長|店主|代表者)(?:たち)?(?:です|でした|だ)?(?:[。！!]|$)/u
const OWN_EVENT = /体験|参加|受け入れ|受講|来場|アンケート|教室|講座|イベント|見学|授業|ワークショップ|研修|講演|講師|勉強会|意見交換会|座談会|説明会|取材|お邪魔|訪問|ボランティア/u
const PUBLISHED_VOICE = /新聞|投書|雑誌|記事|ネット|SNS|掲載|口コミ|レビュー/u
/**
 * Blind KY-003 kind: the sentence before tells the class or meeting talking it over (生徒たちは、SNSで見かける言葉を…話し合いました。「…」という
 * 意見が印象に残りました): the voice is one said in that talk, and a medium it names is the talk's topic, not where the voice was read.
 */
const DISCUSSED_BEFORE = /(?:話し合|出し合|意見交換し|議論し|考え合|語り合|発表し合)(?:い|っ)?(?:ました|た|ています)[。．！!]?\s{0,2}$/u
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
const HEARD_BEFORE = /(?:に|から)(?:お話|話)を(?:伺|聞|うかが)|(?<!(?:(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某)|どこかの|どこかで)[^。！？!?\n「」『』]{0,8})インタビュー|(?:さん|氏|様|員|生|者|長|師|士|たち|の皆さん)に(?:聞きました|聞いてみました|伺いました|うかがいました|聞いた|取材しました)|(?<!(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某|どこかの)[^。！？!?\n「」『』]{0,12})(?:さん|氏|様|員|生|者|長|師|士|たち|の皆さん)に[、,]?(?:[^。！？!?\n「」『』]{1,20}?(?:を|について|のこと)|(?:ズバリ|ずばり|直接|じかに|早速|さっそく|実際に|率直に|思い切って|改めて|あらためて|少し|ちょっと)[、,]?)(?:聞きました|聞いてみました|聞いてみた|聞いてきました|聞いてきた|お聞きしました|伺いました|うかがいました|尋ねました|たずねました|教わりました|(?:教えて|説明して|案内して)(?:いただきました|いただいた|もらいました|くださいました|くれました)|(?:お教え|ご説明|ご案内|解説)いただきました)/u
const COLLECTED_BEFORE = new RegExp(`${RECEIVED_BEFORE.source}|${HEARD_BEFORE.source}`, 'u')
/**
 * Blind HW-121: a message its givers handed to the city, told just before it (帰国前に寄せてくれたメッセージです, 留学生の皆さんが送って
 * くれたお便りです, 手紙を送ってくださいました, 生徒の皆さんからのメッセージです): the givers named in the lead are its source, as 寄せられた
 * メッセージ is. Not read in a medium or from someone vague (ある有名人がSNSに寄せてくれたメッセージ, ネットで見つけた…からのメッセージ).
 */
const GIVEN_TO_US =
  /(?:寄せ|送っ|届け|書い|贈っ|託し|残し)て(?:くれ|くださっ|下さっ|いただい|頂い|もらっ)た[^。！？!?\n「『」』]{0,8}?(?:メッセージ|お?声|ご?感想|ご?意見|コメント|お便り|お?手紙|寄せ書き|エール|ビデオレター)|(?:メッセージ|お便り|お?手紙|寄せ書き|ビデオレター|ご?感想|コメント)を[^。！？!?\n「『」』]{0,6}?(?:寄せ|送っ|届け|書い|贈っ)て(?:くれ|くださ|下さ|いただき|いただい|頂き|頂い|もらい|もらっ)(?:まし)?た|(?:さん|様|さま|皆さん|みなさん|皆様|生徒|児童|園児|学生|留学生|選手|参加者|方々|たち)(?:から|より)の[^。！？!?\n「『」』]{0,6}?(?:メッセージ|お便り|お?手紙|寄せ書き|エール|ご?感想|コメント)(?:です|でした|を(?:ご)?紹介|が届|をいただ|を頂)/u
function givenToUs(s: string): boolean {
  const m = GIVEN_TO_US.exec(s)
  if (m === null) return false
  let a = m.index
  while (a > 0 && !/[。！？!?\n]/u.test(s[a - 1]!)) a--
  const sentence = s.slice(a, m.index + m[0].length)
  return !NOT_MET.test(sentence) && !IN_MEDIUM.test(sentence) && !/有名人|著名人|芸能人|誰か|どこかの|関係者/u.test(sentence)
}
/**
 * Blind R300S-029 kind: also a medium told bare, with no owner, title or date (ゲストランナーが、以前インタビューでこう話していました。
 * 「…」, 取材で次のように語っていました, 雑誌でこんなことを言っていました): the medium word stands alone after a pause, a particle or a
 * time word (以前, かつて), so nothing says which interview; 西日本新聞のインタビューで (an owner before it) names one, and words told to the
 * writer (こう話してくれました) are the post's own interview.
 *
 * Round 47: a quotation whose own lead names only a vague medium (ある新聞のコラムには、こう書かれていました。「…」, とある雑誌に, ネットの
 * 記事では): it says where the words are from, and that is no one; a person named in the paragraph next to it (本日、市長が年頭あいさつを
 * 行いました) is not its author.
 */
const VAGUE_MEDIUM_LEAD = /(?:(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某)|どこかの)[^「『」』。！？!?\n]{0,8}?(?:新聞|コラム|社説|記事|雑誌|本|書籍|番組|テレビ|ラジオ|サイト|ホームページ|ブログ|投稿|SNS|論文|資料|冊子|パンフレット|ガイドブック|インタビュー|取材|対談|会見|特集|動画|配信)|(?<![ぁ-ゖ一-龠々])(?:以前|前に|昔|いつか)?どこかで[^「『」』。！？!?\n]{0,12}?(?:語|話|言|書|述べ|答え|おっしゃ)|(?:ネット|インターネット|SNS)(?:上)?(?:の|で|に)[^「『」』。！？!?\n]{0,8}?(?:記事|投稿|書き込み|コメント|見|読)|(?<=^|[、,。！!？?\s]|[がはも]|以前|前に|昔|かつて|過去に|先日|昨年|去年|当時)(?:(?:テレビ|ラジオ|雑誌|新聞|ウェブ|web|ネット)の?)?(?:インタビュー|取材|番組|対談|記事|雑誌|テレビ|ラジオ)(?:で|の中で|では|に)[、,]?(?:こう|次のように|このように|こんなふうに|こんなことを|以下のように)(?:話して|話され|語って|語られ|言って|答えて|おっしゃって|述べて|述べられ)(?!(?:くれ|くださ|下さ|いただ|もらっ))/u
/**
 * Blind review kind (misc22): a person's words quoted straight after a bare medium, with no outlet, title or date (ゲストの山田さんは、昔
 * 雑誌で「…」と語っていました, 以前テレビで「…」と話していました, 監督はインタビューで「…」と答えています): the words were published
 * somewhere no reader can find. The medium word stands alone after a pause, a particle or a time word, right before the bracket (an owner
 * before it, 西日本新聞のインタビューで, names one); not words told to the writer (取材で「…」と話してくれました: TOLD_US, the post's own).
 */
const BARE_MEDIUM_END = /(?<=^|[、,。！!？?\s]|[がはも]|以前|前に|昔|かつて|過去に|先日|昨年|去年|当時|以前に)(?:(?:テレビ|ラジオ|雑誌|ウェブ|ネット)の)?(?:インタビュー|対談|雑誌|テレビ|ラジオ)(?:で|の中で|では)[、,]?\s?$/u
/**
 * Round 53: the post tells of reading the text in a medium it does not name (先日ある雑誌で読みました, とある新聞のコラムで見かけた,
 * ネットの記事で読んだ): a quotation after it (in its paragraph or the next two) was read there, and a name in the paragraph next to the
 * quotation (空き家バンクの物件は市ホームページでご覧いただけます, a pointer to the city's own page) is not its source.
 */
const VAGUE_READ = new RegExp(`(?:${VAGUE_MEDIUM_LEAD.source})[^。！？!?\\n「『」』]{0,16}?(?:読|拝読|見かけ|見つけ|目に|目にし|載って|書かれ|書いて|掲載されて)`, 'u')
/** A rumour quoted to correct it: 「…」という情報が出回っていますが. */
const RUMOUR_AFTER = /^\s?(?:(?:という|との|といった|などの|って)(?:情報|噂|うわさ|デマ|話|投稿|書き込み|誤情報|メール|SMS|ショートメール|電話|チェーンメール|誤解|思い込み)|と(?:思われ|思って|誤解され|勘違いされ|思い込ん|お考え)|というの(?:は|も)|という(?:見方|偏見|決めつけ|誤解|思い込み|固定観念)|という考え(?:方)?(?=[^。！？!?\n]{0,20}(?:誤り|誤解|ではありません|ではない|違い|間違|偏見|思い込み|差別)))/u
/** A named speaker or author next to a quotation. */
const NAMED_PERSON = /([一-龠々]{1,4}[ 　][一-龠々]{1,4}|[一-龠々]{2,4}[ぁ-ゖ]{0,3}|(?<![一-龠々ぁ-ねは-ゖ0-9０-９])(?![母父兄姉奥嫁婿娘息坊爺婆皆客孫様屋歳才])[一-龠々](?=[ 　]?(?:さん|氏|先生))|[ァ-ヶー]{2,10}|[A-Z][A-Za-z]{1,15})(?:[ 　]?(?:さん|氏|様(?![式子々相態])|さま|先生|選手|監督|教授|画伯)|[ 　](?:消防士長|消防司令補?|消防士|救急救命士|主任|主査|主事|係長|課長補佐|課長|部長|所長|館長|園長|校長|教頭|署長|隊長|会長|理事長|代表|社長|店長|院長|医師|看護師|保健師|栄養士|議員|主幹|技師))/gu
/**
 * A full name, family and given name set apart, with the title it holds in its organisation (同行の岸川 隆一 取締役頭取は, 柳川郵便局の
 * 松尾 和也 局長は, JAの田中 一郎 代表理事組合長は): how a press release names the partner who speaks at a signing. One word before a
 * title (各地区 自治会長) is no name.
 */
const NAMED_OFFICER = /(?<![一-龠々])[一-龠々]{1,3}[ 　][一-龠々]{1,3}[ 　][一-龠々]{0,8}?(?:長|頭取|取締役|理事|監事|役員|専務|常務|顧問|参与|宮司|住職)(?![一-龠々])/u
/**
 * Nouns + さん that name no one in particular (船頭さん, 皆さま, ガイドさん). Blind R57A-148: a job or an office with さん (支援員さん募集中,
 * 指導員さん, 保育士さん, 民生委員さん, 司書さん) is a kind of person too, not the author of a saying next to it.
 * Blind R253E-056 kind: a participant or visitor called by what they do, in katakana, with さん (ランナーさん, サイクリストさん, サポーター
 * さん, ゲストさん) is one of many, not a name: a post of theirs quoted (こんな感想を書いてくれていました「…」) needs who and where it was posted.
 * Blind R88A-029: so is a trade that ends in no 士, 師 or 員 (獣医さん, 校医さん, 主治医の先生, 大家さん, 神主さん, パン屋さん, 花屋さん): the
 * speaker of 獣医さんがおっしゃっていた言葉「…」 is left unnamed (獣医師の古賀先生 names one).
 */
const GENERIC_PERSON = /(?:(?:支援|指導|相談|調理|用務|事務|配達|警備|監視|清掃|作業|推進|協力隊|係|駅|乗務|添乗|学芸|調査|保安|救急|消防|隊|会|職|教|委|民生委|児童委|主任児童委)員|保育士|介護士|介護福祉士|栄養士|保健師|看護師|助産師|薬剤師|美容師|理容師|調理師|整備士|司書|管理人|運転手|運転士|講師|職人|大工|庭師|保母|寮母|管理栄養士|ケアマネ|ヘルパー|ボランティア|自治体|他市|他県|役場|担当者|船頭|店主|店長|店員|主人|住民|市民|観光客|利用者|参加者|来場者|職員|生徒|学生|児童|担当者|関係者|先輩|友人|家族|方々|皆|ガイド|スタッフ|ファン|フォロワー|リスナー|ユーザー|読者|視聴者|農家|漁師|生産者|保護者|お客|本人|業者|作家|文豪|経営者|有名人|音楽家|画家|詩人|歌人|俳人|哲学者|学者|科学者|偉人|芸術家|小説家|思想家|政治家|アスリート|アーティスト|歌手|タレント|専門家|評論家|研究家|愛好家|料理家|活動家|実業家|起業家|俳優|女優|男優|役者|芸人|芸能人|モデル|アナウンサー|キャスター|司会者|コメンテーター|レポーター|リポーター|声優|アイドル|ユーチューバー|YouTuber|Youtuber|VTuber|インフルエンサー|(?:クリエ(?:イ|ー)ター|ブロガー|ライター|カメラマン|フォトグラファー|インスタグラマー|ティックトッカー|トラベラー|ジャーナリスト|コラムニスト|エッセイスト|イラストレーター|ストリーマー|配信者|ポッドキャスター|ランナー|サイクリスト|ツーリスト|サポーター|ゲスト|ドライバー|ライダー|ハイカー|ゴルファー|スイマー|プレーヤー|プレイヤー)|落語家|漫才師|[一-龠々]{2}(?:士|師)|医師|教師|牧師|技師|棋士|力士|博士|記者|医者|[一-龠々]{0,3}医|大家|家主|地主|神主|車掌|(?:八百|魚|花|本|酒|米|肉|床|植木|豆腐|電気)屋)$/u
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
/** Where another body lies, with no name, right before a role (近隣の, 隣町の, 県内の, 他の自治体の, よその市の). */
const UNNAMED_PLACE_BEFORE_ROLE =
  /(?:^|[^\p{Script=Han}ァ-ヶー])(?:近隣|近く|周辺|近郊|隣|となり|お隣|よそ|他|ほか|別|県内|県外|全国|各地)(?:の)?(?:(?:市|町|村|市町|市町村|町村|自治体|まち|県)(?:の)?)?$|(?:隣町|隣市|隣村|近隣市町村?|近隣自治体|他市|他県|他町|他自治体)(?:の)?$/u
const ROLE =
  /(?:市長|副市長|知事|大臣|首相|総理|議長|教育長|館長|園長|校長|学長|院長|理事長|会長|社長|頭取|組合長|団長|宮司|住職|観光大使)(?:は|が|も|から|より|の?(?:言葉|あいさつ|挨拶|発言|談話|コメント|メッセージ|式辞))/u
/**
 * Blind GV-050: a quotation in an English post whose source is named in English, as 気象庁は「…」と呼びかけています is in Japanese:
 * the body or person as the one who says it (JMA urges people to "…", Mayor Kaneko said, "…", Fukuoka Prefecture asks residents to
 * "…"; after it: "…," said Mayor Kaneko), or the post heading it as theirs (From the Japan Meteorological Agency: …, According to the
 * JMA, …). A name is capitalised words or an acronym (JMA, NHK), or an office (the Mayor); someone vague (Someone, People, A famous
 * writer, They, Experts) or a social network (From Twitter:) names no one.
 */
const EN_NAME = String.raw`(?:[Tt]he\s)?(?:[A-Z][A-Za-z.&'’-]{1,24}|[A-Z]{2,8})(?:\s(?:of|for|and|on|the|[A-Z][A-Za-z.&'’-]{1,24}|[A-Z]{2,8})){0,7}`
const EN_SAYS = String.raw`(?:says?|said|urges?|urged|warns?|warned|asks?|asked|advises?|advised|calls? on|called on|tells?|told|states?|stated|announces?|announced|writes|wrote|reminds?|reminded|notes?|noted|explains?|explained|recommends?|recommended|requests?|requested|added|adds)`
const EN_VAGUE = /^(?:(?:[Tt]he\s)?(?:People|Someone|Somebody|Anyone|They|He|She|We|I|You|It|Experts?|Many|Some|One|A|An|Everyone|Everybody|Residents?|Locals?|Visitors?|Tourists?|Others?|Nobody|Scientists?|Doctors?|Researchers?|Critics?|Fans?|Users?|Friends?|My|Our|Your|His|Her|Their|This|That|These|Those|Who|Mom|Dad|Mum|Grandma|Grandpa|Mother|Father|Twitter|X|Facebook|Instagram|TikTok|YouTube|Reddit|LINE|Google|Internet|Web|Online|Social|Word|Rumou?r|Legend|Proverb|Saying|Writer|Author|Poet|Famous|Once|Someone's|Also|And|But|So|Then|Now|Today|Yesterday|As|If|When|Please|Let|Just|Do|Don't|Never|Always|Kindly|Simply|Remember|Note)(?:\s|$))/u
const EN_OFFICE = String.raw`(?:[Tt]he\s)?(?:Mayor|mayor|Governor|governor|Prime\sMinister|Minister|minister|Chief\sCabinet\sSecretary|Director|director|Chief|chief|Superintendent|Principal|principal|President|president|Chairperson|Chairman|chairman)(?:\s[A-Z][A-Za-z'’-]{1,20}){0,2}`
const EN_SAID_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(${EN_NAME}|${EN_OFFICE})\s(?:(?:also|again|strongly|now|once|repeatedly|has|had|is)\s)?${EN_SAYS}(?![A-Za-z])[^"“”\n]{0,60}$`, 'u')
const EN_SAID_AFTER = new RegExp(String.raw`^[\s"”'’,]{0,4}(?:${EN_SAYS}\s(${EN_NAME}|${EN_OFFICE})|(${EN_NAME}|${EN_OFFICE})\s${EN_SAYS}(?![A-Za-z]))`, 'u')
/** From the Japan Meteorological Agency: …, According to the JMA, …: the post says whose words follow. */
const EN_FROM = new RegExp(String.raw`(?:^|[\n.!?]\s?|\s)(?:From|Source|Via|[Aa]ccording\sto)\s(${EN_NAME})\s?[:,]`, 'gu')
/** Whether `name` names someone: not a vague person or a network, and (for a heading) a body, an acronym or two capitalised words. */
function englishName(name: string, strict = false): boolean {
  const bare = name.replace(/^[Tt]he\s/u, '')
  if (EN_VAGUE.test(name) || EN_VAGUE.test(bare)) return false
  return !strict || /^[A-Z]{2,8}$/u.test(bare) || /\s[A-Z]/u.test(bare) || /(?:Agency|Ministry|Office|Department|Bureau|Prefecture|City|Police|Association|Cent(?:er|re)|Government|Council|Board|Institute|University|Hospital|Observatory|Service|Organi[sz]ation|Committee|Shimbun|News|Times)$/u.test(bare)
}
function namesInEnglish(before: string, after: string): boolean {
  const b = EN_SAID_BEFORE.exec(before)
  // (a mayor once said, one official said: an office or a name after an article names no one in particular; A visitor from
  // Australia wrote: a name after a preposition is not the one who says it.)
  const nameAt = b ? b.index + b[0].indexOf(b[1]!) : 0
  if (b && !/(?:^|\s)(?:a|an|one|some|any|another|from|in|of|at|to|by|with|for|on|near|about|visiting|across|around)\s$/iu.test(before.slice(Math.max(0, nameAt - 10), nameAt)) && englishName(b[1]!)) return true
  const a = EN_SAID_AFTER.exec(after)
  return a !== null && englishName((a[1] ?? a[2])!)
}
function headedInEnglish(text: string): boolean {
  if (!/From|Source|Via|ccording/u.test(text)) return false
  EN_FROM.lastIndex = 0
  for (let m = EN_FROM.exec(text); m; m = EN_FROM.exec(text)) if (englishName(m[1]!, true)) return true
  return false
}
/** An organisation's staff speaking for it: 柳川警察署の担当者は, 市民病院の方によると. */
const ORG_SPEAKER = /[一-龠々ァ-ヶー]{1,12}(?:署|課|局|協会|センター|組合|事務所|病院|学校|会社|協議会|委員会|市役所|県警|警察|消防|漁協|農協|JA)の(?:担当者?|職員|方|代表|所長|署長|課長|院長|校長)(?:は|が|も|によると|によれば|から)/u
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
const VAGUE_HOLDER = /(?:ある|とある|某|どこかの|他の|よその|別の|ほかの|他市の|他県の)[^「『」』、。！？!?\n]{0,8}$/u
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
function titledDocument(s: string): boolean {
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
function namedDocument(s: string): boolean {
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
const BODY_REPORT = new RegExp(
  `[一-龠々ァ-ヶー]{1,16}(?:庁|省|局|署|県|府|都|市|町|村|研究所|大学|協会|機構|センター|委員会|委員|審議会|議会|本部|事務所)(?:の|が)[^。！？!?\n「『]{0,16}?(?:報告書|白書|調査報告|意見書|答申書?|監査報告)\s?(?:[『「][^』」\n]{2,40}[』」]|[（(]\s?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年[^（）()\n]{0,10}[）)])|[一-龠々ァ-ヶー]{1,16}(?:庁|省|局|県|府|都|市|研究所|大学|協会|機構|センター|委員会)(?:が|の)[^。！？!?\n「『]{0,6}?(?:(?:令和|平成|昭和)(?:${NUM}|元)|[0-9]{4})年(?:度)?[^。！？!?\n「『]{0,12}?(?:報告書|白書|調査報告)`,
  'u',
)

/**
 * A named periodical or newsletter: a title in brackets with its issue (「くらしの安全通信」第12号, 『広報やながわ』12月号),
 * or an organisation's publication named in brackets (消費生活センターの「くらしの安全通信」では).
 */
const NAMED_PERIODICAL = new RegExp(
  `[「『][^」』\\n]{2,24}[」』]\\s?(?:第${NUM}号|${NUM}月号|[Vv]ol\\.?\\s?[0-9]{1,3}|No\\.?\\s?[0-9]{1,4})|[一-龠々ァ-ヶー]{2,16}(?:センター|協会|課|局|署|省|庁|県|市|機構|委員会|組合|連合会)の[「『][^」』\\n]{2,24}[」』](?:では|で|に(?:は)?|によると|によれば|から|より)`,
  'u',
)

/** Quotations given as examples of a scam or of wording to avoid (詐欺の手口の紹介). */
/**
 * Blind GZ-131: kinds of post shown as the risk they carry (次のような投稿から、自宅や学校、留守の時間がわかってしまうことがあります。⏎・「明日
 * から家族で3泊4日の旅行！」（留守がわかる）, こんな書き込みは特定される危険があります): an awareness post's examples of what not to post, no
 * one's text. Kinds merely shown (次のような投稿を見つけました, こんな投稿が話題です) tell no risk.
 */
const RISKY_POSTS = '(?:次の|こんな|このような|以下の|こうした|そのような|下記の)(?:ような)?(?:投稿|書き込み|つぶやき|ツイート|ポスト|発信|写真|コメント)[^。！？!?\\n]{0,30}?(?:(?:わか|分か|知られ|ばれ|バレ)(?:って|て)しま|特定さ|狙われ|危険|危な|トラブル|炎上|被害|悪用|要注意|注意が必要|気をつけ|気を付け)'
/**
 * Blind HO-046: the lines a bad trader presses people with, shown as examples (次のような言葉で契約を迫る業者が現れることがあります。⏎⏎「市の
 * 委託業者です。…」, こんな話で工事を勧める業者, 悪質な訪問業者, 台風に便乗した…): the trader's pitch, no one's text to cite. Lines merely
 * introduced (次のような言葉で締めくくりました) press no one.
 */
const PRESSING_LINES = '(?:次の|以下の|こんな|このような|そのような|下記の)(?:ような)?(?:言葉|セリフ|台詞|誘い文句|うたい文句|謳い文句|口実|話|言い方|説明)で[^。！？!?\\n]{0,20}?(?:契約|勧誘|購入|支払|振り?込|迫|誘|持ちかけ|だま|騙|売りつけ|売り付け|押し付け|工事を(?:勧め|すすめ)|近づ|(?:上がり|あがり|入り|はいり)込)|悪質な[^。！？!?\\n]{0,4}?(?:業者|訪問|勧誘|販売)|(?:災害|台風|地震|豪雨|大雨|水害)に便乗'
/**
 * Blind HR-081: a trader's pitch quoted, then the city saying it does no such thing (市はこのような回収を行っていません, 市の職員がこうした
 * 訪問をすることはありません, 柳川市ではそのような電話はしていません), or the trader named by what it claims (無料回収をうたう業者, 市の委託を
 * 名乗る業者): the pitch is what the post warns of, no one's text to cite.
 */
const CITY_DISOWNS = '(?:柳川市|本市|当市|市役所|市)(?:の職員)?(?:は|では|が)[、,]?(?:この|その|こう|そう|あの)(?:ような|いった|した)[^。！？!?\\n]{0,16}?(?:を|は)[、,]?(?:一切|決して)?(?:行って|おこなって|して|実施して|依頼して|委託して|許可して|お願いして|案内して)(?:い|お)(?:ません|りません)|(?:柳川市|本市|当市|市役所|市)(?:の職員)?(?:が|から)[^。！？!?\\n]{0,20}?(?:する|行う|おこなう|お願いする|求める)ことは(?:一切|決して)?(?:ありません|ございません)|(?:を|と)(?:うたう|うたった|謳う|謳った|称する|称して|名乗る|名乗って)(?:悪質な)?(?:業者|事業者|者|電話|訪問|勧誘|トラック)'
/**
 * Blind HU-097: the same disowning in English (The Immigration Services Agency does not ask for payment by phone, The city will never ask for
 * your bank details, Police never ask you to transfer money): a body saying it does not ask for money or personal data, so the call or
 * message quoted is what the post warns of. Asking for something else (does not charge admission) or nothing denied is no warning.
 */
const DISOWNS_EN = '(?<![A-Za-z])(?:(?:does|do|will|would)\\s(?:not|never)|never|doesn[\'’]t|don[\'’]t|won[\'’]t)\\s(?:ask|request|demand|collect)s?\\s(?:you\\s|anyone\\s|residents\\s)?(?:for|to)?\\s?[^.!?\\n]{0,30}?(?:payments?|pay\\b|money|fees?|cash|transfers?|bank|credit card|card numbers?|PIN|passwords?|account|personal (?:information|details|data))(?![A-Za-z])'
/*
 * Blind ID-046: a message residents received, set out to warn (次のようなショートメッセージが届いています。⏎⏎「…」⏎（…市内で確認された
 * 不審メッセージの文面）): the specimen the warning is about, told to be going round (出回っています, 確認されています, or captioned so; not 届いた方はいませんか？). Words the city wants to pass on (届けたい言葉) are no specimen.
 */
const EXAMPLE_CONTEXT = new RegExp(`${RISKY_POSTS}|${PRESSING_LINES}|${CITY_DISOWNS}|${DISOWNS_EN}|${/詐欺|悪質商法|[\p{Script=Han}ァ-ヶー]{1,6}商法|訪問販売|押し売り|押し買い|悪質な勧誘|不審な(?:訪問|人物|者)|不審な?(?:ショート)?(?:電話|メール|メッセージ|SMS|はがき|ハガキ|手紙|封書|文書|郵便物|DM)|手口|なりすまし|成りすまし|(?:職員|市役所|役所|警察官?|銀行員?|業者|担当者|係員)を(?:名乗|装|かた)(?:る|り|って|った)|(?:を|から)(?:聞き出そう|聞き出す|聞き出し|だまし取|騙し取|だまし取ろう|騙し取ろう)|架空(?:の)?[\p{Script=Han}ァ-ヶー]{0,6}?請求|還付金|払い戻し|(?:聞かれ|尋ねられ|求められ)ても[、,]?(?:絶対に|決して)?(?:答え|教え|応じ)|勧誘の言葉|記入例|文例|例文|フィッシング|偽(?:の)?(?:メール|SMS|サイト)|(?:といった|のような|などの)(?:メール|SMS|ショートメール|ショートメッセージ|電話|連絡|手紙|はがき|勧誘|メッセージ|DM)|(?:次の|以下の|下記の|こんな|このような|こういった|こうした|こげな|こがん|こげん)(?:ような)?(?:ショートメッセージ|ショートメール|メッセージ|メール|SMS|電話|はがき|ハガキ|手紙|封書|文書|通知)(?:が|も)[、,]?[^。！？!?\n「『]{0,12}?(?:出回っ|確認され|相次い|送りつけられ|送り付けられ)(?:て(?:い|お)(?:ます|る|ります)|と(?:ります|る))(?=[。！!\n]|$)|[（(][^（）()\n]{0,30}?(?:確認され|届いた|届けられ|出回っ)[^（）()\n]{0,12}?(?:文面|文言)[）)]/u.source}`, 'u')
/** A remark quoted as an example of what is said, taken up right after as one of a kind (「…」――こうした言葉は、今も聞かれます)
 * or as the harm it does (そんな一言が傷つけます); not a saying recalled (こんな言葉があります, そんな言葉を思い出す), which has an author. */
const EXAMPLE_AFTER = /^[」』”〟]?[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『]{0,16}?(?:(?:こうした|このような|そうした|そのような)(?:心ない|何気ない)?(?:言葉|一言|ひと言|発言|書き込み|言い方|貼り紙|張り紙|落書き|問いかけ)|(?:こんな|そんな)(?:心ない|何気ない)?(?:言葉|一言|ひと言|発言|書き込み|言い方|貼り紙|張り紙|落書き|問いかけ)[^。！？!?\n]{0,24}?(?:傷つ|苦し|悩|差別|偏見|ハラスメント|いじめ|禁止|狭め|許され|人権|違反))/u
/**
 * Remarks or signs quoted as instances of a kind the post then names (「…」「…」――そんな小さな変化に気づいたら, 「…」――何気ない
 * ひとことに思い込みが, 「…」と怒鳴る、生活費を渡さない――これらも暴力です): examples of what is said or seen, no one's text.
 */
const EXAMPLE_KIND_AFTER = /^[」』”〟]?(?:[\s、]*[「『][^」』\n]{1,40}[」』]){0,4}[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*(?:(?:こんな|そんな|こうした|このような|そうした|そのような|そういった|こういった)(?:小さな|ささいな|ちょっとした|身近な|日常の)?(?:変化|様子|サイン|場面|経験|悩み|不安|困りごと|お困りごと|気づき|異変|行動|行為|症状|状態|ケース|とき|時)|(?:何気ない|心ない|無意識の|悪気のない|軽い気持ちの)(?:言葉|一言|ひとこと|ひと言|発言|声かけ|言動)|と(?:怒鳴|どな|責め|脅|罵|ののし|なじ|言い放|命令す|強要す)(?:る|す|られる|される)[、,]|[^。！？!?\n]{0,30}?これら(?:も|は)(?:すべて|全て)?(?:暴力|虐待|ハラスメント|いじめ|差別))/u
/**
 * Blind R72A-148: remarks quoted as instances of a kind of words, which the same sentence then classes as abuse or harassment (「誰のおかげで
 * 生活できていると思っているんだ」といった言葉や、生活費を渡さないこともDVにあたります, 「…」などの発言はパワハラです, 「…」のような暴言も
 * 虐待に当たります): an awareness post's example of what abusers say, no one's text. Words called one kind (という言葉) and a class not said
 * of them (…という言葉が心に残りました) are no example.
 * Blind JE-005 kind (decmaskq5): refusals a shop might say, set out as examples of a kind of conduct the same sentence classes as
 * discrimination (・「車いすの方の入店はお断りしています」⏎といった一律の対応は、不当な差別的取扱いにあたる): a notice's instances of what not
 * to do, no one's text.
 */
const HARM_KIND = '(?:差別的(?:な)?取り?扱い|不当な取り?扱い|DV|暴力|虐待|ハラスメント|パワハラ|セクハラ|モラハラ|カスハラ|マタハラ|パタハラ|アカハラ|いじめ|イジメ|差別|人権侵害|ストーカー行為|つきまとい)'
const EXAMPLE_HARM_AFTER = new RegExp(
  `^[」』”〟]?(?:[\\s、]{0,3}[「『][^」』\\n]{1,40}[」』]){0,4}\\s?(?:といった|のような|などの|など[、,]?の?|みたいな)(?:心ない|ひどい|乱暴な|威圧的な|脅す(?:ような)?|見下す(?:ような)?|[一-龠々]{1,4}(?:的な|な|の))?(?:言葉|発言|言動|暴言|一言|ひとこと|ひと言|言い方|物言い|罵声|脅し|メッセージ|書き込み|対応|応対|扱い|取り?扱い|断り方|接し方|態度|行為)[^。！？!?\\n]{0,40}?${HARM_KIND}(?:[（(][^()（）\\n]{0,16}[）)])?(?:に(?:あた|当た|該当|含ま)|です|とな|にな|とされ|の(?:一つ|ひとつ|一種|典型))`,
  'u',
)
/**
 * Blind R143I-026: a remark quoted as an instance of a harm the next sentence names by pointing back at it (「あの地区の出身の人とは
 * 結婚させない」。今もこうした差別が残っています, 「…」。このような偏見が, 「…」――そうしたハラスメントを): a human-rights post's example of
 * what is said, no one's text. A harm named without pointing back (差別について考えましょう) is no such frame.
 */
/**
 * Blind R254L-053 kind: the words set out are pointed back at as words that hurt (“Go back to your country.” 「外国人は出ていけ」⏎こうした
 * 言葉は、人の尊厳を深く傷つけます, このような発言は人を追い詰めます): an awareness post shows what not to say — a mention, not a text quoted.
 * Words pointed back at as moving or wise (こうした言葉に励まされ) are no such frame.
 * Blind KR-018 kind (fix-DM): …or as words said without thinking, pointed back at by この/その (「男のくせに泣くな」「…」⏎何気なく口にした
 * この言葉が、誰かの可能性を狭めている, ついかけてしまうその一言が子どもを縛っている): the harm may narrow, bind or take away.
 */
const HURTFUL_WORDS = '(?:言葉|発言|言動|書き込み|一言|ひと言|ひとこと)(?:は|が|も|で|によって|によって、)[、,]?[^。！？!?\\n「『」』]{0,24}?(?:傷つけ|傷付け|きずつけ|深く傷|苦しめ|追い詰め|追いつめ|おとしめ|貶め|踏みにじ|否定し|脅かし|おびやかし|狭め|せばめ|奪っ|奪い|縛っ|縛り|しばっ)'
const HARM_BACK_AFTER = new RegExp(
  `^[」』”〟]?(?:[\\s、]{0,3}[「『][^」』\\n]{1,40}[」』]){0,4}[^。！？!?\\n「『]{0,6}?[。―ー—…、\\s]*[^。！？!?\\n「『」』]{0,12}?(?:(?:こうした|このような|そうした|そのような|こういった|そういった|こんな|そんな)(?:心ない|根強い|いわれのない|いわれなき|理不尽な|不当な|身近な|無意識の)?(?:${HARM_KIND}|偏見|差別的な?(?:言動|発言|言葉)|暴言|${HURTFUL_WORDS})|(?:何気なく|なにげなく|つい|うっかり|軽い気持ちで|悪気なく|無意識に)[^。！？!?\\n「『」』]{0,8}?(?:この|その|これらの)${HURTFUL_WORDS})(?![一-龠々ァ-ヶ])`,
  'u',
)
/**
 * Blind TS-073: a remark quoted as what an abuser says, one of the acts listed in the same sentence (「誰のおかげで…」と繰り返し責める、
 * 生活費を渡さない、交友関係を制限する。), then the list pointed back at as a harm (これらもDVにあたります, こうしたことは虐待です, …と
 * 怒鳴るのもハラスメントです): an awareness post's example of what is said, no one's text. The act is a verb of saying hard things (責める,
 * 怒鳴る, ののしる, 脅す, 否定する …); a remark not pointed back at as a harm (…と責める人もいます) is no such frame.
 */
const HARM_LISTED_AFTER = new RegExp(
  `^[」』”〟]?(?:と|って)[^。！？!?\\n「『]{0,12}?(?:責め|怒鳴|どな|ののし|罵|なじ|脅|おど|言い続け|言い放|否定|見下|馬鹿にし|バカにし|非難|けなし|貶)[^。！？!?\\n「『」』]{0,60}?(?:。\\s?)?[^。！？!?\\n「『」』]{0,8}?(?:これら|これ|こうしたこと|こうした行為|このような行為|このようなこと|そうしたこと|いずれも|どれも|のも|ことも|ことは)(?:の行為)?(?:も|は|が)?[、,]?(?:すべて|全て|みな|立派な|れっきとした)?${HARM_KIND}(?:[（(][^()（）\\n]{0,16}[）)])?(?:に(?:あた|当た|該当|含ま)|です|とな|にな|とされ|の(?:一つ|ひとつ|一種|典型))`,
  'u',
)
/**
 * Blind R144A-036: a person the post is about, told of in the sentence before (10年ぶりに帰ってきた若手漁師さんが、…海苔を育てました。), then
 * their short remark set down (「父がやってきたことの重さが、やっと分かった」), then pointed back at as their words (その言葉に、思わず涙が, と話す,
 * と語ります): the post's own portrait of someone it met, no work quoted — also when each stands as its own paragraph. Not a vague someone
 * (ある作家さんが), an authority (専門家), a medium (雑誌で読んだ) or a long passage (a book, lyrics: over PORTRAIT_MAX letters).
 */
const PERSON_TOLD_OF = /(?:さん|さま|の方|方々|たち|君|くん|ちゃん|(?<![一-龠々])(?:父|母|祖父|祖母|夫|妻|息子|娘)|漁師|農家|職人|生産者|船頭|店主|女将|住民|生徒|児童|園児|選手|移住者)(?:が|は|も)[、,]?[^。！？!?\n「」『』]{0,50}?(?:ました|ています|ていました|でした|ます|ている|ていた|た)[。！!]?\s*$/u
const WORDS_POINTED_BACK = /^[」』”〟]?[。．\s]*(?:(?:その|この|そんな|こんな)(?:言葉|一言|ひと言|ひとこと|つぶやき|お話|話)(?:に|を|が|は|から|こそ|の)|と(?:話す|語る|笑う|話します|語ります|笑います|話してくれ|語ってくれ|笑顔で話|照れくさそうに|はにかみ))/u
const PORTRAIT_MAX = 60
/**
 * Blind R191I-007 kind: a remark heard in person, its speaker a person present (業者さんが「きれいになりましたね」と言っていました, 市長に同行中。
 * 車内で「…移したいんだよね」とポツリ, 店主さんが「また来てね」と声をかけてくれました): one short spoken utterance, said there to or before the
 * writer — the speaker is its source, no text is copied. Said is told either by a manner only a listener there sees (とポツリ, とぼそっと,
 * と笑顔で, と目を細め, と声をかけてくれ: IN_PERSON_AFTER) or, with a plain verb of saying in the past (と言っていました, と話していました:
 * SPOKE_PAST_AFTER), by the utterance's own spoken end (…ね, …よね, …だよ: SPOKEN_END). The speaker is a person in the quotation's sentence or
 * the one before (業者さんが, 市長に同行中, 祖母を訪ねました: REMARK_PERSON). Not hearsay (と言っていたそうです), not a vague someone, an authority or an author
 * (NOT_MET), not a medium (テレビで, 番組で), not an office holder's remark passed on with no occasion (officeHearsay), not two sentences or more
 * or over REMARK_MAX letters (a statement, a passage), not a work (本, 詩, 歌) told of.
 */
const REMARK_MAX = 40
const IN_PERSON_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:ポツリ|ぽつり|ポツン|ぽつん|ボソッ|ぼそっ|ボソリ|ぼそり|ポロッ|ぽろっ|ぽろり|つぶやい|呟い|笑顔で|にっこり|ニッコリ|にこにこ|ニコニコ|笑いながら|笑って|目を細め|うれしそうに|嬉しそうに|照れくさそうに|はにかみ|声をかけて(?:くれ|くださ|いただ)|声を掛けて(?:くれ|くださ|いただ))/u
const SPOKE_PAST_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?\s?(?:言って|いって|言っと|話して|話されて|おっしゃって|仰って)(?:い|お(?:られ)?)?(?:まし)?た/u
const HEARSAY_TAIL = /^[^。！？!?\n「」『』]{0,24}?(?:そう(?:です|だ|な|よ)|らしい|らしか|げな|とか|と聞|って聞|と伺)/u
const SPOKEN_END = /(?:ね|ねえ|ねぇ|ねー|よ|よね|な|なあ|なぁ|なー|わ|さ|ぞ|ぜ|かな|ばい|たい|もん)[〜~ー！!♪…]*[。]?$/u
const REMARK_PERSON = /(?:さん|さま|様|氏|先生|ちゃん|くん|君|の方|方々|たち|(?<![一-龠々])(?:父|母|祖父|祖母|夫|妻|息子|娘|孫|兄|姉|弟|妹)|(?:市長|副市長|町長|村長|知事|社長|会長|校長|園長|館長|店長|所長|部長|課長|係長|区長|議長|理事長|組合長|委員長|院長|署長|局長|隊長|班長|職員|業者|作業員|隊員|店員|駅員|係員|運転手|運転士|大工|職人|船頭|店主|女将|大将|親方|住職|農家|漁師))(?:が|は|も|に|と|を|から)/u
const REMARK_WORK = /本|小説|詩|歌|曲|映画|ドラマ|読ん|読み|朗読|図書|手紙|日記|名言|格言|言葉|作品/u
function heardRemark(masked: string, a: number, inner: string, af: string): boolean {
  const body = inner.trim()
  if (letters(body) > REMARK_MAX || /[。！？!?]./u.test(body) || /[「『」』]/u.test(body)) return false
  if (HEARSAY_TAIL.test(af.replace(/^[」』”〟]?\s?(?:と|って)/u, ''))) return false
  if (!IN_PERSON_AFTER.test(af) && !(SPOKE_PAST_AFTER.test(af) && SPOKEN_END.test(body))) return false
  // The quotation's sentence up to it and the sentence before: where the speaker is told.
  const own = ownSentence(masked, a)
  const around = before(masked, a - own.length).text + own
  return REMARK_PERSON.test(around) && !NOT_MET.test(around) && !VAGUE.test(around) && !IN_MEDIUM.test(around) && !PUBLISHED_VOICE.test(around) && !VAGUE_MEDIUM_LEAD.test(around) && !REMARK_WORK.test(around)
}
/**
 * Blind IQ-026: a remark of someone at the post's event, its speaker told right before by their part or title there (審査員を務めていただいた
 * 国際交流員からは「…」との講評がありました, 来賓の県議会議員からは「…」とのお言葉をいただきました, 参加者からは「…」という声が聞かれました,
 * 実行委員長は「…」と話しました, 審査委員長が「…」と講評を述べました): said there and reported by the host, no text with an author. The speech
 * is named after it as said (との/という + 講評, コメント, 感想, 声, お言葉, あいさつ, 話 …, or と話しました, と述べました). Not a vague someone
 * (ある作家は), an authority (専門家, 有識者), words read in a medium (ネットでは, 新聞に), or words credited to someone else (ある経営者の言葉として).
 * Blind R188A-033 kind: …also with a word of sequence between the speaker and the words (先生は続けて、「…」, 講師は最後に「…」) and the speech
 * told in the continuative as the sentence goes on (「…」と話し、生徒たちに…促しました).
 */
const EVENT_SPEAKER_BEFORE = /(?:[一-龠々ァ-ヶーA-Za-z]{0,12}(?:員|長|者|師|士|官|役|先生|さん|様|さま|氏|君|くん|ちゃん|コーチ|監督|代表|来賓|講師|ゲスト|大使|選手|生徒|児童|園児|たち|達)|皆さん|みなさん|皆様|皆さま|方々)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:から|より|は|が|も)(?:は|も)?[、,]?(?:続けて|さらに|最後に|次に|改めて|あらためて|笑顔で|静かに|ゆっくりと)?[、,]?\s?$/u
const EVENT_SPEECH_AFTER = /^[」』”〟]?\s?(?:(?:との|という)(?:ご?講評|コメント|ご?感想|お?声|お言葉|言葉|ご?あいさつ|ご?挨拶|お?話|ご?助言|アドバイス|メッセージ|エール|ご?発言|ひと言|一言)(?:が|も|を)[^。！？!?\n「」『』]{0,8}?(?:あり|あっ|聞かれ|寄せられ|いただ|頂|くださ|下さ|述べられ|送られ|贈られ|上が|あが)|と[、,]?[^。！？!?\n「」『』]{0,10}?(?:話し|話され|述べ|語り|語っ|語られ|あいさつし|挨拶し|あいさつされ|挨拶され|講評し|講評され|講評を述べ|激励し|激励され|締めくくり|締めくくっ|呼びかけ|呼び掛け|問いかけ|問い掛け|投げかけ|投げ掛け|感想を述べ|喜びを語)(?:まし|た(?![らり])|ていただきまし|(?<=話し|述べ|語り|呼びかけ|呼び掛け|問いかけ|問い掛け)[、,])|と[、,]?(?:ご?講評|コメント|ご?あいさつ|ご?挨拶|お話|ご?助言|アドバイス|激励の言葉|お言葉|問いかけ|呼びかけ)(?:が|も)(?:あり|ありまし|あっ))/u
/**
 * Blind R194A-037 kind: the speaker as the topic opening the quotation's own sentence, a clause of what they did first between (先生はまず、
 * この文の…を説明し、「…」と問いかけました, 審査員長は作品を一つずつ講評したうえで、「…」と述べました): the same speaker at the event, told
 * once for the sentence. The sentence holds no stop, and nothing in it is vague, an authority or read in a medium (である, がある in the
 * clause between are a copula and a verb, not ある of 'some').
 */
const EVENT_TOPIC_SPEAKER = /^[\s\u3000]*((?:[一-龠々ァ-ヶーA-Za-z]{0,12}(?:員|長|者|師|士|官|役|先生|さん|様|さま|氏|コーチ|監督|代表|来賓|講師|ゲスト|大使|選手|生徒|児童|園児|たち|達)|皆さん|みなさん|皆様|皆さま|方々)(?:の方|の方々|の皆さん|の皆様|の皆さま|のみなさん)?(?:は|が))[、,]?(?:まず|続けて|さらに|最後に|次に|改めて|あらためて)?[、,]?[^。！？!?\n]{4,80}?[、,]\s?$/u
function eventTopicSpeaker(bf: string): string | null {
  const m = EVENT_TOPIC_SPEAKER.exec(bf)
  if (m === null || NOT_MET.test(bf.replace(/(?<=[でがはもに])ある(?=[こも])/gu, '')) || VAGUE.test(bf) || IN_MEDIUM.test(bf) || PUBLISHED_VOICE.test(bf) || /(?:言葉|一節|名言|格言)(?:として|を引用|を紹介)/u.test(bf)) return null
  return m[1]!
}
/** The post tells of an occasion the words were said at (大会, 表彰式, 開会式, 審査, 会場). */
const EVENT_OCCASION = /大会|式|表彰|審査|講評|会場|開会|閉会|除幕|竣工|開所|授賞|コンクール|コンテスト|発表会|イベント|セレモニー/u
/** The speaker before the words: not a vague someone, an authority, a medium, or one quoting someone else's words (の言葉として). */
function eventSpeaker(bf: string): boolean {
  const tail = bf.slice(-40)
  return EVENT_SPEAKER_BEFORE.test(bf) && !UNNAMED_PLACE_BEFORE_ROLE.test(tail.replace(/[^、。！？!?\s]{0,16}$/u, '')) && !NOT_MET.test(tail) && !VAGUE.test(tail) && !IN_MEDIUM.test(tail) && !PUBLISHED_VOICE.test(tail) && !/(?:言葉|一節|名言|格言)(?:として|を引用|を紹介)/u.test(tail)
}
/**
 * …but a lecturer's words at a lecture (講師の先生は「…」と語られました, 講師からは「…」とのお話がありました) are the lecture's content, the
 * lecturer's work: quoted, they need the lecturer named (team R135D-033), whereas a judge's comment (講評) or a guest's greeting at a contest or
 * ceremony is the event. The check sees the paragraph only, so a lecturer's role is enough; a 先生 needs a lecture named beside.
 */
const LECTURER = /(?:講師|教授|准教授|博士|講演者|登壇者|パネリスト)(?:の方|の先生)?(?:から|より|は|が|も)(?:は|も)?[、,]?\s?$/u
const TEACHER = /先生(?:から|より|は|が|も)(?:は|も)?[、,]?\s?$/u
const LECTURE = /講演|講義|講座|セミナー|シンポジウム|フォーラム|研修会|勉強会|学習会/u
function lectureContent(before: string, after: string, post: string): boolean {
  if (/^[」』”〟]?\s?(?:との|という)ご?講評/u.test(after)) return false
  return LECTURER.test(before) || (TEACHER.test(before) && LECTURE.test(post))
}
/** …not of a work they read, sang or watched (娘が図書館で本を借りてきました: the words may be the book's). */
const WORK_TOLD_OF = /本|小説|詩|歌|曲|映画|ドラマ|読ん|読み|朗読|図書|手紙|日記|名言|格言|言葉/u
/** The sentence before tells of a person met, not of a vague someone, an authority, a medium or a work. */
function personToldOf(s: string): boolean {
  return PERSON_TOLD_OF.test(s) && !NOT_MET.test(s) && !VAGUE.test(s) && !IN_MEDIUM.test(s) && !PUBLISHED_VOICE.test(s) && !WORK_TOLD_OF.test(s)
}
/**
 * Blind IA-037: short remarks quoted as the words a harm is brushed aside with, the sentence saying the words hide or excuse it
 * (いじめは「いじられているだけ」「ふざけているだけ」という言葉で見過ごされがちです, 「しつけのつもり」といった言い訳で虐待が正当化される,
 * 「仲がいいから」のような一言で済ませていませんか): what people say, given as an example of a kind, no one's text to cite. A line that
 * merely ends or opens a work (という言葉で締めくくられた, で知られる) or moved someone (という言葉で背中を押された) is not brushed aside;
 * words someone owns (ある作家の「…」, 市長が「…」) or read in a medium (雑誌で読んだ「…」) are theirs, not an example.
 */
/** The quotation is someone's: their name or a vague one right before it (作家の「…」, ある方が「…」). */
const OWNED_BEFORE = /(?:の|が)\s?$|ある[^「『」』。！？!?\n]{0,12}$/u
const EXCUSE_WORDS_AFTER = /^[」』”〟]?(?:[\s、・]{0,3}[「『][^」』\n]{1,30}[」』]){0,4}\s?(?:という|といった|のような|などの|みたいな|って)(?:言葉|一言|ひとこと|ひと言|言い訳|言いわけ|言い分|言い方|口実|理由)(?:で|によって|に隠れて|の陰で|のもとで)[、,]?[^。！？!?\n「『]{0,16}?(?:見過ご|見逃|見落と|片付け|片づけ|かたづけ|済ま[させ]|すま[させ]|ごまか|誤魔化|正当化|軽視|軽く扱|見えにくく|見えなく|覆い隠|隠さ|隠れ|放置|矮小化|うやむやに|受け流|流さ)/u
/**
 * Round 43: a worry or question residents bring to the city, quoted, then taken up in the next sentence as one of its kind that
 * the staff hear (「入院したら、この子はどうなるんだろう」。見守り訪問の中で、こうした不安をうかがうことが増えています / そうした
 * ご相談が寄せられています): the residents' voice, heard by the city, not a text with an author. Blind R134A-112: so is a remark at the
 * post's own event taken up as such a one described (「…？」⏎今日のおはなし会で、そんなかわいい質問がありました).
 */
const VOICE_HEARD_AFTER = /^[」』”〟]?(?:[\s、]*[「『][^」』\n]{1,40}[」』]){0,4}[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『」』]{0,30}?(?:(?:こうした|このような|そうした|そのような|そういった|こういった|同じような|同様の|こんな|そんな)(?:お?悩み|不安|ご?相談|お?声|ご?心配|疑問|ご?質問|お?問い合わせ|お?困りごと|ご?要望)(?:を|が|も|は)[^。！？!?\n]{0,8}?(?:うかが|伺|お聞き|聞く|聞き|聞かれ|受け|寄せられ|いただ|頂|届|増え|多く)|(?:こんな|そんな)(?:[ぁ-ゖ一-龠々]{1,5}(?:い|な)[ 　]?)?(?:ご?質問|疑問|お?声|つぶやき|ひと言|一言|ご?感想)(?:が|も)[^。！？!?\n]{0,6}?(?:ありました|あがりました|上がりました|出ました|飛び出しました|聞かれました|聞こえました)|(?:こうした|このような|そうした|そのような|そういった|こういった|こんな|そんな)(?:お?悩み|不安|ご?心配|疑問|ご?質問|お?困りごと)に[^。！？!?\n]{0,4}?(?:答え|こたえ|応え|お答え|お応え|寄り添)|(?:そんな|こんな|そう|こう)(?:ふうに|風に|ように)[^。！？!?\n]{0,4}?(?:感じ|思|悩|迷|不安に)[^。！？!?\n]{0,40}?(?:方|人|保護者|お母さん|お父さん|声|ご相談))/u
/**
 * Blind R203I-008 kind: a message the city received, set out alone on its own line in several sentences, then pointed back at as one such
 * received (「…いつも満車。…誰も注意しない」⏎こうした声をいただきました): someone's text reproduced word for word, as a block quote of a received
 * voice is (round 47), so it needs its sender or their leave. A worry or question heard (こうした不安をうかがう, そんなご相談) stays the
 * city's own report, as does a one-sentence voice or one inside a sentence.
 */
const MESSAGE_RECEIVED_AFTER = /^[」』]?[ \u3000]*\n[ \u3000]*(?:こうした|このような|こういった|こんな|そうした|このような)(?:お?声|ご?意見|投稿|書き込み|メッセージ|お便り|おたより|コメント)(?:を|が)[^。！？!?\n]{0,8}?(?:いただ|頂|寄せられ|届)/u
function messageSetOut(t: string, a: number, b: number): boolean {
  if (a > 0 && t[a - 1] !== '\n') return false
  const inner = t.slice(a + 1, b - 1)
  // two sentences or more: a stop with more words after it
  return letters(inner) >= 30 && /[。！!？?][^。！？!?]{4,}/u.test(inner) && MESSAGE_RECEIVED_AFTER.test(t.slice(b - 1, b + 40))
}
/**
 * Blind HU-095: ad copy quoted, then taken up in the next sentence as the kind of ad behind the trouble the post warns of (「初回限定 実質0円。
 * …」。このような広告から申し込んだところ、…という相談が寄せられた; こうしたうたい文句に注意, そんな宣伝にだまされて): the pitch the city
 * warns against, no one's text to cite. An ad merely praised or shown (このような広告が話題です) tells no trouble.
 */
const EXAMPLE_AD_AFTER = /^[」』”〟]?[^。！？!?\n「『]{0,6}?[。―ー—…、\s]*[^。！？!?\n「『」』]{0,16}?(?:こうした|このような|そうした|そのような|そういった|こういった|こんな|そんな|あのような)(?:広告|宣伝|表示|うたい文句|謳い文句|誘い文句|売り文句|宣伝文句|キャッチコピー|広告文|チラシ|ダイレクトメール|DM|勧誘)[^。！？!?\n]{0,60}?(?:相談|トラブル|被害|苦情|解約でき|高額な?請求|だまされ|騙され|注意|気をつけ|気を付け|ご用心|要注意)/u
/** A list of quotations side by side (「…」「…」と話し合い): the quotative after the last is said of each. */
const QUOTE_RUN = /^\s*(?:[、,・]?[「『“〝][^「」『』“”〝〟\n]{0,80}[」』”〟]\s*){0,4}/u
/** The quotations side by side right before this one (生徒からは「…」「…」): read back past them to who gave them. */
const QUOTE_RUN_BEFORE = /(?:[「『“〝][^「」『』“”〝〟\n]{0,80}[」』”〟][、,・\s]{0,2}){1,4}$/u
/** A statement put to the readers as a quiz (「…」○か×か?, 「…」正しいでしょうか): the city's own question. */
const QUIZ_AFTER = /^[」』”〟]?\s?(?:[○〇◯]\s?(?:か|or|・|\/)?\s?[×✕✖]\s?(?:か)?|[○〇◯][？?]\s?[×✕✖][？?]|(?:は|って)?(?:正しい|本当|ほんと|ホント)(?:でしょうか|ですか|か|？|\?)|どっち(?:でしょう)?[？?]|(?:YES|NO|はい|いいえ)[？?・])/u
const EXAMPLE_BEFORE = /(?:例[：:]|例えば|たとえば|例は|のような|といった)\s?$/u
/**
 * Blind GY-114: wording the city shows as a sample of how to say it, marked good or bad at the head of its line (（例）⏎×「避難所に避難して
 * ください」⏎○「あぶないです。ひなんじょ（…）に いって ください」, NG「…」⏎OK「…」, ×「…」→○「…」): a rewrite the post writes itself, no one's
 * text. The mark needs its pair (a line or an arrow with the other mark before a bracket) or a 例 label on the line before; a ○ used as a
 * bullet (○対応言語：…) has no bracket after it, and ○ bullets of sayings with no × beside them are not samples.
 */
const GOOD_MARK = '(?:[○〇◯⭕]|OK|(?:良い|よい|いい|正しい)例)'
const BAD_MARK = '(?:[×✕✖❌]|NG|(?:悪い|わるい|ダメな|だめな)例)'
const MARK_BEFORE = new RegExp(`(?:^|\\n|[→⇒➡▶])[ \u3000]{0,2}(?:${GOOD_MARK}|${BAD_MARK})[ \u3000:：]?$`, 'u')
const GOOD_LINE = new RegExp(`(?:^|\\n|[→⇒➡▶])[ \u3000]{0,2}${GOOD_MARK}[ \u3000:：]?[「『]`, 'u')
const BAD_LINE = new RegExp(`(?:^|\\n|[→⇒➡▶])[ \u3000]{0,2}${BAD_MARK}[ \u3000:：]?[「『]`, 'u')
const EXAMPLE_LABEL_LINE = /(?:^|\n)[ \u3000]{0,2}[（(【\[［]?\s?(?:例|例文|文例|言い換え例|書き換え例|言いかえ例|使い方の例)\s?[）)】\]］:：]?[ \u3000]*(?:\n[^\n]{0,40}){1,3}$/u
function markedSample(t: string, a: number): boolean {
  const head = t.slice(Math.max(0, a - 8), a)
  if (!MARK_BEFORE.test(head)) return false
  return (GOOD_LINE.test(t) && BAD_LINE.test(t)) || EXAMPLE_LABEL_LINE.test(t.slice(Math.max(0, a - 80), a))
}
/** Wording the city writes itself for a sign or notice (案内板には “…”, 「…」と英語で書かれた看板を設置). */
const OWN_BEFORE = /(?:看板|案内板|掲示板|標識|注意書き|貼り紙|張り紙|案内文|英語表記|英語版|英訳|多言語案内)(?:には|に|の|で|は|を|も|[：:])?\s?$/u
/** The writer's own words to someone (生徒の皆さんに「…」とお願いしました, 〜と呼びかけました). */
/** After a quotation: it is the name of a term (「アンコンシャス・バイアス」と呼ばれ, と名付けられ), not someone's words. */
/** A quotation that calls on the readers (「…正しく飲みましょう。」, 「ストップ！ながら運転」): a campaign's slogan, the city's own voice. */
const CALL_TO_READERS = /(?:ましょう|ください|しよう|しようね|ようね|よう！|しません|しない|(?<=[、,・\s][^」』、,。\n]{0,8}?)[さかがたなまばらわ]ない|(?<![だ])ろう|[こごぼも]う)[。！!]?[」』”〟]$/u
/** A campaign the post speaks of (〜週間, 〜月間, 〜運動, 標語). */
const CAMPAIGN = /週間|月間|運動|キャンペーン|標語|スローガン|合言葉|呼びかけ/u
const TERM_AFTER = /^\s?(?:と|って)(?:呼ば|よば|称さ|称し|名付け|名づけ|命名)/u
const ASKED_AFTER = /^\s?と(?:お願い|呼びかけ|呼び掛け|お伝え|伝え|激励|エールを送)(?:しました|ました|した|しています|いたしました)/u
const OWN_AFTER = /^\s?(?:と|を|の)[^。\n]{0,12}(?:案内板|看板|掲示し|掲示を|掲示物|標識|注意書き|貼り紙|張り紙|表示し|表示を|表記し|表記を)/u
/** Words the reader is told to say or write (「…」とお尋ねください, 「…」とお伝えください): the city's own wording. */
/**
 * Blind TU-056: a model script the city gives readers to say (通報の際は、落ち着いて次のように伝えます。「火事です。場所は…です。」,
 * 電話では次のように話しましょう): the sentence before tells the reader how to say it (伝えます, 言いましょう, 話してください), not
 * that someone said it (市長は次のように述べました, こう話していました are past and stay quotations).
 */
const MODEL_SCRIPT_BEFORE = /(?:次のように|以下のように|このように|こう)[、,]?(?:はっきり|落ち着いて|ゆっくり)?(?:(?:伝え|告げ|名乗り|通報し|申し出|答え)(?:ます|ましょう|てください|て下さい|てみましょう|るとよい|ると良い|ればよい|れば大丈夫)|(?:言い|言っ|話し|話)(?:ましょう|てください|て下さい|てみましょう))[。：:]?\s*$/u
/** …said by someone the sentence names (専門家はこう言います, 市長は次のように伝えます): their words, not the reader's script. */
const SCRIPT_SAYER = /(?:さん|氏|様|先生|長|家|者|師|士|員|人|方|官|庁|省|署|局)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}$/u
function modelScript(line: string): boolean {
  const m = MODEL_SCRIPT_BEFORE.exec(line)
  return m !== null && !SCRIPT_SAYER.test(line.slice(0, m.index))
}
/**
 * Blind R382F-024 kind: a model exchange set out line by line, each line a speaker's label and their words (指令員「火事ですか、救急ですか」
 * ⏎あなた「救急です」, 受付「ご用件は？」⏎相談者「…」): a script of what to say, the reader one of its parts, not someone's text quoted. The
 * quotation's line opens with a short label right before the bracket; the paragraph holds two such lines or more with two labels or more,
 * one of them the reader (あなた, 通報者, 相談者, 自分, わたし). An interview set out with named people (市長「…」記者「…」) has no reader part.
 * Blind R415Q-060 kind: a role-play whose parts are all placeholder letters (Aさん：「…」⏎Bさん：「…」, A「…」⏎B「…」, 甲「…」乙「…」) in a post
 * that says it sets out examples or practice (言いかえ例, 会話例, 練習, ロールプレイ): lines the city wrote, no one's words. Placeholder parts
 * with no such word (ある小説の一場面より。⏎Aさん「…」) are read as before.
 */
const SCRIPT_LINE = /(?:^|\n)[ \u3000]{0,2}([^\s「」『』。、！？!?\n：:]{1,8})[：:]?[「『]/gu
const READER_PART = /^(?:あなた|貴方|通報者|相談者|自分|わたし|私|ご本人|本人)(?:[（(][^）)]{1,6}[）)])?$/u
function dialogueScript(t: string, a: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (!/^[ \u3000]{0,2}[^\s「」『』。、！？!?\n：:]{1,8}[：:]?$/u.test(t.slice(lineStart, a))) return false
  const labels = new Set<string>()
  SCRIPT_LINE.lastIndex = 0
  for (let m = SCRIPT_LINE.exec(t), n = 0; m && n < 40; m = SCRIPT_LINE.exec(t), n++) labels.add(m[1]!)
  if (labels.size < 2) return false
  if ([...labels].some((l) => READER_PART.test(l))) return true
  // Blind R415Q-060 kind: parts named by placeholder letters only (Aさん：「…」⏎Bさん：「…」, A「…」B「…」, 甲「…」乙「…」), in a post that
  // sets them out as examples or practice (例, 言いかえ, 練習, ロールプレイ, 会話例, やりとり): a role-play the city wrote, no one's words.
  return [...labels].every((l) => PLACEHOLDER_PART.test(l)) && PRACTICE_CONTEXT.test(t)
}
/** A part named by a placeholder letter (A, Bさん, Ｃ君, 甲, 乙), not a person. */
const PLACEHOLDER_PART = /^(?:[A-ZＡ-Ｚa-zａ-ｚ]|甲|乙|丙)(?:さん|君|くん|氏|役)?$/u
/** The post tells it sets the lines out as examples or practice (言いかえ例, 会話例, 練習, ロールプレイ, やりとり). */
const PRACTICE_CONTEXT = /例文|会話例|言い?かえ例|言い?換え例|(?:の|な)例|例[:：】）)]|練習|ロールプレ|寸劇|やりとり|やり取り|模擬|シナリオ|台本/u
const READER_WORDS = /^\s?と(?:窓口で|電話で|受付で|係員に|職員に)?(?:お|ご)?(?:尋ね|たずね|伝え|申し出|申し付け|声かけ|声掛け|記入|入力|記載|書いて|言って|おっしゃって|答え|話しかけ|問い合わせ)[^。\n]{0,6}(?:ください|下さい)/u
/** The reader's own thought, quoted to address them (「…」と迷っている方へ, 「…」とお悩みの皆さん): no one else's words.
 * Blind LC-057 kind: …also as the kind of person invited, set off by a comma (「…なりたい」という方、お待ちしています). */
const READER_THOUGHT = /^\s?(?:という|といった|との)(?:方|皆さん|皆様|みなさん|人|お子さん|保護者の方)(?:も|は|に|へ|を|の|で|[、,](?=[^。！？!?\n]{0,12}?(?:お待ち|ぜひ|是非|ご参加|お申し?込|ご相談|お気軽|歓迎)))|^\s?と(?:迷って|悩んで|お悩み|お考え|考えて|思って|お思い|感じて|お困り|困って|心配して|ご心配|不安に(?:思って|感じて)|ためらって|あきらめて|諦めて)(?:いる|おられる|いらっしゃる|の)?(?:方|皆さん|皆様|みなさん|あなた|人)|^\s?と(?:がっかり|落ち込|悩ま|悩ん|心配さ|心配す|不安にな|不安に感じ|迷わ|迷っ|戸惑|とまど|困っ|困ら|焦|あせ|思われ|感じられ|考えられ|お悩み)[^。！？!?\n「」『』]{0,8}?(?:方|お母さん|お父さん|お母さま|お父さま|保護者|親御さん|パパ|ママ|人|ご家族)(?:も|は|が|、|。|や|\s|$)/u

// ---------------------------------------------------------------------------------------------
// Quotations.

const OPEN_CLOSE: Record<string, string> = { '〈': '〉', '【': '】', '〔': '〕', '‹': '›', '‘': '’', '「': '」', '『': '』', '“': '”', '〝': '〟', '≪': '≫', '《': '》', '«': '»', '"': '"' }
const CLOSERS = new Set(['〉', '】', '〕', '›', '’', '」', '』', '”', '〟', '〞', '≫', '》', '»'])
const CLOSE_OF: Record<string, string> = { '〉': '〈', '】': '【', '〕': '〔', '›': '‹', '’': '‘', '」': '「', '』': '『', '”': '“', '〟': '〝', '〞': '〝', '≫': '≪', '》': '《', '»': '«' }
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
function encyclopedic(t: string): { a: number; b: number } | null {
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
const MAY_QUOTE = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)|(?:読んだ|見た|見かけた|目にした|聞いた|知った)(?:この|その)?(?:言葉|一節|フレーズ|名言)|[-―—─]\s?(?:という|との)(?:言葉|一節|名言|格言|フレーズ)|[「『“‘〝≪《«">〈【〔‹♪♫♬]|🎵|🎶|この(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)|このような(?:ご?相談|お?悩み|ご?質問|お?困りごと)|引用|抜粋|転載|一節|一文|次のように|以下|こう|こんな|次の|を(?:ご)?紹介|をお届け|(?:人|家|豪|者)(?:は|が|も)(?:言い|述べ|書|語り|記し|詠み|残し)/u
const QUOTATIVE = /^\s?(?:と|って|との|(?:なん)?だ(?:って|そう)|ですって|やって|げな|とか[。!！\s]|とか$)/u
/** What a short quotation is: a line of a work (という歌詞, という一節, の句). */
const SHORT_WORK_AFTER = /^\s?(?:という|との|って|の)(?:歌詞|詩|一節|一文|文言|一行|句|短歌|俳句|川柳|フレーズ|名言|格言|言葉|発言|ご発言|答弁)|^[\s。、—―‐-]{1,4}[^。！？!?\n「」]{1,12}?の(?:言葉|名言|格言|一節|詩|句)(?:です|である|だ|より|から|[。\s]|$)/u
/**
 * Blind R195D-050 kind: a line hummed or sung to oneself, the bracket the words of the quotative (「…」とつい口ずさんでしまいます, 「…」って
 * 鼻歌まじりに, と歌いたくなる): a line of a song or a poem, quoted however short, as a line called 歌詞 is. Only with the quotative: a title
 * hummed (「赤とんぼ」を口ずさみ) names the song, it does not quote it.
 */
const HUMMED_AFTER = /^\s?(?:と|って)[、,]?[^。！？!?\n「『」』]{0,8}?(?:口ずさ|くちずさ|歌いたく|うたいたく|歌っちゃ|歌ってしま|ハミング|鼻歌)/u
/** The post then calls the bracket "these words": （訳）。この言葉を胸に, 」。この一節に込められた…. */
/**
 * Blind R415Q-046 kind: …also when the next sentence says something was those very words or went as they say (〝…〟⏎今日の教室は、この言葉
 * そのものの時間でした, 「…」。今日はまさにこの言葉どおりの一日, このフレーズみたいな): the words held up as a saying, quoted however short. Read
 * as THESE_WORDS is (the city's own copy and a named speaker as before).
 */
const THESE_WORDS = /^[^「」『』]{0,40}?[。、\n―—]\s?(?:[^「」『』。\n]{0,20}[。、]\s?)?[^「」『』。、\n]{0,8}?この(?:言葉|一節|一文|フレーズ|詩|句|標語|合言葉)(?:を|に|は|が|の|こそ|ば|そのもの|そのまま|どおり|通り|みたい)/u
/**
 * Blind R410K-026 kind: words set apart, then called words the writer is fond of in the next sentence, with a comma after the noun (『…』⏎この言葉、
 * ずっと好きなんです, 「…」このフレーズ、大好きです, 「…」。この一節、今でも心に残っています): someone's saying held up with no author,
 * quoted however short, as THESE_WORDS is. The city's own copy (OWN_COPY, a slogan called 標語) and words said by someone the post names
 * are read as before; a fondness for a thing (この景色、ずっと好き) is no quotation.
 */
const FOND_WORDS_AFTER = /^[^「」『』]{0,6}?[。、\n―—！!]?\s{0,2}(?:この|その)(?:言葉|一節|フレーズ|名言|格言|一文)[、,]\s?(?:(?:ずっと|昔から|前から|本当に|ほんとに|ほんとうに|とても|すごく|今でも|いまでも|今も|いつも|大|一番)[、,]?){0,2}(?:好き|大好き|お気に入り|心に残|胸に残|心に響|胸に響|刺さ|忘れられ|大切にし|大事にし)/u
/**
 * Blind R412M-009 kind: a public figure named only by their feat or trade as the one who said the words (金メダリストの方が“…”とおっしゃって
 * いました, 元プロ野球選手の方は「…」と話していました, 有名なシェフさんが「…」と言っていた): a kind of person is no one a reader can find,
 * so the words are quoted without a source however short. A figure named (金メダリストの田中選手が), the post's own participants (選手の皆さんは)
 * or a figure without words quoted are not this.
 */
const FAMED_ROLE_SAID = /(?<![一-龠々ァ-ヶー])(?:(?:金|銀|銅)?メダリスト|オリンピアン|パラリンピアン|(?:元)?(?:プロ野球|プロサッカー|オリンピック|パラリンピック|五輪|日本代表)(?:の)?選手|プロゴルファー|Jリーガー|トップアスリート|アスリート|有名人|著名人|芸能人|タレント|有名な[一-龠々ァ-ヶー]{1,6}|著名な[一-龠々ァ-ヶー]{1,6}|世界チャンピオン|チャンピオン|横綱|ノーベル賞(?:を)?受賞(?:した|された)?(?:方|人|学者|科学者)|ノーベル賞学者)(?:の方|の人|さん|様|氏)?(?:が|は|も)[、,]?\s?$/u
const FAMED_SAID_AFTER = /^\s?(?:と|って)[、,]?\s?(?:おっしゃ|仰|言っ|言い|言わ|いっ|話さ|話し|語っ|語ら|述べ)/u
/** Words agreed with right after them (「…」──まさにその通りだと思います, 「…」。名言ですね): someone else's, quoted. */
const AGREED_AFTER = /^\s?(?:[-―—─]{1,3}|[。、！!])?\s?(?:まさに|本当に|ほんとうに|全く|まったく|実に|なるほど)?(?:その通り|そのとおり|同感|共感します|名言|至言|金言|けだし名言)/u
/** A work or someone's words named before the bracket: ある詩人の言葉に「…」, 歌詞の一節に「…」. */
/** Words announced as someone's, right before the brackets (…の言葉を借りると, の言葉で言えば, …の言葉です。). */
/**
 * Blind R142D-069: the brackets announced as quoted from somewhere right before them (ある旅行サイトより引用します。「…絶品」, 本の一節から
 * 抜粋📖「…」, 以下に引用します：「…」): a quotation whatever its form, a noun ending too; not a request not to quote (引用はご遠慮ください).
 */
const QUOTING_BEFORE = /(?:(?:より|から)の?|以下(?:に|、)?)(?:引用|抜粋|転載)(?:し(?:ます|ました|てみます|ておきます|てます)|いたします|させていただきます|です|でした)?[。．：:！!…\s]{0,3}(?:\p{Extended_Pictographic}\uFE0F?){0,3}\s?$/u
/**
 * Blind KH-002 kind (misc60): the sentence before the brackets ends by calling words harmful (…傷つける差別の言葉です。⏎「みんな使ってるし」
 * じゃなくて…, 人を深く傷つける言葉です。, 使ってはいけない表現です。): it says what the words mentioned before are, it announces no saying,
 * so the brackets after it are not a work's line made short (SHORT_WORK_BEFORE) nor words framed as someone's (QUOTE_FRAME_BEFORE).
 */
const HARMFUL_WORDS_BEFORE = /(?:(?:差別|侮辱|悪口|暴言|中傷|誹謗|蔑視|偏見|ヘイト|いじめ|攻撃)(?:的な|の|に(?:つながる|あたる|当たる))?|(?:傷つけ|傷付け|きずつけ|おとしめ|貶め|追いつめ|追い詰め)(?:る|てしまう|かねない)|不適切な|心ない|心無い|乱暴な|(?:使っ|言っ)ては(?:いけない|ならない))(?:言葉|表現|用語|発言|ことば)(?:です|でした|だ|なんです|なのです|である)?[。！!]?\s?$/u
/**
 * …and a remark the post sets aside right after it (「みんな使ってるし」じゃなくて、使わない・広めない…を一緒に, 「悪気はなかった」では済まされ
 * ません, 「冗談だから」で片付けないで, 「…大丈夫」なんて思わずに) in a post about a harm done with words (差別, 偏見, いじめ, 傷つける, 暴言): the
 * excuse people give, shown as the attitude to drop — the post's own example, no one's text to cite. Not words owned or read right before
 * them (作家の「…」ではなく, ネットの記事の「…」ではなく).
 */
const REMARK_SET_ASIDE_AFTER = /^[」』]?\s?(?:じゃなくて|じゃなく|ではなくて|ではなく|でなく|なんて(?:言わ|思わ|考え)(?:ずに?|ないで)|と(?:言わ|思わ)(?:ずに?|ないで)|で(?:は)?(?:済ま|すま)(?:せず|せないで|され(?:ない|ません))|で(?:片付け|片づけ|かたづけ)(?:ず|ないで))/u
const WORDS_HARM_CONTEXT = /差別|偏見|いじめ|イジメ|傷つ|傷付|ハラスメント|パワハラ|セクハラ|人権|暴言|誹謗|中傷|ヘイト|悪口|からか|侮辱|見下|心ない|心無い/u
const QUOTE_FRAME_BEFORE = /言葉を(?:借り(?:る|れ)(?:と|ば|なら)|借りて|引用すると)[、,]?\s?$|の言葉で言えば[、,]?\s?$|(?:の|した|された|教わった|聞いた)(?:言葉|名言|格言|一節)(?:です|でした)?[。：:]\s?$/u
/**
 * Blind R418T-039 kind: …also when the words are only called theirs (『…』⏎ある作家さんの言葉ですが, 「…」。とある詩人の名言です, 某経営者の言葉
 * でした): the author is still left vague, and no source. A named author (作家の檀一雄さんの言葉です) or a time (ある日の) is not this.
 * Blind R117A-084: words credited right after them to someone left vague (「一舟一会」。これは昔、ある船頭さんが言っていた言葉です, 「…」――とある
 * 先輩の口癖です): a saying quoted with no one named, however short (CREDIT_MIN); who "ある" someone is, nobody can tell.
 */
const VAGUE_CREDIT_AFTER = /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?[^「『」』。！？!?\n]{0,10}?(?:(?<![ぁ-ゖ])|(?<=[はもがで]))(?:ある|とある|某)(?!日|時|とき|朝|晩|夜|年|ところ|意味|程度)[^「『」』。、,！？!?\n]{0,12}?(?:人|方|者|家|先生|教授|医師|作家|詩人|学者|専門家|先輩|社長|選手|監督|船頭|職人|師匠|おばあちゃん|おじいちゃん)(?:さん|さま|様)?(?:が|の)[^「『」』。！？!?\n]{0,8}?(?:言って(?:い)?た|いって(?:い)?た|言いよった|おっしゃって(?:い)?た|話して(?:い)?た|書いて(?:い)?た|残した|遺した|語って(?:い)?た|教えてくれた|口にして(?:い)?た|口癖|座右の銘|(?:お?言葉|ことば|名言|格言|一節)(?:です|でした|だ(?![ぁ-ゖ])|である|なんです|なのです))/u
const CREDIT_MIN = 4
/**
 * Blind R186D-051 kind: words credited right after them to a medium left vague, as where the writer read or heard them (「…」——ある新聞のコラムに
 * あったこの一文を胸に, 「…」。以前どこかで読んだ言葉です, 「…」――何かの本で見たフレーズ): a saying quoted with no source, however short
 * (CREDIT_MIN). A medium named (西日本新聞のコラムにあった) is a source; the city's own (市報に載せた) is its own.
 * Blind R440R-013 kind: …also a slogan so met (「…」⏎どこかで見かけたこの標語, ネットで見つけたスローガン, 何かで聞いた合言葉): a slogan seen
 * somewhere is someone else's wording, not the city's own copy, so where it comes from is to be named. The city's own slogan (本市の交通安全
 * 標語, 市が決めたスローガン) is not met somewhere and stays clean.
 */
const VAGUE_MEDIUM_CREDIT_AFTER =
  /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?(?:以前|昔|いつか|先日|最近|若い頃|学生時代に?)?[、,]?(?:(?:(?<![ぁ-ゖ])|(?<=[はもがで]))(?:とある|ある|某)(?!日|時|とき)[^「『」』。、,！？!?\n]{0,8}?(?:新聞|コラム|社説|記事|雑誌|本|書籍|番組|テレビ|ラジオ|サイト|ブログ|投稿|SNS|論文|冊子|パンフレット|ガイドブック|エッセイ|小説|随筆)|どこか|どっか|何か|なにか|ネット(?:上)?|SNS|インターネット)(?:の中)?(?:に|で|の)[^「『」』。！？!?\n]{0,6}?(?:あった|載っていた|載ってた|書かれていた|書いてあった|読んだ|見た|見かけた|見つけた|目にした|聞いた|知った|出会った)(?:この|その)?(?:言葉|一節|一文|フレーズ|名言|格言|文章|文|標語|スローガン|キャッチフレーズ|キャッチコピー|合言葉|合い言葉)/u
/**
 * Blind R431G-016 kind: words credited right after them to a document left vague (〝…〟――ある国際条約にも記された考え方です, 「…」。とある
 * 宣言にうたわれた理念, 某白書に書かれた一文): which treaty, declaration or report nobody can tell, so the saying has no source, however short
 * (CREDIT_MIN). A document named (障害者権利条約にも記された考え方) is a source and stays clean.
 */
const VAGUE_DOC_CREDIT_AFTER =
  /^[」』”〟]?[\s。、！!―—‐-]{0,4}(?:(?:これ|それ|この言葉|その言葉|こちら)(?:は|も)[、,]?)?(?:とある|ある|某|どこかの)(?!日|時|とき)[^「『」』。、,！？!?\n]{0,8}?(?:条約|宣言|憲章|協定|議定書|法律|条例|規約|指針|ガイドライン|報告書|白書|文書|綱領)(?:の中)?(?:に|で|にも|でも)[^「『」』。！？!?\n]{0,4}?(?:記され|書かれ|うたわれ|謳われ|明記され|掲げられ|定められ|示され|記載され|盛り込まれ|述べられ|刻まれ)(?:た|ている|ています|ていた)/u
/**
 * Blind R116A-096: a sentence without brackets pointed back at, right after it, as words read or heard somewhere left vague (介護は〝愛情〟じゃなく
 * 〝技術〟だ――どこかで読んだこの言葉, …だ。昔ある本で読んだ言葉です): a saying quoted with no source. The city's own words (市の標語) or a named
 * medium (市長のあいさつで聞いた) are not vague.
 */
const UNBRACKETED_VAGUE = /((?:^|[。！？!?\n])[ \u3000]{0,2})([^。！？!?\n「『」』]{8,80}?)[ \u3000]?(?:[-―—─]{1,3}|[。！!])[ \u3000]?(?:(?:これは|この言葉は|それは)[、,]?)?(?:以前|昔|いつか|若い頃|学生時代に?)?[、,]?(?:どこかで|どっかで|どこかの[^。！？!?\n「『」』]{0,8}?で|何かで|なにかで|(?:とある|ある)(?!日|時)[^。！？!?\n「『」』、]{0,8}?で|ネット(?:上)?で|SNSで|テレビで|本で|雑誌で)[^。！？!?\n「『」』]{0,8}?(?:読んだ|見た|見かけた|目にした|聞いた|知った|出会った)(?:この|その)?(?:言葉|一節|フレーズ|名言|格言|一文|文章)/gu
/**
 * Blind R167I-110: a sentence set down without brackets, closed by a dash and pointed back at as words (一人ひとりの小さな行動が、まちの未来を
 * つくります――という言葉を、毎朝胸に刻んでいます; …ことだ―との一節): the dash and という言葉 mark it as someone's words, as 「…」という言葉
 * does, and it is read like a bracketed one (a speaker named next to it is its source). Its last letter before the dash is kana (a sentence's
 * end): a name or a motto closed by a noun (水と緑のまち柳川――という言葉のとおり) is not one; nor 呼びかけ, 思い, 合言葉.
 */
const UNBRACKETED_WORDS = /((?:^|[。！？!?\n])[ \u3000]{0,2})([^。！？!?\n「『」』]{7,80}?[ぁ-ゖ])[ \u3000]?[-―—─]{1,3}[ \u3000]?(?:という|との)(?:言葉|一節|名言|格言|フレーズ)(?![一-龠々])/gu
/** Blind R116A-131: a line announcing a saying (こんな言葉がありますね。⏎「…」, 昔からこんな言葉があるばい。): what follows is quoted, whatever its form. */
const SAYING_LEAD = /(?:こんな|次の|以下の|こういう|こういった|こげな|こがん|こげん)(?:ような)?(?:言葉|一節|名言|格言|フレーズ)(?:が|も)(?:あります|ありました|ある|あった|あるとです|あっとです|あるっちゃん|あるけど|ありますが)(?:ね|よ|よね|な|ばい|けん|たい)?[。：:！!]?\s?$/u
const SHORT_WORK_BEFORE = /(?:言葉|一節|詩|歌詞|句|名言|格言|発言|新聞|雑誌|記事|書籍|本|テレビ|番組|ネット|ブログ)(?:に|で|は|として|にも|では)\s?$|(?:言葉|一節|名言|格言|フレーズ)(?:(?:です|でした|があります|がありました|がある|があった|があるとです|があっとです|があるっちゃん)(?:ね|よ|よね|な|ばい|けん|たい)?[。：:！!]?|[。：:])\s?$|言葉を(?:借り(?:る|れ)(?:と|ば|なら)|借りて|引用すると)[、,]?\s?$|の言葉で言えば[、,]?\s?$/u
/** A saying put in someone's mouth: と述べている, と説いた, と語った. */
/** An authority right before a quotation (ある専門家は「…」, 研究者も「…」): its words are quoted, however short. */
/** Words given as those of someone only called a famous doctor or writer (ある有名な先生が言っていた言葉「…」, とある作家の名言「…」). */
const VAGUE_WORDS_BEFORE = /(?:ある|とある|某)[^「『」』。！？!?\n]{0,16}?(?:先生|専門家|医師|お医者さん|作家|教授|学者|偉人|方|人)(?:が|の)(?:言って(?:い)?た|おっしゃって(?:い)?た|話して(?:い)?た|書いて(?:い)?た|残した)?(?:言葉|名言|一言|ひと言)[^「『\n]{0,3}$/u
const AUTHORITY_BEFORE = /(?:専門家|有識者|研究者|識者|学者|医師|教授|評論家|アナリスト|経済学者|弁護士)(?:の方)?(?:は|が|も)[、,]?$/u
const SAYING_AFTER = /^\s?(?:と|って)(?:述べ|説い|説か|語っ|語ら|書き残|言い残|喝破|言いました|言っています|言っていました|言った(?:そうです|といいます|[。！!]|$))|^\s?と[、,]\s?[^。！？!?\n]{1,16}?(?:が|も|は)(?:おっしゃ|言って|述べ|語っ|話して)/u
/**
 * Blind R434K-008 kind: the press's description of the city quoted from a medium named only by its kind (先日の記事で、柳川が「…」と紹介され
 * ました, テレビ番組で「…」と取り上げられ, 雑誌に「…」と評されました): another's words, however short (SHORT_MIN) and whatever their form (a
 * phrase), so which paper, programme or site and when is to be named. A medium named (西日本新聞の記事で, 5月3日付の朝刊で) is its source as
 * before; the city's own telling (市報で「…」を紹介しました, active) is no description by the press.
 */
const PRESS_MEDIUM_BEFORE = /(?:記事|番組|テレビ|雑誌|新聞|ニュース|特集|コラム|情報誌|メディア|ウェブサイト|サイト)(?:の中)?(?:で|では|に|にて)[、,]?[^。！？!?\n「『」』]{0,16}$/u
const PRESS_DESCRIBED_AFTER = /^\s?(?:と|として)[、,]?[^。！？!?\n「『」』]{0,8}?(?:紹介され|取り上げられ|評され|称され|報じられ|書かれ|掲載され|特集され|絶賛され)/u
/** The least length of a quoted line of a work or a saying (letters). */
const SHORT_MIN = 8
/**
 * Blind R205I-046 kind: a saying heard from someone, which the writer then says stayed with them (先生が「…つくられる」とお話しされていて、
 * 心に残りました; とおっしゃった言葉が胸に響きました): held up as words worth keeping, it is quoted however short (SHORT_MIN), a sentence
 * that ends as one; who said it is still to name.
 */
const STAYED_WITH_ME_AFTER = /^\s?(?:と|って)[、,]?\s?(?:お話し|話さ|話し|話して|言っ|言わ|おっしゃ|語っ|語ら)[^。！？!?\n「『]{0,16}?(?:心に残|胸に残|心に響|胸に響|印象に残|胸に刻|心に刻|感銘を受け|胸を打た|心を打た|心に刺さ|胸に刺さ|刺さりました)/u
/** Blind R118A-015: a maxim the post then calls "these words" (「農は国の本なり」。この言葉を胸に) is quoted from this length. */
const CALLED_MIN = 5
/** A block quote (> …) this long counts when it reads as a sentence (a topic, or a sentence end). */
const BLOCK_MIN = 10
/**
 * Blind R11B-030 kind: the line right after a short > line opens with the quotative that takes it up as words seen, read or heard
 * (> 好きなことを続けられるのが一番の才能⏎ってどっかで見て, と書いてあって, って言葉を聞いて): the > line is someone's words quoted even
 * when it reads as a phrase (体言止め), not a sentence.
 */
const BLOCK_TAKEN_UP = /^\s{0,2}(?:って|と)[、,]?(?:いう|いった)?(?:言葉|一文|フレーズ|一節|文章)?(?:を|が)?[^。！？!?\n]{0,10}?(?:見|読|聞|書い|書かれ|言われ|言って|教わ|目にし)/u
const BLOCK_SENTENCE = /[はがも][、,]?[^\n]{2,}(?:です|ます|である|だ|もの|こと|ない|[るたい])[。.！!]?\s*$|。/u
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
function wordsMet(after: string): boolean {
  const m = WORDS_MET_AFTER.exec(after)
  return m !== null && !TYPICAL_VOICE_MET.test(m[0]) && !SLOGAN_CALLED.test(after)
}
/**
 * Blind R431G-007 kind: words set apart, then the next sentence takes them up as words met at an occasion (「…」⏎先日参加した研修で紹介された
 * この言葉が, 講演会で聞いたその一節, セミナーで教わったこのフレーズ): a training, a lecture or a class is where the words were heard, not who said
 * or wrote them, so the saying is quoted however short (as WORDS_MET_AFTER's), its author still to name. A speaker named in that sentence
 * (講師の古賀一郎先生が研修で紹介されたこの言葉) is its source as before; words the city made there (会議で決まったこの言葉) are not met.
 */
const OCCASION_MET_AFTER = /^[」』”〟]?[\s。．、!！―—]{0,3}[^「『」』。！？!?\n]{0,16}?(?:研修|研修会|講演|講演会|講座|講習|セミナー|勉強会|学習会|授業|講義|朝礼|説明会|シンポジウム|フォーラム|ワークショップ|番組)(?:の中|の場|の席)?(?:で|にて|において)[、,]?[^「『」』。！？!?\n]{0,8}?(?:紹介され|引用され|示され|聞い|教わっ|教えられ|教えてもらっ|知っ|出会っ|学ん|習っ|耳にし)た(?:この|その|あの)(?:言葉|一節|フレーズ|名言|格言|一文)/u
const BLOCK_CALLED = /^[\s。．、―—]{0,3}[^「」『』。！？!?\n]{0,40}?(?:この|その)(?:言葉|一節|フレーズ|名言|格言|一文)(?:を|に|は|が|の|こそ|どおり|通り|そのもの|[、,])/u
const SLOGAN_CALLED = /^[」』”〟]?[\s。．、―—-]{0,3}[^。！？!?\n]{0,40}?(?:ことわざ|諺|慣用句|故事|標語|スローガン|合言葉|合い言葉|キャッチフレーズ|キャッチコピー)/u
function calledWords(after: string): boolean {
  return (BLOCK_CALLED.test(after) && !SLOGAN_CALLED.test(after)) || wordsMet(after)
}
/** A sentence's end without its 。 (written with the punctuation left out): 〜である, 〜ていく, 〜ます. */
const PREDICATE_END = /(?:である|であった|のだ|のです|ものだ|ことだ|ている|ていた|ていく|ていった|ではない|でない|だった|でした|ます|ました|です|ません)$/u
const TOPIC = /[^\s]{2}(?:は|が|とは)[^\s]/u
/** After a name or title: 「…」の受講者募集, 「…」を開催. */
const TITLE_FOLLOW = /^(?:の|を|が|に|へ|で(?!すって)|や(?!って)|など|は|も|展|賞|号|編|祭|まつり|フェア|フェスタ|事業|講座|大会|コンテスト|プロジェクト|運動|キャンペーン|活動|取り組み|取組|宣言|作戦|ツアー|教室|講演|シンポジウム|フォーラム|セミナー|ワークショップ|会議|研修)/u
/** After a name, theme or slogan, not a quotation: テーマは「…」です, 「…」という意味です. */
const NAME_FOLLOW = /^\s?(?:です(?!って)|でした|となり|をテーマ|と題し|と題する|と名付け|と命名|という(?:意味|趣旨|テーマ|タイトル|題|名前|名称|愛称|キャッチフレーズ|スローガン|合言葉|標語|願い|思い))/u
/** Before a title: 講演会「…」, テーマ「…」. */
const TITLE_BEFORE = /(?:講演会|講演|講座|テーマ|題|タイトル|演題|展|展示|シンポジウム|フォーラム|大会|キャンペーン|事業|プロジェクト|番組|コーナー|曲目|特集|企画|教室|セミナー|研修|ワークショップ)[】〕］\]]?[はをの：:]?\s?$/u
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
function announcingSentence(line: string): string {
  const m = INTRO.exec(line)
  if (!m) return line
  const from = Math.max(line.lastIndexOf('。', m.index), line.lastIndexOf('！', m.index)) + 1
  const stop = /[。！!]/u.exec(line.slice(m.index + m[0].length))
  return line.slice(from, stop ? m.index + m[0].length + stop.index + 1 : line.length)
}
function introAnnounces(t: string, lineStart: number, line: string): boolean {
  if (!INTRO.test(line)) return false
  for (const m of line.matchAll(INTRO_ALL)) {
    const back = /^(?:こんな|そんな|このような|そのような|こうした|そうした)/u.test(m[0]) && POINTED_BACK_BEFORE.test(t.slice(Math.max(0, lineStart + m.index - 40), lineStart + m.index))
    if (!back) return true
  }
  return false
}
const BLOCK_LINE = /^\s{0,3}(?:>|(?:引用|抜粋|転載)\s?[:：])\s?/u
/**
 * Blind R298K-025 / R298K-058 kind: a long passage set off by a dash or a rule instead of brackets (in the norm view ―, ——, ─, – all read
 * as - or --) on the line under one that announces words (ある旅行誌にこんな一文がありました。⏎― …, 船頭歴40年の方が話してくれた言葉です。⏎─ …,
 * …と書かれていました。⏎-- …): a quotation like a block quote, needing its author, publication or date. A dash used as a list bullet
 * (no announcing line) or a range (10時―12時, not at a line's start) is not one; こんな言葉 pointing back at a closing bracket announces
 * nothing (POINTED_BACK_BEFORE).
 */
const DASH_LED = /^[ \u3000]{0,3}-{1,2}(?!-)[ \u3000]?(?=[^\s\-])/u
const DASH_INTRO = /(?:(?:こんな|次の|以下の|この)(?:ような)?(?:一文|一節|言葉|文章|文|くだり|フレーズ|名言)(?:が|を)?[^。！？!?\n]{0,8}?(?:ありました|あります|ございます|です|でした|ありまして|残って(?:い|お)ます|載って(?:い|お)(?:ました|ます)|見つけました|紹介(?:します|いたします))|(?:一文|一節|言葉|文章|くだり|フレーズ)(?:です|でした)|(?:話して|語って|教えて|聞かせて|言って)(?:くれ|くださ|下さ|いただい|もらっ)た(?:一文|一節|言葉|お話|話)(?:です|でした|があります|があります)?|(?:書かれて|記されて|書いて|載って)(?:い|あ|お)(?:ました|ます|りました|ります)|(?:こう|次のように)(?:書|記|綴|語|言)(?:かれ|され|られ|い|っ|し)[^。！？!?\n]{0,6}?(?:ました|ます|た))[。：:]?[ \u3000]*$/u
function dashIntro(t: string, lineStart: number, line: string): boolean {
  const m = DASH_INTRO.exec(line)
  if (!m) return false
  return !(/^(?:こんな|そんな|このような|そのような|こうした|そうした)/u.test(m[0]) && POINTED_BACK_BEFORE.test(t.slice(Math.max(0, lineStart + m.index - 40), lineStart + m.index)))
}
/** Blind R298K-055 kind: a long passage wrapped in dashes on a line of its own (——水の上に暮らしの匂いがする町、…。——): a quotation set off without brackets. */
const DASH_WRAPPED = /^[ \u3000]{0,3}--(?!-)[ \u3000]?([^\n\-]{20,200}?)[ \u3000]?--[ \u3000]*$/mu
/** …read as sentences in the plain literary voice (not a heading wrapped in rules: ――白秋祭のご案内――, nor the city's own ます/です notice). */
function dashWrapped(line: string): boolean {
  const m = DASH_WRAPPED.exec(line)
  return !!m && BLOCK_SENTENCE.test(m[1]!) && !/(?:ます|です|ください|下さい|ました|でした|ません)[。！!]?\s*$/u.test(m[1]!)
}
/**
 * Blind R128I-058: a line that is only a medium's text named as where what follows is from, in brackets (（今朝の新聞記事より）, 【先週の
 * 雑誌のコラムから】, （ネット記事より転載）): the lines under it are that text reposted, as under 以下、…より抜粋します.
 */
const MEDIUM_FROM_LINE =
  /^\s{0,3}[（(【［\[〔]\s?[^\n（()）【】［］\[\]〔〕「」『』。]{0,20}?(?:新聞|記事|紙面|朝刊|夕刊|雑誌|週刊誌|コラム|社説|ネットニュース|ニュースサイト|報道|ブログ)(?:記事|の記事)?(?:より|から)(?:の)?(?:引用|抜粋|転載)?\s?[)）】］\]〕]\s*$/u
/** A line that names where its text is from, then the text (国の資料より抜粋：…, 〇〇白書から引用: …): a block quote. */
const LABELLED_LINE =
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
function excerptHeading(line: string): boolean {
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
const REPOST_ANNOUNCE = new RegExp(
  `(?:${REPOST_FOUND}|${REPOST_SAW})${REPOST_TEXT}(?:が|を|も|は)[^。！？!?\\n「『]{0,20}?${REPOST_PUT}|${REPOST_TEXT}(?:が|を|も)[^。！？!?\\n「『]{0,12}?(?:${REPOST_FOUND}|${REPOST_SAW})[^。！？!?\\n「『]{0,14}?${REPOST_PUT}|${REPOST_SAW}[^。！？!?\\n「『]{0,8}?${REPOST_TEXT}を[^。！？!?\\n「『]{0,8}?${REPOST_PUT}`,
  'u',
)
/** The city's own text (市の, 本市の, 市のホームページに, 当課で) or the writer's own. */
const REPOST_OWN = /(?<![一-龠々ァ-ヶー])(?:市|本市|当市|市役所|当課|当館|当センター|当院|私|自分|わたし|僕|うち)(?:の|で|が|から|に)/u
/** A holder named (環境省, 福岡管区気象台, 警察署, 〇〇新聞, 山田先生): the line gives the text's source. Not 他市, 某県, ある…. */
const REPOST_HOLDER = new RegExp(`(?<!他|某|よその|ある|とある|近隣の)(?:${TITLE_BODY.source}|警察|消防|保健所|医師会|病院|[一-龠々ァ-ヶー]{2,8}(?:さん|氏|先生|様))`, 'u')
function repostAnnounced(line: string): boolean {
  const m = REPOST_ANNOUNCE.exec(line)
  if (!m) return false
  // The sentence up to the announcement: where the text is from, if it says.
  const lead = line.slice(Math.max(line.lastIndexOf('。', m.index) + 1, 0), m.index + m[0].length)
  return !REPOST_OWN.test(lead) && !REPOST_HOLDER.test(lead)
}

/** What kind of text is quoted, from the words around it: what source to name, and an example. */
const MEDIA: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/新聞|社説|コラム|朝刊|夕刊|紙面/u, '新聞名と掲載日', '出典：〇〇新聞 2025年5月1日付朝刊（コラム名）'],
  [/雑誌|誌面|情報誌|旅行誌|月刊|季刊/u, '雑誌名と号', '出典：『雑誌名』2025年6月号（出版社）'],
  [/テレビ|ラジオ|番組|放送/u, '番組名・発言者と放送日', '出典：〇〇放送『番組名』（2025年5月1日放送）での〇〇さんの発言'],
  [/詩|歌詞|童謡|唱歌|短歌|俳句|歌が|歌を|歌で|歌です|歌があ|合唱|口ずさ|くちずさ|歌いたく|歌い|歌っ|歌声/u, '作者名と作品名', '出典：作者名『作品名』（収録された詩集・歌集）'],
  [/作家|文豪|随筆|小説|書籍|著書|ガイドブック|一節|エッセイ|本に|本で|本から/u, '著者名と書名', '出典：著者名『書名』（出版社、発行年）'],
  [/サイト|ホームページ|ブログ|投稿|口コミ|SNS|ネット|レビュー/u, 'サイト名とURL', '出典：サイト名（運営者）https://…'],
  [/声|お便り|手紙|感想|メール|アンケート|寄せられ/u, '差出人とご本人の了解', '市内在住の〇〇さんからのお便り（ご本人の了解を得て掲載）'],
  [/言葉|発言|名言|経営者|語っ|語り/u, '発言者名と出所', '〇〇さん（肩書）の言葉（出典：〇〇、2025年）'],
  [/資料|文書|報告|計画|通知|庁|省|機関|県|国/u, '発行元と資料名', '出典：〇〇省『資料名』（2025年）'],
]
const DEFAULT_NEED = '作者・発行元と作品名（ウェブならURL）'
const DEFAULT_EXAMPLE = '出典：作者名『作品名』（発行元、発行年） または引用元のURL'

interface Quote extends Span {
  what: string
  /** Attributed to a named speaker or author in the sentence before or after (this paragraph). */
  named: boolean
  /** The quotation begins the paragraph's first sentence / ends its last: the neighbouring paragraph may name its speaker. */
  atHead: boolean
  atTail: boolean
  /** A block quote (> …): a text reproduced, which only an interview the staff made covers (round 47). */
  block?: boolean
  /** An item of a list that opens the paragraph: a list of cases if the paragraph before leads it so (blind HM-007). */
  listHead?: boolean
  /** A saying set alone as the whole paragraph, a quotation only if the next paragraph opens holding it up (この精神で: blind R120A-138). */
  heldNext?: boolean
  /** Led as the words of 本人 (本人からのメッセージです): the person the post names before, in an earlier paragraph (blind JH-007 kind). */
  selfLed?: boolean
  /** Short words of a person the post tells of (blind R144A-036): told of before / pointed back at after, in this paragraph. */
  portrait?: boolean
  metBefore?: boolean
  backAfter?: boolean
  /** Led by a vague medium or author (ある本の中の次の一節): an interview the post made does not cover it (blind R166I-081). */
  vagueLed?: boolean
  /** Said at an event by someone there, told by their part (先生は「…」と話し, 一人の生徒が打ち明けてくれた): covered by an event told before (blind R188A-033). */
  eventSaid?: boolean
  /** A lecture's words pointed at as such (講義で印象に残ったのは「…」というお話): covered by a lecturer named by body before (blind UG-046 kind). */
  lectureSaid?: boolean
  /** Drawn from a survey's free answers (自由記述では「…」という声): covered by the survey named in any paragraph of the post (blind KB-032 kind). */
  freeAnswer?: boolean
}

/** What one paragraph holds (paragraph offsets). */
export interface QuotationFacts {
  /** A source that covers every quotation of the post. */
  source: boolean
  /** Quotations are examples (a scam's wording). */
  example: boolean
  quotes: Quote[]
  /** A named speaker or author in the paragraph's first / last sentence. */
  headNamed: boolean
  tailNamed: boolean
  /** The paragraph ends with a line that announces a quotation (以下、…より抜粋します。). */
  introAtEnd: boolean
  /** The paragraph's first line when it is a long unbracketed passage (a quotation if the paragraph before announced one). */
  lead: Span | null
  /** Which source to name (index into MEDIA, -1: none known). */
  medium: number
  /** The paragraph tells of an interview the post made (…さんにお話を伺いました, インタビュー): quotations after it are what was said to the staff. */
  interview: boolean
  /** …by the staff asking (not a message received, which a block quote reproduces: round 47). */
  heard: boolean
  /** The paragraph tells of reading a text in a medium it does not name (ある雑誌で読みました: round 53). */
  vagueRead: boolean
  /** The paragraph quotes nothing and ends pointing at a poem or words that follow (毎年この詩を思い出します。: blind R83A-007). */
  introVerse: boolean
  /** The paragraph's leading lines when they are short verse lines (a poem set down line by line without brackets). */
  verse: Span | null
  /** The paragraph ends with a line leading a list of cases the office receives (こんな相談が寄せられています。: blind HM-007). */
  casesAtEnd: boolean
  /**
   * The paragraph opens telling that the quotations before it were said in the city's own class (これらは、…人権学習で、子どもたちが…出し合ったものです:
   * blind IH-038), or naming them as specimens of a prejudice (こうした思い込みは、…機会を奪っています: blind KN-035 kind).
   */
  headOwnVoices: boolean
  /** The paragraph opens with a list item holding a bracket (○「…」): a list of cases may run on over paragraphs (blind IJ-129). */
  opensCase: boolean
  /** The paragraph opens taking up a saying before it as a principle (市の財政も、この精神で運営しています: blind R120A-138). */
  spiritHead: boolean
  /** The paragraph opens taking up what is before it as words (昔からよく聞く言葉ですが, いつもこの言葉を思い出します: blind R418T-019 kind). */
  wordsHead?: boolean
  /** The paragraph ends telling of a person the post is about (若手漁師さんが、…海苔を育てました。: blind R144A-036). */
  tailPerson: boolean
  /** The paragraph ends telling the reader how to say what follows (通報の際は、次のように伝えます。: blind TU-056). */
  scriptAtEnd: boolean
  /** The paragraph opens pointing back at words before it as someone's (その言葉に、思わず涙が: blind R144A-036). */
  headBack: boolean
  /** The paragraph tells of the post's own class, visit or event (授業, 見学, 体験, 参加: OWN_EVENT): remarks said there in later paragraphs are its report (blind R188A-033). */
  ownEvent: boolean
  /** The paragraph names the lecturer of the city's own session by body and office (法務局の人権擁護委員さんを講師に研修会を開きました: blind UG-046 kind). */
  lecturerNamed?: boolean
  /** The paragraph names a survey by its year, title or who ran it (令和6年度柳川市市民意識調査: blind KB-032 kind). */
  surveyTitled?: boolean
  /** The writer says they took an image or a text from another's site or work (公式サイトから画像をお借りしました: blind R149I-045). */
  borrowed?: (Span & { what: string }) | null
  /** The paragraph credits or clears a borrowed work (許可を得て, 提供：, ©, 出典, a URL). */
  credit?: boolean
  /** The paragraph's verse lines (white space dropped) and whether it calls a work the writer's own or names it with its author (blind R393S-049 kind: songStanzas). */
  stanza?: { lines: string[]; own: boolean }
}


/** Characters other than white space. */
function letters(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x3000) n++
  }
  return n
}

function isStop(c: string | undefined): boolean {
  return c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n'
}

/** Before a quotation: a work referred back to (記事では, 同紙は, その番組で): its name is in the sentence before. */
const BACK_REFERENCE = /^\s*(?:その|この|同|当該の?)?(?:記事|紙|誌|番組|放送|報道|論文|本|書籍|コラム|社説|報告書|白書|特集|インタビュー)(?:の中)?(?:では|で|には|にも|は|に|の中で)[、,]?\s*$/u
/** Before a quotation: who said it, in a clause that modifies it (専門家が言っていた『…』, 新聞に書いてあった「…」). */
const SAID_BEFORE = /(?:言って(?:い)?た|言われて(?:い)?た|話して(?:い)?た|書いて(?:あっ|い)?た|書かれて(?:い)?た|述べて(?:い)?た|紹介して(?:い)?た|紹介されて(?:い)?た|語って(?:い)?た)\s*$/u

/**
 * A claim passed on from a source that is not named (国の資料によると…とのこと, ある調査によれば…そうです,
 * 報道によると…と言われています): the sentence, as a quotation without source. A named one (気象庁によると) is a source.
 */
const REPORTED = /(?<=^|[。！？!?\n])[\s　]*([^。！？!?\n、「」『』]{1,16}?)(?:によると|によれば)[、,]?[^。！？!?\n]{4,100}?(?:とのこと|ということ|そうです|そうだ|と言われて|といわれて|らしい)/gu
const NO_REPORTS: ReadonlyArray<{ a: number; b: number; what: string }> = []
function vagueReports(t: string): Array<{ a: number; b: number; what: string }> {
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

/** The sentence before `a` and the text of the current sentence up to `a` (at most 80 characters). */
function before(t: string, a: number): { start: number; text: string } {
  const lo = Math.max(0, a - 80)
  let s = a
  while (s > lo && isStop(t[s - 1])) s--
  while (s > lo && !isStop(t[s - 1])) s--
  // One more sentence back when the quotation opens its sentence (言葉です。「…」).
  if (s === a || (s > lo && /^[\s「『“‘〝≪《«"]*$/u.test(t.slice(s, a)))) {
    while (s > lo && isStop(t[s - 1])) s--
    while (s > lo && !isStop(t[s - 1])) s--
  }
  return { start: s, text: t.slice(s, a) }
}

/** The text after `b` to the end of the next sentence (at most 80 characters). */
/** `text` up to its first sentence end (the quotation's own sentence after it). */
function sentenceEnd(text: string): string {
  const m = /[。！？!?\n]/u.exec(text)
  return m ? text.slice(0, m.index) : text
}

/** The current sentence up to `a` (from the last sentence stop or line break). */
function ownSentence(t: string, a: number): string {
  let s = a
  while (s > 0 && s > a - 120 && !/[。！？!?\n]/u.test(t[s - 1]!)) s--
  return t.slice(s, a)
}

function after(t: string, b: number): { end: number; text: string } {
  const hi = Math.min(t.length, b + 80)
  let e = b
  while (e < hi && (isStop(t[e]) || t[e] === ' ' || t[e] === '　')) e++
  while (e < hi && !isStop(t[e])) e++
  // A note in brackets right after the sentence belongs to it: …とのことでした。（ボランティア代表・古賀さん）.
  const note = /^[。！？!?]?\s?[（(][^()（）\n]{2,40}[）)]/u.exec(t.slice(e, e + 44))
  if (note) e += note[0].length
  return { end: e, text: t.slice(b, e) }
}

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
const VOICE_TAG_AFTER = /^\s?[（(][^()（）\n「」『』]{0,16}?(?:[0-9０-９]{1,3}|[二三四五六七八九]十)(?:代|歳|才)(?:前半|後半|半ば)?(?:[・、\s]?(?:男性|女性|男子|女子|の方|ご夫婦|夫婦|主婦|会社員|学生|高校生|大学生|農家))?[）)]/u
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
function attributes(text: string): boolean {
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
function attributionHead(head: string): boolean {
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
const SPEECH_ACT_AFTER = new RegExp(`^\\s?と[、,]?(?:[^。！？!?\\n「」『』]{0,10}?の)?${SPEECH_OBJECT}(?:を|も)[、,]?(?:力強く|笑顔で|熱く|改めて|静かに|丁寧に|率直に|はっきりと?)?(?:述べ|語|話|示|表明|強調|伝え|披露|口に|明か|表し)`, 'u')
const SAID_VERB = /^\s?(?:と|って)(?:書|記|述|語|話|詠|歌|言|綴|つづ|報じ|伝え|説|示|表現|応じ|答え|あいさつ|挨拶|締めくく|呼びかけ|呼び掛け|発表|公表|注意喚起|警告|要請|勧め|推奨)|^\s?と(?:し|され)て(?:いる|います|いた|いました|おり)|^\s?として[、,]?[^。！？!?\n「」『』]{0,30}?(?:発表|発令|発出|公表|呼びかけ|呼び掛け|注意喚起|警告|要請|勧告)/u
const SAID = { test: (s: string): boolean => SAID_VERB.test(s) || SPEECH_ACT_AFTER.test(s) }
/** Said aloud, not written (と述べ, と語り, と話し, と抱負を述べ): a speaker carried over from the sentences before said it (carriedSpeaker). */
const SPOKEN_SAID = /^\s?(?:と|って)[、,]?(?:述べ|語(?!られ)|話|言(?!われ)|おっしゃ|あいさつ|挨拶|答え|応じ|締めくく|呼びかけ|呼び掛け|強調|訴え|力を込め|意気込)/u

/** The public occasion words were said at, right before them (本会議における, 記者会見での, 一般質問で). */
const OCCASION_BEFORE = /(?:本会議|委員会|定例会|臨時会|全員協議会|記者会見|定例会見|会見|一般質問|代表質問|答弁|公開討論会)(?:に)?(?:おける|での|で(?:の)?)\s?$/u
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
function namesSomeone(s: string): boolean {
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
const VAGUE_BODY_DOC_BEFORE =
  /(?:(?<![一-龠々ァ-ヶー])(?:国|県|市|町|村|政府|役所|役場)の(?:[一-龠々ァ-ヶー]{0,10}(?:計画|方針|指針|ガイドライン|報告書|白書|ビジョン|戦略|プラン|資料|文書|冊子|パンフレット|リーフレット)|資料)|[一-龠々ァ-ヶー]{1,16}(?:省|庁)の(?:資料|文書|冊子|配布資料|説明資料))(?:の中)?(?:には|に|では|で|にも|でも)[、,]?\s?$/u
/**
 * Blind R123A-134: words said to be written in a medium, passed on as hearsay right after them (法務省のサイトには「…」とあるそうです, 資料に
 * 「…」と書いてあるらしい, 本に「…」って書いてあったげな): the writer did not read the medium themselves, so a body's site or paper named
 * without its title or URL is no source for the words. Words the writer read there (国税庁のホームページでは「…」と案内されています) stay named.
 */
const MEDIUM_BEFORE = /(?:サイト|ホームページ|HP|ウェブ|資料|本|新聞|記事|パンフレット|リーフレット|冊子|広報|チラシ|ポスター)(?:の中)?(?:には|に|では|で|にも)[、,]?\s?$/u
const WRITTEN_HEARSAY_AFTER = /^[」』”〟]?\s?(?:と|って)(?:も)?[、,]?(?:ある|あった|あり|書いて(?:ある|あった|い|あり)|書かれて(?:いる|いた|い|おり)|記されて(?:いる|いた|い)|載って(?:いる|いた|い|る|た)|出て(?:いる|いた|る|た))[^。！？!?\n「」『』]{0,6}?(?:そう(?:です|だ|な|よ|ね)|らしい|らしか|げな|とか|って聞|と聞)/u
/**
 * Blind R123A-146: an interview that was someone else's piece (PRのインタビューで、料理研究家さんが「…」って言ってた, テレビのインタビューで
 * 専門家の方が「…」と話していました): the interview is named as where the words were said (〜のインタビューで), the speaker is left as a kind
 * of person, and the words are told as said back then (言ってた, 話していました), not to the staff (話してくれました): the post's own interview
 * (…さんにインタビューしました) is not this.
 */
const OTHERS_INTERVIEW_BEFORE = /[^。！？!?\n「」『』]{1,20}?の(?:インタビュー|取材|対談|番組|動画)(?:で|では|の中で)[、,]?[^。！？!?\n「」『』]{0,20}?(?:が|は|も)[、,]?\s?$/u
const SAID_THEN_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:言って|いって|言いよっ|話して|話されて|語って|答えて|おっしゃって)(?:い|お(?:られ)?)?(?:た|ました|たよ|たモン|たもん|たん)/u
/**
 * Blind IL-141: the author and the work named right after the quotation (「…」と白秋は『思ひ出』の序文に記しています, 「…」と漱石が『草枕』に
 * 書いている): a name, then the title in 『』 (with its part: の序文, の冒頭) as where it was written. A kind of person (ある作家は, 詩人が) or
 * a vague holder names no one.
 */
const AUTHOR_WORK_AFTER = /^[」』”〟]?\s?と[、,]?\s?(?!ある|とある|某|どこかの)([一-龠々ァ-ヶー]{2,8})(?:さん|氏|先生)?(?:は|が|も)[、,]?\s?(?:[^『「」』。！？!?\n]{0,8}?の)?『[^『』\n]{1,30}』(?:の[一-龠々]{1,4})?(?:に|には|で|の中で|の中に)[、,]?(?:こう|そう)?(?:記し|記さ|書い|書き|書か|詠ん|詠み|述べ|綴っ|綴り|残し|記述し)/u
function authorWorkAfter(text: string): boolean {
  const m = AUTHOR_WORK_AFTER.exec(text)
  return m !== null && !GENERIC_PERSON.test(m[1]!) && !UNNAMED_AUTHORITY.test(m[1]!)
}
/**
 * Blind IK-082: words given as examples of a kind of remark, led by 例えば and closed by といった言葉 (例えば、「税金泥棒」「お前らの給料は誰が
 * 払っていると思っているんだ」といった言葉や、大声で…行為は): a notice's instances of what not to say, no one's text to cite. Words merely
 * introduced (例えば、「…」という名言があります) are not: the frame after them names a kind of remark.
 */
const FOR_EXAMPLE_BEFORE = /(?:例えば|たとえば|例として)[、,]?\s?(?:[「『][^」』\n]{1,40}[」』][、・\s]{0,2}){0,4}$/u
const KIND_OF_REMARK_AFTER = /^\s?(?:といった|のような|などの|みたいな|などといった|などと(?:いう|いった))(?:言葉|発言|言い方|暴言|一言|ひと言|言動|セリフ|台詞|物言い|要求)/u
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
function officeHearsay(before: string, after: string, paragraph: string): boolean {
  return OFFICE_SPEAKER_BEFORE.test(before) && HEARSAY_AFTER.test(after) && !OCCASION_NAMED.test(paragraph) && !OFFICE_NAMED.test(paragraph) && !OFFICE_DUTY.test(paragraph)
}
/**
 * Blind R109A-113: a remark the writer only heard of, passed on in the lead right before it (姉妹都市の市長さんが昔、こんなことを言って
 * いたそうです。⏎『…』, 以前、ある方が次のようにおっしゃっていたと聞きました, 先代の船頭さんがこう言いよったげな): the hearsay ending
 * (そうです, らしい, げな, と聞きました) tells the words came second-hand, so the speaker named in it is no source — with no occasion, date or
 * medium in the paragraph, nothing says where or when they were said. Speech the writer heard themselves (こう話してくれました) stays.
 */
const HEARSAY_LEAD = /(?:こんなこと|こういうこと|そんなこと|このようなこと|次のようなこと|以下のようなこと|こう|次のように|このように|こんなふうに|こげんこと|こげん)(?:を|も|と)?[、,]?(?:よく|いつも|よう)?(?:言って|いって|言っと|いっと|言うと|言いよ|言いよっ|言われて|言われと|おっしゃって|仰って|話して|話されて|話しと|語って|語られて|述べて|述べられて)(?:い|お(?:られ|り))?(?:た|ました|った|ったん|たん)?(?:そう|らしい|らしか|げな|とか|と聞き|と聞い|って聞き|って聞い|と伺い|と伺っ)[^。！？!?\n「」『』]{0,8}[。！？!?]?\s*$/u
function hearsayLead(before: string, paragraph: string): boolean {
  return HEARSAY_LEAD.test(before) && !OCCASION_NAMED.test(paragraph.replace(/[「『][^」』\n]{0,200}[」』]/gu, ''))
}
/**
 * Blind IB-129: a speaker named by their role at an occasion the post names (サテライトオフィスの開所式で、同社の代表は「…」とあいさつしました,
 * 記念式典では市長が「…」と述べました): who said it and where are both told, as the staff's report of the ceremony. A vague body (ある会社の
 * 代表) or no occasion named leaves it a quotation without source; hearsay after it (と述べていたそうです) is not a report.
 */
const OCCASION_ROLE_BEFORE = /(?:開所式|開院式|開園式|開館式|開校式|開業式|開通式|開会式|閉会式|開幕式|竣工式|落成式|起工式|調印式|締結式|協定式|表彰式|授与式|贈呈式|除幕式|入学式|卒業式|入社式|修了式|開講式|式典|記念式典|記念式|セレモニー|祝賀会|記者会見|会見|発表会|披露会|完成披露|報告会|交流会|出発式|出陣式|歓迎会|レセプション)(?:で|にて|において|の席で|の席上|では|の冒頭で|のあいさつで|の挨拶で)[、,]?[^。！？!?\n「」『』]{0,24}?(?<!ある|とある|某|どこかの)(?:同社|同行|同校|同館|同院|同法人|同協会|同組合|当社|各社|[一-龠々ァ-ヶー]{1,12})?の?(?:代表|代表者|代表取締役|社長|副社長|会長|理事長|頭取|学長|校長|園長|館長|院長|所長|支店長|局長|部長|組合長|委員長|実行委員長|市長|副市長|知事|議長|町長|村長|大使|総領事|教育長|CEO)(?:[ 　]?[一-龠々]{1,4}[ 　]?[一-龠々]{1,3})?(?:さん|氏|様)?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,12}$/u
const OCCASION_SPEECH_AFTER = /^[」』”〟]?\s?と[、,]?[^。！？!?\n「」『』]{0,10}?(?:あいさつ|挨拶|述べ|話し|語り|語っ|スピーチ|応じ|答え|呼びかけ|抱負を|決意を|喜びを|感謝を)(?![^。！？!?\n]{0,12}(?:そう|らしい|げな|と聞))/u
function occasionSpeech(before: string, after: string): boolean {
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
function speechHeading(before: string): boolean {
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
function occasionDash(afterText: string): boolean {
  const m = DASH_LINE_AFTER.exec(afterText)
  if (!m) return false
  const line = m[1]!
  return ((RECEIVING_OCCASION.test(line) && SPEECH_DATE.test(line)) || RECEIVED_AT.test(line)) && !/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの|よその)|ネット|SNS|掲示板|書き込み|口コミ|投稿/u.test(line)
}
/**
 * Blind IB-141: a question visitors or readers put to the city, answered in the post (Our friends from Taiwan asked: "Is the river boat open in
 * winter?" Yes! …; A visitor asked us, "…?"): a received voice, as 「…」というご質問 is — a question only: a remark told us (A visitor once
 * told us: "…") stays a quotation. Not a medium (A travel magazine asked:), nor a famous someone (A famous poet once asked:).
 */
const EN_ASKED_BEFORE = /(?:(?:^|[^A-Za-z])(?:friends?|visitors?|guests?|travell?ers?|tourists?|followers?|readers?|residents?|kids|children|students|families|family|someone|people|customers?|passengers?|fans)(?:\s[^.!?\n"“”:]{0,30})?\s(?:asked|asks|wondered|wanted to know)(?:\sus|\sme)?|(?:^|[^A-Za-z])asked\s(?:us|me))\s?[:：,]?\s?["“]?$/iu
const EN_MEDIUM = /magazine|newspaper|article|column|blog|website|book|novel|poem|poet|writer|author|famous|TV|show|program(?:me)?|podcast|online|internet|posted|tweet/iu
function askedInEnglish(before: string, quote: string): boolean {
  return EN_ASKED_BEFORE.test(before) && !EN_MEDIUM.test(before) && /[?？]\s*["”]?\s*$/u.test(quote)
}
/**
 * Reported speech at an event: the staff heard the participants (参加した児童は「…」と話していました); blind R94A-047: also said of them in
 * honorifics (最年長で参加された方は「…」と笑顔で話されていました, 来場されたご家族は「…」とおっしゃっていました).
 */
/** A label over voices the city collected itself: 参加者の声：「…」（市内・30代）. */
/** Blind R62A-076: also as a heading the voices are drawn from (■生徒の感想から, 参加者の声より). */
const VOICE_LABEL = /(?:参加者|利用者|来場者|受講者|体験者|お客様|市民|住民|保護者|児童|生徒|園児|受講生|アンケート)(?:の|から(?:の)?)(?:声|感想|ご意見|コメント|回答)(?:から|より)?[:：]?\s?$/u
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
const SURVEY_IN_SENTENCE = /(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその|某)(?:(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度|市|県|国|委員会|センター|協議会)(?:の|が)?[^。！？!?\n「『（(]{0,16}?(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査|調査)(?:[（(][^）)\n]{2,40}[）)])?|(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査|調査)[（(][^）)\n]{0,30}?(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年|実施)[^）)\n]{0,30}[）)])(?:では|で|の結果(?:では|で)?|によると|によれば)[、,]?[^。！？!?\n「『」』]{0,30}$/u
const ANSWERED_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:答え|こたえ|回答)|^[」』”〟]?\s?(?:という|との|を選んだ|と答えた|と回答した)(?:ご?回答|答え|人|方|割合|児童|生徒|保護者|市民)/u
/**
 * Blind IH-085: an item of a survey the post reports, told by the share of those who answered it (「…」と答えた中学生の割合が全国より高く,
 * 「…」と回答した人は約3割, 「…」って答えた人が半分以上): the survey's own wording, its source the survey the post names (調査, アンケート,
 * 質問). Not a survey in a medium left vague (ネットのアンケート, ある調査).
 */
const ANSWERED_SHARE_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:答え|こたえ|回答し|回答され|選ん|選択し)(?:た|て(?:い|お)(?:る|た|ます|ました))[^。！？!?\n「『]{0,16}?(?:割合|比率|人数|数|率|人|方|児童|生徒|保護者|市民|子ども)(?:は|が|も|の)[^。！？!?\n]{0,24}?(?:[0-9０-９]|[一二三四五六七八九十]割|割合|半数|半分|過半数|全国|平均|高|低|多|少|上回|下回|増|減|最も)/u
const SURVEY_REPORTED = /(?<!ある|とある|ネットの|ネット|SNSの|SNS|どこかの|よその|某|民間の|他市の|他の)(?:調査|アンケート|質問紙|質問調査|生活習慣に関する質問|意識調査|世論調査)/u
/**
 * Blind IH-038: quotations told, right after them or as the next paragraph's opening, to be what participants of the city's own class or
 * workshop said or wrote there (これらは、市内の小中学校の人権学習で、子どもたちが「言われたら悲しい言葉」として出し合ったものです,
 * いずれも講座の受講者が書いてくれた感想です): the city's own material, as a participant's words are. Not words read in a medium.
 */
const OWN_CLASS_VOICES = /^[\s」』”〟。、―—‐-]{0,6}(?:これら|これ|以上|いずれ|どれ)(?:は|も)[、,]?[^。！？!?\n]{0,60}?(?:授業|学習|学級活動|道徳|講座|教室|研修|ワークショップ|話し合い|意見交換|アンケート|出前講座|学級会|ホームルーム)[^。！？!?\n]{0,40}?(?:子ども|子供|こども|児童|生徒|参加者|受講者|受講生|園児|学生|中学生|小学生|高校生)(?:たち|の皆さん|のみなさん)?(?:が|から)[^。！？!?\n]{0,30}?(?:出し合っ|挙げ|あげ|書い|出し|寄せ|考え|発表し|話し合っ|書き出し|口にし)(?:た|てくれた|てくれました|ていただいた|ました)(?:もの|言葉|例|意見|声|感想)?/u
function ownClassVoices(t: string): boolean {
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
function prejudiceNamed(t: string): boolean {
  const m = PREJUDICE_NAMED.exec(t)
  return m !== null && !IN_MEDIUM.test(m[0]) && !VAGUE_MEDIUM_LEAD.test(m[0])
}
const SURVEY_NAMED = /(?<!ある|とある|ネットの|ネット|SNSの|どこかの|よその)(?:(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年度?|[0-9０-９]{4}年度?|今年度|昨年度|本年度|前年度)(?:の)?[^。！？!?\n「『（(]{0,16}?(?:アンケート|意識調査|実態調査|市民調査|世論調査|満足度調査|ニーズ調査)(?:調査)?(?:[（(][^）)\n]{2,40}[）)]|[「『][^」』\n]{2,40}[」』])?|(?:アンケート|意識調査|実態調査|市民調査|満足度調査|ニーズ調査)(?:調査)?(?:[（(][^）)\n]{0,30}?(?:(?:令和|平成)(?:[0-9０-９]{1,2}|元)年|[0-9０-９]{4}年|調査|アンケート)[^）)\n]{0,30}[）)]|[「『][^」』\n]{2,40}(?:調査|アンケート)[」』]))(?:の|で(?:の|いただいた|寄せられた)?)?(?:自由記述|自由回答|自由意見|記述|回答|ご回答|ご意見|意見|声|感想|コメント)(?:欄)?(?:から|より)[、,]?[^。！？!?\n「『]{0,20}?(?:ご紹介|紹介|抜粋|一部|いくつか|お届け)?[^\n「『]{0,12}\s*$/u
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
function surveyTitled(t: string): boolean {
  return SURVEY_WORD.test(t) && SURVEY_TITLED.test(t)
}
function freeAnswerLed(masked: string, a: number): boolean {
  const raw = masked.slice(Math.max(0, a - 160), a)
  if (!FREE_ANSWER_WORD.test(raw)) return false
  const w = raw.replace(/[\s・●○◆◇■□▼▽\-－*＊、,]+$/u, '')
  const m = FREE_ANSWER_LEAD.exec(w)
  if (m === null) return false
  const lead = w.slice(Math.max(0, w.lastIndexOf('。', m.index) + 1), w.length)
  return !IN_MEDIUM.test(lead) && !VAGUE.test(lead) && !/ある|某|他市|よその/u.test(lead)
}
/**
 * Blind TX-057: the participant told by their part and the school, team or town they came for (優勝した大和中学校のチームは「…」と話していました,
 * 参加した城内小学校の児童は, 入賞した柳川高校の生徒が): the staff's report of the event, as 参加した児童は is.
 * Blind R253E-056 kind: a runner, a cyclist or a guest of the event (ゴールしたランナーさんは「…」と話していました) is its participant too — said
 * there, not a post of theirs quoted.
 */
const INTERVIEWEE = /(?:(?:参加|体験|来場|受講|出席|見学|来訪|出場|優勝|入賞)(?:した|された|していた|されていた|しておられた)(?:[一-龠々ァ-ヶー]{1,12}の)?(?:方|人|親子|家族|児童|生徒|子ども|子どもたち|皆さん|学生|留学生|チーム|選手)|親子|ご家族|受講生|卒業生|新成人|(?:ランナー|サイクリスト|ゲスト|サポーター)(?:さん|の方|の皆さん)?|地元の方|地元の皆さん|ボランティアの(?:方|皆さん)|中学生|高校生|小学生|留学生|観光客|旅行者|受賞者|入賞者|参加者|参加した(?:方|人|児童|生徒|子ども|子どもたち|皆さん)?|来場者|来場した方|児童|生徒|子どもたち|子ども|市民の方|地域の方|住民の方|利用者|受講者|出場者|保護者|方々|皆さん)(?:の(?:キャプテン|主将|代表|リーダー|メンバー|皆さん|方|お一人|一人))?(?:は|が|も|からは|から)[^。\n]{0,20}$|(?:新成人|成人|卒業生|在校生|新入生|児童|生徒|園児|選手|参加者|受講生|学生|団員|隊員|会員|新規採用職員|新採職員)代表(?:の)?(?:お?(?:[一二三四五1-5]人|ふたり|ひとり)|[一二三四五1-5]名|方|皆さん|者)?(?:は|が|も)[^。\n]{0,20}$|(?:キャプテン|主将|代表者|代表の方|会員の方|メンバーの方|スタッフの方|お店の方|会長|園長|校長|館長|店主|店長|船頭|職人|生産者|農家|漁師|組合長|実行委員長|委員長|主催者)(?:さん)?(?:は|が|も|からは)[^。\n]{0,20}$/u
/**
 * Round 49: a resident the post describes by their part in its event or by their place (20年以上参加しているという地区の方は,
 * 毎年出店している地元の男性は, 初めて参加したという高校生は, 町内の皆さんは) saying it there (と笑顔で話していました): what the staff
 * heard at the city's own event, told with who said it, as INTERVIEWEE's participants are; not someone met in a medium (テレビで地元の
 * 方は), not an authority or a vague someone (長年研究している専門家の方は, ある地区の方は), not without an event in the paragraph.
 */
const DESCRIBED_RESIDENT =
  /(?:(?:地区|町内|自治会|行政区|校区|公民館|隣組|近所|ご近所|地元|商店街|集落|沿岸|漁協|農家)の|(?:てい|てき|てお|てこられ|ておられ|続けてい|続けてき)(?:る|た)(?:という|との)?[^。\n「」『』]{0,8}?|(?:初|はじめて|初めて)(?:参加|出場|出店|体験)(?:した|された|の|という|したという)[^。\n「」『』]{0,8}?)(?:方|男性|女性|ご夫婦|夫婦|お年寄り|高齢者|皆さん|みなさん|皆様|方々|親子|小学生|中学生|高校生|大学生|おじいさん|おばあさん|お母さん|お父さん|区長|班長)(?:さん)?(?:は|が|も|からは)[^。\n「」『』]{0,20}$/u
/** …at an event of the city or the town the paragraph tells of (清掃, 祭り, 参加). */
const LOCAL_EVENT = /清掃|掃除|祭|まつり|大会|運動会|体育祭|作業|活動|行事|収穫|田植え|稲刈り|植樹|防災訓練|訓練|集い|交流会|市場|朝市/u
/** Said to the writer (と話してくれました, と教えてくださいました, と語っていただきました): the post collected it. */
/** Before a quotation: a medium it was found in (ネットの記事で, テレビで): read, not told to the writer. */
const IN_MEDIUM = /記事|新聞|テレビ|ネット|番組|雑誌|書籍|本で|本に|サイト|SNS|ブログ|投稿|動画|ラジオ|チラシ|ポスター/u
const TOLD_US = /^\s?(?:と|って)[^。\n]{0,8}?(?:話して|語って|教えて|答えて|聞かせて|話を?して)(?:くれ|ください|くださ|いただ|もらい|もらっ)/u
const TOLD = /^\s?(?:と|って)[^。\n]{0,12}(?:話し|話す|話さ|語っ|語り|語る|語ら|笑顔|喜ん|喜び|振り返|感想|答え|声を|言っ|言い|おっしゃ)|^\s?と[、,]?(?:[^。\n「」]{0,8}?(?:誓い|決意|抱負|お礼|感謝|答辞|謝辞|歓迎)の(?:言葉|あいさつ|挨拶)を?(?:述べ|贈|送|読み上げ)|(?:答辞|謝辞|お礼の言葉)を(?:述べ|読み上げ|贈)|(?:力強く|堂々と|高らかに)?(?:宣誓|誓い|誓っ|決意を(?:述べ|新た)|抱負を(?:述べ|語)))/u

/**
 * Blind LG-059 kind: the pupil, child or participant who made what the post presents, told by the making (考えてくれた生徒さんは,
 * 描いてくれた児童さんは, 作った子どもたちは, 参加した生徒さんは) and whose words the staff relay (「…」とのことでした, と話していました):
 * the person the post is about, heard by the school, not a post of theirs quoted. Only a pupil or a participant after a verb of making or
 * taking part; a vague one (ある生徒は) or one met in a medium (記事で生徒さんは) names none.
 */
const MAKER_PUPIL_BEFORE = /(?:考え|作っ|つくっ|描い|書い|デザインし|育て|提案し|参加し|発表し)(?:て(?:くれ|くださっ|もらっ|いただい))?た(?:[一-龠々ァ-ヶー0-9０-９]{1,10}の)?(?:生徒|児童|園児|子ども|子供|こども|中学生|小学生|高校生|学生)(?:さん)?(?:たち|達)?(?:は|が|からは)[、,]?\s?$/u
const RELAYED_AFTER = /^[」』”〟]?\s?(?:との(?:こと|事)(?:です|でした|だ)|と[^。\n「」『』]{0,8}?(?:話し|語っ|語り|言っ|言い|教えて|答え))/u
/** A note in brackets, as after a name (（掲載の了承をいただいています）, （72））. */
const NAME_NOTE = /[（(][^()（）\n]{1,30}[）)]/gu

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
function namedSubject(s: string): boolean {
  if (CITY_SECTION_SUBJECT.test(s) || CITY_ITSELF_SUBJECT.test(s)) return true
  SUBJECT.lastIndex = 0
  for (let m = SUBJECT.exec(s); m; m = SUBJECT.exec(s)) if (!GENERIC_SUBJECT.test(m[1]!) && !VAGUE.test(s.slice(Math.max(0, m.index - 8), m.index + 1))) return true
  return false
}

/** The one who said or wrote it, named before a modifying clause (北原白秋が書いていた「…」), not a kind of person (専門家が). */
const SAYER = /([一-龠々]{3,6}|[ァ-ヶー]{2,10}・[ァ-ヶー・]{2,12})(?:さん|氏|先生|様)?(?:が|の)[^、。！？!?「『]{0,12}?(?:言って|言われて|話して|書いて|書かれて|述べて|語って|紹介して)/gu
function namedSayer(s: string): boolean {
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
 */
const OWNER_BEFORE =
  /(?<![一-龠々ァ-ヶー])((?:[一-龠々]{0,4}?(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|校長|学長|園長|館長|院長|理事長|組合長|会長|社長|大臣|首相|総理))|[一-龠々]{3,6}|[ァ-ヶー]{2,10}・[ァ-ヶー・]{2,12}|[一-龠々ァ-ヶー]{1,6}[ 　]?(?:さん|氏|先生|様|さま|選手|監督|教授))の(?:『[^『』「」\n]{1,30}』[^「『」』。！？!?\n]{0,12}?)?[、,]?\s?$/u
const OWNED_WORDS_AFTER = /^[」』”〟]?\s?(?:という|との|といった)(?:お?言葉|ひと言|一言|一節|一文|文|くだり|名言|格言|発言|ご発言|お話|メッセージ|あいさつ|ご?挨拶|式辞|詩|句|歌詞|歌|短歌|俳句|和歌|フレーズ)/u
const OFFICE_OWNER = /(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|校長|学長|園長|館長|院長|理事長|組合長|会長|社長|大臣|首相|総理)$/u
/** A kanji run that ends as a kind of person, a body, an event or a thing does, not as a given name (大学教授, 人権週間, 防災訓練). */
const NOT_A_GIVEN_NAME = /(?:教授|博士|士|師|官|医|手|員|者|生|家|人|長|会|校|課|館|式|祭|展|月|年|度|節|期|日|町|市|県|村|区|地|所|園|団|部|店|社|間|動|練|画|策|語|法|書|文|集|報|誌|紙|局|署|省|庁|隊|組|線|駅|橋|川|寺|宮|題|案|議|典|業|育|室|係|協|院|科|界|際|後|前|中|内|外|的|性|力|心|感|観)$/u
function ownerBefore(bf: string, af: string): boolean {
  if (!OWNED_WORDS_AFTER.test(af)) return false
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
  `(?:[『「][^『』「」\\n]{2,40}?(?:法|法律|条例|規則|要綱|要領|規程|計画|憲章|条約)[』」]|(?<![一-龠々ァ-ヶー])[一-龠々ァ-ヶー]{2,24}?(?:(?<!方|手|用|技|工|製|療|寸|作|文|話|論|戦|魔|説|算|筆|農|漁|対処|解決|予防|調理|保存|栽培|活用|利用)法|条例|規則|要綱|計画))(?:第${NUM}条(?:第${NUM}項)?(?:第${NUM}号)?)?(?:は|では|で|には|において)[、,]?[^。！？!?\\n「『」』]{0,24}$`,
  'u',
)
const LAW_SAYS_AFTER = /^[」』”〟]?\s?と(?:定め|定められ|規定し|規定され|され|うたっ|うたわれ|謳っ|謳われ|明記し|明記され|記し|記され|掲げ)/u
function lawSays(bf: string, af: string): boolean {
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
function fullNameSays(bf: string, af: string): boolean {
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
 * Blind GW-041: the city's own broadcast reproduced (防災行政無線, 防災無線, 広報無線, 緊急放送 named in the paragraph): the quotation opens
 * with the broadcaster's own name (こちらは、防災やながわです, こちらは柳川市役所です), or stands right under a line that heads it as the
 * broadcast's text (【防災行政無線 放送内容】, 放送文：). Another's words heard on it or elsewhere (ある専門家は「…」) are not this.
 */
const CITY_BROADCAST = /防災行政無線|行政無線|防災無線|広報無線|同報(?:系)?無線|防災ラジオ|緊急放送|防災放送|屋外(?:拡声|スピーカー)/u
const BROADCASTER_OPENING = /^[「『]\s?こちらは[、,]?\s?[^。、「」『』\n]{2,16}?(?:です|でございます)[。、]/u
const BROADCAST_HEADING = /(?:放送内容|放送文|放送した内容|放送の内容|放送原稿|放送しました|放送します|放送文案)[】）)]?[^\n]{0,30}$/u
function ownBroadcast(t: string, masked: string, a: number): boolean {
  if (!CITY_BROADCAST.test(masked)) return false
  if (BROADCASTER_OPENING.test(t.slice(a, a + 24))) return true
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (t.slice(lineStart, a).trim() !== '' || lineStart === 0) return false
  const prev = t.slice(t.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1)
  return CITY_BROADCAST.test(prev) && BROADCAST_HEADING.test(prev)
}

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
function hasSource(text: string): boolean {
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
function isVerse(inner: string, katakanaToo = false): boolean {
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
const CLASSICAL = /[ゐゑヰヱ]|(?<=[一-龠々])[えけせてねへめれげぜべ]り(?=[\s\u3000。、]|$)|(?:思|言|云|歌|うた|習|舞|匂|にほ|まよ|給|候|住|思ひ|逢|会|あ)ふ(?:もの|こと|ころ|らむ|べし|なり|[\s\u3000。、]|$)|(?:に|て|たり|なり)けり|べし(?:[\s\u3000。、]|$)|(?:なり|けり|たり)(?:[\s\u3000。]|$)|らむ(?:[\s\u3000。]|$)/u

/**
 * A line of an old text set down without brackets (水郷柳河こそは、我が生れの里である。…我が詩歌の母體である。): old-form kanji
 * (體, 國, 舊 …) with a 文語 word (我が, 汝, なり, けり, こそ), or 歴史的仮名遣い and 文語 endings (ゐ, ゑ, けり, べし): the city
 * writes neither, so the line is someone's, quoted.
 */
const OLD_FORM = /[體國學舊會來發變晝聲與傳廣戀氣歸處實寫壽樂藝當圖鐵獨讀賣萬禮兒齒區驛櫻譯邊濱龍齋鑛寳聽廳應從兩惡圍榮價擧懷廢拂佛辯辭]/u
const OLD_TEXT_WORD = /我が|吾が|吾|汝|なり(?:[、。\s]|$)|けり|ける|こそ|ぞ(?:[、。\s]|$)|ざる|ぬる|たる(?![^\s。、]{0,2}[人方])/u
const CLASSICAL_STRONG = /[ゐゑヰヱ]|けり(?:[\s\u3000。、]|$)|(?:なり|たり)ける(?:[\s\u3000。、]|$)|べし(?:[\s\u3000。、]|$)|らむ(?:[\s\u3000。、]|$)/u
function isOldText(line: string): boolean {
  return letters(line) >= 12 && !/[「『“‘〝≪《«"」』]/u.test(line) && ((OLD_FORM.test(line) && OLD_TEXT_WORD.test(line)) || CLASSICAL_STRONG.test(line))
}

/**
 * Blind GS-042: a headline in 【】 whose last sentence speaks in the city's polite or calling voice (…が続いています。…声をかけ合いましょう,
 * …を開放します。ご利用ください, …早めの避難を): the city writes its own headings so; a quoted passage in 【】 is set down in its author's
 * plain or literary form (…知恵の町でもある。…住民たちだった。).
 */
const HEADLINE_VOICE = /(?:ます|ました|ません|です|でした|ましょう|ませんか|ください|下さい|(?<=[一-龠々ァ-ヶー])を)[。！!？?]?[ 　]*$/u
/** After a quotation: a dash, then what it is to the post (――今回のコンサートのテーマです, — 私たちの合言葉): an epigraph. */
/**
 * Round 26: a saying set at the head of a post on its own (「走ることは、自分自身との対話だ」。市民マラソン大会…): a topic and a
 * plain or classical sentence end, no question or exclamation, the bracket ended by a stop, a line break or the end. The city's
 * own copy (柳川, 私たち, 標語, スローガン) and a resident's words told (楽しかった) are not sayings.
 */
const HEAD_SAYING_END = /(?:(?<=[一-龠々])[えけせてねへめれげぜべ]り|だ|である|なり|なし|のだ|ものだ|ことだ|ない|ず|る|い|く|べし|也|けり|ぞ|なれ|あれ|ある|す|つ|ぬ|む)$/u
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
function headSaying(t: string, a: number, i: number): boolean {
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
/** A topic a maxim states something of: は/が (とは) before 、 or a word in kanji or katakana (子育ては、親育て, 挨拶は心の窓), not が inside a word (うがい). */
const MAXIM_TOPIC = /[^\s]{2}(?:は|が|とは)(?:[、,]|[一-龠々ァ-ヶー])/u
function maximAffirmed(t: string, a: number, i: number): boolean {
  if (a > 0 && !/[。！!？?\n]/u.test(t.slice(Math.max(0, a - 2), a).trimEnd().slice(-1) || '\n')) return false
  const inner = t.slice(a + 1, i).trim().replace(/[。．]$/u, '')
  if (letters(inner) < CALLED_MIN || inner.length > 40 || /[？?！!「『」』]/u.test(inner)) return false
  if (!/^[ 　]*(?:[。．]|[-―—─]{1,3}|[ 　]*\n)/u.test(t.slice(i + 1, i + 4))) return false
  return (MAXIM_TOPIC.test(inner) || /[^\s]より[、,]?[^\s]/u.test(inner)) && !OWN_COPY.test(inner) && MAXIM_MARK.test(t.slice(i + 1, i + 70))
}
/**
 * Blind R120A-138: a saying set alone as its own sentence or line (「入るを量りて出ずるを為す」。⏎⏎市の財政も、この精神で運営しています,
 * 「…」。この教えを胸に): the next sentence takes it up as a principle the writer follows (この精神で, この教えを, この心構えで) — someone's words
 * held up, with no author named, however short. The city's own copy (OWN_COPY: 柳川, ましょう, 市民) is not one.
 */
const SPIRIT_AFTER = /^[」』”。．\s―—─]{0,4}[^「『」』\n。]{0,20}?(?:この|その)(?:精神|教え|心構え|心がけ|心掛け|考え方|姿勢|戒め|訓え)(?:で|を|に|の|は|が|こそ|のもと|にのっと|に沿)/u
function loneSaying(inner: string): boolean {
  const body = inner.trim().replace(/[。．]$/u, '')
  return letters(body) >= CALLED_MIN && body.length <= 40 && !/[？?！!「『」』]/u.test(body) && !OWN_COPY.test(body)
}
function spiritHeld(t: string, a: number, i: number): boolean {
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
function summedUp(t: string, a: number, i: number): boolean {
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
function praisedWords(t: string, a: number, i: number): boolean {
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
function handedDown(t: string, a: number, i: number): boolean {
  const af = t.slice(i + 1, i + 30)
  return (HANDED_DOWN_BEFORE.test(t.slice(Math.max(0, a - 12), a)) && HANDED_DOWN_AFTER.test(af)) || HANDED_DOWN_AFTER_ONLY.test(af)
}
/**
 * Blind R200D-013 kind: a saying held up as what is commonly said, the clause after it leaning on it (「…」と言われるとおり, 「…」と言うように,
 * 「…」とよく言われますが): words that read as a sentence (HEAD_SAYING_END) are someone's saying, its author still to name, however short. Named as
 * a proverb (PROVERB_AFTER), the city's own copy (OWN_COPY), a question, a nickname without a predicate (「水の都」と言われるように), a claim of how
 * things work (「朝食をとると…上がる」と言われるように) or words of a speaker the sentence names before them (…が「…」と言うように) is not.
 */
const COMMONLY_SAID_AFTER = /^[」』]\s?(?:と|って)[、,]?(?:よく|昔から|古くから)?[、,]?(?:言われる|いわれる|言う|いう|言われている|いわれている|言われています)(?:とおり|通り|ように|よう(?:に)?|ごとく)|^[」』]\s?(?:と|って)[、,]?よく(?:言われ|いわれ)(?:ます|ています|る|て(?:い|お)ます)(?:が|けど|けれど)?[、。,]/u
function commonlySaid(t: string, a: number, i: number): boolean {
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
function headLatinSaying(t: string, a: number, i: number): boolean {
  if (t.slice(0, a).trim() !== '') return false
  const inner = t.slice(a + 1, i).trim()
  if (!LATIN_SAYING.test(inner) || LATIN_OWN_COPY.test(inner)) return false
  return /^[ \u3000\n]{0,3}[ぁ-ゖ一-龠々ァ-ヶ]/u.test(t.slice(i + 1, i + 5))
}
/** Round 26: a passage framed as a quotation in the text ((以下引用)…(引用ここまで), 【引用】…【引用終わり】). */
const FRAME_OPEN = /(?:[（(【［\[〈<＜]|[▼▽▲△■◆●―—-]{1,3})\s?(?:(?:以下|ここから|これより|次)[、,\s]?(?:は)?(?:引用|抜粋|転載)(?:です|します|文)?|引用(?:文)?|(?:引用|抜粋|転載)(?:開始|はじめ|ここから))\s?(?:[)）】］\]〉>＞]|[▼▽▲△■◆●―—-]{1,3})[:：]?/gu
const FRAME_CLOSE = /(?:[（(【［\[〈<＜]|[▼▽▲△■◆●―—-]{1,3})\s?(?:(?:引用|抜粋|転載)(?:は)?(?:ここまで|おわり|終わり|終了|終|了|以上|完)|(?:ここまで|以上)[、,\s]?(?:が|は)?(?:引用|抜粋|転載))\s?(?:[)）】］\]〉>＞]|[▼▽▲△■◆●―—-]{1,3})/u
/**
 * A line that cites a work: its author or issuer and 『title』 in brackets or after a dash, or 出典： (（…委員会『…』平成18年刊、12ページより）).
 * Blind KV-027 kind: 出典： in brackets too (（出典：福岡管区気象台 福岡県気象情報 第3号）).
 */
const CITATION_LINE = /\n[ \u3000]{0,3}(?:[（(][^（）()\n『』]{0,24}『[^』\n]{1,40}』[^（）()\n]{0,30}[）)]|[-—―‐─]{1,3}[ \u3000]?[^\n『』]{0,20}『[^』\n]{1,40}』[^\n]{0,30}|[（(]?(?:出典|引用元)[ \u3000]?[:：][^\n]{2,60})[ \u3000]*(?=\n|$)/u
/**
 * Blind R177I-041 kind: the line under a passage announced by the line before (…という一節があります。⏎（北原白秋『思ひ出』「わが生ひたち」より）)
 * that is wholly a citation in brackets, the work (and its chapter, in 「」) and より/から at its end, or a 出典： label: the passage's source,
 * no part of the passage (its 「わが生ひたち」 a chapter's title, not words quoted).
 */
const SOURCE_LINE =
  /^[ \u3000]{0,3}(?:[（(][^（）()\n]{2,60}(?:より|から)(?:の)?(?:引用|抜粋|転載)?[）)]|[（(][^（）()\n『』]{0,24}『[^』\n]{1,40}』[^（）()\n]{0,30}[）)]|[-—―‐─]{1,3}[ \u3000]?[^\n『』]{0,20}『[^』\n]{1,40}』[^\n]{0,30}|(?:出典|引用元)[ \u3000]?[:：][^\n]{2,60})[ \u3000]*$/u
const FRAME_ALONE = /^\s*[（(【［\[〈<＜]?\s?(?:以下|ここから|これより)[、,\s]?(?:引用|抜粋|転載)\s?[)）】］\]〉>＞]?\s?[:：]?\s*$/u
const EPIGRAPH_AFTER = /^\s?[-―—]{1,3}\s?[^。！？!?\n]{0,24}?(?:テーマ|言葉|一節|モットー|合言葉|座右の銘)/u
/**
 * Round 48: lyrics quoted as a song (ボクの好きな歌を紹介するモン🎵⏎「冬の掘割にこたつを浮かべて　きみと見上げた白い空　春は…」⏎
 * こたつ舟に乗ると口ずさみたくなるモン！): the post presents the bracket as a song it likes or hums, so it is a quotation whatever its
 * form (lines set apart by spaces, no 。). A song named right before the bracket as what is presented (好きな歌を紹介します, よく聴いて
 * いる曲です, こんな歌があります), or the bracket hummed or sung right after it (と口ずさみたくなります, って歌いたくなる). Not a title
 * (歌のイベントを紹介します。「…」を開催), not the city's own song (職員で作った歌, オリジナルソング).
 */
const SONG_BEFORE = /(?:歌|曲|歌詞|ソング|童謡|唱歌|民謡|わらべ歌|校歌|ナンバー|サビ)(?:の(?:一節|歌詞|サビ|一部))?(?:を|ば|が|も|は)?[、\s]?[^。！？!?\n「『」』の]{0,10}?(?:紹介|ご紹介|お届け|あります|ありました|あるんです|聴いて|聞いて|聴いとる|聞いとる|流れて|です|でした|だよ|やけん|ばい)[^。！？!?\n「『」』]{0,8}[。！!？?♪🎵🎶〜~ー\s]{0,6}$/u
const SONG_AFTER = /^[」』”〟]?[\s。、！!]{0,3}[^。！？!?\n「『]{0,16}?(?:口ずさ|くちずさ|歌いたく|うたいたく|歌っちゃ|歌ってしま|ハミング|鼻歌)/u
const OWN_SONG = /(?:作っ|つくっ|作り|つくり|作詞し|作曲し)(?:た|ました|ています|てみました)|オリジナル(?:ソング|曲|の歌)|自作|手作りの歌/u
/**
 * Blind R58A-086: lyrics set out as verse right after someone is told singing them (小学生が歌いながら水たまりを跳ねていました。⏎「あめあめ
 * ふれふれ かあさんが じゃのめで おむかえ うれしいな ピッチピッチ チャップチャップ ランランラン」, 子どもたちの歌声が聞こえてきました。
 * 「ゆうやけこやけで …」, 孫がずっと口ずさんどりました): the singing names the bracket a song, and its lines, parted by spaces and ending
 * in kana (a refrain or a sound word in katakana too: ピッチピッチ, ランランラン), are its verse. Both are needed: a child's words after a
 * song (「また きてね」と手を振って) are no verse, and verse nobody sings is judged by isVerse. Not a title, not the city's own song.
 */
const SUNG_BEFORE = /(?:歌い|うたい|歌っ|うたっ|歌う|うたう|歌声|うたごえ|口ずさ|くちずさ|合唱|輪唱|熱唱|斉唱)[^。！？!?\n「『」』]{0,24}[。！!？?♪🎵🎶〜~ー…\s]{0,6}$/u
/**
 * Blind R128I-001: a song pointed at as the writer's pick, then its lines (今日の気分はこの歌🎵「君と歩いた川沿いの道　柳の葉が揺れていた
 * …」, お気に入りの曲♪「…」, 最近ハマっているこの曲：「…」): the bracket right after it is the song's words. Its lines must be set apart
 * as verse (three phrases or more parted by spaces, no 。): a title after この曲 (この曲「夏祭り」) is short and one phrase.
 */
const SONG_POINTED = /(?:この|こんな|あの|その|今日の|今の|いまの|最近の|お気に入りの|大好きな|好きな|推しの)(?:歌|曲|ソング|一曲|ナンバー|歌詞)(?:です|だよ|を|は|が)?[:：。！!♪🎵🎶〜~ー\s]{0,6}$/u
function pointedVerse(inner: string): boolean {
  if (inner.includes('。')) return false
  const phrases = inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0)
  return phrases.length >= 3 && phrases.every((p) => p.length <= 20)
}
/** Verse parted by spaces (`isVerse`), no 。, its phrases ending in hiragana or katakana (ピッチピッチ チャップチャップ ランランラン). */
function spacedVerse(inner: string): boolean {
  return !inner.includes('。') && isVerse(inner, true)
}
/**
 * Blind R289O-041 kind: the words of a song or a poem named as what the post puts up (曲の歌詞がすてきなので載せちゃいます🎶, 好きな詩を
 * 掲載します, 祖母が好きだった短歌をシェアします), then set out in a bracket as lines (two lines or more, or three phrases parted by spaces):
 * someone's lyrics or poem, whatever the gap says of them. A title or the city's own song stays out as in `songLyrics`.
 */
const WORDS_POSTED_BEFORE = /(?:歌詞|(?<![一-龠々])詩(?![人集碑吟])|短歌|俳句|和歌|川柳)(?:の(?:一節|一部|全文))?(?:を|が|は|も)?[、\s]?[^。！？!?\n「『」』]{0,14}?(?:載せ|のせ|掲載|紹介|お届け|シェア|貼っ|貼り|書き出|書き写|書いておき|書いとき)[^。！？!?\n「『」』]{0,10}[。！!？?♪🎵🎶〜~ー\s]{0,6}$/u
function linesSetOut(inner: string): boolean {
  const lines = inner.split('\n').filter((l) => l.trim().length > 0)
  return lines.length >= 2 || inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0).length >= 3
}
/**
 * Blind R383G-060 kind: a poem announced as one the writer recalls, loves or presents (思い出す句があります。, 好きな短歌です：, こんな俳句を
 * ご紹介します, 母がよく口ずさんでいた歌です), then set out in a bracket in a poem's shape: two to five phrases parted by spaces (雛の間に　吊るす
 * 願いや　母の糸), or one run of a haiku's length with no stop: someone's haiku or tanka, quoted however short. Brackets of verse set side by
 * side under the same announcement are the same quotation's. Not a word's 句 (文句, 語句, 節句, 慣用句, 句読点), not a title (one phrase), not
 * a call for entries (`VERSE_CALLED_FOR`: 俳句を募集します).
 */
const VERSE_ANNOUNCED = /(?:(?<![文語字禁節成用読])句|俳句|一句|短歌|和歌|一首|(?<![民童唱])歌|川柳|(?<![作漢])詩)(?:が|を|は|も|って)?[^。！？!?\n「」『』]{0,12}?(?:あります|ありました|あるんです|あるとです|がある|です|でした|だよ|ご紹介|紹介し|お届け|思い出|浮か|口ずさ|詠ま|詠み|よみま)[^。！？!?\n「」『』]{0,6}[。：:！!…♪]?\s*$/u
const VERSE_CALLED_FOR = /募集|投句|応募|作ってみ|詠んでみ|詠んでください|お寄せ/u
function announcedVerse(t: string, a: number, i: number): boolean {
  const inner = t.slice(a + 1, i)
  if (/[。！？!?「」『』]/u.test(inner)) return false
  const phrases = inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0)
  const shaped = phrases.length >= 2 ? phrases.length <= 5 && phrases.every((p) => p.length <= 12) : letters(inner) >= 12 && letters(inner) <= 24
  if (!shaped) return false
  // Back over the verse brackets set before this one (「…」⏎「…」), to the announcement.
  let from = a
  for (let n = 0; n < 4; n++) {
    const gap = /[」』][\s\u3000]{0,3}$/u.exec(t.slice(Math.max(0, from - 4), from))
    if (!gap) break
    const open = Math.max(t.lastIndexOf('「', from - 1), t.lastIndexOf('『', from - 1))
    if (open < 0 || from - open > 60) break
    from = open
  }
  const lead = t.slice(Math.max(0, from - 40), from)
  return VERSE_ANNOUNCED.test(lead) && !VERSE_CALLED_FOR.test(lead)
}
function songLyrics(t: string, a: number, i: number): boolean {
  const follow = t.slice(i + 1, i + 16)
  if (TITLE_FOLLOW.test(follow.trimStart()) || NAME_FOLLOW.test(follow) || TITLE_BEFORE.test(t.slice(Math.max(0, a - 10), a))) return false
  const sungVerse = (SUNG_BEFORE.test(t.slice(Math.max(0, a - 50), a)) && spacedVerse(t.slice(a + 1, i))) || (SONG_POINTED.test(t.slice(Math.max(0, a - 24), a)) && pointedVerse(t.slice(a + 1, i))) || (WORDS_POSTED_BEFORE.test(t.slice(Math.max(0, a - 40), a)) && linesSetOut(t.slice(a + 1, i)))
  if (!sungVerse && !SONG_BEFORE.test(t.slice(Math.max(0, a - 40), a)) && !SONG_AFTER.test(t.slice(i + 1, i + 30))) return false
  return !OWN_SONG.test(t.slice(Math.max(0, a - 80), Math.min(t.length, i + 80)))
}

/**
 * Round 54: lyrics set between music notes (♪水の都のあの橋で　君と見上げた夏の月　…　ふたりの影を運んでく♪ この季節になると
 * 口ずさみたくなりますね): the notes mark the lines as sung, as brackets mark a quotation. A note opens where a line or a phrase begins
 * (after a space, a stop or a line break; a note after a word, お待ちしています♪, closes a sentence with cheer) and the next note closes;
 * a note opening a line with none after it runs to the line's end. The lines are lyrics when they read as verse (four or more phrases set
 * apart by spaces, most ending in kana) from the head of a line, or when the post presents or hums them as a song (SONG_BEFORE,
 * SONG_AFTER) and they fall into phrases; never with a 。 in them (the city's own cheerful sentences), a title after them (♪…♪を合唱),
 * or the city's own song (OWN_SONG).
 */
const NOTE_RUN = /(?:[♪♫♬]|🎵|🎶|🎼){1,4}/gu
function noteLyrics(t: string, min: number): Array<{ a: number; b: number; inner: string }> {
  const out: Array<{ a: number; b: number; inner: string }> = []
  const runs = matchNotes(t)
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]!
    const prev = t[open.a - 1]
    if (prev !== undefined && !/[\s\u3000。！!？?）)」』]/u.test(prev)) {
      // Blind R77A-016: a note closing a line of verse with none before it (あめあめ ふれふれ かあさんが … ランランラン♪): the note marks
      // the whole line, from its head, as sung. The city's own spaced line in its polite voice (今年も 始まりました♪) is no song.
      const lineStart = t.lastIndexOf('\n', open.a - 1) + 1
      const rest = t.slice(open.b, t.indexOf('\n', open.b) === -1 ? t.length : t.indexOf('\n', open.b))
      if ((k === 0 || runs[k - 1]!.b <= lineStart) && !/[\p{L}\p{N}]/u.test(rest) && !OWN_VOICE_LINE.test(t.slice(lineStart, open.a))) {
        const inner = t.slice(lineStart, open.a)
        if (sungLines(t, lineStart, open.b, inner, min)) out.push({ a: lineStart, b: open.b, inner })
      }
      continue
    }
    const from = open.b
    const lineEnd = t.indexOf('\n', from) === -1 ? t.length : t.indexOf('\n', from)
    const next = runs[k + 1]
    let to: number
    let b: number
    if (next && next.a - from <= 240) {
      to = next.a
      b = next.b
    } else {
      // No closing note: a note at the head of a line marks that line only.
      if (!/^\s*$/u.test(t.slice(t.lastIndexOf('\n', open.a - 1) + 1, open.a))) continue
      to = lineEnd
      b = lineEnd
    }
    const inner = t.slice(from, to)
    if (sungLines(t, open.a, b, inner, min)) out.push({ a: open.a, b, inner })
    // The closing note closes, whether or not the lines were lyrics.
    if (next && b === next.b) k++
  }
  return out
}
/**
 * Blind R77A-016: verse whose refrain or sound words are in katakana (あめあめ ふれふれ かあさんが じゃのめで おむかい うれしいな ピッチピッチ
 * チャップチャップ ランランラン): its phrases end in kana of either script, and at least half in hiragana (a list of katakana names is no verse).
 */
function refrainVerse(inner: string): boolean {
  if (!isVerse(inner, true)) return false
  let phrases = 0
  let hira = 0
  for (const p of inner.split(/[\s\u3000]+/u)) {
    if (p.length === 0) continue
    phrases++
    const c = p.charCodeAt(p.length - 1)
    if (c >= 0x3041 && c <= 0x309f) hira++
  }
  return hira * 2 >= phrases
}
/** The city's polite voice in a spaced line (始まりました, お待ちしています, 開催します): its own words, not a song's. */
const OWN_VOICE_LINE = /(?:です|でした|ます|ました|ません|ください|下さい)(?=[\s\u3000、]|$)/u
/** The city's own jingle in verse, calling readers in (♪春が来た　さげもん揺れる　川下り　みんなでおいで♪). */
const OWN_JINGLE = /ましょう|しよう|ようね|ください|おいで|来てね|きてね|待ってる|待っとる|お待ち|開催|募集|受付/u
function sungLines(t: string, a: number, b: number, inner: string, min: number): boolean {
  if (letters(inner) < min || inner.includes('。')) return false
  const phrases = inner.split(/[\s\u3000、]+/u).filter((p) => p.length > 0)
  if (phrases.some((p) => p.length > 24)) return false
  const lineHead = /^\s*$/u.test(t.slice(t.lastIndexOf('\n', a - 1) + 1, a))
  const verse = isVerse(inner) || refrainVerse(inner)
  const follow = t.slice(b, b + 16)
  const sung = SONG_BEFORE.test(t.slice(Math.max(0, a - 40), a)) || SONG_AFTER.test(t.slice(b, b + 30))
  if (!((verse && lineHead && !OWN_JINGLE.test(inner)) || (sung && phrases.length >= 2))) return false
  if (!verse && (TITLE_FOLLOW.test(follow.trimStart()) || NAME_FOLLOW.test(follow))) return false
  return !OWN_SONG.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))
}
function matchNotes(t: string): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  NOTE_RUN.lastIndex = 0
  for (let m = NOTE_RUN.exec(t); m !== null && out.length < 64; m = NOTE_RUN.exec(t)) out.push({ a: m.index, b: m.index + m[0].length })
  return out
}

/** One Latin token without spaces: an ID, a passphrase, a file or host name. */
const SINGLE_TOKEN = /^\s?[A-Za-z0-9][A-Za-z0-9._@#/+:=~-]{0,80}\s?$/u
/** Whether a bracketed passage reads as a quotation (not a name or title) and how it is followed. */
function isPassage(inner: string, follow: string, lead: string): boolean {
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

function mediumOf(s: string): number {
  for (let i = 0; i < MEDIA.length; i++) if (MEDIA[i]![0].test(s)) return i
  return -1
}

/**
 * Facts of a paragraph with no quotation in it: what it says about the quotations of the post
 * (a source, a named speaker in its first or last sentence, a lead line after an announcement)
 * matters only when another paragraph quotes, so each is read on first use, once.
 */
class PlainFacts implements QuotationFacts {
  readonly quotes: Quote[] = []
  borrowed: (Span & { what: string }) | null = null
  credit = false
  readonly introAtEnd = false
  private _verse?: Span | null
  private _source?: boolean
  private _example?: boolean
  private _head?: boolean
  private _tail?: boolean
  private _lead?: Span | null
  private _medium?: number
  constructor(
    private readonly t: string,
    private readonly min: number,
    private readonly map: (start: number, end: number) => Span,
    readonly introVerse = false,
    readonly casesAtEnd = false,
  ) {}
  get opensCase(): boolean {
    return CASE_OPEN.test(this.t)
  }
  get spiritHead(): boolean {
    return SPIRIT_AFTER.test(this.t.slice(0, 60))
  }
  get wordsHead(): boolean {
    return calledWords(this.t.slice(0, 80))
  }
  get tailPerson(): boolean {
    return personToldOf(headAndTail(this.t).tail)
  }
  get scriptAtEnd(): boolean {
    return modelScript(lastLine(this.t))
  }
  get headBack(): boolean {
    return WORDS_POINTED_BACK.test(this.t.slice(0, 40))
  }
  get ownEvent(): boolean {
    return OWN_EVENT.test(this.t) || OCCASION_HELD.test(this.t)
  }
  get lecturerNamed(): boolean {
    return LECTURER_BY_BODY.test(this.t) || lecturerDescribed(this.t) || STAFF_TRAINING.test(this.t)
  }
  get surveyTitled(): boolean {
    return surveyTitled(this.t)
  }
  get verse(): Span | null {
    if (this._verse !== undefined) return this._verse
    const v = verseBlock(this.t, 0, this.min)
    return (this._verse = v ? this.map(v.start, v.end) : null)
  }
  get source(): boolean {
    return (this._source ??= hasSource(this.t) || CONSENTED.test(this.t) || CONSENTED_EN.test(this.t) || CONSENTED_TO_PUBLISH.test(this.t))
  }
  get example(): boolean {
    return (this._example ??= EXAMPLE_CONTEXT.test(this.t))
  }
  private _interview?: boolean
  get interview(): boolean {
    return (this._interview ??= COLLECTED_BEFORE.test(this.t) || givenToUs(this.t))
  }
  private _heard?: boolean
  get heard(): boolean {
    return (this._heard ??= HEARD_BEFORE.test(this.t))
  }
  private _vagueRead?: boolean
  get vagueRead(): boolean {
    return (this._vagueRead ??= VAGUE_READ.test(this.t))
  }
  get headNamed(): boolean {
    if (this._head !== undefined) return this._head
    const { head } = headAndTail(this.t)
    return (this._head = namesSomeone(head) || attributionHead(head) || headToldUs(head))
  }
  get tailNamed(): boolean {
    return (this._tail ??= tailNames(headAndTail(this.t).tail))
  }
  get lead(): Span | null {
    if (this._lead !== undefined) return this._lead
    const nl = this.t.indexOf('\n')
    const first = nl < 0 ? this.t : this.t.slice(0, nl)
    return (this._lead = letters(first) >= this.min ? this.map(0, first.length) : null)
  }
  get medium(): number {
    return (this._medium ??= mediumOf(this.t))
  }
  private _ownVoices?: boolean
  get headOwnVoices(): boolean {
    return (this._ownVoices ??= ownClassVoices(this.t) || prejudiceNamed(this.t))
  }
}

/** A block quote's last line ends with a tag naming who wrote it (（東京都・40代女性）, （北原白秋）). */
const TRAILING_TAG = /[（(][^()（）\n]{1,40}[）)]\s*$/u
function blockTagged(q: string): boolean {
  const m = TRAILING_TAG.exec(q)
  if (!m) return false
  return VOICE_TAG_AFTER.test(m[0]) || attributes(m[0])
}

function headAndTail(t: string): { head: string; tail: string } {
  const firstStop = t.search(/[。！？!?\n]/u)
  const head = firstStop < 0 ? t : t.slice(0, firstStop)
  let tailStart = t.length
  while (tailStart > 0 && isStop(t[tailStart - 1])) tailStart--
  while (tailStart > 0 && !isStop(t[tailStart - 1])) tailStart--
  return { head, tail: t.slice(tailStart) }
}

/**
 * Blind R83A-007: a line that ends its paragraph by pointing at a poem or words that follow (毎年この詩を思い出します。, 次の一節が好きです。,
 * こんな言葉があります：), then a block of short lines set down without brackets (山門は我が産土、⏎雲騰る南風のまほら、⏎…): a poem quoted
 * line by line, which needs its poet and title as a bracketed one does. Words pointed back at (「…」。この言葉を胸に) come after their
 * quotation (the paragraph quotes already); a line asking the reader not to use such words (こんな言葉を…向けていませんか) announces nothing.
 */
/**
 * Blind R11A-021 kind: a line that presents a poem or lyrics in full (朗読会で読んだ詩を、全文ご紹介します。, 歌詞をそのまま掲載します。) points at
 * the lines under it as VERSE_INTRO's demonstratives do.
 */
const VERSE_INTRO = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)(?:を)?(?:ご紹介|紹介|掲載|お届け)(?:します|いたします|させていただきます)[。：:！!]{0,3}[ \u3000]{0,3}$|(?:この|次の|こんな|以下の)(?:ような)?(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|わらべ歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)(?![一-龠])(?![^。！？!?\n]{0,24}?(?:ませんか|ないで|やめ|控え|使わない|言わない|向けない|傷つ|(?:贈り|贈っ|送り|送っ|伝え|話し|書き|書い|作っ|作り|つくっ|つくり|考え|詠み|詠ん)(?:まし|た|て|だ|で)))[^。！？!?\n]{0,20}[。：:！!…]{0,3}[ \u3000]{0,3}$/u
const VERSE_INTRO_WORD = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)|(?:この|次の|こんな|以下の)(?:ような)?(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|わらべ歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)/u
/** The intro itself names the work and its author (北原白秋の「帰去来」のこの一節, 『思ひ出』（北原白秋）の次の詩): the poem has its source. */
const INTRO_TITLED = /[一-龠々ァ-ヶー]{2,8}(?:の|作詞の|作の)[「『][^」』\n]{1,30}[」』]|[「『][^」』\n]{1,30}[」』][（(][一-龠々ァ-ヶー\s]{2,10}[)）]/u
/** A verse line: short, no bracket, bullet, heading, figure, label or link, and not the city's polite voice (…です。, ご確認ください). */
const VERSE_LINE_BAD = /[「」『』【】［］\[\]#＃:：0-9０-９@＠/／]|(?:です|でした|ます|ました|ません|ください|下さい|ましょう)(?:[。！!、…]|$)/u
const LIST_MARK = /^[ \u3000]*(?:[・•●○◦▪■□◆◇▼▽▲△※\-－‐*＊>＞（(〇◎☆★→⇒]|[0-9０-９①-⑳])/u
/** A run of at least two short lines from `from`, mostly ending in kana or a stop (a poem's lines), `min` letters in all; [start, end) of `t`. */
function verseBlock(t: string, from: number, min: number): Span | null {
  let a = -1
  let b = -1
  let lines = 0
  let kanaEnds = 0
  let n = 0
  for (let ls = from; ls < t.length && lines < 40; ) {
    let le = t.indexOf('\n', ls)
    if (le === -1) le = t.length
    const line = t.slice(ls, le)
    const k = letters(line)
    if (k < 2 || k > 24 || LIST_MARK.test(line) || VERSE_LINE_BAD.test(line)) break
    if (a < 0) a = ls + (line.length - line.trimStart().length)
    b = ls + line.trimEnd().length
    lines++
    n += k
    if (/[ぁ-ゖ、。，！!？?…ー〜~][ \u3000]*$/u.test(line)) kanaEnds++
    ls = le + 1
  }
  return lines >= 2 && n >= min && kanaEnds * 3 >= lines * 2 ? { start: a, end: b } : null
}
/** The paragraph's last line with text. */
function lastLine(t: string): string {
  const body = t.replace(/\s+$/u, '')
  return body.slice(body.lastIndexOf('\n') + 1)
}

/**
 * Blind HM-007: a list of bracketed items under a line that names them as consultations or worries the office receives (たとえば、こんな
 * 相談が寄せられています。⏎⏎・「クラスのLINEグループから、自分だけ外された」⏎・「…」, 次のようなご質問をいただきます：): the city's own
 * illustration of what people bring to it, not someone's text needing a source. The lead closes its line, the items are list lines right
 * under it (in the same paragraph or opening the next one). Consultations read in a medium (ネットの掲示板にこんな相談が書き込まれていました,
 * 新聞の人生相談にこんな…が載っていました) are someone's text: the lead names no receiving, or a medium.
 */
const CASES_LEAD = /(?:こんな|次のような|以下のような|このような|こういった|次の|以下の)(?:ご?相談|お?悩み|お?困りごと|ご?質問|お?問い合わせ|ご?心配|ケース|事例|相談例)(?:が|を|も|は|に)?[^。！？!?\n]{0,20}?(?:寄せられ|あり|届い|届き|受け|いただ|頂|多く|増え|聞か|お聞き|伺|うかが)[^。！？!?\n]{0,12}[。：:！!]?[ \u3000]*$|(?:よくある|主な|代表的な)(?:ご?相談|お?悩み|ご?質問|お?問い合わせ|お?困りごと)(?:の例|例|事例|の事例)(?:を|は|です)[^。！？!?\n]{0,12}?[。：:！!]?[ \u3000]*$/u
/** A list line's mark (・, ※, -, 1., 1) or ①, which the norm view reads as 1). */
const ITEM_MARK = '[ \\u3000]*(?:[・•●○◦▪■□◆◇※\\-－‐*＊]|[0-9０-９#]{1,2}[.．、)）]?|[①-⑳])'
const CASE_ITEM = new RegExp(`^${ITEM_MARK}[ \\u3000]*$`, 'u')
const ITEM_LINE = new RegExp(`^${ITEM_MARK}`, 'u')
const CASE_OPEN = new RegExp(`^\\s*${ITEM_MARK}[ \\u3000]*[「『]`, 'u')
function casesLead(line: string): boolean {
  return CASES_LEAD.test(line) && !PUBLISHED_VOICE.test(line) && !/掲示板|書き込|載って|番組|ブログ|テレビ/u.test(line)
}
/** Where a quotation at `a` stands in a list of cases: under a lead in its paragraph ('under'), in a list opening the paragraph ('head'), or neither. */
function listedCase(t: string, a: number): 'under' | 'head' | null {
  let ls = t.lastIndexOf('\n', a - 1) + 1
  if (!CASE_ITEM.test(t.slice(ls, a))) return null
  // Up over the items above (each a list line, or its continuation) to the line that leads them.
  for (let k = 0; k < 12; k++) {
    if (ls === 0) return 'head'
    const ps = t.lastIndexOf('\n', ls - 2) + 1
    const line = t.slice(ps, ls - 1)
    if (letters(line) === 0 || ITEM_LINE.test(line)) {
      ls = ps
      continue
    }
    return casesLead(line) ? 'under' : null
  }
  return null
}

/**
 * Blind R149I-045: an image or a text the writer says they took from another's site or work (防犯教室のスライドに、アニメ『ほしぞら
 * パトロール』の公式サイトから画像をお借りしました; ネットから写真を拝借しました; 雑誌の記事を…から転載しました; イラストは…のホームページ
 * からお借りしています): someone's work reused on the city's account, which needs its holder's leave or a credit (許可を得て, 提供：, ©, 出典)
 * somewhere in the post. The source is a medium or a work (サイト, ホームページ, ネット, SNS, アニメ, 映画, 『…』), not a person or a body
 * that lent the thing itself (地域の方から昔の写真をお借りしました, 図書館から本をお借りしました); the city's own site and free material
 * sites (フリー素材, いらすとや) are not another's work.
 */
const BORROW_SOURCE =
  '(?:サイト|ホームページ|ＨＰ|(?<![A-Za-z])HP|ページ|ブログ|ネット|インターネット|ウェブ|(?<![A-Za-z])(?:Web|WEB|SNS|Instagram|Twitter|YouTube|Pinterest)|インスタ|ツイッター|ユーチューブ|画像検索|検索|アニメ|漫画|マンガ|まんが|映画|ドラマ|番組|ゲーム|絵本|雑誌|新聞|書籍|写真集|』)'
const BORROW_MATERIAL = '(?:画像|写真|イラスト|キャラクター|キャラ|(?<![\\p{Script=Han}])絵|図版|動画|映像|ロゴ|素材|記事|文章|文面)'
const BORROW_VERB = '(?:お借り|拝借|借り(?:て|ま|た)|転載(?:し|さ|い)|使わせて(?:いただ|もら|頂)|無断で(?:使|使用|掲載))'
const WORK_BORROWED = new RegExp(
  `${BORROW_SOURCE}(?:の(?:ページ|画像|写真|記事|投稿|公式ページ))?(?:から|より)[、,]?[^。！？!?\\n]{0,16}?${BORROW_MATERIAL}(?:など|等)?(?:を|も)?[、,]?[^。！？!?\\n、,]{0,8}?${BORROW_VERB}|${BORROW_MATERIAL}(?:は|も|を)[、,]?[^。！？!?\\n]{0,24}?${BORROW_SOURCE}(?:から|より)[、,]?${BORROW_VERB}|${BORROW_SOURCE}(?:で|に|上で|上に)[^。！？!?\\n]{0,8}?(?:見つけ|みつけ|あっ|載っ|のっ|出てき|拾っ)[^。！？!?\\n]{0,10}?${BORROW_MATERIAL}(?:を|も)?[、,]?${BORROW_VERB}`,
  'gu',
)
/** The city's own site or a free material site named as the source: no one else's work. */
const OWN_OR_FREE_SOURCE = /(?:(?<![\p{Script=Han}])|柳川)市(?:役所)?(?:の)?(?:公式)?(?:ホームページ|サイト|ＨＰ|HP|ページ)$|(?:本市|当市|当課|自分|私|わたし|僕|うち)(?:の)?[^。！？!?\n]{0,6}$|フリー|無料素材|素材サイト|いらすとや|著作権フリー/u
/** Leave or a credit for a borrowed work (許可を得て, 許諾, 提供：, ©, 出典, クレジット, a URL). */
const BORROW_CREDIT =
  /許可を(?:得|え|いただ|頂|もら|取)|(?:ご)?許可(?:済|を受け)|許諾|了承を(?:得|いただ|頂)|承諾を(?:得|いただ|頂)|快諾|(?:ご)?提供(?:[:：]|いただ|頂|を受け|して(?:いただ|もら|くださ))|[©Ⓒ]|\([Cc]\)|（[Cc]）|出典|引用元|クレジット|(?:写真|画像|イラスト)[:：]|https?:\/\/|利用規約|ガイドラインに(?:沿|基づ|従)/u

/** Marks the paragraph's borrowing of another's work, and whether it credits one (paragraph offsets). */
function borrowedWork(doc: Doc, facts: QuotationFacts): void {
  const t = doc.norm.text
  facts.credit = BORROW_CREDIT.test(t)
  if (!/借|転載|使わせて|無断で/u.test(t)) return
  WORK_BORROWED.lastIndex = 0
  for (let m = WORK_BORROWED.exec(t); m; m = WORK_BORROWED.exec(t)) {
    const src = new RegExp(BORROW_SOURCE, 'u').exec(m[0])
    const at = src ? m.index + src.index : m.index
    if (OWN_OR_FREE_SOURCE.test(t.slice(Math.max(0, at - 12), at + (src ? src[0].length : 0)))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    facts.borrowed = { start, end, what: '他者のサイトや作品から借りた画像・文章' }
    return
  }
}

/**
 * Blind MH-005 kind: a person the post presents by name (新しい仲間をご紹介します。…協力隊の森川 あかりさん。), then their words told to the
 * staff with the occasion and what they said between the quotative and the telling (「…」と着任のあいさつで意気込みを語ってくれました, と
 * 入団式で抱負を話してくださいました): the post's own interview of the one it presents, the speaker named, as TOLD_US is. Not words read in a
 * medium (と新聞の取材で語ってくれました), nor where no one is named before them or the lead is vague (ある方が).
 */
const TOLD_US_FRAMED = /^\s?と[、,]?(?![^。！？!?\n]{0,24}?(?:新聞|テレビ|番組|雑誌|記事|ネット|SNS|ブログ|ラジオ|動画|書籍|本で|本に))[^。！？!?\n「」『』]{0,20}?(?:話して|語って|教えて|聞かせて|答えて|話を?して)(?:くれ|くださ|下さ|いただ)/u
/** A full name with the given name in kana after a space (森川 あかりさん, 古賀 みゆき氏): a name NAMED_PERSON reads only without the space. */
const KANA_GIVEN_NAME = /(?<![一-龠々])[一-龠々]{1,4}[ 　](?!みな|おじ|おば|にい|ねえ)[ぁ-ゖァ-ヶー]{2,6}(?:さん|氏|様|さま)(?![ぁ-ゖ])/u
function presentedSpeaker(masked: string, a: number, af: string): boolean {
  if (!TOLD_US_FRAMED.test(af)) return false
  const lead = masked.slice(Math.max(0, a - 240), a)
  return (namesSomeone(lead) || KANA_GIVEN_NAME.test(lead)) && !VAGUE.test(lead) && !IN_MEDIUM.test(lead) && !NOT_MET.test(lead)
}
/** Quotations of one paragraph (paragraph offsets). */
/**
 * Blind R166I-004/029: a speaker carried over (zero anaphora). A quotation closed by a verb of speech whose own sentence names no
 * speaker (また、…については、「…」と述べました, 一般会計は…と説明し、「…」と述べました) is said by the speaker of the sentences just before it
 * in the paragraph, when the nearest one with a person as subject is a named office holder or person who spoke (市長は、…を発表しました。
 * 市長や担当部長は…答弁しました). A vague or unnamed speaker in between (ある参加者は, 記者から) breaks the chain.
 */
const OWN_SENTENCE_SPEAKER = /(?:さん|氏|様|先生|長|者|員|生|方|たち|皆さん|人|家|師|士|ある|某)(?:は|が|も|から)|(?:ある|とある|某)[^、。]{0,8}(?:に|で)/u
/*
 * Blind KA-038 kind: the speaker of the sentences before called by surname and office (吉開教育長は, 金子市長が, 新教育長は) or by full name with
 * 氏 after a space (吉開 和久 氏が): named as 市長は is. And a remark said aloud (と抱負を述べました: SPOKEN_SAID) is theirs whatever the
 * sentence before told of them (…校長を務めたほか、…携わってきました。就任にあたり「…」と抱負を述べました): the subject carries over.
 */
const CARRIED_OFFICE = '(?:市長|副市長|町長|村長|知事|副知事|議長|副議長|教育長|消防長|病院長|院長|園長|学長|担当部長|部長|課長|事務局長|局長|署長|支所長|所長|館長|センター長|校長|理事長|組合長|会頭|会長|社長|頭取|委員長|大臣|長官)'
const CARRIED_SPEAKER = new RegExp(`^[ \\u3000■□◆◇●○▼・]*((?:[^。「」『』\\n]{0,20}?(?:会見|会議|本会議|委員会|定例会|答弁|式典|式|あいさつ|挨拶|説明会|懇談会|報告会|冒頭)(?:の中|の席|の冒頭|の最後)?(?:で|では|にて|において|に)[、,]?)?)(?:(?:(?<![ぁ-ゖ])[一-龠々]{1,4}[ 　]?|新)?${CARRIED_OFFICE}(?:や(?:担当)?[一-龠々]{1,6})?|[一-龠々]{1,4}[ 　]?[一-龠々]{1,4}[ 　]?(?:さん|氏)(?:や[^、。は]{1,8})?)(?:は|が)[、,]?(?![^。]{0,6}(?:ある|某))`, 'u')
const CARRIED_LEAD_VAGUE = /ある|某|どこか|ネット|SNS|動画|テレビ|新聞|雑誌|番組|記事/u
const SPOKE = /発表|述べ|答え|答弁|説明|話し|語り|語っ|あいさつ|挨拶|強調|呼びかけ|呼び掛け|報告|表明|明らかに/u
const ANY_PERSON_SUBJECT = /(?:さん|氏|様|先生|長|者|員|生|方|たち|皆さん|人|記者|委員)(?:は|が|から)[、,]?/u
function carriedSpeaker(masked: string, a: number, own: string, spoken = false): boolean {
  if (OWN_SENTENCE_SPEAKER.test(own)) return false
  const lo = Math.max(0, a - own.length - 240)
  const prev = masked.slice(lo, a - own.length).split(/[。！!？?\n]/u).filter((x) => x.trim() !== '')
  for (let k = prev.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const sen = prev[k]!
    // Blind UH-032 kind: the speaker's sentence may open with the occasion they spoke at (会見の中で市長は、「…」と述べました。また、…「…」と
    // 話しました); an occasion left vague (ある会合で) or a medium (ネットの動画で) carries no one.
    const m = CARRIED_SPEAKER.exec(sen)
    if (m) return (SPOKE.test(sen) || (spoken && !IN_MEDIUM.test(own) && !CARRIED_LEAD_VAGUE.test(own))) && !CARRIED_LEAD_VAGUE.test(m[1] ?? '')
    if (ANY_PERSON_SUBJECT.test(sen)) return false
  }
  return false
}
/**
 * Blind R166I-029: a participant's words tagged with their part and grade, not their name (「…」（3年生の生徒）, （小学4年生）, （参加者）):
 * the city's own report of who said it at its event, as an age tag is (VOICE_TAG_AFTER). A vague tag (（ある高校生）) names no one.
 */
const PART_TAG_AFTER = /^\s?[（(](?!ある|とある|某)[^()（）\n「」『』]{0,10}?(?:[0-9０-９一二三四五六]年生|小学生|中学生|高校生|大学生|参加者|受講者|受講生|来場者|出席者)(?:の(?:生徒|児童|学生|方|皆さん))?[）)]/u
/**
 * Blind IY-141 kind: a tag right after the words telling who said them by what they did, one of the city's own people the post is about
 * (（育児休業を取得した市職員）, （この春移住した30代の市民）, （講座を修了した受講者）): the speaker shown, their name left out on purpose,
 * as a tag by grade or part is (PART_TAG_AFTER). Not someone vague or famous (（ある職員）, （ノーベル賞を受賞した科学者）: a kind of person
 * outside the city's own is no one shown) nor one read in a medium (（ネットで話題になった職員）).
 */
const DID_TAG_AFTER = /^\s?[（(](?![^()（）\n]{0,30}?(?:ある|某|ネット|SNS|テレビ|新聞|記事|雑誌|有名|著名))[^()（）\n「」『』]{2,24}?(?:した|している|していた|された|中の|経験のある)(?:[0-9０-９]{2}代の?)?(?:市|本市|当市|柳川市)?(?:の)?(?:男性|女性|若手|新人|ベテラン)?(?:職員|保護者|市民|住民|参加者|受講者|受講生|利用者|移住者|生徒|児童|学生|ボランティア)[）)]/u
/**
 * Blind LX-010 kind: the words' speaker credited in brackets right after the sentence that quotes them, by their part at the session and the
 * body or office they come from (…と話されました（講師：市人権・同和対策室 職員）, （講演者：県警察本部 生活安全課）, （話し手：保健センター
 * 保健師）): the city's own session and a speaker it can point to, as a tag by grade or part is (PART_TAG_AFTER). A label with no one after it
 * or someone left vague (（講師：ある専門家）, （講師：匿名）) names no one.
 */
const SPEAKER_ROLE_TAG_AFTER = /^[」』”〟]?[^「」『』（(\n]{0,30}?[。！!]?\s?[（(](?:講師|講演者|演者|登壇者|講話者|話し手|語り手|発言者|発表者|説明者)\s?[:：]\s?(?!ある|とある|某|どこかの|匿名|不明|非公開|未定)[^()（）\n「」『』]{2,30}[）)]/u
/**
 * Blind R166I-029: items listed under a heading that labels them as the voices of the event's participants (■参加した生徒の感想⏎・「…」⏎・「…」,
 * 【受講者の声】): the city's own report, as a label right before the quotation is (VOICE_LABEL).
 */
const VOICE_HEADING = /^[ \u3000]*[■□◆◇●○▼▽【［\[〈<]?[ \u3000]?(?:(?:参加|受講|体験|来場|出席|見学)(?:した|された|者|生)?(?:の)?(?:生徒|児童|学生|園児|皆さん|皆様|方|方々|子ども|子どもたち|保護者|市民|住民)?|(?:生徒|児童|学生|園児|子ども|子どもたち)(?:たち)?)(?:の|から(?:の)?)(?:お?声|ご?感想|ご?意見|コメント)(?:から|より)?[ \u3000]?[】］\]〉>]?[ \u3000:：]*$/u
const LIST_LINE = /^[ \u3000]*[・•●○◦▪※\-－‐*＊]/u
function listUnderVoiceHeading(t: string, a: number): boolean {
  let ls = t.lastIndexOf('\n', a - 1) + 1
  if (!LIST_LINE.test(t.slice(ls, a + 1))) return false
  for (let k = 0; k < 12 && ls > 0; k++) {
    const ps = t.lastIndexOf('\n', ls - 2) + 1
    const line = t.slice(ps, ls - 1)
    if (!LIST_LINE.test(line)) return VOICE_HEADING.test(line) && !VAGUE.test(line) && !PUBLISHED_VOICE.test(line)
    ls = ps
  }
  return false
}
/**
 * Blind IT-015: voices announced as received at the post's own class or event (講座後のアンケートでは、次のような感想が寄せられました。⏎・…):
 * the city's own report of what its participants wrote, not a text with an author. Not one read in a medium.
 */
const FEEDBACK_LEAD = /(?:では|から(?:は)?|に(?:は)?)[、,]?(?:次の|以下の|こんな|このような)(?:ような)?(?:ご?感想|お?声|ご?意見|コメント)(?:が|を)[^。！？!?\n]{0,6}?(?:寄せられ|いただ|頂|届|あり|聞かれ)[^。！？!?\n]{0,8}[。：:]?\s*$/u
/**
 * Blind IT-099: a participant of the post's event named after the quotation by their part (「…」と、ある生徒はふり返っていました, と参加者の
 * 一人は話していました): one of the group the post reports on, heard there by the staff. Not a vague author, an authority or a medium.
 */
/**
 * Blind R188A-033 kind: a participant of the post's class or event named after the quotation as the one who told of it there (「…」という経験を、
 * 一人の生徒が勇気を出して打ち明けてくれた, 「…」という思いを参加者の方が話してくれました): what was said in the session the post reports, heard by
 * the staff or the teacher. Not a vague author, an authority or a medium (ある作家が書いていた, ネットで見た).
 */
const PARTICIPANT_TOLD_AFTER = /^[」』”〟]?\s?(?:という|との)(?:経験|体験|思い|気持ち|お?話|エピソード|悩み|本音|出来事|思い出)を[、,]?\s?(?:ある|一人の|ひとりの|別の)?(?:参加者|参加した[^。！？!?\n「」]{0,6}?|生徒|児童|園児|学生|受講者|受講生|子ども|子どもたち|保護者|実習生|研修生|班員|メンバー)(?:の(?:一人|ひとり|方|皆さん))?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,12}?(?:打ち明け|話して|話し(?:まし|た)|語って|語り|教えて|聞かせて|発表し|披露し)/u
const PARTICIPANT_AFTER = /^[」』”〟]?\s?と[、,]?\s?(?:ある|一人の|ひとりの|別の)?(?:参加者|参加した[^。！？!?\n「」]{0,6}?|生徒|児童|園児|学生|受講者|受講生|子ども|子どもたち|保護者|実習生|研修生)(?:の(?:一人|ひとり|方|皆さん))?(?:は|が|も)[、,]?[^。！？!?\n「」『』]{0,10}?(?:話して|語って|ふり返って|振り返って|話し(?:まし|た)|語り|ふり返り|振り返り|笑顔で|答えて|感想を)/u
/**
 * Blind IT-147: a term put in brackets and named as a word (「ローリングストック」という言葉を聞いたことはありますか): the mention of a word,
 * not a text quoted. Only a bare noun (katakana, kanji, Latin letters); a phrase with kana (「人は城、人は石垣」という言葉) stays a saying.
 */
const TERM_NAMED_AFTER = /^[」』”〟]?\s?(?:という|との|って|とは)(?:言葉|ことば|用語|単語|語|キーワード|考え方|取り組み)/u
const BARE_TERM = /^[ァ-ヶー・一-龠々A-Za-z0-9０-９ 　]{1,24}$/u
/**
 * Blind TW-136: a slogan or motto the post says its makers decided or wrote (サミットで決まった標語は「…」, 中学生が考えた合言葉は「…」,
 * 実行委員会が定めたスローガン): its authors named by what they did; not a vague maker (ある人が考えた標語).
 */
const MADE_SLOGAN_BEFORE = /(?<!ある|とある|某)(?:で|が|の)[^。！？!?\n「」『』]{0,6}?(?:決ま(?:った|りました)|決めた|考えた|考案した|作った|つくった|選ばれた|選んだ|定めた|採用された|生まれた)(?:標語|スローガン|合言葉|合い言葉|キャッチフレーズ|テーマ)(?:は|が|を|として)[、,]?\s?$/u
/**
 * Blind R166I-040: a line spoken in a role-play or skit at the post's class (警察官が不審者役になってのロールプレイ。「…」と声をかけられた子どもたち):
 * a scripted model line, not a text with an author.
 */
const ROLE_PLAY = /ロールプレイ|ロールプレイング|寸劇|役になって|役を(?:演じ|務め|つとめ)|(?:不審者|犯人|店員|客|患者)役|模擬(?:訓練|体験)/u
const ROLE_LINE_AFTER = /^[」』”〟]?\s?(?:と|って)[、,]?(?:声をかけ|声を掛け|話しかけ|話し掛け|誘|言われ|呼びかけ|呼び掛け|近づ)/u
/**
 * Blind R163A-125: words of a vague work introduced as what it says (ある交通安全の標語にこうあります。⏎「…」, とある本にこんな一節が): a
 * quotation with no source, whatever its form.
 */
const VAGUE_WORK_LEAD = /(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:ある|とある|某)[^「『」』。！？!?\n]{0,12}?(?:標語|言葉|詩|歌|句|本|書物|書籍|文章|作品|格言|名言|教え|碑|石碑)(?:に|には|で|では)[、,]?(?:こう|次のように|このように|こんな(?:ふうに)?(?:一節|言葉)?(?:が)?)(?:あります|ありました|ある|あった|書かれて|書いて|記されて|うたわれて|謳われて|詠まれて|刻まれて)[^「『」』。！？!?\n]{0,8}[。：:]?\s*$/u
/**
 * Blind R166I-090: the issue of the city's own newsletter in the post's heading (【広報やながわ 1月号 特集】): the post itself, not where a
 * quotation in it is from.
 */
const OWN_ISSUE_HEADING = /^[ \u3000]*【[^】\n]{0,16}?(?:広報|市報|町報|村報|だより|便り)[^】\n]{0,8}?月号(?![^】\n]{0,8}?(?:より|から|引用|抜粋|転載))[^】\n]{0,12}】/u

/**
 * Blind UG-040 kind: the post's own quiz question, its choice of marks inside the brackets (「…。○か×か？」, 「…は本当でしょうか？」 after
 * ○×クイズ): a statement put to the reader to judge, not someone's text.
 */
const QUIZ_INNER = /(?:^|[。、！!？?\s])[ \u3000]?(?:[○〇◯⭕]\s?(?:か|or|・|\/)?\s?[×✕✖❌]\s?(?:か|でしょうか)?|[○〇◯⭕][？?]\s?[×✕✖❌])[？?]?$/u
/**
 * Blind UH-072 kind: the post's own quiz question with its numbered choices inside the brackets (「…は、およそ何キロでしょう？ ①… ②… ③…」,
 * 「…はどれ？ A. … B. …」): a question put to the reader with answers to pick from, not someone's text. Choices with no question before
 * them (「①…②…」 read in a book) or a question with none after it stay quotations.
 */
const QUIZ_CHOICE_TEXT = '[^①-⑳「」『』？?\\n]{1,30}'
const QUIZ_CHOICES_INNER = new RegExp(
  `[？?][ \u3000]*\\n?[ \u3000]*(?:①${QUIZ_CHOICE_TEXT}②${QUIZ_CHOICE_TEXT}(?:③${QUIZ_CHOICE_TEXT}(?:④${QUIZ_CHOICE_TEXT})?)?|[AＡ][.．:：)）]${QUIZ_CHOICE_TEXT}[BＢ][.．:：)）]${QUIZ_CHOICE_TEXT}(?:[CＣ][.．:：)）]${QUIZ_CHOICE_TEXT}(?:[DＤ][.．:：)）]${QUIZ_CHOICE_TEXT})?)?)$`,
  'u',
)
/** The raw text inside the brackets (the circled numbers fold to digits in the norm view, so the choices are read on the raw one). */
function quizChoices(doc: RuleInput['doc'], a: number, b: number): boolean {
  const { start, end } = doc.fromNorm(a, b)
  return QUIZ_CHOICES_INNER.test(doc.raw.slice(start + 1, end - 1).trimEnd())
}
/**
 * Blind UG-050 kind: the city's own staff given the floor right before their words (担当者から一言。「…」, 担当職員からのメッセージ：「…」):
 * the account's own voice, as 「…」と担当の保健師は話します is. Not someone of another body or left vague (ある専門家から一言).
 */
const OWN_STAFF_FLOOR_BEFORE = /(?<![一-龠々ァ-ヶー]|ある|とある|某|他の|よその)(?:担当者|担当職員|担当の職員|担当課|担当係|係員)(?:さん)?(?:から|より)(?:の)?(?:一言|ひと言|ひとこと|メッセージ|コメント|アドバイス|お知らせ|ご案内)[。：:！!]?\s?$/u
/**
 * Blind UG-077 kind: an impostor's words quoted as the example of a trick the post warns of (「市の…から来ました」と言って家に上がり込み、…
 * 契約を迫る事例が報告されています): the caller's lie, shown so the reader knows it, with the case or the trick named in the sentence.
 * Blind LC-008 kind: …or the trader who comes to the door with it named, also in 筑後弁 (「…点検しますけん」っち言うて家に来る業者).
 */
const IMPOSTOR_LINE_AFTER = /^[」』”〟]?\s?(?:と|って|っち|ち)[、,]?(?:言って|いって|言うて|いうて|ゆうて|言い|名乗って|名乗り|偽って|偽り|称して|装って|持ちかけ|持ち掛け)[^。！？!?\n「」『』]{0,50}?(?:事例|ケース|手口|被害|トラブル|不審な|(?:来る|くる|来た|きた|訪ねて(?:来|く)る|訪問する|上がり込む|あがり込む)(?:業者|事業者|営業|セールス))/u
/**
 * Blind IZ-039 kind: words said to the writer in person by someone of their own workplace or family, told as such in a cleft (先輩から最初に
 * 言われたのは「…」という言葉でした, 上司に教わったのは「…」): the writer's own experience, no text with an author. Not someone left vague
 * (ある先輩から), an authority, or words read in a medium.
 */
const TOLD_ME_CLEFT_BEFORE = /(?<![一-龠々ァ-ヶー]|ある|とある|某)(?:先輩|上司|同僚|係長|課長|部長|室長|所長|館長|師匠|親方|父|母|祖父|祖母|[一-龠々ァ-ヶー]{1,6}(?:さん|さま|様))(?:たち|方)?(?:から|に)[、,]?[^。！？!?\n「」『』]{0,10}?(?:言われ|いわれ|教わっ|教えられ|教えていただい|教えてもらっ|教えてくれ|声をかけられ|声を掛けられ)(?:た|ました)(?:の|こと|言葉)(?:は|が)[、,]?\s?$/u
const TOLD_ME_CLEFT_AFTER = /^[」』”〟]?\s?(?:という|との)?(?:言葉|一言|ひと言|こと|教え|お話)?(?:です|でした|だ|だった)/u
/**
 * Blind UG-046 kind: the lecturer of the city's own session, named earlier in the post by their body and office (法務局の人権擁護委員さんを
 * 講師に研修会を開きました): the lecture's words quoted later (講義で印象に残ったのは「…」というお話です) are theirs, the speaker known.
 * An unnamed 先生 at a lecture (先週の講演会で、先生が「…」) names no one.
 */
const LECTURER_BY_BODY = /(?<!ある|とある|某|どこかの)[一-龠々ァ-ヶー]{2,12}(?:局|省|庁|署|県|市|町|村|大学|病院|協会|センター|事務所|研究所|委員会|会議所)の[一-龠々ァ-ヶー]{2,12}(?:さん|氏|先生|様)?(?:を|に)[、,]?(?:講師|講演者)(?:に|として)[^。！？!?\n]{0,20}?(?:研修|講座|講演会|勉強会|学習会|セミナー|教室)(?:会)?を?(?:開き|開催し|行い|実施し)/u
/**
 * Blind UH-111 kind: the lecturer of the city's own session described by what they lived through or did, not by name (熊本地震で被災し、
 * 避難所の運営に携わった方を講師にお招きし、防災講演会を開きました): the one the city invited, known to it and shown to the reader by their
 * part, as a lecturer named by body is. Someone left vague (ある専門家を講師に) or a lecture the writer only attended names no one.
 */
const LECTURER_DESCRIBED = /(?:[ぁ-ゖ]た|のある|経験がある|経験を持つ)(?:方|方々|女性|男性|皆さん|皆様)(?:を|に)[、,]?(?:講師|講演者|語り部)(?:に|として)[、,]?(?:お招き|お迎え|招き|迎え|招いて|迎えて|お呼び)?[^。！？!?\n]{0,20}?(?:研修|講座|講演会|勉強会|学習会|セミナー|教室|講話)(?:会)?を?(?:開き|開催し|行い|実施し)/u
function lecturerDescribed(t: string): boolean {
  const m = LECTURER_DESCRIBED.exec(t)
  if (!m) return false
  const sentence = t.slice(Math.max(0, t.lastIndexOf('。', m.index) + 1, t.lastIndexOf('\n', m.index) + 1), m.index + m[0].length)
  return !VAGUE.test(sentence) && !/(?:^|[^ぁ-ゖ])(?:ある|とある|某|どこかの)[一-龠々ァ-ヶー]/u.test(sentence)
}
/**
 * …and the lecturer, the subject of the sentence right before the words, telling of it (講師は、…実際の経験を静かな口調で語られました。「…」
 * という言葉が印象に残りました): the words are that lecturer's, said at the session.
 */
const LECTURER_SPOKE_BEFORE = /(?:^|[。！？!?\n])[ \u3000]*(?:講師|講演者)(?:の方|の先生)?(?:は|が)[、,]?[^「」『』。！？!?\n]{0,140}?(?:語られ|話され|お話しされ|お話し(?:くださ|いただ)|(?:語って|話して|説明して)(?:くださ|いただ)|説明され)[^「」『』。！？!?\n]{0,10}[。！!][ \u3000]*$/u
const LECTURE_POINT_BEFORE = /(?:講義|講演|講話|研修|講座|お話)(?:で|の中で|では)[、,]?[^。！？!?\n「」『』]{0,16}$|(?:講師|講演者)(?:の方)?(?:から|は|が)(?:は)?[、,]?\s?$/u
const LECTURE_POINT_AFTER = /^[」』”〟]?\s?(?:(?:という|との)(?:お話|話|ご指摘|指摘|ご説明|説明|言葉|お言葉)|と[、,]?(?:お話し|話され|説明され|語られ|指摘され))/u
/**
 * Blind IZ-077 kind: a facility's or a scheme's name given with its gloss in brackets (「クーリングシェルター（指定暑熱避難施設）」として): a
 * name, not words quoted.
 */
const GLOSSED_NAME = /^[ァ-ヶー・一-龠々A-Za-z0-9０-９ 　]{1,30}(?:[（(][ァ-ヶー・一-龠々A-Za-z0-9０-９、 　]{1,24}[）)])?$/u
const AS_NAME_AFTER = /^\s?(?:として|に指定|を指定|と名付け|の名称)/u
/**
 * Blind UG-069 kind: the occasion the post reports held by the city (追悼式を執り行いました, 記念式典を開催しました): a role speaking there
 * in a later paragraph (遺族会の代表は「…」と述べました) is heard at it.
 */
const OCCASION_HELD = /(?:式|式典|大会|祭|まつり|セレモニー|集い|つどい|会)[」』]?(?:を|が)[、,]?[^。！？!?\n]{0,10}?(?:執り行い|執り行われ|開催し|開催され|開き|開かれ|行い|行われ|催し)/u
/**
 * Blind UG-109 kind: a paragraph opening with the one met at the post's event, who told the staff the words set just before (…体験会に参加
 * された80代の男性は、舟を降りると笑顔でこう話してくださいました): the speaker described by what they did there, the words heard in person.
 */
const HEAD_TOLD_US = /^[^「」『』。！？!?\n]{2,60}?(?:方|男性|女性|人|さん|様|生徒|児童|学生|参加者|皆さん|みなさん|お母さん|お父さん|ご夫婦|ご家族)(?:たち)?(?:は|が|も)[、,]?[^「」『』。！？!?\n]{0,24}?(?:こう|そう|このように|そのように)(?:話して|語って|教えて|言って|おっしゃって|笑って)(?:くださ|くれ|下さ|いただ)/u
function headToldUs(head: string): boolean {
  return HEAD_TOLD_US.test(head) && !NOT_MET.test(head) && !VAGUE.test(head) && !IN_MEDIUM.test(head) && !PUBLISHED_VOICE.test(head)
}
/**
 * Blind R207I-061 kind: the lines of a children's song written out at the head of a line without brackets (からたちの花が咲いたよ　白い白い花が
 * 咲いたよ🌼): two phrases parted by a space that end alike (a refrain: …咲いたよ　…咲いたよ), in the plain voice, one of them doubling a word
 * whose head is a kanji (白い白い, 青い青い) as songs for children do. The refrain and the doubling together mark verse; the account's own
 * line has neither (梅が咲いたよ　見に来てね), and its own polite or calling refrain (ご注意ください　…ください, 守ろうよ　…守ろうよ) is
 * no song.
 * Blind R15B-027, R34B-053, R171I-085 kind: the same two phrases set in brackets at the head of a line (「からたちの花が咲いたよ　白い白い花が
 * 咲いたよ」――…), or parted by a sentence stop or a line break (からたちの花が咲いたよ。⏎白い白い花が咲いたよ。), are the song's lines as well.
 */
const REFRAIN_LINE = /(?:^|\n)[ ]{0,2}[「『]?([ぁ-ゖァ-ヶー一-龠々]{4,20})(?: |。?\n|。)([ぁ-ゖァ-ヶー一-龠々]{4,20})(?![ぁ-ゖァ-ヶー一-龠々])/gu
/** What REFRAIN_LINE matches before the opening bracket or the first phrase. */
const REFRAIN_LEAD = /^\n?[ ]{0,2}/u
const REFRAIN_NOT_SONG = /(?:です|ます|ました|でした|ません|ましょう|ください|下さい|[ろよこそおもとの]う[よね]?)$/u
const DOUBLED_WORD = /([一-龠々][ぁ-ゖ]?)\1/u
function refrainVerses(t: string): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  REFRAIN_LINE.lastIndex = 0
  for (let m = REFRAIN_LINE.exec(t); m; m = REFRAIN_LINE.exec(t)) {
    const x = m[1]!
    const y = m[2]!
    let k = 0
    while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++
    const end = x.slice(x.length - k)
    // Parted by a stop or a line break (two sentences of the account's own could end alike: …でいるよ。…っているよ。), the refrain
    // must be more than an ending: a word and its ending said again (花が咲いたよ).
    const spaced = t[m.index + m[0].length - y.length - 1] === ' '
    if (k >= (spaced ? 3 : 5) && /[ぁ-ゖ]$/u.test(end) && !REFRAIN_NOT_SONG.test(end) && (DOUBLED_WORD.test(x) || DOUBLED_WORD.test(y))) {
      // From the opening bracket (or the first phrase) to the closing one (or the last phrase): the separator may be two characters.
      const lead = REFRAIN_LEAD.exec(m[0])![0].length
      const a = m.index + lead
      const bracketed = m[0][lead] === '「' || m[0][lead] === '『'
      // (A stop right after the last phrase is the line's own: a citation after it, 。（北原白秋「からたちの花」）, is next to the lines.)
      let b = m.index + m[0].length
      if (bracketed && /[」』]/u.test(t[b] ?? '')) b++
      else if (!bracketed && t[b] === '。') b++
      out.push({ a, b })
    }
    if (REFRAIN_LINE.lastIndex <= m.index) REFRAIN_LINE.lastIndex = m.index + 1
  }
  return out
}
function readQuotes({ doc, policy }: RuleInput): QuotationFacts {
  const t = doc.norm.text
  const min = policy.quotation.minLength
  const reported = t.includes('によ') ? vagueReports(t) : NO_REPORTS
  const article = t.includes('。') ? encyclopedic(t) : null
  const refrains = t.includes(' ') || t.includes('。') || t.includes('\n') ? refrainVerses(t) : []
  const dashQuoted = t.split('\n').some(dashWrapped) || (/\n[ \u3000]{0,3}-/u.test(t) && t.split('\n').some((l) => DASH_INTRO.test(l)))
  if (!article && !dashQuoted && !MAY_QUOTE.test(t) && !REPOST_ANNOUNCE.test(t) && reported.length === 0 && !OLD_FORM.test(t) && !CLASSICAL_STRONG.test(t) && refrains.length === 0) return new PlainFacts(t, min, doc.normMapper())
  const quotes: Array<{ a: number; b: number; what: string; block?: boolean; vague?: boolean; heldNext?: boolean; intro?: string }> = []
  if (article) quotes.push({ ...article, what: '百科事典などの記述とみられる文章' })
  // Bracket pairs: one pass with a stack per bracket kind (linear even for 「「「…」」」).
  const stacks: Record<string, number[]> = {}
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!
    let a: number | undefined
    if (c === '"') {
      const st = (stacks['"'] ??= [])
      // “…" (a curly opening mark closed by a straight one).
      const curly = stacks['“']
      if (st.length === 0 && curly && curly.length > 0) {
        a = curly.pop()
      } else if (st.length === 0) {
        st.push(i)
        continue
      } else a = st.pop()
    } else if (OPEN_CLOSE[c] !== undefined) {
      const st = (stacks[c] ??= [])
      if (st.length < 8) st.push(i)
      continue
    } else if (CLOSERS.has(c)) {
      // ’ between letters is an apostrophe (Don’t, Yanagawa’s), not a closing mark.
      if (c === '’' && /[A-Za-z]/u.test(t[i + 1] ?? '')) continue
      a = stacks[CLOSE_OF[c]!]?.pop()
    } else continue
    if (a === undefined) continue
    // A line of a song or a poem, or a saying put in someone's mouth, is quoted however short: 「…」という歌詞, かの偉人も「…」と述べている.
    // Words the post then calls "these words" (…（訳）。この言葉を胸に): quoted, whatever their form.
    const called = THESE_WORDS.test(t.slice(i + 1, i + 60)) || FOND_WORDS_AFTER.test(t.slice(i + 1, i + 60)) || wordsMet(t.slice(i + 1, i + 70)) || WRITTEN_WORDS_AFTER.test(t.slice(i + 1, i + 60)) || OCCASION_MET_AFTER.test(t.slice(i + 1, i + 70))
    // 文語 (…思ふもの, …けり) is a line of a poem or an old text: quoted however short.
    const credited = VAGUE_CREDIT_AFTER.test(t.slice(i + 1, i + 50)) || VAGUE_MEDIUM_CREDIT_AFTER.test(t.slice(i + 1, i + 50)) || VAGUE_DOC_CREDIT_AFTER.test(t.slice(i + 1, i + 50))
    // Blind R118A-015: a short maxim with a sentence end (「農は国の本なり」。この言葉を胸に) called "these words" after it is quoted too.
    const pressed = PRESS_DESCRIBED_AFTER.test(t.slice(i + 1, i + 24)) && PRESS_MEDIUM_BEFORE.test(t.slice(Math.max(0, a - 40), a))
    const need = credited ? Math.min(min, CREDIT_MIN) : called && HEAD_SAYING_END.test(t.slice(a + 1, i).replace(/[。．]$/u, '')) && /[はがも]/u.test(t.slice(a + 1, i)) ? Math.min(min, CALLED_MIN) : called || pressed || AGREED_AFTER.test(t.slice(i + 1, i + 16)) || CLASSICAL.test(t.slice(a + 1, i)) || SHORT_WORK_AFTER.test(t.slice(i + 1, i + 12)) || HUMMED_AFTER.test(t.slice(i + 1, i + 30)) || EPIGRAPH_AFTER.test(t.slice(i + 1, i + 30)) || SAYING_AFTER.test(t.slice(i + 1, i + 26)) || (STAYED_WITH_ME_AFTER.test(t.slice(i + 1, i + 40)) && HEAD_SAYING_END.test(t.slice(a + 1, i).replace(/[。．]$/u, ''))) || (SHORT_WORK_BEFORE.test(t.slice(Math.max(0, a - 10), a)) && !HARMFUL_WORDS_BEFORE.test(t.slice(Math.max(0, a - 40), a))) || AUTHORITY_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || (FAMED_ROLE_SAID.test(t.slice(Math.max(0, a - 24), a)) && FAMED_SAID_AFTER.test(t.slice(i + 1, i + 16))) || VAGUE_WORDS_BEFORE.test(t.slice(Math.max(0, a - 34), a)) || VAGUE_AUTHOR_BEFORE.test(t.slice(Math.max(0, a - 40), a)) ? Math.min(min, SHORT_MIN) : min
    // Blind R57A-148: a saying in Japanese set alone at the head in double quotes ("…ものだ", “…”) is one as in 「」.
    const saying = (c === '」' || c === '』' ? headSaying(t, a, i) : c === '”' || c === '"' ? headLatinSaying(t, a, i) || headSaying(t, a, i) : false) ||
      // Blind R119A-051/077: a maxim set off alone, held up right after as wisdom (「子育ては、親育て」。…本当にその通りだなと思います).
      ((c === '」' || c === '』') && (maximAffirmed(t, a, i) || spiritHeld(t, a, i) || summedUp(t, a, i) || praisedWords(t, a, i))) ||
      // Blind R421W-023 kind: a maxim in any quotes taken up with って/という言葉 and agreed with (maximAgreedQuoted).
      ((c === '」' || c === '』' || c === '”' || c === '"' || c === '〟') && maximAgreedQuoted(t, a, i))
    if (saying) {
      quotes.push({ a, b: i + 1, what: `${letters(t.slice(a + 1, i))}文字の引用` })
      continue
    }
    // Blind R383G-060 kind: a haiku or a tanka announced as one the writer recalls or presents (思い出す句があります。⏎「…　…　…」).
    if ((c === '」' || c === '』') && announcedVerse(t, a, i)) {
      quotes.push({ a, b: i + 1, what: `${letters(t.slice(a + 1, i))}文字の引用` })
      continue
    }
    // Blind R120A-138: a saying that is the whole paragraph (「入るを量りて出ずるを為す」。), held up by the next one (この精神で).
    if ((c === '」' || c === '』') && letters(t.slice(a + 1, i)) < need && t.slice(0, a).trim() === '' && /^[。．]?\s*$/u.test(t.slice(i + 1)) && loneSaying(t.slice(a + 1, i))) {
      quotes.push({ a, b: i + 1, what: `${letters(t.slice(a + 1, i))}文字の引用`, heldNext: true })
      continue
    }
    // Blind R120A-132: a saying handed down (昔から「…」て言うけんね): no author, however short.
    if ((c === '」' || c === '』') && letters(t.slice(a + 1, i)) >= SHORT_MIN && !PROVERB_AFTER.test(t.slice(i + 1, i + 30)) && handedDown(t, a, i)) {
      quotes.push({ a, b: i + 1, what: `${letters(t.slice(a + 1, i))}文字の言い習わし`, vague: true })
      continue
    }
    // Blind R200D-013 kind: a saying held up as commonly said (「…」と言われるとおり): its author is still to name, however short.
    if ((c === '」' || c === '』') && letters(t.slice(a + 1, i)) >= SHORT_MIN && !PROVERB_AFTER.test(t.slice(i + 1, i + 30)) && commonlySaid(t, a, i)) {
      quotes.push({ a, b: i + 1, what: `${letters(t.slice(a + 1, i))}文字の引用` })
      continue
    }
    if (i - a - 1 < need || i - a > 2000) continue
    const inner = t.slice(a + 1, i)
    if (letters(inner) < need) continue
    // 【】〔〕 mark headings and notes (【お知らせ】): a passage in them must hold whole sentences.
    if ((c === '】' || c === '〕') && !inner.includes('。')) continue
    // Blind GS-042: a heading in 【】 at the head of a line, in the city's own polite or calling voice (【暑さが続いています。ご近所で
    // 声をかけ合いましょう】): the post's headline, not a text quoted.
    if (c === '】' && HEADLINE_VOICE.test(inner) && /^[ \u3000]*$/u.test(t.slice(t.lastIndexOf('\n', a - 1) + 1, a))) continue
    // Words announced as someone's (…の言葉を借りると「…」, 先輩に教わった言葉です。「…」) are quoted, whatever their form.
    const framed = (QUOTE_FRAME_BEFORE.test(t.slice(Math.max(0, a - 14), a)) && !HARMFUL_WORDS_BEFORE.test(t.slice(Math.max(0, a - 40), a))) || QUOTING_BEFORE.test(t.slice(Math.max(0, a - 24), a)) || SAYING_LEAD.test(t.slice(Math.max(0, a - 24), a)) || VAGUE_WORDS_BEFORE.test(t.slice(Math.max(0, a - 34), a)) || VAGUE_AUTHOR_BEFORE.test(t.slice(Math.max(0, a - 40), a)) || songLyrics(t, a, i) || pressed
    if (credited) {
      quotes.push({ a, b: i + 1, what: `${letters(inner)}文字の引用`, vague: true })
      continue
    }
    // Blind R163A-125: words of a vague work introduced as what it says (ある交通安全の標語にこうあります。⏎「…」).
    if (VAGUE_WORK_LEAD.test(t.slice(Math.max(0, a - 40), a))) {
      quotes.push({ a, b: i + 1, what: `${letters(inner)}文字の引用`, vague: true })
      continue
    }
    if (!called && !framed && !isPassage(inner, t.slice(i + 1, i + 16), t.slice(Math.max(0, a - 10), a))) continue
    quotes.push({ a, b: i + 1, what: `${letters(inner)}文字の引用` })
  }
  // Blind R116A-096: a sentence pointed back at as words read somewhere left vague (…だ――どこかで読んだこの言葉).
  if (t.includes('言葉') || t.includes('一節') || t.includes('フレーズ') || t.includes('名言') || t.includes('格言') || t.includes('一文') || t.includes('文章')) {
    UNBRACKETED_VAGUE.lastIndex = 0
    for (let m = UNBRACKETED_VAGUE.exec(t); m; m = UNBRACKETED_VAGUE.exec(t)) {
      const a = m.index + m[1]!.length
      const b = a + m[2]!.length
      if (letters(m[2]!) >= SHORT_MIN && !quotes.some((q) => q.a < b && a < q.b)) quotes.push({ a, b, what: '出典の分からない言葉', vague: true })
      if (UNBRACKETED_VAGUE.lastIndex <= m.index) UNBRACKETED_VAGUE.lastIndex = m.index + 1
    }
    // Blind R167I-110: a sentence set down without brackets, closed by a dash and called words (…まちの未来をつくります――という言葉を胸に).
    UNBRACKETED_WORDS.lastIndex = 0
    for (let m = UNBRACKETED_WORDS.exec(t); m; m = UNBRACKETED_WORDS.exec(t)) {
      const a = m.index + m[1]!.length
      const b = a + m[2]!.length
      if (letters(m[2]!) >= SHORT_MIN && !quotes.some((q) => q.a < b && a < q.b)) quotes.push({ a, b, what: `${letters(m[2]!)}文字の引用` })
      if (UNBRACKETED_WORDS.lastIndex <= m.index) UNBRACKETED_WORDS.lastIndex = m.index + 1
    }
  }
  // Lyrics between music notes (♪…　…　…♪), not already inside a bracket.
  if (/[♪♫♬]|🎵|🎶|🎼/u.test(t)) {
    for (const l of noteLyrics(t, min)) {
      if (quotes.some((q) => q.a < l.b && l.a < q.b)) continue
      quotes.push({ a: l.a, b: l.b, what: `♪で囲まれた歌詞（${letters(l.inner)}文字）` })
    }
  }
  for (const r of refrains) if (!quotes.some((q) => q.a < r.b && r.a < q.b)) quotes.push({ ...r, what: '歌詞とみられる一節（繰り返しのある詩句）' })
  // Passages framed as quotations ((以下引用)…(引用ここまで)); a frame left open runs to the end of the paragraph.
  const frames: Array<{ a: number; b: number }> = []
  if (t.includes('引用') || t.includes('抜粋') || t.includes('転載')) {
    for (const m of t.matchAll(FRAME_OPEN)) {
      const a = m.index! + m[0].length
      if (frames.length > 0 && a < frames[frames.length - 1]!.b) continue
      const close = FRAME_CLOSE.exec(t.slice(a, a + 2000))
      let b = close ? a + close.index : Math.min(t.length, a + 2000)
      // Blind IF-036: a frame left open ends at a citation line under the passage (【引用】⏎「…」⏎（柳川市史編さん委員会『柳川の水と暮らし』
      // 平成18年刊、12ページより）): the line names the passage's source and is no part of it.
      if (!close) {
        const cite = CITATION_LINE.exec(t.slice(a, b))
        if (cite) b = a + cite.index
      }
      if (letters(t.slice(a, b)) < min) continue
      frames.push({ a, b })
      // The markers are blanked with the passage: ここから抜粋 names no source (…から抜粋).
      quotes.push({ a: m.index!, b: close ? b + close[0].length : b, what: '「以下引用」のように示された引用文' })
    }
  }
  // Block quotes (> …, 引用：…) and passages announced by the line before (以下、…より抜粋します。).
  let introAtEnd = false
  let lead: Span | null = null
  let announced = false
  // The sentence of the line that announced the next one (柳川市観光協会の投稿をご紹介します。…).
  let announcer = ''
  let dashAnnounced = false
  let firstLine = true
  // Consecutive block-quote lines are one quotation (a poem quoted line by line): measured together.
  let run: { a: number; b: number; letters: number; what: string } | null = null
  const closeRun = (next = '') => {
    // A > line is marked as a quotation by its writer: a short one counts when it reads as a sentence (> 投票は、民主主義の根幹をなすものです),
    // or when the line after it takes it up as words seen or read (BLOCK_TAKEN_UP: ってどっかで見て).
    if (run && (run.letters >= min || (run.letters >= BLOCK_MIN && (BLOCK_SENTENCE.test(t.slice(run.a, run.b)) || BLOCK_TAKEN_UP.test(next))))) quotes.push({ a: run.a, b: run.b, what: run.what, block: true })
    // Blind R418T-019/R420V-033 kind: a short > line taken up right after as words (いつもこの言葉を思い出します); alone in its paragraph, a
    // quotation only if the next paragraph opens so (heldNext: 昔からよく聞く言葉ですが).
    else if (run && run.letters >= CALLED_MIN && run.what.startsWith('「>」')) {
      if (t.slice(run.b).trim() === '') {
        if (t.slice(0, run.a).trim() === '') quotes.push({ a: run.a, b: run.b, what: run.what, block: true, heldNext: true })
      } else if (calledWords(t.slice(run.b, run.b + 80))) quotes.push({ a: run.a, b: run.b, what: run.what, block: true })
    }
    run = null
  }
  for (let lineStart = 0; lineStart <= t.length; ) {
    let lineEnd = t.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = t.length
    const line = t.slice(lineStart, lineEnd)
    const block = BLOCK_LINE.exec(line)
    const opensBracket = /^\s*[「『“‘〝≪《«"]/u.test(line)
    const long = letters(line) >= min
    if (!block) closeRun(line)
    if (block) {
      const n = letters(line.slice(block[0].length))
      if (run) Object.assign(run, { b: lineEnd, letters: run.letters + n })
      else run = { a: lineStart, b: lineEnd, letters: n, what: line.trimStart().startsWith('>') ? '「>」で始まる引用文' : `「${/引用|抜粋|転載/u.exec(line)?.[0] ?? '引用'}：」で始まる引用文` }
      if (lineEnd === t.length) closeRun()
    } else if (LABELLED_LINE.test(line) && letters(line.slice(LABELLED_LINE.exec(line)![0].length)) >= min) {
      const label = LABELLED_LINE.exec(line)![0]
      quotes.push({ a: lineStart + label.length, b: lineEnd, what: `「${/引用|抜粋|転載/u.exec(label)![0]}：」のあとの引用文` })
    } else if (dashAnnounced && long && DASH_LED.test(line) && !SOURCE_LINE.test(line)) {
      quotes.push({ a: lineStart + DASH_LED.exec(line)![0].length, b: lineEnd, what: 'ダッシュで示された引用文' })
    } else if (dashWrapped(line)) {
      quotes.push({ a: lineStart, b: lineEnd, what: 'ダッシュで囲まれた引用文' })
    } else if (announced && long && !opensBracket && !SOURCE_LINE.test(line) && !frames.some((f) => f.a <= lineEnd && lineStart <= f.b)) {
      quotes.push({ a: lineStart, b: lineEnd, what: '引用として紹介された文章', intro: announcer })
    } else if (isOldText(line)) {
      quotes.push({ a: lineStart, b: lineEnd, what: '文語の一節' })
    } else if (firstLine && long && !opensBracket && !block) {
      lead = { start: lineStart, end: lineEnd }
    }
    // Blind R11A-048 kind: the announcement (repostAnnounced) and the text it reproduces in one line (…そのまま使わせていただきます。農業
    // 用水は…): the rest of the line after the announcing sentence is that text.
    if (letters(line) > 0 && !block && repostAnnounced(line)) {
      const m = REPOST_ANNOUNCE.exec(line)!
      const stop = /[。！!]\s*/u.exec(line.slice(m.index + m[0].length))
      const from = stop ? m.index + m[0].length + stop.index + stop[0].length : line.length
      if (from < line.length && letters(line.slice(from)) >= min && !/^\s*[「『“‘〝≪《«"]/u.test(line.slice(from)) && !SOURCE_LINE.test(line.slice(from))) {
        quotes.push({ a: lineStart + from, b: lineEnd, what: '引用として紹介された文章' })
      }
    }
    if (letters(line) > 0) {
      dashAnnounced = dashIntro(t, lineStart, line)
      announced = introAnnounces(t, lineStart, line) || excerptHeading(line) || repostAnnounced(line) || MEDIUM_FROM_LINE.test(line) || /^\s*引用\s?[:：]?\s*$/u.test(line) || (FRAME_ALONE.test(line) && !frames.some((f) => f.a >= lineStart && f.a <= lineEnd))
      announcer = announced ? announcingSentence(line) : ''
      firstLine = false
    }
    lineStart = lineEnd + 1
  }
  introAtEnd = announced
  // Blind R83A-007: short verse lines right under a line pointing at a poem or words (こんな言葉があります。⏎山門は我が産土、⏎…).
  if (VERSE_INTRO_WORD.test(t)) {
    for (let ls = 0, k = 0; ls < t.length && k < 40; k++) {
      let le = t.indexOf('\n', ls)
      if (le === -1) le = t.length
      const line = t.slice(ls, le)
      const v = le < t.length && !/[「『“〝]/u.test(line) && VERSE_INTRO.test(line) ? verseBlock(t, le + 1, min) : null
      // (Named in the intro, 北原白秋の『…』の一節です, its source is there, as the post's source check reads it.)
      if (v && !quotes.some((q) => q.a < v.end && v.start < q.b)) {
        quotes.push({ a: v.start, b: v.end, what: '引用として紹介された詩・文章' })
        ls = v.end
      } else ls = le + 1
    }
  }
  const introVerse = quotes.length === 0 && VERSE_INTRO.test(lastLine(t)) && !INTRO_TITLED.test(lastLine(t))
  const casesAtEnd = casesLead(lastLine(t))
  // Blank the quotations: their own words are not their source.
  let masked = t
  for (const q of quotes) masked = masked.slice(0, q.a) + ' '.repeat(q.b - q.a) + masked.slice(q.b)
  for (const r of reported) if (!quotes.some((q) => q.a < r.b && r.a < q.b)) quotes.push(r)
  if (quotes.length === 0 && !announced) return new PlainFacts(t, min, doc.normMapper(), introVerse, casesAtEnd)
  const example = EXAMPLE_CONTEXT.test(masked)
  // Consent to publish stated in any paragraph (ご本人の了承を得て掲載しています) covers the post's quotations, as a source does.
  const consented = CONSENTED.test(masked) || CONSENTED_EN.test(masked) || CONSENTED_TO_PUBLISH.test(masked)
  const source = hasSource(masked) || consented
  // The paragraph's first and last sentence, for quotations in the paragraphs next to it.
  const { head, tail } = headAndTail(masked)
  const out: Quote[] = []
  for (const q of quotes) {
    const bf = before(masked, q.a)
    const af = after(masked, q.b)
    // A claim someone was heard saying (専門家が言っていた『…』という話) is a quotation of them, not a rumour.
    const saidBefore = SAID_BEFORE.test(bf.text)
    // What follows a run of quotations side by side (「…」「…」という声): the frame after the last (short ones stay in brackets, long ones are blanked).
    const runAfter = af.text.slice(QUOTE_RUN.exec(af.text)![0].length)
    const freeAnswer = !q.block && freeAnswerLed(masked, q.a)
    if (consented || (QUIZ_CONTEXT.test(masked) && QUIZ_ANSWER.test(masked) && !SPOKEN_AFTER.test(af.text)) || SCAM_CONTEXT.test(masked)) continue
    // Blind HM-007: an item of a list of cases under its lead (こんな相談が寄せられています。⏎・「…」): the city's own illustration.
    const listed = q.block ? null : listedCase(t, q.a)
    if (listed === 'under') continue
    // Blind GW-041: the city's own broadcast set out under its heading (【防災行政無線 放送内容】（9月14日 17時00分）⏎「こちらは、防災
    // やながわです。…」): the city's text, its source the heading.
    if (ownBroadcast(t, masked, q.a)) continue
    // Blind R71A-089: a block quote (＞…) is someone's written text reproduced; 'these voices' after it (こうした声を受け止めて, そうした
    // 不安の声が) tell what the city does with it, not whose it is: those frames excuse bracketed examples only.
    if (EXAMPLE_BEFORE.test(bf.text) || markedSample(t, q.a) || EXAMPLE_AFTER.test(af.text) || OWN_BEFORE.test(bf.text) || OWN_AFTER.test(af.text) || ASKED_AFTER.test(af.text) || READER_WORDS.test(af.text) || modelScript(bf.text) || dialogueScript(t, q.a) || READER_THOUGHT.test(af.text) || READER_THOUGHT.test(runAfter) || (RUMOUR_AFTER.test(af.text) && !saidBefore) || TERM_AFTER.test(af.text) || (CALL_TO_READERS.test(t.slice(q.a, q.b)) && CAMPAIGN.test(masked)) || VOICE_AFTER.test(af.text) || ((EXAMPLE_KIND_AFTER.test(af.text) || EXAMPLE_AD_AFTER.test(af.text)) && !q.block) || (EXAMPLE_HARM_AFTER.test(af.text) && !q.block) || (EXCUSE_WORDS_AFTER.test(af.text) && !q.block && !IN_MEDIUM.test(bf.text) && !OWNED_BEFORE.test(bf.text)) || (VOICE_HEARD_AFTER.test(masked.slice(q.b, q.b + 160)) && !q.block && !messageSetOut(t, q.a, q.b) && !PUBLISHED_VOICE.test(sentenceEnd(af.text.replace(/^[」』”〟。\s]+/u, '')))) || QUIZ_AFTER.test(af.text) || (OWN_INTERVIEW_BEFORE.test(bf.text) && OWN_INTERVIEW_AFTER.test(af.text)) || PROVERB_AFTER.test(af.text) || STAFF_SPEAKER_AFTER.test(af.text) || CLEFT_SPEAKER_AFTER.test(af.text) || (TOLD_US_AFTER.test(af.text) && !NOT_MET.test(af.text.slice(0, 30))) || (TOLD_ME_BEFORE.test(bf.text) && TOLD_ME_AFTER.test(af.text) && !NOT_MET.test(bf.text.slice(-30))) || (GUEST_WORDS_AFTER.test(af.text) && GUEST_BEFORE.test(bf.text + masked) && !NOT_MET.test(bf.text.slice(-30)) && !roleOnlySpeaker(bf.text, masked)) || (PERFORMED_AFTER.test(af.text) && WORK_CONTEXT_WORDS.test(masked)) || (((OWN_VOICE_AFTER.test(runAfter) || (MET_WORDS_AFTER.test(af.text) && SPEAKER_BEFORE.test(bf.text))) && (OWN_EVENT.test(bf.text) || OWN_EVENT.test(masked)) && !roleOnlySpeaker(bf.text, masked) || FEEDBACK_AFTER.test(af.text) || (OPINION_RECEIVED.test(af.text) && (CITY_ANSWER.test(t.slice(q.b, q.b + 160)) || SUMMARISED.test(t.slice(q.b, q.b + 60))))) && !PUBLISHED_VOICE.test((DISCUSSED_BEFORE.test(bf.text) ? '' : bf.text) + sentenceEnd(runAfter)))) continue
    // Blind UG-040/050/077, IZ-039 kinds: the post's own quiz question, its own staff given the floor, an impostor's line shown as the trick
    // warned of, words said to the writer in person by their own circle.
    if (!q.block && (QUIZ_INNER.test(t.slice(q.a + 1, q.b - 1).trimEnd()) || quizChoices(doc, q.a, q.b) || OWN_STAFF_FLOOR_BEFORE.test(bf.text) || IMPOSTOR_LINE_AFTER.test(af.text) || (TOLD_ME_CLEFT_BEFORE.test(bf.text) && TOLD_ME_CLEFT_AFTER.test(runAfter) && !NOT_MET.test(bf.text.slice(-30)) && !IN_MEDIUM.test(bf.text)))) continue
    // Blind IT-147: a bare term named as a word (「ローリングストック」という言葉); blind TW-136: a slogan its makers are named for (サミットで
    // 決まった標語は「…」); blind R166I-040: a line spoken in a role-play (ロールプレイ。「…」と声をかけられた).
    if (!q.block && ((TERM_NAMED_AFTER.test(af.text) && BARE_TERM.test(t.slice(q.a + 1, q.b - 1))) || (MADE_SLOGAN_BEFORE.test(bf.text) && !VAGUE.test(bf.text)) || (ROLE_PLAY.test(bf.text) && ROLE_LINE_AFTER.test(af.text)))) continue
    // Blind R143I-026: a remark quoted as an instance of a harm pointed back at (「…」。今もこうした差別が残っています).
    if (!q.block && (HARM_BACK_AFTER.test(af.text) || HARM_BACK_AFTER.test(masked.slice(q.b, q.b + 160)) || HARM_LISTED_AFTER.test(masked.slice(q.b, q.b + 160)))) continue
    // Blind R144A-036: short words of a person the post tells of, pointed back at as theirs (…漁師さんが…育てました。「…」その言葉に).
    const portrait = !q.block && letters(t.slice(q.a, q.b)) <= PORTRAIT_MAX + 2
    const metBefore = portrait && personToldOf(bf.text)
    const backAfter = portrait && WORDS_POINTED_BACK.test(af.text)
    if (metBefore && backAfter) continue
    // Blind R191I-007 kind: a short remark heard in person, its speaker present (業者さんが「…ね」と言っていました, 市長に同行中。…「…」とポツリ).
    if (!q.block && heardRemark(masked, q.a, t.slice(q.a + 1, q.b - 1), af.text) && !officeHearsay(bf.text, runAfter, masked)) continue
    // Blind IQ-026: a remark of someone at the post's event, its speaker told by their part there (国際交流員からは「…」との講評がありました).
    // Blind R188A-033: …or a participant told after it as the one who told it there (「…」という経験を、一人の生徒が打ち明けてくれた); with the
    // event told in this paragraph, or (post) in one before it (ある中学校の道徳の授業を見学させていただきました。⏎⏎先生は続けて、「…」と話し).
    const topicSpeaker = q.block ? null : eventTopicSpeaker(bf.text)
    const eventSaid = !q.block && ((eventSpeaker(bf.text) && !lectureContent(bf.text, runAfter, t.slice(0, q.a) + t.slice(q.b)) && EVENT_SPEECH_AFTER.test(runAfter)) || (topicSpeaker !== null && !lectureContent(topicSpeaker, runAfter, t.slice(0, q.a) + t.slice(q.b)) && EVENT_SPEECH_AFTER.test(runAfter)) || (PARTICIPANT_TOLD_AFTER.test(af.text) && !IN_MEDIUM.test(bf.text) && !PUBLISHED_VOICE.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text) && !VAGUE_AUTHOR_BEFORE.test(bf.text)))
    if (eventSaid && (OWN_EVENT.test(masked) || LOCAL_EVENT.test(masked) || STAGE_EVENT.test(masked) || EVENT_OCCASION.test(masked))) continue
    // Blind HX-052: a short remark of the people the post presents at its event (交流会で、…実習生のみなさんが伝統舞踊を披露してくれました。「日本の
    // みなさんと友だちになれてうれしい」という言葉に、会場から大きな拍手): said there by them, heard by the staff, no text with an author.
    if (!q.block && letters(t.slice(q.a, q.b)) <= PRESENTED_MAX && MET_WORDS_AFTER.test(runAfter) && PRESENTED_BEFORE.test(bf.text) && (OWN_EVENT.test(masked) || LOCAL_EVENT.test(masked) || STAGE_EVENT.test(masked)) && !NOT_MET.test(bf.text) && !VAGUE.test(bf.text) && !IN_MEDIUM.test(bf.text) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(runAfter))) continue
    // Blind HH-080: a voice received, its giver told before it (施設の方からは「…」との声も寄せられています).
    // (…the giver told before the run of quotations this one closes: 生徒からは「…」「…」という声: QUOTE_RUN_BEFORE.)
    // Blind UD-022: …or the giver and their voice first in a list of givers and voices under one frame (児童から「…」、別の児童から「…」という感想).
    const giverRun = q.block ? null : pastGiverRun(masked.slice(q.b, q.b + 300))
    const voiceFrame = giverRun !== null && RECEIVED_VOICE_AFTER.test(giverRun) ? giverRun : runAfter
    if (GIVER_BEFORE.test(bf.text.replace(QUOTE_RUN_BEFORE, '')) && RECEIVED_VOICE_AFTER.test(voiceFrame) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(voiceFrame)) && !NOT_MET.test(bf.text.slice(-30)) && !VAGUE.test(bf.text.slice(-30)) && !q.block) continue
    // Blind HZ-004/060: the account's own mascot speaking in a balloon at the head of its line (やなモン「…いこうね✨」).
    if (!q.block && mascotBalloon(t, q.a, q.b)) continue
    // Blind R240F-045 kind: the resident's own message quoted back in thanks (「…」とのご連絡、ありがとうございます).
    if (!q.block && THANKED_MESSAGE_AFTER.test(af.text) && !PUBLISHED_VOICE.test(bf.text) && !IN_MEDIUM.test(bf.text)) continue
    // Blind HY-092: a typical worry given as an example of the consultations a desk takes (「…」といった「親なき後」の相談も受けています).
    if (!q.block && CONSULT_KIND_AFTER.test(af.text) && !PUBLISHED_VOICE.test(bf.text) && !IN_MEDIUM.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text)) continue
    if (!q.block && AD_CLAIM_AFTER.test(af.text) && WARNING.test(masked)) continue
    // Blind KD-047 kind: a typical worry voiced as the case the post then answers (「…行くべき？」「…分からない」。そんなときは、…).
    // (The run of quotations may reach past the sentence the quotation closes: read its frame from the text after the run.)
    if (!q.block && WORRY_INNER.test(t.slice(q.a + 1, q.b - 1)) && worryFrame(masked, q.b) && !WORRY_SPEAKER_BEFORE.test(bf.text) && !IN_MEDIUM.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text) && !PUBLISHED_VOICE.test(bf.text)) continue
    // Blind KE-035 kind: an impostor's or a fraud's message quoted in a warning (偽のアカウントから、「…」というDMが届いた).
    if (!q.block && SCAM_MESSAGE_AFTER.test(af.text) && (SCAM_SENDER.test(masked) || SCAM_ADVICE.test(masked))) continue
    // Blind LM-049 kind: a call or a message quoted as going round in the city, with advice not to answer it (the block above `quotation`).
    if (!q.block && circulatingMessage(af.text, masked)) continue
    // Blind KH-002 kind: an excuse set aside in a post about a harm done with words (「みんな使ってるし」じゃなくて、…).
    if (!q.block && REMARK_SET_ASIDE_AFTER.test(af.text) && WORDS_HARM_CONTEXT.test(masked) && !OWNED_BEFORE.test(bf.text) && !IN_MEDIUM.test(bf.text.slice(-20)) && !VAGUE_AUTHOR_BEFORE.test(bf.text)) continue
    // Blind KH-015 kind: …or its content, the message's kind named before it (架空料金請求のSMSが…。「…」という内容で、…).
    if (!q.block && SCAM_CONTENT_AFTER.test(af.text) && MESSAGE_KIND.test(masked.slice(Math.max(0, q.a - 80), q.a)) && (SCAM_SENDER.test(masked) || SCAM_ADVICE.test(masked))) continue
    // Blind IK-082: instances of a kind of remark after 例えば (例えば、「…」「…」といった言葉や…).
    if (!q.block && FOR_EXAMPLE_BEFORE.test(bf.text) && KIND_OF_REMARK_AFTER.test(runAfter) && !IN_MEDIUM.test(bf.text)) continue
    if (!q.block && letters(t.slice(q.a, q.b)) <= LETTER_MAX && LETTER_RECEIVED_BEFORE.test(bf.text) && !bf.text.includes('\n') && !VAGUE.test(bf.text) && !PUBLISHED_VOICE.test(bf.text) && !IN_MEDIUM.test(bf.text) && !NOT_MET.test(bf.text)) continue
    // Blind IJ-039/129: a typical worry told as one the staff often hear (「…」というお話をよく聞きます).
    // Blind UD-116: …or a question the account is often asked (「…？」ってよく聞かれるけど, というご質問をよくいただきます).
    if (!q.block && (HEARD_OFTEN_AFTER.test(runAfter) || ASKED_OFTEN_AFTER.test(runAfter)) && !IN_MEDIUM.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(runAfter))) continue
    // Blind HY-057: a remark at a meeting the city held, reported by the host (出席者からは「…」との意見が出された).
    if (!q.block && MEMBER_BEFORE.test(bf.text) && MEETING_VOICE_AFTER.test(runAfter) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(runAfter)) && !IN_MEDIUM.test(bf.text) && !NOT_MET.test(bf.text.slice(-30)) && !VAGUE.test(bf.text.slice(-30))) continue
    // Blind IH-038: said in the city's own class, as the sentence after the run of quotations tells (「…」「…」――。これらは、…授業で子どもたちが出し合ったものです).
    if (!q.block && ownClassVoices(masked.slice(q.b, q.b + 400).replace(QUOTE_RUN, ''))) continue
    // Blind KN-035 kind (misc63): sayings shown as specimens of a prejudice the text after them names (「…」「…」――こうした思い込みが…).
    if (!q.block && prejudiceNamed(masked.slice(q.b, q.b + 400).replace(QUOTE_RUN, ''))) continue
    // Blind LK-046 kind: a common belief in brackets called a misunderstanding right after it (「…」――これは誤解です).
    if (!q.block && beliefCorrected(masked.slice(q.b, q.b + 80))) continue
    // Blind HY-150: the city's own earlier wording quoted to correct it (お知らせの中で「…」と記載しました。…誤解を招く表現でした).
    if (!q.block && ownWordingRetracted(t, q.a + 1, q.b - 1)) continue
    // 校長先生の好きな言葉: who likes the words is not who wrote them.
    const favourite = FAVOURITE_BEFORE.test(bf.text) || INTRODUCED_BEFORE.test(bf.text) || INTRODUCES_FOLLOWING.test(bf.text)
    // The source named a sentence earlier and referred back to (西日本新聞で紹介されました。記事では「…」).
    const back = BACK_REFERENCE.test(bf.text) ? before(masked, bf.start) : null
    // Blind R61A-129: the words of someone left vague (ある経営者の言葉として「…」): who introduces them is not who said them.
    const vagueFrame = VAGUE_AUTHOR_BEFORE.exec(bf.text)
    // Blind R412M-009 kind: a public figure called by their feat or trade alone (金メダリストの方が「…」と話していました) is an author left vague.
    const vagueAuthor = q.vague === true || (vagueFrame !== null && !namesSomeone(vagueFrame[0])) || (!q.block && FAMED_ROLE_SAID.test(bf.text) && FAMED_SAID_AFTER.test(af.text.replace(/^[」』”〟"]/u, '')))
    // Blind R103A-015: words read in a medium left unnamed (田島 翔選手。あるインタビューで次のように語っていました。「…」, 市長はある
    // 新聞の取材に「…」と答えた, 以前どこかで…と話していた): the speaker is named, the medium that carried the words is not; only an
    // attribution right after the quotation names the source.
    // Blind R123A-014/076/134: a document named by its kind only (国土交通省の資料には, 市の公共交通計画には), or read second-hand
    // (法務省のサイトには「…」とあるそうです): no document a reader can find; only an attribution right after the quotation names one.
    const vagueMedium = VAGUE_MEDIUM_LEAD.test(bf.text) || (!q.block && (VAGUE_BODY_DOC_BEFORE.test(bf.text) || (MEDIUM_BEFORE.test(bf.text) && WRITTEN_HEARSAY_AFTER.test(af.text)) || (BARE_MEDIUM_END.test(bf.text) && !TOLD_US.test(af.text))))
    // Blind JH-007 kind: led as 本人's words (本人からのメッセージです。「…」): the person the post names before them.
    const selfLed = !q.block && SELF_WORDS_BEFORE.test(bf.text)
    const named = vagueAuthor || vagueMedium ? attributes(af.text) :
      !favourite &&
      namesSomeone(bf.text) ||
      (selfLed && namesSomeone(masked.slice(Math.max(0, bf.start - 300), bf.start))) ||
      // Blind KQ-060 kind: the line announced by a sentence naming whose text it is (柳川市観光協会の投稿をご紹介します。…⏎…).
      (q.intro !== undefined && q.intro !== '' && namesSomeone(q.intro)) ||
      // Blind R194A-037 kind: the owner named with の right before the words (市長の「…」という言葉, 北原白秋の「…」という一節).
      (!q.block && ownerBefore(bf.text, af.text)) ||
      // Blind UF-047 kind: a named law or plan that lays the words down (〜条例第3条は「…」と定めています).
      (!q.block && (lawSays(bf.text, af.text) || lawCitedAfter(bf.text, af.text))) ||
      // Blind UF kind: a full name in kanji as who says the words (寺田寅彦が「…」と言いました).
      (!q.block && fullNameSays(bf.text, af.text)) ||
      namesInEnglish(bf.text, af.text) ||
      // Blind IB-129: a role at an occasion the post names (開所式で、同社の代表は「…」とあいさつしました).
      (!q.block && occasionSpeech(bf.text, af.text)) ||
      // Blind IB-141: a question visitors asked, answered in the post (Our friends from Taiwan asked: "…?").
      (!q.block && askedInEnglish(bf.text, t.slice(q.a, q.b))) ||
      // Blind R113A-131: a heading sentence naming the speech, its speaker and date (市長の施政方針演説（3月1日、…）から。「…」).
      (!q.block && speechHeading(bf.text)) ||
      // Blind IF-069: a dash line after it telling the dated meeting the words were received at (——…説明会でいただいたご意見です（令和7年…）).
      (!q.block && occasionDash(t.slice(q.b, q.b + 100))) ||
      (back !== null && back.start < bf.start && namesSomeone(back.text)) ||
      namesSomeone(af.text) ||
      attributes(af.text) ||
      authorWorkAfter(af.text) ||
      VOICE_TAG_AFTER.test(af.text) ||
      // A note in brackets after the name (堤さん（掲載の了承をいただいています）は「…」と話します) is read past.
      (SAID.test(af.text) && namedSubject(bf.text.replace(NAME_NOTE, ''))) ||
      (saidBefore && namedSayer(bf.text)) ||
      // Told to us (…と話してくれました, と教えてくださいました): the post's own interview of the person it presents.
      (TOLD_US.test(af.text) && !VAGUE.test(bf.text) && !IN_MEDIUM.test(bf.text)) ||
      // Blind MH-005 kind: …also with the occasion and what was said between (と着任のあいさつで意気込みを語ってくれました), the person the post
      // presents named before it in the paragraph (presentedSpeaker).
      (!q.block && presentedSpeaker(masked, q.a, af.text)) ||
      // …also when it closes a list of quotations (子どもたちは「…」「…」と真剣に話し合い): the quotative is said of each.
      (INTERVIEWEE.test(bf.text) && (TOLD.test(af.text) || TOLD.test(af.text.slice(QUOTE_RUN.exec(af.text)![0].length)))) ||
      // Blind LG-059 kind: the pupil or participant the post is about, named with さん, their words relayed (…とのことでした).
      (MAKER_PUPIL_BEFORE.test(bf.text) && RELAYED_AFTER.test(af.text) && !IN_MEDIUM.test(bf.text) && !VAGUE.test(bf.text)) ||
      VOICE_LABEL.test(bf.text) ||
      SURVEY_NAMED.test(bf.text) ||
      // Blind KB-032 kind: a survey's free answers, the survey named in this paragraph (or, in post, another one).
      (freeAnswer && surveyTitled(masked)) ||
      // Blind HU-105: the item a named survey's respondents chose (アンケート（令和7年11月、…実施）では、約8人に1人が「…」と答えました).
      (SURVEY_IN_SENTENCE.test(bf.text) && ANSWERED_AFTER.test(af.text)) ||
      (!q.block && ANSWERED_SHARE_AFTER.test(af.text) && SURVEY_REPORTED.test(masked) && !VAGUE_MEDIUM_LEAD.test(masked) && !IN_MEDIUM.test(bf.text)) ||
      // Round 49: a resident described by their part or place, heard at the event the post reports (…参加しているという地区の方は「…」と笑顔で話していました).
      (DESCRIBED_RESIDENT.test(bf.text) && TOLD.test(af.text) && !IN_MEDIUM.test(bf.text) && !NOT_MET.test(bf.text) && !VAGUE.test(bf.text) && (OWN_EVENT.test(masked) || LOCAL_EVENT.test(masked))) ||
      // A remark at a public occasion quoted to condemn it (本会議における「…」との発言は…誠に遺憾です): a matter of record the statement answers.
      (OCCASION_BEFORE.test(bf.text) && /^\s?(?:との|という)(?:発言|ご発言|答弁)[^。\n]{0,60}?(?:遺憾|不適切|撤回|謝罪|お詫び|抗議|品位|あってはならない)/u.test(af.text)) ||
      // An interview the post made (…さんにお話を伺いました, consent stated) anywhere before the quotation.
      (!(OTHERS_INTERVIEW_BEFORE.test(bf.text) && SAID_THEN_AFTER.test(af.text) && !namesSomeone(bf.text)) && (q.block ? HEARD_BEFORE : COLLECTED_BEFORE).test(masked.slice(Math.max(0, q.a - 200), q.a))) ||
      (!q.block && givenToUs(masked.slice(Math.max(0, q.a - 200), q.a))) ||
      // A block quote that ends with its sender's tag (> …ほしいです。（東京都・40代女性）): the tag is on its last line.
      (q.block === true && blockTagged(t.slice(q.a, q.b))) ||
      // Blind R166I-004/029: the speaker of the sentences before, carried over (市長は…発表しました。…「…」と述べました).
      (!q.block && SAID.test(af.text) && carriedSpeaker(masked, q.a, ownSentence(masked, q.a), SPOKEN_SAID.test(af.text) || SPEECH_ACT_AFTER.test(af.text))) ||
      // Blind R166I-029: a participant tagged by grade or part (（3年生の生徒）), or items under a heading of participants' voices.
      (!q.block && (PART_TAG_AFTER.test(af.text) || DID_TAG_AFTER.test(af.text) || SPEAKER_ROLE_TAG_AFTER.test(af.text))) ||
      (!q.block && listUnderVoiceHeading(t, q.a)) ||
      // Blind IT-015: voices announced as received at the post's own class (講座後のアンケートでは、次のような感想が寄せられました).
      (FEEDBACK_LEAD.test(bf.text) && OWN_EVENT.test(bf.text) && !IN_MEDIUM.test(bf.text) && !PUBLISHED_VOICE.test(bf.text) && !VAGUE.test(bf.text)) ||
      // Blind IT-099: a participant named after it by their part (「…」と、ある生徒はふり返っていました).
      (!q.block && PARTICIPANT_AFTER.test(af.text) && OWN_EVENT.test(masked) && !IN_MEDIUM.test(bf.text) && !PUBLISHED_VOICE.test(bf.text))
    // Blind R107A-076: an office holder's remark passed on as hearsay, with no occasion (市長も「…」とおっしゃっていました).
    const hearsay = named && !q.block && (officeHearsay(bf.text, runAfter, masked) || hearsayLead(bf.text, masked))
    // A lead that names only a vague medium (ある新聞のコラムには): the neighbouring paragraph's person is not its author.
    // (…or a sentence earlier in the paragraph tells of reading it in one: 先日ある雑誌で読みました。…ご紹介します。「…」.)
    const vagueLead = !named && (vagueAuthor || vagueMedium || VAGUE_READ.test(masked.slice(Math.max(0, q.a - 400), q.a)))
    const { start, end } = doc.fromNorm(q.a, q.b)
    out.push({ start, end, what: q.what, lectureSaid: (!q.block && roleOnlySpeaker(bf.text, masked)) || !q.block && (LECTURE_POINT_BEFORE.test(bf.text) || LECTURER_SPOKE_BEFORE.test(masked.slice(Math.max(0, q.a - 200), q.a))) && LECTURE_POINT_AFTER.test(runAfter) && !VAGUE.test(bf.text) && !IN_MEDIUM.test(bf.text), named: named && !hearsay, selfLed: selfLed && !vagueAuthor && !vagueMedium, listHead: listed === 'head', heldNext: q.heldNext, portrait, metBefore, backAfter, vagueLed: !named && (vagueAuthor || vagueMedium), eventSaid, atHead: !vagueLead && (/^[\s「『“‘〝≪《«">]*$/u.test(masked.slice(0, q.a)) || bf.start === 0), atTail: !vagueLead && af.end >= masked.replace(/\s+$/u, '').length, block: q.block, freeAnswer })
  }
  if (out.length === 0 && !introAtEnd) return new PlainFacts(t, min, doc.normMapper(), introVerse, casesAtEnd)
  if (lead) lead = doc.fromNorm(lead.start, lead.end)
  const v = out.length === 0 ? verseBlock(t, 0, min) : null
  const verse = v ? doc.fromNorm(v.start, v.end) : null
  return { source, example, quotes: out, headNamed: namesSomeone(head) || attributionHead(head) || headToldUs(head), tailNamed: tailNames(tail), introAtEnd, lead, medium: mediumOf(masked), interview: COLLECTED_BEFORE.test(masked) || givenToUs(masked), heard: HEARD_BEFORE.test(masked), vagueRead: VAGUE_READ.test(masked), introVerse, verse, casesAtEnd, headOwnVoices: ownClassVoices(masked) || prejudiceNamed(masked), opensCase: CASE_OPEN.test(t), spiritHead: SPIRIT_AFTER.test(masked.slice(0, 60)), wordsHead: calledWords(masked.slice(0, 80)), tailPerson: personToldOf(tail), scriptAtEnd: modelScript(lastLine(t)), headBack: WORDS_POINTED_BACK.test(masked.slice(0, 40)), ownEvent: OWN_EVENT.test(masked) || OCCASION_HELD.test(masked), lecturerNamed: LECTURER_BY_BODY.test(masked) || lecturerDescribed(masked) || STAFF_TRAINING.test(masked), surveyTitled: surveyTitled(masked) }
}

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
/**
 * Blind R388M-010 kind: a facility or a body called by its kind with さん, placed only by being another town's (よその町の児童館さん, 隣の市の
 * 図書館さん, 他県の保育園さん): one of many, no account named, so a post of theirs reproduced has no source (`unnamedPlaceKind`, read where a
 * named person is looked for).
 */
const BODY_KIND_WORD = /^[一-龠々]{1,3}(?:館|園|所|校|院|署|局|協会|会|組合)$|^(?:センター|クラブ|ホール|カフェ)$/u
/**
 * Blind LK-046 kind: a common belief in brackets, called a misunderstanding right after (「しつけのためなら叩いても仕方ない」――これは誤解です,
 * 「…」。実はこれ、思い込みなんです): an awareness post's own specimen of what not to think, no one's text to credit (`beliefCorrected`).
 */
const BELIEF_CORRECTED_AFTER = /^[\s」』”〟。、―—‐\-…~〜]{0,6}(?:実は|じつは)?[、,]?(?:これ|それ|この考え|その考え|このような考え)(?:は|って|も)?[、,\s]{0,2}(?:実は|じつは)?[、,]?(?:よくある|大きな|全くの|まったくの|典型的な|根強い)?(?:誤解|思い込み|思い違い|勘違い|間違い|誤り|迷信|俗説)(?:です|なんです|でした|だ|[。！!])/u
function beliefCorrected(after: string): boolean {
  return BELIEF_CORRECTED_AFTER.test(after)
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
const PLACE_NAMED = /[一-龠々ァ-ヶー]{2,8}(?:市|町|村|県)(?:の|役所|役場|が|は|さん)/u
function otherPlaceHolder(named: string): boolean {
  const m = OTHER_PLACE_LEAD.exec(named)
  return m !== null && !PLACE_NAMED.test(named.slice(m[0].length))
}
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
/**
 * Blind LM-049 kind: a call or a message quoted as one going round in the city (「こちらは〇〇通信です。…」という自動音声の電話が市内で確認されて
 * います, 「…」というSMSが相次いでいます), the post telling readers not to call back or where to turn (折り返さず, 188へ, 警察にご相談): the
 * caller's words are the specimen warned of, no one's text to cite (`circulatingMessage`). A message the account received and answers, or a
 * post that gives no advice, is not this.
 */
const CIRCULATING_AFTER =
  /^[」』”〟]?\s?(?:という|との|といった|などの|のような)[^。！？!?\n「」『』、]{0,10}?(?:DM|メール|SMS|ショートメール|ショートメッセージ|メッセージ|電話|自動音声|音声ガイダンス|はがき|ハガキ|手紙|封書|文書|通知)(?:が|も)[、,]?[^。！？!?\n]{0,12}?(?:確認され|相次|出回|多発|増え|寄せられ|かかって(?:き|く)|届いて)/u
const CALL_BACK_ADVICE =
  /折り返さ(?:ず|ないで)|折り返し(?:の)?(?:電話|連絡)?(?:は|を)?(?:せず|しないで|しない)|(?:電話|連絡)(?:を|は)?(?:せず|しないで)|(?<![0-9０-９#＃-])(?:188|＃9110|#9110)(?![0-9０-９])|(?:警察|消費生活センター|消費者ホットライン)(?:へ|に|まで)[、,]?(?:ご)?(?:相談|連絡|通報)/u
function circulatingMessage(after: string, masked: string): boolean {
  return CIRCULATING_AFTER.test(after) && (CALL_BACK_ADVICE.test(masked) || SCAM_ADVICE.test(masked))
}
/*
 * Blind R393S-049 kind: a song's lyrics set down line by line in stanzas, a paragraph each, with a refrain: a line said again word for word
 * in another stanza (この道はいつか来た道⏎ああ そうだよ⏎…⏎⏎あの丘はいつか見た丘⏎ああ そうだよ⏎…), or twice in one. Verse with a refrain is
 * a song's form; set down bare it is someone's lyrics with no title or author. Clean: the work named with its author anywhere (source), a
 * poem or a song the post calls the writer's own (職員が作った詩です, オリジナルソング: OWN_WORK) or names with its author (北原白秋作詞の
 * 「この道」: INTRO_TITLED), one stanza with no line said again.
 */
const OWN_WORK = new RegExp(`${OWN_SONG.source}|(?:職員|私|わたし|僕|ぼく|自分|中の人|うち)(?:が|の)[^。！？!?\\n]{0,6}?(?:作|つく|詠|書|綴)|(?:自作|創作|オリジナル)(?:の|した)?(?:詩|歌|ポエム)`, 'u')
function stanzaRead({ doc, policy }: RuleInput, facts: QuotationFacts): void {
  const t = doc.norm.text
  // (…or names the song with its author, 北原白秋作詞の「この道」: INTRO_TITLED.)
  const own = OWN_WORK.test(t) || INTRO_TITLED.test(t)
  const v = facts.quotes.length === 0 ? verseBlock(t, 0, policy.quotation.minLength) : null
  if (v || own) facts.stanza = { lines: v ? t.slice(v.start, v.end).split('\n').map((l) => l.replace(/[\s\u3000]/gu, '')) : [], own }
}
/** The index of the first paragraph whose stanza shares a line of four letters or more with itself or another's: a refrain. */
function songStanzas(facts: ReadonlyArray<QuotationFacts>): number {
  if (facts.some((f) => f.stanza?.own || f.source || f.example)) return -1
  const seen = new Map<string, number>()
  for (let p = 0; p < facts.length; p++) {
    for (const line of facts[p]!.stanza?.lines ?? []) {
      if (letters(line) < 4) continue
      const first = seen.get(line)
      if (first !== undefined) return first
      seen.set(line, p)
    }
  }
  return -1
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
const LAW_FRAME_BEFORE = /(?:法律|法令|(?<![方手用技工製療寸作文話論戦魔説算筆農漁])法)(?:で|では|により|によって|上|において)[、,]?[^。！？!?\n「『」』]{0,12}$/u
const LAW_DUTY_AFTER = /^[」』]?[^。！？!?\n「『]{0,24}?(?:定め|規定|義務|求められ|とされ|課せられ)/u
const LAW_CITED_AFTER = new RegExp(`^[」』]?[^。！？!?\\n「『（(]{0,40}?[（(]\\s?[一-龠々ぁ-ゖァ-ヶー・]{2,40}?(?:法律|(?<![方手用技工製療寸作文話論戦魔説算筆農漁])法)(?:第${NUM}条(?:第${NUM}項)?)?\\s?[）)]`, 'u')
function lawCitedAfter(bf: string, af: string): boolean {
  return LAW_CITED_AFTER.test(af) && (LAW_FRAME_BEFORE.test(bf) || LAW_DUTY_AFTER.test(af))
}

export const quotation: RuleFamily<QuotationFacts> = {
  id: 'quotation',
  meta,
  run(input) {
    const facts = readQuotes(input)
    borrowedWork(input.doc, facts)
    stanzaRead(input, facts)
    return facts
  },
  post({ facts, spans, emit }) {
    // Blind R149I-045: another's image or text taken from a site or a work, with no leave or credit anywhere in the post.
    const lent = facts.findIndex((f) => f.borrowed)
    if (lent >= 0 && !facts.some((f) => f.credit)) {
      const b = facts[lent]!.borrowed!
      const at = spans[lent]!.start
      emit({ rule: 'quotation/no-source', start: b.start + at, end: b.end + at, data: { what: b.what, need: '権利者名・作品名と利用の許可', example: '画像：©〇〇製作委員会（許可を得て掲載）' } })
      return
    }
    // Blind R393S-049 kind: lyrics in stanzas with a refrain, no title or author anywhere.
    const sung = songStanzas(facts)
    if (sung >= 0 && facts[sung]!.verse) {
      const v = facts[sung]!.verse!
      emit({ rule: 'quotation/no-source', start: v.start + spans[sung]!.start, end: v.end + spans[sung]!.start, data: { what: '行分けで書かれた歌詞', need: DEFAULT_NEED, example: DEFAULT_EXAMPLE } })
      return
    }
    // Most posts quote nothing: the other facts are then never read.
    let quoting = false
    for (let p = 0; p < facts.length && !quoting; p++) quoting = facts[p]!.quotes.length > 0 || ((facts[p]!.introAtEnd || facts[p]!.introVerse) && p + 1 < facts.length)
    if (!quoting) return
    for (let p = 0; p < facts.length; p++) if (facts[p]!.source || facts[p]!.example) return
    const report = (p: number, s: Span, what: string) => {
      let medium = facts[p]!.medium
      for (let k = p - 1; medium < 0 && k >= Math.max(0, p - 2); k--) medium = facts[k]!.medium
      const [, need, example] = medium >= 0 ? MEDIA[medium]! : [null, DEFAULT_NEED, DEFAULT_EXAMPLE]
      const at = spans[p]!.start
      emit({ rule: 'quotation/no-source', start: s.start + at, end: s.end + at, data: { what, need, example } })
    }
    // An interview the post made, told in an earlier paragraph (…さんにお話を伺いました): what follows is what was said to the staff.
    let interviewed = false
    let heard = false
    let eventTold = false
    let lecturerTold = false
    // Blind IJ-129: items of a list of cases, one paragraph each, under a lead (よくあるご相談の例をご紹介します。⏎⏎○「…」⏎…⏎⏎○「…」).
    let inCases = false
    for (let p = 0; p < facts.length; p++) {
      const f = facts[p]!
      inCases = p > 0 && f.opensCase && (facts[p - 1]!.casesAtEnd || inCases)
      // Round 53: a paragraph just before told of reading the text in a medium it does not name: the neighbours' names are not its source.
      const readVaguely = (p > 0 && facts[p - 1]!.vagueRead) || (p > 1 && facts[p - 2]!.vagueRead)
      for (const q of f.quotes) {
        // Blind R166I-081: an interview the post made does not cover a passage its interviewee read in a vague medium (ある本の中の次の一節).
        if (q.named || (!q.vagueLed && (q.block ? heard : interviewed))) continue
        // Blind R188A-033: a remark said at the post's own class or event, told in a paragraph before (…授業を見学させていただきました).
        if (q.eventSaid && !readVaguely && eventTold) continue
        // Blind UG-046 kind: a lecture's words, its lecturer named by body and office in this paragraph or one before.
        if (q.lectureSaid && !readVaguely && (lecturerTold || f.lecturerNamed)) continue
        // Blind KB-032 kind: a survey's free answers, the survey named in another paragraph of the post (its title at the head, the results).
        if (q.freeAnswer && !readVaguely && facts.some((g) => g.surveyTitled === true)) continue
        if (q.heldNext && !(p + 1 < facts.length && (facts[p + 1]!.spiritHead || facts[p + 1]!.wordsHead === true))) continue
        // Blind HM-007: a list of cases opening the paragraph, led by the paragraph before (たとえば、こんな相談が寄せられています。).
        if (q.listHead && p > 0 && (facts[p - 1]!.casesAtEnd || inCases)) continue
        // Blind IH-038: the next paragraph opens telling they were said in the city's own class (これらは、…授業で子どもたちが出し合ったものです).
        if (!q.block && !readVaguely && p + 1 < facts.length && facts[p + 1]!.headOwnVoices) continue
        if (readVaguely) {
          report(p, q, q.what)
          continue
        }
        if (q.atHead && p > 0 && facts[p - 1]!.tailNamed) continue
        // Blind JH-007 kind: 本人's words (本人からのメッセージです), the person named at the head or the end of a paragraph before.
        if (q.selfLed && !readVaguely && facts.slice(0, p).some((g) => g.headNamed || g.tailNamed)) continue
        // Blind TU-056: a model script opening the paragraph after the line that tells the reader to say it so.
        if (q.atHead && !q.block && p > 0 && facts[p - 1]!.scriptAtEnd) continue
        // Blind R144A-036: a person's short words set as a paragraph between one telling of them and one pointing back at the words.
        if (q.portrait && (q.metBefore || (q.atHead && p > 0 && facts[p - 1]!.tailPerson)) && (q.backAfter || (q.atTail && p + 1 < facts.length && facts[p + 1]!.headBack))) continue
        if (q.atTail && p + 1 < facts.length && facts[p + 1]!.headNamed) continue
        report(p, q, q.what)
      }
      // An unbracketed passage in the paragraph after a line that announces a quotation.
      if (f.introAtEnd && p + 1 < facts.length) {
        const next = facts[p + 1]!
        if (next.lead && next.quotes.length === 0 && !f.tailNamed) report(p + 1, next.lead, '引用として紹介された文章')
        else if (f.introVerse && next.verse && next.quotes.length === 0 && !f.tailNamed) report(p + 1, next.verse, '引用として紹介された詩・文章')
      } else if (f.introVerse && p + 1 < facts.length) {
        // Blind R83A-007: a poem set down line by line in the paragraph after a line pointing at it (毎年この詩を思い出します。).
        const next = facts[p + 1]!
        if (next.verse && next.quotes.length === 0 && !f.tailNamed) report(p + 1, next.verse, '引用として紹介された詩・文章')
      }
      interviewed ||= f.interview
      heard ||= f.heard
      eventTold ||= f.ownEvent
      lecturerTold ||= f.lecturerNamed === true
    }
  },
}

/**
 * Blind R421W-023 kind: a maxim in quotes of any kind (“…”, 「…」, 〝…〟) taken up in the same sentence with って or という言葉 and agreed with
 * (“子育ては親育て”って、ほんとにそうだなぁ, 「人は褒められて伸びる」という言葉、まさにその通り, 〝準備は八割〟って身にしみます): someone's
 * saying held up as wisdom, with no author or book named, quoted however short (CALLED_MIN) as a maxim affirmed in the next sentence is
 * (maximAffirmed). A general statement (a topic with は/が, or a comparison with より) only; the city's own copy (OWN_COPY), a question
 * (本当にそうでしょうか), a forecast come true (本当にその通りでした) and words with their author or book named (q.named) stay apart.
 */
const MAXIM_AGREED_AFTER = /^\s?(?:って|っていう(?:言葉|の)|という(?:言葉|の)|との言葉)(?:は|も)?[、,]?\s?[^。！？!?\n「『」』“”]{0,10}?(?:(?:本当に|ほんとうに|ほんとに|ホントに|まさに|全く|まったく|つくづく|しみじみ)[、,]?(?:その通り|そのとおり|そう(?:だ(?!った)|です(?!か)|よね|ね|な(?!ん)|思|感じ))|その通り|そのとおり|身にし|身に染|身に沁|言い得て妙)(?![^。！？!?\n]{0,6}?(?:でしょうか|ですか|かな[？?]|か[？?]|だった|でした))/u
function maximAgreedQuoted(t: string, a: number, i: number): boolean {
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
const WRITTEN_WORDS_AFTER = /^[」』”〟"]?\s?[。．]?\s?[^「」『』“”。！？!?]{0,30}?(?:書かれ|書き残され|書き残し|残され|残し|遺され|遺し|言われ|言われてき|語られ|語り継がれ|詠まれ|記され|綴られ|発せられ|刻まれ)た(?:この|その|あの)(?:言葉|一節|一文|フレーズ|詩|句|文章)/u
/**
 * Blind R427C-025 kind: a lecture's words told as said by a role with no name (講師の先生から「…」とのお話があり, 講演者の方は「…」と, 専門家の
 * 先生から「…」とのお話): the lecturer's content, so the lecturer is to be named, as a lecture's words are (lectureSaid: a lecturer named
 * in the post, by body and office, keeps them clean). Not the post's own event voice then (OWN_VOICE_AFTER, GUEST_WORDS_AFTER). A speaker
 * named (講師の山田氏から, 山田先生から), the city's own official by title and name, or the lecturer of the city's own staff training
 * (職員研修: STAFF_TRAINING) stays as it was.
 */
const ROLE_ONLY_BEFORE = /(?:講師|講演者|登壇者|パネリスト|専門家|有識者|アドバイザー)(?:の方|の先生|の方々|の皆さん)?(?:から|より|は|が)(?:は|も)?[、,]?\s?$/u
/** A person named in the paragraph (山田先生, 佐藤氏, 田中教授, 鈴木さん): the speaker may be they. */
const PERSON_NAMED = /(?<![のがはもと])[一-龠々]{2,6}(?:氏|先生|教授|准教授|博士|さん|様)|[ァ-ヶー]{2,12}(?:氏|先生|教授|さん)/u
/**
 * The city's own staff training (職員研修, 職員向けの研修, 庁内研修, 市職員約120人を対象に…研修を行いました): what its lecturer said there is told
 * as the city's own event's, as before; told in any paragraph of the post, it counts as the lecturer told (lecturerNamed, for lectureSaid).
 */
const STAFF_TRAINING = /職員(?:向けの?|を対象とした|対象の)?研修|庁内(?:の)?研修|職員(?:向けの?)?(?:勉強会|講習)|職員[^。！？!?\n]{0,12}?(?:を対象に|を対象と|向けに)[^。！？!?\n]{0,40}?(?:研修|勉強会|講習)/u
function roleOnlySpeaker(bf: string, masked: string): boolean {
  return ROLE_ONLY_BEFORE.test(bf) && !STAFF_TRAINING.test(masked) && !PERSON_NAMED.test(masked.replace(/(?:講師|講演者|専門家|有識者|講師陣)(?:の)?(?:先生|さん|様)/gu, ''))
}

/**
 * Blind R429E-057 kind: words set apart (> …, 「…」) then given or introduced with この言葉を贈ります, 紹介します or この言葉を胸に, where the
 * only person near them is who they go to, named by a clause (着任された先生方へ, 退職される先生に, 卒業した皆さんへ): a verb's kana ending
 * (された, される, した, している, されている) after a kanji stem is a clause, not a name with kana (山田ゆみ先生), so the saying still has no
 * author. A name (校長の山田先生の言葉, 宮沢賢治) keeps it clean.
 */
const VERB_BEFORE_TITLE = /[一-龠々](?:された|される|されて|した|して|する|している|していた)$/u
