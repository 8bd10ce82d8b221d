import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Dead kana (review of the kind, fixer DK): the folded view (`doc.folded`, `foldString`) spells katakana as hiragana and small
 * kana full size (シングルマザー → しんぐるまざー, ツッコミ → つつこみ, って → つて, じゃ → じや), so a hand-written regex literal
 * holding katakana or a small kana outside a class can never match there: a dead trigger (a miss) or a dead exclusion (a false
 * positive). Such sources go through `phrase()` / decency's `rx()` / `foldSource`, or are spelt folded, or spell both forms when
 * the same regex also reads an unfolded view.
 *
 * A static scan (cheap, no engine run): every regex literal of the rule sources and words.ts is tokenised (strings, templates,
 * comments and division told apart); a literal whose source holds katakana or a small kana outside a class, or a class naming a
 * small kana without its full-size letter (笑(?![いっ]) never sees 笑って there), fails when it is applied to a folded text:
 * - inline: `/…/.test(x)`, `/…/.exec(x)`, `x.replace(/…/…)`, `x.match(/…/)` where the root of x is folded;
 * - by name: `const NAME = /…/` and `NAME.test(x)`, `NAME.exec(x)`, `x.replace(NAME…)`, `x.match(NAME)`, `matchAll(NAME, x)`
 *   with a folded x anywhere in the file.
 * A root is folded when it is `fo`, `fo0`, `folded`, `foldString(…)`, `….folded.text`, the folded parameters of a keep
 * (`keep: (fo, …)`; the sentence, match and window of the `keep: (sen, …)` tables of decency and hostility, which are called with the
 * folded sentence), or a local alias of one of these (`const t = fo.slice(…)`) declared on the same line or within the 12 lines
 * before with no other declaration of that name between.
 */

const ROOT = join(__dirname, '../../src/engine')
const FILES = [
  ...readdirSync(join(ROOT, 'rules'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `rules/${f}`),
  // A family that is a folder of detectors (personal-info/, confidential/, hostility/) is scanned as one source, all its files
  // joined: its detectors apply regexes that its context.ts names.
  ...readdirSync(join(ROOT, 'rules'))
    .filter((d) => statSync(join(ROOT, 'rules', d)).isDirectory())
    .sort()
    .map((d) => `rules/${d}`),
  'words.ts',
]

/** The text of a scanned source: a file, or a family folder's files joined in name order (index.ts, context.ts and the detectors). */
function sourceOf(file: string): string {
  const path = join(ROOT, file)
  if (!statSync(path).isDirectory()) return readFileSync(path, 'utf8')
  return readdirSync(path)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => readFileSync(join(path, f), 'utf8'))
    .join('\n')
}
/** Files whose `keep: (sen, …)` callbacks are called with the folded sentence (decency's table at `k.keep(sen, …)`, hostility's JABS, in rules/hostility/generic-jabs.ts). */
const SEN_FOLDED = new Set(['rules/decency', 'rules/hostility'])

/**
 * By design (file:NAME of the literal's constant, with why). Keep this list short: each entry is a regex that reads a folded text on
 * purpose with a katakana or small-kana spelling.
 */
const ALLOW = new Map<string, string>([
  // Read on the folded and on the squeezed view on purpose (カスタマーハラスメント, パワハラ stay katakana there).
  ['rules/hostility:HARM43', 'tested on fo and on sq'],
  // Both spellings (言ってやりたい|言つてやりたい): also read on the raw text of a sign shown as an example.
  ['rules/hostility:SAYINGS_OWNED', 'both spellings'],
  // Read on the squeezed text and on the folded word (まだ決まっ is live on the squeezed one).
  ['rules/unofficial:STRONG_STAGE', 'tested on t and on the folded word'],
])

const FOLDABLE = /[\u30a1-\u30f6ぁぃぅぇぉっゃゅょゎゕゖ]/u

/** The foldable letters of a regex source outside classes and escapes. */
function foldableOutsideClass(src: string): string[] {
  const out: string[] = []
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!
    if (c === '\\') {
      const m = /^\\u([0-9a-fA-F]{4})/.exec(src.slice(i))
      if (m && FOLDABLE.test(String.fromCharCode(parseInt(m[1]!, 16)))) out.push(m[0])
      i += m ? 5 : 1
      continue
    }
    if (c === '[') {
      let j = i + 1
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1
      i = j
      continue
    }
    if (FOLDABLE.test(c)) out.push(c)
  }
  return out
}

const SMALL_FOLDED: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ' }
/** The classes of a regex source that name a small kana (not through a range) without its folded letter ([うっ], (?![ょゅゃ])): dead members on the folded view. */
function deadClassMembers(src: string): string[] {
  const out: string[] = []
  for (const m of src.matchAll(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g)) {
    if (m[0][0] !== '[') continue
    const body = m[0].slice(1, -1)
    const singles = body.replace(/\\[\s\S]/g, '').replace(/[^-]-[^-]/gu, '')
    const covered = (c: string) => body.includes(c) || [...body.matchAll(/([^-\\])-([^-\\])/gu)].some((r) => r[1]! <= c && c <= r[2]!)
    if ([...singles].some((c) => SMALL_FOLDED[c] !== undefined && !covered(SMALL_FOLDED[c]!))) out.push(m[0])
  }
  return out
}

