/**
 * tone — 4(1): slang and laughter in the account's own voice: laughter (ｗｗ, (笑), 草 closing a clause, 爆笑して…), net slang forms
 * (〜な件, ワイ, 〜ンゴ, 〜まくる, めっちゃ glued to a kanji), a crude intensifier (クソうま: flagged on any account), the policy's slang
 * words (エモい, マジ, ワンチャン, ぴえん, やばい; 草生える and ワロタ as laughter), also set apart by a space or dots (中止…ぴえん), spelt
 * letter by letter (ま じ で), run together in katakana (ﾏｼﾞﾔﾊﾞｲ) or written apart (ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ), and native words spelt in katakana
 * as a casual device (スゴイ, ゼヒ: weak alone). Laughter and slang are levity on a stiff account (4, 5) whatever the score.
 * Stays clean: grass (草刈り, 草、木、花), wine and Hawaii (ワイン, ハワイ), りんご, the list's exceptions (まじめ, まじまじ), words in a
 * quotation, a handle or a link (own-voice.ts), っす not closing a phrase.
 */
import { foldWord, parseEntry } from '../../policy'
import type { Span } from '../../text'
import { isWordAt, sentenceOf } from '../../words'
import { inRanges, REMOVE, WEIGHT } from './context'
import type { ToneReading } from './context'

// ---------------------------------------------------------------------------------------------
// Other signals (linear patterns; each needs a character most paragraphs lack: tested first).

// Blind R272S-045 kind: the writer's own 爆笑して…/爆笑しました is laughter as 爆笑！ is (会場は大爆笑でした, a report, is not read here).
// Blind R437N-053 kind: 草 set apart by a comma after the clause it laughs at (…って、草。, 寝坊して、草, 全部ひらがなで、草！, 同じ服着てきたの、
// 草): the same net laughter as …って草, said as a sentence of its own, so only when it closes the sentence (。！？, a space, ｗ, an emoji, the end).
// Grass in a list (公園では、草、木、花を…, 用水路で、草・ごみを回収) or with a particle (…抜いて、草は袋へ) goes on and is no laugh.
const LAUGHTER = /(?<![A-Za-z0-9])[wW]{2,}(?![A-Za-z.])|(?<=(?:[^\x00-\x7F]|[!?.~])\s?)w(?![A-Za-z0-9.])|\(笑\)|(?<=[ぁ-ゖァ-ヺー~！!？?…。、\s\uFE0F]|\p{Extended_Pictographic})笑(?![ぁ-ゖァ-ヺ一-龠])|(?<=[てでは\sw]|^)草(?![ぁ-ゖァ-ヺ一-龠])|(?<=[たるだ]の)草(?![ぁ-ゖァ-ヺ一-龠])|(?<=(?:[てで]|[たるだな]の)[、,]\s?)草(?=[。.！!？?…‥\swｗ笑]|\p{Extended_Pictographic}|$)|(?<=[ぁ-ゖ])爆笑(?=[wW!！。\s]|$)|爆笑(?=し(?:て(?:い|まし|ま|た|る)|まし|ちゃ|た))/gu
const MAKURU = /(?<=[いきしちにひみりぎじびえけせてねへめれげでべ出見寝])まく(?:り|る|っ(?=[たて]))/gu
/**
 * Blind R260K-044 kind: an intensifier glued straight onto a kanji noun (一般質問めっちゃ白熱, 試合めちゃくちゃ盛り上がり): the word list
 * reads hiragana after a kanji as its okurigana, but no verb's okurigana is めっちゃ, めちゃくちゃ, すっごい or ぶっちゃけ.
 */
