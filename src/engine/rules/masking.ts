/**
 * masking — 5(2): 伏せ字を使用しない.
 * Three cases, told apart by what surrounds the mask:
 * - an unfilled template (block: posting it publishes wrong information): a mask run before a
 *   unit or counter (○時○分, 令和○年, ××円, △時, XX月XX日, 午前 Ｘ Ｘ 時 Ｘ Ｘ 分 spaced out) or a measurement (ＸＸ℃, ××ミリ, XX万円), before a venue (〇〇公民館,
 *   □□会館), as the value of a field (景品：＊＊＊, 問い合わせ：○○課（内線○○○）), a blank to
 *   fill in (料金：＿＿＿円, （　）月（　）日), or a bracketed slot or instruction left in the draft
 *   (〔日付〕に…, [日付], ＜会場名＞, 【タイトルを入れる】, 【ここに写真の説明を入れる】), or a form letter's addressee alone on
 *   its line (＊＊様⏎) and its sender among the city's staff (担当の●●よりご連絡いたします), or a road and the ends of a
 *   closed section in a traffic notice (市道●●線（△△橋〜□□交差点）を通行止め), or an announcement's who-and-where in its own
 *   brackets (会場は「●●●●」, 集合場所は『××××』の前: round 52), or a mail-merge field left unfilled ({{料金}}円, ${開催日}, «会場»: round 56);
 * - 伏せ字 (warn: it invites speculation): ○○課の××さん, 某施設, 某有名YouTuber, 某 ス ー パ ー, ク〇 (one
 *   mask character inside a word), an initial standing for a name (Ｈ氏, Y議員, K店さん, 関係者のＡ, Ｔ・Ｍ先輩) or
 *   hinting at one (ある公園(頭文字はM)), also inside a resident's complaint quoted as such
 *   (「○○課のAさんの対応がひどい」とのお声);
 * - an example of how to write something (info): inside 「」, after 例：/記入例：, explained
 *   (「○○」には町名が入ります), under a heading (【申込書の記入例】), or declared by a note below it, in its paragraph or
 *   opening the next one (※上記は記入例です: `post`), or introduced as one by the line or paragraph above (記入例では、次のように
 *   書いています; 以下は記入例です), or its blanks named and explained by a note below (記入例の「○○」の部分には…記入してください: round 52;
 *   a 伏せ字 the note names, 柳川市○○町 under 記入例の「○○」「△△」には…, too: blind R67A-009).
 *   Blind R74A-032: the heading may be a title of spaced words (【消防団 入団申込書の記入例】) and the note may ask to replace them (置き換えてください).
 *   Blind KJ-015: the explanation may list what goes in the slot in brackets between (○○のところには、…もの（うなぎ、川下り…）を入れて投稿してね).
 * Bullets (○日時：, ■会場, ●は先着順), decorative rules (■■■ お知らせ ■■■, ◆◇◆), marks tables
 * (◎○×, 10時の便：○), a star marking a note after a value (17時15分＊土日祝日を除く), arithmetic or collaborations (3×4, 柳川×博多), sizes (XXL), X線 and
 * hypothetical cases (A社を退職後、B社に…) are not masks.
 * Blind R69A-126, HE-010, R70A-088, HD-061: a field's name in 【】 run into the sentence as its value (【地区名】地区の…, 【変更日】から) is a
 * slot; a notation's shape in brackets after its name (住居表示（○丁目○番○号）), a bullet of a list before a unit that starts its item
 * (●月に1回は… ⏎●鍵の管理は…) and a map's legend symbol (地図の●は…場所、▲は…) are not blanks or 伏せ字.
 * Blind R78A-044: a field's name in brackets before its value's counter or word (男性【金額】円, 【人数】名, 【講師名】先生, 【施設名】前に)
 * is a slot; a day known by its own name in brackets (2026年【元日】のお知らせ, 【大晦日】) is a title, not a field.
 * Blind R133I-101: a hashtag of masks alone (#〇〇〇 #〇〇〇〇) is a template's tag left unfilled (block).
 * Blind R123A kinds: a blank before a measure's counter (上限は＿＿万円, 先着＿＿席); who takes the desk or the questions left as masks
 * (当日の受付は人事課の○○が担当します, ご不明な点は○○まで: ANNOUNCED_ROLE); a draft quoted whole as what goes out, a field's value inside
 * the quote left as masks (原稿そのまま載せちゃう！「…価格：○○○○円〜 提供店：△△△△」: QUOTED_FIELD_BEFORE; not 「氏名：○○」と記入).
 * Blind R138I-066 kind: a household's place masked in a call received (「××町の○○さんちで煙が」と通報があり: QUOTED_HOME, CALL_RECEIVED_AFTER)
 * is 伏せ字 (warn); how to report (と通報してください), a drill or a labelled example stays an example.
 * Blind R155D-060 kind: an announced event's or document's name left as a run of three or more masks (●●●●説明会を開催します,
 * ■■■■計画を策定しました: EVENT_NAME_AFTER) is a template (block).
 * Blind TV kinds, not masks: a quiz's blank asked about bare (12月○日まで。○に入る数字は何でしょう？: QUIZ_SLOT_AFTER); a rating of filled and
 * hollow marks (難易度：●○○ / ●●○ / ●●●: ratingScale); a field's bracket named as a notation (【タイトル】のような見出し: SLOT_MENTION_AFTER);
 * words quoted after a line saying examples are given (こんな例を挙げていました: EXAMPLE_INTRO) and the mark named as what letters become
 * (一文字を○にしても: TURNED_INTO_AFTER).
 * Blind R160I-005 kind: a figure written with X for its digits (寄附額はXX,000円から, XX.X℃, ¥X,XXX) or X before a unit in Latin letters
 * (XXg×2尾, XXml) is a template (block: XFIGURE); so is a product's listing quoted as news with its quantity left out (「…蒲焼き XXg×2尾」が
 * 新しく加わりました: QUOTED_ITEM_ARRIVES_AFTER).
 * Blind R163A-015/-072 kind: a partner or a maker the post credits left as masks (〇〇観光さんとのコラボ企画, ●●さんちのみかんが入荷:
 * CREDITED_AFTER) is a template (block); Blind R163A-094 kind: the title field heading the post before its headline (【タイトル】読書週間
 * 職員おすすめ本の紹介: HEADLINE_FIELD) is one too.
 * Blind R167I kinds (block): a handle left as a placeholder after its @ (@XXXXXXXX, @【公式ID】: HANDLE_SLOT); a product's origin or pack
 * left as XX or masks (XX産うなぎ, XXセット, ○○産: PRODUCT_AFTER), also inside a listing quoted as news (「XX産…」を追加しました).
 * Blind UD-103 kind (not masks): a fill-in puzzle's run of boxes asked about one box at a time (「□□□□の花」。□に入る4文字は何でしょう？:
 * boxAskedAbout) is the puzzle.
 * Blind R391Q-023 kind (block): a contest's winner or work left as masks in the results (最優秀賞は △△△△さんの作品「□□□□□」: AWARD_ANNOUNCED),
 * unless the post says why a name is held back. Blind LN-008 (not a mask): a step's circled number before ハッシュタグ (②ハッシュタグ #… をつけて).
 */
import { matchAllOf } from '../regex'
import { NeedGate, gatedTest } from '../gate'
import { requiredLiterals } from '../literals'
import { ownWordingRetracted, sentenceOf } from '../words'
import { viewIndexAt } from '../text'
import type { DraftFinding, RuleFamily, RuleInput } from '../rule'
import { meta } from './masking.meta'

/**
 * Round 54: the geta mark 〓 is the typesetter's stand-in for a character not yet there (料金：大人〓〓〓円, 〓月〓日): a mask like ○ and
 * ●, with a shape of its own.
 */
const MASK = '○〇◯●×✕✖*■□▲△◆◇〓'
const MASK_RE = /[○〇◯●×✕✖*■□▲△◆◇〓]/g
/** Mask characters that count as the same shape in one run. */
const SHAPE: Record<string, string> = { '○': 'o', '〇': 'o', '◯': 'o', '●': 'O', '×': 'x', '✕': 'x', '✖': 'x', '*': '*', '△': 't', '▲': 'T', '□': 's', '■': 'S', '〓': 'g' }
/**
 * Single mask characters inside a word (× is left out: 柳川×博多 is a collaboration). Blind R66A-128: the large circle ◯ cuts a word as
 * ○ does (ク◯暑かけん, ク◯寒か).
 */
const SINGLE = '○〇◯●*■〓'
/** Blind R233P-054 kind: a space, then the honorific that closes a name (古○ 様). */
const TAIL_MASK_HONORIFIC = /^[^\S\n](?:様|さま|さん|氏|殿|君|くん|ちゃん)(?![\p{Script=Han}])/u
/** Single mask characters that may stand for a missing value before a unit (△時〜△時, ●日に順延). */
const SINGLE_VALUE = 'oOxtTsg'
/**
 * Units of measurement a run of two or more masks (or XX) may stand before: 最高気温はＸＸ℃, 降水確率○○%,
 * 雨量＊＊ミリ, ××倍, XX万円, 先着XX席 (a single mask before them is too often a bullet: ●本日, ○台風).
 */
const MEASURE = /^(?:(?:万|億|千)(?:円|人|名|件|回|再生|ビュー|世帯|戸|部|個|枚|台|本|食|トン|kg|t(?![A-Za-z]))|席(?![次上])|°C|°|℃|度(?!目|重)|倍|世帯|戸(?![籍外建])|棟|匹|頭(?![痛部])|台(?![風所湾帳])|本(?![日年市庁当来人部物気格館])|ミリ|センチ|メートル|キロ|トン|グラム|リットル|ha|L(?![A-Za-z]))/u
const UNIT = /^(?:時|分|秒|日|月|年|曜|円|人|名|件|回|号|番|丁目|歳|才|階|週|か所|箇所|カ所|ヶ所|個|枚|%|cm|mm|km|kg|m(?![A-Za-z])|地区|ページ|頁|学期|期|代|校|組|班|区|丁|便|往復|系統|号線)/u
/** A counter ending its word, after a field's one-mask value (募集戸数：■戸, 定員：○人（先着順）); ●人権, ■本館 go on into another word. */
const FIELD_COUNT_AFTER = new RegExp(`^(?:${UNIT.source.slice(4, -1)}|${MEASURE.source.slice(4, -1)})(?![\\p{Script=Han}\\p{Script=Katakana}])`, 'u')
/** A bullet or legend before a label (○日時：, ■会場, ●は先着順), not a missing value. */
const LABEL_AFTER = /^(?:日時|日程|時間|期間|会場|場所|内容|対象|定員|費用|料金|参加費|申込|申し込み|問い合わせ|問合せ|持ち物|主催|名称|人数|回数|月額|年齢|日付|時期|締切|は|の|印)/u
const ERA_BEFORE = /(?:令和|平成|昭和|第|午前|午後|約|計|全|西暦)$/u
/** ERA_BEFORE.test, run only where one of its words occurs (asked before every mask). */
const eraBefore = gatedTest(ERA_BEFORE)
const PERSON_AFTER = /^(?:さん|氏|様|君|くん|ちゃん|議員|容疑者|被告|課長|部長|係長|局長|社長|会長|店長|先生)/u
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
function lettersAsMasks(t: string): string {
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
/** A quiz in the paragraph (○×クイズ, ○か×か): its ○ and × are answers. */
const QUIZ = /[○〇◯]\s?[×✕]クイズ|[○〇◯]か[×✕]|[○〇◯]×式|クイズ/u
/** Venues and places a template leaves for later (会場：〇〇公民館). */
const VENUE_AFTER =
  /^(?:大学|公民館|会館|センター|ホール|消防署|消防本部|分署|出張所|支所|庁舎|市役所|役場|保健センター|児童館|体育館|広場|会場|集会所|公園|図書館|美術館|博物館|記念館|資料館|ホテル|旅館|神社|寺|小学校|中学校|高校|学校|保育園|幼稚園|プラザ|ギャラリー|スタジアム|グラウンド|運動場|ステージ|コミュニティセンター|交流館|交流センター|温泉|キャンプ場|港|漁港|駐車場|路線|バス停|停留所|投票所|期日前投票所|避難所|案内所|診療所|保健所|駐在所|交番|事務所|営業所)/u
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
/** A field label right before a value: 景品：, 会場:, 問い合わせ：. */
const FIELD_BEFORE = /[:：]\s?$/u
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
const EXAMPLE_BEFORE = /例[:：]|例えば|たとえば|記入例|記載例|\(例\)/u
/** The placeholder is explained: 「○○」には町名が入ります, ○○の部分に記入. */
/**
 * Blind HZ-028: …or the reader asked to replace the mask with their own details (○○の部分をご自身の情報に置き換えてください, ○○のところは
 * お名前に書き換えてください): a request to the reader (てください), not a to-do left for the writer (○○はあとで差し替える).
 */
const EXPLAINED_AFTER = /^」?(?:には|に|は|の部分|の欄|の所|のところ)[^。\n]{0,30}(?:入ります|使われます|使われています|名乗られます|入れて|入る|当てはめて|あてはめて|記入|入力|書いて|書き|お書き|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え|差しかえ|読み替え)て(?:ください|下さい|いただ)|(?:変え|かえ|替え|選ん)(?:て|で)(?:ください|下さい|いただ|ね|投稿|みて|みてね))/u
/**
 * Blind KJ-015 kind (unof61): the slot explained with examples of what goes in it set in brackets between (○○のところには、あなたの好きな
 * 柳川のもの（うなぎ、川下り、さげもん…なんでもOK！）を入れて投稿してね): the aside lists what the reader may put there, so the explanation
 * is read without it. Bounded asides on the line only.
 */
const ASIDE_IN_EXPLANATION = /[（(][^（）()\n]{1,40}[）)]/gu
function explainedAfter(after: string): boolean {
  return EXPLAINED_AFTER.test(after) || (/[（(]/u.test(after) && EXPLAINED_AFTER.test(after.replace(ASIDE_IN_EXPLANATION, '')))
}
/**
 * Blind R60A-084: one space after 某 before the whole word (某 大手旅行会社さん, 某　有名ホテル, 某 テレビ局): the same 伏せ, spaced off;
 * a particle after the space (某 の 字) is no word.
 */
const BOU = /(?:何)?某 ?(?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]|有名|大手|人気|[ぁ-ん]{2,6}(?=屋|店|さん|ショップ|カフェ))[\p{Script=Han}\p{Script=Katakana}ーA-Za-z]{0,12}/gu
const KANJI_NUMERAL = '〇一二三四五六七八九十百千万'

/** Unfilled bracket slots: a field name alone in brackets, or an instruction to fill it in. */
const SLOT = /[\[［〔【<＜《{｛]([^\[\]［］〔〕【】<>＜＞《》{}｛｝\n]{1,24})[\]］〕】>＞》}｝]/gu
const SLOT_FIELD =
  /^(?:日付|日時|時間|時刻|開始時間|開始時刻|終了時間|曜日|開催日|会場|会場名|場所|住所|氏名|名前|お名前|担当者名?|URL|URL|リンク|リンク先|タイトル|見出し|店名|店舗名|施設名|団体名|企業名|会社名|イベント名|商品名|金額|料金|価格|人数|定員|電話番号|連絡先|メールアドレス|本文|画像|写真|キャプション|ハッシュタグ|締切|締切日|期限|期間|〇〇|○○|date|time|name|url|title|place|venue|tbd|tba|xxx)$/iu
/**
 * Blind R430F-055 kind: the instruction slot may end in the whole word 名前 (【ここに隊員の名前】さんは…, ＜ここに講師の名前＞先生による), not
 * only in 名 (【ここに会場名】): a name the writer never filled in. A heading with its value (【お知らせ】, 【日時】10月1日) and a form's fields
 * explained to the reader (【氏名】欄にはお名前を記入してください) stay clean.
 */
const SLOT_INSTRUCTION =
  /(?:を|に|ば)(?:入れる|入れて|入れと(?:って|いて|く)|入力|記入|挿入|追加|差し込む?|差込|記載|貼る|貼り付け|貼付|書く|書いて|差し替え|差替)(?:する|して(?:ください)?|ください|のこと)?$|(?:入力|記入|挿入|差し込み|差込)(?:する|して(?:ください)?|ください|欄)?$|^(?:ここに|こちらに)[^\]］】〕>＞！!？?]{0,10}(?:名前|名|文|文章|URL|画像|写真|説明|タイトル|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|コメント|キャプション|リンク|番号|住所|連絡先)$/u
/**
 * Round 49: a to-do the writer left for themselves in the slot: 要確認, or a check with someone inside (【★ここに金額・担当確認★】,
 * ［人数・係長に確認］, 【日時要確認】); not advice to a reader (【担当課に確認】してください) nor a procedure (【本人確認】のため).
 */
const SLOT_TODO =
  /^(?:[\p{Script=Han}ァ-ヶー]{1,6}(?:は|を|の)?)?(?:要(?:確認|調整|修正)|(?:(?:担当者?|広報担当)(?:要)?確認|(?:係長|課長|班長|主査|主任|上司|広報担当)(?:に|へ|と)?(?:確認|相談|要確認))(?:して(?:ください)?|する|のこと|待ち|後)?|確認(?:して(?:から)?|のこと|後に?)(?:記入|入力|差し替え|差替え?|修正)?)$/u
/**
 * Blind R96A-095: an aside inside a slot, in round brackets or after ※ or a slash (（公民館か本庁舎か要確認）, (TBD), ※未定, ／調整中): the
 * writer's note to self about the field. Bounded, no nesting.
 */
const SLOT_ASIDE = /\s?[(（][^()（）]{1,20}[)）]\s?|\s?[※/／][^※/／()（）]{1,16}$/gu
/** A to-do in such an aside: the field's value still to be settled or checked (要確認, TBD, 未定, 調整中, 確認中, 未確定). */
const ASIDE_TODO = /要確認|要再確認|要調整|要修正|要チェック|TBD|TBC|TBA|未定|未確定|調整中|確認中|検討中|確認待ち|確認して|に確認|決まり次第|決定次第|確定次第|確定後/iu
/** Marks a writer frames a note with (【★…★】, ［※…※］, 〔◆…◆〕): not part of what the note says. */
const NOTE_FRAME = /^[★☆※◆◇●○■□▲△▼▽♪!！\s]{1,4}|[★☆※◆◇●○■□▲△▼▽♪!！\s]{1,4}$/gu
/** Whether a bracket's inside is a note to the writer: an instruction, or (with `todo`) a to-do; each part of 金額・担当確認 is tried. */
function slotNote(inner: string, todo = false): boolean {
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
function fieldTodo(inner: string): boolean {
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
/** An aside that only states the field is not settled (（未定）, （調整中です）, ※未確定): a status told to the reader. */
const STATUS_ASIDE = /^\s?(?:[(（]\s?(?:未定|未確定|調整中|検討中)(?:です|となります|のため)?\s?[)）]|[※/／]\s?(?:未定|未確定|調整中|検討中)(?:です|となります)?)\s?$/u
/** A plain heading label (会場, 日時, 講師, 開催場所): a field a notice heads its lines with, not a field named by what goes in it (〜名). */
const HEADING_LABEL = /^(?:会場|場所|開催場所|開催地|日時|日程|開催日時?|開催日程|時間|期間|講師|出演者?|ゲスト|定員|料金|参加費|費用|内容|対象|持ち物|集合場所|受付|申込(?:方法|期間)?|申し込み(?:方法|期間)?)$/u
/** Blind LO-1: whether a bracket heading its line holds a heading label with only a status aside (【会場（未定）】). */
function headingStatus(inner: string, lineBefore: string, after: string): boolean {
  // (Nothing before it on its line, and no particle running it into a sentence after it: 【会場（未定）】で開催 is a slot.)
  if (lineBefore.trim() !== '' || (!/^\s*\n/u.test(after) && SLOT_IN_SENTENCE.test(after) && after.trim() !== '')) return false
  const bare = inner.replace(NOTE_FRAME, '').trim()
  const asides = bare.match(SLOT_ASIDE)
  if (asides === null || asides.length !== 1 || !STATUS_ASIDE.test(asides[0]!)) return false
  return HEADING_LABEL.test(bare.replace(SLOT_ASIDE, '').trim())
}
/** A post's title field (タイトル, 見出し, 件名) and, after it on its line, a notice's headline: words ending in what the notice is. */
const HEADLINE_FIELD = /^(?:タイトル|見出し|件名)$/u
/** Team R40B-136 kind: a sentence of the body right after the title's label, closed with its predicate and a full stop. */
const BODY_AFTER_TITLE = /^\s?[^\s【】\n「『][^【】\n]{1,80}?(?:ます|です|ください|下さい|ました|でした|ません)[。！!]/u
const HEADLINE_AFTER = /^\s?[^\s【】\n][^【】\n]{1,50}?(?:お知らせ|ご案内|案内|紹介|ご紹介|募集|開催|について|のお願い|実施|開始|決定|報告|レポート|中止|延期|変更|休館|休止|再開|結果|発表|展示|受付|公開|オープン|スタート|発行|配布|策定|完成|掲載|更新)(?:します|しました|いたします|いたしました|です|中)?[!！。]?\s*$/u
/** A field named by what goes in it: ゲスト名, 講師名, 団地名, 〇〇の名前 (a name left to fill in). */
const NAMED_FIELD = /^[\p{Script=Han}ァ-ヶー]{1,6}(?:名|の名前|氏名)$/u
const SLOT_IN_SENTENCE = /^(?:\s*$|\s*\n|[にではをがのへとも、。！!]|から|まで|より|さん|様|氏|殿)/u
/** A value beginning with one of SLOT_IN_SENTENCE's particle kana and going on in hiragana: maybe a name (とうふ工房, となりのトトロ)… */
const NAME_AFTER_LABEL = /^[にではをがのへとも][ぁ-ゖ]/u
/** …unless the kana are a particle's (にて, では, には, とは, での, への, との, でも, にも) or one before an honorific (をご確認, にお越し). */
const PARTICLE_AFTER_LABEL = /^(?:[にではをがのへとも][おご]|にて|では|には|とは|での|への|との|でも|にも|へも)/u
/** …and the line is a field's value, not a sentence (【店名】のような老舗が並ぶ商店街です。 is one): no sentence end on it. */
const SENTENCE_LINE = /[。！？!?]|(?:です|ます|ください|でした|ました)\s*$/u

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
/** Placeholders written with the letter X: XX月XX日, ＸＸ時. */
const XMASK = /(?<![A-Za-z0-9])([Xx]{1,4})(?![A-Za-z])|(?<![A-Za-z0-9])[Xx]{5,40}(?![A-Za-z])|(?<=[0-9])([Xx]{2,3})(?![A-Za-z])(?=年|月|日|時|分|円)/g
/**
 * Blanks to fill in: ＿＿＿, （　）. Blind R82A-012: any bracket left empty with a space or two in it (【　】, ［　］, 〔　〕) is the same
 * blank before a unit (令和8年【　】月【　】日, 定員［　］名): a figure's place the writer framed and never filled.
 */
const BLANK = /_+|[(（]\s{1,6}[)）]|【\s{1,6}】|[[［]\s{1,6}[\]］]|〔\s{1,6}〕/g
/** A note to self left in brackets: （TBD）, (要確認), （あとで入れる）, （※確定後差し替え）, （※ID確定後に差し替え）. */
/**
 * Blind R261D-020 kind: …also a note saying it is replaced when the post goes out (受付フォーム：https://（※公開時に差し替え）, （掲載前に差替）):
 * the moment of publishing named before 差し替え is a note to the writer, the value still missing.
 */
const DRAFT_NOTE = /[(（【［\[]\s?※?\s?(?:TBD|TBA|要確認|要修正|要調整|未記入|あとで(?:書く|入れる|記入)|後で(?:書く|入れる|記入)|(?:[^()（）【】［］\[\]\n。]{0,8}?(?:確定|決定|決まり|判明)(?:後|次第)(?:に)?|[^()（）【】［］\[\]\n。]{0,8}?(?:公開|掲載|投稿|発信|配信|アップ|本番)(?:時|前|直前|の際|までに)(?:に)?(?:URL|リンク|アドレス|画像|写真|日付|日時|金額|本文)?(?:を)?|後で|あとで|後日)?(?:差し替え|差替え|差替|記入|入力|修正)(?:予定|ます|る|する)?)\s?[)）】］\]]/giu

function isKana(c: string | undefined): boolean {
  return c !== undefined && /[ぁ-んァ-ヶー]/u.test(c)
}
function isKatakana(c: string | undefined): boolean {
  return c !== undefined && /[ァ-ヶー]/u.test(c)
}
/** A kana or a kanji (a letter of a Japanese word, not a mark or a face's part). */
function isJapaneseLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(c) && !MASK.includes(c)
}
function isKanji(c: string | undefined): boolean {
  return c !== undefined && /\p{Script=Han}/u.test(c)
}
/** A katakana, kanji or Latin letter (not hiragana, which may be a particle; not a digit, a kanji numeral or a mask). */
function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[\p{Script=Katakana}\p{Script=Han}A-Za-z]/u.test(c) && c !== 'ー' && !MASK.includes(c) && !KANJI_NUMERAL.includes(c)
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c) && !MASK.includes(c)
}

