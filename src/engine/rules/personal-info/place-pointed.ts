/**
 * A private household or person pointed at by place instead of by name, told in a complaint, a report, guidance or a vacant-house case. Block
 * (4(4)): in a small town the door is the person.
 *
 * Blind R403C-008, R403C-057 kind: a home by a landmark and its side (赤いポストがある角のお宅, 旧郵便局の裏手にある…空き家, 公民館の向かいのお家).
 * Blind R403C-049 kind: someone living above or behind a place by a landmark (…角にあるスナックの2階に住んでるママさん).
 * Blind R403C-024 kind: a flat by its floor and its side in the building (2階の階段を上がってすぐ右のお部屋の方).
 * Blind R403C-004 kind: a neighbour of a place told by the trade they carry on there (養豚場の南隣でイチゴのハウスをされている農家さん).
 * Blind R403C-011 kind: a named owner with the lot number written in spaced digits (蒲池 6 0 5 - 3 …（所有者 江崎 義男 様）): the same lot.
 *
 * Not a public facility or a shop as the place (角の公民館で開催), a venue, the way to a public building, a group (皆さん, 方々), a quoted
 * example, a vacant-house programme told in general (an empty house pointed at is a case only with its owner or the city's dealings told).
 */
import type { Doc } from '../../doc'
import { RESIDENT } from './house-look'
import { CONSENT, HOUSEHOLD_NOT_SURNAME, HOUSEHOLD_ROLE_BEFORE, LANDMARK_SIDE, PLACE_GROUP, PLACE_VENUE as VENUE, PLACE_WAYMARK as WAYMARK, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** place-pointed also reads people told as …たち at the place as a group (角の家の子どもたち). */
const GROUP = new RegExp(`${PLACE_GROUP.source}|たち`, 'u')

/** The side of a landmark (角, 裏手, 南隣, 向かい) right after it. */
const SIDE = LANDMARK_SIDE
/** A home or a person by a landmark's side (…がある角のお宅, …の裏手にある…空き家, …角にある…の2階に住んでる…さん). */
const HOME_BY_LANDMARK = new RegExp(
  `(?<=がある|のある|の)${SIDE}(?:に(?:ある|建つ)|の)[、 　]?[^。！？!?\\n]{0,24}?(?:(?:お宅|おうち|お家|ご家庭|空き家|空家)(?![\\p{Script=Han}ァ-ヶー])` +
    `|の(?:[0-9０-９]{1,2}|[一二三])階に(?:住んで|お住まい|暮らして)[^。！？!?\\n、]{0,10}?(?:方|人|さん|ご家族|男性|女性))`,
  'u',
)
/** A neighbour of a landmark told by the trade they carry on (…の南隣でイチゴのハウスをされている農家さん). */
const NEIGHBOUR_BY_TRADE = new RegExp(
  `(?<=の)${SIDE}(?:で|に)[^。！？!?\\n]{1,20}?を(?:され|やっ|営ま|営ん|経営され|作っ|つくっ)て(?:いる|いらっしゃる|おられる|る)[ 　]?(?:農家|方|お宅|ご家庭|ご家族|おじいちゃん|おばあちゃん)(?:さん|様)?`,
  'u',
)
/** A flat by its floor and its side (2階の階段を上がってすぐ右のお部屋の方). */
const FLAT_BY_SIDE =
  /(?:[0-9０-９]{1,2}|[一二三四五])階の[^。！？!?\n]{0,16}?(?:右|左|奥|手前|突き当たり|端|隣|真ん中)(?:側)?の[ 　]?(?:お)?部屋の(?:方|人|住人|入居者)(?:から|が|は|に|も|へ|の|で)/u
/** A complaint, a report or guidance: the door is told as a case. */
const CASE =
  /通報|苦情|相談(?!ください|下さい|窓口|会|コーナー|先|でき|は|を受け付け)|ご連絡|お電話|騒音|悪臭|異臭|臭い|におい|放し飼い|鳴き声|迷惑|トラブル|指導|注意を(?:お願い|し|促)|原因|野焼き|不法投棄/u
/** An empty house is a case with its owner or the city's dealings told. */
const VACANT_CASE =
  /(?:所有者|持ち主|家主)(?:は|の方は|さんは|様は)[^。！？!?\n]{0,16}?(?:息子|娘|親族|親戚|ご家族|お住まい|在住|県外|市外|亡くな|入院|施設)|お返事|返事が|(?:連絡|回答)が(?:取れ|つか|ない)|文書|指導|助言|勧告|命令|代執行|苦情|通報/u

/** A lot number in spaced digits after a place (蒲池 6 0 5 - 3), and a named person in the sentence (所有者 江崎 義男 様). */
const SPACED_LOT =
  /(?<=[\p{Script=Han}ヶ々][ 　]?)[0-9０-９](?:[ 　][0-9０-９]){1,4}[ 　]?[-－−ー‐][ 　]?[0-9０-９](?:[ 　]?[0-9０-９]){0,3}(?![0-9０-９])/u
const NAMED_HOLDER =
  /(?:所有者|持ち主|家主|名義人|居住者|世帯主)(?:は|の|[:：])?[ 　]?[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖ]{1,4}[ 　]?(?:様|さん|さま|氏)/u

function report(doc: Doc, start: number, end: number, label: string, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
}

export function householdByPlace(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  const lot = SPACED_LOT.exec(t)
  if (lot && !quotedOnLine(t, lot.index)) {
    const s = sentencesOf(t).find((x) => x.start <= lot.index && lot.index < x.end)
    if (s && NAMED_HOLDER.test(t.slice(s.start, s.end))) return report(doc, lot.index, lot.index + lot[0].length, '数字を空けた番地と所有者の名前', emit)
  }
  if (!CASE.test(t) && !VACANT_CASE.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (GROUP.test(sentence)) continue
    const m = HOME_BY_LANDMARK.exec(sentence) ?? NEIGHBOUR_BY_TRADE.exec(sentence) ?? FLAT_BY_SIDE.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index)) continue
    const tail = sentence.slice(m.index + m[0].length)
    if (VENUE.test(tail.slice(0, 16)) || VENUE.test(m[0]) || WAYMARK.test(tail)) continue
    const vacant = /空き家|空家/u.test(m[0])
    if (vacant ? !VACANT_CASE.test(t) : !CASE.test(t)) continue
    return report(doc, s.start + m.index, s.start + m.index + m[0].length, '目印・位置で分かる世帯や人', emit)
  }
}

