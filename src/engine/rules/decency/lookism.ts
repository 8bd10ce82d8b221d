/**
 * decency — lookism (`decency/lookism`): looks or a body type as a criterion, ranked or joked at, a body likened to a heavy animal.
 * Stays clean: health advice, a style or a thing's look (not a person's), a contest's result reported.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import type { Span } from '../../text'
import { phrase } from '../../words'
import { AWARENESS, NATION, INSTEAD, DUCK, STAFF, REPORTED, DENIED, ANSWERED, BODY_TYPED, PRESUMED_NOT, LAUGH_MARK, TEASED, BODY_TEASE_VETO, AGAINST, LAUGH50, STAFF_NOUN, YOUNG_WOMEN52, GROUP52, MANY52, SERVED52, CHEER53, OLD66, OLD_CARE, LEER80, WED_VETO, PRETTY, PERK_MEN, type Phrase } from './context'

/**
 * Blind LE-002 kind: a body word only where it heads a word, not as the tail of a compound whose kanji before make it another
 * word (笑顔 a smile, 寝顔, 真顔, 遠足, 満足, 手足, 度胸, 目尻, 三脚): 生産者さんたちの笑顔も最高 is no remark on a face. The
 * compounds that still name a face's looks (横顔, 素顔, 小顔, 童顔) are read as faces (FACE_LOOKS).
 */
export const BODY_HEAD = '(?<![一-龥々])'
/** A figure given a score (スタイルも100点満点, プロポーションは文句なし, ボディも完璧). */
export const FIGURE_SCORED = '(?:スタイル|プロポーション|ボディ(?:ライン)?|体つき|くびれ)(?:が|は|も)?[、,]?(?:[0-9０-９]{2,3}点|満点|百点|文句なし|完璧|申し分な|パーフェクト)'
export const FACE_LOOKS = '(?:横|素|小|童)顔'
export const LOOKS = '(?:きれい|綺麗|キレイ|美し|抜群|最高|細(?:い|くて)|長(?:い|くて)|(?:かわい|可愛|カワイ)(?!そ)|スタイル)'
/**
 * rv-dec (スタイル about a goal or a technique, not a woman's body): スタイル aimed at (ヨガ教室で、スタイル抜群を目指しましょう, スタイルづくり,
 * スタイルキープ) or the style of a skill, a work or a thing (船頭さんの棹さばきのスタイルが美しい, 展示のスタイル, イラストのスタイルがかわいい).
 */
const STYLE_GOAL = phrase('^[^。！？!?\\n]{0,12}?(?:を|に)?(?:目指|めざ|目標|なりたい|なれる|なろう|手に入れ|づくり|作り|キープ|維持|アップ)', 'u')
export const STYLE_OF_THING = phrase('(?:さばき|捌き|漕ぎ|こぎ|泳ぎ|踊り|舞|演奏|演技|演出|投球|打撃|走り|滑り|展示|接客|料理|盛り付け|イラスト|絵|デザイン|書道?|筆|技|腕前|仕事|働き|生活|暮らし|運営|指導|授業|芸|話し|語り|案内|撮影|写真|作品|建物|庭|庭園|服|着物|ファッション|髪|演目|プレー|プレイ|競技|文字|歌|作風|画風|方)の$', 'u')
export function styleNotBodyRV(fo: string, s: Span, a: number, b: number): boolean {
  const m = fo.slice(a, b)
  if (!m.startsWith('すたいる')) return false
  return STYLE_GOAL.test(fo.slice(a + 4, s.end)) || STYLE_OF_THING.test(fo.slice(Math.max(s.start, a - 12), a))
}
/** … and a face that is a mascot's, a doll's or an animal's (マスコットのやなちゃん、顔がかわいい). */
const NOT_PERSON_FACE = phrase('マスコット|ゆるキャラ|キャラクター|キャラ|着ぐるみ|ぬいぐるみ|人形|犬|猫|わんちゃん|ねこちゃん|ペット|うさぎ|ウサギ|パンダ|カワウソ|アザラシ|ヤギ|ひつじ|羊|馬|鯉|赤ちゃん|お地蔵|地蔵|仏像|像|埴輪|はにわ|こけし|だるま|おひなさま|ひな人形|雛人形|さげもん', 'u')
export function faceNotPersonRV(fo: string, s: Span, a: number, b: number): boolean {
  return fo.slice(a, b).startsWith('顔') && NOT_PERSON_FACE.test(fo.slice(s.start, b))
}

export const STAFF_RE = phrase(STAFF, 'u')
/**
 * After a person word: the person is the maker of what the phrase goes on to name (職員手作りの飾り,
 * スタッフおすすめの一品), so an adjective before it (かわいい職員手作りの飾り) describes the thing made.
 */
export const MADE_BY = '(?!手作り|手づくり|お手製|手製|手描き|手書き|作成|制作|製作|考案|デザイン|おすすめ|オススメ|イチオシ|一押し|厳選|セレクト)'
/** People a sexual word may be said of (citizens, students, staff). */
export const INFANT_OR_DOLL = phrase('赤ちゃん|赤ん坊|あかちゃん|乳児|新生児|ベビー|人形|ぬいぐるみ|こけし|雛|はいはい|ハイハイ', 'u')
export const OLD_KIN_NEED = ['じい', 'ばあ', '爺', '婆', '祖母', '祖父', '年寄り', '老人', 'おばさん', 'おじさん', 'おばちやん', 'おつちやん']
export const R23_LOOKED = phrase('かわい|可愛|かわゆ|美し|美人|きれい|綺麗|キレイ|袴姿|振袖|浴衣|水着|スタイル|色っぽ|セクシー|独身|(?:[0-9０-９]{2}|二十)[)）]', 'u')
/** Round 24, before the other phrases: staff or women praised as young and pretty (若くてかわいい子ばっかり, 若くてきれいな方がそろいました). */
export const R24_EARLY: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase('(?:若くて|若い|20代の|二十代の)(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人な?|美しい)(?:子|方|人|女性|女の子|お姉さん|職員|先生|娘|看板娘)(?:さん)?(?:たち)?(?:ばっかり|ばかり|ぞろい|揃い|だらけ|が(?:そろ|揃|多|いっぱい|集ま))'),
    need: ['若', '20代', '二十代'],
    instead: INSTEAD.lookism,
  },
]
export const R24_LAUGH = phrase(`${LAUGH_MARK}|(?<=[ー~〜…！!？?])笑`, 'u')
/** Round 52: お持ち帰り (taking someone home after drinking, for sex). The slang's forms: being taken (されんごと, されないよう, されちゃ), a
 * person taken (新人さんをお持ち帰り), or the aim (お持ち帰り狙い). The honorific of food taken home (お持ち帰りされる方は) is not among them. */
const TAKEN = '(?:お持ち帰り|お持ちかえり|おもちかえり|お持ち帰られ)'
const TAKEN_FORM = `${TAKEN}(?:され|さ)(?:ん(?![ぁ-ゖ])|んごと|んよう|ない(?:よう|ように|で|ごと)|ぬよう|ずに|ちゃ|ちま|そう|たら|たって|たらしい)|(?:女の子|女性|女子|男性|男の子|男子|彼女|彼氏|あの子|その子|この子|あの娘|お姉さん|お兄さん|誰か|だれか|相手|新人(?:さん|ちゃん)?|部下|後輩)(?:を|も)[^。！？!?\\n]{0,6}?${TAKEN}|${TAKEN}(?:狙い|ねらい|目当て|目的|成功|率|確定|要員|候補)`
/** … where the paragraph speaks of drinking or a party (飲みすぎて, 忘年会, 合コン, 終電). */
const PARTY = phrase('飲み(?:すぎ|過ぎ|会|屋|に行|ニケーション)|飲んで|酔|お酒|忘年会|新年会|歓迎会|送別会|打ち上げ|二次会|合コン|街コン|婚活|終電|朝帰り|べろべろ|ベロベロ|泥酔|🍶|🍺|🍻|🍷|🍸|🥂', 'u')
/** … not food, a gift or a thing taken home (残ったお料理, 容器, 食中毒, おつまみ). */
const FOOD = phrase('料理|弁当|食べ残|残った|残り|容器|パック|テイクアウト|食品|食中毒|冷蔵|保存|召し上が|持ち帰り用|ドギーバッグ|ロス|お土産|おみやげ|商品|おつまみ|つまみ|お菓子|ケーキ|パン|寿司|ごみ|ゴミ|資料|チラシ|パンフ|景品|苗|作品|割れ', 'u')
const YOUNG_MEN = `(?:(?:若い|若くて(?:かっこいい|カッコいい|イケメンの?)?|若手の?|20代の?|二十代の?|かっこいい|カッコいい|男前の?|イケメン(?:の)?)(?:男性|男の子|男子|お兄さん)(?:たち|達)?(?:の)?(?:${STAFF_NOUN})?|(?:イケメン|男前)(?:の)?${STAFF_NOUN})`
/** … said to be many or waiting (が多いので, ばかりやけん, ぞろいなので, がお待ちしています). */
const MANY_STAFF = '(?:(?:が|も)(?:多い|多く|多か|大勢|たくさん|いっぱい|そろって|揃って|お待ち|待って|待っと|お迎え|対応し|接客し|勤務し|働いて|い(?:ます|る)|おります|おる)|ばかり|ばっかり|ぞろい|揃い|だらけ)[^。！？!?\\n]{0,10}?(?:ので|から|けん|けえ|し(?![ぁ-ゖ])|[、,]|です|ます|よ)[、,]?[^。！？!?\\n]{0,8}?'
const MEN52 = '(?:(?<![一-龥])男性|男の人|男子|殿方|おじさん|おじさま|お父さん|独身男性|(?<![一-龥])男)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|方|陣|衆|ども|諸君|たち)?'
const WOMEN52 = '(?:(?<![一-龥])女性|女の人|女子|奥様|奥さま|奥さん|お母さん|ママ|マダム|独身女性)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|方|陣|衆|たち)?'
/** … and that sex invited (ぜひ来てください, お越しください, 必見, 会いに). */
const INVITED = '(?:も|は|こそ)?[、,]?[^。！？!?\\n]{0,16}?(?:来て|きて|来ん(?:ね|な)|お越し|おいで|来館|来庁|ご来場|どうぞ|ぜひ|是非|お待ち|足を運|遊びに|会いに|通って|通い|チャンス|必見|お見逃しなく|狙い目|安心して[^。\\n]{0,6}?(?:お過ごし|お楽しみ|ご利用|お越し))'
/** Round 52: a wrong (滞納, 騒ぐ, 万引き) whose doers are said to be mostly of a group, often hedged (…ような人たち, ように感じます). */
const WRONG52 = '滞納|未納|不正受給|不正|犯罪|万引き|窃盗|盗難|トラブル|苦情|クレーム|違反|迷惑行為|騒音|ポイ捨て|不法投棄|落書き|いたずら|非行|問題行動|いじめ|暴力|騒(?:ぐ|い|ぎ|が)|暴れ|荒れ|遅刻|無断欠席|払わ(?:ない|ん|ず)|ルール(?:を)?守ら|マナー(?:が|の)?(?:悪|わる)|マナー違反'
export const R52_EARLY: Phrase[] = [
  // Round 52: a people named as 「…の人」, 「…ん人」 or 「…から来た人」 is read by the nationality group (中国の人はマナー悪かけん); see GROUPS.
  // Round 52: お持ち帰り said of a person in a drinking season (飲みすぎてお持ち帰りされんごと気をつけてね😘, 新人さんをお持ち帰りしようなんて,
  // 二次会はお持ち帰り狙いの人も): sexual innuendo, block. Not food or a thing taken home (残ったお料理は…お持ち帰りされないよう), not the
  // honorific (お持ち帰りされる際は), not where nothing speaks of drinking.
  {
    rule: 'decency/sexual',
    re: phrase(TAKEN_FORM),
    need: ['持ち帰', '持ちかえ', 'もちかえ'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return PARTY.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !FOOD.test(t) && !AGAINST.test(t) },
  },
  // Round 52: young women (or men) on the staff named to draw the other sex (若い女性スタッフが多いので、男性の皆さんもぜひ本を借りに来て
  // ください（笑）, 受付は若い女の子ばかりやけん、おじさんたちも来てね, イケメン船頭さんが多かけん女性のみなさんもぜひ): staff sold on
  // their sex and youth or looks, lookism warn, block with a laugh or a wink. Not the same sex served (女性の皆さんも安心して), not the
  // staff at work together (男性スタッフと協力して).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${YOUNG_WOMEN52}${MANY_STAFF}${MEN52}${INVITED}|${YOUNG_MEN}${MANY_STAFF}${WOMEN52}${INVITED})(?=[^。！？!?\\n]{0,30}?(?:${LAUGH50}|[😏😘😉♡💕]))`),
    need: ['若', '20代', '二十代', 'かわい', '可愛', 'きれい', '綺麗', '美人', '美女', 'べつぴん', 'かつこい', '男前', 'いけめん'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(`${YOUNG_WOMEN52}${MANY_STAFF}${MEN52}${INVITED}|${YOUNG_MEN}${MANY_STAFF}${WOMEN52}${INVITED}`),
    need: ['若', '20代', '二十代', 'かわい', '可愛', 'きれい', '綺麗', '美人', '美女', 'べつぴん', 'かつこい', '男前', 'いけめん'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)),
  },
  // Round 52: a wrong whose doers are said to be mostly of a group — the wrong as the topic, the group as the many (市営住宅の家賃滞納は、
  // 生活保護を受けているような人たちが多いのが現実です), or the wrong told and the group said to be where it is common (騒ぐ参加者が見られ
  // ましたが、やはりひとり親家庭で育った方に多い傾向があるように感じます): block. Not a need the city meets (相談, 支援), not a harm the group
  // suffers (被害), not data or the notion answered (偏見, わけではありません), not a view relayed (という声).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WRONG52})[^。！？!?\\n]{0,10}?(?:は|って|の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。！？!?\\n]{0,12}?${GROUP52}(?:が|に|の(?:方|人)が)[、,]?(?:圧倒的に|やっぱり|やはり|どうしても|特に|明らかに)?${MANY52}|(?:${WRONG52})[^。！？!?\\n]{0,40}?${GROUP52}(?:に|の(?:中|なか)に|で)(?:は)?[、,]?(?:特に|とりわけ|圧倒的に)?${MANY52}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && !ANSWERED.test(t) && !SERVED52.test(t) && !REPORTED.test(fo.slice(b, b + 16)) && !DENIED.test(fo.slice(b, b + 30)) },
  },
]
/**
 * Round 55 (R55A-060): the role followed by の and a noun that is neither the person's looks nor a person (先生のお手本、きれいすぎる,
 * 講師の作品がかわいすぎ, 係員さんの盛り付け、きれいすぎ): the praise is of the thing made or owned, not of the person.
 */
