/**
 * House-level addresses: anchored on the tail (丁目・番地・号・号室, 1-2-3), the place name is
 * found by looking back. A home (様宅, さん方, 個人宅, お宅, 自宅), a room (号室) or a person next
 * to it makes it private (block); a facility or an organisation makes it a public location; a
 * bare house-level address warns. The account's own addresses (policy.contacts.addresses) are
 * never reported, nor an address in a 記入例 whose place is a placeholder (○○町123番地).
 *
 * Written forms: Arabic, full-width and kanji house numbers (千二百三十四番地, 三丁目五番七号).
 */
import type { Doc } from '../../doc'
import type { Policy } from '../../policy'
import type { Span } from '../../text'
import { inExampleBlock, isExampleValue, isFieldLine, lineBefore, namesPerson, numeralText, quotedOnLine, type Emit } from './context'
import { matchAllOf } from '../../regex'
import { sentenceStartAt } from '../../words'

/** A house number: Arabic digits, or kanji numerals written positionally or digit by digit. */
const NUM = '(?:[0-9]{1,5}|[〇一二三四五六七八九十百千]{1,8})'
/** The parts of a house number may be spaced out (２丁目 ５番 ８号). */
const SP = '[ 　]?'
const ADDRESS_TAIL = new RegExp(
  `${NUM}丁目(?:${SP}${NUM}(?:番地?|-|の)(?:${SP}${NUM}(?:号(?![室棟館車線機]))?)?)?` +
    `|${NUM}番地(?:(?:の|-)?${SP}${NUM}(?:号(?![室棟館車線機]))?)?` +
    `|${NUM}番${SP}${NUM}号(?![室棟館車線機])` +
    `|(?<=[\\p{Script=Han}ァ-ヶ])[0-9]{1,4}の[0-9]{1,4}(?:の[0-9]{1,4})?(?![0-9]|[月日時人歳回件名円年分秒%組本枚点位号番頁ページ])` +
    `|(?<=[\\p{Script=Han}ァ-ヶ][ 　]?)[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?(?![0-9]|[月日時人歳回件名円年分秒%組本枚点位号番頁ページ]|-|~)`,
  'gu',
)
const ROOM = /^(?:[ 　]?[^\s、。]{0,20}?)?(?:[0-9]{1,4}|[〇一二三四五六七八九十百]{1,6})号室/u
/** A flat in a named building: コーポ柳川201, ○○マンション 3階. */
const FLAT = /^[ 　]?[^\s、。]{0,12}?(?:マンション|コーポ|ハイツ|アパート|荘|レジデンス|メゾン|コート|パレス|ハイム|団地|住宅|ヴィラ|カーサ)[^\s、。0-9]{0,8}?[ 　]?(?:[0-9]{2,4}(?![0-9])(?:号)?|[0-9]{1,2}階)/u
const MUNICIPALITY = /[都道府県市区町村郡]|丁目/u
const ADDRESS_CHAR = /[\p{Script=Han}ァ-ヶー々ヶ0-9-]/u
const MASK = /[○〇◯●×✕■□△▲◇◆*＊]/u
/** 一番 (the first) and 十番 are not house numbers unless written as 番地/番…号. */

/**
 * 宅 is a home (様宅, 田中宅, 個人宅) but not inside the name of a historic house kept as a cultural property, ○○家住宅
 * (国指定名勝 戸島家住宅, 旧吉原家住宅): the house of a family of old, open to the public. Round 66: nor in housing the city or a
 * public body runs (市営住宅, 県営住宅, お試し住宅, 移住体験住宅, 復興住宅, 応急仮設住宅, 教員住宅): the building let to whoever applies, named
 * with its lot in a notice of vacancies. (A bare 住宅, 全焼した住宅（…）, is still someone's home; so is 市営住宅の田中様宅.)
 */
/**
 * Blind R227W-051 kind: 方の after an area, or before a public place for them (三橋町の方の避難所として、三橋公民館（…番地1）), is people at
 * large and the place theirs to use, nobody's home (the look-back may start at 方, so both sides are read).
 */
const PERSONAL_BEFORE = /(?:者|人|主|さん|様|氏|方)の(?:住所|自宅|お宅|家|お住まい)|自宅|(?<!(?:家|市営|県営|町営|村営|府営|都営|公営|お試し|移住体験|体験|モデル|復興|応急|仮設|教員|職員|改良|定住促進)[ 　]?住)宅|住所は|住む|住んで|在住の[\p{Script=Han}]{1,4}(?:さん|様|氏)|さん|様|氏|(?<!(?:町|村|地区|区|校区|地域|市内|市外|県内|県外)の)方の(?!避難所|避難場所|指定避難所|集合場所|会場|窓口|受付|駐車場|ため|ご?利用|ご?参加)|の家|実家|くん|ちゃん/u
/**
 * Round 100 (review): a public facility whose name ends in の家 (こどもの家, 少年自然の家, 青少年の家, 老人憩いの家, 交流の家, 農村婦人の家, ふれあいの家,
 * 自然の家), or a name run with 市立/県立/町立/市営 before it (市立蒲池みんなの家), or with 町/地区 and a kana name (三橋町ふれあいサロンの家): the
 * address after it is the facility's, no one's home (こどもの家は柳川市三橋町高畑318番地にあります, 少年自然の家（…503番地）で合宿). The words before
 * の家 are then no person: a name run holding an honorific or a kin word (おばあちゃん, 田中さん) is not this, nor a facility kind after a
 * possessive (うちの子どもの家, 迷子の子どもの家: a child's home), unless that is a city, a town or a district's (柳川市のこどもの家).
 */
const FACILITY_HOUSE_KIND = '(?:こども|子ども|子供|児童|少年自然|青少年|勤労青少年|青年|老人憩い|憩い|いこい|交流|地域交流|農村婦人|働く婦人|勤労婦人|ふれあい|自然|母子|福祉|市民|町民|村民|県民)'
const FACILITY_HOUSE = new RegExp(
  `(?:(?<!の)|(?<=(?:[市町村県]|地区)の))${FACILITY_HOUSE_KIND}の家(?![\\p{Script=Han}])` +
    `|(?:市立|県立|町立|村立|国立|公立|市営|県営|町営|村営)[^\\s、。！？!?「」（()）の]{1,10}の家(?![\\p{Script=Han}])` +
    `|(?<=町|地区)(?=[^\\s、。！？!?「」（()）の]{0,9}[ぁ-ゖァ-ヶー])[^\\s、。！？!?「」（()）の]{1,10}の家(?![\\p{Script=Han}])`,
  'gu',
)
/** A person in the name run before の家: an honorific, a kin word or the writer (おばあちゃん, 田中さん, 私, 友達). */
const PERSON_IN_HOUSE_NAME = /さん|様|さま|氏|君|くん|ちゃん|殿|私|僕|俺|うち|わし|友達|友人|知人|親戚|祖父|祖母|父|母(?!子)|兄|姉|弟|妹|息子|娘|叔|伯|彼|先輩|後輩|同僚/u
/** `before` (the text up to `s`) with facility names ending in の家 blanked out, read in a wider window so that a name cut by its start is seen whole. */
function withoutFacilityHouses(t: string, s: number, before: string): string {
  if (!before.includes('の家')) return before
  const wide = t.slice(Math.max(0, s - before.length - 16), s).replace(FACILITY_HOUSE, (m) => (PERSON_IN_HOUSE_NAME.test(m) ? m : '・'.repeat(m.length)))
  return wide.slice(wide.length - before.length)
}
/** A facility's name ending in の家 on the address's line before it: the address is the facility's. */
function facilityHouseNear(text: string): boolean {
  FACILITY_HOUSE.lastIndex = 0
  for (let m = FACILITY_HOUSE.exec(text); m; m = FACILITY_HOUSE.exec(text)) if (!PERSON_IN_HOUSE_NAME.test(m[0])) return true
  return false
}
/*
 * Round 78 (blind R79A-072): a home word right after the house number (…高畠３４１−２の実家から毎朝通ってます, …番地３の下宿から, …８７−１に
 * ある実家, …のおうちから, …のわが家で): someone's home, in a remark quoted from them as much as in the post's own words. (A shop or an event
 * named with the word, 実家カフェ, おうちカフェ, お家見学会, is no home: a kanji or katakana word glued after it.)
 * Blind R226E-059 kind: the owner's home named in brackets right after the number (…二百十五番地の三（蒲地 勇さん宅）), under a 場所： label too.
 * Blind R286A-002 kind: the home told through who lives in it, 宅 after の right after the number (…2丁目14番の飼い主宅, …番地の持ち主宅,
 * …番の古賀宅): a private household's house. Not a kind of building (…番の市営住宅, 社宅, 在宅, 帰宅) nor a word glued after 宅 (宅配).
 * Blind R296Y-004 kind: the honorific written in kana, さま, after the name at the house number (…二丁目14番7号の 吉開 さまに当選): the same
 * person's home as with 様 (さまざま is no honorific).
 */
const PERSONAL_AFTER = /^\s?の\s?(?:飼い主|飼主|持ち主|持主|所有者|家主|[\p{Script=Han}々]{1,4}(?<![住社在帰別舎自拙邸])|[ァ-ヶー]{2,6})宅(?![\p{Script=Han}])|^\s?[（(]\s?[\p{Script=Han}ァ-ヶー々]{1,6}[ 　]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}\s?(?:さん|様|氏)(?:宅|方|邸|の(?:家|お宅|ご?自宅))|^\s?(?:の)?\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,6}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}\s?(?:さん|様|さま(?![ざ々])|氏|くん|ちゃん|君)|^(?:\s?の?\s?[^\s、。]{0,8}?(?:様宅|さん宅|様方|さん方|個人宅|お宅|の自宅|のご自宅|の家))|^\s?[\p{Script=Han}]{1,4}方(?![\p{Script=Han}ぁ-ん])|^\s?(?:に住む|に住ん|にお住まい|の自宅|のご自宅|在住|\)?さん|\)?様|\)?さま(?![ざ々]))|^\s?(?:の|に(?:ある|建つ)(?:[ 　]?の)?)\s?(?:ご実家|実家|ご自宅|自宅|下宿|わが家|我が家|お家|おうち)(?![\p{Script=Han}\p{Script=Katakana}ー・])/u
/**
 * Blind R138I-115: a suspect or a defendant named right after the house number (三橋町蒲生 230-1 の無職 山田 一郎 容疑者（45）, …番地の会社員、
 * 田中 太郎被告): a police notice copied down to the number puts the person's home beside the accusation. Block.
 */
const SUSPECT_AFTER = /^\s?(?:の|、)\s?(?:[\p{Script=Han}ァ-ヶー]{1,6}[ 　、]?)?[\p{Script=Han}]{1,4}[ 　]?[\p{Script=Han}ぁ-んァ-ヶー]{0,4}[ 　]?(?:容疑者|被疑者|被告人?|受刑者)/u
/**
 * Round 84 (blind R84A-001): someone living at the house number, told by a verb of living right after it (…今古賀２１５番地で一人暮らしを
 * されている男性（84）, …番地でひとり暮らしの方, …番地3で独り暮らし, …番地で暮らしておられるご夫婦, …番地で生活されている, …に住んどらす): the
 * number is their home. (暮らしの相談会, 暮らしを支える講座, 生活相談 told at a venue's address are no one living there; a bracket closing
 * first, 公民館（…番地）で一人暮らしの方向けの…, ends the address before this is read.)
 */
const RESIDES_AFTER =
  /^[ 　]?(?:で|に)[ 　]?(?:お?(?:一人|ひとり|独り|二人|ふたり)(?:で)?(?:暮ら|住ま|住ん|住む|生活)|(?:お)?暮らし(?:を(?:され|して|し|送|お)|て|てい|てお|ておら|ており|とら|とる|よら|よる|され|のかた|の方)|暮らす|暮らせ|生活(?:して|され|する|を送|しとら|しよら)|住んど|住んどら|住みよ|住まわれ|住まいの|おらす|おられる(?:方|かた|[^\s、。]{0,6}(?:さん|様)))/u
/**
 * The person at a house number, called by it: …二丁目十四番地の方。, 214番地3の方は, …番地のかた、. (方 as a direction,
 * の方へ進む, の方から煙, is not a person; a range of house numbers, 1000番地〜1200番地の方, is a district told.)
 */
const PERSON_OF_ADDRESS = /^\s?の(?:方|かた)(?:[。、,!！?？\s]|は|も|へ(?:の|お|ご)|に(?:お|ご|は)|で(?:す|し)|から(?:の|お|ご)|$)/u
const RANGE_BEFORE = /(?:〜|~|～|から|より|まで|-|−)\s?$/u
/** What stands between the two ends of a range of house numbers: the range mark, and 同 or the place again (〜同312番地, から新町19番地). */
const RANGE_FAR_END = /^[ 　]?(?:[〜~～]|から|より)[ 　]?[\p{Script=Han}ァ-ヶー々ノ]{0,8}$/u
/**
 * The near end of such a range with the stretch it bounds named after the far end (新町12番地〜19番地の区間, 245番地から312番地までの間の市道,
 * …番地〜同…番地付近で通行止め): a stretch of road, waterway or green way, no one's home.
 */
