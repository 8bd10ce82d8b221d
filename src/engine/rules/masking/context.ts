/**
 * The masking family's shared readings (5(2): 伏せ字を使用しない): the regexes and helpers more than one detector reads — the mask
 * characters and their shapes (MASK, SHAPE), the units, measures and counters a blank stands before (UNIT, MEASURE, COUNTER_AFTER), the
 * words around a slot (PERSON_AFTER, VENUE_AFTER, FIELD_BEFORE, ERA_BEFORE, ANNOUNCED_ROLE, PRODUCT_AFTER), a bracket's note to the writer
 * and a field's to-do (slotNote, fieldTodo with SLOT_INSTRUCTION, SLOT_TODO, FIELD_TODO_WORD), the field names (SLOT_FIELD, NAMED_FIELD,
 * VALUE_FIELD, PERSON_FIELD), the letter tests (isKanji, isLetter, isWordChar), the bounded line scans (lineStartNear, lineEndNear), the
 * bids to guess (INVITES_GUESS), case studies (CASE_CONTEXT) and the paragraph's trigger bits (ON: index.ts works them out). No detector
 * is here: nothing is reported by this file. Part of the masking family (index.ts runs the detectors in their order).
 */
import type { RuleInput } from '../../rule'

/**
 * Round 54: the geta mark 〓 is the typesetter's stand-in for a character not yet there (料金：大人〓〓〓円, 〓月〓日): a mask like ○ and
 * ●, with a shape of its own.
 */
export const MASK = '○〇◯●×✕✖*■□▲△◆◇〓'
/** Mask characters that count as the same shape in one run. */
export const SHAPE: Record<string, string> = { '○': 'o', '〇': 'o', '◯': 'o', '●': 'O', '×': 'x', '✕': 'x', '✖': 'x', '*': '*', '△': 't', '▲': 'T', '□': 's', '■': 'S', '〓': 'g' }
/**
 * Units of measurement a run of two or more masks (or XX) may stand before: 最高気温はＸＸ℃, 降水確率○○%,
 * 雨量＊＊ミリ, ××倍, XX万円, 先着XX席 (a single mask before them is too often a bullet: ●本日, ○台風).
 */
export const MEASURE = /^(?:(?:万|億|千)(?:円|人|名|件|回|再生|ビュー|世帯|戸|部|個|枚|台|本|食|トン|kg|t(?![A-Za-z]))|席(?![次上])|°C|°|℃|度(?!目|重)|倍|世帯|戸(?![籍外建])|棟|匹|頭(?![痛部])|台(?![風所湾帳])|本(?![日年市庁当来人部物気格館])|ミリ|センチ|メートル|キロ|トン|グラム|リットル|ha|L(?![A-Za-z]))/u
export const UNIT = /^(?:時|分|秒|日|月|年|曜|円|人|名|件|回|号|番|丁目|歳|才|階|週|か所|箇所|カ所|ヶ所|個|枚|%|cm|mm|km|kg|m(?![A-Za-z])|地区|ページ|頁|学期|期|代|校|組|班|区|丁|便|往復|系統|号線)/u
export const ERA_BEFORE = /(?:令和|平成|昭和|第|午前|午後|約|計|全|西暦)$/u
export const PERSON_AFTER = /^(?:さん|氏|様|君|くん|ちゃん|議員|容疑者|被告|課長|部長|係長|局長|社長|会長|店長|先生)/u
/** Venues and places a template leaves for later (会場：〇〇公民館). */
export const VENUE_AFTER =
  /^(?:大学|公民館|会館|センター|ホール|消防署|消防本部|分署|出張所|支所|庁舎|市役所|役場|保健センター|児童館|体育館|広場|会場|集会所|公園|図書館|美術館|博物館|記念館|資料館|ホテル|旅館|神社|寺|小学校|中学校|高校|学校|保育園|幼稚園|プラザ|ギャラリー|スタジアム|グラウンド|運動場|ステージ|コミュニティセンター|交流館|交流センター|温泉|キャンプ場|港|漁港|駐車場|路線|バス停|停留所|投票所|期日前投票所|避難所|案内所|診療所|保健所|駐在所|交番|事務所|営業所)/u
