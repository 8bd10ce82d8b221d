/**
 * The unofficial family's shared readings (5(1): 未発表・未決定の事項、うわさを発信しない): the regexes and helpers more than one
 * detector reads — what a change, a decision, a benefit or a rumour's topic is (CHANGE, DECISION, BENEFIT, RUMOUR_TOPIC), hearsay
 * endings, stage words, public processes, official sources, quoted voices and examples — the paragraph's gate words (NEEDS,
 * needsOf) and the Emitter with `put`, which reports a finding once per span. No detector is here: nothing is reported by this file.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import { isMention } from '../../words'


/**
 * Blind R96A-001/R97A-074: a venue or an office moved by the city (会場を三橋の市民会館に移す, 窓口を本庁1階へ集約, 会場を…公民館へ分散する):
 * a change a forecast or a plan's name may tell. Kept out of CHANGE, so that the leak and hearsay rules read it as before.
 * Blind R237M-018 kind: offices gathered into one in plain words (支所の窓口は…本庁舎へまとめる形で, 出張所を一か所にまとめる, 窓口を
 * 本庁に一本化): a consolidation of the city's premises, as 集約 is. Only an office as what is gathered and the main building or "one place"
 * as where (書類を窓口にまとめて提出 gathers papers, not offices).
 */
// Blind R245M-015 kind (unof6): a farm stand, a kiosk or a boat landing moved as well (直売所を…道の駅の隣に移す).
export const VENUE_MOVED = /(?:会場|場所|窓口|直売所|売店|乗船場|事務所|庁舎|本庁|支所|機能|拠点|教室|売り場|診療所|施設|事務|業務|本部|集積所|ステーション|バス停|停留所|乗り場|投票所|避難所)(?:を|ば)[、,]?[^。！？!?\n]{0,20}?(?:に|へ)(?:移す|移し|移さ|移そ|うつす|うつし|うつさ|移設|移管|集約|分散|一本化|まとめ(?=る|られ|て|ま))|(?:窓口|支所|出張所|事務所|機能|業務|拠点|本部)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:本庁舎|本庁|庁舎|市役所|本館|一か所|一カ所|1か所|１か所|ひとつ|一つ)(?:に|へ)(?:まとめ(?=る|られ|て|ま)|集約|一本化|統合)|(?:本庁舎|本庁|庁舎|市役所|役所|支所|出張所|本館|別館|分館)から[、,]?[^。！？!?\n、,]{0,16}?(?:に|へ)(?:移す|移し|移さ|移そ|うつす|うつし|うつさ|移設|移管|集約)/u

/** Matters a city decides: a forecast or a hearsay about one of these is about an undecided matter. */
export const DECISION =
  /有料|無料|無償|値上|値下|料金|税|廃止|統合|統廃合|合併|移転|新設|閉鎖|閉校|閉館|休館|休止|中止|延期|縮小|拡大|拡充|見直|改定|改正|民営化|委託|導入|異動|人事|交代|就任|退任|辞任|退職|昇進|昇格|出馬|立候補|後任|内定|内示|決定|決ま|採用|選ば|選定|候補|予算|条例|計画|事業|補助金|助成|入札|契約|誘致|出店|撤退|再開発|増便|減便|廃線|無料化|有料化|無償化|延び|延ば(?:す|し|さ|そ)|短縮|延長|増設|設置|整備|建て替え|改修|新築|開設|開業|拡張|実施|開始|処分|懲戒|休校|休園|(?<!育児|介護|産前|産後|看護)休業|学級閉鎖|学年閉鎖|大使|キャラクター|キャッチコピー|ロゴ|出演|ゲスト|市長|副市長|課長|部長|議員|選挙|取り壊し|取壊し/u
/**
 * A change the city decides (narrower than DECISION): what a forecast or a second-hand report must be about.
 * (Three alternatives are written out, できる|できます, 移る|移り|移転 and なくな|…|んようす, so that the words every match needs
 * (literals.ts) are theirs, not が, に or よう, which nearly every paragraph holds: the family's gate asks CHANGE only of text
 * that may hold it.) Blind HG-027: 見送 is a plan shelved, not someone seen off (献血バスのお見送りに行ってきた, 見送りに来てくれた,
 * 手を振って見送ってくれた).
 * Blind R80A-093: a price in yen said to go from one amount to another (大袋が一枚五十円から六十円になる, 300円から400円に上がる), in
 * figures or kanji numerals; not the city's own costs or income (電気代が…120万円から60万円に下がる見込み is an effect). Blind R81A-127: the cost of the city's works said to overrun (追加費用が…出る, 改修費が増える, 事業費が膨らむ).
 * Blind R84A-007: 〜ができるようになった (…ました) is a skill the speaker has learnt (手話で「ありがとう」ができるようになったよ, けん玉の技が
 * できるようになりました), not a thing built or opened (…ができる, ができるようになる still are).
 * Blind R161A-051: a grant's amount said to rise or fall (移住支援金、来年度は最大200万円に増える見込みです, 補助金の上限が引き上げられるらしい,
 * 子育て支援金が減額になるかも): a change of what the city pays, as a fee's change is of what it charges.
 * Blind R113A-034: an office of the city said to move (市民課が新しい庁舎の2階にお引っ越しする, 図書館が引っ越すらしい) is 移転 in plain
 * words; the readers' own move (引っ越しする方, 引っ越しの14日前) is not: the office must be the subject of the verb.
 * Blind R339W-060 kind (misc63): …also a tourist information office, a shop or a museum of the city, set off by a comma alone in a mascot's
 * chat (ぼくのおうちの観光案内所、こんど駅の反対側にお引っこしするかもなんだって), and 引っこし half in kana.
 * Blind R162I-072: a service turned into a system of booking, draw or registration (来年からは全面予約制になると思います, 抽選制に変わるらしい):
 * a change of how the city serves; one in force (予約制になっています) is not a change.
 * Blind R234M-005 kind: a fee said to become free in the plain word (保育料がタダになるかも) is 無料に; blind R234M-074 kind: the running of a
 * facility or a service handed to another body (直売所の運営を漁協さんにお任せすることで, 管理を地元に委ねる方向) is a change of who runs it,
 * told in the form to come (a handover in force, 管理をお任せしています, is not).
 * Many made one (二つの小学校をひとつに) is a change; unable to pick one (どれもおすすめで、ひとつに決められない; 一つに選べません) is a taste.
 * Blind R233P-048 kind: the city's land or building said to be sold or handed over (旧校舎跡地は民間へ売却される, 市有地が払い下げられる方向):
 * a disposal of public property the city decides; a reader's own sale (土地を売却する際は…) is no change.
 * Blind R237M-016 kind: a fixed number of seats or posts said to be cut or raised (議員定数を22から20に減らす, 職員定数を削減): a change the
 * council or the city decides by ordinance, so a forecast of it (議案提出が有力) tells an undecided matter. (定員 of an event is not this.)
 * Blind R324M-025 kind (unof59): a price from one amount to another with が (１枚５０円が７０円になる), not a sale's (通常500円が、本日は300円);
 * blind R323D-037 kind: a grant's top-up (支援金の加算が倍額となる, 子育て加算は2倍に); blind R323D-002 kind: works started (建設に着手する).
 * (The words of CHANGE_WORDS, and SERVICE_ENDS: a service said not to open or run from a time to come.)
 */
const CHANGE_WORDS =
  /(?:議員|職員|委員)?(?:定数|議席数)(?:を|が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:減ら|減員|削減|減っ|減る|減り|引き?下げ|増や|増員|増え)|(?:跡地|用地|市有地|公有地|土地|校舎|庁舎|施設|建物|敷地)(?:は|が|を|も)[、,]?[^。！？!?\n]{0,12}?(?:(?:売却|払い?下げ|譲渡)(?:される|されそう|する(?!(?:際|場合|とき|時|前|には))|となる|になる|の方向|の見通し|の予定|する方向)|売り(?:払わ|払う|に出(?:す|さ)))|(?:予約|抽選|登録|許可|会員|届出|事前申込|申込|申し込み|整理券)制(?:に|へ)(?:なる|なり(?:ます|そう)|移行|変わ|かわ|変更|切り替わ|切りかわ)|(?:支援金|補助金|助成金|給付金|奨励金|交付金|祝い金|お祝い金|手当|補助額|助成額|給付額|支給額|補助率|助成率|上限額|補助上限|支給上限)(?:は|が|も|の額|の上限|の[^。！？!?\n、,はがも]{0,6}?加算(?:額)?(?:は|が|も)?|、|,)[^。！？!?\n]{0,16}?(?:増え|ふえ|増額|上が|あが|下が|さが|減額|減っ|減る|減り|引き?上げ|引き?下げ|アップ|ダウン|倍に|倍額|倍増|(?:2|二)倍(?:に|と)|半額(?:に|と)|半減|拡充|縮小|打ち切)|(?<!(?:電気代|光熱費|燃料費|維持費|管理費|経費|コスト|税収|収入|売上|売り上げ|効果|通常|定価|本来|普段|いつも|セール)[^。！？!?\n円]{0,8})[0-9一二三四五六七八九十百千万][0-9一二三四五六七八九十百千万,.]{0,8}円(?:から|が|→|⇒|➡)[、,]?[0-9一二三四五六七八九十百千万][0-9一二三四五六七八九十百千万,.]{0,8}円(?:に|へ)(?:なる|なり|なっ|なら|上が|あが|下が|さが|変わ|かわ|改定|改め|値上|値下|アップ|引き?上げ|引き?下げ)|(?:費用|経費|工事費|事業費)(?:が|も)[、,]?追加(?:で|に)|追加(?:の)?(?:費用|工事費|経費|負担)(?:が|も)[、,]?[^。！？!?\n]{0,12}?(?:出|発生|生じ)|(?:工事費|事業費|総事業費|改修費|建設費|整備費|補修費|修繕費|工費|建築費|解体費)(?:が|も|は)[、,]?[^。！？!?\n]{0,12}?(?:増え|ふえ|膨ら|ふくら|かさ|増額|上振れ|跳ね上が|倍に|上が|あが)|(?:会費|使用料|利用料|手数料|保険料|保育料|授業料|受講料|参加費|入館料|入場料|観覧料|駐車料|運賃|家賃|賃料|税金|税率|負担金|負担額|自己負担|給食費|保育費|入園料|入学金|教材費|月謝|乗船料|入浴料|入湯料|検診料|健診料|受診料|水道代|下水道代|(?:ごみ|ゴミ|指定)袋(?:の)?(?:代金|代|価格|値段)|固定資産税|住民税|市民税|市県民税|国保税|国民健康保険税|軽自動車税|入湯税|都市計画税)(?:が|も|は|、|,)[^。！？!?\n]{0,16}?(?:上が|あが|下が|さが|高くな|安くな|アップ|倍に|値上|値下)|一体化|可決|否決|採択|(?:条例|法案|議案)が?成立|(?:条例|法案|議案|規則|要綱)(?:案)?(?:は|が|を)?[、,]?[^。！？!?\n]{0,12}?(?:制定|施行|改正|成立)(?:され|する|し)|(?:罰金|罰則|過料|反則金|違反金)(?:を|ば|が|も)?[^。！？!?\n]{0,6}?(?:取(?:る|ら|り|っ)|と(?:る|ら|り|っ)|科(?:す|さ|せ|し)|課(?:す|さ|せ|し)|設け|導入|新設|つく|付く|でき)|(?:条例|規則|要綱)(?:を|ば)[^。！？!?\n]{0,4}?(?:作|つく)|(?:ひとつ|一つ)に(?!(?:決められ|選べ|絞れ|しぼれ|決め切れ|決めきれ)(?:ない|ず|ません|なく))|存廃|(?:おーぷん|オープン|開設|開業|開館|開園|開所|完成|供用開始)(?:する|します|予定|らしい|ラシイ|みたい|だって|って|は|が|時期|日)|(?:店|コンビニ|スーパー|ドラッグストア|チェーン|テナント|企業|工場|ホテル|病院|銀行)(?:が|も)(?:入る|入り|入居|進出|来る)|(?:が|に)(?:できる(?!ようにな(?:った|りました|ってきた))|できます|建つ|建ち|建設され|整備され|作られ|つくられ|造られ|新しくな|移る|移り|移転)|見直(?:し|さ|す)|(?:業者|民間|外部)(?:に|へ)(?:委託|外注)|取り壊(?:し|さ|す|せ)|取壊し|とりこわ(?:し|さ|す|せ)|(?:略式)?代執行|強制(?:撤去|執行|解体|退去|収用)|(?:除却|撤去|解体|退去)命令|再編|引き?上げ|引き?下げ|転用|用途変更|(?:今年|来年|今年度|来年度|今回|次回|今季|来季)(?:が|で)最後|ダイヤ改正|有料に|無料に|無償に|タダ(?:に|と)(?:な|す)|(?:運営|管理|運行|運航|業務)(?:を|は)[、,]?[^。！？!?\n]{0,16}?(?:に|へ)(?:お?任せ|委ね|移管|委託)(?:する|る)(?=こと|方向|予定|見込|見通|らしい|みたい|そう|かも|って|げな|ん(?:じゃ|です|だ))|有料化|無料化|無償化|値上|値下|料金(?:が|は|も|を|[、,])?[^。！？!?\n]{0,12}?(?:上が|あが|下が|さが|高くな|安くな|アップ|倍に|変わ|かわる|かわり|改定|改正|変更|改め|かかるよう|かかるごと|取られるよう|必要にな|要るよう|いるよう|いるごと)|(?:料金|運賃)(?:改定|改正|変更|体系の見直し)|新料金|予算|廃止|統合|統廃合|合併|移転|新設|閉鎖|閉校|閉館|休館|休止|中止|(?:取りやめ|取り止め|とりやめ)(?:に|と)(?:な|す)|延期|縮小|民営化|異動|人事|交代|就任|退任|辞任|退職|出馬|立候補|後任|内定|内示|決定|決ま|選ば|選定|候補|誘致|出店|撤退|増便|減便|廃線|延び|延長|短縮|着工|(?:建設|整備|工事|建て替え|改修|設計|事業化)に着手(?:する|し(?:ます|そう)|される|となる|になる)|再開発|市長選|大使|(?<!お)見送(?!りに(?:行|い|来|き|出|向)|って(?:くれ|もら|いただ|あげ|き|来))|課長|部長|係長|所長|館長|校長|(?:今年|今年度|年度|来年|来年度|今月|来月|年内|年度内|春|夏|秋|冬|(?<![0-9])[0-9]+月|(?<![0-9])[0-9]+年)(?:で|いっぱいで|末で|限りで|をもって)[、,]?(?:(?:お?店|店舗|乗り?場|乗船場|施設|窓口|支所|出張所|売り?場|教室|営業|運営|運行|運航|業務|事業|[一二三四五六七八九十0-9０-９]+(?:か所|箇所|ヵ所|カ所|ヶ所|ケ所|店舗|店|館|校|園|施設))(?:を|ば|も|は)?[、,]?)?(?:終わ|終え|終了|廃止|閉鎖|閉め|閉じ|なくな|打ち切|取りやめ|撤退|閉店|店じまい|店仕舞い?|みせじまい|閉館|閉所|運航終了|運行終了|廃業|閉業|(?:たた|畳)(?:む|み|ん))|辞め|やめる|なくなる|なくす|なくな|外れ|外さ|選挙|引退|出ない|出られない|休校|休園|(?<!育児|介護|産前|産後|看護)休業|閉園|学級閉鎖|学年閉鎖|分散登校|短縮授業|オンライン授業|自宅学習|休み(?:に|と)なる|休みにな|補助|給付|支給|交付|還元|商品券|臨時(?:回収|収集|運行|便|窓口|休館|休校)|(?:入れ|使え|利用でき|参加でき|行け|停め|止め|乗れ)(?:なくな|なくす|んごとな|んごとす|んような|んようす)|(?:俳優|歌手|芸人|タレント|有名人|著名人|アイドル|アーティスト|選手)(?:さん)?(?:が|も)[^。！？!?\n]{0,10}?(?:来て(?:くれ|くださ|もらえ)|来(?:る|られる|場)|出演|登場|駆けつけ|いらっしゃ)|(?:枠|定員|募集人数|募集人員|受け?入れ(?:数|人数|枠)?|便数|本数)(?:が|を|も|は)?[^。！？!?\n]{0,6}?(?:拡大|拡充|増員|増枠|増や|増え|広が)|(?:支援金|助成金|奨励金|給付金|交付金|補助金|協力金|報奨金|祝い金|祝金|手当|上限|限度額|補助額|助成額|支給額|給付額|交付額|補助率|助成率)(?:の(?:上限|限度)額?|額)?(?:が|は|も|を)[、,]?[^。！？!?\n]{0,20}?(?:増額|減額|倍増|半減|引き?上げ|引き?下げ|増や|減ら|倍に)|(?:支援金|助成金|奨励金|給付金|交付金|補助金|協力金|報奨金|祝い金|祝金|手当|補助額|助成額|支給額|給付額|交付額|補助率|助成率)(?:の(?:上限|限度)額?|額)?(?:が|は|も)[、,]?[^。！？!?\nがを]{0,20}?(?:上が|あが|下が|さが)(?:る|り|っ|ら)|(?:[\p{Script=Han}]{1,4}税|課税|罰則|負担金)(?:を|が|の|も)?[、,]?(?:導入|創設|新設)|(?:課|係|室|窓口|庁舎|支所|出張所|市役所|役所|役場|図書館|公民館|センター|事務所|保健所|資料館|交番|案内所|売店|直売所|乗船場|乗り場|博物館|美術館|文学館|記念館|体育館|児童館)(?:さん)?(?:(?:が|も|は|ごと)[、,]?|[、,])[^。！？!?\n、,]{0,20}?(?:お)?(?:(?:引っ越し|引越し|ひっこし|引っこし)(?:を)?(?:する|します|して|しちゃ|しそう|しよ|しと|すっ|さ(?:れ|せ))|(?:引っ越|引越|ひっこ|引っこ)(?:す|さ|せ|そ))(?![方人]|皆|際|場合|前|後|とき|時)/u
/**
 * Blind R189I-036: a facility or a service said not to open or run any more from a time to come, in plain words (来年からはもう開かない,
 * 来シーズンは営業しない, 次年度以降は開催されない, 4月からは利用できなくなる): a closure or an end told without 廃止 or 閉館, so a guess
 * of it (かもしれない, そう) or a report of someone's words passes on an undecided matter as 廃止になる does. The time to come must head
 * it: a caveat for the day (雨で開かないかもしれません), a request (もう開けないでください) and a crowd (満員で入れない) are no end.
 */
export const SERVICE_ENDS =
  /(?:(?:来年|来年度|再来年|次年度|来季|来シーズン|来春|来夏|来秋|来期|次回|次の(?:シーズン|年度|年)|将来的に|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:から|以降|には|は|も)|[0-9０-９]{1,2}月(?:から|以降))(?:は|も)?[、,]?[^。！？!?\n]{0,12}?(?:開か|ひらか|開け|あけ|開館し|開館され|開園し|開所し|営業し|営業でき|オープンし|開催し|開催され|開催でき|運行し|運行され|運航し|運航され|利用でき|使用でき)(?:ない|なくな|ません|ず|ん(?=かも|らし|げな|って|ごと|よう|ち|と|ばい|よ))(?!で(?:くださ|下さ|ね|ほし|よ|も)|よう)/u
/**
 * Blind R204D kind: an event's dates said to shift (祭りは一週間ほど後ろにずれる, 開催日が前倒しになる, 日程が繰り下がるかも): a change of
 * Blind R299D-006 kind (unof20): …also said in plain words to come earlier or later (日程が例年より1週間早まる, 開催日が遅くなる).
 * Blind R323D-043 kind (unof59): …or a period said to lengthen in kana or with 伸びる (会期が1週間のびるかも, 開館時間が伸びる), as 延びる is.
 * when the city holds it, in plain words. Only a shift back or forward or of the dates themselves; a crowd or a bloom shifting (見頃が後ろに
 * ずれる) is nature, read as such where a forecast is judged.
 */
