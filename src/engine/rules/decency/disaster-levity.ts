/**
 * decency — levity about harm (`decency/insensitive`, `decency/victim`): laughter or cheer beside a fire, an accident, a flood or a
 * death that happened, delight at an evacuation, tone's levity echoed (levityAboutHarm), a disaster called a boon. Stays clean: a
 * drill, a supposed or prevented harm, relief or rebuilding told, a likeness (洪水のような人出), a near miss.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import type { DraftFinding, EchoSource } from '../../rule'
import type { Span } from '../../text'
import { CALL_SCRIPT_TAIL, phrase } from '../../words'
import { AWARENESS, GRASS_CUT, LAUGH_W, INSTEAD, BODY_VETO, ANSWERED, LAUGHED121, CONDOLENCE, INSENSITIVE, LAUGH_MARK, AWARE121, sentenceRange, type Rule, type Phrase } from './context'

/**
 * Round 121 (R121A-146): the mood lifted after a misfortune (気分を上げていこう, テンションアゲて, はしゃいで): levity even when the post
 * speaks of rebuilding (復興ソングでも流して気分を上げていこう🎉), which otherwise excuses a cheer.
 */
const MOOD_UP = '気分(?:を|も)?(?:上げ|あげ|アゲ|上が|あが)|はしゃ(?:い|ぎ|ご)|浮かれ(?:て|よ|ちゃ)'
export const MOOD_UP_RE = phrase(MOOD_UP, 'u')
/**
 * Round 121 (R121A-026/056/146): a disaster's damage named as what the people suffered (大雨で被害を受けた地区, 水害のがれきの山, 水害から
 * ひと月): an event, but a warn (no death or injury is told) unless the levity is laughter.
 */
// Blind R172A-141 (W18): a utility's pipe burst or a road caved in, told as done (水道管の破裂で、道路が噴水みたいになってて草🤣, 道路が
// 陥没して): damage the people live with; not one guarded against (破裂を防ぐ, 破裂に注意, 破裂しないよう: SUPPOSED_AFTER).
const BURST = '(?:水道管|水道本管|配水管|送水管|給水管|下水管|ガス管)(?:が|の)?(?:破裂|破損|損傷|漏水)|(?:道路|路面|歩道|車道)(?:が|の)?陥没'
const DAMAGE = phrase(`${BURST}|` + '(?:大雨|豪雨|台風|地震|水害|洪水|津波|竜巻|土砂災害|災害|震災|浸水|火災|火事)(?:で|による|の)(?:大きな|甚大な)?被害(?:を受け|に遭|にあ|が出|を受|が発生)|(?:水害|災害|震災|地震|被災|津波|豪雨|台風|火災|火事)(?:の|で出た)?(?:がれき|瓦礫)|(?:がれき|瓦礫)の山|(?:水害|震災|豪雨|災害|台風|地震|大雨|洪水|津波|火災|火事)(?:から|の(?:あと|後)|後)(?:[0-9０-９一二三四五六七八九十半数]+|ひと|ふた|み)(?:月|か月|ヶ月|カ月|ケ月|年|週間|日)')
/** A relish of food in an emoji or a smack of the lips (😋, 🤤, じゅるり). */
const YUM = phrase('[😋🤤]|じゅるり|じゅるっ', 'u')
/** A turn at a clause's head (…聞いた…。でも, …みたい。けど). */
const BUT = phrase('(?<=[。….！!、,\\n]\\s?)(?:でも|けど|だけど|けれど|それでも|とはいえ)', 'u')
/** A concession after relief (幸い軽いけがで済んだそうですが、見事にドボンでした😂): the relief does not excuse what follows it. */
const CONCEDED = phrase('(?:が|けど|けれど|けども|ものの|のに)[、,]')
/** An accident, a fire, a death, a disaster's damage that has happened (not one guarded against: 火事が起きたら, 事故ゼロ; not a count: 死者数). */
const EVENT = phrase(
  '火事(?:が|も)?(?:あっ|あり|発生|起き|だ|や(?:ん|っ)|らしい|っぽい|みたい)|火災(?:が)?(?:発生|あっ|ありまし|あり[、,]|起き)|(?:火災|火事|事故)(?:の)?現場(?:の|を|に)?[^。！？!?\\n]{0,8}?(?:見に(?:行|来|い)|見てき|通っ|通り(?:かか|過ぎ|すぎ)|通(?:過|りがか)|遭遇|出くわ|居合わせ)(?:ったら|たら|った|て)?|(?:孤独|孤立)死(?:が|も)?(?:あっ|ありまし|発生|起き|され|し(?:た|て))|全焼|半焼|全壊|半壊|倒壊|流失|燃えて(?:る|い|た)|燃えと(?:る|っ)|亡くな(?:っ|られ|り|る)|死亡(?:し|事故|が確認)|死者(?!数)|犠牲(?:者(?!数)|に)|(?:転落|衝突|死亡|水難|交通|人身|踏切|沈没|転覆|墜落|脱線|座礁|遭難|爆発|列車|航空|船舶|観光船|遊覧船|単独|自損|追突|多重|玉突き|横転)事故(?!(?:の)?(?:防止|ゼロ|件数|数|対策|相談|被害者|に(?:ご)?注意|に気をつけ|に遭わない|を防|をなくす|のない|多発))|(?:沈没|転覆|墜落|脱線|座礁)し(?:た|て)|事故(?:が)?(?:あっ|ありまし|あり[、,]|発生|起き)|(?:流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ)(?:た|て)|遺体|けが人(?:が)?(?:出(?!な|ず|ま?せん)|多)|浸水(?:し|被害)|床(?:上|下)浸水|冠水(?:し|被害)|水没|水浸し|水(?:の中|びたし)(?:の[^。！？!?\\n]{0,4})?に(?:なっ|沈)|土砂崩れ|崩落|被災(?:し|され|地)|行方不明(?:者|に|と|の(?:方|人))|心肺停止|意識不明|重体' +
    // Blind R146I-005/061: an injury to someone told as done (観客2人がやけどしちゃいました, 職員が…指を切断する大けがをしました); not one guarded
    // against (やけどしないよう, やけどしたら) nor one's own (no one named).
    '|(?:[0-9０-９一二三四五六七八九十数]+(?:人|名)|観客|来場者|見物客|お客(?:さん|様)|職員|作業員|従業員|スタッフ|選手|児童|生徒|園児|参加者|住民|隊員|ランナー|男性|女性|子ども|子供|男の子|女の子|高齢者)(?:が|も|の(?:方|人)が)?[^。！？!?\\n]{0,24}?(?:やけど|火傷|大けが|大怪我|重傷|骨折|切断する(?:大)?(?:けが|怪我))(?:を)?(?:し(?:た(?!ら|り)|て(?!も|は|な)|ちゃ(?!う|わ)|まし)|負(?:っ|い|わ))' +
    // Blind R156I-087: a road or a town turned into a river, a pond or the sea by a flood (道路が完全に川になってて, 駐車場が池みたいに
    // なった, 商店街が湖と化した): damage that happened; not a likeness of a view (道が川になったような景色), not one supposed (…になったら).
    '|(?:道路|(?<![一-龥])道|通り|県道|市道|国道|町中|街中|まち|駐車場|家の前|庁舎前|役所前|駅前|校庭|グラウンド|商店街|地下道|アンダーパス|線路|田んぼ)(?:が|は|も)[、,]?(?:完全に|すっかり|まるで|もう|一面)?(?:(?:川|池|湖|海)(?:に|みたいに|のように|状態に)なっ(?:て|た|と|ちゃ)(?!ような|みたいな|かのよう|ように)|(?:川|池|湖|海)と化し)' +
    // Blind R187I-066 (W21): a canal, a river or a ditch overflowed, told as done (掘割があふれて、柳川がついに本物の“水の都”に😂, 川が氾濫した,
    // 水路から水があふれ出して); not one feared or supposed (あふれるおそれ, あふれたら, あふれないよう), not a crowd or a feeling that overflows.
    '|(?:掘割|(?:お)?堀|(?<![一-龥])川|河川|水路|用水路|排水路|側溝|ため池|クリーク|下水|マンホール)(?:の水)?(?:が|から)(?:水が)?[、,]?(?:あふれ(?:出し)?|溢れ(?:出し)?|氾濫し|決壊し)(?:て(?!も|は)|た(?!ら|り)|まし|ちゃ(?!う))' +
    // Round 124 (R124A-126/137): a person collapsed or taken by ambulance (救急搬送されました, 熱中症で倒れたスタッフ, ランナーが倒れて); not
    // a fall supposed (倒れないよう, 倒れても) or a thing that fell (看板が倒れ); 救急車で運ばれ stays the illness kind's (round 28, warn).
    // Round 126 (R128I-087/114): a misfortune dated just before it (今朝の事故, さっきの地震, 昨夜の火事): one that happened.
    // Blind R178A-004 (W19): the place may stand between, with its own の (昨夜の沖端町の住宅火災); not a drill or a plan named there (今日の
    // 防災訓練の火災想定: the lookahead below, 訓練 and 想定 kept out of the place).
    '|(?:今朝|昨夜|昨晩|昨日|きのう|今日|きょう|さっき|先ほど|先程|今夜|今晩|未明|深夜|夕方|昼間)の(?:(?![一-龥]{0,5}?(?:訓練|防災|演習|想定|模擬|予防|対策|講習|教室))[一-龥]{1,5}の)?(?:[一-龥]{1,4})?(?:火事|火災|事故|地震|揺れ)(?!(?:の)?(?:防止|ゼロ|対策|訓練|に備え|を防|に(?:ご)?注意))|救急搬送|(?<![一-龥])搬送され(?:た|まし|て)|' +
    // Blind R139I-047/069: a suicide told as news (いじめ自殺の報道, 自殺した生徒) and a natural disaster that happened (地震があった,
    // 豪雨が発生し); not one supposed (地震があったら: SUPPOSED_AFTER) nor a campaign (自殺防止, いじめ自殺をなくす).
    '(?:いじめ|過労|焼身)自殺(?!(?:の)?(?:防止|予防|対策|ゼロ|をなく|を防))|自殺(?:し(?:た|て(?!は|も))|され(?:た|まし)|者(?!数)|事件|の(?:報道|ニュース)|が(?:あっ|起き|発生|相次))|(?:大)?(?:地震|震災|津波|噴火|竜巻|豪雨|大雨|台風|水害|洪水|土砂災害)(?:が)?(?:あっ(?:た|て)|ありまし|発生し|起き(?:た|て|まし))|(?:熱中症|心筋梗塞|脳梗塞|脳卒中|脱水(?:症状)?|貧血|心臓発作|急病)(?:で|により|のため)(?:倒れ|意識を失)(?:た|て(?!も)|まし|られ)|(?:ランナー|選手|参加者|スタッフ|職員|観客|来場者|お客さん|お客様|男性|女性|高齢者|児童|生徒|園児|(?<![一-龥])人|(?<![一-龥])方)(?:が|も)(?:次々(?:と|に)?)?倒れ(?:た|て(?!も)|まし|られ)|倒れ(?:た|られた)(?:方|人|スタッフ|選手|ランナー|職員|参加者|お客)',
)
/**
 * Blind R156I-075: 笑 right after an emoji (…ヘッドスライディングでした⚾笑 早く…) is a laugh even when the squeezed view joins it to the
 * kanji or kana of the next sentence (⚾笑早く, 🥋笑お大事に); not 笑顔, 笑話, 笑門 or a verb (🌸笑って, 笑おう).
 */
