/**
 * decency — foreigners, peoples and faiths: a people's character blamed, crime tied to a group's arrival, a people pointed at by a
 * class pronoun, a sale or a loan refused to a group, faith called superstition. Stays clean: help in many languages, the people as
 * victims, the prejudice named or denied, a country's food or sights.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { foldString } from '../../text'
import { phrase, sentences } from '../../words'
import { AWARENESS, ACT, NATION, LAUGH_W, INSTEAD, PRESUMED_DENIED, RESIDENTS, DISABLED, AGED, DISMISSED, PRESUMED_NOT, TEASED_RE, rx, NAMES_PREJUDICE, NIGHT53, QUOTED_ACT, PLAIN_ACT, STAMINA53, CHEER53, previousSentence, VISITORS, HELP_MET90, GROUP86, RUMOUR_NAMED, SUSPECTED_OK, AWARE121, ORIGIN_D10, HARM_AT_CHILDREN, WOMAN_AS_DRAW, SMOKERS_BODIES_DEMENTIA, FAMILY_FORM_AND_CARCASS, LEVITY_DEC_B, PATRONISED_DCG, PUBLIC_CONDUCT, LEVITY_R414, PRIZE_AND_FEAR, FOREIGN_W19, NAMED_NATION, ORIGIN_PLACE, ORIGIN_D56, sentenceRange, type Rule, type Phrase } from './context'

/** …and the claim denied in the rest of its sentence (…という話がありますが、そのようなデータはありません). */
export const SHARE_DENIED = phrase('ではありません|ではない|ではなく|わけではな|とは限りません|根拠(?:は|の)?(?:ない|ありません)|(?:データ|事実|証拠)は(?:ない|ありません|ございません)|誤り|デマ', 'u')
/** A trait given to a people or a region as a whole (陽気, 時間にルーズ, 時間の感覚がおおらか): the stereotype reading's traits. */
/** Blind R221N-048 kind (dec13): 日本人 joined to the other group by と, the two doing a thing together, not a condition set on one. */
export const JOINED_D13 = phrase('と日本人(?:の(?:方|皆さん|皆様|住民|学生|参加者))?(?:が|と|で|も)', 'u')
/** Who a neighbour's fear is about (精神の病気の方, 統合失調症の方, 外国の方, 生活保護を受けている人). */
export const FEARED = phrase('精神|統合失調|うつ病|認知症|病気|依存症|感染|hiv|エイズ|前科|出所|障(?:害|がい|碍)|外国|生活保護|保護を受|受給|同性|トランス|部落|同和|実習生|留学生|移民|難民|ホームレス', 'u')
/** Groups a resident's prejudice may be about (not an illness or infection as such: 感染が不安なお気持ちは分かります is care). */
export const AGREE_GROUP = phrase('精神|統合失調|うつ病|認知症|依存症|hiv|エイズ|前科|出所|障(?:害|がい|碍)|外国|生活保護|保護を受|受給者|同性|トランス|lgbt|部落|同和|実習生|留学生|移民|難民|ホームレス|ひとり親|母子家庭', 'u')
/**
 * Blind R247T-029 / R250G-030 kind (dec7): visitors named by their country (韓国からのお客さま, 外国の方, 海外からの観光客): the group a
 * fault is presumed of in the rule below, as 外国人の方 was.
 */
export const R22_VISITORS_D7 = `(?:外国|${NATION})(?:から)?の(?:お客(?:さま|様|さん)|観光客|旅行者|団体(?:客)?|方々|方|人たち|人)`
/** What a people is said to lack or have against another (習慣がない, 意識が低, マナーが悪, 苦手, ルーズ). */
export const COMPARED_FAULT = '(?:習慣|常識|マナー|決まり|ルール|意識)(?:が|は|も)?(?:ない|なく|悪|低|いい|良い|よい|高)|守らな|守れな|苦手|下手|劣|優れ|うるさ|騒が|汚|だらしな|ルーズ|民度'
export const R23_FOREIGN = phrase('外国|在日|実習生|留学生|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|アジア)(?:人|系|の方|籍)', 'u')
/** A presumption said in order to meet it (多言語で説明します, ふりがなを付けました): the city acting, not labelling. */
export const R24_CONSIDERATE = phrase('多言語|やさしい日本語|通訳|ふりがな|翻訳', 'u')

// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
// The round 20 phrases (LATE_PHRASES) share the gate: their indices follow those of PHRASES.
// Round 21: R21_FIRST before PHRASES, R21_EARLY after them (both before the groups), R21_LATE with LATE_PHRASES.
/**
 * Round 42, before every other phrase (a milder reading of the same words must not hold the span first): a people made the topic
 * and then measured against the Japanese (外国人労働者は日本人に比べて安全意識が低いため, ベトナム人の研修生は日本人と違ってルールを
 * 守らない), or a pronoun for a people named in the 120 characters before it (…外国人労働者が大半であり、彼らは日本人に比べて…).
 */
export const R42_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)(?:の(?:方|人))?|(?:${NATION})(?:人|系|籍)?(?:の)?(?:労働者|実習生|研修生|留学生|住民|観光客|作業員|従業員)(?:の(?:方|人))?|彼ら|彼女ら|あの人(?:たち|達|ら)|この人(?:たち|達|ら)|その人(?:たち|達|ら))(?:は|って)[、,]?日本人(?:と(?:は)?違って|に比べて|と比べて|に比べると|と比べると|より(?:も)?)(?!多|少)[、,]?[^。！？!?\\n]{0,20}?(?:${COMPARED_FAULT})`),
    need: ['違つて', '比べ', 'より'],
    instead: INSTEAD.discriminatory,
    // Only words that name the prejudice answer it (研修生 holds 研修, which AWARENESS reads as a training on rights).
    keep: (fo, s, a) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && (!/^(?:彼|あの人|この人|その人)/u.test(fo.slice(a, a + 3)) || rx(R23_FOREIGN.source).test(fo.slice(Math.max(0, a - 120), a))),
  },
]
/**
 * Round 64 (R64A-015): a disease's source put on a group by hearsay or guess (ウイルスを持ち込んだのは、近くの農場で働いとる外国人の実習生
 * じゃないかと…言われとります, 豚熱は留学生が母国から持ち込んだに違いない, コロナを広めたのはアジア系の観光客やろう): blame on a people
 * for an infection, block. Not prevention (ウイルスを持ち込まないよう), not a bird or a vehicle as the source, not the rumour denied or
 * named to be rejected (…という噂には根拠がありません, 差別につながります), not a case that might come (…場合に備え).
 */
const GERM = '(?:ウイルス|ウィルス|病原体|病原菌|(?<![一-龥])菌|病気|伝染病|感染症|鳥インフル(?:エンザ)?|インフル(?:エンザ)?|豚熱|豚コレラ|口蹄疫|コロナ|はしか|麻しん|結核)'
const SPREAD = '(?:持ち込(?:んだ|んで|み[、,]|んどる|んどう)|持って(?:き|来)た|持ってきよった|運(?:んで|び込ん)(?:き|来)?た|運び込んだ|広め(?:た|とる|てる|ている)|ばらま(?:いた|いとる|いてる)|撒き散らした|まき散らした|うつした|移した|流行らせた|はやらせた)'
const GROUP64 = `(?:(?:${NATION})(?:人|系|籍|出身|の(?:方|人))(?:の)?(?:技能)?(?:実習生|留学生|労働者|観光客|団体客|研修生|作業員|従業員)?|外国人|外国籍|外国の(?:方|人)|(?:技能)?実習生|留学生|研修生|移民|難民|よそ者|よそもん)`
const BLAME_DENIED64 = phrase('ではありません|ではない(?!か)|わけでは|じゃない(?!か)|事実(?:は|では)(?:ない|ありません|ござい)|確認されて(?:いない|いません|おりません)|根拠(?:は|の|が)?(?:ない|ありません|なく|ござい)|デマ|(?<!被)差別|偏見|誤り|誤解|決めつけ|場合|ないよう|防止|予防', 'u')
export const R64: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GERM}(?:を|が|は)?[^。！？!?\\n]{0,8}?${SPREAD}(?:の|ん|者|犯人|やつ|奴)(?:は|が|って)[、,]?[^。！？!?\\n]{0,24}?${GROUP64}|${GROUP64}(?:の(?:皆さん|方々|人たち)|たち|ら|連中)?(?:が|は)[^。！？!?\\n]{0,16}?${GERM}(?:を|が)?[^。！？!?\\n]{0,8}?${SPREAD}|${GERM}(?:は|も)[、,]?[^。！？!?\\n]{0,16}?${GROUP64}(?:の(?:皆さん|方々|人たち)|たち|ら|連中)?(?:が|の)[^。！？!?\\n]{0,12}?${SPREAD}`),
    instead: '感染の原因を国籍や属性に結びつけず、確認された事実と防疫のお願いだけを書いてください（例：「農場周辺では24時間体制で車両消毒を行っています。ご協力をお願いします」）',
    keep: (fo, s, _a, b) => {
      const rest = fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b) + 40))
      return !BLAME_DENIED64.test(rest) && !AWARENESS.test(fo.slice(s.start, s.end))
    },
  },
]
/** Round 36: the group a notice turns away (車いすの方, 車いすでの, 盲導犬をお連れの方, 障がいのあるお子さん). */
export const TURNED36 = `${DISABLED}|車(?:椅子|いす)(?:で|の|をご?(?:利用|使用)の)(?:方|人|お客様|利用者|ご?来場|ご?来館|ご?利用|ご?入場|ご?参加)?|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:お子さん|お子様|児童|生徒|方々)|(?:盲導犬|介助犬|補助犬)(?:を|と)?(?:お連れ|同伴|連れ)|認知症の(?:方|人)|(?:介助|介護|付き添い)(?:が|の)必要な(?:方|人)|(?:杖|歩行器|松葉杖)を(?:お使い|ご使用|使用|つい)(?:の|ている|た)?(?:方|人)`
/**
 * Round 74 (blind R74A/R75A). Block kinds (R74_EARLY, ahead of the other phrases so that they hold their span):
 * - A business run by a foreign group singled out and the readers told to beware of it or keep away (衛生観念の違う外国の方が経営する
 *   飲食店は、利用する際に気をつけた方がいいかもしれません, 中国系の業者がやっとる民泊は用心したほうがよか): the owners' nationality made the
 *   hazard, hedged or not, block; the business is the topic (は, では) or what is used (…を利用する際は). Not a guide to such shops, not help
 *   or a course given to them (多言語, 講習, 支援), not a caution that follows an event held there (…食堂で交流会を開きますので、暑さに…).
 * - A group asked, politely or not, to live in another town (日本語ができない外国人の方の手続きは…他の方の迷惑になるので、できれば別の町に
 *   住んでもらえると助かります, …にはこの町に住まないでいただきたい): the group named in the sentence or the one before, block. Not relatives
 *   who live elsewhere (別の町に住んでいる), not a move for safety (浸水, 災害), not someone sought to live here (住んでいただける方).
 * - Stamina food and the night with one's partner (柳川のうなぎで精をつけて、今夜は旦那さんとハッスルしちゃおう♡😏): round 53's innuendo
 *   with the partner named between the night and the act, block as round 53; not a festival or a match with the partner.
 * Warn kinds (R74, after the groups):
 * - Size set against technique with a leer (ホースの扱いは長さと太さより、テクニックが大事😏): sexual innuendo; not without the leer (包丁は
 *   大きさより使い方が大事です).
 * - A body type teased as what the city will turn attractive (ひょろひょろの草食系男子でも、3か月でモテる体に): lookism; and recruits
 *   promised the other sex's admiration (女の子にキャーキャー言われたい人、待っとるよ): stereotype, where the post recruits.
 * - Old people's retelling or poor hearing made a joke (おじいちゃんおばあちゃんでいっぱい👴👵 同じ話を3回ずつしてくれるし耳も遠いけん…😂):
 *   discriminatory warn as round 66, with a count of times or deafness and a laugh; not advice to listen, a hearing aid or a writing board.
 */