/** A field label right before a value: 景品：, 会場:, 問い合わせ：. */
export const FIELD_BEFORE = /[:：]\s?$/u
export const KANJI_NUMERAL = '〇一二三四五六七八九十百千万'

export const SLOT_FIELD =
  /^(?:日付|日時|時間|時刻|開始時間|開始時刻|終了時間|曜日|開催日|会場|会場名|場所|住所|氏名|名前|お名前|担当者名?|URL|URL|リンク|リンク先|タイトル|見出し|店名|店舗名|施設名|団体名|企業名|会社名|イベント名|商品名|金額|料金|価格|人数|定員|電話番号|連絡先|メールアドレス|本文|画像|写真|キャプション|ハッシュタグ|締切|締切日|期限|期間|〇〇|○○|date|time|name|url|title|place|venue|tbd|tba|xxx)$/iu
/**
 * Blind R430F-055 kind: the instruction slot may end in the whole word 名前 (【ここに隊員の名前】さんは…, ＜ここに講師の名前＞先生による), not
 * only in 名 (【ここに会場名】): a name the writer never filled in. A heading with its value (【お知らせ】, 【日時】10月1日) and a form's fields
 * explained to the reader (【氏名】欄にはお名前を記入してください) stay clean.
 */
export const SLOT_INSTRUCTION =
  /(?:を|に|ば)(?:入れる|入れて|入れと(?:って|いて|く)|入力|記入|挿入|追加|差し込む?|差込|記載|貼る|貼り付け|貼付|書く|書いて|差し替え|差替)(?:する|して(?:ください)?|ください|のこと)?$|(?:入力|記入|挿入|差し込み|差込)(?:する|して(?:ください)?|ください|欄)?$|^(?:ここに|こちらに)[^\]］】〕>＞！!？?]{0,10}(?:名前|名|文|文章|URL|画像|写真|説明|タイトル|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|コメント|キャプション|リンク|番号|住所|連絡先)$/u
/**
 * Round 49: a to-do the writer left for themselves in the slot: 要確認, or a check with someone inside (【★ここに金額・担当確認★】,
 * ［人数・係長に確認］, 【日時要確認】); not advice to a reader (【担当課に確認】してください) nor a procedure (【本人確認】のため).
 */
export const SLOT_TODO =
  /^(?:[\p{Script=Han}ァ-ヶー]{1,6}(?:は|を|の)?)?(?:要(?:確認|調整|修正)|(?:(?:担当者?|広報担当)(?:要)?確認|(?:係長|課長|班長|主査|主任|上司|広報担当)(?:に|へ|と)?(?:確認|相談|要確認))(?:して(?:ください)?|する|のこと|待ち|後)?|確認(?:して(?:から)?|のこと|後に?)(?:記入|入力|差し替え|差替え?|修正)?)$/u
/**
 * Blind R96A-095: an aside inside a slot, in round brackets or after ※ or a slash (（公民館か本庁舎か要確認）, (TBD), ※未定, ／調整中): the
 * writer's note to self about the field. Bounded, no nesting.
 */