/** Whether [a, b) sits inside 「」 or 『』 on its line, right after 例: , or is explained as a placeholder. */
/** An example said to be one (記入例：…, 「○○」には店名が入ります). */
/**
 * Blind R366P-029 kind: a line closed by an example's label in brackets (住所：柳川市〇〇町〇丁目〇番地（記入例）, 氏名：柳川 ○○（例）):
 * every blank on that line is the example's, said to be one after it as 例：says before it.
 */
const EXAMPLE_LINE_TAIL = /[(（](?:記入例|記載例|入力例|回答例|書き方の例|記入の例|見本|例)[)）][\s　]*$/u
function isExplained(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  const after = t.slice(b, Math.min(lineEndNear(t, b, 80), b + 80))
  return EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) || explainedAfter(after) || EXAMPLE_LINE_TAIL.test(after)
}

/**
 * Blind HX-003: the label of an example opening its line, in brackets or before a colon ((記入例), 【記載例】, ＜書き方の例＞, 例：, 記入例：;
 * blind IB-127: with only a closing bracket, 例）, 記入例）):
 * every blank on that line is the example's, however far along it stands. (The line start is looked for at most 80 characters back.)
 */
const EXAMPLE_LINE_LABEL = /^[\s　]{0,4}(?:[(（【\[［〈<＜《][\s　]?(?:記入例|記載例|入力例|回答例|書き方の例|記入の例|見本|例)[0-9]?[\s　]?[)）】\]］〉>＞》]|(?:記入例|記載例|入力例|書き方の例|記入の例|見本|例)[0-9]?[\s　]?[:：]|(?:記入例|記載例|入力例|書き方の例|記入の例|見本|例)[0-9]?[)）])/u
/** Inside a quote, before a mask: some words of the quote, then a field's label with its colon (…日本一！ 価格：). Bounded. */
const QUOTED_FIELD_BEFORE = /[^\s:：「」『』][^「」『』\n]{3,60}[\s、,。！!]\s?[\p{Script=Han}\p{Script=Katakana}ー][\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ]{0,7}[：:]\s?$/u
/** After the quote: it is how to write something (と記入, のように, を書いて, 例), not the draft that goes out. */
const QUOTE_AS_WAY_AFTER = /^(?:と(?:いった|いう|いう風|書|記|表示|入力|記入|なって|お書き|ご記入)|のよう|みたい|など|なんて|って(?:書|いう|なって)|[^。！？!?\n]{0,16}?(?:書いて|書き方|記入|入力|記載|例|見本|フォーマット|テンプレ|ひな形|雛形))/u
/**
 * Blind R160I-005 kind: after the quote, the thing it names arrives as news (返礼品に「うなぎ蒲焼き XXg×2尾」が新しく加わりました, 「○○セット
 * ●●kg」を発売): the quote is a product's listing, its quantity left as masks, not a way of writing.
 */
const QUOTED_ITEM_ARRIVES_AFTER = /^(?:が|を|も)[^。！？!?\n「」]{0,10}?(?:加わり|加わる|仲間入り|登場|新発売|発売|販売|追加|ラインナップ|お届け|出品)/u
function isExample(t: string, a: number, b: number): boolean {
  if (exampleAround(t, a, b)) return true
  const lineStart = lineStartNear(t, a, 80)
  const lineEnd = lineEndNear(t, b, 80)
  return quotedExample(t, a, b, t.slice(Math.max(lineStart, a - 80), a), t.slice(b, Math.min(lineEnd, b + 80)))
}
/** Whether [a, b) is an example for the words around it alone, brackets aside (blind R249C-018: a handle in brackets reads these only). */
function exampleAround(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  const lineEnd = lineEndNear(t, b, 80)
  const before = t.slice(Math.max(lineStart, a - 80), a)
  const after = t.slice(b, Math.min(lineEnd, b + 80))
  if (EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a))) return true
  // Blind HX-003: a line opened by an example's label ((記入例)児童氏名：柳川 ○○ … 生年月日：令和○年○月○日) is the example to its end.
  if (EXAMPLE_LINE_LABEL.test(t.slice(lineStart, a))) return true
  // Blind R366P-029 kind: …or closed by one in brackets (柳川市〇〇町〇丁目〇番地（記入例）).
  if (EXAMPLE_LINE_TAIL.test(after)) return true
  // Blind TV-036: a quiz's question about the run itself (○に入る数字は何でしょう？, □□に当てはまる言葉は？).
  if (explainedAfter(after) || QUIZ_SLOT_AFTER.test(after)) return true
  // Blind R377A-013 kind: a quiz's answer boxes with its letter count as the hint (ヒント：□□□□（ひらがな4文字）).
  if (answerBoxes(t, a, b, after)) return true
  // Blind HE-010: a notation's shape shown in brackets after its name (住居表示（○丁目○番○号）とは異なります, 和暦の表記（令和○年）で):
  // how such a value is written, not a value left out.
  if (FORMAT_BEFORE.test(before) && /^[^（）()\n]{0,16}[）)]/u.test(after)) return true
  // Blind HG-032: masks said to be a value's shape (「受付番号」欄（○○-○○○○の形）には, ○○○-○○○○の形式で, ××-××××という形で): how the
  // digits are laid out, not a value left out.
  if (SHAPE_AFTER.test(after)) return true
  return underExampleHeading(t, lineStart) || exampleNoteBelow(t, b) || bareNoteBelow(t, a, b) || sameRunExplained(t, a, b)
}
/** The bracket test of `isExample`: inside 「」 or 『』 on its line, unless a name, a draft quoted whole or a listing arriving. */
function quotedExample(t: string, a: number, b: number, before: string, after: string): boolean {
  // A riddle in brackets (『ア○ジ』のあの人です、わかった人はコメントで！) asks readers to guess: not an example.
  if (INVITES_GUESS.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))) return false
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open)
    if (o === -1 || before.indexOf(close, o) !== -1 || !after.includes(close)) continue
    // A name partly held back (居酒屋「ク〇〇〇」, 「ア〇〇ン」さん): letters and masks in one short word, a
    // real name the reader is left to guess, not an example of how to write one.
    const c = after.indexOf(close)
    // Blind R193I-020 kind: …also a name of two or three words parted by a space, a shop's trade and its house name (「う○ぎ屋 本○」さん,
    // 「カ○ェ ミ○リ」さん): each word short, the whole still one name before its honorific or after the kind of place it is.
    const inside = before.slice(o + 1) + t.slice(a, b) + after.slice(0, c)
    if (inside.length <= 16 && /^[^\s、。,]{1,12}(?:[ \u3000][^\s、。,]{1,12}){0,2}$/u.test(inside) && [...inside].some((ch) => isWordChar(ch)) && (NAME_AFTER.test(after.slice(c + 1, c + 4)) || NAME_KIND_BEFORE.test(before.slice(0, o)))) return false
    // Blind R296Y-020 kind: a group or a person named only by a run of masks in its own brackets, then its honorific or its kind
    // (「■■■■」の皆さん, 「●●●」さん, 「××」チーム), in a sentence that scolds them (暴言, 迷惑行為, 厳重注意): readers guess who was meant,
    // 伏せ字. Not a mask shown as a way of writing (「●●●」のように伏せた部分), not a post about 伏せ字 itself.
    if (inside === t.slice(a, b) && maskedGroupScolded(t, a, b)) return false
    // Blind R261D-019 kind: a brand cut by a mask inside it (「ア●ゾン」「メ○カリ」などを名乗る詐欺メール, 「ヤ○ト運輸」を装った不在通知): the
    // reader must guess which company is meant, so it is 伏せ字 even in brackets, unless the post is about 伏せ字 itself.
    if (inside.length <= 12 && INFIX_MASKED_NAME.test(inside) && IMPERSONATED_AFTER.test(after.slice(c)) && !FUSEJI_TOPIC.test(t)) return false
    // Blind R123A-123: a draft quoted whole as what goes out (原稿そのまま載せちゃう！「…価格：○○○○円〜 提供店：△△△△」): the mask is a
    // field's value inside the quote, after other words of it, and nothing after the quote makes it a way of writing (と記入, のように,
    // を書いて): the blanks are the draft's own, not an example.
    if (QUOTED_FIELD_BEFORE.test(before.slice(o + 1)) && !QUOTE_AS_WAY_AFTER.test(after.slice(c + 1, c + 24))) return false
    // Blind R160I-005: a product's listing quoted as news, its quantity's figure before its unit left out (「…蒲焼き XXg×2尾」が加わりました).
    if (/[\p{Script=Han}\p{Script=Katakana}ー]/u.test(before.slice(o + 1)) && XFIGURE_UNIT_AFTER.test(t.slice(b, b + 8)) && QUOTED_ITEM_ARRIVES_AFTER.test(after.slice(c + 1, c + 24))) return false
    // Blind R167I-103 kind: …or its origin or pack (「XX産うなぎのせいろ蒸し XXセット」を追加しました), the blank opening the quote too.
    if (PRODUCT_AFTER.test(after) && /[\p{Script=Han}\p{Script=Katakana}ー]{2}/u.test(after.slice(1, c)) && QUOTED_ITEM_ARRIVES_AFTER.test(after.slice(c + 1, c + 24))) return false
    return true
  }
  return false
}

/**
 * After a mask run: more masks, digits and separators of the same value, then it is called a shape (の形, の形式, という並び, の桁): the masks
 * show how the value is written. Only masks, digits and separators come between (○○課の形だけの is a department, not a shape), and the
 * shape word ends the phrase (の形で, の形）, の形式に; 形だけ, 形見 are other words).
 */
const SHAPE_AFTER = new RegExp(
  `^[${MASK}0-9\\-‐−ー―/:.\\s]{0,16}[)）」』]?\\s?(?:の|という|といった|のような)\\s?(?:形式|形|書式|かたち|並び|桁数|桁|ケタ|フォーマット|表記)(?:で|に|の|を|は|です|[)）」』、。,]|$)`,
  'u',
)