const EMOJI_LAUGH = '(?<=\\p{Extended_Pictographic}\\ufe0f?)笑(?![いうえわっみらりるれろ顔話声門点劇福止納つ]|お[うっつ]|ま[すしせ])'
/**
 * Blind R171I-134 (W18): エモい after a hiragana intensifier (ちょっとエモかった, なんかエモい, めっちゃエモすぎ). The folded view writes エモ
 * as えも, so a bare one after kana is kept out (考えも, うえも); after these adverbs it is the slang (台風で流されてく家、どんこ舟みたいで
 * ちょっとエモかった: a home swept away savoured as a sight).
 */
const EMO = '(?<=(?:ちょっと|ちょい|なんか|なんだか|めっちゃ|めちゃ|めちゃくちゃ|すごく|すごい|逆に|まじ|マジ|超|最高に|かなり|ほんと|ほんとに|妙に|普通に))エモ(?:い|すぎ|く|か(?:った|る))'
/** Levity: laughter, slang of delight, celebratory emoji, "photogenic". */
const LEVITY = phrase(
  `(?<![見照])映え|ばえ(?![ぁ-ゖ])|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か(?:った|る)|(?![ぁ-ゖ]))|${EMO}|${MOOD_UP}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|${EMOJI_LAUGH}|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|(?<![一-龥])${GRASS_CUT}草(?![ぁ-ゖ一-龥])|ウケ(?:る|た|ます)|見事(?:に|な)(?:ぺちゃんこ|ぺしゃんこ|ぐちゃぐちゃ|ぐしゃぐしゃ|大破|ぼこぼこ|べこべこ|真っ二つ)|ビフォーアフター|テンション(?:上が|あが|上げ|あげ|アゲ|爆上|MAX|max)|ワクワク|わくわく|ラッキー|パラダイス|キャンプファイ(?:ヤー|アー)|バーベキュー|焼き芋|焼肉|[😂🤣😆😝😜🤪🎉🥳🙌🤩😍😁😄😃🎊📸✌👍💃🕺🤙🎆🎇🥂🍻😉😋]`,
)
/** A turn from the misfortune to something else (気持ちを切り替えて, それにしても, でも今夜は): after it, any cheer is levity about it. */
const TURN = phrase('(?:堅い|固い|かたい|暗い|重い|難しい|真面目な|まじめな|湿っぽい|しんみりした)(?:話|話題|ニュース)(?:は|を)?[、,]?(?:置い(?:と|て)|おい(?:と|て)|さておき|抜きに|ぬきに|やめ)|(?:みたい|らしい|とのこと|ようです|ようだ|そうです|そうだ|って)(?:だ|です)?(?:けど|けれど|けども|ですが|が)[、,]?(?=[^。！？!?\\n]{0,12}?(?:は|では|も)[、,]?[^。！？!?\\n]{0,4}?(?:今日|今夜|いつも|平和|通常|変わらず|快晴|晴れ))|気持ちを切り替え|気を取り直|切り替えて(?:いき|いこ|行こ|、)|それはさておき|それはそれとして|それにしても|(?<=^|[。！!？?\\n、…]\\s?)ところで|話(?:は|を)変わ|話題を変え|(?:でも|けど|だけど|とはいえ)[、,]?(?:今夜|今日|明日|今週末|週末)(?:は|の|も)|(?:でも|けど|だけど|とはいえ)[、,]?[^。！？!?\\n]{0,14}?(?:おいし|美味し|うまか|うまい|旨(?:い|か))|(?<=[。！!？?\\n…〜~]\\s?)(?:さて|よし|さあ)?[、,]?(?:今日|明日|今週)も(?=[^。！？!?\\n]{0,6}?(?:がんば|頑張|元気|張り切|はりき))', 'u')
/** A hearsay concession as the turn (…みたいだけど、柳川は今日も平和): relief after it (けが人はいないそうです) still excuses the cheer. */
const HEARSAY_TURN = phrase('^(?:みたい|らしい|とのこと|ようです|ようだ|そうです|そうだ|って)', 'u')
/** Cheer that is levity only after such a turn (絶好の川下り日和です☀️✨, 梅雨はしつこいですね😅). */
const BRIGHT = phrase(`${LEVITY.source}|[✨☀🌞😊😅☺🎶♪♫🌈💕❤🚣🌸😎]|日和|楽しんで|お楽しみ|盛り上が|盛り上げ|盛大に|元気(?:に|いっぱい|よく)|がんば(?:ろ|りま|るぞ)|頑張(?:ろ|りま|るぞ)|張り切|はりき`, 'u')
/** What follows a misfortune and may be welcomed (再建, 復旧, 受け継いだ味): not levity about it. */
export const REBUILT = phrase('退院|復帰|完治|回復|再建|復旧|復興|再開|完成|修復|落成|支援|寄付|募金|ありがとう|感謝|遺志|受け継|継い|引き継|思い出|偲|しの|形見|生前|追悼|供養', 'u')
/**
 * W20: a smiling face (😄 😃 😁 🙌 👍), not a laughing or party one, and the hopeful scene it may close, told of the people after the harm
 * (子どもたちが笑顔を見せてくれました, 元気をもらいました, 営業を再開しました, 励まされました): it smiles at their recovery, not at the harm.
 */
const SMILE = phrase('^[😄😃😁🙌👍]$', 'u')
const HOPEFUL = phrase('笑顔|元気(?:を(?:もら|いただ|届け|出し)|に(?:遊|営業|過ご|頑張|がんば|走|登校|通)|いっぱい)|(?:営業|運行|運航|授業|診療|開館|開園)(?:を)?再開|再開(?:し|いたし)(?:ました|ています|ております)|復興|励ま|勇気(?:を|が|づけ)|希望(?:を|が|の光)|前を向|支え合|助け合|力強く', 'u')
/** Relief that no one was hurt (けが人が出なくてよかった🙌): not levity; not 安心して乗りに来てね (round 47: an invitation, not relief). */
export const RELIEF = phrase('出な|出ず|(?:被害|けが|怪我|ケガ|死者|犠牲|延焼)[^。！？!?\\n]{0,6}?(?:なかった|なく|ありませんでした|なし|ゼロ)|いなかった|おらんかった|ませんでした|無事(?!(?:に)?(?:終了|終わ|閉幕|閉会|開催|実施|完了|終え|完走))|よかった|良かった|幸い|ほっと|安心(?!して(?:ください|下さい|乗|の|来|遊|お越|ご利用|お楽しみ|お出かけ|ね|w|[〜~！!]))', 'u')
/** Just after the event: a supposed or prevented one (火事が起きたら, 事故を防ぐ, 死亡事故ゼロ, 事故のない). */
const SUPPOSED_AFTER = phrase('^[^。！？!?\\n]{0,4}?(?:たら(?!し)|れば|場合|際|ないよう|ないため|ゼロ|0件|のない|もなく|なし|を防|の防止|防止|予防|に備え|を想定|想定|訓練|対策|に(?:ご)?注意|に気をつけ|に気を付け|出な|出ず|なかった|ませんでした)', 'u')
/**
 * Round 63 (GZ-026): just after it, the misfortune named as a hazard a thing leads to, not one that happened (雑草は…交通事故につながる
 * おそれもあります, 空き家は倒壊や火災の原因になります, 死亡事故につながります, 火災を招きかねません); a cause that did happen (渋滞の原因になりました) is still one.
 */
const HAZARD_AFTER = phrase('^[^。！？!?\\n]{0,8}?(?:(?:に|へと?)(?:つなが|繋が)(?:る|り(?:ます|かね|やす))|の?原因(?:に|と)(?:なる|なり(?:ます|かね|やす))|(?:の|が(?:起(?:こる|きる)))?(?:おそれ|恐れ|危険性?|可能性|リスク)(?:が|も|は)?(?:あ|高|ござ)|を招(?:く|き(?:ます|かね)))', 'u')
/** Just before it: 防災, 万一, もしも, 訓練. */
export const SUPPOSED_BEFORE = phrase('防|予防|備え|想定|訓練|万一|万が一|もしも|もし|仮に|ゼロ|なくそう|啓発|注意', 'u')
/** A count or a campaign, not one misfortune (昨年は死亡事故が3件発生, 死亡事故多発警報). */
export const STATS = phrase('昨年|年間|今年|例年|過去|これまで|統計|件数|[0-9０-９一二三四五六七八九十]+件|多発|警報|防止|注意|ゼロ|運動|キャンペーン|週間', 'u')
/** Blind R170I-068 (W17): the column of death notices (お悔やみ欄) is no condolence of its own. */
export const NOTICE_COLUMN = /お悔やみ(?:欄|情報|こーなー|記事|広告)/gu

/** Blind R146I-005/061: an injury, not a death (観客2人がやけど, 指を切断する大けが): levity after it is a warn, as in round 26. */
const INJURY = phrase('やけど|火傷|大けが|大怪我|重傷|骨折|切断', 'u')
/**
 * Blind R156I-075: a supposing ending (たら, れば) read in the folded view may be the start of a katakana word after a past form
 * (救急搬送されたランナーさん: された + ランナー folds to …たらんなー): not a supposition. `kata(i)` tells whether folded letter i was
 * written in katakana.
 */
function supposedAfter(fo: string, e: number, kata?: (i: number) => boolean): boolean {
  const m = SUPPOSED_AFTER.exec(fo.slice(e, e + 12))
  if (!m) return false
  if (kata && /(?:たら|れば)$/u.test(m[0]) && kata(e + m.index + m[0].length - 1)) return false
  return true
}

/**
 * Blind W26 (dec9): a road or a town made a river, a pond or the sea (通りが川みたいになって, 駐車場が池のように): the flood reading. It is
 * a METAPHOR when a crowd, traffic or lights fill the likeness (川みたいになった人の流れ, 人で川のように, 車の川, 光の川) and the paragraph
 * names no water, rain or flood: no flood, no event.
 */
const WATER_LIKE = phrase('(?:川|池|湖|海)(?:に|みたいに|のように|状態に)なっ|(?:川|池|湖|海)と化し', 'u')
const CROWD_FILL = phrase('人の流れ|人波|人出|人混み|人込み|人ごみ|人だかり|(?<![一-龥])人で|群衆|行列|車列|車の列|(?<![一-龥])車で|渋滞|灯り|明かり|あかり|灯籠|灯篭|提灯|ちょうちん|ランタン|キャンドル|イルミ|光の|浴衣|観客|見物客|参拝客|来場者|踊り手|神輿|みこし|山笠|パレード|ランナー|自転車', 'u')
const WET_D9 = phrase('雨|台風|浸水|冠水|洪水|水害|氾濫|決壊|水没|水浸し|水びたし|水に?(?:つか|浸か)|増水|水位|泥|排水|あふれ|溢れ|高潮|大水|災害|被害|水が', 'u')
/**
 * Blind W26 (dec9): a laugh in a LATER sentence about something else (…片付けを頑張りました。今日はいい天気ですね（笑）) does not make the
 * sober report of a flooded road (道路が川みたいになった日は) a joke: no water, boat, road or flood in what comes between.
 */
const WATER_REF = phrase('川|池|湖|海|水|舟|船|ぼーと|かぬー|いかだ|泳|浮き輪|うきわ|釣|通勤|通学|送迎|べねちあ|ゔぇねつぃあ|べにす|どんこ|長靴|道路|通り|冠水|浸水|雨|流さ|流れ|ぷーる|さーふぃん|魚|鯉|かえる|かっぱ|河童|映え|ばえ', 'u')
const SENTENCE_END = /[。！？!?\n](?=[^。！？!?\n]*$)/u
export function laughElsewhere(fo: string, ev: Span, l: Span): boolean {
  const tail = fo.slice(ev.end, l.end)
  const k = SENTENCE_END.exec(tail.slice(0, -1))
  return k !== null && /[^。！？!?\s]/u.test(tail.slice(0, k.index)) && !WATER_REF.test(tail)
}

