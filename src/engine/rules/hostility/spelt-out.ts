/**
 * hostility — words spelt out to slip past the word lists.
 *
 * Read on the norm view, where the spaces still are, after the word lists: a word spelt letter by letter with spaces or ・
 * (ほんとに　う　ざ　い　です, ま じ で き も い; SPACED_RUN, SPACED_WORDS), an English insult spelt out (l o s e r, i.d.i.o.t), a hiragana curse
 * set apart as a word of its own (もう し ね って感じ), a sentence spelt one letter at a time with ・, and (on the squeezed view) an
 * insult spelt with a lookalike kanji inside katakana (バ力な車).
 *
 * Stays clean: な つ ま つ り or き も だ め し on a poster (not an insult and nothing more), a spelt-out acronym or name (J R, U S A),
 * a quoted or taught spelling.
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase } from '../../words'
import type { Rule } from './context'
import { INSTEAD } from './context'

/**
 * Round 56: a hiragana curse set apart by spaces as a word of its own (もう し​ね って感じ, まじで しね よ, もう しんでくれ): the
 * squeezed view joins it to the word before (もうしね), so it is read on the norm view, where the spaces still are (a
 * zero-width character inside it is already gone there). Not the head of a longer word (しねま, しねん).
 */
export const CURSE_TOKEN = /(?<=^|[\s@])(?:しね(?:しね)*|(?:しん|死ん)で(?:くれ|ください|ほしい|しまえ)|しんじまえ|しんどけ)(?:よ|や|ー|~|っ)?(?=$|[\s、,。.！!？?♡❤💢~…w笑」』)）😡🤬👎🖕😇])/gu
/**
 * Blind HSA-065 kind: a sentence spelt out one letter at a time with ・ as if to a slow reader (ワ・ク・チ・ン・の・予・約・は・電・話・で・
 * お・願・い・し・ま・す): mockery, warn. At least eight letters, three of them hiragana, ending as a sentence does (ます, です, ください);
 * a list of days (月・火・水・木・金) or a kana chart is not one.
 */
export const SLOW_SPELL = /(?<![ぁ-ゖァ-ヺ一-龥々ー・])(?:[ぁ-ゖァ-ヺ一-龥々]ー?・){7,40}[ぁ-ゖァ-ヺ一-龥々]ー?(?![ぁ-ゖァ-ヺ一-龥々ー])/gu
export function slowSpelled(run: string): boolean {
  const letters = run.replace(/・/gu, '')
  return (letters.match(/[ぁ-ゖ]/gu)?.length ?? 0) >= 3 && /(?:ます|です|ください|下さい|ません|ますね|ですよ|ですね)$/u.test(letters)
}

/**
 * A word spelt out letter by letter with spaces (ほんとに　う　ざ　い　です, ま じ で き も い, だ ま れ): a run of
 * single kana or kanji each set apart by a space or ・ (norm view, where the spaces still are), read as one
 * word. The run must be the insult and nothing more (an intensifier before it, a copula or particle after
 * it): な つ ま つ り or き も だ め し spelt out on a poster are not.
 */
export const SPACED_RUN = /(?<![ぁ-ゖァ-ヺー一-龥々])[ぁ-ゖァ-ヺ一-龥々]ー?(?:[ ・][ぁ-ゖァ-ヺ一-龥々]ー?){1,11}(?![ぁ-ゖァ-ヺー一-龥々])/gu
/**
 * Blind R287L-054 kind (host17): Latin letters each set apart by a space, a dot or ・ (l o s e r, i.d.i.o.t), read as one word; the
 * word must be an English insult (SPACED_EN_INSULT), so a spelt-out acronym or name (J R, U S A) is not.
 */
export const SPACED_LATIN = /(?<![a-z])[a-z](?:[ .・][a-z]){2,9}(?![a-z])/giu
export const SPACED_EN_INSULT = /^(?:loser|losers|idiot|idiots|stupid|moron|morons|dumbass|imbecile|shutup|jerk|fool|dumb|cretin|dimwit|halfwit|nitwit|retard)$/u
const SPACED_PRE = '(?:ほんと(?:に)?|本当に|まじ(?:で)?|まぢ|ちょう|超|めっちゃ|くそ|さっさと|とっとと|はよ|早く)?'
const SPACED_END = '(?:ん(?:だ|です|や)(?:よ|けど|けど)?|ます|です(?:ね|よ)?|だ(?:ね|よ)?|やね|やん|じゃん|じゃない(?:の|か|です(?:か)?)?|なの|なん(?:ですか)?|ね|な|よ|わ|か)?'
export const SPACED_WORDS: ReadonlyArray<[RegExp, Rule]> = [
  [phrase(`^${SPACED_PRE}(?:うざ(?:い|っ|すぎ|かった|くて|ー)?|うぜ(?:え|ー|ぇ)?|うっざ|きも(?:い|っ|すぎ|かった|くて|ー)|きしょ(?:い|っ)?|ばか|馬鹿|あほ|阿呆|くず|ぶす|でぶ|まぬけ|ざこ|ぼけ|くそ(?:が|やろう|野郎)|ばかやろう|むかつ(?:く|いた|き)|ごみ|害虫|寄生虫|ごきぶり|虫けら|ごみくず|かす)(?:みたい|並み|以下)?${SPACED_END}$`, 'u'), 'hostility/insult'],
  [phrase(`^${SPACED_PRE}(?:しね|死ね|(?:しん|死ん)で(?:くれ|ください|ほしい|しまえ)?|しんじまえ|いなくなれ|きえろ|消えろ|きえて(?:くれ|ください|ほしい)?|だまれ|黙れ|だまって(?:ろ|て|くれ|ください)?|うせろ|失せろ|くたばれ|でてけ|でていけ|かえれ)${SPACED_END}$`, 'u'), 'hostility/curse'],
  [phrase(`^${SPACED_PRE}(?:ころす|殺す)(?:ぞ|よ|から)?$`, 'u'), 'hostility/threat'],
  [phrase(`^${SPACED_PRE}(?:うるさい|うっさい)${SPACED_END}$`, 'u'), 'hostility/confrontational'],
]
export const SPACED_INSTEAD: Record<Rule, string> = {
  'hostility/insult': INSTEAD.insult,
  'hostility/curse': INSTEAD.curse,
  'hostility/threat': INSTEAD.threat,
  'hostility/confrontational': INSTEAD.polite,
  'hostility/discrimination': INSTEAD.discrimination,
  'hostility/crude': INSTEAD.curseThing,
}
/** Blind R273B-003 kind (host13): insults written with a lookalike kanji in a katakana run (バ力, 力ス, 八ゲ): read by lookalike.ts. */
export const LOOKALIKE_INSULT = /^(?:バカ|バーカ|バカヤロウ|バカヤロー|カス|ハゲ|ボケ|クソ|ゴミ|カスヤロー|ヘタクソ|マヌケ|キモイ|ウザイ)$/u