/** The name of a notation right before a bracket that shows its shape (住居表示（, 表記（, 形式（, 書式（). */
const FORMAT_BEFORE = /(?:住居表示|表示|表記|形式|書式|様式|フォーマット|書き方|記入方法|記載方法|並び|順序|順番)\s?[（(][^（）()\n]{0,16}$/u

/** Before a mark: a map, a chart or a table whose legend it is (地図の, 表中の, 凡例：). */
const LEGEND_BEFORE = /(?:地図|図|表|マップ|凡例|グラフ|路線図|案内図|時刻表|カレンダー|一覧)(?:上|中|内)?(?:の|[:：]\s?)$/u
/** After it: what the mark stands for (は…場所です, は…を示します, は…交差点など注意が必要な場所、▲は…). */
const LEGEND_AFTER = /^(?:印|マーク)?(?:は|が)[^。\n]{1,40}?(?:を(?:示|表|意味)|(?:場所|箇所|地点|施設|区間|エリア|区域|日|便|店舗|コース)(?:です|でした|を|、|。|$))/u
/**
 * Whether the mark `c` at `a` heads a line that is one item of a bulleted list: another line within the paragraph opens with the same
 * mark and a word that is no unit (●鍵の管理は…, ●庭木の剪定…), so the mark is the list's bullet.
 */
function bulletItem(t: string, a: number, c: string): boolean {
  if (a > 0 && t[a - 1] !== '\n') return false
  const from = Math.max(0, a - 400)
  const to = Math.min(t.length, a + 400)
  const lines = t.slice(from, to).split('\n')
  for (const line of lines) if (line.startsWith(c) && line.length > 2 && !MASK.includes(line[1]!) && !UNIT.test(line.slice(1))) return true
  return false
}
/**
 * A heading line that opens an example block: 記入例, 例：記入例, 【記載例】, ＜見本＞, （例）. Blind R74A-032: also a title of words set apart by
 * a space or a dot before it (【消防団 入団申込書の記入例】, 【保育園・認定こども園 入園申込書の記入例】), each word opening with a kanji or katakana.
 * Blind R356D-033 kind: or the heading announces the example it heads (【記入例を掲載します】, 【記載例のご紹介】, ＜見本をご案内します＞).
 */
const EXAMPLE_HEADING = /^[\s　]*[【■□◆◇●○＜<《〈(（\[［]?[\s　]*(?:例[：:][\s　]*)?(?:[\p{Script=Han}ァ-ヶー][\p{Script=Han}ァ-ヶーぁ-ゖ]{0,7}(?:[\s　・][\p{Script=Han}ァ-ヶー][\p{Script=Han}ァ-ヶーぁ-ゖ]{0,7}){0,2}の(?:書き方の)?)?(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|例)[0-9０-９]?(?:(?:を|の)(?:ご)?(?:掲載|紹介|案内|お知らせ)(?:します|いたします|しています)?)?[\s　]*[】＞>》〉)）\]］]?[：:]?[\s　]*$/u

/**
 * Whether the line starting at `lineStart` lies in an example block: a heading line (記入例, 例：記入例, 【見本】)
 * earlier in the same block of lines (no blank line between), at most 8 lines up.
 */
/**
 * Blind R99A-101: a bracketed example label opening the line, the form's title after it (【記入例】時間外勤務命令簿, ［見本］参加申込書,
 * 【記載例】 口座振替依頼書): the lines below are the example. The title is short and no sentence (【記入例】は後日掲載します。 is one).
 */
const EXAMPLE_LABEL_TITLE = /^[\s　]*[【＜<《〈\[［(（](?:記入例|記載例|入力例|回答例|見本|サンプル)[】＞>》〉\]］)）][\s　]*[\p{Script=Han}\p{Script=Katakana}ー][^。！？!?、,\n]{0,19}$/u
function underExampleHeading(t: string, lineStart: number): boolean {
  let end = lineStart - 1
  for (let n = 0; n < 8 && end > 0; n++) {
    const start = t.lastIndexOf('\n', end - 1) + 1
    const line = t.slice(start, end)
    if (line.trim() === '') return false
    if (line.length <= 24 && (EXAMPLE_HEADING.test(line) || EXAMPLE_LABEL_TITLE.test(line))) return true
    end = start - 1
  }
  return false
}

/**
 * A note after the block that says what stands above is an example (※上記は記入例です, 以上はあくまで記載例です, 上の内容は見本です):
 * the writer declares it one, so its masks are placeholders. Looked for in the next 240 characters, at a line's start (after ※).
 */
const EXAMPLE_NOTE_BELOW = /(?:^|\n)[\s　]{0,4}[※＊*]?[\s　]{0,2}(?:上記|以上|上の(?:内容|欄|記入|記載)?)(?:の(?:内容|記入|記載))?(?:は|が)(?:すべて|全て)?(?:あくまで(?:も)?)?(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|例|架空の(?:例|記入例|もの|内容))(?:です|でした|であり|となります|になります|で|(?:や|じゃ|だ)(?:けん|から|ので|よ|けど|[。！!、]|$)|[。！!]|$)/u

/**
 * Blind TV-087 kind: someone said to give examples, the lines after it being them (講師の方がこんな例を挙げていました。⏎「…ム○つく」「バ○
 * じゃないの」, 次のような例を紹介します：): the words quoted below are shown as examples, a mention, not the account's own 伏せ字. A case
 * that happened (こんな例がありました, こんなことを言われました) gives no example and stays what it is.
 */
/**
 * Round 52: a sentence that says the lines after it are an example (記入例では、お子さんの欄を次のように書いています, 記載例は次のとおりです,
 * 例えば以下のように記入します, 以下は記入例です), ending its line: the blanks below it are the example's, not a template left unfilled.
 * A bare 例 stands alone (例年, 事例 are other words); an intro that names no example (日程は次のとおりです) is none.
 */
const EXAMPLE_INTRO =
  /(?:記入例|記載例|入力例|回答例|文例|見本|サンプル|(?<![\p{Script=Han}])例(?![\p{Script=Han}]))(?:では|は|として|を|で)?[^。\n]{0,30}?(?:次のように|以下のように|下記のように|次の(?:とおり|通り)|以下の(?:とおり|通り)|下記の(?:とおり|通り))[^。\n]{0,16}?[。：:]?[\s　]*$|(?:以下|下記|次)(?:は|が)[^。\n]{0,6}?(?:記入例|記載例|入力例|見本|サンプル)(?:です|となります|になります)?[。：:]?[\s　]*$|(?:こんな|こういう|こういった|このような|次のような|以下のような|下記のような)(?:[^。\n]{0,8}?の)?例を(?:挙げ|あげ|示し|示され|紹介し|紹介され|出し|出され)[^。\n]{0,12}?[。：:]?[\s　]*$/u
/** A blank in quotes, then up to three more quoted texts beside it (「○○」「△△」, 「○○町△△番地」「柳川 花子」). */
const QUOTED_BLANKS = `[「『][^」』\\n${MASK}]{0,6}[${MASK}Xx＿_][^」』\\n]{0,10}[」』](?:(?:[やと、,]\\s?)?[「『][^」』\\n]{1,16}[」』]){0,3}`
/**
 * Round 52: a note that names the blanks in quotes and says what goes in them (記入例の「○○」や「○年○月○日」の部分には、お名前と生年月日を
 * 記入してください, 上の「○○」にはお名前が入ります; blind R74A-032: 「○」の部分は、ご自身の情報に置き換えてください): the blanks it names
 * are placeholders of an example. The quoted blank holds a mask;
 * the note asks the reader (ください, 入ります), not the writer (「○○」には会場名を入れること is a to-do left in a draft).
 * Blind KP-028 kind: or declares the quoted text the example (※「○○町△△番地」「柳川 花子」は記入例です; 「○○」は架空の名前です).
 */
const EXPLAINS_PLACEHOLDER = new RegExp(
  `${QUOTED_BLANKS}(?:の(?:部分|欄|所|ところ|箇所))?(?:には|に|は)[^。\\n]{0,40}?(?:(?:記入|入力|書いて|書き|お書き|入れて)(?:ください|下さい|いただきます|いただけます)|ご記入|ご入力|(?:記入|入力)(?:します|されます)|入ります|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え|読み替え)て(?:ください|下さい|いただきます))` +
    // KP-028 kind: the quoted blanks declared the example (「○○町△△番地」「柳川 花子」は記入例です; 「○○」は架空の名前です).
    `|${QUOTED_BLANKS}(?:の(?:部分|欄))?(?:は|が)(?:すべて|全て|いずれも)?(?:あくまで(?:も)?)?(?:記入例|記載例|入力例|見本|サンプル|(?<![\\p{Script=Han}])例|架空の(?:例|もの|名前|住所|氏名|人物|内容))(?:です|であり|となります|になります|[。、,]|$)`,
  'u',
)

/** Whether `written` (a 伏せ字) is one of the blanks a note names, or inside one it quotes with its letters (「○○町△△番地」 holds ○○). */
function namesBlank(names: readonly string[], written: string): boolean {
  return names.some((n) => n.includes(written))
}
/**
 * Blind R67A-009: the blanks such a note names, side by side or listed (記入例の「○○」「△△」には、実際の町名・番地をご記入ください): a
 * 伏せ字 the note names (柳川市○○町, letters on both sides) is one of the example's placeholders too, as a template's blank is; one it does
 * not name stays a 伏せ字.
 */
function namedBlanks(note: string): string[] {
  const out: string[] = []
  for (const m of note.matchAll(/[「『]([^」』\n]{1,16})[」』]/gu)) out.push(m[1]!)
  return out
}

/** Whether a note below `b` declares the lines above it an example. */
function exampleNoteBelow(t: string, b: number): boolean {
  if (!/上記|以上|上の/u.test(t.slice(b, b + 240))) return false
  return EXAMPLE_NOTE_BELOW.test(t.slice(lineEndNear(t, b, 80), Math.min(t.length, b + 240)))
}

/**
 * Blind R99A-101: a note below, on a line of its own after ※, that names the same run of masks bare and asks the reader to fill it in
 * (所属：○○課 … ⏎※○○には所属課名を記入してください): the run is the form's blank explained, not a template left unfilled. A note to the
 * writer (※○○はあとで入れる) asks no reader.
 */
const BARE_NOTE = /(?:^|\n)[\s　]{0,4}※[\s　]{0,2}([○〇◯●×✕✖*■□▲△◆◇〓]{1,8})(?:の部分|の欄|のところ)?(?:には|は|に)[、,]?[^。\n]{0,30}?(?:記入|入力|書いて|お書き|書き|ご記入|ご入力|(?:置き換え|置きかえ|書き換え|書きかえ|差し替え)て)(?:して)?(?:ください|下さい)/gu

/**
 * Blind IE-016/IE-032: what lets a form sample's blanks be read as examples from another paragraph. A paragraph opened by the sample's
 * label (【記入例】印鑑登録申請書, （記入例）, 記入例：郵便請求書, 【申込書の記入例】) heads the form paragraphs below it; a ※ note naming a
 * bare run and asking the reader to fill or replace it (※○○の部分はご自身の情報に置き換えて記入してください) explains the form paragraphs
 * above it. A form paragraph holds fields and no sentence (住所：柳川市○○町○○番地, 氏名：○○ ○○).
 */
const EXAMPLE_COLON_TITLE = /^[\s　]*(?:記入例|記載例|入力例|見本)[:：][\s　]*(?:[\p{Script=Han}\p{Script=Katakana}ー][^。！？!?、,\n]{0,19})?$/u
function headsExample(t: string): boolean {
  const first = t.slice(0, lineEndNear(t, 0, 40))
  return first.length <= 24 && (EXAMPLE_HEADING.test(first) || EXAMPLE_LABEL_TITLE.test(first) || EXAMPLE_COLON_TITLE.test(first))
}
const FIELD_LINE = /^[\s　]{0,4}[^：:\n。]{1,20}[：:]/u
function formLike(t: string): boolean {
  if (t.length > 600) return false
  for (const line of t.split('\n')) if (line.trim() !== '' && !FIELD_LINE.test(line) && /[。！？!?]/u.test(line)) return false
  return true
}
function fillRuns(t: string): string[] {
  if (!t.includes('※')) return []
  const out: string[] = []
  for (const m of t.matchAll(BARE_NOTE)) out.push(m[1]!)
  return out
}
function bareNoteBelow(t: string, a: number, b: number): boolean {
  const below = t.slice(b, Math.min(t.length, b + 240))
  if (!below.includes('※')) return false
  const run = t.slice(a, b).replaceAll(' ', '')
  BARE_NOTE.lastIndex = 0
  for (const m of below.matchAll(BARE_NOTE)) if (m[1] === run) return true
  return false
}

/**
 * Blind TR-058: the same run of masks explained to the reader elsewhere in the post (#柳川で見つけた〇〇 で投稿してね … 〇〇には好きなものを
 * 入れてOK！ 例：#柳川で見つけた猫): the run names the slot the reader fills, in the hashtag or sentence that shows it too. The explanation
 * asks the reader (入れてください, 入れてOK, 書いてね, が入ります; blind TS-053: の部分に/のところに and a te-form that runs on into the
 * request, 〇〇の部分に好きな言葉を入れて、…投稿してね; 当てはめて, 置き換えて) and names the run bare (no other mask beside it), within 240 characters
 * either side; a note to the writer (〇〇はあとで入れる) asks no reader.
 */
const READER_SLOT_AFTER = /^(?:の部分|の欄|のところ|の所|の箇所|のとこ)?(?:には|に|へ|は)[、,]?[^。！？!?\n]{0,30}?(?:(?:入れて|いれて|書いて|かいて|記入して|入力して|つけて|付けて|当てはめて|あてはめて|置き換えて|置きかえて)(?:ください|下さい|くださいね|ね|ＯＫ|OK|ok|オッケー|もOK|もＯＫ|も大丈夫|大丈夫|いいよ|いいです|も構いません|もかまいません|[、,][^。！？!?\n]{0,40}?(?:(?:て|で)(?:ください|下さい|ね|ねー|ね〜|みて|ほしい|欲しい)|ましょう|ませんか|ようね|よう！|OK|ＯＫ))|(?:が)?(?:入ります|使われます|使われています|名乗られます|名乗ります))/u
/**
 * Blind TV-036 kind: a quiz's blank, the same run asked about bare as a question to the reader elsewhere in the post (人権週間は12月4日から
 * 12月○日まで。○に入る数字は何でしょう？, □□に当てはまる言葉はなに？, ○○に入る漢字、わかるかな？): what goes in it is the answer the post
 * asks for, not a value the writer left out. The question names what fills the run (に入る, に当てはまる) and asks (何, なに, どれ, いくつ,
 * でしょう, ？, わかる); a note to the writer (○に入る数字はあとで確認) asks nothing.
 */
const QUIZ_SLOT_AFTER = /^(?:の部分|のところ|の所)?(?:に|には)(?:入る|はいる|当てはまる|あてはまる|入れる)[^。！？!?\n]{0,12}?(?:は(?:何|なに|なん|どれ|どっち|いくつ|誰|だれ|どこ)|は\s?[？?]|(?:でしょう|かな|ですか|でしょうか)[？?！!]?|(?:わか|分か)(?:る|り)|を(?:当て|答え|考え)て)/u
/**
 * Blind UD-103 kind: a fill-in puzzle's blanks, asked about one box at a time (童謡「□□□□の花」。□に入る4文字は何でしょう？, ○○○の森。○に入る
 * ひらがなは？): the question names the run's own mask, shorter than the run (each box is one letter of the answer), bare, and asks the reader
 * (QUIZ_SLOT_AFTER) — the puzzle, not a value held back. Only a run of one mask shape; a note to the writer asks nothing.
 */
function boxAskedAbout(t: string, a: number, b: number): boolean {
  const run = t.slice(a, b)
  const c = run[0]!
  if (run.length < 2 || run.length > 12 || [...run].some((x) => x !== c)) return false
  const from = Math.max(0, a - 240)
  const to = Math.min(t.length, b + 240)
  for (let i = t.indexOf(c, from); i >= 0 && i < to; i = t.indexOf(c, i + 1)) {
    if (i >= a && i < b) continue
    if ((i > 0 && MASK.includes(t[i - 1]!)) || MASK.includes(t[i + 1] ?? '')) continue
    if (QUIZ_SLOT_AFTER.test(t.slice(i + 1, Math.min(t.length, i + 51)))) return true
  }
  return false
}
/**
 * Blind R377A-013 kind: a quiz's answer shown as boxes, one a letter, with the count of its letters as the hint (ヒント：□□□□（ひらがな4文字）,
 * ○○○（カタカナ3文字）, 答えは■■（漢字2文字）): the blanks are the puzzle, not a value held back. Only a run of one mask shape whose length
 * is the count given (a form's field width, 全角4文字以内, says no script and is no riddle), in a post that asks the reader (クイズ, ヒント,
 * 答え, でしょう？, なんだ？).
 */
const LETTER_COUNT_AFTER = /^\s?[（(]\s?(?:ひらがな|平仮名|カタカナ|片仮名|カナ|かな|漢字|英字|アルファベット|ローマ字)\s?([0-9０-９])\s?文字\s?[）)]/u
const RIDDLE_ASKED = /クイズ|ヒント|なぞなぞ|答え|こたえ|正解|でしょう[かー]?[？?]|(?:何|なに|なん)(?:だ|かな|ですか)[？?]/u
function answerBoxes(t: string, a: number, b: number, after: string): boolean {
  const m = LETTER_COUNT_AFTER.exec(after)
  if (m === null) return false
  const run = t.slice(a, b)
  const c = run[0]!
  if ([...run].some((x) => x !== c)) return false
  const n = m[1]!.charCodeAt(0) >= 0xff10 ? m[1]!.charCodeAt(0) - 0xff10 : Number(m[1])
  return run.length === n && RIDDLE_ASKED.test(t)
}
function sameRunExplained(t: string, a: number, b: number): boolean {
  const run = t.slice(a, b)
  if (run.length === 0 || run.length > 8) return false
  if (boxAskedAbout(t, a, b)) return true
  const from = Math.max(0, a - 240)
  const to = Math.min(t.length, b + 240)
  for (let i = t.indexOf(run, from); i >= 0 && i < to; i = t.indexOf(run, i + run.length)) {
    if (i === a) continue
    const before = i > 0 ? t[i - 1]! : ''
    const after = t[i + run.length] ?? ''
    if ((before !== '' && run.includes(before)) || (after !== '' && run.includes(after))) continue
    const tail = t.slice(i + run.length, Math.min(t.length, i + run.length + 50))
    if (READER_SLOT_AFTER.test(tail) || QUIZ_SLOT_AFTER.test(tail)) return true
  }
  return false
}

/**
 * Blind R261D-019 kind: a name in brackets with a mask run inside it, a letter of the name on each side (ア●ゾン, メ○カリ, ヤ○ト運輸): a
 * real name partly held back. A rude word's kana tail (キ〇い) is no name: the letter after the mask is katakana, a kanji or a Latin letter.
 */
const INFIX_MASKED_NAME = new RegExp(`^[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{1,6}[${MASK}]{1,3}[\\p{Script=Han}\\p{Script=Katakana}A-Za-z][\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]{0,6}$`, 'u')
/**
 * After the bracket (other names in brackets of the list between): the name a party used to pass itself off (を名乗る, を装った, をかたる,
 * になりすまし) or a message said to come from it (からのメール, の名前で): which real company is meant is what the reader needs.
 */
const IMPERSONATED_AFTER =
  /^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:など|等)?(?:を|と|に)?[、,]?(?:名乗|名の[っりる]|かた[らりるっ]|騙[らりるっ]|装[わいうっ]|偽[らりるっ]|称し|称する|なりすま|成りすま)|^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:など|等)?(?:から(?:の)?(?:メール|SMS|ショートメッセージ|電話|通知|連絡|お知らせ|荷物|請求)|の(?:名前|名義|名|ロゴ)で)/u
/** The post is about 伏せ字 itself (…のような伏せ字, 伏字にしても): the masked words are its examples. */
const FUSEJI_TOPIC = /伏せ字|伏字|ふせ字|ふせじ|記入例|記載例/u
/** Blind R296Y-020 kind: a bracket holding masks alone. */
const MASK_ONLY = new RegExp(`^[${MASK}]+$`, 'u')
/** …followed by who they are: an honorific, a group or its members (の皆さん, さん, 様, チーム, の方々, のメンバー). */
const MASKED_GROUP_AFTER = /^(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|メンバー|選手|関係者|さん|様|さま|氏|チーム|一家|グループ|団体|の方)/u
/** …in a sentence that scolds them for what they did (暴言を繰り返していた, 迷惑行為, 厳重注意, 警告, 出場停止). */
const SCOLDED = /暴言|暴力|迷惑|厳重注意|注意(?:を|し|させ|いたし)|警告|違反|出場停止|出入り禁止|出禁|失格|処分|反省|謝罪|苦情|クレーム|嫌がらせ|いやがらせ|誹謗|中傷|荒らし|マナー(?:が|の)?悪|ルールを守らな/u
/**
 * Blind R296Y-020 kind: [a, b) is a run of two to eight masks alone in its brackets, then who they are (「■■■■」の皆さん, 「●●」さん,
 * 「××」チーム), in a sentence scolding them, on a post not about 伏せ字 itself.
 */
function maskedGroupScolded(t: string, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 8 || !MASK_ONLY.test(t.slice(a, b))) return false
  const open = t[a - 1]
  const close = t[b]
  if (!((open === '「' && close === '」') || (open === '『' && close === '』'))) return false
  if (!MASKED_GROUP_AFTER.test(t.slice(b + 1, b + 8)) || FUSEJI_TOPIC.test(t)) return false
  const sen = sentenceOf(t, a, b)
  return SCOLDED.test(t.slice(sen.start, sen.end))
}
/** What follows a name in brackets: an honorific. */
const NAME_AFTER = /^(?:さん|様|さま|氏|ちゃん|くん|君|選手|先生)/u
/** What comes before a name in brackets: the kind of place, business or person it names. */
const NAME_KIND_BEFORE = /(?:居酒屋|お店|店|飲食店|料理店|喫茶店|カフェ|スーパー|コンビニ|ホテル|旅館|施設|会社|企業|業者|事業所|団体|病院|医院|学校|保育園|芸能人|タレント|歌手|アーティスト|ユーチューバー|YouTuber|インフルエンサー|議員|選手|作家)(?:の)?$/u

type Emit = RuleInput['emit']

/** The start of the line holding `a`, looking back at most `max` characters (bounded: no scan of a long line). */
function lineStartNear(t: string, a: number, max: number): number {
  let s = a
  const lo = Math.max(0, a - max)
  while (s > lo && t[s - 1] !== '\n') s--
  return s
}
function lineEndNear(t: string, b: number, max: number): number {
  let e = b
  const hi = Math.min(t.length, b + max)
  while (e < hi && t[e] !== '\n') e++
  return e
}

function emitTemplate(t: string, a: number, b: number, unit: string, doc: RuleInput['doc'], emit: Emit, slot = false, bracketedName = false): void {
  const { start, end } = doc.fromNorm(a, b)
  // A name left as masks in its own brackets (子ども食堂「＊＊＊」が) is a blank, not a quoted example, unless explained.
  if (bracketedName ? isExplained(t, a, b) : isExample(t, a, b)) {
    emit({ rule: 'masking/example', start, end })
    return
  }
  const written = doc.raw.slice(start, end)
  const instruction = slot && (slotNote(written.slice(1, -1), true) || fieldTodo(written.slice(1, -1)))
  emit({
    rule: 'masking/template',
    start,
    end,
    data: {
      unit,
      what: instruction ? '書き込みの指示' : slot ? '差し込み欄' : '値の入っていない欄',
      fix: instruction ? `指示文「${written}」` : unit ? `「${written}${unit}」の「${written}」（数値）` : `「${written}」（日時・場所・名前など）`,
    },
  })
}

/**
 * A complaint about someone's conduct, quoted as what a resident said (「○○課のAさんの対応がひどい」とのお声,
 * 『窓口の××さん、態度悪すぎ』って苦情): the masked person is a real one, not an example of how to write.
 */
const REPORTED_AFTER =
  /^(?:と|って|とか)(?:の|いう|いった|言う)?\s?(?:お|ご)?(?:声|意見|苦情|投書|指摘|叱り|電話|メール|通報|相談|書き込み|投稿|手紙|クレーム|連絡|情報|話|噂|うわさ|訴え|報告|レビュー|口コミ|コメント|DM|こと|内容|お便り|便り|はがき|ハガキ|アンケート|要望|回答|問い合わせ|問合せ|質問|尋ね|憶測|臆測|推測|詮索)|^(?:と|って)(?:言われ|いわれ|書かれ|書き込まれ|投稿され|寄せられ|お叱り|苦情|怒られ|指摘され|通報され|聞かれ|きかれ|尋ねられ|問われ)/u
/**
 * Blind R138I-066: a call the city received about a real place, quoted with the home masked (市民の方から「××町の○○さんちで煙が」と
 * 通報があり出動…): the masked home is a real one, and neighbours can guess whose; a report taught (と通報してください) or a drill
 * (通報訓練: TRAINING) is an example. A home or a household's place behind the mask (○○さんち, ××さん宅, ○○さんの家, ○○方).
 */
const QUOTED_HOME = new RegExp(`[${MASK}]{1,4}(?:さん|様|さま|氏)?(?:ち(?![ゃゅょ])|んち|宅|方(?:で|の|に|から)|の(?:家|お宅|おうち|うち|自宅|実家|倉庫|納屋|小屋|田んぼ|畑|庭|裏|前|店))`, 'u')
/**
 * Blind R237M-020 kind: a call received about a resident, quoted with their town masked and the person left as masks or an initial
 * (民生委員さんから「●●町で一人暮らしのＳさんが…」と連絡があり): a real person the neighbours can pick out, not an example. A call told
 * as a case to watch for (…と電話があったら, があれば: a conditional) is not received.
 */
const QUOTED_TOWN = new RegExp(`[${MASK}]{1,4}(?:町|村|地区|区|丁目|団地|集落|校区)(?![\\p{Script=Han}])`, 'u')
const CALL_IF = /^(?:と|って|との)[^。！？!?\n]{0,12}?(?:たら|れば|場合|時は|ときは)/u
/** A call or a word received about it, right after the quote (と通報があり, との通報を受け, と119番通報が入り, って電話があった). */
const CALL_RECEIVED_AFTER = /^(?:と|って|との)\s?(?:1[01]9番)?(?:通報|連絡|電話|相談|知らせ|一報)(?:が|を受け|あり|を受|が入|を頂|をいただ)/u
/** Conduct a complaint is about: 対応がひどい, 態度が悪い, 怒鳴られた, 居眠り. */
const CONDUCT =
  /(?:対応|応対|態度|接客|言葉遣い|言葉づかい|口調|説明|仕事ぶり)(?:が|は|も|、)?\s?(?:ひど|悪|最悪|失礼|不親切|横柄|冷た|遅|雑|高圧|偉そう|えらそう|いい加減|適当)|感じ(?:が)?悪|怒鳴|どな[らりっ]|暴言|居眠り|サボ|さぼ[らりっ]|無愛想|不愛想|横柄|失礼な|威圧|馬鹿に|バカに|見下|嫌がらせ|いやがらせ|ハラ(?:スメント)?(?:を|が|して|され|行為)|いじめ|着服|横領/u
/** A masked person in a quote: ○○課のAさん, ××さん, 窓口の●●係長. */
const QUOTED_PERSON = new RegExp(`(?:[${MASK}]{1,4}|(?<![A-Za-z0-9])[A-Z])(?:${PERSON_AFTER.source.slice(4, -1)}|係長|職員|主任|主査|補佐|所長|館長|室長|次長|係員|担当者?|隊員|保健師|看護師)`, 'u')
const QUOTED_PERSON_ALL = new RegExp(QUOTED_PERSON.source, 'gu')

/**
 * Round 48: a guess at who it is, quoted as what residents ask (「○○課のKさんのことでは？」というお問い合わせ, 「××係長じゃないの？」
 * という書き込み, 「Ａさんって保育課の人でしょ？」とのお電話, 「△△さんやなかと？」って聞かれ): the masked person ends the quote with
 * the guess (not 「○○さんはいつ来ますか？」, a question about someone named) …
 */
const GUESS_WHO = /(?:の(?:こと|事))?(?:って[^」』、。！？!?\n]{1,12}?)?(?:では|じゃ(?:ない|なか|ね)|やな(?:い|か)|でしょ|だろ|やろ|らしい|かも|って(?:本当|ほんと)|(?<=の(?:こと|事))(?:ですか|か))[^」』]{0,4}$/u
/** … about bad news (飲酒運転の報道, 職員の不祥事, 逮捕) or one the city will not discuss (詳しくお答えできません, 事実確認中). */
const SENSITIVE = /飲酒運転|不祥事|逮捕|送検|懲戒|処分|報道|事件|横領|着服|盗撮|ハラスメント|パワハラ|セクハラ|容疑|不正|情報漏えい|情報漏洩|流出|紛失|お答え(?:は)?(?:でき(?:ません|かね)|(?:を)?差し控え|(?:を)?控え)|回答(?:は|を)?(?:差し控え|控え|でき(?:ません|かね))|申し上げられません|言えん|言えません|コメント(?:は|を)?(?:差し控え|控え)|事実確認中|調査中/u

/** A training or a model answer, where a quoted complaint is an example to learn from (研修, 対応例, 例文). */
const TRAINING = /研修|対応例|回答例|例文|文例|記入例|記載例|例として|例示|サンプル|ロールプレイ|マニュアル|教材|講座|訓練|想定問答|模擬/u

/** The quote ends with a guess at the masked person's identity (…Kさんのことでは？, ××係長じゃないの？). */
function guessWho(quote: string): boolean {
  QUOTED_PERSON_ALL.lastIndex = 0
  for (const m of quote.matchAll(QUOTED_PERSON_ALL)) if (GUESS_WHO.test(quote.slice(m.index + m[0].length))) return true
  return false
}