export const SLOT_ASIDE = /\s?[(（][^()（）]{1,20}[)）]\s?|\s?[※/／][^※/／()（）]{1,16}$/gu
/** A to-do in such an aside: the field's value still to be settled or checked (要確認, TBD, 未定, 調整中, 確認中, 未確定). */
const ASIDE_TODO = /要確認|要再確認|要調整|要修正|要チェック|TBD|TBC|TBA|未定|未確定|調整中|確認中|検討中|確認待ち|確認して|に確認|決まり次第|決定次第|確定次第|確定後/iu
/** Marks a writer frames a note with (【★…★】, ［※…※］, 〔◆…◆〕): not part of what the note says. */
export const NOTE_FRAME = /^[★☆※◆◇●○■□▲△▼▽♪!！\s]{1,4}|[★☆※◆◇●○■□▲△▼▽♪!！\s]{1,4}$/gu
/** Whether a bracket's inside is a note to the writer: an instruction, or (with `todo`) a to-do; each part of 金額・担当確認 is tried. */
export function slotNote(inner: string, todo = false): boolean {
  const framed = inner.replace(NOTE_FRAME, '').trim()
  // Blind R96A-095: an aside left with the instruction (【ここに会場名を入れる（公民館か本庁舎か要確認）】, ［講師名を入れる ※未定］) is
  // the writer's note on it: the instruction is read without it.
  const unnoted = framed.replace(SLOT_ASIDE, '').trim()
  const bare = unnoted !== '' ? unnoted : framed
  if (SLOT_INSTRUCTION.test(bare)) return true
  const parts = bare.split(/[・、,／/：:]\s?/u).filter((p) => p !== '')
  if (parts.length > 4) return false
  return parts.some((p) => SLOT_INSTRUCTION.test(p) || (todo && SLOT_TODO.test(p)))
}
/**
 * Round 54: a to-do the writer left about a field, naming the field (【要確認：日付】, ［日時 要確認］, 〔会場・時間は要調整〕, （料金：TBD）,
 * 【※要修正(会場名)】): an editing note wherever it stands, even heading a line, for no notice tells its readers that its own date is
 * yet to be checked. A to-do alone (【要確認】確定申告の期限が…) heads a notice to the reader; a field with news (【要確認：申請期限の変更】)
 * is one too.
 */
const FIELD_TODO_WORD = '要確認|要再確認|要チェック|要修正|要調整|要差し?替え?|要記入|要入力|確認待ち|未確認|TBD|TBC|TBA'
/**
 * Blind R173I-104 kind: a to-do routed to whoever settles it, an arrow and a staff title (or a named colleague) after it (（※金額要確認→課長）,
 * （日時 要調整⇒係長に確認）, （要確認→広報担当）, （会場：要確認 → 田中さん））: the desk's note of who checks the field, read without its
 * routing. Only a title or a person with an honorific ends it (（要確認→観光課へ提出） sends a form, and is no routing of a note).
 */
const ROUTE_TAIL =
  '[ 　]?(?:→|⇒|➡|->|＞|>)[ 　]?(?:(?:課長|係長|班長|部長|室長|所長|館長|局長|主査|主任|主幹|補佐|課長補佐|上司|担当者?|広報担当|広報)|[\\p{Script=Han}]{1,4}(?:さん|くん|係長|課長|主査|主任))(?:に|へ)?(?:確認|相談|回す|回付|判断)?(?:待ち|中)?'
