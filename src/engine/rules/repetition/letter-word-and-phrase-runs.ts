/**
 * One letter, mark, word or phrase run on in a row (5(2)): a letter ten times or more (ああああああああああ, wwwwwwwwww), a stuck ー after a
 * word, ！ or ？ run on, one emoji run on (🎎🎎🎎…), a word stretched with a run of wave dashes inside it (待ってま〜〜〜〜〜〜〜〜〜〜す:
 * `stretchedWave`) or a run of one mark after it (忘れずにね♪♪♪♪♪♪♪♪♪♪: `stretchedMark`) — repetition/char-run; a word or short phrase of
 * 2–10 characters said WORD_RUN times or more in a row (お知らせお知らせお知らせ…, ドンドンドンドンドン: `wordRuns`, repetition/word-run); a
 * short phrase with its mark said three times in a row (見守りにご協力を！×3: CHANT, gated by `mayChant`, repetition/sentence).
 * Stays clean: a rule line of marks (━━━, ＝＝＝, ───, ▓▓▓: box drawing and blocks are never counted), a line of wave dashes or a range
 * (2月11日〜4月3日), a frame of marks around a heading on its line (★★★★★★★★★★夏祭り★★★★★★★★★★), a run after a bracket or at a line's
 * start, a unit with no letter or with a hashtag in it, a phrase said only twice (参加無料！参加無料！); elongation marks are the tone
 * rule's. Part of the repetition family (index.ts runs the checks in order and reports them).
 */

/** One letter this many times in a row is a run (spam or a stuck key). */
export const CHAR_RUN = 10
export const LETTER = /^\p{L}$/u
/**
 * Blind R391Q-019 kind: a word stretched with a run of wave dashes inside it (待ってま〜〜〜〜〜〜〜〜〜〜す！, よろしく〜〜〜〜〜〜〜〜〜〜ね): the wave
 * dash is an elongation mark as ー is, so ten or more after a letter are padding (`stretchedWave`). A rule line of dashes (～～～～～ at
 * the head of a line) or a range (2月11日〜4月3日) is no word stretched.
 */
const WAVE_DASH = /^[〜～~〰]$/u
export function stretchedWave(t: string, i: number, c: string): boolean {
  return WAVE_DASH.test(c) && i > 0 && LETTER.test(t[i - 1]!)
}
/**
 * Blind R419U-048 kind: a word stretched with a run of one mark after it (忘れずにね♪♪♪♪♪♪♪♪♪♪♪♪, 待ってます！☆☆☆☆☆☆☆☆☆☆, ありがとう♡♡♡…):
 * ten or more of one symbol (\p{So}: ♪ ★ ☆ ♡ ♬ ◆ …) right after a letter (or after a letter's ！, ？, 〜 or ー, at most two of them) is
 * padding as a letter run is. A rule line (━━━, ───, ▓▓▓: box drawing and blocks are never counted), a frame of marks on both sides of a
 * heading on its line (★★★★★★★★★★夏祭り★★★★★★★★★★: the line starts with the same mark) and a run after a bracket or at a line's start
 * stay clean.
 */
const MARK_SYMBOL = /^\p{So}$/u
const MARK_LEAD = '！!？?〜～~ー'
export function stretchedMark(t: string, i: number, c: string): boolean {
  const cp = c.codePointAt(0)!
  if ((cp >= 0x2500 && cp <= 0x259f) || !MARK_SYMBOL.test(c)) return false
  let k = i - 1
  while (k >= 0 && i - k <= 2 && MARK_LEAD.includes(t[k]!)) k--
  if (k < 0 || !LETTER.test(t[k]!)) return false
  // A frame: the line starts (after its spaces) with the same mark.
  let a = t.lastIndexOf('\n', k) + 1
  while (a < k && (t[a] === ' ' || t[a] === '\u3000')) a++
  return !t.startsWith(c, a)
}
/** A word or phrase repeated this many times in a row is a run (お待ちしてます！ ×5); units of this many characters at most. */
const WORD_RUN = 5
const WORD_MAX = 10

/**
 * Words and short phrases of 2–10 characters said `WORD_RUN` times or more in a row (お知らせお知らせ…, ドンドンドンドンドン),
 * with at least one letter; linear (for each period, one pass counting equal characters a period apart).
 */
export function wordRuns(t: string): Array<{ start: number; end: number; unit: string; count: number }> {
  const out: Array<{ start: number; end: number; unit: string; count: number }> = []
  const n = t.length
  for (let p = 2; p <= WORD_MAX; p++) {
    // A maximal run of pairs (j, j + p) of equal characters, j in [a, b]: the unit of p characters repeats
    // (b − a + 1 + p) / p times. A run long enough (`need` pairs) holds a multiple of `need`, so only those
    // pairs are looked at first, and the run is grown from one that matches.
    const need = p * (WORD_RUN - 1)
    const last = n - p
    for (let i = need - 1; i < last; i += need) {
      if (t.charCodeAt(i) !== t.charCodeAt(i + p)) continue
      let a = i
      while (a > 0 && t.charCodeAt(a - 1) === t.charCodeAt(a - 1 + p)) a--
      let b = i
      while (b + 1 < last && t.charCodeAt(b + 1) === t.charCodeAt(b + 1 + p)) b++
      // Go on after this run (its multiples of `need` are inside it).
      i = b - ((b + 1) % need)
      const length = b - a + 1
      if (length < need) continue
      const start = a
      const count = Math.floor((length + p) / p)
      const unit = t.slice(start, start + p)
      // Hashtags have their own rule; a unit of one letter is a letter run; surrogates are never cut.
      if (!/\p{L}/u.test(unit) || /[#＃]/u.test(unit) || /^(.)\1*$/u.test(unit) || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(unit)) continue
      // A smaller period already explains it (ドンドン… is not also ドンドンドン…).
      const stop = start + count * p
      if (out.some((r) => r.start < stop && start < r.end)) continue
      out.push({ start, end: stop, unit, count })
      if (out.length >= 20) return out
    }
  }
  return out
}

/** A phrase of 4–12 characters and its mark, then the same twice more (bounded: no run-away backtracking). */
export const CHANT = /([^。！？!?\n]{4,12}[！!。])\1\1/gu

/**
 * Whether `t` may hold a CHANT: three sentence stops in a row at equal distances of 5–13 characters,
 * the same mark (！, !, 。) each time. One pass over the text, so the regex runs only where it can match.
 */
export function mayChant(t: string): boolean {
  // The last two stops before i.
  let s1 = -1
  let s2 = -1
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    // 。 ！ ？ ! ? and the line break end a phrase of CHANT.
    if (c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x21 && c !== 0x3f && c !== 0x0a) continue
    const gap = i - s2
    if (s1 >= 0 && gap >= 5 && gap <= 13 && s2 - s1 === gap && (c === 0x3002 || c === 0xff01 || c === 0x21) && t.charCodeAt(s1) === c && t.charCodeAt(s2) === c) return true
    s1 = s2
    s2 = i
  }
  return false
}
