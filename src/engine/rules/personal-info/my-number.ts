/**
 * マイナンバー (個人番号): 12 digits whose last digit is the check digit (番号法施行令). A check
 * digit alone is weak evidence (about one random 12-digit string in ten passes), so the number
 * blocks with a keyword near it (マイナンバー, 個人番号, 通知カード …) or a person named in its
 * sentence (中村様の12桁の番号 …), and warns otherwise.
 *
 * Written forms: 4-4-4 with spaces, dots or hyphens, twelve digits in a row, one digit at a time
 * with spaces, full-width, kanji numerals (一二三四 五六七八 九〇一八).
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { countDigits, foldedWindow, isExampleValue, namesPerson, numeralCount, numeralText, sentenceSpan, type Emit } from './context'
import { saysRealEntries } from './real-sample'

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
/** The same keywords in the norm view (cheap: the folded view is built only when a number is found). */
const MY_NUMBER_IN_NORM = /マイナンバー|ﾏｲﾅﾝﾊﾞｰ|まいなんばー|個人番号|共通番号|通知カード|マイナカード|my ?number/iu
/** A My Number label right before the digits (the number is the label's value). */
const LABEL_BEFORE = /(?:マイナンバー|個人番号|ﾏｲﾅﾝﾊﾞｰ|まいなんばー)(?:カード)?(?:の番号)?(?:は|が)?[\s:：（）()]{0,3}$/u
/**
 * Twelve digits as 4-4-4 (spaces, dots, hyphens, slashes or ・ between the groups, up to three
 * characters: 4821 - 6630 - 1957), in a row, or one digit at a time.
 */
const MY_NUMBER_SHAPE = /(?<![\d.\-])(?:\d{4}[ .\-/・]{0,3}\d{4}[ .\-/・]{0,3}\d{4}|\d(?: \d){11})(?![\d]|[.\-]\d)/g
/**
 * The number is said to be a card's or someone's twelve-digit number (カードの12桁の番号, 落とし物の
 * カード, 持ち主): a check-digit-valid twelve digits there is a My Number (no other card has 12).
 */
const CARD_NUMBER = /(?:12|十二|１２)桁|かーど(?:の|に(?:書|記載)[^。\n]{0,6})番号|(?:落とし物|忘れ物|落とし主|持ち主|拾得物?)[^。\n]{0,30}かーど|かーど[^。\n]{0,30}(?:落とし物|忘れ物|落とし主|持ち主)/u

/** A made-up number: one digit climbing or falling (1234 5678 9012), or one group repeated. */
function isDummy(d: string): boolean {
  let up = true
  let down = true
  for (let i = 1; i < d.length; i++) {
    if ((Number(d[i - 1]) + 1) % 10 !== Number(d[i])) up = false
    if ((Number(d[i - 1]) + 9) % 10 !== Number(d[i])) down = false
  }
  return up || down || /^(\d{4})\1\1$/.test(d) || /^(\d{2})\1{5}$/.test(d) || /^0+$|^[0-9]0{11}$/.test(d) || /^(\d)\1{3}(\d)\2{3}(\d)\3{3}$/.test(d)
}

/**
 * Round 64 (blind R64A-018): a note right after the number saying it is made up (（説明用の架空の番号です）, ※架空の番号やけん, (ダミー),
 * （実在しない番号）), not denied (架空の番号ではありません).
 */
