/**
 * マイナンバー (個人番号): 12 digits whose last digit is the check digit (番号法施行令). A check
 * digit alone is weak evidence (about one random 12-digit string in ten passes), so the number
 * blocks with a keyword near it (マイナンバー, 個人番号, 通知カード …) or a person named in its
 * sentence (中村様の12桁の番号 …), and warns otherwise.
 *
 * Written forms: 4-4-4 with spaces, dots or hyphens, twelve digits in a row, one digit at a time
 * with spaces, full-width, kanji numerals (一二三四 五六七八 九〇一八).
 */
import type { Doc } from '../../doc'
import { countDigits, foldedWindow, namesPerson, numeralText, sentenceSpan, type Emit } from './context'

/** マイナンバー check digit (番号法施行令): weights 6,5,4,3,2,7,6,5,4,3,2 left to right. */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits)) return false
  const w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * w[i]!
  const r = sum % 11
  const check = r <= 1 ? 0 : 11 - r
  return check === Number(digits[11])
}

const MY_NUMBER_KEYWORDS = /まいなんばー|個人番号|共通番号|通知かーど|個人番号かーど|まいなかーど|my ?number/u
/** A My Number label right before the digits (the number is the label's value). */
const LABEL_BEFORE = /(?:マイナンバー|個人番号|ﾏｲﾅﾝﾊﾞｰ|まいなんばー)(?:カード)?(?:の番号)?(?:は|が)?[\s:：（）()]{0,3}$/u
/** Twelve digits as 4-4-4 (one separator kind), in a row, or one digit at a time. */
const MY_NUMBER_SHAPE = /(?<![\d.\-])(?:\d{4}([ .\-]?)\d{4}\1\d{4}|\d(?: \d){11})(?![\d]|[.\-]\d)/g

export function myNumbers(doc: Doc, emit: Emit): void {
  if (doc.digitCount < 12 && !/[〇零一二三四五六七八九]/.test(doc.norm.text)) return
  const t = numeralText(doc)
  if (countDigits(t) < 12) return
  MY_NUMBER_SHAPE.lastIndex = 0
  for (const m of t.matchAll(MY_NUMBER_SHAPE)) {
    const digits = m[0].replace(/\D/g, '')
    if (/^(\d)\1{11}$/.test(digits)) continue
    const a = m.index
    const b = a + m[0].length
    const span = doc.fromNorm(a, b)
    if (!isValidMyNumber(digits)) {
      // Labelled as a My Number in its own phrase (マイナンバー：1234 5678 9012), a mistyped or made-up one still warns.
      if (LABEL_BEFORE.test(t.slice(Math.max(0, a - 16), a))) {
        emit({ rule: 'personal-info/my-number', start: span.start, end: span.end, severity: 'warn', data: { how: 'マイナンバー（個人番号）として12桁の番号が書かれています' } })
      }
      continue
    }
    const keyword = MY_NUMBER_KEYWORDS.test(foldedWindow(doc, span, 300))
    const sentence = sentenceSpan(t, a)
    const person = !keyword && namesPerson(t.slice(sentence.start, sentence.end))
    emit({
      rule: 'personal-info/my-number',
      start: span.start,
      end: span.end,
      severity: keyword || person ? 'block' : 'warn',
      data: {
        how: keyword
          ? 'マイナンバー（個人番号）が含まれています'
          : person
            ? '個人の名前と一緒に、マイナンバー（個人番号）と同じ形式の12桁の番号（検査用数字も一致）が書かれています'
            : 'マイナンバー（個人番号）と同じ形式の12桁の番号です（検査用数字も一致）',
      },
    })
  }
}
