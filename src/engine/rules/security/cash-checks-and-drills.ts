/**
 * Cash, checks and drills (5(1)): where and when cash is kept or collected (売上金は…金庫に, 集金は毎週…), identity checks skipped at a counter,
 * a lone resident's hours told, a staff pass shown as the way in, a phishing mail drill announced ahead, and an English key's hiding
 * place (the key is under the mat). Stays clean: the public paying in, advice, a drill announced after it was run. Part of the
 * security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import {
  AWARENESS,
  CLOCK_TIME,
  EN_KEY_ADVICE,
  EN_KEY_KEPT,
  EN_KEY_SECURED,
  hitsOf,
  isAdvice,
  kanaTail,
  MAX_HITS,
  next,
  PASS_SHOWN,
  PASS_SHOWN_NOT,
  SAFETY_ADVICE,
  sentenceText,
} from './context'

/** Where a key is kept, told in English (EN_KEY_KEPT), read in the folded view. */
/**
 * Blind R168A-120: where the takings or other cash are put and at what hour (売上金は毎晩22時ごろに本部テント裏の手提げ金庫へまとめ、翌朝9時に
 * 職員が回収しています; 釣り銭は閉会後の17時に事務所の金庫に入れています): the cash's keeping place and its clock time together tell a thief
 * where and when. The cash is the topic, a safe or a cash box is the place, a verb of putting it there follows, and a clock time is in the
 * sentence. A safe with no hour (現金は金庫で保管しています), a gift of the takings (売上金は全額寄付します), a donation box for visitors and
 * advice (…に置いたままにしないようにしましょう) are not this. Bounded gaps.
 * Blind R224T-005 kind: the cash carried at a clock time to a safe or a bank (売上金は毎晩21時半ごろ、職員1名が徒歩で市役所の金庫まで
 * 運んでいます, 現金は毎日15時に銀行へ運んでいます): when and where the cash is on the move, the same tip to a thief.
 * Blind R236I-021 kind: the cash's handing-in as the topic (売上金のお預かりは) and the carrier it goes in, then where to (21時ごろに職員1名が
 * 手提げ金庫で本部テントから本庁舎まで歩いて運びます): the same hour, bearer and route.
 */
/**
 * Blind R317C-014 kind: the cash named with another (今夜の売上と募金は), and kept in any box or bag at a spot (運営テントのいちばん奥にある
 * 青いクーラーボックスにしまってある; 段ボール箱, 封筒, 机の引き出し) until the hour it is collected: as a safe's, its place and hour tell a
 * thief where and when. A box for visitors' gifts (募金箱, 賽銭箱) is public by design, and the public paying in (お支払い, 入れてください) no keeping.
 */
/**
 * Blind R346C-032 kind: vouchers are cash to a thief (商品券, 金券, ギフト券, 図書カード, 収入印紙, 切手), and a note on the lot may stand
 * between the noun and its は (商品券（未発送分）は). Told kept at a spot found by counting (奥から2番目の棚, 3段目, いちばん下の引き出し:
 * HIDDEN_SPOT), the place alone is the tip, with no hour.
 * Blind R362K-002 kind: the verb of putting left out after へ, the sentence ending there (現金は毎日15時半で締めて奥の金庫へ。): the same
 * keeping told in a caption's clipped style.
 */
