/**
 * The city's own wording (4(4)): samples marked good or bad (markedSample), wording it writes for a sign or notice (OWN_BEFORE,
 * OWN_AFTER), its own words to someone or a campaign (CALL_TO_READERS, CAMPAIGN, ASKED_AFTER), a term named as such (TERM_AFTER,
 * TERM_NAMED_AFTER, BARE_TERM), a slogan its makers decided (MADE_SLOGAN_BEFORE), words the reader is told to say (modelScript,
 * READER_WORDS), a model dialogue set out line by line (dialogueScript), the reader's own thought (READER_THOUGHT) and the city's own
 * broadcast reproduced (ownBroadcast). No one else's text: no source needed. Not so when the words are said by someone the sentence
 * names. Part of the quotation family (index.ts reads the quotations and reports them).
 */


export const EXAMPLE_BEFORE = /(?:例[：:]|例えば|たとえば|例は|のような|といった)\s?$/u
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
export function markedSample(t: string, a: number): boolean {
  const head = t.slice(Math.max(0, a - 8), a)
  if (!MARK_BEFORE.test(head)) return false
  return (GOOD_LINE.test(t) && BAD_LINE.test(t)) || EXAMPLE_LABEL_LINE.test(t.slice(Math.max(0, a - 80), a))
}
/** Wording the city writes itself for a sign or notice (案内板には “…”, 「…」と英語で書かれた看板を設置). */
export const OWN_BEFORE = /(?:看板|案内板|掲示板|標識|注意書き|貼り紙|張り紙|案内文|英語表記|英語版|英訳|多言語案内)(?:には|に|の|で|は|を|も|[：:])?\s?$/u
/** The writer's own words to someone (生徒の皆さんに「…」とお願いしました, 〜と呼びかけました). */
/** After a quotation: it is the name of a term (「アンコンシャス・バイアス」と呼ばれ, と名付けられ), not someone's words. */
/** A quotation that calls on the readers (「…正しく飲みましょう。」, 「ストップ！ながら運転」): a campaign's slogan, the city's own voice. */
export const CALL_TO_READERS = /(?:ましょう|ください|しよう|しようね|ようね|よう！|しません|しない|(?<=[、,・\s][^」』、,。\n]{0,8}?)[さかがたなまばらわ]ない|(?<![だ])ろう|[こごぼも]う)[。！!]?[」』”〟]$/u
/** A campaign the post speaks of (〜週間, 〜月間, 〜運動, 標語). */
export const CAMPAIGN = /週間|月間|運動|キャンペーン|標語|スローガン|合言葉|呼びかけ/u
export const TERM_AFTER = /^\s?(?:と|って)(?:呼ば|よば|称さ|称し|名付け|名づけ|命名)/u
export const ASKED_AFTER = /^\s?と(?:お願い|呼びかけ|呼び掛け|お伝え|伝え|激励|エールを送)(?:しました|ました|した|しています|いたしました)/u
export const OWN_AFTER = /^\s?(?:と|を|の)[^。\n]{0,12}(?:案内板|看板|掲示し|掲示を|掲示物|標識|注意書き|貼り紙|張り紙|表示し|表示を|表記し|表記を)/u
/** Words the reader is told to say or write (「…」とお尋ねください, 「…」とお伝えください): the city's own wording. */
/**
 * Blind TU-056: a model script the city gives readers to say (通報の際は、落ち着いて次のように伝えます。「火事です。場所は…です。」,
 * 電話では次のように話しましょう): the sentence before tells the reader how to say it (伝えます, 言いましょう, 話してください), not
 * that someone said it (市長は次のように述べました, こう話していました are past and stay quotations).
 */