const FOREIGN_OWNER = `(?:外国(?:籍)?(?:の(?:方|人)|人)|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|(?:${NATION})の(?:方|人)|在日(?:の(?:方|人))?|ハーフの(?:方|人))(?:たち|達)?`
const OWNS = '(?:が|の)[、,]?(?:経営(?:する|している|してる|しとる|しとう|しよる|される|されている|されとる)|営(?:む|んでいる|んでる|んどる)|やって(?:いる|る|おる|いらっしゃる|はる)|やっとる|やっとう|やりよる|運営(?:する|している|してる|しとる)|切り盛り(?:する|している))|(?:オーナー|店主|経営者|経営)の|(?:オーナー|店主|経営者)が(?:いる|おる)'
const BUSINESS = '(?:飲食店|お店|店舗|店|食堂|料理店|レストラン|居酒屋|屋台|弁当屋|民泊|宿|旅館|ホテル|アパート|マンション|物件|業者|会社|工務店|不動産屋|商店|ショップ|スーパー|売店|工場|農園)'
const USED = '(?:は|では|には|って|なんか|なんて|の(?:料理|食べ物|商品|弁当)(?:は|を))|(?:を|に|で)(?:利用|使|行|入|選|頼|契約|借り|泊ま|食べ|買)[^。！？!?\\n]{0,8}?(?:際|とき|時|場合|なら|前)(?:は|には|に)?'
const CAUTION = '(?:気をつけ|気を付け|きをつけ|注意(?!書き|事項|点)|用心|警戒|避け|控え|遠慮|利用しない|使わない|行かない|行かん|使わん|近づかない|やめ(?:た|て)(?:方|ほう)|心配|不安|怖|こわ|危な|危険|信用でき|怪し|あやし)'
const OWNED_VETO = phrase('(?<!被)差別|偏見|人権|思い込み|決めつけ|多言語|通訳|支援|講習|研修|相談|向け|困らない|困らん|ではありません|わけではな|とは限ら|関係なく|問わず|紹介|応援|交流', 'u')
const ELSEWHERE74 = '(?:(?:別の|ほかの|他の|よその|よそん|違う|どこか(?:別の|ほかの|他の)?|隣の)(?:町|まち|街|市|区|村|地域|地区|自治体|ところ|所|とこ|県|国)|よそ|他所)(?:に|へ|で)[、,]?(?:住んで|すんで|暮らして|くらして|引っ越して|引越して|ひっこして|移り住んで|転居して)(?:もら(?:え|い|う|った)|いただ(?:け|き|いた)|ほし|欲し|くれ(?:たら|ると|れば|ん|な|ませ)|ください|下さい|ちょうだい)'
const STAY_OUT = '(?:この|うちの|わが|我が)(?:町|まち|街|市|地域|地区|辺り|あたり)(?:に|には|へ|では)(?:は)?[、,]?(?:住まないで|住まんで|すまないで|暮らさないで|引っ越してこないで|引っ越して来ないで|越してこないで|移り住まないで|来ないで|来んで)(?:ほし|欲し|もら|いただ|くれ|ください|下さい)?'
const MOVED_GROUP = phrase(`外国|日本語(?:が|を)?(?:でき|話せ|わから|分から|しゃべれ|通じ)(?:ない|ん)|${NATION}|実習生|留学生|移民|難民|障(?:害|がい|碍)|車(?:椅子|いす)|高齢|お年寄り|年寄り|老人|生活保護|ひとり親|一人親|母子家庭|父子家庭|シングルマザー|同性|lgbt|性的少数|トランス|ホームレス|路上生活|精神|認知症|部落|同和|在日|アイヌ|hiv|エイズ`, 'u')
const MOVED_VETO = phrase('浸水|洪水|土砂|災害|危険区域|被災|仮設|避難|(?<!被)差別|偏見|人権|ではありません|わけではな', 'u')
const PARTNER74 = '(?:旦那|だんな|ダンナ|夫|主人|ご主人|奥さん|奥様|奥さま|嫁|妻|彼氏|彼女|パートナー|恋人|ダーリン|ハニー|ご夫婦|夫婦)(?:さん|様|さま|ちゃん)?'
const CUDDLE = '(?:いちゃいちゃ|イチャイチャ|いちゃつ|イチャつ|しっぽり|ラブラブ|らぶらぶ|仲良し|なかよし)'
export const R74_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_OWNER}(?:の(?:業者|会社|企業|資本|人たち|方々))?(?:${OWNS})[^。！？!?\\n]{0,8}?${BUSINESS}(?:${USED})[、,]?[^。！？!?\\n]{0,24}?${CAUTION}`),
    instead: '経営者の国籍で店や事業者を区別せず、食中毒予防など、どの店にも当てはまる注意を書いてください（例：「夏場は食中毒が増えます。お弁当は早めに食べ切りましょう」）',
    keep: (fo, s) => !OWNED_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ELSEWHERE74}|${STAY_OUT}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      if (/^(?:よう|場合|際|方(?:を|は|も|が|に)|人(?:を|は|が))/u.test(fo.slice(b, b + 4))) return false
      return (MOVED_GROUP.test(fo.slice(s.start, a)) || MOVED_GROUP.test(previousSentence(fo, s))) && !MOVED_VETO.test(sen)
    },
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT53}${PARTNER74}(?:と|とも|で)[、,]?(?:一緒に|いっしょに|二人で|ふたりで)?[、,]?(?:${QUOTED_ACT}|${PLAIN_ACT}|${CUDDLE})`),
    need: ['夜', '晩', 'こんや', '今宵'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      const after = fo.slice(b, Math.min(fo.length, b + 24))
      const quoted = /[「『“"〝]/u.test(fo.slice(a, b))
      return STAMINA53.test(fo.slice(Math.max(0, a - 80), a)) && (quoted || /[😏😘💋🍆🫦😉]|意味深|ふふ|へへ/u.test(after)) && !CHEER53.test(sen)
    },
  },
]
/**
 * Round 90 (blind R90A/R91A). Block kinds (R90_EARLY, before every other phrase):
 * - A district's children or people said to spoil a school or a place once they join it (あの地区の子どもたちと一緒になると学校が
 *   荒れる, あそこの団地の子と同じクラスになったら悪くなる): prejudice against where people live, relayed or not. Not the prejudice
 *   named (偏見, 根拠はありません, 差別), not a district's children doing something together.
 * - "This is Japan('s school), so they should conform" (日本の学校なんだから、日本の食事に合わせてもらうのが筋, 日本に住む以上は日本の
 *   やり方に従うべき): foreigners told to give up their own ways; needs the ground (なんだから, 以上, からには) and a duty to conform.
 * - A group said not to pay taxes (どうせ税金も払っとらん連中やろ, 税金も納めてないくせに) or told to keep out of a say (口出しせんでほしか),
 *   foreigners in any script (ｶﾞｲｺｸｼﾞﾝ, がいこくじん). Not the rumour denied (事実ではありません), not a tax notice.
 */
const DISTRICT = '(?:(?:あの|あそこの|あっちの|向こうの|むこうの|例の|川向こうの|川向こう)(?:地区|地域|辺|へん|あたり|辺り|団地|集落|町内|界隈|校区)?|[一-龥]{1,4}(?:地区|団地|集落))(?:の|ん)?'
const KIDS90 = '(?:子ども|子供|こども|子|児童|生徒|連中|人|家庭|家|もん|者)(?:たち|達|ら|さん|ども)?'
const JOINED = '(?:と|が)[、,]?(?:一緒に(?:なる|なっ|なれ|する)|同じ(?:学校|クラス|教室|校区|学級)に(?:なる|なっ|なれ|する)|混ざ|まざ|交わ|入って(?:く|き)|来|越して(?:く|き))[^。！？!?\\n、,]{0,4}?(?:と|たら|ば|なら|ことで|てから|て以来)'
const SPOILED = '(?:荒れ|あれる|あれた|悪くな|悪うな|柄が悪|治安が(?:悪|乱)|風紀が|乱れ|学力が(?:下が|落ち)|レベルが(?:下が|落ち)|悪い影響|悪影響|染ま|悪さを覚え|ろくなことが)'
const FOREIGN90 = `(?:${GROUP86}|ガイコクジン|ガイジン|外国籍(?:の)?(?:住民|人|子|方)?)(?:の(?:人|方|連中|子)(?:たち|達|ら)?)?`
const CONFORM_GROUND = '(?:日本(?:の[^。！？!?\\n、,]{1,6}?|人|国内)?(?:なんだから|なのだから|なんですから|なのですから|なんやけん|なんやから|なんやし|だから|やけん|やから|ですから|である以上|なんだし)|日本(?:に|で)(?:住む|住んで(?:いる|る|おる|る)|暮らす|暮らして(?:いる|る)|来た|来る|いる)(?:以上|からには|なら|のなら|んなら|んやったら))'
const CONFORMED = '(?:合わせ|あわせ|従|したが|倣|なら[うえわっつ]|覚え|話せ|話さ|溶け込|同化|染まっ)'
const DUTY = '(?:べき|が筋|のが筋|のが当然|のが当たり前|が当たり前|のが礼儀|のがマナー|て(?:もら|ほし|欲し|いただ|くれ)|なさい|(?<![ぁ-ゖ])ろ(?![ぁ-ゖ一-龥])|ないと(?:いけ|だめ|ダメ|あかん)|なきゃ|んといかん|なあかん|ないかん|させ(?:る|た)べき|させ(?:る|た)(?:ほう|方)が)'
const UNTAXED = '(?:税金|住民税|税)(?:も|を|は|ば)?[、,]?(?:ろくに|まともに|ちゃんと|一円も|1円も|ろくすっぽ)?(?:(?:払|はら)(?:わ(?:ない|ん|ず|ねえ)|っ(?:て|と)(?:い|お)?(?:ない|ねえ|らん|ん|ません))|(?:納め|おさめ)(?:(?:て|と)(?:い|お)?)?(?:ない|らん|ん|ません|ず))'
const SCORNED = '(?:連中|奴|やつ|ヤツ|くせ|のに|とに|人たち|人ら|もん|やろ|でしょ|だろ|じゃん|やん)'
const KEEP_OUT90 = '(?:口(?:出し|を出さ|ば出さ|を挟ま|ば挟ま|を挟む)(?:を)?(?:し|せ)?(?:ないで|んで|るな|んな|すんな|するな|ないでほし|んでほし|ないでもらい|させるな|させないで|ないでくれ|んでくれ|てほしくない|てほしく)|口出し(?:は)?(?:無用|お断り|いらん|いらない|すんな|するな))'
export const R90_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DISTRICT}${KIDS90}${JOINED}[、,]?[^。！？!?\\n]{0,14}?${SPOILED}`),
    instead: '地区や住む場所で子どもや住民をひとまとめにした見方を伝えず、統合の進め方と市の対応を書いてください（例：「統合に向けて、両校の交流授業を重ねていきます」）',
    keep: (fo, s) => !RUMOUR_NAMED.test(fo.slice(s.start, Math.min(fo.length, s.end + 60))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CONFORM_GROUND}[、,]?[^。！？!?\\n]{0,24}?${CONFORMED}[^。！？!?\\n]{0,10}?${DUTY}`),
    instead: '「日本なのだから合わせるべき」と求めず、市や学校が行っている対応を書いてください（例：「除去食や代替食にも、できる範囲で対応しています」）',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !RUMOUR_NAMED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN90}(?:は|って|なんか|なんて|ちゃ|も|が|の)?[、,]?[^。！？!?\\n]{0,30}?(?:どうせ[^。！？!?\\n]{0,8}?${UNTAXED}|${UNTAXED}[^。！？!?\\n]{0,4}?${SCORNED}|${KEEP_OUT90})`),
    instead: '国籍などで人をひとまとめにして負担や発言の資格を決めつけず、説明会の内容を書いてください（例：「説明会には多くの方にご参加いただきました」）',
    keep: (fo, s, a) => !RUMOUR_NAMED.test(fo.slice(a, Math.min(fo.length, s.end + 60))) && !/(?:という|との|といつた|つて)(?:うわさ|噂|話|でま|書き込み|投稿|声)/u.test(fo.slice(a, Math.min(fo.length, s.end + 20))),
  },
]
/**
 * Round 100 (blind R100A/R101A). Block kinds (R100_EARLY, ahead of the other phrases):
 * - People chosen by race (欧米系の白人さんだけにしぼって集めてます, エキストラは白人限定) or a race said to spoil the picture (アジア系の人が
 *   映ると映えん): a race or skin colour named of people, then だけ/のみ/限定 with a choosing verb, or 映えない/絵にならない. Not
 *   …だけでなく, not food or goods (アジア系の食材), not a post against it (差別, 多様性).
 * - A group's growth unwanted (外国籍の子が増えると…面倒なので、あまり増えてほしくない): a group, then 増えてほしくない / 来てほしくない
 *   or 増えると…面倒・厄介・迷惑. Not a need met (増えているため、…を増やしました), not 困る of the city's own shortage.
 * - A disabled group sent apart or made onlookers as a suggestion (特別支援学級の子たちは…別のところで見学してもらえばいい): the group, then
 *   別のところ・別室・見学 and a 〜ばいい / ほうがいい ending. Not a room offered for their ease (用意, 休める, 希望), not a route (段差, 入口).
 * Warn kinds (R100, after the groups):
 * - Innuendo: the night said to go on (夜はまだまだこれから, 今夜はここからが本番) with a coy aside or a smirk (詳しくは言えませんけど,
 *   ご想像に, 😏). Not a festival's evening programme (詳しくはプログラムを).
 * - A child named by a weak ability laughed at (足の遅い子が…誰も見とらんよ😂, 泳げない子…ｗ): not 笑顔, not the writer's own past.
 */
const RACE100 = '(?:(?:欧米|アジア|東南アジア|南アジア|アフリカ|ラテン|中東|ヨーロッパ|西洋|東洋|北欧|南米|インド|アラブ)系|白人|黒人|金髪碧眼|肌の(?:白|黒)い)'
const RACED = `${RACE100}(?:の)?(?:${RACE100})?(?:の)?(?:さん|人|方|男性|女性|モデル|子|お客様|お客さん|外国人|エキストラ|出演者|俳優|タレント|スタッフ|観光客)?(?:さん|たち|の方)?`
const CHOSEN = `${RACED}(?:だけ(?!で(?:な|は)|じゃ(?:な|の))|のみ|限定|ばっかり|ばかり)(?:に|を|で|の)?[^。！？!?\\n]{0,12}?(?:しぼ|絞|集め|募集|選|起用|採用|揃え|そろえ|お願い|出演|キャスティング|です|でした|や(?:けん|ね|よ)?[。！!]|[。！!])|${RACED}(?:だけ|のみ|以外)(?:は|を)?[^。！？!?\\n]{0,6}?(?:お断り|不可|ng|だめ|ダメ|いらない|いらん|要らない)`
const SPOILS = `${RACED}(?:が|は|だと|やと|じゃ|ば)[^。！？!?\\n]{0,12}?(?:映え(?:ない|ん|ません|へん|なか|ないし)|絵に(?:ならな|ならん|なりません)|見栄えが(?:悪|しな|せん)|イメージ(?:に合わ|が崩|と違)|雰囲気(?:が壊|に合わ)|画(?:面)?が(?:汚|地味))`
const RACE_OK = phrase('(?<!被)差別|人権|偏見|多様性|多様な|共生|なくそう|いけません|許され|ではありません|わけではな|関係なく|問わず|問いません|どなたでも|食材|料理|雑貨|文化', 'u')
const GROUP100 = `(?:${RESIDENTS}|外国(?:籍|人)?(?:の)?(?:子|子ども|お子さん|方|人|家族|住民|世帯)|ムスリム|イスラム教徒|(?:障害|障がい)(?:者|児)|(?:障害|障がい)の(?:ある)?(?:子|方|人)|${NATION}(?:人|系|籍))(?:の)?(?:子|子ども|お子さん|方|人|家庭|世帯|住民|家族|観光客|実習生)?(?:たち|さん)?`
const UNWANTED = `${GROUP100}(?:が|は|に|も)?[、,]?[^。！？!?\\n]{0,40}?(?:(?:増え|来|住ん|入っ)て(?:ほしく|欲しく|もらいたく)(?:ない|なか|ありません|ねえ|ねー)|増え(?:ると|たら|れば|ても)[、,]?[^。！？!?\\n]{0,30}?(?:面倒|めんどう|めんどくさ|面倒くさ|厄介|やっかい|迷惑|勘弁|かなわん|たまらん|嫌(?:だ|です|な|や)|いや(?:だ|です|や)))`
const UNWANTED_OK = phrase('(?<!被)差別|偏見|決めつけ|思い込み|と思っていませんか|ではありません|わけではな|いけません|許され', 'u')
const SPECIAL = `(?:特別支援(?:学級|学校|クラス)?の(?:子|子ども|お子さん|児童|生徒)|支援(?:学級|級)の(?:子|子ども|お子さん|児童|生徒)|${DISABLED})(?:たち|さん|ら)?`
const APART100 = `${SPECIAL}(?:は|には|って|なら)[、,]?[^。！？!?\\n]{0,40}?(?:別の(?:ところ|所|場所|部屋|会場|日|日程|コース)|別室|別会場|別日|見学|参加(?:せ|し)(?:ず|ないで|んで)|外れ|はずれ|抜け)[^。！？!?\\n]{0,16}?(?:(?:ば|たら|りゃ)(?:いい|よい|良い|よか|ええ)|(?:ほう|方)が(?:いい|よい|良い|よか|ええ|無難|安心)|で(?:いい|よい|良い|よか|ええ)(?:と|よ|です|でしょ|ん|[。！!]|$)|べき|もらいましょう|させましょう)`
const APART_OK = phrase('用意|設け|休め|落ち着|希望|ご本人|本人の|選べ|選択|自由に|一緒に|も参加|段差|入口|入り口|スロープ|エレベーター|バリアフリー|(?<!被)差別|偏見|ではありません|わけではな|いけません', 'u')
export const R100_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CHOSEN}|${SPOILS}`),
    instead: '人種や肌の色で人を選んだり、映える・映えないと評したりせず、募集の内容そのものを書いてください（例：「観光動画のエキストラを募集しています。どなたでもご応募いただけます」）',
    keep: (fo, s) => !RACE_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(UNWANTED),
    instead: '特定の属性の人が増えることを迷惑がらず、提供している対応そのものを書いてください（例：「宗教上の理由で食べられないものがあるお子さんには、個別に相談を受け付けています」）',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !UNWANTED_OK.test(sen) && !AWARENESS.test(sen) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(APART100),
    instead: '障害を理由に子どもを行事から外したり別の場所へ移したりせず、参加のための配慮そのものを書いてください（例：「一人ひとりに合わせた参加の仕方を、担任と相談して決めています」）',
    keep: (fo, s) => !APART_OK.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 104 (blind R104A/R105A). Block kinds (R104_EARLY, ahead of the other phrases):
 * - Children of a protected family status or group presumed troublesome as a rule (正直、片親の家の子はやっぱり落ち着きがない子が多くて
 *   手がかかります, 母子家庭の子はどうしてもしつけがなってないことが多い, 施設の子って問題ばかり起こすもんね): the group's children (片親,
 *   ひとり親, 母子家庭, 父子家庭, 生活保護の家庭, 施設, 外国人, 障がいのある) + a negative trait (落ち着きがない, 手がかかる, 問題が多い,
 *   しつけがなってない, 乱暴, 荒れ) + a "typically" (やっぱり, どうしても, 多い, がち, ばかり, もの). Not help described (支援, サポート,
 *   相談, 手続き), not the prejudice named (偏見, 思われがち).
 * - A sex-based put-down told as the writer's own thought (男のくせに1年も休むとか職場に迷惑だろう、と正直思いました, 女だてらに…と
 *   思った): 男/女 + のくせに/だてらに + と思った/感じた (own view). Not 思われる (passive), not a quoted example condemned (偏見, 差別).
 * Warn kinds (R104, after the groups):
 * - Staff looks used as a draw (新人の先生たち、みんなアイドル並みにかわいいので、見学に来たらびっくりしますよ, 美人スタッフに会いに来て):
 *   staff (先生, 職員, 保育士, スタッフ, 受付) + looks (アイドル並み, 美人, イケメン, かわいい) + come and see; not children or things.
 * - 夜のほう + がんばって/元気 + a leer or a second child (夜のほうもがんばって、そろそろ第2子も…？😏): sexual innuendo; not a job or a study.
 * - Someone's belly teased (パパのぽっこりビール腹🐷, 課長の中年太りのお腹（笑）): a person + ぽっこり/ビール腹/中年太り + a pig or a laugh.
 * - Old people laughed at by age and sleep or hearing (平均年齢が70歳超えとって…何人か寝とらした😂 耳の遠かけん): an age or the old +
 *   sleeping, dozing or deafness + a laugh; not care (マイク, 補聴器, ゆっくり), not health.
 * The stamina-food night of round 61 now takes 張り切る/ハッスル/燃える as the partner's act too (今夜は旦那さんも張り切るかもね😏).
 */
