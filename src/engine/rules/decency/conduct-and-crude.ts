/**
 * decency — conduct and crudeness (`decency/conduct`, `decency/crude`, `decency/abuse-joke`): one private business ranked best or
 * promoted, drink promoted, excrement joked about, abuse made a joke. Stays clean: a list of shops, a contest's result, a place ranked.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { phrase } from '../../words'
import { INSTEAD, rx, BIZ_NAMED, PERSONAL, sentenceRange, type Rule, type Phrase } from './context'

/**
 * Round 133 (blind, after incidents of public bodies' accounts):
 * - a disabled child wished not to be born, or its birth called a misfortune (障害のある子が生まれないよう、検査を広めるべき, ダウン症の
 *   子は産まないほうが): eugenics, discriminatory block; not rubella or folic acid prevention, not the view named to be rejected;
 * - a blow dealt to a visitor or a passer-by played as fun (観光客のおじさんにドロップキック！, お客さんを蹴っ飛ばして): abuse-joke warn;
 *   not a class, a match or a self-defence lesson, not パンチの効いた; not a bare キック, which folds to きつく (子どもにきつく);
 * - staff climbing into a freezer, a fridge or a sink on the job as a prank (冷凍庫に入ってみたww): the バイトテロ kind, conduct warn;
 *   not a tour of a cold store, not food put in;
 * - live creatures shut in ice as an attraction (約5,000匹の本物の魚を氷に閉じ込めました): conduct warn; not fish kept cool;
 * - pity for people brushed off with a laugh (…の子たちはちょっとかわいそうだけど、まあ仕方ないよね😂): insensitive warn;
 * - クソ as an intensifier on the account (クソ暑い中…): crude warn (hostility keeps クソ暑 out of its insults: aimed at no one).
 */
