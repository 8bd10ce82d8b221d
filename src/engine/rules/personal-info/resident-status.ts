/**
 * Blind R395U-011, -012, -015, -017, -018, -019, -020 kinds: a foreign resident picked out, by a name or by the country with a singular
 * person word (フィリピン国籍の女性, ネパールの留学生さん, トルコ国籍…のご家族), told with their residence status or a step of it (技能実習生です,
 * 在留期間の更新がまだ, 仮放免中の, 永住許可申請が不許可, 週28時間を超えて働いて; in やさしい日本語 かぞくたいざい, ぎじゅつ・じんぶんちしき・
 * こくさいぎょうむ; in English Technical Intern Training, Specified Skilled Worker, visa) and a detail that fixes who they are in a small town
 * (a workplace, the district, the age, children, a school and year). Residence status is theirs to tell: block (5(1)).
 *
 * Not this: guidance to whoever it concerns (在留期間の更新は…窓口へ, 技能実習生の方は…), counts (市内の技能実習生は320人), a group welcomed
 * (技能実習生の皆さん), or one whose public role is named beside the status (行政書士の…さんが在留資格について講演, 国際交流員の…さん).
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { CONSENT, quotedOnLine, withoutUrls, type Emit } from './context'

/** A residence status, or a step of one, told of someone (kanji, katakana or all-hiragana やさしい日本語). */
const STATUS =
  /技能実習(?:生|中)?|ぎのうじっしゅう(?:せい)?|特定技能|とくていぎのう|在留(?:資格|期間|カード)(?:の|が|を|は)?[^。！？!?\n]{0,6}?(?:更新|変更|切れ|取消|取り消|許可|不許可|申請)|在留期限|仮放免|かりほうめん|難民(?:認定)?申請|永住(?:許可)?(?:の)?(?:申請|許可|権)|資格外活動|週\s?28\s?時間(?:を超|以上|オーバー)|オーバーステイ|不法(?:滞在|残留|就労)|家族滞在|かぞくたいざい|技術・人文知識・国際業務|ぎじゅつ・じんぶんちしき・こくさいぎょうむ|日本人の配偶者等|定住者/gu
/** A name: katakana (グエン・ティ・ハンさん, ペレラさん) or kanji, with an honorific. */
const NAMED =
  /(?<![ァ-ヶー・])[ァ-ヶ][ァ-ヶー]{1,10}(?:[・=＝ 　][ァ-ヶ][ァ-ヶー]{0,10}){0,3}[ 　]?(?:さん|様|さま|氏|くん|ちゃん)|(?<![\p{Script=Han}々ヶおご])[\p{Script=Han}々]{1,4}(?:[ 　][\p{Script=Han}々]{1,3})?[ 　]?(?:さん|様|さま|氏)/gu
/** Words that take さん but are not a name (留学生さん, 実習生さん, 皆さん). */
const NOT_NAME = /^(?:皆|みな|各|留学生|実習生|研修生|外国人|住民|市民|生徒|学生|利用者|参加者|受講生|相談者|お客|保護者|大家|社長|店長|先生|ご家族|ご主人|奥|娘|息子|お子)/u
/** A country with one person (or one household) of it: フィリピン国籍の女性, ネパールの留学生さん, トルコ国籍クルド人のご家族. */
const COUNTRY_PERSON =
  /(?:[ァ-ヶー]{2,10})?(?:国籍|出身|から来た|からの|(?<=[ァ-ヶー])人)(?:の)?[ァ-ヶー\p{Script=Han}]{0,6}?(?:の)?(?:女性|男性|方(?!々|は|も|へ|に)|留学生さん|実習生さん|ご家族|ご一家|一家|ご夫婦|お母さん|お父さん|奥さん|ご主人|青年|少年|少女|女の子|男の子)|[ァ-ヶ][ァ-ヶー]{1,8}(?:の)?(?:留学生|実習生)さん/u
/** A detail that fixes who they are: a workplace, an age, the district, children, a school and year. */
const DETAIL =
  /で働|にお勤め|に勤め|勤務|で夜勤|でアルバイト|でバイト|の社員|工場|加工場|縫製|農家|[「『][^」』\n]{1,16}[」』](?:で|に|勤|の)|[（(][ 　]?[0-9０-９]{1,2}[ 　]?(?:歳|才)?[ 　]?[)）]|[0-9０-９]{1,2}(?:歳|才|代)|お子さん|お子様|子ども|娘さん|息子さん|小学校|中学校|小[0-9０-９一二三四五六]年|[0-9０-９一二三四五六]年生|(?:町|地区)(?:の|に|で|在住)|まち[）)・／/]|寮|アパート/u
/** Guidance to whoever it concerns, a count, a group. */
const GENERAL =
  /方は|方も|方へ|方に|場合|皆さん|みなさん|皆様|方々|たち|(?:は|が|約|計|合計|で)[ 　]?[0-9０-９,，]+\s?(?:人|名)|ご相談ください|お問い?合わ?せ(?:ください|先|窓口)|お越しください|手続きについて|ご案内します|ご注意ください|募集|歓迎/u