const GROUP_KIDS = '(?:片親|ひとり親|一人親|母子家庭|父子家庭|母子世帯|父子世帯|シングルマザー|シングルファザー|生活保護(?:の|を受けている|を受けとる|受給)?(?:家庭|世帯)?|(?:児童)?(?:養護)?施設|外国人|外国籍|外国ルーツ|障(?:害|がい|碍)(?:の)?ある|貧乏な|貧しい)(?:の|ん)?(?:ご)?(?:家|家庭|世帯|うち|お宅)?(?:の|ん)?(?:子|子ども|子供|こども|お子さん|お子様|児童|生徒)(?:たち|達|ら)?'
const NEG_KID = '(?:落ち着き(?:が|の)?(?:ない|なか|無い)|落ち着かな|手(?:が|の)?(?:かか|掛か)|問題(?:が|の)?(?:多|ある|あり)|問題(?:を|ば|ばかり|ばっかり|ばっか)?(?:起こ|おこ)|しつけ(?:が)?(?:なって(?:い)?な|なっとらん|できて(?:い)?な|悪|甘)|乱暴|荒れ|非行|キレやす|切れやす|言うこと(?:を|ば)?聞かな|わがまま|だらしな)'
const TYPICAL = phrase('やっぱり|やっぱ|やはり|どうしても|多い|多く|多か|がち|傾向|ばかり|ばっかり|ばっか|みんな|大体|だいたい|もの(?:です|だ|ね)|もん(?:です|だ|ね|やけん|やろ)', 'u')
const KIDS_OK = phrase('支援|サポート|寄り添|相談|手続き|申請|書類|(?<!被)差別|偏見|思い込み|決めつけ|思われがち|と言われ|とは限ら|わけではな|ではありません|誤解', 'u')
const SEX_PUT = '(?<![一-龥ぁ-ゖ])(?:男|女|男性|女性|男の子|女の子|男子|女子)(?:のくせ(?:に|して)|の癖に|だてらに)[^。！？!?\\n]{0,40}?(?:と|って)[、,]?(?:正直|本気で|内心|つい|ちょっと)?[、,]?(?:思(?:い|っ|う)|感じ|考え)'
const SEX_PUT_OK = phrase('(?<!被)差別|偏見|思い込み|決めつけ|固定観念|反省|いけない|いけません|やめ|[」』](?:という|といった|って|と言われ|と言う)', 'u')
export const R104_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${GROUP_KIDS}[^。！？!?\\n]{0,24}?${NEG_KID}`),
    instead: '家庭の状況や国籍などで子どもをひとまとめにせず、仕事の内容ややりがいそのものを書いてください（例：「一人ひとりの子どもに寄り添う、やりがいのあるお仕事です」）',
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return TYPICAL.test(t) && !KIDS_OK.test(t) && !PRESUMED_DENIED.test(fo.slice(b, Math.min(fo.length, b + 90))) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SEX_PUT),
    instead: '性別を理由に人をおとしめる言葉を使わず、制度や取り組みそのものを書いてください（例：「男性職員の育休取得が増えています」）',
    keep: (fo, s) => !SEX_PUT_OK.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 108 (blind R108A). Block kinds (R108_EARLY, ahead of the other phrases):
 * - A foreign group's aid put last (ベ ト ナ ム 人の実習生は日本語が通じんけん、避難所の配給は後回しでよかろ; the compact view joins the
 *   spaced letters): a foreign or protected group + an aid or a turn (配給, 物資, 受付, 順番) + 後回し/最後/一番後/別枠 + でよい/でいい/
 *   で構わない/にしよう. Not a question or the notion opposed (でしょうか, あってはならない, 差別), not a wish the person states (ご希望).
 * - A foreign group as the place to guard valuables (外国人の方の荷物の近くでは、念のため貴重品を身に着けておいてください): the group's
 *   荷物/そば/近く/周り + では/には + 貴重品/財布/鍵 + 身に着け/気をつけ/注意/管理. Not the group's own room or tent (留学生の部屋では), not a
 *   precaution about speaking or the aisle (ゆっくり話す, 通路).
 * Warn kinds (R108, after the groups):
 * - A district's residents looked down on as poor (…地区に住んどる人って、結局土地が安いけん住んどるっちゃろ😅 自己責任ですよね): 地区/地域
 *   に住んでいる人 + って/は + 土地が安い/家賃が安い/貧乏/お金がない + a verdict (自己責任, 結局, どうせ, 仕方ない) or a laugh; not
 *   support or a plan (支援, 補助, 制度).
 * - A bath or a changing room and a peep, with a leer (避難所のお風呂タイム、のぞいちゃダメだよ〜ぐふふ😏): sexual; not a warning or a
 *   screen (防止, 目隠し, 犯罪), not a view from a window or a baby.
 * - The old's early rising made the joke (避難所のじいちゃんばあちゃん、朝4時から起きてラジオ体操始めるけん…ゾンビ状態😂 年寄りの朝の早さ
 *   には勝てん): the old + 朝が早い/早起き/朝N時から起き + a laugh in the paragraph; stereotype; not thanks or care (感謝, 配慮).
 */
const AID_GROUP = `(?:${GROUP86}|${DISMISSED})(?:の(?:方|人)(?:たち|達)?)?`
const AID = phrase('配給|支援|物資|食事|炊き出し|弁当|お弁当|給水|毛布|受付|入所|入居|避難|誘導|救助|救援|対応|順番|診察|治療|接種|配布|配付|手当|給付|保護|援助|食料|おにぎり|水', 'u')
const LAST108 = '(?:後回し|あと回し|あとまわし|後まわし|最後|さいご|一番後|いちばん後|一番最後|いちばん最後|別枠|後ろ|うしろ)'
const FINE = '(?:で|に|でも|は)?[、,]?(?:よい|良い|いい|よか|よかろ|ええ|構わ|かまわ|十分|じゅうぶん|充分|しよう|しましょう|せんね|しとけ|すべき|するべき|すりゃ)'
const AID_OK = phrase('(?<!被)差別|偏見|人権|でしょうか|のか[。？?]|あっては(?:なら|いけ)|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|いけない|いけません|許され|ご希望|希望(?:する|される|の)|という(?:ご)?(?:声|意見)|との(?:ご)?(?:声|意見)|しない|せず', 'u')
const NEAR_GROUP = `${GROUP86}(?:の(?:方|人)(?:たち|達)?)?の(?:荷物|持ち物|手荷物|そば|側|近く|周り|まわり|隣|となり|付近)(?:の(?:近く|そば|周り|まわり|付近))?(?:では|には|で|に(?:いる|行く|近づく|寄る)(?:とき|時|際)(?:は)?)[、,]?[^。！？!?\\n]{0,30}?(?:貴重品|財布|さいふ|現金|お金|カバン|かばん|バッグ|スマホ|携帯|鍵|カギ)[^。！？!?\\n]{0,20}?(?:身に(?:着|つ|付)け|気を(?:つけ|付け)|注意|用心|離さ|手放さ|しまっ|しまい|管理|目を離|持ち歩|肌身)`
const NEAR_OK = phrase('(?<!被)差別|偏見|人権|誤解|決めつけ|通路|話す|話し|ゆっくり|やさしい日本語|通訳', 'u')
export const R108_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AID_GROUP}[^。！？!?\\n]{0,40}?${LAST108}[^。！？!?\\n]{0,2}?${FINE}`),
    instead: '国籍や言葉などを理由に支援の順番を後回しにせず、通訳や案内など支援の方法そのものを書いてください（例：「外国人の方には、やさしい日本語と通訳で配給をご案内します」）',
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return AID.test(t) && !AID_OK.test(fo.slice(a, Math.min(s.end, b + 16))) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(NEAR_GROUP),
    instead: '国籍などで人を盗みと結びつけず、すべての方に向けて貴重品の管理を呼びかけてください（例：「避難所では、貴重品は各自で身に着けて管理してください」）',
    keep: (fo, s) => !NEAR_OK.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R264Y-029 kind (dec11): people named by the land they or their family came from, in any phrasing (外国から来た家庭の子,
 * 外国にルーツを持つ子, 外国籍の家族, ベトナムから移り住んだ方), on top of the dec10 names (外国籍の方, 中国人, 実習生).
 */
