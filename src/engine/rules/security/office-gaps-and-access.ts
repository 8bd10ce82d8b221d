/**
 * Office gaps and access told in plain words (5(1)): a room left empty at set hours, an office camera that does not watch, valuables
 * moved on set days, cash collection rounds and dummy cameras at a spot, how to get in told plainly (findAccessTold: a camera or an
 * alarm absent, valuables on an open shelf, a first secret made of a fact, a reset told), and a lock left off so anyone enters.
 * Stays clean: advice, denied rumours, public services' own accounts, a live camera stream. Part of the security family (index.ts
 * runs the detectors in their order).
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
  CRIME_SCENE,
  deniedRumour,
  DISARM_NOTICE,
  DUMMY_WORD,
  EXAMPLE_BEFORE,
  FILMED_PRIVACY,
  guardData,
  hitsOf,
  isAdvice,
  kanaTail,
  LEFT_ADVICE,
  LEFT_DENIED,
  LIVE_CAMERA,
  NOT_FILMED,
  NOT_OPENING_VALUE,
  READER_HOME,
  READER_SERVICE,
  READER_SERVICE_STAFF,
  SAFETY_ADVICE,
  sentenceText,
  STAFF_LOGIN,
  statedPart,
  WATCH_CAMERA,
  WATCH_DEVICE,
} from './context'
import { findLoginMadeOfFact, findNetworkKeyWord } from './staff-systems'

/** A guard-schedule finding over the sentence at squeezed `s`, without its leading space and final mark (as findPhysical tells one). */
function emitSentence(doc: Doc, s: Span, emit: (f: DraftFinding) => void, data: Record<string, string>): void {
  const out = doc.fromSqueezed(s.start, s.end)
  const raw = doc.raw.slice(out.start, out.end)
  const lead = raw.length - raw.trimStart().length
  const trail = /[。！!？?\n]\s*$/u.exec(raw.trimEnd())?.[0].length ?? 0
  emit({ rule: 'security/guard-schedule', start: out.start + lead, end: out.start + raw.trimEnd().length - trail, data })
}

/**
 * Blind R381E-010 kind: an office's inner room said to be left with no one in it for a time told in the sentence or the one before
 * (13時から15時までは…。奥の戸籍係の部屋もその間は誰もいなくなります; 昼休みの12時から13時は事務室が無人になります): whoever reads it knows
 * when the back of the office stands open. Not a room offered to use (ご自由に, ご利用), a case put (場合, とき), a past day (いませんでした),
 * a counter (窓口: its hours are a notice) or advice. Bounded.
 */
const OFFICE_ROOM = '(?:(?:係|課|班|奥|裏|職員|事務)の?部屋|事務室|執務室|書庫|金庫室|会計室|保管室|資料室|電算室|作業室|控室|控え室|宿直室|バックヤード)'
const ROOM_LEFT_EMPTY = new RegExp(
  `${OFFICE_ROOM}(?:は|も|に|には|にも|の中は|の中も)?[、,]?[^。！？!?\\n]{0,16}?(?:(?:誰|だれ)も(?:いなくな|居なくな|いません|いない|居ない|おらん|おりません|おらず)|(?:ひとり|一人|1人)も(?:いなくな|いません|いない|おらず|おりません)|無人(?:に|と)?(?:なり|なる|です|だ|状態|になっ)|(?:空っぽ|からっぽ|もぬけの殻)(?:に|と)?(?:なり|なる|です|だ|状態|になっ))`,
  'gu',
)
const ROOM_EMPTY_WHEN = /[0-9]{1,2}時|[0-9]{1,2}:[0-9]{2}|[〇零一二三四五六七八九十]{1,3}時|昼休み|夜間|閉庁後|終業後|退庁後/u
const ROOM_EMPTY_NOT = /ご自由|ご利用|お使い|どうぞお入り|空いて|予約|貸し?出|窓口(?:に|は|が)/u
function findRoomLeftEmpty(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/誰も|だれも|無人|ひとりも|一人も|1人も|空っぽ|からっぽ|もぬけの殻/u.test(t)) return
  for (const m of hitsOf(ROOM_LEFT_EMPTY, t)) {
    const end = kanaTail(t, m.index + m[0].length, 8)
    const after = t.slice(end, end + 8)
    if (/^(?:でした|かった)|^[^。！？!?\n]{0,3}?(?:場合|とき|時は|なら|ように|ことが|かどうか|か[。？?])/u.test(after) || /(?:ました|でした|かった)$/u.test(t.slice(m.index, end))) continue
    const s = sentenceAround(t, m.index, end)
    const sentence = t.slice(s.start, s.end)
    // The time in this sentence, or in the one before it when this one names it back (その間, その時間).
    const before = s.start > 0 ? sentenceText(t, Math.max(0, s.start - 2), Math.max(0, s.start - 2)) : ''
    if (!(ROOM_EMPTY_WHEN.test(sentence) || (/その間|その時間|その後/u.test(sentence) && ROOM_EMPTY_WHEN.test(before)))) continue
    const stated = statedPart(t, s, end)
    if (ROOM_EMPTY_NOT.test(t.slice(s.start, end)) || SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || deniedRumour(t, m.index, end)) continue
    emitSentence(doc, s, emit, guardData('empty', '職員'))
  }
}

