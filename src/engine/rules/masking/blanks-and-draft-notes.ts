/**
 * Blanks to fill in and notes to self left in the draft (5(2): an unfilled template, masking/template, block): underscores and empty
 * brackets (料金：＿＿＿円, （　）月（　）日, 【　】: blanks), a to-do about a field (（日時：要確認）, (料金 TBD): PAREN_NOTE), a note to self
 * (（TBD）, (要確認), （あとで入れる）, （※確定後差し替え）: DRAFT_NOTE, SELF_NOTE), a date whose figures were left as spaces (令和　年　月　日,
 * 午後　時　分から: BLANK_DATE, blankDates) and instructions to the writer (ここに告知文を入れる, （URLを入れる）, ★ここに出演者名★, a line
 * ここに出店者名を入れとく: LEFT_INSTRUCTION, FRAMED_NOTE, LINE_NOTE: leftInstructions). Stays clean: a rule of underscores framing a heading
 * (ruleLine), a form's field someone else fills in (職員が確認して記入), a request to the reader (ここに氏名を記入してください), explained
 * examples. Part of the masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import {
  MASK, MEASURE, UNIT, ERA_BEFORE, FIELD_BEFORE, SLOT_FIELD, fieldTodo, NAMED_FIELD, isKanji, lineStartNear, lineEndNear, COUNTER_AFTER,
  ON,
} from './context'
import { emitTemplate } from './findings'

/**
 * Blanks to fill in: ＿＿＿, （　）. Blind R82A-012: any bracket left empty with a space or two in it (【　】, ［　］, 〔　〕) is the same
 * blank before a unit (令和8年【　】月【　】日, 定員［　］名): a figure's place the writer framed and never filled.
 */
const BLANK = /_+|[(（]\s{1,6}[)）]|【\s{1,6}】|[[［]\s{1,6}[\]］]|〔\s{1,6}〕/g
/** A note to self left in brackets: （TBD）, (要確認), （あとで入れる）, （※確定後差し替え）, （※ID確定後に差し替え）. */
/**
 * Blind R261D-020 kind: …also a note saying it is replaced when the post goes out (受付フォーム：https://（※公開時に差し替え）, （掲載前に差替）):
 * the moment of publishing named before 差し替え is a note to the writer, the value still missing.
 */
const DRAFT_NOTE = /[(（【［\[]\s?※?\s?(?:TBD|TBA|要確認|要修正|要調整|未記入|あとで(?:書く|入れる|記入)|後で(?:書く|入れる|記入)|(?:[^()（）【】［］\[\]\n。]{0,8}?(?:確定|決定|決まり|判明)(?:後|次第)(?:に)?|[^()（）【】［］\[\]\n。]{0,8}?(?:公開|掲載|投稿|発信|配信|アップ|本番)(?:時|前|直前|の際|までに)(?:に)?(?:URL|リンク|アドレス|画像|写真|日付|日時|金額|本文)?(?:を)?|後で|あとで|後日)?(?:差し替え|差替え|差替|記入|入力|修正)(?:予定|ます|る|する)?)\s?[)）】］\]]/giu

/** A kana or a kanji (a letter of a Japanese word, not a mark or a face's part). */
function isJapaneseLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(c) && !MASK.includes(c)
}
/**
 * Blind R100A-043: a note to self in round brackets, to the one who writes (※担当：, 広報：) or not, saying the value goes in after a check or
 * later (金額を確認して記入, 後で入れる, 決まり次第記入). No reader is told to do it: an ending of a request (してください) is no match.
 */
const SELF_NOTE =
  /[(（]\s?※?\s?(?:(?:担当|担当者|作成者|入力者|広報|自分|私|メモ)\s?[:：]\s?)?[^()（）【】［］\[\]\n。]{0,12}?(?:(?:確認|聞い|調べ|問い合わせ|相談|チェック)(?:して(?:から)?|の(?:上|うえ)|後に?|次第)|あとで|後で|後ほど|のちほど|決まったら|決まり次第|決定次第|確定したら|確定次第|わかったら|分かったら)[^()（）【】［］\[\]\n。]{0,8}?(?:記入|入力|入れる|入れとく|入れておく|書く|書いとく|書き込む|追記|差し替え|差替え?|埋める)(?:する|予定|のこと|すること)?\s?[)）]/gu
