/**
 * decency — crime or delinquency blamed on a one-parent home (wave 89).
 *
 * Blind R440R-047 kind: young offenders, dropouts or troubled children said to come mostly from one-parent homes (闇バイトに手を出す
 * 若者はたいてい母子家庭の子, 補導される子の大半がひとり親の家庭, 非行に走るのはシングルマザーの家の子ばかり) or the home's shape
 * made the cause (片親だからグレる, 父子家庭で育つと非行に走りやすい): a family type blamed as a whole, `decency/discriminatory` block
 * (片親 is itself a loaded word). The stereotype warn of R433J-005 (a poor table presumed) stays its own. Kept clean: support for
 * one-parent families (ひとり親家庭の皆さんへの支援), a consultation, a survey's figure, the notion denied (家庭の形とは関係ありません,
 * 偏見です, とは限りません), a crime-prevention notice with no family named.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

const ONE_PARENT = '(?:(?:父子|母子)(?:家庭|世帯|家)|ひとり親|一人親|片親|シングル(?:ファーザー|ファザー|マザー|パパ|ママ)|離婚(?:家庭|した家)|親が離婚(?:した|している))'
const MOST = '(?:ほとんど|殆ど|大半|大抵|たいてい|だいたい|大体|ほぼ|みんな|皆|決まって|例外なく|やっぱり|やはり|どうせ|ばかり|ばっかり|ばっか|だらけ|多いんですよ|多いよね|多いです(?:よね)?(?:ね)?)'
const CAUSE = '(?:だから|のせいで|のせい|で育つと|で育った(?:子|若者|人)は|育ちだから|育ちは|の子(?:は|って)(?:やっぱり|どうしても)?)'
const WAYWARD = phrase('闇バイト|受け子|出し子|かけ子|非行|犯罪|補導|万引|不良|ぐれ|グレ|暴走族|窃盗|逮捕|少年院|鑑別所|問題行動|問題児|荒れ|悪さ|悪い道|道を外|道をはず|いじめ|詐欺|特殊詐欺|薬物|家出|深夜徘徊|たむろ', 'u')
const BLAMED = phrase(`${MOST}[^。！？!?\\n]{0,12}?${ONE_PARENT}|${ONE_PARENT}[^。！？!?\\n]{0,16}?(?:${MOST}|${CAUSE})`)
const SOBER = phrase('支援|相談|手当|給付|助成|応援|偏見|決めつけ|思い込み|誤解|とは限|わけではな|ではありません|関係ありません|関係なく|差別|調査|統計|[0-9０-９]+[%％割]', 'u')

/** Crime or delinquency blamed on a one-parent home over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function oneParentBlamed(fo: string): Array<[number, number, 'decency/discriminatory', 'block' | 'warn', string]> {
  for (const m of matchAllOf(BLAMED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    const next = sen.end < fo.length ? sentenceOf(fo, sen.end, sen.end).end : sen.end
    const from = Math.max(0, sen.start - 80)
    if (!WAYWARD.test(fo.slice(from, next)) || SOBER.test(fo.slice(from, next))) continue
    return [[m.index, end, 'decency/discriminatory', 'block', 'ひとり親家庭などの家族の形を非行や犯罪の原因として決めつけず、防止の呼びかけと相談先だけを書いてください（例：「闇バイトに誘われたら、すぐに警察や家族に相談してください」）']]
  }
  return []
}
