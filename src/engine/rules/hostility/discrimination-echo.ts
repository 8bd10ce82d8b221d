/**
 * hostility — discrimination echoed as defamation.
 *
 * A discriminatory statement that decency blocks (4(2)) is also defamation of the people it names (5(3) 誹謗中傷):
 * `discriminationAimed` echoes decency's block as hostility/discrimination when it is aimed at people.
 *
 * Stays clean: a refusal or an exclusion quoted as an example (on a line of its own, opening the post, or as the words of a
 * sign: 「外国人お断り」の貼り紙が見つかりました) and then reflected on.
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import type { EchoSource, DraftFinding } from '../../rule'
import { quoteAround } from '../../words'
import { ENDORSED52, INSTEAD, QUOTE_LINE, SAYINGS_OWNED } from './context'

/**
 * Discrimination is also defamation of the people it names (5(3) 誹謗中傷): a discriminatory statement that decency blocks (4(2))
 * — a group turned away (車いすの方は…ご遠慮ください。他のお客様の迷惑に; …人観光客は来ないでほしい), run down (同性カップルは…生産性が
 * ない; あの地域の出身者は素行が悪い), or held to a role (女性は子どもを産んでこそ一人前) — is reported as hostility too, whichever
 * clause a reader files it under. rule.ts `echo`: only decency's own blocks are read (a quoted example stays a mention), so
 * a post decency lets pass gains nothing here; stereotypes decency warns of (…は苦手な方が多い) are not echoed.
 */
export function discriminationAimed(f: EchoSource, text: string): DraftFinding | null {
  // Offered decency/discriminatory only (`echoes`).
  if (f.severity !== 'block') return null
  return { rule: 'hostility/discrimination', start: f.start, end: f.end, mention: f.mention || refusalShownAsExample(text, f.start, f.end), data: { instead: INSTEAD.discrimination } }
}

/**
 * Blind KJ-041, KJ-058 kind (host61b): a refusal or an exclusion quoted on a line of its own, opening the post or its paragraph, as
 * the example of what must not be done (「外国人お断り」⏎こんな貼り紙を見たら、どんな気持ちになるでしょう。; 「前例がないので対応
 * できません」「車いすの方の入店はお断りしています」 as a paragraph of its own, 合理的配慮 explained in the next): a mention, not the
 * writer's own refusal. The line is nothing but one or more bracketed sayings (after a bullet at most), then at most a dash, an
 * ellipsis or an end mark; then either nothing else in the paragraph (the sayings stand as a paragraph of their own, shown: the
 * paragraphs around say what for), or the rest of the paragraph reflects on them within its first sentences: asks the reader how it
 * feels or whether they have met it (どんな気持ちになるでしょう, 見たことはありませんか, あなたならどう感じますか), points back at them
 * as a sign, a saying or a treatment (こんな貼り紙, このような対応, そうした言葉), or names them a wrong (差別, 偏見, 人権, 合理的配慮,
 * 不当な, 許されません, 解消法). Not when the paragraph makes them the writer's own: a shop or the city speaking for itself (当店では,
 * ご了承ください, させていただきます), agreement (同感, その通り, 本音) or the sayings aimed at someone (お前, @…); not when the line
 * before introduces them as the writer's own notice (入口に次の貼り紙をしました). A quote that runs on into its sentence is read as
 * the words of a sign (`signShownAsExample`: 「外国人お断り」の貼り紙が見つかりました。…差別は許されません). The same refusal said by
 * the writer (当店は外国人の方の入店はお断りします) stays a block. Read on the echo's text (the paragraph, or the post for a finding of
 * decency's `post`); bounded: a line of at most 400 code units, a paragraph of at most 600 each way.
 */