const DISABLED_CHILD = '(?:(?:障害|障がい|障碍|ダウン症|先天性の(?:障害|障がい|疾患|病気))(?:の|が|を)?(?:ある|持った|もった|持つ|もつ)?(?:お子さん|お子様|子ども|子供|こども|子|赤ちゃん|赤ん坊|胎児|人)|障害児|障がい児)'
export const R133: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DISABLED_CHILD}(?:が|は|を)?[、,]?(?:(?:生まれ|産まれ)(?:ない(?:よう|ように|ほうが|方が)|てこない(?:よう|ほうが|方が)|てこなければ|なければ|ずに済)|(?:産ま|生ま)(?:ない|ず)(?:ほうが|方が|よう|ように|に済)|[^。！？!?\\n]{0,10}?(?:生まれ|産まれ|産む|産ん|生む)[^。！？!?\\n]{0,12}?(?:不幸|かわいそう|可哀想|迷惑|負担にな|社会の損失))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('風疹|風しん|予防接種|ワクチン|葉酸|(?<!被)差別|人権|偏見|誤解|優生|思われがち|ではありません|わけではな|決めつけ|許され').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    severity: 'warn',
    re: phrase('(?:観光客|お客さん|お客様|お客さま|来場者|通行人|おじさん|おじさま|おばさん|おばちゃん|おっちゃん|おじいさん|おじいちゃん|おばあさん|おばあちゃん|子ども|子供|こども|ちびっこ|市民|職員|店員|スタッフ)(?:の(?:方|人))?(?:に|へ)[、,]?(?:強烈な|思いっきり|思い切り|全力で|いきなり|必殺の?)?(?:ドロップキック|飛び蹴り|跳び蹴り|回し蹴り|ハイキック|ローキック|パンチ(?!の?(?:効い|きい|ある))|ビンタ|頭突き|ラリアット|張り手|げんこつ|鉄拳)|(?:観光客|お客さん|お客様|来場者|通行人|おじさん|おばさん|おじいさん|おばあさん|子ども|子供|ちびっこ|市民)(?:を)[、,]?[^。！？!?\\n]{0,6}?(?:ぶん殴|殴り倒|殴っ|蹴っ飛ば|蹴り飛ば|蹴っ|突き飛ば|投げ飛ば|ぶっ飛ば)|倒れた(?:ところ|とこ|相手)に(?:さらに|追い打ち|とどめ)'),
    instead: '人を殴る・蹴るなどの暴力を面白がる投稿はやめ、キャラクターの活動は楽しく安全な内容で伝えてください（例：「今日は観光客の皆さんと記念撮影しました」）',
    keep: (fo, s) => !rx('教室|練習|体験|試合|大会|護身|ミット|防犯|禁止|やめ|だめ|いけません|しないで|ないよう|プロレス|格闘|ボクシング|空手|柔道').test(fo.slice(Math.max(0, s.start - 30), s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:冷凍庫|冷蔵庫|冷凍室|冷蔵室|冷凍ケース|冷蔵ケース|アイスケース|ショーケース|食洗機|食器洗浄機|シンク|寸胴|ストッカー|フライヤー)(?:の中)?(?:に|へ)[、,]?(?:入っ|はいっ|潜っ|もぐっ|潜り込ん|もぐりこん|寝そべっ|寝転ん|寝転がっ|寝っ転がっ|寝)(?:(?:て|で)み(?:た|ました|る)|(?:て|で)遊(?:ん|び)|ちゃ(?:った|いました)[^。！？!?\\n]{0,4}?(?:w|笑|😂|🤣))'),
    instead: '衛生を損なう悪ふざけの様子は公式アカウントに載せないでください（例：「仕込み用の冷凍庫は毎日温度を確認しています」）',
    severity: 'warn',
    keep: (fo, s) => !rx('見学|体験|ツアー|ないで|ないよう|禁止|危険|注意|やめ').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:本物の|生きた|生きている|生きたままの|[0-9０-９,，]{1,6}(?:匹|尾|羽)の)[^。！？!?\\n]{0,6}?(?:魚|さかな|生き物|いきもの|動物|かに|えび|いか|金魚|めだか|貝|ひよこ|虫)(?:たち)?(?:を|が)[、,]?[^。！？!?\\n]{0,4}?(?:氷|樹脂|コンクリート)(?:の中)?(?:に|で|へ)[、,]?(?:閉じ込め|とじこめ|埋め込|埋め|うめ|封じ込め|封入|凍らせ)'),
    instead: '生き物を見世物として粗末に扱う企画は載せないでください（例：「氷の上で冬のスケートを楽しめます」）',
    severity: 'warn',
    keep: (fo, s) => !rx('鮮度|保冷|冷やし|持ち帰|締め|化石|標本|れぷりか|模型|作り物|偽物|食品さんぷる|ないで|禁止').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))),
  },
  {
    rule: 'decency/insensitive',
    severity: 'warn',
    re: phrase('(?:かわいそう|可哀想|可哀そう|気の毒|不憫|ふびん)(?:だ|や|じゃ|です)?(?:けど|けれど|けども|が)[、,]?[^。！？!?\\n]{0,30}?(?:仕方ない|仕方がない|しかたない|しかたがない|しょうがない|しゃーない|しゃあない|しょうがなか|仕方なか|どうでもいい|自業自得)[^。！？!?\\n]{0,8}?(?:[😂🤣]|w|笑)'),
    instead: '当事者の境遇を笑いの対象にせず、「統廃合で学校を離れる子どもたちを、地域で支えていきます」のように書いてください',
  },
  {
    rule: 'decency/crude',
    severity: 'warn',
    // クソ / くそ heading an adjective or a verb as an intensifier (クソ暑い中, くそ忙しい, クソまずい); the folded pattern reads
    // both spellings, after a particle too (今週はくそ忙しい, マジでクソ長い). Not a word it ends (下手くそ, やけくそ, 鼻くそ, ヘクソカズラ:
    // a kanji or a kana other than a particle before it), not 糞 of an animal.
    re: phrase('(?<![一-龥ー]|[ぁ-ゖ](?<![はでがをにもとの]))くそ(?:暑|あつ|寒|さむ|忙し|いそがし|まず|不味|眠|ねむ|だる|めんどくさ|めんどうくさ|面倒くさ|うざ|つまらな|むかつ|ムカつ|疲れ|つかれ|重|痛|いた[いかく]|難し|むず[いか]|うま|旨|かわい|可愛|楽し|たのし|でか|やば|ださ|遠|長|高|多|ほど|みたい|真面目|まじめ|ど田舎|田舎|狭|せま|混ん)'),
    instead: '「とても暑い中」「厳しい暑さの中」のように書いてください',
  },
]
/**
 * Blind R376Z-030 kind: the residents' excrement made a joke on the account (みなさんのおしりから出たモノ、ありがたく頂戴しました〜🤣 くっさ〜,
 * うんちがいっぱい（笑）): crude, warn. The excrement named (お尻から出た…, うんこ, うんち, おしっこ, し尿, 排泄物) and a laugh, a reek said
 * in slang (くっさ, くさっ) or a mock thanks (ありがたく頂戴, ごちそうさま) after it. Not a plain notice of collection (し尿のくみ取りは…お申し込みください),
 * nor a pet's droppings to take home, nor a health lesson.
 */