/**
 * Blind R381E-031 kind: an office's own camera, named bare (市民課のカメラ, ロビーのカメラ, 天井のカメラ), said not to film a spot of the
 * room (カメラは入口の自動ドアの方を向いているので、奥の記載台とカウンターの間は映っていない): a watch camera's blind spot as 防犯カメラ's
 * is, where the paragraph names neither a watch camera nor a crime (those are read in findPhysical). Not a stream or a photo (配信, 中継,
 * 撮影会), a meeting room's or a classroom's web camera (会議室のカメラ), privacy kept (顔, トイレ, 更衣室), nor advice in the statement itself. Bounded.
 */
const OFFICE_CAMERA = /(?:課|係|(?<!会議|教|研修|講義|視聴覚|相談)室|庁舎|本庁|支所|出張所|窓口|ロビー|フロア|館内|庁内|カウンター|受付|天井|玄関|事務所)の(?:天井の)?カメラ(?![ァ-ヴー])/u
const CAMERA_NOT_WATCH = /配信|中継|オンライン|リモート|ライブ|撮影会|記念撮影|写真|動画|テレビ|取材|トイレ|更衣室|授乳室|浴室/u
function findOfficeCameraGap(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!OFFICE_CAMERA.test(t) || WATCH_CAMERA.test(t) || CRIME_SCENE.test(t) || LIVE_CAMERA.test(t) || CAMERA_NOT_WATCH.test(t)) return
  for (const m of hitsOf(NOT_FILMED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (!OFFICE_CAMERA.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    if (FILMED_PRIVACY.test(t.slice(Math.max(s.start, m.index - 12), m.index)) || /^[^。！？!?\n]{0,4}よう/u.test(t.slice(m.index + m[0].length))) continue
    const stated = statedPart(t, s, m.index + m[0].length)
    if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated) || /故障|壊れ|電源|停止|修理|点検|工事/u.test(t.slice(s.start, s.end))) continue
    const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
    const start = from < 0 ? m.index : s.start + from
    const span = doc.fromSqueezed(start, kanaTail(t, m.index + m[0].length, 6))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}

/**
 * Blind R381E-059 kind: cards, forms or vouchers the city holds moved on a set day or hour, or by so few staff (J-LISから届いたマイナンバー
 * カードを毎週火曜の朝9時ごろ公用車で出張所から本庁まで運んでいます, 証明書用紙は毎月第1月曜に職員1人で支所へ搬送): the same routine as cash
 * carried to the bank (CASH_MOVED), told to whoever would wait for it. The thing carried, then a verb of carrying it; the day, the hour
 * or the head count in the sentence (CASH_WHEN). Not the public's pick-up or a mailing (お渡し, 受け取り, 郵送), advice or a past day.
 */
const VALUABLE_HELD =
  '(?:マイナンバーカード|個人番号カード|住基カード|住民基本台帳カード|在留カード|パスポート|旅券|印鑑登録証|証明書の?用紙|(?:改ざん|偽造)防止用紙|公印|職印|商品券|金券|ギフト券|収入印紙|有価証券|(?:未交付|交付前)の?カード)'
