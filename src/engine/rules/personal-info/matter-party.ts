/**
 * Blind R382F-029, R382F-058, R382F-060, R384H-003, R384H-010, R384H-023, R384H-036, R384H-055 kinds: one person picked out (a name with a
 * detail that fixes who: the full name, an age in a bracket, the section or the district before it, a trade, a name masked in part, a name
 * with a staff rank and its age) told as the party to a private matter: an injury, a stay in hospital, an illness or a kin's, a harassment
 * consultation, a penalty, a wrong they are said to have done, a home burned. Block (4(4)): in a small town the name and the detail leave one
 * person, and the matter goes out with them.
 *
 * The matter is told in a clause that ends on the person (救急搬送された福祉課2年目の古賀さん, 停職になった職員は、建設課の…主査（47歳…）,
 * なりすましアカウントを作ったのは、…会社員の田中…さん（三十四歳）, 焼けたのは、…鮮魚店を営んでいる吉開さんのお宅), or after the name with the
 * person as its subject (堤 健太郎団員（28）が、…右足首を骨折しました; 田中 昭二さん（67）は、…奥様が…心筋梗塞で倒れ). Not one who acts on the
 * matter (相談に応じる, 搬送された男性に付き添った), a case set as a condition (相談があった場合は), a class (骨折した方は), a figure's own
 * statement (自身のブログで…公表), a quoted name, nor a post stating consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'
import { NAME_SOURCE } from './party-told'

/** A mark standing for a letter of the name (M尾T也さん, 村○浩二さん). */
const MASK = '[A-Z○●◯×＊*]'
const MASKED_NAME = String.raw`(?<![\p{Script=Han}々A-Za-z])(?:${MASK}[\p{Script=Han}々]{1,2}|[\p{Script=Han}々]{1,2}${MASK})(?:${MASK}[\p{Script=Han}々]{0,2}|[\p{Script=Han}々]{1,2}${MASK}?)?[ 　]?(?:さん|様|氏)`
/** A full name with a staff or brigade rank in place of an honorific, its age in the bracket after (村上浩二主査（47歳・, 堤 健太郎団員（28）). */
const RANKED_NAME = String.raw`(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,3}[ 　]?[\p{Script=Han}々ァ-ヶー][\p{Script=Han}々ぁ-ゖァ-ヶー]{0,3}?(?:主査|主任|主事|主幹|係長|課長補佐|課長|参事|技師|団員|班長|分団長|隊員|消防士長|消防士|保育士|教諭)(?=[（(][ 　]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})(?:歳|才)?[ 　]?[)）・、,])`
const PERSON = new RegExp(`(${MASKED_NAME})|(${RANKED_NAME})|(${NAME_SOURCE})`, 'gu')
/** Words that take an honorific or a rank and are no one's name, and a section's name read as one (皆さん, 税務課長). */
const NOT_A_NAME = /^(?:皆|みな|各)|^(?:利用者|参加者|会員|客|市民|関係者|保護者|地権者|住民|患者|職員|担当|本人|相手|奥|旦那|主人|母|父|兄|姉|弟|妹|祖母|祖父|息子|娘|孫|嫁|婿|赤ちゃん)$|(?:課|係|室|部|局|所|署|団|会|園|校|町|市)(?:[ 　]?(?:さん|様|さま|氏))?$/u

/** What fixes who the person is, told next to the name. */
const AGE_AFTER = /^[ 　]?[（(][ 　]?(?:[0-9]{1,3}|[一二三四五六七八九十百]{1,4})(?:歳|才)?[ 　]?[)）・、,]/u
const DETAIL_BEFORE =
  /(?:課|係|室|局|センター|支所|分団|消防団|事務所|[0-9]{1,2}年目|在住|に住む|に住んで(?:いる|おられる)|にお住まい|会社員|自営業|農家|漁師|店主|(?:店|屋|業|院|工場)を(?:営|経営|や)(?:んで|って|して)(?:いる|おられる|らっしゃる|る)|[\p{Script=Han}]{1,4}(?:町|地区))の?[ 　]?$/u
const FULL_NAME = /^(?:[\p{Script=Han}々ヶ]{1,4}[ 　][\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}|[\p{Script=Han}々ヶ]{4,}|[\p{Script=Han}々ヶ]{1,3}[ぁ-ゖァ-ヶー]{2,})$/u