export const OWNED_THING = phrase('^(?:職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭)(?:さん)?の(?!(?:顔|お顔|横顔|素顔|笑顔|姿|浴衣|着物|制服|白衣|水着|ドレス|私服|容姿|見た目|ルックス|スタイル|脚|足|肌|髪|目|瞳|唇|写真|自撮り|すっぴん|メイク|化粧|娘|奥さん|お嬢さん|方|女性|子|職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭|男性))(?![^、。！？!?\\n「」]{0,8}?(?:さん|ちゃん|くん|様|先生|職員|スタッフ|[士師員係](?:[、,]|が|は|も|って|…|\\s)))[^、。！？!?\\n「」]{1,10}?(?:[、,]|が|は|も|って|…|\\s)', 'u')
export const LAUGH28 = '(?:[😏😍😂🤣😆]|[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑(?![顔いうわえみっ話声つ]))'
/** Round 33: looks a person's body part is likened to (R33_LOOK). */
export const R33_LOOK = '寂し|さみし|薄|うす|寒|涼し|まぶし|眩し|つるつる|ぴかぴか|てかてか|光|輝|禿|ハゲ|はげ|ぽっこり|出っ張|でか|まん丸|丸々|ふくよか|ぽっちゃり|太|たるん|しわ|シワ|ごつ|ぺったんこ|ぱんぱん|でっぷり|だぶだぶ'
export const R38_FAT = '(?:太って(?:る|た)|太っとる|太っちょ|ぽっちゃり|(?<![一-龥])(?:お)?デブ|でぶ)(?:の|な)?(?:人|方|さん|おじさん|おばさん|職員|皆さん|たち)'
/** Round 43: looks said to pay (べっぴんさんは得やね, イケメンはずるい). */
export const LOOKER = '(?:美人|べっぴん|別嬪|美女|美少女|イケメン|男前|(?:かわい|可愛|かわいか|きれいな|綺麗な)(?:い)?(?:子|女の子|人))(?:さん|ちゃん)?'
/**
 * Round 70 (blind R70A), warn: a person's body likened to an animal by being told apart from it with difficulty (係長さん、イノシシと並んでも
 * どっちがどっちかわからんくらいの立派な体型で…😂, 課長はクマと見分けがつかないほどの体格, 牛と間違えられそうな体型): lookism, when the
 * sentence names the body or laughs. Not animals told apart (イノシシとタヌキの足跡は見分けがつきにくい), not a person who mistakes one animal
 * for another (…がタヌキをイノシシと間違えて), not a mascot (BODY_TEASE_VETO).
 */
