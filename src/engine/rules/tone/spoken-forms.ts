/**
 * tone — 4(1): spoken forms in the account's own voice, anywhere in a sentence: ている with its い dropped (賑わってるんです, 住んでるので),
 * ておく and ので contracted (しといて, 混んでるんで), てしまう contracted (なっちゃった), dialect words (ほんなこつ, いっちょん, どげん),
 * runs of ！ and ？ (!!!), elongation (しま〜す weighs like an ending; a polite ending drawn out, 変わりましたー！, is levity on a stiff
 * account), onomatopoeia (キラキラ) and nursery words (おねんね: levity). Each is a signal with its formal rewrite; the score
 * (formality-score.ts) weighs them. Stays clean: the same forms inside a quotation, a form the ending reader already took (one signal
 * for one phrase), a polite sentence's own です・ます (only what is contracted or drawn out is read).
 */
import { N_DIALECT_WORD, REMOVE, WEIGHT } from './context'
import type { ToneReading } from './context'

const EXCLAIM = /[!?！？]{2,}/g
const ELONGATION = /(?<=[ぁ-ゖ])[っッ](?=[!！?？。♪\s]|$)|[ぁ-ゖ][ー~]+[ぁ-ゖ]?|[ァ-ヺ]~+|[ー~]{2,}|(?<![時分日月年円歳回号頃期週])(?<=[一-龠])~+(?=[!！♪。\s]|$)/gu
const ONOMATOPOEIA = /([ァ-ヺ]{2})\1/gu
/**
 * Blind R236I-060 kind: the nursery words of a parent talking to a baby (幼児語), said in the account's own voice of a thing or of the
 * reader (納付書、引き出しの奥でおねんねしてませんか？, おねむの時間です, おっきしたら…, ないないしましょう, いい子いい子): a jocular,
 * personifying voice that like laughter never suits a stiff account (4, 5) however polite the sentences (levity). Only the forms that are
 * baby talk whatever follows (おねんね, おねむ) or the verb of one (ねんねする, おっきして, あんよして); a childcare term as a noun (ねんね期,
 * 「ねんねの会」, あんよの練習), big in speech (おっきい) and a lullaby quoted (「…ねんねこよ」) are not read.
 */
const BABYTALK = /おねんね|ねんね(?=し(?:て|た|よう|ま|ちゃ|な)|する|させ|中)|おねむ(?![り])|(?:おっき|ないない|あんよ|よしよし)(?=し(?:て|た|よう|ま|ちゃ|な)|する|させ)|いい(?:子|こ)いい(?:子|こ)|ばっちい/gu
/** A formal rewrite of each nursery word. */
function babytalkFix(m: string): string {
  if (m.includes('ねんね')) return '眠って'
  if (m.includes('ねむ')) return '眠い'
  if (m.startsWith('おっき')) return '起き'
  if (m.startsWith('ないない')) return '片付け'
  if (m.startsWith('あんよ')) return '歩き'
  if (m.startsWith('ばっち')) return '汚い'
  return '標準的な言葉に言い換える'
}
/** The marks an elongation's rewrite drops (global: for `replace`). */
const LONG_MARKS = /[ー~っッ]/gu
/**
 * A polite ending drawn out, read in the raw text around an elongation: with the long-vowel mark (ましたー, ますー, でーす, まーす), the
 * voice of a chat on any stiff account (4, 5); with 〜 (お願いします〜, です～), a softened close that only the stiffest account (5) rules out.
 */
/**
 * Blind R449A-059 kind: …or clipped with a small っ, drawn out or not (変えました〜っ！, お待ちしてますっ, 完成でーすっ): the squeal of a chat,
 * never a notice's, on any stiff account (4, 5).
 */