const DATES_SHIFT =
  /(?:(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+(?:日|週間?|か月|ヶ月|カ月)(?:くらい|ぐらい|ほど|程度)?|数日|少し)?[、,]?(?:後ろ|うしろ)(?:に|へ)(?:ずれ|ズレ)|(?:日程|日取り|開催日|日にち|会期|開催時期|日付)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:ずれ(?:る|込|こ|そう)|ズレ(?:る|込)|繰り(?:下が|上が|下げ|上げ)|くり(?:さが|あが|さげ|あげ)|前倒し|後ろ倒し|早ま(?:る|り|っ)|早くな(?:る|り|っ)|遅くな(?:る|り|っ)|遅れ(?:る|そう))|(?:後ろ倒し|前倒し)(?:に|で|と)(?:な|さ|す)|(?:日程|会期|期間|開催期間|開館時間|営業時間|受付時間|運行時間|運航時間)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:のび|伸び)(?:る|ます|そう)/u
/**
 * Blind R226E-015 kind: an event's course, venue or stop said to move (水上パレードのコースが三橋町側に変わるかも, 会場が総合体育館に移る,
 * 乗り場が駅の東口へ変更になる): a change of where the city holds or runs it, as DATES_SHIFT is of when.
 * Blind R382F-045 kind: …also moved by the city, the place as the object (会場ば中学校のグラウンドに移すげな, 会場を体育館に変えるらしい,
 * コースを川沿いに移すそうです).
 */
const PLACE_SHIFT =
  /(?:コース|ルート|経路|会場|開催場所|開催地|発着場所|発着所|乗り場|乗船場|停留所|バス停|出発地点|集合場所)(?:が|は|も|を|ば)[、,]?[^。！？!?\n]{0,16}?(?:に|へ)[、,]?(?:変わ|かわ|変更(?:に|さ)|移(?:る|り|っ|さ|す|し)|移転|変え(?:る|ます|られ))/u
/**
 * Blind R238K-016 kind: an event's scale said to shrink against last time (パレードの舟が去年より減るかも, 例年より屋台が少なくなる,
 * 花火の数が昨年より減ります): fewer boats, stalls, fireworks or runs is a change of what the city holds, as a shift of its dates or place
 * is. Only with the comparison to an earlier edition (去年より, 例年より) and a shrinking still to come; a fall already seen (減りました,
 * 減っています), a caveat for the day (雨の場合は花火が減ることがあります: no comparison) and nature (魚が減る) are not this.
 */
const EVENT_ITEM = '(?:舟|船(?!頭)|山車|屋台|出店|露店|ブース|花火|打ち上げ|便|本数|便数|演目|出展)(?:の(?:数|本数|発数|台数))?'
const EARLIER_EDITION = '(?:去年|昨年|例年|前回|前年|いつも)(?:より|に比べ(?:て|る)?と?)'
const SHRINKS = '(?:減(?:る|りそう|ります|らす|らされ)|へ(?:る|りそう|ります)|少なく(?:な(?:る|りそう|ります)|する)|小さく(?:な(?:る|りそう|ります)|する))(?!た)'
const EVENT_SHRINKS = new RegExp(`${EVENT_ITEM}(?:が|は|も)[、,]?[^。！？!?\n]{0,8}?${EARLIER_EDITION}[、,]?[^。！？!?\n]{0,4}?${SHRINKS}|${EARLIER_EDITION}[、,]?${EVENT_ITEM}(?:が|は|も)[、,]?[^。！？!?\n]{0,4}?${SHRINKS}`, 'u')
/**
 * Blind R280C-041 kind (conf15): a facility said to be folded into another in plain words (…支援センターは…別の施設にまとめられるとか, 近くの
 * 小学校と一つにまとめられる, ほかの館に集約されるそうです): a consolidation, a change as much as 統廃合. Things gathered in one place
 * (ごみは一か所にまとめて出してください, 資料をひとつにまとめました) are no facility moved.
 * Blind R364M-030 kind: …or the facilities themselves said to become one (三橋と大和の中学校はそのうち一つになる).
 */
const CONSOLIDATED = /(?:別|べつ|他|ほか|よそ|近く|隣|となり|一つ|ひとつ|1つ)の(?:施設|建物|センター|館|学校|校舎|小学校|中学校|園|保育所|保育園|公民館|支所|出張所|庁舎)(?:に|へ|と)[、,]?(?:まとめられ|集約され|統合され|一本化され|移され|一緒にされ|一緒になる|ひとつになる|一つになる)|(?:学校|小学校|中学校|高校|校舎|保育園|保育所|幼稚園|こども園|公民館|支所|出張所)(?:は|も|が)[、,]?[^。！？!?\n]{0,12}?(?:一つ|ひとつ|1つ)(?:に|と)(?:なる|なり|され|まとま)/u
/**
 * Blind R284E-015 kind (conf16): who runs a facility said to change (指定管理者、次の公募で別の会社に替わるかもしれない, 運営会社が変わる
 * らしい, 委託先がほかの業者になるそうです): a change of operator, as much the city's decision as 交代. The operator must be named before
 * the change; a person moving to another company (別の会社に変わった) and a call for operators (指定管理者の公募を開始しました) are not this.
 */
const OPERATOR_CHANGE = /(?:指定管理者?|運営(?:会社|者|団体|事業者|主体)|委託(?:先|業者)|管理会社|受託(?:者|業者|事業者))(?:が|は|も)?[、,]?[^。！？!?\n]{0,20}?(?:(?:別|べつ|他|ほか|よそ|違う|ちがう|新しい|民間)の?(?:会社|業者|事業者|団体|法人|ところ|とこ)(?:に|へ)[、,]?)?(?:替わ|変わ|代わ|かわ|交代|交替|変更にな|変更され)(?:る|り|っ|し|す)/u
/**
 * Blind R312P-001 kind (unof57): how often a service runs said to change (広報紙が来年度から月1回の発行になる, ごみの収集が週1回に減る,
 * 隔月発行に変わる, 1日3便になる, 開館日数が減る, 休刊になる): a change of the city's service as much as a closure, in plain words. Only a count per month,
 * week, year or day before に/へ and a verb of becoming or cutting, or the count's noun (回数, 頻度, 便数) said to fall or rise; a count held
 * (月1回開催しています) or an event's own rhythm (毎月1回、第2土曜日に) is no change.
 */
const FREQUENCY_SHIFT =
  /(?:(?:毎|隔)?(?:月|週|年)|(?:1|１|一)日)(?:に)?[0-9０-９一二三四五六七八九十]{1,2}(?:回|便|本|度)(?:の|での|だけの|のみの)?(?:発行|刊行|開催|収集|回収|運行|運航|配布|配達|配信|実施|営業|開館|開園|診療|巡回|放送|運転)?(?:に|へ)[、,]?(?:なる|なり(?!まし)|なっ(?=て|ちゃ)|減(?:る|り|ら|っ)|へ(?:る|り|ら|っ)|変わ|かわ|変更|移行|切り替|縮小|増え|ふえ)|隔(?:月|週)(?:の)?(?:発行|刊行|開催|収集|回収|運行|配布|配信|実施)?(?:に|へ)[、,]?(?:なる|なり(?!まし)|なっ(?=て|ちゃ)|変わ|かわ|変更|移行|切り替)|(?:発行|刊行|開催|収集|回収|運行|運航|配布|配信|開館|診療)(?:の)?(?:回数|頻度|日数|本数|便数)(?:が|は|も)[、,]?[^。！？!?\n]{0,12}?(?:減(?:る|り|ら|っ)|へ(?:る|り)|少なくな|半分|半減|増え|ふえ|多くな|倍に|変わ|かわ)|休刊|廃刊/u
/**
 * Blind R315E-020 kind (unof57): an event item or a service said to come back (花火が復活する, 路線バスが復活へ, 川下りの夜便も復活の見込み):
 * a revival the city or the organisers decide, told as coming. Only an event's or a service's item as the subject, in a form still to come;
 * a revival past (3年ぶりに復活しました) and nature's (ホタルが復活) are not this.
 */
const REVIVAL =
  /(?:花火|祭り|まつり|大会|イベント|行事|催し|パレード|舟|便|路線|バス|列車|運行|運航|屋台|出店|露店|盆踊り|山車|ライトアップ|競技|種目|コーナー|企画|サービス|制度|補助|窓口|教室|講座|朝市|夜市|灯籠|コンサート|ステージ|川下り|ツアー|夜店)(?:が|も|は|[、,])[、,]?[^。！？!?\n]{0,10}?復活(?:する|します|しそう|させ(?:る|ます|たい)|となる|となり|になる|になり|へ|の(?:見込み|方向|予定|見通し)|すること|される)/u
/**
 * Blind R315E-059 kind (unof57): a window, an office or a facility said to close at a time a year or more ahead (窓口は再来年の春には閉まる,
 * 来年度いっぱいで閉じる, 令和9年3月で閉められる): an end of a service in plain words, as 閉鎖 is. A daily or seasonal closing (17時に閉まります,
 * 冬は閉まっています) has no year ahead.
 */
const CLOSES_AHEAD =
  /(?:来年|再来年|来年度|再来年度|次年度|来春|来秋|来夏|年度末|今年度末|今年度いっぱい|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|[0-9０-９一二三四五六七八九十]{1,2}月|末|年度末|うち|中|頃|ごろ))?(?:で|には|に|いっぱいで|末で|末には|限りで|をもって|中に|までに|から)(?:は)?[、,]?[^。！？!?\n]{0,8}?(?:閉ま(?:る|り|っ)|閉じ(?:る|られ|ちゃ)|閉められ|店じまい|看板を下ろ)/u
/**
 * Blind R319D-055 kind (unof58): what a site or a former facility of the city will become, in plain words (旧柳河小学校の跡地は、今のところ
 * 市営住宅になる; 市有地は…公園として整備される; 旧庁舎は子育て支援施設に生まれ変わる; 跡地の活用は…として使われる): a use of public land the
 * city decides, as a sale of it is. Only land or a former building as the subject and a use still to come (になる, として活用される); its use
 * now (駐車場になっています, として利用されています) and a goal of works under way (…になるよう整備を進めています) are not this.
 */
