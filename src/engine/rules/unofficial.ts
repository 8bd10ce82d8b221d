/**
 * unofficial — 5(1): 未発表・未決定の事項、うわさを発信しない.
 * An undecided-stage word (検討中, 調整中, 素案, 内定 …) becomes a warning only when a policy noun
 * (条例, 予算, 事業, 人事, 移転 …) is in the same sentence: 「移住を検討中の方へ」 or 「日程調整中です」
 * on their own are ordinary words. Rumour markers (噂, ここだけの話, 関係者によると) are always
 * worth a second look.
 */
import { sentenceAround } from '../doc'
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

export const unofficial: RuleFamily = {
  id: 'unofficial',
  meta: {
    clauses: [CLAUSES['5(1)']],
    title: '未決定・未確認の情報',
    titleEn: 'Undecided or unconfirmed matters',
    words: {
      undecided: [
        '検討中', '調整中', '協議中', '検討段階', '方針を固め', '素案', '原案', '試案', 'たたき台', '叩き台', '内定', '内示', '決定前',
        '正式発表前', '未発表', '近日発表', '非公表', '見送る方向', '廃止する方向', '統合する方向', '方向で調整', '方向で検討',
        '!検討中の方', '!検討中のかた', '!ご検討中', '!検討中の皆', '!調整中の方', '!検討中のご家庭',
      ],
      policyNouns: [
        '条例', '予算', '計画', '事業', '人事', '異動', '統廃合', '統合', '廃止', '移転', '建設', '料金', '値上げ', '入札', '契約', '補助金',
        '再開発', '合併', '閉鎖', '民営化', '増税', '税率', '議案', '選挙', '候補', '市長', '副市長', '職員',
      ],
      rumour: [
        '噂', 'うわさ', 'ここだけの話', 'オフレコ', '内緒', '内密', 'リーク', '関係者によると', '関係者の話では', '情報筋', '*らしいです',
        '*らしいよ', '未確認情報', '真偽不明',
        '!すばらしいです', '!素晴らしいです', '!めずらしいです', '!珍しいです', '!あたらしいです', '!新しいです', '!可愛らしいです', '!かわいらしいです',
      ],
    },
    rules: {
      'unofficial/undecided': {
        title: '未決定・未発表の事項',
        titleEn: 'Undecided matter',
        severity: 'warn',
        floor: 'info',
        message: '「{noun}」について「{excerpt}」と書かれています。市として決定・公表していない政策や事業の情報は発信できません。',
        hint: '正式に決定・公表された内容か担当課に確認してください。公表済みなら、公表資料へのリンクを添えてください。',
      },
      'unofficial/rumour': {
        title: 'うわさ・未確認情報',
        titleEn: 'Rumour',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は、うわさや未確認の情報を示す表現です。事実確認のできない情報は発信できません。',
        hint: '確認できた事実だけを、情報源とともに書いてください。',
      },
    },
  },
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
        emit({ rule: 'unofficial/undecided', start, end, data: { noun: doc.raw.slice(n.start, n.end) } })
      }
    }
    for (const h of doc.hits('rumour')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'unofficial/rumour', start, end, mention: h.mention })
    }
  },
}