/**
 * Blind R209I-033 kind: a business named in brackets by a masked name and its trade alone (「○○電力」, 「××リフォーム」), said to be what a
 * real party called itself (を名乗って, と名乗る) in a report of cases the city has received (相談が増えています, 被害が寄せられ): the mask hides
 * the real name the office knows, and readers guess at the businesses of that trade: 伏せ字. A line a caller speaks (「市役所の○○です」と名乗り),
 * a name given as one of a kind (「○○電力」などと名乗る) or a warning with no cases told (…を名乗る業者にご注意ください) stays an example.
 */
const SELF_NAMED_BUSINESS = new RegExp(`^[${MASK}]{2,4}[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}$`, 'u')
const NAMED_ITSELF_AFTER = /^(?:を|と)(?:名乗|名の[っりる]|称し|称する)/u
const CASES_RECEIVED = /相談|被害|苦情|通報|寄せられ|相次|増えて|確認されて|発生して/u

function isReportedComplaint(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 80)
  if (EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) || CASE_CONTEXT.test(t) || TRAINING.test(t)) return false
  const before = t.slice(Math.max(lineStart, a - 80), a)
  for (const [open, close] of [['「', '」'], ['『', '』']] as const) {
    const o = before.lastIndexOf(open)
    if (o === -1 || before.indexOf(close, o) !== -1) continue
    const c = t.indexOf(close, b)
    if (c === -1 || c - b > 80) continue
    const quote = t.slice(Math.max(lineStart, a - 80) + o + 1, c)
    if (quote.includes('\n')) continue
    if (QUOTED_HOME.test(quote) && CALL_RECEIVED_AFTER.test(t.slice(c + 1, c + 20))) return true
    if (QUOTED_TOWN.test(quote) && QUOTED_PERSON.test(quote) && CALL_RECEIVED_AFTER.test(t.slice(c + 1, c + 20)) && !CALL_IF.test(t.slice(c + 1, c + 24))) return true
    if (SELF_NAMED_BUSINESS.test(quote) && NAMED_ITSELF_AFTER.test(t.slice(c + 1, c + 8))) {
      const sen = sentenceOf(t, a, b)
      if (CASES_RECEIVED.test(t.slice(sen.start, sen.end))) return true
    }
    return REPORTED_AFTER.test(t.slice(c + 1, c + 16)) && QUOTED_PERSON.test(quote) && (CONDUCT.test(quote) || (guessWho(quote) && SENSITIVE.test(t)))
  }
  return false
}

/**
 * Blind R106A-111: a rude word with one letter masked (ク〇役所, ｸ〇行政, 『ク●田舎』, バ〇市長, ア〇公務員): a 伏せ字 everyone reads as
 * クソ, バカ, アホ…, so the account writes the word itself. Quoted as what residents say (窓口で「ク〇役所」と言われることも) it is no example
 * of how to write something: it warns. The head letter opens a word (not マク〇, ボク〇) and the mask is not a name's (「ア〇」さん) nor
 * cut into a longer katakana word (「ア〇ジ」), nor words given as examples of a kind (「バ○」「○ね」のように伏せ字にしても, 「キ〇い」
 * といった言葉: a mention), nor a riddle's blank (「ア〇」に入る文字は？); only a line labelled as an example (例：「ク〇」)
 * keeps it one.
 */
/** After the closing bracket (other quoted words of the list between): the words given as examples of a kind (のように, といった, など). */
const RUDE_EXAMPLE_AFTER = /^[」』](?:[、・や]?[「『][^」』\n]{1,12}[」』]){0,3}(?:のよう|のよな|といった|みたいな|みたいに|など|等|なんかの)/u
/** Blind R232H-050 kind: a slur on sexual orientation cut by its mask (「ホ◯なの？」ってからかわれ): ホ joins the heads of rude words. */
const RUDE_HEAD = new Set([...'クくバばアボカブデハキウ死ホ'])
function rudeMask(t: string, a: number, b: number): boolean {
  if (b - a !== 1 || !RUDE_HEAD.has(t[a - 1] ?? '')) return false
  const lead = t[a - 2]
  if (lead !== undefined && /[\p{Script=Katakana}\p{Script=Han}ー々A-Za-z0-9]/u.test(lead)) return false
  const next = t[b]
  if (next !== undefined && (/[\p{Script=Katakana}ーA-Za-z0-9]/u.test(next) || MASK.includes(next))) return false
  if (NAME_AFTER.test(t.slice(b, b + 4).replace(/^[」』]/u, '')) || NAME_KIND_BEFORE.test(t.slice(Math.max(0, a - 12), a - 1).replace(/[「『]$/u, ''))) return false
  const lineStart = lineStartNear(t, a, 80)
  // Shown as the kind of word meant (「バ○」「○ね」のように伏せ字にしても, 「キ〇い」といった言葉), or in a sentence about 伏せ字 itself: an
  // example of such words, a mention. Hearsay (「ク〇役所」と言われる, って書かれ) is the account writing the word.
  // (The bracket may close after the word's kana ending: 「キ〇い」といった言葉, 「ウ〇い」など.)
  const tail = /^[ぁ-ゖ]{0,3}/u.exec(t.slice(b, b + 3))![0].length
  const close = t.slice(b + tail, b + tail + 1)
  if ((close === '」' || close === '』') && RUDE_EXAMPLE_AFTER.test(t.slice(b + tail, b + tail + 40))) return false
  const sen = sentenceOf(t, a, b)
  if (/伏せ字|伏字|ふせ字|ふせじ/u.test(t.slice(sen.start, sen.end))) return false
  // A blank explained or a riddle (「ア〇」に入る文字は？, 当ててみて) is a puzzle's, not a word written.
  if (isExplained(t, a, b) || INVITES_GUESS.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))) return false
  return !EXAMPLE_BEFORE.test(t.slice(Math.max(lineStart, a - 30), a)) && !EXAMPLE_LINE_LABEL.test(t.slice(lineStart, a))
}

function emitFuseji(t: string, a: number, b: number, what: string, risk: string, doc: RuleInput['doc'], emit: Emit): void {
  const { start, end } = doc.fromNorm(a, b)
  if (isExample(t, a, b) && !isReportedComplaint(t, a, b) && !rudeMask(t, a, b)) emit({ rule: 'masking/example', start, end })
  else emit({ rule: 'masking/fuseji', start, end, data: { what, risk } })
}

/** What a spaced-out run may stand before (○ ○ 公民館, × × さん); a heading (■ ■ ■ お知らせ) is not one. */
const SPACED_WORD = new RegExp(`^(?:${VENUE_AFTER.source.slice(4, -1)}|${PERSON_AFTER.source.slice(4, -1)}|${UNIT.source.slice(4, -1)}|課|係)`, 'u')
/**
 * Blind R347P-055 kind: a community or a body of residents named by its kind after the spaced masks (○ ○ 自治会 には, × × 町内会 の,
 * ● ● 商店街 から): a group held back, 伏せ字; only after marks that stand for letters (■ ■ 自治会だより ■ ■ is a heading's rule).
 */
const SPACED_GROUP = /^(?:自治会|町内会|子ども会|子供会|老人会|婦人会|青年団|消防団|分団|行政区|校区|団地|集落|協会|商店街|商店|病院|医院)/u

/** Another group of masks (or digits) joined by a dash after or before a run: the shape of a phone number. */
const PHONE_GROUP_AFTER = /^[-‐−ー―]\s?(?:[○〇●×*■□]{2,}|[0-9]{2,4}[-‐−ー―][○〇●×*■□]{2,})/u
const PHONE_GROUP_BEFORE = /(?:[○〇●×*■□]{2,}|(?<![0-9])0[0-9]{1,4})\s?[-‐−ー―]$/u
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
 * Markdown bold on one line: two stars, a word or phrase (2–30 characters, no punctuation or brackets, not
 * starting or ending with a space, not starting with an honorific: **さん、**さん are two names held back), two
 * stars, then no kanji (**月**日 is a blank date): **課長**から, **重要**：.
 */
const BOLD_SPAN = /(?<!\*)\*\*(?![*\s])([^*\n、。,.（）()「」『』]{2,30}?)(?<!\s)\*\*(?![*\p{Script=Han}])/gu
const HONORIFIC_START = /^(?:さん|様|さま|氏|君|くん|ちゃん|殿)/u
/**
 * Blind R280C-037 kind: two star pairs that would enclose a phrase ending in a particle, then an honorific (**商店の**さん, **工務店の**様):
 * no bolded word ends in の before the name it qualifies; the stars are the shop's and the person's names held back.
 */
const MASKED_PAIR_BOLD = /(?:の|と|や)$/u
/**
 * Blind R280C-037 kind: a shop's kind right after a run of stars (＊＊商店の＊＊さん, **精肉店さん, ＊＊屋さん): the shop's name held back, as
 * ○○商店 is. A note's star before a word (＊印は必須, ＊詳細は) names no shop.
 */
const SHOP_AFTER = /^(?:商店|商会|精肉店|鮮魚店|青果店|米穀店|酒店|工務店|食堂|農園|書店|薬局|(?:屋|店)(?=さん|様|さま|の|が|は|に|と|、))/u

/** Blind R280C-037 kind: where the two-star runs of a pair that only looks like bold start (**商店の**さん: MASKED_PAIR_BOLD). */
function maskedPairs(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('**')) return out
  BOLD_SPAN.lastIndex = 0
  for (let m = BOLD_SPAN.exec(t); m; m = BOLD_SPAN.exec(t)) {
    if (!(MASKED_PAIR_BOLD.test(m[1]!) && HONORIFIC_START.test(t.slice(m.index + m[0].length)))) continue
    out.add(m.index)
    out.add(m.index + m[0].length - 2)
  }
  return out
}

/** Where the two-star runs that open and close **bold** start (offsets in `t`). */
function boldMarks(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('**')) return out
  BOLD_SPAN.lastIndex = 0
  for (let m = BOLD_SPAN.exec(t); m; m = BOLD_SPAN.exec(t)) {
    if (HONORIFIC_START.test(m[1]!) || /^[〇○●◯◎×✕✖＊■□]+$/u.test(m[1]!) || (MASKED_PAIR_BOLD.test(m[1]!) && HONORIFIC_START.test(t.slice(m.index + m[0].length)))) {
      BOLD_SPAN.lastIndex = m.index + 2
      continue
    }
    out.add(m.index)
    out.add(m.index + m[0].length - 2)
  }
  return out
}

/**
 * A date or a time written in figures with masks in the figures' places (○/○（○）, ●/●(●), 12/○○, □/□から, ○○:○○〜):
 * the day, the weekday or the hour was never filled in. A part is a run of one mask shape or digits; at least one is
 * masks, all masks one shape (○/× is a choice of marks, 1/10(○) 1/11(×) a table of vacancies: no masked figure there).
 * Minutes take two places (○○:○○, 10:○○), so a ratio of marks (○:×) is not a time.
 */
const FIG = '(?:[○〇◯●×✕✖*■□▲△〓]{1,4}|[0-9]{1,4})'
const FIGURE_SLOT = new RegExp(
  `(?<![0-9A-Za-z/.○〇◯●×✕✖*■□▲△〓])(?:${FIG}\\s?/\\s?${FIG}(?:\\s?/\\s?${FIG})?(?:\\s?[(（]\\s?(?:[○〇◯●×✕✖*■□▲△〓]|[月火水木金土日])\\s?[)）]|(?![0-9A-Za-z/○〇◯●×✕✖*■□▲△〓]))|${FIG}\\s?:\\s?(?:[○〇◯●×✕✖*■□▲△〓]{2}|[0-9]{2})(?![0-9A-Za-z/○〇◯●×✕✖*■□▲△〓]))`,
  'gu',
)

/** The mask runs inside dates and times written in figures (start offsets in `t`). */
function figureSlots(t: string): Set<number> {
  const out = new Set<number>()
  if (!t.includes('/') && !t.includes(':')) return out
  FIGURE_SLOT.lastIndex = 0
  for (const m of matchAllOf(FIGURE_SLOT, t)) {
    const marks = m[0].replace(/[^○〇◯●×✕✖*■□▲△〓]/gu, '')
    // The figures themselves hold a mask (1/10(○), a vacancy mark after a filled date, does not).
    if (!/[○〇◯●×✕✖*■□▲△〓]/u.test(m[0].replace(/[(（][^)）]*[)）]$/u, '')) || new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(/[○〇◯●×✕✖*■□▲△〓]+/gu)) out.add(m.index + r.index)
  }
  return out
}

/**
 * Round 59 (blind R59A-015, R59A-044): a date or a time written with its units (年・月・日・時・分, or in やさしい日本語 ねん・がつ・にち・じ・ふん)
 * whose figures are left as masks, with the weekday after it left as a mask too: 12月■日（■）, ○がつ○にち（○）, 令和■年, ■時〜■時,
 * ごご ○じ ○ふん. Two figure-and-unit pairs at least (or an era, 午前/ごご, before one), so a bullet before a label (■日時, ○日程) is none;
 * a figure holds a mask (10日（○） 11日（×）, a table of vacancies, does not) and all masks are one shape (○/× is a choice of marks).
 * (A hiragana unit with one figure, ○がついた欄 or ○じゃなくて, is no date: it takes two pairs.)
 * ■ and ◆, too often bullets to stand alone before a unit, are a value here: no bullet sits between a month and its day.
 */
const DM = '[○〇◯●×✕✖*■□▲△◆◇〓]'
const DFIG = `(?:${DM}{1,4}|[0-9]{1,4})`
const DUNIT = '(?:年|月|日|時|分|ねん|がつ|にち|じ|ふん|ぷん)'
/**
 * Blind R67A-034: a space inside a date, never a line break: a time closing one line (9時〜16時) and a bullet opening the next (■分別：可燃・
 * 不燃, ■日程：…, ●月曜日は休館) are no one date, so the bullet is no masked figure.
 */
const SP = '[^\\S\\n]?'
const DATE_CHAIN = new RegExp(
  `(?<![0-9${DM.slice(1, -1)}])((?:令和|平成|午前|午後|ごぜん|ごご)${SP})?${DFIG}${SP}${DUNIT}(?:${SP}[〜~～-]?${SP}${DFIG}${SP}${DUNIT}){0,3}(?:${SP}[（(]${SP}(?:${DM}{1,2}|[月火水木金土日])${SP}(?:曜日?|ようび)?${SP}[)）])?`,
  'gu',
)
const DATE_PAIR = new RegExp(`${DFIG}${SP}${DUNIT}`, 'gu')
const DATE_MASK = new RegExp(DM, 'u')
const DATE_MASK_RUN = new RegExp(`${DM}+`, 'gu')
const NOT_DATE_MASK = new RegExp(`[^${DM.slice(1, -1)}]`, 'gu')

/**
 * Blind R105A-102: an amount or a count left as masks in digit groups (交付額 ●●●,●●● 円, ●,●●●円, 計 ○○○,○○○ 円), or a run set apart by a
 * space from its counter (補助額 ●●● 円, 定員 ○○ 名): the figure of a notice never filled in, as ●●円 is. A counter that ends its word
 * only (■■■ 人事異動 ■■■, ● 円滑な運営 are a heading and a bullet); one group of masks at least, all masks one shape.
 */
const AMOUNT_SLOT = new RegExp(
  `(?<![0-9${DM.slice(1, -1)}])(?:${DM}{1,4}|[0-9]{1,3})(?:[,，](?:${DM}{3}|[0-9]{3})){0,3}[^\\S\\n]?(?:万|千|億)?(?:円|名|人|件|世帯|個|枚|台|本|回|歳|才|点|冊|部|戸|棟|区画|%|％)(?![\\p{Script=Han}\\p{Script=Katakana}])`,
  'gu',
)
/** The mask runs inside such amounts (start offsets in `t`). */
function amountSlots(t: string): Set<number> {
  const out = new Set<number>()
  AMOUNT_SLOT.lastIndex = 0
  for (const m of matchAllOf(AMOUNT_SLOT, t)) {
    const marks = m[0].replace(NOT_DATE_MASK, '')
    // Grouped by a comma, or spaced from the counter (●●円, no space, no comma, is UNIT's already); two masks at least.
    if (marks.length < 2 || !/[,，]|[^\S\n](?:万|千|億)?[^\s0-9,，]+$/u.test(m[0])) continue
    if (new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(DATE_MASK_RUN)) out.add(m.index + r.index)
  }
  return out
}
/**
 * Blind R105A-102: the addressee of a notice left as masks before its honorific (申請者 ●●●● 様, 受給者：○○○○ 殿, 保護者 ＊＊＊＊ 様): set apart
 * by spaces on both sides as a mail merge leaves it (the honorific ending its line), or after the label of whom the notice is for. (○○様 in running text may be a name held
 * back: 伏せ字.)
 */
const ADDRESSEE_LABEL_BEFORE = /(?:申請者|申込者|申し込み者|受給者|交付先|対象者|世帯主|代表者|請求者|受取人|宛名|宛先|氏名|お名前|保護者|被保険者|契約者|利用者|届出人|納税者|納税義務者|所有者|当選者|受賞者|参加者)(?:名)?[^\S\n]?[:：]?[^\S\n]?$/u
const HONORIFIC_SLOT_AFTER = /^[^\S\n]?(?:様|さま|殿|御中)(?![\p{Script=Han}\p{Script=Katakana}])/u

