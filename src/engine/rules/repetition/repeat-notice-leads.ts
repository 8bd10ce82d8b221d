/**
 * A post that says at its start it is a notice given again (5(2), repetition/duplicate and near-duplicate; Blind R119A-039): 【再掲】,
 * 再掲です, 再度のお知らせ, 改めてご案内します, 今月2回目のお知らせです (REPEAT_LEAD) and then repeats an earlier post: the rest after the lead is
 * compared too (`afterRepeatLead`), and the lead is no fact of the announcement. Stays clean: a lead that says it corrects or changes
 * something (訂正, 変更, 修正, 誤り, 差し替え: CORRECTION_LEAD) is a new notice, 再掲載 is no repeat notice, and too little after the lead
 * (under MIN_CANONICAL) is not compared. Part of the repetition family (duplicates-of-recent-posts.ts reads it).
 */
import { MIN_CANONICAL } from './context'

/**
 * Blind R119A-039: a post that says at its start it is a notice given again (今月2回目のお知らせです, 再掲, 【再掲】, 再度のお知らせ,
 * 改めてお知らせします, 再度ご案内します) and then repeats an earlier post: the new lead sentence lowers the whole post's similarity, so
 * the rest (the canonical text after the lead) is compared too. Read on the canonical text (no spaces or punctuation, figures in
 * digits) within its first 30 characters; a lead that says it corrects or changes something (訂正, 変更, 修正, 誤り)
 * is a new notice and is not cut. Serial notices for other days or numbered instances stay apart (forOtherDays, dates of the whole).
 */
const REPEAT_LEAD = /^.{0,30}?(?:再掲(?!載)(?:です|します|いたします|致します|となります)?|(?:再度|再び|改めて)(?:の)?(?:お知らせ|ご案内|ご連絡|告知|周知)(?:します|いたします|致します|です|となります|になります)?|[0-9]{1,2}(?:回|度)目の(?:お知らせ|ご案内|ご連絡|告知|投稿)(?:です|となります|になります)?)/u
/** What a lead says when it is a correction or a change: the post carries new content, not a repeat. */
const CORRECTION_LEAD = /訂正|変更|修正|誤り|間違い|差し替え|差替/u
/** The canonical text after a repeat notice's lead (REPEAT_LEAD), or null when the post has none or too little after it. */
export function afterRepeatLead(canonical: string): string | null {
  const m = REPEAT_LEAD.exec(canonical)
  if (!m || CORRECTION_LEAD.test(m[0])) return null
  const rest = canonical.slice(m[0].length)
  return rest.length >= MIN_CANONICAL ? rest : null
}
