/**
 * Blind R131I-057: pupils named with their test scores or ranks (【3年2組 期末テスト上位者】 1位 大城 莉子さん 489点, 古賀 湊くん（92点）): a
 * child's marks are theirs and their family's, and a ranked list of names and points publishes them to the whole town. Block. Only a
 * test's or an exam's marks (期末テスト, 学力テスト, 試験, 模試, 成績): a sports result (1位 大城さん 12秒5) or a contest's prize is published
 * on purpose.
 *
 * Blind R131I-084: small children's names read off the name tags in a photo (名札の「すずき はると」くんと「たなか ゆい」ちゃん, 名札に
 * 「こが さくら」とある女の子): the name and the nursery or school they go to, with their face. Warn: the parents' consent is to be checked.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { withoutUrls, type Emit } from './context'

/** A test's or an exam's marks as the post's matter. */
const TEST = /(?:期末|中間|定期|学力|実力|確認|単元|小|校内|模擬|全国学力)テスト|テストの?(?:結果|点数|成績|上位|順位)|試験(?:の)?(?:結果|成績|点数|上位|順位)|模試|成績(?:上位|優秀|順位)|学年(?:順位|[0-9一二三]位)|得点(?:上位|順位)/u
const PUPIL_NAME = '[\\p{Script=Han}々ヶ]{1,4}[ 　]?[\\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}(?:さん|くん|君|ちゃん)|[ぁ-ゖ]{2,5}[ 　][ぁ-ゖ]{1,5}(?:さん|くん|君|ちゃん)'
/** A name with its score (大城 莉子さん 489点, 古賀くん（92点）), a rank before it or not (1位 大城 莉子さん 489点). */
const SCORED = new RegExp(
  `(?:(?:第?[0-9一二三四五六七八九十]{1,2}位|[0-9]{1,2}番)[ 　:：、]{0,2})?(?:${PUPIL_NAME})[ 　:：、,（(]{0,2}[0-9]{1,3}(?:\\.[0-9])?\\s?点`,
  'gu',
)

export function testScores(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/点|位|番/u.test(t0) || !TEST.test(t0)) return
  const t = withoutUrls(doc, t0)
  const m = matchAllOf(SCORED, t)[0]
  if (!m) return
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '試験の点数・順位' } })
}

/**
 * A name tag read in the photo: 名札の「すずき はると」くん, 名札に「こが さくら」と, ゼッケンの『たなか ゆい』ちゃん. Blind R165I-043: the tag's
 * school, grade and class quoted before the name (名札には「城内小3年2組 みやはら りこ」, ゼッケンの「柳城中2年 こが ゆうと」): the name still.
 */
const TAG_NAME =
  /(?:名札|なふだ|名前シール|お名前シール|ゼッケン|ネームプレート|ネームタグ|名前ワッペン)(?:の|に|には|から|を見ると|に書かれた|にある)[^。！？!?\n「『]{0,8}?[「『](?:[^「」『』\n]{0,14}?(?:組|年生?|小|中|園|校|クラス)[ 　])?([ぁ-ゖァ-ヶー\p{Script=Han}々]{1,6}[ 　]?[ぁ-ゖァ-ヶー\p{Script=Han}々]{1,6})[」』](くん|ちゃん|さん|君|と(?:書|あ|い))?/gu
const NOT_A_NAME = /^(?:なまえ|おなまえ|お名前|名前|氏名|ふりがな|フリガナ|ひらがな|カタカナ)$|組$|ぐみ$|グループ$|班$|係$|○|〇|◯|×|＿/u

/*
 * Blind R168A-041: the photo said to show the tags legibly, no name quoted (名札までばっちり写っててお名前もよく見えます, ゼッケンの名前が
 * はっきり読める写真, 名札の文字まで写っています): every child's name can be read off the picture. Warn. Not a tag hidden or a rule for
 * wearing one (名札は写らないよう加工, 名札が見えないように, 名札が見えるように付けてください).
 */
const TAG_LEGIBLE =
  /(?:名札|なふだ|名前シール|ゼッケン|ネームプレート|ネームタグ|名前ワッペン)(?:の(?:お?名前|文字|字))?(?:まで|も|が|は)?[^。！？!?\n]{0,12}?(?:写って(?:いる|います|ます|る|て)|写り込んで(?:いる|います|ます|る)|(?:読め|見え)(?:ます|る(?!よう)|てい|て(?!し|[もは])))/u
const NAME_LEGIBLE = /(?:お?名前|氏名)(?:も|が|まで)[^。！？!?\n]{0,6}?(?:読め|見え)(?:ます|る(?!よう)|てい|て(?!し|[もは]))/u
/** The names said hidden in the paragraph (お名前は見えないよう加工しました, 名札はぼかしています). */
const TAG_HIDDEN = /(?:見え|読め|写ら|わから|分から)(?:ない|ません)|加工|ぼかし|ボカシ|ぼかして|モザイク|隠し|スタンプで/u
const PHOTO_WORD = /写真|画像|動画|📸|📷|写って|写り/u

export function nameTags(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/名札|なふだ|名前シール|ゼッケン|ネームプレート|ネームタグ|名前ワッペン/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  const legible = TAG_LEGIBLE.exec(t) ?? (NAME_LEGIBLE.test(t) ? /名札|なふだ|名前シール|ゼッケン|ネームプレート|ネームタグ|名前ワッペン/u.exec(t) : null)
  if (legible && PHOTO_WORD.test(t) && !/[「『]/u.test(t.slice(legible.index, legible.index + legible[0].length)) && !TAG_HIDDEN.test(t)) {
    const span = doc.fromNorm(legible.index, legible.index + legible[0].length)
    emit({ rule: 'personal-info/name-tag', clause: '4(4)', start: span.start, end: span.end, data: { what: 'とあり、写真の名札から名前が読み取れるようです' } })
    return
  }
  for (const m of matchAllOf(TAG_NAME, t)) {
    const name = m[1]!
    if (NOT_A_NAME.test(name)) continue
    // Called with an honorific, or written as a family and a given name (すずき はると).
    if (!m[2] && !/[ 　]/u.test(name)) continue
    if (/記入例|見本|例えば|たとえば|のように書/u.test(t.slice(Math.max(0, m.index - 20), m.index + m[0].length + 12))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    // (The tag's school and class with the name: one child of thirty, a block.)
    const quoted = m[0].slice(m[0].search(/[「『]/u), m[0].lastIndexOf(name))
    const classed = /[0-9一二三四五六七八九]組|(?:小|中|学校)[ 　]?[0-9一二三四五六]年/u.test(quoted)
    emit({ rule: 'personal-info/name-tag', clause: '4(4)', start: span.start, end: span.end, severity: classed ? 'block' : 'warn', data: { what: classed ? 'から、子どもの学校・学級と名前が読み取れます' : 'から、子どもの名前が読み取れます' } })
    return
  }
}
