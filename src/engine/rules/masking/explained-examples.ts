/**
 * Explained examples (5(2), masking/example, info): a mask or a blank that shows how to write something is no 伏せ字 and no unfilled
 * template — inside 「」 (unless a name, a draft quoted whole or a listing arriving: quotedExample), after 例：/記入例：, explained as a
 * placeholder (「○○」には町名が入ります: isExplained), under a heading (【申込書の記入例】: underExampleHeading), declared by a note below
 * (※上記は記入例です: EXAMPLE_NOTE_BELOW, exampleNoteBelow; ※○○の部分には…書いてください: BARE_NOTE, bareNoteBelow), introduced by the line
 * above (記入例では、次のように書いています: EXAMPLE_INTRO), its blanks named by a note (EXPLAINS_PLACEHOLDER, namedBlanks, namesBlank), a
 * notation's shape (住居表示（○丁目○番○号）) or a puzzle's boxes asked about (□に入る4文字は何でしょう？: boxAskedAbout, answerBoxes,
 * sameRunExplained); a group masked in a sentence that scolds it (maskedGroupScolded). The paragraph-level facts `post` reads (headsExample,
 * formLike, fillRuns) are here too. No detector: these readings turn a finding into an example or keep it. Part of the masking family
 * (index.ts runs the detectors in their order).
 */
import { sentenceOf } from '../../words'
import {
  MASK, isWordChar, NAME_AFTER, NAME_KIND_BEFORE, lineStartNear, lineEndNear, PRODUCT_AFTER, XFIGURE_UNIT_AFTER, INVITES_GUESS,
} from './context'

export const EXAMPLE_BEFORE = /例[:：]|例えば|たとえば|記入例|記載例|\(例\)/u
/** The placeholder is explained: 「○○」には町名が入ります, ○○の部分に記入. */
/**
 * Blind HZ-028: …or the reader asked to replace the mask with their own details (○○の部分をご自身の情報に置き換えてください, ○○のところは
 * お名前に書き換えてください): a request to the reader (てください), not a to-do left for the writer (○○はあとで差し替える).
 */
const EXPLAINED_AFTER = /^」?(?:には|に|は|の部分|の欄|の所|のところ)[^。\n]{0,30}(?:入ります|使われます|使われています|名乗られます|入れて|入る|当てはめて|あてはめて|記入|入力|書いて|書き|お書き|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え|差しかえ|読み替え)て(?:ください|下さい|いただ)|(?:変え|かえ|替え|選ん)(?:て|で)(?:ください|下さい|いただ|ね|投稿|みて|みてね))/u
/**
 * Blind KJ-015 kind (unof61): the slot explained with examples of what goes in it set in brackets between (○○のところには、あなたの好きな
 * 柳川のもの（うなぎ、川下り、さげもん…なんでもOK！）を入れて投稿してね): the aside lists what the reader may put there, so the explanation
 * is read without it. Bounded asides on the line only.
 */
const ASIDE_IN_EXPLANATION = /[（(][^（）()\n]{1,40}[）)]/gu
function explainedAfter(after: string): boolean {
  return EXPLAINED_AFTER.test(after) || (/[（(]/u.test(after) && EXPLAINED_AFTER.test(after.replace(ASIDE_IN_EXPLANATION, '')))
}
/** Whether [a, b) sits inside 「」 or 『』 on its line, right after 例: , or is explained as a placeholder. */
/** An example said to be one (記入例：…, 「○○」には店名が入ります). */
/**
 * Blind R366P-029 kind: a line closed by an example's label in brackets (住所：柳川市〇〇町〇丁目〇番地（記入例）, 氏名：柳川 ○○（例）):
 * every blank on that line is the example's, said to be one after it as 例：says before it.
 */
const EXAMPLE_LINE_TAIL = /[(（](?:記入例|記載例|入力例|回答例|書き方の例|記入の例|見本|例)[)）][\s　]*$/u
export function isExplained(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  const after = t.slice(b, Math.min(lineEndNear(t, b, 80), b + 80))
  return EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) || explainedAfter(after) || EXAMPLE_LINE_TAIL.test(after)
}

/**
 * Blind HX-003: the label of an example opening its line, in brackets or before a colon ((記入例), 【記載例】, ＜書き方の例＞, 例：, 記入例：;
 * blind IB-127: with only a closing bracket, 例）, 記入例）):
 * every blank on that line is the example's, however far along it stands. (The line start is looked for at most 80 characters back.)
 */
