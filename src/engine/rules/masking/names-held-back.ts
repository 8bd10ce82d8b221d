/**
 * Names held back in a way that invites speculation (5(2): 伏せ字を使用しない; masking/fuseji, warn): 某 before a word (某施設, 某有名YouTuber,
 * 何某, 某 ス ー パ ー spaced out: bou), a name said to be withheld about bad news or with a bid to guess (あえて名前は伏せますが食中毒が…,
 * わかる人にはわかる: withheld), an initial standing for a name (Ｈ氏, Y議員, K店さん, 関係者のＡ, Ｔ・Ｍ先輩, Ｋ動物病院さん in a post that bids the
 * reader guess or runs it down, a district or a place by its initial: initials) and a hint at one (ある公園(頭文字はM): initialHints).
 * Stays clean: a donor's name held back at their wish, a case study or a hypothetical (相談事例：Aさん（70代）は…), X社 on a social-media
 * page, two capitals (JAさん), a business's own name with no bid to guess, a procedure by initials (頭文字がAの方から順に). Part of the
 * masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import { sentenceOf } from '../../words'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import { CONDUCT, INVITES_GUESS, CASE_CONTEXT, ON } from './context'
import { emitFuseji } from './findings'

/**
 * Blind R60A-084: one space after 某 before the whole word (某 大手旅行会社さん, 某　有名ホテル, 某 テレビ局): the same 伏せ, spaced off;
 * a particle after the space (某 の 字) is no word.
 */
