/**
 * Aho–Corasick keyword matcher over UTF-16 code units: one linear pass finds every occurrence of
 * every word of every list. Word lists are policy data, compiled once per policy and cached.
 *
 * Hand-written rather than a dependency: the available packages segment graphemes and carry
 * streaming/replace features we do not need, which costs more per keystroke than our whole budget;
 * our input is already a normalised, folded view, so plain code units are exactly right.
 *
 * Layout (built once): the root's transitions are a 65,536-entry table (most characters start no
 * word); every other transition is one entry of an open-addressing hash table keyed by
 * (state, code unit) in typed arrays, so a step is a multiply, a mask and one or two array reads
 * instead of a `Map` lookup per character.
 */

export interface WordHit {
  /** Index of the list the word came from. */
  list: number
  /** The pattern as compiled (folded form). */
  word: string
  start: number
  end: number
  /** The word is quoted as an example, not used (words.ts `isMention`). */
  mention?: boolean
}

const EMPTY: readonly never[] = []

export class Matcher {
  private readonly words: string[] = []
  /** The root's transitions for every UTF-16 code unit (0 = stay at the root). */
  private readonly root: Int32Array
  /** Transition hash: key = state × 65,536 + code unit (−1 = empty slot), value = next state. */
  private readonly keys: Float64Array
  private readonly values: Int32Array
  private readonly mask: number
  private readonly fail: Int32Array
  /** Per state: outputs ending here as (list, word index) pairs, fail outputs included. */
  private readonly out: ReadonlyArray<ReadonlyArray<readonly [number, number]>>
  /** Per state: the lists of its outputs, each once. */
  private readonly outLists: ReadonlyArray<readonly number[]>

  /**
   * `lists[k]` is a list of already-folded words; hits report `list = k`.
   *
   * Built straight into the typed arrays the matcher reads (trie edges in the transition hash, each state's
   * children as a linked list for the breadth-first pass): no object per state. A page builds a dozen of these
   * for the rule gates (gate.ts), tens of thousands of states in all; one `Map` per state made that ~70 ms and
   * as much again of garbage collection on every page load.
   */
  constructor(lists: ReadonlyArray<ReadonlyArray<string>>) {
    let total = 1
    for (const list of lists) for (const w of list) total += w.length
    // Every state but the root is reached by one edge; at most one state per code unit of the words.
    let size = 16
    while (size < total * 2) size *= 2
    const mask = size - 1
    const keys = new Float64Array(size).fill(-1)
    const values = new Int32Array(size)
    const root = new Int32Array(0x10000)
    const firstChild = new Int32Array(total)
    const nextSibling = new Int32Array(total)
    const unit = new Uint16Array(total)
    const outs: Array<Array<[number, number]> | undefined> = []
    let states = 1
    /** The state after `c` from `s` (no failure links), or 0. */
    const child = (s: number, c: number): number => {
      if (s === 0) return root[c]!
      const key = s * 0x10000 + c
      let h = slot(s, c, mask)
      for (let k = keys[h]!; k !== -1; k = keys[(h = (h + 1) & mask)]!) if (k === key) return values[h]!
      return 0
    }
    lists.forEach((list, k) => {
      for (const w of list) {
        if (w.length === 0) continue
        let s = 0
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i)
          let t = child(s, c)
          if (t === 0) {
            t = states++
            unit[t] = c
            nextSibling[t] = firstChild[s]!
            firstChild[s] = t
            if (s === 0) root[c] = t
            else {
              let h = slot(s, c, mask)
              while (keys[h] !== -1) h = (h + 1) & mask
              keys[h] = s * 0x10000 + c
              values[h] = t
            }
          }
          s = t
        }
        this.words.push(w)
        ;(outs[s] ??= []).push([k, this.words.length - 1])
      }
    })
    // Failure links, breadth first; outputs of the failure state are inherited.
    const fail = new Int32Array(states)
    const queue = new Int32Array(states)
    let tail = 0
    for (let t = firstChild[0]!; t !== 0; t = nextSibling[t]!) queue[tail++] = t
    for (let q = 0; q < tail; q++) {
      const node = queue[q]!
      for (let t = firstChild[node]!; t !== 0; t = nextSibling[t]!) {
        queue[tail++] = t
        const c = unit[t]!
        let f = fail[node]!
        while (f !== 0 && child(f, c) === 0) f = fail[f]!
        const g = child(f, c)
        fail[t] = g !== 0 && g !== t ? g : 0
        const inherited = outs[fail[t]!]
        if (inherited) outs[t] = outs[t] ? outs[t]!.concat(inherited) : inherited
      }
    }
    this.root = root
    this.keys = keys
    this.values = values
    this.mask = mask
    this.fail = fail
    const out: Array<ReadonlyArray<readonly [number, number]>> = new Array(states)
    const outLists: Array<readonly number[]> = new Array(states)
    for (let s = 0; s < states; s++) {
      const o = outs[s]
      out[s] = o ?? EMPTY
      outLists[s] = o ? [...new Set(o.map(([list]) => list))] : EMPTY
    }
    this.out = out
    this.outLists = outLists
  }

  /** The state after reading code unit `c` in state `s` (following failure links). */
  private step(s: number, c: number): number {
    const keys = this.keys
    const mask = this.mask
    while (s !== 0) {
      const key = s * 0x10000 + c
      let h = slot(s, c, mask)
      for (let k = keys[h]!; k !== -1; k = keys[(h = (h + 1) & mask)]!) if (k === key) return this.values[h]!
      s = this.fail[s]!
    }
    return this.root[c]!
  }

  /**
   * Which lists occur in `text`, in order of first occurrence: each list index is pushed to
   * `found` once, and `seen[list]` is set to 1 for it (the caller clears the entries it was given).
   * The same pass as `find`, without a hit object per occurrence (gates ask this on every paragraph;
   * common need words would otherwise allocate hundreds of hits).
   */
  collect(text: string, seen: Uint8Array, found: number[]): void {
    const root = this.root
    const outLists = this.outLists
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c]! : this.step(s, c)
      if (s === 0) continue
      const out = outLists[s]!
      for (let k = 0; k < out.length; k++) {
        const list = out[k]!
        if (seen[list] === 0) {
          seen[list] = 1
          found.push(list)
        }
      }
    }
  }

  /** Every occurrence (overlapping ones included), in order of end offset. */
  find(text: string): WordHit[] {
    const hits: WordHit[] = []
    const root = this.root
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c]! : this.step(s, c)
      if (s === 0) continue
      const out = this.out[s]!
      for (let k = 0; k < out.length; k++) {
        const [list, w] = out[k]!
        const word = this.words[w]!
        hits.push({ list, word, start: i + 1 - word.length, end: i + 1 })
      }
    }
    return hits
  }
}

/** Hash slot of the transition from state `s` on code unit `c` (a murmur3-style mix). */
function slot(s: number, c: number, mask: number): number {
  let h = Math.imul(s, 0x9e3779b1) ^ c
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}
