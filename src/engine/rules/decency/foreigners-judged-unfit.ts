/**
 * decency — a foreign group judged unfit by nature (wave 88).
 *
 * Blind R437N-007 kind: foreign workers, residents or a nationality, or "those people" pointing back at them (ああいう人たち,
 * あの連中, 彼ら), said to be incapable of a task from the start (ああいう人たちに防疫なんてそもそも無理, 外国人にルールを守れと言っても
 * どうせ無理, 実習生に衛生管理ができるわけがない). Blind R437N-042 kind: their hygiene, manners or morals said to be unlike the
 * Japanese (衛生観念が日本人とは違う, マナーが日本人とは別物) with the group named in the sentence or just before. Both
 * `decency/discriminatory` block. Kept clean: no strain asked (外国人の方にも無理なく参加できます, 無理のない範囲で), cultures
 * learned from each other (文化や習慣の違いを知る交流会), some visitors' habits told with help (中には…方もいます, 多言語の看板),
 * a task hard for a child or an elder (子どもにはまだ無理なので).
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { FOREIGN_GROUP_WORDS } from './foreign-group-lumped'

const THOSE = '(?:ああいう|ああいった|ああゆう|あの手の|あんな)(?:人|連中|やつ|奴|輩|者)(?:たち|達|ら|ども)?|あの(?:人たち|人ら|連中|国の人)|あいつら|彼ら'
const MOCK = '(?:そもそも|どうせ|到底|とうてい|土台|どだい|はなから|端から|最初から|しょせん|所詮|なんて|なんか|なんぞ)'
const CANNOT = '(?:無理(?=な(?:ん|の)|だ|です|でしょ|に決ま|って|[。！!…、]|$)|できる(?:わけ|はず)(?:が|も)?な|できっこな|(?:わか|分か|守れ|守る|理解でき)る(?:わけ|はず)(?:が|も)?な)'
const UNFIT = phrase(`(${FOREIGN_GROUP_WORDS}|${THOSE})(?:に|には|にゃ|じゃ|では|が|って|は)[^。！？!?\\n]{0,24}?${CANNOT}`)
const MOCKED = phrase(MOCK, 'u')
const THOSE_RE = phrase(THOSE, 'u')
const UNLIKE = phrase('(?:衛生観念|衛生意識|衛生感覚|清潔感|常識|マナー|モラル|民度|しつけ|道徳|倫理観|公衆道徳|遵法精神|順法精神|ルール意識)(?:が|も|は|って)?[^。！？!?\\n]{0,6}?日本人(?:と|とは)(?:は)?[^。！？!?\\n]{0,4}?(?:違|ちが|別物|比べ(?:もの|物)にな)')
const FOREIGN = phrase(FOREIGN_GROUP_WORDS, 'u')
const SOBER = phrase('文化|交流|尊重|互い|理解し|学ぶ|学び|学ん|知って|案内|看板|多言語|説明|伝え|研修|講座|中には|場合が|こともあ|方もい|人もい|国や地域|国によって|とは限|とはかぎ|わけではな|ではありません|偏見|差別|決めつけ|誤解|無理なく|無理のな|無理をさせ|無理させ', 'u')

const INSTEAD = '国籍や外国人であることを理由に、能力や衛生観念などを決めつけないでください。伝えたいことは、対策やルールそのものを書いてください（例：「農場の皆さまは、出入りの際の消毒を徹底してください」）'

/** A foreign group judged unfit or unlike the Japanese over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function foreignersJudgedUnfit(fo: string): Array<[number, number, 'decency/discriminatory', 'block', string]> {
  const back = (i: number, n: number) => {
    let s = sentenceOf(fo, i, i).start
    for (let k = 0; k < n && s > 0; k++) s = sentenceOf(fo, s - 1, s - 1).start
    return s
  }
  if (/無理|わけ|はず|つこ/u.test(fo)) {
    for (const m of matchAllOf(UNFIT, fo)) {
      const sen = sentenceOf(fo, m.index, m.index + m[0].length)
      if (SOBER.test(fo.slice(sen.start, sen.end))) continue
      const those = !FOREIGN.test(m[1]!)
      // A mocking word (そもそも, どうせ, なんて) makes it a verdict; "those people" must point back at a foreign group named just before.
      if (!MOCKED.test(m[0]) || (those && !FOREIGN.test(fo.slice(back(m.index, 2), m.index)))) continue
      return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
    }
  }
  if (fo.includes('日本人')) {
    for (const m of matchAllOf(UNLIKE, fo)) {
      const sen = sentenceOf(fo, m.index, m.index + m[0].length)
      if (SOBER.test(fo.slice(sen.start, sen.end))) continue
      if (!FOREIGN.test(fo.slice(back(m.index, 2), m.index)) && !FOREIGN.test(fo.slice(sen.start, sen.end)) && !THOSE_RE.test(fo.slice(sen.start, m.index))) continue
      return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
    }
  }
  return []
}
