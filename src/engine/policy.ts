/**
 * The policy: everything a city tunes (word lists, trusted domains, its own contacts, severities)
 * as data. `DEFAULT_POLICY` encodes 柳川市ソーシャルメディア活用ガイドライン; administrators
 * override it from the options page or managed storage. The engine never hard-codes these lists.
 */
import { Matcher } from './matcher'
import { foldString } from './text'
import { buildNorm, buildSqueezed } from './text'
import { FAMILIES, type Family, type Severity } from './types'

export const WORD_LISTS = [
  'confidential',
  'security',
  'undecided',
  'policyNouns',
  'rumour',
  'insults',
  'violence',
  'confrontational',
  'decency',
  'discrimination',
  'rebuttal',
  'disaster',
  'tragedy',
  'slang',
] as const
export type WordListName = (typeof WORD_LISTS)[number]

export type SeveritySetting = Severity | 'off'

export interface Policy {
  version: 1
  /** Overrides by rule id (`personal-info/mobile`) or by family (`personal-info`); rule id wins. */
  severities: Partial<Record<string, SeveritySetting>>
  /**
   * Word lists, matched kana- and width-insensitively. An entry starting with "!" is an exception
   * that vetoes hits it covers; an entry starting with "=" matches only in the script it is written
   * in (=クズ is not くず餅, =カス is not 活かす).
   */
  words: Record<WordListName, string[]>
  /** Hosts (and their subdomains) that links may point to without a warning. */
  trustedDomains: string[]
  /** URL shortener hosts (原則使用しない). */
  shorteners: string[]
  /** The account's and the city's own public contacts: never reported. */
  contacts: {
    /** Phone numbers in any common notation; compared digit by digit. */
    phones: string[]
    /** E-mail domains that are public (subdomains included). */
    emailDomains: string[]
    /** Addresses that are public (the city hall etc.); compared after normalisation. */
    addresses: string[]
  }
  repetition: {
    /** Jaccard similarity of character 3-grams at or above which a post repeats an earlier one. */
    duplicate: number
    /** … at or above which it nearly repeats one. */
    near: number
    /** More hashtags than this in one post look like spam (X, Facebook, blogs). */
    maxHashtags: number
    /** … on Instagram, where hashtags are how posts are found. */
    maxHashtagsInstagram: number
  }
  quotation: {
    /** A 「…」 quotation at least this long needs a source. */
    minLength: number
  }
  tone: {
    /** Warn when the text's formality score is more than this below the registered level. */
    warnGap: number
  }
}

export const DEFAULT_POLICY: Policy = {
  version: 1,
  severities: {},
  words: {
    confidential: [
      '極秘', '厳秘', '部外秘', '庁外秘', '課外秘', '局外秘', '外部秘', '社外秘', '取扱注意', '取り扱い注意', '取扱い注意',
      '取扱厳重注意', '内部資料', '内部限り', '庁内限り', '庁内限定', '関係者限り', '関係者外秘', '機密', '複製禁止', '配付禁止',
      '配布禁止', '転送禁止', '持出禁止', '持ち出し禁止', '公表禁止', '未定稿', '報道解禁', '解禁前', '【秘】', '(秘)', '〔秘〕',
      '[秘]', 'マル秘', '非公開情報', '公表前', '!機密性の高い情報を守', '!機密情報を守', '!機密情報の取扱い',
    ],
    security: [
      '巡回時間', '巡回ルート', '警備体制', '警備の手薄', '警備が手薄', '防犯カメラの位置', '防犯カメラの設置場所', '防犯カメラの死角', '鍵の保管場所',
      '鍵の隠し場所', '合鍵の場所', '金庫の場所', 'サーバ室', 'サーバー室', 'サーバールーム', 'lgwan', '管理者アカウント', '管理者権限',
      '!防犯パトロール', '!lgwan-asp',
    ],
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
      '噂', 'うわさ', 'ここだけの話', 'オフレコ', '内緒', '内密', 'リーク', '関係者によると', '関係者の話では', '情報筋', 'らしいです',
      'らしいよ', '未確認情報', '真偽不明',
      '!すばらしいです', '!素晴らしいです', '!めずらしいです', '!珍しいです', '!あたらしいです', '!新しいです', '!可愛らしいです', '!かわいらしいです',
    ],
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
    rebuttal: [
      '事実無根', 'デマです', 'デマを流', '誤解です', '誤解されて', '勘違いです', '勘違いされて', 'お言葉ですが', '反論させていただきます', '反論します',
      'よく読んで', '言いがかり', '非はありません', '当市に非は', '当市に責任はありません', '責任はありません', 'ご指摘は当たりません',
      '批判は当たりません', 'ご理解いただけないようですが', '誤読', '的外れ',
    ],
    disaster: [
      '避難', '警報', '災害', '地震', '津波', '台風', '大雨', '豪雨', '洪水', '土砂', '断水', '停電', '安否', '避難所', '氾濫', '浸水', '特別警報',
      '緊急', '救助', '被災', '火災', '噴火',
    ],
    tragedy: [
      '死亡', '亡くな', '死去', '逝去', '事故', '火災', '犠牲', '被災', '事件', '殺人', '遺体', '行方不明', '重体', '重傷', '訃報', '追悼', '黙祷', '黙とう',
      '!事故防止', '!交通事故防止', '!火災予防', '!事故防止運動', '!火災予防運動', '!事件・事故に', '!防災',
    ],
    slang: [
      'マジ', 'ヤバ', 'ガチ', 'エモい', 'めっちゃ', 'めちゃくちゃ', 'ぴえん', 'それな', 'あざす', 'あざっす', '神回', 'ワロタ', '草生え',
      'ぶっちゃけ', 'しか勝たん', 'バズ', 'っす', 'ハンパない', 'パない', 'ヤダ', 'ムズい', 'キュン', 'テンアゲ', 'ズッ友',
      '!まじめ', '!マジック', '!まじわ', '!まじる', '!ガチョウ', '!がちょう', '!やばしら',
    ],
  },
  trustedDomains: [
    'city.yanagawa.fukuoka.jp', 'lg.jp', 'go.jp', 'pref.fukuoka.lg.jp', 'jma.go.jp', 'ed.jp', 'x.com', 'twitter.com', 'facebook.com',
    'instagram.com', 'youtube.com', 'youtu.be', 'line.me',
  ],
  shorteners: [
    'bit.ly', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'amzn.to', 'buff.ly', 'x.gd', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc',
    'v.gd', 'lnkd.in', 'bl.ink', 'qr.paps.jp', 'urx.nu', 'onl.la', 'onl.tw', 'kutt.it', 'rb.gy', 'qrco.de', 'forms.gle', 'reurl.cc', 'u0u.jp',
    'lin.ee',
  ],
  contacts: {
    // 柳川市役所 代表 (〒832-8601 福岡県柳川市本町87番地1)
    phones: ['0944-73-8111'],
    emailDomains: ['city.yanagawa.fukuoka.jp', 'city.yanagawa.lg.jp', 'lg.jp', 'go.jp'],
    addresses: ['福岡県柳川市本町87番地1', '柳川市本町87-1', '柳川市本町87番地1'],
  },
  repetition: { duplicate: 0.9, near: 0.7, maxHashtags: 5, maxHashtagsInstagram: 15 },
  quotation: { minLength: 30 },
  tone: { warnGap: 1 },
}

