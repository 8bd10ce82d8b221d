/**
 * Blind R133I-034: what a named person borrowed from the library (元市議の蒲池 隆三さんが『老後破産を防ぐ本』と『相続トラブル解決集』を
 * 借りていかれました, 常連の古賀さんは今週も『…』を予約されました, 田中様に『…』を貸し出しました): what someone reads is theirs alone
 * (図書館の自由: 利用者の秘密を守る), and a post tying a name to the books betrays it. Block. The name is the borrower (が, は, も, a comma,
 * or に before 貸し出し), a book named in 『』 or 「」 follows in the sentence, then the borrower's act (借り…, 返却され, 予約され, 返しに…).
 * An author's name before the book (北原 白秋さんの『邪宗門』を借りてみませんか) and a book lent with no one named are not this.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { withoutUrls, type Emit } from './context'

const BORROWER = '[\\p{Script=Han}々ヶ]{1,4}[ 　]?[\\p{Script=Han}々ぁ-ゖァ-ヶー]{0,5}(?:さん|様|さま|氏|先生|くん|ちゃん)'
const BOOK = '[『「][^』」\\n]{1,30}[』」]'
/** A bracket after the name telling who they are (平田 誠さん（市内の中学校の先生）が…). */
const ABOUT = '(?:[（(][^（()）\\n]{1,24}[)）])?'
/** The borrower, then within the sentence a book and their act. Bounded windows. */
const BORROWED = new RegExp(
  `(?:${BORROWER})${ABOUT}(?:が|は|も|、|,)[^。！？!?\\n]{0,24}?${BOOK}[^。！？!?\\n]{0,40}?(?:借り(?:て|た|られ|ま|に|とる|よる|ていかれ|ていった|ていきま)|返却(?:され|に来|しに)|返しに(?:来|こ|見え)|予約(?:され|して(?:いかれ|いった|くださ(?:っ|いま)))|取り置き(?:され|を頼まれ))` +
    `|(?:${BORROWER})(?:に|へ)[^。！？!?\\n]{0,12}?${BOOK}[^。！？!?\\n]{0,40}?(?:貸し出し|貸出し?)(?:ました|た|て(?:い|お)?(?:ます|る))`,
  'gu',
)
/**
 * Blind R140I-001: the record told without a title (堤 康介さん、この半年で借りた本が料理本とダイエット本ばかり, 古賀さんの貸出履歴を見て): what
 * the named person borrowed, or their lending history, read by the staff. (Not a deadline told to a reader: 田中さん、借りた本は返却期限までに.)
 */
const HISTORY = new RegExp(
  `(?:${BORROWER})${ABOUT}(?:が|は|も|の|、|,)[^。！？!?\\n]{0,24}?(?:借り(?:た|ている|てる|ていった|ていかれた|られた|ていた)本(?!人)(?:が|は|を|、|ばかり|の(?:リスト|一覧|ほとんど|多く|中身))|(?:貸出|貸し出し)(?:履歴|記録)|読書(?:履歴|記録))`,
  'gu',
)
/**
 * Blind R222S-008 kind: a named borrower called out in public for a loan past its due date (大和町鷹ノ尾の古川様、貸出期限を3週間過ぎて
 * おりますので…ご返却を), with the book in 『』 or 「」 named in the post (『…』に予約が12件入っております): the reader ties the name to what
 * they read. Block, as a named loan is. The name is addressed (、) or the topic (は, が, に); an overdue word follows in the sentence. No name
 * (返却期限を過ぎている方は), or no book named, is not this.
 */
/** The borrower's name opening at a boundary (a mark, a space or の before it): 同様 in 市税も同様に延滞 is no name. */
const OVERDUE_NAME = '(?<=^|[\\s、。，,！？!?」』）)]|の)[\\p{Script=Han}々ヶ]{1,4}[ 　]?[\\p{Script=Han}々ヶァ-ヶー]{0,4}(?:さん|様|さま|氏)'
const OVERDUE = new RegExp(
  `${OVERDUE_NAME}${ABOUT}(?:、|,|は|が|には|に)[^。！？!?\n]{0,30}?(?:(?:貸出|貸し出し|返却)(?:の)?期限(?:を|が)[^。！？!?\n]{0,8}?(?:過ぎ|超え|すぎ)|延滞|未返却|(?:まだ|いまだ|未だ)(?:に)?(?:ご?返却|お返し)(?:され|いただけ|いただい|頂け|頂い)?(?:て)?(?:い|お)(?:ません|ない|りません))`,
  'gu',
)
/**
 * Blind R234M-030 kind: a named user told in public that the book they reserved or asked for has come in (川口 美佐子さま、ご予約いただいていた
 * 『…』が届いております, 古賀様、リクエストの『…』をご用意しました): the reservation ties the name to what they read, as a loan does. Block.
 * The reservation comes before the book, the arrival or the hold after it. A book offered for reservation (『…』はご予約いただけます) or
 * a reader asked to bring a card (ご予約の際は『利用カード』をお持ちください) is not this.
 */
