/**
 * decency — a disability claimed as a joke (wave 89).
 *
 * Blind R439Q-015 kind: a disability or a mental illness taken on as a quip about one's own or someone's slips (忘れ物ばかりなので
 * たぶんADHDです（笑）, 私も発達障がいかもｗ, うちの課長は絶対アスペルガー😂, 片づけられないのは自閉症のせい？笑): the diagnosis
 * made a laugh, with a hedge (たぶん, きっと, かも, 確定, 疑惑, 気味, っぽい) or a self (私も, 僕も, うちの) beside it and a laugh
 * mark right after, `decency/insensitive` warn. Kept clean: a course or a consultation on developmental disabilities, someone
 * wondering in earnest and sent to a consultation (ADHDかもと悩んでいる方は), the quip quoted as what not to say (…と軽く言うことが
 * 当事者を傷つけます), a laugh elsewhere in the post.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

const DIS = '(?:発達障(?:害|がい|碍)|adhd|add(?![a-z])|asd(?![a-z])|アスペ(?:ルガー)?|自閉(?:症|スペクトラム)|学習障(?:害|がい)|注意欠(?:陥|如)|多動(?:症)?|うつ病|鬱病|認知症|若年性認知症|統合失調症)'
const HEDGE = '(?:かも|かな|確定|決定|疑惑|気味|ぎみ|っぽ|説|だと思|なんじゃ|なのでは|なのかも|なんです|です|だ|だな|だわ|だよ|のせい|じゃね|じゃない)'
/** The diagnosis, a hedge within a few characters, then a laugh mark closing it. */
const CLAIMED = phrase(`${DIS}[^。！？!?\\n]{0,4}?${HEDGE}[^。！？!?\\n]{0,6}?(?:[（(]笑[)）]|笑(?=[\\s。！!？?、…〜ー]|$)|[wｗ]{1,}(?![a-zａ-ｚ0-9.\\-/])|[😂🤣😆😝😜🤪😅]|草(?![ぁ-ゖ一-龥]))`)
const SELF_OR_GUESS = phrase('私|わたし|僕|ぼく|自分|俺|おれ|うちの|我が家の|担当|課長|部長|係長|上司|先輩|夫|妻|旦那|たぶん|多分|きっと|絶対|ぜったい|もしかして|完全に|確実に|かも|確定|疑惑|気味|ぎみ|っぽ|説', 'u')
const SOBER = phrase('傷つけ|傷付け|偏見|軽々しく|軽く言|冗談にし|ネタにし|笑いごと|笑い事|ではありません|と言う|と言わ|といった|相談|悩んで|受診|診断を受け', 'u')

/** A disability or an illness claimed as a joke over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function disabilitySelfJoked(fo: string): Array<[number, number, 'decency/insensitive', 'block' | 'warn', string]> {
  for (const m of matchAllOf(CLAIMED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    const here = fo.slice(sen.start, sen.end)
    if (!SELF_OR_GUESS.test(here) || SOBER.test(here)) continue
    // The quip quoted as what not to say (「私もADHDかも笑」と言う…).
    if (/^[」』”][^。！？!?\n]{0,2}?(?:と|[っつ]て|など|なんて)/u.test(fo.slice(end, end + 4))) continue
    return [[m.index, end, 'decency/insensitive', 'warn', '障がいや病気の名前を自分や人のうっかりを笑う冗談に使わず、講座の内容だけを書いてください（例：「発達の特性との付き合い方を一緒に考える講座です」）']]
  }
  return []
}