export const LAND_USE =
  /(?:跡地|用地|市有地|公有地|遊休地|空き地|更地|廃校|空き校舎|旧[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?(?:小学校|中学校|高校|学校|校舎|庁舎|支所|公民館|保育園|保育所|幼稚園|体育館|病院|会館|駅舎|工場))(?:の(?:活用|利用|使い道|使いみち|用途|活用方法|利用方法|活用策))?(?:(?:は|が|も|について(?:は)?)[、,]?|[、,])[^。！？!?\n]{0,16}?(?<!こと|よう)(?:に|として)[、,]?(?:なる(?!よう|べく)|なります|なりそう|なっていく|生まれ変わ(?:る|ります|りそう)|(?:活用|利用|使用|整備|転用|再利用)(?:される|されます|されそう|する(?:予定|方向|見込み|計画))|使われ(?:る|ます|そう))(?!ことに|こととな)/u
/**
 * Blind R323D-030 / R324M-045 kind (unof59): what the city offers or holds said to be made smaller (返礼品の内容量が二割ほど減る, パレードの規模を
 * 小さくする, 品数が少なくなる, 規模を縮小する): a cut of a gift, a service or an event, as a fee's rise is a change of what it charges. Only a scale
 * or a content as the subject or object (規模, 内容量, 品数, 個数) and a shrinking still to come; a crowd or a harvest (人出, 収穫量) is not this,
 * nor a cut already made (減りました).
 */
const SCALE_CUT =
  /(?:規模|内容量|容量|量目|品数|個数|数量|グラム数|セット数|提供数|配布数)(?:を|が|は|も)[、,]?[^。！？!?\n]{0,10}?(?:(?:小さく|少なく)(?:する|します|しそう|なる|なります|なりそう)|縮小(?:する|します|しそう|される|となる|になる)|減ら(?:す|します|しそう|される)|減(?:る|ります|りそう)|へ(?:る|ります|りそう)|縮め(?:る|ます|られ))/u
/**
 * Blind R323D-052 kind (unof59): a company's move into the city passed on before it is announced (大手物流会社の大型倉庫ができて、300人規模の
 * 採用がある; 大手メーカーが市内に進出する; 工業団地に新しい工場が建って、200人くらい雇用がある): a site built or a company coming, or the jobs it
 * brings (…人規模の採用, …人の雇用が生まれる), told as coming. A shop already open (お店ができて、にぎわっています) has no company or jobs named.
 * Blind R329C-039 kind (unof61): …or the company's decision to come told as near (物流会社さんが進出を決めてくれそうな空気です, メーカーが立地を
 * 決めそう, 進出が決まりかけている): the decision is the company's and the city's to announce; a move announced (進出が決まりました) is judged
 * as announced news elsewhere, no forecast marker being there.
 */
const ENTERPRISE_COMING =
  /(?:店|コンビニ|スーパー|ドラッグストア|チェーン|テナント|企業|会社|メーカー|工場|倉庫|物流センター|物流拠点|配送センター|商業施設|ショッピングモール|モール|大型店|データセンター|ホテル|病院|銀行)(?:さん|様|さま)?(?:が|も)[、,]?(?:[^。！？!?\n、,]{1,10}?(?:に|へ)(?:の)?)?(?:進出(?:する|して|し(?:そう|ます)|される|予定)|出店(?:する|して|し(?:そう|ます)|予定)|(?:進出|出店|立地|移転|工場建設|新工場の建設)(?:を|が)[、,]?(?:決め|きめ|決断し|決定し|表明し|決ま|きま|固め)(?:る|て|た|そう|ます|まし|ちゃ|つつ|かけ))|(?<=(?:でき|建っ|建ち|建設され|建設し|進出し|出店し|来)(?:て|る(?:と|ので|から))[、,]?[^。！？!?\n]{0,24}?)(?:[0-9０-９一二三四五六七八九十百千]+(?:人|名)(?:規模|以上|近く)の?(?:新規)?(?:採用|雇用|求人)(?:が|も)[、,]?(?:ある|あり|生まれ|出る|でき)|[0-9０-９一二三四五六七八九十百千]+(?:人|名)(?:規模|程度|くらい|ぐらい|ほど|以上|近く|前後)?の?(?:新規)?雇用(?:が|も)[、,]?生まれ)/u
/**
 * Blind R329C-036 kind (unof61): money the city pays or a service it runs said to be cut (イベント関係の補助金は軒並み削られる, 予算がカットされる,
 * 事業が打ち切られる, 助成が減らされる): a cut of what the city decides, as 減額 is. Only with the city's money or service as the subject.
 */
export const CUT_OF_FUNDS =
  /(?:補助金|補助|助成金?|予算|交付金|支援金|給付金|奨励金|手当|委託料|運営費|事業費|イベント費|事業|サービス|制度)(?:は|が|も|を)[、,]?[^。！？!?\n]{0,12}?(?:削られ|けずられ|削ら(?:れ|な)|削減(?:され|する|に|と)|カット(?:され|する|に|と)|打ち切(?:られ|る|り)|減らされ|ゼロにな|なくな(?:る|り))/u
/**
 * Blind R335U-059 kind (misc62): hours or a period the city sets, said to be lengthened, cut or moved, in the transitive form (開館時間を夜9時まで
 * 延ばす, 受付期間を1週間延ばします, 工期を前倒しする, 営業時間を短くする); and a proposal or a plan of the city said to come true (開館時間を延ばす件は、
 * 来年度にはほぼ実現できそうです, 要望していた屋根の設置が実現しそう): a change still to be decided when a forecast or hearsay closes it. A dream
 * or a wish of a person (子どもたちの夢が実現しそう) names no measure.
 */
const HOURS_SHIFTED =
  /(?:時間|期間|期限|締め?切り?|会期|工期|開催期間|受付期間|募集期間)(?:を|ば)[、,]?[^。！？!?\n]{0,12}?(?:延ば|伸ば|のば|縮め|短くす|短くし|長くす|長くし|繰り(?:上げ|下げ)|前倒し|後ろ倒し|遅らせ)|(?:件|構想|計画|案|要望|提案|整備|設置|延長|拡充|導入|新設|建設|建て替え|改修|無料化|有料化)(?:は|も|が|について(?:は)?)[、,]?[^。！？!?\n]{0,24}?実現(?:でき|し|する|され|の(?:見込み|見通し|可能性|運び))/u
/**
 * Blind R368R-004 kind: a unit of the city said to be split off, raised or renamed (うちの課が「DX推進室」として独立する, 観光係が課に格上げ
 * される, 二つの係が再編される): a reorganisation the city decides by its rules, so a forecast or hearsay of it tells an undecided matter. The unit
 * must be the subject (…課が, うちの係は); 一部 or a reader's own business (独立して開業する方) is no unit of the city.
 */
const UNIT_REFORMED =
  /(?:(?<=[\p{Script=Han}ァ-ヶー])|うちの|この|その)(?:課|係|室|局|班|部署|支所|出張所)(?:が|は|も)[、,]?[^。！？!?\n]{0,20}?(?:独立|分離|分割|格上げ|昇格|再編|改組|改称)(?:する|され|し(?:そう|て)|とな|にな)/u
/**
 * Blind R372V-007 kind: where a road or a line still being planned will run (新しい道路はだいたいこの地図のあたりを通ることになりそう, 計画中の
 * バイパスは川沿いを通すらしい): a route the city fixes at its briefing, so a forecast or hearsay of it tells an undecided matter. Only a new or
 * planned road as the subject; a bus that passes the station now (このバスは駅前を通ります) is no plan.
 */
const ROUTE_SET =
  /(?:新しい|新しく(?:できる|作る|つくる|造る)|新設(?:の|する|される)|新たな|計画(?:中)?の|予定の|整備予定の|建設予定の)[^。！？!?\n、,]{0,8}?(?:道路|道|バイパス|路線|ルート|線路|新線|橋)(?:は|が|も)[、,]?[^。！？!?\n]{0,20}?(?:を|ば)通(?:る|す|ら|さ)/u
/**
 * Blind R412M-031 kind: a facility of the city said to open till a later hour, or from an earlier one, in a season or a year to come (来年の夏は
 * 市民プールが夜９時まであいてる, 来年度から図書館は夜8時まで開く, 4月からは窓口が朝8時から開いている, 来シーズンの体育館は22時まで使える):
 * opening hours the city sets, changed; so hearsay or a forecast of it, a mascot's secret aside included, passes on an undecided matter, as
 * 開館時間を延ばす does. The time to come and the facility both in the clause before the hour. Clean: this season's hours (今年の夏も夜9時まで
 * 開いています), a shop's (パン屋さんが来月から朝7時から開いてる), hours announced as the city's plan (予定です, 開館します: no hearsay).
 */
const HOURS_AHEAD = '(?:(?:来年|来年度|再来年|次年度|来季|来シーズン|来春|来夏|来秋|来冬|来期|来月|次の(?:シーズン|年度|年|夏|春|秋|冬)|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|シーズン|夏休み|冬休み|春休み|夏場))?(?:から|以降|には|は|も|の)|[0-9０-９]{1,2}月(?:から|以降))'
const HOURS_FACILITY = '(?:プール|図書館|図書室|公民館|体育館|美術館|博物館|資料館|記念館|文学館|児童館|交流館|会館|ホール|センター|窓口|市役所|役所|支所|出張所|庁舎|公園|運動場|グラウンド|案内所|駐車場|施設)'
const HOURS_LATER = new RegExp(
  `(?:${HOURS_AHEAD}[^。！？!?\n]{0,12}?${HOURS_FACILITY}|${HOURS_FACILITY}[^。！？!?\n]{0,12}?${HOURS_AHEAD})(?:が|は|も|の(?:営業|開館|利用)(?:時間)?(?:が|は|も)?)?[、,]?[^。！？!?\n]{0,10}?(?:(?:夜|よる|夕方|朝|午後|午前|深夜)?[0-9０-９一二三四五六七八九十]{1,2}時(?:半|[0-9０-９]{1,2}分)?|夜遅く|遅く|朝早く|深夜|夜中)(?:まで|から)[、,]?(?:は|も)?(?:開い|あい|開(?:く|き|け|館|園|所)|あ(?:く|き|け)|ひら(?:く|い|き)|営業|オープン|やって|やる|やり|利用でき|使え|つかえ|入れ|はいれ|泳げ|受け付け|受付)`,
  'u',
)
export const CHANGE = new RegExp(`${HOURS_LATER.source}|${UNIT_REFORMED.source}|${ROUTE_SET.source}|${HOURS_SHIFTED.source}|${CUT_OF_FUNDS.source}|${CHANGE_WORDS.source}|${SERVICE_ENDS.source}|${DATES_SHIFT.source}|${PLACE_SHIFT.source}|${EVENT_SHRINKS.source}|${CONSOLIDATED.source}|${OPERATOR_CHANGE.source}|${FREQUENCY_SHIFT.source}|${REVIVAL.source}|${CLOSES_AHEAD.source}|${LAND_USE.source}|${SCALE_CUT.source}|${ENTERPRISE_COMING.source}`, 'u')
/**
 * A benefit the city would grant, in the future or passive form (無償で配ることになる, 無料で配布される, 市の職員として採用される,
 * 正職員に登用してもらえる): a forecast or a hearsay of one promises what is not decided. (A hand-out going on, 無料で配布しています,
 * is an announcement, not this.)
 */
export const BENEFIT =
  /(?:無償|無料|タダ|ただ)で[^。！？!?\n]{0,4}?(?:配る|配られ|配(?:布|付)(?:する|され)|支給(?:する|され)|交付(?:する|され)|貸与(?:する|され)|貸し?出(?:す|され)|提供(?:する|され)|譲(?:る|られ)|もらえる)|(?:市|市役所|役所|役場)?(?:の)?(?:正?職員|正規職員)(?:と|に)(?:して)?(?:(?:採用|雇用|登用|任用)(?:され|して(?:もら|いただ|くれ))|雇(?:われ|って(?:もら|いただ|くれ)))|(?:職員|正職員|正規職員)に(?:なれる|登用され|採用され)|(?:市|市役所|役所|役場)(?:で|に)(?:採用され|雇用され|雇って(?:もら|くれ|いただ)|雇われ)/u
/**
 * Blind R61A-062: a discipline of a person, not yet decided (担当職員は処分される見込みです, 関係した職員は懲戒処分となる見通し, 当該職員には
 * 停職などの処分が下される可能性が高い): a personnel decision of the city, so a forecast or a hearsay of it passes on what is not decided. A
 * discipline word (懲戒, 免職, 停職, 減給, 戒告, 訓告, 諭旨, 降格, 更迭) always is one; 処分 only with a person as whom it falls on (職員は…処分
 * される, 係長が処分を受ける), not goods disposed of (備品は…処分される, 処分場).
 */
export const STAFF_PENALTY =
  /懲戒|免職|停職|減給|戒告|訓告|諭旨|降格|更迭|(?:職員|担当者?|関係者|当事者|本人|教員|教諭|教師|校長|課長|部長|係長|次長|所長|局長|幹部|市長|副市長|議員|運転手|運転士|[一-龠々]{1,4}(?:さん|氏))(?:さん|ら|たち|の方|の人)?(?:は|が|も|に(?:は|も)?|を|に対して|へ(?:の)?|(?=[、,]))[、,]?[^。！？!?\n]{0,16}?処分(?!場|費|方法|場所|料|手数料|品|日)(?:を(?:受け|科)|が(?:下|科|出)|と(?:な|す)|に(?:な)|され|の対象|対象|は(?:避けられ|免れ)|を免れ|する(?:方針|方向|見込|予定))/u
/**
 * Blind R86A-073: damage told as what befell a structure, a subject and a verb rather than a damage noun (堤防が切れた, 筑後弁 堤防の
 * 切れた, 道路が陥没しとる, 土手が崩れた, 橋の落ちた, 川の水があふれた): what a disaster rumour says. Only a structure, the ground or water as
 * the subject (電池が切れた, 期限が切れた are no damage); 切れ目, 落ち着, 落ち葉 are other words.
 * Blind R309C-056 kind (unof56): also a levee, a bridge or a road said to be cracked, leaking, tilting or sinking (堤防に亀裂が入っている,
 * 橋脚が傾いている, 堤防から水が漏れている, 路面にひびが入ってる): the damage an unconfirmed disaster report tells, as 決壊 is.
 */
export const COLLAPSE_EVENT =
  /(?:堤防|土手|どて|護岸|堤|ため池|橋|橋げた|道路|県道|市道|国道|農道|線路|崖|がけ|斜面|のり面|法面|擁壁|石垣|住宅|家屋|屋根|ブロック塀|塀|電柱|街路樹|川|水路|堀|掘割|クリーク|水門)(?:が|の|も)[^。！？!?\n]{0,4}?(?:切れ(?!目|端|間)|決壊|崩れ|くずれ|崩落|落ち(?!着|つ|葉|ない|ず)|陥没|流さ|流れて(?:しま|き)|壊れ|こわれ|倒れ|たおれ|倒壊|あふれ|溢れ|越水|沈下|埋ま)/u
/** The unof56 reading (cracked, leaking, tilting, sinking), apart so that a works notice of the city's own can set it aside. */
export const CRACK_EVENT =
  /(?:堤防|土手|どて|護岸|堤|ため池|ダム|橋|橋げた|橋脚|道路|路面|県道|市道|国道|農道|線路|トンネル|崖|がけ|斜面|のり面|法面|擁壁|石垣|水門|樋門|校舎|庁舎|体育館|外壁)(?:に|が|の|も|から)[^。！？!?\n]{0,6}?(?:亀裂|ひび(?!き)|ヒビ|クラック|漏水|水漏れ|水が(?:漏れ|噴き出|吹き出|しみ出|染み出|にじみ出|湧き出)|傾い|傾き|陥没|沈下)/u
export const DAMAGE_EVENT = new RegExp(`${COLLAPSE_EVENT.source}|${CRACK_EVENT.source}`, 'u')
/** Topics of harmful rumours. */
/** Blind R227W-003 kind: a seismic intensity (震度六弱, 余震) is what an unofficial quake report tells, as 地震 is. */
export const RUMOUR_TOPIC_WORD = /震度|余震|(?:大きな|大きい|強い|激しい|でかい)揺れ|揺れが(?:来|く)|廃業|閉業|(?:お?店|みせ|商売|のれん|暖簾)(?:を|ば)?[、,]?(?:たた|畳)(?:む|み|ん)|異物|混入|鳥インフル|インフルエンザ|豚熱|口蹄疫|食中毒|集団感染|流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|火事|火災|停電|断水|けが人|死者|行方不明|孤立|コロナ|ワクチン|感染|ウイルス|地震|津波|噴火|デマ|事件|事故|犯人|不審者|逮捕|倒産|閉店|汚染|放射能|病気|危険/u
export const RUMOUR_TOPIC = new RegExp(`${RUMOUR_TOPIC_WORD.source}|${DAMAGE_EVENT.source}`, 'u')
/** A future or new matter (for the weak stage words). */
export const FUTURE = /年内|年度内|今年度中|年度末までに|来年|来年度|再来年|次年度|来春|来秋|来月|次回|次期|新しい|新しく|新た|新規|今後|将来|お楽しみに|新(?![年春緑米茶]|のり)(?=[\p{Script=Han}\p{Script=Katakana}])|[0-9０-９一二三四五六七八九十]+月から|(?:春|夏|秋|冬|来期|年明け|今年|今年度|今回|今季|今期)から|から(?:は)?(?:有料|無料)/u
export const START_AHEAD =
  /(?:来年|来年度|再来年|再来年度|次年度|来春|来秋|来夏|来期|来季|来シーズン|[0-9０-９]{4}年度?|令和[0-9０-９一二三四五六七八九十元]{1,2}年度?)(?:の(?:春|夏|秋|冬|[0-9０-９一二三四五六七八九十]{1,2}月))?(?:から|より|以降|には|中に|をめどに|を目途に)(?:は)?[、,]?[^。！？!?\n]{0,16}?(?:(?:運航|運行|就航|実施|導入|開始|運用|開講|開設|稼働|供用|スタート)(?:され(?:る|ます|そう)|する|します|しそう|となる|になる)|本格化(?:する|します|しそう)|(?:始|はじ)ま(?:る|ります|りそう)|(?:走らせ|始め|はじめ)(?:る|ます|られる)|走(?:る|ります|り出す))/u
/**
 * Review of unof58 (rv/misc): a start a year ahead that is a works' or a facility's own (来年度から堀の浚渫工事が始まる見込み, 来春には新駅舎の
 * 供用が始まる見込み, 令和9年度から新工場が稼働する見込み) or a service resumed (来年の春から運航が再開される見込み) is the schedule of works,
 * judged as NATURAL judges works; only a new service or measure starting (運行が始まる, 導入される) is START_AHEAD's.
 */
const START_AHEAD_WORKS = /工事|工期|供用|稼働|完成|竣工|開通|改修|建設|整備|復旧|再開|修繕|補修|浚渫|舗装|架け替え|解体/u
export function serviceStartAhead(sentence: string): boolean {
  const m = START_AHEAD.exec(sentence)
  return m !== null && !START_AHEAD_WORKS.test(m[0])
}
/** Forecasts about nature, crowds, traffic or works are not undecided matters. */
export const NATURAL =
  /天気|天候|予報|気温|雨|雪|晴れ|台風|気象|混雑|渋滞|見頃|開花|満開|紅葉|水温|潮|波|強風|増水|花粉|熱中症|流行|人出|工事|完了|復旧|開通|運行|運休|通行止め|到着|完売|満席|収穫|漁獲|生育|作柄|摘採|遅れる|人口|児童数|生徒数|減少|増加|推移|需要/u
/** Trivia, tradition, history: hearsay about these is storytelling, not rumour. */
export const TRIVIA = /願い|込め|由来|言い伝え|伝説|伝承|昔|かつて|歴史|豆知識|トリビア|年(?:以上)?前|世紀|創業|創建|江戸|明治|大正|昭和|藩|白秋(?!祭)|生前|と言われ(?!た|まし)|といわれ(?!た|まし)|語源|名前の|ルーツ|諸説/u
export const OFFICIAL_SOURCE = /(?:気象庁|気象台|警察|消防|県|国|厚生労働省|保健所|市)(?:の発表)?(?:によると|によれば|では|から(?:の)?(?:連絡|情報|発表|通知|聞|伺|知らせ|お知らせ|説明|報告)|の発表)|(?:県|国|市)の(?:お知らせ|広報|ホームページ|HP|公式サイト)(?:によると|によれば|では)/u
/**
 * A named person or body is the source (船頭さんによると): not an anonymous rumour. Blind R81A-127: a party to the city's business or an
 * acquaintance with さん (業者さんから聞いた, 職人さんの話では, 知り合いさんによると) names no one: what they pass on is still hearsay.
 */
export const NAMED_SOURCE = /(?:(?<!業者|職人|大工|作業員|下請け|元請け|請負|知り合い|近所|友達|友人|知人|現場の|役所の|会社の)さん|氏|様|先生|会長|組合|協会|センター|館|課|署|局|庁|台|新聞|報道)(?:によると|によれば|の話では|の話によると|に聞いたところ|から聞いた|に伺った)/u
/**
 * Blind (left from review, 古賀さんの話では、川下りの乗船料が来年から上がるそうです): a private person named with さん vouches for their
 * own matters, not for the city's. When what is told after 〜さんの話では / 〜さんによると / 〜さんから聞いた is a change of a fee, a
 * service or a plan (CHANGE, BENEFIT, STAFF_PENALTY) it is still hearsay about an undecided matter; the person's own shop, home or family
 * (お店, うちの, 自宅, 息子さん …) with no public thing in it stays theirs (…お店が来月移転するそうです).
 */
const PERSON_SOURCE = /さん(?:によると|によれば|の話では|の話によると|に聞いたところ|から聞いた|に伺った)/u
const OWN_MATTER = /(?:うち|ウチ|自分|ご自身|自宅|お店|店|実家|家業|工房|農園|畑|田んぼ|息子さん|娘さん|お孫さん|ご主人|奥さん|ご家族)(?:の|で|は|も|が|を)/u
export function namedSourceVouches(sentence: string): boolean {
  if (!NAMED_SOURCE.test(sentence)) return false
  const person = PERSON_SOURCE.exec(sentence)
  if (!person) return true
  const told = sentence.slice(person.index + person[0].length)
  if (OWN_MATTER.test(told) && !PUBLIC_THING.test(told)) return true
  return !(CHANGE.test(told) || BENEFIT.test(told) || STAFF_PENALTY.test(told))
}
/**
 * Blind R87A-055: a comment process or a briefing said to be still ahead (パブリックコメントはまだ先ですが, パブコメはこれからですが, 意見募集の
 * 前ですが, 説明会の日程が決まったらお知らせします): the draft has not been put out, so the process named does not make it public. A process
 * going on (まだ受け付けています, 実施しています) or done is public as ever.
 * Blind R205I kind: …or its date only promised for later (説明会の日程は追ってご案内します): the briefing is still ahead, as 決まったら is.
 */
// Blind R295M-013 kind (conf18): a session only arranged inside (地元説明会を開く段取りになっています, 説明会の手はずを整えている): no public
// step yet, so the undecided matter beside it is not out in the open.
const NOT_YET = '(?!(?:を|は|も|の)?[^。！？!?\\n「」]{0,10}?(?:段取り|手はず|手筈)|(?:は|も|の(?:実施|募集|開始|手続き?|時期)?(?:は|も)?)?[、,]?(?:まだ先|まだ(?:これから|です|(?:行|実施し|始まっ|開催し|開い|募集し|し)て(?:い|お)?(?:ない|ません|りません))|これから(?:です|なので|ですが|だ|や|の段階)|(?:の)?前(?:です|なので|ですが|の段階|で、|だ|や|に(?!は))|実施前|開始前|未実施|未定|の(?:日程|日時|開催日|時期)(?:が|は|も)?[、,]?(?:決まっ(?:たら|て(?:い|お)?(?:ない|ません))|決まり(?:次第|しだい|ましたら)|未定|確定(?:次第|したら)|(?:後日|追って|改めて|あらためて|別途)[、,]?(?:お知らせ|ご案内|ご連絡|連絡|お伝え))))'
/**
 * The draft is put out for comment, or the post says it was published: public. Blind (colleague): also what the city said in the council
 * or to the press, in the past (…庁内で協議を進めていることを議会で答弁しました, 記者会見で明らかにしました): on the public record. An answer
 * still to come (答弁する予定) is not.
 * Blind R205I kind: the residents' views to be heard before the city decides (ご意見を伺いながら決めていきます, ご意見を聞いて決定) are a step
 * still ahead: the plan told in the post has not been put to them (ご意見を踏まえて決定しました has).
 */
export const PUBLIC_PROCESS = new RegExp(`(?:基本計画|総合計画|実施計画|整備計画|基本構想|事業計画|計画書|予算書)(?:より|によると|によれば|では|に基づ)|意見(?:を|の)?(?:[^。！？!?\\n、]{0,12}?(?:募集|公募|お寄せ|受け?付け)|提出)${NOT_YET}|(?:パブリックコメント|パブコメ|意見公募)${NOT_YET}|閲覧|縦覧|公表し|公表され|発表し|説明会${NOT_YET}|ご意見(?![^。！？!?\\n]{0,12}?(?:ありがと|有難|感謝|お礼|御礼)|を(?:聞いて|聞き|伺って|伺い|お聞きして|お聞きし|踏まえて|もとに|参考に)(?:ながら)?[、,]?[^。！？!?\\n]{0,10}?(?:決定|決め)(?!(?:し|いたし)?まし|た|られ(?:まし|た)))|オープンハウス|意見交換|ワークショップ|サウンディング|市HP|ホームページ|答弁(?:し|され)(?:まし)?た|(?:議会|定例会|一般質問|委員会|本会議|記者会見|定例会見|会見)(?:の中|の場)?で[^。！？!?\\n]{0,40}?(?:(?:表明|明らかに|言及|説明)(?:し|され)|述べ(?:られ)?)(?:まし)?た`, 'u')
/**
 * A draft put out for comment, said anywhere in the post (素案への意見を1月9日まで募集中です, パブリックコメントを実施します,
 * 素案の閲覧場所): a 素案 or 原案 in another paragraph (素案では…18の施策を掲げています) is the published one. Narrower than
 * PUBLIC_PROCESS: a mere ご意見 or ホームページ elsewhere in the post says nothing about the draft.
 */
export const COMMENT_PROCESS = new RegExp(`(?:パブリックコメント|パブコメ|意見公募|意見(?:を|の)?[^。！？!?\\n、]{0,12}?(?:募集|公募|お寄せ|受け?付け))${NOT_YET}|(?:素案|原案|試案|計画案|案)(?:の|を)(?:閲覧|縦覧|公表|公開)|(?:素案|原案|試案|計画案)(?:は|も)[、,]?[^。！？!?\\n]{0,40}?閲覧(?:でき|いただけ|可能)|(?:素案|原案|試案|計画案)[）)]?(?:に関する|についての|に係る|の)公聴会|縦覧`, 'u')
/** What a paragraph tells the post: whether it puts a draft out for comment, and its draft nouns kept for `post`. */
export interface UnofficialFacts {
  comment: boolean
  drafts: DraftFinding[]
  /** The paragraph says a measure was decided (DECIDED_MEASURE). */
  decided: boolean
  /** Forecasts in figures kept for post: another paragraph may say the measure they are about was decided. */
  effects: DraftFinding[]
  /** The paragraph says the budget for works is still to go to the council (WORKS_BUDGET_PENDING). */
  worksPending: boolean
  /** Works given a date, stated as certain (WORKS_DATED), kept for post: another paragraph may say their budget is still pending. */
  worksDated: DraftFinding[]
  /**
   * Blind KH-046 kind (misc60): hearsay inside a resident's question or a rumour the post reports (「…受け取れなくなるらしい」という
   * お問い合わせが相次いでいます) with no answer in its own paragraph, kept for post: the answer may be another paragraph's (・…お持ちで
   * ない方も受け取ることができます。…お尋ねすることはありません).
   */
  asked: DraftFinding[]
  /** The paragraph answers or corrects what residents ask or what goes round (ANSWERED, CORRECTED, 市の公式なお知らせとして). */
  answers: boolean
}

/**
 * A schedule to be fixed and announced later: 日程は調整中です。
 * Blind R240F-043 kind: …with a comma after the topic (ステージの出演者は、現在調整中です; 会場は、ただいま調整中): the same event detail.
 */
export const TBD_SUBJECT = /(?:日程|日時|時間|時刻表?|ダイヤ|スケジュール|停留所|バス停|詳細|詳しい内容|場所|会場|内容|時期|方法|申込方法|受付期間|開始日|出演者|講師|ルート|定員)(?:は|も|を|について(?:は)?|等は|などは)[、,]?(?:現在|ただいま|只今|まだ)?$/u
export const TBD_LATER = /(?:決まり|決定|確定|分かり|わかり|判明し)(?:次第|しだい)|決まりましたら|決定しましたら|改めて(?:お知らせ|ご案内)|後日(?:お知らせ|ご案内|発表)|追って(?:お知らせ|ご案内)/u

/**
 * A measure said to be decided in the paragraph: passed by the council, decided, a contract concluded. Blind R323D-047 kind (unof59): not
 * one said all but decided (ほぼ確定しました, 事実上決定した): a figure beside it is the undecided matter's, not a published estimate.
 */
export const DECIDED_MEASURE = /(?:(?:可決|議決|採択|承認)(?:され|し)(?:た|ました)|(?<!ほぼ|ほとんど|ほぼほぼ|事実上|実質|実質的に|おおむね|概ね|大筋で?|だいたい|大体)(?:決定|確定|締結)(?:し|され)(?:た|ました)|契約を(?:結んだ|結びました|締結))(?!ら|なら|場合|とき|時|際|後に)/u
/**
 * Blind R83A-013: when a decided measure is finished or opened, with its date (完成は令和9年3月の見込みです, 供用開始は令和9年4月の見通し,
 * 令和8年度末の完成を見込み): the schedule the city publishes with a measure passed or contracted, as an effect in figures is. Without the
 * decision in the post (審議されます, 可決されれば) it still forecasts an undecided matter.
 */
export const SCHEDULE_WORD = '(?:完成|完了|竣工|開通|供用開始|供用|開業|開館|開園|開所|オープン|着工|工期|運用開始|運行開始|利用開始|全線開通)'
/**
 * Blind R311E-033 kind (unof56): works' completion or opening (開通, 完成, 着工, オープン) with a time a season or more ahead (来年の春には, 再来年,
 * 来年度中に): a schedule no weather or repair tells, so what an informant passes on of it is an unannounced plan.
 */
export const SCHEDULED_AHEAD = new RegExp(`(?:来年|来年度|再来年|次年度|来春|来秋|来夏|年度内|年度末|年内|[0-9０-９]{4}年|令和[0-9０-９一二三四五六七八九十元]{1,2}年)[^。！？!?\n]{0,16}?${SCHEDULE_WORD}|${SCHEDULE_WORD}(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?(?:来年|来年度|再来年|次年度|来春|来秋|来夏|年度内|年度末|年内|[0-9０-９]{4}年|令和[0-9０-９一二三四五六七八九十元]{1,2}年)`, 'u')
/**
 * Policy-speak for a decision still being made: 〜する方向で調整, 方向で話が進んでいます; blind R95A-085: also with who arranges it between
 * (総合体育館に移す方向で庁内の調整が進んでいます, 有料化する方向で、関係課との協議を進めています).
 * Blind R121A-111: or with the stage word in the progressive (研修手当を月額15万円に引き上げる方向で、観光課と協議中である, 統合する方向で
 * 県と調整しております).
 * Blind R98A-122: a direction said to be nearly settled, a degree adverb between (市街地再開発で進める方向でほぼ固まっています, 廃止する方向で
 * おおむねまとまっております, 統合せん方向で大筋決まりよります): ほぼ, おおむね, 大筋 say it is not decided yet. Only after a verb's plain
 * form (the plan's content); a noun's direction (矢印の方向で) is no plan.
 * Blind R204D kind: …or a plan (…する案で, …する方針で) said nearly settled inside the office, who settles it between (…に切り替える案で、
 * 課内ではおおむねまとまっています): not decided, and told from inside.
 * Blind R224T-053 kind (first alternative): a line agreed on in the making, 線で for 方向で (有料にする線で話がまとまりつつあります,
 * 統合する線で調整しています): the course of an undecided measure in the jargon of the office. A line that runs (電車が走る線で) is not.
 * Blind R238K-015 kind: …or the direction being hammered out with another section, 詰める for 調整する (有料とする方向で関係課と詰めている
 * ところです, 廃止する方向で詰めております): a measure in the making. Judged as the other progressive forms: only with a change or a
 * benefit in the sentence (a date being fixed, 開催する方向で講師と詰めています, is none).
 */
/**
 * Blind R238K-015 kind: what a direction worked out in the progressive is about when it is a measure of the city in one word (有料とする,
 * 廃止する, 統合する, 民営化する, 移転する): a charge or a closure is a change whatever the verb; an event's date or a speaker is not.
 */
/**
 * Blind R243H-027 / R245M-014 kind (unof6): …or a charge cut or a benefit's reach widened (乗船料を割り引く方向で、いま担当課が詰めている;
 * 対象を広げる方向で、上の人たちと相談している): a measure in the making as well, not an event's date.
 */
export const DIRECTED_MEASURE = /有料|無料化|無償化|値上|値下|廃止|統廃合|統合|移転|閉鎖|閉館|閉校|閉園|休館|民営化|縮小|売却|民間委託|割り?引(?:く|き|か|い)|割引|減免|(?:対象|範囲|対象者|対象年齢)(?:を|が)[、,]?[^。！？!?\n]{0,8}?(?:広げ|拡げ|ひろげ|広が|拡大|拡充)/u
/** The course of weather, water or a moving thing: 台風が東へ進む方向になる, 風の吹く方向, 川の流れる方向. */
export const DIRECTION_NATURE = /台風|低気圧|前線|雨雲|雲|風|潮|波|流れ|進路|気圧|天気|天候|雨|雪|矢印|道順|道なり|左手|右手|進行方向/u

/** A private person as the source of what follows: 近所の方が教えてくださった, 知り合いから聞いた. */
export const PRIVATE_INFORMANT =
  /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|常連|通りすがり|お客|近くの)(?:の方|の人|さん|の方々)?(?:が|から|に)[^。！？!?\n]{0,12}?(?:教えて(?:くれ|くださ|もら|いただ)|聞い|聞き|話して|言って|言いよ)/u

