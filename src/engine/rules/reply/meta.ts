/**
 * The reply family's metadata (返信): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['4(3)'], CLAUSES['6(2)']],
  title: '返信',
  titleEn: 'Replies',
  words: {
    // A road closed or water handed out (通行止め, 給水) is a disaster's only with a disaster named; planned works (工事のため断水) are not one.
    // Blind R262J-037 kind: nor is a water stop said as planned (計画断水は明日9時から…の予定です, 断水を予定しています): its time set in advance.
    disaster: [
      '避難', '警報', '災害', '地震', '津波', '台風', '大雨', '豪雨', '洪水', '土砂', '断水{工事,補修,下水道,水道管,配水管,作業,点検,切り替え,切替,計画断水,断水予定,断水の予定,断水を予定,予定の断水}', '停電{工事,作業,点検,切り替え,切替}', '安否', '避難所', '氾濫', '浸水', '特別警報',
      '緊急', '救助', '被災', '火災', '噴火', '冠水', '高潮', '竜巻', '土石流', 'がけ崩れ', '崖崩れ', '地すべり', '倒木',
      '孤立', '救援物資',
    ],
  },
  rules: {
    'reply/incident': {
      title: '炎上対応中の返信',
      titleEn: 'Reply during an incident',
      severity: 'warn',
      floor: 'info',
      message: 'このアカウントは炎上対応中です（ポップアップの炎上チェックリストが開いています）。この{what}は、否定・反論と受け取られて炎上を広げるおそれがあります。',
      hint: 'チェックリストのとおり、事実の確認と説明・訂正・おわびは所属で内容を決め、企画課に伝えてから、落ち着いた表現で発信してください。個別の{what}で反論しないでください。',
    },
    'reply/broadcast-only': {
      title: '専ら情報発信のアカウントからの返信',
      titleEn: 'Reply from a broadcast-only account',
      severity: 'warn',
      floor: 'info',
      message: 'このアカウントは「専ら情報発信」で登録されています。原則として{what}はできません（災害時を除く）。',
      hint: '個別の問い合わせには、担当課の電話やメールなど正式な窓口を案内してください。{modeAdvice}',
    },
    'reply/emergency': {
      title: '災害時の返信',
      titleEn: 'Reply in a disaster',
      severity: 'info',
      floor: 'off',
      message: '{reason}のため、この{what}は認められます。災害時には安否や避難に関する問い合わせへの{what}が可能です。',
      hint: '公式の避難情報・災害情報へのリンクを添え、個人情報を書き込まないよう注意してください。',
    },
    'reply/quote': {
      title: '他のアカウントの引用',
      titleEn: 'Quoting another account',
      severity: 'info',
      floor: 'off',
      message: '他のアカウントの投稿を引用しています。引用した投稿の内容を市が認めたと受け取られることがあります。',
      hint: '引用元が信頼できる公的な情報か確認してください。',
    },
  },
}
