/**
 * Logins and default passwords (5(1)): an initial-setting or factory-default value of a login (初期設定の「admin」), an initial recipe,
 * login pairs (ID / PW), field-by-field pairs (上の欄に…下の欄に…), a login alike to a fact, a login recipe made of staff facts, a login
 * address with its own account, a shared account, a way-in secret, watchwords (合言葉) and a period-valid value. Stays clean: a public
 * device's guest login offered to all, a public class's shared account, an applicant's own account, the reader's own secret. Part of
 * the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import {
  APPLICANT_ACCOUNT,
  AWARENESS,
  EXAMPLE_AFTER,
  EXAMPLE_BEFORE,
  HINT_RULE,
  hitsOf,
  MAX_HITS,
  MAY_HINT,
  NOT_OPENING_VALUE,
  NOT_VALUE,
  PUBLIC_OWN,
  READER_DEVICE,
  sentenceText,
  STAFF_LOGIN,
  type StrongHit,
  valueAfter,
} from './context'

/**
 * Blind R273B-039 kind: a shared login's first value given as the devices' or accounts' initial setting, with no word for a password
 * (共用端末の初期設定はみんな「Yngw@2025」, 初期値は「yana2024!」, アカウントは全部共通の「Kanko#0101」): the quoted value is what logs in
 * on every one of them. Only a value that looks like a credential (letters and digits, six to twenty-four characters, not a web or mail
 * address); a setting's plain name (初期設定は「オフ」, 「Standard」) has no digit, and advice (初期設定のままにしないで) gives no value.
 * Bounded: one optional word between the label and the quote.
 */
const INITIAL_SETTING_VALUE =
  /(?:初期設定|初期値|初期状態|(?<![\p{Script=Han}])共通)(?:は|が|も|の|で)?[、,]? ?(?:みんな|みな|全員|全部|ぜんぶ|すべて|全て|共通で|共通の|いずれも|どれも|一律)?[、,]? ?[「『"]([!-~]{6,24})[」』"]/gu
/**
 * Blind R282V-037 kind: the same initial value given bare, not quoted, after the label (ユーザー名は kyoryoku_yanagawa、初期設定は Sagemon#2025
 * なので): a token of letters and digits with a symbol or both cases, standing apart (a space, a comma or a kana after it). Taken only when a
 * user name, an ID or an account is named in the paragraph (INITIAL_BARE_LOGIN); a product's name (初期設定は Windows11 の) has no symbol.
 * Bounded: one optional word between the label and the value.
 */
const INITIAL_SETTING_BARE =
  /(?:初期設定|初期値|初期状態)(?:は|が|も|で)[、,]? ?(?:みんな|みな|全員|全部|ぜんぶ|すべて|全て|共通で|共通の|いずれも|どれも|一律)?[、,]? ?(?<![!-~])([!-~]{6,24})(?![!-~])/gu