export const EXAMPLE_LINE_LABEL = /^[\s　]{0,4}(?:[(（【\[［〈<＜《][\s　]?(?:記入例|記載例|入力例|回答例|書き方の例|記入の例|見本|例)[0-9]?[\s　]?[)）】\]］〉>＞》]|(?:記入例|記載例|入力例|書き方の例|記入の例|見本|例)[0-9]?[\s　]?[:：]|(?:記入例|記載例|入力例|書き方の例|記入の例|見本|例)[0-9]?[)）])/u
/** Inside a quote, before a mask: some words of the quote, then a field's label with its colon (…日本一！ 価格：). Bounded. */
const QUOTED_FIELD_BEFORE = /[^\s:：「」『』][^「」『』\n]{3,60}[\s、,。！!]\s?[\p{Script=Han}\p{Script=Katakana}ー][\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ]{0,7}[：:]\s?$/u
/** After the quote: it is how to write something (と記入, のように, を書いて, 例), not the draft that goes out. */
export const QUOTE_AS_WAY_AFTER = /^(?:と(?:いった|いう|いう風|書|記|表示|入力|記入|なって|お書き|ご記入)|のよう|みたい|など|なんて|って(?:書|いう|なって)|[^。！？!?\n]{0,16}?(?:書いて|書き方|記入|入力|記載|例|見本|フォーマット|テンプレ|ひな形|雛形))/u
/**
 * Blind R160I-005 kind: after the quote, the thing it names arrives as news (返礼品に「うなぎ蒲焼き XXg×2尾」が新しく加わりました, 「○○セット
 * ●●kg」を発売): the quote is a product's listing, its quantity left as masks, not a way of writing.
 */
