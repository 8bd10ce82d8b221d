/**
 * Phone numbers (libphonenumber-js with the bundled Japanese metadata): mobile numbers are
 * private unless an organisation owns them in the same phrase; fixed-line numbers are private
 * when a person or a home owns them, an organisation's public number when an organisation does.
 *
 * Written forms: any separator, full-width, kanji numerals (〇九〇―三八一二―五五七四), glued to
 * a label (TEL09023456789), broken over lines (080-⏎2719-⏎4450), and a mobile number spelt out
 * in pieces (番号は 090、そのあと 4462、最後が 9018), or spelt out in kana words (ぜろはちぜろ の ななさんいちご の …: spokenPhones).
 */
import { matchAllOf } from '../../regex'
import { findPhoneNumbersInText, parsePhoneNumberFromString, type MetadataJson, type NumberType, type PhoneNumber } from 'libphonenumber-js/core'
import phoneMetadataJson from '../../data/phone-metadata-jp.json'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import type { Policy } from '../../policy'
import type { Span } from '../../text'
import { isExampleValue, isRightValueLabelled, isRightValueOfCorrectedDesk, isStatedRightValue, isWrongValueInCorrection, namesPerson, numeralCount, numeralText, orgAfter, orgEndsAt, ownerOf, type Emit } from './context'
import { isPublicMailDomain } from './email'

export const phoneMetadata = phoneMetadataJson as unknown as MetadataJson

