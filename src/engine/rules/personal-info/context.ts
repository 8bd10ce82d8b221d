/**
 * What the personal-info detectors share: a digit view that also reads kanji numerals written as
 * digit strings (〇九〇―三八一二―…), and the owner of a number or address: whose is it?
 *
 * The owner is read the way a person reads a contact line. First the labels right before the
 * value are skipped (【電話】, TEL, 携帯：, ☎, （…）); what then ends the phrase owns the value:
 * an organisation (観光課, ○○協会, 案内所, 窓口) or a person (山田さん, 藤吉様, ご自宅, 個人宅).
 * Failing that, the nearest organisation or person mentioned shortly before is the owner
 * (講師の中島さんに直接予約できます📞 090-…). A 課 somewhere in the sentence does not make a
 * number public: 「市民課に来られた山田さん 090-…」 is 山田さん's.
 */
import { matchAllOf } from '../../regex'
import { isSentenceEnd } from '../../words'
import type { Doc } from '../../doc'
import type { RuleInput } from '../../rule'
import { findUrls } from '../link'
import type { Span } from '../../text'

export type Emit = RuleInput['emit']

const KANJI_DIGIT: Record<string, string> = {
  〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
}
const KANJI_NUMERAL = /[〇零一二三四五六七八九]/
/**
 * For each UTF-16 code unit: 2 for a numeral (0-9 or a kanji digit 〇零一二三四五六七八九), 1 for a
 * separator of a digit string (- . ( ) ・ ー or a space), else 0. One array read per character: this
 * is asked of every character of every paragraph that holds a kanji digit (64 KB, built once).
 */
const NUMERAL_OR_SEP = (() => {
  const table = new Uint8Array(0x10000)
  for (const ch of '-. ()・ー') table[ch.charCodeAt(0)] = 1
  for (const ch of '0123456789〇零一二三四五六七八九') table[ch.charCodeAt(0)] = 2
  return table
})()
function isNumeralOrSep(c: number): boolean {
  return NUMERAL_OR_SEP[c] !== 0
}

/**
 * The norm text (URLs blanked) with kanji numerals turned into ASCII digits wherever they are part
 * of a digit string: a run of numerals and separators holding at least `min` numerals (一丁目,
 * 三橋町 and 二十歳 are left alone). Same length as the norm view, so norm offsets hold.
 */
const numeralCache = new WeakMap<Doc, Map<number, string>>()
export function numeralText(doc: Doc, min = 7): string {
  let perDoc = numeralCache.get(doc)
  if (!perDoc) numeralCache.set(doc, (perDoc = new Map()))
  let out = perDoc.get(min)
  // A number broken over lines (2815⏎7364⏎0917) reads as one: a line break between digits is a space (same offsets).
  if (out === undefined) {
    out = buildNumeralText(withoutUrls(doc, doc.norm.text), min)
    if (out.includes('\n')) out = out.replace(/(?<=[0-9])\n(?=[0-9])/g, ' ')
    perDoc.set(min, out)
  }
  return out
}

/** A number's label right before a run of numerals (記号, 番号, 口座番号は, 暗証番号：). */
const NUMBER_LABEL_BEFORE = /(?:記号|番号|ナンバー|No\.?|口座|暗証)[\s:：は]{0,3}$/u
function buildNumeralText(t: string, min: number): string {
  if (!KANJI_NUMERAL.test(t)) return t
  const n = t.length
  // Runs of numerals and separators: [start, end, convert?]. A run holding `min` numerals, one of them
  // kanji, is a digit string. Shorter runs written in kanji digits only (〇九〇、そのあと 四四六二、最後が
  // 九〇一八; 〇八〇-⏎二七一九-⏎四四五〇) are its pieces when they add up to `min` numerals together.
  const runs: Array<[number, number, boolean]> = []
  let pieces = 0
  for (let i = 0; i < n; ) {
    if (!isNumeralOrSep(t.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    let numerals = 0
    let kanji = 0
    while (j < n && isNumeralOrSep(t.charCodeAt(j))) {
      if (KANJI_DIGIT[t[j]!] !== undefined) kanji++, numerals++
      else if (t[j]! >= '0' && t[j]! <= '9') numerals++
      j++
    }
    if (kanji > 0 && numerals >= min) runs.push([i, j, true])
    // Blind R225R-044 kind: a short run in kanji digits right after a number's label (記号 四一八〇六・番号 二二七三, 暗証番号は一九八七) is
    // that number's value, written digit by digit: read as digits whatever its length.
    else if (kanji >= 3 && kanji === numerals && NUMBER_LABEL_BEFORE.test(t.slice(Math.max(0, i - 8), i))) runs.push([i, j, true])
    else if (kanji >= 3 && kanji === numerals) {
      runs.push([i, j, false])
      pieces += kanji
    }
    i = j
  }
  const withPieces = pieces >= min
  let out = ''
  let last = 0
  for (const [i, j, long] of runs) {
    if (!long && !withPieces) continue
    out += t.slice(last, i)
    // ー between numerals is a dash (〇八〇ー六六一二ー三三八七).
    for (let k = i; k < j; k++) out += KANJI_DIGIT[t[k]!] ?? (t[k] === 'ー' ? '-' : t[k]!)
    last = j
  }
  return last === 0 ? t : out + t.slice(last)
}

const blanked = new WeakMap<Doc, Map<string, string>>()
/** What every URL form link.ts reads holds (after NFKC: full-width forms are ASCII). */
const MAY_HOLD_URL = /[.:/]|www|http|hxxp/iu
/**
 * A norm-length view text with every URL blanked out by spaces, built in one pass (digits inside
 * URLs match nothing). Cached per Doc and view text.
 */
export function withoutUrls(doc: Doc, text: string): string {
  // No dot, slash or colon: no URL in any written form (most paragraphs; no cache entry for them).
  if (!MAY_HOLD_URL.test(doc.norm.text)) return text
  let perDoc = blanked.get(doc)
  if (!perDoc) blanked.set(doc, (perDoc = new Map()))
  const cached = perDoc.get(text)
  if (cached !== undefined) return cached
  // Links as link.ts finds them (every written form, linear), not linkify-it's scan of the whole text.
  const urls = findUrls(doc.norm.text).filter((u) => u.scheme !== null || u.url.includes('/'))
  if (urls.length === 0) {
    perDoc.set(text, text)
    return text
  }
  const parts: string[] = []
  let last = 0
  for (const u of urls) {
    if (u.normStart < last) continue
    // Round 80 (blind HL-117): a link ending in a slash, then a space, ends there (…fukuoka.jp/ Info: Tourism Division 0944-…, …jp/
    // 090-…): what follows is the sentence going on, which link.ts reads on as a spaced-out path. Its words and numbers stay readable.
    const slashSpace = /(?<=[A-Za-z0-9._~%-])\/[ \t\u3000]/u.exec(doc.norm.text.slice(u.normStart, u.normEnd))
    const end = slashSpace ? u.normStart + slashSpace.index + 1 : u.normEnd
    parts.push(text.slice(last, u.normStart), ' '.repeat(end - u.normStart))
    last = end
  }
  parts.push(text.slice(last))
  const out = parts.join('')
  perDoc.set(text, out)
  return out
}

/**
 * How many numerals (ASCII and kanji digits 〇零一二三四五六七八九) the norm text holds: an upper
 * bound of the digits any numeral view of it can have, so detectors that need n digits skip text
 * with fewer before building a view.
 */
export function numeralCount(doc: Doc): number {
  // Not remembered: a table read per character is cheaper than a WeakMap entry per paragraph (GC).
  const t = doc.norm.text
  let k = 0
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (NUMERAL_OR_SEP[c] === 2) k++
  }
  return k
}

export function countDigits(s: string): number {
  let k = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x30 && c <= 0x39) k++
  }
  return k
}

// ---------- owners ----------