const ORIGIN_D11 = `(?:${ORIGIN_D10}|(?:外国|(?<![一-龥])(?:${NATION.replace('|海外', '').replace('|他国', '').replace('|外国', '')}))から(?:来た|来られた|きた|来とる|来てる|来ている|来ちょる|移り住んだ|移住した|越してきた|引っ越してきた)(?:方|人|家庭|家族|世帯|子|子ども|子供|お子さん|人たち)|外国(?:に)?ルーツ(?:を|の)?(?:持つ|もつ|ある)?(?:方|人|家庭|家族|子|子ども|子供|お子さん)|外国籍の(?:家庭|家族|世帯|子|子ども|子供|お子さん))(?:の(?:子|子ども|子供|お子さん|生徒|児童))?(?:たち|ら)?`
/** Blind R265G-040 kind (dec11): a people named by a hint rather than a country (大陸の方, 半島の人, 例の国の連中). */
const HINTED_PEOPLE = '(?:大陸|半島|例の国|某国|隣の国|お隣の国|隣国|あちらの国|あの国)(?:の|ん|から(?:来た|の))(?:方々|方|人たち|人|連中|系)|(?<![一-龥])(?:大陸|半島)系'
/** Blind R265G-001 kind (dec11): a person named by a role on the staff or in office. */
const ROLE_D11 = '(?:(?:女性|男性|女子|男子|新人|若手)?(?:課長|係長|部長|室長|所長|局長|市長|副市長|町長|議員|市議|職員|スタッフ|担当者|アナウンサー|広報官|報道官|秘書|窓口の方|受付の方|先生|講師|ガイド|船頭)|(?<![一-龥])(?:女性|男性))'
/** Blind R266W-014 kind (dec11): the leave or the care the paragraph speaks of as support (代替職員を配置, 取りやすい職場, マタハラ). */
const LEAVE_SUPPORTED = phrase('代替|代わりの職員|補充|応援職員|配置し|支え合|取りやすい|取得(?:を)?(?:推進|促進|応援)|取得率|推進|制度|ないよう|軽減|マタハラ|ハラスメント|(?<!被)差別|偏見|安心して', 'u')
export const R_D11_EARLY: Phrase[] = [
  // Blind R264Y-029 kind (dec11): a school, a district or a team said to have many children or families of foreign origin, and that given as
  // the reason its manners or rules are bad (外国から来た家庭の子が多いけん、試合のマナーが悪かとも仕方なか; 外国籍の家族が増えたので規律が乱れる):
  // bad conduct presumed of a people, block, in dialect too. Not a help given for the number (多いので多言語の案内を), nor rules kept
  // (守られるよう分別表を配布).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D11}(?:が|も)[、,]?(?:(?:とても|かなり|だいぶ|ずいぶん|最近|年々)[、,]?)?(?:多い|多か|多く(?:て|[、,])|増え(?:た|て(?:き(?:た|て|とる))?|とる)?|増加し(?:た|て)|目立つ|ばかり|ばっかり|だらけ)(?:けん|ので|から|ため|し|せいで|せいか|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:マナー|ルール|決まり|きまり|行儀|態度|素行|治安|規律|風紀|言葉遣い|言葉づかい|民度|しつけ|躾)(?:が|も|の)?(?:悪|わる|なってな|守られ(?:ない|ん|へん|ず)|守れ(?:ない|ん|へん|ず)|乱れ|荒れ|低)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !R24_CONSIDERATE.test(fo.slice(s.start, s.end)) && !SHARE_DENIED.test(fo.slice(b, s.end)),
  },
  // Blind R265G-040 kind (dec11): a wrong (an impersonating account, a scam mail, graffiti) guessed to be a people's doing with nothing but a
  // hunch (日本語が不自然で…大陸の方の仕業かも, 外国人の犯行ではないでしょうか): a people made the suspect, warn. Not when the guess is named
  // groundless (外国人の犯行と決めつけるのは…, 根拠のない噂), nor a people as the target (中国人観光客を狙った犯行).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ORIGIN_D11}|${HINTED_PEOPLE})(?:の|による|が)(?:仕業|しわざ|犯行|手口|やったこと|書いたもの|関与)[^。！？!?\\n]{0,10}?(?:かも|のでは|んでは|(?:では|じゃ)(?:ない|なか)(?:か|でしょうか|だろうか|やろか|ですか|かな|の[？?])|んじゃ|でしょう(?!か)|だろう|やろ|に違いな|にちがいな|と思|っぽ|らしい|ごたる|くさい|臭い|と疑)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SUSPECTED_OK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R265G-001 kind (dec11): someone on the staff or in office said to be too good-looking and made the talk of it (女性課長がきれいすぎると
  // 話題に), or her face watched instead of her words (お詫びの内容より顔ばかり見られていた): her looks over her work, warn. Not a dish or a
  // place (料理の内容より見た目ばかり), nor looks named as a thing to stop (容姿ばかり取り上げるのはやめましょう).
  {
    rule: 'decency/lookism',
    re: phrase(`${ROLE_D11}(?:さん)?(?:が|は|って|も)[、,]?[^。！？!?\\n]{0,6}?(?:きれい|綺麗|美人|美し|かわい|可愛|イケメン|かっこよ|カッコよ|男前|セクシー|色っぽ)(?:すぎ|過ぎ)(?:る|て|と)?(?:と|って)?[^。！？!?\\n]{0,4}?(?:話題|評判|噂|うわさ|注目|バズ|大人気)|(?:中身|内容|質問|発言|話|仕事|政策|答弁|演説|説明|発表|実績|お詫び|謝罪|会見)(?:より(?:も)?|そっちのけで|はさておき)[、,]?[^。！？!?\\n]{0,8}?(?:顔|容姿|見た目|ルックス|美貌|スタイル|服装|姿)(?:ばかり|ばっかり)(?:が)?[^。！？!?\\n]{0,4}?(?:見られ|見て(?:しま|い|た)|見ちゃ|注目され|話題に|目が(?:いっ|行っ|いく|行く))`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)) && TEASED_RE.test(fo) && !/料理|商品|作品|建物|景色|でざいん|ぱつけーじ/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R266W-014 kind (dec11): staff taking maternity or childcare leave told as a burden on the ones left (産休に入る職員が出ました…授かり
  // ものとはいえ、残された係はてんてこまい; 育休の職員の穴を埋めるのが大変, しわ寄せ): the leave resented (マタハラ), warn. Not the leave
  // covered or backed (代替職員を配置, 取りやすい職場, 負担が偏らないよう), nor the work handed over plainly.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:産休|育休|産育休|産前産後休(?:暇|業)|育児休(?:暇|業)|出産休暇|つわり)[^\\n]{0,60}?(?:(?:残された|残った|取り残された)(?:係|課|班|職員|メンバー|人たち|人|者|側|私たち|こちら|チーム|みんな|スタッフ)(?:は|の|が|も)?[^。！？!?\\n]{0,10}?(?:てんてこ(?:まい|舞い)|大忙し|大変|ヘトヘト|へとへと|悲鳴|パンク|火の車|地獄|修羅場|きつ|しんど|負担)|しわ寄せ|(?:穴|欠員)(?:を|が)(?:埋め|うめ)る(?:の|のが|のは)?[^。！？!?\\n]{0,4}?(?:大変|きつ|しんど|一苦労|苦労)|迷惑(?:を|が)?(?:かけ|かか|被)(?:られ|って))'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo) => !LEAVE_SUPPORTED.test(fo),
  },
]
/**
 * Blind W21 (R184I-R187I):
 * - the account's own people owning up to gazing at women or girls for pleasure (浴衣の女の子たちを眺めるのが毎年の楽しみ, 水着の
 *   お姉さんに見とれて): `decency/sexual` warn; not children or one's own kin, not a class, a dance or a show the gaze is on;
 * - a named or dated disaster set beside a joke (熊本地震のときに比べたら…ノーカンですね（笑）, 令和5年の大雨のときの水の音に比べたら…
 *   （笑）): `decency/insensitive` block; not a comparison told in earnest (備蓄の意識は高まりました), not the lesson kept;
 * - a foreign group, named by where it came from too (外国から来た観光客), labelled as people who do not understand however told
 *   (言っても分からない方たち): discriminatory block; not a language barrier met with help;
 * - a group put last in a queue by policy (外国籍の方を後回しにして, 高齢の方の受付は最後に): discriminatory block; not priority, not
 *   the practice denied or named as a wrong (後回しにされがち, 後回しにすることはありません).
 */
/** A foreign group, by nationality, by a region or by where it came from (外国から来た観光客, アジアからの団体さん). */
const FROM_ABROAD = `(?:${NATION})から(?:来た|来られた|来とる|来てる|来ている|来よる|いらした|いらっしゃった|お越しの|お越しになった|来日した)[^。！？!?\\n、]{0,4}?(?:観光客|お客|方|人|団体|旅行者|労働者|実習生|留学生|家族|住民)`
const FOREIGN_W21 = `(?:${VISITORS}|${FROM_ABROAD}|(?:${NATION})からの(?:団体|グループ|旅行者|労働者))`
/** Women or girls, maybe named by what they wear (浴衣の女の子たち, 水着姿のお姉さん). */
const WOMEN_W21 = '(?:(?:浴衣|ゆかた|水着|着物|晴れ着|袴|制服|ドレス|ミニスカ(?:ート)?|ビキニ)(?:姿)?(?:の|ん))?(?:若い|若か|かわいい|かわいか|可愛い|きれいな|綺麗な|美人の)?(?:女の子|女性|女子|お姉さん|お姉ちゃん|娘さん|ギャル|美女|美人(?!の?湯)|女子大生|女子高生|奥さん|ママさん)(?:たち|達|陣|ら|の皆さん)?'
/** The account's own people, or men, as the ones who gaze (男性職員は, 僕たちも, スタッフ一同): not visitors told of. */
const GAZER = '(?:(?:男性|男子|おじさん|おっちゃん|男衆|若手|ベテラン)?(?:職員|スタッフ|係員|隊員|団員|陣)|(?<![一-龥])(?:男性|男子|男衆)(?:陣)?|おじさん|おっちゃん|僕|ぼく|俺|おれ|私|わたし|自分|我々|われわれ|係長|課長|部長|室長|所長|市長|船頭)(?:さん)?(?:たち|達|一同|ら|の皆さん)?'
/** … gazed at (眺める, 見る, 見つめる, 拝む) as a pleasure (のが楽しみ, が目の保養, ご褒美) … */
const GAZED = `${WOMEN_W21}(?:を|ば)[、,]?(?:じっくり|ゆっくり|こっそり|ひそかに|密かに|ぼーっと|ずっと|間近で|近くで)?(?:眺め|ながめ|見つめ|見(?!守|送|かけ|つけ|学|物|せ|直|逃|える|え)|鑑賞|観賞|拝|おが)[ぁ-ゖ]{0,4}?(?:(?:に)?(?:行|い)く)?(?:の|こと)(?:が|は|も|を)[、,]?[^。！？!?\\n]{0,10}?(?:楽しみ|たのしみ|癒し|癒やし|いやし|至福|ご褒美|ごほうび|生きがい|生き甲斐|目の保養|眼福|目当て|醍醐味|役得|密かな)|${WOMEN_W21}(?:に|ば)[、,]?(?:${GAZER}(?:は|も|が)[、,]?)?(?:つい|ついつい|思わず|みんな)?(?:見とれ|見惚れ|みとれ|目を奪われ|釘付け|くぎ付け|くぎづけ)`
/**
 * Blind R245M-029 kind: women or girls named as the sight worth the trip (若い女の子を眺めに来るだけでも価値あり, 浴衣美人を見に来て):
 * an invitation to gaze at them, sexual warn. Not children, a dance or a show (GAZE_OK).
 */
