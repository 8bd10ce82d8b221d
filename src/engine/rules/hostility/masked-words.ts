/**
 * hostility — insults and curses hidden by a mask.
 *
 * One mask character standing for a letter (バ〇野郎, し〇, ○ね, ク〇人間): curse when the stem is a death word, insult otherwise; a
 * leading mask said of someone (ほんと○ホやね) or as the one a thing is easy enough for (○カでも分かる).
 *
 * Stays clean: ○ and × as the marks of a quiz or a table (○×クイズ, 答えは×), a bullet or a blank (■かめない, ○ねぎ), a word said while
 * saying it is not said is still read (〇ね とまでは申しませんが).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { isKatakana, isHiragana, isKanji, maskedWords } from '../../words'

/** A masked short word (し〇, バ〇) only as a whole phrase: nothing but punctuation around it. */
export function maskedAlone(sq: string, start: number, end: number): boolean {
  // More masks after it (ク〇〇〇, ア〇〇ン): a longer word held back, not this one.
  if (MASK_CHARS.includes(sq[end] ?? 'x')) return false
  const b = sq[start - 1]
  // A katakana word starts where the katakana does (ほんとにバ〇だよね); a hiragana one only after a non-letter.
  if (b !== undefined && (isKatakana(sq[start]) ? isKatakana(b) : isHiragana(b) || isKanji(b) || isKatakana(b))) return false
  const a = sq[end]
  if (a === undefined || !(isHiragana(a) || isKanji(a) || isKatakana(a)) || 'じかがはめやだ'.includes(a)) return true
  // Said as what the person is: バ〇なんですか, ア〇なの？, バ〇ですね (not ク〇みたいな天気, ク〇すぎる暑さ: said of the weather, not of anyone).
  if (/^(?:な(?:ん|の|[？?。！!]|$)|で(?:す|しょ))/u.test(sq.slice(end, end + 3))) return true
  // Blind R27A-002 kind: or as the adjective of a person (理解できないバ〇な方がいらっしゃる, ア〇な人, バ〇な連中; not ク〇な天気).
  if (/^な(?:方|かた|人|ひと|奴|やつ|ヤツ|連中|輩|客|お客|利用者|市民|住民|保護者|親|大人)/u.test(sq.slice(end, end + 5))) return true
  // Round 47: the one a thing is easy enough for (バ〇でも分かるように書いてるつもりなんですけどね, ア〇でも理解できる内容です).
  if (FOOL_CAN.test(sq.slice(end, end + 12))) return true
  // Round 48: said as the writer's judgement of someone (正直、バ〇としか思えません, ア●と言わざるを得ない, ボ〇と思うばい; not ア〇と書かれた札).
  if (/^と(?:しか)?[、\s]?(?:思(?!いき)|おも(?!いき)|言いよう|いいよう|言わざるを|いわざるを|感じ)/u.test(sq.slice(end, end + 9))) return true
  // Called or likened to a person: ク〇人間, ク〇みたいな人間, カ〇のような連中, バ〇みたいなやつら (not ク〇みたいな天気).
  return /^(?:人間|野郎|やろう|ども|共|女|男|じじい|ばばあ)|^(?:みたいな|みてえな|みたいや|のような|のよーな|同然の|並みの|レベルの)(?:人|奴|やつ|ヤツ|連中|輩|野郎|男|女|客|方|おやじ|親父|じじい|ばばあ|クレーマー)/u.test(sq.slice(end, end + 9))
}

/** Round 47: 〜でも分かる / できる after a masked insult: the reader ranked below a fool. */
const FOOL_CAN = /^(?:で|に)も(?:すぐ(?:に)?|簡単に|一発で|一目で|ひと目で)?(?:分か|わか|理解|読め|解け|でき(?:る|ます)(?:よう|内容|こと|レベル|手続|作業|でしょ|やろ|はず|って|よ|[。！!]))/u
/** Round 47: an intensifier or a person addressed right before a word (ほんと○ホやね, マジ〇カじゃん, あんた〇カなの). */
const INTENSIFIER = /(?:ほんと|ホント|ほんとに|本当に|ほんま|ホンマ|マジ|まじ|マジで|まじで|ガチ|ガチで|めっちゃ|めちゃ|超|ただの|とんだ|相当|相当な|かなりの|よっぽど|よほど|完全に|完全な|お前|おまえ|あんた|あなた)(?:は|って)?[、\s]?$/u

