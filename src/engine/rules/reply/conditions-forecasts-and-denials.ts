/**
 * A disaster word of a disaster not going on, makes no disaster reply (4(3), reply/emergency vs reply/broadcast-only): a condition or a
 * rule for such days (大雨の日は, 注意報が出た場合は, 台風が来なければ予定どおり開催します, 大雨や強風のときは: GENERAL_AFTER, NEG_COND,
 * COORDINATED, TIMED_ALERT_COND), a shelter named as where to go on such days (SHELTER_WORD, unless open now: SHELTER_OPEN), the set-up said
 * not in place or not planned now (避難所は開設しておりません, 開設する予定はありません: NOT_NOW, `quietSpans`), a forecast or threat denied or
 * not reaching its degree (大雨の予報は出ていません, 台風というほどの勢力ではない: DENIED_AFTER, DEGREE_DENIED), a forecast, an approach, a
 * contingency or an alert conceded before an ordinary event that goes ahead (大雨の予報ですが、相談会は予定どおり開催します, 台風の進路次第では
 * ありますが: FORECAST_GOES_AHEAD, ALERT_GOES_AHEAD), a forecast told while the set-up is not planned (FORECAST_WORD). Still a disaster reply:
 * anything going on now (ONGOING, ONGOING_ACT), 特別警報, an order, relief going ahead, a disaster already here. Part of the reply family
 * (index.ts runs the checks in order and reports them).
 */
import type { Span } from '../../text'
import { sentenceOf } from '../../words'
import { CONTRAST } from './context'

/** A shelter being opened or used now (開設済み, 開いています, 避難してください, 受け入れ中). */
export const SHELTER_OPEN = /開設|開い|開け|避難して|へ避難|に避難|受け入れ中|受入中|満員|満杯|混雑/u
/** A shelter or a map named as a place (指定避難所, 避難場所, ハザードマップ): a facility, not a disaster. */
export const SHELTER_WORD = /(?:指定)?避難(?:所|場所)|ハザードマップ|防災マップ/u
/**
 * Blind R85A-068: after a disaster word, a negative condition on it (台風が来なければ予定どおり開催します, 大雨にならなければ, 警報が
 * 出なければ, 台風さえ来なければ, 台風の来んやったら, 大雨でなければ, 台風が来ない限り): an ordinary plan told with the weather it hangs on,
 * not a disaster going on. The disaster's own alert may come between (大雨警報が出なければ). Bounded: a word or two between.
 */
const NEG_COND = String.raw`^(?:特別警報|警報|注意報)?(?:が|の|に|で|でも|さえ|など)?(?:(?:来|こ|出|降ら|ふら|なら|接近し|上陸し|直撃し|発令され|発表され|出され)(?:なければ|なけりゃ|なかったら|ない限り|ないかぎり|んかったら|んやったら|んなら|ん限り)|(?:なければ|なかったら|ない限り|でなければ|じゃなければ|でない限り))`
/**
 * Blind R210A-008 kind: the disaster word coordinated with other weather nouns before the condition (大雨や強風のときは運休になります,
 * 大雨・洪水の日は, 台風か大雪の際は, 大雨と雷のときも): the condition covers each of them, so the first word of the list is read like
 * the last, a rule for such days. Only short nouns joined by や/・/と/か/または/もしくは/及び (no verb, no 、 clause between). Bounded.
 */
const COORDINATED = String.raw`(?:(?:や|・|と|か|または|もしくは|および|及び)[一-龥ァ-ヺー]{1,6}){0,3}`
/**
 * Blind R111A-053: the disaster word compounded with 時 (災害時の要援護者名簿, 地震時の, 大雨時には, 災害発生時における, 停電時用の)
 * names the case a standing service or rule covers (…は民生委員を通じて受け付けています), like の時は below: with nothing going on now
 * (`ONGOING`: 現在, 発令, 開設しています, 避難してください), no disaster reply.
 * Blind R28B-060 kind: the disaster word with the season it comes in (台風の時期は運休が気になりますよね, 大雨の季節には, 台風が多い時期も) names
 * such days of the year, like の日は: with nothing going on now, no disaster reply.
 * After a disaster word: a condition or a rule for such days, not a disaster now (大雨の日は散布を中止しています,
 * 「大雨の日も開いていますか」, 雷注意報が出た場合は営業を中止します, 台風のときでも).
 */
