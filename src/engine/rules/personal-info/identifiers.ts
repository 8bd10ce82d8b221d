/**
 * Numbers that identify a person, found by their keyword and then the value right after it:
 * bank accounts (口座番号, 普通 1234567, ゆうちょ 記号12345 番号12345678), driver's licences,
 * passports, residence cards, insurance and pension numbers, and the numbers a public service
 * gives a person (受給者番号, 会員番号, 患者番号, 受験番号, 利用者カード番号, 学籍番号 22K3381, a welfare caseworker's ケース番号 H-04217 …).
 * Round 103 (blind R103A-081): the card named first and its number labelled right after it, in a bracket or after a comma (利用者カード
 * （カード番号 YG-0041873、古賀 真理子さん名義）, 図書館カード（番号：0012-3345）, 診察券、番号は…, ポイントカード（No.…）): that card's number.
 * Only brackets, a colon, a comma or の stand between the card and 番号 (not 受付番号, 電話番号: another number named after the card). An account printed for the public
 * (a donation account in the name of the city or an association) is only a note; an account in a
 * person's name (名義 ヒラノ マサコ) blocks whatever the cause.
 *
 * Written forms: spaces or hyphens inside the number, full-width digits, kanji numerals.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import { countDigits, endsWithPerson, inExampleBlock, isExampleValue, namesPerson, numeralCount, numeralText, sentenceSpan, withoutUrls, type Emit } from './context'

interface IdentifierSpec {
  rule: string
  keyword: RegExp
  /** Matched at the start of the text after the keyword (up to 30 characters). */
  value: RegExp
  label: string
  /** Context on the same line that shows the number belongs to an organisation, not a person. */
  organisation?: RegExp
  /** Without a person named in the paragraph, the finding is a warning (numbers whose holder is unclear). */
  needsPerson?: boolean
}

const SEP = '[ \\-]?'
/*
 * Round 82 (blind R82A-087): a town's word before a space (柳川市 災害義援金) but not a family name ending in 村, 町 or 市 with its given name
 * and honorific after the space (北村 真由美 様, 中村 健太さん, 高市 花子様): that is a person.
 */
/* Team R353A-037 kind: 組合員 is a member of the union, a person (西田 誠 様（組合員番号0412）…ゆうちょ銀行 記号… 番号…): a refund to a member
 * goes to that member's own account; 組合 alone (…農業協同組合 普通 …) is still the body's. */
const ORG_WORDS = /義援金|募金|寄付|寄附|基金|市役所|役所|役場|出張所|協会|事務局|委員会|株式会社|\(株\)|協議会|法人|組合(?!員)|振興会|センター|[市町村県]$|[市町村県][ 　](?![\p{Script=Han}ぁ-ゖァ-ヶー々]{1,5}[ 　]?(?:さん|様|さま|氏|殿)(?![\p{Script=Han}]))|会$|会計|管理者/u

