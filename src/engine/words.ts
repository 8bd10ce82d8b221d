/**
 * Word-aware matching: whether a word-list hit is a word of the text, and whether it is used or
 * only mentioned.
 *
 * Japanese has no spaces, so a list entry found as a substring may sit inside another word
 * (外人 in 海外人材, 非人 in 是非人気, れず in 取れず). Boundaries come from three sources:
 * - script runs: a katakana, half-width or ASCII run is one unit (バカ in バカンス is not a hit);
 *   the segmenter would split unknown katakana words into letters (レ|ズ), so it is not asked;
 * - `Intl.Segmenter('ja', { granularity: 'word' })` (built into Chromium, Firefox and Node, no
 *   bundle cost) for kanji and hiragana: a hit must start and, inside a kanji compound, end on a
 *   segment boundary (海外|人材);
 * - the entry's own form: a hit ending in hiragana may run on into its inflection (死ね → 死ねば,
 *   うざい → うざいし), which the segmenter cuts in odd places (死|ねばい|い); a hit that starts with
 *   hiragana right after a kanji is that kanji's okurigana (取れず), never a word.
 * The segmenter runs only on a short window around a candidate hit, so typing stays fast.
 *
 * A hit that starts a compound naming a topic (痴漢撲滅キャンペーン, 障害者差別解消法, バカ正直)
 * is not a use. A hit quoted as an example (「死ね」「消えろ」といった書き込み, 「バカ」などの言葉)
 * is a mention: the rule families report it as `info` at most; so is a word inside a bracketed title
 * (映画「…」, ポスター「…」).
 *
 * The second half of the file serves the families that read grammar rather than words (hostility,
 * decency, rebuttal): `phrase` (patterns written in kana, folded like the text), `maskedWords`
 * (伏せ字: one letter of a word masked), `compactLetters` (ｌ ｇ ｂ ｔ), `sentences`, `isQuotedTopic`
 * (「キモい」は…) and `Taken` (one finding per span).
 */
import { foldCode, type Span } from './text'

/**
 * The segmenter reads a window around a candidate hit. Its edges are put where the whole text's
 * segmentation has a boundary anyway (a character that is not kana or kanji: punctuation, a space,
 * a digit), so the window gives the same cuts as the whole text; a run of kana and kanji longer than
 * `WINDOW` on a side is cut at `WINDOW` (dictionary words are far shorter).
 */
const WINDOW = 32

function isJapaneseLetter(c: string | undefined): boolean {
  return isKanji(c) || isHiragana(c) || isKatakana(c)
}
function windowStart(text: string, start: number): number {
  const lo = Math.max(0, start - WINDOW)
  let i = start
  while (i > lo && isJapaneseLetter(text[i - 1])) i--
  return i
}
function windowEnd(text: string, end: number): number {
  const hi = Math.min(text.length, end + WINDOW)
  let i = end
  while (i < hi && isJapaneseLetter(text[i])) i++
  return i
}

let segmenter: Intl.Segmenter | null | undefined
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('ja', { granularity: 'word' }) : null
    } catch {
      segmenter = null
    }
  }
  return segmenter
}

