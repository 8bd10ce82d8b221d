/**
 * Blind R377A-010, R377A-023, R377A-046, R377A-055, R380D-001, R380D-008, R380D-011, R380D-035, R380D-046, R380D-051, R380D-057 kinds: one
 * person's health told (an infection, a diagnosis, self-harm, an involuntary admission, a mental-health consultation, truancy) with details that
 * pick them out in a small town: the school and the grade (中島小5年, 昭代中の2年生), the place they work or go with the district (三橋町の認定
 * こども園に通う, 本城町の個別指導塾で数学を教えている), the subject they teach, an initial or a given name (Kさん, ゆいなちゃん), a staff member's
 * surname and post (中島主査), a post only one held (元自治会長さん). Block. A strong detail is needed (age and district alone, 市内在住の10代男性,
 * are how a health notice reports a case), and two details in all; the matter and the details are in one sentence or the one before it. Not a
 * class (…された方は, 児童5名), nor a case set as a condition or guidance (…の場合は, …ください).
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

/** The health matter told of the person. */
const HEALTH =
  /結核|麻しん|麻疹|はしか|風しん|風疹|HIV|エイズ|梅毒|性感染症|新型コロナ|コロナ(?:陽性|に感染)|陽性(?:と|に|が出|反応|判定)|感染(?:が確認|し(?:た|まし)|され)|と診断され|の診断(?:あり|を受け)|措置入院|医療保護入院|うつ病|統合失調症|自閉スペクトラム症|発達障(?:害|がい)|発達相談|自傷|リストカット|手首の傷|精神保健福祉相談|心療内科|精神科|不登校|起きられなくな/u
/** Details that pick one person out (each counts one; ROLE_HELD counts two). */
const STRONG: readonly RegExp[] = [
  // the school with the grade or right before it (中島小5年, 昭代中の2年生, 両開小学校では、新1年生)
  /(?<![途最連])(?:小学校|中学校|小|中|高校)(?:の|で|では、?|に入学する)?新?[1-6１-６]年/u,
  // the place they go or work (認定こども園に通う, 個別指導塾で数学を教えている, 居酒屋勤務)
  /(?:園|塾|学校|教室|店|屋|会社|工場|事業所|施設|病院)(?:に通(?:う|って)|に勤め|で働|勤務|で[^。、\n]{0,8}?教え)/u,
  // the subject they teach
  /(?:数学|国語|英語|理科|社会科?|音楽|体育|美術|技術|家庭科)(?:を|の)(?:担当|教え|先生|講師|教諭)/u,
  // an initial (Kさん, K.Oさん)
  /(?<![A-Za-z])[A-Z](?:[.．・]?[A-Z])?[.．]?[ 　]?(?:さん|くん|ちゃん|氏)/u,
  // a child's given name in kana (ゆいなちゃん)
  /(?<![ぁ-ゖ])(?!おばあ|おじい|あか|おねえ|おにい|おかあ|おとう|ねえ|にい|ばあ|じい|みんな)[ぁ-ゖ]{2,5}(?:ちゃん|くん)/u,
  // a club post (バスケ部キャプテン)
  /部(?:の)?(?:キャプテン|部長|主将)/u,
  // a former post (元中学校の先生)
  /元(?:[\p{Script=Han}]{1,4}の)?(?:[\p{Script=Han}]{0,4})(?:先生|教諭|校長|園長|職員|議員|会長|区長)/u,
]
/** A staff member's surname and post (中島主査が), a post only one holds in a place (蒲池の元自治会長さん). */
const ONE_PERSON =
  /(?<![\p{Script=Han}々])[\p{Script=Han}々]{2,3}(?:主査|主任|主事|主幹|係長|保健師|看護師)(?:が|は|と|の)|(?:自治会長|区長|町内会長|公民館長|民生委員)さん/u
const WEAK: readonly RegExp[] = [/(?<![市県内])[\p{Script=Han}]{1,3}町(?:の|・|に|で|在住)/u, /[0-9０-９]{1,2}(?:歳|代)|[（(][0-9０-９]{1,2}[・、,)）]/u, /(?:男|女)(?:の子|子|性)|お(?:兄|姉)ちゃん|妹さん|弟さん/u]
/** A class of people or a case set as a condition, not one person. */
const CLASS = /(?:た|る|中の|ている)(?:方|人|皆|世帯)(?:は|へ|に|も|が|を)|[2-9２-９二三四五六七八九十]\s?(?:名|人)|場合|ください|下さい|たち/u

export function healthTold(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!HEALTH.test(t)) return
  const spans = sentencesOf(t)
  let before = ''
  for (const s of spans) {
    const sentence = t.slice(s.start, s.end)
    const window = before + sentence
    before = sentence
    const matter = HEALTH.exec(sentence)
    if (!matter) continue
    if (CLASS.test(sentence.replace(/ご注意ください|教えてください|お伝えください|受けてください/gu, ''))) continue
    const strong = STRONG.filter((p) => p.test(window)).length + (ONE_PERSON.test(window) ? 2 : 0)
    if (strong === 0 || strong + WEAK.filter((p) => p.test(window)).length < 2) continue
    const span = doc.fromNorm(s.start + matter.index, s.start + matter.index + matter[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '特定できる人の病気・健康' } })
    return
  }
}