const ANIMAL70 = '(?:イノシシ|猪|クマ|熊|ヒグマ|ブタ|豚|トド|セイウチ|カバ|河馬|ゴリラ|ウシ|牛|ゾウ|象|タヌキ|狸|マンモス|サイ|バッファロー|アザラシ)'
const TOLD_APART = '(?:と(?:[^。！？!?\\n]{0,6}?(?:並|なら)(?:ぶ|べ|ん)[^。！？!?\\n]{0,8}?)?(?:どっちがどっち|どちらがどちら|見分け(?:が|も)?(?:つか|つきにく|つけ(?:られ)?(?:ない|ん))|区別(?:が|も)?(?:つか|つけ(?:られ)?(?:ない|ん))|間違え(?:られ|そう)|間違われ|見間違え(?:られ|そう)|見間違われ|ほぼ同じ(?:体|大きさ|サイズ)|同じ(?:くらい|ぐらい)の(?:体|大きさ|サイズ|貫禄)|瓜二つ|いい勝負)|に(?:間違え(?:られ|そう)|間違われ|見間違え(?:られ|そう)|見間違われ|負けない|負けん|劣らない|引けを取らない))'
/** The body named (体型, 体格, 貫禄, お腹). */
const BODY70 = phrase('体型|体形|体格|図体|貫禄|恰幅|巨体|体つき|からだつき|お腹|おなか|ボディ|ガタイ|横幅|体重|肉付き', 'u')
export const R70: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${TEASED})(?:たち|ら)?(?:は|って|なんて|も|が|、|,)?[^。！？!?\\n]{0,16}?${ANIMAL70}${TOLD_APART}`),
    need: ['どっちがどっち', 'どちらがどちら', '見分け', '区別', '間違', 'ほぼ同じ', '同じくらい', '同じぐらい', '瓜二つ', 'いい勝負', '負けな', '負けん', '劣らな', '引けを取らな'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const span = fo.slice(a, b)
      const sen = fo.slice(a, s.end)
      // …がタヌキをイノシシと間違えて: the person mistakes, not is mistaken.
      const gap = span.slice(0, span.search(phrase(ANIMAL70, 'u')))
      if (/を[^。！？!?\n]{0,12}$/u.test(gap)) return false
      // 職員さんによると、子熊は母熊と並ぶと…: the person reports, the animals are compared.
      if (/によると|によれば|いわく|曰く|の話では|が言うには|から聞い|に聞い|(?:子|母|親|父|雄|雌|おす|めす|野生の)$/u.test(gap)) return false
      // クマと間違えられないよう、鈴を: a safety tip.
      if (/^(?:ない|ん|ぬ)よう/u.test(fo.slice(b, b + 6))) return false
      return (BODY70.test(sen) || phrase(LAUGH_MARK, 'u').test(sen)) && !BODY_TEASE_VETO.test(sen)
    },
  },
]
/**
 * Round 82 (blind R82A/R83A): kinds the blind drafts found missed.
 * - Parents or participants teased for their looks or grooming, with a laugh (最近の若いママさんはまつエクもネイルもばっちりで、健診より
 *   撮影会みたいでしたね〜😂, 金髪にピアスのヤンパパも…見た目とのギャップに…爆笑でした🤣): lookism warn; the parent typed by age or by a
 *   look (若い, ヤン, ギャル), or the look told first (金髪でタトゥーの入ったお父さんも); not a class on nails or make-up, not without a laugh.
 * - Children of a people (or of a kind of household) presumed not to have learnt manners, given as the reason to seat or serve them apart
 *   (外国籍のご家庭のお子さんは給食の時間のマナーが身についていないことが多いので、…別のテーブルで食べてもらっています): block; not an
 *   allergy, a faith's diet or help given at the same table.
 * - A couple cheered on at 夜の + a daytime word made a euphemism (夜の子育て支援もがんばってくださいね（笑）, 夜の運動会もほどほどに😏):
 *   sexual warn, when a couple is in the paragraph and a leer or a laugh in the sentence or the one before; not 夜の授乳, 夜の部, 夜間保育.
 * - Staff's bodies likened to an animal, the animal named first as the measure (イノシシ並みの体格の職員がそろっているので安心です😂💪,
 *   クマみたいな体つきの団員さん) or after the body (係長の体型がイノシシそっくりで😂): lookism warn, with a laugh; not an animal measured
 *   against an animal, not without a person.
 * - A body part's size in its colloquial, emphatic form (胸も尻もでっかくて, お尻がおっきい) joins SEXY: sexual block as before.
 * - Marriage with the people of a place advised against (あの干拓地の集落の出身者とは縁組みせん方がよかって…言いよんなった, 隣の地区の人とは
 *   結婚しない方がいい), even relayed as what elders said, unless the post condemns it: block; not a marriage told, not a wedding planned.
 */
const PARENT_TYPED = '(?:(?:最近の|今どきの|いまどきの|今時の)?(?:若い|若か|わかい|ギャル|ヤンキー|ヤン|派手な|はでな|茶髪の|金髪の)(?:ママ|パパ|お母さん|お父さん|母親|父親|ご夫婦|夫婦|保護者|親御さん)(?:さん)?(?:たち|達|ら|の皆さん)?|ギャル(?:ママ|パパ)|ヤン(?:ママ|パパ))'
const PARENT_BARE = '(?:ママ|パパ|お母さん|お父さん|母親|父親|ご夫婦|保護者|親御さん)(?:さん)?(?:たち|達|ら)?'
const GROOMED = '(?:まつエク|まつげエクステ|まつ毛エクステ|つけま|つけまつげ|カラコン|ネイル|メイク|化粧|厚化粧|すっぴん|スッピン|金髪|茶髪|ピアス|タトゥー|入れ墨|刺青|見た目|外見|ルックス|いかつ|イカつ|コワモテ|強面|ヒョウ柄|ひょう柄|ジャージ姿)'
const GROOM_VETO = phrase('サロン|講座|講師|セミナー|資格|ワークショップ|体験会|禁止|校則|控え|(?<!被)差別|偏見|ルッキズム|見た目で(?:判断|決めつけ)(?:し|せ)', 'u')
const KIDS82 = '(?:(?:外国(?:籍|人)?|(?:' + NATION + ')(?:籍|系|人|出身)?|外国にルーツ(?:を持つ|のある)|ひとり親|一人親|片親|母子|父子|生活保護)(?:の)?(?:ご家庭|家庭|ご家族|家族|世帯)?(?:の)?(?:お子さん|お子様|子ども|子供|子|児童|生徒|園児)(?:たち|達|ら)?)'
const UNSCHOOLED = '(?:マナー|作法|ルール|決まり|きまり|しつけ|躾|礼儀|行儀|箸の使い方|食べ方)(?:が|を|も|は)?[^。！？!?\\n]{0,6}?(?:身について(?:い)?(?:ない|ません|おらず|なく)|身につ(?:いてない|かない|いとらん|いちょらん)|悪(?:い|く|か)|わる(?:い|く)|なって(?:い)?(?:ない|ません)|なっとらん|(?:分|わ)かって(?:い)?(?:ない|ません)|(?:分|わ)かっとらん|守れ(?:ない|ません|ん)|守ら(?:ない|ず|ん)|でき(?:ない|ません|ていない|とらん))'
const APART82 = '(?:別(?:の)?(?:テーブル|机|つくえ|席|部屋|室|教室|場所|時間|グループ|班)|別室|別席|端の席|隅の席|ほかの子(?:ども)?(?:とは|と)(?:分け|離し)|他の子(?:ども)?(?:とは|と)(?:分け|離し)|分けて(?:食べ|座|配膳)|離して(?:食べ|座)|一緒に(?:食べ|座)(?:させ)?(?:ない|ず|ません|ん))'
const APART_VETO = phrase('アレルギー|宗教|信仰|ハラール|ハラル|戒律|食材|(?<!被)差別|偏見|人権|ことはありません|ことはしません|わけではありません', 'u')
const NIGHT82 = '夜の(?:ほう|方|生活|お勤め|おつとめ|運動会|部活|子育て(?:支援)?|子作り|子づくり|家族計画|仲良し|なかよし|スキンシップ|二人目(?:づくり|作り)|少子化対策)'
const CHEERED = '(?:も|は)?[、,]?(?:ぜひ|是非|しっかり|どんどん|たっぷり)?[^。！？!?\\n]{0,4}?(?:がんば|頑張|励ん|励み|励ま|はげ|ハッスル|はっする|お楽しみ|楽しん|張り切|はりき|ほどほど|お盛ん|おさかん)'
const COUPLE = phrase('夫婦|カップル|新婚|二人目|2人目|子作り|子づくり|子宝|パパママ|旦那|奥さん|お二人|おふたり|ふたりで|二人で', 'u')
const LEER_OR_LAUGH = phrase(`${LEER80}|${LAUGH_MARK}|[😉😘♡💕]`, 'u')
/** W15: a night run of a service (夜の川下り, 夜の便, 夜の部のツアー) named in the sentence of 夜の方, and the leer that holds even then. */
const NIGHT_SERVICE = phrase('川下り|舟|船|便(?!利)|運航|ツアー|クルーズ|コース|プラン|ライトアップ|イルミ|夜景|花火|星空|営業|メニュー|ディナー|コンサート|上映|観察会|散策|夜市|灯り|あかり|ランタン|ご予約|ご利用', 'u')
const STRONG_LEER = phrase(`${LEER80}|${LAUGH_MARK}|[😉😘]`, 'u')
const NIGHT_VETO = phrase('授乳|ミルク|夜泣き|寝かしつけ|おむつ|オムツ|夜間保育|一時預かり', 'u')
const BODY_NAMED = '(?:体格|体型|体形|体つき|からだつき|図体|ガタイ|巨体|貫禄|恰幅|横幅|体重|お腹|おなか|体|からだ)'
const ANIMAL82 = '(?:イノシシ|猪|クマ|熊|ヒグマ|ブタ|豚|トド|セイウチ|カバ|河馬|ゴリラ|ウシ|(?<![一-龥])牛|ゾウ|(?<![一-龥])象|タヌキ|狸|マンモス|(?<![ぁ-ゖァ-ヺ])サイ(?![ぁ-ゖ])|バッファロー|アザラシ|力士|関取|お相撲さん|相撲取り)'
const LIKENED82 = '(?:並み|なみ|みたい|のよう|のごと|んごた|のごた|そっくり|顔負け|級|クラス)'
/** Blind R237M-029 kind (dec4): the place may be pointed at (あそこの家とは, あっちの人とは, 川向こうの者とは). */
const PLACE_PEOPLE = '(?:集落|部落|地区|地域|在所|村|町内|団地|干拓地|あたり|辺り|方面|(?<![ぁ-ゖ])あそこ|あっち(?:側)?|向こう(?:側)?)(?:の|ん)(?:出身者|出身の(?:人|方|者|もん)|出(?:の|ん)(?:人|者|もん)|人間|人|者|もん|家の(?:人|者|もん)|家|娘|息子|男|女)(?:たち|ら|衆)?'
const WED = '(?:縁組み?|婚姻|結婚|縁談|一緒にな|嫁(?:に|ば)(?:やる|やら|出す|出さ|もら|貰|いか|行か)|嫁入り|婿入り|婿(?:に|ば)(?:もら|貰|とる|取る|とら|取ら)|付き合|つきあ|交際)'
/** Blind R237M-029 kind (dec4): the plain prohibition of the elders (縁組みするな, 嫁にやるな), not するなら or するなど. */
const ADVISED_AGAINST = '(?:(?:(?<=やる|出す|もらう|貰う|とる|取る)|(?<=付き合|つきあ)う|(?:する|す|せ|やる|行く|いく|もらう|貰う|とる|取る))な(?![ら-ろあいくけこかがどのんぁ-ぉー〜~お])|(?:ん|ない)(?:方|ほう)が(?:いい|よい|良い|よか|ええ|無難|安心|身のため)|(?:避け|やめ|止め)(?:た(?:方|ほう)が|とけ|ておけ|ときなさい|なさい|るべき)|(?:は|も)(?:だめ|ダメ|いかん|あかん|ならん|ならない|避けるべき)|(?:せん|しない|させない)(?:よう|ごと)に|(?:反対|許さ|認め)(?:する|され|しとる|せん|ない|なかった))'
export const R82: Phrase[] = [
  {
    rule: 'decency/lookism',
    re: phrase(`${PARENT_TYPED}[^。！？!?\\n]{0,40}?${GROOMED}|${GROOMED}[^。！？!?\\n]{0,16}?${PARENT_TYPED}|${GROOMED}[^。！？!?\\n]{0,12}?(?:の|な|で|に|た|い)${PARENT_BARE}`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || /爆笑|大笑い|吹き出/u.test(sen)) && !GROOM_VETO.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${KIDS82}(?:は|って|には|の場合|の中には)?[、,]?[^。！？!?\\n]{0,24}?${UNSCHOOLED}[^。！？!?\\n]{0,16}?(?:ので|ため|から|けん|ことから|こともあり)[、,]?[^。！？!?\\n]{0,30}?${APART82}`),
    instead: '国籍や家庭の事情で子どもを分けて扱わず、全員に向けた指導や支援の内容を書いてください（例：「給食のマナーは、イラスト入りのカードでどの子にも伝えています」）',
    keep: (fo, s) => !APART_VETO.test(fo.slice(s.start, Math.min(fo.length, s.end + 40))),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT82}${CHEERED}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const around = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 4))
      const nl = fo.lastIndexOf('\n', a)
      const para = fo.slice(nl + 1, fo.indexOf('\n', b) < 0 ? fo.length : fo.indexOf('\n', b))
      // W15: 夜の方 may be the night run of a service the sentence names (ご夫婦で夜の方もお楽しみいただける川下り♡); a plain heart
      // is then no leer (a wink or a laugh still is).
      if (NIGHT_SERVICE.test(fo.slice(s.start, s.end)) && !STRONG_LEER.test(around)) return false
      return LEER_OR_LAUGH.test(around) && COUPLE.test(para) && !NIGHT_VETO.test(fo.slice(a, b))
    },
  },
  {
    rule: 'decency/lookism',
    re: phrase(`${ANIMAL82}${LIKENED82}(?:な|の)?${BODY_NAMED}(?:の|な|を(?:した|持つ|誇る))?[一-龥]{0,4}?${TEASED}|(?:${TEASED})(?:たち|ら)?(?:は|の|って|も|、)?[^。！？!?\\n]{0,8}?${BODY_NAMED}(?:が|は|も)?[^。！？!?\\n]{0,4}?${ANIMAL82}${LIKENED82}|(?:${TEASED})(?:たち|ら)?(?:は|って|も|、)[^。！？!?\\n]{0,8}?${ANIMAL82}${LIKENED82}(?:な|の)?${BODY_NAMED}`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(sen) && !BODY_TEASE_VETO.test(fo.slice(a, s.end))
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PLACE_PEOPLE}(?:と|とは|との|を|ば|に)?[、,]?[^。！？!?\\n]{0,12}?${WED}[^。！？!?\\n]{0,8}?${ADVISED_AGAINST}`),
    instead: '出身地や住んでいる地区で結婚や交際を判断させる言い伝えを広めず、差別をなくす立場で書いてください（例：「結婚に際して相手の出身地を問うことは差別につながります」）',
    keep: (fo, s) => !WED_VETO.test(fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 60))),
  },
]
const COLLEAGUE = '(?:課長|係長|部長|室長|所長|局長|次長|主任|主査|班長|先輩|上司|副?市長|議員|署長|校長|教頭|館長|園長|隊長|団長|(?<!皆|みな|お客|お母|お父)さん|くん)'
const WEIGHT96 = '(?:メタボ|肥満|ベルト(?:の穴)?|ズボン|体重(?:計)?|お腹(?:まわり|回り)?|おなか(?:まわり|回り)?|腹(?:回り|まわり)|ウエスト|体脂肪|二重あご|太っ|太り|ぽっちゃり|貫禄)'
const WEIGHT_OK = phrase('(?<![一-龥])私|自分|僕|(?<![一-龥])俺|わたし|あたし|予防|改善|成功|達成|頑張|がんば|見事|目標|減量に|痩せ|やせ|赤ちゃん|犬|猫', 'u')
const POSTPARTUM = '(?:(?:産後|出産後|妊娠|出産|育児|子育て|授乳)(?:の)?(?:太り|ぶとり|体型|体形|お腹|おなか|たるみ|ぽっこり)|ママ(?:体型|体形)|(?:産後|出産後|出産して|産んでから)[^。！？!?\\n]{0,6}?(?:太っ|太り|体型が(?:崩|変)|お腹が(?:出|戻らな|たるん)))'
const POSTPARTUM_OK = phrase('(?<![一-龥])私|自分|わたし|あたし|うち(?:も|は)|教室|講座|ヨガ|ケア|相談|健診|検診|保健師|助産師|医師|栄養|体操|エクササイズ', 'u')
const MOODY = '(?:更年期|生理(?:中|前)?)(?:世代|真っ只中|まっただ中)?(?:の|ん)[^。！？!?\\n]{0,8}?(?:女性|女|職員|スタッフ|おばちゃん|おばさん|方|人|世代|課長|係長|上司|妻|嫁|奥さん|お母さん|母)[^。！？!?\\n]{0,10}?(?:ので|から|けん|ため)[、,]?[^。！？!?\\n]{0,20}?(?:イライラ|いらいら|機嫌(?:が)?悪|不機嫌|怒りっぽ|ピリピリ|ぴりぴり|キレ|ヒステリ|当たり(?:が)?きつ)'
const MOODY_OK = phrase('症状|相談|講座|教室|ケア|医師|治療|外来|セミナー|対策|和らげ|休憩|無理せず|ヨガ|体操|健康', 'u')
/** Round 106: an animal right before the さん or ちゃん a colleague reading starts at (カモさん, 猫ちゃん, パンダさん). */
const ANIMAL_SAN = phrase(`(?:${DUCK}|鴨|かも|あひる|アヒル|白鳥|はと|ハト|鳩|すずめ|スズメ|猫|ねこ|にゃんこ|犬|いぬ|わんこ|わんちゃん|うさぎ|ウサギ|兎|パンダ|たぬき|タヌキ|狸|ぶた|ブタ|豚|くま|クマ|熊|ひよこ|ヒヨコ|金魚|鯉|こい|かえる|カエル|蛙|かめ|カメ|亀|ペンギン|アザラシ|カピバラ|やぎ|ヤギ|山羊|ひつじ|ヒツジ|羊|うし|ウシ|牛|うま|ウマ|馬|ハムスター|りす|リス|ぞう|ゾウ|象|キリン|ライオン|とら|トラ|虎|さる|サル|猿|ゴリラ|カバ|アライグマ|キツネ|きつね|狐)$`, 'u')
export const R96: Phrase[] = [
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${COLLEAGUE}(?:は|も|が|の|って|ったら|、)[^。！？!?\\n]{0,16}?${WEIGHT96}[^。！？!?\\n]{0,40}?${LAUGH50}`),
    instead: '同僚の体型や健診結果を笑いの種にせず、催しの内容を伝えてください（例：「特定健診の結果を活かして、ウォーキング教室に参加してみませんか」）',
    // Round 106: nor an animal called さん (お堀のカモさんのお腹、まん丸でかわいい（笑）): the honorific is the animal's, not a person's.
    keep: (fo, s, a, b) => !WEIGHT_OK.test(fo.slice(a, b)) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)) && !ANIMAL_SAN.test(fo.slice(Math.max(s.start, a - 8), a)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${POSTPARTUM}[^\\n]{0,60}?${LAUGH50}`),
    instead: '産後の体型をからかわず、母子保健の案内そのものを書いてください（例：「産後の体調や体型の変化は、保健師にご相談ください」）',
    keep: (fo, s, a, b) => !POSTPARTUM_OK.test(fo.slice(Math.max(s.start, a - 12), b)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(MOODY),
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !MOODY_OK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
const STAFF104 = '(?:先生|保育士|職員|スタッフ|受付(?:の(?:方|人|子))?|看護師|講師|指導員|支援員|係員|ガイド|店員|駅員)(?:さん)?(?:たち|達|陣|の皆さん)?'
const LOOKS104 = '(?:アイドル(?:並み|なみ|級|顔負け|みたい)|美人|美女|イケメン|美男|男前|(?:かわい|可愛|カワイ)(?:い|く|かっ|すぎ)|(?:きれい|綺麗|キレイ)(?:な|で|すぎ)|モデル(?:並み|なみ|級|みたい))'
const SEE = '(?:見学(?:に)?|会いに|見に|顔を見に)(?:来|き|おいで|いらっしゃ|お越し)'
const LOOKS_OK = phrase('子ども|子供|こども|園児|児童|赤ちゃん|動物|制服|衣装|作品|花|景色|園舎|建物', 'u')
const NIGHT_WAY = '(?:夜|よる)の(?:ほう|方)(?:も|は|が)?[、,]?[^。！？!?\\n]{0,4}?(?:元気|げんき|頑張|がんば|はっする|ハッスル|張り切|はりき|励|お盛ん|燃え)'
const SECOND_CHILD = phrase('[😏😘💋🍆🫦😉]|意味深|ふふ|第?[2二]子|[2二]人目|ふたり目|子宝|子作り|子づくり|弟か妹|妹か弟|きょうだい', 'u')
const BELLY104 = '(?:ぽっこり|ビール腹|中年太り|三段腹|太鼓腹|メタボ腹|たるんだ(?:お)?腹|お腹(?:が|の)?(?:出た|出とる|ぽっこり))'
const BELLY_OWNER = `(?:${TEASED}|旦那|ご主人|夫|父ちゃん|とうちゃん|親父|おやじ|おっさん)(?:たち|達)?(?:の|ん)`
const OLD_AGE = `(?:${OLD66}|(?:平均)?年齢(?:が|は)?[^。！？!?\\n]{0,4}?[6-9][0-9]歳|[6-9][0-9](?:代|歳)(?:以上|超え|過ぎ|すぎ)?(?:の(?:方|人|皆さん))?)`
const DOZED = '(?:寝(?:て|と|ち)(?:た|る|い|ら|っ|ん|ま)|居眠り|いねむり|うとうと|舟を漕|船を漕|耳(?:が|の|も|は)?(?:遠|とお)(?:い|か|くて|すぎ))'
const OLD_OK104 = phrase('マイク|補聴器|ゆっくり|丁寧|筆談|大きな字|健康|睡眠|熱中症|(?<!被)差別|偏見', 'u')
export const R104: Phrase[] = [
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${STAFF104}[^。！？!?\\n]{0,24}?${LOOKS104}[^。！？!?\\n]{0,40}?${SEE}|${LOOKS104}(?:の|な)?${STAFF104}[^。！？!?\\n]{0,12}?${SEE}`),
    instead: INSTEAD.lookism,
    keep: (fo, _s, a, b) => !LOOKS_OK.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(NIGHT_WAY),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => SECOND_CHILD.test(fo.slice(b, Math.max(s.end, b + 30))) && !CHEER53.test(fo.slice(a, Math.min(fo.length, b + 10))),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${BELLY_OWNER}[^。！？!?\\n]{0,6}?${BELLY104}[^。！？!?\\n]{0,40}?(?:🐷|🐖|(?<![一-龥])(?:豚|ぶた)(?:さん|みたい|並み|ちゃん|腹)|${LAUGH50})`),
    instead: '体型をからかわず、教室の内容そのものを紹介してください（例：「産後の骨盤ケア教室です。ご夫婦でのご参加も歓迎します」）',
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)) && !BODY_TEASE_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD_AGE}[^。！？!?\\n]{0,40}?${DOZED}`),
    instead: '参加者の年齢や居眠り・耳の聞こえを笑いの種にせず、説明会の様子そのものを紹介してください（例：「農地相続の説明会に多くの方が参加されました」）',
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST.test(t) && !OLD_OK104.test(t) && !OLD_CARE.test(t)
    },
  },
]
/**
 * Blind R277T-007 kind (dec14): someone pointed out in a photo (二枚目の, 写真の, 右端の, 左から2番目の) whose face, make-up, hair, body or
 * clothes are likened to something (まるで歌舞伎役者みたい, 〜そっくり) and laughed at (（笑）, 迫力満点, インパクト大): a resident's looks
 * teased, lookism warn. Not a photo praised (二枚目の写真、素敵な笑顔ですね), nor a likeness that only praises (まるで女優さんみたいにきれい).
 */