const CASH_NOUN = '(?:商品券|金券|ギフト券|ギフトカード|図書カード|図書券|クオカード|QUOカード|収入印紙|切手|売上金|売り上げ金|売上げ金|売上|売り上げ|現金|釣り銭|つり銭|釣銭|集金したお金|集めたお金|参加費|会費|入場料|募金|寄付金|義援金|協賛金|お賽銭|賽銭|レジのお金)'
const CASH_BOX = '(?<!募金|寄付|賽銭|献金|義援金)(?:クーラーボックス|ボックス|箱|袋|缶|ケース|バッグ|かばん|カバン|鞄|封筒|リュック|段ボール|引き出し|引出し)'
const MONEY_KEPT = new RegExp(
  `(${CASH_NOUN}(?:(?:と|や|・|、)${CASH_NOUN}){0,2})(?:[（(][^（）()\\n]{1,12}[）)])?(?:の(?:お預かり|預かり|回収|搬送|運搬|移送|受け渡し))?(?:は|を|も)[、,]?([^。！？!?\\n]{0,40}?(?:手提げ金庫|金庫|キャッシュボックス|保管庫|集金袋|集金箱|${CASH_BOX}|(?:書庫|倉庫|保管室|金庫室|ロッカー|キャビネット|戸棚|棚|机)[^。！？!?\\n]{0,12}?(?:段|引き出し|引出し|奥|裏|下|上)|銀行|郵便局|金融機関))(?:の(?:中|なか))?(?:(?:に|へ)(?:まとめ|入れ|保管|移し|しまっ|しまい|運ん|運び|置い|預け|集め|隠し)|へ(?=[。！!…\\n]|$)|(?:で[^。！？!?\\n]{0,24}?)?まで(?:歩いて|徒歩で|車で|公用車で|自転車で)?(?:運ん|運び|運ぶ|運搬し|運搬され|輸送し|持って(?:行|い)(?:っ|き|く)|持ち込|持参し|届け))`,
  'gu',
)
/**
 * The public paying in or giving (お支払い, ご持参, 入れてください, ご協力, 提出してください): no keeping of the city's cash told. Review sec58
 * kind: the takings or gifts handed to their recipient (封筒に入れてお届けしました, 贈呈式で, 袋に入れてお預けしました) are given, not kept.
 */
const CASH_PAID_IN = /お支払|支払って|お納め|納付|お渡し|ご持参|お持ち|ご寄付|ご協力|お入れ|(?<!て(?:お|おい))(?:入れ|いれ)(?:て)?(?:ください|下さい)|(?:ご)?提出(?:して)?(?:ください|下さい)|お出し(?:ください|下さい)|贈呈|寄付(?:し|いたし|を行)|寄贈|手渡|お届け(?:し|いたし)|お預け(?:し|いたし)|お贈り/u
/**
 * Blind R204D-008 kind: the hours the cash sits there told by the office's day instead of the clock (閉庁後に手提げ金庫ごと税務課奥の書庫の
 * いちばん下の段へ移しています): with a spot inside a room (a shelf, a drawer, the back of it: CASH_SPOT) it says where and when as a clock
 * time does. A safe alone after closing (閉庁後は金庫に入れています) names no spot.
 */
const AFTER_HOURS = /閉庁後|閉館後|閉店後|閉場後|閉会後|終業後|業務終了後|退庁時|退庁前|夜間|毎晩|毎夕|夜は|土日は|休日は/u
const CASH_SPOT = /段|引き出し|引出し|奥|裏|(?:の|に)(?:下|上)$/u
/** Put in an envelope or a box to be sent or handed out (封筒に入れて郵送します, 箱に入れてお配りします): on its way out, not kept. */
const SENT_OUT = /^[^。！？!?\n]{0,12}?(?:郵送|発送|送付|お送り|配送|配達|お届け|配布|配付|お配り|お渡し)/u
/** A spot found by counting or from an end (奥から2番目の棚, 3段目, いちばん下の引き出し): the hiding place itself. Blind R346C-032 kind. */
const HIDDEN_SPOT = /[0-9０-９一二三四五六七八九十]{1,2}(?:番目|段目)|(?:いちばん|一番|最)(?:奥|下|上|後ろ)|(?:奥|下|上|手前|右|左)から[0-9０-９一二三四五六七八九十]/u
/**
 * Blind R298K-006 kind: the takings' collection told with its clock time (売上金は21時半に一度だけ回収に来ます, 釣り銭は17時に係長が取りに
 * 来ます), and where the cash waits till then told in the same or the next sentence, its topic left out (それまでは受付机の下の手提げ金庫に
 * 入れています): together they tell a thief where the cash is and until when. The cash is the topic, a clock time, then the collection
 * (回収に来る, 取りに来る, 回収します). A collection with no spot (売上金は17時に回収します), a rubbish day (回収日は毎週火曜です) and the
 * takings' keeper named (実行委員会が責任をもって管理します) are not this. Bounded gaps.
 */
