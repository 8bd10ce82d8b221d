/**
 * The security family's shared readings (5(1): セキュリティに関わる情報を発信しない): the regexes and helpers more than one detector reads — the
 * values told after a secret word (valueAfter, CONNECTOR, NOT_VALUE, the Value and StrongHit types), examples and
 * awareness (EXAMPLE_AFTER, AWARENESS, PUBLIC_OWN), the candidate cap and iterators (MAX_HITS, hitsOf, next), lock and keypad words,
 * advice and denied-rumour tests (isAdvice, deniedRumour), the guard data of a finding (guardData, statedPart, sentenceText) and the
 * paragraph's gate words (SQUEEZED_WORDS and FOLDED_WORDS, read in one pass as SQUEEZED and FOLDED with their flags W and F). No
 * detector is here: nothing is reported by this file. Part of the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { NeedGate } from '../../gate'
import type { Span } from '../../text'

/** `end` moved over the hiragana right after it (the ending of the word a match stops in: 手薄に|なります), at most `max` of them. */
export function kanaTail(t: string, end: number, max: number): number {
  for (let k = 0; k < max && /\p{Script=Hiragana}/u.test(t[end] ?? ''); k++) end++
  return end
}
/** Between the word and its value: particles, colons, arrows, quotes (at most 14 characters). */
const CONNECTOR = /^(?: +|\n(?=[0-9〇一二三四五六七八九A-Za-z])|[:=>→⇒|｜「『"'(（【[、,]|は|が|も|を|って|とは|の|-(?=>)|同じく|共通で|いずれも|どれも|ともに|今は|今も|いまも|現在|いまだに|未だに|まだ|全員|今年も|今年は|今回も|引き続き|相変わらず|変わらず|以前と同じ|前と同じ|従来どおり|従来通り|例年どおり|例年通り|いつもの|暗証番号|番号|暗証|コード|ナンバー|No\.?)/u
// ニ (katakana) and ○ (circle) are typed for 二 and 〇 to slip past a check: they read as the same digits.
// Blind R173I-051: the formal numerals of deeds and cheques (大字: 壱・弐・参・肆・伍・陸・漆・捌・玖) are the same digits (壱九八七 = 1987).
export const KANJI_DIGIT: Record<string, string> = { 〇: '0', 零: '0', '○': '0', 一: '1', 二: '2', ニ: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 壱: '1', 弐: '2', 参: '3', 肆: '4', 伍: '5', 陸: '6', 漆: '7', 捌: '8', 玖: '9' }
/** After a value, these make it a rule or a quantity, not a value (8文字以上, 4桁, 1,500円). */
export const NOT_VALUE_AFTER = /^ ?(?:文字|桁|字|以上|以下|未満|など|等|のよう|みたい|や(?![けかでしねよろきー])|とか|といった|回|分|秒|時|円|%|人|個|日|月|年|歳|件|枚|番(?!号)|号|階|か月|ヶ月|カ月|週|のままに(?:し|せ)|のままでは|のままだと|のままは|じゃな|ではな)/u
/** Values that are words, not secrets. */
export const NOT_VALUE = /^(?:https?|needed|required|necessary|www|wi-?fi|line|google|apple|twitter|facebook|instagram|e-?mail|mail|sns|id|pw|pin|ssid|url|qr|pc|ok|ng|free|yes|no|none|null)$/i
/** After a value: it is an example (のような, など, では危険, にするのは). */
export const EXAMPLE_AFTER = /^[」』"]? ?(?:[やと][「『"][^」』"\n]{1,16}[」』"](?:など|といった|のよう|や)|のよう|など|といった|は避け|では|じゃ|だと|にする|にしない|に設定し(?:ない|ては)|と同じ|は危険|は推測|は簡単|は使わ)/u
/**
 * Blind TX-027: a value given as a sample in a lesson on making one (「覚えやすくて長い合言葉」の作り方を紹介し、見本として「…」という例を示し;
 * パスワードの作り方の例として「…」, お手本は「…」): the word before it (見本として, 例として, 作例:) or after it (という例, を見本に) makes it a
 * sample shown, no account's secret. 例の「…」 (the usual one) and a value stated as the secret (パスワードは「…」です) are not this.
 */
export const EXAMPLE_BEFORE = /(?:見本|お手本|手本|サンプル|作例|一例|例|記入例|入力例|設定例|参考例)(?:として|は|に|で)?[:：、,]? ?[「『"(]?$/u
/** Secrets spoken of as a class (よく使われる, 流出した, 単純な パスワード): examples, never one account's. */
export const CLASS_OF_SECRETS = /(?:よく使われ(?:る|ている)|流出した|漏えいした|危険な|弱い|単純な|推測されやすい|破られやすい|ありがちな|使ってはいけない|避けるべき|悪い例の)[「『]?$/u
/** A sentence that teaches about secrets rather than telling one. */
export const AWARENESS = /避け|推測|危険|使い回|使いまわ|使わない|しないで|(?:教え|使い回さ|書き込ま|入力し|設定し|使わ|知られ)ないよう|ダメ|だめ|(?<![A-Za-z])NG(?![A-Za-z])|例えば|例[:：]|悪い例|やめ|変更しましょう|注意|詐欺|聞くことは|教えないで|よく使われる|ランキング|上位に並|単純な|推測されやす|破られ|使ってはならない|使ってはいけない/u

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
export const MAX_HITS = 64
/**
 * Each match of the global pattern `re` in `t`, in order, at most MAX_HITS of them (a pathological paste stays bounded).
 * `re.lastIndex` is 0 before and after.
 */
export function* hitsOf(re: RegExp, t: string): Generator<RegExpExecArray> {
  re.lastIndex = 0
  let n = 0
  for (let m = re.exec(t); m && n < MAX_HITS; m = re.exec(t), n++) yield m
  re.lastIndex = 0
}

function isValueChar(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  return (code > 0x20 && code < 0x7f) || KANJI_DIGIT[c] !== undefined
}

/**
 * Digits as they are said, in hiragana (a katakana view is read as hiragana): the long forms of a code read aloud (にー, ごー, しー)
 * and the sound changes of a sequence said in one breath (さんぱち, よんぱち: はち after ん), as well as the plain readings
 * (round 54: キーボックスは、ダイヤルを「さんぱちにーまる」に合わせると開きます). Longer forms first.
 */
const KANA_DIGIT_WORD = 'ぜろ|れい|まる|いち|にい|にー|に|さん|よん|しー|ごー|ごお|ご|ろく|なな|しち|はち|ぱち|きゅう|きゅー'
/** Digits spelled in kana, separated (いち・ろく・なな・ご) or run together (さんぱちにーまる): at least three. */
const KANA_DIGITS = new RegExp(
  `^(?:${KANA_DIGIT_WORD}|く|し)(?:[・、, -]?(?:${KANA_DIGIT_WORD}|く|し)){2,11}?(?=$|[^ぁ-ゖ]|です|でした|だ|で|ね|よ|と|に(?:合わせ|あわせ|設定|変更|し|す|な)|を(?:押|入力|入れ|回)|の順)`,
  'u',
)
/**
 * Round 54: a code said in kana, then what it does (「さんぱちにーまる」に合わせると開きます, いちきゅうはちろくで開きます, ぜろはちいちごと
 * 入れたら開く): read in hiragana; what comes before it is checked in the text itself (not a word's tail).
 */
export const KANA_OPENS = new RegExp(
  `(?:${KANA_DIGIT_WORD})(?:[・、, -]?(?:${KANA_DIGIT_WORD})){2,9}(?=[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|に|を|と|で) ?[^。\\n！？!?]{0,6}?(?:(?:入れ|入力し|打ち込|押し|押す|押せ|合わせ|あわせ|回し|まわし)(?:ると|れば|たら|て|ば)[^。\\n！？!?]{0,6}?)?(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解除|解錠)))`,
  'gu',
)

export function toHiragana(s: string): string {
  let out = ''
  for (const c of s) {
    const code = c.charCodeAt(0)
    out += code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : c
  }
  return out
}
/** A lock a bare 番号 belongs to, just before it (通用口はテンキー式の電子錠になりました。番号は…). */
export const LOCK_NEAR = /テンキー|ボタン錠|プッシュ錠|番号錠|ナンバー錠|キーレス錠|暗証番号錠|電子錠|ダイヤル錠|ワイヤーロック|チェーンロック|南京錠|暗証|キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|鍵ボックス|カギボックス|鍵入れ|カギ入れ|金庫|ロッカー|オートロック|錠前|施錠/u
/**
 * A secret shown with its value: its span (offsets in the paragraph), the word that named it as written (`label`: パスワード, PW; ''
 * when none did) and the kind of secret the message names (`name`: 解除番号, ログイン情報, 認証コード).
 */
export type StrongHit = { start: number; end: number; label: string; name?: string }
/** After a value told on its own: it ends the statement (「1987」です, 0412やけん, 2580 たい). */
export const VALUE_ENDS = /^\s?[」』"]?\s?(?:です|でーす|だよ|だ(?=[。！!\s]|$)|やけん|やけ|やで|やよ|や(?=[。！!\s]|$)|ばい|たい|になります|でございます|っす)(?:よ|ね|〜|ー|~|♪)*(?:[。！!\n]|\s|$)/u
/** A new code with its label: 新番号：4719, 新しい暗証番号は 0815, 変更後のパスワード：Yngw#26; or named back (パスワードを変更しました。新しいものは akiya_bank2025 です). */
export const NEW_CODE = /(?:(?:新|新しい|変更後の?)(?:番号|暗証番号|暗証|パスワード|パス|コード|PIN|pin)|(?:新しい|変更後の?)(?:もの|の|ほう|方|やつ)|(?:今度|今回)の(?:もの|ほう|やつ)?|(?<=(?:パスワード|暗証番号|PW|パスコード|パスキー)[^。！？!?\n]{0,24}?(?:変わり|変更|更新)[^。！？!?\n]{0,12}?(?:[。！!\n]\s?|[^。！？!?\n]{0,30}?(?:→|⇒|、|,|\s)\s?)(?:旧[^。！？!?\n]{1,30}?(?:→|⇒|、|,|\s)\s?)?)新)(?:は|が|：|:|＝|=|→)\s?[0-9A-Za-z!#$%&*+\-_.@]{3,24}(?![0-9A-Za-z!#$%&*+\-_.@])/gu
/**
 * A code given by what it is made of, then pressing it opens the lock. Blind R235I-050 kind: the city's main line named as 代表電話
 * (キーボックスは、市役所の代表電話の下4ケタを逆から押すと開きます), as 代表番号 is.
 */
/*
 * Blind R302K-051 kind: the way a lock opens said to be set to a known date, the date given or not and in any form (保管庫は、開け方を
 * 白秋先生のお誕生日（１８８５・０１・２５）に合わせてあります, ダイヤルは創立記念日に合わせています): whoever knows the date opens it, as
 * …の誕生日を押すと開く does. Only the opening, the dial or the code as what is set (開け方を, 暗証番号は, ダイヤルを); an event timed to a
 * birthday (お誕生日に合わせて式典を) sets no lock. Bounded: 20 characters before the fact, 16 in its bracket.
 */
export const DERIVED_CODE =
  /(?:誕生日|記念日|創立記念日|開館記念日|開庁記念日|電話番号|郵便番号|代表番号|代表電話|内線番号|番地|ナンバー|西暦|和暦|生年月日|職員番号|社員番号)[^。！？!?\n]{0,16}?(?:押せば|押すと|押して|入力すれば|入力すると|入れれば|入れると|合わせれば|合わせると|にすれば|にすると)[^。！？!?\n]{0,4}?(?:開|あ(?:き|く|け)|解除|解錠|開錠|入れ)|(?:開け方|あけ方|ダイヤル|暗証番号|暗証|(?<![\p{Script=Han}])番号)(?:を|は)[、,]?[^。！？!?\n]{0,20}?(?:誕生日|記念日|生年月日|生まれた日|命日)(?:[ 　]?[(（][^()（）\n]{1,16}[)）])?に合わせ(?:て|た|ており|ています|てい|ました)/gu
/** Blind R65A-070: what a bare ダイヤル before its value turns, named a few words before it: a box or a locker that holds keys or cards. */
export const DIAL_HOLDER = /キーボックス|キーケース|鍵箱|カギ箱|かぎ箱|ロッカー|保管庫|保管箱|キーBOX|キーbox/u
/** A safe, a dial or a lock that turns. */
const DIAL_LOCK = /ダイヤル|金庫|ロッカー|南京錠|錠|キーボックス/u
/** A number or a spelled number (digits, kanji, romaji), in brackets or not. */
const DIAL_VALUE = '[「『"]?(?:[0-9]{1,3}|[〇一二三四五六七八九十]{1,3}|(?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku|juu|jyu|zero|rei)(?:[- ](?:ichi|ni|san|yon|shi|go|roku|nana|shichi|hachi|kyu|kyuu|ku|juu|jyu|zero|rei)){0,3})[」』"]?'
/** Turns of a dial: 右に X、左に Y (two turns or more). */
/** Between turns: a comma or a space, or (blind R110A-023) an arrow (右に38→左に12→右に77, 右に3回 ⇒ 左に2回). */
const DIAL_STEP = '(?:[、,\\s]{0,2}|\\s?(?:→|⇒|➡|->|＞|>|ー>)\\s?)'
/**
 * Blind R117A-089: how many times the dial goes round, before the number it stops at (右に 3 回 27、左に 2 回 58、右に 14; 右へ4回まわして
 * 15, 左に二回転させて８０に合わせる): the count is read past, the number after it is the code.
 */
/** Blind LO-5: the count joined to its number by で or a conditional (右に4回で25, 左へ2回まわしたら60), and a turn written without に (右4回25). */
const DIAL_COUNT = '(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\\s?回(?:転)?(?:ほど)?(?:まわして|回して|廻して|させて|回転させて|まわしたら|回したら|回転したら|させたら)?(?:で|目(?:で|に|は)?)?[、,]?\\s?)?'
const DIAL_TURN = `(?:右|左)(?:に|へ|(?=\\s?[0-9一二三四五六七八九十]{1,2}\\s?回))\\s?${DIAL_COUNT}${DIAL_VALUE}(?:回|まで|に合わせ(?:て|る)?)?`
/**
 * Blind R287L-055 kind: a turn written bare, the figures right after 右/左 with no に (右 3 → 左 7 → 右 1 9, squeezed to 右3 → 左7 → 右19):
 * figures only, not a count, a row, a seat or an angle after them (右3番目, 左2列, 右90度 are no turn).
 */
const DIAL_BARE_TURN = '(?:右|左)\\s?[「『"]?[0-9]{1,3}(?![0-9.,]|\\s?(?:[A-Za-z%％]|番|列|車|席|側|号|階|個|枚|件|名|人|回|分|秒|度|つ|本|台|段|目|キロ|メートル|時))'
/** Blind R287L-055 kind: bare turns count only when joined by an arrow (右3→左7→右19), never by a bare comma or space. */
const DIAL_ARROW = '\\s?(?:→|⇒|➡|->|＞|>|ー>)\\s?'
export const DIAL_TURNS = new RegExp(`${DIAL_TURN}(?:${DIAL_STEP}(?:次に|そして|それから)?${DIAL_TURN})+|${DIAL_BARE_TURN}(?:${DIAL_ARROW}${DIAL_BARE_TURN})+`, 'giu')
/** Pressing or typing keys. */
const KEY_PRESS = /押|入力|打ち込|プッシュ/u
/** A door or entrance a code may open. */
const DOOR = /錠|扉|ドア|通用口|入口|入り口|出入口|勝手口|裏口|門|ゲート|保管庫|倉庫|書庫/u
/**
 * A sequence of keys to press (hiragana view): three or more digits or spelled digits, parted or
 * not, then the order or the act of pressing (の順に押して, と押す, を入力).
 */
export const KEY_SEQUENCE = new RegExp(
  `(?:(?<![0-9])[0-9]{3,8}(?: ?(?:→|⇒|➡|->) ?)?[#＃*]?|(?<![ぁ-ゖ])(?:${KANA_DIGIT_WORD})(?:[・、, -]?(?:${KANA_DIGIT_WORD})){2,9})(?=(?:の順(?:番)?(?:に|で)|と|を|、|って|っち)[^。\\n]{0,4}(?:押|入力|打|ぷっしゅ))`,
  'gu',
)
/**
 * Blind R85A-022: a code in kanji numerals, parted by ・ or spaces or run together (the squeezed view drops the parts), then keyed in
 * (機械警備の解除は、入口横のパネルで 四・八・二・六 を押してから「確定」です; 五 八 一 三 と入力して, 七・七・〇・二の順に押すと): the code
 * written as words so that a check for figures misses it. Not a number with a place value (二十三, 千二百) nor one followed by its unit;
 * where the paragraph speaks of a lock, a door or an alarm's release (KANJI_CODE_CONTEXT), not a phone, an intercom or a lift.
 */
export const KANJI_KEY_SEQUENCE =
  /(?<![〇零一二三四五六七八九十百千万億])[〇零一二三四五六七八九]{3,10}(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億])(?= ?[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|と|を|ば|、|って|っち)[^。\n]{0,4}?|の?(?:あと|後)に[^。！？!?\n]{0,8}?)(?:押|入力|打ち込|プッシュ))/gu
/**
 * Blind R102A-066: a code in figures parted one by one (2-0-8-7, 3、9、1、4, 5ー8ー2ー0; spaces and ・ are dropped by the squeezed view),
 * or run together, keyed in on an alarm's or a security system's panel (入口の警報装置は、右側の操作盤で 2-0-8-7 を押してから確定ボタンで
 * 解除できます): the disarm code, with no lock or door named. Blind R186D-007: or the key pressed after it told (テンキー式です。「0415」の
 * あとにシャープを押して入ってください, 七三一九の後に確定を押す): the code, then its closing key. Three to eight single figures, each part one figure, so no phone
 * number, date or price (0944-73-8111, 2025-4-1); the same context test as the kanji code (KANJI_CODE_CONTEXT, not KANJI_CODE_NOT).
 */
export const PARTED_KEY_SEQUENCE =
  /(?<![0-9０-９A-Za-z\-ー.,:/]|[0-9０-９][、,])(?:[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[-ー・ ]?(?:(?:→|⇒|➡|->) ?)?[#＃*＊])?(?![0-9０-９A-Za-z]|[-ー、,.:/][0-9])(?= ?[」』"]? ?(?:(?:の順(?:番)?(?:に|で)?|と|を|ば|、|って|っち)[^。\n]{0,4}?|の?(?:あと|後)に[^。！？!?\n]{0,8}?)(?:押|入力|打ち込|プッシュ))/gu
/**
 * Blind R368R-056 kind: the order of the keys told as such, the pressing named first (ボタンの押す順番が変わりました。新しくは 一・九・八・七 の順です;
 * 押す順は 3・5・1・8 です): the code with its verb before it, not after. Kanji numerals or single figures; the same context tests as the
 * kanji code (KANJI_CODE_CONTEXT, not KANJI_CODE_NOT) in keyedCodes. Bounded: the order at most 40 characters after the pressing.
 */
export const KEY_ORDER_TOLD =
  /(?:押す|押し|押下する|入力する|打つ|打ち込む)(?:順番?|順序)[^\n]{0,40}?(?<![〇零一二三四五六七八九十百千万億0-9０-９])(?:[〇零一二三四五六七八九]{3,10}|[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億0-9０-９])(?= ?[」』"]? ?(?:の順(?:番)?|です|でした|になり|となり|に(?:変|な)))/gu
/**
 * Blind R390P-034 kind: a code told as the order of the keys, with no pressing verb (ドアのボタンキー、今日から 七・三・〇・九 の順番になりました,
 * テンキーは 5-2-8-1 の順です): kanji numerals or single figures, then の順(番) and a copula or a change. Where a lock, a door or a keypad
 * is spoken of (ORDER_CODE_CONTEXT); not a phone or an intercom (KANJI_CODE_NOT), nor a ticket's number (PARTED_CODE_NOT).
 */
export const CODE_ORDER_STATED =
  /(?<![〇零一二三四五六七八九十百千万億0-9０-９])(?:[〇零一二三四五六七八九]{3,10}|[0-9](?:[-ー、,][0-9]){2,7}|[0-9]{3,8})(?:[・ ]?[#＃*＊])?(?![〇零一二三四五六七八九十百千万億0-9０-９])(?= ?[」』"]? ?の順(?:番|序)?(?:に|と)?(?:なり|なっ|変わ|かわ|変更|です|でした|だ(?=[。！!\s]|$)|や(?=[。！!\s]|$)|ばい|たい|(?=[。！!\n]|$)))/gu
export const ORDER_CODE_CONTEXT = /錠|ロック|テンキー|ボタンキー|キーパッド|プッシュ式|ボタン式|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|入口|入り口|門|解除|解錠|開錠|警備|警報|セキュリティ|操作盤|パネル/u
/** Where a figure code keyed in is a lock's or an alarm's (no bare entrance or panel: a ticket machine at the entrance is neither). */
/** Blind R380D-005 kind: also a device's alarm silenced with the code on its own panel (アラームが鳴ったら操作パネルで…を押せば止まります). */
export const PARTED_CODE_CONTEXT = /錠|ロック|テンキー|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|解除|解錠|開錠|警備|警報|アラーム(?!時計|アプリ)|操作パネル|セキュリティ|センサー|操作盤|シャッター(?!チャンス|音|スピード|速度)/u
/** A number of a counter's own (a ticket's, an application's, a member's), keyed in at a machine: no code. */
export const PARTED_CODE_NOT = /体験|デモ|見本|サンプル|練習|整理券|番号札|受付番号|整理番号|申請番号|予約番号|会員番号|利用者番号|郵便番号|口座番号|金額/u
export const KANJI_CODE_CONTEXT = /錠|ロック|テンキー|キーボックス|鍵箱|金庫|扉|ドア|通用口|裏口|勝手口|入口|入り口|門|解除|解錠|開錠|警備|警報|セキュリティ|センサー|操作盤|パネル/u
export const KANJI_CODE_NOT = /電話|通報|携帯|スマホ|ダイヤルして|音声案内|ガイダンス|エレベーター|インターホン|インターフォン|部屋番号|号室|呼び出|呼出|内線|外線|リモコン|チャンネル/u
/**
 * Blind R108A-149: a code keyed in on a fixed panel (操作盤で 0944# と入力すると開きます, 横のテンキーに 7731# を押すと, 壁のパネルで): the
 * panel is where it is typed, so a remote named as the other way in (リモコンが見つからない場合は…) is no TV's; the rest of KANJI_CODE_NOT
 * (a phone, an intercom, a lift) still holds. Bounded: the panel a few words before the code.
 */
export const KEYED_ON_PANEL = /(?:操作盤|制御盤|テンキー|キーパッド|パネル)(?:で|に|の|から)[^。！？!?\n]{0,8}$/u
export const KANJI_CODE_NOT_ON_PANEL = /電話|通報|携帯|スマホ|ダイヤルして|音声案内|ガイダンス|エレベーター|インターホン|インターフォン|部屋番号|号室|呼び出|呼出|内線|外線|チャンネル/u
/** Blind R108A-083: a number everyone dials (110, 119, #7119, 171): a call for help keyed in, no lock's code. */
const PUBLIC_DIAL = /^[#＃]?(?:110|119|118|171|189|7119|8000|9110)[#＃*＊]?$/u
/** Whether a matched code is only a number everyone dials (separators and kanji numerals read as figures). */
export function isPublicDial(code: string): boolean {
  return PUBLIC_DIAL.test(code.replace(/[・、,\s\-ー「」『』"]/gu, '').replace(/./gu, (c) => KANJI_DIGIT[c] ?? c))
}
/** After a value: it opens a door or a lock. */
export const OPENS = /^ ?(?:」|』)?(?:で|を押すと|を押して|を入力すると|を入力して|と入力すると|と入力して|を入れると|と押すと|にすると|に合わせると)? ?(?:開|あ(?:き|け|く)|解除|解錠|開錠|入室|入れ|ロック)/u

/** A keypad's sign keys (# and *), spaced apart from the digits of a code. */
const KEY_SIGN = /[#*]/
/**
 * Blind R172A-025: the new value named back by the secret's own word (解除コードが変わりました。新しいコードは 3 9 0 7 2 1 です, 新しい
 * パスワードは…, 新番号は…).
 * Round 56 (blind R57A-048): after a secret or a lock's 番号, the news that it changed, then the new value on its own (番号かわりました！
 * ４ ７ ＃ ２ ９ です, 暗証番号が本日から変更になりました。1357です, パスワード更新しました→Yngw2026): the value comes after the verb, not
 * before it as in に変更. Bounded: a few words before the verb, a few endings after it.
 * Blind R287L-048 kind: the news in dialect, ば for を and けん for から (パスワードば新しくしたけん！⏎『…』): 新しくした is a change too.
 * Blind R432H-011 kind: the news told with why or when it changed between the word and the verb (入室コード、今回のシステム更新に合わせて
 * 変わりました。新しい番号は「よん・いち・はち・なな・さん」です, 暗証番号は年度替わりに伴い変更しました。新しい番号は…): up to 20 characters
 * before the verb, digits in figures, kanji or kana alike.
 */
export const CHANGED_THEN =
  /^(?:は|が|も|ば(?=新|変|更))?[、,]?\s?[^\n。！？!?0-9A-Za-z]{0,20}?(?:かわ|変わ|替わ|変更(?:(?:に|と)な|し|され|いたし)?|更新(?:し|され)|新しく(?:な|し)|リセットし|再設定し)(?:りました|ります|った|っとる|っちょる|ってます|っています|ってる|ました|た|ています|てます)?(?:よ|ね|ぞ|けん|ばい|です|〜|ー|~|♪){0,3}\s?(?:[!！。:：→⇒]{1,3}|\s)\s?(?:(?:新しい(?:の|番号|もの|コード|暗証番号|パスワード|パス|ナンバー|数字)?|新(?:番号|コード|暗証番号|パスワード)|今度|次|今後)(?:は|が)\s?)?/u

/**
 * Blind R61A-139: after a secret word, a part of the old secret (末尾, 最後, 頭, 先頭, 後ろ, 下2桁, 数字の部分; its old value: 頭の1) and the
 * value put there, then a verb of changing or adding (を2026に変えた, に!を付けた, を7にした, に26を追加): the new secret, told by its
 * derivation from one the readers know. Group 1: the value put in. Bounded: a few words before the part, one short value.
 */
export const PART_CHANGED =
  /^(?:は|を|が|の|も|って)?[、,]?[^\n。！？!?]{0,14}?(?:末尾|最後|語尾|頭|先頭|最初|後ろ|うしろ|おしり|お尻|下[0-9一二三四]桁|上[0-9一二三四]桁|(?:数字|年|西暦|英字|記号)(?:の)?部分)(?:の(?:[0-9一二三四]?(?:桁|文字)|[!-~]{1,6}))?(?:だけ)?(?:を|に|は)\s?[「『"]?([!-~]{1,12}?)[」』"]?\s?(?:に|へ|と|を)?(?:変え|変更|替え|かえ|差し替え|置き換え|し(?:た|て|とい|ちょ|と)|付け|つけ|足し|たし|追加|加え|くっつけ|入れ替え)/u
/** The public's own secret (ご自身の, 利用者の): a rule for them, not the city's told. */
export const PUBLIC_OWN = /ご自身|ご本人|お客様|利用者|各自|あなた|申請者|ご家族|保護者|受験者|登録者|加入者|市民|住民|例えば|など|とか|\?|？/u

/**
 * After a secret word: a few words, then the new value it was set to (に変更, に更新, に変えた, になりました). Blind R94A-025: the word set
 * off by a comma as the topic (通用口の暗証番号、今月から ４ ８ ２ ０ ＃ に変わっています), the value closed by a keypad's sign key. Blind
 * R402B-049 kind: the value spelt out letter by letter with spaces (P W、今月から y a n a 0 7 2 4 に変わりました).
 */
export const CHANGED_TO =
  /^((?:は|を|が|[、,])[、,]?(?:[^\n。！？!?0-9A-Za-z〇零一二三四五六七八九]|[0-9]{1,2}(?=[月日]))(?:[^\n。！？!?0-9A-Za-z〇零一二三四五六七八九]|[0-9]{1,2}(?=[月日])){0,13}?)(?=(?:[0-9](?: [0-9]){2,9}|[0-9A-Za-z](?: [!-~]+){2,23}|[0-9A-Za-z#*〇零一二三四五六七八九][!-~〇零一二三四五六七八九・]{2,40}?)(?: ?[#*])? ?(?:に(?:変更|変え|変わ|更新|設定|リセット|再設定|切り替|切替|なり|なっ|戻し|戻っ|し(?:た|まし|て|と))|と(?:した|します|しました|する|なった|なりました)))/u
/** Where a typed value is a login's: the sentence names the login or the secret. */
export const LOGIN_CONTEXT = /ログイン|サインイン|ログオン|ロック画面|ロック解除|パスワード|暗証|PIN|パス(?![ァ-ヴー])/iu
/** Values that are not secrets: a time, a date, a phone number, a price, a version (Windows11), a web or mail address. */
export const NOT_OPENING_VALUE = /^\d{1,2}:\d{2}$|^\d{2,4}[/.-]\d{1,2}(?:[/.-]\d{1,2})?$|^0\d{1,4}-\d{1,4}-\d{3,4}$|^[A-Z][a-z]+\d{1,2}$|^(?:19|20)\d{2}$|[¥$%]|:\/\/|@|^www\./u
/** An applicant's own account (採用試験, 受験番号, 応募フォーム, 申込サイト, マイページ): the public's login, whatever job it is for. */
export const APPLICANT_ACCOUNT = /採用試験|選考試験|受験|応募|申込|申し込み|募集|エントリー|マイページ/u

export interface Value {
  start: number
  end: number
  value: string
  /** Where the value itself starts (after the particles and colons). */
  at: number
}

/** The value right after a secret word ending at `i` in the norm text, or null. */
export function valueAfter(t: string, i: number, needDial: boolean): Value | null {
  let j = i
  const lim = Math.min(t.length, i + 14)
  while (j < lim) {
    const m = CONNECTOR.exec(t.slice(j, j + 4))
    if (!m) break
    j += m[0].length
  }
  const kana = KANA_DIGITS.exec(toHiragana(t.slice(j, j + 48)))
  // A dial read out in kana (伝言ダイヤルは「いちななーいち」) is a lock's only when the value opens it.
  if (kana && (!needDial || OPENS.test(t.slice(j + kana[0].length, j + kana[0].length + 14)))) return { start: i, end: j + kana[0].length, value: kana[0], at: j }
  let k = j
  let value = ''
  let run = 0
  let dial = false
  const hi = Math.min(t.length, j + 80)
  while (k < hi) {
    const c = t[k]!
    const code = c.charCodeAt(0)
    if (code > 0x20 && code < 0x7f) {
      value += c
      run++
      k++
      continue
    }
    const kd = KANJI_DIGIT[c]
    if (kd !== undefined) {
      value += kd
      run++
      k++
      continue
    }
    // A dial turn: 右36, 右に38 (the に is read past).
    const turn = c === '右' || c === '左' ? /^[にへ]?[0-9〇一二三四五六七八九]/u.exec(t.slice(k + 1, k + 3)) : null
    if (turn) {
      dial = true
      run = 0
      k += turn[0].length
      continue
    }
    // Turns written one per line (右に38、⏎左に71、⏎右に15).
    if (dial && value.length > 0 && (c === '、' || c === '\n') && /^[、\n\s]*[右左]/u.test(t.slice(k + 1, k + 4))) {
      while (k < hi && /[、\n\s]/u.test(t[k]!)) k++
      run = 0
      continue
    }
    // Spaced-out values (h a k u s h u 1 1 0 1) and grouped ones (三・七・一・九, 右36・左12). Round 56: a keypad code spelt out
    // with spaces (４ ７ ＃ ２ ９) reaches here as 47 # 29 (the squeezed view closes up the digits, not the key sign between them).
    if (value.length > 0 && (c === ' ' ? run === 1 || KEY_SIGN.test(t[k - 1]!) || (KEY_SIGN.test(t[k + 1] ?? '') && t[k + 2] === ' ') : (c === '・' || c === '、' || c === 'ー' || c === '‐' || c === '\n') && run <= 3) && (isValueChar(t[k + 1]) || (dial && /[右左]/u.test(t[k + 1] ?? '')))) {
      run = 0
      k++
      continue
    }
    break
  }
  // Trailing punctuation closes the sentence or a bracket; it is not part of the value.
  while (value.length > 0 && /[.,)\]」』"'、。]$/u.test(value)) {
    value = value.slice(0, -1)
    k--
  }
  if (value.length < 3) return null
  if (needDial && !dial) return null
  if (/^[*•●x×]+$/iu.test(value) || NOT_VALUE.test(value) || /^(?:pdf|word|excel|xlsx?|docx?|csv|jpe?g|png)(?![a-z])|\d(?:kb|mb|gb)$/iu.test(value) || /:\/\/|^[^@\s]+@[^@\s]+\.[a-z]/iu.test(value)) return null
  if (NOT_VALUE_AFTER.test(t.slice(k, k + 6))) return null
  const digits = value.replace(/[^0-9]/g, '').length
  const letters = value.replace(/[^A-Za-z]/g, '').length
  const symbols = value.length - digits - letters
  if (!(digits >= 3 || (letters >= 3 && (digits >= 1 || symbols >= 1)) || letters >= 5)) return null
  return { start: i, end: k, value, at: j }
}
export const MAY_HINT = /こどもの日|子どもの日|子供の日|文化の日|元日|元旦|建国記念の日|みどりの日|昭和の日|海の日|山の日|敬老の日|体育の日|スポーツの日|勤労感謝の日|春分の日|秋分の日|成人の日|防災の日|七夕|ひな祭り|ひなまつり|雛祭り|桃の節句|端午の節句|クリスマス|大晦日|大みそか|バレンタイン|ホワイトデー|ハロウィン|西暦|和暦|年齢|歳の数|代表電話|番地|部屋番号|職員番号|社員番号|好きな数字|ラッキーナンバー|誕生|生年月日|記念日|電話番号|代表番号|内線|郵便番号|ナンバー|背番号|市制|設立|創立|創業|開庁|開館|就任|生まれ|名前|名字|苗字|ローマ字|逆|ゾロ目|連番|同じ数字|語呂|ゴロ|ごろ|開校|開園|合併|発足|竣工/u
/** The public's own secret, a rule about it, or a question: not a hint at the city's. */
// Review rsec59 kind: a check that no secret is so made (…組み合わせになっていないか確認しました) is a lesson too.
// Blind R398X-051 kind: a do-not told in the plain negative, one of a list of rules (パスワードは誕生日にしない、友だちにも教えない).
export const HINT_RULE = /に(?:しない|せず)(?=[、,。！!]|こと|で|よう|$)|ないか(?:を|どうか)?(?:確認|点検|チェック|調べ|見直)|以外|ではなく|じゃなく|しないで|ませんか|ないで|ないよう|できません|使えません|不可|禁止|初期|初回|仮の|仮パス|変更して(?:ください|下さい)|変更をお願い|ご自身|ご本人|ご自分|お客様|利用者|各自|あなた|申請者|ご家族|皆さん|みなさん|申込者|申込み者|申し込み者|登録者|加入者|受験者|保護者|児童|生徒|市民|住民|\?|？|など|とか|例えば|設定しない|使わない|はダメ|はだめ|はNG|危険|推測|避け|やめ|注意|詐欺|忘れ|方は|場合|問い合わせ|お伝え|ご連絡|お尋ね|尋ねて|お聞き|聞いて|お知らせし|周知し|通知し|配布し|配付し|別の|とは別|異なる|違う|入力して(?:ください|下さい)/u
/**
 * Review rsec59 kind: the reader's own account of a public service (図書館のマイページ, 利用者カード, 図書館カード, 市民の皆さまの, ご自身の)
 * told with its published initial-password rule, made of the reader's own facts (図書館のマイページのパスワードは、生年月日の8桁です, 電子申請の
 * マイページのパスワードは登録した電話番号の下4桁): each reader's own secret, no staff credential. The account may be named in the sentence
 * before (図書館のマイページについて。パスワードは…). Not where staff or an office's system is named (職員用, 庁内, 業務), nor a fact shared by all
 * (代表番号, 創立記念日): that is one code for everyone.
 */
export const READER_SERVICE = /マイページ|利用者(?:ページ|カード|番号|ID|ログイン|登録)|図書館カード|貸出カード|会員(?:ページ|カード|番号)|(?:市民|住民|利用者|会員|受講者|保護者)の(?:皆さま|皆様|みなさま|皆さん|みなさん)|ご自身|ご本人/u
const READER_FACT = /生年月日|誕生日|生まれ|電話番号|携帯番号|郵便番号|利用者番号|カード番号|会員番号|登録(?:した|された|時|の)/u
export const READER_SERVICE_STAFF = /職員|庁内|庁舎|業務|係の|課の|担当者|スタッフ|管理者|勤怠|人事|給与|財務|文書管理|グループウェア/u
/** The job applied for (会計年度任用職員, 職員採用試験, 職員募集): 職員 there names the post, not who logs in. */
const JOB_APPLIED = /(?:会計年度)?任用職員|(?:[^\s。、]{0,6}職員)(?:の)?(?:採用|募集)|採用試験|選考試験/gu
export function readerServiceSecret(t: string, start: number, end: number): boolean {
  const s = sentenceAround(t, start, end)
  const around = t.slice(Math.max(0, s.start - 60), s.end)
  const rest = around.replace(JOB_APPLIED, '')
  return (READER_SERVICE.test(around) || APPLICANT_ACCOUNT.test(around)) && READER_FACT.test(t.slice(start, end)) && !READER_SERVICE_STAFF.test(rest) && !STAFF_LOGIN.test(rest)
}

/**
 * Each match of the global pattern `re` in `t` (at most MAX_HITS read) that overlaps no secret found so far and whose sentence
 * `keep` accepts (the sentence's text, the match) is pushed to `strong` as a secret named `name` (UTF-16 offsets into `t`).
 */
export function sentenceHits(
  t: string,
  re: RegExp,
  strong: StrongHit[],
  name: string,
  keep: (sentence: string, m: RegExpMatchArray) => boolean,
): void {
  let k = 0
  for (const m of t.matchAll(re)) {
    if (k++ >= MAX_HITS) break
    const start = m.index!
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    if (!keep(t.slice(s.start, s.end), m)) continue
    strong.push({ start, end, label: '', name })
  }
}
export const STAFF_LOGIN = /職員番号|社員番号|職員(?:用|の|研修|向け)|庁内|庁舎内|新規採用|新採|新人|新入職員|課内|係内|業務用/u
/** Blind R303V-010 kind: the bare login word whose value alone lets one in (ログインは X で). */
export const LOGIN_BY_VALUE = /^(?:ログイン|サインイン)$/u
/** …the value used as the means (X で、…使えます, X でどうぞ, X で入れます), not a statement (X です) or a list (X でも). */
export const LOGIN_VALUE_USED = /^\s?[」』"]?\s?で(?!す|し|も|は|ござ)/u
/** …on a device or an account named shortly before (共用パソコン, 端末, タブレット, システム, アカウント). */
export const LOGIN_DEVICE = /パソコン|PC|端末|タブレット|スマホ|iPad|システム|アカウント|管理画面/iu
/**
 * Review (pisec22) kind: a login told by the service or the card it is done with (ログインは gBizID でできます, LINE で, マイナンバーカードで)
 * is a method, not a secret. The value must look like a password: letters and digits mixed (yanagawa07), letters spaced out
 * (h o r i …), or the sentence calls it the password (パスワード, PW).
 */
export function PASSWORD_LIKE(value: string, written: string, sentence: string): boolean {
  if (/[A-Za-z]/u.test(value) && /[0-9]/u.test(value)) return true
  if (/[A-Za-z0-9](?:[ 　][A-Za-z0-9]){3}/u.test(written)) return true
  return /[A-Za-z0-9]/u.test(value) && /パスワード|(?<![A-Za-z])(?:PW|PASS)(?![A-Za-z])/iu.test(sentence)
}
/**
 * Blind R58A: where a key is kept, in English (the key to the boat shed is kept under the blue flowerpot, the spare key is
 * hidden behind the meter box, we leave the keys in the mailbox, you'll find the key under the mat). Read in the folded view
 * (lower case). A key is kept at a spot: a verb of keeping before the spot (kept, left, hidden, taped …), or a spot under or behind
 * something, or inside a named container. Keys at a staffed desk or in a key box (at the front desk, in the key box at reception)
 * and advice (never leave your key under the mat) are not this.
 */
const EN_KEY_WORD = '(?:(?:spare|master|extra|duplicate|backup|back-up|door|gate|shed|office|storage|front|back|side)[ -])?keys?(?![a-z])'
const EN_KEY_NOUN = `(?<![a-z])${EN_KEY_WORD}`
const EN_KEY_SPOT = '(?:under|underneath|beneath|behind|inside|on top of|in|on|above|below|next to|by)'
const EN_KEY_VERB = '(?:kept|left|hidden|stored|placed|taped|tucked|stashed|hung|hanging|put|sitting|lying)'
const EN_CONTAINER = '(?:mail ?box|letter ?box|post ?box|flower ?pot|plant ?pot|planter|pot|drawer|meter box|fuse box|gas meter|electric meter|shoe box|bucket|watering can|toolbox|tool box|cabinet|birdhouse|mat|doormat|rock|stone|brick)'
export const EN_KEY_KEPT = new RegExp(
  `${EN_KEY_NOUN}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? (?:is|are|will be|gets|get|stays|stay|can be found|is always|are always|is usually|are usually)(?: (?:always|usually|now|still|normally))? (?:${EN_KEY_VERB} ${EN_KEY_SPOT}|(?:under|underneath|beneath|behind|inside|on top of) |in (?:the|a|our) [a-z -]{0,20}?${EN_CONTAINER}(?![a-z]))` +
    `|(?<![a-z])(?:we|i|you(?:['’]ll| will)?|staff|they) (?:keep|leave|hide|store|put|tape|tuck|stash|hang|find|will find|can find)(?: (?:the|our|a|your))?(?: [a-z-]{2,15}){0,2} ${EN_KEY_WORD}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? (?:back )?${EN_KEY_SPOT} ` +
    `|(?<![a-z])(?:put|return|leave|place|hide|tape) (?:the|our)(?: [a-z-]{2,15}){0,2} ${EN_KEY_WORD}(?: (?:to|for|of) [^.!?\\n]{1,40}?)? back ${EN_KEY_SPOT} `,
  'gu',
)
/**
 * The spot is a staffed desk, a key box or a person (the key is handed over or locked away), or on one's person (in my bag, in
 * your pocket: a key carried, not hidden).
 */
export const EN_KEY_SECURED = /^[^.!?\n]{0,40}?(?:front desk|reception|office|counter|key ?box|lock ?box|key cabinet|safe(?![a-z])|staff|security (?:desk|office)|guard|manager|city hall|information desk|lost and found|(?:my|your|his|her|their|our) (?:own )?(?:bag|pocket|wallet|purse|backpack|handbag|coat|jacket)|pocket|wallet|purse)/u
/** Advice: the key's hiding place named as what not to do. */
export const EN_KEY_ADVICE = /never|don['’]?t|do not|avoid|shouldn['’]?t|should not|burglar|thie(?:f|ves)|unsafe|risky|dangerous|not a good idea|bad idea|tips?(?![a-z])|beware|careful/u
/** A spot of one facility: its side, a door of it, a floor (市民病院の東側非常口, 本庁舎の裏口, 2階の窓). */
const SPECIFIC_SPOT = /(?:東|西|南|北)側(?:の)?(?:非常口|通用口|出入口|入口|裏口|勝手口|窓|扉|ドア|門|駐車場|駐輪場|通路)|(?:庁舎|病院|公民館|体育館|図書館|支所|センター|浄水場|倉庫|学校|館)の(?:非常口|通用口|裏口|勝手口|裏門|通路)|[0-9一二三四五六七八九]階の(?:窓|扉|ドア|非常口)/u
/** Advice said in so many words. */
export const EXPLICIT_ADVICE = /盗難|盗まれ|窃盗|ひったくり|ましょう|しないで|ないよう|てください|下さい|やめ|避け|防犯対策|空き巣|泥棒|警察/u
/** The reader's own device or home (ご家庭の, お使いの, ご自宅の, 皆さんの). */
export const READER_DEVICE = /ご家庭|ご自宅|お宅|お使いの|お手持ちの|ご自身|あなた/u
export function isAdvice(sentence: string): boolean {
  return SPECIFIC_SPOT.test(sentence) ? EXPLICIT_ADVICE.test(sentence) : SAFETY_ADVICE.test(sentence)
}
// Blind R129I-106: the police posted (警察官の配置は駅前2名のみ) is a deployment told, not advice to call the police.
export const SAFETY_ADVICE = /盗難|盗まれ|窃盗|ひったくり|ましょう|しないで|ないよう|注意|危険|狙われ|避け|やめ|防犯対策|被害|空き巣|泥棒|侵入(?:さ|す|盗)|ことが多い|警察(?!官(?:の|は|が)?(?:配置|配備|人数|[0-9０-９]))/u

/**
 * A gap quoted as what is going round, then denied by the city (「沖端の水門が壊れた」という情報が出回っていますが、現在、水門は正常に
 * 稼働しています; 「…防犯カメラが壊れている」という噂がありますが、すべて正常に作動しています): a rumour corrected, no gap told. The
 * quote must close within the sentence and be framed as talk (という情報, との投稿, という噂); a rumour confirmed (という噂は本当で)
 * does not deny it.
 */
const QUOTED_TALK = /^[^「」『』\n]{0,40}?[」』](?:という|との|って|といった)(?:情報|噂|うわさ|ウワサ|話|投稿|書き込み|書込み|デマ|声|メール|お問い合わせ|問い合わせ|ご指摘|指摘)/u
const DENIED = /正常に(?:稼働|作動|動い|機能|施錠|運用|使用|ご利用)|問題(?:は)?(?:なく|ありません|ございません|ありませんでした|ございませんでした)|異常(?:は)?(?:なく|ありません|ございません|ありませんでした|は見られ)|事実(?:では|ではありません|ではございません|無根)|そのような事実|誤り|デマ|誤った情報|確認されておりません|確認されていません|壊れて(?:い|お)りません|壊れていません|故障して(?:い|お)りません|故障していません/u

/** Whether the gap at [start, end) lies in a quoted rumour the post then denies. */
export function deniedRumour(t: string, start: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', start), t.lastIndexOf('『', start))
  if (open < 0 || start - open > 40) return false
  const inside = t.slice(open + 1, start)
  if (/[」』\n]/u.test(inside)) return false
  const after = QUOTED_TALK.exec(t.slice(end, end + 60))
  if (!after) return false
  const rest = t.slice(end + after[0].length, end + after[0].length + 120)
  return !/^(?:は|も)?(?:本当|ほんと|事実で|事実です|その通り)/u.test(rest) && DENIED.test(rest)
}
/**
 * Blind R83A-098: the keeper or the guard of a site said away at set hours (沖端水門の管理人さんは土日の22時から翌朝6時まで不在になります,
 * 守衛さんは夜9時には帰ってしまいます, 宿直は毎週水曜はおりません): when the site stands unwatched. The hours, the days or the night must be
 * told (KEEPER_AWAY_WHEN); not a case put (不在の場合は), a denial (不在になることはありません), reassurance (常駐, 安心) or a counter's notice
 * (お問い合わせ, 鍵の受け渡し, ご予約: KEEPER_SERVICE). Bounded gaps only.
 */
export const KEEPER = '管理人|管理員|守衛|警備員|ガードマン|宿直|当直|監視員|番人|門番'
export const KEEPER_WORD = new RegExp(KEEPER, 'u')
export const CASH_WHEN =
  /(?:毎週|隔週)?[月火水木金土日]曜|毎日|毎朝|毎夕|毎週|平日の?(?:[0-9〇零一二三四五六七八九十]{1,2}時|朝|夕方|午前|午後)|(?<![0-9〇零一二三四五六七八九十])(?:午前|午後|朝|夕方)?[0-9〇零一二三四五六七八九十]{1,3}時(?:半|[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2}|(?:職員|警備員|係員|担当者?)[^。！？!?\n]{0,4}?(?:[0-9一二三四五](?:名|人)|ひとり|ふたり|二人|一人)|(?:[0-9一二三四五](?:名|人)|ひとり|ふたり)(?:で|体制|が|の職員|の警備員)/u
export const GUARD = /警備員|警備|守衛|ガードマン|警備会社|夜警|見張り|監視員|宿直|当直|日直/u
/** Guards a site employs or staffs: the same without the community's night watch (夜警, 見張り). */
export const HIRED_GUARD = /警備員|警備|守衛|ガードマン|警備会社|監視員|宿直|当直|日直/u
/** Two clock times or more in a sentence (22時・1時・4時の3回, 1時から4時): a schedule, not one hour named. Bounded. */
export const CLOCK_TIMES = /(?:\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時)[^。！？!?\n]{1,12}?(?:\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時)/u
export const CLOCK_EXACT = /\d{1,2}時|\d{1,2}:\d{2}|[〇零一二三四五六七八九十]{1,3}時|毎時(?:\d{1,2}|[零〇一二三四五六七八九十]{1,3})分/u
/** Advice or a question: the state as what not to do. */
export const LEFT_ADVICE = /ましょう|しないで|ないよう(?:に|、|。|$)|ないでください|ては(?:いけ|だめ|ダメ|なら)|注意(?:して|を|しま)|気をつけ|防犯対策|空き巣|泥棒|狙われ|盗難|盗まれ|被害|避け|やめ|危険|おそれ|恐れ|場合(?:は|に)|ときは|際は|(?:ておく|ている|にする|にしておく|にしている|たまま)と(?![しな])|ませんか|[？?]/u
/** The state denied right after it (開けたままにはしていません, 開けたままになっていないか). */
export const LEFT_DENIED = /^[ぁ-ゖ、,]{0,10}?(?:ません|ない|なく|ず(?![っ]))/u
/**
 * Blind R99A-032: a way past entry control told (守衛室で「総務の者です」と言えば職員証がなくても中に入れてもらえますよ, 職員証を忘れても
 * 守衛さんに名前を言えば通してもらえます, セキュリティカードを持っていなくても裏の通用口から普通に入れます): the staff pass or card key said
 * not needed, or a staff member's name said to open the door, then getting in (入れてもらえる, 通してもらえる, 開けてくれる, 入館できる).
 * Not a pass required (ないと入れません), a public hall open to all (どなたでも, ご利用いただけます), a rumour denied, a gap said fixed.
 * Bounded gaps only.
 */
export const STAFF_PASS = '(?:職員証|職員カード|職員IDカード|社員証|IDカード|セキュリティカード|セキュリティーカード|カードキー|キーカード|入館証|入館カード|入室カード|入構証|通行証)'
/**
 * Blind R355C-007 kind: a staff pass that opens doors photographed front and back (新しい職員証きました…表も裏も記念にパシャリ📸; 入館カード
 * の両面を撮ってみました): its number, chip and design are there to copy. Not advice against it (表裏をSNSに載せないで). Bounded.
 */
export const PASS_SHOWN = new RegExp(
  `${STAFF_PASS}[^]{0,100}?(?:表も裏も|表と裏|表裏|両面|裏面(?:も|まで)|裏側も)[^。！？!?\\n]{0,12}?(?:パシャ|ぱしゃ|撮|写真|📸|📷|載せ|のせ|アップ|公開)`,
  'gu',
)
export const PASS_SHOWN_NOT = /ないで|ないよう|ません(?:よう|か)|注意|禁止|厳禁|危険|ダメ|だめ|NG|やめ|避け|紛失|落とし/u
/** Right after GET_IN: its negative (入れません, 入館できない, 入れてもらえない). */
export const GET_IN_NOT = /^[ぁ-ゖ]{0,4}?(?:ませ|ない|なか|なく|ず|へん|ん(?:[。！!よね]|$))/u
/**
 * Blind R71A-136: which watch cameras are real and which are dummies (防犯カメラを10台設置しました！…実は本物はアーケード入口と精肉店前の
 * 3台だけで、残りはダミーです; 北門のカメラ、実はあれ飾りなんよ; 4台のうち3台は偽物です; 本当に録画しとるのは東口の1台だけで、あとは模型):
 * whoever reads it knows where the watch is not. The real ones told as only some (本物は…だけ, 本当に録画しているのは…しか), or the
 * rest, a count or a part of the cameras, or a camera itself, said to be a dummy; not a dummy denied (ダミーではなく), compared
 * (ダミーと違って) or aimed at (ダミーに見えますが). Bounded gaps only.
 */
export const DUMMY_WORD = '(?:ダミー|偽物|にせもの|ニセモノ|ニセモン|偽(?:の)?カメラ|飾り(?!付|つけ)|お飾り|おかざり|フェイク|模型|模造品?|ハリボテ|張りぼて|はりぼて)'
export const ALARM_DEVICE = '(?:(?:防犯|侵入|警備|人感|開閉|赤外線)?センサー(?!ライト|照明|付き(?:照明|ライト)|式(?:照明|ライト)|ー)|警報装置|警報機|警報ベル|防犯ブザー|防犯カメラ|監視カメラ|機械警備)'
export const ALARM_ABSENT =
  '(?:(?:付いて|ついて|付け|つけ|取り付け(?:て|られて)?)(?:い|お)?(?:ない|なく|ません|らず|りません)|(?:付いと|ついと|付いちょ|ついちょ)(?:らん|らへん)|ついてな(?:い|く)|' +
  '(?:設置|取り?付け)(?:して|されて|されと)(?:い|お)?(?:ない|なく|ません|りません|らず|らん)|(?:が|は|も)?(?:ない|無い|なし|無し|ありません|ございません|なか)(?![^。！？!?\\n]{0,2}(?:か|？|\\?))|の?(?:対象外|範囲外))'
/** A notice of maintenance, a drill or a fault (点検のため, 誤作動): the stop is announced or an incident told, no routine. */
export const DISARM_NOTICE = /点検|工事|改修|修理|メンテナンス|保守|交換|訓練|誤作動|誤って|不具合|故障/u
/** Where the alarm is the site's security: a guard system, crime, an intruder. */
export const ALARM_CONTEXT = /警備|防犯|警報|侵入|セキュリティ|セコム|ALSOK|アルソック|不審者|泥棒|空き巣/u
/** A household's own doors (ご自宅の勝手口), a subsidy, a question, or sensors added: no site's gap told (a case put is read after the match). */
export const ALARM_NOT_GAP = /ご自宅|ご家庭|お宅|ご家族|自宅|補助|助成|ませんか|ないか|？|\?|設置しました|設置します|取り付けました|取り付けます|増設|設置予定|予定です|新たに/u

/** Where a camera or a sensor that watches for crime is named. */
export const WATCH_DEVICE = /防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|(?:対策|監視|防犯|投棄|警備|見守り)[^。！？!?\n、]{0,3}カメラ|防犯センサー|侵入センサー|人感センサー|(?:防犯|警備)[^。！？!?\n、]{0,3}センサー/u
/** A camera that watches for crime (防犯カメラ, 不法投棄対策のカメラ), not a live view of a river or a road. */
export const WATCH_CAMERA = /防犯カメラ|監視カメラ|見守りカメラ|セキュリティカメラ|街頭カメラ|(?:対策|監視|防犯|投棄|警備|見守り)[^。！？!?\n、]{0,3}カメラ/u
export const LIVE_CAMERA = /ライブカメラ|河川カメラ|道路カメラ|定点カメラ|ウェブカメラ|Webカメラ|ライブ映像|水位|交通量/iu
/** The reader's own home (ご自宅, お宅, ご家庭): a case put to them in advice, no site of the city's. */
export const READER_HOME = /ご自宅|ご家庭|お宅|お住まい|ご自身|あなた/u
/** A secret named only by when or where it is typed (初回に入力するコード, ログインするときに入れる文字列). */
export const TYPED_NAME = /(?:入れる|入力する|打つ|打ち込む|聞かれる|訊かれる|きかれる|尋ねられる|求められる|要求される|問われる)(?:文字列?|言葉|番号|コード|数字|英数字|キーワード)$/u
/** What a code handed to everyone gives (送料無料, 割引, クーポン, 特典, ポイント): a campaign's code, no one's secret. */
export const CAMPAIGN_CODE = /クーポン|割引|値引|送料(?:が)?無料|特典|ポイント(?:が|を)?(?:付|もら|進呈|プレゼント)|プレゼント|キャンペーン|抽選|ショップ|ご購入|お買い物|お買い上げ/u
/** A crime the paragraph speaks of (a bare カメラ there watches for it): theft, a prowler, vandalism, a break-in. */
export const CRIME_SCENE = /盗難|盗まれ|窃盗|車上(?:荒らし|ねらい|狙い)|空き巣|不審者|不審な人|いたずら|イタズラ|落書き|器物損壊|侵入(?:者|され|盗)|不法投棄|置き引き|荒らされ|被害が(?:続|相次|出て)/u
/**
 * A place a camera does not cover, said in any register: 裏手の通路は映らない, 北側は映りません, 生け垣沿いは撮影範囲外,
 * 駐輪場まではカバーしていない. Its subject is a place, not a face, a home or a screen (住宅は映らないよう配慮).
 */
/*
 * Blind R321C-050 kind: the camera named between the spot and the verb (自転車置き場の裏側はカメラに映らない位置なので, 奥は防犯カメラの
 * 画角に入っていない); a bare カメラ is a watch camera where the paragraph speaks of a crime (盗難, 不審者, いたずら: CRIME_SCENE).
 * Blind R306N-010 kind: the spot said not yet filmed after the cameras' places are told (東側の電柱に1台、倉庫の軒下に1台です。なお北側の
 * 水路側はまだ映らない位置に…): まだ, 今のところ, 現状 before the verb leave the gap as open as without them.
 */
export const NOT_FILMED =
  /(?:は|が|も|には|までは)[、,]?(?:まだ|今のところ|いまのところ|現状|現在|(?:今|いま|現在|現状|既存)の)?[、,]?(?:(?:防犯|監視)?カメラ(?:に|には|では|から)(?:は|も)?[、,]?)?(?:ほとんど|まったく|全く|全然|ぜんぜん|一切|夜間は|夜は)?(?:映ら(?:ない|ず|へん|ん)|映りません|映って(?:い)?な|映っていません|映っとら|写ら(?:ない|ず)|写りません|写っていな|撮れな|撮れません|撮影できな|撮影できません|撮影されていな|撮影していな|撮影しておりませ|カバーできていな|カバーしていな|カバーできませ|カバーされていな|(?:(?:防犯|監視)?カメラの(?:撮影|監視|録画)?|撮影|監視|録画)(?:範囲|画角|視野)(?:外|に入っていな|に入っていませ|に入っておらず|に入りませ|に入らな|に含まれていな|に含まれませ|から外れ))/gu
// Blind R400Z-047 kind: a building's window side (薬品庫の窓側, 窓際, 窓の下) is a spot of the site, not a window looked into.
export const FILMED_PRIVACY = /顔|人物|個人|ナンバー|プライバシー|住宅|民家|住居|私有地|室内|家の中|窓(?!側|際|ぎわ|沿い|の下|の外)|テレビ|画面|映像|写真|画像/u

/**
 * Blind R66A-122: a site where people are sheltered or goods kept said to be staffed by one person (or only two) at night or for set
 * hours (保護施設は夜間（22時〜翌6時）は職員1名の体制となる, シェルターは深夜帯スタッフがひとりだけ, 夜は職員が１人しかおらん, 宿直は22時
 * 以降1名のみ): whoever reads it knows when the site is thinly watched. Bounded: a few words between the staff and the count.
 * Blind R163A-070: the count said with the copula (夜間は警備員さんが1人なので, 夜は守衛1名です, 宿直はひとりやけん) at a museum's exhibit
 * too (展示室, 資料館, 収蔵庫). A phone line or a counter (夜間の窓口は職員1人です), a job advert and a visitor count are not this.
 */
export const STAFF_WORD = /職員|スタッフ|支援員|指導員|相談員|管理人|宿直|当直|夜勤|警備員|守衛|係員|担当/u

/** The hint's safe wording for a guard-schedule finding: that someone is posted, with no time or gap ({safe}). */
export const patrolled = (guard: string): string => `${guard}を配置し、定期的に巡回しています`

/**
 * What a guard-schedule finding names, as Japanese to fill the message's {watch} and the hint's {guard} (colleague R71: the round
 * matched as a topic kept its particles, 「…はの夜間巡回はの巡回時刻…」). `found`: the guard, staff or round words matched; `kind`:
 * a round or an absence told (round), a site thinly staffed (thin), a patrol and the hours it leaves (gap), a site left empty (empty).
 * `guard` is who is posted (a person: 警備員, 守衛, 職員), `watch` what the sentence gives away.
 */
export function guardData(kind: 'round' | 'thin' | 'gap' | 'empty' | 'off', found: string): { guard: string; watch: string; safe: string } {
  // The round's noun alone: no particle before it (の, 、) or after it (は, も, :, の時間は).
  const words = found.replace(/^[\s、,の]+/u, '').replace(/(?:の時間|の時刻)?[はも:：、,]?$/u, '')
  const who = (HIRED_GUARD.exec(words) ?? STAFF_WORD.exec(words))?.[0]
  // A person to post: the company, the watch itself or a duty named by what it does reads as its guards.
  const guard = who === undefined || /^(?:警備|警備会社|夜警|見張り|夜勤|担当)$/u.test(who) ? (kind === 'thin' ? '職員' : '警備員') : who
  if (kind === 'thin') return { guard, watch: `${who === undefined || who === '担当' ? '職員' : who}が手薄になる時間帯`, safe: patrolled(guard) }
  if (kind === 'gap') return { guard, watch: 'パトロールの時刻と見回りのない時間帯', safe: patrolled(guard) }
  if (kind === 'empty') return { guard, watch: '人がいなくなる時間帯', safe: patrolled(guard) }
  if (kind === 'off') return { guard, watch: '見回りをしない日や時間帯', safe: patrolled(guard) }
  // A round named (夜間巡回, 館内の巡回, 職員による敷地内巡回) is the watch itself; a guard named goes round (警備員の巡回).
  return { guard, watch: /巡回|見回り|見まわり|夜回り|巡視/u.test(words) ? `${words}の時刻や不在の時間帯` : `${words}の巡回時刻や不在の時間帯`, safe: patrolled(guard) }
}

/**
 * Blind R73A-125: a gap stated, then given as the reason for advice (防犯カメラは正門と管理棟の2台だけで、北側フェンス沿いは映っていません
 * ので、北側には近づかないようお願いします; …撮影範囲外となっておりますので、貴重品にはご注意ください): the advice is for those who now know
 * the gap; it does not make the statement a lesson. The statement ends at the first reason connective after a verb's ending (ませんので,
 * ないから, とらんけん, ないため) at or after `end`.
 */
// Blind R321C-050 kind: a noun before なので ends the statement too (…カメラに映らない位置なので、…停めないようにしてください).
const STATED_REASON = /(?:ません|ます|ない|らん|です|だ|た)(?:ので|んで|から|けん|けえ|ため)|(?<=[\p{Script=Han}ァ-ヴー])な(?:ので|んで)/u

export function statedPart(t: string, s: Span, end: number): string {
  const from = Math.max(s.start, end - 4)
  const c = STATED_REASON.exec(t.slice(from, s.end))
  return c ? t.slice(s.start, from + c.index + c[0].length) : t.slice(s.start, s.end)
}

export function sentenceText(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}
export const CLOCK_TIME = /[0-9０-９]{1,2}時|[0-9]{1,2}:[0-9]{2}|(?:午前|午後|夜|朝)[〇一二三四五六七八九十]{1,3}時/u

export function next(re: RegExp, t: string, first = false): RegExpExecArray | null {
  if (first) re.lastIndex = 0
  return re.exec(t)
}

/** A paragraph about a network: a bare キー or key in it is the network's key. */
/** Blind R233P-021 kind: a network called a line kept for guests or a meeting (ゲスト回線「YGW-MEETING」（キー：…）). */
export const NETWORK = /ssid|wi-?fi|無線|ワイファイ|network|wlan|wireless|router|ネットワーク|(?:ゲスト|来客|来場者|来館者|会議|スタッフ|職員|利用者)(?:用|専用|向け)?の?回線/iu

/** The words of a pattern that is a plain alternation of words (a|b|c): it matches where one of them occurs, nowhere else. */
function wordsOf(re: RegExp): string[] {
  if (/[\\[\](){}.*+?^$]/u.test(re.source) || re.ignoreCase) throw new Error(`not a plain alternation of words: /${re.source}/`)
  return re.source.split('|')
}

/**
 * The questions a detector's guard asks of the whole paragraph, as lists of words, answered together by one
 * Aho–Corasick pass over the squeezed view (gate.ts) instead of a `.test` per guard per keystroke. A list either
 * spells out the guard's alternation word for word (its flag is the test it replaces: `あ[きくけい]` is あき, あく, あけ, あい)
 * or, where said, holds the words a pattern cannot match without (its flag only spares running the pattern).
 */
const SQUEEZED_WORDS = {
  /** A secret's word or what is done with it (the words of any case are in FOLDED_WORDS.secret). */
  secret: ['押', '入れ', '入る', 'はいる', '入室', '入館', '入っ', 'ログオン', '入力', '合わせ', '開', 'あき', 'あく', 'あけ', '解除', 'ログイン', 'サインイン', '認証', '情報', '呪文', 'パ', 'ぱす', 'ピーダブ', 'ピーアイエヌ', '合言葉', '合い言葉', 'あいことば', 'ワイファイ', '暗', 'あんしょう', '番号', 'コード', 'キー', 'ダイヤル', '数字', '錠', 'ロック', '鍵', '初期設定', '初期値', '初期状態', '共通', '初回', '初めて', 'はじめて', '最初', '出荷', 'デフォルト', '購入時', '納品時', '既定値', 'アドレス', 'ID'],
  /** What SECRET_KEY cannot match without (with FOLDED_WORDS.secretKey: its words in ASCII, of any case). */
  secretKey: ['パ', 'ぱす', 'ピーダブ', 'ピーアイエヌ', 'あんしょう', '合言葉', '合い言葉', 'あいことば', '暗', '番号', 'コード', 'キー', 'ナンバー', 'ダイヤル', '数字', '錠', 'ロック', '鍵', '情報', '文字', '呪文', 'ログイン', 'ユーザ', 'アカウント', 'サインイン', 'ワイファイ'],
  number: ['番号', 'コード', 'ナンバー', '数字'],
  lock: wordsOf(LOCK_NEAR),
  door: wordsOf(DOOR),
  typed: ['押', '入力', '入れ', '合わせ'],
  /** A device a derived code unlocks (DERIVED_CODE's other gate). */
  unlockDevice: ['端末', 'タブレット', 'パソコン', 'PC', 'iPad', 'iPhone', 'スマホ', 'アイパッド'],
  renewed: ['新', '変更後', '今度の', '今回の'],
  /** With FOLDED_WORDS.password: /暗証|パスワード|ぱすわーど|パス|ぱす|PW|PIN/iu. */
  password: ['暗証', 'パスワード', 'ぱすわーど', 'パス', 'ぱす'],
  keyPress: wordsOf(KEY_PRESS),
  /** What KANJI_KEY_SEQUENCE cannot match without (a kanji digit). */
  kanjiDigit: ['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  turn: ['右', '左'],
  dialLock: wordsOf(DIAL_LOCK),
  valueOpens: ['ログイン', 'サインイン', 'ログオン', '入り直', '入りなお', '開', 'あき', 'あく', 'あけ', 'あい', '解除', '解錠', '入れ', '入力', '打ち込'],
  /** What VALUE_OPENS's group 5 cannot match without (blind R248B-001 kind: 「…」と書いてあります). */
  written: ['書いて', '書かれて', '書いと', '書いちょ', '手書き', 'メモ', '記して', '記されて', '記載されて'],
  opens: ['開', 'あき', 'あく', 'あけ', 'あい', '解除', '解錠'],
  /** With FOLDED_WORDS.opensContext: /OPENS_CONTEXT/iu. */
  opensContext: ['錠', 'ロック', 'テンキー', 'ダイヤル', '金庫', 'ロッカー', '倉庫', '書庫', '保管庫', '扉', 'ドア', '通用口', '入口', '入り口', '裏口', '勝手口', '門', 'ゲート', 'キーボックス', '端末', 'タブレット', 'パソコン', 'スマホ', 'システム', '管理画面', 'アカウント', 'ログイン', 'サインイン', 'ユーザー', 'シャッター', '車庫', 'ガレージ', '操作盤', '制御盤'],
  hint: wordsOf(MAY_HINT),
  hintSecret: ['パス', '暗証', 'PIN', '番号', 'ナンバー', 'ダイヤル', '数字', 'コード', 'テンキー', '文字', '言葉'],
  /** What SECRET_HINT cannot match without: a word of each kind of HINT_SUBJECT (a lock's 番号, パス, 暗証, PIN, 解除コード). */
  hintSubject: ['金庫', 'キーボックス', '錠', 'ロッカー', 'テンキー', 'パス', '暗証', 'PIN', '解除', '鍵', 'カギ', '倉庫', '書庫', '保管庫', '扉', 'ドア', '通用口', '裏口', '勝手口', 'オートロック', 'セキュリティ', '文字', '言葉'],
  /** What ENTRY_BYPASS cannot match without: a staff pass's word, or a closing quote or a name said. */
  bypass: ['証', 'カード', 'キー', '」', '』', '名前', '氏名', '所属', '課名'],
  key: ['鍵', 'カギ', 'かぎ', 'キー', 'セキュリティカード', 'セキュリティーカード', '入館カード', '入室カード'],
  guard: [...wordsOf(GUARD), '巡回', '見回り', '見まわり', '夜回り', '巡視'],
  otherTimes: ['それ以外', 'その他', 'ほか', '他の', '以降', '以後', 'その後', 'より後', 'から後', '解散後', '終了後', 'その間', 'その合間', 'の間', 'の合間'],
  watch: ['パトロール', '巡回', '見回', '見まわ', '見て回', '巡視', '夜回り', '警備', '監視'],
  weakSpot: ['しか', 'だけ', 'のみ', '映らない', '映して', '映っ', '撮影して', 'カバーして', '写して', '死角', '生年月日', '誕生日', '番号', '名前', '氏名', '初期', '開設時', '作成時', '導入時', '設置時', '設定時', '最初', '当初', 'デフォルト', '出荷', '購入時', '誰でも', 'だれでも', '自由に', 'ノーチェック', 'フリーパス', '付箋', 'ふせん', 'メモ', '紙', 'ホワイトボード', '黒板', 'フォルダ', 'ファイル', 'ノート', '手帳', '台帳', '一覧', '引き出し', 'ひきだし', '机', 'デスク', 'キャビネット', 'ロッカー', 'エクセル', 'Excel', 'スプレッドシート', 'マット', '下敷き', 'キーボード', 'モニター', 'ディスプレイ', 'カレンダー'],
  filmed: ['映', '写', '撮', 'カバー', '範囲', '画角', '視野'],
  /** What WATCH_CAMERA cannot match without. */
  camera: ['カメラ'],
  /** What CAMERA_ONLY_AT cannot match without. */
  onlyAt: ['だけ', 'のみ', 'しか'],
  /** What FASTENED_ONLY cannot match without (a chain, a rope, a wire). */
  looseFastener: ['チェーン', '鎖', 'くさり', 'ロープ', 'ひも', '紐', 'ヒモ', '針金', 'はりがね', '結束バンド', 'ワイヤー', 'かんぬき', '閂', 'つっかえ棒', 'つっかい棒'],
  cameraOrSensor: ['カメラ', 'センサー'],
  /** What NO_ALARM_AT cannot match without (each alarm word holds one). */
  alarm: ['センサー', '警報', 'ブザー', 'カメラ', '機械警備', '警備システム', '警備装置', '防犯システム', '防犯装置', 'セキュリティ', 'セコム', 'ALSOK', 'アルソック'],
  /** What DUMMY_CAMERA cannot match without. */
  dummy: ['本物', 'ほんもの', 'ホンモノ', '本当に', '実際に', 'ちゃんと', 'きちんと', 'ダミー', '偽', 'にせもの', 'ニセ', '飾り', 'おかざり', 'フェイク', '模型', '模造', 'ハリボテ', '張りぼて', 'はりぼて'],
  round: ['巡回', '見回り', '見まわり', '巡視', '夜回り', 'パトロール', '警備'],
  broken: ['破損', '破れ', 'やぶれ', '壊れ', 'こわれ', '倒れ', '外れ', '穴が', '隙間', '開いたまま', '開けっ放し'],
  getIn: ['出入り', '入れ', '入る', '侵入', '立ち入', '通り抜け'],
  empty: ['無人', '誰も', 'だれも', '人が', '職員が', '職員も', 'ひとりも', '一人も', '1人も', '独りも', '空っぽ', 'もぬけ', '手薄', '目が'],
  noLogin: ['なし', '無し', '不要', 'かかっていない', 'かかっておらず', '設定'],
  seen: ['見え', '見られ', '閲覧', 'アクセス', '入れ', 'ログイン', '開け', '丸見え'],
  device: ['カメラ', 'センサー', '警報', 'ベル', 'ロック', '錠', '鍵', 'カギ', '口', '窓', '扉', 'ドア', '門', 'セキュリティ', '警備'],
  /** What LEFT_OPEN cannot match without (its states: left open, not locked, a door stop). */
  leftOpen: ['開け', 'あけ', '開い', 'あい', '開放', 'かけず', '掛けず', 'かけない', '掛けない', 'かけん', '締めず', 'しめず', '閉めず', '締めない', 'しめない', '閉めない', '施錠', 'ロックせず', 'ロックしない', 'ロックしておらず', 'ロックされ', 'ストッパー'],
  /** What PRIVATE_IP cannot match without (a dot between digits is kept by squeezing). */
  privateIp: ['10.', '192.', '172.'],
  /** What SHARE_PATH cannot match without. */
  sharePath: ['\\', '¥', 'file:/'],
  /** What HOST_NAME cannot match without (each of its keywords holds one). */
  hostName: ['名', '共有', 'サーバ', 'NAS'],
  /** What KEEPER_AWAY cannot match without. */
  keeper: wordsOf(KEEPER_WORD),
  /** What POLICE_AWAY cannot match without. */
  police: ['交番', '駐在所', '派出所', '警察官', 'お巡りさん', 'おまわりさん', '駐在さん'],
  /** What THIN_STAFF cannot match without. */
  thinStaff: [...wordsOf(STAFF_WORD), '体制', '態勢', 'ワンオペ'],
  /** What STAY cannot match without; DIGNITARY's words. */
  stay: ['泊', '滞在'],
  /** What SIDE_WAY cannot match without. */
  sideWay: ['裏口', '裏門', '通用', '勝手口', '搬入口', '楽屋口', '入口', '入り口', '地下駐車場', '非常口', '裏手から', '裏側から'],
  dignitary: ['市長', '知事', '大臣', '首相', '総理', '大統領', '大使', '領事', '議長', '国会議員', '代議士', '殿下', '陛下', '皇族', '王族', '要人', 'VIP', '国賓', '閣下'],
  /** Any ASCII letter (a paragraph without one has no word of FOLDED_WORDS). */
  letter: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
} satisfies Record<string, readonly string[]>

/**
 * Words of patterns with the `i` flag, lower-cased, looked up in the folded view (the squeezed one with ASCII capitals
 * lower-cased, same length; nothing else folds to an ASCII letter): ASCII words only, so a word occurs there exactly
 * where the pattern finds it in any case.
 */
const FOLDED_WORDS = {
  /** With SQUEEZED_WORDS.secret: /passcode|key|code|combination|wi-?fi|無線LAN|p ?[aiw]|ID|user|login|SSID/i. */
  secret: ['passcode', 'key', 'code', 'combination', 'wifi', 'wi-fi', '無線lan', 'pa', 'pi', 'pw', 'p a', 'p i', 'p w', 'id', 'user', 'login', 'ssid'],
  secretKey: ['pa', 'p a', 'pw', 'p w', 'pi', 'p i', 'key', 'code', 'combination', 'user', 'login', 'ssid', 'id', 'wifi', 'wi-fi', '無線lan'],
  password: ['pw', 'pin'],
  opensContext: ['lock', 'keypad', 'key pad', 'locker', 'door', 'pc', 'ipad', 'id'],
  /** What MAY_HOST cannot match without (a dot before a letter is kept by squeezing). */
  host: ['.local', '.lan', '.internal', '.intra', '.corp', '.lgwan', 'localhost:', 'http'],
  /** What EN_KEY_KEPT cannot match without. */
  enKey: ['key'],
} satisfies Record<string, readonly string[]>

/** Index of each list of `lists` in the flags `found` gives; `found(text)`: 1 for each list with a word in `text`. */
function wordFlags<K extends string>(lists: Record<K, readonly string[]>): { index: Record<K, number>; found: (text: string) => Uint8Array } {
  const keys = Object.keys(lists) as K[]
  const index = Object.fromEntries(keys.map((k, i) => [k, i])) as Record<K, number>
  // Its tables are built on the first check (gate.ts: prepareGates).
  const gate = new NeedGate(() => keys.map((k) => lists[k]))
  return {
    index,
    found(text) {
      const out = new Uint8Array(keys.length)
      for (const i of gate.tries(text)) out[i] = 1
      return out
    },
  }
}
export const SQUEEZED = wordFlags(SQUEEZED_WORDS)
export const W = SQUEEZED.index
export const FOLDED = wordFlags(FOLDED_WORDS)
export const F = FOLDED.index
export const NO_FOLDED_WORDS = new Uint8Array(Object.keys(FOLDED_WORDS).length)

export function privateIp(ip: string): boolean {
  const o = ip.split('.').map(Number)
  if (o.length !== 4 || o.some((n) => n > 255)) return false
  if (o[0] === 172) return o[1]! >= 16 && o[1]! <= 31
  return true
}
