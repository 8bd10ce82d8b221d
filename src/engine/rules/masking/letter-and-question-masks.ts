/**
 * Placeholders written with the letter X or with question marks (5(2): an unfilled template, masking/template, block): XX月XX日, ＸＸ時,
 * X月X日, 午前 Ｘ Ｘ 時 spaced out (XSPACED), a figure with X for its digits (寄附額はXX,000円から, XX.X℃, ¥X,XXX, XXg: XFIGURE, xFigures),
 * XX県 or XX市 in a template (OTHER_X_SLOT), a product's origin left as XX (XX産うなぎ) and ??時??分 (QMASK: questionMasks); an XX standing
 * for a person is 伏せ字 (masking/fuseji, warn). Stays clean: sizes and words with X (XXL, X線), an X run among other Latin letters
 * (countXRuns), a figure shown as an example. Part of the masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import {
  MEASURE, UNIT, ERA_BEFORE, PERSON_AFTER, VENUE_AFTER, FIELD_BEFORE, lineStartNear, ANNOUNCED_ROLE, PRODUCT_AFTER, XFIGURE_UNIT_AFTER,
} from './context'
import { emitTemplate, emitFuseji } from './findings'

/** Placeholders written with the letter X: XX月XX日, ＸＸ時. */
const XMASK = /(?<![A-Za-z0-9])([Xx]{1,4})(?![A-Za-z])|(?<![A-Za-z0-9])[Xx]{5,40}(?![A-Za-z])|(?<=[0-9])([Xx]{2,3})(?![A-Za-z])(?=年|月|日|時|分|円)/g
/** A slot left as XX that is not a person (XX県, XX市, XX月): the post is a template with blanks. */
const OTHER_X_SLOT = /[Xx]{2,}(?:県|市|町|村|区|都|府|国|月|日|円|時|名|様方|地区|小学校|中学校)/u
/** How many runs of two or more X stand apart from other Latin letters in `t` (at most 3 counted). */
function countXRuns(t: string): number {
  let n = 0
  for (const m of t.matchAll(/(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z])/gu)) if (++n >= 3) break
  return n
}
/**
 * Round 55: X letters spaced apart, or spaced from their unit (午前 Ｘ Ｘ 時 Ｘ Ｘ 分, x x 月 x x 日, ＸＸ 時): a value left as XX and
 * spread out (so a closer look is needed to see it), before a counter of time, date, money or people. Two letters at least: a lone X
 * before a space is the service (公式 X で 毎日 配信).
 */
const XSPACED = /(?<![A-Za-z0-9])[Xx](?: ?[Xx]){1,3} ?(?![A-Za-z])(?=(?:時|分|秒|日(?![々本替])|月(?![曜額])|年|円|人|名|歳|才|%|℃)(?![A-Za-z]))/g
/**
 * Blind R160I-005 kind: a figure written with X for its digits, the number's shape kept (寄附額はXX,000円から, 料金 ¥X,XXX, 来場者1X,000人,
 * 最高気温XX.X℃, 体重XX.Xkg), or a run of X before a unit of measure in Latin letters (内容量XXg×2尾, 全長XX cm, XXml): the amount or the
 * quantity never filled in. Digit groups (a comma every three) or a decimal point make it a number, and a counter or a unit follows it (or
 * ¥ opens it); two X at least, or an X among digits (a lone X heading digits may be the service, 公式X,100人, unless an amount's label
 * is right before it: 参加費X,000円). Sizes (XL, XXL, XXS) end in no unit of measure; Xmas, X線 and XXL are words. A product's listing
 * quoted as news keeps its blank (「…蒲焼き XXg×2尾」が新しく加わりました: QUOTED_ITEM_ARRIVES_AFTER).
 */
