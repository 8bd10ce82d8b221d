/**
 * Aho–Corasick keyword matcher over UTF-16 code units: one linear pass finds every occurrence of
 * every word of every list. Word lists are policy data, compiled once per policy and cached.
 *
 * Hand-written rather than a dependency: the available packages segment graphemes and carry
 * streaming/replace features we do not need, which costs more per keystroke than our whole budget;
 * our input is already a normalised, folded view, so plain code units are exactly right.
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

interface Node {
  next: Map<number, number>
  fail: number
  /** Outputs ending here: pairs of (list, word index). */
  out: Array<[number, number]>
  depth: number
}

export class Matcher {
  private nodes: Node[] = [{ next: new Map(), fail: 0, out: [], depth: 0 }]
  private words: string[] = []

  /** `lists[k]` is a list of already-folded words; hits report `list = k`. */
  constructor(lists: ReadonlyArray<ReadonlyArray<string>>) {
    lists.forEach((list, k) => {
      for (const w of list) if (w.length > 0) this.add(w, k)
    })
    this.link()
  }

  private add(word: string, list: number): void {
    let s = 0
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i)
      let t = this.nodes[s]!.next.get(c)
      if (t === undefined) {
        t = this.nodes.length
        this.nodes.push({ next: new Map(), fail: 0, out: [], depth: this.nodes[s]!.depth + 1 })
        this.nodes[s]!.next.set(c, t)
      }
      s = t
    }
    this.words.push(word)
    this.nodes[s]!.out.push([list, this.words.length - 1])
  }

  private root?: Int32Array
  /** The root's transitions for every UTF-16 code unit (0 = stay at the root). */
  private rootTable(): Int32Array {
    if (this.root) return this.root
    const table = new Int32Array(0x10000)
    for (const [c, t] of this.nodes[0]!.next) table[c] = t
    return (this.root = table)
  }

  private link(): void {
    const queue: number[] = []
    for (const t of this.nodes[0]!.next.values()) queue.push(t)
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!
      const node = this.nodes[s]!
      for (const [c, t] of node.next) {
        queue.push(t)
        let f = node.fail
        while (f !== 0 && !this.nodes[f]!.next.has(c)) f = this.nodes[f]!.fail
        const g = this.nodes[f]!.next.get(c)
        const target = this.nodes[t]!
        target.fail = g !== undefined && g !== t ? g : 0
        target.out = target.out.concat(this.nodes[target.fail]!.out)
      }
    }
  }

  /**
   * Which lists occur in `text` at all: `present[list]` is set to 1 for each list with a word in
   * the text. The same pass as `find`, without a hit object per occurrence (gates ask this on every
   * paragraph; common need words would otherwise allocate hundreds of hits).
   */
  mark(text: string, present: Uint8Array): void {
    const nodes = this.nodes
    const root = this.rootTable()
    const lists = this.outLists()
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (s === 0) {
        s = root[c]!
        if (s === 0) continue
      } else {
        let t = nodes[s]!.next.get(c)
        while (t === undefined && s !== 0) {
          s = nodes[s]!.fail
          t = nodes[s]!.next.get(c)
        }
        s = t ?? 0
      }
      const out = lists[s]!
      for (let k = 0; k < out.length; k++) present[out[k]!] = 1
    }
  }

  private lists?: number[][]
  /** For each state, the lists of its outputs (once per list). */
  private outLists(): number[][] {
    if (this.lists) return this.lists
    return (this.lists = this.nodes.map((n) => [...new Set(n.out.map(([list]) => list))]))
  }

  /** Every occurrence (overlapping ones included), in order of end offset. */
  find(text: string): WordHit[] {
    const hits: WordHit[] = []
    const nodes = this.nodes
    const root = this.rootTable()
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      // Most characters start no word: at the root, one array read instead of a map lookup.
      if (s === 0) {
        s = root[c]!
        if (s === 0) continue
        const out = nodes[s]!.out
        for (let k = 0; k < out.length; k++) {
          const [list, w] = out[k]!
          const word = this.words[w]!
          hits.push({ list, word, start: i + 1 - word.length, end: i + 1 })
        }
        continue
      }
      let t = nodes[s]!.next.get(c)
      while (t === undefined && s !== 0) {
        s = nodes[s]!.fail
        t = nodes[s]!.next.get(c)
      }
      s = t ?? 0
      const out = nodes[s]!.out
      for (let k = 0; k < out.length; k++) {
        const [list, w] = out[k]!
        const word = this.words[w]!
        hits.push({ list, word, start: i + 1 - word.length, end: i + 1 })
      }
    }
    return hits
  }
}
