/**
 * Blind R369S-031 kind: a reply to the account that consulted the city, telling its child's school and year and what the consultation was
 * about (@… 先ほどお電話いただいた、娘さん（柳城中2年）の同級生からのいじめのご相談ですが; 息子さん（城内小4年）の不登校の件で): the handle
 * is the parent, the school and the year leave one child, and the bullying, the absence or the illness is that child's. Block. Only in a reply
 * (or a paragraph opening with @someone); the child is the reader's kin (娘さん, 息子さん, お子さん) with the school and year in the bracket after
 * it or right before it; the matter is the child's trouble, not an event or a work praised (娘さん（柳城中2年）の作品、素敵ですね).
 * Blind R377A-036, -037 kind: the trouble told as a symptom or as teasing (朝の腹痛の件, 同じクラスの男子児童によるからかい), or as the
 * counselling booked for the child.
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

export const SCHOOL_YEAR = String.raw`[\p{Script=Han}ァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|小|中|高)[ 　]?[0-9一二三四五六]年(?:生)?(?:[0-9一二三四五六七八九]組)?`
export const KIN = String.raw`(?:娘さん|息子さん|お子さん|お子様|お子さま|お嬢さん|お嬢様|お孫さん|ご長男|ご長女|ご次男|ご次女)`
const KIN_WITH_SCHOOL = new RegExp(String.raw`${KIN}[ 　]?[（(][ 　]?${SCHOOL_YEAR}[ 　]?[)）]|${SCHOOL_YEAR}(?:の|に通う|に通われている|に在籍の)[ 　]?${KIN}`, 'u')
const CHILD_TROUBLE =
  /いじめ|イジメ|不登校|登校しぶり|登校できな|発達(?:の|に|障)|障が?い|障害|病気|入院|怪我|けが|ケガ|補導|非行|虐待|ひきこもり|引きこもり|アレルギー|暴力|嫌がらせ|腹痛|頭痛|吐き気|体調(?:不良|が(?:悪|すぐれ))|からか[いわうっ]|悪口|仲間(?:外れ|はずれ)|無視され|カウンセリング|スクールカウンセラー/u

export function askerChildInReply(doc: Doc, emit: Emit, reply: boolean): void {
  if (!reply) return
  const t = withoutUrls(doc, doc.norm.text)
  if (!CHILD_TROUBLE.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const kin = KIN_WITH_SCHOOL.exec(sentence)
    if (!kin || !CHILD_TROUBLE.test(sentence)) continue
    const head = t.slice(t.lastIndexOf('\n', s.start + kin.index - 1) + 1, s.start + kin.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const span = doc.fromNorm(s.start + kin.index, s.start + kin.index + kin[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '返信の相手の子どもの学校・学年と相談の内容' } })
    return
  }
}
