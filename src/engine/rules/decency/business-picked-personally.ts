/**
 * decency — one private business picked as the writer's own recommendation (wave 89).
 *
 * Blind R440R-018 kind: the account's staff naming one private firm or shop as their pick in a noun frame (個人的なおすすめは…「…」さん,
 * 私的イチオシは『…工務店』, 職員のおすすめは「…」様) with praise or a push in that sentence or the next (一番安くて, 工事も丁寧,
 * 対応が早い, ぜひ, チラシを窓口に): the city's post promoting one business, `decency/conduct` warn (what R411L's PERSONAL frame reads
 * as 個人的には, said as a noun, the praise in the next sentence). Kept clean: a list of certified or participating shops published by
 * an association (認定店, 加盟店, 一覧), the city declining to pick (特定の業者をおすすめすることはできません), a personal pick of a place,
 * a book or a season with no business named (個人的なおすすめは夕方の川下りです).
 *
 * Blind R441S-030, R443U-048 kind (wave 90): a firm named without quotes (中島会計事務所さん, 株式会社…さんの, ㈱…様, …工務店さん)
 * or its product, and the account pushing it in that sentence or the two after: a personal pick said as a verb (個人的にいちばん
 * おすすめです, 個人的にイチオシ), the city's or the staff's endorsement (市としてもおすすめします, 職員一同おすすめ), a call to buy
 * or hire (ぜひ買ってください, ぜひお買い求めを, ぜひ依頼して): `decency/conduct` warn. Kept clean: a sponsor credit (協賛：株式会社…),
 * a list of all registered firms or the association's free consultation (税理士会の無料相談, 登録事業者の一覧), a firm named as the
 * contractor of a works or a service with no push (工事は株式会社…が行います), the city declining to pick.
 *
 * Blind R446X-008 kind (wave 91): a shop named by its trade before or after its name without quotes (居酒屋なごみさん, カフェみなもさん,
 * 食堂…さん, …食堂さん, 焼き鳥…さん) with a push in that sentence or the two after: a deal for the post's readers or a discount (この投稿を
 * 見せると半額, クーポン, 1杯サービス) or a call to go (ぜひ行ってみて, 皆さんもぜひ足を運んで, 寄ってみてください): the city's post
 * advertising one bar or eatery, `decency/conduct` warn. Kept clean: a shopping street's event listing many shops, a city campaign's
 * participating shops (参加店舗一覧, 各店舗), a shop named as a venue or a place with no push (会場は食堂…さんの2階).
 *
 * Blind R452D-008 kind (wave 93): a chain store or a shop named by its branch (ホームセンター…柳川店, ドラッグストア…駅前店, スーパー…本店,
 * …電器店) selling a product told with its price (税込2,980円, 1,500円で販売中), and the staff's own push in that sentence or the two after
 * (私も愛用しています, 本当に便利, ポイント5倍, ぜひお買い求めください, おすすめです): warn. Kept clean: the city's designated bags or
 * tickets sold at named shops (指定ごみ袋は…でお買い求めいただけます, 取扱店), a list of all shops, a store's own event named as a venue,
 * the city declining to pick.
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { BIZ_NAMED } from './context'

const PICK_NOUN = '(?:個人的(?:な|に)?|私的(?:な)?|わたし的(?:な)?|僕的(?:な)?|自分的(?:な)?|(?:私|わたし|僕|ぼく|自分|職員|担当(?:者)?|スタッフ)(?:の|が)?)(?:一番の|いちばんの)?(?:おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|推し)(?:は|が|の(?:お店|業者|会社|店))?'
const PICKED = phrase(`${PICK_NOUN}[、,：:]?[^。！？!?\\n]{0,24}?${BIZ_NAMED}`)
const PRAISE = phrase('安く|安い|安かっ|お得|良心的|リーズナブル|丁寧|親切|早い|速い|確か|腕がいい|腕が良い|信頼|間違いな|満足|一番|いちばん|ぜひ|是非|お気軽に|チラシ|パンフ|名刺|ご紹介|紹介して', 'u')
const NEUTRAL = phrase('認定店|協力店|参加店|加盟店|登録店|取扱店|対象店|一覧|各店|各社|組合|協会が|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|詐欺|悪質|ご注意', 'u')

/** Blind R441S-030, R443U-048: a firm named without quotes (…会計事務所さん, 株式会社…さん, ㈱…様). */
const BIZ_BARE = '(?:(?:株式会社|有限会社|合同会社|合資会社|[(（]株[)）]|㈱|[(（]有[)）]|㈲)[^\\s。、！？!?「」『』]{1,16}?|(?:(?<![一-龥])[一-龥]{1,8}|[ぁ-ゖー]{2,10})(?:会計事務所|税理士事務所|法律事務所|司法書士事務所|行政書士事務所|事務所|工務店|不動産|商店|電器|電機|酒店|書店|薬局|建設|工業|自動車|整骨院|接骨院|歯科|医院|クリニック|スポーツ|ジム|学院|保険|リフォーム|商事|産業|設備|住建|ホーム))(?:さん|様|さま)'
/** Blind R446X-008: a shop named by its trade before or after its name (居酒屋なごみさん, カフェみなもさん, …食堂さん). */
const SHOP_TRADE = '(?:居酒屋|酒場|スナック|カフェ|喫茶|喫茶店|食堂|レストラン|ラーメン|らーめん|焼肉|焼き肉|焼鳥|焼き鳥|寿司|鮨|蕎麦|うどん|うなぎ|鰻|パン屋|ベーカリー|ケーキ屋|洋菓子店|和菓子店|菓子店|お好み焼き|定食屋|中華料理|小料理屋?)'
/** The shop's own name: no particle, so a trade word in a phrase (カフェで働く…さん, …場の管理人さん) is not read as one. */
const SHOP_NAME = '(?![のでにをがへ])[^\\s。、！？!?「」『』()（）のでをが]{1,12}?'
const BIZ_BARE_ALL = `(?:${BIZ_BARE}|${SHOP_TRADE}[ 　・]?${SHOP_NAME}(?:さん|様|さま)|(?:(?<![一-龥])[一-龥]{1,8}|[ぁ-ゖー]{2,10})(?:食堂|酒場|亭|庵|軒)(?:さん|様|さま))`
const BARE_NAMED = phrase(BIZ_BARE_ALL)
const TRADE_MARKED = phrase(`^${SHOP_TRADE}|(?:食堂|酒場|亭|庵|軒)(?:さん|様|さま)$`, 'u')
/** A deal for the post's readers or a call to go (この投稿を見せると半額, クーポン, ぜひ行ってみて). */
const SHOP_PUSH = phrase('半額|割引|割り引|(?:\\d+|[一二三])割引?|クーポン|無料(?:に|で|サービス)|サービスして|おまけ|(?:投稿|画面|ページ|スクショ)を(?:見せ|提示)|ぜひ(?:行って|いって|足を運んで|寄って|よって|食べに|飲みに|訪れて|お立ち寄り|お越し)|(?:行って|寄って|食べに行って|飲みに行って)みて(?:ください|ね|くださいね|下さい)', 'u')
const SHOP_NEUTRAL = phrase('参加店|加盟店|協力店|取扱店|対象店|各店|店舗一覧|一覧|商店街|スタンプラリー|マップ|協賛|後援|会場|詐欺|ご注意|名乗る|特定の(?:業者|事業者|お店|店|会社)', 'u')
const BARE_PUSH = phrase('個人的に(?:は|も)?[、,]?(?:一番|いちばん|断然|心から)?(?:おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|推し)|(?:市|町|村|当課|当センター|私たち|職員)(?:として|一同|全員)(?:も)?[、,]?[^。！？!?\\n]{0,6}?(?:おすすめ|オススメ|お勧め|お薦め|イチオシ|推薦|応援)(?:します|しています|です|して(?:い)?ます)|ぜひ(?:買って|かって|購入して|ご購入|お買い求め|お試し|試して|使って|頼んで|依頼して|ご依頼|注文して|ご注文)', 'u')
const BARE_NEUTRAL = phrase('協賛|後援|提供[:：]|一覧|各社|各事業所|登録(?:業者|事業者|されている)|税理士会|組合|協会|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|詐欺|悪質|ご注意|名乗る', 'u')