const GLUED_INTENSIFIER = /(?<=[\p{Script=Han}々])(?:めっちゃ|めちゃくちゃ|すっご[くい]|ぶっちゃけ)/gu
const GLUED_INTENSIFIER_FIX: Record<string, string> = { めっちゃ: 'とても', めちゃくちゃ: 'とても', すっごく: 'とても', すっごい: 'とても', ぶっちゃけ: '正直なところ' }
/** 〜な件, 〜い件 at the end of a sentence (ネットスラング). */
const KEN = /[なたい]件(?=[。!?！？\sw]|$)/gu
/**
 * Blind R418T-059 kind: the role-speech of net forums in the account's own voice — ワイ as the writer's first person at a word's start
 * (ワイ広報担当、…, ワイも行ってきた, ワイ氏) and the ending 〜ンゴ / 〜んご closing a phrase (足がパンパンンゴ…, 負けたンゴ, つらいんご。):
 * slang that like 草 never suits a stiff account (4, 5). ワイ is read only as a katakana word of its own (not ワイン, ワイヤー, ワイド, ワイシャツ,
 * ハワイ, ワイワイ, ワイ・エム…); ンゴ only at a phrase's end after kanji, hiragana or a katakana word closed by ン (パンパンンゴ), and んご only
 * after the end of an inflected word (い, た, る, う, す, く, つ, む), so りんご, だんご, さんご, リンゴ, マンゴー, タンゴ, ビンゴ, コンゴ, フラミンゴ
 * stay clean.
 */
const NET_WAI = /(?<![ァ-ヺー・])ワイ(?![ァ-ヺーｦ-ﾟ・=＝字])(?=[一-龠々ぁ-ゖ、，,。\s!！]|$)/gu
const NET_NGO = /(?:(?<=[一-龠々ぁ-ゖ]|(?<=[ァ-ヺ])ン)ンゴ|(?<=[ぁ-ゖ一-龠々ー][いたるうすくつむ])んご)(?=[。．.、，,！!？?…‥〜~ー）)」』♪\s wｗ笑草]|\p{Extended_Pictographic}|$)/gu

/** Formal wording for slang (by folded list word). */
const SLANG_FIX: Record<string, string> = Object.fromEntries(
  (
    [
      ['マジ', '本当に'], ['ヤバ', 'すばらしい'], ['やばい', 'すばらしい'], ['やばすぎ', '大変な'], ['やばかった', 'すばらしかった'], ['ガチ', '本当に'], ['エモい', '心に残る'], ['エモ', '心に残る'], ['めっちゃ', 'とても'], ['めちゃくちゃ', 'とても'], ['めちゃ', 'とても'],
      ['ぴえん', '残念です'], ['ぱおん', '残念です'], ['それな', 'おっしゃるとおりです'], ['あざす', 'ありがとうございます'], ['あざっす', 'ありがとうございます'], ['あざまる', 'ありがとうございます'],
      ['神回', 'すばらしい回'], ['神対応', '丁寧な対応'], ['ワロタ', REMOVE], ['ワロス', REMOVE], ['草生え', REMOVE], ['kusa', REMOVE], ['ぶっちゃけ', '正直なところ'], ['しか勝たん', 'が一番です'],
      ['バズ', '話題になる'], ['ハンパない', '大変な'], ['パない', '大変な'], ['ムズい', '難しい'], ['キュン', '心ひかれる'], ['テンアゲ', '楽しい'], ['ドンマイ', 'お見舞い申し上げます'],
      ['ワンチャン', 'もしかすると'], ['ウケる', '面白い'], ['JK', '高校生'], ['映え', '見栄えのする'], ['語彙力ゼロ', REMOVE], ['語彙力なくな', REMOVE], ['エグい', '大変な'], ['ちょい', '少し'],
      ['omg', REMOVE], ['lol', REMOVE], ['lmao', REMOVE], ['tbh', '正直なところ'], ['ngl', '正直なところ'], ['タジタジ', '答えに窮する'],
      ['テンション上が', '気持ちが高まり'], ['テンションMAX', '大いに盛り上がり'], ['テンション爆上が', '大いに盛り上がり'],
      ['やらかし', '過ちを犯し'], ['セーフ', '幸いでした'],
      ['ヤバたにえん', 'すばらしい'], ['ヤダ', '困ります'], ['サイコー', '最高です'], ['っす', 'です'], ['すっごく', 'とても'], ['すっごい', 'とても'], ['ちょー', 'とても'], ['チョー', 'とても'], ['ノリノリ', '大いに盛り上がって'],
    ] as const
  ).map(([w, f]) => [foldWord(w), f]),
)

const TOKEN = /(?<![ァ-ヺー])[ァ-ヺ][ァ-ヺー]{1,11}(?![ァ-ヺー])/gu
const katakanaCache = new WeakMap<readonly string[], Array<readonly [string, string]>>()
/** The policy's slang words that are written in katakana, with their folded form, for words written apart. */
function katakanaSlang(list: readonly string[]): Array<readonly [string, string]> {
  let out = katakanaCache.get(list)
  if (!out) {
    out = list.filter((w) => /^=?[ァ-ヺー]{2,}$/u.test(w)).map((w) => [w.replace(/^=/u, ''), foldWord(w.replace(/^=/u, ''))] as const)
    katakanaCache.set(list, out)
  }
  return out
}

