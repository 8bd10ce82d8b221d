/**
 * decency — a sign or a rule shutting out a foreign group approved (wave 88).
 *
 * Blind R435L-041 kind: a notice that keeps a nationality or foreigners out (「中国人お断り」, 外国人入店禁止, 外国人NG) told and
 * then approved (気持ちもよくわかります, 当然, 仕方ない, 賛成, ありだと思う, 正解): the exclusion sided with, `decency/discriminatory`
 * block, even though the notice itself stands in brackets. Kept clean: the notice named as discrimination or regretted
 * (「外国人お断り」の貼り紙は差別にあたります, 見て悲しくなりました), the notice taken down, a sign for foreign visitors.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { FOREIGN_GROUP_WORDS } from './foreign-group-lumped'

const SHUT_OUT = phrase(`${FOREIGN_GROUP_WORDS}(?:は|の(?:方|人|客)?(?:は)?)?(?:お断り|お断わり|おことわり|入店(?:禁止|不可|お断り)|入室禁止|出入り禁止|立ち入り禁止|宿泊(?:不可|お断り|禁止)|利用(?:不可|禁止|お断り)|禁止|不可|ng|お引き取り)`)
const APPROVED = phrase('気持ち(?:は|も)?(?:よく|すごく|とても|痛いほど|正直|まあ)?(?:わか|分か|理解でき)|(?:わか|分か)る(?:気|な|よ|わ)|当然|仕方(?:ない|がない|な)|しかたな|正解|賛成|英断|ありだと|アリだと|いいと思|良いと思|共感|同感|無理もな|もっとも(?:だ|です)', 'u')
const SOBER = phrase('差別|偏見|悲し|残念|許され|いけません|いけない|あってはならな|なくそう|なくし|やめ|撤去|問題|違反|不適切|人権|ではありません|ではない|ショック', 'u')

/** An exclusion of a foreign group approved over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function exclusionApproved(fo: string): Array<[number, number, 'decency/discriminatory', 'block', string]> {
  if (!APPROVED.test(fo)) return []
  for (const m of matchAllOf(SHUT_OUT, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    const after = fo.slice(end, Math.min(sen.end, end + 50))
    const ok = APPROVED.exec(after)
    if (!ok) continue
    if (SOBER.test(fo.slice(sen.start, sen.end))) continue
    const a = end + ok.index
    return [[a, a + ok[0].length, 'decency/discriminatory', 'block', '国籍や外国人であることを理由に人を締め出す貼り紙や対応に共感を示さないでください。困りごとは、守ってほしいルールそのものを書いてください（例：「民泊では夜10時以降はお静かに」）']]
  }
  return []
}
