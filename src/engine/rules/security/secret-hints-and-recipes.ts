/**
 * Hints and recipes of secrets (5(1)): what a code is made of (市の電話番号の下4桁, 創立した年, 誕生日＋ローマ字), a usual secret plus an affix,
 * connection recipes (初回は「yanagawa」＋…), a lock set by the digits of a fact, a way in by a fact (職員番号の下4桁で入れます), and the
 * reader's-service test (readerServiceSecret). Stays clean: a public service's published rule for the reader's own password, a
 * filing scheme, advice, a call to residents. Part of the security family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import {
  AWARENESS,
  GET_IN_NOT,
  HINT_RULE,
  kanaTail,
  LOGIN_CONTEXT,
  MAX_HITS,
  MAY_HINT,
  NOT_VALUE,
  PUBLIC_OWN,
  READER_SERVICE,
  readerServiceSecret,
  sentenceHits,
  STAFF_LOGIN,
  type StrongHit,
  W,
} from './context'

/**
 * A secret given away by what it is made of (金庫の番号、実は市長の誕生日なんです / パスワードは係長の名前＋誕生日です /
 * ロッカーの暗証番号は課長の車のナンバーと同じ / 倉庫の鍵の番号は市制施行の年にしてあります): whoever knows the fact can open
 * the lock. A rule for the public's own secret (暗証番号は生年月日以外に, 初期パスワードはご自身の生年月日です, 誕生日は
 * 避けましょう, 誕生日にしていませんか) is not one.
 */
const HINT_SUBJECT =
  '(?<=(?:金庫|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|電子錠|ロッカー|テンキー)[^。！？!?\\n]{0,12})(?:番号|数字|コード)|' +
  // Blind R194A-027: the lock named, then a bare 番号 opening the next sentence (通用口をテンキー錠にしました。番号は…の創立記念日から).
  // Blind R325C-006 kind (pisec60): …the next sentence naming the code by the lock's part (南京錠を開けています。ダイヤルの番号は…, 鍵の番号は,
  // その番号は).
  '(?<=(?:金庫|キーボックス|南京錠|ダイヤル錠|番号錠|暗証番号錠|暗証番号式|暗証式|電子錠|テンキー|オートロック)[^。！？!?\\n]{0,20}[。！!]\\s?)(?:(?:その|ダイヤルの?|ダイアルの?|鍵の|カギの|錠の|ロックの|解除の|暗証)?)(?:番号|数字|コード)(?![札票表])|' +
  // Blind R204D-038 kind: a combination lock named bare as the topic (資材置き場のダイヤル錠は…電話番号の下4けた): its code is what it is told to be.
  '(?:ダイヤル錠|番号錠|暗証番号錠|ボタン錠|プッシュ錠)(?=は|って|も)|' +
  // Blind R229B-013 kind: a door's keypad named bare as the topic, set off by a comma (資料館の裏口のテンキー、実は白秋の誕生日にちなんだ
  // 4桁なんです): its code is what it is told to be made of.
  '(?<=(?:裏口|通用口|勝手口|入口|入り口|出入口|扉|ドア|門|倉庫|書庫|保管庫|事務所|控室|部屋|室)の)テンキー(?=は|って|も|[、,])|' +
  // Blind R235I-002, R235I-026 kind: the secret named by what is typed to connect or to get in (入るときの文字列は, つなぐときに入れる文字は),
  // or, after a network or an account is named, by what is typed (Wi-Fi…接続名は HAKUSHU-HQ、入力する文字は): then told by what it is made of.
  '(?:(?:つなぐ|つなげる|繋ぐ|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)(?:に(?:入れる|入力する|打つ|打ち込む)|の))(?:文字列?|言葉)|' +
  '(?<=(?:Wi-?Fi|wi-?fi|WiFi|ワイファイ|無線LAN|ネット|接続名|接続先|SSID|アカウント|ログイン)[^\\n。！？!?]{0,30}?[、,。]\\s?)(?:入力する|入れる|打ち込む)(?:文字列?|言葉)|' +
  // Blind R257P-037 kind: the watchword asked when connecting or getting in (つなぐときの合言葉が「…生まれた年＋…のローマ字」): a network's
  // key by another name. Only that way in: a slogan (今年の合言葉は「…」) is no secret.
  '(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)の(?:合言葉|合い言葉|あいことば)|' +
  // Blind R291F-010 kind: an override code named by who holds it (管理者コードは店長の誕生日): told by what it is made of, as 解除コード.
  '(?:管理者|責任者|店長|マスター)(?:用)?の?コード(?![ァ-ヴー])|' +
  'パスワード|パスコード|(?<![ァ-ヴー])パス(?![ァ-ヴー])|暗証番号|暗証|(?<![A-Za-z])PIN(?![A-Za-z])|(?:解除|解錠|開錠|ロック解除)(?:番号|コード)|(?:金庫|キーボックス|南京錠|ダイヤル錠|錠|鍵|カギ|ロッカー|倉庫|書庫|保管庫|扉|ドア|通用口|裏口|勝手口|テンキー|オートロック|電子錠|セキュリティ)の?(?:暗証)?(?:番号|ナンバー|ダイヤル|数字|コード)'