/**
 * Blind LI-030 kind: the event word inside the lines of a call the reader is taught (「交通事故です」とはっきり伝えてね, 「火事ですか？救急ですか？」
 * って聞かれたら落ち着いて答えてね): the caller's line or the dispatcher's question of a 119 or 110 call, a script to rehearse, no event that
 * happened. The quote closes within its line and is followed by と or って and a verb of being asked or of answering told (as tone reads it).
 */
const CALL_SCRIPT_AFTER = phrase(`^[」』]${CALL_SCRIPT_TAIL}`, 'u')
function inCallScript(fo: string, a: number, e: number): boolean {
  const open = fo.lastIndexOf('「', a)
  if (open < 0 || a - open > 30 || /[」\n]/u.test(fo.slice(open + 1, a))) return false
  const rel = fo.slice(e, e + 30).search(/[」\n「]/u)
  if (rel < 0 || fo[e + rel] !== '」') return false
  return CALL_SCRIPT_AFTER.test(fo.slice(e + rel, e + rel + 24))
}

/** An event that happened (not supposed, prevented or a count): its folded span. */
export function actualEvents(fo: string, kata?: (i: number) => boolean): (Span & { damage?: boolean; injury?: boolean; water?: boolean })[] {
  const out: (Span & { damage?: boolean; injury?: boolean; water?: boolean })[] = []
  EVENT.lastIndex = 0
  DAMAGE.lastIndex = 0
  const found = [...matchAllOf(EVENT, fo)]
  for (const m of matchAllOf(DAMAGE, fo)) if (!found.some((f) => f.index < m.index + m[0].length && m.index < f.index + f[0].length)) found.push(Object.assign(m, { damage: true }))
  for (const m of found.sort((x, y) => x.index - y.index)) {
    const a = m.index
    const e = a + m[0].length
    if (supposedAfter(fo, e, kata) || HAZARD_AFTER.test(fo.slice(e, e + 24)) || SUPPOSED_BEFORE.test(fo.slice(Math.max(0, a - 10), a)) || inCallScript(fo, a, e)) continue
    const water = WATER_LIKE.test(m[0])
    // Blind W26 (dec9): a crowd, traffic or lights like a river, with no water named in the paragraph, is no flood.
    if (water && CROWD_FILL.test(fo.slice(Math.max(0, a - 16), e + 12)) && !WET_D9.test(fo)) continue
    out.push({ start: a, end: e, damage: (m as { damage?: boolean }).damage, injury: INJURY.test(m[0]), water })
  }
  return out
}

/**
 * Levity after an event in the same paragraph (a line break may come between: 火事、亡くなった人おったらしい…⏎でも今夜の花火は…テンション上げてこ🎆):
 * laughter or celebration within 100 characters, or any cheer after a turn (それにしても…😅, 気持ちを切り替えて…日和です☀️).
 */
export function levityAfter(fo: string, ev: Span): (Span & { soft?: boolean }) | null {
  const win = fo.slice(ev.end, Math.min(fo.length, ev.end + 100))
  LEVITY.lastIndex = 0
  const l = LEVITY.exec(win)
  TURN.lastIndex = 0
  const t = TURN.exec(win)
  let end = -1
  if (t) {
    BRIGHT.lastIndex = 0
    const b = BRIGHT.exec(win.slice(t.index + t[0].length))
    if (b) end = ev.end + t.index + t[0].length + b.index + b[0].length
  }
  if (t && end >= 0 && (REBUILT.test(fo.slice(ev.start, end)) || RELIEF.test(fo.slice(ev.start, ev.end + t.index)) || (HEARSAY_TURN.test(t[0]) && RELIEF.test(fo.slice(ev.start, end))))) end = -1
  // Round 121 (R123A-033): a turn (でも, けど) from a death or an accident to a relish of food (…亡くなったって聞いた…。でもタレの味はちゃんと
  // 受け継がれてるから安心だモン😋): the inherited taste does not excuse the relish, a warn.
  if (end < 0 && l) {
    let span = fo.slice(ev.start, ev.end + l.index + l[0].length)
    // Round 121: relief conceded before laughter (幸い軽いけがで済んだそうですが、見事にドボンでした😂) does not excuse it.
    if (LAUGHED121.test(l[0])) {
      let cut = -1
      for (const c of matchAllOf(CONCEDED, span)) cut = c.index + c[0].length
      if (cut > ev.end - ev.start) span = span.slice(cut)
    }
    const mood = MOOD_UP_RE.test(l[0])
    // W20: a smiling face closing a hopeful scene told after the harm (浸水被害を受けた商店街で、子どもたちが笑顔を見せてくれました😄).
    if (SMILE.test(l[0]) && HOPEFUL.test(win.slice(0, l.index).replace(/^[^]*[。！？!?\n]/u, ''))) return relishAfter(fo, ev, win)
    // Relief, rebuilding, a condolence: not levity (けが人が出なくてよかった🙌, 再建されたお店🎉).
    if (RELIEF.test(span) || (!mood && REBUILT.test(fo.slice(Math.max(0, ev.start - 20), ev.end + l.index + l[0].length))) || CONDOLENCE.test(fo)) return relishAfter(fo, ev, win)
    end = ev.end + l.index + l[0].length
  }
  return end < 0 ? (relishAfter(fo, ev, win) ?? cartoonAfter(fo, ev, win)) : { start: ev.start, end }
}

/**
 * Round 124 (R125A-062): a death, an injury or an accident told with a cartoon face of shock or a sheepish grin right after it
 * (1名が死亡したそうです😱💦 みなさんも…気をつけてね〜): the news made a reaction to share; block when the post then drawls (ね〜, よ〜),
 * warn alone. Not a sad face or a prayer (😢, 🙏), not damage to things (浸水しました😱), not relief (けが人はいませんでした😅).
 */
const HURT = /亡くな|死|犠牲|遺体|事故|搬送|倒れ|重体|意識不明|心肺停止|けが人|行方不明|流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ/u
const CARTOON = /^[^。！？!?\n]{0,12}?(?:😱|😨|😰|🙀|😅|🤭)(?:💦|❗|‼|！|!)*/u
const DRAWL = /(?:ね|よ|な|わ|ぞ|さい)[〜~]|[〜~](?:ね|よ|な)(?![ぁ-ゖ])/u
/**
 * Blind R139I-042: a death or an injury told and signed off with a sing-song mark (交通死亡事故の現場…みんなも安全運転でね☆): the same
 * levity as a cartoon face, a warn. Not a count or a campaign (死亡事故多発, 昨年は…件), not relief or condolence.
 */
const SINGSONG = /^[^\n]{0,80}?[☆★♪♡]/u
function cartoonAfter(fo: string, ev: Span, win: string): (Span & { soft: boolean }) | null {
  if (!HURT.test(fo.slice(ev.start, ev.end + 8)) || CONDOLENCE.test(fo)) return null
  const c = CARTOON.exec(win)
  if (!c) {
    const sg = SINGSONG.exec(win)
    if (!sg || STATS.test(fo.slice(Math.max(0, ev.start - 20), ev.end + 12))) return null
    const end = ev.end + sg[0].length
    return RELIEF.test(fo.slice(ev.start, end)) || REBUILT.test(fo.slice(ev.start, end)) ? null : { start: ev.start, end, soft: true }
  }
  const end = ev.end + c[0].length
  if (RELIEF.test(fo.slice(ev.start, end)) || REBUILT.test(fo.slice(ev.start, end))) return null
  return { start: ev.start, end, soft: !DRAWL.test(win.slice(c[0].length, c[0].length + 60)) }
}

/**
 * Round 121 (R123A-033): a turn (でも, けど) from a death or an accident to a relish of food (…亡くなったって聞いた…。でもタレの味はちゃんと
 * 受け継がれてるから安心だモン😋): the inherited taste or the relief does not excuse the relish, a warn.
 */
function relishAfter(fo: string, ev: Span, win: string): (Span & { soft: boolean }) | null {
  BUT.lastIndex = 0
  const bt = BUT.exec(win)
  if (!bt || CONDOLENCE.test(fo)) return null
  YUM.lastIndex = 0
  const y = YUM.exec(win.slice(bt.index))
  return y ? { start: ev.start, end: ev.end + bt.index + y.index + y[0].length, soft: true } : null
}

/** The sentence (from its start, at most 40 characters back) up to the end of the first levity in a paragraph with no event of its own. */
export function levityAlone(fo: string): Span | null {
  LEVITY.lastIndex = 0
  const l = LEVITY.exec(fo)
  if (!l) return null
  const end = l.index + l[0].length
  let start = Math.max(0, l.index - 40)
  const cut = Math.max(fo.lastIndexOf('。', l.index), fo.lastIndexOf('\n', l.index), fo.lastIndexOf('！', l.index - 1))
  if (cut >= start) start = cut + 1
  const sentence = fo.slice(start, Math.min(fo.length, end + 40))
  if (REBUILT.test(sentence) || RELIEF.test(sentence) || CONDOLENCE.test(fo)) return null
  return { start, end }
}
export const WOMEN26 = '(?:女の子|女性|女子|お姉さん|お姉さま|ギャル|娘さん)(?:たち|陣|の皆さん)?'
/**
 * … joked about: a laugh, or the meat's last chance (食べ納め, 今のうちに食べ). Blind R151I-096: a feast or a price drop made of
 * the dead birds or pigs (しばらくチキン食べ放題かな〜, 焼き鳥祭り, 鶏肉が安くなる, 唐揚げ三昧).
 */
const CULL_MEAT = '(?:チキン|鶏肉|鳥肉|とり肉|鶏|焼き鳥|焼鳥|やきとり|唐揚げ|から揚げ|からあげ|手羽|豚肉|ぶた肉|豚|ポーク|とんかつ|豚カツ|トンカツ|焼肉|焼き肉|牛肉|卵|たまご)'
export const CULL_JOKE = `${LAUGH_MARK}|食べ(?:納め|おさめ)|食べ放題|たべほうだい|${CULL_MEAT}(?:祭り|まつり|フェス|パーティー?|三昧|ざんまい|天国|食べ(?:まくり|まくれ|まくる))|${CULL_MEAT}(?:が|は|も)?[^。！？!?\\n]{0,8}?(?:安く|やすく|安う|安なる|値下が|大安売り|投げ売り|タダ(?:で|に|同然)|ただで|配られ|配って|おすそ分け|おすそわけ|大放出|余る|余って|あまる)|しばらく(?:は)?${CULL_MEAT}(?:に|が|は|を)?(?:困ら|困らん|不自由し)|今のうちに(?:食べ|たべ|いっぱい|たくさん)|何人前|(?:かば焼き|蒲焼き?|塩焼き|刺身|から揚げ|唐揚げ)に(?:したら|すれば|できる|しちゃ)`
/**
 * Round 126 (blind R126A/R127A/R128I): kinds the readers above left out.
 * - A fire or an accident as a spectacle (沖端の火災…すごい迫力🔥🔥 野次馬もいっぱい, 倉庫火災、すごい炎でした🔥🔥 迫力満点📸): insensitive block;
 *   not a drill or a warning (出初式の放水は迫力満点, 野次馬は消火の妨げになります).
 * - A victim's loss laughed at (詐欺で…失ったおばあちゃん…🤣, かわいそうだけど笑っちゃいました): insensitive block; not a fraudster laughed at.
 * - Patients made fools of (熱中症の搬送が…みんな頭がおかしくなってる): insensitive warn.
 * - Another region's disaster as an advert (能登の地震で…キャンセルされた皆さん、柳川は揺れてません！今こそ柳川へ): insensitive warn; not help.
 * - A memorial day with a festive advert (原爆の日ですが…花火日和です🎆): insensitive warn; not a memorial rite (黙とう, 鎮魂の花火).
 * - Death wished as a casual joke (月曜の朝は死にたくなるけど…生き返ろう): insensitive warn; not a call to seek help.
 * - Gore posted (カラスの死骸でした…グロ注意です📸): `decency/gore` warn.
 * - Old people mocked as a crowd (おじいちゃんおばあちゃんばかりで、まるで老人ホームみたい): discriminatory warn.
 * - Women gazed at (浴衣の女の子をじっくり眺められる): sexual block; a mascot or PR sexualised (水着の「うな子」ちゃん, ぬるぬる…💕): sexual warn.
 * - An orientation called not normal (同性愛なんて正常じゃない, 普通じゃない, おかしい): discriminatory block; not denied or named as prejudice.
 * - Sexual harm put on the victim's dress (痴漢被害は、露出の多い服装にも原因があります): discriminatory warn.
 * - Conduct against public order on an official account (`decency/conduct`, warn): heavy drinking urged (酔いつぶれるまで楽しもう,
 *   とことん飲むぞ), drinking in the office (庁舎でかんぱい🍻), being hungover or asleep on duty (二日酔い…草刈りは半分寝てました).
 */