/** The mask runs inside dates and times written with their units (start offsets in `t`). */
function dateChainSlots(t: string): Set<number> {
  const out = new Set<number>()
  DATE_CHAIN.lastIndex = 0
  for (const m of matchAllOf(DATE_CHAIN, t)) {
    const weekday = /[（(][^)）]*[)）]$/u.exec(m[0])
    const figures = weekday ? m[0].slice(0, weekday.index) : m[0]
    const pairs = [...figures.matchAll(DATE_PAIR)]
    if (pairs.length < 2 && !m[1]) continue
    if (!pairs.some((p) => DATE_MASK.test(p[0]))) continue
    const marks = m[0].replace(NOT_DATE_MASK, '')
    if (new Set([...marks].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    for (const r of m[0].matchAll(DATE_MASK_RUN)) out.add(m.index + r.index)
  }
  return out
}

/** Mask characters: runs and single characters (`run` calls it only on a paragraph that holds one). */
function masks(t: string, doc: RuleInput['doc'], emit: Emit): void {
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

/**
 * Blind R250G-018 kind (unofmask7): one item of a marked list left as masks alone (a poll's choices A 水上パレード ⏎ B 〇〇〇〇 ⏎ C 詩の朗読会,
 * 1. ●●●● among 1. 2. 3., ・○○○○ among ・ items): the item was never written while the others were, so the list goes out with a blank
 * (a template, block). The run is the whole item (after its marker, at most a closing mark after it) and another line of the same list, its
 * marker of the same kind within a few lines, holds words. A list all of masks (a rating, a marks table: ratingScale) has no such sibling.
 */
/** A list's marker and what parts it from its item: a letter, a number or a kana with a space or a stop after it; ① (# in the normalised view) or ・ alone. */
const LIST_SEP = String.raw`(?:[^\S\n]{0,2}[.:)、]|[^\S\n])`
const LIST_MARK = String.raw`(?:([A-Ha-h])${LIST_SEP}|([0-9]{1,2})${LIST_SEP}|([①-⑳#])${LIST_SEP}?|([ア-カ])${LIST_SEP}|(・)[^\S\n]?)`
const LIST_ITEM_BLANK = new RegExp(String.raw`^[^\S\n]{0,3}${LIST_MARK}[^\S\n]{0,2}$`, 'u')
const LIST_ITEM_AFTER = /^[^\S\n]{0,2}[^\p{L}\p{N}\s]{0,4}[^\S\n]{0,2}$/u
const LIST_SIBLING = new RegExp(String.raw`^[^\S\n]{0,3}${LIST_MARK}[^\S\n]{0,2}\p{L}[\p{L}\p{N}ー]`, 'u')
function listMarkKind(m: RegExpExecArray): number {
  for (let k = 1; k <= 5; k++) if (m[k] !== undefined) return k
  return 0
}
function listItemBlank(t: string, a: number, b: number): boolean {
  const lineStart = lineStartNear(t, a, 12)
  if (lineStart > 0 && t[lineStart - 1] !== '\n') return false
  const lineEnd = lineEndNear(t, b, 12)
  const mark = LIST_ITEM_BLANK.exec(t.slice(lineStart, a))
  if (!mark || !LIST_ITEM_AFTER.test(t.slice(b, lineEnd))) return false
  const kind = listMarkKind(mark)
  // The lines around it, a few either side in the same block (no blank line between).
  const lines: string[] = []
  let s = lineStart
  for (let n = 0; n < 4 && s > 0; n++) {
    const start = t.lastIndexOf('\n', s - 2) + 1
    const line = t.slice(start, s - 1)
    if (line.trim() === '') break
    lines.push(line)
    s = start
  }
  let e = lineEnd
  for (let n = 0; n < 4 && e < t.length; n++) {
    const next = t.indexOf('\n', e + 1)
    const end = next === -1 ? t.length : next
    const line = t.slice(e + 1, end)
    if (line.trim() === '') break
    lines.push(line)
    e = end
  }
  return lines.some((line) => {
    const m = LIST_SIBLING.exec(line)
    return m !== null && listMarkKind(m) === kind
  })
}

/**
 * Blind TV-092 kind: a rating drawn with a filled and a hollow mark of one pair (難易度：●○○ / ●●○ / ●●●, おすすめ度 ■■□, 混雑 ▲▲△): the
 * full mark is a level on a scale, not a value left out. It is one when a run of the same length mixing the pair's two marks stands
 * within the paragraph near it (the scale's other levels), or a legend says what the marks' count means (●が多いほど距離が長め, ■の数で
 * 難しさを表しています). A run of one shape alone (会場：●●●, 定員：○○名) or before a counter or a word (参加費：○○○円 beside ●○○)
 * stays a blank; ◎○× is a table of marks, not a scale.
 */
const RATING_PAIR: Record<string, string> = { '●': '○〇◯', '○': '●', '〇': '●', '◯': '●', '■': '□', '□': '■', '▲': '△', '△': '▲', '◆': '◇', '◇': '◆' }
const RATING_LEGEND = /^(?:印|マーク)?(?:の数)?(?:が|は)(?:多い|少ない|増える)ほど|^(?:印|マーク)?の数(?:が|で|は|に|によって|を)/u
function ratingScale(t: string, a: number, b: number, run: string): boolean {
  // (A level stands alone: a run before a counter or a word, ○○○円, ●●●公民館, is a value or a name.)
  if (run.length > 5 || b - a !== run.length || isWordChar(t[b])) return false
  const full = run[0]!
  const other = RATING_PAIR[full]
  if (other === undefined) return false
  const from = Math.max(0, a - 300)
  const to = Math.min(t.length, b + 300)
  const pair = full + other
  // The scale's other levels: runs of the pair's marks, of the run's length, holding both.
  for (let i = from; i < to; i++) {
    if (!pair.includes(t[i]!) || (i > 0 && pair.includes(t[i - 1]!))) continue
    let j = i
    while (j < to && pair.includes(t[j]!)) j++
    const level = t.slice(i, j)
    if (j - i === run.length && [...level].some((ch) => ch === full) && [...level].some((ch) => other.includes(ch))) return true
    i = j - 1
  }
  // A legend of the marks' count: the mark, bare, then what more or fewer of it means.
  for (let i = t.indexOf(full, from); i >= 0 && i < to; i = t.indexOf(full, i + 1)) {
    if (pair.includes(t[i - 1] ?? '') || pair.includes(t[i + 1] ?? '')) continue
    if (RATING_LEGEND.test(t.slice(i + 1, i + 12))) return true
  }
  return false
}

/**
 * Blind TV-087 kind: a mask character named as the mark letters are turned into, in words about masking (一文字を○にしても読めます, 名前の
 * 部分を●に置き換えて, 文字を×で隠す, ○で伏せる): a mention of the mark, not a letter held back. Letters or a part before it (文字を, 名前の
 * 部分を, 一字だけ) and a verb of turning (にして, に置き換え) after, or a verb of hiding after it alone (で伏せ, で隠し); 会場を○に変更 names
 * no letters and stays a blank.
 */
const LETTERS_BEFORE = /(?:文字|字|部分|ところ|箇所|単語|言葉|漢字|ひらがな|カタカナ|名前|名)(?:を|は|も|だけ(?:を)?)$/u
const TURNED_INTO_AFTER = /^(?:に(?:して|する|した|すれ|置き換え|置きかえ|変え|替え|なって)|で(?:伏せ|ふせ|隠|かく|置き換え|置きかえ|表|書))/u
const MARK_NAMED_AFTER = /^で(?:伏せ|ふせ|隠し|隠す|隠れ|かくし|かくす)/u
/**
 * Blind R290P-060 kind: shapes named as a pattern or a mark (○と△の模様, ○や□の形, ◇の柄, ○・△・□のマーク): the marks are the shapes a
 * design is made of, not characters held back. The mark, at most three more joined by と/や/・/、, then (の) a word for a pattern, a shape
 * or a sign ending there (模様替え, 形見, 柄杓 go on into another word). A single mark read with the one before it (△ in ○と△の模様).
 */
const SHAPE_NAMED_AFTER = /^(?:[とや・、][○〇◯●×✕△▲□■◇◆☆★]){0,3}の?(?:模様|もよう|形|かたち|マーク|柄|がら|印|しるし|図形|デザイン|文様|紋|型|記号|モチーフ|パターン)(?![\p{Script=Han}])/u
const SHAPE_JOINED_BEFORE = /[○〇◯●×✕△▲□■◇◆☆★][とや・、]$/u

/** A formal notice of a fact: an award given, an event held, a decision made (贈呈, 表彰, 開催, 決定). */
const FORMAL_FACT = /贈呈|贈られ|授与|表彰|受賞|受章|感謝状|開催(?:し|され|いた|します|しました|決定)|決定(?:し|され|いた|しました)|就任|締結|委嘱|任命|認定(?:し|され)/u
/** The head of an organisation's or a place's name after a slot (□□支店, ○○銀行, △△小学校). */
const NAME_HEAD_AFTER = /^(?:支店|本店|出張所|営業所|銀行|信用金庫|信金|農協|郵便局|株式会社|会社|商店|工業|建設|組合|協会|病院|医院|小学校|中学校|高校|高等学校|幼稚園|保育園|自治会|公民館|地区|町|課|係|署|交番|店)/u
/** A reason a name is held back on purpose (プライバシーのため, 匿名, ご本人の希望で). */
const MASK_REASON = /プライバシー|匿名|伏せ|ふせて|個人情報(?:保護)?の(?:ため|観点)|特定(?:を避け|されない|できない)|(?:ご)?本人(?:様)?の(?:ご)?(?:希望|意向|要望)|お名前は(?:控え|出せ|公表し)|名前は(?:控え|出せ|非公表)|非公表/u

/**
 * Blind R84A-139: what a multiplication sign stands between: a figure, with a counter that is no date or time unit (500円, 3個, 2回;
 * not 1月, 10日, 9時: 1月×日 is a date left out), and a figure, after a per-period word at most (年間24枚, 月20食, 年4回, 12か月).
 */
/** Before a pairing's ×: the end of a word of two letters or more, not a particle, a prefix of a quantity (約, 第, 毎) or a date's unit. */
const PAIRED_BEFORE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々][\p{Script=Katakana}ー\p{Script=Han}々ぁ-ゖ](?<![はがをにでへもの約第毎各計全前後同翌当本来昨今年月日時分])$/u
/** After it: a word that starts with a unit's character but goes on as another word (日本酒, 月見, 年越し, 時計). */
const PAIRED_AFTER = /^[日月年時分](?![間半頃目後前以程午曜付中分時日月年])[\p{Script=Han}\p{Script=Katakana}]/u
const TIMES_BEFORE = /[0-9０-９][0-9０-９,.]{0,6}\s?(?:円|人|名|個|枚|回|本|台|件|食|袋|箱|冊|部|組|セット|泊|杯|錠|包|kg|g|ml|L|%|時間|日分|日間|か月分)?\s?$/u
const TIMES_AFTER = /^\s?(?:年間|年|月額|月|毎月|週|毎週|1日|一日|日|回|各|最大|計)?\s?[0-9０-９]/u
/** A value a note mark may follow: a number with its unit (15分, 500円, 20名), a day (毎月第2火曜日, 祝日), a bound (65歳以上) or a closed bracket. */
const NOTE_VALUE_BEFORE = /[0-9][0-9,]*(?:時|分|秒|円|日|月|年|名|人|歳|才|個|枚|件|回|部|台|本|冊|席|組|点|分間|時間|日間|か月|ヶ月|週間|%)?$|[月火水木金土日]曜日?$|(?:祝日|休日|平日|以上|以下|未満|以降|税込|税別)$|[)）」』】]$/u
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

/**
 * The who-and-where of an announcement, before a blank: 講師は, 会場は, 担当：, 主催は. Blind R123A-031: who takes the desk or the questions
 * (当日の受付は人事課の○○が担当します, ご不明な点は○○まで).
 */
const ANNOUNCED_ROLE = /(?:講師|講演者|会場|場所|開催場所|集合場所|担当|担当者|主催|共催|司会|出演|出演者|ゲスト|指導|案内役|(?:お)?問い?合わ?せ(?:先)?|(?:お)?申し?込み?(?:先)?|連絡先|(?:当日の)?受付|(?:ご)?不明な点|ご質問|ご相談)(?:は|：|:|を|として)[^。！？!?\n]{0,24}$|(?:指定管理者|受託者|委託先|事業者|落札者|受賞者|当選者|詳しくは|詳細は)(?:は|が|：|:|を|として)?[^。！？!?\n]{0,12}$/u

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
/** A slot left as XX that is not a person (XX県, XX市, XX月): the post is a template with blanks. */
const OTHER_X_SLOT = /[Xx]{2,}(?:県|市|町|村|区|都|府|国|月|日|円|時|名|様方|地区|小学校|中学校)/u
/** A prize or a place in a list of winners: 金賞　＊＊＊＊さん, 第1位 ○○○○. */
const AWARD_LABEL = /^[\s・●■◆◇○◎★☆]*(?:最優秀賞|優秀賞|金賞|銀賞|銅賞|大賞|特選|準特選|入選|佳作|優勝|準優勝|第?[0-9一二三四五六七八九十]{1,2}位|[0-9一二三四五六七八九]等(?:賞)?|特別賞|奨励賞|審査員特別賞|グランプリ|準グランプリ|努力賞|市長賞|議長賞|教育長賞)[\s　:：]*$/u
/**
 * Blind R167I-103 kind: a run of two or more X before the word a product or an offer is named by, its origin or maker (XX産うなぎ,
 * XX製の), its pack or serving (XXセット, XXパック, XX人前, XX入り) or its plan (XXコース, XXプラン): the name or the figure never filled
 * in (block). A single X (Xセット) may be a letter of a name; XXL セット is a size (the run stops at no Latin letter).
 */
const PRODUCT_AFTER = /^(?:産(?![業婦卵科])|製(?![品造作図材薬鉄紙氷油糸])|セット|パック|人前|入り|コース|プラン)/u
/** How many runs of two or more X stand apart from other Latin letters in `t` (at most 3 counted). */
function countXRuns(t: string): number {
  let n = 0
  for (const m of t.matchAll(/(?<![A-Za-z])[Xx]{2,4}(?![A-Za-z])/gu)) if (++n >= 3) break
  return n
}
/**
 * Round 55: X letters spaced apart, or spaced from their unit (午前 Ｘ Ｘ 時 Ｘ Ｘ 分, x x 月 x x 日, ＸＸ 時): a value left as XX and
 * spread out (so a closer look is needed to see it), before a counter of time, date, money or people. Two letters at least: a lone X
 * before a space is the service (公式 X で 毎日 配信).
 */
const XSPACED = /(?<![A-Za-z0-9])[Xx](?: ?[Xx]){1,3} ?(?![A-Za-z])(?=(?:時|分|秒|日(?![々本替])|月(?![曜額])|年|円|人|名|歳|才|%|℃)(?![A-Za-z]))/g
/**
 * Blind R160I-005 kind: a figure written with X for its digits, the number's shape kept (寄附額はXX,000円から, 料金 ¥X,XXX, 来場者1X,000人,
 * 最高気温XX.X℃, 体重XX.Xkg), or a run of X before a unit of measure in Latin letters (内容量XXg×2尾, 全長XX cm, XXml): the amount or the
 * quantity never filled in. Digit groups (a comma every three) or a decimal point make it a number, and a counter or a unit follows it (or
 * ¥ opens it); two X at least, or an X among digits (a lone X heading digits may be the service, 公式X,100人, unless an amount's label
 * is right before it: 参加費X,000円). Sizes (XL, XXL, XXS) end in no unit of measure; Xmas, X線 and XXL are words. A product's listing
 * quoted as news keeps its blank (「…蒲焼き XXg×2尾」が新しく加わりました: QUOTED_ITEM_ARRIVES_AFTER).
 */
const XFIGURE = /(?<![A-Za-z0-9.,])(¥\s?)?([0-9Xx]{1,3}(?:,[0-9Xx]{3}){1,3}(?:\.[0-9Xx]{1,2})?|[0-9Xx]{1,3}\.[0-9Xx]{1,2}|[Xx]{2,4}(?=\s?(?:kg|mg|g|ml|mL|cc|cm|mm|km|m|kcal|kWh|ha)(?![A-Za-z])))(?![0-9Xx,.])/g
/** After such a figure: its counter or unit (円, 人, 万円, ℃, kg, g, ml, %), ending its word. */
const XFIGURE_UNIT_AFTER =
  /^\s?(?:万|千|億)?(?:円|人|名|件|世帯|個|枚|台|本|回|歳|才|点|冊|部|戸|棟|区画|尾|匹|頭|杯|食|袋|箱|株|%|℃|°C|°|度|倍|ミリ|センチ|メートル|キロ|グラム|リットル|トン|kg|mg|g|ml|mL|cc|cm|mm|km|m|kcal|kWh|ha|L|t)(?![A-Za-z])/u
/** An amount's label right before its figure: 参加費, 寄附額, 料金：, 価格. */
const AMOUNT_LABEL_BEFORE = /(?:費|額|料|代|価格?|金|賃|[:：])\s?$/u
/** The X figures of `t` as [start, end, unit]. */
function xFigures(t: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = []
  XFIGURE.lastIndex = 0
  for (const m of matchAllOf(XFIGURE, t)) {
    const fig = m[2]!
    const xs = fig.replace(/[^Xx]/gu, '').length
    if (xs === 0) continue
    const a = m.index + m[0].length - fig.length
    const b = a + fig.length
    const unit = XFIGURE_UNIT_AFTER.exec(t.slice(b, b + 8))
    if (!unit && !m[1]) continue
    // One X: after a digit (1X,000), or heading an amount after its label (参加費X,000円, 料金：X,000円); 公式X,100人 is the service.
    if (xs < 2 && !m[1] && !/[0-9][,.]?[Xx]/u.test(fig) && !AMOUNT_LABEL_BEFORE.test(t.slice(Math.max(0, a - 4), a))) continue
    out.push([a, b, unit ? unit[0].trim() : '円'])
  }
  return out
}
/** XX月XX日, ＸＸ時, X月X日 (`run` calls it only on a paragraph with an X or an x). */
function xMasks(t: string, doc: RuleInput['doc'], emit: Emit): void {
  const spaced: Array<[number, number]> = []
  // Blind R160I-005: XX,000円, XX.X℃, XXg: a figure whose digits are left as X.
  for (const [a, b, unit] of xFigures(t)) {
    emitTemplate(t, a, b, unit, doc, emit)
    spaced.push([a, b])
  }
  XSPACED.lastIndex = 0
  for (const m of matchAllOf(XSPACED, t)) {
    // XX時 with no space is read below, like any other run.
    if (!m[0].includes(' ')) continue
    const run = m[0].trimEnd()
    emitTemplate(t, m.index, m.index + run.length, t.slice(m.index + m[0].length, m.index + m[0].length + 4).match(UNIT)?.[0] ?? '', doc, emit)
    spaced.push([m.index, m.index + run.length])
  }
  XMASK.lastIndex = 0
  for (const m of matchAllOf(XMASK, t)) {
    if (spaced.some(([s, e]) => m.index >= s && m.index < e)) continue
    const a = m.index
    const b = a + m[0].length
    const rest = t.slice(b, b + 4)
    const era = ERA_BEFORE.test(t.slice(Math.max(0, a - 2), a))
    // 締切：XX/XX: the whole value of a field.
    const field = m[0].length >= 2 && FIELD_BEFORE.test(t.slice(lineStartNear(t, a, 12), a)) && /^(?:[\/:：\-.~\s、。)）]|$)/u.test(rest)
    // 内線XXX, 電話：XXXX; 【申込先】XXXX課: an extension or a desk left blank in a labelled line.
    // …or a number whose groups are left as X (0944-XX-XXXX): the phone number was never filled in.
    // Blind R236I-012 kind: a group half typed and half X before it (0944-7X-XXXX) is the same number left unfilled.
    const numberLabel = /(?:内線|電話|TEL|FAX|番号|No\.?)[:：]?\s?$/iu.test(t.slice(Math.max(0, a - 6), a)) || /(?:^|[^0-9])[0-9]{2,5}-(?:[0-9]{0,3}[Xx]{1,4}-)?$/u.test(t.slice(Math.max(0, a - 10), a))
    const desk = m[0].length >= 2 && /^(?:課|係|室|局|事務所|事務局|窓口)/u.test(rest) && /(?:【[^】\n]{1,8}】|[:：])\s?$/u.test(t.slice(lineStartNear(t, a, 16), a))
    // 最高気温はＸＸ℃, 降水確率XX%: a measurement left as XX.
    const measure = m[0].length >= 2 && !era && MEASURE.test(rest) && !/^(?:線|型)/u.test(rest)
    // 市道XX線, 県道ＸＸ号: a road's number left blank; 迂回路として XX をご利用ください with another XX in the post: a noun slot.
    const road = m[0].length >= 2 && /(?:市道|県道|国道|町道|村道|林道|農道|路線|バス)\s?$/u.test(t.slice(Math.max(0, a - 3), a)) && /^(?:線|号)/u.test(rest)
    const slot = m[0].length >= 2 && /^\s?(?:を|に|へ|で|から|まで|として|との)(?![a-z])/u.test(rest) && !/[A-Za-z]/u.test(t[a - 1] ?? '') && countXRuns(t) >= 2
    if (road || slot) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    if (m[0].length >= 2 && (numberLabel || desk || measure)) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // 新しい会場はXXXXです, 講師はXXXさん…: a blank in an announcement's who-and-where, before a copula, a particle or the end.
    const announced = m[0].length >= 3 && ANNOUNCED_ROLE.test(t.slice(Math.max(lineStartNear(t, a, 40), a - 40), a)) && /^(?:です|でした|とな|に変更|へ変更|で(?:開催|行|実施)|まで|から|[。、\s]|$)/u.test(rest)
    if (announced) {
      emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    // XXXさん, XX公民館: letters standing for a name or a venue (a person: 伏せ字; a venue: a blank).
    if (m[0].length >= 2 && !UNIT.test(rest) && !era && !field) {
      const r = t.slice(b, b + 13)
      // XX様 with other slots left as XX in the post (XX県からのご支援): a letter's blanks, not a name held back.
      if (PERSON_AFTER.test(r) && OTHER_X_SLOT.test(t)) emitTemplate(t, a, b, '', doc, emit)
      else if (PERSON_AFTER.test(r)) emitFuseji(t, a, b, '伏せ字', '人物の特定や', doc, emit)
      else if (VENUE_AFTER.test(r)) emitTemplate(t, a, b, '', doc, emit)
      // Blind R167I-103 kind: XX産うなぎ, XXセット: what names a product left as XX (its origin, its pack).
      else if (PRODUCT_AFTER.test(r)) emitTemplate(t, a, b, '', doc, emit)
      continue
    }
    if (!UNIT.test(rest) && !era && !field) continue
    if (/^(?:線|型|軸|JAPAN|ゲーム)/u.test(rest)) continue
    const another = /[Xx○〇●△□]/.test(t.slice(b + 1, b + 4)) || /[Xx○〇●△□][月日時年]/.test(t.slice(Math.max(0, a - 4), a))
    if (m[0].length < 2 && !era && !another) continue
    emitTemplate(t, a, b, rest.match(UNIT)?.[0] ?? '', doc, emit)
  }
}

/**
 * Blind R167I-028 kind: an account's handle left as a placeholder after its @ (なりすまし（@XXXXXXXX）, 公式アカウントは@【公式ID】です,
 * @○○○○, @［アカウント名］): a handle is letters, digits and _ only, so a run of X alone, of masks or a bracket after the @ is a blank
 * never filled in (block), whatever the bracket holds (underscores, @＿＿＿＿, are `blanks`'). Not an address (info@xxxx: a letter before
 * the @), not a real handle with X in it (@xx_yanagawa, @XXL_shop: the run goes on into other letters), not a single X (@X).
 */
const HANDLE_SLOT = new RegExp(
  `(?<![A-Za-z0-9._%+\\-])@\\s?(?:[Xx]{2,15}(?![A-Za-z0-9_])|[${MASK}]{2,15}|[\\[［〔【<＜《][^\\[\\]［］〔〕【】<>＜＞《》\\n@]{1,20}[\\]］〕】>＞》])`,
  'gu',
)
function handleSlots(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('@')) return
  HANDLE_SLOT.lastIndex = 0
  for (const m of matchAllOf(HANDLE_SLOT, t)) {
    const a = m.index
    const b = a + m[0].length
    emitTemplate(t, a, b, '', doc, emit, false, handleNamedInBrackets(t, a, b))
  }
  HANDLE_PART_MASKED.lastIndex = 0
  for (const m of matchAllOf(HANDLE_PART_MASKED, t)) {
    const a = m.index
    const b = a + m[0].length
    const { start, end } = doc.fromNorm(a, b)
    if (exampleAround(t, a, b) || HANDLE_AS_EXAMPLE_AFTER.test(t.slice(b, b + 16))) emit({ rule: 'masking/example', start, end })
    else emit({ rule: 'masking/fuseji', start, end, data: { what: '一部を伏せ字にしたアカウント名', risk: 'どのアカウントのことか分からず、' } })
  }
}

/**
 * Blind R265G-029 kind (mlink11): an account's handle written in part and masked for the rest (「柳川市公式」を名乗る @yanagawa_○○○○ という
 * アカウントが確認されています, 偽アカウント（@yana＊＊＊＊_city）にご注意ください, @city_●●●● をフォローしないで): the warning is about one real
 * account, and with its handle cut readers cannot tell which to avoid, or guess at others whose names begin the same (warn). Handle letters
 * first, then two masks at least (a handle that opens with masks is HANDLE_SLOT's blank); not an address (info@…: a letter before the @).
 * Shown as the shape such names take (@yanagawa_○○○○ のような, など, 例：) it is an example.
 */