/**
 * Round 55: the new code named back in the sentence after the secret changed (暗証番号が変わりました。新しい番号は代表番号の下4桁と同じ;
 * 電子錠を交換しました。今度の番号は…): a bare 番号 after 新しい/新/変更後の/今度の, with a secret or a lock named shortly before it.
 */
const RENEWED_SUBJECT =
  '(?<=(?:暗証|パスワード|パスコード|(?<![ァ-ヴー])パス(?![ァ-ヴー])|PIN|テンキー|ボタン錠|番号錠|電子錠|ダイヤル錠|南京錠|キーボックス|金庫|ロッカー|オートロック|(?:解除|解錠|開錠|ドア|入室|入館)(?:番号|コード))[^\\n]{0,40}?)(?:新しい|新|変更後の?|今度の|今回の)(?:番号|数字|コード|ナンバー)|(?<=(?:暗証|パスワード|パスコード|PIN|錠|金庫|ロッカー|キーボックス)[^\\n]{0,40}?)(?:新しいの|(?:新しい|変更後の|今度の|今回の)(?:もの|ほう|やつ))(?=は)'
/**
 * Blind R208D-023 kind: a day everyone knows by its date (こどもの日, 文化の日, 七夕, クリスマス), told as the code's figures (…の4桁, と同じ):
 * 0505 for whoever reads it. Only with the figures or the sameness said: the day as a date (こどもの日まで, 文化の日から) is when.
 */
const KNOWN_DAY =
  '(?:こどもの日|子どもの日|子供の日|文化の日|元日|元旦|建国記念の日|みどりの日|昭和の日|海の日|山の日|敬老の日|体育の日|スポーツの日|勤労感謝の日|春分の日|秋分の日|成人の日|防災の日|七夕|ひな祭り|ひなまつり|雛祭り|桃の節句|端午の節句|クリスマス(?:イブ)?|大晦日|大みそか|バレンタイン(?:デー)?|ホワイトデー|ハロウィン)' +
  '(?=(?:の(?:日付|日にち|月日))?の?(?:[0-9一二三四][桁けケ]た?|数字)|と同じ|と一緒|そのまま)'
const HINT_SOURCE =
  KNOWN_DAY + '|' +
  // Blind R325C-006 kind (pisec60): the year something began told as a clause (本校が創立した昭和23年, 開校した年, 市が誕生した年).
  '(?:誕生|設立|創立|創業|開館|開庁|開園|開校|合併|発足|竣工)した(?:(?:明治|大正|昭和|平成|令和)?(?:[0-9]{1,4}|元|[一二三四五六七八九十]{1,3})年|年|日)|' +
  '誕生日|生年月日|記念日|電話番号|代表番号|内線(?:番号)?|郵便番号|(?:車|自家用車|公用車)の(?:ナンバー|番号)|ナンバープレート|背番号|市制(?:施行)?(?:の年|記念日)?|(?:設立|創立|創業|開庁|開館|就任)(?:年|の年|記念日)|生まれ(?:年|た年)|西暦|和暦|年齢|歳の数|代表電話|住所の番地|部屋番号|職員番号|社員番号|好きな数字|ラッキーナンバー|名前|名字|苗字|ローマ字|逆から|逆さ|ゾロ目|連番|同じ数字|語呂合わせ|ゴロ合わせ|ごろ合わせ'
