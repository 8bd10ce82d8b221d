/**
 * Blind R388M-059 kind: a driving licence named, and its number given later under its own label (運転免許証の落とし物が
 * ありました…大坪 美咲さん、番号は 三〇一二 四五六七 八九〇一 のものです): twelve digits in any numeral system and grouping, the holder's
 * licence. Block (identifiers.ts reads a number right after the card's name; this reads one labelled 番号 further on).
 */
import type { Doc } from '../../doc'
import { numeralCount, numeralText, type Emit } from './context'

const LICENCE = /運転免許証?|免許証/u
const LABELLED_TWELVE = /番号[ 　]?(?:は|[:：])?[ 　]?((?:[0-9][ 　\-]?){11}[0-9])(?![0-9])/u

export function licenceNumberFar(doc: Doc, emit: Emit): void {
  if (numeralCount(doc) < 12) return
  const t = numeralText(doc)
  const card = LICENCE.exec(t)
  if (!card) return
  const after = t.slice(card.index, card.index + 120)
  const m = LABELLED_TWELVE.exec(after)
  if (!m || after.slice(0, m.index).includes('\n\n')) return
  const a = card.index + m.index + m[0].length - m[1]!.length
  const span = doc.fromNorm(a, a + m[1]!.length)
  emit({ rule: 'personal-info/drivers-licence', start: span.start, end: span.end, severity: 'block', data: { label: '運転免許証番号' } })
}