const BOU = /(?:何)?某 ?(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]|有名|大手|人気|[ぁ-ん]{2,6}(?=屋|店|さん|ショップ|カフェ))[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{0,12}/gu
/** Initials standing for a name: Ｈ氏, Y議員, K店さん, T.K.さん, K〇議員, Ｓ＊＊＊屋さん (two capitals without dots are names: JAさん, JRさん). */
const INITIAL = /(?<![A-Za-z0-9&])([A-Z])(?:(?:\.|[・･]\s?)([A-Z]))?\.?(?:[〇○●◯◎×✕✖*＊■□]{1,3})?(?=さん|氏|様|君|くん|ちゃん|議員|委員|理事|職員|課長|部長|係長|局長|市長|町長|村長|社長|会長|店長|先生|先輩|後輩|主任|主査|主事|補佐|次長|室長|所長|館長|園長|校長|教頭|署長|隊長|隊員|署員|容疑者|被告|店(?!舗)|社(?![会員長内外屋殿寺])|商店|病院|医院|(?<=[〇○●◯◎×✕✖*＊■□])(?:建設|工業|工務店|商事|産業|興業|電気|運輸|組(?=さん|様|の|が|は|に|と|[、。]))|屋(?=さん|様|の|が|は|も|[、。]))/gu
/**
 * Blind R71A-072: a lone capital set apart by spaces before a person's title (ある Ｓ 課長 が, うちの Ｍ 先輩 が, Y 主査 さん): the spaces keep
 * INITIAL from reading it, but it is the same initial standing for one person. Only person titles (not 店, 社, 屋: サイズ S 店頭), a space on
 * each side of the letter, and a title that ends its word (A 委員会, B 職員向け are things).
 */
const SPACED_INITIAL = /(?<=[\s　])([A-Z])[ 　](?=(?:さん|氏|様|君|くん|ちゃん|議員|委員|理事|職員|課長|部長|係長|局長|市長|社長|会長|店長|先生|先輩|後輩|主任|主査|主事|補佐|次長|室長|所長|館長|園長|校長|教頭|署長|隊長|隊員|署員)(?![一-龠々]))/gu
/**
 * Blind R73A-073: an initial standing for the head of a surname whose tail is written out (Ｈ田さん, K村様, Ｓ藤氏, T中係長): the name half
 * hidden, so the reader is left to guess it. The tail is a kanji surnames end in and an honorific or a person's title follows; a letter
 * before another word (B組さん, A型の方, K本部長) is none.
 */
/**
 * Blind R115A-106: a lone initial set off from its honorific by a space only after it (出されたＴ　さん, 受付のＫ　様, 来られた M 先生 が),
 * the full-width letter and space read as ASCII (NFKC): the same initial standing for one person as Ｔさん, pointed at by the incident
 * around it. The letter follows a Japanese word or a mark (not Latin or a digit: Wi-Fi, 1F), is alone, and the title ends its word
 * (Ｔ シャツ, A 委員会 are things; さんぽ, さんま are not さん).
 */
const INITIAL_SPACED_TITLE = /(?<![A-Za-z0-9&\s.・･-])([A-Z])[ 　](?=(?:さん(?![ぽまご])|氏|様|君|くん|ちゃん|議員|職員|課長|部長|係長|局長|社長|会長|店長|先生|先輩|後輩|主任|主査|主事|次長|室長|所長|館長|園長|校長|教頭|署長|隊長|隊員|署員)(?![一-龠々]))/gu
const INITIAL_SURNAME = /(?<![A-Za-z0-9&])([A-Z])(?!本部)[田野川山本村木藤井原島嶋沢澤崎﨑口谷中林森岡橋池辺浦松尾塚瀬宮城永浜江坂畑堀垣岩](?=さん|様|さま|氏|君|くん|ちゃん|議員|委員|職員|課長|部長|係長|局長|社長|会長|店長|先生|先輩|後輩|主任|主査|主事|補佐|次長|室長|所長|館長|園長|校長|教頭|署長|隊長|容疑者|被告)/gu
const INITIAL_OF = /(?:関係者|職員|男性|女性|住民|市民|知人|友人|人物|生徒|児童|学生|議員|方|者)の([A-Z])(?![A-Za-z0-9])(?!\s?(?:コース|ランク|型|判|サイズ|席|ブロック|ゾーン|棟|館|区画|班|チーム|グループ|案|日程|会場|地区))/gu
/**
 * 某 ス ー パ ー, 某　病　院: the word after 某 spelt out with spaces (each step starts with a space; bounded, so
 * linear). Kana particles end it: 某 の 字 is not a name.
 */
const W = '[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]'
const BOU_SPACED = new RegExp(`(?:何)?某 ?${W}(?: ${W}(?= )){0,11} ${W}(?![\\p{Script=Han}\\p{Script=Katakana}ー])`, 'gu')

/** 某施設, 某有名YouTuber, 何某, 某 ス ー パ ー. */
export function bou(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('某')) return
  let spacedEnd = -1
  // A spelt-out word: one character between spaces (某 ス ー パ ー, 某 病 院).
  if (/某 ?[^ ] [^ ]/u.test(t)) {
    BOU_SPACED.lastIndex = 0
    for (const m of matchAllOf(BOU_SPACED, t)) {
      emitFuseji(t, m.index, m.index + m[0].length, '名前を伏せた書き方', '詮索や', doc, emit)
      spacedEnd = m.index + m[0].length
    }
  }
  BOU.lastIndex = 0
  for (const m of matchAllOf(BOU, t)) {
    if (m.index < spacedEnd) continue
    emitFuseji(t, m.index, m.index + m[0].length, '名前を伏せた書き方', '詮索や', doc, emit)
  }
}

/** Blind R235I-023 kind: a shop's name said not to be written (お店の名前は書きませんが, 店名は出しませんけど). */
const SHOP_NAME_HELD = /(?:お?店|店舗)(?:の)?(?:お?名前|名)(?:は|を)(?:あえて|敢えて)?(?:書き|書か|出し|出さ|言い|言わ|伏せ|控え|明かし|明かさ)(?:ません|ない|ず)/u
/** A name said to be held back (あえて名前は伏せます, 店名は控えますが) … */
const WITHHELD = /(?:あえて|敢えて)?(?:お?名前|店名|名称|施設名|実名|社名|校名|氏名|業者名|企業名)(?:は|を)(?:あえて|敢えて)?(?:伏せ|ふせ|控え|出さ|出せ|言え|書け|明かせ)(?:ます|ますが|ておきます|させて|ますね|とき|とく|ません)/gu
/** …about something bad, which invites guessing who it is (a donor's name held back at their wish is not). */
const BAD_NEWS = /食中毒|事故|トラブル|不祥事|苦情|クレーム|違反|被害|事件|迷惑|問題|不正|ミス|炎上|虫|異物|衛生|態度|悪い|ひどい|最悪/u

const DISTRICT_PERSON = /[\p{Script=Han}]{1,6}(?:町|地区|村|区)(?:の|に住む|にお住まいの|在住の)(?:方|人|男性|女性|お年寄り|おばあ|おじい|ご夫婦|ご家族|子|お子さん)/u