/**
 * Blind R235I-002, R235I-026 kind: the word put after the fact in a named case (生年月日8桁」のあとに小文字で ariake), or the fact said to
 * have a sign put after it (アカウント名の後ろに今年の西暦と「！」を付けたもの): the recipe still gives the whole secret away.
 */
/**
 * Blind R110A-138: the secret spelled as a fact and a word put after or before it (パスワードは課の内線番号のあとに unagi, 代表電話の下4桁の
 * 後ろに yanagawa, 誕生日の前に abc を付けたもの): the recipe gives the whole password away.
 */
const HINT_AFFIX = '(?:の)?(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に)\\s?(?:(?:小文字|大文字|半角|全角)で\\s?)?[「『"]?[A-Za-z0-9!#$%&*+\\-_.@]{2,16}'
/** Blind R257P-037 kind: the fact joined to another by a plus sign (…の生まれた年（一八八五）＋…のローマ字): a recipe, as のあとに is. */
const HINT_END = `${HINT_AFFIX}|\\s?\\+(?=\\s?[^\\s+])|(?:と\\s?[「『"]?[^\\s「」『』"。\\n]{1,6}[」』"]?\\s?)?を(?:付け|つけ|足し|加え|くっつけ)(?:た|て|る)|です|でした|だ(?![けっ])|や(?=[。！!ね]|$)|なん(?:です|だ|よ)|なの|ばい|たい|よ|ね|に(?:なって|して|設定して|しと|しちょ)|と(?:同じ|一緒|おんなじ)|そのまま|を逆|から取|を使って|を並べ|にちなん|に因ん|をもじ|をもと|を元`
/** Blind R204D-038 kind: the code said to be unchanged before what it is made of (ダイヤル錠は去年と同じで、市役所の電話番号の下4けた). */
const HINT_SAME_AS = '(?:去年|昨年|前年|前回|以前|今まで|これまで|従来|いつも)(?:と同じ|のまま|どおり|通り|と変わらず)で[、,]?\\s?'
/**
 * Blind R208D-023 kind: the news that the code changed set between the lock and what the new code is made of (キーボックスの番号、先週から
 * 変わりました！ …の4桁です): the next statement tells the new code. Bounded: at most 14 characters before the verb.
 */
const HINT_CHANGED = '[^\\n。！？!?]{0,14}?(?:変わり|かわり|変更になり|変更し|更新し|新しくなり)ました[よね]?[!！。]{1,3}\\s?'
const SECRET_HINT = new RegExp(
  `(?:${HINT_SUBJECT}|${RENEWED_SUBJECT})(?:は|って|が|も|の(?:ヒント|手がかり|覚え方)は)?[、,]?(?:${HINT_CHANGED})?(?:[^\\n。！？!?をで]{0,4}?${HINT_SAME_AS})?[^\\n。！？!?をで]{0,16}?(?:${HINT_SOURCE})[^\\n。！？!?]{0,10}?(?:${HINT_END})`,
  'gu',
)
/**
 * Blind R204D-038 kind: a call to a group at the head of the sentence (花見ボランティアのみなさん、…; 保護者の皆さま！) says who is told, not
 * whose secret it is: the lock it then gives away (備品倉庫のダイヤル錠は…電話番号の下4けた) is still the city's. A rule for the public's own
 * secret keeps its other marks (以外, ご自身, してください).
 */
const CALL_TO_GROUP = /^[\s　]{0,2}(?:[^、。！？!?\n「『]{0,16}?の)?(?:皆さん|みなさん|皆様|みなさま|皆さま)[、,！!]/u
/** A number kept in order by a fact (西暦で管理しています): a filing scheme, not a secret's make-up. */
const HINT_FILING = /管理|記録|表記|登録|整理|統一|区別|分類/u