const FIRE = '(?:火災|火事|事故現場|火災現場|火事場|炎上(?:する|した|して))'
const SPECTACLE = '(?:すごい|凄い|スゴい|すげー|すげえ|大|圧巻の)迫力|迫力(?:が)?(?:満点|すご|凄|あ(?:る|った|り))|野次馬|やじうま|見物(?:に|しに|客)|(?<![見照])映え|ばえ(?![ぁ-ゖ])|🔥{2,}|すごい炎|すごい(?:燃え|火柱)'
const DRILL = phrase('訓練|出初|防災|予防|放水(?:訓練|体験|演技)|妨げ|ご遠慮|控え|やめ|危険|ないよう|注意|消防団員の皆さん|お見舞い|ご冥福|お悔やみ', 'u')
const LOSS126 = '(?:詐欺(?:で|に(?:遭|あ))|(?:だまされ|騙され)(?!たと(?:思|おも))|盗まれ|空き巣に|被害に(?:遭|あ)|(?:資金|貯金|財産|お金|家|仕事|家族)(?:を)?(?:全部|すべて|ぜんぶ)?(?:失っ|失くし|なくし)|亡くし|破産し)'
/**
 * Blind R146I-092: a victim's loss sneered at with mock pity (オレオレ詐欺で1000万円だまし取られたそうです。お気の毒さまｗ, 空き巣に入られた家、
 * ご愁傷さまｗ), and a fraud victim's loss with ｗ or a bare 笑 in its sentence (…だまし取られた方がいたそうです笑).
 */
const SNEER = `(?:(?:お気の毒|ご愁傷)(?:さま|様)|ざま[あぁ]|自業自得|ドンマイ|どんまい)[^\\n]{0,4}?(?:${LAUGH_W}|笑|[😂🤣😆😜😝🤪]|[♪〜~])`
const LAUGH_AT = '(?:[🤣😂]|[（(]笑[)）]|笑(?:っちゃ|ってしま|えた|える|いが止|いをこらえ|っち(?:ゃ|ま))|ウケ(?:る|た)|爆笑)'
const OLD_CROWD126 = '(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢者|老人|じいさん|ばあさん)'
const ORIENT = '(?:同性愛(?:者)?|同性カップル|同性婚|ゲイ|レズビアン|レズ|バイセクシュアル|トランスジェンダー|性的少数者|性的マイノリティ|lgbtq?(?:の(?:人|方))?)'
const ORIENT_AWARE = phrase('偏見|差別|思い込み|誤解|理解|ではありません|じゃありません|わけでは|でもな(?:い|く)|でもありません|ではな(?:い|く)|じゃな(?:い|く)|という(?:声|考え|言葉|発言)|と(?:言われ|いわれ)|傷つ', 'u')
const DRINK_WARNED = phrase('危険|やめ|控え|ないよう|注意|禁止|厳禁|防|ご遠慮|処分|不祥事|アルハラ|ハラスメント|命に関わ|急性アルコール', 'u')
export const R126: Phrase[] = [
  {
    rule: 'decency/insensitive',
    re: phrase(`${FIRE}[^\\n]{0,40}?(?:${SPECTACLE})`),
    instead: INSENSITIVE,
    severity: 'block',
    keep: (fo, s) => !DRILL.test(fo.slice(Math.max(0, s.start - 40), s.end + 40)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${LOSS126}[^\\n]{0,50}?${LAUGH_AT}|${LOSS126}[^\\n]{0,40}?${SNEER}|(?:詐欺|さぎ)[^。！？!?\\n]{0,30}?(?:だまし取られ|騙し取られ|だまされ|騙され|被害に(?:遭|あ))(?:た(?!と(?:思|おも))|て|まし|ちゃ)[^。！？!?\\n]{0,20}?(?:${LAUGH_W}|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑)|(?:かわいそう|可哀想|気の毒)(?:だ|です|やっ|やけど|だけど|ですが|なんだけど|けど|な(?:の|ん)に)[^。！？!?\\n]{0,12}?(?:笑(?:っちゃ|ってしま|えた|える|いが止)|ウケ(?:る|た)|爆笑|[🤣😂])`),
    instead: INSENSITIVE,
    severity: 'block',
    keep: (fo, s, a, b) => !/犯人|詐欺師|撃退|見破|手口|ないよう|防止|気をつけ|気を付け|注意|寸劇|演じ|芝居|こんと|劇/u.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:熱中症|搬送|救急車|患者|入院|倒れた|運ばれ)[^\\n]{0,40}?(?:みんな|皆|みなさん|あの人|その人|人たち|連中|方々)[^。！？!?\\n]{0,12}?頭(?:が)?(?:おかしく|おかし|変に|へんに|いかれ|イカれ|やられ)(?:なって|なっ|て)'),
    instead: INSENSITIVE,
    severity: 'warn',
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:地震|震災|台風|豪雨|大雨|水害|噴火|津波|災害)[^\\n]{0,40}?(?:(?:は|も)[、,]?(?:揺れて|被害(?:は|も)?(?:あり|出て))(?:い)?(?:ません|ない|なか)|キャンセル|中止に|行けなく)[^\\n]{0,30}?(?:今こそ|いまこそ|このチャンス|チャンス|狙い目|代わりに|かわりに)[^\\n]{0,16}?(?:へ|に(?:お越し|来|遊び|おいで)|お待ち|どうぞ)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/支援|募金|義援|義捐|寄付|応援(?:に|を)|お見舞い|ぼらんていあ|復興/u.test(fo.slice(a, b + 20)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:原爆の日|原爆忌|終戦の日|終戦記念日|敗戦の日|慰霊の日|追悼の日|平和祈念の日|(?:阪神|東日本|熊本|能登)[^。！？!?\\n]{0,6}?(?:大震災|地震)の日)(?:です|でした|だ|ですね)?(?:が|けど|けれど|ですが|だけど)[、,]?[^\\n]{0,30}?(?:日和|花火|🎆|🎇|🎉|🥳|パーティー|お祭り|祭り|盛り上が|セール|楽しも|お楽しみ|イベント)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/黙とう|黙祷|鎮魂|慰霊(?:祭|式|の(?:花火|催し|式|灯))|追悼(?:式|の(?:花火|催し|式))|祈り|献花|半旗|自粛|中止|取りやめ|延期/u.test(fo.slice(a, b + 20)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:月曜|週明け|仕事|残業|出勤|朝|暑さ|暑すぎ|寒さ|寒すぎ|宿題|テスト|会議|雨|花粉|満員電車|通勤)[^。！？!?\\n]{0,10}?死にたく(?:なる|なり|なっ|なるけど|なるほど)|死にたく(?:なる|なっ)(?:けど|けれど|が|ほど)[、,]?[^。！？!?\\n]{0,20}?(?:生き返|元気|食べ|がんば|頑張|[🍱🍺✨😂🤣])'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !/相談|いのちの電話|こころの|悩み|ひとりで抱え|一人で抱え|窓口|げーときーぱー/u.test(fo.slice(s.start, s.end + 80)),
  },
  {
    rule: 'decency/gore',
    re: phrase('(?:グロ|ぐろ)(?:注意|ちゅうい|画像|写真|動画|映像|い(?:です|ので|けど|写真)|すぎ|かった|テスク(?:な)?(?:写真|画像|姿))|閲覧注意'),
    instead: '死骸やけがなど見る人を不快にさせる写真は公式アカウントに載せず、状況を言葉で伝えてください（例：「排水溝の詰まりを取り除きました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/しないで|控え|ご遠慮|禁止|載せない|投稿しない|やめ/u.test(fo.slice(b, s.end + 20)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD_CROWD126}[^。！？!?\\n]{0,20}?(?:ばかり|ばっかり|ばっか|だらけ|しかい(?:ない|なく|ません))[^。！？!?\\n]{0,16}?(?:老人ホーム|養老院|老人会|介護施設|デイサービス|姥捨て|棺桶)(?:みたい|のよう|状態|か(?:よ|と)|と化)`),
    instead: '年齢で人をひとまとめにして揶揄せず、催しの様子や参加者への感謝を書いてください（例：「多くの方に接種にお越しいただきました」）',
    severity: 'warn',
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?:浴衣|水着|制服|ミニスカ|着物|ビキニ)(?:姿)?の${WOMEN26}(?:を)[^。！？!?\\n]{0,8}?(?:じっくり|たっぷり|間近で|近くで|思う存分|心ゆくまで|好きなだけ)[^。！？!?\\n]{0,4}?(?:眺め|鑑賞|観賞|拝め|拝見|見物|観察|見れ|見られ|見放題|堪能)`),
    instead: INSTEAD.sexual,
    severity: 'block',
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|ビキニ|スク水|下着|ランジェリー)(?:姿)?の[「『“]?[^\\s「」『』”。！？!?\\n]{1,8}[」』”]?ちゃん|(?:ぬるぬる|ヌルヌル|ぬめぬめ|ヌメヌメ|ねっとり)[…‥・〜~ー。、]*[💕♡❤💗😍🤤😏💋]'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIENT}(?:は|なんて|なんか|って|というのは|とか)[、,]?[^。！？!?\\n]{0,8}?(?:(?:正常|普通|まとも|自然|健全)(?:じゃ|では|で|や)(?:ない|なか|ありません|ねえ)|異常|おかしい|おかしか|変(?:だ|です|や|な(?:人|こと))|不自然|気持ち(?:が)?悪|気色悪|病気)`),
    instead: INSTEAD.discriminatory,
    severity: 'block',
    keep: (fo, s, a, b) => !ORIENT_AWARE.test(fo.slice(b, s.end)) && !/[「『“]/u.test(fo.slice(Math.max(s.start, a - 4), a)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:痴漢|性被害|性暴力|わいせつ|盗撮|セクハラ|ストーカー|性犯罪)[^。！？!?\\n]{0,30}?(?:服装|露出|格好|かっこう|スカート|隙|すき)(?:にも|も|が|に)[、,]?[^。！？!?\\n]{0,6}?(?:原因|責任|問題|落ち度|非)(?:が|は)?(?:ある|あり|あっ)'),
    instead: '被害に遭った方の服装や行動に原因があるかのように書かず、加害が悪いことと相談先を伝えてください（例：「被害に遭ったら、ためらわず警察に相談してください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/^[^。！？!?\n]{0,12}?(?:わけでは|とは限|ません)/u.test(fo.slice(b, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:酔いつぶれる|酔い潰れる|酔いつぶれ|つぶれる|潰れる|べろべろに(?:なる)?|ベロベロに(?:なる)?|記憶(?:を|が)?(?:なくす|無くす|飛ぶ)|倒れる|吐く)まで[^。！？!?\\n]{0,4}?(?:飲|呑|楽し|たのし)|とことん(?:飲|呑)(?:む|も|みま|んで|むぞ)|浴びるほど(?:飲|呑)|朝まで(?:飲|呑)(?:む|も|みま|んで)|(?:一気|イッキ)飲み(?:しよ|しま|で|！|!)'),
    instead: '飲酒をあおる書き方をせず、催しの内容と適度な飲酒の呼びかけを書いてください（例：「お酒は適量を楽しみましょう」）',
    severity: 'warn',
    keep: (fo, s) => !DRINK_WARNED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('(?:庁舎|役所|役場|市役所|町役場|執務室|職場|課内|事務所)(?:の中|内)?で[^。！？!?\\n]{0,6}?(?:かんぱい|乾杯|カンパイ|飲み会|酒盛り|晩酌|一杯|飲ん(?:で|だ)|呑ん(?:で|だ)|🍻|🍺)'),
    instead: '庁舎や勤務中の飲酒の様子は公式アカウントに載せないでください',
    severity: 'warn',
    keep: (fo, s) => !DRINK_WARNED.test(fo.slice(s.start, s.end)) && !/条例|のんある|お茶|じゆーす|牛乳|こーひー|水で/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/conduct',
    re: phrase('二日酔い[^\\n]{0,30}?(?:仕事|勤務|業務|作業|草刈り|窓口|出勤|会議|研修|授業|当番|運転)|(?:仕事|勤務|業務|作業|会議|窓口|草刈り|研修|当番|運転)[^。！？!?\\n]{0,8}?(?:半分寝て|居眠り|爆睡|寝落ち|うとうと|ウトウト)|(?:仕事|勤務|業務|作業|会議|研修)(?:中|の最中)(?:に|は)?[^。！？!?\\n]{0,6}?寝て(?:まし|た|い)'),
    instead: '勤務中の不適切な様子は公式アカウントに載せず、活動の内容を伝えてください（例：「今日は〇〇地区の草刈りをしました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/しない|しません|ないよう|防|予防|対策|注意|効く|禁止|危険|やめ/u.test(fo.slice(a, Math.min(s.end, b + 20))),
  },
]
/**
 * Blind R129I/R130I (public bodies' accounts): kinds the older rounds left.
 * - a woman's body part shown close up or stressed as a draw for men or a crowd (浴衣女子の胸元アップの写真で男性客を増やそう,
 *   水着姿のお尻を強調したポスターで集客): sexual; not a name tag or a check-up (胸元に名札, 乳がん検診);
 * - a child threatened for a laugh, the threat quoted and its effect told (言うこと聞かない子は…突き落とすぞ〜って言ったら静かになりました
 *   （笑）, 騒ぐ子は置いて帰るよって脅したら…😂): abuse made a joke; not advice against it (と脅すしつけはやめましょう);
 * - an animal thrown or kicked for fun (捕まえたカメを思いっきり投げ込んでみた, 猫をぶん投げてやった): not released gently;
 * - the atomic bomb or an air raid as a simile (原爆級の日差し, 空襲みたいな雷, 被爆レベルの暑さ): not a memorial (原爆ドーム, 原爆の日);
 * - a patient's surgery or blood likened to a horror film (手術の出血がスプラッター映画みたいでした🩸笑): not a film show or a blood drive;
 * - women's worth put in charm (女性スタッフは愛嬌が一番, 女の子は愛想が大事): stereotype; not the notion answered;
 * - a storm wished on the town for a day off (どうせなら直撃して明日休みにならないかな〜): not a closure announced (休館となります);
 * - people taken into police care or arrested counted as a catch (酔っ払いの保護が大漁です🎣, 補導が入れ食い): not a lost child notice.
 */
