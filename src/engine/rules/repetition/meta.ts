/**
 * The repetition family's metadata (繰り返しの投稿): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['5(2)']],
  title: '繰り返しの投稿',
  titleEn: 'Repeated posts',
  rules: {
    'repetition/duplicate': {
      title: '最近の投稿の繰り返し',
      titleEn: 'Repeat of a recent post',
      severity: 'warn',
      floor: 'info',
      message: 'このアカウントの最近の投稿とほぼ同じ内容です（一致度{pct}%）。同じ投稿の繰り返しはスパムと受け取られます。',
      hint: '再掲が必要なら「再掲」と明記し、新しい情報（締切の変更、残席数など）を加えてください。',
    },
    'repetition/near-duplicate': {
      title: '最近の投稿とよく似た内容',
      titleEn: 'Near-repeat of a recent post',
      severity: 'warn',
      floor: 'off',
      message: 'このアカウントの最近の投稿とよく似た内容です（一致度{pct}%）。繰り返しの投稿はスパムと受け取られることがあります。',
      hint: '前の投稿との違いが分かるように書くか、前の投稿を共有してください。',
    },
    'repetition/sentence': {
      title: '同じ文の重複',
      titleEn: 'Sentence repeated',
      severity: 'warn',
      floor: 'off',
      message: '同じ文が投稿の中で繰り返されています。コピー＆ペーストの誤りではありませんか。',
      hint: '重複している文を削除してください。',
    },
    'repetition/hashtags': {
      title: 'ハッシュタグが多すぎる',
      titleEn: 'Too many hashtags',
      severity: 'warn',
      floor: 'off',
      message: 'ハッシュタグが{count}個あります（目安は{limit}個まで）。多すぎるハッシュタグはスパムと受け取られます。',
      hint: '投稿の内容に直接関係するハッシュタグに絞ってください。',
    },
    'repetition/same-hashtag': {
      title: '同じハッシュタグの繰り返し',
      titleEn: 'Same hashtag repeated',
      severity: 'warn',
      floor: 'off',
      message: 'ハッシュタグ「{tag}」が{count}回使われています。同じハッシュタグの繰り返しはスパムと受け取られます。',
      hint: '「{tag}」は一度だけにしてください。',
    },
    'repetition/word-run': {
      title: '同じ言葉の連続',
      titleEn: 'Word said over and over',
      severity: 'warn',
      floor: 'off',
      message: '「{word}」が{count}回続いています。同じ言葉の連続はスパムと受け取られます。',
      hint: '「{word}」は一度にしてください。',
    },
    'repetition/char-run': {
      title: '同じ文字の連続',
      titleEn: 'Run of one letter',
      severity: 'warn',
      floor: 'off',
      message: '「{char}」が{count}回続いています。同じ文字の連続はスパムや誤入力と受け取られます。',
      hint: '誤入力でなければ、繰り返しを減らしてください。',
    },
  },
}
