/**
 * One person pinned down by everyday details, or by a name, and told with a matter of theirs; a private number read aloud in mixed forms.
 * Block (4(4), 5(1)).
 *
 * Blind R414P-024, R415Q-013 kinds (pinnedPupil): one pupil pinned down by a named school and a grade or a class (…中学校で…2年生の女子生徒,
 * …小学校の4年2組に…女の子), told with what is theirs: an illness or a hospital visit (心臓に病気, 持病, 通院, 発作, 障がい), where they came
 * from (…から転入してきた, …出身), or the family's circumstances (お母さんが…で働いていて, 両親が離婚, 日本語が話せず, ひとりで過ごして). Other
 * details of the child (the club, the sex) narrow it further but are not needed. Blind R423Y-020 kind: a death in the family told
 * transitively of the child (お父さんを亡くされ, 母親を事故で亡くし, 祖母を失って, 父と死別) as well as 亡くなって. Generalises the school + grade + initial kind (care-told.ts).
 * Not pupils as a group (2年生の皆さん, 女子生徒たち), a child praised with no matter of theirs (作文コンクールで最優秀賞), a circumstance told
 * as a case in general (…の場合は), nor a post that states consent.
 *
 * Blind R414P-029 kind (replyKinIllness): a reply or a comment to someone (@handle, or a reply mode) telling that reader's relative's illness,
 * emergency transport or stay in hospital as a past case the city knows of (先月お母様が脳梗塞で救急搬送された件, 先日ご主人が入院された
 * とのことで): the reader is named by the handle, and the relative's health is told in public. Not a call or a rule told to the reader (お母様が
 * 倒れた場合は119番へ), nor a relative named with no illness (お母様とご一緒にご参加ください). Blind R434K-001 kind: with the relative named in
 * the bracket after the kin word (お父様（…様・78歳）は), the illness or treatment told now blocks as well (KIN_NAMED_BRACKET).
 *
 * Blind R415Q-054 kind (namedFailure): a resident named by full name (kanji, or katakana parted by a dot or a space: …・…さん) told to have
 * failed an exam, a test or a selection (不合格, 落ちてしまい, 合格ならず, 不採用). Not a rule for those who fail (不合格の場合は, 不合格だった方は),
 * nor one named as staff or a teacher, nor those who passed.
 *
 * Blind R415Q-019 kind (mixedSpokenPhone): a phone number read aloud in katakana words mixed with kanji or Arabic numerals
 * (ゼロハチゼロ・七七三一・二〇五八, ゼロキュウ0-1234-…): mobile, or said to be a person's own line (個人の携帯, 私の携帯, 自宅): block. The pure kana
 * form is phone.ts's spokenPhones, the pure numeral form its number reading; a count read aloud is not a number (10 or 11 digits making a valid
 * Japanese number, in groups).
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/core'
import type { Doc } from '../../doc'
import { CONSENT, ownerOf, staffBefore, quotedOnLine, sentenceSpan, sentencesOf, withoutUrls, type Emit } from './context'
import { phoneMetadata, SPOKEN_DIGITS, SPOKEN_ZERO_SOURCE, toHiraganaView } from './phone'

// ---------- a pupil pinned down by school and grade ----------

/** A named school: 掘割中学校, 蒲池小, 柳城中, 伝習館高校. */
const SCHOOL_NAMED = /(?<![\p{Script=Han}々ァ-ヶー])[\p{Script=Han}々ァ-ヶー]{1,8}(?:小学校|中学校|高等学校|高校|義務教育学校|支援学校|小|中)(?![\p{Script=Han}々])/gu
/** A grade or a class: 2年生, 4年2組, 三年, 5年1組. */
const GRADE = /[0-9０-９一二三四五六](?:年生|年[0-9０-９一二三四五六七八九]組|年)(?![度間前後目])/u
/** One child, not a group: 女子生徒, 男子児童, 女の子, 男の子, 生徒さん. */
const ONE_CHILD =
  /(?:女子生徒|男子生徒|女子児童|男子児童|女の子|男の子|女子|男子|生徒さん|児童さん|お子さん|子ども|子供|こども|生徒|児童)(?!たち|ら[^しれ]|全員|の皆|のみなさん|の皆さん|会|数|用|向け|の保護者|の方々|一同|みんな)/u
