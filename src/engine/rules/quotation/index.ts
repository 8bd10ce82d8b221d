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
 * Blind wave 92 kinds (MP-038, a review's finding): a law named with its part as the subject of the words (スポーツ基本法の前文は、「…」という
 * 一文から始まります, 〜憲章は「…」とあります: lawSays), or cited after the sentence's verb with its part or number ((…法 前文／平成23年法律
 * 第78号): SOURCE_MARK, lawCitedAfter), is their source; so is an owner named with の right before words the next sentence takes up as these
 * words (北原白秋の『…』の序文「…」。この言葉のとおり, 市長の「…」。この言葉を胸に: ownerBefore) — not words with no owner or a vague one.
 *
 * The family is a folder of detectors by kind: index.ts reads a paragraph's quotations (readQuotes, PlainFacts) and reports them in `post`,
 * in the order they always ran; the predicates it asks are in context.ts (the shared readings), sources.ts (a source anywhere in the post:
 * hasSource), english-sources.ts, named-speakers.ts (namesSomeone, attributes), hearsay-and-media.ts, voices-received.ts (voices received,
 * interviews, surveys), examples-and-warnings.ts, own-wording.ts, people-met-and-events.ts, quote-forms.ts (isPassage, block quotes,
 * frames), sayings-and-slogans.ts, songs-and-verse.ts (with stanzaRead and songStanzas) and borrowed-works.ts (borrowedWork); meta.ts holds
 * the metadata.
 */
