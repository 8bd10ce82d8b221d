/**
 * Mask characters, runs and single ones (5(2): 伏せ字を使用しない), the family's main detector `masks`: an unfilled template (masking/template,
 * block) — a run before a unit, a counter or a measure (○月○日, △時, ××円, ●●万円), before a venue or an event's name (〇〇公民館,
 * ●●●●説明会を開催します), as a field's value (景品：＊＊＊, 【対象】○○), a form letter's addressee alone on its line (＊＊様⏎) or its sender
 * among the city's staff (担当の●●よりご連絡いたします), a road and the ends of a closed section in a traffic notice, a desk to contact (□□課
 * まで), a partner credited (〇〇観光さんとのコラボ), a contest's winner in the results, many runs of one shape in a paragraph — and 伏せ字
 * (masking/fuseji, warn): ○○課のAさん, ××さん, a masked resident's town (＊＊町にお住まいの), one mask inside a word (ク〇). Also
 * lettersAsMasks: ○○ typed as the letter O or X, emoji or circles before an honorific (ＯＯ株式会社さま, 🌸🌸先生) read as the same masks.
 * Stays clean: bullets, legends, ratings, quizzes, decorative rules (■■■ お知らせ ■■■), bold, phone groups and the other clean uses of
 * list-bullets-and-clean-symbols.ts; explained examples (explained-examples.ts); a name held back on purpose (プライバシーのため); a guest
 * of an official visit named by office; a self-introduction's own name. Part of the masking family (index.ts runs the detectors in their order).
 */
import { gatedTest } from '../../gate'
import { sentenceOf } from '../../words'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import {
  MASK, SHAPE, MEASURE, UNIT, ERA_BEFORE, PERSON_AFTER, VENUE_AFTER, FIELD_BEFORE, KANJI_NUMERAL, SLOT_FIELD, isKanji, isLetter,
  isWordChar, lineStartNear, lineEndNear, ANNOUNCED_ROLE, PRODUCT_AFTER,
} from './context'
import { isExample, maskedGroupScolded } from './explained-examples'
import { emitTemplate, isReportedComplaint, rudeMask, emitFuseji } from './findings'
import {
  QUIZ, LEGEND_BEFORE, LEGEND_AFTER, bulletItem, PHONE_GROUP_AFTER, PHONE_GROUP_BEFORE, maskedPairs, boldMarks, listItemBlank,
  ratingScale, LETTERS_BEFORE, TURNED_INTO_AFTER, MARK_NAMED_AFTER, SHAPE_NAMED_AFTER, SHAPE_JOINED_BEFORE, PAIRED_BEFORE, PAIRED_AFTER,
  TIMES_BEFORE, TIMES_AFTER, NOTE_VALUE_BEFORE,
} from './list-bullets-and-clean-symbols'
import { figureSlots, amountSlots, dateChainSlots } from './date-and-amount-slots'

const MASK_RE = /[○〇◯●×✕✖*■□▲△◆◇〓]/g
/**
 * Single mask characters inside a word (× is left out: 柳川×博多 is a collaboration). Blind R66A-128: the large circle ◯ cuts a word as
 * ○ does (ク◯暑かけん, ク◯寒か).
 */
const SINGLE = '○〇◯●*■〓'
/** Blind R233P-054 kind: a space, then the honorific that closes a name (古○ 様). */
const TAIL_MASK_HONORIFIC = /^[^\S\n](?:様|さま|さん|氏|殿|君|くん|ちゃん)(?![\p{Script=Han}])/u
/** Single mask characters that may stand for a missing value before a unit (△時〜△時, ●日に順延). */
const SINGLE_VALUE = 'oOxtTsg'
/** A counter ending its word, after a field's one-mask value (募集戸数：■戸, 定員：○人（先着順）); ●人権, ■本館 go on into another word. */
const FIELD_COUNT_AFTER = new RegExp(`^(?:${UNIT.source.slice(4, -1)}|${MEASURE.source.slice(4, -1)})(?![\\p{Script=Han}\\p{Script=Katakana}])`, 'u')
/** A bullet or legend before a label (○日時：, ■会場, ●は先着順), not a missing value. */
const LABEL_AFTER = /^(?:日時|日程|時間|期間|会場|場所|内容|対象|定員|費用|料金|参加費|申込|申し込み|問い合わせ|問合せ|持ち物|主催|名称|人数|回数|月額|年齢|日付|時期|締切|は|の|印)/u
/** ERA_BEFORE.test, run only where one of its words occurs (asked before every mask). */
const eraBefore = gatedTest(ERA_BEFORE)
/**
 * Blind R222S-009 kind: ○○ typed as the capital letter O, full-width or not (ＯＯ株式会社さま・ＯＯ建設さまにご参加いただきました, OOさん,
 * ＯＯ公民館): a run of two to four O standing apart from other Latin letters and digits, right before a Japanese word (a kanji, a katakana
 * word or an honorific), is no English word but the masks it looks like. It is read as ○ of the same length, so every reading of ○○
 * holds for it (a partner credited: a blank; a person: 伏せ字). OOTD, COOP, 1OO and OO-line stay letters.
 */
const LETTER_O_RUN = /(?<![A-Za-z0-9])O{2,4}(?![A-Za-z0-9])(?=[\p{Script=Han}\p{Script=Katakana}]|さん|さま|様|ちゃん|くん)/gu
/**
 * …and the same kind in the other letters staff type for it: o and X before the kind of body or the honorific a name takes, with a
 * space or not (XX商店さん, oo建設, ＯＯ 株式会社), or right after 株式会社 (株式会社ＯＯ). X before a date, a unit or an honorific alone
 * is read by xMasks.
 */
const LETTER_RUN_BODY = `(?<![A-Za-z0-9])(?:(?:O{2,4}|o{2,4})(?![A-Za-z0-9])(?=[ \u3000]?(?:株式会社|有限会社|合同会社|建設|工業|工務店|商店|商会|商事|産業|農園|観光|水産|運輸|電機|電気|食品|酒造|製菓|会社|課|係|公民館|町内会|自治会|小学校|中学校|高校|病院|医院|クリニック|店|屋|さん|様|さま|氏|先生))|(?:X{2,4}|x{2,4})(?![A-Za-z0-9])(?=[ \u3000]?(?:株式会社|有限会社|合同会社|建設|工業|工務店|商店|商会|商事|産業|農園|観光|水産|運輸|電機|電気|食品|酒造|製菓|会社|課|係|公民館|町内会|自治会|小学校|中学校|高校|病院|医院|クリニック|店|屋)))|(?<=(?:株式会社|有限会社|合同会社)[ \u3000]?)(?:O{2,4}|X{2,4})(?![A-Za-z0-9])`
const LETTER_RUN_BODY_G = new RegExp(LETTER_RUN_BODY, 'gu')
/**
 * Blind R298K-044 kind: other circles typed for ○ (うなぎ処 ◌◌ さん, ◎◎商店さん, ⚪⚪課): the dotted circle ◌ is never a bullet or a
 * table mark, so every ◌ reads as ○; the double circle ◎ (a marks table's best, ◎印は必須) and the emoji circles ⚪ ⭕ only as a run of
 * two to four before the kind of body or the honorific a name takes.
 */
