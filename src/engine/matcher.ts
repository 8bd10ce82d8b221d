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

/** Build-time trie node (discarded after the tables are built). */
interface Node {
  next: Map<number, number>
  fail: number
  /** Outputs ending here: pairs of (list, word index). */
  out: Array<[number, number]>
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

  /** `lists[k]` is a list of already-folded words; hits report `list = k`. */
  constructor(lists: ReadonlyArray<ReadonlyArray<string>>) {
    const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }]
    lists.forEach((list, k) => {
      for (const w of list) {
        if (w.length === 0) continue
        let s = 0
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i)
          let t = nodes[s]!.next.get(c)
          if (t === undefined) {
            t = nodes.length
            nodes.push({ next: new Map(), fail: 0, out: [] })
            nodes[s]!.next.set(c, t)
          }
          s = t
        }
        this.words.push(w)
        nodes[s]!.out.push([k, this.words.length - 1])
      }
    })
    // Failure links, breadth first; outputs of the failure state are inherited.
    const queue: number[] = [...nodes[0]!.next.values()]
    for (let q = 0; q < queue.length; q++) {
      const node = nodes[queue[q]!]!
      for (const [c, t] of node.next) {
        queue.push(t)
        let f = node.fail
        while (f !== 0 && !nodes[f]!.next.has(c)) f = nodes[f]!.fail
        const g = nodes[f]!.next.get(c)
        const target = nodes[t]!
        target.fail = g !== undefined && g !== t ? g : 0
        target.out = target.out.concat(nodes[target.fail]!.out)
      }
    }
    this.root = new Int32Array(0x10000)
    for (const [c, t] of nodes[0]!.next) this.root[c] = t
    let transitions = 0
    for (let s = 1; s < nodes.length; s++) transitions += nodes[s]!.next.size
    let size = 16
    while (size < transitions * 2) size *= 2
    this.mask = size - 1
    this.keys = new Float64Array(size).fill(-1)
    this.values = new Int32Array(size)
    for (let s = 1; s < nodes.length; s++) {
      for (const [c, t] of nodes[s]!.next) {
        const key = s * 0x10000 + c
        let h = slot(s, c, this.mask)
        while (this.keys[h] !== -1) h = (h + 1) & this.mask
        this.keys[h] = key
        this.values[h] = t
      }
    }
    this.fail = Int32Array.from(nodes, (n) => n.fail)
    this.out = nodes.map((n) => (n.out.length > 0 ? n.out : EMPTY))
    this.outLists = nodes.map((n) => (n.out.length > 0 ? [...new Set(n.out.map(([list]) => list))] : EMPTY))
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
