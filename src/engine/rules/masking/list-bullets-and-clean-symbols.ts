/**
 * List bullets and other clean uses of the mask symbols (5(2): 伏せ字を使用しない — these are not 伏せ字): the readings `masks`
 * (mask-runs.ts) asks before it reports a run — a bullet before a label or a unit that starts its item (●月に1回は…: bulletItem), a map's
 * legend (地図の●は…場所、▲は…: LEGEND_BEFORE, LEGEND_AFTER), a rating of filled and hollow marks (難易度：●○○: ratingScale), a quiz's
 * ○ and × (QUIZ), a phone number's masked groups (PHONE_GROUP_AFTER/BEFORE), **bold** marks and the star pairs that only look like bold
 * (boldMarks, maskedPairs), the mark named as a shape or as what letters become (○の模様, 一文字を○にしても: SHAPE_NAMED_AFTER,
 * TURNED_INTO_AFTER, MARK_NAMED_AFTER), a pairing's or a product's × (柳川×博多, 3×4: PAIRED_BEFORE, TIMES_BEFORE) and a note mark after a
 * value (17時15分＊土日祝日を除く: NOTE_VALUE_BEFORE). Caught here (by `masks`): one item of a marked list left as masks alone while its
 * siblings hold words (A 水上パレード ⏎ B 〇〇〇〇: listItemBlank). No finding is reported by this file. Part of the masking family
 * (index.ts runs the detectors in their order).
 */
import { MASK, UNIT, isWordChar, lineStartNear, lineEndNear } from './context'

/** A quiz in the paragraph (○×クイズ, ○か×か): its ○ and × are answers. */
export const QUIZ = /[○〇◯]\s?[×✕]クイズ|[○〇◯]か[×✕]|[○〇◯]×式|クイズ/u
/** Before a mark: a map, a chart or a table whose legend it is (地図の, 表中の, 凡例：). */
export const LEGEND_BEFORE = /(?:地図|図|表|マップ|凡例|グラフ|路線図|案内図|時刻表|カレンダー|一覧)(?:上|中|内)?(?:の|[:：]\s?)$/u
/** After it: what the mark stands for (は…場所です, は…を示します, は…交差点など注意が必要な場所、▲は…). */
export const LEGEND_AFTER = /^(?:印|マーク)?(?:は|が)[^。\n]{1,40}?(?:を(?:示|表|意味)|(?:場所|箇所|地点|施設|区間|エリア|区域|日|便|店舗|コース)(?:です|でした|を|、|。|$))/u
/**
 * Whether the mark `c` at `a` heads a line that is one item of a bulleted list: another line within the paragraph opens with the same
 * mark and a word that is no unit (●鍵の管理は…, ●庭木の剪定…), so the mark is the list's bullet.
 */
export function bulletItem(t: string, a: number, c: string): boolean {
  if (a > 0 && t[a - 1] !== '\n') return false
  const from = Math.max(0, a - 400)
  const to = Math.min(t.length, a + 400)
  const lines = t.slice(from, to).split('\n')
  for (const line of lines) if (line.startsWith(c) && line.length > 2 && !MASK.includes(line[1]!) && !UNIT.test(line.slice(1))) return true
  return false
}
/** Another group of masks (or digits) joined by a dash after or before a run: the shape of a phone number. */
export const PHONE_GROUP_AFTER = /^[-‐−ー―]\s?(?:[○〇●×*■□]{2,}|[0-9]{2,4}[-‐−ー―][○〇●×*■□]{2,})/u
export const PHONE_GROUP_BEFORE = /(?:[○〇●×*■□]{2,}|(?<![0-9])0[0-9]{1,4})\s?[-‐−ー―]$/u
/**
 * Markdown bold on one line: two stars, a word or phrase (2–30 characters, no punctuation or brackets, not
 * starting or ending with a space, not starting with an honorific: **さん、**さん are two names held back), two
 * stars, then no kanji (**月**日 is a blank date): **課長**から, **重要**：.
 */
