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
  private readonly matcher: Matcher
  /** Indices of the patterns that need no word (always tried), increasing. */
  private readonly always: readonly number[]
  /** Scratch marks for `collect`, all 0 between calls. */
  private readonly seen: Uint8Array

  /** `needs[i]`: the literal words pattern i needs (any one of them), or undefined: always tried. */
  constructor(needs: ReadonlyArray<readonly string[] | undefined>) {
    this.always = needs.flatMap((n, i) => (!n || n.length === 0 ? [i] : []))
    this.matcher = new Matcher(needs.map((n) => n ?? []))
    this.seen = new Uint8Array(needs.length)
  }

  /**
   * For `text`: the indices of the patterns worth trying (one of their need words occurs, or they
   * have none), increasing, each once. Patterns must be tried in this order (earlier ones claim
   * spans first). The array is the caller's (fresh or the shared list of always-tried patterns:
   * do not change it).
   */
  tries(text: string): readonly number[] {
    const found: number[] = []
    this.matcher.collect(text, this.seen, found)
    if (found.length === 0) return this.always
    for (const k of found) this.seen[k] = 0
    found.sort((a, b) => a - b)
    const always = this.always
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
  const need = requiredLiterals(re)
  if (!need || need.length === 0) return () => true
  const gate = new NeedGate([need])
  return (text) => gate.tries(text).length > 0
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
  return new NeedGate(list.map((p) => p.need?.map(foldWord) ?? (p.squeezed ? undefined : requiredLiterals(p.re))))
}