/**
 * Blind R195D-004 kind: a login's secret told as the usual one, left unnamed, with a figure or a word added to it (ログインするときは、
 * 係でふだん使っているものの後ろに「77」を足して入力して): whoever reads it and knows the old one has the new, and the old one is guessed
 * from the rest of the office's habits. The base is only pointed at (いつもの/ふだん/共通の … やつ, もの, あれ), the affix is a short value
 * in figures or letters, and what is made is typed in (入れ, 入力, 打ち込, ログイン) in a sentence that names the login or the secret. A
 * file or a tag named with an added year and saved or posted is not this. Bounded: the base at most 14 characters.
 */
const USUAL_PLUS_AFFIX =
  /(?:いつも|普段|ふだん|共通|共用|例の|前の|これまでの|今までの|従来|同じ)[^\n。！？!?「『]{0,14}?(?:やつ|ヤツ|奴|もの|もん|あれ|アレ)の(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に|先頭に|お尻に|おしりに)\s?[「『"]?([A-Za-z0-9!#$%&*+\-_.@]{2,16})[」』"]?\s?(?:を|と)?(?:付け|つけ|足し|たし|加え|くわえ|くっつけ|追加し)[てた][^\n。！？!?]{0,6}?(?:入れ|いれ|入力|打ち込|打って|ログイン|サインイン)/gu
export function findUsualPlusAffix(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.valueOpens]) return
  sentenceHits(t, USUAL_PLUS_AFFIX, strong, 'ログイン情報', (sentence) => LOGIN_CONTEXT.test(sentence) && !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence))
}

/**
 * Blind R236I-008 kind: what to type when connecting or logging in, told as a recipe with no word for the secret (ネットワークにつなぐときは、
 * yanagawa のあとに白秋の生まれた年（西暦）を続けて入力してください): a word in letters and a fact anyone can look up, one after the other,
 * make the whole key. One side is a literal of 3–16 letters or figures (not a field's name: ID, SSID), the other holds a public fact
 * (MAY_HINT: a birth year, 西暦, 代表電話…). The public's own login (ご自身の, 利用者番号: PUBLIC_OWN) and advice (AWARENESS) are not
 * this. Bounded: each side at most 24 characters.
 * Blind R257P-010 kind: the recipe told as the thing made, with no typing verb (ログインするときは、「代表番号の下4けた」のうしろに「donko」
 * をつなげたもの、と覚えて): what is made by joining is the key all the same.
 */
const CONNECT_RECIPE =
  /(?:つなぐ|つなげる|繋ぐ|繋げる|接続する|ログインする|サインインする|入る|はいる)(?:とき|時|際)(?:は|に|には)?[、,]?\s?([^。！？!?\n]{1,24}?)\s?(?:の)?(?:あとに|後に|後ろに|うしろに|前に|頭に)\s?([^。！？!?\n]{1,24}?)\s?(?:を)?\s?(?:(?:続けて|つなげて|付けて|つけて|足して|加えて|くっつけて)?\s?(?:入力|入れ|いれ|打ち込|打っ)|(?:続け|つなげ|繋げ|付け|つけ|足し|加え|くっつけ)た(?:もの|もん|やつ|文字列?|の(?=[、,。！!]|と|です|だ)))/gu
const RECIPE_LITERAL = /^(?:(?:小文字|大文字|半角|全角)で\s?)?[「『"]?([A-Za-z0-9!#$%&*+\-_.@]{3,16})[」』"]?$/u
/** The literal closing a side, after the topic or a comma (初回は「yanagawa」, 、パスワードは abc): quoted, or bare after a particle. */
const RECIPE_LITERAL_LAST = /(?:[はがも][、,]?\s?|[、,]\s?)(?:(?:小文字|大文字|半角|全角)で\s?)?(?:[「『"]([A-Za-z0-9!#$%&*+\-_.@]{3,16})[」』"]|([A-Za-z0-9!#$%&*+\-_.@]{3,16}))$/u
export function findConnectRecipe(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint]) return
  let k = 0
  for (const m of t.matchAll(CONNECT_RECIPE)) {
    if (k++ >= MAX_HITS) break
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const [a, b] = [m[1]!.trim(), m[2]!.trim()]
    // Blind R368R-003 kind: the literal may close a longer first side, after the login's other field (IDが職員番号、初回は「yanagawa」のあとに
    // 誕生日の4桁をつなげたもの): the word before のあとに is what is typed first.
    const lit = RECIPE_LITERAL.exec(a) ?? RECIPE_LITERAL.exec(b) ?? RECIPE_LITERAL_LAST.exec(a)
    const fact = lit?.input === a ? b : a
    if (!lit || NOT_VALUE.test((lit[1] ?? lit[2])!) || !MAY_HINT.test(fact)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence)) continue
    strong.push({ start, end, label: '', name: 'ログイン情報' })
  }
}