/** Hiragana to katakana (ぁ-ゖ → ァ-ヶ); other letters unchanged. */
function toKatakana(w: string): string {
  let out = ''
  for (const ch of w) {
    const c = ch.charCodeAt(0)
    out += c >= 0x3041 && c <= 0x3096 ? String.fromCharCode(c + 0x60) : ch
  }
  return out
}
const slangPieceCache = new WeakMap<readonly string[], Map<string, string>>()
/**
 * The policy's kana slang words as katakana pieces (マジ, ヤバイ, メッチャ, サイコー), each with its folded list word, for runs of
 * katakana that join two or more of them (ﾏｼﾞﾔﾊﾞｲ, ガチエモ). Entries with options other than `=` and the exceptions are left out.
 */
function slangPieces(list: readonly string[]): Map<string, string> {
  let out = slangPieceCache.get(list)
  if (!out) {
    out = new Map()
    for (const entry of list) {
      if (entry.startsWith('!') || entry.includes('{')) continue
      const w = toKatakana(entry.replace(/^=/u, ''))
      if (/^[ァ-ヺー]{2,}$/u.test(w)) out.set(w, foldWord(entry.replace(/^=/u, '')))
    }
    slangPieceCache.set(list, out)
  }
  return out
}
/** Runs of katakana long enough to join two slang words (マジヤバイ). */
const KATAKANA_RUN4 = /(?<![ァ-ヺー])[ァ-ヺ][ァ-ヺー]{3,23}(?![ァ-ヺー])/gu
/**
 * Blind R103A-086: how the katakana run `run` splits wholly into two or more slang pieces (マジ|ヤバイ, ガチ|エモ, チョー|サイコー),
 * longest piece first at each step, as their folded list words; null when it does not (ordinary katakana words: マジック is no
 * マジ + ック). At most 8 pieces; the pieces map is small, so each step tries lengths 2–8 only.
 */
function slangTiling(run: string, pieces: ReadonlyMap<string, string>): string[] | null {
  const memo = new Map<number, string[] | null>()
  const from = (i: number, depth: number): string[] | null => {
    if (i === run.length) return []
    if (depth >= 8) return null
    const seen = memo.get(i)
    if (seen !== undefined) return seen
    let found: string[] | null = null
    for (let len = Math.min(8, run.length - i); len >= 2 && !found; len--) {
      const w = pieces.get(run.slice(i, i + len))
      if (w === undefined) continue
      const rest = from(i + len, depth + 1)
      if (rest) found = [w, ...rest]
    }
    memo.set(i, found)
    return found
  }
  const out = from(0, 0)
  return out && out.length >= 2 ? out : null
}

/**
 * Blind PGT-003/PGT-004 kind (tone17): a native Japanese word or its inflection written in katakana (or half-width kana, folded to
 * full-width in the norm view) as a casual stylistic device: the whole katakana run is a casual word the family reads in hiragana
 * (ミンナ, アリガトー, ホントニ, ゼヒ, ヤッパリ, チョット, トテモ, ヨロシク, オツカレ), an adjective stem with an ending (スゴイ, スゴク,
 * カワイイ, ウレシカッタ, オモシロスギテ, オイシソウ), or a shape no loanword has: a stem + カッタ / クテ / スギテ at the run's end
 * (ヤバカッタ, ヨカッタ). Words long written in katakana (キレイ, ステキ, オススメ, ダメ, ビックリ) and loanwords are not read: the run
 * must be the whole word (カッター, カワイ as a name, スギ花粉, コワーキング stay clean). Bounded: no nested unbounded quantifier.
 */