const PHOTO_WHO = '(?:(?:[一二三四五六七八九十1-9１-９]{1,2}|最初|最後)枚目(?:の写真)?の|(?:お)?写真の|(?:右|左)(?:端|はし|奥|手前|側|がわ)の|(?:右|左|前|後ろ|うしろ)から(?:[一二三四五六七八九十1-9１-９]{1,2})(?:番目|人目)の|真ん中の|後ろの|うしろの|手前の|奥の)'
const PHOTO_PERSON = '(?:おばあちゃん|おばあさん|おじいちゃん|おじいさん|おばちゃん|おばさん|おっちゃん|おじさん|お姉さん|お兄さん|奥さん|ご婦人|ご主人|お母さん|お父さん|ママ|パパ|お嬢さん|娘さん|息子さん|女性|男性|女の子|男の子|方|人|子|職員|船頭さん|[^。、！？!?\\n\\s]{1,6}?さん)'
const LOOKS_D14 = '(?:お化粧|化粧|厚化粧|メイク|すっぴん|お顔|顔|顔立ち|髪型|髪|ヘア|頭|眉|まゆ毛|眉毛|鼻|歯|肌|体型|体形|体つき|体格|体|からだ|お腹|おなか|腹|脚|足|服装|服|格好|かっこう|恰好|衣装|着こなし|ゆかた|浴衣|着物|帽子|ファッション)'
const LIKENED_D14 = '(?:まるで|まさに|完全に)[^。！？!?\\n]{1,16}?(?:みたい|そっくり|のよう|並み|顔負け)|[^。！？!?\\n]{1,16}?(?:みたい|そっくり|のよう|並み|顔負け|かと思)'
const TEASE = `(?:${LAUGH_MARK}|迫力(?:満点|がすご|ある|あり)|インパクト|強烈|衝撃|ぎょっと|ビビ|びび|ウケ|うけ|ツボ|吹き出|吹いた|爆笑)`
const PRAISE = phrase('きれい|綺麗|素敵|すてき|美し|かわい|可愛|似合|かっこい|格好い|カッコい|上品|若々し|おしゃれ|お洒落|華やか|あでやか|艶やか', 'u')
/** A look put on for fun or by the day (化粧体験, 仮装, フェイスペイント, 泥だらけ): the likeness is the costume's, not the person's. */
const DRESSED_UP = phrase('体験|仮装|コスプレ|変装|扮装|ペイント|なりきり|泥だらけ|泥んこ|どろんこ|ずぶ濡れ|びしょ濡れ|びしょびしょ', 'u')
/**
 * Blind R278M-037 kind (dec14): in a fitness or diet notice, a body called shameful (恥ずかしい体, だらしないお腹, 醜い体型, みっともない
 * 二の腕) or a verdict on the owner's self-control (体型は自己管理の通信簿, お腹が出ているのは自己管理ができていない証拠): body shaming,
 * lookism warn. Not 恥ずかしがらずにご相談ください, 恥ずかしい体験, nor a health class on 体重 and 適正体重; not the shame denied
 * (恥ずかしい体なんてありません).
 */
