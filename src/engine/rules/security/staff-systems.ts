/**
 * Staff systems' weak points (5(1)): the hours a firewall or antivirus is stopped (0時〜5時は、ファイアウォールを停止して), a second factor routed to
 * a shared staff device, a hidden admin menu told by the gesture that opens it (画面右下を5秒長押し), a network key told in plain words, and
 * a login name or secret made of a staff fact (職員番号＋生年月日). Stays clean: advice, a public app's own screen (マイナポイントの管理画面), the
 * reader's own public-service account. Part of the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import {
  AWARENESS,
  CLASS_OF_SECRETS,
  CLOCK_EXACT,
  CLOCK_TIMES,
  EXAMPLE_AFTER,
  EXAMPLE_BEFORE,
  hitsOf,
  isAdvice,
  kanaTail,
  MAX_HITS,
  NETWORK,
  next,
  PUBLIC_OWN,
  READER_DEVICE,
  READER_SERVICE,
  sentenceText,
  valueAfter,
} from './context'

/**
 * Blind R261D-012 kind: the window when the network's defences are off, announced (11月16日0時〜5時は、ファイアウォールとウイルス対策
 * サーバーを停止して作業を行います。この間、庁内端末の通信監視は行われません): a firewall, an antivirus or intrusion system or the watch on
 * traffic said to be stopped or disabled, with the hours in the sentence, or the watch said to be off in that time: whoever reads it knows
 * when to attack. A public service stopped for maintenance (電子申請サービスを停止します), advice not to disable the antivirus
 * (ウイルス対策ソフトを停止しないでください) and a defence named with no stop or no time stay clean.
 */
const DEFENCE_DEVICE = '(?:ファイアウォール|ファイヤーウォール|ファイアーウォール|ウイルス対策|ウィルス対策|アンチウイルス|ウイルス検知|侵入検知|侵入防止|IDS|IPS|UTM|セキュリティ(?:ソフト|装置|機器|監視)|通信監視|ログ監視|不正アクセス(?:の)?監視)'
const DEFENCE_OFF = new RegExp(
  `${DEFENCE_DEVICE}[^。！？!?\\n]{0,24}?(?:停止|止め|止ま|オフに|無効に|無効化|切断|解除)(?:し|させ|され|いたし|する|します|して|中|と)(?!な(?:い|かっ)|ません|ちゃ(?:だめ|ダメ|いけ))`,
  'gu',
)
/** …and the watch said to be off in that time (この間、…通信監視は行われません). */
const WATCH_OFF = /(?:この間|その間|作業中|停止中|時間帯)[^。！？!?\n]{0,30}?(?:監視|検知|防御)(?:は|が|も)?(?:行われ|行い|行え|され|でき|機能し|働き)(?:ません|ない|ず)/u
export function findDefenceOff(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.norm.text
  for (let m = next(DEFENCE_OFF, t, true), n = 0; m && n < MAX_HITS; m = next(DEFENCE_OFF, t), n++) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const after = t.slice(s.end, Math.min(t.length, s.end + 80))
    if (AWARENESS.test(sentence) || isAdvice(sentence)) continue
    if (!CLOCK_TIMES.test(sentence) && !(CLOCK_EXACT.test(sentence) && WATCH_OFF.test(after))) continue
    const { start, end } = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'security/weakness', start, end })
  }
}

/**
 * Blind R317C-058 kind: where the city's account sends its one-time sign-in code, told as a named staff member's phone or mail (確認コードは
 * 広報係長の携帯に届く設定です, 二段階認証のSMSは課長の私用スマホに来ます, 係長のスマホに認証コードが届くので): whoever reads it knows whose
 * phone to take over or whom to fool into reading it out. The code or the two-step login named, and the phone or the mail of a post or a
 * person (係長, 課長, …さん) it goes to; a generic 担当者 names no one. A reader's own phone (ご登録の携帯電話に届きます) and advice are not this. Bounded gaps.
 */
const TWO_FACTOR_WORD =
  '(?:(?:確認|認証|ログイン|サインイン|セキュリティ|ワンタイム|SMS)(?:用の?)?(?:コード|番号)|ワンタイムパスワード|(?:二|2)(?:段階|要素)認証(?:の(?:コード|通知|番号|SMS|メール))?|SMS認証(?:の(?:コード|通知|番号))?|認証(?:用の?)?(?:SMS|メール)|ログイン(?:の)?(?:通知|確認))'