import type { RuleFamily, RuleInput } from '../../rule'
import type { Span } from '../../text'
import { ownWordingRetracted } from '../../words'
import { meta } from './meta'
import { after, before, BLOCK_SENTENCE, IN_MEDIUM, letters, NOT_MET, ownSentence, PUBLISHED_VOICE, sentenceEnd, VAGUE, VAGUE_MEDIUM_LEAD } from './context'
import type { QuotationFacts, Quote } from './context'
import { ASKED_AT_TIMES_AFTER, pledgeAtOwnEvent } from './asked-and-pledged'
import { borrowedWork } from './borrowed-works'
import { askedInEnglish, namesInEnglish } from './english-sources'
import {
  beliefCorrected,
  CASE_OPEN,
  casesLead,
  circulatingMessage,
  EXAMPLE_AD_AFTER,
  EXAMPLE_AFTER,
  EXAMPLE_CONTEXT,
  EXAMPLE_HARM_AFTER,
  EXAMPLE_KIND_AFTER,
  EXCUSE_WORDS_AFTER,
  HARM_BACK_AFTER,
  HARM_LISTED_AFTER,
  IMPOSTOR_LINE_AFTER,
  listedCase,
  MESSAGE_KIND,
  messageSetOut,
  OWN_STAFF_FLOOR_BEFORE,
  OWNED_BEFORE,
  QUIZ_AFTER,
  QUIZ_ANSWER,
  QUIZ_CONTEXT,
  QUIZ_INNER,
  quizChoices,
  QUOTE_RUN,
  QUOTE_RUN_BEFORE,
  SCAM_ADVICE,
  SCAM_CONTENT_AFTER,
  SCAM_CONTEXT,
  SCAM_MESSAGE_AFTER,
  SCAM_SENDER,
  SPOKEN_AFTER,
  VOICE_HEARD_AFTER,
  WORRY_INNER,
  WORRY_SPEAKER_BEFORE,
  worryFrame,
} from './examples-and-warnings'
import {
  authorWorkAfter,
  BACK_REFERENCE,
  BARE_MEDIUM_END,
  FOR_EXAMPLE_BEFORE,
  hearsayLead,
  KIND_OF_REMARK_AFTER,
  MEDIUM_BEFORE,
  NO_REPORTS,
  occasionDash,
  occasionSpeech,
  officeHearsay,
  OTHERS_INTERVIEW_BEFORE,
  RUMOUR_AFTER,
  SAID_BEFORE,
  SAID_THEN_AFTER,
  speechHeading,
  VAGUE_BODY_DOC_BEFORE,
  VAGUE_READ,
  vagueReports,
  WRITTEN_HEARSAY_AFTER,
} from './hearsay-and-media'
import {
  attributes,
  attributionHead,
  fullNameSays,
  lawSays,
  namedSayer,
  namedSubject,
  namesSomeone,
  OCCASION_BEFORE,
  ownerBefore,
  SAID,
  SPEECH_ACT_AFTER,
  SPOKEN_SAID,
  tailNames,
  VAGUE_AUTHOR_BEFORE,
  VOICE_TAG_AFTER,
} from './named-speakers'
import {
  ASKED_AFTER,
  BARE_TERM,
  CALL_TO_READERS,
  CAMPAIGN,
  dialogueScript,
  EXAMPLE_BEFORE,
  MADE_SLOGAN_BEFORE,
  markedSample,
  modelScript,
  OWN_AFTER,
  OWN_BEFORE,
  ownBroadcast,
  READER_THOUGHT,
  READER_WORDS,
  TERM_AFTER,
  TERM_NAMED_AFTER,
} from './own-wording'
import {
  carriedSpeaker,
  DESCRIBED_RESIDENT,
  DID_TAG_AFTER,
  EVENT_OCCASION,
  EVENT_SPEECH_AFTER,
  eventSpeaker,
  eventTopicSpeaker,
  FEEDBACK_LEAD,
  headToldUs,
  heardRemark,
  INTERVIEWEE,
  LECTURE_POINT_AFTER,
  LECTURE_POINT_BEFORE,
  lectureContent,
  LECTURER_BY_BODY,
  LECTURER_SPOKE_BEFORE,
  lecturerDescribed,
  listUnderVoiceHeading,
  LOCAL_EVENT,
  MAKER_PUPIL_BEFORE,
  NAME_NOTE,
  OCCASION_HELD,
  PART_TAG_AFTER,
  PARTICIPANT_AFTER,
  PARTICIPANT_TOLD_AFTER,
  personToldOf,
  PORTRAIT_MAX,
  presentedSpeaker,
  RELAYED_AFTER,
  ROLE_LINE_AFTER,
  ROLE_PLAY,
  roleOnlySpeaker,
  SPEAKER_ROLE_TAG_AFTER,
  STAFF_TRAINING,
  TOLD,
  TOLD_ME_CLEFT_AFTER,
  TOLD_ME_CLEFT_BEFORE,
  TOLD_US,
  VAGUE_WORK_LEAD,
  VOICE_LABEL,
  WORDS_POINTED_BACK,
} from './people-met-and-events'
import {
  announcingSentence,
  BLOCK_LINE,
  blockTagged,
  CITATION_LINE,
  CLASSICAL,
  CLASSICAL_STRONG,
  CLOSE_OF,
  CLOSERS,
  DASH_INTRO,
  DASH_LED,
  dashIntro,
  dashWrapped,
  encyclopedic,
  EPIGRAPH_AFTER,
  excerptHeading,
  FRAME_ALONE,
  FRAME_CLOSE,
  FRAME_OPEN,
  headAndTail,
  HEADLINE_VOICE,
  introAnnounces,
  isOldText,
  isPassage,
  LABELLED_LINE,
  lastLine,
  MAY_QUOTE,
  MEDIUM_FROM_LINE,
  OLD_FORM,
  OPEN_CLOSE,
  REPOST_ANNOUNCE,
  repostAnnounced,
  SOURCE_LINE,
} from './quote-forms'
import {
  AGREED_AFTER,
  AUTHORITY_BEFORE,
  BLOCK_MIN,
  BLOCK_TAKEN_UP,
  CALLED_MIN,
  calledWords,
  commonlySaid,
  CREDIT_MIN,
  FAMED_ROLE_SAID,
  FAMED_SAID_AFTER,
  FOND_WORDS_AFTER,
  handedDown,
  HARMFUL_WORDS_BEFORE,
  HEAD_SAYING_END,
  headLatinSaying,
  headSaying,
  HUMMED_AFTER,
  loneSaying,
  maximAffirmed,
  maximAgreedQuoted,
  OCCASION_MET_AFTER,
  praisedWords,
  PRESS_DESCRIBED_AFTER,
  PRESS_MEDIUM_BEFORE,
  QUOTE_FRAME_BEFORE,
  QUOTING_BEFORE,
  REMARK_SET_ASIDE_AFTER,
  SAYING_AFTER,
  SAYING_LEAD,
  SHORT_MIN,
  SHORT_WORK_AFTER,
  SHORT_WORK_BEFORE,
  SPIRIT_AFTER,
  spiritHeld,
  STAYED_WITH_ME_AFTER,
  summedUp,
  THESE_WORDS,
  UNBRACKETED_VAGUE,
  UNBRACKETED_WORDS,
  VAGUE_CREDIT_AFTER,
  VAGUE_DOC_CREDIT_AFTER,
  VAGUE_MEDIUM_CREDIT_AFTER,
  VAGUE_WORDS_BEFORE,
  WORDS_HARM_CONTEXT,
  wordsMet,
  WRITTEN_WORDS_AFTER,
} from './sayings-and-slogans'
import {
  announcedVerse,
  INTRO_TITLED,
  noteLyrics,
  refrainVerses,
  songLyrics,
  songStanzas,
  stanzaRead,
  VERSE_INTRO,
  VERSE_INTRO_WORD,
  verseBlock,
} from './songs-and-verse'
import { hasSource, lawCitedAfter } from './sources'
import {
  AD_CLAIM_AFTER,
  ANSWERED_AFTER,
  ANSWERED_SHARE_AFTER,
  ASKED_OFTEN_AFTER,
  CITY_ANSWER,
  CLEFT_SPEAKER_AFTER,
  COLLECTED_BEFORE,
  CONSENTED,
  CONSENTED_EN,
  CONSENTED_TO_PUBLISH,
  CONSULT_KIND_AFTER,
  DISCUSSED_BEFORE,
  FAVOURITE_BEFORE,
  FEEDBACK_AFTER,
  freeAnswerLed,
  givenToUs,
  GIVER_BEFORE,
  GUEST_BEFORE,
  GUEST_WORDS_AFTER,
  HEARD_BEFORE,
  HEARD_OFTEN_AFTER,
  INTRODUCED_BEFORE,
  INTRODUCES_FOLLOWING,
  LETTER_MAX,
  LETTER_RECEIVED_BEFORE,
  mascotBalloon,
  MEETING_VOICE_AFTER,
  MEMBER_BEFORE,
  MET_WORDS_AFTER,
  OPINION_RECEIVED,
  OWN_EVENT,
  OWN_INTERVIEW_AFTER,
  OWN_INTERVIEW_BEFORE,
  OWN_VOICE_AFTER,
  ownClassVoices,
  pastGiverRun,
  PERFORMED_AFTER,
  prejudiceNamed,
  PRESENTED_BEFORE,
  PRESENTED_MAX,
  PROVERB_AFTER,
  RECEIVED_VOICE_AFTER,
  SELF_WORDS_BEFORE,
  SPEAKER_BEFORE,
  STAFF_SPEAKER_AFTER,
  STAGE_EVENT,
  SUMMARISED,
  SURVEY_IN_SENTENCE,
  SURVEY_NAMED,
  SURVEY_REPORTED,
  SURVEY_VOICE_AFTER,
  surveyTitled,
  THANKED_MESSAGE_AFTER,
  TOLD_ME_AFTER,
  TOLD_ME_BEFORE,
  TOLD_US_AFTER,
  VOICE_AFTER,
  WARNING,
  WORK_CONTEXT_WORDS,
} from './voices-received'

