/**
 * Blind R397W-030 kind: a child of a household named in the post, told by school and grade (西蒲池の江頭さんちの『あまおう』… お孫さんは
 * 城内小の2年生で): a producer or a shop introduced by the family name is public enough, but their child or grandchild is then one pupil
 * of one class, found at the school gate. Block, as the guideline's 4(4) and 5(1) treat a minor's whereabouts.
 *
 * What it reads: a household called by its family name (江頭さんち, 古賀さん宅, 堤さんのお宅, 松尾さん一家) anywhere in the paragraph, and in
 * one sentence a child of the family (お孫さん, 息子さん, 娘さん, お子さん) told with a school and a grade (identifiable-person.ts SCHOOL_GRADE_OF: 城内小の2年生, 柳城中学校3年).
 * Not a post that states the family's consent (context.ts CONSENT), a household quoted as an example, nor pupils as a group (2年生の皆さん).
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'
import { SCHOOL_GRADE_OF } from './identifiable-person'

/** A household by its family name: 江頭さんち, 古賀さん宅, 堤さんのお宅, 松尾さん一家, 吉開家の皆さん. */
const HOUSEHOLD_NAMED =
  /(?<![\p{Script=Han}々ァ-ヶー])[\p{Script=Han}々]{1,4}(?:さん(?:ち|家|宅|のお宅|のおうち|のところ|とこ|一家|ご一家|のご家族)|家の(?:皆さん|みなさん|皆様))/u
/** A child of the family, as the subject of what is told: お孫さんは, 息子さんが, 娘さんの…ちゃんは. */
const CHILD_OF_FAMILY =
  /(?:お孫さん|孫|息子さん|娘さん|お子さん|お嬢さん|坊ちゃん|長男|長女|次男|次女)(?:の[\p{Script=Han}ぁ-ゖァ-ヶー]{1,6}(?:くん|ちゃん|君|さん))?(?:は|が|も)[、,]?/u
/** Pupils as a group, not one child. */
const PUPILS_AS_GROUP = /(?:年生|年)(?:の)?(?:皆さん|みなさん|みんな|全員|児童|生徒)(?:が|は|も|と)|(?:年生|年)(?:たち|ら)(?![ぁ-ゖ])/u

/** Emit one block on the child's mention for each paragraph where a named household's child is told by school and grade. */
export function householdChild(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const household = HOUSEHOLD_NAMED.exec(t)
  if (household === null || CONSENT.test(t) || quotedOnLine(t, household.index)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const child = CHILD_OF_FAMILY.exec(sentence)
    if (child === null) continue
    const school = SCHOOL_GRADE_OF.exec(sentence.slice(child.index + child[0].length))
    if (school === null || PUPILS_AS_GROUP.test(sentence) || quotedOnLine(t, s.start + child.index)) continue
    const start = s.start + child.index
    const end = s.start + child.index + child[0].length + school.index + school[0].length
    const span = doc.fromNorm(start, end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名前の分かる家の子どもの学校・学年' } })
    return
  }
}
