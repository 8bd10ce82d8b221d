/**
 * A car's number plate: 久留米 501 さ 21-87, 福岡300あ1234, ナンバー「・・87」の白い軽トラ. A plate names
 * the car's keeper to anyone who asks the registry, and with where and when the car is seen
 * (毎週火曜の朝6時ごろ) it singles out a person: block. A plate with only its last digits is
 * reported when a vehicle is named in the same sentence.
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

export function vehiclePlates(doc: Doc, emit: Emit): void {
  if (doc.digitCount < 2) return
  const t = withoutUrls(doc, doc.norm.text)
  const taken: Array<[number, number]> = []
  for (const m of matchAllOf(FULL_PLATE, t)) {
    const s = sentenceSpan(t, m.index)
    // A full plate reads as one in a sentence about a vehicle (or written alone in a bracket).
    if (!VEHICLE.test(t.slice(s.start, s.end)) && !/[(（]\s?$/u.test(t.slice(Math.max(0, m.index - 2), m.index))) continue
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