const AT_THEIR_WISH = /(?:ご本人|本人|ご家族|寄付者|寄附者|ご寄付|ご寄附|寄贈者)(?:様)?の(?:ご)?(?:希望|意向|要望)|匿名(?:を)?(?:希望|で)|ご寄付|ご寄附|寄贈/u

/** (`run` calls it only on a paragraph with a word of holding back: 伏せ, ふせ, 控え, 出さ, 出せ, 言え, 書け or 明かせ.) */
export function withheld(t: string, doc: RuleInput['doc'], emit: Emit): void {
  WITHHELD.lastIndex = 0
  for (const m of matchAllOf(WITHHELD, t)) {
    const s = sentenceOf(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 40), s.end + 40)
    // …or about someone placed in their district (三橋町の方がいます), whom the neighbours can then name.
    // (A name held back at the person's wish, a gift's donor, is their choice, not a riddle.)
    const district = DISTRICT_PERSON.test(around) && !AT_THEIR_WISH.test(around)
    if (!BAD_NEWS.test(around) && !INVITES_GUESS.test(around) && !district) continue
    emitFuseji(t, m.index, m.index + m[0].length, '名前を伏せたという書き方', '詮索や', doc, emit)
  }
}

/**
 * Blind R88A-002: a lone capital before the kind of business it stands for, a type word of a clinic, a shop or a trade ending the word
 * (Ｋ動物病院さん, Ｍ歯科さん, Ｓ薬局さん, Ｔ整骨院さん, Ｙ青果店さん, K建設さん), in a post that bids the reader guess why or who
 * (理由はお察しください, わかる人にはわかる, 理由は言えませんが, ご想像にお任せします): a business held back by its initial, inviting speculation.
 * With no such bid it may be the business's own name (受注したのはK建設です); a letter inside a word (ビタミンC薬局価格, JA柳川の動物病院) or
 * before a thing (B型, C棟) is none.
 */
const INITIAL_BUSINESS =
  /(?<![A-Za-z0-9&])([A-Z])(?:動物|歯科|眼科|内科|外科|小児科|皮膚科|耳鼻科|耳鼻咽喉科|産婦人科|整形外科|心療内科|総合|記念|中央)?(?:病院|医院|クリニック|診療所|歯科|小児科|内科|外科|眼科|皮膚科|耳鼻科|耳鼻咽喉科|産婦人科|婦人科|整形外科|心療内科|泌尿器科|薬局|調剤薬局|整骨院|接骨院|鍼灸院|治療院|不動産|建設|工務店|運送|青果店?|精肉店|鮮魚店|酒店|米穀店|書店|食堂|旅館|荘|山荘|民宿|旅荘|ホテル|ペンション|ゲストハウス|美容室|美容院|理容室|理髪店|保育園|幼稚園|学習塾|塾|自動車|電器|電機|商会|写真館|写真店|写真スタジオ|フォトスタジオ|スタジオ|カメラ店|印刷所?|クリーニング店?|時計店|眼鏡店|メガネ店|自転車店|家具店|花店|生花店|菓子店|洋菓子店|和菓子店|パン店|ベーカリー|料理店|飲食店|寿司|鮨|料亭|喫茶店?|カフェ|整体院|修理店|ガソリンスタンド|塗装|設備|住宅|リフォーム)(?=さん|様|さま|は|が|の|に|と|も|で|を|[、。,．！!？?（(）)」\s]|$)/gu
/**
 * Blind R97A-128: a business held back by its initial and run down in the same sentence (Ｋ小児科さんは予約が取りにくいという声をよく聞く
 * ので、別の医療機関をおすすめしています; Ａ歯科さんは説明が雑で評判がよくない; Ｓ薬局さんはやめといたほうがよかよ): a bad name pinned on a
 * business the reader is left to guess. Praise, a neutral notice and a bad remark with no initial stay clean.
 * Blind R239N-047 kind (decmaskq5): an inn held back by its initial (Ｍ荘さん, Ｋ旅館さん, Ｓ民宿さん) and complaints about it reported (料金表示が
 * 分かりにくいとのご意見が多数, 対応が悪いという声): the same bad name pinned on a business left to guess; a bare complaint word with no fault
 * named (…とのご意見をいただき、ありがとうございます) is not one.
 */
