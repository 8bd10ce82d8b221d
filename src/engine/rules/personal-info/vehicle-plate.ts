/**
 * A car's number plate: 久留米 501 さ 21-87, 福岡300あ1234, ナンバー「・・87」の白い軽トラ. A plate names
 * the car's keeper to anyone who asks the registry, and with where and when the car is seen
 * (毎週火曜の朝6時ごろ) it singles out a person: block. A plate with only its last digits is
 * reported when a vehicle is named in the same sentence.
 *
 * Blind R443U-056 kind: the plate written in kanji digits (久留米 四八〇 あ 一二－三四, ナンバーは・・八七), as in vertical print or a
 * spoken report: the same plate, the same keeper. Runs of two or more kanji digits (and one after a plate's dots) are read as digits
 * in a copy of the text of the same length, so the plate patterns read them; a single kanji digit in a place name (三橋町) stays kanji.
 * Not a plate's format explained with no vehicle told (ナンバープレートの見方), nor a year or a count in kanji.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/** Region (1–4 kanji or a few katakana), class number, one hiragana, and the serial (21-87, 2187, ・・87). */
const FULL_PLATE =
  /(?<![\p{Script=Han}ァ-ヶ])(?:[\p{Script=Han}]{1,4}|[ァ-ヶー]{2,5})[ 　]?[0-9]{2,3}[ 　]?[あ-ゑをさ-ん](?<![のんおしへ])[ 　]?(?:[0-9]{1,2}[ 　]?-[ 　]?[0-9]{2}|[・･.]{1,3}[ 　]?[0-9]{1,3}|[0-9]{4})(?![0-9])/gu
/** The number on its own after ナンバー: ナンバーは21-87, ナンバー「・・87」, ナンバー末尾 2187. */
const PARTIAL_PLATE =
  /(?<![ァ-ヶー])(?:ナンバー|車番|車両番号)(?:プレート)?(?:は|が|の|末尾|下[0-9一二三四]桁)?[ 　:：「『(（]{0,3}((?:[0-9]{1,2}[ 　]?-[ 　]?[0-9]{2}|[・･.]{1,3}[ 　]?[0-9]{1,3}|[0-9]{4}))(?![0-9])/gu
const VEHICLE = /車|ワゴン|トラック|軽トラ|バイク|ワンボックス|セダン|ミニバン|スクーター|原付|車両|ナンバー/u

/** A plate shown as an example of the format. */
const AS_EXAMPLE_AFTER = /^[」』)）]?(?:のように|のような|のよう|など|といった|という(?:形|並び|順)|の場合|は(?:架空|例))/u
const AS_EXAMPLE_BEFORE = /(?:例[:：]|例えば|たとえば|例は|見本|サンプル|記入例|表示例)[ 　「『(（]{0,2}$/u
const KANJI_DIGIT: Record<string, string> = { 〇: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' }
/** Blind R443U-056 kind: runs of 2+ kanji digits (and one after plate dots) read as ASCII digits, one character for one. */
function kanjiDigitsRead(t: string): string {
  if (!/[〇一二三四五六七八九]/u.test(t)) return t
  return t.replace(/(?<![〇一二三四五六七八九十百千万])[〇一二三四五六七八九]{2,4}(?![〇一二三四五六七八九十百千万])|(?<=[・･.])[〇一二三四五六七八九]/gu, (run) => [...run].map((c) => KANJI_DIGIT[c] ?? c).join(''))
}

export function vehiclePlates(doc: Doc, emit: Emit): void {
  if (doc.digitCount < 2 && !/[〇一二三四五六七八九]{2}/u.test(doc.norm.text)) return
  const t = kanjiDigitsRead(withoutUrls(doc, doc.norm.text))
  const taken: Array<[number, number]> = []
  for (const m of matchAllOf(FULL_PLATE, t)) {
    const s = sentenceSpan(t, m.index)
    // A full plate reads as one in a sentence about a vehicle (or written alone in a bracket).
    if (!VEHICLE.test(t.slice(s.start, s.end)) && !/[(（]\s?$/u.test(t.slice(Math.max(0, m.index - 2), m.index))) continue
    // A plate's format shown by example (「久留米 500 あ 12-34」のように, 例：…) is no one's car.
    if (AS_EXAMPLE_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8)) || AS_EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
    taken.push([m.index, m.index + m[0].length])
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/vehicle-plate', start: span.start, end: span.end, severity: 'block' })
  }
  for (const m of matchAllOf(PARTIAL_PLATE, t)) {
    const a = m.index + m[0].length - m[1]!.length
    const b = m.index + m[0].length
    if (taken.some(([x, y]) => x < b && a < y)) continue
    const s = sentenceSpan(t, m.index)
    const sentence = t.slice(s.start, s.end).replace(/ナンバー|車番|車両番号/gu, '')
    if (!VEHICLE.test(sentence) && !VEHICLE.test(t.slice(Math.max(0, s.start - 40), s.start))) continue
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/vehicle-plate', start: span.start, end: span.end, severity: 'block' })
  }
}
