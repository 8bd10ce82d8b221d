/**
 * A gate for many patterns with literal prerequisites: a family that runs dozens of phrase
 * patterns, each worth trying only when one of its `need` words occurs in the paragraph, asks
 * `gate.open(text)` once (one Aho–Corasick pass over the text for every need word of every
 * pattern) instead of one `text.includes(word)` per word per pattern per keystroke.
 */
import { Matcher } from './matcher'

export class NeedGate {
  private readonly matcher: Matcher
  private readonly always: boolean[]

  /** `needs[i]`: the literal words pattern i needs (any one of them), or undefined: always tried. */
  constructor(needs: ReadonlyArray<readonly string[] | undefined>) {
    this.always = needs.map((n) => !n || n.length === 0)
    this.matcher = new Matcher(needs.map((n) => n ?? []))
  }

  /** For `text`: whether pattern i is worth trying (one of its need words occurs, or it has none). */
  open(text: string): (i: number) => boolean {
    const present = new Uint8Array(this.always.length)
    this.matcher.mark(text, present)
    return (i) => this.always[i]! || present[i] === 1
  }
}
