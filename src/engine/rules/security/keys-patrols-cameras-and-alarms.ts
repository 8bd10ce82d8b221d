/**
 * Physical arrangements (5(1)): where keys are kept (鍵はポストの中, 合鍵は植木鉢の下), the hours guards patrol or are absent, guard posts and
 * counts, doors left unlocked or open as a habit, nobody watching an empty building or a side entrance, camera spots, blind spots
 * and cameras not recording, dummy cameras, alarms absent, off or disarmed at set hours (also stopped while the site is closed for
 * given days: alarmOffWhileEmpty), staff passes not checked, secrets kept at a spot or on a board, and weak spots quoted
 * (findPhysical). Stays clean: a key in a safe or with a keeper, crime-prevention advice, a denied rumour, an event's reinforced
 * security, a service vehicle's timetable, a camera's public stream stopped. Part of the security family (index.ts runs the
 * detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { quoteAround } from '../../words'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import {
  ALARM_ABSENT,
  ALARM_CONTEXT,
  ALARM_DEVICE,
  ALARM_NOT_GAP,
  AWARENESS,
  CASH_WHEN,
  CLOCK_EXACT,
  CLOCK_TIME,
  CLOCK_TIMES,
  CRIME_SCENE,
  deniedRumour,
  DISARM_NOTICE,
  DUMMY_WORD,
  EXPLICIT_ADVICE,
  F,
  FILMED_PRIVACY,
  GET_IN_NOT,
  GUARD,
  guardData,
  HIRED_GUARD,
  hitsOf,
  isAdvice,
  kanaTail,
  KEEPER,
  KEEPER_WORD,
  LEFT_ADVICE,
  LEFT_DENIED,
  LIVE_CAMERA,
  MAX_HITS,
  NOT_FILMED,
  patrolled,
  READER_DEVICE,
  READER_HOME,
  readerServiceSecret,
  SAFETY_ADVICE,
  sentenceText,
  STAFF_PASS,
  STAFF_WORD,
  statedPart,
  W,
  WATCH_CAMERA,
  WATCH_DEVICE,
} from './context'

// ---------- keys, guards, devices out of order ----------

/**
 * Blind R99A-079: a card that opens a door is a key (カードキーは課長席の右の引き出しに入っていて, 書庫のセキュリティカードは…棚のファイルに
 * 挟んであります, 通用口の入館カードは…消火器ボックスの中に置いています): where it is kept is where a key is kept.
 */
const CARD_KEY = 'カードキー|キーカード|ICカードキー|セキュリティカード|セキュリティーカード|入館カード|入室カード'
const CARD_KEY_AT_START = new RegExp(`^(?:${CARD_KEY})`, 'u')
const KEY_NOUN = new RegExp(`(?:合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|予備鍵|鍵束|${CARD_KEY}|(?<![ァ-ヴー])キー(?![ァ-ヴー])|鍵|カギ|かぎ)(?:は|を|が|も|、|,)`, 'gu')
/**
 * Where a key is left: 〜にあります, 〜に置いてます, 〜の中です, 〜の下に隠して …
 * Blind R163A-070/R163A-085: a drawer or a hidden spot named as where the key lives with the copula or a verb of keeping after で
 * (ロッカーの鍵はレジ下の引き出しです, 展示室の鍵は受付の引き出しで管理しています, 予備の鍵は棚の奥で保管しています). A key kept by a
 * section or at a desk with no spot (鍵は総務課で管理しています, 受付で保管しています) is handed over there, not hidden.
 * Blind R291F-012 kind: the spot marked by へ instead of に before a verb of putting (鍵は、前日夕方に勝手口横の消火器ボックスの中へ入れて
 * おきます, 合鍵は物置の棚へしまっています): the direction is where the key is left all the same (also in KEY_PUT: 〈箱〉へ鍵を入れて).
 */
const KEPT = /(?:へ(?:入れ|いれ|置い|おいてあ|おいてま|隠し|かくし|しまっ|しまい|差し込ん|挟ん|はさん|貼り付け|張り付け|吊る)|に(?:まとめて|全部|ぜんぶ|一緒に|そのまま|いつも|こっそり|まるごと)(?:置い|入れ|いれ|隠し|しまっ|しまい|保管し|掛け|かけ|貼っ|吊る)|にあり|にある|に置い|においてあ|においてま|におい(?:とき|とい)|に入れ|に入って|にいれ|に隠し|にかくし|に隠れ|にしまっ|にしまい|にしまってあ|に保管|に掛け|に掛か|にかけてあ|に貼っ|に貼り付け|にはり付け|に(?:[^\s。！？!?\n、,でにをは]{0,5}テープ|ガムテ|セロテ|布テ|養生テ|磁石|マグネット|結束バンド|針金|ひも|紐|ヒモ|ロープ|輪ゴム|ゴム|画鋲|押しピン|クリップ|洗濯ばさみ|洗濯バサミ|フック|ワイヤー|チェーン|鎖|両面)で(?:貼|張|はっ|はり|留|とめ|止め|くっつけ|固定|吊|つる|ぶら下げ|結|縛|しば|括|くく|挟|はさ|引っ掛け|ひっかけ)|に張り付け|にくっつけ|に挟ん|にはさん|に差し込ん|に吊る|に吊し|につるし|にぶら下げ|にぶらさげ|に引っ掛け|に引っかけ|にひっかけ|に置きっぱなし|(?:に|へ)(?:戻し|もどし|戻す|もどす)|(?:に|へ)(?:移し|うつし|移動し|移動させ)|の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側)(?:です|だよ|だ|にあ|に置|に入|に隠|に貼|に掛|。|！|!|$)|の?(?:引き出し|引出し|引出|ひきだし)(?:の(?:中|なか|奥))?(?:です|だよ|だ|やけん|ばい|にあ|に入|で(?:管理|保管)(?:し|され)|。|！|!|$)|の(?:中|なか|下|した|裏|うら|奥|後ろ|内側)で(?:管理|保管)(?:し|され)|(?<=(?<![鍵カギキーー])(?:封筒|袋|箱|缶|ケース|キャビネット|棚|段|段目|ファイル|ポーチ|巾着))で(?:管理|保管)(?:し|され)|(?<=最上段|最下段|上段|下段|中段|段目)(?:です|だよ|だ|やけん|ばい|。|！|!|$))/u
/**
 * A key to be put back after use (鍵を消火栓ボックスの中に戻しておいてください): where it goes back to is where it lives.
 * Put back to a staffed desk or a locked box (事務室のキーボックスに戻す), or to no place told (元の場所に, 所定の位置へ), it is
 * handed over or tidied away, not hidden.
 */
/** Blind HL-101: right after a keeping verb, its negation (保管せず, 入れずに, 置いたままにせず, 入れていない, 隠しません): the key is not there. */
const KEPT_NOT = /^[ぁ-ゖ]{0,6}?(?:せず|さず|かず|れず|ず(?:に)?|ない(?:で|よう)?|ません)[、,]?/u
const PUT_BACK = /(?:に|へ)(?:戻|もど)[しす]/u
/**
 * Blind R172A-031: a key moved to a new spot (金庫の合鍵は、課長席の右の引き出し（上から2段目）に移しました, 予備の鍵を棚の奥の箱へ移動しました):
 * where it now lives. Only to a spot that hides or holds it (a drawer, a shelf, a box, under or behind a thing), and only the key moved
 * (鍵を開けて荷物を倉庫に移しました moves the load; 鍵は総務課に移しました hands the keeping to a section; 金庫に移しました locks it away).
 */
const MOVED = /(?:に|へ)(?:移|うつ)[しす]|(?:に|へ)移動/u
const MOVED_TO_SPOT = /引き出し|引出し?|ひきだし|棚|箱|ボックス|ケース|缶|袋|封筒|ポスト|郵便受け|植木鉢|鉢|ロッカー|キャビネット|段目|の(?:下|した|裏|うら|奥|後ろ|横|中|なか|内側)/u
/**
 * Review sec58 kind: a key said to be kept in a safe, a locked cabinet or a staffed office, or with a keeper (鍵は事務室の金庫に保管して
 * います, 予備の鍵は金庫に保管しています, 鍵は鍵付きのキャビネットで管理, 体育館の鍵は管理棟の事務室にあります, 鍵は区長さん宅にあります):
 * reassurance that the key is locked away or in someone's hands, no way in. The place must end in it (金庫の上, 事務室前の消火器ボックス
 * are a spot all the same; so is a portable cash box or one under a counter: 受付カウンター下の青い手提げ金庫), and the sentence tell no code,
 * clock time or way in (KEY_SAFE_BUT); a hiding place anyone can reach (消火器ボックスの裏, 植木鉢の下, ポストの中) still blocks.
 */
const KEY_SAFE_PLACE =
  /(?:(?<!手提げ|手さげ|手提|小型|簡易|ポータブル)金庫|金庫室|保管庫|(?:鍵|カギ|かぎ|錠)(?:付き|つき|の(?:かかる|掛かる|かけられる|掛けられる))の?(?:キャビネット|ロッカー|引き出し|引出し|書庫|戸棚|棚|ボックス|箱|部屋)|(?:施錠|ロック)(?:できる|された|して(?:ある|いる)|可能な|式の?|付きの?)の?(?:キャビネット|ロッカー|引き出し|引出し|書庫|戸棚|棚|ボックス|箱|保管庫|部屋|倉庫)|事務室|事務所|管理室|管理事務所|職員室|守衛室|警備室|総務課|[^\s、,の]{1,8}(?:課|係)|(?:さん|様|長)(?:の)?(?:宅|お宅|家|自宅))(?:の(?:中|なか)|内)?$/u
/** A code, a clock time or a way in told with the key's safe (金庫の番号は…, 17時以降, 開けたまま, 施錠していない): no reassurance. */
const KEY_SAFE_BUT = /[0-9０-９]|番号|暗証|ダイヤル|パスワード|開けた?まま|開いた?まま|開けっ放し|開けっぱなし|施錠(?:せず|して(?:い|お)(?:な|ませ|りませ))|(?:鍵|カギ)を?(?:かけ|掛け)(?:ず|て(?:い|お)(?:な|ませ|りませ))|誰でも|だれでも|自由に|勝手に|各自で?(?:取|開)/u
/** A place that is no spot: a bare carrier the key is put in first (封筒に入れて…), or a manner in に (厳重に保管, 適切に保管). */
const KEY_NO_SPOT = /^(?:[^\s、,の]{0,6}の)?(?:封筒|袋|ふくろ|ケース|キーケース|ポーチ|ビニール袋|チャック袋)$|(?:厳重|適切|適正|大切|確実|慎重|丁寧|安全|厳格|一元的|個別|別々|一括|しっかり|きちんと)$/u
/** Where a container kept in (…の白い封筒で保管) is placed: a room, a piece of furniture or a side of one. */
const CONTAINER_AT_SPOT = /室|庫|棚|段|キャビネット|ロッカー|引き出し|引出し|机|デスク|カウンター|テーブル|奥|横|裏|下|上|脇|隣|右|左|内側|課|係|所|館|倉庫|書庫/u
/** Whether a key's place is a safe, a locked cabinet, a staffed office or a keeper, and the sentence tells no code, time or way in. */
function keptInSafe(place: string, kept: string, sentence: string): boolean {
  if (!KEY_SAFE_PLACE.test(place) || KEY_SAFE_BUT.test(sentence) || CLOCK_TIME.test(sentence)) return false
  // A box hidden under, behind or beside furniture (受付カウンター下の青い手提げ金庫) is a spot all the same.
  if (/(?:下|した|裏|うら|後ろ|うしろ|横|脇|隣|床|足元)(?:の|に|にある)/u.test(place)) return false
  // Not on, under or beside the safe (金庫の上に置いて, 金庫の裏です): inside it only.
  return !/^の(?:下|した|裏|うら|上|横|後ろ|奥)/u.test(kept)
}
/** A room walked into, then the way on from its door (事務室に入って左側, 倉庫に入ってすぐ右, 入って正面の): a route, not a keeping. */
const WALK_IN_ROUTE = /^に入って[、,]?(?:すぐ|左|右|正面|奥|突き当た|つきあた|まっすぐ|真っ直ぐ)/u
const NO_PLACE_TOLD = /(?:元|もと|所定|決められた|指定|定位置|同じ|鍵穴|かぎ穴)(?:の|された)?(?:場所|位置|所|ところ)?$/u
const KEY_NOT_KEPT = /受付(?!カウンター|台|の(?:下|奥|裏|中|横|引き出し))|窓口(?!カウンター|の(?:下|奥|裏|中|横|引き出し))|お声がけ|お申し出|お問い合わせ|貸し出し|貸出|お渡し|お受け取り|借り|返却|返して|お預かり|回収|(?:各自|自分|それぞれ|個人|各人)の(?:ロッカー|金庫)/u
/**
 * Blind R59A: what fastens a key to its spot (ガムテで, 養生テープで, 針金で, 結束バンドで): 〈場所〉に〈留め具〉で貼り付けとる is where the
 * key is, in any register (郵便受けの裏にガムテで貼り付けとるけん). Bounded: one short noun before で.
 */
const FASTENED = '(?:[^\\s。！？!?\\n、,でにをは]{0,5}テープ|ガムテ|セロテ|布テ|養生テ|磁石|マグネット|結束バンド|針金|ひも|紐|ヒモ|ロープ|輪ゴム|ゴム|画鋲|押しピン|クリップ|洗濯ばさみ|洗濯バサミ|フック|ワイヤー|チェーン|鎖|両面)で'
/**
 * A place, then the key put there: 〈箱〉に〈鍵〉を置いて(あります). Bounded: the place is one phrase.
 * Blind R194A-006 kind: a spare too (…の箱の中にも予備を一本入れてあります), the key named as the topic earlier in the sentence
 * (SPARE_OF_KEY) and the spare called 予備 or スペア alone, with its count; the spot is not a staffed desk or a locked box.
 * Blind R333S-024 kind: a key hung at the spot (消火栓ボックスの中に予備の鍵を吊るしてあります, 物置の中にスペアキーを吊るしておきます,
 * 配電盤の裏に引っ掛けてあります, …にぶら下げてあります) is put there as much as one laid down (also in KEPT).
 */
const KEY_PUT = new RegExp(
  `([^\\s。！？!?\\n、,]{2,16}(?:の(?:中|なか|下|した|裏|上|奥|横|後ろ|内側|引き出し))?)(?:に|へ)(?:も|は)?[、,]?(?:(?:いつも|普段|ふだん|常に|こっそり|念のため)[、,]?)?(?:${FASTENED})?(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ|予備|スペア)を(?:[1-9１-９一二三]{1,2}(?:本|つ|個|組|セット)|ひとつ|ふたつ)?(?:${FASTENED})?(?:置い|入れ|隠し|しまっ|しまい|保管し|掛け|かけ|貼っ|貼り付け|張り付け|くっつけ|挟ん|はさん|差し込ん|吊るし|吊し|つるし|吊る|ぶら下げ|ぶらさげ|引っ掛け|引っかけ|ひっかけ|戻し|もどし|留め|止め|とめ|固定し|結ん|結わえ|縛っ|くくりつけ|括り付け)(?:て(?:あり|おき|おいて|おいた(?!ら|り)|い|ます|ある|おく|おります|る|ください|下さい|た(?!ら|り|ん|の|け))|で(?:あり|おき|い|ます|ある|おく|おります|る|た(?!ら|り|ん|の|け))|とき|とい|と(?:る|った|ります|ーと)|ちょ(?:る|った|ります)|とう)`,
  'gu',
)
/** Before a bare 予備 or スペア put at a spot: the key named as a topic or an object earlier in the sentence (鍵は…, 倉庫のカギを…). */
const SPARE_OF_KEY = /(?:合鍵|合い鍵|鍵|カギ|かぎ|(?<![ァ-ヴー])キー(?![ァ-ヴー]))(?:は|も|を|が|、)/u
const KEY_PLACE = /(?:鍵|合鍵|カギ)の(?:保管|隠し|置き)場所(?:は|:)/gu

/** A system left open: 認証なしで外から見える, パスワードなしでアクセスできる, ログイン不要で誰でも閲覧できる (a gap told). */
const OPEN_SYSTEM =
  /(?:ログイン|認証|パスワード|ID)(?:なし|無し|不要|がかかっていない|がかかっておらず|を設定していない|が設定されていない)(?:で|の(?:まま|状態で))[^。！？!?\n]{0,12}?(?:外から|外部から|誰でも|だれでも|インターネットから|ネットから)?[^。！？!?\n]{0,8}?(?:見える|見られる|閲覧でき|アクセスでき|入れる|ログインでき|開ける|丸見え)/gu
/** A place, then the key said to be there: 消火器ボックスの中に鍵があります, 郵便受けに合鍵が入っています. */
const KEY_THERE =
  new RegExp(String.raw`([^\s。！？!?\n、,]{2,16}(?:の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側|引き出し))?)に(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ)が(?:あります|ある|置いてあ|置いとる|入って(?:い|ま|お|る)|入っとる|入っちょる|入れてあ|隠してあ|しまってあ|掛けてあ|かけてあ|貼ってあ|吊るしてあ|下げてあ)`, 'gu')
/** A door, a building or a thing one locks, before 鍵をかけ: the key locks it (ドアに鍵をかける, 自転車に鍵をかけて, 集会所には、いつも鍵をかけています). */
const LOCKED_THING = /(?:ドア|扉|戸|門|門扉|玄関|窓|入口|入り口|出入口|出入り口|勝手口|裏口|通用口|通用門|シャッター|ロッカー|金庫|自転車|バイク|車|倉庫|物置|部屋|室|書庫|保管庫|箱|引き出し|引出し|キャビネット|集会所|(?<![守衛警備])所|館|センター|庁舎|施設|建物|校舎|教室|トイレ|小屋|ホール|住宅|棟|堂)(?:の(?:方|ほう))?(?:も|は|にも)?$/u
/** A time, not a place, before 鍵をかけ: then the key locks a door (昼間に, 夜間に, 外出時に, 寝る前に, 留守中に). */
const TIME_NOT_PLACE = /(?:昼間|日中|夜間|夜中|深夜|早朝|朝|夜|昼|夕方|時|(?<!の)(?:中|前|後|間)|際|とき|時間帯|毎日|必ず|常に|いつも)$/u
/** The key named by where it lies: 玄関脇の植木鉢の下にある鍵, 郵便受けの中に入っている合鍵, 物置に掛けてあるカギ; blind R404D-033 kind: in a container lying there (引き出しに入っとる茶封筒の中のｶｷﾞで金庫ば開けて). */
const KEY_AT =
  new RegExp(String.raw`([^\s。！？!?\n、,]{2,16}(?:の(?:中|なか|下|した|裏|うら|上|奥|横|後ろ|内側|引き出し))?)に(?:ある|あります|置いてある|置いている|置いてる|置いとる|置いちょる|入っている|入ってる|入っとる|入れてある|入れてる|隠してる|隠してある|しまってある|掛けてある|かけてある|貼ってある|吊るしてある|下げてある)(?:[^\s。！？!?\n、,]{1,8}の(?:中|なか|下|奥)の)?(?:(?:予備|スペア|共用|共有|職員用|管理用|マスター|非常用|緊急用|夜間用|休日用)の)?(合鍵|合い鍵|スペアキー|マスターキー|予備の鍵|${CARD_KEY}|鍵|カギ|かぎ)`, 'gu')
/** A secured or staffed place (キーボックス, 金庫, 受付): a key there is handed over or locked away, not left out. */
/** A place on one's person (かばんのポケットに, 財布の中に): a key carried, not a key hidden (鍵をなくしたと思ったら、かばんのポケットに入ってた). */
const CARRIED = /(?:ポケット|かばん|カバン|鞄|バッグ|財布|リュック|手元|上着|コート|ズボン|ポーチ|ペンケース|筆箱)(?:の(?:中|奥|底|内側))?(?:に|へ|で)?$/u
/**
 * Blind R91A-004: a spot under, behind or at the back of a staffed desk's furniture (受付テーブルの下の青い書類箱, 窓口カウンターの下の
 * 引き出し, フロントの机の裏): the key lies hidden there, not handed over at the desk. Read out of a place before the staffed-desk test.
 * Blind R292E-037 kind: a drawer of a staffed desk's furniture, its side named between (その鍵は受付テーブル右側の引き出しに入れています,
 * 窓口カウンターの左の引き出し): a drawer hides the key as 受付の引き出し does; the desk's name does not make it handed over.
 */
const UNDER_FURNITURE = /(?:受付|窓口|フロント|事務所|事務室|管理室)の?(?:テーブル|机|つくえ|デスク|カウンター|台|棚)?の?(?:(?:向かって)?(?:右|左)側?|奥|横|脇|隣)?の?(?:下|した|裏|うら|後ろ|うしろ|引き出し|引出し|ひきだし)/gu
/** `place` with any spot under a staffed desk's furniture read out (a key hidden there is no key at the desk). */
function unstaffed(place: string): string {
  return place.replace(UNDER_FURNITURE, '')
}
const KEY_SECURED = /(?:キー|鍵|カギ|かぎ|暗証番号?|ダイヤル|ダイヤル錠|セキュリティ)(?:式|付き|つき)?(?:ボックス|ぼっくす)|きーぼっくす|金庫|保管庫|キーケース|受付|窓口|事務所|事務室|管理人|管理室|フロント|守衛|職員|係員/u
/**
 * Blind GW-056: a crime-prevention checklist's do-not, said in the plain negative to end the item (●鍵の保管場所を植木鉢の下や郵便受けに
 * しない, 合鍵の隠し場所を玄関まわりに作らない, …は家族以外に教えないこと): a rule for every household, no site's arrangement.
 */
export const HOUSEHOLD_DONT = /(?:し|置か|隠さ|作ら|教え|知らせ|書か|貼ら|選ば|決め|残さ)ない(?:こと|ように(?:する|しましょう)?|でおく)?[。．.！!]?\s*$/u
/** A site of the city's own (庁舎, サーバ室, 公民館 …): a do-not about it is the city's own arrangement. */
export const CITY_SITE = /庁舎|市役所|本庁|支所|出張所|サーバ|電算|公民館|体育館|図書館|センター|倉庫|書庫|金庫室|施設|館内|事務所|学校|校舎/u
/**
 * Whether a sentence about a gap gives advice rather than telling the gap: for a spot of one facility
 * only advice in so many words counts (東側非常口は…施錠されていないことが多い is a gap told).
 */
