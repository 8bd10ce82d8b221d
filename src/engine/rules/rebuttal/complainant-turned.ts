/**
 * rebuttal — a complaint or a reply turned back on the resident (4(5), 6(2)): the cause declared the complainant's own matter
 * (ご自身のタイミングの問題ではないでしょうか), the critic's understanding declared wrong outright (そちらのご理解に誤りがあります), the
 * critic told to reread what was already answered (前回の返信をもう一度よくお読みください), told to stop posting what is not the facts.
 * Clean: a help line (ご自身の健康の問題), a notice's pointer (詳しくは前回のお知らせをご覧ください), the disaster notice's caution to all.
 * These phrases head the check order (`PHRASES` in index.ts).
 */
import { phrase } from '../../words'
import type { Phrase } from './context'
import { BLAMES_COMPLAINANT, TO_CRITIC } from './context'

/**
 * Blind R389N kinds: a complaint or a reply turned back on the resident.
 * - The cause declared the complainant's own matter (…とのご不満ですが、…ご自身のタイミングの問題ではないでしょうか, そちらの
 *   ご都合の問題かと存じます, あなたの使い方の問題です): after a criticism or in a reply; not a help line (ご自身の健康の問題でお悩みの方は).
 * - The critic's understanding declared wrong outright, not softened into a question (そちらのご理解に誤りがあります, あなたの認識は
 *   間違っています, ご理解が誤っておられます), and the critic told to reread what was already answered (前回の返信をもう一度よくご覧
 *   ください, 先日の回答をよくお読みください): not a notice's pointer (詳しくは前回のお知らせをご覧ください, no よく).
 * - The critic told to stop posting what is not the facts (事実と違う内容の投稿はお控えください, 事実と異なる書き込みはやめてください):
 *   not the disaster notice's caution to all (不確かな情報の拡散はお控えください: those words are not these).
 */
export const OWN_MATTER = '(?:ご自身|ご自分|ご本人|そちら|そちら様|あなた|あなた様|貴方|お客様|お客さま|投稿者)(?:側)?の[、,]?(?:ご|お)?[一-龥々ァ-ヶーぁ-ゖ]{1,8}?(?:の)?問題'
export const COMPLAINANT_TURNED_PHRASES: Phrase[] = [
  {
    re: phrase(`${OWN_MATTER}(?:では|じゃ)(?:(?:ない|ありません|ございません)(?:でしょう|です)?か|なか(?:です)?か?)|${OWN_MATTER}(?:です|でございます|だ)(?=[。！!よね]|$)|${OWN_MATTER}(?:かと|だと|であると)(?:存じ|思|考え)`),
    need: ['問題'],
    ...BLAMES_COMPLAINANT,
  },
  {
    re: phrase('(?:ご理解|ご認識|(?:その方|そちら|そちら様|あなた|貴方|投稿者|ご本人)(?:様|さん|の方)?の(?:ご)?(?:理解|認識|考え|解釈|受け止め方|捉え方))(?:に|には|は|が)[、,]?(?:少し|やや|いささか|明らかに|根本的に|大きな|重大な)?(?:(?:誤り|間違い|誤解|思い違い|事実誤認)(?:が)?(?:あります|ございます|あるようです|があるようです)|(?:誤って|間違って)(?:おります|います|いる|おられます|いらっしゃいます)(?=[。！!よね]|$))'),
    need: ['理解', '認識', '考え', '解釈', '受け止め方', '捉え方'],
    ...TO_CRITIC,
  },
  {
    re: phrase('(?:前回|先日|先ほど|先程|以前|昨日|これまで)(?:の|に|も)?(?:私どもの|こちらの|当方の)?(?:返信|ご返信|回答|ご回答|お答え|ご説明|説明|お返事|返事|投稿|コメント)(?:を|も|は)[、,]?(?:もう一度|もういちど|再度|今一度|いま一度|改めて|あらためて)?[、,]?(?:よく|よーく|よくよく|しっかり|ちゃんと|きちんと)[、,]?(?:ご覧|お読み|読んで|読み直|見て|見直|ご確認)'),
    need: ['よく', 'よーく', 'しっかり', 'ちゃんと', 'きちんと'],
    ...TO_CRITIC,
  },
  {
    re: phrase('(?:事実と(?:違う|ちがう|異なる|反する)|事実(?:では|じゃ)ない|事実に(?:基づかない|基づいていない)|事実無根の)(?:内容|こと|話|情報)?(?:の|を)?(?:ご投稿|投稿|書き込み|書込み|ご発言|発言|コメント|発信|拡散|ポスト)(?:は|を|も)?[、,]?(?:今後は|くれぐれも|どうか)?[、,]?(?:お控え|控えて|おやめ|やめて|ご遠慮|慎んで|なさらないで|しないで)'),
    need: ['事実'],
    ...TO_CRITIC,
  },
]