/** The matter, in a clause ending on the person: its verb in the past, the person its subject or the one it is about. */
const MATTER_CLAUSE = [
  // health: taken to hospital, in hospital, a fracture, a collapse, a fit, an operation
  String.raw`(?:救急)?搬送され(?:た|ていた)|入院(?:され|し)(?:た|ている|ていた|ておられる)|骨折(?:され|し)た|(?:梗塞|出血|卒中|発作|心不全|熱中症|病気|過労)で倒れ(?:られ)?た|(?:けいれん|痙攣|発作|ひきつけ)を起こし(?:た|ていた)|手術を受け(?:られ)?た`,
  // a harassment or abuse consultation brought, or suffered; harassment done
  String.raw`(?:ハラスメント|セクハラ|パワハラ|マタハラ|モラハラ|いじめ|DV|虐待|ストーカー|嫌がらせ)[^。！？!?\n]{0,8}?(?:相談(?:に(?:来られ|来|見え|訪れ|いらっしゃっ)た|(?:が|の)あった|をされた|をした|を寄せ(?:られ)?た)|被害(?:に遭った|にあった|を受けた|を訴えた)|申告(?:が|の)あった)|(?:ハラスメント|セクハラ|パワハラ)(?:行為)?を(?:し|行っ)(?:た|ていた)`,
  // a penalty
  String.raw`(?:停職|減給|戒告|懲戒免職|懲戒|免職|訓告|諭旨退職)(?:処分)?(?:に|と)なった|(?:停職|減給|戒告|懲戒|免職|訓告)?処分(?:を受けた|された|となった)`,
  // a wrong done, in a cleft (…を作ったのは、)
  String.raw`(?:なりすまし|成りすまし|偽|にせ|誹謗中傷|中傷|嫌がらせ|脅迫|落書き|不法投棄|万引き|横領|着服|不正)[^。！？!?\n]{0,14}?(?:作った|作成した|書き込んだ|投稿した|送った|送りつけた|した|行った|捨てた|盗んだ)(?:のは|人は|者は|犯人は)`,
  // a home burned or where a fire began, in a cleft (焼けたのは、)
  String.raw`(?:焼けた|全焼した|半焼した|燃えた|焼失した|出火した|火元となった|火元になった)(?:のは|家は|住宅は|お宅は|建物は)`,
].join('|')
/** The clause, then the words to the name: a role and a topic marker, then details (課の, 会社員の), no other person acted on. */
const MATTER_BEFORE = new RegExp(`(?:${MATTER_CLAUSE})(?:[^。！？!?\\n「」『』]{0,28})$`, 'u')
/** Other people a clause may be about (負傷した住民を救助, 入院した友人を見舞う): the named person then acts, and is not the party. */
const OTHERS = '男性|女性|方|人|者|子|男児|女児|児童|生徒|患者|住民|市民|高齢者|お年寄り|利用者|相手|家族|子ども|友人|知人|同僚|仲間|乗客|隊員|団員|母|父|妻|夫|祖母|祖父|息子|娘|場合|とき|際'
const BRIDGE_NOT = new RegExp(`場合|とき|時は|際|ので|ため|なら|たら|ください|予定|(?:${OTHERS})(?:に|を|と|へ|から|の)|(?:に|を)(?:付き添|助け|救|運|見つけ|発見|対応|支え|励ま|見舞|看病|介抱|応じ)`, 'u')
/** The matter told after the name, the person its subject (…（28）が、…骨折しました; …は、…奥様が…で倒れ; …さん、もともと…の持病). */
const HEALTH_TOLD =
  /(?:骨折|負傷|大けが|けが|怪我|ケガ)(?:を)?(?:し|され)(?:ました|た|て)|入院(?:し|され)(?:ました|ています|ている|て|た)|(?:救急)?搬送され|(?:梗塞|出血|卒中|発作|心不全|病気)で倒れ|持病|(?:糖尿病|がん|癌|心臓病|腎臓病|うつ病|認知症|脳梗塞|心筋梗塞)(?:を患|と診断|で(?:入院|療養|通院|倒れ))|療養中/u
const MATTER_AFTER = new RegExp(`^(?:[（(][^（()）\\n]{1,20}[)）])?[ 　]?(?:は|が|も|、)[、,]?[^。！？!?\\n「」『』]{0,40}?(?:${HEALTH_TOLD.source})(?![^。！？!?\\n、]{0,10}?(?:${OTHERS})(?:を|に|の|と|から|へ|が|は|も|たち|さん|で))`, 'u')
/** A figure's own statement, a course's lesson, a greeting of office: not a private matter given away. */
const OWN_OR_PUBLIC = /公表|公言|明らかに|自身の|ご自身|本人の(?:了承|希望)|表彰|受賞|就任|着任|ごあいさつ|ご挨拶/u

export function matterParty(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/搬送|入院|骨折|倒れ|けいれん|痙攣|発作|ひきつけ|手術|相談|被害|申告|ハラ|処分|停職|減給|戒告|免職|訓告|懲戒|退職|のは|人は|者は|犯人|焼|燃|出火|火元|けが|怪我|ケガ|負傷|持病|療養|診断/u.test(t)) return
  if (CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (OWN_OR_PUBLIC.test(sentence)) continue
    for (const m of sentence.matchAll(PERSON)) {
      // (The shared name pattern may run over a particle from the word before: 年目の古賀さん, 課の中島さん. The name starts after it.)
      const cut = m[0].lastIndexOf('の') + 1
      const name = m[0].slice(cut)
      const at = m.index + cut
      if (/^[ 　]?(?:さん|様|さま|氏)$/u.test(name) || /[おご御]$/u.test(sentence.slice(0, at))) continue
      if (NOT_A_NAME.test(name.replace(/[ 　]?(?:さん|様|さま|氏)$/u, '')) || NOT_A_NAME.test(name)) continue
      const before = sentence.slice(Math.max(0, at - 48), at)
      const line = sentence.slice(0, at)
      if (line.lastIndexOf('「') > line.lastIndexOf('」') || line.lastIndexOf('『') > line.lastIndexOf('』')) continue
      const after = sentence.slice(at + name.length, at + name.length + 64)
      const core = name.replace(/[ 　]?(?:さん|様|さま|氏)$/u, '')
      const fixed = m[1] !== undefined || m[2] !== undefined || FULL_NAME.test(core) || AGE_AFTER.test(after) || DETAIL_BEFORE.test(before.slice(-24))
      if (!fixed) continue
      const clause = MATTER_BEFORE.exec(before)
      const told = (clause !== null && !BRIDGE_NOT.test(clause[0].replace(new RegExp(`^(?:${MATTER_CLAUSE})`, 'u'), ''))) || MATTER_AFTER.test(after)
      if (!told) continue
      const span = doc.fromNorm(s.start + at, s.start + at + name.length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '特定できる人とその私事（病気・けが・相談・処分）' } })
      return
    }
  }
}