export function isKatakana(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc || (code >= 0xff66 && code <= 0xff9f)
}
export function isHiragana(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return code >= 0x3041 && code <= 0x309f
}
export function isKanji(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || code === 0x3005 || (code >= 0xf900 && code <= 0xfaff)
}
export function isAsciiWord(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Kana that start what follows a noun: particles (は, が, を, に, の, と, も, や, へ, で, か, さ, よ, ね), the copula (だ, な, じゃ, です) and dialect の (ん). */
const AFTER_NOUN = 'はがをにのともやへでかさよねだなじすんっ'

/** Kana of the e-row, before the conditional ば (あれば, 行けば, すれば). */
const CONDITIONAL_E = 'えけせてねへめれげぜでべぺ'

/** Segment boundaries (offsets into `text`) of the window [from, to). */
/** Segment boundaries of the whole text (for a text with many candidate hits: one pass instead of one window each). */
export function wholeBoundaries(text: string): ReadonlySet<number> {
  return boundaries(text, 0, text.length)
}

function boundaries(text: string, from: number, to: number): Set<number> {
  const seg = getSegmenter()
  const out = new Set<number>([from, to])
  if (!seg) return out
  for (const s of seg.segment(text.slice(from, to))) out.add(from + s.index)
  return out
}

/**
 * Whether [start, end) of `text` (the squeezed view: original scripts, spaces squeezed) is a word
 * or a word of a compound, by the rules above. `noun`: the entry is a noun written in katakana, so a hit
 * spelt in hiragana does not run on into hiragana (no inflection).
 */
export function isWordAt(text: string, start: number, end: number, whole?: () => ReadonlySet<number> | null, noun = false): boolean {
  const first = text[start]
  const last = text[end - 1]
  const before = start > 0 ? text[start - 1] : undefined
  const after = text[end]
  // Script runs.
  if (isKatakana(first) && isKatakana(before)) return false
  if (isKatakana(last) && isKatakana(after)) return false
  if (isAsciiWord(first) && isAsciiWord(before)) return false
  if (isAsciiWord(last) && isAsciiWord(after)) return false
  // Okurigana: hiragana right after a kanji continues that kanji's word (取れず, 好きもい).
  if (isHiragana(first) && isKanji(before)) return false
  // The conditional ば after an e-row kana (あれば|かからない, 言えば|かえって) starts no word (the segmenter reads あれ|ばか|から).
  // A katakana バ is never that ば: it starts its own run (マジでバカ, なんてバカな, ﾏｼﾞでﾊﾞｶなの).
  if (first === 'ば' && before !== undefined && CONDITIONAL_E.includes(before)) return false
  const startNeedsSegmenter = (isKanji(first) || isHiragana(first)) && (isKanji(before) || isHiragana(before))
  // A noun (an entry written in katakana) spelt in hiragana ends where a word ends: ガイジ is not in 誰かが|いじめ.
  // What follows a noun (a particle or copula: ばかだ, ばかな, ばかんごたる) ends it without asking.
  const endNeedsSegmenter = (isKanji(last) && isKanji(after)) || (noun && isHiragana(last) && isHiragana(after) && !AFTER_NOUN.includes(after!))
  if (!startNeedsSegmenter && !endNeedsSegmenter) return true
  if (!getSegmenter()) return true
  // `whole`: the caller's boundaries of the whole text once it has asked for many windows (null: ask a window).
  const cuts = whole?.() ?? boundaries(text, windowStart(text, start), windowEnd(text, end))
  if (startNeedsSegmenter && !cuts.has(start)) return false
  if (endNeedsSegmenter && !cuts.has(end)) return false
  return true
}

/**
 * Heads of compounds that name a topic, a law, a campaign or a measure: a listed word right before
 * one of these (no particle between) is the topic, not a word used against someone.
 */
const TOPIC_HEAD = /^(?:撲滅|防止|対策|根絶|禁止|被害|問題|差別|解消|法|条例|キャンペーン|相談|窓口|啓発|事件|事案|運動|正直|ゼロ|予防|通報|対応|根絶)/u

/** Whether the hit ending at `end` is the first part of a topic compound (痴漢撲滅, バカ正直). */
export function startsTopicCompound(text: string, end: number): boolean {
  return TOPIC_HEAD.test(text.slice(end, end + 6))
}

const OPEN = '「『“"〝\'‘（('
const CLOSE: Record<string, string> = { '「': '」', '『': '』', '“': '”', '"': '"', '〝': '〟', "'": "'", '‘': '’', '（': '）', '(': ')' }
/** After a quoted example: といった, などの, のような, という, 等, と言われ … */
const MENTION_AFTER = /^[、,・\s…‥.]*(?:といった|などと?|(?:言|い)われ(?:た|る|て|ると|たら|続け)|のような|のように|という|といわれ|と言われ|と言う|といい|等の?|と書|と言|とは|って言葉|は使わ|を使わ|も使わ|は禁句|も含め|と(?:反論|返|答|主張|否定|説明|叫|罵|ののし)|に(?:気をつけ|気を付け|ご注意|注意|要注意|だまされ|騙され|ご用心|用心))/u
/** Unquoted mention: バカという言葉, 死ねなどの暴言. */
const MENTION_NOUN = /^(?:という|といった|などの|のような|等の)(?:言葉|表現|書き込み|投稿|悪口|暴言|発言|コメント|メッセージ|言い方|単語)/u
/** Nouns that introduce a title in brackets: 映画「…」, 絵本「…」, 講演「…」. */
const TITLE_BEFORE = /(?:映画|絵本|書籍|小説|作品|楽曲|曲|歌|番組|ドラマ|講演|演題|テーマ|タイトル|題名|劇|公演|上映会|展|詩|句集|歌集|漫画|マンガ|アニメ|ポスター|標語|スローガン|キャッチコピー|川柳|作文|パネル)[はの]?$/u
/** After a run of quoted words: the sentence ends there, after an optional dash (」。, 」⏎, 」――。). */
const QUOTES_END = /^[―—\-]{0,4}(?=[。．.！!？?…\s]*(?:\n|$)|[。．.！!？?…])/u
function spanOf(span: Span): [number, number] {
  return [span.start, span.end]
}
/** A run of short quoted words and nothing else (「バカ」「消えろ」、『キモい』). */
const ONLY_QUOTES = /^\s*(?:[「『"“][^「『」』"”\n]{1,16}[」』"”][、,・\s]*(?:や|と)?[、,・\s]*){1,12}$/u

/** Right before a bracket: the quotation is introduced as an example (例：, （例）, たとえば, 例えば, 文例, 手口の例). */
const EXAMPLE_BEFORE = /(?:(?<![事実判慣条定])例|[（(]例[）)]|例えば|たとえば|例として|の例では?|文例|例文|具体例|悪い例|NG例|ＮＧ例)[：:、,\s　]*$/u

/** Words of an awareness or education context. */
const AWARENESS = /虐待|DV|ＤＶ|モラハラ|いじめ|誹謗中傷|人権|啓発|講座|研修|教室|防止|書き込み|言葉|表現|差別|ネット|SNS|ハラスメント|暴言|暴力|傷つけ|犯罪|からか|偏見|ヘイト|標語|ポスター|相談窓口|授業|学習|考え|思い込み|固定観念|決めつけ|アンコンシャス|無意識|何気な[いく]|ひとこと|ひと言/u

/** Whether [start, …) lies inside a bracketed title: 『…』 or ポスター「…」 (up to 40 characters back). */
function inTitle(text: string, start: number, sentence: Span): boolean {
  for (let i = start - 1; i >= Math.max(sentence.start, start - 40); i--) {
    const c = text[i]!
    if (c === '」' || c === '』' || c === '\n') return false
    if (c === '「' || c === '『') return TITLE_BEFORE.test(text.slice(Math.max(0, i - 6), i))
  }
  return false
}

/**
 * Whether the hit [start, end) is quoted as an example rather than used: inside brackets that
 * hold little more than the word (possibly several such brackets in a row) followed by a
 * quotative (といった, などの …) or within an awareness context (いじめ, 人権, 書き込み …); or
 * followed directly by という言葉 / などの表現.
 */
export function isMention(text: string, start: number, end: number, sentence: Span): boolean {
  if (endorsedAfter(text, end)) return false
  if (MENTION_NOUN.test(text.slice(end, end + 12))) return true
  if (inTitle(text, start, sentence)) return true
  // Find the bracket pair around the hit.
  let open = -1
  for (let i = start - 1; i >= Math.max(sentence.start, start - 40); i--) {
    const c = text[i]!
    if (OPEN.includes(c)) {
      open = i
      break
    }
    if (c === '」' || c === '』' || c === '\n') break
  }
  if (open < 0) return false
  // The hit at the end of a saying as long as a sentence (「外国人は日本から出ていけ」): read as the long sayings below.
  const farOpen = start - open > 8
  // A title in brackets (映画「おまえの親になったるで」, 『…』) names a work: a mention.
  if (TITLE_BEFORE.test(text.slice(Math.max(0, open - 6), open))) return true
  // An example introduced as one (例：「○○人は出て行け」, たとえば「…」, 手口の例「…」): a mention.
  if (EXAMPLE_BEFORE.test(text.slice(Math.max(0, open - 8), open))) return true
  const close = text.indexOf(CLOSE[text[open]!]!, end)
  if (close < 0 || close - end > 40) return false
  // Blind R162I-073: a saying as long as a sentence (「お前じゃ話にならん、上を出せ」「税金で食わせてやってるんだぞ」といったものが
  // ありました) is an example only when the quotes are introduced as words someone received or said (実際に寄せられた言葉には…) and
  // named as examples after them (といった, などの).
  const long = close - end > 8 || farOpen
  // Skip further short quoted examples: 「死ね」「消えろ」といった
  let k = close + 1
  for (let n = 0; n < 6; n++) {
    const m = /^[、,・\s]*(?:や|と|、)?[、,・\s]*/u.exec(text.slice(k, k + 4))!
    const at = k + m[0].length
    const c = text[at]
    if (c === undefined || !OPEN.includes(c)) break
    const closeNext = text.indexOf(CLOSE[c]!, at + 1)
    if (closeNext < 0 || closeNext - at > (long ? 40 : 16)) break
    k = closeNext + 1
  }
  if (long) {
    if (!LONG_EXAMPLES_AFTER.test(text.slice(k, k + 10))) return false
    if (WORDS_RECEIVED.test(text.slice(sentence.start, open))) return true
    // Blind JU-002: or the rest of the sentence condemns such words (「外国人は日本から出ていけ」などと、…排除しようとする言動は、
    // ヘイトスピーチ解消法で許されないものとされています), without aiming them at anyone or taking them up as the writer's own.
    const rest = text.slice(k, Math.max(k, sentence.end))
    return CONDEMNED.test(rest) && !AIMED_AT.test(rest) && !MADE_OWN.test(rest) && !ENDORSE.test(rest)
  }
  if (MENTION_AFTER.test(text.slice(k, k + 10))) return true
  if (AWARENESS.test(text.slice(sentence.start, sentence.end))) return true
  // A sentence that is nothing but quoted words (「バカ」「消えろ」「キモい」。, 「キモい」「死ね」――。) lists examples:
  // the sentence before or after it says what for (冗談のつもりでも、言葉は相手を深く傷つけます), unless it makes
  // them the writer's own (こんな言葉を贈ります).
  const dash = QUOTES_END.exec(text.slice(k, k + 8))
  if (ONLY_QUOTES.test(text.slice(sentence.start, k)) && dash) {
    // The next sentence: past the dash, the end mark and a line break.
    const k2 = k + dash[0].length + /^[。．.！!？?…]{0,3}\s{0,4}/u.exec(text.slice(k + dash[0].length, k + dash[0].length + 8))![0].length
    const after = k2 < text.length ? text.slice(...spanOf(sentenceOf(text, k2, k2))) : ''
    const before = sentence.start > 0 ? text.slice(...spanOf(sentenceOf(text, sentence.start - 1, sentence.start - 1))) : ''
    if ((AWARENESS.test(after) && !MADE_OWN.test(after)) || (AWARENESS.test(before) && !MADE_OWN.test(before))) return true
    // The list as a sentence of its own in a paragraph or post about harm, bullying, slander or where to seek help
    // (【いじめのない学校づくり】 ⏎ 「キモい」「ウザい」「消えろ」。冗談のつもりの一言でも、言われた側の心には深い傷が残ります):
    // examples, unless the next sentence aims them at someone or goes on in the same voice (「消えろ」。二度と来るな。).
    if (AIMED_AT.test(after) || MADE_OWN.test(after) || GOES_ON_ABUSING.test(after) ) return false
    const lead = text.slice(Math.max(0, sentence.start - 60), sentence.start)
    if (AIMED_AT.test(lead) || MADE_OWN.test(lead)) return false
    return AWARE_DASH.test(after) || AWARE_DASH.test(paragraphOf(text, sentence)) || AWARE_POST.test(text)
  }
  // A run of short quotes, then a dash or an ellipsis and an awareness sentence going on in the same sentence
  // (「死ね」「消えろ」「キモい」――画面の向こうにいるのは、あなたと同じ人です。): a mention when that sentence, its
  // paragraph or a 【人権啓発】/人権週間 post says what for; not when the rest aims them at someone (「死ね」――お前のことだよ).
  const lead = DASH_ON.exec(text.slice(k, k + 6))
  if (lead && ONLY_QUOTES.test(text.slice(sentence.start, k))) {
    const rest = text.slice(k + lead[0].length, Math.max(k + lead[0].length, sentence.end))
    if (AIMED_AT.test(rest) || MADE_OWN.test(rest)) return false
    return AWARE_DASH.test(rest) || AWARE_DASH.test(paragraphOf(text, sentence)) || AWARE_POST.test(text)
  }
  return false
}
/** Words that condemn what was quoted (許されない, あってはならない, ヘイトスピーチ, 差別, 人権, いじめ, ハラスメント, 誹謗中傷). */
const CONDEMNED = /許され(?:ない|ません|る(?:もの|こと)では(?:ない|ありません))|あっては(?:なら|いけ)|ヘイトスピーチ|差別|人権|いじめ|ハラスメント|誹謗中傷|中傷|暴言|傷つけ|やめましょう|なくしましょう|なくそう|禁止|違法/u
/** After sentence-long sayings: named as examples (といった, などの, のような). */
const LONG_EXAMPLES_AFTER = /^[、,・\s…‥.]*(?:といった|などの|などと|のような|等の)/u
/** Before them: words someone received or said, introduced (寄せられた言葉には, 実際にあった暴言として, 次のような発言が). */
const WORDS_RECEIVED = /(?:寄せられ|受け|浴びせ|言われ|投げかけ|ぶつけ|届い|あった|あり|実際)[^。！？!?\n「」]{0,8}?(?:言葉|ことば|暴言|発言|声|書き込み|コメント|メッセージ)(?:に|には|として|の中には|では|が|は)?[、\s]*$|(?:例えば|たとえば|例として|次のような|このような)[、\s]*$/u
/** A dash or an ellipsis after a run of quotes, with the sentence going on (――, —, …, ‥; NFKC makes … into ...). */
const DASH_ON = /^[―—…‥]{1,4}|^-{2,4}|^\.{2,12}|^・{2,6}/u
/** Awareness wording after such a dash or in its paragraph. */
const AWARE_DASH = /画面の向こう|傷つ|傷が残|深い傷|心の傷|人権|いじめ|誹謗中傷|書き込む前に|書き込みの前に|送信する前に|投稿する前に/u
/** A sentence after a run of quoted abuse that goes on abusing in the writer's voice (二度と来るな, 目障りだ, 覚えとけ). */
const GOES_ON_ABUSING = /^[\s　]{0,4}(?:二度と|もう)?[^。！？!?\n]{0,12}?(?:来るな|くるな|来んな|来んで|失せろ|消えろ|死ね|覚えとけ|覚えてろ|目障り|うっとうしい|邪魔なんだよ|だよ[。！!]|なんだよ)/u
/** The rest of the sentence aims the quoted words at someone (お前のことだよ, あんたに言っとる). */
const AIMED_AT = /お前|おまえ|オマエ|てめえ|テメエ|てめー|貴様|きさま|あんた|アンタ|あなたのこと|君のこと|きみのこと|お宅|おたく|[@＠]/u
/** The paragraph (text between blank lines, as `paragraphAround` reads them) around a sentence, at most 400 characters each way. */
function paragraphOf(text: string, sentence: Span): string {
  const para = paragraphAround(text, sentence.start)
  return text.slice(Math.max(para.start, sentence.start - 400), Math.min(para.end, sentence.end + 400))
}

/*
 * Phrase patterns: the rule families that read grammar (hostility, decency, rebuttal) match
 * regular expressions on the folded view (squeezed, kana-folded, lower-cased), so that ｼﾈ, シネ and
 * しね, or Ｄ Ｅ Ｍ Ａ and dema, are one spelling. Patterns are written in ordinary kana and folded
 * once at load (`phrase`). Every pattern must be linear: alternations and bounded repeats only, no
 * nested quantifiers.
 */


/**
 * Fold the kana of a pattern source like the folded view (katakana → hiragana, small → full size); ASCII,
 * escapes and character classes are kept as written ([ぁ-ゖ] is a range, not two letters to fold).
 * The engine folds every phrase source once at load (~1 MB): the scan is the native `replace` with one
 * callback per escape, class or run of kana to fold, not a loop over every code unit.
 */
export function foldSource(src: string): string {
  // Most sources of a family fold to themselves only when they hold no katakana and no small kana.
  if (!FOLDABLE.test(src)) return src
  return src.replace(SOURCE_TOKENS, foldToken)
}
/** An escape (\ and the code unit after it), a class (to its unescaped ], or to the end), or a run of kana to fold. */
const SOURCE_TOKENS = /\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*\]?|[\u30a1-\u30f6ぁぃぅぇぉっゃゅょゎゕゖ]+/g
function foldToken(t: string): string {
  const first = t.charCodeAt(0)
  if (first === 0x5c || first === 0x5b) return t
  // A run holds katakana and small kana only (no ASCII): the view's fold table is exactly the pattern fold there.
  let out = ''
  for (let i = 0; i < t.length; i++) out += String.fromCharCode(foldCode(t.charCodeAt(i)))
  return out
}
/** Katakana and small kana: what `foldSource` changes. */
const FOLDABLE = /[\u30a1-\u30f6ぁぃぅぇぉっゃゅょゎゕゖ]/u

/** A global RegExp over the folded view, from a source written in ordinary kana. */
/**
 * The rewrite for a flagged phrase: the text of the first rule whose pattern matches the folded
 * excerpt (rules: [pattern, what to write instead]), else `fallback`.
 */
export function rewriteBy(rules: ReadonlyArray<readonly [RegExp, string]>, excerpt: string, fallback: string): string {
  const f = foldSource(excerpt.toLowerCase())
  for (const [re, text] of rules) {
    re.lastIndex = 0
    if (re.test(f)) return text
  }
  return fallback
}

export function phrase(src: string, flags = 'gu'): RegExp {
  return new RegExp(foldSource(src), flags)
}

/** Characters that stand for a hidden letter in 伏せ字 (ガ〇ジ, し〇, バ×カ). */
export const MASK_CHARS = '〇○●◯◎×✕✖*■□◇◆△▲'
const MASK_CLASS = '[〇○●◯◎×✕✖*■□◇◆△▲]'

/** Whether a 伏せ字 match starts with its mask (■くらしき, ◇くら, ×くら婚: a bullet or a cross, not a hidden letter). */
export function startsWithMask(match: string): boolean {
  return isMaskChar(match[0])
}

export function isMaskChar(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && MASK_CHARS.includes(c)
}

/**
 * One RegExp (folded view) for the 伏せ字 forms of `words`: each word with one of its letters
 * (not all of them) replaced by a mask character. Words of fewer than two letters are skipped.
 */
export function maskedWords(words: readonly string[]): RegExp {
  const alts = new Set<string>()
  for (const w0 of words) {
    const w = [...foldSource(w0)]
    if (w.length < 2) continue
    for (let i = 0; i < w.length; i++) alts.add(w.map((c, k) => (k === i ? MASK_CLASS : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join(''))
  }
  return new RegExp([...alts].sort((a, b) => b.length - a.length).join('|'), 'gu')
}

/** A single letter: `x` is a-z and `y` (the character beyond it) is not. */
function single(x: string | undefined, y: string | undefined): boolean {
  return x !== undefined && x >= 'a' && x <= 'z' && !(y !== undefined && y >= 'a' && y <= 'z')
}

/**
 * Text spelt out with spaces, made whole again for phrase patterns (the squeezed view already joins
 * kana and kanji): spaces between single ASCII letters (ｌ ｇ ｂ ｔ, S H I N E), between a single
 * letter and kana or kanji (Ｄ Ｅ Ｍ Ａ で す), and next to punctuation (大 人 で す か ？); and a line
 * broken inside a sentence (そのような事実は⏎ございません). Returns the text and, for each of its
 * characters, the index in `text`; null when there is nothing to join (the usual case), so callers
 * do no work.
 */
export function compactLetters(text: string): { text: string; at: number[] } | null {
  if (!text.includes(' ') && !text.includes('\n')) return null
  let out = ''
  let at: number[] | null = null
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    // A line broken inside a sentence (そのような事実は⏎ございません): the line ends with a particle or 、
    // and the next starts with a letter. A line ending in a noun (■日時⏎令和7年) is a list, not joined.
    const joinsLine = c === '\n' && i > 0 && LINE_GOES_ON.includes(text[i - 1]!) && isJapaneseLetter(text[i + 1])
    if (c === ' ' || c === '・' || c === '.' || joinsLine) {
      const a = text[i - 1]
      const b = text[i + 1]
      const letters = single(a, text[i - 2]) && single(b, text[i + 2])
      const punct = c === ' ' && (SPACED_PUNCT.includes(a ?? '') || SPACED_PUNCT.includes(b ?? '')) && a !== undefined && b !== undefined && a !== ' ' && b !== ' '
      const mixed = c === ' ' && ((single(a, text[i - 2]) && isJapaneseLetter(b)) || (isJapaneseLetter(a) && single(b, text[i + 2])))
      if (letters || punct || mixed || joinsLine) {
        if (!at) {
          at = []
          for (let k = 0; k < i; k++) at.push(k)
          out = text.slice(0, i)
        }
        continue
      }
    }
    if (at) {
      out += c
      at.push(i)
    }
  }
  if (!at) return null
  at.push(text.length)
  return { text: out, at }
}
const SPACED_PUNCT = '、。，．！？!?,…「」『』（）()'
/** Particles and commas after which a line break is inside a sentence. */
const LINE_GOES_ON = 'はがをにでともへや、，,'

/** The sentence around [start, end) of a view text: bounded by 。！？!? or a newline, at most `max` characters each way. */
export function sentenceOf(text: string, start: number, end: number, max = 200): Span {
  const s = sentenceStartAt(text, start, max)
  const e = sentenceEndAt(text, end, max)
  return { start: s, end: Math.min(text.length, e + 1) }
}

/**
 * Where the sentence holding offset `at` starts: the UTF-16 offset just after the nearest sentence end (see isSentenceEnd)
 * before `at`, or 0, looking back at most `max` code units (then `at - max`). Never more than `at`.
 */
export function sentenceStartAt(text: string, at: number, max = Infinity): number {
  let s = at
  const lo = Math.max(0, at - max)
  while (s > lo && !isSentenceEnd(text.charCodeAt(s - 1))) s--
  return s
}

/**
 * Where the sentence holding offset `at` ends: the UTF-16 offset of its end mark (。！？!? or a newline, not included),
 * or the text's length, looking ahead at most `max` code units (then `at + max`). Never less than `at`.
 */
export function sentenceEndAt(text: string, at: number, max = Infinity): number {
  let e = at
  const hi = Math.min(text.length, at + max)
  while (e < hi && !isSentenceEnd(text.charCodeAt(e))) e++
  return e
}

/** Whether UTF-16 code unit `c` ends a sentence: 。！？!? or a newline. */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a
}

/** The sentences of a view text (bounded by 。！？!? and newlines), each with its end mark. */
export function sentences(text: string): Span[] {
  const out: Span[] = []
  let s = 0
  for (let i = 0; i < text.length; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      if (i + 1 > s) out.push({ start: s, end: i + 1 })
      s = i + 1
    }
  }
  if (s < text.length) out.push({ start: s, end: text.length })
  return out
}

/**
 * A word in brackets of its own used as the topic of the sentence: 「キモい」「ウザい」は、言われた人に
 * とって暴力です. For the families of abusive words (hostility, decency, rebuttal), where a bracketed
 * word followed by は・も・を・って・とか is talked about, not said to anyone.
 */
export function isQuotedTopic(text: string, start: number, end: number): boolean {
  let open = start - 1
  while (open >= 0 && open >= start - 8 && !OPEN.includes(text[open]!)) {
    if (text[open] === '」' || text[open] === '\n') return false
    open--
  }
  if (open < 0 || open < start - 8) return false
  const close = text.indexOf(CLOSE[text[open]!]!, end)
  if (close < 0 || close - end > 8) return false
  let k = close + 1
  // Further short quoted words: 「キモい」「ウザい」は
  let after = 0
  for (let n = 0; n < 6 && OPEN.includes(text[k] ?? ''); n++) {
    const c2 = text.indexOf(CLOSE[text[k]!]!, k + 1)
    if (c2 < 0 || c2 - k > 16) break
    k = c2 + 1
    after++
  }
  if (/^[、,\s]*(?:は|も|を|って|とか)(?!じゃ|やろ|だろ)/u.test(text.slice(k, k + 4))) return true
  // Longer sayings listed after it (「女のくせに」「男なんだから泣くな」「母親なんだから…優先すべき」。).
  for (let n = 0; n < 6 && OPEN.includes(text[k] ?? ''); n++) {
    const c2 = text.indexOf(CLOSE[text[k]!]!, k + 1)
    if (c2 < 0 || c2 - k > 40) break
    k = c2 + 1
    after++
  }
  // Quoted words that make a sentence of their own (「女のくせに」「男なんだから泣くな」。) in a post that
  // speaks against them (思い込み, 偏見, 傷つけ, 差別…): examples, not words said to anyone.
  let first = open
  while (first > 0 && (text[first - 1] === '」' || text[first - 1] === '』')) {
    const o = text.lastIndexOf(text[first - 1] === '」' ? '「' : '『', first - 2)
    if (o < 0 || first - o > 24) break
    first = o
  }
  const opensSentence = first === 0 || /[。！？!?\n\s]/u.test(text[first - 1]!)
  // Sayings then taken up as such (「…」「…」——こうした言葉や問いかけが…): examples, whatever follows.
  if (opensSentence && TAKEN_UP.test(text.slice(k, k + 16)) && !MADE_OWN.test(TAKEN_UP_SENTENCE.exec(text.slice(k, k + 72))![1]!)) return true
  // Sayings then questioned (「男のくせに」「女の子なんやけん」…何気なく言っとらん？, つい口にしていませんか): a call to reflect.
  if (opensSentence && ASKED_BACK.test(text.slice(k, k + 20))) return true
  const alone = opensSentence && /^[―—\-…\s]{0,4}(?:[。！？!?\n]|$)/u.test(text.slice(k, k + 5))
  if (!alone) return false
  // Sayings listed on a line of their own, three or more (「…」「…」「…」。): a list of examples, however the
  // paragraph after it goes on (その言葉、思い込みから出ていませんか⏎⏎「女のくせに」「…」「…」。).
  let before = 0
  for (let i = open; i > first && (text[i - 1] === '」' || text[i - 1] === '』'); ) {
    const o = text.lastIndexOf(text[i - 1] === '」' ? '「' : '『', i - 2)
    if (o < 0) break
    before++
    i = o
  }
  const lineStart = first === 0 || text[first - 1] === '\n'
  const lineEnd = /^[。！？!?]?\s*(?:\n|$)/u.test(text.slice(k, k + 3))
  if (lineStart && lineEnd && before + 1 + after >= 3) return true
  return AGAINST_WORDS.test(text)
}

/** Right after quoted sayings: the words named as such (――こうした言葉, このような発言, そんな一言, 何気ない一言). */
const TAKEN_UP = /^[―—\-…、,。\s]{0,4}(?:(?:こうした|このような|そうした|そのような|こんな|そんな)(?:心ない|何気ない)?|心ない|何気ない|たった(?:ひとつの|一つの)?)(?:言葉|一言|ひと言|発言|問いかけ|言い方|書き込み)/u

/** The sentence that takes them up (TAKEN_UP), at most 60 code units. */
const TAKEN_UP_SENTENCE = /^[―—\-…、,。\s]{0,4}([^。！？!?\n]{0,60})/u
/**
 * Around sayings quoted as examples: words that make them the writer's own after all (こうした言葉がぴったりの連中,
 * こんな言葉を贈ります, そんな言葉しか浮かばんくらい腹が立つ) — fitting someone, given or wished on them, the writer's anger.
 */
/** A practice taken on in the humble form only a house rule takes (とらせていただいております, させていただいています). */
const HOUSE_RULE_HUMBLE = '(?:とら|取ら|さ)せて(?:いただいて|いただき|もらって)(?:おり|い|お)'
const MADE_OWN = new RegExp(`ぴったり|お似合い|ふさわし(?!くな|くありません)|言いたい|言ってやり|言ってやる|贈り|贈る|送りたい|送ってやり|(?:投げつけ|浴びせ|ぶつけ|かけ)(?:たい|てやり|てやる|たろ|たる)|腹が立|はらわた|ムカつ|むかつ|むかむか|ムカムカ|同感|その通り|そのとおり|${HOUSE_RULE_HUMBLE}|ご了承(?:ください|くださ|願)`, 'u')

/** Right after quoted sayings: the reader asked whether they say them (何気なく言っとらん？, つい口にしていませんか, 使ってない？). */
const ASKED_BACK = /^[―—\-…、,\s]{0,4}(?:何気なく|なにげなく|つい|無意識に|うっかり|普段)?[、,]?(?:言って|言っと|言うと|ゆうと|使って|使っと|口にして|口にしと)(?:い|お)?(?:ませんか|ないですか|ない[？?かで]|らん[？?かね]|ん[？?]|へん[？?])/u

/** A line made of two or more bracketed sayings and nothing else (「…」「…」。). */
const SAYINGS_LINE = /^[\s　]*(?:[「『][^「『」』\n]{1,60}[」』][、。,・\s　]*){2,8}$/u

/**
 * The start of the line holding offset `at` of `text` when it is at most `max` code units back, else -1 (a longer line).
 * Bounded, unlike lastIndexOf: the line tests below run once per finding, and a 100,000-character paste without a
 * newline would make each of them read the whole paste (quadratic time).
 */
function lineStartWithin(text: string, at: number, max: number): number {
  const lo = Math.max(0, at - max - 1)
  for (let i = at - 1; i >= lo; i--) if (text.charCodeAt(i) === 0x0a) return i + 1
  return lo === 0 ? 0 : -1
}
/** The end of the line holding offset `at` (its newline, or the text's end) when at most `max` code units on, else -1. */
function lineEndWithin(text: string, at: number, max: number): number {
  const hi = Math.min(text.length, at + max + 1)
  for (let i = at; i < hi; i++) if (text.charCodeAt(i) === 0x0a) return i
  return hi === text.length ? text.length : -1
}

/**
 * Whether [start, end) lies inside one of two or more sayings listed on a line of their own
 * (「ここだけの話ですが、必ずもうかる…」「あなただけに特別に…」。): lines quoted as examples of what
 * others say (a scam's lines, words that hurt), not the post's own words.
 */
export function inSayingsLine(text: string, start: number, end: number): boolean {
  const a = lineStartWithin(text, start, 600)
  const b = a < 0 ? -1 : lineEndWithin(text, end, 600)
  if (a < 0 || b < 0 || b - a > 600 || !SAYINGS_LINE.test(text.slice(a, b))) return false
  // Inside a bracket: the nearest bracket before the hit opens one.
  for (let i = start - 1; i >= a; i--) {
    const c = text[i]
    if (c === '「' || c === '『') return true
    if (c === '」' || c === '』') return false
  }
  return false
}

/** A post that speaks against the words it quotes. */
const AGAINST_WORDS = /思い込み|決めつけ|偏見|差別|傷つけ|傷つき|ハラスメント|いじめ|ヘイト|人権|暴言|誹謗|中傷|言わないで|使わないで|やめましょう|言葉の暴力|(?:使って|言って|口にして)(?:い)?ませんか|男女共同参画|ジェンダー|多様性|尊重/u

/**
 * What follows a quote that is a line of a call the reader is taught (「火事ですか？救急ですか？」って聞かれたら落ち着いて答えてね, 「交通事故です」と
 * はっきり伝えましょう): と or って, then a verb of being asked, or of answering told. A pattern source without the closing bracket, so each
 * family anchors it on the view it reads (decency on the folded view through `phrase`, tone on the squeezed and normalised ones): a script
 * to rehearse, no event told.
 */
export const CALL_SCRIPT_TAIL =
  '(?:と|って)[、,]?(?:(?:聞かれ|きかれ|尋ねられ|たずねられ|質問され|問われ)(?:たら|た(?:とき|時|場合)|ても|ます|る)|(?:落ち着いて|おちついて|はっきり|ゆっくり|あわてず|慌てず)?[、,]?(?:答え|こたえ|伝え|つたえ|言い|言っ|いっ|通報し|話し|はなし)(?:ましょう|て(?:ね|ください|下さい)|よう|てみ|る(?:ように|こと)))'

/** Whether the text around [start, end) (squeezed view) reads as a quoted example rather than a use. */
export function isMentionAt(text: string, start: number, end: number): boolean {
  if (endorsedAfter(text, end)) return false
  return isMention(text, start, end, sentenceOf(text, start, end)) || isQuotedTopic(text, start, end) || isReportedSpeech(text, start, end) || isDefined(text, start, end) || inQuotedList(text, start, end) || inExampleBullets(text, start, end) || quotesDashPointedBack(text, start, end)
}

/** A saying in brackets, up to a sentence long (at most 40 code units), with a joining mark after it. */
const SAYING = '[「『“][^「『」』"”\\n]{1,40}[」』”][、,・ 　]{0,3}(?:や|と)?'
/** Sayings from a sentence's start (a line, the text, or after an end mark) up to the one holding the hit: at most five before it. */
const SAYINGS_BEFORE = new RegExp(`(?:^|[\\n。．！!？?】])[ \\t　]{0,4}(?:${SAYING}){0,5}$`, 'u')
/** The sayings after the hit's one: at most five more. */
const SAYINGS_AFTER = new RegExp(`^[、,・ 　]{0,3}(?:や|と)?(?:${SAYING}){0,5}`, 'u')
/**
 * After the dash: the same sentence points back at the sayings as words (職場でこうした言葉を浴びせられ, 市内でこのような書き込みが,
 * こうした声が寄せられています), after at most a short place or time (職場で, SNSでは今も).
 */
const DASH_POINTED_BACK = /^[^。．！!？?\n「」『』]{0,14}?(?:こうした|このような|こういった|こういう|こんな|そうした|そのような|そういった|そんな|これらの|あのような)[^。．！!？?\n「」]{0,8}?(?:言葉|ことば|一言|ひと言|ひとこと|発言|暴言|言い方|声|書き込み|メッセージ|コメント|セリフ|台詞|言動|罵声|罵倒)/u

/**
 * Blind UI-112 and R211D-067: a run of sayings opening a sentence, then a dash or an ellipsis, and the sentence going on to point
 * back at them as words (「こんなこともできないのか」「やる気がないなら辞めろ」――職場でこうした言葉を日常的に浴びせられ…;
 * 「〇〇は出ていけ」「〜なら来るな」――市内でこうした言葉を向けられたという相談が…): the sayings are named as what someone
 * received or heard, a mention, however long each saying is (isMention's dash reading takes only short words, reached from
 * within 8 code units). Not when the rest of the sentence aims them at someone or makes them the writer's own (――こんな言葉を
 * あなたに贈りたい, ――お前のことだ), nor without the pointing back (「辞めろ」――本当にそう思います).
 */
function quotesDashPointedBack(text: string, start: number, end: number): boolean {
  const q = quoteAround(text, start, end, 44)
  if (!q || q.close - end > 40) return false
  if (!SAYINGS_BEFORE.test(text.slice(Math.max(0, q.open - 260), q.open))) return false
  const k = q.close + 1 + SAYINGS_AFTER.exec(text.slice(q.close + 1, q.close + 260))![0].length
  const dash = DASH_ON.exec(text.slice(k, k + 12))
  if (!dash) return false
  const from = k + dash[0].length
  const rest = text.slice(from, sentenceOf(text, from, from).end)
  if (!DASH_POINTED_BACK.test(rest)) return false
  return !AIMED_AT.test(rest) && !MADE_OWN.test(rest)
}

/**
 * The writer's own agreement after the words (kana folded or not): その通り, 同感, 一理ある, 私もそう思います; or the
 * words adopted as the writer's own practice, in the humble form only a house rule takes (「外国人お断り」⏎当施設ではトラブル防止の
 * ため、このような対応をとらせていただいております), not a practice of others told (このような対応をしている店もあります).
 * What follows it up to the sentence end must be an affirmative ending, not a denial (とは思いません), a question
 * (でしょうか？), a turn (が、…) or someone else's agreement reported (その通りだという書き込み, と同調する声).
 */
const ENDORSE = new RegExp(`その(?:通|とお)り|ご?も[っつ]とも(?:だ|です|な)|同感|賛成|一理あ|正論|言えて(?:る|い)|共感(?:し|でき|す)|(?:私|わたし|僕|ぼく|自分)も(?:そう|同じように)?(?:思|感じ)|(?:この|その|こう|そう)(?:ような|よな|した|いった|いう)?(?:対応|措置|ルール|方針|扱い|取り?扱い|運用|形|決まり|お願い)(?:を)?${HOUSE_RULE_HUMBLE}`, 'u')
const ENDORSE_TAIL_BAD = /ません|ない|なく|ず|[がど][、,]|けど|けれど|ものの|とは|という|といった|と(?:書|言|い[うっつ]|同調|こめんと|コメント)|か[。？?！!]?$|[？?]/u

/**
 * Whether the bracketed words that end at `end` are followed, in their sentence or the next, by the writer's
 * agreement with them (「外国人は帰れ」という声もありますが、正直その通りだと思います): then they are the writer's
 * own view, a use, not a mention, whatever reports them.
 */
export function endorsedAfter(text: string, end: number): boolean {
  let from = end
  for (let i = end; i < Math.min(text.length, end + 40); i++) {
    const c = text[i]!
    if (c === '」' || c === '』') {
      from = i + 1
      break
    }
    if (c === '\n' || c === '「' || c === '『') break
  }
  // The rest of this sentence and the next one (two sentence ends at most), bounded.
  let stop = from
  let ends = 0
  for (; stop < Math.min(text.length, from + 90) && ends < 2; stop++) if ('。！!？?\n'.includes(text[stop]!)) ends++
  const window = text.slice(from, stop)
  const m = ENDORSE.exec(window)
  if (!m) return false
  // Its ending: up to the sentence end, at most 14 characters on.
  const after = window.slice(m.index + m[0].length)
  const close = after.search(/[。！!？?\n]/u)
  const tail = close < 0 ? (from + window.length >= text.length ? after : '') : after.slice(0, close + 1)
  if (tail.length > 15 || (close < 0 && from + window.length < text.length)) return false
  return !ENDORSE_TAIL_BAD.test(tail)
}

/** A line that is one bracketed saying and nothing else, after an optional bullet (●「…」, ・『…』, 例1「…」). */
const QUOTED_LIST_LINE = /^[\s　]*(?:[●○◎・■□◆◇▶▷►＊*\-－―]|[0-9０-９①-⑳]+[.．)）]?|例[0-9０-９]*[：:]?)?[\s　]*[「『][^「『」』\n]{1,120}[」』][。\s　]*$/u