// ---------- a home by surname with the way to it ----------

/** A private home by surname: 大坪さんのおうち, 古賀さんのお宅, 中島さん宅, 堤さんの家, 松尾様のご自宅. */
const SURNAME_HOME =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:さん|様|さま)(?:の(?:おうち|お家|お宅|ご自宅|自宅|家(?![族庭事])|ご実家|実家)|宅|ち(?=[のはがでにへ]))/gu
/** A walk or a drive to it: …から歩いて3分, 徒歩5分, 車で10分. */
const WAY_TIME = /(?:から|より)[ 　]?(?:歩いて|徒歩|車で|自転車で)[ 　]?(?:約|およそ)?[0-9０-９一二三四五六七八九十]{1,2}[ 　]?分/u
/** A landmark's side told as where it stands: …の裏手にある, …の向かいの, …の角を曲がって. */
const WAY_SIDE = new RegExp(`(?<=の)${LANDMARK_SIDE}(?:に(?:ある|建つ)|の|を(?:曲が|入っ|入る))`, 'u')
/** A count of houses: 2軒目, 三軒隣, 3件目. */
const HOUSE_COUNT = /[0-9０-９一二三四五]{1}[ 　]?(?:軒|件)(?:目|隣|先|となり)/u
/** The home as a mark on the way, right after it (…さんのお宅の角を右へ, …の前を通って). */
const AS_WAYMARK = /^の?(?:前|横|脇|角|先|手前|付近|あたり|辺り|近く|そば)(?:を|で|に|から|まで|の)/u