const FICTITIOUS_NOTE =
  /^\s?[（(※*＊]?\s?[^。！？!?\n（）()]{0,12}?(?:架空|ダミー|実在しない|存在しない|説明用|例示用|見本)(?![^。！？!?\n（）()]{0,12}?(?:では|じゃ|や)(?:あり|な)|[^。！？!?\n（）()]{0,12}?ではなく)/u

/**
 * Whether twelve digits are shown as a made-up example, not anyone's number (a mention): declared made up in a note right after
 * them, or a dummy run (1234 5678 9012, 1111 2222 3333) shown as an example (記入例：…, 例：…, …のように). A number that could be
 * real, its check digit right and its digits no dummy, is not cleared by being called an example (a real one used as the sample).
 */
function isMadeUpExample(t: string, a: number, b: number, digits: string): boolean {
  const dummy = isDummy(digits)
  if (isValidMyNumber(digits) && !dummy) return false
  return FICTITIOUS_NOTE.test(t.slice(b, b + 30)) || (dummy && isExampleValue(t, a, b))
}

/**
 * Three groups of four digits parted by words (上4桁は3907、次が2284、最後は5516): only read when
 * the paragraph says My Number. The gaps are short and hold no other digits (but 4桁); a group
 * followed by a unit (2025年, 1200件) is a quantity, not part of a number.
 */
const SPLIT_SHAPE =
  /(?<!\d)\d{4}(?![\d年件名人円%時分日月枚回歳個冊台万億])(?:[^\d\n。]|\d桁){1,14}?(?<!\d)\d{4}(?![\d年件名人円%時分日月枚回歳個冊台万億])(?:[^\d\n。]|\d桁){1,14}?(?<!\d)\d{4}(?![\d年件名人円%時分日月枚回歳個冊台万億])/g

const FOUR = /(?<![0-9])[0-9]{4}(?![0-9])|[〇零一二三四五六七八九]{4}/g

/**
 * What a paragraph tells the post about My Numbers: the check-digit-valid twelve digits it holds
 * with nothing in the paragraph saying what they are (`weak`, paragraph offsets), and whether it
 * says a card's or someone's twelve-digit number is given (`context`). The post judges the weak
 * ones by their neighbours: カードの12桁の番号を載せておきます。⏎⏎4820．1593．7623 blocks.
 */
export interface MyNumberFacts {
  weak: Array<{ start: number; end: number }>
  context: boolean
}

/** Whether the paragraph says a My Number or a card's twelve-digit number is given (for its neighbours' numbers). */
function saysMyNumber(doc: Doc): boolean {
  const t = doc.norm.text
  if (!MY_NUMBER_IN_NORM.test(t) && !/桁|カード|ｶｰﾄﾞ/u.test(t)) return false
  const f = doc.folded.text
  return MY_NUMBER_KEYWORDS.test(f) || CARD_NUMBER.test(f)
}

export function myNumbers(doc: Doc, emit: Emit): MyNumberFacts {
  const facts: MyNumberFacts = { weak: [], context: false }
  facts.context = saysMyNumber(doc)
  if (numeralCount(doc) < 12) return facts
  const t = numeralText(doc)
  if (countDigits(t) < 12) return facts
  let found = false
  const emitFound: Emit = (f) => {
    found = true
    emit(f)
  }
  shaped(doc, t, emitFound, facts)
  if (found || !MY_NUMBER_IN_NORM.test(t)) return facts
  // Three groups of four are needed before building the kanji-numeral view for them.
  let groups = 0
  FOUR.lastIndex = 0
  while (groups < 3 && FOUR.exec(t)) groups++
  if (groups < 3) return facts
  const t4 = numeralText(doc, 4)
  for (const m of matchAllOf(SPLIT_SHAPE, t4)) {
    const digits = m[0].replace(/\d桁/g, '').replace(/\D/g, '')
    if (digits.length !== 12 || /^(\d)\1{11}$/.test(digits)) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    if (!MY_NUMBER_KEYWORDS.test(foldedWindow(doc, span, 80))) continue
    const weak = isDummy(digits) || (isExampleValue(t4, m.index, m.index + m[0].length) && !saysRealEntries(t4))
    emit({
      rule: 'personal-info/my-number',
      start: span.start,
      end: span.end,
      severity: weak ? 'warn' : 'block',
      data: { how: 'マイナンバー（個人番号）が区切って書かれています' },
    })
  }
  return facts
}

/** A four-digit group right before or after the match, with a separator between (a list: 2004 2011 2016 2023). */
const FOUR_BEFORE = /(?<![\d.\-])\d{4}[ .\-/・]{1,3}$/
const FOUR_AFTER = /^[ .\-/・]{1,3}\d{4}(?![\d]|[.\-]\d)/
function inListOfFours(t: string, a: number, b: number): boolean {
  return FOUR_BEFORE.test(t.slice(Math.max(0, a - 8), a)) || FOUR_AFTER.test(t.slice(b, b + 8))
}

function shaped(doc: Doc, t: string, emit: Emit, facts: MyNumberFacts): void {
  MY_NUMBER_SHAPE.lastIndex = 0
  for (const m of matchAllOf(MY_NUMBER_SHAPE, t)) {
    const digits = m[0].replace(/\D/g, '')
    if (/^(\d)\1{11}$/.test(digits)) continue
    const a = m.index
    const b = a + m[0].length
    const span = doc.fromNorm(a, b)
    if (!isValidMyNumber(digits)) {
      // Said to be a My Number (マイナンバー：…, 個人番号は…です, マイナンバーカードの落とし物…番号は…): the
      // writer publishes it as one, whatever its check digit (the reader cannot tell a typo from the
      // real number). A made-up one (1234 5678 9012) or an example (例：…) is a warning.
      const labelled = LABEL_BEFORE.test(t.slice(Math.max(0, a - 16), a))
      const said = labelled || MY_NUMBER_KEYWORDS.test(foldedWindow(doc, span, 80))
      if (said && isMadeUpExample(t, a, b, digits)) {
        emit({ rule: 'personal-info/my-number', start: span.start, end: span.end, mention: true, data: { how: '記入例として示された架空の12桁の番号です' } })
      } else if (said) {
        // Blind R410K-021 kind: a sample the post says holds a real person's entries is no example (real-sample.ts).
        const weak = isDummy(digits) || (isExampleValue(t, a, b) && !saysRealEntries(t))
        emit({
          rule: 'personal-info/my-number',
          start: span.start,
          end: span.end,
          severity: weak ? 'warn' : 'block',
          data: { how: 'マイナンバー（個人番号）として12桁の番号が書かれています' },
        })
      }
      continue
    }
    const keyword = MY_NUMBER_KEYWORDS.test(foldedWindow(doc, span, 300)) || CARD_NUMBER.test(foldedWindow(doc, span, 120))
    if (isMadeUpExample(t, a, b, digits)) {
      emit({ rule: 'personal-info/my-number', start: span.start, end: span.end, mention: true, data: { how: '記入例として示された架空の12桁の番号です' } })
      continue
    }
    // Three groups out of a longer run of four-digit numbers (受験番号 2004　2011　2016　2023　2030): a list of numbers, not one
    // twelve-digit number, unless the post says My Number.
    if (!keyword && inListOfFours(t, a, b)) continue
    const sentence = sentenceSpan(t, a)
    const person = !keyword && namesPerson(t.slice(sentence.start, sentence.end))
    // Nothing here says what it is: the post decides from the paragraphs around it (MyNumberFacts).
    if (!keyword && !person) {
      facts.weak.push(span)
      continue
    }
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
