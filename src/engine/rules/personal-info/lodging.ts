/**
 * Where a visitor is staying: the hotel or inn and the room (Hotel Suigo の 412 号室, 旅館○○の
 * 203号室にお泊まりの, room 305 at Yanagawa Inn). With the person the draft speaks to or about, it
 * tells anyone where to find them: block. A room in a meeting notice (ホテル○○ 2階 会議室) has no
 * room number and is not reported.
 *
 * Blind R130I-110: a patient or resident by their room in a hospital or a care home (305号室 古川 トメ様 糖尿病食, 2階201号室の堤様は術後),
 * as a whiteboard in a photo shows it: who lies where, and often why. A room with no one named (305号室は空床です) is not reported.
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

/** A ward's room then a name with an honorific (305号室 古川 トメ様, 201号室の堤さん). */
const WARD_ROOM_NAME =
  /(?<![0-9])[0-9]{2,4}[ 　]?号室[ 　]?(?:の[ 　]?)?[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:様|さま|さん|氏|殿)(?![\p{Script=Han}])/gu
/** A hospital or a care home's talk: the room is a patient's or a resident's. */
const WARD_CONTEXT = /病棟|病室|入院|患者|看護|術後|病院|ナース|介護|入所|施設|点滴|食事制限|[\p{Script=Han}]{1,4}食(?![\p{Script=Han}])|ホワイトボード/u

export function wardRooms(doc: Doc, emit: Emit): void {
  if (!doc.norm.text.includes('号室') || !WARD_CONTEXT.test(doc.norm.text) || LODGING.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  for (const m of matchAllOf(WARD_ROOM_NAME, t)) {
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'block', data: { what: '病室・居室の部屋番号と名前' } })
  }
}

/**
 * Blind R162I-106: a named household or person tied to a flat in a housing block, by its building and room (蒲船津団地3号棟205号室は、古賀さん
 * ご一家が当選, 市営住宅A棟302号室に入居される松尾様, コーポ柳川201号室の田中さん): their home to the door. Block. A flat with no one named
 * (3号棟205号室の入居者を募集), a room of a public building (会議室, 公民館2階201号室), and a name in another sentence are not this; the flat
 * with the name right at it (3号棟205号室の白石様) is read by address.ts.
 */
const DWELLING_ROOM =
  /(?:団地|住宅|アパート|マンション|ハイツ|コーポ|レジデンス|荘|寮|社宅|[A-Za-z]棟|[0-9０-９一二三四五六七八九十]{1,3}号棟|[0-9０-９]{1,2}号館)[ 　]?(?:[0-9０-９A-Za-z一二三四五六七八九十]{1,3}(?:号棟|棟|号館)[ 　]?)?(?:の[ 　]?)?[0-9０-９]{2,4}[ 　]?号室?/gu
const HOUSING_NAME = /(?<![\p{Script=Han}ァ-ヶー])(?!ご|お)([\p{Script=Han}々ヶ]{1,4}(?:[ 　][\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}|[ぁ-ゖァ-ヶー]{1,3}(?=さん|様|さま))?)[ 　]?(?:さん|様|さま|氏)(?:ご一家|一家|ご家族|家|ご夫妻|ご夫婦)?(?![\p{Script=Han}])/u
const NOT_HOUSING_NAME = /^(?:皆|皆様|お客|入居者|居住者|住民|管理人|利用者|当選者|申込者|職員)$/u

/**
 * Blind R297H-001 kind: a household pointed at by its flat, with no name, and told to be behind with its rent or its dues (…団地2号棟305号室に
 * お住まいの世帯は、家賃が8か月分お支払いいただけていない, 305号室の入居者の方は共益費を滞納): the flat names the household as well as a name
 * would, and arrears make it sensitive. Block. The residents of a flat told with no arrears (305号室の入居者を募集, 305号室で内覧会), arrears
 * told of no flat (家賃を滞納している世帯には) and advice against arrears (滞納のないよう, 滞納された場合は) are not this.
 */
