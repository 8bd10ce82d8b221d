/**
 * Credentials with their values (5(1)): a secret word (パスワード, 暗証番号, PIN, ドアコード, Wi-Fiのキー …) followed by its value (spaced out,
 * full-width, kanji or kana digits, bracketed, mnemonic), new codes told after a change, derived codes (代表番号の下4桁), dial turns and
 * key sequences of a lock, and the credential detectors of the other files called in order (findSecrets). Stays clean: rules and
 * examples of passwords (8文字以上, 「1234」などは避け), awareness posts, the public's own secrets, numbers everyone dials. Part of the
 * security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import {
  AWARENESS,
  CAMPAIGN_CODE,
  CHANGED_THEN,
  CHANGED_TO,
  CLASS_OF_SECRETS,
  CODE_ORDER_STATED,
  DERIVED_CODE,
  DIAL_HOLDER,
  DIAL_TURNS,
  EXAMPLE_AFTER,
  EXAMPLE_BEFORE,
  F,
  isPublicDial,
  KANJI_CODE_CONTEXT,
  KANJI_CODE_NOT,
  KANJI_CODE_NOT_ON_PANEL,
  KANJI_KEY_SEQUENCE,
  KEY_ORDER_TOLD,
  KEY_SEQUENCE,
  KEYED_ON_PANEL,
  LOCK_NEAR,
  LOGIN_BY_VALUE,
  LOGIN_DEVICE,
  LOGIN_VALUE_USED,
  MAX_HITS,
  NETWORK,
  NEW_CODE,
  next,
  NOT_OPENING_VALUE,
  OPENS,
  ORDER_CODE_CONTEXT,
  PART_CHANGED,
  PARTED_CODE_CONTEXT,
  PARTED_CODE_NOT,
  PARTED_KEY_SEQUENCE,
  PASSWORD_LIKE,
  PUBLIC_OWN,
  readerServiceSecret,
  STAFF_LOGIN,
  type StrongHit,
  toHiragana,
  TYPED_NAME,
  type Value,
  VALUE_ENDS,
  valueAfter,
  W,
} from './context'
import {
  findDoorBracketCode,
  findKanaThatOpens,
  findKeyedThenValue,
  findOneTimeCode,
  findRemoteCode,
  findValueThatOpens,
} from './lock-codes-and-keypads'
import {
  findAccessWatchword,
  findAccountLogin,
  findDefaultCredential,
  findFieldPair,
  findInitialRecipe,
  findInitialSettingValue,
  findLoginAlike,
  findLoginPair,
  findLoginRecipe,
  findLoginWatchword,
  findPeriodValue,
  findSharedAccount,
  findWayInSecret,
} from './logins-and-default-passwords'
import { findConnectRecipe, findHints, findLockByDigits, findUsualPlusAffix, findWayInByFact } from './secret-hints-and-recipes'

// ---------- secrets with their value ----------

/** What a login or a connection asks for (聞かれる, 求められる, 要求される): typed there, it is the key. Blind R346C-031 kind. */
const ASKED_FOR = '(?:聞かれる|訊かれる|きかれる|尋ねられる|求められる|要求される|問われる)'
/**
 * Words that name a secret. Group 1: strong (a secret on its own); group 2: an account name that
 * is a secret only next to a strong one. ASCII words may be spaced out (p a s s). Bounded: linear.
 */