const BOLD_SPAN = /(?<!\*)\*\*(?![*\s])([^*\n、。,.（）()「」『』]{2,30}?)(?<!\s)\*\*(?![*\p{Script=Han}])/gu
const HONORIFIC_START = /^(?:さん|様|さま|氏|君|くん|ちゃん|殿)/u
/**
 * Blind R280C-037 kind: two star pairs that would enclose a phrase ending in a particle, then an honorific (**商店の**さん, **工務店の**様):
 * no bolded word ends in の before the name it qualifies; the stars are the shop's and the person's names held back.
 */
const MASKED_PAIR_BOLD = /(?:の|と|や)$/u
/** Blind R280C-037 kind: where the two-star runs of a pair that only looks like bold start (**商店の**さん: MASKED_PAIR_BOLD). */
export function maskedPairs(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('**')) return out
  BOLD_SPAN.lastIndex = 0
  for (let m = BOLD_SPAN.exec(t); m; m = BOLD_SPAN.exec(t)) {
    if (!(MASKED_PAIR_BOLD.test(m[1]!) && HONORIFIC_START.test(t.slice(m.index + m[0].length)))) continue
    out.add(m.index)
    out.add(m.index + m[0].length - 2)
  }
  return out
}

/** Where the two-star runs that open and close **bold** start (offsets in `t`). */
export function boldMarks(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('**')) return out
  BOLD_SPAN.lastIndex = 0
  for (let m = BOLD_SPAN.exec(t); m; m = BOLD_SPAN.exec(t)) {
    if (HONORIFIC_START.test(m[1]!) || /^[〇○●◯◎×✕✖＊■□]+$/u.test(m[1]!) || (MASKED_PAIR_BOLD.test(m[1]!) && HONORIFIC_START.test(t.slice(m.index + m[0].length)))) {
      BOLD_SPAN.lastIndex = m.index + 2
      continue
    }
    out.add(m.index)
    out.add(m.index + m[0].length - 2)
  }
  return out
}

/**
 * Blind R250G-018 kind (unofmask7): one item of a marked list left as masks alone (a poll's choices A 水上パレード ⏎ B 〇〇〇〇 ⏎ C 詩の朗読会,
 * 1. ●●●● among 1. 2. 3., ・○○○○ among ・ items): the item was never written while the others were, so the list goes out with a blank
 * (a template, block). The run is the whole item (after its marker, at most a closing mark after it) and another line of the same list, its
 * marker of the same kind within a few lines, holds words. A list all of masks (a rating, a marks table: ratingScale) has no such sibling.
 */
/** A list's marker and what parts it from its item: a letter, a number or a kana with a space or a stop after it; ① (# in the normalised view) or ・ alone. */
const LIST_SEP = String.raw`(?:[^\S\n]{0,2}[.:)、]|[^\S\n])`
const LIST_MARK = String.raw`(?:([A-Ha-h])${LIST_SEP}|([0-9]{1,2})${LIST_SEP}|([①-⑳#])${LIST_SEP}?|([ア-カ])${LIST_SEP}|(・)[^\S\n]?)`
const LIST_ITEM_BLANK = new RegExp(String.raw`^[^\S\n]{0,3}${LIST_MARK}[^\S\n]{0,2}$`, 'u')
const LIST_ITEM_AFTER = /^[^\S\n]{0,2}[^\p{L}\p{N}\s]{0,4}[^\S\n]{0,2}$/u
const LIST_SIBLING = new RegExp(String.raw`^[^\S\n]{0,3}${LIST_MARK}[^\S\n]{0,2}\p{L}[\p{L}\p{N}ー]`, 'u')
function listMarkKind(m: RegExpExecArray): number {
  for (let k = 1; k <= 5; k++) if (m[k] !== undefined) return k
  return 0
}
export function listItemBlank(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 12)
  if (lineStart > 0 && t[lineStart - 1] !== '\n') return false
  const lineEnd = lineEndNear(t, b, 12)
  const mark = LIST_ITEM_BLANK.exec(t.slice(lineStart, a))
  if (!mark || !LIST_ITEM_AFTER.test(t.slice(b, lineEnd))) return false
  const kind = listMarkKind(mark)
  // The lines around it, a few either side in the same block (no blank line between).
  const lines: string[] = []
  let s = lineStart
  for (let n = 0; n < 4 && s > 0; n++) {
    const start = t.lastIndexOf('\n', s - 2) + 1
    const line = t.slice(start, s - 1)
    if (line.trim() === '') break
    lines.push(line)
    s = start
  }
  let e = lineEnd
  for (let n = 0; n < 4 && e < t.length; n++) {
    const next = t.indexOf('\n', e + 1)
    const end = next === -1 ? t.length : next
    const line = t.slice(e + 1, end)
    if (line.trim() === '') break
    lines.push(line)
    e = end
  }
  return lines.some((line) => {
    const m = LIST_SIBLING.exec(line)
    return m !== null && listMarkKind(m) === kind
  })
}

