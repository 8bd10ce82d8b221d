/**
 * Regex helpers for the hot path (every keystroke re-checks a paragraph).
 */

const NO_MATCHES: readonly RegExpExecArray[] = []

/**
 * Every match of the global pattern `re` in `text` (a pattern without the g flag is a programming error: thrown), in order (as `text.matchAll(re)` gives them),
 * collected before the caller sees any: the caller may use `re` again while it loops. Without
 * matchAll's costs: it copies the pattern on every call (about 0.2 µs, per pattern, per paragraph)
 * and, after a `test` to skip it when nothing matches (the common case), would scan to the first
 * match twice. A zero-length match advances by one code unit (as matchAll does, by code point under
 * the `u` flag). `re`'s `lastIndex` is left at 0. `max`: at most this many matches (the first ones) are
 * collected — a rule's bound on its findings per paragraph.
 */
export function matchAllOf(re: RegExp, text: string, max = Infinity): readonly RegExpExecArray[] {
  // Without the g (or y) flag exec ignores lastIndex and would give the first match forever.
  if (!re.global && !re.sticky) throw new Error(`matchAllOf needs a global pattern: /${re.source.slice(0, 80)}/${re.flags}`)
  re.lastIndex = 0
  const first = re.exec(text)
  if (first === null) {
    re.lastIndex = 0
    return NO_MATCHES
  }
  const out: RegExpExecArray[] = [first]
  if (first[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode)
  for (let m = out.length < max ? re.exec(text) : null; m !== null; m = out.length < max ? re.exec(text) : null) {
    out.push(m)
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode)
  }
  re.lastIndex = 0
  return out
}

/** The index after `i`: past a whole surrogate pair under the `u` flag. */
function advance(text: string, i: number, unicode: boolean): number {
  if (unicode && i + 1 < text.length) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) return i + 2
    }
  }
  return i + 1
}