const KATAKANA_NATIVE_STEM = '(?:スゴ|オモシロ|カワイ|ウレシ|オイシ|タノシ|スバラシ|カナシ|サビシ|サミシ|ツラ|キツ|ヒド|コワ|ヤサシ|ハズカシ|ムズカシ|イソガシ|ネム|ダル|ウザ|キモ|デカ|ウマ|サム|アツ|エグ)'
const KATAKANA_NATIVE = new RegExp(
  '(?<![ァ-ヺー])(?:' +
    '(?:ミンナ(?:サン)?|アリガト(?:ウ|ー|ゥ)?|ホント(?:ウ)?(?:ニ)?|ゼヒ|ヤッパ(?:リ)?|チョット|トテモ|ヨロシク|オツカレ(?:サマ)?|ダイスキ)' +
    `|${KATAKANA_NATIVE_STEM}(?:イ|ク|クテ|カッタ|スギ(?:テ|タ|ル)?|ソウ)` +
    '|[ァ-ヶ]{1,6}(?:カッタ|クテ|スギテ)' +
    ')(?![ァ-ヺーA-Za-z0-9])',
  'gu',
)
const KATAKANA_NATIVE_GATE = /[ァ-ヺ]{2}/u
const HALF_WIDTH_KANA = /[ｦ-ﾟ]/u
/** The hiragana reading of a katakana word (half-width folded; ー after a vowel read as う: アリガトー → ありがとう). */
/** The message's name for a native word spelt in katakana (スゴイ, ｵﾓｼﾛｽｷﾞﾃ): a casual spelling, not a slang word. */
const KATAKANA_NATIVE_LABEL = 'カタカナで崩して書いた語'

function katakanaNativeFix(w: string): string {
  let out = ''
  for (const ch of w.normalize('NFKC')) {
    const c = ch.charCodeAt(0)
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : ch === 'ー' ? 'う' : ch
  }
  return out
}

/** A kanji, then a run the squeezed view drops (a space, dots, an ellipsis: 中止…, 運休・・・, 到達 ), then kana (blind R57A-097). */
const SET_APART = /[\p{Script=Han}々〆][ ・._]{1,3}[ぁ-ゖァ-ヺ]/u
const SET_APART_ALL = /(?<=[\p{Script=Han}々〆])[ ・._]{1,3}(?=[ぁ-ゖァ-ヺ])/gu
/**
 * Blind R60A-093: single kana, each set apart by one space, two or more in a row (ま じ で や ば い): a word spelt letter by letter.
 * Each letter stands alone (no kana glued before the first or after the last); bounded, with no nested unbounded quantifier.
 */
const SPACED_KANA = /[ぁ-ゖァ-ヺー] [ぁ-ゖァ-ヺー](?![ぁ-ゖァ-ヺー])/u
const SPACED_KANA_ALL = /(?<![ぁ-ゖァ-ヺー])(?:[ぁ-ゖァ-ヺー] ){1,24}[ぁ-ゖァ-ヺー](?![ぁ-ゖァ-ヺー])/gu
interface KanaSlang {
  folded: string
  /** The squeezed form the text must have (=ガチ). */
  exact?: string
  katakana?: boolean
  /** Folded words of the entry's ordinary sense (それな{それなり}): not when the sentence holds one. */
  sense?: readonly string[]
}
const kanaSlangCache = new WeakMap<readonly string[], { words: KanaSlang[]; exceptions: string[] }>()
/** The policy's slang words that begin with kana (ぴえん, めっちゃ, マジ), longest first, and the list's exceptions (!まじめ). */
function kanaSlangOf(list: readonly string[]): { words: KanaSlang[]; exceptions: string[] } {
  let out = kanaSlangCache.get(list)
  if (!out) {
    const words: KanaSlang[] = []
    const exceptions: string[] = []
    for (const entry of list) {
      if (entry.startsWith('!')) {
        exceptions.push(foldWord(entry.slice(1)))
        continue
      }
      const { folded, options } = parseEntry(entry)
      if (options?.substring || !/^[ぁ-ゖ]/u.test(folded) || folded.length < 2) continue
      words.push({ folded, ...(options?.exact !== undefined ? { exact: options.exact } : {}), ...(options?.katakana ? { katakana: true } : {}), ...(options?.ordinarySense ? { sense: options.ordinarySense } : {}) })
    }
    words.sort((x, y) => y.folded.length - x.folded.length)
    out = { words, exceptions }
    kanaSlangCache.set(list, out)
  }
  return out
}
/** Whether the slang word `w` is written at `a` of the norm text `t`, as a word, and no exception of the list covers it. */
function slangAt(t: string, a: number, w: KanaSlang, exceptions: readonly string[]): boolean {
  const b = a + w.folded.length
  if (b > t.length) return false
  const seg = t.slice(a, b)
  if (foldWord(seg) !== w.folded) return false
  if (w.exact !== undefined && seg !== w.exact) return false
  if (exceptions.some((e) => e.length >= w.folded.length && foldWord(t.slice(a, a + e.length)) === e)) return false
  return isWordAt(t, a, b, undefined, w.katakana)
}