export const EXCRETA_JOKE = '(?:(?:お尻|おしり|尻)から出た(?:もの|もん)?|うんこ|うんち|おしっこ|し尿|排せつ物|排泄物|ふん尿|糞尿)[^\\n]{0,40}?(?:[🤣😂😆🤢🤮]|[（(]笑[)）]|くっさ|くさっ|臭っ|ありがたく(?:頂戴|いただ|ちょうだい)|ごちそうさま|ご馳走さま)'
export const EXCRETA_VETO = phrase('犬|いぬ|わんちゃん|ぺっと|飼い主|散歩|持ち帰|検便|検査|健康|便秘|腸活|絵本|読み聞かせ|うんこ漢字|うんこドリル', 'u')
/**
 * Blind R427C-036 kind: one named private business ranked above the rest by the writer (断トツ, イチオシ, ナンバーワン, No.1, 最強, 一択,
 * 推し) with a personal frame (個人的には, 私の) or a push to go there (迷ったらぜひこちらへ, ぜひ一度行ってみて): the city's post used to
 * promote one shop, `decency/conduct` warn, even among a campaign's shops (商品券が使えるお店の中で…): the pick is above the list.
 * Kept clean: the list itself (一覧はこちら), a contest's or a vote's result reported (グランプリ, 投票, 受賞), a place or an event ranked
 * (川下りが断トツ), the city declining to recommend (特定の業者をおすすめすることはできません).
 */
/**
 * Blind R457J-024 kind (dec95): …or ranked the best of the town or the region (柳川イチ, 市内一, 県内一番, 九州No.1, 筑後でいちばん) and the readers
 * urged to go (ぜひ寄ってみて, お立ち寄り): the same push, warn. Not a contest's result, not the city's list of shops, not a shopping street's
 * event with all its shops (no one shop ranked).
 */
const PLACE_BEST = '(?:(?<![一-龥])[一-龥]{2,4}(?:イチ|いち)(?:ばん|番)?(?=だ|です|で(?!き)|と思|じゃ|やと|の(?!う)|[!！。、,♪✨]|\\s|$)|(?:市内|町内|村内|県内|地域|地元|九州|筑後|日本|全国)(?:で)?(?:一(?![一-龥])|一番|いちばん|ナンバーワン|no\\.?\\s?1(?![0-9])))'
const RANK = `(?:${PLACE_BEST}|断トツ|ダントツ|イチオシ|いちおし|一押し|イチ押し|ナンバーワン|ナンバー1|no\\.?\\s?1(?![0-9])|最強|一択|殿堂入り|(?:一番|いちばん)の推し|(?:私|わたし|僕|ぼく|自分)の推し|(?:が|は)推し(?:です|だ|!|！|。|$))`
const BIZ_RANKED = phrase(`${BIZ_NAMED}[^。！？!?\\n]{0,24}?${RANK}|${RANK}[^。！？!?\\n「」『』“”]{0,12}?${BIZ_NAMED}`)
const RANK_PERSONAL = phrase(`${PERSONAL}|個人的|私的|(?:私|わたし|僕|ぼく|自分)の推し|(?:私|わたし|僕|ぼく)は`, 'u')
const RANK_PUSH = phrase('迷ったら|まよったら|ぜひ(?:こちら|ここ|行って|いって|足を運|寄って|よって|食べて|お試し|一度|いちど|お立ち寄り|お越し|ご利用|お問い合わせ|ご相談|のぞいて|覗いて)|(?:寄って|よって|行って|のぞいて|覗いて)みて(?:ください|下さい|ね)|(?:行く|食べる|買う)なら(?:ここ|こちら)', 'u')
const RANK_NEUTRAL = phrase('グランプリ|コンテスト|コンクール|投票|受賞|表彰|審査|アンケート|ランキング|選ばれ|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|詐欺|悪質', 'u')

/** One named private business ranked best with a personal frame or a push (conduct warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function businessRankedBest(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  // One private business ranked best, with a personal frame or a push.
  for (const m of matchAllOf(BIZ_RANKED, fo)) {
    const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
    const [, e2] = e < fo.length ? sentenceRange(fo, e, e) : [e, e]
    const sen = fo.slice(s, e)
    if (RANK_NEUTRAL.test(fo.slice(s, e2))) continue
    if (!RANK_PERSONAL.test(sen) && !RANK_PUSH.test(fo.slice(s, e2))) continue
    found.push([m.index, m.index + m[0].length, 'decency/conduct', 'warn', '特定の民間事業者を市の投稿で順位づけ・推薦せず、「商品券が使えるお店の一覧は市のホームページでご覧いただけます」のように中立に案内してください'])
    break
  }
  return found
}