const IDENTIFIERS: IdentifierSpec[] = [
  {
    rule: 'personal-info/bank-account',
    keyword: /口座番号|普通預金|普通口座|当座預金|当座口座|預金口座|振込先口座|口座[:：]|(?<![\p{Script=Han}ぁ-ん])(?:普通|当座|総合)(?=[\s:：)）]{0,3}[0-9])/gu,
    value: /^[\s:：)）]{0,4}(?:普通|当座)?[\s:：]{0,2}([0-9]{7,8}|[0-9]{3}[ \-][0-9]{4})(?![0-9])/u,
    label: '銀行口座番号',
    organisation: ORG_WORDS,
  },
  {
    rule: 'personal-info/bank-account',
    keyword: /記号(?=[\s:：]{0,2}[0-9]{5}(?![0-9]))/gu,
    value: /^[\s:：]{0,2}([0-9]{5}[\s\-]{0,2}(?:番号[\s:：]{0,2})?[0-9]{6,8})(?![0-9])/u,
    label: 'ゆうちょ銀行の記号・番号',
    organisation: ORG_WORDS,
  },
  {
    // ゆうちょ銀行の振替口座: 記号 5 digits, a check digit, a number of up to 6 digits (01790-3-118204).
    rule: 'personal-info/bank-account',
    keyword: /振替口座|口座記号番号|ゆうちょ(?:銀行)?/gu,
    value: /^[^0-9。\n]{0,12}?(?<![0-9])([0-9]{5}[\s\-‐－]{1,2}[0-9][\s\-‐－]{1,2}[0-9]{1,6})(?![0-9])/u,
    label: 'ゆうちょ銀行の振替口座番号',
    organisation: ORG_WORDS,
  },
  {
    rule: 'personal-info/drivers-licence',
    keyword: /運転免許証?(?:番号)?|免許証番号|免許番号|免許証|運転経歴証明書(?:番号)?/gu,
    // Twelve digits in any grouping: 4-4-4, pairs (60 23 45 67 89 01), spaced out one by one (4 0 1 2 0 8 3 5 6 7 1 0).
    value: new RegExp(`^[^0-9。\\n]{0,12}?(?<![0-9])((?:[0-9]${SEP}){11}[0-9])(?![0-9])`, 'u'),
    label: '運転免許証番号',
  },
  {
    rule: 'personal-info/passport',
    // Round 77 (blind R77A-114): a notice for visitors names the passport in Chinese or Korean too (护照号码 EJ3094512, 護照號碼, 여권번호).
    keyword: /パスポート|旅券|护照|護照|여권/gu,
    // Letters and digits may be spaced out (T K 8 2 3 4 5 1 9).
    value: /^[^。\n]{0,12}?(?<![A-Za-z])([A-Za-z] ?[A-Za-z][ \-]?(?:[0-9] ?){6}[0-9])(?![0-9])/u,
    label: '旅券（パスポート）番号',
  },
  {
    rule: 'personal-info/residence-card',
    keyword: /在留カード|特別永住者証明書/gu,
    value: /^[^。\n]{0,12}?(?<![A-Za-z])([A-Za-z]{2}[ \-]?[0-9]{8}[ \-]?[A-Za-z]{2})(?![A-Za-z])/u,
    label: '在留カード番号',
  },
  {
    rule: 'personal-info/insurance',
    // Blind R278M-005 kind: a card's serial told as 第…号 with no label (保険証（第20417号）, 受給者証 第3082号).
    keyword: /(?:被保険者証|保険証|受給者証)[ 　]?[（(【「]?(?=第[ 　]?[0-9０-９]{3,10}[ 　]?号)|被保険者証?番号|保険者番号|保険証番号|保険証の番号|保険証の記号番号|基礎年金番号|年金番号|年金証書番号|(?<!口座|振替)記号・?番号|介護保険番号|被保険者証の記号/gu,
    value: /^[\s:：は]{0,3}(?:[^0-9。\n]{0,8}?)([0-9][0-9 \-]{2,16}[0-9])(?![0-9])/u,
    label: '保険証・年金の番号',
  },
  {
    rule: 'personal-info/insurance',
    keyword: /被保険者証|保険証|資格確認書|受給者証/gu,
    // The 記号 may hold kanji or kana (記号 柳12・番号 30457, 記号 やな3 番号 10482); each value may stand in brackets (記号「柳38」番号「20417」).
    // Blind R426B-040 kind: each value may be spelt digit by digit with spaces between (記号 7 0 1 2・番号 3 4 5).
    value: /^[^。\n]{0,10}?(記号(?:は|[\s:：]{0,2})[「『]?(?:[\p{Script=Han}\p{Script=Hiragana}]{0,2}[ 　]?[0-9](?:[ 　][0-9]){1,7}|[0-9A-Za-z\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8})[」』]?[\s、,・]{0,2}番号(?:は|[\s:：]{0,2})[「『]?(?:[0-9](?:[ 　][0-9]){1,9}|[0-9\-]{1,10}))(?![0-9])/u,
    label: '保険証の記号・番号',
  },
  {
    /*
     * Round 106 (blind R106A-074): a disability certificate's number (療育手帳（番号 A-20-11873）, 身体障害者手帳番号：…, 精神障害者保健福祉手帳、
     * 番号は…, 障がい者手帳の番号 …): the handbook named, then its number labelled right after it (番号, No., ナンバー, directly, after a bracket, a
     * colon, a comma or の, or inside the bracket after a word or two: 療育手帳（A判定、番号 …）). The number tells that its holder has a disability,
     * so it blocks with or without a name. Not 電話番号 or 受付番号 in the bracket (the label stands after no kanji or katakana).
     * Blind R278M-005 kind: the number told as the handbook's serial, 第…号, with no label (身体障害者手帳（第41270号、…様名義）): the same
     * number. A grade or a class (第1種, 1級) is no serial: three digits or more, closed by 号.
     * Blind R431G-060 kind: the serial told with its issuer before 第 (手帳番号（福岡県 第…号）, 身体障害者手帳（柳川市 第…号）): the same
     * number; the issuing prefecture or city is part of how the serial is written. A number with a word between that is no issuer is none.
     */
    rule: 'personal-info/personal-id',
    keyword:
      /(?:療育|身体障(?:害|がい|碍)者|精神障(?:害|がい|碍)者保健福祉|障(?:害|がい|碍)者)手帳[ 　]?(?:(?:番号|No\.?|ナンバー)|(?:[:：、,][ 　]?|の)(?:手帳)?(?:番号|No\.?|ナンバー)|[（(【「](?:[^（）()【】「」\n。]{0,10}?[^\p{Script=Han}ァ-ヶー（）()【】「」\n。])?(?:手帳)?(?:番号|No\.?|ナンバー)|[ 　]?[（(【「]?(?=(?:[\p{Script=Han}]{1,5}(?:都|道|府|県|市|区|町|村)[ 　・]?)?第[ 　]?[0-9０-９]{3,10}[ 　]?号))/gu,
    value: /^[\s:：は]{0,3}(?:[^0-9A-Za-z。\n]{0,4}?|[（(【「]?[ 　]?[\p{Script=Han}]{1,5}(?:都|道|府|県|市|区|町|村)[ 　・]?第[ 　]?)([0-9]{2,6}[A-Z]{1,2}[0-9]{3,10}(?![0-9A-Za-z])|[A-Za-z]{0,3}[\- ]?[0-9][0-9\-]{2,15}[0-9](?![0-9]))/u,
    label: '障害者手帳の番号',
  },
  {
    rule: 'personal-info/personal-id',
    keyword:
      /受給者証?番号|受給資格者番号|受給者証の番号|会員番号|会員証番号|患者番号|患者(?:ID|ＩＤ|Id)|カルテ(?:番号|No\.?|ID|ＩＤ)|診察券番号|利用者証?番号|(?:利用者|図書館|会員|診察|貸出|貸し出し|利用|登録|ポイント|メンバーズ)カード(?:の)?番号|(?:(?:利用者|図書館|会員|診察|貸出|貸し出し|利用|登録|ポイント|メンバーズ)カード|診察券|会員証|利用者証|利用証)[ 　]?(?:[（(【「:：、,][ 　]?|の)(?:カード|券)?(?:番号|No\.?|ナンバー)|受験番号|学籍番号|生徒番号|社員番号|職員番号|宛名番号|住民票コード|証書番号|顧客番号|お客様番号|契約者番号|手帳番号|障害者手帳番号|療育手帳番号|認定番号|被災者番号|罹災証明書番号|(?:(?<![\p{Script=Han}ァ-ヶー])|(?<=保護|支援|相談|福祉))ケース(?:記録)?(?:番号|No\.?|ナンバー)/gu,
    // A year or course code inside the number (学籍番号22K3381, 2024A0153) is part of it.
    value: /^[\s:：は]{0,3}(?:[^0-9A-Za-z。\n]{0,4}?|[（(【「]?[ 　]?[\p{Script=Han}]{1,5}(?:都|道|府|県|市|区|町|村)[ 　・]?第[ 　]?)([0-9]{2,6}[A-Z]{1,2}[0-9]{3,10}(?![0-9A-Za-z])|[A-Za-z]{0,3}[\- ]?[0-9][0-9\-]{2,15}[0-9](?![0-9]))/u,
    label: '個人に割り当てられた番号',
    needsPerson: true,
  },
  {
    /*
     * Blind R164D-046: a card named and its number right after it, no label between, the number standing for its holder (利用者カード
     * 2200-1387-45 の方, 図書館カード 0012-3345様, 診察券 00482913 をお持ちの方, 会員証 No.0041 の人): the holder pointed at by their card,
     * whatever is told of them. Not a count or a year after the card (図書館カード 2枚目, 会員証 2025年度版の方).
     */
    rule: 'personal-info/personal-id',
    keyword: /(?:利用者|図書館|会員|診察|貸出|貸し出し|利用|登録|ポイント|メンバーズ)カード|診察券|会員証|利用者証|利用証/gu,
    value: /^[ 　]?(?:No\.?|NO\.?|№)?[ 　]?([0-9][0-9\-]{3,15}[0-9])(?![0-9\-])(?=[ 　]?(?:の方|の人|の利用者|の会員|の持ち主|をお持ちの|様|さん|さま))/u,
    label: '個人に割り当てられた番号',
  },
]

function lineAround(t: string, a: number, b: number): string {
  let s = a
  while (s > 0 && a - s < 80 && t[s - 1] !== '\n') s--
  let e = b
  while (e < t.length && e - b < 80 && t[e] !== '\n') e++
  return t.slice(s, e)
}

/** The account holder written after an account number: 名義 ヒラノ マサコ, ヨシダ ケンイチ, 加入者名 ヤマダ タロウ (ゆうちょ). */
const HOLDER = /^[\s、,]{0,3}(?:(?:(?:口座)?名義(?:人)?|加入者名)[\s:：]{0,2})?(?!(?:口座)?名義|加入者名)([ァ-ヶー]{1,10}[ 　][ァ-ヶー]{1,10}|[\p{Script=Han}]{1,4}[ 　][\p{Script=Han}]{1,4}(?:さん|様)?)/u
const KANA_ORG = /(?:カイ|キヨウカイ|キョウカイ|ザイダン|ホウジン|クミアイ|イインカイ|ジムキヨク|ジムキョク|シヤクシヨ|シャクショ|ヤクバ|キキン|ギエンキン|ボキン|\(|（)/u
/**
 * The holder's own line below the number's (口座名義：柳川市災害義援金), bulleted as a notice's list writes it (■口座名義, ・名義人, ◆名義),
 * with at most one other line (a 支店コード) between. Round 56 (blind GT-088): ゆうちょ's 振替口座 names its holder 加入者名 (加入者名
 * 柳川市社会福祉協議会 on the line under 振替口座 01790-3-48215), a transfer form's 受取人 likewise.
 */
const HOLDER_LINE =
  /^[^\n]{0,20}(?:\n[^\n]{0,40})?\n[\s　]{0,3}[■□●○◆◇・･▶▷★☆*＊\-]?[\s　]{0,2}(?:(?:口座)?名義(?:人)?|加入者(?:名|氏名)?|受取人(?:名)?)[\s:：　]{0,2}([^\n]{1,30})/u
/** The card a residence card number belongs to, named anywhere near it. */
const RESIDENCE_CARD_WORD = /在留カード|特別永住者証明書|residence card/giu
/** A published list of results by number. */
const RESULTS = /合格者|合格番号|合格発表|当選者|当選番号|抽選結果|当選しました|合格しました/u
/** A heading line of results (【…最終合格者】, ■当選者のお知らせ): brackets or a mark around it, no sentence. */
const RESULTS_HEADING = /^[\s【■◆●□◇〈《\[]*[^。！？!?\n]{0,40}(?:合格者|合格番号|合格発表|当選者|当選番号|抽選結果)[^。！？!?\n]{0,12}$/u
/** The line right above the one holding `a` ('' on the first line). */
function lineAbove(t: string, a: number): string {
  const start = t.lastIndexOf('\n', a - 1)
  if (start <= 0) return ''
  return t.slice(t.lastIndexOf('\n', start - 1) + 1, start)
}
/** A card whose numbers are a 記号 and a 番号: an insurance card, a certificate. */
const INSURANCE_CARD = /保険証|被保険者証|資格確認書|受給者証|保険者番号|健康保険|国民健康保険|後期高齢者医療/u
/**
 * Blind R186D-045: each value may stand in brackets, or after は (記号「柳38」番号「20417」, 記号は柳38、番号は20417). Blind R426B-040 kind: or be
 * spelt digit by digit with a space between (記号 7 0 1 2・番号 3 4 5, 記号 柳 1 2), as a card is read aloud or copied off its print: the same numbers.
 */
const SYMBOL_NUMBER = /記号(?:は|[\s:：]{0,2})[「『]?(?:[\p{Script=Han}\p{Script=Hiragana}]{0,2}[ 　]?[0-9](?:[ 　][0-9]){1,7}|[0-9A-Za-z\-\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,8})[」』]?[\s、,・]{0,2}番号(?:は|[\s:：]{0,2})[「『]?(?:[0-9](?:[ 　][0-9]){1,9}|[0-9][0-9\-]{1,10})(?![0-9])/gu
/**
 * Round 84 (blind R84A-031): an insurance or pension card named, then its number told bare a sentence on (介護保険の被保険者証が置かれた
 * ままになっていました。番号は0003184726、お名前は…; 保険証をお預かりしています。番号：12345678; 資格確認書の落とし物…番号が00812345の方):
 * the number on that card, the holder's own. 番号 stands alone (電話番号, 受付番号, 整理番号 are other numbers), the value is six to twelve
 * digits unbroken, and not a phone's shape (0 then a non-zero digit, ten or eleven digits: 0944738111).
 */
const CARD_OF_NUMBER = /被保険者証|保険証|資格確認書|受給者証|年金手帳|年金証書/gu
const BARE_NUMBER = /(?<![\p{Script=Han}\p{Script=Katakana}ーA-Za-z])番号(?:は|が|[:：]|、)?[ 　]?「?([0-9]{6,12})(?![0-9\-])/gu
const PHONE_SHAPE = /^0[1-9][0-9]{8,9}$/
/**
 * Blind JE-097 kind: the account written as a form's sample, its bank and branch left as placeholders (記入例のように「〇〇銀行 〇〇支店
 * 普通 1234567」の形で…記入してください, 例：○○銀行 ××支店 普通 1234567): how to fill the field, nobody's account. The bank or branch
 * before the number on its line is a run of placeholder marks (〇〇, ○○, ××, △△, XX) before 銀行, 支店, 信用金庫, 信金, 農協 or 出張所;
 * and the sentence calls it a sample (記入例, 見本, 例：, のように, の形で, 形式で) or the number is a dummy's (1234567, 0000000, 1111111).
 * A bank masked before a real number (口座は〇〇銀行の普通 3804172 です) is neither and stays.
 */
const PLACEHOLDER_BANK = /(?:[〇○◯●×✕△□＊*]{2,4}|[XxＸ]{2,4})[ 　]?(?:銀行|支店|信用金庫|信金|信用組合|農協|JA|出張所|本店|営業部)/u
const SAMPLE_CUE = /記入例|記載例|入力例|見本|サンプル|例[:：]|例えば|たとえば|(?:の|な)?よう(?:に|な)[「『]|[」』](?:の|という|といった|のような)(?:形|かたち|形式|書き方|要領)|(?:の|という)(?:形|形式)で/u
function dummyDigits(value: string): boolean {
  const d = value.replace(/[^0-9]/gu, '')
  return /^(\d)\1+$/u.test(d) || '01234567890123456789'.includes(d) || '98765432109876543210'.includes(d)
}
function placeholderAccount(t: string, keywordAt: number, a: number, b: number, value: string): boolean {
  const lineStart = t.lastIndexOf('\n', keywordAt - 1) + 1
  const before = t.slice(Math.max(lineStart, keywordAt - 30), keywordAt)
  if (!PLACEHOLDER_BANK.test(before)) return false
  const s = sentenceSpan(t, a)
  return SAMPLE_CUE.test(t.slice(s.start, s.end)) || dummyDigits(value)
}

/** An account said to be a person's own, before its number: 個人名義, 山田さん名義, 会長個人の口座. */
const PERSONAL_HOLDER = /(?:様|さん|氏)(?:[（(][^）)\n]{1,12}[）)])?(?:には|へ|に|の|から)[^。\n]{0,20}?(?:ご指定の|ご登録の|ご本人の|ご本人名義の)|個人(?:の)?名義|(?:さん|様|氏)が個人で(?:集め|募|受け付け|管理)|(?:さん|様|氏)(?:の)?(?:個人)?名義|(?:長|員|者)個人(?:の)?(?:口座|名義)|個人(?:の)?口座/u
/**
 * Round 77 (blind R77A-094): the account told as a named person's own just before its bank and number, by the possessive alone
 * (会計の蒲池 智子さんの口座（筑邦銀行 柳川支店 普通預金 0417726）, 世話役の松尾さんとこの口座, 古賀様の銀行口座 …): whatever body the person
 * keeps it for, the money goes to a private person's account. The name before the honorific must read as one (endsWithPerson: not
 * 皆様, お客様, ご本人様); an account transfer (さんの口座振替) is no account given.
 * Blind R405E-039 kind: the account named by what it is for (江口さんの支払口座, 古賀様の振込先口座, 松尾さんの受取口座): still the person's own.
 */
const PERSON_ACCOUNT = /(?:さん|様|さま|氏)(?:の|(?:ん)?とこ(?:ろ)?の|ご?自身の)(?:個人)?(?:の)?(?:銀行|ゆうちょ)?(?:(?:お)?支払い?|振込|振り込み|受取|受け取り|入金)?(?:先)?(?:の)?口座(?!振替|引き?落|から)[^。\n]{0,30}$/u
/**
 * Round 82 (blind R82A-087): the account given in the bracket right after a named person, or on the same line after the name, its bank and
 * branch first (北村 真由美 様（筑後信用金庫 柳川支店 普通 0458127）, 中村 健太さん　福岡銀行 柳川支店 普通 3345120): the named person's own
 * account, told with the name as a list of refunds or of payees writes it. (A body thanked with 様, みずほ建設様, is endsWithPerson's to
 * refuse.)
 */
const PERSON_THEN_BANK =
  /(?:さん|様|さま|氏)[ 　]?(?:[（(]|[、,:：][ 　]?|[ 　])[^（）()\n。]{0,12}?(?:銀行|信用金庫|信金|信用組合|信組|労働金庫|労金|農協|JA|ゆうちょ|漁協)[^（）()\n。]{0,24}$/u
/**
 * Blind R211D-053: the account's type and number (普通 3812657, 口座番号 …) told right after a named person's honorific, parted by a comma,
 * a colon, a space or a bracket only (ヤマグチ ハルエ様、普通 …; 北村さん（口座番号 …）): an entry of a list of payees or refunds, the number the
 * named person's own, as with the bank named (PERSON_THEN_BANK), whatever desk posts it.
 */
const PERSON_THEN_ACCOUNT = /(?:さん|様|さま|氏)[ 　]?(?:[（(、,:：][ 　]?|[ 　])$/u
/** A business or a body thanked with an honorific (株式会社みずほ建設様, 古賀工務店さん, 三橋町自治会様): no private person. */
const BODY_BEFORE_HONORIFIC =
  /(?:株式会社|有限会社|合同会社|\(株\)|\(有\)|㈱|㈲|法人)[^\n、。]{0,16}$|(?:建設|工業|工務店|商店|商事|商会|産業|物産|組合|協会|協議会|会社|事務所|病院|医院|クリニック|薬局|店|会|団|園|校|課|係|所|館|センター|本舗|酒造|製菓|農園|工房|管理者|出納員|出納長|収入役)$/u
function personAccountBefore(before: string): boolean {
  const b = PERSON_THEN_BANK.exec(before) ?? PERSON_THEN_ACCOUNT.exec(before)
  if (b) {
    const name = before.slice(0, b.index)
    if (!BODY_BEFORE_HONORIFIC.test(name) && endsWithPerson(name + /^(?:さん|様|さま|氏)/u.exec(b[0])![0])) return true
  }
  const m = PERSON_ACCOUNT.exec(before)
  if (!m) return false
  const honorific = /^(?:さん|様|さま|氏)/u.exec(m[0])![0]
  return endsWithPerson(before.slice(0, m.index + honorific.length))
}

/**
 * Round 103 (blind R103A-081): the card's holder named with 名義 glued to the honorific (古賀 真理子さん名義, 松尾様名義の会員証): a private
 * person named, as 古賀さん is (namesPerson reads an honorific only when no kanji follows it). Not 皆様名義, お客様名義 (endsWithPerson).
 */
const HOLDER_HONORIFIC = /(?:さん|様|さま|氏)(?=[ 　]?名義)/gu
/**
 * Blind R137I-070: the holder's record printed next to the number (患者ID 00482913、氏名 TSUTSUMI SHOICHI、生年月日 1947/03/02 left on an X-ray):
 * a name field filled in, in kanji or in Latin capitals, or a date of birth filled in, names whose number it is.
 */
const RECORD_FIELD =
  /(?:氏名|患者名|お名前|名前)[ 　]?[:：]?[ 　]?(?:[A-Z]{2,15}[ 　,][ 　]?[A-Z]{2,15}(?![A-Za-z])|[一-龠々]{1,4}[ 　]?[一-龠々]{1,3}(?![一-龠々]))|生年月日[ 　]?[:：]?[ 　]?(?:[0-9]{4}[/／.\-年][0-9]{1,2}|(?:昭和|平成|令和|大正)(?:[0-9]{1,2}|元)年)/u

function namesHolder(t: string): boolean {
  if (!t.includes('名義')) return false
  for (const m of matchAllOf(HOLDER_HONORIFIC, t)) {
    if (endsWithPerson(t.slice(0, m.index + m[0].length))) return true
  }
  return false
}

/** After the value: an example, not a real number (受付番号：1234 のような). */
const EXAMPLE_AFTER = /^[\s」』）)]{0,2}(?:のような|のように|などの|といった|など|等)/u
/**
 * Round 104 (blind R104A-076): the number in the bracket right after a named person, the bracket closed right after it (グエン・ティ・ランさん
 * （在留カード番号 UH48201937KT）のように…, 松尾さん（口座番号 1234567）など): the のように/など after the bracket likens others to the person, not
 * the number to a format; the number is that person's own, no sample.
 */
const PERSON_BRACKET_OPEN = /(?:さん|様|さま|氏|くん|君|ちゃん)[ 　]?[（(][^（）()\n]{0,16}$/u
function inPersonBracket(t: string, a: number, b: number): boolean {
  if (!/^[ 　]?[)）]/u.test(t.slice(b, b + 2))) return false
  const from = Math.max(0, a - 24)
  const m = PERSON_BRACKET_OPEN.exec(t.slice(from, a))
  if (!m) return false
  const honorific = /^(?:さん|様|さま|氏|くん|君|ちゃん)/u.exec(m[0])![0]
  return endsWithPerson(t.slice(0, from + m.index + honorific.length))
}
/** An example marker after the value (のような, など) that is not the likeness of a person whose bracket holds it. */
function exampleAfter(t: string, a: number, b: number): boolean {
  return EXAMPLE_AFTER.test(t.slice(b, b + 8)) && !inPersonBracket(t, a, b)
}
const EXAMPLE_BEFORE = /例[:：]|例えば|たとえば|記入例|記載例|\(例\)|（例）/u
/**
 * Round 88: a sample marked right after the value, in a bracket (AB12345678CD（記入例）, 1234567（見本）, (例)) or as the shape a number takes,
 * said plainly (AB12345678CDみたいな形, …みたいな英数字の並び): a format shown, not a card's number. (みたいな番号のカード is one.)
 */
const SAMPLE_AFTER = /^[ 　]?(?:[(（][ 　]?(?:記入例|記載例|入力例|例|見本|サンプル|架空の番号)[ 　]?[)）]|[」』]?みたいな(?:形|かたち|感じ|英数字|並び|形式))/u

/**
 * Where the holder lives, in a bracket right after the number: 受給者番号 2104-883651（西蒲池）, （大和町塩塚）.
 * A bracket of a desk, a date or a condition ((平日のみ), (再発行), (子ども家庭課)) is not a place.
 */
const PLACE_AFTER = /^\s?[(（]\s?([\p{Script=Han}ァ-ヶノ々ヶ]{2,10})(?:在住|地区)?\s?[)）]/u
const NOT_PLACE_WORD = /[課係室所館店校園会部局]$|日|曜|時|円|のみ|まで|以降|必須|必要|有効|期限|発行|予定|済|中$|等|他|ほか|番号|本人|代理|新規|更新|変更|記入|旧|新/u
/** The numbers are a list of people singled out: 下記受給者は, 以下の未提出者, 次の方. */
const PEOPLE_LIST = /(?:下記|以下|次|左記)の?(?:受給者|受給資格者|対象者|未提出者|未納者|滞納者|該当者|利用者|会員|方|者)/u

/**
 * What `identifiers` leaves for the post to judge (paragraph offsets of the source text): where the residence card is named, and
 * the findings of a number of the card's shape with no card named in the paragraph. Round 59 (blind R59A-053): a long line is cut
 * into pieces of about a hundred characters (paragraphs.ts), so the card named in one sentence (one residence card was left on the
 * table — it belongs to Ms. Nguyen Thi Lan (card number UH38201574FA)) may stand in the piece before its number.
 */
export interface CardFacts {
  /** Source spans of the card's name (在留カード, 特別永住者証明書, residence card). */
  words: Span[]
  /** Findings (as emitted) of a number in the card's shape whose card the paragraph does not name. */
  shapes: DraftFinding[]
  /** The piece ends in "residence" (its "card" cut off into the next piece): where that word is. */
  split: Span | null
  /** The piece opens with "card" (the rest of a "residence card" cut in two). */
  opensWithCard: boolean
  /**
   * Round 118 (blind R118A-075): a card's 記号 and 番号 (記号 柳12 番号 345678) in a paragraph that names no card, kept for \`post\`: the card
   * may be named in another paragraph of the post (被保険者証の落とし物が届いています。⏎⏎蒲池 信子さん（記号…番号…）).
   */
  symbols: DraftFinding[]
}
/** Whether the post names an insurance card or a certificate whose numbers are a 記号 and a 番号. */
export function namesInsuranceCard(text: string): boolean {
  return INSURANCE_CARD.test(text)
}

export function identifiers(doc: Doc, emit: Emit): CardFacts {
  const facts: CardFacts = { words: [], shapes: [], split: null, opensWithCard: false, symbols: [] }
  cardSplit(doc, facts)
  // Fewer than four numerals (ASCII or kanji) cannot make four digits in any numeral view.
  if (numeralCount(doc) < 4) {
    cardWordsOnly(doc, facts)
    return facts
  }
  // A number broken over lines (4821⏎0337 6510) reads as one: numeralText turns those line breaks into spaces.
  const t = numeralText(doc, 5)
  if (countDigits(t) < 4) {
    cardWordsOnly(doc, facts)
    return facts
  }
  const person = namesPerson(t) || namesHolder(t) || RECORD_FIELD.test(t)
  const plain = withoutUrls(doc, doc.norm.text)
  const taken: Array<[number, number]> = []
  for (const spec of IDENTIFIERS) {
    spec.keyword.lastIndex = 0
    let lastEnd = -1
    for (const k of matchAllOf(spec.keyword, t)) {
      const from = k.index + k[0].length
      if (from <= lastEnd) continue
      const windowText = t.slice(from, from + 40)
      const v = spec.value.exec(windowText)
      if (!v || v[1] === undefined) continue
      const at = windowText.indexOf(v[1], v.index)
      const a = from + at
      const b = a + v[1].length
      lastEnd = b
      if (taken.some(([s, e]) => s < b && a < e)) continue
      if (spec.rule !== 'personal-info/passport' && spec.rule !== 'personal-info/residence-card' && countDigits(v[1]) < (v[1].startsWith('記号') ? 3 : 4)) continue
      // A sample of a filled-in form (記入例⏎…⏎振込先：○○銀行 ○○支店 普通 1234567) shows how to write the number, not whose it is.
      if (exampleAfter(t, a, b) || SAMPLE_AFTER.test(t.slice(b, b + 12)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, k.index - 12), a)) || inExampleBlock(t, a, b)) continue
      if (spec.rule === 'personal-info/bank-account' && placeholderAccount(t, k.index, a, b, v[1])) continue
      taken.push([a, b])
      const span = doc.fromNorm(a, b)
      let organisational = false
      if (spec.organisation) {
        // The holder decides: a person's name after the number is a private account, whatever the cause.
        const holder = HOLDER.exec(t.slice(b, b + 30))
        const holderIsPerson = holder !== null && !KANA_ORG.test(holder[1]!) && !ORG_WORDS.test(holder[1]!)
        // The holder's own line (口座名義：柳川市災害義援金) names an organisation as well as the number's line.
        // Blind GS-015: a notice's list writes each item on its own bulleted line (■振込先 … 口座番号 3051427⏎■口座名義 柳川市災害義援金),
        // the holder's line up to two lines below the number's.
        const holderLine = HOLDER_LINE.exec(t.slice(b, b + 120))
        // …and a person named on that line (■口座名義 ヒラノ マサコ) is a private account, whatever the heading says.
        const holderLineName = holderLine !== null ? HOLDER.exec(holderLine[1]!) : null
        const holderLineIsPerson = holderLineName !== null && !KANA_ORG.test(holderLineName[1]!) && !ORG_WORDS.test(holderLine![1]!)
        // The holder said before the number: 吉開正和さん個人名義の口座, 会長個人の口座 (a fund collected into a person's own account).
        const personalBefore = PERSONAL_HOLDER.test(t.slice(Math.max(0, k.index - 60), k.index)) || personAccountBefore(t.slice(Math.max(0, k.index - 60), k.index))
        organisational = !holderIsPerson && !holderLineIsPerson && !personalBefore && (spec.organisation.test(lineAround(t, k.index, b)) || (holderLine !== null && spec.organisation.test(holderLine[1]!)))
      }
      // A holder's place after the number or a list of the people it names stands for the name.
      // (Read in the plain text: 三橋町 next to a number is not a numeral there.)
      const placed = PLACE_AFTER.exec(plain.slice(b, b + 16))
      const holder = person || (placed !== null && !NOT_PLACE_WORD.test(placed[1]!)) || PEOPLE_LIST.test(t)
      // The numbers of those who passed or won (合格者の受験番号, 当選番号): published by design, nobody is named.
      // Blind R233P-056 kind: or under a heading line that says so (【…最終合格者】⏎受験番号：1024、1031…), the line right above the list.
      if (spec.needsPerson && !person && (RESULTS.test(lineAround(t, k.index, b)) || RESULTS_HEADING.test(lineAbove(t, k.index)))) continue
      const severity = organisational ? 'info' : spec.needsPerson && !holder ? 'warn' : 'block'
      emit({
        rule: spec.rule,
        start: span.start,
        end: span.end,
        severity,
        data: { label: organisational ? `団体・公的機関の${spec.label}` : spec.label },
      })
    }
  }
  // 記号 42-117 番号 3051 told in another sentence than the card (健康保険証のお忘れ物…。記号…番号…): an insurance card's numbers.
  if (/記号/u.test(t) && /番号/u.test(t)) {
    const card = INSURANCE_CARD.test(t)
    for (const m of t.matchAll(SYMBOL_NUMBER)) {
      const a = m.index
      const b = a + m[0].length
      if (taken.some(([x, y]) => x < b && a < y)) continue
      if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || EXAMPLE_AFTER.test(t.slice(b, b + 8)) || inExampleBlock(t, a, b)) continue
      taken.push([a, b])
      const span = doc.fromNorm(a, b)
      const d: DraftFinding = { rule: 'personal-info/insurance', start: span.start, end: span.end, severity: 'block', data: { label: '保険証の記号・番号' } }
      // (No card in this paragraph: \`post\` reports it when another paragraph names one.)
      if (card) emit(d)
      else facts.symbols.push(d)
    }
  }
  cardNumbers(t, taken, doc, emit)
  passports(t, taken, doc, emit)
  // 在留カード番号 has a distinctive shape: without its keyword it is still worth a second look.
  // Blind R55A-148: the card named in one sentence and its number told in the next (在留カードをお預かりしています。カード番号
  // ＡＢ１２３４５６７８ＣＤ): the card word within the paragraph (120 characters before the number or 40 after it) makes it the card's number.
  const cardWords = [...t.matchAll(RESIDENCE_CARD_WORD)].map((m) => [m.index, m.index + m[0].length] as const)
  for (const [ws, we] of cardWords) facts.words.push(doc.fromNorm(ws, we))
  for (const m of t.matchAll(/(?<![A-Za-z0-9])[A-Z]{2}[ \-]?[0-9]{8}[ \-]?[A-Z]{2}(?![A-Za-z0-9])/g)) {
    const a = m.index
    const b = a + m[0].length
    if (taken.some(([s, e]) => s < b && a < e)) continue
    const spaced = !/^[A-Z]{2}[0-9]{8}[A-Z]{2}$/.test(m[0])
    const example = exampleAfter(t, a, b) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, a - 16), a)) || inExampleBlock(t, a, b)
    // Round 88 (blind R89A-032): the shape given as the sample of how to fill the card's field, marked so right at it (番号（記入例：
    // AB12345678CD）を書いてください, 例：AB12345678CD, AB12345678CD（見本）, AB12345678CDのような英数字): no one's number, whether or not the
    // card is named (skipped, as the keyword's value is); a sample marker further off (例えば… a sentence before) leaves it a second look.
    if (isExampleValue(t, a, b) || SAMPLE_AFTER.test(t.slice(b, b + 12))) continue
    const named = !example && cardWords.some(([ws, we]) => (we <= a && a - we <= CARD_BEFORE && !t.slice(we, a).includes('\n\n')) || (ws >= b && ws - b <= CARD_AFTER && !t.slice(b, ws).includes('\n\n')))
    // The shape alone (no card named, or a sample of it) is a second look; spaced out (AB 12345678 CD) only with the card named.
    if (!named && spaced) continue
    // Round 104 (blind R105A-096): the number told as a named person's in its sentence (技能実習生のグエン・ヴァン・ミンさんのもので、番号は
    // ＡＢ１２３４５６７８ＣＤです; 持ち主はサントス・マリアさん、番号はQR11223344ST): a card of this shape with its holder named is their residence
    // card, whether or not the card is named near it.
    const card = named || (!example && holderInSentence(t, a))
    const span = doc.fromNorm(a, b)
    const finding: DraftFinding = {
      rule: 'personal-info/residence-card',
      start: span.start,
      end: span.end,
      severity: card ? 'block' : 'warn',
      data: { label: card ? '在留カード番号' : '在留カード番号と同じ形式の番号' },
    }
    emit(finding)
    if (!card && !example) facts.shapes.push(finding)
  }
  return facts
}

/** Whether the sentence holding the value at `a` names a private person (or a holder by 名義). */
function holderInSentence(t: string, a: number): boolean {
  const s = sentenceSpan(t, a)
  const sentence = t.slice(s.start, s.end)
  return namesPerson(sentence) || namesHolder(sentence)
}

/** A bare 番号 told within 120 characters after an insurance or pension card's name, in the same paragraph (CARD_OF_NUMBER). */
function cardNumbers(t: string, taken: Array<[number, number]>, doc: Doc, emit: Emit): void {
  if (!/番号/u.test(t) || !/保険証|被保険者証|資格確認書|受給者証|年金手帳|年金証書/u.test(t)) return
  const cards = [...t.matchAll(CARD_OF_NUMBER)].map((m) => m.index + m[0].length)
  for (const m of matchAllOf(BARE_NUMBER, t)) {
    const a = m.index + m[0].length - m[1]!.length
    const b = a + m[1]!.length
    if (taken.some(([x, y]) => x < b && a < y)) continue
    if (PHONE_SHAPE.test(m[1]!)) continue
    if (!cards.some((c) => c <= m.index && m.index - c <= 120 && !t.slice(c, m.index).includes('\n\n'))) continue
    if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index - 16), a)) || EXAMPLE_AFTER.test(t.slice(b, b + 8)) || inExampleBlock(t, a, b)) continue
    taken.push([a, b])
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/insurance', start: span.start, end: span.end, severity: 'block', data: { label: '保険証・年金の番号' } })
  }
}

