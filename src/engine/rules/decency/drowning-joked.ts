/**
 * decency — a drowning joked about (wave 88).
 *
 * Blind R435L-055 kind: people drowned or a body in the water told as a funny tale (酔っ払いが堀に落ちて翌朝ぷかぷか浮いてた😂,
 * 川で溺れて土左衛門になりかけたｗ, 毎年だれかが池に落ちて溺れるのが名物（笑）): a death in the water made light of, with a laugh
 * mark or a bobbing word for the body (ぷかぷか, どんぶらこ), `decency/insensitive` warn. Kept clean: a water-safety warning
 * (子どもが溺れる事故が増えています。ライフジャケットを), a rescue or an accident told plainly, a duck or a float bobbing
 * (アヒルがぷかぷか浮いてかわいい😂), the dead mourned.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

/** Drowning or a body in the water (溺れ, 水死, 土左衛門, 翌朝…浮いて, ぷかぷか浮いて with a person gone into the water). */
const DROWNED = phrase('溺れ|おぼれ|溺死|水死|土左衛門|どざえもん|(?:ぷかぷか|ぷかっと|ぷかーっと|ぷかり|どんぶらこ)(?:と)?(?:浮|うい|うか|流れ|流さ)|(?:翌朝|朝には|次の日)[^。！？!?\\n]{0,8}?(?:浮(?:い|か)|うい|上がっ|あがっ)')
/** A person gone into the water: a fall into a river, a moat or the sea, or the body itself. */
const INTO_WATER = phrase('(?:堀|掘割|川|河|海|池|沼|湖|水路|用水路|ため池|プール|運河|港|岸壁)(?:(?:に|へ|で|から|は|、)[^。！？!?\\n]{0,8}?)?(?:落ち|落っこち|はま|転落|飛び込|流され|溺|おぼれ)|溺|おぼれ|水死|土左衛門|どざえもん|遺体|死体', 'u')
const LIGHT = phrase('[😂🤣😆😹😝😜🤪]|[（(]笑[)）]|(?<![一-龥])笑(?![一-龥ぁ-ゖ])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|笑(?=[\\s。！!？?]|$)|[wｗ]{2,}(?![a-z.])|(?<=[ぁ-ゖ])[wｗ](?![a-zａ-ｚ0-9.\\-/])|草(?![ぁ-ゖ一-龥])|名物|ネタ|笑い話|お約束|風物詩', 'u')
const SOBER = phrase('笑いごと|笑い事|笑えな|笑い話ではな|ご冥福|お悔やみ|哀悼|ご遺族|救助|救命|ライフジャケット|注意|気をつけ|お気をつけ|危険|防止|ご注意|絶対に|事故が|近づかない|近づかず', 'u')

/** A drowning joked about over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function drowningJoked(fo: string): Array<[number, number, 'decency/insensitive', 'block' | 'warn', string]> {
  for (const m of matchAllOf(DROWNED, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    const here = fo.slice(sen.start, sen.end)
    if (!INTO_WATER.test(here) || !LIGHT.test(here) || SOBER.test(here)) continue
    return [[m.index, m.index + m[0].length, 'decency/insensitive', 'warn', '水の事故や水死を笑い話や冗談にせず、伝えたいことをそのまま書いてください（例：「昔は堀への転落事故もありました。今は船頭が安全に気を配っています」）']]
  }
  return []
}