const HANDLE_PART_MASKED = new RegExp(`(?<![A-Za-z0-9._%+\\-])@\\s?[A-Za-z0-9_]{1,20}[${MASK}]{2,15}[A-Za-z0-9_]{0,20}`, 'gu')
/** After a partly masked handle: the shape names take, not the account (のような, みたいな, など, といった, に似た, と入力). */
const HANDLE_AS_EXAMPLE_AFTER = /^\s?[」』"]?\s?(?:のよう|のよな|みたい|など|等|といった|なんて|に似た|風の|と(?:入力|記入|書))/u

/**
 * Blind R249C-018 kind (unofmask7): the handle left as a placeholder in its own brackets, where the post names the account it warns of or
 * points to (公式アカウントを装った「@〇〇〇〇」にご注意ください, 新しい公式アカウントは『@XXXX』です): the brackets hold the account's
 * name, not an example of how to write one, so the blank is a template's as it is without them. Said to be a way of writing (「@〇〇〇〇」
 * のような, など, と入力), explained, under an example's label or heading, it stays an example.
 */
function handleNamedInBrackets(t: string, a: number, b: number): boolean {
  const open = t[a - 1]
  const close = t[b]
  if (!((open === '「' && close === '」') || (open === '『' && close === '』'))) return false
  return !QUOTE_AS_WAY_AFTER.test(t.slice(b + 1, b + 25)) && !exampleAround(t, a, b)
}
/**
 * Blind R234M-066 kind: a link whose page, folder or host is left as a placeholder run (https://www.city…/bousai/xxxxxx.html, …?id=XXXX,
 * https://xxxx.jp/): the address was never filled in and leads nowhere (block, as a blank date does). Three X at least, standing alone
 * between the URL's separators (/box/, /taxi/ and /xxx-fes/ are words). A fake address shown as a warning (「https://xxxx.com」のような偽サイト,
 * 不審なURL) is an example.
 */
const URL_TOKEN = /(?:https?:\/\/|www\.)[A-Za-z0-9._~:\/?#@!$&'*+,;=%\-]{1,200}/gu
const URL_X_SEGMENT = /(?<=[\/=.])(?:[Xx]{3,16}|\*{3,16})(?=[.\/?#&]|$)/u
const URL_WARNING = /のような|などの|といった|偽|にせ|ニセ|不審|詐欺|フィッシング|なりすまし|架空|迷惑/u
/**
 * Blind R261D-020 kind: a link field holding the scheme alone (受付フォーム：https://（※公開時に差し替え）, 申込はこちら→https://): the address
 * was never pasted in. Shown as how an address begins (「https://」で始まる, https://から始まる) it is a mention.
 */
const BARE_SCHEME = /https?:\/\/(?![A-Za-z0-9\[])/gu
const SCHEME_MENTION = /^[」』"]|^(?:で|から)(?:始ま|はじま)|^(?:の|を|は)(?:後|あと|部分|つ|付)/u
function urlSlots(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('://') && !t.includes('www.')) return
  BARE_SCHEME.lastIndex = 0
  for (const m of matchAllOf(BARE_SCHEME, t)) {
    const b = m.index + m[0].length
    if (/[「『"]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) || SCHEME_MENTION.test(t.slice(b, b + 6))) continue
    emitTemplate(t, m.index, b, '', doc, emit)
  }
  URL_TOKEN.lastIndex = 0
  for (const m of matchAllOf(URL_TOKEN, t)) {
    const x = URL_X_SEGMENT.exec(m[0])
    if (!x) continue
    const line = t.slice(lineStartNear(t, m.index, 80), Math.min(t.length, m.index + m[0].length + 16))
    if (URL_WARNING.test(line)) continue
    emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit)
  }
}

/** ??時??分: question marks standing for a value before a unit. */
const QMASK = /(?<![0-9?])\?{2,4}(?=時|分|日|月|円|名|人|回|年|歳)/g

function questionMasks(t: string, doc: RuleInput['doc'], emit: Emit): void {
  if (!t.includes('??')) return
  QMASK.lastIndex = 0
  for (const m of matchAllOf(QMASK, t)) {
    const b = m.index + m[0].length
    emitTemplate(t, m.index, b, t.slice(b, b + 4).match(UNIT)?.[0] ?? '', doc, emit)
  }
}

/**
 * Blind R100A-043: a note to self in round brackets, to the one who writes (※担当：, 広報：) or not, saying the value goes in after a check or
 * later (金額を確認して記入, 後で入れる, 決まり次第記入). No reader is told to do it: an ending of a request (してください) is no match.
 */
const SELF_NOTE =
  /[(（]\s?※?\s?(?:(?:担当|担当者|作成者|入力者|広報|自分|私|メモ)\s?[:：]\s?)?[^()（）【】［］\[\]\n。]{0,12}?(?:(?:確認|聞い|調べ|問い合わせ|相談|チェック)(?:して(?:から)?|の(?:上|うえ)|後に?|次第)|あとで|後で|後ほど|のちほど|決まったら|決まり次第|決定次第|確定したら|確定次第|わかったら|分かったら)[^()（）【】［］\[\]\n。]{0,8}?(?:記入|入力|入れる|入れとく|入れておく|書く|書いとく|書き込む|追記|差し替え|差替え?|埋める)(?:する|予定|のこと|すること)?\s?[)）]/gu
/** Someone else fills it in (職員が確認して記入, 窓口で記入): a form's explanation, not a note left. */
const THIRD_PARTY_FILLS = /(?:職員|係員|窓口|受付|市役所|事務局|市|学校|医療機関|病院)(?:が|で|にて)/u

/** ＿＿＿円, （　）月（　）日, 料金：＿＿＿. */
/** A to-do about a field in round brackets: （日時：要確認）, (料金 TBD). */
const PAREN_NOTE = /[(（]([^()（）\n]{2,22})[)）]/gu

/**
 * Blind GW-130: a rule of underscores on a line of its own (＿＿＿＿＿＿＿＿＿＿＿＿ above and below 柳川市 令和8年度 当初予算の概要, or under
 * ■ 体育祭のご案内): decoration that frames or underlines a heading, not a blank. It is a rule when another such line frames the
 * heading, or when the line above is a heading (short, no full stop, not a field name or a label waiting for its value: 会場：⏎＿＿＿
 * and 氏名⏎＿＿＿ are blanks to fill in).
 */
const RULE_LINE = /^[ \t]*_{6,}[ \t]*$/u
/** A line that may be a heading: short, no full stop, not a field name or a label waiting for its value. */
function headingLine(l: string): boolean {
  return l !== '' && l.length <= 40 && !/[。:：]$/u.test(l) && !/。/u.test(l) && !SLOT_FIELD.test(l) && !NAMED_FIELD.test(l) && !RULE_LINE.test(l)
}
/** The next non-empty lines from the line starting at `ls` (up to two, at most four lines away), going up (`dir` -1) or down (1). */
function nearLines(t: string, ls: number, dir: -1 | 1): string[] {
  const out: string[] = []
  let s = ls
  for (let k = 0; k < 4 && out.length < 2; k++) {
    let start: number
    let end: number
    if (dir < 0) {
      if (s === 0) break
      end = s - 1
      start = t.lastIndexOf('\n', end - 1) + 1
      s = start
    } else {
      const e = t.indexOf('\n', s)
      if (e < 0) break
      start = e + 1
      end = t.indexOf('\n', start)
      if (end < 0) end = t.length
      s = start
    }
    const l = t.slice(start, Math.min(end, start + 200)).trim()
    if (l !== '') out.push(l)
  }
  return out
}
function ruleLine(t: string, a: number, b: number): boolean {
  const ls = lineStartNear(t, a, 8)
  const le = lineEndNear(t, b, 8)
  if (!RULE_LINE.test(t.slice(ls, le))) return false
  const up = nearLines(t, ls, -1)
  const down = nearLines(t, ls, 1)
  // Framed: rule, heading, rule (either side of the heading).
  if ((headingLine(up[0] ?? '') && RULE_LINE.test(up[1] ?? '')) || (headingLine(down[0] ?? '') && RULE_LINE.test(down[1] ?? ''))) return true
  // Underlining the heading just above it (the line right above, not across a blank line).
  if (ls === 0) return false
  const above = t.slice(lineStartNear(t, ls - 1, 80), ls - 1).trim()
  return headingLine(above)
}

function blanks(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
  // (`on & ON.paren` is exactly /[(（]/.test(t).)
  if (on & ON.paren && on & ON.todo && /要|TB[DCA]|未確認|確認待ち/iu.test(t)) {
    PAREN_NOTE.lastIndex = 0
    for (const m of matchAllOf(PAREN_NOTE, t)) if (fieldTodo(m[1]!)) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
  }
  if (on & (ON.paren | ON.square) && on & ON.draft && /[(（【［\[]\s?[※TtA要確未あ後決差]/.test(t)) {
    DRAFT_NOTE.lastIndex = 0
    for (const m of matchAllOf(DRAFT_NOTE, t)) {
      // 【要確認】確定申告の期限が変わりました: a heading that opens its line asks the reader to check, it is no note left to fill.
      if (/^[【［\[]/u.test(m[0]) && /^(?:要確認|要チェック)/u.test(m[0].slice(1).trim()) && t.slice(lineStartNear(t, m.index, 4), m.index).trim() === '' && /\S/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue
      emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
    }
  }
  // Blind R100A-043: a writer's note to self left in round brackets where a value belongs (寄附金額：（※担当：金額を確認して記入）円,
  // 講師：（名前は後で入れる）): an instruction to fill in after a check or later, never filled.
  if (on & ON.paren && on & ON.draft) {
    SELF_NOTE.lastIndex = 0
    for (const m of matchAllOf(SELF_NOTE, t)) {
      if (THIRD_PARTY_FILLS.test(m[0])) continue
      const lineBefore = t.slice(lineStartNear(t, m.index, 24), m.index)
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 6)
      if (FIELD_BEFORE.test(lineBefore) || UNIT.test(after) || COUNTER_AFTER.test(after) || /^(?:は|が|を|に|で)\s?$/u.test(lineBefore.slice(-1))) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit, true)
    }
  }
  if (!(on & ON.under) && !(on & (ON.paren | ON.square | ON.slot) && /[(（【[［〔]\s/.test(t))) return
  BLANK.lastIndex = 0
  for (const m of matchAllOf(BLANK, t)) {
    const a = m.index
    const b = a + m[0].length
    const rest = t.slice(b, b + 4)
    const lineBefore = t.slice(lineStartNear(t, a, 12), a)
    const underscore = m[0][0] === '_'
    // Blind R123A-018: a measure's counter after the blank counts as a unit (上限は＿＿万円, 定員＿＿席, ＿＿倍).
    const unitAfter = UNIT.test(rest) || MEASURE.test(rest)
    // Identifiers (snake_case) have letters on both sides; a blank stands alone.
    if (underscore && (/[A-Za-z0-9]/.test(t[a - 1] ?? '') || /[A-Za-z0-9]/.test(t[b] ?? ''))) continue
    // Blind R99A-028: one or two underscores where a word of the sentence goes, run into it with a kana or kanji before (毎週＿曜日, 第＿回, 第＿土曜日,
    // 定員は＿名) or standing as a noun between particles (集合場所は＿＿です, 会場を＿に変更): a blank, not a face (>_<) or an identifier.
    const wordBlank = underscore && m[0].length <= 2 && ((isJapaneseLetter(t[a - 1]) && (unitAfter || (t[a - 1] === '第' && /^[月火水木金土日]曜/u.test(rest))) && !/^人人/u.test(rest)) || (/[はがをにで]/u.test(t[a - 1] ?? '') && isKanji(t[a - 2]) && /^(?:です|でした|でございます|が|を|は|に|で|から|まで|と|へ|も)/u.test(rest)))
    // A single ＿ is a blank only before a unit with another blank or an era nearby (＿月＿日, 令和＿年).
    if (underscore && m[0].length === 1 && !wordBlank) {
      const near = t.slice(Math.max(0, a - 4), a) + t.slice(b + 1, b + 5)
      if (!unitAfter || !(near.includes('_') || ERA_BEFORE.test(t.slice(Math.max(0, a - 2), a)))) continue
    }
    const ok = unitAfter || wordBlank || (underscore && (m[0].length >= 3 || FIELD_BEFORE.test(lineBefore)))
    if (!ok) continue
    // ［　］日曜日　［　］月曜日: a box to tick before a weekday's name (a reply form's choices), not a month or a day left blank.
    if (!underscore && /^[月日]曜/u.test(rest)) continue
    if (underscore && ruleLine(t, a, b)) continue
    emitTemplate(t, a, b, rest.match(UNIT)?.[0] ?? rest.match(MEASURE)?.[0] ?? '', doc, emit)
  }
}

/**
 * Blind R81A-008: a date or a time whose numbers were left as spaces, the units typed and the figures not (令和7年　月　日（　）から
 * 　月　日（　）まで, 令和　年　月　日, 午後　時　分から, 10月1日（　）): a form's blank for a date, never filled. In the normalised
 * text each full-width space is one space, so a blank is a run of one to six spaces where a figure goes: before 年 after an era
 * (令和　年), before 月 then before 日 (after a year, or with the weekday's bracket left empty or a range's から/まで after it), before
 * 時 then before 分, or a weekday's bracket left empty after a day (1日（　）). A weekday list (定休日：月 日 祝) has no year, no empty
 * bracket and no range after it; a date with its figures (令和7年 10月 1日) has none of these gaps.
 */
const BLANK_DATE = new RegExp(
  [
    // 令和　年(　月　日): a blank year after an era, with its month and day if they follow.
    '(?:令和|平成|昭和|西暦)[ ]{1,6}年(?:[ ]{1,6}月[ ]{1,6}日)?(?:[ ]?\\([ ]{1,6}\\))?',
    // (令和7年)　月　日, 　年　月　日: a blank month and day after a year.
    '(?<=年)[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\))?',
    '(?<![0-9〇一二三四五六七八九十元][ ]{0,5})[ ]{1,6}年[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\))?',
    // 　月　日（　）, 　月　日から: a blank month and day with an empty weekday or a range after them.
    '(?<![0-9〇一二三四五六七八九十][ ]{0,5})[ ]{1,6}月[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\)|(?=[ ]?(?:から|まで|~|-|に(?:開催|実施|行い)|より)))',
    // Blind R236I-012 kind: the month typed and the day left as a space, with an empty weekday or a range after it (7月　日（　）).
    '(?<=[0-9〇一二三四五六七八九十]月)[ ]{1,6}日(?:[ ]?\\([ ]{1,6}\\)|(?=[ ]?(?:から|まで|~|-)))',
    // 午後　時　分, 　時　分から: a blank hour and minute.
    '(?:午前|午後)[ ]{1,6}時(?:[ ]{1,6}分)?',
    '(?<![0-9〇一二三四五六七八九十][ ]{0,5})[ ]{1,6}時[ ]{1,6}分',
    // 10月1日（　）: a weekday's bracket left empty after a day with its figures, or after a day left as an empty bracket itself
    // (【　】月【　】日【　】: blind R82A-012), in any bracket (（　）, 【　】, ［　］, 〔　〕).
    '(?<=(?:[0-9〇一二三四五六七八九十]|[(【\\[〔][ ]{1,6}[)】\\]〕])日[ ]?)(?:\\([ ]{1,6}\\)|【[ ]{1,6}】|\\[[ ]{1,6}\\]|〔[ ]{1,6}〕)',
  ].join('|'),
  'gu',
)

function blankDates(t: string, doc: RuleInput['doc'], emit: Emit): void {
  BLANK_DATE.lastIndex = 0
  for (const m of matchAllOf(BLANK_DATE, t)) emitTemplate(t, m.index, m.index + m[0].length, '', doc, emit)
}

/**
 * Instructions to the writer left in the text: ここに告知文を入れる, 本文をここに入力してください, （URLを入れる）, (写真を貼る),
 * （ここに商品名）, （日付を入力）; blind R236I-049 kind: the field said to go there (（店名入る）, （会場名が入ります）); not a
 * request to the reader (ここに氏名を記入してください).
 */
const LEFT_INSTRUCTION =
  /(?:ここに|こちらに)(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像)(?=[＊*■□◆◇●○\s]|$)|(?:ここに|こちらに)(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像|ハッシュタグ|URL|リンク)(?:を)?(?:入力|記入|挿入|入れる|入れて|貼り付け|追加)(?:して(?:ください|下さい)|する|ください)?|(?:本文|タイトル|見出し|キャプション|説明文|告知文|文章|写真|画像|ハッシュタグ|URL|リンク)を(?:ここ|こちら)に(?:入力|記入|挿入|入れる|入れて|貼り付け|追加)(?:して(?:ください|下さい)|する|ください)?|[#＃](?:ハッシュタグ|タグ名|hashtag)(?![\p{L}\p{N}])|(?:ここに|こちらに)[^。、\n]{0,16}?(?:を)?(?:入れる|入力|記入|挿入|貼る|貼り付け|書く)(?![てしくでさ]|欄|ところ|場所|スペース|こと|よう|方法)|[（(][^()（）\n]{0,12}?(?:を)?(?:入れる|入れて|入力する|記入する|挿入する|貼る|貼り付ける|差し込む|書く)[)）]|[（(]\s?(?:ここに|こちらに)[^()（）\n]{0,10}?(?:名|文|文章|URL|画像|写真|説明|タイトル|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|キャプション|リンク)\s?[)）]|[（(]\s?(?:日付|日時|時間|時刻|場所|会場|会場名|店名|商品名|施設名|イベント名|講師名|団体名|タイトル|本文|URL|リンク|金額|料金|価格|写真|画像)(?:を?(?:入力|記入|挿入)|が?(?:入る|入ります))\s?[)）]/gu

/**
 * Round 61 (blind R61A-074): a placeholder note the writer left where a name or a text goes, framed by note marks instead of brackets
 * (★ここに出演者名★, ☆ここに講師の名前☆, ◆こちらに会場の住所◆) or standing alone on its own line (ここに出店者名を入れとく): ここに/こちらに
 * and the field that goes there (a word ending in 名, 名前, 写真, 説明, 日時…), at most with a plain verb of putting it in — a note to
 * the writer, not a sentence. A frame is the same mark on both sides; a request to the reader (ここに…を記入してください) has a polite
 * ending and is no note; ★ここに注目★, ★ここに集合★ name no field.
 */
const NOTE_MARKS = '★☆※◆◇■□●▼▽♪'
const FRAMED_NOTE = new RegExp(`([${NOTE_MARKS}])[ \\t　]{0,2}((?:ここに|こちらに)[^\\n${NOTE_MARKS}]{1,20}?)[ \\t　]{0,2}\\1`, 'gu')
const LINE_NOTE = /(?<=^|\n)[ \t　]{0,4}((?:ここに|こちらに)[^\n]{1,20}?)[ \t　]{0,4}(?=\n|$)/gu
const NOTE_FIELD =
  '(?:名|氏名|名前|お名前|文|文章|URL|画像|写真|説明|説明文|タイトル|見出し|本文|日付|日時|場所|会場|時間|金額|価格|料金|内容|コメント|キャプション|リンク|番号|住所|連絡先|プロフィール|概要|告知文|紹介文)'
const NOTE_BODY = new RegExp(
  `^(?:ここに|こちらに)\\s?(?:[\\p{Script=Han}ァ-ヶーA-Za-z・]{1,10}の)?[\\p{Script=Han}ァ-ヶーA-Za-z・]{0,10}${NOTE_FIELD}(?:を?(?:入れる|入れとく|入れといて|入れて|入力|記入|挿入|追加|貼る|貼り付け|書く|差し込む|差し替え)(?:こと)?)?$`,
  'u',
)

function leftInstructions(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
  // (/入れ|入力|記入|挿入|貼|差し込|書|ハッシュタグ|タグ名|hashtag|ここに|こちらに|入る|入りま/iu.test(t), its words but hashtag read from ON.left.)
  if (!(on & ON.left) && !(on & ON.h && /hashtag/iu.test(t))) return
  const taken: Array<[number, number]> = []
  if (t.includes('ここに') || t.includes('こちらに')) {
    for (const re of [FRAMED_NOTE, LINE_NOTE]) {
      re.lastIndex = 0
      for (const m of matchAllOf(re, t)) {
        const body = (re === FRAMED_NOTE ? m[2] : m[1])!.trim()
        if (!NOTE_BODY.test(body)) continue
        const a = re === FRAMED_NOTE ? m.index : m.index + m[0].indexOf(body)
        const b = re === FRAMED_NOTE ? m.index + m[0].length : a + body.length
        if (taken.some(([x, y]) => x < b && a < y)) continue
        taken.push([a, b])
        emitTemplate(t, a, b, '', doc, emit, true)
      }
    }
  }
  LEFT_INSTRUCTION.lastIndex = 0
  for (const m of matchAllOf(LEFT_INSTRUCTION, t)) {
    if (taken.some(([x, y]) => x < m.index + m[0].length && m.index < y)) continue
    // Inside 【…】 or […] it is a slot, reported by `slots`.
    if (/[\[［〔【<＜《{｛]$/u.test(t.slice(Math.max(0, m.index - 1), m.index))) continue
    // Blind LN-008 kind: a step's circled number (②ハッシュタグ…をつけて投稿) is # in the normalised view, not a hashtag's sign: no tag left unfilled.
    if (/^[#＃]/u.test(m[0]) && !/^[#＃]/u.test(doc.raw.slice(doc.fromNorm(m.index, m.index + 1).start))) continue
    // The instruction alone in quotes where the name goes (新しく「（ここに商品名）」が仲間入り) is a blank, not a quoted example
    // (「ここに本文を入力」と表示されたら is one).
    const b = m.index + m[0].length
    const named = /[「『]$/u.test(t.slice(Math.max(0, m.index - 1), m.index)) && /^[」』](?![とっ])/u.test(t.slice(b, b + 2))
    emitTemplate(t, m.index, b, '', doc, emit, true, named)
  }
}

/** Fields only a draft template has (【タイトル】, 【本文】, 【見出し】): never a heading of a published post. */
/** A line that names a template's field (本文：, 見出し：, 画像：, キャプション：). */
const TEMPLATE_FIELD_LINE = /(?:^|\n)\s*(?:本文|見出し|小見出し|リード文?|キャプション|画像|写真|ハッシュタグ)\s?[:：]/u
const TEMPLATE_ONLY_FIELD = /^(?:タイトル|サブタイトル|見出し|小見出し|本文|リード文?|キャプション|説明文|告知文)$/u
/**
 * Round 56 (blind R56A-038): a mail-merge field the tool left unfilled, {{料金}}円, {{ 担当課 }}, ${開催日}, <<会場>>, «氏名»: doubled
 * braces (or ${…}) around a field's name are a template's syntax, never prose, wherever they stand (a heading, a field's value, the
 * end of a line); <<…>> and «…» also decorate headings (<<お知らせ>>), so there only a field's name counts (会場, 日付, ゲスト名, an
 * ASCII identifier). A kaomoji's braces ({{ (>_<) }}) hold no name; a field shown as how to write one ({{氏名}}のように) is an example.
 */
const MERGE_FIELD = /\{\{\s{0,2}([^{}\n]{1,30}?)\s{0,2}\}\}|\$\{\s?([^{}\n]{1,30}?)\s?\}|<<\s?([^<>\n]{1,24}?)\s?>>|«\s?([^«»\n]{1,24}?)\s?»/gu
/** A field's name: letters, digits and joiners, no sentence (no particle run, no punctuation). */
const MERGE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-・ ]{0,29}$/u
const MERGE_FIELD_NAME = /^(?:[A-Za-z_][A-Za-z0-9_.]{0,29}|[\p{Script=Han}ァ-ヶー]{0,6}(?:課|係|室|日|日時|時間|時刻|名|者|額|料|費|先|番号|場所|会場|住所|期限|締切|URL))$/u
const MERGE_SHOWN = /^\s?(?:のよう|などの|などと|といった|と(?:書|記入|入力)|の(?:部分|欄)(?:に|は))/u
function mergeFields(t: string, doc: RuleInput['doc'], emit: Emit): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  MERGE_FIELD.lastIndex = 0
  for (const m of matchAllOf(MERGE_FIELD, t)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim()
    if (!MERGE_NAME.test(inner)) continue
    const doubled = m[1] !== undefined || m[2] !== undefined
    if (!doubled && !SLOT_FIELD.test(inner) && !NAMED_FIELD.test(inner) && !MERGE_FIELD_NAME.test(inner)) continue
    const a = m.index
    const b = a + m[0].length
    spans.push([a, b])
    if (MERGE_SHOWN.test(t.slice(b, b + 8))) {
      const { start, end } = doc.fromNorm(a, b)
      emit({ rule: 'masking/example', start, end })
      continue
    }
    const unit = UNIT.exec(t.slice(b, b + 4))?.[0] ?? MEASURE.exec(t.slice(b, b + 4))?.[0] ?? ''
    emitTemplate(t, a, b, unit, doc, emit, true)
  }
  return spans
}

/** A field naming a kind of date, time or place (変更日, 開催日時, 受付期間, 集合場所): its slot holds a value. */
const VALUE_FIELD = /^[\p{Script=Han}ァ-ヶー]{1,6}(?:日|日時|日程|期間|時間|時刻|場所|会場|金額|番号|住所)$/u
/** After a date or place slot: the phrase it is the value of (【変更日】から, 【開催場所】にて). */
const VALUE_PHRASE_AFTER = /^(?:から|まで|より|以降|以前|に(?!つ)|にて|で(?:開催|行|実施))/u
/** The nouns a named field's slot stands before (【地区名】地区, 【町名】町内): its own stem or a place's kind. */
const PLACE_HEAD = /^(?:地区|町|市|区|村|校区|小学校|中学校|公民館|行政区)/u
/** A date's or a time's field (日付, 曜日, 開始日, 受付終了時刻): its slot stands for a day or an hour. */
const DATE_SLOT = /^(?:日付|日にち|日時|時間|時刻|曜日|date|time)$|^(?:開始|終了|開催|受付|締切|申込|実施|変更|提出|納付|予定|集合|出発|発送|公開|掲載)(?:日|日時|時間|時刻)$/iu
/** Before a date's slot: the figures of a date it completes (令和8年1月【日付】, 10時【分】) or a range mark (〜【日付】). */
const DATE_BEFORE = /(?:[0-9](?:年|月|日|時)|[〜~～])\s?$/u
/** After it: a range mark (【日付】〜). */
const RANGE_AFTER = /^\s?[〜~～]/u
/**
 * A day known by its own name, not a field's (元日, 大晦日, 祝日, 当日, 天皇誕生日, 建国記念日): 2026年【元日】のお知らせ is a title; a
 * holiday in brackets names the day the notice is about, there is nothing to fill in.
 */
const NAMED_DAY = /^(?:元日|元旦|大晦日|大みそか|正月|祝日|休日|平日|当日|前日|翌日|本日|今日|明日|初日|最終日|毎日|土日|[\p{Script=Han}]{0,4}記念日|天皇誕生日)$/u
/**
 * Blind R78A-044: a field's name in brackets left where its value goes, right before the value's counter or the word it goes with
 * (参加費：男性【金額】円, 定員【人数】名, 講師は【講師名】先生, 【施設名】前に集合): a field of an amount or a count before its counter
 * (円, 名, 人, 件, 台 … ending the word: 【定員】名簿, 【料金】回数券 go on into another word), a person's field before an honorific or
 * a title, a place's field before where at it (前, 内, 入口, 駐車場). A label heading its value (【料金】500円, 【定員】20名) has a figure
 * between.
 */
const QUANTITY_FIELD =
  /^(?:[\p{Script=Han}ァ-ヶー]{0,6}(?:金額|料金|価格|費用|人数|定員|件数|台数|枚数|個数|回数|戸数|世帯数|席数|部数|冊数|年齢|単価)|(?:参加|受講|入場|入館|入園|観覧|利用|使用|駐車|手数|年会|月会|交通|宿泊|材料|教材|食事|保険|出店|送)(?:料|費)|会費|代金|額)$/u
const COUNTER_AFTER = /^(?:万円|千円|円|名|人|組|件|台|枚|個|回|歳|才|世帯|戸|部|冊|席|食|泊|本|か所|箇所|カ所|ヶ所|%)(?:様|分|程度|以上|以下|以内|未満|前後|ずつ|まで|から)?(?![\p{Script=Han}\p{Script=Katakana}])/u
const PERSON_FIELD = /^(?:氏名|名前|お名前|[\p{Script=Han}ァ-ヶー]{0,6}(?:者名|師名|員名|長名|手名|の名前|氏名)|講師|担当者)$/u
const PLACE_FIELD = /^(?:[\p{Script=Han}ァ-ヶー]{0,6}(?:場所|会場|会場名|施設名|館名|公園名|駅名|店名|店舗名|校名|集会所名)|会場|場所)$/u
const AT_PLACE_AFTER = /^(?:前|内|横|裏|付近|周辺|入口|入り口|正面|駐車場|玄関)(?:で|に|の|へ|を|まで|から|集合|[、。!！\s]|$)/u
/** Whether a field's name in brackets stands right before its value's counter or the word it goes with (see above). */
function beforeItsWord(inner: string, after: string): boolean {
  return (QUANTITY_FIELD.test(inner) && COUNTER_AFTER.test(after)) || (PERSON_FIELD.test(inner) && PERSON_AFTER.test(after)) || (PLACE_FIELD.test(inner) && AT_PLACE_AFTER.test(after))
}
/** Whether a field's name in brackets is run into the sentence as its value (see `slots`). */
function ranIntoSentence(inner: string, next: string, lineBefore: string): boolean {
  if (VALUE_FIELD.test(inner) && !NAMED_DAY.test(inner)) return VALUE_PHRASE_AFTER.test(next) || (/[\p{L}\p{N}][、,]?$/u.test(lineBefore) && SLOT_IN_SENTENCE.test(next) && !/^\s*$/u.test(next))
  if (!NAMED_FIELD.test(inner)) return false
  const stem = inner.replace(/(?:の名前|氏名|名)$/u, '')
  return (stem.length >= 2 && next.startsWith(stem.slice(-2))) || PLACE_HEAD.test(next)
}

/**
 * Blind TV-085 kind: after a bracketed field, the words that make it an example of a notation (【タイトル】のような見出し, 【日時】【会場】といった
 * 項目名, 【お知らせ】などの見出しを付ける, ［URL］のように書く): a likeness word (のような, といった, などの) and, within a few
 * characters, a word of notation or of writing it (見出し, 表記, 項目, 書き方; 書く, 記入). 【店名】のような老舗, 【会場名】などで販売, 【食材名】
 * などを入れて, 【会場名】と書かれた看板 name no notation or say no likeness: still slots.
 */
const SLOT_MENTION_AFTER =
  /^(?:[「『【［\[][^」』】］\]\n]{1,12}[」』】］\]]){0,3}(?:のよう|みたいな|みたいに|といった|という|などの)[^。！？!?\n]{0,10}?(?:見出し|表記|書き方|書式|形式|ラベル|記号|括弧|かっこ|カッコ|項目|テンプレート|テンプレ|ひな形|雛形|フォーマット|(?:書|記)(?:く|いて|いた|き|す|して|した|入|載))/u
/**
 * Blind R288S-020 kind: a field's name framed by marks inside the bracket (【◆時刻◆】, 【★日付★】, ［■場所■］, 【※名称※】), or a bracket of
 * one mark repeated (【●●】, ［＊＊＊］), left in the middle of a sentence (復旧は【◆時刻◆】ごろの見込み, 会場は【●●】です): the writer's
 * marked blank, never filled. Whatever follows it (ごろ, 頃, 以降 as well as a particle). A decorated heading label heading its line with
 * its value after it (【◆日時◆】10月5日, 【★会場★】市民会館) has nothing before it and no particle after: a label, not a slot. Plain
 * headings (【お知らせ】, 【重要】, 【★重要★】) name no field.
 */
const FRAMED_FIELD = /^[★☆◆◇●○■□▲△▼▽※◎]{1,3}\s?([^★☆◆◇●○■□▲△▼▽※◎\s]{1,12})\s?[★☆◆◇●○■□▲△▼▽※◎]{1,3}$/u
const FRAMED_EXTRA_FIELD = /^(?:名称|日にち|時間帯|見込み時刻|復旧時刻|再開時刻|地区名|町名)$/u
const ONE_MARK_REPEATED = /^([○〇◯●×■□▲△◆◇〓＊*])\1{1,7}$/u
const PARTICLE_AFTER_SLOT = /^(?:[にではをがのへとも]|から|まで|より)/u
function framedSlot(inner: string, lineBefore: string, after: string): boolean {
  const mid = /[\p{L}\p{N}]/u.test(lineBefore)
  const f = FRAMED_FIELD.exec(inner)
  if (f) {
    const field = f[1]!
    return (SLOT_FIELD.test(field) || NAMED_FIELD.test(field) || DATE_SLOT.test(field) || FRAMED_EXTRA_FIELD.test(field)) && (mid || PARTICLE_AFTER_SLOT.test(after))
  }
  // A rating's marks (難易度は【●●●】, おすすめ度【■■】) are a score, not a blank.
  return ONE_MARK_REPEATED.test(inner) && mid && /^[\p{L}\p{N}]/u.test(after) && !/(?:度|評価|レベル|ランク|星|点)(?:は|：|:)?\s?$/u.test(lineBefore)
}
/** 〔日付〕に…, 詳細は[URL]を, 会場：＜会場名＞, 【タイトルを入れる】 (`run` calls it only on a paragraph with an opening bracket of SLOT). */
function slots(t: string, doc: RuleInput['doc'], emit: Emit, on: number, merged: ReadonlyArray<[number, number]> = []): void {
  SLOT.lastIndex = 0
  for (const m of matchAllOf(SLOT, t)) {
    const inner = m[1]!.trim()
    const a = m.index
    const b = a + m[0].length
    // Inside a merge field ({{料金}}), reported by `mergeFields`.
    if (merged.some(([x, y]) => x <= a && b <= y)) continue
    // Blind R167I-028: a slot right after an @ (@【公式ID】) is the handle's, reported by `handleSlots`.
    if (/@\s?$/u.test(t.slice(Math.max(0, a - 2), a))) continue
    const lineBefore = t.slice(lineStartNear(t, a, 12), a)
    // (Worked out when asked: a heading 【お知らせ】 needs neither.)
    let nextText: string | undefined
    const next = () => (nextText ??= t.slice(b, b + 4).replace(/^[\]］〕】>＞》}｝]+/u, ''))
    // A to-do (【★ここに金額・担当確認★】円から, 定員［人数・係長に確認］名) counts where it stands in a sentence or a field's value,
    // not heading a line (【要確認】確定申告の期限は…).
    const inSentence = () => (/[\p{L}\p{N}]/u.test(lineBefore) && (SLOT_IN_SENTENCE.test(next()) || UNIT.test(next()))) || FIELD_BEFORE.test(lineBefore)
    // Each note only where the paragraph holds a literal its patterns need (ON: the inside is part of the paragraph).
    // Blind LO-1: a heading label whose aside only tells the reader the value is not settled yet (【会場（未定）】⏎決まり次第お知らせします,
    // 【日時（調整中）】, ■講師（未確定）): the post's own notice that it will follow, not a to-do the writer left in a slot. A field in a
    // sentence or a field's value (会場：【会場名（未定）】, 講師は【講師名（未定）】先生), a named field (〜名) and a to-do (要確認, TBD) stay slots.
    if (headingStatus(inner, lineBefore, t.slice(b, b + 4))) continue
    // Blind KY-058 kind: a form's field named as the topic heading a line (【申告書のマイナンバー記入欄】住民税の申告書には…, 【口座番号の入力欄】⏎
    // …): 欄 is the form's box the post explains, not a slot the writer left to fill. A box in a field's value (氏名：【記入欄】) stays a slot.
    if (/(?:記入|入力)欄$/u.test(inner.trim()) && lineBefore.trim() === '' && /^\s{0,2}[\p{L}\p{N}]/u.test(t.slice(b, b + 4))) continue
    const instruction =
      ((on & ON.instruct) !== 0 && slotNote(inner)) || ((on & (ON.instruct | ON.slotTodo)) !== 0 && inSentence() && slotNote(inner, true)) || ((on & ON.todo) !== 0 && fieldTodo(inner))
    // 【タイトル】 with the template's other fields in the post (本文：…, 画像：…): scaffolding left in, wherever it stands.
    const scaffold = m[0][0] === '【' && (on & ON.fieldLine) !== 0 && TEMPLATE_ONLY_FIELD.test(inner) && TEMPLATE_FIELD_LINE.test(t)
    // Blind R69A-126: a field's name in 【】 run into the sentence as its value (【地区名】地区の燃えないごみ…, 収集日が、【変更日】から第2・
    // 第4金曜日に): a kind of date or place (〜日, 〜日時, 〜期間, 〜場所) going on into から, まで or に, or mid-line; a named field
    // (〜名) before the noun it names (【地区名】地区, 【町名】町内). A heading label (【休館日】毎週月曜日, 【収集日】のお知らせ) is not this.
    // Blind R163A-094 kind: the template's title field left heading the post, its headline written after it on the same line (【タイトル】
    // 読書週間 職員おすすめ本の紹介, 【件名】年末年始の窓口業務のお知らせ): a notice's headline ends in what it is (紹介, お知らせ, 募集…); a
    // work's title after the label (【タイトル】星の王子さま, 【タイトル】となりのトトロ⏎【上映日】…) is a record's field, not scaffolding.
    // Team R40B-136 kind: …or the body's sentences run on right after it (【タイトル】猛暑日が続いています。…補給してください。): the title was
    // never written, the label left where it should stand.
    const headlineField = m[0][0] === '【' && HEADLINE_FIELD.test(inner) && /^\s*$/u.test(t.slice(0, a)) && (HEADLINE_AFTER.test(t.slice(b, lineEndNear(t, b, 60))) || BODY_AFTER_TITLE.test(t.slice(b, lineEndNear(t, b, 120))))
    const runInto = !instruction && !scaffold && !headlineField && ranIntoSentence(inner, next(), lineBefore)
    // Blind R73A-050: a date's field in brackets inside a date or a range (令和8年1月【日付】〜【日付】, 期間：【開始日】〜【終了日】): the day
    // was never filled in. A label heading its line (【受付期間】〜3月31日) has nothing before it.
    const inDate = !instruction && !scaffold && !runInto && DATE_SLOT.test(inner) && (DATE_BEFORE.test(lineBefore) || (RANGE_AFTER.test(next()) && /[\p{L}\p{N}]/u.test(lineBefore)))
    // Blind R78A-044: before its value's counter or word (男性【金額】円, 【人数】名, 【講師名】先生, 【施設名】前に集合).
    const beforeWord = !instruction && !scaffold && !runInto && !inDate && beforeItsWord(inner, t.slice(b, b + 8).replace(/^[\]］〕】>＞》}｝]+/u, ''))
    // Blind R288S-020 kind: a field framed by marks, or a bracket of one mark repeated, in the middle of a sentence (復旧は【◆時刻◆】ごろ).
    const framed = !instruction && !scaffold && !runInto && !inDate && !beforeWord && framedSlot(inner, lineBefore, next())
    if (!instruction && !scaffold && !headlineField && !runInto && !inDate && !beforeWord && !framed) {
      // (NAMED_FIELD ends in 名 or 前.)
      if (!SLOT_FIELD.test(inner) && !((inner.endsWith('名') || inner.endsWith('前')) && NAMED_FIELD.test(inner))) continue
      // 【日時】10月1日 is a heading label; 〔日付〕に開催, 会場：＜会場名＞ are slots.
      // Doubled brackets ({{date}}, <<日付>>) close twice before the sentence goes on.
      if (!SLOT_IN_SENTENCE.test(next()) && !FIELD_BEFORE.test(lineBefore)) continue
      // A label heading its line whose value is a name that begins with a particle's kana (【会場】とうふ工房, 【タイトル】となりのトトロ⏎
      // 【上映日】…, 【講師】のぐち先生): a record's field, filled in. Not a particle (【日付】に開催, 【会場】にて, 【場所】をご確認) nor a line
      // that is a sentence (【店名】のような老舗が並ぶ商店街です。).
      if (lineBefore.trim() === '' && NAME_AFTER_LABEL.test(next()) && !PARTICLE_AFTER_LABEL.test(next()) && !SENTENCE_LINE.test(t.slice(b, lineEndNear(t, b, 80)))) continue
      // 【電話】 and 【会場】 heading a line with its value on the next line: still a label.
      // …but 【タイトル】 or 【本文】 alone on a line heads nothing a post shows: the writer's template was never filled in.
      // Blind R343P-042 kind: not when it is a field's value ending the line (会場：【会場名】⏎講師：予防課): the label was never filled in.
      if (m[0][0] === '【' && /^\s*\n/.test(t.slice(b, b + 3)) && !TEMPLATE_ONLY_FIELD.test(inner) && !FIELD_BEFORE.test(lineBefore)) continue
    }
    // Blind R92A-073: an instruction slot that is the whole of a title's quotes (今月は『【ここに書名】』！, 講座「［ここに講座名を入れる］」の
    // 受講者を募集): the quotes are the title's own, the slot stands where the name goes, so it is a blank, not a quoted example; quoted as
    // what a screen shows (「【ここに本文を入力】」と表示されたら, 『【ここにタイトル】』という欄, 「【要確認：日付】」のようなメモ) it is still a mention.
    // Blind TV-085: a field's bracket named as a kind of notation (投稿の1行目に【タイトル】のような見出しを付けると, 【日時】といった項目, 【本文】のように
    // 書くと): a way of writing explained, a mention, not a slot left in the draft.
    if (SLOT_MENTION_AFTER.test(t.slice(b, b + 24))) {
      const { start, end } = doc.fromNorm(a, b)
      emit({ rule: 'masking/example', start, end })
      continue
    }
    const named = !!instruction && /[「『]$/u.test(t.slice(Math.max(0, a - 1), a)) && /^[」』](?!と|って|の?よう|みたい|など|なんか)/u.test(t.slice(b, b + 5))
    emitTemplate(t, a, b, '', doc, emit, true, named)
  }
}

/**
 * 某 ス ー パ ー, 某　病　院: the word after 某 spelt out with spaces (each step starts with a space; bounded, so
 * linear). Kana particles end it: 某 の 字 is not a name.
 */
const W = '[\\p{Script=Han}\\p{Script=Katakana}ーA-Za-z]'
const BOU_SPACED = new RegExp(`(?:何)?某 ?${W}(?: ${W}(?= )){0,11} ${W}(?![\\p{Script=Han}\\p{Script=Katakana}ー])`, 'gu')

/** 某施設, 某有名YouTuber, 何某, 某 ス ー パ ー. */
function bou(t: string, doc: RuleInput['doc'], emit: Emit): void {
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

/** …or that says the reader can guess (わかる人にはわかる, お察しください). */
const INVITES_GUESS = /(?:わか|分か|判)(?:った|る)(?:人|方)(?:は、?|、)?(?:コメント|教えて|こっそり|DM|リプ)|(?:わか|分か|判)る(?:かな|かなぁ|かな〜|でしょうか|人いる)|当てて(?:みて|ね|ください)|誰でしょう|どこでしょう|ヒント(?:は|だ|です|だよ|ね|!|！)|(?:ナイショ|内緒|ないしょ)(?:だけど|ですが|やけど|だけれど)|(?:ご想像|想像)の(?:とおり|通り)|(?:誰|だれ|どなた|どこ)(?:の(?:こと|事))?(?:か|なのか)?は[^。！？!?\n]{0,10}?(?:分か|わか)(?:りますよね|るよね|るでしょ|りますでしょ|るやろ|るっちゃろ|ると思います)|言わ(?:なくても|んでも|ずとも)(?:分か|わか)|you know who you are|guess who|(?:わか|分か|判)る(?:人|方)(?:に)?は(?:わか|分か|判)る|ピンと(?:くる|来る)|お察し(?:ください|の通り|のとおり)|察して(?:ください|ね|くれ)|どこ(?:と|か)は(?:言えません|言えない|内緒|ひみつ|秘密)|誰(?:と|か)は(?:言えません|言えない|内緒)/u

/**
 * Blind R107A-067, R107A-145: a mask standing in for what a person or a group is said to be, the reason for a bad outcome (センター長は女性
 * ですが、正直○○なので心配です; あの地区の人たちって、まあ○○だから仕方ないよね; 会長さん、××やけん不安しかない): the hidden word is an
 * insult the reader is left to fill in, which invites speculation as much as the word itself (block). The mask is the predicate: a run of one
 * shape right before a copula of reason (なので, だから, やけん, ですし), a bad outcome after it (心配, 仕方ない, 困る, 任せられない; not
 * 心配いりません), and a person or a group as the topic before it in the sentence. A mask before a noun (○○さん, ○○公民館, ○○名) is no
 * predicate; one quoted as a kind of writing (「○○だから仕方ない」といった書き込み) or in a sentence about 伏せ字 is a mention.
 */
const INSULT_MASK = new RegExp(
  `[${MASK}]{1,4}(?:なので|なんで|なもんで|だから|ですから|やから|やけん|やけ|じゃけん|じゃけ|だし|ですし|やし|だもんで|っぽいので|っぽいから|らしいので|らしいから)(?:[、,]?\\s?[^。！？!?\\n]{0,12}?)(?:心配(?!(?:は|も)?(?:いら|いり|要ら|要り|無用|ご無用|ない|なく|ありません|ございません|しないで|なさらず))|不安|仕方(?:が)?な|しかた(?:が)?な|しょうが(?:な|無)|しょんなか|困(?:る|り|っ)|無理|ダメ|だめ|任せ(?:られ|たく|れ)ん?な?|信用(?:でき|なら)|期待(?:でき|し)(?:ない|ません|ん)|あてにならな|当てにならな|どうしようもな|迷惑|怖い|こわい|危な|あぶな|関わりたくな|関わらん|近寄らな|避けた)`,
  'gu',
)
/** A person or a group as the topic before the mask (センター長は, 人たちって, 会長さん、, 若い職員、正直). */
const INSULT_TOPIC =
  /(?:人|人たち|人達|人ら|方々|(?<![仕地味両一夕])方|連中|女性|男性|女の人|男の人|女|男|若者|若い子|年寄り|高齢者|外国人|住民|職員|子ども|子供|子たち|長|者|員|さん|議員|先生|たち|達|衆|嫁|旦那|ママ|パパ)(?:って|は|も|が|ですが|だけど|ですけど|やけど|ばってん|、)[^。！？!?\n]{0,16}$/u
/** A quote named as a kind of writing after it (」といった, 」のような, 」など): a mention. */
const INSULT_MENTION_AFTER = /^[^」』\n]{0,16}[」』](?:と|って)?(?:いった|いう|のよう|みたい|など|なんて)/u
function maskedInsult(t: string, doc: RuleInput['doc'], emit: Emit): void {
  INSULT_MASK.lastIndex = 0
  for (const m of matchAllOf(INSULT_MASK, t)) {
    const a = m.index
    const run = /^[^ぁ-んァ-ヶ]+/u.exec(m[0])![0]
    const b = a + run.length
    if (new Set([...run].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    // One mask cut into a word (ク〇なので) is another 伏せ字; a longer run's tail is not a run of its own.
    if (MASK.includes(t[a - 1] ?? '') || (run.length === 1 && isLetter(t[a - 1]))) continue
    const s = sentenceOf(t, a, b)
    const sentence = t.slice(s.start, s.end)
    if (!INSULT_TOPIC.test(t.slice(Math.max(s.start, a - 40), a))) continue
    if (/伏せ字|伏字|ふせ字|ふせじ/u.test(sentence) || INSULT_MENTION_AFTER.test(t.slice(b, b + 40)) || isExplained(t, a, b)) continue
    const { start, end } = doc.fromNorm(a, b)
    emit({ rule: 'masking/insult', start, end })
  }
  // Team R48A-110 kind: a rude word with one letter masked (ア●, バ〇) as the writer's own verdict on people (…返す方がいます。正直、ア●かと
  // 思います, あの人たちはバ〇ですね): not quoted (「」 around it is what others say), its predicate one of judging (かと思います, です,
  // だと思う), people named within the sentence or the one before it.
  for (let i = t.search(RUDE_MASK_NEAR); i >= 0 && i < t.length; ) {
    const a = i + 1
    const b = a + 1
    if (rudeMask(t, a, b) && !/[「『]/u.test(t[a - 2] ?? '') && RUDE_VERDICT_AFTER.test(t.slice(b, b + 12))) {
      const s = sentenceOf(t, a, b)
      const prev = sentenceOf(t, Math.max(0, s.start - 2), Math.max(0, s.start - 1))
      if (RUDE_TARGET.test(t.slice(Math.min(prev.start, s.start), a - 1))) {
        const { start, end } = doc.fromNorm(a - 1, b)
        emit({ rule: 'masking/insult', start, end })
      }
    }
    const next = t.slice(b).search(RUDE_MASK_NEAR)
    i = next < 0 ? -1 : b + next
  }
}
/** A head letter of a rude word and one mask after it (ア●, バ〇, ク×). */
const RUDE_MASK_NEAR = /[クくバばアボカブデハキウ死ホ][○〇◯●×✕✖*■□▲△◆◇〓]/u
/** Team R48A-110 kind: the writer's verdict closing on the masked word (かと思います, です, だと思う, としか). */
const RUDE_VERDICT_AFTER = /^(?:か(?:と|な)(?:思|おも)|(?:だ|や)(?:と|って)(?:思|おも)|なんじゃ|じゃないか|としか|です(?:ね|よ|わ)?[。！!]|でしょう|だろ|やろ|だよ|だね|すぎ|過ぎ)/u
/** People the verdict is on, before it in its sentence or the one before. */
const RUDE_TARGET = /方|人|利用者|お客|客|連中|住民|市民|者|やつ|奴|たち|達/u

const DISTRICT_PERSON = /[\p{Script=Han}]{1,6}(?:町|地区|村|区)(?:の|に住む|にお住まいの|在住の)(?:方|人|男性|女性|お年寄り|おばあ|おじい|ご夫婦|ご家族|子|お子さん)/u

const AT_THEIR_WISH = /(?:ご本人|本人|ご家族|寄付者|寄附者|ご寄付|ご寄附|寄贈者)(?:様)?の(?:ご)?(?:希望|意向|要望)|匿名(?:を)?(?:希望|で)|ご寄付|ご寄附|寄贈/u

/** (`run` calls it only on a paragraph with a word of holding back: 伏せ, ふせ, 控え, 出さ, 出せ, 言え, 書け or 明かせ.) */
function withheld(t: string, doc: RuleInput['doc'], emit: Emit): void {
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

/** A case study or a hypothetical, where letters stand for anyone (相談事例：Aさん（70代）は…). */
// (Blind R417S-041 kind: ケースが多い, ケースが目立つ says how often a thing happens, no case study.)
const CASE_CONTEXT = /事例|ケース(?!が(?:多|よくあ|目立|少な|増え|あ(?:り|る)))|仮に|たとえば|例えば|相談例|モデル|架空|Q&A|Q:|問:|設例/u

/**
 * Blind R127A-061: the post says its letters are anonymisation done on purpose (※ご本人の了承を得て、匿名で掲載しています; 仮名です;
 * お名前はイニシャルで表記): a testimonial's Aさん（30代・東京から移住） is a voice kept anonymous as promised, not a name hidden to be
 * guessed. (A bare 匿名 is no declaration: 匿名の通報によると、K氏が….)
 */
const DECLARED_ANONYMOUS =
  /匿名(?:で|にて|として|の形で)(?:の)?(?:掲載|紹介|ご紹介|記載|表記|お届け|公開|引用)|(?:お名前|氏名|名前|人名)(?:は|を)?(?:すべて|全て)?(?:仮名|イニシャル|アルファベット)(?:で|に|と|を|です|表記)|仮名(?:で|にて|です|を使|としています|表記)|(?:ご)?本人(?:様)?の(?:ご)?(?:了承|了解|同意|承諾|許可)を(?:得|いただ|頂)[^。\n]{0,20}?(?:匿名|イニシャル|仮名)/u

/** (`run` calls it only on a paragraph with a capital letter.) */
function initials(t: string, doc: RuleInput['doc'], emit: Emit, on: number): void {
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
  // Blind R88A-002: a business held back by its initial (Ｋ動物病院さん) where the post bids the reader guess (理由はお察しください).
  INITIAL_BUSINESS.lastIndex = 0
  for (const m of matchAllOf(INITIAL_BUSINESS, t)) {
    if (hypothetical(m[1]!)) continue
    const s = sentenceOf(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 40), Math.min(t.length, s.end + 60))
    if (!INVITES_GUESS.test(around) && !REASON_WITHHELD.test(around) && !BUSINESS_RUN_DOWN.test(t.slice(s.start, s.end)) && !BUSINESS_FAULTS.test(t.slice(m.index, Math.min(t.length, s.end + 60)))) continue
    // (The old INITIAL already reads a letter before 病院 or 医院 alone: K病院.)
    if (/^[A-Z](?:病院|医院)/u.test(m[0])) continue
    emitFuseji(t, m.index, m.index + m[0].length, 'イニシャルで名前を伏せた書き方', '人物や店の詮索や', doc, emit)
  }
  // Blind R93A-058: a district held back by its initial (Ｋ町の皆さん) where the post calls its residents to own up or bids the reader guess.
  INITIAL_DISTRICT.lastIndex = 0
  for (const m of matchAllOf(INITIAL_DISTRICT, t)) {
    if (hypothetical(m[1]!)) continue
    const s = sentenceOf(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 40), Math.min(t.length, s.end + 60))
    if (!OWN_UP.test(around) && !INVITES_GUESS.test(around) && !REASON_WITHHELD.test(around)) continue
    emitFuseji(t, m.index, m.index + m[0].length, 'イニシャルで地区名を伏せた書き方', '地区や住民の詮索や', doc, emit)
  }
  // Blind R211D-021: a public place held back by its initial (Ｋ公園) where the post says the place or its name is withheld.
  INITIAL_PLACE.lastIndex = 0
  for (const m of matchAllOf(INITIAL_PLACE, t)) {
    if (hypothetical(m[1]!)) continue
    const s = sentenceOf(t, m.index, m.index + m[0].length)
    const around = t.slice(Math.max(0, s.start - 40), Math.min(t.length, s.end + 60))
    if (!PLACE_HELD_BACK.test(t.slice(s.start, Math.min(t.length, s.end + 40))) && !OWN_UP.test(around) && !INVITES_GUESS.test(around) && !REASON_WITHHELD.test(around)) continue
    emitFuseji(t, m.index, m.index + m[0].length, 'イニシャルで場所の名前を伏せた書き方', '場所や関係者の詮索や', doc, emit)
  }
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
function initialHints(t: string, doc: RuleInput['doc'], emit: Emit): void {
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

/**
 * What each detector cannot find anything without, found in one Aho–Corasick pass over the paragraph (gate.ts) instead of
 * one `test` per detector: most paragraphs hold no mask, no X, no bracket. A bit says the paragraph holds one of its
 * words; where a detector's own first test was exactly "holds one of these characters or words", the bit replaces it,
 * and where it was narrower, it is still run, after the bit.
 */
const ON = {
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
/** Each bit's words, in the order of their bits (worked out on the first check: see NeedGate). */
const onWords = (): ReadonlyArray<readonly string[] | undefined> => [
  [...MASK],
  ['X', 'x'],
  ['(', '（'],
  ['【', '［', '['],
  ['_'],
  [...'[［〔【<＜《{｛'],
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['伏せ', 'ふせ', '控え', '出さ', '出せ', '言え', '書け', '明かせ'],
  ['頭文字', 'イニシャル', '最初の文字', '一文字目', '名前の最初', '始まる'],
  ['入れ', '入力', '記入', '挿入', '貼', '差し込', '書', 'ハッシュタグ', 'タグ名', 'ここに', 'こちらに', '入る', '入りま'],
  ['例', '見本', 'サンプル'],
  ['上記', '以上', '上の'],
  ['「', '『'],
  // (Without literals to need, a bit is always set: the gate tries patterns it cannot say anything of.)
  requiredLiterals(SLOT_INSTRUCTION),
  requiredLiterals(SLOT_TODO),
  // The i flag of FIELD_TODO_WORD and of TB[DCA]: no other character folds to T or B.
  ['要', '確認', 'TB', 'Tb', 'tB', 'tb', '未定', '未確定', '調整中', '検討中', '次第', '確定後'],
  // (Its i flag: TBD and TBA in any case.)
  ['TB', 'Tb', 'tB', 'tb', '要', '記入', 'あとで', '後で', '差し替え', '差替', '入力', '修正', '入れ', '書', '追記', '埋め'],
  requiredLiterals(TEMPLATE_FIELD_LINE),
  ['h', 'H'],
  requiredLiterals(CASE_CONTEXT),
]
const TRIGGERS = new NeedGate(onWords)
/** The bits of `ON` whose words occur in `t`. */
function triggersIn(t: string): number {
  let on = 0
  for (const k of TRIGGERS.tries(t)) on |= 1 << k
  return on
}

/**
 * What a paragraph hands to `post`: its blanks and 伏せ字, and whether a note within its first 240 characters (on a line of its
 * own, with 上記, 以上 or 上の) declares the paragraph above an example.
 */
interface MaskingFacts {
  deferred: DraftFinding[]
  /** What each of `deferred` covers, as written (NFKC): a 伏せ字 a note below names (「○○」「△△」には…) is a placeholder. */
  texts: string[]
  /** The blanks a note within the first 240 characters names in quotes (「○○」「△△」には…ご記入ください). */
  explainedBlanks: string[]
  declaresAbove: boolean
  /** The paragraph's last line says the lines after it are an example (記入例では…次のように書いています). */
  introducesBelow: boolean
  /** A note within its first 240 characters names blanks in quotes and says what goes in them (「○○」の部分には…記入してください). */
  explainsAbove: boolean
  /** Blind IE-016: the paragraph opens with a form sample's label (【記入例】印鑑登録申請書, 記入例：). */
  headsExample: boolean
  /** Its lines are a form's fields, no sentence: what a label above or a ※ note below may speak for. */
  formLike: boolean
  /** The bare runs its ※ notes ask the reader to fill or replace (※○○の部分には…書いてください). */
  fillRuns: string[]
}


export const masking: RuleFamily<MaskingFacts> = {
  id: 'masking',
  meta,
  run({ doc, emit }) {
    const t = doc.norm.text
    // Blanks and 伏せ字 wait for `post`: a note opening the next paragraph (※上記は記入例です) may declare this one an example.
    const deferred: DraftFinding[] = []
    // Blind HY-150 (words.ts ownWordingRetracted): a mask inside the account's own earlier wording, quoted in a correction or an
    // apology (「〇〇な人はお断り」と記載しましたが、不適切な表現でした), is the mistake taken back, not written again: no finding.
    const hold: Emit = (d) => {
      if (ownWordingRetracted(t, viewIndexAt(doc.norm, d.start), viewIndexAt(doc.norm, d.end))) return
      if (d.rule === 'masking/example') emit(d)
      else deferred.push(d)
    }
    // Each detector only where what it cannot find anything without occurs (ON).
    let on = triggersIn(t)
    // Blind R222S-009 kind: ○○ typed as the letter O or X (ＯＯ株式会社さま, OO建設さん, XX商店さん, 株式会社ＯＯ) reads as the same masks.
    const tm = lettersAsMasks(t)
    if (tm !== t) on |= ON.mask
    if (on & ON.mask) masks(tm, doc, hold)
    if (on & ON.mask) maskedInsult(t, doc, hold)
    if (on & ON.x) xMasks(t, doc, hold)
    if (on & (ON.paren | ON.square | ON.under) || (on & ON.slot && t.includes('〔'))) blanks(t, doc, hold, on)
    if (/[ ](?:年|月|時)|日[ ]?[(【[〔][ ]/u.test(t)) blankDates(t, doc, hold)
    questionMasks(t, doc, hold)
    handleSlots(t, doc, hold)
    urlSlots(t, doc, hold)
    const merged = t.includes('{{') || t.includes('${') || t.includes('<<') || t.includes('«') ? mergeFields(t, doc, hold) : []
    if (on & ON.slot) slots(t, doc, hold, on, merged)
    bou(t, doc, hold)
    if (on & ON.upper) initials(t, doc, hold, on)
    if (on & ON.withheld) withheld(t, doc, hold)
    if (on & ON.hint) initialHints(t, doc, hold)
    leftInstructions(t, doc, hold, on)
    // In the paragraph itself: blanks after a line that introduces an example, or before a note that names them as placeholders.
    let introAt = -1
    if (on & ON.intro) {
      let at = 0
      for (const line of t.split('\n')) {
        if (introAt < 0 && line.length <= 120 && EXAMPLE_INTRO.test(line)) introAt = at + line.length
        at += line.length + 1
      }
    }
    const explained = on & ON.quote ? EXPLAINS_PLACEHOLDER.exec(t) : null
    const explainAt = explained ? explained.index : -1
    const names = explained ? namedBlanks(explained[0]) : []
    const open: DraftFinding[] = []
    const texts: string[] = []
    for (const d of deferred) {
      const written = doc.raw.slice(d.start, d.end).normalize('NFKC')
      // (An intro declares the whole block an example, as a note below does; a note naming blanks speaks for blanks only: every blank
      // of a template, a 伏せ字 only when it is one the note names.)
      const byNote = (d.rule === 'masking/template' || (d.rule === 'masking/fuseji' && namesBlank(names, written))) && explainAt >= 0 && d.end <= doc.fromNorm(explainAt, explainAt).start
      if ((introAt >= 0 && d.start >= doc.fromNorm(introAt, introAt).start) || byNote) emit({ rule: 'masking/example', start: d.start, end: d.end })
      else {
        open.push(d)
        texts.push(written)
      }
    }
    const head = t.slice(0, 240)
    const last = t.trimEnd().slice(-120)
    return {
      deferred: open,
      texts,
      explainedBlanks: explainAt >= 0 && explainAt < 240 ? names : [],
      declaresAbove: (on & ON.above) !== 0 && /上記|以上|上の/u.test(head) && EXAMPLE_NOTE_BELOW.test(head),
      explainsAbove: explainAt >= 0 && explainAt < 240,
      introducesBelow: (on & ON.intro) !== 0 && EXAMPLE_INTRO.test(last.slice(last.lastIndexOf('\n') + 1)),
      headsExample: headsExample(t),
      formLike: formLike(t),
      fillRuns: fillRuns(t),
    }
  },
  post({ facts, spans, emit }) {
    for (let p = 0; p < facts.length; p++) {
      const { deferred } = facts[p]!
      if (deferred.length === 0) continue
      // 【申込書の記入例】⏎⏎住所：柳川市○○町○番地⏎⏎※上記は記入例です: the paragraph right above such a note is the example.
      // …or the paragraph an intro right above presents as one (記入例では、次のように書いています。⏎⏎氏名：柳川 ○○).
      const declared = facts[p + 1]?.declaresAbove === true || facts[p - 1]?.introducesBelow === true
      // Blanks a note right below names and explains (記入例の「○○」の部分には、お名前を記入してください) are placeholders.
      const explained = facts[p + 1]?.explainsAbove === true
      const names = facts[p + 1]?.explainedBlanks ?? []
      const texts = facts[p]!.texts
      const at = spans[p]!.start
      // Blind IE-016/IE-032: a form paragraph under a paragraph opened by 【記入例】…, or above a ※ note asking the reader to fill in or
      // replace its bare runs, across form paragraphs only (【記入例】印鑑登録申請書⏎⏎住所：柳川市○○町○○番地⏎⏎※○○の部分には…書いてください).
      let headed = false
      const runs: string[] = []
      if (facts[p]!.formLike) {
        for (let q = p - 1; q >= 0; q--) {
          if (facts[q]!.headsExample) headed = true
          if (headed || !facts[q]!.formLike) break
        }
        for (let q = p + 1; q < facts.length; q++) {
          runs.push(...facts[q]!.fillRuns)
          if (!facts[q]!.formLike) break
        }
      }
      const named = (w: string): boolean => runs.length > 0 && w.split(/\s+/u).every((piece) => runs.includes(piece))
      for (let k = 0; k < deferred.length; k++) {
        const d = deferred[k]!
        const placeholder = explained && (d.rule === 'masking/template' || (d.rule === 'masking/fuseji' && namesBlank(names, texts[k]!)))
        const sample = (d.rule === 'masking/template' || d.rule === 'masking/fuseji') && (headed || named(texts[k]!.trim()))
        emit(declared || placeholder || sample ? { rule: 'masking/example', start: d.start + at, end: d.end + at } : { ...d, start: d.start + at, end: d.end + at })
      }
    }
  },
}
