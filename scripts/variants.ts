/**
 * Spelling-variant robustness report: the labeled drafts of the evaluation sets rewritten the way
 * staff and evaders really write (half-width kana, full-width ASCII, kanji numerals, zero-width
 * spaces, katakana endings, ー for う, CRLF, no 。, an emoji after each sentence, a heading line),
 * each checked again. A rule that reads the kind of fault keeps catching the rewritten violation and
 * stays quiet on the rewritten clean text; a rule tuned to one spelling does not.
 *
 *   npm run eval:variants                    # one line per rewrite
 *   npm run eval:variants -- --show halfKana # and each lost catch and new false positive of it
 *   npm run eval:variants -- --set FILE      # another labeled file too (same format)
 *
 * Reported, not gated: some rewrites change meaning on purpose (an emoji after a condolence is
 * careless, so a new tone finding there is right). Recall counts only violations the original
 * text caught; a new false positive is a clean item that warns or blocks only after the rewrite.
 */
import { resolve, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SEVERITY_RANK, type Report } from '../src/engine'
import { evalDir, readJsonl, run, type Item } from './eval'

const HALF = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ'
const FULL = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン'
const VOICED = 'ガギグゲゴザジズゼゾダヂヅデドバビブベボ'
const VOICED_BASE = 'カキクケコサシスセソタチツテトハヒフヘホ'
const SEMI = 'パピプペポ'
const SEMI_BASE = 'ハヒフヘホ'

/** Full-width katakana → half-width (ガ → ｶﾞ), as an old phone or a copied form writes it. */
export function toHalfWidthKana(s: string): string {
  let out = ''
  for (const c of s) {
    let i = VOICED.indexOf(c)
    if (i >= 0) {
      out += HALF[FULL.indexOf(VOICED_BASE[i]!)]! + 'ﾞ'
      continue
    }
    i = SEMI.indexOf(c)
    if (i >= 0) {
      out += HALF[FULL.indexOf(SEMI_BASE[i]!)]! + 'ﾟ'
      continue
    }
    i = FULL.indexOf(c)
    out += i >= 0 ? HALF[i]! : c
  }
  return out
}

const toKatakana = (s: string) => s.replace(/[ぁ-ゖ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))

/** The rewrites: name → function of the text. Each keeps the meaning a reader takes from the post. */
export const REWRITES: Record<string, (s: string) => string> = {
  halfKana: toHalfWidthKana,
  fullAscii: (s) => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  fullDigits: (s) => s.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  kanjiDigits: (s) => s.replace(/[0-9]/gu, (d) => '〇一二三四五六七八九'[Number(d)]!),
  zeroWidth: (s) => Array.from(s, (c, i) => (i % 3 === 1 && /[\p{L}\p{N}]/u.test(c) ? `${c}\u200b` : c)).join(''),
  katakanaEndings: (s) => s.replace(/[ぁ-ゖ]{1,4}(?=[。！？!?\n]|$)/gu, toKatakana),
  longVowel: (s) => s.replace(/([ょこそとのほもよろごぞどぼぽ])う/gu, '$1ー'),
  crlf: (s) => s.replace(/\n/gu, '\r\n'),
  nbsp: (s) => s.replace(/ /gu, '\u00a0').replace(/、/gu, '、\u3000'),
  noFullStops: (s) => s.replace(/。(?!\n|$)/gu, ' ').replace(/。$/u, ''),
  emojiAfterSentences: (s) => s.replace(/([。！!])(?=\n|$)/gu, '$1✨'),
  headingLine: (s) => `【お知らせ】\n${s}`,
}

const caught = (item: Item, report: Report) =>
  report.findings.some((f) => f.family === item.family && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[item.min ?? 'warn'])
const flagged = (report: Report) => report.verdict === 'warn' || report.verdict === 'block'

function main(): void {
  const args = process.argv.slice(2)
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined
  const dir = evalDir()
  const items = [...readJsonl(join(dir, 'labeled-dev.jsonl')), ...readJsonl(join(dir, 'clean-public.jsonl'))]
  if (args.includes('--set')) items.push(...readJsonl(resolve(args[args.indexOf('--set') + 1]!)))
  const violations = items.filter((i) => i.expect === 'violation' && i.family)
  const clean = items.filter((i) => i.expect !== 'violation')
  const base = new Map(items.map((i) => [i, run(i)] as const))
  console.log('rewrite               recall kept            new false positives   families that lost catches')
  for (const [name, rewrite] of Object.entries(REWRITES)) {
    const lost: Record<string, number> = {}
    const notes: string[] = []
    let kept = 0
    let total = 0
    for (const item of violations) {
      const text = rewrite(item.text)
      if (text === item.text || !caught(item, base.get(item)!)) continue
      total++
      // The earlier posts are written the same way (a repost keeps its spelling).
      if (caught(item, run({ ...item, text, history: item.history?.map(rewrite) }))) kept++
      else {
        lost[item.family!] = (lost[item.family!] ?? 0) + 1
        notes.push(`  LOST ${item.id} [${item.family}] ${text.replace(/\r?\n/gu, '⏎').slice(0, 90)}`)
      }
    }
    let fp = 0
    let changed = 0
    for (const item of clean) {
      const text = rewrite(item.text)
      if (text === item.text || flagged(base.get(item)!)) continue
      changed++
      const report = run({ ...item, text })
      if (!flagged(report)) continue
      fp++
      const f = report.findings.find((x) => x.severity !== 'info')!
      notes.push(`  FP   ${item.id} ${f.rule}「${f.excerpt}」 ${text.replace(/\r?\n/gu, '⏎').slice(0, 70)}`)
    }
    const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`)
    console.log(
      `${name.padEnd(21)} ${`${kept}/${total}`.padStart(8)} ${pct(kept, total).padStart(7)}   ${`${fp}/${changed}`.padStart(8)} ${pct(fp, changed).padStart(6)}   ${Object.entries(lost).map(([f, n]) => `${f} −${n}`).join(', ')}`,
    )
    if (show === name) for (const n of notes) console.log(n)
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