const MONEY_COLLECTED =
  /(売上金|売り上げ金|売上げ金|売上|売り上げ|現金|釣り銭|つり銭|釣銭|集金したお金|集めたお金)(?:は|を|も)[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,14}?(?:(?:回収|取り|受け取り|引き取り)に(?:来|き|く|伺|うかが|参|まい|回|まわ)|回収(?:し|され|いたし|する))/gu
/**
 * Where the cash waits till it is collected: a safe or a box at a named spot (受付机の下の青い手提げ金庫に入れています), topic left out.
 * Blind R346C-042 kind: …or kept in it (窓口奥の手提げ金庫で保管しています, 金庫で管理しています).
 */
const MONEY_STASH =
  /(?:手提げ金庫|金庫|キャッシュボックス|集金袋|集金箱|の(?:下|中|奥|裏)[^。！？!?\n]{0,10}?(?:箱|袋|缶|ケース|ボックス))(?:の(?:中|なか))?(?:(?:に|へ)(?:入れ|しまっ|置い|隠し|保管し|まとめ)|で(?:保管し|管理し|預かっ))(?:て(?:い|あ|お)|と(?:り|る|き|っ)|ちょ)/u
/** The collection's clock time told in the sentence after the keeping place (…の手提げ金庫に入れています。21時に回収に来ます). */
const COLLECT_AT =
  /(?:[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2})[^。！？!?\n]{0,14}?(?:(?:回収|取り|受け取り|引き取り)に(?:来|き|く|伺|うかが|参|まい|回|まわ)|回収(?:し|され|いたし|する))/u
function findMoneyCollected(doc: Doc, emit: (f: DraftFinding) => void, done: Span[]): void {
  const t = doc.squeezed.text
  for (const m of hitsOf(MONEY_COLLECTED, t)) {
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    const tailEnd = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    const tail = t.slice(end, tailEnd)
    const stash = MONEY_STASH.exec(tail)
    if (!stash) continue
    const around = t.slice(s.start, tailEnd)
    if (SAFETY_ADVICE.test(around) || AWARENESS.test(around)) continue
    const stop = kanaTail(t, end + stash.index + stash[0].length, 4)
    done.push({ start: m.index, end: stop })
    const span = doc.fromSqueezed(m.index, stop)
    const place = stash[0].replace(/(?:の(?:中|なか))?(?:に|へ)[^]*$/u, '')
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[1]!, place } })
  }
}

/**
 * Blind R362K-022 kind: the counter's check of a paper skipped and what is handed out all the same (混んでる日は委任状の中身まではあまり
 * 見ないで、免許証のコピーがあればそのままお出ししてます, 本人確認書類はいちいち確認せずに交付しています): the procedure's weakness told to
 * whoever would use it. The paper the counter checks, then a check not done (見ないで, 確認せずに, 照合しないで, 省いて), then in the sentence
 * what is issued or accepted (お出し, 交付, 発行, お渡し, 受け付け). A rule that forbids it (確認せずに交付することはありません), advice
 * (忘れないでください), an apology for a lapse and a scam warning are not this. Bounded gaps.
 */
const CHECK_SKIPPED =
  /(?:委任状|本人確認書類|本人確認|身分証明書|身分証|運転免許証|免許証|マイナンバーカード|保険証|在留カード|届出印|印鑑証明|パスポート)(?:の(?:中身|内容|記載|原本|写真|顔写真|日付|署名|有効期限))?(?:まで|を|は|も)?(?:は|も)?[、,]?(?:あまり|ろくに|ほとんど|いちいち|特に|細かく|ちゃんと|しっかり|きちんと|よく)?(?:見ないで|見ずに|見てない|見ていない|見とらん|見らんで|確認しないで|確認せずに?|確認してない|確認していない|チェックしないで|チェックせずに?|チェックしてない|照合しないで|照合せずに?|照合していない|省略して|省いて)/u
