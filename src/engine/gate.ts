/**
 * A gate for many patterns with literal prerequisites: a family that runs dozens of phrase
 * patterns, each worth trying only when one of its `need` words occurs in the paragraph, asks
 * `gate.tries(text)` once (one Aho–Corasick pass over the text for every need word of every
 * pattern) instead of one `text.includes(word)` per word per pattern per keystroke, and then
 * loops over the patterns worth trying only, not over all of them.
 */
import { requiredLiterals } from './literals'
import { foldWord } from './policy'
import { Matcher } from './matcher'

export class NeedGate {
  private built: { matcher: Matcher; always: readonly number[]; seen: Uint8Array } | null = null
  private needs: ReadonlyArray<readonly string[] | undefined> | (() => ReadonlyArray<readonly string[] | undefined>)

  /**
   * `needs[i]`: the literal words pattern i needs (any one of them), or undefined: always tried. Given as a
   * function, the needs are worked out on the first `tries` (not when the module loads: the content script
   * loads on every page of a site, and most pages are never written on).
   */
  constructor(needs: ReadonlyArray<readonly string[] | undefined> | (() => ReadonlyArray<readonly string[] | undefined>)) {
    this.needs = needs
    if (typeof needs === 'function') pending.add(this)
  }

  /** Work out the needs now (`prepareGates`), if not done yet. */
  prepare(): void {
    if (!this.built) this.build()
  }

  private build(): { matcher: Matcher; always: readonly number[]; seen: Uint8Array } {
    const needs = typeof this.needs === 'function' ? this.needs() : this.needs
    this.needs = []
    pending.delete(this)
    return (this.built = {
      // Indices of the patterns that need no word (always tried), increasing.
      always: needs.flatMap((n, i) => (!n || n.length === 0 ? [i] : [])),
      matcher: new Matcher(needs.map((n) => n ?? [])),
      // Scratch marks for `collect`, all 0 between calls.
      seen: new Uint8Array(needs.length),
    })
  }

  /**
   * For `text`: the indices of the patterns worth trying (one of their need words occurs, or they
   * have none), increasing, each once. Patterns must be tried in this order (earlier ones claim
   * spans first). The array is the caller's (fresh or the shared list of always-tried patterns:
   * do not change it).
   */
  tries(text: string): readonly number[] {
    const { matcher, always, seen } = this.built ?? this.build()
    const found: number[] = []
    matcher.collect(text, seen, found)
    if (found.length === 0) return always
    for (const k of found) seen[k] = 0
    found.sort((a, b) => a - b)
    if (always.length === 0) return found
    const out: number[] = []
    let i = 0
    let j = 0
    while (i < found.length || j < always.length) {
      const a = i < found.length ? found[i]! : Infinity
      const b = j < always.length ? always[j]! : Infinity
      if (a < b) (out.push(a), i++)
      else if (b < a) (out.push(b), j++)
      else (out.push(a), i++, j++)
    }
    return out
  }
}

/**
 * For one pattern: a test of whether `re` may match `text` at all, from the literals every match of
 * it contains (literals.ts) found in one Aho–Corasick pass. Always true when those cannot be said.
 */
export function mayMatch(re: RegExp): (text: string) => boolean {
  // Worked out on the first call (see NeedGate); with no literal to need, the one pattern is always tried.
  const gate = new NeedGate(() => [requiredLiterals(re)])
  return (text) => gate.tries(text).length > 0
}

/** Gates whose needs are still to be worked out. */
const pending = new Set<NeedGate>()

/**
 * Work out the needs of every gate not used yet (the literals come from the build's table, literals.ts; what is left is
 * building the Aho–Corasick tables, ~70 ms on a slow 2-core machine), so the
 * first check after it is as fast as the next ones. The content script calls it when the browser is idle after a
 * composer is first focused; until then, page loads pay nothing for it. Idempotent.
 */
export function prepareGates(): void {
  for (const gate of [...pending]) gate.prepare()
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