const VALUABLE_MOVED = new RegExp(
  `${VALUABLE_HELD}(?:等|など|類)?(?:の(?:搬送|輸送|運搬|移送)|(?:を|は)[、,]?[^。！？!?\\n]{0,30}?(?:搬送|輸送|運搬|移送|運ん|運び|運ぶ|持って(?:行|い)|移して))`,
  'gu',
)
const VALUABLE_NOT_MOVED = /郵送|発送|送付|書留|宅配|配達|お渡し|受け取り|受取|お受け|ご来庁|ご持参|お持ち|予約|申請|募集|求人|盗難|紛失/u
function findValuablesMoved(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/搬送|輸送|運搬|移送|運|持って|移し/u.test(t)) return
  for (const m of hitsOf(VALUABLE_MOVED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!CASH_WHEN.test(sentence) || VALUABLE_NOT_MOVED.test(sentence) || AWARENESS.test(sentence) || /(?:ました|でした)[。！!]?\s*$/u.test(sentence)) continue
    emitSentence(doc, s, emit, { guard: '担当職員', watch: 'カードや証明書用紙などを運ぶ日時や人数', safe: '重要物品は複数の職員で安全に取り扱っています' })
  }
}

/**
 * Blind R390P-020 kind: the takings collected on a set day, at a set hour or by so few staff, the collection named as one word (精算機の売上回収は
 * 毎週月曜の朝8時に職員が1人で回ります, 現金の回収は毎日17時, 料金箱の集金は火曜と金曜): the same routine as cash carried to the bank
 * (CASH_MOVED), told to whoever would wait for it. Not the public's payment or a counter's notice (CASH_MOVED's exclusions), advice or a past day.
 */
const CASH_COLLECTED = /(?:現金|公金|売上金?|売り上げ金?|売上げ金?|収納金|釣り?銭|つり銭|硬貨|料金箱|集金箱)(?:の)?(?:回収|集金)/gu
/**
 * Blind R390P-045 kind: spots of the watch cameras, or a count of them, said to be dummies (薬局の角と駐車場の1本は予算の都合で中身のない
 * ダミーなので, 東口の2基は飾りです): where the watch is not. A count (台, 本, 基, か所) or a spot's word before the particle; the dummy
 * word as what they are, not denied or compared (DUMMY_CAMERA's lookahead). Not a camera exhibit, a sale or a subsidy.
 */
