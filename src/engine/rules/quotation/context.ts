/**
 * The quotation family's shared readings (4(4): 他者の文章等を引用する場合は、出典を明示する): what more than one detector reads — the
 * Quote and QuotationFacts shapes, the sentence around a quotation (before, after, ownSentence, sentenceEnd, letters, isStop), the
 * vague word that names no source (VAGUE), the kinds of person, body and medium that name no one (GENERIC_PERSON, UNNAMED_AUTHORITY,
 * UNNAMED_WORDS, UNNAMED_BODY_DOC, NATION_ANNOUNCED, GENERIC_SOURCE, UNNAMED_PLACE_BEFORE_ROLE, NOT_MET, VAGUE_MEDIUM_LEAD), words
 * read or published in a medium (IN_MEDIUM, PUBLISHED_VOICE), hearsay after a quotation (HEARSAY_TAIL), a sentence's topic (TOPIC,
 * BLOCK_SENTENCE) and the numeral of a date (NUM). All patterns are linear: no nested quantifiers, bounded repetition. No detector is here: nothing is reported by this file. Part of the quotation family
 * (index.ts reads the quotations and reports them).
 */
import type { Span } from '../../text'

/** A publication with its date: ○○新聞（2024年5月1日）, 11月3日付朝刊, 2025年6月号. */
export const NUM = '[0-9〇一二三四五六七八九十]{1,4}'
/** A source named with a vague word (ある新聞, こんな投稿, 口コミ, 関係者) is no source. */
export const VAGUE = /(?:^|[、。\s」』：:！!？?はも—―‐-])(?:と)?ある(?=[一-龠ァ-ヶ])|某|こんな|そんな|どこかの|誰か|ネット上|ネットで|ネットの(?:まとめ|記事|書き込み|掲示板|噂|うわさ|情報)|まとめサイト|口コミ|関係者|^(?:以下[、,]?)?(?:専門家|有識者|研究者|識者|詳しい人|知人|友人|ある方|他の自治体(?:さん)?|よその自治体(?:さん)?|ネットの(?:方|人))(?:の(?:解説|話|意見|コメント|説明|投稿|記事))?$/u
/**
 * A kind of text with no name (以下、ガイドブックから引用, 新聞より; blind R130I-030: 旅行ガイドより抜粋, タウン誌から): no source. Blind R365N-049 kind:
 * a book named by its genre alone (育児書より抜粋, 料理本から, 専門書より引用) has no title and no author. Blind R374X-010 kind: a magazine
 * or a review named by its genre alone (音楽誌のレビューより抜粋, 文芸誌の書評から, 専門誌の批評より) names no magazine, issue or critic.
 */
export const GENERIC_SOURCE =
  /^[—―‐\-\s]*(?:(?:以下[、,]?|次の|こちらの|この|その|今朝の|昨日の|先日の|地元の|手元の|(?:大|だい)?(?:好き|すき)な|お気に入りの|愛読(?:している|する|中の)|(?:昔|以前|最近|前に|先日|学生時代に|若い頃に?)(?:読んだ|見た|見つけた)|(?:本屋|書店|図書館|ネット)で(?:見つけた|見かけた|出会った|借りた|読んだ)|国の|県の|政府の|役所の|ある|とある|研修|会議|庁内|社内|勉強会|講座|説明会|配布|旅行|観光|グルメ|タウン|郷土|海外)\s?){0,2}(?:(?:育児|子育て|料理|健康|医学|専門|歴史|実用|ビジネス|自己啓発|啓発|教育|心理|哲学|入門|解説|教養)(?:書|本)|参考書|教科書|ガイドブック|ガイド|旅行誌|情報誌|タウン誌|観光誌|紀行文?|エッセイ|案内書|本|書籍|新聞|雑誌|テレビ|番組|ラジオ|報道|ニュース|マスコミ|メディア|サイト|ウェブサイト|ホームページ|ネット|インターネット|ウェブ|web|Web|記事|コラム|社説|詩|歌|歌詞|投稿|資料|文献|論文|SNS|ブログ|パンフレット|チラシ|名言集|名言|報告書|白書|調査|統計|通知|答申|提言|論文集|(?:音楽|文芸|専門|業界|週刊|月刊|季刊|経済|女性|美術|芸術|映画|演劇|文化|旅行|スポーツ|ファッション|写真|鉄道|クラシック|ジャズ|料理|学術|医学|科学|建築|園芸|農業|英字|文学|演芸|舞台)(?:誌|雑誌)|レビュー|批評|評論|書評|劇評|寸評|演奏評){1,2}(?:の(?:記事|コラム|一節|投稿|紹介|特集|中|レビュー|批評|評論|書評|劇評|寸評|演奏評|評))?$/u
