/**
 * masking — 5(2): 伏せ字を使用しない.
 * Three cases, told apart by what surrounds the mask characters:
 * - an unfilled template: a mask run before a unit or counter (○時○分, 令和○年, ××円, 〇〇地区):
 *   block, because posting it publishes wrong information;
 * - 伏せ字: ○○課の××さん, 某施設, バ○な (one mask character inside a word): warn;
 * - an example of how to write something, inside 「」 or after 例: (「〒243-8511○○課」で届きます): info.
 * Bullets (○日時：, ■会場), decorative rules (■■■ お知らせ ■■■, ◆◇◆), marks tables (◎○×) and
 * arithmetic or collaborations (3×4, 柳川×博多) are not masks.
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

const MASK = '○〇◯●×✕✖*■□▲△◆◇'
const MASK_RE = /[○〇◯●×✕✖*■□▲△◆◇]/g
/** Mask characters that count as the same shape in one run. */
const SHAPE: Record<string, string> = { '○': 'o', '〇': 'o', '◯': 'o', '●': 'O', '×': 'x', '✕': 'x', '✖': 'x', '*': '*' }
/** Single mask characters inside a word (× is left out: 柳川×博多 is a collaboration). */
const SINGLE = '○〇●*■'
const UNIT = /^(?:時|分|秒|日|月|年|曜|円|人|名|件|回|号|番|丁目|歳|才|階|週|か所|箇所|カ所|ヶ所|個|枚|%|cm|mm|km|kg|m(?![A-Za-z])|地区|ページ|頁|学期|期|代|校|組|班|区|丁)/u
const ERA_BEFORE = /(?:令和|平成|昭和|第|午前|午後|約|計|全|西暦)$/u
const PERSON_AFTER = /^(?:さん|氏|様|君|くん|ちゃん|議員|容疑者|被告)/u
const EXAMPLE_BEFORE = /例[:：]|例えば|たとえば|記入例|記載例|\(例\)/u
const BOU = /某(?:所|氏|社|団体|施設|課|職員|議員|市|町|村|国|大学|病院|学校|企業|店|人物|関係者|地域|自治体|会社)/gu
const KANJI_NUMERAL = '〇一二三四五六七八九十百千万'

function isKana(c: string | undefined): boolean {
  return c !== undefined && /[ぁ-んァ-ヶー]/u.test(c)
}
function isKanji(c: string | undefined): boolean {
  return c !== undefined && /\p{Script=Han}/u.test(c)
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c) && !MASK.includes(c)
}

/** Whether [a, b) sits inside 「」 or 『』 on its line, or right after 例: . */
function isExample(t: string, a: number, b: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  let lineEnd = t.indexOf('\n', b)
  if (lineEnd === -1) lineEnd = t.length
  const before = t.slice(Math.max(lineStart, a - 80), a)
  const after = t.slice(b, Math.min(lineEnd, b + 80))
  if (EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a))) return true
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open)
    if (o !== -1 && before.indexOf(close, o) === -1 && after.includes(close)) return true
  }
  return false
}

export const masking: RuleFamily = {
  id: 'masking',
  meta: {
    clauses: [CLAUSES['5(2)']],
    title: '伏せ字・未記入',
    titleEn: 'Masking characters and unfilled templates',
    rules: {
      'masking/template': {
        title: '未記入のひな形',
        titleEn: 'Unfilled template',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}{unit}」は日時や数値が入っていない下書きのひな形のようです。未記入のまま投稿すると誤った情報になります。',
        hint: '「{excerpt}」の部分に正しい値を記入してください。',
      },
      'masking/fuseji': {
        title: '伏せ字',
        titleEn: 'Masked name or word',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は{what}です。伏せた表現は憶測を呼び、{risk}誤解を招くおそれがあります。',
        hint: '公表できる情報は正確に書き、公表できない情報は伏せ字にせず投稿から外してください。',
      },
      'masking/example': {
        title: '記入例の伏せ字',
        titleEn: 'Placeholder in an example',
        severity: 'info',
        floor: 'off',
        message: '「{excerpt}」は書き方の例として使われているようです。実際の値が入っていない部分がないか確認してください。',
        hint: '例示であればこのままで構いません。',
      },
    },
  },
  run({ doc, emit }) {
    const t = doc.norm.text
    const n = t.length
    let i = 0
    while (i < n) {
      MASK_RE.lastIndex = i
      const found = MASK_RE.exec(t)
      if (!found) break
      i = found.index
      const c = t[i]!
      let j = i + 1
      while (j < n && MASK.includes(t[j]!)) j++
      const run = t.slice(i, j)
      const a = i
      const b = j
      i = j
      const before = t[a - 1]
      const after = t[b]
      const shapes = new Set([...run].map((ch) => SHAPE[ch] ?? ch))
      let kind: 'template' | 'fuseji' | null = null
      if (run.length >= 2) {
        if (shapes.size !== 1) continue // ◆◇◆, ◎○×: decoration or a marks table
        if (run[0] === '*') continue // **bold** in Markdown
        if (!isWordChar(before) && !isWordChar(after)) continue // ■■■ 見出し ■■■
        kind = 'fuseji'
      } else if (SINGLE.includes(c)) {
        const inWord =
          ((isKana(before) || isKanji(before)) && isKana(after)) ||
          (isKanji(before) && isKanji(after) && !(KANJI_NUMERAL.includes(before!) || KANJI_NUMERAL.includes(after!)))
        if (inWord) kind = 'fuseji'
      }
      const rest = t.slice(b, b + 4)
      const era = ERA_BEFORE.test(t.slice(Math.max(0, a - 2), a))
      if (UNIT.test(rest) || era) {
        if (run.length >= 2) kind = 'template'
        else if (SHAPE[c] === 'o' || SHAPE[c] === 'O' || SHAPE[c] === 'x') {
          // 令和○年, 月○日, 2○時 … or ○月○日 at the start of a line; a lone bullet ○日時： is not.
          const filledBefore = era || isWordChar(before)
          const anotherMask = [...t.slice(b + 1, b + 4)].some((ch) => MASK.includes(ch))
          if (filledBefore || anotherMask) kind = 'template'
        }
      }
      if (kind === null) continue
      const { start, end } = doc.fromNorm(a, b)
      if (isExample(t, a, b)) {
        emit({ rule: 'masking/example', start, end })
      } else if (kind === 'template') {
        emit({ rule: 'masking/template', start, end, data: { unit: rest.match(UNIT)?.[0] ?? '' } })
      } else {
        const person = PERSON_AFTER.test(t.slice(b, b + 3))
        emit({ rule: 'masking/fuseji', start, end, data: { what: '伏せ字', risk: person ? '人物の特定や' : '' } })
      }
    }
    if (t.includes('某')) for (const m of t.matchAll(BOU)) {
      const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'masking/fuseji', start, end, data: { what: '名前を伏せた書き方', risk: '詮索や' } })
    }
  },
}