const BUSINESS_RUN_DOWN =
  /(?:にくい|づらい|悪い|高い|遅い|汚い|うるさい|不親切|不明瞭|分かりづらい|不透明|ひどい|雑だ)(?:という|との)(?:ご?意見|お?声|苦情|ご?指摘|通報)|評判が(?:悪|わる|よくな|良くな|いまいち|イマイチ)|(?:予約|電話)が(?:取りにく|とりにく|取れにく|取れな|とれな|つながりにく|繋がりにく|つながらな|繋がらな)|(?:対応|態度|接客|説明|腕|愛想)が(?:悪|わる|ひど|雑|冷た|いまいち|イマイチ|よくな|良くな)|待たされ|待ち時間が(?:長|ひど)|(?:別の|ほかの|他の)[^。！？!?\n]{0,8}?(?:を|に)(?:おすすめ|お勧め|お薦め|すすめ|勧め)|(?:おすすめ|お勧め|お薦め)(?:しません|できません|しない|せん)|(?:避け|やめ|止め)(?:た|と|とい)た?(?:ほう|方)が|行かん?ない?(?:ほう|方)が|大きな声では言え|苦情|クレーム|トラブル|不祥事|食中毒|異物|最悪/u
/**
 * Blind R417S-041 kind: a business held back by its initial (Ｋ写真館さん, Ｍ印刷さん, Ｓクリーニング店さん) said to get things wrong as a
 * rule: a fault or a redo said to happen often (撮り直しになるケースが多い, やり直しが多発, 不備が多い, ミスが続出, 規格外のことが多い), or the
 * reader sent to another one (ほかの写真館がおすすめ, 別のお店をおすすめします). A business named in full, or an initial with praise or a
 * neutral notice (Ｋ写真館さんで撮影会を行います), stays clean.
 */
const BUSINESS_FAULTS =
  /(?:撮り直し|取り直し|やり直し|作り直し|刷り直し|再撮影|再提出|再発行|不備|不具合|ミス|間違い|間違え|失敗|不良|規格外|故障|返品|返金)[^。！？!?\n]{0,14}?(?:ケースが(?:多|よくあ|目立)|ことが(?:多|よくあ|目立)|例が(?:多|目立)|が(?:多い|多く|多発|続出|目立)|ばかり|ばっかり|続き)|(?:別の|ほかの|他の)[^。！？!?\n]{0,8}?が(?:おすすめ|お勧め|お薦め|無難|安心|確実)/u
/** A bid to guess why a business is left out or what it is about: a reason withheld (理由はお察しください, 事情は言えませんが, ご想像にお任せします). */
const REASON_WITHHELD =
  /(?:理由|事情|経緯|わけ|訳|なぜ|なんで|なして|どうして)(?:か)?(?:は|について(?:は)?|、)\s?(?:お察し|察して|察し|ご想像|想像に|言えません|言えない|言えんけど|言えんばってん|書けません|書けない|申し上げられません|内緒|ないしょ|ナイショ|秘密|ひみつ)|ご想像に(?:お任せ|おまかせ)|想像に(?:お任せ|おまかせ|任せ)/u

/**
 * Blind R93A-058: a district named by a lone capital before the kind of place it is (Ｋ町, Ｓ団地, Ｍ地区, Ｈ自治会, Ｔ校区), its residents
 * singled out: called on to own up (Ｋ町の皆さん、心当たりがありますよね？, 自覚はおありですよね, 心当たりあるやろ？) or the reader bid to
 * guess (わかる人にはわかる, 理由はお察しください). The neighbours are left to guess which town and who in it. With no such call the letter
 * may be a plan's label (A地区は月曜日、B地区は木曜日; Ｋ町公民館で説明会); a request to come forward (お心当たりの方はご連絡ください) asks
 * for help, not for a confession.
 */
const INITIAL_DISTRICT =
  /(?<![A-Za-z0-9&])([A-Z])(?:町|地区|団地|自治会|校区|行政区|集落|区|村|丁目)(?=[ぁ-ゖ、。,．！!？?」』）)\s]|内|周辺|界隈|付近|住民|在住|$)/gu
