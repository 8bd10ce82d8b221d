/**
 * The masking family's metadata (伏せ字・未記入): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(2)']],
  title: '伏せ字・未記入',
  titleEn: 'Masking characters and unfilled templates',
  rules: {
    'masking/template': {
      title: '未記入のひな形',
      titleEn: 'Unfilled template',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}{unit}」は{what}が残った下書きのひな形のようです。未記入のまま投稿すると誤った情報になります。',
      hint: '{fix}を実際の内容に書き換えてから投稿してください。',
    },
    'masking/fuseji': {
      title: '伏せ字',
      titleEn: 'Masked name or word',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は{what}です。伏せた表現は憶測を呼び、{risk}誤解を招くおそれがあります。',
      hint: '「{excerpt}」は、公表してよい名前なら正しい名前に書き、公表できないなら「市内の施設」「職員」のように伏せずに一般的な言い方にするか、その部分を投稿から外してください。',
    },
    'masking/insult': {
      title: '伏せ字の悪口',
      titleEn: 'Insult behind a mask',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は人や集団についての悪口を伏せ字にした書き方です。伏せても読み手は言葉を想像し、侮辱や差別と受け取られます。',
      hint: '人や集団を悪く言う部分を削除してください。伝えたいことがあれば、事実だけを具体的に書いてください。',
    },
    'masking/example': {
      title: '記入例の伏せ字',
      titleEn: 'Placeholder in an example',
      severity: 'info',
      floor: 'off',
      message: '「{excerpt}」は書き方の例として使われているようです。実際の値が入っていない部分がないか確認してください。',
      hint: '例示であればこのままで構いません。実際の案内であれば「{excerpt}」を正しい値に書き換えてください。',
    },
  },
}