const STAFF_DEVICE =
  '(?:係長|課長|部長|室長|所長|館長|局長|主査|主任|主事|市長|副市長|さん|くん|君)の(?:個人(?:の|用の?)?|私用の?|私物の?|業務用の?)?(?:携帯(?:電話)?|スマホ|スマートフォン|ケータイ|電話|iPhone|アイフォン|メール(?:アドレス)?|アドレス|LINE)'
const TWO_FACTOR_ROUTED = new RegExp(
  `${TWO_FACTOR_WORD}(?:は|が|も)[、,]?[^。！？!?\\n]{0,20}?${STAFF_DEVICE}(?:に|へ|宛て?に?)(?:[^。！？!?\\n]{0,4}?)(?:届|送られ|送信され|来|飛|転送され|入)` +
    `|${STAFF_DEVICE}(?:に|へ)[^。！？!?\\n]{0,10}?${TWO_FACTOR_WORD}(?:が|は|も)(?:届|送られ|送信され|来|飛|転送され|入)`,
  'gu',
)
export function findTwoFactorRoute(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/コード|番号|認証|パスワード|通知|確認/u.test(t) || !/携帯|スマ|ケータイ|電話|iPhone|アイフォン|メール|アドレス|LINE/u.test(t)) return
  for (const m of hitsOf(TWO_FACTOR_ROUTED, t)) {
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /ご登録|ご自身|登録した|登録済み|各自/u.test(sentence)) continue
    const end = kanaTail(t, m.index + m[0].length, 6)
    const span = doc.fromSqueezed(m.index, end)
    emit({ rule: 'security/weakness', start: span.start, end: span.end })
  }
}

/**
 * Blind R321C-004 kind: the hidden way into a machine's staff side told by the gesture that opens it (証明書自動交付機の管理者メニューは、画面
 * 右下を5秒長押しすると出てきます; 3回タップすると保守モードに入れます; ボタンを押しながら電源を入れるとメンテナンス画面が開きます): whoever
 * reads it can bring up the menu at the machine. The staff side is named (管理者メニュー, 管理画面, 保守モード, メンテナンス画面, 係員メニュー;
 * not a settings menu, a developer mode or a secret menu item of a shop), and a press held, repeated or combined, then it appearing. The
 * reader's own device and advice are not this. Bounded.
 */
const STAFF_MODE = '(?:管理者|管理|保守|保守点検|メンテナンス|係員|職員(?:用|専用)|技術者|サービスマン|マスター)(?:用)?の?(?:メニュー|モード|画面|設定画面)'
const OPEN_GESTURE =
  '(?:[0-9０-９一二三四五六七八九十]{1,2}秒(?:間)?(?:以上)?(?:長押し|押し続け|押したまま)|長押し|同時(?:に)?押し|押しながら|[0-9０-９一二三四五六七八九十]{1,2}回(?:連続(?:で)?|続けて)?(?:タップ|押|クリック|叩|触|タッチ)|連打|(?:右|左)(?:上|下)(?:の)?(?:隅|角|端)(?:を|に)(?:タップ|押|触|タッチ))'
const MODE_APPEARS = '(?:出て|出ま|出る|表示され|表示します|開き|開く|開け|入れ|入り|切り替わ|起動し|起動する|なり|なる)'
const HIDDEN_ADMIN = new RegExp(
  `(${STAFF_MODE})(?:は|が|も|へは|には)[、,]?[^。！？!?\\n]{0,30}?${OPEN_GESTURE}[^。！？!?\\n]{0,12}?${MODE_APPEARS}` +
    // The way in as the topic (管理者モードの出し方は、ロゴを10回連続でタップするだけです): the gesture is the answer.
    `|(${STAFF_MODE})(?:に入るには|へ入るには|を(?:出す|開く|表示する)には|の(?:出し方|開き方|入り方)は)[、,]?[^。！？!?\\n]{0,30}?${OPEN_GESTURE}` +
    `|${OPEN_GESTURE}[^。！？!?\\n]{0,12}?(?:と|で|すると|すれば|したら|ば)[、,]?(${STAFF_MODE})(?:が|に|へ|を)[^。！？!?\\n]{0,6}?${MODE_APPEARS}`,
  'gu',
)
/** A public app or web service (アプリ, マイページ, マイナポイント, ポータル, 公式LINE): the reader's own screens. */
const PUBLIC_APP = /アプリ|マイページ|マイナポ|ポータル|サイト|ホームページ|LINE|インスタ|Instagram|Facebook|ブラウザ/iu
export function findHiddenAdmin(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/メニュー|モード|画面/u.test(t) || !/押|タップ|クリック|叩|触|タッチ|連打/u.test(t)) return
  for (const m of hitsOf(HIDDEN_ADMIN, t)) {
    const sentence = sentenceText(t, m.index, m.index + m[0].length)
    if (AWARENESS.test(sentence) || READER_DEVICE.test(sentence) || PUBLIC_OWN.test(sentence) || isAdvice(sentence)) continue
    // Review rsec59 kind: a public app's or web service's own screen (マイナポイントの管理画面は、右上のアイコンを2回タップすると開きます):
    // the reader's own, not a machine's staff side. A machine or a staff word in the sentence keeps it one.
    if (PUBLIC_APP.test(sentence) && !/機|端末|盤|装置|職員|係員|管理者メニュー|保守/u.test(sentence)) continue
    const end = kanaTail(t, m.index + m[0].length, 6)
    const span = doc.fromSqueezed(m.index, end)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: `${(m[1] ?? m[2] ?? m[3])!}の出し方` } })
  }
}

