/**
 * A dignitary's movements (5(1)): the timed movements, side ways, home departures and lodging of a VIP (findMovements), reported in
 * `post` only when a dignitary is named anywhere in the post. Stays clean: movements told after the event, generic stays, the
 * public's own schedules. Part of the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import type { Doc } from '../../doc'
import type { Span } from '../../text'
import { AWARENESS, isAdvice, MAX_HITS, W } from './context'

/** The next match of a global pattern (from the start when `first`), without matchAll's copy of the pattern. */
/**
 * Blind R63A-055: a dignitary's movements and where they sleep, told before the visit (21時10分ごろ西鉄柳川駅に到着後、タクシーで移動
 * され、柳川ホテル水明の7階（707〜712号室）にお泊まりの予定です): whoever reads it knows when and where to find them. A sentence that
 * puts someone up at a named lodging or a floor or room (STAY with STAY_PLACE), with a timed arrival or departure or a means of transport
 * in it or the sentence before; the dignitary (市長, 知事, 大使 …) may be named in another paragraph of the post (judged in `post`). A
 * lodging in general (市内のホテル), a public engagement (総会に出席します), a visit told as over (宿泊されました), and words that only hold
 * a title (知事杯, 市長賞, 市長室) are not one.
 */
export const DIGNITARY = /(?:市長|知事|大臣|首相|総理|大統領|大使|総領事|領事|議長|国会議員|代議士|殿下|陛下|皇族|王族|要人|VIP|国賓|閣下)(?!杯|賞|室|選|部|公室|会見|答弁|部局|あて|宛|への手紙)/u
const STAY = /(?:お泊(?:ま)?り|ご?宿泊|泊ま(?:ら|り|る|っ|れ)|ご?滞在)(?!施設|者|料|プラン|客|税|券|費|予約|先の(?:ご)?(?:案内|確保|手配)|のご?案内)/u
/** A named lodging: a name and ホテル/旅館/荘 (either order), or a floor, a room or a suite. Group 1: the name before ホテル. */
const STAY_PLACE =
  /([^\s、。！？!?「」『』（）()の]{1,12})(?:ホテル|旅館|民宿|荘|ゲストハウス)|(?<!の)(?:ホテル|旅館)[ァ-ヴー一-龠々A-Za-z]{1,12}|御花|(?<![0-9])[0-9]{1,4} ?(?:号室|階)|最上階|スイート|貴賓室|離れ/u
/** A lodging in general, not a named one: 市内の, 近くの, 駅前 … before ホテル. */
const GENERIC_STAY = /^(?:市内|県内|都内|町内|近く|近隣|周辺|付近|近郊|駅前|各地|全国|ビジネス|シティ|リゾート|ラブ|カプセル|大型|高級|地元|当日|前泊|一般)$/u
const TIMED_MOVE =
  /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})(?:ごろ|頃|ころ|過ぎ|すぎ)?(?:に|には)?[、,]?[^。！？!?\n]{0,14}?(?:到着|着(?:か|き|く|い)|お着き|発(?:た|ち|つ)|出発|入(?:り|ら|る)|移動|向か|降り|乗(?:ら|り|る|っ))/u
const TRANSPORT = /タクシー|ハイヤー|公用車|専用車|送迎車|黒塗り|新幹線|特急|飛行機|(?<![0-9])[0-9]{1,4}便|ヘリ|(?:車|バス|電車|列車|船)で(?:移動|向か|来|入|到着|そのまま)/u
/** A visit told as over: the sentence ends in the past and the paragraph names no time to come. */
const TOLD_PAST = /(?:ました|でした)(?:ね|よ)?[。！!]?\s*$/u
const TO_COME = /予定|明日|明後日|あす|あさって|本日|今夜|今晩|今日|来週|来月|週末|翌日|当日/u

/**
 * Blind R228C-017 kind: a dignitary's way in or out told before the event: a timed departure or arrival through a side or back way that
 * the public does not use (午後5時40分に市役所裏口を出発し、…関係者通用口から会場入りする予定): whoever reads it knows where to wait. The
 * way must be a back, side or staff entrance; a public arrival (10時に正面玄関から入場) or a way told as over is not one.
 */
