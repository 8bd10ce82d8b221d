/**
 * Blind R124A-014: a person's entry number on a register the city keeps, told with the register named (田中 清子様（選挙人名簿 第3投票区
 * 127番）, 選挙人名簿の登録番号は 3-0127, 避難行動要支援者名簿の No.58 の古賀さん, 住民基本台帳の番号 …): the number points at one entry,
 * so with the register in hand it names the person and their address. It blocks when a private person is named in the paragraph, and
 * is a warning otherwise. Counts and dates of the register (選挙人名簿の登録者数は 3万2,145人, 縦覧は3月1日から), a precinct told as
 * where to vote (第3投票区（柳川小学校）で投票), a form's number (第12号様式) and a sample (記入例) are not an entry's number.
 *
 * Only short numbers (a precinct and an entry of one to six digits) are written this way, so it runs before identifiers' four-digit
 * floor.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { inExampleBlock, isExampleValue, namesPerson, sentenceSpan, withoutUrls, type Emit } from './context'

/** The register: the electoral roll, the list of residents who need help to evacuate, the basic resident register. */
const REGISTER = '(?:選挙人名簿(?:抄本)?|(?:避難行動)?要支援者名簿|避難支援(?:者)?名簿|住民基本台帳|名簿)'
/** Between the register and its value: a bracket, の, a label (登録番号, 番号, No.), a colon, は. */
const LABEL = '[\\s　]{0,2}(?:[（(【:：、,][\\s　]{0,2})?(?:の)?(?:登録|記載)?(?:番号|No\\.?|№|ナンバー)?[\\s　]{0,2}(?:[:：は][\\s　]{0,2})?'
/** The precinct, if told (第3投票区, 3区). */
const PRECINCT = '(?:第?[0-9０-９一二三四五六七八九十]{1,3}投票区[\\s　、,・の]{0,2})'
/** The entry: 127番, 第127号, 3-0127, the precinct and a number, or a bare number after a label (番号 127, No.58; checked below). */
const ENTRY = `(?:${PRECINCT}?第?[0-9０-９]{1,6}(?:番(?![地目線館札組街町丁台])|号(?![線館室棟車様式機地]))|[0-9０-９]{1,3}[\\-－‐][0-9０-９]{1,6}(?![0-9０-９\\-－‐])|${PRECINCT}[0-9０-９]{1,6}(?![0-9０-９])|[0-9０-９]{1,6}(?![0-9０-９万億,，.．年月日時分人名件世帯歳%％円]))`
const REGISTER_NUMBER = new RegExp(`(${REGISTER})${LABEL}(${ENTRY})`, 'gu')
/**
 * Blind R260K-003 kind: the precinct and the entry number printed on a voter's admission ticket (第7投票区・整理番号0412, 第3投票区 受付番号
 * 127): the electoral roll's entry, with the roll not named. Not a precinct told as where to vote (第7投票区の投票所は…), nor a number
 * without its precinct (整理番号順にお呼びします).
 */
const PRECINCT_ENTRY = /第?[0-9０-９一二三四五六七八九十]{1,3}投票区[\s　、,・の]{0,2}(?:の)?(?:整理番号|受付番号|登録番号|番号|No\.?|№)[\s　]{0,2}[:：は]?[\s　]{0,2}[0-9０-９]{1,6}(?![0-9０-９])/gu
/** A bare 名簿 only as a named register's entry (名簿番号, 名簿の登録番号): not a class's or a club's list. */
const BARE_ROSTER = /^名簿$/u
const LABELLED = /番号|No|№|ナンバー/u

export function registerNumbers(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/名簿|台帳|投票区/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(PRECINCT_ENTRY, t)) {
    const a = m.index
    const b = a + m[0].length
    if (isExampleValue(t, a, b) || inExampleBlock(t, a, b) || /記入例|見本|(?:例|例えば)[：:]/u.test(t.slice(Math.max(0, a - 16), a))) continue
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/personal-id', start: span.start, end: span.end, severity: namesPerson(t) ? 'block' : 'warn', data: { label: '選挙人名簿の登録番号' } })
  }
  if (!/名簿|台帳/u.test(t0)) return
  for (const m of matchAllOf(REGISTER_NUMBER, t)) {
    const register = m[1]!
    const value = m[2]!
    const a = m.index + m[0].length - value.length
    const b = a + value.length
    // A bare 名簿 counts only with a label (名簿番号 127, 名簿の No.58): 名簿の3番目, 名簿12号 of a club are not this.
    const label = m[0].slice(register.length, m[0].length - value.length)
    if (BARE_ROSTER.test(register) && !LABELLED.test(label)) continue
    // A bare number (No.58, 番号 127) only after a label: 選挙人名簿 3 alone says nothing of an entry.
    if (/^[0-9０-９]+$/u.test(value) && !LABELLED.test(label)) continue
    if (isExampleValue(t, a, b) || inExampleBlock(t, a, b) || /記入例|見本|(?:例|例えば)[：:]/u.test(t.slice(Math.max(0, m.index - 16), m.index))) continue
    const span = doc.fromNorm(a, b)
    emit({
      rule: 'personal-info/personal-id',
      start: span.start,
      end: span.end,
      severity: namesPerson(t) ? 'block' : 'warn',
      data: { label: `${register.startsWith('選挙人') ? '選挙人名簿' : register}の登録番号` },
    })
  }
}