/**
 * Blind R165I-035: クソ / くそ heading an adjective as an intensifier (ぶっちゃけクソうまくて, クソ暑い中, くそ忙しい): vulgar, which no official
 * account writes however soft its registered level (a soft account's ワロタ or マジ is its registered voice: labeled DB130). Not a word
 * it ends (下手くそ, やけくそ, ヘクソカズラ: a kanji, a katakana or a kana other than a particle before くそ).
 */
const CRUDE_INTENSIFIER = /(?<![一-龠々ァ-ヶー])(?:クソ|(?<![ぁ-ゖ](?<![はでがをにもとの]))くそ)(?=暑|あつ|寒|さむ|忙し|いそがし|うま|旨|まず|不味|眠|ねむ|だる|かわい|可愛|楽し|たのし|でか|やば|ヤバ|遠|長|高|多|難し|むず|面倒|めんど|うざ|ウザ|つまらな|疲れ|つかれ|重|痛|いた[いかく]|ださ|ダサ|狭|せま)/gu
/** Slang words that are laughter (草生える, ワロタ; blind R272S-045 kind: laughing hard in net slang, 腹筋崩壊). */
const LAUGH_WORDS = new Set(['草生え', 'kusa', 'ワロタ', 'ワロス', '腹筋崩壊', '腹筋が崩壊'].map((w) => foldWord(w)))

/**
 * Blind R61A (a colleague's find): slang that is a sentence ending (っす = です) counts only where it ends a predicate: written with
 * the small っ (ッ, ｯ) and followed by the end of the sentence or a final particle (っす。, っすね, っすよ, っすか, っすけど, っす！,
 * っす🎉). The folded view writes っ as つ, so the list's word also lies across a word boundary (ほんなこつ|すみません: ほんなこつ
 * is Chikugo for 本当に; このこつ|すぐ) or inside a word (きっすい, 生粋): no ending there.
 */
const ENDING_SLANG = new Set(['っす'].map((w) => foldWord(w)))
const ENDING_SLANG_HEAD = /^[っッｯ]/u
const ENDING_SLANG_TAIL = /^(?:ね|ネ|よ|ヨ|か|カ|わ|けど|けん|から|もん|よね)?(?:[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ｦ-ﾟ]|$)/u
function endingSlangAt(raw: string, s: Span): boolean {
  return ENDING_SLANG_HEAD.test(raw.slice(s.start, s.end)) && ENDING_SLANG_TAIL.test(raw.slice(s.end, s.end + 4))
}

/** Laughter marks (ｗｗ, (笑), 草 closing a clause). */
export function laughterMarks(r: ToneReading): void {
  const { chars, add } = r
  if (chars.laugh) add(LAUGHTER, 'laughter', () => REMOVE)
}