export const GENERAL_AFTER = new RegExp(String.raw`^${COORDINATED}(?:など)?(?:の日|のとき|の時|の際|の場合|の日中|(?:の|が多い|の多い)(?:時期|季節))(?:は|も|に|には|でも|、)|^(?:発生)?時(?:の|に|には|は|も|でも|における|に(?:備え|そなえ)|用の?|、)|^(?:が|の)(?:出た|出る|出ている|出され(?:た|る)|発表され(?:た|る)|発令され(?:た|る)|あった|ある|降った|降る|来た|来る|近づいた|近づく|接近した|接近する|上陸した|上陸する)(?:場合|とき|時|日|ら)|${NEG_COND}`, 'u')

/**
 * Blind R299D-032 kind: an alert made the condition of a standing rule, with the time or stage it is checked at between (大雨警報が
 * 朝7時の時点で出ている場合は臨時休校になります, 警報が午前6時に出ていれば, 暴風警報が登校時刻までに出たときは): a rule for such days
 * explained in ordinary time, like 警報が出た場合は in `GENERAL_AFTER`, only read further (the time phrase is a bounded run with no 、).
 * With something going on now (現在, ただいま, 発令, 避難: `ONGOING`) it stays a disaster reply.
 */
export const TIMED_ALERT_COND = /^(?:特別警報|警報|注意報)?(?:が|の)(?:[^。！？!?\n、,]{1,12}?(?:時点|段階|時刻|時間)(?:で|では|に|には|まで(?:に)?)|[^。！？!?\n、,]{1,8}?[時分](?:まで(?:に)?|に|で))(?:出た|出る|出ている|出ていた|出て(?:い)?れば|出され(?:た|る|ている|ていれば)|発表され(?:た|る|ている|ていれば))(?:場合|とき|時|日|ら|(?<=ば))/u

/**
 * The disaster set-up said not to be in place now: 開設しておりません, 発令されていません, 出ていません (a shelter, a volunteer
 * centre, an alert). Blind R86A-029: or not planned now (開設する予定はありません, 開設の予定はございません, 発令する予定はなかです).
 */
export const NOT_NOW = /(?:開設|設置|開所|発令|発表|運営)(?:は|も)?(?:して|されて|され)(?:お(?:り|ら)|い)(?:ません|ない|ず)|(?:開設|設置|開所|発令|運営)(?:する|の)?予定(?:は|も)?(?:今のところ|いまのところ|現時点では|現在)?[、,]?(?:ありません|ございません|ない|無い|なか)|(?:警報|注意報|避難指示|指示|勧告)(?:は|も)?(?:出て|発令されて|発表されて)(?:お(?:り|ら)|い)(?:ません|ない|ず)/u

/**
 * Blind R63A-040: after a disaster word, its forecast, alert or threat said not to be there (大雨の予報は出ていませんので, 台風が接近する
 * 予報は出ていない, 大雨の恐れもありません, 大雨の予報も出とらんけん, 台風の心配はなかです): the word names a disaster that is not coming, so
 * it makes no disaster reply. Only the disaster's own forecast or threat, right after it (の, or a short が…する clause with no other
 * disaster word, which the word list finds on its own): この地震による津波の心配はありません keeps 地震 (the quake is today's), and damage
 * or effects denied (被害はありません, 影響はありません) tell of a disaster that came. Bounded: a few characters between.
 */
/**
 * Blind R257P-056 kind (extends `DENIED_AFTER`): the disaster word said not to reach its own degree (明日は大雨というほどの予報では
 * ありませんので, 台風というほどの勢力ではない, 大雨と言えるほどではなか, 大雨になるほどの雨ではないけん): weather named only to deny it, so
 * no disaster reply. Only というほど / と言えるほど / になるほど right after the word and a negative copula in the same clause. Bounded.
 */