const allowedPhonesCache = new WeakMap<string[], Set<string>>()
/** A person in charge named in brackets right after a number: （担当 中島）, (担当：古賀). */
const IN_CHARGE_AFTER = /^\s?[(（]担当(?:者)?[:：]?\s?[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,6}/u

function allowedPhones(policy: Policy): Set<string> {
  let set = allowedPhonesCache.get(policy.contacts.phones)
  if (!set) {
    set = new Set()
    for (const p of policy.contacts.phones) {
      const parsed = parsePhoneNumberFromString(p.normalize('NFKC'), 'JP', phoneMetadata)
      if (parsed) set.add(parsed.number)
      else set.add(p.replace(/\D/g, ''))
    }
    allowedPhonesCache.set(policy.contacts.phones, set)
  }
  return set
}

/**
 * A number the person gave the writer: いただいた番号（080 …）, 伺ったお電話番号, ご登録の携帯, お控えした連絡先.
 * Whose it is goes without saying: the person's own.
 */
const RECEIVED =
  /(?:いただいた|頂いた|いただいていた|伺った|うかがった|お伺いした|お聞きした|教えていただいた|教えてくださった|お知らせいただいた|ご登録の|ご登録いただいた|ご記入の|ご記入いただいた|ご記載の|お控えした|控えていた|お預かりした|(?<![\p{Script=Han}])(?:お)?控えの|ご予約(?:時|の際)?の|お申し?込み(?:時|の際)?の|ご申告の|ご連絡いただいた)(?:ご自宅の|携帯の)?(?:お?電話番号|お?電話|番号|連絡先|ご連絡先|携帯番号|携帯)[\s:：(（【「]{0,3}$/u

/**
 * Blind R230A-022 kind: a number found written in a lost item, given as the way to reach its owner (お忘れ物の手帳の中に書かれていた連絡先
 * （０８０－…）にお電話しましたが): the owner's own number. Only where the post is about a lost or found thing (LOST_ITEM): a leaflet's
 * printed contact (チラシに書かれている連絡先) is the organiser's.
 */
const WRITTEN_IN_ITEM =
  /(?:書かれて(?:い)?た|書かれている|書いて(?:あ)?った|書いてある|記載されて(?:い)?た|記載のあった|記されて(?:い)?た|メモされて(?:い)?た|残されて(?:い)?た)(?:お?電話番号|お?電話|番号|連絡先|携帯番号|携帯)[\s:：(（【「]{0,3}$/u
/**
 * Blind R274K-021 kind: the number quoted as written on a note or card in a found item, how it was written told after it (「連絡先
 * 〇九〇・三三八七・五一六二」と書かれたメモ, 「090-…」と記されたカード): the owner's own number, whatever label is quoted with it.
 */
const WRITTEN_AFTER = /^[ 　]?[」』"][ 　]?(?:と|が)[ 　]?(?:書かれ|書いて|書き込まれ|記され|記載され|メモされ|手書きされ|印字され)/u
/**
 * Blind R305G-025 kind: a number read off a form someone filled in, the form's field named before it (請求者欄に「ツツミ」様、連絡先
 * 090-…とあります, 申請書の連絡先欄に…, 届出人欄には山田様、携帯…): the filer's own number. Only with the filer named with 様/さん, or the
 * number said to be written there (…とあります, と記入されています); a blank form's instructions name no one. Bounded: 48 characters back
 * within the sentence, 12 after.
 */
const FORM_FIELD =
  /(?:請求者|申請者|申込者|申し込み者|届出人|届出者|提出者|記入者|依頼者|差出人|氏名|お名前|連絡先|電話番号)(?:の)?欄|(?:請求書|申請書|申込書|申し込み書|届出書|届書|届出|用紙|伝票)(?:に|の|には)[^。！？!?\n]{0,12}?(?:欄|記入|記載|書かれ|書いて)/u
const FORM_FILER = /[「『][^「」『』\n]{1,12}[」』][ 　]?(?:様|さま|さん|殿)|(?<![\p{Script=Han}ァ-ヶー])[\p{Script=Han}ァ-ヶー]{1,6}(?:様|さま|さん)(?:[、,]|と|の|$)/u
const FORM_WRITTEN_AFTER = /^[ 　]?[」』"]?[ 　]?(?:と|が)[ 　]?(?:あります|ありました|あり、|ありまして|記入され|記載され|書かれ|書いて)/u
function readOffForm(t: string, a: number, b: number): boolean {
  let k = a
  while (k > 0 && a - k < 48 && !/[。！？!?\n]/u.test(t[k - 1]!)) k--
  const before = t.slice(k, a)
  if (!FORM_FIELD.test(before)) return false
  return FORM_FILER.test(before) || FORM_WRITTEN_AFTER.test(t.slice(b, b + 12))
}
const LOST_ITEM = /忘れ物|落とし物|落し物|落としもの|おとしもの|拾得|遺失|拾われ|拾った|届けられ|置き忘れ/u

/**
 * Round 110 (blind R110A-021): a number read back to the person it belongs to, asked whether it is right (控えの電話番号 0 8 0 5 5 6 2 9 0 3 1
 * で合ってますか？, 090-… でお間違いないでしょうか, 080 … であってる？, …でよろしかったでしょうか): the person's own number, told to everyone.
 */
/**
 * Blind R245M-001 kind: the writer's call to the number told as not going through (折り返しのお電話が 080-… につながりませんでした, 090-… に
 * おかけしましたがつながらず, …へ何度かお電話しましたがお出になりませんでした): a number the office tried to reach is the caller's own, told to
 * everyone. Not a case named for the reader (…につながらない場合は, つながりにくいときは: a desk's fallback line).
 * Team R327D-057 kind: in a post about a lost item, the desk holding it named only in an earlier phrase (市民課の窓口に、財布の落とし物が…。
 * 中に入っていたメモの番号（…）にお電話しましたが、つながりませんでした) does not own the number: the owner's. A desk owning the number in its
 * own phrase (市民課（0944-…）にお電話いただいてもつながらない場合は) stays the desk's.
 */
const CALL_UNREACHED =
  /^[」』)）]?\s?(?:に|へ|宛てに|あてに)(?:は)?[、,]?[^。！？!?\n]{0,14}?(?:つながりませ|繋がりませ|つながらな(?:かっ|く)|繋がらな(?:かっ|く)|つながらず|繋がらず|通じませ|通じな(?:かっ|く)|通じず|お出になりませ|お出になら(?:ず|なかっ)|出られませんでし|応答があり?ませ|応答がな(?:く|かっ))/u
/**
 * Blind R301F-001 kind: the reader invited to call a person directly, the person told in the words before the number (個別に習いたい方は
 * 先生に直接どうぞ📞 〇八〇・…, 講師さんへ直接お電話を 090-…, 直接ご本人に 080-…): the mobile is that person's own, whatever the digit form
 * and even under a 📞 label. Only a person's word (先生, 講師, 師匠, ご本人, さん, 様), a desk (窓口に直接) is no one's own.
 */
const DIRECT_TO_PERSON =
  /(?:先生|講師|師匠|ご本人|本人|(?<![\p{Script=Han}])(?:さん|様|さま|氏))(?:に|へ|まで)?[、,]?[ 　]?直接|直接[ 　]?(?:先生|講師|師匠|ご本人|本人)(?:に|へ|まで)/u
function directToPersonBefore(t: string, a: number): boolean {
  let k = a
  while (k > 0 && a - k < 40 && !/[。！？!?\n]/u.test(t[k - 1]!)) k--
  return DIRECT_TO_PERSON.test(t.slice(k, a))
}
const READ_BACK = /^[」』]?\s?(?:で|でお)(?:合って|あって|おうて|間違い(?:ない|な|あり|ございませ)|よろし|宜し|大丈夫|OK)/u

/** A correction telling that the wrong number was a private person's or a home's (個人宅の番号を誤って掲載). */
const WRONG_WAS_PRIVATE = /個人|自宅|お宅|個人宅|(?:一般|ご)家庭|一般の方|民家|私用|携帯/u

/**
 * Round 64 (blind HA-122): a contact label as the topic of its sentence (予約は, お申し込みは, お問い合わせは) with when to call told
 * between it and the number (予約は利用日の前日17時まで、0944-…へ; ご予約は平日の9時〜17時に 0944-… へお電話ください), the number given as
 * where to call: the label is the number's, as in 予約：0944-…. (Read only when nothing in the phrase owns the number; a home, a
 * mobile or someone private told in between is not a time.)
 */
const REQUEST_TOPIC = /(?:ご?予約|お?申し?込み?|お?問い?合わ?せ|ご相談|ご用命|ご注文)(?:は|も)[、,]?\s?([^。！？!?\n]{1,24})$/u
const CALL_THERE = /^\s?(?:へ|まで|に(?:お?電話|でんわ|ご?連絡|かけ)|で(?:受け付け|受付|承))/u
const PRIVATE_GAP = /宅|家|携帯|ケータイ|個人|私用|さん|様|さま|氏|くん|ちゃん|方/u
function requestedAt(t: string, a: number, b: number): boolean {
  if (!CALL_THERE.test(t.slice(b, b + 8))) return false
  const m = REQUEST_TOPIC.exec(t.slice(Math.max(0, a - 40), a))
  return m !== null && !PRIVATE_GAP.test(m[1]!)
}

/*
 * Round 119 (blind IJ-030, IJ-139): a notice asks the reader to call the number when they have a question (わからない ときは 0944-… に
 * でんわして ください, ご不明な点は 0944-… にお電話ください, 詳しくは 0944-… へ, 困ったら 0944-… に電話してね, わからんときは … に
 * 電話してはいよ), or gives it bare as the sentence's start (…そうだんかいが あります。0944-… に でんわして ください): the line of whoever
 * runs the notice, as お問い合わせは 0944-… is. The request follows the number (に/へ/まで, then 電話/でんわ/連絡/問い合わせ and a request:
 * ください, お願いします, してね, してはいよ); a report (…に電話したら, 電話しました) is not one. Nothing private is told in the sentence
 * before the number or on its line after it (田中さん宅, たなかさんの いえ, 携帯, 個人), and a bare number's paragraph before it names no one
 * and no home, nor a correction.
 */
/* Blind IV-134: the request may be to dial it (0944-… へおかけください, におかけください, にかけてください). */
const CALL_REQUEST_AFTER =
  /^[ 　]?[)）]?[ 　]?(?:(?:に|へ|まで)[ 　]?(?:お|ご)?(?:でんわ|電話|TEL|連絡|れんらく|問い?合わ?せ|といあわせ)[ 　]?(?:を[ 　]?)?(?:して[ 　]?)?(?:ください|下さい|くださ|ちょうだい|お願い|おねがい|はいよ|くれんね|ね[。！!]|ね$|ばい|みて|してみて)|(?:に|へ)[ 　]?(?:おかけ[ 　]?(?:ください|下さい|くださ|いただ|願い)|かけて[ 　]?(?:ください|下さい|くださ|ね|みて)))/u
const ASK_TOPIC =
  /(?:わから|分から|不明|ふめい|質問|しつもん|詳し|くわし|詳細|困っ|こまっ|困り|こまり|問い?合わ?せ|といあわせ|相談|そうだん|知りたい|しりたい|聞きたい|ききたい|心配|しんぱい|不安|ふあん|疑問|ぎもん)[^。！？!?\n]{0,10}?(?:は|なら|ならば|たら|れば|ば|には)[、,]?[ 　]?$/u
const CALL_PRIVATE = /宅|家(?!庭)|いえ|おうち|携帯|ケータイ|けいたい|個人|私用|さん|様|さま|氏|くん|ちゃん|(?<![ぁ-ゖ])たく/u
const HOME_IN_PARAGRAPH = /宅|自宅|(?:の|お)家(?!庭)|(?:の|お)?うち(?:の|に|で)|携帯|ケータイ|個人|私用/u
function callRequestedAt(t: string, a: number, b: number): boolean {
  if (!CALL_REQUEST_AFTER.test(t.slice(b, b + 24))) return false
  let k = a
  while (k > 0 && a - k < 48 && !/[。！？!?\n]/u.test(t[k - 1]!)) k--
  const lead = t.slice(k, a)
  const tail = NUMBER_TAIL.exec(t.slice(b))![0]
  if (CALL_PRIVATE.test(tail.replace(/(?:して|を)?[ 　]?(?:ください|下さい)/gu, ''))) return false
  if (/^[ \t　・■□●○◆◇▶▷→⇒]*$/u.test(lead)) {
    const before = t.slice(Math.max(0, k - 200), k)
    // (A correction before it, 電話番号に誤りがありました。0944-… まで: which number is the wrong one is the correction rules' to read.)
    return !namesPerson(before) && !HOME_IN_PARAGRAPH.test(before) && !/誤|訂正|間違/u.test(before)
  }
  if (CALL_PRIVATE.test(lead)) return false
  if (ASK_TOPIC.test(lead)) return true
  // Blind IV-134: the sentence before (or the words before on the number's own) tells a service the reader can use by phone (放送内容は、電話で
  // 確認できます。聞き逃したときは、0944-… へおかけください; 自動音声でご案内します; 予約ダイヤル): the number is that service's line. Nothing
  // private is told there (a person named, a home).
  const before = t.slice(Math.max(0, sentenceStartBefore(t, k) - 1, a - 160), a)
  return PHONE_SERVICE.test(before) && !namesPerson(before) && !HOME_IN_PARAGRAPH.test(before)
}
/**
 * Blind IV-134: a service offered over the phone: something the reader can check, hear, book or ask by phone (電話で確認できます, お電話でお聞き
 * いただけます, 電話で予約を受け付けます), an automated line (自動音声, 音声案内, テレホンサービス), a dial named by what it is for (確認ダイヤル, 予約
 * ダイヤル).
 */
const PHONE_SERVICE =
  /(?:お?電話|でんわ)(?:で|でも|にて|から)[^。！？!?\n]{0,8}?(?:確認|お聞き|聞[くけ]|聴[くけ]|お?問い?合わ?せ|ご?予約|お?申し?込|ご?相談)[^。！？!?\n]{0,6}?(?:でき|いただけ|が可能|可能|を?受け付け|を?受付|を?承)|自動音声|音声(?:案内|ガイダンス|応答)|テレホンサービス|テレフォンサービス|電話(?:案内|応答)サービス|(?:案内|確認|専用|相談|予約|受付|情報)ダイヤル/u
/** Where the sentence before the one holding `k` starts (the start of the paragraph when there is none). */
function sentenceStartBefore(t: string, k: number): number {
  let j = k - 1
  while (j > 0 && /[。！？!?]/u.test(t[j - 1] ?? '') === false && t[j - 1] !== '\n') j--
  return Math.max(0, j)
}

/*
 * Round 121 (blind IK-128): the sentence before a bare number asks the reader to call a public body named there (こまったら けいさつに
 * でんわしてください。0944-…, 不安なときは警察署へ相談してください。⏎0944-…, しやくしょに れんらく して ください。…, 税務課にお問い合わせ
 * ください。…): the number given is that body's line, as 警察：0944-… is. The body ends the words before に/へ (orgEndsAt: 警察署, 市役所,
 * 税務課; in kana, けいさつ, しやくしょ, ぜいむか; or 警察, 消防 alone); the request is a request (ください, お願いします, してね), not a report
 * (電話したら, 電話しました). Nothing private is told in that sentence (田中さんに, おうちの人に: a person is no body) nor after the number
 * on its line.
 */
const CALL_BODY_SENTENCE =
  /([^。！？!?\n]{1,40}?)[ 　]?(?:に|へ)[ 　]?(?:お|ご)?(?:でんわ|電話|TEL|連絡|れんらく|相談|そうだん|問い?合わ?せ|といあわせ|通報|つうほう)[ 　]?(?:を[ 　]?)?(?:して[ 　]?)?(?:ください|下さい|くださいね|お願いします|おねがいします|してね)[ 　]?[。！!]?[ 　]*\n?[ 　・■□●○◆◇▶▷→⇒]*$/u
const PUBLIC_BODY_WORD = /(?:警察|消防|市役所|役所|役場|交番|けいさつ|しょうぼう|こうばん)$/u
function calledBodyBefore(t: string, a: number, b: number): boolean {
  if (!standsBare(t, a)) return false
  const m = CALL_BODY_SENTENCE.exec(t.slice(Math.max(0, a - 72), a))
  if (!m) return false
  const head = m[1]!.replace(/[ 　]+$/u, '')
  if (CALL_PRIVATE.test(head) || CALL_PRIVATE.test(NUMBER_TAIL.exec(t.slice(b))![0])) return false
  return PUBLIC_BODY_WORD.test(head) || orgEndsAt(head) || KANA_DESK_GLUED.test(head) || KANA_BODY_GLUED.test(head)
}

/**
 * Round 66 (blind HB-034): an English notice asks the reader to call a number (please call 0944-…, call us at, contact the center on) while
 * it names a public body (the Yanagawa City Welfare Center, the Disaster Prevention Division): the body's line, as 問い合わせ：0944-… is.
 * (Only when nothing private is told between the sentence's start and the number: Mr. Tanaka, his home, a mobile.)
 */
/*
 * Round 69 (blind HD-005): the line called may be named by what it is for, a few words before its kind (call the school counseling line at,
 * contact the tax consultation desk on, reach the child support hotline at), and the body may be a board or a committee (the Yanagawa City
 * Board of Education).
 */
const EN_CALL =
  /(?<![A-Za-z])(?:call|phone|dial|contact|reach)(?:\s(?:us|the(?:\s[a-z][a-z'’-]{1,20}){0,3}\s(?:center|centre|office|desk|shelter|hall|city|division|section|line|hotline|helpline|counter|window|service|room)))?(?:\s(?:at|on))?[\s:]{0,2}$/iu
const EN_BODY =
  /(?<![A-Za-z])[A-Z][A-Za-z'’.-]{1,20}(?:\s[A-Z][A-Za-z'’.-]{1,20}){0,4}\s(?:Cent(?:er|re)|Office|Hall|Division|Section|Department|Association|Council|Shelter|Library|Museum|Hospital|Clinic|Bureau|Agency|Board|Committee|Commission|Desk|Counter|Hotline|Helpline)(?![A-Za-z])/u
/*
 * Round 91 (blind HQ-025): a city's facility named in English in lower case, owned by the city in the possessive or as a modifier (Yanagawa
 * City's education support center "Hidamari", the city's consultation desk, the Yanagawa City child support office, our municipal
 * counseling center), or a desk of that kind given its proper name in quotes (the support center "Hidamari", the youth hotline 'Kokoro'):
 * a public body named, as the Title Case … Center is. Words between the owner and the kind are lower case and none tells of someone's
 * own (my, home, private).
 */
const EN_DESK_KIND = '(?:cent(?:er|re)|office|desk|counter|hotline|helpline|window|division|section|clinic|library|hall)'
const EN_DESK_WORD = "(?:\\s(?!(?:home|house|mobile|cell|private|personal|family|my|his|her|their)(?![A-Za-z]))[a-z][a-z'’-]{1,20})"
const EN_DESK_LOWER = new RegExp(
  `(?<![A-Za-z])(?:(?:[A-Z][a-z]{1,20}\\s)?(?:City|Town|Village|Prefecture|Prefectural|Municipal)(?:['’]s)?|(?:[Tt]he|[Oo]ur)\\s(?:city|town|village|prefecture|municipal|city-run|public)(?:['’]s)?)${EN_DESK_WORD}{0,4}\\s${EN_DESK_KIND}(?![A-Za-z])|(?<![A-Za-z])[a-z][a-z'’-]{1,20}${EN_DESK_WORD}{0,3}\\s${EN_DESK_KIND}\\s?["“'‘「][A-Za-z][A-Za-z'’ -]{0,28}["”'’」]`,
  'u',
)
const EN_PRIVATE = /(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Dr|his|her|my(?!\sNumber\s(?:cards?|portal|notification|system)(?![A-Za-z]))|their|home|house|mobile|cell|cellphone|personal|private|family|neighbou?r|volunteer)(?![A-Za-z])|さん|様|宅/iu
/*
 * Round 71 (blind HF-045): the line called is named by its own kind, in lower case, with the number in brackets after it (call the
 * voucher call center (0944-…), contact the tax consultation desk (0944-…), phone the library counter: 0944-…): a desk or a hotline
 * is no one's home, whether or not a Title Case body is named in the post. (Still only when nothing private is told before the
 * number in its sentence.)
 */
/*
 * Round 115 (blind IG-124): the public service called by its plain name (call the police (0944-…), contact the police station on, call the fire
 * station, phone the city hall, call the hospital): its line, as the desk's is.
 */
const EN_CALL_DESK =
  /(?<![A-Za-z])(?:call|phone|dial|contact|reach)\s(?:the|our)(?:\s[a-z][a-z'’-]{1,20}){0,3}\s(?:center|centre|office|desk|counter|hotline|helpline|call\s?line|division|section|police(?:\s(?:station|box|department))?|fire\s(?:station|department)|city\shall|town\shall|hospital)(?:\s(?:at|on))?[\s:(]{0,3}$/iu
/*
 * Round 80 (blind HL-036): an English notice's contact line opens with a label of its own, a colon and the number (… Mizu-no-Sato Center.
 * … Info: 0944-…; Inquiries: 0944-…; For more information: 0944-…; Questions? … Enquiries: 0944-…): as Contact: 0944-… is, the line of
 * the body the notice names. The label starts its sentence or line, nothing stands between it and the number (Info: Mr. Tanaka 0944-…
 * is not read), and nothing after the number on its line tells of someone's own (0944-… (my home), 0944-… (Mr. Koga)).
 */
const EN_INFO_LABEL =
  /(?:^|[\n.!?|•・■]\s{0,3}|[(（]\s?)(?:(?:more|further|for(?:\smore|\sfurther)?)\s)?(?:info(?:rmation)?|inquiries|enquiries|questions)\s?[:：]\s{0,2}$/iu
const NUMBER_TAIL = /^[^.!?。！？\n]{0,60}/u
const EN_BODY_ALL = new RegExp(EN_BODY.source, 'gu')
/** Whether `t` names a public body in English (the Yanagawa City Education Counseling Office, … Health Center, … Division). */
export function namesEnglishBody(t: string): boolean {
  return EN_BODY.test(t) || EN_DESK_LOWER.test(t) || EN_CITY_SENDER.test(t)
}
/*
 * Round 121 (blind IK-148): the city itself named as who sends the notice, as a heading (Tax Reminder from Yanagawa City: …, News from the
 * City of Yanagawa!, a line opening with [Yanagawa City] or Yanagawa City:) or as its government (Yanagawa City Government, Yanagawa City
 * Office): a public body, as its Hall or a Division is. A city named as where someone comes from (my friend from Yanagawa City is …) is not.
 */
const EN_CITY_SENDER =
  /(?<![A-Za-z])(?:(?:[Ff]rom|[Bb]y)\s(?:the\s)?(?:[A-Z][a-z]{1,20}\s(?:City|Town|Village)|City\sof\s[A-Z][a-z]{1,20})(?:\s(?:Government|Office|Hall))?\s?[:：!]|(?:[Tt]he\s)?(?:[A-Z][a-z]{1,20}\s(?:City|Town|Village)|City\sof\s[A-Z][a-z]{1,20})\s(?:Government|Office)(?![A-Za-z]))|(?:^|\n)[ \t]{0,3}[\[【(]?[A-Z][a-z]{1,20}\s(?:City|Town|Village)[\]】)]?[ \t]?[:：|\n]/u
/**
 * Round 91: where the English sentence holding the number at `a` starts (up to 160 characters back). The full stop of a title (Mr. Tanaka,
 * Dr. Koga) does not end it.
 */
function englishSentenceStart(t: string, a: number): number {
  let k = a
  while (k > 0 && a - k < 160 && !(/[.!?。！？\n]/u.test(t[k - 1]!) && !(t[k - 1] === '.' && EN_TITLE_END.test(t.slice(Math.max(0, k - 5), k - 1))))) k--
  return k
}
const EN_TITLE_END = /(?<![A-Za-z])(?:Mr|Ms|Mrs|Dr|Prof)$/u
/**
 * Round 91: whether the number's English sentence tells of someone's own line before it or on its line after it (call Mr. Tanaka at 0944-…,
 * so call my home 0944-…, 0944-… (my home)): then no hours after it make it a desk's.
 */
const EN_PRIVATE_WORD = /(?<![A-Za-z])(?:Mr|Ms|Mrs|Miss|Dr|his|her|my(?!\sNumber\s(?:cards?|portal|notification|system)(?![A-Za-z]))|their|home|house|mobile|cell|cellphone|personal|private|family|neighbou?r|volunteer)(?![A-Za-z])/iu
function englishPrivateAt(t: string, a: number): boolean {
  if (!/[A-Za-z]/.test(t.slice(Math.max(0, a - 24), a))) return false
  return EN_PRIVATE_WORD.test(t.slice(englishSentenceStart(t, a), a)) || EN_PRIVATE_WORD.test(NUMBER_TAIL.exec(t.slice(a))![0].replace(EN_BODY_ALL, ' '))
}
/*
 * Round 96 (blind HR-130): an English notice says a service must be booked (must be booked in advance, reservations are required, to book,
 * by appointment only, advance registration) and asks the reader to call a number in that sentence or the next (Please call 0944-…): the
 * line that takes the bookings, as 予約は…0944-…へ is in Japanese. The booking words are verb forms and nouns of booking, not the noun
 * "book" (return the book). In the same paragraph. Nothing private is told from the booking words to the number (a booking taken by Mr. Koga, at my home).
 */
const EN_BOOKING =
  /(?<![A-Za-z])(?:booked|bookings?|(?:to|must|please|should|can|may)\s(?:be\s)?(?:book|reserve|register)|reserv(?:ed|ations?)|(?:advance|prior)\s(?:registration|application|sign-?up)|(?:by|an?)\sappointment|appointments?\s(?:are|is)\s(?:required|necessary|needed))(?![A-Za-z])/iu
function englishBookingBefore(t: string, a: number): boolean {
  // The number's sentence and the one before it.
  const k = englishSentenceStart(t, a)
  const from = k > 0 ? englishSentenceStart(t, k - 1) : k
  let s = t.slice(Math.max(from, a - 240), a)
  // (Not across a paragraph break.)
  const para = s.lastIndexOf('\n\n')
  if (para >= 0) s = s.slice(para + 2)
  const m = EN_BOOKING.exec(s)
  if (!m) return false
  return !EN_PRIVATE.test(s.slice(m.index))
}
/*
 * Round 98 (blind HU-049, HU-085): an English notice's contact line is a phone label of its own (Phone: 0944-…, Tel: 0944-…, TEL. 0944-…,
 * Telephone: …) in a paragraph naming a public body (Where: Housing Division, …, Yanagawa City Hall), or the line opens with the body's name
 * itself and a colon or a bracket (Tourism Division, Yanagawa City: 0944-…; Yanagawa City Hall (0944-…); Housing Division Tel: 0944-…): that
 * body's line, as 問い合わせ：住宅課 0944-… is. A private person or a home told in the paragraph before a bare label (Contact Mr. Koga.⏎Phone:
 * 0944-…, my home, my mobile) keeps the number unowned.
 */
/* Round 115 (blind IG-030): the main line named so (Main line: 0944-…, Main number:, Switchboard:, Main phone:) is such a label too. */
const EN_PHONE_LABEL = /(?:^|[\n.!?|•・■]\s{0,3}|[(（]\s?)(?:(?:main\s)?(?:phone|tel|telephone)\.?(?:\s?(?:no\.?|number))?|main\s(?:line|number|office)|switchboard|operator)\s?[:：.]?\s{0,2}$/iu
const EN_BODY_LEAD = new RegExp(
  `(?:^|\\n)[ \\t]{0,4}(?:[•・■*-][ \\t]{0,2})?(?:[Tt]he\\s)?(?:${EN_BODY.source}|(?<![A-Za-z])[A-Z][a-z]{1,20}\\sCity\\sHall)(?:,\\s?(?:[A-Z][a-z]{1,20}\\s)?(?:City(?:\\sHall)?|Town|Village|Prefecture))?[ \\t]?(?:[:：(（]|[ \\t](?:Tel|TEL|Phone|Telephone)\\.?[ \\t]?[:：]?)[ \\t]{0,2}$`,
  'u',
)
/** Whether the number's paragraph (up to 400 characters back) tells of a private person or a home before it, bodies' names aside. */
function englishPrivateInParagraph(t: string, a: number): boolean {
  let s = t.slice(Math.max(0, a - 400), a)
  const para = s.lastIndexOf('\n\n')
  if (para >= 0) s = s.slice(para + 2)
  return EN_PRIVATE.test(s.replace(EN_BODY_ALL, ' '))
}
/** Whether `t` tells of a private person or a home in English, bodies' names aside (family, volunteer in … Family Support Division are a body's). */
export function tellsEnglishPrivate(t: string): boolean {
  return /[A-Za-z]/.test(t) && EN_PRIVATE.test(t.replace(EN_BODY_ALL, ' '))
}
/**
 * Whether the number at `a` follows a bare English phone label (Phone: 0944-…) with nothing private told before it in its piece of the
 * paragraph or after it on its line: the body the notice names in another piece of the paragraph may own it (the family's `post`).
 */
/*
 * Round 121 (blind IK-073): the contact line's label may be one of asking (Inquiries: 0944-…, Questions: 0944-…, Info: …) on a line of its own,
 * the body named on another line of the notice (Place: Yanagawa Civic Cultural Hall): as Phone: 0944-… is, the line of whoever runs the notice.
 * ("My Number Card" on a line between is the card's name, no one's own.)
 */
function englishPhoneLabelled(t: string, a: number): boolean {
  const before = t.slice(Math.max(0, a - 72), a)
  if (!EN_PHONE_LABEL.test(before) && !EN_INFO_LABEL.test(before)) return false
  return !EN_PRIVATE.test(NUMBER_TAIL.exec(t.slice(a))![0].replace(EN_BODY_ALL, ' ')) && !englishPrivateInParagraph(t, a)
}
/*
 * Round 107 (blind HZ-010, HZ-107): an English body named right before the number, parted from it by a comma, a colon, a dash or a bracket
 * (Questions: Election Administration Commission, 0944-…; Tourist Info: 0944-…; Yanagawa City Hall (0944-…); Tourism Division - 0944-…):
 * the number is that body's line, as 選挙管理委員会 0944-… is. The body is Title Case and ends in a body's kind (Commission, Office,
 * Division, Center, City Hall) or is a desk of information (Tourist Info, Tourist Information, Visitor Information). Only when nothing
 * private is told in the number's sentence before the body or on its line after the number (Mr. Koga, his home, my mobile).
 */
/*
 * Round 114 (blind IF-071): the desk's label in plain English, its later words in lower case (Tourist info center: 0944-…, Tourist information
 * desk, Visitor info: …), and the police, the city hall or a consultation desk named alone (Police: 0944-…, City hall: …, Consultation desk -
 * …): a public desk's line all the same. The label's own words tell of no one's home (My home info: … is no desk).
 */
const EN_INFO_DESK =
  "(?<![A-Za-z])[A-Z][a-z'’]{1,20}(?:\\s[A-Za-z][a-z'’]{1,20}){0,2}\\s(?:[Ii]nfo(?:rmation)?(?:\\s(?:[Cc]ent(?:er|re)|[Dd]esk|[Oo]ffice|[Cc]ounter|[Bb]ooth))?)(?![A-Za-z])" +
  "|(?<![A-Za-z])(?:[A-Z][a-z]{1,20}\\s)?(?:Police(?:\\s[Ss]tation|\\s[Bb]ox)?|City\\s[Hh]all|Town\\s[Hh]all|Information\\s(?:[Dd]esk|[Cc]ent(?:er|re)|[Cc]ounter)|Consultation\\s(?:[Dd]esk|[Cc]ounter|[Cc]ent(?:er|re)))(?![A-Za-z])"
const EN_BODY_BEFORE_NUMBER = new RegExp(
  `(?:${EN_BODY.source}|(?<![A-Za-z])[A-Z][a-z]{1,20}\\sCity\\sHall|${EN_INFO_DESK})\\s?(?:[,:：(（]|\\s[-–—])\\s{0,2}$`,
  'u',
)
function englishBodyRightBefore(t: string, a: number): boolean {
  const before = t.slice(Math.max(0, a - 100), a)
  const m = EN_BODY_BEFORE_NUMBER.exec(before)
  if (!m) return false
  const k = englishSentenceStart(t, a)
  const lead = t.slice(Math.max(k, a - 100), a - before.length + m.index)
  const tail = NUMBER_TAIL.exec(t.slice(a))![0].replace(EN_BODY_ALL, ' ')
  return !EN_PRIVATE.test(lead.replace(EN_BODY_ALL, ' ')) && !EN_PRIVATE.test(tail) && !EN_PRIVATE_WORD.test(m[0].replace(EN_BODY_ALL, ' '))
}
function englishCallToBody(t: string, a: number): boolean {
  const before = t.slice(Math.max(0, a - 72), a)
  const desk = EN_CALL_DESK.test(before)
  const lead = EN_BODY_LEAD.test(t.slice(Math.max(0, a - 100), a))
  const label = !lead && EN_PHONE_LABEL.test(before)
  if (!desk && !lead && !label && !EN_CALL.test(before) && !EN_INFO_LABEL.test(before)) return false
  const k = englishSentenceStart(t, a)
  // (A body named after the number is the desk's name, not someone's: 0944-… (Child and Family Support Division).)
  const tail = NUMBER_TAIL.exec(t.slice(a))![0].replace(EN_BODY_ALL, ' ')
  if (EN_PRIVATE.test(t.slice(k, a).replace(lead ? EN_BODY_ALL : /(?!)/gu, ' ')) || EN_PRIVATE.test(tail)) return false
  if (desk || lead) return true
  if (label && englishPrivateInParagraph(t, a)) return false
  return namesEnglishBody(t) || englishBookingBefore(t, a)
}

/*
 * Round 88 (blind HP-141): a multilingual notice asks the reader, in its other language, to call a desk named by its kind right before the
 * number (Vietnamese hãy gọi cho Quầy tư vấn dành cho người nước ngoài (0944-…), liên hệ Trung tâm …: 0944-…; Portuguese ligue para o Balcão de
 * Consultas (0944-…); Chinese 请拨打国际交流科（0944-…）, 致电…中心; Korean 외국인 상담창구(0944-…)로 전화해 주세요): the desk's line, as call the
 * consultation desk (0944-…) is in English. Only when nothing private is told in the number's sentence before it or on its line after it (ông
 * Nguyễn, nhà riêng, Sra. Silva, celular, 先生, 手机, 씨, 자택, Mr., さん, 宅).
 */
const FOREIGN_DESK_WORDS = '[\\p{L}\\p{M}\'’-]{1,14}'
const VI_CALL_DESK = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:gọi(?:\\sđiện(?:\\sthoại)?)?|liên\\s(?:hệ|lạc))(?:\\s(?:cho|đến|tới|vào|với))?(?:\\ssố(?:\\sđiện\\sthoại)?(?:\\scủa)?)?\\s(?:quầy|trung\\stâm|phòng|văn\\sphòng|ban|bộ\\sphận|tổng\\sđài|đường\\sdây(?:\\snóng)?|sở|ủy\\sban|bàn|cửa|tòa\\sthị\\schính)(?:\\s${FOREIGN_DESK_WORDS}){0,10}\\s?[(（:：]?\\s?$`,
  'iu',
)
const PT_CALL_DESK = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:ligue|telefone|contate|entre\\sem\\scontato)(?:\\s(?:para|com|ao|à))?(?:\\s(?:o|a))?\\s(?:balcão|centro|divisão|seção|secção|departamento|prefeitura|escritório|setor|guichê|central)(?:\\s${FOREIGN_DESK_WORDS}){0,8}\\s?[(（:：]?\\s?$`,
  'iu',
)
const ZH_CALL = /(?:拨打|撥打|致电|致電|联系|聯繫|联络|聯絡|打电话|打電話)[^。！？!?\n]{0,24}(?:科|课|中心|窗口|办公室|辦公室|咨询处|諮詢處|市政府|事务所|事務所|服务台|服務台)[ 　]?[(（:：]?[ 　]?$/u
const KO_DESK = /(?:창구|센터|시청|사무소|상담실|민원실|[가-힣]{2,8}과)[ 　]?[(（:：]?[ 　]?$/u
const KO_CALL_AFTER = /^[ 　]?[)）]?[ 　]?(?:으로|로|에|에게)?[ 　]?(?:전화|문의|연락)/u
const FOREIGN_PRIVATE =
  /(?<![\p{L}\p{M}])(?:[Aa]nh|[Cc]hị|[ÔôOo]ng|[Bb]à|[Cc]ô|Sra?|Srta)\.?\s\p{Lu}|(?<![\p{L}\p{M}])(?:nhà\sriêng|nhà\scủa|số\sriêng|di\sđộng|cá\snhân|casa|celular|pessoal|particular)(?![\p{L}\p{M}])|先生|女士|小姐|家里|家裡|手机|手機|个人|個人|私人|[가-힣]씨|님|자택|(?<![가-힣])집|휴대(?:폰|전화)|개인/u
function foreignCallToDesk(t: string, a: number, b: number): boolean {
  let k = a
  while (k > 0 && a - k < 160 && !/[.!?。！？\n]/u.test(t[k - 1]!)) k--
  const before = t.slice(Math.max(k, a - 100), a)
  const korean = KO_DESK.test(before) && KO_CALL_AFTER.test(t.slice(b, b + 12))
  if (!korean && !VI_CALL_DESK.test(before) && !PT_CALL_DESK.test(before) && !ZH_CALL.test(before)) return false
  const tail = NUMBER_TAIL.exec(t.slice(b))![0]
  const sentence = t.slice(k, a)
  return !FOREIGN_PRIVATE.test(sentence) && !FOREIGN_PRIVATE.test(tail) && !EN_PRIVATE.test(sentence) && !EN_PRIVATE.test(tail)
}

/**
 * Round 69 (blind HD-031): a desk named in やさしい日本語 as one word spelt in hiragana, its kind glued to it (がっこうきゅうしょくか, ぜいむか,
 * こそだてしえんがかり: 学校給食課, 税務課, 子育て支援係), right before a fixed-line number given as where to call (…か 0944-… に でんわ
 * して ください) or as its contact line (…か：0944-…). The spaced form (けんこう づくり か) is ORG_END_KANA's. A word of its own (after a
 * space, a comma or の), not a question (ですか, わからないか).
 */
const KANA_DESK_GLUED =
  /(?:^|[ 　\n、,。「『（(]|の[ 　]?)[ぁ-ゖー]{3,14}(?<!です|ます|でしょう|ません|ない|たい|だろう|ました|でした|ますか|するの)(?:か|かかり|がかり)[ 　]?(?:(?:でんわ|電話|TEL|tel)[ 　]?)?([:：]?)[ 　]?[(（]?$/u
const CALL_AFTER_KANA = /^[)）]?[ 　]?(?:に|へ|まで)[ 　]?(?:お?でんわ|お?電話|れんらく|連絡|きいて|聞いて|そうだん|相談|といあわせ|問い合わせ)/u
/**
 * Round 76 (blind HI-037): a desk named in やさしい日本語 in the bracket right after its number, then where to call (0944-77-8011（こうほう）に
 * きいて ください, 0944-73-8125（ぜいむか）へ でんわ, 0944-72-6433（ほけん せんたー）まで): the bracket names the desk by its work (こうほう,
 * ぜいむ, こそだて, ごみ) or by its kind (…か, …かかり, …まどぐち, …せんたー). A family name in kana (（たなか）に でんわ) is neither.
 */
const KANA_WORK =
  '(?:こうほう|こうちょう|ぜいむ|ぜいきん|ふくし|かいご|けんこう|ほけん|こそだて|ほいく|ごみ|かんきょう|ぼうさい|すいどう|げすいどう|きょういく|しみん|こせき|じゅうみん|かんこう|しょうぼう|そうむ|こくさい|しょうがい|ねんきん|のうぎょう|どうろ|しやくしょ|やくしょ|ししょ|としょかん|こうみんかん|がっこう|ほけんじょ)'
const KANA_KIND = '(?:か|かかり|がかり|まどぐち|せんたー|センター|そうだん)'
const KANA_DESK_IN_BRACKET = new RegExp(
  `^[ 　]?[(（][ 　]?(?:${KANA_WORK}(?:[ 　]?${KANA_KIND}|(?:[ 　][ぁ-ゖー]{1,8}){1,2}[ 　]${KANA_KIND})?|[ぁ-ゖー]{1,8}(?:[ 　][ぁ-ゖー]{1,8}){0,2}?(?:かかり|がかり|まどぐち|せんたー|センター|そうだん|[ 　]か))[ 　]?[)）]`,
  'u',
)
function kanaDeskAfter(t: string, b: number): boolean {
  const m = KANA_DESK_IN_BRACKET.exec(t.slice(b, b + 32))
  return m !== null && CALL_AFTER_KANA.test(t.slice(b + m[0].length, b + m[0].length + 12))
}

/*
 * Round 76 (blind HI-078): the number in brackets after the desk's name (そうむか（0944-77-8024）に きいて ください): a bracket is a label's
 * mark, as the colon is; where to call still follows it.
 */
/*
 * Round 104 (blind HX-050): a public body spelt in hiragana, its kind glued to it (こくさいこうりゅうきょうかい: 国際交流協会, しやくしょ, こうみんかん,
 * としょかん, …せんたー), right before the number in brackets or after a space, then where to call (…きょうかい（0944-…）に でんわ して ください).
 */
/*
 * Round 107 (blind HZ-110): more kinds of office spelt in hiragana, glued to their work: …あんないじょ (案内所: かんこうあんないじょ), …じょ/しょ
 * (所: じむしょ, ほけんじょ, しょうぼうしょ, けいさつしょ, ぜいむしょ, ほいくしょ, ひなんじょ, そうだんじょ, しえんじょ), …ぶ (部: そうむぶ,
 * きょういくぶ, けんこうふくしぶ). Only whole words of that kind: a bare じょ or しょ (かのじょ: a girlfriend, ばしょ, じゅうしょ) and a verb
 * in ぶ (あそぶ, よぶ, えらぶ) are not.
 */
const KANA_OFFICE_END =
  '(?:あんない|かんこうあんない|じむ|けんきゅう|しょうぼう|けいさつ|ぜいむ|ほけん|ほいく|たくじ|ひなん|そうだん|しえん|しゅっちょう|はつでん|けんしん|しんりょう|きゅうご)(?:じょ|しょ)|(?:そうむ|きょういく|けんせつ|しみん|ふくし|けんこうふくし|かんきょう|さんぎょう|けいざい|とし|すいどう|のうせい|きかく|ざいせい|けんこう|ぼうさい|かんこう)ぶ'
/*
 * Round 114 (blind IE-099): the police and the fire service named in hiragana by their work alone (けいさつ：0944-…, しょうぼう：…, けいさつ に
 * でんわ): a public body, as 警察：0944-… is. Only as a label (a colon after it) or as where to call, like the other kana bodies.
 */
const KANA_POLICE_FIRE = '(?:けいさつ|しょうぼう)(?:ほんぶ|きょく)?'
const KANA_BODY_GLUED =
  new RegExp(String.raw`(?:^|[ 　\n、,。「『（(]|の[ 　]?)[ぁ-ゖー]{0,12}(?:きょうかい|しやくしょ|しゃくしょ|やくしょ|やくば|こうみんかん|としょかん|しみんかいかん|じむしょ|じむきょく|ほけんじょ|せんたー|センター|${KANA_OFFICE_END}|${KANA_POLICE_FIRE})[ 　]?([:：]?)[ 　]?[(（]?$`, 'u')
function kanaDeskBefore(t: string, a: number, b: number): boolean {
  const before = t.slice(Math.max(0, a - 24), a)
  const m = KANA_DESK_GLUED.exec(before) ?? KANA_BODY_GLUED.exec(before)
  return m !== null && (m[1] !== '' || CALL_AFTER_KANA.test(t.slice(b, b + 12)))
}

/**
 * Round 78 (blind HK-083): a contact line of a やさしい日本語 notice, a label, its colon, then the desk spelt in hiragana and its number (・よやく：
 * けんこうづくりか（0944-…）, といあわせ：ぜいむか 0944-…, もうしこみ：こそだてしえんがかり（0944-…）, 予約：ほけんせんたー（0944-…）): the label
 * says the number is where to call and the name before it is a desk's, as 予約：健康づくり課（0944-…） is. The label opens its line (a bullet
 * aside); nothing follows the number on the line but its bracket or まで/へ/です. The desk is a word of the city's work (ぜいむ, こそだて) or
 * ends in a desk's kind (…か, …かかり, …まどぐち, …せんたー); a kana family name ending in か (たなか, おおつか, ふくおか, やまさか, おおたか)
 * is no desk.
 */
const LABEL_LINE_LABEL =
  '(?:よやく|ごよやく|といあわせ(?:さき)?|おといあわせ(?:さき)?|もうしこみ(?:さき)?|おもうしこみ|れんらく(?:さき)?|うけつけ|そうだん|でんわ|予約|ご予約|お?問い?合わ?せ先?|お?申し?込み?先?|連絡先|受付|相談)'
const LABEL_LINE_DESK = `(?:${KANA_WORK}(?:[ 　]?${KANA_KIND})?|[ぁ-ゖー]{2,14}(?:[ 　][ぁ-ゖー]{1,8}){0,2}?(?:かかり|がかり|まどぐち|せんたー|センター)|[ぁ-ゖー]{2,14}(?<![なつづさざおたばま])(?:[ 　]?か))`
const KANA_DESK_LABEL_LINE = new RegExp(
  `(?:^|\\n)[ \\t　]{0,4}(?:[■□◆◇●○・･*※▶▷▼-][ \\t　]{0,2})?[【\\[]?${LABEL_LINE_LABEL}[】\\]]?[ \\t　]{0,2}[:：][ \\t　]{0,2}${LABEL_LINE_DESK}[ \\t　]{0,2}[(（]?$`,
  'u',
)
const LABEL_LINE_END = /^[)）]?[ \t　]{0,2}(?:まで|へ|です)?[ \t　。]{0,2}(?:\n|$)/u
function kanaDeskOnLabelLine(t: string, a: number, b: number): boolean {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (a - lineStart > 48 || !LABEL_LINE_END.test(t.slice(b, b + 12))) return false
  return KANA_DESK_LABEL_LINE.test(t.slice(Math.max(0, lineStart - 1), a))
}

/**
 * Round 76 (blind HI-091): a fixed line given as one channel of a contact list whose other channel is the public body's own e-mail address
 * (■申込方法 …ファクスまたは電子メールでお送りください。⏎・ファクス　0944-73-8230⏎・電子メール　koho@city.yanagawa.lg.jp; TEL 0944-…⏎Mail
 * …@city.….lg.jp): the list is one desk's, and the address says whose. Read when the number's line holds only a channel label before it
 * (ファクス, FAX, TEL, 電話) and nothing after it but a bracket that tells of no one, a line of the same block (no blank line, at most two lines
 * away) gives an address on a public domain (the policy's, lg.jp, go.jp, city.….jp), and the paragraph tells of no private person or home.
 */
const CHANNEL_LINE_HEAD =
  /(?:^|\n)[ \t]{0,4}(?:[■□◆◇●○・･*※>-][ \t]{0,2})?[【\[(<]?(?:ファクス|ファックス|ファクシミリ|FAX|Fax|fax|TEL|Tel|tel|電話|でんわ|℡|☎)(?:番号)?[】\])>]?[ \t:：]{0,3}$/u
const CHANNEL_LINE_TAIL = /^[ \t]*(?:[(（](?![^()（）\n]{0,16}?(?:宅|家|携帯|ケータイ|個人|私用|さん|様|さま|氏))[^()（）\n]{1,16}[)）])?[ \t]*(?:\n|$)/u
const MAIL_ON_LINE = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5})/u
const PRIVATE_IN_LIST = /自宅|お宅|個人宅|私用|携帯|ケータイ|個人の(?:電話|番号|連絡先|アドレス|メール)/u
function listedWithPublicMail(t: string, a: number, b: number, policy: Policy): boolean {
  if (!t.includes('@')) return false
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  if (!CHANNEL_LINE_HEAD.test(t.slice(Math.max(0, lineStart - 1), a)) || !CHANNEL_LINE_TAIL.test(t.slice(b, b + 24))) return false
  if (PRIVATE_IN_LIST.test(t) || namesPerson(t)) return false
  const lines = t.split('\n')
  const at = t.slice(0, a).split('\n').length - 1
  for (const step of [-1, 1]) {
    for (let k = at + step, n = 0; n < 2 && k >= 0 && k < lines.length; k += step, n++) {
      const line = lines[k]!
      if (line.trim() === '') break
      const m = MAIL_ON_LINE.exec(line)
      if (m && isPublicMailDomain(m[1]!, policy)) return true
    }
  }
  return false
}

/**
 * Blind KQ-025 kind: a fax number given as one way to reply, in the sentence that gives the desk's own phone as the other (返信は、同封のはがき、
 * ファックス（0944-74-0123）、またはお電話（高齢支援課 0944-77-8524）で): the channels of one desk, the fax that desk's, as a line listed beside its
 * public e-mail is. The fax label stands right before the number (ファックス, ファクス, FAX, its bracket or colon); another number of the sentence is owned by
 * a desk or a body in its own phrase; nothing in the sentence or after the number on its line tells of a home, a mobile or a private person.
 */
const FAX_BEFORE = /(?:ファッ?クス|ファクシミリ|FAX|Fax|fax)(?:番号)?[ \t　]?[:：]?[ \t　]?[(（]?$/u
function faxBesideDesk(t: string, a: number, b: number, matches: ReadonlyArray<PhoneMatch>): boolean {
  if (!FAX_BEFORE.test(t.slice(Math.max(0, a - 12), a))) return false
  let k = a
  while (k > 0 && a - k < 120 && !/[。！？!?\n]/u.test(t[k - 1]!)) k--
  let e = b
  while (e < t.length && e - b < 120 && !/[。！？!?\n]/u.test(t[e]!)) e++
  const sentence = t.slice(k, e)
  if (PRIVATE_IN_LIST.test(sentence) || CALL_PRIVATE.test(sentence) || namesPerson(sentence)) return false
  return matches.some((m) => m.startsAt !== a && m.startsAt >= k && m.endsAt <= e && (() => {
    const o = ownerOf(t, m.startsAt)
    return o.kind === 'org' && o.immediate
  })())
}

/**
 * Blind LC-027 kind: one line of a list of a desk's lines by area or by hours (相談は地域包括支援センターへ。⏎・柳川地区　0944-…⏎・大和地区　0944-…⏎
 * ・三橋地区　0944-…): every line of the list is the same desk's, so a line beyond the reach of the desk's name is owned as its siblings are.
 * Read when the number's line holds only a bullet and a short label before it and nothing after it, and a line of the same block (no blank
 * line, at most six lines away) has the same shape with a number owned by an organisation; no label of the list and nothing in the paragraph
 * tells of a home, a mobile or a private person.
 */
const LIST_LINE_HEAD = /^[ \t　]{0,4}[・･■□●○◆◇▶*\-－][ \t　]{0,2}([^\n0-9]{1,14}?)[ \t　:：]{1,4}$/u
const LIST_LINE_TAIL = /^[ \t　]*(?:\n|$)/u
function listLineLabel(t: string, a: number, b: number): string | null {
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  const m = LIST_LINE_HEAD.exec(t.slice(lineStart, a))
  if (!m || !LIST_LINE_TAIL.test(t.slice(b, b + 8)) || CALL_PRIVATE.test(m[1]!) || PRIVATE_IN_LIST.test(m[1]!)) return null
  return m[1]!
}
function listedBesideDeskLines(t: string, a: number, b: number, matches: ReadonlyArray<PhoneMatch>): boolean {
  if (listLineLabel(t, a, b) === null || PRIVATE_IN_LIST.test(t)) return false
  const lineStart = t.lastIndexOf('\n', a - 1) + 1
  let lineEnd = t.indexOf('\n', b)
  if (lineEnd < 0) lineEnd = t.length
  // The block: the lines around the number's, up to a blank line, six lines each way.
  let lo = lineStart
  for (let n = 0; n < 6 && lo > 0; n++) {
    const prev = t.lastIndexOf('\n', lo - 2) + 1
    if (t.slice(prev, lo - 1).trim() === '') break
    lo = prev
  }
  let hi = lineEnd
  for (let n = 0; n < 6 && hi < t.length; n++) {
    let next = t.indexOf('\n', hi + 1)
    if (next < 0) next = t.length
    if (t.slice(hi + 1, next).trim() === '') break
    hi = next
  }
  return matches.some((m) => m.startsAt !== a && m.startsAt >= lo && m.endsAt <= hi && listLineLabel(t, m.startsAt, m.endsAt) !== null && ownerOf(t, m.startsAt).kind === 'org')
}

/**
 * Blind LC-044 kind: a desk of the city offers its help in the sentence, and the number closes the sentence in the bracket after the ask to
 * consult or call (市の国際交流係が通訳をお手伝いしますので、大家さん・不動産会社の方もご相談ください（0944-…）): the desk's line; the people
 * the ask is addressed to (大家さんも, 〜の方は) are the callers, not the owners. The desk is the subject (〜係が, 〜課では, 〜センターで) and no
 * person in the sentence owns a home or a line (〜さんの, 〜さん宅, 携帯, 自宅).
 */
const ASK_TO_CALL_BEFORE = /(?:ご相談|ご連絡|お問い?合わ?せ|お電話|お気軽に)(?:を)?(?:ください|下さい|くださいませ|をお願いします)[ 　]?[(（][ 　]?$/u
const OWNED_BY_PERSON_IN_SENTENCE = /(?:さん|様|さま|氏|くん|ちゃん)(?:の|宅|方|家)|自宅|お宅|携帯|ケータイ|個人|私用/u
function deskOffersBeforeAsk(t: string, a: number): boolean {
  if (!ASK_TO_CALL_BEFORE.test(t.slice(Math.max(0, a - 24), a))) return false
  let k = a
  while (k > 0 && a - k < 160 && !/[。！？!?\n]/u.test(t[k - 1]!)) k--
  const sentence = t.slice(k, a)
  if (OWNED_BY_PERSON_IN_SENTENCE.test(sentence)) return false
  for (let i = sentence.indexOf('が'); i > 0; i = sentence.indexOf('が', i + 1)) if (orgEndsAt(sentence.slice(0, i))) return true
  for (let i = sentence.indexOf('では'); i > 0; i = sentence.indexOf('では', i + 1)) if (orgEndsAt(sentence.slice(0, i))) return true
  return false
}

const PRIVATE_TYPES: ReadonlySet<NumberType> = new Set(['MOBILE', 'PAGER', 'PERSONAL_NUMBER'] as NumberType[])
/** Numbers only a business or a public body holds: free dial (0120, 0800), navigation dial (0570), premium rate. */
const BUSINESS_TYPES: ReadonlySet<NumberType> = new Set(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN'] as NumberType[])

/**
 * Phone-number candidates: digit runs with the separators phone numbers are written with, holding
 * at least 9 digits. libphonenumber-js reads each candidate instead of the whole text, which keeps
 * a long post as cheap per keystroke as its numbers are few.
 */
const PHONE_CANDIDATE = /[+(]?\d[\d ()\-.・]{6,24}\d/g

interface PhoneMatch {
  startsAt: number
  endsAt: number
  number: PhoneNumber
}

/** A candidate's numbers (offsets in the candidate), as `readCandidate` gives them. */
type CandidateNumbers = ReadonlyArray<{ startsAt: number; endsAt: number; number: PhoneNumber }>

/**
 * What `readCandidate` said about the last few hundred candidates. Its answer depends on the candidate alone, and
 * typing re-checks the paragraph under the caret with its numbers unchanged: libphonenumber reads each number once,
 * not on every keystroke. Cleared when full.
 */
const candidateMemo = new Map<string, CandidateNumbers>()
const CANDIDATE_MEMO_SIZE = 256

function phoneMatches(t: string): PhoneMatch[] {
  const out: PhoneMatch[] = []
  PHONE_CANDIDATE.lastIndex = 0
  for (const c of matchAllOf(PHONE_CANDIDATE, t)) {
    // Round 74: the minutes of a clock time glued to the number by a space or a bracket (9:00〜16:00 0944-…, (Weekdays 8:30-17:15) 0944-…:
    // the candidate starts at 00): the number after them, read alone.
    const clock = t[c.index - 1] === ':' ? /^[0-9]{2}(?:\)[ \t]{0,3}|[ \t]{1,3})(?=0[1-9])/.exec(c[0]) : null
    const skip = clock ? clock[0].length : 0
    const cand = c[0].slice(skip)
    let numbers = candidateMemo.get(cand)
    if (!numbers) {
      if (candidateMemo.size >= CANDIDATE_MEMO_SIZE) candidateMemo.clear()
      numbers = readCandidate(cand)
      candidateMemo.set(cand, numbers)
    }
    for (const m of numbers) {
      let startsAt = c.index + skip + m.startsAt
      const endsAt = c.index + skip + m.endsAt
      // An opening bracket that is not closed inside the number belongs to the sentence: （0944-77-8832）.
      if (t[startsAt] === '(' && !t.slice(startsAt, endsAt).includes(')')) startsAt++
      out.push({ startsAt, endsAt, number: m.number })
    }
  }
  return out
}

/**
 * The phone numbers in one candidate (PHONE_CANDIDATE), offsets in the candidate: what libphonenumber-js finds in it,
 * else its digits when they are a whole valid number written with separators libphonenumber does not accept.
 */
function readCandidate(cand: string): CandidateNumbers {
  const out: Array<{ startsAt: number; endsAt: number; number: PhoneNumber }> = []
  let digits = ''
  for (let k = 0; k < cand.length; k++) {
    const d = cand.charCodeAt(k)
    if (d >= 0x30 && d <= 0x39) digits += cand[k]
  }
  // A Japanese number has 10 or 11 digits in national form (0 then a non-zero digit), 11 or 12 with +81.
  if (digits.length < 9) return out
  const international = cand[0] === '+' || digits.startsWith('81')
  // More digits than one number: two numbers side by side (0944-73-8111 0944-77-8832) are written with hyphens or brackets.
  if (digits.length > 13 && !/[-()]/.test(cand)) return out
  if (!international && !/^0[1-9]/.test(digits)) return out
  // The candidate alone (labels glued to it, TEL0902…, would hide it from libphonenumber).
  const found = findPhoneNumbersInText(` ${cand} `, { defaultCountry: 'JP' }, phoneMetadata)
  if (found.length > 0) {
    for (const m of found) out.push({ startsAt: m.startsAt - 1, endsAt: m.endsAt - 1, number: m.number })
    return out
  }
  // Separators libphonenumber does not accept (080- 2719- 4450): the digits alone, when they are a whole valid number.
  if (digits[0] === '0' && (digits.length === 10 || digits.length === 11) && !/\d[.]\d/.test(cand)) {
    const p = parsePhoneNumberFromString(digits, 'JP', phoneMetadata)
    if (p?.isValid()) out.push({ startsAt: 0, endsAt: cand.length, number: p })
  }
  return out
}

/** Line breaks inside a number (080-⏎2719-⏎4450) read as spaces; same length. */
function joinBrokenLines(t: string): string {
  if (!t.includes('-\n')) return t
  return t.replace(/-[ \t]*\n(?=[ \t]*\d)/g, (m) => m.replace('\n', ' '))
}

/** A mobile number spelt out in pieces: 090、そのあと 4462、最後が 9018. */
const SPLIT_MOBILE = /(?<![\d\-])0[789]0(?![\d\-])/g
const PIECE = /(?<![\d\-])\d{4}(?![\d\-])/y

function splitMobiles(t: string, taken: PhoneMatch[]): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  SPLIT_MOBILE.lastIndex = 0
  for (const m of matchAllOf(SPLIT_MOBILE, t)) {
    const a = m.index
    if (taken.some((s) => s.startsAt <= a && a < s.endsAt)) continue
    let at = a + 3
    let ok = true
    for (let piece = 0; piece < 2 && ok; piece++) {
      // Up to 12 characters of words between the pieces, no digits and no sentence end.
      let k = at
      while (k < t.length && k - at <= 12 && !/[0-9。\n!?！？]/.test(t[k]!)) k++
      PIECE.lastIndex = k
      if (k - at < 1 || !PIECE.test(t)) ok = false
      else at = k + 4
    }
    if (ok && at - a <= 40) out.push({ a, b: at })
  }
  return out
}

/**
 * Blind R173I-022 kind: a phone number spelt out in kana words, digit by digit, as it is said aloud (ぜろはちぜろ の ななさんいちご の
 * よんよんにーきゅう, ゼロキューゼロ・イチニーサンヨン・ゴーロクナナハチ, れいきゅうよんよん なななな…): the number itself, only harder for a
 * filter to see. Read from a zero word (ぜろ, れい, まる; in katakana too) that starts a word (after a particle or a mark, not きれい, あまる),
 * the words glued in groups of two or more digits, at most four groups parted by の, a comma, a dot, a dash or a space; 10 or 11 digits
 * that make a valid Japanese number. A count said aloud (ぜろ、いち、に、さん…: one digit a group; ぜろいちにさん…きゅう) is none.
 */
/** Kana digit words, longest first where one starts another (きゅう before く), in the hiragana view; shared with pinned-person.ts's mixedSpokenPhone. */
export const SPOKEN_DIGITS: ReadonlyArray<readonly [string, string]> = [
  ['きゅう', '9'], ['きゅー', '9'], ['ぜろ', '0'], ['れい', '0'], ['まる', '0'], ['いち', '1'], ['にい', '2'], ['にー', '2'], ['さん', '3'], ['よん', '4'],
  ['しー', '4'], ['ごー', '5'], ['ごお', '5'], ['ろく', '6'], ['なな', '7'], ['しち', '7'], ['はち', '8'], ['ぱち', '8'], ['くー', '9'], ['に', '2'], ['し', '4'],
  ['ご', '5'], ['く', '9'],
]
/** A zero word starting a word (after a particle or a mark, not きれい, あまる), as a pattern source; shared with pinned-person.ts. */
export const SPOKEN_ZERO_SOURCE = '(?<=^|[^ぁ-ゖァ-ヺー]|[はがをにでもとのへ])(?:ぜろ|れい|まる)'
const SPOKEN_ZERO = new RegExp(SPOKEN_ZERO_SOURCE, 'gu')
const SPOKEN_SEP = /[ 　]{0,2}(?:の|、|,|・|-|‐|－|―)[ 　]{0,2}|[ 　]{1,2}/y
/** The hiragana view of `t`: each katakana letter (ァ–ヶ) as its hiragana, same length, so offsets hold; ー and the rest unchanged. */
export function toHiraganaView(t: string): string {
  return t.replace(/[ァ-ヶ]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
}
function spokenPhones(doc: Doc, emit: Emit, found: Span[]): void {
  if (!/ぜろ|れい|まる|ゼロ|レイ|マル/u.test(doc.norm.text)) return
  const t = doc.norm.text
  const h = toHiraganaView(t)
  SPOKEN_ZERO.lastIndex = 0
  for (const z of matchAllOf(SPOKEN_ZERO, h)) {
    const a = z.index
    let best: { end: number; number: PhoneNumber; length: number } | null = null
    let steps = 0
    const walk = (pos: number, digits: string, groups: number, inGroup: number): void => {
      if (++steps > 400 || (best !== null && best.length === 11)) return
      if ((digits.length === 10 || digits.length === 11) && inGroup >= 2 && !/^0?123456789/u.test(digits)) {
        const p = parsePhoneNumberFromString(digits, 'JP', phoneMetadata)
        if (p?.isValid() && (best === null || digits.length > best.length)) best = { end: pos, number: p, length: digits.length }
      }
      if (digits.length >= 11) return
      for (const [word, d] of SPOKEN_DIGITS) if (h.startsWith(word, pos)) walk(pos + word.length, digits + d, groups, inGroup + 1)
      if (inGroup >= 2 && groups < 4) {
        SPOKEN_SEP.lastIndex = pos
        const sep = SPOKEN_SEP.exec(h)
        if (sep) walk(pos + sep[0].length, digits, groups + 1, 0)
      }
    }
    walk(a, '', 1, 0)
    if (best === null) continue
    const { end, number } = best as { end: number; number: PhoneNumber; length: number }
    const span = doc.fromNorm(a, end)
    if (found.some((f) => f.start < span.end && span.start < f.end)) continue
    found.push(span)
    const owner = ownerOf(t, a)
    const type = number.getType()
    if (type !== undefined && PRIVATE_TYPES.has(type)) {
      const severity = owner.kind === 'org' && owner.immediate && !owner.privateLabel && !owner.inCharge ? 'info' : 'block'
      emit({ rule: 'personal-info/mobile', start: span.start, end: span.end, severity, data: { owner: severity === 'info' ? '団体の' : '' } })
    } else if (owner.kind === 'person' && owner.immediate) {
      emit({ rule: 'personal-info/phone', start: span.start, end: span.end, severity: 'block', data: { whose: '個人（自宅など）の電話番号' } })
    } else if (owner.kind === 'org' || owner.labelled || (type !== undefined && BUSINESS_TYPES.has(type))) {
      emit({ rule: 'personal-info/external-phone', start: span.start, end: span.end })
    } else emit({ rule: 'personal-info/phone', start: span.start, end: span.end, data: { whose: '電話番号' } })
  }
}

/**
 * Round 63 (blind GZ-147): whether the number at `a` stands bare, first on its line or right after a sentence's end (まずはお電話ください。⏎
 * 0944-…, ご相談ください。0944-…), a bullet or a few spaces aside: no word of its own line tells whose it is.
 */
function standsBare(t: string, a: number): boolean {
  let k = a
  while (k > 0 && a - k < 4 && /[ \t・■□●○◆◇▶▷→⇒]/u.test(t[k - 1]!)) k--
  return k === 0 || /[\n。！!]/u.test(t[k - 1]!)
}

/**
 * Round 82 (blind HM-047, HM-026): the hours a desk takes calls, in the bracket right after the number (0944-77-8843（平日8時30分〜17時15分）,
 * 0944-77-8862 (weekdays, 9:00-17:00), （受付 月〜金 9時〜16時）): a time range or the working days, the desk's opening hours; a home keeps no
 * 平日 hours. A bracket telling of a home, a mobile or a person ((my home, evenings only), （田中さん宅）) is not this.
 */
const HOURS_BRACKET_AFTER = /^[ \t]?[(（]([^()（）\n]{2,40})[)）]/u
const DESK_HOURS =
  /[0-9]{1,2}(?:時(?:[0-9]{1,2}分|半)?|:[0-9]{2})[ 　]?(?:[ap]\.?m\.?)?[ 　]?[~〜～\-–—][ 　]?[0-9]{1,2}(?:時|:[0-9]{2})|平日|土日祝|[月火水木金土日][ 　]?[~〜～\-–—・][ 　]?[月火水木金土日]|(?<![A-Za-z])(?:[Ww]eekdays?|(?:Mon|Tue|Wed|Thu|Fri)[a-z]{0,6}\.?[ ]?[-–~][ ]?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))/u
const HOURS_PRIVATE = /宅|(?:の|お)家(?!庭)|携帯|ケータイ|さん|様|さま|氏|個人|私用|在宅|夜|(?<![A-Za-z])(?:home|house|mobile|cell|private|personal|Mr|Ms|Mrs|Dr|evenings?|nights?)(?![A-Za-z])/iu
export function deskHoursAfter(t: string, b: number): boolean {
  const m = HOURS_BRACKET_AFTER.exec(t.slice(b, b + 48))
  return m !== null && DESK_HOURS.test(m[1]!) && !HOURS_PRIVATE.test(m[1]!)
}

/**
 * Round 82: a fixed-line number nothing in its paragraph owns (not a private label's), left for the family's `post` with the words before it on
 * its line (`lead`: a facility the post names elsewhere may end them, お申し込みは、ほりわりっこ（…）), whether a desk's hours follow it, and
 * whether it stands bare (a contact desk named in another paragraph may own it).
 */
export interface PendingPhone {
  d: DraftFinding
  lead: string
  hours: boolean
  bare: boolean
  /** Round 98: an English phone label stands before it (Phone: 0944-…) and nothing private is told in its piece. */
  label: boolean
  /** Round 104: the number is given as the line that takes applications (申込は…電話で受け付けます（0944-…）): a facility's heading may own it. */
  accepts: boolean
  /** Round 115: the number is labelled a main line (代表 0944-…, 代表電話：…, 0944-…（代表）): the facility the post names owns it. */
  mainLine: boolean
}
/**
 * Round 115 (blind IG-024): a main line labelled so, the label opening its line or sentence (…お電話ください。代表 0944-…, ⏎代表電話：0944-…,
 * ・代表番号 …, TEL（代表）…) or in the bracket after the number (0944-…（代表）): a facility's switchboard, which no home has. The label
 * is a word of its own: 自治会代表, 代表の山田 are a person.
 */
const MAIN_LINE_BEFORE =
  /(?:^|[\n。！？!?、,]|[ \t　])[ \t　]{0,2}[・■□●○◆◇【\[(（]?(?:大代表|代表)(?:電話番号|電話|番号|TEL|Tel|tel|☎)?[】\])）]?[ \t　]{0,2}(?:(?:TEL|Tel|tel|電話|☎)[ \t　]{0,2})?[:：]?[ \t　]{0,2}$/u
const MAIN_LINE_AFTER = /^[ \t　]?[(（](?:大代表|代表)(?:電話|番号)?[)）]/u
function mainLineAt(t: string, a: number, b: number): boolean {
  return MAIN_LINE_BEFORE.test(t.slice(Math.max(0, a - 16), a)) || MAIN_LINE_AFTER.test(t.slice(b, b + 10))
}
/**
 * Round 104 (blind HX-008): the sentence says applications or bookings are taken by phone, the number in the bracket right after (申込は前月25日
 * から電話で受け付けます（0944-…）, 予約は電話で承ります（…）): the line of whoever runs the notice, when its heading names a public facility.
 */
const ACCEPTS_BY_PHONE =
  /(?:申込|申し込み|お申し込み|お申込み|予約|ご予約|受付)(?:は|も)[^。！？!?\n]{0,24}?(?:お?電話|でんわ)(?:で|にて)[^。！？!?\n]{0,6}?(?:受け付け(?:ます|ています|いたします)|受付(?:します|しています|中)|承(?:ります|っています))[。、]?[ 　]?[(（]$/u
function acceptsByPhone(t: string, a: number): boolean {
  const before = t.slice(Math.max(0, a - 60), a)
  const m = ACCEPTS_BY_PHONE.exec(before)
  return m !== null && !PRIVATE_GAP.test(m[0])
}

/**
 * `bare` receives a fixed-line number that nothing in its paragraph owns, standing bare (standsBare): the post may name its contact
 * desk in another paragraph (■窓口 …), which the family's `post` reads. `pending`, when given, receives every number nothing owns (see
 * PendingPhone) instead of `bare` and `emit`.
 */
export function phones(doc: Doc, policy: Policy, emit: Emit, bare?: Emit, right?: Emit, wrong?: Emit, pending?: (p: PendingPhone) => void): Span[] {
  const found: Span[] = []
  spokenPhones(doc, emit, found)
  if (doc.digitCount < 8 && !/[〇零一二三四五六七八九]/.test(doc.norm.text)) return found
  // Fewer than 7 numerals: no kanji run is read as digits, so the tests below see the norm text's digits.
  if (numeralCount(doc) < 7 && !/0[789]0/.test(doc.norm.text)) return found
  const t = joinBrokenLines(numeralText(doc))
  if (!/\d(?:\D{0,3}\d){7}/.test(t) && !/0[789]0/.test(t)) return found
  const allowed = allowedPhones(policy)
  const matches = phoneMatches(t)
  for (const m of matches) {
    const a = m.startsAt
    const b = m.endsAt
    const span = doc.fromNorm(a, b)
    found.push(span)
    if (allowed.has(m.number.number)) continue
    // An IPv4 address (192.168.1.10) or a version number is not a phone number: the security rule reads those.
    if (/^\d{1,3}(?:\.\d{1,3}){2,3}$/.test(t.slice(a, b)) || (t[a - 1] === '.' && /\d/.test(t[a - 2] ?? ''))) continue
    const type = m.number.getType()
    if (isExampleValue(t, a, b)) {
      emit({ rule: 'personal-info/phone', start: span.start, end: span.end, mention: true, data: { whose: '例として書かれた電話番号' } })
      continue
    }
    const owner = ownerOf(t, a)
    if (RECEIVED.test(t.slice(Math.max(0, a - 24), a)) || ((WRITTEN_IN_ITEM.test(t.slice(Math.max(0, a - 24), a)) || (WRITTEN_AFTER.test(t.slice(b, b + 12)) && type !== undefined && PRIVATE_TYPES.has(type))) && LOST_ITEM.test(t))) Object.assign(owner, { kind: 'person', immediate: true })
    else if (owner.kind !== 'org' && READ_BACK.test(t.slice(b, b + 12))) Object.assign(owner, { kind: 'person', immediate: true })
    // Blind R305G-025 kind: read off the form the filer filled in (請求者欄に「…」様、連絡先 090-…とあります).
    else if (!(owner.kind === 'org' && owner.immediate) && readOffForm(t, a, b)) Object.assign(owner, { kind: 'person', immediate: true })
    // Team R327D-057 kind: a call to the number found in a lost item that did not get through (メモの番号（…）にお電話しましたが、つながり
    // ませんでした), the desk holding the item named only in an earlier phrase (市民課の窓口に、…落とし物が届いています): the owner's number,
    // not the desk's (a desk owning it in its own phrase, 市民課（…）, is still the desk's).
    else if (CALL_UNREACHED.test(t.slice(b, b + 24)) && (owner.kind !== 'org' || (!owner.immediate && LOST_ITEM.test(t)))) Object.assign(owner, { kind: 'person', immediate: true })
    if (owner.kind !== 'person' && orgAfter(t, b)) Object.assign(owner, { kind: 'org', immediate: true, inCharge: false })
    // The person in charge named after the number (090-…（担当 中島）): their own mobile.
    else if (IN_CHARGE_AFTER.test(t.slice(b, b + 16))) owner.inCharge = true
    const mobile = type !== undefined && PRIVATE_TYPES.has(type)
    if (!mobile && owner.kind === 'none' && !owner.labelled && (requestedAt(t, a, b) || callRequestedAt(t, a, b) || englishCallToBody(t, a) || englishBodyRightBefore(t, a) || foreignCallToDesk(t, a, b))) owner.labelled = true
    if (!mobile && owner.kind !== 'org' && !(owner.kind === 'person' && owner.immediate) && !owner.privateLabel && calledBodyBefore(t, a, b)) Object.assign(owner, { kind: 'org', labelled: true })
    // A desk spelt in hiragana, glued (がっこうきゅうしょくか 0944-… に でんわ して ください): the desk's line.
    if (!mobile && owner.kind !== 'org' && !(owner.kind === 'person' && owner.immediate) && (kanaDeskBefore(t, a, b) || kanaDeskAfter(t, b) || kanaDeskOnLabelLine(t, a, b))) Object.assign(owner, { kind: 'org', immediate: true, labelled: true })
    // One channel of a contact list beside the body's own e-mail address (・ファクス 0944-…⏎・電子メール …@city.….lg.jp): that body's line.
    if (!mobile && owner.kind === 'none' && !owner.privateLabel && listedWithPublicMail(t, a, b, policy)) Object.assign(owner, { kind: 'org', labelled: true })
    // Blind KQ-025 kind: a fax given beside the desk's own phone as ways to reply (ファックス（0944-…）、またはお電話（高齢支援課 0944-…）): that desk's.
    if (!mobile && owner.kind === 'none' && !owner.privateLabel && faxBesideDesk(t, a, b, matches)) Object.assign(owner, { kind: 'org', labelled: true })
    // Blind LC-027 kind: a line of a list of one desk's lines (・柳川地区　0944-…⏎・三橋地区　0944-…): owned as its siblings are.
    if (!mobile && owner.kind === 'none' && !owner.privateLabel && listedBesideDeskLines(t, a, b, matches)) Object.assign(owner, { kind: 'org', labelled: true })
    // Blind LC-044 kind: the desk the sentence says offers help, the number after the ask to consult (…係がお手伝いしますので、…ご相談ください（0944-…）).
    if (!mobile && !(owner.kind === 'person' && owner.immediate) && !owner.privateLabel && deskOffersBeforeAsk(t, a)) Object.assign(owner, { kind: 'org', labelled: true })
    // The right number of a correction of a desk's number ((正)0944-…): that desk's line.
    if (!mobile && owner.kind === 'none' && isRightValueOfCorrectedDesk(t, a)) Object.assign(owner, { kind: 'org', labelled: true })
    // The right number of a correction told in a sentence of the city's own notice (…お知らせで、電話番号を「…」と記載しておりましたが、正しくは「0944-…」).
    if (!mobile && !(owner.kind === 'person' && owner.immediate) && !owner.privateLabel && isStatedRightValue(t, a)) Object.assign(owner, { kind: 'org', labelled: true })
    // The wrong number given in a correction (誤：0944-77-8597 ⏎ 正：0944-77-8579): the city's own mistake withdrawn, a
    // mention. (Not a mobile, a number owned by a person or labelled private, nor one the post says was a home's.)
    if (!mobile && !(owner.kind === 'person' && owner.immediate) && !owner.privateLabel && isWrongValueInCorrection(t, a, b) && !WRONG_WAS_PRIVATE.test(t)) {
      // (\`wrong\`: \`post\` reads the other paragraphs, where the post may say the number was a home's.)
      ;(wrong ?? emit)({ rule: 'personal-info/phone', start: span.start, end: span.end, mention: true, data: { whose: '訂正で誤りとして示した電話番号' } })
      continue
    }
    if (mobile) {
      // A mobile number is private unless an organisation owns it in its own phrase; a person in
      // charge (担当の古賀 070-…) is a staff member, and their mobile is their own.
      const severity = owner.kind === 'person' || owner.privateLabel || owner.inCharge ? 'block' : owner.kind === 'org' && owner.immediate ? 'info' : owner.labelled && owner.named && !directToPersonBefore(t, a) ? 'warn' : 'block'
      emit({
        rule: 'personal-info/mobile',
        start: span.start,
        end: span.end,
        severity,
        data: { owner: severity === 'info' ? '団体の' : '' },
      })
    } else if (owner.kind === 'person' && owner.immediate) {
      // A fixed line is someone's only when the person owns it in its own phrase (江口さんのご自宅 0944-…):
      // a person named earlier (講師は山田さんです。申込は 0944-…) does not own the desk's number.
      emit({ rule: 'personal-info/phone', start: span.start, end: span.end, severity: 'block', data: { whose: '個人（自宅など）の電話番号' } })
    } else if (owner.kind === 'org' || owner.labelled || (type !== undefined && BUSINESS_TYPES.has(type))) {
      // A free dial or a navigation dial (0120-…, 0800-…, 0570-…) is a business's line, never a private person's.
      emit({ rule: 'personal-info/external-phone', start: span.start, end: span.end })
    } else {
      const d = { rule: 'personal-info/phone', start: span.start, end: span.end, data: { whose: '電話番号' } }
      const isBare = owner.kind === 'none' && standsBare(t, a)
      if (pending && owner.kind === 'none' && !owner.privateLabel && (isBare || !right || owner.labelled || !isRightValueLabelled(t, a))) {
        pending({ d, lead: t.slice(Math.max(t.lastIndexOf('\n', a - 1) + 1, a - 40), a), hours: deskHoursAfter(t, b) && !englishPrivateAt(t, a), bare: isBare && bare !== undefined, label: englishPhoneLabelled(t, a), accepts: acceptsByPhone(t, a), mainLine: mainLineAt(t, a, b) })
      } else if (bare && isBare) bare(d)
      // Round 74 (blind HH-098): the right number of a correction whose paragraph does not say whose number it corrects (誤：…⏎正：…
      // under 「こころの健康相談」のお知らせで、電話番号に誤りがありました): \`post\` reads the other paragraphs.
      else if (right && owner.kind === 'none' && !owner.labelled && isRightValueLabelled(t, a)) right(d)
      else emit(d)
    }
  }
  for (const s of splitMobiles(t, matches)) {
    const span = doc.fromNorm(s.a, s.b)
    found.push(span)
    emit({ rule: 'personal-info/mobile', start: span.start, end: span.end, severity: 'block', data: { owner: '' } })
  }
  return found
}
