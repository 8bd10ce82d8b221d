/**
 * Kanji that look like katakana, written inside a katakana run to slip a listed word past the lists (バ力 with 力 U+529B for カ,
 * エ夕 with 夕 for タ, 卜 for ト, 口 for ロ, 二 for ニ, 工 for エ, 八 for ハ, 一 for ー). The idea of decency.ts's LOOKALIKE107, shared
 * here so other families (hostility: バ力な車, blind R273B-003 kind) read the same runs the same way.
 *
 * A run is read as katakana only when it holds a real katakana letter and a lookalike, so 夕方, 工事, 二人, 力士 stay as they are; a
 * lookalike at the run's edge next to a kanji belongs to the kanji word (チーム力強化, ブランド力): not read. The caller says which
 * readings count (a whole-run pattern).
 */
import { matchAllOf } from './regex'
import { isKanji } from './words'

export const LOOKALIKE: Readonly<Record<string, string>> = { 夕: 'タ', 卜: 'ト', 力: 'カ', 口: 'ロ', 二: 'ニ', 工: 'エ', 八: 'ハ', 一: 'ー' }
const LOOKALIKE_CHAR = /[夕卜力口二工八一]/u
const LOOKALIKE_RUN = /[\u30a1-\u30fa\u30fc夕卜力口二工八一]{2,8}/gu

/** Spans of katakana runs holding a lookalike kanji whose katakana reading matches `word` as a whole (anchored by the caller). */
export function lookalikeWords(text: string, word: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = []
  if (!LOOKALIKE_CHAR.test(text)) return found
  for (const m of matchAllOf(LOOKALIKE_RUN, text)) {
    const run = m[0]
    if (!/[\u30a1-\u30fa]/u.test(run) || !LOOKALIKE_CHAR.test(run)) continue
    if ((LOOKALIKE[run[0]!] && isKanji(text[m.index - 1])) || (LOOKALIKE[run[run.length - 1]!] && isKanji(text[m.index + run.length]))) continue
    const read = [...run].map((c) => LOOKALIKE[c] ?? c).join('')
    if (word.test(read)) found.push([m.index, m.index + run.length])
  }
  return found
}