/** The factory-value form of WEAK_SPOT (パスワードは初期設定のまま). */
const FACTORY_KEPT = /(?:初期設定|初期値|初期パスワード|デフォルト|工場出荷時|購入時)(?:の)?(?:まま|から変えて|から変更して)/u
/**
 * Blind KT-027 kind: after the factory value kept, a condition (使っていると, にしておくと, だと, の場合) and the risk it brings (おそれ, 可能性,
 * 危険, かもしれません): a hypothetical habit and its danger, told to anyone. Bounded.
 */
const RISK_IF_KEPT = /^[^。！？!?\n]{0,10}?(?:ていると|ていれば|ていたら|てると|てたら|でいると|だと|では|の場合(?:は|には)?|にして(?:いる|お)?くと|にしてると)[、,]?[^。！？!?\n]{0,40}?(?:おそれ|恐れ|可能性|危険|リスク|かもしれ|かねな|かねま|ことがあ|被害に)/u
/** A question put to the reader (…になっていませんか？, …ではないですか). */
const ASKED = /(?:ませんか|ないですか|ないか|でしょうか)[？?]?(?:[。！!\s]|$)|[？?]/u

/**
 * Blind R240F-036 kind: a swindler's words quoted in a fraud warning (実際にかかってきた電話では、次のような言葉が…⏎「…これから職員が
 * 受け取りに伺いますので、暗証番号を紙に書いて封筒に入れておいてください」⏎これらはすべて詐欺です): what the caller asks for is shown so
 * that readers know it, no weak spot of the writer's own. The saying stands in 「」 (opened at most 120 characters before on its line), and
 * the fraud is named right after its close (within 80 characters: これらはすべて詐欺です, といった手口), or in what introduces it with a word
 * for the saying (不審な電話…次のような言葉). A saying reported from inside (課長が「金庫の暗証番号は紙に書いて貼っておいて」と) names no
 * fraud and stays.
 */
export const SCAM_NAMED = /詐欺|手口|不審な?(?:電話|メール|はがき|ハガキ|訪問|人物|者)|なりすまし|成りすまし|騙し|騙そう|だまし|だまそう|をかた(?:る|った|り)/u
export const SAYING_WORD = /言葉|文言|セリフ|台詞|せりふ|電話|メール|手口|話し?て|言って|言われ/u
function scamSaying(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 120)
  if (q === null || q.close - end > 120) return false
  if (SCAM_NAMED.test(t.slice(q.close + 1, q.close + 81))) return true
  const before = t.slice(Math.max(0, q.open - 80), q.open)
  if (SCAM_NAMED.test(before) && SAYING_WORD.test(before)) return true
  // Blind R251W-021 kind: introduced as what callers say (次のような電話が確認されています) and then denied as the city's way (市の職員が…
  // ことは絶対にありません), in the same paragraph.
  return CALLER_INTRO.test(before) && STAFF_NEVER.test(t.slice(q.close + 1, q.close + 121))
}
/**
 * Blind KH-011 kind (pisec60): a saying reported as what someone else tells the victim to do, in a trick's steps (3. カードを封筒に入れさせ、
 * 「暗証番号を紙に書いて一緒に入れて」と指示する; 「パスワードを付箋に書いて渡して」と言ってくる): the words are the trickster's, shown so that
 * readers know them. The quote is followed at once by a verb of telling or asking (と指示, と言っ, と頼, と求め, と迫, などと); whether it is a
 * fraud's is read in `post`, from the whole post (its title: 【…だまし取る「詐欺盗」の手口】). A saying reported with no fraud named anywhere
 * (課長が「金庫の暗証番号は紙に書いて貼っておいて」と指示した) stays a weakness.
 */
const TOLD_TO_DO = /^(?:と|って|などと|とか)[、,]?[^。！？!?\n「」]{0,6}?(?:指示|要求|要請|命じ|言(?:う|い|っ|わ)|い(?:って|われ|いま|いだ)|頼(?:む|み|ま|ん)|求め|迫|促|持ちかけ|持ち掛け|もちかけ|伝え|話(?:す|し)|せか|急か|誘導|説得|たたみかけ)/u
function reportedSaying(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 120)
  return q !== null && q.close - end <= 120 && TOLD_TO_DO.test(t.slice(q.close + 1, q.close + 16))
}
/**
 * …and the saying standing as a paragraph of its own (「…暗証番号を紙に書いて封筒に入れておいてください」 alone between blank lines): the
 * paragraph is nothing but sayings in 「」, so whether the fraud is named around it is read in `post`, from the paragraphs before and after.
 */
/**
 * Blind R251W-021 kind: the sayings introduced as what callers (or mail, visitors) were heard to say (最近、市内で次のような電話が確認されて
 * います, 以下のようなメールが届いています, こんな訪問が相次いでいます): words from outside, reported to warn. Read as a swindler's only when the
 * post names the fraud anywhere (its title: 【…だまし取る手口…】) or the paragraph after the sayings says the city never asks so (市の職員が
 * 暗証番号をお尋ねすることは絶対にありません). A call from inside with neither (課長から次のような電話がありました) keeps the weakness.
 */
export const CALLER_INTRO = /(?:次の|以下の|下記の|このような|こんな|こういった|同様の)(?:ような)?(?:内容の)?(?:不審な|怪しい|あやしい)?(?:電話|お電話|メール|SMS|ショートメール|ショートメッセージ|はがき|ハガキ|封書|手紙|訪問|声かけ|声掛け|連絡|言葉|文言)/u
export const STAFF_NEVER = /(?:市|町|村|役所|役場|職員|警察|銀行|金融機関|税務署|年金事務所)[^。！？!?\n]{0,40}?(?:こと|事)は[、,]?(?:絶対に|決して|一切)?(?:あり(?:ません|えません)|ございません|いたしません|しません)/u
const SAYINGS_ONLY = /^[\s　]{0,4}(?:[・●○\-][\s　]{0,2})?(?:[「『][^「『」』]{1,200}[」』][、,・\s　]{0,3}){1,4}[。．]?[\s　]*$/u
export function sayingParagraph(t: string): boolean {
  return t.length <= 400 && SAYINGS_ONLY.test(t)
}

/** Security made stronger, said as an announcement: 増員します, 強化します, 万全の体制で. */
/**
 * Blind R248B-038 kind: the server room described in general, by what keeps it safe (庁舎のサーバ室では、無停電電源装置や空調設備で…守って
 * います, サーバールームには消火設備を備えています): a job's introduction that tells no gap. Where it is (3階, 奥, 地下), when or how one gets in
 * (入口, 鍵, カード, 番号, 見学), who is there or not (無人, 夜間) or what is weak (故障, 死角) told in its paragraph keeps the warning.
 */
export const SERVER_ROOM = /^(?:サーバー?室|サーバールーム)$/u
export const ROOM_DESCRIBED =
  /(?:サーバー?室|サーバールーム)(?:では|には|は|も)[、,]?[^。！？!?\n]{0,60}?(?:守って|守られて|備えて|備えた|備わって|設置して|設置され|整備して|整備され|導入して|導入され|管理して|管理され|保護して|保護され|稼働して|動いて)/u
export const ROOM_DETAIL =
  /[0-9一二三四五六七八九十]{1,3}(?:階|F|号館|時)|地下|屋上|最上階|奥|隣|となり|横|裏|向かい|突き当|手前|場所|位置|入り方|入口|入り口|出入口|出入り|扉|ドア|鍵|カギ|かぎ|カード|暗証|番号|コード|入室(?:方法|手順|の仕方|でき)|入れ|開け|開い|無人|誰(?:も|でも)|だれ|手薄|故障|壊れ|死角|いない|おらん|夜間|夜は|休日|土日|曜日|見学|ご案内|ご覧|公開|立ち入|ノック/u
export const REINFORCED = /増員|強化|万全|徹底し|拡充|増や(?:し|す)|配置します|配置いたします|体制を整え/u
/** A public event (its security is announced to visitors). */
export const EVENT = /花火|祭|まつり|大会|イベント|式典|マラソン|パレード|フェス|コンサート|成人式|つどい|会場/u
/**
 * A patrol's times or days, and in the next sentence (or after a comma) the hours or days left unwatched (パトロールは20時と深夜1時の
 * 2回です。それ以外の時間帯は監視が手薄になります). Blind R70A-026: the watch may follow its schedule (十二月の毎週水曜日、二十一時から
 * 二十三時まで…農道を重点的にパトロールしています), the figures in kanji (二十一時), the schedule a weekday (毎週水曜日), and the gap
 * said as no round at all (それ以外の曜日は見回りがない, ほかの日は回っとらん, 他の時間は巡回しておりません). Bounded gaps only.
 */
const WATCH_WORD = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警備|監視)'
/** The watch in the schedule, also as the verb (河川敷を見回っています, 見て回ります). */
// Blind R78A-003: the round told by where it goes (…の順に回って, 各地区を回ります): 回 right after に, を or ば, so no count (2回) or loop (内回り).
const WATCH_DONE = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警備|監視|見回(?:っ|る|ら)|見まわ(?:っ|る|ら)|見て回|(?<=[にをば])回(?:って|ります|る(?![数目])))'
// Blind R321C-056 kind: the round's dates too (警備会社の巡回は12月30日と1月2日の日中だけで、それ以外の日は機械警備のみ).
const PATROL_WHEN =
  '(?:[0-9０-９〇零一二三四五六七八九十]{1,3}時|(?:毎週)?[月火水木金土日]曜日?|(?:[0-9０-９〇零一二三四五六七八九十]{1,3}月)?[0-9０-９〇零一二三四五六七八九十]{1,3}日(?!間|程度|以上|ほど|前)|(?<![0-9０-９])[0-9０-９]{1,2}/[0-9０-９]{1,2}(?![0-9０-９]))'
/**
 * Blind R78A-003: the hours after the round said unwatched (…22時半には解散しています。それ以降の時間帯は見回りがありません; その後は,
 * 23時以降は, 解散後は): the round's end is told, and nothing after it.
 */
const PATROL_AFTER = '(?:(?:[0-9０-９〇零一二三四五六七八九十]{1,3}時(?:半|[0-9０-９]{1,2}分)?)?(?:以降|以後)|それ以降|それ以後|その後|それより後|それから後|解散後|終了後)の?(?:時間|時間帯|日|夜|深夜|夜中)?'
/**
 * Blind R116A-035: the time between the rounds, named back (22時と2時の2回だけなので、その間は誰も見てません; 巡回の合間は, 見回りと見回りの間は,
 * その間の時間帯は): the hours no one passes. Not その間に (what to do meanwhile): the caller's topic particle follows.
 */
const PATROL_BETWEEN = '(?:その間|その合間|(?:巡回|見回り|パトロール)(?:と(?:巡回|見回り|パトロール))?の(?:間|合間))の?(?:時間|時間帯|夜|深夜|夜中)?'
/** Who goes round (the patrol's members, the guards, the one who watches): said absent in the hours left out. */
const PATROL_CREW = '(?:隊員|団員|警備員|守衛|係員|職員|当番|担当者?|見回り(?:の|役の?)?(?:人|者|方)|パトロールの?(?:人|者|方)|巡回の?(?:人|者|方)|見張り(?:の人)?)'
const PATROL_GAP = new RegExp(
  `(?:${WATCH_DONE}[^。！？!?\\n]{0,30}?${PATROL_WHEN}|${PATROL_WHEN}[^。！？!?\\n]{0,40}?${WATCH_DONE})[^。！？!?\\n]{0,30}?[。！!、,]?\\s?` +
    // Blind R130I-004: a reason may lead the next sentence in (人手不足でそれ以外の時間は手薄に, 人が足りず、ほかの時間は).
    `(?:[^。！？!?\\n]{1,10}?(?:で|ため|ので|ず|から)[、,]?)?` +
    `(?:(?:それ以外|その他|ほか|他)の?(?:時間|時間帯|日|曜日|曜|日時|夜|週)|${PATROL_AFTER}|${PATROL_BETWEEN})(?:は|には|だと)[、,]?[^。！？!?\\n]{0,20}?` +
    // Blind R321C-056 kind: the watch left to machines only (それ以外の日は機械警備のみとなります, ほかの時間はカメラだけ): no one goes round.
    `(?:(?:機械警備|警報装置|警備システム|防犯センサー|センサー|防犯カメラ|監視カメラ|カメラ|機械)(?:による(?:警備|監視))?(?:だけ|のみ|しか)(?!で(?:は)?なく|じゃなく|ではな|に(?:頼|たよ)ら)|手薄|手が回ら|手が回りませ|見回れ(?:な|ませ)|回れ(?:な|ませ)|誰もいな|(?:誰|だれ)も(?:見て(?:い|お|ま|な)|見と(?:ら|りま)|見ちょら|見よら|いませ|おら|おりませ)|無人|監視(?:が|は)?(?:でき|行き届か|されていな|されない|ない)|見ていな|空白|ノーマーク|` +
    `${WATCH_WORD}(?:が|は|も|を)?(?:ない|なく|無い|無く|なし|無し|ありません|ございません|しな|しませ|していな|していませ|しておりませ|しておらず|しとら|行っていな|行っておりませ|行いませ|行わな|実施していな|実施しておりませ|実施しませ|お休み|休み)|` +
    '回っていな|回っていませ|回っておりませ|回っとら|回っちょら|回りませ|回らな|回らん|誰も来な|誰も回ら|' +
    // Blind R102A-014: the ones who patrol said absent then (それ以外の時間帯は隊員がいませんので, ほかの時間は見回りの人がおらん).
    `${PATROL_CREW}(?:さん|の方)?(?:が|は|も)?[、,]?(?:誰も|だれも|一人も|ひとりも)?(?:いな|いませ|おりませ|おらず|おら(?:ん|な)|居な|居ませ|不在|留守))`,
  'gu',
)
/** After a closing bracket: the quotation is an example of what is said or posted (といった, などの, のような, という書き込み). */
const QUOTED_EXAMPLE_AFTER = /^(?:といった|などの|のような|みたいな|という(?:情報|投稿|書き込み|内容|話|こと)|との(?:情報|投稿|書き込み)|など(?:と|は|を))/u
/** A round that is a public service (a library bus, a health check, collection): its days off are no gap in a watch. */
const SERVICE_ROUND = /図書館|バス|健診|検診|保健|相談|収集|訪問|販売|給水車|献血|接種|予防/u
/**
 * Blind R83A-098: the hours or days told before, named back (その時間帯は自動運転のみで、見回りもありません; その間, その日), or a part of
 * the week or the night (夜間は見回りがありません, 土日は巡回しておりません, 深夜のパトロールはお休みです).
 */
const OFF_SPAN = 'その時間帯|その時間|その間|その日|夜間|深夜|夜中|土日|週末|休日|祝日'
/**
 * Blind R78A-125: the days or nights a patrol is not made, told by their dates, weekdays or hours (大和地区は十二月三十日と三十一日の夜は
 * パトロールを行いません, 毎週水曜日は見回りがお休みです, 夜回りは12/31は休みます): whoever reads it knows when no one goes round. The day
 * first, then the watch and its negation, or the watch as the topic, then the day and a day off. Not a past night (行いませんでした), a
 * question (行いませんか), a watch kept (休まず, 休みなく) or a public service's round (SERVICE_ROUND). Bounded gaps only.
 */
const OFF_WHEN =
  `(?:(?:[0-9０-９〇零一二三四五六七八九十]{1,3}月|[0-9０-９]{1,2}/)?[0-9０-９〇零一二三四五六七八九十]{1,3}日|(?<![0-9０-９])[0-9０-９]{1,2}/[0-9０-９]{1,2}(?![0-9０-９])|[月火水木金土日]曜日?|年末年始|大晦日|大みそか|元日|元旦|お盆|[0-9０-９〇零一二三四五六七八九十]{1,3}時|${OFF_SPAN})`
/**
 * Blind R357E-008 kind: the days or hours said to have no one going round (見回りは平日の日中だけで、土日と夜間はだれも回れていません; 夜間は
 * 誰も見に行けていない; 休日は誰もおらん): 誰も with a verb of going round or being there, negated. Bounded.
 */
const NOBODY_ROUND =
  '(?:誰|だれ|ダレ)も[^。！？!?\\n、,]{0,6}?(?:回れ|回っ|回ら|まわれ|まわっ|まわら|見回|見まわ|見に行|見にい|行け|いけ|行って|行か|いって|いか|来(?:て|れ|ら)|こ(?:れ|ら)|いな|いませ|おら|おりませ)[^。！？!?\\n、,]{0,8}?(?:ません|ない|ず|ん)'
/** Blind R366P-010 kind: no one going round, the round in the verb (誰も回っていない, だれも見回っておりません): not 誰もいない, which is any absence. */
const NOBODY_GOES_ROUND =
  '(?:誰|だれ|ダレ)も[^。！？!?\\n、,]{0,4}?(?:回れ|回っ|回ら|まわれ|まわっ|まわら|見回|見まわ|見に行|見にい)[^。！？!?\\n、,]{0,8}?(?:ません|ない|ず|ん)'
const OFF_SAID =
  '(?:' + NOBODY_ROUND + '|行いません|行わない|行わず|行っていません|行っておりません|おこないません|実施(?:しません|しない|せず|いたしません|しておりません|していません)|しません|しない(?![でよ])|せず(?!に)|しとらん|せんけん|ありません|ございません|ない(?:です|ので|から|けん|[。！!]|$)|なし|無し|お休み(?:し|です|と|に|いたし|させ|[。！!]|$)|休み(?:ます|です|と|に|[。！!]|$)|休止|中止)(?!でした|か[。？?！!]|か$|ませんでした)'
/** The watch left to machines only (機械警備のみ, 防犯カメラだけ): with a guard or a round named near, the days no one goes round. */
const MACHINE_ONLY = '(?:機械警備|警報装置|警備システム|防犯センサー|防犯カメラ|監視カメラ)(?:による(?:警備|監視))?(?:だけ|のみ)(?:と|に|で(?!(?:は)?なく)|です|の|[。、,])'
/** A guard or a round by people (警備員, 守衛, 巡回, 有人警備): what the machine-only days are without. */
const HUMAN_WATCH = /警備員|守衛|ガードマン|警備会社|巡回|見回り|見まわり|夜回り|有人|常駐|宿直|当直/u
const MACHINE_ONLY_AT_END = new RegExp(`${MACHINE_ONLY}$`, 'u')
const PATROL_OFF = new RegExp(
  `${OFF_WHEN}[^。！？!?\\n]{0,16}?(?:は|には|も)[、,]?[^。！？!?\\n]{0,10}?${WATCH_WORD}(?:を|は|が|も)?[、,]?${OFF_SAID}` +
    `|${WATCH_WORD}(?:は|も)[、,]?[^。！？!?\\n]{0,24}?${OFF_WHEN}[^。！？!?\\n]{0,12}?(?:は|には|も)[、,]?${OFF_SAID}` +
    // The day's or the night's watch as the topic (夜間の見回りはありません, 土日の巡回はお休みです).
    `|${OFF_WHEN}の?[^。！？!?\\n、,]{0,6}?${WATCH_WORD}(?:は|も|が)[、,]?${OFF_SAID}` +
    // Blind R321C-056 kind: the days left to machines only (12月31日と1月1日は機械警備のみとなります): no one goes round then (MACHINE_ONLY).
    `|${OFF_WHEN}[^。！？!?\\n]{0,16}?(?:は|には)[、,]?(?:終日|夜間は|夜は)?${MACHINE_ONLY}` +
    // Blind R366P-010 kind: the days, then the hour after which no one goes round, the round itself the verb (土日は22時を過ぎると誰も回って
    // いない, 夜間は0時以降だれも見回っていません): with a patrol named in the paragraph (W.watch), the hours left unwatched.
    `|${OFF_WHEN}[^。！？!?\\n]{0,8}?(?:は|には)[、,]?[^。！？!?\\n]{0,14}?${NOBODY_GOES_ROUND}(?!でした|か[。？?！!]|か$|ませんでした)`,
  'gu',
)
/**
 * Blind R78A-053: a police box or its officer said to be away at set hours (沖端交番のお巡りさんは、平日の14時〜16時ごろはパトロールで不在の
 * ことがほとんどです, 駐在所は毎週水曜の午後は留守になります): when no one is there. The hours or the weekday must be told (POLICE_AWAY_WHEN);
 * a case put (不在の場合は, 不在のときは) tells what to do, not when.
 */
const POLICE_AWAY =
  /(?:交番|駐在所|派出所|警察官|お巡りさん|おまわりさん|駐在さん)(?:は|が|も|には|の中は)?[、,]?[^。！？!?\n]{0,32}?(?:不在|留守|無人|誰もいな|誰もいませ|誰もおら|いなくな|いません|いない|おりません|おらん|おらず|空け(?:る|て|ま))/gu
const POLICE_AWAY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|[月火水木金土日]曜|平日|土日|週末|休日|祝日/u
const KEEPER_AWAY = new RegExp(
  `(?:${KEEPER})(?:さん)?(?:は|が|も|には)?[、,]?[^。！？!?\\n]{0,32}?(?:不在|留守|いなくな|いません|いない|おりません|おらん|おらず|帰(?:ります|る|って|っ(?:ちゃ|てしま))|引き上げ)`,
  'gu',
)
const KEEPER_AWAY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|[月火水木金土日]曜|平日|土日|週末|休日|祝日|夜間|深夜|夜中|夜は|未明|明け方|年末年始/u
const KEEPER_SERVICE = /問い合わせ|問合せ|ご連絡|電話|窓口|受付|手続|予約|申請|申込|申し込|受け渡し|受け取り|受取|貸し出し|貸出|ご用|ご了承|ご不便|ご迷惑|募集|求人|安心|万全|常駐(?!せず|しない|しておらず|していない|していません|なし)/u
/** After an absence: it is denied (不在になることはありません, いなくなることはない). */
const AWAY_DENIED = /^[^。！？!?\n]{0,6}?こと(?:は|も)(?:ありません|ございません|ない)/u

/**
 * Blind R83A-133: a patrol's set days or night told with its clock times (夜間パトロールは毎週火曜と金曜、23時と2時の2回出ています, 毎週月・木の
 * 22時ごろに漁港を見回っとります, 見回りは毎晩0時と3時です): whoever reads it knows when the round passes and when it does not. The watch as
 * the topic, then the days (a weekday set, 毎晩, 夜間) and a clock time, either order; or the days and the time, then the watch done.
 * A public round or a community patrol announced to residents (SERVICE_ROUND, PATROL_PUBLIC) is not one. Bounded gaps only.
 */