/**
 * Blind TV-092 kind: a rating drawn with a filled and a hollow mark of one pair (難易度：●○○ / ●●○ / ●●●, おすすめ度 ■■□, 混雑 ▲▲△): the
 * full mark is a level on a scale, not a value left out. It is one when a run of the same length mixing the pair's two marks stands
 * within the paragraph near it (the scale's other levels), or a legend says what the marks' count means (●が多いほど距離が長め, ■の数で
 * 難しさを表しています). A run of one shape alone (会場：●●●, 定員：○○名) or before a counter or a word (参加費：○○○円 beside ●○○)
 * stays a blank; ◎○× is a table of marks, not a scale.
 */
const RATING_PAIR: Record<string, string> = { '●': '○〇◯', '○': '●', '〇': '●', '◯': '●', '■': '□', '□': '■', '▲': '△', '△': '▲', '◆': '◇', '◇': '◆' }
const RATING_LEGEND = /^(?:印|マーク)?(?:の数)?(?:が|は)(?:多い|少ない|増える)ほど|^(?:印|マーク)?の数(?:が|で|は|に|によって|を)/u
export function ratingScale(t: string, a: number, b: number, run: string): boolean {
  // (A level stands alone: a run before a counter or a word, ○○○円, ●●●公民館, is a value or a name.)
  if (run.length > 5 || b - a !== run.length || isWordChar(t[b])) return false
  const full = run[0]!
  const other = RATING_PAIR[full]
  if (other === undefined) return false
  const from = Math.max(0, a - 300)
  const to = Math.min(t.length, b + 300)
  const pair = full + other
  // The scale's other levels: runs of the pair's marks, of the run's length, holding both.
  for (let i = from; i < to; i++) {
    if (!pair.includes(t[i]!) || (i > 0 && pair.includes(t[i - 1]!))) continue
    let j = i
    while (j < to && pair.includes(t[j]!)) j++
    const level = t.slice(i, j)
    if (j - i === run.length && [...level].some((ch) => ch === full) && [...level].some((ch) => other.includes(ch))) return true
    i = j - 1
  }
  // A legend of the marks' count: the mark, bare, then what more or fewer of it means.
  for (let i = t.indexOf(full, from); i >= 0 && i < to; i = t.indexOf(full, i + 1)) {
    if (pair.includes(t[i - 1] ?? '') || pair.includes(t[i + 1] ?? '')) continue
    if (RATING_LEGEND.test(t.slice(i + 1, i + 12))) return true
  }
  return false
}

