/**
 * Blind R381E-009, -013, -034, -043, -045, -056 kinds: a visitor to the family-register or resident-record counter picked out and told with
 * the business they came for: a birth, a death, a marriage or a move filed (蒲船津の古賀さんちの…出生届を出しに来られた, 死亡届の受付で、沖端町の
 * 中島勇さん（88歳）のご家族が, 椛島恵くん（昭和六十二年…生まれ）が、婚姻届を出しに来てくれました, 東京から…来られた山下さん), a certificate fetched
 * or sent (戸籍の附票を取りに来られた昭代の大塚さん; 堤様　…ご依頼いただいた住民票の写し…を郵送いたしました). What one files or asks for at that
 * counter (a birth, a death, a marriage, an adoption, where one came from) is theirs alone; a name tied to it before everyone gives it away.
 * Block (a consent stated lowers it, index.ts). The person is picked out by a name with a detail in the sentence (the district before the
 * name, an age or a birth date, where they came from, their school or work, the children named), or addressed by name at the paragraph's
 * head and told their own request. Counter statistics (今月の出生届は32件), a guide (婚姻届の提出には…が必要です), staff named as the ones
 * who act, a crowd congratulated, a public figure's own announcement and a sample (記入例) are not this.
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { quotedOnLine, sentenceSpan, withoutUrls, type Emit } from './context'
import { NAME, NOT_A_NAME, STAFF_BEFORE } from './named-matter'

/** A notification filed or a certificate of the family register or the resident record. */
const REGISTRY_MATTER =
  /(?:出生|死亡|死産|婚姻|離婚|転入|転出|転居|養子縁組|養子離縁|認知|分籍|入籍|世帯変更)(?:届|の届け?出)|住民票(?:の写し)?|戸籍(?:謄本|抄本|全部事項|個人事項|の附票|附票)|除籍(?:謄本|抄本)?|改製原戸籍|印鑑登録|印鑑(?:登録)?証明/u
/** The visitor's own act: came to file or fetch it, their request, its receipt or posting. */
const THEIR_ERRAND =
  /(?:来られ|来て(?:くれ|くださ|いただ)|こられ|見え(?:まし|た)|みえ(?:まし|た)|いらっしゃ(?:いまし|った)|来庁され|お越しにな)|受付で|受け付け(?:まし|いたしまし)|受理(?:しまし|いたしまし)|(?:ご依頼|ご請求|ご申請|お申し込み|ご提出)(?:を)?(?:いただ|頂|くださ)|郵送(?:いた)?しまし|発送(?:いた)?しまし/u
/** The matter as the visitor's errand: filed, fetched, received (出生届を出しに, 附票を取りに, 死亡届の受付で), or the sentence's topic (転入届、…来られた). */
const FILED = new RegExp(
  `(?:${REGISTRY_MATTER.source})(?:[^。！？!?\\n]{0,8}?(?:出しに|取りに|提出|届け出|請求|申請|受付|受理|交付)|[、,]|は)`,
  'u',
)
/** A guide, a call to everyone, a way to apply: general, not one visitor's case. */
const GUIDE = /ください|下さい|できます|必要です|必要となり|場合|の際|方法|ませんか|しましょう/u
/** A public figure's own announcement, or a sample. */
const PUBLISHED = /発表|公表|会見|報道|自身の(?:SNS|ブログ|インスタ|Instagram|アカウント)|記入例|記載例|見本|サンプル/u
/** Words with an honorific that are no one's name here (双子ちゃん, パパさん, 新郎さん). */
const NOT_VISITOR = /^(?:双子|三つ子|パパ|ママ|新郎|新婦|花嫁|花婿|みんな|みなさん|職員|窓口)$/u
/** A body right before the name: its staff (市民課の古賀さん, 戸籍係の). */
const BODY_BEFORE = /(?:課|係|室|局|部|庁|役所|役場|支所|窓口|担当)の[ 　]?$/u
/** A detail that with the name picks the visitor out: the district before the name (昭代の大塚さん). */
const PLACE_BEFORE = /[\p{Script=Han}ヶノ々]{2,6}の[ 　]?$/u
const TIME_BEFORE = /(?:今日|本日|昨日|先日|先週|今週|今月|先月|今年|昨年|去年|毎日|当日|翌日|同日|午前|午後|朝|夜)の[ 　]?$/u
/** A detail in the sentence: an age, a birth date, where they came from, their school or work, a child named. */
const DETAIL =
  /[0-9]{1,3}(?:歳|才)|[一二三四五六七八九十]{1,3}(?:歳|才)|[1-9]0代|生まれ|生年月日|から[^。！？!?\n]{0,24}?(?:来られ|越して|越され|引っ越|転入|来て)|大学|高校|専門学校|(?:お)?勤め|勤務|出身|[\p{Script=Han}ァ-ヶー]{1,4}(?:くん|ちゃん)(?:と|、|,|が|は)/u
/** A name opening the paragraph as a reply opens it (堤様　コメントありがとうございます, @handle 古賀様、). */
const ADDRESSED_HEAD = /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?$/u
const REQUESTED = /(?:ご依頼|ご請求|ご申請|お申し込み|ご提出)(?:を)?(?:いただ|頂|くださ)/u

export function registryVisitor(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!REGISTRY_MATTER.test(t) || !THEIR_ERRAND.test(t) || PUBLISHED.test(t)) return
  for (const m of matchAllOf(NAME, t)) {
    const core = (m[1] ?? m[2])!.replace(/[ 　].*$/u, '')
    if (NOT_A_NAME.test(core) || NOT_VISITOR.test(core) || /^[おご御]/u.test(core)) continue
    const a = m.index
    const b = a + m[0].length
    const before = t.slice(Math.max(0, a - 40), a)
    if (STAFF_BEFORE.test(before) || BODY_BEFORE.test(before)) continue
    if (quotedOnLine(t, a)) continue
    let hit = false
    if (ADDRESSED_HEAD.test(t.slice(0, a)) && /^[ 　、,!！\n]/u.test(t.slice(b, b + 1))) {
      // Addressed by name: a sentence of the paragraph tells their own request of a certificate or a notification.
      for (let at = b; at < t.length && !hit; ) {
        const s = sentenceSpan(t, at)
        at = Math.max(s.end + 1, at + 1)
        const sentence = t.slice(s.start, s.end)
        hit = REGISTRY_MATTER.test(sentence) && REQUESTED.test(sentence) && !GUIDE.test(sentence)
      }
    }
    if (!hit) {
      const s = sentenceSpan(t, a)
      const sentence = t.slice(s.start, s.end)
      if (!FILED.test(sentence) || !THEIR_ERRAND.test(sentence) || GUIDE.test(sentence)) continue
      const rest = sentence.replace(REGISTRY_MATTER, '')
      hit = (PLACE_BEFORE.test(t.slice(s.start, a)) && !TIME_BEFORE.test(before) && !/(?:課|係|室|局|部|庁|所|館|校|園|会|社|店)の[ 　]?$/u.test(before)) || DETAIL.test(rest)
    }
    if (!hit) continue
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '窓口の届出・証明の請求をした人' } })
    return
  }
}