/**
 * Whether [start, end) lies inside a saying that has a line of its own in a list of two or more such lines
 * (●「母さん、俺だけど…」⏎●「お前の息子が事故を…」: a scam's lines, words that hurt, listed as examples): others'
 * words shown, not the post's own.
 */
export function inQuotedList(text: string, start: number, end: number): boolean {
  const a = lineStartWithin(text, start, 160)
  const b = a < 0 ? -1 : lineEndWithin(text, end, 160)
  if (a < 0 || b < 0 || b - a > 160 || !QUOTED_LIST_LINE.test(text.slice(a, b))) return false
  // The block of such lines around the hit's line.
  let from = a
  for (let n = 0; n < 12 && from > 0; n++) {
    const pa = lineStartWithin(text, from - 1, 160)
    if (pa < 0 || from - 1 - pa > 160 || !QUOTED_LIST_LINE.test(text.slice(pa, from - 1))) break
    from = pa
  }
  let to = b
  for (let n = 0; n < 12 && to < text.length; n++) {
    const nb = lineEndWithin(text, to + 1, 160)
    if (nb < 0 || nb - to - 1 > 160 || !QUOTED_LIST_LINE.test(text.slice(to + 1, nb))) break
    to = nb
  }
  if (from === a && to === b) return false
  // The rest of the paragraph frames the list: nothing else (the framing is in the paragraphs around it), or
  // words of a warning or of awareness; words that take the lines as wisdom (名言, いいこと言う) make them the post's own.
  const rest = text.slice(Math.max(0, from - 200), from) + text.slice(to, to + 200)
  if (LIST_ENDORSED.test(rest)) return false
  return rest.trim() === '' || AWARENESS.test(rest) || LIST_WARNING.test(rest)
}

