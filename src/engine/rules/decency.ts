/**
 * decency — 4(2): 公序良俗に反する表現、差別的な表現を用いない.
 * Sexual wording and discriminatory terms (policy lists `decency` and `discrimination`) are
 * critical. Exceptions in the lists keep ordinary words out (フェラーリ, ちょんまげ, 非人道的).
 */
import type { RuleFamily } from '../rule'

export const decency: RuleFamily = {
  id: 'decency',
  clause: '4(2)',
  title: '公序良俗・差別',
  titleEn: 'Indecent or discriminatory wording',
  run({ doc, emit }) {
    for (const h of doc.hits('decency')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'decency/sexual',
        start,
        end,
        severity: 'block',
        message: `「${doc.raw.slice(start, end)}」は性的な表現です。公序良俗に反する表現は公式アカウントで使えません（ガイドライン4(2)）。`,
        hint: 'この表現を削除してください。健康・啓発の話題なら、医学用語や公的機関の表現に言い換えてください。',
      })
    }
    for (const h of doc.hits('discrimination')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'decency/discriminatory',
        start,
        end,
        severity: 'block',
        message: `「${doc.raw.slice(start, end)}」は差別的な表現です。人種・民族・障がい・性別・出自などへの差別表現は使えません（ガイドライン4(2)）。`,
        hint: '差別的な語を削除し、中立的な言葉に言い換えてください（例：「外人」→「外国の方」「外国人」）。',
      })
    }
  },
}
