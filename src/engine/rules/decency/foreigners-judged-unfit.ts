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
 *
 * Blind R444V-040, R443U-054 kind (wave 90): a foreign group or a vulnerable one (生活保護の方, 障がいのある方, 高齢者, ひとり親,
 * ホームレス), or "those people" pointing back at one named in the two sentences before (ああいう人たち, ああいう方々, あの連中), said
 * to have no will to keep the rules or to be past talking to (ルールを守る気がない, 守ろうとしない, 言っても通じない, 注意しても聞かない,
 * 相手にするだけ無駄, 話が通じない): the group written off, `decency/discriminatory` block. Kept clean: one person's or a user's conduct
 * with no group (ルールを守る気がない利用者には利用停止の措置), help that follows (やさしい日本語, 多言語, 通訳, 工夫), the notion named
 * a prejudice or denied (とは限りません, 偏見), a welfare office's or a foreign residents' desk notice with no such predicate.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { FOREIGN_GROUP_WORDS, FOREIGN_THOSE } from './foreign-group-lumped'

/** Blind R452D-017 (wave 93): a country pointed at too (ああいう国の人たち, あんな国の連中). */
const THOSE = FOREIGN_THOSE
const MOCK = '(?:そもそも|どうせ|到底|とうてい|土台|どだい|はなから|端から|最初から|しょせん|所詮|なんて|なんか|なんぞ)'
const CANNOT = '(?:無理(?=な(?:ん|の|話|相談|注文|こと)|だ|です|でしょ|に決ま|って|[。！!…、]|$)|できる(?:わけ|はず)(?:が|も)?な|できっこな|(?:わか|分か|守れ|守る|理解でき)る(?:わけ|はず)(?:が|も)?な)'
const UNFIT = phrase(`(${FOREIGN_GROUP_WORDS}|${THOSE})(?:に|には|にゃ|じゃ|では|が|って|は)[^。！？!?\\n]{0,24}?${CANNOT}`)
const MOCKED = phrase(MOCK, 'u')
const THOSE_RE = phrase(THOSE, 'u')
const UNLIKE = phrase('(?:衛生観念|衛生意識|衛生感覚|清潔感|常識|マナー|モラル|民度|しつけ|道徳|倫理観|公衆道徳|遵法精神|順法精神|ルール意識)(?:が|も|は|って)?[^。！？!?\\n]{0,6}?日本人(?:と|とは)(?:は)?[^。！？!?\\n]{0,4}?(?:違|ちが|別物|比べ(?:もの|物)にな)')
const FOREIGN = phrase(FOREIGN_GROUP_WORDS, 'u')
const SOBER = phrase('文化|交流|尊重|互い|理解し|学ぶ|学び|学ん|知って|案内|看板|多言語|説明|伝え|研修|講座|中には|場合が|こともあ|方もい|人もい|国や地域|国によって|とは限|とはかぎ|わけではな|ではありません|偏見|差別|決めつけ|誤解|無理なく|無理のな|無理をさせ|無理させ', 'u')

/** Blind R444V-040, R443U-054: a vulnerable group besides a foreign one (生活保護の方, 障がい者, 高齢者, ひとり親, ホームレス). */
const VULNERABLE = '(?:生活保護(?:受給者|受給世帯|世帯|家庭|の(?:方|人))?|保護受給者|障(?:害|がい|碍)(?:者|児|のある(?:方|人))|高齢者|お年寄り|年寄り|ひとり親|一人親|片親|母子家庭|父子家庭|ホームレス|路上生活者)'
/** No will to keep the rules, or past talking to (守る気がない, 言っても通じない, 相手にするだけ無駄). */
const WRITTEN_OFF = '(?:(?:ルール|決まり|きまり|マナー|約束|法律|規則|常識|順番)(?:を|は|も|なんて|なんか)?(?:守る|まもる|守ろうという)(?:気|つもり|意思|意志|気持ち)(?:が|は|も|なんて|なんか)?(?:ない|無い|ねえ|ねー|なさ|ありません|さらさら)|(?:ルール|決まり|きまり|マナー|約束|法律|規則)(?:を|は|も)?守ろうと(?:しない|もしない|せん|しません)|(?:言って|いって|説明して|注意して|話して|教えて)も(?:通じ|つうじ|わから|分から|聞か|きか)(?:ない|ません|ん)|(?:言う|いう|注意する|説明する)だけ(?:無駄|むだ)|相手にする(?:だけ|のは|のも)[^。！？!?\\n]{0,6}?(?:無駄|むだ)|話が通じ(?:ない|ません|ん))'
const DISMISSED = phrase(`(${FOREIGN_GROUP_WORDS}|${VULNERABLE}(?:の(?:方|人))?(?:たち|達|々|の方々|の皆さん)?|${THOSE})(?:に|には|は|って|なんて|なんか|じゃ|に対して(?:は)?)[、,]?[^。！？!?\\n]{0,30}?${WRITTEN_OFF}`)
const GROUP_NAMED = phrase(`${FOREIGN_GROUP_WORDS}|${VULNERABLE}`, 'u')
const HELPED = phrase('偏見|差別|決めつけ|誤解|とは限|とはかぎ|わけではな|ではありません|多言語|やさしい日本語|ふりがな|通訳|翻訳|工夫|寄り添|支援|相談窓口|ご相談', 'u')

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
  if (/気|通じ|つうじ|無駄|むだ|聞か|きか|守ろう/u.test(fo)) {
    for (const m of matchAllOf(DISMISSED, fo)) {
      const sen = sentenceOf(fo, m.index, m.index + m[0].length)
      if (HELPED.test(fo.slice(sen.start, sen.end))) continue
      // "Those people" must point back at a foreign or vulnerable group named just before.
      if (THOSE_RE.test(m[1]!) && !GROUP_NAMED.test(m[1]!) && !GROUP_NAMED.test(fo.slice(back(m.index, 2), m.index))) continue
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
