/**
 * Lock codes and keypads (5(1)): one-time codes told, a value keyed in then told (テンキーで…と入力), a door's code in brackets, a remote
 * system's dial-in code (防災無線を電話から…番号), a value said to open a lock or a device, kana digits that open one. Stays clean: numbers of
 * a counter, a ticket or an intercom room, public dial numbers (110, #7119), examples, times, dates and prices. Part of the security
 * family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import {
  AWARENESS,
  EXAMPLE_AFTER,
  EXAMPLE_BEFORE,
  F,
  hitsOf,
  isPublicDial,
  KANA_OPENS,
  KANJI_CODE_CONTEXT,
  KANJI_CODE_NOT_ON_PANEL,
  KANJI_DIGIT,
  LOGIN_CONTEXT,
  MAX_HITS,
  next,
  NOT_OPENING_VALUE,
  NOT_VALUE,
  NOT_VALUE_AFTER,
  PARTED_CODE_CONTEXT,
  PARTED_CODE_NOT,
  PUBLIC_OWN,
  sentenceHits,
  type StrongHit,
  toHiragana,
  VALUE_ENDS,
  valueAfter,
  W,
} from './context'

/**
 * A value told as what lets one in, with no word for the secret: Kouzui#2025 で入れます, hoiku0944 でログインして,
 * 0944 を入れれば開きます, 4-1-1-8 で全部開く, 零・七・一・九 の順に合わせると開きます, (ログイン画面で) 下の欄に X を入れて.
 * Group 1: the value; group 2: logging in; group 3: opening; group 4: typing it in (a login field only); group 5: told as what is written (blind R248B-001).
 */
