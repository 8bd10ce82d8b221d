/**
 * Dates, times and amounts left as masks (5(2): an unfilled template, masking/template, block): the readings `masks` (mask-runs.ts) uses to
 * tell a run inside a date or a time written in figures (2025/○○/○○, ○○:○○: figureSlots), with its units (○月○日, ●時●分, ○ねん○がつ:
 * dateChainSlots) or inside an amount (○,○○○円: amountSlots) — one shape of mask per slot. Stays clean: a run of mixed shapes, a date
 * with its figures. No finding is reported by this file. Part of the masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import { SHAPE } from './context'

/**
 * A date or a time written in figures with masks in the figures' places (○/○（○）, ●/●(●), 12/○○, □/□から, ○○:○○〜):
 * the day, the weekday or the hour was never filled in. A part is a run of one mask shape or digits; at least one is
 * masks, all masks one shape (○/× is a choice of marks, 1/10(○) 1/11(×) a table of vacancies: no masked figure there).
 * Minutes take two places (○○:○○, 10:○○), so a ratio of marks (○:×) is not a time.
 */
const FIG = '(?:[○〇◯●×✕✖*■□▲△〓]{1,4}|[0-9]{1,4})'
const FIGURE_SLOT = new RegExp(
  `(?<![0-9A-Za-z/.○〇◯●×✕✖*■□▲△〓])(?:${FIG}\\s?/\\s?${FIG}(?:\\s?/\\s?${FIG})?(?:\\s?[(（]\\s?(?:[○〇◯●×✕✖*■□▲△〓]|[月火水木金土日])\\s?[)）]|(?![0-9A-Za-z/○〇◯●×✕✖*■□▲△〓]))|${FIG}\\s?:\\s?(?:[○〇◯●×✕✖*■□▲△〓]{2}|[0-9]{2})(?![0-9A-Za-z/○〇◯●×✕✖*■□▲△〓]))`,
  'gu',
)

/** The mask runs inside dates and times written in figures (start offsets in `t`). */
export function figureSlots(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('/') && !t.includes(':')) return out
  FIGURE_SLOT.lastIndex = 0
  for (const m of matchAllOf(FIGURE_SLOT, t)) {
    const marks = m[0].replace(/[^○〇◯●×✕✖*■□▲△〓]/gu, '')
    // The figures themselves hold a mask (1/10(○), a vacancy mark after a filled date, does not).
    if (!/[○〇◯●×✕✖*■□▲△〓]/u.test(m[0].replace(/[(（][^)）]*[)）]$/u, '')) || new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(/[○〇◯●×✕✖*■□▲△〓]+/gu)) out.add(m.index + r.index)
  }
  return out
}

/**
 * Round 59 (blind R59A-015, R59A-044): a date or a time written with its units (年・月・日・時・分, or in やさしい日本語 ねん・がつ・にち・じ・ふん)
 * whose figures are left as masks, with the weekday after it left as a mask too: 12月■日（■）, ○がつ○にち（○）, 令和■年, ■時〜■時,
 * ごご ○じ ○ふん. Two figure-and-unit pairs at least (or an era, 午前/ごご, before one), so a bullet before a label (■日時, ○日程) is none;
 * a figure holds a mask (10日（○） 11日（×）, a table of vacancies, does not) and all masks are one shape (○/× is a choice of marks).
 * (A hiragana unit with one figure, ○がついた欄 or ○じゃなくて, is no date: it takes two pairs.)
 * ■ and ◆, too often bullets to stand alone before a unit, are a value here: no bullet sits between a month and its day.
 */
const DM = '[○〇◯●×✕✖*■□▲△◆◇〓]'
const DFIG = `(?:${DM}{1,4}|[0-9]{1,4})`
const DUNIT = '(?:年|月|日|時|分|ねん|がつ|にち|じ|ふん|ぷん)'
/**
 * Blind R67A-034: a space inside a date, never a line break: a time closing one line (9時〜16時) and a bullet opening the next (■分別：可燃・
 * 不燃, ■日程：…, ●月曜日は休館) are no one date, so the bullet is no masked figure.
 */
const SP = '[^\\S\\n]?'
const DATE_CHAIN = new RegExp(
  `(?<![0-9${DM.slice(1, -1)}])((?:令和|平成|午前|午後|ごぜん|ごご)${SP})?${DFIG}${SP}${DUNIT}(?:${SP}[〜~～-]?${SP}${DFIG}${SP}${DUNIT}){0,3}(?:${SP}[（(]${SP}(?:${DM}{1,2}|[月火水木金土日])${SP}(?:曜日?|ようび)?${SP}[)）])?`,
  'gu',
)
const DATE_PAIR = new RegExp(`${DFIG}${SP}${DUNIT}`, 'gu')
const DATE_MASK = new RegExp(DM, 'u')
const DATE_MASK_RUN = new RegExp(`${DM}+`, 'gu')
const NOT_DATE_MASK = new RegExp(`[^${DM.slice(1, -1)}]`, 'gu')

/**
 * Blind R105A-102: an amount or a count left as masks in digit groups (交付額 ●●●,●●● 円, ●,●●●円, 計 ○○○,○○○ 円), or a run set apart by a
 * space from its counter (補助額 ●●● 円, 定員 ○○ 名): the figure of a notice never filled in, as ●●円 is. A counter that ends its word
 * only (■■■ 人事異動 ■■■, ● 円滑な運営 are a heading and a bullet); one group of masks at least, all masks one shape.
 */
const AMOUNT_SLOT = new RegExp(
  `(?<![0-9${DM.slice(1, -1)}])(?:${DM}{1,4}|[0-9]{1,3})(?:[,，](?:${DM}{3}|[0-9]{3})){0,3}[^\\S\\n]?(?:万|千|億)?(?:円|名|人|件|世帯|個|枚|台|本|回|歳|才|点|冊|部|戸|棟|区画|%|％)(?![\\p{Script=Han}\\p{Script=Katakana}])`,
  'gu',
)
/** The mask runs inside such amounts (start offsets in `t`). */
export function amountSlots(t: string): Set<number> {
  const out = new Set<number>()
  AMOUNT_SLOT.lastIndex = 0
  for (const m of matchAllOf(AMOUNT_SLOT, t)) {
    const marks = m[0].replace(NOT_DATE_MASK, '')
    // Grouped by a comma, or spaced from the counter (●●円, no space, no comma, is UNIT's already); two masks at least.
    if (marks.length < 2 || !/[,，]|[^\S\n](?:万|千|億)?[^\s0-9,，]+$/u.test(m[0])) continue
    if (new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(DATE_MASK_RUN)) out.add(m.index + r.index)
  }
  return out
}
/** The mask runs inside dates and times written with their units (start offsets in `t`). */
export function dateChainSlots(t: string): Set<number> {
  const out = new Set<number>()
  DATE_CHAIN.lastIndex = 0
  for (const m of matchAllOf(DATE_CHAIN, t)) {
    const weekday = /[（(][^)）]*[)）]$/u.exec(m[0])
    const figures = weekday ? m[0].slice(0, weekday.index) : m[0]
    const pairs = [...figures.matchAll(DATE_PAIR)]
    if (pairs.length < 2 && !m[1]) continue
    if (!pairs.some((p) => DATE_MASK.test(p[0]))) continue
    const marks = m[0].replace(NOT_DATE_MASK, '')
    if (new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(DATE_MASK_RUN)) out.add(m.index + r.index)
  }
  return out
}
