/**
 * A private person made known, by name or by what sets them apart, as the party to a private matter the post tells: the illness that keeps
 * a named member away (欠席：野田（美）様（腰の手術で入院中のため）), a lawsuit they brought (市を相手に解雇無効の裁判を起こしている…野田 幸恵さん),
 * a funeral with the deceased and the chief mourner named (…の蒲池トメさん（享年88）の告別式…喪主は長女の蒲池由美子さん), a wrong the city
 * suspects described by district, age and work (不正受給の件ですが、柳河地区にお住まいの70代の兼業農家の男性で、JAを定年退職された方).
 * Block: each ties a sensitive matter to one person in a small town.
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { sentencesOf, withoutUrls, type Emit } from './context'

/**
 * A private person's name: a surname, a given name maybe, an initial in brackets telling two of a surname apart (野田（美）様). A pattern
 * source (string, no groups) to build other patterns with; named-matter.ts's NAME is a ready RegExp with groups for the name's parts.
 */
export const NAME_SOURCE = String.raw`(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ァ-ヶー][\p{Script=Han}々ぁ-ゖァ-ヶー]{0,4})?(?:[（(][\p{Script=Han}ぁ-ゖ][)）])?[ 　]?(?:さん|様|さま|氏)`
/** Details in a bracket after the name (（41・旧税務課）, （享年88）). */
const ABOUT = String.raw`(?:[（(][^（()）\n]{1,16}[)）])?`
const CLASS_NAME = /^(?:皆|みな|各位|利用者|参加者|会員|お客|市民|関係者|保護者)/u

function report(doc: Doc, start: number, end: number, label: string, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
}

/**
 * Blind R374X-054 kind: a named member listed or told as absent, with the illness, the operation or the stay in hospital that keeps them away
 * (欠席：野田（美）様（腰の手術で入院中のため）; 古賀さんは膝の手術で入院されているためお休みです): a roll of a class posted tells everyone their
 * health. A call to those absent (欠席の方は…), or an absence with no health reason (都合により欠席), is not this.
 */
const HEALTH_REASON = '(?:手術|入院|療養|通院|治療|闘病|骨折|けが|怪我|ケガ|持病|体調を崩)'
const ABSENT = '(?:欠席|お休み|不参加)'
const ABSENTEE = new RegExp(
  String.raw`${ABSENT}(?:者|の方)?[ 　]?[:：は]?[ 　]?(${NAME_SOURCE})[^。！？!?\n]{0,4}?[^。！？!?\n）)]{0,14}?${HEALTH_REASON}` +
    String.raw`|(${NAME_SOURCE})${ABOUT}(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?${HEALTH_REASON}[^。！？!?\n]{0,14}?${ABSENT}`,
  'gu',
)
/**
 * Blind R375Y-015 kind: a named person told as a party to a lawsuit, most of all one against the city (市を相手に解雇無効の裁判を起こしている
 * 元臨時職員の野田 幸恵さん; 原告の古賀さんは…): whom one sues, or is sued by, is their own matter. The suit is told before the name within the
 * sentence, or after it as the person's act. A lawyer, a judge or a lay judge (裁判員) named, or a trial explained in general, is not this.
 */
const SUIT = String.raw`(?:裁判|訴訟|調停)を(?:起こ|起され|起こされ)|提訴(?:し|され)|(?:を|に)(?:訴え|訴えられ)(?:て|た|ま)|損害賠償を(?:求め|請求)`
const LITIGANT = new RegExp(
  String.raw`(?:${SUIT}|原告|被告)[^。！？!?\n]{0,24}?(${NAME_SOURCE})` + String.raw`|(${NAME_SOURCE})${ABOUT}(?:は|が|も)[、,]?[^。！？!?\n]{0,24}?(?:${SUIT})`,
  'gu',
)
const LAW_STAFF = /(?:弁護士|代理人|裁判官|裁判長|検事|検察官|書記官|司法書士|調停委員|講師|先生)(?:の|で|、)?[ 　]?$/u
/**
 * Blind R376Z-007 kind: a funeral told by a city facility with the deceased or the chief mourner named (…の蒲池トメさん（享年88）の告別式が行われます。
 * 喪主は長女の蒲池由美子さんです): whose funeral, and who mourns, is the family's to make known, not the city's. A mourner named after 喪主, or a
 * name with 享年, in a post of a funeral or a wake. A public funeral (市葬), or a post saying the family asked for it (ご遺族のご意向), is not this.
 */
