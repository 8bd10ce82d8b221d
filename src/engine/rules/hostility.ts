/**
 * hostility — 5(3): 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 * Insults and threats are critical (block); confrontational phrasing that a city account must
 * not take with residents is a warning. Word lists are policy data (`insults`, `violence`,
 * `confrontational`); kana- and width-insensitive, spaced-out forms included (バ カ).
 */
import type { RuleFamily } from '../rule'

export const hostility: RuleFamily = {
  id: 'hostility',
  clause: '5(3)',
  title: '攻撃的な表現',
  titleEn: 'Hostile wording',
  run({ doc, emit }) {
    for (const h of doc.hits('insults')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'hostility/insult',
        start,
        end,
        severity: 'block',
        message: `「${doc.raw.slice(start, end)}」は相手をおとしめる表現です。市の公式アカウントで誹謗中傷や侮辱にあたる言葉は使えません（ガイドライン5(3)）。`,
        hint: '相手を批判する言葉を削除し、事実と市の対応だけを丁寧に伝えてください。',
      })
    }
    for (const h of doc.hits('violence')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'hostility/threat',
        start,
        end,
        severity: 'block',
        message: `「${doc.raw.slice(start, end)}」は脅迫や暴力を連想させる表現です。公式アカウントでは決して使えません（ガイドライン5(3)）。`,
        hint: 'この表現を削除してください。感情的になっているときは投稿を控え、上司に相談してください。',
      })
    }
    for (const h of doc.hits('confrontational')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({
        rule: 'hostility/confrontational',
        start,
        end,
        severity: 'warn',
        message: `「${doc.raw.slice(start, end)}」は相手を責める・突き放す印象を与える表現です。挑発的と受け取られ、炎上の原因になります（ガイドライン5(3)）。`,
        hint: '「ご理解とご協力をお願いします」など、穏やかな表現に改めてください。',
      })
    }
  },
}