const XFIGURE = /(?<![A-Za-z0-9.,])(¥\s?)?([0-9Xx]{1,3}(?:,[0-9Xx]{3}){1,3}(?:\.[0-9Xx]{1,2})?|[0-9Xx]{1,3}\.[0-9Xx]{1,2}|[Xx]{2,4}(?=\s?(?:kg|mg|g|ml|mL|cc|cm|mm|km|m|kcal|kWh|ha)(?![A-Za-z])))(?![0-9Xx,.])/g
/** An amount's label right before its figure: 参加費, 寄附額, 料金：, 価格. */
const AMOUNT_LABEL_BEFORE = /(?:費|額|料|代|価格?|金|賃|[:：])\s?$/u
/** The X figures of `t` as [start, end, unit]. */
function xFigures(t: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = []
  XFIGURE.lastIndex = 0
  for (const m of matchAllOf(XFIGURE, t)) {
    const fig = m[2]!
    const xs = fig.replace(/[^Xx]/gu, '').length
    if (xs === 0) continue
    const a = m.index + m[0].length - fig.length
    const b = a + fig.length
    const unit = XFIGURE_UNIT_AFTER.exec(t.slice(b, b + 8))
    if (!unit && !m[1]) continue
    // One X: after a digit (1X,000), or heading an amount after its label (参加費X,000円, 料金：X,000円); 公式X,100人 is the service.
    if (xs < 2 && !m[1] && !/[0-9][,.]?[Xx]/u.test(fig) && !AMOUNT_LABEL_BEFORE.test(t.slice(Math.max(0, a - 4), a))) continue
    out.push([a, b, unit ? unit[0].trim() : '円'])
  }
  return out
}
/** XX月XX日, ＸＸ時, X月X日 (`run` calls it only on a paragraph with an X or an x). */
export function xMasks(t: string, doc: RuleInput['doc'], emit: Emit): void {
  const spaced: Array<[number, number]> = []
  // Blind R160I-005: XX,000円, XX.X℃, XXg: a figure whose digits are left as X.
  for (const [a, b, unit] of xFigures(t)) {
    emitTemplate(t, a, b, unit, doc, emit)
    spaced.push([a, b])
  }
  XSPACED.lastIndex = 0
  for (const m of matchAllOf(XSPACED, t)) {
    // XX時 with no space is read below, like any other run.
    if (!m[0].includes(' ')) continue
    const run = m[0].trimEnd()
    emitTemplate(t, m.index, m.index + run.length, t.slice(m.index + m[0].length, m.index + m[0].length + 4).match(UNIT)?.[0] ?? '', doc, emit)
    spaced.push([m.index, m.index + run.length])
  }
  XMASK.lastIndex = 0
  for (const m of matchAllOf(XMASK, t)) {
    if (spaced.some(([s, e]) => m.index >= s && m.index < e)) continue
    const a = m.index
    const b = a + m[0].length
    const rest = t.slice(b, b + 4)
    const era = ERA_BEFORE.test(t.slice(Math.max(0, a - 2), a))
    // 締切：XX/XX: the whole value of a field.
    const field = m[0].length >= 2 && FIELD_BEFORE.test(t.slice(lineStartNear(t, a, 12), a)) && /^(?:[\/:：\-.~\s、。)）]|$)/u.test(rest)
    // 内線XXX, 電話：XXXX; 【申込先】XXXX課: an extension or a desk left blank in a labelled line.
    // …or a number whose groups are left as X (0944-XX-XXXX): the phone number was never filled in.
    // Blind R236I-012 kind: a group half typed and half X before it (0944-7X-XXXX) is the same number left unfilled.
    const numberLabel = /(?:内線|電話|TEL|FAX|番号|No\.?)[:：]?\s?$/iu.test(t.slice(Math.max(0, a - 6), a)) || /(?:^|[^0-9])[0-9]{2,5}-(?:[0-9]{0,3}[Xx]{1,4}-)?$/u.test(t.slice(Math.max(0, a - 10), a))
    const desk = m[0].length >= 2 && /^(?:課|係|室|局|事務所|事務局|窓口)/u.test(rest) && /(?:【[^】\n]{1,8}】|[:：])\s?$/u.test(t.slice(lineStartNear(t, a, 16), a))
    // 最高気温はＸＸ℃, 降水確率XX%: a measurement left as XX.
    const measure = m[0].length >= 2 && !era && MEASURE.test(rest) && !/^(?:線|型)/u.test(rest)
    // 市道XX線, 県道ＸＸ号: a road's number left blank; 迂回路として XX をご利用ください with another XX in the post: a noun slot.
    const road = m[0].length >= 2 && /(?:市道|県道|国道|町道|村道|林道|農道|路線|バス)\s?$/u.test(t.slice(Math.max(0, a - 3), a)) && /^(?:線|号)/u.test(rest)
    const slot = m[0].length >= 2 && /^\s?(?:を|に|へ|で|から|まで|として|との)(?![a-z])/u.test(rest) && !/[A-Za-z]/u.test(t[a - 1] ?? '') && countXRuns(t) >= 2
    if (road || slot) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    if (m[0].length >= 2 && (numberLabel || desk || measure)) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // 新しい会場はXXXXです, 講師はXXXさん…: a blank in an announcement's who-and-where, before a copula, a particle or the end.
    const announced = m[0].length >= 3 && ANNOUNCED_ROLE.test(t.slice(Math.max(lineStartNear(t, a, 40), a - 40), a)) && /^(?:です|でした|とな|に変更|へ変更|で(?:開催|行|実施)|まで|から|[。、\s]|$)/u.test(rest)
    if (announced) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // XXXさん, XX公民館: letters standing for a name or a venue (a person: 伏せ字; a venue: a blank).
    if (m[0].length >= 2 && !UNIT.test(rest) && !era && !field) {
      const r = t.slice(b, b + 13)
      // XX様 with other slots left as XX in the post (XX県からのご支援): a letter's blanks, not a name held back.
      if (PERSON_AFTER.test(r) && OTHER_X_SLOT.test(t)) emitTemplate(t, a, b, '', doc, emit)
      else if (PERSON_AFTER.test(r)) emitFuseji(t, a, b, '伏せ字', '人物の特定や', doc, emit)
      else if (VENUE_AFTER.test(r)) emitTemplate(t, a, b, '', doc, emit)
      // Blind R167I-103 kind: XX産うなぎ, XXセット: what names a product left as XX (its origin, its pack).
      else if (PRODUCT_AFTER.test(r)) emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    if (!UNIT.test(rest) && !era && !field) continue
    if (/^(?:線|型|軸|JAPAN|ゲーム)/u.test(rest)) continue
    const another = /[Xx○〇●△□]/.test(t.slice(b + 1, b + 4)) || /[Xx○〇●△□][月日時年]/.test(t.slice(Math.max(0, a - 4), a))
    if (m[0].length < 2 && !era && !another) continue
    emitTemplate(t, a, b, rest.match(UNIT)?.[0] ?? '', doc, emit)
  }
}

/** ??時??分: question marks standing for a value before a unit. */
const QMASK = /(?<![0-9?])\?{2,4}(?=時|分|日|月|円|名|人|回|年|歳)/g

export function questionMasks(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('??')) return
  QMASK.lastIndex = 0
  for (const m of matchAllOf(QMASK, t)) {
    const b = m.index + m[0].length
    emitTemplate(t, m.index, b, t.slice(b, b + 4).match(UNIT)?.[0] ?? '', doc, emit)
  }
}