const DEGREE_DENIED = String.raw`(?:という|と言う|といった|と言える|といえる|になる|となる)ほど(?:の)?[^。！？!?\n、,]{0,6}?(?:では|じゃ)(?:ありません|ございません|ない(?![かよ]?[?？])|なく|なか)`
export const DEGREE_DENIED_AFTER = new RegExp(String.raw`^${DEGREE_DENIED}`, 'u')
export const DENIED_AFTER =
  /^(?:の|が[^。！？!?\n、,]{1,6}?(?:する|す|の))?(?:予報|予想|予測|予報や警報|警報|注意報|恐れ|おそれ|心配|見込み|可能性|気配|兆し)(?:は|も|が)?[、,]?(?:(?:出て|出され|発表され|発令され|出さ)(?:て)?(?:お(?:り|ら)|い)?(?:ません|ない|ず|ん)|出と(?:らん|りません|らず)|出ちょら(?:ん|ず)|(?:あり|ござい)ません|ない(?![かよ]?[?？])|なく|無く|なし|無し|なか(?!っ)|なかです|なかけん)/u

/**
 * Blind R65A-071: after a disaster word, its forecast conceded (大雨の予報ですが、, 豪雨の予報が出とりますばってん、, 台風の予想ですけど、) and,
 * in the same sentence, an ordinary event said to go ahead (移住相談会は予定どおり開催します, 朝市は予定通りやります, 雨天決行です): weather
 * to come, not a disaster going on, so the word makes no disaster reply. Only with nothing going on now (`ONGOING_ACT`): a forecast told
 * as a warning (大雨の予報が出ています。土のうを配布しています) has no event going ahead, and a shelter named (避難所) is its own word.
 * Bounded: a few characters between.
 */
/**
 * Blind R106A-078: the same with the disaster said to be on its way, not here (台風が近づいていますが、, 台風が接近しておりますけれども、,
 * 台風の近づいとりますばってん、, 台風が九州に近づきつつありますが、, 大雨が心配されますが、): weather to come, conceded before an ordinary event that goes ahead. Not a disaster
 * already here (大雨が降っていますが、: no approach verb), and a shelter or an order named beside it is its own word.
 */
const APPROACHING = String.raw`(?:が|の|は|も)?(?:[^。！？!?\n、,]{1,8}?(?:に|へ))?(?:(?:近づいて|近付いて|接近して|迫って|北上して|向かって)(?:い|お)(?:ます|る|ります)|(?:近づいと|近づいちょ|近付いと|接近しと|接近しちょ)(?:ります|る)|近づきつつあります|(?:心配|予想)されて(?:い|お)(?:ます|る|ります)|(?:心配|予想)されます)`
/**
 * Blind R250G-037 kind: the disaster word as the contingency an ordinary plan hangs on (台風の進路次第ではありますが、現時点で週末の川下り
 * は通常どおり運航の予定です, 大雨の状況によっては変更もありえますが、今のところ予定どおり開催します, 台風次第ですけど、): weather that may
 * come, conceded before a service that runs as usual, not a disaster going on. Only the words of a contingency (次第, によっては, いかんでは),
 * not of a cause (台風により欠航していますが: no match), and no suspension or harm in the gap. Bounded.
 */