/** Damage told of a disaster: what an unverified report of it spreads. */
export const DAMAGE = new RegExp(`流され|浸水|冠水|倒壊|決壊|氾濫|土砂崩れ|崩落|火事|火災|停電|断水|けが人|死者|行方不明|孤立|${DAMAGE_EVENT.source}`, 'u')

/**
 * Unannounced: 未発表ですが, まだ正式には決まっていませんが, 案が出ています, 庁内で議論.
 * Blind R234M-005 kind: the mood of the staff's meeting on a measure passed on (課長たちが予算の打ち合わせでかなり前向きに話していました): the
 * inner stage of a decision told, as 庁内では前向きに検討 is.
 */
/**
 * Blind R277T-024 kind (conf14): an undecided plan passed on as the likeliest option, a degree or a time put between the plan and
 * 有力 (隣の校区と一緒になる案がいちばん有力みたいです, 移転する案が今のところ最も有力): the same as 案が有力. A place reported as a
 * strong candidate (有力な候補地として議会に報告) has no 案が before it.
 */
/**
 * Blind R254L-017 kind (conf8): the concession that the matter is not decided, in やさしい日本語's hiragana (まだ きまって いませんが、しやくしょで
 * はなしあって います): the same as まだ決まっていませんが (the squeezed view joins the spaces; 決まったら知らせる after it stays clean).
 */
/**
 * Blind R362K-033 kind: a measure the section only talks over, told in the volitional with か (…にも広げようかと課内で話しているところです,
 * 統合してはどうかと係内で相談しています): an idea inside the office, not a decision, passed on.
 */
export const UNANNOUNCED =
  /(?:正式(?:に)?|公式(?:に)?)?(?:発表|公表)(?:される|する|の)予定(?:です|なん(?:です|だ))?(?:が|けど|けれど|けれども|やけど)[、,]?(?=[^。！？!?\n]{0,60}?(?:決まりました|決まった|決定しました|決まっとる|内定|就任|着任|異動))|(?:内々|水面下|非公式)に(?:検討|調整|協議|話し合|進め)|結論(?:は|が)?(?:まだ)?出て(?:い)?(?:ない|ません|おらず|おりません)(?:ものの|が|けど|ですが|けれど)|(?:まだ)?(?:はっきり|確か|正式)(?:な|した)?(?:こと|ところ)は(?:申し上げられ|言え|お伝えでき|お話しでき)(?:ない|ません)(?:のですが|んですが|が|けど|ですが)|議会(?:に|へ)(?:諮る|かける|提案する|出す|上程する)の(?:は|も)これから|(?:庁内|役所内|課内|内部)で(?:は)?前向きに(?:進|検討|調整)|(?:課長|部長|係長|次長|局長|市長|副市長|上司|幹部|上の人|上層部)(?:たち|達|さん|の方)?(?:が|も|は)[、,]?[^。！？!?\n]{0,16}?(?:打ち合わせ|打合せ|会議|ミーティング|検討会)(?:で|の場で|の中で)(?:は|も)?[、,]?[^。！？!?\n]{0,20}?前向き(?:に|な)(?:話|議論|検討|意見|声|感じ|雰囲気|反応)|未発表(?:ですが|だけど|だけれど|の(?:情報|事項|話|案件|内容|計画|事業|人事|データ|資料|件)|です|情報|事項|なので|ながら|なんですが)|(?<!正式)(?:発表|公表)前(?:ですが|だけど|なので|の(?:情報|段階|話|速報|数字|数値|データ|集計))|正式(?:な)?(?:発表|決定|公表)(?:前|の前|はまだ|が待ち遠し|を?お楽しみに|まで(?:もう少し|内緒|秘密|お待ち))|(?<=まだ(?:[、,]?(?:市の|市から|市からの|県の|県からの|国の)?)?)(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ)(?:は|が|も)?[、,]?(?:出て|出され|され|あって)(?:い|お)?(?:ない|ません|りません|らん)(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けれども|ばってん)|(?:正式|公式)(?:な|の)?(?:発表|公表|お知らせ)(?:は|が|も)?[、,]?まだ(?:出て|出され|され|あって)(?:い|お)?(?:ない|ません|りません|らん)(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けれども|ばってん)|(?:話|案|声|意見)(?:が|も)[、,]?(?:庁内|役所内|課内|部内|係内|内部)で(?:は|も)?出と(?:る|り|った)|まだ(?:正式に(?:は)?|はっきり)?(?:決まって|きまって|決定して|確定して|発表されて|公表されて)(?:い)?(?:ない|ません)(?:が|けど|けれど|ですが|のですが|んですが|んだけど)|まだ(?:正式に(?:は)?|はっきり)?(?:決定し|確定し|発表され|公表され|出)(?:とら(?:ん|ない)|ておら(?:ん|ない)|てな(?:い|か))(?:ですが|ですけど|けど|けれど|ばってん|が)|(?:まだ)?(?:決定|確定|正式決定)(?:事項)?(?:では|じゃ)(?:ない|ありません|ございません)(?:が|けど|ですが|のですが)|非公式(?:ですが|だけど|な情報|の情報|情報|に聞いた)|ネタバレ(?:すると|ですが|になりますが|しちゃうと|しちゃいます|です|ですけど)|案(?:が|も)(?:出て|出され|浮上|挙が|あが|上が|検討され|議論され|有力)|案(?:が|も)[、,]?(?:いちばん|一番|最も|もっとも|いま|今|現在|現状|現時点で|今のところ)[、,]?(?:いちばん|一番|最も|もっとも)?[、,]?有力|(?<![答図思懸翻教名妙腹])案(?:が|も)[、,]?(?:(?:いま|今|現在|すでに|既に|実は|じつは)[、,]?)?[^。！？!?\n、,]{0,8}?(?:委員会|審議会|協議会|議会|庁議|幹部会|[課係室局]|庁内|役所|役場|(?<![\p{Script=Han}])市|(?<![\p{Script=Han}])県)(?:で|から|の(?:中|なか|方|ほう)で|内で|内部で)(?:は|も)?[、,]?(?:(?:いま|今|現在)[、,]?)?(?:出て|出され|浮上し|挙が|持ち上が|検討され|議論され)|(?:という|との|って)案(?:が|も)?|(?:庁内|役所内|課内|内部)で(?:は)?(?:議論|検討|話し合|話題|噂|うわさ|見方|声|意見|広が|調整|浮上|出て)|(?<=(?:よう|[ぁ-ゖ]う)か)(?<!どう(?:しよう)?か)(?:と|って)?[、,]?(?:庁内|役所内|課内|部内|係内|内部)で(?:は|も)?(?:話して|話し(?:よ|と)る|話しより|相談して|相談し(?:よ|と)る|言って|言いよる)(?:い|お)?|(?:という|との)見方が(?:広が|強ま|強い|強く|出て|ある|有力)|のでは(?:ないか)?(?:という|との)(?:見方|声|話|噂|憶測)/gu

/**
 * Blind R58A-027: a plan for a change said to be taking shape inside, in the progressive of a decision in the making (…上限を35歳まで
 * 引き上げる案が人事課でまとまりつつあります, 方針が教育委員会の中で固まりつつあります, 案が環境課でまとまりよります, 方向性が庁内で
 * 煮詰まってきています, 骨子が…で練られているところです): the content of a plan still being formed (意思形成過程) handed out before the
 * city decides it. Only a plan noun (案, 方針, 方向性, 構想, 骨子) as the subject, and only with a change, a decision or a future matter in
 * the sentence; a plan put out for comment or worked out in a public workshop (ワークショップ, 説明会) is public. Feelings or opinions
 * coming together (地域の気持ちがまとまりつつあります), a plan already done and published (計画がまとまりましたので公開しています) and
 * 案内 are not this.
 */
export const PLAN_FORMING =
  /(?<![答図思懸翻教名妙])(?:案|方針|方向性|構想|骨子)(?:が|も|は)[、,]?[^。！？!?\n]{0,16}?(?:(?:まとま|固ま|煮詰ま)(?:りつつ|りかけ|りよ|ってき(?:て|と|ま)|ってきつつ)|煮詰められ|(?:練ら|詰めら)れて(?:い|お)|(?:練り|詰め)(?:上げ|あげ)?(?:られ)?(?:の段階|が進)|大詰め|(?:でき|出来)(?:つつ|かけ|あがりつつ|上がりつつ))/gu
/**
 * Whether the text at `at` lies in a bracketed saying given as an example (「大きな声では言えないけど、…」といった書き込みに
 * ご注意ください): others' words shown, a mention.
 */
export function quotedExample(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 40 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 80 || t.slice(at, close).includes('\n')) return false
  return /^(?:といった|などの|などと|のような|みたいな|という|との|って)[^。！？!?\n]{0,6}?(?:書き込み|投稿|メッセージ|メール|電話|うわさ|噂|デマ|話|誘い|勧誘|言葉|手口|文句)/u.test(t.slice(close + 1, close + 24))
}
/**
 * Blind HU-011: a resident's voice quoted in brackets and tagged with who they are (「…観光客が迷わなくなると思う。」（市内在住・40代）,
 * （70代・女性）, （参加者・30代）) or framed as a voice received (「…」という声/ご意見/ご感想): the resident's own hope or guess, given as
 * theirs, not the city's forecast of a matter it decides. A tag naming the city's staff (（市職員）, （担当課長）) is the city speaking.
 */
const RESIDENT_TAG = /^[。．.\s]?[（(](?![^（）()\n]{0,24}?(?:職員|課長|係長|部長|担当|市長|局長|所長))[^（）()\n]{0,16}?(?:在住|在勤|[0-9０-９]{2}代|[0-9０-９]{1,3}(?:歳|才)|男性|女性|参加者|利用者|保護者|来場者|受講者|住民|市民)[^（）()\n]{0,12}[）)]/u
const VOICE_FRAME = /^(?:という|との|といった)(?:お?声|ご?意見|ご?感想)/u
/**
 * Blind review kind (misc22): …or labelled before the bracket as a resident's voice (参加者の声：「個人的には、…べきだと思います…」, 利用者の
 * 方の感想「…」, 山田さんの声「…」): the label names who spoke, so the view inside is theirs. Only a resident, a participant or a person by
 * name (さん, 様) — not a label naming the city's staff (職員の声, 担当者の声, 課長のコメント: the city speaking).
 */
const VOICE_LABEL_BEFORE = /(?:参加者|利用者|来場者|来館者|受講者|受講生|体験者|お客様|お客さま|市民|住民|保護者|児童|生徒|園児|学生|ボランティア|地域|地元|皆さん|皆さま|皆様|方|さん|様)(?:の|から(?:の)?)(?:お?声|ご?感想|ご?意見|コメント|ひとこと|一言)(?:から|より)?\s?[:：]?\s?$/u
const STAFF_LABEL = /職員|担当|市長|課長|係長|部長|局長|所長|館長|当課|市役所/u
export function quotedVoice(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open < 0 || at - open > 120 || /[」\n]/u.test(t.slice(open, at))) return false
  const close = t.indexOf('」', at)
  if (close < 0 || close - at > 120 || t.slice(at, close).includes('\n')) return false
  const tail = t.slice(close + 1, close + 40)
  const head = t.slice(Math.max(0, open - 24), open)
  return RESIDENT_TAG.test(tail) || VOICE_FRAME.test(tail) || (VOICE_LABEL_BEFORE.test(head) && !STAFF_LABEL.test(head.replace(/^.*[。！？!?\n]/su, '')))
}
/** What a secret aside passes on: a change told as coming (上がる, 変わります, 始まる, 増える, 無料になる) or planned. */
// Blind R311E-041 kind (unof56): …or a guest or a star said to be coming (ゲストで来てくれる, 出演します, やって来ます, 登場する).
export const ASIDE_NEWS = /上が|あが|下が|さが|アップ|増え|ふえ|増や|減(?:る|り|ら|っ)|へる|変わ|かわる|始ま|はじま|(?:に|と)な(?:る|り)|でき(?:る|ます)|決ま|予定|見込|方向|つもり|来て(?:くれ|くださ|いただ|もら)(?:る|ます|ること)|来(?:る|ます|られ(?:る|ます))(?=[よね〜~！!。…]|$|んだ|んです)|やって(?:来|く)(?:る|ます)|出演(?:する|します|される|されます|決定)|登場(?:する|します)/u

/** Talk of a plan coming up: 建て替えの話が出ているようです, 統合の構想が持ち上がって (about a decision only). */
export const TALK_OUT = /(?:話|構想|計画|案)(?:が|も)(?:出て|持ち上が|浮上|あが|上が|挙が)/gu
/** Talk inside the city hall: 庁内で、ごみ袋の値上げが議論されています. */
export const INTERNAL_TALK = /(?:庁内|役所内|市役所内|課内|部内|係内|班内|部署内|内部|幹部の間|職員の間)で(?:は|も)?/gu
/**
 * Blind R77A-120: a change said to be moving forward in talks inside the city hall (…料金を二千円に値上げする方向で内部の話が進んで
 * います, …廃止する話が役所内で進みよる, 内部的な協議が進められております, 内々に話がまとまりつつあります): the content of a decision still
 * in the making, handed out before the city decides it. Only talk going on (進んでいる, 進めている, まとまりつつ), not done (検討が進み、…
 * 決定しました) or denied (進んでいません), and only with a change, an amount raised or cut or a benefit in the sentence; a draft put out for
 * comment and a plain progress report with no change (課内の話し合いが進んでいて…) are not this.
 */
const INSIDE_BODY = '(?:庁内|役所内|市役所内|課内|部内|係内|内部|内々|水面下|上層部|幹部|執行部|事務方)'
const INSIDE_TALK_NOUN = '(?:話し合い|話|検討|議論|協議|調整|詰め)'
const GOING_ON = '(?:着々と|どんどん|だいぶ|かなり|順調に|すでに|もう|少しずつ)?(?:進んで|進めて|進んど|進めと|進みよ|進めよ|進められて|まとまりつつ|まとまりかけ|まとまってき|煮詰まって|煮詰まりつつ|詰められて)'
export const INSIDE_PROGRESS = new RegExp(
  `${INSIDE_BODY}(?:的な|の|で(?:の)?|では|に)[、,]?${INSIDE_TALK_NOUN}(?:が|も|は)[、,]?${GOING_ON}|${INSIDE_TALK_NOUN}(?:が|も|は)[、,]?${INSIDE_BODY}(?:的に|で(?:は|も)?|に)[、,]?${GOING_ON}`,
  'gu',
)

