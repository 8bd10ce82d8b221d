/**
 * confidential — 5(1): 秘密情報・機密情報を発信しない.
 * Markers of classified or pre-release documents. A bare 秘 is never matched (秘書課, 秘訣, 神秘);
 * only the marked forms 【秘】(秘)〔秘〕マル秘 ㊙ and the compound words in the policy list.
 */
import type { RuleFamily } from '../rule'

export const confidential: RuleFamily = {
  id: 'confidential',
  clause: '5(1)',
  title: '秘密情報',
  titleEn: 'Confidential information',
  run({ doc, emit }) {
    for (const h of doc.hits('confidential')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'confidential/marker',
        start,
        end,
        severity: 'block',
        message: `「${doc.raw.slice(start, end)}」は秘密・内部情報を示す表示です。職務上知り得た秘密や公表前の情報は発信できません（ガイドライン5(1)）。`,
        hint: '公表済みの情報か、担当課に確認してください。内部資料の文言を貼り付けていないか見直してください。',
      })
    }
    // ㊙ becomes a bare 秘 under NFKC, so it is found in the original text.
    for (let i = doc.raw.indexOf('㊙'); i !== -1; i = doc.raw.indexOf('㊙', i + 1)) {
      emit({
        rule: 'confidential/marker',
        start: i,
        end: i + 1,
        severity: 'block',
        message: '「㊙」は秘密情報を示す表示です。職務上知り得た秘密は発信できません（ガイドライン5(1)）。',
        hint: '公表済みの情報か、担当課に確認してください。',
      })
    }
  },
}
