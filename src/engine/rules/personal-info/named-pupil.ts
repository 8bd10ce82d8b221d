/**
 * Blind R434K-040 kind (namedPupilTrouble): a child called by a given name or an initial with an honorific (…くん, …ちゃん, Kさん) and
 * placed by school and year, in the bracket right after the name (…くん（堀端小3年）, …ちゃん（城内中学校1年生）) or right before it (蒲池小
 * 4年の…ちゃん), told in that sentence or the next with the child's own trouble: not going to school (学校に行けない日もあった, 不登校, 登校
 * できず, 保健室登校), bullying suffered (いじめられ, いじめに遭い), an illness or a disability, a stay in hospital. In a small town the
 * name, the school and the year are one child, and the trouble is theirs to keep. Block (4(4)).
 * reply-child.ts reads the reader's own child (娘さん（…中2年）) in a reply; pinned-person.ts reads a child by school, year and a child noun or
 * an initial with family matters; this one reads a named child in a post with the child's own trouble.
 *
 * Not a named child praised with no trouble (…くん（堀端小3年）が金賞), a trouble told of others (不登校の子どもを支援する会に…くんも参加,
 * 病気の友達のために), a trouble as a rule (学校に行けない場合は), a staff member or a teacher named, nor a post that states consent.
 *
 * Blind R443U-035, R444V-022 kind: the same child pinned by school and year with what they do in between (堀割東小5年で水泳クラブのキャプテン
 * をしている…君, the name a given name in hiragana with 君 right after the verb), or with no name at all but school, year and sex (城内中の
 * 2年生で…学校に行けていない男の子, 城内中2年の女子生徒で入院している), the grade possibly after の (…中の2年生); the trouble may be the
 * family's (お父さんが入院中) or told within the description (春からずっと学校に行けていない, 学校に行けておらず). Not a school's team result
 * (堀割東小が優勝, …小5年の男子が県大会で優勝), a year of every school (各小学校の5年生, 市内の中学2年生), children counted or in general
 * (…2年生で学校に行けていない男子は3人), nor the trouble told of other children (不登校の子どもたち).
 *
 * Blind R449A-026 kind: the school, the year and the name may be parted by a dot or a comma, in a bracket after a kin word or alone (お嬢様
 * （…小4年・…さん）, 息子さん（…くん、…中1年）), and the trouble may be the child's health data: an allergy or anaphylaxis, a history or a
 * diagnosis, a prescription (エピペン, 処方), a developmental condition, asthma or another named illness, in a post as in a reply to the
 * parent: a child's medical record is as much theirs as a stay in hospital. Not the words told as a rule or of children in general
 * (アレルギーのある子どもは, 診断書が必要な場合は, 発達相談の日程), nor a named child praised.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

const SCHOOL_YEAR = String.raw`(?<![\p{Script=Han}ァ-ヶー])(?!各|全|市内|県内|町内|村内|区内|他|同)[\p{Script=Han}ァ-ヶー]{1,8}(?:小学校|中学校|義務教育学校|支援学校|高校|高等学校|小|中|高)(?:の)?[ 　]?[0-9０-９一二三四五六]年(?:生)?(?:[0-9０-９一二三四五六七八九]組)?`
/** Blind R446X-023 kind: a year and a class with no school before it (4年2組の…ちゃん). */
const CLASS_ONLY = String.raw`(?<![0-9０-９一二三四五六七八九十\p{Script=Han}])[0-9０-９一二三四五六]年[ 　]?[0-9０-９一二三四五六七八九]組`
/** A given name or an initial with a child's honorific (a name in hiragana may follow the year's or the class's の: 3年1組のそうたくん). */
const CHILD_NAME = String.raw`(?:(?<![A-Za-zＡ-Ｚａ-ｚ])[A-ZＡ-Ｚ](?:[・.．][A-ZＡ-Ｚ])?|(?<![\p{Script=Han}々])[\p{Script=Han}々]{1,4}|(?:(?<![ぁ-ゖ])|(?<=[年組]の))[ぁ-ゖ]{2,5}|(?<![ァ-ヶー])[ァ-ヶー]{2,6})[ 　]?(?:くん|君|ちゃん|さん)`
const NOT_CHILD_NAME = String.raw`(?!(?:お?[母父祖兄姉]|ママ|パパ|みな|皆|みん|生徒|児童|保護者|先生|担任|お子))`
/** Blind R443U-035 kind: a name right after a verb (…をしているりょうた君), so with no boundary before it. */
const CHILD_NAME_AFTER_VERB = String.raw`(?:[\p{Script=Han}々]{1,4}|[ぁ-ゖ]{2,5}|[ァ-ヶー]{2,6})[ 　]?(?:くん|君|ちゃん)`
/** Blind R444V-022 kind: no name, the child told by sex. */
const CHILD_BY_SEX = String.raw`(?:男の子|女の子|男子|女子)(?:生徒|児童)?`
const NAMED_PUPIL = new RegExp(
  String.raw`${CHILD_NAME}[ 　]?[（(][ 　]?${SCHOOL_YEAR}[ 　]?[)）]|${CHILD_NAME}[ 　]?[・、,][ 　]?${SCHOOL_YEAR}|${SCHOOL_YEAR}[ 　]?[・、,][ 　]?${NOT_CHILD_NAME}${CHILD_NAME}|${SCHOOL_YEAR}(?:の|に通う)[ 　]?(?:男の子|女の子)?[ 　]?${NOT_CHILD_NAME}${CHILD_NAME}|${CLASS_ONLY}の[ 　]?${NOT_CHILD_NAME}${CHILD_NAME}` +
    String.raw`|${SCHOOL_YEAR}で[^。！？!?\n]{0,24}?[るた][ 　]?${NOT_CHILD_NAME}${CHILD_NAME_AFTER_VERB}` +
    String.raw`|${SCHOOL_YEAR}(?:の|で)[^。！？!?\n]{0,30}?${CHILD_BY_SEX}`,
  'gu',
)
const BY_SEX_END = new RegExp(`${CHILD_BY_SEX}$`, 'u')
/** Children counted or told as a group after the description (…男子は3人, …女の子たち). */
const COUNTED_AFTER = /^(?:たち|達|ら|の(?:皆|みな)|(?:は|が|も)[^。\n]{0,4}?[0-9０-９一二三四五六七八九十何]+[ 　]?(?:人|名))/u
/** The child's own trouble. */
/*
 * Blind R446X-023 kind: the child's home life or daily whereabouts told as theirs: a one-parent or two-person household (お母さんと二人暮らし,
 * 祖母とふたりで暮らし, 母子家庭, 父子家庭, ひとり親, 両親が離婚), or where the child is every day after school (毎日放課後はこの公園で過ごして
 * いる, 学校帰りはいつも図書館にいる, 放課後は毎日…で遊んで): with the name, the school and the year (or the class alone: 4年2組の…ちゃん) one
 * child found at one place. Not the same words told of others (ひとり親家庭の子どもたち, 放課後の子どもの居場所) nor a named child praised.
 */
