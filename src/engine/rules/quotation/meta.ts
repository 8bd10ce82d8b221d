/**
 * The quotation family's metadata (出典のない引用): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['4(4)']],
  title: '出典のない引用',
  titleEn: 'Quotes without a source',
  rules: {
    'quotation/no-source': {
      title: '出典のない引用',
      titleEn: 'Quotation without a source',
      severity: 'warn',
      floor: 'info',
      message: '{what}がありますが、出典（{need}）が書かれていません。他者の文章・詩・歌詞・発言を引用するときは出典を明示してください。',
      hint: '引用の前後に{need}を書き添えてください（例：{example}）。出典を示せない文章は引用せず、自分の言葉で紹介してください。',
    },
  },
}