/**
 * Blind R136D-008: "the nation" or "the government" as the one who announced (国の発表によると, 政府の公表では, 国からの通知によれば):
 * which ministry, which announcement and when are left out, so a reader cannot find it; 国の資料 is vague for the same reason. A named
 * ministry or agency (厚生労働省の発表, 気象台の発表) is a source.
 */
export const NATION_ANNOUNCED = /^(?:国|政府|国側|政府側)(?:の|から|が)(?:の)?(?:発表|公表|発信|説明|見解|方針|情報|お知らせ|通達|アナウンス)$/u
/** An unnamed person's words (研修講師の言葉から抜粋, ある先生のお話より): no source. */
export const UNNAMED_WORDS = /^(?:[^、。\s]{0,6}?の?)(?:講師|先生|専門家|有識者|先輩|知人|友人|担当者|職員|研究者|医師|作家)(?:の方|さん)?の(?:言葉|話|お話|講演|発言|資料|メモ|ノート)$/u
/**
 * Blind R63A-030: a paper of a kind of body named by its kind alone (獣医師会の資料から抜粋, 弁護士会のパンフレットより引用, 専門機関の
 * 資料より): every prefecture and city has such an association, so the kind names no publisher, and the paper has no title. Its own name
 * before it (日本獣医師会, 福岡県獣医師会, 柳川山門医師会, 福岡県の獣医師会) or a title after the paper (パンフレット『ペットと防災』) names it.
 * Blind R252A-057 kind: a group named only by what it works for (環境団体, 市民団体, 消費者団体, 研究グループ, 調査会社) and its report or
 * survey (報告書によると, 調査結果より, レポートから引用): there are many such groups, so the kind names no one and the report no title; the
 * group's own name (日本野鳥の会, 有明海再生ネットワーク) or the report's title and year names it.
 */
export const UNNAMED_BODY_DOC =
  /(?:^|[^一-龠々ァ-ヶーA-Za-z0-9・])(?<!(?:県|市|町|村|都|府|道|国|郡)の)(?:獣医師会|医師会|歯科医師会|薬剤師会|看護協会|弁護士会|司法書士会|税理士会|行政書士会|社会保険労務士会|土地家屋調査士会|専門機関|研究機関|公的機関|関係機関|(?:国際)?(?:環境|自然保護|動物愛護|愛護|保護|市民|住民|消費者|人権|福祉|支援|業界|関係|専門|民間|研究|非営利|ボランティア|NPO|NGO)団体|研究(?:グループ|チーム)|調査会社|シンクタンク|保険会社|製薬会社|メーカー|業者)(?:の|が[^、。！？!?\s]{0,6}?(?:出し|発行し|作成し|作っ|つくっ|配布し|配っ|まとめ|公表し|発表し)(?:ている|てる|た))(?:資料|パンフレット|リーフレット|冊子|手引き?|ガイド|ガイドブック|会報|文書|チラシ|小冊子|資料集|テキスト|解説|説明書|報告書|報告|レポート|調査|調査結果|調査報告|試算|推計|声明)$/u