const DOTTED_CIRCLE = /◌/gu
const CIRCLE_RUN_BODY_G = /(?:◎{2,4}|(?:⚪\uFE0F?){2,4}|(?:⭕\uFE0F?){2,4})(?=[ \u3000]?(?:株式会社|有限会社|合同会社|建設|工業|工務店|商店|商会|商事|産業|農園|観光|水産|運輸|電機|電気|食品|酒造|製菓|会社|課|係|公民館|町内会|自治会|小学校|中学校|高校|病院|医院|クリニック|店|屋|さん|様|さま|氏|先生))/gu
/**
 * Blind R298K-017 kind: a name masked with emoji (講師の🌸🌸先生, 担当の⭐⭐さん): two to four of the same emoji (or symbol) right after
 * a word and right before the title or honorific a name takes stand where the name goes. One emoji before a name (🌸山田先生) and a
 * decoration line (🌸🌸🌸 春のイベント 🌸🌸🌸: a space, no honorific) are not this; さん must end the name (🌸🌸さんぽ is a walk).
 */
const EMOJI_NAME_RUN_G = /(?<=[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}])((?:\p{Extended_Pictographic}|[☆★♡♥♪])\uFE0F?)\1{1,3}(?=先生|様|さま|氏|課|係|くん|君|ちゃん(?![ぁ-ゖ])|ちゃんの|さん(?:の|が|は|に|へ|と|も|から|より|、|。|！|!|\s|$))/gu
export function lettersAsMasks(t: string): string {
  const masks = (m: string) => '○'.repeat(m.length)
  let out = t
  if (out.includes('◌')) out = out.replace(DOTTED_CIRCLE, '○')
  if (/[◎⚪⭕]/u.test(out)) out = out.replace(CIRCLE_RUN_BODY_G, masks)
  if (/\p{Extended_Pictographic}|[☆★♡♥♪]/u.test(out)) out = out.replace(EMOJI_NAME_RUN_G, (m) => masks(m))
  if (!/OO|oo|XX|xx/u.test(out)) return out
  return out.replace(LETTER_O_RUN, masks).replace(LETTER_RUN_BODY_G, masks)
}
/**
 * Team R41A-023 kind: a school named short after its masks (〇〇小の5年生が発表, ○○中の生徒, ●●高の吹奏楽部, ○○小で): the school's name never
 * filled in, as before 小学校. 小 before a particle, or 小・中・高 before a grade, its pupils or one of its events; ○○中は, ○○中に alone
 * may be 'during ○○' and are not this.
 */
const SCHOOL_SHORT_AFTER =
  /^(?:小|中|高)(?:の)?(?:[0-9]|[一二三四五六]年|児童|生徒|子ども|子供|子たち|皆さん|みんな|先生|校長|教頭|卒業|入学|運動会|体育祭|文化祭|吹奏楽|合唱|野球|サッカー|陸上)|^小(?:が|で|に|と|へ|から|を|、)/u
/** After a blank: where the event is held (＊＊＊で開催します, ○○にお集まりください): a venue left unfilled. */
const VENUE_SLOT_AFTER = /^\s?(?:で|にて)(?:開催|行い|行います|実施|開き|開きます|受け付け|受付)|^\s?(?:に|へ)(?:お越し|集合|お集まり)|^の(?:情報|最新情報|お知らせ|詳細|内容|日程|イベント情報)(?:が|を|は)/u
/**
 * Blind R155D-060: a run of three or more masks as the name of the event or document an announcement is about (令和7年度 ●●●●説明会を
 * 開催します, ○○○○講座の受講者を募集します, ■■■■計画を策定しました): the title never filled in, like ○○ before a venue.
 */
const EVENT_NAME_AFTER = /^(?:説明会|講演会|講習会|研修会|勉強会|懇談会|交流会|発表会|報告会|相談会|検討会|審議会|協議会|委員会|会議|大会|総会|式典|記念式典|祭り|まつり|祭|フェスタ|フェスティバル|フェア|イベント|講座|教室|セミナー|フォーラム|シンポジウム|ワークショップ|展示会|展覧会|写真展|企画展|特別展|コンサート|演奏会|上映会|体験会|見学会|募集|事業|計画|プラン|ビジョン|戦略|方針|報告書|白書|手引き|ガイドライン|ガイドブック|パンフレット|マップ|アンケート|キャンペーン|プロジェクト|補助金|助成金|給付金|制度)/u
/**
 * Blind R163A-015, R163A-072 kind: a partner or a maker the post credits, left as masks: the business or household a collaboration, a
 * cooperation or a gift is credited to (〇〇観光さんとのコラボ企画です, ○○商店さんのご協力で, ××農園様からご寄贈いただいた) or whose produce
 * the post presents as arriving (●●さんちのみかんが今年も入荷しました, ○○農園さんのいちごが登場). A post names whom it thanks or sells; masks
 * there are a name never filled in (block), not a name held back: one held back is named in trouble (○○さんとのトラブル, ○○さんちの犬が
 * 迷子に), and a reason given for it (ご本人の希望で, 匿名) keeps it 伏せ字 (`MASK_REASON`). A few letters of the name's tail may come between
 * (観光, 商店, 農園); the relation follows the name and its honorific at once.
 */
const CREDITED_AFTER =
  /^[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:さんち|さん|様|さま)?(?:と(?:の|が)?(?:コラボ|共同|共催|連携|タイアップ|提携|合同)|(?:の|から(?:の)?)(?:ご|お)?(?:協力|協賛|提供|寄贈|寄附|寄付|差し入れ)|に(?:ご)?(?:協力|協賛|提供|寄贈)(?:いただ|頂|して|を)|の[^。！？!?\n、,「」]{1,12}?(?:が|を|も)[^。！？!?\n]{0,10}?(?:入荷し|入荷です|登場し|登場です|新発売|発売(?:し|中|開始|です)|販売(?:し|中|開始|です)|お目見え|仲間入り|並んで(?:い|お)|並びました|届きました))/u
/** The sentence announces it (開催します, 募集します, 策定しました, のお知らせ). */
const EVENT_ANNOUNCED = /開催|実施|行います|行いました|開きます|募集|開講|開設|策定|公表|公開|発行|配布|発表|スタート|始まり|始めます|受付|受け付け|お知らせ|ご案内|参加|申し込|申込/u
/** After a blank: a desk to contact (□□課（0944-…）までお申し込み, ○○係へ): a department left unfilled, not 〇〇課のAさん. */
const DESK_SLOT_AFTER = /^(?:課|係|室|センター)(?:\s?[（(][^)）\n]{0,20}[)）])?\s?(?:まで|へ|にお(?:問|申)|にご(?:連絡|相談)|の窓口|窓口)/u
/** A label a number follows: 内線○○○, 電話：××××, 第○回. */
const NUMBER_LABEL_BEFORE = /(?:内線|電話|TEL|FAX|tel|fax|No\.?|番号|〒)\s?[:：]?\s?$/u
/**
 * Blind R343P-048 kind: a field's label in brackets heading the line, its value only masks to the line's end (【会場】＊＊＊, ［講師］○○○○,
 * 〔日時〕■■■): a form whose value was never filled in, as 会場：＊＊＊ is. The label must name a field (SLOT_FIELD: 会場, 日時, 講師名 …);
 * a heading (【重要】◆◆◆ 台風情報 ◆◆◆, 【お知らせ】) and a value that goes on after the marks (【会場】●●公民館) are not this.
 */