/** A bullet at the start of a line (・, ●, -, 1., ①). */
const BULLET_LINE = /^[\s　]*(?:[●○◎・■□◆◇▶▷►＊*\-－―]|[0-9０-９]{1,2}[.．)）]|[①-⑳])/u
/** A line that introduces the bulleted lines after it as examples (例えば、次のような言葉や行動も…にあたります). */
const EXAMPLES_INTRO = /例えば|たとえば|次のような|以下のような|このような|こんな(?:言葉|行動|こと|ケース)|次の(?:言葉|行動|行為|ケース|例)|具体例|例[：:]|の例(?:です|として|を)?[。：:]?[\s　]*$|などの例|例として/u

/**
 * Whether [start, end) lies inside a bracketed saying on a bulleted line, in a block of bulleted lines that the
 * paragraph before introduces as examples in an awareness or warning context (例えば、次のような言葉や行動もDVに
 * あたります ⏎ ・「お前は何をやってもダメだ」と人格を否定する): behaviour described, others' words, not the post's own.
 */
export function inExampleBullets(text: string, start: number, end: number): boolean {
  if (quotesAloneInAwarePost(text, start, end)) return true
  const a = lineStartWithin(text, start, 160)
  if (a < 0 || start - a > 160 || !BULLET_LINE.test(text.slice(a, start))) return false
  const q = quoteAround(text, start, end, 120)
  if (!q || q.open < a) return false
  // The saying closes on the hit's line.
  if (text.slice(end, q.close).includes('\n')) return false
  // Up over the bulleted lines (and blank lines between them) to the paragraph that introduces them.
  let from = a
  for (let n = 0; n < 16 && from > 0; n++) {
    const pa = lineStartWithin(text, from - 1, 600)
    if (pa < 0) break
    const line = text.slice(pa, from - 1)
    // A heading bulleted like the examples (■ 教室で紹介された「言われて傷ついた言葉」の例) is their introduction, not one of them.
    if (line.trim() !== '' && (!BULLET_LINE.test(line) || (EXAMPLES_INTRO.test(line) && !QUOTED_LIST_LINE.test(line)))) break
    from = pa
  }
  const intro = text.slice(Math.max(0, from - 240), from)
  return EXAMPLES_INTRO.test(intro) && (AWARENESS.test(intro) || WARNING_WORDS.test(intro))
}