interface Literal {
  source: string
  line: number
  start: number
  end: number
}

const REGEX_PREV = new Set('(,=:[!&|?{};+-*%<>~^'.split(''))
const KEYWORDS = new Set(['return', 'typeof', 'case', 'in', 'of', 'new', 'delete', 'void', 'throw', 'else', 'do', 'yield', 'await'])

/** The regex literals of a TypeScript source, with their line and offsets (a small tokenizer: strings, templates, comments, division). */
function regexLiterals(text: string): Literal[] {
  const out: Literal[] = []
  const n = text.length
  let i = 0
  let line = 1
  let last = ''
  const stack: number[] = []
  while (i < n) {
    const c = text[i]!
    if (c === '\n') {
      line++
      i++
      continue
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
      continue
    }
    if (text.startsWith('//', i)) {
      const j = text.indexOf('\n', i)
      i = j < 0 ? n : j
      continue
    }
    if (text.startsWith('/*', i)) {
      let j = text.indexOf('*/', i + 2)
      j = j < 0 ? n : j + 2
      for (let k = i; k < j; k++) if (text[k] === '\n') line++
      i = j
      continue
    }
    if (c === "'" || c === '"') {
      let j = i + 1
      while (j < n && text[j] !== c) j += text[j] === '\\' ? 2 : 1
      i = j + 1
      last = 'str'
      continue
    }
    if (c === '`' || (c === '}' && stack.length > 0 && stack[stack.length - 1] === 0)) {
      if (c === '}') stack.pop()
      let j = i + 1
      while (j < n && text[j] !== '`') {
        if (text[j] === '\\') {
          j += 2
          continue
        }
        if (text.startsWith('${', j)) break
        if (text[j] === '\n') line++
        j++
      }
      if (j < n && text[j] === '`') {
        i = j + 1
        last = 'str'
      } else {
        stack.push(0)
        i = j + 2
        last = '('
      }
      continue
    }
    if (c === '{') {
      if (stack.length > 0) stack[stack.length - 1]!++
      i++
      last = '{'
      continue
    }
    if (c === '}') {
      if (stack.length > 0) stack[stack.length - 1]!--
      i++
      last = '}'
      continue
    }
    if (c === '/' && (REGEX_PREV.has(last) || KEYWORDS.has(last) || last === '')) {
      let j = i + 1
      let inClass = false
      while (j < n) {
        const d = text[j]!
        if (d === '\\') {
          j += 2
          continue
        }
        if (d === '\n') break
        if (inClass) {
          if (d === ']') inClass = false
        } else if (d === '[') inClass = true
        else if (d === '/') break
        j++
      }
      if (j < n && text[j] === '/') {
        let k = j + 1
        while (k < n && /[a-z]/i.test(text[k]!)) k++
        out.push({ source: text.slice(i + 1, j), line, start: i, end: k })
        i = k
        last = 're'
        continue
      }
    }
    const w = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 80))
    if (w) {
      last = w[0]
      i += w[0].length
      continue
    }
    last = /\d/.test(c) ? '0' : c
    i++
  }
  return out
}

/** The root identifier of the expression starting at `at` (`fo.slice(…)` → fo, `foldString(x)` → foldString, `doc.folded.text` → doc.folded). */
function rootAfter(text: string, at: number): string {
  const m = /^\s*!?\s*([A-Za-z_$][\w$]*)((?:\s*\.\s*[A-Za-z_$][\w$]*)*)/.exec(text.slice(at, at + 200))
  if (!m) return ''
  return /\.folded\b/.test(m[2]!) ? 'folded' : m[1]!
}
/** The root identifier of the expression ending at `at` (the receiver of `.replace(`, `.match(`), walking back over calls and members. */
function rootBefore(text: string, at: number): string {
  let i = at
  for (;;) {
    while (i > 0 && /\s/.test(text[i - 1]!)) i--
    if (text[i - 1] === ')' || text[i - 1] === ']') {
      const close = text[i - 1]!
      const open = close === ')' ? '(' : '['
      let depth = 0
      do {
        i--
        if (text[i] === close) depth++
        else if (text[i] === open) depth--
      } while (i > 0 && depth > 0)
      continue
    }
    let j = i
    while (j > 0 && /[\w$]/.test(text[j - 1]!)) j--
    if (j === i) return ''
    const name = text.slice(j, i)
    let k = j
    while (k > 0 && /\s/.test(text[k - 1]!)) k--
    if (text[k - 1] === '.') {
      if (name === 'folded') return 'folded'
      i = k - 1
      continue
    }
    return name
  }
}

const FOLDED_ROOTS = new Set(['fo', 'fo0', 'folded', 'foldString', 'foldedWindow'])