const POLITE_LONG_VOWEL = /(?:ました|ます|です|でした|ません|ください)ー+|[まで][ー〜~～]+す|(?:ました|ます|です|でした|ません|ください|ましょう)[ー〜~～]*[っッ]/u
const POLITE_DRAWN_OUT = /(?:ました|ます|です|でした|ません|ください)[ー〜~～]+/u
/** Blind R260K-044 kind: …with a final particle before the drawn-out vowel (見てくださいね〜, 開催しますよ〜, 楽しかったですね〜). */
const POLITE_PARTICLE_DRAWN_OUT = /(?:ました|ます|です|でした|ません|ください|ましょう)(?:ね|よ|よね|ねぇ)[ー〜~～]+$/u
/** Elongation inside a word (しま〜す). */
const INSIDE_WORD = /[ぁ-ゖ][ー~]+[ぁ-ゖ]/u
/** Dialect words anywhere in a sentence (筑後・佐賀・博多): ほんなこつ, いっちょん, どげん. */
export const DIALECT_WORD = /ほんなこつ|いっちょん|どげん|こげん|そげん|あげん|なんしよっと|しよっと|しとっと|がばい|ばってん|むしゃんよか|たいぎゃ/gu
const DIALECT_WORD_FIX: Record<string, string> = {
  ほんなこつ: '本当に', いっちょん: '少しも', どげん: 'どのように', こげん: 'このように', そげん: 'そのように', あげん: 'あのように', なんしよっと: '何をしていますか',
  しよっと: 'しています', しとっと: 'しています', がばい: 'とても', ばってん: 'ですが', むしゃんよか: '格好がよい', たいぎゃ: 'とても',
}
/** ている with its い dropped before more words (賑わってるんです, 住んでるので, 知ってる人): spoken, not written. */
const CONTRACTED = /(?:って|んで|して|いて)(?:る|た)(?=んです|んだ|んで|ので|のに|から|けど|人|方|とき|時|こと)/gu
/**
 * Blind R160I-116: 〜ておく contracted to 〜とく / 〜どく anywhere in a sentence (チェックしといてください, 言っとくね, 読んどいて, 置いといた):
 * spoken, not written, even before a polite ending. Read after a て-form's stem (し, っ, い, ん, え-row kana, a one-kanji verb) and only
 * as a whole form closed by a boundary, so a word that merely holds the letters is no hit: ことといたします (humble とする), 中止といたします,
 * ずっといたい, もっとくわしく, ちょっとくらい, めんどくさい, 〜したとき (時), 問題をといて (解く).
 */
const TEOKU_CONTRACTED =
  /(?<=(?:[しいえけせてねべめれげ見寝出着]|(?<!ず|ちょ|も|き|さ|ほ|じ|そ|ぐ|ぱ|す|ふ|ざ|ど|は|ぎゅ|きゅ)っ))(?:とく|ときます|ときました|ときましょう|ときたい|といて|といた(?!し)|とこう)(?=[。、，,．！？!?\s…〜~ー♪くクねよかけのもらんだほ]|$)|(?<=[んい])(?:どく|どきます|どきました|どいて|どいた(?!し)|どこう)(?=[。、，,．！？!?\s…〜~ー♪くクねよかけのもらんだほ]|$)/gu
/**
 * Blind R160I-116: ので said as んで at a clause's end (新しくなったんで、, 雨なんで、, 忙しいんで。, ありますんで): the causal of talk, not of
 * a notice. Not a て-form of a verb in む・ぶ・ぬ (読んで、, 並んで、 after a kanji; たたんで、; つまんで、), not なんで as "why" at a clause's start.
 */