/** Honorifics and home markers that make what follows a private person's. */
const HONORIFIC = /(?:さん|様|さま|氏|くん|ちゃん|君)$/u
const HOME = /(?:ご自宅|自宅|お宅|個人宅|私宅|さん宅|様宅|さん方|様方|実家|私用|個人用|個人の携帯|個人携帯|プライベート|個人アドレス|個人のアドレス|個人のメール|本人)$/u
/** Words before an honorific that are not someone's name (皆さん, お客様, お子さん). */
const NOT_A_NAME =
  /(?:皆|みな|みんな|お客|客|お子|息子|お母|お父|奥|旦那|お嬢|嬢|坊|お兄|お姉|兄|姉|赤|あか|おじい|おばあ|お孫|各位|神|仏|殿|王|お疲れ|おかげ|お互い|ご苦労|お世話|業者|生徒|児童|皆々|どなた|だれ|誰|方々|ご家族|ご遺族|ご本人|ご利用|ご来場|参加者|利用者|市民の|住民の|患者|お医者|お店|店員|職員|先生)$/u
/**
 * What ends an organisation's name (or a contact desk), or a business named by its trade (有明ハイヤー, 水郷交通, 筑後運輸), or a
 * public facility named by its kind (柳川市民温水プール, 総合運動場, 斎場: round 52).
 * Round 103 (blind HW-017, HW-145): a facility's building named by what it houses (市民プール 管理棟, キャンプ場管理棟, 運動公園 管理事務棟,
 * 病院の外来棟): the facility's own line. A building told by its number or letter (市営住宅3棟, A棟, 5号棟) is where people live, not this.
 */
const ORG_END =
  /(?:課|係|室|所|センター|協会|事務局|局|館|組合|法人|株式会社|\(株\)|店|病院|医院|クリニック|窓口|団体|委員会|協議会|実行委員会|連合会|クラブ|役場|役所|支所|署|本部|財団|機構|社|省|庁|大学|学校|学園|ホテル|旅館|園|会|団|隊|ダイヤル|ホットライン|デスク|カウンター|相談|案内|受付|部|部門|部署|班|市|県|府|プラザ|ホール|ステーション|公社|公団|共済|基金|銀行|信金|金庫|農協|JA|漁協|商工会議所|商店街|ショップ|工房|本舗|企画|サービス|事業所|オフィス|倶楽部|農園|牧場|ファーム|屋|亭|堂|庵|舎|酒造|醸造|製菓|食堂|カフェ|キッチン|ベーカリー|民宿|ゲストハウス|商会|産業|工業|建設|教室|スクール|道場|塾|サークル|チーム|NPO|PTA|事務局長|駅|空港|港|ターミナル|公園|交番|神社|寺|院|温泉|浴場|キャンプ場|プール|アリーナ|スタジアム|ドーム|グラウンド|グランド|球場|運動場|競技場|武道場|弓道場|体育場|斎場|火葬場|霊園|広場|浄水場|処理場|センター長|交通|バス|ハイヤー|タクシー|運輸|運送|物流|急便|自動車|モータース|電鉄|鉄道|観光|歯科|(?:管理|事務|管理事務|受付|本部|研修|診療|外来|講義|研究|交流|厚生)棟)$/u
/**
 * Round 64 (blind R64A-138): a medical practice named by its specialty (おきのはた内科, たなか眼科, みやけ整形外科, ほりわり小児科), and a
 * pharmacy (みなみ薬局): a clinic's public line, as ○○医院 and ○○クリニック are. The specialty alone (内科の受付で…山田さんのご自宅) owns
 * nothing a person named nearer does not.
 */
const MEDICAL_END =
  /(?:内|外|小児|眼|皮膚|耳鼻咽喉|耳鼻|整形外|形成外|産婦人|産|婦人|泌尿器|脳神経外|脳神経|神経内|心療内|精神|循環器|消化器|呼吸器|胃腸|肛門|乳腺|放射線|麻酔|リハビリ|リハビリテーション|美容外|アレルギー)科$|(?:薬局|調剤薬局|薬店)$/u
/**
 * Round 96 (blind HR-037): a business named by its legal form before its name (株式会社有明土木, 有限会社みずほ設備, (株)筑後開発, 合同会社
 * クリーク, 一般社団法人柳川観光, ㈱ read (株) in the norm view): a company's line, whatever trade its name tells (土木, 設備, 開発 are not in
 * ORG_END). The name is one run of kanji, kana or Latin letters with no space, so a person named after the company (株式会社有明土木 田中)
 * is not read as part of it, nor one glued to a post in it (株式会社有明土木代表取締役田中: a person's title).
 */
const ORG_FORM_BEFORE =
  /(?:株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|社会福祉法人|医療法人|学校法人|特定非営利活動法人|NPO法人|\((?:株|有)\))[ 　]?(?![^ 　\n]{0,14}(?:代表|社長|取締役|専務|常務|部長|課長|係長|主任|担当|責任者|監督|所長))[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々A-Za-z0-9・&＆]{1,16}$/u
/** Words that end a name-like run but are not organisations (在住, 出身). */
const NOT_ORG = /(?:在住|出身|住民|市民|町民|村民|県民|区民)$/u

/**
 * Labels between an owner and its value: 【電話】, TEL, 携帯：, ☎, 連絡先, …; the phone number of
 * the same owner in a list (相談窓口【電話】442-9558、【E-mail】…) and a desk's person in charge
 * ((担当：古賀)) are skipped too.
 */
/*
 * Round 56: a request told with an honorific ご (日程のご相談は …へ, ご質問は …まで, ご依頼・ご注文は …) asks the reader to write or call:
 * it labels the value like 問い合わせ, it is no desk that owns it (相談 and 案内 alone end a desk's name: 子育て相談 0944-…). Read as a
 * label, whoever the sentence named before it owns the value (所有者の松尾さんは…日程のご相談は matsuo… ＠ gmail . com へ).
 */
/**
 * Round 73 (blind HG-134): the hours a desk takes calls, in the bracket between its name and its number (■柳川市 女性相談（月〜金 9時〜16時）0944-…,
 * 子育て相談（平日 9:00〜17:00）, 消費生活センター（毎週火・木 10時~15時）): skipped like a label, so the desk before it owns the number. The bracket
 * tells a time, a weekday or 平日; one that tells of a home or a person (（夜は自宅）, （田中さん宅）, （在宅）) is not skipped.
 */
const HOURS_TAIL =
  /[(（](?=[^()（）\n]{0,40}?(?:[0-9]時|[0-9]:[0-9]{2}|平日|曜|[月火水木金土日][ 　]?[〜~～\-][ 　]?[月火水木金土日]))(?:(?!宅|家|携帯|ケータイ|さん|様|さま|氏|個人|私用|在宅)[^()（）\n]){1,40}[)）]$/u
/**
 * Round 74 (blind HH-071, HH-075, HH-122): the hours a desk takes calls written bare between its name and its number, on the number's
 * own line under a heading that names the desk (■市のこころの健康相談（保健師が対応）⏎平日 8時30分〜17時　0944-…), or inside the bracket
 * after the desk's name (市のこころの健康相談（平日8時30分〜17時 0944-…）), in Japanese or in English (Weekdays 8:30–17:00 / 0944-…). Skipped
 * like a label, so whoever is named before the hours owns the number: a desk, or a person (田中さん 平日9時〜17時 0944-… is still
 * theirs). A time range with its days (平日, 毎日, 月〜金, 土日祝), one or two clock times.
 */