/** "residence card" cut in two at a piece's end (…We found a residence ⏐ card near the entrance…). */
function cardSplit(doc: Doc, facts: CardFacts): void {
  const t = doc.norm.text
  const tail = /(?<![A-Za-z])residence[ \t]+$/iu.exec(t)
  if (tail) facts.split = doc.fromNorm(tail.index, tail.index + 9)
  facts.opensWithCard = /^[ \t]?card(?![A-Za-z])/iu.test(t)
}

/** The card's name in a paragraph with too few numerals for a number (the sentence before the number's piece). */
function cardWordsOnly(doc: Doc, facts: CardFacts): void {
  const t = doc.norm.text
  if (!/在留|特別永住|residence/iu.test(t)) return
  for (const m of t.matchAll(RESIDENCE_CARD_WORD)) facts.words.push(doc.fromNorm(m.index, m.index + m[0].length))
}

/** How far the card's name may stand before its number (after: CARD_AFTER), as in one paragraph. */
export const CARD_BEFORE = 120
export const CARD_AFTER = 40

/**
 * A passport number written the way other countries issue them, or in an English reply: the word
 * (passport, パスポート, 旅券) in the paragraph and a letter-and-digit code of 8 or 9 after "No." or
 * "number" (No. C7XK4M291, passport number: X1234567P, 旅券の番号 C01X00T47); round 77, in Chinese or Korean as well (passport を
 * お預かり…护照号码 EJ3094512, 護照號碼是 TW1234567, 여권번호 M12345678); round 116 (blind R117A-024), its letters and digits parted by
 * spaces or hyphens (passport No. TW 3 4 8 2 9 1 7, No. TK-8234519).
 */
