/**
 * A gate for many patterns with literal prerequisites: a family that runs dozens of phrase
 * patterns, each worth trying only when one of its `need` words occurs in the paragraph, asks
 * `gate.tries(text)` instead of one `text.includes(word)` per word per pattern per keystroke, and
 * then loops over the patterns worth trying only, not over all of them.
 *
 * One pass for all gates: the gates made when the engine loads (every family's, about fifteen) are
 * answered from one Aho–Corasick automaton over all their need words (`SharedPass`), and a text is
 * read once for all of them: the families ask their gates about the same paragraph view one after
 * another, so fifteen passes over each paragraph became one. (Before the JIT has optimised the
 * matcher's loop — the first few hundred keystrokes in a page — those passes were a fifth of a
 * check.) Gates made after that (none in the shipped engine) keep an automaton of their own.
 */
import { requiredLiterals } from './literals'
import { foldWord } from './policy'
import { Matcher } from './matcher'

type Needs = ReadonlyArray<readonly string[] | undefined>

/** A gate's answer source: its patterns are lists `offset … offset + count − 1` of `pass`. */
interface Built {
  pass: SharedPass
  offset: number
  count: number
  /** Indices of the patterns that need no word (always tried), increasing. */
  always: readonly number[]
}

export class NeedGate {
  private built: Built | null = null
  private needs: Needs | (() => Needs)

  /**
   * `needs[i]`: the literal words pattern i needs (any one of them), or undefined: always tried. Given as a
   * function, the needs are worked out on the first `tries` (not when the module loads: the content script
   * loads on every page of a site, and most pages are never written on).
   */
  constructor(needs: Needs | (() => Needs)) {
    this.needs = needs
    if (shared === null) unbuilt.add(this)
    else late.add(this)
  }

  /** Work out the needs now (`prepareGates`), if not done yet. */
  prepare(): void {
    if (!this.built) this.build()
  }

  /** The needs, worked out (once: the function is dropped). */
  resolveNeeds(): Needs {
    const needs = typeof this.needs === 'function' ? this.needs() : this.needs
    this.needs = []
    return needs
  }

  /** Answer from `pass`, where this gate's patterns are the lists from `offset` (SharedPass). */
  attach(pass: SharedPass, offset: number, needs: Needs): void {
    this.built = { pass, offset, count: needs.length, always: needs.flatMap((n, i) => (!n || n.length === 0 ? [i] : [])) }
  }

  private build(): Built {
    if (unbuilt.has(this)) buildShared()
    else {
      // Made after the shared pass was built: an automaton of its own.
      late.delete(this)
      const needs = this.resolveNeeds()
      this.attach(new SharedPass([needs]), 0, needs)
    }
    return this.built!
  }

  /** Whether any pattern is worth trying in `text` (`tries(text).length > 0`, without building the list). */
  any(text: string): boolean {
    const { pass, offset, count, always } = this.built ?? this.build()
    if (always.length > 0) return true
    const found = pass.found(text)
    const lo = lowerBound(found, offset)
    return lo < found.length && found[lo]! < offset + count
  }

  /**
   * For `text`: the indices of the patterns worth trying (one of their need words occurs, or they
   * have none), increasing, each once. Patterns must be tried in this order (earlier ones claim
   * spans first). The array is the caller's (fresh or the shared list of always-tried patterns:
   * do not change it).
   */
  tries(text: string): readonly number[] {
    const { pass, offset, count, always } = this.built ?? this.build()
    const found = pass.found(text)
    // `found` is increasing: this gate's lists are the run [offset, offset + count).
    const lo = lowerBound(found, offset)
    const end = offset + count
    if (lo === found.length || found[lo]! >= end) return always
    const mine: number[] = []
    for (let i = lo; i < found.length && found[i]! < end; i++) mine.push(found[i]! - offset)
    if (always.length === 0) return mine
    const out: number[] = []
    let i = 0
    let j = 0
    while (i < mine.length || j < always.length) {
      const a = i < mine.length ? mine[i]! : Infinity
      const b = j < always.length ? always[j]! : Infinity
      if (a < b) (out.push(a), i++)
      else if (b < a) (out.push(b), j++)
      else (out.push(a), i++, j++)
    }
    return out
  }
}