/** Resolve the severity a finding gets: rule id override, then family override, then the rule's default. */
export function resolveSeverity(policy: Policy, rule: string, family: Family, fallback: Severity): SeveritySetting {
  return policy.severities[rule] ?? policy.severities[family] ?? fallback
}

export function isFamily(s: string): s is Family {
  return (FAMILIES as readonly string[]).includes(s)
}

interface CompiledLists {
  matcher: Matcher
  /** List index → name (exception lists share the name of their list). */
  names: WordListName[]
  isException: boolean[]
  /** Per list index: folded word → the squeezed form it must have in the text ("=" entries). */
  exact: Array<Map<string, string>>
}

const compiledCache = new WeakMap<Policy['words'], CompiledLists>()

/** Put a policy word through the same pipeline as the text (norm → squeezed → folded). */
export function foldWord(w: string): string {
  return foldString(buildSqueezed(buildNorm(w)).text)
}

/** The word lists of a policy compiled into one Aho–Corasick matcher (cached per word-list object). */
export function compiledLists(policy: Policy): CompiledLists {
  const cached = compiledCache.get(policy.words)
  if (cached) return cached
  const lists: string[][] = []
  const names: WordListName[] = []
  const isException: boolean[] = []
  const exact: Array<Map<string, string>> = []
  for (const name of WORD_LISTS) {
    const words = policy.words[name] ?? []
    const plain: string[] = []
    const exactHere = new Map<string, string>()
    for (const w of words) {
      if (w.startsWith('!')) continue
      if (w.startsWith('=')) {
        const squeezed = buildSqueezed(buildNorm(w.slice(1))).text
        const folded = foldString(squeezed)
        exactHere.set(folded, squeezed)
        plain.push(folded)
      } else plain.push(foldWord(w))
    }
    lists.push(plain)
    names.push(name)
    isException.push(false)
    exact.push(exactHere)
    lists.push(words.filter((w) => w.startsWith('!')).map((w) => foldWord(w.slice(1))))
    names.push(name)
    isException.push(true)
    exact.push(new Map())
  }
  const compiled = { matcher: new Matcher(lists), names, isException, exact }
  compiledCache.set(policy.words, compiled)
  return compiled
}

/** Merge a partial policy over the defaults (lists replace lists; objects merge). */
export function mergePolicy(base: Policy, over: PartialPolicy | undefined): Policy {
  if (!over) return base
  return {
    version: 1,
    severities: { ...base.severities, ...over.severities },
    words: { ...base.words, ...over.words },
    trustedDomains: over.trustedDomains ?? base.trustedDomains,
    shorteners: over.shorteners ?? base.shorteners,
    contacts: { ...base.contacts, ...over.contacts },
    repetition: { ...base.repetition, ...over.repetition },
    quotation: { ...base.quotation, ...over.quotation },
    tone: { ...base.tone, ...over.tone },
  }
}

export interface PartialPolicy {
  severities?: Policy['severities']
  words?: Partial<Policy['words']>
  trustedDomains?: string[]
  shorteners?: string[]
  contacts?: Partial<Policy['contacts']>
  repetition?: Partial<Policy['repetition']>
  quotation?: Partial<Policy['quotation']>
  tone?: Partial<Policy['tone']>
}