const PASSPORT_WORD = /passport|パスポート|旅券|护照|護照|여권/giu
const PASSPORT_NO =
  /(?:No\.?|Nr\.?|#|number|番号|号码|號碼|编号|編號|번호)[\s:：.]{0,3}(?:is[\s:]{0,2}|は[\s:：]{0,2}|是[\s:：]{0,2}|는[\s:：]{0,2})?(?<![A-Za-z0-9])([A-Z0-9]{7,9}|[A-Z] ?[A-Z]?[ \-]?(?:[0-9][ \-]?){6,8}[0-9])(?![A-Za-z0-9])/gu
function passports(t: string, taken: Array<[number, number]>, doc: Doc, emit: Emit): void {
  const words = [...t.matchAll(PASSPORT_WORD)].map((m) => m.index)
  if (words.length === 0) return
  for (const m of matchAllOf(PASSPORT_NO, t)) {
    const a = m.index + m[0].length - m[1]!.length
    const b = a + m[1]!.length
    if (taken.some(([s, e]) => s < b && a < e)) continue
    // Letters and at least four digits (a reference like ABCDEFGH or 12345678 is something else).
    if (!/[A-Z]/.test(m[1]!) || countDigits(m[1]!) < 4) continue
    // The word within 120 characters before the number, or 40 after it.
    if (!words.some((w) => (w < a && a - w <= 120) || (w >= b && w - b <= 40))) continue
    if (EXAMPLE_AFTER.test(t.slice(b, b + 8)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, a - 16), a)) || inExampleBlock(t, a, b)) continue
    taken.push([a, b])
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/passport', start: span.start, end: span.end, severity: 'block', data: { label: '旅券（パスポート）番号' } })
  }
}