/**
 * Blind R211D-021: a public place named by a lone capital before the kind of place it is (Ｋ公園, Ｓ小学校, Ｍ駅, Ｔ神社, Ｈマンション), the post
 * itself saying the place or its name is held back (場所は伏せておきます, 名前は出せませんが, どこかは内緒): a 伏せ字 the post owns to, the
 * neighbours left to guess which park. With no such word the letter may be a plan's label (A公園とB公園で交互に, 集合はC駐車場).
 */
const INITIAL_PLACE =
  /(?<![A-Za-z0-9&])([A-Z])(?:公園|広場|緑地|公民館|集会所|体育館|グラウンド|運動場|小学校|中学校|高校|学校|駅|神社|寺|マンション|アパート|スーパー|コンビニ|商店街|交差点|橋|海岸|駐車場|駐輪場|施設)(?=[ぁ-ゖ、。,．！!？?」』（(）)\s]|内|周辺|付近|近く|前|$)/gu
/** The post says a place or its name is held back: 場所は伏せておきます, 名前は出せませんが, 公園名は控えます, どこかは内緒. */
const PLACE_HELD_BACK =
  /(?:場所|名前|名称|公園名|施設名|店名|地名|町名|地区名|校名|駅名|どこ(?:か|と)?)(?:は|を|も)?(?:あえて|敢えて|一応|いちおう)?(?:伏せ|ふせ|出さ|出せ|言え|書け|明かせ|明かさ|控えます|控えさせ|控えてお|内緒|ナイショ|ないしょ|秘密|ひみつ)/u
/** A call on a district's residents to own up: 心当たりがありますよね？, 自覚はおありでしょう, 心当たりあるやろ？, 心当たりがあるのではないですか. */
const OWN_UP =
  /(?:心当たり|身に覚え|自覚)(?:が|は)?\s?(?:ある|あり|あっ|おあり)[^。！？!?\n]{0,10}?(?:よね|でしょ|やろ|じゃろ|っちゃない|っちゃなか|とやなか|じゃない|ない(?:です|でしょう)?か|はず)/u

/**
 * Ｈ氏, Y議員, K店さん, 関係者のＡ; not A・B contrasts of a hypothetical case (A社を退職後、B社に). Blind R64A-129: a staff member's two
 * initials parted by ・ (Ｔ・Ｍ先輩, Ｋ・Ｓ主任, Y.K先輩) with a workplace title or relation (先輩, 後輩, 主任, 主査, 所長): one colleague hidden,
 * the post inviting guesses; a letter before a thing (Tシャツ, A・Bの2コース, S・M・Lサイズ) is no one.
 */
/** A paragraph about social-media accounts, where X社 is the platform's company, not a company held back (blind R167I-084, -104). */
const X_PLATFORM = /アカウント|なりすまし|成りすまし|乗っ取|フォロー|リポスト|ポスト|ツイート|通報|凍結|認証|DM|ＤＭ|Twitter|ツイッター|SNS|ＳＮＳ|ソーシャルメディア|旧Twitter/u

/**
 * Blind R127A-061: the post says its letters are anonymisation done on purpose (※ご本人の了承を得て、匿名で掲載しています; 仮名です;
 * お名前はイニシャルで表記): a testimonial's Aさん（30代・東京から移住） is a voice kept anonymous as promised, not a name hidden to be
 * guessed. (A bare 匿名 is no declaration: 匿名の通報によると、K氏が….)
 */
const DECLARED_ANONYMOUS =
  /匿名(?:で|にて|として|の形で)(?:の)?(?:掲載|紹介|ご紹介|記載|表記|お届け|公開|引用)|(?:お名前|氏名|名前|人名)(?:は|を)?(?:すべて|全て)?(?:仮名|イニシャル|アルファベット)(?:で|に|と|を|です|表記)|仮名(?:で|にて|です|を使|としています|表記)|(?:ご)?本人(?:様)?の(?:ご)?(?:了承|了解|同意|承諾|許可)を(?:得|いただ|頂)[^。\n]{0,20}?(?:匿名|イニシャル|仮名)/u