const SCHED_WATCH = '(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)'
const SCHED_DONE =
  '(?:(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)(?:を|に)?(?:し|行|実施|出|回)|見回(?:っ|る|ら|りま)|見まわ(?:っ|る|ら|りま)|見て回|(?<=[にをば])回(?:って|ります|る(?![数目])))'
const SCHED_DAYS =
  '(?:(?:毎週|隔週)[月火水木金土日](?:曜日?)?(?:(?:と|や|・|、|,|及び)[月火水木金土日](?:曜日?)?){0,4}|[月火水木金土日]曜日?(?:(?:と|や|・|、|,|及び)[月火水木金土日]曜日?){0,4}|毎晩|毎夜|毎夕|夜間|深夜|夜中)'
const CLOCK_AT = '(?<![0-9０-９〇零一二三四五六七八九十])(?:午前|午後|夜|深夜|翌|朝)?[0-9０-９〇零一二三四五六七八九十]{1,3}時(?:半|[0-9０-９]{1,2}分)?'
/**
 * The round's times: two or more points (23時と2時, 22時・翌3時, 21時と0時の2回), or one point the round passes at (23時ごろに, 22時に), not
 * the hour a patrol sets out from (19時から, 20時に公民館を出発: a community patrol announced, its start is public).
 */
const SCHED_CLOCK = `(?:${CLOCK_AT}(?:(?:と|、|・|,|及び|および) ?${CLOCK_AT}){1,3}|${CLOCK_AT}(?:ごろ|頃|ころ|前後)?(?![0-9０-９]|ごろ|頃|ころ|前後|半|から|より|以降|以後|まで|〜|~|～|-|－|に[^。！？!?\\n]{0,10}?(?:出発|集合|出て|出ま|集ま|解散|終了|終わ|引き上げ)))`
const PATROL_SCHEDULE = new RegExp(
  `${SCHED_WATCH}(?:は|も|[:：、,])[、,]?[^。！？!?\\n]{0,12}?(?:${SCHED_DAYS}[^。！？!?\\n]{0,16}?${SCHED_CLOCK}|${SCHED_CLOCK}[^。！？!?\\n]{0,16}?${SCHED_DAYS})` +
    `|(?:夜間|深夜|夜)の?${SCHED_WATCH}(?:は|も|[:：])[、,]?[^。！？!?\\n]{0,12}?${SCHED_CLOCK}` +
    `|${SCHED_DAYS}[^。！？!?\\n]{0,16}?${SCHED_CLOCK}[^。！？!?\\n]{0,24}?${SCHED_DONE}`,
  'gu',
)
/**
 * Blind R279G-060 kind: the city's cash moved to the bank told with its days, its time or its escort (指定金融機関への現金の搬送は、毎週火曜と
 * 金曜の15時すぎに職員2名が公用車で行っています, 売上金は毎日16時に銀行へ運んでいます): the same routine a guard's round is, told to whoever
 * would wait for it. Cash (現金, 公金, 売上金, 収納金, 釣り銭) as the thing carried (の搬送, の輸送, の運搬, を…運ぶ, 公金は…運んで), then in the sentence a
 * weekday or a daily set (CASH_WHEN), a clock time or the head count of those carrying it. A registered mail (現金書留), cash handled at a
 * counter or brought by residents (現金の取扱いは窓口で, 平日9時から窓口で受け付けます) or advice (現金を持ち歩かないで: AWARENESS) moves nothing on a schedule. Bounded gaps only.
 */
const CASH_MOVED =
  /(?:現金|公金|売上金|売り上げ金|収納金|釣り?銭|つり銭)(?:等|など)?(?:の(?:搬送|輸送|運搬|移送|回収)|(?:を|は)[^。！？!?\n]{0,24}?(?:搬送|輸送|運搬|移送|運ん|運び|運ぶ|持って(?:行|い)))|現金輸送(?!車を狙|車が襲|車強盗)/gu
/** A patrol of the public or for it (the neighbourhood's, the police's, volunteers', a walk to school) or one to join: no site's guard. */
const PATROL_PUBLIC = /消防|警察|地域|ボランティア|防犯協会|パトロール隊|自治会|町内|見守り|青色|青パト|PTA|子ども会|子供会|育成会|通学|下校|登校|交通安全|参加|募集|集合|出発式|ご協力|一緒に|いっしょに/u
/**
 * A night watch kept by the fire brigade, the neighbourhood or volunteers (消防団による夜警パトロール, 自治会の皆さんの夜警, 防犯
 * ボランティアが見張り): a public round announced so residents hear it and mind their fires, not a site's guard schedule.
 */
const COMMUNITY_WATCH =
  /(?:消防団|消防分団|分団|自治会|町内会|町内|自治公民館|行政区|地域の皆さん|地域住民|地域|防犯ボランティア|防犯協会|見守り隊|PTA|青年団|婦人会|子ども会|子供会|警察)(?:員)?(?:の皆さん|の皆様|の方々)?(?:による|の|が|と|で|では|も)[^。！？!?\n]{0,8}?(?:夜警|見張り)/u
/**
 * Blind R91A-004: where the guards stand and how many at each spot (警備員は正面入口に2名、裏口に1名とし, 正面玄関に警備員3名、通用口に
 * 1名, ガードマンさんは東門に二人・西門に一人): whoever reads it knows which way in is thinly watched. Two spots or more, each with its
 * head count (the squeezed view drops a ・ between them); a guard named without spots or counts (警備員を配置します), one count alone (警備員2名が常駐) or a job advert is not this.
 * Bounded gaps only.
 */
const POST_SPOT =
  '[^\\s。！？!?\\n、,・]{0,8}?(?:入口|入り口|出入口|出入り口|通用口|裏口|勝手口|非常口|搬入口|正門|裏門|通用門|[東西南北]門|門|ゲート|玄関|ロビー|階段|通路|駐車場|駐輪場|受付|ステージ|楽屋|控室|控え室|会場内|会場外|館内|屋外|周辺)'
const POST_COUNT = '(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})(?:名|人)|ひとり|ふたり)'
const POST_GUARD = '(?:警備員|警備スタッフ|警備担当|ガードマン|守衛|警備)(?:さん)?'
const POST_AT = '(?:に|には|へ|で|は|[:：])'
const GUARD_POSTS = new RegExp(
  `${POST_GUARD}(?:は|を|が|も|[:：])?[、,]?[^。！？!?\\n]{0,8}?${POST_SPOT}${POST_AT}?${POST_COUNT}(?:ずつ)?[^。！？!?\\n]{0,6}?(?:[、,・/]|と|及び|および)?\\s?${POST_SPOT}${POST_AT}?${POST_COUNT}(?![0-9])` +
    `|${POST_SPOT}${POST_AT}${POST_GUARD}(?:を|が)?${POST_COUNT}[^。！？!?\\n]{0,6}?(?:[、,・/]|と|及び|および)?\\s?${POST_SPOT}${POST_AT}(?:${POST_GUARD}(?:を|が)?)?${POST_COUNT}(?![0-9])`,
  'u',
)
/** A job advert for guards (警備員の募集：正面入口2名、駐車場1名): the posts are the vacancies, no site's watch told. */
const GUARD_ADVERT = /募集|求人|応募|時給|日給|月給|採用/u
/**
 * A round, also as the verb (警備員さんが22時と2時の2回しか回らない, 見て回る): not a count (2回し, 何回). Blind R225R-057 kind: the verb in kana
 * (警備員さんが23時ごろに1回まわるだけで, まわっています); not a word that holds it (身のまわり, あたりまわって).
 */
const ROUND = /巡回|見回り|見まわり|夜回り|パトロール|巡視|交代|休憩|仮眠|(?<![0-9０-９一二三四五六七八九十何数毎今前次初]|見|て)回(?:ら(?:な|ず)|り(?:ます|ません)|る(?:の|だけ|のは|(?=[。、！!]))|って(?:い|き|来|くださ|くれ|もら|おら|らっしゃ))|(?<![0-9０-９一二三四五六七八九十何数毎今前次初]|見|て)回られ|見て回|見回(?:る|ら|っ)|(?<![ぁ-づと-ゖ])まわ(?:ら(?:な|ず)|り(?:ます|ません)|る(?:の|だけ|のは|(?=[。、！!]))|って(?:い|き|来|くださ|くれ|もら|おら|らっしゃ))/u
const ABSENT = /(?:が|は|も|を)?(?:置いていな|置いてな|置かな|配置していな|配置されていな|おりません|いない|いなく|いません|おらず|不在|無人|手薄|いなくなる|帰る|帰り|引き上げ|撤収|離れ|手が回ら|空白|休み|お休み|休む|来ない|来ません|帰っ|帰宅|誰もいな|人がいな)/u
/**
 * Blind R123A-107: right after a watch word, the watch as a duty people do not turn up to (夜警に来ない団員, 見張りに参加しない人, 宿直に
 * 出てこない, 夜警をサボる): the ones absent are members who skip it, no hour the site is unwatched. Bounded.
 */
const SKIP_WATCH = /^(?:に(?:は|も)?[^。！？!?\n、,]{0,6}?(?:来な|来ませ|来ず|来ん(?![でな])|こな(?:い|か)|参加しな|参加せ|参加しませ|出な(?:い|か)|出ませ|出てこな|出てこ(?:ず|ん)|顔(?:を)?出さ)|を(?:さぼ|サボ|ずる休み|すっぽか))/u
const CLOCK = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|毎時(?:\d{1,2}|[零〇一二三四五六七八九十]{1,3})分|深夜|夜間|未明|夜中|明け方|時間帯|休日|土日|週末/u

/**
 * Blind HK-019: a lock not set on the public's own vehicle or home, told as a class in a crime statistic or a request (盗難のうち約7割は
 * 鍵をかけていない自転車でした, 鍵のかかっていない車が狙われています, 自転車の約6割は鍵がかかっていませんでした): no site of the city is
 * left open. The unlocked thing is named right after the lock's negation (UNLOCKED_CLASS_AFTER) or owns the lock just before it
 * (UNLOCKED_CLASS_BEFORE); not a vehicle the city runs (公用車, 貸出用, レンタサイクル: CITY_VEHICLE).
 */
const LOCK_NOT_SET_END = /(?:かからな|かかっていな|掛かっていな|かけていな|掛けていな|(?:かかっ|掛かっ|かけ|掛け)て(?:い|お)(?:ま|らず)|(?:かかっ|掛かっ|かけ|掛け)て(?:な|へん)|(?:かかっ|掛かっ|かけ|掛け)と(?:ら|りま)|施錠していな|施錠されていな|施錠していま|施錠しておりま|施錠しておらず|(?:施錠|ロック)(?:でき|され)てい(?:な|ま))$/u
const UNLOCKED_CLASS_AFTER = /^(?:い|かった|くて)?(?:自転車|バイク|原付|オートバイ|スクーター|自動車|車(?!庫)|クルマ|住宅|家(?!屋の中)|家屋|民家|お宅|住まい)/u
const UNLOCKED_CLASS_BEFORE = /(?:自転車|バイク|原付|オートバイ|スクーター|自動車|車|クルマ)(?:の|に|には|は)[^。！？!?\n、,]{0,10}$/u
const CITY_VEHICLE = /公用|庁用|公有|市有|貸し?出し?用|レンタ|シェアサイクル|市の(?:自転車|車)/u
/**
 * Blind ID-049: a count of theft cases as the subject of the lock's negation (自転車の盗難が相次いでいます。10月だけで12件、うち9件は鍵を
 * かけていませんでした; 被害のうち約7割は鍵がかかっていませんでした; 大半は施錠していませんでした): a crime statistic on the public's own
 * vehicles or homes, named with a theft word in the sentence or the one before (UNLOCKED_COUNT_CONTEXT). Not a count of places or rooms
 * (3か所, 2部屋: a site's doors), nor a vehicle the city runs (CITY_VEHICLE). Bounded.
 */
const UNLOCKED_COUNT_BEFORE =
  /(?:(?:約|およそ|全体の)?(?:[0-9０-９]{1,4}|[一二三四五六七八九十百]{1,3})(?:件|台|割|%|％|パーセント|人|世帯)(?:以上|近く|ほど|余り|あまり)?|(?:半数|大半|ほとんど|多く|半分|過半数|大部分|大多数)(?:以上)?)(?:では|は|が|も|で)[、,]?$/u
const THEFT_WORD = /盗難|盗まれ|窃盗|空き巣|空巣|被害|狙われ|侵入盗|車上(?:荒らし|ねらい|狙い)/u
const PUBLIC_PROPERTY = /自転車|バイク|原付|オートバイ|スクーター|自動車|(?<![公用庁])車(?!庫|両基地)|クルマ|住宅|(?<![公])家(?!屋の中)|家屋|民家|お宅|住まい/u
/**
 * Colleague's report after R78A: a door's way of opening said missing, not an alarm (玄関の自動ドアにはセンサーが付いていないので、ボタンを
 * 押して…; 扉には取っ手が付いていないので, インターホンがない): the part missing ends the match of a door word. A sensor is a door's only where
 * nothing about alarms or crime is near (ALARM_CONTEXT); a lock or a camera missing stays a gap.
 */
const DOOR_PART_MISSING =
  /^(?:裏口|通用口|勝手口|窓|扉|ドア|門)[^。！？!?\n]{0,12}?(センサー|ボタン|スイッチ|取っ手|取手|とって|ドアノブ|ノブ|ハンドル|手すり|手摺り?|表示|案内|看板|照明|ライト|電気|ストッパー|インターホン|インターフォン|呼び鈴|チャイム|点字|スロープ|庇|ひさし|網戸|カーテン|ブラインド|張り紙|貼り紙)(?:が|は|も)?[^。！？!?\n]{0,2}?(?:付いていな|ついていな|設置されていな|が?ない(?:場所|所|ので|から|のは|です)|ありません)$/u
/**
 * Blind R81A-003: a check or a round as when a fault was found (点検の際に気づいたのですが, 見回りで見つかりました, 確認したところ判明し):
 * it tells how the gap came to light; it is not a notice of maintenance (点検のため停止, 修理中) nor a request to check. Bounded.
 */
const FOUND_ON_CHECK =
  /(?:点検|確認|見回り|巡回|調査|作業)(?:の(?:際|とき|時|途中|最中)|中|時|で|を(?:し|行っ)た(?:ところ|際|とき)|した(?:ところ|際|とき))[にはも、,]?[^。！？!?\n]{0,8}?(?:気づ|気付|見つか|見つけ|判明|わかり|分かり|わかっ|分かっ)[^。！？!?\n、,]{0,12}?(?:が|けど|けれど|ところ|ので)?[、,]?/gu
/**
 * Blind R94A-030: public emergency gear (AED, 消火器, 消火栓, 救急箱, 救命浮き輪) or its case said to have no lock, right before the lock
 * word (AEDの収納ボックスには鍵も暗証番号もありません, 消火器の箱に鍵はかかっていません): it is left open by design so that anyone can use it
 * at once; no site of the city is open. The gear must own the lock (a room that holds the AED, 事務室には鍵がありません, is still a gap).
 */
const OPEN_BY_DESIGN_BEFORE =
  /(?:AED|除細動器|消火器|消火栓|救急箱|救命具|救命浮き?輪|浮き輪|避難はしご|非常用はしご|非常持ち?出し袋)(?:の|用の?)?(?:収納|格納)?(?:ボックス|ケース|箱|BOX|キャビネット|庫|扉|ふた|蓋|カバー)?(?:には|にも|は|に|の|も)?[、,]?$/u
/**
 * W10-FP-002: a fault word negated (壊れていない, 壊れておらず, 壊れてはいません, 故障していない, 故障はなく, 故障なし) tells the device works, no
 * gap; nor is ない after a verb's て form (壊れていないので, 作動していないので is read by its own words) a device missing (カメラがないので).
 */
const DEVICE_DOWN =
  /(?:防犯カメラ|監視カメラ)[^。\n]{0,30}?(?:[0-9一二三四五六七八九十]+台|一部|うち[^。\n]{0,6})(?:は|が)[^。\n]{0,10}?(?:故障(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|録画(?:が)?できていな|映っていな|動いていな|作動していな)|(?:機械警備|警備システム|防犯カメラ|監視カメラ|セキュリティカメラ|防犯センサー|人感センサー|警報装置|警報機|非常ベル|オートロック|電子錠|セキュリティ|施錠|鍵(?!アカ|垢|付きアカ|つきアカ)|カギ(?!アカ|垢)|錠(?!剤)|裏口|通用口|勝手口|窓(?!口|際|辺)|扉|ドア|(?<![水樋閘潮])門(?!限|前|家|松))(?:が|は|も|の)?[^。\n]{0,14}?(?:故障(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|こわれ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|(?<!閉め|締め|しめ|仕|区|張り|使い|振り|貸し|踏み)切って(?:あ|お|い)|オフに|ついていな|付いていな|設置されていな|(?<!しか|ほか|他|よりほか|[てで]い?)が?ない(?:場所|所|ので|から|のは|です)|ありません|作動していな|作動しな|電源を切っ|電源を落と|電源が入っていな|動いていな|動かな|映っていな|映っていま(?=せん)|映らな|映ってな|動いていま(?=せん)|作動していま(?=せん)|機能していな|機能していま(?=せん)|録画(?:が)?できていな|(?:電源|電池|充電|配線|ケーブル|コンセント|プラグ|バッテリー)(?:が|は|も)?[^。\n]{0,6}?(?:切れ|外れ|抜け)(?:たまま|てい|て)|電池切れ|(?:施錠|ロック)(?:でき|され)てい(?:な|ま(?=せん))|(?:施錠|ロック)できな|壊れたまま|録画されていな|録画していな|電源が切れ|止まって|停止中|(?:解除|開錠|解錠)(?:され|し)たまま|(?:解除|開錠|解錠)されて(?:い|お)(?!ません|な)|停止して(?:い(?!ません|な)|おり(?!ません))|(?:すべて|全て|全部|一時)?停止(?:します|いたします|する|させ|となり)|(?:ダミー|偽物|飾り)(?![^。！？!?\n]{0,2}?(?:では|じゃ|でな|だけでな|と(?:違|ちが)|との|より|に(?:見|み)))|かからな|かかっていな|掛かっていな|かけていな|掛けていな|(?:かかっ|掛かっ|かけ|掛け)て(?:い|お)(?:ま(?=せん(?![か?？]))|らず)|(?:かかっ|掛かっ|かけ|掛け)て(?:な(?!い?[か?？])|へん(?![か?？]))|(?:かかっ|掛かっ|かけ|掛け)と(?:らん(?![か?？])|りま(?=せん(?![か?？])))|無施錠|(?:施錠|ロック)(?:は|も)?(?:なし|無し)(?!で(?:は|も)?(?:ありません|ない|なく))|閉まらな|開いたまま|開けっ放し|開けっぱなし|あけっぱなし|施錠していな|施錠されていな|施錠していま(?=せん)|施錠しておりま(?=せん)|施錠しておらず)/gu

/**
 * A way in left open: a broken fence or gate (フェンスが一部破損しており), then anyone can walk in (自由に出入りできる状態).
 */
/** A camera's public view stopped (公開を停止, 配信を停止, ライブ映像の表示を停止): the stream, not the watch. */
const STREAM_STOPPED = /(?:公開|配信|ライブ|放映|表示|掲載|閲覧)(?:を|は|も)?(?:一時)?(?:停止|休止|止め|中止)/u
const OPEN_WAY =
  /(?:フェンス|柵|さく|塀|門扉|ゲート|金網|シャッター|窓ガラス|扉|ドア)(?:の一部)?(?:が|は|も)?[^。！？!?\n]{0,10}?(?:破損(?!し?て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん))|(?:は|も)?(?:なく|なし|無く|無し|ない|ありません|ございません|見られ|見当たら))|破れ|やぶれ|壊れ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|こわれ(?!て(?:は|も)?(?:い|お)?(?:な|ま(?=せん)|らず|りま(?=せん)))|倒れ|外れ|穴が(?:開|あ)|隙間が|開いたまま|開けっ放し)[^。！？!?\n]{0,30}?(?:自由に|誰でも|だれでも|簡単に|容易に|夜間(?:も|は)?)[^。！？!?\n]{0,6}?(?:出入り|入れ|入る|侵入|立ち入|通り抜け)(?:でき|可能|られ)?/gu
/**
 * Blind R325C-016/025/057 kinds (pisec60): a way into a site said to be left open or unlocked as a habit, for the hours no one is by
 * (車庫のシャッターは開けたまま出ることが多く, 仮眠室へ続く裏口は…夜の間はドアストッパーで少しだけ開けてあります, 搬入口のシャッターは前日の
 * 夕方から鍵をかけずに下ろしたままにしています, 通用口は夜も施錠せずにおいています): whoever reads it knows which door to try, and when.
 * The way in (a back or side door, a loading bay, a shutter, a garage, a gate) is the topic or the object; then, within the sentence, the
 * state: left open (開けたまま, 開けっ放し, 開けてあります, ストッパーで) or not locked (鍵をかけずに, 施錠せず, 無施錠). Left open counts only
 * with a time no one is by (夜, 出動, 留守, 前日から, 閉館後, いつも); unlocked counts as it is. Not a door opened for air or heat (換気,
 * 熱中症), a hall open to visitors (どなたでも, お越し, 開館中), a shelter, the public's own homes and vehicles, advice or a question, a habit
 * said mended (今後は…徹底), nor the state denied (開けたままにはしていません). Bounded: at most 48 characters between the way and the state.
 */
const LEFT_WAY =
  '(?:裏口|裏門|正門|校門|表門|(?:東|西|南|北)門|通用口|通用門|勝手口|非常口|搬入口|搬出口|搬入出口|荷(?:捌|さば)き場|職員(?:用)?(?:出)?入り?口|(?:東|西|南|北)側?の?(?:出)?入り?口|出入り?口|入り?口|玄関|扉|ドア|(?<![\\p{Script=Han}])戸|(?<![水樋閘\\p{Script=Han}])門|ゲート|シャッター|窓(?!口|際|辺)|車庫|ガレージ|倉庫|物置|書庫)'
