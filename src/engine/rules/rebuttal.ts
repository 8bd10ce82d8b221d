/**
 * rebuttal — 4(5), 6(2): 反論・弁明をしない. When criticised, the city corrects facts calmly
 * through official channels; it does not argue with residents on social media (炎上 handling).
 * A rebuttal phrase is a warning; in a reply the 炎上 clause 6(2) is cited.
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

export const rebuttal: RuleFamily = {
  id: 'rebuttal',
  meta: {
    clauses: [CLAUSES['4(5)'], CLAUSES['6(2)']],
    title: '反論・弁明',
    titleEn: 'Rebuttal',
    words: {
      rebuttal: [
        '事実無根', 'デマです', 'デマを流', '誤解です', '誤解されて', '勘違いです', '勘違いされて', 'お言葉ですが', '反論させていただきます', '反論します',
        'よく読んで', '言いがかり', '非はありません', '当市に非は', '当市に責任はありません', '責任はありません', 'ご指摘は当たりません',
        '批判は当たりません', 'ご理解いただけないようですが', '誤読', '的外れ',
      ],
    },
    rules: {
      'rebuttal/argument': {
        title: '反論・弁明',
        titleEn: 'Rebuttal or excuse',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は{what}です。{why}',
        hint: '事実の訂正が必要なら、上司・広報担当と相談のうえ、市の公式な見解として事実だけを簡潔に示してください。',
      },
    },
  },
  run({ doc, ctx, emit }) {
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment'
    const data = replying
      ? { what: '相手への反論', why: '批判への反論や弁明の返信は炎上を広げます。' }
      : { what: '反論・弁明の表現', why: '公式アカウントでは反論や弁明をしないのが原則です。' }
    for (const h of doc.hits('rebuttal')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'rebuttal/argument', clause: replying ? '6(2)' : '4(5)', start, end, data, mention: h.mention })
    }
  },
}