/*
 * Blind R266W-035 kind: an initial password's rule for staff, told by how it is built (IDは職員番号、初期パスワードは「yngw」＋生年月日の8桁です):
 * a fixed word joined to a fact (a literal before a plus, or put after the fact: HINT_AFFIX), or the login named as the staff's (職員番号, 庁内,
 * 新規採用職員). With it, anyone who knows a new hire's birthday has the account. The public's own first password (初期パスワードはご自身の
 * 生年月日です, 利用者の皆さんの…) keeps its other marks (ご自身, 利用者, してください).
 */
const INITIAL_WORD = /初期|初回|仮の|仮パス/gu
const JOINED_LITERAL = /[「『"][A-Za-z0-9!#$%&*\-_.@]{2,16}[」』"]\s?\+|\+\s?[「『"]?[A-Za-z0-9!#$%&*\-_.@]{2,16}[」』"]?|(?:あとに|後に|後ろに|うしろに|前に|頭に|最後に|末尾に)\s?(?:(?:小文字|大文字|半角|全角)で\s?)?[「『"]?[A-Za-z0-9!#$%&*\-_.@]{2,16}/u
function staffInitialRecipe(hint: string, said: string): boolean {
  return JOINED_LITERAL.test(hint) || STAFF_LOGIN.test(said)
}
export function findHints(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint] || !has[W.hintSecret] || !has[W.hintSubject]) return
  SECRET_HINT.lastIndex = 0
  let k = 0
  for (let m = SECRET_HINT.exec(t); m && k < MAX_HITS; m = SECRET_HINT.exec(t), k++) {
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    // The sentence up to a little after the hint (a sentence run on past an emoji is another statement).
    // Blind R204D-038 kind: an emoji after the hint closes its statement (…下4けたです🔑 朝いちばんの方は…), as a stop does.
    const tail = t.slice(end, Math.min(s.end, end + 16))
    const closed = tail.search(/\p{Extended_Pictographic}/u)
    const said = t.slice(s.start, closed === -1 ? Math.min(s.end, end + 16) : end + closed)
    // Blind R266W-035 kind: the staff's own initial password told by how it is built, a fixed word joined to a fact of each (初期パスワードは
    // 「yngw」＋生年月日の8桁, 職員番号のあとに abc): 初期 or 仮 does not make it the public's, when the word is given or the login is the staff's.
    const rule = HINT_RULE.test(said.replace(CALL_TO_GROUP, '')) && !(staffInitialRecipe(m[0], said) && !HINT_RULE.test(said.replace(CALL_TO_GROUP, '').replace(INITIAL_WORD, '')))
    if (HINT_FILING.test(m[0]) || rule || AWARENESS.test(said)) continue
    if (readerServiceSecret(t, start, end)) continue
    const label = /^[^はってがも、,]+/u.exec(m[0])?.[0] ?? m[0]
    strong.push({ start, end, label, name: label })
  }
}

/**
 * Blind R289O-008 kind: a lock said to open with "the N digits of" a fact told in the same sentence (収蔵庫は、…の誕生日（1月25日）の
 * 4桁で開く, 金庫は市制施行の年の4桁を入れると開きます): the code given as a riddle whoever knows the fact can solve. The lock is the
 * topic (収蔵庫は, 金庫って, ロッカーの番号は); the fact is a HINT_SOURCE or a date or number in figures; then の + N桁 + で or keyed in +
 * opens. Not a rule or advice (誕生日の4桁で開くような設定は避け…: AWARENESS), not the public's own lock (ご自身の, 利用者: PUBLIC_OWN),
 * nor a lock that opens with "a 4-digit code" (4桁の番号で開きます: no の before the count). Bounded throughout.
 */