const LEFT_UNLOCKED =
  '(?:鍵|カギ|かぎ|錠|ロック)(?:を|も|は)?(?:かけ|掛け|締め|しめ|閉め)(?:ず|ないで|ないまま|ん(?=まま|で))|(?:施錠|ロック)(?:を|も)?(?:せず|しないで|しないまま|しておらず|されておらず|されないまま)|無施錠(?:で|の|のまま)'
const LEFT_OPENED =
  '(?:開け|あけ|開い|あい)(?:たまま|た状態|っぱなし|っ放し)|開け放(?:し|った)|開放したまま|(?:ドア|戸)?ストッパー(?:で|を(?:かけ|掛け|挟))'
/** Opened, said bare (開けてあります, 開けています, 開けとる): left open only at night or while no one is by. */
const LEFT_OPENED_BARE = '(?:開け|あけ)(?:て(?:あり|あっ|ある|おき|おい|おく|おり|おる|い(?:ます|る))|と(?:る|り|き|い|ー)|ちょ(?:る|り|き))'
const LEFT_OPEN = new RegExp(`${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,48}?(?:(${LEFT_UNLOCKED})|(${LEFT_OPENED})|${LEFT_OPENED_BARE})`, 'gu')
/**
 * Blind R376Z-016 kind: a way into a site said to be shut by nothing more than a chain, a rope or a wire (裏の搬入口もチェーンを掛けて
 * いるだけの状態, 倉庫の扉はロープで縛ってあるだけです, 通用門は針金で留めとるだけ, 裏口はチェーンしか掛けていません): how little keeps
 * anyone out. The state as it stands (…ている, …てある, …とる), not how to fasten a thing (チェーンを掛けるだけで固定できます), not advice
 * or a comparison (…だけでは不十分です, だけでなく南京錠も).
 */
const LOOSE_FASTENER = 'チェーン|鎖|くさり|ロープ|ひも|紐|ヒモ|針金|はりがね|結束バンド|ワイヤー|かんぬき|閂|つっかえ棒|つっかい棒'
const FASTENING = '(?:掛け|かけ|巻き?付け|巻い|まい|縛っ|しばっ|括っ|くくっ|留め|とめ|止め|結ん|むすん|通し)'
const FASTENED_ONLY = new RegExp(
  `${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,16}?(?:${LOOSE_FASTENER})(?:を|で|が)?[、,]?${FASTENING}(?:(?:て|で)(?:いる|る|ある|おる|ます|あります|おります|いた|あった|いました|ありました)?|(?:と|ど|ちょ)(?:る|ります))(?:だけ|のみ)|` +
    `${LEFT_WAY}(?:は|も|を|が|には|にも|の)?[、,]?[^。！？!?\\n]{0,16}?(?:${LOOSE_FASTENER})(?:で)?しか${FASTENING}(?:て|で)?(?:い|お)?(?:ない|ません|らず|らん)`,
  'gu',
)
/** What keeps it from being told as the state: not only that, not enough, enough to fix a thing. */
const FASTENED_NOT_ONLY = /^(?:で(?:は|も)?なく|じゃなく|では|じゃ(?:ない|なく|だめ|ダメ)|で(?:大丈夫|十分|簡単|固定|しっかり|OK|オーケー|でき))/u
/** When no one is by: at night, while out on a call, away, from the day before, after closing. */
const LEFT_NIGHT = /夜|夕方から|前日|一晩|朝まで|翌朝|未明|出動|出場|留守|不在|無人|帰(?:署|庁|所)|戻るまで|帰るまで|閉館後|閉庁後|閉店後|閉場後|終業後|退庁後|休日|休館日|休校日|土日|週末|連休|年末年始/u
/** …or as a habit, for a door left open (開けたまま, 開けっ放し): いつも, 普段, ことが多い. */
const LEFT_HABIT = /いつも|常に|ずっと|普段|ふだん|日頃|毎日|毎晩|ことが多/u
/**
 * Blind R404D-002 kind: …or because the lock, card reader or entry control that keeps it shut is out of order (カードリーダーが故障中のため、
 * 修理が終わるまでは扉を開けたままにしています, 電子錠が壊れているので通用口を開けっ放しにしています): the room's control is off for days.
 */
const LEFT_LOCK_DOWN =
  /(?:カードリーダー|カード錠|電子錠|オートロック|入退室管理|(?:顔|指紋|静脈|生体)認証|認証(?:装置|端末|機)|テンキー|暗証番号錠|セキュリティゲート|(?<![\p{Script=Han}])錠(?!剤)|鍵(?!アカ|垢)|カギ|(?<![ァ-ヴ])ロック)(?:が|は|も|の)?[^。！？!?\n]{0,8}?(?:故障|壊れ|こわれ|不具合|不調|使えな|効かな|利かな|反応しな|作動しな|かからな|掛からな)/u
/** A door opened for air or heat, a hall open to visitors, a shelter, the public's own home or vehicle. */
const LEFT_NOT = /換気|空気の入れ|風通し|熱中症|暑さ対策|冷房|網戸|どなたでも|ご自由|お気軽|いつでも|お越し|お入り|ご来場|ご来館|ご来庁|ご利用|入場|見学|開館中|開庁中|営業中|開催中|受付時間|受付|窓口|営業|開庁|開館|お待ち|ご用|診療|急患|救急外来|避難(?:所|者|され|して)|寝(?:る|て|ると|た)|就寝|ご自宅|ご家庭|自宅|お宅|住宅|家の|民家|自転車|バイク|(?<![公用庁救消])車(?!庫)|高齢者|今後は|徹底|改め|見直|改善|是正/u

/**
 * Blind R82A-039: a gate or a site whose watch is told, said at set hours to have no one watching it (15時〜16時の西門付近は実質だれも
 * 見ていない状態になります, 正門は7時半まで誰も見とらん, 水門は夜間、見張る人がいません, 校門前は目が届かなくなります): whoever reads it knows
 * when and where no one looks. The places: a school's or a site's gate, a sluice or a pumping station (the side ways in are SIDE_ENTRANCE).
 */
const WATCHED_SITE = '正門|校門|表門|(?<![\\p{Script=Han}])門(?:の?前|付近|周辺)|水門|樋門|閘門|排水機場|ポンプ場|浄水場|配水池|取水口|資材置き?場|資材ヤード'
/**
 * No one watching, in any register: 誰も見ていない, だれも見とらん, 見る人がいない, 見張る人がいません, 目が届かない. Blind R186D-055: nobody
 * posted there (裏の搬入口は10時から11時半まで誰もつかない配置, 誰も立っていません): the guard's post left empty for those hours.
 */
const NOBODY_WATCHING =
  '(?:誰|だれ)も(?:見て(?:い|お)(?:ない|なく|ません|りません|らず|らん)|見てな(?:い|く)|見と(?:らん|らへん|りません)|見ちょらん|見張って(?:い|お)(?:ない|ません|りません|らず))|' +
  '(?:誰|だれ)も(?:(?:つか|付か|立た)(?:ない|なく|ず|ん|へん)|(?:つき|付き|立ち)ません|(?:つい|付い|立っ)て(?:い|お)(?:ない|なく|ません|りません|らず|らん))|(?:見る|見張る|見守る|立つ)(?:人|者|職員|大人)(?:が|は|も)?(?:いな|いませ|おら|おりませ)|目が(?:届かな|届きませ|行き届かな|行き届きませ)'
/**
 * A building said to be empty: 夜10時以降は庁舎に誰もいなくなります, 夜間の支所は無人です; or a way into a site left unwatched
 * for set hours (裏手の搬入口は11時から12時の間は人がいなくなります, 通用口は夜8時以降は誰もいません). Blind R376Z-016 kind: nobody
 * counted as not one (夜10時から朝6時まではセンターに職員がひとりもおらず, 閉館後は一人もいません).
 */
/**
 * Round 52: a way into a venue besides its front, where staff and goods pass (楽屋口, 関係者入口, 西門, 東側出入口, 搬入出口):
 * 15時以降は楽屋口が無人になります tells when it is open to anyone. Said thinly watched (手薄), too: only of such a way in.
 */
const SIDE_ENTRANCE =
  '搬入口|搬出口|搬入出口|通用口|通用門|裏口|裏門|勝手口|非常口|職員口|職員(?:用)?(?:入口|出入口)|楽屋口|楽屋(?:の)?(?:入口|入り口|出入口)|楽屋|(?:関係者|スタッフ|出演者)(?:用|専用)?(?:入口|入り口|出入口|出入り口|口)|(?:東|西|南|北)(?:側)?(?:の)?(?:入口|入り口|出入口|出入り口|通用口|ゲート)|(?<![\\p{Script=Han}])(?:東|西|南|北|側)門|バックヤード|舞台裏|荷(?:捌|さば)き場'
/**
 * Blind R389N-019 kind: nobody said to stay on (センターの2階は17時以降だれも残っていません, 誰も残らん): the building empty then. Not a
 * check that none is left (誰も残っていないことを確認, 残っていないか), nor a request (誰も残らないよう).
 */
const NOBODY_STAYS = '(?:誰|だれ)も残(?:って(?:いない|いません|おりません|おらず|おらん|ない)|ら(?:ない|ず|ん))(?!か(?!ら)|こと|よう|の?を?確認)'
/**
 * Blind R442T-011 kind: no staff said to be stationed at a named place for set hours (…センターは、19時から翌朝8時までは職員が常駐して
 * おらず無人になります; 倉庫は夜間、管理人が常駐していません): when it holds goods with no one there. A place staffed around the clock
 * (24時間職員が常駐しています), opening hours alone (受付は9時〜17時) and a notice that calls go unanswered (ご了承ください) stay clean.
 */
const NOT_STATIONED = '(?:職員|警備員|管理人|守衛|係員|スタッフ|人)(?:が|も|は)?常駐して(?:おらず|いない|いません|おりません|おらん|ない)'
/** A service paused or a caller asked to bear with it, in the sentence of an unstaffed place or the next one (see findPhysical). */
const SERVICE_PAUSED = /(?:電話|お電話|窓口|受付|ご相談|お問い合わせ)(?:は|が|も|の)?[^。！？!?\n]{0,8}?(?:つながり(?:ません|にくく)|つながらな|繋がり(?:ません|にくく)|繋がらな|お受けでき|受けられませ|受け付けておりませ|受け付けていませ|休み|お休み|停止)|対応(?:でき(?:ません|かね)|いたしかね|致しかね)|翌開庁日|翌営業日|ご不便を|ご理解|ご了承/u
/** Goods, cash or stock said to be held at the place: its empty hours are a gap to a thief however they are worded. */
const GOODS_HELD = /保管|物資|現金|金庫|備品|貴重品|在庫|機材|置いて(?:あ|い|お)/u
const EMPTY_BUILDING = new RegExp(
  `(?:庁舎|本庁舎|支所|出張所|施設|館内|事務所|倉庫|格納庫|車庫|建物|役所|市役所|公民館|体育館|図書館|センター|資料館|校舎|社務所|寺務所|詰所|集会所|集会場|公会堂|会館|管理棟|管理室|守衛室|宿直室|本堂|境内|${SIDE_ENTRANCE}|${WATCHED_SITE})(?:に|は|内は|の中は|には|も|が)?[^。！？!?\\n]{0,14}?(?:無人|(?:誰|だれ)もいな|(?:誰|だれ)もいませ|誰も居な|(?:誰|だれ)もおらず|(?:誰|だれ)もおりませ|(?:誰|だれ)もおら(?:ん|へん)|人がいな|人がいませ|人が居な|人がおら(?:ん|へん)|職員がいな|職員がいませ|職員も帰|(?:ひとり|一人|1人|独り)も(?:いな|いませ|居な|おらず|おりませ|おら(?:ん|へん))|空っぽ|もぬけの殻|手薄|${NOBODY_STAYS}|${NOBODY_WATCHING}|${NOT_STATIONED})`,
  'gu',
)
const SIDE_ENTRANCE_AT = new RegExp(`^(?:${SIDE_ENTRANCE})`, 'u')
/**
 * Blind R414P-058 kind: a building said to be empty over given days, the days told in the sentence or the one before and taken up by
 * その間 / 期間中 / 両日 (11月16日（土）〜17日（日）は研修旅行です。その間、詰所は誰もいなくなります; 3日から5日まで倉庫は無人になります):
 * when it can be entered. A day alone with no span or back reference (5月3日の清掃では…誰もいないか確認) is not this; a check that none is
 * left stays clean (NOBODY_STAYS).
 */