// ---------- what lets someone in or take something, told in plain words (blind R381E kinds) ----------

/**
 * Blind R381E-026 kind: a network's key named 鍵 or カギ (Wi-Fiを「…」に切り替えて、鍵は ｍ ａ ｄ ｏ ２ ０ ２ ５ ！ を入れて), as a bare キー
 * is in a paragraph about a network (NETWORK): the value after it, in any spelling valueAfter reads, is the key. Not a key to a door
 * (合鍵, 予備の鍵: no value follows them), a sample (EXAMPLE_AFTER, EXAMPLE_BEFORE) or a lesson without a statement of it.
 */
const NETWORK_KEY_WORD = /(?<![合備])(?:鍵|カギ)(?=\s?(?:は|が|も|って|[:=→]))/gu
export function findNetworkKeyWord(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/鍵|カギ/u.test(t) || !NETWORK.test(t)) return
  for (const m of hitsOf(NETWORK_KEY_WORD, t)) {
    const v = valueAfter(t, m.index + m[0].length, false)
    if (!v || EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, v.at - 10), v.at))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (CLASS_OF_SECRETS.test(t.slice(Math.max(0, m.index - 14), m.index)) || !NETWORK.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    const span = doc.fromSqueezed(m.index, v.end)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: m[0] } })
  }
}

/**
 * Blind R381E-003 kind: a staff login told as how it is made, with no word for the secret (ログインの仕方が変わります。新しいのは職員番号の
 * うしろに「yng」と今月の数字をくっつけるだけ; 職員番号＋yng06 で入れます): a staff member's own number or birthday with a literal put after
 * or before it, or joined to it by a plus sign. A login or a device one signs in to must be named in the sentence or just before it; an
 * ID, a user name or a mail address so made is no secret (LOGIN_NAME_MADE), nor the public's own account (PUBLIC_OWN, READER_SERVICE) or a
 * lesson (AWARENESS). Bounded.
 */
const STAFF_FACT = '(?:職員番号|社員番号|職員コード|生年月日|誕生日|内線番号)'
const LOGIN_FACT_AFFIXED = new RegExp(
  `${STAFF_FACT}の?(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に|先頭に|お尻に|おしりに)\\s?(?:(?:小文字|大文字|半角|全角)で\\s?)?[「『"]?[A-Za-z0-9!#$%&*\\-_.@]{2,16}[」』"]?\\s?(?:と[^。！？!?\\n「」]{1,12}?)?を?(?:付け|つけ|くっつけ|足し|たし|加え|くわえ|続け|並べ)` +
    `|${STAFF_FACT}\\s?\\+\\s?[「『"]?[A-Za-z0-9!#$%&*\\-_.@]{2,16}`,
  'gu',
)
const LOGIN_PLACE = /ログイン|サインイン|ログオン|入り方|端末|パソコン|(?<![A-Za-z])PC(?![A-Za-z])|タブレット|システム|グループウェア/u
const LOGIN_NAME_MADE = /(?<![A-Za-z])(?:ID|id)(?![A-Za-z])|ユーザー?名|アカウント名|メール|アドレス|ファイル名|フォルダ名/u
export function findLoginMadeOfFact(doc: Doc, emit: (f: DraftFinding) => void): void {
  const t = doc.squeezed.text
  if (!/番号|生年月日|誕生日|職員コード/u.test(t)) return
  for (const m of hitsOf(LOGIN_FACT_AFFIXED, t)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const near = t.slice(Math.max(0, s.start - 120), s.end)
    if (!LOGIN_PLACE.test(near) || LOGIN_NAME_MADE.test(sentence) || AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || READER_SERVICE.test(near)) continue
    const span = doc.fromSqueezed(m.index, m.index + m[0].length)
    emit({ rule: 'security/credential', start: span.start, end: span.end, data: { label: 'ログイン情報' } })
  }
}
