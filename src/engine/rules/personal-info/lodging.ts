/**
 * Where a visitor is staying: the hotel or inn and the room (Hotel Suigo の 412 号室, 旅館○○の
 * 203号室にお泊まりの, room 305 at Yanagawa Inn). With the person the draft speaks to or about, it
 * tells anyone where to find them: block. A room in a meeting notice (ホテル○○ 2階 会議室) has no
 * room number and is not reported.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

const LODGING = /ホテル|旅館|民宿|ゲストハウス|宿泊先|お宿|ホステル|hotel|inn|ryokan|hostel|guest ?house/iu
/** A room number: 412号室, 412 号室, room 412, Rm. 412, #412, 412号のお部屋. */
const ROOM_NO =
  /(?<![0-9])[0-9]{2,4}[ 　]?号室|(?:room|rm\.?)[ 　]?(?:no\.?[ 　]?)?#?[0-9]{2,4}(?![0-9])|部屋番号[ 　]?[:：は]?[ 　]?[0-9]{2,4}(?![0-9])|(?<![0-9])[0-9]{2,4}[ 　]?(?:号|番)の(?:お)?部屋/giu
/** The person is a guest there: お泊まり, ご宿泊, 滞在, 伺った, お部屋まで, your room, you're staying. */
const GUEST =
  /泊ま|宿泊|滞在|伺った|うかがった|お聞きした|お部屋|部屋まで|お届け|届けます|お持ちし|お持ちいたし|持っていき|持って行き|お返し|忘れ|落とし|your|you|staying|stay|さん|様|さま|くん|ちゃん/iu

export function lodgings(doc: Doc, emit: Emit, reply: boolean): void {
  if (!/号室|号の|番の|room|rm|部屋番号/iu.test(doc.norm.text) || !LODGING.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  for (const m of matchAllOf(ROOM_NO, t)) {
    const s = sentenceSpan(t, m.index)
    // The lodging named within the sentence, up to 40 characters before the room or 24 after it.
    const near = t.slice(Math.max(s.start, m.index - 40), Math.min(s.end, m.index + m[0].length + 24))
    if (!LODGING.test(near)) continue
    // The audience (皆様, 皆さん, 参加者の方) is not a guest being found.
    if (!reply && !GUEST.test(t.slice(s.start, s.end).replace(/皆様|皆さま|皆さん|みなさん|各位|参加者/gu, ''))) continue
    const l = LODGING.exec(t.slice(Math.max(s.start, m.index - 40), m.index))
    const a = l ? Math.max(s.start, m.index - 40) + l.index : m.index
    const span = doc.fromNorm(a, m.index + m[0].length)
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'block', data: { what: '宿泊先の施設と部屋番号' } })
  }
}