const BRACKET_LABEL_BEFORE = /^[\s　・●■◆◇]{0,2}[【［\[〔<＜]([^】］\]〕>＞\n]{1,8})[】］\]〕>＞][\s　]?$/u
function bracketFieldValue(lineBefore: string, rest: string): boolean {
  const label = BRACKET_LABEL_BEFORE.exec(lineBefore)?.[1]!.trim()
  return label !== undefined && /^[\s　]*(?:\n|$)/u.test(rest) && (SLOT_FIELD.test(label) || FIELD_LABEL_WORD.test(label))
}
/** Field labels of a notice beyond SLOT_FIELD's slot names (【対象】, 【講師】, 【持ち物】, 【申込先】). */
const FIELD_LABEL_WORD = /^(?:対象|対象者|講師|持ち物|持参品|申込先|申込方法|申し込み先|問い合わせ先?|お問い合わせ先?|問合せ先?|主催|共催|協力|内容|費用|参加費|受講料|景品|賞品|集合場所|集合時間|開場|開演|受付)$/u
function isKana(c: string | undefined): boolean {
  return c !== undefined && /[ぁ-んァ-ヶー]/u.test(c)
}
function isKatakana(c: string | undefined): boolean {
  return c !== undefined && /[ァ-ヶー]/u.test(c)
}
/** What a spaced-out run may stand before (○ ○ 公民館, × × さん); a heading (■ ■ ■ お知らせ) is not one. */
const SPACED_WORD = new RegExp(`^(?:${VENUE_AFTER.source.slice(4, -1)}|${PERSON_AFTER.source.slice(4, -1)}|${UNIT.source.slice(4, -1)}|課|係)`, 'u')
/**
 * Blind R347P-055 kind: a community or a body of residents named by its kind after the spaced masks (○ ○ 自治会 には, × × 町内会 の,
 * ● ● 商店街 から): a group held back, 伏せ字; only after marks that stand for letters (■ ■ 自治会だより ■ ■ is a heading's rule).
 */
const SPACED_GROUP = /^(?:自治会|町内会|子ども会|子供会|老人会|婦人会|青年団|消防団|分団|行政区|校区|団地|集落|協会|商店街|商店|病院|医院)/u

/** What a name in brackets names (子ども食堂「…」, 講座「…」, イベント「…」): a thing announced by its name. */
const NAMED_THING_BEFORE = /(?:食堂|カフェ|教室|講座|サークル|クラブ|店|ショップ|館|センター|まつり|祭り|フェス|フェスタ|イベント|展|展示|プロジェクト|事業|キャンペーン|ツアー|コース|マルシェ|市場|会|広場|番組|コーナー|ブランド|商品|メニュー)$/u
/** After a masked name and its title: the post brings their words (からひとこと, のあいさつ, よりメッセージ). */
/**
 * …or the words they gave a ceremony (□□議長よりご祝辞を賜りました, ○○市長から式辞を, ●●会長より激励のお言葉をいただき): a guest
 * named in public by office, left as masks.
 */
const SPEAKS_AFTER =
  /^[^\s。、]{0,6}?(?:(?:から|より)(?:の)?(?:ご|お)?(?:ひとこと|一言|ひと言|メッセージ|挨拶|あいさつ|コメント|祝辞|祝詞|式辞|告辞|謝辞|講評|講話|講演|激励|祝いの(?:お)?言葉|言葉)|(?:の|より)(?:ご|お)?(?:ひとこと|一言|ひと言|メッセージ|挨拶|あいさつ|コメント|祝辞|式辞|告辞|謝辞|講評))/u
/** An office a guest of a ceremony is named by (□□議長, ○○市長, ●●理事長): with their words, a name to fill in. */
/** A city, town or country the guests come from (××市から, ○○町の, △△県より). */
const GUEST_CITY_AFTER = /^(?:市|町|村|県|州|省|国)(?:から|より|の)/u
/** A sentence telling an official visit or exchange: the guests the city received in public. */
const OFFICIAL_VISIT = /訪問団|視察団|使節団|代表団|表敬|来庁|来訪|ご来柳|ご来市|姉妹都市|友好都市|友好交流|親善/u
const OFFICE_AFTER = /^(?:副?議長|副?市長|副?町長|副?村長|副?知事|教育長|校長|園長|館長|所長|理事長|委員長|会頭|頭取|院長|学長|署長|団長|組合長|支部長|区長|PTA会長)/u
/**
 * A notice asking the public to find or recognise someone (行方不明者情報, お心当たりの方は, 保護しています): the person's name and
 * town are the notice itself, so masks there (＊＊町にお住まいの＊＊＊＊さん) are blanks never filled in, not a name held back.
 */
