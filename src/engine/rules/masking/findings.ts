/**
 * How a blank or a 伏せ字 found is reported (5(2)): emitTemplate (masking/template, block: an unfilled template; an example when the
 * words around show one, a bracket's note to the writer or a field's to-do read with it) and emitFuseji (masking/fuseji, warn; an
 * example when shown as one). Also the two kinds the 伏せ字 reading tells apart: a mask inside a resident's complaint quoted as such
 * («○○課のAさんの対応がひどい»とのお声, 「××町の○○さんちで煙が」と通報があり: isReportedComplaint, warn, unless a training's example or a
 * business that names itself) and a rude word cut by its mask (ク〇, バ〇, ホ◯: rudeMask; not one named as an example of rude words).
 * Stays clean: what the explained-examples readings call an example. Part of the masking family (index.ts runs the detectors in their order).
 */
import { sentenceOf } from '../../words'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import {
  MASK, PERSON_AFTER, slotNote, fieldTodo, NAME_AFTER, NAME_KIND_BEFORE, lineStartNear, CONDUCT, INVITES_GUESS, CASE_CONTEXT,
} from './context'
import { EXAMPLE_BEFORE, isExplained, EXAMPLE_LINE_LABEL, isExample } from './explained-examples'

export function emitTemplate(t: string, a: number, b: number, unit: string, doc: RuleInput['doc'], emit: Emit, slot = false, bracketedName = false): void {
  const { start, end } = doc.fromNorm(a, b)
  // A name left as masks in its own brackets (子ども食堂「＊＊＊」が) is a blank, not a quoted example, unless explained.
  if (bracketedName ? isExplained(t, a, b) : isExample(t, a, b)) {
    emit({ rule: 'masking/example', start, end })
    return
  }
  const written = doc.raw.slice(start, end)
  const instruction = slot && (slotNote(written.slice(1, -1), true) || fieldTodo(written.slice(1, -1)))
  emit({
    rule: 'masking/template',
    start,
    end,
    data: {
      unit,
      what: instruction ? '書き込みの指示' : slot ? '差し込み欄' : '値の入っていない欄',
      fix: instruction ? `指示文「${written}」` : unit ? `「${written}${unit}」の「${written}」（数値）` : `「${written}」（日時・場所・名前など）`,
    },
  })
}

/**
 * A complaint about someone's conduct, quoted as what a resident said (「○○課のAさんの対応がひどい」とのお声,
 * 『窓口の××さん、態度悪すぎ』って苦情): the masked person is a real one, not an example of how to write.
 */
const REPORTED_AFTER =
  /^(?:と|って|とか)(?:の|いう|いった|言う)?\s?(?:お|ご)?(?:声|意見|苦情|投書|指摘|叱り|電話|メール|通報|相談|書き込み|投稿|手紙|クレーム|連絡|情報|話|噂|うわさ|訴え|報告|レビュー|口コミ|コメント|DM|こと|内容|お便り|便り|はがき|ハガキ|アンケート|要望|回答|問い合わせ|問合せ|質問|尋ね|憶測|臆測|推測|詮索)|^(?:と|って)(?:言われ|いわれ|書かれ|書き込まれ|投稿され|寄せられ|お叱り|苦情|怒られ|指摘され|通報され|聞かれ|きかれ|尋ねられ|問われ)/u
/**
 * Blind R138I-066: a call the city received about a real place, quoted with the home masked (市民の方から「××町の○○さんちで煙が」と
 * 通報があり出動…): the masked home is a real one, and neighbours can guess whose; a report taught (と通報してください) or a drill
 * (通報訓練: TRAINING) is an example. A home or a household's place behind the mask (○○さんち, ××さん宅, ○○さんの家, ○○方).
 */
const QUOTED_HOME = new RegExp(`[${MASK}]{1,4}(?:さん|様|さま|氏)?(?:ち(?![ゃゅょ])|んち|宅|方(?:で|の|に|から)|の(?:家|お宅|おうち|うち|自宅|実家|倉庫|納屋|小屋|田んぼ|畑|庭|裏|前|店))`, 'u')
/**
 * Blind R237M-020 kind: a call received about a resident, quoted with their town masked and the person left as masks or an initial
 * (民生委員さんから「●●町で一人暮らしのＳさんが…」と連絡があり): a real person the neighbours can pick out, not an example. A call told
 * as a case to watch for (…と電話があったら, があれば: a conditional) is not received.
 */
