/**
 * decency — slurs: a slur spelt with lookalike kanji (エ夕), masked words, and the word list's hits that are a place (池沼 the pond)
 * or a warning against exploitation. Stays clean: 池沼 as a pond or marsh, a slur named in a warning.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { lookalikeWords } from '../../lookalike'
import { isHiragana, isKanji, isKatakana, phrase } from '../../words'

/**
 * Round 49: a slur that is also the name of a place (池沼, ponds and marshes) read as the place by what it stands with: listed
 * with other waters or land (掘割や池沼, 河川・池沼・堀割, 池沼と湿地), or a place something lives, grows or is found in, or the
 * banks and waters of it (池沼にすむトンボ, 池沼に生息する, 池沼で見られる, 池沼のほとり). A person is no place; a likeness or a
 * judgement after the word (池沼みたいな, 池沼かと思った) is read by the phrase rule whatever stands around it.
 */
const ONE_WATER = '(?<![一-龥])(?:川|池|沼|湖|堀)(?![一-龥])'
export const WATERS = `(?:掘割|堀割|水路|用水路|河川|湖沼|ため池|溜め池|遊水池|調整池|クリーク|湿地|湿原|干潟|水田|田んぼ|水辺|有明海|${ONE_WATER})`
const POND_PLACE = phrase(`${WATERS}(?:や|・|、|,|と|及び|および|から)池沼|池沼(?:や|・|、|,|と|及び|および|から)${WATERS}|池沼(?:の中)?(?:に|で)[^。！？!?\\n]{0,12}?(?:すむ|住む|棲む|住ん|すん|棲ん|生息|棲息|生え|育|咲|集ま|飛来|やって来|やってく|暮ら)|池沼(?:の中)?で[^。！？!?\\n]{0,12}?(?:見られ|見つか|観察)|池沼(?:の)?(?:ほとり|まわり|周り|周辺|岸|水面|水質|水位|底|生き物|いきもの|生物|魚|鳥|植物|水草)`, 'u')
export function pondPlace(fo: string, start: number, end: number): boolean {
  if (fo.slice(start, end) !== '池沼') return false
  const from = Math.max(0, start - 8)
  POND_PLACE.lastIndex = 0
  const m = POND_PLACE.exec(fo.slice(from, end + 12))
  return m !== null && from + m.index <= start && from + m.index + m[0].length >= end
}
/** Round 49: sexual exploitation (援助交際, パパ活, 買春) named in a warning that protects children: its own sentence calls it a harm,
 * a crime or a danger to be kept from (…は、子どもが性被害や犯罪に巻き込まれる大きな危険があります). Not a bare call to stop
 * (パパ活はやめよう), not the harm denied (危険はありません), put on the child (自己責任), a group labelled by it (パパ活女子) or the
 * word offered lightly (稼げる, 笑, ♡). */
const EXPLOITATION = phrase('^(?:援交|援助交際|パパ活|ママ活|売春|買春)$', 'u')
const EXPLOITATION_HARM = phrase('被害|犯罪|危険|巻き込ま|まきこま|狙われ|ねらわれ|防止|防ぐ|守る|守り|守ろう|違法|法律|条例|禁止され|逮捕|補導|搾取|事件', 'u')
const EXPLOITATION_LIGHT = phrase('(?:被害|犯罪|危険|違法|事件)(?:で|じゃ|に)?(?:は|も)?(?:ない|なく|ありません|なら|なり)|[笑😏😍🤭♡♥💕]|稼げ|稼ぎ|稼ご|儲か|もうか|おすすめ|お得|楽し|歓迎|割り切|大募集|ww|自己責任|自業自得|仕方(?:ない|ありません|がない|ないです)|当然|予備軍|女子|おじさん|おじ様|おじさま', 'u')
export function warnedExploitation(fo: string, start: number, end: number): boolean {
  if (!EXPLOITATION.test(fo.slice(start, end))) return false
  let a = start
  while (a > 0 && start - a < 80 && !/[。！？!?\n]/u.test(fo[a - 1]!)) a--
  let b = end
  while (b < fo.length && b - end < 80 && !/[。！？!?\n]/u.test(fo[b]!)) b++
  const sen = fo.slice(a, b)
  return EXPLOITATION_HARM.test(sen) && !EXPLOITATION_LIGHT.test(sen)
}
export const HAS_MASK = /[〇○●◯◎×✕✖*■□◇◆△▲]/u