const PUPIL_MATTER =
  /病気|持病|心臓に|心疾患|疾患|障が?い|障害(?!物)|(?:目|耳|足|手|体)(?:の|が)不自由|車いす|車椅子|通院|入院|発作|てんかん|アレルギー|治療を続け|治療中|手術を|から転入|(?:転入|転校)して(?:き|来)|から引っ越|から来日|から来た|出身の|国籍|(?:お母さん|お父さん|母親|父親|両親|保護者)(?:が|は|も)[^。！？!?\n]{0,24}?(?:働いて|勤めて|勤務|夜勤|入院|亡くな|単身赴任|いな[いく]|離婚|病気|失業|仕事を(?:失|探)|日本語が)|ひとり親|母子家庭|父子家庭|離婚|亡くな|(?:お?母|お?父|両親|ご両親|お?祖母|お?祖父|おばあちゃん|おじいちゃん|お?兄|お?姉|弟|妹|家族)(?:さん|様|親|上|ちゃん)?を[^。！？!?\n]{0,8}?(?:亡くされ|亡くし|失[いっ]|失くし)|他界され|死別|日本語が(?:まだ|ほとんど|あまり|十分に?)?(?:話せ|分から|わから)|ひとりで過ごし|一人で過ごし|いじめ|不登校|登校できな/u
/**
 * Blind R431G-028 kind: one boy or girl of a named school's grade or class told with the matter as a clause right before them (…小学校の5年
 * 2組では、今年転入してきた聴覚に障がいのある男の子, …中学校2年の、車いすで通う女子生徒): the school, the class and the matter find the child
 * as the matter after the noun does; a transfer in this year (転入してきた, 転校してきた) is such a matter too. A child noun with no sex
 * (子ども, 生徒) after a clause is a class of children (障がいのある子どもへの理解), not one child.
 */
const SEXED_CHILD = /^(?:女子生徒|男子生徒|女子児童|男子児童|女の子|男の子)$/u
/**
 * Blind R437N-041 kind: the child after the clause may be called by an initial or a given name with a child's honorific instead of a child
 * noun (…小学校4年1組、卵アレルギーで除去食を食べているＫくん; …中2年の、心臓に持病があるゆうとくん): the school, the class, the matter and the
 * name find one child. The clause runs from the grade to the name in one go (no sentence end), and the matter must be in it: a name right
 * after the grade with the matter elsewhere is named-pupil.ts's and care-told's reading. An initial takes さん too; a name in kanji or kana
 * only くん, 君 or ちゃん (…の古賀さん may be anyone). A parent, a teacher or staff in the clause (…の保護者, 担任の) makes it no child's.
 */
const CLAUSE_CHILD =
  /(?:(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](?:[・.．][A-ZＡ-Ｚ])?[ 　]?(?:くん|君|ちゃん|さん)|(?!赤ちゃん)[\p{Script=Han}々ァ-ヶー]{1,4}[ 　]?(?:くん|君|ちゃん)|(?<=[るたいなのだ])[ぁ-ゖ]{2,4}[ 　]?(?:くん|ちゃん))(?![\p{Script=Han}])/u
const CLAUSE_NOT_CHILD = /保護者|お?母|お?父|ママ|パパ|先生|担任|教諭|職員|調理員|栄養士|皆|みんな|たち|全員|[0-9０-９一二三四五六七八九十]+[ 　]?(?:人|名)/u
/** Added to PUPIL_MATTER for a child by a clause: a diet the child keeps for an allergy or an illness (除去食, 代替食, エピペン). */
const DIET_MATTER = /除去食|代替食|エピペン|食物アレルギー/u
const GENERAL_CASE = /場合|ときは|時は|際は|方は|対象|募集します(?:。|$)|ください/u

/** A child pinned by school and grade, with an initial or a name: 蒲池小6年のKくん, 城内小3年のゆいちゃん, 柳城中学校2年のA・Sさん. */
const PUPIL_PINNED =
  /[\p{Script=Han}ぁ-んァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|小|中)の?[ 　]?[0-9０-９一二三四五六]年(?:生)?(?:[0-9０-９一二三四五六七八九]組)?(?:の)?[ 　]?(?:男の子|女の子|男子|女子)?[ 　]?(?!の?(?:お?[母父祖兄姉]|ママ|パパ|みな|皆|みん|生徒|児童|保護者|先生|担任|お子))(?:[A-ZＡ-Ｚ](?:[・.．][A-ZＡ-Ｚ])?|[\p{Script=Han}ぁ-ゖァ-ヶー]{1,5})[ 　]?(?:くん|君|ちゃん|さん)/u