const CONTINGENT = String.raw`(?:の|が|は)?(?:進路|動き|状況|影響|接近|様子|動向|予報|規模|勢力|具合|程度)?(?:次第|しだい|によっては|いかんでは|如何では)(?:(?!運休|欠航|中止|休止|休館|休業|見合わせ|閉鎖|通行止め|被害|避難|開設)[^。！？!?\n、,]){0,16}?`
export const FORECAST_GOES_AHEAD = new RegExp(
  String.raw`^(?:(?:の|が[^。！？!?\n、,]{1,6}?(?:する|す|の))?(?:予報|予想|見込み)(?:が出て(?:い|お)|が出と|が出ちょ)?(?:り|る)?(?:ます|です|でございます)?|${APPROACHING}|${CONTINGENT})(?:が|けど|けれど|けれども|ばってん|ばって|ものの)[、,][^。！？!?\n]{0,30}?(?:予定(?:どおり|通り)|通常(?:どおり|通り)|平常(?:どおり|通り)|決行|開催(?:し|いた)|実施(?:し|いた)|運航(?:し|いた)|営業(?:し|いた)|開館(?:し|いた)|開きます|行います|おこないます|やります)`,
  'u',
)
/**
 * Blind R107A-095: the same with an advisory or a warning said to be out (大雨注意報が出ていますが、, 大雨・洪水警報が発表されておりますが、,
 * 警報の出とりますばってん、, 注意報が出ているものの、) before an ordinary event that goes ahead (人権講演会は予定どおり開催します): the
 * weather of the day conceded, a reply about an event's schedule, not evacuation, safety or damage, so no disaster reply. Read after a
 * disaster word (大雨 of 大雨注意報) or after 警報 itself. Not 特別警報 (a danger to life), not an order (避難指示: its own word, and
 * 発令 is `ONGOING_ACT`), not relief going ahead (炊き出し, 給水, 土のう: `RELIEF_GOES_AHEAD`), and a shelter named is its own word.
 */
const ALERT_OUT = String.raw`(?:[・、,]?(?:大雨|洪水|暴風|強風|波浪|高潮|雷|大雪|風雪|濃霧|乾燥|竜巻|土砂災害)){0,3}(?<!特別)(?:注意報|警報)?(?:が|は|も|の)?[、,]?(?:(?:出て|発表されて|出されて)(?:い|お)(?:ます|る|ります)|(?:出と|出ちょ)(?:ります|る))`
export const ALERT_GOES_AHEAD = new RegExp(
  String.raw`^${ALERT_OUT}(?:が|けど|けれど|けれども|ばってん|ばって|ものの)[、,](?![^。！？!?\n]{0,30}?(?:炊き出し|給水|土のう|土嚢|救援|救護|避難|ボランティア))[^。！？!?\n]{0,30}?(?:予定(?:どおり|通り)|通常(?:どおり|通り)|平常(?:どおり|通り)|いつも(?:どおり|通り)|決行|開催(?:し|いた)|実施(?:し|いた)|運航(?:し|いた)|営業(?:し|いた)|開館(?:し|いた)|開きます|行います|おこないます|やります)`,
  'u',
)
/**
 * Blind R86A-029: in the clause of a disaster word, after it, its forecast or threat (台風は週明けに接近する見込みですが, 大雨は明日の夜から
 * 強まる予報です, 接近するおそれがありますが, 上陸するかもしれんですが): weather to come. With the set-up said not in place or not planned now
 * (`NOT_NOW`: 現時点で避難所を開設する予定はありません) and nothing going on now (`ONGOING_ACT`), the word makes no disaster reply: a reply in
 * normal times that reassures. A forecast told with a shelter open (避難所を開設しました) or an order in force stays one.
 */
export const FORECAST_WORD = /見込み|見通し|予報|予想|予測|おそれ|恐れ|可能性|かもしれ|かも知れ/u
const NOT_NOW_ALL = new RegExp(NOT_NOW.source, 'gu')
/**
 * The clauses that say the disaster set-up is not in place now (NOT_NOW), as spans of `t`: from the start of the
 * sentence, or the last contrast before it (大雨で川が氾濫していますが、|避難所は開設していません), to the end of the denial.
 */
export function quietSpans(t: string): Span[] {
  const out: Span[] = []
  for (const m of t.matchAll(NOT_NOW_ALL)) {
    const { start } = sentenceOf(t, m.index, m.index + m[0].length)
    let from = start
    for (const c of t.slice(start, m.index).matchAll(CONTRAST)) from = start + c.index + c[0].length
    out.push({ start: from, end: m.index + m[0].length })
  }
  return out
}