const DUMMY_AT_SPOT = new RegExp(
  '(?:(?<![0-9０-９])[0-9０-９一二三四五六七八九十]{1,3}(?:台|本|基|か所|カ所|ヶ所|箇所)|角|(?<![以事午直目寸手])前|横|脇|側|口|門|裏|棟|駐車場|駐輪場|通路|入口|出口|電柱|街灯)(?:は|が|も)[、,]?[^。！？!?\\n「」『』]{0,16}?' +
    DUMMY_WORD +
    '(?![^。！？!?\\n]{0,2}?(?:では|じゃ|でな|でも|と(?:違|ちが|は|の)|との|より|を|に(?:見|み)|か(?:どうか|[。？?！!]|$)))',
  'gu',
)
/** Not a watch told: a camera exhibit, a sale or a subsidy; dummies since replaced (本物に交換しました). */
const DUMMY_NOT_WATCH = /展示|展覧|販売|商品|購入|補助|助成|ホームセンター|通販|交換|取り替|取り換|入れ替|付け替|本物に/u
function findDummyAtSpot(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/カメラ|センサー/u.test(t)) return
  for (const m of hitsOf(DUMMY_AT_SPOT, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    if (!WATCH_DEVICE.test(t.slice(Math.max(0, s.start - 120), s.end)) || LIVE_CAMERA.test(sentence) || DUMMY_NOT_WATCH.test(sentence)) continue
    if (isAdvice(sentence) || AWARENESS.test(sentence) || deniedRumour(t, m.index, m.index + m[0].length)) continue
    const span = doc.fromSqueezed(m.index, kanaTail(t, m.index + m[0].length, 6))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}
/** The cash collection and the dummy cameras' spots (the kinds above), in one call. */
function findWatchAndCashGaps(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (/回収|集金/u.test(t)) {
    for (const m of hitsOf(CASH_COLLECTED, t)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      // A past collection told once is no routine; one decided from now on (…回ることになりました, 今月から…) is.
      const once = /(?:ました|でした)[。！!]?\s*$/u.test(sentence) && !/毎|隔週|ことに(?:なり|し)|から/u.test(sentence)
      if (!CASH_WHEN.test(sentence) || AWARENESS.test(sentence) || once) continue
      if (/現金書留|振込|振り込み|キャッシュレス|募集|求人|窓口|受付|受け付け|ATM|ご持参|お持ち|お持ちください/u.test(sentence)) continue
      emitSentence(doc, s, emit, { guard: '担当職員', watch: '現金を回収する日時や人数', safe: '公金は複数の職員で安全に取り扱っています' })
    }
  }
  findDummyAtSpot(doc, emit)
}

/** The plain-words kinds above, in one call: the secrets only where no secret with its value was found in the paragraph. */
export function findPlainWayIn(doc: Doc, emit: (f: DraftFinding) => void, secretFound: boolean): void {
  if (!secretFound) {
    findNetworkKeyWord(doc, emit)
    findLoginMadeOfFact(doc, emit)
  }
  findRoomLeftEmpty(doc, emit)
  findOfficeCameraGap(doc, emit)
  findValuablesMoved(doc, emit)
  findWatchAndCashGaps(doc, emit)
}

// ---------- ways in and watch gaps told in plain words ----------

/**
 * Blind R393S-006 kind: the watch camera said to be at one spot only, the spot first (入口の上にしかカメラがありません; the camera first is
 * CAMERA_ONLY_AT's): everywhere else in the room is unfilmed. Not privacy kept or a stream (CAMERA_NOT_WATCH, LIVE_CAMERA), a home, advice or a question.
 */
const CAMERA_ABSENT = '(?:あり(?:ません|ませ)|ない|無い|なく|付いて(?:い|お)?(?:ない|ません|らず)|ついてな|ついとら|設置(?:して|されて)(?:い|お)?(?:ない|ません|りません|らず))'
const CAMERA_AT_ONE_SPOT = new RegExp(`にしか(?:防犯|監視)?カメラ(?:が|は)?[、,]?${CAMERA_ABSENT}`, 'gu')
/**
 * Blind R393S-014 kind: one place of a watched site said to be the one with no sensor or alarm, whatever the place is (裏の土蔵だけは
 * センサーが付いていません, 2階の資料室のみ警報装置がない): it sets nothing off (NO_ALARM_AT reads the ways in). Not a private room.
 */
const UNSENSED_PLACE = new RegExp(`(?:だけ|のみ)(?:は|には|に|が)?[、,]?[^。！？!?\\n]{0,8}?${ALARM_DEVICE}(?:が|は|も)?[、,]?${ALARM_ABSENT}`, 'gu')
const PRIVATE_ROOM = /トイレ|更衣室|授乳室|浴室|脱衣/u
/**
 * Blind R393S-021 kind: a valuable's store told down to the shelf (収蔵庫の奥、左から2番目の耐火キャビネットの上段です, 金庫の下段に):
 * whoever reads it knows where to reach. A valuable and its keeping named in the paragraph; not one on show or on an open shelf.
 */
const SHELF_SPOT =
  /(?:左|右|上|下|奥|手前)から[0-9一二三四五六七八九]{1,2}(?:番目|段目|列目|つ目)の?[^。！？!?\n]{0,12}?(?:棚|キャビネット|金庫|引き?出し|ロッカー|保管庫|収納庫|ケース|箱)|(?:棚|キャビネット|金庫|引き?出し|ロッカー|保管庫|収納庫)の(?:最?上段|最?下段|中段|[0-9一二三四五六七八九]段目)/gu
const VALUABLE_STORED = /直筆|自筆|真筆|原稿|原本|初版|古文書|文化財|国宝|美術品|所蔵品|収蔵品|貴重品|貴重な|宝物|掛け?軸|屏風|現金|売上金|公印|通帳/u
const KEPT_THERE = /保管|収蔵|しまって|仕舞って|収めて|納めて|保存|眠って|置いて|入れて/u
const SHELF_OPEN = /展示|展覧|ご覧|陳列|配架|閲覧|貸出|貸し出|パンフ|チラシ|ご自由|お取り|書架/u
/**
 * Blind R394T-026 kind: a staff system's first password told as made of each one's fact (最初に入れる合言葉は生年月日の8桁, 初期パスワードは
 * 職員番号の下4桁): anyone who knows the fact has the account. The staff's login (STAFF_LOGIN, READER_SERVICE_STAFF); not the public's own
 * service (READER_SERVICE, お客様, 申請者), a question or advice.
 */
const FIRST_SECRET_OF_FACT =
  /(?:初期|初回|最初|はじめ|初め|仮)[^。！？!?\n]{0,10}?(?:パスワード|パス|合言葉|合い言葉|暗証番号|暗証|PIN)(?:は|が|:|：)[、,]?[^。！？!?\n]{0,10}?(?:生年月日|誕生日|職員番号|社員番号|内線番号|電話番号|採用日)の?(?:西暦|和暦)?(?:下|末尾|上|頭)?[0-9一二三四五六七八](?:桁|けた|ケタ)/gu
const PUBLIC_ACCOUNT = /お客様|申請者|保護者|会員|市民の|住民の|ご利用の/u
/**
 * Blind R394T-034 kind: a password after a reset given as "the temporary one" (仮のものは Yana#4821, 新しいのは…): the word for it left
 * out, the value still there, where the paragraph tells a reset or a login. The value mixes figures with letters or signs.
 */
const STAND_IN_SECRET =
  /(?:仮の|臨時の|新しい|(?:リセット|再発行|再設定)後?の)(?:もの|やつ|ほう|方|の|文字列|番号)?(?:は|が|:|：|=|→)[、,]?\s?([0-9A-Za-z!#$%&*+\-_.@]{4,24})(?![0-9A-Za-z!#$%&*+\-_.@])/gu
const RESET_TOLD = /リセット|再発行|再設定|初期化|ログイン|サインイン|パスワード/u
/**
 * Blind R394T-024 kind: an account and its secret given as a pair after the word for the check (認証は vendor／kensho2025 の組み合わせで,
 * ログインは admin / pass1234): the pair lets anyone in. The second has a figure or a sign.
 */
const LOGIN_PAIR_TOLD =
  /(?:認証|ログイン|サインイン|アカウント)(?:情報)?(?:は|が|:|：)[、,]?\s?([0-9A-Za-z_.@-]{2,32})\s?[/／|｜]\s?([0-9A-Za-z!#$%&*+\-_.@]{3,32})(?![0-9A-Za-z!#$%&*+\-_.@/])/gu
const ASKED_HERE = /ませんか|ないか|でしょうか|[？?]/u

/** The kinds above, in one call: the secrets only where no secret with its value was found in the paragraph. */
export function findAccessTold(doc: Doc, emit: (f: DraftFinding) => void, secretFound: boolean): void {
  const t = doc.squeezed.text
  const told = (m: RegExpExecArray): { s: Span; sentence: string } => {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    return { s, sentence: t.slice(s.start, s.end) }
  }
  const emitFrom = (s: Span, end: number, rule: string, data?: Record<string, string>): void => {
    const from = t.slice(s.start, end).search(/[^\s・●■◆\-①-⑳]/u)
    const span = doc.fromSqueezed(from < 0 ? s.start : s.start + from, kanaTail(t, end, 6))
    emit({ rule, start: span.start, end: span.end, data })
  }
  if (t.includes('カメラ') && t.includes('しか')) {
    for (const m of hitsOf(CAMERA_AT_ONE_SPOT, t)) {
      const { s, sentence } = told(m)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (CAMERA_NOT_WATCH.test(sentence) || LIVE_CAMERA.test(sentence) || READER_HOME.test(sentence) || ASKED_HERE.test(stated)) continue
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      emitFrom(s, m.index + m[0].length, 'security/weakness')
    }
  }
  if (ALARM_CONTEXT.test(t)) {
    for (const m of hitsOf(UNSENSED_PLACE, t)) {
      const { s, sentence } = told(m)
      const stated = statedPart(t, s, m.index + m[0].length)
      if (PRIVATE_ROOM.test(sentence) || ALARM_NOT_GAP.test(sentence) || DISARM_NOTICE.test(sentence) || READER_HOME.test(sentence)) continue
      if (SAFETY_ADVICE.test(stated) || AWARENESS.test(stated)) continue
      emitFrom(s, m.index + m[0].length, 'security/weakness')
    }
  }
  if (VALUABLE_STORED.test(t) && KEPT_THERE.test(t)) {
    for (const m of hitsOf(SHELF_SPOT, t)) {
      const { s, sentence } = told(m)
      if (SHELF_OPEN.test(sentence) || AWARENESS.test(sentence) || isAdvice(sentence) || ASKED_HERE.test(sentence)) continue
      emitFrom(s, m.index + m[0].length, 'security/key-location', { key: '貴重な資料', place: m[0] })
    }
  }
  if (secretFound) return
  if ((STAFF_LOGIN.test(t) || READER_SERVICE_STAFF.test(t)) && !READER_SERVICE.test(t) && !PUBLIC_ACCOUNT.test(t)) {
    for (const m of hitsOf(FIRST_SECRET_OF_FACT, t)) {
      const { sentence } = told(m)
      if (AWARENESS.test(sentence) || ASKED_HERE.test(sentence)) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: '初期パスワード' } })
    }
  }
  const pairs: Array<[RegExp, number]> = [[STAND_IN_SECRET, 1], [LOGIN_PAIR_TOLD, 2]]
  for (const [re, g] of pairs) {
    if (re === STAND_IN_SECRET && !RESET_TOLD.test(t)) continue
    for (const m of hitsOf(re, t)) {
      const v = m[g]!
      if (!/[0-9]/u.test(v) || !/[A-Za-z!#$%&*+@_]/u.test(v) || NOT_OPENING_VALUE.test(v)) continue
      const { sentence } = told(m)
      if (AWARENESS.test(sentence) || ASKED_HERE.test(sentence) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
      const span = doc.fromSqueezed(m.index, m.index + m[0].length)
      emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: re === STAND_IN_SECRET ? 'パスワード' : '認証情報' } })
    }
  }
}

/**
 * Blind R407G-025 kind: a room, a unit or a building said to be left unlocked so that someone may walk in on their own (上宮永住宅
 * 2-301は鍵を開けたままにしてます。そのまま入ってもらって大丈夫です; 倉庫の鍵はかけずにおくので、勝手に入ってください; 空き部屋は施錠して
 * いないので、業者さんはそのまま入室してください): whoever reads it learns which door stands unlocked with no one by it. The lock said left
 * open or not set (LOCK_LEFT_OFF), then, in its sentence or the next, the reader told to go in alone (ENTER_ALONE). Not a shelter, a hall
 * open to visitors or a door opened for air (ENTRY_OPEN_TO_ALL), the public's own home or vehicle, advice or a question, the state denied
 * (開けたままにはしていません), nor a quote. Bounded: the entry is read at most 60 characters after the lock.
 */
const LOCK_LEFT_OFF =
  /(?:鍵|カギ|かぎ|錠|ロック)(?:を|は|も)?[、,]?(?:開け|あけ|開い|あい|外し|はずし|解除し)(?:たまま|た状態|っぱなし|っ放し)|(?:鍵|カギ|かぎ|(?<![\p{Script=Han}])錠)(?:を|は|も)?[、,]?(?:かけ|掛け|締め|しめ|閉め)(?:ず|ないで|ないまま|て(?:い|お)(?:ない|ません|りません|らん))|(?:施錠|ロック)(?:を|は|も)?[、,]?(?:せず|しないで|しないまま|して(?:い|お)(?:ない|ません|りません|らず|らん)|しとらん)|無施錠/gu
const ENTER_ALONE =
  /(?:そのまま|勝手に|自由に|各自で?|直接)[^。！？!?\n]{0,10}?(?:入っ|はいっ|お入り|入室|入館|入れ|上がっ|あがっ|お上がり)|(?:入っ|はいっ|入室し|上がっ|あがっ)て(?:もらって|いただいて|くれて|もろて)?(?:も)?[、,]?(?:大丈夫|構いません|かまいません|構わな|かまわな|OK|オッケー|いい|良い|よい|よか|結構)/u
const ENTRY_OPEN_TO_ALL = /避難|換気|風通し|どなたでも|ご来場|来場者|開館|開庁|営業中|開催中|受付時間|ご自宅|ご家庭|自宅|お宅|自転車|バイク|自動車|(?<![公用庁])車(?!庫)/u
export function findUnlockedForEntry(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/鍵|カギ|かぎ|錠|ロック|施錠/u.test(t) || !/入|はいっ|上がっ|あがっ|お上がり/u.test(t)) return
  for (const m of hitsOf(LOCK_LEFT_OFF, t)) {
    const mEnd = m.index + m[0].length
    const s = sentenceAround(t, m.index, mEnd)
    const nextEnd = s.end < t.length ? sentenceAround(t, s.end, s.end).end : s.end
    const entry = t.slice(mEnd, Math.min(nextEnd, mEnd + 60))
    if (!ENTER_ALONE.test(entry.split('\n')[0]!)) continue
    const told = t.slice(s.start, Math.min(nextEnd, mEnd + 60))
    if (ENTRY_OPEN_TO_ALL.test(told) || LEFT_ADVICE.test(told) || SAFETY_ADVICE.test(told)) continue
    if (LEFT_DENIED.test(t.slice(mEnd, mEnd + 14)) || deniedRumour(t, m.index, mEnd) || quoteAround(t, m.index, mEnd, 40) !== null) continue
    const from = t.slice(s.start, m.index).search(/[^\s・●■◆\-①-⑳]/u)
    const span = doc.fromSqueezed(from < 0 ? m.index : s.start + from, kanaTail(t, mEnd, 8))
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
    return
  }
}
