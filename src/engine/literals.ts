/**
 * The literal words a regular expression cannot match without: for a pattern, a set of strings
 * such that every match contains at least one of them. A family gates a pattern on them
 * (gate.ts: one Aho–Corasick pass finds which patterns are worth trying), so a paragraph that
 * holds none of a pattern's words never runs it.
 *
 * Reads the subset of JavaScript pattern syntax the rule families use: literals and escapes,
 * classes, `.`, groups `(…)`, `(?:…)`, named groups, lookarounds (zero-width: they add nothing),
 * alternation and the quantifiers `? * + {m} {m,} {m,n}` (lazy or not). Anything else (a
 * backreference, the `i` flag) gives `undefined`: the pattern is always tried, never wrongly skipped.
 */

type Atom =
  | { kind: 'char'; text: string }
  | { kind: 'any'; units?: ReadonlySet<number> }
  | { kind: 'zero' }
  | { kind: 'group'; options: Item[][] }

interface Item {
  atom: Atom
  min: number
  max: number
}

class Unsupported extends Error {}

/** Parser state: the source and the read position. */
class Reader {
  i = 0
  constructor(readonly s: string) {}
  peek(): string | undefined {
    return this.s[this.i]
  }
  done(): boolean {
    return this.i >= this.s.length
  }
}

function parseAlternation(r: Reader): Item[][] {
  const options: Item[][] = [parseSequence(r)]
  while (r.peek() === '|') {
    r.i++
    options.push(parseSequence(r))
  }
  return options
}

/** ASCII code units with a meaning in pattern syntax (anything else is a literal character). */
const SYNTAX = new Uint8Array(128)
for (const c of '\\[](){}|.*+?^$') SYNTAX[c.charCodeAt(0)] = 1
const isSyntax = (u: number): boolean => u < 128 && SYNTAX[u] === 1
const isQuantifier = (u: number): boolean => u === 0x3f || u === 0x2a || u === 0x2b || u === 0x7b

function parseSequence(r: Reader): Item[] {
  const items: Item[] = []
  const s = r.s
  while (!r.done() && r.peek() !== '|' && r.peek() !== ')') {
    // A run of literal characters is one atom (read at once: phrase sources are mostly runs of kana and kanji),
    // except its last character when a quantifier follows it.
    let j = r.i
    while (j < s.length && !isSyntax(s.charCodeAt(j))) j++
    if (j - r.i > 1) {
      let end = j
      if (j < s.length && isQuantifier(s.charCodeAt(j))) {
        const low = s.charCodeAt(j - 1)
        end = low >= 0xdc00 && low <= 0xdfff && j - 2 >= r.i && s.charCodeAt(j - 2) >= 0xd800 && s.charCodeAt(j - 2) <= 0xdbff ? j - 2 : j - 1
      }
      if (end > r.i) {
        items.push({ atom: { kind: 'char', text: s.slice(r.i, end) }, min: 1, max: 1 })
        r.i = end
        continue
      }
    }
    const atom = parseAtom(r)
    const [min, max] = parseQuantifier(r)
    items.push({ atom, min, max })
  }
  return items
}

function parseAtom(r: Reader): Atom {
  const c = r.s[r.i]!
  if (c === '(') {
    r.i++
    let zero = false
    if (r.s.startsWith('?:', r.i)) r.i += 2
    else if (r.s.startsWith('?=', r.i) || r.s.startsWith('?!', r.i)) {
      r.i += 2
      zero = true
    } else if (r.s.startsWith('?<=', r.i) || r.s.startsWith('?<!', r.i)) {
      r.i += 3
      zero = true
    } else if (r.s.startsWith('?<', r.i)) {
      const close = r.s.indexOf('>', r.i)
      if (close < 0) throw new Unsupported()
      r.i = close + 1
    } else if (r.peek() === '?') throw new Unsupported()
    const options = parseAlternation(r)
    if (r.peek() !== ')') throw new Unsupported()
    r.i++
    return zero ? { kind: 'zero' } : { kind: 'group', options }
  }
  if (c === '[') {
    // A class: skip to its unescaped closing bracket, keeping its members when it lists plain characters
    // and short ranges (for `finalUnits`; to `requiredLiterals` any class is any character).
    r.i++
    const negated = r.peek() === '^'
    if (negated) r.i++
    const from = r.i
    if (r.peek() === ']') r.i++
    while (!r.done() && r.peek() !== ']') r.i += r.peek() === '\\' ? 2 : 1
    if (r.done()) throw new Unsupported()
    const body = r.s.slice(from, r.i)
    r.i++
    return { kind: 'any', units: negated ? undefined : classUnits(body) }
  }
  if (c === '.') {
    r.i++
    return { kind: 'any' }
  }
  if (c === '^' || c === '$') {
    r.i++
    return { kind: 'zero' }
  }
  if (c === '\\') {
    const e = r.s[r.i + 1]
    if (e === undefined) throw new Unsupported()
    r.i += 2
    if (e === 'b' || e === 'B') return { kind: 'zero' }
    if ('dDsSwW'.includes(e)) return { kind: 'any' }
    if (e === 'p' || e === 'P') {
      const close = r.s.indexOf('}', r.i)
      if (r.peek() !== '{' || close < 0) throw new Unsupported()
      r.i = close + 1
      return { kind: 'any' }
    }
    if (e === 'n') return { kind: 'char', text: '\n' }
    if (e === 't') return { kind: 'char', text: '\t' }
    if (e === 'r') return { kind: 'char', text: '\r' }
    if (e === 'u') {
      if (r.peek() === '{') {
        const close = r.s.indexOf('}', r.i)
        if (close < 0) throw new Unsupported()
        const cp = Number.parseInt(r.s.slice(r.i + 1, close), 16)
        r.i = close + 1
        return { kind: 'char', text: String.fromCodePoint(cp) }
      }
      const hex = r.s.slice(r.i, r.i + 4)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Unsupported()
      r.i += 4
      return { kind: 'char', text: String.fromCharCode(Number.parseInt(hex, 16)) }
    }
    if (/[0-9k]/.test(e)) throw new Unsupported() // backreferences
    return { kind: 'char', text: e }
  }
  if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unsupported()
  // One code point (a surrogate pair is one literal character under the u flag).
  const cp = r.s.codePointAt(r.i)!
  const ch = String.fromCodePoint(cp)
  r.i += ch.length
  return { kind: 'char', text: ch }
}

