/**
 * hostility — another place put below our feet, across paragraphs.
 *
 * Blind R206A-006: another place put below our feet (うちの足元にも及ばない) with no other place named in its paragraph; `post` emits it
 * when an earlier paragraph names one (a visit report: the town visited in the title, the put-down in the third paragraph).
 *
 * Stays clean: a joint project (合同, 連携), a quoted or taught remark, ordinary prose.
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech } from '../../words'
import { JOINT_H12, OTHER_PLACE56, OUR_FEET, notQuoted, notTeaching, ordinaryProse, sentenceText } from './context'

/** R206A-006: the same put-down held for `post` when its paragraph names no other place (one named in an earlier paragraph). */
export const OUR_FEET_RE = phrase(OUR_FEET)
export const FEET_NEED = /足元|足もと|足下|あしもと|及ば|およば|及びませ|およびませ/u
export function feetAgainstEarlierPlace(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || ordinaryProse(sq, s, e)) return false
  return !OTHER_PLACE56.test(sq.slice(0, s).replace(/柳川(?:市)?|本市|当市/gu, '')) && !JOINT_H12.test(sentenceText(sq, s, e))
}