const MISSING_NOTICE = /行方不明|行方が(?:分から|わから)|(?:捜|探)して(?:い|お)ります|(?:捜|探)しています|捜索|お心当たり|見かけた方|身元不明|身元が(?:分から|わから)/u
/** The kind of road a road's name follows (市道●●線, 県道○○号). */
const ROAD_KIND_BEFORE = /(?:市道|県道|国道|町道|村道|林道|農道|府道|都道)\s?$/u
/** A place on a road a closed section runs between (△△橋, □□交差点, ○○駅前, ●●線（): named in a traffic notice. */
const ROAD_PLACE_AFTER = /^(?:大橋|橋(?![梁脚げ])|交差点|踏切|トンネル|通り|バイパス|インターチェンジ|インター|IC(?![A-Za-z])|ランプ|陸橋|歩道橋|跨線橋|地下道|駅(?!伝|長|員)|バス停|停留所|号線|線(?=[（(〜~～、。]|の|を|は|が|で|に|から|まで))/u
/** A sentence about traffic stopped or diverted (通行止め, 交通規制, 片側交互通行, 迂回): its road and section are the notice itself. */
const TRAFFIC_NOTICE = /通行止|通行規制|交通規制|車線規制|片側交互通行|交互通行|迂回|う回|通行(?:が)?できません|通れません|通行禁止|進入禁止|規制区間|通行止め区間/u
/** What a route's name stands before (○○線の, △△循環線, □□方面行き, ■■ルート, ××系統); 線路, 線香 are other words. */
const ROUTE_AFTER = /^(?:線(?![\p{Script=Han}])|循環線?(?![\p{Script=Han}])|ルート|系統|方面(?:行き|ゆき)?|行き(?:の|は|が|を|、|バス|便))/u
/** A sentence about a bus or train service: its timetable, runs, stops or fares. */
const TRANSIT_NOTICE = /運行|運転(?:本数|間隔|再開|見合わせ)|ダイヤ|時刻表|運休|減便|増便|本数|便数|始発|終発|最終便|終バス|運賃|停留所|バス停|乗り場|のりば|路線|経由|乗り継|乗継|バス|電車|列車|鉄道|乗車|降車|(?<![\p{Script=Han}])便(?![利箋乗覧宜])/u
/** The town someone lives in, left as masks: ＊＊町にお住まいの, ○○地区在住の. */
const RESIDENT_AFTER = /^(?:町|村|地区|区|丁目|団地)?(?:にお住まい|に住む|に住んで|在住)/u
/** Masks that may stand for a name's first character (×田さん, ○野様, △川さん). */
const HEAD_MASK = '○〇●×✕△□■*'
/**
 * One kanji, then an honorific: what is left of a name whose first character is masked. Blind IZ-086/114 kind: 皆さん, 皆様 are the word for
 * "everyone", never a name's last character: a bullet before them opens a heading (■皆さんにお願い).
 */
const ONE_KANJI_NAME = /^(?!皆(?:さん|様|さま))[\p{Script=Han}](?:さん|様|さま|氏|くん|君|ちゃん)(?![\p{Script=Han}])/u

/**
 * Blind R280C-037 kind: a shop's kind right after a run of stars (＊＊商店の＊＊さん, **精肉店さん, ＊＊屋さん): the shop's name held back, as
 * ○○商店 is. A note's star before a word (＊印は必須, ＊詳細は) names no shop.
 */
const SHOP_AFTER = /^(?:商店|商会|精肉店|鮮魚店|青果店|米穀店|酒店|工務店|食堂|農園|書店|薬局|(?:屋|店)(?=さん|様|さま|の|が|は|に|と|、))/u

/**
 * Blind R105A-102: the addressee of a notice left as masks before its honorific (申請者 ●●●● 様, 受給者：○○○○ 殿, 保護者 ＊＊＊＊ 様): set apart
 * by spaces on both sides as a mail merge leaves it (the honorific ending its line), or after the label of whom the notice is for. (○○様 in running text may be a name held
 * back: 伏せ字.)
 */
const ADDRESSEE_LABEL_BEFORE = /(?:申請者|申込者|申し込み者|受給者|交付先|対象者|世帯主|代表者|請求者|受取人|宛名|宛先|氏名|お名前|保護者|被保険者|契約者|利用者|届出人|納税者|納税義務者|所有者|当選者|受賞者|参加者)(?:名)?[^\S\n]?[:：]?[^\S\n]?$/u
const HONORIFIC_SLOT_AFTER = /^[^\S\n]?(?:様|さま|殿|御中)(?![\p{Script=Han}\p{Script=Katakana}])/u

/** Mask characters: runs and single characters (`run` calls it only on a paragraph that holds one). */
export function masks(t: string, doc: RuleInput['doc'], emit: Emit): void {
  const n = t.length
  let i = 0
  let boldAt: Set<number> | undefined
  let maskedAt: Set<number> | undefined
  let figureAt: Set<number> | undefined
  let dateAt: Set<number> | undefined
  let amountAt: Set<number> | undefined
  // Blind R99A-067: runs read as 伏せ字 wait for the end of the paragraph, where many of one shape make an unfilled template.
  const pending: Array<{ a: number; b: number; shape: string; partial: boolean; person: boolean }> = []
  /** Runs of two or more already found to be blanks (○○地区): slots of the same form as those pending. */
  let filledRuns = 0
  while (i < n) {
    MASK_RE.lastIndex = i
    const found = MASK_RE.exec(t)
    if (!found) break
    i = found.index
    const c = t[i]!
    let j = i + 1
    // A run may be spaced out (○ ○ 公民館): single spaces between mask characters belong to it.
    while (j < n && (MASK.includes(t[j]!) || (t[j] === ' ' && MASK.includes(t[j + 1] ?? '') && MASK.includes(t[j - 1]!)))) j++
    const run = t.slice(i, j).replaceAll(' ', '')
    const a = i
    const b = j
    i = j
    // Blind R280C-037 kind: full-width stars (＊＊商店の＊＊さん) are typed as masks; Markdown's bold is two ASCII stars, never these.
    // Likewise a pair that would bold a phrase ending in a particle before an honorific (**商店の**さん: MASKED_PAIR_BOLD).
    const wideStars = c === '*' && (doc.raw[doc.fromNorm(a, a + 1).start] === '＊' || (run === '**' && (maskedAt ??= maskedPairs(t)).has(a)))
    // **課長**, **重要**: Markdown bold around a word, not a mask.
    if (run === '**' && b - a === 2 && !wideStars && (boldAt ??= boldMarks(t)).has(a)) continue
    // Blind R133I-101: a hashtag that is masks alone (#〇〇〇 #〇〇〇〇, ＃●●): the template's tag never filled in. A tag is its own
    // word, so a run that fills it (# before, a space, another # or the end after) is a slot, not a name held back.
    if (run.length >= 2 && b - a === run.length && (t[a - 1] === '#' || t[a - 1] === '＃') && (b >= n || /[\s#＃]/u.test(t[b]!))) {
      emitTemplate(t, a - 1, b, '', doc, emit)
      continue
    }
    // ○/○（○）, 12/●●, ○○:○○: a date or a time in figures, left as masks.
    if ((figureAt ??= figureSlots(t)).has(a)) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // 12月■日（■）, ○がつ○にち（○）, 令和■年: a date or a time with its units, its figures left as masks.
    if ((dateAt ??= dateChainSlots(t)).has(a)) {
      emitTemplate(t, a, b, t.slice(b, b + 3).match(/^\s?(?:年|月|日|時|分|ねん|がつ|にち|じ|ふん|ぷん)/u)?.[0].trim() ?? '', doc, emit)
      continue
    }
    // Blind R84A-139: one × between a quantity and another figure (1枚500円×年間24枚, 1食300円×月20食, 2,000円×年4回) is a
    // multiplication sign, not a figure left out: a figure (and a counter that is no date unit) before it, a figure after it (with at
    // most a per-period word between: 年間, 月, 週).
    if (run.length === 1 && SHAPE[c] === 'x' && TIMES_BEFORE.test(t.slice(Math.max(0, a - 8), a)) && TIMES_AFTER.test(t.slice(b, b + 8))) continue
    // Blind R110A-131: one × between two words (うなぎ×日本酒, 柳川×月見団子, 有明海×年越しそば) is a pairing or a collaboration, not a
    // figure left out before a unit: a word of two letters or more before it (no particle, prefix or date unit), and after it a word
    // whose first character only looks like a unit (日本, 月見, 年越し; not 日に, 時間, 日午前).
    if (run.length === 1 && SHAPE[c] === 'x' && PAIRED_BEFORE.test(t.slice(Math.max(0, a - 3), a)) && PAIRED_AFTER.test(t.slice(b, b + 4))) continue
    const before = t[a - 1]
    // A spaced-out run may be spaced from its word too (○ ○ 公民館).
    const spacedWord = run.length < b - a && t[b] === ' ' && (SPACED_WORD.test(t.slice(b + 1, b + 8)) || (SPACED_GROUP.test(t.slice(b + 1, b + 8)) && !/[■□◆◇]/u.test(run)))
    const after = spacedWord ? t[b + 1] : t[b]
    const shapes = new Set([...run].map((ch) => SHAPE[ch] ?? ch))
    const lineBefore = t.slice(lineStartNear(t, a, 12), a)
    const rest = t.slice(spacedWord ? b + 1 : b, b + 13)
    let kind: 'template' | 'fuseji' | null = null
    // 五〇〇円, 二〇二四年, 三,〇〇〇円: 〇 among kanji numerals (or after a digit group's comma) is the digit zero.
    const numeralBefore = before !== undefined && (KANJI_NUMERAL.includes(before) || ((before === ',' || before === '.') && a >= 2 && KANJI_NUMERAL.includes(t[a - 2]!)))
    if ((numeralBefore || (after !== undefined && KANJI_NUMERAL.includes(after))) && /^〇+$/u.test(run)) continue
    // A number left as masks in its groups (＊＊＊－＊＊＊＊, ●●-●●●●-●●●●): a phone number never filled in.
    // (** is Markdown bold: **重要**-**お知らせ** has two-star runs only.)
    const bold = run === '**' && !/^[-‐−ー―]\s?\*{3,}/u.test(t.slice(b, b + 6)) && !/\*{3,}\s?[-‐−ー―]$/u.test(t.slice(Math.max(0, a - 6), a))
    if (run.length >= 2 && !bold && (PHONE_GROUP_AFTER.test(t.slice(b, b + 8)) || PHONE_GROUP_BEFORE.test(t.slice(Math.max(0, a - 8), a)))) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // 子ども食堂「＊＊＊」がオープン, 講座「○○○」を開きます: a name in brackets after what it names, left as masks.
    if (run.length >= 2 && shapes.size === 1 && (before === '「' || before === '『') && NAMED_THING_BEFORE.test(t.slice(Math.max(0, a - 8), a - 1)) && /^[」』](?:が|を|は|に|で|の|へ|も|から|まで|として|、|を開|が開)/u.test(t.slice(b, b + 4))) {
      emitTemplate(t, a, b, '', doc, emit, false, true)
      continue
    }
    // 市道●●線（△△橋〜□□交差点）を通行止め: a road's name, or the ends of a closed section, left as masks in a notice of a closure
    // or a detour. A road's name after its kind (市道●●線, 県道○○号) is a blank wherever it stands; a bridge, a crossing or a
    // station (△△橋, □□交差点, ○○駅前) only in a sentence about traffic being stopped or diverted, and only as a run (●橋の, a bullet, is not).
    if (shapes.size === 1 && (((rest.startsWith('線') || rest.startsWith('号')) && ROAD_KIND_BEFORE.test(t.slice(Math.max(0, a - 3), a))) || (run.length >= 2 && ROAD_PLACE_AFTER.test(rest) && TRAFFIC_NOTICE.test(t.slice(sentenceOf(t, a, b, 120).start, sentenceOf(t, a, b, 120).end))))) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // △△線と□□線の運行本数を見直します, ○○循環線は土日運休: a bus or train route's name (or where it goes) left as masks in a sentence
    // about its service (運行, ダイヤ, 時刻表, 便, 停留所): the route is what the notice is about, a blank never filled in.
    if (run.length >= 2 && shapes.size === 1 && ROUTE_AFTER.test(rest)) {
      const s = sentenceOf(t, a, b, 120)
      if (TRANSIT_NOTICE.test(t.slice(s.start, s.end))) {
        emitTemplate(t, a, b, '', doc, emit)
        continue
      }
    }
    // 【行方不明者情報】＊＊町にお住まいの＊＊＊＊さん: the one a notice asks the public to find, and their town, left as masks.
    if (run.length >= 2 && shapes.size === 1 && (PERSON_AFTER.test(rest) || RESIDENT_AFTER.test(rest)) && MISSING_NOTICE.test(t)) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // Blind R105A-102: 交付額 ●●●,●●● 円: an amount's digit groups left as masks; 申請者 ●●●● 様: the addressee of a notice.
    if ((amountAt ??= amountSlots(t)).has(a)) {
      emitTemplate(t, a, b, t.slice(b, b + 4).match(/(?:万|千|億)?(?:円|名|人|件|世帯|個|枚|台|本|回|歳|才|点|冊|部|戸|棟|区画|%)/u)?.[0] ?? '', doc, emit)
      continue
    }
    if (run.length >= 2 && shapes.size === 1 && HONORIFIC_SLOT_AFTER.test(t.slice(b, b + 4)) && (ADDRESSEE_LABEL_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || (/^[^\S\n](?:様|さま|殿|御中)(?:へ|宛て?)?[、,]?\s*(?:$|\n)/u.test(t.slice(b, lineEndNear(t, b, 16) + 1)) && (a === 0 || /[^\S\n]/u.test(t[a - 1]!))))) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    if (run.length >= 2) {
      if (shapes.size !== 1) continue // ◆◇◆, ◎○×: decoration or a marks table
      // Blind TV-092: a rating of filled and hollow marks (難易度：●●● beside ●○○ and ●●○, おすすめ度 ■■■ with ●が多いほど…).
      if (ratingScale(t, a, b, run)) continue
      // The value of a field (景品：＊＊＊, 講師：○○○○先生), or another blank in a field's value (問い合わせ：●●課 ●●係).
      const fieldLine = /[:：][^:：\n。]{0,20}$/u.test(t.slice(lineStartNear(t, a, 24), a))
      const fieldValue =
        FIELD_BEFORE.test(lineBefore) || NUMBER_LABEL_BEFORE.test(lineBefore) || (fieldLine && !PERSON_AFTER.test(rest)) || AWARD_LABEL.test(lineBefore) || bracketFieldValue(lineBefore, rest)
      // **bold** in Markdown (exactly two stars, opening and closing: a run of three or more is a blank); but ＊＊様, **さん stand for a person's name.
      const closesBold = run === '**' && !wideStars && (t.slice(lineStartNear(t, a, 80), a).match(/(?<!\*)\*\*(?!\*)/g)?.length ?? 0) % 2 === 1
      // A blank in an announcement's who-and-where (講師は ●●消防署 の ●● 救急救命士です, お問い合わせは＊＊＊＊まで) is a template left unfilled.
      const announced = ANNOUNCED_ROLE.test(t.slice(Math.max(lineStartNear(t, a, 40), a - 40), a))
      // ＊＊月＊＊日 is a blank date, not bold; nor is a run of three or more before a venue or in an announcement (＊＊＊公民館で).
      const slotAfter = VENUE_SLOT_AFTER.test(rest) || DESK_SLOT_AFTER.test(t.slice(b, b + 32))
      // A run of three or more standing as a noun of the sentence, between particles (返礼品に＊＊＊が加わりました, お申し込みは＊＊＊＊から),
      // or where a link goes (友だち追加はこちら→＊＊＊).
      // (A password or number shown hidden, パスワードは＊＊＊＊で, is what it says.)
      // Blind R343P-029 kind: …or an item of a list between its commas (ごはん、牛乳、○○○○、がめ煮).
      // Blind R356D-031 kind: the same noun in a post written with its words spaced apart (a mascot's わかち書き: きょうは ××× で ×××さん
      // と): a particle, a space, the run, a space and a particle spaced off in turn.
      const spacedNoun = run.length >= 3 && before === ' ' && /[はにがをでともへやの]/u.test(t[a - 2] ?? '') && /^ (?:が|を|は|に|で|から|まで|と|へ|も) /u.test(t.slice(b, b + 5))
      const asNoun = run.length >= 3 && (spacedNoun || (/[はにがをでともへやの、]/u.test(before ?? '') && /^(?:が|を|は|に|で|から|まで|と|へ|も)/u.test(rest)) || (/[、,]/u.test(before ?? '') && /^[、,][\p{L}]/u.test(rest) && /[\p{L}][、,]$/u.test(t.slice(Math.max(0, a - 2), a))) || (/[→⇒▶►]/u.test(before ?? '') && /^(?:\s|$)/u.test(rest))) && !/(?:パスワード|暗証番号|PIN|pin|ID|番号|コード|伏せ字|非表示|マスク)(?:は|を|が|の|に)?$/u.test(lineBefore.trimEnd())
      // Two stars before a desk or a venue (＊＊課の窓口, ＊＊公民館で) are a blank too, unless they open **bold** closed later on the line.
      const opensBold = run === '**' && !wideStars && /(?<!\*)\*\*(?!\*)/u.test(t.slice(b, lineEndNear(t, b, 80)))
      const starBlank = (run.length >= 3 || (run.length === 2 && slotAfter && !opensBold)) && !closesBold && (VENUE_AFTER.test(rest) || announced || slotAfter || asNoun)
      // ＊＊様 alone on the first line of a reply, and 担当の●●よりご連絡いたします: a form letter's addressee and sender never filled in.
      const addressLine = ADDRESS_LINE.test(t.slice(a - lineBefore.length, lineEndNear(t, b, 16))) && /\S/u.test(t.slice(lineEndNear(t, b, 16)))
      const sender = OWN_STAFF_BEFORE.test(t.slice(Math.max(0, a - 10), a)) && SENDER_AFTER.test(t.slice(spacedWord ? b + 1 : b, b + 32))
      // ＊＊議長よりご祝辞: stars before an office and the words it gave (not **bold** opened or closed there).
      const officeSpeaks = !opensBold && !closesBold && OFFICE_AFTER.test(rest) && SPEAKS_AFTER.test(t.slice(b, b + 20))
      // Blind R250G-018 kind: an item of a marked list that is masks alone (A 水上パレード ⏎ B 〇〇〇〇 ⏎ C 詩の朗読会).
      const listItem = listItemBlank(t, a, b)
      // Blind R280C-037 kind: stars before a shop's kind (＊＊商店の, **精肉店さん) hold back the shop's name, as ○○商店 does.
      const shopName = !opensBold && !closesBold && !/[A-Za-z0-9]/u.test(before ?? '') && SHOP_AFTER.test(rest)
      if (run[0] === '*' && !listItem && !fieldValue && !starBlank && !addressLine && !officeSpeaks && !shopName && !(sender && !opensBold && !closesBold) && !UNIT.test(rest) && !MEASURE.test(rest) && (closesBold || !PERSON_AFTER.test(rest) || /^(?:様|氏|君)[\p{Script=Han}]/u.test(rest))) continue
      // ■■■ 見出し ■■■ is decoration; the ●●● café is a name held back (in English text, the word after a space).
      // (Blind R296Y-020 kind: a scolded group named by masks alone in brackets, 「■■■■」の皆さん, is a name held back, not decoration.)
      if (!isWordChar(before) && !isWordChar(after) && !listItem && !fieldValue && !asNoun && !addressLine && !selfNamedBlank(t, a, b) && !maskedGroupScolded(t, a, b) && !ROLE_RIGHT_BEFORE.test(t.slice(Math.max(0, a - 12), a)) && !/^\s(?:caf[eé]|shop|store|restaurant|bar|hotel|inn|bakery|ryokan|san|-san|さん|店|屋)(?![A-Za-z])/iu.test(t.slice(b, b + 14))) continue
      // ●●部長からひとこと, ○○課長のあいさつ: the one whose words the post brings, left as masks: a blank, not a name held back.
      const speaker = (PERSON_AFTER.test(rest) || OFFICE_AFTER.test(rest)) && SPEAKS_AFTER.test(t.slice(b, b + 20))
      // ●●●●説明会を開催します: an announced event's or document's name left as a run of masks (not a name held back inside a word).
      const eventName = run.length >= 3 && !isLetter(before) && EVENT_NAME_AFTER.test(rest) && EVENT_ANNOUNCED.test(t.slice(sentenceOf(t, a, b, 120).start, sentenceOf(t, a, b, 120).end))
      // 〇〇観光さんとのコラボ企画, ●●さんちのみかんが入荷: a partner or a maker the post credits, left as masks (not one held back for a reason).
      const credited = !isLetter(before) && CREDITED_AFTER.test(t.slice(b, b + 40)) && !MASK_REASON.test(t)
      // ○○産うなぎ, ○○セット: a product's origin or pack left as masks (blind R167I-103 kind, as with XX).
      const product = !isLetter(before) && PRODUCT_AFTER.test(rest)
      // Team R41A-023 kind: 〇〇小の5年生, ○○中の生徒: a school named short, its name left as masks (as ○○小学校 is).
      const school = !isLetter(before) && SCHOOL_SHORT_AFTER.test(rest)
      // Blind R363L-045 kind: the guests of an official visit named by their office or the city they come from, left as masks (姉妹都市・
      // ××市から△△副市長をはじめとする訪問団が表敬訪問): whom the city received in public is never held back, so the runs are blanks.
      const visitor = !isLetter(before) && (OFFICE_AFTER.test(rest) || GUEST_CITY_AFTER.test(rest)) && OFFICIAL_VISIT.test(t.slice(sentenceOf(t, a, b, 160).start, sentenceOf(t, a, b, 160).end))
      // Blind R391Q-023 kind: a contest's winner or work left as masks in the results (最優秀賞は △△△△さんの作品「□□□□□」に決定): the
      // award is what the post announces, so the blank was never filled in (unless the post says why a name is held back).
      const awarded = AWARD_ANNOUNCED.test(t.slice(Math.max(lineStartNear(t, a, 40), a - 40), a)) && !MASK_REASON.test(t)
      kind = listItem || fieldValue || announced || slotAfter || starBlank || speaker || addressLine || sender || eventName || credited || product || school || visitor || awarded || selfNamedBlank(t, a, b) || VENUE_AFTER.test(rest) || MEASURE.test(rest) ? 'template' : 'fuseji'
      // Masks inside a word, letters on both sides (「ア〇〇ン」さん, 山〇〇子): a name held back on purpose, never a blank to fill.
      if (isLetter(before) && isLetter(after) && !VENUE_AFTER.test(rest) && !MEASURE.test(rest)) kind = 'fuseji'
    } else if (SINGLE.includes(c)) {
      const inWord =
        ((isKana(before) || isKanji(before)) && isKana(after)) ||
        (isKanji(before) && isKanji(after) && !(KANJI_NUMERAL.includes(before!) || KANJI_NUMERAL.includes(after!))) ||
        // ク〇暑い, …していたク〇客: a short katakana word cut by the mask (アプリ○市HP, a list, is not).
        (isKatakana(before) && isKanji(after) && !isKatakana(t[a - 2]) && !isKanji(t[a - 2]))
      // ○をつけて, ○で囲む, ○印: a mark to draw on a form, not a character held back.
      // ○ and × as a quiz's answer (答えは○です, 正解は×) or its choice (○か×か): marks, not characters held back.
      const quizMark = () => /[○〇◯×✕]/u.test(c) && (/(?:答え|正解|こたえ)(?:は|：|:)\s?$/u.test(t.slice(Math.max(0, a - 4), a)) || (QUIZ.test(t) && /^(?:です|でした|[。、）)（(]|\s|$)/u.test(t.slice(b, b + 3))))
      // 8時30分〜17時15分＊土日祝日を除く, 参加費500円＊材料費込み: a star right after a value (a number and its unit, a closing
      // bracket) marks the note that follows; a name is not cut after a quantity.
      const noteMark = () => c === '*' && NOTE_VALUE_BEFORE.test(t.slice(Math.max(0, a - 4), a))
      // Blind HD-061: a mark named as a map's or a table's legend (地図の●は見通しの悪い交差点…、▲は対策が完了した場所です).
      const legend = () => LEGEND_BEFORE.test(t.slice(Math.max(0, a - 8), a)) && LEGEND_AFTER.test(t.slice(b, b + 48))
      // Blind TV-087: the mark itself named as what letters are turned into (一文字を○にしても, 名前の部分を●に置き換え, ○で伏せる).
      const markNamed = () => MARK_NAMED_AFTER.test(t.slice(b, b + 8)) || (LETTERS_BEFORE.test(t.slice(Math.max(0, a - 8), a)) && TURNED_INTO_AFTER.test(t.slice(b, b + 8))) || SHAPE_NAMED_AFTER.test(t.slice(b, b + 16)) || (SHAPE_JOINED_BEFORE.test(t.slice(Math.max(0, a - 2), a)) && SHAPE_NAMED_AFTER.test(t.slice(b, b + 16)))
      if (inWord && !quizMark() && !noteMark() && !legend() && !markNamed() && !/^(?:を(?:つけ|付け|記入|書|入れ)|で囲|印|または×|か×)/u.test(t.slice(b, b + 4))) kind = 'fuseji'
      // Blind R106A-111: a rude word with one letter masked, standing alone too (「ク〇」と言われ).
      else if (kind === null && rudeMask(t, a, b) && !quizMark() && !noteMark() && !legend()) kind = 'fuseji'
    }
    // ×田さん, ○野様: the mask stands for the first character of a name, one kanji left before the honorific
    // (a bullet comes before a whole name: ○田中さん).
    if (kind === null && run.length === 1 && HEAD_MASK.includes(c) && !KANJI_NUMERAL.includes(after ?? '') && ONE_KANJI_NAME.test(rest)) kind = 'fuseji'
    // Blind R233P-054 kind: 古○ 様, 山◯ さん: the end of a name masked after its first kanji, a space before the honorific (without the
    // space the mask is inside a word already). A numeral before it (第一○ 様) or a mask alone after a space (申請者 ● 様) is no name.
    if (kind === null && run.length === 1 && SINGLE.includes(c) && isKanji(before) && !KANJI_NUMERAL.includes(before!) && TAIL_MASK_HONORIFIC.test(rest)) kind = 'fuseji'
    const era = eraBefore(t.slice(Math.max(0, a - 2), a))
    if ((UNIT.test(rest) && !LABEL_AFTER.test(rest)) || era) {
      if (run.length >= 2) kind = 'template'
      else if (SINGLE_VALUE.includes(SHAPE[c] ?? '-')) {
        // 令和○年, 月○日, 2○時 … or ○月○日 / △時〜△時; a lone bullet ○日時： is not.
        const filledBefore = era || isWordChar(before)
        const anotherMask = [...t.slice(b + 1, b + 4)].some((ch) => MASK.includes(ch)) || [...t.slice(Math.max(0, a - 4), Math.max(0, a - 1))].some((ch) => SHAPE[ch] === SHAPE[c])
        // ●時から, ○日に, △時〜: the unit runs on into a time phrase, as a value does (a bullet is followed by its label).
        const valuePhrase = /^(?:時|日|月|分|年)(?:から|まで|に|の|頃|ごろ|より|~|\(|、|。)/u.test(rest)
        // Blind R70A-088: a bullet of a list whose other items open with the same mark and a word (●月に1回は換気と通水を ⏎●鍵の管理は…):
        // the unit after it starts the item's phrase, not a value left out.
        if (filledBefore || anotherMask || (valuePhrase && !bulletItem(t, a, c))) kind = 'template'
      }
    }
    // Blind R73A-050: one mask as the whole value of a labelled field, before the counter of what it counts (募集戸数：■戸, 定員：○人,
    // 貸出台数：●台): the number was never filled in, whatever the mask's shape (■, too often a bullet elsewhere, is none after a colon). A
    // word after the counter (●人権, ■本館) is another word.
    const fieldCount = kind === null && run.length === 1 && SHAPE[c] !== undefined && FIELD_BEFORE.test(lineBefore) && FIELD_COUNT_AFTER.test(rest)
    if (fieldCount) kind = 'template'
    if (kind === null) continue
    // Round 52: 会場は「●●●●」, 講師は『○○○○』先生: the who-and-where of an announcement left as masks in its own brackets is a blank, not a
    // quoted example (unless explained, or said to be one: 「○○○○」のような書き方, 「○○○○」と書かれた).
    const bracketedRole = kind === 'template' && run.length >= 2 && (before === '「' || before === '『') && /^[」』]/u.test(t.slice(b, b + 1)) && ANNOUNCED_ROLE.test(t.slice(Math.max(lineStartNear(t, a, 40), a - 40), a)) && !QUOTED_AS_EXAMPLE.test(t.slice(b + 1, b + 8))
    if (kind === 'template' && run.length >= 2) filledRuns++
    if (kind === 'template') emitTemplate(t, a, b, rest.match(UNIT)?.[0] ?? (run.length >= 2 || fieldCount ? rest.match(MEASURE)?.[0] : undefined) ?? '', doc, emit, false, bracketedRole)
    else if (run.length >= 2 && shapes.size === 1) pending.push({ a, b, shape: [...shapes][0]!, partial: isLetter(before) && isLetter(after), person: PERSON_AFTER.test(rest) })
    else emitFuseji(t, a, b, '伏せ字', PERSON_AFTER.test(rest) ? '人物の特定や' : '', doc, emit)
  }
  // Blind R99A-067: three or more runs of one mask shape standing for whole words in one short paragraph (○○課に配属された○○○○さん。出身は
  // ○○町で、趣味は○○です。) are a template's fields never filled in, not a name held back: a post that hides one person or shop masks it
  // once or twice. Runs cut into a word (山〇〇子, 「ア〇〇ン」) are names held back on purpose and do not count; an example (記入例, a
  // heading, a note) stays one.
  const byShape = new Map<string, number>()
  for (const f of pending) if (!f.partial && !isExample(t, f.a, f.b)) byShape.set(f.shape, (byShape.get(f.shape) ?? 0) + 1)
  // Blind R102A-087: two or more whole-word slots (of any shapes: △△銀行□□支店) in a formal notice of a fact (【感謝状贈呈】…贈られました,
  // 表彰, 開催, 決定) are the notice's names never filled in; a name masked with its reason given (プライバシーのため, 匿名, ご本人の希望) is
  // 伏せ字 on purpose.
  // (A run between two words is a slot when a name's head follows it: 銀行□□支店, not 山〇〇子.)
  const slotsAt = pending.filter((g) => (!g.partial || NAME_HEAD_AFTER.test(t.slice(g.b, g.b + 8))) && !isExample(t, g.a, g.b))
  const factNotice = slotsAt.length >= 1 && slotsAt.length + filledRuns >= 2 && slotsAt[slotsAt.length - 1]!.b - slotsAt[0]!.a <= 240 && FORMAL_FACT.test(t) && !MASK_REASON.test(t)
  for (const f of pending) {
    const group = pending.filter((g) => g.shape === f.shape && !g.partial)
    const short = group.length > 0 && group[group.length - 1]!.b - group[0]!.a <= 240
    if (((!f.partial && (byShape.get(f.shape) ?? 0) >= 3 && short) || (factNotice && slotsAt.includes(f))) && !isExample(t, f.a, f.b) && !isReportedComplaint(t, f.a, f.b)) emitTemplate(t, f.a, f.b, '', doc, emit)
    else emitFuseji(t, f.a, f.b, '伏せ字', f.person ? '人物の特定や' : '', doc, emit)
  }
}

/** A formal notice of a fact: an award given, an event held, a decision made (贈呈, 表彰, 開催, 決定). */
const FORMAL_FACT = /贈呈|贈られ|授与|表彰|受賞|受章|感謝状|開催(?:し|され|いた|します|しました|決定)|決定(?:し|され|いた|しました)|就任|締結|委嘱|任命|認定(?:し|され)/u
/** The head of an organisation's or a place's name after a slot (□□支店, ○○銀行, △△小学校). */
const NAME_HEAD_AFTER = /^(?:支店|本店|出張所|営業所|銀行|信用金庫|信金|農協|郵便局|株式会社|会社|商店|工業|建設|組合|協会|病院|医院|小学校|中学校|高校|高等学校|幼稚園|保育園|自治会|公民館|地区|町|課|係|署|交番|店)/u
/** A reason a name is held back on purpose (プライバシーのため, 匿名, ご本人の希望で). */
const MASK_REASON = /プライバシー|匿名|伏せ|ふせて|個人情報(?:保護)?の(?:ため|観点)|特定(?:を避け|されない|できない)|(?:ご)?本人(?:様)?の(?:ご)?(?:希望|意向|要望)|お名前は(?:控え|出せ|公表し)|名前は(?:控え|出せ|非公表)|非公表/u

/** A letter's address line: the masks and an honorific alone on their line (＊＊様, ○○ 様へ, ●●さま、). */
const ADDRESS_LINE = new RegExp(`^\\s*[${MASK}]{2,8}\\s?(?:様|さま|殿|御中|各位)(?:へ|に)?[、,]?\\s*$`, 'u')
/** The city's own staff as the one who will get in touch, named without an honorific (担当の●●より, 係の○○から, 保健師の××が). */
const OWN_STAFF_BEFORE = /(?:担当|担当者|係|係員|職員|保健師|相談員|指導員|支援員|ケースワーカー|わたくし|私)(?:の)?\s?$/u
/**
 * Blind R203I-055 kind: when or how the sender will get in touch may stand between them and the verb (担当の＊＊＊より、本日中に折り返し
 * お電話を, 係の○○から明日改めてご連絡): a few whole words of time or manner, at most three.
 */
const SENDER_WHEN = String.raw`(?:(?:本日|今日|明日|あす|明朝|後日|近日|週明け|今週|来週|数日|[0-9]{1,2}日|改めて|あらためて|折り返し|追って|後ほど|のちほど|直接|個別に)(?:中|以内|のうち)?(?:に)?[、,]?\s?)`
const SENDER_AFTER = new RegExp(String.raw`^\s?(?:より|から|が)[、,]?\s?${SENDER_WHEN}{0,3}(?:ご連絡|ご案内|ご説明|ご回答|ご返答|お返事|ご返信|お電話|お伺い|伺い|伺います|連絡|電話|訪問|回答|説明|対応いた|お知らせ)`, 'u')

/** The contact of an announcement right before a blank standing alone (お問い合わせは ●●● まで). */
const ROLE_RIGHT_BEFORE = /(?:(?:お)?問い?合わ?せ(?:先)?|(?:ご)?不明な点|ご質問|ご相談|(?:お)?申し?込み?(?:先)?|連絡先|会場|(?:集合|開催)?場所|講師|講演者|ゲスト|出演者?|司会|主催|担当)(?:は|：|:)[\s、,]*[「『]?$/u

/** After a closing bracket: what is in it is spoken of as a way of writing (といった, のような, と書かれた, などの). */
const QUOTED_AS_EXAMPLE = /^(?:と(?:いった|いう|いう風|書|記|表示|入力|記入|なって)|のよう|みたい|など|なんて|って(?:書|いう|なって))/u

/** An award named as what the results give, before its winner or work (最優秀賞は, 大賞：, 優勝は, 入賞者は): AWARD_LABEL's words in a sentence. */
/**
 * Blind R395U-041 kind (block): the writer's own name left as masks in a self-introduction (国際交流員の ■■■■ です！…よろしくお願いします,
 * わたしは○○○○と申します, 新しく担当になった●●です): who the writer is was to be filled in, nobody holds back their own name. The run
 * follows a role or the self (…の, 私は, ぼくは) and is followed by the copula or a verb of naming; the post greets as a newcomer
 * (よろしく, はじめまして, 自己紹介, 着任, きょうから…働きます). A caller's line quoted as a scam's (「市役所の○○です」と名乗り) stays an example,
 * and a third person (犯人は○○です) is no self-introduction.
 */
const SELF_NAMED_BEFORE = /(?:(?:私|わたし|わたくし|僕|ぼく|自分|うち)(?:は|が)|(?:[\p{Script=Han}\p{Script=Katakana}ー]|[ぁ-ゖ]{3})の|担当(?:の|する)|(?:着任|赴任|入庁|配属)(?:した|しました|された|になった|になりました))[\s\u3000]?$/u
const SELF_NAMED_AFTER = /^[\s\u3000]?(?:です|でーす|だよ|といいます|と言います|と申します|ともうします|っていいます|って言います)/u
const SELF_GREETING = /よろしく|宜しく|はじめまして|初めまして|自己紹介|じこしょうかい|着任|赴任|入庁|(?:今日|きょう|本日|4月|４月|この春|今月)から[^。！？!?\n]{0,20}?(?:働き|はたらき|勤め|つとめ|担当|配属|お世話)/u
function selfNamedBlank(t: string, a: number, b: number): boolean {
  if (!SELF_NAMED_AFTER.test(t.slice(b, b + 8)) || !SELF_NAMED_BEFORE.test(t.slice(Math.max(0, a - 16), a))) return false
  return SELF_GREETING.test(t) && !/[「『][^」』\n]{0,24}$/u.test(t.slice(Math.max(0, a - 24), a))
}
const AWARD_ANNOUNCED = /(?:最優秀賞|優秀賞|大賞|金賞|銀賞|銅賞|特別賞|奨励賞|審査員特別賞|佳作|入選|準?優勝|準?グランプリ|受賞者|入賞者|受賞作品?|入賞作品?)(?:は|に|：|:)[、,]?[^。！？!?\n]{0,24}$/u
/** A prize or a place in a list of winners: 金賞　＊＊＊＊さん, 第1位 ○○○○. */
const AWARD_LABEL = /^[\s・●■◆◇○◎★☆]*(?:最優秀賞|優秀賞|金賞|銀賞|銅賞|大賞|特選|準特選|入選|佳作|優勝|準優勝|第?[0-9一二三四五六七八九十]{1,2}位|[0-9一二三四五六七八九]等(?:賞)?|特別賞|奨励賞|審査員特別賞|グランプリ|準グランプリ|努力賞|市長賞|議長賞|教育長賞)[\s　:：]*$/u