/**
 * Personnel moves told before they are published. Blind R77A-099: also a move said in plain words (別の部署に行かれるかも, 違う課に
 * 移るらしい, ほかの課さんに変わるっちゃろか…って, 本庁に戻られるみたい) as a guess or a hearsay: the same unannounced move without the
 * word 異動. Only a unit of the organisation as where one goes (部署, 課, 係, 所属, 支所, 本庁); 予定 (an announced change of the desk
 * that handles a matter, 担当が別の課に変わる予定です) and a reader sent to another desk (別の課に行っていただく場合) are not this.
 */
export const PERSONNEL = /(?:次の|今度の|春の|秋の|来年度の|来春の|[0-9０-９一二三四五六七八九十]+月の)(?:人事)?異動で|(?:異動|転勤|昇進|昇格|退職|辞職|辞任|退任|就任|着任|赴任|配属|後任|交代|出馬|立候補|勇退)(?:する|になる|される|が)?(?:予定(?!者)|らしい|みたい|って|が決まり|が決まった|が内定|の内示|が有力|が濃厚|の噂)|(?:(?:別|べつ|違う|ちがう|ほか|他|よそ|隣|となり)の(?:部署|課|係|部局|所属|支所|出先|課さん|部署さん)|本庁|県庁)(?:に|へ|ば)[、,]?(?:行か|行く|行き|いか|いく|いき|移ら|移る|移り|移ん|うつら|うつる|うつり|変わ|かわ|戻ら|戻る|戻り|もどら|もどる|出ら|出る|異動)[ぁ-ゖ]{0,8}?(?:かも|らしい|らしか|みたい|げな|とか(?=[。！!…〜~」]|$)|っぽい|(?:そう|ごたる)(?:です|だ|や|ばい|な(?!の)|。|$)|(?:ん|の|と|っちゃ)(?:じゃ|や|では)?(?:ない|なか)(?:か|ろう)|って(?:聞|話|噂|うわさ|言|[。！!…〜~]|$))/gu
export const NEXT_POST_PUBLIC = /公表し|発表し|発表され|ホームページ|掲載|付で|付け|辞令|就任式|着任式|広報(?:やながわ|誌|紙)|議会の同意|選任/u
/** A school or facility closed (休校, 休園, 臨時休業, 学級閉鎖): the city decides it, whatever the weather. */
export const CLOSURE = /休校|休園|(?<!育児|介護|産前|産後|看護)休業|閉園|学級閉鎖|学年閉鎖|分散登校|短縮授業|オンライン授業/u

/**
 * Hearsay endings. らしい, みたい, そうだ (伝聞), だって, って, と聞きました, って話. Blind R69A-071: also their continuative forms going on
 * into the sentence (委託している会社が来年度から変わるらしく、…心配しています; 減るみたいで、; 上がるそうで、), after a verb's ending only (春らしく,
 * めずらしく, かわいらしく are no hearsay). Blind HD-053: との after a word ending in と (好きなことの話だけでも, あとの話) is no frame.
 * Blind R77A-099: って聞いて / と聞いて run on into a sad or startled feeling (…別の部署に行かれるかもって聞いて寂しいです, …なくなるって聞いて
 * びっくりしました): what was heard is passed on with the reaction; judged by what it tells, as the other hearsay.
 * Blind R85A-082: talk heard in 筑後弁, the quotative っち / ち (or って, という) before 話 and the object marker ば (or を, or none) before
 * 聞いた (…火曜も休みになるっち話ば聞いたばい, …有料になるち話を聞きました, …廃止になるって話ば耳にした): judged by what it tells (HEARD_TALK),
 * so a friendly fact heard (ボランティアさんが増えとるっち話ば聞いたばい) passes nothing on.
 * Blind R208D-049 (cu12): voices heard with a frequency adverb between (中止になるかも…という声をちらほら聞きます, という話をよく聞く): talk heard,
 * judged by what it tells.
 * Blind R427C-005 kind: talk passed on softly with なんて or とかいう before a hearing verb (…が入る…なんて話もちらほら耳にします, …できるなんて
 * 噂を聞きました, …とかいう話を小耳に挟みました): judged by what it tells, as という話を耳にしました is; a friendly fact or words in brackets pass nothing on.
 * Blind R185A-054: talk said to reach one's ears (そんな話がちらほら聞こえてきます, という噂も聞こえてきます): talk heard, judged by what it tells.
 * Blind R302K-030 kind (unof20): the joining hearsay after a noun's copula too (…つくる構えだそうで、…), judged by what it tells.
 * Blind R119A-123: the 筑後弁 hearsay ending っちゃて / っちゃって after a verb (= 〜んだって: …土曜日もやるようになるっちゃて, 無料になるっちゃって
 * よ, なくなったっちゃて): judged by what it tells, as the other hearsay. (Not the te-form of ちゃう: 忘れちゃって, やっちゃって have no る/た before it.)
 * Blind R323D-051 kind (unof59): 聞いた spelt in hiragana, as a mascot or やさしい日本語 writes it (…できるって きいたよ, ときいた): judged by what it tells.
 */
export const HEARSAY =
  /らしい|らし(?:[ーｰ]+|ぃ+)(?=[よねでっのじ〜~！!。…♪☆★\s]|$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?<=[るたい])らしく(?=[、,])|(?<=[るた])みたいで(?=[、,])|(?<=[るた]|ない|(?<=[ぁ-ゖ\p{Script=Han}])だ)そうで(?=[、,])|らしか(?=です|でした|ばい|ばってん|ばって|もん|っちゃ|けど|よ|ね|と|けん|〜|~|ー|。|！|!|[」』]|$)|(?:っちゅう|ちゅう|げな)(?:話|噂|うわさ)|(?<=[るたい])ごたる(?:話|噂|うわさ)|(?<=[るたい])(?:っち|ち)(?:話|噂|うわさ)(?=ばい|よ|ね|やけど|だけど|けど|です|[。！!…〜~]|$)|(?<=[うくすつぬむぶぐるたい]|けん|から)げな(?=[。！!…〜~」』]|よ|ね|ばい|です|でした|っちゃ|ち|モン|もん|$|\s|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?<=[るたい])ごたる(?=よ|ね|ばい|けん|です|っちゃ|。|！|!|$)|みたい|(?:[るた]|ない|だ)そう(?:です|だ|な(?!の)|。|！|!|…|$|[^\p{Script=Han}\p{Script=Hiragana}])|(?:ん|る|た|ない|なん|の)(?:だ|です)って|(?:だ|です)(?<=\p{Script=Han}[げりめえけせてねれ]?(?:だ|です))って|(?:[るた]|ない|だ)とか(?=[。！!…〜~]|$)|(?:[るた]|ない)っぽい|(?:る|(?<=[っしいきえけれせねめべてげじちにびみりん])た|ない)って(?=[さよね]|[！!。…〜~ー？?]|\s|$|[ァ-ヴ]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|(?:(?<=[るた])|(?<=ない))っちゃ(?:って|て)(?=[さよね]|[！!。…〜~ー？?]|\s|$|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])|ってさ|(?:と|って)(?:[^。！？!?\n「」]{1,12}?(?:から|より))?(?:聞きました|聞いた|聞いちゃった|きいた|ききました|きいちゃった|きいて(?:い|ます|る|お)|聞いて(?:い|ます|る|お)|聞いて(?=[、,]?[^。！？!?\n]{0,8}?(?:寂し|さみし|さびし|淋し|驚|おどろ|びっくり|ビックリ|ショック|残念|悲し|かなし|心配|不安|がっかり|ガッカリ))|聞きます|耳にし|伺いました|伺って|教わりました|教えてもらいました)|(?:と|って)[、,]?(?:[^。！？!?\n「」]{1,16}?(?:が|も))?(?:言って(?:い|お)?た|言って(?:い|お)?ました|言ってました|言いよ(?:った|りました)|言うとった|話して(?:い)?た|話して(?:い)?ました|話しよった|おっしゃって(?:い|お)?(?:た|ました))(?![人方者])|(?:話して(?:る|いる)|言って(?:る|いる)|噂して(?:る|いる))のを(?:聞(?:いちゃ|いた|きました)|耳にし)|(?:っていう|って|という|(?<![こあもひそさ])との)(?:話|情報|声|噂|うわさ|憶測)(?:あり|アリ|を(?:ちらほら|チラホラ|よく|時々|ときどき|たびたび|しばしば|何度か|あちこちで|方々で)?聞|です|だ|たい|ばい|やけど|やし|が|も|で|は|、|,|。|！|!|…|$)|(?:って|っていう|という|(?<![こあもひそさ])との)(?:話|情報|噂|うわさ)(?:を|ば)(?:耳にし|耳にす|耳にさ(?=れ)|伺い|伺っ|うかがい|うかがっ|小耳に)|っていう(?:話|情報|噂|うわさ)(?:を|ば)?(?:聞い|聞き)|(?:(?<=[るたい]|ない|だ)(?:っち|ち)|って|という)(?:話|噂|うわさ)(?:ば|を)?[、,]?(?:聞い|聞き|耳にし)|(?:なんて|なんていう|なんちゅう|とかいう|とかって)(?:話|噂|うわさ)(?:を|ば|が|も)?[、,]?(?:ちらほら|チラホラ|ちらちら|ちょくちょく|よく|時々|ときどき|たまに|あちこちで|方々で|いろいろ|最近)?[、,]?(?:耳にし|耳にす|耳に入|小耳に|聞き|聞い|きき|きい|聞こえ|伺|うかが)|(?:っていう|って|という|との|そんな|そういう|そげな|こんな)(?:話|噂|うわさ)(?:が|も)[、,]?(?:ちらほら|ちらちら|ちょくちょく|よく|時々|ときどき|たまに|あちこちから|方々から|いろいろ)?[、,]?聞こえ(?:て|ます|る)/gu
/** Back from a marker that starts inside a verb (つきそう, なるかも) to the verb's start, stopping at particles. */
export function wordStart(t: string, at: number): number {
  if (!/\p{Script=Hiragana}/u.test(t[at] ?? '')) return at
  let s = at
  let kanji = false
  while (s > 0 && at - s < 6) {
    const c = t[s - 1]!
    const isKanji = /\p{Script=Han}/u.test(c)
    if (!isKanji && (kanji || !/\p{Script=Hiragana}/u.test(c) || /[をにはものとへ、]/u.test(c))) break
    // が after a kanji is okurigana (挙がって), after anything else a particle; で after a particle starts a verb (ができる), after a noun it is a particle (町で).
    if (c === 'が' && !/\p{Script=Han}/u.test(t[s - 2] ?? '')) break
    if (c === 'で') {
      if (/\p{Script=Hiragana}/u.test(t[s - 2] ?? '')) s--
      break
    }
    kanji ||= isKanji
    s--
  }
  return s
}

/**
 * A warning against rumours: ご注意ください, 惑わされないで, 拡散しないで, 公式の情報を確認. Blind R86A-002: a rumour word as what to beware
 * of, a heading's bare form included (【災害時のうわさに注意】, デマにご用心, 噂には気をつけて); not a rumour whose content is given before it.
 * Blind R241E-002 kind: a rumour called baseless where it is told (…という根も葉もない噂が広まり, 事実無根のうわさ): the post warns of it.
 */
export const RUMOUR_AWARE = /(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)(?:や|と|・|、)(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)|(?<!(?:という|との|って|」))(?:噂|うわさ|ウワサ|デマ|流言|誤情報|フェイク)(?:話|ばなし)?(?:に|には|にも)(?:ご|要)?(?:注意|用心|気をつけ|気を付け|きをつけ)|(?:広が|広ま|流れ|出回|拡散さ)(?:り|れ)?(?:がち|やす)|根拠のない|根拠の無い|根も葉もない|根も葉も無い|根拠もない|事実無根の|無批判|信じ込|思い込み|偏見|差別|不確かな|誤った情報|(?:広まる|流れる|出回る)ことがあ|ご注意|注意して|注意しましょう|惑わされ|拡散(?:しない|せず|はお控え|を控え)|うのみ|鵜呑み|ご確認ください|確認しましょう|公式(?:の)?情報|正確な情報|傷つけ|傷つく|広げない|広めない|広げず|人権/u

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
export const MAX_HITS = 64

export function sentenceOf(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}

export interface Emitter {
  doc: Doc
  emit: (f: DraftFinding) => void
  spans: Span[]
  /** What the paragraph's one gate pass found (NEEDS). */
  has: Has
}

/** The statement without its hearsay ending (なるらしい → なる), for the hint's rewrite. */
export function withoutHearsay(excerpt: string): string {
  const plain = excerpt
    .replace(/(?:と|って)[、,]?[^。！？!?\n]{0,16}?(?:言って|言いよ|言うと|話して|話しよ)[^。！？!?\n]*$/u, '')
    .replace(/(?:らしい|らし[ーｰぃ]+|らしか|みたい|っぽい|とか|そう(?:です|だ)?|ん?(?:だ|です)って(?:さ)?|って(?:さ)?|(?:と|って)(?:聞|耳|伺).*|(?:って|という|との|っち|ち)(?:話|噂|うわさ).*)$/u, '')
    .replace(/\s+/gu, '')
  return plain.length > 0 ? `…${plain}` : '（確かめた事実）'
}

/**
 * Blind R60A-109: 噂の (うわさの, ウワサの) right before the name of a thing, then a comma or a particle (噂のうなぎパン、噂のかき氷は): the
 * thing everyone talks about. Not 噂の話, 噂の件, 噂の真相, 噂の人物 (the rumour itself), read by TALKED_ABOUT's exclusions.
 * Blind R100A-065: …also a name set in brackets (SNSで噂の「さげもんパフェ」、…食べてきました): a product or a spot named as the buzz. The
 * caller still reads the sentence for a change, a decision or hearsay (噂の「新庁舎移転」、来年決まるらしい stays a rumour); 〜という噂,
 * 噂では are not 噂の.
 */
/**
 * Review of unof58 (rv/misc): 噂 or 話題 in the progressive before the name of a thing (噂になっているパン屋さんに行ってきました, 職員の間で
 * 話題になっている絵本を…ご紹介します): the thing is popular, as 噂の…, 話題の… say; nothing is passed on. `rest` is the text right after the word;
 * the caller still reads the sentence for a change, a decision, a rumour's topic or hearsay. (噂になっているのは…, という噂 are not this.)
 */
const BUZZ_PROGRESSIVE = /^(?:に|と)なって(?:い|お)?る(?=[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ「『])(?!の|こと|ん|よう|みたい|らしい|そう)/u
export function buzzOfThing(rest: string): boolean {
  const m = BUZZ_PROGRESSIVE.exec(rest)
  return m !== null && TALKED_ABOUT.test('の' + rest.slice(m[0].length, m[0].length + 16))
}
export const TALKED_ABOUT = /^の[「『][^「『」』。！？!?\n]{1,20}[」』]|^の(?!(?:話|件|真相|真偽|出どころ|出所|内容|人物|人|こと|情報|発端|元|もと)(?![\p{Script=Han}\p{Script=Katakana}ー]))[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ]{1,12}?(?:[、,！!。…〜~\s]|を|に|は|が|も|で|(?=[\u{1F300}-\u{1FAFF}\u2600-\u27BF]))/u
/**
 * Blind GX-002, GX-004: a report the city received of a scam, told to warn residents (「…」というメッセージが送られているとの情報が寄せ
 * られています, 市長を名乗るアカウントから…メッセージが届いたという情報が寄せられています): what is reported is a fake contact (a message, a
 * call, an account that impersonates or deceives), received by the city; no rumour about a matter is passed on. The clause before the
 * frame must name both the contact and the deceit, and the frame be received (寄せられ, 相次い, 入って, 届いて); a change, a claim about
 * someone or a decision reported that way is still hearsay.
 * Blind R163A-122: the impersonation in the continuative (市職員を名乗り「…」と…電話があった, 名乗って) and the caller said to try to draw out
 * an account number or a PIN (口座番号を聞き出そうとする電話) are the deceit as well.
 */
export const SCAM_DECEIT = /なりすま|成りすま|名乗る|名乗った|名乗り(?=[、,「])|名乗って|名のる|(?:口座番号|暗証番号|カード番号|パスワード|個人情報)を聞き出(?:そう|し|す)|かたる|騙る|語る偽|装った|装う|偽の|偽(?=[\p{Script=Han}\p{Script=Katakana}])|にせの|ニセ|不審な|詐欺|架空|フィッシング|還付金/u
export const SCAM_CONTACT = /メッセージ|メール|SMS|ショートメール|DM|ダイレクトメッセージ|電話|はがき|ハガキ|封書|手紙|訪問|アカウント|サイト|URL|リンク|LINE/u
export function put(e: Emitter, rule: string, start: number, end: number, data?: Record<string, string>, listMention?: boolean): void {
  const t = e.doc.squeezed.text
  // A span read on a romaji ending (なる rashii: hiraganaEndings) ends where the romaji word ends.
  if (end < t.length && /[a-z]/iu.test(t[end - 1] ?? '')) while (end < t.length && /[a-z]/iu.test(t[end]!)) end++
  // Quoted as an example (「〜らしい」といった不確かな情報): a mention, at most a note.
  const mention = listMention ?? isMention(t, start, end, sentenceAround(t, start, end))
  const span = e.doc.fromSqueezed(start, end)
  if (e.spans.some((s) => s.start < span.end && s.end > span.start)) return
  e.spans.push(span)
  e.emit({ rule, start: span.start, end: span.end, ...(data ? { data } : {}), ...(mention ? { mention } : {}) })
}

export function topicOf(sentence: string): string {
  return DECISION.exec(sentence)?.[0] ?? 'この件'
}

/**
 * A pointer to the city's current system elsewhere in the post (今年度の補助制度は市ホームページでご確認ください): it says where the
 * measure in force is published, not that the change being considered is. The sentence of a generic PUBLIC_PROCESS word (ホームページ,
 * 市HP) outside the stage word's sentence is read for it.
 */
const CURRENT_SYSTEM = /(?:今年度|本年度|現行|現在|今|これまで|従来|既存)の[^。！？!?\n]{0,16}?(?:制度|補助|助成|料|内容|要件|事業|計画|サービス|基準|ルール|条件|要綱|時刻表|ダイヤ|路線)|現行制度/u
const PUBLIC_PROCESS_ALL = new RegExp(PUBLIC_PROCESS.source, 'gu')
/** Whether the paragraph `t` says the matter of the sentence [s.start, s.end) is public (PUBLIC_PROCESS, not a pointer to the current system). */
export function publicAround(t: string, s: Span): boolean {
  if (!PUBLIC_PROCESS.test(t)) return false
  for (const m of matchAllOf(PUBLIC_PROCESS_ALL, t, MAX_HITS)) {
    const at = sentenceAround(t, m.index, m.index + m[0].length)
    if (at.start === s.start || !/^(?:ホームページ|市HP)$/u.test(m[0])) return true
    if (!CURRENT_SYSTEM.test(t.slice(at.start, at.end))) return true
  }
  return false
}

export const MEASURE_ASKED = /(?:作|つく|造|建て|設け|置|開|始め|はじめ|走らせ|増や|ふや|延ば|広げ|誘致|導入|整備|設置|開設|新設|でき)[ぁ-ゖ]{0,4}?(?:ない|ん|ません)か(?=と|どうか|[、,]|$)/u
/**
 * Blind R104A-091/R105A-006: a concrete change a plan of the city would bring (統合, 廃止, 移転, 民営化, 転用, 売却 …): what an undecided
 * plan hands out when its stage or its inside progress is told (DRAFT_STAGE_CHANGE, PLAN_INSIDE). Whole words only: 統合的, 移転先の
 * ご案内 and the like are read in their sentence by the two rules, which also need the stage or the inside.
 * Blind R302K-004 kind (unof20): demolition in the verb's forms too (取り壊すことになる, 取り壊される).
 */