const ROUTED_TODO = new RegExp(`(?<=${FIELD_TODO_WORD})${ROUTE_TAIL}$`, 'iu')
const TODO_ALONE = new RegExp(`^(?:${FIELD_TODO_WORD})$`, 'iu')
const TODO_FIRST = new RegExp(`^(?:${FIELD_TODO_WORD})[\\s:：・、,／/(（]{0,3}([^()（）]{1,16})[)）]?$`, 'iu')
const TODO_LAST = new RegExp(`^([^()（）]{1,16}?)[\\s:：・、,／/]{0,3}(?:は|を|が|の)?\\s?(?:${FIELD_TODO_WORD})(?:です|。)?$`, 'iu')
/** Whether the inside of a bracket is a to-do about fields it names (each part of 日付・時間 is a field). */
export function fieldTodo(inner: string): boolean {
  const framed = inner.replace(NOTE_FRAME, '').trim()
  const bare = framed.replace(ROUTED_TODO, '')
  // A to-do routed to someone is the desk's note even with no field named (（要確認→課長）).
  if (bare !== framed && TODO_ALONE.test(bare.trim())) return true
  // Blind R96A-095: a field's name with a to-do in an aside (【会場名（公民館か本庁舎か要確認）】, ［講師名 ※未定］, 〔日時(TBD)〕).
  const asides = bare.match(SLOT_ASIDE)
  if (asides !== null && asides.some((a) => ASIDE_TODO.test(a))) {
    const field = bare.replace(SLOT_ASIDE, '').trim()
    const fields = field.split(/\s?[・、,／/]\s?/u)
    if (field !== '' && fields.length <= 4 && fields.every((f) => SLOT_FIELD.test(f) || NAMED_FIELD.test(f) || VALUE_FIELD.test(f) || PERSON_FIELD.test(f))) return true
  }
  const m = TODO_FIRST.exec(bare) ?? TODO_LAST.exec(bare)
  if (!m) return false
  const fields = m[1]!.trim().split(/\s?(?:[・、,／/]|と(?=[\p{Script=Han}ァ-ヶー]))\s?/u)
  return fields.length <= 4 && fields.every((f) => SLOT_FIELD.test(f) || NAMED_FIELD.test(f))
}
/** A field named by what goes in it: ゲスト名, 講師名, 団地名, 〇〇の名前 (a name left to fill in). */
export const NAMED_FIELD = /^[\p{Script=Han}ァ-ヶー]{1,6}(?:名|の名前|氏名)$/u
export function isKanji(c: string | undefined): boolean {
  return c !== undefined && /\p{Script=Han}/u.test(c)
}
/** A katakana, kanji or Latin letter (not hiragana, which may be a particle; not a digit, a kanji numeral or a mask). */
export function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{Script=Katakana}\p{Script=Han}A-Za-z]/u.test(c) && c !== 'ー' && !MASK.includes(c) && !KANJI_NUMERAL.includes(c)
}

export function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c) && !MASK.includes(c)
}

/** What follows a name in brackets: an honorific. */
export const NAME_AFTER = /^(?:さん|様|さま|氏|ちゃん|くん|君|選手|先生)/u
/** What comes before a name in brackets: the kind of place, business or person it names. */
export const NAME_KIND_BEFORE = /(?:居酒屋|お店|店|飲食店|料理店|喫茶店|カフェ|スーパー|コンビニ|ホテル|旅館|施設|会社|企業|業者|事業所|団体|病院|医院|学校|保育園|芸能人|タレント|歌手|アーティスト|ユーチューバー|YouTuber|インフルエンサー|議員|選手|作家)(?:の)?$/u

export type Emit = RuleInput['emit']

/** The start of the line holding `a`, looking back at most `max` characters (bounded: no scan of a long line). */
export function lineStartNear(t: string, a: number, max: number): number {
  let s = a
  const lo = Math.max(0, a - max)
  while (s > lo && t[s - 1] !== '\n') s--
  return s
}
export function lineEndNear(t: string, b: number, max: number): number {
  let e = b
  const hi = Math.min(t.length, b + max)
  while (e < hi && t[e] !== '\n') e++
  return e
}

/** Conduct a complaint is about: 対応がひどい, 態度が悪い, 怒鳴られた, 居眠り. */
export const CONDUCT =
  /(?:対応|応対|態度|接客|言葉遣い|言葉づかい|口調|説明|仕事ぶり)(?:が|は|も|、)?\s?(?:ひど|悪|最悪|失礼|不親切|横柄|冷た|遅|雑|高圧|偉そう|えらそう|いい加減|適当)|感じ(?:が)?悪|怒鳴|どな[らりっ]|暴言|居眠り|サボ|さぼ[らりっ]|無愛想|不愛想|横柄|失礼な|威圧|馬鹿に|バカに|見下|嫌がらせ|いやがらせ|ハラ(?:スメント)?(?:を|が|して|され|行為)|いじめ|着服|横領/u
/**
 * The who-and-where of an announcement, before a blank: 講師は, 会場は, 担当：, 主催は. Blind R123A-031: who takes the desk or the questions
 * (当日の受付は人事課の○○が担当します, ご不明な点は○○まで).
 */