const QUOTED_ITEM_ARRIVES_AFTER = /^(?:が|を|も)[^。！？!?\n「」]{0,10}?(?:加わり|加わる|仲間入り|登場|新発売|発売|販売|追加|ラインナップ|お届け|出品)/u
export function isExample(t: string, a: number, b: number): boolean {
  if (exampleAround(t, a, b)) return true
  const lineStart = lineStartNear(t, a, 80)
  const lineEnd = lineEndNear(t, b, 80)
  return quotedExample(t, a, b, t.slice(Math.max(lineStart, a - 80), a), t.slice(b, Math.min(lineEnd, b + 80)))
}
/** Whether [a, b) is an example for the words around it alone, brackets aside (blind R249C-018: a handle in brackets reads these only). */
export function exampleAround(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  const lineEnd = lineEndNear(t, b, 80)
  const before = t.slice(Math.max(lineStart, a - 80), a)
  const after = t.slice(b, Math.min(lineEnd, b + 80))
  if (EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a))) return true
  // Blind HX-003: a line opened by an example's label ((記入例)児童氏名：柳川 ○○ … 生年月日：令和○年○月○日) is the example to its end.
  if (EXAMPLE_LINE_LABEL.test(t.slice(lineStart, a))) return true
  // Blind R366P-029 kind: …or closed by one in brackets (柳川市〇〇町〇丁目〇番地（記入例）).
  if (EXAMPLE_LINE_TAIL.test(after)) return true
  // Blind TV-036: a quiz's question about the run itself (○に入る数字は何でしょう？, □□に当てはまる言葉は？).
  if (explainedAfter(after) || QUIZ_SLOT_AFTER.test(after)) return true
  // Blind R377A-013 kind: a quiz's answer boxes with its letter count as the hint (ヒント：□□□□（ひらがな4文字）).
  if (answerBoxes(t, a, b, after)) return true
  // Blind HE-010: a notation's shape shown in brackets after its name (住居表示（○丁目○番○号）とは異なります, 和暦の表記（令和○年）で):
  // how such a value is written, not a value left out.
  if (FORMAT_BEFORE.test(before) && /^[^（）()\n]{0,16}[）)]/u.test(after)) return true
  // Blind HG-032: masks said to be a value's shape (「受付番号」欄（○○-○○○○の形）には, ○○○-○○○○の形式で, ××-××××という形で): how the
  // digits are laid out, not a value left out.
  if (SHAPE_AFTER.test(after)) return true
  return underExampleHeading(t, lineStart) || exampleNoteBelow(t, b) || bareNoteBelow(t, a, b) || sameRunExplained(t, a, b)
}
/** The bracket test of `isExample`: inside 「」 or 『』 on its line, unless a name, a draft quoted whole or a listing arriving. */
function quotedExample(t: string, a: number, b: number, before: string, after: string): boolean {
  // A riddle in brackets (『ア○ジ』のあの人です、わかった人はコメントで！) asks readers to guess: not an example.
  if (INVITES_GUESS.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))) return false
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open)
    if (o === -1 || before.indexOf(close, o) !== -1 || !after.includes(close)) continue
    // A name partly held back (居酒屋「ク〇〇〇」, 「ア〇〇ン」さん): letters and masks in one short word, a
    // real name the reader is left to guess, not an example of how to write one.
    const c = after.indexOf(close)
    // Blind R193I-020 kind: …also a name of two or three words parted by a space, a shop's trade and its house name (「う○ぎ屋 本○」さん,
    // 「カ○ェ ミ○リ」さん): each word short, the whole still one name before its honorific or after the kind of place it is.
    const inside = before.slice(o + 1) + t.slice(a, b) + after.slice(0, c)
    if (inside.length <= 16 && /^[^\s、。,]{1,12}(?:[ \u3000][^\s、。,]{1,12}){0,2}$/u.test(inside) && [...inside].some((ch) => isWordChar(ch)) && (NAME_AFTER.test(after.slice(c + 1, c + 4)) || NAME_KIND_BEFORE.test(before.slice(0, o)))) return false
    // Blind R296Y-020 kind: a group or a person named only by a run of masks in its own brackets, then its honorific or its kind
    // (「■■■■」の皆さん, 「●●●」さん, 「××」チーム), in a sentence that scolds them (暴言, 迷惑行為, 厳重注意): readers guess who was meant,
    // 伏せ字. Not a mask shown as a way of writing (「●●●」のように伏せた部分), not a post about 伏せ字 itself.
    if (inside === t.slice(a, b) && maskedGroupScolded(t, a, b)) return false
    // Blind R261D-019 kind: a brand cut by a mask inside it (「ア●ゾン」「メ○カリ」などを名乗る詐欺メール, 「ヤ○ト運輸」を装った不在通知): the
    // reader must guess which company is meant, so it is 伏せ字 even in brackets, unless the post is about 伏せ字 itself.
    if (inside.length <= 12 && INFIX_MASKED_NAME.test(inside) && IMPERSONATED_AFTER.test(after.slice(c)) && !FUSEJI_TOPIC.test(t)) return false
    // Blind R123A-123: a draft quoted whole as what goes out (原稿そのまま載せちゃう！「…価格：○○○○円〜 提供店：△△△△」): the mask is a
    // field's value inside the quote, after other words of it, and nothing after the quote makes it a way of writing (と記入, のように,
    // を書いて): the blanks are the draft's own, not an example.
    if (QUOTED_FIELD_BEFORE.test(before.slice(o + 1)) && !QUOTE_AS_WAY_AFTER.test(after.slice(c + 1, c + 24))) return false
    // Blind R160I-005: a product's listing quoted as news, its quantity's figure before its unit left out (「…蒲焼き XXg×2尾」が加わりました).
    if (/[\p{Script=Han}\p{Script=Katakana}ー]/u.test(before.slice(o + 1)) && XFIGURE_UNIT_AFTER.test(t.slice(b, b + 8)) && QUOTED_ITEM_ARRIVES_AFTER.test(after.slice(c + 1, c + 24))) return false
    // Blind R167I-103 kind: …or its origin or pack (「XX産うなぎのせいろ蒸し XXセット」を追加しました), the blank opening the quote too.
    if (PRODUCT_AFTER.test(after) && /[\p{Script=Han}\p{Script=Katakana}ー]{2}/u.test(after.slice(1, c)) && QUOTED_ITEM_ARRIVES_AFTER.test(after.slice(c + 1, c + 24))) return false
    return true
  }
  return false
}

/**
 * After a mask run: more masks, digits and separators of the same value, then it is called a shape (の形, の形式, という並び, の桁): the masks
 * show how the value is written. Only masks, digits and separators come between (○○課の形だけの is a department, not a shape), and the
 * shape word ends the phrase (の形で, の形）, の形式に; 形だけ, 形見 are other words).
 */