const GAZE_TRIP = `${WOMEN_W21}(?:を|ば)[、,]?(?:眺め|ながめ|見|拝み|おがみ)に(?:来|き|く|行|い|お越し|おいで)[^。！？!?\\n]{0,12}?(?:価値|甲斐|かい(?:が|あり)|だけでも|目当て|おすすめ|オススメ|お勧め|最高|楽しみ|ご褒美|眼福|目の保養)`
const GAZE_OK = phrase('子ども|子供|こども|園児|児童|生徒|小学生|中学生|孫|赤ちゃん|着付け|教室|講座|踊り|演技|演奏|ダンス|舞|パフォーマンス|作品|写真展|ファッションショー|成長', 'u')
/** A disaster named or dated (熊本地震, 東日本大震災, 令和5年の大雨, 3年前の豪雨). */
const DISASTER_W21 = '(?:熊本|東日本|阪神(?:・?淡路)?|能登(?:半島)?|(?:新潟県)?中越(?:沖)?|胆振東部|北海道胆振東部|大阪(?:府)?北部|福岡県西方沖|関東|鳥取(?:県)?中部|宮城県沖)(?:大)?(?:地震|震災)|(?:九州北部|北部九州|西日本|九州|熊本|筑後|平成|令和)(?:[0-9０-９]{1,2}年)?(?:7月)?豪雨|(?:令和|平成|昭和)(?:[0-9０-９]{1,2}|元|[一二三四五六七八九十]{1,3})年(?:[0-9０-９]{1,2}月)?(?:の)?(?:九州北部|西日本|梅雨前線|台風[0-9０-９]{1,2}号)?(?:の|による)?(?:大雨|豪雨|水害|洪水|台風|地震|震災|土砂災害|災害|浸水|大水|高潮|竜巻)|(?:[0-9０-９一二三四五六七八九十]{1,2}年前|去年|昨年|おととし|一昨年)の(?:豪雨|水害|洪水|震災|土砂災害|大地震)'
/** … compared with (に比べたら, のときの…と比べれば, より) … */
const COMPARED_W21 = `(?:${DISASTER_W21})(?:の)?(?:とき|時|頃|ころ|際)?(?:の[^。！？!?\\n、]{0,12}?)?(?:に|と)?[、,]?(?:比べ(?:たら|れば|ると|て|りゃ)|くらべ(?:たら|れば|ると|て|りゃ)|比較(?:したら|すれば|すると)|より(?:は|も)?(?!前|後|以前|以降|も前|も後))`
/** … and made a joke of (（笑）, 笑, ｗ, 😂, ノーカン). */
const JOKED = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣😆]|ウケ(?:る|た)|ノーカン|ノーカウント`
/** A group kept waiting by policy: the foreign, the disabled, the old. */
const QUEUED = `(?:${FOREIGN_W21}|日本語(?:が|を|の)?[^。！？!?\\n、]{0,8}?(?:話せ|読め|分から|わから|できな|不自由|苦手|不慣れ)(?:ない)?[^。！？!?\\n、]{0,4}?(?:方|人|お客様|お客さま)|${TURNED36}|${AGED}|(?:ご)?高齢(?:の)?(?:お客様|お客さま))`
/** … put last (後回しに, 最後に回し, 一番あとに): not passive (後回しにされ), not denied (ことはありません). */
const LAST_W21 = '(?:後回し|あと回し|後まわし|あとまわし)(?:に)?(?!され|にされ)|(?:一番|いちばん)?(?:最後|あと|後)(?:に|へ)(?:回し|回っ|まわし|まわっ|させ|し(?:て|ま))'
const QUEUE_DENIED = phrase('^[^。！？!?\\n]{0,6}?(?:(?:する|いたす|致す|される)?(?:こと|よう|の)(?:は|も)?(?:ありません|ございません|ない|なく|いたしません|しません)|(?:は|も)?(?:いたし|致し|し)ません|ないよう|ません)', 'u')
/**
 * Blind R245M-030 kind: a foreign group named in the paragraph, then judged less able than the Japanese (やはり日本人ほど手先は器用では
 * ない, 日本人に比べて仕事が雑, 日本人のようには覚えが早くない): ability put down to nationality, discriminatory block. Not language told
 * (日本語は日本人ほど上手ではありませんが), not the notion answered (というのは偏見です).
 */
const LESS_ABLE = '日本人(?:ほど|ほどは|ほどには|みたいに(?:は)?|のように(?:は)?|並み(?:に|には)|と(?:比べ|くらべ)(?:て|ると|たら)|に(?:比べ|くらべ)(?:て|ると|たら)|より(?:も)?)[、,]?[^。！？!?\\n]{0,10}?(?:(?:手先|手|仕事|作業|覚え|飲み込み|のみこみ|物覚え|頭)(?:が|は|も)?[、,]?(?:器用|丁寧|正確|早|速|はや|いい|良|よ)(?:く|で|では|じゃ)?(?:は|も)?(?:ない|なか|ありません|ございません)|(?:器用|勤勉|真面目|まじめ|几帳面|丁寧|正確|賢)(?:で|では|じゃ|く)(?:は)?(?:ない|なか|ありません|ございません)|(?:劣|おと)(?:る|り|っ)|不器用|雑|遅|のろ|いい加減)'
const FOREIGN_HERE_R245 = phrase('外国|技能実習生|実習生|特定技能|留学生|移民|難民|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー|タイ|インド|アフリカ|アジア)(?:人|系|出身|籍|から|の方|の人)', 'u')
const LESS_ABLE_OK = phrase('日本語|言葉|ことば|会話|方言|発音|偏見|差別|思い込み|決めつけ|誤解|そんなことは', 'u')
/**
 * Blind R246S-029 kind (dec7): a family named by the parent it lacks (お父さんがいないご家庭, 母親のいない子, ひとり親家庭) then presumed
 * to be struggling, lonely or pitiable (何かと苦しいでしょうから, さぞ寂しいはず): pity that decides the family's situation for it,
 * stereotype warn. Not a support told plainly (ひとり親家庭の方は、児童扶養手当の対象です), not the presumption answered (とは限りません).
 */
const LACKING_FAMILY = '(?:(?:母子|父子|ひとり親|一人親|片親)(?:の)?(?:ご)?(?:家庭|世帯)|シングル(?:マザー|ファザー)(?:の(?:ご)?(?:家庭|方))?|(?:お父さん|お母さん|お父様|お母様|父親|母親|両親|親御さん|親|パパ|ママ)(?:が|の)(?:いない|いらっしゃらない|おられない|おらん|不在の)(?:ご)?(?:家庭|世帯|お宅|お子さん|子ども|子供|子|家))(?:たち|達)?'
const PRESUMED_HARD = `(?:${LACKING_FAMILY})(?:の(?:方|皆さん|お子さん))?(?:は|って|では|だと)[、,]?[^。！？!?\\n]{0,12}?(?:何かと|なにかと|いろいろ|色々|さぞ(?:かし)?|きっと|どうしても|やはり|やっぱり)?[^。！？!?\\n]{0,6}?(?:苦し|大変|貧し|寂し|さみし|淋し|かわいそう|可哀想|可哀そう|不憫|肩身が狭|不自由|つら|辛)[^。！？!?\\n]{0,6}?(?:でしょう|でしょ|だろう|だろ|はず|に違いな|ですよね|よね)`
const PRESUMED_HARD_OK = phrase('とは限ら|ではありません|ではなく|決めつけ|思い込み|偏見|一概に|家庭によ|それぞれ', 'u')
/**
 * Blind R248B-052 kind (dec7): women on the staff named, then the serving chores handed to them (女性職員が増えて…お茶出しや電話番も
 * お任せできる, 女の子が入ったので雑用はお願いできる): a sex given the chores, discriminatory block. Not chores shared by turns or by all
 * (当番制, みんなで, 男女問わず), not the custom named to be dropped (性別による役割分担を見直し).
 */
const CHORE_D7 = '(?:お茶出し|お茶くみ|お茶汲み|お茶入れ|電話番|電話当番|電話の応対|電話応対|コピー取り|コピーとり|雑用|お酌)'
const CHORES_HANDED = `${CHORE_D7}(?:(?:や|と|、|も)${CHORE_D7}){0,3}(?:も|は|を|まで|なんか|なども|など)?[、,]?(?:安心して|気軽に|全部|ぜんぶ|すべて|全て|どんどん)?(?:お任せ|おまかせ|任せ|まかせ|お願い(?:でき|し(?:て|ちゃ|よう))|やってもら|担当してもら|頼め|頼ん|たのめ)`
const WOMEN_STAFF = phrase('(?<![一-龥])(?:女性|女子)(?:の)?(?:職員|スタッフ|社員|新人|陣|さん|の方)|女の子|女の人|若い女性|女性が', 'u')
const CHORES_OK = phrase('男女|性別|男性も女性も|女性も男性も|交代|交替|当番制|輪番|全員で|みんなで|皆で|固定観念|役割分担|押しつけ|押し付け|見直', 'u')
/**
 * Blind R248B-045 kind (dec7): a staff member given a body type as their role or title (課内で一番のぽっちゃり癒やし担当, ぽっちゃり枠,
 * 太っちょキャラ): the body made the joke of the introduction, lookism warn. Not an animal or a mascot (着ぐるみ, カピバラ), not a size
 * offered (ぽっちゃりさん向けのサイズ).
 */
const BODY_ROLE = '(?:ぽっちゃり|ポッチャリ|太っちょ|ふくよか|おデブ|デブ|でぶ|巨漢|チビ|ちび|ハゲ|はげ|ガリガリ|がりがり|メタボ)(?:体型|体形)?(?:の|な)?(?:癒やし|癒し|いやし|マスコット|ムードメーカー|お笑い|いじられ|イジられ|ネタ)?(?:担当|係|枠|キャラ|代表|要員|隊長|番長|王|女王|部門)|(?:課内|庁内|係内|職場|部署|チーム|課|係|役所)(?:で)?(?:一番|いちばん|イチ|随一|ナンバーワン|ナンバー1|no\\.?1)の(?:ぽっちゃり|ポッチャリ|太っちょ|ふくよか|おデブ|デブ|でぶ|巨漢|チビ|ちび|ハゲ|はげ|ガリガリ|がりがり|メタボ)'
const BODY_ROLE_WHO = phrase('職員|新人|スタッフ|課長|係長|部長|主任|先輩|後輩|課内|庁内|係内|同僚|若手|ベテラン|隊員|団員|メンバー|担当者|市長', 'u')
const BODY_ROLE_OK = phrase('着ぐるみ|ゆるキャラ|動物|猫|ねこ|犬|いぬ|カピバラ|パンダ|ペンギン|うさぎ|鯉|金魚|ハムスター|メダカ|サイズ|ダイエット|健康', 'u')
/**
 * Blind R249C-028 kind (dec7): readers told to look at a woman's body parts (うなじと脚線美に注目してね, 胸元もお見逃しなく), with a leer or
 * women named: the body offered to the gaze, sexual warn. Not a dressing or hair tip without a leer (着付けのポイント), not sport or care.
 */
const BODY_FOCUS_PART = '(?:うなじ|脚線美|美脚|胸元|お尻|おしり|ヒップ|太もも|ふともも|太腿|くびれ|谷間|ボディライン|生足|生脚|バスト|おっぱい|デコルテ|鎖骨)'
const BODY_FOCUS = `${BODY_FOCUS_PART}(?:(?:と|や|、|も)${BODY_FOCUS_PART}){0,2}(?:の(?:ライン|曲線|美しさ|チラ見え))?(?:に|を|にも|も)?[、,]?(?:ぜひ|ぜーんぶ|しっかり|じっくり|とくに|特に)?(?:(?:ご)?注目|注視|ガン見|チェック|お見逃しなく|見逃さ|見逃せ|見てね|見てください|見ていって|ご覧|拝ん)`
const BODY_FOCUS_CUE = phrase('[😏😘💋🫦🤤]|意味深|うふふ|むふふ|ぐふふ|ぐへへ|♡|💕|❤|美女|美人|女性|女の子|お姉さん|女子|浴衣|ゆかた|水着|娘さん|ギャル', 'u')
const BODY_FOCUS_OK = phrase('筋肉|筋トレ|トレーニング|ストレッチ|体操|健診|検診|日焼け|虫よけ|虫除け|けが|ケガ|怪我|痛|治療|マッサージ|着付け教室|骨格|選手', 'u')
/**
 * Blind R246S-030 kind (dec7): a closure forced by an outbreak (インフルで学級閉鎖, コロナで休校) made a treat for the children (ちょっとした
 * ボーナス休暇かも, プチ連休でラッキー, ゲーム三昧): levity at an epidemic, insensitive warn. Not a warning that the days off are not a
 * holiday (遊びに出かけないよう, ゲーム三昧にならないよう).
 */
const OUTBREAK_CLOSED = '(?:インフル(?:エンザ)?|コロナ|ノロ|感染症|感染|流行|溶連菌|はしか|麻疹|胃腸炎|風邪|かぜ|りんご病|手足口病|プール熱|アデノ)[^。！？!?\\n]{0,24}?(?:学級閉鎖|学年閉鎖|学校閉鎖|臨時休校|休校|休園|休講)[^\\n]{0,40}?(?:ボーナス|ご褒美|ごほうび|プチ(?:連休|休暇|夏休み|冬休み|春休み|バカンス)|ちょっとした(?:休暇|連休|お休み|夏休み|冬休み|春休み|バカンス|ご褒美)|臨時(?:の)?(?:連休|バカンス|ボーナス)|ラッキー|うらやまし|羨まし|ゲーム(?:三昧|し放題|やり放題)|遊び放題|大喜び|バカンス)'
const OUTBREAK_OK = phrase('ならないよう|ならないように|しないよう|しないように|ではありません|ではなく|じゃない|お休みではない|休暇ではない|不要不急|控えて|お控え', 'u')
export const W21: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(PRESUMED_HARD),
    need: ['家庭', '世帯', 'しんぐる', 'お宅', '子', '家'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !PRESUMED_HARD_OK.test(fo.slice(a, Math.min(s.end, b + 30))) && !NAMES_PREJUDICE.test(t) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(CHORES_HANDED),
    need: ['お茶', '電話', 'こぴー', '雑用', 'お酌'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => WOMEN_STAFF.test(fo.slice(Math.max(0, a - 120), a)) && !CHORES_OK.test(fo.slice(Math.max(0, a - 120), Math.min(s.end, b + 40))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(BODY_ROLE),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 40)); return BODY_ROLE_WHO.test(w) && !BODY_ROLE_OK.test(w) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/sexual',
    re: phrase(BODY_FOCUS),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 20)); return BODY_FOCUS_CUE.test(w) && !BODY_FOCUS_OK.test(w) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(OUTBREAK_CLOSED),
    need: ['閉鎖', '休校', '休園', '休講'],
    instead: '感染症の流行による休校や学級閉鎖を休暇や得のように書かず、感染予防の呼びかけや連絡先を書いてください（例：「学級閉鎖中は外出を控え、体調の変化に気をつけてください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !OUTBREAK_OK.test(fo.slice(a, Math.min(fo.length, b + 30))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(LESS_ABLE),
    need: ['日本人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => FOREIGN_HERE_R245.test(fo) && !LESS_ABLE_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${GAZED}|${GAZE_TRIP}`),
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !GAZE_OK.test(t) && !AWARENESS.test(t) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${COMPARED_W21}[^。！？!?\\n]{0,40}?(?:${JOKED})`),
    instead: '災害を笑いのたとえに使わず、「大雨の際は早めの避難をお願いします」のように必要な情報だけを書いてください',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_W21}[^。！？!?\\n]{0,30}?(?:言って|いって|言うて|注意して|説明して|お願いして)も[、,]?(?:分から|わから|通じ|理解でき|聞か|きか)(?:ない|ん|へん)(?:方|人|連中|奴|やつ|お客)(?:たち|達|ら|々|さん)?`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !HELP_MET90.test(t) && !phrase('日本語|英語|外国語|母語|母国語|言葉', 'u').test(t) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${QUEUED})(?:の(?:方|人|皆さん|皆様|お客様))?(?:(?:の)?(?:受付|手続き|案内|対応|順番|診察|乗船|乗車|入場|窓口)(?:は|を|も))?[、,]?(?:は|を|も)?[、,]?(?:すべて|全員|いつも|原則|原則として|基本的に|必ず|なるべく|できるだけ)?[、,]?(?:${LAST_W21})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !NAMES_PREJUDICE.test(t) && !QUEUE_DENIED.test(fo.slice(b, b + 20)) },
  },
]
W21.push(...HARM_AT_CHILDREN)
W21.push(...WOMAN_AS_DRAW)
W21.push(...SMOKERS_BODIES_DEMENTIA)
W21.push(...FAMILY_FORM_AND_CARCASS)
W21.push(...LEVITY_DEC_B)
W21.push(...PATRONISED_DCG)
W21.push(...PUBLIC_CONDUCT)
W21.push(...LEVITY_R414)
W21.push(...PRIZE_AND_FEAR)
/** Blind W23: a people judged foreign by the look of them (外国人っぽい人, 外人みたいな人, アジア系っぽい方). */
const FOREIGN_LOOK = '(?:外国(?:人|の方|の人)|外人|がいじん|(?:東南アジア|アジア|中東|南米|アフリカ|中国|韓国)(?:系|人))(?:っぽ(?:い|く)|ぽい|みたいな|風の|らしき|のような)(?:感じの)?(?:人|方|お客(?:さん|様|さま)|観光客|人たち|集団|グループ|団体)(?:たち|達|ら|々)?'
export const FOREIGN_SEEN = `(?:${FOREIGN_LOOK}|外国(?:人|籍)(?:の)?(?:方|人|お客(?:さん|様|さま)|観光客)?|外人|がいじん)`
/**
 * Blind R300S-001 kind (dec20): shops or stalls run by a foreign group (外国の方が出しているお店, ベトナム系の屋台) given a
 * negative trait (衛生面が不安, マナーが心配, 治安) and the readers advised to prefer others or keep away (地元の方のお店を選ばれる
 * ことをおすすめ, 避けた方が無難). The group, as the run shop's owner.
 */