/**
 * A line that is nothing but short quotes (optionally ――, … and an end mark) standing on its own in a post that says
 * what for anywhere (【人権啓発】, いじめ, 傷つけ, こうした一言): 「キモい」「消えろ」「学校来んな」――。 ⏎⏎ SNSで送られた、こうした
 *一言が…傷つけ (blind IG-040). The engine runs this over the whole post, so the awareness may sit in another paragraph.
 * Not when the paragraph before or after aims them at someone or makes them the writer's own (こうした言葉を贈ります, お前のことだ).
 */
function quotesAloneInAwarePost(text: string, start: number, end: number): boolean {
  if (!quoteAround(text, start, end, 44)) return false
  const ls = text.lastIndexOf('\n', start - 1) + 1
  const le0 = text.indexOf('\n', end)
  const le = le0 < 0 ? text.length : le0
  const line = text.slice(ls, le)
  if (le - ls > 120) return false
  const after = text.slice(le, le + 200)
  const n = after.indexOf('\n\n', 3)
  const next = n < 0 ? after : after.slice(0, n)
  // Short quotes anywhere in such a post; sayings as long as a sentence (「お前なんか生まれてこなければよかった」「何をやっても
  // ダメな子」。) only when the text after the line opens by pointing back at them as words (こうした言葉を…浴びせることも、心理的虐待
  // にあたります, このような言葉は; blind R157I-081).
  const pointedBack = POINTED_BACK.test(next)
  if (!QUOTES_ALONE.test(line) && !(pointedBack && QUOTES_ALONE_LONG.test(line))) return false
  if (!quoteAround(text, start, end, 20) && !pointedBack) return false
  const before = text.slice(Math.max(0, ls - 200), ls)
  const prev = before.slice(before.lastIndexOf('\n\n', before.length - 3) + 1)
  // The post says what for, or the words pointed back at are named a harm there (このような言葉で…支配することも、DVにあたります),
  // or the sentence right before the line presents them as examples someone gave or showed, in a post about words (blind TV-087:
  // 先日のSNS講座で、講師の方がこんな例を挙げていました。⏎⏎「あいつ、マジでム○つく」「バ○じゃないの」⏎⏎一文字を○にしても…;
  // 研修では次のような書き込みが紹介されました：).
  const introduced = EXAMPLES_GIVEN.test(prev) && WORDS_TALKED_ABOUT.test(text)
  if (!AWARE_POST.test(text) && !(pointedBack && HARM_NAMED.test(next)) && !introduced) return false
  return !AIMED_AT.test(prev + next) && !MADE_OWN.test(prev + next)
}
/**
 * The sentence that ends right before a line of quotes presents them as examples shown by someone (こんな例を挙げていました,
 * 次のような書き込みが紹介されました：, 例えばこんな言葉です。): 例 (not 条例, 例年, 例会) or words named (言葉, 書き込み, 発言,
 * 一言) with a verb of giving or showing, then the sentence's end.
 */