/** Blind R452D-008: a store named by its branch or kind (ホームセンター…店, ドラッグストア…駅前店, …電器店). */
const STORE_NAMED = phrase('(?:ほーむせんたー|どらっぐすとあ|どらっぐ|すーぱー(?:まーけっと)?|家電量販店|でぃすかうんとすとあ|百貨店|でぱーと|ここすとあ)[ 　・]?[^\\s。、！？!?「」『』()（）]{1,16}?(?:店|支店|本店)|(?<![一-龥])[一-龥ぁ-ゖー]{2,8}(?:電器店|電気店|家具店|雑貨店|金物店)')
/** … a product told with its price (税込2,980円, 1,500円で販売中). */
const PRICED = phrase('税込|税抜|[0-9][0-9,]*円|販売中|特価|セール', 'u')
/** … and the staff's own push (私も愛用, 本当に便利, ポイント5倍, ぜひお買い求め). */
const STORE_PUSH = phrase('愛用|(?:私|わたし|僕|自分)も(?:使って|買いま|買って|持って)|本当に便利|ほんとに便利|すごく便利|ぽいんと[0-9]+倍|ぜひ(?:お買い求め|ご購入|買って|購入して|お試し)|(?:おすすめ|イチオシ|一押し)(?:です|します|の)', 'u')
const STORE_NEUTRAL = phrase('指定(?:ごみ|ゴミ|可燃|不燃|資源)?袋|ごみ袋|ゴミ袋|処理券|シール|取扱店|取扱い?店|販売店一覧|一覧|各店|など|等で|協賛|後援|会場|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|詐欺|ご注意', 'u')