const SHAPE_AFTER = new RegExp(
  `^[${MASK}0-9\\-‐−ー―/:.\\s]{0,16}[)）」』]?\\s?(?:の|という|といった|のような)\\s?(?:形式|形|書式|かたち|並び|桁数|桁|ケタ|フォーマット|表記)(?:で|に|の|を|は|です|[)）」』、。,]|$)`,
  'u',
)

/** The name of a notation right before a bracket that shows its shape (住居表示（, 表記（, 形式（, 書式（). */
const FORMAT_BEFORE = /(?:住居表示|表示|表記|形式|書式|様式|フォーマット|書き方|記入方法|記載方法|並び|順序|順番)\s?[（(][^（）()\n]{0,16}$/u

/**
 * A heading line that opens an example block: 記入例, 例：記入例, 【記載例】, ＜見本＞, （例）. Blind R74A-032: also a title of words set apart by
 * a space or a dot before it (【消防団 入団申込書の記入例】, 【保育園・認定こども園 入園申込書の記入例】), each word opening with a kanji or katakana.
 * Blind R356D-033 kind: or the heading announces the example it heads (【記入例を掲載します】, 【記載例のご紹介】, ＜見本をご案内します＞).
 */
const EXAMPLE_HEADING = /^[\s　]*[【■□◆◇●○＜<《〈(（\[［]?[\s　]*(?:例[：:][\s　]*)?(?:[\p{Script=Han}ァ-ヶー][\p{Script=Han}ァ-ヶーぁ-ゖ]{0,7}(?:[\s　・][\p{Script=Han}ァ-ヶー][\p{Script=Han}ァ-ヶーぁ-ゖ]{0,7}){0,2}の(?:書き方の)?)?(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|例)[0-9０-９]?(?:(?:を|の)(?:ご)?(?:掲載|紹介|案内|お知らせ)(?:します|いたします|しています)?)?[\s　]*[】＞>》〉)）\]］]?[：:]?[\s　]*$/u

/**
 * Whether the line starting at `lineStart` lies in an example block: a heading line (記入例, 例：記入例, 【見本】)
 * earlier in the same block of lines (no blank line between), at most 8 lines up.
 */
/**
 * Blind R99A-101: a bracketed example label opening the line, the form's title after it (【記入例】時間外勤務命令簿, ［見本］参加申込書,
 * 【記載例】 口座振替依頼書): the lines below are the example. The title is short and no sentence (【記入例】は後日掲載します。 is one).
 */
const EXAMPLE_LABEL_TITLE = /^[\s　]*[【＜<《〈\[［(（](?:記入例|記載例|入力例|回答例|見本|サンプル)[】＞>》〉\]］)）][\s　]*[\p{Script=Han}\p{Script=Katakana}ー][^。！？!?、,\n]{0,19}$/u
function underExampleHeading(t: string, lineStart: number): boolean {
  let end = lineStart - 1
  for (let n = 0; n < 8 && end > 0; n++) {
    const start = t.lastIndexOf('\n', end - 1) + 1
    const line = t.slice(start, end)
    if (line.trim() === '') return false
    if (line.length <= 24 && (EXAMPLE_HEADING.test(line) || EXAMPLE_LABEL_TITLE.test(line))) return true
    end = start - 1
  }
  return false
}

/**
 * A note after the block that says what stands above is an example (※上記は記入例です, 以上はあくまで記載例です, 上の内容は見本です):
 * the writer declares it one, so its masks are placeholders. Looked for in the next 240 characters, at a line's start (after ※).
 */
export const EXAMPLE_NOTE_BELOW = /(?:^|\n)[\s　]{0,4}[※＊*]?[\s　]{0,2}(?:上記|以上|上の(?:内容|欄|記入|記載)?)(?:の(?:内容|記入|記載))?(?:は|が)(?:すべて|全て)?(?:あくまで(?:も)?)?(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|例|架空の(?:例|記入例|もの|内容))(?:です|でした|であり|となります|になります|で|(?:や|じゃ|だ)(?:けん|から|ので|よ|けど|[。！!、]|$)|[。！!]|$)/u

/**
 * Blind TV-087 kind: someone said to give examples, the lines after it being them (講師の方がこんな例を挙げていました。⏎「…ム○つく」「バ○
 * じゃないの」, 次のような例を紹介します：): the words quoted below are shown as examples, a mention, not the account's own 伏せ字. A case
 * that happened (こんな例がありました, こんなことを言われました) gives no example and stays what it is.
 */
/**
 * Round 52: a sentence that says the lines after it are an example (記入例では、お子さんの欄を次のように書いています, 記載例は次のとおりです,
 * 例えば以下のように記入します, 以下は記入例です), ending its line: the blanks below it are the example's, not a template left unfilled.
 * A bare 例 stands alone (例年, 事例 are other words); an intro that names no example (日程は次のとおりです) is none.
 */
export const EXAMPLE_INTRO =
  /(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|(?<![\p{Script=Han}])例(?![\p{Script=Han}]))(?:では|は|として|を|で)?[^。\n]{0,30}?(?:次のように|以下のように|下記のように|次の(?:とおり|通り)|以下の(?:とおり|通り)|下記の(?:とおり|通り))[^。\n]{0,16}?[。：:]?[\s　]*$|(?:以下|下記|次)(?:は|が)[^。\n]{0,6}?(?:記入例|記載例|入力例|見本|サンプル)(?:です|となります|になります)?[。：:]?[\s　]*$|(?:こんな|こういう|こういった|このような|次のような|以下のような|下記のような)(?:[^。\n]{0,8}?の)?例を(?:挙げ|あげ|示し|示され|紹介し|紹介され|出し|出され)[^。\n]{0,12}?[。：:]?[\s　]*$/u
/** A blank in quotes, then up to three more quoted texts beside it (「○○」「△△」, 「○○町△△番地」「柳川 花子」). */
const QUOTED_BLANKS = `[「『][^」』\\n${MASK}]{0,6}[${MASK}Xx＿_][^」』\\n]{0,10}[」』](?:(?:[やと、,]\\s?)?[「『][^」』\\n]{1,16}[」』]){0,3}`
/**
 * Round 52: a note that names the blanks in quotes and says what goes in them (記入例の「○○」や「○年○月○日」の部分には、お名前と生年月日を
 * 記入してください, 上の「○○」にはお名前が入ります; blind R74A-032: 「○」の部分は、ご自身の情報に置き換えてください): the blanks it names
 * are placeholders of an example. The quoted blank holds a mask;
 * the note asks the reader (ください, 入ります), not the writer (「○○」には会場名を入れること is a to-do left in a draft).
 * Blind KP-028 kind: or declares the quoted text the example (※「○○町△△番地」「柳川 花子」は記入例です; 「○○」は架空の名前です).
 */
export const EXPLAINS_PLACEHOLDER = new RegExp(
  `${QUOTED_BLANKS}(?:の(?:部分|欄|所|ところ|箇所))?(?:には|に|は)[^。\\n]{0,40}?(?:(?:記入|入力|書いて|書き|お書き|入れて)(?:ください|下さい|いただきます|いただけます)|ご記入|ご入力|(?:記入|入力)(?:します|されます)|入ります|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え|読み替え)て(?:ください|下さい|いただきます))` +
    // KP-028 kind: the quoted blanks declared the example (「○○町△△番地」「柳川 花子」は記入例です; 「○○」は架空の名前です).
    `|${QUOTED_BLANKS}(?:の(?:部分|欄))?(?:は|が)(?:すべて|全て|いずれも)?(?:あくまで(?:も)?)?(?:記入例|記載例|入力例|見本|サンプル|(?<![\\p{Script=Han}])例|架空の(?:例|もの|名前|住所|氏名|人物|内容))(?:です|であり|となります|になります|[。、,]|$)`,
  'u',
)

/** Whether `written` (a 伏せ字) is one of the blanks a note names, or inside one it quotes with its letters (「○○町△△番地」 holds ○○). */
export function namesBlank(names: readonly string[], written: string): boolean {
  return names.some((n) => n.includes(written))
}
/**
 * Blind R67A-009: the blanks such a note names, side by side or listed (記入例の「○○」「△△」には、実際の町名・番地をご記入ください): a
 * 伏せ字 the note names (柳川市○○町, letters on both sides) is one of the example's placeholders too, as a template's blank is; one it does
 * not name stays a 伏せ字.
 */
export function namedBlanks(note: string): string[] {
  const out: string[] = []
  for (const m of note.matchAll(/[「『]([^」』\n]{1,16})[」』]/gu)) out.push(m[1]!)
  return out
}

/** Whether a note below `b` declares the lines above it an example. */
function exampleNoteBelow(t: string, b: number): boolean {
  if (!/上記|以上|上の/u.test(t.slice(b, b + 240))) return false
  return EXAMPLE_NOTE_BELOW.test(t.slice(lineEndNear(t, b, 80), Math.min(t.length, b + 240)))
}

/**
 * Blind R99A-101: a note below, on a line of its own after ※, that names the same run of masks bare and asks the reader to fill it in
 * (所属：○○課 … ⏎※○○には所属課名を記入してください): the run is the form's blank explained, not a template left unfilled. A note to the
 * writer (※○○はあとで入れる) asks no reader.
 */
const BARE_NOTE = /(?:^|\n)[\s　]{0,4}※[\s　]{0,2}([○〇◯●×✕✖*■□▲△◆◇〓]{1,8})(?:の部分|の欄|のところ)?(?:には|は|に)[、,]?[^。\n]{0,30}?(?:記入|入力|書いて|お書き|書き|ご記入|ご入力|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え)て)(?:して)?(?:ください|下さい)/gu