/**
 * Blind TV-087 kind: a mask character named as the mark letters are turned into, in words about masking (一文字を○にしても読めます, 名前の
 * 部分を●に置き換えて, 文字を×で隠す, ○で伏せる): a mention of the mark, not a letter held back. Letters or a part before it (文字を, 名前の
 * 部分を, 一字だけ) and a verb of turning (にして, に置き換え) after, or a verb of hiding after it alone (で伏せ, で隠し); 会場を○に変更 names
 * no letters and stays a blank.
 */
export const LETTERS_BEFORE = /(?:文字|字|部分|ところ|箇所|単語|言葉|漢字|ひらがな|カタカナ|名前|名)(?:を|は|も|だけ(?:を)?)$/u
export const TURNED_INTO_AFTER = /^(?:に(?:して|する|した|すれ|置き換え|置きかえ|変え|替え|なって)|で(?:伏せ|ふせ|隠|かく|置き換え|置きかえ|表|書))/u
export const MARK_NAMED_AFTER = /^で(?:伏せ|ふせ|隠し|隠す|隠れ|かくし|かくす)/u
/**
 * Blind R290P-060 kind: shapes named as a pattern or a mark (○と△の模様, ○や□の形, ◇の柄, ○・△・□のマーク): the marks are the shapes a
 * design is made of, not characters held back. The mark, at most three more joined by と/や/・/、, then (の) a word for a pattern, a shape
 * or a sign ending there (模様替え, 形見, 柄杓 go on into another word). A single mark read with the one before it (△ in ○と△の模様).
 */
export const SHAPE_NAMED_AFTER = /^(?:[とや・、][○〇◯●×✕△▲□■◇◆☆★]){0,3}の?(?:模様|もよう|形|かたち|マーク|柄|がら|印|しるし|図形|デザイン|文様|紋|型|記号|モチーフ|パターン)(?![\p{Script=Han}])/u
export const SHAPE_JOINED_BEFORE = /[○〇◯●×✕△▲□■◇◆☆★][とや・、]$/u

/**
 * Blind R84A-139: what a multiplication sign stands between: a figure, with a counter that is no date or time unit (500円, 3個, 2回;
 * not 1月, 10日, 9時: 1月×日 is a date left out), and a figure, after a per-period word at most (年間24枚, 月20食, 年4回, 12か月).
 */
/** Before a pairing's ×: the end of a word of two letters or more, not a particle, a prefix of a quantity (約, 第, 毎) or a date's unit. */
export const PAIRED_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々][\p{Script=Katakana}ー\p{Script=Han}々ぁ-ゖ](?<![はがをにでへもの約第毎各計全前後同翌当本来昨今年月日時分])$/u
/** After it: a word that starts with a unit's character but goes on as another word (日本酒, 月見, 年越し, 時計). */
export const PAIRED_AFTER = /^[日月年時分](?![間半頃目後前以程午曜付中分時日月年])[\p{Script=Han}\p{Script=Katakana}]/u
export const TIMES_BEFORE = /[0-9０-９][0-9０-９,.]{0,6}\s?(?:円|人|名|個|枚|回|本|台|件|食|袋|箱|冊|部|組|セット|泊|杯|錠|包|kg|g|ml|L|%|時間|日分|日間|か月分)?\s?$/u
export const TIMES_AFTER = /^\s?(?:年間|年|月額|月|毎月|週|毎週|1日|一日|日|回|各|最大|計)?\s?[0-9０-９]/u
/** A value a note mark may follow: a number with its unit (15分, 500円, 20名), a day (毎月第2火曜日, 祝日), a bound (65歳以上) or a closed bracket. */
export const NOTE_VALUE_BEFORE = /[0-9][0-9,]*(?:時|分|秒|円|日|月|年|名|人|歳|才|個|枚|件|回|部|台|本|冊|席|組|点|分間|時間|日間|か月|ヶ月|週間|%)?$|[月火水木金土日]曜日?$|(?:祝日|休日|平日|以上|以下|未満|以降|税込|税別)$|[)）」』】]$/u