const RANGE_STRETCH_AFTER =
  /^[ 　]?(?:[〜~～]|から)[ 　]?(?:同|[\p{Script=Han}ァ-ヶー々ノ]{1,8})?[0-9〇一二三四五六七八九十百千]{1,8}(?:番地?|号)?(?:(?:の|-)[0-9〇一二三四五六七八九十]{1,4})?(?:[ 　]?地?先)?(?:まで)?(?:の)?[ 　]?(?:区間|間|範囲|一帯|沿い)/u
/** The property's owner or resident named right after the address: 、所有者は堤 正一様, 、居住者：古賀さん. */
const OWNER_AFTER = /^[、,]?\s?(?:所有者|持ち主|家主|居住者|住人|世帯主|地権者|管理者)(?:は|:|：|の)?\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,6}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}\s?(?:さん|様|氏)/u
/**
 * A property at the address with its private owner named a few words on (…1187番地2の空き家（所有者 末吉 和夫様）, …12番地3の
 * 土地は、所有者の堤 正和さんから…, …228番地の1にある空き家の所有者、松尾 一郎様): the address is where that person's house or
 * land is. (所有者様, 所有者の皆様, 所有者の方, ご本人様 name nobody; a body, 所有者は柳川市, takes no honorific.)
 * Blind R151I-054: a violation report naming the owner or occupant of the lot (…456番地の農地（所有者：野田 和男 氏）で無断で…, 占有者：
 * 古賀 一郎 様, 耕作者 田中 次郎さん): the honorific may stand after a space, and a full name parted by a space closes the bracket
 * without one (（所有者：野田 和男）).
 */
/*
 * Blind R157I-096: the owner told with where they live before the name (、所有者は大阪在住の松尾 弘さん, 所有者である県外にお住まいの古賀様):
 * the description is the owner's, the name still closes it.
 */
const PROPERTY_OWNER_AFTER =
  /^[^。！？!?\n]{0,16}?(?:所有者|持ち主|家主|地権者|居住者|住人|世帯主|占有者|耕作者|借り?主|賃借人)(?:である|は|が|の|:|：|、|,)?\s?(?:[\p{Script=Han}ァ-ヶー]{1,8}(?:在住|にお住まい|に住む|に住んでいる|出身)の\s?)?(?![様さ皆方各ごおのはが])(?:[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,6}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}\s?(?:さん|様|さま|氏)(?![\p{Script=Han}])|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,4}[ \u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,4}[）)])/u
const FACILITY_CONTEXT =
  /場所|文化財|史跡|名勝|会場|所在地|住所[:：]|〒|市役所|区役所|役場|庁舎|支所|出張所|センター|公民館|会館|館|学校|小学校|中学校|高校|大学|公園|駅|病院|施設|体育館|図書館|ホール|プラザ|広場|神社|寺|課|係|事務所|事務局|株式会社|\(株\)|店|会社|協会|組合|法人|本社|工場|交番|消防署|警察署|郵便局|保育園|幼稚園|こども園|集合|宛て|宛先|応募先|送付先|提出先/u

/**
 * Round 60: an organisation thanked or addressed with an honorific (株式会社みずほ建設様（…431番地）に感謝状, 古賀工務店さん, ㈱ヤナガワ様,
 * 柳川観光協会御中): the address in the bracket after it is the business's, not a private person's. The name ends in a word for a
 * company or a body, or opens with 株式会社 and holds no person's name after such a word (株式会社みずほ建設の田中様 and
 * 株式会社みずほ建設田中様 are a person).
 */