export const PLANNED_CHANGE =
  /統廃合|統合|廃止|移転|民営化|民間委託|閉鎖|閉校|閉園|閉館|休止|転用|売却|譲渡|集約|再編|縮小|建て替え|建替え|解体|取り?壊(?:し|す|さ)|撤去|有料化|値上げ|合併|分割|移管|新設|埋め立て|埋立て/u
/**
 * Blind R256M-006 kind (conf9): …or a new facility to be built or set up (新しい観光交流拠点をつくる話が水面下で進んでいる; 新たな
 * 子育て施設を整備する計画が庁内で動いている): a project the city has not announced, as much a change as a closure is. Only a new thing
 * made (新しい, 新たな, 新規) with a verb of building or setting up.
 */
export const NEW_BUILT = /(?:新し(?:い|く)|新たな?|新規(?:の|に)?)[^。！？!?\n]{0,20}?(?:を|の)?(?:つく|作|造|建て|建設|整備|新設|開設|設置|誘致)(?:る|す|し|され|り)/u
export const PLAN_SETTLED = /発表し|発表され|公表|公開し|公開され|提出し|提出され|上程|可決|否決|議決|採択|承認され|決定し|決定され|決定いたし|決まりました|決まった|策定し|策定され|とりやめ|取りやめ|撤回|見送られ|見送り(?:まし|となり)/u
/**
 * Blind R392R-034 kind: a stage word said of a benefit the city would grant, named by its kind (市独自の上乗せ補助を調整中です, 加算の拡充を
 * 検討しています): no word of policyNouns or DECISION is there, but the measure is one. Read as another gate of stageWords.
 */
export const STAGE_MEASURE = /上乗せ|補助(?!犬|輪|線|席|具|員|的|スタッフ)|加算|給付|支援策|支援金|独自(?:の|で)(?:支援|制度|助成|貸付|貸し付け)/u
/** A rumour said to be going round (という話がSNSで出回っている), and the paragraph putting it right. */
/** Blind R259H-015 kind: …or said to have reached the readers (という話を耳にされた方も, という噂をお聞きになった方も): the same rumour going round. */
export const CIRCULATING = /(?:という|との|といった|って|っていう)(?:話|噂|うわさ|情報|投稿|書き込み|メッセージ|チェーンメール)が[^。！？!?\n]{0,12}(?:出回|広が|広ま|拡散|流れ|飛び交|伝わ|寄せられ|回っ|まわっ|回りよ|まわりよ)|(?:という|との|といった|って|っていう)(?:話|噂|うわさ|情報)を(?:耳にされ|お聞きにな|聞かれ|ご存じ|ご存知)/u
/** …and the post corrects it: 予定どおり開催, そのような事実はありません, 改定する予定はありません, 建設場所はまだ決まっていません. */
// Blind R326H-034 kind (misc60): …or denies that any such announcement was made (市および川下り事業者からそのような発表は一切行っておりません,
// こうしたお知らせは一切出しておりません, そのような決定はまったくしていません): the absolute adverb makes it a denial, not a release still ahead
// (そのような発表はまだしておりません is a leak's concession).
export const CORRECTED = /(?:その|この|そう|こう|あの)(?:ような|いった|した)(?:発表|お知らせ|告知|通知|案内|決定|変更|値上げ|改定|方針|事実|予定|計画)(?:は|も|を)[、,]?(?:一切|いっさい|まったく|全く|決して)[^。！？!?\n]{0,10}?(?:ません|ございません)|予定どおり|予定通り|事実ではありません|事実はありません|誤りです|デマ|正確な情報|正しい情報|公式(?:の)?(?:情報|発表)|ホームページでご確認|(?:予定|計画|事実|決定|方針)(?:は|も)(?:一切|まったく|全く)?(?:ありません|ございません)|(?:まだ|現時点で(?:は)?|現在)[^。！？!?\n]{0,24}?(?:決まって|決定して|確定して)(?:い|お)?(?:ません|りません)|これまでどおり|これまで通り|通常どおり|通常通り|(?:のは|は)[^。！？!?\n]{1,20}?(?:のみ|だけ)(?:です|でございます)/u

/**
 * Blind R110A-018: an undecided matter of the city guessed from how its staff behave (企業誘致の担当さんがソワソワしてたから、たぶん
 * 工業団地に大きな工場が来るんじゃないかな; 課長がニコニコしとったけん、きっと…建設が決まるっちゃないかな; 市役所の人たちがバタバタしてる
 * から…出店するんじゃない？): the staff's mood or bustle read as a sign, then a guess at the outcome, hands out speculation on a matter the city
 * has not announced. The staff (担当, 職員, 課長, 市役所の人 …) are the subject of the sign clause, closed by a reason (から, けん, ので, し);
 * the guess (んじゃないかな, っちゃないか, のでは, かも, はず, と思う, でしょう) follows within the sentence, and what it guesses must be a
 * change, a decision or a benefit (CHANGE, DECISION, BENEFIT) read in the clause after the reason only: a busy morning foretelling a crowd
 * (…忙しそうにしてたから、たぶん朝市は混むんじゃないかな), staff working hard foretelling a good festival, or the staff's section naming
 * a decision noun (企業誘致の担当さんが頑張ってたから、きっと説明会は盛り上がる) are not this.
 */
export const STAFF_SIGN =
  /(?:担当|職員|課長|部長|係長|局長|所長|市長|副市長|教育長|上司|幹部|上の人|(?:市役所|役所|役場|市|課|係)の(?:人|方|職員))(?:さん)?(?:たち|達|の方々|の方|の人|の皆さん|ら)?(?:が|も|は|の(?:様子|表情|顔|雰囲気|動き)(?:が|も|は)?)[、,]?[^。！？!?\n]{1,24}?(?:た|る|い|だ|ます|でした|です)(?:から|けん|ので|んで|し(?=[、,]))[、,]?/gu
export const BUDGET_PASSED = /可決され|議決され|成立し|承認され/u
/**
 * Blind R197A-005: what the writer took from someone's words on site (現場の土木の人に聞いた感じだと, 作業員さんから聞いた印象では, 話を
 * 伺った雰囲気では): an impression of talk, not what the office in charge announced. With a restriction said to be lifted or a service to
 * resume (通れるようになりそう, 通行止めが解除されそう, 運転は…再開しそう), a forecast of it passes on the reopening before the road's or the
 * line's administrator announces it, whatever the weather or the water that is its reason (NATURAL does not clear it). An impression of
 * anything else (講師の先生に聞いた感じだと、初心者でも楽しめそう) and the reopening forecast in the city's own voice are read as ever.
 */
export const HEARD_IMPRESSION = /(?:に|から)[、,]?(?:お?話を)?(?:聞いた|聞いてみた|伺った|うかがった|聞いとる|聞きよった)(?:感じ|印象|雰囲気)/u
export const RESTRICTION_LIFTED = /(?:通れる|通行できる|通行可能に|渡れる|使える|利用できる|乗れる)(?:よう)?(?:に)?な(?:る|り)|(?:通行止め|通行規制|交通規制|規制|運休|運転見合わせ|断水|避難指示|立ち入り禁止|立入禁止)(?:が|は|も)?[、,]?[^。！？!?\n]{0,8}?(?:解除|解け|とけ|終わ|明け)|(?:運転|運行|運航|通行|給水|通水)(?:が|は|も|を)?[、,]?[^。！？!?\n]{0,8}?再開/u
/**
 * Blind R118A-097: the city's land or waterways said to be filled in or turned into something else (用水路が…埋め立てられて道路になる,
 * 跡地は駐車場に転用される, クリークを暗渠化して): public works the city decides, so a forecast of one tells an undecided plan.
 */
export const WORKS_CHANGE = /埋め立て|埋立て?|うめたて|暗渠化|(?:道路|車道|駐車場|宅地|住宅地|更地|分譲地)(?:に|へ)(?:な(?:る|り)|され|変わ|転用)/u
/** What a pick among candidates is about: a site, a new facility's place or a successor (場所, 候補地, 移転先, 建設地, 後任). */
export const PICK_TOPIC = /(?:場所|候補地|建設地|建設予定地|予定地|移転先|移転地|設置場所|整備場所|立地|後任|後継|新(?:しい)?(?:本部|庁舎|施設|拠点|会場))(?:は|も|が|として|について)/u
/**
 * Blind R434K-032 kind: a development no one has announced, foretold on a vague horizon (このペースなら数年後には駅前に大型ショッピングモールが
 * できて、人口も増加に転じるはず; 近い将来、インターの近くに工場が進出してくるでしょう; いずれは新駅ができるに違いない): a company's or a
 * facility's coming, or the population turning to grow, told as what will be; the horizon with no date says nothing of it is planned. Clean:
 * a tree or an event growing (数年後には立派な並木になるはず), the population's decline estimated (推計), a development dated or announced.
 */
const DEVELOPMENT_COMING = /(?:ショッピングモール|モール|アウトレット|商業施設|大型店|スーパー|百貨店|デパート|工場|企業|会社|マンション|ホテル|病院|新駅|駅ビル|道の駅|スマートインター|インター|大学|テーマパーク|新しい(?:お店|店|施設|駅|道路|橋))(?:が|も)?[、,]?[^。！？!?\n、,]{0,10}?(?:でき|建つ|建っ|建ち|進出|誘致され|開業|オープン|出来|やって来|やってく|来る)|人口(?:が|も)?[、,]?(?:増加に転じ|増加へ転じ|増え(?:始め|る|て|ます)|回復|V字|反転|増加す|増加し)/u
export function horizonGrowth(sentence: string): boolean {
  return VAGUE_HORIZON.test(sentence) && DEVELOPMENT_COMING.test(sentence)
}
export const CITY_TOO = /(?:市|本市|当市|市役所|柳川市|当課|担当課|行政|選管|選挙管理委員会|教育委員会|市教委|教委|当委員会|委員会|事務局|当局)(?:として|といたしまして|としまして)?(?:も)[、,]?[^。！？!?\n]{0,16}?(?:(?:そういう|そういった|そのような|そげな|そげん|そんな|こういう|同じような)(?:考え|方針|立場|意見|方向|スタンス|思い|見解|つもり|感じ|認識|ところ)|(?:判断|決断|決定|見直し|方針転換|(?:かじ|舵)を切)[^。！？!?\n]{0,8}?(?:時期|時|とき|段階|頃|ころ|タイミング)(?:で(?:は|も)?(?:ない|ありません|なか)(?:でしょう|だろう|ですか|と)?か?|じゃない|やない|に(?:来て|きて|来た|きた)|が(?:来て|きて|来た|きた)|だと(?:思|考え)|です)|一緒(?!に)|同感|一致(?!団結|して)|おなじ|同じ|同様|同意見|賛成|反対(?:の立場|です|して)|支持|その方向|その考え|(?:そちら|そっち|それ|その(?:方法|やり方|選択|方|ほう))(?:を|の(?:方|ほう)を)?(?:お?すすめ|お?勧め|お?薦め|推奨)|(?:そちら|そっち|それ|その(?:案|方法|やり方|選択|方|ほう|方向|ルート|線|形|プラン))(?:の(?:方|ほう))?(?:で|を|に)[、,]?[^。！？!?\n]{0,6}?(?:行き|いき|進め|すすめ|推し|おし|決め|やり|持っていき|もっていき)たい|(?:そう|そのように)(?:したい|なってほしい|なってほしか|進めたい)|考えて|進め|(?:無理に|あえて)?[^。！？!?\n]{0,8}?(?:つもり|予定)(?:は|も)(?:ありません|ない|ございません)|[^。！？!?\n]{0,24}?べき(?:だ|である)?と(?:考え|思|存じ)|[^。！？!?\n]{0,24}?べき(?:でしょう|だろう|ではないでしょうか|じゃないでしょうか)(?=[。！!？?ねよ]|$)|推進|取り組|取組|対応し|実施|設置|導入|整備|検討を進め|動いて|要望し|そうなる|そうする|そうなり|そう考え)|(?:課内|庁内|役所内|市役所内|部内|係内|職場|うちの課|上の人|上司|幹部|上層部|管理職|課長|部長)(?:の)?(?:たち|達|の方|の人たち|の皆さん)?(?:で|の間で)?(?:も|でも|では)[、,]?(?:みんな|皆|全員|ほぼ|だいたい|大体|おおむね)?(?:同じ|一緒|同様|同意見|賛成|そういう|そんな)(?:意見|考え|認識|見方|感じ|方向)?(?:です|だ|や|みたい|らしい|でした|ばい|けん|。|$)|(?:課内|庁内|役所内|市役所内|部内|係内|職場|上の人|上司|幹部|上層部|管理職|職員|(?:市|市役所|役所|役場|庁舎|課|係|部署)の(?:中|なか))(?:の)?(?:たち|達|の方|の人たち)?(?:で|の間で|から|の中で|の中から)?(?:も|でも)[、,]?(?:そういう|そういった|そのような|同じ|同様の|似たような|同じような|そんな|そげな|そげん)(?:声|意見|考え)(?:が|は|も)?[^。！？!?\n]{0,4}?(?:出|上が|あが|挙が|多|聞こえ|広が|強ま|強く)|(?:これ|それ)(?:が|こそ)(?:市|本市|当市|柳川市|役所)の(?:本音|考え|方針|見解|立場|総意)|(?:市|本市|当市|柳川市|市役所|当課|行政)(?:として)?の(?:考え|方針|見解|立場|意見|スタンス|方向性|思い)(?:も|と)[^。！？!?\n]{0,6}?(?:同じ|一緒|同様|一致|おなじ|そう(?:です|だ|や|なって))|(?:市|本市|当市|柳川市|市役所|役所|当課|担当課|行政)(?:として)?の(?:考え|方針|見解|立場|意見|スタンス|方向性|認識|本音)(?:として|といたしまして|としまして|的に)?(?:も|は)[、,]?[^。！？!?\n]{0,8}?(?:(?:だいたい|おおむね|大体|ほぼ|まあ|まぁ)?(?:そんな|そういう|そげな|こんな|そのような|そういった|似たような)(?:感じ|ところ|もの|方向|考え)|(?:だいたい|おおむね|大体|ほぼ)(?:同じ|一緒|同様|そう|その通り|そのとおり)|近い(?:です|と思|もの|考え|感じ)|変わりません|変わらない)|(?:というのが|これが|それが)(?:柳川市|本市|当市|市役所|市)(?:として)?の(?:本音|本心|考え|立場|思い|スタンス|見解)/u

/**
 * A personal view, then foretold to come true in the next sentence (…完全予約制にするべきだと思います。来年からはたぶんそうなるでしょう;
 * いずれその方向になるはずです): the writer's wish given as what the city will do.
 */
export const VIEW_FORETOLD = /(?:(?:実現|採用|実行|現実に)(?:する|される|なる)?(?:かも|可能性(?:が|も|は)?(?:ある|あり|高|十分)|のでは|んじゃない|はず|見込み|見通し|公算)|(?:たぶん|多分|おそらく|恐らく|きっと|いずれ|ゆくゆくは|近いうちに)[、,]?(?:そう|その(?:よう|方向|とおり|通り)に)(?:なる|なります|なっていく)(?:でしょう|だろう|はず|と思|んじゃない|のでは|かも)|(?:そう|その(?:よう|方向|とおり|通り)に)(?:なる|なります)(?:はず|見込み|見通し|予定|方向))/u
/** A decision announced (決定しました, 決まりました, 設置されることが決定). */
export const DECIDED = /決まった(?=[ばよねけ！!。]|$)|決定した(?=[ばよねけ！!。]|$)|決定しました|決まりました|確定しました|決定です|確定です|決まりです|決定いたしました|ことが決定|で確定|本決まり|実質決まり|決まったも同然|(?:ことで|方針が|方向で)固まり(?:ました|まして)|(?:ことで|方針が|方向で)固まった(?=[ばよねけ！!。]|$)/u
/**
 * Blind R62A-092: the budget said not yet through its own inner stages (まだ予算査定の前ですが, 予算要求はこれからですが, 予算がつくか
 * どうかはまだ分かりませんが, 予算化はまだですけど): the city has not yet decided to fund the measure, so the measure told around it
 * (…助成を高校生まで広げる方向で…詰めているところです, 来年4月からの実施を目指したい) is undecided however it is hedged. Only with the
 * measure's content in the sentence or the one either side: a change, a benefit, an amount raised or cut, a scope widened (…まで広げる),
 * or a matter the city decides with a time to come (来年4月から, 来年度). The budget's stages told with no measure (予算要求の段階から市民の
 * 声を聞いています), a budget published or passed, and a draft put out for comment are not this.
 */
export const BUDGET_UNSETTLED =
  /予算案(?:の)?段階(?!から)|予算(?:の)?(?:査定|要求|編成|化|措置|確保|計上)(?:は|が|も)?[、,]?(?:まだ(?!まだ)|これから|いまから|今から|未定|の(?:前|段階|途中|最中)|前(?!年|回|期)|中(?![心止旬学])|途中)|予算(?:化|措置|計上)(?:は|が|も)?[、,]?(?:まだ)?(?:され|し)(?:て(?:い)?(?:ない|ません|おらず|おりません)|とら(?:ん|ず|ない)|てな(?:い|か))|予算(?:が|は)?[、,]?(?:つく|付く|つける|付ける|つけられる|付けられる|認められる|取れる|確保できる|通る)か(?:どうか)?(?:は|も)?[、,]?(?:まだ|わから|分から|わかり|分かり|未定|これから|はっきり)|予算(?:の)?(?:要求|要望)(?:を|も)[、,]?(?:出し|提出し|上げ|あげ|し)(?:て(?:い|お|る|ま)|とる|とり|とっ|ちょる)|予算(?:を)?要求(?:して(?:い|お|る|ま)|しとる|しとり|しとっ|中(?![心止旬学]))/gu
/**
 * Blind R71A-067: the measure's budget request sent up and still to pass (プレミアム率を30%に上げる予算要求を出しているので、議会で通れば…,
 * 予算を要求中です): a request is the city's inner stage, so the measure around it is undecided. (Joined to BUDGET_UNSETTLED above.)
 */
/** A scope widened to a bound (助成を高校生まで広げる, 対象を18歳まで拡大): the content of a measure's change. */
export const SCOPE_WIDENED = /まで(?:広げ|広が|ひろげ|拡大|拡充|引き上げ|延長|延ば|伸ば|のば)/u
/** A measure aimed at, to be started, handed out or widened (目指し, 実施, 始め, 配る, 増やす): with a time to come, the content of a plan. */
/**
 * Blind R139I-079: equipment bought or brought in (新しいMRIが入るかも…まだ予算が通るかわからない, 購入, 買い替え, 更新) is a measure too,
 * with a time to come (新しい).
 */
export const AIMED = /目指|めざ|実施|始め|はじめ|開始|導入|スタート|配る|配布|配付|支給|給付|交付|設置|設け|増や|減ら|延ば|広げ|購入|買い替|買替|(?<=[がを])(?:入|はい)(?:る|り|れ)/u

/**
 * Blind R71A-021: who will be chosen told before the choice is made (審査はこれからなんですが、…さんはほぼ決まりっぽいです; 入札はまだ
 * ですが、…建設さんでほぼ確定らしい; 選考前やけど、グランプリは…で当確やろ): a review, a selection, a tender or a draw said to be still to
 * come in the post, and an outcome said to be settled or likely (ほぼ決まり, 決まりっぽい, 当確, 本命, 選ばれそう). It favours one applicant
 * before the city decides. A review still to come with no outcome told (審査はこれからです。結果は3月に発表します), an outcome announced
 * after the review (採択事業者が決まりました) and guesses about the weather or the crowd are not this.
 */
