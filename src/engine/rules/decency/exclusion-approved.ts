/**
 * decency — a sign or a rule shutting out a foreign group approved (wave 88).
 *
 * Blind R435L-041 kind: a notice that keeps a nationality or foreigners out (「中国人お断り」, 外国人入店禁止, 外国人NG) told and
 * then approved (気持ちもよくわかります, 当然, 仕方ない, 賛成, ありだと思う, 正解): the exclusion sided with, `decency/discriminatory`
 * block, even though the notice itself stands in brackets. Kept clean: the notice named as discrimination or regretted
 * (「外国人お断り」の貼り紙は差別にあたります, 見て悲しくなりました), the notice taken down, a sign for foreign visitors.
 *
 * Blind R445W-023 kind (wave 91): the account itself refusing a nationality or a country written as a letter or a mark (C国, k国,
 * ○国, 某国, 特定の国) or named (中国人, 外国人の方), its people, tourists or tour groups (…からの団体客, …の方のご入館) shut out of a room, a
 * hall, a shop or a stay (入室をお断りすることにしました, ご入館はお断りしております, ご遠慮いただいています, 受け入れておりません) in one
 * sentence: exclusion by nationality, `decency/discriminatory` block, with or without a fault given and whoever else is welcome.
 * Kept clean: the refusal denied (国籍を理由にお断りすることはありません), a refusal of conduct or of everyone (大声で騒ぐ団体客の入室は
 * お断り), a nationality welcomed or served in its language (中国からのお客様も歓迎, 韓国語の案内), the prejudice named.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { FOREIGN_GROUP_WORDS } from './foreign-group-lumped'

const SHUT_OUT = phrase(`${FOREIGN_GROUP_WORDS}(?:は|の(?:方|人|客)?(?:は)?)?(?:お断り|お断わり|おことわり|入店(?:禁止|不可|お断り)|入室禁止|出入り禁止|立ち入り禁止|宿泊(?:不可|お断り|禁止)|利用(?:不可|禁止|お断り)|禁止|不可|ng|お引き取り)`)
const APPROVED = phrase('気持ち(?:は|も)?(?:よく|すごく|とても|痛いほど|正直|まあ)?(?:わか|分か|理解でき)|(?:わか|分か)る(?:気|な|よ|わ)|当然|仕方(?:ない|がない|な)|しかたな|正解|賛成|英断|ありだと|アリだと|いいと思|良いと思|共感|同感|無理もな|もっとも(?:だ|です)', 'u')
const SOBER = phrase('差別|偏見|悲し|残念|許され|いけません|いけない|あってはならな|なくそう|なくし|やめ|撤去|問題|違反|不適切|人権|ではありません|ではない|ショック', 'u')

/** Blind R445W-023: a country written as a letter or a mark (c国, ○国, 某国, 特定の国), or a named foreign group. */
const NATION_ANY = `(?:(?<![a-z0-9])[a-z]国|[○〇◯×✕□][○〇◯×✕□]?国|某国|特定の国|${FOREIGN_GROUP_WORDS}|(?:中国|韓国|台湾|ベトナム|フィリピン|インドネシア|ネパール|ブラジル)(?:の|から(?:の)?)?(?:お客様|お客さん|観光客|旅行者|団体|利用者))`
const REFUSED_BY_US = phrase(`${NATION_ANY}(?:の|から(?:の|来(?:た|られた))?)?(?:方|人|方々|お客様|お客さま|お客さん|客|団体|観光客|旅行者|利用者|宿泊客|ツアー客)?(?:客|の方)?(?:は|には|の(?:ご)?(?:入室|入館|入場|入店|利用|宿泊|来店|来館|見学|予約)(?:は|を|につきましては))[、,]?[^。！？!?\n]{0,40}?(?:お断り(?!しない|しません|することは|(?:いた|致)しません|(?:いた|致)すことは|して(?:おりません|いません))|お断わり(?!しません|することは)|ご遠慮(?!なく|ないで)(?:いただ|願|ください|頂)|(?:受け入れ|受入れ|お受け)(?:て|し)?(?:おりません|いません|いたしません|しません|ないこと)|(?:入室|入館|入場|入店|宿泊)(?:を)?(?:禁止|不可|できません|いただけません))`)
const REFUSED_OK = phrase('(?<!被)差別|偏見|ことは(?:ありません|ない|ございません)|わけではありません|問わず|関係なく|かかわらず|関わらず|騒ぐ|酔っ|泥酔|大声|ではありません', 'u')

/** An exclusion of a foreign group approved over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function exclusionApproved(fo: string): Array<[number, number, 'decency/discriminatory', 'block', string]> {
  if (/国|人|籍|客/u.test(fo) && /お断|ご遠慮|受け?入れ|お受け|禁止|不可|できません|いただけません/u.test(fo)) {
    for (const m of matchAllOf(REFUSED_BY_US, fo)) {
      const sen = sentenceOf(fo, m.index, m.index + m[0].length)
      if (REFUSED_OK.test(fo.slice(sen.start, sen.end))) continue
      return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', '国籍や出身国を理由に入室や利用を断らないでください。困りごとは、どなたにも守ってほしいルールとして書いてください（例：「展示物には手を触れないでください」）']]
    }
  }
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