export type { QuotationFacts } from './context'

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
      // Blind R452D-021 kind: …in double quotes too (“…”――本当にその通りだなと思います).
      ((c === '”' || c === '〟') && maximAffirmed(t, a, i)) ||
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
    // Blind R451C-059 kind: …in any quotes, or set alone and told as said of old (“…” 昔から言われていることですが).
    if ((c === '」' || c === '』' || c === '”' || c === '〟') && letters(t.slice(a + 1, i)) >= SHORT_MIN && !PROVERB_AFTER.test(t.slice(i + 1, i + 30)) && handedDown(t, a, i)) {
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
    // Blind R457J-025 kind: …or one it is asked at times (「…」と聞かれることがありますが, というご質問をいただくことがあります).
    if (!q.block && ASKED_AT_TIMES_AFTER.test(runAfter) && !IN_MEDIUM.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(runAfter))) continue
    // Blind R458K-023 kind: a promise the participants of the city's own class made there (子どもたちには「…」と約束してもらいました).
    if (!q.block && pledgeAtOwnEvent(bf.text, runAfter, masked)) continue
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
      // Blind MR-058 kind: a voice told right after it as drawn by the city's own survey, named by its year, title or respondents
      // (「…」と、昨年度参加された方のアンケートにも声が寄せられています（令和6年度 …アンケート）).
      (!q.block && SURVEY_VOICE_AFTER.test(runAfter) && !IN_MEDIUM.test(bf.text) && !VAGUE_MEDIUM_LEAD.test(bf.text) && !PUBLISHED_VOICE.test(bf.text + sentenceEnd(runAfter))) ||
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