const QUOTED_TOWN = new RegExp(`[${MASK}]{1,4}(?:町|村|地区|区|丁目|団地|集落|校区)(?![\\p{Script=Han}])`, 'u')
const CALL_IF = /^(?:と|って|との)[^。！？!?\n]{0,12}?(?:たら|れば|場合|時は|ときは)/u
/** A call or a word received about it, right after the quote (と通報があり, との通報を受け, と119番通報が入り, って電話があった). */
const CALL_RECEIVED_AFTER = /^(?:と|って|との)\s?(?:1[01]9番)?(?:通報|連絡|電話|相談|知らせ|一報)(?:が|を受け|あり|を受|が入|を頂|をいただ)/u
/** A masked person in a quote: ○○課のAさん, ××さん, 窓口の●●係長. */
const QUOTED_PERSON = new RegExp(`(?:[${MASK}]{1,4}|(?<![A-Za-z0-9])[A-Z])(?:${PERSON_AFTER.source.slice(4, -1)}|係長|職員|主任|主査|補佐|所長|館長|室長|次長|係員|担当者?|隊員|保健師|看護師)`, 'u')
const QUOTED_PERSON_ALL = new RegExp(QUOTED_PERSON.source, 'gu')

/**
 * Round 48: a guess at who it is, quoted as what residents ask (「○○課のKさんのことでは？」というお問い合わせ, 「××係長じゃないの？」
 * という書き込み, 「Ａさんって保育課の人でしょ？」とのお電話, 「△△さんやなかと？」って聞かれ): the masked person ends the quote with
 * the guess (not 「○○さんはいつ来ますか？」, a question about someone named) …
 */
const GUESS_WHO = /(?:の(?:こと|事))?(?:って[^」』、。！？!?\n]{1,12}?)?(?:では|じゃ(?:ない|なか|ね)|やな(?:い|か)|でしょ|だろ|やろ|らしい|かも|って(?:本当|ほんと)|(?<=の(?:こと|事))(?:ですか|か))[^」』]{0,4}$/u
/** … about bad news (飲酒運転の報道, 職員の不祥事, 逮捕) or one the city will not discuss (詳しくお答えできません, 事実確認中). */
const SENSITIVE = /飲酒運転|不祥事|逮捕|送検|懲戒|処分|報道|事件|横領|着服|盗撮|ハラスメント|パワハラ|セクハラ|容疑|不正|情報漏えい|情報漏洩|流出|紛失|お答え(?:は)?(?:でき(?:ません|かね)|(?:を)?差し控え|(?:を)?控え)|回答(?:は|を)?(?:差し控え|控え|でき(?:ません|かね))|申し上げられません|言えん|言えません|コメント(?:は|を)?(?:差し控え|控え)|事実確認中|調査中/u

/** A training or a model answer, where a quoted complaint is an example to learn from (研修, 対応例, 例文). */
const TRAINING = /研修|対応例|回答例|例文|文例|記入例|記載例|例として|例示|サンプル|ロールプレイ|マニュアル|教材|講座|訓練|想定問答|模擬/u

/** The quote ends with a guess at the masked person's identity (…Kさんのことでは？, ××係長じゃないの？). */
function guessWho(quote: string): boolean {
  QUOTED_PERSON_ALL.lastIndex = 0
  for (const m of quote.matchAll(QUOTED_PERSON_ALL)) if (GUESS_WHO.test(quote.slice(m.index + m[0].length))) return true
  return false
}

/**
 * Blind R209I-033 kind: a business named in brackets by a masked name and its trade alone (「○○電力」, 「××リフォーム」), said to be what a
 * real party called itself (を名乗って, と名乗る) in a report of cases the city has received (相談が増えています, 被害が寄せられ): the mask hides
 * the real name the office knows, and readers guess at the businesses of that trade: 伏せ字. A line a caller speaks (「市役所の○○です」と名乗り),
 * a name given as one of a kind (「○○電力」などと名乗る) or a warning with no cases told (…を名乗る業者にご注意ください) stays an example.
 */
const SELF_NAMED_BUSINESS = new RegExp(`^[${MASK}]{2,4}[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}$`, 'u')
const NAMED_ITSELF_AFTER = /^(?:を|と)(?:名乗|名の[っりる]|称し|称する)/u
const CASES_RECEIVED = /相談|被害|苦情|通報|寄せられ|相次|増えて|確認されて|発生して/u