/**
 * Round 47: a mask over the first letter (ほんと○ホやね, マジ〇カじゃん, ○カでも分かる): usually a bullet (■かめない), but not
 * when an intensifier or a person stands right before it and it is said as what the person is, nor when a thing is said to be
 * easy enough for it.
 */
export function maskedLead(sq: string, start: number, end: number): boolean {
  if (MASK_CHARS.includes(sq[start - 1] ?? 'x') || MASK_CHARS.includes(sq[end] ?? 'x')) return false
  const b = sq[start - 1]
  if (b !== '\n' && FOOL_CAN.test(sq.slice(end, end + 12))) return true
  if (!INTENSIFIER.test(sq.slice(Math.max(0, start - 6), start))) return false
  return /^(?:や(?:ね|な|ん|ろ|わ|け)|だ(?:ね|な|よ|ろ|わ|っ)|です|なん|なの|じゃ(?:ね|な|ん)|すぎ|過ぎ|か[？?]|[。！!？?…w笑🙄]|$)/u.test(sq.slice(end, end + 3))
}

/** A longer masked word (ガ〇ジ, キ〇ガイ): not inside a longer run of its script. */
export function maskedWord(sq: string, start: number, end: number): boolean {
  const first = sq[start]
  const last = sq[end - 1]
  if (isKatakana(first) && isKatakana(sq[start - 1])) return false
  if (isKatakana(last) && isKatakana(sq[end])) return false
  if (isHiragana(first) && (isHiragana(sq[start - 1]) || isKanji(sq[start - 1]))) return false
  return true
}

/** Insults and curses hidden by one mask character (ガ〇ジ is decency's; these are hostility's). */
export const MASKED_LONG = maskedWords(['バカ野郎', 'アホ野郎', 'ころすぞ', 'キモイ', 'くたばれ', '消えろ', 'くたばれ', '死ね死ね', 'ばかやろう', 'クソ野郎', 'うざい', 'キモい', 'ジジイ', 'ババア', 'クズ野郎', '殺すぞ', 'ぶっ殺す', 'アホンダラ'])
export const MASKED_SHORT = maskedWords(['しね', 'シネ', '死ね', 'バカ', 'アホ', 'クズ', 'カス', 'ボケ', 'ブス', 'デブ', 'ハゲ'])
export const CURSE_STEMS = /^(?:し|死|ね)/u
export const HAS_MASK = /[〇○●◯◎×✕✖*■□◇◆△▲]/u
const MASK_CHARS = '〇○●◯◎×✕✖*■□◇◆△▲'
/**
 * ○ and × as the marks of a quiz or a table (○×クイズ, ○か×か, 答えは×): marks, not masked letters. Blind R118A-144: the answers
 * given per question (答え：Q1は○、Q2は×, 問2…×, (3)は○, 第1問：×): a question number, then は / : and the mark on its own.
 */
export const QUIZ_MARKS = /[〇○◯]\s?(?:か|と|・|\/|or)?\s?[×✕✖]|[×✕✖]\s?(?:か|と|・|\/)?\s?[〇○◯]|(?:答え|正解|解答)(?:は)?[:：\s]?[〇○◯×✕✖]|(?:答え|こたえ|正解|解答)[^。\n]{0,12}?[〇○◯×✕✖](?![ぁ-ゖァ-ヺ一-龥々ー])|(?:[qQＱ]|問|問題|第)\s?[0-9０-９一二三四五六七八九十]{1,2}(?:問)?\s?[.．:：)）]?\s?(?:は|が|の(?:答え|正解)は)?\s?[:：]?\s?[〇○◯×✕✖](?![ぁ-ゖァ-ヺ一-龥々ー])|[(（][0-9０-９]{1,2}[)）]\s?(?:は|が)?\s?[:：]?\s?[〇○◯×✕✖](?![ぁ-ゖァ-ヺ一-龥々ー])/u