/** Someone else fills it in (職員が確認して記入, 窓口で記入): a form's explanation, not a note left. */
const THIRD_PARTY_FILLS = /(?:職員|係員|窓口|受付|市役所|事務局|市|学校|医療機関|病院)(?:が|で|にて)/u

/** ＿＿＿円, （　）月（　）日, 料金：＿＿＿. */
/** A to-do about a field in round brackets: （日時：要確認）, (料金 TBD). */
const PAREN_NOTE = /[(（]([^()（）\n]{2,22})[)）]/gu

/**
 * Blind GW-130: a rule of underscores on a line of its own (＿＿＿＿＿＿＿＿＿＿＿＿ above and below 柳川市 令和8年度 当初予算の概要, or under
 * ■ 体育祭のご案内): decoration that frames or underlines a heading, not a blank. It is a rule when another such line frames the
 * heading, or when the line above is a heading (short, no full stop, not a field name or a label waiting for its value: 会場：⏎＿＿＿
 * and 氏名⏎＿＿＿ are blanks to fill in).
 */
const RULE_LINE = /^[ \t]*_{6,}[ \t]*$/u
/** A line that may be a heading: short, no full stop, not a field name or a label waiting for its value. */
function headingLine(l: string): boolean {
  return l !== '' && l.length <= 40 && !/[。:：]$/u.test(l) && !/。/u.test(l) && !SLOT_FIELD.test(l) && !NAMED_FIELD.test(l) && !RULE_LINE.test(l)
}
/** The next non-empty lines from the line starting at `ls` (up to two, at most four lines away), going up (`dir` -1) or down (1). */
function nearLines(t: string, ls: number, dir: -1 | 1): string[] {
  const out: string[] = []
  let s = ls
  for (let k = 0; k < 4 && out.length < 2; k++) {
    let start: number
    let end: number
    if (dir < 0) {
      if (s === 0) break
      end = s - 1
      start = t.lastIndexOf('\n', end - 1) + 1
      s = start
    } else {
      const e = t.indexOf('\n', s)
      if (e < 0) break
      start = e + 1
      end = t.indexOf('\n', start)
      if (end < 0) end = t.length
      s = start
    }
    const l = t.slice(start, Math.min(end, start + 200)).trim()
    if (l !== '') out.push(l)
  }
  return out
}
function ruleLine(t: string, a: number, b: number): boolean {
  const ls = lineStartNear(t, a, 8)
  const le = lineEndNear(t, b, 8)
  if (!RULE_LINE.test(t.slice(ls, le))) return false
  const up = nearLines(t, ls, -1)
  const down = nearLines(t, ls, 1)
  // Framed: rule, heading, rule (either side of the heading).
  if ((headingLine(up[0] ?? '') && RULE_LINE.test(up[1] ?? '')) || (headingLine(down[0] ?? '') && RULE_LINE.test(down[1] ?? ''))) return true
  // Underlining the heading just above it (the line right above, not across a blank line).
  if (ls === 0) return false
  const above = t.slice(lineStartNear(t, ls - 1, 80), ls - 1).trim()
  return headingLine(above)
}