/** Blind R298K-040 kind: a device that locks (タブレット, 端末, スマホ, PC) is a lock as a safe is. */
const LOCK_THING =
  '(?:収蔵庫|保管庫|金庫|手提げ金庫|倉庫|書庫|扉|ドア|ロッカー|鍵|カギ|通用口|裏口|勝手口|キーボックス|キーケース|鍵箱|南京錠|ダイヤル錠|番号錠|電子錠|テンキー|錠|タブレット|端末|スマホ|スマートフォン|パソコン|PC|iPad)'
/** Blind R298K-040 kind: the fact also told as the year or day something began (市が誕生した年, 図書館が開館した年). */
const LOCK_FACT = `${HINT_SOURCE}|(?:誕生|設立|創立|創業|開館|開庁|開園|開校|合併|発足|竣工)した(?:年|日)|[0-9]{1,4}[月年/.-][0-9]{1,2}日?`
/** The N digits of it, the era named or not (の4桁, の西暦4桁). */
const OF_DIGITS = 'の(?:西暦|和暦)?[0-9０-９一二三四五六七八](?:桁|けた|ケタ)(?:の(?:数字|番号))?'
const LOCK_BY_DIGITS = new RegExp(
  LOCK_THING +
    '(?:の(?:暗証)?(?:番号|ナンバー|数字|コード|ダイヤル))?(?:は|って|も)[、,]?[^\\n。！？!?]{0,40}?' +
    `(?:${LOCK_FACT})[^\\n。！？!?]{0,16}?` +
    OF_DIGITS + '(?:で|を(?:入れ|押|入力|合わせ)[^\\n。！？!?]{0,4}?(?:ると|れば|たら|て))[^\\n。！？!?]{0,6}?' +
    '(?:開(?:き|く|け|い|錠)|あ(?:き|く|け|い)|解錠|解除)',
  'gu',
)
/**
 * Blind R298K-040 kind: a lock's unlock number said to BE the N digits of a fact everyone knows (タブレット、ロック解除の番号は職員なら
 * 皆さんご存じの「市が誕生した年」の西暦4桁です, 金庫の暗証番号は所長の誕生日の4桁です): the same riddle as LOCK_BY_DIGITS, told with the
 * copula instead of "opens with". The topic is the lock's or device's number (解除の番号は, 暗証番号は, パスコードは); advice (暗証番号に誕生日や
 * 西暦を使わないでください: AWARENESS), the public's own (PUBLIC_OWN) and a year merely named (市が誕生した年（2005年）を記念して) are not one.
 */
const LOCK_NUMBER_IS = new RegExp(
  LOCK_THING +
    '(?:の|[、,]\\s?)?(?:画面)?(?:ロック)?(?:の)?(?:解除|解錠|開錠)?(?:の|用の)?(?:暗証)?(?:番号|ナンバー|コード|パスコード|パスワード|PIN)(?:は|って)[、,]?[^\\n。！？!?]{0,40}?' +
    `(?:${LOCK_FACT})[^\\n。！？!?]{0,16}?` +
    OF_DIGITS + '(?:です|でした|になります|となります|にしてい|にしてあ|に設定して|に設定しました|だよ|やけん|やから|だから|なので|ばい|たい)',
  'gu',
)
export function findLockByDigits(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (has[W.opens]) lockByDigits(t, LOCK_BY_DIGITS, strong)
  if (has[W.hint]) lockByDigits(t, LOCK_NUMBER_IS, strong)
}
function lockByDigits(t: string, re: RegExp, strong: StrongHit[]): void {
  sentenceHits(t, re, strong, '解除番号', (sentence) => !AWARENESS.test(sentence) && !PUBLIC_OWN.test(sentence))
}