/** Net slang forms: 〜な件, ワイ and 〜ンゴ (role-speech), 〜まくる, an intensifier glued to a kanji (one signal if the list read it). */
export function netSlangForms(r: ToneReading): void {
  const { t, signals, add } = r
  if (t.includes('件')) add(KEN, 'slang', (m) => `${m[0] === 'な' ? 'な' : m[0]}ことです`)
  // Blind R418T-059 kind: net role-speech in the account's own voice (ワイ as the first person, 〜ンゴ closing a phrase).
  if (t.includes('ワイ')) add(NET_WAI, 'slang', () => '私')
  if (t.includes('ンゴ') || t.includes('んご')) add(NET_NGO, 'slang', () => REMOVE)
  if (t.includes('まく')) add(MAKURU, 'slang', () => '（「何度も」「たくさん」などに言い換える）')
  if (t.includes('めっちゃ') || t.includes('めちゃくちゃ') || t.includes('すっご') || t.includes('ぶっちゃけ')) {
    const n0 = signals.length
    add(GLUED_INTENSIFIER, 'slang', (m) => GLUED_INTENSIFIER_FIX[m] ?? 'とても')
    // The word list may have read it already (after a space or a particle): one signal for one word.
    for (let i = signals.length - 1; i >= n0; i--) {
      const x = signals[i]!
      if (signals.slice(0, n0).some((y) => (y.kind === 'slang' || y.kind === 'laughter') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
}

/** A crude intensifier (クソうま, くそ暑い): crude, flagged on any account. */
export function crudeIntensifiers(r: ToneReading): void {
  const { t, signals, add } = r
  // Blind R165I-035: a crude intensifier (クソうま): flagged on any account (crude).
  if (t.includes('クソ') || t.includes('くそ')) {
    const n0 = signals.length
    add(CRUDE_INTENSIFIER, 'slang', () => 'とても')
    for (let i = n0; i < signals.length; i++) signals[i]!.crude = true
  }
}

/** The policy's slang words (doc.hits('slang')), outside quotations; laughter words as laughter; っす only closing a phrase. */
export function listedSlang(r: ToneReading): void {
  const { doc, signals, quotesSq } = r
  for (const h of doc.hits('slang')) {
    if (h.mention) continue
    if (quotesSq.length > 0 && inRanges(quotesSq, h.start)) continue
    const s = doc.fromSqueezed(h.start, h.end)
    if (ENDING_SLANG.has(h.word) && !endingSlangAt(doc.raw, s)) continue
    const kind = LAUGH_WORDS.has(h.word) ? 'laughter' : 'slang'
    signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[h.word] ?? '標準的な言葉に言い換える', ...s })
  }
}

/** Slang set apart from the kanji before it by a space, dots or an ellipsis (中止…ぴえん). */
export function slangSetApart(r: ToneReading): void {
  const { doc, t, quotesNorm, signals } = r
  // Blind R57A-097: slang set apart from the kanji before it by a space, dots or an ellipsis (イベント中止…ぴえん, 運休・・・ぱおん,
  // 定員到達 めっちゃ嬉しい): the squeezed view drops the run and glues the kana onto the kanji, where no word starts (okurigana), so
  // the word list misses it; read the norm view right after the run.
  if (SET_APART.test(t)) {
    const { words, exceptions } = kanaSlangOf(doc.policy.words.slang)
    SET_APART_ALL.lastIndex = 0
    for (let m = SET_APART_ALL.exec(t); m; m = SET_APART_ALL.exec(t)) {
      const a = m.index + m[0].length
      SET_APART_ALL.lastIndex = a
      if (quotesNorm.length > 0 && inRanges(quotesNorm, a)) continue
      const hit = words.find((w) => slangAt(t, a, w, exceptions))
      if (!hit) continue
      const b = a + hit.folded.length
      if (hit.sense && hit.sense.length > 0) {
        const sen = sentenceOf(t, a, b)
        const folded = foldWord(t.slice(sen.start, sen.end))
        if (hit.sense.some((x) => folded.includes(x))) continue
      }
      const s = doc.fromNorm(a, b)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      const kind = LAUGH_WORDS.has(hit.folded) ? 'laughter' : 'slang'
      signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[hit.folded] ?? '標準的な言葉に言い換える', ...s })
    }
  }
}

/** Slang spelt letter by letter with spaces (今 ま じ で や ば い). */
export function slangSpacedOut(r: ToneReading): void {
  const { doc, t, quotesNorm, signals } = r
  // Blind R60A-093: a slang word spelt letter by letter with a space between the kana (今 ま じ で や ば い です, 花火 め っ ち ゃ
  // きれい): the spaces set the word apart for the reader, yet the squeezed view glues its first kana onto the kanji before it
  // (read as okurigana) and the norm view has spaces inside it. Join each run of single spaced kana and read the list there; the
  // run's first letter starts a word (a space is before it), the letters inside need the segmenter as usual.
  if (t.includes(' ') && SPACED_KANA.test(t)) {
    const { words, exceptions } = kanaSlangOf(doc.policy.words.slang)
    SPACED_KANA_ALL.lastIndex = 0
    for (let m = SPACED_KANA_ALL.exec(t); m; m = SPACED_KANA_ALL.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      // The joined letters and, for each, its index in `t`.
      let joined = ''
      const at: number[] = []
      for (let k = 0; k < m[0].length; k++) {
        if (m[0][k] === ' ') continue
        joined += m[0][k]
        at.push(m.index + k)
      }
      for (let a = 0; a < joined.length - 1; a++) {
        const hit = words.find((w) => slangAt(joined, a, w, exceptions))
        if (!hit) continue
        const b = a + hit.folded.length
        if (hit.sense && hit.sense.length > 0) {
          const folded = foldWord(joined)
          if (hit.sense.some((x) => folded.includes(x))) continue
        }
        const s = doc.fromNorm(at[a]!, at[b - 1]! + 1)
        if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
        const kind = LAUGH_WORDS.has(hit.folded) ? 'laughter' : 'slang'
        signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[hit.folded] ?? '標準的な言葉に言い換える', ...s })
        a = b - 1
      }
    }
  }
}

