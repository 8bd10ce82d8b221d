/**
 * A private house pointed at by its look (the colour of its roof or walls, its build) where it stands, told with a case on it. Block (4(4)):
 * in a small town a blue-roofed bungalow behind the convenience store on the prefectural road is one household's door.
 *
 * Blind R411L-009 kind: a district, a road or a landmark's side, then the house by its look (…県道沿いの…の裏にある青い屋根の平屋, …川沿いの
 * 赤いトタン屋根の家, …の向かいの白い外壁の二階建て), in a post telling a complaint, a report or guidance on it (通報, 苦情, 多頭飼育, 悪臭).
 * place-pointed.ts reads a home by a landmark's side told as お宅 or 空き家; this one reads the house told by how it looks.
 *
 * Blind R414P-035, R414P-037, R415Q-041 kind: the same house (…の二軒隣、緑色の屋根のお宅; …のすぐ裏、赤い瓦屋根のお家; …の裏、赤い自転車が
 * 置いてある平屋: the look may be a thing standing at it) told with its resident's circumstances instead of a case word: a person's age
 * (七十代の男性, 95歳), an illness or a trip to hospital (持病, 搬送), living alone, the family's make-up or where they came from (ご夫婦と
 * お子さん2人, …から来たご家族, 引っ越してこられ). The house and the person are one door in a small town.
 *
 * Team R417S-045, R420V-047 kinds: the look may be a coloured thing right at the house told with の or with があり/がある (青い郵便受けのお宅,
 * 赤いポストがあるお宅, 黄色い看板のお家), the place before it set off by a comma after a road or a canal it runs along (…の掘割沿い、…), and the
 * resident's circumstances told as their great age (御年九十三), their hearing (耳が遠く) or a spouse cared for at home (寝たきりの奥さまを…介護され
 * ている): the house and the person are one door. A coloured postbox or signboard standing at a public place (…公民館の赤いポスト) is VENUE's.
 *
 * Not a building that is no home (赤い屋根の倉庫, 青い屋根の消防団詰所), a house turned venue or shop (…の古民家を改修したカフェ, …が新しい交流
 * センターです), a street of houses told as scenery with no case (赤い屋根の家が並ぶ町並み), the house as a mark on the way (…の家の前は通学路),
 * a group (…の住宅の皆さん), a quoted example; nor a house by look with an age that is no person's (築80年) or a count of people told in
 * general, when no case word is told either.
 *
 * Blind R439Q-050 kind: the household's circumstances told just before the house is pointed at, the house being the one spoken of (先日
 * 訪問したお宅では、…（17歳）の…が認知症の…のお世話を…。…町の…の角を曲がって2軒目、青いトタン屋根のお宅です): the sentence before counts
 * when it tells of a home or a family (お宅, ご家庭, 世帯, ご家族, おうち) with a resident's circumstance. Not a circumstance told of no home
 * (市内の90歳以上の方は…。…の赤い屋根の家が並ぶ町並み), nor a house as a venue or a mark on the way (as above).
 *
 * Blind R447Y-015 kind: the house placed by the way to it (…駅から歩いて5分, バス停から徒歩3分, …から車で10分ほど) or counted from a landmark
 * (…の2軒隣), told by its look, is a named private person's home: the person's home named in that sentence or the one before (…会長の古賀さんの
 * お宅で預かって, 松尾様のご自宅は, 堤さんちは), in place of a case word or a circumstance. Anyone can walk to one named neighbour's door. Not
 * a home named as a public venue or shop (…さんのお宅を改修したカフェ: VENUE), a house by look with no name and no case, nor a staff
 * member's or a body's place (…課の…さんの, 市役所から歩いて5分の公民館: no dwelling).
 *
 * Blind R455G-036 kind: the home is a floor above a building told by its look (…の裏手、赤い屋根のコインランドリーの2階に住んでる, 白い壁の
 * 美容室の二階にお住まいの), and the household unnamed but told by its circumstances: a pregnancy (来月出産予定, 妊娠中), a spouse's job
 * (旦那さんは消防士, ご主人は市役所勤め), a young couple (若いお二人, 新婚のご夫婦). The floor and the family are one door. Not the floor of a
 * public building or a shop as a venue (赤い屋根の公民館の2階で開催, …の2階にオープン), nor a floor with no one living on it told.
 */