const HONORIFIC_TAIL = /([^\s、。！？!?の・,]{1,16})(?:様|さま|さん|御中|殿)[（(]?\s?$/u
const ORG_WORD =
  '(?:株式会社|有限会社|合同会社|合資会社|\\(株\\)|\\(有\\)|建設|工業|産業|商店|商事|工務店|組合|協会|法人|協議会|自治会|町内会|振興会|保存会|婦人会|老人会|青年団|消防団|会社|事務所|病院|医院|クリニック|酒造|醸造|製菓|農園|本舗|運輸|電気|電工|設備|興業|工房|商会|物産|銀行|信用金庫|金庫|観光|交通|新聞社|放送|店|学園|幼稚園|保育園|小学校|中学校|高校|大学|クラブ|サークル)'
const ORG_NAME_END = new RegExp(`${ORG_WORD}$`, 'u')
const CORP_PREFIX = /^.*?(?:株式会社|有限会社|合同会社|合資会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|社会福祉法人|医療法人|NPO法人|特定非営利活動法人|\(株\)|\(有\))/u
const PERSON_AFTER_ORG = new RegExp(`${ORG_WORD}[\\p{Script=Han}々]{1,4}$`, 'u')
/** `before` without an organisation's name and its honorific at its end (株式会社みずほ建設様（). */
function withoutOrgHonorific(before: string): string {
  const m = HONORIFIC_TAIL.exec(before)
  if (!m) return before
  const name = m[1]!
  const org = ORG_NAME_END.test(name) || (CORP_PREFIX.test(name) && !PERSON_AFTER_ORG.test(name.replace(CORP_PREFIX, '')))
  return org ? before.slice(0, m.index) : before
}

/**
 * Someone's home as the topic of the sentence the address is in: お住まいは…, ご自宅は…, お家は….
 * (Up to 40 characters back, within the sentence: お住まいは支所から歩いて三分の三橋町…番地.)
 */
const HOME_TOPIC = /(?:お住まい|住まい|ご自宅|自宅|お宅|ご実家|実家|お家|おうち|住所)(?:は|が|も)[^。！？!?\n]{0,36}$/u
/**
 * Blind R331R-004 kind: the reader's or a resident's home word right before the address, in honoured words (お住まいの三橋町今古賀789番地前の側溝,
 * ご住所の…番地, ご自宅である…番地, おうちの前（…番地）): the house number is that home's, whatever public thing the reply then talks about. (Not
 * お住まいの地区の公民館（…番地）: the words before the address must be the home word and at most its particle.)
 */
const HOME_RIGHT_BEFORE = /(?:お住まい|ご住所|お住所|ご自宅|ご実家|おうち|お家)(?:の(?:前|横|裏|隣|近く|そば)?|は|が|も|である|[:：])?[ 　]?[（(]?$/u
/**
 * Round 98 (blind R99A-024): a home told by a word for a new or moved-to home as the topic, the address right after it (人事課の中島さん…。
 * 新居は三橋町高畑318番地の2のアパートやそうで, 新しいお家は…, 引っ越し先は…, 転居先が…, 家は…番地): the named person's (or the writer's) home.
 * The address follows the particle at once or after a few words with no bracket (新居が決まった方は市民課（…番地）へ is a desk's); 家 stands
 * as a word (こどもの家, 農家, 専門家 are not homes); a body or a facility named before it (事務所の引っ越し先は) is moving an office.
 */
const NEW_HOME_TOPIC =
  /(?:(?<![\p{Script=Han}])(?:新居|新宅|転居先|新住所)(?!浜)|新しい(?:お家|おうち|家|住まい|お住まい)|引っ越し先|引越し?先|(?<![\p{L}\p{N}])(?:わが家|我が家|家))(?:は|が|も)[、, ]?[^。！？!?\n、,（(「]{0,12}$/u
const NEW_HOME_NOT = /市役所|役場|庁舎|支所|センター|公民館|館|学校|事務所|事務局|会社|協会|組合|法人|本社|店|課|係|施設/u
function newHomeTopic(t: string, s: number): boolean {
  const before = t.slice(Math.max(0, s - 24), s)
  const m = NEW_HOME_TOPIC.exec(before)
  return m !== null && !NEW_HOME_NOT.test(sentenceBefore(t, Math.max(0, s - 24) + m.index).slice(-16))
}

/**
 * Round 98 (blind R98A-095): a filled-in form of a real person shown field by field (申込書の一部をご紹介します。⏎氏名：牛島 和子⏎生年月日：
 * 昭和17年3月2日⏎住所：柳川市大和町塩塚503番地): the address on its labelled line (住所：, ご住所　) in a block of lines (no blank line, up to
 * five lines either way) that also gives a person's name field with a name or a birth-date field: that person's record, whatever it is
 * called (書き方の参考, ご紹介). A sample said to be one (記入例 heading, ※上記は記入例です), a placeholder (○○ ○○, ○○町123番地) or a facility's
 * block (名称：柳川市民会館⏎住所：…) is not this.
 */
const ADDRESS_FIELD_LINE = /(?:^|\n)[ \t]{0,4}(?:[・■□●○◆◇*-][ \t]{0,2})?[【\[]?(?:ご?住所|現住所)[】\]]?(?:[ \t]{0,3}[:：][ \t]{0,3}|[ \t]{1,3})$/u
const RECORD_FIELD =
  /^[ \t]{0,4}(?:[・■□●○◆◇*-][ \t]{0,2})?[【\[]?(?:(?:申込者|申請者|届出人|相談者)?(?:氏名|お名前)(?![\p{Script=Han}])[】\]]?[ \t]{0,3}[:：]?[ \t]{0,3}(?![○〇◯●×✕■□△*＊])[\p{Script=Han}々ヶ]{1,4}[ \t]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}(?:[ \t]{0,2}(?:様|さん))?[ \t]{0,2}$|(?:生年月日|誕生日)[】\]]?[ \t]{0,3}[:：]?[ \t]{0,3}(?:昭和|平成|令和|大正|[0-9]{4}年|[0-9]{4}[/.-])[^\n]{0,16}$)/u
function inPersonRecord(t: string, s: number, tailEnd: number): boolean {
  if (!ADDRESS_FIELD_LINE.test(lineBefore(t, s, 24))) return false
  const from = t.lastIndexOf('\n', s - 1)
  let to = t.indexOf('\n', tailEnd)
  if (to < 0) to = t.length
  const lines = t.split('\n')
  const at = t.slice(0, from + 1).split('\n').length - 1
  for (const step of [-1, 1]) {
    for (let k = at + step, n = 0; n < 5 && k >= 0 && k < lines.length; k += step, n++) {
      const line = lines[k]!
      if (line.trim() === '') break
      if (RECORD_FIELD.test(line)) return !isExampleValue(t, s, tailEnd) && !/記入例|記載例|見本|サンプル|架空|ダミー/u.test(line)
    }
  }
  return false
}

/**
 * Round 50: a named person's home said in everyday words earlier in the sentence (先輩移住者の堤さんちにおじゃまするよ〜 柳川市三橋町
 * 江曽祢417-3 の古民家, 古賀さん家に集合！ 大和町中島520番地, 江口様のお宅は沖端町12番地3): the house number is that home's.
 * (Not 皆さんのお宅: everyone's; not くんち, the festival; not when a facility or a shop is named between the home and the
 * address, 堤さんちの柿を三橋公民館（…417-3）で.)
 */
const NAMED_HOME =
  /([\p{Script=Han}々]{1,4}|[ァ-ヶー]{2,6}|(?<=^|[\s、,。「『（(・]|の)[ぁ-ゖ]{2,5})(?:(?:さん|ちゃん)(?:ち(?![ゃゅょぁぃぅぇぉ])|んち|家|宅|邸|とこ)|(?:様|さま)(?:宅|方|邸)|(?:さん|ちゃん|くん|君|様|さま)(?:のとこ|のところ|のお宅|のおうち|のお家|の家|のご自宅|の自宅|のご実家|の実家))(?![\p{Script=Han}])/gu
const NOT_HOME_OWNER = /(?:皆|各|みな|みんな)$/u
/** A public place or a business named between the home and the address: the address is that place's. */
const OTHER_PLACE =
  /市役所|役場|庁舎|支所|出張所|センター|公民館|会館|館|学校|[小中]学|高校|大学|公園|駅|病院|医院|施設|体育館|図書館|ホール|プラザ|広場|神社|寺|事務所|事務局|会社|協会|組合|法人|本社|工場|交番|消防署|警察署|郵便局|保育園|幼稚園|こども園|店|会場|集合場所|カフェ|食堂|道の駅|農園|工房|直売所|売り?場|JA|農協|漁協|(?:所|場|屋|舎|堂|亭)[（(]?\s?$/u
/** A public place's or a business's name right before the bracket the address stands in (柳川市役所（, 三橋公民館（, 古賀工務店（). */
const FACILITY_BRACKET_BEFORE =
  /(?:市役所|区役所|役場|庁舎|支所|出張所|センター|公民館|会館|図書館|体育館|美術館|博物館|資料館|記念館|学校|高校|大学|公園|駅|病院|医院|ホール|プラザ|広場|神社|寺|事務所|事務局|会社|協会|組合|本社|工場|交番|消防署|警察署|郵便局|保育園|幼稚園|こども園|会場|道の駅|直売所)[ 　]?[（(][ 　]?$/u
function namedHomeBefore(t: string, at: number): boolean {
  const chunk = t.slice(Math.max(0, at - 80), at)
  const sentence = chunk.slice(Math.max(...['。', '！', '？', '!', '?', '\n'].map((c) => chunk.lastIndexOf(c))) + 1)
  let last: RegExpExecArray | null = null
  NAMED_HOME.lastIndex = 0
  for (let m = NAMED_HOME.exec(sentence); m; m = NAMED_HOME.exec(sentence)) if (!NOT_HOME_OWNER.test(m[1]!)) last = m
  return last !== null && !OTHER_PLACE.test(sentence.slice(last.index + last[0].length))
}

/**
 * Blind R172A-024 kind: the site of a named person's house told as the topic of a later sentence of its paragraph (江口 健太郎様邸の確認済証を
 * お渡ししました。建築地は柳川市…512番地3です, 田中さん宅の新築工事が始まります。⏎建設地は…番地, 古賀様邸（木造平屋）…。所在地：…): a building
 * permit or a build told by its owner's name (様邸, さん宅: how builders name a client's house), the lot where it stands given after. The topic
 * is a word of its own for the site (建築地, 建設予定地, 工事場所, 現場, 敷地, 所在地, 場所: not 集合場所), no public place or business is named
 * between the home and the address (…。集合は三橋公民館、場所は…), and the house is not a venue (完成見学会を開催, 一般公開: DWELLING_AS_VENUE).
 */
const SITE_TOPIC =
  /(?<![\p{Script=Han}ァ-ヶー])(?:建築地|建設地|建築場所|建設場所|(?:建築|建設|新築)予定地|計画地|施工場所|施工地|工事場所|工事現場|現場|所在地|敷地|場所|地番)(?:は|が|も|[:：])[ 　]?[^。！？!?\n（(「]{0,6}$/u
function siteOfNamedHome(t: string, s: number): boolean {
  const topic = SITE_TOPIC.exec(t.slice(Math.max(0, s - 16), s))
  if (!topic) return false
  const topicAt = Math.max(0, s - 16) + topic.index
  let from = Math.max(0, topicAt - 200)
  const gap = t.lastIndexOf('\n\n', topicAt)
  if (gap >= from) from = gap + 2
  const chunk = t.slice(from, topicAt)
  let last: RegExpExecArray | null = null
  NAMED_HOME.lastIndex = 0
  for (let m = NAMED_HOME.exec(chunk); m; m = NAMED_HOME.exec(chunk)) if (!NOT_HOME_OWNER.test(m[1]!)) last = m
  if (last === null || OTHER_PLACE.test(chunk.slice(last.index + last[0].length))) return false
  const stop = t.slice(s).search(/[。！？!?\n]/u)
  return !DWELLING_AS_VENUE.test(t.slice(from + last.index, stop < 0 ? t.length : s + stop))
}

/**
 * Round 64 (blind R65A-001): the house a named private person lives in, told in a warm profile (移り住まれた森田 隆さん・由美さんご夫妻…
 * 空き家バンクで出会った古民家（柳川市三橋町久末412番地）を、お二人で改修されています): a dwelling (古民家, 町家, 一軒家, 新居, 住まい, …家)
 * with its house number in the bracket after it, as its topic (新居は…番地) or after it (…番地の古民家に), in a paragraph that names
 * the person before it, and a sentence (or the one before) telling that they live there, moved in or do it up. The person may be named
 * a sentence or two back, out of PERSONAL_BEFORE's reach. A house kept as a public place (古民家カフェ, ○○の家, 市営住宅, お試し住宅,
 * 旧○○家) or a dwelling used as a venue (…で体験会を開催, 内覧会, オープン) tells no one's home.
 */
const DWELLING = String.raw`(?:古民家|民家|町家|町屋|空き家|空家|一軒家|一戸建て?|戸建て?|平屋|(?<!(?:市営|県営|町営|村営|公営|お試し|体験|モデル|復興|応急|仮設|家|教員|職員)[ 　]?)住宅|新居|新宅|住まい|住居|自宅|実家|借家|貸家|アパート|マンション|下宿|社宅|学生寮|(?<![\p{Script=Han}])寮|マイホーム|わが家|我が家|(?<![のノ旧]|[旧][\p{Script=Han}]{1,3})(?<=[\p{Script=Han}ぁ-ゖ])家)`
const DWELLING_BEFORE = new RegExp(`${DWELLING}(?:[（(]|(?:は|が|も)[、 ]?[^。！？!?\\n（(]{0,12})$`, 'u')
const DWELLING_AFTER = new RegExp(`^[ 　]?(?:に(?:ある|建つ)|の)[^。！？!?\\n、]{0,8}?${DWELLING}`, 'u')
/**
 * They live there, moved in, or do the house up (移り住む, 暮らす, 改修, 手直し, 購入, 引っ越し).
 * Blind R275W-010 kind: or set out from it each day (…番地のアパートから大学に通っている, 社宅から通勤): a rented flat or a student's lodging
 * (アパート, マンション, 下宿, 寮) with its house number is where the named person lives, in any city.
 */
const LIVES_THERE = /(?:から|より)[^。！？!?\n]{0,12}?(?:通って|通い|通う|通学|通勤)|住ま|住ん|住む|住み|暮らし|暮らす|暮らせ|移住|移り住|越して|越され|越してこ|引っ越|引越|転居|入居され|定住|改修|リフォーム|リノベ|手直し|直しながら|直して|購入|買い取|買われ|譲り受け/u
/** The dwelling used as a public place or a venue in the address's sentence. */
const DWELLING_AS_VENUE = /集会所|公民館|センター|施設|拠点|カフェ|店|宿|民泊|ゲストハウス|工房|ギャラリー|資料館|記念館|営業|開業|オープン|会場|開催|開きます|体験会|体験を|教室|イベント|相談会|見学会|内覧会|ワークショップ|公開|一般開放|募集|文化財|名勝|史跡/u
/** Role words before an honorific that name nobody (移住者さん, 参加者の皆さん, 店員さん). */
const ROLE_HONORIFIC = /(?:者|員|長|方|手|皆)(?:さん|様|さま)/gu
/** A household after the honorific (田中さん一家, 森田さんご夫妻 reads already): the name before it is a person's. */
const HOUSEHOLD_AFTER_NAME = /(?<=さん|様|さま)(?:一家|夫妻|夫婦|家族|親子|兄弟|姉妹)/gu
/**
 * Blind R275W-010 kind: a rented flat or a student's lodging right after the house number (…西新3丁目12-7のアパートから大学に通って,
 * …番地のマンションに住んで, …の下宿で暮らして), with someone living there or setting out from it each day told in its sentence: a
 * home, whoever's it is and in whatever city, even when the person is named in another paragraph. Not a flat let or shown (入居者募集,
 * 内覧会, モデルルーム: DWELLING_AS_VENUE and RENTED_OFFER).
 */
const RENTED_HOME_AFTER = /^[ 　]?の[^。！？!?\n、]{0,8}?(?:アパート|マンション|下宿|社宅|学生寮|(?<![\p{Script=Han}])寮)(?:の[^。！？!?\n、]{0,6}?)?(?:から|に|で)/u
const RENTED_OFFER = /募集|入居者|空室|空き部屋|賃貸|分譲|販売|モデルルーム|内覧|見学|物件|(?:住む|住んで(?:いる|おられる)|お住まい|暮らす|暮らして(?:いる|おられる))(?:の)?(?:方|かた|皆|みな|住民|世帯|ご家庭)|対象|説明会/u
function rentedHomeAfter(t: string, s: number, tailEnd: number): boolean {
  if (!RENTED_HOME_AFTER.test(t.slice(tailEnd, tailEnd + 24))) return false
  const from = sentenceStartAt(t, s)
  const stop = t.slice(tailEnd).search(/[。！？!?\n]/u)
  const sentence = t.slice(from, stop < 0 ? t.length : tailEnd + stop)
  return LIVES_THERE.test(sentence) && !DWELLING_AS_VENUE.test(sentence) && !RENTED_OFFER.test(sentence)
}
function homeOfNamed(t: string, s: number, tailEnd: number): boolean {
  if (!DWELLING_BEFORE.test(t.slice(Math.max(0, s - 40), s)) && !DWELLING_AFTER.test(t.slice(tailEnd, tailEnd + 20))) return false
  const from = sentenceStartAt(t, s)
  const stop = t.slice(tailEnd).search(/[。！？!?\n]/u)
  const end = stop < 0 ? t.length : tailEnd + stop
  if (DWELLING_AS_VENUE.test(t.slice(from, end))) return false
  // The sentence before: skip the marks that end it (。⏎), then back to its start.
  let prevEnd = from
  while (prevEnd > 0 && /[。！？!?\n\s]/u.test(t[prevEnd - 1]!)) prevEnd--
  if (!LIVES_THERE.test(t.slice(prevEnd > 0 ? sentenceStartAt(t, prevEnd) : from, end))) return false
  return namesPerson(t.slice(Math.max(0, s - 240), s).replace(ROLE_HONORIFIC, '').replace(HOUSEHOLD_AFTER_NAME, ''))
}

/**
 * Team R359G-059 kind: a house-level address in brackets right after a dwelling told by its building and room number (ハイツ有明203号室（柳川市
 * …765-2）, メゾン城内 2階201号（…）, 本町のアパート102（…）), or after a dwelling's building with a private person named right after the
 * bracket (コーポ白鷺（…番地）の古賀様から): a household's home, a complainant's or a resident's, not a place's address in brackets (御花（…）,
 * 市民会館201号室（…）: a hall's room is no dwelling). Bounded windows: 24 characters before the bracket, 16 after it.
 */
const FLAT_ROOM_BRACKET =
  /(?:マンション|コーポ|ハイツ|アパート|荘|レジデンス|メゾン|ハイム|団地|(?<!市営|県営|町営|公営)住宅|寮|長屋|貸家)[^\s（）()、。]{0,10}?[ 　]?(?:[0-9０-９]{1,2}階[ 　]?)?(?:[0-9０-９]{2,4}|[〇一二三四五六七八九十百]{2,6})(?:号室|号|(?=[ 　]?[（(]))[ 　]?[（(][ 　]?$/u
const FLAT_BRACKET = /(?:マンション|コーポ|ハイツ|アパート|荘|レジデンス|メゾン|ハイム|団地|住宅|寮|長屋|貸家)[^\s（）()、。]{0,10}?[ 　]?(?:[0-9０-９]{1,4}(?:号室|号)?)?[ 　]?[（(][ 　]?$/u
const PERSON_AFTER_BRACKET = /^[ 　]?[)）][ 　]?(?:に住む|にお住まいの|在住の|の)[ 　]?[\p{Script=Han}ァ-ヶー々]{1,5}[ 　]?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}[ 　]?(?:様|さん|さま(?![ざ々])|氏)/u
const FACILITY_ROOM = /(?:会館|センター|公民館|庁舎|館|ホテル|旅館|ビル|病院|学校|施設)[^\s（）()、。]{0,6}?[0-9０-９〇一二三四五六七八九十百]{1,6}号室?[ 　]?[（(][ 　]?$/u
function flatBeforeBracket(t: string, s: number, tailEnd: number): boolean {
  const before = t.slice(Math.max(0, s - 24), s)
  if (!/[（(][ 　]?$/u.test(before) || FACILITY_ROOM.test(before)) return false
  return FLAT_ROOM_BRACKET.test(before) || (FLAT_BRACKET.test(before) && PERSON_AFTER_BRACKET.test(t.slice(tailEnd, tailEnd + 16)))
}

/** The field label 住所 with the address in brackets after it (住所（大和町中島1520番地）): a label, not a place's name. */
const ADDRESS_LABEL_BRACKET = /(?:住所|現住所|ご住所|お住まい|居所|自宅)[（(]$/u
/**
 * A person's record told with the address (ご本人確認のため伺った生年月日（昭和28年5月3日）と住所（…）, 氏名・生年月日・住所):
 * a birth date with its day, a name field, or details the person gave the city.
 */
const PERSON_RECORD =
  /生年月日|誕生日|(?:お名前|氏名)[（(:：]|ご本人|伺った|うかがった|お聞きした|ご記入いただいた|ご登録いただいた|お届けいただいた|ご申告いただいた|申請者|相談者|申込者/u

/**
 * Round 60 (blind R60A-039): a private person listed by full name with no honorific (a winners list 敬称略, a roster) and their
 * house-level address in the bracket right after the name or after a space (最優秀賞　西田 真理子（柳川市大和町鷹ノ尾623-2）,
 * 入選：古賀 ひろみ 柳川市沖端町12番地3). The name is a family name and a given name parted by a space, at the start of the
 * line or after a label, a list mark or a comma; or a name without the space right after a prize or a role in such a list
 * (佳作　堤和夫（…）). A place's name written in two words (柳川市役所 本庁舎, うなぎ処 本吉屋, 喫茶 蔵) ends in a word for a
 * place or a business, or starts with one; a line that opens with 会場 or 場所 gives a venue.
 */
const NAME_START = '(?<=^|[\\s:：、,・/／●■◆◇○◎☆★\\-])'
const FAMILY = '[\\p{Script=Han}々ヶ]{1,3}'
const GIVEN = '[\\p{Script=Han}々ぁ-ゖァ-ヶー]{1,4}'
const SPACED_NAME = new RegExp(`${NAME_START}(${FAMILY}) (${GIVEN})$`, 'u')
/** A prize or a role heading one name of a list: 最優秀賞, 入選, 佳作, 受賞者：, 代表. */
const LISTED_ROLE = /(?:賞|入選|入賞|佳作|受賞者|入賞者|当選者|優勝|準優勝|代表者?|氏名)\s?[:：]?\s?([\p{Script=Han}々ヶ]{2,5})$/u
const NOT_FAMILY =
  /^(?:喫茶|茶房|珈琲|食堂|料亭|割烹|旅館|民宿|寿司|鮨|焼肉|酒場|蕎麦|菓子|和菓子|洋菓子|工房|雑貨|本店|支店|本社|支社|会場|場所|集合|受付|住所|所在地|窓口|担当|水郷|旧|新|元|市|県|町|村|地区|校区|道の駅|直売所|農園|株式会社|有限会社)$/u
const NOT_GIVEN_END =
  /(?:課|係|室|所|館|園|校|店|屋|亭|堂|庵|舎|荘|院|社|会|部|局|署|場|寺|宮|駅|港|橋|邸|家|宅|城|塾|処|庁|階|前|内|横|裏|跡|碑|像|庭|苑|閣|廟|塔|門|倉庫|住宅|川|町|市|村|区|県|地区|公園|広場|神社|組合|協会|法人|会社|団|隊|班|本舗|商店|商事|建設|工業|産業|観光|交通|酒造|醸造|製菓|センター|ホール|プラザ|ハウス|ホテル|カフェ|ファーム|ショップ|キッチン|ベーカリー|マルシェ)$/u
const VENUE_LINE = /会場|場所|所在地|集合|開催地|住所|施設|庁舎|支所|宛先|送付先|提出先|応募先|記入例|記載例|見本|例[:：)）]|\(例|（例|例えば/u
function listedName(t: string, s: number, tailEnd: number): boolean {
  if (!/^\s?(?:[)）、,・]|\s|$)/u.test(t.slice(tailEnd, tailEnd + 2))) return false
  const bracket = s > 0 && /[（(]/u.test(t[s - 1]!)
  // The rest of the bracket names a place or a body (（柳川市本町87番地1 柳川市役所）): the person's workplace, not their home.
  // (An occupation told of the person, 会社員, 店員, is no place.)
  if (bracket && FACILITY_CONTEXT.test(/^[^)）\n]{0,30}/u.exec(t.slice(tailEnd))![0].replace(/(?:会社|社|職|店|教|会|団|公務|組合)員|自営業/gu, ''))) return false
  const line = lineBefore(t, bracket ? s - 1 : s, 40)
  const head = bracket ? line : line.replace(/[ :：]{1,3}$/u, '')
  if (!bracket && head === line) return false
  const m = SPACED_NAME.exec(head)
  let nameAt: number
  if (m) {
    if (NOT_FAMILY.test(m[1]!) || NOT_GIVEN_END.test(m[2]!)) return false
    nameAt = m.index
  } else {
    const r = bracket ? LISTED_ROLE.exec(head) : null
    if (!r || NOT_GIVEN_END.test(r[1]!)) return false
    nameAt = r.index
  }
  return !VENUE_LINE.test(head.slice(0, nameAt))
}

/**
 * Round 63 (blind R63A-072): a house number with 先 or 地先 after it (三橋町高畑245番地先〜同312番地先, 本町1丁目2番3号地先の市道,
 * 12番地先から): the road or the waterway in front of that lot, the usual way a road-works, closure or accident notice places a
 * stretch of public road. No home is told by it, so a bare one is not reported; a home or a person tied to it (245番地先の田中様宅,
 * 245番地先にお住まいの古賀さん) still is. (先生, 先輩, 先祖, 先方 after a number are no 地先.)
 */
const ROADSIDE_AFTER = /^[ 　]?地?先(?![生輩祖方日週月])/u
/**
 * Round 118 (blind R118A-095): a house number placing a public work or a piece of public infrastructure near it (三橋町正行431番地付近の
 * 農業用水路で護岸改修工事, …123番地周辺の市道で舗装工事, …45番地付近で通行止め, …12番地地内の側溝): the site of a works, closure or
 * repair notice, no home. A home or a person tied to the number is read before this (…431番地付近の田中様宅前の水路), and a home word
 * in the few words between keeps it (…番地の家の前の水路).
 */
const PUBLIC_SITE_AFTER =
  /^[ 　]?(?:地内|付近|周辺|近く|近辺|一帯|沿い|地先)?(?:の|で|に|を|にて|から)?[ 　]?[^。！？!?\n宅家様方住]{0,8}?(?:用水路|排水路|水路|側溝|クリーク|堀割|掘割|市道|県道|国道|町道|農道|林道|道路|歩道|交差点|橋梁|堤防|護岸|河川|ため池|水門|樋門|排水機場|ポンプ場|踏切|カーブミラー|防犯灯|街路灯|街灯|ガードレール|水道管|下水道|マンホール|消火栓|(?:改修|補修|修繕|舗装|架け替え|掘削|埋設|撤去)?工事|通行止め|通行規制|交通規制|片側交互通行)/u

/**
 * Round 74 (blind R74A-104): an address read off a person's document or belonging and reported as what is written on it (母子健康手帳の忘れ物
 * …住所欄に「柳川市西蒲池１２３４番地３」と記載があります, 拾った財布の診察券に「…番地」と書かれていました, 封筒の宛名には…番地って書いてあった):
 * the holder's home, given to everyone reading the notice that looks for them. Read when a report of writing follows the address
 * (と記載があります, と書かれて, と書いてあった, とありました, の記載が, って書いとった) and either an address field of a document is named right
 * before it (住所欄に, 宛名には, 差出人：) or the paragraph tells of a lost or found belonging (落とし物, 忘れ物, 拾った, お預かり, 財布, 手帳).
 * A request to write one (住所欄に「…」と記載してください), an example (「…」のように), a quoted mention (「…」といった書き込み) and a facility named
 * inside the same quotation (「三橋公民館（…番地）」と書かれたチラシ) are not this.
 */
const ADDRESS_FIELD_BEFORE = /(?:住所欄|住所の欄|住所記入欄|ご?住所|現住所|宛名|あて名|宛先|差出人|送り主|表書き)(?:欄)?(?:に|には|は|が|にも|も|[:：])?[ 　]?[「『"]?[ 　]?$/u
/*
 * Blind R185A-037: how it was written may stand between (「…321-5 西田ひかり」ってじょうずに書いてあった, と丁寧に書かれて, ときれいに印刷され):
 * one adverb of manner in kana or kanji, ending in に, く or と.
 */
const WRITTEN_REPORT =
  /^[^」』"\n。]{0,24}?[」』"]?[ 　]?(?:と|って|っち|ち(?=[ 　]?書)|の)[ 　]?(?:(?:[ぁ-ゖ]{2,5}|[\p{Script=Han}]{1,3}[ぁ-ゖ]{0,2})(?<=[にくと])[ 　]?(?=書|か|印|手))?(?:記載(?:が|も|され|して(?:あ|い|お))|記入(?:が|も|され|して(?:あ|い|お))|書(?:か|い)(?:れ|て(?:あ|い|お)|と|ちょ)|かかれ|かいて(?:あ|い)|印字|印刷され|手書きされ|あり(?:ます|ました|まし)|あった|ある(?:ので|けん|から|[。、]))/u
/* Blind R185A-037: a letter sent to the city, its envelope read out (お手紙がとどいたよ…ふうとうに「…」って書いてあった): the sender's home. */
const BELONGING_CONTEXT =
  /落とし物|落し物|落とし主|忘れ物|遺失物|拾得|拾っ|拾わ|拾い|届けられ|お預かり|預かって|財布|手帳|診察券|保険証|免許証|学生証|名札|定期券|通帳|キャッシュカード|郵便物|封筒|ふうとう|フウトウ|手紙|てがみ|便せん|便箋|年賀状|はがき|ハガキ|小包|荷物|かばん|カバン|バッグ|リュック/u
function writtenOnBelonging(t: string, s: number, tailEnd: number): boolean {
  const after = t.slice(tailEnd, tailEnd + 40)
  if (!WRITTEN_REPORT.test(after)) return false
  const line = lineBefore(t, s, 40)
  // A facility or a body named inside the same quotation: the place's address printed on a leaflet.
  const open = Math.max(line.lastIndexOf('「'), line.lastIndexOf('『'))
  const quoted = open >= 0 && line.lastIndexOf('」') < open ? line.slice(open + 1) : ''
  const closeAt = after.search(/[」』]/u)
  if (FACILITY_CONTEXT.test(quoted + (closeAt >= 0 ? after.slice(0, closeAt) : ''))) return false
  return ADDRESS_FIELD_BEFORE.test(t.slice(Math.max(0, s - 12), s)) || BELONGING_CONTEXT.test(t)
}

const EXAMPLE_AFTER_QUOTE = /^[」』](?:のような|のように|などの|などと|といった|みたいな|のごと|という(?:形式|書き方|書き込み|投稿))/u
function quotedExample(t: string, s: number, tailEnd: number): boolean {
  const line = lineBefore(t, s, 40)
  if (Math.max(line.lastIndexOf('「'), line.lastIndexOf('『')) <= Math.max(line.lastIndexOf('」'), line.lastIndexOf('』'))) return false
  const close = /^[^「『」』\n。]{0,20}[」』]/u.exec(t.slice(tailEnd, tailEnd + 24))
  if (close !== null && SAMPLE_DECLARED_AFTER_QUOTE.test(t.slice(tailEnd + close[0].length - 1, tailEnd + close[0].length + 80))) return true
  return close !== null && EXAMPLE_AFTER_QUOTE.test(t.slice(tailEnd + close[0].length - 1, tailEnd + close[0].length + 8))
}
/**
 * Blind LL-004 kind: values quoted one after another and declared a sample in the same sentence (記入例の「柳川 太郎」「本町87番地1」は見本用の
 * 記載です, 「…番地」は架空の住所です): the form's sample, not anyone's home.
 */
const SAMPLE_DECLARED_AFTER_QUOTE =
  /^[」』](?:[ 　、・]?[「『][^「『」』\n]{1,24}[」』]){0,3}[ 　]?(?:は|が|も)(?:すべて|全て|いずれも)?(?:あくまで(?:も)?)?(?:見本|記入例|記載例|入力例|サンプル|架空|ダミー)/u

/** A place written before a house number set off by a space: a town or district after the city's or town's word (柳川市西蒲池, 三橋町高畑). */
const SPACED_PLACE = /[市町村区郡][\p{Script=Han}ァ-ヶー々ヶノ]{1,8}$/u

/** Labels that introduce a place (会場：, 集合場所：, 所在地：). */
const VENUE_LABEL = /(?:会場|場所|所在地|会館|施設|集合|開催地|住所|所)$/u

const compact = (s: string) => s.normalize('NFKC').replace(/[\s\-‐－−ー]/g, '').replace(/番地の?|番|号/g, '-').replace(/-+$/, '')
const addressLists = new WeakMap<Policy, string[]>()
function allowedAddresses(policy: Policy): string[] {
  let list = addressLists.get(policy)
  if (!list) addressLists.set(policy, (list = policy.contacts.addresses.map(compact)))
  return list
}

/**
 * A private home pointed out by its surroundings instead of a house number: 西蒲池郵便局の裏手、青い屋根の
 * 平河様のお宅, 公民館の向かいの古賀さん宅, 江口様宅（漁港の北、赤い屋根のお宅）, or by its district as where to go
 * (大和町中島の江口様宅にお届けください). Anyone can walk there: a private address (block).
 * Blind R257P-032 kind: or by the surname on its mailbox or nameplate after a road, a landmark or its roof (…の県道沿い、緑の屋根で
 * 郵便受けに「坂田」とあるお宅): directions to one family's door, the name read off the door itself.
 */
const HOME_BY_LANDMARK =
  /[\p{Script=Han}ァ-ヶー]{2,12}(?:の裏手|の裏|の隣|のとなり|の向かい|の真向かい|の斜め向かい|の前|の近く|の奥|の角|の並び)[、,]?[^。！？!?\n]{0,16}?[\p{Script=Han}ァ-ヶー]{1,6}(?:様|さん|さま)(?:の)?(?:お宅|宅|ご自宅|自宅|お家|家)|[\p{Script=Han}ァ-ヶー]{1,6}(?:様|さん|さま)(?:の)?(?:お宅|宅|ご自宅|自宅|お家|家)[（(][^（()）\n]{0,24}?(?:の(?:裏手|裏|隣|となり|向かい|真向かい|斜め向かい|前|近く|奥|角|並び|北|南|東|西|北側|南側|東側|西側|手前|先)|屋根|色の(?:家|お宅|建物)|の(?:家|お宅|建物)(?:です)?[)）])[^（()）\n]{0,16}[)）]|(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}(?:町|村)[\p{Script=Han}]{0,3}の[\p{Script=Han}]{1,4}(?:様|さん|さま)(?:の)?(?:お宅|宅|ご自宅|自宅|お家)(?=(?:に|へ|まで|の(?:玄関|前|ポスト))[^。！？!?\n]{0,10}?(?:届け|持ち|持って|お越し|来て|集ま|集合|提出|返却|返して|送って|送付|投函|入れて))|(?:沿い|の角|の裏手|の裏|の隣|のとなり|の向かい|の前|の並び|屋根|外壁|塀|瓦)[^。！？!?\n]{0,16}?(?:郵便受け|郵便ポスト|ポスト|表札|ネームプレート|門札)(?:に|には|は)[「『]?[\p{Script=Han}ァ-ヶー]{1,6}(?:さん|様)?[」』]?(?:と|って)(?:ある|あります|書かれた|書かれている|書いてある|出ている|出た|かかった|掛かった|かかっている|掛かっている)(?:お宅|家|住宅|民家|ご自宅|おうち|お家)/gu

/**
 * Round 44: a home pointed out without a name, counted from a landmark (公民館から南へ2軒目の, 角から三軒目、…のお宅) or set by a
 * landmark and its look (郵便局の裏の、赤い屋根の家), in a sentence that ties it to a trouble (ごみ, 苦情, 指導, 騒音): the
 * neighbours know whose home it is, and the post tells everyone what the city holds against it (block). A home counted
 * or described for no trouble (公民館から2軒目のお宅で味噌づくり体験), and a shop or a lot (2軒目のお店, 空き地), are not reported.
 */
const COUNTED_FROM =
  '[\\p{Script=Han}ァ-ヶー]{1,12}(?:から|より)(?:[東西南北]{1,2}(?:へ|に|方向へ|方向に|側へ|側に)?|右(?:へ|に)|左(?:へ|に)|(?:川|道|堀)沿いに)?[0-9一二三四五六七八九]{1,2}(?:軒目|軒先|件目)'
const BESIDE = '[\\p{Script=Han}ァ-ヶー]{2,12}の(?:裏手|裏|隣|となり|向かい|真向かい|斜め向かい|角|並び|北側|南側|東側|西側)'
const LOOK = '(?:[赤青白黒緑茶黄]色?い?|[\\p{Script=Han}ァ-ヶー]{1,4}(?:色|造り|建て)の)[^。！？!?\\n、]{0,6}?(?:屋根|外壁|壁|塀|門|瓦|生け垣|生垣)'
const UNNAMED_HOME = '(?:お宅|家|住宅|民家|ご家庭|世帯|宅)(?![\\p{Script=Han}])'
const HOME_POINTED = new RegExp(`(?:${COUNTED_FROM}[^。！？!?\\n]{0,16}?|${BESIDE}[、,]?[^。！？!?\\n]{0,8}?${LOOK}[^。！？!?\\n]{0,4}?の)${UNNAMED_HOME}`, 'gu')
/** What the city holds against a home: a trouble, a complaint, guidance given. */
const HOME_TROUBLE = /ごみ|ゴミ|苦情|クレーム|指導|騒音|悪臭|異臭|鳴き声|うるさ|迷惑|放置|通報|不法投棄|野焼き|滞納|トラブル|違反|勧告|害虫|雑草|草木|(?:という|との)(?:ご)?相談/u

function homesPointedOut(doc: Doc, t: string, emit: Emit, out: Span[]): void {
  if (!/軒|屋根|壁|塀|門|瓦|生け?垣/u.test(t) || !HOME_TROUBLE.test(t)) return
  for (const m of t.matchAll(HOME_POINTED)) {
    // The sentence of the home and the next one (…のお宅のごみの件は…。近隣の皆様にはご迷惑を…).
    const from = Math.max(t.lastIndexOf('。', m.index), t.lastIndexOf('\n', m.index)) + 1
    const stop = t.slice(m.index + m[0].length).search(/[。！？!?\n]/u)
    const end = stop < 0 ? t.length : m.index + m[0].length + stop + 1
    const next = t.slice(end).search(/[。！？!?\n]/u)
    if (!HOME_TROUBLE.test(t.slice(from, next < 0 ? t.length : end + next + 1))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    if (out.some((s) => s.start < span.end && span.start < s.end)) continue
    out.push(span)
    emit({ rule: 'personal-info/address', start: span.start, end: span.end, severity: 'block', data: { what: '名前はなくても目印・軒数・外観で分かる家の場所' } })
  }
}

function homesByLandmark(doc: Doc, t: string, emit: Emit, out: Span[]): void {
  homesPointedOut(doc, t, emit, out)
  if (!/お宅|宅|自宅|お家|家|おうち/u.test(t) || !/様|さん|さま|郵便受け|ポスト|表札|ネームプレート|門札/u.test(t)) return
  HOME_BY_LANDMARK.lastIndex = 0
  for (const m of t.matchAll(HOME_BY_LANDMARK)) {
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    if (out.some((s) => s.start < span.end && span.start < s.end)) continue
    out.push(span)
    emit({ rule: 'personal-info/address', start: span.start, end: span.end, severity: 'block', data: { what: '目印で示された個人の家の場所' } })
  }
}

/**
 * Round 70 (blind R70A-020): a private owner named in the bracket right after a lot or a house number (今古賀312番・313番（江崎 正和 様）,
 * 沖端町12番地3（所有者 古賀 ひろみ様）, 蒲池410番の1（堤様所有）): a schedule of boundary surveys or land purchases that ties each person
 * to their land. The name is a family name (and a given name), with an honorific; a role (担当, 講師, 所有者の皆様) or a business's name
 * (みずほ建設様) is no private owner.
 */
const OWNER_NAME = '(?![皆各ごお])[\\p{Script=Han}\\p{Script=Katakana}ー々ヶ]{1,4}(?:[ 　]?[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々]{1,4})?'
const OWNER_BRACKET_AFTER = new RegExp(
  `^[ 　]?[（(][ 　]?(?:(?:土地)?(?:所有者|地権者|持ち主|名義人?|共有者)[ 　:：]?)?(${OWNER_NAME})[ 　]?(?:様|さん|さま|氏|殿)(?:[ 　]?(?:ほか|他)[0-9一二三四五六七八九]{0,2}名?)?(?:[ 　]?(?:所有|名義|の土地))?[ 　]?[)）]`,
  'u',
)
/** Words that end a role or a body, not a name (担当者, 所有者, 代表, 事務局), or a phrase read as one (所有者の皆様). */
const NOT_OWNER_NAME = /^(?:担当|講師|案内|連絡|問い?合|受付|司会|進行|代表|会長|区長|班長|係長|課長|市長|委員)|(?:者|員|長|方|手|主|人|係|課|局|皆|各)$|[のはがをにでと]/u
function ownerInBracketAfter(t: string, tailEnd: number): boolean {
  const m = OWNER_BRACKET_AFTER.exec(t.slice(tailEnd, tailEnd + 32))
  if (!m) return false
  const name = m[1]!.replace(/[ 　]/gu, '')
  return !NOT_OWNER_NAME.test(m[1]!) && !NOT_OWNER_NAME.test(name) && !ORG_NAME_END.test(name)
}

/**
 * Round 70 (blind R70A-020): a land lot (地番) written the way a cadastral survey, a boundary check or a land purchase names it, a place
 * and a number with 番 and no 番地 or 号 (今古賀312番, 大字蒲池字北屋敷410番の1, 312番・313番), tied to its private owner: named in the bracket
 * after it, after a label (所有者は堤 正一様), or right before it in the line (江崎 正和 様　今古賀312番, 江口さんの土地、蒲池410番). The lot tells
 * where the person's land is, and a schedule tells when they will stand on it. Read only in a paragraph about land (地籍, 境界, 立会い, 土地,
 * 所有者, 測量, 用地) or with a district's name (…町, 字); a number with 番 after a counter or a queue (整理券12番, 窓口3番, 打順1番, 背番号10番),
 * a range (1200番台, 312番〜341番) and a lot with no owner named (今古賀312番付近で測量) are not reported.
 */
const LAND_CONTEXT = /地籍|地番|一筆|筆界|境界|立会|立ち会|土地|所有者|地権者|登記|測量|用地|農地|山林|宅地|田畑|圃場|ほ場|分筆|合筆/u
/** (A house number with 番地 is the main loop's: there a named owner in the bracket after it blocks too.) */
const LOT_NO = '[0-9]{1,5}番(?!地)(?:(?:の|-)[0-9]{1,4}|[0-9]{1,4}(?![0-9号]))?'
const LOT_RUN = new RegExp(
  `(?<=[\\p{Script=Han}ァ-ヶー々])${LOT_NO}(?:[ 　]?[・、,/][ 　]?(?:同)?${LOT_NO}){0,8}(?![0-9号台目線手組館棟車口窓]|[ 　]?(?:〜|~|-|から|まで|以[上下降]|付近|周辺|一帯))`,
  'gu',
)
/** What ends a counter, a queue or a body before a number, not a place (整理券, 窓口, 打順, 背番号, 町内会). */
const NOT_LOT_PLACE = /(?:番号|番|号|順|口|目|第|券|付|席|棟|区画|車|線|回|位|組|班|者|員|長|係|課|室|台|便|機|会|団|隊|部|局|所|館|場|店|戦|試合|賞|曲|式|問|題|日|月|年|時|分|秒|歳|円|人|名|件|枚|本|点|位)$/u
const PLACE_CHAR = /[\p{Script=Han}ァ-ヶー々]/u
const OWNER_BEFORE_LOT = new RegExp(
  `(${OWNER_NAME})[ 　]?(?:様|さん|さま|氏|殿)(?:の|ご)?(?:(?:所有(?:する|の)?|名義の)?(?:土地|所有地|田|畑|農地|山林|宅地|敷地)|所有)?[ 　、,:：（(は]{0,3}$`,
  'u',
)
function lotsOfOwners(doc: Doc, t: string, emit: Emit, out: Span[]): void {
  if (!/[0-9]番/u.test(t)) return
  const land = LAND_CONTEXT.test(t)
  LOT_RUN.lastIndex = 0
  for (let m = LOT_RUN.exec(t); m; m = LOT_RUN.exec(t)) {
    let s = m.index
    const lo = Math.max(0, s - 12)
    while (s > lo && PLACE_CHAR.test(t[s - 1]!)) s--
    const place = t.slice(s, m.index)
    if (place.length < 2 || NOT_LOT_PLACE.test(place)) continue
    if (!land && !/[町村字]/u.test(place)) continue
    if (RANGE_BEFORE.test(t.slice(Math.max(0, s - 3), s))) continue
    const end = m.index + m[0].length
    // A business thanked with an honorific before it (㈱ヤナガワ様（…）) owns no private land.
    const before = OWNER_BEFORE_LOT.exec(withoutOrgHonorific(lineBefore(t, s, 40)))
    const owner =
      ownerInBracketAfter(t, end) ||
      OWNER_AFTER.test(t.slice(end, end + 24)) ||
      PROPERTY_OWNER_AFTER.test(t.slice(end, end + 40)) ||
      (before !== null && !NOT_OWNER_NAME.test(before[1]!) && !ORG_NAME_END.test(before[1]!.replace(/[ 　]/gu, '')))
    if (!owner) continue
    const span = doc.fromNorm(s, end)
    if (out.some((o) => o.start < span.end && span.start < o.end)) continue
    out.push(span)
    emit({ rule: 'personal-info/address', start: span.start, end: span.end, severity: 'block', data: { what: '所有者の名前と結びついた土地の地番' } })
  }
}

/** The sentence before `at`, up to it (at most 80 characters back). */
function sentenceBefore(t: string, at: number): string {
  const from = Math.max(0, at - 80)
  const chunk = t.slice(from, at)
  const stop = Math.max(chunk.lastIndexOf('。'), chunk.lastIndexOf('\n'), chunk.lastIndexOf('！'), chunk.lastIndexOf('？'))
  return chunk.slice(stop + 1)
}

/**
 * Round 73 (blind R73A-031): a resident called out by their flat in a housing estate, the building and the room standing for the
 * house number (3号棟205号室の白石様、…ご連絡ください; B棟の302号室にお住まいの古賀さん; 白石様（3号棟205号室）; 205号室の方、). A notice to
 * the estate names the estate a paragraph or two away, so no place is needed: the unit and the name tell every neighbour, and
 * everyone reading, which door is whose (block). Building and room together (号棟, A棟, 2号館 + a room) read as a dwelling; a room number
 * alone (205号室) only in a paragraph about a dwelling (団地, 市営住宅, アパート, 入居, お住まい), and not a room of a facility named right
 * before it (市民会館201号室, 本庁舎305号室; a hotel's room is lodging.ts'). A role (入居者の皆様, 管理人さん, 担当者様) names no one; a room
 * offered or shown (205号室の内覧会, 3号棟205号室（3DK）を募集) has nobody in it.
 */
const UNIT_NUM = '[0-9〇一二三四五六七八九十百]'
const UNIT_BUILDING = `(?:${UNIT_NUM}{1,3}号?棟|[A-Z]{1,2}[ 　]?棟|${UNIT_NUM}{1,3}号館|[東西南北中]棟)`
const UNIT = new RegExp(
  `(?<![0-9〇一二三四五六七八九十百A-Za-z])(?:(${UNIT_BUILDING})[ 　]?(?:の[ 　]?)?${UNIT_NUM}{2,5}(?:号室?)?|${UNIT_NUM}{2,5}[ 　]?号室)(?![0-9〇一二三四五六七八九十百]|[ 　]?(?:階|番|号|F(?![A-Za-z])|会議室|室|棟))`,
  'gu',
)
/*
 * Round 114 (blind R114A-005): the given name may be written in katakana or mixed with kanji (平田 ミツ子さん, 古賀 ハル子様, 江口 トメさん),
 * and a foreign resident's name in two katakana words (グエン・ヴァン さん).
 */
const RESIDENT_NAME = '(?![皆各])(?:[\\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?|[ァ-ヶー]{2,8}(?:[ 　・][ァ-ヶー]{2,8})?)'
/**
 * The resident right after the unit: …の白石様, …にお住まいの古賀さん, …、入居者の江口様, …のグエンさん. Round 130 (blind R130I-022): a
 * fire or incident report names the household in brackets by its role (203号室（居住者 中山 実さん方）, 105号室（入居者の古賀様宅）).
 */
const RESIDENT_AFTER_UNIT = new RegExp(
  `^[ 　]?(?:(?:に(?:お住まい|お住み|住んで(?:いる|おられる|いらっしゃる)|住む|入居(?:中|して(?:いる|おられる)|されて(?:いる|おられる))?)|在住|入居中?)の[ 　]?|の[ 　]?|[、,][ 　]?)?(?:[（(][ 　]?(?=入居者|居住者|住人|契約者|名義人|世帯主))?(?:(?:入居者|居住者|住人|契約者|名義人|世帯主)(?:の|は|[:：]|、)?[ 　]?)?(${RESIDENT_NAME})[ 　]?(?:様|さま|さん|氏|殿)(?:方|宅)?(?![\\p{Script=Han}])`,
  'u',
)
/** The household called by its unit: …205号室の方、, …にお住まいの方は至急, …の方へのお願い, …の方にご連絡. */
const HOUSEHOLD_AFTER_UNIT =
  /^[ 　]?(?:に(?:お住まい|お住み|住んで(?:いる|おられる))の|の)(?:方|かた)(?:[、,]|へ(?:の|お|ご)|に(?:お|ご)|は[、,]?[ 　]?(?:至急|早急|速やか|必ず|大至急|すぐ|本日中|今週中))/u
/**
 * Round 111 (blind R111A-023): the household called by its unit in a notice of its arrears (蒲池団地3号棟204号室にお住まいの方へ。家賃のお支払いが
 * 4か月分確認できておりません; 2棟105号室の入居者の方、家賃が未納; B棟302号室の世帯へ：共益費の滞納が続いています): every neighbour knows the
 * door, and everyone reading now knows it owes rent. Block. (The unit with a notice of work or an inspection tells no one's debt.)
 */
const HOUSEHOLD_CALLED = /^[ 　]?(?:(?:に(?:お住まい|お住み|住んで(?:いる|おられる|いらっしゃる)|入居(?:中|されて(?:いる|おられる))?)|在住|入居中?)の|の)?[ 　]?(?:(?:入居者|居住者|契約者|世帯主|ご?世帯|住人)(?:の)?(?:方|かた|様|さま)?|方|かた)(?:へ|に|は|、|,|[:：])/u
const ARREARS =
  /滞納|未払い?|未納|督促|(?:家賃|共益費|使用料|駐車場代|お?支払い|ご?入金|納付)(?:の|が|を|は)?[^。！？!?\n]{0,10}?(?:確認(?:でき|出来)(?:て(?:おりません|いません|いない)|ず|ません|ない)|(?:遅れ|滞)(?:て|って|っており|っています|ています|ており)|(?:まだ|いまだ|未だ)(?:です|ありません|確認))/u
/** The resident named before the unit, the unit in the bracket after the name: 白石様（3号棟205号室）, 白石さん宅（B棟302）. */
// Blind R369S-059 kind: the bracket may give the building's name (and its town) before the room (ビシャルさん（本町のコーポ白鷺203号室）,
// 古賀様（ハイツ柳川 102号室）): the flat is still theirs.
const RESIDENT_BEFORE_UNIT = new RegExp(
  `(${RESIDENT_NAME})[ 　]?(?:様|さま|さん|氏|殿)(?:宅|方|のお宅)?[ 　]?[（(][ 　]?(?:[^\\s（）()、。0-9]{0,8}?(?:マンション|コーポ|ハイツ|アパート|荘|レジデンス|メゾン|ハイム|団地|住宅|寮)[^\\s（）()、。0-9]{0,8}?[ 　]?)?$`,
  'u',
)
const NOT_RESIDENT_NAME = /^(?:担当|講師|案内|連絡|問い?合|受付|司会|進行|代表|会長|区長|班長|係長|課長|市長|委員|管理|大家|家主|自治|奥|旦那|息子|娘|お?子|ご?主人|ご?家族)|(?:者|員|長|方|手|主|人|係|課|局|皆|各|家|族|達)$|[のはがをにでと]/u
/** A dwelling told in the paragraph: a room number there is a flat's. */
const DWELLING_TOLD = /団地|住宅|住棟|アパート|マンション|コーポ|ハイツ|レジデンス|メゾン|[^\s]荘|寮|宿舎|社宅|入居|住まい|住んで|住む|居住|世帯/u
/** A facility's room named right before the room number (市民会館201号室, 本庁舎3階305号室, 集会所の102号室). */
const FACILITY_ROOM_BEFORE =
  /(?:館|会館|庁舎|センター|公民館|集会所|会議所|ホール|プラザ|ビル|学校|校舎|病院|施設|事務所|支所|ホテル|旅館|研修|会議)[ 　]?(?:[0-9]{1,2}階[ 　]?)?(?:の[ 　]?)?$/u
/** The unit offered, shown or worked on: no one is in it. */
const UNIT_AS_OBJECT = /^[ 　]?(?:[（(][^)）\n]{0,12}[)）])?[ 　]?(?:の|は|を|で|が)?[ 　]?(?:内覧|見学|募集|空き|空室|空家|修繕|改修|工事|点検|間取り|入居者(?:を)?募集|申込)/u

function residentsByUnit(doc: Doc, t: string, emit: Emit, out: Span[]): void {
  if (!/号室|棟|号館/u.test(t)) return
  const dwelling = DWELLING_TOLD.test(t)
  UNIT.lastIndex = 0
  for (let m = UNIT.exec(t); m; m = UNIT.exec(t)) {
    const building = m[1] !== undefined
    if (!building && !dwelling) continue
    const before = t.slice(Math.max(0, m.index - 12), m.index)
    if (FACILITY_ROOM_BEFORE.test(before)) continue
    const end = m.index + m[0].length
    const after = t.slice(end, end + 40)
    if (UNIT_AS_OBJECT.test(after)) continue
    let a = m.index
    let b = end
    const r = RESIDENT_AFTER_UNIT.exec(after)
    if (r && !NOT_RESIDENT_NAME.test(r[1]!.replace(/[ 　]/gu, ''))) b = end + r[0].length
    else if (HOUSEHOLD_AFTER_UNIT.test(after)) b = end + /^[^方か]*(?:方|かた)/u.exec(after)![0].length
    else if (HOUSEHOLD_CALLED.test(after) && ARREARS.test(t.slice(end, end + 160))) b = end + HOUSEHOLD_CALLED.exec(after)![0].length - 1
    else {
      const lb = RESIDENT_BEFORE_UNIT.exec(lineBefore(t, m.index, 40))
      if (!lb || NOT_RESIDENT_NAME.test(lb[1]!.replace(/[ 　]/gu, '')) || !/^[ 　]?[)）]/u.test(after)) continue
      a = m.index - lb[0].length
      b = end + /^[ 　]?[)）]/u.exec(after)![0].length
    }
    const span = doc.fromNorm(a, b)
    if (out.some((o) => o.start < span.end && span.start < o.end)) continue
    // (A quoted example is a mention, and no address for identifiable-person to pair with the name.)
    const quoted = quotedOnLine(t, m.index)
    if (!quoted) out.push(span)
    emit({ rule: 'personal-info/address', start: span.start, end: span.end, severity: 'block', data: { what: '団地などの棟・部屋番号で名指しした入居者' }, ...(quoted ? { mention: true } : {}) })
  }
}

/**
 * Round 82 (blind HM-010, HM-040): an address standing on a line of an info block, a place label or a pin before it and nothing after it but
 * the line's end, a phone or a bracket (■住所　柳川市沖端町42番地, 📍柳川市稲荷町9番地　☎0944-…, 所在地：…): the block of the shop or facility the
 * post tells of, if it names one (the family's `post` reads the whole post). A home told after it (（川端様宅）, 吉野さん方) is personal
 * before this is asked.
 */
const INFO_LINE_HEAD =
  /^[ \t]{0,4}(?:(?:[■□◆◇●○・▶▷★☆]|📍|🏠)[ \t]{0,2}(?:[【\[]?(?:住所|所在地|場所|アクセス|店舗|お店)[】\]]?)?|[【\[]?(?:住所|所在地|店舗の?住所|お店の?住所|アクセス)[】\]]?)[ \t:：]{0,3}$/u
const INFO_LINE_TAIL = /^[ \t]*(?:\n|$|☎|℡|📞|TEL|Tel|tel|電話|[(（][^()（）\n]{0,24}[)）][ \t]*(?:\n|$))/u
function onInfoLine(t: string, s: number, tailEnd: number): boolean {
  return INFO_LINE_HEAD.test(lineBefore(t, s, 24)) && INFO_LINE_TAIL.test(t.slice(tailEnd, tailEnd + 30))
}

/**
 * Round 82: a shop or a group named in brackets and thanked with an honorific (「菓舗 水月」さんの…, 「うなぎ処 川端屋」さん): the honorific is the
 * shop's, no private person's (the look-back may start inside the brackets: 水月」さんの).
 */
const QUOTED_NAME_HONORIFIC = /「([^「」\n]{1,20})」(?:さん|様|さま)/gu
/**
 * Blind R196I-003: a private person's full name put in brackets, as a lost-property or a found-owner notice writes what it read off a card
 * (持ち主は「堤 健一」さん（…）, 名札の「古賀 さくら」さん): a family name and a given name parted by a space, neither a word for a shop or a
 * place (菓舗 水月, 茶房 ほりばた, うなぎ処 川端屋, 喫茶 蔵 stay a shop's). The honorific is then the person's.
 */
const QUOTED_PERSON = /^([\p{Script=Han}々ヶ]{1,3})[ 　]([\p{Script=Han}々ぁ-ゖァ-ヶー]{1,4})$/u
const SHOP_KIND_END = /[舗処房亭屋堂庵店館園宿蔵]$/u
function quotedPerson(inner: string): boolean {
  const m = QUOTED_PERSON.exec(inner)
  return m !== null && !NOT_FAMILY.test(m[1]!) && !SHOP_KIND_END.test(m[1]!) && !NOT_GIVEN_END.test(m[2]!) && !/や$/u.test(m[2]!)
}
/** `before` (the text up to `s`) with such names blanked out, read in a wider window so that a name cut by its start is seen whole. */
function withoutQuotedNames(t: string, s: number, before: string): string {
  if (!before.includes('」') && !/^(?:さん|様|さま)/u.test(before)) return before
  const wide = t.slice(Math.max(0, s - before.length - 24), s).replace(QUOTED_NAME_HONORIFIC, (m, inner: string) => (quotedPerson(inner) ? m : '・'.repeat(m.length)))
  return wide.slice(wide.length - before.length)
}

/**
 * Round 115 (blind IG-150): an address opening its line right under a heading line that names a public facility or a business (市立柳川総合病院 /
 * Yanagawa City General Hospital⏎柳川市三橋町江曲412番地, ■三橋公民館⏎柳川市…番地): the facility's own address, set under its name as in its
 * info block. The heading is one line with no sentence end and tells of no private person or home (山田さん宅, 自宅, ご家族).
 */
const FACILITY_HEADING_LINE =
  /^[ \t　]{0,4}[【\[■□◆◇●○・]?[^\n。！？!?]{0,40}?(?:病院|医院|クリニック|診療所|歯科|センター|公民館|会館|図書館|体育館|美術館|博物館|資料館|記念館|市役所|役場|支所|庁舎|保育園|幼稚園|こども園|学校|事務所|協会|組合|Hospital|Clinic|Cent(?:er|re)|Library|Museum|City Hall|Office)(?![\p{Script=Han}ァ-ヶーa-z])[^\n。！？!?]{0,48}$/u
const HEADING_PRIVATE = /さん|様|さま|氏|くん|ちゃん|宅|自宅|実家|家族|(?<![A-Za-z])(?:Mr|Ms|Mrs|home|house)(?![A-Za-z])/u
function headedByFacility(t: string, s: number): boolean {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1
  if (lineStart === 0 || !/^[ \t　]{0,4}(?:[・■□●○◆◇📍🏠][ \t　]{0,2})?$/u.test(t.slice(lineStart, s))) return false
  const prevStart = t.lastIndexOf('\n', lineStart - 2) + 1
  const heading = t.slice(prevStart, lineStart - 1)
  return heading.length <= 90 && FACILITY_HEADING_LINE.test(heading) && !HEADING_PRIVATE.test(heading)
}

/** `held`, when given, receives a bare house-level address on a line of an info block (onInfoLine) instead of `emit`. */
/** `sample`, when given, receives an address on a person's filled-in form (inPersonRecord): a note in the next paragraph may call it a sample. */
/** `lineValue`, when given, receives a bare house-level address standing at the head of its own line (誤：…, 正：…; addressOfNamedBefore), judged in `post`. */
/**
 * Blind R370T-022 kind: a town name spelt partly in hiragana (美しが丘, ひばりが丘, つつじが丘, みどり台) stops the look-back for the place, so
 * the city and the ward before it (横浜市青葉区美しが丘西2-14-7) went unread. From the place's start `s`, read back over one run of two to five
 * hiragana and the address characters before it; the extended place counts when it starts with a city, ward, town or prefecture word
 * (横浜市, 青葉区), so a particle between a place and a score (柳川市の大会で3-1) is not read: a lone particle is no part of a town name.
 */
const KANA_TOWN_PLACE = /^[\p{Script=Han}ァ-ヶー々ヶ]{1,6}[都道府県市区郡](?:[\p{Script=Han}ァ-ヶー々ヶ]{1,6}[区町村])?[\p{Script=Han}ァ-ヶー々ヶ]{0,4}[ぁ-ゖ]{2,5}[\p{Script=Han}ァ-ヶー々ヶ]{1,6}$/u
const PARTICLE_RUN = /^(?:の|で|に|は|が|を|と|へ|も|や|から|まで|より|での|にて|では|には|とは|での|にある|にあり)$|[のでにはをとへも]$/u
function acrossKanaTownName(t: string, s: number, tailStart: number): number {
  let k = s
  const kanaEnd = k
  while (k > 0 && kanaEnd - k < 5 && /[ぁ-ゖ]/u.test(t[k - 1]!)) k--
  if (kanaEnd - k < 2 || PARTICLE_RUN.test(t.slice(k, kanaEnd))) return s
  const lo = Math.max(0, k - 16)
  while (k > lo && ADDRESS_CHAR.test(t[k - 1]!)) k--
  return KANA_TOWN_PLACE.test(t.slice(k, tailStart).replace(/[0-9-]+$/u, '')) ? k : s
}

export function addresses(doc: Doc, policy: Policy, phoneSpans: Span[], emit: Emit, held?: Emit, sample?: Emit, lineValue?: Emit): Span[] {
  const out = houseNumbers(doc, policy, phoneSpans, emit, held, sample, lineValue)
  residentsByUnit(doc, doc.norm.text, emit, out)
  residentsByBracket(doc, doc.norm.text, emit, out)
  return out
}

/**
 * Round 108 (blind R108A-127): a resident named with an honorific, a kin word among them (田中ミツエおばあちゃん, 古賀のおじいちゃん, 佐藤トメさん),
 * and in the bracket right after the name a town, the area in it and a bare house number with no 番地 (（大和町鷹ノ尾302）, （三橋町柳河512-3、85歳）):
 * where that person lives (block). The place must name an area below its town word (町鷹ノ尾, 大字蒲池), and the number must end the bracket or
 * stand before a comma, so a group, a district or an age (（大和町鷹ノ尾2班）, （大和町・82）, （三橋町在住）) is not read; a shop or a role before the
 * honorific (田中屋さん, 講師の…様, 区長さん) is no resident.
 */
const BRACKET_RESIDENT = new RegExp(
  `(?<![\\p{Script=Han}々ヶァ-ヶー])((?:[\\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\\p{Script=Han}々ァ-ヶー]{1,5})?|[ァ-ヶー]{2,8}))[ 　]?(?:の[ 　]?)?` +
    `(?:お?(?:ばあ|じい|ばぁ|じぃ)(?:ちゃん|さん|さま|様)|さん|様|さま|氏|殿|ちゃん|くん|君)(?:宅|方|のお宅|の(?:ご)?自宅|の家)?[ 　]?[（(][ 　]?` +
    `((?:大字)?[\\p{Script=Han}ァ-ヶー々ヶノ]{0,6}[市町村区郡字][\\p{Script=Han}ァ-ヶー々ヶノ]{1,8}?)[ 　]?` +
    `([0-9]{1,4}(?:(?:番地?|-|の)[0-9]{1,4}){0,2})(?:番地|番|号)?[ 　]?(?=[)）、,・])`,
  'gu',
)
const NOT_BRACKET_PLACE = /(?:室|棟|館|課|係|所|場|庫|階|号|班|組|部|会|区画|番|丁目|地区|区長|校区|団地|センター|ホール)$/u
function residentsByBracket(doc: Doc, t: string, emit: Emit, out: Span[]): void {
  if (!/[（(]/u.test(t) || !/[0-9]/u.test(t)) return
  BRACKET_RESIDENT.lastIndex = 0
  for (let m = BRACKET_RESIDENT.exec(t); m; m = BRACKET_RESIDENT.exec(t)) {
    const name = m[1]!.replace(/[ 　]/gu, '')
    if (NOT_RESIDENT_NAME.test(name) || ORG_NAME_END.test(name) || /(?:屋|亭|堂|庵|舗|園|館|家)$/u.test(name)) continue
    if (NOT_BRACKET_PLACE.test(m[2]!)) continue
    // A company's name after its kind (㈱ヤナガワ様, 株式会社 ミズホ様): its office, no home.
    if (ORG_NAME_END.test(t.slice(Math.max(0, m.index - 8), m.index).replace(/[ 　]+$/u, ''))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    if (out.some((o) => o.start < span.end && span.start < o.end)) continue
    const quoted = quotedOnLine(t, m.index)
    if (!quoted) out.push(span)
    emit({ rule: 'personal-info/address', start: span.start, end: span.end, severity: 'block', data: { what: '名前のあとの括弧に書いた住まいの番地' }, ...(quoted ? { mention: true } : {}) })
  }
}

/*
 * Blind R169D-078: an address in a sample of a filled-in form, the line labelled as one at its start (記入例：氏名 柳川 太郎／新住所 …番地1,
 * 【記載例】住所 本町1-2-3, 見本：…) or under a heading or above a note saying so (記入例⏎住所：…, ※上記は記入例です): a format shown, no one's
 * home. Only a line of fields, not a sentence (例：先日、大和町中島123番地のお宅で…。 tells of a real house).
 */
const SAMPLE_LINE_LABEL =
  /^[ \t　]{0,4}[【■□◆◇●＜<《〈(（\[［]?[ \t　]{0,2}(?:[\p{Script=Han}ァ-ヶー]{1,8}の(?:書き方の)?)?(?:記入例|記載例|入力例|見本|サンプル)[0-9０-９]?[ \t　]{0,2}(?:[】＞>》〉)）\]］][ \t　]{0,2}[：:]?|[：:])/u
function inSampleLine(t: string, s: number, tailEnd: number): boolean {
  if (!/記入例|記載例|入力例|見本|サンプル|例/u.test(t)) return false
  const lineStart = t.lastIndexOf('\n', s - 1) + 1
  return (SAMPLE_LINE_LABEL.test(t.slice(lineStart, s)) && isFieldLine(t, s, tailEnd)) || inExampleBlock(t, s, tailEnd)
}
/*
 * Blind R265G-004 kind: a named person's address spoken of earlier in the post (城島 和代さんのご住所を誤って記載しておりました, 田中様のお住まいは
 * 次のとおりです), the house-level address then standing at the head of its own line, bare or after a short label (誤：…, 正：…, 訂正後：…,
 * 住所：…, →…): the value told is that person's home, and a correction gives it away as surely as the first post did. The person is named
 * (a family name with さん, 様 or 氏; not 皆様, 各位, 応募者様), nothing but the person's address is said of them (not 会場, 所在地), and the
 * address comes within 240 characters. Bounded: each part at most 24 characters.
 */
const NAMED_PERSONS_ADDRESS =
  /(?<![\p{Script=Han}ァ-ヶー々])(?![皆各])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さん|様|さま|氏)の(?:ご|お)?(?:住所|住まい|自宅|現住所)/gu
const NOT_ADDRESS_OWNER = /(?:者|員|長|方|人|主|皆|各|係|課|室|所|館|会|店|社)[ 　]?(?:さん|様|さま|氏)の/u
const LINE_VALUE_HEAD = /^[ \t　]{0,4}(?:[・■□●○◆◇*\-→⇒][ \t　]{0,2})?(?:[【\[（(]?(?:誤|正|訂正前|訂正後|修正前|修正後|正しくは|誤り|変更前|変更後|旧|新|ご?住所|現住所)[】\]）)]?[ \t　]{0,2}[:：→⇒]?[ \t　]{0,2})?$/u
function atLineValueHead(t: string, s: number): boolean {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1
  return LINE_VALUE_HEAD.test(t.slice(lineStart, s))
}
/** Whether `chunk` speaks of a named person's address with nothing after it saying it is a venue's (a paragraph before: index.ts `post`). */
export function namesPersonsAddress(chunk: string): boolean {
  if (!/住所|住まい|自宅/u.test(chunk)) return false
  for (const m of matchAllOf(NAMED_PERSONS_ADDRESS, chunk)) {
    if (NOT_ADDRESS_OWNER.test(m[0])) continue
    if (VENUE_LINE.test(chunk.slice(m.index + m[0].length).replace(/住所/gu, ''))) continue
    return true
  }
  return false
}
/**
 * Blind R408H-001 kind: the address told as the one the reader registered or gave the city, its postal code between (ご登録の〒157-0066 東京都…,
 * ご指定のお届け先（〒…）…, お申込み時にご記入いただいたご住所 …): where a donor or an applicant lives, written back to them before everyone.
 */
const REGISTERED_HOME_BEFORE =
  /(?:(?:ご登録|ご指定|ご記入|ご申告|お届け|お知らせ|お申し?込み)(?:いただいた|いただきました|された)|(?:ご登録|ご指定|ご申告)の)[ 　]?(?:ご?住所|ご?自宅|お届け先|送付先|送り先)?(?:の|は|[:：（(])?[ 　]?(?:〒[ 　]?[0-9]{3}[-‐－ー−][0-9]{4}[ 　]?)?$/u
function addressOfNamedBefore(t: string, s: number): boolean {
  const lineStart = t.lastIndexOf('\n', s - 1) + 1
  if (lineStart === 0 || !LINE_VALUE_HEAD.test(t.slice(lineStart, s))) return false
  return namesPersonsAddress(t.slice(Math.max(0, lineStart - 240), lineStart))
}
function houseNumbers(doc: Doc, policy: Policy, phoneSpans: Span[], emit: Emit, held?: Emit, sample?: Emit, lineValue?: Emit): Span[] {
  // Kanji numerals in a house number (諏訪野町二-一八-六) read as digits when there are four or more.
  const out: Span[] = []
  homesByLandmark(doc, doc.norm.text, emit, out)
  const lots = out.length
  lotsOfOwners(doc, doc.norm.text, emit, out)
  const lotSpans = out.slice(lots)
  // No numeral or no house-number word in the paragraph: no house number (the numeral view is not built).
  if (!/[0-9一二三四五六七八九十]/.test(doc.norm.text) || !/丁目|番|号|[0-9][-の][0-9]|[0-9〇一二三四五六七八九][-ー−‐の][0-9〇一二三四五六七八九]/.test(doc.norm.text)) return out
  const t = numeralText(doc, 4)
  if (!/[0-9一二三四五六七八九十]/.test(t) || !/丁目|番|号|[0-9][-の][0-9]/.test(t)) return out
  const allowed = allowedAddresses(policy)
  ADDRESS_TAIL.lastIndex = 0
  // Blind KW-042 kind: the far end of a range of house numbers (新町12番地〜19番地の区間, …245番地から同312番地まで) is read as its near end
  // was: the near end has the place and the words before it, so when it was let pass (a stretch of a green way or a road told in a
  // bracket after its name, a works site) the far end is let pass too.
  let passedTailEnd = -1
  for (let m = ADDRESS_TAIL.exec(t); m; m = ADDRESS_TAIL.exec(t)) {
    const tailStart = m.index
    let tailEnd = tailStart + m[0].length
    if (passedTailEnd >= 0 && RANGE_FAR_END.test(t.slice(passedTailEnd, tailStart))) {
      passedTailEnd = tailEnd
      continue
    }
    passedTailEnd = -1
    const src = doc.fromNorm(tailStart, tailEnd)
    if (phoneSpans.some((p) => p.start < src.end && src.start < p.end)) continue
    if (lotSpans.some((p) => p.start < src.end && src.start < p.end)) continue
    // A house number is there: 番地, 番…号, 丁目 followed by a number, or 1-2-3.
    const strongTail = /番地|番.+号|丁目./u.test(m[0])
    // Look back for the place name: the run of address characters before the tail.
    // Round 77 (blind R77A-037): the house number may be set off from its place by a space (柳川市西蒲池 1107-3, 三橋町高畑 245-1): read
    // only when the place names a town below its city or town word (市西蒲池, 町高畑), so a score or a range after a bare name (柳川市 3-2,
    // 大川市 10-12) is not an address.
    const spaced = /[ 　]/u.test(t[tailStart - 1] ?? '') && /^[0-9]{1,4}-/u.test(m[0])
    let s = spaced ? tailStart - 1 : tailStart
    const lo = Math.max(0, tailStart - 20)
    while (s > lo && ADDRESS_CHAR.test(t[s - 1]!)) s--
    // Blind R370T-022 kind: a town name written partly in hiragana (青葉区美しが丘西2-14-7, 緑区ひばりが丘1-2-3): read back across it to its ward or city.
    if (!spaced && s < tailStart && !MUNICIPALITY.test(t.slice(s, tailStart))) s = acrossKanaTownName(t, s, tailStart)
    const place = t.slice(s, spaced ? tailStart - 1 : tailStart)
    if (spaced && !SPACED_PLACE.test(place)) continue
    if (/丁目$/u.test(m[0]) && !/[0-9]/.test(m[0].slice(-3))) {
      // 三丁目 alone is a district, not a house: only with a home or a person.
      if (!PERSONAL_AFTER.test(t.slice(tailEnd, tailEnd + 12))) continue
    }
    // A place and its number in the bracket right after someone's name (中島清子様（高畠214-6）): their address, with or without 町.
    // Blind R331R-031 kind: …or after their home (高椋邦彦さん宅（中島1234-5）, 古賀様方（蒲池410-2）, 田中さん邸（…）): the home's number.
    const bracketOfName = /^[\p{Script=Han}々ヶノ]{2,6}$/u.test(place) && !/(?:室|棟|館|課|係|所|場|庫|階|号|班|組|部|会|区画|番)$/u.test(place) && s > 0 && /[（(]/u.test(t[s - 1]!) && /(?:さん|様|さま|氏|殿)(?:宅|方|邸)?$/u.test(t.slice(Math.max(0, s - 5), s - 1)) && /^[)）]/u.test(t.slice(tailEnd, tailEnd + 1))
    // Blind R153I-085: a bare 大字 and its number with no city or town word (西蒲池1085-2の古賀 慎也さん, 鷹ノ尾302-1の田中様宅): where the person
    // named right after it lives. Only with a person or a home after it, and a number of two digits or more, so a score or a round
    // (前半2-1の田中くん, 第3試合12-10の古賀さん) is not read.
    const bareArea =
      !strongTail && /^[\p{Script=Han}々ヶノ]{2,6}$/u.test(place) && !/(?:試合|戦|回|対|点|号|条|項|年|月|日|期|組|班|区画|番|線|便|局|部|課|室|棟|館|階|半|表|裏|セット|ゲーム|大会)$/u.test(place) &&
      /^[0-9]{2,4}-[0-9]{1,4}/u.test(m[0]) && PERSONAL_AFTER.test(t.slice(tailEnd, tailEnd + 14)) && !/^\s?(?:の|、)?\s?(?:\)?さん|\)?様)/u.test(t.slice(tailEnd, tailEnd + 4))
    if (!strongTail && !MUNICIPALITY.test(place) && !bracketOfName && !bareArea) continue
    if (place.length === 0 && !strongTail) continue
    // A placeholder place (記入例：○○町123番地) is a template, not someone's address.
    if (s > 0 && MASK.test(t[s - 1]!)) {
      passedTailEnd = tailEnd
      continue
    }
    // A sample of a filled-in form, labelled so on its line or above it (記入例：氏名 柳川 太郎／新住所 柳川市本町87番地1／前住所 …1234番地).
    if (inSampleLine(t, s, tailEnd)) {
      passedTailEnd = tailEnd
      continue
    }
    const room = ROOM.exec(t.slice(tailEnd, tailEnd + 30)) ?? FLAT.exec(t.slice(tailEnd, tailEnd + 30))
    if (room) tailEnd += room[0].length
    const span = doc.fromNorm(s, tailEnd)
    const written = doc.raw.slice(span.start, span.end)
    if (allowed.some((a) => a.length > 0 && compact(written).includes(a))) {
      passedTailEnd = tailEnd
      continue
    }
    // Round 66: the look-back stops at a sentence's end (森田さんご夫妻。⏎旧戸島家住宅（…25番地1）: the person closed the sentence before).
    let beforeStart = Math.max(0, s - 15)
    for (let k = s; k > beforeStart; k--) {
      if (/[。！？!?]/u.test(t[k - 1]!)) {
        beforeStart = k
        break
      }
    }
    let before = t.slice(beforeStart, s)
    const after = t.slice(tailEnd, Math.min(t.length, tailEnd + 14))
    // A field label right before the address decides for what comes before it: 講師：山田さん 会場：本町1-2-3 is
    // the venue; 受賞者の住所：… and 山田様宅 住所：… are the person's.
    const colon = Math.max(before.lastIndexOf(':'), before.lastIndexOf('：'))
    let venueLabel = false
    if (colon >= 0) {
      const colonAt = beforeStart + colon
      const label = t.slice(Math.max(0, colonAt - 6), colonAt)
      const ownerOfLabel = t.slice(Math.max(0, colonAt - 15), colonAt)
      venueLabel = VENUE_LABEL.test(label) && !(/住所$/u.test(label) && PERSONAL_BEFORE.test(ownerOfLabel))
      before = /住所$/u.test(label) ? ownerOfLabel : before.slice(colon + 1)
      // Blind R276N-017 kind: the meeting point is a named person's home, the house number after it (集合：分団長 田中 浩二さん宅　大和町塩塚
      // 215-7, 会場：古賀様方 …番地): a venue label does not make a home a public place.
      if (venueLabel) {
        NAMED_HOME.lastIndex = 0
        const home = NAMED_HOME.exec(before)
        if (home && !NOT_HOME_OWNER.test(home[1]!) && !OTHER_PLACE.test(before.slice(home.index + home[0].length))) venueLabel = false
      }
    }
    // After a comma too (…412番地の3、田中様宅前の電柱), and the owner named after it (…の2、所有者は堤 正一様).
    const afterComma = after.replace(/^[、,]\s?/u, '')
    // Blind R242D-042 kind: the lot's branch number left after the tail and set off by a space before the home (…四丁目十二番地の三 のご自宅,
    // …12番地の3　のお宅に): the branch belongs to the number, so what follows it is what follows the address.
    // Blind R244U-013 kind: the branch glued to the tail, then の and the person (…2丁目14番地の3の古川 正治さん宅, …5番地-2の田中様): the
    // branch is still the number's, so the person after it is the one living there (a further branch, …の3の2, is not a person).
    const afterBranch = t.slice(tailEnd, Math.min(t.length, tailEnd + 24)).replace(/^(?:(?:の|-)[0-9〇一二三四五六七八九十]{1,3}){1,2}(?:号)?(?=[ 　]|の(?![0-9〇一二三四五六七八九十]))/u, '')
    // The address used as the person's name (…を予約された大和町鷹ノ尾二丁目十四番地の方。): theirs.
    const calledBy = strongTail && PERSON_OF_ADDRESS.test(after) && !RANGE_BEFORE.test(t.slice(Math.max(0, s - 3), s))
    // 住所（…番地） or 住所：… in a sentence that holds the person's other records (生年月日, 氏名, ご本人確認のため伺った): theirs.
    const labelled = ADDRESS_LABEL_BRACKET.test(t.slice(Math.max(0, s - 5), s)) || (colon >= 0 && /住所$/u.test(t.slice(Math.max(0, beforeStart + colon - 6), beforeStart + colon)))
    const record = labelled && PERSON_RECORD.test(sentenceBefore(t, s))
    const fieldRecord = strongTail && inPersonRecord(t, s, tailEnd)
    const listed = strongTail || MUNICIPALITY.test(place) ? listedName(t, s, tailEnd) : false
    // Blind R154A-092: a town-level place with a hyphenated number counts as well (名札には「…　柳川市西浜武1234-5」と書いてあります).
    const onBelonging = (strongTail || MUNICIPALITY.test(place)) && writtenOnBelonging(t, s, tailEnd)
    // Blind KU-060 kind: the address in the bracket right after a public place's or a business's name (一般のお客様は、柳川市役所（本町87番地1）の
    // 駐車場を): the place's, whoever is named before it.
    const placeBracket = FACILITY_BRACKET_BEFORE.test(before)
    // Team R359G-059 kind: the address in the bracket right after a flat's building and room (ハイツ有明203号室（…765-2）の森田様, コーポ柳川
    // 105号室（…番地）), or after a building and then the resident named after the bracket: that household's home.
    const flatBracket = !placeBracket && flatBeforeBracket(t, s, tailEnd)
    const personal =
      room !== null ||
      flatBracket ||
      (!venueLabel && ((!placeBracket && PERSONAL_BEFORE.test(withoutOrgHonorific(withoutQuotedNames(t, s, withoutFacilityHouses(t, s, before))))) || HOME_TOPIC.test(t.slice(Math.max(0, s - 40), s)) || HOME_RIGHT_BEFORE.test(t.slice(Math.max(0, s - 10), s)) || namedHomeBefore(t, s))) ||
      siteOfNamedHome(t, s) ||
      PERSONAL_AFTER.test(after) ||
      SUSPECT_AFTER.test(t.slice(tailEnd, tailEnd + 30)) ||
      RESIDES_AFTER.test(after) ||
      (afterComma !== after && PERSONAL_AFTER.test(afterComma)) ||
      (afterBranch.length < 24 && PERSONAL_AFTER.test(afterBranch.slice(0, 14))) ||
      OWNER_AFTER.test(t.slice(tailEnd, tailEnd + 24)) ||
      PROPERTY_OWNER_AFTER.test(t.slice(tailEnd, tailEnd + 40)) ||
      ownerInBracketAfter(t, tailEnd) ||
      calledBy ||
      homeOfNamed(t, s, tailEnd) ||
      rentedHomeAfter(t, s, tailEnd) ||
      (!venueLabel && newHomeTopic(t, s)) ||
      record ||
      fieldRecord ||
      listed ||
      onBelonging ||
      addressOfNamedBefore(t, s) ||
      REGISTERED_HOME_BEFORE.test(t.slice(Math.max(0, s - 32), s))
    if (!personal && (FACILITY_CONTEXT.test(lineBefore(t, s, 40) + after) || facilityHouseNear(lineBefore(t, s, 40)) || headedByFacility(t, s))) {
      passedTailEnd = tailEnd
      continue
    }
    if (!personal && (ROADSIDE_AFTER.test(after) || PUBLIC_SITE_AFTER.test(t.slice(tailEnd, tailEnd + 24)) || RANGE_STRETCH_AFTER.test(t.slice(tailEnd, tailEnd + 32)))) {
      passedTailEnd = tailEnd
      continue
    }
    // A place's address in brackets after its name: 御花（柳川市新外町1-1）.
    if (!personal && /[\p{L}\p{N}][（(]$/u.test(t.slice(Math.max(0, s - 2), s)) && !ADDRESS_LABEL_BRACKET.test(t.slice(Math.max(0, s - 5), s))) {
      passedTailEnd = tailEnd
      continue
    }
    // Round 74: an address quoted as an example of how to write one or of what not to post (「…番地3」のように番地まで, 「…番地の古賀さん」
    // といった書き込み): a mention. (「…」と書かれていました is not: that reports what is written.)
    const example = quotedExample(t, s, tailEnd)
    if (!example) out.push(span)
    ;(held && !personal && !example && onInfoLine(t, s, tailEnd) ? held : sample && fieldRecord && !example ? sample : lineValue && !personal && !example && atLineValueHead(t, s) ? lineValue : emit)({
      rule: 'personal-info/address',
      start: span.start,
      end: span.end,
      ...(example ? { mention: true } : {}),
      severity: personal ? 'block' : 'warn',
      data: { what: calledBy ? '番地で呼びかけた相手の住所' : onBelonging ? '持ち物や書類に書かれた住所' : personal ? '個人の住所' : '番地までの住所' },
    })
  }
  return out
}