/** Slang words run together in katakana (ﾏｼﾞﾔﾊﾞｲ, チョーサイコー). */
export function slangRunTogether(r: ToneReading): void {
  const { doc, t, quotesNorm, signals } = r
  // Blind R103A-086: slang words run together in katakana (ﾏｼﾞﾔﾊﾞｲ, マジヤバ, チョーサイコー): the run reads as one unknown word, so no
  // single list word stands at a word boundary in it; a run that splits wholly into slang words is slang.
  {
    const pieces = slangPieces(doc.policy.words.slang)
    const { exceptions } = kanaSlangOf(doc.policy.words.slang)
    KATAKANA_RUN4.lastIndex = 0
    for (let m = KATAKANA_RUN4.exec(t); m; m = KATAKANA_RUN4.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      const words = slangTiling(m[0], pieces)
      if (!words) continue
      // The list's exceptions hold inside the run too (マジマジ is まじまじと, staring).
      const folded = foldWord(m[0])
      if (exceptions.some((e) => folded.includes(e))) continue
      const s = doc.fromNorm(m.index, m.index + m[0].length)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      const fix = words.map((w) => SLANG_FIX[w]).filter((f) => f !== undefined && f !== REMOVE).join('') || '標準的な言葉に言い換える'
      signals.push({ kind: 'slang', weight: WEIGHT.slang, fix, ...s })
    }
  }
}

/** Native words spelt in katakana (スゴイ, ｵﾓｼﾛｽｷﾞﾃ): slang when two or half-width, else weak. */
export function katakanaNativeWords(r: ToneReading): void {
  const { doc, t, quotesNorm, signals, raw } = r
  // Blind PGT-003/PGT-004 kind (tone17): native words and their inflections written in katakana as a casual device (スゴイ, ミンナ,
  // アリガトー, ｵﾓｼﾛｽｷﾞﾃ, ホントニ, ゼヒ). Two or more in a paragraph, or one in half-width kana, read as slang; a lone full-width one
  // (ゼヒ in a formal post) only lowers the score a little (weak: not levity on its own).
  if (KATAKANA_NATIVE_GATE.test(t)) {
    const found: Span[] = []
    KATAKANA_NATIVE.lastIndex = 0
    for (let m = KATAKANA_NATIVE.exec(t); m; m = KATAKANA_NATIVE.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      const s = doc.fromNorm(m.index, m.index + m[0].length)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      found.push(s)
    }
    const strong = found.length >= 2 || found.some((s) => HALF_WIDTH_KANA.test(raw.slice(s.start, s.end)))
    for (const s of found) {
      const fix = katakanaNativeFix(raw.slice(s.start, s.end))
      const label = KATAKANA_NATIVE_LABEL
      signals.push(strong ? { kind: 'slang', weight: WEIGHT.slang, fix, label, ...s } : { kind: 'slang', weight: WEIGHT.slang / 2, fix, weak: true, label, ...s })
    }
  }
}

/** Katakana slang words written apart (ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ). */
export function katakanaWordsApart(r: ToneReading): void {
  const { doc, norm, t, chars, signals } = r
  // Katakana words written apart (ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ): the squeezed view joins them into one run, so read them one by one.
  if (chars.spacedKatakana) {
    const words = katakanaSlang(doc.policy.words.slang)
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) {
      const token = m[0]
      const w = words.find(([x]) => token.startsWith(x))?.[1]
      if (w === undefined) continue
      const a = m.index
      const b = a + m[0].length
      const start = norm.start[a]!
      if (signals.some((x) => x.kind === 'slang' && x.start <= start && x.end > start)) continue
      signals.push({ kind: 'slang', weight: WEIGHT.slang, fix: SLANG_FIX[w] ?? '標準的な言葉に言い換える', start, end: norm.end[b - 1]! })
    }
  }
}