/**
 * The family's circumstances: a parent in hospital or away, divorced, dead; a one-parent home, living with a grandparent only.
 * Blind R457J-003 kind: also a kin's matter told with の (お父さんの転勤で, 母親の入院で, ご両親の離婚で, パパの仕事の都合で) and a transfer
 * of work (転勤, 海外赴任, 転職), and the child's own moving away, told as what is to come or has begun (転校する, 転校しちゃう, 引っ越すことに
 * なった, 転居されます, 転校が決まり, 転校してしまう): the household's affairs pin the named pupil as a stay in hospital does. Not a friend
 * or anyone else who moved (転校した友だちに, 引っ越してきた方), a teacher's transfer (no kin word), nor moving as a chore (引っ越しのお手伝い).
 */
const KIN_MATTER_OF =
  /(?:お?母(?:さん|親|様|上)?|お?父(?:さん|親|様|上)?|ママ|パパ|ご?両親|お?祖母(?:さん|様)?|お?祖父(?:さん|様)?|おばあちゃん|おじいちゃん)の[^。！？!?\n]{0,6}?(?:転勤|海外赴任|単身赴任|転職|仕事の都合|入院|病気|闘病|離婚|別居|失業|介護)/u
const CHILD_MOVING =
  /(?:転校|転居|引っ?越)(?:する|す(?=こと|予定|そう|んだ|ん)|しちゃ|しま(?:す|した)|して(?:しま|い[くきっ])|される|されま|すること|が決ま|の予定|予定)(?![^。！？!?\n]{0,8}?(?:友だち|友達|お友|仲間|クラスメート|子|人|方|先生))/u
const FAMILY_CIRCUMSTANCE_CORE =
  /(?:お?母(?:さん|親|様|上)?|お?父(?:さん|親|様|上)?|ママ|パパ|両親|ご両親|親御さん|保護者|お?祖母(?:さん|様)?|お?祖父(?:さん|様)?|おばあちゃん|おじいちゃん)(?:は|が|も)[^。！？!?\n]{0,14}?(?:入院|病気|闘病|療養|単身赴任|離婚|別居|亡くな|他界|服役|逮捕|失業|失職|出稼ぎ|介護|家出|蒸発|行方|不在|夜勤|帰ってこ)|母子家庭|父子家庭|ひとり親|一人親|生活保護|(?:祖母|祖父|おばあちゃん|おじいちゃん)と(?:二人|ふたり)(?:暮らし|で暮ら)|ヤングケアラー|里親|施設で暮ら/u
const FAMILY_CIRCUMSTANCE = new RegExp(`${FAMILY_CIRCUMSTANCE_CORE.source}|${KIN_MATTER_OF.source}|${CHILD_MOVING.source}`, 'u')
const PUPILS_AS_GROUP = /年生?(?:の)?(?:皆さん|みなさん|みんな|全員|児童|生徒)(?:が|は|も|と)/u

/**
 * Blind R410K-054 kind (moved here from care-told.ts so that one pupil is read once): a child pinned by school and grade with an initial
 * or a name (蒲池小6年のKくん, 城内小3年のゆいちゃん, 柳城中2年のAさん), told within the next two sentences with the family's circumstances
 * (母が入院中, 父が単身赴任, 両親が離婚, 父子家庭, 祖母と二人暮らし). Not pupils as a group, a child praised with no family matter.
 * Returns the span of the school to the name in `t`, or null.
 */
