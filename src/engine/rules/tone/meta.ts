/**
 * The tone family's metadata (表現の硬軟): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  clauses: [CLAUSES['4(1)'], CLAUSES['4(2)']],
  title: '表現の硬軟',
  titleEn: 'Tone',
  words: {
    tragedy: [
      '死亡', '亡くな', '死去', '逝去', '事故', '火災', '犠牲', '被災', '事件', '殺人', '遺体', '行方不明', '重体', '重傷', '訃報', '追悼', '黙祷', '黙とう',
      'ご冥福', '哀悼', '殉職', '焼死', '溺死', '心肺停止', '安否不明', '交通事故', '人身事故', '水難事故', '死傷', '死者',
      '!事故防止', '!交通事故防止', '!火災予防', '!事故防止運動', '!火災予防運動', '!事件・事故に', '!防災',
      // Blind IY-008 kind: the disaster as what is guarded against (文化財を火災から守る, 事故を防ぐ, 火災に備える): prevention, no tragedy told.
      '!火災から守', '!火災を防', '!火災に備え', '!事故から守', '!事故を防', '!事故を未然', '!火災を未然',
      '!火災報知器', '!火災警報器', '!住宅用火災警報器', '!火災保険', '!無事故', '!事故ゼロ',
    ],
    slang: [
      'マジ', 'ヤバ', 'やばい', 'やばすぎ', 'やばかった', '=ガチ', 'エモい', 'エモ', 'めっちゃ', 'めちゃくちゃ', 'めちゃ', 'ぴえん', 'ぱおん', 'それな{それなり,それなら,それなの,それなく}', 'あざす', 'あざっす', 'あざまる', '神回', '神対応', 'ワロタ', 'ワロス', '草生え', 'kusa',
      'ぶっちゃけ', 'しか勝たん', 'バズ', 'っす', 'ハンパない', 'パない', '=ヤダ', 'ムズい', 'キュン', 'テンアゲ', 'ズッ友', 'ドンマイ', '=ワンチャン', '=ウケる', 'JK',
      '映え{映える,映えて,映えま,照り映え,見映え}', '語彙力ゼロ', '語彙力なくな', '語彙力が死', '語彙力喪失', 'エグい', 'あとちょい', 'ヤバたにえん', 'サイコー', 'すっごく', 'すっごい', 'ちょー', 'チョー', 'ノリノリ',
      // English net slang in captions (OMG the sunset, lol), and the joking asides of a diary (タジタジ)
      // Blind R272S-045 kind: laughing hard in net slang (腹筋崩壊)
      '腹筋崩壊', '腹筋が崩壊',
      'omg', 'lol', 'lmao', 'tbh', 'ngl', 'タジタジ', 'テンション上が', 'テンションMAX', 'テンション爆上が',
      // a blunder made light (公用車でやらかしました…セーフ！)
      'やらかし', 'セーフ{セーフティ,セーフティー,セーフガード,セーフコミュニティ}',
      // the verbs まじる・まじえる conjugated (空気がまじった水, 砂がまじって, 雑音がまじらない, 身振りをまじえて): a verb, not マジ
      '!まじめ', '!マジック', '!まじわ', '!まじる', '!まじった', '!まじって', '!まじらな', '!まじらず', '!まじります', '!まじりあ', '!まじり合', '!まじりけ', '!まじえて', '!まじえた', '!まじえる', '!まじえな', '!ガチョウ', '!がちょう', '!やばしら', '!やばけい', '!めちゃめちゃ', '!まじまじ',
    ],
  },
  rules: {
    'tone/too-casual': {
      title: '登録より柔らかい表現',
      titleEn: 'Softer than registered',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は{kind}です。このアカウントの表現の硬軟度合いは{tone}（{level}）で登録されています。{judged}',
      hint: '{rewrite}、登録した硬軟度合い（{level}）に合う表現に改めてください。',
    },
    'tone/too-stiff': {
      title: '登録より硬い表現',
      titleEn: 'Stiffer than registered',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は通知文・条文のような公用文の硬い言い回しです。このアカウントの表現の硬軟度合いは{tone}（{level}）で登録されていますが、この投稿は文書そのままの硬さで書かれています。',
      hint: '{rewrite}、登録した硬軟度合い（{level}）に合うやわらかい表現に改めてください。',
    },
    'tone/insensitive': {
      title: '深刻な話題と軽い表現',
      titleEn: 'Levity next to tragedy',
      severity: 'warn',
      floor: 'info',
      message: '「{topic}」という深刻な話題と、「{excerpt}」（{kind}）が同じ投稿にあります。不謹慎と受け取られるおそれがあります。',
      hint: '{rewrite}、事故・災害・訃報などに触れる投稿は落ち着いた表現で書いてください（例：「被害に遭われた皆さまに心よりお見舞い申し上げます。」）。',
    },
  },
}