/** The code units of a class body of plain characters and ranges (at most 512 of them), else undefined. */
function classUnits(body: string): ReadonlySet<number> | undefined {
  if (body.includes('\\')) return undefined
  const units = new Set<number>()
  for (let i = 0; i < body.length; i++) {
    const a = body.charCodeAt(i)
    if (a >= 0xd800 && a <= 0xdfff) return undefined
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const b = body.charCodeAt(i + 2)
      if (b < a || b - a > 512 || (b >= 0xd800 && b <= 0xdfff)) return undefined
      for (let u = a; u <= b; u++) units.add(u)
      i += 2
    } else units.add(a)
    if (units.size > 512) return undefined
  }
  return units.size > 0 ? units : undefined
}

function parseQuantifier(r: Reader): [number, number] {
  let q: [number, number] = [1, 1]
  const c = r.peek()
  if (c === '?') q = [0, 1]
  else if (c === '*') q = [0, Infinity]
  else if (c === '+') q = [1, Infinity]
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(r.s.slice(r.i))
    if (!m) return q
    r.i += m[0].length
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    if (r.peek() === '?') r.i++
    return [min, max]
  } else return q
  r.i++
  if (r.peek() === '?') r.i++
  return q
}

/** A set of needed literals, or null when some match needs none. */
type Need = string[] | null

/** How selective a need is: its shortest literal's length (longer words are rarer), then fewer words. */
function better(a: Need, b: Need): Need {
  if (a === null) return b
  if (b === null) return a
  const la = Math.min(...a.map((w) => w.length))
  const lb = Math.min(...b.map((w) => w.length))
  if (la !== lb) return la > lb ? a : b
  return a.length <= b.length ? a : b
}

function needOfOptions(options: Item[][]): Need {
  const out = new Set<string>()
  for (const o of options) {
    const n = needOfSequence(o)
    if (n === null) return null
    for (const w of n) out.add(w)
  }
  return [...out]
}

function needOfSequence(items: Item[]): Need {
  let best: Need = null
  let run = ''
  const flush = () => {
    if (run.length > 0) best = better(best, [run])
    run = ''
  }
  for (const { atom, min, max } of items) {
    if (atom.kind === 'zero') continue // lookarounds and anchors sit between characters
    if (min === 0) {
      flush()
      continue
    }
    if (atom.kind === 'char') {
      run += atom.text
      if (max !== 1) flush()
      continue
    }
    flush()
    if (atom.kind === 'group') {
      best = better(best, needOfOptions(atom.options))
      // A group that is a single literal continues the run after it (…(?:は)…): kept simple, ended here.
    }
  }
  flush()
  return best
}