export const FOREIGN_RUN = `(?:外国(?:人|籍)?(?:の)?(?:方|人|人たち|方々|業者|店主|オーナー|スタッフ)?|(?:${NATION})(?:人|系|籍|出身)(?:の)?(?:方|人|人たち|方々|業者|店主|オーナー|スタッフ)?|(?:${NATION})から(?:来た|の)(?:方|人|人たち))(?:が|の)?(?:出して(?:い|お)?る|出店して(?:い|お)?る|出店する|やって(?:い|お)?る|営(?:む|んで(?:い|お)?る)|経営(?:する|して(?:い|お)?る|の)|働いて(?:い|お)?る)?(?:お店|店|店舗|露店|屋台|出店|業者|宿|民泊|食堂|レストラン|ブース)`
/** Blind R303V-030 kind (dec20): the hedged national character said of a people or a region's visitors named (アジアからの団体のお客さま, 中国人観光客, 外国の方). */
export const PEOPLE_NAMED = phrase(`(?:${NATION})(?:人|系|籍|出身|から(?:の|来)|の(?:方|人|お客|観光客|団体|旅行者|皆さん))|外国(?:人|籍|の(?:方|人|お客|観光客))|インバウンド|訪日`, 'u')
/** Blind review (dec22) kind: 移住 alone is a move, not foreign roots (移住された方には冊子を); 海外から移住 still is. */
export const FOREIGN_ROOTS = phrase(`外国(?:に)?ルーツ|外国(?:人|籍)|外国の(?:方|人|子)|(?:${NATION})(?:人|系|籍|出身|から来)|海外から(?:来|の|移住)|留学生|実習生|研修生|移民|難民|帰国子女|ハーフ|ミックス`, 'u')
/** Blind W25: Japanese preferred for the work over a foreign group (日本人に任せた方が安心, 日本人の方が確実). */
export const JAPANESE_PREFERRED = '日本人(?:の(?:方|人|スタッフ|職員|作業員|従業員|社員))?(?:に|が)(?:(?:任せ|やらせ|お願いし|担当し)(?:た|る)|頼んだ|頼む|頼める)(?:方|ほう)が(?:安心|確実|無難|いい|良い|よい|間違いな|安全)|日本人(?:の)?(?:方|ほう)が(?:安心|信頼でき|信用でき|確実|丁寧|真面目|まじめ|仕事が(?:早|丁寧|確実))'
export const FOREIGN_TOPIC = phrase(`${FOREIGN_W19}|外国`, 'u')
export const PEOPLE_TOPIC_W27 = phrase(`${FOREIGN_W19}|外国|(?:${NATION})(?:から(?:の|来た)?|の)(?:団体|お客|観光客|方|人)|インバウンド`, 'u')
export const ORIGIN_FAULT_VETO = phrase(`拾(?:い|っ|う)|清掃|掃除|片付け|片づけ|回収|見つけ|発見|届け(?:て|られ)|ご迷惑をおかけ|申し訳|お詫び|おわび|遅延|欠航|(?:${ORIGIN_D56})と(?:一緒に|ともに|共に)?[、,]|(?:${ORIGIN_D56})(?:の(?:お客(?:様|さま|さん)|方々|方))?が多い(?:日|時間(?:帯)?|曜日|時期|便)(?:は|を)[、,]?[^。！？!?\\n]{0,12}?(?:混み合|込み合|混雑|満員|満席)|(?<!被)差別|偏見|決めつけ|とは限ら|ではありません|わけではな|関係なく|問わず|多言語|英語|中国語|韓国語|翻訳|通訳|やさしい日本語|伝わるよう|わかるよう|分かるよう|マナー向上|呼びかけ`, 'u')
/** … and a duty laid on them that the Japanese are spared (外国籍の…必ずご参加ください。日本人の保護者の方は任意です). */
export const JAPANESE_SPARED = `(?:外国(?:人|籍)|外国の方|(?:${NATION})(?:人|籍))[^\\n]{0,60}?(?:必ず|必須|義務|必要があります)[^\\n]{0,60}?日本(?:人|国籍)(?:の)?(?:方|保護者|皆さん|皆様|ご家庭|世帯)?(?:の方)?(?:は|には)[、,]?[^。！？!?\\n]{0,10}?(?:任意|不要|自由|免除|必要(?:は)?(?:ありません|ない|ございません)|結構|構いません|かまいません)`
export const JP_ONLY_VETO = phrase('奨学|永住|要件|要綱|規定|選挙|投票|公職|国籍条項|公権力|旅券|パスポート|国民年金|帰化|国籍取得|在留|法令|法律|条例|戸籍|住民基本台帳|公務員|消防|警察|自衛|(?<!被)差別|偏見|ではありません|わけではな|問わず|関係なく', 'u')
export const ORIGIN_WORRY_VETO = phrase('(?:ごみ|ゴミ)(?:の)?(?:量|回収|収集|処理|箱)|駐車|渋滞|多言語|英語|中国語|韓国語|翻訳|通訳|案内|呼びかけ|ピクト|という(?:ご)?(?:声|意見)|との(?:ご)?(?:声|意見)|(?<!被)差別|偏見|決めつけ|ではありません|とは限ら|混雑|混み合|ご迷惑', 'u')
/**
 * R330H-031 kind: a foreign (or disabled, or welfare) group's business said to take long and make the crowd or the wait (外国人住民の方の転入手続きは時間
 * がかかり、窓口混雑の原因となっております), or the Japanese told apart when the quiet hours are (日本人の方は、比較的すいている午前中のご来庁を
 * おすすめ): the group made the cause of a wait, block. Not help for them (通訳, やさしい日本語), not a season's rush.
 */
const SLOW_GROUP = `(?:外国(?:人|籍)(?:住民|市民)?(?:の(?:方|方々|皆さん|皆様))?|外国の方|(?:${NAMED_NATION})(?:人|籍|出身)(?:の方)?|留学生|実習生|障(?:害|がい|碍)(?:者|のある方|のある人)|車(?:椅子|いす)の(?:方|人)|生活保護(?:受給者|の方|を受けている方))`
export const CROWD_CAUSE = `${SLOW_GROUP}(?:の(?:ご|お)?[一-龥]{0,4}?(?:手続き|手続|申請|登録|更新|証明|届出|届け出|相談|対応|受付|利用|乗降|乗り降り|来庁|来館|窓口))?(?:は|が|には|で)[、,]?[^。！？!?\\n]{0,24}?(?:時間(?:が)?(?:かか|掛か)|手間(?:が)?(?:かか|取)|手間取|長引|時間を要)[^。！？!?\\n]{0,24}?(?:混雑|混み合|込み合|待ち時間(?:が)?(?:長|延|増)|お待たせ|行列|渋滞)|日本人(?:の方|の皆さん|の皆様|住民の方)?(?:は|には)[、,]?[^。！？!?\\n]{0,24}?(?:すいて|空いて|比較的|混雑(?:を避け|の少ない|しにくい))[^。！？!?\\n]{0,24}?(?:おすすめ|お勧め|オススメ|ご来庁|お越し|ご利用|ご来館)`
export const CROWD_CAUSE_TOPIC = phrase('外国|留学生|実習生|障(?:害|がい|碍)|車(?:椅子|いす)|生活保護', 'u')
/** The group words the district kind needs (folded: タイ, ブラジル), rarer than its endings (多い, なり). */
export const GROWN_NEED = ['外国', '実習生', '留学生', '移民', '難民', ...NAMED_NATION.split('|')].map(foldString)
export const REGION_D = `(?:${ORIGIN_PLACE}|東南アジア|南米|中南米|アフリカ|中東)(?:の)?(?:国々|国|諸国|各国|地域|方々|方|人たち|人々|人|出身の(?:方|人)(?:たち|々)?)?(?:では|は|って|には|の場合(?:は)?)[、,]?|(?:(?:技能)?実習生|留学生|研修生|移民|難民|外国人労働者)(?:の(?:方|皆さん|皆様|方々))?(?:たち|達)?(?:は|って|には|の場合(?:は)?)[、,]?`
export const FOREIGN_TOPIC_D = phrase(`外国|海外|ルーツ|国籍|実習生|留学生|移民|難民|ハーフ|日本語教室|(?:${NAMED_NATION})(?:人|系|出身|籍|から)`, 'u')
/**
 * Blind R376Z-056 kind: religion as a whole called a money-making or a con (どこの宗教も…結局お金儲けですからね, 宗教なんて所詮商売, 宗教って
 * みんな胡散臭い): contempt for every faith, discriminatory warn. Not a warning of a cult or a scam under a religion's name (霊感商法, 悪質な勧誘).
 */
export const FAITHS_DISMISSED = '(?:(?:どこ|どちら|どれ)の(?:宗教|宗派|お寺|寺|教会|教団)(?:も|だって|でも)|(?<![一-龥])(?:宗教|宗派)(?:なんて|なんか|って|は(?:どれも|みんな|結局|所詮|しょせん|どうせ)|も(?:結局|所詮|しょせん|どうせ)))[^。！？!?\\n]{0,24}?(?:お?金儲け|お?金もうけ|(?:結局|所詮|しょせん|どうせ)[^。！？!?\\n]{0,6}?(?:商売|びじねす|お?金)|詐欺|ぼったくり|いんちき|胡散臭|うさんくさ|洗脳|金目当て|金が目当て)'