const FUNERAL = /告別式|葬儀|通夜|葬式|お別れ会/u
const MOURNED = new RegExp(String.raw`喪主(?:は|の|[:：]|を)[^。！？!?\n]{0,8}?(${NAME_SOURCE})|(${NAME_SOURCE})[（(]享年`, 'gu')
const FAMILY_ASKED = /市葬|合同葬|名誉市民|ご遺族の(?:ご)?(?:意向|希望|了承|同意)|ご家族の(?:ご)?(?:意向|希望|了承|同意)/u
/**
 * Blind R373W-025 kind: the one suspected of a wrong (不正受給, 横領, 詐欺) told without a name but by the district they live in, their age band
 * and their work or the employer they left (柳河地区にお住まいの70代の兼業農家の男性で、JAを定年退職された方): in a small town that is one
 * person. The district, the age and the work in one sentence, the wrong in the post. A group addressed or told of (…の方々, 対象に) is not this.
 */
const WRONG = /不正(?:に)?受給|不正(?:請求|利用|取得)|横領|着服|詐欺|使い込/u
const DISTRICT = /[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区|校区)(?:[\p{Script=Han}ヶノ々]{1,4})?(?:在住|にお住まい|に住む|に住んで|で暮らす|の)/u
const AGE_BAND = /(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{2}(?:歳|才)/u
const TRADE_OR_FORMER =
  /農家|漁師|漁業者|酪農家|経営者|自営業|店主|を(?:定年)?退職|元(?:[^。！？!?\n、]{0,8}?)(?:職員|社員|教員|役員)|に(?:お勤め|勤務|勤め)(?:の|され|して)/u
const GROUP = /方々|皆さ|皆様|対象|向け|たち|ら(?:に|の|を|が)/u

/**
 * Blind R373W-042 kind: a reply telling the one it answers that a kin of theirs came to a counter to consult or apply (堤さんとこの娘さん
 * ですよね？お母さん、先月、…の窓口に『田んぼを手放したい』って相談に来られてましたよ): the business someone brings to a counter is theirs, and the
 * reply gives it away to a relative before everyone. The kin, then the counter and the consultation as their past act, in one sentence. A
 * counter's way of consulting explained (…相談に来られる場合は, ご相談ください) is not this.
 */
const KIN = '(?:お母さん|お母様|お母さま|お父さん|お父様|お父さま|ご主人|旦那さん|奥さん|奥様|おじいちゃん|おばあちゃん|おじいさん|おばあさん|息子さん|娘さん|お姉さん|お兄さん|ご両親)'
const KIN_AT_COUNTER = new RegExp(
  String.raw`${KIN}(?:が|は|も|、|,)[^。！？!?
]{0,16}?(?:窓口|市役所|役所|役場|支所|センター|課)(?:に|へ|で|まで)[^。！？!?
]{0,24}?(?:相談|申請|手続き|申し込み)(?:に|を)?(?:来られ|来て(?:い|くれ)|こられ|見え|みえ|いらっしゃ|され(?:て|た|ま)|し(?:て(?:い|た)|た|ま))(?![^。！？!?
]{0,6}(?:場合|際|とき|ください|下さい|ませんか|方は))`,
  'u',
)

export function partyTold(doc: Doc, emit: Emit, reply = false): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (reply) {
    const m = KIN_AT_COUNTER.exec(t)
    if (m) return report(doc, m.index, m.index + m[0].length, '返信相手の家族の窓口相談', emit)
  }
  if (/欠席|お休み|不参加/u.test(t)) {
    for (const m of matchAllOf(ABSENTEE, t)) {
      const name = m[1] ?? m[2]!
      if (CLASS_NAME.test(name)) continue
      const at = m.index + m[0].indexOf(name)
      return report(doc, at, at + name.length, '欠席者の名前と病気・入院', emit)
    }
  }
  if (/裁判|訴訟|調停|提訴|訴え|原告|被告|損害賠償/u.test(t)) {
    for (const m of matchAllOf(LITIGANT, t)) {
      const name = m[1] ?? m[2]!
      const at = m.index + m[0].lastIndexOf(name)
      if (CLASS_NAME.test(name) || LAW_STAFF.test(t.slice(Math.max(0, at - 8), at))) continue
      return report(doc, at, at + name.length, '訴訟の当事者の名前', emit)
    }
  }
  if (FUNERAL.test(t) && !FAMILY_ASKED.test(t)) {
    for (const m of matchAllOf(MOURNED, t)) {
      const name = m[1] ?? m[2]!
      if (CLASS_NAME.test(name)) continue
      const at = m.index + m[0].indexOf(name)
      return report(doc, at, at + name.length, '葬儀の故人・喪主の名前', emit)
    }
  }
  if (WRONG.test(t)) {
    for (const s of sentencesOf(t)) {
      const sentence = t.slice(s.start, s.end)
      const home = DISTRICT.exec(sentence)
      if (!home || !AGE_BAND.test(sentence) || !TRADE_OR_FORMER.test(sentence) || GROUP.test(sentence.slice(home.index))) continue
      return report(doc, s.start + home.index, s.start + home.index + home[0].length, '地区・年代・職歴で分かる不正の当事者', emit)
    }
  }
}
