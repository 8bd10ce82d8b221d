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

export class Matcher {
  private readonly words: string[] = []
  /** The root's transitions for every UTF-16 code unit (0 = stay at the root). */
  private readonly root: Int32Array
  /** Transition hash: key = state × 65,536 + code unit (−1 = empty slot), value = next state. */
  private readonly keys: Float64Array
  private readonly values: Int32Array
  private readonly mask: number
  private readonly fail: Int32Array
  /**
   * Outputs, as compressed rows: the words ending at state s are `outWord[outStart[s] … outStart[s + 1] − 1]`
   * (indices into `words`), their lists at the same places of `outList`; the distinct lists of those words are
   * `ownList[ownStart[s] … ownStart[s + 1] − 1]`.
   */
  private readonly outStart: Int32Array
  private readonly outWord: Int32Array
  private readonly outList: Int32Array
  private readonly ownStart: Int32Array
  private readonly ownList: Int32Array
  /**
   * Per state: the nearest state along its failure links that has words ending at it (0: none). The words found
   * at a state are its own, then those of `dict[s]`, of `dict[dict[s]]`, … (the dictionary suffix links of
   * Aho–Corasick): no state copies the outputs it inherits.
   */
  private readonly dict: Int32Array
  /**
   * `collect`'s memory of the states whose lists it has pushed in the current pass (= `pass`): a need word that occurs
   * again (さん, 方, の in a long paragraph) belongs to hundreds of patterns' lists, and walking them at every occurrence
   * was most of a gate's cost. A stamped state's dictionary chain was walked in full when it was stamped.
   */
  private stamp: Uint32Array | null = null
  private pass = 0

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
    /** The state each word ends at, and its list (words in order). */
    const endState: number[] = []
    const endList: number[] = []
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
        endState.push(s)
        endList.push(k)
      }
    })
    // Outputs by state (counting sort of the words by end state; a state's words stay in word order).
    const outStart = new Int32Array(states + 1)
    for (let i = 0; i < endState.length; i++) outStart[endState[i]! + 1]!++
    for (let t = 0; t < states; t++) outStart[t + 1]! += outStart[t]!
    const outWord = new Int32Array(endState.length)
    const outList = new Int32Array(endState.length)
    const fill = outStart.slice(0, states)
    for (let i = 0; i < endState.length; i++) {
      const at = fill[endState[i]!]!++
      outWord[at] = i
      outList[at] = endList[i]!
    }
    // Each state's distinct lists, in order of first appearance.
    const ownStart = new Int32Array(states + 1)
    const ownList = new Int32Array(endState.length)
    let own = 0
    for (let t = 0; t < states; t++) {
      ownStart[t] = own
      const from = own
      for (let i = outStart[t]!; i < outStart[t + 1]!; i++) {
        const list = outList[i]!
        let dup = false
        for (let j = from; j < own && !dup; j++) dup = ownList[j] === list
        if (!dup) ownList[own++] = list
      }
    }
    ownStart[states] = own
    // Failure and dictionary links, breadth first.
    const fail = new Int32Array(states)
    const dict = new Int32Array(states)
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
        const ft = g !== 0 && g !== t ? g : 0
        fail[t] = ft
        dict[t] = ft !== 0 && outStart[ft + 1]! > outStart[ft]! ? ft : dict[ft]!
      }
    }
    this.root = root
    this.keys = keys
    this.values = values
    this.mask = mask
    this.fail = fail
    this.dict = dict
    this.outStart = outStart
    this.outWord = outWord
    this.outList = outList
    this.ownStart = ownStart
    this.ownList = ownList.slice(0, own)
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
    const ownStart = this.ownStart
    const ownList = this.ownList
    const dict = this.dict
    const stamp = (this.stamp ??= new Uint32Array(dict.length))
    if (++this.pass === 0xffffffff) {
      stamp.fill(0)
      this.pass = 1
    }
    const pass = this.pass
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c]! : this.step(s, c)
      if (s === 0) continue
      // This state's lists, then those along its dictionary links; a state met before in this pass has given its
      // lists and those of its whole chain already.
      for (let t = ownStart[s + 1]! > ownStart[s]! ? s : dict[s]!; t !== 0; t = dict[t]!) {
        if (stamp[t] === pass) break
        stamp[t] = pass
        for (let k = ownStart[t]!; k < ownStart[t + 1]!; k++) {
          const list = ownList[k]!
          if (seen[list] === 0) {
            seen[list] = 1
            found.push(list)
          }
        }
      }
    }
  }

  /** Every occurrence (overlapping ones included), in order of end offset. */
  find(text: string): WordHit[] {
    const hits: WordHit[] = []
    const root = this.root
    const { outStart, outWord, outList, dict } = this
    let s = 0
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      s = s === 0 ? root[c]! : this.step(s, c)
      if (s === 0) continue
      for (let t = outStart[s + 1]! > outStart[s]! ? s : dict[s]!; t !== 0; t = dict[t]!) {
        for (let k = outStart[t]!; k < outStart[t + 1]!; k++) {
          const word = this.words[outWord[k]!]!
          hits.push({ list: outList[k]!, word, start: i + 1 - word.length, end: i + 1 })
        }
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