const HOME_LIFE =
  String.raw`(?:お?[母父]さん|お?[母父]親|ママ|パパ|母|父|お?(?:祖母|祖父)(?:さん|ちゃん)?|おばあ(?:さん|ちゃん)|おじい(?:さん|ちゃん))と(?:の)?[ 　]?(?:二人|ふたり|2人|２人)(?:暮らし|で暮らし|きり)|(?:母子|父子|ひとり親|一人親)(?:家庭|世帯)?|両親が離婚|` +
  String.raw`(?:毎日|いつも|毎日の?ように)[ 　]?(?:の)?(?:放課後|学校帰り|下校後|夕方)(?:は|に|も)?[^。！？!?
]{0,16}?(?:で過ごし|にい(?:る|ます)|に来て|で遊んで|で待って|で一人|でひとり)|(?:放課後|学校帰り|下校後)(?:は|に|も)?[ 　]?(?:毎日|いつも)[^。！？!?
]{0,16}?(?:で過ごし|にい(?:る|ます)|に来て|で遊んで|で待って|で一人|でひとり)`
/** Blind R449A-026 kind: the child's health data (an allergy, a history, a diagnosis, a prescription, a developmental condition). */
const HEALTH_DATA =
  String.raw`アレルギー|アナフィラキシー|エピペン|既往(?:歴|症)?|(?:と|を|の)診断|診断(?:され|を受け|名|が(?:つ|出))|処方(?:され|を受け|薬)?|発達(?:障が?い|障害|の(?:遅れ|特性|課題)|検査)|(?:自閉|ADHD|注意欠如|学習障|LD|ぜん?そく|喘息|アトピー|糖尿病|心疾患|腎臓病|白血病)`
const TROUBLE_CORE = new RegExp(
  String.raw`学校(?:に|へ)[ 　]?(?:行け|いけ|通え|かよえ|来られ|来れ|行かれ)(?:て(?:い|お(?:ら|り)))?(?:ない|なく|ず|なかっ|ません)|学校を(?:休みがち|長く休|休んで)|不登校|登校(?:でき(?:ない|なく|ず|なかっ)|しぶり|渋り|拒否)|保健室登校|別室登校|いじめ(?:られ|に(?:遭|あ)|を受け)|病気|持病|難病|障が?い|障害(?!物)|入院|通院|闘病|発作|てんかん|${HEALTH_DATA}`,
  'u',
)
const TROUBLE = new RegExp(`${TROUBLE_CORE.source}|${HOME_LIFE}`, 'u')
/** The trouble told of others or as a rule right after it. */
const OF_OTHERS = /^(?:の|な|のある|がある|を抱える|に悩む)?(?:友達|友だち|方|人|子ども|子供|こども|子|児童|生徒|お年寄り|高齢者|皆|みんな|人たち|場合|ときは|時は|際は)/u
/** A staff member or a teacher named, not a pupil. */
const NOT_PUPIL = /先生|校長|教頭|担任|職員|コーチ|監督/u

export function namedPupilTrouble(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!TROUBLE.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    NAMED_PUPIL.lastIndex = 0
    for (let m = NAMED_PUPIL.exec(sentence), k = 0; m && k < 4; m = NAMED_PUPIL.exec(sentence), k++) {
      if (quotedOnLine(t, s.start + m.index) || NOT_PUPIL.test(m[0])) continue
      // Blind R444V-022 kind: a description by sex counts only as one child; the trouble may be told inside the description.
      if (BY_SEX_END.test(m[0]) && COUNTED_AFTER.test(sentence.slice(m.index + m[0].length))) continue
      const scope = sentence.slice(m.index) + '。' + (i + 1 < spans.length ? t.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '')
      let told = false
      // Home life counts for a named child only: a child told by sex with family matters is pinned-person.ts' reading.
      const trouble = BY_SEX_END.test(m[0]) ? TROUBLE_CORE : TROUBLE
      for (const r of scope.matchAll(new RegExp(trouble.source, 'gu'))) {
        if (!OF_OTHERS.test(scope.slice(r.index! + r[0].length, r.index! + r[0].length + 8))) {
          told = true
          break
        }
      }
      if (!told) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名前・学校・学年で分かる子どもの不登校・病気' } })
      return
    }
  }
}