/** (`run` calls it only on a paragraph with a capital letter.) */
export function initials(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
  // Blind R257P-057 kind: a case study never bids the reader guess who it is; a post that does (誰だか分かった方は、こっそりコメントで)
  // hides a real person behind the letters, whatever else reads as a case (ポスターのモデルは…Ｍ・Ｔさん).
  if (on & ON.caseContext && CASE_CONTEXT.test(t) && !INVITES_GUESS.test(t)) return
  if (DECLARED_ANONYMOUS.test(t) && !INVITES_GUESS.test(t) && !BAD_NEWS.test(t)) return
  // Each lone capital with what follows it: A社 … B社 are cases set side by side (hypothetical);
  // A課のBさん names two different things, one real person.
  const letters = new Map<string, Set<string>>()
  for (const m of t.matchAll(/(?<![A-Za-z0-9])([A-Z])(?![A-Za-z0-9])/g)) {
    let next = letters.get(m[1]!)
    if (!next) letters.set(m[1]!, (next = new Set()))
    next.add(t.slice(m.index + 1, m.index + 2))
  }
  const hypothetical = (l: string) => {
    const code = l.charCodeAt(0)
    const mine = letters.get(l) ?? new Set<string>()
    return [code + 1, code - 1].some((c) => [...(letters.get(String.fromCharCode(c)) ?? [])].some((n) => mine.has(n)))
  }
  /**
   * Each match of `re` (its group 1 the letter) that is no hypothetical case and that `heldBack` reads as a real name held back:
   * `sentence` is the match's sentence, `around` it with 40 characters before and 60 after.
   */
  const eachHeldBack = (
    re: RegExp,
    heldBack: (m: RegExpExecArray, s: { start: number; end: number }, around: string) => boolean,
    how: string,
    invites: string,
  ): void => {
    re.lastIndex = 0
    for (const m of matchAllOf(re, t)) {
      if (hypothetical(m[1]!)) continue
      const s = sentenceOf(t, m.index, m.index + m[0].length)
      const around = t.slice(Math.max(0, s.start - 40), Math.min(t.length, s.end + 60))
      if (!heldBack(m, s, around)) continue
      emitFuseji(t, m.index, m.index + m[0].length, how, invites, doc, emit)
    }
  }
  // Blind R88A-002: a business held back by its initial (Ｋ動物病院さん) where the post bids the reader guess (理由はお察しください).
  eachHeldBack(
    INITIAL_BUSINESS,
    (m, s, around) =>
      (INVITES_GUESS.test(around) || REASON_WITHHELD.test(around) || BUSINESS_RUN_DOWN.test(t.slice(s.start, s.end)) || BUSINESS_FAULTS.test(t.slice(m.index, Math.min(t.length, s.end + 60)))) &&
      // (The old INITIAL already reads a letter before 病院 or 医院 alone: K病院.)
      !/^[A-Z](?:病院|医院)/u.test(m[0]),
    'イニシャルで名前を伏せた書き方',
    '人物や店の詮索や',
  )
  // Blind R93A-058: a district held back by its initial (Ｋ町の皆さん) where the post calls its residents to own up or bids the reader guess.
  eachHeldBack(INITIAL_DISTRICT, (_m, _s, around) => OWN_UP.test(around) || INVITES_GUESS.test(around) || REASON_WITHHELD.test(around), 'イニシャルで地区名を伏せた書き方', '地区や住民の詮索や')
  // Blind R211D-021: a public place held back by its initial (Ｋ公園) where the post says the place or its name is withheld.
  eachHeldBack(
    INITIAL_PLACE,
    (_m, s, around) => PLACE_HELD_BACK.test(t.slice(s.start, Math.min(t.length, s.end + 40))) || OWN_UP.test(around) || INVITES_GUESS.test(around) || REASON_WITHHELD.test(around),
    'イニシャルで場所の名前を伏せた書き方',
    '場所や関係者の詮索や',
  )
  for (const re of [INITIAL, INITIAL_OF, SPACED_INITIAL, INITIAL_SPACED_TITLE, INITIAL_SURNAME]) {
    re.lastIndex = 0
    for (const m of matchAllOf(re, t)) {
      const letter = m[1]!
      if (!m[2] && hypothetical(letter)) continue
      // Blind R167I-084: X社 is the platform's company (X Corp.) in a post about accounts (なりすましアカウントは X社に報告済み).
      if (letter === 'X' && !m[2] && t[m.index + m[0].length] === '社' && X_PLATFORM.test(t)) continue
      // A letter before 屋 is a shop's name (T屋) unless masks follow it (Ｓ＊＊＊屋さん).
      // Blind R235I-023 kind: …unless the post says the shop's name is held back or bids the reader guess it (沖端のＫ屋さん…お店の名前は書きませんが、
      // …地元の方ならピンとくるはず): then the letter hides a real shop, as Ｋ動物病院さん does.
      if (re === INITIAL && t[m.index + m[0].length] === '屋' && !/[〇○●◯◎×✕✖*＊■□]$/u.test(m[0])) {
        const s = sentenceOf(t, m.index, m.index + m[0].length)
        const around = t.slice(Math.max(0, s.start - 40), Math.min(t.length, s.end + 80))
        if (!INVITES_GUESS.test(around) && !SHOP_NAME_HELD.test(around)) continue
      }
      const a = m.index + m[0].indexOf(letter)
      const b = re === INITIAL || re === INITIAL_SURNAME ? m.index + m[0].length : a + 1
      emitFuseji(t, a, b, 'イニシャルで名前を伏せた書き方', '人物や店の詮索や', doc, emit)
    }
  }
}