const RESERVED = new RegExp(
  `(?:${BORROWER})${ABOUT}(?:、|,|は|が|の|に)?[ 　]?[^。！？!?\n]{0,8}?(?:ご予約(?:いただ|され|なさ|の)|予約(?:され|して(?:いただ|くださ|おられ)|の)|(?:お取り置き|取り置き|リクエスト)(?:いただ|され|の))[^。！？!?\n『「]{0,10}?${BOOK}(?:が|は|を|も|、)?[^。！？!?\n]{0,16}?(?:届(?:い|きま)|ご?用意(?:し|でき|が)|準備(?:し|でき|が)|入荷|到着|お待ちし|お取り置き|取り置き(?:し|して)|お渡し(?:でき|し))`,
  'gu',
)
/**
 * Blind R298K-039 kind: a regular user not named but described by when they come and where they sit or how they look (毎週火曜、開館と同時に
 * 来られて窓際から3番目の机に座られる白い帽子の男性, いつも閲覧室の奥の席におられる眼鏡の女性), then in that sentence or the next what they
 * have borrowed (この半年でお借りになった本は、ほとんどが介護と相続の本): the staff know them at sight, so does everyone there, and the post
 * gives away their reading. Block, as a named loan is. Not a ranking of books (人気の本), a group (利用者の皆さん), nor a reader asked to
 * return a book (借りた本は期限までに).
 */
const REGULAR_VISIT = /毎週[月火水木金土日]曜|毎朝|毎晩|毎日|毎回|いつも|決まって|開館と同時に/u
const DESCRIBED_READER =
  /(?:(?:席|机|椅子|いす|ソファ|窓際|閲覧室|カウンター)[^。！？!?\n]{0,12}?(?:座られ|座って|座る|おられ|いらっしゃ)|(?:白|黒|赤|青|茶|灰色|緑)(?:い|色の|の)[^。！？!?\n]{0,4}?(?:帽子|ジャンパー|シャツ|上着|コート|服|カバン|鞄)|白髪|眼鏡|メガネ|杖をつ)[^。！？!?\n]{0,14}?(?<![\p{Script=Han}ァ-ヶー])(?:男性|女性|おじいさん|おばあさん|おじいちゃん|おばあちゃん|紳士|ご婦人|学生さん|方)(?!たち|方|々|の皆|ら(?![ぁ-ゖ]))/u
const READ_RECORD =
  /(?:お借りになった|借りられた|借りていかれた|借りた|借りている|借りてい(?:かれ|らっしゃ)る)本(?!人)(?:は|が|の(?:ほとんど|多く|大半|半分|ほぼ全部)|、|ばかり)|(?:貸出|貸し出し)(?:履歴|記録)|読書(?:履歴|記録)/u
function describedReader(doc: Doc, t: string, emit: Emit): boolean {
  for (let at = 0; at < t.length; ) {
    const end0 = t.slice(at).search(/[。！？!?\n]/u)
    const end = end0 < 0 ? t.length : at + end0
    const start = at
    at = end + 1
    const sentence = t.slice(start, end)
    const who = DESCRIBED_READER.exec(sentence)
    if (!who || !REGULAR_VISIT.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence)) continue
    // The record in this sentence or in the next two lines (a blank line may stand between).
    const after = t.slice(start + who.index + who[0].length, Math.min(t.length, end + 80))
    const rec = READ_RECORD.exec(after)
    if (!rec || /期限|返却日|お返し|返して(?:ね|ください|下さい)|延長/u.test(after.slice(rec.index, rec.index + rec[0].length + 30))) continue
    const span = doc.fromNorm(start + who.index, start + who.index + who[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '描写で分かる利用者の貸出記録（読んでいる本）' } })
    return true
  }
  return false
}
/**
 * Blind R361J-047 kind: a regular not named but told by what sets them apart among the readers (元小学校の校長先生で、今年90歳になられる沖端町の
 * 方です), with what they borrowed (今日も白秋の詩集と認知症予防の本を3冊借りていかれました): a former post, an age and a district pick out one
 * person in a small town, and the post gives away their reading. A regular (常連, 毎朝, いつも, 開館と同時に), two of those attributes, and the
 * books they took, within the post. Warn: no name, and the attributes may fit more than one. Not a talk by a former head (元校長の…さんが講演),
 * an age band as a group (80歳以上の方は), nor a ranking (常連さんに人気の本).
 */