const EMPTY_DAYS_BACK = /その間|その期間|期間中|両日|留守(?:の間|中)|不在(?:の間|中)|(?:旅行|研修|出張|遠征|合宿)(?:中|の間)/u
const EMPTY_DAYS_DATE = /[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日[（(][月火水木金土日]|[（(][月火水木金土日](?:曜)?(?:日)?[）)]|[月火水木金土日]曜日?(?:から|〜|～|-)|[〜～][0-9０-９]{1,2}日/u
const EMPTY_DAYS_SPAN = /[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日(?:[（(][月火水木金土日][）)])?[〜～\-]|[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日(?:[（(][月火水木金土日][）)])?から[0-9０-９]{1,2}(?:月[0-9０-９]{1,2})?日/u
/** The reassurance is about emergencies covered by others (有事の際は近隣の分団がカバー), no watch on the building. */
const COVER_NOT_WATCH = /有事|災害|火災|出動|緊急|急病|カバー/u
const EMPTY_WATCH_WORD = /警備|巡回|見回り|パトロール|施錠|戸締|鍵|カメラ|センサー|通報|セキュリティ|管理会社|宿直|当直/u
/**
 * Blind R416R-023 kind: a site said to be unattended as a rule (ふだん無人で, 普段は誰もいなくて, 常時無人の), then its only round told by a
 * weekday or a part of the day (職員の見回りは毎週火曜の午前中だけ, 巡回は月曜と木曜の午後のみ, 見回りは土曜の朝しか来ません): the rest of the
 * week is when no one comes. A round told without だけ / のみ / しか, an unattended station or shop (無人駅, 無人販売所) and a public
 * patrol (消防団, 自治会: PUBLIC_ROUND) are not this.
 */
const ROUND_ONLY_WHEN = /^(?:は|も|が|に)?[、,]?[^。！？!?\n]{0,12}?(?:[月火水木金土日](?:曜)?|午前|午後|朝|昼|夕方|夜|週末|平日|月初|月末)(?:日)?(?:の)?(?:午前|午後|朝|昼|夕方|夜)?(?:中|の間)?(?:に)?(?:1回|一回|１回|1度|一度)?(?:だけ|のみ|しか)/u
const UNMANNED_SITE = /(?:ふだん|普段|ふだんは|普段は|通常|通常は|常時|日頃|日ごろ|いつも|基本的に|基本)[、,]?(?:は)?[、,]?(?:無人|(?:誰|だれ)も(?:いな|いませ|おら|おりませ)|人が(?:いな|いませ|おら))/u
/** When it is empty: a night, an hour, after closing. */
const EMPTY_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|夜間|深夜|夜中|未明|明け方|夜は|夜に|以降|閉館後|閉庁後|終業後|退庁後|週末の夜|年末年始/u
/**
 * Blind R58A: where the watch cameras are and which spots of a site have none (防犯カメラを設置しておりますが、正門と体育館裏の2か所のみで、
 * プール側と北側の通用門には設置しておりません; カメラがあるのは正面玄関だけで、裏口には付いていません; センサーは1階のみ、2階の窓には
 * ついとらん). The camera named, then only (のみ, だけ, しか) some spots, then a spot of the site (a gate, a door, a side, a wing, a floor) with
 * no camera. A class of places spared (個人宅には設置しておりません, トイレや更衣室には) is no spot of a site.
 */
const CAMERA_SPOT = '(?:門|口|側|裏|裏手|棟|階|駐車場|駐輪場|通路|倉庫|プール|広場|校庭|グラウンド|体育館|廊下|沿い|付近|周辺|窓|出入口|入口|入り口)'
const CAMERA_NOT_SET =
  '(?:設置|取り?付け|取付)(?:して|されて|られて)?(?:い|お)?(?:ません|ない|らず|りません|ないです)|(?:付いて|ついて|付けて|つけて)(?:い|お)?(?:ません|ない|らず|りません)|(?:付いと|ついと|付けと|つけと|ついちょ|付いちょ)(?:らん|らへん|らん(?:けん|です))|(?:カメラ|センサー)?(?:が|は)?(?:ない|ありません|なか)(?![^。！？!?\\n]{0,2}(?:か|？|\\?))'
const CAMERA_ONLY_THERE = `(?:防犯カメラ|監視カメラ|カメラ|防犯センサー|センサー)[^。！？!?\\n]{0,40}?(?:のみ|だけ|しか)[^。！？!?\\n]{0,30}?${CAMERA_SPOT}(?:には|は|に)[、,]?(?:まだ|一台も|1台も|何も)?(?:${CAMERA_NOT_SET})`
/**
 * Blind R161A-013: where a secret is written down or kept in the office, told to those who are to use it (パスワードは課の共有フォルダの
 * メモにあります, 暗証番号は係長の机の引き出しのノートに書いてあります, PWは共有フォルダの一覧表に保存しとるけん): anyone who reads the post
 * learns where to find it. The secret is the topic, then a staff keeping place (a folder, a file, a note, a ledger, a drawer, a desk) and a
 * verb of being kept there. Blind R321C-038 kind: 合言葉 is such a secret, and the spot may be a part of the thing named (合言葉は係の皆さんの
 * 机のマットの下に挟んである, パスワードはキーボードの裏に貼ってあります). What was sent to the reader (お送りした通知書に記載しています, 同封の用紙に) is the reader's own (SENT_TO_READER),
 * and advice not to keep it so (ノートなどに書き残さないでください) teaches.
 */
const SECRET_KEPT_AT =
  String.raw`(?:パスワード|暗証番号|PW|パスコード|PIN|ログイン情報|認証情報|合言葉|合い言葉|あいことば)(?:は|も)[、,]?[^。！？!?\n]{0,16}?(?:共有フォルダ|フォルダ|ファイル|メモ|ノート|手帳|付箋|ふせん|台帳|一覧表?|引き出し|ひきだし|机|デスク|キャビネット|ロッカー|ホワイトボード|エクセル|Excel|スプレッドシート|マット|下敷き|キーボード|モニター|ディスプレイ|カレンダー|[「『][^」』\n]{0,20}(?:\.(?:xlsx?|docx?|txt|csv|pdf)|フォルダ|ファイル|メモ|一覧)[」』])(?:の[^\s。！？!?\n、,]{1,8}?)?(?:の中)?(?:に|へ)(?:あります|ある(?!か)|あり|書いて|書いと|書いちょ|記載(?:して|されて)|メモして|保存(?:して|されて|しと)|入って|入れて|入れと|載って|貼って|貼り付け|まとめて|挟んで|挟んど|はさんで|はさんど|挟まって|はさまって|置いて|置いと|しまって|隠して|かくして)`
/** A network for guests (無料Wi-Fi, フリーWi-Fi, 来館者用, お客様用, 公衆無線LAN). */
const GUEST_NETWORK = /(?:無料|フリー|Free|来館者用?|来場者用?|来庁者用?|利用者用?|お客様用?|ゲスト用?|公衆)(?:の)?\s?(?:Wi-?Fi|ワイファイ|無線LAN|ネット)|(?:Wi-?Fi|ワイファイ|無線LAN)[^。！？!?\n]{0,10}(?:無料|ご自由|どなたでも)/iu
/** What a watchword kept on a desk opens: a system, an account, a device or a lock (not a venue's 入口 or 門). */
const WATCHWORD_OPENS = /錠|ロック|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|キーボックス|端末|タブレット|パソコン|PC|スマホ|システム|管理画面|アカウント|ログイン|サインイン|(?<![A-Za-z])ID|Wi-?Fi|ネットワーク|サーバ/iu
/** A game's or a campaign's watchword (スタンプラリー, クイズ, 謎解き, キャンペーン, 抽選): no secret. */
const WATCHWORD_GAME = /ラリー|クイズ|謎解き|なぞとき|キャンペーン|スタンプ|抽選|プレゼント|景品|イベント|ゲーム|宝探し|運動|標語|スローガン/u
/** Sent or handed to the reader (お送りした通知書, 同封の用紙, お手元の, ご自身で): the reader's own secret, no office's. */
const SENT_TO_READER = /お送り|送付|郵送|同封|お手元|ご自身|ご本人|お渡し|通知書|届いた|届きました|案内状|ご登録|登録時/u
const KEPT_AT_FORM = new RegExp(`^${SECRET_KEPT_AT}$`, 'u')
/**
 * Blind R162I-059: the board or the note named first, then a secret said to be written or to show there (ホワイトボードには今週の当番表と、
 * 交付端末のログイン情報がびっしり！, 付箋にはパスワードが書いてあって, 黒板に暗証番号が丸見え): a photo of the office or a tour of its back
 * room hands the secret out. A check asked (付箋にパスワードが書かれていないか確認), advice (ホワイトボードにパスワードを書かないで: を, not が)
 * and a board with no secret (当番表がびっしり) are not this.
 */
const SECRET_ON_BOARD =
  String.raw`(?:ホワイトボード|黒板|付箋|ふせん|メモ|貼り紙|張り紙)(?:に|には|にも)[、,]?[^。！？!?\n]{0,24}?(?:パスワード|暗証番号|PW|パスコード|ログイン情報|認証情報|ログインID)(?:が|も)[、,]?(?:そのまま|堂々と|全部|ぜんぶ|しっかり|大きく|手書きで)?(?:びっしり|ずらり|ずらっと|ばっちり|はっきり|丸見え|まるみえ|書いて|書かれ|書いと|書いちょ|貼って|貼られ|残って|並んで|載って|写って|見えて)(?![^。！？!?\n]{0,5}?(?:ない|ません|ず|なく|ん(?:か|よう)))` +
  // Blind R168A-085: the note or the board named as the topic, then said with the copula to be the secret (モニターの横の黄色い付箋、
  // 職員用Wi-Fiのパスワードなんです; 机のメモは金庫の暗証番号です): what the photo shows is the secret itself. Blind R378B-039 kind: the
  // note as the subject (付箋が…のパスワード一覧です), the word spaced out letter by letter (パ ス ワ ー ド). 「…ではありません」, a question
  // and a secret word run on to another noun (パスワード変更のお知らせです) are not this.
  String.raw`|(?:付箋|ふせん|メモ|メモ用紙|貼り紙|張り紙|ホワイトボード|黒板)(?:[、,]|は|って|も|が)[^。！？!?\n]{0,20}?(?:パ ?ス ?ワ ?ー ?ド|暗証番号|PW|パスコード|ログイン情報|認証情報|ログインID) ?(?:一覧|リスト)?(?:なんです|なんだ|なの|です|でした|だよ|やけん|やけ|ばい|だ(?=[。！!\s（(]|$)|や(?=[。！!\s（(]|$))(?![^。！？!?\n]{0,3}?(?:か|？|\?))`

/**
 * Weak spots told in other words: what a camera does not cover (カメラは正面にしかない, 死角), a secret left at its
 * factory value (パスワードは初期設定のまま), a staff room anyone can walk into, a secret written on a note by the screen;
 * the spots of a site a camera is not set at (CAMERA_ONLY_THERE).
 */
const WEAK_SPOT = new RegExp(
  String.raw`(?:パスワード|暗証番号|PW|パス)(?:は|を|が)?[^。！？!?\n]{0,12}?(?:生年月日|誕生日|電話番号|職員番号|社員番号|内線番号|名前|氏名|ユーザー?名|ID)(?:の)?(?:下)?(?:[0-9０-９一二三四五六七八]{1,2}桁)?(?:と|に)(?:して(?:い|お)(?:ます|る)|設定(?:して(?:い|お)(?:ます|る)|しました|した)|しました|した(?:[。、]|$)|統一(?:して|しました|した))(?![^。！？!?\n]{0,3}(?:か|？|\?))|(?:パスワード|暗証番号|PW|パス|pasuwa-?a?do|password)(?:は|が|も)?[^。！？!?\n]{0,12}?(?:開設時|作成時|導入時|設置時|設定時|最初|初期|当初)(?:の|から)[^。！？!?\n]{0,24}?(?:まま|変えて(?:い)?な|変更して(?:い)?な|変更されて(?:い)?な)|(?:防犯カメラ|監視カメラ)[^。！？!?\n]{0,40}?(?:が|は)映らない(?:状態|ため|ので|期間|ところ|場所)|(?:防犯カメラ|監視カメラ)(?:は|が|も)(?![^。！？!?\n]{0,6}(?:故障|壊れ))[^。！？!?\n]{0,32}?(?:を|は)(?:映して|映って|撮影して|カバーして|写して)(?:いません|いない|おりません|おらず)|(?:防犯カメラ|監視カメラ|カメラ|センサー)(?:は|が)?[^。！？!?\n]{0,12}?(?:しか|だけ)(?:ない|ありません|付いていな|ついていな|設置していな|設置されていな|映らな|映っていな|映りませ)|(?:防犯カメラ|監視カメラ|センサー)(?:は|が)[^。！？!?\n]{0,24}?(?:のみ|だけ)(?:で|です|。|、)[^。！？!?\n]{0,20}?(?:には|は)(?:設置|取り付け|付け)(?:して|られて|されて)?(?:いません|いない|おりません|ありません)|`+CAMERA_ONLY_THERE+String.raw`|(?:防犯カメラ|監視カメラ|カメラ)の死角|死角(?:は|が|になって|になる|になっと|になっちょ|となって|となる(?!やす|がち)|だらけ|です|でした|でして|やけん|ばい|たい|なん(?:です|だ|よ|や|じゃ|で)|なの(?:です|よ|で)?|だ(?=[。！!、,よねし\s]|$)|や(?=[。！!、,ねよ\s]|$)|で[、,])|(?:誰でも|だれでも|自由に)[^。！？!?\n]{0,10}?(?:入れ|入り込め|出入りでき|立ち入れ|侵入でき|降りられ|上がれ|登れ|通れ|開けられ)(?:て(?:しま[うい]|しまっ|しも)|ちゃ[うい]|ちゃっ)|(?:パスワード|暗証番号|PW|パス|PIN|ID)(?:は|が|も)?[^。！？!?\n]{0,8}?(?:初期設定|初期値|初期パスワード|デフォルト|工場出荷時|購入時)(?:の)?(?:まま|から変えて|から変更して)|(?:サーバー?室|電算室|事務室|金庫室|執務室|通用口|裏口|勝手口|職員(?:用)?(?:入口|通用口)|書庫|宿直室|会計室)[^。！？!?\n]{0,12}?(?:誰でも|だれでも|ノーチェックで|フリーパスで)(?:入れ|入室|入館|出入り|開け|通れ)|(?:パスワード|暗証番号|PW|パス)(?:は|を|が)?[^。！？!?\n]{0,12}?(?:付箋|ふせん|メモ|紙|ホワイトボード)(?:に書|に貼|に張|に残|で貼)|`+SECRET_KEPT_AT+'|'+SECRET_ON_BOARD,
  'gu',
)
/** The note form of WEAK_SPOT (パスワードを付箋に書いて). */
const NOTE_FORM = /(?:付箋|ふせん|メモ|紙|ホワイトボード)(?:に書|に貼|に張|に残|で貼)$/u
/**
 * Blind R99A-150: what follows the note form, up to the end of its quoted or listed item, is a do-not (…モニターに貼らない」, …貼らないこと,
 * …机に置かない』, 書かず): the verb's plain negative, then the item's end (a closing bracket, など, a line end). Blind R108A-040: or the
 * do-not asked outright (付箋に書いてモニターに貼らないでください, 紙に書かないでね, メモに残さないようにお願いします, 貼ってはいけません):
 * a request not to do it, no secret told where it is. Bounded.
 */
/**
 * Blind R333S-042 kind: the note form asked of the reader as a habit to check (パスワードを付箋に書いてパソコンに貼っていませんか,
 * 暗証番号を紙に書いて財布に入れていないでしょうか, …貼っている方はいませんか, …貼ってない？): an awareness question, no secret's place told.
 * Only a question that closes the clause (ませんか, ないですか, ないでしょうか, ない？); a statement (…貼っています) stays a weakness.
 */
const NOTE_ASKED = /^[^。！？!?\n「」『』]{0,24}?(?:ません(?:でしょう)?か|ないですか|ないでしょうか|ない(?:かな)?[？?])(?=[。．？?！!\s」』]|$)/u
const NOTE_DONT =
  /^(?:[かさら]|[^。！？!?\n「」『』]{0,16}?(?:貼ら|張ら|はら|置か|残さ|書か|し|せ|出さ|見せ))(?:(?:ない(?:こと|ように|よう)?|ず|ぬ|んこと)\s?(?:[」』]|など|等|[。．]?\s*(?:\n|$))|ないで(?:ください|下さい|くださ|ね|な(?![ぁ-ゖ])|ほし|欲し|いただ|もらえ|くれ|[。！!]|$)|ないよう(?:に)?(?:して|お願い|しましょう|ご注意|注意|気を))|^[^。！？!?\n「」『』]{0,16}?[てで]は(?:いけ|だめ|ダメ|なら|なり)/u
/**
 * Blind R339W-039 kind: the note form as one item of a list of do-nots in a lesson or a training report (パスワードを付箋に書いて貼らない、
 * 共有フォルダの情報を外に持ち出さないなど、基本をあらためて確認しました; …モニターに貼らない・机に置きっぱなしにしないといったルール):
 * the verb's plain negative right after it, then 、 or ・, and another plain negative closing an item later in the sentence (…ないなど,
 * …ないといった, …ない、, …ないこと). A statement of what is done (…貼っていて、…) stays a weakness. Bounded.
 */
const NOTE_DONT_LISTED =
  /^(?:[かさら]|[^。！？!?\n「」『』]{0,16}?(?:貼ら|張ら|はら|置か|残さ|書か|し|せ|出さ|見せ|入れ|いれ|挟ま|はさま|持ち歩か))(?:ない|ず)[、,・](?=[^。！？!?\n]{0,60}?(?:ない|ず)(?:など|等|といった|とか|こと|[、,・」』]))/u
/**
 * Blind R99A-085: where the watch cameras are told, then a spot of the site said to have none yet (防犯カメラは正面玄関と2階の会計課前に
 * 設置しています。裏手の職員駐輪場側にはまだ付いていませんが, 北側の勝手口にはまだ設置できておらん, 裏の倉庫側の通路にはカメラがありません):
 * a blind spot told, whatever is planned for it. The spot ends in a spot's word (CAMERA_SPOT) and is the topic (には, は); then not set (a
 * verb of setting or fitting negated, or the camera said to be absent). Not a class of places (ご家庭, 個人宅, トイレ), not a camera set
 * there now (設置しました), not a question. Group 1: the spot. Bounded gaps only.
 */
const CAMERA_NOT_FITTED =
  '(?:設置|取り?付け|取付)(?:して|されて|られて|できて|できと|でき)?(?:い|お)?(?:ません|ない|らず|りません|ないです|らん)|(?:付いて|ついて|付けて|つけて)(?:い|お)?(?:ません|ない|らず|りません)|(?:付いと|ついと|付けと|つけと|ついちょ|付いちょ)(?:らん|らへん)|(?:防犯|監視)?カメラ(?:が|は)?(?:ない|無い|ありません|ございません|なか)'
const NO_CAMERA_SPOT = new RegExp(
  `([^\\s。！？!?\\n、,「」『』]{1,20}?${CAMERA_SPOT})(?:には|は|にも|の方には|のほうには)[、,]?(?:(?:まだ|今のところ|いまのところ|現在|現状|一台も|1台も|まったく|全く)[、,]?){0,2}(?:(?:防犯|監視)?カメラ(?:が|は|も)?)?(?:${CAMERA_NOT_FITTED})(?![^。！？!?\\n]{0,2}(?:か[。？?！!]|か$|？|\\?))`,
  'gu',
)
/** A class of places (homes, rooms kept private) or a camera set there now: no blind spot of a site told. */
const NO_CAMERA_NOT_GAP = /ご家庭|ご自宅|自宅|お宅|個人宅|住宅|民家|トイレ|更衣室|浴室|授乳室|プライバシー|補助|助成|設置しました|取り付けました|付けました|設置済み|設置が完了/u
const NO_PASS = '(?:が|は|を|も)?(?:家に|うちに|自宅に)?(?:なくても|無くても|なくっても|なしでも|無しでも|なしで|無しで|のうても|なかっても|なかっちゃ|忘れても|わすれても|忘れとっても|忘れてても|持って(?:い)?なくても|持ってこなくても|持ってきてなくても|持っとらんでも|持っとらんくても|かざさなくても|通さなくても)'
/*
 * Blind R325C-034 kind (pisec60): …or past it to the floors inside (職員証がなくても病棟まで上がれる造り, IDカードなしでも2階の事務室まで行けて
 * しまう, 入館証を持っていなくても奥まで入り込める): the way up or on, as 入れる is the way in.
 */
// Blind R368R-019 kind: …or the pass itself handed over for the name alone (守衛室で名前を言えば、予備のカードを貸してもらえます, 入館証を
// 出してくれる, カードキーが借りられる): whoever says a name walks in with it.
const GET_IN = '(?:(?:カード|キー|鍵|カギ|入館証|通行証|入構証|職員証|社員証)(?:を|が)?(?:貸して|かして|渡して|出して|発行して)(?:もら|くれ|いただ)|(?:カード|キー|鍵|カギ|入館証|通行証|入構証|職員証|社員証)(?:を|が)?(?:借りられ|かりられ|借りれ)|入れ(?:て(?:もら|くれ|いただ|くださ)|ます|る|ちゃ|た(?!ら))|入(?:館|室|庁|構)(?:でき|させて|OK|可能)|通して(?:もら|くれ|いただ|くださ)|通(?:れ(?:ます|る)|り抜けでき)|開けて(?:もら|くれ|いただ|くださ)|(?:上がれ|あがれ|上れ|のぼれ|行け|いけ|進め|入り込め|立ち入れ|たどり着け|辿り着け)(?:ます|る|て(?:しま|しも)|ちゃ))'
const NAME_SAID = '[」』](?:と|って|っち|て)(?:言え|いえ|言う|言や|名乗れ|名乗る|伝えれ|言ったら|いったら|名乗ったら|言うたら)(?:ば|と)?|(?:名前|氏名|所属|課名)(?:を|ば)?(?:言え|いえ|名乗れ|伝えれ|言ったら|言うたら)(?:ば)?'
const ENTRY_BYPASS = new RegExp(`${STAFF_PASS}${NO_PASS}[、,]?[^。！？!?\\n]{0,30}?${GET_IN}|(?:${NAME_SAID})[、,]?[^。！？!?\\n]{0,30}?${GET_IN}`, 'gu')
/** What a staff member's words are in the quote before 「…」と言えば: who they are (総務の者です, 市民課の職員です, 業者です). */
const STAFF_SAID = /(?:者|職員|関係者|業者|担当|担当者|課|係)(?:です|だ|や|ですが|ですけど)?$/u
/** Getting in as the public may (どなたでも, ご来庁の方), a rule that keeps people out, or the gap said closed. */
const BYPASS_NOT_GAP = /どなたでも|ご来庁|来庁者|来館者|お客様|一般の方|市民の方|ご利用いただけ|見学|改修|改善|対策を|是正|見直し|設置しました|厳格化|徹底/u
/**
 * Blind R70A-004: the watch cameras said to be only at the spots named (カメラは三橋町中山の農道入口の電柱と、大和町六合の排水機場横の
 * 2か所だけなので, 防犯カメラがあるのは東口と駐輪場だけやけん, 監視カメラは公園の入口に1台のみです): whoever reads it knows where the
 * watch is and that it is nowhere else. The camera (or a security sensor) as the topic, or what it is set at; then the spots, with a count
 * of places or a spot's word; then だけ or のみ ending the statement or giving a reason (not だけでなく, だけを撮影, のみ提供), or しか with a
 * negative. Group 1: the spots. Bounded: the spots are at most 48 characters.
 */
const CAMERA_ONLY_AT = new RegExp(
  '(?:防犯カメラ|監視カメラ|見守りカメラ|カメラ|防犯センサー|侵入センサー|人感センサー|センサー)' +
    '(?:は|が|が(?:ある|あります|付いて(?:い|お)る|ついて(?:い|お)る|ついとる|設置されて(?:い|お)る|設置して(?:い|お)る)(?:の|所|場所|ところ)は|を(?:設置|取り付け)して(?:い|お)る(?:の|所|場所|ところ)は|の設置(?:場所|箇所|か所)は' +
    // Blind R400Z-047 kind: what the camera films told as a cleft after it (防犯カメラ、映っているのは正面玄関と受付だけで; カメラで撮影して
    // いる範囲は…のみ): the spots filmed, and nothing else.
    '|(?:は|が|に|で)?[、,]?(?:[^。！？!?\\n]{0,8}?)(?:映って|写って|撮影して|録画して|カバーして|撮って)(?:い|お)?る(?:の|ところ|場所|範囲)は)[、,]?' +
    '([^。！？!?\\n]{2,48}?)' +
    '(?:(?:だけ|のみ)(?:なので|なんで|やけん|やけ|やき|ばい|たい|だから|だし|ですので|ですから|ですが|だが|でして|で[、,]|です|でございます|(?:と|に)なって|だ(?=[。！!、,\\s]|$)|(?=[。！!\\n]|$)' +
    // Blind R172A-058: the watch said to run at those spots only (正面玄関と駐輪場の2台だけの運用になります, 2か所のみでの稼働となります,
    // 東口の1台だけに減らします).
    '|(?:で|での)?の?(?:運用|稼働|体制|配置)(?:に|と)(?:なり|なる|なっ|し(?:ます|た))|で(?:運用|稼働)(?:し|され|する)|に(?:減ら|減り|減る|減っ|縮小|絞))' +
    '|しか(?:ない|なく|無い|無く|ありません|ございません|なか|ありゃせん|(?:設置|取り付け)(?:して|されて)(?:い|お)(?:ない|ません|りません)|(?:付いて|ついて)(?:い)?な|(?:付いて|ついて)(?:い)?ませ|ついとら|付いとら))',
  'gu',
)
/** What the spots before だけ hold: a count of places or cameras, or a spot's word. */
const ONLY_SPOT = /か所|カ所|ヶ所|ケ所|箇所|ヵ所|[0-9０-９一二三四五六七八九十]台|門|口|側|裏|棟|階|駐車場|駐輪場|通路|倉庫|広場|校庭|体育館|廊下|沿い|付近|周辺|玄関|前|横|脇|交差点|電柱|公園|駅|町|通り|道|堤防|河川敷|エリア|地区|区域/u
const DUMMY_CAMERA = new RegExp(
  '(?:本物|ほんもの|ホンモノ|(?:本当に|実際に|ちゃんと|きちんと)(?:録画|撮影|作動|動い|映|写)[^。！？!?\\n]{0,6}?(?:の|もの|カメラ|やつ))(?:は|が)[、,]?[^。！？!?\\n]{1,40}?(?:だけ|のみ|しか)(?!でなく|じゃなく|ではなく)' +
    '|((?:カメラ|センサー)|(?:残り|のこり|その他|そのほか|ほか|他|あと|それ以外|一部|半分|半数|大半|ほとんど|(?<![0-9０-９])[0-9０-９一二三四五六七八九十]{1,3}台))(?:は|が|も|[、,])[、,]?[^。！？!?\\n「」『』]{0,8}?' +
    DUMMY_WORD +
    '(?![^。！？!?\\n]{0,2}?(?:では|じゃ|でな|でも|と(?:違|ちが|は|の)|との|より|を|に(?:見|み)|か(?:どうか|[。？?！!]|$)))',
  'gu',
)
/**
 * Blind R72A-108: a way into a site (非常口, 通用口, 裏口, 搬入口, 2階の窓, シャッター) said to have no alarm sensor, alarm or watch camera,
 * where the rest of the site has one (体育館の機械警備は毎晩21時にセットされますが、裏の倉庫側の非常口だけはセンサーが付いていないので、
 * …そちらから出入りしてください; 勝手口だけはセンサーがついとらん; 西側の職員通用口には防犯センサーが設置されておりません; 裏口はセンサーの
 * 対象外): whoever reads it knows the way in that sets nothing off. Also the other order (センサーが付いていないのは裏口だけ). Group 1 or 2:
 * the way in. A sensor light (センサーライト) is no alarm. Bounded gaps only.
 */
const WAY_IN = `${SIDE_ENTRANCE}|出入口|出入り口|入口|入り口|(?:[0-9一二三四五六七八九]階の)?窓(?!口|際|辺|側)|シャッター|天窓|ガラス戸`
const NO_ALARM_AT = new RegExp(
  `(${WAY_IN})(?:だけ|のみ)?(?:には|は|も|にも|だけは|のみは)?[、,]?[^。！？!?\\n]{0,10}?${ALARM_DEVICE}(?:が|は|も)?[、,]?${ALARM_ABSENT}` +
    `|${ALARM_DEVICE}(?:が|の)?${ALARM_ABSENT}(?:のは|所は|ところは|場所は)[、,]?[^。！？!?\\n]{0,16}?(${WAY_IN})`,
  'gu',
)
/**
 * Blind R85A-003: an alarm sensor or a machine watch said to be off until, or not armed before, a set hour (収蔵庫の赤外線センサーは夜10時に
 * ならないと入らないので, 警報装置は21時までは切ってあります, 機械警備がセットされるのは23時以降やけん, 22時までは防犯センサーが解除されとる):
 * whoever reads it knows when the site sets nothing off. The hour is a clock time; the device is ALARM_DEVICE (no sensor light). A case put, a
 * household's own alarm and sensors added are not this (ALARM_NOT_GAP). Bounded gaps only.
 */
const ALARM_HOUR = '(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半|[0-9]{1,2}分)?'
const ALARM_NOT_ON = '(?:入ら(?:な|ん)|入りませ|入っていな|入ってな|入っとら|作動し(?:な|ませ)|作動せ(?:ん|ず)|作動していな|セットされ(?:な|ませ|ていな|とら)|かから(?:な|ん)|かかりませ|かかっていな|効か(?:な|ん)|オンにならな)'
const ALARM_OFF = '(?:切って(?:あ|お|い)|切っと|切れて(?:い|お)|切れと|オフに(?:して|なって|しと|なっと)|オフ(?:です|だ|や|の)|解除(?:して|されて|しと|されと)(?:い|お|あ)?|止めて(?:あ|い|お)|止めと|止まって(?:い|お)|停止して(?:い|お))'
const ALARM_OFF_HOURS = new RegExp(
  `${ALARM_DEVICE}(?:は|が|も)?[、,]?[^。！？!?\\n]{0,16}?${ALARM_HOUR}(?:に|を)?(?:ならないと|ならんと|ならなければ|ならなきゃ|なるまで(?:は)?|過ぎないと|過ぎんと|まで(?:は|の間は?)?|前は|以前は)[、,]?[^。！？!?\\n]{0,6}?(?:${ALARM_NOT_ON}|${ALARM_OFF})` +
    `|${ALARM_DEVICE}(?:が|を)?(?:入る|入れる|作動する|セットされる|セットする|かかる|オンになる)のは[、,]?[^。！？!?\\n]{0,8}?${ALARM_HOUR}(?:から|以降|過ぎ|になってから|を過ぎてから)` +
    `|${ALARM_HOUR}(?:まで(?:は|の間は?)?|になるまで(?:は)?)[、,]?[^。！？!?\\n]{0,12}?${ALARM_DEVICE}(?:は|が|も)?[、,]?(?:${ALARM_NOT_ON}|${ALARM_OFF})`,
  'gu',
)
/**
 * Blind R317C-004 kind: a building's alarm or machine watch said to be disarmed at a set hour or for set days, as a routine (文化会館の
 * 機械警備は、平日は朝7時に自動で解除されます, 土日は…金曜の夜から月曜の朝まで解除したままにしています, 警備システムは毎朝8時半に職員が
 * 解除します, 防犯センサーは土日は切ってあります, 機械警備の解除は毎朝7時です): whoever reads it knows when the building sets nothing off.
 * The system is an alarm (ALARM_DEVICE, a guard or security system, a guard company's name), never a weather 警報 or a door's lock (a
 * door unlocked at opening time is the public's hours); the time is a clock time or a run of days or nights; then the system disarmed,
 * switched off or stopped. A maintenance notice, a case put, a household's alarm or sensors added (ALARM_NOT_GAP, DISARM_NOTICE) are not
 * this. Bounded gaps only.
 */
const ARMED_SYSTEM = `(?:${ALARM_DEVICE}|(?:防犯|警備|セキュリティ|機械警備)(?:システム|装置)|セキュリティ(?:ー)?システム|セコム|ALSOK|アルソック)`
const DISARM_SPAN =
  '(?:(?:毎週)?[月火水木金土日]曜(?:日)?|土日|週末|休日|祝日|平日|夜間|年末年始|連休|閉館日|休館日)(?:の(?:夜|晩|朝|夕方|昼|午前|午後))?'
const DISARM_WHEN = `(?:(?:毎朝|毎晩|毎日|朝|夜|夕方|午前|午後)?${ALARM_HOUR}|${DISARM_SPAN}(?:から|〜|~|－|-)[^。！？!?\\n]{0,12}?(?:まで|の間)|${DISARM_SPAN}(?:は|の間は?|中は?))`
const DISARM_VERB =
  '(?:解除(?:され(?:ます|る|た|て|と|[、,])|し(?:ます|て|た|と|ちょ|[、,])|いたし|となり|になり|状態|の?まま)|(?:切|き)(?:れ(?:ます|る|て)|って(?:あ|い|お)|っと|っちょ|ったまま|られ)|オフ(?:に(?:なり|なる|なっ|し|され)|状態|の?まま)|止ま(?:り|る|っ)|停止(?:し|され))'
const ALARM_DISARMED = new RegExp(
  `${ARMED_SYSTEM}(?:は|が|も|を)?[、,]?[^。！？!?\\n]{0,20}?${DISARM_WHEN}[、,]?[^。！？!?\\n]{0,12}?${DISARM_VERB}` +
    `|${DISARM_WHEN}[、,]?[^。！？!?\\n]{0,12}?${ARMED_SYSTEM}(?:は|が|を|も)?[、,]?[^。！？!?\\n]{0,8}?${DISARM_VERB}` +
    `|${ARMED_SYSTEM}の?(?:解除|オフ)(?:の)?(?:時刻|時間)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${ALARM_HOUR}`,
  'gu',
)

/**
 * Blind R60A-068: 死角 as a road-safety term: what a driver cannot see from the seat or in the mirrors of a turning lorry (大型車の
 * 左折時には、運転席から見えない死角があります; トラックのすぐ横は死角になります). A camera's 死角 (防犯カメラの死角) is never this.
 */
const ROAD_BLIND_SPOT =
  /運転席|運転手|運転者|ドライバー|ミラー|左折|右折|バック(?:する|時|の際)|後退|大型車|トラック|ダンプ|車両|自動車|バス(?:の|から)|内輪差|巻き込|交差点|歩行者|交通安全|横断/u
/**
 * Blind R73A-046: a 死角 said reduced or gone, right after it (死角が減り, 死角が少なくなりました, 死角がほとんどなくなった, 死角は大幅に減って
 * おります, 死角が解消): what was done is told, no spot is left; not one said not reduced (死角が減っていない, 減るどころか). Bounded.
 */
const BLIND_SPOT_REDUCED = /^死角(?:が|は|も)[、,]?[^。！？!?\n、,]{0,8}?(?:減(?:り|る|っ|ら|少)|少なく|すくなく|なくな|無くな|消え|解消|改善)(?![^。！？!?\n]{0,4}?(?:ていな|ていませ|ておらず|ておら|ません|ない|ず|どころか|とら|ちょら|てへん))/u
/**
 * Colleague's report after R78A: a gap said to remain (死角が解消されていません, まだ解消できていない, 今も死角が残っています, 解消できとらん):
 * a word of improvement in the sentence (解消, 増設, 強化) does not make it one told done. Not a check asked (解消されていないか点検).
 * Blind R163A-060: also said with 現在も or 今でも, or a spot said to be a 死角 now while more cameras are only planned (…駐車場にかけては
 * カメラの死角となっているため、来年度に増設する予定です): the spot stays unwatched until then. A gap said closed (死角となっていた駐輪場に
 * 増設しました) and cameras planned to leave no gap (死角をなくすため増設する予定) are not this.
 */
const GAP_REMAINS =
  /(?:解消|改善|なくな|無くな|なくせ|減)(?:さ|し|でき|され)?[^。！？!?\n]{0,3}?(?:ていな|ていませ|ておらず|ておりませ|てな|ません|ず(?!み)|ない(?!よう)|とらん|ちょらん)(?!い?か)|(?:まだ|今も|いまも|現在も|今でも|いまでも|今なお|現状(?:でも|も)|いまだ|未だ|依然|相変わらず)[^。！？!?\n]{0,12}?(?:死角|残|映ら|映って)|死角(?:が|は|も)?[^。！？!?\n]{0,6}?残(?:って|り|る|った)|死角(?:と|に)(?:なって|なっと)(?:いる|おり|います|る)(?:ため|ので|けん|から|が|けど|[、,])[^。！？!?\n]{0,40}?(?:予定|計画|見込み|検討して|検討中)/u
/**
 * Blind R126A-149: a watch camera said to be off, every night or after a set hour (夜は電源落ちるので0時以降は映りません, 夜間は録画して
 * いません, 22時〜翌6時は停止しています, 深夜は電源を切っています): whoever reads it knows when the site is unwatched. The hours come first
 * (a recurring time as the topic), the camera's being off right after. A one-off stop for maintenance (点検のため…停止します) is a notice.
 */
const OFF_HOURS =
  /(?:(?:毎晩|毎夜|夜間|夜中|深夜|夜|休日|土日|週末|閉庁後|閉館後|営業時間外|時間外)(?:帯)?(?:の間)?|(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半)?(?:以降|以後|過ぎ|すぎ|から(?:翌朝?)?[^。！？!?\n]{0,8}?まで|[〜~\-－―ー](?:翌朝?)?(?:[0-9]{1,2}|[〇零一二三四五六七八九十]{1,3})時(?:半)?(?:まで)?))(?:は|の間は|中は|も)[、,]?(?:[^。！？!?\n]{0,10}?)(?:映ら(?:ない|ず|へん|ん)|映りません|映って(?:い)?な|映っとら|写らな|写りません|撮れな|撮れません|録画(?:を)?(?:して(?:い|お)(?:な|ません|りません|らず)|されていな|されません|しな|しません|できな|できません)|(?:電源|スイッチ)(?:が|を|は)?(?:切れ|切っ|切ら|落ち|落と|入っていな|入っとら|オフ)|(?:停止|止ま|止め|休止)(?:して|し|っ|て|ま)|作動していな|作動しな|動いていな|動かな|動いとら)/gu
/** Blind R355C-028 kind: a camera's direction or angle said changed or off (向きが変わって, 角度がずれ, 向きがそれて). Bounded. */
const CAMERA_TURNED = /(?:向き|角度|画角|方向)(?:が|を|も)?[^。！？!?\n]{0,4}?(?:変わ|かわ|変え|ずれ|ズレ|それ|外れ|動い|傾い)/u
/**
 * Blind R358F-005 kind: opening a locked place wanted (開けたいとき, 入りたい場合), then a hidden spot to search (…の下段にある缶の中を探して
 * ください, 植木鉢の下をのぞいて): the key's hiding place without the word 鍵. Bounded.
 */
const SEARCH_TO_OPEN =
  /(?:開け|あけ|開錠し|解錠し|入り)たい(?:とき|時|場合|際)(?:は|には)?[、,]?([^。！？!?\n]{2,48}?(?:中|なか|下|した|裏|うら|奥|後ろ|うしろ|内側))(?:を|に)[^。！？!?\n]{0,4}?(?:探|さが|のぞ|覗|手を入れ|取り出)/gu
/** A locked place a key opens (倉庫, 扉, 通用口, 金庫, 物置), named before the wish to open it. */
const OPENED_PLACE = /倉庫|物置|保管庫|書庫|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|門|ゲート|シャッター|小屋|集会所|公民館|部屋|室(?!内)/u
const OFF_HOURS_NOTICE = /点検|工事|修理|改修|メンテナンス|保守|交換|更新作業|停電(?:のため|に伴)|予定(?:です|しています)|お知らせ|ご不便|ご迷惑/u

/** A spot of a site a camera may miss (北側フェンス沿い, 裏の駐輪場, 東棟, 搬入口), not a kind of place (物陰, 夜道, 暗い場所). */
const FILMED_SPOT = new RegExp(`${CAMERA_SPOT}|搬入口|通用口|トイレ|フェンス|塀|敷地|奥`, 'u')

/** A place left out of the guards' round: 裏門側は巡回ルートに含まれていない, 別館は見回りしていません, 東側は警備の範囲外. */
const UNPATROLLED =
  /(?:巡回|見回り|見まわり|巡視|夜回り|パトロール|警備)の?(?:ルート|範囲|対象|区域|コース|エリア)(?:に|には|から|の)?(?:は|も)?[、,]?(?:含まれていな|含まれておらず|含まれておりませ|含まれていませ|含まれませ|含めていな|含めておりませ|入っていな|入っておらず|入っていませ|入りませ|外れ|外(?:です|である|だ|で|と|に|。|、|$))|(?:側|裏|裏手|奥|棟|館|階|口|門|通路|駐車場|駐輪場|倉庫|沿い|付近|周辺|エリア|広場|裏庭|建物)(?:は|まで|には|の方は|までは)[、,]?[^。！？!?\n]{0,10}?(?:巡回|見回り|見まわり|巡視|警備)(?:して(?:い|お)(?:な|らず|りませ|ませ)|しな|しませ|されていな|されておらず|されません|が(?:及ば|届か|行き届いていな|回ら|手薄)|の(?:対象外|範囲外))/gu
/**
 * A round that is a public service, not a watch: 移動図書館の巡回ルート, 巡回バス, 巡回健診, ごみ収集, 給水車の巡回. A water station
 * (給水所, 給水拠点) is a site watched, not a service going round (blind R67A-125: 給水所の夜の見回りは２３時と３時の２回だけ).
 */
/** Blind R92A-046: a service vehicle named (みずのわ号, すいごう号: a kana name with 号) or its running told (運行, 停車, 運休, ステーション). */
export const SERVICE_VEHICLE = /[ぁ-んァ-ヴー]{2,}号(?![室館棟線])|運行|停車|運休|ステーション/u
/** Guards, a watch or crime named: a round is the watch's, whatever vehicle is named. */
export const GUARD_NAMED = /警備|守衛|警戒|防犯|夜間|深夜|夜回り|見回り|不審/u
const PUBLIC_ROUND = /図書館|バス|健診|検診|保健|相談|収集|ごみ|ゴミ|訪問|移動|給水(?!所|場|拠点|ポイント|基地|タンク)|指導|消防|警察|パトロール隊|ボランティア|自治会|町内/u
const THIN_STAFF =
  /(?:職員|スタッフ|支援員|指導員|相談員|管理人|宿直|当直|夜勤|警備員|守衛|係員|担当)(?:は|が|も)?[^。！？!?\n]{0,8}?(?<![0-9])(?:(?:1|一|ひとり)(?:名|人)?(?:の?(?:体制|態勢|勤務|配置)|だけ|のみ|しか)|(?:2|二|ふたり)(?:名|人)?(?:だけ|のみ|しか)|(?:1|一)(?:名|人)(?=なので|なん(?:で|です)|だから|ですので|ですから|でして|です|やけん|だけん|ばってん|だけど|ですが)|ひとり(?=なので|なん(?:で|です)|だから|ですので|ですから|でして|です|やけん|だけん|ばってん|だけど|ですが))|(?<![0-9])(?:1|一|ひとり)(?:名|人)(?:体制|態勢)|ワンオペ/gu
/**
 * The site so staffed (in the sentence or the one before). Blind R378B-050 kind: also where cash is taken in or handed over (現金の受け取りを
 * …会議室でやります。当日は職員2人だけで、警備員さんは15時で帰られる): the money is what the thin watch leaves open.
 */
const STAFFED_SITE = /施設|シェルター|避難所|保護所|庁舎|本庁|支所|出張所|センター|倉庫|保管庫|寮|宿舎|ホーム|公民館|体育館|給水所|拠点|事務所|会場|公民館|会館|館内|展示室|展示|博物館|美術館|資料館|記念館|収蔵庫|文書館|現金の?(?:受け取り|受取|受け渡し|受渡し|取り扱い|取扱い|収納|保管|管理)/u
/** When: a night, set hours (a night shift names it too). */
const THIN_WHEN = /\d{1,2}時|\d{1,2}:\d{2}|夜間|深夜|夜中|未明|明け方|夜は|夜に|夜の|以降|閉館後|閉庁後|終業後|退庁後|休日|土日|週末|年末年始|夜勤|宿直|当直/u
/** A phone line or a counter short of staff (つながりにくい, お待たせする), a job advert, or staff added: no site's watch told. */
const THIN_NOT_WATCH = /電話|ダイヤル|コールセンター|窓口|受付時間|お待たせ|お時間を|つながりにく|募集|求人|応募|時給|月給|増員|強化|以上/u

/** The sentence `s` up to the reason connective that ends the statement at or after `end`, or the whole sentence without one. */
/** Blind R138I-101: a watch camera said not to film a named spot (防犯カメラは東側出入口を映していない), as WEAK_SPOT matches it. */
const CAMERA_NOT_COVER = /^(?:防犯カメラ|監視カメラ)(?:は|が|も)[^。！？!?\n]{1,32}?(?:を|は)(?:映して|映って|撮影して|カバーして|写して)(?:いません|いない|おりません|おらず)$/u
/** What a watch camera spares for privacy (顔, 個人のお宅, 住宅の窓, ナンバー), not a spot of the site it watches. */
const CAMERA_PRIVACY = /顔|人物|個人|ナンバー|プライバシー|住宅|民家|住居|お宅|私有地|室内|家の中|画面/u
/** A camera's filming verb said not done to what it names (…を映していないので, 撮影していないから): a DEVICE_DOWN ending. */
const CAMERA_SPARED = /^(?:防犯カメラ|監視カメラ|セキュリティカメラ)[^。\n]{0,20}?(?:を|は)(?:映して|写して|撮影して|撮って|録画して)(?:い|お)?(?:な|ませ|りませ)/u
/**
 * Blind R440R-015 kind: some of a site's watch cameras, pinned by where they are (北側の3台（…寄り）, 駐輪場側の2台, 裏門の1台, うち
 * 東口寄りの2台), said not to record, film or run yet (まだ録画できていません, 録画していない状態です, 稼働していません, 映像が記録されて
 * いません): whoever reads it knows which spot goes unwatched until the work ends. DEVICE_DOWN reads a fault word near the count; this
 * reads the recording not yet started, a reason (配線工事が遅れていて) between. What stays clean: cameras installed or all running
 * (全台稼働しました), recording said started or restored (録画を開始しました, 復旧しました), a count with no spot (市内120台のうち8台),
 * a question, and a camera that does not record homes for privacy.
 */
const CAMERA_NOT_RECORDING =
  /(?:防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|カメラ)[^。！？!?\n]{0,40}?(?:[0-9０-９一二三四五六七八九十]{1,3}台|一部|うち)[^。！？!?\n]{0,40}?(?:まだ|未だ|いまだ|今のところ|いまのところ|現在|現状|当面|しばらく)[、,]?[^。！？!?\n]{0,6}?(?:録画|撮影|記録|稼働|作動|運用|接続|通電)(?:が|は|も)?(?:でき|し|され)?(?:て(?:い|お)(?:ません|ない|らず|なく)|てな(?:い|く)|とらん|ちょらん|ません|ない(?:状態|まま|ので|ため|です))/gu
/** …at a spot: a side, a gate or way in, a place by, or a bracketed place. */
const CAMERA_UNRECORDED_SPOT = /[東西南北]側|[東西南北](?:口|門|端)|寄り|付近|近く|周辺|入口|入り口|出入口|出入り口|通用口|裏口|裏門|正門|駐輪場|駐車場|裏手|奥|側の|前の|[（(][^）)\n]{2,20}[）)]/u
/** …or the gap said closed, a question or a privacy note. */
const CAMERA_NOT_RECORDING_OUT = /稼働しました|稼働を開始しました|録画を開始しました|復旧しました|復旧済み|解消しました|解消されました|[か][？?。]|？|\?|プライバシー|住宅|民家/u
/** A post's bracketed label (【注意喚起】, 【お知らせ】) at the head of a statement. */
const POST_LABEL = /^[\s]*【[^】\n]{1,12}】/u

export function findPhysical(doc: Doc, has: Uint8Array, emit: (f: DraftFinding) => void, quoted?: Span[], reported?: Span[]): void {
  const t = doc.squeezed.text
  if (has[W.key]) {
    for (const m of hitsOf(KEY_NOUN, t)) {
      const from = m.index + m[0].length
      const stop = t.slice(from, from + 40).search(/[。！!？?\n]/u)
      const seg = t.slice(from, stop < 0 ? from + 40 : from + stop)
      const first = KEPT.exec(seg)
      if (!first || KEY_NOT_KEPT.test(unstaffed(seg))) continue
      if (/^(?:かけ|掛け|閉め|しめ|忘れ)/u.test(seg)) continue
      // A card key as the object (カードキーをケースに入れて首から下げて) is carried or used; only said where it lies (カードキーは…) is it kept.
      if (m[0].endsWith('を') && CARD_KEY_AT_START.test(m[0])) continue
      // Blind HL-101: a keeping said not done (車の鍵は車内に保管せず、持ち歩きましょう, 郵便受けに入れずに): no place told; where the
      // key is kept instead may follow (金庫に入れず、机の引き出しに入れています): the place is then read after the negation.
      let kept: RegExpExecArray | null = first
      let keptAt = first.index
      let placeFrom = 0
      for (let k = 0; kept && k < 3; k++) {
        const not = KEPT_NOT.exec(seg.slice(keptAt + kept[0].length, keptAt + kept[0].length + 10))
        if (!not) break
        placeFrom = keptAt + kept[0].length + not[0].length
        kept = KEPT.exec(seg.slice(placeFrom))
        keptAt = kept ? placeFrom + kept.index : -1
      }
      // Review sec58 kind: a bare carrier (封筒に入れて総務課で保管) or a manner (選挙管理委員会が厳重に保管) is no spot: read on for one.
      for (let k = 0; kept && k < 3 && KEY_NO_SPOT.test(seg.slice(placeFrom, keptAt).replace(/^[、,\s]+/u, '')); k++) {
        placeFrom = keptAt + kept[0].length
        kept = KEPT.exec(seg.slice(placeFrom))
        keptAt = kept ? placeFrom + kept.index : -1
      }
      // Blind R373W-033 kind: a room walked into on the way (事務室に入って左側、…の奥にある缶に, 倉庫に入ってすぐ右の棚に) is a route
      // to the spot, not where the key lies: read on past it for the spot.
      // If no spot follows the route, the room itself stays the place read.
      for (let k = 0; kept && k < 2 && WALK_IN_ROUTE.test(seg.slice(keptAt)); k++) {
        const onFrom = keptAt + kept[0].length
        const on = KEPT.exec(seg.slice(onFrom))
        if (!on) break
        placeFrom = onFrom
        kept = on
        keptAt = onFrom + on.index
      }
      if (!kept) continue
      const place = seg.slice(placeFrom, keptAt).replace(/^[、,\s]+/u, '')
      if (place.length === 0 || CARRIED.test(place)) continue
      if (MOVED.test(kept[0]) && (!MOVED_TO_SPOT.test(place) || /を/u.test(place) || KEY_SECURED.test(unstaffed(place)))) continue
      if (PUT_BACK.test(kept[0]) && (KEY_SECURED.test(unstaffed(place)) || NO_PLACE_TOLD.test(place) || /自宅|ご家庭|お宅|車の中|車内/u.test(place))) continue
      // A key locked away or with a keeper (鍵は事務室の金庫に保管しています), with no code, time or way in: reassurance, no spot.
      if (keptInSafe(place, kept[0], sentenceText(t, m.index, from + keptAt + kept[0].length))) continue
      // A container named with no spot around it (カードキーは、専用のケースで管理しています): where it lies is not told.
      if (/^で/u.test(kept[0]) && !CONTAINER_AT_SPOT.test(place.replace(/(?:封筒|袋|箱|缶|ケース|キャビネット|棚|段|段目|ファイル|ポーチ|巾着)$/u, ''))) continue
      let end = from + keptAt + kept[0].length
      // Through the verb's ending: 置いてあります, 入れてます.
      end = kanaTail(t, end, 8)
      end -= /(?:ので|から|けど|のに|けれど)$/u.exec(t.slice(end - 3, end))?.[0].length ?? 0
      // Advice (鍵を植木鉢の下に隠すのは危険です) teaches; a statement (合鍵は植木鉢の下にあるので、なくさないよう
      // 注意して) tells where the key is, whatever the rest of the sentence says.
      // …or a negated one (保管しないようにしましょう, 置かないでください, 置いていませんか, in dialect 入れんでください).
      // Blind R185A-024: the window read is cut a few characters past the verb; its cut is no end of the text, so a word that opens
      // with ない just after it (…かくしてあるんだ〜🔑 ないしょだよ) is no negation ending the sentence.
      const verbTail = t.slice(from + keptAt, end + 6) + (end + 6 < t.length ? '…' : '')
      const advice = /^(?:のは|ことは|ことが|ないで|ないよう|たり|ては|のはやめ)/u.test(t.slice(end, end + 6)) || /(?:ない|ません)(?:よう|で|か)|ましょう|ない(?:こと)?(?:[。．！!\n]|$)|(?<![うくぐすつぬぶむる])ん(?:で|ごと)(?:くだ|下さ|ほし|お願)/u.test(verbTail)
      const statement = m[0].endsWith('を') === false
      if (advice || (!statement && SAFETY_ADVICE.test(sentenceText(t, m.index, from)))) continue
      const span = doc.fromSqueezed(m.index, end)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[0].slice(0, -1), place } })
    }
    // The place before the key: 消火器の箱に鍵を置いてあります, 植木鉢の下に合鍵を入れています.
    for (const m of hitsOf(KEY_PUT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const advice = /^(?:のは|ことは|ないで|ないよう|たり|ては)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))
      if (advice || KEY_NOT_KEPT.test(unstaffed(m[0])) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(m[1]!) || CARRIED.test(m[1]!) || (/^(?:戻|もど)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && (KEY_SECURED.test(unstaffed(m[1]!)) || NO_PLACE_TOLD.test(m[1]!)))) continue
      // A bare spare (予備, スペア) is a key's only after the key is named in the sentence, and not one kept at a desk or in a locked box.
      if (/^(?:予備|スペア)$/u.test(m[2]!) && (!SPARE_OF_KEY.test(t.slice(s.start, m.index)) || KEY_SECURED.test(unstaffed(m[1]!)))) continue
      // A time before 鍵をかけ (昼間に鍵をかけていない住宅, 外出時に鍵をかけて): the key locks a door then, it is hung nowhere.
      if (/^(?:掛け|かけ)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && TIME_NOT_PLACE.test(m[1]!)) continue
      // A door or a lockable thing before 鍵をかけ (帰るときはドアに鍵をかけてください, 自転車に鍵をかけて): the key locks it, it hangs nowhere.
      if (/^(?:掛け|かけ)/u.test(m[0].slice(m[0].indexOf('を') + 1)) && LOCKED_THING.test(m[1]!)) continue
      // Review sec58 kinds: a key put in a safe or with a keeper, told with no code, time or way in (事務室の金庫に鍵を保管しています), and a
      // putting denied (公民館には、共用の鍵を置いていません): no spot told.
      if (keptInSafe(m[1]!.replace(/^[^]*は[、,]?/u, ''), '', sentence) || /^(?:ません|ない|なかった|なく|ず)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: /^(?:予備|スペア)$/u.test(m[2]!) ? `${m[2]!}の鍵` : m[2]!, place: m[1]! } })
    }
    // The key named by where it lies (植木鉢の下にある鍵をお使いください).
    for (const m of hitsOf(KEY_AT, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // The place is what follows the topic (市長室の金庫は|秘書課の机の二段目に入っている合鍵: the safe is what it opens).
      const place = m[1]!.replace(/^[^]*は/u, '')
      if (KEY_SECURED.test(unstaffed(place)) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(place) || CARRIED.test(place)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[2]!, place: m[1]! } })
    }
    // The key said to be at a place (玄関横の消火器ボックスの中に鍵がありますので).
    for (const m of hitsOf(KEY_THERE, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const place = m[1]!.replace(/^[^]*は/u, '')
      if (KEY_SECURED.test(unstaffed(place)) || KEY_NOT_KEPT.test(unstaffed(place)) || SAFETY_ADVICE.test(sentence) || /自宅|ご家庭|お宅|車の中|車内/u.test(place) || CARRIED.test(place)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: m[2]!, place: m[1]! } })
    }
    for (const m of hitsOf(KEY_PLACE, t)) {
      const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 30)
      const place = /^[^。！!？?\n]{2,30}?(?=です|だよ|だ|。|！|!|$)/u.exec(rest)
      if (!place || /秘密|非公開|お答え|お伝え|担当/u.test(place[0])) continue
      // A household checklist's do-not (鍵の隠し場所は家族以外に教えないこと) tells no place.
      if (HOUSEHOLD_DONT.test(sentenceText(t, m.index, m.index + m[0].length)) && !CITY_SITE.test(sentenceText(t, m.index, m.index + m[0].length))) continue
      if (SAFETY_ADVICE.test(sentenceText(t, m.index, m.index + m[0].length))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length + place[0].length)
      emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: '鍵', place: place[0] } })
    }
  }
  // Blind R358F-005 kind: the key left unnamed, the reader told where to search to open a locked place (倉庫を開けたいときは、消火栓
  // ボックスの下段にある缶の中を探してください): the hiding spot is told all the same.
  for (const m of hitsOf(SEARCH_TO_OPEN, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const before = t.slice(Math.max(0, s.start - 60), m.index)
    if (!OPENED_PLACE.test(before) || KEY_SECURED.test(unstaffed(m[1]!)) || SAFETY_ADVICE.test(t.slice(s.start, s.end))) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/key-location', start: span.start, end: span.end, data: { key: '鍵', place: m[1]!.replace(/^[、,\s]+/u, '') } })
  }
  // Weak spots already told (squeezed offsets): a camera gap is told once.
  const weak: Array<{ start: number; end: number }> = []
  /** Whether squeezed [start, end) overlaps a weak spot already told. */
  const toldWeak = (start: number, end: number): boolean => weak.some((o) => o.start < end && o.end > start)
  /** Tell a weak spot at squeezed [start, end) and remember it. */
  const tellWeak = (start: number, end: number): void => {
    const span = doc.fromSqueezed(start, end)
    weak.push({ start, end })
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
  // Sentences already told as a guard gap (one finding per sentence).
  const told: Array<{ start: number; end: number }> = []
  /**
   * Report the guard-schedule sentence at `span` (squeezed offsets) as a finding over its raw text without the leading space and the
   * final mark (。！？ or the line break), and remember it in `told`. `once`: skip it when a finding already covers part of it.
   */
  const tellSentence = (span: { start: number; end: number }, data: Record<string, string>, once: boolean): void => {
    const out = doc.fromSqueezed(span.start, span.end)
    if (once && told.some((o) => o.start < out.end && out.start < o.end)) return
    const raw = doc.raw.slice(out.start, out.end)
    const lead = raw.length - raw.trimStart().length
    const trail = /[。！!？?\n]\s*$/u.exec(raw.trimEnd())?.[0].length ?? 0
    told.push(out)
    emit({ rule: 'security/guard-schedule', start: out.start + lead, end: out.start + raw.trimEnd().length - trail, data })
  }
  if (has[W.guard]) {
    // One finding per sentence that tells when guards go round or are away.
    let n = 0
    for (let s = 0; s < t.length && n < MAX_HITS * 4; n++) {
      const span = sentenceAround(t, s, s)
      const sentence = t.slice(span.start, span.end)
      s = Math.max(span.end, s + 1)
      // The round as the topic (夜回りは0時と4時だけ, 見回りの時間は…), unless a public patrol is named (消防団, 警察, 地域の).
      const g =
        (COMMUNITY_WATCH.test(sentence) ? HIRED_GUARD : GUARD).exec(sentence) ??
        /(?:館内|庁舎|会場|施設|倉庫|事務所|建物)の(?:巡回|見回り)/u.exec(sentence) ??
        // The watch by staff or over the grounds, as a list item or a topic (職員による敷地内巡回：15時と17時, 園内の見回りは…).
        (PUBLIC_ROUND.test(sentence) ? null : /(?:(?:職員|スタッフ|管理人|支援員|指導員|係員)(?:による|の|が)[^。！？!?\n]{0,6}?|(?:敷地内?|園内|校内|構内|場内|館内|施設内|庁舎内|会場内|敷地)の?)(?:巡回|見回り|見まわり|巡視|夜回り)(?=[:：は]|の時間|の時刻|時間|時刻)/u.exec(sentence)) ?? (/消防|警察|地域|防犯ボランティア|パトロール隊|自治会|町内|バス|見守り/u.test(sentence) || PUBLIC_ROUND.test(sentence) ? null : /(?:^\s*|[、,]\s*|の)(?:夜間の?|夜の|深夜の?)?(?:夜回り|見回り|見まわり|巡回|巡視)(?:の時間|の時刻)?(?:は|も|:|[、,](?=[^。！？!?\n]{0,4}?[0-9〇零一二三四五六七八九十]{1,2}時)|を(?=[^。！？!?\n]{0,6}?[0-9〇零一二三四五六七八九十]{1,2}時))/u.exec(sentence))
      // Blind R99A-074: the guards thanked or named in the sentence before, their round then told with its times and the subject left
      // out (警備員の皆さん、ありがとうございます！⏎夜は22時・1時・4時の3回…全フロアを回ってくださっています): the guards' schedule.
      if (!g && span.start > 0) {
        // The sentence before: back over the line break and its final mark, then to the mark that ends the one before it.
        const back = t.slice(Math.max(0, span.start - 120), span.start).replace(/[\s。！!？?]+$/u, '')
        const before = back.slice(back.search(/[^。！!？?\n]*$/u))
        const guard = HIRED_GUARD.exec(before)
        // A round done once (…見回りをしてくださいました) is a thanks for an evening past, no schedule.
        const past = /(?:ました|でした|だった)(?:ね|よ)?[。！!\s]*$/u.test(sentence)
        if (guard && !past && !GUARD_ADVERT.test(before + sentence) && ROUND.test(sentence) && CLOCK_TIMES.test(sentence) && !PUBLIC_ROUND.test(sentence) && !PATROL_PUBLIC.test(sentence) && !COMMUNITY_WATCH.test(sentence)) {
          tellSentence(span, guardData('round', guard[0]), false)
        }
        continue
      }
      if (!g) continue
      const after = sentence.slice(g.index)
      // Blind R123A-107: the watch as what members skip (夜警に来ない団員, 見張りに参加しない人, 夜警をサボる): they are absent, not the watch.
      const skipped = SKIP_WATCH.exec(after.slice(g[0].length, g[0].length + 16))
      const absent = (skipped ? null : ABSENT.exec(after.slice(g[0].length, g[0].length + 12))) ?? /誰もいな|人がいな|無人にな|(?:一人|1人|ひとり|一名|1名)(?:だけ|のみ|しか)|手薄/u.exec(skipped ? after.slice(g[0].length + skipped[0].length) : after)
      const round = ROUND.test(sentence) && CLOCK_EXACT.test(sentence)
      const posts = !round && GUARD_POSTS.test(sentence) && !GUARD_ADVERT.test(sentence)
      // Blind R416R-023 kind: the only round at a site said to be empty otherwise (ふだん無人で、職員の見回りは毎週火曜の午前中だけ).
      const rare = !round && !posts && ROUND_ONLY_WHEN.test(after.slice(g[0].length, g[0].length + 24)) && UNMANNED_SITE.test(t.slice(Math.max(0, span.start - 60), span.end)) && !/無人(?:駅|販売|店|島|機|航空機|ヘリ)|ドローン/u.test(sentence)
      if (rare) {
        tellSentence(span, guardData('round', g[0]), false)
        continue
      }
      if (!(round || posts || (absent && (CLOCK.test(sentence) || /いない|いなく|いません|おりません|不在|無人|手薄|おらず|休|来な|誰も|人が|だけ|のみ|しか/u.test(absent[0]))))) continue
      // Reassurance (警備員が常駐していますので安心して) tells no gap; the round's exact times told to reassure
      // (22時と3時の2回巡回しますので、ご安心ください) are still the schedule.
      if (!round && !posts && /安心|万全|常駐(?!せず|しない|しておらず|していない|していません|なし)/u.test(sentence)) continue
      tellSentence(span, posts ? { guard: '警備員', watch: '警備員の配置場所と人数', safe: patrolled('警備員') } : guardData('round', g[0]), false)
    }
  }
  // A site staffed by one person at night (保護施設は夜間（22時〜翌6時）は職員1名の体制となる): when it is thinly watched.
  if (has[W.thinStaff]) {
    for (const m of hitsOf(THIN_STAFF, t)) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (!STAFFED_SITE.test(t.slice(Math.max(0, span.start - 120), span.end)) || !THIN_WHEN.test(sentence) || THIN_NOT_WATCH.test(sentence) || /募集|求人/u.test(t)) continue
      tellSentence(span, guardData('thin', STAFF_WORD.exec(m[0])?.[0] ?? '職員'), true)
    }
  }
  // A patrol's times, then the hours left unwatched in the next sentence (パトロールは20時と深夜1時の2回です。それ以外の
  //時間帯は監視が手薄になります): whatever patrols, the gap is told.
  if (has[W.otherTimes] && has[W.watch]) {
    for (const m of hitsOf(PATROL_GAP, t)) {
      if (SERVICE_ROUND.test(t.slice(sentenceAround(t, m.index, m.index).start, m.index + m[0].length))) continue
      const out = doc.fromSqueezed(m.index, m.index + m[0].length)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      // Blind R116A-035: the schedule and its gap quoted as what not to post (「巡回は22時と2時だけ、その間は誰も見ていない」といった情報を
      // SNSに書かないでください): an example, a note.
      const q = quoteAround(t, m.index, m.index + m[0].length, 60)
      const mention = q !== null && q.close - (m.index + m[0].length) <= 20 && QUOTED_EXAMPLE_AFTER.test(t.slice(q.close + 1, q.close + 8))
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, ...(mention ? { mention: true } : {}), data: guardData('gap', (HIRED_GUARD.exec(m[0]) ?? STAFF_WORD.exec(m[0]))?.[0] ?? '') })
    }
  }
  // Blind R78A-125: the days a patrol is not made (十二月三十日と三十一日の夜はパトロールを行いません).
  if (has[W.watch]) {
    for (const m of hitsOf(PATROL_OFF, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      if (SERVICE_ROUND.test(sentence) || /ごみ|ゴミ|移動|巡回車/u.test(sentence)) continue
      // Machine-only days are a gap only where a guard or a round by people is named in the sentence or the one before it.
      if (MACHINE_ONLY_AT_END.test(m[0])) {
        const s = sentenceAround(t, m.index, m.index + m[0].length)
        if (!HUMAN_WATCH.test(t.slice(Math.max(0, s.start - 80), s.end)) || /安心|万全/u.test(sentence)) continue
      }
      const end = kanaTail(t, m.index + m[0].length, 4)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: guardData('off', (HIRED_GUARD.exec(sentence) ?? STAFF_WORD.exec(sentence))?.[0] ?? '') })
    }
  }
  // Blind R78A-053: a police box away at set hours (平日の14時〜16時ごろはパトロールで不在).
  if (has[W.police]) {
    for (const m of hitsOf(POLICE_AWAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 8)
      if (!POLICE_AWAY_WHEN.test(sentence) || /^[^。！？!?\n]{0,2}?の?(?:場合|際|(?:とき|時)(?:は|に|には|でも|や|、))/u.test(after)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: { guard: '警察官', watch: '交番が不在になる時間帯', safe: '警察官が地域を定期的にパトロールしています' } })
    }
  }
  // Blind R83A-098: a site's keeper or guard away at set hours (水門の管理人さんは土日の22時から翌朝6時まで不在になります).
  if (has[W.keeper]) {
    for (const m of hitsOf(KEEPER_AWAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 12)
      if (!KEEPER_AWAY_WHEN.test(sentence) || KEEPER_SERVICE.test(sentence) || AWAY_DENIED.test(after)) continue
      if (/^[^。！？!?\n]{0,2}?の?(?:場合|際|(?:とき|時)(?:は|に|には|でも|や|、))|^[^。！？!?\n]{0,4}?(?:か[。？?！!]|か$|？|\?)/u.test(after)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      const out = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < out.end && out.start < o.end)) continue
      told.push(out)
      emit({ rule: 'security/guard-schedule', start: out.start, end: out.end, data: guardData('empty', KEEPER_WORD.exec(m[0])?.[0] ?? '') })
    }
  }
  // Blind R83A-133: a patrol's days or night with its clock times (夜間パトロールは毎週火曜と金曜、23時と2時の2回出ています).
  if (has[W.watch] || has[W.round]) {
    for (const m of hitsOf(PATROL_SCHEDULE, t)) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (SERVICE_ROUND.test(sentence) || PUBLIC_ROUND.test(sentence) || PATROL_PUBLIC.test(sentence) || AWARENESS.test(sentence)) continue
      tellSentence(span, guardData('round', /(?:夜間|深夜|夜)?の?(?:パトロール|巡回|見回り|見まわり|巡視|夜回り|警戒)/u.exec(m[0])?.[0] ?? '巡回'), true)
    }
  }
  // Blind R279G-060 kind: the city's cash carried to the bank on set days, at a set time or by so many staff (CASH_MOVED, CASH_WHEN).
  if (/現金|公金|売上金|売り上げ金|収納金|釣り?銭|つり銭/u.test(t)) {
    CASH_MOVED.lastIndex = 0
    let k = 0
    for (let m = CASH_MOVED.exec(t); m && k < MAX_HITS; m = CASH_MOVED.exec(t), k++) {
      const span = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(span.start, span.end)
      if (!CASH_WHEN.test(sentence) || AWARENESS.test(sentence) || /現金書留|振込|振り込み|キャッシュレス|募集|求人|窓口|受付|受け付け|ATM|ご持参|お持ち|お持ちください/u.test(sentence)) continue
      tellSentence(span, { guard: '担当職員', watch: '現金を運ぶ日時や人数', safe: '公金は複数の職員で安全に取り扱っています' }, true)
    }
  }
  if (has[W.weakSpot]) {
    for (const m of hitsOf(WEAK_SPOT, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // Advice (初期設定のままにしないで, 付箋に書いて貼るのはやめましょう) teaches; a notice (どなたでもご利用) invites.
      // A spot of a facility named (東側非常口, 裏口, 2階の窓) is a gap told, even when it is said to be so often;
      // only advice in so many words (ましょう, しないで) makes it a lesson.
      // Blind R138I-101: a camera said not to cover a spot of the site (防犯カメラは東側出入口を映していないため、夜間はご注意ください), the
      // gap then given as the reason for advice: the advice is for those who now know it (statedPart, as for NOT_FILMED); a post's
      // bracketed label (【注意喚起】) is no lesson either.
      // Homes, faces and number plates said not filmed (防犯カメラは個人のお宅の中を映していないので、ご安心ください) are privacy kept, no gap.
      if (CAMERA_NOT_COVER.test(m[0]) && CAMERA_PRIVACY.test(m[0])) continue
      // Review sec58 kind: a factory secret asked about as the reader's own (ご家庭のルーターのパスワードが初期設定のままになっていませんか？):
      // an awareness question with no value; a site of the city's named (本庁舎のWi-Fi…) is still a gap told.
      if (FACTORY_KEPT.test(m[0]) && (READER_DEVICE.test(sentence) || ASKED.test(sentence)) && !CITY_SITE.test(sentence) && !/市|庁|課|係|館|校|当|職員|共用|業務/u.test(sentence)) continue
      // Blind KT-027 kind: the factory value kept as a habit in a condition whose risk the sentence then tells (パスワードを購入時のまま使って
      // いると、第三者に設定を書き換えられるおそれがあります): what may happen to anyone who does it, no device of the city's said to be so.
      if (FACTORY_KEPT.test(m[0]) && RISK_IF_KEPT.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end)) && !CITY_SITE.test(sentence) && !/市|庁|課|係|館|校|当|職員|共用|業務/u.test(sentence)) continue
      const judged = CAMERA_NOT_COVER.test(m[0]) ? statedPart(t, sentenceAround(t, m.index, m.index + m[0].length), m.index + m[0].length).replace(POST_LABEL, '') : sentence
      const advice = isAdvice(judged)
      // …unless the gap is said to remain (死角が解消されていません, まだ死角が残っています: GAP_REMAINS).
      if (advice || AWARENESS.test(judged) || (/ご利用|どなたでも|お気軽|変更してください|変更をお願い|なくす|解消|増設|設置しました|強化/u.test(sentence) && !GAP_REMAINS.test(sentence))) continue
      // Blind R60A-068: a bare 死角 of a vehicle or a driver (運転席から見えない死角があります) is road safety, not a gap in a watch.
      // A camera that watches for crime in the sentence makes it the camera's 死角 whatever else is named (カーブミラー裏の防犯カメラ…堤防側は死角: blind R61A-004).
      if (/^死角/u.test(m[0]) && ROAD_BLIND_SPOT.test(sentence) && !WATCH_CAMERA.test(sentence)) continue
      // Blind R73A-046: a 死角 said to be fewer or gone (植え込みを剪定し…死角が減り, 死角がほとんどなくなった, 死角は大幅に減っております) is an
      // improvement told, no gap; another 死角 in the same sentence (…とはいえ、奥は今も死角です) is read on its own.
      const blind = m[0].lastIndexOf('死角')
      if (blind >= 0 && BLIND_SPOT_REDUCED.test(t.slice(m.index + blind, m.index + blind + 24))) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Blind R240F-036 kind: the swindler's words quoted in a fraud warning (「…暗証番号を紙に書いて…」⏎これらはすべて詐欺です).
      if (scamSaying(t, m.index, m.index + m[0].length)) continue
      if (quoted && sayingParagraph(t)) {
        const end = kanaTail(t, m.index + m[0].length, 6)
        weak.push({ start: m.index, end })
        quoted.push(doc.fromSqueezed(m.index, end))
        continue
      }
      // Blind R99A-150: a secret written on a note, as a rule not to do it (「パスワードを付箋に書いてモニターに貼らない」, ・…貼らないこと):
      // the quoted or listed item ends in the plain negative right after the verb; a lesson, no weakness told.
      if (NOTE_FORM.test(m[0]) && NOTE_DONT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue
      // Blind R339W-039 kind: the note form as one item of a list of do-nots (…付箋に書いて貼らない、…持ち出さないなど、…確認しました).
      if (NOTE_FORM.test(m[0]) && NOTE_DONT_LISTED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 100))) continue
      // Blind R333S-042 kind: the note form asked of the reader as a habit to check (…パソコンに貼っていませんか): awareness, no place told.
      if ((NOTE_FORM.test(m[0]) || KEPT_AT_FORM.test(m[0])) && NOTE_ASKED.test(t.slice(m.index + m[0].length, sentenceAround(t, m.index, m.index + m[0].length).end))) continue
      // Blind KH-011 kind: a saying reported as what the trickster tells the victim to do; judged in `post` with the whole post.
      if (reported && reportedSaying(t, m.index, m.index + m[0].length)) {
        const end = kanaTail(t, m.index + m[0].length, 6)
        weak.push({ start: m.index, end })
        reported.push(doc.fromSqueezed(m.index, end))
        continue
      }
      // Blind R161A-013: a secret's keeping place sent to the reader (パスワードはお送りした通知書に記載しています) is the reader's own.
      if (KEPT_AT_FORM.test(m[0]) && (SENT_TO_READER.test(sentence) || NOTE_DONT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 24)))) continue
      // Review rsec59 kind: a visitors' network's key shown at the tables or the counter (無料Wi-Fiのパスワードは、各テーブルの下敷きに書いて
      // あります): handed to every guest, no staff secret's hiding place.
      if (KEPT_AT_FORM.test(m[0]) && GUEST_NETWORK.test(sentence) && !/職員|庁内|業務|スタッフ用|係の|課の/u.test(sentence)) continue
      // Blind R321C-038 kind: 合言葉 is a secret only where the paragraph names what it opens (a system, an account, a door); otherwise it
      // may be a campaign's slogan (今年の合言葉は…カレンダーに書いてあります).
      // Review rsec59 kind: nor where the way in named is a venue's entrance or the paragraph is a game's (スタンプラリーの合言葉は、各会場入口の
      // ホワイトボードに書いてあります): only a system, an account, a device or a lock makes it a secret.
      if (/^(?:合言葉|合い言葉|あいことば)/u.test(m[0]) && KEPT_AT_FORM.test(m[0]) && (!WATCHWORD_OPENS.test(t) || WATCHWORD_GAME.test(t))) continue
      // Review rsec59 kind: the reader's own public-service password set to their own facts (マイページのパスワードは生年月日の8桁に設定しています).
      if (/^(?:パスワード|暗証番号|PW|パス)/u.test(m[0]) && readerServiceSecret(t, m.index, m.index + m[0].length)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      tellWeak(m.index, end)
    }
  }
  if (has[W.bypass]) {
    for (const m of hitsOf(ENTRY_BYPASS, t)) {
      const end0 = m.index + m[0].length
      if (GET_IN_NOT.test(t.slice(end0, end0 + 8))) continue
      // An impersonation: what is said is who one is (「総務の者です」と言えば), not any word.
      if (m[0].startsWith('」') || m[0].startsWith('』')) {
        const open = t.lastIndexOf(m[0][0] === '」' ? '「' : '『', m.index)
        if (open < 0 || m.index - open > 24 || !STAFF_SAID.test(t.slice(open + 1, m.index))) continue
      }
      const sentence = sentenceText(t, m.index, end0)
      if (BYPASS_NOT_GAP.test(sentence) || isAdvice(sentence) || deniedRumour(t, m.index, end0)) continue
      const start = m[0].startsWith('」') || m[0].startsWith('』') ? t.lastIndexOf(m[0][0] === '」' ? '「' : '『', m.index) : m.index
      const end = kanaTail(t, end0, 8)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  if (has[W.camera] && WATCH_CAMERA.test(t) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(NO_CAMERA_SPOT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The watch camera in this sentence or the ones just before it.
      if (!WATCH_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end)) || NO_CAMERA_NOT_GAP.test(sentence)) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated)) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R321C-050 kind: a bare カメラ watches for crime where the paragraph speaks of one (駐輪場で自転車の盗難が続いています。…裏側はカメラに
  // 映らない位置なので).
  const crimeCamera = !WATCH_CAMERA.test(t) && CRIME_SCENE.test(t)
  if (has[W.filmed] && has[W.camera] && (WATCH_CAMERA.test(t) || crimeCamera) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(NOT_FILMED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The camera in this sentence or just before it; a place as the subject; not a promise to spare homes (映らないよう).
      if (!(crimeCamera ? /カメラ/u : WATCH_CAMERA).test(t.slice(Math.max(0, s.start - 120), s.end))) continue
      if (FILMED_PRIVACY.test(t.slice(Math.max(s.start, m.index - 12), m.index)) || /^[^。！？!?\n]{0,4}よう/u.test(t.slice(m.index + m[0].length))) continue
      // Blind R73A-125: advice after the gap is given as a reason (…北側フェンス沿いは映っていませんので、北側には近づかないよう…) is for
      // those who now know it: only advice in the statement itself makes it a lesson.
      // The place must be a spot of a site (北側フェンス沿い, 裏の駐輪場), not a kind of place (物陰, 夜道): a lesson may name those.
      const spot = FILMED_SPOT.test(t.slice(Math.max(s.start, m.index - 16), m.index))
      const stated = spot ? statedPart(t, s, m.index + m[0].length) : sentence
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      // Review rsec59 kind: the reader's own home put as a case in crime-prevention advice (空き巣被害が出ています。ご自宅の玄関がカメラに
      // 映らない位置なら、センサーライトも): a case for the reader, no site of the city's left unwatched.
      if (READER_HOME.test(sentence) && /^[^。！？!?\n]{0,8}?(?:なら|場合|ときは|時は|ようなら|とき|ば[、,])/u.test(t.slice(m.index + m[0].length))) continue
      // A camera out of order is told by DEVICE_DOWN; a repair notice (点検のため映りません) is not a gap. Blind R355C-028 kind: a working
      // camera turned away from a named spot (工事でカメラの向きが変わり、今は奥の2列が映っていません; 角度がずれて北側は写っていない) leaves
      // that spot unwatched until it is set right, whatever work moved it.
      const turnedAway = spot && CAMERA_TURNED.test(sentence) && !/故障|壊れ|こわれ|電源|電池|停止|止まって/u.test(sentence)
      if (!turnedAway && /故障|壊れ|こわれ|電源|電池|停止|止まって|修理|点検|工事|改修/u.test(sentence)) continue
      const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
      const start = from < 0 ? m.index : s.start + from
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // A watch camera off every night or after a set hour (夜は電源落ちるので0時以降は映りません).
  if (has[W.camera] && WATCH_CAMERA.test(t) && !LIVE_CAMERA.test(t)) {
    for (const m of hitsOf(OFF_HOURS, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (!WATCH_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end)) && !/カメラ/u.test(sentence)) continue
      // The stop denied (夜間も停止しておりません, 電源は切っていません).
      if (/^(?:[てで]|り)?(?:い|おり?)?(?:ません|ない|なく|らず|らん)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated) || OFF_HOURS_NOTICE.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Review sec58 kind: the camera's public view stopped at night (映像は、夜間は公開を停止しています): the stream, not the watch.
      if (STREAM_STOPPED.test(m[0])) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // The watch cameras said to be only at the spots named (カメラは…の2か所だけなので): where the watch is, and that it is nowhere else.
  if (has[W.onlyAt] && has[W.cameraOrSensor]) {
    for (const m of hitsOf(CAMERA_ONLY_AT, t)) {
      // Blind R400Z-047 kind: who or what is seen (子どもたちの姿だけ, 様子のみ) is no spot of the site.
      if (!ONLY_SPOT.test(m[1]!) || /姿|様子|顔|人たち|人々|方々/u.test(m[1]!)) continue
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // A camera that watches for crime, in the sentence or just before it; not a live view of a river or a road.
      const context = t.slice(Math.max(0, s.start - 120), s.end)
      if (!WATCH_DEVICE.test(context) || LIVE_CAMERA.test(sentence)) continue
      // Advice, or more cameras announced (来年度に増設します): not a gap told.
      // (Blind R73A-125: advice after the gap given as a reason does not make it a lesson: statedPart.)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (isAdvice(stated) || AWARENESS.test(stated) || /増設|増や|追加|拡充|設置しました|設置します|設置予定|予定/u.test(sentence)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  if (has[W.round]) {
    for (const m of hitsOf(UNPATROLLED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      if (PUBLIC_ROUND.test(sentence) || SAFETY_ADVICE.test(sentence) || AWARENESS.test(sentence)) continue
      const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
      const start = from < 0 ? m.index : s.start + from
      const end = kanaTail(t, m.index + m[0].length, 6)
      const span = doc.fromSqueezed(start, end)
      emit({ rule: 'security/unguarded-place', start: span.start, end: span.end })
    }
  }
  if (has[W.broken] && has[W.getIn]) {
    for (const m of hitsOf(OPEN_WAY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A notice that keeps people out (立ち入らないでください, 危険ですので近づかないで) warns, it does not tell the gap.
      if (EXPLICIT_ADVICE.test(sentence) || /危険|近づかない|立ち入らない|立入禁止|ご注意/u.test(sentence)) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/weakness', start: span.start, end: span.end })
    }
  }
  if (has[W.empty]) {
    for (const m of hitsOf(EMPTY_BUILDING, t)) {
      // Thinly watched (手薄) is a gap told only of a side way in (楽屋口は手薄), not of a building short of staff (センターは手薄).
      if (m[0].endsWith('手薄') && !SIDE_ENTRANCE_AT.test(m[0])) continue
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // 無人販売所, 休館日のお問い合わせ, safety advice: not a gap in the city's watch told.
      const end = kanaTail(t, m.index + m[0].length, 8)
      // The gap stated at set hours, then given as a reason (…11時から12時の間は人がいなくなりますので、出入りにご注意ください):
      // the advice after ので is for those who know the gap; it does not make the statement a lesson. Also in dialect (誰もおらんけん).
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const stated = CLOCK_EXACT.test(t.slice(s.start, end)) && /(?:ます|ません|です|らん|へん|ない)(?:ので|んで|から|ため|けん|けえ)?$/u.test(t.slice(m.index, end))
      const advised = SAFETY_ADVICE.test(stated ? t.slice(s.start, end) : sentence)
      // A check that none is there or a case put (誰もいないことを確認して, 誰もいないか確かめ, 人がいないときは施錠, 誰もいなくなることは
      // ありません): no building told empty.
      if (/^[ぁ-ゖ]{0,4}?(?:こと(?:を|が)?(?:確認|確かめ)|ことは(?:あり|な)|か(?:を|どうか)?(?:確認|確かめ|見て|チェック)|(?:とき|時|場合)(?:は|に))/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue
      // Blind R414P-058 kind: the days told before and taken up by その間, or a span of days in the sentence (EMPTY_DAYS_*).
      const days = EMPTY_DAYS_SPAN.test(sentence) || (EMPTY_DAYS_BACK.test(sentence) && EMPTY_DAYS_DATE.test(t.slice(Math.max(0, s.start - 80), s.end)))
      // …and its reassurance about emergencies covered (有事の際は近隣の分団がカバーしますのでご安心ください) is no watch on the building.
      const reassured = /安心/u.test(sentence) && !(days && COVER_NOT_WATCH.test(sentence) && !EMPTY_WATCH_WORD.test(sentence))
      if (!(EMPTY_WHEN.test(sentence) || days) || advised || reassured || /常駐(?!して(?:おらず|いない|いません|おりません|おらん|ない))|機械警備|センサー|警備システム|無人販売|無人駅|お問い合わせ|ご連絡|ご了承/u.test(sentence)) continue
      // The hours given as why a service pauses (支所は17時以降は職員が常駐しておりませんので、お電話はつながりません。ご了承ください):
      // a notice of service hours, not a gap in the watch, unless the place is said to hold goods (物資の保管場所になっている…).
      if (SERVICE_PAUSED.test(t.slice(s.start, Math.min(t.length, s.end + 40))) && !GOODS_HELD.test(t.slice(Math.max(0, s.start - 80), s.end))) continue
      const span = doc.fromSqueezed(m.index, end)
      if (told.some((o) => o.start < span.end && o.end > span.start)) continue
      emit({ rule: 'security/guard-schedule', start: span.start, end: span.end, data: guardData('empty', '') })
    }
  }
  if (has[W.noLogin] && has[W.seen]) {
    for (const m of hitsOf(OPEN_SYSTEM, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A public page open to all by design (ログイン不要でどなたでもご覧いただけます) is no gap.
      if (/ご覧いただけ|ご利用いただけ|お使いいただけ|どなたでも|ご自由に|公開して/u.test(sentence) || SAFETY_ADVICE.test(sentence)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/weakness', start: span.start, end: span.end })
    }
  }
  if (has[W.device]) {
    for (const m of hitsOf(DEVICE_DOWN, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      // A notice to the public about a broken door (東口をご利用ください, 修理中) is not a weakness told.
      const advice = isAdvice(sentence)
      // …but a security device off at a named door for set hours (点検のため、17時から翌朝9時まで北側通用口の防犯カメラと侵入センサーが
      // 停止します) tells when and where no one watches, whatever the reason.
      const window = /防犯カメラ|監視カメラ|センサー|警報装置|警備システム|機械警備/u.test(sentence) && /通用口|裏口|非常口|勝手口|裏門|搬入口|[東西南北]側/u.test(sentence) && CLOCK_EXACT.test(sentence)
      // Blind R81A-003: an inspection as when the fault was found (点検の際に気づいたのですが、…南京錠が壊れていて) is no notice of one.
      // Blind R430F-058 kind: …or a building's alarm said stopped while the post tells the building closed or its staff away over given days
      // (…まで休館…職員が不在となるほか、機械警備も点検のため停止): whatever the reason, it tells when the empty site goes unwatched.
      const emptyDays = !window && alarmOffWhileEmpty(t, m.index, m.index + m[0].length, sentence)
      // (機械警備 and 警備システム are read here only: a stop of them at an open site, 停電のため…停止する場合があります, tells no empty days.)
      if (!window && !emptyDays && /^(?:機械警備|警備システム)/u.test(m[0])) continue
      if (!window && !emptyDays && (advice || /確認|忘れ(?!物)|ご利用|ご迷惑|ご不便|修理|点検|復旧|お願いいたします/u.test(sentence.replace(FOUND_ON_CHECK, '')))) continue
      if (deniedRumour(t, m.index, m.index + m[0].length)) continue
      // Blind W9-FP-001: a camera said not to film homes, faces or plates (防犯カメラは周辺の住宅を映していないので、ご安心ください): the
      // …ないので of its filming verb is privacy kept, not a fault (as CAMERA_PRIVACY for WEAK_SPOT).
      if (CAMERA_SPARED.test(m[0]) && CAMERA_PRIVACY.test(m[0])) continue
      // Review sec58 kind: a camera's public stream stopped (河川監視カメラの映像は、夜間は公開を停止しています): the public view, no watch.
      if (STREAM_STOPPED.test(m[0])) continue
      // Blind HK-019: the public's bicycles or homes left unlocked, as a class (鍵をかけていない自転車でした): no site of the city is open.
      const mEnd = m.index + m[0].length
      if (LOCK_NOT_SET_END.test(m[0]) && !CITY_VEHICLE.test(sentence) && (UNLOCKED_CLASS_AFTER.test(t.slice(mEnd, mEnd + 8)) || UNLOCKED_CLASS_BEFORE.test(t.slice(Math.max(0, m.index - 16), m.index)))) continue
      // Blind ID-049: a count of theft cases owns the lock (12件、うち9件は鍵をかけていませんでした), the public's vehicles or homes stolen
      // in this sentence or the one before: a crime statistic, no site of the city.
      if (LOCK_NOT_SET_END.test(m[0]) && UNLOCKED_COUNT_BEFORE.test(t.slice(Math.max(0, m.index - 16), m.index))) {
        const s = sentenceAround(t, m.index, mEnd)
        // The sentence before, over a blank line or the stop that ends it (at most a few characters).
        let p = s.start
        while (p > 0 && s.start - p < 4 && /[\s。！？!?]/u.test(t[p - 1]!)) p--
        const window = t.slice(sentenceAround(t, p, p).start, s.end)
        if (THEFT_WORD.test(window) && PUBLIC_PROPERTY.test(window) && !CITY_VEHICLE.test(window)) continue
      }
      // A door's way of opening said missing (自動ドアにはセンサーが付いていないので、ボタンを押して): not an alarm, unless alarms are near.
      if (OPEN_BY_DESIGN_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index))) continue
      const part = DOOR_PART_MISSING.exec(m[0])
      if (part && (part[1] !== 'センサー' || !ALARM_CONTEXT.test(t.slice(Math.max(0, sentenceAround(t, m.index, mEnd).start - 120), sentenceAround(t, m.index, mEnd).end)))) continue
      const end = kanaTail(t, m.index + m[0].length, 6)
      tellWeak(m.index, end)
    }
  }
  // Blind R440R-015 kind: some cameras, pinned by where they are, said not to record yet (北側の3台（…寄り）は…まだ録画できていません).
  if (has[W.device]) {
    for (const m of hitsOf(CAMERA_NOT_RECORDING, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const mEnd = m.index + m[0].length
      if (!CAMERA_UNRECORDED_SPOT.test(t.slice(m.index, mEnd)) || CAMERA_NOT_RECORDING_OUT.test(sentence) || deniedRumour(t, m.index, mEnd)) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R325C kinds (pisec60): a way into a site left open or unlocked as a habit, at the hours no one is by.
  if (has[W.leftOpen]) {
    for (const m of hitsOf(LEFT_OPEN, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const mEnd = m.index + m[0].length
      const when = m[1] !== undefined || LEFT_NIGHT.test(sentence) || (m[2] !== undefined && LEFT_HABIT.test(sentence)) || LEFT_LOCK_DOWN.test(sentence)
      if (!when || LEFT_NOT.test(sentence) || LEFT_ADVICE.test(sentence)) continue
      if (LEFT_DENIED.test(t.slice(mEnd, mEnd + 14)) || deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
      // A door said opened until an hour (夜9時まで開けています) tells its opening hours, not a door left open.
      if (m[1] === undefined && m[2] === undefined && /まで[^。！？!?\n]{0,4}$/u.test(t.slice(m.index, mEnd).replace(/(?:開け|あけ)[^]*$/u, ''))) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R376Z-016 kind: a way in shut by a chain or a rope alone (裏の搬入口もチェーンを掛けているだけ).
  if (has[W.looseFastener] && has[W.onlyAt]) {
    for (const m of hitsOf(FASTENED_ONLY, t)) {
      const sentence = sentenceText(t, m.index, m.index + m[0].length)
      const mEnd = m.index + m[0].length
      if (LEFT_NOT.test(sentence) || LEFT_ADVICE.test(sentence) || FASTENED_NOT_ONLY.test(t.slice(mEnd, mEnd + 8))) continue
      if (deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
      const end = kanaTail(t, mEnd, 6)
      if (toldWeak(m.index, end)) continue
      tellWeak(m.index, end)
    }
  }
  // Blind R72A-108: a way in with no alarm where the site has one (非常口だけはセンサーが付いていないので): the way in that sets nothing off.
  if (has[W.alarm]) {
    for (const m of hitsOf(NO_ALARM_AT, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // The site's security in the sentence or just before it (機械警備, 防犯, 警報); not a household's door, a case, a question or sensors added.
      // A case put (防犯センサーが付いていない場合は) is no site's gap; a case elsewhere in the sentence (遅くなった場合は) does not undo it.
      if (!ALARM_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end)) || ALARM_NOT_GAP.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
      // Advice in the statement itself (…センサーがない勝手口は狙われやすいので注意しましょう); advice after it given as a reason is not.
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // Blind R85A-003: an alarm said to be off until a set hour (収蔵庫の赤外線センサーは夜10時にならないと入らないので): when nothing is set off.
  if (has[W.alarm]) {
    for (const m of hitsOf(ALARM_OFF_HOURS, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (ALARM_NOT_GAP.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(end, end + 4))) continue
      // Advice in the statement itself; advice after it given as a reason (…入らないので、それまでに作業を終えてください) is not.
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      if (toldWeak(start, end)) continue
      tellWeak(start, end)
    }
  }
  // Blind R317C-004 kind: an alarm disarmed at a set hour or for set days (機械警備は、平日は朝7時に自動で解除されます).
  if (has[W.alarm]) {
    for (const m of hitsOf(ALARM_DISARMED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const end = kanaTail(t, m.index + m[0].length, 6)
      if (ALARM_NOT_GAP.test(sentence) || DISARM_NOTICE.test(sentence) || /^(?:の|な)?場合/u.test(t.slice(end, end + 4))) continue
      // The site's security named (a bare センサー may be a light's or an air conditioner's: 照明, 空調, 自動ドア).
      if (!ALARM_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end)) || /照明|ライト|電気|電灯|空調|エアコン|換気|自動ドア|水栓|蛇口|温度|湿度/u.test(sentence)) continue
      const stated = statedPart(t, s, m.index + m[0].length)
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      if (toldWeak(m.index, end)) continue
      tellSentence(s, { guard: '警備員', watch: '機械警備が解除される時間帯', safe: '夜間・休日も機械警備などで防犯体制をとっています' }, true)
    }
  }
  // Which watch cameras are real and which are dummies (本物は…の3台だけで、残りはダミーです): where the watch is not.
  if (has[W.dummy] && has[W.cameraOrSensor]) {
    for (const m of hitsOf(DUMMY_CAMERA, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const context = t.slice(Math.max(0, s.start - 120), s.end)
      // A camera named as the dummy, or a watch camera in the sentence or just before it; not a live view, a camera exhibit or a shop's goods.
      if (!(m[1] !== undefined && /カメラ|センサー/u.test(m[1]) ? /カメラ|センサー/u : WATCH_DEVICE).test(context) || LIVE_CAMERA.test(sentence)) continue
      if (isAdvice(sentence) || AWARENESS.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
      const start = m.index
      const end = kanaTail(t, m.index + m[0].length, 6)
      // One finding per sentence (本物は…3台だけで、残りはダミーです), none where a camera is already told to be one (DEVICE_DOWN).
      if (weak.some((o) => (o.start < end && o.end > start) || (o.start >= s.start && o.end <= s.end))) continue
      tellWeak(start, end)
    }
  }
}

/**
 * Blind R430F-058 kind: a site's security alarm stopped (機械警備も停止しております, 警備システムを停止いたします, 防犯カメラも停止します) in a
 * post that tells the same site closed or its staff away (休館, 閉館, 職員が不在, 無人) over given days (8月13日から16日まで, 12月29日～1月3日):
 * the stop is announced as maintenance, but it tells thieves which days the empty building goes unwatched. Clean: a closure notice with no
 * security detail, a stop of an alarm at an open site (停電のため…機械警備が停止する場合があります), an alarm said not stopped.
 * Only the alarm words of ALARM_OFF_DEVICE; the closure and the days are read in the sentence and the 200 characters before it.
 */
const ALARM_OFF_DEVICE = /機械警備|警備システム|セキュリティシステム|警報装置|警報機|防犯カメラ|監視カメラ|防犯センサー|侵入センサー/u
const ALARM_OFF_VERB = /停止|止め|止まっ|切って|切り|オフ|解除/u
const SITE_EMPTY = /休館|閉館|休業|閉庁|閉所|閉鎖|(?:職員|係員|管理人|警備員|スタッフ|誰|だれ)(?:が|も|は)?[^。\n]{0,4}?(?:不在|いな|おりま(?=せん)|いま(?=せん))|無人(?:と|に)な/u
const GIVEN_DAYS = /\d{1,2}月\d{1,2}日[^。\n]{0,12}?(?:から|～|〜|~|－|-)[^。\n]{0,6}?\d{1,2}日|\d{1,2}日[^。\n]{0,8}?(?:から|～|〜|~)[^。\n]{0,6}?\d{1,2}日|(?:期間中|この期間|その期間|連休中|年末年始|お盆)/u
function alarmOffWhileEmpty(t: string, a: number, b: number, sentence: string): boolean {
  if (!ALARM_OFF_DEVICE.test(t.slice(a, b)) || !ALARM_OFF_VERB.test(t.slice(a, b))) return false
  const before = t.slice(Math.max(0, a - 200), a) + sentence
  return SITE_EMPTY.test(before) && GIVEN_DAYS.test(before)
}
