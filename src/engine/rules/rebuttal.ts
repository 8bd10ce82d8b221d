/**
 * rebuttal — 4(5), 6(2): 反論・弁明をしない. When criticised, the city corrects facts calmly
 * through official channels; it does not argue with residents on social media (炎上 handling).
 * A rebuttal phrase is a warning; in a reply the 炎上 clause 6(2) is cited.
 */
import type { RuleFamily } from '../rule'

export const rebuttal: RuleFamily = {
  id: 'rebuttal',
  clause: '4(5)',
  title: '反論・弁明',
  titleEn: 'Rebuttal',
  run({ doc, ctx, emit }) {
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment'
    for (const h of doc.hits('rebuttal')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'rebuttal/argument',
        clause: replying ? '6(2)' : '4(5)',
        start,
        end,
        severity: 'warn',
        message: replying
          ? `「${doc.raw.slice(start, end)}」は相手への反論です。批判への反論や弁明の返信は炎上を広げます（ガイドライン6(2)）。`
          : `「${doc.raw.slice(start, end)}」は反論・弁明の表現です。公式アカウントでは反論や弁明をしないのが原則です（ガイドライン4(5)）。`,
        hint: '事実の訂正が必要なら、上司・広報担当と相談のうえ、市の公式な見解として事実だけを簡潔に示してください。',
      })
    }
  },
}