export const SELECTION_PENDING = /(?:審査|選考|選定|採択|入札|抽選|コンペ|プロポーザル|審議|結果発表|結果の発表|発表)(?:の結果)?(?:は|が|も)?[、,]?(?:まだ|これから|今から|いまから|前|中(?![心止旬学])|待ち|途中|控え)/u
export const CITY_SELECTION = /入札|落札|受注|開札|選定|選考|審査|コンペ|プロポーザル|指定管理|業者選び|委託先/u
/**
 * A personal view given as the city's (個人的には信号機が必要だと思っています。市としても設置を進めます！): the
 * view, then the city said to share or act on it in the same or the next sentence.
 */
/** A note that what was said is one person's view: （※担当者個人の意見です）, ※私見です, （担当の私見も入っていますが）. */
/**
 * Blind R173I-077: …also the writer's feeling or real mind (（担当者の感想ですが笑）, ※中の人の本音です, 個人の感想です): only with the writer
 * named, as 参加者の感想です is the readers'.
 */
export const PERSONAL_NOTE = /(?:担当者?|職員|私|筆者)?(?:個人)?の(?:意見|考え|見解|私見)(?:です|であり|で(?:す|あって))|(?:担当者?|職員|私|筆者|中の人|個人|担当者?個人|私個人)の(?:感想|本音)(?:です|であり|で(?:す|あって))|私見(?:です|であり)|(?:私見|(?:個人的な|個人の|担当者?の|私の)(?:意見|考え|思い|感想))(?:も|が)(?:少し|多少|一部|かなり)?(?:入って|含まれて|混じって|交じって|入り)/u
export const CITY_STANCE = /(?:柳川市|本市|当市|市)(?:として(?:は|も)|は)[^。！？!?\n]{0,40}?(?:と考えて|と思って|と判断して|べきだ|やむを得ない)/u
export const FEE_PROPOSED = /(?:手数料|使用料|利用料|料金|保険料|保育料|給食費|会費|参加費|入館料|入場料|観覧料|駐車料|乗船料|運賃|税率|税金|(?<![\p{Script=Han}])税|袋代|補助金|助成金|補助額|助成額|負担金|自己負担)(?:は|を|が|も|って)?[、,]?[^。！？!?\n]{0,12}?(?:上げ|下げ|値上|値下|安く|高く|無料に|有料に|タダに|ただに|なくす|無くす|なくし|廃止|減ら|増や|増額|減額|見直)/u
/**
 * Blind R128I-052: candidates in an election judged or backed (知事選、正直どの候補もピンとこないけど、現職だけはないわ; 市長選は○○さんに
 * 入れる; 現職には勝ってほしくない; どの候補も頼りない): a side taken in a vote, which an official account must never take. The election is
 * named first, the candidates after it, then the verdict on them. A notice of the vote (投票日, 立候補者説明会, 選挙公報でご確認ください) is not.
 */
export const ELECTION = '(?:選挙|知事選|市長選|市議選|県議選|町長選|町議選|村長選|村議選|区長選|衆院選|参院選|総選挙|補選|補欠選|国政選挙|総裁選|代表選)'
/**
 * Blind R162I-062: who wins a vote, guessed by the account (結果はまあ現職で決まりでしょうね, 新人が勝つんじゃないかな, 現職の圧勝やろ): an
 * official account foretelling an election takes a side as surely as backing one. Only with the vote named in the sentence or the one before
 * (選挙, 市長選, 開票, 投票率); results reported (当選しました, 当選確実となりました) are not guesses.
 */
export const ELECTION_HELD = new RegExp(`${ELECTION}|開票|投票率|当落`, 'u')
/** The city's formal request or resolution (要望, 意見書): its own business, not a side taken in passing. */
export const FORMAL_REQUEST = /要望|要請|意見書|提言|申し入れ|決議|求めて(?:い|お|まいり)|求めます/u

export const OWN_FORECAST_NOT = /ください|下さい|べき|おすすめ|お勧め|お薦め|しましょう|ましょう|お願い|[？?]|でしょうか|ませんか/u
/**
 * An unconfirmed report passed on, in a disaster above all (堤防が決壊しそうだという情報が地元の方から入っています。未確認ですが、念のため
 * お知らせします; 裏は取れていませんが、…橋が流されたそうです): the post says itself the matter is not confirmed, or hands on damage
 * that a private person reported, and so spreads what may be a rumour. Damage the city or an authority confirmed (確認しました,
 * 消防によると), the state of a search (安否は未確認です: not a concession about the news) and a hoax set right stay clean.
 * Blind R86A-073: the city named as who has not confirmed it and the negative in dialect (まだ市では確認できとらんですが, 市としては
 * まだ確認が取れていませんが, 市では確認しておりませんが), with the damage told as what befell a structure (堤防の切れたげな: DAMAGE_EVENT).
 * Blind R128I-069: the post's own label of the report as unconfirmed, in a note closing it (…決壊しそうだという情報が入っています。…
 * （未確認情報です）, ※未確認情報です。, 未確認情報あり): the same concession, put after the news.
 */
export const UNVERIFIED = /(?<=^|[。！？!?\n、,\s（(]|(?:情報|話|内容|真偽|事実関係|事実|これ|こちら|噂|うわさ)(?:は|も|で|が)?)(?:まだ)?(?:(?:市|市役所|本市|当市|柳川市|こちら|当方|私たち|職員)(?:では|として(?:は)?|でも|の方では|側では|で)[、,]?(?:まだ)?)?(?:未確認|確認(?:は|が)?(?:(?:取れ|とれ|でき|出来)(?:て(?:い|お)?(?:ない|ません|りません|らん|なか)|とら(?:ん|ない)|とりません|ておら(?:ん|ず))|(?:して|しと)(?:い|お)?(?:ない|ません|りません|らん))|裏(?:は|が)?(?:取れて|とれて)(?:い)?(?:ない|ません|らん)|真偽不明|(?:真偽|本当かどうか|事実かどうか|本当か)(?:は|の(?:ほど|程)は)?(?:不明|分かりません|わかりません|わからん|分からん|定かでは(?:ありません|ない)))(?:(?:の(?:情報|話))?(?:です|でございます|ではあります|なんです|なんだ|だ|や)?(?:が|けど|けれど|けれども|ばってん|ながら)|の?情報(?:です|でございます|となります|あり)?(?=[)）]|。|$))/u
/** The report confirmed or sourced officially. */
export const REPORT_CONFIRMED = /確認(?:しました|できました|いたしました|され(?:まし)?た|済み)|(?:警察|消防|気象台|気象庁|県|国土交通省|河川事務所)(?:によると|によれば|から(?:の)?(?:連絡|情報|発表)|の発表)|デマ|誤り|事実ではありません|ご注意ください/u
export const REPORT_FRAME = /(?:という|との|って)(?:情報|話|連絡|知らせ|通報|報告)(?:が|を|も)/gu

/**
 * Blind R180A-027: a fee the city itself sets (指定ごみ袋, 使用料, 手数料, 保育料, 水道料金, 市税): one person's verdict that it is too cheap or
 * too dear (担当している私の個人的な感覚では、今の値段はむしろ安すぎるくらいだと思っています) is a side taken on the city's own measure, on the
 * account that speaks for it. A shop's or a product's price (道の駅のいちごは安すぎるくらい) is no measure of the city.
 */
export const CITY_FEE = /(?:ごみ|ゴミ|指定|可燃|不燃|資源)(?:ごみ)?袋|手数料|使用料|利用料|保険料|保育料|給食費|入館料|観覧料|駐車料|(?:上|下)?水道(?:料金|料|代)|市税|住民税|固定資産税|国保税|負担金/u
/**
 * Blind R311E-035 kind (unof56): a school merger or a facility's closure told as a plain fact with no date but a vague horizon (矢留小学校と
 * 城内小学校は、あと数年でひとつの学校になります; いずれ公民館は廃止されます; 近い将来、2つの保育園は統合されます): the horizon says the city has
 * fixed no date, for it has decided nothing yet, and the plain ending tells it as settled. Only a public institution's merger, closure, removal
 * or end, the statement unhedged (a forecast's 見込み, かも is read elsewhere) and no decision, plan or date named in the paragraph (令和9年4月に
 * 統合します, 再編計画に基づき, 可決されました). A fact of nature or of people (あと数年で創立100周年, いずれも閉館日は) is not this.
 */
export const VAGUE_HORIZON = /(?:(?:あと|もう|ここ)?数年(?:後|先)?(?:で|には|のうちに|もすれば|したら|以内に)|近い(?:うち|将来)(?:に)?(?:は)?|いずれ(?![もかのに])(?:は)?|ゆくゆくは|将来的に(?:は)?|遠からず|遅かれ早かれ)[、,]?/u
/**
 * A private person's talk named as the source (ご近所の方の話では, 知り合いから聞いた話だと, 地元の人のうわさでは): what follows is
 * passed on unconfirmed, when it is about a harm, a person or a change (not old times or the season: TRIVIA, NATURAL).
 */
// Blind R311E-033 kind (unof56): …also what was heard from them (知り合いから聞いたところでは, 友人に聞いたら, 知人に伺ったところ).
export const INFORMANT_TALK = /(?:近所|ご近所|知り合い|知人|友人|友達|地元|住民|近くの|通りすがり|常連|同級生|親戚|元同僚)(?:の方|の人|さん|の方々|の皆さん)?(?:(?:の(?:話|お話|うわさ|噂)|から(?:聞いた|伺った)(?:話|お話))(?:では|だと|やと|によると|によれば)|(?:から|に)(?:聞いた|伺った|うかがった|教えてもらった)ところ(?:では|だと|によると|によれば)?|に聞いたら)/gu
/**
 * Talk going round among locals, passed on (…のしわざだと地元ではもっぱらの評判です, …が原因ともっぱらの噂): judged by what is said
 * before the frame: a culprit, a cause, a harm or a change (おいしいと地元でもっぱらの評判 is praise).
 */
/* Blind R311E-017 kind (unof56): …also talk in the city's own building (市長は次の市長選には出ないつもりだと、庁舎の中ではもっぱらの評判です,
 * 役所の中じゃもっぱらの噂, 職員の間ではもっぱらの評判): judged the same way, a person's course (PERSON_COURSE) being what it tells. */
export const LOCAL_TALK = /(?:と|って)[、,]?(?:(?:地元|近所|ご近所|町内|地域|住民|近隣|周り|界隈|保護者|庁舎|庁内|市役所|役所|役場|職場|課内|部内|係内|職員|議会|議員)(?:の(?:間|方々|人たち|皆さん|中|なか)|内)?(?:では|で(?:は|も)|じゃ|の間では|の間で)[、,]?)?(?:もっぱら|専ら)の(?:噂|うわさ|評判|話)/gu
/**
 * Blind R311E-017 kind (unof56): what a talk tells of an official's own course (市長は次の市長選には出ないつもり, 副市長が後任に, 議長は今期で
 * 引退する): whether they run, stand down or stay, the kind of thing the building whispers about before anyone announces it.
 */
export const PERSON_COURSE = /(?:市長|副市長|教育長|議長|副議長|議員|知事|町長|部長|課長|局長|館長|校長|所長)(?:さん)?(?:は|が|も)[、,]?[^。！？!?\n]{0,30}?(?:(?:選|選挙)(?:に|には|へ)?(?:は|も)?(?:出ない|出る|出ん)|出馬|立候補|引退|勇退|退任|辞任|辞職|辞め|やめる|続投|再選|不出馬|交代|後継|後任|つもり|意向|腹)/u
/**
 * Who is behind a crime, guessed with no source (…事情に詳しい人物が関わっているとみられます, 内部の者が関与しているのではないか):
 * a suspicion cast on the city's account. Said after the police (警察によると…) it is their finding.
 */
export const SUSPECT_GUESS = /(?:人物|人間|者|グループ|集団|何者か|犯人|身内|内部の人)(?:が|も)[^。！？!?\n]{0,6}?(?:関わって|かかわって|関与して|絡んで|関係して)(?:いる|いた)(?:と(?:みられ|見られ|思われ|考えられ|推測され|推察され)(?:ます|る)|のでは(?:ない)?か|可能性が(?:高|大き)|に違いな|はず(?:です|だ)|でしょう|だろう)/u
/**
 * Blind R315E-046 kind (unof57): a private acquaintance named as the source after the news, in a sentence that closes it (…柳川が巻頭特集に
 * なるそうです！出版社にいる知り合いから聞きました; …来月閉店するらしいです。近所の方から教えてもらいました): what the sentence before (or this
 * one) tells is passed on unconfirmed. Judged as the informant's talk is (a change, a harm, a claim about someone), and also when the news is
 * a thing still to come told second-hand (次の号で…特集になるそうです, 今度…来るらしい): another body's plan before it announces it. A flower's
 * name or a recipe learnt from a neighbour (この花の名前は近所の方から教えてもらいました) tells nothing to come.
 */
export const INFORMANT_TOLD =
  /(?:近所|ご近所|知り合い|知人|友人|友達|友だち|親戚|親類|同級生|元同僚|先輩|後輩|身内|いとこ|従兄弟|幼なじみ|幼馴染)(?:の方|の人|さん|の方々)?(?:から|に|より)[、,]?(?:こっそり|こそっと|ちらっと|直接|内緒で|先日|この前)?[、,]?(?:聞きました|聞いた(?:ん|の)(?:です|だ|や)|聞いた話(?:です|だ|や)|聞いて(?:い|お)(?:ます|ります)|教えてもらいました|教えてもらった(?:ん|の)(?:です|だ)|教えていただきました|教わりました|伺いました|うかがいました)/gu
export const SPOKEN_IN_PUBLIC = /会見|記者|答弁|議会|定例会|委員会|説明会|あいさつ|挨拶|講演|式典|発表|報道|取材/u
/**
 * An announcement promised once the matter is decided (決定次第、市ホームページで公表いたします, 正式に決定しましたら改めてお知らせ
 * いたします): the post itself says the matter is not released yet. With a direction said to be in (final) coordination and a change of
 * the city's or a penalty as its content (懲戒免職とする方向で最終調整を行っているところです, 投票所を統合する方向で…調整中と伺って
 * おります), the content is handed out before the release. (A plan still being considered, 検討中です。決まり次第お知らせします, names no
 * outcome and stays a warning.) Also the clause to strip before LEAK_PUBLIC reads the paragraph: a future ホームページで公表 is no publication.
 */
export const PROMISED_WHEN_DECIDED =
  /(?:(?:正式(?:に|な)?)?(?:決定|確定)(?:し(?:まし)?たら|次第|しだい|後に?)|決ま(?:り次第|りしだい|りましたら|ったら|った後))[、,]?[^。！？!?\n]{0,24}?(?:公表|発表|お知らせ|ご案内|ご報告|掲載|お伝え)(?:いたします|します|いたしたい|させていただきます|する(?:予定|ね|よ|けん|から)|してまいります|しますね)/gu
/** PROMISED_WHEN_DECIDED without its global flag, for a plain test. */
export const PROMISE_AWAITED = new RegExp(PROMISED_WHEN_DECIDED.source, 'u')
/** A penalty of staff: the content of a disciplinary decision in the making. */
const PENALTY_CONTENT = /懲戒|免職|停職|減給|戒告|訓告|諭旨|降格|処分/u
/** A fee, a tax or an amount raised or cut (利用料を来年度から200円上げる, 使用料を引き下げる, 定員を倍に増やす). */
export const AMOUNT_CHANGE = /(?:料|費|税|代|額|金|率|定員|人数|枠)(?:を|が|は|も)[^。！？!?\n]{0,12}?(?:上げ|下げ|値上|値下|増や|減ら|倍に|半額|半分に)/u
/** What a leaked direction is about: a change of the city's, a penalty, an amount raised or cut. */
export const LEAK_CONTENT = { test: (s: string): boolean => CHANGE.test(s) || PENALTY_CONTENT.test(s) || AMOUNT_CHANGE.test(s) }
/** Published, put out for comment or denied: no leak. */
export const LEAK_PUBLIC = /公表し|発表し|公開し(?:まし|てい)|可決され|議決され|成立しました|ホームページ|市HP|意見(?:を|の)?(?:募集|公募)|パブリックコメント|パブコメ|意見公募|説明会|閲覧|縦覧/u

/**
 * Blind (colleague): talk inside said not to go on (内部での議論は進んでいません, 庁内では検討しておりません, 話し合いは行われていない):
 * read right after the talk's word, the verb's negative ending within a few characters.
 */
export const TALK_DENIED = /^(?:は|が|も)?[、,]?(?:まだ|全く|まったく|一切|特に|何も|なにも|これまで)?[、,]?[^。！？!?\n、,]{0,6}?(?:て|で)?(?:い|お)?(?:ません|りません|ない(?![かでと])|らず|おらず|へん|なか|とらん)(?=[。！!、,…]|です|よ|ね|の|状況|段階|$)/u

/** A past era named before a plan (昭和五十年代, 明治の頃, かつて, 当時, 戦後, 30年前). */
export const PAST_ERA = /昭和|大正|明治|江戸|戦前|戦後|かつて|昔|当時|[0-9〇一二三四五六七八九十]+年代|[0-9一二三四五六七八九十]+年(?:以上)?前/u
/**
 * Review of unof59 (rv/runof59): a detail of a change said to be arranged inside, while the post announces the change as decided in another
 * sentence (…延長することとなりました。開始日は庁内で調整中です; 来年度から…有料化いたします。詳しい内容は関係課と調整しております) or
 * promises to announce the detail (決まり次第お知らせします): an honest announcement, not talk inside passed on. Only a detail as the topic
 * before the talk (DETAIL_TOPIC: 開始日, 日程, 詳細, 方法; not a fee or an amount), no change in the detail's own sentence (実施方法は民間委託も
 * 含めて庁内で検討中です still is one), and the decision plain, not hedged (予定, 見込み, 方向, かも) nor before the council.
 */
export const DETAIL_TOPIC =
  /(?:開始日|開始時期|開始時刻|実施日|実施時期|適用日|施行日|日程|日時|日取り|時期|時間帯|スケジュール|詳細|細部|詳しい(?:内容|日程|日時|時期|時間|方法)|具体的な(?:内容|日程|時期|方法|運用|スケジュール|手順)|実施方法|運用方法|運用|申込方法|申し込み方法|受付方法|手続き|手続|手順|会場|場所|対象(?:者)?|受付期間)(?:など|等|について|につきまして|や[^。！？!?\n、,]{1,10}?)?(?:は|も|につきましては|については)[、,]?(?:現在|ただいま|只今|いま|今)?[、,]?(?:(?:庁内|役所内|課内|内部|関係課|関係部署|関係機関|担当課)(?:で|と|において)(?:は)?[、,]?)?$/u
const DECISION_TOLD =
  /(?:こと|運び)(?:と|に)(?:なりました|なりましたので)|ことと(?:いた)?しました|ことにしました|決定(?:いた)?しました|決まりました|(?:実施|開始|延長|変更|導入|開設|開館|再開|拡充|廃止|休止|移転|統合|改定|改正)(?:いた)?します(?=[。！!]|$)/u
const DECISION_HEDGED = /予定|見込|見通し|方向|かも|らしい|みたい|そうです|審議|議決|議会|答申|正式/u
export function detailArranged(t: string, s: { start: number; end: number }, at: number): boolean {
  if (!DETAIL_TOPIC.test(t.slice(Math.max(s.start, at - 24), at))) return false
  const own = t.slice(s.start, s.end)
  if (CHANGE.test(own.replace(DETAIL_TOPIC_WORDS, ''))) return false
  if (TBD_LATER.test(t)) return true
  const others = t.slice(0, s.start) + '\n' + t.slice(s.end)
  for (const d of others.split(/(?<=[。！!？?\n])/u)) {
    if (DECISION_TOLD.test(d) && CHANGE.test(d) && !DECISION_HEDGED.test(d)) return true
  }
  return false
}
const DETAIL_TOPIC_WORDS = /開始日|開始時期|開始時刻|実施日|実施時期|適用日|施行日/gu