function pupilFamilyTold(t: string): { start: number; end: number } | null {
  if (!FAMILY_CIRCUMSTANCE.test(t) || CONSENT.test(t)) return null
  const m = PUPIL_PINNED.exec(t)
  if (m === null || quotedOnLine(t, m.index) || PUPILS_AS_GROUP.test(t.slice(m.index, m.index + m[0].length + 4))) return null
  // The family's matter told within the next two sentences (the child's own ones).
  const s1 = sentenceSpan(t, m.index)
  const s2 = s1.end + 1 < t.length ? sentenceSpan(t, s1.end + 1) : s1
  const s3 = s2.end + 1 < t.length ? sentenceSpan(t, s2.end + 1) : s2
  if (!FAMILY_CIRCUMSTANCE.test(t.slice(s1.start, s3.end))) return null
  return { start: m.index, end: m.index + m[0].length }
}

/**
 * One block for a paragraph telling one pupil's matter: the pupil by school, grade and a child noun with their illness, origin or family
 * circumstances (pinnedPupilSpan), or else by school, grade and an initial or a name with the family's circumstances (pupilFamilyTold). One
 * finding a paragraph, whichever reading finds the pupil first.
 */
export function pinnedPupil(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!GRADE.test(t) || CONSENT.test(t)) return
  const own = pinnedPupilSpan(t)
  if (own !== null) {
    const span = doc.fromNorm(own.start, own.end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '学校・学年で特定できる子どもの病気・家庭の事情' } })
    return
  }
  const named = pupilFamilyTold(t)
  if (named === null) {
    const screened = pupilScreened(t)
    if (screened === null) return
    const span = doc.fromNorm(screened.start, screened.end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '学校・学年・名前で分かる子どもの健診結果' } })
    return
  }
  const span = doc.fromNorm(named.start, named.end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '学校・学年・イニシャルで分かる子どもの家庭の事情' } })
}

/** A grade (or a class) then one child's name or initial with an honorific: 5年生の井上悠真くん, 3年2組の K ちゃん, 六年 さくらさん. */
const GRADE_NAMED =
  /[0-9０-９一二三四五六](?:年生|年[0-9０-９一二三四五六七八九]組|年)(?![度間前後目])の?[ 　]?(?:男の子|女の子|男子|女子)?[ 　]?(?!の?(?:お?[母父祖兄姉]|ママ|パパ|みな|皆|みん|生徒|児童|保護者|先生|担任|お子))(?:[A-ZＡ-Ｚ](?:[・.．][A-ZＡ-Ｚ])?|[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,7})[ 　]?(?:くん|君|ちゃん|さん)/gu
/** A screening's result told of one person: 要精密検査, 要再検査, 精密検査が必要, 再検査になり, 異常が見つかり, 所見あり, 要治療. */
const SCREEN_RESULT =
  /要精密検査|要精検|要再検査|要再検|要治療|要医療|要経過観察|精密検査(?:が必要|を受ける(?:ことに|よう)|の対象|になり|となり)|再検査(?:に|と)な[りっ]|再検査が必要|異常が(?:見つか|みつか|あ[りっ]|疑われ)|異常を指摘|所見が(?:あ|見つか)|所見あり|(?:心電図|検診|健診|検査)で[^。！？!?\n]{0,10}?(?:引っかか|ひっかか|指摘され)/u

/**
 * Blind R429E-031 kind (pupilScreened): a pupil by a named school (in the sentence or the one before), a grade and a name or an initial with
 * an honorific (…小学校で心臓検診…。5年生の…くんは), told in that sentence or the next with a screening's result (要精密検査, 要再検査, 異常が
 * 見つかり, 再検査になり): a child's health told in public. Not a school's screening schedule or a result told as a rule (要精密検査の場合は),
 * a named pupil praised with no health matter (…くんが最優秀賞), nor a post that states consent.
 * Returns the span of the grade to the name in `t`, or null.
 */
function pupilScreened(t: string): { start: number; end: number } | null {
  if (!SCREEN_RESULT.test(t)) return null
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    GRADE_NAMED.lastIndex = 0
    const m = GRADE_NAMED.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index) || PUPILS_AS_GROUP.test(sentence.slice(m.index, m.index + m[0].length + 4))) continue
    const before = (i > 0 ? t.slice(spans[i - 1]!.start, spans[i - 1]!.end) : '') + '。' + sentence.slice(0, m.index)
    SCHOOL_NAMED.lastIndex = 0
    if (!SCHOOL_NAMED.test(before)) continue
    const scope = sentence.slice(m.index + m[0].length) + '。' + (i + 1 < spans.length ? t.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '')
    const r = SCREEN_RESULT.exec(scope)
    if (!r || GENERAL_CASE.test(scope.slice(Math.max(0, r.index - 8), r.index + r[0].length + 12))) continue
    return { start: s.start + m.index, end: s.start + m.index + m[0].length }
  }
  return null
}