/**
 * Blind R421W-010, R422X-014, R422X-047, R423Y-017, R423Y-034, R424Z-057 kinds (decA, wave 84): discrimination against a group told
 * as a statement, no slur in it. The groups: a people by nationality or origin (中国人, ベトナム籍の方, 外国の方, 外国人実習生, 留学生),
 * people on welfare (生活保護受給者, 生活保護を受けている世帯), the homeless (ホームレスの人たち, 路上生活者). Each reading is a block:
 * - Blind R421W-010 / R424Z-057 kind: people on welfare cast as idle as a whole, the group the topic and the idleness its predicate
 *   (…世帯には働く意欲のない方が多く, …は働こうとしない人ばかり) or the idle named as those the support reaches too (働かずに来た人たちにまで
 *   税金で…). A softening frame that sides with the view (という声があるのも理解できる, というのが…本音ではないでしょうか) stays a block;
 *   a view only relayed (という声があります) is a warn, and one answered (という声もありますが、…) or named a prejudice (決めつけ, 偏見,
 *   ではありません) nothing.
 * - Blind R422X-047 kind: a crime or nuisance (万引き, 盗難, 不法投棄, 落書き) put down to a group's arrival (…が来るようになってから,
 *   …が住み始めてからのこと), in the same sentence or one beside it.
 * - Blind R422X-014 kind: a sale, a loan or a deal refused to a group (…のバイヤーには…売らないよう, …の業者には卸さないで).
 * - Blind R423Y-017 kind: a group treated differently at a service anyone uses: an ID, a guarantor or a deposit asked of them alone
 *   at each loan, entry or purchase (外国籍の方への貸出の際は在留カードを確認); or a people said not to know or keep the rules as a whole
 *   (…はルールをご存じない方が多いため), unless help is what follows (多言語のチラシを用意).
 * - Blind R423Y-034 kind: a class pronoun (ああいう人たち, そういった方々) standing for a group named before it in the paragraph, and an
 *   exclusion said of it (利用をご遠慮いただく, 入店はお断り).
 * - Blind R451C-049 kind (wave 93): people on welfare, one-parent homes or the old as a whole (生活保護の人たち, 受給者, ひとり親家庭,
 *   高齢者は) said to abuse what they get (タダだから病院をサロン代わりにしている, 無料だから好き放題, 手当に甘えている, 得をしている),
 *   or the honest payers said to lose out beside them (真面目に…払っている市民がバカを見る, 正直に納めている人が損をする): block.
 *   Kept clean: the service or its cost explained (生活保護の方は医療費の自己負担がありません), a salon run for the old (高齢者の
 *   サロン), a tax notice with no group, the prejudice named.
 * Kept clean: the city's real services to the group (受講料全額免除, 多言語窓口, 就労支援, 相談), statistics told neutrally, calls
 * against discrimination and the prejudice named to answer it, an ID check told for everyone (全員に, どなたにも), a registration or a
 * resident's paperwork that needs the card (登録, 住民票, 申請), a group welcomed (外国人の方にも販売しています), sale limits by law or age.
 */
const NATION_W84 = '中国|韓国|朝鮮|北朝鮮|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|マレーシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|在日|外国'
const PEOPLE_TAIL = '(?:の)?(?:方|人|お客様|お客さま|お客さん|利用者|バイヤー|業者|労働者|住民|観光客|家族|技能実習生|実習生|留学生|団体|グループ)?(?:たち|達|々|の皆さん|の方々)?'
const FOREIGN_W84 = `(?:(?:${NATION_W84})(?:人|籍|系)(?![一-龥])${PEOPLE_TAIL}|(?:${NATION_W84})(?:の|から来た)(?:方|人)(?:たち|達|々)?|(?:外国人)?(?:技能)?(?:実習生|留学生|移民|難民)(?:の(?:方|人))?(?:たち|達|の皆さん)?)`
const WELFARE_W84 = '(?:生活保護|保護費)(?:受給者|受給世帯|世帯|家庭|の(?:方|人|世帯|家庭)|を(?:受け|もらっ|受給し)て(?:いる|る|おられる)(?:方|人|世帯|家庭|者))?(?:たち|の皆さん|の方々)?'
const HOMELESS_W84 = '(?:ホームレス|路上生活者?)(?:の(?:方|人))?(?:たち|達|々)?'
const GROUP_W84 = `(?:${FOREIGN_W84}|${WELFARE_W84}|${HOMELESS_W84})`
/** Idleness said of people (働く意欲がない, 働こうとしない, 働かずに来た, まじめに働いてこなかった, 怠け). */
const IDLE = '(?:働く|就労|仕事をする)(?:意欲|気|意思|つもり)(?:の|が)(?:ない|無い|乏し|低い|欠け)|働こうと(?:しない|せず|もしない)|働か(?:ない|ず)(?:に)?(?:来た|きた|暮ら|生活し|過ごし|遊|楽を|生きて)|(?:まじめに|真面目に|ろくに|一度も)?働いて(?:こなかった|こなか|来なかった)|怠け|なまけ|怠惰|楽をして(?:い|暮ら|生活)'
const IDLE_TOPIC = phrase(`${WELFARE_W84}[^。！？!?\\n]{0,10}?(?:は|には|って|の(?:多く|大半|ほとんど)は)[、,]?[^。！？!?\\n]{0,16}?(?:${IDLE})`)
const IDLE_REACH = phrase(`(?:${IDLE})[^。！？!?\\n]{0,8}?(?:人|方|者|連中)(?:たち|達|々|ら)?(?:に|へ)(?:まで|も)`)
const WELFARE_RE = phrase(WELFARE_W84, 'u')
/** The prejudice answered or named as one, or help offered, in the sentence (偏見, 決めつけ, ではありません, ご相談ください, 就労支援). */
const ANSWERED_W84 = phrase('偏見|決めつけ|誤解|差別|思い込み|ではありません(?!か)|ではない(?!でしょうか|か|だろうか)|ではなく|権利|とは限|わけではな|根拠(?:は|の)?(?:ない|ありません)|関係(?:は)?(?:ない|ありません)|ご相談|相談して|寄り添|サポート(?:し|いた)|支援(?:し|いた|を行|員)|就労支援', 'u')
/** A view relayed (という声があります) and sided with (理解できる, もっとも, 本音, 同感). */
const RELAYED = phrase('^[^。！？!?\\n]{0,40}?(?:という|との|といった)(?:ご)?(?:声|意見|指摘|話)', 'u')
/** … and answered right after, the sentence turning (という声もありますが、受給者の多くは…): nothing. */
const RELAYED_TURNED = phrase('^[^。！？!?\\n]{0,40}?(?:という|との|といった)(?:ご)?(?:声|意見|指摘|話)(?:も|が|は)?[^。！？!?\\n]{0,8}?(?:ます|ました|です|る|た)(?:が|けど|けれど(?:も)?)[、,]', 'u')
const SIDED_W84 = phrase('理解でき|もっとも|同感|本音|当然|無理もな|共感|その通り|(?:わから|分から)なくもな|うなず|頷', 'u')
/** Crime or a nuisance, and a group's arrival as its start (…が来るようになってから, …が住み始めて以来). */
const CRIME = phrase('万引き|盗難|窃盗|盗み|空き巣|置き引き|ひったくり|犯罪|治安(?:が|の)?(?:悪|わる)|不法投棄|落書き|盗まれ|持ち去|無断(?:で)?持ち出', 'u')
const ARRIVAL = phrase(`${FOREIGN_W84}[^。！？!?\\n]{0,4}?(?:が|の)[、,]?[^。！？!?\\n]{0,8}?(?:来(?:る|はじめ|始め|だし|出し|て)|住(?:む|み|ん)|増え|引っ越し|越して|移り住|入居)[^。！？!?\\n]{0,12}?(?:から|以来)`)
const ARRIVAL_VETO = phrase('被害|狙われ|ねらわれ|狙っ|狙う|ねらっ|だまされ|騙され|巻き込まれ|詐欺|減少|減って|減り|にぎわ|賑わ|活気|偏見|誤解|差別|根拠|関係(?:は)?(?:ない|ありません)', 'u')
/** A sale, a loan or a deal refused to a group (…には売らないよう, …には卸さないで, …には貸さない). */
const REFUSED_SALE = phrase(`${GROUP_W84}[^。！？!?\\n]{0,4}?(?:には|に(?!も)|へは|に対しては)[、,]?[^。！？!?\\n]{0,24}?(?:売ら|販売し|売却し|卸さ|貸さ|貸し出さ|貸出し|譲ら|売り渡さ|泊め|雇わ|取引し)(?:ない|ず|ません|んよう|んで)(?![^。！？!?\\n]{0,4}?ことは(?:ありません|ない|ございません))`)
const SALE_VETO = phrase('法律|法令|条例|規制|未成年|歳未満|在住|発送|配送|お届け', 'u')
/** An ID, a guarantor or a deposit asked of a group alone at each loan, entry or purchase. */
const CHECKED = phrase(`${FOREIGN_W84}[^。！？!?\\n]{0,6}?(?:への|に対する|の|が|に)[^。！？!?\\n]{0,8}?(?:貸出|貸し出し|本を借り|入館|入場|入店|来店|購入|利用|予約)(?:の際|時|する際|る際|の時|のとき|の場合|に当たって|にあたって|際)[^。！？!?\\n]{0,20}?(?:在留カード|パスポート|旅券|身分証|保証人|保証金|デポジット|前払い|職員の(?:立ち会い|同行))`)
const CHECKED_VETO = phrase('登録|申請|手続|住民票|転入|届出|宿泊|チェックイン|全員|どなた|皆さま|皆様|みなさま|すべての|国籍を問わず|(?:方|人)も', 'u')
/** A people said not to know or keep the rules as a whole (…はルールをご存じない方が多い). */
const RULES_UNKNOWN = phrase(`${FOREIGN_W84}(?:は|って)[、,]?[^。！？!?\\n]{0,16}?(?:ルール|決まり|きまり|マナー|常識|習慣)(?:を|が|も)?(?:ご存じ|ご存知|知ら|分から|わから|守ら|守れ)(?:ない|ず|でない)[^。！？!?\\n]{0,4}?(?:方|人|こと)?(?:が|も)?(?:多|ばかり|ほとんど)`)
const HELP_W84 = phrase('多言語|チラシ|案内|説明会|通訳|ふりがな|やさしい日本語|翻訳|お知らせ|ご説明|説明し|お伝え', 'u')
const MEASURE_W84 = phrase('確認|お断り|ご遠慮|保証|制限|同伴|付き添|禁止|控え|させていただ', 'u')
/** A class pronoun standing for a group, and an exclusion said of it (ああいう人たちには利用をご遠慮). */
/**
 * Blind R453E-013, R456H-011 kind (dec94): the same pronoun told unwanted at a place (日本の病院に来てほしくない, この町に来ないでほしい,
 * 来なくていい) or unworthy of public money or aid (税金を使う必要はない, 予算を回すのはもったいない, 補助の対象から外すべき), after a group
 * (外国人の技能実習生, 実習生, 生活保護の人たち) named in the paragraph: block. Kept clean: no group before (ああいう人たちに税金を使う必要は
 * ない said of fraudsters), a way of doing (使い方, やり方) is no other people between, the prejudice answered (偏見, ではありません).
 */