export const ANNOUNCED_ROLE = /(?:講師|講演者|会場|場所|開催場所|集合場所|担当|担当者|主催|共催|司会|出演|出演者|ゲスト|指導|案内役|(?:お)?問い?合わ?せ(?:先)?|(?:お)?申し?込み?(?:先)?|連絡先|(?:当日の)?受付|(?:ご)?不明な点|ご質問|ご相談)(?:は|：|:|を|として)[^。！？!?\n]{0,24}$|(?:指定管理者|受託者|委託先|事業者|落札者|受賞者|当選者|詳しくは|詳細は)(?:は|が|：|:|を|として)?[^。！？!?\n]{0,12}$/u

/**
 * Blind R167I-103 kind: a run of two or more X before the word a product or an offer is named by, its origin or maker (XX産うなぎ,
 * XX製の), its pack or serving (XXセット, XXパック, XX人前, XX入り) or its plan (XXコース, XXプラン): the name or the figure never filled
 * in (block). A single X (Xセット) may be a letter of a name; XXL セット is a size (the run stops at no Latin letter).
 */
export const PRODUCT_AFTER = /^(?:産(?![業婦卵科])|製(?![品造作図材薬鉄紙氷油糸])|セット|パック|人前|入り|コース|プラン)/u
/** After such a figure: its counter or unit (円, 人, 万円, ℃, kg, g, ml, %), ending its word. */
export const XFIGURE_UNIT_AFTER =
  /^\s?(?:万|千|億)?(?:円|人|名|件|世帯|個|枚|台|本|回|歳|才|点|冊|部|戸|棟|区画|尾|匹|頭|杯|食|袋|箱|株|%|℃|°C|°|度|倍|ミリ|センチ|メートル|キロ|グラム|リットル|トン|kg|mg|g|ml|mL|cc|cm|mm|km|m|kcal|kWh|ha|L|t)(?![A-Za-z])/u
/** Fields only a draft template has (【タイトル】, 【本文】, 【見出し】): never a heading of a published post. */
/** A line that names a template's field (本文：, 見出し：, 画像：, キャプション：). */
export const TEMPLATE_FIELD_LINE = /(?:^|\n)\s*(?:本文|見出し|小見出し|リード文?|キャプション|画像|写真|ハッシュタグ)\s?[:：]/u
/** A field naming a kind of date, time or place (変更日, 開催日時, 受付期間, 集合場所): its slot holds a value. */
export const VALUE_FIELD = /^[\p{Script=Han}ァ-ヶー]{1,6}(?:日|日時|日程|期間|時間|時刻|場所|会場|金額|番号|住所)$/u
export const COUNTER_AFTER = /^(?:万円|千円|円|名|人|組|件|台|枚|個|回|歳|才|世帯|戸|部|冊|席|食|泊|本|か所|箇所|カ所|ヶ所|%)(?:様|分|程度|以上|以下|以内|未満|前後|ずつ|まで|から)?(?![\p{Script=Han}\p{Script=Katakana}])/u
export const PERSON_FIELD = /^(?:氏名|名前|お名前|[\p{Script=Han}ァ-ヶー]{0,6}(?:者名|師名|員名|長名|手名|の名前|氏名)|講師|担当者)$/u
/** …or that says the reader can guess (わかる人にはわかる, お察しください). */
export const INVITES_GUESS = /(?:わか|分か|判)(?:った|る)(?:人|方)(?:は、?|、)?(?:コメント|教えて|こっそり|DM|リプ)|(?:わか|分か|判)る(?:かな|かなぁ|かな〜|でしょうか|人いる)|当てて(?:みて|ね|ください)|誰でしょう|どこでしょう|ヒント(?:は|だ|です|だよ|ね|!|！)|(?:ナイショ|内緒|ないしょ)(?:だけど|ですが|やけど|だけれど)|(?:ご想像|想像)の(?:とおり|通り)|(?:誰|だれ|どなた|どこ)(?:の(?:こと|事))?(?:か|なのか)?は[^。！？!?\n]{0,10}?(?:分か|わか)(?:りますよね|るよね|るでしょ|りますでしょ|るやろ|るっちゃろ|ると思います)|言わ(?:なくても|んでも|ずとも)(?:分か|わか)|you know who you are|guess who|(?:わか|分か|判)る(?:人|方)(?:に)?は(?:わか|分か|判)る|ピンと(?:くる|来る)|お察し(?:ください|の通り|のとおり)|察して(?:ください|ね|くれ)|どこ(?:と|か)は(?:言えません|言えない|内緒|ひみつ|秘密)|誰(?:と|か)は(?:言えません|言えない|内緒)/u