const SECRET_KEY = new RegExp(
  [
    '(',
    '(?<![A-Za-z])(?:p ?a ?s ?s(?: ?w ?o ?r ?d| ?w ?d| ?c ?o ?d ?e)?|p ?a ?s ?u ?w ?a ?(?:- ?|a ?)?d ?o|p ?w ?d?|p ?i ?n(?: ?c ?o ?d ?e)?)(?![A-Za-z])',
    // Blind R356D-008 kind: パス spelt in hiragana, spaced or not (ぱ す → Sagemon#2025, ぱすは …), before a sign or a value.
    // One character may be masked (パスワ〇ド, 暗●番号): the 伏せ字 of someone who knows it should not be written.
    // Blind R135D-040: the word spelt in kana, whole or in part (ｱﾝｼｮｳﾊﾞﾝｺﾞｳ, read full-width; あんしょう番号, 暗証ばんごう).
    // Blind R173I-080: the word broken by a line break (ログイン時のパス⏎ワードは⏎…, 暗証⏎番号, パス⏎コード): still the word.
    // Blind R173I-051: PW or PIN spelt as the names of its letters in katakana (ピー・ダブリュー：…, ピーアイエヌ), squeezed to one word.
    '|パ\\n?[ス○〇●◯×✕*■□※]\\n?[ワ○〇●◯×✕*■□※]\\n?[ー○〇●◯×✕*■□※-]\\n?ド|パスワー[○〇●◯×✕*■□※]|パス\\n?コード|(?<![ァ-ヴー])(?:ピーダブ(?:リュー|リュ|ル)|ピーアイエヌ)(?![ァ-ヴ])|パスフレーズ|パスキー|ぱすわーど|(?<![ぁ-ゖ])ぱす(?:こーど)?(?=\\s|[:：=→⇒>「『(（【]|(?:は|も)\\s?[「『]?[!-~])|あんしょうばんごう|アンショウバンゴウ|アンショーバンゴー|(?:あんしょう|アンショウ|暗しょう)(?:番号|ばんごう|バンゴウ)|暗証(?:ばんごう|バンゴウ)|合言葉|合い言葉|あいことば',
    '|暗[証○〇●◯×✕*■□※]\\n?(?:[番○〇●◯×✕*■□※][号○〇●◯×✕*■□※]|コード|ナンバー)|暗証|(?<![ァ-ヴー])パス(?![ァ-ヴー])|PINコード',
    // Blind R291F-010 kind: a till's or a machine's override code named by who holds it (管理者コード「７３９１」, マスターコード,
    // 責任者用コード): a secret as 解除コード is. Not a bare 管理コード or 管理番号 (a product's or a record's number).
    '|(?:管理者|責任者|店長|マスター)(?:用)?の?コード(?![ァ-ヴー])',
    '|(?:解除|解錠|開錠|ドア|入室|入館|認証|ロック解除|暗号化|ネットワーク|接続|セキュリティ|キーロック|ドアロック|ロック|テンキー|ボタン錠|番号錠|電子錠|オートロック)(?:番号|コード|キー|ナンバー)',
    // Blind R71A-093: a key box named in plain Japanese (鍵箱の番号は 四・〇・八・二 です, カギ箱, 鍵ボックス, 鍵入れ).
    // Blind R206A-004 kind: a way in named as a door (職員控室の入口の番号は「…」, 玄関の番号): what is keyed there is its code.
    '|(?:金庫|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|鍵保管箱|南京錠|ダイヤル錠|錠前|テンキー|オートロック|電子錠|防犯センサー|センサー|警報装置|警報機|警備システム|セキュリティ|扉|ドア|通用口|通用門|裏口|勝手口|出入り?口|入り?口|玄関)の?(?:暗証)?(?:番号|ナンバー|コード|ダイヤル|数字)(?!錠)',
    // Blind R207I-024 kind: a keypad lock named bare by its kind (番号錠, ボタン錠, プッシュ錠) as 電子錠 is: the topic whose new code is told.
    '|テンキー|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|ナンバー錠|ボタン錠|プッシュ錠|キーレス錠|オートロック|電子錠|(?<![ァ-ヴー])ダイヤル(?![ァ-ヴー])',
    '|(?:wi-?fi|無線LAN|ワイファイ)の?(?:キー|鍵)',
    // A network's key in English (network key: X, WPA key = X, Wi-Fi key X).
    '|(?<![A-Za-z])(?:network|wi-?fi|wireless|wlan|wpa[23]?|wep|security|encryption) ?(?:key|pass)(?![A-Za-z])',
    // Other names for the secret: 認証情報, ログイン情報; English (keypad, passcode, door code); what unlocks a device
    // (初回起動時の番号, ロック解除用のコード, パソコンを開くときの呪文).
    '|認証情報|ログイン情報|サインイン情報|資格情報|アクセス情報',
    // Blind R76A-073 / R77A-059: a two-step login's spare code (二段階認証のバックアップコード（4821-7730-5519）, 予備のバックアップコードは
    // 3851-2274 やけん, リカバリーコード, 復旧用コード, 2段階認証の予備コード; backup codes, recovery code): it lets anyone into the account.
    '|(?:バックアップ|リカバリー?|復旧|回復)用?の?(?:コード|キー)|(?:(?:2|二)(?:段階|要素)認証)(?:用|の)?(?:予備の?)?コード|予備の?(?:認証|ログイン)コード',
    '|(?<![A-Za-z])(?:backup|back-up|recovery|2fa|two-factor|two-step) ?(?:codes?|keys?)(?![A-Za-z])',
    // Blind R87A-069: a one-time code that signs in (確認コード, ログインコード, ワンタイムコード, SMSで届く検証コード; 認証コード is above):
    // whoever has it while it lives is let into the account.
    '|(?:確認|検証|承認|ログイン|サインイン|ワンタイム|SMS|ショートメール)用?の?コード|(?<![A-Za-z])(?:verification|security|one-time|login|sign-in) ?codes?(?![A-Za-z])',
    '|(?<![A-Za-z])(?:passcode|passphrase|pasuw[a-]{1,2}do|key ?pad|(?:door|lock|entry|access|gate|unlock) ?code|combination)(?![A-Za-z])',
    '|(?:起動|ロック解除|画面ロック|ログイン|サインイン|解除|開錠|解錠)(?:時|用|する(?:とき|時))?の(?:番号|数字|コード|文字列?|呪文|合言葉|暗号)',
    // Blind R394T-013/027 kind: the secret named by the way in it opens, in a word that hides it (入室の呪文, 入るときの文字列, 入館の合言葉).
    '|(?:入室|入館|(?:入る|はいる|入室する|入館する|開ける|あける)(?:とき|時|際))の(?:呪文|合言葉|合い言葉|暗号|文字列?)',
    // Blind R234M-035 kind: the secret named by what is typed to connect or to get in, with no word for it (ネット、つなぐときに入れる文字は
    // y a n a g a w a - 1 1 0 3 です, ログインするときに入力する文字列は): what is typed there is the key.
    // Blind R346C-031 kind: …or by what the screen asks for then (つなぐときに聞かれる文字列は, 接続時に求められる番号): what is asked is the key.
    '|(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)に?(?:入れる|入力する|打つ|打ち込む|' + ASKED_FOR + ')(?:文字列?|言葉|番号|コード)',
    // Blind R321C-037 kind: …or by when it is typed, the first time or at the login (初回に入れる文字列：Ygw#5520, 最初に入力する番号は,
    // ログイン時に打つ文字は): what is typed then is the secret, named without its word.
    '|(?:(?:初回|最初|初めて|はじめて|一番最初)(?:の(?:ログイン|サインイン|起動|接続)(?:の)?)?(?:時|とき|際)?|(?:ログイン|サインイン|起動|接続)(?:の)?(?:時|とき|際))(?:に|は)?(?:入れる|入力する|打つ|打ち込む|' + ASKED_FOR + ')(?:文字列?|言葉|番号|コード|数字|英数字|キーワード)',
    // A device's lock itself told with its value (タブレットの画面ロックは 0729): the lock is what the code opens.
    // Blind R226E-012 kind: …the lock's release named with の (画面ロックの解除は ｙａｎａ－２０２５！ です) is the release itself as the topic.
    // Blind R237M-013 kind: the device named with の before its lock (受付用iPadのロックは「ニ・ゼロ・ニ・ロク…」), the same lock.
    "|(?:画面|端末|スマホ|タブレット|パソコン|PC|(?:端末|スマホ|タブレット|パソコン|PC|iPad|iPhone|アイパッド)の)ロック(?:の?解除)?(?=[はがも:：=]|の(?:解除)?(?:番号|コード|数字)?は)",
    '|(?:パソコン|PC|端末|タブレット|スマホ|iPad|画面|ロッカー|金庫|倉庫|扉|ドア)を(?:開く|開ける|起動する|立ち上げる|解除する|使う)(?:とき|時)?の(?:番号|数字|コード|文字列?|呪文|合言葉|暗号|パス)',
    // Blind R67A-115: the release itself as the topic (受付タブレット、ロック解除は 2 5 8 0 やけん; ロックの解除は, ロック解除するときは):
    // what follows is what releases it (a time or a date is not: LOCK_RELEASE_NOT_VALUE).
    '|ロック(?:の|を)?解除(?:(?:する|の)?(?:とき|時|際)|に)?(?= ?[はがも:=、,])',
    ')|(',
    '(?<![ァ-ヴー])キー(?![ァ-ヴー])|(?<![A-Za-z])key(?= ?[:=])|ログイン ?(?:ID|名|ネーム)|ユーザー? ?(?:ID|名|ネーム)|(?<![A-Za-z0-9_-])(?:user ?(?:name|id)?|login ?(?:id)?|SSID|ID)(?![A-Za-z])|アカウント ?(?:ID|名)|(?:ログイン|サインイン)(?= ?(?:は|:|=)(?! ?(?:ID|user|login|pass|PW|ユーザー|パス|アカウント)))|(?<![A-Za-z])(?:wi-?fi|無線LAN|ワイファイ)(?= ?[:=])',
    ')',
  ].join(''),
  'giu',
)
/** What states the value after an English secret word (password: X, PIN = X, password is X, "X", (X)). Blind HI-015. */
const EN_STATED = /[:=：＝→「『"'“‘(（【[]|(?<![A-Za-z])(?:is|are|was|were|wa)(?![A-Za-z])|[はが]/u
/** A lock's release as the secret's word (SECRET_KEY, blind R67A-115). */
const LOCK_RELEASE = /^ロック(?:の|を)?解除(?:(?:する|の)?(?:とき|時|際)|に)?$/u
/**
 * A word of SECRET_KEY that names a lock or a device's lock, bare or with its 番号 (電子錠, オートロック, テンキー番号, 金庫のダイヤル,
 * ロック解除, keypad, door code), not a password or an account (パスワード, PIN, 暗証番号, ネットワークキー).
 */
const LOCK_WORD = /錠|ロック|テンキー|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|ダイヤル|金庫|扉|ドア|通用口|通用門|裏口|勝手口|入り?口|玄関|入室|入館|解除|解錠|開錠|センサー|警報|警備システム|key ?pad|door|lock|gate|entry|combination/iu
/**
 * Colleague's R68 report: what follows a lock word and is not its code (会議室の電子錠は、2025/4/1 からICカードに切り替わります): a time
 * (21:00, 8:30-17:15), a date (2025/4/1, 2025-04-01, 12/15), a phone number (0944-73-8111, 0944(73)8111) — no keypad has a colon, a
 * slash or a phone's groups; a product (iPhone15, SESAME5; a word of letters only, unless it opens the lock).
 */
const NOT_LOCK_CODE =
  /^(?:\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?|(?:19|20)\d{2}[/.](?:0?[1-9]|1[0-2])(?:[/.](?:0?[1-9]|[12]\d|3[01]))?|(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])|0\d{1,4}-\d{1,4}-\d{3,4}|0\d{1,4}\(\d{1,4}\)\d{3,4}|[A-Za-z]+\d{1,2})$/u
