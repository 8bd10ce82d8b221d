/**
 * Blind R388M-059 kind: a driving licence named, and its number given later under its own label (運転免許証の落とし物が
 * ありました…大坪 美咲さん、番号は 三〇一二 四五六七 八九〇一 のものです): twelve digits in any numeral system and grouping, the holder's
 * licence. Block (identifiers.ts reads a number right after the card's name; this reads one labelled 番号 further on).
 */
import type { Doc } from '../../doc'
import { numeralCount, numeralText, withoutUrls, type Emit } from './context'

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

// ---------- a licence's number as its serial ----------

/** Twelve digits as a serial: 第920411557380号, 第 9204-1155-7380 号. */
const SERIAL_TWELVE = /第[ 　]?((?:[0-9][ \-]?){11}[0-9])[ 　]?号/u

/**
 * Blind R423Y-045 kind (licenceSerial): a driving licence named, and within the next lines a number of twelve digits written as a serial (番号
 * 第９２０４…号, 第…号の免許証), full-width or not (the norm view reads full-width digits as ASCII). licenceNumberFar (above) reads a number labelled
 * 番号 with no 第; identifiers.ts one right after the card's name. Not a count of licences or a serial of another length (第3号).
 */
export function licenceSerial(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!t.includes('第')) return
  const card = LICENCE.exec(t)
  if (!card) return
  const near = t.slice(Math.max(0, card.index - 60), card.index + 160)
  const m = SERIAL_TWELVE.exec(near)
  if (!m) return
  const a = Math.max(0, card.index - 60) + m.index + m[0].indexOf(m[1]!)
  reportSerial(doc, a, a + m[1]!.length, 'personal-info/drivers-licence', { label: '運転免許証番号' }, emit)
}

function reportSerial(doc: Doc, start: number, end: number, rule: string, data: Record<string, string>, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule, clause: '4(4)', start: span.start, end: span.end, severity: 'block', data })
}