const ISSUED_ANYWAY = /お出し|出して|交付し|発行し|お渡し|渡して|渡しちゃ|受け付けて|受け付けちゃ|受理し|通して|通しちゃ/u
const CHECK_RULE_OR_ADVICE = /ことは(?:ありません|ない|なく|ございません|しません|いたしません)|できません|いたしません|(?:し|い)ないでください|ないよう|ましょう|お詫び|おわび|申し訳|不適切|詐欺|不正|発覚|報道|処分|ご注意|注意/u
/**
 * Blind R371U-015 kind: a resident who lives alone, named by age or district, with the hours of the visits and the hours no one else is
 * there (一人暮らしの女性（87）：毎週火曜14時ごろ…日中はご家族が不在で、訪ねてくる人がほとんどいません): a list that tells a burglar or a
 * swindler whom to call on and when. Needs a person living alone (LONE_RESIDENT), a set weekday or hour (VISIT_SLOT) and their being alone
 * said as a fact (ALONE_HOURS); a paragraph of advice (ご注意, 詐欺, ご相談) or a case put (場合は) stays clean.
 */
const LONE_RESIDENT = /一人暮らし|ひとり暮らし|独り暮らし|一人住まい|独居|単身(?:の)?(?:高齢|世帯)/u
const VISIT_SLOT = /(?:毎週|隔週|第[1-5一二三四五]|毎月)?[月火水木金土日]曜(?:日)?[^。！？!?\n]{0,8}?(?:[0-9]{1,2}時|午前|午後|朝|夕方)|[月火水木金土日]曜(?:日)?(?:の)?(?:午前|午後|朝|夕方)/u
const ALONE_HOURS = /(?:日中|昼間|平日|夜間|夜|午後|午前|普段|ふだん)(?:は|の間は|の間)?[、,]?(?:ご)?家族(?:さん|の方)?(?:が|は|も)[、,]?(?:不在|留守|いな|いませ|おらず|仕事で|出かけ|出勤)|(?:訪ねて|訪れて|たずねて|訪問して)(?:くる|来る|こられる|来られる)(?:人|方)(?:が|は|も)[、,]?(?:ほとんど|まったく|全く|誰も|めったに)?[、,]?(?:いな|いませ|おらず|おりませ|来な)|(?:一人|ひとり|独り)(?:きり)?に(?:なる|なられる|なります)(?:時間|時間帯|のは)/gu
const ALONE_ADVICE = /ご注意|注意して|気をつけ|気を付け|お気軽|ご相談|場合は|ときは|時は|ようにしましょう|声かけ(?:を|に)|声掛け(?:を|に)|詐欺/u
export function findLoneResidentHours(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!LONE_RESIDENT.test(t) || !VISIT_SLOT.test(t) || ALONE_ADVICE.test(t)) return
  for (const m of hitsOf(ALONE_HOURS, t)) {
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/unguarded-place', start, end })
    return
  }
}

export function findCheckSkipped(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!/見|確認|チェック|照合|省/u.test(t)) return
  for (const m of hitsOf(CHECK_SKIPPED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!ISSUED_ANYWAY.test(t.slice(m.index + m[0].length, s.end)) || CHECK_RULE_OR_ADVICE.test(sentence)) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/weakness', start, end })
    return
  }
}

export function findMoneyKept(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/金庫|キャッシュボックス|保管庫|集金袋|集金箱|銀行|郵便局|金融機関|ボックス|箱|袋|缶|ケース|バッグ|かばん|カバン|鞄|封筒|リュック|段ボール|引き出し|引出し|書庫|倉庫|保管室|ロッカー|キャビネット|棚|机/u.test(t)) return
  const done: Span[] = []
  if (/回収|取りに|受け取りに|引き取りに/u.test(t)) findMoneyCollected(doc, emit, done)
  for (const m of hitsOf(MONEY_KEPT, t)) {
    if (done.some((d) => d.start < m.index + m[0].length && d.end > m.index)) continue
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    // Blind R298K-006 kind, the other order: the keeping place, then the collection's clock time in the next sentence.
    const next = s.end < t.length ? t.slice(s.end, sentenceAround(t, s.end, s.end).end) : ''
    if (!(CLOCK_TIME.test(sentence) || COLLECT_AT.test(next) || (AFTER_HOURS.test(sentence) && CASH_SPOT.test(m[2]!)) || HIDDEN_SPOT.test(m[2]!)) || SAFETY_ADVICE.test(sentence) || isAdvice(sentence) || AWARENESS.test(sentence) || CASH_PAID_IN.test(sentence) || SENT_OUT.test(t.slice(m.index + m[0].length, s.end))) continue
    const end = kanaTail(t, m.index + m[0].length, 8)
    const span = doc.fromSqueezed(m.index, end)
    const place = m[2]!.replace(/^[^]*?(?:[0-9０-９]{1,2}時(?:ごろ|頃|半)?(?:に|から|以降|まで)?[、,]?|[、,])/u, '').replace(/^(?:閉庁後|閉館後|閉店後|閉場後|閉会後|終業後|業務終了後|退庁時|夜間|毎晩|毎夕)(?:に|は)?[、,]?/u, '')
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[1]!, place } })
  }
}