const REGULAR = /常連|毎朝|毎週|毎日|いつも|決まって|開館と同時に/u
const ATTRIBUTES: readonly RegExp[] = [
  /元(?:[^。！？!?\n、]{0,8}?)(?:先生|校長|教頭|園長|議員|署長|局長|部長|課長|社長|院長|職員|教師|看護師|警察官|消防士|市長|町長|村長|駅長|船頭)/u,
  /(?:今年|今|もう|御年|おん?とし|現在)?[0-9０-９一二三四五六七八九十百]{2,4}(?:歳|才)(?:に(?:なられ|なる|なっ)|の|で|を)(?!以上|以下|未満|から|まで)/u,
  /(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}(?:町|地区|校区|団地)(?:に(?:お住まい|住ん|住まわ)|在住|から(?:来られ|通われ|お越し)|の(?:方|男性|女性|おじいさん|おばあさん|おじいちゃん|おばあちゃん|紳士|ご婦人))/u,
]
const TOOK_BOOKS =
  /(?:本|詩集|小説|図鑑|絵本|雑誌|写真集|句集|歌集|全集|シリーズ|[0-9０-９一二三四五六七八九十]+冊)(?:を|も|と)?[^。！？!?\n]{0,12}?(?:借りて(?:いかれ|いっ|いき|帰られ|帰っ)|借りられ(?:まし|た)|お借りになり|借りに(?:来|こ|見え)られ)/u
function attributedRegular(doc: Doc, t: string, emit: Emit): boolean {
  const took = TOOK_BOOKS.exec(t)
  if (!took || !REGULAR.test(t) || /皆さん|みなさん|皆様|方々|人気|ランキング/u.test(t)) return false
  if (ATTRIBUTES.filter((re) => re.test(t)).length < 2) return false
  const span = doc.fromNorm(took.index, took.index + took[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'warn', data: { label: '経歴・年齢・地区で分かる利用者の貸出記録（読んでいる本）' } })
  return true
}
/**
 * Blind R374X-023 kind: a named borrower and the books they took told by subject, not by title (常連の堤 恵美子さん、今日は相続と離婚手続きの
 * 本を5冊まとめて借りていかれました): the subjects give their reading away as a title does. The name is the borrower (が, は, も, a comma); the
 * books and the act of taking them follow in the sentence. Not those who borrow as a class (…本を借りていかれる方が多い).
 */
const NAMED_TOOK = new RegExp(`(?:${BORROWER})${ABOUT}(?:が|は|も|、|,)[^。！？!?\n]{0,30}?(?:${TOOK_BOOKS.source})(?![^。！？!?\n]{0,6}(?:方|人|皆))`, 'gu')
const BOOK_NAMED = new RegExp(BOOK, 'u')
/** Words only a library's lending is told with. */
const LENDING = /借り|返却|返しに|予約|貸し出し|貸出|取り置き|延滞|リクエスト/u

export function readingRecord(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!LENDING.test(t0) && !/読書(?:履歴|記録)/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  if (REGULAR_VISIT.test(t) && describedReader(doc, t, emit)) return
  if (attributedRegular(doc, t, emit)) return
  const found = [...(/[『「]/u.test(t0) ? matchAllOf(BORROWED, t) : []), ...matchAllOf(HISTORY, t), ...matchAllOf(NAMED_TOOK, t)]
  if (BOOK_NAMED.test(t)) {
    for (const m of matchAllOf(OVERDUE, t)) {
      if (/^(?:皆|利用者|お客|子ども|子供|児童|生徒|市民|来館者|参加者|会員|みな)/u.test(m[0])) continue
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '図書館の貸出記録（読んでいる本）' } })
      return
    }
  }
  for (const m of /[『「]/u.test(t0) ? matchAllOf(RESERVED, t) : []) {
    if (/^(?:皆|利用者|お客|子ども|子供|児童|生徒|市民|来館者|参加者|会員|みな)/u.test(m[0])) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '図書館の予約記録（読んでいる本）' } })
    return
  }
  for (const m of found) {
    // The public as a class (皆さん, 利用者様, 子どもさん) names no one.
    if (/^(?:皆|利用者|お客|子ども|子供|児童|生徒|市民|来館者|参加者|会員|みな)/u.test(m[0])) continue
    // An invitation to the reader (借りてみませんか, 借りてください) is no one's record.
    if (/^[^。！？!?\n]{0,8}?(?:みませんか|みてください|みて下さい|てください|ませんか|ましょう)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 14))) continue
    // A deadline or a request told to the reader (借りた本は返却期限までにお返しください) is no record of theirs.
    if (/期限|返却日|お返し|返して(?:ね|ください|下さい)|延長/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '図書館の貸出記録（読んでいる本）' } })
    return
  }
}