/**
 * Blind IE-016/IE-032: what lets a form sample's blanks be read as examples from another paragraph. A paragraph opened by the sample's
 * label (【記入例】印鑑登録申請書, （記入例）, 記入例：郵便請求書, 【申込書の記入例】) heads the form paragraphs below it; a ※ note naming a
 * bare run and asking the reader to fill or replace it (※○○の部分はご自身の情報に置き換えて記入してください) explains the form paragraphs
 * above it. A form paragraph holds fields and no sentence (住所：柳川市○○町○○番地, 氏名：○○ ○○).
 */
const EXAMPLE_COLON_TITLE = /^[\s　]*(?:記入例|記載例|入力例|見本)[:：][\s　]*(?:[\p{Script=Han}\p{Script=Katakana}ー][^。！？!?、,\n]{0,19})?$/u
export function headsExample(t: string): boolean {
  const first = t.slice(0, lineEndNear(t, 0, 40))
  return first.length <= 24 && (EXAMPLE_HEADING.test(first) || EXAMPLE_LABEL_TITLE.test(first) || EXAMPLE_COLON_TITLE.test(first))
}
const FIELD_LINE = /^[\s　]{0,4}[^：:\n。]{1,20}[：:]/u
export function formLike(t: string): boolean {
  if (t.length > 600) return false
  for (const line of t.split('\n')) if (line.trim() !== '' && !FIELD_LINE.test(line) && /[。！？!?]/u.test(line)) return false
  return true
}
export function fillRuns(t: string): string[] {
  if (!t.includes('※')) return []
  const out: string[] = []
  for (const m of t.matchAll(BARE_NOTE)) out.push(m[1]!)
  return out
}
function bareNoteBelow(t: string, a: number, b: number): boolean {
  const below = t.slice(b, Math.min(t.length, b + 240))
  if (!below.includes('※')) return false
  const run = t.slice(a, b).replaceAll(' ', '')
  BARE_NOTE.lastIndex = 0
  for (const m of below.matchAll(BARE_NOTE)) if (m[1] === run) return true
  return false
}