/**
 * One automaton over the need lists of many gates (each gate's lists one after another), and the
 * answer for the last few texts read: which lists occur, as increasing list indices. The families
 * ask about the same texts one after another (the paragraph's views), so a text is read once.
 */
export class SharedPass {
  private readonly matcher: Matcher
  private readonly seen: Uint8Array
  /** The last texts read and their answers (a few views of one paragraph), and where the next one goes. */
  private readonly texts: string[] = []
  private readonly answers: Array<readonly number[]> = []
  private next = 0

  constructor(groups: readonly Needs[]) {
    const lists: Array<readonly string[]> = []
    for (const needs of groups) for (const n of needs) lists.push(n ?? [])
    this.matcher = new Matcher(lists)
    this.seen = new Uint8Array(lists.length)
  }

  /** The lists that occur in `text`, increasing (do not change the array). */
  found(text: string): readonly number[] {
    const texts = this.texts
    for (let k = 0; k < texts.length; k++) if (texts[k] === text) return this.answers[k]!
    const found: number[] = []
    this.matcher.collect(text, this.seen, found)
    for (let i = 0; i < found.length; i++) this.seen[found[i]!] = 0
    found.sort((a, b) => a - b)
    // The oldest answer makes room (a ring: the views of one paragraph are asked about in turn).
    const at = this.next
    this.next = (at + 1) % RECENT_TEXTS
    texts[at] = text
    this.answers[at] = found
    return found
  }
}

/** The first index of the increasing `xs` whose value is ≥ `x` (`xs.length` if none). */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0
  let hi = xs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (xs[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many texts' answers a shared pass keeps (the views of a paragraph the families ask about). */
const RECENT_TEXTS = 4

/** Gates made before the shared pass was built: they are answered by it. */
const unbuilt = new Set<NeedGate>()
/** Gates made after it, not used yet. */
const late = new Set<NeedGate>()
let shared: SharedPass | null = null

/** Build the shared pass of every gate made so far (their needs worked out now). */
function buildShared(): void {
  const gates = [...unbuilt]
  unbuilt.clear()
  const groups = gates.map((g) => g.resolveNeeds())
  shared = new SharedPass(groups)
  let offset = 0
  gates.forEach((g, i) => {
    g.attach(shared!, offset, groups[i]!)
    offset += groups[i]!.length
  })
}

/**
 * For one pattern: a test of whether `re` may match `text` at all, from the literals every match of
 * it contains (literals.ts) found in one Aho–Corasick pass. Always true when those cannot be said.
 */
export function mayMatch(re: RegExp): (text: string) => boolean {
  // Worked out on the first call (see NeedGate); with no literal to need, the one pattern is always tried.
  const gate = new NeedGate(() => [requiredLiterals(re)])
  return (text) => gate.any(text)
}

/**
 * Work out the needs of every gate not used yet (the literals come from the build's table, literals.ts; what is left is
 * building the Aho–Corasick tables, ~70 ms on a slow 2-core machine), so the
 * first check after it is as fast as the next ones. The content script calls it when the browser is idle after a
 * composer is first focused; until then, page loads pay nothing for it. Idempotent.
 */
export function prepareGates(): void {
  if (unbuilt.size > 0) buildShared()
  for (const gate of [...late]) gate.prepare()
}

/**
 * `re.test(text)`, with the literal gate of `mayMatch` first: a long alternation is run only on
 * text that holds one of the literals every match needs. `re` must not be global or sticky.
 */
export function gatedTest(re: RegExp): (text: string) => boolean {
  if (re.global || re.sticky) throw new Error(`gatedTest needs a pattern without g or y: /${re.source}/${re.flags}`)
  const may = mayMatch(re)
  return (text) => may(text) && re.test(text)
}

/**
 * The gate of a family's phrase list: each phrase is tried only where one of its `need` words
 * (folded first: written in any spelling, they are looked up in the folded view) or, without
 * them, one of the literals its pattern cannot match without occurs. Phrases run on the squeezed
 * view (`squeezed`) are always tried.
 */
export function phraseGate(list: ReadonlyArray<{ re: RegExp; need?: readonly string[]; squeezed?: boolean }>): NeedGate {
  return new NeedGate(() => list.map((p) => p.need?.map(foldWord) ?? (p.squeezed ? undefined : requiredLiterals(p.re))))
}
