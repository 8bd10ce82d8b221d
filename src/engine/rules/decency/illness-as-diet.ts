/**
 * decency — an infection joked as a diet (wave 88).
 *
 * Blind R437N-046 kind: catching an infection or food poisoning made a way to slim (ノロウイルスにかかると2〜3キロ痩せるって本当？笑,
 * 食中毒で3キロ落ちたからダイエット成功😆, インフルで寝込んだら痩せたｗ, アニサキスダイエット): the illness made a joke, with a laugh mark,
 * a joke named (冗談はさておき) or the diet word itself set beside it, `decency/insensitive` warn. Kept clean: weight loss named
 * as a symptom with advice (脱水で体重が減ることがあります。早めに受診を), a diet class or a health check, a tally of cases.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

const ILL = '(?:ノロ(?:ウイルス|ウィルス)?|ロタ(?:ウイルス)?|インフル(?:エンザ)?|コロナ|胃腸炎|食中毒|食あたり|o157|アニサキス|カンピロ(?:バクター)?|腸炎|赤痢|コレラ|結核|感染症|寄生虫|サナダムシ|さなだむし)(?!禍|対策|予防|ワクチン|検査)'
const SLIM = '(?:痩せ|やせ(?:る|た|ま|ら|ち|て)|ダイエット|減量|[0-9０-９〜~.．]+(?:キロ|kg|ｋｇ)(?:も)?(?:減|へっ|落ち|痩|やせ)|体重(?:が|も)?(?:減っ|へっ|落ち))'
const ILL_SLIM = phrase(`${ILL}[^。！？!?\\n]{0,24}?${SLIM}|${SLIM}[^。！？!?\\n]{0,6}?(?:には|なら|に)?${ILL}`)
const LIGHT = phrase('[😂🤣😆😹😝😜🤪😋]|[（(]笑[)）]|(?<![一-龥])笑(?![一-龥ぁ-ゖ])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|笑(?=[\\s。！!？?]|$)|[wｗ]{2,}(?![a-z.])|(?<=[ぁ-ゖ])[wｗ](?![a-zａ-ｚ0-9.\\-/])|草(?![ぁ-ゖ一-龥])|冗談|じょうだん|ジョーク|ラッキー|得した', 'u')
const SOBER = phrase('脱水|受診|医療機関|病院|症状|重症|命に|死亡|亡くな|笑いごと|笑い事|笑えな|ではありません|危険|誤解|デマ|予防|対策|防ぐ|防止', 'u')

/** An infection joked as a diet over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function illnessAsDiet(fo: string): Array<[number, number, 'decency/insensitive', 'block' | 'warn', string]> {
  for (const m of matchAllOf(ILL_SLIM, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    if (SOBER.test(fo.slice(sen.start, sen.end))) continue
    // The laugh may follow the question that ends the sentence (…痩せるって本当？笑 ダイエットには…🤣).
    const next = sen.end < fo.length ? sentenceOf(fo, sen.end, sen.end).end : sen.end
    if (!LIGHT.test(fo.slice(sen.start, next))) continue
    return [[m.index, end, 'decency/insensitive', 'warn', '感染症や食中毒をダイエットなどの冗談の種にせず、予防の呼びかけだけを書いてください（例：「ノロウイルスの予防には、石けんでの手洗いが大切です」）']]
  }
  return []
}
