/**
 * hostility — a paragraph of quoted sayings (held for post).
 *
 * Blind TX-025: a paragraph that is nothing but sayings in brackets holds its findings; `post` says them as examples when
 * another paragraph of the post names such words as a harm (言葉で支配することも、精神的な暴力です), or as the writer's own when no paragraph
 * does or one takes them up.
 *
 * Stays clean: sayings shown as examples of harm in an awareness post.
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */


/**
 * Blind TX-025: a paragraph that is nothing but sayings in brackets, one or more lines of them (「お前は何もできない」「誰のおかげで
 * 暮らせていると思っているんだ」), each at most a sentence long, with at most a dash, an ellipsis or an end mark after them.
 * Blind JL-008 kind: the line may open with a short scene the sayings were heard in (窓口での「…」「…」。, 電話で「…」): still sayings only.
 */
const SAYINGS_LINE43 = /^[ \t　]*(?:[^「」『』\n。！？!?]{1,10}?(?:での|で|にて|から|より|の)[、,]?)?(?:[「『][^「」『』\n]{1,40}[」』][、,・ \t　]{0,3}(?:(?:や|と)[、,・ \t　]{0,2})?){1,8}[―—ー‐－\-~〜…。．.！!？?・ \t　]{0,6}$/u
export function isSayingsOnly(sq: string): boolean {
  if (sq.length > 400 || !/[「『]/u.test(sq)) return false
  const lines = sq.split('\n').filter((l) => l.trim() !== '')
  return lines.length > 0 && lines.length <= 6 && lines.every((l) => SAYINGS_LINE43.test(l))
}
/** Words as words (言葉, 一言, 暴言, 言い方; 言動: blind JL-008 kind, こうした言動はカスタマーハラスメント) and a harm they are named (DV, 暴力, 支配, 虐待, 傷つけ): a paragraph about hurtful words. */
export const WORDS_HARM = /言葉|ことば|一言|ひと言|ひとこと|暴言|言い方|発言|言動|せりふ|台詞|口ぐせ|口癖/u
// Blind JL-008 kind: read on the squeezed view too, where katakana stays katakana (カスタマーハラスメント, パワハラ).
export const HARM43 = /DV|ＤＶ|dv|暴力|虐待|モラハラ|ハラスメント|パワハラ|いじめ|支配|傷つけ|傷つく|心の傷|人権|誹謗中傷|差別|精神的|心理的/u