const UNWANTED94 = '(?:来て|きて|住んで|入って|使って|利用して)(?:ほしく|欲しく)(?:ない|なか|ありません|ねえ)|(?:来|こ)ないで(?:ほしい|欲しい|ください|くれ)|来なくて(?:いい|よい|結構|よか)|来るな|来んな|(?:税金|公金|血税|予算|補助金?|助成金?|お金|金)(?:を|は|まで|なんか|なんて)?[^。！？!?\\n]{0,6}?(?:使う|使わ|回す|回さ|出す|出さ|かける|かけ|投入する|払う)(?:必要|意味|理由|義理|価値)(?:は|も|なんて|など)?(?:ない|無い|ありません|なか|ねえ)|(?:税金|公金|血税|予算|補助金?|助成金?)(?:を|は|まで)?[^。！？!?\\n]{0,6}?(?:使う|使わ|回す|出す|かける)(?:の|なんて|こと)(?:は|が)?[^。！？!?\\n]{0,4}?(?:無駄|むだ|もったいな|おかしい|納得(?:でき|いか))|(?:補助|助成|支援|給付|援助|サービス)?(?:の)?対象から(?:外す|外せ|はずす|除外す|除く)(?:べき|べし|しかな|ほうが)'
const CLASS_OUT = phrase(`(?:ああいう|そういう|こういう|ああいった|そういった|ああした|そうした|あのような|そのような|あの手の|あんな|そんな)(?:人|方|連中|輩|者)(?:たち|達|々|ら)?(?:には|は|の|に|を)[、,]?(?:[^。！？!?\\n]{0,16}?(?:${ACT}|出入り|立ち入り)(?:を|は|も)?[、,]?(?:ご遠慮|遠慮して|お断り|お断わり|断る|禁止|控えて|お控え|制限|させない|させません)|[^。！？!?\\n]{0,16}?(?:${UNWANTED94}))`)
const GROUP_RE = phrase(GROUP_W84)
/** Other people named between the group and the pronoun (若い方が, 日本の人は); not a way of doing (使い方が, やり方は). */
const OTHER_PEOPLE = /(?<!使い|言い|書き|読み|考え|見|仕|やり|出し|分け|捨て|選び|過ごし|入れ|生き|話し|払い|育て|暮らし|扱い|遊び)(?<=[ぁ-ゖ])(?:方|人)(?:が|は|に|の|も|を)/u
/** Blind R451C-049: a group living on support (生活保護の人たち, 受給者, ひとり親家庭, 高齢者, 年寄り). */
const SUPPORTED = `(?:${WELFARE_W84}|(?:保護|生保)受給者(?:たち)?|(?:ひとり親|一人親|片親|母子|父子)(?:家庭|世帯)?(?:の(?:方|人))?(?:たち|達)?|高齢者(?:たち)?|年寄り(?:たち|連中)?|老人(?:たち|連中)?)`
/** … said to abuse what they get (タダだから…, サロン代わり, 甘えている, 得をしている, 好き放題). */
const ABUSE = '(?:(?:ただ|無料|負担(?:が)?(?:ない|なし|ゼロ))(?:だから|なので|やけん|やから|を(?:いい|良い)ことに|なのを(?:いい|良い)ことに)[、,]?[^。！？!?\\n]{0,24}?(?:好き放題|好きなだけ|遠慮なく|いくらでも|平気で|しょっちゅう|入り浸|さろん|たまり場|溜まり場|暇つぶし|ひまつぶし|無駄に|むだに|遊び|代わり|がわり)|(?:病院|医院|診療所|くりにっく|救急車|窓口|役所|公民館)を[^。！？!?\\n]{0,10}?(?:さろん|たまり場|溜まり場|暇つぶし|たくしー|遊び場|社交場)(?:代わり|がわり|扱い|に(?:して|しとる|してる))|甘えて(?:いる|る|ばかり|ばっかり)|甘えきって|得を(?:して|しとる)|得して(?:いる|る)|いい思いを(?:して|しとる)|優遇され(?:すぎ|過ぎ))'
const SUPPORT_ABUSED = phrase(`${SUPPORTED}(?:は|って|なんて|なんか|ときたら|の(?:連中|人たち)は)[、,]?[^。！？!?\\n]{0,30}?${ABUSE}`)
/** … or the honest payers said to lose out (真面目に…払っている市民がバカを見る, 正直に納めている人が損をする). */
const HONEST_LOSE = phrase('(?:真面目|まじめ|正直|きちんと|ちゃんと)に[^。！？!?\\n]{0,16}?(?:払って|払っと|納めて|納税して|働いて)[^。！？!?\\n]{0,8}?(?:人|者|市民|方|納税者|国民|町民|村民|住民)(?:が|は|ほど)[^。！？!?\\n]{0,6}?(?:ばかを見|馬鹿を見|損を(?:する|して|見)|損する|報われ(?:ない|ません))')
const SUPPORTED_RE = phrase(SUPPORTED, 'u')

const NEED = phrase('生活保護|保護費|高齢|年寄|老人|ひとり親|一人親|片親|母子|父子|外国|実習生|留学生|移民|難民|ほーむれす|路上生活|人|籍|系', 'u')

export function groupBlamedOrRefused(fo: string): Array<[number, number, 'block' | 'warn']> {
  const found: Array<[number, number, 'block' | 'warn']> = []
  if (!NEED.test(fo)) return found
  const sentenceOf = (a: number, b: number): [number, number] => {
    let s = a
    while (s > 0 && !/[。！？!?\n]/u.test(fo[s - 1]!)) s--
    let e = b
    while (e < fo.length && !/[。！？!?\n]/u.test(fo[e]!)) e++
    return [s, Math.min(fo.length, e + 1)]
  }
  // Idleness cast on people on welfare.
  if (WELFARE_RE.test(fo) && /働|怠|なまけ|楽を|仕事|就労/u.test(fo)) {
    const hits: Array<[number, number]> = []
    for (const m of matchAllOf(IDLE_TOPIC, fo)) hits.push([m.index, m.index + m[0].length])
    for (const m of matchAllOf(IDLE_REACH, fo)) {
      const [s] = sentenceOf(m.index, m.index)
      if (WELFARE_RE.test(fo.slice(Math.max(s, m.index - 80), m.index))) hits.push([m.index, m.index + m[0].length])
    }
    for (const [a, b] of hits) {
      const [s, e] = sentenceOf(a, b)
      if (ANSWERED_W84.test(fo.slice(s, e))) continue
      const rest = fo.slice(b, e)
      const relayed = RELAYED.test(rest) && !SIDED_W84.test(rest)
      if (relayed && RELAYED_TURNED.test(rest)) continue
      found.push([a, b, relayed ? 'warn' : 'block'])
      break
    }
  }
  // Blind R451C-049: a supported group said to abuse what it gets, or the honest payers said to lose out beside it.
  if (SUPPORTED_RE.test(fo)) {
    const hits: Array<[number, number]> = []
    for (const m of matchAllOf(SUPPORT_ABUSED, fo)) hits.push([m.index, m.index + m[0].length])
    for (const m of matchAllOf(HONEST_LOSE, fo)) {
      const [s] = sentenceOf(m.index, m.index)
      const [p] = s > 0 ? sentenceOf(s - 1, s - 1) : [s]
      if (SUPPORTED_RE.test(fo.slice(p, m.index))) hits.push([m.index, m.index + m[0].length])
    }
    for (const [a, b] of hits) {
      const [s, e] = sentenceOf(a, b)
      if (ANSWERED_W84.test(fo.slice(s, e))) continue
      found.push([a, b, 'block'])
      break
    }
  }
  // A crime put down to a group's arrival.
  if (CRIME.test(fo)) {
    for (const m of matchAllOf(ARRIVAL, fo)) {
      const [s, e] = sentenceOf(m.index, m.index + m[0].length)
      if (ARRIVAL_VETO.test(fo.slice(s, e))) continue
      const prev = sentenceOf(Math.max(0, s - 1), Math.max(0, s - 1))
      const next = e < fo.length ? sentenceOf(e, e) : [e, e]
      if (!CRIME.test(fo.slice(s > 0 ? prev[0] : s, next[1]))) continue
      found.push([m.index, m.index + m[0].length, 'block'])
      break
    }
  }
  // A sale or a loan refused to a group.
  for (const m of matchAllOf(REFUSED_SALE, fo)) {
    const [s, e] = sentenceOf(m.index, m.index + m[0].length)
    if (SALE_VETO.test(fo.slice(s, e)) || ANSWERED_W84.test(fo.slice(s, e))) continue
    found.push([m.index, m.index + m[0].length, 'block'])
    break
  }
  // An ID or a guarantor asked of a group alone.
  for (const m of matchAllOf(CHECKED, fo)) {
    const [s, e] = sentenceOf(m.index, m.index + m[0].length)
    if (CHECKED_VETO.test(fo.slice(s, e))) continue
    found.push([m.index, m.index + m[0].length, 'block'])
    break
  }
  // A people said not to know or keep the rules, and no help after it.
  for (const m of matchAllOf(RULES_UNKNOWN, fo)) {
    const [s, e] = sentenceOf(m.index, m.index + m[0].length)
    const rest = fo.slice(m.index + m[0].length, e)
    if (ANSWERED_W84.test(fo.slice(s, e)) || (HELP_W84.test(rest) && !MEASURE_W84.test(rest))) continue
    found.push([m.index, m.index + m[0].length, 'block'])
    break
  }
  // A class pronoun for a group named before it, and an exclusion.
  for (const m of matchAllOf(CLASS_OUT, fo)) {
    const before = fo.slice(Math.max(0, m.index - 160), m.index)
    const groups = matchAllOf(GROUP_RE, before)
    const g = groups[groups.length - 1]
    if (!g || OTHER_PEOPLE.test(before.slice(g.index + g[0].length))) continue
    const [s, e] = sentenceOf(m.index, m.index + m[0].length)
    if (ANSWERED_W84.test(fo.slice(s, e))) continue
    found.push([m.index, m.index + m[0].length, 'block'])
    break
  }
  return found
}

// --- A people pointed at by a class pronoun or after a concession (blind wave 85; its other kinds are in death-and-illness-jokes.ts,
// conduct-and-crude.ts and disaster-levity.ts) ---
/**
 * Blind R425A-014 kind: a people named by a class pronoun over a country (ああいう国の人たち, そういう国から来た人, あんな国の連中,
 * ああいった国籍の方々) said as a whole to break rules or manners, to be untrustworthy, or to need watching (ルールを守らない, マナーが悪い,
 * 信用できない, 何をするかわからない, 監視, 見張る, 目を光らせる): the pronoun itself points with contempt, block. The same said of any
 * people (中国人, 外国人, 実習生) after a concession in the sentence (…の人権も大事だとは思いますが、…) stands too: the concession does
 * not make the rest awareness, so its words (人権, 差別) are not read as it. Kept clean: help that follows (多言語の案内, 知ってもらえるよう),
 * the prejudice named or denied (偏見, 決めつけ, ではありません, とは限りません), the people as victims (狙われ, 被害, だまされ), a people
 * spoken of with no fault (ああいう国の人たちと交流できる機会), a country's food or sights (ああいう国の料理).
 */
const CLASS_PEOPLE = '(?:ああいう|ああいった|ああした|あのような|あの手の|あんな|そういう|そういった|そうした|そのような|その手の|そんな|こういう|こういった|こうした|このような|この手の|こんな)(?:国|国々|国籍|民族|人種|お国)(?:から(?:来た|来られた|きた|来てる|来ている)|出身)?(?:の)?(?:人|方|者|連中|奴ら|やつら|人間|方々|お客さん|観光客|労働者|実習生|留学生|住民|家族)(?!形|生)(?:たち|達|ら|々)?'
const FAULT_W85 = '(?:ルール|決まり|きまり|マナー|約束|時間|順番|法律|規則|常識|秩序|言うこと)(?:を|も|が|は)?(?:全然|まったく|全く|ちっとも|ろくに)?(?:守ら|守れ|守ろうとし|聞か)(?:ない|ん|へん|ず|ません|なか)|マナー(?:が|も|の)?(?:悪|わる|なってな|最悪)|民度|信用(?:でき|なら)(?:ない|ん|ません)|何を(?:する|しでかす)か(?:わから|分から)|犯罪|治安(?:が|も)?(?:悪|わる)|常識(?:が|も)?(?:ない|通じ)|(?:すぐ|平気で)(?:盗|嘘をつ|うそをつ|ごまかす|逃げ)|監視|見張|目を光らせ|警戒(?:が|する|し)(?:必要|なければ|ないと|べき)|取り締まら(?:ない|な)と'
const CLASS_FAULT = phrase(`${CLASS_PEOPLE}[^。！？!?\\n]{0,40}?(?:${FAULT_W85})`)
/** A concession the sentence opens with (…の人権も大事だとは思いますが、…; お気持ちは分かりますが、). */
const CONCESSION = phrase('^[^。！？!?\\n]{0,40}?(?:も|は)[、,]?(?:もちろん|確かに|たしかに)?(?:大事|大切|重要|必要|分かり|わかり|理解でき|理解してい|尊重(?:すべき|したい|されるべき))[^。！？!?\\n、,]{0,14}?(?:が|けど|けれど(?:も)?|とはいえ|ものの)[、,]', 'u')
const CONCEDED_FAULT = phrase(`${FOREIGN_W84}(?:は|って|というのは|なんて)[、,]?[^。！？!?\\n]{0,30}?(?:${FAULT_W85})`, 'u')
const HELP_OR_ANSWER = phrase('偏見|決めつけ|誤解|思い込み|ではありません|ではない(?!でしょうか|か)|とは限|わけではな|根拠(?:は|の)?(?:ない|ありません)|多言語|通訳|やさしい日本語|翻訳|知ってもら|伝え|説明会|案内|交流|狙われ|狙った|被害|だまされ|騙され|巻き込まれ|守ってもら|守れるよう|守りやすい', 'u')

/** A people pointed at by a class pronoun, or named after a concession, with a fault or a watch (discriminatory block): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function peopleFaultedAsAWhole(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  // A people under a class pronoun, or after a concession, with a fault or a watch.
  if (/国|民族|人種|人|籍|系|実習生|留学生|移民|難民/u.test(fo)) {
    const seen = (a: number) => found.some(([x, y]) => x <= a && a < y)
    for (const m of matchAllOf(CLASS_FAULT, fo)) {
      const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
      const sen = fo.slice(s, e)
      const head = CONCESSION.exec(sen)
      if (HELP_OR_ANSWER.test(sen.slice(head ? head[0].length : 0))) continue
      found.push([m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD.discriminatory])
      break
    }
    // Only where a concession can stand (…が、 …けど、): the sentences are cut only then.
    for (const s0 of /(?:が|けど|けれども?|とはいえ|ものの)[、,]/u.test(fo) ? sentences(fo) : []) {
      const sen = fo.slice(s0.start, s0.end)
      const head = CONCESSION.exec(sen)
      if (!head) continue
      const rest = sen.slice(head[0].length)
      const m = CONCEDED_FAULT.exec(rest)
      if (!m || HELP_OR_ANSWER.test(rest)) continue
      const a = s0.start + head[0].length + m.index
      if (seen(a)) continue
      found.push([a, a + m[0].length, 'decency/discriminatory', 'block', INSTEAD.discriminatory])
      break
    }
  }
  return found
}