/** A public role beside the name: the one who helps or speaks is not the one whose status is told. */
const HELPER = /行政書士|弁護士|司法書士|国際交流員|交流員|CIR|講師|相談員|職員|通訳|支援員|入管|先生|会長|社長|理事|監理団体/u

function report(doc: Doc, start: number, end: number, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '5(1)', start: span.start, end: span.end, severity: 'block', data: { label: '特定できる外国人住民の在留資格・在留手続きの状況' } })
}

/** The sentence (up to 。！？ or a line break) around an offset. */
function sentenceAt(t: string, at: number): string {
  let a = at
  while (a > 0 && !/[。！？!?\n]/u.test(t[a - 1]!)) a--
  let b = at
  while (b < t.length && !/[。！？!?\n]/u.test(t[b]!)) b++
  return t.slice(a, b)
}

function japaneseStatusTold(t: string, doc: Doc, emit: Emit): boolean {
  for (const status of matchAllOf(STATUS, t)) {
    if (quotedOnLine(t, status.index) || GENERAL.test(sentenceAt(t, status.index))) continue
    const from = Math.max(0, status.index - 120)
    const window = t.slice(from, status.index + status[0].length + 120)
    if (statusPerson(window, from, status.index - from, doc, emit)) return true
  }
  return false
}

/** In the window around a status told: a name picked out with a detail or a country beside it, or one person picked out by the country with a detail. */
function statusPerson(window: string, from: number, statusAt: number, doc: Doc, emit: Emit): boolean {
  for (const m of matchAllOf(NAMED, window)) {
    if (NOT_NAME.test(m[0])) continue
    if (HELPER.test(window.slice(Math.max(0, m.index - 20), m.index + m[0].length + 40))) continue
    if (!DETAIL.test(window) && !COUNTRY_PERSON.test(window) && !/[（(][^（()）\n]{0,12}$/u.test(window.slice(0, statusAt))) continue
    report(doc, from + m.index, from + m.index + m[0].length, emit)
    return true
  }
  const person = COUNTRY_PERSON.exec(window)
  if (!person || HELPER.test(window.slice(Math.max(0, person.index - 16), person.index + person[0].length + 16))) return false
  // The status told apart from the words for the person (not 技能実習生さん alone, which may be a group).
  if (statusAt >= person.index && statusAt < person.index + person[0].length) return false
  if (!DETAIL.test(window.slice(0, person.index) + '\n' + window.slice(person.index + person[0].length))) return false
  report(doc, from + person.index, from + person.index + person[0].length, emit)
  return true
}

/** English: a visa or residence status, a status step. */
const VISA_EN =
  /\b(?:technical intern(?:ship)?(?: training)?|specified skilled worker|visa|status of residence|residence status|residence card|permanent residen(?:ce|cy)|refugee (?:status|application)|provisional release|overstay(?:ed|ing)?|work permit)\b/iu
/** A name of two to four capitalised words. */
const NAME_EN = /\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b/gu
const WORKS_AT_EN = /\b(?:works?|working|employed) (?:at|for|by)\b|\bjob at\b/iu
const FROM_EN = /\bfrom [A-Z][a-z]+/u
const AGE_EN = /\b(?:aged? \d{1,2}|\d{1,2}[- ]years?[- ]old)\b|\(\d{1,2}\)/u
const GENERAL_EN = /\b(?:anyone|everyone|residents|those|if you|who (?:need|want|have)|please (?:visit|contact|call|bring))\b/iu
const HELPER_EN = /\b(?:CIR|coordinator|lawyer|scrivener|staff|volunteer|interpreter|advis[eo]r|teacher|instructor|officer)\b/iu
const NOT_NAME_EN = /^(?:Big|Our|The|Technical|Specified|Skilled|City|Hall|Japan|Happy|Welcome|Good|New|Free|Please|Yanagawa)\b/u

function englishStatusTold(t: string, doc: Doc, emit: Emit): boolean {
  const visa = VISA_EN.exec(t)
  if (!visa || GENERAL_EN.test(t) || HELPER_EN.test(t)) return false
  const detail = WORKS_AT_EN.test(t) || (FROM_EN.test(t) && AGE_EN.test(t))
  if (!detail) return false
  for (const m of matchAllOf(NAME_EN, t)) {
    const words = m[0].split(' ')
    while (words.length > 0 && NOT_NAME_EN.test(words[0]!)) words.shift()
    if (words.length < 2 || VISA_EN.test(m[0])) continue
    const at = m.index + m[0].length - words.join(' ').length
    report(doc, at, m.index + m[0].length, emit)
    return true
  }
  return false
}

export function residentStatusTold(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  if (japaneseStatusTold(t, doc, emit)) return
  englishStatusTold(t, doc, emit)
}