const VALUE_OPENS =
  /(?<![!-~〇零一二三四五六七八九])([!-~]{3,40}|[0-9]{3,8} [#*]|[0-9](?:[・、][0-9]){2,9}(?:[・ ]?[#*])?|[〇零一二三四五六七八九](?:[・、 -]?[〇零一二三四五六七八九]){2,9}(?:[・ ]?[#*])?)(?![!-~]) ?(?:」|』)? ?(?:(で(?:[^。\n！？!?]{0,4}?)(?:ログイン|サインイン|ログオン|入り(?:直|なお)(?:し|す|せ|そ)))|((?:の順(?:番)?(?:に|で)? ?|で|を|と|に|って|っち)(?:[^。\n！？!?]{0,6}?)(?:(?:入れ|入力し|打ち込|押し|押す|合わせ|回し)(?:ると|れば|たら|て|ば)[^。\n！？!?]{0,6}?)?(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解除|解錠|ロック解除|入れます|入れる|入れた|入れました|入れば|入れれ))|((?:を|と|って|っち)(?:入れ|入力し|入力す|打ち込)(?:て|れば|ると|たら|ます|ん))|((?:と|って|っち)(?:[^。\n！？!?]{0,4}?)(?:書いて|書かれて|書いと|書いちょ|手書きされて|メモして|メモされて|記して|記されて|記載されて)))/gu
/**
 * Blind R248B-001 kind: the value told as what is written somewhere (group 5: 「Ｙａｎａ＃２０２５ｋ」と書いてあります, X って書かれてる, X と
 * メモしてある): a secret only where it says what it opens, a login (ログイン用で「…」と書いてあります) or a device or a lock with the note, the
 * sticker or the board it is written on (端末の横の付箋に「…」と書いて). A sign's or a poster's words (看板に「…」と書いてあります) name neither.
 */
const READER_LETTER = /お送りし|ご送付し|送付(?:した|しました|いたし)|お届けし|郵送し|通知書|案内状|はがき|ハガキ|封書|お手元/u
const WRITTEN_MEDIUM = /付箋|ふせん|メモ|貼り紙|張り紙|シール|テープ|ホワイトボード|黒板|紙|裏(?:側|面)?に/u
/**
 * Where the value opens something: a lock, a door, a device, a system. Blind R321C-034 kind: a shutter, a garage or the panel beside it
 * (車庫のシャッターは…横の操作盤に七・四・一・九と入れると開きます, ガレージ, 制御盤): what opens there is a way in as a door is.
 */
const OPENS_CONTEXT = /錠|ロック|lock|key ?pad|テンキー|ダイヤル|金庫|ロッカー|locker|倉庫|書庫|保管庫|扉|ドア|door|通用口|入口|入り口|裏口|勝手口|門|ゲート|キーボックス|端末|タブレット|パソコン|PC|スマホ|iPad|システム|管理画面|アカウント|ログイン|サインイン|ID|ユーザー|シャッター|車庫|ガレージ|操作盤|制御盤/iu
/** Blind R80A-026: where a typed value is a keypad's code: the sentence or the one before names a keypad lock (テンキー, ボタン錠, 電子錠). */
// Blind R321C-034 kind: a fixed control panel a code is keyed on (操作盤, 制御盤) is a keypad (the intercom test still holds).
const KEYPAD_CONTEXT = /テンキー|ボタン錠|プッシュ錠|番号錠|ナンバー錠|電子錠|暗証番号錠|キーレス錠|オートロック|キーパッド|key ?pad|操作盤|制御盤/iu
/** A number keyed in to call a room or a person on an intercom (部屋番号を押して呼び出し, 101号室): no lock's code. */
const INTERCOM = /部屋番号|号室|呼び出|呼出|インターホン|インターフォン|内線|お部屋/u

/**
 * Blind R87A-069: a one-time code that signs in to an account (二段階認証, 確認コード, 認証コード, ワンタイムパスワード, SMS認証, ログイン
 *確認) named, then within a few words, in the same sentence or the next, a bare run of four to eight digits, spaced or not (コードは 4 8 2 9
 * 1 7 です, 今届いたのは ７３０２５８, 共有しとくね。5 1 9 0 3 6 やけん): whoever has it while it lives signs in as the city. Not a figure with
 * its unit (1250件, 2025年, 6桁), a phone, postal or reception number (0944-73-8111, 〒832-8601, 内線 1234), a year, nor advice. Bounded.
 */
const OTP_CONTEXT =
  /(?:確認|認証|検証|承認|ログイン|サインイン|ワンタイム|SMS|ショートメール|セキュリティ)用?の?(?:コード|番号)|ワンタイムパス|(?:二|2)(?:段階|要素)認証|SMS認証|ログイン(?:の)?確認|(?<![A-Za-z])(?:2FA|two-factor|verification code|one-time (?:code|password)|OTP)(?![A-Za-z])/giu
const OTP_DIGITS = /(?<![0-9A-Za-z\-/.,¥￥#＃$])[0-9](?: ?[0-9]){3,7}(?![0-9A-Za-z\-:/.,])/gu
/** Before a run of digits: what numbers it is when it is not the code. */
const OTP_OTHER_NUMBER = /(?:郵便番号|〒|電話|TEL|FAX|内線|外線|代表|No\.?|受付番号|申請番号|整理番号|問い?合わせ番号|番地|第)[^。！？!?\n]{0,4}$/iu
export function findOneTimeCode(t: string, strong: StrongHit[]): void {
  OTP_CONTEXT.lastIndex = 0
  let k = 0
  for (let c = OTP_CONTEXT.exec(t); c && k < MAX_HITS; c = OTP_CONTEXT.exec(t), k++) {
    const from = c.index + c[0].length
    const here = sentenceAround(t, c.index, from)
    const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
    const to = Math.min(next.end, from + 60)
    OTP_DIGITS.lastIndex = from
    for (let d = OTP_DIGITS.exec(t); d && d.index < to; d = OTP_DIGITS.exec(t)) {
      const start = d.index
      const end = start + d[0].length
      if (strong.some((f) => f.start < end && f.end > start)) break
      const digits = d[0].replace(/ /gu, '')
      if (/^(?:19|20)[0-9]{2}$/u.test(digits) || NOT_VALUE_AFTER.test(t.slice(end, end + 6)) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
      if (OTP_OTHER_NUMBER.test(t.slice(Math.max(0, start - 10), start))) continue
      const s = sentenceAround(t, start, end)
      if (AWARENESS.test(t.slice(s.start, s.end)) || PUBLIC_OWN.test(t.slice(s.start, s.end))) continue
      strong.push({ start, end, label: '', name: '認証コード' })
      break
    }
  }
}

/**
 * Blind R321C-025 kind: a code named only by its place in a way of disarming or opening (操作盤で「解除」を押してから番号を入れます), then
 * its value told in the next sentence with a topic of time or of all sharing it (今年は全校共通で 3 3 0 6 です, 今は 4 8 1 9 やけん, 番号は
 * いずれも 2580 です): the figures are what is keyed. Only where the paragraph speaks of a lock, a door or an alarm (PARTED_CODE_CONTEXT,
 * KANJI_CODE_CONTEXT); the value ends its statement (VALUE_ENDS), so no count, price or hour. A counter's number (受付番号), a phone or an
 * intercom, advice and the public's own code are not this. Bounded: a few words after the verb, one short topic before the value.
 */
const KEYED_THEN_VALUE =
  /(?:番号|暗証番号|暗証|コード|数字|PIN)(?:を|は)?(?:入れ|入力し|入力す|押し|押す|押せ|打ち込|打っ|打つ)[^。！？!?\n0-9A-Za-z「『]{0,12}?[。！!\n、,]\s?(?:(?:今年度?|今月|今週|今期|今回|今|いま|現在|当面|期間中|夏休み中|休み中|年末年始|番号|暗証番号)(?:は|も|が)[、,]?\s?)?(?:(?:全校|全館|全台|全室|全員|各校|各館|みんな|すべて|全部)?共通で|(?:全校|全館|全台|全部|すべて|いずれも|どれも)[、,]?)?\s?[「『"]?(?=[0-9〇零一二三四五六七八九])/gu
export function findKeyedThenValue(t: string, strong: StrongHit[]): void {
  if (!/番号|暗証|コード|数字|PIN/u.test(t)) return
  for (const m of hitsOf(KEYED_THEN_VALUE, t)) {
    const at = m.index + m[0].length
    const v = valueAfter(t, at, false)
    if (!v || v.at > at + 1 || !VALUE_ENDS.test(t.slice(v.end, v.end + 8))) continue
    const raw = v.value.replace(/[^!-~]/gu, '')
    if (!/^[0-9]{3,8}[#*]?$/u.test(raw) || isPublicDial(raw)) continue
    if (strong.some((f) => f.start < v.end && f.end > m.index)) continue
    const s = sentenceAround(t, m.index, v.end)
    const sentence = t.slice(s.start, s.end)
    const before = t.slice(Math.max(0, s.start - 120), s.end)
    if (!(PARTED_CODE_CONTEXT.test(before) || KANJI_CODE_CONTEXT.test(before)) || PARTED_CODE_NOT.test(before) || KANJI_CODE_NOT_ON_PANEL.test(sentence)) continue
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || INTERCOM.test(sentence)) continue
    strong.push({ start: m.index, end: v.end, label: '', name: '解除番号' })
  }
}

/**
 * Blind R256M-048 kind: a door's code put in brackets right after the door, with or without the kind of lock (防災無線室の扉（番号式、
 * ０３１７）から入室してください, 通用口（テンキー 4821）で開けて): the figures are what is keyed there, then the way in is told. Full-width
 * figures are read as figures (NFKC). Without the lock's kind, four to eight figures; never a room called on an intercom, advice or an
 * example. Bounded: the lock's kind is one word, the verb within 8 characters of the bracket.
 */
const DOOR_BRACKET_CODE =
  /(?:扉|ドア|通用口|通用門|裏口|勝手口|出入り?口|入り?口|(?<![\p{Script=Han}])門|ゲート|玄関|錠)[(（]\s?((?:番号|暗証番号|暗証|テンキー|ボタン|プッシュ|ダイヤル|ナンバー)(?:式|錠)?[、,:：]?\s?)?([0-9]{3,8}|[〇零一二三四五六七八九]{3,8})\s?[#＃*＊]?\s?[)）](?:から|で|を|と)?[^。！？!?\n]{0,8}?(?:入室|入館|入って|入れ|入り|開け|開き|開錠|解錠|解除|押し|入力)/gu
export function findDoorBracketCode(t: string, strong: StrongHit[]): void {
  sentenceHits(
    t,
    DOOR_BRACKET_CODE,
    strong,
    '解除番号',
    (sentence, m) =>
      !(m[1] === undefined && m[2]!.length < 4) && !AWARENESS.test(sentence) && !INTERCOM.test(sentence) && !EXAMPLE_BEFORE.test(t.slice(Math.max(0, m.index! - 12), m.index!)),
  )
}

/**
 * Blind R317C-047 kind: the code that works a city system from outside (防災行政無線は…担当者の携帯電話から放送できる仕組みです。専用番号に
 * 電話をかけ、音声ガイダンスのあとに2580と＃を押すと、録音した内容が市内全域に流れます; 水門は…電話して 4 8 2 1 を押すと遠隔で閉まります):
 * whoever has it broadcasts to the city or works its gates. A system worked remotely (REMOTE_SYSTEM) named in the sentence or the ones
 * just before it, a call or a remote way in (電話, 携帯, 遠隔), then four to eight figures keyed in (押す, 入力), a # or * key after them or
 * not, and what it does (放送, 流れ, 鳴らす, 閉まる). A public dial, a number to hear the broadcast again (テレホンサービス, 聞き直し) or a
 * counter's number (予約番号) is not this. Bounded.
 */
const REMOTE_SYSTEM = /防災(?:行政)?無線|同報(?:系)?無線|防災放送|屋外(?:スピーカー|拡声器?)|サイレン|水門|樋門|閘門|排水ポンプ|ポンプ場|排水機場|遠隔(?:操作|放送|制御)|館内放送|放送設備|緊急放送|一斉放送|緊急速報|エリアメール/u
const REMOTE_WAY = /電話|携帯|スマホ|スマートフォン|遠隔|外から|外部から|自宅から|出先から|リモート/u
const REMOTE_ACT = /放送|流れ|流せ|流す|鳴ら|鳴り|鳴る|開閉|閉ま|閉め|開き|開け|起動|作動|操作|停止|止ま|止め|配信|送信/u
const REMOTE_DIGITS =
  /(?<![0-9A-Za-z\-ー.,:/])(?:[0-9](?:[-ー、, ][0-9]){3,7}|[0-9]{4,8})(?:\s?(?:と|、|,|→)?\s?[#*＃＊])?(?![0-9A-Za-z]|[-ー.:/][0-9])(?=\s?[」』"]?\s?(?:(?:と|を|の順(?:番)?(?:に|で)?|、)[^。\n]{0,6}?)?(?:押|入力|打ち込|プッシュ))/gu
const REMOTE_NOT = /聞き|聴き|聞け|聴け|確認でき|再生|テレ[ホフ]ォ?ンサービス|応答サービス|予約|申込|申し込|受付番号|整理番号|会員番号|郵便番号/u
export function findRemoteCode(t: string, strong: StrongHit[]): void {
  if (!REMOTE_SYSTEM.test(t) || !REMOTE_WAY.test(t)) return
  for (const m of hitsOf(REMOTE_DIGITS, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start) || isPublicDial(m[0])) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const before = t.slice(Math.max(0, s.start - 160), s.end)
    if (!REMOTE_SYSTEM.test(before) || !REMOTE_WAY.test(before) || !REMOTE_ACT.test(sentence)) continue
    if (REMOTE_NOT.test(sentence) || AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence)) continue
    strong.push({ start, end, label: '', name: '遠隔操作の暗証番号' })
  }
}

export function findValueThatOpens(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.valueOpens] && !has[W.written]) return
  VALUE_OPENS.lastIndex = 0
  let k = 0
  for (let m = VALUE_OPENS.exec(t); m && k < MAX_HITS; m = VALUE_OPENS.exec(t), k++) {
    const start = m.index
    const valueEnd = start + m[1]!.length
    if (strong.some((f) => f.start < valueEnd && f.end > start)) continue
    const value = m[1]!.replace(/[・、 -]/gu, '').replace(/./gu, (c) => KANJI_DIGIT[c] ?? c)
    const raw = m[1]!.replace(/[.,)\]」』"'、。]+$/u, '')
    if (NOT_VALUE.test(raw) || NOT_OPENING_VALUE.test(raw) || isPublicDial(raw)) continue
    const digits = value.replace(/[^0-9]/g, '').length
    const letters = value.replace(/[^A-Za-z]/g, '').length
    // Digits, or letters with digits: a word alone (Teams, Google, e-Tax) is a service, not a secret.
    if (!(digits >= 3 || (letters >= 2 && digits >= 2))) continue
    const s = sentenceAround(t, start, valueEnd)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || EXAMPLE_AFTER.test(t.slice(valueEnd, valueEnd + 28))) continue
    const before = t.slice(Math.max(0, s.start - 120), s.end)
    if (m[2] === undefined && m[3] !== undefined && !OPENS_CONTEXT.test(before)) continue
    // Logging back in with it (X で入り直して): a system's only where the sentence or the one before names a system, a device or an account.
    if (m[2] !== undefined && /入り/u.test(m[2]) && !OPENS_CONTEXT.test(before)) continue
    // Typed into a field: only a login's (ログイン画面では、下の欄に X を入れて); not a search, a year or a number to apply with.
    // Blind R80A-026: or a keypad's (通用口のテンキーに 四・八・二・六・＃ を入れて入ってください); not a room called on an intercom (部屋番号, 呼出).
    // Told as what is written (「…」と書いてあります): a login's, or a device's or a lock's written on a note beside it (WRITTEN_MEDIUM).
    // (Not what the reader was sent: お送りした通知書に「…」と記載されています is their own letter, PUBLIC_OWN their own secret.)
    if (m[5] !== undefined && (!(LOGIN_CONTEXT.test(before) || (OPENS_CONTEXT.test(before) && WRITTEN_MEDIUM.test(before))) || READER_LETTER.test(sentence) || PUBLIC_OWN.test(sentence))) continue
    if (m[4] !== undefined && (!(LOGIN_CONTEXT.test(before) || (KEYPAD_CONTEXT.test(before) && !INTERCOM.test(sentence))) || /検索|申請番号|受付番号|郵便番号|年度|金額|生年月日|電話番号/u.test(sentence))) continue
    strong.push({ start, end: valueEnd, label: '', name: m[2] !== undefined || m[4] !== undefined || (m[5] !== undefined && LOGIN_CONTEXT.test(before)) ? 'ログイン情報' : '解除番号' })
  }
}

/**
 * A code said in kana that opens something (キーボックスは、ダイヤルを「さんぱちにーまる」に合わせると開きます): KANA_OPENS in the hiragana
 * view, standing alone in the text (after a bracket, a space, a non-kana letter, or a particle after one: ダイヤルをさんぱち…), where
 * the sentence or the one before names a lock, a door or a device.
 */
export function findKanaThatOpens(t: string, has: Uint8Array, low: Uint8Array, strong: StrongHit[]): void {
  // What it finds lies in a sentence (or after one) that names a lock, a door or a device: without such a word, nothing.
  if (!has[W.opens] || !(has[W.opensContext] || low[F.opensContext])) return
  const h = toHiragana(t)
  KANA_OPENS.lastIndex = 0
  let k = 0
  for (let m = KANA_OPENS.exec(h); m && k < MAX_HITS; m = KANA_OPENS.exec(h), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const before = t[start - 1]
    const alone = before === undefined || !/[ぁ-ゖァ-ヺー]/u.test(before) || (/[をはが]/u.test(before) && !/[ぁ-ゖ]/u.test(t[start - 2] ?? 'ぁ'))
    if (!alone) {
      KANA_OPENS.lastIndex = start + 1
      continue
    }
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
    if (!OPENS_CONTEXT.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    strong.push({ start, end, label: '', name: '解除番号' })
  }
}