import type { Doc } from '../../doc'
import { CONSENT, LANDMARK_SIDE, PLACE_GROUP as GROUP, PLACE_VENUE as VENUE, PLACE_WAYMARK as WAYMARK, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** A colour, as an adjective or as 〜色の / 〜色い. */
const COLOUR = '(?:[赤青白黒]い|(?:赤|青|白|黒|茶|黄|緑|紺|水|灰|赤茶|こげ茶|焦げ茶|オレンジ|ピンク|クリーム|ベージュ|えんじ|黄土|水)色(?:い|の)|オレンジの|ピンクの)'
/** The part of a house the colour is told of. */
const PART = '(?:トタン|瓦|スレート)?(?:屋根|瓦|外壁|壁|ドア|玄関|門|塀|雨戸|シャッター|車庫|ベランダ)'
/** A dwelling, by its kind or its build. */
const DWELLING =
  '(?:平屋(?:建て)?|一軒家|一戸建て|民家|古民家|家|お家|おうち|お宅|住宅|借家|アパート|[二三2-3２-３]階建て(?:の(?:家|住宅|お宅|一軒家))?)'
/** A thing standing at the house, by its colour (赤い自転車が置いてある, 白い軽トラが停まっている, 青いポストのある). */
const THING =
  '(?:自転車|車|軽トラ(?:ック)?|バイク|ポスト|郵便受け|看板|のれん|暖簾|物置|ビニールハウス|テント|旗|のぼり|鉢植え|植木鉢)(?:が(?:置いてある|置かれた|置かれている|停まっている|止まっている|停めてある|止めてある|ある|立っている|出ている)|のある)|(?:ポスト|郵便受け|看板|のれん|暖簾|表札|門柱)の'
/*
 * Blind R445W-031 kind: a thing kept at the house's door or garden told as its mark (玄関に大きな金魚鉢があるお宅, 軒先に信楽焼のたぬきが
 * 置いてある家, 庭に柿の木がある平屋, 門の前に白い犬小屋のある一軒家), alone or after the colour of its roof (赤い瓦屋根で玄関に…): the
 * house by its looks, as a coloured roof is; a spouse lost (奥さまを亡くされ, 先立たれ) is the resident's circumstance. Not a public building (…公民館の玄関に…がある: no dwelling), nor a house as a venue.
 */
const AT_DOOR =
  '(?:玄関|門|軒先|軒下|庭|入口|入り口|塀|戸口|縁側|ベランダ|車庫)(?:先|前|脇|横|の前|の横|の脇)?に[^、。！？!?\\n]{1,14}?(?:がある|のある|が置いてある|が置かれた|が置かれている|が飾ってある|が飾られた|が並ぶ|が並んでいる|が植わっている|が目印の)'
const HOUSE_BY_LOOK = new RegExp(
  `${COLOUR}[ 　]?(?:${PART}の|${THING})[^、。！？!?\\n]{1,14}?の(?:[0-9０-９]{1,2}|[一二三四五])階(?:に(?:住んで|住む|住まわれ|お住まい|暮らして|暮らす)|の(?:お宅|お部屋|部屋|住人))|(?:${COLOUR}[ 　]?(?:${PART}(?:の|で|が目印の)|${THING})[ 　]?(?:${AT_DOOR}[ 　]?)?|${AT_DOOR}[ 　]?)(?:木造の?|古い|大きな|小さな)?[ 　]?${DWELLING}(?![\\p{Script=Han}ァ-ヶー])`,
  'u',
)
/** Where the house stands, told before it in the sentence: a landmark's side, a road or a river it runs along, a district. */
const PLACED = new RegExp(
  `(?:の|がある|のある)(?:すぐ|真)?(?:${LANDMARK_SIDE}|[一二三四五1-5１-５]軒(?:手前|奥)|[四五4-5４-５]軒(?:隣|先|となり)|そば|手前|先)(?:に(?:ある|建つ)|の|[、,][ 　]?)|沿い(?:に(?:ある|建つ))?(?:の|[、,][ 　]?)|[\\p{Script=Han}]{1,6}(?:町|地区|丁目|校区)[\\p{Script=Han}]{0,4}(?:の|に(?:ある|建つ))`,
  'u',
)
/** Blind R447Y-015 kind: the way to the house from a station, a stop or a landmark, by walking or driving time (…駅から歩いて5分、). */
const BY_WAY =
  /(?:駅|バス停|停留所|インター|IC|交差点|公民館|学校|小学校|中学校|役所|支所|神社|寺|公園|橋|[^\s、。]{1,8}の角)から(?:歩いて|徒歩|車で|自転車で)[ 　]?(?:約|だいたい|およそ)?[0-9０-９一二三四五六七八九十]{1,2}分(?:ほど|くらい|ぐらい|程度|程)?(?:の(?:ところ|所)(?:にある|の)?|[、,][ 　]?|の|で)/u
/**
 * Blind R447Y-015 kind: a named private person's home (中島さんのお宅, 松尾様のご自宅, 堤さんち, 古賀さん宅): the house told is theirs. Not a
 * group (皆さんのお宅), a customer or a staff member (お客様, …課の…さん).
 */
const NAMED_HOME =
  /(?<![\p{Script=Han}々])([\p{Script=Han}々]{1,4})[ 　]?(?:さん|様|さま|氏)(?:の(?:お宅|お家|おうち|家|ご自宅|自宅)|ち(?![ゃょゅ])|んち|宅(?!配)|方(?![面法針向式角]))/u
const NAMED_HOME_NOT = /^(?:皆|各|客|お客|御|奥)|(?:者|社|会|課|係|局|所|館|園|院|校|組|部|室|庁|員|族)$/u
const STAFF_BEFORE_NAME = /(?:課|係|室|担当|職員|センター|窓口)(?:の|：|:)?[ 　]?$/u
function namedHomeIn(s: string): boolean {
  const m = NAMED_HOME.exec(s)
  return m !== null && !NAMED_HOME_NOT.test(m[1]!) && !STAFF_BEFORE_NAME.test(s.slice(Math.max(0, m.index - 8), m.index))
}
/** A complaint, a report or guidance: the house is told as a case. */
const CASE =
  /通報|苦情|相談(?!ください|下さい|窓口|会|コーナー|先|でき|は|を受け付け)|騒音|悪臭|異臭|臭い|におい|放し飼い|鳴き声|迷惑|トラブル|指導|多頭飼育|ごみ屋敷|ゴミ屋敷|野焼き|不法投棄/u
/**
 * The resident's circumstances, told of the house's people near it: a person's age (七十代の男性, 95歳), an illness or a trip to hospital, living
 * alone, the family's make-up, where they came from, moving in. 百歳体操 and 築…年 are no one's age.
 */
export const RESIDENT =
  /(?<![築創])[0-9０-９一二三四五六七八九十百]{1,3}(?:代(?:の|前半|後半|半ば)|歳(?!体操|以上|未満|以下|から|まで)|才(?!以上|未満|以下))|(?:御年|御歳|おん年)[0-9０-９一二三四五六七八九十百]{1,4}|耳が遠|足が悪|介護(?:され|して|をされ|中)|持病|糖尿病|認知症|脳梗塞|心臓病|人工透析|低血糖|寝たきり|車いす|車椅子|(?:救急)?搬送|入院|通院|(?:ひとり|一人|独り|ふたり|二人)暮らし|(?:亡くされ|先立たれ|亡くなられ|死別)|独居|ご夫婦|お子さん[0-9０-９一二三四五]?人?|赤ちゃん|母子|父子|ひとり親|から(?:来た|来られた|いらした|移住)|国籍|引っ越して(?:こられ|来られ|来|き)|越してこられ|転入され|出産予定|妊娠(?:中|され|して|[0-9０-９一二三四五六七八九十]{1,2}か月)|妊婦さん|身重|(?:若い|新婚の)(?:お二人|ふたり|ご夫婦|夫婦)|(?:旦那さん|ご主人|夫|奥さん|奥様|妻)(?:は|が)[^。！？!?\n、]{0,10}?(?:消防士|警察官|自衛官|看護師|保育士|教員|先生|職員|勤め|勤務)/u
/** Houses told as scenery (赤い屋根の家が並ぶ, 家々). */
const SCENERY = /^(?:が(?:並|建ち並|連な|続)|々|並み)/u

/** A home or a family spoken of before the house is pointed at (訪問したお宅では, そのご家庭は, この世帯には). */
const HOME_SPOKEN = /お宅|ご家庭|世帯|ご家族|おうち|お家/u
/** Blind R439Q-050 kind: the sentence before tells of a home and its resident's circumstance. */
function toldBefore(before: string): boolean {
  return HOME_SPOKEN.test(before) && RESIDENT.test(before)
}

export function houseByLook(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  const told = CASE.test(t)
  const named = NAMED_HOME.test(t)
  if (!told && !named && !RESIDENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    const m = HOUSE_BY_LOOK.exec(sentence)
    if (!m || GROUP.test(sentence) || quotedOnLine(t, s.start + m.index)) continue
    const lead = sentence.slice(Math.max(0, m.index - 40), m.index)
    if (!PLACED.test(lead) && !BY_WAY.test(lead)) continue
    const tail = sentence.slice(m.index + m[0].length)
    if (VENUE.test(tail.slice(0, 20)) || WAYMARK.test(tail) || SCENERY.test(tail)) continue
    // Without a case word, the resident's circumstances in the sentence or the next lines play its part; or (R447Y-015 kind) the house is
    // a named person's home told in the sentence or the one before.
    const before = t.slice(Math.max(0, s.start - 120), s.start)
    const prev = i > 0 ? t.slice(spans[i - 1]!.start, spans[i - 1]!.end) : ''
    // A house told in the bracket right after a named home (…様宅（…の北、赤い屋根のお宅）) is that home's address, address.ts's reading.
    const namedHere =
      named && (namedHomeIn(sentence) || namedHomeIn(prev)) && !VENUE.test(sentence + prev) && !/[（(][^）)]*$/u.test(sentence.slice(0, m.index))
    if (!told && !namedHere && !RESIDENT.test(t.slice(s.start, Math.min(t.length, s.end + 80))) && !toldBefore(before)) continue
    const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '場所と外観で分かる私人の家' } })
    return
  }
}
