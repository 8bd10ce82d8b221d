/**
 * An account's handle or a link left as a placeholder (5(2): an unfilled template, masking/template, block): a handle after its @ that is
 * a run of X, of masks or a bracket (なりすまし（@XXXXXXXX）, @【公式ID】, @○○○○: handleSlots; partly masked, @yanagawa○○○: 伏せ字, warn) and
 * a URL whose page, folder or host is a run of X or stars (https://www.city…/xxxxxx.html, https://xxxx.jp/, a bare https:// : urlSlots).
 * Stays clean: an address (info@xxxx), a real handle with X in it (@xx_yanagawa), a single X, a handle's shape shown as an example
 * (@○○○のような), a fake address shown as a warning (「https://xxxx.com」のような偽サイト). Part of the masking family (index.ts runs the
 * detectors in their order).
 */
import { matchAllOf } from '../../regex'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import { MASK, lineStartNear } from './context'
import { QUOTE_AS_WAY_AFTER, exampleAround } from './explained-examples'
import { emitTemplate } from './findings'

/**
 * Blind R167I-028 kind: an account's handle left as a placeholder after its @ (なりすまし（@XXXXXXXX）, 公式アカウントは@【公式ID】です,
 * @○○○○, @［アカウント名］): a handle is letters, digits and _ only, so a run of X alone, of masks or a bracket after the @ is a blank
 * never filled in (block), whatever the bracket holds (underscores, @＿＿＿＿, are `blanks`'). Not an address (info@xxxx: a letter before
 * the @), not a real handle with X in it (@xx_yanagawa, @XXL_shop: the run goes on into other letters), not a single X (@X).
 */
const HANDLE_SLOT = new RegExp(
  `(?<![A-Za-z0-9._%+\\-])@\\s?(?:[Xx]{2,15}(?![A-Za-z0-9_])|[${MASK}]{2,15}|[\\[［〔【<＜《][^\\[\\]［］〔〕【】<>＜＞《》\\n@]{1,20}[\\]］〕】>＞》])`,
  'gu',
)
export function handleSlots(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('@')) return
  HANDLE_SLOT.lastIndex = 0
  for (const m of matchAllOf(HANDLE_SLOT, t)) {
    const a = m.index
    const b = a + m[0].length
    emitTemplate(t, a, b, '', doc, emit, false, handleNamedInBrackets(t, a, b))
  }
  HANDLE_PART_MASKED.lastIndex = 0
  for (const m of matchAllOf(HANDLE_PART_MASKED, t)) {
    const a = m.index
    const b = a + m[0].length
    const { start, end } = doc.fromNorm(a, b)
    if (exampleAround(t, a, b) || HANDLE_AS_EXAMPLE_AFTER.test(t.slice(b, b + 16))) emit({ rule: 'masking/example', start, end })
    else emit({ rule: 'masking/fuseji', start, end, data: { what: '一部を伏せ字にしたアカウント名', risk: 'どのアカウントのことか分からず、' } })
  }
}

/**
 * Blind R265G-029 kind (mlink11): an account's handle written in part and masked for the rest (「柳川市公式」を名乗る @yanagawa_○○○○ という
 * アカウントが確認されています, 偽アカウント（@yana＊＊＊＊_city）にご注意ください, @city_●●●● をフォローしないで): the warning is about one real
 * account, and with its handle cut readers cannot tell which to avoid, or guess at others whose names begin the same (warn). Handle letters
 * first, then two masks at least (a handle that opens with masks is HANDLE_SLOT's blank); not an address (info@…: a letter before the @).
 * Shown as the shape such names take (@yanagawa_○○○○ のような, など, 例：) it is an example.
 */
const HANDLE_PART_MASKED = new RegExp(`(?<![A-Za-z0-9._%+\\-])@\\s?[A-Za-z0-9_]{1,20}[${MASK}]{2,15}[A-Za-z0-9_]{0,20}`, 'gu')
/** After a partly masked handle: the shape names take, not the account (のような, みたいな, など, といった, に似た, と入力). */
const HANDLE_AS_EXAMPLE_AFTER = /^\s?[」』"]?\s?(?:のよう|のよな|みたい|など|等|といった|なんて|に似た|風の|と(?:入力|記入|書))/u

/**
 * Blind R249C-018 kind (unofmask7): the handle left as a placeholder in its own brackets, where the post names the account it warns of or
 * points to (公式アカウントを装った「@〇〇〇〇」にご注意ください, 新しい公式アカウントは『@XXXX』です): the brackets hold the account's
 * name, not an example of how to write one, so the blank is a template's as it is without them. Said to be a way of writing (「@〇〇〇〇」
 * のような, など, と入力), explained, under an example's label or heading, it stays an example.
 */
function handleNamedInBrackets(t: string, a: number, b: number): boolean {
  const open = t[a - 1]
  const close = t[b]
  if (!((open === '「' && close === '」') || (open === '『' && close === '』'))) return false
  return !QUOTE_AS_WAY_AFTER.test(t.slice(b + 1, b + 25)) && !exampleAround(t, a, b)
}
/**
 * Blind R234M-066 kind: a link whose page, folder or host is left as a placeholder run (https://www.city…/bousai/xxxxxx.html, …?id=XXXX,
 * https://xxxx.jp/): the address was never filled in and leads nowhere (block, as a blank date does). Three X at least, standing alone
 * between the URL's separators (/box/, /taxi/ and /xxx-fes/ are words). A fake address shown as a warning (「https://xxxx.com」のような偽サイト,
 * 不審なURL) is an example.
 */
const URL_TOKEN = /(?:https?:\/\/|www\.)[A-Za-z0-9._~:\/?#@!$&'*+,;=%\-]{1,200}/gu
const URL_X_SEGMENT = /(?<=[\/=.])(?:[Xx]{3,16}|\*{3,16})(?=[.\/?#&]|$)/u
const URL_WARNING = /のような|などの|といった|偽|にせ|ニセ|不審|詐欺|フィッシング|なりすまし|架空|迷惑/u
/**
 * Blind R261D-020 kind: a link field holding the scheme alone (受付フォーム：https://（※公開時に差し替え）, 申込はこちら→https://): the address
 * was never pasted in. Shown as how an address begins (「https://」で始まる, https://から始まる) it is a mention.
 */
const BARE_SCHEME = /https?:\/\/(?![A-Za-z0-9\[])/gu
const SCHEME_MENTION = /^[」』"]|^(?:で|から)(?:始ま|はじま)|^(?:の|を|は)(?:後|あと|部分|つ|付)/u
export function urlSlots(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('://') && !t.includes('www.')) return
  BARE_SCHEME.lastIndex = 0
  for (const m of matchAllOf(BARE_SCHEME, t)) {
    const b = m.index + m[0].length
    if (/[「『"]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || SCHEME_MENTION.test(t.slice(b, b + 6))) continue
    emitTemplate(t, m.index, b, '', doc, emit)
  }
  URL_TOKEN.lastIndex = 0
  for (const m of matchAllOf(URL_TOKEN, t)) {
    const x = URL_X_SEGMENT.exec(m[0])
    if (!x) continue
    const line = t.slice(lineStartNear(t, m.index, 80), Math.min(t.length, m.index + m[0].length + 16))
    if (URL_WARNING.test(line)) continue
    emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit)
  }
}