/**
 * Blind TR-058: the same run of masks explained to the reader elsewhere in the post (#柳川で見つけた〇〇 で投稿してね … 〇〇には好きなものを
 * 入れてOK！ 例：#柳川で見つけた猫): the run names the slot the reader fills, in the hashtag or sentence that shows it too. The explanation
 * asks the reader (入れてください, 入れてOK, 書いてね, が入ります; blind TS-053: の部分に/のところに and a te-form that runs on into the
 * request, 〇〇の部分に好きな言葉を入れて、…投稿してね; 当てはめて, 置き換えて) and names the run bare (no other mask beside it), within 240 characters
 * either side; a note to the writer (〇〇はあとで入れる) asks no reader.
 */
const READER_SLOT_AFTER = /^(?:の部分|の欄|のところ|の所|の箇所|のとこ)?(?:には|に|へ|は)[、,]?[^。！？!?\n]{0,30}?(?:(?:入れて|いれて|書いて|かいて|記入して|入力して|つけて|付けて|当てはめて|あてはめて|置き換えて|置きかえて)(?:ください|下さい|くださいね|ね|ＯＫ|OK|ok|オッケー|もOK|もＯＫ|も大丈夫|大丈夫|いいよ|いいです|も構いません|もかまいません|[、,][^。！？!?\n]{0,40}?(?:(?:て|で)(?:ください|下さい|ね|ねー|ね〜|みて|ほしい|欲しい)|ましょう|ませんか|ようね|よう！|OK|ＯＫ))|(?:が)?(?:入ります|使われます|使われています|名乗られます|名乗ります))/u
/**
 * Blind TV-036 kind: a quiz's blank, the same run asked about bare as a question to the reader elsewhere in the post (人権週間は12月4日から
 * 12月○日まで。○に入る数字は何でしょう？, □□に当てはまる言葉はなに？, ○○に入る漢字、わかるかな？): what goes in it is the answer the post
 * asks for, not a value the writer left out. The question names what fills the run (に入る, に当てはまる) and asks (何, なに, どれ, いくつ,
 * でしょう, ？, わかる); a note to the writer (○に入る数字はあとで確認) asks nothing.
 */