const CHILD129 = '(?:子|子ども|子供|こども|児童|生徒|小学生|中学生|園児|キッズ|ガキ|坊主|息子|娘)'
const THREAT = '(?:突き落と|つき落と|落と|投げ込|放り込|放り投げ|投げ落と|沈め|殴|なぐ|叩|たた|しば|ぶっ飛ば|ぶっとば|閉じ込め|捨て|置いて(?:帰|い|行)|置いてく|置いてか|食べちゃ|埋め|吊る)(?:す|る|く|う|る|ちゃう|ちゃうぞ|てやる|たる)?'
export const R129: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase('(?:胸元|胸|谷間|バスト|おっぱい|お尻|尻|ヒップ|太もも|ふともも|太腿|脚|美脚|生足|うなじ|ボディライン|水着姿)(?:の|を|が)?(?:どアップ|ドアップ|アップ|接写|強調|チラ見せ|ちら見せ|露出|丸見え|見せ)[^。！？!?\\n]{0,24}?(?:男性客|男性(?:の)?(?:お客|観光客|ファン|層|利用者)|男(?:の)?(?:客|人)|男性|おじさん|オジサン|おっさん|殿方|男ども|集客|客(?:を|が)?(?:増や|呼|集め|釣|引)|(?:呼び込|釣)(?:も|ろ|む|め|う))'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    re: phrase(`${CHILD129}[^。！？!?\\n]{0,30}?${THREAT}(?:ぞ|ぞー|よ|からね|からな|けんね|けんな|けん|で|わよ)?[〜~ー！!…]{0,3}[」』]?(?:って|と|っち)(?:言|いっ|いう|いわ|脅|おど)[^。！？!?\\n]{0,30}?(?:静か|おとなしく|大人しく|黙|泣|真っ青|まっさお|効果|一発|いちころ|イチコロ|笑|ｗ|w|😂|🤣|😆)`),
    instead: '子どもを脅す話を笑い話にせず、体験の内容や安全のための決まりを伝えてください（例：「乗船中は座って、係員の話をよく聞いてね」）',
    keep: (fo, s) => !/やめ|いけません|しないで|虐待|相談|だめ|NG|逆効果|避け/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/abuse-joke',
    re: phrase('(?:カメ|かめ|亀|猫|ネコ|ねこ|犬|イヌ|いぬ|子犬|子猫|カエル|かえる|蛙|魚|鳥|ハト|鳩|カニ|蟹|ザリガニ|ウナギ|うなぎ|鰻|鯉|コイ|ヘビ|蛇|生き物|動物|ペット)(?:を|ば)[、,]?(?:思いっきり|思い切り|おもいっきり|おもいきり|全力で|力いっぱい|力一杯|遠くまで|勢いよく)?(?:投げ込|投げ飛ば|ぶん投げ|放り投げ|ほうり投げ|投げつけ|蹴り飛ば|蹴飛ば|けとば|叩きつけ|たたきつけ|振り回|ぶん回)(?:ん|し|み|ま|って)?(?:で|て)?(?:みた|みました|やった|やりました|ちゃった|ちゃいました)'),
    instead: '生き物を乱暴に扱う場面は載せず、生き物にやさしい観察や放流の様子を伝えてください（例：「捕まえたカメはそっと掘割に帰しました」）',
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:原爆|原子爆弾|核爆弾|水爆|被爆|空襲|空爆|爆撃|焼夷弾|ホロコースト|(?<!受験|価格|値下げ|安売り|情報|貿易|商品|子育て|通勤|競争)戦争|世界大戦|大戦)(?!者|地|体験|建物|ドーム|資料|遺構|の日|忌|症|孤児|遺児|遺跡|中|後|前)(?:級|並み|並|なみ|レベル|クラス|みたい|のよう|ばり|顔負け|かと思)'),
    instead: '原爆や戦争の被害をたとえに使わず、「強い日差しが続いています」のようにそのまま書いてください',
    keep: (fo, s) => !/平和|廃絶|禁止|被爆者の|語り部|継承|証言|慰霊|追悼/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:手術|オペ|出血|流血|血しぶき|血まみれ|解剖|患者|処置|傷口)[^。！？!?\\n]{0,30}?(?:スプラッター|スプラッタ|ホラー映画|ゾンビ映画|殺人現場|血の海|惨劇)(?:映画)?(?:みたい|のよう|並み|状態|ばり|級|かと思|さながら)'),
    instead: '手術や患者さんの様子を面白がって書かず、「手術チームの皆さん、お疲れさまでした」のように労いだけを伝えてください',
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:女性|女の子|女子|女の人|女)(?:の方|たち|陣|職員|スタッフ|社員|店員|さん)?(?:は|って|なら)[、,]?(?:やっぱり|やはり|何より|なにより|とにかく)?(?:愛嬌|愛想|可愛げ|かわいげ|若さ|見た目|笑顔と愛嬌|愛嬌と笑顔)(?:が|も)?(?:一番|いちばん|命|大事|大切|肝心|勝負|必要|すべて|全て)'),
    instead: '性別で求める振る舞いを決めつけず、業務の内容やおもてなしの取り組みを紹介してください（例：「観光案内所のスタッフが笑顔でご案内します」）',
    severity: 'warn',
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:台風|大雨|大雪|雪|嵐|暴風|警報|地震|洪水)(?:[^。！？!?\\n]{0,24}?(?:直撃|上陸|大荒れ|荒れ|警報(?:が)?出|来|降)|で)[^。！？!?\\n]{0,12}?(?:休み|休校|休講|休業|休館|休園|お休み|中止|休日|自宅待機)(?:に)?(?:ならない|ならん|なれば|なったら|なって(?:ほし|くれ)|なれ|なんない)(?:かな|かなあ|かなー|かな〜|かなぁ|いいのに|ええのに|よかのに|最高|ほしい|のに|[！!〜~])'),
    instead: '災害を望むような言い方はせず、「台風の接近に備え、最新の情報をご確認ください」のように備えを呼びかけてください',
    severity: 'warn',
    keep: (fo, s) => !/備え|油断|注意|気をつけ|気を付け|不謹慎|思わないで|言わないで/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:酔っ払い|酔っぱらい|よっぱらい|泥酔者?|迷子|家出|徘徊|不審者|少年|被疑者|容疑者|違反者)?(?:の)?(?<!鳥獣)(?:保護|補導|逮捕|検挙|摘発|取り締まり|取締り)(?!区|林|猫|犬|動物|活動|者の方)(?:者)?(?:が|も|は)?[^。！？!?\\n]{0,4}?(?:大漁|豊漁|入れ食い|爆釣|大収穫|豊作|🎣|釣れ|大量ゲット)'),
    instead: '保護や取り締まりの対象となった人を面白がって書かず、「週末は飲酒によるトラブルが増えます。飲みすぎにご注意ください」のように呼びかけてください',
    severity: 'warn',
  },
]
/** … called handsome or cute, loved, or played with. */
export const CUTE = 'イケメン|いけめん|美人|美女|美形|男前|べっぴん|別嬪|かわい(?:い|す|か|く)|可愛(?:い|す|か|く)|カワイイ|萌え|推し(?!て|進|量|定|測|察)|惚れ|ほれ(?:る|た|ちゃ|そう)|付き合いたい|結婚したい|きゅん|キュン|セクシー|ブサカワ|キモカワ|イケてる|ツーショット|自撮り|いっしょに(?:写真|記念)|一緒に(?:写真|記念撮影)|おもちゃ|遊んで(?:み|あげ|も)'
/** Blind R174I-028 (W19): a laugh closing a supposed rerun of a flood (（笑）, 笑, ｗ, 😂); a grin alone (😆) stays the emoji kind's warn. */
export const LAUGHED_W19 = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣]|ウケ(?:る|た)`
/** Blind R178A-029 (W19): a person's plight on the road or in the water (立ち往生した, スリップして, 脱輪, 溺れかけ). */
export const PLIGHT = '(?:立ち往生|立往生|スリップ(?:し|事故)|脱輪|(?:雪|溝|田んぼ|側溝|ぬかるみ)に(?:はま|ハマ)っ|動けなくな|転倒し|溺れ|おぼれ|取り残され|事故(?:を起こ|っ|に遭))'
/** Blind W22: a flood that reached people's homes (浸かった, 浸水, 大雨). */
export const FLOODED = '(?:浸か|水につか|浸水|冠水|水没|水害|洪水|大雨|豪雨|大水|床上|床下|被災)'
/** … the people of the place it hit (地区の皆さん, 下の地区の人たち, 浸水した家の方). */
export const FLOOD_FOLK = '(?:(?:地区|地域|集落|町内|団地|住宅街|低地|家|お宅|世帯)(?:の|に(?:住む|住んで(?:いる|る)|住んどる|お住まいの))?(?:皆さん|みなさん|皆様|人|方|住民|連中)(?:たち|達|々|ら)?|住民)'
/** … and a life by boat or by swimming made of it (ボートの準備, ボートで通勤, 泳いで帰る, 浮き輪は必需品). */
export const BOAT_LIFE = '(?:(?:ゴムボート|ボート|小舟|舟|船|カヌー|いかだ|イカダ|浮き輪|うきわ|浮輪|ライフジャケット|救命胴衣)(?:の|を|が|で|も|は|に)?[^。！？!?\\n]{0,8}?(?:準備|用意|購入|買っ|買い(?:ましょう|替え|そろえ)|常備|必需品|必須|マスト|通勤|通学|出勤|登校|帰宅|買い物|移動|生活|暮らし)|泳いで(?:通勤|通学|出勤|登校|帰|行|買い物|移動)|泳(?:ぎ|げ)[^。！？!?\\n]{0,4}?(?:練習|必須|必要|ように))'
/** … laughed at in a verb, in any dialect (笑いよった, 笑っとった, 笑いました, 笑い話). */
export const LAUGHED_AT_W22 = '笑(?:い|っ)(?:よった|よる|よう|とった|とる|とう|てた|ていた|ている|てる|ました|ます|あった|合った|合って|ころげ|転げ|話)|笑いもの|笑い者|笑いのネタ'
/** Blind W23: water standing in a town (水につかって, 浸水した, 冠水, 水浸し, 水没); not 大雨 alone, which names the weather. */
export const FLOOD_STATE = '(?:水につか|水に浸か|(?<![一-龥])浸か(?:っ|り|る)|浸水|冠水|水没|水浸し|水びたし|水害|洪水)'
/**
 * … made a famous water city or a new boat course (もはやベネチア, まるで水の都, ベネチア状態, 川下りの新コースができた): the likeness marked
 * (もはや, まるで, みたい, 状態, 化), not the town's own nickname (ベネチアのような水の都・柳川).
 */
const WATER_CITY = '(?:ベネチア|ベニス|ヴェネツィア|ヴェネチア|ベネツィア|水の都|水上都市)'
export const FLOODED_CITY = `(?:(?:もはや|まるで|完全に|すっかり|ほぼ|ちょっとした|プチ|リアル|本場の|日本の)[、,]?${WATER_CITY}|${WATER_CITY}(?:みたい|みてえ|状態|化|っぽ|風|やん|じゃん|か[(（!！?？w笑\\s]|に(?:なっ|なり|なる|変身))|(?:川下り|舟下り|ボート|カヌー)(?:の)?新(?:しい)?コース|新(?:しい)?(?:川下り|舟下り|ボート|カヌー)(?:の)?コース|(?:川下り|舟下り|ボート|カヌー)(?:の)?コース(?:が|も)?(?:[0-9０-９一二三]{1,2}(?:本|つ|コース)|ひとつ)?(?:増え|でき|誕生|開通|開設|拡大))`
/** Blind W23: a flood wished for as a boon (水浸しになったら…観光客が増える, 冠水すれば町おこしに): the boon after the flood's condition. */
export const FLOOD_BOON = '(?:観光客|お客さん|お客様|お客さま|客|人出|来場者|乗船客|インバウンド)(?:が|も)?(?:増え|ふえ|呼べ|来る|殺到|押し寄せ)|儲か|もうか|稼げ|かせげ|町おこし|まちおこし|村おこし|観光(?:の)?目玉|名物に|名所に|話題に(?:な|し)|バズ|集客|一石二鳥|ラッキー|お得|(?:どこでも|町じゅう|町中|街中|まちじゅう|市内全部)(?:で)?(?:川下り|舟下り|ボート|カヌー|泳げ|釣り)'
/** Blind W25: a town made a canal, a river or a sea (まち全体が掘割になりました, 通りが川みたいになって) — the flood without its name. */
export const TOWN_WATER = '(?:まち|町|街|市内|道路|通り|商店街|住宅街|家の前|玄関前|駐車場)(?:全体|じゅう|中|一面|全部)?(?:が|は)[、,]?(?:すっかり|完全に|まるごと|丸ごと|一面)?(?:掘割|堀割|川|池|海|湖|プール|運河|水路)(?:に|みたいに|状態に)(?:なっ|なり)'
/** Blind W27 (dec10): a person who collapsed or was carried off likened to food being cooked (自分が蒸し焼き, 焼き上がる前に). */
export const COOKED_PERSON = '(?:自分|人間|本人|私|わたし|僕|俺|おれ|みなさん|皆さん|皆様|みんな|体|からだ|身体)(?:が|は|も|まで)?[^。！？!?\\n]{0,6}?(?:蒸し焼き|丸焼き|焼き上が|焼きあが|蒸し上が|こんがり|ゆでだこ|茹でだこ|黒焦げ|干物|ひもの)|(?:焼き上が|焼きあが|蒸し上が|焼け上が)る前に'

/** Blind R204D-034 (dec11): a paddy that a dwelling, a garden or a street became (家まで水田に, 庭が田んぼみたいに). */
export const DWELLING_PADDY = '(?<=(?:家|家々|自宅|住宅|お宅|うち|庭|玄関|玄関先|町|まち|街|道路|通り)(?:の中)?(?:まで|も|が|は|じゅう|中)[、,]?(?:すっかり|完全に|まるで|もう|一面)?)(?:水田|田んぼ)'
/**
 * Blind R202A-028 (dec11): a flood that happened told as a boon, the boon in the same sentence and a laugh (町じゅうが水につかって、ある意味
 * どこでも川下りができる状態でしたね（笑）, 浸水したおかげで…特典付き笑): the damage as a windfall, as R192D-041 supposes it.
 */
export const FLOOD_PERK = `(?:${FLOOD_BOON}|特典|おまけ付き|サービス付き)`
/** Blind R206A-013 (dec12): a disaster that did harm (豪雨, 浸水, 地震, 火事). */
export const DISASTER_D12 = '(?:豪雨|大雨|水害|洪水|大水|浸水|冠水|水没|台風|地震|震災|津波|土砂(?:崩れ|災害)|氾濫|竜巻|火災|火事|噴火|災害)'
/** … the harm it did, in the same sentence (水が来て, 流された, 壊れた, 避難した). */
export const HARMED = phrase('水が(?:来|き|入|上が|あが|出)|まで水|浸水|冠水|水没|(?<![一-龥])浸か|水につか|水浸し|水びたし|流され|倒れ|倒壊|壊れ|崩れ|燃え|焼け|全焼|被害|被災|避難|停電|断水|(?:舟|船|ボート)(?:に|みたい|のよう)', 'u')
/** … made the staff's stock joke (鉄板ネタ, 笑い話, 酒の肴). */
export const STOCK_JOKE = '(?:鉄板|定番|持ち|お決まりの|おきまりの|恒例の|十八番の|いつもの)?(?:ネタ|笑い話|笑いぐさ|笑い種|笑いの種|酒の肴|話のタネ|話の種)'
/** … told at a party or with a laugh (新年会, 忘年会, 飲み会, （笑）). */
export const PARTY_LAUGH = phrase(`${LAUGHED_W19}|新年会|忘年会|飲み会|宴会|酒の席|打ち上げ|懇親会|[😆🤭]`, 'u')
/** Blind R208D-042 (dec12): life in an evacuation shelter called fun, a camp or an outing (避難所での雑魚寝もキャンプみたいで楽しい). */
export const SHELTER_FUN = '避難(?:所|生活|先)(?:で|の|での|では|も)?[^。！？!?\\n]{0,16}?(?:雑魚寝|ざこ寝|キャンプ|合宿|お泊まり|お泊り|修学旅行|旅行|パーティー|林間学校)[^。！？!?\\n]{0,16}?(?:楽し(?:い|か|め|そう|む|み|ん)|たのし|ワクワク|わくわく|悪くな|いいもん|いいもの|最高|満喫|エンジョイ)'
/** Blind R354B-024 kind (DE): deaths or a disaster called a season's custom (孤立死…もはや夏の風物詩ですね〜😅): levity, warn. */
export const SEASONAL_HARM = '(?:孤立死|孤独死|死亡|亡くな|熱中症(?:で|の)(?:搬送|救急|死)|水難|溺れ|おぼれ|遺体|自殺|火災|火事|水害|浸水|冠水|土砂崩れ|災害|被災|事故)[^\\n]{0,60}?(?:(?:もはや|すっかり|完全に|いまや|今や|もう|ある意味|ちょっとした|一種の)[^。！？!?\\n]{0,6}?(?:夏|冬|春|秋|季節|年末|梅雨|毎年)?の?(?:風物詩|恒例行事|年中行事|恒例(?:いべんと)?|お約束)|(?:夏|冬|春|秋|季節|年末|梅雨|毎年)の(?:風物詩|恒例行事|年中行事|お約束)(?:です|だ|や|ですね|だね)?(?:ね|よ|な)?[〜~ー]?(?:😅|😂|🤣|笑|w))'

/**
 * Levity next to a death, a disaster or an accident that the tone family finds in the post (tone/insensitive: laughter, a
 * cheerful emoji or a chat's ending beside 亡くなった, 火災, 地震…) is also 不謹慎, decency's clause 4(2): reported as
 * `decency/insensitive` at the tone finding's own severity (a warning), so the post is flagged under the clause it breaks
 * whichever family reads it (rule.ts `echo`); laughter itself beside the harm mocks it and blocks, as decency's own
 * readers of 茶化す do. Only tone's own findings are read: no new judgement, no new false positive.
 */
export function levityAboutHarm(f: EchoSource, text: string): DraftFinding | null {
  // Offered tone/insensitive only (`echoes`).
  // Laughter itself (ｗｗｗ, 笑, （笑）, 草, 😂🤣) beside the harm mocks it (茶化す): decency's own severity, a block. Other levity
  // (an emoji, a chat's ending) stays at tone's warning.
  // Blind R136D-046: deaths named and brushed aside with a concession, then the readers invited to come and enjoy (台風で犠牲者が出た
  // 翌日ですが、川下りは通常運航です！みんな来てね〜🚣✨, 亡くなった方もいますが、祭りは予定どおり！遊びに来てね🎉): the fun set
  // against the deaths, a block as laughter is. Only upgrades tone's own finding; not a memorial or condolence (追悼式にお越しください).
  // W20 (blind R179I-024): a warning or an order in force (大雨警報が出ています, 【避難指示】) is a danger at the door, no harm yet done to
  // anyone: laughter beside it stays at tone's warning unless the post tells a harm or a death as well.
  // Blind KW-023 kind (DE): a bow (🙇, any skin tone or sex) is an apology's or a condolence's gesture, never levity: nothing to echo.
  if (BOW_ONLY.test(text.slice(f.start, f.end))) return null
  const topic = String(f.data?.topic ?? '')
  // Blind W26 (dec9): the harm word only a likeness (洪水のような人出, 嵐のような拍手, 地震みたいな揺れ方の太鼓): no harm, nothing to echo.
  if (topic !== '' && onlyLikeness(text, topic)) return null
  // dec56 review (tone widened in eef5b9d5): damage that is mild, recovered from or absent, or nature as scenery, is no misfortune to
  // be light about (強風で落下したどんぐりを集めて…😆, 台風で傾いたかかしを…直してくれました, 被害なく乗り切れました😊, 損壊した遊具の修理が
  // 終わり…再オープン, 散乱した枝は…片付けました): nothing to echo. Not when someone was hurt, died or a harm is told besides.
  if (mildOrOver(text)) return null
  const warningOnly = WARNING_TOPIC.test(topic) && !HARM_TOLD.test(text)
  // Blind W26 (dec9): a flood told soberly and the laugh in a later sentence about something else (…片付けを頑張りました。今日はいい
  // 天気ですね（笑）): tone's own warning stands, not made a block; not when someone was hurt or died.
  const elsewhere = FLOOD_TOPIC.test(topic) && !HURT_D9.test(text) && laughLater(text, topic, f.start)
  // Stop 47: the harm only nearly happened to the writer (波に流されそうでした笑, 溺れかけました笑): no one hurt, so tone's
  // warning stands; a block when the harm really befell someone (流されました笑).
  const nearMiss = topic !== '' && onlyNearMiss(text, topic)
  // Blind R257P-017 kind (dec9): the place where someone drowned, died or was hit only days ago shown off as a photo spot (先週、小学生が
  // 溺れる事故のあった二ツ川ですが、今日は…映えてました✨📸): the site of a fresh harm made a sight, a block as laughter is.
  const freshSiteShownOff = !nearMiss && FRESH_HARM_SITE_SHOWN.test(text) && !MOURNING.test(text) && !SITE_SAFETY.test(text)
  // Blind R274K-010 / R281B-033 kind (dec15): a death told plainly in the post (亡くなられ, 死亡し, 犠牲者, ご冥福) and levity beside it
  // (…思い知らされますね〜😅💦, ご冥福を…景色が戻ってきました🎉✨): laughing or celebrating beside a named death, a block as laughter is.
  // Not when no one died (an accident, a flood: tone's warning stands), not a death denied (死者はなく, 犠牲者ゼロ), not a figure of history.
  const deathBeside = !warningOnly && !nearMiss && !GRIEF_MARK.test(text.slice(f.start, f.end)) && deathToldBefore(text, f.start)
  const severity = (LAUGHING.test(text.slice(f.start, f.end)) && !warningOnly && !elsewhere && !nearMiss) || ((DEATHS_THEN_FUN.test(text) || DEATHS_TURN_TO_SALES.test(text)) && !MOURNING.test(text)) || freshSiteShownOff || deathBeside ? 'block' : f.severity
  return { rule: 'decency/insensitive', start: f.start, end: f.end, severity, mention: f.mention, data: { instead: INSTEAD_LEVITY } }
}

/** dec56 review: nature's litter as scenery or play (どんぐり, イチョウの葉, 落ち葉), the damage repaired or cleared (修理が終わり, 元の棚に戻り, すっかり乾いて, 直して, 片付けました, 再オープン), or no damage at all (被害はありません, 被害なく, 大きな影響なく). */
const SCENERY_LITTER = /(?:どんぐり|ドングリ|イチョウ|いちょう|銀杏|落ち葉|葉っぱ|の葉|木の実|松ぼっくり|紅葉|もみじ)/u
const RECOVERED = /(?:片付け|片づけ|撤去し)(?:ました|ておきました|が済|が終わ)|(?:修理|修繕|復旧)(?:が|も)?(?:終わ|完了|済|しました|しておきました)|元(?:の(?:棚|場所|位置)|どおり|通り)に(?:戻|なり)|すっかり(?:乾|元通り|元どおり|きれい|綺麗)|(?:直して|直し|起こして)(?:くれ|いただ|もら)|再(?:オープン|開|開館|開園)(?:し|いた|です|します)|(?:明日|本日|今日)から(?:開館|開園|再開|利用でき)/u
const NO_HARM = /(?:被害|影響)(?:は|の報告は|も)?[^。！？!?\n]{0,6}?(?:ありません|ありませんでし|ございません|なく|なし|ゼロ|出ていません|出ませんでし)|(?:被害|影響)なく|無事(?:に)?(?:通過|乗り切)/u
function mildOrOver(text: string): boolean {
  if (HURT_D9.test(text) || /浸水し|冠水し|被害(?:が|を|に)(?!ありません|なく)|被災|倒壊|全壊|半壊|土砂崩れ|決壊/u.test(text)) return false
  return SCENERY_LITTER.test(text) || RECOVERED.test(text) || NO_HARM.test(text)
}

/**
 * Blind R274K-010 kind (dec15): a death told plainly (亡くなられ, 亡くなっ, 死亡し, 死者が, 犠牲者, 犠牲に, ご冥福, 逝去, 死去) in the
 * same paragraph as the levity and at most 160 code units before it. Bounded windows; the death word must not be denied or averted
 * right after it (死者はなく, 犠牲者ゼロ, 亡くなった方はいませんでした, 犠牲にならないよう, 死亡事故を防ぐ), nor a figure of history
 * remembered (生誕, 没後, 命日, 享年, 明治…年), nor when the levity's sentence calls for safety or support (LEVITY_PURPOSE).
 */
const DEATH_TOLD = /亡くなられ|亡くなっ|亡くなり|逝去|死去|死亡(?:し|が確認|され)|死亡事故(?:が(?:発生|起き|あり)|で)|死者(?:が|も)|犠牲者|犠牲に|ご冥福|冥福を/gu
const DEATH_DENIED = /^[^。！？!?\n]{0,12}?(?:ゼロ|[0０]人|なし|無し|出ず|出さ|出ませ|出なかっ|いませ|いなかっ|おらず|ありませ|なかっ|ならな|ならず|防|ないよう|ないため|ません)/u
const DEATH_HISTORY = /生誕|没後|没年|命日|回忌|周忌|享年|偉人|晩年|(?:明治|大正|昭和)[0-9０-９一二三四五六七八九十元]{1,3}年/u
/** Blind R274K-010 kind (dec15): a mark of grief or prayer tone may also flag (😢, 😭, 🙏, 🕊, 💐): not levity, never made a block. */
const GRIEF_MARK = /[\u{1F622}\u{1F62D}\u{1F63F}\u{1F64F}\u{1F614}\u{1F61E}\u{1F625}\u{1F97A}\u{1F490}\u{1F54A}\u{1F940}]/u
/** … unless the levity's own sentence is a safety call or a call to support (気をつけて, 注意, 応援, 支援, 募金: a cheer for the living). */
const LEVITY_PURPOSE = /気をつけ|気を付け|注意|用心|防止|ないよう|着用|応援|支援|募金|寄付|義援|ボランティア|復興/u
function deathToldBefore(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at)
  if (LEVITY_PURPOSE.test(head.slice(head.search(/[^。！？!?\n]*$/u)))) return false
  const from = Math.max(0, at - 160)
  let win = text.slice(from, at)
  const gap = win.lastIndexOf('\n\n')
  if (gap >= 0) win = win.slice(gap + 2)
  if (DEATH_HISTORY.test(text)) return false
  for (const m of win.matchAll(DEATH_TOLD)) {
    if (!DEATH_DENIED.test(win.slice(m.index + m[0].length, m.index + m[0].length + 14))) return true
  }
  return false
}

/**
 * Blind R257P-017 kind (dec9): a harm to a person told as only days old (先週, 昨日, 先日, 数日前 … 溺れ, 亡くな, はねられ, 子どもが転落: a person, not a bridge washed away) and then the
 * place (or the day there) praised as a photo spot or a sight (映え, エモい, 絶景, フォトスポット). Bounded: one sentence to the harm, a
 * line to the praise.
 */
const FRESH_HARM_SITE_SHOWN = /(?:先週|昨日|きのう|先日|今朝|一昨日|おととい|数日前|この前|今週|先月)[^。！？!?\n]{0,30}?(?:溺れ|おぼれ|亡くな|死亡|死者|犠牲|はねられ|轢かれ|重体|意識不明|けが人|負傷|(?:人|方|子|子ども|子供|児童|生徒|小学生|中学生|高校生|園児|男性|女性|男児|女児|高齢者|お年寄り|観光客)(?:さん)?が[^。！？!?\n]{0,10}?(?:転落|流され|落ち))[^\n]{0,120}?(?:(?<![見照])映え|(?<![ぁ-ゖ])ばえ(?![ぁ-ゖ])|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|フォトジェニック|絶景|(?:撮影|写真|フォト|インスタ)(?:映え)?スポット)/u
/** … unless the post is about keeping people safe there (柵, 立入禁止, 注意, 近づかない). */
const SITE_SAFETY = /注意|気をつけ|気を付け|近づかない|近寄らない|立入禁止|立ち入り禁止|柵|防止|再発|安全対策|点検/u
/** Blind W26 (dec9): a disaster word as a likeness (洪水のような, 嵐みたいな, 津波のごとき): every mention of the topic so. */
const LIKENESS_AFTER = /^(?:の(?:よう|ごと)|みたい|並み|級の|さながら)/u
/** … or swept along by a crowd (人出で、流されそう, 人波にのまれ) where no real water is named once the likenesses are set aside. */
const SWEPT = /^(?:流され|押し流さ|のまれ|飲まれ|呑まれ)/u
const CROWD_RAW = /人出|人波|人の波|人の流れ|人混み|人込み|人ごみ|人だかり|群衆|行列|混雑|満員|ぎゅうぎゅう|すし詰め/u
const LIKENESS_D9 = /(?:洪水|津波|濁流|激流|急流|嵐|川|海|波)(?:の(?:よう|ごと)|みたい)/gu
const REAL_WATER = /雨|台風|浸水|冠水|洪水|水害|氾濫|決壊|水没|津波|濁流|激流|急流|川|海|波|増水|大水|高潮|水/u
function onlyLikeness(text: string, topic: string): boolean {
  if (SWEPT.test(topic) && CROWD_RAW.test(text) && !REAL_WATER.test(text.replace(LIKENESS_D9, ''))) return true
  let seen = false
  for (let i = text.indexOf(topic); i >= 0; i = text.indexOf(topic, i + 1)) {
    if (!LIKENESS_AFTER.test(text.slice(i + topic.length, i + topic.length + 4))) return false
    seen = true
  }
  return seen
}
/** A harm verb's stem in its "nearly" forms: 流されそう, 溺れかけた, 流されかかった (the topic is the stem tone found). */
const NEAR_MISS_AFTER = /^(?:そう|かけ|かか[っりる])/u
const HARM_VERB_STEM = /^(?:流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ|飛ばされ|押し流され)$/u
/** Every mention of the harm verb `topic` in `text` is a near miss, and no other harm is told (HARM_TOLD without it). */
function onlyNearMiss(text: string, topic: string): boolean {
  if (!HARM_VERB_STEM.test(topic)) return false
  let seen = false
  for (let i = text.indexOf(topic); i >= 0; i = text.indexOf(topic, i + 1)) {
    if (!NEAR_MISS_AFTER.test(text.slice(i + topic.length, i + topic.length + 3))) return false
    seen = true
  }
  return seen && !HARM_TOLD.test(text.split(topic).join(''))
}
/** Blind W26 (dec9): a flood's topic (大雨, 台風, 冠水), someone hurt or dead, and a later sentence that turns back to the water. */
const FLOOD_TOPIC = /大雨|豪雨|台風|冠水|浸水|洪水|水害|氾濫|増水|ゲリラ豪雨|(?<![一-龥])川|(?<![一-龥])池/u
const HURT_D9 = /亡くな|死|犠牲|遺体|けが|怪我|ケガ|負傷|重傷|重体|行方不明|流され|溺れ|おぼれ|搬送|救助|孤立|避難/u
const WATER_REF_RAW = /川|池|湖|海|水|舟|船|ボート|カヌー|いかだ|泳|浮き輪|うきわ|釣|通勤|通学|送迎|ベネチア|ヴェネツィア|ベニス|どんこ|長靴|道路|通り|冠水|浸水|雨|台風|流さ|流れ|プール|サーフィン|魚|鯉|カエル|かえる|カッパ|かっぱ|河童|映え|ばえ/u
function laughLater(text: string, topic: string, at: number): boolean {
  const i = text.lastIndexOf(topic, at)
  if (i < 0) return false
  const rest = text.slice(i + topic.length, at)
  const k = rest.search(/[。！？!?\n]/u)
  if (k < 0) return false
  const later = rest.slice(k + 1)
  return /[^。！？!?\s]/u.test(rest.slice(0, k)) && !WATER_REF_RAW.test(later) && !WATER_REF_RAW.test(text.slice(at, at + 20).split(/[。！？!?\n]/u)[0]!)
}
/** Tone's topic when it is a warning or an evacuation order in force, not a harm (大雨警報が出ています, 【大雨警報】, 避難指示). */
const WARNING_TOPIC = /警報|注意報|避難指示|避難勧告|緊急安全確保|高齢者等避難/u
/** A harm or a death told in the post beside the warning (浸水, 冠水, 被害, 亡くな, 行方不明, 倒壊, 土砂崩れ, 流され). */
const HARM_TOLD = /浸水し|冠水し|被害(?:が|を|に)|被災|亡くな|死亡|死者|犠牲|行方不明|けが人|負傷|倒壊|全壊|半壊|土砂崩れ|流され|溺れ|決壊|孤立/u
const DEATHS_THEN_FUN = /(?:犠牲者|犠牲に|亡くな|死者|死亡|亡くなっ|遺体|行方不明者)[^\n]{0,30}?(?:ですが|でしたが|ますが|ましたが|ですけど|けど|けれど|だけど|とはいえ|たが[、,]|だが)[^\n]{0,40}?(?:来てね|きてね|来てな|来てくださ|来て下さ|遊びに来|あそびに来|お越しくださ|お越し下さ|お待ちして|おいで|来んね|来んしゃい|楽しんで|楽しもう|楽しみましょう)/u
/**
 * Blind R241E-034 kind: deaths reported, then the next sentence (or line) turns at once with でも / それでも / だけど to a cheerful
 * promotion (…2名の方が亡くなられました😢⏎でも下を向いてばかりはいられない！…うなぎは今日も元気に焼けてます✨ みんなで食べて応援しよう〜！,
 * 死者も出ましたが、それでも祭りは開催！屋台でいっぱい買って盛り上げよう): the deaths brushed aside for the sale, a block as in
 * DEATHS_THEN_FUN. Only upgrades tone's own levity finding, and not with condolence said (MOURNING).
 */
const DEATHS_TURN_TO_SALES = /(?:犠牲者|犠牲に|亡くな|死者|死亡|遺体)[^\n]{0,30}?[。！!…\n][^\S\n]{0,2}\n?(?:でも|だけど|けど|それでも|とはいえ|しかし)[、,]?[^\n]{0,80}?(?:(?:食べ|買っ|飲ん|遊ん|来)て(?:応援|盛り上げ|楽しも|楽しん)|応援しよう|応援してね|盛り上げよう|盛り上がろう|楽しもう|食べに来て|買いに来て|遊びに来て|お待ちしてます|お待ちしております)/u
const MOURNING = /お悔やみ|ご冥福|冥福|お見舞い|追悼|慰霊|黙とう|黙祷|献花|弔意|哀悼|喪に服/u

/** Blind KW-023 kind (DE): the excerpt only bows (🙇, 🙇🏻‍♀️, 🙇‍♂️ …). */
const BOW_ONLY = /^(?:\u{1F647}[\u{1F3FB}-\u{1F3FF}]?(?:\u200D[\u2640\u2642]\uFE0F?)?)+$/u
/** A laugh as written on its own: w or ｗ runs, 笑, （笑）, 草, or a laughing face (😂 🤣 😆 😹). */
const LAUGHING = /^(?:[wｗWＷ]{1,12}|笑{1,6}|[（(]笑[)）]|草{1,3})$|[\u{1F602}\u{1F923}\u{1F606}\u{1F639}]/u

const INSTEAD_LEVITY = '事故・災害・訃報などに触れる投稿は、絵文字や笑い、軽い言い回しを使わず落ち着いた表現で書いてください（例：「被害に遭われた皆さまに心よりお見舞い申し上げます。」）'
/**
 * Blind R427C-040 kind: a disaster or the damage it did said to have done good, with a laugh or a lucky word (大雨で水につかったおかげで…
 * オシャレになりました（笑）, 台風で屋根が飛んだおかげで新しくなってピカピカ😆, 停電のおかげで早寝できてラッキー), or the disaster itself
 * called useful (災害もたまには役に立つもんですね, 台風さまさま): levity about a disaster, `decency/insensitive` warn. Kept clean: the
 * lesson told soberly (その教訓から止水板を), thanks to the people who helped (ボランティアの皆さんのおかげで), a boon with no laugh (大雨の
 * おかげでダムの貯水率が回復), the experience said to help (地震の経験が訓練に役立っています).
 */
const DISASTER = '(?:災害|天災|震災|地震|台風|水害|洪水|火事|火災|浸水|冠水|被災|停電|断水|土砂崩れ|竜巻|噴火|津波)'
/** Heavy rain or snow names the weather: only the damage it did (水につかった, 浸水, 倒れた) is the harm (大雨のおかげで休耕田が水田に is no disaster). */
const RAIN = '(?:大雨|豪雨|長雨|大雪|ゲリラ豪雨)'
const HARM_MID = phrase('水につか|水に浸か|浸か|浸水|冠水|水没|水浸し|倒れ|倒壊|飛ん|飛ばされ|壊れ|崩れ|流され|燃え|焼け|割れ|被害|被災|止ま|運休|休校|休講', 'u')
const DISASTER_BOON = phrase(`(?:(?:${DISASTER}|${RAIN})(?:で|により|の影響で)[^。！？!?\\n]{0,20}?(?:た|だ)|${DISASTER})(?:の)?(?:おかげ|お陰)[^。！？!?\\n]{0,50}?(?:${LAUGH_MARK}|ラッキー|得した|儲けもの|結果オーライ|一石二鳥|さまさま|様様)`)
const RAIN_CAUSE = phrase(`^${RAIN}`, 'u')
const DISASTER_USEFUL = phrase(`${DISASTER}(?:も|は|って)[、,]?(?:たまには|時には|ときには|意外と|意外に|案外|ある意味|結構|けっこう|なかなか|まんざら)?[、,]?(?:役に立つ|役立つ|役に立ちます|役に立ちますね|役に立つもん|役に立つもの|捨てたもん(?:じゃ|では)|捨てたもの(?:じゃ|では))|${DISASTER}(?:さまさま|様様|サマサマ)`)
const HELPERS = phrase('皆さん|皆様|みなさん|みなさま|ボランティア|支援|協力|さん|様|方々|くれ|くださ|いただ|頂', 'u')
const DISASTER_SOBER = phrase('教訓|経験|備え|訓練|知識|情報|マップ|グッズ|ご冥福|お見舞い|犠牲', 'u')

/**
 * Blind R448Z-045 kind: a disaster's damage made the first half of a pun for something else (家が流されても一票は流されません, 屋根が
 * 飛ばされても祭りの熱気は飛ばされない, 店が浸水しても売り場の元気は浸水しません, 地震で家が倒れてもうちの値引きは倒れません): the harm
 * (a home swept away, blown off, collapsed, flooded, burnt) said, then the same verb denied of a vote, a sale or an event, a slogan made
 * of the damage, `decency/insensitive` warn. The harm has a thing hit (家, 屋根, 車, 橋, 店) or a disaster named before it in the
 * sentence. Kept clean: a precaution (書類は壊れないよう金庫に, 倒れないように固定), the pun kept for lives (家は流されても命は流されない
 * ように早めの避難を), another verb after it (流されても再建支援金は受け取れます), a fall denied (家が倒れなくても家具は倒れます).
 */
const PUN_STEM = '(流さ|押し流さ|飛ばさ|吹き飛ばさ|倒さ|壊さ|崩さ|潰さ|つぶさ|燃やさ|焼か|倒れ|壊れ|崩れ|潰れ|つぶれ|燃え|焼け|浸水し|水没し|倒壊し|全壊し|全焼し|被災し|流失し)'
const PUN_HIT = `(?:(?:家|家屋|自宅|住宅|屋根|車|橋|建物|堤防|店|お店|田畑|田んぼ|畑|町|まち)(?:が|も|ごと|まで|は)|${DISASTER}|${RAIN})`
const DISASTER_PUN = phrase(`${PUN_HIT}[^。！？!?\\n]{0,12}?${PUN_STEM}れ?(?:ても|たって|ちゃっても)[、,]?([^。！？!?\\n]{0,20}?)(?:は|だけは|も|こそ)[、,]?\\1れ?(?:ません|ない|ねえ|ねー|させません|させない)(?![^。！？!?\\n]{0,2}?(?:よう|ため))`)
const PUN_LIVES = phrase('命|いのち|人命|家族|子ども|子供|お子さん|避難|逃げ', 'u')

/** A disaster or its damage said to have done good, with a laugh (insensitive warn): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function disasterCalledBoon(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  // A disaster said to have done good.
  for (const re of [DISASTER_BOON, DISASTER_USEFUL]) {
    for (const m of matchAllOf(re, fo)) {
      const k = m[0].search(/おかげ|お陰/u)
      if (k >= 0 && HELPERS.test(m[0].slice(0, k))) continue
      if (k >= 0 && RAIN_CAUSE.test(m[0]) && !HARM_MID.test(m[0].slice(0, k))) continue
      const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
      if (DISASTER_SOBER.test(fo.slice(s, e))) continue
      found.push([m.index, m.index + m[0].length, 'decency/insensitive', 'warn', INSENSITIVE])
      break
    }
  }
  // Blind R448Z-045: a disaster's damage made a pun for something else.
  for (const m of matchAllOf(DISASTER_PUN, fo)) {
    if (PUN_LIVES.test(m[2] ?? '')) continue
    found.push([m.index, m.index + m[0].length, 'decency/insensitive', 'warn', INSENSITIVE])
    break
  }
  return found
}
