/**
 * Quasi-identifiers of a private person in one sentence: a name (kanji, or kana: いしばし ここな
 * さん; 様 too: 三橋町藤吉の吉原様) together with an age (11歳, （82）), a school and grade (城内小学校4年, 柳城中 3年, （小6）),
 * where they live (沖端町の…, 三橋町在住) or a house-level address. Each alone is harmless;
 * together they identify someone (4(4)). A stated consent (ご本人の了承を得て掲載) lowers the
 * finding to a note.
 */
import { matchAllOf } from '../../regex'
import { mayMatch } from '../../gate'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import { viewIndexAt, type Span } from '../../text'
import { isWordAt } from '../../words'
import { CONSENT, isExampleValue, quotedOnLine, sentenceSpan, sentencesOf, staffBefore, withoutUrls, type Emit } from './context'

/*
 * Round 118 (blind R118A-121): an office or a duty ending in 員 called with さん (各地区の水利委員さん, 防犯委員さん, 交通指導員さん,
 * 環境美化推進員さん, 消防団員さん): what someone does, as 区長さん is; no family name ends in 員.
 */
/*
 * Round 184 (noticed in R183I): a shop called by its trade with さん (パン屋さん, うなぎ屋さん, 酒屋さん, 八百屋さん, 鮮魚店さん, 米穀店さん): the
 * trade, not a family name. 屋 alone before さん (after kana: パン屋, たばこ屋) is never a name; with kanji, only the goods a shop sells (土屋,
 * 古屋, 守屋 are family names and stay names).
 */
const TRADE_YA =
  '(?:酒|魚|花|本|米|肉|茶|質|靴|傘|鍵|床|薬|桶|畳|瓦|油|炭|麺|飴|餅|鮨|鰻|蕎麦|八百|豆腐|菓子|呉服|時計|眼鏡|写真|電気|金物|荒物|乾物|古着|洋服|布団|材木|植木|文具|文房具|玩具|煙草|煎餅|饅頭|団子|寿司|焼肉|焼鳥|居酒|定食|弁当|雑貨|漬物|味噌|醤油|海苔|鮮魚|精肉|青果|果物|牛乳|新聞|仕出し?|駄菓子|蒲鉾|佃煮|提灯|表具|建具|鍛冶|仏壇|印章|判子|酒饅頭)?屋|[一-龥]{1,4}店'
/*
 * Blind R446X-043 kind: a role called with さん and no name, told as where to go for help (各団地の管理人さんにご相談ください, 担当者さん,
 * 大家さん, 家主さん, 世話人さん): what someone does, no person identified, even beside where the reader lives (市営住宅にお住まいでしたら).
 * A person named with the role (管理人の田中 正さん（72歳）) is read by the name as before.
 */
const GENERIC_NAME_WORDS =
  /^(?:皆|赤|奥|娘|息子|業者|農家|店員|職員|先生|孫|兄|姉|弟|妹|家族|親御|親子|子ども|子供|利用者|参加者|市民|住民|患者|皆様|大工|猫|犬|王|神|仏|鬼|熊|坊|嬢|僧|客|乙女|女将|親方|師匠|旦那|巡査|駅員|店長|社長|部長|課長|係長|園長|校長|会長|市長|議員|所長|館長|院長|船頭|講師|生徒|児童|園児|選手|お客|学生|小学生|中学生|高校生|皆々|方々|各位|観光客|来場者|担当|民生委員|委員|常連|管理人|世話人|世話役|管理者|担当者|責任者|代表者|後見人|代理人|保証人|大家|家主|[一-龥]?医者|[一-龥]{0,3}長|[一-龥]{0,3}員)$/u
const GENERIC_NAME = new RegExp(`(?:${GENERIC_NAME_WORDS.source})|^(?:${TRADE_YA})$`, 'u')
/**
 * Round 51: a company or a group thanked with 様 is no person (株式会社みずほ建設様, （株）ありあけ様, 三橋町自治会様,
 * やながわ商店様): the name is led by its corporate form or ends in a word for a business or a body. (Family names
 * that end in one letter of such words, 土屋, 田所, 藤堂, are not listed: only whole words are.)
 */
const ORG_FORM_BEFORE =
  /(?:株式会社|有限会社|合同会社|合資会社|合名会社|[(（]\s?[株有]\s?[)）]|㈱|㈲|(?:一般|公益)?(?:社団|財団)法人|NPO法人|特定非営利活動法人|医療法人|社会福祉法人|学校法人|宗教法人|農事組合法人)\s?(?:[\p{Script=Han}ァ-ヶー・]|(?![のがはをにへとでもや])[ぁ-ん]){0,12}$/u
const ORG_WORD_END =
  /(?:建設|工業|工務店|工業所|商事|産業|興業|商会|商店|物産|電気|電機|製作所|鉄工所|運輸|運送|組合|協会|協議会|銀行|信用金庫|信金|会社|法人|工房|農園|製菓|酒造|醸造|食品|水産|不動産|設備|技研|印刷|観光|交通|病院|医院|薬局|書店|本舗|自治会|町内会|子ども会|子供会|保存会|後援会|婦人会|老人会|商工会|青年会|振興会|同好会|実行委員会|委員会|クラブ|商店街|株式会社|有限会社)$/u
/**
 * Kana words before an honorific that are not names (みなさん, おばあちゃん, ママさん). Blind R55A-099: a role or a sport's word in
 * katakana (84歳のランナーさん, 最年少のゴルファーさん, ガイドさん, ドライバーさん) calls someone by what they do, not by name. A role held
 * by one person of a group (キャプテン, リーダー, マネージャー) is not here: with a school and grade it points at one child (R43A-140).
 */
const GENERIC_KANA =
  /^(?:みな|みんな|おばあ|おじい|おば|おじ|おっちゃ|おばちゃ|お姉|お兄|おかあ|おとう|おねえ|おにい|ばあ|じい|かあ|とう|ねえ|にい|あか|おこ|おくさ|おまわり|おいしゃ|かんごし|ぱぱ|まま|パパ|ママ|ばーば|じーじ|お客|おきゃく|うさ|くま|ねこ|いぬ|わん|にゃん|ゆるきゃら|ゆる|ほりわりん|ちび|おにい|おねえ|あなた|おひとり|ひとり|ふたり|店員|スタッフ|ボランティア|ファン|フォロワー|ユーザー|ゲスト|シェフ|オーナー|ママ友|パパ友|ランナー|ライダー|サイクリスト|ドライバー|ゴルファー|スイマー|スケーター|サーファー|ダンサー|シンガー|プレーヤー|プレイヤー|アスリート|ファイナリスト|チャレンジャー|ルーキー|ベテラン|ガイド|コーチ|トレーナー|インストラクター|ヘルパー|サポーター|メンバー|パートナー|カメラマン|ドクター|ナース|アーティスト|ミュージシャン|パティシエ|バリスタ|ソムリエ|ファーマー|ハンター|ウォーカー|ハイカー|キャンパー|ボランティアスタッフ)$/u
/*
 * Round 105 (blind HY-116): an ordinary word spelt in hiragana that ends in さん (たくさん: 沢山, ごちそうさん, おつかれさん, ごくろうさん,
 * おかげさん, おてんとさん, おじぞうさん, おぼうさん, おいなりさん): the word's own ending, no honorific, after a particle or not (方がたくさん,
 * 店もたくさん). Only before さん: たくちゃん, たくくん still call a child by name.
 */
const COMMON_SAN_WORD =
  /^(?:たく|ごちそう|ごっつぉ|おつかれ|ごくろう|おかげ|おてんと|おてんとう|おひ|おじぞう|おぼう|おしょう|おいなり|おすもう|おおや|おまつり|おひな|おだいじ|おおきに|まいど|おいでやす)$/u
/**
 * The honorifics a name is written with; さま in kana too (大坪和彦さま), not the set phrases さまざま (after a kanji
 * name only: おつかれさま, ごちそうさま, おかげさま are no names; see findNames). さんぽ is a walk (みんなでおさんぽ), no honorific.
 */
const NAME_SUFFIX = /さん(?!ぽ)|ちゃん|くん|君|様(?!宅|方)|さま(?!ざま)/g
/**
 * Blind R449A-044 kind: 様 as the suffix "-like, -ish" (髪の毛様の異物, 糸様のもの, 砂様の物質, 綿様の付着物, タール様の便): the thing it
 * describes follows with の, a substance or a finding (異物, 物質, 付着物, 症状, 陰影), or the noun before is a substance's kanji (毛, 糸, 粉,
 * 砂, 綿, 膜, 片) with もの or 物 after. Not a person's name with their matter (古賀様の症状: 古賀 is no substance, 症状 no substance word).
 */
const LIKE_THING = /^の[ 　]?(?:異物|物質|物体|付着物|浮遊物|沈殿物|混入物|粉末|液体|固形物|結晶|繊維|斑点|陰影|病変|分泌物|塊)/u
const LIKE_NOUN = /(?:毛|糸|粉|砂|綿|膜|片|泥|油|粒|泡|網|針|線|髪|煙|石|虫|カビ|ゼリー|タール|ガラス|ゴム|ビニール|プラスチック|スポンジ)$/u
const LIKE_ANY = /^の[ 　]?(?:もの|物|症状|形|色|におい|臭い)/u
function likeSuffix(t: string, p: number, after: number): boolean {
  const next = t.slice(after, after + 8)
  return LIKE_THING.test(next) || (LIKE_NOUN.test(t.slice(Math.max(0, p - 8), p)) && LIKE_ANY.test(next))
}
/** What may follow an honorific parted from its name by a space: not hiragana running on (さんぽ, くんれん), but a particle may. */
/* Blind R347P-052 kind: or the household after it (橋本 さんご夫妻, 古賀 さんご一家, 松尾 さんご家族): さんご is no coral there. */
const SPACED_HONORIFIC_END = /^(?:$|[^ぁ-ゖ]|[がはのもにをへやとだで](?![ぁ-ゖ])|ご[夫一家兄姉親])/u
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3007
}
function isKatakanaCode(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
}
function isKanaCode(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
}
const AGE =
  /(?:(?<![0-9])[0-9]{1,3}|(?<![一二三四五六七八九十百])(?:百(?:[一二三四五六七八九]?十)?[一二三四五六七八九]?|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))(?:歳|才|さい)(?!以上|以下|未満|から|~|-|代|児|以降|頃|の方|の人|の子|まで|になる方|体操|時代)/gu
/**
 * Round 107 (blind R107A-070): a birth year told of a person is as telling as an age, in any numeral form and era (昭和二十九年生まれ,
 * 昭和29年生まれ, 平成元年のお生まれ, 1954年生まれ, 一九五四年生まれ, （S29年生）, 昭和29年5月3日生まれ, 昭和29年に生まれた). Not a group
 * addressed by its birth years (昭和29年生まれの方, 昭和30年4月1日生まれまでの人, 平成元年以降に生まれた子ども): no one's age.
 */
const BIRTH_YEAR =
  /(?:(?:明治|大正|昭和|平成|令和)\s?(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})|(?<![0-9])(?:18|19|20)[0-9]{2}|[一二][九〇零][〇零一二三四五六七八九]{2}|(?<![A-Za-z])[MTSHR]\.?[0-9]{1,2})\s?年\s?(?:[0-9一二三四五六七八九十]{1,2}月\s?(?:[0-9一二三四五六七八九十]{1,3}日)?)?\s?(?:に|の)?(?:お)?(?:生まれ|うまれ|生(?=[)）、・,，\s]|$))(?!た?の?(?:方|人|皆|子ども|子供|子|お子|児童|生徒|世代|男性|女性|以降|以前)|(?:た|の)?(?:方|人)|以降|以前|から|まで|以上|以下|~|〜|～|-)/gu
/**
 * Blind R161A-069: an age that names a ceremony or a gathering of everyone of that age (二十歳のつどい, 20歳の集い, 二十歳を祝う会, 十八歳の
 * 記念式典, 二十歳を祝う式典): the event of a whole year's cohort, no one's age. (Not one person's celebration, the age led by の: 古賀ハルさんの
 * 百歳を祝う会.)
 */
const COHORT_EVENT = /^(?:の(?:つどい|集い|式典|記念式典|祝典|成人式)|を(?:祝う|祝す|記念する|迎える)(?:つどい|集い|会|式典|式|記念式典))/u
function cohortEvent(t: string, start: number, end: number): boolean {
  return COHORT_EVENT.test(t.slice(end, end + 8)) && t[start - 1] !== 'の'
}
/** An age used as the name of a group (0歳さん, 三歳さん, 1歳半さん, 2歳児さん, 1歳5か月さん): a number right before 歳 or 才 (not 千歳, a given name). */
const AGE_CALL = /(?:(?<![0-9])[0-9]{1,3}|(?<![\p{Script=Han}])[一二三四五六七八九十]{1,3})(?:歳|才)(?:半|児)?$|(?<![0-9])[0-9]{1,2}\s?(?:か|ヶ|カ|ヵ|ケ|箇)月$/u
/** An age in brackets right after a name: 野口さん（82）, （82歳）. */
const AGE_AFTER_NAME = /^[(（]\s?(?:[0-9]{1,3}|百?[一二三四五六七八九]?十[一二三四五六七八九]?|百[一二三四五六七八九]?)(?:歳|才|さい)?\s?[)）、・]/u
/** A grade in brackets right after a name: （小6）, （中2）, （高1）. */
const GRADE_AFTER_NAME = /^[(（]\s?(?:小|中|高|小学|中学|高校)[0-9一二三四五六]年?(?:生)?\s?[)）]/u
/*
 * Round 76 (blind R76A-062): a school's short name spelt in kana, as children's pages and captions write it (しろうち小 ５年, やながわ小4年,
 * ひがし中２年, カマチ小3年生): the grade after it makes it a school and grade, as 城内小5年 is. The kana run stands as a word of its own
 * (after a space, a mark or the start) and does not end in a particle (…の小5年, …は中2年 are no school names).
 */
/* Blind R168A-038: a public nursery is called 保育所 as often as 保育園 (蒲池保育所の…中園こうたくん（4さい）): the child's nursery, as 保育園 is. */
const SCHOOL =
  /(?:[\p{Script=Han}]{1,8}|[ぁ-んァ-ヶー]{2,8})(?:小学校|中学校|高校|高等学校|保育園|保育所|幼稚園|こども園|支援学校)(?:\s?[0-9一二三四五六]年(?:[0-9一二三四五六]組)?)?|(?<![0-9])[0-9]年生|(?:小学|中学|高校)\s?[0-9一二三四五六]年(?![間度目後前])|[\p{Script=Han}]{1,4}(?:小|中|高)\s?[0-9一二三四五六]年(?:生)?(?![間度目後前])|(?<![ぁ-ゖァ-ヶー])[ぁ-ゖァ-ヶー]{2,8}(?<![のはがをにでともや])(?:小|中)\s?[0-9一二三四五六]年(?:生)?(?![間度目後前])|(?<![\p{Script=Han}])(?:小|中|高)[1-6一二三四五六](?![0-9年日回時分月人名件か])|(?<![0-9\p{Script=Han}])[1-6一二三四五六]年\s?[0-9一二三四五六七八九]組(?![0-9])|(?<![\p{Script=Han}])[\p{Script=Han}]{1,4}(?:[東西南北]|第[一二三四五六])(?:小|中)(?=の)/gu
/** Blind IU-057: schools in general, no one school (市内小学校, 各中学校, 県内の高校, 市立保育園): no detail of anyone (…から、市内小学校の図書購入費として). */
const SCHOOLS_IN_GENERAL = /^(?:市内|市外|県内|県外|町内|区内|校区内|各|全|全国|近隣|周辺|地元|地域|市立|県立|国立|私立|公立|本市|当市|全市|対象)小?(?:小学校|中学校|高校|高等学校|保育園|保育所|幼稚園|こども園|支援学校)$/u
/**
 * Where someone lives: a place below the city (大和町中島在住, 西蒲池在住, 三橋町垂見にお住まい,
 * 沖端で暮らす). A city, prefecture or country (東京在住, 市内在住) is too wide to single anyone out.
 */
const RESIDENCE =
  /[\p{Script=Han}ァ-ヶノ々]{2,10}(?:在住|に住む|に住んで|にお住まい|で暮らす|で暮らして|に暮らす|に(?:転入|転居|引っ越|引越|越)して(?:こられた|来られた|きた|来た)|に(?:転入|転居)(?:された|した)|(?<![様氏君殿長員])の(?:ご自宅|自宅|お宅|ご実家)(?![\p{Script=Han}]))/gu
const WIDE_PLACE =
  /(?:市|県|都|府|道|国|州|市内|県内|町内|区内|村内|市外|県外|国内|海外|近隣|近く|近所|地元|同じ|都内|府内|道内|管内|東京|大阪|京都|福岡|北海道|関東|関西|九州|首都圏|本州|外国|地方|郊外|都会|田舎)(?:在住|に住む|に住んで|にお住まい|で暮らす|で暮らして|に暮らす|に(?:転入|転居|引っ越|引越|越)して(?:こられた|来られた|きた|来た)|に(?:転入|転居)(?:された|した)|の(?:ご自宅|自宅|お宅|ご実家))$/u
/*
 * Blind R166I-066: a city named bare as where someone lives (柳川で暮らす, 大川在住, 久留米に住んで): the account's own city (its name read
 * off the policy's public addresses, 福岡県柳川市本町… → 柳川), or one the paragraph writes with 市 elsewhere (大川市から): the whole city, as
 * 市内在住 is, too wide to single anyone out. A town or a district (三橋町で暮らす, 西蒲池在住) is read as before.
 */
/**
 * Blind R361J-058 kind: where someone's home is, told after it (家は中島のお寿司屋さんの裏手, 自宅は三橋町の…): a district with the landmark
 * the home stands by, or a town or district (…町, …地区). Not the city as a whole (家は市内の…).
 */
const HOME_IS =
  /(?:家|自宅|お家|おうち|住まい)は(?!市内|市外|県内|県外|近所|地元)[\p{Script=Han}ァ-ヶノ々]{2,10}(?:の[^。！？!?\n、]{0,12}?(?:裏|隣|近く|そば|向かい|前|横|並び|角)|(?:町|地区|村)(?:の|に|で|、|です))/gu
const RESIDENCE_TAIL = /(?:在住|に住む|に住んで|にお住まい|で暮らす|で暮らして|に暮らす|に(?:転入|転居|引っ越|引越|越)して(?:こられた|来られた|きた|来た)|に(?:転入|転居)(?:された|した)|の(?:ご自宅|自宅|お宅|ご実家))$/u
function namedCity(t: string, residence: string, cities: ReadonlyArray<string>): boolean {
  const place = residence.replace(RESIDENCE_TAIL, '')
  return /^[\p{Script=Han}]{2,4}$/u.test(place) && !/[町村区]$/u.test(place) && (cities.includes(place) || t.includes(place + '市'))
}
/** citiesOf's answers per policy list (the same list every keystroke: read once). */
const CITIES = new WeakMap<ReadonlyArray<string>, string[]>()
/** The account's own cities, read off its public addresses (福岡県柳川市本町87番地1 → 柳川); remembered per list. */
export function citiesOf(addresses: ReadonlyArray<string>): string[] {
  const known = CITIES.get(addresses)
  if (known) return known
  const out: string[] = []
  CITIES.set(addresses, out)
  for (const a of addresses) {
    const m = /(?:^|[都道府県])([\p{Script=Han}]{2,4}?)市/u.exec(a)
    if (m && !out.includes(m[1]!)) out.push(m[1]!)
  }
  return out
}
/** A birth date with the month and the day, not only the year. */
const FULL_BIRTH_DATE = /月\s?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日/u
/**
 * Blind R262J-003 kind: a private sum of money: what the city pays or buys for (補償額, 賠償金, 買収価格, 売却額, 示談金) with its amount.
 * Not a donation nor a budget (寄付金, 事業費): a donor is thanked with the sum on purpose, a budget is no one's.
 */
const PERSON_SUM =
  /(?:補償|賠償|損失補償|損害賠償|用地買収|買収|売却|売買|示談|和解)(?:額|金|価格|代金|金額)(?:は|が|の|として|[:：])?\s?(?:約|計|総額)?\s?[0-9][0-9,.]{0,12}(?:万|億|千)?円/gu
/**
 * Blind R263F-004 kind: the person told as the one who phoned or complained to the city (…さんから「舟の音がうるさい」とお電話, …さんから
 * 苦情の電話がありました, …さんより通報): a caller's name, with where they live, given away to the public. Blind R333S-051 kind (misc62): when or
 * how often may stand between the call and its verb (…というお電話を今月3回いただきました, 苦情を何度もいただいています).
 */
/**
 * Blind R333S-051 kind (misc62): …or an opinion, a request or a consultation they brought (…さんから…とのご要望をいただきました, …さんより
 * ご相談がありました): with the shop they run at a named place (本町で理容店を営む大坪さん) and a grievance told, the caller is known.
 */
const BROUGHT_AFTER =
  /^\s?(?:から|より)(?:は|も)?[、,]?[^。！？!?\n]{0,50}?(?:ご意見|ご要望|ご指摘|ご相談|ご連絡|お問い合わせ|メール|お便り|お手紙|投書|抗議)(?:を|が|も)?(?:[、,]?(?:今月|先月|先日|昨日|本日|今日|今朝|今週|先週|昨年|今年|これまで(?:に)?|以前(?:にも)?|何度(?:も|か)|何回(?:も|か)|再三(?:に(?:わた|渡)って)?|度々|たびたび|連日|毎日|毎週|毎晩|すでに|既に|[0-9０-９一二三四五六七八九十]{1,3}(?:回|度|件)(?:も|ほど|以上)?(?:にわたって|にわたり)?)){0,3}[、,]?(?:いただ|頂|頂戴|あり|あっ|寄せられ|届|入り|入っ|受け|もらい|もらっ)/u
/**
 * Blind R351R-033 kind: the complaint first, then who made it (うるさいと苦情を入れられたのは、…吉開さんご夫婦です, クレームを寄せたのは…さん,
 * 抗議の電話をかけてきたのは…さん): the cleft sentence names the complainant as CALLER_AFTER's (…さんから苦情) does.
 */
const COMPLAINANT_BEFORE =
  /(?:苦情|クレーム|抗議|お叱り)(?:の(?:お)?電話)?(?:を|の電話を)?[、,]?(?:入れ|寄せ|言(?:い|っ|わ)|申し入れ|申し出|申し立て|(?:お)?電話|かけ|され|し|くださ|いただ|伝え|訴え)[ぁ-ゖ]{0,6}?(?:た|てきた)(?:の|方|人)(?:は|が)[、,]?[^。！？!?\n]{0,24}$/u
/**
 * Blind R366P-004 kind: the caller told in a relative clause right before the name (悪臭の件で毎朝お電話くださる…の古賀さん, 騒音の苦情を何度も
 * 寄せてこられる…さん, 通報してくれた隣の…さん): who brought the grievance, as …さんから苦情 does. Counted only when the sentence tells a grievance
 * or a nuisance (COMPLAINT_TOPIC, GRIEVANCE_SAID, NUISANCE): a thank-you to a regular caller names no complainant. Bounded: 16 characters between.
 */
const CALLER_BEFORE =
  /(?:(?:お)?電話|苦情|クレーム|抗議|お叱り|ご意見|ご要望|通報|ご連絡)(?:を)?(?:[、,]?(?:何度も|毎日|毎朝|毎晩|毎週|再三|度々|たびたび|繰り返し))?(?:くださる|くださった|下さる|下さった|くれる|くれた|してくる|してきた|してくださる|してくださった|してこられる|してこられた|かけてくる|かけてきた|かけてこられる|かけてこられた|寄せ(?:る|た|てくる|てこられる|られる|られた)|入れ(?:る|た|てくる|てこられる)|される|された|なさる)[^。！？!?\n「」]{0,16}?$/u
const NUISANCE = /悪臭|異臭|騒音|臭い|におい|ニオイ|煙|野焼き|排水|汚水|汚れ|水漏れ|漏水|ごみ|ゴミ|不法投棄|落ち葉|雑草|越境|鳴き声|騒がし|うるさ/u
const CALLER_AFTER =
  /^\s?(?:から|より)[、,]?[^。！？!?\n]{0,40}?(?:と(?:の)?(?:お)?電話|(?:お)?電話(?:が|を)(?:[、,]?(?:今月|先月|先日|昨日|本日|今日|今朝|今週|先週|昨年|今年|これまで(?:に)?|以前(?:にも)?|何度(?:も|か)|何回(?:も|か)|再三(?:に(?:わた|渡)って)?|度々|たびたび|連日|毎日|毎週|毎晩|すでに|既に|[0-9０-９一二三四五六七八九十]{1,3}(?:回|度|件)(?:も|ほど|以上)?(?:にわたって|にわたり)?)){0,3}[、,]?(?:あり|あっ|いただ|頂|もら|受け)|と(?:の)?(?:苦情|通報|お叱り|クレーム)|(?:苦情|通報|お叱り|クレーム)(?:の(?:お)?電話)?(?:が|を)(?:[、,]?(?:今月|先月|先日|昨日|本日|今日|今朝|今週|先週|昨年|今年|これまで(?:に)?|以前(?:にも)?|何度(?:も|か)|何回(?:も|か)|再三(?:に(?:わた|渡)って)?|度々|たびたび|連日|毎日|毎週|毎晩|すでに|既に|[0-9０-９一二三四五六七八九十]{1,3}(?:回|度|件)(?:も|ほど|以上)?(?:にわたって|にわたり)?)){0,3}[、,]?(?:あり|あっ|いただ|頂|もら|受け|寄せ))/u
/**
 * Blind R261D-001 kind: a post owning up to a leak or a misdelivery of personal data (誤表示, 誤送付, 漏えい, 流出, 閲覧された可能性): the
 * person whose data it was, named in it, is exposed a second time.
 */
const DATA_LEAK =
  /誤表示|誤送付|誤送信|誤配(?:達|布)|誤交付|誤発送|誤封入|漏えい|漏洩|(?:情報|データ)(?:の|が)?流出|流出(?:し|させ)|誤って(?:送|表示|公開|掲載|交付|発送|送信)|閲覧(?:された|できる状態|可能な状態)/u
/**
 * Blind JJ-042 kind: the bracket after a name is the person's organisation, whose own name holds a health word (講師の森田さん（認知症の人と
 * 家族の会 福岡県支部）, （日本糖尿病協会）): their affiliation, not their condition.
 */
const ORG_IN_BRACKET = /(?:の会|協会|連合会|協議会|家族会|支部|本部|センター|病院|医院|クリニック|法人|財団|研究所|大学|学会|事務局|ネットワーク)$/u
/**
 * Where someone lives told by the town and the kind of home (大和町のアパートで一人暮らし中, 三橋町の市営住宅にお住まい,
 * 沖端町の実家で暮らして), or by the town with 一人暮らし (蒲池地区で一人暮らしの). (A home without its town,
 * アパートで一人暮らし, is anyone's.)
 */
const DWELLING =
  /[\p{Script=Han}ノヶ々]{1,6}(?:町|村|地区)[\p{Script=Han}ノヶ々]{0,4}(?:の[\p{Script=Han}ァ-ヶー]{0,6}(?:アパート|マンション|団地|住宅|社宅|寮|一軒家|借家|古民家|実家)(?:で|に)(?:一人で|ひとりで|家族と|ご家族と)?(?:一人暮らし|ひとり暮らし|独り暮らし|暮らし|住ん|お住まい|住む|暮らす|暮らして|暮らされ)|で(?:一人|ひとり|独り)暮らし)/gu
/** Where the person lives, right before the name: 大和町中島の…, 沖端町の…, 三橋地区の…. */
/**
 * Blind R316M-060 kind: a regular coming from a place, as the staff of a class or a childcare centre write it (蒲池から通ってくれている, 三橋町から
 * 毎週来てくれている, 西蒲池から通われている): where the person lives, told as where they come from.
 */
const COMMUTE =
  '(?:毎週|毎日|毎月|毎朝|毎回|いつも|わざわざ|ずっと|(?:車|バス|電車|自転車|徒歩)で|歩いて)?[、,]?(?:通って(?:くれて(?:いる|る)|くださって(?:いる|る)|いる|る|おられる|らっしゃる|いらっしゃる)|通(?:う|われて(?:いる|る)|われる)|来て(?:くれて(?:いる|る)|くださって(?:いる|る)|いる|おられる)|参加して(?:くれて|くださって)(?:いる|る))(?:の)?'
/**
 * Blind R316M-060 kind: …from a district named bare (蒲池から通ってくれている中島さん, 沖端から毎週来てくれている古賀さん): a neighbourhood below
 * the city, as 蒲池地区 is. Not a whole city or a region (福岡から, 県外から, 遠方から, the account's own city), nor a place that is no home
 * (職場から, 病院から): see `barePlaceCommute`.
 */
const BARE_PLACE_COMMUTE = new RegExp(`(?<![\\p{Script=Han}ァ-ヶー々])([\\p{Script=Han}々ヶノ]{2,4})から${COMMUTE}\\s?$`, 'u')
const NOT_BARE_PLACE =
  /(?:市|県|都|府|道|国|州|外|内|方|所|校|園|館|場|社|院|局|課|部|宅|先|元|家|店|駅|港|空港|町|村|区|地区)$|^(?:遠方|遠く|近所|近隣|周辺|地元|全国|各地|海外|国外|他県|他市|隣町|自宅|職場|会社|学校|病院|実家|東京|大阪|京都|名古屋|札幌|福岡|博多|北九州|久留米|大川|大牟田|八女|筑後|佐賀|熊本|長崎|関東|関西|九州|本州|首都圏|都会|田舎|地方|郊外|県南|県北|筑後地方|日本|中国|韓国|台湾|米国|英国|朝|夕方|昼|夜|午前|午後|今年|去年|昨年|先月|今月|以前|最近)$/u
function barePlaceCommute(before: string, t: string, cities: ReadonlyArray<string>): boolean {
  const m = BARE_PLACE_COMMUTE.exec(before)
  return m !== null && !NOT_BARE_PLACE.test(m[1]!) && !namedCity(t, m[1]!, cities)
}
const PLACE_BEFORE_NAME = new RegExp(String.raw`(?:[\p{Script=Han}]{1,6}(?:町|村|地区|区)(?:[\p{Script=Han}]|[ノヶ](?=[\p{Script=Han}])){0,4}|[\p{Script=Han}]{1,6}[0-9]{0,2}丁目|[\p{Script=Han}]{1,4}市[\p{Script=Han}ヶノ々]{2,5}(?<![課係室所部局長会館民内外場園校院署員身使者手師家士])(?:在住)?)(?:(?:在住)?の|から(?:来て(?:くれた|くださった|いただいた)|来られた|お越しの|お越しいただいた|参加(?:の|された|してくれた)|${COMMUTE}))\s?$`, 'u')
// (Blind R351R-033 kind: …or by a side of a place the post names, one kanji word with の and a direction before it: 園の東隣にお住まいの, 駅の南側に住む.)
const LIVES_BY_LANDMARK = /(?:[\p{Script=Han}ァ-ヶー]{2,10}(?:の)?|(?<![\p{Script=Han}ァ-ヶー])[\p{Script=Han}]の)(?:東|西|南|北|真|すぐ)?(?:[東西南北]側|近く|そば|裏|前|隣|向かい|付近|周辺|近辺)(?:に|で)(?:お住まい|住む|住んで(?:いる|おられる|らっしゃる)|暮らす|暮らして(?:いる|おられる))(?:の|方の)?\s?$/u
/**
 * Blind R211D-016: the shop or trade the person runs, placed by a landmark or a district right before their name (西鉄柳川駅のすぐ近くで40年続く
 * 理髪店を営む大坪さん, 三橋町で米屋を営む古賀さん, 市役所の裏で食堂を経営している堤さん): whoever passes finds the person at work, as where they
 * live tells. Not a whole city (市内でカフェを営む: too wide) nor a trade with no place (農業を営む方).
 */
const BUSINESS_BY_PLACE =
  /(?:[\p{Script=Han}ァ-ヶー]{2,10}(?:の)?(?:すぐ)?(?:近く|そば|裏|前|隣|向かい|付近|周辺|近辺|並び|角)|[\p{Script=Han}]{1,6}(?:町|村|地区)[\p{Script=Han}]{0,4})(?:に|で)[^。！？!?\n、]{0,16}?を(?:営む|営んで(?:いる|おられる|いらっしゃる|らっしゃる)|経営する|経営して(?:いる|おられる|いらっしゃる)|切り盛りする|切り盛りして(?:いる|おられる|いらっしゃる))(?:の)?\s?$/u
/**
 * Round 44: a visit to the city's counter told with its time and business, right before the name (本日午前に転入届を出された
 * …佐藤様, 昨日14時ごろ国保の手続きにお越しになった古賀さん): staff and everyone in the lobby then knows who it was, and the
 * post tells what they came for.
 */
const VISIT_BEFORE_NAME =
  /(?:本日|今日|昨日|先ほど|さきほど|今朝|午前|午後|[0-9]{1,2}時|[0-9]{1,2}日)[^。！？!?\n]{0,16}?(?:届|申請|手続き|手続|申告|相談|来庁|窓口|受付)[^。！？!?\n]{0,8}?(?:出された|出されていた|提出された|された|来られた|来た|来てた|来ていた|来庁された|お越しの|お越しになった|お越しいただいた|見えた|いらした|いらっしゃった)(?:方の|方、)?[^。、！？!?\n「」]{0,8}?\s?$/u
/**
 * A person's nationality, country of origin or residence status told of them (only added to other details): in the bracket
 * after the name (佐藤様（ベトナムから来られた技能実習生の方）) or right before it (中国籍の, 留学生の).
 */
const ORIGIN =
  /(?:[ァ-ヶー]{2,10}|中国|韓国|台湾|香港|朝鮮|米国|英国|外国|海外)(?:出身|国籍|籍|から来日)|技能実習生|実習生|特定技能|留学生|研修生|在留資格|永住者|定住者|難民|外国人労働者|外国籍/u
const ORIGIN_BEFORE_NAME = new RegExp(`(?:${ORIGIN.source})(?:の方)?(?:の|で|、)[^。、！？!?\\n]{0,8}?\\s?$`, 'u')
/** A place below the city as one item of a bracket: 三橋町, 柳川市大和町中島, 両開地区. */
const BRACKET_PLACE = /^[\p{Script=Han}ァ-ヶノ々]{0,8}(?:町|村|地区)[\p{Script=Han}ァ-ヶノ々]{0,4}(?:在住)?$/u
/** A numbered ward (行政区) heading a line of a list: ・2区 古川トシ子さん. */
const WARD_BEFORE_NAME = /(?:^|[\n・･*\-])\s?[0-9一二三四五六七八九十]{1,2}区\s?$/u
/**
 * Blind KF: a neighbourhood office or a volunteer commission the named person takes (4区 野田勝さんが区長に就任されました,
 * 2区 古賀ミツ子さんが民生委員に委嘱されました): the ward or town written before the name is the office's own district, as
 * the city's notices of appointments write it, not a private detail of where the person lives.
 */
const PUBLIC_ROLE =
  '(?:副)?(?:行政区長|区長|自治会長|町内会長|公民館長|駐在員|主任児童委員|民生委員(?:・児童委員)?|児童委員|人権擁護委員|行政相談委員|保護司|消防団長|副団長|分団長|班長|組長|会長|理事長|委員長|体育委員|衛生委員|防犯委員|交通安全指導員|推進員|評議員)'
const APPOINTED = '(?:就任|着任|再任|選任|選出|任命|委嘱|選ばれ|就かれ|就き|なられ|なりま|務め|お務め|引き受け)'
/**
 * Round 71: a notice naming the first of those appointed, with how many others (吉開 トシ子様ほか1名が民生委員に委嘱されました, 野田勝さん
 * 他2名が区長に就任): the count between the name and its particle.
 */
const OTHERS_WITH = '(?:(?:ほか|他|外)[0-9一二三四五六七八九十]{1,2}(?:名|人))?'
/** The office taken after the name: が区長に就任されました, は、民生委員として委嘱され, が自治会長を務めます. */
const ROLE_TAKEN_AFTER = new RegExp(`^\\s?${OTHERS_WITH}(?:が|は|も)[、,]?[^。！？!?\\n「」]{0,12}?${PUBLIC_ROLE}(?:に|として|を)[、,]?[^。！？!?\\n]{0,6}?${APPOINTED}`, 'u')
/** …or before it: 新しい区長には、4区 野田勝さんが就任. */
const ROLE_BEFORE = new RegExp(`${PUBLIC_ROLE}(?:に|には|として)[、,]?[^。！？!?\\n]{0,10}?$`, 'u')
const APPOINTED_AFTER = new RegExp(`^\\s?${OTHERS_WITH}(?:が|は)[、,]?[^。！？!?\\n]{0,4}?${APPOINTED}`, 'u')
const NOT_PLACE = /(?:課|係|室|所|会|部|館|店|校|園|署|代表|会長|役員|委員|長|担当|職員|住民|民)の\s?$/u

/** A club named right after a school and grade: 柳城中2年 吹奏楽部の, 昭代中1年テニス部 (not a surname in 部: 城内小2年の矢部さん). */
const CLUB_AFTER_SCHOOL = /^\s?の?\s?[\p{Script=Han}ァ-ヶー]{1,6}部(?:員)?(?![\p{Script=Han}]|さん|ちゃん|くん|君|様|さま)/u
/** The next sentence says where the person lives: お家は干拓のほう, 自宅は三橋町の…, 住まいは沖端あたり. */
/*
 * Blind R158A-036: the next sentence may open with the family's surname (…みおちゃんとママの蒲池さん。⏎蒲池さんのおうちは大和町中島のパン屋さん
 * のすぐ裏): the home is the same household's.
 */
const HOME_NEXT =
  /^[\s　]{0,2}(?:(?:その子|彼女|彼|本人|ご本人|[\p{Script=Han}]{1,4}(?:さん|様|さま)|[ァ-ヶー]{2,6}(?:さん|様|さま))(?:ち|んち)?の)?(?:お家|おうち|家|自宅|ご自宅|お住まい|住まい)(?:は|が|も)(?:[^。！？!?\n]{0,16}(?:のほう|の方|あたり|辺り|付近|近く|町|地区|村|在住|に住)|[^。！？!?\n]{1,12}?の(?:裏|裏手|隣|となり|向かい|真向かい|斜め向かい|前|横|角|並び)(?:の|に|で|にある)[^。！？!?\n]{0,12}?(?:屋根|家|お宅|建物|一軒家))/u
/**
 * A health or care condition told in the bracket after a name (要配慮個人情報): 古川トシ子さん（寝たきり、酸素使用）,
 * 野田勝さん（独居、車いす）, 城戸ハルエさん（認知症）.
 */
const HEALTH_IN_BRACKET =
  /アレルギー|喘息|ぜんそく|てんかん|寝たきり|認知症|車いす|車椅子|酸素|透析|人工呼吸|障がい|障害|要介護|要支援|介護度|独居|一人暮らし|ひとり暮らし|難聴|全盲|視覚|聴覚|歩行困難|持病|糖尿|心臓|医療的ケア|精神|妊娠|入院|療養|服薬/u
/**
 * A health condition told as what the person is, right before their name (要配慮個人情報): 卵アレルギーの, 喘息のある,
 * 持病がある, 車いすの, 人工透析を受けている. (Not a condition as a topic: アレルギー対応の, 障がい者スポーツ大会に出場した.)
 */
const HEALTH_BEFORE_NAME =
  /(?:アレルギー|喘息|ぜんそく|アトピー|てんかん|糖尿病|心臓病|腎臓病|難病|持病|障がい|障害|発達障がい|発達障害|自閉症|ダウン症|難聴|弱視|全盲|車いす|車椅子|人工透析|透析|認知症|医療的ケア)(?:の|のある|がある|を持つ|をもつ|を抱える|を抱えた|を受けている|が必要な)\s?(?:[^。！？!?\n、]{0,8}?(?:組|クラス|年生|歳児|学年)の\s?)?$/u
/**
 * Blind R278M-032 kind: a screening or check-up result told as what the person is, before their name (大腸がん検診で「要精密検査」となった
 * 三橋町の…様, 健診で要再検査と判定された…さん): their test result, 要配慮個人情報, as a condition before the name is. A result told of
 * everyone it applies to (要精密検査となった方は) names no one.
 */
const CHECKUP_BEFORE_NAME =
  /(?:健診|検診|人間ドック|検査)(?:の結果)?で[^。！？!?\n]{0,4}?[「『]?(?:要精密検査|要精検|要再検査|要再検|要医療|要治療|要受診|異常あり|陽性)[」』]?(?:と(?:なった|なられた|なっている|判定された|判定を受けた|判明した|診断された|された)|の)[^。！？!?\n、]{0,16}?$/u
/**
 * Round 66 (blind R66A-008, R66A-112): a welfare or disability status the city records of a person (要配慮個人情報, or as
 * sensitive): receiving public assistance (生活保護を受給中の, 生活保護受給者の), a disability certificate and its grade (療育手帳Ａ,
 * 身体障害者手帳2級, 精神障害者保健福祉手帳をお持ちの), a support or care level (障害支援区分4, 要介護3). Told of a named person (in the
 * bracket after the name, right before it as what they are, or as what the name's clause says of them), it publishes that status
 * about someone identifiable: block. (The status as a topic, 療育手帳をお持ちの方は…, 生活保護の相談は福祉課の江口さんまで, names no one.)
 */
const STATUS_CORE =
  '(?:療育手帳(?:の)?\\s?[A-C][12]?(?:判定)?|(?:療育手帳|(?:身体|精神)?障(?:害|がい)者?(?:保健福祉)?手帳)[1-6一二三四五六]級|(?:身体|精神|知的)?障(?:害|がい)(?:程度|等級)?[1-6一二三四五六]級|障(?:害|がい)支援区分\\s?[1-6一二三四五六]|要介護\\s?[1-5一二三四五]|要支援\\s?[12一二])'
/** One item of the bracket after a name: （療育手帳Ａ）, （生活保護受給中・72歳）, （身体障害者手帳1級）. */
const STATUS_IN_BRACKET = new RegExp(`^(?:${STATUS_CORE}|生活保護(?:受給|利用)?(?:中|者|世帯)?|保護受給(?:中|者)?|(?:療育|障(?:害|がい)者?)手帳(?:[A-C][12]?|所持|あり|交付)?)$`, 'u')
/** Right before the name, as what the person is: 生活保護受給者の, 生活保護を受けている, 療育手帳A判定の, 要介護3の, 障害者手帳をお持ちの. */
const STATUS_BEFORE_NAME = new RegExp(
  `(?:${STATUS_CORE}|生活保護(?:を|の)?(?:受給|利用)(?:中|者|して(?:いる|おられる)|されて(?:いる|いた))?|生活保護世帯|生活保護を受け(?:て(?:いる|おられる|いらっしゃる|いた)|と(?:る|った|んなさる|らす|らした|らる))|保護受給(?:中|者)|(?:療育手帳|(?:身体|精神)?障(?:害|がい)者?(?:保健福祉)?手帳)(?:を|の)?(?:お持ち|持って(?:いる|おられる)|所持(?:して(?:いる|おられる)|されて(?:いる|いた))?|取得(?:した|された|して(?:いる|おられる))|交付を受けた))(?:の|で|、|,)?\\s?$`,
  'u',
)
/**
 * Blind R251W-034 kind: a person named as one who applied for, or receives, relief given by means (国民健康保険税の減免を申請された蒲池にお住まい
 * の森田 勝也さん, 就学援助を受けている古賀さん, 田中さんは保育料の免除を申請され): their finances told to everyone, as 生活保護 is. The relief is a
 * reduction, exemption or deferral of a tax or fee, or a means-tested benefit; read right before the name (a place between, not staff:
 * 減免の申請を受け付けた職員の古賀さん is who handled it) or in the name's clause after it.
 */
const RELIEF = '(?:減免|免除|減額|猶予|分納|分割納付|生活保護|就学援助|児童扶養手当|医療扶助|住宅扶助|生活扶助|扶助|[\\p{Script=Han}]{0,8}給付金|生活福祉資金|緊急小口資金|特例貸付)'
const RELIEF_TAKEN = `${RELIEF}(?:の|を)?(?:申請|申し込み|申込み?)(?:を)?(?:され(?:た|て(?:いる|おられる|いた)?|ました|(?=[、,]))|し(?:た|て(?:いる|おられる|いた)|ました))|${RELIEF}(?:を|の)?(?:受給|受け)(?:され(?:た|て)|し(?:た|て)|て(?:いる|おられる|いた)|た)|${RELIEF}(?:が|を)?(?:決定|承認)(?:され(?:た|て))`
/** (Not those who did, another party: 減免を申請された方の相談に応じる…, 申請した際に対応した….) */
const RELIEF_OTHERS = '(?!方|人|者|世帯|皆|際|場合|とき|時|ら(?![ぁ-ゖ])|の(?:方|人|皆))'
const RELIEF_BEFORE_NAME = new RegExp(`(?:${RELIEF_TAKEN})${RELIEF_OTHERS}[^。！？!?\\n「」、]{0,14}?\\s?$`, 'u')
const RELIEF_AFTER_NAME = new RegExp(`^\\s?(?:さん|様|さま|氏)?(?:(?:は|が|も)[、,]?[^。！？!?\\n「」『』]{0,16}?(?:${RELIEF_TAKEN})${RELIEF_OTHERS}|から[、,]?[^。！？!?\\n「」『』]{0,16}?${RELIEF}(?:の|を)?(?:申請|申し込み|ご相談)(?:が|を)(?:あり|いただ|頂|受けま|受けた))`, 'u')
const RELIEF_STAFF_BETWEEN = /職員|担当|窓口|課|係|相談員|支援員|ケースワーカー|先生|際に|時に|ときに/u
/**
 * 生活保護の江口さん: the status before a name with no verb may be the desk a staff member works at (生活保護の江口さんに相談を); it is the
 * person's own when the sentence tells of their benefit (保護費, 支給日, 受給, ケース番号).
 */
const WELFARE_OF_BEFORE_NAME = /生活保護(?:の|、)\s?$/u
const RECIPIENT_CUE = /保護費|支給日|受給|ケース(?:記録)?(?:番号|No|ナンバー)|保護(?:の)?(?:開始|決定|廃止|停止)/u
/** …or after it, what the name's clause says of them: 江口さんは生活保護を受給中で, 亮太さんは療育手帳A判定です, 古賀さんは要介護3と認定され. */
const STATUS_AFTER_NAME = new RegExp(
  `^\\s?(?:は|が|も)[、,]?[^。！？!?\\n「」『』]{0,12}?(?:${STATUS_CORE}(?![の]?(?:方|人|皆|お?母|お?父|ご?両親|ご?主人|奥|妻|夫|娘|息子|子|お子|家族|ご家族|祖|孫|兄|姉|弟|妹))|生活保護(?:を|の)?(?:受給|利用)(?!者(?:の|を|に|へ|から|と|が|は|さん))|生活保護を受け(?![付入])|(?:療育手帳|(?:身体|精神)?障(?:害|がい)者?(?:保健福祉)?手帳)(?:を|の)?(?:お持ち|持って|所持|取得|交付を受け))`,
  'u',
)

/**
 * Where the person is right now, told with the name (only added to other details): 2階の和室（2-B）にいらっしゃる,
 * 有明中央病院の4階病棟で, ご自宅から救助され, 301号室に.
 */
const WHEREABOUTS =
  /(?:に|で)(?:いらっしゃる|おられる|避難して|避難され|避難中|入院して|入院され|入院中)|病棟|号室|[0-9一二三四五六七八九]階の[\p{Script=Han}]{1,4}(?:室|部屋)|(?:病院|医院|クリニック|施設)(?:に|で|へ)(?:搬送|入院|運ばれ|入所)|(?:ご自宅|自宅|お宅)から(?:救助|救出|搬送)/u
/**
 * Blind R327D-016, R327D-010 kinds (pisec60): when a resident's home is empty or left to a woman and child alone (山下さんのお宅は夜も留守がち,
 * ご自宅は日中は誰もいない, 夜は母子ふたりで, 平日の昼間はお一人きり): with the name, a burglar's notice of which door and when. The home as the
 * topic with its absence, or a time of day with who is left there. Not the reader's own home as a case (ご自宅を留守にする際は: no topic).
 */
const HOME_EMPTY =
  /(?:お宅|ご自宅|自宅|お家|おうち|(?<![\p{Script=Han}])家)(?:は|が|も)[、,]?[^。！？!?\n]{0,12}?(?:留守がち|留守(?:に)?(?:なる|なり|なっ|され|して|しており|している|です|の(?:日|時|こと))|留守が(?:多|続)|不在がち|空けがち|空け(?:る|て)(?:ことが多|いる|おられ|おら)|(?:誰|だれ)も(?:いな|おら)|無人)|(?:夜|夜間|夜中|日中|昼間|平日|週末|土日)(?:は|も|の間は?)[、,]?[^。！？!?\n]{0,12}?(?:母子(?:ふたり|二人|2人|だけ)|(?:お)?(?:一人|ひとり|1人)(?:きり|だけ|っきり)|(?:女性|子ども|子供|お子さん|お母さん|奥さん|娘さん|息子さん|祖母|おばあちゃん|おじいちゃん)[^。！？!?\n]{0,8}?(?:だけ(?!で(?:外出|出かけ|遊)|に(?:し|さ)|に(?:なら|なる))|のみ|(?:ふたり|二人|2人)(?:きり|だけ))|留守(?:がち|にな|にされ|で)|(?:誰|だれ)も(?:いな|おら))/gu
/**
 * A daily routine with its time (only added to other details): 毎朝7:40の西鉄バスで出勤, 毎日夕方5時ごろに犬の散歩, 平日は
 * 8時に家を出て. With a name and where they live, it tells anyone where to find the person and when.
 */
const ROUTINE =
  /(?:毎朝|毎晩|毎夕|毎日|平日は|いつも)[^。！？!?\n]{0,10}?(?:[0-9]{1,2}[:：][0-9]{2}|[0-9一二三四五六七八九十]{1,2}時(?:半|[0-9]{1,2}分)?)[^。！？!?\n]{0,16}?(?:出勤|通勤|通学|登校|下校|帰宅|散歩|ジョギング|ウォーキング|家を出|出かけ|出発|見回(?:り|る|っ|ら)|見まわ(?:り|る|っ|ら)|(?<![見巡])回(?:り|る|っ|ら)|通(?:る|っ|り)|畑に(?:出|行)|田んぼに(?:出|行))/u
/** A photo pointing the person out (only added to other details): 写真の真ん中で, 写真右, 左から2番目, 前列中央. */
const PHOTO =
  /写真(?:の|で|は)?[^。！？!?\n]{0,4}(?:真ん中|中央|右|左|手前|奥)|(?:右|左)から[0-9一二三四五]+(?:番目|人目)|(?:前列|後列)(?:の|右|左|中央|真ん中)|写っている|写ってる/u
/**
 * Circumstances of a person's household or life (only added to other details): 双子を育てて, ひとり親, ご実家も遠方,
 * 仕事を辞めるしかない, 介護をしながら, a welfare benefit received (就学援助, 児童扶養手当, 非課税世帯) or children raised alone
 * (一人で3人を育てて, 女手一つで).
 */
/*
 * Blind R264Y-002 kind: a family member's death or the household kept by the named person told (昨年お父様を亡くされ, 母を病気で亡くし, 両親を
 * 事故で亡くした; 母と弟を支えながら, 家計を支えて): the family's loss and its finances, theirs to tell, the circumstances as ひとり親 is.
 * Bounded: at most 8 characters for how they died.
 */
const BEREFT_OR_KEEPING =
  '(?:お?(?:父|母|祖父|祖母|兄|姉)(?:様|さま|さん|親)?|(?<![\\p{Script=Han}])(?:弟|妹|夫|妻|息子|娘)(?:様|さま|さん)?|ご?(?:両親|主人|家族)|奥(?:様|さま|さん)|旦那(?:様|さま|さん))を(?:[^。！？!?\\n、,]{0,8}?で)?(?:亡くし|亡くされ|失い|失っ|失われ)|(?:家計|お?(?:母|父)(?:様|さま|さん|親)?|(?<![\\p{Script=Han}])(?:弟|妹)(?:さん)?|きょうだい|兄弟|姉妹|祖父母)を(?:支え|養い|養っ)(?:ながら|て(?:い|お|き))'
const CIRCUMSTANCES = new RegExp(
  BEREFT_OR_KEEPING +
    '|' +
    String.raw`(?<![0-9])[2-9二三四五六七八九]人家族|(?<![0-9])[2-9二三四五六七八九]人目の(?:赤ちゃん|お子さん|お子様|子ども|子供|子|孫|お孫さん)|(?:奥さま|奥様|奥さん|ご主人|旦那さん|(?<![\p{Script=Han}])(?:夫|妻))と[^。！？!?\n]{0,16}?(?:娘|息子|お子|子ども|子供)|双子|三つ子|入園先が決まら|入所先が決まら|復職をあきらめ|休職中|待機児童|ひとり親|シングルマザー|シングルファザー|母子家庭|父子家庭|共働き|フルタイムで働|ご実家|実家も|介護を?しながら|介護されて|離婚|単身赴任|一人暮らし|ひとり暮らし|独居|妊娠中|不妊|失業|仕事を辞め|借金|生活が苦し|生活保護|就学援助|児童扶養手当|(?:住民税)?非課税世帯|生活困窮|(?:給食費|保育料|学用品費)(?:が|の|を|も)?(?:免除|減免|援助|補助)|(?:女手|男手)(?:一つ|ひとつ)で|(?:一人|ひとり|独り)で[0-9一二三四五六七八九]?人?(?:の子|の子ども|の子供|のお子さん)?(?:を)?[^。！？!?\n]{0,6}?育て|シングルマザー|シングルファザー`,
  'u',
)
/**
 * Blind R331R-003 kind: a loss, a divorce, debt or a job lost told of the named person as what they are (昨年ご主人を亡くされた皿垣開の矢部キヨ
 * さん, 奥様を亡くされた古賀さん, 離婚されて一人でお子さんを育てている堤さん) or in their own clause (田中さんは昨年奥様を亡くされ, 松尾さんは
 * 借金を抱えて): the household's private life, given away by the name alone, as a welfare visit's or a watch-over report's kindly words
 * tell it. A detail of its own (warn; with another detail or the full name, as any two). Not of whom the person helps or meets (…を亡くされた方の
 * 相談に乗る古賀さん, 古賀さんは、ご主人を亡くされた方々を支え): the loss must run straight into the name or be the name's own clause.
 */
const PRIVATE_LIFE =
  `(?:${BEREFT_OR_KEEPING}|(?:息子|娘|弟|妹|お孫)(?:さん|様|さま)を(?:[^。！？!?\\n、,]{0,8}?で)?(?:亡くし|亡くされ|失い|失っ|失われ)|離婚(?:され|し(?:た|て|ま))|借金(?:を抱え|があ|の返済に(?:追|苦))|(?:仕事|職)を失|失業(?:され|し(?:た|て|ま)|中)|(?:一人|ひとり|独り|女手一つ|女手ひとつ)で[^。！？!?\\n]{0,8}?育て(?:て|られ|た|る))`
const PRIVATE_LIFE_BEFORE_NAME = new RegExp(`(?:${PRIVATE_LIFE})(?:た|て(?:いる|おられる|いらっしゃる|きた|こられた|おいでの)|る|中の)?([^。！？!?\\n「」『』、,]{0,10}?)$`, 'u')
const PRIVATE_LIFE_AFTER_NAME = new RegExp(`^(?:[（(][^（()）\\n]{0,16}[)）])?\\s?(?:は|が|も|[、,])[、,]?[^。！？!?\\n「」『』]{0,20}?(?:${PRIVATE_LIFE})(?!(?:た|る|て(?:いる|おられる))?(?:方|人|者|皆|ご家族|家族|子ども|子供|お子さん|世帯))`, 'u')
/** Blind R365N-013 kind: the number of children as a bracket's item (お子さん3人, 子ども2人, 小学生の子2人). */
const BRACKET_CHILDREN = /^(?:[^()（）]{0,6}の)?(?:お子さん|お子様|子ども|子供|子|息子さん|娘さん|お孫さん)(?:が)?\s?(?:[1-9]|[一二三四五六七八九])(?:人|名)$/u
/** Blind R365N-013 kind: a household's private life as a bracket's item (昨年秋に離婚, ひとり親, 夫と死別, 単身赴任中). */
const BRACKET_LIFE = /^[^()（）]{0,10}?(?:離婚|死別|別居|ひとり親|シングルマザー|シングルファザー|母子家庭|父子家庭|単身赴任|失業|休職)(?:中|済み?|後|され(?:た|て)|し(?:た|て))?$/u
/** Between the loss and the name: another person or a role the name helps (方の, 人を, 支援, 相談に乗る), so the loss is not theirs. */
const PRIVATE_LIFE_OF_OTHER = /方|(?<![一二1-9０-９])人|者|皆|世帯|支援|支え|相談|寄り添|担当|講師|職員|委員/u
/**
 * What makes naming the person harmful: their health, a rescue or evacuation, a family that cannot be
 * reached, welfare (生活保護, 就学援助, 児童扶養手当, a single parent raising children alone), debt, abuse, or a complaint or
 * distress told at a counter.
 */
/**
 * Blind R94A-062: a person's own medical state or an emergency they were in told (要配慮個人情報): a condition they have (認知症があって,
 * 持病の, 病歴), being taken to hospital or treated (救急要請は…でした, 搬送され, 入院中, 手当てを受け), how badly hurt (意識不明, 重体, 命に
 * 別状). Blind R129I-042: an infection confirmed, a positive test, home treatment (感染が確認されました, 陽性と判明, 自宅療養中).
 * Not the services' or a course's names (救急救命士, 認知症サポーター, 認知症カフェ): the state follows the word.
 */
/*
 * Blind R237M-003 kind: an illness diagnosed or a care level told as someone's present state (アルツハイマー型認知症と診断され, 糖尿病と
 * 診断を受け, 現在は要介護3, 要介護2と認定され): 要配慮個人情報 of the person or the family member told of, as 認知症がある is. Not the
 * diagnosis as whom a service is for (と診断された方, と診断された場合).
 */
/*
 * Blind R272S-021 kind: an illness told as what keeps the person in and out of hospital or under treatment (糖尿病で入退院を繰り返し,
 * 心臓病で通院しながら, がんで闘病中, 入退院を繰り返され): 要配慮個人情報 of the named person. Not whom a service is for (…で通院中の方,
 * 入退院を繰り返す方への支援).
 */
/*
 * Blind R308T-010 kind: an acute illness told as what struck the person down (脳梗塞で倒れられ, 心筋梗塞で倒れて, くも膜下出血を発症し), a lasting
 * paralysis or after-effect (右半身にまひが残って, 後遺症が残り, 左手にしびれが残る) or the rehabilitation they go through (リハビリを続けて
 * いらっしゃいます, リハビリ中, リハビリに励んで): 要配慮個人情報 of the named person. Not whom a service is for (リハビリ中の方, 後遺症が
 * 残った方への支援), not a course (リハビリ教室).
 */
/*
 * Blind R316M-060 kind: mental-health care told of the person (出産後しばらく心療内科に通っておられた, 精神科を受診され, 産後うつで, うつ病と
 * 診断され, 心の病で休職): 要配慮個人情報, as an illness treated is. Not the clinic as a place or a service (心療内科の医師, 精神科の紹介先):
 * only a visit, a treatment or the condition itself.
 */
/*
 * Blind R324M-003 kind: an illness told as what the person lives with, in the treatment they keep up (毎日のインスリン注射を続けながら, 人工透析を
 * 受けながら, 抗がん剤治療を続け, がんの手術を受け), the illness fought or lived with (心臓の病気と闘いながら, てんかんの発作と付き合いながら,
 * 難病と向き合い) or carried (ぜんそくの持病を抱え, 白血病を患い): 要配慮個人情報 of the named person, as 診断され is. Not whom a service is for
 * (透析を受けている方へ, 病気と闘う子どもたちを支援): see PATIENT_MATTER.
 */
const LIVING_WITH_ILLNESS =
  '(?:インスリン|人工透析|透析|抗がん剤|化学療法|放射線治療|在宅酸素|酸素吸入|ステロイド|免疫抑制剤)(?:の)?(?:注射|治療|療法|投与|吸入)?を(?:続け|受け|打(?:ち|っ|つ)|し(?:て|ながら)|使(?:い|っ|う))' +
  '|(?:がん|癌|腫瘍|心臓|腎臓|肝臓|脳|病気|難病|白血病|持病)の?(?:手術|治療|摘出手術)を(?:受け|続け|終え|され)' +
  '|(?:病気|難病|病|がん|癌|白血病|障害|障がい|持病|発作|症状)と(?:闘(?:い|っ|う)|たたか(?:い|っ|う)|向き合(?:い|っ|う)|付き合(?:い|っ|う)|つきあ(?:い|っ|う))' +
  '|(?:病|症|がん|癌|疾患|持病|難病)を(?:患(?:い|っ|う)|わずら(?:い|っ|う)|抱え)'
/*
 * Blind R347P-004 kind: a check-up's measurement told of the person as theirs (HbA1cが8.1とちょっと高め, 血圧が基準値を超えて, 尿酸値が高く,
 * 健診の結果が要精密検査で): the test result is 要配慮個人情報, as an illness diagnosed is. Not whom a check or a class is for (血圧が高めの方は,
 * 血糖値が高い人へ, 数値が高い場合は). Bounded: 10 characters from the measure to how it came out.
 */
const CHECKUP_RESULT =
  String.raw`(?:(?:Hb)?A1c|ヘモグロビンA1c|血糖値?|血圧|(?:LDL|HDL|悪玉|善玉)?コレステロール(?:値)?|中性脂肪|尿酸値?|γ-?GTP|肝機能|腎機能|クレアチニン)(?:の(?:値|数値))?(?:が|は)[、,]?[^。！？!?\n]{0,10}?(?:高め|高(?:く|かっ)|低め|基準(?:値)?を(?:超え|上回|下回)|上が(?:っ|り)|悪化|要精密|要再検|要治療|要医療)` +
  String.raw`|(?:健診|検診|人間ドック)(?:の)?結果(?:が|で|は)[、,]?[^。！？!?\n]{0,10}?(?:要精密検査|要精検|要再検査|要医療|要治療|異常(?:あり|が(?:見つか|あ))|引っかか|ひっかか|思わしくな|悪かっ)`
const CHECKUP_RESULT_OF = String.raw`(?:${CHECKUP_RESULT})(?![^。！？!?\n]{0,6}(?:方|人|場合|とき|時)(?:へ|に|の|を|は|が|も|たち|で))`
const PATIENT_CORE = String.raw`(?:梗塞|出血|卒中|発作|心不全|解離|腫瘍|がん|癌|病気|持病)で倒れ(?:られ|た|て|ま)|(?:脳梗塞|脳出血|脳卒中|心筋梗塞|くも膜下出血|大動脈解離|狭心症)(?:を(?:発症|患)|に(?:なら|なっ|かか)|の(?:後遺症|発作|ため))|(?:まひ|麻痺|マヒ|しびれ|痺れ|後遺症|障害|障がい)(?:が|も)(?:残(?:り|っ|る|られ)|あり|あって|出て)(?![^。！？!?\n]{0,6}(?:方|人)(?:へ|に|の|を|は|が|も))|(?:半身|片手|片足|手足|右手|左手|右足|左足|両足|右腕|左腕)(?:に|の)(?:まひ|麻痺|マヒ|しびれ|痺れ)|リハビリ(?:テーション)?(?:を(?:続け|受け|され|して|頑張)|に(?:励|取り組|通|通わ|専念)|中(?!の(?:方|人|患者|皆)))|(?:入退院|闘病)(?:を繰り返|され|して|し(?:た|ま|なが)|中(?!の(?:方|人|患者|皆)))(?![^。！？!?\n]{0,6}(?:方|人)(?:へ|に|の|を|は|が|も))|(?:症|病|がん|癌|疾患)で(?:入院|通院|闘病|療養|入退院)(?:中(?!の(?:方|人|患者|皆))|され|して|し(?:た|ま|なが)|を)|(?:症|病|がん|癌|腫瘍|疾患|障害|障がい)と(?:診断(?:され(?!た(?:方|人|場合|とき|時|ら))|を受け(?!た(?:方|人|場合|とき|時|ら)))|診断が(?:つ|下))|(?:現在|今|いま)は?[、,]?\s?要(?:介護|支援)\s?[1-5一二三四五](?![^。！？!?\n]{0,3}(?:以上|以下|の方|の人))|要(?:介護|支援)\s?[1-5一二三四五]と(?:認定|判定)され|認知症(?:が(?:あ|進|出)|の(?:症状|ため|診断|進行|方が)|を(?:患|発症)|で(?:徘徊|施設|入院|通院))|持病(?:が|の|で)|病歴|既往歴|(?:救急)?搬送(?:され|しま|した|先|中|後)|救急要請(?:は|が|の(?:あった|あり))|(?:骨折|(?:大)?(?:けが|ケガ|怪我)を|負傷)(?:され|し(?:た|て|ま))(?![^。！？!?\n]{0,6}(?:方|人)(?:へ|に|の|を|は|が|も))|救急車で運ばれ|入院(?:中|され|して|し(?:た|ま))|意識(?:不明|が(?:な|戻))|心肺停止|(?:手当て|治療|処置)を受け|命に別状|重体|重症で|徘徊(?:して|され|し(?:た|ま)|中)|感染(?:が|を)?(?:確認|判明)(?:され|し)|陽性(?:と(?:判明|診断)|が(?:判明|確認)|反応が)|(?:自宅|宿泊|入院)療養(?:中(?!の(?:方|人|皆|市民|患者|世帯|ご家族))|され|して)|療養中(?:です|で(?!き))|(?:心療内科|精神科|精神神経科|神経科|メンタルクリニック|メンタルヘルス科)(?:に|へ|を|で)(?:通(?:院|っ|わ|い|う)|かか|受診|入院|治療)|(?:産後|育児)(?:うつ|鬱|ウツ)|(?<![ぁ-ゖ])うつ病(?:と|を|で|に|の(?:ため|治療|症状))|鬱病(?:と|を|で|に|の(?:ため|治療|症状))|(?:心|こころ)の(?:病|病気)(?:を|で|に|と|の(?:ため|治療))` + `|${CHECKUP_RESULT_OF}`
const LIVING_WITH_ILLNESS_OF = String.raw`(?:${LIVING_WITH_ILLNESS})(?![^。！？!?\n]{0,6}(?:方|人|子ども|子供|子たち|皆|患者|家族)(?:へ|に|の|を|は|が|も|たち|さん))`
export const PATIENT_MATTER = new RegExp(`${PATIENT_CORE}|${LIVING_WITH_ILLNESS_OF}`, 'u')
/** The illness matters that named a patient before the illness lived with was read (the full name's test: see identifiablePerson). */
const PATIENT_CORE_MATTER = new RegExp(PATIENT_CORE, 'u')
const PATIENT_MATTER_ALL = new RegExp(PATIENT_MATTER.source, 'gu')
/*
 * Review misc59 kind: a plant's, a crop's or an animal's disease (いもち病と闘いながら稲を育てた, 海苔の病気と闘いながら, 果樹の病気と向き合い,
 * 樹齢100年の松は、病気と闘いながらも, 牛の病気を抱え): the farmer's or the grower's work, no one's health. Masked before an illness is read.
 */
const PLANT_ILLNESS =
  /(?:稲|水稲|米|麦|大豆|海苔|のり|ノリ|果樹|梨|柿|桃|苺|いちご|イチゴ|みかん|ミカン|ぶどう|ブドウ|野菜|作物|農作物|植物|花木|庭木|街路樹|樹木|木々|古木|大木|松|桜|柳|楠|クスノキ|苗|畑|田んぼ|家畜|牛|豚|鶏|魚|うなぎ|鰻|ペット|愛犬|愛猫)(?:の|は|も|が)?[、,]?\s?(?:病気|病害|病|持病)|(?:いもち|うどんこ|べと|炭疽|萎凋|萎黄|赤腐れ|あかぐされ|白さび|黒星|黒斑|青枯|根腐れ?|立枯れ?|モザイク|黄化|斑点|白絹|灰色かび|すす|縞葉枯|紋枯|疫)病/gu
/*
 * Review misc59 kind: an illness that is another's, told as what moved the named person or whom they help (祖父が病気と闘う姿を見て, 入院中の
 * 友達のために, 母の病気と向き合い, 透析を受ける患者さんを支える): the named person's motive or good deed, not their own health.
 */
const ILLNESS_OF_OTHER_BEFORE =
  /(?:祖父|祖母|父|母|兄|姉|弟|妹|夫|妻|息子|娘|孫|両親|親|家族|友達|友だち|友人|親友|仲間|同級生|クラスメート|チームメート|おじいちゃん|おばあちゃん|おじいさん|おばあさん|お父さん|お母さん|父親|母親)(?:さん|ちゃん|様)?(?:が|は|も|の)[^。、！？!?\n]{0,10}$/u
const ILLNESS_OF_OTHER_AFTER =
  /^(?:中)?(?:の|ている|ていた|いる|いた|る|た)?(?:友達|友だち|友人|親友|仲間|同級生|クラスメート|祖父|祖母|父|母|兄|姉|弟|妹|家族|子ども|子供|子たち|お子さん|方|人|患者|皆|男性|女性|男の子|女の子|高齢者|お年寄り|乗客|利用者|お客さん|お客様|観光客|児童|生徒|少年|少女|赤ちゃん|乳児|幼児|住民|市民|入所者|入居者)/u
/** Whether a text tells an illness (PATIENT_MATTER) of no plant and of no one else named by kin or as whom the person helps. */
function ownIllnessIn(s: string): boolean {
  const masked = s.replace(PLANT_ILLNESS, (m) => '＿'.repeat(m.length))
  for (const m of masked.matchAll(PATIENT_MATTER_ALL)) {
    const end = m.index + m[0].length
    if (ILLNESS_OF_OTHER_BEFORE.test(masked.slice(Math.max(0, m.index - 16), m.index)) || ILLNESS_OF_OTHER_AFTER.test(masked.slice(end, end + 10))) continue
    return true
  }
  return false
}
const withoutPlantIllness = (s: string): string => s.replace(PLANT_ILLNESS, (m) => '＿'.repeat(m.length))
/** Blind R95A-027: what may stand before a mascot's self-introduction: nothing, or a greeting (こんにちは！, やっほー, はーい). */
const MASCOT_OPENING = /^\s?(?:(?:こんにちは|こんにちわ|こんばんは|おはよう(?:ございます)?|やっほー?|はーい|はいさい|みなさん|みんな)[!！~〜ー、,。♪☆\s]{0,3}\s?)?$/u
/**
 * Round 104 (blind R104A-150): a service for a child's development or a family's welfare that the city keeps private who uses (発達相談, ことばの
 * 相談, 療育, 通級, 児童相談所, 児童発達支援, 放課後等デイサービス). Told as used by a named private person (通って, 利用して, 受けて), it ties the
 * person to it: sensitive, a warning alone and a block with one more detail.
 */
const SERVICE =
  /発達相談|(?:ことば|言葉)の(?:相談|教室)|療育|通級|児童相談(?:所)?|児童発達支援|発達支援|放課後等デイ(?:サービス)?|発達検査|言語訓練/u
const MAY_SERVICE = mayMatch(SERVICE)
const SERVICE_USE = /通っ|通い|通わ|通う|通われ|利用(?:し|され|中)|受け(?:て|た|ら|ま|始)|受診/u
/** Staff or a guest of the service named (言語聴覚士の古賀さん, 担当の堤さん, …さんが講師を務め): not a user. */
const SERVICE_STAFF_BEFORE = staffBefore('言語聴覚士|心理士|心理師|療法士')
/**
 * A guest named in the role the post gives them (…古賀さんを講師に, …さんをゲストとしてお迎えし, …さんをお招きして): a speaker of the
 * event, not a person whose household the event's theme (借金問題, 離婚後の暮らし) describes. Also one asked to speak, in a role or not
 * (…堤さんにPTA役員としてお話しいただきました, …さんにご講演いただき).
 */
const GUEST_AFTER_NAME = /^(?:を|に)[、,]?(?:講師|ゲスト|講演者|パネリスト|アドバイザー|コーディネーター|ファシリテーター|審査員|進行役)(?:に|として)|^を[、,]?(?:お?招き|招い|お?迎え)(?:し|て|いた)|^に[、,]?(?:[^。！？!?\n、,]{1,12}?として)?(?:お話し?(?:いただ|頂|を(?:伺|うかが|いただ|頂))|ご講演|ご説明いただ|ご登壇)/u
const SERVICE_STAFF_AFTER = /^[^。！？!?\n]{0,16}?(?:が|は|も)[^。！？!?\n]{0,20}?(?:担当|講師|指導し|相談に応じ|対応し|案内し|説明し|務め)/u
function serviceUser(t: string, n: Name, s: Span): boolean {
  if (SERVICE_STAFF_BEFORE.test(t.slice(Math.max(s.start, n.start - 14), n.start)) || SERVICE_STAFF_AFTER.test(t.slice(n.end, s.end))) return false
  const sentence = t.slice(s.start, s.end)
  if (!SERVICE_USE.test(sentence)) return false
  if (SERVICE.test(sentence)) return true
  // The service named in the sentence before or on the paragraph's first line, the name's sentence telling the use.
  const prev = s.start > 1 ? t.slice(sentenceSpan(t, s.start - 2).start, s.start) : ''
  const nl = t.indexOf('\n')
  return SERVICE.test(prev) || (nl > 0 && SERVICE.test(t.slice(0, nl)))
}

/*
 * Blind R170I-063: a registration of the family register or of residence the city received, told with those who filed it (本日受理した婚姻届…新郎の
 * 浩平さん（28）と新婦の…, 出生届を出された古賀さん, 離婚届を提出された…): whose marriage, birth or move the counter recorded is theirs to tell.
 * Not the form as a topic (婚姻届の書き方, 婚姻届を提出する際は): only one received or filed.
 */
const FAMILY_REGISTRATION =
  /(?:婚姻|離婚|出生|死亡|養子縁組|離縁|認知|転入|転出|転居)(?:届|届け|の届(?:出|け出)?)(?:書)?(?:を|が|は|も)?(?:受理(?:した|しました|され(?:た|まし)|済)|受け付け(?:た|ました|られ)|受付(?:し|され)た|提出(?:され(?:た|まし)|した)|出(?:され(?:た|まし)|した)|出しに(?:来|いら|見え))|(?:受理|受け付け)(?:した|しました|された|させていただいた)[^。！？!?\n]{0,4}?(?:婚姻|離婚|出生|死亡|養子縁組|離縁|認知|転入|転出|転居)届/u
/*
 * Blind R316M-060 kind: mental-health care or a breakdown told of the person (心療内科に通っておられた, 心の不調, メンタルを崩し, 育児ノイローゼ,
 * カウンセリングを受け) and hospital visits in any wording (病院に通われて): sensitive, as 通院 is.
 */
/*
 * Blind R327D-037 kind (pisec60): an illness told as what the person has or was born with, or an operation ahead (生まれつき心臓に疾患があり,
 * 難病を抱え, 来月…病院で手術を受ける, 手術の予定): the household's health, as 入院 is. Not whom a service is for (疾患がある方へ).
 */
const OWN_ILLNESS_HAS =
  /(?:疾患|難病|病気|持病|腫瘍)(?:が|を)(?:あり|あっ|ある|見つか|抱え|お持ち|持っ)(?![^。！？!?\n]{0,6}(?:方|人|子ども|子供|皆)(?:へ|に|の|を|は|が|も|たち))|生まれつき[^。！？!?\n]{0,12}?(?:疾患|病気|障害|障がい|難病|病|弱)|手術を(?:受け|控え|終え)(?![^。！？!?\n]{0,4}?(?:方|人|子ども|子供|子たち|患者|皆)(?:へ|に|の|を|は|が|も|たち))|手術(?:の|が)(?:予定|決ま)/u
const PERSON_SENSITIVE = new RegExp(
  OWN_ILLNESS_HAS.source + '|' +
  /(?:心療内科|精神科|精神神経科|神経科|メンタルクリニック|メンタルヘルス科)(?:に|へ|を|で)(?:通(?:院|っ|わ|い|う)|かか|受診|入院|治療)|(?:産後|育児)(?:うつ|鬱|ウツ)|(?<![ぁ-ゖ])うつ病(?:と|を|で|に|の(?:ため|治療|症状))|鬱病(?:と|を|で|に|の(?:ため|治療|症状))|(?:心|こころ)の(?:病|病気)(?:を|で|に|と|の(?:ため|治療))|(?:心|こころ)の不調|メンタル(?:の)?不調|メンタルを崩|精神的に(?:不安定|参っ|追い詰め|落ち込)|育児ノイローゼ|カウンセリング(?:を受け|に通)|(?:病院|クリニック|医院|診療所)に(?:通って|通われ|通院|かかって|かかられ)|転落し(?:た|て)|転落され|溺れ(?:た|て|かけ)|おぼれ(?:た|て|かけ)|(?:に|から)助けられ|助け出され|はねられ|(?:車|バイク|トラック)にひかれ|事故に(?:遭|あ)(?:い|っ|わ)|大けがを|重傷を|骨折し|倒れ(?:られ|た|て)|落とし物|忘れ物|拾得物|お忘れ(?:です|でした|になって|になりました)|(?:の|が)もの(?:と|だと)(?:分か|わか|判明)|崩れ落ち|倒壊|被害に遭(?:わ|い|っ)|被災され|床上浸水|床下浸水|浸水(?:被害に|し(?:た|て|ま)|され)|(?:全壊|半壊)(?:し(?:た|て|ま)|され|と(?:な|判定))|全焼|半焼|(?:窓口|役所|市役所|課)に(?:ご)?相談に(?:来られ|来|見え|いらっしゃ|お越し)|救急搬送|搬送され|入院され|意識を失|(?:合格|不合格|採否|合否)(?:通知|の通知|を|が|と|に)|採用試験|受験(?:番号|票|者)|応募(?:書類|者)|選考結果|通報(?:して|され|し|者|いただ|くださ)|(?:という|との)(?:通報|苦情)|(?:通報|苦情)が(?:あり|寄せられ|入り)|持ち主(?:が|は)[^。！？!?\n]{0,40}?(?:分か|わか|判明)|防犯登録から|至急(?:ご)?連絡|放置(?:して|され)(?:い|お)|足腰が弱|体が弱|弱ってき|体調を崩|通院|持病|物忘れ|寝込|介護が必要|見守りが必要|一人暮らし|ひとり暮らし|独り暮らし|被害に(?:遭|あ)|被害を受け|詐欺|だまされ|騙され|(?:お)?問い合わせ(?:いただ|くださ|をいただ|をくださ)|ご相談(?:いただ|くださ|に来られ|に見え)|納付書|納税|市税|固定資産税|住民税|国民健康保険税|保険料の|救助|救出|搬送|入院|病棟|手当てを受け|治療を受け|連絡が(?:と|取)れ|安否|行方不明|避難(?:して|され|中|者)|寝たきり|認知症|要介護|障がい|障害|生活保護|保護され|落とし物|落し物|拾得|お預かりしました|診察券|滞納|滞って|滞り|未納|未払|督促|差押|差し押さえ|虐待|一時保護|児童相談所|涙ながら|泣きながら|辞めるしか|離婚|ひとり親|母子家庭|父子家庭|就学援助|児童扶養手当|(?:住民税)?非課税世帯|生活困窮|(?:給食費|保育料|学用品費)(?:が|の|を|も)?(?:免除|減免|援助|補助)|(?:女手|男手)(?:一つ|ひとつ)で|(?:一人|ひとり|独り)で[0-9一二三四五六七八九]?人?(?:の子|の子ども|の子供|のお子さん)?(?:を)?[^。！？!?\n]{0,6}?育て|シングルマザー|シングルファザー|苦情|クレーム|お叱り|(?:ひきこもり|引きこもり|引き籠もり)(?:の状態|状態|がち|の生活|生活|が続|の期間)|(?:自室|部屋)から(?:出られ|出ず|出ない|出てこ)|不登校(?:の状態|状態|が続|にな)/.source,
  'u',
)
/**
 * Round 107 (blind R107A-070): a voter at the polls (期日前投票所, 投票所で, 投票に来られた, 投票を済ませた, 不在者投票をされた): whether and when
 * someone voted is theirs to tell (投票の秘密). Told in the name's sentence or the one before, it makes two details a block.
 */
const VOTED =
  /(?:期日前|不在者)投票(?:所|に|を|され|し(?:に|た|て|ま))|投票所(?:で|に|へ|には|では|に(?:は)?来|の(?:受付|入口|入り口))|投票(?:に|へ)(?:来|行|お越し|見え|いらっしゃ)|投票(?:を|は)(?:済ませ|すませ|終え|され|して)/u
/**
 * A private person named as the one who did wrong: the deed, then the doer (自転車を盗んだのは…さん, 犯人は…さん), or the
 * person, then the deed (…さんが落書きをした): an accusation.
 */
const WRONG_DEED = '(?:(?:割った|破った|壊した|汚した)まま(?:帰った|帰っていった|立ち去った|逃げた|いなくなった)|盗んだ|盗んでいた|万引き(?:を)?した|いたずら(?:を)?した|壊した|落書き(?:を)?した|不法投棄(?:を)?した|ポイ捨て(?:を)?した|放火した|ひき逃げした|当て逃げした|無断で持ち去った)'
/** Matters that expose a named person to the public's anger: complaints about them, arrears, a trouble they caused. */
const EXPOSING = /接触事故|(?:お)?支払(?:い)?(?:いただいて|って|われて|されて)(?:い|お)(?:ない|らっしゃらない|られない|りません|ません)|納めて(?:い|お)(?:ない|られない|りません)|粘られ|粘って(?:帰ら|居座)|居座(?:られ|って|り)|ごねられ|ゴネられ|怒鳴られ|クレーマー|しつこく|(?:事故|接触)の相手|相手方|苦情|クレーム|お叱り|滞納|滞って|未納|未払|督促|差押|差し押さえ|トラブル|放置され|注意(?:しました|した|を受け)|反省し|違反し|迷惑行為|ルールを守らず|無断で/u
/**
 * Round 111 (blind R111A-058): what a victim of domestic violence or stalking lives through, told of the named person (夫からの暴力を逃れて,
 * 元夫からのDVで, 交際相手の暴力を受け, シェルターに避難, 親族宅に身を寄せて, 避難先): their life is at risk if the abuser reads it. With any
 * detail beside the name (an age, where they live), block.
 */
/*
 * Blind R349D-042 kind: …or the person said taken in for protection from abuse (DV相談で保護された, 暴力から避難中の, 夫のDVにより一時保護され) or
 * said living at a shelter now (三橋町のシェルターで過ごされています, 保護施設で暮らしている): where she hides, told with her name. Not whom a
 * shelter or a service is for (シェルターで過ごす方へ, DVで避難された方の相談).
 */
const NOT_OF_OTHERS = '(?![^。！？!?\\n]{0,6}(?:方|人|女性|母子|親子|皆|世帯|家族|子ども|子供)(?:へ|に|の|を|は|が|も|たち|向け))'
const VICTIM_MATTER = new RegExp(String.raw`(?:夫|妻|元夫|元妻|配偶者|交際相手|元交際相手|恋人|元恋人|パートナー|内縁の[夫妻]|父親|母親|親)(?:から|からの|の)[^。！？!?\n「」]{0,8}?(?:暴力|DV|ＤＶ|虐待|暴言|つきまとい|ストーカー)|(?:暴力|DV|ＤＶ|虐待|ストーカー(?:行為)?|つきまとい)(?:を|から)(?:逃れ|避け|受け|うけ)|(?:DV|ＤＶ|ストーカー)(?:の)?被害(?:に遭|にあ|を受け)|(?:シェルター|保護施設)に(?:避難|入所|保護|身を)|身を寄せ|避難先|保護命令|(?:DV|ＤＶ|暴力|虐待|ストーカー(?:行為)?|つきまとい)(?:の)?(?:相談|被害|通報)?(?:で|により|によって|を受けて|から)[、,]?(?:一時)?(?:保護|避難)(?:され|し(?:た|て|ま)|中)${NOT_OF_OTHERS}|(?:シェルター|保護施設)(?:で|に)[、,]?[^。！？!?\n「」]{0,6}?(?:過ごさ|過ごし|暮らさ|暮らし|生活(?:され|し|を)|滞在|身を寄せ)${NOT_OF_OTHERS}`, 'u')
/**
 * Blind R349D-054 kind: the named person's sexual orientation or gender identity (要配慮個人情報 in the city's guideline), told by the partnership
 * oath they took (パートナーシップ宣誓をされた, 宣誓の第7号は…さんと…さん, 宣誓書を受け取られた) or in words (同性カップルの, 同性パートナーと, トランス
 * ジェンダーであることを): with a detail beside the name, block. Not the system explained, nor whom it is for (宣誓をされた方は, 同性カップルの方へ).
 */
const ORIENTATION_MATTER = new RegExp(
  String.raw`パートナーシップ(?:制度)?(?:の)?(?:宣誓|届出|届け出|登録|認定|証明)(?:書|カード|証)?(?:を|が|の)?(?:され|し(?:た|て|ま)|なさ|済ま|受理|交付|受け取|お受け取|行(?:い|っ|わ)|第\s?[0-9０-９一二三四五六七八九十]{1,3}\s?号)${NOT_OF_OTHERS}|同性(?:の)?(?:カップル|パートナー|の恋人|婚)${NOT_OF_OTHERS}|(?:ゲイ|レズビアン|バイセクシュアル|トランスジェンダー|同性愛者?|性同一性障(?:害|がい))(?:で(?:ある|あり|いらっしゃ|あること)|だと|と(?:公表|診断|打ち明|カミングアウト)|であることを)`,
  'u',
)
/**
 * Round 110 (blind R110A-077): a business's or a person's credit troubles told of someone named (代表 田中 義男さんは…返済が滞って, 店主の江口
 * さんは資金繰りが厳しく, 借金の返済に苦しんで): their standing with lenders, told to everyone. Warn. (Not what someone says in quotes:
 * 「資金繰りに困る事業者を支えたい」と話す代表の田中さん.)
 */
const CREDIT_MATTER =
  /返済(?:が|を)?(?:滞|遅れ|できず|できなく|とどこお)|(?:返済|支払い?|家賃|税金?)(?:を|が)?(?:[0-9一二三四五六七八九十]{1,2}(?:か|ヶ|カ|ヵ|ケ)月(?:分)?)?滞納|借金(?:が|を|の返済|を抱え)|借入(?:金)?の返済に(?:苦し|困)|資金繰り(?:が|に)(?:苦し|厳し|悪化|行き詰|困|窮)|債務超過|多重債務|自己破産|倒産寸前|不渡り/u
const BUSINESS_HEAD_BEFORE = /(?:代表|代表者|代表取締役|社長|店主|経営者|オーナー|会長|組合長)(?:の|は|で|、|,)?\s?$/u
const CREDIT_WORD = /返済|滞納|借金|借入|資金繰り|債務|自己破産|倒産|不渡り/u
function creditOfNamed(doc: Doc, t: string, names: ReadonlyArray<Name>, skip: ReadonlySet<number>, consent: boolean, emit: Emit): void {
  if (!CREDIT_WORD.test(t)) return
  const done = new Set<number>()
  for (const n of names) {
    if (quotedOnLine(t, n.start)) continue
    const sentence = sentenceSpan(t, n.start)
    if (skip.has(sentence.start) || done.has(sentence.start)) continue
    // (A word of the matter read as a name, 借金がかさんで → 借金がかさん, is no one.)
    if (CREDIT_WORD.test(t.slice(n.start, n.end))) continue
    const head = BUSINESS_HEAD_BEFORE.test(t.slice(Math.max(0, n.start - 10), n.start))
    if (!head && !isFullName(t.slice(n.start, n.end))) continue
    const said = (t.slice(sentence.start, n.start) + '\n' + t.slice(n.end, sentence.end)).replace(/「[^「」\n]{0,80}」|『[^『』\n]{0,80}』/gu, '')
    if (!CREDIT_MATTER.test(said)) continue
    done.add(sentence.start)
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: consent ? 'info' : 'warn', data: { label: '返済・滞納などの信用情報' } })
  }
}
/*
 * Blind R192D-051 kind: a private household named as the source of an outbreak or an incident (食中毒は…松尾さんのお宅が注文した仕出し弁当が原因
 * でした, 集団感染の発生源は…古賀さん宅の法事, 火事の火元は…田中さんのお宅): with what pins the household down, the neighbourhood (西蒲池の公民館で,
 * 三橋町の) or a family occasion of theirs (米寿のお祝い, 法事, 結婚式), everyone nearby knows whose house made people ill or burned. Warn; a block
 * when the sickness of those people is told too (入院された3名は、ご本人も含めて…: 要配慮個人情報). Not an outbreak whose source is no one's house
 * (原因は仕出し弁当でした（保健所発表）), not a household's occasion with nothing gone wrong (松尾さんのお宅で米寿のお祝い), not the staff who
 * looked into it (保健所の古賀さんが原因を調べています).
 */
const OUTBREAK = /食中毒|集団感染|集団発生|クラスター|ノロウイルス|感染が広が|火事|火災|出火|ぼや|ボヤ|延焼|異臭|悪臭|煙が(?:充満|広が)/u
const SOURCE_WORD = /原因|火元|出火元|発生源|感染源/u
/** The name told as the household or the person the source came from: …さんのお宅が, さん宅の, さんちで, さんが注文した. */
const HOUSEHOLD_SOURCE_AFTER = /^\s?(?:のお宅|宅|のご自宅|の自宅|のお家|のおうち|の家|ち|んち|のご一家|ご一家|のご家族)?(?:が|で|から|の|は)/u
/** Those who dealt with the matter, not its source: 保健所の古賀さん, 担当の…, 古賀さんが原因を調べ, 古賀さんによると. */
const SOURCE_STAFF_BEFORE = /(?:保健所|消防|消防署|警察|課|係|室|担当|職員|署|センター|所長|署長|医師|先生|委員)(?:の|で|、)?\s?$/u
const SOURCE_STAFF_AFTER = /^\s?(?:が|は|も|に|から|によ(?:る|れ))[^。！？!?\n]{0,16}?(?:調べ|調査|確認|説明|対応|担当|指導|発表|聞き取|立ち入|検査|によると|によれば)/u
/** A place that pins the household down: a neighbourhood's hall (西蒲池の公民館), a town or district (三橋町の, 蒲池地区で). */
const SOURCE_PLACE = /[\p{Script=Han}ヶノ々]{2,6}の(?:公民館|集会所|集会場|自治公民館|地区公民館|地区会館|コミュニティセンター|集落センター)|[\p{Script=Han}]{1,6}(?:町|村|地区)(?:[\p{Script=Han}ノヶ々]{0,4})(?:の|で|に|在住)/u
/** A family occasion of theirs: 米寿のお祝い, 還暦祝い, 法事, 結婚式, 初節句. */
const FAMILY_OCCASION =
  /(?:還暦|古希|古稀|喜寿|傘寿|米寿|卒寿|白寿|百寿|金婚|銀婚|新築|快気|長寿)(?:式)?(?:の)?(?:お)?祝い|(?:還暦|古希|古稀|喜寿|傘寿|米寿|卒寿|白寿|百寿|金婚|銀婚)(?:の)?(?:祝賀会|お祝いの会|祝いの会)|法事|法要|葬儀|お葬式|通夜|告別式|結婚式|披露宴|初節句|お宮参り|誕生日会|誕生会/u
/*
 * Blind R366P-036 kind: a neighbour's household named as the source of a nuisance the post or reply is about (水路の汚れ…お隣の松尾さんのお宅からの
 * 排水が原因でした, 騒音の原因は裏の古賀さん宅の…): the neighbourhood, and the one who complained, know whose house it is. The neighbour told by
 * where they live next to someone (お隣の, 裏の, お向かいの, ご近所の) pins the house as a district does; in a reply, to the very person next door
 * (block). Not the staff who looked into it (SOURCE_STAFF_*).
 */
const SOURCE_NUISANCE = /排水|汚水|(?:水路|側溝|川|堀|掘割)の汚れ|騒音|悪臭|異臭|臭い|におい|野焼き|煙|水漏れ|漏水|ごみ|ゴミ|落ち葉|雑草|鳴き声/u
const NEIGHBOUR_BEFORE = /(?:お隣|隣|ご近所|近所|お向かい|向かい|裏|隣家|お裏)(?:の|にお住まいの|に住む|に住んでいる)\s?$/u
function householdAsSource(doc: Doc, t: string, names: ReadonlyArray<Name>, skip: ReadonlySet<number>, consent: boolean, emit: Emit, reply = false): void {
  if (!(OUTBREAK.test(t) || SOURCE_NUISANCE.test(t)) || !SOURCE_WORD.test(t)) return
  const done = new Set<number>()
  for (const n of names) {
    if (quotedOnLine(t, n.start)) continue
    const sentence = sentenceSpan(t, n.start)
    if (skip.has(sentence.start) || done.has(sentence.start)) continue
    const said = t.slice(sentence.start, sentence.end)
    if (!SOURCE_WORD.test(said)) continue
    const prev = sentence.start > 1 ? t.slice(sentenceSpan(t, sentence.start - 2).start, sentence.start) : ''
    const outbreak = OUTBREAK.test(said) || OUTBREAK.test(prev)
    if (!outbreak && !SOURCE_NUISANCE.test(said) && !SOURCE_NUISANCE.test(prev)) continue
    if (!HOUSEHOLD_SOURCE_AFTER.test(t.slice(n.end, n.end + 8))) continue
    if (SOURCE_STAFF_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 10), n.start)) || SOURCE_STAFF_AFTER.test(t.slice(n.end, sentence.end))) continue
    const neighbour = NEIGHBOUR_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 12), n.start))
    const place = SOURCE_PLACE.test(said) || neighbour
    const occasion = FAMILY_OCCASION.test(said)
    if (!place && !occasion) continue
    done.add(sentence.start)
    const next = sentence.end < t.length ? t.slice(sentence.end + 1, sentenceSpan(t, Math.min(t.length - 1, sentence.end + 1)).end) : ''
    const sick = PATIENT_MATTER.test(said) || PATIENT_MATTER.test(next)
    const label = [place ? '住んでいる地域' : '', occasion ? '家の行事' : '', outbreak ? '食中毒・火災などの出どころ' : '苦情の原因となった家', sick ? '健康状態' : ''].filter((x) => x !== '').join('・')
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: consent ? 'info' : sick || (reply && neighbour) ? 'block' : 'warn', data: { label } })
  }
}
/*
 * Blind R140I-072: the deed told as what the person is, a relative clause before the name (当駅で万引きをした50代男性、大川市在住の古賀さん,
 * 落書きをした少年、…の田中くん): the post points at them as the doer. (Not someone who dealt with the doer: 落書きをした人を注意した田中さん.)
 */
const DEED_BEFORE = new RegExp(`(?:${WRONG_DEED}(?:の|人|者)(?:は|が)|犯人(?:は|が)|容疑者(?:は|が)?)[^。！？!?\\n]{0,24}$|${WRONG_DEED}[^。！？!?\\nをに]{0,8}?(?:男性|女性|男|女|人物|少年|少女|客|人|者|(?:高校|中学|小学|大学)生|生徒|児童|利用者)[、,は]?[^。！？!?\\nをに]{0,20}$`, 'u')
/**
 * Blind R138I-003: a private person named, even by surname alone, as the one behind a wrong the post tells of (不法投棄の郵便物の宛名の立花様、
 * 心当たりがあるはずです; 出した方は特定できています; 顔写真を公開します): a public accusation. The cue is in the name's own sentence; a call for
 * information (心当たりのある方は) or a staff member to contact (環境課の立花さんまで) is not this.
 */
export const OFFENSE = /不法投棄|万引き|窃盗|盗難|盗ん|犯人|犯罪|ポイ捨て|落書き|いたずら|当て逃げ|ひき逃げ|無断で持ち去/u
const OFFENDER_CUE =
  /心当たりが(?:ある|おあり)(?:はず|でしょう|のでは)|身に覚えが(?:ある|おあり)(?:はず|でしょう)|(?:出した|捨てた|やった|盗んだ|した)(?:方|人|者)(?:は|が|も)[^。！？!?\n]{0,6}?特定(?:でき|済|し(?:て|ま)|され)|宛名|(?:顔写真|写真|画像|映像|名前|氏名|実名)を(?:公開|公表|掲示|貼り出|さら|晒)(?:し|す)/u
const OFFENDER_NOT = /(?:課|係|室|担当|職員|署|交番|窓口|センター)(?:の)?\s?$/u
function offenderNamed(doc: Doc, t: string, names: ReadonlyArray<Name>, emit: Emit): Set<number> {
  const done = new Set<number>()
  if (!OFFENSE.test(t)) return done
  for (const n of names) {
    const s = sentenceSpan(t, n.start)
    if (done.has(s.start) || quotedOnLine(t, n.start)) continue
    if (OFFENDER_NOT.test(t.slice(Math.max(0, n.start - 8), n.start))) continue
    if (/^\s?(?:まで|へ|に)(?:ご?連絡|お問い合わせ|お知らせ|ご相談)/u.test(t.slice(n.end, n.end + 10))) continue
    if (!OFFENDER_CUE.test(t.slice(s.start, s.end))) continue
    done.add(s.start)
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '違反・犯罪の当事者であること' } })
  }
  return done
}
/**
 * Blind R252A-001 kind: a private person named as the suspect, on hearsay, of the offence the post tells of (不法投棄の現場…捨てたのは同じ町内で
 * 解体業をされている堤 正和さん（三橋町高畠）のトラックではないかとのこと; 置いていったのは…の古賀さんらしい): the plain verb of the deed
 * (捨てた, 置いていった, 持ち去った) is the offence's only where the post names one (OFFENSE), and after the name a suspicion or a report
 * (ではないか, らしい, とのこと) makes the person the accused all the same.
 */
const SUSPECT_DEED = '(?:捨てた|捨てていた|捨ててた|捨てに(?:来|き)(?:て(?:い)?)?た|捨てていった|捨てて(?:いっ|行っ)た|置いていった|置いて行った|置き去りにした|持ち去った|持って(?:いっ|行っ)た|盗った|汚した|燃やした|壊した)'
const SUSPECT_BEFORE = new RegExp(`${SUSPECT_DEED}(?:の|人|者|犯人)(?:は|が)[^。！？!?\\n]{0,24}$`, 'u')
const SUSPECT_AFTER = new RegExp(`^[^。！？!?\\n]{0,12}?(?:が|は)[^。！？!?\\n]{0,16}?${SUSPECT_DEED}(?:の|ん)?(?:では(?:ない|なかろう)か|じゃないか|に違いない|らしい|とのこと|と(?:聞|の(?:話|こと|うわさ|噂))|という(?:話|うわさ|噂)|と思われ|可能性)`, 'u')
const DEED_AFTER = new RegExp(`^[^。！？!?\\n]{0,8}?(?:が|は)[^。！？!?\\n]{0,24}?${WRONG_DEED}(?!(?:人|者|方|の|ところ|現場)(?:を|に|が|で))`, 'u')
/* A nursery's staff (保育士, 園長) work there as teachers do: 蒲池保育所の古賀さん（保育士）. */
/** Words of working at a school, as STAFF has them, without a graduate's (出身, 卒業, OB, OG). */
const STAFF_AT_SCHOOL = /教諭|先生|保育士|園長|校長|教頭|教えて|教える|勤務|勤め|講師|職員|用務員|司書|監督|コーチ/u
const STAFF = /教諭|先生|保育士|園長|校長|教頭|教えて|教える|勤務|勤め|講師|職員|用務員|司書|監督|コーチ|卒業|出身|OB|OG/u

/** A caption after `from` naming `name` (写真は受付での大坪さんご夫妻です, 📷古賀さん): the photo shows that person. */
const CAPTION_OPEN = /(?:^|[。！!？?\n])[ 　]?(?:📷|📸)?[ 　]?(?:写真|画像|photo)[ 　]?(?:は|：|:|[(（]|は、)[^。！？!?\n]{0,24}?$/u
function captionShows(t: string, from: number, name: string): boolean {
  if (name.length < 2) return false
  for (let at = t.indexOf(name, from); at >= 0 && at - from < 400; at = t.indexOf(name, at + name.length)) {
    if (CAPTION_OPEN.test(t.slice(Math.max(from, at - 40), at))) return true
  }
  return false
}

interface Name extends Span {
  /** What is written right after the name (for the bracketed age or grade). */
  after: number
  /** Where the words marked start when not at `start` (話したひかりちゃん is read whole and marked ひかりちゃん). */
  mark?: number
  /** Only a name the details may belong to, never reported on its own (大ファンのひかりちゃん: a kana run too long to read as before). */
  weak?: boolean
}
/** The span marked for a name. */
function markOf(doc: Doc, n: Name): Span {
  return doc.fromNorm(n.mark ?? n.start, n.end)
}

/**
 * Where a katakana name ending at `start` begins when it is written in parts: katakana words parted by ・ (up to three
 * more), or one katakana family name before a space (タチバナ レン). `start` itself when there is no such part, or the
 * parts are common words (ママ, スタッフ) or run on from other katakana.
 */
function katakanaParts(t: string, start: number): number {
  let s = start
  for (let n = 0; n < 3; n++) {
    const sep = t[s - 1]
    if (sep !== '・' && sep !== '･' && !(sep === ' ' && n === 0)) break
    let j = s - 1
    while (j > 0 && s - 1 - j < 8 && isKatakanaCode(t.charCodeAt(j - 1))) j--
    const part = t.slice(j, s - 1)
    if (part.length < 2 || isKatakanaCode(t.charCodeAt(j - 1)) || GENERIC_KANA.test(part)) break
    s = j
    if (sep === ' ') break
  }
  return s
}

/** The kanji that end a given name written katakana then kanji (トシ子, ミツ江, ハル代, キヨ美, フミ枝, ツル乃). */
const KANA_GIVEN_TAIL = /^[子江代美枝恵乃世香絵]$/u

/**
 * After さん宅 / さん方: the details in brackets right after it (山下正一さん宅（78歳・一人暮らし）), or one member of the home by relation with
 * an age in brackets (の長男（三十四歳）, の次女（17）). Blind R259H-006 kind.
 */
const HOME_MEMBER_AGE =
  /^(?:の(?:長男|長女|次男|次女|三男|三女|息子さん|娘さん|お嬢さん|ご主人|奥さん|奥様|お母さん|お父さん|おばあちゃん|おじいちゃん|お孫さん|孫|祖母|祖父|母親|父親)\s?)?[（(][^）)\n]{0,12}?(?:(?:[0-9０-９]{1,3}|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])(?:歳|才|代)|一人暮らし|ひとり暮らし|独居)/u
/** 宅 or 方 after さん ending its word (…さん宅（…）, …さん方で, …さん宅前の): the household's home, not さん宅配 or さん方面. */
const HOME_WORD_ENDS = /^(?:[宅方](?![\p{Script=Han}])|宅(?:前|裏|横|隣)(?![\p{Script=Han}]))/u
/** A disaster striking a home, told in the sentence: 床上浸水した, 被災された, 屋根が飛んだ, 倒壊, 全焼, 土砂が流れ込んだ. */
const HOME_STRUCK =
  /浸水|冠水|被災|倒壊|全壊|半壊|損壊|全焼|半焼|焼損|土砂(?:が|に)|がけ崩れ|崖崩れ|屋根が(?:飛|壊|破|はが|剥が)|瓦が(?:飛|落)|倒木|雨漏り|(?:水|泥)に(?:つか|浸か)|(?:台風|大雨|豪雨|地震|竜巻|火災|火事)(?:の|で)(?:被害|被災)/u
/** A name's reading in kana, in brackets right before its honorific: （そら）, (ハルト). */
// Blind R361J-027 kind: a reading of a full name, parted by a space as the name is (蒲池 陽斗（かまち はると）さん).
const READING_BEFORE = /[（(][ぁ-ゖァ-ヶー]{1,10}(?:[ 　][ぁ-ゖァ-ヶー]{1,10})?[)）]$/u

/** An office or a role ending the kanji before a spaced name (代表取締役, 社長, 理事長, 市長, 議員, 校長, 担当): a title, not a family name. */
const TITLE_END = /(?:取締役|役員|社長|会長|代表|店長|理事長?|部長|課長|係長|局長|室長|所長|館長|園長|校長|教頭|院長|市長|町長|村長|区長|議長|議員|委員長?|主任|主査|主事|先生|監督|職員|担当|組合長|班長|隊長|団長|顧問|師範|名誉市民)$/u

/*
 * Round 190 (blind, noticed on main): a kana given name written right after a verb or an adjective (市長と話したひかりちゃん, どんこちゃんと
 * 遊んだひかりちゃん, 見ているあおいちゃん, 大好きなゆいちゃん, 楽しいみなみちゃん) was read with the ending and the verb's kanji as a family name
 * (話したひかりちゃん). The ending: a past or a progressive form (…した, …った, …んだ, …いた, …いる, …ている, …てる) ends a verb whatever follows;
 * an ending any kana may also spell (…べた, …しい, …きな) only where the word segmenter cuts after it. A katakana run after the hiragana
 * (話したハルトくん) starts the name by its script. What is left for the name is two kana or more (中川いるかさん keeps its いる).
 */
const INFLECTION_SURE = /^[ぁ-ゖ]{0,3}(?:った|んだ|した|いた|いだ|いる|てる|でる)$/u
const INFLECTION_SEGMENTED = /^(?:[ぁ-ゖ]{0,3}[ぁ-ゖ][ただ]|[ぁ-ゖ]{0,2}(?:しい|きな))$/u
/** Where the name starts in the kana run [from, to) after a kanji, as an offset from `from`: after a verb's or an adjective's ending, else 0. */
function inflectionEnd(t: string, from: number, to: number): number {
  for (let c = 1; c <= to - from - 2; c++) {
    const head = t.slice(from, from + c)
    if (!/^[ぁ-ゖ]+$/u.test(head)) return 0
    if (/^[ァ-ヶー]+$/u.test(t.slice(from + c, to))) return c
    if (c < 2) continue
    if (INFLECTION_SURE.test(head)) return c
    if (INFLECTION_SEGMENTED.test(head) && isWordAt(t, from + c, to)) return c
  }
  return 0
}

/** みなさん, おばあちゃん, たくさん: a common word before the honorific `suffix`, whatever runs on before it. */
function genericKana(word: string, suffix: string): boolean {
  for (let k = 0; k + 2 <= word.length; k++) if (GENERIC_KANA.test(word.slice(k)) || (suffix === 'さん' && COMMON_SAN_WORD.test(word.slice(k)))) return true
  return false
}

/** Where a hiragana name starts in a kana run after a katakana word and a particle (ファンのひかり → 4), else 0. */
function particleAfterKatakana(word: string): number {
  for (let i = word.length - 3; i >= 1; i--) {
    if (isKatakanaCode(word.charCodeAt(i - 1)) && 'のがはとをにもや'.includes(word[i]!) && /^[ぁ-ゖ]+$/u.test(word.slice(i + 1))) return i + 1
  }
  return 0
}

function findNames(t: string): Name[] {
  const names: Name[] = []
  NAME_SUFFIX.lastIndex = 0
  for (let m = NAME_SUFFIX.exec(t); m; m = NAME_SUFFIX.exec(t)) {
    const after = m.index + m[0].length
    // Round 82 (blind R82A-044, R82A-087): a kanji name parted from its honorific by a space, as captions and letters write it (立花 凛 さん,
    // 北村 真由美 様): the name is the kanji before the space. (Only when the honorific ends its word: さんぽ, さんか are other words.)
    const spacedKanji = (t[m.index - 1] === ' ' || t[m.index - 1] === '　') && isHanCode(t.charCodeAt(m.index - 2)) && SPACED_HONORIFIC_END.test(t.slice(after, after + 2))
    // Round 104 (blind R104A-150): a kanji name with its reading in brackets before the honorific (堤 蒼空（そら）くん, 古賀 陽翔（はると）さん):
    // the name is the kanji before the bracket.
    const reading = spacedKanji ? null : READING_BEFORE.exec(t.slice(Math.max(0, m.index - 24), m.index))
    const p = spacedKanji ? m.index - 1 : reading && isHanCode(t.charCodeAt(m.index - reading[0].length - 1)) ? m.index - reading[0].length : m.index
    // さん followed by kanji is no honorific (さん橋), unless it is the person's home with their details in brackets after it
    // (山下正一さん宅（78歳・一人暮らし）): the details are the person's.
    // Blind R259H-006 kind: …or one member of that home told by their place in the family, their age in brackets (古川さん宅の長男（三十四歳）,
    // 堤さん方の次女（17）): the surname, the relation and the age name one person.
    // Blind R331R-031 kind: …or the home named as the one a disaster struck (床上浸水した…高椋邦彦さん宅（中島1234-5）に, 台風で屋根が飛んだ古賀さん方),
    // told in the name's sentence: the victim household's name, as long as 宅 or 方 ends its word (さん宅配, さん方面 are none). (A home named
    // as a venue, 三橋町の田中さん宅で子ども会, is no one's private matter.)
    if (after < t.length && isHanCode(t.charCodeAt(after)) && !(m[0] === 'さん' && '宅方'.includes(t[after]!) && (HOME_MEMBER_AGE.test(t.slice(after + 1, after + 40)) || (HOME_WORD_ENDS.test(t.slice(after, after + 3)) && HOME_STRUCK.test(t.slice(sentenceSpan(t, m.index).start, sentenceSpan(t, m.index).end)))))) continue
    // Kanji names: up to four kanji, or five (below); a family name and a given name may be parted by a space (野口 昭雄さん).
    let k = 0
    while (k < 6 && p - k - 1 >= 0 && isHanCode(t.charCodeAt(p - k - 1))) k++
    // Five kanji when the run stands alone and ends as a given name does (古賀美代子様, 佐々木由紀子さん): a family name of two and a given name of three.
    const five = k === 5 && /^(?:[のはがも、。「（(\s]|$)/u.test(t[p - 6] ?? '') && /[子美代江恵枝郎夫雄男彦介助太平治也哉樹輝奈菜香花乃世佳里理希]$/u.test(t[p - 1]!)
    // A company or a body thanked with 様 (株式会社みずほ建設様, 三橋町自治会様): no person.
    if (ORG_WORD_END.test(t.slice(Math.max(0, p - 8), p)) || ORG_FORM_BEFORE.test(t.slice(Math.max(0, p - 24), p))) continue
    // Blind R449A-044 kind: 様 as the suffix "-like" after a common noun (髪の毛様の異物, 糸様のもの, 粉様の物質): no one's honorific.
    if (m[0] === '様' && likeSuffix(t, p, after)) continue
    if (k > 0 && (k <= 4 || five)) {
      if (GENERIC_NAME.test(t.slice(p - k, p))) continue
      // Round 62 (blind GY-006/037): an age with an honorific is how a nursery calls a group of children (0歳さん, 2歳さん・3歳さん,
      // 三歳さん, 1歳半さん, 2歳児さん, 4歳ちゃん): an age, not a name. (The age still counts as a detail of a child named in the sentence.)
      if (AGE_CALL.test(t.slice(Math.max(0, p - k - 4), p))) continue
      // お子さん, ご主人様, 御社: an honorific prefix makes a common noun, not a name.
      const prefix = t[p - k - 1]
      if (prefix !== undefined && 'おご御'.includes(prefix)) continue
      let start = p - k
      // A given name of katakana and kanji after a kanji family name: 古川トシ子さん, 山本ミツ江さん.
      let kk = 0
      while (k <= 2 && kk < 3 && start - kk - 1 >= 0 && isKatakanaCode(t.charCodeAt(start - kk - 1))) kk++
      let kf = 0
      if (kk > 0) while (kf < 3 && start - kk - kf - 1 >= 0 && isHanCode(t.charCodeAt(start - kk - kf - 1))) kf++
      // Round 71: the katakana part of such a given name (トシ子, ミツ江, ハル代) is the name's own when it stands as a word, after
      // a kanji family name parted by a space (吉開 トシ子様) or alone (トシ子様): the kanji tail alone (子様) is no name.
      const kanaGiven = kf === 0 && kk >= 2 && !isKatakanaCode(t.charCodeAt(start - kk - 1)) && KANA_GIVEN_TAIL.test(t.slice(start, p))
      if (kk > 0 && kf > 0) start -= kk + kf
      else if (kanaGiven) {
        start -= kk
        if ((t[start - 1] === ' ' || t[start - 1] === '　') && isHanCode(t.charCodeAt(start - 2))) {
          let j = start - 1
          while (j > 0 && start - 1 - j < 4 && isHanCode(t.charCodeAt(j - 1))) j--
          const family = t.slice(j, start - 1)
          if (!/[0-9]/.test(t[j - 1] ?? '') && (!/[区町村市県]$/u.test(family) || /^[\p{Script=Han}][村市]$/u.test(family))) start = j
        }
      } else if (t[start - 1] === ' ' && isHanCode(t.charCodeAt(start - 2))) {
        let j = start - 1
        while (j > 0 && start - 1 - j < 4 && isHanCode(t.charCodeAt(j - 1))) j--
        // A numbered ward or a town before the space (4区 野田勝さん, 三橋町 古賀さん) is not a family name; two kanji ending
        // in 村 or 市 standing alone are one (嘉村 陽葵さん, 中村 翔太くん, 古市 美咲さん: a town or city is written longer).
        const family = t.slice(j, start - 1)
        // Blind IU-057: a title before the space (代表取締役 古川誠一様, 市長 田中さん) is the person's office, not a family name; nor is
        // anything before a name already of four kanji (family and given name both).
        if (!/[0-9]/.test(t[j - 1] ?? '') && (!/[区町村市県]$/u.test(family) || /^[\p{Script=Han}][村市]$/u.test(family)) && k < 4 && !TITLE_END.test(family)) start = j
      }
      names.push({ start, end: after, after })
      continue
    }
    if (k > 4) continue
    // Kana names: two to six kana, optionally a family name before a space (いしばし ここなさん).
    // Round 50: the honorific may be parted from a kana name by a space, as name tags and children's captions write it
    // (こうが はると くん, ゆい ちゃん, ハルト くん): the name is the kana word before the space. (Only when the honorific
    // ends its word: くんれん, さんぽ, さんか, ちゃんと are other words.)
    const q = t[p - 1] === ' ' && isKanaCode(t.charCodeAt(p - 2)) && SPACED_HONORIFIC_END.test(t.slice(after, after + 2)) && !(m[0] === 'ちゃん' && t[after] === 'と') ? p - 1 : p
    let h = 0
    while (h < 8 && q - h - 1 >= 0 && isKanaCode(t.charCodeAt(q - h - 1))) h++
    let word = t.slice(q - h, q)
    // A particle after a noun is not part of the name (保育園のゆいちゃん): the name starts after it.
    let boundary = q - h - 1 < 0 || isHanCode(t.charCodeAt(q - h - 1)) || /[\s、。,!！?？「『(（\n]/u.test(t[q - h - 1]!)
    // The last part of a katakana name written in parts (グエン・ティ・ランさん): the ・ is its boundary.
    // Blind R209I-037 kind: a kana given name set after a kanji word by ・ in apposition (長男・ゆうとくん, 次女・さくらちゃん, 主将・はるとくん):
    // the ・ is its boundary too, as 、 is.
    if (!boundary && /[・･]/u.test(t[q - h - 1]!) && (/^[ァ-ヶー]+$/u.test(word) || isHanCode(t.charCodeAt(q - h - 2)))) boundary = true
    if (word.length >= 3 && 'のがはをにへともや'.includes(word[0]!) && (q - h - 1 < 0 || isHanCode(t.charCodeAt(q - h - 1)))) {
      word = word.slice(1)
      h--
      boundary = true
    }
    // A katakana word and its particle before a hiragana given name, all one kana run (どんこちゃんの大ファンのひかりちゃん, ママのゆいちゃん):
    // the script run and the particle cut the name off, as a kanji and a particle do (保育園のゆいちゃん).
    // A name the run read as a whole (ママのゆいちゃん) keeps its reading and is marked from the particle on; one too long to read so
    // (ボランティアのみっちゃん) is only a name the details may belong to (see detailOwner), reported through another.
    const cut = particleAfterKatakana(word)
    if (cut > 0 && (h > 6 || !boundary)) {
      const given = word.slice(cut)
      if (given.length <= 6 && m[0] !== 'さま' && !genericKana(given, m[0])) names.push({ start: q - given.length, end: after, after, weak: true })
      continue
    }
    if (h < 2 || h > 6) continue
    // さま after hiragana is a set phrase (おつかれさま, ごちそうさま, おかげさま, おひさま), not a name: only a katakana name takes it.
    if (m[0] === 'さま' && !/^[ァ-ヶー]+$/u.test(word)) continue
    // みなさん, おばあちゃん: a common word, whatever runs on before it.
    if (genericKana(word, m[0])) continue
    // Kana right after a verb ending is part of the sentence, not a name (…したおばさん): need a boundary.
    if (!boundary) continue
    // A kana given name right after a verb's or an adjective's ending (話したひかりちゃん, 遊んだひかりちゃん, 見ているあおいちゃん, 楽しい
    // みなみちゃん, 話したハルトくん): the ending is the kanji's okurigana, no part of the name, and the kanji before is no family name.
    // (The name is still read as before for what the post tells of it; only the words marked start after the ending.)
    const ending = q - h - 1 >= 0 && isHanCode(t.charCodeAt(q - h - 1)) ? inflectionEnd(t, q - h, q) : 0
    const mark = ending > 0 ? q - h + ending : cut > 0 ? q - h + cut : undefined
    // A kanji family name before a kana given name: 中川ひなたさん (not after a particle).
    let start = q - h
    // A name written all in katakana, in parts: a family name before a space (ﾀﾁﾊﾞﾅ ﾚﾝくん, read タチバナ レン), or a
    // foreign name parted by ・ (グエン・ティ・ランさん, ジョン・スミスさん). A change of script before it is its boundary.
    if (/^[ァ-ヶー]+$/u.test(word)) {
      const parts = katakanaParts(t, start)
      if (parts < start) {
        names.push({ start: parts, end: after, after })
        continue
      }
    }
    let f = 0
    if (!'のがはをにへともや'.includes(t[start - 1] ?? '')) while (f < 3 && start - f - 1 >= 0 && isHanCode(t.charCodeAt(start - f - 1))) f++
    // Three kanji only right after a boundary (…2年の大津留ひなたさん), not at the end of a longer kanji compound.
    if (f > 0 && (f < 3 || start - f === 0 || /[のは、,\s（(「『・]/u.test(t[start - f - 1]!))) start -= f
    // 北原 ひかりさん: a kanji family name parted from the kana given name by a space.
    else if (f === 0 && t[start - 1] === ' ' && isHanCode(t.charCodeAt(start - 2))) {
      let j = start - 1
      while (j > 0 && start - 1 - j < 4 && isHanCode(t.charCodeAt(j - 1))) j--
      // (A grade or a count before the space, 3年 ゆうなちゃん, is no family name.)
      if (start - 1 - j >= 1 && start - 1 - j <= 3 && !/[0-9]/.test(t[j - 1] ?? '')) start = j
    }
    names.push(mark === undefined ? { start, end: after, after } : { start, end: after, after, mark })
  }
  return names
}

/**
 * A name without an honorific, with the school or age in brackets right after it, as award lists
 * and captions write it: 松尾 ゆい（柳河小3年）, 最優秀賞 古賀湊（9歳）, 江崎そうた（蒲池中2年・14歳）.
 * The bracket must hold a grade or an age; what precedes it must read as a name (2–4 kanji
 * family name, optionally a space, then kanji or kana), not an organisation or a group.
 */
const BRACKET_HINT = /[(（][^()（）\n]{0,16}(?:[小中高][1-6一二三四五六]|[0-9一二三四五六七八九十]{1,3}(?:歳|才|さい)|[0-9]年生|[小中]学[1-6一二三四五六]年)/u
const BRACKET_NAME =
  /(?<![\p{Script=Han}ぁ-んァ-ヶー])([\p{Script=Han}]{1,3}[ 　]?(?:[\p{Script=Han}]{1,3}|[ぁ-んァ-ヶー]{2,5}))[(（](?=[^()（）\n]{0,16}(?:[小中高][1-6一二三四五六]|[0-9一二三四五六七八九十]{1,3}(?:歳|才|さい)|[0-9]年生|[小中]学[1-6一二三四五六]年))/gu
const NOT_BRACKET_NAME =
  /(?:校|園|会|課|係|部|団|者|生|児|員|館|所|室|局|協|店|社|市|町|村|区|県|組|班|部門|チーム|クラブ|の部|賞|大会|教室|講座|対象|小学生|中学生|高校生|幼児|未就学児|年長|年中|年少|以上|以下|限定|まで|から|ほか|など|皆|各|計|全|名|人|歳|才)$/u
/*
 * Blind R265G-022 kind: a person named as the first item of a bracket after the word for who they are, their age among the items (職員（古賀
 * 真一・34歳・大和町鷹ノ尾在住）, 男性（堤 和男、58歳）, 会社員（江口 健・41）): a press-report style that names them in full all the same.
 * The name is a family name, a space and a given name (or kanji then kana), so a job or a sex in the bracket (職員（保健師・34歳）, 男性
 * （会社員・40歳）) is not read as one.
 */
const NAME_OPENS_BRACKET =
  /(?<=(?:職員|社員|会社員|従業員|委員|役員|教員|隊員|団員|男性|女性|男|女|人物|者|主|氏名)[(（]\s?)([\p{Script=Han}々ヶ]{1,3}[ 　](?:[\p{Script=Han}々]{1,3}|[ぁ-んァ-ヶー]{2,5}))(?=\s?[・、,，][^()（）\n]{0,16}?(?:[0-9一二三四五六七八九十]{1,3}(?:歳|才)?\s?(?:[・、,，)）])))/gu
function bracketNames(t: string, have: Name[]): Name[] {
  const out: Name[] = []
  for (const m of matchAllOf(NAME_OPENS_BRACKET, t)) {
    const start = m.index
    const end = start + m[1]!.length
    if (GENERIC_NAME.test(m[1]!) || have.some((n) => n.start <= start && start < n.end)) continue
    out.push({ start, end, after: end })
  }
  for (const m of matchAllOf(BRACKET_NAME, t)) {
    const word = m[1]!
    if (NOT_BRACKET_NAME.test(word) || GENERIC_NAME.test(word) || /(?:さん|ちゃん|くん|君|様|さま)$/u.test(word)) continue
    // Hiragana right before the bracket after kanji is often a verb or particle (作品を描いた…): only a name
    // written as kanji + space + kana, or kanji + katakana/hiragana of 2+ with a kanji family name.
    if (/[ぁ-ん]$/u.test(word) && !/[ 　]/u.test(word) && !/^[\p{Script=Han}]{1,3}[ぁ-ん]{2,5}$/u.test(word)) continue
    if (/[のがはをにへとでもや]/u.test(word.slice(1)) && !/[ 　]/u.test(word)) continue
    const start = m.index
    const end = start + word.length
    // A target group (6歳以上, 小3〜小6, 小学生の部) is not a person.
    const close = t.slice(end, end + 24).search(/[)）]/u)
    const inside = t.slice(end + 1, close < 0 ? end + 24 : end + close)
    if (/[〜~～\-－]|以上|以下|未満|から|まで|対象|の部|向け|限定|程度|前後|程|頃|くらい|ぐらい|代/u.test(inside)) continue
    // The bracket lists facts about a person: one item ends in a grade or an age (二十歳を祝う会 does not).
    if (!inside.split(/[・、,，/\s]/u).some((item) => /(?:[0-9一二三四五六]年|年生|[0-9一二三四五六]組|歳|才|さい|[小中高][1-6一二三四五六])$/u.test(item))) continue
    if (have.some((n) => n.start <= start && start < n.end)) continue
    out.push({ start, end, after: end })
  }
  return out
}

/**
 * Three kanji written together that are a one-kanji family name and a two-kanji given name (堤正和さん, 林一郎さん; blind R30B-135
 * kind): a common one-kanji family name (堤, 林, 森, 堀, 原, 関 …) then two kanji whose second is a usual last kanji of a given name
 * (郎, 雄, 夫, 子, 和, 美, 樹, 輝 …). A three-kanji family name that begins with one of them (東海林) is not; a body's name
 * (林業課, 森林組合) does not end in a given name's kanji.
 */
const ONE_KANJI_FAMILY_GIVEN =
  /^[堤林森堀原関畑岡坂谷宮星泉柴東西南北辻桜梅菊萩秋浜沖島嶋杉松桑楠沢澤岸峰峯滝瀧塚港湊溝浦榎樋椎栗蓮藤麻丸角]\p{Script=Han}[郎朗雄夫男子美和彦之也哉太汰介助樹輝人一二三治司志恵代江枝香奈菜花実穂乃希斗真翔大平吉蔵作造次明博弘浩茂勇勝正清誠隆俊康裕豊信義孝昭光晃良亮徹彰剛敏勉修学進稔実保守登昇寛宏広紀典範規則]$/u
const THREE_KANJI_FAMILY = /^(?:東海林)$/u

/**
 * Whether a name with its honorific is a full name (family and given name): four or more kanji
 * (江口陽菜さん), kanji then kana (中川ひなたさん, 古川トシ子さん), or two parts parted by a space
 * (野口 昭雄さん). Two or three kanji (田中さん, 佐々木さん) may be a family name alone.
 */
function isFullName(name: string): boolean {
  const core = name.replace(/\s?(?:さん|ちゃん|くん|君|様|さま)$/u, '').replace(READING_BEFORE, '')
  if (/^[ァ-ヶー]{2,}(?:[ ・･][ァ-ヶー]{1,}){1,3}$/u.test(core)) return true
  if (ONE_KANJI_FAMILY_GIVEN.test(core) && !THREE_KANJI_FAMILY.test(core)) return true
  return /^[\p{Script=Han}]{4,}$/u.test(core) || /^[\p{Script=Han}]{1,3}[ぁ-んァ-ヶー]{2,}/u.test(core) || /^[\p{Script=Han}]{1,4}[ 　][\p{Script=Han}ぁ-んァ-ヶー]{1,5}$/u.test(core)
}

/**
 * Blind R128I-019: a private person named in full, with no honorific, where they live and the enforcement or arrears told of them
 * (市税を長期間滞納していた沖端町の西村 浩二に対し、…差押えを執行しました; 大和町在住の田中一郎宅の家財を公売; 三橋町の山下 花子が所有する
 * 土地を差し押さえ): the city naming a delinquent taxpayer to shame them, which no notice of enforcement needs. Block. The name stands after
 * a district (…町の, …地区の, …在住の) and before the target of the measure (に対し, 宅, 方, が所有, 名義); a body or a thing there
 * (沖端町の市営住宅に対し, 大和町の建設会社に対し) is no person.
 */
/*
 * Blind R157I-112: the same with the person's trade between the district and the name, and an honorific (沖端町の旅館経営・立花 重雄さんの預金を
 * 差し押さえ, 三橋町の農業、古賀 一郎様の土地を公売): what was seized is theirs (の預金, の給与, の土地, の自動車). The trade is one word closed by
 * ・ or 、; a full name is still needed (沖端町の山田さんの預金 names a surname only).
 */
/*
 * Blind R251W-017 kind: the district told by the trade run there (沖端町で飲食店を営む古賀 俊介氏の…, 三橋町で農業をされている…), and the tax in
 * arrears named as the person's (…氏の固定資産税（3年分…）について、預金の差押え, …さんの市県民税の滞納): the same delinquent taxpayer singled out.
 */
const ENFORCED_NAMED =
  /(?:(?:町|地区|村|区|丁目|番地|在住|住所)(?:の|在住の)(?:[\p{Script=Han}ァ-ヶー]{1,8}[・、,])?|(?:町|地区|村)[\p{Script=Han}ノヶ々]{0,4}で[^。！？!?\n、「」]{1,12}?を(?:営む|営んで(?:いる|おられる)|経営する|経営して(?:いる|おられる)|されている|なさっている)\s?)\s?([\p{Script=Han}]{1,3}[ 　][\p{Script=Han}ぁ-ゖ]{1,4}|[\p{Script=Han}]{4,5}|[\p{Script=Han}]{1,3}[ぁ-ゖ]{1,3})(?<![宅方])(?:氏|さん|様)?(?=に対し|に対して|宅|方(?![面針向法式])|の自宅|が所有|所有の|名義|の(?:預金|預貯金|貯金|給与|給料|報酬|年金|土地|家屋|建物|自動車|車両|不動産|財産|口座|売掛金|家財|動産)(?:を|が|は|、|等|など)|の(?:市税|市県民税|市民税|県民税|住民税|固定資産税|都市計画税|軽自動車税|国民健康保険税|国保税|国民健康保険料|介護保険料|後期高齢者医療保険料|税金|滞納(?:額|分|税)?|未納(?:額|分)?)(?:[（(]|を|が|は|に|の|、|について|等|など))/gu
const ENFORCEMENT = /滞納|差押|差し押さえ|差し押え|公売|督促|強制執行|行政代執行|代執行|過料|未納|延滞金/u
/** A thing or a body, not a person, in a name's place (市営住宅, 建設会社, 公民館, 事業者). */
const NOT_PERSON_END = /(?:[者社宅物地所館会場店課署園校院庫屋費金税料権員局部室団庁体位同民帯々]|たち|ども|など|(?<=[\p{Script=Han}])ら|住宅|施設|会社|法人|組合|商店|工業|建設|物件|土地|建物|世帯|家屋)$/u
function enforcedNamed(doc: Doc, t: string, emit: Emit): void {
  if (!ENFORCEMENT.test(t)) return
  for (const m of matchAllOf(ENFORCED_NAMED, t)) {
    const name = m[1]!
    if (NOT_PERSON_END.test(name.replace(/[ 　]/gu, ''))) continue
    const s = sentenceSpan(t, m.index)
    if (!ENFORCEMENT.test(t.slice(s.start, s.end)) || quotedOnLine(t, m.index)) continue
    const a = m.index + m[0].indexOf(name)
    const span = doc.fromNorm(a, a + name.length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '住んでいる地区と滞納・差押えなどの処分' } })
    return
  }
}

/**
 * `reply`: the draft answers someone; naming them with their school (a pupil) or two details ties the
 * account to a real person in public, which blocks.
 */
/**
 * Blind R241E-041 kind: a town and its district closing the line after a name (・江頭 清志さん（78）、江頭 トシ子さん（75）　三橋町垂見の方;
 * …とお子さん2人　三橋町高畑の方; 田中 一郎さん（70）・大和町中島在住): the list gives each line's people with where they live. The place is
 * a town word (町, 村, 地区) with the district after it or not, then の方 (の方々, の皆さん, のご家族) or 在住, and the line or sentence ends
 * there; set off from the names by a space, a comma or ・ (not 三橋町の方から: a direction, the line goes on).
 */
const PLACE_AFTER_ON_LINE =
  /^[^。！？!?\n]{0,36}?[ 　、,・][ 　]?[\p{Script=Han}ァ-ヶノ々]{1,5}(?:町|村|地区)[\p{Script=Han}ァ-ヶノ々]{0,5}(?:の(?:方|方々|皆さん|皆様|ご家族|世帯)|在住(?:の方)?)[ 　。]*(?:\n|$)/u
/** Blind R274K-057 kind: the reader's home told in a reply by its town or district with honoured words (三橋町高畠のご自宅, …町にお住まいの). */
const REPLY_READER_HOME = /[\p{Script=Han}ァ-ヶノ々]{1,6}(?:町|村|地区)[\p{Script=Han}ァ-ヶノ々]{0,5}(?:の(?:ご自宅|お宅|ご実家|お住まい)|にお住まい)(?!の?(?:方|かた|皆|みな|世帯|ご家庭|各))/u
/** Whether the name is the reply's address to its reader: it closes the reply or its line (…、古川 幸子様。) or opens it (古川様、). */
function addressedInReply(t: string, n: Name): boolean {
  if (!/(?:様|さま|さん)$/u.test(t.slice(n.start, n.end))) return false
  const closes = /^[ 　]?[。！!♪]*[ 　]*(?:\n|$)/u.test(t.slice(n.end, n.end + 6)) && /[、,][ 　]?$/u.test(t.slice(Math.max(0, n.start - 2), n.start))
  const opens = /^[ 　]*$/u.test(t.slice(t.lastIndexOf('\n', n.start - 1) + 1, n.start)) && /^[ 　]?[、,]/u.test(t.slice(n.end, n.end + 2))
  return closes || opens
}
/*
 * Blind KV-007, KV-060 kind: a name in a form's sample (記入例, 記載例, 見本): on a line of fields under a 記入例 heading or label or above
 * a note calling it one (記入例）飼い主：柳川 一郎（72歳）…⏎※記入例は架空のものです), or quoted in a sentence that says it is the sample's
 * (記入例では、保護者を「柳川 花子」としています). A made-up person, no one's details. (Not 見本市, a trade fair.)
 */
const SAMPLE_WORD = /記入例|記載例|入力例|見本(?!市)|サンプル|架空/u
const SAMPLE_LABEL_BEFORE = /^[ \t　]{0,4}[【■□◆◇●＜<《〈(（\[［]?[ \t　]{0,2}(?:[\p{Script=Han}ァ-ヶー]{1,8}の)?(?:記入例|記載例|入力例|見本|サンプル)[0-9０-９]?[ \t　]{0,2}(?:[】＞>》〉)）\]］][ \t　]{0,2}[：:]?|[：:])/u
function sampleName(t: string, n: Name): boolean {
  const lineStart = t.lastIndexOf('\n', n.start - 1) + 1
  if (SAMPLE_LABEL_BEFORE.test(t.slice(lineStart, n.start)) || isExampleValue(t, n.start, n.end)) return true
  const sentence = sentenceSpan(t, n.start)
  return quotedOnLine(t, n.start) && SAMPLE_WORD.test(t.slice(sentence.start, sentence.end))
}

export function identifiablePerson(doc: Doc, addressSpans: Span[], emit: Emit, reply = false, cities: ReadonlyArray<string> = []): void {
  const t = withoutUrls(doc, doc.norm.text)
  enforcedNamed(doc, t, emit)
  const honorific = /さん|ちゃん|くん|君|様|さま/.test(t)
  const bracketed = BRACKET_HINT.test(t)
  if (!honorific && !bracketed) return
  const found = honorific ? findNames(t) : []
  const names = found.filter((n) => !n.weak)
  const weak = found.filter((n) => n.weak)
  if (bracketed) names.push(...bracketNames(t, names))
  // Blind KV-007, KV-060 kind: a form's sample names no one.
  if (SAMPLE_WORD.test(t)) names.splice(0, names.length, ...names.filter((n) => !sampleName(t, n)))
  if (names.length === 0) return
  const offenders = offenderNamed(doc, t, names, emit)
  const others: Array<{ kind: string; at: number }> = []
  for (const m of matchAllOf(AGE, t)) if (!cohortEvent(t, m.index, m.index + m[0].length)) others.push({ kind: 'age', at: m.index })
  // Blind R263F-005 kind: a whole date of birth (昭和47年5月3日生まれ, 平成2年11月20日生): the day, not only the year, read off an ID card.
  for (const m of matchAllOf(BIRTH_YEAR, t)) others.push({ kind: FULL_BIRTH_DATE.test(m[0]) ? 'birthdate' : 'age', at: m.index })
  // Blind R262J-003 kind: the sum paid to or by the person for land, a loss or a settlement (補償額1,280万円, 買収価格は3,400万円).
  for (const m of matchAllOf(PERSON_SUM, t)) others.push({ kind: 'money', at: m.index })
  for (const m of matchAllOf(SCHOOL, t)) {
    if (SCHOOLS_IN_GENERAL.test(m[0])) continue
    others.push({ kind: 'school', at: m.index })
    // The grade and the class (有明小学校4年2組): thirty pupils, one of them named.
    // (Written short too: 昭代第一小5年2組, the class right after the matched grade.)
    if (/[0-9一二三四五六]年\s?[0-9一二三四五六七八九]組/u.test(m[0]) || (/年生?$/u.test(m[0]) && /^\s?[0-9一二三四五六七八九]組/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 3)))) others.push({ kind: 'class', at: m.index })
    // The club right after the school and grade (柳城中2年 吹奏楽部の…) narrows it to a handful of pupils.
    if (CLUB_AFTER_SCHOOL.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) others.push({ kind: 'club', at: m.index })
  }
  for (const m of matchAllOf(RESIDENCE, t)) if (!WIDE_PLACE.test(m[0]) && !namedCity(t, m[0], cities)) others.push({ kind: 'residence', at: m.index })
  for (const m of matchAllOf(HOME_IS, t)) others.push({ kind: 'residence', at: m.index })
  for (const m of matchAllOf(DWELLING, t)) others.push({ kind: 'residence', at: m.index })
  for (const m of matchAllOf(HOME_EMPTY, t)) if (!quotedOnLine(t, m.index)) others.push({ kind: 'absence', at: m.index })
  for (const a of addressSpans) others.push({ kind: 'address', at: viewIndexAt(doc.norm, a.start) })
  for (const n of names) {
    const rest = t.slice(n.after, n.after + 12)
    if (AGE_AFTER_NAME.test(rest)) others.push({ kind: 'age', at: n.after })
    if (GRADE_AFTER_NAME.test(rest)) others.push({ kind: 'school', at: n.after })
    // 山田 太郎さん（三橋町・72歳）: a town or district listed in the bracket after the name.
    if (rest[0] === '(' || rest[0] === '（') {
      const close = t.slice(n.after, n.after + 32).search(/[)）]/u)
      const inside = t.slice(n.after + 1, close < 0 ? n.after : n.after + close)
      const place = (item: string) => (BRACKET_PLACE.test(item) && !/^町内|(?:長|会|員|課|係|所|館|役|部|組|班|連|協|局|団)$/u.test(item)) || /(?:近く|付近|そば|周辺|近辺|界隈)(?:に)?(?:お住まい|在住|住まい)$/u.test(item)
      if (inside.split(/[・、,，/\s]/u).some(place)) others.push({ kind: 'residence', at: n.after })
    }
    // Blind R241E-041 kind: where they live told after the names on a list's line (・江頭 清志さん（78）、江頭 トシ子さん（75）　三橋町垂見の方,
    // 古舘 美穂さん（41）とお子さん2人　三橋町高畑の方): the line's district is the home of everyone named on it.
    if (PLACE_AFTER_ON_LINE.test(t.slice(n.after, n.after + 48))) others.push({ kind: 'residence', at: n.after })
    const before = t.slice(Math.max(0, n.start - 22), n.start)
    // (…or a district named bare as where a regular comes from: 蒲池から通ってくれている中島さん.)
    if ((PLACE_BEFORE_NAME.test(before) && !NOT_PLACE.test(before)) || WARD_BEFORE_NAME.test(before) || barePlaceCommute(before, t, cities)) others.push({ kind: 'residence', at: n.start - 1 })
    // Where they live told by a landmark right before the name (西鉄柳川駅近くにお住まいの堤さん, 市役所の裏に住む古賀さん).
    else if (LIVES_BY_LANDMARK.test(t.slice(Math.max(0, n.start - 24), n.start))) others.push({ kind: 'residence', at: n.start - 1 })
    // The shop they run, placed by a landmark or a district (駅のすぐ近くで理髪店を営む大坪さん): where to find them at work.
    // (Not a guest named in their role, 三橋町で司法書士事務所を営む古賀さんを講師に: the practice is how the post presents its speaker.)
    if (BUSINESS_BY_PLACE.test(t.slice(Math.max(0, n.start - 40), n.start)) && !GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 16))) others.push({ kind: 'business', at: n.start - 1 })
    // 本日午前に転入届を出された…佐藤様: the visit to the counter with its time and business.
    if (VISIT_BEFORE_NAME.test(t.slice(Math.max(0, n.start - 40), n.start))) others.push({ kind: 'visit', at: n.start - 1 })
    // 卵アレルギーのﾚﾝくん, 車いすの田中さん, 持病のある古賀さん: a health condition told as what the person is, right before the name.
    // (…or with the child's class between: 卵アレルギーのある年中組の立花 結衣ちゃん.)
    if (HEALTH_BEFORE_NAME.test(t.slice(Math.max(0, n.start - 28), n.start))) others.push({ kind: 'health', at: Math.max(0, n.start - 1) })
    // Blind R278M-032 kind: 検診で「要精密検査」となった三橋町の蒲池様: a screening result told as what the person is.
    else if (CHECKUP_BEFORE_NAME.test(t.slice(Math.max(0, n.start - 48), n.start))) others.push({ kind: 'health', at: Math.max(0, n.start - 1) })
    // 古川トシ子さん（寝たきり、酸素使用）: a health or care condition in the bracket after the name.
    if (rest[0] === '(' || rest[0] === '（') {
      const close = t.slice(n.after, n.after + 40).search(/[)）]/u)
      if (close > 0 && HEALTH_IN_BRACKET.test(t.slice(n.after + 1, n.after + close)) && !ORG_IN_BRACKET.test(t.slice(n.after + 1, n.after + close).trim())) others.push({ kind: 'health', at: n.after })
      // 甲斐田 亮太さん（療育手帳Ａ）, 江口さん（生活保護受給中・72歳）: a welfare or disability status among the bracket's items.
      if (close > 0 && !quotedOnLine(t, n.start) && t.slice(n.after + 1, n.after + close).split(/[・、,，/\s]/u).some((item) => STATUS_IN_BRACKET.test(item))) others.push({ kind: 'status', at: n.after })
      // Blind R365N-013 kind: the household listed in the bracket after the name (松尾さん（お子さん3人・昨年秋に離婚）, 古賀さん（ひとり親・子ども2人）):
      // the family's make-up and its private life, each a detail of its own.
      if (close > 0 && !quotedOnLine(t, n.start)) {
        const items = t.slice(n.after + 1, n.after + close).split(/[・、,，/]/u)
        if (items.some((item) => BRACKET_CHILDREN.test(item.trim()))) others.push({ kind: 'children', at: n.after })
        if (items.some((item) => BRACKET_LIFE.test(item.trim()))) others.push({ kind: 'circumstances', at: n.after })
      }
    }
    // 生活保護を受給中の江口さん, 療育手帳A判定の亮太くん; 生活保護の江口さん with their benefit told (保護費の支給日に…); 江口さんは生活保護を受給中.
    // (A name in a quotation on its line, 「生活保護を受給中の江口さん」といった書き込み, is a mention.)
    const beforeName = t.slice(Math.max(0, n.start - 24), n.start)
    const clause = sentenceSpan(t, n.start)
    if (
      !quotedOnLine(t, n.start) &&
      (STATUS_BEFORE_NAME.test(beforeName) ||
      (WELFARE_OF_BEFORE_NAME.test(beforeName) && RECIPIENT_CUE.test(t.slice(clause.start, clause.end))) ||
      STATUS_AFTER_NAME.test(t.slice(n.end, n.end + 40)))
    )
      others.push({ kind: 'status', at: Math.max(0, n.start - 1) })
    // Blind R349D-042, R349D-054 kinds: a person named in full as the one protected from abuse or living at a shelter, or as one who took the
    // partnership oath (DV相談で保護された古賀さゆりさんは…シェルターで, 宣誓の第7号は村上 亮さんと…): the full name alone finds them. Not staff or a
    // speaker named by their role (相談員の…さん, 講師の…さん).
    if (
      !quotedOnLine(t, n.start) && isFullName(t.slice(n.start, n.end)) &&
      !ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start)) && !SERVICE_STAFF_BEFORE.test(t.slice(Math.max(clause.start, n.start - 14), n.start)) &&
      !GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 16))
    ) {
      const said = t.slice(clause.start, clause.end)
      if (VICTIM_MATTER.test(said)) others.push({ kind: 'victim', at: n.start })
      if (ORIENTATION_MATTER.test(said)) others.push({ kind: 'orientation', at: n.start })
    }
    // Blind R331R-003 kind: a loss, a divorce, debt or a job lost told of the named person (昨年ご主人を亡くされた皿垣開の矢部キヨさん).
    if (!quotedOnLine(t, n.start) && !ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start))) {
      const life = PRIVATE_LIFE_BEFORE_NAME.exec(t.slice(Math.max(clause.start, n.start - 48), n.start))
      if ((life && !PRIVATE_LIFE_OF_OTHER.test(life[1]!)) || PRIVATE_LIFE_AFTER_NAME.test(t.slice(n.end, n.end + 48))) others.push({ kind: 'circumstances', at: Math.max(0, n.start - 1) })
    }
    // Blind R251W-034 kind: relief by means applied for or received, told of the named person (…の減免を申請された…森田 勝也さん).
    // (Not a speaker on the aid, 就学援助について…堤さんにPTA役員としてお話しいただきました: the aid is the talk's topic, not theirs.)
    if (!quotedOnLine(t, n.start) && !GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 24))) {
      const reliefBefore = RELIEF_BEFORE_NAME.exec(t.slice(Math.max(clause.start, n.start - 48), n.start))
      if ((reliefBefore && !RELIEF_STAFF_BETWEEN.test(reliefBefore[0].replace(new RegExp(RELIEF_TAKEN, 'u'), ''))) || RELIEF_AFTER_NAME.test(t.slice(n.end, n.end + 48)))
        others.push({ kind: 'relief', at: Math.max(0, n.start - 1) })
    }
  }
  // Round 104: a consultation, therapy or support service for a child's development told as one the named person uses (…ことばの相談に通って
  // いる堤 蒼空くん; 療育を利用している古賀さん; 今年度の発達相談は…。…陽翔くんは春から通ってくれています).
  if (MAY_SERVICE(t) && SERVICE.test(t)) {
    for (const n of names) {
      if (quotedOnLine(t, n.start)) continue
      if (serviceUser(t, n, sentenceSpan(t, n.start))) others.push({ kind: 'service', at: n.start })
    }
  }
  // An animal named (a dog or cat for adoption, the library's cat: ももちゃん（メス・推定3歳・柴犬ミックス）, 保護猫のきなこちゃん)
  // is no person: it is not reported, and the age or breed in its bracket is no detail of anyone else in the sentence.
  const animals = new Set<Name>()
  for (const n of names) {
    const bracket = animalBracket(t, n.after)
    if (bracket < 0 && !ANIMAL_BEFORE.test(t.slice(Math.max(0, n.start - 12), n.start)) && !ANIMAL_AFTER.test(t.slice(n.after, n.after + 24))) continue
    animals.add(n)
    if (bracket > 0) for (let i = others.length - 1; i >= 0; i--) if (others[i]!.at >= n.after && others[i]!.at < bracket) others.splice(i, 1)
  }
  if (others.length === 0) {
    const none = new Set<number>()
    creditOfNamed(doc, t, names.filter((n) => !animals.has(n)), none, CONSENT.test(t), emit)
    householdAsSource(doc, t, names.filter((n) => !animals.has(n)), none, CONSENT.test(t), emit, reply)
    backgroundOfNamed(doc, t, names.filter((n) => !animals.has(n)), none, CONSENT.test(t), emit)
    return
  }
  const consent = CONSENT.test(t)
  const reported = new Set<number>()
  // A list of named people with their health or care conditions (要支援者の一覧): each line is 要配慮個人情報.
  const healthList = new Set(others.filter((o) => o.kind === 'health').map((o) => o.at)).size >= 2
  for (const n of names) {
    // A mascot or character (公式キャラクター「くりーくん」の五歳の誕生日) is not a person.
    if (CHARACTER_BEFORE.test(t.slice(Math.max(0, n.start - 14), n.start))) continue
    if (animals.has(n)) continue
    // A mascot introducing itself as the post opens (さげもんちゃんだよ♪): the account's character speaking, not a person named.
    // Blind R95A-027: any mark may close the self-introduction (どんこちゃんだよ〜🐟: the wave dash is ~ in the norm view, an emoji, a
    // space, a full stop, the end), and a greeting may open the post before it (こんにちは！どんこちゃんです♪).
    if (
      MASCOT_OPENING.test(t.slice(0, n.start)) &&
      /^[^一-龥]+(?:ちゃん|くん|たん)$/u.test(t.slice(n.start, n.after)) &&
      /^(?:だよ|でーす|です|だお|だっちゃ|やけん|ばい)(?:[♪！!☆〜~ー。、.\s]|\p{Extended_Pictographic}|$)/u.test(t.slice(n.after, n.after + 6))
    )
      continue
    const named = sentenceSpan(t, n.start)
    let alma = false
    // A name that closes its sentence (…デビューした中村翔太くん！17歳、柳川高校の2年生で…): the details follow in the next one.
    const closes = named.end < t.length && /^[\s！!。♪☆⛵✨]*$/u.test(t.slice(n.end, named.end + 1))
    const sentence = closes ? { start: named.start, end: sentenceSpan(t, Math.min(t.length - 1, named.end + 1)).end } : named
    const kinds = new Set(others.filter((o) => o.at >= sentence.start && o.at < sentence.end).map((o) => o.kind))
    // Blind R333S-054 kind (misc62): a whole date of birth told in the next sentence or the one after, the person left out as its subject (委託SEの
    // 古賀さん🎂 実は今日が誕生日！1996年3月14日生まれ、筑後市出身の…): the birthday post gives the named person's date of birth. Only with no other
    // person named between them.
    if (!kinds.has('birthdate')) {
      let from = sentence.end
      for (let k = 0; k < 2 && from < t.length - 1 && !kinds.has('birthdate'); k++) {
        const next = sentenceSpan(t, from + 1)
        if (next.end <= from || t.slice(from, next.start + 1).includes('\n\n')) break
        const born = others.find((o) => o.kind === 'birthdate' && o.at >= next.start && o.at < next.end)
        if (born && !names.some((o) => o !== n && o.start > n.end && o.start < born.at) && !quotedOnLine(t, born.at)) kinds.add('birthdate')
        from = next.end
      }
    }
    // Where they live, told in the next sentence about the same person (…美結ちゃん！お家は干拓のほう).
    const homeNext = named.end < t.length && HOME_NEXT.test(t.slice(named.end + 1, named.end + 40))
    if (homeNext) kinds.add('residence')
    // Blind R274K-057 kind: a reply that calls its reader by name at its close or its opening (…お越しくださいませ、古川 幸子様。, 古川様、…) and
    // tells elsewhere in it the district of their home (三橋町高畠のご自宅から, 大和町中島にお住まいの): the name and the home together, as in
    // one sentence. Only the honoured home words (ご自宅, お宅, お住まい): the reader's own; not a public office held (publicInRole, below).
    if (reply && !kinds.has('residence') && addressedInReply(t, n) && REPLY_READER_HOME.test(t)) kinds.add('residence')
    // Blind R246S-001 kind: a child called by the given name as one of a household named by its surname and home (田中さん宅の結菜ちゃん,
    // 古賀さんちの陽太くん, 江口さんのところの美月ちゃん), the household's town or district before it (三橋町藤吉の田中さん宅の…): surname and
    // given name name the child in full, and the household's place is where the child lives.
    // (…or the household is this name, the child after it: 昭代の松尾さんちの颯太くん, where 松尾さん is read first.)
    const child = HOUSEHOLD_OF.test(t.slice(n.end, n.end + 6)) ? names.find((o) => o.start >= n.end && o.start < Math.min(sentence.end, n.end + 12)) : undefined
    const householdBefore = HOUSEHOLD_BEFORE.exec(t.slice(Math.max(sentence.start, (child ?? n).start - 36), (child ?? n).start))
    if (householdBefore?.[1] && !WIDE_PLACE_BEFORE.test(householdBefore[1]) && !NOT_PLACE.test(householdBefore[1])) kinds.add('residence')
    // A school where the person works (教えています, 教諭, 校長) does not single out a pupil.
    // (Read from the school named for this person to just after their name: 蒲池中出身の中島さん is a graduate, and
    // another person's 出身 in the same sentence says nothing of 柳川高校2年の松尾さん.)
    if (kinds.has('school')) {
      const schools = others.filter((o) => o.kind === 'school' && o.at >= sentence.start && o.at < sentence.end)
      const own = schools.filter((o) => o.at < n.start).pop() ?? schools[0]
      // (A school named after the person, 高橋さんは…柳城中学校で美術を教えています: the rest of the sentence says their role.)
      const window = own && own.at < n.start ? t.slice(own.at, Math.min(sentence.end, n.end + 3)) : t.slice(n.start, sentence.end)
      if (STAFF.test(window)) {
        kinds.delete('school')
        // Blind R368R-041 kind: the school told as the one the person graduated from (柳川高校出身・24歳の堤 彩花さん), no work there: kept as
        // the school of origin, counted below only in a matter that is theirs to tell (an exam passed, a complaint, an illness).
        alma = /出身|卒業|OB|OG/u.test(window) && !STAFF_AT_SCHOOL.test(window)
      }
    }
    // Round 78: a pupil named in a sentence after one telling that their class came (昭代第一小学校3年1組のみんなが来てくれました。⏎写真は…
    // 立花 美咲さん): the school and the class of the group the name is picked out of.
    if (!kinds.has('school')) {
      const said = t.slice(sentence.start, sentence.end)
      const refers = CLASS_REFERENCE.test(said) && !STAFF.test(said)
      const group = classGroupBefore(t, sentence.start, others, refers)
      if (group && picksOutPupil(t, n, sentence, refers)) {
        kinds.add('school')
        if (group.cls) kinds.add('class')
      }
    }
    if (kinds.size === 0 || reported.has(sentence.start) || offenders.has(named.start)) continue
    reported.add(sentence.start)
    // What only narrows a person already described: where they are now, a photo pointing them out, their
    // household's circumstances (in this sentence or the next).
    const sentenceText = t.slice(sentence.start, sentence.end)
    const next = sentence.end < t.length ? t.slice(sentence.end + 1, sentenceSpan(t, Math.min(t.length - 1, sentence.end + 1)).end) : ''
    if (WHEREABOUTS.test(sentenceText)) kinds.add('whereabouts')
    // Blind R404D-011 kind: the district they come from, added to a detail already told (古賀美咲さん（22）は沖端地区の出身).
    // (…or in the next sentence, the person its subject left out: 中島彩花さん（23）。大和町中島の出身で…; no other name before it.)
    if (!quotedOnLine(t, n.start) && (HOMETOWN_DISTRICT.test(sentenceText) || (HOMETOWN_DISTRICT.test(next) && !names.some((o) => o.start > n.end && o.start <= sentence.end + 1 + next.length)))) kinds.add('hometown')
    if (PHOTO.test(sentenceText)) kinds.add('photo')
    // Blind R162I-087: a caption later in the paragraph shows the same person (写真は受付での大坪さんご夫妻です, 画像：表彰を受ける古賀さん): their
    // face joins the name and the details told of them. (Read only to add to details already told: a caption alone names someone pictured.)
    else if (kinds.size >= 2 && captionShows(t, sentence.end, t.slice(n.start, n.end))) kinds.add('photo')
    if (ROUTINE.test(sentenceText) || ROUTINE.test(next)) kinds.add('routine')
    // (Not for a guest named in the role the post gives them: the hardship in their sentence is the event's theme, 借金問題の相談会を、
    // …古賀さんを講師に開催します.)
    if ((CIRCUMSTANCES.test(sentenceText) || CIRCUMSTANCES.test(next)) && !GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 16))) kinds.add('circumstances')
    // Blind R404D-032 kind: a family member's care told as theirs (堤さん（67）。奥さまの介護をしながら…).
    const kinCare = kinCareTold(t, n, sentenceText, next)
    if (kinCare) kinds.add('circumstances')
    // Their nationality or residence status, in the bracket after the name or right before it.
    const close = /^[（(]/u.test(t.slice(n.after, n.after + 1)) ? t.slice(n.after, n.after + 40).search(/[)）]/u) : -1
    const bracket = close > 0 ? t.slice(n.after + 1, n.after + close) : ''
    if (ORIGIN.test(bracket) || ORIGIN_BEFORE_NAME.test(t.slice(Math.max(0, n.start - 24), n.start))) kinds.add('origin')
    // Their health, a rescue, debt, abuse or distress told with two details (or a health condition with one).
    // (…or the sentence before: 屋根が隣家に崩れ落ちました。隣にお住まいの堤ヨシ子さん（82）は….)
    const before = sentence.start > 1 ? t.slice(sentenceSpan(t, sentence.start - 2).start, sentence.start) : ''
    // Next door to a place the post has named (沖端町の空き家…。隣にお住まいの堤さん): where they live.
    const nextDoor = /(?:隣|お隣|向かい|お向かい|近所|裏)(?:に|の)(?:お住まい|住む|住んで|暮らす|暮らして)[^。！？!?\n]{0,4}$/u.test(t.slice(Math.max(0, n.start - 14), n.start)) && /[\p{Script=Han}]{1,4}(?:町|地区|村|団地)/u.test(before + t.slice(sentence.start, n.start))
    if (nextDoor) kinds.add('residence')
    cityAndKinWork(t, n, next, kinds, isFullName(t.slice(n.start, n.end)), cities)
    const sensitive =
      kinds.has('health') || kinds.has('service') || PERSON_SENSITIVE.test(sentenceText) || PERSON_SENSITIVE.test(next) || PERSON_SENSITIVE.test(before) ||
      VOTED.test(sentenceText) || VOTED.test(before) || FAMILY_REGISTRATION.test(sentenceText) || FAMILY_REGISTRATION.test(before)
    if (alma && sensitive) kinds.add('alma')
    // The ward or town before the name is the district of the office they take (4区 野田勝さんが区長に就任されました): when it is
    // the only detail and nothing harmful is told, the notice of an appointment names no private person. (Where they live told
    // otherwise, an age, their health, a complaint: read as before.)
    const inSentence = others.filter((o) => o.at >= sentence.start && o.at < sentence.end)
    const officeDistrict =
      kinds.size === 1 && kinds.has('residence') && !sensitive && !homeNext && !nextDoor && inSentence.length > 0 && inSentence.every((o) => o.kind === 'residence' && o.at === n.start - 1) &&
      (ROLE_TAKEN_AFTER.test(t.slice(n.end, sentence.end)) || (ROLE_BEFORE.test(t.slice(sentence.start, n.start)) && APPOINTED_AFTER.test(t.slice(n.end, sentence.end))))
    if (officeDistrict) {
      reported.delete(sentence.start)
      continue
    }
    // Blind R156I-095: a public figure introduced by the honour or the office they held (柳川市名誉市民の木下清一様が逝去されました（享年94歳）,
    // 元市長の古賀一郎氏, 市議会議長の田中太郎さん（62）, 市民栄誉賞受賞者の…さん（88）): their age in an obituary or a tribute is public record. Only the age; nothing harmful.
    if (kinds.size === 1 && kinds.has('age') && !sensitive && !PATIENT_MATTER.test(sentenceText) && PUBLIC_FIGURE_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 20), n.start))) {
      reported.delete(sentence.start)
      continue
    }
    // Blind R324M-003 (kept clean): a public figure telling their own illness, as they made it public (市長の田中太郎さん（62）は、自身のブログで…と公表
    // しています): their own statement with their age as public record, no private person's condition given away.
    if (kinds.size === 1 && kinds.has('age') && ownDisclosure(t, n, sentenceText)) {
      reported.delete(sentence.start)
      continue
    }
    // Blind JN-042 kind: an honour conferred on the named person by an ordinance or with the council's consent (…条例に基づき、作曲家の…氏（82歳）に
    // 名誉市民の称号を贈ることが、市議会の同意を経て決まりました): a public figure in their public role; their age is public record.
    if (kinds.size === 1 && kinds.has('age') && !sensitive && !PATIENT_MATTER.test(sentenceText) && HONOUR_CONFERRED_AFTER.test(t.slice(n.end, sentence.end)) && HONOUR_BY_LAW.test(sentenceText)) {
      reported.delete(sentence.start)
      continue
    }
    // A pupil named in full (江口陽菜さん, 中川 ひなたさん) with the school and one more detail (the class, an age, its grade):
    // the full name does the narrowing a third detail would.
    // A named school with its grade (柳城中学校2年の大坪蒼太くん) already counts a hundred pupils at most: with the full name, one.
    const graded = others.some((o) => o.kind === 'school' && o.at >= sentence.start && o.at < sentence.end && SCHOOL_GRADE.test(t.slice(o.at, o.at + 16)))
    // A family called by its surname (田中さんちの, 江口さんとこの) with its members' given names in the sentence (陽太くん・陽菜ちゃん,
    // ママのゆかりさん): surname and given name together name each of them in full.
    // Blind R158A-036: a child called by the given name with the parent named by surname in the sentence (みおちゃんとママの蒲池さん,
    // 陽太くんとお母さんの古賀さん): the surname and the given name together name the child in full.
    const household =
      householdBefore !== null ||
      (HOUSEHOLD_OF.test(t.slice(n.end, n.end + 6)) && names.some((o) => o.start >= n.end && o.start < sentence.end)) ||
      (/(?:ちゃん|くん|君)$/u.test(t.slice(n.start, n.end)) && names.some((o) => o !== n && o.start >= sentence.start && o.start < sentence.end && PARENT_BEFORE.test(t.slice(Math.max(sentence.start, o.start - 8), o.start))))
    const fullName = household || kinOfNamedBefore(t, n, names, sentence.start) || isFullName(t.slice(n.start, n.end))
    const pupil = kinds.has('school') && (kinds.size >= 2 || graded) && fullName
    // Anyone named in full with two details (大和町中島の堤正和さん（72）): the full name does the narrowing a third detail would.
    const twoDetails = fullName && kinds.size >= 2
    // A child named with the school and grade in a matter that puts them in the wrong (矢留小6年の古賀くんのお宅の柴犬だという通報).
    // (…or a child named by the household's surname: 城内小2年の矢部さんのところのお子さん, 田中さんちの息子さん.)
    const childCalledOut = sensitive && kinds.has('school') && (/(?:くん|君|ちゃん)$/u.test(t.slice(n.start, n.end)) || CHILD_OF.test(t.slice(n.end, n.end + 12)))
    // Three of them together (柳河小3年・9歳・大和町中島在住) leave one person in the city: block.
    // Named as the one who did wrong, with one more detail (…盗んだのは近所に住む中島健一さん（52）): an accusation that singles them out.
    const suspect = !quotedOnLine(t, n.start) && (SUSPECT_BEFORE.test(t.slice(sentence.start, n.start)) || SUSPECT_AFTER.test(t.slice(n.end, sentence.end)))
    const accused =
      DEED_BEFORE.test(t.slice(sentence.start, n.start)) || DEED_AFTER.test(t.slice(n.end, sentence.end)) ||
      // Blind R252A-001 kind: the suspect of the post's offence named, on hearsay (捨てたのは…堤 正和さん…ではないかとのこと). The offence
      // may be named in another paragraph (the title, 不法投棄は犯罪です): then `post` reads the whole post (data.suspect).
      (suspect && OFFENSE.test(t))
    // A full name with one detail, or a name with two, in a matter that exposes them (所有者は…堤田和夫さん（78）です…苦情;
    // …グループに注意しました。西蒲池に住む大学生の野田くん（21）たちで): named to the public as the one at fault.
    const prev = sentence.start > 1 ? t.slice(sentenceSpan(t, sentence.start - 2).start, sentence.start) : ''
    const exposed = (EXPOSING.test(sentenceText) || EXPOSING.test(next) || EXPOSING.test(prev)) && (isFullName(t.slice(n.start, n.end)) || kinds.size >= 2)
    // The other party of an accident or a harm, named with one detail (相手方の江口さん（72）にお怪我はなく): the post ties them to it.
    const party = /(?:相手方|相手|被害者|被害に遭われた|被害にあわれた|けがをされた|負傷された|ぶつけられた|接触した|接触された|はねられた|ひかれた|轢かれた)(?:の方)?(?:の|である|は|、)?[^。、！？!?\n]{0,14}?\s?$/u.test(t.slice(Math.max(0, n.start - 26), n.start)) && /事故|接触|衝突|追突|けが|怪我|ケガ|負傷|被害|破損/u.test(t)
    // Blind R94A-062: a person named in full, with a detail, whose own illness or emergency the sentence (or the one before or after)
    // tells (…救急要請は、昭代の田中 ハツ子さん（91）でした。ご家族によると認知症があって…): 要配慮個人情報 of one known person.
    // Review misc59 kinds: a plant's or an animal's disease is none (いもち病と闘い, 松は、病気と); an illness lived with (LIVING_WITH_ILLNESS)
    // and any illness told with a name that is not full count only when it is the person's own, not a kin's or a friend's (祖父が病気と闘う
    // 姿を見て, 入院中の友達のために): the full name keeps the matters it was read with before (PATIENT_CORE).
    const quoted = quotedOnLine(t, n.start)
    const ownIllness = !quoted && (ownIllnessIn(sentenceText) || ownIllnessIn(next) || ownIllnessIn(before))
    const coreIllness = !quoted && [sentenceText, next, before].some((x) => PATIENT_CORE_MATTER.test(withoutPlantIllness(x)))
    // Blind R324M-003 kind: …or a name that may be the surname alone (堤美咲さん, 松尾さん) with two details (柳川高校卒・大和町在住; 大和町在住, （45）)
    // or a school with its grade (蒲池中3年の中島さん): the details name one person as a full name does, and the illness told is theirs. Not staff or a
    // lecturer named by their role (講師の古賀さん, 医師の松尾さん: who talks of an illness), nor a public figure telling their own (公表).
    const patient =
      (ownIllness || (fullName && coreIllness)) &&
      !ownDisclosure(t, n, sentenceText) &&
      (fullName ||
        (ownIllness &&
          (kinds.size >= 2 || (graded && kinds.has('school'))) &&
          !ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start)) &&
          !SERVICE_STAFF_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 14), n.start))))
    // Round 111: a victim of domestic violence or stalking, named with a detail, their flight or refuge told (…さん（34）は、夫からの暴力を逃れて…).
    const victim = !quotedOnLine(t, n.start) && (VICTIM_MATTER.test(sentenceText) || VICTIM_MATTER.test(next))
    // Blind R349D-054 kind: their sexual orientation told by the partnership oath they took or in words.
    const outed = !quotedOnLine(t, n.start) && (ORIENTATION_MATTER.test(sentenceText) || ORIENTATION_MATTER.test(next))
    // Blind R153I-041: a child named in full with their allergy, illness or disability told as what they are (卵アレルギーのある年中組の立花
    // 結衣ちゃん, 喘息のある3年2組の古賀 陽翔くん): 要配慮個人情報 of one child, a block with no other detail.
    const childHealth =
      kinds.has('health') && isFullName(t.slice(n.start, n.end)) && !quotedOnLine(t, n.start) &&
      (/(?:ちゃん|くん|君)$/u.test(t.slice(n.start, n.end)) || kinds.has('school') || /園児|年少|年中|年長|[0-9０-９一二三四五]歳児|(?:組|クラス)の\s?$/u.test(t.slice(Math.max(0, n.start - 28), n.start)))
    const fullOrTwo = fullName || kinds.size >= 2
    // Blind R263F-005, R262J-003, R263F-004, R261D-001 kinds: a whole birth date, a private sum, the call or complaint they made, the leak of
    // their data: with the full name or one more detail, the person is known and the matter is theirs.
    const caller =
      !quotedOnLine(t, n.start) &&
      (CALLER_AFTER.test(t.slice(n.after, sentence.end)) ||
        COMPLAINANT_BEFORE.test(t.slice(sentence.start, n.start)) ||
        (CALLER_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 48), n.start)) && (COMPLAINT_TOPIC.test(sentenceText) || GRIEVANCE_SAID.test(sentenceText) || NUISANCE.test(sentenceText))))
    // Blind R333S-051 kind (misc62): the caller named with the shop they run at a named place (本町で理容店を営む大坪さんから、…というお電話を
    // 今月3回いただきました): the place and the trade are two details, as an unnamed shopkeeper's are (describedPerson), and with the grievance
    // they brought (a complaint, a request quoted, the city acting on it, repeated calls) the neighbours know who complained. Not a guest.
    const shopCaller = kinds.has('business') && !quotedOnLine(t, n.start) && (caller || BROUGHT_AFTER.test(t.slice(n.after, sentence.end))) && (COMPLAINT_TOPIC.test(t) || REQUEST_QUOTE.test(t) || CITY_ACTED.test(t) || COMPLAINT_CUE.test(t) || GRIEVANCE_SAID.test(sentenceText))
    const leaked = !quotedOnLine(t, n.start) && DATA_LEAK.test(t) && !publicInRole(t, n, sentenceText)
    const identified =
      (fullOrTwo && (kinds.has('birthdate') || kinds.has('money') || caller || leaked)) ||
      shopCaller ||
      // Blind R351R-033 kind: the one who complained, named with where they live (園の東隣にお住まいの吉開さん): the neighbours know who it was.
      (caller && (kinds.has('residence') || kinds.has('address'))) ||
      patient ||
      childHealth ||
      victim ||
      outed ||
      kinds.has('status') ||
      // Blind R251W-034 kind: relief by means told of a person named in full, or with one more detail.
      (kinds.has('relief') && (fullName || kinds.size >= 2)) ||
      // Blind R327D-016 kind: when the named person's home stands empty, with a health matter of the household, another detail or the full name.
      (kinds.has('absence') && (sensitive || kinds.size >= 2 || fullName)) ||
      (kinCare && kinds.size >= 2) ||
      kinds.size >= 3 || pupil || twoDetails || party || accused || childCalledOut || exposed || (sensitive && kinds.size >= 2) || (kinds.has('health') && healthList) || (reply && (kinds.has('school') || kinds.size >= 2)) ||
      // Blind R249C-001 kind: a reply that calls the person it answers (or anyone private) by name with the town or district they live in
      // (三橋町高畠にお住まいの溝口様、…お詫び申し上げます): the handle, the name and the home together, before everyone. Not someone in a public
      // office or role (区長の野田さん, 就任された), nor an honour told (受賞, 表彰): public record.
      (reply && (kinds.has('residence') || kinds.has('address')) && !publicInRole(t, n, sentenceText))
    const severity = consent ? 'info' : identified ? 'block' : undefined
    // The details belong to the name they follow most closely (どんこちゃんの大ファンのひかりちゃん（7さい）, 山田さんの息子のたろうくん（7さい）):
    // that name is marked and quoted, the decision above unchanged.
    const owner = detailOwner(t, n, weak.length > 0 ? [...names, ...weak].sort((a, b) => a.start - b.start) : names, named, sentence, others, (m) => animals.has(m) || CHARACTER_BEFORE.test(t.slice(Math.max(0, m.start - 14), m.start)))
    const span = markOf(doc, owner)
    const label = [...kinds]
      .map(
        (k) =>
          ({
            age: '年齢',
            birthdate: '生年月日',
            money: '補償・売買などの金額',
            school: '学校・学年',
            alma: '出身校',
            class: '学級',
            club: '部活動',
            residence: '住んでいる地域',
            business: '営む店・事業の場所',
            address: '住所',
            health: '健康状態',
            whereabouts: 'いまいる場所',
            photo: '写真の位置',
            circumstances: '家庭の事情',
            children: '子どもの人数',
            routine: '毎日の行動と時刻',
            visit: '窓口に来た日時と用件',
            origin: '国籍・在留資格',
            status: '生活保護・障害の等級などの区分',
            relief: '減免・給付などの申請（経済状況）',
            service: '利用している相談・療育',
            absence: '家を空ける時間帯',
            victim: 'DV・つきまとい被害と保護・避難',
            orientation: '性的指向・性自認',
            hometown: '出身地区',
            kin: '家族の店・勤め先',
          })[k],
      )
      .join('・')
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      severity,
      data: suspect && severity === undefined ? { label, suspect: 1 } : { label },
    })
  }
  creditOfNamed(doc, t, names.filter((n) => !animals.has(n)), reported, consent, emit)
  householdAsSource(doc, t, names.filter((n) => !animals.has(n)), reported, consent, emit, reply)
  backgroundOfNamed(doc, t, names.filter((n) => !animals.has(n)), reported, consent, emit)
}

/*
 * Round 190 (blind, noticed on main): the details of a sentence were marked on its first name (どんこちゃんの大ファンのひかりちゃん（7さい）
 * marked the city's mascot; ボランティアの山田さんの息子のたろうくん（7さい） marked the parent). Each detail belongs to one name: the one it
 * sits in the bracket of (ひかりちゃん（7さい）) or right before (at n.start - 1: 三橋町の…, 車いすの…); else the name it modifies with の right
 * after it (7歳のひかりちゃん, 城内小3年の古賀さん); else the nearest name before it (古賀さんは7歳); else the first after it. The name marked is the
 * first one the loop reports when it owns a detail, else the name owning the most; and a name that only modifies a later one with の (古賀さんの
 * 孫のひなたちゃん) gives way to that one when it owns a detail too.
 */
const MODIFIES_NEXT = /^[^、,。！？!?\n「」『』()（）]{0,20}(?:の|[ 　])\s?$/u
function detailOwner(
  t: string,
  n: Name,
  names: ReadonlyArray<Name>,
  named: Span,
  sentence: Span,
  details: ReadonlyArray<{ kind: string; at: number }>,
  skip: (m: Name) => boolean,
): Name {
  // (Names of n's own sentence: a name closing its sentence keeps the details told in the next, where a later name is reported on its own.)
  const cands = names.filter((m) => m.start >= named.start && m.start < named.end && (m === n || !skip(m)))
  if (cands.length < 2) return n
  const owns = new Map<Name, number>()
  for (const d of details) {
    if (d.at < sentence.start || d.at >= sentence.end) continue
    const o = ownerOf(t, d.at, cands)
    if (o) owns.set(o, (owns.get(o) ?? 0) + 1)
  }
  if (owns.size === 0) return n
  let best = n
  if (!owns.has(n)) {
    let most = 0
    for (const m of cands) {
      const c = owns.get(m) ?? 0
      if (c > most) {
        best = m
        most = c
      }
    }
  }
  // A name in a chain of の before another (三橋町の古賀さんの孫のひなたちゃん（3さい）): the last is the one the sentence describes.
  for (let i = cands.indexOf(best) + 1; i < cands.length; i++) {
    const m = cands[i]!
    if (!GENITIVE_CHAIN.test(t.slice(best.end, m.start))) break
    if (owns.has(m)) best = m
  }
  return best
}
const GENITIVE_CHAIN = /^(?:[(（][^()（）\n]{0,30}[)）])?の[^、,。！？!?\n「」『』()（）]{0,12}?の\s?$/u
function ownerOf(t: string, at: number, cands: ReadonlyArray<Name>): Name | undefined {
  for (const m of cands) {
    if (at === m.start - 1 || at === m.start) return m
    if (at >= m.after && /^(?:[(（][^()（）\n]{0,30})?$/u.test(t.slice(m.after, at))) return m
  }
  const next = cands.find((m) => m.start > at)
  if (next && MODIFIES_NEXT.test(t.slice(at, next.start))) return next
  let before: Name | undefined
  for (const m of cands) if (m.end <= at) before = m
  return before ?? next
}

/**
 * Blind R176D-017: a private person named with where they come from and where they are now, told in their sentence and the next (平松ひよりさん✨
 * 柳城中の出身で、今は久留米の看護学校に通っているそうです。ご実家は沖端で鰻屋さんをされていて): the school they left, the school they go to now
 * and the family's shop each narrow the town to a few; two of them leave one person. Warn (a consent stated lowers it). A school someone
 * left is no detail alone (蒲池中出身の中島さん). Not the city's own people in their role or a guest (講師の, 職員の, 市長, 新しく配属された,
 * …さんが講師を務め), nor a name in a quotation.
 */
const ALMA_OF = /[\p{Script=Han}ァ-ヶー]{1,8}(?:小学校|中学校|高等学校|高校|高専|大学|短大|小|中|高)(?:の)?(?:出身|卒業生|を卒業|卒業|卒(?![\p{Script=Han}]))/u
const SCHOOL_NOW =
  /[\p{Script=Han}ァ-ヶー]{1,12}(?:大学院|大学|短大|専門学校|学校|学院|高専|高校|高等学校)(?:に|へ)(?:通って|通う|通われ|通い|在学|進学し|進ん)|[\p{Script=Han}ァ-ヶー]{1,12}(?:大学|短大|専門学校|看護学校)(?:の)?[0-9一二三四](?:年生|回生)/u
const FAMILY_TRADE =
  /(?:ご実家|実家|ご両親|親御さん|お父(?:さん|様|さま)|お母(?:さん|様|さま))(?:は|が|も|で)[^。！？!?\n]{0,16}?(?:屋さん|屋|店|旅館|民宿|工房|食堂|商店|農園|牧場|薬局|医院|酒造|窯元|料亭)(?:を|で)?(?:され|営|経営|やって|やられ|開い|継い|です|でした|で[、,])/u
const ROLE_BEFORE_NAME =
  /(?:講師|職員|市長|町長|議員|議長|教育長|協力隊|隊員|先生|教諭|選手|監督|コーチ|大使|アナウンサー|店主|店長|オーナー|医師|院長|館長|園長|校長|社長|代表取締役|(?:配属|入庁|採用|着任|赴任|就任)(?:され|し)た)(?:の|で|、|として|である)?\s?$/u
const ROLE_AFTER_NAME = /^[^。！？!?\n]{0,12}?(?:が|は)[^。！？!?\n]{0,16}?(?:講師|講演|として|を務め|に就任|に着任|に配属)/u
function backgroundOfNamed(doc: Doc, t: string, names: ReadonlyArray<Name>, skip: Set<number>, consent: boolean, emit: Emit): void {
  if (!/出身|卒|通っ|通う|通わ|通い|在学|進学|進ん|年生|回生|屋|店|旅館|民宿|工房|食堂|農園|牧場|薬局|医院|酒造|窯元|料亭/u.test(t)) return
  for (const n of names) {
    const named = sentenceSpan(t, n.start)
    if (skip.has(named.start) || quotedOnLine(t, n.start)) continue
    if (CHARACTER_BEFORE.test(t.slice(Math.max(0, n.start - 14), n.start))) continue
    if (ROLE_BEFORE_NAME.test(t.slice(Math.max(named.start, n.start - 16), n.start)) || ROLE_AFTER_NAME.test(t.slice(n.end, named.end))) continue
    const next = named.end < t.length ? t.slice(named.end + 1, sentenceSpan(t, Math.min(t.length - 1, named.end + 1)).end) : ''
    const told = (t.slice(named.start, named.end) + '\n' + next).replace(/「[^「」\n]{0,80}」|『[^『』\n]{0,80}』/gu, '')
    const kinds: string[] = []
    if (ALMA_OF.test(told)) kinds.push('出身校')
    if (SCHOOL_NOW.test(told)) kinds.push('いま通う学校')
    if (FAMILY_TRADE.test(told)) kinds.push('実家の家業')
    if (kinds.length < 2) continue
    skip.add(named.start)
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: consent ? 'info' : undefined, data: { label: kinds.join('・') } })
  }
}

/**
 * Round 78 (blind R79A-124): a class told as the group that came (昭代第一小学校3年1組のみんなが来てくれました, 蒲池小5年2組の皆さんが見学に
 * 来てくれました, 城内小2年の子どもたちが議場を見学しました), then one pupil named in a sentence or two after it, picked out of the group (写真は…
 * 市長気分の立花 美咲さん, 代表の松尾 ひなたさん, 質問してくれた古賀そうたくん): the name with the school and the grade (and the class) of the
 * group is one child, as 昭代第一小3年1組の立花 美咲さん is in one sentence. A staff member or a guide named after the group (議会事務局の
 * 立花さん, ガイドボランティアの…さん, …さんが案内しました) is no pupil, nor a name in a quotation.
 */
const CLASS_GROUP_CAME = /来て|来庁|来られ|来場|訪れ|訪問|見学|参加|遊びに|やって来|お越し|集まっ|招待/u
/**
 * Round 82 (blind R82A-044): the name's sentence points back to the class told before it (蒲池小学校5年2組でした。⏎クラスで「…ポスター」を描いて
 * くれた 立花 凛 さん, 同じクラスの…さん, 学級代表の…くん): a class told for what it did (a prize, a record, a project) with its school, grade
 * and class number, then one pupil of it, is one child, whether or not the class came anywhere.
 */
const CLASS_REFERENCE = /(?<![\p{Script=Han}ァ-ヶー])(?:クラス|学級)(?:で|の|から|では|代表|委員|みんなで)|(?:同じ|その|この)[ 　]?(?:クラス|学級|組)/u
const CLASS_GROUP_REACH = 200
function classGroupBefore(t: string, start: number, others: ReadonlyArray<{ kind: string; at: number }>, refers = false): { cls: boolean } | null {
  let end = start
  for (let n = 0; n < 2 && end > 0 && start - end <= CLASS_GROUP_REACH; n++) {
    const s = sentenceSpan(t, end - 1)
    const text = t.slice(s.start, s.end)
    end = s.start
    if (text.trim() === '') {
      n--
      continue
    }
    if (STAFF.test(text)) continue
    const came = CLASS_GROUP_CAME.test(text)
    if (!came && !refers) continue
    const schools = others.filter((o) => o.kind === 'school' && o.at >= s.start && o.at < s.end)
    if (schools.length === 0) continue
    const cls = others.some((o) => o.kind === 'class' && o.at >= s.start && o.at < s.end)
    // (Pointed back to without coming: only a whole class, its number told.)
    if (!came && !cls) continue
    if (cls || schools.some((o) => SCHOOL_GRADE.test(t.slice(o.at, o.at + 16)) || /^(?:[0-9]年生|(?:小学|中学|高校)\s?[0-9一二三四五六]年|(?:小|中|高)[1-6一二三四五六])/u.test(t.slice(o.at, o.at + 8)))) return { cls }
  }
  return null
}
/** The name picked out of the group: a child's honorific, or the sentence points one out (写真, 代表, 中でも, うち一人). */
const ONE_OF_GROUP = /写真|代表|中でも|なかでも|その中|そのうち|うち[、,]?(?:一人|ひとり|1人)|一人|ひとり|1人/u
/** A role or a body right before the name (議会事務局の, 総務課の, 担任の, 引率の, ガイドの, ボランティアの, 市長の): staff, not a pupil. */
const GROUP_STAFF_BEFORE =
  /(?:[\p{Script=Han}]{0,6}(?:課|係|局|室|所|館|部|署|庁|員|長)|担当|担任|副担任|引率|先生|教諭|講師|ガイド|スタッフ|ボランティア|案内役?|司会|保護者|お?母さん|お?父さん)(?:の|で|、)?\s?$/u
/** The name's clause says they showed the group round or led it (…さんが案内しました, …さんは説明を担当). */
const GROUP_STAFF_AFTER = /^[^。！？!?\n]{0,12}?(?:が|は|も)[^。！？!?\n]{0,16}?(?:案内|説明|担当|引率|司会|進行|講師)(?:し|を(?:し|務|担当)|役|を務め)/u
function picksOutPupil(t: string, n: Name, sentence: Span, refers = false): boolean {
  if (quotedOnLine(t, n.start)) return false
  if (GROUP_STAFF_BEFORE.test(t.slice(Math.max(sentence.start, n.start - 16), n.start)) || GROUP_STAFF_AFTER.test(t.slice(n.end, sentence.end))) return false
  return refers || /(?:くん|君|ちゃん)$/u.test(t.slice(n.start, n.end)) || ONE_OF_GROUP.test(t.slice(sentence.start, sentence.end))
}

/**
 * Round 78 (blind R78A-121): a household named by its surname (古賀さんご夫妻, 田中さん一家, 堤様ご一家) and then told member by member over the
 * following sentences, as a migrants' or a family's profile does: where they live (蒲船津に移住された, 三橋町垂見に引っ越してこられた), each
 * member by their role with an age (ご主人（52）, 奥さま（49）, お父さん（40）), a job (元銀行員で, 農業法人で働いて), a child's school and grade
 * (柳城中学校2年の娘さん, 娘さんは城内小の3年生) and the house (お宅は、掘割に面した白壁の平屋です). No one sentence holds two details, yet three
 * kinds of them over the paragraph leave one family in the city: warn (a consent stated lowers it, as for any named person). A place as
 * wide as a city (柳川に移住, 福岡市から) tells nothing; ages alone (金婚式のご夫妻（ご主人72歳、奥さま70歳）) are one kind.
 */
const HOUSEHOLD_NAMED =
  /(?<![\p{Script=Han}ァ-ヶー])([\p{Script=Han}々]{1,4}|[ァ-ヶー]{2,6})[ 　]?(?:さん|様|さま)(?:ご夫妻|ご夫婦|夫妻|夫婦|ご一家|一家|ご家族|家族|親子|ファミリー)/gu
const MEMBER =
  '(?:ご主人(?:様|さま)?|旦那(?:さん|様|さま)|奥(?:さま|様|さん)|お父(?:さん|様|さま)|お母(?:さん|様|さま)|パパ|ママ|娘さん|息子さん|お嬢(?:さん|様)|お子(?:さん|様|さま)|(?:長|次|三)(?:男|女)(?:さん|くん|ちゃん)?|末っ子|お兄ちゃん|お姉ちゃん|弟さん|妹さん|おじいちゃん|おばあちゃん|(?<![\p{Script=Han}])(?:夫|妻)(?![\p{Script=Han}]))'
const MEMBER_RE = new RegExp(MEMBER, 'u')
/** A member's age: ご主人（52）, 奥さま(49歳), 長男さんは12歳, 3歳の娘さん. */
const MEMBER_AGE = new RegExp(
  `${MEMBER}[ 　]?[（(][ 　]?[0-9]{1,3}(?:歳|才)?[ 　]?[)）]|${MEMBER}(?:は|が|、|,)?[^。！？!?\n]{0,4}?(?<![0-9])[0-9]{1,3}(?:歳|才)(?!以上|以下|未満|から|代)|(?<![0-9])[0-9]{1,3}(?:歳|才)(?:と[0-9]{1,3}(?:歳|才))?の${MEMBER}`,
  'u',
)
/** Where the household lives or moved to, below the city: 蒲船津に移住された, 三橋町垂見に引っ越してこられた, 沖端町へ移り住まれた, 大和町在住の. */
/*
 * Blind R327D-010 kind (pisec60): …or the home placed in a district and by a landmark, the living told after it (大和町の中島漁港そばのアパートで、
 * ご主人と…3人で暮らしています, 三橋町の公民館裏の一軒家にお住まい): the district and the building leave a few doors (group 3).
 */
const HOUSEHOLD_PLACE =
  /([\p{Script=Han}ァ-ヶノ々]{2,10})(?:に|へ)(?:移住|移り住|引っ越|引越|越して|越され|お住まい|住ん|住む|暮らし|暮らす|定住)|([\p{Script=Han}ァ-ヶノ々]{2,10})(?:在住|で暮らし|で暮らす)|([\p{Script=Han}ァ-ヶノ々]{2,10})の[^。！？!?\n、]{0,14}?(?:アパート|マンション|団地|住宅|一軒家|借家|貸家|古民家|社宅|寮|平屋|長屋)(?:で|に)[^。！？!?\n]{0,30}?(?:暮らし|暮らす|住ん|住む|お住まい|生活し)/u
const HOME_EMPTY_ONE = new RegExp(HOME_EMPTY.source, 'u')
const WIDE_HOUSEHOLD_PLACE = /(?:市|県|都|府|道|国|州|内|外|近く|近所|地元|東京|大阪|京都|福岡|柳川|九州|関東|関西|北海道|本州|海外|日本|田舎|都会|こちら|当地)$/u
/** The house told by its look or by what is next to it: お宅は、掘割に面した白壁の平屋です, お家は公民館の向かいの赤い屋根の一軒家, ご自宅は…古民家. */
const HOUSE_LOOK =
  /(?:お宅|ご自宅|自宅|お家|おうち|お住まい|住まい|新居|家)(?:は|が|も)[、,]?[^。！？!?\n]{0,30}?(?:平屋|一軒家|一戸建て?|古民家|町家|[0-9一二三]階建て|屋根|白壁|瓦|に面した|沿いの|の(?:隣|向かい|並び|角|裏|斜め前))/u
const HOUSEHOLD_REACH = 400
/** Sentences of the paragraph from `from` to `to` (offsets into `t`). */
function sentencesIn(t: string, from: number, to: number): Span[] {
  const out: Span[] = []
  for (let at = from; at < to; ) {
    const s = sentenceSpan(t, at)
    out.push({ start: Math.max(s.start, from), end: Math.min(s.end, to) })
    at = Math.max(s.end + 1, at + 1)
  }
  return out
}
export function householdProfile(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/夫妻|夫婦|一家|家族|親子|ファミリー/u.test(t) || !MEMBER_RE.test(t)) return
  for (const m of matchAllOf(HOUSEHOLD_NAMED, t)) {
    const name = m[1]!
    // (An honorific prefix before it makes a common noun, お子さん; the paragraph's first word has none: ''.includes is always true.)
    if (GENERIC_NAME.test(name) || ORG_WORD_END.test(name) || (m.index > 0 && 'おご御'.includes(t[m.index - 1]!)) || quotedOnLine(t, m.index)) continue
    const head = sentenceSpan(t, m.index)
    const end = Math.min(t.length, m.index + HOUSEHOLD_REACH)
    const kinds = new Set<string>()
    for (const s of sentencesIn(t, head.start, end)) {
      const text = t.slice(s.start, s.end)
      const place = HOUSEHOLD_PLACE.exec(text)
      if (place && !WIDE_HOUSEHOLD_PLACE.test((place[1] ?? place[2] ?? place[3])!)) kinds.add('residence')
      if (HOME_EMPTY_ONE.test(text)) kinds.add('absence')
      if (HOUSE_LOOK.test(text)) kinds.add('home')
      const member = s.start === head.start || MEMBER_RE.test(text)
      if (!member) continue
      if (MEMBER_AGE.test(text)) kinds.add('age')
      if (LIVELIHOOD.test(text)) kinds.add('livelihood')
      if (!STAFF.test(text)) {
        for (const g of matchAllOf(SCHOOL, text)) {
          if (/[0-9一二三四五六]年|年生|[小中高][1-6一二三四五六]/u.test(t.slice(s.start + g.index, s.start + g.index + g[0].length + 2))) kinds.add('school')
        }
      }
    }
    if (kinds.size < 3) continue
    const a = m.index
    const b = m.index + m[0].length
    const span = doc.fromNorm(a, b)
    const label = [...kinds].map((k) => ({ residence: '住んでいる地域', home: '家の特徴', age: '家族の年齢', livelihood: '仕事', school: '子どもの学校・学年', absence: '家を空ける時間帯' })[k]).join('・')
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label } })
  }
}

/**
 * Blind R327D-037 kind (pisec60): a household named by its surname (堤さんご夫妻, 古賀さんご一家, 松尾さんち) and, in that sentence or the next,
 * one of its members (a child by the given name, 次男, お孫さん) told to have an illness or an operation ahead (お兄ちゃんの颯太くんは生まれつき
 * 心臓に疾患があり、来月…手術を受ける; 次男は持病があり入院中): the surname and the member name one person, and their health is theirs. Block
 * (a consent stated lowers it, in `post`). Not an illness of whom a service is for (疾患がある方へ, 手術を受ける子どもたち), nor one of another
 * told by kin or as whom they help (友達の…, 入院中の患者さんに: ownIllnessIn).
 */
const FAMILY_NAMED =
  /(?<![\p{Script=Han}ァ-ヶー])([\p{Script=Han}々]{1,4}|[ァ-ヶー]{2,6})[ 　]?(?:さん|様|さま)(?:ご夫妻|ご夫婦|夫妻|夫婦|ご一家|一家|ご家族|家族|ち(?=の)|んち|宅|のお宅|のご家族)/gu
const FAMILY_MEMBER = new RegExp(`${MEMBER}|お孫さん|ご長男|ご長女|赤ちゃん|(?<![\\p{Script=Han}])(?:双子|三つ子)の|(?:ちゃん|くん|君)(?:は|が|も|、)`, 'u')
export function familyMemberIllness(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!(OWN_ILLNESS_HAS.test(t) || PATIENT_MATTER.test(t))) return
  for (const m of matchAllOf(FAMILY_NAMED, t)) {
    const name = m[1]!
    if (GENERIC_NAME.test(name) || ORG_WORD_END.test(name) || (m.index > 0 && 'おご御'.includes(t[m.index - 1]!)) || quotedOnLine(t, m.index)) continue
    const s = sentenceSpan(t, m.index)
    const nextEnd = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end : s.end
    const scope = t.slice(m.index + m[0].length, nextEnd)
    if (!FAMILY_MEMBER.test(scope)) continue
    const has = OWN_ILLNESS_HAS.exec(scope)
    const own = (has !== null && !ILLNESS_OF_OTHER_BEFORE.test(scope.slice(Math.max(0, has.index - 16), has.index)) && !ILLNESS_OF_OTHER_AFTER.test(scope.slice(has.index + has[0].length, has.index + has[0].length + 10))) || ownIllnessIn(scope)
    if (!own) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '家族の名字と、その家族の病気・手術' } })
    return
  }
}

/** The honour or the office a public figure is introduced by, right before the name (名誉市民の, 元市長の, 市民栄誉賞を受賞した). */
const PUBLIC_FIGURE_BEFORE =
  /(?:名誉(?:市民|町民|村民)|市民栄誉賞(?:受賞者|を受賞(?:した|された))?|(?:元|前|初代|第[0-9一二三四五六七八九十]{1,3}代)?[\p{Script=Han}]{0,4}(?:市長|町長|村長|市議会議長|町議会議長|教育長))(?:の|である|、|,)?\s?(?:故\s?)?$/u
/**
 * Blind JN-042 kind: the honour given to the person named before it (…氏に名誉市民の称号を贈る, …さんに市民栄誉賞を贈呈, …氏の叙勲が決まり), and the
 * ordinance or the council that grants it (名誉市民条例に基づき, 市議会の同意を経て, 顕彰規程により).
 */
const HONOUR_CONFERRED_AFTER =
  /^[^。！？!?\n]{0,20}?(?:に|へ|の)[^。！？!?\n]{0,6}?(?:名誉(?:市民|町民|村民)(?:の称号)?|市民栄誉賞|特別功労賞|功労表彰|叙勲|褒章)(?:を|が|の)?[^。！？!?\n]{0,6}?(?:贈る|贈ら|贈呈|授与|推挙|決ま|決定|受章|受賞)/u
const HONOUR_BY_LAW = /条例|市議会|議会の(?:同意|議決)|顕彰規程|表彰規程|顕彰審議会/u
/** A parent's word right before a name (ママの蒲池さん, お母さんの古賀さん, パパである田中さん). */
/**
 * Blind R372V-005 kind: a child called by the given name as the grandchild, daughter or son of the people named by surname right before
 * (吉田さんご夫婦と、お孫さんの陽菜ちゃん; 古賀さんと娘さんの美咲ちゃん; 堤さんご一家のお子さんの蓮くん): the surname and the given name name the
 * child in full, as a parent named beside them does (PARENT_BEFORE). The kin word follows the named household with nothing but と, や, の or a
 * comma between, so a child of someone unnamed (参加者のお孫さんの…) is not read.
 */
const KIN_CHILD_BEFORE = /(?:お孫さん|お孫ちゃん|娘さん|息子さん|お子さん|お嬢さん)(?:の|で|、)[ 　]?$/u
const KIN_LINK = /^(?:ご夫婦|ご夫妻|夫婦|夫妻|ご一家|一家|ご家族)?(?:と|や|の)?[、,]?[ 　]?$/u
function kinOfNamedBefore(t: string, n: { start: number; end: number }, names: ReadonlyArray<{ start: number; end: number }>, from: number): boolean {
  const linked = (child: { start: number; end: number }, parent: { start: number; end: number }): boolean => {
    if (!/(?:ちゃん|くん|君)$/u.test(t.slice(child.start, child.end)) || !/(?:さん|様|さま)$/u.test(t.slice(parent.start, parent.end))) return false
    const kin = KIN_CHILD_BEFORE.exec(t.slice(Math.max(from, child.start - 12), child.start))
    if (!kin) return false
    const kinAt = child.start - kin[0].length
    return parent.start >= from && parent.end <= kinAt && KIN_LINK.test(t.slice(parent.end, kinAt))
  }
  // The child itself, or the household named before it (the sentence's details are read once, for the first name).
  return names.some((o) => o !== n && (linked(n, o) || (o.start > n.end && o.start - n.end <= 24 && linked(o, n))))
}
const PARENT_BEFORE = /(?:ママ|パパ|お母(?:さん|様|さま)|お父(?:さん|様|さま)|母親|父親|保護者)(?:の|である|、)\s?$/u
/** After a surname with さん: a child of the household (矢部さんのところのお子さん, 田中さんちの息子さん, 堤さんのお子さん). */
const CHILD_OF = /^(?:ち|んち|のところ|とこ|のとこ|のお宅|のおうち|のお家|の家)?の(?:お子さん|お子様|お子さま|子ども|子供|子|息子さん|娘さん|お嬢さん|坊ちゃん|お孫さん)(?![\p{Script=Han}ぁ-ゖ])/u
/** After a surname with さん: the household (田中さんち, 江口さんとこ, 古賀さんのところ, 堤さんのお宅). */
/**
 * Blind R249C-001 kind: someone named in a public office or role or for an honour (区長の野田さん, 民生委員の古賀さん, 新しく区長に就任された,
 * 市民栄誉賞を受けられました, 表彰式で): public record, not a private person's home given away.
 */
const ROLE_RIGHT_BEFORE = new RegExp(`(?:${PUBLIC_ROLE}|[\\p{Script=Han}]{0,4}(?:長|委員|議員|員|先生|講師|選手|監督|大使))(?:の|である|、)?\\s?$`, 'u')
/**
 * Blind R324M-003 (kept clean): a public figure's illness told as they made it public themselves (市長は自身のブログで…と公表しています, 選手本人が
 * 会見で明らかにしました): their own statement, not a private person's condition given away.
 */
const OWN_DISCLOSURE =
  /(?:自ら|ご自身で|自身で|自身の|ご自身の|ご本人が|本人が|本人の)[^。！？!?\n]{0,30}?(?:公表|公言|明らかに|発表|告白|発信)|(?:と|を)(?:公表|公言)(?:され|して|し(?:た|ま))/u
/** Who is known to the public by their work, right before the name (歌手の, 作家、, プロ野球の…選手): not a private person. */
const PUBLIC_WORK_BEFORE =
  /(?:歌手|俳優|女優|タレント|作家|小説家|漫画家|画家|写真家|音楽家|作曲家|指揮者|落語家|芸人|アナウンサー|キャスター|アーティスト|ミュージシャン|棋士|力士|横綱|監督|選手|知事|大臣|議員|市長|町長|村長)(?:の|で|、|,|である)?\s?[^。！？!?\n、]{0,8}?$/u
function ownDisclosure(t: string, n: { start: number; end: number }, sentenceText: string): boolean {
  return (
    OWN_DISCLOSURE.test(sentenceText) &&
    (publicInRole(t, n, sentenceText) || PUBLIC_FIGURE_BEFORE.test(t.slice(Math.max(0, n.start - 20), n.start)) || PUBLIC_WORK_BEFORE.test(t.slice(Math.max(0, n.start - 20), n.start)))
  )
}
const HONOUR_OR_OFFICE = new RegExp(`${PUBLIC_ROLE}|${APPOINTED}|受賞|表彰|栄誉|功労|入賞|入選|優勝|金賞|銀賞|銅賞|最優秀|優秀賞|感謝状|叙勲|褒章`, 'u')
function publicInRole(t: string, n: { start: number; end: number }, sentenceText: string): boolean {
  return ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start)) || HONOUR_OR_OFFICE.test(sentenceText)
}
/**
 * Blind R246S-001 kind: a household named by its surname and home right before a name (田中さん宅の, 古賀さんちの, 江口様方の, 堤さんのお宅の),
 * the place it is in before it (group 1: 三橋町藤吉の, 大和町在住の). Not a body or a trade (GENERIC_NAME: 農家さんの, パン屋さんちの).
 */
const HOUSEHOLD_BEFORE =
  /(?:((?:[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区)[\p{Script=Han}ヶノ々]{0,4}|[\p{Script=Han}ヶノ々]{2,5})(?:在住)?の)\s?)?(?<![\p{Script=Han}々])[\p{Script=Han}々]{1,3}(?<![屋店家長員])(?:さん|様|さま)(?:宅|方|ち|んち|のお宅|のおうち|のお家|の家|のところ|とこ)の\s?$/u
/** A place too wide to point at a household (市内の, 県内の, 近所の). */
const WIDE_PLACE_BEFORE =
  /^(?:市内|県内|町内|市外|県外|近所|ご近所|近く|地元|同じ|親戚|親類|友人|知人|友達|職場|会社|同僚|お隣|隣|向かい|実家|ご実家|同級生|先輩|後輩|本日|今日|昨日|先日|毎年|毎日|今年|昨年)|[市県都府]の$/u
const HOUSEHOLD_OF = /^(?:ち|んち|のお宅|のおうち|のお家|のところ|とこ|のとこ|のご一家|ファミリー)(?:の|は|で|に|では|[、,（(]|$)/u

/**
 * An animal's details, one item of the bracket after its name: its sex written as an animal's (オス, メス, ♂, 雌), neutering,
 * its breed or coat (柴犬ミックス, 雑種, キジトラ, 三毛), its vaccination or microchip. (Not 女の子 or 男の子: children are
 * written so too.)
 */
const ANIMAL_ITEM =
  /^(?:オス|メス|♂|♀|雄|雌)(?:犬|猫)?$|去勢|避妊|ミックス|MIX|雑種|[犬猫]$|キジトラ|サバトラ|茶トラ|キジ白|三毛|ハチワレ|プードル|チワワ|ダックス|レトリバー|テリア|コーギー|ポメラニアン|シーズー|パグ|ビーグル|ワクチン(?:接種)?済|マイクロチップ/u
/** The end of the bracket right after a name when one of its items tells an animal (ももちゃん（メス・推定3歳）), else -1. */
function animalBracket(t: string, after: number): number {
  if (t[after] !== '(' && t[after] !== '（') return -1
  const close = t.slice(after, after + 40).search(/[)）]/u)
  if (close < 0) return -1
  return t.slice(after + 1, after + close).split(/[・、,，/\s]/u).some((item) => ANIMAL_ITEM.test(item)) ? after + close + 1 : -1
}
/** An animal named right before: 保護犬の, 保護猫の, 愛犬, 三毛猫の, うちの犬の, 迷い猫の, トイプードルの. */
/*
 * Round 119 (blind R119A-144): any animal a facility keeps or a class raises, not only a pet dog or cat: fish (金魚の「きんちゃん」, メダカの,
 * 水槽の鯉), birds (文鳥の, ニワトリの, ハトの), reptiles and small animals (カメの, リクガメの, ザリガニの, モルモットの), farm animals (ヤギの,
 * ポニーの, 牛の). A one-kanji animal (魚, 鯉, 亀, 鳥, 牛, 馬, 羊, 豚, 鶏) only as a word of its own: 有馬の, 群馬の, 鳥栖の are names and places.
 */
const ANIMAL_WORDS =
  '保護犬|保護猫|愛犬|愛猫|飼い犬|飼い猫|子犬|子猫|成犬|成猫|迷い犬|迷い猫|地域猫|野良猫|[犬猫]|ワンちゃん|わんちゃん|わんこ|ワンコ|にゃんこ|ねこちゃん|うさぎ|ウサギ|インコ|ハムスター|プードル|チワワ|ダックス|レトリバー|テリア|コーギー|ポメラニアン|シーズー|パグ|ビーグル|キジトラ|サバトラ|茶トラ|ハチワレ' +
  '|金魚|熱帯魚|錦鯉|仔牛|子牛|山羊|小鳥|文鳥|(?<![\\p{Script=Han}])(?:魚|鯉|亀|鳥|牛|馬|羊|豚|鶏|鳩)' +
  '|(?<![ァ-ヶー])(?:キンギョ|メダカ|グッピー|ドジョウ|カメ|リクガメ|ミドリガメ|ザリガニ|カエル|イモリ|ウーパールーパー|ブンチョウ|オウム|ニワトリ|チャボ|アヒル|ハト|ウズラ|カナリア|フクロウ|ペンギン|モルモット|フェレット|チンチラ|ハリネズミ|トカゲ|ヤギ|ヒツジ|ポニー|アルパカ|ウシ|ブタ)' +
  '|(?<![ぁ-ゖ])(?:きんぎょ|めだか|どじょう|かめ|ざりがに|かえる|にわとり|あひる|やぎ|ひつじ)'
const ANIMAL_BEFORE = new RegExp(`(?:${ANIMAL_WORDS})(?:の|、|,)?\\s?[「『]?\\s?$`, 'u')
/**
 * An animal's sex or kind told of it right after its name (and its own bracket), after は or a comma with no other bracket
 * between: ももちゃんは推定3歳のメスです, きなこちゃん（推定2歳）は保護猫です.
 */
const ANIMAL_AFTER =
  /^(?:[(（][^()（）\n]{0,16}[)）])?(?:は|、|,)\s?[^。！？!?\n「」()（）]{0,14}?(?:(?<![ァ-ヶー])(?:オス|メス)(?:です|でした|で[、,]|[、,。！!・]|$)|[♂♀]|(?:保護犬|保護猫|子犬|子猫|成犬|成猫|柴犬|三毛猫|黒猫|白猫|雑種|金魚|メダカ|錦鯉|カメ|リクガメ|ニワトリ|文鳥|ヤギ|ウサギ|うさぎ|ハムスター|モルモット)(?:です|でした|で、|。|！|!))/u

/** A mascot or character named right before: 公式キャラクター「くりーくん」, マスコットのやなっぴー, ゆるキャラの. */
const CHARACTER_BEFORE = /(?:キャラクター|キャラ|マスコット|着ぐるみ|きぐるみ|PR大使の猫|看板猫|看板犬)(?:の|、|,)?\s?[「『"“]?\s?$/u

/**
 * Where someone lives, below the city: 大和町にお住まいの, 沖端町の, 三橋地区で; not where something happened on a public
 * road or place (三橋町の市道で, 蒲池の公園で: a 不審者情報 notice's scene).
 */
/*
 * Blind R162I-095: where someone came from to a counter, below the city (大和町中島から来られた, 三橋町からお越しの): the district they
 * live in, as 在住の is.
 */
/* Blind R184I-029: a school district named as where someone lives or does their daily round (両開校区で学童のお迎えをされている): as narrow as a 地区. */
const DISTRICT = /[\p{Script=Han}]{1,6}(?:町|村|地区|校区)[\p{Script=Han}ノヶ々]{0,5}(?:にお住まいの|在住の|ご出身(?:の|で)|に住む|から(?:来られ|来て|来た|お越し|見え)|の(?!(?:市道|県道|国道|町道|農道|道路|路上|歩道|公園|交差点|駐車場|河川敷|踏切|バス停|駅|堤防|水路|海岸|商業施設|店舗))|で)/u
/** An age band or age: 70代, 七十代, 82歳; not a stranger's age guessed (40歳くらいの男, 20代前後の女性: a suspect described). */
const AGE_BAND = /(?:(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{1,3}(?:歳|才))(?!くらい|ぐらい|位|前後|ほど|見当)|(?:生徒|児童|男性|女性|男児|女児|少年|少女)[(（][0-9]{1,2}[)）]/u
/** A school club (バレー部, 吹奏楽部の件): with the school and grade, a handful of pupils. */
/* Blind R174I-053: a children's sports club or team outside school (サッカー少年団でキャプテン, 剣道クラブの): a handful of children too. */
const CLUB = /(?:[ァ-ヶー]{2,8}|野球|陸上|剣道|柔道|弓道|空手|水泳|卓球|吹奏楽|美術|書道|合唱|科学|写真|演劇|放送|囲碁|将棋|茶道|華道)(?:部(?:員)?|(?:スポーツ)?少年団|クラブ|ジュニア)(?:の|で|に|は|が|を|、)/u
/**
 * What someone does or did for a living: 元郵便局長の, 海苔漁を営む, 鍼灸院をされている, 店を経営する, 市役所にお勤めの.
 * Blind R157I-117: a former office told in the bracket after the person's word (82歳の男性（元市議会議長）, 70代の女性（元小学校長）):
 * a past post held by a handful of people, as 元郵便局長の is (with an honorific too: （御年87歳、元郵便局長さん）, blind R177I-058).
 */
/*
 * Blind R201A-002 kind: a former post told as a clause (元は市内の中学校で教頭をされていた, 以前は郵便局で局長を務めていた, かつては小学校の先生
 * でした): a past post held by a handful of people, as 元郵便局長の is.
 * Blind R271P-042 kind: a practice or a shop the person opened (歯科医院を開業されている, 事務所を開業した): their trade, as を営む is.
 * Blind R308T-038 kind: the owner of any shop named by its goods (畳店のご主人, 米穀店の奥さん, 表具店の大将), as 鮮魚店のご主人 is.
 */
const LIVELIHOOD = /(?:元は|以前は|かつては|昔は)[、,]?[^。！？!?\n]{0,16}?(?:で|の)[\p{Script=Han}]{0,6}(?:長|員|師|官|士|教頭|教諭|先生|議員|医)(?:を(?:され|務め|して|やっ)|として(?:勤|働)|でした|だった)|(?:[)）]|[\p{Script=Han}ァ-ヶー]{2})に(?:勤務|お勤め)(?:して|され|する|し(?:た|て|ま))|勤務先(?:は|が)|[\p{Script=Han}ァ-ヶー]{2,12}勤務[)）、の]|(?<![\p{Script=Han}])元[\p{Script=Han}]{1,6}(?:長|員|師|官|士|議)(?:さん|様|さま)?(?:の|で|、|・|[)）])|(?<![\p{Script=Han}])元[\p{Script=Han}]{1,6}(?:長|員|師|官|士|議員)先生(?:です|でした|だった|で[、,]|の|、)|(?<![\p{Script=Han}])元[\p{Script=Han}ァ-ヶー]{1,8}の[\p{Script=Han}]{0,4}(?:長|員|師|官|士|議員|先生|教諭|教師)(?:さん|様|さま|先生)?(?:の|で|です|でした|、|・|[)）])|を営(?:む|んで|まれ)|をされて(?:いる|おられる)|を開業(?:され(?:て|た)|して(?:いる|おられる)|した)|を経営(?:する|して|されて)|にお勤めの|に勤める|で働(?:く|いて)|(?:漁師|農家|店主|経営者|住職|開業医)(?:の|で|を|さん)|[\p{Script=Han}ぁ-んァ-ヶー]{1,6}屋(?:さん)?の[、,]?[^。！？!?\n]{0,8}?(?:旦那|奥さん|奥さま|奥様|ご主人|主人|おかみ|女将|大将|店主|息子|娘|おばあ|おじい|おばちゃん|おじちゃん|おばさん|おじさん|人)|(?:旅館|料亭|民宿|酒造|酒蔵|窯元|商店|鮮魚店|精肉店|呉服店|理容店|菓子店|(?<![当本同各])[\p{Script=Han}]{1,4}店)(?:さん)?の[、,]?(?:(?:先代|先々代|[二三四五六七八九十0-9]{1,2}代目|元)の?)?(?:旦那|若旦那|奥さん|奥さま|奥様|ご主人|主人|おかみ|女将|大将|店主|当主|社長|息子|娘|ご隠居)/u
/**
 * Blind R271P-042 kind: the year someone finished school or was born told of one person (昭和45年に柳川高校を卒業され, 1962年生まれ): their age,
 * as 76歳 is.
 */
const LIFE_YEAR =
  /(?:(?:昭和|平成|令和)(?:[0-9]{1,2}|元|[一二三四五六七八九十]{1,3})|(?:19|20)[0-9]{2})年(?:度)?(?:に|の)?[、,]?[^。！？!?\n、]{0,12}?(?:を卒業|卒業(?:され|し)|卒(?:業)?の|生まれ(?:の|で)|のお生まれ)/u
/** One person, not a group an event is for (70代以上の方を対象に); one singled out of a count (うち1名は). */
/* Blind R162I-095: a parent met at a counter (…育てているお母さんが, お父さんは): one person, not お母さんたち. */
/* Blind R183I-033: one called by the post they held (近くに住む元郵便局の局長さんでした, 元中学校の校長先生が): one person. */
/* Blind R157I-033: a child called by sex in plain words (蒲池小5年の男の子を一時保護, 中学2年の女の子が): one child, as 男児 is. */
/* Blind R201A-002 kind: one person's own talk or figure told (87歳の男性のお話でした, 女性の姿が): one speaker, as 男性が is. */
/* Blind R309C-021 kind: 男性の方 or 女性の方 with a particle (60代の男性の方には, 女性の方から): one person, politely, as 男性が is. */
/*
 * Blind R320M-012 kind: a couple or one family told as one household (80代のご夫婦のお宅で, 鮮魚店を営むご一家が, 70代の老夫婦は) and one
 * person's home told as theirs (70代の男性のお宅から出火, 一人暮らしの女性の自宅で): one door, as 男性が is one person.
 */
const ONE_PERSON =
  /(?:(?<![\p{Script=Han}])(?:ご夫婦|ご夫妻|老夫婦|ご一家)(?:お二人)?|(?:男性|女性|高齢者|方)の(?:お宅|ご自宅|自宅|お家|おうち|住宅)(?=で|から|が|は|に|、|です|でした))(?:から|が|は|です|でした|で|、|を|の(?:お宅|ご自宅|自宅|お家|おうち|家|住宅|店舗))|(?:男性|女性|男児|女児|児童|生徒|高齢者|方|人|世帯|(?<![\p{Script=Han}])(?:男|女)の子)(?:お一人|一人|1人|1名)?(?:から|が|は|です|で|、|[(（]|について|を|だと|だった)|(?:男性|女性)の方(?=[。！!]|$)|(?:男性|女性)の方(?:には|にも|に対し|へ|から|が|は|を|と)(?!たち|々)|(?:男性|女性|方)(?:の方)?より(?![多少高低早遅大小良強弱上下前後先])|(?:男性|女性|(?<![\p{Script=Han}])(?:男|女)の子)の(?:お話|話|姿|ご様子|体験談|体験|エピソード)(?:でした|です|で|が|は|を|に|、)|(?:男性|女性|男児|女児)に(?![はもとよ])|お一人|うち(?:1|一)(?:名|人|件|世帯)は|(?<![\p{Script=Han}ァ-ヶー])(?:お母さん|お父さん)(?:が|は|、)|(?<![\p{Script=Han}])元[\p{Script=Han}ァ-ヶー]{1,8}(?:の[\p{Script=Han}]{0,4})?(?:長|員|師|先生)(?:さん|様|さま|先生)?(?:でした|です|で|が|は|、)/u
/**
 * Blind R157I-033: the sentence after the one describing the person tells of their family (お父さんが駅前で鮮魚店をされているご家庭です, ご両親は
 * 大和町で農業を営んで, お宅は郵便局の向かい): the household's trade, home or circumstances narrow the same person. Only a sentence that opens
 * with the family or the home.
 */
const FAMILY_NEXT = /^[\s　]{0,2}(?:その子の|その方の|ご本人の)?(?:お父(?:さん|様)|お母(?:さん|様)|ご両親|両親|父親|母親|ご家族|家族|ご家庭|家庭|お宅|おうち|お家|ご自宅|自宅)(?:は|が|も|の)/u
/**
 * Round 116 (blind R116A-114, R117A-032): a neighbour pointed at by a word for who they are in the family or the street (田尻さんちの
 * おばあちゃん、, 白いポロシャツのおじさん、, 酒屋の旦那さんやった), as staff write a local scene in casual and 筑後弁 wording.
 */
/*
 * Blind R302K-007 kind: the person called with 様 and the sentence ending on them (…理容店を営まれているご主人様。): as one person as ご主人が is.
 * Blind R324M-007 kind: …and with さん or none (…鰻屋さんのご主人。, …を営む女将さん。, 店主さん。): a sentence that is only the description of them.
 */
const NEIGHBOUR_PERSON =
  /(?<![\p{Script=Han}ァ-ヶー])(?:おばあちゃん|おじいちゃん|おばあさん|おじいさん|おばちゃん|おじちゃん|おばさん|おじさん|旦那さん|旦那様|旦那さま|奥さん|奥さま|奥様|ご主人(?:様|さま)?|おかみさん|女将さん|大将)(?:が|は|を|に|も|の|、|,|で|から|より|やった|だった|でした|です|ばい|よ|[(（])|(?<![\p{Script=Han}ァ-ヶー])(?:(?:ご主人|旦那|奥)(?:様|さま)|ご主人|旦那さん|奥さん|おかみさん|女将さん|大将|店主(?:さん)?|おばあちゃん|おじいちゃん|おばあさん|おじいさん|おばちゃん|おじちゃん|おばさん|おじさん)(?=[。！!]|$)/u
/* Blind R271P-030 kind: a span of years (40年以上海苔漁を続けて, 10年以上前から) is how long one person has done a thing, not a group. */
const GROUP_OF = /対象|(?<!年|年間|か月|ヶ月|カ月|日間|時間)(?:以上|以下)|の皆|方々|向け|募集|どなたでも|いずれも|それぞれ/u
/**
 * What makes being singled out harmful: illness, a complaint, a crime or an accident, arrears, a child taken into care,
 * a consultation told (…というご相談がありました) or money lost to a trick.
 */
/*
 * Blind R162I-095: a parent raising the children alone (4人のお子さんを一人で育てている, 女手一つで, シングルマザーの): the household's
 * circumstances. Blind R164D-014: a fire at the person's house (昨夜の建物火災は…ご主人が住んでいるお宅でした, 全焼, 焼け出され). Blind
 * R162I-022: one who sat the city's own recruitment exam or applied (受験された方の中に…方がいらっしゃいました, 応募された方): an applicant
 * is not to be pointed at. Each still needs a place and another detail of one person.
 */
/*
 * Blind R174I-053: a child's health told (給食のあとに体調を崩したのは…5年2組の男の子で). Blind R177I-058: one who calls the city for advice
 * (いつもごみの相談の電話をくれる…おじいちゃん): a consultation told of them, as 相談を受け is. Each with details of one person.
 */
/*
 * Blind R194A-016: a spouse lost told with an honorific or in the honorific verb (奥様を亡くされ, ご主人様を亡くし, 配偶者を亡くされた),
 * as 奥さんを亡くし is.
 */
/*
 * Blind R167I-047: one who keeps posting about the city, the account's holder told (何度も投稿されているアカウントの方は…50代の男性, 繰り返し
 * 書き込みをされている方). Blind R167I-097: the one behind a wrong found out by what they left (中の郵便物から…70代の男性だと分かっています,
 * 防犯カメラの映像で特定). Each with a place and another detail of one person.
 * Blind R200D-057 kind: one who called or came over and over, counted (同じ件で3回お電話をいただいて, 5回も来庁され), as 何度も is.
 */
/*
 * Blind R203I-038 kind: a parent raising a child alone told with 子育て中 (お一人で子育て中の, ひとりで子育て中): the household, as …で育てている is.
 * Blind R204D-016 kind: a child's health at an event told (熱を出した, 保健室へ行った): theirs, as 体調を崩した is.
 */
/*
 * Blind R210A-016 kind: a library's loan kept past its due date (返却期限を大幅に過ぎた, 延滞中の, まだ戻ってきておりません): the person's arrears
 * and what they read, both theirs, as 滞納 is.
 */
/*
 * Blind R271P-042 kind: the person asked not to be named (お名前の公表は控えさせていただきます, 匿名をご希望, お名前は伏せて): what follows
 * must not point at them, so details that do (their school and year, trade, home district) are the harm itself.
 */
/*
 * Blind R339W-005 kind (misc63): a business's private plight told at a consultation (跡継ぎがいないため来年でのれんを下ろすかどうか迷っている,
 * 後継者が見つからず廃業を考えておられる, 経営が苦しく, 資金繰りに困って, 売上が半減し): the owner's affairs, not news the shop gave out; with
 * the district and the trade the neighbours know whose shop it is. A closure announced (来月で閉店されます) is the shop's own news and not this.
 */
const SENSITIVE =
  /(?:(?:跡継ぎ|後継ぎ|あとつぎ|後継者)(?:さん)?|(?:跡|後|あと)を継ぐ(?:人|者|方|子)|継ぐ(?:人|者|方|子))(?:が|も)?[、,]?(?:いない|いなく|おらず|おられず|いません|いらっしゃらな|不在|見つから|決まら|決まって(?:い|お)(?:ない|らず|ません))|(?:廃業|閉店|閉業|店じまい|店仕舞い?|(?:のれん|暖簾)を(?:下ろ|おろ)|(?:お?店|商売|事業|家業|工房)を(?:たた|畳|やめ|辞め|閉じ|閉め|手放))[^。！？!?\n]{0,8}?(?:迷|悩|考えて|考えておら|考えていらっしゃ|お考え|検討され|検討して|決めかね|覚悟|(?:よう|ろう)と(?:思|おも|考え))|経営(?:が|は|も)[、,]?[^。！？!?\n]{0,6}?(?:苦し|厳し|赤字|立ち行か|行き詰|火の車)|資金繰り(?:が|に|で)[、,]?[^。！？!?\n]{0,4}?(?:苦し|厳し|困|悩|行き詰)|売り?上げ?(?:が|は)[、,]?[^。！？!?\n]{0,8}?(?:激減|半減|大きく(?:落ち|減)|落ち込|減り続)|(?:お)?名前(?:は|を)伏せ|(?:お)?名前の(?:公表|掲載|公開)(?:は|を)(?:差し)?控え|匿名(?:を|で|の|での)?(?:ご)?(?:希望|寄附|寄付)|延滞|返却期限を[^。！？!?\n]{0,6}?過ぎ|未返却|(?:まだ|いまだ|未だ)(?:に)?(?:戻って(?:き|こ)|ご?返却(?:され|いただけ|して))(?:て)?(?:い|お)(?:ません|ない|りません)|熱を出(?:し|す)|発熱(?:し|され)|保健室(?:へ|に)(?:行|運|連れ)|物忘れ|(?:ご主人(?:様|さま)?|旦那(?:さん|様|さま)|奥(?:さん|様|さま)|夫|妻|配偶者)(?:を)?亡く(?:し|され)|怒鳴|暴言|文句を言|(?:毎日のように|何度も|繰り返し)[^。！？!?\n]{0,16}?(?:お電話|電話|来庁|来所|お越し|投稿|書き込|コメント)|(?<![0-9])(?:[2-9]|[1-9][0-9]|[二三四五六七八九十])(?:回|度)(?:も|にわたって|にわたり)?[、,]?(?:お電話|電話|来庁|来所|お越し|苦情)|(?:郵便物|宛名|防犯カメラ|監視カメラ|カメラの映像|ナンバー)(?:から|で|を見て|を確認して)[^。！？!?\n]{0,24}?(?:分か|わか|判明|特定)|(?:という|との)(?:ご)?相談|(?:ご)?相談が(?:あり|寄せられ)|(?:ご)?相談を(?:受け|いただ)|相談に(?:来られ|見え|訪れ|いらっしゃ)|払ってしまっ|振り込んでしまっ|だまし取られ|騙し取られ|だまされ|騙され|詐欺|患者|感染|陽性|入院|治療|亡くな|死亡|苦情|ご意見|お叱り|ご指摘|通報|被害|逮捕|容疑|事故|クレーム|滞納|差押|差し押さえ|分納|未納|督促|生活保護|虐待|一時保護|児童相談所|搬送|救急|熱中症|孤独死|徘徊|不登校|補導|いじめ|暴力|万引き|停学|退学|骨折|(?:お)?けが(?:を|で|さ|し|の|に)|大けが|怪我|ケガ(?:を|で|さ|し|の|に)|負傷|重傷|寝たきり|手術|(?:一人|ひとり|独り|女手一つ|女手ひとつ|男手一つ|男手ひとつ)で[^。！？!?\n]{0,12}?育て(?:て|る|た|ら|中)|シングルマザー|シングルファザー|ひとり親|母子家庭|父子家庭|(?:建物|住宅|家屋|民家|車両)火災(?!予防|報知|保険|訓練|警報|への備え|に(?:備え|注意|気を))|(?:火災|火事)(?:が(?:発生|起き|あり|あっ)|で(?!は|の備え)|現場)|全焼|半焼|焼け出さ|出火元|火元(?:は|と(?:な|み)|になっ|とされ)|(?:から|より)の?出火|出火(?:し(?:た|まし)|原因)|ぼや|ボヤ|焼損|(?:火|たばこ|タバコ|煙草)の不始末|(?:コンロ|ストーブ|こたつ|ヒーター|アイロン|火)の消し忘れ|受験(?:され|し)た方|受験者の(?:中|うち)|応募(?:され|し)た方|応募者の(?:中|うち)|体調を崩(?:し(?:た|て|ま)|され)|(?:舟|船|ボート|橋|岸壁|堤防|堀|掘割|川|水路|用水路|クリーク|池|海)(?:から|に|へ)(?:転落|落ち|落下)|転落(?:し|され)|溺れ|おぼれ|(?:ご)?相談の(?:お)?電話(?:を|が)?(?:くれ|くださ|いただ|頂|あ|入|寄せ)|借金|多重債務|自己破産|債務整理|(?<![\p{Script=Han}])離婚(?!届の(?:書き方|様式|用紙))|(?:足|腰|膝|目|耳)が(?:悪(?:く|い|かっ)|不自由|遠(?:く|い))|(?:糖尿|心臓|腎臓|肝臓|持|難|心|こころ)の?病(?:気)?(?:で|が(?:あ|悪)|を(?:患|抱え))|(?:出産|分娩)予定日(?:が|は|[:：])|妊娠[0-9]{1,2}(?:週|か月|ヶ月|カ月)/u
// (Blind R365N-020 kind: an expectant mother's due date, or the week of her pregnancy, told of one unnamed person: her health, as an illness is.)
const MAY_SENSITIVE = mayMatch(SENSITIVE)
/*
 * Review of misc58 (rv/misc): the sensitive word as the cause a person helps with, not a harm of theirs (…ご夫婦が、熱中症予防の声かけに協力して
 * くださっています; …から、災害の被害にあった地域へお米をご寄付いただきました; 交通事故防止の見守り活動; 救急の日にちなんで; 入院中の子どもたちに
 * お菓子を届けて): a campaign, a prevention or others' harm right after the word. Any other sensitive word nearby is still the person's matter.
 */
const SENSITIVE_ALL = new RegExp(SENSITIVE.source, 'gu')
const CAUSE_AFTER = /^(?:の)?(?:(?:問題)?(?:の|に関する|についての)?(?:相談会|相談窓口|無料相談|法律相談|相談日|セミナー|講演|研修|学習会)|予防|防止|対策|防災|啓発|撲滅|ゼロ|の日|週間|月間|訓練|教室|講習|講座|キャンペーン|(?:に)?(?:あ|遭)った(?:地域|地区|方々|皆さま|皆様|皆さん|被災地)|(?:を受けた|のあった)(?:地域|地区|方々|皆さま|皆様|皆さん)|中の(?:子ども|子供|お子さん|方々|皆さま|皆様|皆さん|患者さん))/u
function harmTold(text: string): boolean {
  if (!SENSITIVE.test(text)) return false
  for (const m of text.matchAll(SENSITIVE_ALL)) {
    if (!CAUSE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return true
  }
  return false
}
/**
 * Blind R302K-007 kind: someone said to have brought the city an opinion, a complaint, a consultation or a report (ご意見をお寄せくださった,
 * ご要望をいただいた, 相談に来られた, 通報された): a fact about that one person, a detail as their trade is.
 */
/*
 * Blind R308T-038 kind: the one who got in touch, told as such in a paragraph about an opinion or a complaint (ご連絡をくださったのは、…のご主人で,
 * お電話をいただいたのは…の方): the complainant, as ご意見をお寄せくださった is (`COMPLAINT_TOPIC` in the paragraph).
 */
const CONTACTED =
  /(?:ご連絡|お電話|お便り|ご投書|お手紙|メール|お問い合わせ)(?:を)?(?:(?:お寄せ|寄せ)(?:くださった|いただいた|頂いた)|くださった|いただいた|頂いた|下さった)(?:の|方)(?:は|が)/u
const COMPLAINT_TOPIC = /ご意見|ご要望|ご指摘|苦情|お叱り|ご不満|改善(?:を|の)(?:お願い|求め|要望)|困って(?:い|お)|迷惑/u
const COMPLAINANT =
  /(?:ご意見|ご要望|ご指摘|苦情|お叱り|ご相談)を?(?:(?:お寄せ|寄せ)(?:くださった|いただいた|頂いた|られた)|くださった|いただいた|頂いた)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))|相談に(?:来られ|見え|いらっしゃ|お越し)(?:た|になった)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))|通報(?:された|してくださった|していただいた)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))/u
/*
 * Blind R324M-007 kind: the one who called or wrote in, told as a clause before the words for them (「…除雪が遅い」とお電話をくださった、沖端の…
 * 鰻屋さんのご主人; 騒音について何度もお電話をくれた…女将さん; …とメールをくださった…ご主人), or who came to complain or to apply (苦情を言いに
 * 来られた, 給付金の申請に来られた, 苦情を寄せられた): that they did so is theirs to tell, and with their place and trade the neighbours know who it
 * is. A call or a mail counts when the post is about a complaint or a request (COMPLAINT_TOPIC, the caller's words quoted as one: 「…遅い」,
 * 「…してほしい」, or the city told acting on it: 現地を確認しました, 見直しました): thanks for news brought in (「川下りが最高だった」とお電話を)
 * tell no grievance. Not those who did, as a group (皆さま, 方々).
 */
const CALLED_IN =
  /(?:」\s?(?:と|との)|について|の件で|のことで)[^。！？!?\n「」]{0,6}?(?:お電話|電話|ご連絡|連絡|メール|お便り|お手紙|ご投書|投書|お問い合わせ|問い合わせ)(?:を)?(?:(?:お寄せ|寄せ)(?:くださった|いただいた|頂いた)|くださった|くれた|いただいた|頂いた|下さった|してくださった|してくれた|してこられた|された)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))/u
/*
 * Blind R331R-050 kind: the call or the mail told bare in a clause before the words for the one who made it (昨日お電話をくださった西浜武で大工を
 * されている方, 先日メールをいただいた…の女将さん), in a post about a complaint or a repair (ご指摘, 苦情, repeated calls, an apology): the caller, as
 * 「…」とお電話をくださった is. Not those who did, as a group.
 */
const CALL_GIVEN =
  /(?:お電話|ご連絡|メール|お便り|お手紙|ご投書|お問い合わせ)(?:を)?(?:(?:お寄せ|寄せ)(?:くださった|いただいた|頂いた)|くださった|くれた|いただいた|頂いた|下さった)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))/u
/*
 * Review misc59 kind: the caller's words an offer, an invitation or a plain request, not a grievance (「ぜひ取材に来てください」, 「花壇の手入れを
 * 手伝わせてほしい」, 「ポスターを貼ってください」, 「飾り方を教えてほしい」, 「観光マップがほしい」): ほしい and ください count only when they ask
 * the city to mend, stop or deal with a thing (直してほしい, 何とかしてください, 早く…してほしい, 駐車させないでほしい).
 */
const REQUEST_QUOTE =
  /「[^「」\n]{0,40}?(?:(?:直し|止め|やめ|何とかし|なんとかし|どうにかし|対応し|改善し|片付け|片づけ|撤去し|静かにし|除雪し|掃除し|清掃し|刈っ|切っ|取り締まっ|注意し|指導し|見回っ|調べ|修理し|補修し)て(?:ほしい|欲しい|ください|下さい|もらえ)|(?:しない|させない|停めない|止めない|捨てない)で(?:ほしい|欲しい|ください|下さい)|(?:早く|ちゃんと|きちんと|いい加減|何度も)[^「」\n]{0,20}?(?:ほしい|欲しい|ください|下さい)|遅い|遅すぎ|危ない|危険|うるさい|困る|困って|何とか|なんとか|どうにか|ひどい|汚い|臭い|暗い|直して|直らない|来ない|おかしい|迷惑)[^「」\n]{0,8}」/u
/** …or the city said to have acted on what they called about (さっそく現地を確認しました, 工事の時間を見直しました, 電球を交換しました). */
const CITY_ACTED =
  /(?:確認|対応|補修|修理|修繕|交換|撤去|見直|改善|清掃|設置|回収|除雪|剪定|伐採|指導)(?:し|いたし|させていただき|を(?:し|いたし))(?:ました|ます)|(?:現地|現場)を(?:確認|調査|見)/u
/*
 * Review misc59 kind: an application for a business, a shop or an event (創業補助金の申請に来られた…カフェの店主さん, 出店の申し込みに来られた,
 * 後援名義の申請に来られた): the owner's business told, not a resident's need or grievance as a benefit or a complaint is.
 */
const CAME_TO_COMPLAIN =
  /(?:苦情|クレーム|お叱り|抗議|文句)(?:を)?(?:言い|伝え|申し入れ|おっしゃり)?に(?:来られた|来た|見えた|いらっしゃった|いらした|お越しになった|来庁された)|(?:苦情|クレーム|お叱り|抗議|文句)を(?:言われ|寄せられ|申し立てられ|申し入れられ|くださっ|くれ)た|(?<!(?:創業|開業|起業|出店|事業|営業|販路|店舗|商品|設備|出展|出演|後援|協賛|名義|使用|占用|イベント)[\p{Script=Han}]{0,6}の?)(?:[\p{Script=Han}]{0,8}(?:申請|申し込み|申込み?|届出|届け出|手続き?))(?:の(?:ため)?)?に(?:来られた|来た|見えた|いらっしゃった|いらした|お越しになった|来庁された)(?![^。！？!?\n]{0,4}(?:皆|方々|たち|方(?:は|が|も|に|へ|を|の)))/u
/*
 * Blind R327D-031, R328M-027 kinds (pisec60): the one who complained told as the source in the main clause, in any ending (沖端町で鮮魚店を
 * 営まれている方から、…眠れないとのご意見をいただきました; …理容室をされている60代のご主人から、…について何度もお電話をいただいています;
 * …の女将さんより苦情が寄せられました): that they did so is theirs, and with their place and trade the neighbours know who it is. A grievance
 * word counts as it is (group 1: ご意見, ご要望, 苦情, お叱り, 通報, ご相談); a call or a mail only where the post tells a grievance (COMPLAINT_TOPIC,
 * a quoted request, the city acting on it, repeated calls or an apology: COMPLAINT_CUE). Not the people who did, as a group (GROUP_OF).
 */
const COMPLAINED_FROM =
  /(?:方|ご主人(?:様|さま)?|旦那(?:さん|様|さま)|奥(?:さん|様|さま)|女将さん|おかみさん|店主(?:さん)?|大将|男性|女性|住民|ご夫婦|ご夫妻|おばあちゃん|おじいちゃん|おばあさん|おじいさん|おばさん|おじさん)(?:の方)?(?:から|より)[、,]?[^。！？!?\n]{0,50}?(?:(?:との|という|について|の件で|のことで)?(ご意見|ご要望|ご指摘|苦情|お叱り|クレーム|ご相談|通報|抗議)|(?:お)?電話|ご連絡|お問い合わせ|メール|お便り|お手紙|投書)(?:を|が|も)?(?:[、,]?(?:今月|先月|先日|昨日|本日|今日|今朝|今週|先週|昨年|今年|これまで(?:に)?|以前(?:にも)?|何度(?:も|か)|何回(?:も|か)|再三(?:に(?:わた|渡)って)?|度々|たびたび|連日|毎日|毎週|毎晩|すでに|既に|[0-9０-９一二三四五六七八九十]{1,3}(?:回|度|件)(?:も|ほど|以上)?(?:にわたって|にわたり)?)){0,3}[、,]?(?:いただ|頂|頂戴|あり|あっ|寄せられ|届|入り|入っ|受け|もらい|もらっ|くださ|下さ)|(?:方|ご主人(?:様|さま)?|奥(?:さん|様|さま)|女将さん|店主(?:さん)?|男性|女性|住民|ご夫婦|おばあちゃん|おじいちゃん|おばあさん|おじいさん)(?:の方)?(?:から|より)(?:も)?[、,]?[^。！？!?\n]{0,12}?(?:同じ|同様の|同じような)(?:件|ご意見|ご指摘|ご要望|内容|お話|お声|声|苦情)(?:を|が|も)?(?:伺(?:い|っ)|うかが(?:い|っ)|お聞き|承(?:り|っ)|聞い|いただ|頂|寄せられ)/u
/*
 * Blind R339W-031 kind (misc63): …or the grievance first and its source after it (…がまぶしいとのご意見を、…で美容室を営まれている女性の方から
 * いただきました; …についての苦情が、…の鮮魚店のご主人より寄せられました; …とのお電話を、…のご主人から何度もいただいています): the same complainant,
 * the words in the other order. Group 1 as in COMPLAINED_FROM (a grievance word counts as it is; a call or a mail only with a grievance told).
 */
const COMPLAINED_FROM_AFTER =
  /(?:(ご意見|ご要望|ご指摘|苦情|お叱り|クレーム|ご相談|通報|抗議)|(?:お)?電話|ご連絡|お問い合わせ|メール|お便り|お手紙|投書)(?:を|が)[、,]?[^。！？!?\n]{0,50}?(?:方|ご主人(?:様|さま)?|旦那(?:さん|様|さま)|奥(?:さん|様|さま)|女将さん|おかみさん|店主(?:さん)?|大将|男性|女性|住民|ご夫婦|ご夫妻|おばあちゃん|おじいちゃん|おばあさん|おじいさん|おばさん|おじさん)(?:の方)?(?:から|より)(?:も)?[、,]?(?:(?:今月|先月|先日|昨日|本日|今日|今朝|今週|先週|何度(?:も|か)|何回(?:も|か)|再三|度々|たびたび|連日|毎日|すでに|既に|[0-9０-９一二三四五六七八九十]{1,3}(?:回|度|件)(?:も|ほど|以上)?)[、,]?){0,3}(?:いただ|頂|頂戴|あり|あっ|寄せられ|届|入り|入っ|受け|もらい|もらっ|くださ|下さ)(?![^。！？!?\n]{0,4}(?:皆|方々|たち))/u
/** Either order: the grievance's source told (COMPLAINED_FROM) or the grievance first, then its source (COMPLAINED_FROM_AFTER). */
function complainedFromIn(text: string): RegExpExecArray | null {
  return COMPLAINED_FROM.exec(text) ?? COMPLAINED_FROM_AFTER.exec(text)
}
/** A grievance in the caller's words (…が暗くて不安だ, 危ない, うるさい, 困っている): what they complained of. */
const GRIEVANCE_SAID = /不安|心配|危な|危険|怖い|こわい|うるさ|迷惑|困って|困る|暗くて|暗い|汚(?:い|れ)|臭(?:い|う)|遅い|壊れ|破損|苦情|改善/u
const COMPLAINT_CUE = /何度も|繰り返し|毎日のように|再三|度々|たびたび|申し訳|お詫び|おわび|ご迷惑|ご不便|ご心配をおかけ/u
/**
 * Blind R259H-005 kind: a health check's finding told of one person (健診でHbA1cが高いと指摘され, 血圧が基準を超え, 要精密検査と): their test
 * result. Only with three details of the person (the town, the age, the former job) and no consent stated: a 60代の男性 in a town, interviewed
 * with consent, is a health story, not a patient given away.
 */
const CHECKUP_FINDING =
  /(?:HbA1c|ヘモグロビンA1c|血糖値?|血圧|コレステロール(?:値)?|中性脂肪|尿酸値?|肝機能|腎機能|γ-?GTP|尿(?:たんぱく|蛋白))(?:の(?:値|数値))?(?:が|も)[^。！？!?\n]{0,6}?(?:高い|高く|高め|低い|低く|基準(?:値)?を(?:超え|上回)|異常)|(?:健診|検診|人間ドック)で[^。！？!?\n]{0,24}?(?:と指摘|を指摘|要精密|要精検|要再検査|再検査|精密検査|異常が見つか)/u
/*
 * Blind R207I-062 kind: one found after going missing, taken into care or rescued (河川敷で保護された男性, 救助された, 行方不明になっていた): what
 * happened to them is theirs. A search notice and its follow-up give the district, the age and the sex on purpose (三橋町の85歳の男性は、無事に
 * 保護されました), so these count only with a detail no search needs: the post they held or their trade, their household, an office in a
 * local group, the one house of its kind (RESCUE_DETAIL).
 */
const RESCUED = /保護され(?:た|まし|て(?!い(?:る|ます)))|救助され|救出され|行方不明|行方が分から|行方がわから|捜索(?:され|して|し|中|願)/u
const RESCUE_DETAIL = ['livelihood', 'household', 'office', 'unique', 'children']
/** Where someone lives, said with the verb: 県営団地3号棟に一人でお住まいの, 本町在住, 干拓で暮らす. */
const LIVES_AT =
  /[\p{Script=Han}ァ-ヶノ々0-9]{2,16}(?:に|で)(?:一人で|ひとりで|お一人で|独りで|ご家族と|家族と)?(?:お住まい|住む|住んで|暮らす|暮らして)|[\p{Script=Han}ァ-ヶノ々0-9]{2,16}で(?:一人|ひとり|独り)暮らし|[\p{Script=Han}ァ-ヶノ々]{2,10}在住/u
/*
 * Blind R200D-057 kind: the floor or block of the building someone lives in (…のアパート2階にお住まいの, マンションの5階に住む, 団地の3号棟に):
 * with the district it leaves a handful of doors, as an age or a trade does with it.
 */
const FLOOR_OF_HOME =
  /(?:アパート|マンション|団地|ハイツ|コーポ|住宅|社宅|寮|集合住宅)(?:の)?\s?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:階|号棟|棟)(?:に|で)(?:お住まい|住む|住んで|住まれ|暮らす|暮らして|暮らされ|お暮らし)/u
const WIDE_LIVES = /^(?:市内|県内|町内|市外|県外|国内|海外|近隣|近所|地元|都内|東京|福岡|九州)/u
/**
 * Blind R177I-058: a place named before living alone (西蒲池の一人暮らしのおじいちゃん, 沖端のひとり暮らしの): where the person lives, as 在住 is.
 * Not who lives alone (高齢者の一人暮らし, 学生の一人暮らし, 男性の), nor a place too wide (都会の, 市内の; the city itself, read by the caller).
 */
const LIVES_ALONE_AT = /([\p{Script=Han}ァ-ヶノ々]{2,8})の(?:一人|ひとり|独り)暮らし(?:の|を|で|中)/u
const NOT_A_PLACE_END = /(?:者|[学校先入]生|性|人|親|子|女|男|会|齢|年|代|族|婦|夫|妻|母|父|孫|身|初|方|家|様|達|員|客|寮)$/u
/** A landmark or a building that narrows the place to a house: 旧郵便局向かい, 県営団地3号棟, 番地. */
const LANDMARK = /向かい|の隣|隣の|裏手|斜め前|号棟|[0-9一二三四五六七八九]+棟|団地|アパート|マンション|番地|丁目|(?<![\p{Script=Han}ぁ-ん])角(?:の|に(?:ある|あった))/u
/**
 * Round 116 (blind R117A-091, R117A-032): what the person or their house looks like, or their routine (赤い瓦屋根のお宅, 白いポロシャツの,
 * 毎朝8時に犬の散歩), only added to other details.
 */
const LOOK = /(?:赤|青|白|黒|黄|緑|茶)(?:い|色の)[^。！？!?\n]{0,6}?(?:屋根|瓦|壁|外壁|門|塀|ポロシャツ|シャツ|帽子|ジャンパー|服|上着|ズボン|車)/u
/**
 * A place named by what is next to the house: 矢加部の郵便局の隣, 中島の旧公民館向かい. Blind R197A-043: with の before 向かい too (蒲池の
 * 駅の向かいで…店をされている), as の隣 is written.
 */
const LANDMARK_PLACE = /[\p{Script=Han}ァ-ヶノ々]{2,10}の[\p{Script=Han}ァ-ヶー]{1,10}(?:の隣|の?向かい|の裏手|の斜め前)/u
/**
 * Blind R234M-018, R235I-014 kind: one living alone (一人暮らし, お一人で暮らしておられ, 独居): with the door pinned, the harm itself. Not those
 * who live alone as a class (一人暮らしの方は, 一人暮らしの高齢者, 独居世帯).
 */
const LIVES_ALONE = /(?:(?:一人|ひとり|独り)暮らし|独居)(?!の(?:方|皆|高齢者|世帯|人|家庭)|世帯|者)|(?:一人|ひとり|お一人|独り)で(?:お住まい|暮らし|住んで|住まわれ|住む|暮らす|暮らして|暮らされ|お暮らし)(?!の(?:方|皆|高齢者|世帯|人)|(?:方|人|高齢者|世帯)(?:は|が|も|の|を|に|へ|、|たち))/u
/** The household: ひとり親世帯, 一人でお住まい, 独居, 高齢者のみの世帯. */
const HOUSEHOLD =
  /(?:ご主人(?:様|さま)?|旦那(?:さん|様|さま)|奥(?:さん|様|さま)|夫|妻|配偶者)(?:を)?亡く(?:し|され)|(?:一人|ひとり|独り|女手一つ|女手ひとつ|男手一つ|男手ひとつ)で[^。！？!?\n]{0,12}?育て(?:て|る|た|ら|中)|シングルマザー|シングルファザー|(?:去年|昨年|数年前|今年)から(?:一人|ひとり|独り)(?:の|で|暮らし)|ひとり親|母子家庭|父子家庭|母子世帯|父子世帯|一人暮らし|ひとり暮らし|独居|(?:一人|ひとり|お一人|独り)で(?:お住まい|暮らし|住んで|住む|住まわれ|暮らす|暮らして|暮らされ)|二人暮らし|高齢者のみ|老老介護|生活保護/u
/**
 * Round 118 (blind R118A-031): the one house or business of its kind in a small place (蒲池の県道沿いで一軒だけ養鶏場をされている, 沖端で
 * 唯一の鍛冶屋, 大和の干拓地にたった一軒の牛舎): the place and "the only one" point at one household, whatever its district word.
 */
const UNIQUE_SPOT =
  /[\p{Script=Han}ァ-ヶノ々]{2,10}(?:の[\p{Script=Han}ァ-ヶー]{1,8}(?:沿い|近く|そば|付近|周辺|外れ|はずれ|奥))?(?:で|に|では|には)[^。！？!?\n、]{0,4}?(?:一軒だけ|1軒だけ|ただ一軒|たった一軒|一軒しか|1軒しか|一軒きり|唯一|ただ一人の|たった一人の|ひとりだけの|一人だけの)/u
/*
 * Blind R162I-098: the office one person holds in a local group, the group named by its place (西宮永の老人クラブで会長を務めている, 中島地区の
 * 自治会の副会長をされている, 沖端の消防団で分団長の): one person of the place, as 唯一の is. Counted as the place and one more detail.
 */
/**
 * Blind R241E-018 kind: someone not named but told by the office they hold in a local body (地元で長年消防団の分団長を務めてこられた方,
 * 自治会の会長をされている男性, 老人クラブの副会長をしている方) in a sentence that names a district of the town (大和町の用水路に転落して…):
 * one of a handful in that district, whose accident or illness the post then tells. Warn. Held, not acting (分団長が救助しました: the
 * rescuer named by office holds no private matter).
 */
const LOCAL_OFFICE =
  /(?:消防団|自治会|町内会|行政区|公民館|老人クラブ|婦人会|子ども会|子供会|PTA|民生委員|体育協会|保存会|青年団|水利組合|区)(?:の)?(?:副?分団長|副?団長|副?会長|区長|館長|班長|副?部長|会計|役員|委員長)を(?:長年|長く|長らく|ずっと|何年も)?(?:務め|つとめ|され|して|やって|担っ|担われ)/u
const TOWN_NAMED = /[\p{Script=Han}]{1,6}(?:町|村|地区)[\p{Script=Han}ノヶ々]{0,5}(?:の|で|に)/u
const GROUP_OFFICE =
  /[\p{Script=Han}ァ-ヶノ々]{2,10}の[\p{Script=Han}ァ-ヶー]{0,8}(?:クラブ|会|団|組合|サークル|協議会)(?:で|の)(?:副?会長|代表|副?団長|分団長|組長|班長|会計|キャプテン|主将|副?部長)(?:を務め|をされ|をして|として|の|で)/u
/*
 * Blind R162I-022: the school someone graduated from, told of one person (柳川高校出身で今は東京の大学病院で働いている方, 三橋中学校を卒業
 * した): with where they work now, a handful of people. Counted as the place someone is tied to, as where they live is. Not a group's
 * (出身の方々, 出身者の皆さん: GROUP_OF), nor a staff member's own story without a private person's matter (SENSITIVE).
 */
const ALMA_MATER = /[\p{Script=Han}ァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|高専|大学)(?:の)?(?:出身|卒業生|卒業し|を卒業|卒)(?![者生]?(?:の方々|の皆|たち|ら))/u
/*
 * Blind R164D-014: a house placed by the landmark it stands beside (道の駅の裏手にある古い2階建て, 駅の向かいにあるお宅, 公民館の隣にあった
 * 住宅): the place that points at one house, as a district does. Only a home said to be there (にある…お宅, 2階建て), not a public
 * building (防災倉庫, 公民館).
 */
const BESIDE_LANDMARK =
  /[\p{Script=Han}ァ-ヶー]{1,10}(?:の(?:裏手|裏|隣|斜め前|向かい)|向かい)に(?:ある|あった)[^。！？!?\n、]{0,6}?(?:お宅|住宅|民家|家|[0-9一二三]階建て|平屋|アパート|長屋)/u
/*
 * Blind R162I-095: how many children the parent has (4人のお子さんを, 子どもが3人), or the eldest's school and club told in the next sentence
 * (いちばん上のお子さんは中島小のソフトボール部でキャプテン): each narrows the household.
 */
const CHILD_COUNT = /(?<![0-9])[2-9二三四五六七八九]人の(?:お子さん|お子様|子ども|子供|子|娘|息子)|(?:お子さん|子ども|子供)(?:が|は)?(?<![0-9])[2-9二三四五六七八九]人(?!以上|以下|まで)/u
const CHILD_NEXT = /^[\s　]{0,2}(?:いちばん上の|一番上の|上の|下の|末の|その)?(?:お子さん|お子様|子ども|子供|子|娘さん|息子さん|長男|長女|次男|次女)(?:は|が|も)/u
const CHILD_SCHOOL_CLUB = /[\p{Script=Han}ぁ-んァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|小|中)(?:の|で)[^。！？!?\n]{0,4}?(?:[ァ-ヶー]{2,8}|野球|陸上|剣道|柔道|弓道|水泳|卓球|吹奏楽|美術|書道|合唱|科学|写真|演劇|放送|囲碁|将棋|茶道|華道)部/u
/*
 * Blind R167I-047: the trade someone runs at a place below the city (沖端で土産物店を営まれている, 三橋町で鍼灸院をされている, 大和で食堂を経営する):
 * the shop points at its owner, as a district and a trade do. (Not a city named bare, 柳川で鰻屋を営む: the account's own cities, or one the
 * paragraph writes with 市, as namedCity reads them.)
 */
/*
 * Blind R236I-027 kind: the family business placed by its district and told as long-standing (沖端で代々続く老舗旅館, 三橋町に店を構える,
 * 大和で三代続く酒蔵): the one house of its trade there, as …で旅館を営む is.
 */
/*
 * Blind R302K-007 kind: the district and then the road or river the shop stands along (大和町の県道沿いで理容店を営まれている, 沖端の川沿いで
 * 食堂を): the district is the place, the road only narrows it.
 */
/*
 * Blind R308T-038 kind: the shop placed at a spot of the district (京町の交差点の角で三代続く畳店, 沖端の橋のたもとで食堂を営む, 本町の駅前
 * 通りの角に店を構える): the district is the place, the corner only narrows it, as a road does.
 */
const BUSINESS_SPOT =
  /([\p{Script=Han}ァ-ヶノ々]{2,10})(?:(?:の[\p{Script=Han}ァ-ヶー]{1,6}(?:通り)?(?:沿い|のそば|の近く|の前|の?角|のたもと|の向かい|の隣))?(?:で[^。！？!?\n、]{0,10}?(?:店|屋|院|旅館|民宿|工房|食堂|商店|農園|薬局|教室|事務所|カフェ|酒造|鮮魚店|理容店|美容室|理容室|理髪所|床屋|診療所|クリニック|写真館|サロン|塾)を(?:営|経営|され(?:て|た)|開(?:い|業))|(?:で|に)(?:代々|古くから|昔から|[0-9一二三四五六七八九十百]{1,3}(?:年|代)(?:以上)?)(?:続く|続いている|構える)(?:老舗の?)?[^。！？!?\n、]{0,6}?(?:店|屋|旅館|料亭|民宿|工房|食堂|商店|農園|酒造|酒蔵|窯元|鮮魚店|理容店|呉服店)))/u
/*
 * Blind R331R-050 kind: a trade done at a district named bare (西浜武で大工をされている方, 皿垣開で農業を営む, 沖端で漁師をしている): where the
 * person lives or works, as 三橋町で…を営む is; the trade need not be a shop. The place stands as a word of its own (after a non-kanji), two to
 * four kanji, not a whole city, a common noun that takes で before a job (趣味で, 夫婦で, 家族で, 地域で, 現場で) nor a facility.
 */
const TRADE_AT_BARE_PLACE =
  /(?<![\p{Script=Han}ァ-ヶー々])([\p{Script=Han}々ヶノ]{2,4})で[^。！？!?\n、]{0,10}?を(?:営(?:む|んで|まれ)|経営(?:する|して|されて)|され(?:て(?:いる|おられる|いた)|た)|なさって|して(?:いる|おられる|いらっしゃる))/u
const NOT_TRADE_PLACE =
  /^(?:趣味|夫婦|家族|親子|兄弟|姉妹|個人|独学|長年|長く|地域|地区|集落|近所|近隣|自宅|家庭|実家|職場|現場|現地|店頭|店舗|会社|市内|町内|県内|国内|海外|全国|各地|都内|本業|副業|兼業|専業|二人|三人|仲間|有志|同地|当地|全員|一人|共同|交代|分担|無償|無料|有償|定年後|退職後|今年|昨年|去年|以前|最近|現在|今|毎年|毎日|毎週|地元|路上|屋外|屋内|野外|校内|園内|館内|施設|病院|学校|本市|当市|本町|同町)$/u
/*
 * Blind R320M-012 kind: a shop placed by the landmark it stands near (川下り乗船場近くで長年鮮魚店を営む, 駅前で花屋を営む, 水天宮のそばで
 * 旅館をされている, 郵便局の向かいに店を構える): the landmark narrows the trade to one door, as a district and a road do (BUSINESS_SPOT).
 * Counted as a landmark of the person. Bounded: the landmark at most 10 characters, 8 between the place and the trade.
 */
const SHOP_NEAR =
  /[\p{Script=Han}ァ-ヶー]{2,10}(?:の)?(?:すぐ)?(?:近く|そば|付近|目の前|真ん前|前|向かい|隣|裏手|たもと)(?:で|に)(?:長年|長く|代々|昔から|古くから|[0-9一二三四五六七八九十]{1,3}年(?:以上)?)?[^。！？!?\n、]{0,8}?(?:店|屋|院|旅館|民宿|工房|食堂|商店|農園|薬局|酒造|理容店|美容室|理容室|理髪所|床屋|診療所|クリニック|写真館|サロン|塾|カフェ|事務所)を(?:営|経営|され(?:て|た)|開(?:い|業)|構え)/u
/*
 * Blind R320M-012 kind: a house fire placed in a district (沖端町の住宅で火災が発生し, 三橋町の民家から出火, 大和町で住宅火災): the household
 * the post then tells of (出火元は…のお宅, この家に住む…) lives in that district, so the district is theirs. Read in the sentence of the
 * household or the one before; counted only toward three details (a fire report's 住人の80代男性 alone is what the fire service tells).
 */
const FIRE_SCENE =
  /[\p{Script=Han}]{1,6}(?:町|村|地区)[\p{Script=Han}ノヶ々]{0,5}(?:の|にある)[^。！？!?\n、]{0,10}?(?:住宅|民家|家屋|お宅|ご自宅|アパート|長屋|住居|一軒家|平屋|店舗兼住宅)(?:で|から|が)[^。！？!?\n]{0,12}?(?:火災|火事|出火|ぼや|ボヤ|全焼|半焼|焼損|燃え)|[\p{Script=Han}]{1,6}(?:町|村|地区)[\p{Script=Han}ノヶ々]{0,5}で(?:建物|住宅|民家|家屋)?(?:火災|火事|ぼや|ボヤ)(?:が|があり|があっ|が発生)/u
/** The sentence tells the household of the fire: its source or those who live there (出火元は, 火元となった, この家に住む, 住人の, お宅). */
const FIRE_HOUSEHOLD = /出火元|火元|住人|(?:に|で)(?:お住まい|住む|住んで|住まれ|暮らす|暮らして|暮らされ)|のお宅|のご自宅|の自宅|焼け出さ/u
/*
 * Blind R167I-097: someone said to live right by a spot the post has named (新町の集積所…。…すぐ近くにお住まいの70代の男性): where they live, as
 * 隣にお住まいの is after a named place.
 */
const NEAR_SPOT = /(?:すぐ|直ぐ)?(?:近く|そば|隣|お隣|裏|向かい|お向かい|近所)に(?:お住まい|住む|住んで|暮らす|暮らして)/u
/*
 * Blind R207I-062 kind: the spot named right before is a school, a station or a building everyone in the district knows (蒲池小の近くにお住まいの,
 * 駅のそばに住む): where the person lives, as a district is. Not the city's own hall or a place as wide as a town.
 */
const NAMED_SPOT_BEFORE =
  /[\p{Script=Han}ァ-ヶー]{1,10}(?:小学校|中学校|高校|高等学校|小|中|駅|神社|八幡宮|天満宮|寺|公民館|集会所|郵便局|病院|医院|保育園|保育所|幼稚園|こども園|公園|橋|交差点|バス停|踏切|水門)の(?:すぐ|直ぐ)?$/u
/*
 * Blind R183I-033: the spot of an accident named by its district word-less place (沖端の掘割に落ちて, 三橋町の市道で転倒し, 矢留の水路で), then the
 * person said to live near it (近くにお住まいの84歳の男性): the scene places their home, as a district does. Not a place as wide as the city
 * (市内の公園, 柳川の川: the account's own city, or one written with 市), nor one's own home (自宅の庭).
 */
const SCENE =
  /([\p{Script=Han}ァ-ヶノ々]{2,8})の(?:掘割|堀割|お堀|堀|川|川沿い|水路|用水路|クリーク|市道|県道|国道|農道|道路|交差点|公園|堤防|橋|海岸|河川敷|踏切|バス停|田んぼ|畑|漁港|港|神社|お寺|遊歩道|散歩道|歩道|路上|駐車場|空き地)(?:で|に|から|を|の|付近|近く)/gu
const NOT_SCENE_PLACE = /^(?:市内|市外|県内|県外|町内|近く|近所|地元|自宅|実家|ご自宅|お宅|うち|家|この|その|あの|近隣|周辺|付近)$|[市県都府道]$/u
function sceneBefore(t: string, text: string, cities: ReadonlyArray<string>): boolean {
  for (const m of matchAllOf(SCENE, text)) {
    const place = m[1]!
    if (!NOT_SCENE_PLACE.test(place) && !WIDE_LIVES.test(place) && !cities.includes(place) && !t.includes(place + '市')) return true
  }
  return false
}
/** Blind R167I-097: the next sentence points at the house (角の青い屋根のお宅です, 郵便局の隣の白い家です). */
const HOUSE_NEXT = /^[\s　]{0,2}[^。！？!?\n]{0,20}?(?:お宅|お家|おうち|家|住宅|一軒家|平屋|アパート)(?:です|でした|だ|[。！!]|$)/u
/*
 * Blind R179I-055: a child called by the family's shop or trade (沖端の鮮魚店の息子さん, たばこ屋さんの娘さん, 旅館のお孫さん): one household's
 * child, as 男の子 is one child; with the school and grade (（城内小5年）) the family's trade and the class year single them out.
 */
const SHOP_CHILD =
  /(?:(?![のがはをにへとでもや])[ぁ-ん]{1,4}|[\p{Script=Han}ァ-ヶー]{0,8})(?:店|屋|旅館|民宿|食堂|工房|農園|牧場|薬局|医院|酒造|商店|料亭|窯元)(?:さん)?の(?:(?:一番|いちばん)?(?:上|下|末|真ん中)の)?(?:息子さん|娘さん|お子さん|お子様|お嬢さん|坊ちゃん|お孫さん|ご長男|ご長女|長男|長女|次男|次女|息子|娘)(?![\p{Script=Han}ァ-ヶー]|たち|ら(?![ぁ-ゖ]))/u
/*
 * Blind R171I-111 (kept when パン屋さん stopped reading as a name): a parent's or the home's trade told of the child (お父さんが沖端のうなぎ屋さん
 * らしい, お母さんは駅前の花屋さんで, 実家が旅館をされて): the household's shop, as 鮮魚店の息子さん is.
 */
const PARENT_TRADE =
  /(?:お父(?:さん|様)|お母(?:さん|様)|父親|母親|ご両親|両親|親御さん|ご実家|実家|おうち|お家)(?:が|は|も)[^。！？!?\n、]{0,12}?(?:屋|店|旅館|民宿|食堂|工房|農園|牧場|薬局|医院|酒造|商店|料亭|窯元)(?:さん)?(?:らしい|らしく|だそう|です|でした|で[、,]|だ|を(?:され|営|経営|やって|継い)|で働)/u
/*
 * Team R11A-081 kind: the child's place among the siblings before the word (クリーニング屋さんの下の息子さん, 酒屋さんの一番上の娘さん): one child of
 * the household, as 次男 is.
 */
/**
 * Team R11A-081 kind: a child's mishap at a public event (おはなし会で泣き出してしまった, 式の途中で大泣きした, おもらしをした): a private moment the
 * child's family would not have told. With the family's shop and district it points at one child (describedPerson).
 */
const CHILD_MISHAP = /泣き出(?:し|す)|泣いてしまっ|大泣き(?:し|され)|お?もらし(?:て|た|を)|漏らして|転んで泣/u
/** A pupil's school and grade, with の between too (蒲池小の6年生, 城内小学校の3年): in an unnamed description. */
/* Blind R204D-016 kind: the year a pupil has just entered, with 新 (城内小の新1年2組, 新2年の): their school and grade. */
export const SCHOOL_GRADE_OF = /[\p{Script=Han}ぁ-んァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|小|中)の?\s?新?[0-9一二三四五六]年/u
/** A pupil's school and grade: 蒲池小学校5年の, 柳城中2年の. */
/*
 * Blind R204D-016 kind: a sentence that points back at one person by what they did where others saw (式の途中で先生に付き添われて保健室へ行った、
 * あの男の子です; 発表会で泣き出した、あの子です): "that child" everyone there remembers. Not "that kind of" (あのような子), nor a question.
 */
const SEEN_NEXT = /^[\s　]{0,2}[^。！？!?\n「」]{4,40}?(?:た|だ)[、,]?\s?(?:あの|例の)(?:男の子|女の子|子|お子さん|児童|生徒|男性|女性|方|人)(?:です|でした|だ|[。！!]|$)/u
const SCHOOL_GRADE = /[\p{Script=Han}ぁ-んァ-ヶー]{1,8}(?:小学校|中学校|高校|高等学校|小|中)\s?[0-9一二三四五六]年/u

/**
 * A private person singled out without a name: where they live (or their school and grade) and their
 * age, livelihood, household or a landmark at their door, in a sentence about an illness, a complaint,
 * an accident, arrears or a child taken into care (大和町にお住まいの70代で海苔漁を営む男性お一人…入院,
 * 沖端町の川沿いで鍼灸院をされている方から…とのご意見). Warn (4(4)); three details together (大和町中島の
 * 旧郵便局向かいで理容店を営む70代男性…分納, 蒲池小学校5年の女子児童（ひとり親世帯、本町在住）…一時保護) block.
 */
export function describedPerson(doc: Doc, emit: Emit, cities: ReadonlyArray<string> = []): void {
  const t = withoutUrls(doc, doc.norm.text)
  const mishap = CHILD_MISHAP.test(t) && SHOP_CHILD.test(t)
  const aloneAny = LIVES_ALONE.test(t)
  const checkup = CHECKUP_FINDING.test(t) && !CONSENT.test(t)
  const calledIn =
    CAME_TO_COMPLAIN.test(t) || (CALLED_IN.test(t) && (COMPLAINT_TOPIC.test(t) || REQUEST_QUOTE.test(t) || CITY_ACTED.test(t))) || (CALL_GIVEN.test(t) && (COMPLAINT_TOPIC.test(t) || COMPLAINT_CUE.test(t)))
  const fromM = complainedFromIn(t)
  const complainedFrom = fromM !== null && (fromM[1] !== undefined || COMPLAINT_TOPIC.test(t) || REQUEST_QUOTE.test(t) || CITY_ACTED.test(t) || COMPLAINT_CUE.test(t))
  if (!((MAY_SENSITIVE(t) && SENSITIVE.test(t)) || COMPLAINANT.test(t) || (CONTACTED.test(t) && COMPLAINT_TOPIC.test(t)) || calledIn || complainedFrom || RESCUED.test(t) || mishap || aloneAny || checkup) || !(ONE_PERSON.test(t) || NEIGHBOUR_PERSON.test(t) || SHOP_CHILD.test(t))) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const shopChild = SHOP_CHILD.exec(sentence)
    if (!(ONE_PERSON.test(sentence) || NEIGHBOUR_PERSON.test(sentence) || shopChild) || GROUP_OF.test(sentence)) continue
    const unique = UNIQUE_SPOT.exec(sentence)
    const office = GROUP_OFFICE.exec(sentence)
    const district = DISTRICT.exec(sentence) ?? LANDMARK_PLACE.exec(sentence) ?? unique ?? office
    const alone = LIVES_ALONE_AT.exec(sentence)
    const livesRaw = LIVES_AT.exec(sentence) ?? (alone && !NOT_A_PLACE_END.test(alone[1]!) && !cities.includes(alone[1]!) && !t.includes(alone[1]! + '市') ? alone : null)
    const lives = livesRaw && !WIDE_LIVES.test(livesRaw[0]) && !/^(?:都会|田舎|都市|郊外|市内|町内)/u.test(livesRaw[0]) ? livesRaw : null
    const school = SCHOOL_GRADE.exec(sentence) ?? SCHOOL_GRADE_OF.exec(sentence)
    const parentTrade = PARENT_TRADE.exec(sentence)
    const alma = ALMA_MATER.exec(sentence)
    // Blind R202A-029 kind: someone said to live next to a landmark (蒲池の酒屋さんのお隣にお住まいで, 郵便局の向かいに住む): their door, as
    // 駅の向かいにあるお宅 is.
    const beside = BESIDE_LANDMARK.exec(sentence) ?? HOME_BY_LANDMARK.exec(sentence)
    const shopRaw = BUSINESS_SPOT.exec(sentence)
    const shop = shopRaw && !WIDE_LIVES.test(shopRaw[1]!) && !/[市県都府道]$/u.test(shopRaw[1]!) && !cities.includes(shopRaw[1]!) && !t.includes(shopRaw[1]! + '市') ? shopRaw : null
    // Blind R331R-050 kind: a trade done at a district named bare (西浜武で大工をされている方).
    const tradeRaw = shop ? null : TRADE_AT_BARE_PLACE.exec(sentence)
    const trade = tradeRaw && !NOT_BARE_PLACE.test(tradeRaw[1]!) && !NOT_TRADE_PLACE.test(tradeRaw[1]!) && !NOT_SCENE_PLACE.test(tradeRaw[1]!) && !cities.includes(tradeRaw[1]!) && !t.includes(tradeRaw[1]! + '市') ? tradeRaw : null
    const prevSpan = s.start > 1 ? sentenceSpan(t, s.start - 2) : null
    const nearRaw = NEAR_SPOT.exec(sentence)
    const nearBefore = (prevSpan ? t.slice(prevSpan.start, prevSpan.end) : '') + '\n' + sentence.slice(0, nearRaw?.index ?? 0)
    const near = nearRaw && (DISTRICT.test(nearBefore) || sceneBefore(t, nearBefore, cities) || NAMED_SPOT_BEFORE.test(sentence.slice(Math.max(0, nearRaw.index - 14), nearRaw.index))) ? nearRaw : null
    const shopNear = SHOP_NEAR.exec(sentence)
    // Blind R320M-012 kind: the household of a house fire placed in a district in this sentence or the one before.
    const scene = FIRE_HOUSEHOLD.test(sentence) && (FIRE_SCENE.test(sentence) || (prevSpan !== null && FIRE_SCENE.test(t.slice(prevSpan.start, prevSpan.end))))
    const anchor = district ?? lives ?? school ?? alma ?? beside ?? shop ?? trade ?? near ?? shopChild ?? LOCAL_OFFICE.exec(sentence) ?? shopNear ?? (scene ? ONE_PERSON.exec(sentence) : null)
    // A description quoted as an example (「沖端町の角の酒屋の旦那さん」のような書き方) is a mention.
    if (!anchor || quotedOnLine(t, s.start + anchor.index)) continue
    const details = new Set<string>()
    if (district || lives || alma || shop || trade || near) details.add('place')
    if (school) details.add('school')
    // Blind R174I-053: the class after the school and grade (両開小学校5年2組の男の子): thirty children, one of them.
    if (school && /^\s?[0-9一二三四五六七八九]組/u.test(sentence.slice(school.index + school[0].length, school.index + school[0].length + 3))) details.add('class')
    if (beside || shopNear) details.add('landmark')
    if (CHILD_COUNT.test(sentence)) details.add('children')
    if (AGE_BAND.test(sentence) || LIFE_YEAR.test(sentence)) details.add('age')
    if (LIVELIHOOD.test(sentence) || shopChild || parentTrade) details.add('livelihood')
    if (HOUSEHOLD.test(sentence)) details.add('household')
    // A pupil's sex and club with the school and grade (昭代中2年の男子生徒…。バレー部の件とあわせて): a handful, then one.
    if (school && /(?:男子|女子)(?:生徒|児童)|男児|女児|(?<![\p{Script=Han}])(?:男|女)の子/u.test(sentence)) details.add('sex')
    // The family told in the next sentence (…男の子を一時保護しました。お父さんが駅前で鮮魚店をされているご家庭です).
    const nextSpan = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)) : null
    const family = nextSpan !== null && FAMILY_NEXT.test(t.slice(s.end + 1, nextSpan.end)) ? t.slice(s.end + 1, nextSpan.end) : ''
    if (family !== '' && LIVELIHOOD.test(family)) details.add('livelihood')
    if (family !== '' && HOUSEHOLD.test(family)) details.add('household')
    if (family !== '' && (LANDMARK.test(family) || LANDMARK_PLACE.test(family))) details.add('landmark')
    const house = nextSpan !== null && HOUSE_NEXT.test(t.slice(s.end + 1, nextSpan.end)) ? t.slice(s.end + 1, nextSpan.end) : ''
    if (house !== '' && (LOOK.test(house) || LANDMARK.test(house))) details.add('look')
    if (school && CLUB.test(t.slice(s.start, Math.min(t.length, s.end + 40)))) details.add('club')
    if (nextSpan !== null && CHILD_NEXT.test(t.slice(s.end + 1, nextSpan.end)) && CHILD_SCHOOL_CLUB.test(t.slice(s.end + 1, nextSpan.end))) details.add('club')
    if (LANDMARK.test(sentence)) details.add('landmark')
    const floor = FLOOR_OF_HOME.test(sentence)
    // The building and its floor are one detail: アパート is no landmark of its own beside 2階.
    if (floor) {
      details.add('floor')
      if (!LANDMARK.test(sentence.replace(/アパート|マンション|団地|号棟|[0-9一二三四五六七八九]+棟/gu, ''))) details.delete('landmark')
    }
    if (unique) details.add('unique')
    if (office) details.add('office')
    if (LOOK.test(sentence)) details.add('look')
    // Blind R204D-016 kind: the next sentence points at the person by a scene everyone present saw (式の途中で保健室へ行った、あの男の子です).
    if (nextSpan !== null && SEEN_NEXT.test(t.slice(s.end + 1, nextSpan.end))) details.add('seen')
    // Blind R302K-007 kind: the person told as one who brought the city an opinion, a complaint or a case (窓口にご意見をお寄せくださった,
    // 相談に来られた, 通報された): that they did so is theirs to tell, and with their place and trade it names them.
    // Blind R324M-007 kind: …or told as a clause before the words for them (「…」とお電話をくださった、…のご主人; 申請に来られた…女将さん).
    // Blind R327D-031 kind: …or told as the source in the main clause (…の方から、…とのご意見をいただきました, …から何度もお電話をいただいています).
    const from = complainedFrom ? complainedFromIn(sentence) : null
    // (Only with the trade they run: the shop pins one door, as R327D-031's 鮮魚店 does; a district and an age with a complaint stay a warning.)
    const fromTold = from !== null && details.has('livelihood') && (from[1] !== undefined || COMPLAINT_TOPIC.test(t) || REQUEST_QUOTE.test(t) || CITY_ACTED.test(t) || COMPLAINT_CUE.test(t))
    if (COMPLAINANT.test(sentence) || (CONTACTED.test(sentence) && COMPLAINT_TOPIC.test(t)) || (calledIn && (CAME_TO_COMPLAIN.test(sentence) || CALLED_IN.test(sentence) || (CALL_GIVEN.test(sentence) && (COMPLAINT_TOPIC.test(t) || COMPLAINT_CUE.test(t))))) || fromTold) details.add('complaint')
    if (ROUTINE.test(sentence)) details.add('routine')
    // Blind R183I-033: their daily habit told in the sentence or the next (ご家族によると毎朝この道を散歩されていた): where to meet them, and when.
    else {
      const after = nextSpan !== null ? t.slice(s.end + 1, nextSpan.end) : ''
      if (HABIT.test(sentence) || (HABIT.test(after) && !GROUP_OF.test(after) && !/皆さん|みなさん|皆様|方々|たち/u.test(after))) details.add('routine')
    }
    // Blind R179I-055: a child called by the family's shop, with the school and grade (鮮魚店の息子さん（城内小5年）).
    // Blind R241E-018 kind: the office held in a local body with a district of the town named in the sentence (大和町の用水路に転落して…
    // 消防団の分団長を務めてこられた方).
    const localOffice = LOCAL_OFFICE.test(sentence) && TOWN_NAMED.test(sentence)
    if (localOffice) details.add('office')
    const warned0 = ((details.has('place') || beside !== null) && (details.has('age') || details.has('livelihood') || details.has('floor'))) || (school !== null && (shopChild !== null || parentTrade !== null)) || localOffice
    // A house fire's district told in this sentence or the one before: the household's place, toward three details only (it is where the
    // fire was, not a home the sentence gives), and the finding a warning when it took the fire's place to reach three.
    const sceneOnly = scene && !details.has('place')
    if (sceneOnly) details.add('scene')
    const identified = details.size >= 3
    const byScene = sceneOnly && details.size === 3
    // Blind R271P-030 kind: one unnamed person brought in by a sentence with where they live (大和町の有明海沿いで…男性がいます), then told in
    // the sentences that run on with the subject left out (昨年奥様を亡くされ、…一人暮らし。元漁協の組合長で、今年で86歳): three details of one
    // person across the run are as many as in one sentence. Warn. The run stops at a paragraph, a quotation or another person.
    let runEnd = s.end
    if (!warned0 && !identified && details.has('place')) {
      const run = new Set(details)
      for (let k = 0; k < 2 && runEnd < t.length - 1 && /[。！!]/u.test(t[runEnd]!); k++) {
        const n = sentenceSpan(t, runEnd + 1)
        const next = t.slice(n.start, n.end)
        if (n.start !== runEnd + 1 || next.trim() === '' || /^[「『]/u.test(next) || GROUP_OF.test(next) || /(?:さん|氏|ちゃん|くん|君|先生|男性|女性|男児|女児|児童|生徒|(?<![\p{Script=Han}])(?:男|女)の子|(?<![\p{Script=Han}])(?:方|人))(?:は|が|も|に)|皆|方々|たち/u.test(next)) break
        if (AGE_BAND.test(next) || LIFE_YEAR.test(next)) run.add('age')
        if (LIVELIHOOD.test(next)) run.add('livelihood')
        if (HOUSEHOLD.test(next)) run.add('household')
        if (LANDMARK.test(next) || LANDMARK_PLACE.test(next)) run.add('landmark')
        if (LOCAL_OFFICE.test(next) || GROUP_OFFICE.test(next)) run.add('office')
        runEnd = n.end
      }
      if (run.size >= 3) {
        for (const d of run) details.add(d)
      } else runEnd = s.end
    }
    const ran = runEnd > s.end
    const warned = warned0 || ran
    if (!warned && !identified) continue
    // The harm may be told in the next sentence (…男性お一人です。現在、入院して…).
    const around = t.slice(Math.max(0, s.start - 60), Math.min(t.length, Math.max(s.end + 40, runEnd)))
    // Blind R234M-018, R235I-014 kind: one who lives alone, their door pinned by a landmark (…の裏手にお住まいで、…91歳の女性が…お一人暮らし):
    // the post tells anyone where a person alone is to be found, the harm itself; identified only (three details or more).
    const aloneAtDoor = identified && aloneAny && LIVES_ALONE.test(sentence) && (beside !== null || (details.has('landmark') && details.has('place')))
    if (!aloneAtDoor && !details.has('complaint') && !harmTold(around) && !(checkup && identified && CHECKUP_FINDING.test(around)) && !(RESCUED.test(around) && RESCUE_DETAIL.some((d) => details.has(d))) && !(mishap && shopChild !== null && CHILD_MISHAP.test(around))) continue
    const span = doc.fromNorm(s.start + anchor.index, s.start + anchor.index + anchor[0].length)
    const label = [...details]
      .map((d) => ({ place: '住んでいる地域', school: '学校・学年', class: '学級', age: '年齢', livelihood: '仕事', household: '世帯の状況', landmark: '目印になる場所', sex: '性別', seen: 'その場の出来事', club: '部活動', look: '外見・家の様子', routine: '日課', unique: '地域で唯一という説明', office: '地域の団体での役職', children: '子どもの人数', floor: '住まいの建物の階・棟', complaint: '市に意見・相談を寄せたこと', scene: '火災のあった地域' })[d])
      .join('・')
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      severity: identified && !ran && !byScene ? 'block' : undefined,
      data: { label },
    })
  }
}

/**
 * Blind R170I-032: a private person not named but told by the time they are at one spot every day and by how they look (毎朝6時ごろ、三橋中学校の
 * 正門前でゴミ拾いをしてくださっている、白い柴犬を連れたご夫婦; 毎晩8時に沖端の水天宮前を歩いている、赤い帽子のおじいさん): a thank-you that tells
 * anyone where to find them and when. Warn. Not a group (見守り隊の皆さん, 地域の方々), nor a routine without a spot or a look.
 */
const ROUTINE_TIME =
  /(?:毎朝|毎晩|毎夕|毎日|毎週[月火水木金土日]曜(?:日)?|平日は?|いつも)[^。！？!?\n]{0,10}?(?:[0-9]{1,2}[:：][0-9]{2}|[0-9一二三四五六七八九十]{1,2}時(?:半|[0-9]{1,2}分)?)(?:ごろ|頃|前後|過ぎ)?/u
const ROUTINE_SPOT =
  /[\p{Script=Han}ァ-ヶー々ノ]{2,12}(?:小学校|中学校|高校|学校|保育園|幼稚園|公園|駅|神社|寺|橋|公民館|交差点|バス停|郵便局|集積所|堤防|広場|商店街)(?:の)?(?:正門|裏門|校門|入口|入り口|前|横|周り|周辺|近く|そば|付近)?(?:前)?(?:で|に|を|から|の周り)/u
const LOOK_OF_PERSON =
  /(?:赤|青|白|黒|黄|緑|茶|ピンク|オレンジ|水色|灰色)(?:い|色の|の)[^。！？!?\n]{0,6}?(?:犬|柴犬|ワンちゃん|わんちゃん|わんこ|自転車|バイク|車|帽子|ジャンパー|ジャケット|ベスト|シャツ|ポロシャツ|服|傘|杖|リュック)(?:を(?:連れ|押し|引い|かぶ|着|つい|背負)|に乗|の)/u
const ROUTINE_PERSON =
  /(?<![\p{Script=Han}ァ-ヶー])(?:ご夫婦|ご夫妻|夫婦|男性|女性|おじいさん|おばあさん|おじいちゃん|おばあちゃん|おじさん|おばさん|お兄さん|お姉さん|青年|少年|少女|紳士|ご婦人|方)(?!たち|方|々|の皆|ら(?![\p{Script=Han}ぁ-ゖ]))/u
/*
 * Blind R236I-004 kind: one child's way to school told by its time and spot, with the school, the grade and the sex (毎朝7時すぎ、沖端の
 * 水天宮前を…駆け抜けていく城内小5年の男の子; 毎日4時ごろ、…橋を渡って帰る蒲池小3年の女の子): anyone learns where and when to find that child.
 * Block. Not the pupils as a group (児童の皆さん, 男の子たち, 5年生が), nor a grade without its school.
 */
const ONE_CHILD = /(?<![\p{Script=Han}]|[とや]\s?)(?:男|女)の子(?!たち|達|ら(?![ぁ-ゖ])|の皆|同士|\s?[とや])|(?:男子|女子)(?:児童|生徒)(?!たち|達|ら(?![ぁ-ゖ])|の皆)|(?:男児|女児)(?!たち|達|ら(?![ぁ-ゖ]))/u
const CHILD_SPOT =
  /[\p{Script=Han}ァ-ヶー々ノ]{2,12}(?:小学校|中学校|高校|学校|保育園|幼稚園|公園|駅|神社|宮|寺|橋|公民館|交差点|バス停|郵便局|堤防|広場|商店街|踏切|水門|通り|前)(?:の)?(?:正門|裏門|校門|入口|入り口|前|横|周り|周辺|近く|そば|付近|たもと)?(?:前)?(?:で|に|を|から|の周り)/u
function childRoutine(doc: Doc, t: string, emit: Emit): boolean {
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const time = ROUTINE_TIME.exec(sentence)
    if (!time || /^毎週/u.test(time[0]) || !CHILD_SPOT.test(sentence) || !ONE_CHILD.test(sentence) || !(SCHOOL_GRADE.test(sentence) || SCHOOL_GRADE_OF.test(sentence))) continue
    if (GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence) || quotedOnLine(t, s.start + time.index) || CONSENT.test(t)) continue
    const span = doc.fromNorm(s.start + time.index, s.start + time.index + time[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '子どもの学校・学年と毎日の通る時刻・場所' } })
    return true
  }
  return false
}
/*
 * Blind R236I-005 kind: pupils not named but told by the school and grade and a post only one of them holds (三橋中学校3年生の…。お一人は
 * 野球部の主将、もう一人は生徒会長で), with where they live (ともに三橋町にお住まい): the school's captain or council head is one known pupil.
 * Warn. Not the post alone at a school event (柳城中の生徒会長が開会のあいさつ: no home told), nor the pupils as a group.
 */
const SOLE_PUPIL_POST =
  /(?:[ァ-ヶー]{2,8}|野球|陸上|剣道|柔道|弓道|空手|水泳|卓球|吹奏楽|美術|書道|合唱|科学|写真|演劇|放送|囲碁|将棋|茶道|華道|テニス|バレー|バスケ|サッカー)部の(?:主将|キャプテン|部長|副部長)|(?:生徒会|児童会)(?:の)?(?:副)?会長|(?:生徒|児童)(?:副)?会長/u
const PUPIL_HOME = /[\p{Script=Han}]{1,6}(?:町|村|地区|校区)[\p{Script=Han}ノヶ々]{0,4}(?:にお住まい|在住|に住(?:む|んで)|で暮ら)(?![^。！？!?\n、]{0,3}(?:皆|方々|方は|方を|方に|方へ|人たち|人は|世帯))/u
export function pupilByPost(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!SOLE_PUPIL_POST.test(t) || !PUPIL_HOME.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const school = SCHOOL_GRADE.exec(sentence) ?? SCHOOL_GRADE_OF.exec(sentence)
    if (!school || quotedOnLine(t, s.start + school.index) || CONSENT.test(t)) continue
    const nextEnd = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end : s.end
    const scope = t.slice(s.start, nextEnd)
    const post = SOLE_PUPIL_POST.exec(scope)
    if (!post || !PUPIL_HOME.test(scope) || /皆さん|みなさん|皆様|方々|たち|全員/u.test(scope.slice(Math.max(0, post.index - 12), post.index + post[0].length + 4))) continue
    const span = doc.fromNorm(s.start + school.index, s.start + school.index + school[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '学校・学年・部や生徒会の役職・住んでいる地域' } })
    return
  }
}
export function routinePerson(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!ROUTINE_TIME.test(t)) return
  if (childRoutine(doc, t, emit) || !LOOK_OF_PERSON.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const time = ROUTINE_TIME.exec(sentence)
    if (!time || !ROUTINE_SPOT.test(sentence) || !LOOK_OF_PERSON.test(sentence) || GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence)) continue
    if (!ROUTINE_PERSON.test(sentence) || quotedOnLine(t, s.start + time.index) || CONSENT.test(t)) continue
    const span = doc.fromNorm(s.start + time.index, s.start + time.index + time[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '毎日の行動と時刻・場所・外見' } })
    return
  }
}

/**
 * Blind R180A-041: a private person not named but placed at their home by the landmark beside it (…のたばこ屋さんの隣に住んでいる, 郵便局の
 * 向かいのお宅の, 公民館の裏にお住まいの) and told by how they look or a habit (いつも赤い自転車に乗っている, 白い帽子の, 毎朝犬を連れて歩いている):
 * anyone nearby knows whose door it is. Warn. Not a landmark giving the way to a place (たばこ屋さんの隣の公民館: no one is said to live there),
 * not a group (隣にお住まいの皆さん, 方々), nor a home by a landmark with nothing about the person (…の隣にお住まいの方から連絡がありました).
 */
/*
 * Blind R302K-016 kind: the house told by the landmark and then by a look of its own, parted by a comma (水天宮の裏手、赤い郵便受けのお宅で
 * 一人暮らしをされている, 郵便局の向かい、青い瓦のお家に住む): the door is as plain as 裏手のお宅 is. At most 12 characters of the look.
 */
const HOME_BY_LANDMARK =
  /(?:[\p{Script=Han}ァ-ヶー]{1,10}|(?![のがはをにへとでもや])[ぁ-ん]{1,4}[屋店])(?:さん)?の(?:すぐ)?(?:隣|となり|お隣|向かい|お向かい|真向かい|斜め向かい|斜め前|裏|裏手|並び)(?:に(?:(?:お?一人|ひとり|独り|ご夫婦|夫婦|お二人|二人|ふたり)で)?(?:お住まい|住む|住んで|住まれ|暮らす|暮らして|暮らされ)|の(?:お宅|おうち|お家|家)(?:の|に住む|に住んで|に住まれ)|[、,][^。！？!?\n、,]{1,12}?の(?:お宅|おうち|お家|家)(?:で|に)(?:お住まい|住む|住んで|住まれ|暮らす|暮らして|暮らされ|お暮らし|(?:お)?(?:一人|ひとり|独り)(?:暮らし|で(?:お住まい|住|暮らし|お暮らし))))/u
const HABIT =
  /(?:いつも|毎朝|毎晩|毎夕|毎日|朝晩)[^。！？!?\n]{0,14}?(?:に乗って|を連れて|を押して|を引いて|を着て|をかぶって|を散歩|散歩して|で散歩|を走って|で走って|を歩いて|で歩いて|を掃除|を掃いて|で体操|に座って|に立って|で釣り|を釣って)/u
export function landmarkResident(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!HOME_BY_LANDMARK.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const home = HOME_BY_LANDMARK.exec(sentence)
    if (!home || GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence)) continue
    // Blind R257P-052 kind: or their age with their work or former post (…郵便局の向かいにお住まいで、今年87歳、元は…校長を務められていた方):
    // the door, the age and the career together are one neighbour.
    const profile = AGE_BAND.test(sentence) && LIVELIHOOD.test(sentence)
    if (!(LOOK_OF_PERSON.test(sentence) || LOOK.test(sentence.slice(home.index + home[0].length)) || HABIT.test(sentence) || profile)) continue
    if (!ROUTINE_PERSON.test(sentence.slice(home.index)) || quotedOnLine(t, s.start + home.index)) continue
    const span = doc.fromNorm(s.start + home.index, s.start + home.index + home[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '自宅の目印・外見や習慣' } })
    return
  }
}

/**
 * Blind R306N-003 kind: a household pointed at by how its house looks (角の赤い屋根のお宅, 公民館の裏の赤いポストがあるお宅, 青い瓦のお家) and,
 * in the same sentence, what sets the people in it apart: a pet or a car they keep (柴犬を飼っていらっしゃる方, 白い軽トラに乗られている方)
 * or someone living there alone (おばあちゃんがひとりで暮らしています). Every neighbour knows whose door it is: warn. Only a colour or a
 * build of a part of the house (屋根, 瓦, 壁, 塀, 門, ポスト, 郵便受け, 車庫…), not a house for directions with no one in it, nor a group
 * (皆さん, 方々), a quoted example or a stated consent. Bounded: 10 characters of the look, 16 to the person.
 */
const HOUSE_BY_LOOK =
  /(?:赤い|青い|白い|黒い|黄色い|茶色い|緑の|緑色の|水色の|灰色の|オレンジ色の|ピンクの|ピンク色の|瓦屋根の|トタン屋根の|二階建ての|2階建ての|平屋の)[^。！？!?\n、,]{0,10}?(?:屋根|瓦|壁|外壁|塀|門|門扉|ポスト|郵便受け|玄関|ドア|車庫|シャッター|生け垣|垣根|フェンス|看板|のれん|暖簾)(?:が(?:ある|目立つ|目印の)|の)[ 　]?(?:お宅|おうち|お家)(?:で|に|の|は)?[、,]?/u
const HOUSEHOLD_MARK =
  /^[^。！？!?\n]{0,16}?(?:(?:犬|柴犬|小型犬|大型犬|猫|ねこ|ネコ|イヌ|ペット|インコ|鶏|ニワトリ|車|軽トラ|軽トラック|バイク|トラクター)(?:を|も|に)(?:飼って|飼われて|お飼い|乗って|乗られて|お乗り|お持ち|停めて)[^。！？!?\n]{0,12}?(?:方|人|ご家族|ご家庭|世帯)(?![\p{Script=Han}]|(?:は|が|も)?(?:多|少な|増え|減))|(?:おばあちゃん|おじいちゃん|おばあさん|おじいさん|高齢の方|ご高齢の方|お年寄り|方)(?:が|は)?[^。！？!?\n]{0,6}?(?:一人|ひとり|独り)(?:で|暮らし))/u
export function describedHousehold(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!HOUSE_BY_LOOK.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const house = HOUSE_BY_LOOK.exec(sentence)
    if (!house || GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence) || quotedOnLine(t, s.start + house.index)) continue
    if (!HOUSEHOLD_MARK.test(sentence.slice(house.index + house[0].length))) continue
    const span = doc.fromNorm(s.start + house.index, s.start + house.index + house[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '家の外観と飼い犬・車や暮らしぶり' } })
    return
  }
}

/**
 * Blind R257P-036, R257P-039 kind: a private person not named but singled out as the only one of their role (いちばんの古株の船頭さん, 部で
 * ただ一人のチューバ担当, 唯一の女性の組合員さん): the role points at one person everyone around knows. With their illness or hospital stay told
 * (入院されている: 要配慮個人情報) it blocks; with two more details of them (the grade, the sex, where they come from every day, their age)
 * it warns. Not a group (皆さん, 方々), a thing that is the only one (唯一の病院: no person's suffix), a quoted example or a stated consent.
 * Bounded: the role at most 12 characters.
 */
const UNIQUE_ROLE =
  /(?:(?:いちばん|一番)の(?:古株|古参|年長|ベテラン)|最古参|最年長|(?<![\p{Script=Han}])唯一|ただ一人|たった一人|ただひとり|たったひとり)の[^。！？!?\n、]{0,12}?(?:さん(?!ぽ)|さま|様|の方|担当|係)(?![\p{Script=Han}ァ-ヶー]|たち|ら(?![ぁ-ゖ]))/u
/*
 * Review (rvpi): the only one told is a facility or a shop where people are (町内で唯一の病院に入院されている患者さん, 市内唯一の施設の
 * 利用者の方): the person is anyone there, not someone with a role of their own.
 */
const UNIQUE_PLACE =
  /^(?:唯一|ただ一人|たった一人|ただひとり|たったひとり)の[\p{Script=Han}ァ-ヶー]{0,8}?(?:病院|医院|診療所|クリニック|施設|ホーム|病棟|学校|保育園|幼稚園|店|駅|公民館|図書館|センター)(?:に|で|へ|の|を|から)/u
/*
 * Blind R347P-056 kind: the oldest or the youngest of the city or a district, told as a person (市内最高齢の方, 町内最年少の女性, 地区で最高齢の
 * おばあちゃん): one person everyone around knows, as ただ一人の… is. Warned only with where they lived or worked and what they did (昭和通りで長く
 * お花屋さんを営まれていた, 元…校長) and one more detail (their age, that she is a woman), in the sentence or the next, which goes on about them.
 */
const OLDEST = String.raw`(?:(?:市|町|村|県|地区|校区|集落)内|(?:市|町|村|県|地区|校区|集落)で|全国|日本)[ 　]?(?:最高齢|最年少|最年長)の(?:方|女性|男性|おばあちゃん|おじいちゃん|おばあさん|おじいさん)(?=[がはも、,])`
const OLDEST_ROLE = new RegExp(OLDEST, 'u')
/** What the oldest one did and where: a shop kept at a place (昭和通りで…お花屋さんを営まれていた), a former post (元は…校長), a home in a district. */
const OLDEST_CAREER =
  /(?:で|の)[^。！？!?\n]{0,14}?を(?:営(?:ま|み|む|ん)|経営(?:され|し)|切り盛り(?:され|し))|[\p{Script=Han}]{1,6}(?:町|地区|通り)(?:に|で)(?:お住まい|住(?:む|ん|ま)|暮ら(?:す|し|さ))/u
const UNIQUE_ELDER = /おばあちゃん|おじいちゃん|おばあさん|おじいさん|おばあ様|おじい様/u
const UNIQUE_GRADE = /(?<![0-9])[1-6一二三四五六]年生|(?:小|中|高)[1-6一二三四五六]年?/u
const UNIQUE_SEX = /(?<![\p{Script=Han}])(?:男|女)の子|(?:男子|女子)(?:児童|生徒)?|男性|女性|男児|女児/u
const UNIQUE_COMES_FROM = /(?:毎朝|毎日|毎晩|いつも)[^。！？!?\n]{0,12}?から[^。！？!?\n]{0,8}?(?:通って|通われ|通う|来て|来られ|来る)/u
const UNIQUE_HEALTH =
  /入院(?:中|され|して|し(?:た|ま))|療養(?:中|され|して)|手術(?:を受け|され|し(?:た|ま))|(?:病気|がん|癌|認知症|持病)(?:で|の|が|を)|体調を崩(?:し|され)|闘病|寝たきり|救急搬送|搬送され/u
/**
 * Blind R298K-045 kind: the only shop of its trade in a street or a district (新町通りでただ一軒のパン屋さん, 町内で唯一の酒屋さん, この辺りで
 * 一軒だけの理容店) and, in that sentence, its owner or one of the household (ご主人, 店主, 奥さん, 大将) told in hospital or ill (手術で入院
 * されている): the shop names its owner to every neighbour, and their health is 要配慮個人情報. Block. Not the shop's news with no one's
 * health (ただ一軒のパン屋さんの新商品), nor a shop told ill of no one (唯一の病院に入院: no shop word with さん or 店).
 */
const UNIQUE_SHOP =
  /(?:ただ一軒|たった一軒|一軒だけ|1軒だけ|一軒しかない|(?<![\p{Script=Han}])唯一)の[^。！？!?\n、]{0,10}?(?:屋さん|店|商店|食堂|旅館|民宿|工房|薬局|医院|理容室|美容室|酒蔵)(?![\p{Script=Han}ァ-ヶー]|たち)/u
const SHOP_OWNER = /ご主人|店主|(?<![\p{Script=Han}])奥(?:さん|様|さま)|大将|女将|おかみさん|マスター|ご夫婦|ご夫妻|おじさん|おばさん|おやじさん|息子さん|娘さん/u
/**
 * The finding for a person identified as the only one of a role or a place (uniqueRolePerson, oldestPerson): `start` and `length` in
 * normalised text (doc.norm), a block with a health detail, else the rule's default severity; `label` says what identifies them.
 */
function emitOnlyOne(doc: Doc, emit: Emit, start: number, length: number, health: boolean, label: string): void {
  const span = doc.fromNorm(start, start + length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: health ? 'block' : undefined, data: { label } })
}
function uniqueShopOwner(doc: Doc, t: string, emit: Emit): boolean {
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const shop = UNIQUE_SHOP.exec(sentence)
    if (!shop || quotedOnLine(t, s.start + shop.index)) continue
    const rest = sentence.slice(shop.index + shop[0].length)
    const owner = SHOP_OWNER.exec(rest)
    if (!owner || !UNIQUE_HEALTH.test(rest.slice(owner.index))) continue
    const span = doc.fromNorm(s.start + shop.index, s.start + shop.index + shop[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '地域で唯一の店の店主・家族の健康状態' } })
    return true
  }
  return false
}
function oldestPerson(doc: Doc, t: string, emit: Emit): boolean {
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const role = OLDEST_ROLE.exec(sentence)
    if (!role || GROUP_OF.test(sentence) || quotedOnLine(t, s.start + role.index)) continue
    const next = s.end < t.length ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const told = sentence + '\n' + next
    if (!OLDEST_CAREER.test(told) || /皆さん|みなさん|皆様|方々|たち/u.test(told)) continue
    const health = UNIQUE_HEALTH.test(told)
    if (!health && ![UNIQUE_SEX, UNIQUE_ELDER, AGE_BAND].some((re) => re.test(told))) continue
    emitOnlyOne(doc, emit, s.start + role.index, role[0].length, health, health ? '地域で最高齢などの一人と健康状態' : '地域で最高齢などの一人・経歴と場所')
    return true
  }
  return false
}
export function uniqueRolePerson(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  if (UNIQUE_SHOP.test(t) && UNIQUE_HEALTH.test(t) && uniqueShopOwner(doc, t, emit)) return
  if (OLDEST_ROLE.test(t) && oldestPerson(doc, t, emit)) return
  if (!UNIQUE_ROLE.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const role = UNIQUE_ROLE.exec(sentence)
    if (!role || GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence) || quotedOnLine(t, s.start + role.index)) continue
    // (The only one is a place, not the person: 唯一の病院に入院されている患者さん, ただ一つの施設の利用者さん.)
    if (UNIQUE_PLACE.test(role[0])) continue
    const health = UNIQUE_HEALTH.test(sentence)
    const details = [UNIQUE_GRADE, UNIQUE_SEX, UNIQUE_COMES_FROM, AGE_BAND].filter((re) => re.test(sentence)).length
    if (!health && details < 2) continue
    emitOnlyOne(doc, emit, s.start + role.index, role[0].length, health, health ? 'ただ一人の役割と健康状態' : 'ただ一人の役割・学年・性別など')
    return
  }
}

/**
 * Blind R235I-054 kind: a private home pinned by what stands by it (公民館の向かい、角に大きな楠があるお宅, 郵便局の隣のお宅) and, in that
 * sentence or the next, its household said to be away for a stretch (ご一家は来月いっぱい海外の…へ行かれる, しばらく留守にされる): the post
 * tells anyone which door stands empty and when, a burglar's notice. Block. Not a public building by a landmark (公民館の向かいの集会所),
 * an away told with no home pinned (市長は来月いっぱい海外へ), a stay already over (先月…行かれていた), a quoted example or a stated consent.
 */
const HOME_AT_LANDMARK =
  /[\p{Script=Han}ァ-ヶー]{1,10}(?:さん)?の(?:すぐ)?(?:隣|となり|お隣|向かい|お向かい|真向かい|斜め向かい|斜め前|裏手|裏|並び)[、,]?[^。！？!?\n]{0,16}?(?:お宅|ご自宅|お家|おうち|民家)(?:の|は|に|で|から|では|、)/u
const AWAY_STRETCH =
  /(?:来月|今月|来週|今週|年末|年明け|夏休み|お盆|明日|あした|明後日|週末|(?<![0-9])[0-9]{1,2}月(?:[0-9]{1,2}日)?|しばらく|長期|[0-9一二三]{1,2}(?:か月|ヶ月|カ月|週間))(?:末)?(?:いっぱい|中|の間|まで|から|ほど|ごろ|頃)?[、,]?[^。！？!?\n]{0,24}?(?:留守に(?:され|な|し)|家を空け|(?:へ|に)(?:行かれ(?:る|ます)|行く|お出かけ|出かけ(?:られ|る|ます)|帰られ(?:る|ます)|旅行され|滞在され)|旅行(?:され|に行かれ|中)|帰省(?:され|中))/u
const AWAY_HOUSEHOLD = /ご一家|一家|ご家族|ご夫婦|ご夫妻|ご主人|奥(?:さん|様|さま)|お宅|皆さんで|お二人/u
/**
 * Blind R298K-010 kind: a home pinned by counting doors from a landmark or by how it looks (堤防から二軒目, 角から3軒目の, 赤い瓦屋根のお宅)
 * and, in that sentence or the next, one living alone there with when they are in or an invitation to call (お一人暮らしで平日の昼間は
 * たいていご在宅, 直接訪ねてみて): anyone learns which door an old person opens alone, and when. Block, as the empty house is. Not those who
 * live alone as a class (一人暮らしの高齢者の見守り), a path along a landmark (堤防沿いの散歩道: no home), nor a home with no one alone in it.
 */
const HOME_COUNTED =
  /[\p{Script=Han}ァ-ヶー]{1,10}(?:の(?:角|端|手前))?から(?:[0-9]{1,2}|[二三四五六七八九十]|一|ひと|ふた|み)(?:軒|件)目|(?:赤|青|白|黒|黄|緑|茶)(?:い|色の)[^。！？!?\n]{0,4}?(?:屋根|瓦|壁|外壁|門|塀)[^。！？!?\n]{0,3}?の(?:お宅|お家|おうち|家|民家)/u
const HOME_OPEN =
  /(?:在宅|ご在宅|家に(?:いらっしゃ|おられ|い(?:る|ます))|お家に(?:いらっしゃ|おられ))|(?:直接|気軽に|ふらっと|いつでも)[^。！？!?\n]{0,6}?(?:訪ね|訪問|伺|お邪魔|寄っ|行っ)|(?:訪ねて|お訪ね|遊びに行って)(?:みて|ください|下さい|くださ|ね)/u
function aloneAtHome(doc: Doc, t: string, emit: Emit): boolean {
  if (!HOME_COUNTED.test(t) || !LIVES_ALONE.test(t) || !HOME_OPEN.test(t)) return false
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const home = HOME_COUNTED.exec(sentence)
    if (!home || quotedOnLine(t, s.start + home.index) || GROUP_OF.test(sentence)) continue
    const nextSpan = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)) : null
    const told = sentence.slice(home.index) + '\n' + (nextSpan !== null ? t.slice(s.end + 1, nextSpan.end) : '')
    if (!LIVES_ALONE.test(told) || !HOME_OPEN.test(told)) continue
    const span = doc.fromNorm(s.start + home.index, s.start + home.index + home[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '自宅の目印と一人暮らし・在宅の時間' } })
    return true
  }
  return false
}
export function awayHome(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t) || aloneAtHome(doc, t, emit)) return
  if (!HOME_AT_LANDMARK.test(t) || !AWAY_STRETCH.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const home = HOME_AT_LANDMARK.exec(sentence)
    if (!home || quotedOnLine(t, s.start + home.index)) continue
    const nextSpan = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)) : null
    const next = nextSpan !== null ? t.slice(s.end + 1, nextSpan.end) : ''
    const away = [sentence.slice(home.index), next].find((x) => AWAY_STRETCH.test(x) && AWAY_HOUSEHOLD.test(x))
    if (away === undefined) continue
    const span = doc.fromNorm(s.start + home.index, s.start + home.index + home[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '自宅の目印と家を空ける時期' } })
    return
  }
}

/**
 * Blind R298K-032 kind: a child not named but told as someone's child or grandchild (たばこ屋さんのお孫さん, 近所の方のお子さん, 〜さんちの
 * 娘さん) with the grade and the club or the post held in it (5年生・サッカー部キャプテン), and a photo pointing at them (写真中央の背番号10の
 * 子, 写真右から2人目の子): the family, the class year and the team leave one child, and the photo gives their face. Warn. Not a group
 * (5年生のみなさん, お子さんたち), a photo pointing at an adult (写真中央は市長です), nor a grade with no club.
 */
const KIN_CHILD =
  /の(?:お孫さん|お子さん|お子様|息子さん|娘さん|お嬢さん|坊ちゃん|長男|長女|次男|次女)(?!たち|達|ら(?![ぁ-ゖ])|の皆|方)/u
const CHILD_GRADE = /(?<![0-9])[1-6一二三四五六]年生?(?![0-9])|(?:小|中|高)[1-6一二三]/u
const CHILD_CLUB = /(?:[ァ-ヶー]{2,8}|野球|陸上|剣道|柔道|弓道|空手|水泳|卓球|吹奏楽|美術|書道|合唱|相撲|バレー|バスケ|サッカー)(?:部|少年団|クラブ)(?:の)?(?:キャプテン|主将|部長|副部長|エース|レギュラー)?/u
const PHOTO_CHILD =
  /写真(?:の)?(?:中央|真ん中|左|右|前列|後列|手前|奥|左端|右端)[^。！？!?\n]{0,14}?(?:の子|の男の子|の女の子|のお子さん)(?!たち|ども|供)|背番号\s?[0-9]{1,2}(?:番)?の(?:子|男の子|女の子)(?!たち|ども|供)/u
export function photoChild(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PHOTO_CHILD.test(t) || !KIN_CHILD.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const child = KIN_CHILD.exec(sentence)
    if (!child || GROUP_OF.test(sentence) || /皆さん|みなさん|皆様|方々|たち/u.test(sentence) || quotedOnLine(t, s.start + child.index)) continue
    const about = sentence.slice(child.index, child.index + 40)
    if (!CHILD_GRADE.test(about) || !CHILD_CLUB.test(about)) continue
    const nextSpan = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)) : null
    if (!PHOTO_CHILD.test(sentence + '\n' + (nextSpan !== null ? t.slice(s.end + 1, nextSpan.end) : ''))) continue
    const span = doc.fromNorm(s.start + child.index + 1, s.start + child.index + child[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '家族から分かる子ども・学年・部活動・写真の位置' } })
    return
  }
}

/**
 * Blind R186D-017: a private person not named but told as a member of a family's shop placed in its district (沖端の老舗うなぎ屋さんの次男,
 * 大和町の酒屋さんの娘さん, 三橋の旅館のお孫さん) and, in the same sentence, where they now work, will work or study (4月から市内の信用金庫に
 * 就職が決まっている, 久留米の看護学校に通っている, 市役所にお勤めの) or their school and year: the district's few shops of that trade, the
 * child's place in the family and their path leave one person, whatever good news is told. Warn. Not the shop's child alone (沖端のうなぎ屋
 * さんの次男さんも手伝っています), nor a group (…の息子さんたち, 皆さん), a quoted example or a post stating consent.
 */
const SHOP_PLACE_BEFORE = /([\p{Script=Han}ァ-ヶノ々]{2,8})の(?:[\p{Script=Han}]{1,4}の?)?\s?$/u
const PATH_NOW =
  /[\p{Script=Han}ァ-ヶー]{2,14}(?:に|へ|で)(?:の)?(?:就職|入社|入庁|採用|内定|勤務|お勤め|勤め|働い|働か|働く|進学|入学|通って|通う|通われ|在学)|(?:就職|入社|採用|内定|進学)(?:先|が決ま|が内定)/u
const SHOP_MEMBER_GROUP = /^(?:さん|様)?(?:たち|達|ら(?![ぁ-ゖ])|の皆|方々)/u
export function shopFamilyMember(doc: Doc, emit: Emit, cities: ReadonlyArray<string> = []): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!SHOP_CHILD.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const member = SHOP_CHILD.exec(sentence)
    if (!member || GROUP_OF.test(sentence) || SHOP_MEMBER_GROUP.test(sentence.slice(member.index + member[0].length))) continue
    const place = SHOP_PLACE_BEFORE.exec(sentence.slice(Math.max(0, member.index - 16), member.index))
    if (!place || NOT_SCENE_PLACE.test(place[1]!) || WIDE_LIVES.test(place[1]!) || cities.includes(place[1]!) || t.includes(place[1]! + '市')) continue
    const path = PATH_NOW.exec(sentence) ?? SCHOOL_NOW.exec(sentence)
    const more = path ?? SCHOOL_GRADE_OF.exec(sentence)
    if (!more || quotedOnLine(t, s.start + member.index)) continue
    const from = s.start + member.index - place[0].length
    const span = doc.fromNorm(from, s.start + member.index + member[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: path ? '地域・家業と勤め先や進路' : '地域・家業と学校・学年' } })
    return
  }
}

/**
 * Blind R158A-089, R158A-059: a private person the staff met at a counter or a facility (窓口に来られたお父さん, 観光案内所に来てくれた78歳の
 * おじいちゃん), not named but profiled over the sentence and the next: a place that pins them down, where they work and what they do there
 * (三橋中学校で理科を教えている先生, 有明病院にお勤めの) or the local shop they frequent (沖端の酒屋さんの常連さん), with one more detail (an age,
 * twins or another family circumstance, where they come from or their trade). Their business at the city's counter (児童手当の手続きに来られ) is
 * theirs to tell: warn. A visit to a facility with no business told only when a photo of them is posted with it (`photo`, decided with the
 * post's attachments in index.ts). Not a group (先生方, 皆さん), nor staff or a guest lecturer (講師として).
 */
const VISIT_CUE =
  /来て(?:くれ|くださ|いただ)|来られ|来庁|来所|来館|お越し(?:の|に(?:な|いただ)|いただ|くださ)|訪れ(?:た|て)|立ち寄っ|遊びに来|(?:手続き?|申請|届け?出?|相談)に(?:来|見え|いらっしゃ)|見えま(?:した|す)|お見えに(?:な|いらっしゃ)/u
const VISITOR_WORD =
  /(?<![\p{Script=Han}ァ-ヶー])(?:おじいちゃん|おばあちゃん|おじいさん|おばあさん|おじさん|おばさん|お父さん|お母さん|パパ|ママ|男性|女性|青年|学生さん|ご夫婦)(?![ァ-ヶー\p{Script=Han}]|たち|ら|の皆)/u
const VISITOR_WORKPLACE =
  /[\p{Script=Han}ァ-ヶー]{2,12}(?:小学校|中学校|高校|高等学校|学校|大学|病院|医院|クリニック|保育園|幼稚園|こども園|郵便局|銀行|信用金庫|農協|会社|工場|市役所|役場|薬局|ドラッグストア|スーパー)(?:で|に)[^。！？!?\n]{0,10}?(?:教えて|教え(?:る|た)|勤めて|お勤め|勤務|働いて|働かれ|働く)/u
const VISITOR_HAUNT = /[\p{Script=Han}ァ-ヶー]{2,10}の[\p{Script=Han}ぁ-んァ-ヶー]{1,10}?の?(?:常連|行きつけ|なじみ客|馴染み客)/u
const VISITOR_FROM = /(?<![\p{Script=Han}])[\p{Script=Han}]{2,6}(?:から(?:[^。！？!?\n]{0,8}?来|お越し)|出身|在住)/u
const COUNTER_BUSINESS = /手続き?|申請|届け?出|(?:ご)?相談|窓口|手当|給付/u
/*
 * Blind R235I-049 kind: a visitor told by the weekday or hour they come on (毎週火曜の午後にお見えになる) and by how they look (白髪の男性, 眼鏡の):
 * each narrows the one the workplace points at, as an age does. A complaint or an opinion they gave told in the sentence before (窓口で…と
 * お叱りをいただきました。…の男性の方、…) is their business at the counter: warned without a photo.
 */
const VISIT_ROUTINE = /毎週[月火水木金土日]曜|毎月[0-9一二三四五六七八九十]{1,2}日|毎朝|毎夕|毎晩|(?:いつも|毎回)[^。！？!?\n]{0,6}?(?:午前|午後|朝|夕方|開庁(?:直後|すぐ)|[0-9]{1,2}時)/u
const VISITOR_LOOK = /白髪|銀髪|坊主頭|眼鏡|メガネ|めがね|ひげ|髭|背の高い|小柄な|杖をつ|車いすの|車椅子の/u
const VISITOR_SPOKE = /お叱り|ご意見|ご指摘|苦情|クレーム|ご要望/u
const NOT_VISITOR = /講師|講演|職員|スタッフ|ボランティア|として(?:来|お越し)/u
export function profiledVisitor(doc: Doc, emit: (d: DraftFinding, photoOnly: boolean) => void): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!VISIT_CUE.test(t) || !VISITOR_WORD.test(t) || CONSENT.test(t)) return
  if (!VISITOR_WORKPLACE.test(t) && !VISITOR_HAUNT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const who = VISITOR_WORD.exec(sentence)
    if (!who || !VISIT_CUE.test(sentence) || NOT_VISITOR.test(sentence) || quotedOnLine(t, s.start + who.index)) continue
    const nextSpan = s.end < t.length ? sentenceSpan(t, Math.min(t.length - 1, s.end + 1)) : null
    const told = sentence + '\n' + (nextSpan ? t.slice(s.end + 1, nextSpan.end) : '')
    const pins = VISITOR_WORKPLACE.test(told) || VISITOR_HAUNT.test(told)
    if (!pins) continue
    let more = 0
    if (AGE_BAND.test(told)) more++
    if (/双子|三つ子/u.test(told) || CIRCUMSTANCES.test(told) || HOUSEHOLD.test(told)) more++
    if (VISITOR_FROM.test(told)) more++
    if (LIVELIHOOD.test(told)) more++
    if (VISIT_ROUTINE.test(told)) more++
    if (VISITOR_LOOK.test(told) || LOOK_OF_PERSON.test(told)) more++
    if (more === 0) continue
    const prevSpan = s.start > 1 ? sentenceSpan(t, s.start - 2) : null
    const spoke = VISITOR_SPOKE.test(sentence) || (prevSpan !== null && VISITOR_SPOKE.test(t.slice(prevSpan.start, prevSpan.end)))
    const span = doc.fromNorm(s.start + who.index, s.start + who.index + who[0].length)
    emit(
      { rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '来訪した人の勤務先・行きつけの店などの特徴' } },
      !COUNTER_BUSINESS.test(sentence) && !spoke,
    )
    return
  }
}

/**
 * Round 53: a named person's health told as why they are away (要配慮個人情報): 税務課の松尾 恵子係長が先月から心身の不調で休職に入って
 * おり, 保育課の古賀主査はうつ病の治療のため休職しています, 心身の不調で休職中の松尾係長に代わり. The name (with an honorific, or a
 * staff title after の: 〜課の松尾係長, or a full name before a title) and a health reason leading to an absence (休職, 療養, 入院,
 * お休み) in one clause; the name needs no other detail, since the health of a person named is itself what may not be published.
 * (Not the absence of someone else the person deals with: 病気で休んでいる子どもの学習支援; not a quoted example; not an elected
 * official's public duties, whose titles are left out.)
 */
const STAFF_TITLE = '(?:係長|課長補佐|課長|部長|次長|室長|所長|館長|園長|校長|副校長|教頭|主査|主任|主事|主幹|参事|技師|保健師|看護師|栄養士|司書|学芸員|指導主事|教諭|指導員|支援員|相談員)'
/** A word before a title that names no one (担当係長, 新任主査, 女性職員). */
const NOT_A_STAFF_NAME =
  /^(?:担当|窓口|新任|前任|後任|現任|女性|男性|若手|臨時|代理|次期|統括|総括|専任|兼務|会計年度|非常勤|常勤|正規|同|当|各|全|元|前|現|新|副|係|課|部|室|担任|副担任|主治医|主治|校医|園医|講師|先輩|後輩|上司|同僚|部下|看護師|保健師|栄養士|介護士|保育士|運転手|運転士|乗務員|医師|歯科医|獣医|隊員|団員|会員|役員|委員|議員|ヘルパー|ケアマネ|ケアマネジャー|ドライバー|スタッフ|パート|アルバイト|バイト|マスター)$/u
const HEALTH_REASON =
  '(?:心身の(?:不調|疲れ|疲労)|体調(?:不良|を崩|をくず|がすぐれ|の悪化|面)|(?:心|こころ|メンタル|精神)の?(?:不調|病|病気)|メンタル(?:不調|ヘルス)|精神的な?(?:不調|疲労|理由)|健康上の(?:理由|都合)|病気|病(?=で|のため|により|気)|疾患|持病|うつ病?|鬱病?|適応障害|パニック障害|過労|療養|入院|手術|治療|骨折|けが|怪我|ケガ|がん|癌|' +
  // Blind R161A-108: an infectious illness or a fever as why a named person is away (颯太くん（年長）がインフルでお休み, 古賀さんがコロナで
  // 欠席, 陽菜ちゃんは発熱のためお休み): their health, 要配慮個人情報. Not prevention or an outbreak as a topic (インフルエンザの予防接種, 流行).
  '(?:インフルエンザ|インフル|新型コロナ|コロナ|ノロウイルス|ノロ|胃腸炎|溶連菌|手足口病|水ぼうそう|水疱瘡|おたふく(?:かぜ|風邪)?|はしか|麻しん|RSウイルス|感染症|風邪|かぜ(?=で|を|が|気味|のため)|(?<![情加光耐断暑炎猛灼白余地])(?:高|微)?熱(?=で|が出|が下が|っぽ|のため|により|を出)|発熱)(?![^。！？!?\\n]{0,3}?(?:予防|ワクチン|対策|接種|流行|警報|注意報))' +
  ')'
const HEALTH_REASON_RE = new RegExp(HEALTH_REASON, 'u')
const ABSENCE = '(?:欠席|休職|休養|療養|病休|病気休暇|(?:お)?休み|休んで|休まれ|休ませて|欠勤|休業|入院|職場を離れ|現場を離れ|退職|退任|辞職|離職)'
/*
 * Blind R162I-104: the person's leaving or absence told before the name, its health reason in the next sentence (3月末で退職される市民課の古賀
 * 係長。実はご病気の治療に専念されるためなんです; 今月からお休みしている田中さん。体調を崩されての療養です): the reason is theirs. The name
 * closes its sentence and the next one gives the reason (…ため, …により, …での, …です). Leaving for age or a new post (定年, 転勤) tells no health.
 */
const LEAVING_BEFORE_NAME = /(?:退職|退任|辞職|離職|休職|お休み|休んで|休まれ|休養|療養)(?:される|された|されます|されている|している|する|した|中)?(?:の)?[^。！？!?\n「」『』]{0,12}?(?:の)?\s?$/u
const HEALTH_REASON_NEXT = new RegExp(`^[ 　]?(?:実は|じつは|実を言うと)?[、,]?[^。！？!?\n「」『』]{0,8}?${HEALTH_REASON}[^。！？!?\n「」『』]{0,16}?(?:ため|為|により|によって|で(?:す|の)|から|に専念|で${ABSENCE}(?![^。、！？!?\n]{0,6}?(?:子ども|子供|こども|子|方|人|児童|生徒|園児|患者|利用者|家族|皆さん|お子さん|市民|住民)(?:の|を|に|へ|が|は|も|、|たち)))`, 'u')
/**
 * The health reason and the absence after the name: が先月から心身の不調で休職に入っており, は、うつ病の治療のため休職して.
 * Blind R294I-001 kind: the name set up as the topic with a copula and a comma, as a colleague's news is opened in a staff note (三橋出張所の
 * 〜さんですが、昨日から胃腸炎とのことでお休み; 〜さんなんですけど、; 〜さんのことですが、; 〜さんについてですが、): the same clause, so the
 * health reason and the absence after it are still theirs.
 */
const NAME_TOPIC = '(?:が|は|も|、|,|(?:の件|のこと|について)?(?:なん|なの)?(?:です|だ)(?:が|けど|けれど|けれども)[、,])'
const HEALTH_ABSENCE_AFTER = new RegExp(`^(?:\\s?[（(][^（()）\\n]{1,12}[)）])?\\s?${NAME_TOPIC}[^。！？!?\\n「」『』]{0,24}?${HEALTH_REASON}[^。！？!?\\n「」『』]{0,14}?${ABSENCE}`, 'u')
/** …or before it, as what the person is: 心身の不調で休職中の松尾係長, 病気療養のためお休みしている古賀さん. */
const HEALTH_ABSENCE_BEFORE = new RegExp(`${HEALTH_REASON}[^。！？!?\\n「」『』]{0,12}?${ABSENCE}(?:中|している|されている|しておられる|されていた|していた|に入っている|に入った)?の\\s?$`, 'u')
/** After the absence: it is someone else's, a noun the clause describes (休んでいる子どもの, 入院した方の). */
const OTHERS_ABSENCE = /^[^。、！？!?\n]{0,5}?(?:子ども|子供|こども|子|方|人|児童|生徒|園児|患者|利用者|家族|皆さん|みなさん|職員|お子さん|市民|住民)(?:の|を|に|へ|が|は|も|、|たち|さん)/u
/*
 * Blind R404D-011, R404D-012, R404D-032 kinds: a staff or people introduction that gives away what is the person's own.
 * - The district they come from (沖端地区の出身, 三橋町出身): with their age or another detail already told of the name, where their family lives.
 *   Only a town or a district, not a city, a prefecture or a school (柳川市出身, 県外出身, 柳城中出身: ALMA_OF), nor a neighbouring one (隣町).
 * - A family member's care told as theirs (奥さまの介護をしながら, 母親の看病のため, ご両親の介護と仕事を両立): the kin's health and the household's
 *   circumstances; not of whom a service or a talk is for (親の介護をしながら働く方へ).
 * - A staff member named bare after their unit, as the city writes its own (総務係の江口は、…休職): the surname ends as family names end.
 */
const HOMETOWN_DISTRICT =
  /(?<![\p{Script=Han}ヶノ々])(?!隣|同|当|各|全|他|近隣|市町|城下|港町)[\p{Script=Han}ヶノ々]{1,6}(?:町|地区|村|校区)[\p{Script=Han}ヶノ々]{0,4}の?(?:ご)?出身(?!地|校|者|の(?:方|人|皆))/u
const CARED_KIN =
  '(?:お?(?:父|母|祖父|祖母|義父|義母)(?:様|さま|さん|親)?|(?<![\\p{Script=Han}])(?:夫|妻|息子|娘|親)(?:様|さま|さん)?|ご?(?:両親|主人|家族)(?:様|さま)?|奥(?:様|さま|さん)|旦那(?:様|さま|さん)?|配偶者|お子(?:さん|様)|義理の(?:父|母|両親)|しゅうと(?:め)?)'
const KIN_CARE = new RegExp(
  `${CARED_KIN}の(?:在宅)?(?:介護|看病|看護|介助|付き添い)(?:を(?:し|され|続け|担|抱え)|のため|で(?:休|退職|大変|忙)|に(?:専念|追われ|通)|と(?:仕事|子育て|育児)(?:の|を)?両立|をしながら|しながら)(?![^。！？!?\\n]{0,10}?(?:方|人|皆|世帯|職員の皆)(?:へ|に|の|を|は|が|も|向け|たち))`,
  'u',
)
/** Whether the sentence of the name (or the next) tells a family member's care as the person's, the name no guest speaking on it. */
function kinCareTold(t: string, n: Name, said: string, next: string): boolean {
  if (quotedOnLine(t, n.start) || GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 16)) || /(?:講師|講演者|ゲスト|登壇者)(?:の|は|、)?\s?$/u.test(t.slice(Math.max(0, n.start - 8), n.start))) return false
  return KIN_CARE.test(said) || KIN_CARE.test(next)
}
/** A unit of the city before a staff member's bare surname (総務係の, 市民課の, 図書館の). */
const STAFF_UNIT = '(?:係|課|室|班|局|部|所|館|センター|グループ|チーム)'
/** A bare surname: one or two kanji, then a kanji family names end in; not a common word so ending (窓口, 分野, 館内, 途中, 以上). */
const BARE_SURNAME =
  '(?![\\p{Script=Han}]?(?:窓口|入口|出口|人口|河口|水田|分野|視野|基本|資本|日本|見本|根本|手本|脚本|標本|[市町庁館室所課部係以案構園校体国県都院社区村域屋場]内|[途年日夜最道連背期]中|[以向計身頂地屋陸海史机席途売返炎]上)(?![\\p{Script=Han}]))[\\p{Script=Han}]{1,2}[田野川山本村木藤井原島嶋沢澤崎﨑口谷林森岡橋池辺浦松尾塚瀬宮城永浜濱江坂畑堀垣岩石倉間津中内上]'
/**
 * A name: kanji (or katakana) with an honorific (中島さん, 松尾 恵子様); a surname after の with a staff title (税務課の松尾係長,
 * 図書館の中島司書, 休職中の松尾係長); a full name parted by a space before a title (松尾 恵子係長).
 */
const HEALTH_NAME = new RegExp(
  `(?<![\\p{Script=Han}ァ-ヶー])([\\p{Script=Han}]{1,4}(?:[ 　][\\p{Script=Han}ぁ-んァ-ヶー]{1,4})?|[ァ-ヶー]{2,8})[ 　]?(?:さん|様|氏|先生|くん|ちゃん)|の\\s?([\\p{Script=Han}]{2,4}(?:[ 　][\\p{Script=Han}ぁ-んァ-ヶー]{1,4})?)\\s?${STAFF_TITLE}|(?<![\\p{Script=Han}ァ-ヶー])([\\p{Script=Han}]{1,4}[ 　][\\p{Script=Han}ぁ-んァ-ヶー]{1,4})\\s?(?:${STAFF_TITLE}|選手|監督|コーチ)` +
    // Blind R229B-004 kind: the title first, then the staff member's own name with no honorific, as the city writes its own (主任の古賀 亮介は、
    // …胃がんの手術のため…休職しております).
    `|${STAFF_TITLE}の[ 　]?([\\p{Script=Han}]{1,4}(?:[ 　][\\p{Script=Han}]{1,4})?)(?=[ 　]?(?:は|が|も)[、,]?)` +
    // Blind R404D-012 kind: the unit first, then the bare surname (総務係の江口は、心の不調のため…休職).
    `|${STAFF_UNIT}の[ 　]?(${BARE_SURNAME}(?:[ 　][\\p{Script=Han}]{1,3})?)(?=[ 　]?(?:は|が|も)[、,]?)`,
  'gu',
)

/**
 * Blind R140I-011: a diagnosis told of the named person (#7 松永 拓海 選手は右膝前十字靱帯断裂と診断されました), and where they lie now, the
 * hospital with its room or ward (みずさと病院の304号室に入院中), in that sentence or the next: their health and whereabouts, to everyone.
 */
const DIAGNOSED_AFTER = /^\s?(?:が|は|も|、|,)[^。！？!?\n「」『』]{0,30}?(?:と|で)(?:の)?診断(?:され|を受け|が出)/u
const WARD_ROOM = /(?:病院|医院|クリニック|医療センター)[^。！？!?\n]{0,10}?(?:[0-9０-９]{1,4}号室|[0-9０-９]{1,2}階の?病棟|病棟|個室)/u

/** Named people whose health is told as the reason they are away (税務課の松尾 恵子係長が心身の不調で休職). */
export function healthOfNamed(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!/休|療養|入院|離れ|欠席|退職|退任|辞職|離職/u.test(t)) return
  if (!HEALTH_REASON_RE.test(t) && !/診断/u.test(t)) return
  let lastSentence = -1
  for (const m of matchAllOf(HEALTH_NAME, t)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!
    const core = name.replace(/[ 　].*$/u, '')
    if (GENERIC_NAME.test(core) || GENERIC_NAME.test(name) || NOT_A_STAFF_NAME.test(core) || GENERIC_KANA.test(name) || ORG_WORD_END.test(core)) continue
    const a = m.index + m[0].indexOf(name)
    const b = m.index + m[0].length
    // お子さん, ご主人様: an honorific prefix makes a common noun.
    if (m[1] !== undefined && a > 0 && 'おご御'.includes(t[a - 1]!)) continue
    // A name in a quotation on its line (「松尾さんが病気で休んでいる」といった書き込み) is a mention.
    if (quotedOnLine(t, a)) continue
    const afterName = t.slice(b, b + 60)
    const forward = HEALTH_ABSENCE_AFTER.exec(afterName)
    const s = sentenceSpan(t, a)
    const nextSentence = s.end < t.length ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const diagnosed = DIAGNOSED_AFTER.test(afterName) && (WARD_ROOM.test(t.slice(s.start, s.end)) || WARD_ROOM.test(nextSentence))
    const closes = /^[\s！!。]*$/u.test(t.slice(b, s.end + 1))
    const leaving = closes && LEAVING_BEFORE_NAME.test(t.slice(Math.max(s.start, a - 30), a)) && !/定年|転勤|異動|転職|任期|勇退|出向/u.test(t.slice(s.start, s.end)) && HEALTH_REASON_NEXT.test(nextSentence)
    const told = (forward !== null && !OTHERS_ABSENCE.test(afterName.slice(forward[0].length))) || HEALTH_ABSENCE_BEFORE.test(t.slice(Math.max(0, a - 40), a)) || diagnosed || leaving
    if (!told) continue
    if (s.start === lastSentence) continue
    lastSentence = s.start
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '休んでいる理由（健康状態）' } })
  }
}

/**
 * Blind R94A-108: a patient not named but pointed at as someone's kin (お父様, お母さん, ご主人, おばあちゃん, 娘さん), told taken to
 * hospital or treated in the same sentence (搬送されたお父様（72）は…手当てを受けておられます), with details that single them out: their
 * age, where they live (鷹ノ尾のご自宅, 三橋町の自宅), the hospital by name (有明中央病院), another of the family by name (奥様の美智子さん).
 * In a reply the kin is the asker's own (the account answered is public), so two details block; in a post, three. Not a quoted example.
 */
const KIN =
  /(?<![\p{Script=Han}ァ-ヶー])(?:お父様|お父さま|お父さん|お母様|お母さま|お母さん|ご主人(?:様|さま)?|旦那様|旦那さん|奥様|奥さま|奥さん|おじい様|おじいさま|おじいさん|おじいちゃん|おばあ様|おばあさま|おばあさん|おばあちゃん|ご両親|息子さん|娘さん|お子様|お子さん|ご長男|ご長女|お孫さん)/gu
const KIN_AGE = /^\s?[(（]\s?[0-9]{1,3}(?:歳|才)?\s?[)）]/u
const KIN_HOME =
  /[\p{Script=Han}ァ-ヶノ々]{2,10}の(?:ご自宅|自宅|お宅|ご実家)|[\p{Script=Han}]{1,6}(?:町|地区)[\p{Script=Han}ノヶ々]{0,4}(?:にお住まい|在住|に住|の(?:ご自宅|自宅|お宅))/u
const KIN_HOSPITAL = /(?<![の])[\p{Script=Han}ァ-ヶー]{2,12}(?:病院|医院|クリニック|医療センター)/u
const KIN_RELATIVE_NAMED =
  /(?:お父様|お母様|お父さん|お母さん|ご主人|奥様|奥さん|娘さん|息子さん|お孫さん|ご長男|ご長女|お兄様|お姉様|弟さん|妹さん)(?:の|、)\s?[\p{Script=Han}ァ-ヶー][\p{Script=Han}ぁ-んァ-ヶー]{0,5}(?:さん|様|さま)/u

export function kinPatient(doc: Doc, emit: Emit, reply = false): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PATIENT_MATTER.test(t)) return
  let last = -1
  for (const m of matchAllOf(KIN, t)) {
    const s = sentenceSpan(t, m.index)
    if (s.start === last || quotedOnLine(t, m.index)) continue
    const sentence = t.slice(s.start, s.end)
    if (!PATIENT_MATTER.test(sentence)) continue
    const next = s.end < t.length ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const end = m.index + m[0].length
    const details = new Set<string>()
    if (KIN_AGE.test(t.slice(end, end + 8)) || AGE_BAND.test(sentence)) details.add('age')
    if (KIN_HOME.test(sentence)) details.add('residence')
    if (KIN_HOSPITAL.test(sentence)) details.add('hospital')
    if (KIN_RELATIVE_NAMED.test(sentence) || KIN_RELATIVE_NAMED.test(next)) details.add('relative')
    if (details.size < (reply ? 2 : 3)) continue
    last = s.start
    const span = doc.fromNorm(m.index, end)
    const label = [...details].map((d) => ({ age: '年齢', residence: '住んでいる地域', hospital: '搬送先の病院', relative: '家族の名前' })[d]).join('・')
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: `健康状態（搬送・治療）・${label}` } })
  }
}

// ---------- Round 59: a person named in an English post, with their age and other details ----------

/**
 * Round 59 (blind R59A-065): a child (or anyone) named in an English post with their age beside the name and more about them, as
 * welcome posts and captions write it: Minh (7 years old) from Vietnam started 1st grade at Yanagawa Elementary School (柳河小学校
 * 1年2組); Aiko Tanaka, 9, of Kamachi Elementary; 8-year-old Jose from the Philippines. English has no honorific to find a name by,
 * so the name is a capitalised word or two with the age right beside it; the details are the school (and grade), the class, the
 * country they come from and the place they live, in the same sentence (or the next, opening with He or She). A long line is cut
 * into pieces (paragraphs.ts), so each paragraph gives its marks and the post joins them into sentences.
 */
export interface EnglishMarks {
  /** A name with its age beside it (source offsets of the paragraph; the name only). */
  names: Span[]
  /** Details: where they are told (source offsets) and what they are. */
  details: Array<{ kind: EnglishDetail; at: number }>
  /** Where English sentences end (after . ! ? or a line break; source offsets). */
  ends: number[]
  /** Where a sentence may open with He, She, His or Her (source offsets). */
  pronouns: number[]
  /** The post says the person or their family agreed (with his parents' permission). */
  consent: boolean
}
export type EnglishDetail = 'school' | 'class' | 'origin' | 'residence'

const EN_NAME = "[A-Z][a-z'’]{1,15}(?:-(?:kun|chan|san|sama))?(?:[ -][A-Z][a-z'’]{1,15}(?:-(?:kun|chan|san|sama))?){0,2}"
/** Minh (7 years old), Aiko Tanaka (9), Jose (age 8), Haruto-kun (6 y/o). */
const EN_NAME_AGE_BRACKET = new RegExp(`(?<![A-Za-z])(${EN_NAME})\\s?[(（]\\s?(?:age\\s)?[0-9]{1,2}(?:\\s?(?:years?\\sold|yrs?\\.?(?:\\sold)?|y\\.?\\s?o\\.?|y/o))?\\s?[)）]`, 'gu')
/** Aiko Tanaka, 9, … ; Jose, aged 8, … */
const EN_NAME_AGE_COMMA = new RegExp(`(?<![A-Za-z])(${EN_NAME}),\\s(?:aged?\\s)?[0-9]{1,2}(?:\\s(?:years?\\sold))?,\\s`, 'gu')
/** 8-year-old Jose, seven-year-old Minh. */
const EN_AGE_NAME = new RegExp(`(?<![A-Za-z0-9])(?:[0-9]{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)-year-old\\s(${EN_NAME})(?![A-Za-z])(?!\\s[A-Z])`, 'gu')
/** Words that open a sentence before a name (Welcome Minh, Congratulations to): dropped from the name. */
const EN_OPENERS = new Set(['Welcome', 'Congratulations', 'Congrats', 'Meet', 'Thanks', 'Thank', 'Say', 'Hello', 'Hi', 'This', 'Our', 'Little', 'Dear', 'Happy', 'Today', 'Yesterday', 'And', 'But', 'Also', 'Then', 'When', 'Please', 'Cheers', 'Go', 'Great', 'Big', 'Well', 'Done'])
/** Capitalised words that name no person: groups, places, times, kinds, nationalities. */
const EN_NOT_NAME =
  /^(?:Children|Child|Kids|Kid|Students|Student|Pupils|Pupil|Adults|Adult|Boys|Boy|Girls|Girl|Babies|Baby|Infants|Toddlers|Teens|Youth|Participants|Members|Seniors|Elderly|Families|Family|Parents|Everyone|Anyone|Residents|Grade|Grades|Age|Ages|Class|Classes|Group|Groups|Team|Teams|Elementary|Primary|Junior|High|Middle|School|Schools|Kindergarten|Nursery|Center|Centre|Hall|Festival|Event|Typhoon|Room|Section|Division|Office|Park|Shrine|Temple|Bridge|Station|Library|Museum|Gymnasium|Year|Years|Day|Days|Week|Weeks|Month|Months|Round|Level|Step|Part|Chapter|Vol|No|Number|Course|Lesson|Unit|Area|Zone|District|Ward|City|Town|Village|Prefecture|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Japanese|English|Vietnamese|Chinese|Korean|Filipino|Filipina|Nepali|Nepalese|Indonesian|Burmese|Thai|Brazilian|Peruvian|Indian|American|British|Spring|Summer|Autumn|Fall|Winter|Total|Under|Over|Mascot|Character)$/u
/** An animal or a mascot named right before (our dog Momo (3), the mascot Kappa-kun (5)). */
const EN_NOT_PERSON_BEFORE = /(?:mascot|character|dog|cat|puppy|kitten|pet|horse|rabbit|bunny|turtle|tortoise|goat|pony|parrot|hamster)\s(?:named\s|called\s)?$/iu

const EN_COUNTRY =
  '(?:Vietnam|Viet\\sNam|(?:the\\s)?Philippines|China|(?:South\\s)?Korea|Taiwan|Hong\\sKong|Nepal|Indonesia|Myanmar|Thailand|Cambodia|Laos|Malaysia|Mongolia|Sri\\sLanka|Bangladesh|India|Pakistan|Brazil|Peru|(?:the\\s)?(?:US|USA|United\\sStates|UK|United\\sKingdom)|America|Canada|England|Australia|New\\sZealand|France|Germany|Italy|Spain|Russia|Ukraine|Uzbekistan|Nigeria|Ghana|Kenya|Egypt|Turkey|Iran)'
const EN_NATIONALITY = '(?:Vietnamese|Filipino|Filipina|Chinese|Korean|Taiwanese|Nepali|Nepalese|Indonesian|Burmese|Thai|Cambodian|Mongolian|Sri\\sLankan|Bangladeshi|Indian|Pakistani|Brazilian|Peruvian|American|Canadian|British|Australian|French|German|Russian|Ukrainian)'
const EN_DETAILS: Array<[EnglishDetail, RegExp]> = [
  // A school by its kind (Yanagawa Elementary School, Kamachi Kindergarten) or a grade (1st grade, grade 3, a third-year student).
  [
    'school',
    /(?<![A-Za-z])(?:(?:Elementary|Primary|Junior\sHigh|Middle|High|Nursery|Special\sNeeds)\sSchool|Kindergarten|Preschool|Daycare)(?![A-Za-z])|(?<![A-Za-z0-9])(?:[1-6](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)[\s-](?:grade|grader|year\sstudent|year\spupil)(?![A-Za-z])|(?<![A-Za-z])grade\s[1-6](?![0-9])/giu,
  ],
  ['school', SCHOOL],
  ['class', /(?<![A-Za-z])Class\s(?:[1-6]-)?[0-9A-F](?![A-Za-z0-9])|(?<![0-9])[1-6]年\s?[0-9一二三四五六七八九]組/gu],
  ['origin', new RegExp(`(?<![A-Za-z])(?:from\\s${EN_COUNTRY}|${EN_NATIONALITY}(?=\\s(?:boy|girl|student|pupil|child|kid|national|citizen|resident|trainee|intern|family))|(?:is|was)\\s(?:a\\s)?${EN_NATIONALITY}(?![A-Za-z]))(?![A-Za-z])`, 'gu')],
  ['origin', new RegExp(ORIGIN.source, 'gu')],
  // Where they live, below the city (lives in Okinohata, living in Mitsuhashi-machi); not the city, the prefecture or the country.
  ['residence', /(?<![A-Za-z])(?:lives|living|who\slives|resides|residing)\sin\s(?!(?:the\s)?(?:city|town|area|Yanagawa|Japan|Fukuoka|Kyushu|Tokyo|Osaka)(?![A-Za-z]))(?:the\s)?[A-Z][a-z]{2,15}(?![A-Za-z])/gu],
]
const EN_SENTENCE_END = /(?<!(?:^|[^A-Za-z])(?:Mr|Ms|Mrs|Dr|No|St|Jr|Sr|vs|etc|approx|a\.m|p\.m))[.!?。！？](?=\s|$)|\n/gu
const EN_PRONOUN = /(?<![A-Za-z])(?:He|She|His|Her)\s/gu
const EN_CONSENT =
  /(?:with|have|got|obtained|received|given)\s(?:(?:the|his|her|their)\s)?(?:(?:family's|parents'?|parent's|guardians'?|guardian's|parental)\s)?(?:permission|consent)|(?:permission|consent)\s(?:was\s|has\sbeen\s)?(?:given|obtained|received)/iu

/** The marks of one paragraph (null: nothing English that names a person with an age, nor any detail). */
export function englishMarks(doc: Doc): EnglishMarks | null {
  const t = doc.norm.text
  // English prose: three words in a row (not a Japanese post with a URL or a brand name in it).
  if (!/[A-Za-z]{2,}[ ,][A-Za-z]{2,}[ ,][A-Za-z]{2,}/.test(t)) return null
  const marks: EnglishMarks = { names: [], details: [], ends: [], pronouns: [], consent: EN_CONSENT.test(t) }
  const addName = (m: RegExpMatchArray, name: string) => {
    const words = name.split(/[ -]/u)
    let skip = 0
    while (skip < words.length && EN_OPENERS.has(words[skip]!)) skip++
    const rest = words.slice(skip)
    if (rest.length === 0 || rest.some((w) => EN_NOT_NAME.test(w))) return
    const a = m.index! + m[0].indexOf(name) + name.length - rest.join(' ').length
    const b = m.index! + m[0].indexOf(name) + name.length
    if (EN_NOT_PERSON_BEFORE.test(t.slice(Math.max(0, a - 24), a))) return
    marks.names.push(doc.fromNorm(a, b))
  }
  if (/[0-9]/.test(t) || /-year-old/iu.test(t)) {
    for (const m of matchAllOf(EN_NAME_AGE_BRACKET, t)) addName(m, m[1]!)
    for (const m of matchAllOf(EN_NAME_AGE_COMMA, t)) addName(m, m[1]!)
    for (const m of matchAllOf(EN_AGE_NAME, t)) addName(m, m[1]!)
  }
  for (const [kind, re] of EN_DETAILS) for (const m of matchAllOf(re, t)) marks.details.push({ kind, at: doc.fromNorm(m.index, m.index + 1).start })
  if (marks.names.length === 0 && marks.details.length === 0) return null
  for (const m of matchAllOf(EN_SENTENCE_END, t)) marks.ends.push(doc.fromNorm(m.index, m.index + 1).end)
  for (const m of matchAllOf(EN_PRONOUN, t)) marks.pronouns.push(doc.fromNorm(m.index, m.index + 1).start)
  return marks
}

const EN_LABEL: Record<EnglishDetail | 'age', string> = { age: '年齢', school: '学校・学年', class: '学級', origin: '国籍・出身国', residence: '住んでいる地域' }

/**
 * Joins the paragraphs' marks (each shifted to post offsets by `at[i]`) into sentences and emits each name told with its age and at
 * least one more detail: a warning, three kinds of detail (the age, the school and the class) a block, as in Japanese; a consent
 * stated anywhere lowers it to a note.
 */
export function englishPersons(marks: ReadonlyArray<EnglishMarks | null>, at: ReadonlyArray<number>, consent: boolean, textLength: number, emit: Emit): void {
  if (!marks.some((m) => m !== null && m.names.length > 0)) return
  const ends: number[] = []
  const pronouns: number[] = []
  const details: Array<{ kind: EnglishDetail; at: number }> = []
  const names: Span[] = []
  let agreed = consent
  marks.forEach((m, i) => {
    if (!m) return
    const o = at[i]!
    for (const e of m.ends) ends.push(e + o)
    for (const p of m.pronouns) pronouns.push(p + o)
    for (const d of m.details) details.push({ kind: d.kind, at: d.at + o })
    for (const n of m.names) names.push({ start: n.start + o, end: n.end + o })
    agreed ||= m.consent
  })
  let lastSentence = -1
  for (const n of names) {
    let start = 0
    let end = textLength
    for (const e of ends) {
      if (e <= n.start) start = e
      else if (e >= n.end) {
        end = e
        break
      }
    }
    if (start === lastSentence) continue
    // The next sentence about the same person (…Yanagawa Elementary. She is from Vietnam.).
    let reach = end
    if (pronouns.some((p) => p >= end && p - end <= 3)) reach = ends.find((e) => e > end) ?? textLength
    const kinds = new Set<EnglishDetail | 'age'>(['age'])
    for (const d of details) if (d.at >= start && d.at < reach) kinds.add(d.kind)
    if (kinds.size < 2) continue
    lastSentence = start
    const severity = agreed ? 'info' : kinds.size >= 3 ? 'block' : undefined
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: n.start,
      end: n.end,
      severity,
      data: { label: [...kinds].map((k) => EN_LABEL[k]).join('・') },
    })
  }
}

/**
 * Blind R347P-052 kind: a caption points at a place in the photo and names the private person standing there (前列まん中は、…ゴールされた 橋本
 * さんご夫妻です; 写真右が古賀さん; 左から2人目は松尾 花子さん): the face and the name go out together. Warned in `post` only with an image or a
 * video attached and no consent stated (index.ts), and only when no finding of the paragraph already marks that name. Not someone named by their
 * office or role right before the name (市長の…さん, 講師の…先生, 職員の…さん: public in that role), nor a quoted example.
 */
const PHOTO_SPOT =
  /(?:写真|画像)(?:の|で)?[ 　]?(?:真ん中|まん中|中央|右端|左端|右|左|手前|奥)|(?:最前列|前列|後列|中列)(?:の)?[ 　]?(?:真ん中|まん中|中央|右端|左端|右|左)?|(?<![\p{Script=Han}])(?:右|左)から[0-9一二三四五]{1,2}(?:番目|人目)/u
const SPOT_ROLE_BEFORE = /(?:長|員|師|士|官|先生|講師|代表|職員|スタッフ|担当|市長|議員|委員)(?:の|で|、)?[ 　]?$/u
export function captionedPerson(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PHOTO_SPOT.test(t)) return
  const names = findNames(t)
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const spot = PHOTO_SPOT.exec(sentence)
    if (!spot) continue
    const from = s.start + spot.index + spot[0].length
    const n = names.find((m) => m.start >= from && m.start - from <= 40 && m.start < s.end)
    if (!n || quotedOnLine(t, n.start) || SPOT_ROLE_BEFORE.test(t.slice(Math.max(s.start, n.start - 8), n.start))) continue
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '写真の位置' } })
    return
  }
}

/**
 * Blind R347P-050 kind: a household or a person not named but told by where they came from abroad (オランダから来られたご家族, ベトナムから
 * 引っ越してこられたご夫婦, 海外から転入された方) and, in that sentence or the next, the part of the city where they live or will live (沖端のほうで
 * 暮らされる, 三橋町に住まれる): few such families live in one district, so the neighbours know whose they are. Warn. Not a group (観光客の皆さん,
 * 方々), someone who came for a role (ALTの先生, 国際交流員, 選手), the city as a whole (柳川で暮らす), a quoted example or a stated consent.
 * Bounded: 10 characters from the coming to the person, 16 to the place.
 */
const CAME_FROM_ABROAD =
  /(?:(?<![ァ-ヶー])[ァ-ヶー]{2,10}|中国|韓国|台湾|香港|米国|英国|海外|外国)から(?:来られた|来た|いらした|いらっしゃった|来日(?:された|した)|(?:引っ越して|越して|移住して|転入して)(?:こられた|来られた|きた|来た)|移住(?:された|した)|転入(?:された|した))[^。！？!?\n]{0,10}?(?:ご家族|ご一家|一家|ご夫婦|ご夫妻|親子|ご家庭|世帯|方(?![々])|男性|女性|お子さん)/u
const ABROAD_ROLE = /先生|講師|ALT|交流員|職員|選手|コーチ|教師|研究者|ゲスト|観光客|旅行者|ツアー|団体|皆|方々|たち/u
const LIVES_IN_PART =
  /([\p{Script=Han}ァ-ヶー々ノ]{2,8}?)(?:町|地区|団地|校区|(?:の)?(?:ほう|方面|あたり|辺り|周辺))?(?:で|に)[^。！？!?\n]{0,4}?(?:暮らさ|暮らし|暮らす|お暮らし|住ま|住む|住ん|住み|お住まい|移り住|引っ越さ|引っ越す|引っ越し|転居)/u
export function newcomerHousehold(doc: Doc, emit: Emit, cities: ReadonlyArray<string> = []): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!CAME_FROM_ABROAD.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const came = CAME_FROM_ABROAD.exec(sentence)
    if (!came || ABROAD_ROLE.test(came[0]) || GROUP_OF.test(sentence) || quotedOnLine(t, s.start + came.index)) continue
    const next = s.end < t.length ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const place = LIVES_IN_PART.exec(sentence.slice(came.index + came[0].length)) ?? LIVES_IN_PART.exec(next)
    if (!place) continue
    const where = place[1]!
    if (cities.includes(where) || t.includes(where + '市') || /(?:市|県|国|日本|市内|町内|地域|近く)$/u.test(where) || ABROAD_ROLE.test(next.slice(0, Math.max(0, next.indexOf(place[0]))))) continue
    const span = doc.fromNorm(s.start + came.index, s.start + came.index + came[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '出身国と住む地区' } })
    return
  }
}

// ---------- Blind R358F/R360H kinds: a named person's own health, care or welfare told with what singles them out ----------

/*
 * Blind R358F-035, R358F-052, R360H-007, R360H-050, R360H-053 kinds: a health matter of the named person that PATIENT_MATTER does not read,
 * told in their sentence or the next: an injury with its extent (右足首の骨折で全治2か月, 腰を痛めて), the signs of dementia (物忘れが進んで, 娘さんの
 * 顔も分からない), a committal to a psychiatric ward (措置入院, 医療保護入院), a treatment they cannot do without (週3回の透析をがんばってる, 人工透析が
 * 必要な, インスリンあり). With the full name, or an age, a district or a school of the same name told anywhere in the post: 要配慮個人情報 of one
 * known person, block. Not the matter as a topic (骨折した方は, 透析が必要な方へ): see PIA_NOT_OF_OTHERS.
 */
const PIA_HEALTH =
  /(?:骨折|捻挫|脱臼|打撲|靭帯(?:を)?損傷|肉離れ|やけど|火傷)(?:で|を|し|され|の)[^。！？!?\n]{0,8}?(?:全治|入院|手術|安静|松葉杖|ギプス)|全治\s?[0-9一二三四五六七八九十]{1,2}\s?(?:日|週間|か月|ヶ月|カ月|ヵ月)|(?:足首|手首|足|腕|肋骨|骨盤|大腿骨|腰椎|背骨|鎖骨|指|膝|ひざ)(?:の骨)?を骨折|(?:腰|膝|ひざ|足|肩)を痛め(?:て|られ)|物忘れ(?:が|も)(?:進|ひど|激し|多く|増え)|認知症が進|(?:家族|娘さん|息子さん|奥さん|ご主人|お孫さん)の顔(?:も|が)(?:分から|わから)|措置入院|医療保護入院|(?:週|月)\s?[0-9一二三四五六七]回の(?:人工)?透析|(?:人工)?透析(?:を|に)(?:がんばっ|頑張っ|通っ|通わ|続け)|(?:人工)?透析が(?:必要|欠かせ)|インスリン(?:注射)?(?:あり|が必要|を(?:打|使))/u
const PIA_NOT_OF_OTHERS = /^[^。！？!?\n]{0,6}?(?:方|人|皆|患者|場合|とき|時)(?:へ|に|の|を|は|が|も|たち|で|向け)/u
/** A list line's bracket after the name and its district (・堤 カズエさん　鷹ノ尾（糖尿病・インスリンあり）). */
const PIA_LINE_BRACKET = /^[^\n（(]{0,14}[（(]([^（()）\n]{1,24})[)）]/u
/** A disability certificate told with its grade or number (身体障害者手帳（1種2級、交付番号 第0412887号…）, 療育手帳A1). */
const PIA_CERTIFICATE = /(?:療育|障(?:害|がい)者|精神障(?:害|がい)者保健福祉)手帳[（(]?[^。！？!?\n）)]{0,12}?(?:[1-6一二三四五六]級|[1１2２]種|番号|第\s?[0-9]{3,})/u
/** Welfare paid told in the post (保護費の支給日, 生活保護の受給). */
const PIA_WELFARE = /保護費|生活保護(?:費|の支給|の受給|を受給)/u
const PIA_STAFF_NEAR = /(?:課|係|室|担当|職員|相談員|支援員|ケースワーカー|先生|医師|看護師|保健師|スタッフ|センター)(?:の|で|、)?\s?$/u
/** Who works on welfare, right before the name (保護係・田中さん, 民生委員の古賀さん, 社会福祉士・松尾さん): staff or a helper, not a recipient. */
const PIA_HELPER_NEAR = /(?:課|係|室|担当|職員|ケースワーカー|先生|スタッフ|センター|[\p{Script=Han}]{0,6}(?:員|士|師))(?:の|で|、|・)?\s?$/u
/** The name as the one asked to tell or explain (…さんにお話を伺いました, …さんが解説します): a speaker on the topic, not a recipient. */
const PIA_SPEAKER_AFTER = /^\s?(?:に|が|から)[、,]?[^。！？!?\n]{0,12}?(?:お話|伺|お聞き|聞きし|お答え|答え|解説|説明|講演|紹介)/u
function piaOwnHealth(s: string): boolean {
  for (const m of s.matchAll(new RegExp(PIA_HEALTH.source, 'gu'))) {
    const end = m.index + m[0].length
    if (PIA_NOT_OF_OTHERS.test(s.slice(end, end + 12)) || ILLNESS_OF_OTHER_BEFORE.test(s.slice(Math.max(0, m.index - 16), m.index))) continue
    return true
  }
  return false
}
export function namedHealthTold(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const welfare = PIA_WELFARE.test(t)
  if (!welfare && !PIA_CERTIFICATE.test(t) && !PIA_HEALTH.test(t) && !/[（(][^（()）\n]{0,24}(?:糖尿|透析|認知症|インスリン|酸素|人工呼吸)/u.test(t)) return
  if (CONSENT.test(t) || !/さん|ちゃん|くん|君|様|さま/u.test(t)) return
  const names = findNames(t).filter((n) => !n.weak && !quotedOnLine(t, n.start))
  // What singles each name out, wherever in the post it is told: its full name, an age in the bracket after it, a district right before
  // it or on its list line, a school before it in its sentence.
  const detailOf = new Map<string, string>()
  for (const n of names) {
    const key = t.slice(n.start, n.end).replace(/\s/gu, '')
    const sentence = sentenceSpan(t, n.start)
    const before = t.slice(Math.max(0, n.start - 22), n.start)
    const detail =
      isFullName(t.slice(n.start, n.end)) ? 'full' :
      AGE_AFTER_NAME.test(t.slice(n.after, n.after + 12)) ? 'age' :
      (PLACE_BEFORE_NAME.test(before) && !NOT_PLACE.test(before)) || /^[ 　]{1,2}[\p{Script=Han}ァ-ヶノ々]{2,6}[ 　]?[（(]/u.test(t.slice(n.after, n.after + 12)) ? 'residence' :
      [...t.slice(sentence.start, n.start).matchAll(SCHOOL)].some((m) => !SCHOOLS_IN_GENERAL.test(m[0])) ? 'school' : ''
    if (detail !== '' && !detailOf.has(key)) detailOf.set(key, detail)
  }
  const done = new Set<number>()
  for (const n of names) {
    const key = t.slice(n.start, n.end).replace(/\s/gu, '')
    if (!detailOf.has(key)) continue
    if (PIA_STAFF_NEAR.test(t.slice(Math.max(0, n.start - 12), n.start)) || ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start))) continue
    const s = sentenceSpan(t, n.start)
    if (done.has(s.start)) continue
    const sentence = t.slice(s.start, s.end)
    // (A list's line is no sentence of prose: the next line tells of another person.)
    const next = s.end < t.length && t[s.end] !== '\n' ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const line = t.slice(n.after, n.after + 40)
    const bracket = PIA_LINE_BRACKET.exec(line.slice(0, line.indexOf('\n') < 0 ? line.length : line.indexOf('\n')))
    let label = ''
    if (piaOwnHealth(sentence) || piaOwnHealth(next) || (bracket !== null && HEALTH_IN_BRACKET.test(bracket[1]!) && !ORG_IN_BRACKET.test(bracket[1]!.trim()))) label = '健康状態（けが・病状・治療）'
    else if (PIA_CERTIFICATE.test(sentence)) label = '障害者手帳の等級・番号'
    else if (welfare && detailOf.get(key) !== 'school' && !PIA_SPEAKER_AFTER.test(t.slice(n.end, n.end + 24)) && !PIA_HELPER_NEAR.test(t.slice(Math.max(0, n.start - 12), n.start)) && (PIA_WELFARE.test(sentence) || PIA_WELFARE.test(t.slice(sentenceSpan(t, Math.max(0, s.start - 2)).start, s.start)))) label = '生活保護の受給'
    if (label === '') continue
    done.add(s.start)
    const span = markOf(doc, n)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
  }
}

/*
 * Blind R358F-007, R360H-020, R360H-041, R360H-045 kinds: a patient (or a welfare recipient) not named but described so that those around know
 * who it is. (1) A pupil taken to hospital told by the named school and two of its grade, club and shirt number (搬送されたのは城南高校バスケット
 * ボール部の2年生、背番号7番の男子生徒). (2) A patient of a disease told by the workplace in a district, the work and the age band (患者さんは蒲池地区の
 * 中学校で理科を教えている50代の先生). (3) In a reply, the illness or operation of the answered person's kin with the aid paid for it (お孫さんの心臓
 * の手術の分、子ども医療費の助成…通っとった): the account answered is public. (4) Someone placed by a landmark and a daily habit (駅前の銀行の横で、
 * 毎朝自転車で新聞を配っとらす元漁師のおじいちゃん), then told to receive welfare. Block. Not the pupils or patients as a group, a quoted example,
 * a conditional answer (入院された場合も対象です), nor a post stating consent.
 */
const PIA_PUPIL_SCHOOL = /(?<![\p{Script=Han}ァ-ヶー])(?:[\p{Script=Han}]{1,6}|[ァ-ヶー]{2,6})(?:小学校|中学校|高等学校|高校|支援学校|(?:小|中)(?=の?\s?[1-6一二三四五六]年))/gu
/**
 * Blind R398X-007 kind: the same school-and-details description of one pupil in another matter that must not be tied to a
 * child: bullying, a consultation or a call to a hotline, guidance by the police, an accident or a trouble (昨日いじめ相談窓口に
 * お電話くださった、昭代中2年のバスケ部で背番号7番の男の子のお母さん): the child, and through them the caller, is known at the school.
 */
const PIA_PUPIL_MATTER = /いじめ|相談|補導|不登校|虐待|けが|怪我|ケガ|事故|トラブル|通報|非行|万引き/u
const PIA_PUPIL_GRADE = /^[^。！？!?\n]{0,24}?(?<![0-9])[1-6一二三四五六]年生?(?![0-9間度目後前])/u
const PIA_PUPIL_CLUB = /^[^。！？!?\n]{0,16}?(?:[ァ-ヶー]{2,12}|野球|陸上|剣道|柔道|弓道|空手|水泳|卓球|吹奏楽|美術|書道|合唱|相撲|ソフトボール)部(?!活|室|屋|分|品|長会)/u
const PIA_PUPIL_NUMBER = /^[^。！？!?\n]{0,30}?背番号\s?[0-9]{1,3}/u
const PIA_ONE_PUPIL = /(?:男子|女子)?(?:生徒|児童|選手|部員)(?!たち|達|ら(?![ぁ-ゖ])|の皆|全員|[0-9一二三四五六七八九十]{1,3}(?:人|名))|(?:男|女)の子(?!たち|達)/u
const PIA_PATIENT_SUBJECT = /(?:患者|感染者|陽性者|亡くなった方|入院した方|搬送された方)(?:さん|の方)?(?:は|が)、?/u
const PIA_WORK_IN_DISTRICT =
  /[\p{Script=Han}ノヶ々]{1,6}(?:町|地区|校区)(?:[\p{Script=Han}ノヶ々]{0,4})?の[\p{Script=Han}ァ-ヶー]{0,8}(?:小学校|中学校|高校|保育園|保育所|幼稚園|こども園|病院|医院|介護施設|施設|商店|店|工場|事業所|会社|銀行|郵便局|支所|公民館)(?:で|に)[^。！？!?\n]{0,12}?(?:教え|勤め|勤務|働)/u
const PIA_KIN_ILLNESS =
  /(?:お孫さん|息子さん|娘さん|ご主人|奥さん|奥様|お子さん|お父さん|お母さん|旦那さん)(?:の|が)[^。！？!?\n]{0,4}?(?:心臓|脳|腎臓|肝臓|目|眼|耳|足|膝|ひざ|股関節|がん|癌|腫瘍|病気)(?:の)?(?:手術|治療|入院)/u
const PIA_AID_PAID = /(?:助成|医療費|給付|補助|手当)[^。！？!?\n]{0,12}?(?:通っ|決まっ|下り|おり|出|認め|支給され|振り込ま)/u
const PIA_CONDITIONAL = /場合|とき|時は|なら|たら|ても|対象/u
const PIA_PLACED_BY_HABIT =
  /[\p{Script=Han}ァ-ヶー]{1,10}の?(?:前|横|隣|角|裏|向かい|近く|そば)で、?[^。！？!?\n]{0,6}?(?:毎朝|毎日|毎晩|毎夕|いつも)[^。！？!?\n]{0,24}?(?:おじいちゃん|おばあちゃん|おじいさん|おばあさん|おっちゃん|おばちゃん|男性|女性|男の人|女の人)(?!たち|達|の皆)/u
const PIA_WELFARE_TOLD = /(?:生活)?保護(?:を|の)?(?:受け|受給)(?:て|られ|とら|ておられ|始め)|生活保護(?:に|を)(?:なっ|申請し)/u
export function describedPatient(doc: Doc, emit: Emit, reply = false): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  const out = (at: number, end: number, label: string): void => {
    const span = doc.fromNorm(at, end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
  }
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    const prev = i > 0 ? t.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : ''
    // (1) a pupil taken to hospital, or in another matter not to be tied to a child, by the school and two of grade, club and shirt number
    const patient = PATIENT_MATTER.test(sentence) || PATIENT_MATTER.test(prev)
    if (patient || PIA_PUPIL_MATTER.test(sentence) || PIA_PUPIL_MATTER.test(prev)) {
      for (const m of sentence.matchAll(PIA_PUPIL_SCHOOL)) {
        if (SCHOOLS_IN_GENERAL.test(m[0]) || quotedOnLine(t, s.start + m.index)) continue
        const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 40)
        const count = [PIA_PUPIL_GRADE.test(after), PIA_PUPIL_CLUB.test(after), PIA_PUPIL_NUMBER.test(after)].filter((x) => x).length
        if (count < 2 || !PIA_ONE_PUPIL.test(after) || GROUP_OF.test(sentence)) continue
        const label = patient ? '搬送された生徒の学校・学年・部活動・背番号' : '相談・事故などの当事者の生徒の学校・学年・部活動・背番号'
        out(s.start + m.index, s.start + m.index + m[0].length, label)
        return
      }
    }
    // (2) a patient by the workplace in a district, the work and the age band
    const subject = PIA_PATIENT_SUBJECT.exec(sentence)
    if (subject !== null && !quotedOnLine(t, s.start + subject.index)) {
      const rest = sentence.slice(subject.index + subject[0].length)
      if (PIA_WORK_IN_DISTRICT.test(rest) && AGE_BAND.test(rest) && /感染|結核|陽性|入院|治療|療養|患者/u.test(t)) {
        out(s.start + subject.index, s.start + subject.index + subject[0].length, '感染症の患者の勤め先・仕事・年代')
        return
      }
    }
    // (3) a reply telling the kin's illness or operation of the one answered, with the aid paid for it
    const kin = reply ? PIA_KIN_ILLNESS.exec(sentence) : null
    if (kin !== null && !quotedOnLine(t, s.start + kin.index) && PIA_AID_PAID.test(sentence) && !PIA_CONDITIONAL.test(sentence)) {
      out(s.start + kin.index, s.start + kin.index + kin[0].length, '返信相手の家族の病気・手術と助成')
      return
    }
    // (4) someone placed by a landmark and a daily habit, then told to receive welfare
    const placed = PIA_PLACED_BY_HABIT.exec(sentence)
    if (placed !== null && !quotedOnLine(t, s.start + placed.index)) {
      const told = [sentence, i + 1 < sentences.length ? t.slice(sentences[i + 1]!.start, sentences[i + 1]!.end) : ''].join('\n')
      if (PIA_WELFARE_TOLD.test(told)) {
        out(s.start + placed.index, s.start + placed.index + placed[0].length, '場所と毎日の習慣で分かる人の生活保護の受給')
        return
      }
    }
  }
}

/*
 * Blind R405E-033, R408H-057 kinds: a private person named in full with their age, and the city they live in named (古賀 直樹さん（39歳・大川市在住）,
 * 埼玉県川口市の立花 ふさえさん（82）, 福岡市在住の松尾 健一さん（45）): a whole city is too wide on its own (WIDE_PLACE, namedCity), but with the
 * full name and the age it leaves one person. Not one introduced by an office or a public role (OFFICE_RIGHT_BEFORE), a guest, or in a quotation.
 */
const CITY_ITEM = /^(?:[\p{Script=Han}]{2,3}[都道府県])?[\p{Script=Han}]{1,4}市(?:在住|内在住|にお住まい|住まい)?$/u
const CITY_BEFORE_NAME = /(?<![\p{Script=Han}])(?:[\p{Script=Han}]{2,3}[都道府県])?[\p{Script=Han}]{1,4}市(?:在住の?|にお住まいの|に住む|で暮らす|の)[ 　]?$/u
/*
 * Blind R405E-017 kind: the named person's parent or spouse told in the next sentence by the shop or workplace they keep (…樺島くん（19）。お母さんも
 * この現場の近くで食堂をされています, 奥さんは駅前で美容室を営んでいます): where to find the family, one more detail of whose the person is.
 */
const KIN_AT_WORK = new RegExp(
  String.raw`^[\s　]?(?:お?(?:母|父)(?:さん|さま|様|親)|(?:おばあ|おじい|お姉|お兄)(?:ちゃん|さん)|奥(?:さん|さま|様)|ご(?:両親|主人)|旦那さん)(?:も|は|が)[^。！？!?\n]{0,24}?(?:で|の)[^。！？!?\n]{0,8}?(?:食堂|商店|お?店|美容室|理容店|理髪店|工場|医院|会社|農園)(?:を|で)(?:されて|営ん|営まれ|経営|やって|働い|働かれ|勤め|お勤め)`,
  'u',
)
/** An office or a public role right before the name (区長の, 市議会議員の, 講師の, 選手の): a worker or a member of staff (作業員の, 職員の) is none. */
const OFFICE_RIGHT_BEFORE = new RegExp(`(?:${PUBLIC_ROLE}|[\\p{Script=Han}]{0,4}(?:長|委員|議員|先生|講師|選手|監督|大使))(?:の|である|、)?\\s?$`, 'u')
/** Details the common readings leave out: a named city of a person named in full with an age, a kin's workplace told after the name. */
function cityAndKinWork(t: string, n: Name, next: string, kinds: Set<string>, fullName: boolean, cities: ReadonlyArray<string>): void {
  if (quotedOnLine(t, n.start)) return
  if (fullName && kinds.has('age') && !kinds.has('residence') && !OFFICE_RIGHT_BEFORE.test(t.slice(Math.max(0, n.start - 16), n.start)) && !GUEST_AFTER_NAME.test(t.slice(n.end, n.end + 16))) {
    const rest = t.slice(n.after, n.after + 32)
    const close = /^[(（]/u.test(rest) ? rest.search(/[)）]/u) : -1
    // (Another city than the account's own: 柳川市の… is the whole city the post speaks to, as 市内 is.)
    const other = (city: string) => !cities.includes(/^([\p{Script=Han}]{1,4})市/u.exec(city.replace(/^[\p{Script=Han}]{2,3}?[都道府県](?=[\p{Script=Han}]{1,4}市)/u, ''))?.[1] ?? '')
    const inBracket = close > 0 && rest.slice(1, close).split(/[・、,，/\s]/u).some((item) => CITY_ITEM.test(item) && other(item))
    const before = CITY_BEFORE_NAME.exec(t.slice(Math.max(0, n.start - 16), n.start))
    if (inBracket || (before && other(before[0]))) kinds.add('residence')
  }
  if (KIN_AT_WORK.test(next)) kinds.add('kin')
}