/**
 * Blind R421W-025 kind (surnameHomeByWay): a private home by surname (…さんのおうち, さんのお宅, さん宅, さんの家) with the way to its door told
 * in the sentence: two of a walk or a drive from a station or a landmark (…駅から歩いて3分, 徒歩5分), a landmark's side (…の裏手にある, …の
 * 向かいの) and a count of houses (2軒目, 三軒隣): the door is found from the post. householdByPlace (above) and house-look.ts read a landmark's side with
 * お宅 and no name; this reads the surname with the way. Not a named home with no way told (山田さんのお宅で収穫体験), a public place's way (会場は
 * 駅から徒歩5分の市民会館), the home as a mark on the way (…さんのお宅の角を右へ), nor a post that states consent.
 */
export function surnameHomeByWay(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/さん|様|さま/u.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const clues = (WAY_TIME.test(sentence) ? 1 : 0) + (WAY_SIDE.test(sentence) ? 1 : 0) + (HOUSE_COUNT.test(sentence) ? 1 : 0)
    if (clues < 2) continue
    SURNAME_HOME.lastIndex = 0
    for (let m = SURNAME_HOME.exec(sentence), k = 0; m && k < 6; m = SURNAME_HOME.exec(sentence), k++) {
      if (HOUSEHOLD_NOT_SURNAME.test(m[1]!) || HOUSEHOLD_ROLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 10), m.index))) continue
      if (quotedOnLine(t, s.start + m.index) || AS_WAYMARK.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
      return reportHome(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '道順・目印で分かる名前の家' }, emit)
    }
  }
}

/** A named person's own home told as where they do something: 木下さんが自宅で, 古賀様はご自宅で, 堤さんの自宅にて. */
const SURNAME_AT_HOME =
  /(?<![\p{Script=Han}々ヶ])([\p{Script=Han}々ヶ]{1,4})[ 　]?(?:さん|様|さま)(?:が|は|の)[^。！？!?\n]{0,8}?(?:ご自宅|自宅|ご実家|実家)(?:で|にて|に|を)/gu
/** The house told by how it looks: a colour or a thing at it (赤い屋根, 白い壁, ポストに…の絵, 表札, 生け垣, 門). */
const HOME_LOOK = /屋根|外壁|壁の|ポスト|郵便受け|表札|生け垣|生垣|門の|塀|玄関に|のれん|暖簾|看板|[赤青白黒]い|色の/u
/** The home noun of the told house: …なお宅です, …のおうち, …の家です. */
const HOME_NOUN = /お宅|おうち|お家|ご自宅|(?<![\p{Script=Han}])家(?:です|だ|で|に|を|が)/u
/** When the person is at home: ご在宅, 在宅されて, 家にいらっしゃる. */
const AT_HOME_TOLD = /ご?在宅|家に(?:いらっしゃ|おられ|い(?:ます|る))|留守/u

/**
 * Blind R430F-001 kind (surnameHomeAsPlace): a named person's own home told as a place to go (…さんが自宅で受け付け, …様のご自宅にて), and in
 * the next sentence the way to it (…駅から歩いて5分, …の裏手にある, 2軒目) with the house by its look (赤い屋根, 白い壁, 表札, ポストに…) or when
 * they are at home (平日の日中はご在宅): the door is found from the post. Not a public place as the drop-off point (公民館で受け付け), a shop's
 * address or look, a named home with no way told (木下さんが自宅で作ったジャム), nor a post that states consent.
 */
export function surnameHomeAsPlace(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/自宅|実家/u.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    SURNAME_AT_HOME.lastIndex = 0
    const m = SURNAME_AT_HOME.exec(sentence)
    if (!m || HOUSEHOLD_NOT_SURNAME.test(m[1]!) || quotedOnLine(t, s.start + m.index)) continue
    const next = spans.slice(i + 1, i + 3).map((n) => t.slice(n.start, n.end))
    const way = next.findIndex((n) => WAY_TIME.test(n) || WAY_SIDE.test(n) || HOUSE_COUNT.test(n))
    if (way < 0 || !HOME_NOUN.test(next[way]!) || VENUE.test(next[way]!)) continue
    if (!HOME_LOOK.test(next[way]!) && !AT_HOME_TOLD.test(next.join('。'))) continue
    return reportHome(doc, s.start + m.index, s.start + m.index + m[0].length, 'personal-info/identifiable-person', { label: '道順・外見で分かる名前の人の自宅' }, emit)
  }
}