const QUIZ_SLOT_AFTER = /^(?:の部分|のところ|の所)?(?:に|には)(?:入る|はいる|当てはまる|あてはまる|入れる)[^。！？!?\n]{0,12}?(?:は(?:何|なに|なん|どれ|どっち|いくつ|誰|だれ|どこ)|は\s?[？?]|(?:でしょう|かな|ですか|でしょうか)[？?！!]?|(?:わか|分か)(?:る|り)|を(?:当て|答え|考え)て)/u
/**
 * Blind UD-103 kind: a fill-in puzzle's blanks, asked about one box at a time (童謡「□□□□の花」。□に入る4文字は何でしょう？, ○○○の森。○に入る
 * ひらがなは？): the question names the run's own mask, shorter than the run (each box is one letter of the answer), bare, and asks the reader
 * (QUIZ_SLOT_AFTER) — the puzzle, not a value held back. Only a run of one mask shape; a note to the writer asks nothing.
 */
function boxAskedAbout(t: string, a: number, b: number): boolean {
  const run = t.slice(a, b)
  const c = run[0]!
  if (run.length < 2 || run.length > 12 || [...run].some((x) => x !== c)) return false
  const from = Math.max(0, a - 240)
  const to = Math.min(t.length, b + 240)
  for (let i = t.indexOf(c, from); i >= 0 && i < to; i = t.indexOf(c, i + 1)) {
    if (i >= a && i < b) continue
    if ((i > 0 && MASK.includes(t[i - 1]!)) || MASK.includes(t[i + 1] ?? '')) continue
    if (QUIZ_SLOT_AFTER.test(t.slice(i + 1, Math.min(t.length, i + 51)))) return true
  }
  return false
}
/**
 * Blind R377A-013 kind: a quiz's answer shown as boxes, one a letter, with the count of its letters as the hint (ヒント：□□□□（ひらがな4文字）,
 * ○○○（カタカナ3文字）, 答えは■■（漢字2文字）): the blanks are the puzzle, not a value held back. Only a run of one mask shape whose length
 * is the count given (a form's field width, 全角4文字以内, says no script and is no riddle), in a post that asks the reader (クイズ, ヒント,
 * 答え, でしょう？, なんだ？).
 */
