/**
 * confidential — 5(1): 秘密情報・機密情報を発信しない.
 * Markers of classified or pre-release documents. A bare 秘 is never matched (秘書課, 秘訣, 神秘);
 * only the marked forms 【秘】(秘)〔秘〕マル秘 ㊙ and the compound words in the policy list.
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

export const confidential: RuleFamily = {
  id: 'confidential',
  meta: {
    clauses: [CLAUSES['5(1)']],
    title: '秘密情報',
    titleEn: 'Confidential information',
    words: {
      confidential: [
        '極秘', '厳秘', '部外秘', '庁外秘', '課外秘', '局外秘', '外部秘', '社外秘', '取扱注意', '取り扱い注意', '取扱い注意',
        '取扱厳重注意', '内部資料', '内部限り', '庁内限り', '庁内限定', '関係者限り', '関係者外秘', '機密', '複製禁止', '配付禁止',
        '配布禁止', '転送禁止', '持出禁止', '持ち出し禁止', '公表禁止', '未定稿', '報道解禁', '解禁前', '【秘】', '(秘)', '〔秘〕',
        '[秘]', 'マル秘', '非公開情報', '公表前', '!機密性の高い情報を守', '!機密情報を守', '!機密情報の取扱い',
      ],
    },
    rules: {
      'confidential/marker': {
        title: '秘密・内部情報の表示',
        titleEn: 'Confidentiality marker',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は秘密・内部情報を示す表示です。職務上知り得た秘密や公表前の情報は発信できません。',
        hint: '公表済みの情報か、担当課に確認してください。内部資料の文言を貼り付けていないか見直してください。',
      },
    },
  },
  run({ doc, emit }) {
    for (const h of doc.hits('confidential')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'confidential/marker', start, end })
    }
    // ㊙ becomes a bare 秘 under NFKC, so it is found in the original text.
    for (let i = doc.raw.indexOf('㊙'); i !== -1; i = doc.raw.indexOf('㊙', i + 1)) {
      emit({ rule: 'confidential/marker', start: i, end: i + 1 })
    }
  },
}