/**
 * Blind R368R-009, R368R-042 kinds: a way in told by the facts it is made of, with no word for the secret: a keypad opened by a staff
 * member's own number and a key after it (横のテンキーで職員番号のあとに＃を押せば開きます, 暗証番号錠は内線番号を入力すると開く), or a
 * login let in by such facts (アプリが動かないときは、職員番号と生年月日8桁でも入れる, 誕生日だけでログインできます): whoever knows or looks
 * up the fact is in. A staff login, a keypad or a door must be near (WAY_IN_FACT_CONTEXT); a staff login ID alone (職員番号でログイン) is
 * no secret, so a login needs a fact that is (生年月日, 誕生日, 電話番号…). Not the public's own account (PUBLIC_OWN, READER_SERVICE), nor
 * advice (AWARENESS). Bounded throughout.
 */
const WAY_IN_FACT_WORD = '(?:職員番号|社員番号|生年月日|誕生日|内線(?:番号)?|電話番号|代表(?:番号|電話)|記念日)(?:の?(?:西暦|和暦|下|末尾)?[0-9一二三四五六七八](?:桁|けた|ケタ))?'
const WAY_IN_BY_FACT = new RegExp(
  `${WAY_IN_FACT_WORD}(?:(?:と|＋|\\+)${WAY_IN_FACT_WORD})?(?:` +
    '(?:だけ)?で(?:も)?[、,]?(?:ログイン|サインイン|ログオン|入れ(?:る|ます|ちゃ)|はいれ|接続でき|つなが(?:る|ります)|開(?:く|き|け)|あ(?:く|き)|解錠|解除)' +
    '|(?:の)?(?:あとに|後に|後ろに|うしろに|最後に)[「『"]?[#*0-9A-Za-z]{1,4}[」』"]?(?:を|と)?(?:押|入力|入れ|打)[^\\n。！？!?]{0,4}?(?:ば|と|たら)[、,]?[^\\n。！？!?]{0,4}?(?:開|あ(?:き|く|け)|解錠|解除|入れ)' +
    '|(?:を|と)(?:押|入力|入れ|打ち?込)[^\\n。！？!?]{0,4}?(?:ば|と|たら)[、,]?[^\\n。！？!?]{0,4}?(?:開|あ(?:き|く|け)|解錠|解除|ログイン|サインイン))',
  'gu',
)
const WAY_IN_LOCK = /テンキー|キーパッド|操作盤|制御盤|電子錠|暗証番号錠|番号錠|ボタン錠|オートロック|金庫|ロッカー|扉|ドア|通用口|裏口|勝手口|錠/u
const WAY_IN_LOGIN = /職員(?:用|の|向け)|庁内|VPN|リモート|在宅勤務|テレワーク|グループウェア|業務用|ワンタイム|二段階|多要素/iu
const WAY_IN_SECRET_FACT = /生年月日|誕生日|電話番号|内線|代表|記念日/u
export function findWayInByFact(t: string, has: Uint8Array, strong: StrongHit[]): void {
  if (!has[W.hint]) return
  let k = 0
  for (const m of t.matchAll(WAY_IN_BY_FACT)) {
    if (k++ >= MAX_HITS) break
    const start = m.index
    const end = start + m[0].length
    if (strong.some((f) => f.start < end && f.end > start)) continue
    const s = sentenceAround(t, start, end)
    const sentence = t.slice(s.start, s.end)
    const near = t.slice(Math.max(0, s.start - 120), s.end)
    // A day alone, used with で, is when (誕生日でも入れる): a day's figures are the key only with its digits or another fact joined.
    if (/^(?:誕生日|記念日)(?:だけ)?で/u.test(m[0])) continue
    const lock = WAY_IN_LOCK.test(near)
    if (!lock && !(WAY_IN_LOGIN.test(near) && WAY_IN_SECRET_FACT.test(m[0]))) continue
    if (AWARENESS.test(sentence) || PUBLIC_OWN.test(sentence) || READER_SERVICE.test(near) || GET_IN_NOT.test(t.slice(end, end + 8))) continue
    strong.push({ start, end: kanaTail(t, end, 4), label: '', name: lock ? '解除番号' : 'ログイン情報' })
  }
}