/** After a value: a room (301室, 2 会議室) or a product's make or model (RS-110型, KS300 シリーズ, Panasonic 製) the lock is in or is. */
const ROOM_OR_MODEL_AFTER = /^ ?(?:号?室|会議室|教室|号館|型|形式|製|社製|シリーズ|モデル|タイプ)/u

/**
 * After a secret or a lock word, the date or the time a new code takes effect, then the code (電子錠は、2025/4/1 から 7391 に変わります,
 * パスワードは 4/1から yng2580 です, テンキーは 2025年4月1日より 2580# になります): the date is when, the value after it is the code. Bounded.
 */
const WHEN_THEN =
  /^(?:は|が|も|の)?[、,]? ?(?:(?:\d{2,4}[/.年-])?\d{1,2}[/.月-]\d{1,2}日?|\d{1,2}時(?:\d{1,2}分)?|\d{1,2}:\d{2}) ?(?:\([^)\n]{1,3}\))? ?(?:から|より|以降|以後|付け?で)(?:は)?[、,]? ?(?:(?:新しい|新|変更後の)?(?:番号|暗証番号|コード)(?:は|が|:)? ?)?/u
/** After such a code: it is stated, set or opens the lock (です, に変わります, で開きます). */
const CODE_STATED =
  /^ ?[」』"]? ?(?:です|でーす|だよ|だ(?=[。！!\s]|$)|やけん|やけ|やで|ばい|たい|になります|でございます|っす|に(?:変更|変わ|変え|更新|設定|なり|なる|なっ|切り替|切替)|と(?:なり|なる|なっ|し)|で(?:開|あ[きくけい]|解除|解錠|入れ))/u

function codeAfterWhen(t: string, end: number, needDial: boolean): Value | null {
  const when = WHEN_THEN.exec(t.slice(end, end + 48))
  if (!when) return null
  const at = end + when[0].length
  const v = valueAfter(t, at, needDial)
  // The code may be quoted (7月1日（火）から「4819」に変更となります).
  if (!v || !/^[「『"]?$/u.test(t.slice(at, v.at)) || !CODE_STATED.test(t.slice(v.end, v.end + 10)) || NOT_LOCK_CODE.test(v.value)) return null
  return v
}

/** Whether `value` (ending at `end` in `t`), told after a lock word, is a time, a date, a phone number, a room or a product: not its code. */
function notLockCode(value: string, t: string, end: number): boolean {
  if (NOT_LOCK_CODE.test(value) || ROOM_OR_MODEL_AFTER.test(t.slice(end, end + 6))) return true
  // A capitalised word of letters only (SwitchBot, Panasonic, SESAME) names a make; a code of letters is told by what it opens
  // (Sakura で開きます), and one in lower case (hakushu, san-go) stays a code.
  return /^[A-Z][A-Za-z]{2,}$/u.test(value) && !OPENS.test(t.slice(end, end + 14))
}
const EXAMPLE_NAMED_AFTER = /^[」』")]? ?(?:という|といった|との)(?:例|見本|お手本|手本|サンプル|作例)|^[」』")]? ?を(?:例|見本|お手本|手本)(?:に|として)/u

const GENERIC_NUMBER = /番号|コード|ナンバー|数字/gu
/**
 * Codes keyed in on a panel (`re`: kanji numerals 四・八・二・六, or figures 2-0-8-7), pushed to `strong` as 解除番号 (at most MAX_HITS):
 * not where a stronger finding already lies, a public dial (119, #7119), an awareness sentence, a sentence that says it is no code
 * (`KANJI_CODE_NOT`, without リモコン when a panel word is just before the code), the caller's `not`, or without the caller's
 * `context` (a lock, door or alarm) in the sentence or the 120 characters before it.
 */
function keyedCodes(re: RegExp, t: string, strong: StrongHit[], context: RegExp, not?: RegExp): void {
  re.lastIndex = 0
  let k = 0
  for (let m = re.exec(t); m && k < MAX_HITS; m = re.exec(t), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const notCode = KEYED_ON_PANEL.test(t.slice(Math.max(s.start, start - 20), start)) ? KANJI_CODE_NOT_ON_PANEL : KANJI_CODE_NOT
    if (isPublicDial(m[0]) || AWARENESS.test(sentence) || notCode.test(sentence) || not?.test(sentence) || !context.test(t.slice(Math.max(0, s.start - 120), s.end))) continue
    strong.push({ start, end, label: '', name: '解除番号' })
  }
}
/**
 * Codes told with no word for the secret (a key sequence, a derived code, a new code with its label): each
 * match of `re` in `scanned` (a same-length reading of `t`) not already covered and not in an awareness
 * sentence becomes a credential named `name`. At most MAX_HITS matches are read.
 */
/**
 * Review (pisec22) kind: what follows a derived code in its sentence asks the reader whether they do it (…に合わせていませんか？,
 * …にしていないでしょうか, …合わせてはいけません): awareness, not a code. Bounded: 12 characters to the question or the warning.
 */
const ASKED_OF_READER = /^[^。！？!?\n]{0,12}?(?:ませんか|ないですか|ないでしょうか|てはいけ|てはだめ|てはダメ|ないで(?:ください|下さい|ね)|ないように)|^[^。！!\n]{0,16}?[？?]/u
function codesWithoutWord(re: RegExp, scanned: string, t: string, strong: StrongHit[], name: string): void {
  re.lastIndex = 0
  let k = 0
  for (let m = re.exec(scanned); m && k < MAX_HITS; m = re.exec(scanned), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    if (isPublicDial(t.slice(start, end))) continue
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end).replace(TYPING_CARE, ''))) continue
    // Review (pisec22) kind: the way of making a code asked of the reader as a question (暗証番号を、ご自身の誕生日に合わせていませんか？
    // 推測されやすいので変更しましょう): advice about their own code, not the city's code told.
    if (ASKED_OF_READER.test(t.slice(end, s.end + 1))) continue
    strong.push({ start, end, label: '', name })
  }
}