/**
 * Blind R286A-003 kind: a private person named in full with the number a register or a desk gave them (登録番号R5第0318号の蒲池 孝之様,
 * 受付番号03 樺島 美咲さん, 鑑札番号 第1204号、古賀 一郎様, 古賀 一郎様（管理番号 A-0412）): the number ties the named person to the record it
 * opens — a dog not vaccinated, an application, a case. Block. A number with no one named (受付番号12の方), the label alone (犬の登録番号は
 * 鑑札に記載されています, 受付番号順にお呼びします), a sample (記入例) or a body's name (株式会社…様) is not this.
 */
/* Blind R381E-038 kind: a registration card's number with its holder named (置き忘れた 本城 聡一郎 さん、カード番号 004821). */
const RECORD_LABEL = '(?:カード番号|登録証番号|登録番号|鑑札番号|受付番号|管理番号|証明書番号|交付番号|整理番号|注射済票番号|許可番号|認定番号|申請番号|申込番号|申込み番号|寄附番号|寄付番号)'
const RECORD_VALUE = '[ 　]{0,2}[:：]?[ 　]{0,2}(?:No\\.?|№)?[ 　]?(?:[A-Za-z]{1,3}[0-9]{0,4}[ 　\\-－]?)?第?[ 　]?[0-9]{1,8}(?:[\\-－][0-9]{1,8})?(?:番|号)?(?![0-9])'
const FULL_NAME = '([\\p{Script=Han}々ヶ]{1,4}[ 　]?[\\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:様|さま|さん|氏|殿)(?![\\p{Script=Han}ぁ-ゖ])'
/*
 * Review (rvpi): the number may tie to the person through what it was given for, their dog or their application (鑑札番号1204の犬の飼い主の
 * 古賀 一郎さん): the owner, holder or applicant named after it.
 */
const HOLDER_OF = '(?:の[ 　]?(?:犬|猫|飼い犬|愛犬|車両|車|申請|申込|案件)?(?:の)?(?:飼い主|所有者|名義人|申請者|申込者|保護者|世帯主|持ち主)(?:の|である|、)?)'
/*
 * Blind R438P-050 kind: where the named person lives may stand between the number and the name (受付番号R7-00318、千葉県船橋市の鶴田 健一様;
 * 申請番号0917、久留米市在住の…さん): a prefecture and a city, or a city, ward, town or village, with の, 在住の or a comma. The number, the
 * home town and the full name are one record's holder, told in public with what the record lacks.
 */
const HOME_BETWEEN = '(?:(?:[\\p{Script=Han}]{1,3}[都道府県])?[ 　]?[\\p{Script=Han}ヶ]{1,5}[市区町村郡](?:[\\p{Script=Han}ヶ]{1,4}[区町村])?(?:在住|にお住まい)?(?:の|、|,)[ 　]{0,2})?'
const NUMBER_THEN_NAME = new RegExp(`${RECORD_LABEL}${RECORD_VALUE}[ 　]{0,2}(?:${HOLDER_OF}|の|、|,|[:：])?[ 　]{0,2}${HOME_BETWEEN}${FULL_NAME}`, 'gu')
const NAME_THEN_NUMBER = new RegExp(`${FULL_NAME}[ 　]?[（(、,][ 　]?${RECORD_LABEL}${RECORD_VALUE}`, 'gu')
/*
 * Review (rvpi): a licence or a certification held in a public role — a guide, a craftsperson, a shop, a licensee (柳川観光ガイドの古賀 一郎さん
 * （認定番号 第12号）が川下りコースをご案内します) — is published with the name on purpose. Not a register's number tied to a duty left
 * undone or a case (狂犬病予防注射の期限が過ぎています。登録番号R5第0318号の蒲池 孝之様…): that one still blocks.
 */
const PUBLIC_LICENCE = /^(?:認定番号|許可番号|登録番号)/u
const PUBLIC_ROLE =
  /ガイド|案内人|語り部|職人|工芸士|伝統工芸|船頭|店主|事業者|営業者|認定|公認|資格|免許|登録店|許可業者|講師|インストラクター|ご案内|案内します|実演|出店|営業/u
const DUTY_OR_CASE =
  /期限|過ぎ|未接種|未納|滞納|督促|未提出|未更新|まだ|お済み|されていない|していない|違反|失効|取消|取り消|処分|苦情|事故|かみつき|咬傷|お越しください|ご連絡ください|行方|迷子|保護/u
const BODY_WORD = /会|社|店|組合|協会|法人|クラブ|団|部|校|園|院|寺|所|局|課|センター|工業|建設|銀行|一同|学|庁|館|署|業|屋|堂/u