function refusalShownAsExample(text: string, start: number, end: number): boolean {
  const q = quoteAround(text, start, end, 64)
  if (!q || q.close - end > 64) return false
  const ls = text.lastIndexOf('\n', start - 1) + 1
  if (start - ls > 400) return false
  const nl = text.indexOf('\n', end)
  const le = nl < 0 ? text.length : nl
  if (le - ls > 400 || q.open < ls || q.close >= le) return false
  const line = text.slice(ls, le)
  const run = QUOTES_OPEN_LINE.exec(line)
  if (!run || q.close - ls >= run[0].length) return signShownAsExample(text, q.close, ls, le)
  const tail = line.slice(run[0].length)
  const stop = /^[―—ー‐－\-~〜…‥・ \t　]{0,6}[。．.！!？?]{0,3}[ \t　]*/u.exec(tail)![0]
  const onLine = tail.slice(stop.length)
  // The quote runs on into its sentence (「外国人お断り」の貼り紙, 「…」という声): not a line of sayings.
  if (onLine !== '' && stop === '' && !POINTED_BACK61.test(onLine)) return signShownAsExample(text, q.close, ls, le)
  // The paragraph around the line (blank lines part paragraphs), at most 600 code units each way.
  const before = paragraphBefore(text, ls)
  if (before === null) return false
  const afterLine = paragraphAfter(text, le)
  if (afterLine === null) return false
  const rest = onLine + afterLine
  if (OWNED.test(rest) || OWNED.test(before) || SAYINGS_OWNED.test(rest) || SAYINGS_OWNED.test(before) || ENDORSED52.test(rest)) return false
  // Introduced by the line before as the writer's own notice (入口に次の貼り紙をしました, 以下のとおり掲示します).
  if (OWN_NOTICE61.test(before)) return false
  const beforeQuotesOnly = before.split('\n').every((l) => l.trim() === '' || QUOTE_LINE.test(l) || HEADING.test(l))
  if (rest.trim() === '') return beforeQuotesOnly
  // The reflection comes within the first two sentences after the sayings.
  const first = firstSentences(rest, 2)
  return REFLECTS.test(first) || POINTED_BACK61.test(first)
}
/**
 * The same kind told as the words of a sign or a notice (「外国人お断り」の貼り紙が市内の店舗で見つかりました。国籍を理由とした差別
 * は許されません; 「障がい者お断り」と書かれた看板を見かけたら…どう感じますか): a mention when the paragraph names the wrong or asks
 * the reader to reflect, and nobody in it puts the sign up as their own (当店入口に掲示しています, 看板を出しました).
 */
function signShownAsExample(text: string, close: number, ls: number, le: number): boolean {
  if (!SIGN_AFTER.test(text.slice(close + 1, close + 16))) return false
  const before = paragraphBefore(text, ls)
  const after = paragraphAfter(text, le)
  if (before === null || after === null) return false
  const para = before + text.slice(ls, le) + after
  if (para.length > 600) return false
  const outside = para.replace(/[「『][^「」『』\n]{0,60}[」』]/gu, '')
  if (OWNED.test(outside) || OWN_NOTICE61.test(outside) || SAYINGS_OWNED.test(outside) || ENDORSED52.test(outside) || SIGN_OURS.test(outside)) return false
  return REFLECTS.test(outside) && !DENIED61.test(outside)
}
/** Right after the quote: what it is written on (の貼り紙, と書かれた看板, という掲示, などの張り紙). */
const SIGN_AFTER = /^(?:の|と(?:いう|いった|書かれた|書いてある|書いた|掲げた|貼られた|記された)|という|といった|などの|などと書かれた)[^。！？!?\n「」]{0,4}?(?:貼り紙|張り紙|はり紙|貼紙|張紙|看板|掲示|表示|ポスター|ビラ|落書き|札|立て札|張り出し|貼り出し)/u
/** The sign put up by the writer (看板を出しました, 貼り紙をしています, 掲げております). */
const SIGN_OURS = /(?:貼り紙|張り紙|はり紙|看板|掲示|表示|ポスター|札)(?:を)?[^。！？!?\n]{0,10}?(?:出し|貼り|張り|掲げ|設置し|掲示し|出させ|貼らせ)(?:ました|ます|ています|ております|ていただ)/u
/** A wrong denied (差別ではありません, 差別じゃない): not a reflection. */
const DENIED61 = /差別(?:では|じゃ|や)(?:ない|ありません|なか|ねえ)|差別(?:と|だと)(?:は)?(?:思わ|言わ|いわ)(?:ない|ん|ず)|偏見(?:では|じゃ)(?:ない|ありません)/u
/** A line that opens with one or more bracketed sayings (after a bullet at most), each up to 60 code units. */
const QUOTES_OPEN_LINE = /^[ \t　]*(?:[・･●○■□◆◇▶▷►＊*\-－]|[0-9０-９]{1,2}[.．)）]|[①-⑳])?[ \t　]*(?:[「『][^「」『』\n]{1,60}[」』][、,・ \t　]{0,3}(?:(?:や|と)[、,・ \t　]{0,2})?){1,6}/u
/** A heading line of the paragraph (【障がいを理由とする差別の解消に向けて】, ■ 多文化共生). */
const HEADING = /^[ \t　]*(?:【[^】\n]{1,40}】|[■□◆◇●▶＜<][^\n]{1,40})[ \t　]*$/u
/** The text of the paragraph before the line starting at `ls` (null when the paragraph runs back over 600 code units). */
function paragraphBefore(text: string, ls: number): string | null {
  const lo = Math.max(0, ls - 600)
  // Back over the lines before the line: a blank one ends the paragraph.
  for (let i = ls - 1; i >= lo; i--) {
    if (text[i] !== '\n') continue
    const prev = text.lastIndexOf('\n', i - 1)
    if (prev >= lo && text.slice(prev + 1, i).trim() === '') return text.slice(i + 1, ls)
  }
  return lo === 0 ? text.slice(0, ls) : null
}
/** The text of the paragraph after the line ending at `le` (null when it runs on over 600 code units). */
function paragraphAfter(text: string, le: number): string | null {
  const hi = Math.min(text.length, le + 600)
  const m = /\n[ \t　]*\n/u.exec(text.slice(le, hi))
  if (m) return text.slice(le, le + m.index)
  return hi === text.length ? text.slice(le, hi) : null
}
/** The first `n` sentences of `s` after its leading blanks (end marks and line ends close a sentence), at most 160 code units. */
function firstSentences(s: string, n: number): string {
  const t = s.replace(/^[\s　]+/u, '')
  let k = 0
  let ends = 0
  const hi = Math.min(t.length, 160)
  for (; k < hi && ends < n; k++) if ('。！!？?\n'.includes(t[k]!)) ends++
  return t.slice(0, k)
}
/** After the sayings: the sayings pointed back at as a sign, a saying or a treatment (こんな貼り紙, このような対応, そうした言葉). */
const POINTED_BACK61 = /^[ \t　]*(?:こんな|このような|こうした|こういう|こういった|そんな|そのような|そうした|そういう|そういった|あのような|これらの|こうやって)[^。！？!?\n]{0,6}?(?:貼り紙|張り紙|はり紙|貼紙|張紙|掲示|看板|表示|ポスター|ビラ|言葉|ことば|一言|ひと言|言い方|言われ方|対応|扱い|断り|態度|ルール|お店|店|書き込み|発言|説明|案内|理由|声)/u
/**
 * After the sayings: a reflection on them. The reader asked how it feels or whether they have met it (どんな気持ちになるでしょう,
 * どう感じますか, 見たことはありませんか, 言われたら…), the sayings pointed back at (こんな貼り紙を, そうした対応は), or named a wrong
 * or what the law asks instead (差別, 偏見, 人権, 合理的配慮, 不当な, 許されません, 解消法, 多文化共生).
 */