/** One private business picked as the writer's own recommendation over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function businessPickedPersonally(fo: string): Array<[number, number, 'decency/conduct', 'block' | 'warn', string]> {
  for (const m of matchAllOf(PICKED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    const next = sen.end < fo.length ? sentenceOf(fo, sen.end, sen.end).end : sen.end
    const around = fo.slice(sen.start, next)
    if (NEUTRAL.test(around) || !PRAISE.test(fo.slice(end, next))) continue
    return [[m.index, end, 'decency/conduct', 'warn', INSTEAD]]
  }
  for (const m of matchAllOf(STORE_NAMED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    let next = sen.end
    for (let k = 0; k < 2 && next < fo.length; k++) next = sentenceOf(fo, next, next).end
    if (!PRICED.test(fo.slice(sen.start, sen.end)) || !STORE_PUSH.test(fo.slice(sen.start, next)) || STORE_NEUTRAL.test(fo.slice(sen.start, next))) continue
    return [[m.index, end, 'decency/conduct', 'warn', INSTEAD]]
  }
  if (!/すすめ|勧め|薦め|いちおし|一押し|推し|推薦|応援|ぜひ|半額|割|くーぽん|無料|さーびす|おまけ|みて/u.test(fo)) return []
  for (const m of matchAllOf(BARE_NAMED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    let next = sen.end
    for (let k = 0; k < 2 && next < fo.length; k++) next = sentenceOf(fo, next, next).end
    const around = fo.slice(sen.start, next)
    const after = fo.slice(end, next)
    // Blind R446X-008: a shop named by its trade, pushed with a deal or a call to go.
    const pushed = BARE_PUSH.test(after) || (TRADE_MARKED.test(m[0]) && SHOP_PUSH.test(after) && !SHOP_NEUTRAL.test(fo))
    if (BARE_NEUTRAL.test(around) || !pushed) continue
    return [[m.index, end, 'decency/conduct', 'warn', INSTEAD]]
  }
  return []
}
const INSTEAD = '特定の民間事業者を職員のおすすめとして紹介せず、選び方や公的な相談先を中立に案内してください（例：「防犯カメラの設置は、複数の業者から見積もりを取って比べましょう」）'