/** The span in `t` of a pupil by school, grade and a child noun told with their matter (see the file's docstring), or null. */
function pinnedPupilSpan(t: string): { start: number; end: number } | null {
  if (!PUPIL_MATTER.test(t) && !DIET_MATTER.test(t)) return null
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    SCHOOL_NAMED.lastIndex = 0
    for (let m = SCHOOL_NAMED.exec(sentence), k = 0; m && k < 4; m = SCHOOL_NAMED.exec(sentence), k++) {
      if (quotedOnLine(t, s.start + m.index)) continue
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 60)
      const grade = GRADE.exec(after.slice(0, 40))
      if (!grade) continue
      const rest = after.slice(grade.index + grade[0].length, grade.index + grade[0].length + 30)
      const child = ONE_CHILD.exec(rest)
      if (!child) {
        // Blind R437N-041 kind: a clause with the matter, then the child by an initial or a given name.
        const named = CLAUSE_CHILD.exec(rest)
        if (!named) continue
        const clause = rest.slice(0, named.index)
        if (!(PUPIL_MATTER.test(clause) || DIET_MATTER.test(clause)) || CLAUSE_NOT_CHILD.test(clause) || /[。！？!?\n]/u.test(clause)) continue
        const matter = PUPIL_MATTER.exec(clause) ?? DIET_MATTER.exec(clause)!
        if (GENERAL_CASE.test(clause.slice(Math.max(0, matter.index - 12), matter.index + matter[0].length + 14))) continue
        const to = m.index + m[0].length + grade.index + grade[0].length + named.index + named[0].length
        return { start: s.start + m.index, end: s.start + to }
      }
      // a bracket of details right after the child (男子児童（母子家庭、沖端町在住）) is the described person's profile, identifiable-person.ts describedPerson's reading
      if (/^[ 　]?[（(]/u.test(rest.slice(child.index + child[0].length))) continue
      // the child itself is the subject: no other noun phrase closes the clause before it (…2年生の保護者 is not the child)
      if (/の(?:保護者|お母さん|お父さん|先生|担任)/u.test(rest.slice(0, child.index + child[0].length + 4))) continue
      const next2 = spans.slice(i + 1, i + 3).map((n) => t.slice(n.start, n.end)).join('。')
      const from = m.index + m[0].length + grade.index + grade[0].length + child.index + child[0].length
      // Blind R431G-028 kind: the matter as a clause on a boy or a girl right before the noun (…転入してきた、耳の不自由な男の子).
      const clause = SEXED_CHILD.test(child[0]) ? rest.slice(0, child.index) : ''
      const scope = clause + '、' + sentence.slice(from) + '。' + next2
      const matter = PUPIL_MATTER.exec(scope)
      if (!matter) continue
      const around = scope.slice(Math.max(0, matter.index - 12), matter.index + matter[0].length + 14)
      if (GENERAL_CASE.test(around)) continue
      return { start: s.start + m.index, end: s.start + from }
    }
  }
  return null
}

// ---------- a reply telling the reader's relative's illness ----------

const READER_KIN =
  /(?:お母様|お母さま|お母さん|お父様|お父さま|お父さん|ご主人|ご主人様|奥様|奥さま|奥さん|旦那様|旦那さん|ご両親|ご家族|お祖母様|おばあ様|おばあさま|おばあちゃん|お祖父様|おじい様|おじいさま|おじいちゃん|娘さん|息子さん|お子さん|お子様|お姉様|お姉さん|お兄様|お兄さん|妹さん|弟さん|お嬢様|お孫さん|ご親族|義母様|義父様)(?:[（(]([^（）()\n]{1,24})[)）])?(?:が|は|の|も)/gu
const KIN_ILLNESS =
  /脳梗塞|脳出血|脳卒中|くも膜下|心筋梗塞|心不全|狭心症|がん|癌|肺炎|骨折|認知症|熱中症|コロナ|インフルエンザ|糖尿病|透析|救急搬送|搬送され|緊急搬送|入院され|入院中|手術を受け|手術され|倒れられ|倒れた|意識を失|発作/u