const REFLECTS = /どんな(?:気持ち|思い|気分|心境)|どう(?:感じ|思い|思われ|思う|でしょう)|(?:悲しい|つらい|辛い|嫌な|いやな|さみしい|寂しい)(?:気持ち|思い)|傷つ|胸が痛|考えてみ|考えてください|考えましょう|考えたことは|見たこと(?:は|が)|聞いたこと(?:は|が)|言われたこと(?:は|が)|言われたら|言われた(?:ら|とき|時)|あなたなら|自分だったら|自分が言われ|もし(?:自分|あなた|私)|(?:て|で)いませんか|ありませんか|ないでしょうか|のでしょうか|でしょうか[？?]|差別|偏見|人権|合理的配慮|多文化共生|共生社会|多様性|許され(?:ない|ません)|不当な|禁止されて|禁じられて|解消法|あってはなら|なくしましょう|なくそう|なくしていきましょう|(?:を|の)?理由に(?:した|して|する)?(?:入店|利用|来店|入場|拒否|お断り|断る)|(?:こと|の)は(?:できません|できない)(?:ように|と定め)/u
/** The writer's own refusal after all: a shop or the city speaking for itself, or the notice asked to be accepted. */
const OWNED = /当店|当館|当院|当園|当施設|当ホテル|当旅館|弊社|弊店|うちの店|うちでは|ご了承|させていただきます|させていただいております|させていただいています|方針(?:です|とし|とさせ|にし)/u
/** The line before introducing the sayings as the writer's own notice (次の貼り紙をしました, 以下のとおり掲示します). */
const OWN_NOTICE61 = /(?:貼り紙|張り紙|はり紙|掲示|看板|ポスター|表示|お知らせ|案内)(?:を)?(?:し|出し|貼り|張り|掲げ|設置し|掲示し|いたし)(?:ました|ます|ています|ております)|(?:貼り|張り|はり)(?:出し)?(?:ました|ます|ています|ております)[。：:]?[ \t　]*$/u
