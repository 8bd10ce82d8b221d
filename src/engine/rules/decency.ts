/**
 * decency — 4(2): 公序良俗に反する表現、差別的な表現を用いない.
 * Sexual wording and discriminatory terms (policy lists `decency` and `discrimination`) are
 * critical. Exceptions in the lists keep ordinary words out (フェラーリ, ちょんまげ, 非人道的).
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

export const decency: RuleFamily = {
  id: 'decency',
  meta: {
    clauses: [CLAUSES['4(2)']],
    title: '公序良俗・差別',
    titleEn: 'Indecent or discriminatory wording',
    words: {
      decency: [
        'セックス', 'sex', '=エロ', 'えっち', 'エッチ', 'ヤリマン', 'やりまん', '中出し', 'ちんこ', 'ちんぽ', 'まんこ', 'おまんこ', '巨乳', '爆乳', '貧乳',
        'パイパン', ' av女優', 'アダルトビデオ', '援交', '援助交際', 'パパ活', '売春', '買春', '風俗嬢', 'ソープ嬢', 'オナニー', '手コキ', 'フェラ', '淫乱',
        '!エロイカ', '!ヘロ', '!フェラーリ', '!デまんこ',
      ],
      discrimination: [
        'きちがい', 'キチガイ', '気違い', 'キチ外', 'ガイジ', '池沼', '知恵遅れ', '支那人', 'シナ人', '土人', '穢多', 'えた非人', '非人', '乞食', 'めくら',
        'つんぼ', 'おし(聾唖)', 'かたわ', '片輪', 'びっこ', 'ちんば', 'いざり', 'ホモ', 'レズ', 'オカマ', 'おかま', 'チョン', 'ジャップ', 'ニガー', 'ニグロ',
        '部落民', '特殊部落', '未開人', '精神異常者', '障害者のくせに', '女のくせに', '女なんか', 'メンヘラ', '外人',
        '!おかまい', '!ちびっこ', '!めくらな', '!めくらず', '!めくらせ', '!かたわら', '!土人形', '!ホモサピエンス', '!ホモ・サピエンス', '!非人道', '!非人間', '!シナモン', '!チョンマゲ', '!ちょんまげ',
      ],
    },
    rules: {
      'decency/sexual': {
        title: '性的な表現',
        titleEn: 'Sexual wording',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は性的な表現です。公序良俗に反する表現は公式アカウントで使えません。',
        hint: 'この表現を削除してください。健康・啓発の話題なら、医学用語や公的機関の表現に言い換えてください。',
      },
      'decency/discriminatory': {
        title: '差別的な表現',
        titleEn: 'Discriminatory wording',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は差別的な表現です。人種・民族・障がい・性別・出自などへの差別表現は使えません。',
        hint: '差別的な語を削除し、中立的な言葉に言い換えてください（例：「外人」→「外国の方」「外国人」）。',
      },
    },
  },
  run({ doc, emit }) {
    for (const h of doc.hits('decency')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'decency/sexual', start, end, mention: h.mention })
    }
    for (const h of doc.hits('discrimination')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'decency/discriminatory', start, end, mention: h.mention })
    }
  },
}