export function numberedPersons(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/番号/u.test(t0) || !/様|さま|さん|氏|殿/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const re of [NUMBER_THEN_NAME, NAME_THEN_NUMBER]) {
    for (const m of matchAllOf(re, t)) {
      const name = m[1]!
      if (BODY_WORD.test(name) || /^(?:皆|各|お客|ご本人|本人|担当|職員)/u.test(name)) continue
      if (isExampleValue(t, m.index, m.index + m[0].length) || inExampleBlock(t, m.index, m.index + m[0].length) || /記入例|記載例|見本|サンプル|(?:例|例えば)[：:]/u.test(t.slice(Math.max(0, m.index - 16), m.index))) continue
      const label = /(?:登録|鑑札|受付|管理|証明書|交付|整理|注射済票|許可|認定)番号/u.exec(m[0])?.[0] ?? ''
      if (PUBLIC_LICENCE.test(label)) {
        const s = sentenceSpan(t, m.index)
        if (PUBLIC_ROLE.test(t.slice(s.start, s.end)) && !DUTY_OR_CASE.test(t)) continue
      }
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/personal-id', start: span.start, end: span.end, severity: 'block', data: { label: '氏名と結び付いた登録・受付などの番号' } })
      return
    }
  }
}

/**
 * Blind R287L-028 kind: a person's name in Latin letters (SURNAME GIVEN in capitals, or Given Surname) told beside their date of birth
 * (カードには「YOSHIMURA TAKESHI」、生年月日 1979.4.12, Taro Yamada 誕生日：1990/5/3): a found card's or a record's holder, named and dated.
 * Block. The date is a full one after a birth label, in the same sentence as the name and near it; an event's English name (YANAGAWA
 * SUMMER FESTIVAL) with no birth date, a birth label with no date, or a sample (記入例) is not this.
 */
const LATIN_NAME = /(?<![A-Za-z])(?:[A-Z]{2,15}[ 　,][ 　]?[A-Z]{2,15}|[A-Z][a-z]{1,14}[ 　][A-Z][a-z]{1,14})(?![A-Za-z])/gu
const BIRTH_DATED =
  /(?:生年月日|誕生日|生まれ|DOB|Date of [Bb]irth|[Bb]irth ?[Dd]ate)[ 　]{0,2}(?:[:：は]|で)?[ 　]{0,2}(?:(?:19|20)[0-9]{2}[ 　]?[./／\-年][ 　]?[0-9]{1,2}[ 　]?[./／\-月][ 　]?[0-9]{1,2}(?![0-9])|(?:昭和|平成|令和|S|H)[ 　]?[0-9]{1,2}[ 　]?[年./][ 　]?[0-9]{1,2}[ 　]?[月./][ 　]?[0-9]{1,2})/u

/*
 * Review (rvpi): the date told before 生まれ with no label (Takeshi Yoshimura さん、1979年4月12日生まれの方), or, for a name in capitals as a
 * card prints it with the card named (学生証（KOGA MISAKI、2005年生まれ）), the year alone.
 */
const BORN_ON = /(?:19|20)[0-9]{2}[ 　]?[年./／\-][ 　]?[0-9]{1,2}[ 　]?[月./／\-][ 　]?[0-9]{1,2}[ 　]?日?[ 　]?(?:生まれ|生(?![\p{Script=Han}]))|(?:昭和|平成|令和)[ 　]?[0-9]{1,2}[ 　]?年[ 　]?[0-9]{1,2}[ 　]?月[ 　]?[0-9]{1,2}[ 　]?日[ 　]?(?:生まれ|生(?![\p{Script=Han}]))/u
const BORN_YEAR = /(?:19|20)[0-9]{2}[ 　]?年[ 　]?(?:生まれ|生(?![\p{Script=Han}]))/u
const CARD = /学生証|社員証|免許証|保険証|会員証|カード|身分証|在留|パスポート|旅券|落とし物|落とし主|拾得|お預かり/u
export function latinNameBirth(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/[A-Z]/u.test(t0) || !/生年月日|誕生日|生まれ|DOB|[Bb]irth/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(LATIN_NAME, t)) {
    const a = m.index
    const b = a + m[0].length
    const near = t.slice(Math.max(0, a - 40), Math.min(t.length, b + 40))
    const nearFrom = Math.max(0, a - 40)
    const d = BIRTH_DATED.exec(near) ?? BORN_ON.exec(near) ?? (CARD.test(t) && /^[A-Z]+[ 　,]/u.test(m[0]) ? BORN_YEAR.exec(near) : null)
    // (Born before 1930: a figure of history, whose birth date is in every biography.)
    if (!d || /^19[0-2][0-9]/u.test(d[0])) continue
    // The name and the date in one sentence: no sentence end between them.
    const lo = Math.min(a, nearFrom + d.index)
    const hi = Math.max(b, nearFrom + d.index + d[0].length)
    if (/[。！？!?\n]/u.test(t.slice(lo, hi))) continue
    if (/記入例|記載例|見本|サンプル|(?:例|例えば)[：:]/u.test(t.slice(Math.max(0, lo - 20), hi))) continue
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: 'ローマ字の氏名と生年月日' } })
    return
  }
}