/** A kind of person in front of an honorific (専門家の先生, 大学の先生, 医師の): no one in particular. */
export const UNNAMED_AUTHORITY = /^(?:専門家|有識者|研究者|識者|学者|医師|医者|お医者|弁護士|大学|学校|病院|地元|近所|地域|その道|業界|ある|某)(?:の)?$/u
/** An authority or a vague someone is no one the writer met (ある専門家の方は, 有識者の皆さんが). */
export const NOT_MET = /ある|某|専門家|有識者|研究者|識者|学者|作家|詩人|偉人|ネット|記事/u
export const PUBLISHED_VOICE = /新聞|投書|雑誌|記事|ネット|SNS|掲載|口コミ|レビュー/u
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
export const VAGUE_MEDIUM_LEAD = /(?:(?:(?<![ぁ-ゖ])|(?<=[がはもで]))(?:とある|ある|某)|どこかの)[^「『」』。！？!?\n]{0,8}?(?:新聞|コラム|社説|記事|雑誌|本|書籍|番組|テレビ|ラジオ|サイト|ホームページ|ブログ|投稿|SNS|論文|資料|冊子|パンフレット|ガイドブック|インタビュー|取材|対談|会見|特集|動画|配信)|(?<![ぁ-ゖ一-龠々])(?:以前|前に|昔|いつか)?どこかで[^「『」』。！？!?\n]{0,12}?(?:語|話|言|書|述べ|答え|おっしゃ)|(?:ネット|インターネット|SNS)(?:上)?(?:の|で|に)[^「『」』。！？!?\n]{0,8}?(?:記事|投稿|書き込み|コメント|見|読)|(?<=^|[、,。！!？?\s]|[がはも]|以前|前に|昔|かつて|過去に|先日|昨年|去年|当時)(?:(?:テレビ|ラジオ|雑誌|新聞|ウェブ|web|ネット)の?)?(?:インタビュー|取材|番組|対談|記事|雑誌|テレビ|ラジオ)(?:で|の中で|では|に)[、,]?(?:こう|次のように|このように|こんなふうに|こんなことを|以下のように)(?:話して|話され|語って|語られ|言って|答えて|おっしゃって|述べて|述べられ)(?!(?:くれ|くださ|下さ|いただ|もらっ))/u
/**
 * Nouns + さん that name no one in particular (船頭さん, 皆さま, ガイドさん). Blind R57A-148: a job or an office with さん (支援員さん募集中,
 * 指導員さん, 保育士さん, 民生委員さん, 司書さん) is a kind of person too, not the author of a saying next to it.
 * Blind R253E-056 kind: a participant or visitor called by what they do, in katakana, with さん (ランナーさん, サイクリストさん, サポーター
 * さん, ゲストさん) is one of many, not a name: a post of theirs quoted (こんな感想を書いてくれていました「…」) needs who and where it was posted.
 * Blind R88A-029: so is a trade that ends in no 士, 師 or 員 (獣医さん, 校医さん, 主治医の先生, 大家さん, 神主さん, パン屋さん, 花屋さん): the
 * speaker of 獣医さんがおっしゃっていた言葉「…」 is left unnamed (獣医師の古賀先生 names one).
 */
