/**
 * A client of a welfare, child or youth service told with what makes them theirs (4(4)): block.
 *
 * Blind R386K-003 kind: a reply to the one who consulted, their kin pointed at by age or school (息子さん（28）の件, 娘さん（城内小3年）)
 * with the home visit booked for them (…のご自宅へ伺います, 家庭訪問): who is visited, where and why, to everyone.
 * Blind R388M-017 kind: a reply naming the reader's child with the child's year (お子さんの結衣さん（4年）は) and the child's use of a service
 * or the family's circumstances (延長利用で登録済み, お母さまのお仕事のご都合).
 * Blind R386K-040 kind: a pupil by initials with the school and the year in a bracket (Y・Kさん（柳城中2年、お父さんと二人暮らし）) and a
 * private matter (不登校, the household, a support centre): the initials hide nothing in a small town.
 * Blind R386K-053 kind: a family that fled violence (夫からの暴力を逃れて, DVから避難して) with the child's school and year named (柳河小の5年生):
 * where the family now lives, to the one they fled.
 *
 * A quotation is a mention; a reply praising a child's work tells no private matter (お子さんの結衣さん（4年）の作品、素敵ですね).
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { quotedOnLine, sentenceSpan, withoutUrls, type Emit } from './context'
import { NAME, NOT_A_NAME } from './named-matter'
import { KIN, SCHOOL_YEAR } from './reply-child'

/** The kin with an age or a school and year in the bracket right after it (息子さん（28）, 娘さん（城内小3年）). */
const KIN_MARKED = new RegExp(String.raw`${KIN}[ 　]?\([ 　]?(?:[0-9]{1,2}(?:歳|才)?|${SCHOOL_YEAR})[ 　]?\)`, 'u')
/** A visit to the home booked (ご自宅へ伺います, お宅を訪問, 家庭訪問). */
const HOME_VISIT = /(?:ご自宅|お宅|ご実家)(?:へ|に|を)[ 　]?(?:伺|うかが|訪問|お邪魔|お訪ね)|家庭訪問|訪問(?:いた|させ|し)(?:ます|ましょう)/u
/** A year in the bracket after a child's name ((4年), (城内小3年), (8歳)). */
const YEAR_AFTER_NAME = new RegExp(String.raw`^[ 　]?\([ 　]?(?:[0-9一二三四五六]年(?:生)?|${SCHOOL_YEAR}|[0-9]{1,2}(?:歳|才))`, 'u')
/** The child's use of a service or the family's circumstances (延長利用, 登録済み, お迎え, ご都合, お仕事, 欠席). */
const CLIENT_MATTER = /利用|登録|延長|お迎え|送迎|預かり|ご都合|お仕事|ご事情|欠席|入所|入園|退所|申請|減免|相談|支援|療育|通級|不登校/u
/** Initials with an honorific (Y・Kさん, A.Bくん). */
const INITIALS = /(?<![A-Za-z])[A-Z][・.][ 　]?[A-Z]\.?[ 　]?(?:さん|くん|君|ちゃん)/gu
const SCHOOL_IN_BRACKET = new RegExp(String.raw`^[ 　]?\([^)\n]{0,12}?${SCHOOL_YEAR}`, 'u')
/** A pupil's private matter: the absence, the household, the support given. */
const PUPIL_MATTER = /不登校|登校(?:しぶり|でき)|いじめ|暮らし|ひとり親|母子家庭|父子家庭|里親|児童養護|一時保護|支援センター|適応指導|相談室|別室登校|病気|入院|障が?い|障害/u
/** A family that fled violence (暴力を逃れて, DVから避難して, 配偶者からの暴力で避難). */
const FLED = /(?:暴力|DV|虐待)(?:から|を)[ 　]?(?:逃れ|避難|避け|のが)|(?:暴力|DV|虐待)(?:で|により)[ 　]?(?:避難|転居|転入)|(?:DV|暴力)[^。\n]{0,8}(?:シェルター)/u
const NAMED_SCHOOL_YEAR = /[\p{Script=Han}]{1,6}(?:小学校|中学校|小|中|高校|保育園|幼稚園|こども園)の?[ 　]?[0-9一二三四五六]年(?:生)?/u

export function serviceClient(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  const block = (a: number, b: number, label: string): void => {
    if (quotedOnLine(t, a)) return
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
  }
  if (reply) {
    if (HOME_VISIT.test(t)) {
      const kin = KIN_MARKED.exec(t)
      if (kin) {
        const s = sentenceSpan(t, kin.index)
        const next = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end : s.end
        if (HOME_VISIT.test(t.slice(s.start, next))) return block(kin.index, kin.index + kin[0].length, '返信の相手の家族と自宅訪問の予定')
      }
    }
    if (CLIENT_MATTER.test(t)) {
      for (const m of matchAllOf(NAME, t)) {
        const core = (m[1] ?? m[2])!.replace(/[ 　].*$/u, '')
        if (NOT_A_NAME.test(core) || /^[おご御]/u.test(core)) continue
        const before = t.slice(Math.max(0, m.index - 8), m.index)
        const after = t.slice(m.index + m[0].length, m.index + m[0].length + 20)
        if (!new RegExp(String.raw`${KIN}の?[ 　]?$`, 'u').test(before) || !YEAR_AFTER_NAME.test(after)) continue
        const s = sentenceSpan(t, m.index)
        if (CLIENT_MATTER.test(t.slice(m.index, s.end))) return block(m.index, m.index + m[0].length, '返信の相手の子どもの名前・学年と利用の事情')
      }
    }
  }
  if (/[A-Z][・.]/u.test(t) && PUPIL_MATTER.test(t)) {
    for (const m of matchAllOf(INITIALS, t)) {
      const b = m.index + m[0].length
      if (SCHOOL_IN_BRACKET.test(t.slice(b, b + 40))) return block(m.index, b, 'イニシャルと学校・学年で分かる児童生徒の事情')
    }
  }
  if (FLED.test(t)) {
    const school = NAMED_SCHOOL_YEAR.exec(t)
    if (school) return block(school.index, school.index + school[0].length, '暴力から避難した家族の子どもの学校・学年')
  }
}