function deadLiterals(file: string): string[] {
  const text = sourceOf(file)
  const lines = text.split('\n')
  const lineStarts: number[] = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1)
  const lineOf = (at: number): number => {
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (lineStarts[mid]! <= at) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  /** Whether `name`, read on line `ln`, is a folded text there. */
  const folded = (name: string, ln: number): boolean => {
    if (FOLDED_ROOTS.has(name)) return true
    const here = lines[ln - 1]!
    if (SEN_FOLDED.has(file) && /keep: \(sen\b/.test(here) && ['sen', 'm', 'win', 'next'].includes(name)) return true
    for (let l = ln; l >= Math.max(1, ln - 12); l--) {
      // Not across a declaration at the top level (another function's locals).
      if (l < ln && /^(?:export\s+)?(?:function|const|let)\b/.test(lines[l - 1]!)) break
      const decl = new RegExp(`(?:const|let)\\s+${name.replace(/\$/g, '\\$')}\\s*(?::[^=]+)?=\\s*`).exec(lines[l - 1]!)
      if (decl) {
        const root = rootAfter(lines[l - 1]!, decl.index + decl[0].length)
        return FOLDED_ROOTS.has(root)
      }
    }
    return false
  }
  /** Whether the regex written at [start, end) (a literal or a name) is applied to a folded text there. */
  const appliedFolded = (start: number, end: number): boolean => {
    const after = text.slice(end, end + 12)
    const call = /^\s*\.\s*(?:test|exec)\s*\(/.exec(after)
    if (call) return folded(rootAfter(text, end + call[0].length), lineOf(start))
    const before = text.slice(Math.max(0, start - 40), start)
    const recv = /\.\s*(?:replace|replaceAll|match|matchAll|search|split)\s*\(\s*$/.exec(before)
    if (recv) return folded(rootBefore(text, start - before.length + recv.index), lineOf(start))
    const all = /matchAllOf\s*\(\s*$/.exec(before)
    if (all) {
      const comma = /^\s*,/.exec(text.slice(end, end + 8))
      return comma ? folded(rootAfter(text, end + comma[0].length), lineOf(start)) : false
    }
    return false
  }
  const dead: string[] = []
  for (const lit of regexLiterals(text)) {
    const letters = [...foldableOutsideClass(lit.source), ...deadClassMembers(lit.source)]
    if (letters.length === 0) continue
    const where = `${file}:${lit.line}`
    const named = /(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*$/.exec(text.slice(Math.max(0, lit.start - 120), lit.start))
    if (named && ALLOW.has(`${file}:${named[1]}`)) continue
    const show = `${where} /${lit.source.length > 70 ? `${lit.source.slice(0, 70)}…` : lit.source}/ (${[...new Set(letters)].join('')})`
    if (appliedFolded(lit.start, lit.end)) {
      dead.push(show)
      continue
    }
    // A named literal: every use of its name.
    const decl = /(?:const|let)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*$/.exec(text.slice(Math.max(0, lit.start - 120), lit.start))
    if (!decl) continue
    const use = new RegExp(`(?<![\\w$.])${decl[1]!.replace(/\$/g, '\\$')}(?![\\w$])`, 'g')
    for (const u of text.matchAll(use)) {
      if (u.index === lit.start - decl[0].length + decl[0].indexOf(decl[1]!)) continue
      if (appliedFolded(u.index, u.index + u[0].length)) {
        dead.push(`${show} applied at ${file}:${lineOf(u.index)}`)
        break
      }
    }
  }
  return dead
}

describe('dead kana: hand-written regexes on the folded view', () => {
  it('finds literals the way the engine writes them (self-check of the scan)', () => {
    const probe = [
      "keep: (fo, s) => !/セリフ|台詞/u.test(fo.slice(s.start, s.end)),",
      'const t = fo.slice(a, b); return /って/u.test(t)',
      "const x = fo.slice(a).replace(/サポート/gu, '')",
      'return /ちゃんと/u.test(sq) && /[ァ-ヶ]/u.test(fo) && /せりふ/u.test(fo)',
    ]
    const found = probe.map((p) => regexLiterals(p).filter((l) => foldableOutsideClass(l.source).length > 0).map((l) => l.source))
    expect(found).toEqual([['セリフ|台詞'], ['って'], ['サポート'], ['ちゃんと']])
    expect(rootBefore("fo.slice(a, b).replace(", "fo.slice(a, b)".length)).toBe('fo')
    expect(rootAfter('  doc.folded.text.slice(1)', 0)).toBe('folded')
    expect(['笑(?![顔いっみ])', '(?![っつ])', '[ぁ-ゖ]', 'まし(?![ょゅゃ])'].map(deadClassMembers)).toEqual([['[顔いっみ]'], [], [], ['[ょゅゃ]']])
  })

  it('no katakana or small kana outside a class in a regex literal applied to folded text', () => {
    const dead = FILES.flatMap(deadLiterals)
    expect(dead).toEqual([])
  })
})