const EXAMPLES_GIVEN = /(?:(?<![実判慣条定恒])例(?![年会祭外])|(?:次のような|以下のような|こんな|このような|こういった|こういう|例えば|たとえば)[^。！？!?\n「」]{0,6}?(?:言葉|ことば|書き込み|発言|一言|ひと言|言い方|セリフ|台詞|メッセージ|コメント))(?:を|が|も|として|は)?[^。！？!?\n「」]{0,12}?(?:挙げ|あげ|示し|示さ|紹介|取り上げ|とりあげ|見せ|教え|出して|出され|です|でした|ありました)[^。！？!?\n「」]{0,12}[。．：:]?[\s　]*$/u
/** A post about words, abuse or how to write online (悪口, 伏せ字, 言葉, 書き込み, SNS, 講座): where examples of abuse are shown. */
const WORDS_TALKED_ABOUT = /悪口|暴言|伏せ字|言葉|ことば|書き込み|表現|誹謗中傷|SNS|ＳＮＳ|ネット|講座|研修|授業|啓発/u
/** A harm named (虐待, DV, 暴言, いじめ, 傷つけ, 支配, ハラスメント): what the words pointed back at are said to be. */
const HARM_NAMED = /虐待|DV|ＤＶ|暴力|暴言|いじめ|ハラスメント|モラハラ|パワハラ|カスハラ|傷つけ|傷つく|傷が|心の傷|支配|人権|差別|誹謗中傷|中傷|心理的/u
/** …with sayings up to a sentence long (at most six of them). */
const QUOTES_ALONE_LONG = /^[ \t　]{0,4}(?:[「『“][^「『」』"”\n]{1,40}[」』”][、,・ 　]{0,3}(?:や|と)?){1,6}(?:[―—…‥]{0,4}|-{2,4}|\.{2,12})[。．.！!？?]{0,3}[ \t　]{0,4}$/u
/**
 * The text after such a line opens by pointing back at the sayings as words (こうした言葉を, このような一言は, これらの言葉も), maybe
 * after a short lead clause (殴らなくても、こうした言葉で…; blind KV-045 kind).
 */
const POINTED_BACK = /^[\s　]{0,6}(?:[^。！？!?\n「」『』]{1,12}?[、,])?(?:こうした|このような|こういった|こういう|こんな|そうした|そのような|これらの|こうした心ない|このように)(?:[^。！？!?\n]{0,6}?)(?:言葉|ことば|一言|ひと言|ひとこと|発言|暴言|言い方|声かけ|声掛け|呼びかけ|書き込み)/u
/** A line of short quotes only, then at most a dash or an ellipsis and an end mark. */
const QUOTES_ALONE = /^[ \t　]{0,4}(?:[「『“][^「『」』"”\n]{1,16}[」』”][、,・ 　]{0,3}(?:や|と)?){1,12}(?:[―—…‥]{0,4}|-{2,4}|\.{2,12})[。．.！!？?]{0,3}[ \t　]{0,4}$/u
/**
 * A post about hurtful words as a whole (【人権啓発】, いじめ, 傷つけ, こうした一言): short quotes standing alone in it, or
 * before a dash, are its examples (`isMention`, `quotesAloneInAwarePost`).
 */
const AWARE_POST = /人権啓発|人権週間|人権教育|いじめ|誹謗中傷|傷つけ|傷つく|傷つい|こうした一言|こうしたひと言|こうした言葉|こんな言葉|こういう言葉|そんな言葉|差別(?:を|の)(?:なくし|なくそう|解消|ない)|差別解消|合理的配慮|多文化共生|男女共同参画|こんな貼り紙|こんな張り紙|このような貼り紙|どんな気持ち|どう感じ/u

/** Words of a warning (a scam's lines, a danger): the examples after them are what to beware of. */
const WARNING_WORDS = /詐欺|手口|悪質|不審|注意|気をつけ|気を付け|だまされ|騙され|用心|警察|被害/u

/** Words that present listed lines as a warning's examples (a scam's lines: 手口, 詐欺, ご注意, だまされ). */
const LIST_WARNING = /詐欺|手口|悪質|不審|ご注意|注意|気をつけ|気を付け|だまされ|騙され|用心|警察|例|相談/u
/** Words that take listed lines as wisdom or as the post's own view. */
const LIST_ENDORSED = /名言|格言|いいこと言|良いこと言|その通り|そのとおり|同感|正論|座右|心に刻|見習/u

/**
 * A word being defined (ホモとは“均質化”のことです, 〜というのは…を意味します): the word is talked about, not used.
 * The sentence must say what it means (のこと, を意味, という意味, の略).
 */
export function isDefined(text: string, start: number, end: number): boolean {
  if (!/^(?:」|』|”)?(?:とは|というのは|っていうのは|って言うのは)/u.test(text.slice(end, end + 8))) return false
  const s = sentenceOf(text, start, end)
  return /のこと|を意味|という意味|の略|を指し|を指す/u.test(text.slice(end, s.end))
}

/** After a quotation: whose words they were (とお叱りを受け, との声, という考え, と言われ). */
const REPORTED_AFTER = /^(?:と|との|という|といった|って)(?:お叱り|ご意見|ご指摘|ご批判|声|お声|言われ|いわれ|書かれ|感じ|思|考え|意見|指摘|批判|苦情|相談|訴え|発言|言動|言葉|表現|書き込み|投稿|コメント|回答|デモ|街宣|ヘイト|落書き|張り紙|貼り紙|ビラ|のこと|の(?:声|ご意見|お叱り|指摘|相談)|(?:答え|述べ|話し|言っ)た(?:職員|人|方|者|担当者|議員)|発言した)/u

/**
 * The 「」 or 『』 pair around [start, end): its opening bracket at most `reach` code units before
 * `start` on the same line (none when a closing bracket or a newline comes first), and its closing
 * bracket after `end` (anywhere: callers bound the distance). Null when there is none.
 */
export function quoteAround(text: string, start: number, end: number, reach = 40): { open: number; close: number } | null {
  for (let i = start - 1; i >= Math.max(0, start - reach); i--) {
    const c = text[i]!
    if (c === '」' || c === '』' || c === '\n') return null
    if (c === '「' || c === '『') {
      const close = text.indexOf(c === '「' ? '」' : '』', end)
      return close < 0 ? null : { open: i, close }
    }
  }
  return null
}

/**
 * Someone else's words in brackets, reported: 窓口で「何度言えば分かるんだ」とお叱りを受けました,
 * 「障害者は迷惑」という考えは誤りです. The quotation may be a sentence (up to 40 characters each way).
 */
export function isReportedSpeech(text: string, start: number, end: number): boolean {
  const q = quoteAround(text, start, end)
  if (!q || q.close - end > 40) return false
  const close = q.close
  return REPORTED_AFTER.test(text.slice(close + 1, close + 8))
}

/**
 * The account's own earlier wording quoted to take it back: お知らせの中で「…」と記載しました。誤解を招く表現でした,
 * 先日の投稿で「…」と書いてしまいました。訂正します, 「…」と書いた。不適切な表現だった。おわびする. The words in the quote are the
 * mistake being corrected, not said again: a mention (one reader for quotation, decency, hostility and masking; blind HY-150,
 * round 106).
 *
 * True when [start, end) lies inside a 「…」『…』“…”〝…〟 quote, or reaches into one from its own sentence (お知らせの中で「認知症の方
 * が…: a reading that starts before the bracket), with the quote (or a run of up to five side by side: 「…」「…」と記載しました)
 * - closed by the account's own writing verb (と記載しました, と掲載いたしました, と書いてしまいました, と書いた, と投稿した, と表現して
 *   おりました) or named as its wording (という表現, との記載), and
 * - in a paragraph (blank lines part paragraphs; the engine reads one at a time) that calls the wording wrong or corrects or apologises
 *   for it outside the quotes: 誤解を招く表現, 不適切な記載, 配慮に欠ける言葉 (not …ではありません), お詫び, 訂正, 誤り, 正しくは,
 *   修正しました, 削除いたしました.
 * Also true, with no quote, for a reading the post itself names as the wrong one: …一方的に監視するかのような、誤解を招く表現でした
 * (the span right before the かのような clause).
 *
 * False when the sentence before the quote frames it as someone else's words (ある作家の言葉として「…」と掲載しました, 新聞記事より,
 * 〇〇さんの「…」), when the words are someone else's writing (新聞に「…」と書かれていました, 「…」と投稿した人がいます), when the post
 * does not take them back (「…」と記載しました。ぜひご覧ください), when the span is outside the quote (バカは来るな。日付に誤りがあり
 * ました。お詫びします), and when the correction is in another paragraph. Works on the norm, squeezed or folded view alike: each word
 * of its patterns with katakana or a small kana is also spelt folded (誤(?:っ|つ)た, じゃ|じや, アカウント|あかうんと). Linear: bounded scans and bounded quantifiers only.
 */
export function ownWordingRetracted(text: string, start: number, end: number): boolean {
  const para = paragraphAround(text, start)
  if (end > para.end) return false
  // The span read as the wrong reading the post names (…するかのような、誤解を招く表現でした).
  if (WRONG_READING.test(text.slice(end, Math.min(para.end, end + 40)))) return true
  // The quote the span ends in: its opening bracket before `end` (no closing one between), its closing one at or after `end`. A span
  // may reach into it from its own sentence (お知らせの中で「認知症の方が…見張: the reading of a group starts before the bracket).
  let open = -1
  for (let i = end - 1; i >= Math.max(para.start, end - OWN_QUOTE_REACH); i--) {
    const c = text[i]!
    if (OWN_CLOSE[c] !== undefined) {
      open = i
      break
    }
    if (c === '」' || c === '』' || c === '”' || c === '〟') return false
  }
  if (open < 0) return false
  const close = text.indexOf(OWN_CLOSE[text[open]!]!, open + 1)
  if (close < 0 || end > close || close >= para.end || close - open > OWN_QUOTE_REACH) return false
  if (start < open && SENTENCE_STOP.test(text.slice(start, open))) return false
  // Closed by our own writing verb or named as our wording, after any quotes beside it (「…」「…」と記載しました).
  const rest = text.slice(close + 1, Math.min(para.end, close + 1 + 320))
  const run = QUOTES_BESIDE.exec(rest)![0].length
  if (!OWN_WORDING.test(rest.slice(run, run + 24))) return false
  // The sentence before the quote (one more back when the quote opens its sentence) must not make the words someone else's.
  if (OTHERS_WORDS.test(sentenceBefore(text, open, para.start))) return false
  // The paragraph calls the wording wrong, corrects it or apologises, outside its quotes.
  const outside = text.slice(para.start, para.end).replace(ANY_QUOTE, (q) => ' '.repeat(q.length))
  return WORDING_WRONG.test(outside) || CORRECTED.test(outside)
}

/** How far a quote of our own wording may reach (characters between its brackets). */
const OWN_QUOTE_REACH = 300
const OWN_CLOSE: Record<string, string> = { '「': '」', '『': '』', '“': '”', '〝': '〟' }
const QUOTES_BESIDE = /^(?:\s?[、,・]?[「『“〝][^「」『』“”〝〟\n]{0,80}[」』”〟]){0,4}\s?/u
const ANY_QUOTE = /[「『“〝][^「」『』“”〝〟]{0,300}[」』”〟]/gu
/** Our own writing verb after the quote (polite or plain), not a request (と記載してください) or someone who wrote it (と投稿した人). */
const OWN_WORDING = /^(?:と(?:記載|掲載|表記|記述|表現|お知らせ|ご案内|案内|投稿|お書き|書き|書い)(?:いたし|し|て|ま|た)(?!てくださ|て下さ|てほし|[^。！？!?\n]{0,6}?(?:人|者|方が|方も|アカウント|ユーザー|あかうんと|ゆーざー))|(?:という|との)(?:表現|記載|表記|記述|言葉|書き方|言い方|お知らせ|ご案内|案内|投稿))/u
/** The sentence before a quote frames the words as someone else's (ある作家の言葉として, 新聞記事より, 〇〇さんの). */
const OTHERS_WORDS = /言葉|名言|一節|格言|詩|歌詞|として|より|引用|抜粋|転載|ある|某|(?<!皆|みな)さん|氏|先生|新聞|記事|(?<![日市庁年月])本(?![日市庁年月])|書籍|ネット|ねつと|によると|によれば/u
/** The wording called wrong (誤解を招く表現, 不適切な記載, 配慮に欠ける言葉), not denied to be (…ではありません). */
const WORDING_WRONG = /(?:誤解を(?:招く|まねく|与える|生む)|不適切な|配慮に欠ける|配慮を欠いた|配慮の足りない|誤(?:っ|つ)た|ふさわしくない|不快な)[^。！？!?\n]{0,4}?(?:表現|記載|言葉|書き方|言い方|記述)(?!(?:では|じゃ|じや)(?:ない|なく|ありません|ございません))/u
/** A correction or an apology (お詫び, 訂正, 誤り, 正しくは, 削除いたしました). */
const CORRECTED = /お詫び|おわび|訂正|誤り|誤(?:っ|つ)て|誤解を招|不適切な(?:表現|記載|言葉)|修正しました|修正いたしました|正しくは|削除しました|削除いたしました/u
/** Right after the span: the reading the post names as the wrong one (…するかのような、誤解を招く表現). */
const WRONG_READING = /^[^。！？!?\n「」]{0,8}?かの(?:ような|よう|ように)[、,]?[^。！？!?\n]{0,8}?(?:誤解を(?:招く|まねく|与える|生む)|不適切な|配慮に欠ける|誤(?:っ|つ)た)[^。！？!?\n]{0,4}?(?:表現|記載|言葉|書き方|言い方|記述)(?!(?:では|じゃ|じや)(?:ない|なく|ありません|ございません))/u
const SENTENCE_STOP = /[。！？!?\n]/u

/** The paragraph (between blank lines) around `at`. */
function paragraphAround(text: string, at: number): Span {
  let s = at
  while (s > 0 && !(text[s - 1] === '\n' && blankLineBefore(text, s - 1))) s--
  let e = at
  while (e < text.length && !(text[e] === '\n' && blankLineAfter(text, e))) e++
  return { start: s, end: e }
}
/** The line ending at the newline `nl` is blank (or there is no text before it but blanks). */
function blankLineBefore(text: string, nl: number): boolean {
  let i = nl - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t' || text[i] === '\r')) i--
  return i >= 0 && text[i] === '\n'
}
/** The line starting after the newline `nl` is blank. */
function blankLineAfter(text: string, nl: number): boolean {
  let i = nl + 1
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t' || text[i] === '\r')) i++
  return i < text.length && text[i] === '\n'
}
/** The sentence before `at` (one more back when `at` opens its sentence), at most 80 characters, not before `from`. */
function sentenceBefore(text: string, at: number, from: number): string {
  const lo = Math.max(from, at - 80)
  let s = at
  for (let k = 0; k < 2; k++) {
    while (s > lo && SENTENCE_STOP.test(text[s - 1]!)) s--
    while (s > lo && !SENTENCE_STOP.test(text[s - 1]!)) s--
    if (text.slice(s, at).replace(/[\s「『“〝]/gu, '') !== '') break
  }
  return text.slice(s, at)
}

/**
 * Spans already reported by a family in one paragraph (view offsets): a phrase that overlaps one
 * is the same finding seen twice (勘違いされて from the list and 勘違いされ from the grammar).
 */
export class Taken {
  /** Recorded spans, sorted and disjoint (so their ends are sorted too). */
  private readonly starts: number[] = []
  private readonly ends: number[] = []
  /** Record [start, end) unless it overlaps a recorded span; whether it was new. O(log n) (appends at the end are the usual case). */
  claim(start: number, end: number): boolean {
    const { starts, ends } = this
    // The first recorded span that starts at or after `end`; the one before it is the only one that may overlap.
    let lo = 0
    let hi = starts.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (starts[mid]! < end) lo = mid + 1
      else hi = mid
    }
    if (lo > 0 && ends[lo - 1]! > start) return false
    if (lo === starts.length) {
      starts.push(start)
      ends.push(end)
    } else {
      starts.splice(lo, 0, start)
      ends.splice(lo, 0, end)
    }
    return true
  }
}

/**
 * Right after a word of secrecy (オフレコ, ここだけの話, 内緒, 内部資料 …, ending at `end` in `text`), the matter refused or said never to be
 * posted, and nothing of it told in the rest of the sentence or the next one: オフレコで聞いた話なので、ここには書けません; 内部資料で伺った内容なので、詳しくは
 * 申し上げられません; オフレコの話はSNSには書きません. A refusal that concedes and goes on (書けませんが、実は…) is no refusal. Shared by
 * confidential (a marker word) and unofficial (a rumour word): the aside names a secret, it passes none on.
 */
export function secretNotTold(text: string, end: number): boolean {
  const r = SECRET_REFUSED.exec(text.slice(end, end + 48))
  if (!r) return false
  // What follows in the sentence and the next one must tell nothing: a figure, a decision, a change or a leak's sign.
  const here = sentenceOf(text, end, end)
  const next = here.end + 1 < text.length ? sentenceOf(text, here.end + 1, here.end + 1) : here
  const rest = text.slice(end + r[0].length, Math.max(here.end, next.end))
  return !TOLD_AFTER.test(rest)
}
const TOLD_AFTER =
  /[0-9０-９]|決ま|決定|方向|予定|見込み|実は|こっそり|ちょっとだけ|少しだけ|になり|なります|なる(?:そう|らしい|みたい)|します|されます|廃止|無料|有料|値上げ|統合|閉鎖|移転|異動|就任|退任|辞任|交代/u
const SECRET_REFUSED =
  /^(?:で(?:聞いた|伺った|いただいた|教わった|聞いている|伺っている)|の)?(?:話|情報|内容|件|こと|資料)?(?:の|な)?(?:ため|なので|ですので|につき|ということで)[、,]?[^。！？!?\n]{0,12}?(?:書け|書き込め|言え|話せ|申し上げられ|お伝えでき|お話しでき|お見せでき)(?:ません|ない)(?!(?:の|ん)?(?:です)?(?:が|けど|けれど|ものの))|^(?:の)?(?:話|情報|内容|資料|件)(?:は|を)[、,]?(?:SNS|ＳＮＳ|ここ|外|外部|公|ネット|ブログ)?(?:に|には|で|では|へ)?[、,]?(?:書き|載せ|投稿し|出し|話し|公開し|発信し)(?:ません|ない|ていません)(?![がけ])/u

/**
 * Right after a claim (ending at `end` in `text`), the claim denied as baseless or wrong in the same sentence, the post correcting a
 * prejudice rather than voicing it: …が増えてから犯罪が増えたという根拠はありません; …というのは誤解です; …という話は事実ではありません;
 * …というデータは一切ございません. A denial that concedes and goes on (根拠はありませんが、…) is no denial. Shared by decency and hostility:
 * a group's claim denied is a mention of the prejudice, not the prejudice.
 */
export function claimDenied(text: string, end: number): boolean {
  return CLAIM_DENIED.test(text.slice(end, end + 60))
}
const CLAIM_DENIED =
  /^[^。！？!?\n「」]{0,16}?(?:」)?(?:という|といった|との|って)(?:ような)?(?:話|噂|うわさ|説|声|見方|主張|考え(?:方)?|意見|情報|書き込み|投稿|こと|の)?(?:は|に|には|について(?:は)?|も)?[、,]?[^。！？!?\n]{0,8}?(?:(?:根拠|証拠|裏付け|データ|統計|事実)(?:は|が|も)(?:一切|全く|まったく|何も|どこにも)?(?:ありません|ない(?:です)?|ございません|見当たりません|確認されていません|ありませんでした)|(?:は|も)?(?:誤り|誤解|偏見|間違い|デマ|事実無根|根拠のない(?:思い込み|偏見|うわさ|噂|話)|思い込み)(?:です|だ|であり|でした)|事実ではありません|正しくありません)(?![がけ]|ものの)/u

/**
 * Whether the span [`start`, `end`) of `text` (the unfolded view the span indexes) cuts a katakana word: its first character
 * continues a katakana run begun before it, or its last one a run that goes on after it (ダニ in ダニエル, ブタ in ブタペスト, ハト in
 * ハトメ). A pattern matched on the folded view sees hiragana and katakana alike, so the run the writer wrote is read here: a
 * katakana word is one unit (Issue 10). Only a span that starts or ends with katakana can cut one.
 */
export function cutsKatakanaWord(text: string, start: number, end: number): boolean {
  return (end > start && end < text.length && isKatakana(text[end - 1]) && isKatakana(text[end])) ||
    (start > 0 && start < end && isKatakana(text[start - 1]) && isKatakana(text[start]))
}