const ROOM_HOUSEHOLD = /^[ 　]?(?:に[ 　]?(?:お住まい|住んで(?:いる|おられる|いらっしゃる)|住む|入居(?:されて|して)(?:いる|おられる))|の[ 　]?(?:入居者|居住者|住人|ご?入居|お住まい))(?:の[ 　]?)?(?:世帯|方|かた|ご家庭|家庭|ご家族|家族|入居者|居住者|住人)?(?:の[ 　]?方)?(?:は|が|に|について|、)/u
const ARREARS =
  /(?:滞納|未納|未払い?|延滞|お?支払(?:い)?(?:を)?いただけて(?:い)?(?:ない|おりません|いません)|お?支払(?:い|われ)?(?:が)?(?:されて|なされて|確認でき(?:て)?)(?:い)?(?:ない|ません|おりません)|支払われて(?:い)?(?:ない|ません)|納められて(?:い)?(?:ない|ません)|(?:納付|入金)(?:が|を)?(?:確認でき(?:て)?(?:い)?(?:ない|ません|おりません)|ない|されて(?:い)?(?:ない|ません)))(?!の?(?:ない|ならない)よう|に?(?:ならない|ない)よう|(?:され|し|になっ|となっ)?た?場合|(?:され|し|になっ|となっ)?たら|を?防)/u

export function dwellingRooms(doc: Doc, emit: Emit, addressSpans: ReadonlyArray<{ start: number; end: number }> = []): void {
  if (!/号室|号$|号[^0-9]/u.test(doc.norm.text) || !/団地|住宅|アパート|マンション|ハイツ|コーポ|レジデンス|荘|寮|棟|号館/u.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  for (const m of matchAllOf(DWELLING_ROOM, t)) {
    const s = sentenceSpan(t, m.index)
    const rest = t.slice(s.start, s.end)
    if (ROOM_HOUSEHOLD.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)) && ARREARS.test(t.slice(m.index + m[0].length, s.end))) {
      const line = t.slice(t.lastIndexOf('\n', m.index - 1) + 1, m.index)
      if (line.lastIndexOf('「') > line.lastIndexOf('」')) continue
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'block', data: { what: '部屋番号で特定できる世帯の滞納' } })
      return
    }
    const n = HOUSING_NAME.exec(rest)
    if (!n || NOT_HOUSING_NAME.test(n[1]!) || /会議室|集会所|集会室|公民館|センター|ホール|教室/u.test(rest)) continue
    // (A quoted example, 「3号棟205号室の白石様」といった書き方, is a mention.)
    const line = t.slice(t.lastIndexOf('\n', m.index - 1) + 1, m.index)
    if (line.lastIndexOf('「') > line.lastIndexOf('」') || line.lastIndexOf('『') > line.lastIndexOf('』')) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    // (The flat with the name right at it, 3号棟205号室の白石様, is the address detector's: read once.)
    if (addressSpans.some((a) => a.start < span.end && span.start < a.end)) return
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'block', data: { what: '住まいの棟・部屋番号と名前' } })
    return
  }
}

/**
 * Blind R129I-023: a named person (a celebrity on a private visit, a guest) said to be staying at a named lodging now (明日まで沖端の旅館
 * 「水月」に泊まってるらしい, ホテル柳川に滞在中です): anyone can go and find them. A stay offered or advised (旅館に泊まって川下りを),
 * a past stay and no one named are not this.
 */
const STAYING_NOW =
  /(?:旅館|ホテル|民宿|ゲストハウス|宿|お宿|ホステル|温泉)[ 　]?(?:「[^」\n]{1,16}」|[\p{Script=Han}ァ-ヶー]{1,12})?(?:に|で)[^。！？!?\n]{0,6}?(?:泊まって(?:る|いる|います|いらっしゃる|おられる)|泊まっと(?:る|ら)|宿泊(?:中|して(?:る|いる|います|いらっしゃる|おられる)|されて(?:る|いる|います))|滞在(?:中|して(?:る|いる|います)|されて(?:る|いる|います)))(?!方|人|皆|お客|場合)/gu