export function blanks(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
  // (`on & ON.paren` is exactly /[(（]/.test(t).)
  if (on & ON.paren && on & ON.todo && /要|TB[DCA]|未確認|確認待ち/iu.test(t)) {
    PAREN_NOTE.lastIndex = 0
    for (const m of matchAllOf(PAREN_NOTE, t)) if (fieldTodo(m[1]!)) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
  }
  if (on & (ON.paren | ON.square) && on & ON.draft && /[(（【［\[]\s?[※TtA要確未あ後決差]/.test(t)) {
    DRAFT_NOTE.lastIndex = 0
    for (const m of matchAllOf(DRAFT_NOTE, t)) {
      // 【要確認】確定申告の期限が変わりました: a heading that opens its line asks the reader to check, it is no note left to fill.
      if (/^[【［\[]/u.test(m[0]) && /^(?:要確認|要チェック)/u.test(m[0].slice(1).trim()) && t.slice(lineStartNear(t, m.index, 4), m.index).trim() === '' && /\S/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
      emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
    }
  }
  // Blind R100A-043: a writer's note to self left in round brackets where a value belongs (寄附金額：（※担当：金額を確認して記入）円,
  // 講師：（名前は後で入れる）): an instruction to fill in after a check or later, never filled.
  if (on & ON.paren && on & ON.draft) {
    SELF_NOTE.lastIndex = 0
    for (const m of matchAllOf(SELF_NOTE, t)) {
      if (THIRD_PARTY_FILLS.test(m[0])) continue
      const lineBefore = t.slice(lineStartNear(t, m.index, 24), m.index)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 6)
      if (FIELD_BEFORE.test(lineBefore) || UNIT.test(after) || COUNTER_AFTER.test(after) || /^(?:は|が|を|に|で)\s?$/u.test(lineBefore.slice(-1))) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
    }
  }
  if (!(on & ON.under) && !(on & (ON.paren | ON.square | ON.slot) && /[(（【[［〔]\s/.test(t))) return
  BLANK.lastIndex = 0
  for (const m of matchAllOf(BLANK, t)) {
    const a = m.index
    const b = a + m[0].length
    const rest = t.slice(b, b + 4)
    const lineBefore = t.slice(lineStartNear(t, a, 12), a)
    const underscore = m[0][0] === '_'
    // Blind R123A-018: a measure's counter after the blank counts as a unit (上限は＿＿万円, 定員＿＿席, ＿＿倍).
    const unitAfter = UNIT.test(rest) || MEASURE.test(rest)
    // Identifiers (snake_case) have letters on both sides; a blank stands alone.
    if (underscore && (/[A-Za-z0-9]/.test(t[a - 1] ?? '') || /[A-Za-z0-9]/.test(t[b] ?? ''))) continue
    // Blind R99A-028: one or two underscores where a word of the sentence goes, run into it with a kana or kanji before (毎週＿曜日, 第＿回, 第＿土曜日,
    // 定員は＿名) or standing as a noun between particles (集合場所は＿＿です, 会場を＿に変更): a blank, not a face (>_<) or an identifier.
    const wordBlank = underscore && m[0].length <= 2 && ((isJapaneseLetter(t[a - 1]) && (unitAfter || (t[a - 1] === '第' && /^[月火水木金土日]曜/u.test(rest))) && !/^人人/u.test(rest)) || (/[はがをにで]/u.test(t[a - 1] ?? '') && isKanji(t[a - 2]) && /^(?:です|でした|でございます|が|を|は|に|で|から|まで|と|へ|も)/u.test(rest)))
    // A single ＿ is a blank only before a unit with another blank or an era nearby (＿月＿日, 令和＿年).
    if (underscore && m[0].length === 1 && !wordBlank) {
      const near = t.slice(Math.max(0, a - 4), a) + t.slice(b + 1, b + 5)
      if (!unitAfter || !(near.includes('_') || ERA_BEFORE.test(t.slice(Math.max(0, a - 2), a)))) continue
    }
    const ok = unitAfter || wordBlank || (underscore && (m[0].length >= 3 || FIELD_BEFORE.test(lineBefore)))
    if (!ok) continue
    // ［　］日曜日　［　］月曜日: a box to tick before a weekday's name (a reply form's choices), not a month or a day left blank.
    if (!underscore && /^[月日]曜/u.test(rest)) continue
    if (underscore && ruleLine(t, a, b)) continue
    emitTemplate(t, a, b, rest.match(UNIT)?.[0] ?? rest.match(MEASURE)?.[0] ?? '', doc, emit)
  }
}

/**
 * Blind R81A-008: a date or a time whose numbers were left as spaces, the units typed and the figures not (令和7年　月　日（　）から
 * 　月　日（　）まで, 令和　年　月　日, 午後　時　分から, 10月1日（　）): a form's blank for a date, never filled. In the normalised
 * text each full-width space is one space, so a blank is a run of one to six spaces where a figure goes: before 年 after an era
 * (令和　年), before 月 then before 日 (after a year, or with the weekday's bracket left empty or a range's から/まで after it), before
 * 時 then before 分, or a weekday's bracket left empty after a day (1日（　）). A weekday list (定休日：月 日 祝) has no year, no empty
 * bracket and no range after it; a date with its figures (令和7年 10月 1日) has none of these gaps.
 */
const BLANK_DATE = new RegExp(
  [
    // 令和　年(　月　日): a blank year after an era, with its month and day if they follow.
    '(?:令和|平成|昭和|西暦)[ ]{1,6}年(?:[ ]{1,6}月[ ]{1,6}日)?(?:[ ]?\\([ ]{1,6}\\))?',
    // (令和7年)　月　日, 　年　月　日: a blank month and day after a year.
    '(?<=年)[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\))?',
    '(?<![0-9〇一二三四五六七八九十元][ ]{0,5})[ ]{1,6}年[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\))?',
    // 　月　日（　）, 　月　日から: a blank month and day with an empty weekday or a range after them.
    '(?<![0-9〇一二三四五六七八九十][ ]{0,5})[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\)|(?=[ ]?(?:から|まで|~|-|に(?:開催|実施|行い)|より)))',
    // Blind R236I-012 kind: the month typed and the day left as a space, with an empty weekday or a range after it (7月　日（　）).
    '(?<=[0-9〇一二三四五六七八九十]月)[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\)|(?=[ ]?(?:から|まで|~|-)))',
    // 午後　時　分, 　時　分から: a blank hour and minute.
    '(?:午前|午後)[ ]{1,6}時(?:[ ]{1,6}分)?',
    '(?<![0-9〇一二三四五六七八九十][ ]{0,5})[ ]{1,6}時[ ]{1,6}分',
    // 10月1日（　）: a weekday's bracket left empty after a day with its figures, or after a day left as an empty bracket itself
    // (【　】月【　】日【　】: blind R82A-012), in any bracket (（　）, 【　】, ［　］, 〔　〕).
    '(?<=(?:[0-9〇一二三四五六七八九十]|[(【\\[〔][ ]{1,6}[)】\\]〕])日[ ]?)(?:\\([ ]{1,6}\\)|【[ ]{1,6}】|\\[[ ]{1,6}\\]|〔[ ]{1,6}〕)',
  ].join('|'),
  'gu',
)

export function blankDates(t: string, doc: RuleInput['doc'], emit: Emit): void {
  BLANK_DATE.lastIndex = 0
  for (const m of matchAllOf(BLANK_DATE, t)) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit)
}

/**
 * Instructions to the writer left in the text: ここに告知文を入れる, 本文をここに入力してください, （URLを入れる）, (写真を貼る),
 * （ここに商品名）, （日付を入力）; blind R236I-049 kind: the field said to go there (（店名入る）, （会場名が入ります）); not a
 * request to the reader (ここに氏名を記入してください).
 */
const LEFT_INSTRUCTION =
  /(?:ここに|こちらに)(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像)(?=[＊*■□◆◇●○\s]|$)|(?:ここに|こちらに)(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像|ハッシュタグ|URL|リンク)(?:を)?(?:入力|記入|挿入|入れる|入れて|貼り付け|追加)(?:して(?:ください|下さい)|する|ください)?|(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像|ハッシュタグ|URL|リンク)を(?:ここ|こちら)に(?:入力|記入|挿入|入れる|入れて|貼り付け|追加)(?:して(?:ください|下さい)|する|ください)?|[#＃](?:ハッシュタグ|タグ名|hashtag)(?![\p{L}\p{N}])|(?:ここに|こちらに)[^。、\n]{0,16}?(?:を)?(?:入れる|入力|記入|挿入|貼る|貼り付け|書く)(?![てしくでさ]|欄|ところ|場所|スペース|こと|よう|方法)|[（(][^()（）\n]{0,12}?(?:を)?(?:入れる|入れて|入力する|記入する|挿入する|貼る|貼り付ける|差し込む|書く)[)）]|[（(]\s?(?:ここに|こちらに)[^()（）\n]{0,10}?(?:名|文|文章|URL|画像|写真|説明|タイトル|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|キャプション|リンク)\s?[)）]|[（(]\s?(?:日付|日時|時間|時刻|場所|会場|会場名|店名|商品名|施設名|イベント名|講師名|団体名|タイトル|本文|URL|リンク|金額|料金|価格|写真|画像)(?:を?(?:入力|記入|挿入)|が?(?:入る|入ります))\s?[)）]/gu

/**
 * Round 61 (blind R61A-074): a placeholder note the writer left where a name or a text goes, framed by note marks instead of brackets
 * (★ここに出演者名★, ☆ここに講師の名前☆, ◆こちらに会場の住所◆) or standing alone on its own line (ここに出店者名を入れとく): ここに/こちらに
 * and the field that goes there (a word ending in 名, 名前, 写真, 説明, 日時…), at most with a plain verb of putting it in — a note to
 * the writer, not a sentence. A frame is the same mark on both sides; a request to the reader (ここに…を記入してください) has a polite
 * ending and is no note; ★ここに注目★, ★ここに集合★ name no field.
 */
const NOTE_MARKS = '★☆※◆◇■□●▼▽♪'
const FRAMED_NOTE = new RegExp(`([${NOTE_MARKS}])[ \\t　]{0,2}((?:ここに|こちらに)[^\\n${NOTE_MARKS}]{1,20}?)[ \\t　]{0,2}\\1`, 'gu')
const LINE_NOTE = /(?<=^|\n)[ \t　]{0,4}((?:ここに|こちらに)[^\n]{1,20}?)[ \t　]{0,4}(?=\n|$)/gu
const NOTE_FIELD =
  '(?:名|氏名|名前|お名前|文|文章|URL|画像|写真|説明|説明文|タイトル|見出し|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|コメント|キャプション|リンク|番号|住所|連絡先|プロフィール|概要|告知文|紹介文)'
const NOTE_BODY = new RegExp(
  `^(?:ここに|こちらに)\\s?(?:[\\p{Script=Han}ァ-ヶーA-Za-z・]{1,10}の)?[\\p{Script=Han}ァ-ヶーA-Za-z・]{0,10}${NOTE_FIELD}(?:を?(?:入れる|入れとく|入れといて|入れて|入力|記入|挿入|追加|貼る|貼り付け|書く|差し込む|差し替え)(?:こと)?)?$`,
  'u',
)

export function leftInstructions(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
  // (/入れ|入力|記入|挿入|貼|差し込|書|ハッシュタグ|タグ名|hashtag|ここに|こちらに|入る|入りま/iu.test(t), its words but hashtag read from ON.left.)
  if (!(on & ON.left) && !(on & ON.h && /hashtag/iu.test(t))) return
  const taken: Array<[number, number]> = []
  if (t.includes('ここに') || t.includes('こちらに')) {
    for (const re of [FRAMED_NOTE, LINE_NOTE]) {
      re.lastIndex = 0
      for (const m of matchAllOf(re, t)) {
        const body = (re === FRAMED_NOTE ? m[2] : m[1])!.trim()
        if (!NOTE_BODY.test(body)) continue
        const a = re === FRAMED_NOTE ? m.index : m.index + m[0].indexOf(body)
        const b = re === FRAMED_NOTE ? m.index + m[0].length : a + body.length
        if (taken.some(([x, y]) => x < b && a < y)) continue
        taken.push([a, b])
        emitTemplate(t, a, b, '', doc, emit, true)
      }
    }
  }
  LEFT_INSTRUCTION.lastIndex = 0
  for (const m of matchAllOf(LEFT_INSTRUCTION, t)) {
    if (taken.some(([x, y]) => x < m.index + m[0].length && m.index < y)) continue
    // Inside 【…】 or […] it is a slot, reported by `slots`.
    if (/[\[［〔【<＜《{｛]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
    // Blind LN-008 kind: a step's circled number (②ハッシュタグ…をつけて投稿) is # in the normalised view, not a hashtag's sign: no tag left unfilled.
    if (/^[#＃]/u.test(m[0]) && !/^[#＃]/u.test(doc.raw.slice(doc.fromNorm(m.index, m.index + 1).start))) continue
    // The instruction alone in quotes where the name goes (新しく「（ここに商品名）」が仲間入り) is a blank, not a quoted example
    // (「ここに本文を入力」と表示されたら is one).
    const b = m.index + m[0].length
    const named = /[「『]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) && /^[」』](?![とっ])/u.test(t.slice(b, b + 2))
    emitTemplate(t, m.index, b, '', doc, emit, true, named)
  }
}
