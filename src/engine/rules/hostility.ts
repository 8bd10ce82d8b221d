/**
 * hostility — 5(3): 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 * Insults and threats are critical (block); confrontational phrasing that a city account must
 * not take with residents is a warning. Word lists are policy data (`insults`, `violence`,
 * `confrontational`); kana- and width-insensitive, spaced-out forms included (バ カ).
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

export const hostility: RuleFamily = {
  id: 'hostility',
  meta: {
    clauses: [CLAUSES['5(3)']],
    title: '攻撃的な表現',
    titleEn: 'Hostile wording',
    words: {
      insults: [
        'バカ', '馬鹿', 'アホ', '阿呆', '=クズ', '人間のクズ', '=カス', '=ボケ', 'まぬけ', '間抜け', '無能', 'ゴミ人間', 'ゴミ以下', '役立たず',
        'うざい', 'ウザい', 'キモい', 'きもい', '黙れ', 'だまれ', '消えろ', 'きえろ', 'ふざけるな', 'ふざけんな', 'いい加減にしろ', 'お前', 'おまえ',
        '貴様', '何様', '頭大丈夫', '頭おかしい', '情弱', 'はぁ?', '低能', '恥を知れ', '失せろ', 'ざまぁ', 'ざまあみろ', '雑魚', '=クソ', '糞野郎',
        '!ばかり', '!ばかす', '!きもいり', '!雑魚寝', '!ばかばかしい', '!無能力', '!お前崎', '!御前', '!くそ暑', '!クソ暑',
      ],
      violence: [
        '死ね', 'しね!', '殺すぞ', 'ころすぞ', '殺してやる', 'ぶっ殺', 'ぶっころ', '殴るぞ', 'なぐるぞ', '燃やすぞ', '晒してやる', '潰すぞ',
        'つぶすぞ', '覚えてろ', '覚悟しろ', '訴えてやる',
      ],
      confrontational: [
        'いい加減にしてください', 'ふざけないでください', '非常識', '文句があるなら', '勝手にしてください', '何度言えば', '常識的に考えて',
        'はっきり言って', '呆れ', 'あきれます', '自己責任です', '二度と来ないで', '言い訳はやめて', '黙ってください', 'クレーマー', 'いい迷惑です',
      ],
    },
    rules: {
      'hostility/insult': {
        title: '侮辱・誹謗中傷',
        titleEn: 'Insult',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は相手をおとしめる表現です。市の公式アカウントで誹謗中傷や侮辱にあたる言葉は使えません。',
        hint: '相手を批判する言葉を削除し、事実と市の対応だけを丁寧に伝えてください。',
      },
      'hostility/threat': {
        title: '脅迫・暴力',
        titleEn: 'Threat',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は脅迫や暴力を連想させる表現です。公式アカウントでは決して使えません。',
        hint: 'この表現を削除してください。感情的になっているときは投稿を控え、上司に相談してください。',
      },
      'hostility/confrontational': {
        title: '挑発的・突き放す表現',
        titleEn: 'Confrontational phrasing',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は相手を責める・突き放す印象を与える表現です。挑発的と受け取られ、炎上の原因になります。',
        hint: '「ご理解とご協力をお願いします」など、穏やかな表現に改めてください。',
      },
    },
  },
  run({ doc, emit }) {
    for (const h of doc.hits('insults')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'hostility/insult', start, end, mention: h.mention })
    }
    for (const h of doc.hits('violence')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'hostility/threat', start, end, mention: h.mention })
    }
    for (const h of doc.hits('confrontational')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'hostility/confrontational', start, end, mention: h.mention })
    }
  },
}
