/**
 * Blind R369S-057 kind: someone the city took into protection (保護した30代の女性とお子さん2人, 一時保護された母子, DVから避難された方) told with
 * where they stay now, a home placed by its district or a landmark (大和町の女性のご実家（酒屋さんの隣）に身を寄せておられます, 三橋町の親戚のお宅
 * で過ごされています): the one she fled can read where to find her. Block, named or not. The protection and the stay are told of the same
 * people in one sentence; the home is a kin's or an acquaintance's house (実家, 親族宅, 知人宅) in a named district; a shelter's purpose or a
 * service explained (保護された方は…で過ごせます) names no place of anyone's.
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

const PROTECTED =
  /(?:一時)?保護(?:した|された|され|して(?:いる|いた)|中の)|(?:DV|ＤＶ|暴力|虐待|ストーカー)[^。！？!?\n]{0,8}?(?:から|を逃れて)[^。！？!?\n]{0,4}?避難(?:した|された|して)/u
const PERSONS = /(?:女性|男性|母子|親子|お子さん|子ども|方|ご家族|世帯)/u
/** The home they stay at, in a named district: 大和町の女性のご実家, 三橋町の親戚のお宅, 沖端の知人宅. */
const STAY_AT =
  /[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区)?の[^。！？!?\n]{0,10}?(?:ご?実家|親族宅|親戚宅|知人宅|友人宅|(?:親族|親戚|知人|友人|お姉さん|お兄さん|妹さん|弟さん|ご両親|両親)の(?:お宅|家|おうち|ところ))[^。！？!?\n]{0,20}?(?:に|で)[^。！？!?\n]{0,4}?(?:身を寄せ|滞在|避難|暮らし|暮らさ|過ごし|過ごさ|お住まい|住ん|生活)/u
const ANIMAL = /犬|猫|ねこ|ネコ|ペット|動物|子猫|子犬|鳥|ひな/u
const GENERAL = /(?:方|人)(?:は|が)[^。！？!?\n]{0,20}?(?:できます|ください|可能です|利用|相談)/u

export function shelteredWhereabouts(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PROTECTED.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const p = PROTECTED.exec(sentence)
    if (!p || !PERSONS.test(sentence.slice(p.index)) || GENERAL.test(sentence) || ANIMAL.test(sentence)) continue
    const stay = STAY_AT.exec(sentence.slice(p.index))
    if (!stay) continue
    const head = t.slice(t.lastIndexOf('\n', s.start + p.index - 1) + 1, s.start + p.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const a = s.start + p.index + stay.index
    const span = doc.fromNorm(a, a + stay[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '保護した人のいま身を寄せている先' } })
    return
  }
}