const LETTER_COUNT_AFTER = /^\s?[（(]\s?(?:ひらがな|平仮名|カタカナ|片仮名|カナ|かな|漢字|英字|アルファベット|ローマ字)\s?([0-9０-９])\s?文字\s?[）)]/u
const RIDDLE_ASKED = /クイズ|ヒント|なぞなぞ|答え|こたえ|正解|でしょう[かー]?[？?]|(?:何|なに|なん)(?:だ|かな|ですか)[？?]/u
function answerBoxes(t: string, a: number, b: number, after: string): boolean {
  const m = LETTER_COUNT_AFTER.exec(after)
  if (m === null) return false
  const run = t.slice(a, b)
  const c = run[0]!
  if ([...run].some((x) => x !== c)) return false
  const n = m[1]!.charCodeAt(0) >= 0xff10 ? m[1]!.charCodeAt(0) - 0xff10 : Number(m[1])
  return run.length === n && RIDDLE_ASKED.test(t)
}
function sameRunExplained(t: string, a: number, b: number): boolean {
  const run = t.slice(a, b)
  if (run.length === 0 || run.length > 8) return false
  if (boxAskedAbout(t, a, b)) return true
  const from = Math.max(0, a - 240)
  const to = Math.min(t.length, b + 240)
  for (let i = t.indexOf(run, from); i >= 0 && i < to; i = t.indexOf(run, i + run.length)) {
    if (i === a) continue
    const before = i > 0 ? t[i - 1]! : ''
    const after = t[i + run.length] ?? ''
    if ((before !== '' && run.includes(before)) || (after !== '' && run.includes(after))) continue
    const tail = t.slice(i + run.length, Math.min(t.length, i + run.length + 50))
    if (READER_SLOT_AFTER.test(tail) || QUIZ_SLOT_AFTER.test(tail)) return true
  }
  return false
}

/**
 * Blind R261D-019 kind: a name in brackets with a mask run inside it, a letter of the name on each side (ア●ゾン, メ○カリ, ヤ○ト運輸): a
 * real name partly held back. A rude word's kana tail (キ〇い) is no name: the letter after the mask is katakana, a kanji or a Latin letter.
 */
const INFIX_MASKED_NAME = new RegExp(`^[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{1,6}[${MASK}]{1,3}[\\p{Script=Han}\\p{Script=Katakana}A-Za-z][\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{0,6}$`, 'u')
/**
 * After the bracket (other names in brackets of the list between): the name a party used to pass itself off (を名乗る, を装った, をかたる,
 * になりすまし) or a message said to come from it (からのメール, の名前で): which real company is meant is what the reader needs.
 */
const IMPERSONATED_AFTER =
  /^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:など|等)?(?:を|と|に)?[、,]?(?:名乗|名の[っりる]|かた[らりるっ]|騙[らりるっ]|装[わいうっ]|偽[らりるっ]|称し|称する|なりすま|成りすま)|^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:など|等)?(?:から(?:の)?(?:メール|SMS|ショートメッセージ|電話|通知|連絡|お知らせ|荷物|請求)|の(?:名前|名義|名|ロゴ)で)/u
/** The post is about 伏せ字 itself (…のような伏せ字, 伏字にしても): the masked words are its examples. */
const FUSEJI_TOPIC = /伏せ字|伏字|ふせ字|ふせじ|記入例|記載例/u
/** Blind R296Y-020 kind: a bracket holding masks alone. */
const MASK_ONLY = new RegExp(`^[${MASK}]+$`, 'u')
/** …followed by who they are: an honorific, a group or its members (の皆さん, さん, 様, チーム, の方々, のメンバー). */
const MASKED_GROUP_AFTER = /^(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|メンバー|選手|関係者|さん|様|さま|氏|チーム|一家|グループ|団体|の方)/u
/** …in a sentence that scolds them for what they did (暴言を繰り返していた, 迷惑行為, 厳重注意, 警告, 出場停止). */
const SCOLDED = /暴言|暴力|迷惑|厳重注意|注意(?:を|し|させ|いたし)|警告|違反|出場停止|出入り禁止|出禁|失格|処分|反省|謝罪|苦情|クレーム|嫌がらせ|いやがらせ|誹謗|中傷|荒らし|マナー(?:が|の)?悪|ルールを守らな/u
/**
 * Blind R296Y-020 kind: [a, b) is a run of two to eight masks alone in its brackets, then who they are (「■■■■」の皆さん, 「●●」さん,
 * 「××」チーム), in a sentence scolding them, on a post not about 伏せ字 itself.
 */
export function maskedGroupScolded(t: string, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 8 || !MASK_ONLY.test(t.slice(a, b))) return false
  const open = t[a - 1]
  const close = t[b]
  if (!((open === '「' && close === '」') || (open === '『' && close === '』'))) return false
  if (!MASKED_GROUP_AFTER.test(t.slice(b + 1, b + 8)) || FUSEJI_TOPIC.test(t)) return false
  const sen = sentenceOf(t, a, b)
  return SCOLDED.test(t.slice(sen.start, sen.end))
}