export function isReportedComplaint(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  if (EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) || CASE_CONTEXT.test(t) || TRAINING.test(t)) return false
  const before = t.slice(Math.max(lineStart, a - 80), a)
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open)
    if (o === -1 || before.indexOf(close, o) !== -1) continue
    const c = t.indexOf(close, b)
    if (c === -1 || c - b > 80) continue
    const quote = t.slice(Math.max(lineStart, a - 80) + o + 1, c)
    if (quote.includes('\n')) continue
    if (QUOTED_HOME.test(quote) && CALL_RECEIVED_AFTER.test(t.slice(c + 1, c + 20))) return true
    if (QUOTED_TOWN.test(quote) && QUOTED_PERSON.test(quote) && CALL_RECEIVED_AFTER.test(t.slice(c + 1, c + 20)) && !CALL_IF.test(t.slice(c + 1, c + 24))) return true
    if (SELF_NAMED_BUSINESS.test(quote) && NAMED_ITSELF_AFTER.test(t.slice(c + 1, c + 8))) {
      const sen = sentenceOf(t, a, b)
      if (CASES_RECEIVED.test(t.slice(sen.start, sen.end))) return true
    }
    return REPORTED_AFTER.test(t.slice(c + 1, c + 16)) && QUOTED_PERSON.test(quote) && (CONDUCT.test(quote) || (guessWho(quote) && SENSITIVE.test(t)))
  }
  return false
}

/**
 * Blind R106A-111: a rude word with one letter masked (ク〇役所, ｸ〇行政, 『ク●田舎』, バ〇市長, ア〇公務員): a 伏せ字 everyone reads as
 * クソ, バカ, アホ…, so the account writes the word itself. Quoted as what residents say (窓口で「ク〇役所」と言われることも) it is no example
 * of how to write something: it warns. The head letter opens a word (not マク〇, ボク〇) and the mask is not a name's (「ア〇」さん) nor
 * cut into a longer katakana word (「ア〇ジ」), nor words given as examples of a kind (「バ○」「○ね」のように伏せ字にしても, 「キ〇い」
 * といった言葉: a mention), nor a riddle's blank (「ア〇」に入る文字は？); only a line labelled as an example (例：「ク〇」)
 * keeps it one.
 */
/** After the closing bracket (other quoted words of the list between): the words given as examples of a kind (のように, といった, など). */
const RUDE_EXAMPLE_AFTER = /^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:のよう|のよな|といった|みたいな|みたいに|など|等|なんかの)/u
/** Blind R232H-050 kind: a slur on sexual orientation cut by its mask (「ホ◯なの？」ってからかわれ): ホ joins the heads of rude words. */
const RUDE_HEAD = new Set([...'クくバばアボカブデハキウ死ホ'])
export function rudeMask(t: string, a: number, b: number): boolean {
  if (b - a !== 1 || !RUDE_HEAD.has(t[a - 1] ?? '')) return false
  const lead = t[a - 2]
  if (lead !== undefined && /[\p{Script=Katakana}\p{Script=Han}ー々A-Za-z0-9]/u.test(lead)) return false
  const next = t[b]
  if (next !== undefined && (/[\p{Script=Katakana}ーA-Za-z0-9]/u.test(next) || MASK.includes(next))) return false
  if (NAME_AFTER.test(t.slice(b, b + 4).replace(/^[」』]/u, '')) || NAME_KIND_BEFORE.test(t.slice(Math.max(0, a - 12), a - 1).replace(/[「『]$/u, ''))) return false
  const lineStart = lineStartNear(t, a, 80)
  // Shown as the kind of word meant (「バ○」「○ね」のように伏せ字にしても, 「キ〇い」といった言葉), or in a sentence about 伏せ字 itself: an
  // example of such words, a mention. Hearsay (「ク〇役所」と言われる, って書かれ) is the account writing the word.
  // (The bracket may close after the word's kana ending: 「キ〇い」といった言葉, 「ウ〇い」など.)
  const tail = /^[ぁ-ゖ]{0,3}/u.exec(t.slice(b, b + 3))![0].length
  const close = t.slice(b + tail, b + tail + 1)
  if ((close === '」' || close === '』') && RUDE_EXAMPLE_AFTER.test(t.slice(b + tail, b + tail + 40))) return false
  const sen = sentenceOf(t, a, b)
  if (/伏せ字|伏字|ふせ字|ふせじ/u.test(t.slice(sen.start, sen.end))) return false
  // A blank explained or a riddle (「ア〇」に入る文字は？, 当ててみて) is a puzzle's, not a word written.
  if (isExplained(t, a, b) || INVITES_GUESS.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))) return false
  return !EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) && !EXAMPLE_LINE_LABEL.test(t.slice(lineStart, a))
}

export function emitFuseji(t: string, a: number, b: number, what: string, risk: string, doc: RuleInput['doc'], emit: Emit): void {
  const { start, end } = doc.fromNorm(a, b)
  if (isExample(t, a, b) && !isReportedComplaint(t, a, b) && !rudeMask(t, a, b)) emit({ rule: 'masking/example', start, end })
  else emit({ rule: 'masking/fuseji', start, end, data: { what, risk } })
}