/** A case study or a hypothetical, where letters stand for anyone (相談事例：Aさん（70代）は…). */
// (Blind R417S-041 kind: ケースが多い, ケースが目立つ says how often a thing happens, no case study.)
export const CASE_CONTEXT = /事例|ケース(?!が(?:多|よくあ|目立|少な|増え|あ(?:り|る)))|仮に|たとえば|例えば|相談例|モデル|架空|Q&A|Q:|問:|設例/u

/**
 * What each detector cannot find anything without, found in one Aho–Corasick pass over the paragraph (gate.ts) instead of
 * one `test` per detector: most paragraphs hold no mask, no X, no bracket. A bit says the paragraph holds one of its
 * words; where a detector's own first test was exactly "holds one of these characters or words", the bit replaces it,
 * and where it was narrower, it is still run, after the bit.
 */
export const ON = {
  /** A mask character (`masks` finds nothing without one). */
  mask: 1 << 0,
  /** X or x: `xMasks`. */
  x: 1 << 1,
  /** A round bracket: the to-dos (日時：要確認), the drafts' notes (（TBD）) and the empty brackets （　） of `blanks`. */
  paren: 1 << 2,
  /** 【, ［ or [: the other notes of `blanks` (【要確認】). */
  square: 1 << 3,
  /** An underscore: the blanks ＿＿＿ of `blanks`. */
  under: 1 << 4,
  /** An opening bracket of a slot (`slots`). */
  slot: 1 << 5,
  /** A capital letter (`initials`). */
  upper: 1 << 6,
  /** A word of holding back (`withheld`). */
  withheld: 1 << 7,
  /** A word of an initial's hint (`initialHints`). */
  hint: 1 << 8,
  /** A word of the first test of `leftInstructions` but hashtag (no case to fold): exactly that test without hashtag. */
  left: 1 << 9,
  /** 例, 見本 or サンプル: every alternative of EXAMPLE_INTRO holds one. */
  intro: 1 << 10,
  /** 上記, 以上 or 上の: the note below an example (`declaresAbove`; tested again on the paragraph's head). */
  above: 1 << 11,
  /** 「 or 『: EXPLAINS_PLACEHOLDER opens with one. */
  quote: 1 << 12,
  /** A literal SLOT_INSTRUCTION cannot match without: a bracket's inside (part of the paragraph) may be an instruction (`slotNote`). */
  instruct: 1 << 13,
  /** A literal SLOT_TODO cannot match without: a bracket's inside may be a to-do (`slotNote` with `todo`). */
  slotTodo: 1 << 14,
  /** 要, 確認 or TB in any case: every word of FIELD_TODO_WORD (`fieldTodo`) and of the to-do test of `blanks` holds one. */
  todo: 1 << 15,
  /** A word every match of DRAFT_NOTE or SELF_NOTE holds (TBD, 要確認, 未記入, あとで…, 後で…, …差し替え, …記入, …入力, …修正, …入れる, …書く, …追記, …埋める). */
  draft: 1 << 16,
  /** A literal TEMPLATE_FIELD_LINE cannot match without (本文, 見出し, 画像…): a 【タイトル】 may be a template's scaffold. */
  fieldLine: 1 << 17,
  /** h or H: hashtag, in any case (no other character folds to h or H), the rest of `leftInstructions`' first test. */
  h: 1 << 18,
  /** A literal CASE_CONTEXT cannot match without (事例, ケース, 仮に…): `initials` stops on a case study. */
  caseContext: 1 << 19,
} as const