const SIDE_WAY = /裏口|裏門|通用口|通用門|勝手口|搬入口|楽屋口|職員(?:用)?(?:出)?入口|関係者(?:用|専用)?(?:の)?(?:出)?入り?口|地下駐車場|非常口|裏手から|裏側から/u
/** A clock time, then within the sentence a move (出られ, 到着, 入られる): bounded, at most 30 characters between. */
const SIDE_TIMED =
  /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,30}?(?:到着|着(?:か|き|く|い)|お着き|発(?:た|ち|つ)|出発|出(?:ら|る|て)|入(?:り|ら|る)|移動|向か|降り|乗(?:ら|り|る|っ))/u
function findSideWays(t: string, out: Span[]): void {
  const ways = new RegExp(SIDE_WAY.source, 'gu')
  let k = 0
  for (let m = ways.exec(t); m && k < MAX_HITS; m = ways.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    if (!SIDE_TIMED.test(sentence) || !/出発|到着|会場入り|入ら|入り|入る|向か|移動|出られ|出る|出て|着か|降り|登庁|登院|入庁|帰庁|退庁/u.test(sentence.slice(m.index - s.start))) continue
    if ((TOLD_PAST.test(sentence) && !TO_COME.test(t)) || AWARENESS.test(sentence) || isAdvice(sentence) || /ください|お願い/u.test(sentence)) continue
    out.push(s)
  }
}

/**
 * Blind R399Y-035 kind: a dignitary's private start told before the day: a clock time and leaving their home (自宅を出て, 公邸を出発),
 * with the car or the thin escort named in the sentence or the next (公用車で, 同行は運転手のみ): whoever reads it knows where and when
 * to wait. A public engagement (10時に市役所を出発し式典に出席) names no home; a start told as over is not one.
 */
const HOME_LEFT = /(?:ご?自宅|私邸|公邸|官舎|宿舎)を(?:出発|出(?:ら|て|る|ま|発)|発(?:た|ち|つ))/u
const HOME_LEFT_TIMED = /(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,24}?(?:ご?自宅|私邸|公邸|官舎|宿舎)を/u
const ESCORT_THIN = /(?:同行|随行|同乗|警護|付き添い)(?:者)?(?:は|が)?[^。！？!?\n]{0,8}?(?:のみ|だけ|なし|無し|いない|いません|つかない|つきません)|(?:SP|警護|護衛)(?:は|が)?(?:なし|無し|つかない|つきません|いない|いません)/u
function findHomeDepartures(t: string, out: Span[]): void {
  if (!HOME_LEFT.test(t)) return
  const homes = new RegExp(HOME_LEFT.source, 'gu')
  let k = 0
  for (let m = homes.exec(t); m && k < MAX_HITS; m = homes.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    if (!HOME_LEFT_TIMED.test(sentence)) continue
    const after = s.end < t.length ? sentenceAround(t, s.end, s.end) : s
    if (!TRANSPORT.test(sentence) && !ESCORT_THIN.test(t.slice(s.start, after.end))) continue
    if ((TOLD_PAST.test(sentence) && !TO_COME.test(t)) || AWARENESS.test(sentence)) continue
    out.push(s)
  }
}

export function findMovements(doc: Doc, has: Uint8Array): Span[] {
  const t = doc.squeezed.text
  const out: Span[] = []
  if (has[W.sideWay]) findSideWays(t, out)
  findHomeDepartures(t, out)
  if (!has[W.stay]) return out.map((s) => doc.fromSqueezed(s.start, s.end))
  if (!STAY.test(t)) return out.map((s) => doc.fromSqueezed(s.start, s.end))
  const stays = new RegExp(STAY.source, 'gu')
  let k = 0
  for (let m = stays.exec(t); m && k < MAX_HITS; m = stays.exec(t), k++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (out.some((o) => o.start === s.start)) continue
    const sentence = t.slice(s.start, s.end)
    const place = STAY_PLACE.exec(sentence)
    if (!place || (place[1] !== undefined && GENERIC_STAY.test(place[1]))) continue
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : s
    const window = t.slice(prev.start, s.end)
    if (!TIMED_MOVE.test(window) && !TRANSPORT.test(window)) continue
    if (TOLD_PAST.test(sentence) && !TO_COME.test(t)) continue
    out.push(s)
  }
  return out.map((s) => doc.fromSqueezed(s.start, s.end))
}