/** Blind R235I-055 kind: the notice said not out yet (辞令はまだ出ていないので) names 辞令 without making anything public. */
/** The notice said to be ahead (内示は|もまだ先, これから, 例年3月, 来週): a time, not a move (review of unof58, rv/misc). */
export const NOTICE_NOT_OUT = /^(?:は|も)[、,]?(?:まだ(?:先|これから)?|これから|例年|毎年|通常|来週|来月|[0-9０-９一二三四五六七八九十]{1,2}月|年度末|月末)/u
/** …and the sentence tells of no one: a person, a post, a place to go or hearsay. */
export const NOTICE_WHO = /さん|氏|様|くん|君|ちゃん|(?:課|部|係|室|所|館|校|園|局)長(?!期)|本庁|県庁|支所|(?:に|へ)(?:異動|転勤|昇進|配属)|らしい|みたい|そう(?:です|だ|な)|って(?:話|聞)|と聞|げな|噂|うわさ/u
/** Hearsay endings spelt in katakana for effect (できるラシイ, ﾗｼｲ after NFKC, 決まったミタイ, だってサ). */
const KATAKANA_ENDING = /(?<=[\p{Script=Han}\p{Script=Hiragana}])(?:(?:ラシイ|ミタイ)(?:デス|ダ)?|ダッテ|デスッテ|ッテ|ソウ(?:デス|ダ))|(?<=[\p{Script=Katakana}ー]{2})(?:ラシイ|ミタイ)(?=デス|です|[。！!？?\s]|$)/gu

/**
 * `t` with hearsay endings written in katakana turned into hiragana (same length, same offsets),
 * so the endings read the same however they are spelt; katakana words (ホテル, ミタイム) are left.
 */
export function hiraganaEndings(t: string): string {
  return withHiraganaEndings(t, ROMAJI_WORD.test(t), KATAKANA_WORD.test(t))
}

export const ROMAJI_WORD = /rashi|mitai/iu
const KATAKANA_WORD = /ラシイ|ミタイ|ッテ|ソウ/u

/**
 * `hiraganaEndings`, told whether `t` holds a romaji ending's word (ROMAJI_WORD) and a katakana one (KATAKANA_WORD). Turning the
 * romaji into kana makes no katakana word: its hiragana and spaces take the romaji's place, next to the same characters.
 */
export function withHiraganaEndings(t: string, romaji: boolean, katakana: boolean): string {
  if (romaji) t = t.replace(ROMAJI_ENDING, romajiToKana)
  if (!katakana) return t
  return t.replace(KATAKANA_ENDING, (w) => String.fromCharCode(...Array.from(w, (c) => c.charCodeAt(0) - 0x60)))
}

/** Hearsay endings spelt in romaji after Japanese (閉鎖になる rashii desu, 中止 mitai): read as らしいです, みたい. */
const ROMAJI_ENDING = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])\s?(?:rashii|rashī|rasii|mitai)(?:\s?desu)?(?![a-z])/giu
/** The kana of a romaji ending, padded with spaces after it to the same length (offsets hold). */
function romajiToKana(w: string): string {
  const kana = (/^\s?(?:rash|ras)/iu.test(w) ? 'らしい' : 'みたい') + (/desu$/iu.test(w) ? 'です' : '')
  return kana + ' '.repeat(w.length - kana.length)
}

export function clauseBefore(t: string, at: number): string {
  let from = Math.max(0, at - 60)
  for (let i = at - 1; i >= from; i--) {
    const c = t[i]
    if (c === '。' || c === '！' || c === '？' || c === '!' || c === '?' || c === '\n') {
      from = i + 1
      break
    }
  }
  return t.slice(from, at)
}

/** What is said of a person: misconduct, a penalty, private trouble (職員が懲戒免職になるみたい, 不倫しとるごたる). */
export const PEOPLE_CLAIM = /借金|離婚|不倫|浮気|前科|クビ|不正|横領|着服|脱税|滞納|パワハラ|セクハラ|いじめ|ハラスメント|不祥事|懲戒|免職|停職|減給|逮捕|書類送検/u
/** The hearsay is a resident's question or a rumour going round, reported: 」というお問い合わせ, という声をいただき. */
/*
 * Blind R457J-025 kind: a question the city is asked, quoted at the head of an answer (「…らしい」と聞かれることがありますが、参加資格は…
 * 異なります; とよく尋ねられます; と質問されることがあります): the resident's hearsay set right, as with というお問い合わせ; the answer may be a
 * fact that differs by case (案件ごとに異なります, 地区によって違います) or the post may be the city's FAQ (よくあるお問い合わせ, よくある質問: ANSWERED_POST).
 */
export const ASKED = /^(?:よね|よ|ね|ばい|けど)?[…。、,\s]{0,2}[」』]?(?:(?:という|との|といった|って)(?:お|ご)?(?:問い合わせ|問合せ|質問|相談|声|意見|電話|連絡|噂|うわさ|話|情報|投稿|書き込み|指摘|心配|不安)|と(?:ご?心配|不安に|誤解|お思い|思われ)(?:され|し|なさ|を|の)?|と[、,]?(?:よく|時々|ときどき|たまに|しばしば|たびたび)?[、,]?(?:聞かれ|きかれ|訊かれ|尋ねられ|たずねられ|質問され|問われ))/u
/**
 * …and the post answers it: そのような予定はありません, 事実ではありません, お答えします. Blind KL-015 kind: or it gives the facts as they
 * stand now in its place (現在、市が受け付けている給付金は…に掲載しているものだけです, 現時点で新たな給付金の予定はございません), or says the city
 * does no such thing (市からそのようなご案内はしておりません, 市では個別にお電話することはありません).
 */
export const ANSWERED = /(?:現在|現時点(?:で|では)?|今のところ)[、,]?[^。！？!?\n]{0,60}?(?:のみ|だけ)(?:です|となります|となっております|でございます|になります)|(?:現時点|今のところ|現在)(?:で|では|は)?[、,]?[^。！？!?\n]{0,30}?(?:ありません|ございません|おりません|未定です)|(?:市|当市|本市|市役所|柳川市)(?:から|では|が|より)(?:は)?[、,]?[^。！？!?\n]{0,30}?(?:して|行って|おこなって|実施して|お送りして|送って|ご案内して|お願いして|配って|お配りして)(?:おりません|いません)|(?:市|当市|本市|市役所|柳川市)(?:から|では|が)[^。！？!?\n]{0,30}?ことは(?:一切|決して)?(?:ありません|ございません)|(?:予定|事実|計画|決定|方針|事実関係|こと)(?:は|も)(?:一切|まったく|全く)?(?:ありません|ございません|ない)|そのような|そういった(?:予定|事実|こと)|事実では|誤り|デマ|お答え|回答|ご説明|正しくは|実際(?:は|には)|変更はありません|変わりません|これまでどおり|これまで通り|例年どおり|例年通り|予定どおり|予定通り|通常どおり|通常通り|正式に(?:決ま|決定し|決定いたし)(?:り)?ました|(?:決定|決まり)ましたので(?:お知らせ|ご案内)|(?:ごと|次第|によって|により)(?:に)?(?:異なり|違い|ちがい)(?:ます|ございます)/u

/**
 * Whether `at` lies inside a bracketed question (「…という噂を聞いたが本当か」) that the post reports as a resident's question
 * (ASKED after its closing bracket) and then answers (ANSWERED): the hearsay is theirs, set right.
 */
export function askedAndAnswered(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open === -1 || at - open > 60 || t.slice(open, at).includes('」')) return false
  const close = t.indexOf('」', at)
  if (close === -1 || close - at > 60) return false
  return ASKED.test(t.slice(close, close + 16)) && ANSWERED.test(t.slice(close))
}
/**
 * Blind HC-045: hearsay that closes a quotation shown as an example of what not to pass on (「明日また大きな台風が来るらしい」といった、
 * 出どころのわからない情報を転送するのはやめましょう, 「…閉鎖されるらしい」などのうわさに惑わされないで): the post names a kind of message
 * and warns against spreading or believing it, it passes none on. The hearsay ends the quotation, a kind of message follows it
 * (といった…情報, などのうわさ, のような投稿) and the rest of the sentence warns (やめましょう, 控えて, 惑わされず, 確かめて); a quotation
 * handed on (「…らしい」という情報を転送してください) is still hearsay.
 */
const EXAMPLE_FRAME_AFTER = /^[」』](?:といった|などの|などと?いう|のような|みたいな|という|との)[、,]?[^。！？!?\n「」]{0,20}?(?:情報|噂|うわさ|ウワサ|デマ|話|書き込み|投稿|メッセージ|メール|チェーンメール|つぶやき|ポスト|LINE)/u
const WARNED_OFF = /やめ(?:ましょう|て|よう|ません)|控え|(?:転送|拡散|シェア|リポスト|リツイート)(?:しない|せず|は(?:しない|せず|しないで|やめ|控え))|惑わされ|まどわされ|注意|気をつけ|気を付け|確かめ|たしかめ|確認(?:して|しま|を)|うのみ|鵜呑み|信じ(?:ない|ず|込ま)|広げない|広めない|流さない|デマ/u
export function hearsayShownAsExample(t: string, at: number, end: number): boolean {
  const open = Math.max(t.lastIndexOf('「', at), t.lastIndexOf('『', at))
  if (open < 0 || at - open > 60 || /[」』\n]/u.test(t.slice(open + 1, at))) return false
  const tail = t.slice(end, end + 40)
  const close = tail.search(/[」』\n]/u)
  if (close < 0 || close > 4 || tail[close] === '\n') return false
  const frame = EXAMPLE_FRAME_AFTER.exec(tail.slice(close))
  if (!frame) return false
  const from = end + close + frame[0].length
  const rest = t.slice(from, sentenceAround(t, from, from).end)
  return WARNED_OFF.test(rest)
}

export const PUBLIC_THING = /市(?:の|が|は|で|役所|営|立|有)|町役場|県(?:の|が|は|営|立)|国の|道の駅|公民館|図書館|体育館|センター|庁舎|学校|保育|施設|公園|路線|団地/u
/** The words of a plain alternation of literals, written as its source (no syntax but `|`). */
export const words = (alternation: string): readonly string[] => alternation.split('|')
/**
 * Every spelling of an ASCII word that the `iu` flags match as it: each letter in either case, and ſ for s and K (U+212A) for k,
 * the only other code units whose simple case folding is an ASCII letter.
 */
function caseVariants(word: string): string[] {
  let out = ['']
  for (const c of word) {
    const forms = new Set([c.toLowerCase(), c.toUpperCase(), ...(c.toLowerCase() === 's' ? ['\u017f'] : c.toLowerCase() === 'k' ? ['\u212a'] : [])])
    out = out.flatMap((w) => [...forms].map((f) => w + f))
  }
  return out
}

/**
 * The paragraph's prerequisites, found in one Aho–Corasick pass (gate.ts) instead of one regex test each: on ordinary text most
 * detectors below cannot match, and a keystroke used to pay some forty regex executions to learn it.
 * - A word list is exact: it replaces a test of the plain alternation of these words on the paragraph (`has.x` is that test).
 * - A pattern stands for its required literals (literals.ts): without any of them the pattern cannot match the paragraph nor any
 *   slice of it (a sentence, a window), so `has.x && X.test(…)` on such text gives what `X.test(…)` gives; with one, it is still run.
 *   Not for text made by replacing (removing words can join new ones) or for the hiragana-ending view unless it is the paragraph.
 */
export const NEEDS = {
  // run
  personal: words('的に|中の人|中でも|なかでも|内でも|個人|私見|私|わたし|わたくし|僕|ぼく|自分|俺|うち|正直|率直|ぶっちゃけ|本音|担当|職員|課長|係長|部長|筆者|べき|本音|としては|としても|しましては|しましても|市は考え|市も考え|市では考え|市は思って|市も思って|市は感じ|市は見て|市はみて'),
  cityToo: words('としても|としましても'),
  practice: words('やり方|やりかた|制度|仕組み|しくみ|方針|運用|進め方|集め方|決め方|使い方'),
  budgetStage: BUDGET_UNSETTLED,
  council: words('審議|議論|話し合い|議決|可決|採決|議会|成立|正式|承認|決裁|協議|検討|調整|上程|提案|提出|通って|通っと|通る前|通過|説明|諮問|答申'),
  // informal's Japanese words (its English ones, /rumou?r|heard|word|official/i, are asked only where `english` is found)
  informal: words('筋|話し|聞|伺|教え|話題|噂|うわさ|持ちきり|もちきり|とか|関係者'),
  // Part of every match of /rumou?r|heard|word|official/iu, and of /rashi|mitai/iu (the romaji endings), in any case.
  english: ['rum', 'ear', 'wor', 'ffi', 'ird', 'ext'].flatMap(caseVariants),
  romaji: ['ash', 'ita'].flatMap(caseVariants),
  political: words('開票|投票|当落|べき|ほう|方が|しろ|せよ|ほし|欲し|くれ|いい|なきゃ|ないと|反対|賛成|支持|選|政策|公約|マニフェスト|応援|支援|賛同|参加'),
  talk: words('話|うわさ|噂|評判|関わ|かかわ|関与|絡ん|関係して|ところ|聞いたら|聞きました|聞いた|聞いて|教えてもら|教えていただ|教わり|伺い|うかがい'),
  offRecord: words('雑談|立ち話|懇親会|懇談|飲み会|酒席|宴席|二次会|オフレコ|非公式|囲み'),
  privateRemark: words('」と|」って'),
  inquiry: words('調査|検査|検証|究明|捜査|鑑定|調べ|原因|詳細|真相|詳しいこと|事実関係|正式|公式|確認中'),
  certainCause: words('間違い|違いな|確実|決ま|確定|原因|せい|犯人|火元|発生源|感染源|十中八九|九分九厘|ミス|過失|不注意|手抜き|不始末|故障|不具合|不良|放火|老朽化|確認不足|管理不足'),
  causeWords: words('原因|せい|仕業|によるもの|火元|発生源|感染源|過失|落ち度'),
  inside: words('の間|内では|内で'),
  katakanaEnding: words('ラシイ|ミタイ|ッテ|ソウ'),
  direction: words('方向|案で|案が|方針で|方針が'),
  guessWords: words('ことに|ことと|確実|確定|間違い|決まり'),
  hearsayWords: words('らしい|らしー|らしｰ|らしぃ|らしか|みたい|そう|って|聞|耳|伺|話|とか|っぽい|という|との|げな|ごたる|ラシイ|ミタイ|きいた|ききました|きいちゃ|きいて'),
  reportWords: words('未確認|確認|裏|真偽|本当か|事実かどうか|情報|話|連絡|知らせ|通報|報告'),
  // leaks
  leakWords: words('固め|調整|詰め|協議|検討|まとま|固ま|素案|原案|試案|骨子案|たたき台|叩き台|方向|方針|計上|盛り込|盛りこ|反映|組み込|入れ'),
  secretWords: words('ここだけ|内緒|ないしょ|ナイショ|オフレコ|内密|他言|口外'),
  overheardWords: words('こっそり|たまたま|偶然|ちらっと|ちらりと|ひそかに|密かに|立ち聞き|盗み聞き|漏れ聞き|内緒で|ないしょで|ナイショで|内密で|秘密で|ひみつで|ヒミツで'),
  billWords: words('予算|議案|条例'),
  // unannounced
  asideWords: words('言え|いえ|申し上げ|お伝え|お話し|話せ|書け|言わ|言っちゃ|言っては|言うたら|言ったら|書いちゃ|書いては|出しちゃ|まだ|口止め|言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され|止められ'),
  newsWords: words('発表|お知らせ|ニュース|報告'),
  planWords: words('話|構想|計画|案'),
  nai: words('ない'),
  nextWords: words('次の|次期|新しい|今度の|後任の|年度の|来春の|月からの'),
  postWords: words('長|リーダー|責任者|担当'),
  // patterns, by their required literals
  change: CHANGE,
  startAhead: START_AHEAD,
  expectation: words('と考えて|ものと考えて|と見込んで|ものと見込んで|と踏んで'),
  benefit: BENEFIT,
  staffPenalty: STAFF_PENALTY,
  privateInformant: PRIVATE_INFORMANT,
  commentProcess: COMMENT_PROCESS,
  decidedMeasure: DECIDED_MEASURE,
  unannounced: UNANNOUNCED,
  planForming: PLAN_FORMING,
  internalTalk: INTERNAL_TALK,
  insideProgress: INSIDE_PROGRESS,
  quotedRemark: words('」って|」と'),
  deliberating: words('の中で|のなかで|の内部で'),
  personnel: PERSONNEL,
  nextPostPublic: NEXT_POST_PUBLIC,
  corrected: CORRECTED,
  promised: PROMISED_WHEN_DECIDED,
  leakPublic: LEAK_PUBLIC,
  unverified: UNVERIFIED,
  reportConfirmed: REPORT_CONFIRMED,
  reportFrame: REPORT_FRAME,
  informantTalk: INFORMANT_TALK,
  informantTold: INFORMANT_TOLD,
  localTalk: LOCAL_TALK,
  suspectGuess: SUSPECT_GUESS,
  involvedHeard: words('関わ|かかわ|関与|絡ん|からん|一枚|関係し|関係あ|関係があ|グルにな|ぐるにな|糸を引|手引き'),
  talkOut: TALK_OUT,
  staffSign: STAFF_SIGN,
  hearsay: HEARSAY,
} satisfies Record<string, readonly string[] | RegExp>
export type NeedName = keyof typeof NEEDS
export type Has = Record<NeedName, boolean>
/** A change told beyond a bare benefit word (補助金を活用する事業者が増える names a grant, it changes none). */
const CHANGE_G = new RegExp(CHANGE.source, 'gu')
const BARE_BENEFIT = /^(?:補助|給付|支給|交付|還元|商品券)$/u
export function changeBeyondBenefit(sentence: string): boolean {
  if (!CHANGE.test(sentence)) return false
  for (const c of matchAllOf(CHANGE_G, sentence, MAX_HITS)) if (!BARE_BENEFIT.test(c[0])) return true
  return false
}
/** …and a change of course in it. */
export const COURSE_CHANGE = /やめ|止めて|廃止|縮小|拡大|拡充|絞|一本|切り替|切替|見直|重点|集中|転換|減ら|削減|増や|打ち切|なくし|なくす|移行|シフト|特化|力を入れ|中心に|倍に/u
export const SURE_DECIDED = /可決され|議決され|成立し|予算(?:化|措置)され|予算に計上され|(?:決定|確定)(?:し|いたし)ました|正式に決まりました/u
export const HOPE_MARKED = /(?:と|ば|たら)(?:いい|よい|良い|うれしい|嬉しい)|たい(?:と|です|な|ね)|ことを(?:願|期待)|願って|期待(?:して|しつつ|しましょう)|祈って|かも|でしょうか|[?？]|目指/u
export const STEP_DONE = /可決され|議決され|議決を経|承認され|成立し|認可され|認可を受け|予算(?:化|措置)され|予算に計上され/u
export const REPORT_DENIED = /事実(?:では|じゃ)(?:ありません|ない)|事実無根|デマ|誤り|根拠(?:は|が|の)(?:ない|ありません)|惑わされ|ご注意|注意して|確認されて(?:い|お)(?:ません|りません)|そのような(?:事実|予定|計画)/u
export const UNDER_WAY88 = /可決され|議決され|成立し|承認され|工事中|着工し(?:まし)?た|工事が(?:始ま|進ん)|契約(?:を(?:締結|結)|し(?:まし)?た)|予算(?:化|措置)され|予算に計上され/u