/**
 * Blind R305G-033 kind: a phishing drill told before it is run (来週火曜の朝、情報政策課から「給与明細の確認」を装った標的型メールの訓練メール
 * が届きます): the drill is spoiled and its lure given away. The drill of a suspicious mail named (標的型メール, 不審メール, フィッシング; a bare 訓練メール may be a safety-check drill),
 * told as still to come (届きます, 送信します, 実施します, 予定), with when it comes or what it looks like (来週, 火曜, 朝, ◯日; 「…」を装った, 件名).
 * A report after the drill (訓練を実施しました。開封率は…) tells nothing to come. Warn (security/arrangement). Bounded: 24 characters between.
 */
const MAIL_DRILL =
  /(?:標的型(?:攻撃)?メール|不審メール|フィッシング(?:メール)?|なりすましメール|攻撃メール)[^。！？!?\n]{0,24}?訓練|訓練[^。！？!?\n]{0,12}?(?:標的型|不審メール|フィッシング|なりすましメール|攻撃メール)/u
const DRILL_AHEAD =
  /(?:届き|届く|届け|送られ|送り|送信し|送信され|配信し|配信され|実施し|行い|行われ)(?:ます|ますので|ますが|る予定|る(?=[。！!、,]))|予定(?:です|しています|しております)|(?:実施|送信|配信)予定/u
const DRILL_WHEN_OR_LURE =
  /来週|再来週|明日|あす|明後日|今週|来月|今月中|[0-9０-９]{1,2}(?:月|日)(?![間])|[月火水木金土日]曜|午前|午後|朝|夕方|[0-9０-９]{1,2}時|を装った|を装う|をかたった|を騙った|件名|差出人|送信元|という(?:件名|題名|タイトル)/u
export function findPassShown(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/証|カード/u.test(t)) return
  for (const m of hitsOf(PASS_SHOWN, t)) {
    const s = sentenceAround(t, m.index + m[0].length - 1, m.index + m[0].length)
    if (PASS_SHOWN_NOT.test(t.slice(s.start, Math.min(t.length, s.end + 24)))) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/access-pass', start: span.start, end: span.end })
  }
}

export function findMailDrillAhead(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  if (!/訓練/u.test(t) || !MAIL_DRILL.test(t)) return
  let from = 0
  for (let n = 0; from < t.length && n < MAX_HITS; n++) {
    const s = sentenceAround(t, from, from)
    const sentence = t.slice(s.start, s.end)
    from = Math.max(s.end, from + 1)
    if (!MAIL_DRILL.test(sentence) || !DRILL_AHEAD.test(sentence) || !DRILL_WHEN_OR_LURE.test(sentence) || /結果|開封率|実施しました|行いました|終了し/u.test(sentence)) continue
    const lead = sentence.search(/[^\s]/u)
    const { start, end } = doc.fromNorm(s.start + Math.max(0, lead), s.end)
    emit({ rule: 'security/arrangement', start, end })
    return
  }
}

export function findEnglishKey(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.folded.text
  for (const m of hitsOf(EN_KEY_KEPT, t)) {
    const end = m.index + m[0].length
    const s = sentenceAround(t, m.index, end)
    if (EN_KEY_SECURED.test(t.slice(end, s.end)) || EN_KEY_ADVICE.test(t.slice(s.start, s.end))) continue
    // Through the spot's phrase, up to the end of the sentence (under the blue flowerpot next to the side door).
    const stop = t.slice(end, s.end).search(/[.!?,;:\n]/u)
    const spanEnd = stop < 0 ? s.end : end + stop
    const span = doc.fromSqueezed(m.index, spanEnd)
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: 'key', place: doc.raw.slice(doc.fromSqueezed(end, spanEnd).start, span.end).trim() } })
  }
}