/**
 * Blind R63A-108: after a secret word, the rest of its sentence and at most one more (why it is told: 問い合わせが多かったので改めて！),
 * then, at the start of the next, nothing or what the value equals (開設年と同じ, 去年と一緒で): the value follows (a label again, 番号は X,
 * is read where a lock is named before it). The sentences between hold no letter or figure (a value of their own). Bounded: each at
 * most 50 characters.
 */
const TOLD_AGAIN =
  /^(?:[^\n。！？!?「『0-9A-Za-z]{0,50}[。！!]+\s?){1,2}(?:[^\n。！？!?0-9A-Za-z「『、,]{1,10}?(?:と同じ|と一緒|とおんなじ)(?:で|の)?[、,]?)?\s?(?=[「『"]?[0-9A-Za-z〇一二三四五六七八九])/u
/**
 * Blind R121A-046: the secret named, then its values said to follow (キーボックス暗証番号は以下のとおりである。本町地区：4719、三橋地区：8032;
 * 金庫の番号は下記の通り：, 入室コードは次のとおりです。⏎・本館：2580): the first value, after its label or bullet, is the code. Only the
 * plain "as follows" (以下のとおり, 下記, 次に記します), not a rule about how to make one (以下のとおり設定してください). Bounded.
 */
const LISTED_BELOW =
  /^(?:は|が|を)?[、,]?\s?(?:以下|下記|次|左記)(?:の(?:とおり|通り)|に(?:記|示|記載|掲載|まとめ)[^\n。：:]{0,6}?)?(?:です|である|だ|となります|になります|となっております|でございます)?[。：:！!]?\s*(?:[・\-*●■◆]\s?)?(?:[^\s：:\n。、,]{1,12}[：:]\s?)?(?=[0-9０-９A-Za-z〇一二三四五六七八九])/u
/**
 * Blind R265G-042 kind: the secret named (バックアップコードを発行しました, 仮パスワードを設定しました), then, in the same or the next sentence, the
 * writer noting it down here with a colon or an arrow before the values (念のためこちらにも控えておきます：4821-9930 / …, メモしておきます→,
 * 共有します：): what follows the colon is the secret itself. Only a verb of keeping or sharing it; the sentences between hold no letter or
 * figure of their own. Bounded: each part at most 50 characters.
 */
const NOTED_HERE =
  /^(?:[^\n。！？!?「『0-9A-Za-z]{0,50}[。！!]+\s?)?[^\n。！？!?「『0-9A-Za-z:：→]{0,30}?(?:控え|メモ|書い|書き|記し|記載し|共有し|共有いたし|載せ|残し|貼っ|貼り|置い|置き)[^\n。！？!?「『0-9A-Za-z:：→]{0,12}?[:：→]\s?(?=[「『"]?[0-9A-Za-z])/u

/**
 * Blind R143I-012: a note on how to type the value given (（大文字・小文字に注意）, 全角・半角にご注意ください, 0とOの打ち間違いに気をつけて)
 * is care for those who use it, no lesson about secrets: taken out of the sentence before AWARENESS reads it. Bounded.
 */
const TYPING_CARE =
  /(?:大文字|小文字|全角|半角|入力ミス|入力間違い|打ち間違い|打ちまちがい|入力|スペル|綴り|記号|数字の[0０1１]|ゼロ|オー|エル)[^。！？!?\n（）()]{0,12}?(?:に|を|は)?(?:ご?注意|お気をつけ|気をつけ|気を付け)(?:ください|下さい|願います|して(?:ください|下さい|ね))?/gu

/**
 * Blind R60A-057: a code told with the mnemonic that keeps it in mind (番号は「はなはな」で8787やけん, 暗証番号は語呂合わせで「いいくに」1192,
 * キーボックスの番号、「やなぎ」って覚えて 893): the word in brackets, then で/って/と/の (and 覚えて), then the figures. The brackets hold
 * no figure (番号は「1234」のような is an example, found by EXAMPLE_AFTER on the value's own path). Bounded: the word is 1–10 characters.
 */
const MNEMONIC =
  /^(?:は|が|も)?[、,]? ?(?:(?:語呂|ゴロ|ごろ)(?:合わせ)?(?:で|は)?[、,]? ?)?[「『](?:[^」』\n0-9０-９]{1,10})[」』] ?(?:で|って|と|の|、|,|=|＝|→)? ?(?:(?:覚え|おぼえ)(?:て|と(?:って|いて|き)|ます|る)[、,]? ?|(?:語呂|ゴロ|ごろ)(?:合わせ)?(?:で|の)?[、,]? ?)?(?=[0-9〇一二三四五六七八九])/u
function mnemonicValue(t: string, end: number, needDial: boolean): Value | null {
  const m = MNEMONIC.exec(t.slice(end, end + 32))
  if (!m) return null
  const v = valueAfter(t, end + m[0].length, needDial)
  if (!v || v.at !== end + m[0].length) return null
  // The figures end the statement (8787です, 8787やけん, 1192にしとる), not a count or a date (1192年, 8787円: NOT_VALUE_AFTER).
  if (!/^(?:です|だ|や(?:け|き|か)|ね|よ|ばい|たい|けん|やけ|に(?:して|しと|しちょ|設定|なって)|。|、|！|!|\s|$)/u.test(t.slice(v.end, v.end + 4))) return null
  return { ...v, start: end }
}

/**
 * Blind R123A-147: a lock's bare 番号 told by what it equals, its figures in brackets after (詰所の出入りは暗証式になります。番号は分団長の
 * 誕生日（０３２８）なので, 番号は市制施行の年「1954」です): the bracket holds the code. Not a time, a date or a phone number (番号は管理会社
 * （0944-73-1234）へ), nor a count (2024年, 3名: NOT_VALUE_AFTER). Bounded: the derivation is at most 20 characters.
 */
const BRACKETED_AFTER = /^(?:は|が)[、,]?[^\n。！？!?（(「『]{1,20}?[（(「『]/u
function bracketedValue(t: string, end: number): Value | null {
  const m = BRACKETED_AFTER.exec(t.slice(end, end + 24))
  if (!m) return null
  const at = end + m[0].length
  const v = valueAfter(t, at, false)
  if (!v || v.at !== at || !/^[）)」』]/u.test(t.slice(v.end, v.end + 1)) || NOT_LOCK_CODE.test(v.value)) return null
  return { ...v, start: end }
}

/**
 * Blind R173I-018 / R173I-051: a secret's value written partly in kana, the romaji read out in kana with figures or signs, so that a
 * check for a value in letters misses it (パスは「や な が わ の り 2 0 2 5」, ピー・ダブリュー：やなぎ＠壱九八七; spaced kana are closed up
 * by the squeezed view). In brackets closed right after it, or after a colon up to the end of its line; at least three kana and two
 * figures, letters or signs, and nothing else (a kanji ends it: 「誕生日の4けた」 is a hint, 2025ねんから変更 runs on). Not a slogan
 * (合言葉は「がんばろう2025」), a pass of another kind (周遊パスは「やながわ1day」: パス right after a kanji), a bare dial (a phone line's:
 * 虐待対応ダイヤル「189（いちはやく）」) nor a number with its reading in brackets (no bracket inside the value). Bounded: 40 characters.
 */
const KANA_MIXED = /^(?:は|が|も)?[、,]? ?(?:([「『"])|[:=] ?)([ぁ-ゖァ-ヺー!#-'*-~〇零一二三四五六七八九壱弐参肆伍陸漆捌玖]{5,40})/u
const KANA_MIXED_CLOSE: Record<string, string> = { '「': '」', '『': '』', '"': '"' }
function kanaMixedValue(t: string, start: number, end: number, word: string, needDial: boolean): Value | null {
  if (needDial || /合言葉|合い言葉|あいことば/u.test(word) || (word === 'パス' && /[一-龯々]/u.test(t[start - 1] ?? ''))) return null
  const m = KANA_MIXED.exec(t.slice(end, end + 48))
  if (!m) return null
  const value = m[2]!
  const next = t[end + m[0].length]
  if (m[1] !== undefined ? next !== KANA_MIXED_CLOSE[m[1]] : next !== undefined && next !== '\n') return null
  const kana = value.replace(/[^ぁ-ゖァ-ヺ]/gu, '').length
  const other = value.replace(/[ぁ-ゖァ-ヺー]/gu, '').length
  if (kana < 3 || other < 2) return null
  return { start: end, end: end + m[0].length, value, at: end + m[0].length - value.length }
}

export function findSecrets(doc: Doc, has: Uint8Array, low: Uint8Array, emit: (f: DraftFinding) => void): void {
  // The squeezed view: パ ス ワ ー ド and 三・七・一・九 are closed up; spaced ASCII letters stay spaced.
  const t = doc.squeezed.text
  // A paragraph without one of these words (the ASCII ones in any case) has no secret word; a login given as a screen's fields names
  // none (blind R358F-042 kind: findFieldPair).
  if (!has[W.secret] && !low[F.secret]) {
    const fields: StrongHit[] = []
    findFieldPair(t, fields)
    for (const f of fields) {
      const { start, end } = doc.fromSqueezed(f.start, f.end)
      emit({ rule: 'security/credential', start, end, data: { label: f.name ?? '' } })
    }
    return
  }
  // Whether the paragraph is about a network (asked once, for the first bare キー or key).
  let network: boolean | undefined
  /** `name`: what the value is, when no word in the text says it (a key sequence: 解除番号). */
  const strong: StrongHit[] = []
  const weak: Array<{ start: number; end: number; label: string }> = []
  SECRET_KEY.lastIndex = 0
  let n = 0
  // SECRET_KEY is run only where a word it cannot match without occurs.
  const keyWords = has[W.secretKey] || low[F.secretKey]
  for (let m = keyWords ? SECRET_KEY.exec(t) : null; m && n < MAX_HITS; m = SECRET_KEY.exec(t), n++) {
    const word = m[0]
    // キー alone is a Wi-Fi key only when the paragraph is about Wi-Fi.
    // So is a bare English key (key: X) in a post about a network (Staff network: NAME / key: X).
    const isWeak = m[2] !== undefined && !(/^(?:キー|key)$/iu.test(word) && (network ??= NETWORK.test(t)))
    const end = m.index + word.length
    const dial = /^ダイヤル$/u.test(word)
    // A dial on its own is a lock only with 右/左 turns or a safe nearby (災害用伝言ダイヤル171 is a phone service). Blind R65A-070: or a
    // box or locker that holds a key named shortly before (キーボックス（ダイヤル 3-9-1-6）, 合鍵はキーケースに入れとるけん。ダイヤルは…).
    const needDial = dial && !/金庫|錠|ロック/u.test(t.slice(Math.max(0, m.index - 8), m.index)) && !DIAL_HOLDER.test(t.slice(Math.max(0, m.index - 24), m.index))
    let v = valueAfter(t, end, needDial)
    // English or romaji: password is X, PIN = X, pasuwaado wa X.
    if (!v && /^[A-Za-z]/u.test(word)) {
      const en = /^ (?:is|are|wa) /iu.exec(t.slice(end, end + 6))
      if (en) v = valueAfter(t, end + en[0].length, needDial)
    }
    // ユーザー名とパスワードは yngw / kanko2025: the second of a pair of values.
    if (!v && !isWeak) {
      const pair = /^[^\n。]{1,24}? ?[/／、,] ?/u.exec(t.slice(end, end + 30))
      if (pair) v = valueAfter(t, end + pair[0].length, needDial)
    }
    // The value a little further on: 暗証番号、忘れないようにここに書いておきます→0721 / パスワード、いつものやつ（yngw0000）.
    if (!v && !isWeak) {
      const far = /^[^\n。]{0,30}?(?:[→:=（(「『【]|(?<=[A-Za-z]) (?:is|are) )/u.exec(t.slice(end, end + 32))
      // Not a document about the secret: パスワードの再設定方法（PDF：123KB）.
      if (far && !/方法|場合|について|手順|再発行|お知らせ|お願い|マニュアル|資料|ページ|詳しく|PDF|問い合わせ/iu.test(far[0])) v = valueAfter(t, end + far[0].length - 1, needDial)
    }
    // Dial turns on the next line: 金庫のダイヤル番号を共有します。⏎右に38、⏎左に71.
    if (!v && !isWeak) {
      const nl = /^[^\n]{0,20}\n\s*(?=[右左][にへ]?[0-9〇一二三四五六七八九])/u.exec(t.slice(end, end + 24))
      if (nl) v = valueAfter(t, end + nl[0].length, needDial)
    }
    // Blind R287L-048 kind: the secret named, the rest of its line a remark in any dialect (パスワードば新しくしたけん！, 暗証番号、
    // お知らせしとくね), then the value alone in brackets opening the next line (『…』「…」【…】). Not a time, a phone number, a date, a
    // URL or an address; not advice or the public's own secret.
    if (!v && !isWeak) {
      const nextLine = /^[^\n。]{0,30}\n[ \t]?(?=[「『【"][!-~]{4,40}[」』】"])/u.exec(t.slice(end, end + 34))
      if (nextLine) {
        const at = end + nextLine[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at === at + 1 && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, m.index, end)
          const s2 = sentenceAround(t, next.at, next.end)
          const around = t.slice(s.start, s.end) + t.slice(s2.start, s2.end)
          if (!AWARENESS.test(around) && !PUBLIC_OWN.test(around) && !EXAMPLE_AFTER.test(t.slice(next.end, next.end + 28))) v = next
        }
      }
    }
    // A number a few words on, stated as the value: 金庫の番号は、昨年と同じ1234のままです, 暗証番号は全台 4719 に統一しています.
    if (!v && !isWeak) {
      // Blind R81A-020: the value in kanji numerals, too (暗証番号は前回から変わらず 四・八・二・〇 です: squeezed to 四八二〇).
      const near = /^(?:は|が)[、,]?[^\n。0-9]{0,12}?(?=(?:[0-9]{3,8}|[〇零○一二ニ三四五六七八九](?:[・ ]?[〇零○一二ニ三四五六七八九]){2,7}) ?(?:の|です|だ|で|。|、|$|やけ|や(?=[。！!\s]|$)|ばい|たい|っす|に(?:統一|設定|変更|固定|そろえ|揃え|し|なっ|なり)))/u.exec(t.slice(end, end + 32))
      if (near) v = valueAfter(t, end + near[0].length, needDial)
    }
    // The value as the whole next sentence (金庫の番号、忘れる人が多いので念のため。ゼロ・ハチ・イチ・ゴです。).
    if (!v && !isWeak) {
      const stop = /^[、,][^\n。]{0,30}。\s?/u.exec(t.slice(end, end + 34))
      if (stop) {
        const next = valueAfter(t, end + stop[0].length, needDial)
        if (next && next.at === end + stop[0].length && /^(?:です|だ|でした|になります)?[。！!]|^(?:です|だ)?$/u.test(t.slice(next.end, next.end + 6))) v = next
      }
    }
    // Blind R63A-108: the secret named as what people ask or forget, the value told again a sentence or two on, on its own or after
    // what it equals (ダイヤル錠の番号がわからんって問い合わせが多かったので改めて！開設年と同じ「１９８７」です, 暗証番号を忘れたという
    // 声が多いので再掲します。「0412」やけん). The value ends its statement (です, やけん, たい); before it, nothing or a derivation
    // (…と同じ): not another figure's label (受付時間は, 電話は, 費用は).
    if (!v && !isWeak) {
      const told = TOLD_AGAIN.exec(t.slice(end, end + 110))
      if (told) {
        const at = end + told[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at <= at + 1 && VALUE_ENDS.test(t.slice(next.end, next.end + 8)) && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, next.at, next.end)
          if (!AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end)) && !/初期|初回|仮の/u.test(t.slice(m.index, next.end))) v = next
        }
      }
    }
    // Blind R265G-042 kind: the secret named, then noted down here after a colon (…バックアップコードを発行しました。念のためこちらにも
    // 控えておきます：4821-9930 / 1174-6602). Not a time, a phone number, a date or an address; not advice or the public's own secret.
    if (!v && !isWeak) {
      const noted = NOTED_HERE.exec(t.slice(end, end + 110))
      if (noted) {
        const at = end + noted[0].length
        const next = valueAfter(t, at, needDial)
        const raw = next?.value.replace(/[^!-~]/gu, '') ?? ''
        if (next && next.at <= at + 1 && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|[¥$%]|:\/\/|@/u.test(raw)) {
          const s = sentenceAround(t, m.index, next.end)
          if (!AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end))) v = next
        }
      }
    }
    // Blind R173I-018: a value partly in kana (パスは「や な が わ の り 2 0 2 5」).
    if (!v && !isWeak) v = kanaMixedValue(t, m.index, end, word, needDial)
    // Blind R121A-046: the values said to follow (暗証番号は以下のとおりである。本町地区：4719).
    if (!v && !isWeak) {
      const listed = LISTED_BELOW.exec(t.slice(end, end + 48))
      if (listed) {
        const next = valueAfter(t, end + listed[0].length, needDial)
        // Not a time, a phone number or a date listed there (受付：12:30まで).
        if (next && next.at === end + listed[0].length && !/^\d{1,2}:\d{2}|^0\d{1,4}-\d{1,4}-\d{3,4}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$/u.test(next.value)) v = next
      }
    }
    // A value given by its derivation: 代表番号の下4桁. Stop 52 (found by fixer pisec11): not a rule for the public's own secret
    // (図書館のWebサービスの初期パスワードは、利用者番号の下4桁です: each reader's own), unless the login is the staff's.
    if (!v && !isWeak) {
      const derived = /^[^\n。]{0,24}?(?:下|末尾|最後の?|頭の?|先頭の?)[0-9一二三四五六七八]桁/u.exec(t.slice(end, end + 32))
      if (derived) {
        const s = sentenceAround(t, m.index, end + derived[0].length)
        const sentence = t.slice(s.start, s.end)
        if (!(PUBLIC_OWN.test(sentence) || /(?:会員|利用者|利用カード|図書館カード|お客様|登録|受付|受験)番号/u.test(derived[0])) || STAFF_LOGIN.test(sentence)) v = { start: m.index, end: end + derived[0].length, value: derived[0], at: end }
      }
    }
    // Blind R61A-139: the secret told by how it differs from one staff know (いつものパスの末尾を2026に変えたもの, 前のものの最後に!を
    // 付けたもの, 先月のやつの頭の1を7にした): a part of it and the value put there.
    if (!v && !isWeak) {
      const part = PART_CHANGED.exec(t.slice(end, end + 48))
      if (part) {
        const s = sentenceAround(t, m.index, end + part[0].length)
        if (!PUBLIC_OWN.test(t.slice(s.start, s.end))) v = { start: m.index, end: end + part[0].length, value: part[1]!, at: end + part[0].length - part[1]!.length }
      }
    }
    // The new value a secret was changed to, a few words on: 開錠番号は本日付で０７１９に変更済み, 認証情報を本日 X に更新した.
    // (The word set off by a comma is tried last, below: a mnemonic or a date after the comma tells its value better.)
    if (!v && !isWeak && !/^[、,]/u.test(t.slice(end, end + 1))) {
      const changed = CHANGED_TO.exec(t.slice(end, end + 60))
      if (changed) v = valueAfter(t, end + changed[1]!.length, needDial)
    }
    // Blind R60A-057: the value after its mnemonic (番号は「はなはな」で8787, 暗証番号は語呂合わせで「いいくに」1192).
    if (!v && !isWeak) v = mnemonicValue(t, end, needDial)
    // The news that it changed, then the new value: 暗証番号が変更になりました。1357です (round 56).
    if (!v && !isWeak) {
      const then = CHANGED_THEN.exec(t.slice(end, end + 48))
      if (then) v = valueAfter(t, end + then[0].length, needDial)
    }
    // Blind R68 (colleague): the date a new code takes effect, then the code (電子錠は、2025/4/1 から 7391 に変わります).
    if (!v && !isWeak) v = codeAfterWhen(t, end, needDial)
    // Blind R94A-025: the word set off by a comma, then when and the new value (通用口の暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています).
    if (!v && !isWeak && /^[、,]/u.test(t.slice(end, end + 1))) {
      const changed = CHANGED_TO.exec(t.slice(end, end + 60))
      // Not when the gap names the secret again (南京錠、番号は「やなぎ」で893: the 番号 is found on its own).
      if (changed && !/番号|暗証|コード|パス|ナンバー|[「『]/u.test(changed[1]!)) v = valueAfter(t, end + changed[1]!.length, needDial)
    }
    if (!v) continue
    // The release of a lock told as a time, a date, a phone number or a product (ロック解除は 8:30 から, iPhone15 以降): no code.
    if (LOCK_RELEASE.test(word) && (NOT_OPENING_VALUE.test(v.value) || /^[A-Za-z]+\d{1,2}$/u.test(v.value))) continue
    // So is any lock word's (会議室の電子錠は、2025/4/1 からICカードに切り替わります; オートロックの故障は 0944-73-8111 へ), unless a word for
    // the code stands between (電子錠、暗証番号 2580).
    if (LOCK_WORD.test(word) && !/番号|コード|ナンバー|暗証|数字|パス|PIN/iu.test(t.slice(end, v.at)) && notLockCode(v.value, t, v.end)) {
      // …though the code may follow the date it takes effect on (電子錠は、2025/4/1 から 7391 に変わります).
      const w = codeAfterWhen(t, end, needDial)
      if (!w || notLockCode(w.value, t, w.end)) continue
      v = w
    }
    // Blind GV-027: secrets named in a list (will never ask for your bank PIN, online banking password or …; your password, PIN or
    // card details): a plain word after the comma is the next item named, not the value.
    if (/^[A-Za-z]/u.test(word) && /^ ?[,、] ?$/u.test(t.slice(end, v.at)) && /^[A-Za-z]+$/u.test(v.value)) continue
    // Blind HI-015: an English secret word in running prose (please change your password right away, your ID or password on the
    // linked site, please …): a plain word after it, with nothing that states it as the value (no colon, =, is/are, quote or bracket),
    // is the sentence going on. A value with a digit or a sign inside it (password kanko0944) is still one, and so is a word in a
    // Japanese sentence (PW yanagawa です).
    if (/^[A-Za-z]/u.test(word) && /^[A-Za-z]+[!?.;]*$/u.test(v.value) && !EN_STATED.test(t.slice(end, v.at))) {
      const s = sentenceAround(t, m.index, v.end)
      if (!/[ぁ-んァ-ヴ一-龯]/u.test(t.slice(s.start, s.end))) continue
    }
    // An account and its secret written as a pair with no word for the secret: Wi-Fi: YANAGAWA_KANKO / hakushu2026, ID: kanko01 / Yana2026.
    let pairOf: Value | null = null
    if (isWeak) {
      const sep = /^ ?[/／|｜] ?/u.exec(t.slice(v.end, v.end + 4))
      if (sep && /[:=はが]/u.test(t.slice(end, v.at))) pairOf = valueAfter(t, v.end + sep[0].length, false)
      // ID：kanko01 / PW：Yngw#2025: the second has its own word and is found on its own.
      if (pairOf && /[:=]/u.test(pairOf.value)) pairOf = null
      // The pair read as one value (ログインは zeimu02/Yngw2025! です): an account and, after the slash, a secret that
      // mixes letters with digits or signs.
      const joined = pairOf ? null : /^([!-~]{2,40}?) ?[/|] ?([!-~]{4,40})$/u.exec(v.value)
      if (joined && /[A-Za-z]/u.test(joined[2]!) && /[0-9!-/:-@[-`{-~]/u.test(joined[2]!) && /[:=はが]/u.test(t.slice(end, v.at))) pairOf = v
    }
    // Quoted as an example: 「1234」のような番号, パスワードは12345678では危険.
    if (EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28))) continue
    // Shown as a sample (見本として「…」, 「…」という例を示し): blind TX-027.
    if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, v.at - 10), v.at)) || EXAMPLE_NAMED_AFTER.test(t.slice(v.end, v.end + 10))) continue
    // Passwords as a class (よく使われるパスワードの上位は「123456」): a list of weak ones, no account's secret.
    if (CLASS_OF_SECRETS.test(t.slice(Math.max(0, m.index - 14), m.index))) continue
    // A statement (パスワードは X です, PW：X) tells the value even next to 教えないでください; otherwise
    // (パスワードを「123456」にするのは危険です) an awareness sentence is teaching, not telling.
    const declared = /[はが:=→]/u.test(t.slice(end, Math.max(end, v.at)))
    const sentence = sentenceAround(t, m.index, v.end)
    if (!declared && AWARENESS.test(t.slice(sentence.start, sentence.end))) continue
    // Blind R303V-010 kind: the login of a device told as one value that people get in with (共用パソコン…ログインは「h o r i w a r i 0 3」
    // で、臨時スタッフさんも使えます; ログインは X で入れます): with no other secret named, that value is the whole key, spaced out or not.
    // Only the bare ログイン/サインイン stated with は, its value then used with で, and a device or an account named in the sentence.
    if (isWeak && !pairOf && LOGIN_BY_VALUE.test(word) && /は/u.test(t.slice(end, v.at)) && LOGIN_VALUE_USED.test(t.slice(v.end, v.end + 4))) {
      const s = sentenceAround(t, m.index, v.end)
      const said = t.slice(Math.max(0, s.start - 60), s.end)
      if (LOGIN_DEVICE.test(said) && PASSWORD_LIKE(v.value, t.slice(v.at, v.end), t.slice(s.start, s.end)) && !AWARENESS.test(t.slice(s.start, s.end)) && !PUBLIC_OWN.test(t.slice(s.start, s.end))) {
        strong.push({ start: m.index, end: v.end, label: word, name: 'ログイン情報' })
        continue
      }
    }
    // Review rsec59 kind: a public service's published rule for the reader's own password, made of their own facts (電子申請のマイページの
    // パスワードは、登録した電話番号の下4桁です): no value of anyone's is told (no letters, no run of figures).
    if (!pairOf && !/[A-Za-z]|[0-9０-９]{3,}/u.test(v.value) && readerServiceSecret(t, m.index, v.end)) continue
    // Review rsec59 kind: a shop's or a campaign's code named by when it is typed, told with what it gives (ふるさと納税サイトで、初回に入力する
    // コードは「YANAGAWA10」です。送料が無料になります): a code handed to everyone for a benefit, no secret. Only a secret named by when or
    // where it is typed (TYPED_NAME), never a password's or a PIN's own word.
    if (TYPED_NAME.test(word) && CAMPAIGN_CODE.test(t.slice(sentenceAround(t, m.index, v.end).start, Math.min(t.length, v.end + 60)))) continue
    ;(isWeak && !pairOf ? weak : strong).push({ start: m.index, end: pairOf ? pairOf.end : v.end, label: word })
  }
  // Blind R183I-041: an account's name given with its value, and beside it the thing to get in with named only by its use, with its
  // own value (ログイン名は X、入るときのは Y です; ID: X / ログインする時のは Y; 入る用のは Y): the second is the account's password.
  if (weak.length > 0) findWayInSecret(t, weak, strong)
  // A bare 番号/コード/数字 is a lock's when its value opens something: 入口の番号は 1234 で開きます.
  if (has[W.number]) {
    GENERIC_NUMBER.lastIndex = 0
    let k = 0
    for (let m = GENERIC_NUMBER.exec(t); m && k < MAX_HITS; m = GENERIC_NUMBER.exec(t), k++) {
      const end = m.index + m[0].length
      if (strong.some((f) => f.start < end && f.end > m!.index)) continue
      const lockNear = /^(?:は|が)/u.test(t.slice(end, end + 1)) && LOCK_NEAR.test(t.slice(Math.max(0, m.index - 40), m.index))
      // (Blind R60A-057: a lock's 番号 told with its mnemonic: 金庫に入れといてね。番号は「はなはな」で8787やけん.)
      // Blind R185A-009: or the news that it changed, the new value after it (キーボックス、番号が変わって ４ ７ ２ ９ になりました).
      const changed = lockNear ? CHANGED_TO.exec(t.slice(end, end + 60)) : null
      const v = valueAfter(t, end, false) ?? (lockNear ? mnemonicValue(t, end, false) ?? bracketedValue(t, end) ?? (changed ? valueAfter(t, end + changed[1]!.length, false) : null) : null)
      // The value opens something, or the sentence or the one before speaks of a lock (テンキー式の電子錠…番号は2580#).
      if (!v || !(OPENS.test(t.slice(v.end, v.end + 14)) || lockNear)) continue
      // Told by a lock near it only: a time, a date or a phone number is not the code (電子錠になりました。番号は 2025/4/1 以降に掲示します).
      if (!OPENS.test(t.slice(v.end, v.end + 14)) && (NOT_LOCK_CODE.test(v.value) || ROOM_OR_MODEL_AFTER.test(t.slice(v.end, v.end + 6)))) continue
      strong.push({ start: m.index, end: v.end, label: m[0] })
    }
  }
  // A code told by how to work it out (開館記念日の月と日を4けたで押せば開きます, 代表番号の下4桁を入れると解錠).
  const lockOrDoor = has[W.lock] || has[W.door]
  // Blind R236I-052 kind: a device unlocked the same way (受付用タブレットは、代表電話の下4桁を入れると開きます).
  if ((lockOrDoor || has[W.unlockDevice]) && has[W.typed]) {
    codesWithoutWord(DERIVED_CODE, t, t, strong, '解除番号')
  }
  // A new code given with its label (新番号：4719, 新しいパスワードは…) where the paragraph speaks of a secret or a lock.
  if (has[W.renewed] && (lockOrDoor || has[W.password] || low[F.password])) {
    codesWithoutWord(NEW_CODE, t, t, strong, '変更後の番号')
  }
  // A key sequence told as what to press (ナナ・イチ・サン・ゴの順に押して, 2580#と入力) where the
  // paragraph speaks of a lock or a door: the code, whatever word (or none) introduced it.
  if (has[W.keyPress] && lockOrDoor) {
    // Read in hiragana (ナナ・イチ → なな・いち); same offsets.
    codesWithoutWord(KEY_SEQUENCE, toHiragana(t), t, strong, '解除番号')
  }
  // A code in kanji numerals keyed in (パネルで 四・八・二・六 を押してから「確定」), where a lock or an alarm's release is spoken of.
  if (has[W.keyPress] && has[W.kanjiDigit]) keyedCodes(KANJI_KEY_SEQUENCE, t, strong, KANJI_CODE_CONTEXT)
  // A code in figures keyed in on an alarm's panel (操作盤で 2-0-8-7 を押してから確定ボタンで解除), no lock or door named.
  if (has[W.keyPress]) keyedCodes(PARTED_KEY_SEQUENCE, t, strong, PARTED_CODE_CONTEXT, PARTED_CODE_NOT)
  if (has[W.keyPress]) keyedCodes(KEY_ORDER_TOLD, t, strong, KANJI_CODE_CONTEXT, PARTED_CODE_NOT)
  // Blind R390P-034 kind: a keypad's code told as the order the keys now go in (ボタンキー、今日から 七・三・〇・九 の順番になりました).
  if (t.includes('の順')) keyedCodes(CODE_ORDER_STATED, t, strong, ORDER_CODE_CONTEXT, PARTED_CODE_NOT)
  // A dial turned right to one number and left to another (右に「21」、左に「75」, 右に ni-ichi 左に nana-go) on a safe or a lock.
  if (has[W.turn] && has[W.dialLock]) codesWithoutWord(DIAL_TURNS, t, t, strong, 'ダイヤルの番号')
  // Round 56: a lock named, then its 番号 told changed and the new value after the news (オートロック、番号かわりました！ 47 # 29 です);
  // the 番号 stands alone (after a comma, a stop or の), not as part of another number (電話番号, 受付番号). (After the key sequences:
  // ナナ・イチ・サン・ゴの順に押して is found there as the code alone.)
  if (has[W.number]) {
    GENERIC_NUMBER.lastIndex = 0
    let k = 0
    for (let m = GENERIC_NUMBER.exec(t); m && k < MAX_HITS; m = GENERIC_NUMBER.exec(t), k++) {
      const end = m.index + m[0].length
      if (strong.some((f) => f.start < end && f.end > m!.index)) continue
      if (!/(?:^|[、,。!！\s]|の)$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || !LOCK_NEAR.test(t.slice(Math.max(0, m.index - 40), m.index))) continue
      const then = CHANGED_THEN.exec(t.slice(end, end + 48))
      const v = then ? valueAfter(t, end + then[0].length, false) : null
      if (!v || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
      const s = sentenceAround(t, m.index, v.end)
      if (AWARENESS.test(t.slice(s.start, s.end))) continue
      strong.push({ start: m.index, end: v.end, label: m[0] })
    }
  }
  findOneTimeCode(t, strong)
  findValueThatOpens(t, has, strong)
  findDoorBracketCode(t, strong)
  findKeyedThenValue(t, strong)
  findInitialSettingValue(t, strong)
  findDefaultCredential(t, strong)
  findInitialRecipe(t, strong)
  findLoginPair(t, strong)
  findFieldPair(t, strong)
  findLoginAlike(t, strong)
  findLoginRecipe(t, strong)
  findSharedAccount(t, strong)
  findRemoteCode(t, strong)
  findAccountLogin(t, strong)
  findKanaThatOpens(t, has, low, strong)
  findHints(t, has, strong)
  findLockByDigits(t, has, strong)
  findUsualPlusAffix(t, has, strong)
  findConnectRecipe(t, has, strong)
  findWayInByFact(t, has, strong)
  findLoginWatchword(t, strong)
  findAccessWatchword(t, strong)
  findPeriodValue(t, strong)
  if (strong.length === 0) return
  let last = -1
  for (const f of [...strong, ...weak].sort((a, b) => a.start - b.start)) {
    // One finding for one value: キーボックス（暗証 8-2-1） names the lock and the secret.
    if (f.start < last) continue
    last = f.end
    const { start, end } = doc.fromSqueezed(f.start, f.end)
    const label = (f as { name?: string }).name ?? doc.raw.slice(start, doc.fromSqueezed(f.start, f.start + f.label.length).end)
    emit({ rule: 'security/credential', start, end, data: { label } })
  }
}