/**
 * Round 107: kanji that look like katakana, written inside a katakana run to slip a slur past the lists (エ夕 with 夕 U+5915 for タ,
 * 卜 for ト, 力 for カ, 口 for ロ, 二 for ニ, 工 for エ, 八 for ハ, 一 for ー). Read by the shared `lookalikeWords` (../lookalike: only
 * in a run that holds a real katakana letter, so 夕方, 夕日, 工事, 二人 stay as they are); the run must then be a listed slur as a whole.
 */
const LOOKALIKE_SLUR = /^(?:エタ|ガイジ|ガイキチ|キチガイ|チョン|ニガー|ジャップ|シナジン|カタワ|メクラ|ツンボ|オカマ|ホモ|レズ|ブス|デブ|ガイジン|ドジン)$/u
export const lookalikeSlurs = (sq: string): Array<[number, number]> => lookalikeWords(sq, LOOKALIKE_SLUR)

const SUSPECTED98 = /^(?:疑惑|疑い|説|の噂|のうわさ|ネタ|キャラ|認定|確定|なんじゃ|じゃない|やない|なん(?:や|だ)ろ)/u
export function maskedWordAt(sq: string, start: number, end: number): boolean {
  const isLetter = (c: string | undefined) => isHiragana(c) || isKanji(c) || isKatakana(c)
  // A two-letter word with one letter masked (ホ〇, 〇ス) only as a phrase of its own.
  // A couple, pair or label after it (ホ〇カップル, レ〇同士, ホ〇扱い) says whom it names; its first letter must show.
  // Round 98 (R99A-134): a label of suspicion after it (課内でホ〇疑惑が, レ〇説, ホ〇の噂) says a person is speculated about; a particle
  // may come before it. Its first letter must show.
  if (end - start <= 2 && !HAS_MASK.test(sq[start]!) && isKatakana(sq[start]) && !isKatakana(sq[start - 1]) && SUSPECTED98.test(sq.slice(end, end + 4))) return true
  if (end - start <= 2) return (!isLetter(sq[start - 1]) || (!isKatakana(sq[start - 1]) && !HAS_MASK.test(sq[start]!) && /^(?:っぽ|みたい)/u.test(sq.slice(end, end + 3)))) && (!isLetter(sq[end]) || 'はがじかだや'.includes(sq[end]!) || /^(?:みたい|レベル|並み|っぽ)/u.test(sq.slice(end, end + 3)) || (!HAS_MASK.test(sq[start]!) && /^(?:カップル|かっぷる|同士|夫婦|野郎|扱い|呼ばわり)/u.test(sq.slice(end, end + 4))))
  const first = sq[start]
  const last = sq[end - 1]
  if (isKatakana(first) && isKatakana(sq[start - 1])) return false
  if (isKatakana(last) && isKatakana(sq[end]) && !/^(?:レベル|並み)/u.test(sq.slice(end, end + 3))) return false
  // Team DCB-002 / DCB-006 / DCI-070 kind (dec13): a kana slur of three letters or more with its mask inside, first and last letters
  // showing (つ○ぼ, め●ら, め〇ら), is read after a particle or a word too (決裁がめ●ら判, よほどのめ〇ら, 最近つ○ぼに): a mask between two
  // letters is no part of an ordinary word. A mask at the end (めく〇) may still be a word's tail and keeps the boundary.
  // The next letter must not carry the word on (ため〇らい, つ〇ぼみ, め〇らず are other words masked); else the boundary below decides.
  if (end - start >= 3 && isHiragana(first) && isHiragana(last) && HAS_MASK.test(sq.slice(start + 1, end - 1)) && (!isHiragana(sq[end]) || 'にのがはをでもとやだじかなよね'.includes(sq[end]!) || /^(?:みたい|っぽ)/u.test(sq.slice(end, end + 3)))) return true
  if ((isHiragana(first) || isKanji(first)) && (isHiragana(sq[start - 1]) || isKanji(sq[start - 1]))) return false
  return true
}