const SHAMED_BODY = '(?:恥ずかしい|はずかしい|恥ずかしか|みっともない|見苦しい|醜い|みにくい|だらしない|だらしのない|情けない)(?:体(?![一-龥]|たらく)|身体|からだ|体型|体形|ボディ|お腹|おなか|腹(?![一-龥])|二の腕|太もも|お尻|贅肉|ぜい肉|体つき|水着姿|脂肪)'
const BODY_VERDICT = '(?:体型|体形|体重|お腹|おなか|体つき|ウエスト|(?:お腹|おなか)(?:が|の)出(?:て(?:い)?る|た)の|太(?:って(?:い)?る|った)の)(?:は|って|こそ)[、,]?[^。！？!?\\n]{0,8}?(?:自己管理|節制|努力|意志の強さ|怠惰|だらしなさ|生活態度)(?:が|の)?(?:(?:でき|なって|足り)(?:て(?:い)?)?(?:ない|ません|ん)(?:こと)?の?)?(?:通信簿|通知表|通知簿|成績表|証拠|証明|あかし|表れ|現れ|あらわれ)'
const SHAME_DENIED = phrase('(?:なんて|など|なんか)(?:ない|ありません|ございません|存在しません)|(?:では|じゃ)(?:ない|ありません)|ありません', 'u')
export const R_D14_EARLY: Phrase[] = [
  // Blind R277T-007 kind (dec14): someone in a photo whose looks are likened to something and laughed at (二枚目のおばあちゃん、お化粧が
  // まるで歌舞伎役者みたいで迫力満点ですね（笑）): lookism warn. Not a photo praised, nor 歌舞伎の化粧体験 at an event.
  {
    rule: 'decency/lookism',
    re: phrase(`${PHOTO_WHO}${PHOTO_PERSON}(?:は|って|の|が|も|、|,)?[^。！？!?\\n]{0,12}?${LOOKS_D14}(?:が|は|も|の|って|、)?(?:${LIKENED_D14})[^。！？!?\\n]{0,24}?${TEASE}`),
    instead: '写真に写った方の容姿を何かにたとえて笑わず、行事の様子や写真へのお礼を伝えてください（例：「白秋祭の写真ありがとうございます。皆さんの笑顔がすてきです」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !PRAISE.test(fo.slice(a, b)) && !DRESSED_UP.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R278M-037 kind (dec14): a body called shameful, or made the verdict on self-control, in a diet or fitness notice (体型は自己管理の
  // 通信簿; 水着やゆかたが恥ずかしい体とは、今年こそお別れ): lookism warn. Not 恥ずかしがらずにご相談ください, 恥ずかしい体験, 適正体重.
  {
    rule: 'decency/lookism',
    re: phrase(`${SHAMED_BODY}|${BODY_VERDICT}`),
    instead: '体型を恥ずかしいものや自己管理の成績として書かず、教室の内容と健康への効果を伝えてください（例：「無理なく続けられるウォーキングで、生活習慣病の予防に取り組みましょう」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !SHAME_DENIED.test(fo.slice(b, Math.min(fo.length, b + 14))) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind review (dec22) kind: the body measured must be a person's. A person named before it (たろうくんは, あの子, 選手たちは) holds;
 * an animal, a food or a drink (うちの猫は体重のわりに, うどんは太めなのに, 香りはふくよかなのに) does not. With neither named, only
 * a word said of a person's body holds (太っているのに意外と足が速くて, ぽっちゃりなのに, 太めの体型にしては), not 体重, 太め, ふくよか. Folded text.
 */
const BODY_PERSON = phrase('(?:(?<![一-龥])子|児童|生徒|選手|(?<![一-龥])人|(?<![一-龥])方|さん|くん|君|ちゃん|男の子|女の子|息子|娘|園児|部員|めんばー)(?:たち|達|ら)?(?:は|が|も|って|、|,|の)', 'u')
const BODY_THING = phrase('猫|ねこ|犬|いぬ|牛|馬|豚|羊|鳥|魚|うなぎ|鰻|鯉|金魚|ぺっと|動物|酒|うどん|麺|そば|蕎麦|ぱん|餅|香り|味|飲み口|のどごし|喉ごし|食感|生地|小麦|米|果実|車|船|舟', 'u')
const BODY_HUMAN = phrase('^(?:太って|ぽっちゃり|太っちょ|おでぶ|でぶ|(?:お)?腹(?:が)?出て|体型|体形|体格|図体)', 'u')
export function bodyOfPerson(sen: string, a: number, _b: number): boolean {
  const before = sen.slice(Math.max(0, a - 24), a)
  if (BODY_THING.test(before)) return false
  if (BODY_PERSON.test(before)) return true
  return BODY_HUMAN.test(sen.slice(a))
}
/**
 * Blind R299D-036 kind (dec20): a body's weight or shape as the measure a feat is praised against (体重のわりによく頑張りました,
 * ぽっちゃりなのに速い, 太めにしては身軽): the body mocked. Not a weighing (体重測定), not a feat told plain (最後まで走り切りました).
 */
export const BODY_FOR = '(?:体重|体型|体形|体格(?:の(?:いい|良い)|が(?:いい|良い))?|図体|ぽっちゃり(?:体型)?|太め|ふくよか|太っちょ|太って(?:い)?る|おデブ|デブ|でぶ|(?:お)?腹(?:が)?出て(?:い)?る|重たい体|重い体)(?:の|が|な)?(?:わりに|割に|わりには|割には|にしては|なのに|やのに|のに|のくせに|くせに|にもかかわらず)[、,]?[^。！？!?\\n]{0,12}?(?:頑張|がんば|一番|いちばん|活躍|優勝|入賞|速(?:い|く|か)|はや(?:い|く|か)|走(?:れ|り切|っ)|動け|身軽|軽やか|機敏|俊敏|健闘|上手|うま(?:い|く|か)|よく(?:やっ|でき|動)|やる(?:ね|じゃ|な))'
/**
 * Blind R304W-001 kind (dec21): a named person's looks made a joke (正直イケメン枠ではないけど, ぽっちゃり体型とこの顔のおかげで
 * ゆるキャラみたい): lookism, warn even where the person agreed (本人了承済み). Not the person named plain (森くんがモデルを務めました).
 */
export const LOOKS_JOKE = '(?:イケメン|美人|美女|男前|二枚目|べっぴん|別嬪)(?:枠|担当|キャラ|系)?(?:では|じゃ|ちゃ|とは(?:言え|いえ|呼べ))(?:ない|なか|ません|ありません|ございません)|(?:ぽっちゃり|太め|ふくよか|丸っこい|まんまる)(?:な|の)?(?:体型|体形|ボディ)?(?:と|に)(?:この|あの|その)顔|(?:この|あの)顔(?:の)?(?:おかげ|せい|で(?:は|じゃ)|だから)'
/**
 * rvdec55: a mascot or an animal is no person (ゆるキャラ「やなちゃん」は、この顔のおかげで; 保護猫のトラくん。イケメンではないけど), over the
 * paragraph; a person likened to one (『ゆるキャラみたい』, 猫みたいな顔) is still a person.
 */
export const LOOKS_NOT_PERSON = phrase('(?:ゆるキャラ|キャラクター|マスコット|保護猫|保護犬|看板猫|看板犬|子猫|子犬|(?<![一-龥])猫|(?<![一-龥])犬|ネコ|ねこ|ワンちゃん|わんちゃん|ワンコ|わんこ|ニャンコ|にゃんこ)(?!みたい|のよう|っぽ|並|顔負け|背|舌)', 'u')
export const LOOKS_JOKE_VETO = phrase('ルッキズム|容姿(?:で|を)(?:判断|評価|いじ|からか)|見た目で判断|(?<!被)差別|偏見|傷つけ|いじり|からかい|控えましょう|やめましょう', 'u')
/** Blind W27 (dec10): a belly that will not close a coat or a happi (お腹が閉まらなくて), with a laugh: a body made the joke. */
export const BELLY_UNCLOSED = '(?:お腹|おなか|(?<![一-龥])腹|胴回り|胴まわり|ウエスト)(?:が|まわりが|回りが|周りが)[^。！？!?\\n]{0,4}?(?:閉まら|しまら|閉じ|とじ|留まら|とまら|収まら|おさまら)(?:な|ん|ず)'
/** Blind R201A-024 / R203I-045 (dec11): women seen by their dress, their youth or their title (浴衣, 着物姿の若い女性職員, ミス…).
 * Blind R251W-054 kind (dec8): not a child's or a grandchild's dress (孫の浴衣姿に…デレデレ is a grandparent's fondness). */
export const WOMEN_SEEN_D11 = '(?:(?<![ぁ-ゖ])ミス(?![ぁ-ゖ]|テリ|ター|ト)|(?<!(?:孫|子|子ども|子供|息子|赤ちゃん|園児|児童)(?:たち|達)?(?:の|が|は))(?:浴衣|ゆかた|着物|振袖|袴|水着|ドレス)|(?:若い|若か|かわいい|可愛い|美人の?|きれいな|綺麗な)[^。！？!?\\n]{0,4}?(?:女性|女子|女の子|娘さん|お姉さん)|(?<![一-龥])(?:女性|女子)(?:職員|スタッフ|社員|陣)|看板娘|お姉さん)'
/** Men as the onlookers (年配の男性の皆さん, 男性職員たち, おじさん連中). */
export const MEN_SEEING = '(?<![一-龥])(?:男性|男子|男|おじさん|おっさん|おじさま|おじいちゃん|殿方|男性陣|おっちゃん)(?:職員|スタッフ|客|来場者|参加者|陣|衆)?(?:の皆さん|の皆様|の方々|たち|達|ら|陣|衆|連中)?'
/** Their eyes held by the women, or not knowing where to look (視線はすっかりそちらに釘付け, 目のやり場に困って).
 * Blind R251W-054 kind (dec8): or the men said to melt at her (男性のお客さんがみんなデレデレ, メロメロ, 鼻の下, にやけて). */
export const GAZE_HELD = '(?:目|視線|目線)(?:は|が|も)?[、,]?(?:すっかり|完全に|ずっと|もう|思わず|つい|みんな)?[、,]?(?:(?:そちら|そっち|あちら|彼女(?:たち|ら)?|お二人|おふたり|二人|ふたり|女性陣|女性(?:職員|スタッフ)?|お姉さん(?:たち)?|娘さん(?:たち)?)(?:の方)?(?:に|へ)[、,]?)?(?:すっかり|完全に|ずっと|もう)?(?:釘付け|くぎ付け|くぎづけ|奪われ)|目のやり場(?:に|が)?(?:困|こま|な)|鼻の下(?:が|を)?(?:伸|のび)|デレデレ|でれでれ|メロメロ|めろめろ|骨抜き|目がハート|(?:ニヤ|にや)け'
/** Blind R208D-028 (dec12): women placed for their youth or looks (若い女性職員を置いたら, 女の子を受付に座らせると). */
export const WOMEN_PLACED = `(?:${WOMEN_SEEN_D11}|若い(?:女の子|娘|子))(?:(?:を|に)[^。！？!?\\n]{0,8}?)?(?:置い|配置し|座らせ|立たせ|入れ|据え|並べ|起用し|担当させ|担当にし|つけ|付け)(?:たら|たところ|てから|ると|たとたん|た途端|ただけで)`
/** … credited with the men's ease, or called the bloom of the place (おじさんたちの手続きがスムーズに, 華があると違う). */
export const MEN_EASED = `${MEN_SEEING}(?:の|は|が|も)?[^。！？!?\\n]{0,16}?(?:スムーズ|早く|速く|はかど|捗|機嫌|素直|おとなし|協力的|にこにこ|ニコニコ|にこやか|愛想|増え|集ま|通う|通い)`
export const BLOOM = '華(?:が(?:ある|あると|あって)|やか)|花が(?:ある|あると)|目の保養|眼福'
/**
 * Blind R311E-005 kind (dec56): a body or looks as a loss to be fixed (見た目でちょっと損しちゃってる人こそ, 外見が残念な方も), or people
 * named by body type welcomed where the post promises to change them (ぽっちゃりさん大歓迎…変身しよっ, 見返そう): lookism, warn.
 */
export const LOOKS_LOSS = '(?:見た目|外見|ルックス|容姿|体型|体形)(?:で|が|の(?:せいで|せい|ために|ため))[、,]?[^。！？!?\\n]{0,8}?(?:損(?:を)?(?:し|す)(?!な|ませ|ず)|残念な|イマイチな|いまいちな)[^。！？!?\\n]{0,8}?(?:人|方|あなた|皆さん|皆様|みなさん|女性|男性|女子|男子)'
export const LOOKS_WASTED = '(?:見た目|外見|ルックス|容姿|体型)(?:で|が|の(?:せいで|せい))[、,]?[^。！？!?\\n]{0,6}?損(?:を)?(?:する|して(?:いる|る))?(?:のは|なんて)[、,]?(?:もったいな|残念|損)'
export const FAT_LOSS = '(?:太って(?:いる|る)|ぽっちゃり(?:して(?:いる|る))?|デブ|肥満|体型)(?:と|だと|なだけで|というだけで)[、,]?[^。！？!?\\n]{0,8}?(?:損(?:を)?(?:する|し)(?!な)|モテ(?:ない|な)|見下さ|なめられ|ナメられ)'
export const LOOKS_TOPIC = phrase('ダイエット|痩せ|やせ|体重|体型|体形|ぽっちゃり|太|脂肪|メイク|化粧|美容|エステ|整形|変身|モテ|美人|ブス|イケメン', 'u')
export const BODY_WELCOMED = `(?:${BODY_TYPED}|ぽっちゃりさん|ぽっちゃり(?:女子|男子|体型の方)|おデブちゃん|デブ(?:ちゃん|さん)|太め(?:さん|の方|女子)|メタボ(?:さん|な方))(?:は|も|こそ|の(?:皆さん|方))?[、,！!]?(?:大歓迎|歓迎|大募集|集まれ|集合|必見|おいで)`
export const BODY_SOON_FIXED = `(?:${BODY_TYPED}|ぽっちゃり(?:体型|体形)?の(?:方|人|皆さん))(?:こそ|は)[、,]?[^。！？!?\\n]{0,16}?(?:変身|痩せ(?:て|よう|ましょう|ちゃお)|やせ(?:て|よう|ましょう|ちゃお)|脱(?:ぽっちゃり|デブ|メタボ)|見返|生まれ変わ|別人)`
export const BODY_FIX = phrase('変身|卒業|脱(?:ぽっちゃり|デブ|メタボ)|見返|モテ|生まれ変わ|別人|垢抜け|あか抜け|見違え|人生(?:が)?変わ|損し|恥ずかし', 'u')
/** A health programme (特定保健指導, 生活習慣病, 健康づくり) that welcomes a body type to help its health, not its looks: not lookism. */
export const HEALTH_PROGRAMME = phrase('保健指導|特定健診|生活習慣病|健康づくり|健康的|健康のため|健康教室|保健師|健診|運動教室|ウォーキング', 'u')
export const BODY_FIX_VETO = phrase('ルッキズム|体型(?:に)?(?:関係|かかわ)|どんな体型|体型を問わ|ありのまま|(?<!被)差別|偏見', 'u')
/**
 * Blind R311E-043 kind (dec56): people being judged (候補の方々, 出場者の皆さん, ファイナリスト) enjoyed as a sight by the judge (審査の間
 * じゅう目の保養をさせていただきました, 眼福でした): looks appraised, lookism. Not works, flowers or scenery enjoyed.
 */
const JUDGED_PEOPLE = '(?:候補|出場者|応募者|ファイナリスト|参加者|受験者|エントリー)[^\\n]{0,10}?(?:方々|皆さん|皆様|みなさん|女性|男性|お二人|たち|者|の方)?'
const EYE_TREAT = '目の保養|眼福|目の正月|目が幸せ'
export const JUDGED_TREAT = `(?:${JUDGED_PEOPLE})[^。！？!?\\n]{0,60}?(?:${EYE_TREAT})`
export const JUDGED_TOPIC = phrase('候補|選考|審査|コンテスト|コンクール|オーディション|ミス|ファイナリスト|グランプリ|面接', 'u')
export const NOT_PEOPLE = phrase('力作|育て(?:た|られ)|作っ(?:た|て)|手作り|制作|製作|手がけ|仕上げ|(?:皆さん|皆様|方々|参加者)の(?!(?:笑顔|お顔|顔|姿|表情|スタイル|美しさ|ドレス姿|浴衣姿|着物姿))[^。！？!?\\n、]{1,8}?(?:は|も)[、,]?(?:どれも|いずれも|どの|みな|皆)|かかし|案山子|さげもん|バラ|薔薇|作品|花|盆栽|景色|風景|写真|絵|料理|菓子|スイーツ|展示|出品|庭|建物|車|紅葉|桜|菖蒲|夜景|イルミ|デザイン|衣装|生け花|いけばな|陶芸|工芸|野菜|金魚|鯉|犬|猫|動物|ペット|着物|ドレス|書道', 'u')
/**
 * Blind R312P-057 kind (dec57): a person's youth, body or face given as the reason (若くてスタイルもいいので, 美人だから, イケメンなので) that
 * readers or visitors of one sex will come (手に取ってくれる男性が増えるかも, 男性ファンが殺到しそう, 女性客が押し寄せる): looks as the draw,
 * block. Only looks a person has (スタイル, 顔, 美人; かわいい and きれい after 若くて), so a cover's design, a dish or a mascot stays out.
 */
const LOOKS_P = '(?:(?:若くて|若いし|若いうえに|若い上に)?[、,]?(?:スタイル|プロポーション|ルックス|顔|顔立ち|容姿|脚|美脚|くびれ)(?:も|が)[、,]?(?:とても|すごく|めっちゃ|抜群に)?(?:いい|良い|よい|抜群|最高|きれい|綺麗|キレイ|整って(?:いる|る)|かわいい|可愛い|美しい)|(?:若くて|若いし|若いうえに|若い上に)[、,]?(?:かわいい|可愛い|カワイイ|きれい|綺麗|キレイ|美人|美形|イケメン|男前|かっこいい|カッコいい|セクシー|スタイル抜群)|(?:美人|美形|イケメン|男前|美女|美少女|ナイスバディ|グラマー|セクシー|スタイル抜群|べっぴん|別嬪)(?:さん)?)(?:だ|な|で|です|ですし)?'
const REASON_D57 = '(?:ので|から|し(?![ぁ-ゖ])|けん|おかげで|だけに|とあって|効果で)'
const DRAWN_SEX = '(?:(?<![一-龥])男性|(?<![一-龥])女性|男の(?:人|方)|女の(?:人|方)|おじさん|おじさま|おっさん|オヤジ|殿方|(?<![一-龥])男子|男衆|おばさま|マダム|奥様方)(?:の)?(?:ファン|読者|客|お客さん|お客様|来庁者|来場者|来館者|利用者|観光客|応募者|参加者|票|陣|層|たち|の皆さん)?'
const DRAWN_D57 = '(?:増え|殺到|集ま|押し寄せ|釣れ|食いつ|食い付|飛びつ|群が|手に取|通い詰|会いに|目当て|寄って|喜|伸び|虜|とりこ|メロメロ|釘付け|くぎづけ|ドキドキ)'
export const LOOKS_DRAW = `${LOOKS_P}${REASON_D57}[、,]?[^。！？!?\\n]{0,24}?${DRAWN_SEX}(?:が|も|の|は)?[^。！？!?\\n]{0,10}?${DRAWN_D57}|${LOOKS_P}${REASON_D57}[、,]?[^。！？!?\\n]{0,16}?${DRAWN_D57}[^。！？!?\\n]{0,10}?${DRAWN_SEX}`
/** … or a staff member named as what the men come for (新人さん目当ての男性客が増えそう, 受付のお姉さん見たさに通うおじさんたち): warn. */
export const STAFF_DRAW = `(?:新人|職員|スタッフ|看板娘|お姉さん|女の子|女子|モデル)(?:の[^。！？!?\\n]{0,8}?)?(?:さん|ちゃん)?(?:目当て|見たさ|会いたさ|に会いたくて|に会いに)(?:の|で|に)?[^。！？!?\\n]{0,12}?${DRAWN_SEX}`
export const LOOKS_DRAW_VETO = phrase('キャラ|マスコット|着ぐるみ|犬|猫|ペット|動物|人形|イラスト|デザイン|パッケージ|商品|料理|(?<!被)差別|ルッキズム|偏見|セクハラ|ハラスメント|ではありません|わけではな', 'u')
/**
 * Blind R319D-005 kind (dec58): a staff member's body or looks given as her introduction (新人の女性職員です！スタイル抜群で, 新人さんは
 * 美人で, モデル並みのスタイル, 顔もかわいくて): lookism, block where the paragraph speaks of staff. Not a garment's cut (スタイルよく見える
 * デニム), a way of working (勤務スタイル, ワークスタイル), a fitness class's aim, a mascot or a model house.
 */
export const LOOKS_PRED = '(?<!ライフ|ワーク|ワーキング|ヘア|ファッション|ビジネス|プレー|プレイ|レトロ|モダン)(?<![一-龥])(?:スタイル|プロポーション)(?:が|も|は)?[、,]?(?:とても|すごく|めっちゃ|めちゃくちゃ|本当に|ほんとに|かなり|超)?(?:抜群|最高|良すぎ|よすぎ|良(?:い|く|か)|よ(?:い|く|か)|いい|きれい|綺麗|キレイ|完璧)|抜群のスタイル|ナイスバディ|モデル(?:並み|なみ|顔負け|みたい|級|ばり)(?:の)?(?:スタイル|体型|体形|ボディ|美人|美女|脚|顔)?|(?:アイドル|女優|芸能人|グラビア)(?:さん)?(?:並み|なみ|顔負け|みたい|級|ばり)(?:の)?(?:スタイル|体型|体形|ボディ|美人|美女|脚|顔|ルックス|美貌|かわいさ|可愛さ)|(?:色白|清楚な?|正統派|和風|知的な|癒し系)美(?:人|女)(?:さん)?(?:で|です|だ|すぎ|過ぎ|なので|だから|[!！。、])|(?<=は|が|も|、|,|超|とても|すごく|かなりの|評判の|噂の|[！!\\s])美(?:人|女)(?:さん)?(?:で|です|だ|すぎ|過ぎ|揃い|ぞろい|なので|だから|[!！。、])|(?:お?顔|顔立ち|ルックス)(?:が|も)[、,]?(?:とても|すごく|めっちゃ|本当に|ほんとに|かなり)?(?:かわい|可愛|きれい|綺麗|キレイ|整って|美し)|(?:色っぽ|セクシー|グラマー|美脚|脚線美)(?:で|です|だ|くて|い|な|すぎ|[!！])'
export const STAFF_TOPIC = phrase('職員|スタッフ|新人|係員|受付|窓口|保健師|司書|ガイド|船頭|配属|入庁|着任|女の子|お姉さん|看板娘|(?:課|係)の', 'u')
export const LOOKS_PRED_VETO = phrase('ルッキズム|容姿で|見た目で|外見で|ハラスメント|セクハラ|(?<!被)差別|偏見|服|コーデ|着こなし|ワンピース|デニム|パンツ|シルエット|見え(?:る|ます)|マネキン|キャラ|マスコット|着ぐるみ|人形|犬|猫|ペット|馬|鯉|花|車|バイク|建物|デザイン|ではありません|わけではな|関係な|問わ|ヨガ|ピラティス|体操|エクササイズ|トレーニング|筋トレ|ダイエット|講座|教室|目指', 'u')
/**
 * … and men said to come for a woman of the staff (新人の女性職員…男性のお客さまが増えちゃうかも？, 男性の来庁者が殺到しそう): the woman as a draw,
 * lookism warn where the paragraph names a woman of the staff, block with a tease (ちゃう, ？, 笑, ♡) or after her looks. Not a men's class
 * or a men's room, not the fathers of a childcare programme.
 */
const MEN_CUSTOMERS = '(?:(?<![一-龥])男性|男の(?:人|方)|おじさん|おじさま|おっちゃん|殿方|(?<![一-龥])男子|オヤジ|おやじ)(?:の)?(?:お客(?:さま|様|さん)|客|来庁者|来館者|利用者|ファン|常連(?:さん)?|来場者|観光客|市民|応募者|参加者)?(?:の方|の皆さん|たち|陣)?'
export const DRAWN_MEN = `${MEN_CUSTOMERS}(?:が|も)[、,]?[^。！？!?\\n]{0,8}?(?:増え|殺到|押し寄せ|集ま|通い詰め|通いつめ|列をな|行列|急増|倍増|足しげく|足繁く)(?:する|し)?(?:ちゃう|ちゃい|る|そう|ます|ちゃいそう)?(?:かも|そう|予感|間違いなし|間違いない|に違いな|のでは|んじゃ|こと請け合い|ことでしょう|でしょう)`
export const FEMALE_STAFF = phrase('(?<![一-龥])(?:女性|女子)(?:の)?(?:職員|スタッフ|社員|新人|係員|保健師|司書|ガイド|船頭|看護師|保育士)|新人(?:の)?(?:女性|女の子|女子)|女の子|お姉さん|看板娘|受付嬢', 'u')
export const DRAWN_MEN_VETO = phrase('カワウソ|マスコット|ゆるキャラ|キャラ|着ぐるみ|犬|猫|看板犬|看板猫|うさぎ|ウサギ|パンダ|ペット|動物|男性(?:向け|用|限定|専用)|講座|教室|育児|子育て|パパ|料理|更衣|トイレ|相談|健診|検診|(?<!被)差別|セクハラ|ハラスメント|ではありません|わけではな', 'u')
/**
 * R330H-040 kind: readers called by a nickname for a body type (ぽっちゃりさん大歓迎！, おデブちゃん集まれ, メタボさんお待ちしています) where the post
 * frames the body by the looks or teases it (鏡を見てドキッとした方, 見た目, 人目, 🐷, 笑): the body made the tease, lookism warn, in a health class too
 * (the dec56 reading held it to a promise of change). Not a health class that welcomes the body for its health alone (…健康的に体重を落としましょう),
 * not a service for the size (ぽっちゃりさん向けの浴衣), not the nickname named as hurtful.
 */
const BODY_NICK = '(?:ぽっちゃり(?:さん|ちゃん|女子|男子|ママ|パパ|系)|おデブ(?:ちゃん|さん)?|(?<![ァ-ヶー])デブ(?:ちゃん|さん|ども)|太め(?:さん|女子|男子)|メタボ(?:さん|ちゃん)|ふくよか(?:さん|ちゃん))(?:たち|の皆さん|のみなさん|の皆様)?'
export const BODY_NICK_CALL = `${BODY_NICK}(?:も|は|こそ|に)?[、,！!〜~ー]*[^。！？!?\\n]{0,8}?(?:大歓迎|歓迎|大募集|募集|集まれ|集合|必見|おいで|いらっしゃい|お待ち|待って|どうぞ|ぜひ|来てね|来て)`
export const LOOKS_FRAME = phrase('鏡|見た目|外見|人目|恥ずかし|ドキッ|どきっ|ギクッ|ぎくっ|ぎくり|写真写り|水着|二の腕|(?:お腹|おなか)(?:の)?(?:ぽっこり|たぷたぷ|ぷよぷよ)|[🐷🐖🐽]|(?<![a-z0-9/.:@_-])w{2,}|ｗ|笑|😂|🤣', 'u')
export const BODY_NICK_VETO = phrase('ルッキズム|体型(?:に)?(?:関係|かかわ)|どんな体型|体型を問わ|ありのまま|(?<!被)差別|偏見|呼び方|呼ばれ|あだ名|いじり|からかい|傷つ', 'u')
/**
 * R330H-041 kind: readers urged to come before someone mocks their age or body (旦那さんに「おばさんになったね」って言われる前に, 「太った？」と
 * 言われないように, おばさん体型と呼ばれる前に): the taunt made the reason, lookism warn (the round-20 AIMED reading of listed slurs, for a taunt
 * of age or body in any wording). Not one the speaker was hurt by, nor the taunt named to stop it.
 */
const TAUNT = '(?:おばさん|おじさん|おばちゃん|おっさん|おばはん|ばばあ|じじい|(?:中年|幼児|おばさん|おばちゃん)(?:体型|体形|太り)|老け(?:た|たね|込|顔|て見え)|ふけ(?:た|たね|込)|太っ(?:た|たね|たんじゃ|てきた)|太りました|太りすぎ|ふとった|(?<![ァ-ヶー])デブ|ぽっちゃり|劣化|たるん|たるみ|(?:お腹|おなか|腹)(?:が|の)?(?:出て|ぽっこり|たぷたぷ)|ビール腹|三段腹|二重(?:あご|顎)|ブス|ぶす(?:に|だ|じゃ|っ)|ぶさいく|ブサイク|不細工)'
export const TAUNT_BEFORE = `${TAUNT}[^「」『』。！？!?\\n]{0,10}?[」』”]?[、,]?(?:って|と)[、,]?(?:言われ|いわれ|思われ|おもわれ|呼ばれ|よばれ|笑われ|わらわれ)(?:る前に|るまえに|ちゃう前に|ちゃうまえに|てしまう前に|ないうちに|ないよう|ないため|ないで済むよう|たくなければ|たくない(?:なら|方|人))`
export const TAUNT_BEFORE_VETO = phrase('(?<!被)差別|偏見|ルッキズム|いじり|ハラスメント|セクハラ|モラハラ|傷つ|傷付|悩|言わないで|言うのは(?:やめ|控え)', 'u')
/**
 * R330H-048 kind: a staff member named as what the men come for (司書のお姉さん目当てで通ってる男性の利用者さん), and her looks praised or the
 * readers urged to approach her after it (美人ですからね〜。今度カウンターで声かけてあげてください😉): the dec57 draw made a come-on, lookism block.
 */
export const STAFF_DRAW_ON = `(?:${STAFF_DRAW}|(?:窓口|受付|カウンター|レジ|案内所|売店|係|課|館)の[^。！？!?\\n]{0,8}?(?:さん|ちゃん)(?:目当て|見たさ|会いたさ|に会いたくて|に会いに)(?:の|で|に)?[^。！？!?\\n]{0,12}?${DRAWN_SEX})[^\\n]{0,80}?(?:美人|美形|べっぴん|別嬪|かわいい|可愛い|カワイイ|きれい|綺麗|キレイ|イケメン|男前|スタイル(?:抜群|が(?:いい|良い|よい))|声(?:を)?(?:かけ|掛け)て(?:あげ|み|ください|下さい|ね)|話しかけて(?:あげ|み|ください|下さい|ね)|口説|くどい|ナンパ|デート|連絡先|アタック|アプローチ|独身|彼氏募集)`
export const LOOKS_HIRED = `${PRETTY}(?:だと|なら|ですと|だったら|が(?:来て(?:くれる|くださる|もらえる)?と|入ると|いると))[、,]?[^。！？!?\\n]{0,30}?(?:${PERK_MEN}|お客(?:様|さま|さん)|職場|現場|みんな|皆)[^。！？!?\\n]{0,20}?(?:元気|喜|明るく|華やか|ハッスル|張り切|はりき|テンション|やる気|助かり|うれし|嬉し)`
/**
 * Blind R457J-019 kind (dec95): the women or the good-looking among the participants, the audience or the visitors given as what fires the
 * speaker up (美人が多いと説明にも熱が入ります, きれいな方が来てくれるとやる気が出る, 女性のお客さんばかりだとテンションが上がる): looks or sex
 * remarked at a public event, lookism warn. Not a count told plainly (女性の参加者が多く、活発な意見交換), not the speaker's own zeal for
 * the subject (若い方が多いと活気が出ます: no sex or looks named), not the notion named as wrong (LOOKS_LIFT_VETO).
 */
const LIFTERS = '(?:美人|美女|べっぴん|別嬪|美形|きれいどころ|綺麗どころ|(?:きれいな|綺麗な|キレイな|かわいい|可愛い|カワイイ|若い|若くて)[^。！？!?\\n]{0,4}?(?:方|人|女性|女の子|子|お姉さん|娘さん|女子)|(?<![一-龥])女性|女の子|(?<![一-龥])女子|お姉さん|娘さん)'
export const LOOKS_LIFT = `${LIFTERS}(?:さん)?(?:の(?:参加者|来場者|お客(?:様|さま|さん)|受講者|受講生|来館者|見学者|方|方々|皆さん))?(?:たち|陣|方)?(?:が|も)?[、,]?(?:たくさん|大勢|いっぱい|沢山)?(?:多い|多く|多かった|多め|ばかり|ばっかり|ぞろい|揃い|だらけ|(?:い|お)る|来る|来てくれる|来てくださる|来られる|見える|並ぶ|そろう|揃う)(?:と|だと|なら|から|ので|けん|し|だけで|おかげで|ため)[、,]?[^。！？!?\\n]{0,16}?(?:熱が入|気合(?:い)?が入|力が入|やる気が(?:出|で|上が|あが|アップ)|やる気(?:も)?(?:満々|まんまん|マンマン)|張り切|はりき|テンション(?:が|も)?(?:上が|あが|爆上|アップ)|俄然|頑張れ(?:る|ます|ちゃ)|がんばれ(?:る|ます|ちゃ)|ハッスル|はっする|舌(?:が|も)?(?:よく)?回|口(?:が|も)?滑らか|饒舌)`
export const LOOKS_LIFT_VETO = phrase('(?<!被)差別|偏見|ルッキズム|セクハラ|ハラスメント|不適切|ではありません|わけではな', 'u')
export const HIRING_TOPIC = phrase('募集|採用|求人|応募|面接|大募集|求む|働きませんか|一緒に働', 'u')
/**
 * R338N-035 kind is the round-19f reading (…が不安を感じられないよう、利用時間をずらす): ずらす, 時間帯 and 分ける added there.
 * R338N-039 / R338N-060 kinds: young or good-looking women on the staff credited with more men coming (若くてかわいらしい女性職員が入りました。心なしか
 * 男性の利用者さんの来館が増えた気がします, 若い女性の先生がそろっているので、お父さん方の出席率も年々上がっている), or the reverse (イケメンの新人が
 * 入ってから、奥様方の来店が増えた): the staff as the bait, lookism block.
 */
const DRAW_STAFF = '(?:若(?:い|くて|く)|かわいい|可愛い|かわいらしい|可愛らしい|きれいな|綺麗な|キレイな|美人な?|美人の|美しい)[^。！？!?\\n]{0,12}?(?:(?:女性|女の子|女子|お姉さん|娘さん)(?:の)?(?:職員|スタッフ|先生|教員|保育士|看護師|店員|ガイド|船頭|アルバイト|新人|受付|司会|講師|係)(?:さん)?(?:たち|陣|方)?(?:が|も|を|の|ばかり|ぞろい|揃い)|(?:女性|女の子|女子|お姉さん|娘さん)(?:たち|陣)?(?:が|を)(?=[^。！？!?\\n]{0,12}?(?:入り|入っ|入る|配属|着任|採用|置|配置|そろ|揃|担当|来てくれ|勤め|働い)))'
const DRAW_MEN = '(?:男性|男の|お父さん|父親|パパ|おじさん|おじいちゃん|おじいさん|殿方|男衆)(?:の)?(?:方|方々|利用者|来館者|来場者|お客(?:様|さま|さん)|保護者|職員|陣|たち|達|客)?(?:さん)?(?:の|が)?[^。！？!?\\n]{0,6}?(?:来館|来場|来店|来庁|出席|参加|利用|申し?込み|来客|リピート|人数|足|来訪)(?:者)?(?:数|率)?(?:が|も)?[^。！？!?\\n]{0,8}?(?:増え|ふえ|上が|あが|伸び|アップ|倍|多くな|急増|増加)|(?:男性|男の|お父さん|おじさん|おじいちゃん|殿方|男衆)(?:の)?(?:お客(?:様|さま|さん)|利用者|来館者|来場者|参加者|客|ファン|常連(?:客|さん)?|リピーター)(?:さん)?(?:が|も)[^。！？!?\\n]{0,6}?(?:増え|ふえ|倍|多くな|急増|増加)'
const DRAW_HANDSOME = '(?:イケメン|若い男性|若くてかっこいい|かっこいい(?:男性|男の子)|男前)(?:の)?(?:職員|スタッフ|先生|教員|店員|ガイド|船頭|新人|講師)?(?:さん)?(?:が|も|を|の)'
const DRAW_WOMEN = '(?:女性|奥様|奥さま|奥さん|ママ|お母さん|母親|おばちゃん|おばさん|おばあちゃん)(?:の)?(?:方|方々|利用者|来館者|お客(?:様|さま|さん)|保護者|陣|たち|達|客)?(?:さん)?(?:の|が)?[^。！？!?\\n]{0,6}?(?:来館|来場|来店|来庁|出席|参加|利用|申し?込み|来客|リピート|人数|足|来訪)(?:者)?(?:数|率)?(?:が|も)?[^。！？!?\\n]{0,8}?(?:増え|ふえ|上が|あが|伸び|アップ|倍|多くな|急増|増加)|(?:女性|奥様|奥さま|奥さん|ママ|お母さん|おばちゃん|おばさん|マダム)(?:の)?(?:お客(?:様|さま|さん)|利用者|来館者|来場者|参加者|客|ファン|常連(?:客|さん)?|リピーター)(?:さん)?(?:が|も)[^。！？!?\\n]{0,6}?(?:増え|ふえ|倍|多くな|急増|増加)'
export const STAFF_DRAW_D = `(?:${DRAW_STAFF})[^\\n]{0,80}?(?:${DRAW_MEN})|(?:${DRAW_MEN})[^\\n]{0,40}?(?:${DRAW_STAFF})|(?:${DRAW_HANDSOME})[^\\n]{0,80}?(?:${DRAW_WOMEN})`
export const STAFF_DRAW_VETO = phrase('育休|育児休業|育児参加|家事|イクメン|父親学級|パパ講座|パパ教室|ママ講座|(?<!被)差別|偏見|ハラスメント', 'u')
/**
 * R338N-055 kind: a body type joked about as eating much (体格のいい子がそろっているクラスなので、お昼のお弁当がいつもの倍ありそうなのも納得です): the body
 * teased, lookism block. Not a meal served to need (大盛りを用意しました), not an animal.
 */
const BIG_BODY = '(?:体格(?:の)?(?:いい|良い|よい|立派な)|大柄な|がっしり(?:と)?した|ぽっちゃり(?:した)?|太め(?:の)?|ふくよかな|(?:体|からだ)(?:の)?(?:大きい|大きな)|貫禄(?:の)?ある|横幅(?:の)?ある|恰幅(?:の)?(?:いい|良い))[^。！？!?\\n]{0,12}?(?:子|子ども|お子さん|児童|生徒|選手|メンバー|方|人|職員|さん|くん|クラス|チーム)'
const EATS_MUCH = '(?:お弁当|弁当|ご飯|ごはん|食事|給食|おかわり|お代わり|食べる量|食費|食欲|おにぎり|おやつ|胃袋)(?:が|も|は|の量)?[^。！？!?\\n]{0,16}?(?:倍|多そう|すごそう|ありそう|すごい|半端な|桁違い|ぺろり|平らげ|たいらげ|食べそう|足りな|一番乗り|真っ先|誰よりも|いの一番|欠かさ|何杯も|何回も|何度も)[^。！？!?\\n]{0,16}?(?:納得|さすが|でしょう|だろう|かも|[😂🤣😆]|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|ｗ|(?<![a-z])w{1,4}(?![a-z])|うなず|頷)'
export const BODY_EATS = `${BIG_BODY}[^。！？!?\\n]{0,30}?${EATS_MUCH}`
export const BODY_EATS_VETO = phrase('猫|ねこ|犬|いぬ|ペット|動物|キャラ|着ぐるみ|パンダ|馬|牛|豚|成長期|栄養', 'u')
/** Blind R353A-048 kind (DE): visitors' girth made the joke of a sell-out or a meal (ふくよかなお客さんが多かったのか…完売でした笑): lookism, warn. */
export const GIRTH_LAUGHED = `(?:ふくよか|ぽっちゃり|太め|太った|恰幅の(?:いい|良い|よい)|大柄|体格の(?:いい|良い)|めたぼ)(?:な|の)?(?:お客(?:さん|様|さま)?|方|人|参加者|来場者|皆さん|男性|女性|子)[^\\n]{0,40}?(?:${LAUGH_MARK}|(?<=[ぁ-ゖ])笑(?=\\p{Extended_Pictographic}))`
export const GIRTH_VETO = phrase('さいず|(?<!被)差別|偏見|るっきずむ', 'u')
/** Blind R359G-014 kind (DE): a resident's figure or looks praised against an age (60代には見えないスタイル, 還暦とは思えない体つき): lookism, warn. */
const AGE_ = '(?:[0-9０-９一二三四五六七八九十]{1,3}(?:代|歳|才)|お年|年齢|還暦|古希|古稀|喜寿|傘寿|米寿)'
const FIGURE = '(?:すたいる|体型|体形|ぷろぽーしょん|ぼでぃ|体つき|からだつき|身体つき|くびれ|美脚|美貌|美人|美女|色気|色っぽ|るっくす|容姿|お顔立ち|顔立ち|ばすと|脚線)'
export const AGE_LOOKS = `${AGE_}(?:に|と)?(?:は|も)?(?:見えな|見えん|見えへん|思えな|思えん)(?:い)?[^。！？!?\\n]{0,4}?${FIGURE}|${FIGURE}(?:は|が|も)?[^。！？!?\\n]{0,8}?${AGE_}(?:に|と)(?:は|も)?(?:見えな|見えん|見えへん|思えな|思えん)`
export const AGE_LOOKS_VETO = phrase('るっきずむ|容姿(?:への|に関する|について)|(?<!被)差別|はらすめんと|せくはら|体操|運動|筋とれ|教室|講座|ぷろぐらむ', 'u')
/**
 * Blind R374X-044 kind: people called heavy as a crowd (重量級ぞろい, 巨漢ばかり, 力士並み) and the floor, the boat or the scales feared for
 * under them or an elephant or a whale drawn (床が心配です🐘, 舟が沈みそう, 体重計が悲鳴): their bodies made the joke, lookism warn.
 * Not a weight class (柔道の重量級の部, 100kg級), not without the people named.
 */
const HEAVY_BUILT = '(?:重量級|へびー級|超重量級|巨漢|巨体|重量感(?:たっぷり|抜群|満点)|(?:力士|関取|お相撲さん|横綱)(?:並み|級|みたい|のよう))'
export const HEAVY_CROWD = `(?:参加者|皆さん|みなさん|皆様|皆さま|めんばー|職員|選手|団員|受講者|受講生|生徒|お客さん|利用者|方々|人たち|課長|係長|部長|さん|陣)[^。！？!?\\n]{0,16}?${HEAVY_BUILT}(?:ぞろい|揃い|そろい|ばかり|ばっかり|だらけ)?[^。！？!?\\n]{0,24}?(?:(?:床|舟|船|椅子|いす|橋|体重計|まっと|べんち|畳|すてーじ|舞台|ぼーと|えれべーたー|土台)(?:が|も|は)?[、,]?(?:心配|不安|抜け|ぬけ|もつ|もた|持つ|持た|壊れ|こわれ|悲鳴|沈|傾|きし|軋|耐え|たわ|しな)|[🐘🦛🐳🐋🐷🐖🐽]|[（(]笑[)）])`
export const HEAVY_VETO = phrase('階級|の部|(?:kg|ｋｇ|キロ)級|無差別級|柔道|レスリング|重量挙げ|ウエイトリフティング|るっきずむ', 'u')
/**
 * Blind R383G-057 kind: people named by a body type sent to watch instead of taking part, softly (ぽっちゃりさんは残念ですが見学でお願いします,
 * 太めの方は見学のみとなります, ふくよかな方は体験が難しいかもです): visitors sorted by their body, lookism, warn. The plain refusals (ご遠慮
 * ください, 参加できません) are the appearance group's (`EXCLUDE`). A limit told by the thing itself (サイズはS・Mのみ, 体重100kg以上の方は安全の
 * ため) names no body type; a post that names the prejudice (ルッキズム, 体型を問わず) or a health matter stays clean.
 */
export const BODY_SHUT_OUT = `(?:${BODY_TYPED}|ぽっちゃり(?:体型|体形)?の(?:方|人|皆さん))(?:は|も)[、,]?[^。！？!?\\n]{0,16}?(?:見学(?:で|のみ|だけ|に(?:回|まわ|とどめ|なり|させ))|(?:ご)?(?:参加|利用|体験|レンタル|乗船|入場)(?:は|が)?(?:難し|むずかし|厳し|きびし|無理)|お待ちして(?:い)?ません)`
export const BODY_SHUT_OUT_VETO = phrase('るっきずむ|体型(?:を|に)?(?:問わ|関係|かかわ)|どんな体型|(?<!被)差別|偏見|健康|医師|保健|持病|治療', 'u')