function reportHome(doc: Doc, start: number, end: number, rule: string, data: Record<string, string>, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule, clause: '4(4)', start: span.start, end: span.end, severity: 'block', data })
}

// ---------- a home counted from a landmark ----------

/** Houses counted from a landmark or its corner: …の角から2軒目, …から三軒先, …を曲がって2軒目. */
const COUNTED = '(?:から|を(?:曲が|入)っ?て)[ 　]?(?:[0-9０-９一二三四五六七八九]|十)[ 　]?(?:軒|件)(?:目|先)'
const HOME_COUNTED = new RegExp(
  `(?:(?<=の)${SIDE}|(?<=[\\p{Script=Han}ァ-ヶー々]))${COUNTED}(?:の|に(?:ある|建つ))[、 　]?[^。！？!?\\n]{0,12}?(?:お宅|おうち|お家|ご家庭|ご自宅|家(?=で|に|の|は|が))(?![\\p{Script=Han}ァ-ヶー])`,
  'u',
)
/** The household's hardship: a utility about to be cut, rent or bills unpaid, no food or money left. */
const HARDSHIP =
  /(?:電気|ガス|水道)(?:が|も|を)?[^。！？!?\n]{0,4}?(?:止ま|止め|とま|停止)|家賃(?:を|が)?[^。！？!?\n]{0,4}?(?:滞納|払えな|未払)|(?:食べ物|食料|お金|所持金)が(?:ない|なく|底をつ|尽き)|生活(?:に|が)(?:困窮|苦し)|困窮/u

/**
 * Blind R433J-028 kind (homeCountedFrom): a home counted from a landmark (…のお堀沿い、赤いポストの角から2軒目のお宅, …の裏から三軒先の
 * おうち, 公民館の角を曲がって2軒目のお家), told with a case (相談, 苦情, 通報), its resident's circumstances (一人暮らし, ひとり親, an age, an
 * illness) or the household's hardship (電気が止まりそう, 家賃を滞納): the count leads to one door. householdByPlace reads a home right at a
 * landmark's side, house-look.ts a house told by its colour; this one reads a house counted off from the landmark. Not a shop or a venue
 * counted so (…から2軒目のお店, …のお宅で開催), the home as a mark on the way (…から2軒目のお家の前を右へ), a group, nor a post that states consent.
 *
 * Blind R444V-017 kind: the case may be told in the sentence just before the count (a reply thanking for a complaint on noise, then the house
 * behind a post office, counted from the corner of a coloured roof, visited over it). Not a case sentence before directions to a venue or a shop.
 */
export function homeCountedFrom(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/軒|件/u.test(t) || CONSENT.test(t)) return
  if (!CASE.test(t) && !RESIDENT.test(t) && !HARDSHIP.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const m = HOME_COUNTED.exec(sentence)
    if (!m || GROUP.test(sentence) || quotedOnLine(t, s.start + m.index)) continue
    const tail = sentence.slice(m.index + m[0].length)
    if (VENUE.test(tail.slice(0, 16)) || VENUE.test(m[0]) || WAYMARK.test(tail) || AS_WAYMARK.test(tail.slice(0, 6))) continue
    // The case or the circumstances told in this sentence or the next (Blind R444V-017 kind: or in the one before, a complaint thanked for
    // before the house is pointed at: 騒音についてのご意見、ありがとうございます。…の裏手、…の角から2軒目のお宅…).
    const near = t.slice(Math.max(0, s.start - 60), Math.min(t.length, s.end + 80))
    if (!CASE.test(near) && !RESIDENT.test(near) && !HARDSHIP.test(near)) continue
    return report(doc, s.start + m.index, s.start + m.index + m[0].length, '目印から数えて分かる家と住む人の事情', emit)
  }
}