const NODE_CONTRACTED = /(?:(?<!た)たんで|るんで|いんで|(?<=[一-龠々])[すくうつ]んで|(?<=[^\s、。，,！？!?「『（(])なんで|(?:ます|です)んで)(?=[、，,。！!]|$)/gu
/**
 * Blind R260K-044 kind: the same ので said as んで straight before the next words, no comma (明日もやるんで見てください, 雨が降るんで
 * 傘を): after a plain verb in る (やる, する, いる, ある, なる, れる, てる, 配る, 来る) only, since a て-form in む (くるんで = 包んで, うるんで,
 * ゆるんで) holds the letters; not んです・んでした・んでしょう (the explanatory の) nor んでは (のでは).
 */
const NODE_GLUED = /(?<=(?:や|す|い|あ|な|れ|て|で|け|め|せ|べ|[一-龠々])る)んで(?=[一-龠々ァ-ヺぁ-ゖ])(?![すしはも])/gu
/**
 * Blind R260K-044 kind: 〜まくる (ありまくり, 食べまくった, 笑いまくって): a verb's stem with まくる to say "to excess", the talk of a
 * chat. Read only after a stem's last kana (い- and え-row) or the one-kanji stems 出・見・寝 (出まくり), so 腕まくり, 袖をまくる, 枕 (まくら) and かまくら are no hits.
 */
/**
 * Blind R11A-024, R31B-020 kind: 〜てしまう contracted to ちゃう / じゃう inside a sentence, before more words (来ちゃってください,
 * なっちゃいました, 忘れちゃったので, 飲んじゃってOK): spoken, not written, even before a polite ending. Read after a verb's て-form
 * stem (a kanji, っ, し, い, き, れ …; じゃ after ん) so a word holding the letters is no hit (おもちゃって, かぼちゃ, ちゃんと, じゃがいも).
 * (At a sentence's end, ちゃった / ちゃう are the ending reader's.)
 */
const CHAU_CONTRACTED = /(?:(?<=[一-龠々っしいきけせてねべめれりみち])ちゃ|(?<=ん)じゃ)(?:って|いまし|いま|った|おう)/gu

/** Spoken contractions in the account's voice (てる, とく, んで, ちゃう), one signal for one phrase the ending reader did not take. */
export function contractedForms(r: ToneReading): void {
  const { t, signals, add } = r
  if (t.includes('てる') || t.includes('でる') || t.includes('てた') || t.includes('でた')) add(CONTRACTED, 'ending', (m) => `${m.slice(0, 2)}い${m.slice(2)}`)
  if (t.includes('とく') || t.includes('とき') || t.includes('とい') || t.includes('とこう') || t.includes('どく') || t.includes('どき') || t.includes('どい') || t.includes('どこう')) {
    const before = signals.length
    add(TEOKU_CONTRACTED, 'ending', (m) => `${m[0] === 'ど' ? 'でお' : 'てお'}${m.slice(1)}`)
    // The ending reader already took a form that closes the sentence (しといて。 as 〜いて): one signal for one phrase.
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (t.includes('んで')) {
    const before = signals.length
    add(NODE_CONTRACTED, 'ending', (m) => `${m.slice(0, -2)}ので`)
    add(NODE_GLUED, 'ending', () => 'ので')
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (t.includes('ちゃ') || t.includes('じゃ')) {
    const before = signals.length
    add(CHAU_CONTRACTED, 'ending', (m) => `${m[0] === 'じ' ? 'でしま' : 'てしま'}${m.slice(2)}`)
    // The ending reader already took a form that closes the sentence (なっちゃった。): one signal for one phrase.
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
}

/** Dialect words, runs of ！？, elongation (levity when a polite ending is drawn out), onomatopoeia and nursery words (levity). */
export function spokenMarks(r: ToneReading): void {
  const { doc, t, chars, normMay, signals, add } = r
  if (normMay.includes(N_DIALECT_WORD)) add(DIALECT_WORD, 'dialect', (m) => DIALECT_WORD_FIX[m] ?? '共通語に言い換える')
  if (chars.exclaim) add(EXCLAIM, 'exclaim', (m) => m[0]!)
  // Elongation inside a word (しま〜す, みなさ〜ん) is a voice, not a trailing flourish: it weighs as an ending.
  if (chars.elongate) add(ELONGATION, 'elongation', (m) => m.replace(LONG_MARKS, '') || REMOVE, (m) => (INSIDE_WORD.test(m) ? 1 : WEIGHT.elongation))
  // Blind R107A-051: a polite ending drawn out (変わりましたー！, お待ちしてまーす, よろしくでーす, 開催します〜): the speech of a chat, which
  // like laughter never suits a stiff account (4, 5) however polite the words (levity).
  if (chars.elongate) {
    for (const x of signals) {
      if (x.kind !== 'elongation') continue
      const around = doc.raw.slice(Math.max(0, x.start - 3), x.end + 1)
      if (POLITE_LONG_VOWEL.test(around)) x.levity = true
      else if (POLITE_DRAWN_OUT.test(around) || POLITE_PARTICLE_DRAWN_OUT.test(doc.raw.slice(Math.max(0, x.start - 6), x.end))) x.levity5 = true
    }
  }
  if (chars.onomatopoeia) add(ONOMATOPOEIA, 'onomatopoeia', () => '具体的な言葉で表す')
  // Blind R236I-060: nursery words in the account's own voice (おねんねしてませんか): levity on a stiff account.
  if (t.includes('ねんね') || t.includes('ねむ') || t.includes('おっき') || t.includes('ないない') || t.includes('あんよ') || t.includes('よしよし') || t.includes('いいこ') || t.includes('いい子') || t.includes('ばっち')) {
    const n0 = signals.length
    add(BABYTALK, 'babytalk', babytalkFix)
    for (let i = n0; i < signals.length; i++) signals[i]!.levity = true
  }
}