const HOURS_DAYS_JA = '(?:平日|毎日|夜は?|朝|昼|夕方|土日祝日?|土日|祝日|休日|年中無休|夜間|日中|(?:毎週|毎月第[0-9]|第[0-9])?[月火水木金土日](?:曜日?)?(?:[~\\-・][月火水木金土日](?:曜日?)?)?)'
const CLOCK_JA = '(?:午前|午後|翌)?[0-9]{1,2}(?:時(?:[0-9]{1,2}分|半)?|:[0-9]{2})'
const HOURS_DAYS_EN = '(?:[Ww]eekdays?|[Dd]aily|[Ee]very ?day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?(?: ?(?:-|~|to) ?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?)?)'
const CLOCK_EN = '[0-9]{1,2}(?::[0-9]{2})? ?(?:[ap]\\.?m\\.?)?'
const HOURS_BARE = new RegExp(
  `(?:(?:${HOURS_DAYS_JA}[ 　]?(?:の[ 　]?)?)?${CLOCK_JA}[ 　]?[~\\-][ 　]?${CLOCK_JA}(?:まで)?|(?:${HOURS_DAYS_EN},? ?:? ?)?[0-9]{1,2}(?::[0-9]{2}) ?(?:[ap]\\.?m\\.?)? ?(?:-|~|to) ?${CLOCK_EN})[ 　]?[、,/]?[ 　]?$`,
  'u',
)
const LABEL_TAIL =
  /(?:(?<=\s)-|[\s:：【】\[\]()（）「」『』<>＜＞☎℡✆→⇒▶▷►・/、,]|📞|📱|☎️|tel\.?|fax|e-?mail|mail|メールアドレス|メール|アドレス|電話番号|電話|でんわ|デンワ|携帯電話|携帯番号|携帯|ケータイ|ケイタイ|けいたい|連絡先|番号|お電話番号|お電話|ご連絡先|お携帯|ご携帯|直通|代表|内線|問い合わせ先?|ご相談|ご質問|ご依頼|ご用命|ご注文|ご案内|問合せ先?|お問い合わせ|申込先?|申し込み先?|申込み|(?:予約|受付|問い?合わ?せ|申込み?|申し込み|相談|注文)(?:・(?:予約|受付|問い?合わ?せ|相談))?専用(?:ダイヤル|電話|回線|番号)?|予約|受付|ご連絡|は|の|が|を|に|で|まで|[0-9][0-9\-]{5,}|[(（]担当[:：]?[^()（）]{0,12}[)）]|[(（][^()（）\n0-9]{1,14}[)）]|[(（][ -'*-~–—]{1,40}[)）]|(?<![A-Za-z0-9])(?:[0-9]{1,2}F|B[1-9]F?|[0-9]{1,2}(?:st|nd|rd|th)\s[Ff]loor|[Ff]loor\s[0-9]{1,2})|(?<![0-9])[0-9]{1,2}階)$/iu
const MOBILE_LABEL = /携帯|ケータイ|ケイタイ|けいたい|個人|私用|プライベート/u
const PRIVATE_BEFORE_LABEL = /(?<!(?:法人|団体|企業|事業者|事業所|会社|グループ)\s?(?:[・、,/／とや]|及び|および)?\s?)(?:個人|私用|私的|プライベート)(?:用)?(?:の)?$/u
const PRIVATE_USE = /(?:個人(?:的に|で)|私用で|私的に|プライベートで)[ 　]?(?:使って(?:いる|る|おられる|らっしゃる|います)|お使いの|お使いになっている|使用して(?:いる|る)|使用中の|利用して(?:いる|る))(?:の)?$/u
/**
 * An address written between an owner and its number (ありあけ内科クリニック（柳川市三橋町高畑215番地 0944-…）,
 * 山田さん方 三橋町1-2-3 090-…): skipped like a label, so the number belongs to whoever the address is given for.
 */
const ADDRESS_TAIL =
  /(?:[\p{Script=Han}ァ-ヶー々]{1,12}(?:都|道|府|県|市|町|村|区|郡))?[\p{Script=Han}ァ-ヶー々]{0,8}[0-9０-９一二三四五六七八九十百千]{1,6}(?:番地(?:の?[0-9０-９]{1,4})?|丁目(?:[0-9０-９]{1,4}番(?:地)?(?:[0-9０-９]{1,4}号)?)?|番(?:[0-9０-９]{1,4}号)?|[-－][0-9０-９]{1,4}(?:[-－][0-9０-９]{1,4})?)$/u

/**
 * Round 61 (blind GX-138): the same in an English contact line, the address written the Western way between the owner and its
 * number (Tax Division, Yanagawa City Hall, 87-1 Honmachi, Yanagawa / 0944-…; …, 1-2-3 Mitsuhashi-machi, Yanagawa-shi, Fukuoka
 * 832-8601, Tel 0944-…) or the Japanese way (Honmachi 87-1, Yanagawa): a house number with hyphens (87-1, 1-2-3) or with banchi,
 * then up to five place names in Title Case (-shi, -machi, City, Prefecture). A word that ends a body's name (Hall, Center, Office…)
 * is never read as the street before the number. The postal code after the town is a number LABEL_TAIL already skips, and so is
 * a dash set off by spaces before the number (Yanagawa — 0944-…: the norm view reads every dash as -).
 */
const EN_PLACE = String.raw`[A-Z][a-zāīūēō]{1,20}(?:-[a-zāīūēō]{1,6})?(?:\s(?:City|Town|Village|Ward|Prefecture|District))?`
const ADDRESS_TAIL_EN = new RegExp(
  String.raw`(?<![A-Za-z0-9-])(?:(?!(?:Hall|Cent(?:er|re)|Office|Division|Section|Department|Desk|Bureau|Building|Station|Library|Museum|Floor|Room|Suite|Apt|No)\s)[A-Z][a-zāīūēō]{2,20}(?:-[a-zāīūēō]{1,6})?\s)?(?:[0-9]{1,4}(?:-[0-9]{1,4}){1,3}|[0-9]{1,4}\s?[Bb]anchi(?:\s[0-9]{1,4})?)(?:,?\s${EN_PLACE}){0,5}$`,
  'u',
)

export type OwnerKind = 'person' | 'org' | 'none'

/** Round 58: what marks a contact line as set up for an occasion (臨時電話, 仮設の電話, 専用回線), read before its label. */
const TEMP_LINE = /(?:臨時|仮設|専用)(?:の)?(?:回線)?$/u
/** How far back the organisation running a temporary line may be named (the post's opening sentence). */
const TEMP_LINE_REACH = 200

export interface Owner {
  kind: OwnerKind
  /** A contact label was written right before the value (【電話】, TEL, 電話：…). */
  labelled: boolean
  /** The label itself says the value is private (携帯：, 個人の…). */
  privateLabel: boolean
  /** The owner ends the phrase right before the value (labels aside), rather than being found nearby. */
  immediate: boolean
  /** Some name (not recognised as a person or an organisation) ends the phrase before the labels: はれとこ【電話】. */
  named: boolean
  /**
   * The owner is a person in charge named in the phrase (担当の古賀, 担当：古賀), not an
   * organisation's name: they speak for the desk on a fixed line, but a mobile number there is
   * the staff member's own.
   */
  inCharge?: boolean
}

/** Whether `s` ends with a private person's name and honorific (蒲池 智子さん, 古賀様), or a home (ご自宅): not 皆様, お客様, 担当：古賀さん. */
export function endsWithPerson(s: string): boolean {
  return personEndsAt(s)
}

function personEndsAt(s: string): boolean {
  if (HOME.test(s)) return true
  const m = HONORIFIC.exec(s)
  if (!m) return false
  // 牛島 フミ子 様: a space may part the name from the honorific.
  const before = s.slice(0, m.index).replace(/[ 　]$/u, '')
  const c = before[before.length - 1]
  // A name is written in kanji or kana (or an initial) right before the honorific.
  if (c === undefined || !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々A-Za-z]/u.test(c)) return false
  if (NOT_A_NAME.test(before)) return false
  // 「担当：古賀さん」 is the desk's person in charge, not a private person.
  if (IN_CHARGE.test(before)) return false
  return true
}

/**
 * A private person described, not named: 近所の方, 拾った方, 飼い主, 持ち主, 発見者.
 * Blind R249C-003 kind: someone told only by a guess at who they are (運営者と思われる方, 犯人とみられる人物, 送り主らしき男性, 市職員を名乗る
 * 人物): a private person whose identity the post is pointing at; the number after them is theirs.
 */
const DESCRIBED_PERSON =
  /(?:と(?:思われる|思しき|おぼしき|みられる|見られる|される|考えられる)|らしき|を(?:名乗る|名のる|称する|かたる|騙る))(?:方|人|人物|男性|女性|男|女|者)$|(?:った|いた|んだ|した|れた|ている|てる|近所の|隣の|近くの|ご近所の|(?<!市内|市外|県内|県外)在住の|にお住まいの)方$|(?:飼い主|持ち主|落とし主|拾得者|発見者|拾い主|応募者|申込者|申込み者|申請者|登録者|相談者|購入者|落札者|当選者|受講者|受験者)(?:の方|さん|様)?$/u
/** A value someone gave the city, told by what they did (ご登録いただいたアドレス, ご記入くださった番号): theirs, not a name. */
/** Blind R375Y-030 kind: the same told by the honorific noun of what they did (ご登録のアドレス, ご記入の番号, お届けの連絡先): theirs. */
const GIVEN_BY = /(?:いただいた|頂いた|いただきました|くださった|下さった|された|なさった|(?:ご|お)(?:登録|記入|入力|指定|申告|届け出?|申し?込み)の?)$/u

/** The desk's person in charge (担当：古賀, 担当 古賀さん) speaks for the organisation. */
const IN_CHARGE = /担当(?:者)?[:：]?\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,6}\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{0,4}$/u

/**
 * Round 43: an organisation named in English, a Title Case name ending in what kind of body it is (the Japan National Tourism
 * Organization, Yanagawa Tourist Information Center, Japan Visitor Hotline), the number right after it or after at/on (the Yanagawa Police Station at 0944-…): a public body's line
 * in a post for visitors.
 */
const ORG_END_EN =
  /(?:(?<![A-Za-z])[A-Z][A-Za-z.'’&-]{1,20}\s(?:Organi[sz]ation|Cent(?:er|re)|Office|Association|Bureau|Agency|Ministry|Department|Hotline|Helpline|Hospital|Clinic|Council|Authority|Police|Embassy|Consulate|Foundation|Corporation|Desk|Station|Section|Division|Museum|Library|Secretariat)|(?<![A-Za-z])(?:City|Town|Village|Civic|Community|Prefectural)\sHall)(?:\s(?:at|on))?$/u
/**
 * Round 74 (blind HH-122): a public desk named in English by the city it belongs to and the work it does, in lower case (Yanagawa City
 * mental health consultation, Yanagawa City tax consultation desk, Fukuoka Prefecture child counseling center): a public body's line, as
 * the Title Case names ORG_END_EN reads are. (Not when a home, a mobile or a person's own line is told among its words.)
 */
const ORG_END_EN_DESK =
  /(?<![A-Za-z])(?:[A-Z][a-z]{1,20}\s)?(?:City|Town|Village|Prefecture|Prefectural|Municipal)(?:\s(?:Hall|Office))?(?:\s(?!(?:home|house|mobile|cell|private|personal|family|my|his|her)\b)[a-z][a-z'’-]{1,20}){0,4}\s(?:consultation|counseling|counselling|hotline|helpline|desk|counter|office|center|centre|window|support line|advice line|phone line|call center)$/u
function orgEndEn(s: string): boolean {
  return ORG_END_EN.test(s) || ORG_END_EN_DESK.test(s)
}
/**
 * Round 58: a person named in English with a title before the body they work for (Mr. Koga of the Tourist Section, Ms. Ogata from
 * Yanagawa City Hall): a staff member, like 担当の古賀; their mobile is their own.
 */
const STAFF_OF_EN = /(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?\s[A-Z][A-Za-z'’-]{1,20}(?:\s[A-Z][A-Za-z'’-]{1,20})?,?\s(?:of|from|at|in)\s(?:the\s)?(?:[A-Z][A-Za-z.'’&-]{1,20}\s){0,4}[A-Z][A-Za-z.'’&-]{1,20}(?:\s(?:at|on))?$/u
/**
 * Round 59 (blind GV-011, GV-036): a desk named in やさしい日本語, its words parted by spaces and its kind spelt in hiragana (けんこう
 * づくり か：0944-…, がいこくご の そうだん：0944-…, しやくしょ の まどぐち): the 課, 係, 相談 or 窓口 that ORG_END reads in kanji. A word of
 * its own after a space (not です か, a question, nor か glued to a verb).
 */
const ORG_END_KANA =
  /(?<=[\p{Script=Han}ぁ-んァ-ヶー][ 　])(?<!(?:です|ます|でしょう|ません|ますか|ない|たい)[ 　])(?:か|かかり|まどぐち|そうだん|そうだん まどぐち|しやくしょ|しやくば|やくしょ|やくば|ししょ|ほけんじょ|ほけん せんたー|せんたー|センター|けいさつしょ|しょうぼうしょ|こうみんかん|としょかん)$/u
/**
 * Round 63 (blind GZ-032): a desk named by the work it has in charge, 統計担当, 税務担当, 防災担当, 子育て支援担当 (a unit of a 課, like
 * its 係): the 担当 glued to the word for the work, nobody's name after it (担当：古賀 is IN_CHARGE). Whoever staffs it speaks for the
 * desk on a fixed line; a mobile number there is still their own (read as a person in charge).
 */
const DESK_IN_CHARGE = /[\p{Script=Han}ァ-ヶ々]担当$/u
/**
 * Round 73 (blind HG-043): a care home, a crematorium or a hall named ○○苑 (やすらぎ苑, ことぶき苑, 特別養護老人ホーム 柳風苑): a public
 * facility's line (■予約電話　やすらぎ苑 0944-…), as 斎場 and 園 are. 苑 also ends given names (紫苑, 美苑), so a kanji name before it
 * is read as a facility only after the kind of facility it is; a name in kana (やすらぎ, ひまわり) is no person's.
 */
const FACILITY_SONO =
  /(?:(?<![\p{Script=Han}々])[ぁ-ゖァ-ヶー]{2,8}|(?:老人ホーム|ホーム|斎場|葬祭場|火葬場|霊園|ケアハウス|デイサービス|施設|保養所|養護|特養)(?:[ 　]|の)?[\p{Script=Han}ぁ-ゖァ-ヶー々]{1,6})苑$/u
/**
 * Round 105 (blind HY-076): where a body's office is, told right before its number as inside a public building (市老人クラブ連合会（柳川ふれあい
 * 福祉センター内 0944-…）, 体育協会（総合体育館内 0944-…）, 事務局：市役所本庁舎内 0944-…): the desk in that building, a body's line. A mobile
 * there is still someone's own (read as a person in charge). The building is one a body keeps an office in (センター, 会館, 館, 庁舎, 役所,
 * 支所, ホール, プラザ, 施設); a home (田中さん宅内) or a town (市内, 県内) is none.
 */
const FACILITY_INSIDE =
  /(?:センター|会館|[\p{Script=Han}ァ-ヶー]館|庁舎|市役所|役所|役場|支所|出張所|ホール|プラザ|施設|事務所|事務局|学校|病院|ビル)[ 　]?(?:内|の中)$/u
/**
 * Round 118 (blind II-065): a roadside station or its like named by its kind before its name (道の駅やながわ, 道の駅 みやま, 海の駅おおき,
 * 川の駅 船小屋): a public facility's line, as ハローワーク大牟田 is. The name is one run with no particle, so a person named after it
 * (道の駅やながわの田中さん) is read as the person first, and the name is in one script (a phrase, 道の駅で会った方, mixes them).
 */
const STATION_BEFORE = /(?:道|海|川|里|みなと|まち)の駅[ 　]?(?:[\p{Script=Han}々]{1,8}|[ぁ-ゖー]{2,8}|[ァ-ヶー・]{2,10}|[A-Za-z]{2,12})$/u
export function orgEndsAt(s: string): boolean {
  return (ORG_END.test(s) && !NOT_ORG.test(s)) || STATION_BEFORE.test(s) || FACILITY_INSIDE.test(s) || ORG_FORM_BEFORE.test(s) || FACILITY_SONO.test(s) || MEDICAL_END.test(s) || IN_CHARGE.test(s) || DESK_IN_CHARGE.test(s) || PUBLIC_LINE_END.test(s) || orgEndEn(s) || ORG_END_KANA.test(s)
}

/**
 * A public office or line named without a generic suffix before its number: ハローワーク大牟田, 法務局柳川支局,
 * みんなの人権110番, こども家庭庁の189 (いちはやく), 子供SOSダイヤル東京.
 */
const PUBLIC_LINE_END = /(?:ハローワーク|法務局|年金事務所|税務署|労働基準監督署|社会福祉協議会|社協|消費生活センター|児童相談所)[\p{Script=Han}\p{Script=Katakana}ー]{0,8}$|[0-9０-９]{2,4}番$|(?:ダイヤル|ホットライン|相談電話|電話相談|いのちの電話)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}$/u

/** An organisation named in brackets right after the value: 090-…（観光課 携帯）. */
const ORG_AFTER = /^\s?[(（][^()（）\n]{0,16}?(?:課|係|室|協会|事務局|センター|案内所|事務所|窓口|委員会|協議会|組合|役場|市役所|支所|株式会社|\(株\)|法人|団体)/u
/**
 * Round 59 (blind GV-048): the same in English, a body in Title Case ending in its kind in the bracket (0944-77-8804 (Lifelong
 * Learning Division), (Tourism Section, City Hall 2F)).
 */
const ORG_AFTER_EN =
  /^\s?[(（](?:the\s)?(?:[A-Z][A-Za-z.'’&-]{1,20}\s){0,4}(?:Division|Section|Office|Department|Bureau|Cent(?:er|re)|Desk|Hotline|Helpline|Association|Council|Agency|Secretariat|City Hall|Town Hall)(?![A-Za-z])/u
export function orgAfter(t: string, b: number): boolean {
  const after = t.slice(b, b + 80)
  return ORG_AFTER.test(after) || ORG_AFTER_EN.test(after)
}

/**
 * The owner of the value at norm offset `a` of `t` (the norm text of one paragraph).
 * `window` bounds how far back a nearby owner is looked for.
 */
export function ownerOf(t: string, a: number, window = 60): Owner {
  // Where `s` starts in `t`: an English address skipped lends the window its length, so its owner is looked for as far back.
  let lo = Math.max(0, a - window)
  let s = t.slice(lo, a)
  let labelled = false
  let privateLabel = false
  let tempLine = false
  let hours = false
  for (let n = 0; n < 16; n++) {
    let m = (/[)）]$/u.test(s) ? HOURS_TAIL.exec(s) : null) ?? LABEL_TAIL.exec(s) ?? ADDRESS_TAIL.exec(s)
    if (!m && (m = ADDRESS_TAIL_EN.exec(s)) && lo > 0) {
      const more = Math.min(lo, m[0].length)
      s = t.slice(lo - more, lo) + s
      lo -= more
    }
    // Round 74: bare hours before the number, and after them the bracket aside of a heading line (（保健師が対応）, (public health
    // nurses, in Japanese)): skipped, each lends the window its length, so the desk named before them is read.
    let hoursHere = false
    if (!m && (m = HOURS_BARE.exec(s))) hours = hoursHere = true
    if (m && lo > 0 && (hoursHere || (hours && /^[(（]/u.test(m[0])))) {
      const more = Math.min(lo, m[0].length)
      s = t.slice(lo - more, lo) + s
      lo -= more
    }
    // 臨時 / 仮設 / 専用 right before a contact label (臨時電話, 臨時の連絡先, 仮設電話): a line set up for the occasion.
    if (!m && (labelled || /回線$/u.test(s)) && (m = TEMP_LINE.exec(s))) tempLine = true
    if (!m || m[0].length === 0) break
    const w = m[0]
    if (/tel|fax|mail|メール|アドレス|電話|でんわ|デンワ|携帯|ケータイ|けいたい|連絡先|番号|直通|問い?合わ?せ|申し?込|予約|受付|連絡|ご相談|相談専用|ご質問|ご依頼|ご用命|ご注文|☎|℡|📞|📱|✆/iu.test(w)) labelled = true
    if (MOBILE_LABEL.test(w)) privateLabel = true
    if (personEndsAt(s)) return { kind: 'person', labelled, privateLabel, immediate: true, named: true }
    s = s.slice(0, s.length - w.length)
  }
  // Blind R164D-007: the label said to be one the person uses privately (先生が個人で使っているアドレス, 私用でお使いの携帯, プライベートで
  // 使っているメール): their own, as 個人携帯 is. (業務で使っているアドレス is the desk's.)
  if (labelled && PRIVATE_USE.test(s)) privateLabel = true
  // Blind R310H-027 kind: 個人, 私用 or プライベート glued to the label (個人メール, 私用アドレス, プライベートのメール, 個人用の携帯): the label
  // says the value is someone's own, as 個人携帯 does (…まで、個人メール（…@gmail.com）でお送りください).
  if (labelled && PRIVATE_BEFORE_LABEL.test(s)) privateLabel = true
  if (personEndsAt(s)) return { kind: 'person', labelled, privateLabel, immediate: true, named: true }
  // 預かっている近所の方（電話 090-…）, 拾った方 080-…: someone described by what they did, the value
  // right after them (no は/に/まで between: 参加された方は 090-… へ is where to call, not theirs).
  // (…or owned through の and a label: 送り主らしき方の連絡先は 080-…, 拾った方の電話番号は: the label's は does not make it where to call.)
  const gap = t.slice(lo + s.length, a)
  if (DESCRIBED_PERSON.test(s) && (!/[はがをにへで]|まで/u.test(gap) || /^の[^はがをにへで。\n]{1,8}(?:は|が)[\s:：(（「]{0,3}$/u.test(gap))) {
    return { kind: 'person', labelled, privateLabel, immediate: true, named: true }
  }
  // Blind LA-033 kind: the number told as where to call a place the post names (予約：…施設へお電話ください（0944-…）, 当院までご連絡ください
  // 0944-…, 子育て支援センターにお問い合わせください（…）): the facility's own line, as 施設：… 0944-… is.
  const call = CALL_TO_TAIL.exec(s)
  if (call) {
    const head = s.slice(0, call.index)
    if (FACILITY_WORD_END.test(head) || orgEndsAt(head)) return { kind: 'org', labelled: true, privateLabel, immediate: true, named: true, inCharge: false }
  }
  if (orgEndsAt(s)) {
    const inCharge = !((ORG_END.test(s) && !NOT_ORG.test(s)) || ORG_FORM_BEFORE.test(s) || MEDICAL_END.test(s) || orgEndEn(s)) || (orgEndEn(s) && STAFF_OF_EN.test(s.slice(-120)))
    return { kind: 'org', labelled, privateLabel, immediate: true, named: true, inCharge }
  }
  if (GIVEN_BY.test(s)) return { kind: 'person', labelled, privateLabel, immediate: true, named: true }
  // A line set up for the occasion (臨時電話, 仮設の連絡先, 専用ダイヤル) with no one named in its phrase: the organisation the post
  // tells of (柳川市社会福祉協議会が…センターを開設しました。…臨時電話 080-…) runs it, unless a person is named nearer.
  if (tempLine) {
    const e = lo + s.length
    if (nearestOwner(t.slice(Math.max(0, e - TEMP_LINE_REACH), e), true) === 'org') return { kind: 'org', labelled, privateLabel, immediate: true, named: true }
  }
  // Round 116 (blind R117A-122): a staff member owns the value in its own phrase (その職員の連絡先は 080-…, 担当スタッフの携帯 090-…,
  // 新人職員本人の番号): their own line, as a person in charge's is.
  if (STAFF_OWNER.test(s)) return { kind: nearestOwner(s), labelled, privateLabel, immediate: false, named: true, inCharge: true }
  // (臨時電話 alone: the word 臨時 still names the line.)
  const named = tempLine || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々A-Za-z0-9]$/u.test(s)
  // Nothing owns the value in its own phrase: the nearest person or organisation mentioned before it.
  const near = nearestOwner(s)
  return { kind: near, labelled, privateLabel, immediate: false, named }
}

/** A call to a place: へ, に or まで and the act asked (お電話ください, ご連絡を, お問い合わせください), at the end of the phrase before the number. */
const CALL_TO_TAIL = /(?:へ|に|まで)(?:直接)?(?:お電話|ご連絡|お問い合わせ|お問合せ|お申し込み|お申込み|ご予約)(?:ください|くださいませ|を(?:お願いします|お願いいたします|ください))?[ \t　]{0,2}$/u
/** A word for the facility the post tells of, in place of its name: 施設, 当施設, 同施設, 事業所, 当院, 同院, 当園, 各園. */
const FACILITY_WORD_END = /(?:(?:当|同|各|本|利用|ご利用の|ご利用になる|利用する)?(?:施設|事業所|園)|(?:当|同|各|本)(?:院|館|センター))$/u
const STAFF_OWNER = /(?:職員|スタッフ|係員|社員|従業員|店員|署員)(?:本人|個人|さん)?$/u
const PERSON_ANY = /(?:さん|様|さま|氏|くん|ちゃん)(?![\p{Script=Han}])|(?:ご自宅|自宅|お宅|個人宅|様宅|さん宅|さん方|様方|個人の携帯|個人携帯|私用|個人アドレス|個人のアドレス)/gu
const ORG_ANY =
  /(?:課|係|協会|事務局|センター|案内所|事務所|窓口|委員会|協議会|組合|役場|市役所|支所|株式会社|\(株\)|法人|団体|病院|医院|クリニック|診療所|歯科|薬局|ダイヤル|ホットライン|デスク|カウンター|(?:内|外|小児|眼|皮膚|耳鼻咽喉|耳鼻|産婦人|婦人|泌尿器)科)(?![\p{Script=Han}])/gu

/**
 * Round 58: a body telling what it does, as the subject of its post (地区の自主防災会が…, 実行委員会です, 消防団では…): with a
 * temporary line, the one running it. Events held are not bodies (説明会が, 大会では).
 */
const ORG_SUBJECT = /(?:会|団|隊|本部)(?=が|では|です|より|として)/gu
const EVENT_NOT_BODY = /(?:説明|大|講演|演奏|展示|発表|運動|交流|研修|相談|総|例|勉強|祭|宴|集|茶|音楽|展覧|学習|懇親|懇談|審議)会$|(?:応援|楽|劇|軍|集)団$|(?:楽|部)隊$/u

/** The kind of the last person or organisation mention in `s` (`subjects`: a body named as a subject counts too). */
function nearestOwner(s: string, subjects = false): OwnerKind {
  let person = -1
  for (const m of matchAllOf(PERSON_ANY, s)) {
    const end = m.index + m[0].length
    if (personEndsAt(s.slice(0, end))) person = end
  }
  let org = -1
  for (const m of matchAllOf(ORG_ANY, s)) {
    const end = m.index + m[0].length
    if (!NOT_ORG.test(s.slice(0, end + 2))) org = end
  }
  if (subjects) {
    for (const m of matchAllOf(ORG_SUBJECT, s)) {
      const end = m.index + m[0].length
      if (end > org && !EVENT_NOT_BODY.test(s.slice(Math.max(0, end - 4), end))) org = end
    }
  }
  if (person < 0 && org < 0) return 'none'
  return person > org ? 'person' : 'org'
}

/** Whether `t` (a sentence or paragraph) names a private person: 山田さん, 藤吉様, 中村様. */
export function namesPerson(t: string): boolean {
  for (const m of matchAllOf(PERSON_ANY, t)) {
    if (personEndsAt(t.slice(0, m.index + m[0].length))) return true
  }
  return false
}

/** The folded text around a source span (for keyword proximity). */
export function foldedWindow(doc: Doc, span: Span, radius: number): string {
  const f = doc.folded
  let lo = 0
  let hi = f.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (f.start[mid]! < span.start) lo = mid + 1
    else hi = mid
  }
  return f.text.slice(Math.max(0, lo - radius), Math.min(f.text.length, lo + radius))
}

export function lineBefore(text: string, at: number, max: number): string {
  let s = at
  const lo = Math.max(0, at - max)
  while (s > lo && text[s - 1] !== '\n') s--
  return text.slice(s, at)
}

/**
 * Whether `at` (an index into `t`) stands inside a quotation opened on its line and not yet closed before it: 「…江口さん」といった
 * 書き込み, 『…』 likewise. A name or a detail quoted so is a mention, not a person told. The detectors' one reading of it.
 */
export function quotedOnLine(t: string, at: number): boolean {
  const head = t.slice(t.lastIndexOf('\n', at - 1) + 1, at)
  return head.lastIndexOf('「') > head.lastIndexOf('」') || head.lastIndexOf('『') > head.lastIndexOf('』')
}

export function sentenceSpan(t: string, at: number, max = 120): Span {
  let s = at
  const lo = Math.max(0, at - max)
  while (s > lo && !isSentenceEnd(t.charCodeAt(s - 1))) s--
  let e = at
  const hi = Math.min(t.length, at + max)
  while (e < hi && !isSentenceEnd(t.charCodeAt(e))) e++
  return { start: s, end: e }
}

/**
 * The roles of those who serve residents, as a pattern source: an office or desk (課, 係, 室, 窓口, センター), staff (担当, 職員,
 * スタッフ), a teacher or lecturer, and the care and health professions (相談員, 指導員, 支援員, 保健師, 看護師, 栄養士, 医師, 保育士).
 * A name right after one of them (保健師の西田さん, 健康づくり課・松尾さん, 窓口の 宮原さん) is the one who serves, not the resident a matter
 * is told of. Each detector adds the roles its own reading needs (`staffBefore`).
 */
export const STAFF_ROLES = '課|係|室|窓口|センター|担当|職員|スタッフ|講師|先生|相談員|指導員|支援員|保健師|看護師|栄養士|医師|保育士'

/**
 * A role of one who serves residents (`STAFF_ROLES`, plus `extra`, an alternation source such as '係長|課長') right at the end of the
 * text before a name, with an optional joint (の, ・, 、, で, a colon) and one space. Test it against the few characters before the name.
 */
export function staffBefore(extra = ''): RegExp {
  return new RegExp(`(?:${STAFF_ROLES}${extra === '' ? '' : `|${extra}`})(?:の|・|、|で|:|：)?[ 　]?$`, 'u')
}

/** Health and care staff or an office right before a name; shared by the health-matter detectors (health-subject.ts, screened-person.ts, incident-victim.ts). */
export const HEALTH_STAFF_BEFORE = staffBefore('助産師|ドクター|保健所')
/**
 * Right after a name, what makes it the office's contact or the one who explains (…さんまで, …さんからお電話します, …さんがご説明します,
 * …さんへお問い合わせください): staff, not the resident a result or matter is told of. Tested against the text right after the honorific.
 */
export const CONTACT_AFTER_NAME =
  /^(?:まで|(?:から|より)(?:お電話|電話|ご?連絡|ご?説明|ご案内|お知らせ)|が(?:担当|ご?説明|対応)|へ(?:お問い?合わせ|ご?連絡|ご相談|お電話))/u

/**
 * For a household named by surname (中村様方, 田中さんのお宅; welfare-households.ts, home-told.ts): what before the honorific is no
 * surname (groups, customers, staff and bodies: 皆様方, 奥様方, 保護者様方, 先生方), a role right before the name that makes the home a
 * place to ask or help (民生委員の田中さん宅, 講師の…先生), and an example or an address line (記入例, 宛名).
 */
export const HOUSEHOLD_NOT_SURNAME = /^(?:皆|奥|各|貴|客|お客|先生|御|ご家族)$|(?:者|社|会|課|係|局|所|館|園|院|校|組|団|部|室|庁|長|員|族)$/u
export const HOUSEHOLD_ROLE_BEFORE = /(?:民生委員|児童委員|委員|区長|自治会長|会長|班長|担当|講師|職員|代表|先生)(?:の|は|：|:)?[ 　]?$/u
export const HOUSEHOLD_EXAMPLE = /例[:：]|例えば|記入例|記載例|のように|宛名|あて名/u

/**
 * For a home pointed at by place (place-pointed.ts, home-told.ts, house-look.ts): what makes the words no one household's door.
 * - `PLACE_GROUP`: the people at the place are a group (…の住宅の皆さん, 方々).
 * - `PLACE_VENUE`: the house or place turned venue, shop or office (角の公民館で開催, …の古民家を改修したカフェ, 交流センター);
 *   tested against the few characters after the home.
 * - `PLACE_WAYMARK`: the home as a mark on the way (…のお宅の前は通学路です, …の先を右へ); tested right after the home.
 */
/**
 * A landmark's side, as a pattern source to build into a reading of a home pointed at by place: the corner, back, front, a side or the
 * houses next along (公民館の向かい, …の裏手, 旧郵便局の二軒隣, …の並び). Shared by place-pointed.ts, home-told.ts and house-look.ts, which each
 * add what their own reading needs after it.
 */
export const LANDMARK_SIDE = '(?:角|裏手|裏|真裏|向かい|斜め向かい|真向かい|[東西南北]?隣|[一二三1-3１-３]軒(?:隣|先|となり)|並び|奥|横)'
export const PLACE_GROUP = /皆さん|みなさん|皆様|方々|全員/u
export const PLACE_VENUE = /開催|会場|開館|オープン|営業|体験|見学|内覧|募集|ご利用|活用|カフェ|改修|センター|事務所|資料館|記念館|ギャラリー/u
export const PLACE_WAYMARK = /^の?(?:前|横|脇|付近|周辺|あたり|辺り|手前|先|角|方向|方面|近く|そば)/u

/**
 * The sentences of `t` in order, as UTF-16 spans into `t`: `sentenceSpan` from the start, then from just after each sentence's
 * end (a sentence longer than 120 characters on either side of where it is read from is cut there); no empty spans. For the finders that read
 * a paragraph sentence by sentence.
 */
export function sentencesOf(t: string): readonly Readonly<Span>[] {
  // Twelve finders read the same paragraph one after another: the last paragraph's sentences are kept (one entry).
  if (t === lastText) return lastSentences
  const out: Span[] = []
  for (let at = 0; at < t.length; ) {
    const s = sentenceSpan(t, at)
    // A mark right after a sentence's end (。 then a line break, ！！) would stand as an empty piece: skipped, so that the sentence before
    // and the next are the neighbours a finder reads (blind R423Y-054: a status, then the household told on the next line).
    if (s.end > s.start) out.push(s)
    at = Math.max(s.end + 1, at + 1)
  }
  lastText = t
  lastSentences = out
  return out
}
let lastText = ''
let lastSentences: readonly Readonly<Span>[] = []

/**
 * A value shown as an example of a format, not someone's: after 例：/記入例, or quoted and followed
 * by のような/などの (「090-1234-5678」のような番号から電話が…).
 */
export function isExampleValue(t: string, a: number, b: number): boolean {
  if (/(?:例[:：]|例えば|たとえば|記入例|記載例|\(例\)|（例）)\s?[「『"]?\s?$/u.test(t.slice(Math.max(0, a - 12), a))) return true
  const after = t.slice(b, b + 40)
  if (/^\s?[」』"”)）]?\s?(?:のような|のように|などの|などと|といった|という(?:番号|アドレス|形式))/u.test(after) && !WRITTEN_DOWN.test(after)) return true
  return inExampleBlock(t, a, b)
}

/**
 * Round 69 (blind R69A-033): 「…」という番号 / というアドレス followed by what it was written on or that it was written (という番号のメモ,
 * という番号が書かれた紙, というアドレスが記入されていました, という番号の入った名札): a value found on something, quoted to tell what it
 * is, not a format shown as an example (「090-1234-5678」という番号から電話が… stays one).
 */
const WRITTEN_DOWN =
  /^\s?[」』"”)）]?\s?という(?:番号|アドレス)(?:が|も|の)[^。！？!?\n]{0,8}?(?:メモ|紙|付箋|ふせん|名刺|名札|カード|札|タグ|シール|書き込み|書きこみ|走り書き|控え|レシート|伝票|(?:書|か|記|しる|控|ひか)(?:かれ|いて|いた|いてあ|され|した|し|えて|えた)|記載|記入|印字|印刷|手書き|入った|入って)/u

/**
 * Round 52: a heading line that opens a sample of a filled-in form (記入例, 【申請書の記入例】, ＜見本＞, 記載例：), the
 * line alone (a sentence that mentions 記入例 is no heading).
 */
const EXAMPLE_HEADING =
  /^[ \t　]{0,4}[【■□◆◇●＜<《〈(（\[［]?[ \t　]{0,2}(?:例[：:][ \t　]{0,2})?(?:[\p{Script=Han}ァ-ヶー]{1,8}の(?:書き方の)?)?(?:記入例|記載例|入力例|見本|サンプル|例)[0-9０-９]?[ \t　]{0,2}[】＞>》〉)）\]］]?[：:]?[ \t　]{0,4}$/u
/**
 * A note below a sample that says its values are not real: ※上記は記入例です, 以上はあくまで見本です, ※記入例の氏名・住所・口座番号は
 * 見本です, 記載例の内容は架空のものです. At a line's start (after ※).
 */
export const EXAMPLE_NOTE =
  /(?:^|\n)[ \t　]{0,4}[※＊*]?[ \t　]{0,2}(?:上記|以上|上の(?:内容|欄|記入|記載)?|(?:この|上の)?(?:記入例|記載例|入力例|見本))(?:の[^。！？!?\n]{0,24}?)?(?:は|が)(?:すべて|全て)?(?:あくまで(?:も)?)?(?:記入例|記載例|入力例|見本|サンプル|例|架空|ダミー)(?=です|でした|であり|と(?:なり|し)|になり|で[、 ]|の(?:もの|内容|値|番号|人物|名前|氏名|情報|例)|(?:や|じゃ|だ)(?:けん|から|ので|よ|けど|[。！!、]|$)|[。！!、]|$)/u

/**
 * Whether the value at a..b stands on a line of a form, a field and its value (振込先：○○銀行 普通 1234567, 電話 0944-…), not in
 * a sentence telling what was done with it (山田様の口座 普通 4567890 へ返金しました。): a sample holds fields, not news.
 */
export function isFieldLine(t: string, a: number, b: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  let lineEnd = t.indexOf('\n', b)
  if (lineEnd < 0) lineEnd = t.length
  return !/[。！？!?]|(?:ます|ました|です|でした|ください|下さい)(?![\p{Script=Han}ァ-ヶ])/u.test(t.slice(Math.max(lineStart, a - 60), Math.min(lineEnd, b + 60)))
}

/**
 * Round 52: a value inside a sample of a filled-in form, said to be one: under a heading line of its block of lines (記入例⏎氏名：…⏎
 * 振込先：○○銀行 普通 1234567, no blank line between, at most 8 lines up), or above a note in its paragraph (※上記は記入例です).
 */
export function inExampleBlock(t: string, a: number, b: number): boolean {
  if (!/記入例|記載例|入力例|見本|サンプル|例/u.test(t) || !isFieldLine(t, a, b)) return false
  let end = t.lastIndexOf('\n', a - 1)
  for (let n = 0; n < 8 && end > 0; n++) {
    const start = t.lastIndexOf('\n', end - 1) + 1
    const line = t.slice(start, end)
    if (line.trim() === '') break
    if (line.length <= 24 && EXAMPLE_HEADING.test(line)) return true
    end = start - 1
  }
  const lineEnd = t.indexOf('\n', b)
  return lineEnd >= 0 && EXAMPLE_NOTE.test(t.slice(lineEnd, Math.min(t.length, lineEnd + 240)))
}

/**
 * A value given as the wrong one in a correction (お詫びと訂正): labelled 誤 on its line (誤：…, 誤）…, 【誤】…, ×…, 訂正前：…, or
 * （誤） right after it) while the post gives the right one too (正：…, 正）…, 【正】, （正）, ○…, 訂正後, 正しくは). The wrong value is
 * quoted to be withdrawn, not given to be used. (Blind GR-108: the label closed by a bracket alone, 誤）0944-77-6213 ⏎ 正）….)
 */
const WRONG_LABEL_BEFORE = /^[ \t]?[・●■◆◇*-]?[ \t]?(?:【誤】|［誤］|\[誤\]|\(誤\)|誤り?[:)]|×(?::|\s|$)|訂正前[:)]?|(?:[Ii]ncorrect|INCORRECT|[Ww]rong|WRONG)(?:\s(?:number|phone number|address|e-?mail))?\s?:)[^\n。！？!?]{0,16}$/u
const WRONG_LABEL_AFTER = /^[ \t]?(?:【誤】|［誤］|\[誤\]|\(誤\))/u
/**
 * Round 66 (blind HB-053): the label in brackets right before the value in the middle of a sentence (…誤って記載していました。（誤）0944-77-8793
 * （正）0944-77-8739 です), or 誤： after a sentence's end or a comma.
 */
const WRONG_LABEL_INLINE = /(?:【誤】|［誤］|\[誤\]|\(誤\)|(?:^|[。、,\s])(?:誤り?|訂正前)[:：])\s?$/u
const RIGHT_LABEL =
  /(?:^|\n)[ \t]?[・●■◆◇*-]?[ \t]?(?:正[:)]|○(?::|\s?(?=[0-9]))|訂正後[:)]?|(?:Correct(?:ed)?|CORRECT(?:ED)?|Right|RIGHT)(?:\s(?:number|phone number|address|e-?mail))?\s?:)|【正】|［正］|\[正\]|\(正[)・、,:]|(?:→|⇒)\s?正(?:[:)]|\s)|正しくは|正しい(?:番号|電話番号|アドレス|連絡先)は|[Tt]he correct (?:number|phone number|address|e-?mail(?: address)?) is/u
/**
 * Round 110 (blind IB-057): the correction told in a sentence, the city's own notice named as where the number was given (11月12日の融資相談会の
 * お知らせで、電話番号を「0944-77-8523」と記載しておりましたが、正しくは「0944-77-8532」です; 先日の投稿で問い合わせ先を 0944-… と掲載しましたが、
 * 正しくは 0944-… でした): the first value is the city's mistake withdrawn, the second the line of the notice's desk.
 */
const STATED_NOTICE = '(?:お知らせ|ご案内|案内|投稿|記事|チラシ|ポスター|広報|掲載|告知|募集|ページ)(?:で|に|の|において|では|内で)[、,]?[ 　]?(?:問い?合わ?せ先の|お?問い?合わ?せの|申込先の|お?申し?込みの)?(?:お?電話番号|番号|連絡先|問い?合わ?せ先|申込先)(?:を|は|が)[、,]?[ 　]?[「『]?[ 　]?'
const STATED_AS = '[ 　]?[」』]?[ 　]?と[ 　]?(?:記載|掲載|表記|ご案内|案内|お知らせ|記し|記入|書い|お伝え)[^。！？!?\\n]{0,16}?(?:が|けれど|けど|ところ)[、,]?[ 　]?正しくは[、,]?[ 　]?'
const STATED_WRONG_BEFORE = new RegExp(`${STATED_NOTICE}$`, 'u')
const STATED_WRONG_AFTER = new RegExp(`^${STATED_AS}`, 'u')
const STATED_RIGHT_BEFORE = new RegExp(`${STATED_NOTICE}[0-9()\\-\\s]{10,16}${STATED_AS}[「『]?[ 　]?$`, 'u')
/** The wrong value of a correction told in a sentence (…のお知らせで、電話番号を「0944-…」と記載しておりましたが、正しくは…). */
export function isStatedWrongValue(t: string, a: number, b: number): boolean {
  return STATED_WRONG_BEFORE.test(t.slice(Math.max(0, a - 60), a)) && STATED_WRONG_AFTER.test(t.slice(b, b + 40)) && !WRONG_WAS_PRIVATE_NOTE.test(t)
}
/** The right value of a correction told in a sentence (…と記載しておりましたが、正しくは「0944-…」です). */
export function isStatedRightValue(t: string, a: number): boolean {
  return STATED_RIGHT_BEFORE.test(t.slice(Math.max(0, a - 110), a)) && !WRONG_WAS_PRIVATE_NOTE.test(t)
}
export function isWrongValueInCorrection(t: string, a: number, b: number): boolean {
  if (isStatedWrongValue(t, a, b)) return true
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  const labelled = (a - lineStart <= 24 && WRONG_LABEL_BEFORE.test(t.slice(lineStart, a))) || WRONG_LABEL_AFTER.test(t.slice(b, b + 6)) || WRONG_LABEL_INLINE.test(t.slice(Math.max(lineStart, a - 8), a))
  return labelled && RIGHT_LABEL.test(t)
}

/** The label of the right value right before it: （正）, 【正】, 正：, 訂正後：, 正しくは, 正しい番号は. */
const RIGHT_LABEL_BEFORE = /(?:【正】|［正］|\[正\]|\(正\)|(?:^|[。、,\s])正[:：)]|訂正後[:：)]?|正しくは[、,]?|正しい(?:お?電話)?番号は[、,]?)\s?$/u
/**
 * What the correction says was given wrong: 女性相談室の電話番号を誤って, 観光課の番号に誤りが, 問い合わせ先の番号が誤って. Round 115 (blind IG-095):
 * the owner's name may stand in brackets (休日当番医の「ひまわりこどもクリニック」の電話番号を誤って): the name inside them is read.
 */
const CORRECTED_NUMBER_OF = /([^\s、。,(（「『」』]{1,20})[」』]?の(?:お?電話番号|番号|連絡先|FAX番号|問い?合わ?せ先)(?:を|に|が)[^。！？!?\n]{0,8}?(?:誤|間違|違って)/gu
/**
 * Round 66 (blind HB-053): the right value of a correction of a desk's number (女性相談室の電話番号を誤って記載していました。（誤）0944-…（正）
 * 0944-…): the post says whose number it corrects, and a body owns it. The wrong one is a mention (isWrongValueInCorrection); the right one
 * is that body's public line.
 */
export function isRightValueOfCorrectedDesk(t: string, a: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (!RIGHT_LABEL_BEFORE.test(t.slice(Math.max(lineStart, a - 10), a))) return false
  if (!/誤|訂正前/u.test(t)) return false
  return correctsDeskNumber(t)
}
/** The right value of a correction, labelled so on its line ((正)0944-…, 正：0944-…), in a paragraph that gives the wrong one too. */
export function isRightValueLabelled(t: string, a: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  return RIGHT_LABEL_BEFORE.test(t.slice(Math.max(lineStart, a - 10), a)) && /誤|訂正前/u.test(t)
}
/**
 * Whether `t` (a paragraph) says whose number a correction corrects and a body owns it (女性相談室の電話番号を誤って, 「こころの健康相談」
 * のお知らせで、電話番号に誤り), the post not saying the number was a home's or a private person's. `post` reads it across paragraphs.
 */
export function correctsDeskNumber(t: string): boolean {
  if (!/誤|間違|違って/u.test(t)) return false
  for (const m of matchAllOf(CORRECTED_NUMBER_OF, t)) if (orgEndsAt(m[1]!)) return true
  if (WRONG_WAS_PRIVATE_NOTE.test(t)) return false
  for (const m of matchAllOf(CORRECTED_NOTICE_OF, t)) if (orgEndsAt(m[1]!.replace(/から$/u, ''))) return true
  return false
}
/**
 * Round 74 (blind HH-098): the correction names the desk by the notice it corrects, the number told as that notice's (「こころの健康相談」の
 * お知らせで、電話番号に誤りがありました, 先日の子育て相談の投稿で番号を誤って掲載しました, 税務課からのご案内の問い合わせ先が間違っていました):
 * the notice was the city's own post about that desk, so the right number is the desk's line. (Not when the post says the number was a
 * home's or a private person's: 個人宅の番号を誤って.)
 */
/*
 * Round 114 (blind IE-101): the number named by what it is for, glued to its kind (予約電話番号, 相談電話番号, 申込電話番号, 問い合わせ番号):
 * the notice's desk's line all the same.
 */
const NUMBER_PURPOSE = '(?:ご?予約|ご?相談|お?申し?込み?|お?申込|お?問い?合わ?せ|受付)?(?:用の?)?'
const CORRECTED_NOTICE_OF = new RegExp(
  String.raw`([^\s、。,(（「『」』]{1,20})[」』]?(?:から)?の(?:お知らせ|ご案内|案内|投稿|記事|チラシ|ポスター|広報|掲載|告知)(?:で|に|の|において|では)[、,]?[ 　]?(?:掲載した|記載した|お知らせした|ご案内した)?(?:問い?合わ?せ先の|お?問い?合わ?せの)?${NUMBER_PURPOSE}(?:お?電話番号|番号|連絡先|問い?合わ?せ先)(?:を|に|が)[^。！？!?\n]{0,8}?(?:誤|間違|違って)`, 'gu')
export const WRONG_WAS_PRIVATE_NOTE = /個人|自宅|お宅|個人宅|(?:一般|ご)家庭|民家|私用|携帯/u

/**
 * Consent is stated: the person agreed to be named (ご本人の了承を得て掲載). Blind R178A-032: not consent denied (許可を取っていない, 了解を得ずに,
 * 承諾なしで, 同意をもらわずに): the negation within a few characters after the phrase. Nor consent whose getting is negated
 * however far the verb runs (ご承諾が得られていない, 承諾はいただいておりません), nor one marked as absent before it (未承諾, 不同意).
 */
export const CONSENT =
  /(?<![未無不])(?:了承(?!ください|下さい|くだ|願|のほど|をお願|いただ(?:きますよう|けますよう|けますと|ければ|きたく))|了解を得|許可を得|同意を得|承諾|本人の了解|保護者の了解|掲載の了解|(?:同意|了解|許可)(?:を|も)?(?:いただ|頂|もら|得て|取って))(?![^。、！？!?\n]{0,5}?(?:ず|ない|なく|ません|なかっ|おらず|なし)|[はがをも]?(?:得られ|得|取れ|取っ|もらえ|もらっ|いただけ|いただい|頂け|頂い)(?:て(?:い|お[らり]?))?(?:ない|ず|ません|なかっ))/u