const NAMED_GUEST = /(?<![皆])[\p{Script=Han}ァ-ヶー]{1,4}[ 　]?[\p{Script=Han}ぁ-ゖァ-ヶー]{1,5}(?:さん|様|さま|氏)(?![\p{Script=Han}])|俳優|女優|歌手|芸能人|タレント|アイドル|選手|有名人|著名人|お忍び/u

export function stayingNow(doc: Doc, emit: Emit): void {
  if (!/泊ま|宿泊|滞在/u.test(doc.norm.text) || !NAMED_GUEST.test(doc.norm.text.replace(/皆さん|皆様|みなさん|お客様|お客さん/gu, ''))) return
  const t = withoutUrls(doc, doc.norm.text)
  for (const m of matchAllOf(STAYING_NOW, t)) {
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'warn', data: { what: '名前の出た人が今いる宿' } })
  }
}

/**
 * Blind R133I-052: the same kind told of where a celebrity is now or goes next, a live report (俳優の白石 航さんが今、沖端の船着き場から
 * 川下りに乗船されました…14時半ごろ御花前あたりを通過予定, ただいま歌手の…さんが駅前のカフェに来店中, これから女優の…さんが…に向かわれます):
 * a famous person named, 今/ただいま/現在/これから, a place, and a move or a presence of theirs in the same sentence. Anyone can go and
 * find them. A public appearance (ステージ, 登壇, 出演, 会場, 大会, パレード) is the event itself, not a private whereabouts.
 */
const FAMOUS = /俳優|女優|歌手|芸能人|タレント|アイドル|有名人|著名人|お笑い芸人|芸人|YouTuber|ユーチューバー|インフルエンサー|お忍び/u
const NOW_WORD = /(?<![\p{Script=Han}])(?:今|只今|ただ今|現在|この後)(?![\p{Script=Han}])|ただいま(?![戻帰もかおー〜！!♪])|いま(?=[、,\s]|から|まさに|ちょうど)|これから|このあと/u
const PRESENT_MOVE =
  /(?:乗船|乗車|来店|来館|到着|入店|入館|出発|移動|観光|散策|食事|お食事|通過)(?:され(?:まし)?た|されて(?:い)?(?:る|ます|ました)|中|して(?:い)?(?:る|ます|ました)|しました|予定)|(?:いらっしゃ|来られ|来て(?:い)?(?:る|ます|ました)|来とる|おられ|歩いて(?:い)?(?:る|ます|おられ)|向かわれ|向かって(?:い)?(?:る|ます)|乗られ|入られ|座って(?:い)?(?:る|ます|おられ))/u
const PUBLIC_APPEARANCE = /ステージ|登壇|出演|会場|大会|マラソン|駅伝|レース|パレード|式典|公演|ライブ|イベント|記者会見|ロケ(?:の)?(?:募集|告知)|握手会|サイン会|トークショー/u

export function whereaboutsNow(doc: Doc, emit: Emit): void {
  if (!FAMOUS.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  const re = new RegExp(FAMOUS.source, 'gu')
  for (const m of matchAllOf(re, t)) {
    const s = sentenceSpan(t, m.index)
    const said = t.slice(s.start, s.end)
    if (!NAMED_GUEST.test(said) || !NOW_WORD.test(said) || PUBLIC_APPEARANCE.test(said)) continue
    const mv = PRESENT_MOVE.exec(t.slice(m.index, s.end))
    if (!mv) continue
    const span = doc.fromNorm(m.index, m.index + mv.index + mv[0].length)
    emit({ rule: 'personal-info/lodging', start: span.start, end: span.end, severity: 'warn', data: { what: '名前の出た人が今いる場所' } })
    return
  }
}