export const GENERIC_PERSON = /(?:(?:支援|指導|相談|調理|用務|事務|配達|警備|監視|清掃|作業|推進|協力隊|係|駅|乗務|添乗|学芸|調査|保安|救急|消防|隊|会|職|教|委|民生委|児童委|主任児童委)員|保育士|介護士|介護福祉士|栄養士|保健師|看護師|助産師|薬剤師|美容師|理容師|調理師|整備士|司書|管理人|運転手|運転士|講師|職人|大工|庭師|保母|寮母|管理栄養士|ケアマネ|ヘルパー|ボランティア|自治体|他市|他県|役場|担当者|船頭|店主|店長|店員|主人|住民|市民|観光客|利用者|参加者|来場者|職員|生徒|学生|児童|担当者|関係者|先輩|友人|家族|方々|皆|ガイド|スタッフ|ファン|フォロワー|リスナー|ユーザー|読者|視聴者|農家|漁師|生産者|保護者|お客|本人|業者|作家|文豪|経営者|有名人|音楽家|画家|詩人|歌人|俳人|哲学者|学者|科学者|偉人|芸術家|小説家|思想家|政治家|アスリート|アーティスト|歌手|タレント|専門家|評論家|研究家|愛好家|料理家|活動家|実業家|起業家|俳優|女優|男優|役者|芸人|芸能人|モデル|アナウンサー|キャスター|司会者|コメンテーター|レポーター|リポーター|声優|アイドル|ユーチューバー|YouTuber|Youtuber|VTuber|インフルエンサー|(?:クリエ(?:イ|ー)ター|ブロガー|ライター|カメラマン|フォトグラファー|インスタグラマー|ティックトッカー|トラベラー|ジャーナリスト|コラムニスト|エッセイスト|イラストレーター|ストリーマー|配信者|ポッドキャスター|ランナー|サイクリスト|ツーリスト|サポーター|ゲスト|ドライバー|ライダー|ハイカー|ゴルファー|スイマー|プレーヤー|プレイヤー)|落語家|漫才師|[一-龠々]{2}(?:士|師)|医師|教師|牧師|技師|棋士|力士|博士|記者|医者|[一-龠々]{0,3}医|大家|家主|地主|神主|車掌|(?:八百|魚|花|本|酒|米|肉|床|植木|豆腐|電気)屋)$/u
/** Where another body lies, with no name, right before a role (近隣の, 隣町の, 県内の, 他の自治体の, よその市の). */
export const UNNAMED_PLACE_BEFORE_ROLE =
  /(?:^|[^\p{Script=Han}ァ-ヶー])(?:近隣|近く|周辺|近郊|隣|となり|お隣|よそ|他|ほか|別|県内|県外|全国|各地)(?:の)?(?:(?:市|町|村|市町|市町村|町村|自治体|まち|県)(?:の)?)?$|(?:隣町|隣市|隣村|近隣市町村?|近隣自治体|他市|他県|他町|他自治体)(?:の)?$/u
export const HEARSAY_TAIL = /^[^。！？!?\n「」『』]{0,24}?(?:そう(?:です|だ|な|よ)|らしい|らしか|げな|とか|と聞|って聞|と伺)/u
export const BLOCK_SENTENCE = /[はがも][、,]?[^\n]{2,}(?:です|ます|である|だ|もの|こと|ない|[るたい])[。.！!]?\s*$|。/u
export const TOPIC = /[^\s]{2}(?:は|が|とは)[^\s]/u
export interface Quote extends Span {
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
export function letters(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x3000) n++
  }
  return n
}

export function isStop(c: string | undefined): boolean {
  return c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n'
}

/** The sentence before `a` and the text of the current sentence up to `a` (at most 80 characters). */
export function before(t: string, a: number): { start: number; text: string } {
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
export function sentenceEnd(text: string): string {
  const m = /[。！？!?\n]/u.exec(text)
  return m ? text.slice(0, m.index) : text
}

/** The current sentence up to `a` (from the last sentence stop or line break). */
export function ownSentence(t: string, a: number): string {
  let s = a
  while (s > 0 && s > a - 120 && !/[。！？!?\n]/u.test(t[s - 1]!)) s--
  return t.slice(s, a)
}

export function after(t: string, b: number): { end: number; text: string } {
  const hi = Math.min(t.length, b + 80)
  let e = b
  while (e < hi && (isStop(t[e]) || t[e] === ' ' || t[e] === '　')) e++
  while (e < hi && !isStop(t[e])) e++
  // A note in brackets right after the sentence belongs to it: …とのことでした。（ボランティア代表・古賀さん）.
  const note = /^[。！？!?]?\s?[（(][^()（）\n]{2,40}[）)]/u.exec(t.slice(e, e + 44))
  if (note) e += note[0].length
  return { end: e, text: t.slice(b, e) }
}

/** Said to the writer (と話してくれました, と教えてくださいました, と語っていただきました): the post collected it. */
/** Before a quotation: a medium it was found in (ネットの記事で, テレビで): read, not told to the writer. */
export const IN_MEDIUM = /記事|新聞|テレビ|ネット|番組|雑誌|書籍|本で|本に|サイト|SNS|ブログ|投稿|動画|ラジオ|チラシ|ポスター/u
