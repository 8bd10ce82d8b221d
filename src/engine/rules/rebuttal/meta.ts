/**
 * The rebuttal family's metadata (反論・弁明): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  quotedWords: true,
  clauses: [CLAUSES['4(5)'], CLAUSES['6(2)']],
  title: '反論・弁明',
  kanaSpellings: true,
  titleEn: 'Rebuttal',
  words: {
    rebuttal: [
      '事実無根', 'デマです', '誤解です', '勘違いです', 'お言葉ですが', '反論させていただきます', '反論します',
      '反論いたします', 'よく読んでいただければ', 'よく読めば', 'よく読んでからコメント', '言いがかり', '非はありません', '当市に非は', '当市に責任はありません', '責任はありません', 'ご指摘は当たりません',
      '批判は当たりません', 'ご理解いただけないようですが', '誤読', '的外れ', '的はずれ', 'まとはずれ', '事実誤認', '根も葉もない', '言い掛かり', '筋違い', 'お門違い', '心外です', '心外',
      'そのような事実はございません', 'そのような事実はありません', '事実と異なります', '誤解に基づく',
    ],
  },
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'rebuttal/model': {
      title: '反論らしい書き方（学習モデル）',
      titleEn: 'Reads as a rebuttal (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、批判や報道、ご意見に反論・否定で応じる投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: 'ソーシャルメディアでは反論しないでください。事実関係の説明が必要なら、市の公式な発表としてホームページに載せ、ご意見には「ご意見ありがとうございます。担当課で確認します」と受け止めを伝えてください。',
    },
    'rebuttal/argument': {
      title: '反論・弁明',
      titleEn: 'Rebuttal or excuse',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は{what}です。{why}',
      hint: '「{excerpt}」は使わないでください。{instead}。事実の訂正が必要なら、上司・広報担当と相談のうえ、市の公式な見解として事実だけを簡潔に示してください。',
    },
    'rebuttal/legal-threat': {
      title: '投稿者への法的措置の示唆',
      titleEn: 'Legal action held over a poster',
      severity: 'block',
      floor: 'warn',
      message: '「{excerpt}」は住民の投稿に対して法的措置をちらつかせる表現です。{why}',
      hint: '公式アカウントから投稿者に削除や撤回を迫ったり、弁護士・訴訟・開示請求を示唆したりしないでください。権利侵害への対応が必要なら、上司・広報担当・法務担当と相談し、公式な手続きで行ってください。',
    },
  },
}