/**
 * A name given away by its first letter (ある公園(頭文字はM), イニシャルはＫの店, Sから始まるお店): masked, and a
 * hint to guess it. (イニシャルはA〜Zから選べます, 頭文字をとって「YKK」 are not hints.)
 */
/*
 * Blind R235I-007 kind: the first character of a surname given in kanji, in brackets (お名前の頭文字が「古」で始まる、あの…議員さん): a hint
 * as a letter is, the brackets marking it as the name's (頭文字は大切です is no hint).
 */
const INITIAL_HINT =
  /(?:頭文字|最初の文字|一文字目|名前の最初)(?:は|が|、)?\s?[「『"]\p{Script=Han}[」』"](?:で始まる|から始まる|の)|(?:頭文字|イニシャル|最初の文字|一文字目|名前の最初)(?:は|が|だけ(?:言うと|書くと)?|を言うと|で言うと|、)?\s?[「『"]?([A-Z]|[ぁ-んァ-ヶ])[」』"]?(?![A-Za-z0-9〜~\-ー・,、&])|(?<![A-Za-z0-9])([A-Z])(?:から|で)始まる(?:名前の)?(?:店|お店|公園|施設|会社|業者|学校|病院|医院|人|方|職員|議員|地区|町)/gu

/** The hint is about one place or person held back (ある公園, とある店, 例の, あの), not a rule for everyone. */
const ONE_REFERENT = /(?:^|[^\p{Script=Han}])(?:ある|とある|例の|あの|某|問題の|噂の|うわさの)[^。！？!?\n]{0,12}$/u
/** A procedure by initials (頭文字がAの方から順に, イニシャルがA〜Mの方は): everyone's, not one. */
const BY_ORDER = /^[」』"]?(?:の方|の人|の皆|から順|順|〜|~|-|ー|の順|で始まる方|の場合|の欄|を|と)/u

/** (`run` calls it only on a paragraph with 頭文字, イニシャル, 最初の文字, 一文字目, 名前の最初 or 始まる.) */
export function initialHints(t: string, doc: RuleInput['doc'], emit: Emit): void {
  INITIAL_HINT.lastIndex = 0
  for (const m of matchAllOf(INITIAL_HINT, t)) {
    // ひらがなの頭文字 ends a word only when a particle or a bracket follows (頭文字は「や」), not 頭文字はあります.
    if (m[1] && /[ぁ-んァ-ヶ]/u.test(m[1]) && !/[「『"]/u.test(m[0])) continue
    const a = m.index
    const b = a + m[0].length
    if (m[1] && BY_ORDER.test(t.slice(b, b + 6))) continue
    // The hint stands in brackets after what it names (ある公園(頭文字はM)), or about one place held back,
    // bad news, or a call to guess.
    const s = sentenceOf(t, a, b)
    const sentence = t.slice(s.start, s.end)
    const bracketed = /[(（]\s?$/u.test(t.slice(Math.max(0, a - 2), a))
    const aboutOne = ONE_REFERENT.test(t.slice(Math.max(s.start, a - 16), a))
    if (!bracketed && !aboutOne && !BAD_NEWS.test(sentence) && !CONDUCT.test(sentence) && !INVITES_GUESS.test(t.slice(Math.max(0, s.start - 40), s.end + 60))) continue
    emitFuseji(t, m.index, m.index + m[0].length, '頭文字で名前をほのめかす書き方', '詮索や', doc, emit)
  }
}