/** After a bare value without a symbol: the sentence ends or goes on with it as the value (です, なので, 、), not its state (のまま, に更新). */
const INITIAL_BARE_END = /^ ?(?:です|でした|なので|なんで|だから|ですので|ですから|だよ|だ(?=[。！!、]|$)|[、,。！!]|$)/u
const INITIAL_BARE_LOGIN = /ユーザー?名|ユーザーID|ログインID|(?<![A-Za-z])ID(?![A-Za-z])|アカウント|ログイン|サインイン/iu
/** What the initial setting is of: a device or an account one logs in to (the paragraph names it). */
const INITIAL_SETTING_OF = /端末|パソコン|PC|タブレット|スマホ|iPad|アカウント|ログイン|サインイン|(?<![A-Za-z])ID(?![A-Za-z])|Wi-?Fi|ワイファイ|無線LAN|ルーター|システム/iu
export function findInitialSettingValue(t: string, strong: StrongHit[]): void {
  if (!/初期|共通/u.test(t)) return
  let k = 0
  for (const m of t.matchAll(INITIAL_SETTING_VALUE)) {
    if (k++ >= MAX_HITS) break
    const value = m[1]!
    if (!/[A-Za-z]/u.test(value) || !/[0-9]/u.test(value) || /:\/\/|^www\.|@[A-Za-z0-9-]+\.[A-Za-z]|\.(?:jpe?g|png|pdf|html?)$/iu.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (!INITIAL_SETTING_OF.test(t)) continue
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 1, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
  if (!INITIAL_BARE_LOGIN.test(t)) return
  k = 0
  for (const m of t.matchAll(INITIAL_SETTING_BARE)) {
    if (k++ >= MAX_HITS) break
    const value = m[1]!
    if (!/[A-Za-z]/u.test(value) || !/[0-9]/u.test(value) || !(/[!#$%&*+?@^_~-]/u.test(value) || (/[A-Z]/u.test(value) && /[a-z]/u.test(value) && INITIAL_BARE_END.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6)))) || /:\/\/|^www\.|@[A-Za-z0-9-]+\.[A-Za-z]|\.(?:jpe?g|png|pdf|html?)$/iu.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 1, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/**
 * Blind R317C-008 kind: a device's or an account's factory login told with its values and said to be unchanged or to let one in (設定画面、
 * メーカーの初期設定のまま「admin」と「0000」で入れる, 録画機は出荷時の admin / 1234 のまま, デフォルトの「0000」でログインできます):
 * whoever reads it gets in. The default named (初期設定, 初期値, 工場出荷時, デフォルト), then one value or an ID and a secret joined by と or a
 * slash, then the state kept (のまま) or the way in (で入れる, でログイン). Only a value that looks like a login (three figures or more,
 * letters with figures, or a stock account name: admin, root, guest), and only where the paragraph names a login, a secret or a settings
 * screen. Advice (初期設定のままにしないで), an example or a reader's own device asked about are not this. Bounded.
 */
const DEFAULT_WORD = '(?:メーカー(?:の)?)?(?:初期設定|初期値|初期状態|工場出荷(?:時|状態)?|出荷時|購入時|納品時|デフォルト|既定値)'
const DEFAULT_VALUE = '[「『"]?([!-~]{3,24}?)[」』"]?'
const DEFAULT_CRED = new RegExp(
  `${DEFAULT_WORD}(?:の|のまま(?:の|で)?|から(?:変えて|変更して)(?:い)?(?:ない|なく|おらず|ません)(?:の|で)?|は|が|も|で)?[、,]?\\s?(?:(?:ID|ユーザー?(?:名|ID)?|ログインID|パスワード|PW|パス|暗証番号)(?:は|が|も|:)?\\s?)?${DEFAULT_VALUE}` +
    `(?:\\s?(?:と|/|、|,|・)\\s?(?:(?:パスワード|PW|パス|暗証番号)(?:は|が|:)?\\s?)?${DEFAULT_VALUE})?\\s?` +
    '(?:の(?:まま|状態)|で(?:[^。！？!?\\n]{0,6}?)(?:入れ|ログイン|サインイン|アクセスでき|開け|開き|使え|入室|操作でき))',
  'gu',
)
/** Where a default value is a login's: the paragraph names a login, a secret, an account or a settings screen. */
const DEFAULT_LOGIN = /ログイン|サインイン|パスワード|暗証|(?<![A-Za-z])(?:ID|PW|PIN)(?![A-Za-z])|ユーザー|管理画面|設定画面|管理者|アカウント|admin|root/iu
/** A stock account name a device ships with. */
const STOCK_ACCOUNT = /^(?:admin|administrator|root|user|guest|password|pass|system|manager|supervisor|service|support)$/iu
function loginLike(value: string): boolean {
  const digits = value.replace(/[^0-9]/gu, '').length
  const letters = value.replace(/[^A-Za-z]/gu, '').length
  if (NOT_VALUE.test(value) || NOT_OPENING_VALUE.test(value)) return false
  return digits >= 3 || (letters >= 1 && digits >= 1) || STOCK_ACCOUNT.test(value)
}
/** A login offered to the public (ご利用いただけます, ご自由にお使いください, どなたでも): what a public terminal is for. */
const PUBLIC_OFFER = /ご利用(?:いただけ|ください|下さい|になれ)|お使い(?:いただけ|ください|下さい|になれ)|ご自由に|どなたでも|来館者|来庁者|来場者/u
export function findDefaultCredential(t: string, strong: StrongHit[]): void {
  if (!/初期|出荷|購入時|納品時|デフォルト|既定値/u.test(t) || !DEFAULT_LOGIN.test(t)) return
  for (const m of hitsOf(DEFAULT_CRED, t)) {
    const values = [m[1], m[2]].filter((v): v is string => v !== undefined)
    if (!values.some(loginLike) || values.some((v) => !loginLike(v) && !/^[A-Za-z]{3,}$/u.test(v))) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue
    // Review sec58 kind: a public device's guest login offered to the public (検索端末は、初期設定の「guest」でログインしてご利用いただけます).
    if (PUBLIC_OFFER.test(sentence)) continue
    strong.push({ start, end, label: '', name: '初期設定のID・パスワード' })
  }
}

/**
 * Blind R317C-051 kind: the staff's first login told by the fact it is made of (勤怠システム…ユーザー名は職員番号で、初回は生年月日の8けたで
 * 入れます; 初期パスワードは職員番号の下4桁になっています; 最初のログインは誕生日の4桁を入力): whoever knows a member's birthday or staff
 * number gets in before they change it. The first login (初回, 初期, 最初, 仮) named, then a personal fact, then it let in, typed or set.
 * Only a staff login (STAFF_LOGIN in the paragraph); a reader's own service (図書館のマイページは、初回は生年月日で…) is theirs to know.
 * Blind R432H-025 kind: …or the rule joining two such facts (初期パスワードは「職員番号のあとに生年月日の月日4桁」です, 仮パスワードは社員番号の
 * 後ろに誕生日の4桁を付けたもの): a recipe that yields every member's first password is the credential of each.
 */
const INITIAL_RECIPE =
  /(?:初回|初期|最初|初めて|はじめて|仮)(?:の)?(?:ログイン|サインイン|パスワード|PW|パス|暗証番号)?(?:時|の際|の時)?(?:は|に|も)?[、,]?[^。！？!?\n]{0,12}?(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日)(?:の)?(?:下|末尾|最後の)?(?:[0-9一二三四五六七八]{1,2}(?:桁|けた|ケタ))?(?:の数字)?(?:(?:の)?(?:あとに|後に|後ろに|うしろに|前に|に続けて)\s?(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日)(?:の)?(?:下|末尾|最後の|月日の?|西暦の?)?(?:[0-9一二三四五六七八]{1,2}(?:桁|けた|ケタ))?(?:の数字)?(?:を(?:付け|つけ|足し|加え|並べ|続け)た(?:もの)?)?[」』"]?)?(?:を(?:入力|入れ|打)|で(?:[^。！？!?\n]{0,4}?)(?:入れ|ログイン|サインイン|入室|開|使え|アクセスでき)|(?:に|と)(?:なって|設定|して|なり)|です)/gu
/** An example of a format in brackets (（例：Y08213）, (例: 0944)). */
const BRACKETED_EXAMPLE = /[（(]\s?(?:例|記入例|入力例)\s?[:：]?[^（）()\n]{0,24}[）)]/gu
export function findInitialRecipe(t: string, strong: StrongHit[]): void {
  if (!/初回|初期|最初|初めて|はじめて|仮/u.test(t) || !STAFF_LOGIN.test(t)) return
  for (const m of hitsOf(INITIAL_RECIPE, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    // A format shown in brackets (ユーザー名は職員番号（例：Y08213）で) is no lesson: read the sentence without it.
    // The first login's ID told (ログインIDの初期設定は職員番号です, 初回ログインのIDは職員番号): a name, not the secret.
    if (/(?:ID|ユーザー?名|ログイン名|アカウント名)/u.test(m[0]) || /(?:ID|ユーザー?名|ログイン名|アカウント名)(?:の|は)?$/u.test(t.slice(Math.max(0, start - 8), start))) continue
    const said = sentence.replace(BRACKETED_EXAMPLE, '')
    if (AWARENESS.test(said) || PUBLIC_OWN.test(said) || /以外|ではなく|じゃなく|しないで|ないよう|ませんか|禁止/u.test(said)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/**
 * Blind R321C-027 kind: a login told as its ID and its secret joined by と or a slash, with no word for either, and said unchanged or to let
 * one in (制御盤、ログインは今も admin と admin のまま, 管理画面は root / 1234 で入れます, ログインは guest と 0000 です): the pair is the whole
 * way in. Each value looks like a login (STOCK_ACCOUNT, figures, letters with figures) or is a plain word beside one; a service or a make
 * (Google と Apple, Chrome と Edge) is not. Advice, an example, the public's own login and a public terminal offered are not this. Bounded.
 */
const LOGIN_PAIR =
  /(?:ログイン|サインイン|管理画面|設定画面|管理者画面|ログイン画面)(?:情報)?(?:は|も|が|[:：、,])[、,]?\s?(?:今も|いまも|まだ|ずっと|相変わらず|今でも|未だに|いまだに|いつも|今は)?[、,]?\s?[「『"]?([!-~]{3,24}?)[」』"]?\s?(?:と|\/|／|・)\s?[「『"]?([!-~]{3,24}?)[」』"]?\s?(?:の(?:まま|状態)|で(?:[^。！？!?\n]{0,6}?)(?:入れ|入っ|入る|ログイン|サインイン|アクセスでき|開け|開き|使え)|です|でした|だよ|やけん|ばい)/gu
export function findLoginPair(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン|画面/u.test(t)) return
  pushLoginPairs(LOGIN_PAIR, t, strong, /^[A-Za-z]{3,}$/u)
}

/**
 * Push each match of `pattern` (groups 1 and 2: the two values of a login) as a strong ログインIDとパスワード hit over the
 * match's span [start, end) of `t` (UTF-16 offsets of the paragraph): at least one value must look like a login's, and the
 * other either too or match `plainName` (a user name in letters). Skipped: a span already covered by a strong hit, a sentence
 * of awareness, of the city's own public or offered login, or of the reader's device, and an example announced around it.
 */
function pushLoginPairs(pattern: RegExp, t: string, strong: StrongHit[], plainName: RegExp): void {
  for (const m of hitsOf(pattern, t)) {
    const values = [m[1]!, m[2]!]
    if (!values.some(loginLike) || values.some((v) => !loginLike(v) && !plainName.test(v))) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || PUBLIC_OFFER.test(sentence) || READER_DEVICE.test(sentence)) continue
    if (EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start)) || EXAMPLE_AFTER.test(t.slice(end - 4, end + 16))) continue
    strong.push({ start, end, label: '', name: 'ログインIDとパスワード' })
  }
}

/**
 * Blind R358F-042 kind: a login given as the screen's two fields, with no word ID or password (名前の欄は bousai01、その下の欄は Yngw#2024s
 * です; 上の枠に kanri03、下の枠に Ab12cd! を入れれば入れます): whoever reads it has both. The first field named by its place or its
 * name (名前, ユーザー名, 上, 一つ目), the second by its place after it (その下, 下, 次, 二つ目); both values read as a login's, one of them
 * with figures. A sign-in named in the paragraph (入り方, ログイン, 操作卓, 端末). Bounded.
 */
const FIELD_NAME = '(?:(?:名前|氏名|ユーザー?名|ユーザー?ID|ID|上|一番上|いちばん上|一つ目|ひとつ目|1つ目|最初|一段目|1段目)の?(?:欄|枠|ところ|とこ|入力欄|項目))'
const FIELD_NEXT = '(?:(?:その|次の)?(?:下|次|二つ目|ふたつ目|2つ目|二番目|2番目|二段目|2段目)の?(?:欄|枠|ところ|とこ|入力欄|項目))'
const FIELD_VALUE = '[「『"]?([!-~]{3,24}?)[」』"]?'
const FIELD_PAIR = new RegExp(
  `${FIELD_NAME}(?:は|に|には|[:：])\\s?${FIELD_VALUE}\\s?(?:を|と)?(?:入れ(?:て)?|入力(?:して)?)?[、,]\\s?${FIELD_NEXT}(?:は|に|には|[:：])\\s?${FIELD_VALUE}(?=\\s?(?:です|でした|だよ|を入れ|と入れ|を入力|と入力|で(?![!-~])|やけん|ばい|[。、,！!]|$))`,
  'gu',
)
const FIELD_SIGN_IN = /入り方|入る|ログイン|サインイン|ログオン|操作卓|端末|システム|画面|パソコン|PC|タブレット/iu
export function findFieldPair(t: string, strong: StrongHit[]): void {
  if (!/欄|枠|とこ|項目/u.test(t) || !FIELD_SIGN_IN.test(t)) return
  pushLoginPairs(FIELD_PAIR, t, strong, /^[A-Za-z][A-Za-z_.-]{2,}$/u)
}

/**
 * Blind R350K-019 kind: a login ID given with its value and the password told by it (IDは kanri03、パスワードもほぼ同じで末尾に!が付くだけ,
 * ユーザー名は yngw_suido です。パスワードはIDと同じ, パスワードはそれの後ろに123): whoever reads the ID has the password too. The ID's value
 * looks like a login (`loginLike`); then, a few words on, the password said the same as it, nearly so, or the ID with something added or
 * turned. Advice (IDと同じにしないで), a question, an example and the public's own login are not this. Bounded.
 */
const LOGIN_ALIKE =
  /(?:ログインID|ユーザーID|ユーザID|ユーザー名|ユーザ名|アカウント名|ログイン名|(?<![A-Za-z])ID(?![A-Za-z]))(?:は|が|:)?[、,]?\s?[「『"]?([A-Za-z0-9][A-Za-z0-9_.@-]{2,23})(?![A-Za-z0-9_.@-])[」』"]?\s?(?:です|で|だよ)?[、,。]?\s?[^。！？!?\n]{0,8}?(?:パスワード|パス(?![ァ-ヴー])|PW|暗証番号)(?:も|は|が|って)[、,]?\s?(?:(?:(?:ID|それ|ユーザー?名|そっち)(?:と|に))?(?:ほぼ|ほとんど|まったく|全く|ほぼほぼ|だいたい)?(?:同じ|一緒|おんなじ|いっしょ|共通)(?=で|です|だ|や|じゃ|なん|なの|に(?:して|なって|設定|し|な)|って|ばい|たい|[。、,!！\s]|$)|(?:ID|それ|ユーザー?名)(?:の)?(?:まんま|そのまま|後ろに|うしろに|末尾に|最後に|あとに|後に|前に|頭に)|(?:ID|それ|ユーザー?名)(?:を|に)[^。！？!?\n]{0,8}?(?:付け|つけ|足し|加え|逆|大文字|小文字))/gu
const ALIKE_DONT = /^[^。！？!?\n]{0,8}?(?:ではいけ|じゃだめ|ではだめ|にしない|にしては|はNG|は危険|は避け|ませんか|ないか|ないで|ないよう)/u
export function findLoginAlike(t: string, strong: StrongHit[]): void {
  if (!/ID|名/u.test(t) || !/パス|PW|暗証/u.test(t)) return
  for (const m of hitsOf(LOGIN_ALIKE, t)) {
    // An ID of letters joined by a sign (suido_admin, kanri.sys) is a login's as much as one with figures.
    if (!loginLike(m[1]!) && !/[A-Za-z][_.-]|[_.-][A-Za-z]/u.test(m[1]!)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = t.slice(sentenceAround(t, start, start).start, sentenceAround(t, end - 1, end).end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || PUBLIC_OFFER.test(sentence) || READER_DEVICE.test(sentence)) continue
    if (ALIKE_DONT.test(t.slice(end, end + 16)) || EXAMPLE_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue
    strong.push({ start, end, label: '', name: 'ログインIDとパスワード' })
  }
}

/**
 * Blind R321C-059 kind: a staff login told by the facts it is made of, in any ending (ログインは職員番号と誕生日４桁なので覚えやすい, パスワードは
 * 内線番号です, 暗証番号は生年月日の下4桁だから): whoever knows a member's birthday or number gets in. A login as a whole (ログイン) needs a
 * secret's fact (a birthday, a phone number, a name), not the staff number alone (the ID: ログインは職員番号です). Only a staff login
 * (STAFF_LOGIN, 業務端末); a reader's own service, advice and a rule against it are not this. Bounded.
 */
const LOGIN_FACT = '(?:生年月日|誕生日|職員番号|社員番号|電話番号|内線番号|携帯番号|採用年月日|入庁年月日|名前|氏名|名字|苗字)(?:の)?(?:下|末尾|最後の|西暦|月日)?(?:[0-9０-９一二三四五六七八]{1,2}(?:桁|けた|ケタ))?'
const LOGIN_RECIPE = new RegExp(
  `(ログイン|サインイン|パスワード|PW|パス(?![ァ-ヴー])|暗証番号)(?:は|が|も)[、,]?[^。！？!?\\n]{0,10}?(${LOGIN_FACT}(?:(?:と|＋|\\+|、|・)${LOGIN_FACT})?)[」』"]?` +
    '(?:です|でした|なので|なんで|だから|ですので|ですから|だよ|やけん|ばい|たい|になって(?:い|お|る|ま)|で(?:[^。！？!?\\n]{0,4}?)(?:入れ|ログイン|サインイン|入る|入っ|開|いけ|行け|通れ|通り))',
  'gu',
)
const SECRET_FACT = /生年月日|誕生日|電話番号|内線番号|携帯番号|採用年月日|入庁年月日|名前|氏名|名字|苗字/u
/** The writer's own login told as values after a login is named (ちなみに私は２０２４１１８と０３２１です笑, 自分のは kanko05 / 1987 やけん). */
const MY_LOGIN_VALUES =
  /(?:私|わたし|僕|ぼく|俺|おれ|自分|うち)(?:の(?:場合|もの|やつ)?)?(?:は|なら|だと|のは)[、,]?\s?([0-9A-Za-z][!-~]{2,23}?)\s?(?:(?:と|\/|／|・|、)\s?([0-9A-Za-z][!-~]{2,23}?)\s?)?(?:です|でした|だよ|やけん|ばい|たい|(?=[。！!笑w\n]|$))/gu
export function findLoginRecipe(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン|パス|PW|暗証/u.test(t) || !/生年月日|誕生日|番号|名前|氏名|名字|苗字|採用|入庁/u.test(t)) return
  const staff = STAFF_LOGIN.test(t) || /業務(?:用)?(?:の)?(?:端末|パソコン|PC|システム)|庁内|職員/u.test(t)
  if (!staff) return
  for (const m of hitsOf(LOGIN_RECIPE, t)) {
    const start = m.index
    const end = start + m[0].length
    // A login as a whole told by the staff number alone is its ID (ログインは職員番号です).
    if (/^(?:ログイン|サインイン)$/u.test(m[1]!) && !SECRET_FACT.test(m[2]!)) continue
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    // Review rsec59 kind: a check that no login is so made (パスワードが名前と誕生日の組み合わせになっていないか確認しました): a lesson, no recipe.
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /以外|ではなく|じゃなく|しないで|ないよう|ませんか|禁止|[？?]|(?:い|で|じゃ)?ないか(?:(?:を|どうか)?(?:確認|点検|チェック|調べ|見直)|[、,])/u.test(sentence)) continue
    // Review rsec59 kind: an applicant's own account for a staff recruitment (職員採用試験のマイページのログインは、受験番号と生年月日です,
    // 会計年度任用職員の応募フォームは…パスワードは生年月日の8桁): 職員 names the job applied for, the login is the applicant's own.
    const s = sentenceAround(t, start, end)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if (APPLICANT_ACCOUNT.test(around) && !/職員番号|社員番号|庁内|業務(?:用)?(?:の)?(?:端末|パソコン|PC|システム)/u.test(around)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
    // The writer's own values told after it (ちなみに私は２０２４１１８と０３２１です).
    for (const v of hitsOf(MY_LOGIN_VALUES, t.slice(end, end + 80))) {
      const values = [v[1]!, v[2]].filter((x): x is string => x !== undefined)
      if (!values.every((x) => loginLike(x) || /^[0-9]{3,8}$/u.test(x))) continue
      const vs = end + v.index
      const ve = vs + v[0].length
      if (!strong.some((f) => f.start < ve && f.end > vs)) strong.push({ start: vs, end: ve, label: '', name: 'ログイン情報' })
    }
  }
}

/**
 * Blind R317C-058 kind: the address or the ID the city's own account logs in with, told with its value (このアカウントのログインに使っている
 * アドレスは koho-sns@…, 公式インスタのログインIDは yanagawa_koho01 です): half of the way in, the target of every guess and reset. Only the
 * city's own account named in the paragraph (OWN_ACCOUNT); a reader's own login (ご登録のメールアドレス), an example and a contact address
 * with no login are not this.
 */
const LOGIN_ADDRESS =
  /(?:ログイン|サインイン)(?:に|で|用に?|時に|の際に)?(?:使(?:って(?:い|お)?(?:る|ます)|う|います|用して(?:い)?(?:る|ます)|用する)|用いる|登録して(?:い|あ)る)?(?:の)?(?:メール)?(?:アドレス|メアド|ID|アカウント名|ユーザー?名)(?:は|が|:|=)\s?([A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}|[A-Za-z0-9][A-Za-z0-9._-]{3,31})(?![A-Za-z0-9._@-])/gu
const OWN_ACCOUNT =
  /この(?:アカウント|ページ)|当アカウント|本アカウント|公式(?:の)?(?:アカウント|X|エックス|Instagram|インスタ|Facebook|フェイスブック|LINE|ライン|ツイッター|Twitter|YouTube|ユーチューブ|TikTok|SNS|ブログ)|市(?:の)?(?:公式)?(?:アカウント|SNS)|(?:広報|観光|課|係)(?:用)?(?:の)?(?:アカウント|SNS)|(?:X|Instagram|Facebook|インスタ|フェイスブック|LINE)(?:の)?アカウント/u
export function findAccountLogin(t: string, strong: StrongHit[]): void {
  if (!/ログイン|サインイン/u.test(t) || !OWN_ACCOUNT.test(t)) return
  for (const m of hitsOf(LOGIN_ADDRESS, t)) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const value = m[1]!
    if (!/@/u.test(value) && !(/[A-Za-z]/u.test(value) && /[0-9_]/u.test(value))) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || /ご登録|登録した|各自|例[:：）)]|（例|\(例|example/iu.test(sentence) || EXAMPLE_AFTER.test(t.slice(end, end + 28))) continue
    strong.push({ start, end, label: '', name: 'ログインID' })
  }
}

/**
 * Blind R321C-038 kind: the shared account a staff system is entered with, told with its name (財務会計システムには係の共通アカウント zaimu-k2
 * で入ります, 共用IDは kaikei_01 です): half of the way in, shared by many and rarely changed. Only a name with a figure or a sign (zaimu-k2,
 * kaikei_01), a staff system or device named in the paragraph, and not a public handle (@…, 公式アカウント) or the public's own account.
 */
const SHARED_ACCOUNT =
  /(?:共通|共用|共有)(?:の)?(?:アカウント|ログインID|ID|ユーザー?(?:名|ID)?)(?:は|:|：|=)?\s?[「『"]?([A-Za-z][A-Za-z0-9._-]{2,31})[」』"]?(?![A-Za-z0-9._@-])\s?(?:で(?:[^。！？!?\n]{0,4}?)(?:入|ログイン|サインイン|アクセス)|です|だよ|やけん|を使|[、,。])/gu
/** A public class or a visitors' service (講座, 教室, 受講者, 参加者, 来館者): what its shared account is used for. */
const PUBLIC_CLASS = /講座|教室|受講|参加者|体験会|来館者|来場者|来庁者|利用者|どなたでも|ご自由|児童|生徒|授業|お子さん|お子さま/u
const STAFF_SYSTEM = /システム|端末|パソコン|PC|サーバ|庁内|業務|会計|財務|人事|給与|文書管理|グループウェア|共有フォルダ/u
export function findSharedAccount(t: string, strong: StrongHit[]): void {
  if (!/共通|共用|共有/u.test(t) || !STAFF_SYSTEM.test(t)) return
  for (const m of hitsOf(SHARED_ACCOUNT, t)) {
    const value = m[1]!
    if (!/[0-9_.-]/u.test(value) || NOT_VALUE.test(value)) continue
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const sentence = sentenceText(t, start, end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || OWN_ACCOUNT.test(sentence) || /公式|フォロー|@/u.test(sentence) || /例[:：）)]|（例|\(例/u.test(sentence)) continue
    // Review rsec59 kind: the account a public class or a visitors' machine is used with (公民館のパソコン講座では、共通アカウント kouza-01 を
    // 使います; 来館者用の共用ID): the participants' own, no staff system's. Not where staff or a section is named there.
    const s = sentenceAround(t, start, end)
    const around = t.slice(Math.max(0, s.start - 80), s.end)
    if ((PUBLIC_CLASS.test(around) || PUBLIC_OFFER.test(around)) && !/職員|庁内|業務|係の|課の|担当/u.test(around)) continue
    strong.push({ start: start + m[0].indexOf(value), end: start + m[0].indexOf(value) + value.length, label: '', name: 'ログインID' })
  }
}

/**
 * Blind R183I-041: the secret named by what it is for, with no word for it (入るときのは, 入る用のやつは, ログインする時のは, サインイン用のは),
 * stated with a value (は/が/:/=) right beside an account's name with its own value (WAY_IN_NEAR characters before or after): the pair
 * is a login. Without an account's value told (ログイン名は各自のメールアドレスです; 会場に入るときのは受付票です) nothing is found.
 */
const WAY_IN_SECRET =
  /(?:(?:ログイン|サインイン|ログオン)(?:する|の)?|(?<![ぁ-ゖ])(?:入る|はいる))(?:とき|時|際|用)の(?:やつ|ヤツ|もの|もん|あれ|アレ|方|ほう|文字列?|言葉|単語)?(?= ?[はが:=：])/gu
const WAY_IN_NEAR = 40
export function findWayInSecret(t: string, weak: ReadonlyArray<{ start: number; end: number }>, strong: StrongHit[]): void {
  WAY_IN_SECRET.lastIndex = 0
  let k = 0
  for (let m = WAY_IN_SECRET.exec(t); m && k < MAX_HITS; m = WAY_IN_SECRET.exec(t), k++) {
    const end = m.index + m[0].length
    const v = valueAfter(t, end, false)
    if (!v || !/[はが:=：]/u.test(t.slice(end, v.at)) || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
    // Beside the account told in the same paragraph, not across a stop into another matter.
    const account = weak.find((w) => (w.end <= m!.index && m!.index - w.end <= WAY_IN_NEAR) || (w.start >= v.end && w.start - v.end <= WAY_IN_NEAR))
    if (!account) continue
    const between = account.end <= m.index ? t.slice(account.end, m.index) : t.slice(v.end, account.start)
    // Blind R400Z-005 kind: or on the next line of a list of fields (ユーザー名：X⏎ログイン用のあれ：Y), one line break and nothing else between.
    if (/[。！？!?]/u.test(between) || (/\n/u.test(between) && !/^[ \t　]{0,4}\n[ \t　]{0,4}$/u.test(between))) continue
    // An example or a rule (…のような, 各自で決めた…), not a value told.
    if (EXAMPLE_AFTER.test(t.slice(v.end, v.end + 28))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (AWARENESS.test(t.slice(s.start, s.end)) || PUBLIC_OWN.test(t.slice(s.start, s.end))) continue
    strong.push({ start: m.index, end: v.end, label: m[0], name: 'パスワード' })
  }
}

/**
 * Blind R399Y-039 kind: a login named in the sentence (its ID told or not), then the watchword it is entered with (ログインは X、合言葉は
 * 『開会日の日付＋yngw』, アカウントは共通で、合言葉は yngw2025): the 合言葉 is the password by another name, told as a value or as the recipe it
 * is made of. Only after a login, an account or a user name in the same sentence (a slogan, 今年の合言葉は「…」, is no secret), only a
 * value with letters or figures or a fact it is made of, and not advice or the public's own (AWARENESS, PUBLIC_OWN). Bounded.
 */
const LOGIN_WATCHWORD =
  /(?:ログイン|サインイン|ログオン|アカウント|ユーザー?名|ユーザー?ID|(?<![A-Za-z])ID(?![A-Za-z]))[^\n。！？!?]{0,30}?[、,\s]\s?(?:合言葉|合い言葉|あいことば)(?:は|が|って|[:：=])\s?(?:いつもの|例の|共通の|おなじみの)?\s?(?:[「『"]([^」』"\n]{2,24})[」』"]|([!-~]{3,24})(?![!-~]))/gu
export function findLoginWatchword(t: string, strong: StrongHit[]): void {
  findWatchwords(LOGIN_WATCHWORD, t, strong, (value, sentence) =>
    (/[A-Za-z0-9]/u.test(value) || MAY_HINT.test(value) || /日付/u.test(value)) && !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence) && !HINT_RULE.test(sentence),
  )
}

/**
 * The watchwords `re` finds (group 1 or 2 its value), each from its 合言葉 to the value's end, pushed to `strong` as a password when the value
 * is one (not NOT_VALUE), no other finding covers it and `accepts(value, sentence)`.
 */
function findWatchwords(re: RegExp, t: string, strong: StrongHit[], accepts: (value: string, sentence: string) => boolean): void {
  if (!/合言葉|合い言葉|あいことば/u.test(t)) return
  for (const m of hitsOf(re, t)) {
    const value = m[1] ?? m[2]!
    if (NOT_VALUE.test(value)) continue
    const start = m.index + m[0].search(/合言葉|合い言葉|あいことば/u)
    const end = m.index + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    if (!accepts(value, sentenceText(t, start, end))) continue
    strong.push({ start, end, label: '', name: 'パスワード' })
  }
}

/**
 * Blind R404D-024, R402B-025 kinds: the watchword of a way in named in the sentence, given with its value (職員用Wi-Fiの合言葉、今日から
 * 「やながわ三八五二」になりました; インターホンで合言葉「ゆずのはな」を言ってもらえれば開けてます): a network's key or a door's password by
 * another name, told to everyone who reads the post. Only after the way in (a network, an intercom, a door, a gate, a key, a terminal) in
 * the same sentence, and only with the value said to open, connect or have changed (開けます, つながります, になりました): a slogan (今年の
 * 合言葉は「…」, 防犯の合言葉「いかのおすし」) or a chant for locking up (玄関の鍵をかけるときの合言葉は「いってきます、カギよし」) opens
 * nothing. Any quoted value, kana too. Not advice (AWARENESS). Bounded.
 */
const WAY_IN_USED = /開け|開き|開く|あけ|開錠|解錠|入れ|入る|入室|入館|つなが|つなげ|繋が|繋げ|接続|ログイン|変わ|変更|になりました|になります|に変え|更新/u
const ACCESS_WATCHWORD =
  /(?:Wi-?Fi|WiFi|ワイファイ|無線LAN|無線ラン|ネットワーク|インターホン|インターフォン|オートロック|玄関|通用口|裏口|勝手口|門|扉|ドア|入口|入り口|ゲート|鍵|カギ|金庫|ロッカー|端末|パソコン|PC)[^\n。！？!?「『]{0,30}?(?:の)?(?:合言葉|合い言葉|あいことば)(?:は|が|って|[:：=、,])?\s?(?:今日から|本日から|今月から|今週から|いつもの|例の)?\s?(?:[「『"]([^」』"\n]{2,24})[」』"]|([!-~]{3,24})(?![!-~]))/gu
export function findAccessWatchword(t: string, strong: StrongHit[]): void {
  findWatchwords(ACCESS_WATCHWORD, t, strong, (_, sentence) => WAY_IN_USED.test(sentence) && !AWARENESS.test(sentence))
}

/**
 * Blind R438P-048 kind: a secret told to change on a schedule, then the value for the present period given after it in the same or
 * the next sentence (暗証番号は毎月1日に変わりますので、今月分は七・三・八・一です; パスワードは毎週更新します。今週のパスワードは…; 解除番号は
 * 月替わりです。今月は 5 0 2 8 になります): the period's value is the secret itself, in figures, letters or kanji numerals. The date of the
 * change (毎月1日) may hold a figure of its own, so the clause between is read up to the change word. Only the present or next period
 * (今月分, 今週の, 今回, 来月); a value that only tells when or where to learn it (今月分は掲示板でお知らせします, 今月分は窓口でお尋ね
 * ください) is no value, and the city asking staff to set or change their own PIN (暗証番号は毎月変更してください) gives none.
 */
const PERIOD_VALUE =
  /(?:暗証番号|暗証|パスワード|パスコード|PIN|解除番号|ドアコード|入室コード|キーコード|解錠番号|開錠番号)(?:は|が|を|も)[^。！？!?\n]{0,40}?(?:変わ|かわ|変え|変更|更新|切り替|切替|替わ|替え)[^。！？!?\n]{0,16}?[、,。！!]\s?(?:(?:今月|今週|今期|今年度|今回|今日|本日|当月|現在|来月|来週|次回)(?:分|の分)?(?:の(?:番号|暗証番号|暗証|パスワード|パスコード|コード|PIN))?)(?:は|が)[、,]?\s?/gu
export function findPeriodValue(t: string, strong: StrongHit[]): void {
  PERIOD_VALUE.lastIndex = 0
  let k = 0
  for (let m = PERIOD_VALUE.exec(t); m && k < MAX_HITS; m = PERIOD_VALUE.exec(t), k++) {
    const end = m.index + m[0].length
    const v = valueAfter(t, end, false)
    if (!v || v.value.length < 3 || strong.some((f) => f.start < v.end && f.end > m!.index)) continue
    // A date, a time, a count or an amount (今回は2024年4月1日に変更, 今月は17時まで) is no code.
    if (/^\s?[年月日時分秒円人件回台か歳%％:：/.-]/u.test(t.slice(v.end, v.end + 2))) continue
    const s = sentenceAround(t, m.index, v.end)
    if (AWARENESS.test(t.slice(s.start, s.end))) continue
    strong.push({ start: m.index, end: v.end, label: m[0].replace(/(?:は|が|を|も)[\s\S]*$/u, '') })
  }
}