const KNOWN_CASE = /件|その後|先日|先月|先週|昨日|昨年|去年|この前|以前|あの(?:日|時|とき)|[0-9０-９一二三四五六七八九十]{1,2}(?:月|日)/u
/**
 * Blind R434K-001 kind: the relative named in the bracket after the kin word, in full or by an age (お父様（…一郎様・78歳）は, 奥様（72歳）が,
 * お母さま（…キミ子さん）の): the reader's relative is then one known person, and their illness or treatment is told of them now, not only
 * as a past case (…は人工透析で週3回のご通院, …は糖尿病で入院中). A bracket holding a staff word or a date is no such naming.
 */
const KIN_NAMED_BRACKET = /(?:[\p{Script=Han}々ァ-ヶー]{1,4}[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}[ 　]?(?:様|さま|さん|氏)|(?<![0-9０-９])[0-9０-９]{2,3}[ 　]?(?:歳|才))/u
const KIN_CALL = /場合|たら[、,]?|なら[、,]?|ときは|時は|際は|ように|予防|ないよう|かもしれ|ください/u

export function replyKinIllness(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!(reply || /(?:^|\n)\s?@[A-Za-z0-9_.]{1,30}/u.test(t)) || !KIN_ILLNESS.test(t) || CONSENT.test(t)) return
  READER_KIN.lastIndex = 0
  for (let m = READER_KIN.exec(t), k = 0; m && k < 6; m = READER_KIN.exec(t), k++) {
    if (quotedOnLine(t, m.index)) continue
    const s = sentencesOf(t).find((x) => x.start <= m!.index && m!.index < Math.max(x.end, x.start + 1))
    if (!s) continue
    const sentence = t.slice(s.start, s.end)
    const after = t.slice(m.index + m[0].length, Math.min(s.end, m.index + m[0].length + 40))
    const ill = KIN_ILLNESS.exec(after)
    if (!ill || KIN_CALL.test(after.slice(0, ill.index + ill[0].length + 12))) continue
    if (!KNOWN_CASE.test(sentence) && !(m[1] !== undefined && KIN_NAMED_BRACKET.test(m[1]))) continue
    // With a bracket, the kin word alone is the span (the patient's other readers, identifiable-person.ts kinPatient, report it so).
    const span = doc.fromNorm(m.index, m[1] !== undefined ? m.index + m[0].search(/[（(]/u) : m.index + m[0].length + ill.index + ill[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '返信の相手の家族の病気・救急搬送' } })
    return
  }
}

// ---------- a named resident's failed exam ----------

/** A full name with an honorific: katakana parted by a dot or a space (ペレラ・ニマルさん, グエン ヴァン アンさん), or kanji surname and given name. */
const FULL_NAME =
  /(?<![ァ-ヶー・\p{Script=Han}々])(?:[ァ-ヶー]{2,10}(?:[・ 　][ァ-ヶー]{2,10}){1,3}|[\p{Script=Han}々]{1,4}[ 　]?[\p{Script=Han}々ぁ-ゖ]{1,4}|[ァ-ヶー]{3,10}(?=(?:さん|様|さま|氏)[（(]))(?:さん|様|さま|氏|くん|君|ちゃん)/gu
const FAILED = /不合格|落ちてしまい|落ちてしまった|落ちました|落ちた|合格ならず|合格できず|合格できなかった|不採用|不認定|再試験(?:に|と)なり|落第|留年/u
const FAILED_RULE = /^(?:の場合|者|だった(?:方|人|場合)|となった(?:方|人|場合)|の方|の人|でも|になっても|の通知は)/u
const STAFF_BEFORE = staffBefore('コーディネーター|通訳|課長|係長|主査|市長|会長')

export function namedFailure(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!FAILED.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (!FAILED.test(sentence)) continue
    FULL_NAME.lastIndex = 0
    for (let m = FULL_NAME.exec(sentence), k = 0; m && k < 6; m = FULL_NAME.exec(sentence), k++) {
      if (quotedOnLine(t, s.start + m.index) || STAFF_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue
      const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 50)
      // the name is the clause's subject: は, が or も after it, a bracket of details allowed in between
      if (!/^(?:[（(][^）)]{0,30}[）)])?[ 　]?(?:は|が|も)/u.test(after)) continue
      const f = FAILED.exec(after)
      if (!f || FAILED_RULE.test(after.slice(f.index + f[0].length))) continue
      // another person named between the name and the failure is the one who failed
      if (/(?:さん|様|氏)(?:は|が|も)/u.test(after.slice(4, f.index))) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '氏名と試験の不合格' } })
      return
    }
  }
}