const MODEL_SCRIPT_BEFORE = /(?:次のように|以下のように|このように|こう)[、,]?(?:はっきり|落ち着いて|ゆっくり)?(?:(?:伝え|告げ|名乗り|通報し|申し出|答え)(?:ます|ましょう|てください|て下さい|てみましょう|るとよい|ると良い|ればよい|れば大丈夫)|(?:言い|言っ|話し|話)(?:ましょう|てください|て下さい|てみましょう))[。：:]?\s*$/u
/** …said by someone the sentence names (専門家はこう言います, 市長は次のように伝えます): their words, not the reader's script. */
const SCRIPT_SAYER = /(?:さん|氏|様|先生|長|家|者|師|士|員|人|方|官|庁|省|署|局)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}$/u
export function modelScript(line: string): boolean {
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
export function dialogueScript(t: string, a: number): boolean {
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
export const READER_WORDS = /^\s?と(?:窓口で|電話で|受付で|係員に|職員に)?(?:お|ご)?(?:尋ね|たずね|伝え|申し出|申し付け|声かけ|声掛け|記入|入力|記載|書いて|言って|おっしゃって|答え|話しかけ|問い合わせ)[^。\n]{0,6}(?:ください|下さい)/u
/** The reader's own thought, quoted to address them (「…」と迷っている方へ, 「…」とお悩みの皆さん): no one else's words.
 * Blind LC-057 kind: …also as the kind of person invited, set off by a comma (「…なりたい」という方、お待ちしています). */
export const READER_THOUGHT = /^\s?(?:という|といった|との)(?:方|皆さん|皆様|みなさん|人|お子さん|保護者の方)(?:も|は|に|へ|を|の|で|[、,](?=[^。！？!?\n]{0,12}?(?:お待ち|ぜひ|是非|ご参加|お申し?込|ご相談|お気軽|歓迎)))|^\s?と(?:迷って|悩んで|お悩み|お考え|考えて|思って|お思い|感じて|お困り|困って|心配して|ご心配|不安に(?:思って|感じて)|ためらって|あきらめて|諦めて)(?:いる|おられる|いらっしゃる|の)?(?:方|皆さん|皆様|みなさん|あなた|人)|^\s?と(?:がっかり|落ち込|悩ま|悩ん|心配さ|心配す|不安にな|不安に感じ|迷わ|迷っ|戸惑|とまど|困っ|困ら|焦|あせ|思われ|感じられ|考えられ|お悩み)[^。！？!?\n「」『』]{0,8}?(?:方|お母さん|お父さん|お母さま|お父さま|保護者|親御さん|パパ|ママ|人|ご家族)(?:も|は|が|、|。|や|\s|$)/u


/**
 * Blind GW-041: the city's own broadcast reproduced (防災行政無線, 防災無線, 広報無線, 緊急放送 named in the paragraph): the quotation opens
 * with the broadcaster's own name (こちらは、防災やながわです, こちらは柳川市役所です), or stands right under a line that heads it as the
 * broadcast's text (【防災行政無線 放送内容】, 放送文：). Another's words heard on it or elsewhere (ある専門家は「…」) are not this.
 */
const CITY_BROADCAST = /防災行政無線|行政無線|防災無線|広報無線|同報(?:系)?無線|防災ラジオ|緊急放送|防災放送|屋外(?:拡声|スピーカー)/u
const BROADCASTER_OPENING = /^[「『]\s?こちらは[、,]?\s?[^。、「」『』\n]{2,16}?(?:です|でございます)[。、]/u
const BROADCAST_HEADING = /(?:放送内容|放送文|放送した内容|放送の内容|放送原稿|放送しました|放送します|放送文案)[】）)]?[^\n]{0,30}$/u
export function ownBroadcast(t: string, masked: string, a: number): boolean {
  if (!CITY_BROADCAST.test(masked)) return false
  if (BROADCASTER_OPENING.test(t.slice(a, a + 24))) return true
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (t.slice(lineStart, a).trim() !== '' || lineStart === 0) return false
  const prev = t.slice(t.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1)
  return CITY_BROADCAST.test(prev) && BROADCAST_HEADING.test(prev)
}

/**
 * Blind IT-147: a term put in brackets and named as a word (「ローリングストック」という言葉を聞いたことはありますか): the mention of a word,
 * not a text quoted. Only a bare noun (katakana, kanji, Latin letters); a phrase with kana (「人は城、人は石垣」という言葉) stays a saying.
 */
export const TERM_NAMED_AFTER = /^[」』”〟]?\s?(?:という|との|って|とは)(?:言葉|ことば|用語|単語|語|キーワード|考え方|取り組み)/u
export const BARE_TERM = /^[ァ-ヶー・一-龠々A-Za-z0-9０-９ 　]{1,24}$/u
/**
 * Blind TW-136: a slogan or motto the post says its makers decided or wrote (サミットで決まった標語は「…」, 中学生が考えた合言葉は「…」,
 * 実行委員会が定めたスローガン): its authors named by what they did; not a vague maker (ある人が考えた標語).
 */
export const MADE_SLOGAN_BEFORE = /(?<!ある|とある|某)(?:で|が|の)[^。！？!?\n「」『』]{0,6}?(?:決ま(?:った|りました)|決めた|考えた|考案した|作った|つくった|選ばれた|選んだ|定めた|採用された|生まれた)(?:標語|スローガン|合言葉|合い言葉|キャッチフレーズ|テーマ)(?:は|が|を|として)[、,]?\s?$/u