/**
 * The literals every match of `re` contains at least one of, or undefined when that cannot be
 * said (the pattern is then always tried). Literals are as written in the source: callers run the
 * pattern on the same text they look the literals up in.
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  if (re.flags.includes('i')) return undefined
  const key = patternKey(re.source)
  if (BUILT?.has(key)) {
    literalStats.built++
    const need = BUILT.get(key)
    return need === 0 || need === undefined ? undefined : [...need]
  }
  const known = worked.get(key)
  if (known !== undefined) return known === 0 ? undefined : [...known]
  literalStats.computed++
  const need = literalsOf(re)
  worked.set(key, need ? [...need] : 0)
  return need
}

/**
 * The needs of the engine's own patterns, worked out when the extension was built (scripts/literal-define.ts,
 * run by the vite configs) and written into the bundle, by `patternKey`: reading ~500 pattern sources
 * (~150 KB) took ~200 ms of the page's main thread on every page load. Absent under Node and in tests
 * (the needs are worked out as before). `0`: nothing can be said (always tried).
 */
declare const __POST_GUARD_LITERALS__: Record<string, readonly string[] | 0> | undefined
const BUILT: ReadonlyMap<string, readonly string[] | 0> | null =
  typeof __POST_GUARD_LITERALS__ === 'object' && __POST_GUARD_LITERALS__ !== null ? new Map(Object.entries(__POST_GUARD_LITERALS__)) : null

/** How many pattern needs came from the build's table and how many were worked out here (tests, bench). */
export const literalStats = { built: 0, computed: 0, table: BUILT?.size ?? 0 }

/** The needs worked out in this process, by `patternKey` (what the build writes into the bundle). */
const worked = new Map<string, string[] | 0>()

/**
 * Every need known: the build's table and those worked out here, by key in code-unit order. After `prepareGates`,
 * all the engine's gated patterns: what the build writes into the bundle.
 */
export function literalTable(): Record<string, readonly string[] | 0> {
  const all = new Map<string, readonly string[] | 0>([...(BUILT ?? []), ...worked])
  return Object.fromEntries([...all].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * A key for a pattern source: its length and two independent 32-bit hashes of its code units (FNV-1a and a
 * multiply-rotate hash), base 36. One pass of integer arithmetic (~1 ms for all the engine's patterns);
 * two different sources share a key with a chance of about 2⁻⁶⁴ (and then also need the same length).
 */
export function patternKey(source: string): string {
  let a = 0x811c9dc5
  let b = 0x9747b28c
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 15
  }
  return `${source.length.toString(36)}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`
}

/** `requiredLiterals` worked out from the source (no table). */
export function literalsOf(re: RegExp): string[] | undefined {
  if (re.flags.includes('i')) return undefined
  try {
    const r = new Reader(re.source)
    const options = parseAlternation(r)
    if (!r.done()) return undefined
    const need = needOfOptions(options)
    return need === null || need.length === 0 || need.some((w) => w.length === 0) ? undefined : need
  } catch (e) {
    if (e instanceof Unsupported) return undefined
    throw e
  }
}

/** What can end a match: its possible last code units, and whether the match can be empty. */
interface Ends {
  units: Set<number>
  empty: boolean
}

function endsOfOptions(options: Item[][]): Ends {
  const units = new Set<number>()
  let empty = false
  for (const o of options) {
    const e = endsOfSequence(o, o.length)
    for (const u of e.units) units.add(u)
    empty ||= e.empty
  }
  return { units, empty }
}

/** The possible last code units of the first `n` items of a sequence (reading back from item n − 1). */
function endsOfSequence(items: Item[], n: number): Ends {
  const units = new Set<number>()
  for (let k = n - 1; k >= 0; k--) {
    const { atom, min, max } = items[k]!
    if (atom.kind === 'zero' || max === 0) continue
    let e: Ends
    if (atom.kind === 'any') {
      if (!atom.units) throw new Unsupported()
      e = { units: new Set(atom.units), empty: false }
    } else if (atom.kind === 'char') e = { units: new Set([atom.text.charCodeAt(atom.text.length - 1)]), empty: false }
    else e = endsOfOptions(atom.options)
    for (const u of e.units) units.add(u)
    // Optional, or able to match nothing: what comes before it may end the match too.
    if (min > 0 && !e.empty) return { units, empty: false }
  }
  return { units, empty: true }
}

/**
 * For a pattern anchored at the end of its input (its source ends with `$`, no `m` flag): the
 * UTF-16 code units every match can end with, so a caller tests the pattern only on text whose
 * last code unit is one of them. Undefined when that cannot be said (a class, `.` or escape class
 * at the end, an empty match possible, unsupported syntax, the `i` flag): the pattern is then
 * always tried.
 */
export function finalUnits(re: RegExp): ReadonlySet<number> | undefined {
  if (re.flags.includes('i') || re.flags.includes('m') || !re.source.endsWith('$') || re.source.endsWith('\\$')) return undefined
  try {
    const r = new Reader(re.source)
    const options = parseAlternation(r)
    if (!r.done()) return undefined
    const e = endsOfOptions(options)
    return e.empty || e.units.size === 0 ? undefined : e.units
  } catch (e) {
    if (e instanceof Unsupported) return undefined
    throw e
  }
}
