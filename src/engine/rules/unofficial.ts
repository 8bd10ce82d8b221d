/**
 * unofficial — 5(1): 未発表・未決定の事項、うわさを発信しない.
 * An undecided-stage word (検討中, 調整中, 素案, 内定 …) becomes a warning only when a policy noun
 * (条例, 予算, 事業, 人事, 移転 …) is in the same sentence: 「移住を検討中の方へ」 or 「日程調整中です」
 * on their own are ordinary words. Rumour markers (噂, ここだけの話, 関係者によると) are always
 * worth a second look.
 */
import { sentenceAround } from '../doc'
import type { RuleFamily } from '../rule'

export const unofficial: RuleFamily = {
  id: 'unofficial',
  clause: '5(1)',
  title: '未決定・未確認の情報',
  titleEn: 'Undecided or unconfirmed matters',
  run({ doc, emit }) {
    const undecided = doc.hits('undecided')
    if (undecided.length > 0) {
      const nouns = doc.hits('policyNouns')
      const text = doc.squeezed.text
      for (const h of undecided) {
        const s = sentenceAround(text, h.start, h.end)
        const noun = nouns.find((n) => n.start >= s.start && n.end <= s.end)
        if (!noun) continue
        const { start, end } = doc.fromSqueezed(h.start, h.end)
        const n = doc.fromSqueezed(noun.start, noun.end)
        emit({
          rule: 'unofficial/undecided',
          start,
          end,
          severity: 'warn',
          message: `「${doc.raw.slice(n.start, n.end)}」について「${doc.raw.slice(start, end)}」と書かれています。市として決定・公表していない政策や事業の情報は発信できません（ガイドライン5(1)）。`,
          hint: '正式に決定・公表された内容か担当課に確認してください。公表済みなら、公表資料へのリンクを添えてください。',
        })
      }
    }
    for (const h of doc.hits('rumour')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'unofficial/rumour',
        start,
        end,
        severity: 'warn',
        message: `「${doc.raw.slice(start, end)}」は、うわさや未確認の情報を示す表現です。事実確認のできない情報は発信できません（ガイドライン5(1)）。`,
        hint: '確認できた事実だけを、情報源とともに書いてください。',
      })
    }
  },
}