// ---------- a phone number read aloud in mixed forms ----------

const NUMERAL_DIGIT: Readonly<Record<string, string>> = { '〇': '0', '零': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9' }
/** A zero word starting a word (not きれい, あまる), or a zero numeral right before a kana word (〇ハチゼロ). Read on the hiragana view of the text. */
const MIXED_ZERO = new RegExp(`${SPOKEN_ZERO_SOURCE}|(?<![\\p{Script=Han}〇])[〇零○](?=[ぁ-ゖ])`, 'gu')
const MIXED_SEP = /[ 　]{0,2}(?:の|、|,|・|-|‐|－|―|ー)[ 　]{0,2}|[ 　]{1,2}/y
const PRIVATE_LINE = /個人|私の|わたしの|自分の|自宅|ご自宅|携帯|ケータイ|スマホ|プライベート/u

export function mixedSpokenPhone(doc: Doc, emit: Emit): void {
  const norm = doc.norm.text
  if (!/ゼロ|レイ|マル|ぜろ|れい|まる/u.test(norm) || !/[〇零○一二三四五六七八九0-9]/u.test(norm)) return
  // the hiragana view: katakana words read as hiragana, one table for both scripts (phone.ts spokenPhones reads so too)
  const t = toHiraganaView(norm)
  MIXED_ZERO.lastIndex = 0
  for (let z = MIXED_ZERO.exec(t), n = 0; z && n < 8; z = MIXED_ZERO.exec(t), n++) {
    const a = z.index
    let best: { end: number; digits: string; mobile: boolean } | null = null
    let steps = 0
    const walk = (pos: number, digits: string, groups: number, inGroup: number, kana: boolean, other: boolean): void => {
      if (++steps > 600 || (best !== null && best.digits.length === 11)) return
      if ((digits.length === 10 || digits.length === 11) && inGroup >= 2 && kana && other) {
        const p = parsePhoneNumberFromString(digits, 'JP', phoneMetadata)
        if (p?.isValid() && (best === null || digits.length > best.digits.length)) best = { end: pos, digits, mobile: p.getType() === 'MOBILE' }
      }
      if (digits.length >= 11) return
      for (const [word, d] of SPOKEN_DIGITS) if (t.startsWith(word, pos)) walk(pos + word.length, digits + d, groups, inGroup + 1, true, other)
      const c = t[pos]
      if (c !== undefined) {
        const d = NUMERAL_DIGIT[c] ?? (c >= '0' && c <= '9' ? c : undefined)
        if (d !== undefined) walk(pos + 1, digits + d, groups, inGroup + 1, kana, true)
      }
      if (inGroup >= 2 && groups < 4) {
        MIXED_SEP.lastIndex = pos
        const sep = MIXED_SEP.exec(t)
        if (sep) walk(pos + sep[0].length, digits, groups + 1, 0, kana, other)
      }
    }
    walk(a, '', 1, 0, false, false)
    if (best === null) continue
    const { end, mobile } = best as { end: number; digits: string; mobile: boolean }
    const said = PRIVATE_LINE.test(norm.slice(Math.max(0, a - 40), a))
    const owner = ownerOf(norm, a)
    if (mobile ? !said && owner.kind === 'org' && owner.immediate && !owner.privateLabel && !owner.inCharge : !said && !(owner.kind === 'person' && owner.immediate)) continue
    const span = doc.fromNorm(a, end)
    // A landline told as private (私の自宅の電話は…) is a home number, not a mobile: said as phone.ts says it of a number read aloud in kana.
    if (mobile) emit({ rule: 'personal-info/mobile', start: span.start, end: span.end, severity: 'block', data: { owner: '' } })
    else emit({ rule: 'personal-info/phone', start: span.start, end: span.end, severity: 'block', data: { whose: '個人（自宅など）の電話番号' } })
    return
  }
}
