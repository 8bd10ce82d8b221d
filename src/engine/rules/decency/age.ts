/**
 * decency — age: the old belittled or presumed unable as a whole (ボケ老人, お年寄りでも使えるほど簡単), dementia called ボケ with a sneer,
 * youth preferred in hiring. Stays clean: ボケ防止 alone, a fraud warning's 判断力が低下しやすい, a flower or manzai.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { phrase } from '../../words'
import { AWARENESS, NATION, INSTEAD, INSENSITIVE, RESIDENTS, DISABLED, AGED, PRESUMED_NOT, LAUGH_MARK, ELDERS, BURAKU_PLACE, R21_GROUP, rx, R22_GRP, NAMES_PREJUDICE, AGAINST, LAUGH50, YOUNG_WOMEN52, OLD66, LEER80, SUSPECTED_OK, SIMILE, mockingSaid, DENIED110, BODY110, GAZE110, BODY_OK, AWARE121, ORIGIN_D10, type Phrase } from './context'

export const BURAKU_VETO = phrase('差別|人権|啓発|心ない|決めつけ|偏見|(?:人生|将来)を(?:大きく)?(?:左右|狂わせ)|傷つけ|お断り|禁止|しない|させない|しません|やめ|いけません|いけない|なりません|違反|不正|つながる|つながり|防止|配慮|法律|条例|本人の(?:同意|申請)|証明書|手続|窓口|届|申請|後を絶|許され|お答え(?:でき|し)|回答(?:でき|し)(?:ません|ない|かね)|応じ(?:られ|ません|かね)|行為', 'u')
/** Old kin and elders a face may be likened to (うちのおばあちゃん, 近所のじいさん). */
export const OLD_KIN = '(?:お)?(?:じい|ばあ|爺|婆)(?:ちゃん|さん|様)|ばあば|じいじ|祖母|祖父|お年寄り|年寄り|老人|じじい|ばばあ|おばさん|おじさん|おばちゃん|おっちゃん'
export const AGED_NEED = ['年配', '高齢', '年寄り', '老人', 'じい', 'ばあ', 'しにあ']
/** The others whose comfort is weighed (他の利用者, 周りのお客様, 周囲). */
const R21_OTHERS = '(?:(?:他|ほか|周り|周囲|まわり|一般)の(?:利用者|お客様|お客さま|お客さん|方々|方|人|皆様|皆さま|皆さん|参加者|来場者|来館者|子ども|子供|お子さん|飼い主|入居者|患者|乗客|住民|避難者|入所者|来庁者|児童|生徒)(?:さん|たち|様)?|周り|周囲|まわり)'
/** Their supposed unease (気を遣う, 気まずい, 落ち着かない, 戸惑う), not denied (気を遣うことなく). */
const R21_UNEASE = '(?:気を(?:遣|使|つか)(?:う|い|われ|わせ|って)|びっくり(?:する|され|して|しま)|気まず|気兼ね(?:する|し(?:て|ま))|落ち着か|戸惑|とまど|困惑|身構え|緊張(?:する|され|して|しま)|怖が|こわが|怖がらせ|不安に(?:な|感じ|思|させ)|困らせ|居心地(?:が)?(?:悪|わる)|遠慮(?:する|され|して|しが|しちゃ))(?![^。！？!?\\n]{0,4}?(?:なく|ないよう|なくて|ずに|ず[、,]|ません|ない(?:で|よう)))'
/** What they are asked to do (平日に, 別の日に, 時間をずらして, お控えください). */
const R21_ASKED = '(?:お断り|(?:のみ|だけ)(?:の)?(?:ご)?(?:利用|使用)|に限らせ|(?:に|へ)(?:移って|移動して|お移り)(?:いただ|もら|ください)|別室|平日|午前中|早い時間|朝の|閉館間際|別の?(?:日|時間|曜日|会場|日程)|別日|空いて(?:いる|る)|少ない(?:時間|日)|時間(?:帯)?を(?:ずら|変え|分け)|控え|遠慮|お願い(?:します|いたします|致します|できれば|したい)|いただけ(?:ます|れば|ると)|ください|下さい|てほしい|て欲しい|もらえ)'
/** … not a choice offered or a need met (ご希望の方は, お手伝い, 手話通訳, スロープ). */
const R21_MET = phrase('専用|貸切|貸し切り|気兼ねなく|ご希望|希望され|お申し出|ご要望|選べ|選択|お手伝い|介助|サポート|手話|通訳|字幕|スロープ|安心して', 'u')
export const R21_MASK = '[〇○●◯◎×✕✖*＊■□]'
/**
 * Blind R312P-012 kind (dec57): the group's coming or presence as the condition (障がいのある方が来られると, 車いすの方がいらっしゃると, 外国の方が
 * 同席されると), someone said to be put off by it (進行に気を取られる議員もおります, 職員が集中できない, ほかの方のご迷惑になる), and the group sent to
 * watch from elsewhere or come another time (インターネット中継でのご視聴をお願い, 別室で, 平日に): the group kept away for the others' ease, in the
 * words of the R21 reading above, widened from 他の利用者が気を遣う to anyone distracted. Not a need answered (手話通訳, スロープ, お手伝い).
 */
const R21_COMING = '(?:の方|の皆さん|の皆様|の方々)?(?:が|も)[、,]?(?:[^。！？!?\\n]{0,8}?(?:に|へ|で))?(?:来られる|来る|こられる|くる|来場される|来場する|来館される|いらっしゃる|いらした|おられる|いる|お見えになる|見える|入る|入られる|参加される|参加する|同席される|同席する|傍聴される|傍聴する|乗られる|乗る|ご利用になる|利用される|利用する)(?:と|たら|だけで)'
const R21_DISTRACT = `(?:${R21_UNEASE}|気を(?:取|と)られ|気が散|集中(?:でき(?:ない|ず|ません|なく)|力(?:が)?(?:途切|切れ|落ち|欠け)|を欠|が途切|が切れ|しにく|しづら)|(?:進行|審議|議事|会議|授業|講義|作業|運行|業務|練習|演奏|上演|撮影|審査|試合)(?:に|が|の|を)?(?:支障|遅れ|妨げ|差し支え|影響|滞|乱れ|止ま)|手を(?:取|と)られ|手が(?:止ま|とま)|(?:ご)?迷惑|邪魔|じゃま|(?:雰囲気|空気)が(?:悪|変わ|乱)|騒がしく|ざわつ)(?![^。！？!?\\n]{0,4}?(?:なく|ないよう|なくて|ずに|ず[、,]|ません|ない(?:で|よう)))`
const R21_STEER = '(?:インターネット|ネット|オンライン|ライブ|リモート|録画|中継|配信|ご自宅|自宅|別室|別の?(?:日|時間|曜日|会場|日程|部屋|席|場所)|別日|平日|時間(?:帯)?を(?:ずら|変え|分け)|(?:ご)?遠慮|お控え|控えて|お断り|ご辞退|見合わせ|後方の席|後ろの席|奥の席)'
export const R21_MASK_NEED = ['〇', '○', '●', '◯', '◎', '×', '✕', '✖', '*', '＊', '■', '□']
export const R21_EARLY: Phrase[] = [
  // A disabled person, an elder or a foreigner called a burden (車いすの方がいると避難が遅れて正直お荷物, 年寄りは足手まとい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP}|子連れ(?:の(?:方|人))?|妊婦(?:さん)?)[^。！？!?\\n]{0,30}?(?:(?<!の)|(?<=(?:社会|職場|地域|会社|チーム|みんな|家族|国|市|町|班|組織)の))(?:お荷物|厄介者|やっかい者|邪魔者|じゃま者|足手まとい|足手纏い|足でまとい|迷惑(?:でしか|な存在|以外の何))(?=で|です|だ|や|なん|でしか|にな|扱い|状態|以外|みたい|そのもの|[。！!、…]|$|[^ぁ-ゖ一-龥])`),
    need: ['荷物', '厄介者', 'やつかい者', '邪魔者', 'じやま者', '足手', '足で', '迷惑で', '迷惑な', '迷惑以外'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(b, s.end)) && !/^(?:扱い)?(?:さ|に)?(?:れ|な)?[^。！？!?\n]{0,6}?(?:ない|なく|ません|ではと|のでは|と(?:心配|不安|悩|気に))/u.test(fo.slice(b, s.end)) && !/どころか/u.test(fo.slice(s.start, s.end)),
  },
  // A group asked to come another day so that the others need not feel awkward (…が来られると他の利用者が気を遣うため、平日の利用を).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP})[^。！？!?\\n]{0,30}?${R21_OTHERS}(?:が|に|も|の方が)?[^。！？!?\\n]{0,6}?${R21_UNEASE}[^。！？!?\\n]{0,24}?${R21_ASKED}|${R21_OTHERS}(?:が|に|も|の方が)?[^。！？!?\\n]{0,6}?${R21_UNEASE}[^。！？!?\\n]{0,10}?(?:ので|ため|から|けん)[、,]?[^。！？!?\\n]{0,10}?(?:${R21_GROUP})[^。！？!?\\n]{0,20}?${R21_ASKED}`),
    need: ['気を遣', '気を使', '気をつか', 'びつくり', '気まず', '気兼ね', '落ち着か', '戸惑', 'とまど', '困惑', '身構え', '緊張', '怖が', 'こわが', '不安に', '居心地', '遠慮'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/専用|貸切|貸し切り|気兼ねなく/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R312P-012 kind (dec57): the group's coming said to put anyone off, and the group sent to watch online or come apart (障がいのある方が
  // 来られると進行に気を取られる議員もおりますので、…インターネット中継でのご視聴をお願い): block. Not a choice offered (ご希望の方は), not a need met.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP})${R21_COMING}[、,]?[^。！？!?\\n]{0,30}?${R21_DISTRACT}[^。！？!?\\n]{0,40}?${R21_STEER}`),
    need: ['気を', 'びつくり', '気まず', '気兼ね', '落ち着か', '戸惑', 'とまど', '困惑', '身構え', '緊張', '怖が', 'こわが', '不安に', '居心地', '遠慮', '気が散', '集中', '支障', '遅れ', '妨げ', '差し支え', '影響', '滞', '乱れ', '止ま', '手を', '手が', '迷惑', '邪魔', 'じやま', '雰囲気', '空気', '騒がしく', 'ざわつ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !R21_MET.test(fo.slice(s.start, s.end)),
  },
  // The old presumed unable to understand (高齢者の方は何度説明しても理解が難しいので, お年寄りには操作が無理なので…ご家族が代わりに).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})(?:の方|の皆さん|の皆様)?(?:は|って|には|なんて|なんか)[、,]?[^。！？!?\\n]{0,12}?(?:(?:何度|何回|いくら|なんぼ|なんべん|何べん)(?:も)?(?:ご|お)?(?:説明|言|いっ|いう|教え|話|伝え|案内)[^。！？!?\\n]{0,6}?(?:も|ても|たって)[、,]?[^。！？!?\\n]{0,10}?(?:理解|わから|分から|覚え(?:られ|ん|な)|伝わら|通じ|忘れ)[^。！？!?\\n]{0,30}?(?:代わり|代理|代わって|代行|てあげ|意味(?:が|は)?(?:ない|なか|ありません)|無駄|むだ|ムダ|ご遠慮|お断り|来ないで|来んで|(?:ご家族|家族|息子さん|娘さん|お子さん|お孫さん|若い(?:方|人))[^。！？!?\\n]{0,10}?(?:来てもら|来ていただ|お越しいただ|同伴|付き添|つきそ))|(?:理解|判断|把握|操作|使い方|説明|仕組み|内容|手続き|申請|スマホ|ネット|パソコン|機械|アプリ)(?:する(?:の|こと))?(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:難し|むずかし|無理|でき(?:ない|ません|ん)|わから(?:ない|ん)|分から(?:ない|ん)|ついていけ(?:ない|ん))(?:い|く|か)?(?:です|でしょう|と思われます|かと思います|と思います)?(?:ので|から|ため|けん|し(?=[、,]))[、,]?[^。！？!?\\n]{0,30}?(?:ご家族|家族|若い(?:方|人|世代)|お子さん|お孫さん|息子さん|娘さん|周り|周囲)[^。！？!?\\n]{0,16}?(?:代わり|代理|代わって|代行|てあげ|やってもら|してもら|やっていただ|していただ|任せ))`),
    need: ['代わり', '代理', '代わつて', '代行', 'てあげ', '意味', '無駄', 'むだ', '遠慮', 'お断り', '来ないで', '来んで', '来てもら', '来ていただ', 'お越しいただ', '同伴', '付き添', 'つきそ', 'てもら', 'ていただ', '任せ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/場合|方(?:も|が)(?:多|い|おら)/u.test(fo.slice(a, b)),
  },
  // 部落 masked (部〇, ぶ〇く, 同〇地区) as a place or an origin (昔から部〇の地区なので、反対もそれほど出ない).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?<![一-龥ー])(?:部${R21_MASK}|ぶ${R21_MASK}く|ぶら${R21_MASK})(?!${R21_MASK})(?=の|出身|地区|地域|民|だ|で|や|な|ん|っぽ|みたい|[、。！？!?\\s]|$)|(?<![一-龥ー])(?:同${R21_MASK}|${R21_MASK}和)(?:地区|地域)(?=の|出身|が|は|に|を|と|も|だ|で|や|な|ん|[”」』"、。！？!?\\s]|$)|(?<![一-龥ー〇○●◯◎×✕✖*＊■□])${R21_MASK}落(?:出身|民|の(?:人|方|地区|者|出)|だから|やけん|なので)`),
    need: R21_MASK_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // 部落 or 同和地区 presumed not to object to an unwanted facility (昔から部落の地区なので、反対もそれほど出ない).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${BURAKU_PLACE})[^。！？!?\\n]{0,16}?(?:から|ので|ため|けん|だし|やし)[、,]?[^。！？!?\\n]{0,12}?(?:反対|苦情|文句|抵抗|異論|クレーム)(?:の声)?(?:も|が|は)?[^。！？!?\\n]{0,8}?(?:出な|出ん|出ませ|少な|起きな|起こらな|来な|こな|ない|なか|ありません)`),
    need: ['反対', '苦情', '文句', '抵抗', '異論', 'くれーむ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R369S-019 kind: a disabled or ill person's own visit said to make the counter's work hard, and the family asked to come
  // instead (精神疾患のある方が直接来られると対応が難しいので、できるだけご家族がお越しください): the person kept from their own business.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_GROUP}|精神(?:的な|の)?(?:ご)?(?:病気|疾患|障(?:害|がい))(?:の(?:ある|あ)|を(?:お持ちの|持つ|お持ち)|のある|がある)?(?:方|人))(?:の方)?(?:ご本人)?(?:が|は)[、,]?(?:直接|ご本人で|ご自身で|お一人で|おひとりで|ひとりで|一人で)?[^。！？!?\\n]{0,6}?(?:来られる|来る|こられる|お越しになる|お見えになる|いらっしゃる|来所される|来庁される|来られた|来られ(?:ても|た場合))(?:と|たら|場合|ても)?[、,]?[^。！？!?\\n]{0,24}?(?:対応|応対|説明|手続き|やりとり|やり取り|お話)(?:が|は)?[^。！？!?\\n]{0,4}?(?:難し|むずかし|困難|できかね|しかね)[^。！？!?\\n]{0,30}?(?:ご家族|家族|保護者|ご親族|親族|付き添い|代理人?)(?:の方)?(?:が|に|から|だけで|のみで)[^。！？!?\\n]{0,8}?(?:お越し|来て|来所|来庁|いらして|ご相談|相談)`),
    need: ['家族', '保護者', '親族', '付き添い', '代理'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !R21_MET.test(t) && !/こともでき|ことも可能|でも(?:構い|かまい|大丈夫|結構)|代理でも|同伴でも|も(?:お受け|受け付け|承|可能|でき)/u.test(t) },
  },
  // Blind R371U-055 kind: the old laughed at for not learning however often told (おじいちゃんたち、何回教えても同じボタンで止まってしまい、
  // こちらは毎回修行です😂): the repeated telling, the failure, then laughter or the staff's ordeal in the same sentence.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})(?:たち|達|ら|の方々|の皆さん|の皆様)?(?:は|って|[、,])[、,]?[^。！？!?\\n]{0,6}?(?:何度|何回|なんかい|いくら|なんべん|何べん)(?:も)?(?:ご|お)?(?:説明|言|いっ|教え|伝え)[^。！？!?\\n]{0,4}?(?:ても|でも|たって)[、,]?[^。！？!?\\n]{0,16}?(?:固ま|かたま|止ま|とま|つまず|詰ま|覚え(?:られ|ない|ん)|忘れ|わから|分から|できな|でけん|同じ(?:ところ|とこ|質問|こと|所))[^。！？!?\\n]{0,40}?(?:😂|🤣|(?<![談微苦])笑(?![っついわえおかみ顔])|ｗ|(?<![a-z])w(?![a-z])|修行|苦行|試練|鍛えられ|お手上げ)`),
    need: ['何度', '何回', 'なんかい', 'いくら', 'なんべん', '何べん'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Blind R369S-046 kind: the old presumed unable to keep up, then a younger age given priority or made the limit (お年寄りだと最後まで
  // ついて来られないことが多いので、50歳までの方を優先します; 高齢の方には難しいので、若い方に限らせていただきます).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})(?:の方々|の皆さん|の皆様)?(?:だと|は|には|って|の場合)[、,]?[^。！？!?\\n]{0,20}?(?:ついて(?:来|こ)(?:られ|れ)(?:ない|ません|ん)|ついていけ(?:ない|ません|ん)|続か(?:ない|ん)|もた(?:ない|ん)|無理|難し|むずかし|でき(?:ない|ません))[^。！？!?\\n]{0,12}?(?:ので|から|ため|けん)[、,]?[^。！？!?\\n]{0,24}?(?:(?:[0-9０-９]{2}|[二三四五六七]十)(?:歳|才)(?:まで|以下|未満|以内)|(?:若い|若手の|若年の?)(?:方|人|世代)(?:を|に|が)[^。！？!?\\n]{0,4}?(?:優先|限ら|限定|限り))`),
    need: ['歳', '才', '若'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
]
export const R23_AGED = `(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|中高年(?:の方)?)`
/** Round 24: groups a measure or a presumption is aimed at (障害のある方, 外国籍の方, HIV感染者の方, ひとり親世帯, ホームレスの方). */
export const R24_GRP = `${R22_GRP}|(?:外国人)?留学生|認知症(?:の)?(?:方|人|高齢者|患者|お年寄り)|${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:生徒|児童|子ども|子供|お子さん|お子様|職員|社員|学生|利用者|方々)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)?(?:方|人|お客様|利用者)|(?:hiv|エイズ)(?:感染者|陽性者|患者)(?:の方)?|外国(?:籍|人)(?:の)?(?:方|人|利用者|住民|労働者|作業員)?|(?:${NATION})(?:系|籍|人|出身)(?:の)?(?:方|人|お客様|研修生|実習生|住民)?|研修生|ひとり親(?:世帯|家庭)|母子(?:世帯|家庭)|生活保護(?:受給者|世帯)`
/** Round 42: old people idling at home as what their work or outing beats (家でゴロゴロしてるよりずっといい). */
export const IDLE42 = '(?:家|うち|自宅|部屋)で(?:ゴロゴロ|ごろごろ|ボーッと|ぼーっと|ぼけーっと|ダラダラ|だらだら|寝てばかり|寝てばっかり|テレビばかり|テレビばっかり|テレビばっか)(?:見て)?(?:して|し)?(?:いる|る|とる|よる|ちょる)?(?:より|よりも|くらいなら|ぐらいなら)'
const OLD76 = `(?:${OLD66}|としより|じじい|ばばあ|高齢の(?:方|人)|ご高齢の方)`
const FRAIL_PART = '(?:字|文字|筆跡|手|指|手元|声|足|足取り|足元|歩き方|腰)(?:が|も|は|で|まで)?[^。！？!?\\n]{0,6}?'
const FRAIL_SIGN = '(?:震え(?!な|ず|ませ|ん)|ふるえ(?!な|ず|ませ|ん)|ぷるぷる|ぶるぶる|わなわな|がたがた|よぼよぼ|よろよろ|よたよた|よちよち|のろのろ|みみず|暗号|解読|読め(?:ない|ん|なか))'
const FRAIL76 = `(?:${FRAIL_PART}${FRAIL_SIGN}|(?:震え|ふるえ)(?:る|た|とる|よる)(?:字|文字|手|声)|(?:よぼよぼ|よろよろ|よたよた|ぷるぷる|ぶるぶる)(?:の|で|して|しとる|しよる|と))`
const FRAIL_CARE = phrase('代筆|代読|大きな(?:字|文字)|拡大|介助|お手伝い|手伝|サポート|支援|予防|体操|リハビリ|健康|傾聴|寄り添|丁寧に|ゆっくりで|お気をつけ|気をつけて', 'u')
const ELDER_DRIVER = '(?:(?:もみじ|紅葉|枯れ葉|枯葉|かれは|落ち葉|落葉|四つ葉|よつば|高齢者|高齢運転者|シルバー)まーく(?:の|を(?:付|つ)けた|付きの|つきの|貼った)?(?:車|くるま|軽トラ|軽|ドライバー|運転手|人|方)?|高齢(?:の)?(?:ドライバー|運転者|運転手)|(?:じいちゃん|ばあちゃん|じいさん|ばあさん|お年寄り|年寄り|としより|老人|じじい|ばばあ)(?:の|が)(?:運転|車|軽トラ))'
const CLUMSY = '(?:切り返(?:し|す|さ|そ)|のろのろ|とろとろ|もたもた|よたよた|ふらふら|蛇行|逆走|ぶつけ|こすっ|擦っ|止まら(?:ない|ん)|急ブレーキ|ブレーキ(?:が|も)?(?:遅|踏め)|ウインカー|車庫入れ|駐車(?:に|が|で)?[^。！？!?\\n]{0,4}?(?:時間|苦労|下手|苦手)|気長に|根気|忍耐|下手|へた(?!り)|危なっかし|時速[0-9０-９]+|[0-9０-９]+(?:キロ|km)(?:で|しか))'
const DRIVER_VETO = phrase('幅寄せ|割り込み|思いやり|ゆとり|義務|違反|講習|教室|一発で|上手|うまく|見事|完璧', 'u')
export const R76: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD76}[^。！？!?\\n]{0,20}?${FRAIL76}|${FRAIL76}[^。！？!?\\n]{0,20}?${OLD76}`),
    instead: '高齢の方の字や手の震え、足取りを笑いの種にせず、届いた声や手続きの様子そのものを紹介してください（例：「手書きのご意見もすべて拝読しました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST.test(sen) && !FRAIL_CARE.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ELDER_DRIVER}[^。！？!?\\n]{0,40}?${CLUMSY}`),
    instead: '高齢の運転者を笑いの種にせず、駐車場の混雑や譲り合いのお願いそのものを書いてください（例：「駐車場は混み合います。譲り合ってご利用ください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST.test(sen) && !DRIVER_VETO.test(sen)
    },
  },
]
/**
 * Round 78 (blind R78A/R79A): kinds the blind drafts found missed.
 * - A district hinted at by a vague past (昔いろいろあった土地, いわくつきの地区) and the people who ask steered away from it
 *   (別の地区をおすすめ, 候補から外して): block; not a flood, a ground survey or a mine, not a district praised as it is now.
 * - Women (or men) of an age told in a matchmaking call that they have no time left (アラフォー女子の皆さん、もう後がない): warn.
 * - An event's night left to the imagination between adults (夜の部は…大人同士ですから、あとはご想像にお任せ♡): warn.
 * - Women on staff offered as hostesses to please (若い女性職員もお酌に回りますので、男性の皆さんはお楽しみに): warn.
 * - Women's dress said to trouble the men's eyes (女性職員の服装が涼しげになって、男性陣は目のやり場に困る): warn.
 * - A disabled (or old, or foreign) group sent to a separate session, the reason a burden on the others, the next sentence
 *   too (…は別メニューにしました。一緒に受けると進行が遅れて、ほかの職員の足手まといになるためです): block.
 * - Older staff laughed at as unable to keep up or for their age's signs (50代のおじさん職員たちは案の定ついてこれず、老眼鏡…😂): warn.
 * - Businesses that employ foreigners to be avoided (外国人ばかり雇っている業者は避けたい): block.
 */
// Blind R173I-046 (W18): the hint may be a demonstrative that points at nothing said (あの地区は昔から、そういう土地柄だから, ああいう
// ところですから): the district's character left unsaid.
const PAST = '(?:(?:昔|むかし|以前|かつて|過去に|古くから|昔から)(?:は|に|から)?[、,]?[^。！？!?\\n]{0,4}?(?:いろいろ|色々|何かと|なにかと|あれこれ|いわく|曰く|事情|わけ|訳)(?:が|の)?(?:あった|ある|あり|あっ|のある|つき|付き)|いわく(?:つき|付き)の|(?:訳|わけ)あり(?:の)?|(?:そういう|ああいう|ああいった|そういった|ああした|そうした|あんな|そんな)(?:土地柄|土地|ところ|とこ|場所|地区|地域|集落)(?:だ|です|や|じゃ|なの|なん)?(?:から|けん|ので|で|し|[」』”]))'
const SPOT = '(?:地区|地域|土地|集落|町内|団地|辺り|あたり|界隈|場所|ところ|所|とこ|エリア)'
const HINTED_PLACE = `(?:${SPOT}(?:は|って|も|ちゃ)?[、,]?[^。！？!?\\n]{0,8}?${PAST}|${PAST}[^。！？!?\\n]{0,6}?${SPOT})`
const STEER = '(?:(?:別の|ほかの|他の|違う|よその)(?:地区|地域|場所|物件|土地|ところ|所|とこ|エリア|空き家)(?:を|ば|に|の(?:物件|空き家)を)?[^。！？!?\\n]{0,8}?(?:おすすめ|お勧め|お薦め|勧め|すすめ|紹介|ご案内|案内|誘導)|(?:避け|やめ|外し|はずし|控え)(?:た(?:ほう|方)が|るよう|ていただ|てもら|て(?:ください|おく|ご案内|案内|紹介))|(?:おすすめ|お勧め|ご紹介|紹介|ご案内)(?:は)?(?:して|いたして)?(?:いません|おりません|いない|しない|しません)|候補から(?:外|はず))'
const STEER_VETO78 = phrase('浸水|水害|災害|地盤|液状化|洪水|土砂|ハザード|炭鉱|鉱山|埋め立て|工場跡|雪|坂|交通|不便|買い物|騒音|獣|イノシシ|猿|日当たり|湿気|虫|学区|通勤|通学|静か|にぎやか|賑やか|盛ん|人気|魅力|伝統|祭り|人情|温か|あたたか|にぎわ|賑わ|(?<!被)差別|人権|偏見|決めつけ|ではありません|わけではな', 'u')
const AGE_SEX = '(?:アラサー|アラフォー|アラフィフ|三十路|みそじ|四十路|よそじ|(?:[3-5３-５]0|三十|四十|五十)(?:代(?:前半|後半|半ば)?|歳|才|過ぎ|すぎ|超え)(?:の)?|(?:婚期|適齢期)を(?:過ぎた|逃した))(?:独身)?(?:の)?(?:女子|女性|女の人|お嬢さん|ガール|男子|男性|男の人|独身(?:女性|男性)?)(?:の(?:皆さん|皆様|みなさん|方))?'
const NO_TIME = '(?:もう)?後が(?:ない|なか|ありません)|崖っぷち|がけっぷち|ラストチャンス|最後のチャンス|売れ残|賞味期限|焦(?:った|らな|らんと|りましょう|って)|待ったなし|手遅れ|タイムリミット|もう若くな'
const NIGHT78 = '(?:夜の部|夜の(?:お)?楽しみ|夜(?:は|も|こそ)|今夜|今宵|一晩|お泊まり|お部屋(?:で|は))'
const ADULT = '(?:大人(?:同士|どうし|の(?:時間|関係|世界|事情|夜|お付き合い|付き合い|男女))|男女(?:の仲|の関係))'
const LEFT = '(?:(?:ご)?想像に(?:お)?(?:任せ|まかせ)|察して|お察し|言わぬが花|言うだけ野暮|聞くだけ野暮|野暮|ご自由に|お任せ)'
const HOSTESS_WOMEN = `(?:${YOUNG_WOMEN52}|(?<![一-龥])(?:女性|女子)(?:職員|スタッフ|社員|陣)|(?:新人の)?女の子(?:たち|達)?)`
const HOSTESS = '(?:お酌|酌(?:を|して|に)|接待|お相手|隣に(?:座|付|つ)|横に(?:座|付|つ)|ホステス|コンパニオン(?:役|として))'
const PLEASED = '(?:お楽しみ|楽しみに|たのしみに|期待して|ご期待|お待ちかね|お見逃しなく|鼻の下|大喜び|喜ぶ|喜んで|[♡💕😏😍😆])'
const HOST_VETO = phrase('強要|強制|させない|しません|いたしません|ではありません|ハラスメント|セクハラ|(?<!被)差別', 'u')
const DRESS = '(?:服装|格好|かっこう|薄着|露出|肌|胸元|脚|足|夏服|制服|浴衣|水着|ノースリーブ|スカート|ミニスカ|キャミ|タンクトップ|装い|クールビズ)'
const EYES = '(?:目のやり場|目の毒|目の保養|眼福|目が離せ|釘付け|くぎ付け|くぎづけ|ドキドキ|どきどき|ムラムラ|むらむら|鼻の下)'
const DRESS_WOMEN = phrase('(?<![一-龥])(?:女性|女子)|女の子|女の人|お姉さん|ママ|奥さん|奥様|嬢', 'u')
const DRESS_VETO = phrase('ご遠慮|お控え|控えて|ドレスコード|服装規定|盗撮|痴漢|ハラスメント|セクハラ|(?<!被)差別|禁止', 'u')
const BURDENED = `(?:${R21_GROUP}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:職員|社員|生徒|児童|子|子ども|お子さん|参加者|メンバー|受講者|利用者)|高齢の(?:参加者|職員|受講者|方)|外国(?:人|籍)(?:の)?(?:職員|社員|参加者|受講者|実習生))`
const APART78 = '(?:別(?:の)?(?:メニュー|日程|日|会場|室|部屋|枠|コース|講座|クラス|研修|プログラム|時間|グループ|班|回|ルート)|別々|(?:分け|わけ)(?:て|ました|ます|る|た)|外し|はずし|対象外)'
const BURDEN = '(?:足手まとい|足手纏い|お荷物|足(?:を|ば)引っ張|(?:ほかの|他の|周りの|周囲の|みんなの|皆の)[^。！？!?\\n]{0,8}?(?:迷惑|邪魔|負担)|進行(?:が|を)?(?:遅れ|遅く|妨げ|滞)|ペースが(?:落ち|乱れ|遅))'
const OWN_PACE = phrase('しやす|やすいよう|合わせ|ペースで|希望|選べ|選択|ご本人|合理的配慮|サポート|支援|段差|バリアフリー', 'u')
const AGED_STAFF = `(?:(?:[4-7４-７]0|四十|五十|六十)代(?:の)?(?:おじさん|おばさん|おじさま|おばさま|おじちゃん|おばちゃん|職員|社員|男性|女性|ベテラン|上司|管理職|方)(?:職員|社員|たち|達|陣|の皆さん)?|(?:おじさん|おばさん|おじちゃん|おばちゃん)(?:職員|社員|たち|達|陣)|年配(?:の)?(?:職員|社員|方|人)(?:たち|達)?|ベテラン(?:職員|勢|陣|の皆さん)|高齢(?:の)?(?:職員|社員)|アラフィフ(?:の)?(?:職員|おじさん|おばさん|たち)?|シニア(?:職員|世代))`
const LOST78 = '(?:ついて(?:こ|来)(?:れ|られ)(?:ず|ない|ん|なか)|ついて(?:いけ|行け)(?:ず|ない|ん|なか|ませ)|置いてけぼり|ちんぷんかんぷん|チンプンカンプン|お手上げ|老眼|目が点|悪戦苦闘|四苦八苦)'
const LOST_VETO = phrase('丁寧|フォロー|個別|教え合|寄り添|ゆっくり|予防|講座|医師|健康|貸し出し|貸出|(?<!被)差別|偏見', 'u')
const FOREIGN_HIRED = `(?:外国(?:人|籍)(?:の(?:方|人))?|外国の(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|系|籍)(?:の(?:方|人))?)`
const HIRES = '(?:ばかり|ばっかり|ばっか|を多く|が多く|の多い|を|が|の)?[^。！？!?\\n]{0,4}?(?:雇(?:って|用して|っと|いよ)|使って|働(?:いて|かせて)|抱えて)(?:いる|る|おる|いらっしゃる)?'
const FIRM78 = '(?:業者|会社|事業者|企業|店|お店|工場|事業所|ところ|所|とこ)'
const SHUN = '(?:避け|敬遠|外し|はずし|外そう|選ば(?:ない|ず|ん)|頼ま(?:ない|ず|ん)|ご遠慮|遠慮|お断り|断(?:る|っ|り)|除外|やめ(?:た|て)(?:ほう|方)|使わ(?:ない|ず|ん)|(?:お)?願いし(?:ない|ません))'
const SHUN_VETO = phrase('向け|多言語|研修|支援|相談|制度|補助|手続き|在留|(?<!被)差別|偏見|人権|ではありません|わけではな', 'u')
export const R78: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HINTED_PLACE}[^。！？!?\\n]{0,40}?${STEER}|${STEER}[^。！？!?\\n]{0,20}?${HINTED_PLACE}`),
    instead: '地区の過去をほのめかして住まいの選択を誘導せず、物件や支援制度の情報そのものを案内してください（例：「ご希望の条件に合う物件を、地区を問わずご紹介しています」）',
    keep: (fo, s) => !STEER_VETO78.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`${AGE_SEX}[、,]?[^。！？!?\\n]{0,16}?(?:${NO_TIME})`),
    instead: '年齢や性別で参加者をからかわず、催しの内容や申込方法そのものを書いてください（例：「独身の方ならどなたでもご参加いただけます」）',
    severity: 'warn',
    // A deadline named (申込は今月中に, 締切) makes the last chance the form's, not the age's.
    keep: (fo, s) => !/検診|健診|受診|申請|給付|手続き|申込|申し込|締切|締め切|受付|今月中|までに/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NIGHT78}[^。！？!?\\n]{0,20}?${ADULT}[^。！？!?\\n]{0,24}?${LEFT}|${ADULT}[^。！？!?\\n]{0,16}?${NIGHT78}[^。！？!?\\n]{0,24}?${LEFT}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HOSTESS_WOMEN}(?:も|が|は|に)?[^。！？!?\\n]{0,12}?${HOSTESS}[^。！？!?\\n]{0,30}?${PLEASED}`),
    instead: '職員を性別や若さで接待役として紹介せず、催しの内容や会費そのものを書いてください（例：「直会では地域の皆さんと懇談します。会費は2,000円です」）',
    severity: 'warn',
    keep: (fo, s) => !HOST_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${DRESS}[^。！？!?\\n]{0,24}?${EYES}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      return DRESS_WOMEN.test(sen) && !DRESS_VETO.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${BURDENED}[^。！？!?\\n]{0,20}?${APART78}[^\\n]{0,50}?${BURDEN}|${BURDEN}[^。！？!?\\n]{0,30}?${BURDENED}[^。！？!?\\n]{0,20}?${APART78}`),
    instead: '障がいや年齢を理由に参加者を分けて「迷惑」「足手まとい」と言わず、用意した配慮や選べる内容を書いてください（例：「ご希望に応じて、個別のペースで受講できるコースも用意しました」）',
    keep: (fo, _s, a, b) => !OWN_PACE.test(fo.slice(a, b)) && !AGAINST.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AGED_STAFF}[^。！？!?\\n]{0,24}?${LOST78}`),
    instead: '年齢で職員を笑いの種にせず、研修の内容や成果そのものを紹介してください（例：「全員が新しいシステムの操作を習得しました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || /案の定|予想(?:通り|どおり)|お約束|さすがに|やつぱり|やはり/u.test(fo.slice(a, b))) && !LOST_VETO.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_HIRED}${HIRES}${FIRM78}[^。！？!?\\n]{0,16}?${SHUN}`),
    instead: '雇っている人の国籍で事業者を選り分けず、選定の基準（価格・実績・管理体制）そのものを書いてください（例：「委託先は価格と実績、備品の管理体制を審査して選定します」）',
    keep: (fo, s) => !SHUN_VETO.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 80 (blind R80A/R81A): kinds the blind drafts found missed.
 * - A people likened to an invasive species or a pest (外国人労働者ってゴキブリみたいなもんで; the pest told first and the group
 *   then said to be 同じようなもの: 外来生物は…居場所を奪います。…外国人の住人も同じようなもので): block; not 同じように (a
 *   request made to them too), not the group taking part in a removal.
 * - Middle-aged or old men (or women) tagged by body odour as the joke or the yardstick (満員電車の加齢臭のおじさんよりはマシ, 課長の
 *   加齢臭がすごくて): warn; not an odour-care class or product.
 * - A household task's outcome said to rest on housewives or mothers (食品ロスを減らせるかどうかは…台所に立つ主婦の皆さんの腕に
 *   かかっています, 家計のやりくりは奥さんの腕次第): warn; not 一人ひとりの工夫, not 家族みんなの協力.
 * - 夜のおかず (a sexual double reading) said with a leer (夜のおかずにもぴったりだよ😏, …（意味深）): warn; not 今夜のおかず,
 *   昨夜のおかず, not a dinner dish offered plainly.
 * - Old drivers as a group told to hand back their licences at once (見とらん年寄りドライバーには意味なかけん。さっさと免許返納して
 *   ほしか〜, はよ免許ば返さんね): block; the old may be named a sentence before; not 早めに…ご検討ください, not a family's
 *   wish relayed (…と悩む方のご相談).
 * (The body of staff savoured by たまらん/ドキドキ/そそる joins round 48's SAVOUR; a sex presumed bad at a skill named as the
 * ones an offer especially helps, R71.)
 */
const PEOPLE80 = `(?:外国(?:人|籍)(?:の)?(?:住民|住人|労働者|観光客|実習生|方|人)?|外国の(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|系)(?:の)?(?:住民|住人|労働者|観光客|方|人)?)(?:たち|達|ら|の皆さん)?`
const PEST80 = '(?:外来(?:生物|種|魚|植物)|害虫|害獣|雑草|ゴキブリ|ごきぶり|ネズミ|ドブネズミ|シロアリ|ダニ|寄生虫|バイ菌|ばい菌|病原菌|イナゴ|ブラックバス|ザリガニ|アカミミガメ|ジャンボタニシ|セイタカアワダチソウ)'
const LIKE = '(?:同じ(?:よう)?な(?:もの|もん)|似たような(?:もの|もん)|同じ(?:こと|です|だ|や|じゃ)|一緒(?:です|だ|や|じゃ)|同類|同然|みたいな(?:もの|もん)|のような(?:もの|もん))'
const PEST_VETO = phrase('(?<!被)差別|偏見|人権|(?:では|じゃ)(?:ない|ありません)|わけではな|駆除|防除|捕獲|放流|持ち込み', 'u')
const ODOR = '(?:加齢臭|体臭|おやじ臭|オヤジ臭|親父臭|じじい臭|ジジイ臭|ワキガ|わきが|汗臭|汗くさ|口臭)'
const MAN = '(?:おじさん|おっさん|おじさま|おやじ|オヤジ|親父|おっちゃん|おじちゃん|じいさん|じじい|ジジイ|おばさん|おばちゃん|中年|課長|部長|係長|上司|先輩|男性陣)(?:たち|達|ら|連中|陣)?'
const ODOR_VETO = phrase('対策|ケア|予防|原因|講座|セミナー|相談|気になる|悩み|消臭|防臭|グッズ|商品|石けん|せっけん|検診|健診|医師', 'u')
const HOME80 = '(?:台所|キッチン|家事|料理|炊事|献立|食卓|家計|掃除|洗濯|お弁当|弁当|冷蔵庫|食品ロス|家庭の味|ご飯|ごはん|食事)'
const WIFE80 = '(?:主婦|奥さん|奥様|奥さま|お母さん|お母様|母親|ママ|お嫁さん|嫁さん|妻|家内|女房|(?<![一-龥])女性|女の人)(?:たち|達|方|陣|の皆さん|の皆様|の皆さま|のみなさん|のみなさま|の方々)?'
const RESTS = '(?:の)(?:腕|手|肩|双肩|頑張り|がんばり|努力|工夫|知恵|力)(?:に|で|が)?[^。！？!?\\n]{0,2}?(?:かか|懸か|掛か|次第|しだい|頼り|見せどころ|見せ所)'
const HOME_VETO = phrase('(?<!被)差別|偏見|固定観念|役割分担|男女(?:問わず|を問わず|共同)|性別(?:に)?(?:関係なく|を問わず)|男性も|男の人も|お父さんも|パパも|家族(?:みんな|全員|皆)', 'u')
const RUSH = '(?:さっさと|とっとと|早く|はやく|はよう?|早よう?|いい加減|いいかげん|一刻も早く|今すぐ|すぐにでも)'
/**
 * Blind R204D-010 (dec11): the old told to hand back their licences gracefully or before a confusion presumed of them all (高齢ドライバーの
 * 皆さん、アクセルとブレーキの区別がつかなくなる前に、潔く免許を返してくださいね): a request, not a deed told (父は潔く免許を返して
 * くれました), not 早めに…ご検討ください.
 */
const GRACEFUL = '(?:潔く|いさぎよく|(?:区別|見分け)(?:が|も)?(?:つか|付か)(?:なくなる|なくならない)(?:うち|前)に)'
const LICENCE_GONE = `${GRACEFUL}[、,]?[^。！？!?\\n]{0,6}?免許(?:を|ば|は)?(?:自主)?(?:返納|返上|返|手放)[^。！？!?\\n]{0,6}?(?:てくださ|て下さ|てほし|て欲し|てもらいた|べき|なさい|ましょう|んしゃい|んね)|${RUSH}[、,]?[^。！？!?\\n]{0,6}?免許(?:を|ば|は)?(?:自主)?(?:返納|返上|返|手放|取り上げ)[^。！？!?\\n]{0,10}?(?:てほし|て欲し|てもらいた|てくれ|ろ(?=[。！!、〜~ー…]|$)|なさい|んしゃい|べき|たらいい|たらよか|ればいい|んね|んか)`
const ELDER_BEFORE = phrase(`${AGED}|高齢(?:の)?(?:ドライバー|運転者)|年寄り|じじい|ばばあ|老い(?:ぼれ|耄れ)|(?:[7-9７-９]0|七十|八十|九十)(?:代|歳|才|過ぎ)`, 'u')
const RELAYED_WISH = phrase('^[^。！？!?\\n]{0,4}?(?:と|って)(?:悩|思|願|心配|相談|言われ|いう|言う|お考え|考え)', 'u')
export const R80: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE80}(?:は|も|って|が)?[、,]?[^。！？!?\\n]{0,12}?${PEST80}(?:と|も)?(?:同じ|一緒|同然|同類|みたい|のよう|並み|そっくり|そのもの)|${PEST80}[^\\n]{0,100}?${PEOPLE80}(?:も|は|って)[、,]?[^。！？!?\\n]{0,6}?(?:と|も)?${LIKE}`),
    instead: '人を外来生物や害虫になぞらえず、伝えたいルールそのものを書いてください（例：「ごみは決められた日に、分別して出してください」）',
    keep: (fo, _s, a, b) => !PEST_VETO.test(fo.slice(Math.max(a, b - 24), b + 12)) && !/^(?:では|じや)(?:ない|ありません)/u.test(fo.slice(b, b + 8)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ODOR}(?:が|の)?(?:する|きつい|キツい|ひどい|漂う|ただよう|すごい|い)?[^。！？!?\\n]{0,4}?${MAN}|${MAN}(?:の|が|って|は)?[^。！？!?\\n]{0,6}?${ODOR}`),
    instead: '年齢や性別の人たちをにおいで笑いの種にせず、伝えたいことそのものを書いてください（例：「夏場の掘割のにおい対策に取り組んでいます」）',
    severity: 'warn',
    keep: (fo, s) => !ODOR_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${HOME80}[^。！？!?\\n]{0,24}?${WIFE80}${RESTS}`),
    instead: '家事を女性の役割と決めつけず、誰もが取り組める内容として書いてください（例：「ご家庭での工夫で、食品ロスは減らせます」）',
    severity: 'warn',
    keep: (fo, s) => !HOME_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?<![今昨毎晩])夜のおかず[^。！？!?\\n]{0,16}?[？?！!]{0,2}[（(]?${LEER80}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(LICENCE_GONE),
    instead: '高齢の方をひとくくりにして免許の返納を迫らず、返納の支援制度や安全運転の呼びかけを書いてください（例：「運転に不安を感じたら、免許の自主返納支援制度をご利用ください」）',
    keep: (fo, s, a, b) => ELDER_BEFORE.test(fo.slice(Math.max(0, a - 80), b)) && !RELAYED_WISH.test(fo.slice(b, b + 12)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
const SEX84 = '(?:(?<![一-龥])(?:女性|女子|女の子|女の人|女ん子|おなご|娘|男性|男子|男の子|男の人|男ん子)(?:生徒|部員|学生|社員|職員)?(?:たち|達)?)'
const SKIPPED = '(?:無理(?:に|して)[^。！？!?\\n]{0,8}?)?(?:せ(?:ん|ず)でも|でき(?:なくても|んでも|んくても)|しなくても|しなくて(?:も)?(?:いい|よい|よか|ええ)|せんで(?:も)?(?:いい|よか|ええ)|やら(?:ん|なく)でも|やらなくても|行か(?:ん|なく)でも|行かなくても|いかなくても|ならなくても|ならんでも|目指さなくても|目指さんでも|頑張らなくても|がんばらなくても|頑張らんでも|がんばらんでも)'
const ENOUGH = '(?:(?:で|が)(?:十分|じゅうぶん|充分|事足り|いい(?:ん|と|よ|です|じゃ|や|で)|よか|ええ(?:ん|と|よ|や)|お似合い|似合っとる|向いとる|向いてる|向いています|ちょうどいい|ちょうどよか)|(?:あれば|ありゃ|できれば|できりゃ|頑張れば|がんばれば)(?:十分|じゅうぶん|充分|いい|よい|よか|ええ))'
const STEER_VETO84 = phrase('女の子も男の子も|男の子も女の子も|男女(?:とも|問わ|を問わ|関係)|性別(?:に関係|を問わ|に関わら)|体調|生理|月経|けが|ケガ|怪我|熱|痛|妊娠|という(?:考え|声|意見|見方)|との(?:声|意見)|偏見|(?<!被)差別|思い込み|決めつけ|固定観念|古い|昔は', 'u')
const DENTURE = '(?:入れ歯|いれば|総入れ歯|部分入れ歯|義歯|補聴器|老眼鏡|腰|膝|ひざ|関節|骨)(?:が|も|の音|の音が)?[^。！？!?\\n]{0,10}?(?:かたかた|カタカタ|がたがた|ぱかぱか|ぴーぴー|ピーピー|ぽきぽき|ボキボキ|ぼきぼき|ぱきぱき|ぎしぎし|きしむ|鳴(?:っ|る|り))'
const SHOW = '(?:演奏会|演奏|合奏|大合唱|合唱|打楽器|楽器|オーケストラ|おーけすとら|コンサート|bgm|効果音|セッション|ライブ|ドラム|カスタネット|リズム隊)'
const DENTURE_VETO = phrase('手入れ|お手入れ|口腔|歯科|歯医者|洗浄|調整|合わない|合っていない|痛|相談|点検|電池|補聴器の(?:購入|助成|貸与)|助成|聞こえの', 'u')
const MONSTER = '(?:妖怪|ようかい|化石|生きる化石|生きた化石|ミイラ|みいら|ゾンビ|化け物|ばけもの|ばけもん|仙人|骨董品|シーラカンス|遺跡|遺物|古代人|縄文人)'
const GATHERED = '(?:の集まり|の集団|の巣窟|の会|屋敷|だらけ|ばかり|ばっかり|揃い|ぞろい|みたい|並み|級|レベル|かと思|かと|同然|そのもの|軍団|大集合)'
const OLD_CONTEXT = phrase(`平均年齢|[0-9０-９]{2}歳|[0-9０-９]{2}代|高齢|お年寄り|年寄り|老人|シニア|敬老|介護|長寿|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|じじい|ばばあ|年配|老人会|シルバー`, 'u')
const MONSTER_VETO = phrase('妖怪(?:展|ウォッチ|ういっち|祭り|まつり|行列|仮装|体操|伝説|の(?:絵|話|展示|お面|仮装|紙芝居|コスプレ))|仮装|コスプレ|ハロウィン|博物館|資料館|展示|発掘|化石(?:掘り|発掘|展)|紙芝居|お化け屋敷', 'u')
const LIMB = '(?<![のん人つ])(?:両?足|両?脚|片足|片脚|両?手|片手|両?腕|片腕|指)(?:が|も)?(?:ない|無い|なか|なく)|(?:目|耳)(?:が|も)?(?:見えない|見えん|見えなか|聞こえない|聞こえん|聞こえなか|不自由な)'
const WONDER = '(?:のに|くせに|なのに|やのに|のにも|けど|けれど)[、,]?[^。！？!?\\n]{0,20}?(?:速|はや|すご|凄|上手|うま|強|つよ|でき|なんで|どうして|なぜ|不思議|びっくり|驚)'
const DISABLED_CONTEXT = phrase('車いす|車椅子|パラ|ブラインド|視覚|聴覚|デフ|障(?:害|がい|碍)|義足|義手|白杖|全盲|盲|ろう者|聾|手話|点字|切断|ボッチャ|ゴールボール', 'u')
const WOMEN_WEAR = '(?:(?<![一-龥])(?:女子|女性|女の子|レディース|ガールズ|お姉さん|娘さん|ミス|なでしこ)(?:の部|部|選手|ランナー|チーム|職員|スタッフ|たち|達)?(?:の)?[^。！？!?\\n]{0,6}?(?:ユニフォーム|ウェア|うぇあ|衣装|コスチューム|水着|スカート|ショートパンツ|レオタード|制服|浴衣|ゆかた))'
const DARING = '(?:攻め(?:て|た|と|すぎ|気味)|攻めっ|際ど|きわど|露出|セクシー|せくしー|大胆|ぴちぴち|ピチピチ|ぱつぱつ|ピタピタ|ぴたぴた|丈が短|短め|ミニ|透け|すけすけ|スケスケ)'
const MEN_EYED = phrase('(?:男性|男|おじさん|おっちゃん|殿方|男子|お父さん)(?:陣|衆|の皆さん|の方々|たち|ども)?[^。！？!?\\n]{0,16}?(?:熱が入|熱く|やる気|盛り上が|目が離せ|目が釘付|釘付け|目の保養|鼻の下|元気に|張り切|はりき|ガン見|がんみ|見に来|応援に行)', 'u')
const LEER84 = phrase('[😏🤤😍👀💕♡🫦]|ぐへへ|ぐふふ|むふふ|うふふ|意味深', 'u')
export const R84: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEX84}(?:は|って|なら|には|ちゃ)[、,]?[^。！？!?\\n]{0,14}?${SKIPPED}[、,]?[^。！？!?\\n]{0,20}?${ENOUGH}`),
    instead: '性別で進路や活動を決めつけず、誰でも選べることを書いてください（例：「女子の運動部も、地域のクラブで続けられるよう準備しています」）',
    keep: (fo, s) => !STEER_VETO84.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${DENTURE}[^。！？!?\\n]{0,16}?${SHOW}`),
    instead: '高齢の方の身体を笑いの種にせず、催しの様子や参加者の声を紹介してください（例：「敬老会では、皆さんでお茶を楽しみました」）',
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      const around = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 20))
      return phrase(LAUGH_MARK, 'u').test(sen) && OLD_CONTEXT.test(around) && !DENTURE_VETO.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${MONSTER}${GATHERED}`),
    instead: '高齢の方を化け物や古いものにたとえず、教室の様子や参加者の声を紹介してください（例：「平均年齢82歳の皆さんが、元気に体操されていました」）',
    severity: 'warn',
    keep: (fo, s) => {
      const sen = fo.slice(s.start, s.end)
      const around = fo.slice(Math.max(0, s.start - 80), s.end)
      return OLD_CONTEXT.test(around) && !MONSTER_VETO.test(fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40))) && !NAMES_PREJUDICE.test(sen)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${LIMB})${WONDER}`),
    instead: '障がいのある方の身体に触れて驚いてみせず、競技や技術のすごさを紹介してください（例：「車いすバスケの選手のスピードとチェアワークに注目！」）',
    severity: 'warn',
    keep: (fo, s) => DISABLED_CONTEXT.test(fo.slice(Math.max(0, s.start - 120), Math.min(fo.length, s.end + 60))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${WOMEN_WEAR}(?:が|は|も|って)?[^。！？!?\\n]{0,12}?${DARING}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a) => {
      const around = fo.slice(s.start, Math.min(fo.length, s.end + 60))
      return (LEER84.test(fo.slice(s.start, s.end)) || MEN_EYED.test(around)) && !phrase('(?<!被)差別|セクハラ|盗撮|撮影(?:禁止|はご遠慮)|ご遠慮|禁止|防止', 'u').test(fo.slice(a, Math.min(fo.length, s.end + 60)))
    },
  },
]
const OLD98 = `(?:${OLD76}|高齢(?:の)?(?:ドライバー|運転者)|年寄り|(?:年配|高齢)の(?:先生|講師|職員|スタッフ|上司|係長|課長))`
const BLUNDER = '(?:逆走|暴走|踏み間違|ふみ間違|蛇行運転|急発進|(?:あくせる|ブレーキ)と(?:あくせる|ブレーキ)(?:の|を)?(?:踏み|ふみ)?間違|ノロノロ運転|のろのろ運転|標識(?:を|が)?見え(?:ない|てない))'
const DOUBLE = '(?:ボーボー|ぼうぼう|もじゃもじゃ|モジャモジャ|ふさふさ|剛毛|ジャングル状態|ぬるぬる|ヌルヌル|びしょびしょ|びちょびちょ|ぐしょぐしょ|ビンビン|びんびん|ギンギン|ぎんぎん|カチカチ|かちかち|むくむく|ムクムク|太くて(?:硬|かた|固|長|大き)|(?:硬|かた|固)くて(?:太|長|大き))'
const COY98 = '(?:(?:どこ|何|なに|なん|誰|だれ)(?:の(?:話|こと)|が|を)(?:か|とは|かって)?(?:は|も)?[、,]?|(?:どこ|何|なに|なん)(?:の(?:話|こと))?とは[、,]?)[^。！？!?\\n]{0,4}?(?:ご想像に(?:お任せ|おまかせ|まかせ|任せ)|想像に(?:お任せ|おまかせ|まかせ|任せ)|言いません|いいません|言わない|いわない|言わん|いわん|言えません|いえません|内緒|ナイショ|ないしょ|秘密|ひみつ)'
const SPINSTER = '(?:お局|おつぼね|独身|未婚|行き遅れ|いきおくれ|売れ残|アラフォー|アラフィフ|アラサー|三十路|四十路|勤続[0-9０-９二三四]+年)'
const TEAMMATE = '(?:お局|おつぼね|先輩|上司|係長|課長|主任|主査|班長|部長|室長|所長|(?:課|係|室|班|部|所)の[^。！？!?\\n、,]{0,8}?(?:さん|さま|様|くん|ちゃん|先輩|姉さん|兄さん))'
const MARRY_PUSH = '(?:今年こそ|来年こそ|今度こそ|そろそろ|早く|はやく|いい加減|いいかげん|いよいよ|最後のチャンス|ラストチャンス)[、,]?[^。！？!?\\n]{0,8}?(?:婚活|結婚|嫁に|お嫁|嫁(?:さん)?(?:を|ば)?(?:もら|貰)|いい人|良い人|お相手|相手(?:を|ば)?見つけ|彼氏|彼女|お見合い|寿退職)'
const AGE_SIGN = '(?:老眼|耳が遠|入れ歯|(?:字|文字)(?:が|も|は)?[^。！？!?\\n]{0,8}?(?:特大|でか|デカ|でっか|大き(?:すぎ|い)|巨大)|物忘れ|ものわすれ|同じ(?:話|こと|質問)(?:を|ば)?(?:何度|何回|[0-9０-９二三四五]回|繰り返)|腰が曲が|よぼよぼ|ヨボヨボ|プルプル|ぷるぷる)'
const AGE_HELP = phrase('読みやす|見やす|聞きやす|用意|ご用意|ご相談|相談|拡大鏡|筆談|補聴器|支援|配慮|予防|講座|教室|対策', 'u')
const SPINSTER_RE = phrase(`${SPINSTER}|${LAUGH50}`, 'u')
export const R98: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD98}(?:の|が|ん)[^。！？!?\\n]{0,8}?${BLUNDER}`),
    instead: '高齢の運転者を笑いの種にせず、移動手段や免許返納の支援そのものを書いてください（例：「免許を返納された方は、デマンドタクシーを割引料金でご利用いただけます」）',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST.test(sen) && !/防(?:ぐ|ご|止)|事故(?:を|の)?(?:防|減|なくす)|相談|注意|気をつけ|気を付け/u.test(sen)
    },
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${DOUBLE}[^\\n]{0,40}?${COY98}`),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${TEAMMATE}[^。！？!?\\n]{0,30}?${MARRY_PUSH}|${SPINSTER}[^。！？!?\\n]{0,20}?${TEAMMATE}[^。！？!?\\n]{0,20}?${MARRY_PUSH}`),
    instead: '職員の年齢や結婚の有無をからかわず、業務や人柄を紹介してください（例：「勤続30年の総務課の職員が、窓口の改善に取り組んでいます」）',
    keep: (fo, s, a, b) => SPINSTER_RE.test(fo.slice(Math.max(s.start, a - 30), Math.min(s.end, b + 30))) && !/皆さん|皆様|みなさん|の方(?:は|へ|も|を|に)|参加|募集|いべんと|ぱーていー|せみなー|相談所|おめでとう|お祝い/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD98}[^。！？!?\\n]{0,30}?${AGE_SIGN}[^。！？!?\\n]{0,24}?${LAUGH50}`),
    instead: '年齢による見た目や体の変化を笑いの種にせず、研修や催しの内容そのものを書いてください（例：「文書事務研修を行いました。講師は総務課の職員です」）',
    keep: (fo, s) => !AGE_HELP.test(fo.slice(s.start, s.end)) && !AGAINST.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Round 102 (blind R102A). Block kinds (R102_EARLY, ahead of the other phrases):
 * - The old called senile as a fact, with contempt (また年寄りが詐欺に引っかかった。ボケとるけん、何回ポスター貼っても無駄やね): an old
 *   group, then ボケとる / ボケてる / ボケている / ボケとらす stated (any dialect), then 無駄 / どうしようもない / 意味がない / 話にならん
 *   within the paragraph line (either order). Not ボケ防止, 寝ぼけ or ピンボケ, not the notion denied or called prejudice, not a quote named.
 * - A people or its trainees suspected of a crime for being seen (外国人の実習生をよく見かけます。空き巣の下見をしよるっちゃないかと心配):
 *   the group, then 見かける / うろつく / たむろする, then a crime word (下見, 空き巣, 泥棒, 犯人, 物色) with a guess (ないか, のでは, かも,
 *   違いない), or 怪しい / 不審 in the sentence of the sighting. Not the group as the victim (狙われ, 被害に遭), not the notion answered.
 * Warn kinds (R102, after the groups):
 * - The old laughed at as fraud victims (今月もおじいちゃんおばあちゃんが見事に引っかかってます😂): an old group, a past or ongoing
 *   引っかかった / だまされた / カモにされ, then a laugh. Not 引っかからないよう, not a skit or a quiz played by staff, not 笑顔.
 * - A woman's short skirt or looks made the draw for the men (ミニスカの婦警さんやったけん、おじさんたちの参加率がいつもの倍やったｗ):
 *   clothing or looks of a woman in a role, then the turnout or the men said to rise. Not a uniform's rule, not a fashion show's entrants.
 */
const OLD102 = `(?:${AGED}|${OLD_KIN}|高齢者|年寄り連中)(?:たち|ら|連中|ども|の方々|さんたち)?`
const SENILE = '(?<!寝|ね|ピン|ぴん|時差|平和|天然)(?:ボケ|ぼけ|呆け)(?:とる|てる|ている|ておる|とらす|とらし|ちょる|ちょらす|とう|てん|てらっしゃる|ておられ|きとる|てきてる)'
const FUTILE = '(?:無駄|むだ|ムダ|どうしようも(?:な|ね)|しょうもな|救いよう(?:が|も)?(?:な|ね)|話に(?:ならな|ならん|なりません)|意味(?:が|は)?(?:な(?:い|か)|ありません|ね(?:え|ー))|お手上げ|相手にするだけ)'
const SENILE_FACT = `${OLD102}[^\\n]{0,40}?${SENILE}[^\\n]{0,40}?${FUTILE}|${FUTILE}[^。！？!?\\n]{0,20}?${OLD102}[^。！？!?\\n]{0,12}?${SENILE}`
const SENILE_OK = phrase('防止|予防|わけ(?:では|じゃ)|ではありません|ではなく|じゃない(?:です|よ|ん)|(?<!被)差別|偏見|誤解|思い込み|決めつけ|という(?:言い方|言葉|表現)|と(?:呼ば|言わ|いわ)|言っては|いけません|やめましょう', 'u')
const SUSPECT_GROUP = `(?:${RESIDENTS}|(?:${NATION})(?:人|系|籍)|外国(?:の|ん)(?:方|人|若者)|(?:東南)?アジア系)(?:の)?(?:実習生|留学生|若者|男性|男|集団|グループ|人|方)?(?:たち|ら|さん)?`
const SEEN102 = '(?:見かけ|みかけ|見掛け|見かけた|うろうろ|ウロウロ|うろつ|ウロつ|たむろ|出入りし|歩いて|歩いと|徘徊)'
const CRIME102 = '(?:下見|空き巣|あきす|泥棒|どろぼう|窃盗|盗み|盗ん|盗っ|物色|犯人|仕業|犯行|狙って|ねらって)'
const GUESS = '(?:(?:ない|なか|なかろう|じゃない|ん)か|のでは|んでは|んじゃ|かも|違いな|ちがいな|違いあり|ちがいあり|気がし|としか思え|でしょう(?!か)|やろ(?!か)|と疑|ごたる|っぽい)'
const SUSPECTED102 = `${SUSPECT_GROUP}(?:を|が|は|の|も)?[^。！？!?\\n]{0,30}?${SEEN102}[^\\n]{0,50}?${CRIME102}[^。！？!?\\n]{0,24}?${GUESS}|${SUSPECT_GROUP}(?:を|が|は|の|も)?[^。！？!?\\n]{0,30}?${SEEN102}[^。！？!?\\n]{0,20}?(?:怪し|あやし|不審|胡散臭|うさんくさ|気味が悪|物騒)`
const DUPED = '(?:(?:見事に|まんまと|あっさり|ころっと|コロッと|簡単に|またもや|また)[^。！？!?\\n]{0,12}?)?(?:(?:引っかか|ひっかか|引っ掛か)(?:っ(?:た|て|と|ちゃ)|り(?:まし|よ))|(?:だまされ|騙され)(?:た|て|と|ちゃ|まし)|(?:カモ|かも|鴨)に(?:され|なっ|なり))'
const DUPED_OK = phrase('寸劇|劇|演じ|役の|役を|クイズ|ロールプレイ|芝居|笑いもの(?:に)?(?:しない|せず|しては)|笑(?:わ|っては)(?:ない|ず|いけ)|(?<!被)差別|偏見', 'u')
const DRESS102 = '(?:ミニスカ(?:ート)?|短いスカート|超ミニ|へそ出し|露出(?:の|が)?多(?:い|め)|胸元の(?:開いた|あいた)|ボディコン|網タイツ|ぴちぴち|ピチピチ|水着|美人|べっぴん|かわいい|可愛い|カワイイ|きれいな|綺麗な|セクシーな|色っぽい)(?:の|な)?'
const WOMAN102 = '(?:婦警|婦人警官|女性警察官|女性警官|女性|女の(?:人|子)|お姉さん|おねえさん|ねえちゃん|姉ちゃん|女性講師|女の先生|女医|ナース|看護師|保育士|職員|スタッフ|講師|先生|店員|ガイド)(?:さん|ちゃん)?'
const DRAW102 = '(?:参加率|参加者|出席率|出席者|集客|客足|来場者|申込|申し込み|男性陣|男性客|男衆|おじさん|おっちゃん|おじちゃん|じいさん|じいちゃん|男ども|野郎ども|男性参加者)(?:たち|ら|連中|の数)?(?:が|は|も)?[^。！？!?\\n]{0,16}?(?:倍|増え|ふえ|急増|アップ|跳ね上が|はねあが|爆上が|爆増|殺到|多かっ|満員|いっぱい|集まっ|前のめり|鼻の下|食いつ|釘付け|大喜び|ご機嫌)'
const DRAWN102 = `${DRESS102}${WOMAN102}[^\\n]{0,40}?${DRAW102}`
const DRAWN_OK = phrase('制服|規定|服装(?:の)?(?:決まり|ルール)|ファッションショー|コンテスト|(?<!被)差別|セクハラ|ハラスメント|いけません', 'u')
export const R102_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(SENILE_FACT),
    instead: '高齢の方を「ボケている」と決めつけず、被害を防ぐための呼びかけそのものを書いてください（例：「手口は年々巧妙になっています。ご家族でも声をかけ合ってください」）',
    keep: (fo, s, a, b) => !SENILE_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SUSPECTED102),
    instead: '国籍や立場で人を疑わず、見かけた不審な行動そのものを書いてください（例：「住宅の様子をうかがう不審な人物を見かけたら、110番通報してください」）',
    keep: (fo, s, a, b) => !SUSPECTED_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
export const R102: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${OLD102}[^。！？!?\\n]{0,30}?${DUPED}[^。！？!?\\n]{0,30}?${LAUGH50}`),
    instead: '被害に遭った高齢の方を笑いの種にせず、手口と相談先を書いてください（例：「還付金詐欺の電話が続いています。ATMでお金が戻ることはありません」）',
    keep: (fo, s) => !DUPED_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(DRAWN102),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => !DRAWN_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
const OLD_SIMILE = '(?:年寄り|お年寄り|老人|じいさん|ばあさん|じじい|ばばあ|おじいちゃん|おばあちゃん|ボケ老人|老いぼれ)'
const BODY_OWNER = `(?:(?:選手|団員|隊員|消防士|力士|部員|メンバー|出演者|漁師|ダンサー|男性陣|女性陣|男衆|若い衆|イケメン|お兄さん|お姉さん|コーチ|先生|講師|職員|スタッフ)(?:さん|くん)?(?:たち|達|ら|陣|の皆さん)?|(?<![一-龥ぁ-ゖ])(?!息子|孫|赤子)[一-龥]{2,3}(?:さん|くん)(?:たち|達|ら)?)`
const BODY103 = '(?:太もも|ふともも|太腿|胸|胸板|胸筋|おっぱい|お尻|おしり|尻|ヒップ|腹筋|シックスパック|二の腕|上腕|力こぶ|背筋|脚|美脚|筋肉|肉体|上半身|体つき|からだつき|くびれ|うなじ)'
const EYECANDY = '(?:目の保養|眼福|たまら(?:ん|ない|なか|へん)|うっとり|見とれ|見惚れ|釘付け|くぎ付け|キャーキャー|きゃーきゃー|よだれ|ヨダレ|ご褒美|ごちそうさま|ご馳走さま|(?:盛り上が|最高|すご|ヤバ|やば)[^。！？!?\\n]{0,8}?[😍🤤🥵🫦💕♡❤])'
const EYECANDY_OK = phrase('トレーニング|筋トレ|鍛え|ストレッチ|体操|けが|ケガ|怪我|肉離れ|痛|テーピング|マッサージ|治療|風船|ゲーム|検診|健診', 'u')
const SHAPED = '(?:ぽっちゃり|ポッチャリ|太め|ふくよか|おデブ|デブ|でぶ|太っちょ|肥満|メタボ|ぷよぷよ|ぶよぶよ)(?:組|ぐみ|チーム|隊|軍団|コンビ|ちゃん|くん|さん|キッズ|の子|な子|体型の子|体型の(?:方|人)|の(?:方|人)|な(?:方|人))(?:たち|達|ら|チーム|組)?'
const SLIMMED = '(?:お腹|おなか|腹|お腹まわり|お腹周り|腹回り|ウエスト)(?:が|も|は)?[^。！？!?\\n]{0,6}?(?:へこ|凹|引っ込|ひっこ|すっきり|締ま)|痩せ|やせ|ヤセ|スリム|細く(?:な|して)|絞れ|しぼれ|絞っ|しぼっ|体重(?:が|も)?[^。！？!?\\n]{0,6}?(?:減|落ち|へっ)|(?:何|なん)キロ(?:減|落ち|痩せ|やせ)|ダイエット(?:成功|できた|になった)'
const SHAPED_OK = phrase('健康相談|栄養相談|保健師|医師|肥満傾向|生活習慣病|受診|(?<!被)差別|偏見|からかわ(?:ない|ず)|笑いもの(?:に)?(?:しない|せず)', 'u')
export const R103: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(SIMILE(OLD_SIMILE)),
    instead: '年齢を失敗やぎこちなさのたとえに使わず、起きたことそのものを書いてください（例：「慣れない動きに苦戦していました」）',
    keep: mockingSaid,
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${BODY_OWNER}の[^。！？!?\\n]{0,6}?${BODY103}[^。！？!?\\n]{0,60}?${EYECANDY}`),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => !EYECANDY_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${SHAPED}[^。！？!?\\n]{0,40}?(?:${SLIMMED})[^\\n]{0,16}?${LAUGH50}`),
    instead: '体型を話題にせず、取り組みそのものを紹介してください（例：「3日間の走り込みをやり抜きました。来年も元気に参加してね」）',
    keep: (fo, s, a, b) => !SHAPED_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
]
const POOR_DISTRICT = '(?:地区|地域|町内|団地|集落|エリア|あたり|辺り|界隈|一帯|区域|低地|川沿い|沿岸)に(?:住|す)(?:んでいる|んでる|んどる|んどう|んどらす|んでらっしゃる|む|んどん|んでいらっしゃる)(?:人|ひと|方|者|連中|家|世帯)(?:たち|達|ら|々)?(?:って|は|なんて|なんか|ちゃ)[、,]?[^。！？!?\\n]{0,30}?(?:(?:土地|家賃|地価)(?:が|の|も)?(?:安|やす)|貧乏|びんぼう|貧し|お金(?:が|の)?(?:ない|なか|無い)|金(?:が|の)?(?:ない|なか|無い)|低所得|稼ぎ(?:が|の)?(?:少な|低))'
const VERDICT = phrase(`自己責任|自業自得|結局|けっきょく|どうせ|しょせん|所詮|仕方な|しかたな|しょうがな|しょんなか|当然|当たり前|😅|${LAUGH50}`, 'u')
const POOR_OK = phrase('支援|補助|助成|制度|相談|給付|(?<!被)差別|偏見|誤解|決めつけ|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|とは限ら', 'u')
const BATH = '(?:お風呂|風呂|ふろ|浴場|入浴|湯船|シャワー|更衣(?:室|所)?|着替え|脱衣|女湯|男湯|露天)'
const PEEP108 = '(?:のぞ|覗)(?:く|き|いちゃ|いたら|いて|かない|かんで|いたり|こう|かれ)'
const LEER108 = phrase(`ぐふ|ぐへ|うふふ|むふ|でゅふ|ぬふ|げへ|えへへ|[😏🤤😍😘🫣💕♡❤]|${LAUGH50}`, 'u')
const BATH_OK = phrase('盗撮|犯罪|防止|通報|被害|痴漢|不審|禁止|目隠し|ハラスメント|セクハラ|警察|110番|景色|湯加減|窓から|外を|夜空|星|月が|赤ちゃん|子ども|こども|猫|ねこ|犬|いぬ', 'u')
const EARLY_RISE = '(?:朝(?:が|の|は)?(?:早|はや)(?:い|か|さ|く|すぎ)|早起き|(?:朝|早朝|明け方|夜明け前)?[0-9０-９一二三四五](?:時|じ)(?:から|前から|前に|に|には)?[、,]?(?:起き|目が覚|目を覚|起床|活動|動き出))'
const OLD_OK108 = phrase('感謝|ありがと|頭が下が|見習|配慮|考慮|合わせて|健康|睡眠|熱中症|(?<!被)差別|偏見', 'u')
/**
 * Round 118 (R118A-111): victims of damage, theft, fraud or a disaster called deserving it (鳥獣被害にあった農家さん、柵をケチった自業自得
 * って声も…気持ちは分かります, 詐欺の被害者ってバチが当たった): warn; not the blame named to be rejected (と責めないで, ではありません).
 */
const VICTIM118 = '(?:被害|被災|災害|水害|浸水|獣害|食害|盗難|詐欺|事故|空き巣)(?:に|を)?(?:遭|あ|受け)(?:った|われた|うた|っとる|っとう|ってる|っている|た)|被害者|被災者|被災(?:した|された|しとる)|(?:盗まれ|盗られ|取られ|とられ|騙され|だまされ|狙われ|襲われ|(?:被害|詐欺|空き巣|盗難)に(?:遭|あ)っ)(?:ても|たって|たら|たのは|るのは)'
const VICTIM_OK = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|とは(?:言え|いえ|限ら)|違います|ちがいます|誤り|偏見|(?<!被)差別|決して|責め|やめ|控え|そんなこと(?:は)?(?:ない|ありません|なか)|誰でも|だれでも', 'u')
/**
 * Round 118 (R118A-108): welfare recipients presumed to give up, skip or not pay what they are given (生活保護を受けとる人に農地ば
 * 貸したら、どうせすぐ放り出すけん): block; not a support told (支援, 相談) or the prejudice named.
 */
const WELFARE118 = '(?:生活保護|ナマポ|なまぽ)(?:受給者|受給世帯|世帯|の(?:人|方)|を(?:受け|もらっ|貰っ)(?:て(?:い|お)?る|てる|とる|よる|とらす|ておられる)(?:人|方|世帯|家庭|者))'
const GIVE_UP = '(?:どうせ|すぐ|結局)[^。！？!?\\n]{0,10}?(?:放り出|ほったらか|投げ出|辞め|やめ(?:る|て|ち|た)|続か|つづか|サボ|さぼ|払わ|返さ|逃げ|働か(?:ん|な)|荒ら|ダメにす|だめにす)'
const WELFARE_OK = phrase('支援|相談|(?<!被)差別|偏見|誤解|決めつけ|思い込み|(?:では|じゃ)(?:ない|ありません)|わけ(?:では|じゃ)|とは限ら', 'u')
export const R108: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${WELFARE118}(?:たち|達|ら)?(?:は|って|に|には|なんて|なんか)?[、,]?[^。！？!?\\n]{0,16}?${GIVE_UP}`),
    instead: '生活保護を受けている方をひとまとめに決めつけず、制度や事業の条件そのものを伝えてください（例：「農地の貸し借りは農業委員会でご相談ください」）',
    keep: (fo, s) => !WELFARE_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    severity: 'warn',
    re: phrase(`(?:${VICTIM118})[^。！？!?\\n]{0,30}?(?:自業自得|(?:バチ|ばち|罰)(?:が)?(?:当た|あた)|ざまあ|ざまぁ)`),
    need: ['自業自得', 'ばち', '罰', 'ざまあ', 'ざまぁ'],
    instead: '被害に遭った方を責めたり揶揄したりせず、被害の状況と支援や対策を伝えてください（例：「鳥獣被害に遭われた農家の皆さまへ、防護柵の設置補助をご案内します」）',
    keep: (fo, s) => !VICTIM_OK.test(fo.slice(s.start, Math.min(fo.length, s.end + 40)).split('\n')[0]!),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(POOR_DISTRICT),
    instead: '住んでいる地区や暮らし向きで人を見下さず、その地区の災害リスクと備えそのものを伝えてください（例：「浸水想定区域にお住まいの方は、早めの避難をお願いします」）',
    keep: (fo, s, a) => { const t = fo.slice(a, s.end); return VERDICT.test(fo.slice(a, Math.min(fo.length, s.end + 40))) && !POOR_OK.test(t) },
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${BATH}[^。！？!?\\n]{0,20}?${PEEP108}`),
    instead: INSTEAD.sexual,
    keep: (fo, s, _a, b) => LEER108.test(fo.slice(b, Math.min(fo.length, b + 24)).split('\n')[0]!) && !BATH_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${OLD66}[^。！？!?\\n]{0,16}?${EARLY_RISE}`),
    instead: '高齢の方の生活習慣を笑いの種にせず、避難所の様子そのものを伝えてください（例：「避難所では毎朝、皆さんでラジオ体操をしています」）',
    keep: (fo, s, a, b) => {
      const para = fo.slice(a, Math.min(fo.length, b + 80)).split('\n')[0]!
      return phrase(LAUGH_MARK, 'u').test(para) && !OLD_OK108.test(para) && !AGAINST.test(fo.slice(s.start, s.end))
    },
  },
]
const WISH110 = phrase('(?:もっと|さらに|もう少し|もうちょっと)?(?:薄い|薄め|うすい|うすめ|短い|短め|みじかい|透け|すけすけ|露出|ミニ|みに|ぴったり|ピタピタ|ぴたぴた|ぴちぴち|胸元の開いた|はだけ)[^。！？!?\\n]{0,16}?(?:お願い|おねがい|希望|期待|着て|頼|がいい|がよか|にして|でよろしく)', 'u')
const WOMAN110 = phrase('女性|女の子|女子|お姉さん|おねえさん|娘さん|ボランティアさん|ぼらんてぃあさん|コンパニオン|こんぱにおん|スタッフさん|すたっふさん|お嬢さん|奥さん|ママさん|美人|浴衣|ゆかた|水着', 'u')
const LEER110 = phrase(`[💕♡❤😍🤤😏😘🫣🤭]|${LAUGH50}`, 'u')
const MASK110 = '[〇○●◯◎×✕✖*＊■□◇◆△▲]'
const MASKED_BODY = `(?:おっ${MASK110}い|お${MASK110}ぱい|おっぱ${MASK110}|お${MASK110}っぱい|${MASK110}っぱい|お${MASK110}り|おし${MASK110}|ち${MASK110}び|ちく${MASK110})`
const APPRAISE = phrase(`大き|おおき|でか|デカ|小さ|ちいさ|揺れ|ゆれ|触|さわ|揉|もみ|見とれ|見惚れ|たまら|最高|エロ|えろ|ぷりぷり|プリプリ|形(?:が|の)?(?:いい|よか|きれい)|[😍🤤😏😘💕♡❤]`, 'u')
const SUICIDE = '(?:自殺|自死|自ら命を絶|みずから命を絶|命を絶)'
const WEAK110 = '(?:心(?:の|が)(?:弱|よわ)|気持ち(?:の|が)(?:弱|よわ)|精神(?:の|が|的に)?(?:弱|よわ)|意志(?:の|が)(?:弱|よわ)|弱い(?:人|者|やつ|奴|から|人間)|弱虫|よわむし|根性(?:の|が)?(?:ない|なか|無い|なし)|甘え(?!ら|て|させ|ん坊|上手|る)|逃げ(?=だ|です|でしか|に過ぎ|にすぎ|と同じ|やけん|やろ|でしょ|なんよ|。|！)|負け(?:組|犬)|卑怯|ひきょう)'
const WELFARE110 = '(?:窓口に(?:来る|くる|来られる)(?:人|者|連中|やつ)|相談に(?:来る|くる)(?:人|者|連中|やつ)|申請(?:に来る|にくる|する)(?:人|者|連中|やつ)|受給者|受給(?:している|しとる|してる|しよる)(?:人|者|連中|やつ)|生活保護(?:の|を受けて(?:いる|る|おる)|を受けとる|受給の?|を申請する|をもらって(?:いる|る)|をもらっとる)(?:人|者|世帯|連中|やつ)|生保(?:の人|受給者|の連中))'
const LAZY = '(?:働く気(?:が|の|も)?(?:ない|なか|無い|ねえ|ゼロ|ぜろ)|働かない|働かん|怠け(?:者|もの|てい|とる|てる|たい)|なまけ(?:者|もの)|ぐうたら|甘え(?:てる|ている|とる|だ|です|や|ばかり|ばっかり)|楽(?:を)?し(?:たい|よう)と|税金泥棒|ぜいきんどろぼう|タダ飯|ただ飯)'
const NEET110 = '(?:にーと|無職|引きこもり|引き籠もり|ひきこもり)(?:っぽい|っぽか|ぽい|みたいな|みたいか|風の|丸出しの)(?:子|人|やつ|奴|若者|兄ちゃん|にいちゃん|姉ちゃん|ねえちゃん|の)'
const DOUBT = '(?:働く気|やる気|就職する気|仕事する気)(?:は|が|も)?(?:ある|あん|あっ)(?:ん|の|と)?(?:かね|かな|か|やろ|だろ|でしょ|[？?🤔]|ですか)'
const OLDISH = `(?:${OLD66}|(?:高齢|年配|年寄り)の?(?:店主|経営者|オーナー|おーなー|店の人))`
const SLACK = '(?:やる気の(?:ない|なか|無い|ねえ)|やる気(?:が|も)(?:ない|なか|無い)|だらだら(?!汗|と汗|坂|続)|ダラダラ(?!汗|坂)|怠慢な|ぐうたらな|老いぼれた?)'
const FAILED_DESERVED = '(?:潰れ|つぶれ|閉店し|倒産し|廃業し)(?:て|た|る)(?:の(?:も|は))?(?:当然|とうぜん|当たり前|あたりまえ|自業自得|ざまあ|ざまぁ|仕方な)'
const FAILED_OWNER = '(?:潰れた|つぶれた|閉店した|倒産した|廃業した|閉めた|シャッターの|しゃったーの)(?:お?店|店舗|商店|会社)?の?(?:店主|オーナー|おーなー|経営者|社長|人|ひと|おっちゃん|おばちゃん|じいさん|ばあさん)(?:さん)?(?:たち|達|ら)?'
const COUPLE110 = '(?:カップル|かっぷる|二人きり|ふたりきり|2人きり|２人きり|恋人同士|男女(?:で|ふたり|二人))'
const WHATEVER110 = '(?:何が(?:起き|起こ|おき|おこ)|何があっ|なにがあっ|何をし|ナニをし|なにをし|どうなっ)(?:ても|たって|ちゃっても)'
const NOT_OURS = '(?:責任(?:は|を)?(?:持ち|もち|負い|おい|取り|とり)(?:ません|まっせん)|責任(?:は|を)?(?:持て|取れ|とれ)(?:ません|ん)|知りません|しりません|知らんけん|知らんよ|自己責任)'
const MOOD = phrase(`[😏🤭😘💕♡❤]|意味深|いみしん|ムード|むーど|雰囲気|密室|夜|暗|灯り|${LAUGH50}`, 'u')
export const R110: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(`${BODY110}[^。！？!?\\n]{0,8}?${GAZE110}`),
    instead: '女性の体に目を向ける書き方はせず、ボランティアの方の活動そのものを伝えてください（例：「浴衣姿のボランティアの皆さん、案内をありがとうございました」）',
    keep: (fo, s, a, b) => {
      const para = fo.slice(s.start, Math.min(fo.length, b + 80)).split('\n')[0]!
      const t = fo.slice(s.start, s.end)
      if (BODY_OK.test(t) || DENIED110.test(t)) return false
      return WISH110.test(para) || (WOMAN110.test(fo.slice(Math.max(0, s.start - 40), b)) && LEER110.test(para))
    },
  },
  {
    rule: 'decency/sexual',
    re: phrase(MASKED_BODY),
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, s.end)
      return APPRAISE.test(t) && !DENIED110.test(fo.slice(s.start, s.end))
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SUICIDE}[^。！？!?\\n]{0,16}?${WEAK110}`),
    instead: '自殺を個人の弱さのせいにせず、悩みを相談できる窓口を伝えてください（例：「一人で悩まず、こころの相談窓口にご相談ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(b, Math.min(s.end, b + 24))) && !/[「『"“]/u.test(fo.slice(s.start, b)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${WELFARE110}[^。！？!?\\n]{0,16}?${LAZY}`),
    instead: '相談や申請に来る方を怠け者と決めつけず、制度と窓口の案内そのものを書いてください（例：「生活にお困りの方は、福祉課にご相談ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(b, Math.min(s.end, b + 24))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${NEET110}[^。！？!?\\n]{0,30}?(?:${DOUBT}|${LAZY})`),
    instead: '参加者を「ニート」などと呼んでからかわず、説明会の様子そのものを伝えてください（例：「就職説明会には多くの若い方が参加しました」）',
  },
  // Round 118 (R118A-038): the old as a whole called idle and blamed (耕作放棄地が多いのは、結局やる気のない年寄りばっかりだから): block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SLACK}[^。！？!?\\n]{0,4}?${OLDISH}(?:たち|連中|ども)?(?:ばっかり|ばっか|ばかり|だらけ|しか(?:おら|い|住ん|残っ))|${OLDISH}(?:たち|連中|ども)?(?:ばっかり|ばっか|ばかり|だらけ)(?:で|やけん|だから|なので|じゃ)?[、,]?[^。！？!?\\n]{0,6}?${SLACK}`),
    need: ['やる気', 'だらだら', '怠慢', 'ぐうたら', '老いぼれ'],
    instead: '高齢の方をひとまとめに見下さず、課題の実情と市の取り組みを書いてください（例：「担い手の高齢化で耕作が難しくなっています」）',
    keep: (fo, s) => !DENIED110.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${SLACK}[^。！？!?\\n]{0,4}?${OLDISH}|${OLDISH}(?:が|は|って|ども|連中)[^。！？!?\\n]{0,6}?${SLACK}`),
    instead: '店を閉めた方や高齢の方を見下さず、空き店舗の現状と市の取り組みを書いてください（例：「後継者不足などで空き店舗が増えています」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, s.end)) && !/支援|相談|助成|補助/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${FAILED_DESERVED}[^。！？!?\\n]{0,6}?(?:お?店|店舗|商店|会社|ところ)|(?:お?店|店舗|商店|会社)[^。！？!?\\n]{0,6}?(?:が|は|なんて|なんか)[、,]?${FAILED_DESERVED}`),
    instead: '閉店した店やその店主を見下さず、空き店舗の現状と市の取り組みを書いてください（例：「空き店舗の活用を支援しています」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, Math.min(s.end, b + 24))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(FAILED_OWNER),
    instead: '閉店した店の店主さんを笑いの種にせず、商店街の現状と市の取り組みを書いてください（例：「空き店舗の活用を支援しています」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !DENIED110.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${OLD66}(?:さん)?(?:ばっかり|ばっか|ばかり|だらけ)[^。！？!?\\n]{0,30}?(?:通じ(?:ん|ない|なか|ませ)|(?:分|わ)から(?:ん|ない|なか)|ちんぷんかんぷん|チンプンカンプン|理解(?:でき|され)(?:ん|ない|ません)|ついて(?:こ|いけ)(?:れ|ら)?(?:ん|ない|ません))`),
    instead: '高齢の方を笑いの種にせず、活動の様子や支援そのものを伝えてください（例：「民生委員の皆さんと一緒に、LINEの使い方を学びました」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !DENIED110.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${COUPLE110}[^。！？!?\\n]{0,30}?${WHATEVER110}[^。！？!?\\n]{0,12}?${NOT_OURS}`),
    instead: '性的なほのめかしと受け取られる書き方はせず、夜の運航の案内そのものを書いてください（例：「夜の川下りは、灯りの中をゆったりお楽しみいただけます」）',
    keep: (fo, s, _a, b) => MOOD.test(fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, b + 12)).split('\n').pop()!) && !/保険|らいふじやけつと|救命|安全|けが|怪我|事故|落水|転落|天候|荒天/u.test(fo.slice(s.start, s.end)),
  },
]
// Round 112 (blind R112A). A people (foreign workers, 実習生, a nationality) made a thing to exterminate: the group as the one
// that needs 駆除/退治/殺処分, put to it as an object (外国人を駆除), or called 害虫/害獣 outright (R112A-143): block; not a pest's
// 駆除 the group helps with (アカミミガメの駆除に留学生も参加), not a word compounded (外来種駆除, 害虫よけ).
// A middle-aged or old woman (or man) mocked as lonely, with no one to talk to or no friends, and laughed at (「猫おばさん」たち、
// 猫しか話し相手がおらんっちゃろうね😂, R112A-018): warn; not a listening service or a salon (話し相手ボランティア, 見守り).
const CULL112 = '(?:駆除|退治|殺処分|根絶やし|根こそぎ)'
const CULL_NEED = `(?<![一-龥の])${CULL112}(?:が|を|も|は)?(?:必要(?!な(?!ん|の[？?]))|すべき|するべき|せな|せんと|しな(?:きゃ|いと|けりゃ)|せねば|したい|したか|してほし|して欲し|してくれ|しろ|せろ|せんね|対象|の対象|したほうが|した方が|すりゃ|するしか|案件)`
const VERMIN = '(?:害虫|害獣|寄生虫|ゴキブリ|ごきぶり|ドブネズミ|ダニ|ウジ虫|うじ虫|蛆虫)(?:だ|や|です|じゃ|同然|以下|扱い|でしか|と変わら|みたいなもん|そのもの|ども|[。！!w笑😂🤣]|$)'
const PEOPLE_TOPIC112 = `${PEOPLE80}(?:の方)?(?:は|が|も|こそ|って|なんて|なんか|ども|連中)`
const LONELY_WHO = '(?:おばさん|おばちゃん|おばはん|おばさま|ばあさん|ばばあ|ババア|おじさん|おっさん|おじちゃん|じいさん|じじい|ジジイ|独身女性|独身の女性|独身男性|独身の男性|オールドミス|お局)(?:たち|達|ら|連中|ども)?[」』"”]?(?:たち|達|ら|連中)?'
const LONELY = '(?:話し相手|話す相手|しゃべる相手|喋る相手|友達|友だち|ともだち|友人|相手してくれる人)(?:が|も|は)?(?:い|お)(?:ない|らん|らず|ません|ね[えー]?|なか)|(?:寂|さみ|さび)しい(?:人|ひと|女|男|方)(?![生形間])|相手にされ(?:ない|ん|てない|とらん)|(?:ひとり|独り|一人)ぼっち|ぼっち(?:なん|やけん|だから|で|確定)|孤独な(?:人|方|女|男|老後)'
const LONELY_OK = phrase('ボランティア|傾聴|見守|サロン|相談|支援|寄り添|孤立(?:を)?(?:防|なく|予防)|防止|歓迎|どなたでも|お気軽|参加でき|(?<!被)差別|偏見|ではありません|じゃありません', 'u')
export const R112: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE_TOPIC112}[、,]?[^。！？!?\\n]{0,10}?${CULL_NEED}|${PEOPLE80}(?:の方)?(?:を|ば)(?:まとめて|全部|全員|みんな)?${CULL112}(?:し|す|せ|対象)|${PEOPLE_TOPIC112}[、,]?[^。！？!?\\n]{0,8}?${VERMIN}|(?<![一-龥])${CULL112}(?:が|を)?(?:必要|すべき)な(?:の|ん)(?:は|って)[、,]?[^。！？!?\\n]{0,10}?${PEOPLE80}(?:の方)?(?=です|だ|や|じゃ|でしょ|やろ|かも|[。！!w笑😂🤣]|$)`),
    instead: '人を害獣や外来生物のように「駆除」する対象として書かず、伝えたい生き物の対策そのものを書いてください（例：「クリークの外来種の駆除にご協力ください」）',
    keep: (fo, s, _a, b) => !DENIED110.test(fo.slice(s.start, Math.min(s.end, b + 16))),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${LONELY_WHO}[^。！？!?\\n]{0,24}?(?:${LONELY})`),
    instead: '年齢や性別の人たちを「寂しい人」と笑いの種にせず、伝えたいルールそのものを書いてください（例：「地域猫へのエサやりは、決められたルールを守ってお願いします」）',
    keep: (fo, s, _a, b) => phrase(LAUGH50, 'u').test(fo.slice(b, s.end + 12).split('\n')[0]!) && !LONELY_OK.test(fo.slice(s.start, s.end)),
  },
]
// Round 116 (r116-dec). Each kind in every register (plain, polite, casual, 筑後弁); awareness and negation kept clean.
/**
 * Blind W26 (dec9): a practical staffing choice about LANGUAGE work (日本語の案内, 英語での説明, 中国語の通訳, 手話通訳, 言葉の壁) that
 * names a nationality is no judgement of the group; only a group judged less reliable, capable or welcome is (信用できない, 不安,
 * 下手, 雑, 外国人の実習生より日本人に: JUDGED).
 */
const LANG_D9 = '(?:やさしい日本語|日本語|英語|中国語|韓国語|ハングル|ベトナム語|タガログ語|ポルトガル語|スペイン語|ネパール語|インドネシア語|タイ語|フランス語|ドイツ語|ロシア語|外国語|多言語|母国語|母語|手話)'
const TASK_D9 = '(?:案内|説明|対応|通訳|翻訳|電話|問い合わせ|問合せ|アナウンス|放送|受付|窓口|やりとり|やり取り|応対|接客|読み上げ|表記|文書|書類|掲示|解説|ガイド|会話|面談|司会|通話|表示|手続き)'
const LANGUAGE_WORK = phrase(`${LANG_D9}(?:で|での|による|の|に|を使った|を使う)?(?:ご|お)?[一-龥]{0,4}?${TASK_D9}|${TASK_D9}(?:は|を|も)?[、,]?${LANG_D9}(?:で|が)|通訳|翻訳|言葉の壁`, 'u')
const JUDGED = phrase('信用|信頼|不安|心配|怖|こわ|下手|へた|たどたどし|片言|カタコト|雑(?![誌貨談木])|いい加減|適当|ミス|トラブル|マナー|サボ|さぼ|怠け|頼りな|心もとな|危な|危険|抵抗|任せられ|(?:人|方|生|さん|スタッフ|職員|ヘルパー)より', 'u')
/** The words (a sentence, or a match and the rest of its sentence) name language work and judge no group. */
export function languageWork(t: string): boolean {
  return LANGUAGE_WORK.test(t) && !JUDGED.test(t)
}
const AWARE116 = phrase('(?<!被)差別|偏見|人権|啓発|誤解|思い込み|決めつけ|ではありません|ではなく|わけでは|と(?:いう|いった|の)(?:声|言葉|表現|言い方|書き込み|発言|意見)|[」』]|やめ|いけません|いけない|なりません|許され|不適切', 'u')
export const R116_EARLY: Phrase[] = [
  // Round 119 (R116A-059): women on staff proposed as hostesses to liven up a gathering (若い女子職員がお酌したらもっと盛り上がるのに,
  // 女性職員に接待させれば喜ばれる): staff offered as an attraction, block; not a refusal of it (お酌は強要しません).
  {
    rule: 'decency/sexual',
    re: phrase(`${HOSTESS_WOMEN}(?:も|が|は|に|を)?[^。！？!?\\n]{0,12}?${HOSTESS}[^。、！？!?\\n]{0,8}?(?:たら|れば|ると|た(?:ほう|方)が)[^。！？!?\\n]{0,16}?(?:盛り上が|もりあが|華やか|はなやか|喜ば|喜ぶ|喜び|色気|場が和|受けが|ウケが|うけが)`),
    instead: INSTEAD.sexual,
    severity: 'block',
    keep: (fo, s) => !HOST_VETO.test(fo.slice(s.start, s.end)),
  },
  // R116A-015: people with dementia named by the slur ぼけた + a person (ボケた人の相手は疲れますね, ボケとる年寄り): block; not とぼけた, 寝ぼけた,
  // ピンボケ, a blurred photo or a comedy duo's ボケ.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![とね寝差んぴっつ])ぼけ(?:た|てる|ている|てる|とる|ちょる|てしもうた|ちゃった)(?:人|ひと|老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|爺さん|婆さん|じじい|ばばあ|連中|方|親|おやじ|おふくろ)'),
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症の方への接し方講座を開きます」）',
    keep: (fo, s) => !DEMENTED_VETO.test(fo.slice(s.start, s.end)) && !AWARE116.test(fo.slice(s.start, s.end)),
  },
  // R116A-038: a service wished kept to Japanese staff, over foreign ones (外国人の介護スタッフは…不安です。やっぱり日本人の職員に担当して
  // もらいたい): block; not a plain staffing note (日本人の職員と外国人の職員がおります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国(?:人|籍)|外国の(?:方|人)|実習生|留学生|(?:ベトナム|フィリピン|中国|韓国|ネパール|インドネシア|ミャンマー|ブラジル)(?:人|の(?:方|人)))[^\\n]{0,60}?(?:やっぱり|やっぱ|やはり|できれば|できたら|本当は|正直)?[、,]?日本人(?:の)?(?:職員|スタッフ|ヘルパー|先生|看護師|介護士|店員|ガイド|船頭|担当(?:者)?|方|人)(?:さん)?(?:に|が|で)[^。！？!?\\n]{0,10}?(?:担当して|対応して|見て|来て|やって|お願いし|してもら|診て|教えて)?(?:もらいたい|もらいたか|ほしい|欲しい|いただきたい|頂きたい|もらえると|いい|良い|よか|安心)'),
    instead: '国籍で人を分けず、誰が担当しても同じ質のサービスを提供していることを伝えてください（例：「経験豊富なスタッフが対応します」）',
    // Blind W26 (dec9): language work given to those who speak it (日本語の案内は日本人スタッフに任せた方が安心): a practical choice.
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !languageWork(fo.slice(Math.min(s.start, a), b) + (/^[^。！？!?\n]*/u.exec(fo.slice(b))?.[0] ?? '')),
  },
  // R116A-087: welfare recipients resented as getting things free at others' cost (生活保護の方はタダで使えてうらやましい, ずるい, いいご身分):
  // warn; not the service explained (生活保護の方は自己負担がありません), not the prejudice named.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|ナマポ|なまぽ)[^。！？!?\\n]{0,30}?(?:タダ|ただで|無料|税金で|自己負担なし|負担なし|もらえ|貰え|払わなく|払わんで)[^。！？!?\\n]{0,20}?(?:うらやまし|羨まし|ずるい|ずるか|ズルい|いいご身分|いい身分|楽でいい|得して|いいよね|いいですね|ええな|よかね|ずっこい)'),
    severity: 'warn',
    instead: '制度を使う人をうらやんだり責めたりせず、制度の内容と窓口を案内してください（例：「介護扶助について詳しくは福祉課へ」）',
    keep: (fo, s) => !AWARE116.test(fo.slice(s.start, s.end)),
  },
  // R116A-126: a sexual minority told it may come too, as if in doubt (ゲイの人でも参加できますので、ご安心ください): warn; not everyone welcomed
  // (どなたでも), not the partnership system or a consultation.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ゲイ|ホモ|レズ(?:ビアン)?|オカマ|おかま|オネエ|おねえ系|同性愛(?:者)?|トランスジェンダー|トランス|性的(?:少数者|マイノリティ)|lgbtq?\\+?|バイセクシャル|バイセクシュアル)(?:の)?(?:人|方|かた|方々|皆さん|さん)?(?:たち)?でも[、,]?[^。！？!?\\n]{0,16}?(?:参加|利用|入場|入会|来場|乗船|入館|出場|入居|申し?込み?)(?:は|も)?(?:でき|いただけ|頂け|可能|ok|大丈夫|かまい|構い|問題な)'),
    severity: 'warn',
    instead: '特定の人だけを取り上げず、「どなたでもご参加いただけます」と書いてください',
    keep: (fo, s) => !phrase('パートナーシップ|制度|宣誓|証明|相談|当事者|差別|偏見|人権|啓発', 'u').test(fo.slice(s.start, s.end)),
  },
  // R117A-044: disabled visitors asked to keep away because they slow others down (車いすの団体さんが来ると乗船に時間がかかって…その時間帯は
  // 避けてほしい): block; not advice for their own comfort or an accessible route (段差を避けてください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車(?:椅子|いす)|障(?:害|がい|碍)|盲導犬|ベビーカー|介助|視覚|聴覚|知的|発達|認知症)[^。！？!?\\n]{0,50}?(?:時間(?:が|を)?(?:かか|食)|つかえ|詰ま|迷惑|邪魔|手間|遅れ|待たされ|足手まとい|面倒)[^。！？!?\\n]{0,40}?(?:避けて|控えて|遠慮して|ずらして|来ないで|来んで|こんで|やめて|外して)(?:ほしい|欲しい|もらいたい|もらいたか|いただきたい|頂きたい|ほしか|くれ|もらえ)'),
    instead: '障がいのある方が来ることを迷惑のように書かず、必要な手伝いや混み合う時間を案内してください（例：「車いすの方は乗船のお手伝いをいたします。事前にご連絡ください」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && /車|障|盲|介助|視覚|聴覚|知的|発達|認知症/u.test(fo.slice(a, a + 4)) && !fo.slice(a, a + 5).startsWith('ベビー'),
  },
  // R117A-077: older women or men as a herd, called noisy or rude (おばちゃん軍団ってうるさい, じいさん連中は図々しい): block; not thanks to
  // the same group (おばちゃん軍団の皆さん、ありがとう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:おばちゃん|おばさん|おばはん|おっちゃん|おじさん|おっさん|じいさん|ばあさん|じじい|ばばあ|年寄り|老人|ジジババ|じじばば)(?:の)?(?:軍団|連中|集団|ども|ら|たち|達)(?:って|は|ときたら|ったら|なんて)[、,]?[^。！？!?\\n]{0,20}?(?:うるさ|やかまし|騒がし|図々し|ずうずうし|厚かまし|あつかまし|マナー(?:が)?(?:悪|わる)|品が(?:な|無)|下品|がめつ|デリカシー(?:が)?(?:な|無)|迷惑|邪魔|たち(?:が)?(?:悪|わる))'),
    instead: '年齢や性別で人をひとまとめにして悪く言わず、お願いしたいことを具体的に書いてください（例：「船内ではお静かにお願いします」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)),
  },
  // R117A-077: a fault put down to growing old (年取るとデリカシーなくなる, 歳をとると図々しくなる): block.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:年|歳|とし)(?:を)?(?:取|と)(?:る|ったら|ると|れば)[^。！？!?\\n]{0,8}?(?:デリカシー(?:が)?(?:な|無)くな|図々しく|ずうずうしく|厚かましく|あつかましく|うるさくな|頑固にな|がんこにな|わがままにな|恥じらい(?:が)?(?:な|無)くな|品が(?:な|無)くな|下品にな)'),
    instead: '年齢で人をひとまとめにして悪く言わず、お願いしたいことを具体的に書いてください',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !/とは限ら|わけでは|ではありません/u.test(fo.slice(b, s.end)),
  },
  // R117A-105: people of a place looked down on for schooling or breeding (田舎の人たちは教育レベルの差, あの地区は民度が低い): block; not
  // a programme to raise learning (教育水準の向上), not the prejudice named.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:田舎|いなか|地方|僻地|へき地|山奥|集落|地区|地域|校区|在所|島|[一-龥]{1,4}(?:地方|県|市|町|村))(?:の|ん)?(?:人|ひと|もん|者|方|人間|連中|住民)(?:たち|達|ら)?(?:って|は|ときたら|なんて)[、,]?[^。！？!?\\n]{0,50}?(?:教育(?:の)?(?:レベル|水準|程度)(?:が|の)?(?:低|差|違)|学(?:が)?(?:な|無)|民度(?:が)?(?:低|ひく)|知能|頭(?:が)?(?:悪|わる)|程度(?:が)?低|レベル(?:が)?低)'),
    instead: '出身地や住む地域で人の能力を決めつけず、伝えたいことを具体的に書いてください',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)) && !/向上|支援|格差(?:の)?(?:解消|是正)|取り組/u.test(fo.slice(a, s.end)),
  },
  // R117A-134: a disabled visitor laughed off as unable (車いすの方は川下り無理っすよね〜ｗ): warn; not access information without a laugh
  // (段差があるため乗船が難しい場合があります).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED}|車(?:椅子|いす)(?:の)?(?:人|方|利用者|ユーザー|お客さん)|目の見えない|耳の聞こえない)(?:は|には|って|なんて|じゃ)[、,]?[^。！？!?\\n]{0,16}?(?:無理|むり|ムリ|できん|できない|でけん|やめとい|やめた(?:ほう|方)|危ない)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😅💦]|ヒヤヒヤ|ひやひや)`),
    severity: 'warn',
    instead: '障がいのある方をからかわず、段差やお手伝いの有無など必要な情報を書いてください（例：「車いすの方は乗船のお手伝いをいたします。事前にご連絡ください」）',
    keep: (fo, s, a, b) => !AWARE116.test(fo.slice(a, b)),
  },
]
/** Blind R262J-028 kind (dec10): a fault shrugged off as what a group's presence brings (…のも仕方ない, しょうがない, 無理もない, 当然). */
const SHRUGGED = '(?:のも|のは|ても|のが)[、,]?(?:ある程度|多少|ある意味|まあ|やっぱり|正直)?(?:は)?[、,]?(?:仕方(?:が)?な|しょうがな|しかたな|やむを得|やむをえ|無理もな|当然|当たり前)'
export const R_D10_EARLY: Phrase[] = [
  // Blind R262J-028 kind (dec10): a people's growing number given as the reason a rule or manners are broken, and the breach accepted as a
  // matter of course (外国籍の入居者さんも増えてきたので、ゴミ出しルールが守られないのもある程度は仕方ない): the group presumed to break
  // rules, warn. Not a fault denied or helped (ルールが守られるよう5か国語の分別表を), nor a language gap understood (日本語がわからないのも当然).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D10}[^。！？!?\\n]{0,30}?(?:ルール|決まり|きまり|マナー|分別|ごみ出し|ゴミ出し|騒音|時間|約束)[^。！？!?\\n]{0,6}?(?:守られ(?:ない|ん|へん)|守れ(?:ない|ん|へん)|守ら(?:ない|ん|へん)|乱れる|悪(?:い|く|化)|うるさ|騒がし)${SHRUGGED}`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R261D-027 kind (dec10): a people's firms or workers declared unfit for a task because of their origin (外国の業者に個人情報を扱わせる
  // べきではない, 中国人に任せるべきじゃない): a verdict by origin, block. Not a place (海外のサーバーに…), nor a rule named as prejudice.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ORIGIN_D10}|(?:外国|${NATION.replace('|海外', '').replace('|他国', '')})(?:人|系|資本)?(?:の|が経営する|の経営する|が運営する)(?:業者|会社|企業|事業者|店|スタッフ|職員|人材))(?:に|には|へ)[^。！？!?\\n]{0,16}?(?:扱わせ|任せ|触らせ|預け|委託|頼|させ|雇)(?:る|す|する|む|う|たり)?(?:の)?(?:は)?(?:べきでは(?:ない|なか|ありません)|べきじゃ(?:ない|なか)|てはいけ|ちゃいけ|たらいけ|ない(?:ほうが|方が)(?:いい|よい|良い|よか)|たくな|ん(?:ほうが|方が)(?:いい|よか)|危な|怖|こわ|信用でき)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R259H-031 kind (dec10): a complaint that a people is served before the Japanese (日本人の相談が後回しになっているのでは, 外国人ばかり
  // 優遇されている) passed on without a word against it: the prejudice relayed as if sound, warn. Not when the post answers it (そのような事実は
  // ありません, 国籍にかかわらず, 申請順に).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${ORIGIN_D10}[^。！？!?\\n]{0,40}?(?:日本人|日本の(?:方|人|住民))(?:の[^。、！？!?\\n]{1,4}?)?(?:が|は)[^。！？!?\\n]{0,8}?(?:後回し|後まわし|あとまわし|冷遇|不利|損を|割を食|追いやられ)|${ORIGIN_D10}(?:ばかり|ばっかり|だけ)?(?:が)?[^。！？!?\\n]{0,8}?(?:優遇|特別扱い)され`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, _a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED_D10.test(fo.slice(b, b + 160)),
  },
  // Blind R259H-029 kind (dec10): applicants for support sorted by a presumed unwillingness to work (体が動くのに働こうとしない若い方の申請には
  // もう少し厳しくても): a group judged undeserving, warn. Not those unable to work (働きたくても働けない方), nor a rule on fraud.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:働こうとしない|働こうとせん|働く気(?:が|の)(?:ない|なか)|働かない|働かん|怠けて(?:いる|る|おる|とる)|楽をしようと(?:する|しとる|している)|甘えて(?:いる|る|おる|とる))(?:ような|よう(?:に見える)?)?(?:若い|若者|若年)?(?:方|人|者|世代|若者|連中)(?:たち)?(?:の|には|は|に)[^。！？!?\\n]{0,14}?(?:厳しく|厳しい|厳しめ|厳格|締め付け|絞って|断って|断る|(?:支給|支援|援助|保護)(?:を|は)?(?:打ち切|止め|やめ|減ら|しなくて|すべきでな))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R260K-028 kind (dec10): a woman's (or a man's) clothes or body drawing the eye ahead of her work (質問の中身より、ついスカート姿に目が
  // いって): her worth put in her looks, warn. Not a product or a costume shown (新作の浴衣に目がいきます) with no work set against it.
  {
    rule: 'decency/lookism',
    re: phrase('(?:中身|内容|質問|発言|話|仕事|政策|答弁|演説|説明|発表|実績)(?:より(?:も)?|そっちのけで|はさておき|はそっちのけで)[、,]?[^。！？!?\\n]{0,8}?(?:スカート|ミニスカ|脚|足|太もも|胸元|お尻|ドレス|服装|装い|格好|恰好|姿|容姿|見た目|ルックス|顔|美貌|スタイル|ボディライン)(?:姿)?(?:に|へ|ばかり|ばっかり)[^。！？!?\\n]{0,4}?(?:目が(?:いっ|行っ|いく|行く|いき|行き|奪われ|釘付け|くぎ付け)|目を奪われ|見とれ|みとれ|見惚れ|注目して)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // Blind R261D-028 kind (dec10): elders labelled by a failing (機械オンチのおじいちゃんおばあちゃん), or a slur for senility said of them and
  // "taken back" as a joke (毎年ボケ…じゃなくて珍回答が): the slur meant all the same, warn. Not a ツッコミ's ボケ on a stage (漫才のボケ).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:機械|メカ|パソコン|スマホ|デジタル)(?:おんち|音痴|オンチ|弱者)(?:の|な)(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢者|シニア|ご年配|年配)|(?<![寝時差ピンぴん])(?:ぼけ|呆け|ボケ)(?:…|‥|・・|\\.\\.|、|ー|〜){0,3}(?:じゃなくて|じゃなく|ではなく|でなくて|いや|もとい|失礼)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a) => ELDERS_HERE.test(fo) && !/漫才|こんと|つつこみ|お笑い/u.test(fo.slice(s.start, s.end)) && (fo[a] !== 'ぼ' || !/^(?:ぼけ)[^。]{0,3}(?:とつつこみ|とつつこみ)/u.test(fo.slice(a, a + 12))),
  },
  // Blind R259H-028 kind (dec10): dementia made a joke: the writer's forgetfulness laughed off as being "on the way" (もう立派な予備軍です笑,
  // 認知症の仲間入り😂, ボケの始まりかも（笑）): an illness treated as a gag, warn. Not a screening notice (認知症予備軍（MCI）の方も対象).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:立派な|完全な|完全に|もう|ついに|とうとう|私も|うちも)?(?:予備軍|(?:認知症|ぼけ|ボケ)(?:の)?(?:仲間入り|の始まり|始まっ(?:た|とる|てる|ちゃ)))(?:です|だ|や|かも|かな|やね|ですね|ですわ|確定)?[^。！？!?\\n]{0,3}?(?:[（(]笑[)）]|笑|[😂🤣😆]|w{1,4}(?![a-z]))'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo) => DEMENTIA_HERE.test(fo),
  },
]
/** Blind R261D-028 kind (dec10): elders named in the paragraph. */
const ELDERS_HERE = phrase('おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|お年寄り|年寄り|高齢|シニア|年配|老人|敬老', 'u')
/** Blind R259H-028 kind (dec10): dementia or forgetfulness named in the paragraph. */
const DEMENTIA_HERE = phrase('認知症|物忘れ|もの忘れ|ボケ|痴呆|思い出せ|忘れっぽ', 'u')
/** Blind R259H-031 kind (dec10): the relayed complaint answered (そのような事実はありません, 国籍にかかわらず, 申請順, 公平に). */
const ANSWERED_D10 = phrase('事実は(?:ない|ありません|ございません)|ことは(?:ない|ありません|ございません)|国籍(?:に)?(?:かかわらず|関わらず|関係なく)|申請(?:の)?順|受付順|公平|平等|誤解|ではありません|デマ', 'u')
/**
 * Blind R289O-025 kind (dec17): a people, a region standing for one (半島, 大陸) or a vague country (どこかの国, 某国, あの国) named, with or
 * without where they came from between (から連れてこられた, から来た, の), then a contemptuous collective noun (連中, 奴ら, やつら, 輩).
 * Not the plain 人々 or 方々 of a history exhibit (当時の朝鮮半島から来た人々), nor 先輩 or 同輩.
 */
const PEOPLE_D17 = `(?<![一-龥])(?:${NATION}|朝鮮半島|半島|大陸|どこかの国|どっかの国|某国|あの国|例の国|隣の国|お隣の国|隣国)`
const SCORN_NOUN = '(?:連中|奴ら|やつら|奴等|ヤツら|(?<![先後同年朋若])輩)'
/**
 * Blind R286A-028 kind (dec17): a vice (thieving hands, noise, bad manners, litter, queue-jumping) likened to a people's tourists or
 * people (…手癖の悪さ…どこかの国の観光客みたい; どこかの国の団体客みたいにうるさい): a nationality made the punchline, block.
 */
const VICE = '(?:手癖|盗(?:む|み|ん)|泥棒|勝手に持って|うるさ|やかまし|騒が|騒ぎ|大声|マナー(?:が|の)(?:悪|なって)|行儀(?:が|の)悪|ポイ捨て|割り込|横入り|汚(?:い|し|す)|図々し|ずうずうし|厚かまし)'
const LIKENED_PEOPLE = `(?:${PEOPLE_D17}|外国)(?:人)?(?:の|から(?:の|来た))?(?:観光客|旅行者|団体客|団体さん|団体|人たち|人|方々|連中|奴ら|やつら)(?:みたい|のよう|並み|そっくり|と同じ|っぽ)`
/**
 * A cause of a poor result other than its makers (blind wave 95 review): the weather or the season (天候不順, 日照不足, 長雨, 猛暑, 台風,
 * 冷夏, 不作, 病害, 害虫), a first try or unfamiliar work (初めて, 初挑戦, 慣れない), or the machine or material (機械の故障, 材料不足).
 */
const CAUSE_OF_RESULT = /天候|天気|日照|長雨|大雨|猛暑|酷暑|冷夏|台風|干ばつ|不作|病害|害虫|霜|初めて|はじめて|初挑戦|慣れない|不慣れな(?:作業|機械)|機械の(?:故障|不具合)|故障|材料(?:不足|が足りず)|原料/u
export const R_D17_EARLY: Phrase[] = [
  // Blind R289O-025 kind (dec17): a people called by a contemptuous collective noun (半島から連れてこられた連中, 中国の奴ら, 大陸の輩): block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE_D17}(?:人|系|出身(?:の)?|の|ん|から[^。！？!?、,\\n]{0,14}?)?${SCORN_NOUN}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R286A-028 kind (dec17): a vice likened to a people (手癖の悪さ…どこかの国の観光客みたい), either order, the likeness up to 30
  // letters after the vice (the next sentence too: ポイ捨てがひどい。まるで某国の観光客並み): block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${VICE}[^\\n]{0,30}?${LIKENED_PEOPLE}|${LIKENED_PEOPLE}(?:に|な)?[^。！？!?\\n]{0,10}?${VICE}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R287L-026 kind (dec17): シナ for China as a word of its own, in any width (ｼﾅの観光地: the squeezed view reads it as シナ), not
  // inside a katakana word (シナモン, シナリオ, シナジー, シナノ, インドシナ), not the sea's name (東シナ海), nor 支那そば's kana (leave as today).
  // rvdec: シナ is also the linden, as a tree and as a timber (シナ合板, シナベニヤ, シナ材, シナの木, シナ竹/シナチク): a material or a plant
  // named right after it, or a woodwork / tree setting in the sentence, is not the country (シナの観光地, シナ人, シナの連中 stay).
  {
    rule: 'decency/discriminatory',
    re: /(?<![\u30a1-\u30fa\u30fc\u30fb])シナ(?![\u30a1-\u30fa\u30fc海竹そソ蕎]|(?:の)?(?:合板|材|板|木|樹|花|葉|実|枝|皮|蜜|苗|並木)|の(?:き|はな|はちみつ))/gu,
    need: ['しな'],
    instead: INSTEAD.discriminatory,
    squeezed: true,
    keep: (fo, s) => !rx('木工|工作|材料|木材|材木|合板|ベニヤ|家具|植物|樹木|街路樹|並木|公園の|開花|花が咲|花を咲|蜂蜜|はちみつ|ハチミツ|菩提樹|ボダイジュ').test(fo.slice(s.start, s.end)),
  },
  // Blind R290P-031 kind (dec17): a disabled group's applicants told not to be counted on (障がい者雇用枠…戦力としては期待していない; 役に
  // 立つとは思っていない; 足手まとい): low expectations of their worth, block. Not a plain call for applicants, nor 戦力として期待しています.
  // Blind R457J-010 kind (dec95): …or the things the group makes judged poor as such (障がい者の作ったものは品質が期待できない, 作業所の製品は出来が
  // いまいち, 障害のある方が作る商品はクオリティが低い): block. Not quality praised (品質の高い製品), not a purchase announced (優先調達します).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?:${R24_GRP}|しょうがい者)(?:の方|の皆さん|さん)?(?:たち|達)?(?:が|の)(?:作った|つくった|作る|つくる|作って(?:い)?る|手がけた|手掛けた|製作した|制作した)(?:もの|物|製品|商品|品物|品|作品|お菓子|パン|野菜)?|(?:(?:障(?:害|がい|碍)者|福祉)(?:就労)?施設|作業所|授産施設|就労(?:継続)?支援(?:事業所|施設)?)(?:の|で作った|で作られた|で作る)(?:もの|物|製品|商品|品物|品|作品|お菓子|パン|野菜))(?:は|って|なんて|なんか|だから|なので|だと)?[、,]?[^。！？!?\\n]{0,10}?(?:品質|クオリティ|出来|出来栄え|出来ばえ|仕上がり|質|精度|完成度|レベル|味)(?:が|は|も|に|の面で)?[、,]?(?:正直|あまり|どうしても|やはり|やっぱり|いまひとつ)?[、,]?(?:期待(?:でき|して(?:い)?)(?:ない|ません|ん)|(?:低|悪|劣)(?:い|く|か)|いまいち|イマイチ|今ひとつ|今一つ|今いち|落ちる|落ちます|不安(?!定)|心配|あてにならな|当てにならな|使い物にならな|たかが知れ|お粗末|雑)`),
    instead: INSTEAD.discriminatory,
    // A cause other than the makers named for the poor result (天候不順で, 日照不足で, 初めての挑戦で, 機械の故障で): a report of a bad
    // season or a first try, not the group judged (実習生が作った野菜は天候不順で出来がいまいちでした).
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !CAUSE_OF_RESULT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|しょうがい者)(?:の方)?(?:雇用)?(?:枠)?[^。\\n]{0,40}?(?:戦力(?:として|に)?(?:は|も)?[、,]?(?:あまり|全く|まったく|さほど|それほど)?(?:期待して(?:い)?(?:ない|ません|おりません)|期待でき(?:ない|ません)|あてにして(?:い)?(?:ない|ません)|数えて(?:い)?(?:ない|ません))|(?:役に立つ|活躍(?:する|できる))(?:とは|ことは|と(?:は)?)?(?:期待|思って)(?:して)?(?:い)?(?:ない|ません))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Blind R289O-027 kind (dec17): the dead or the victims of a disaster, an accident or a war said to have brought it on themselves (…亡くなった
  // のは、正直自業自得), warn. Not the word named to be refused (自業自得という言葉で被害者を責めないで), nor denied (自業自得ではありません).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:亡くな(?:った|られた|る)|犠牲(?:者|に)|被災(?:者|した|された)|被害(?:者|に遭)|遭難(?:者|した)|死者|死んだ|溺れ)[^。！？!?\\n]{0,40}?(?:自業自得|当然の報い|天罰|因果応報|罰が当た|バチが当た|ばちが当た)|(?:亡くな(?:った|られた)|犠牲(?:者|に))[^。！？!?\\n]{0,40}?自己責任|(?:亡くな(?:った|られた|る)|犠牲(?:者|に)|被災(?:者|した|された)|被害(?:者|に遭)|遭難(?:者|した)|死者|死んだ|溺れ)[^。！？!?\\n]{0,30}?(?:無視|従わ(?:なかった|ず)|逃げなかった|避難しなかった|聞かなかった|甘く見)[^。！？!?\\n]{0,16}?(?:当然の結果|当たり前|自己責任)'),
    instead: '災害や事故で亡くなった方や被害に遭われた方を責めず、教訓と備えを伝えてください（例：「当時の被害を振り返り、日頃の備えを確認しましょう」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !rx('^[」』”"]?(?:という|と(?:いう|言|い|責|決めつ)|って|などと|なんて|では|じゃ|で(?:は)?な)').test(fo.slice(b, b + 8)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R289O-023 kind (dec17): the elderly at a memorial or a gathering counted down to their deaths (ご高齢の方ばかりで、あと何年この顔ぶれが
  // そろうか; 先が長くない), warn. Not many elderly mourners told plainly, nor a health course (健康寿命, 介護予防).
  {
    rule: 'decency/insensitive',
    // rvdec: the countdown is of the people (あと何年この顔ぶれがそろうか, 来年は何人残っているかな, the next sentence too), not of an event or
    // the work (あと何年この祭りを続けられるか, あと何年かかっても全戸訪問を続けます).
    re: phrase('(?:ご高齢|高齢|お年寄り|年寄り|年配)(?:の)?(?:方|人|者|ご遺族|遺族|参列者|皆さん|皆様)?(?:[^。！？!?\\n]{0,30}?(?:あと何(?:年|回)[^。！？!?\\n]{0,12}?(?:顔ぶれ|顔を合わせ|顔がそろ|会え|お会い|そろう|そろえ|揃う|揃え|集まれ|生き|元気で|参列でき|来られ|来てくれ|ご一緒|もつ|持つ)|あと何人(?:が|か)?(?:残|生き|元気|来られ|そろ|揃)|いつまで(?:生き|もつ|持つ)|先が(?:長くな|短い)|先は長くな|お迎えが(?:近|来)|棺桶に片足)|[^\\n]{0,30}?(?:来年|次回|次|再来年|来年度)(?:は|には|まで)?(?:何人|いく人|幾人)(?:が)?(?:残|生きて|元気|来られ|そろ|揃))'),
    instead: '参列された方の年齢や残された時間を話題にせず、式の様子と参列へのお礼を伝えてください（例：「多くのご遺族にご参列いただき、ありがとうございました」）',
    severity: 'warn',
    keep: (fo, s) => !rx('健康|寿命|介護予防|講座|教室|運転|免許|体操|担い手|後継|継承|存続|(?:祭り|行事|事業|活動|訪問|伝統)を続').test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R286A-029 kind (dec17): single older women mocked, a pet or a hobby said to stand in for a husband or to fill their loneliness (独身の
  // おばさまばかり…ワンちゃんが旦那さん代わり), stereotype warn. Not a single woman's safety class or a plain event for singles.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:独身|未婚|おひとりさま|お一人様)(?:の)?(?:おばさま|おばさん|おばちゃん|女性|女の人|ご婦人|お姉さま)(?:方|たち)?[^\\n]{0,40}?(?:(?:旦那|夫|彼氏|恋人|ご主人|子ども|子供)(?:さん|様|さま)?(?:の)?(?:代わり|がわり|替わり)|寂しさ(?:を|の)?(?:紛ら|埋め)|寂しい(?:から|んでしょう|のかな)|さみしい(?:から|んでしょう|のかな)|売れ残|行き遅れ)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R287L-025 kind (dec17): a women's contest judged by body parts (審査のポイントは「うなじとくびれ」; 審査基準は美脚とバスト), lookism
  // warn (the body's allure as the criterion, うなじの色気, is left to the older, stricter reading). Not a contest judged on poise, dress or
  // a smile.
  {
    rule: 'decency/lookism',
    re: phrase('(?:審査|採点|評価|選考)(?:の)?(?:ポイント|基準|対象|決め手|項目)(?:は|も)[^。！？!?\\n]{0,10}?(?:(?<![一-龥])胸(?![一-龥]|を張|が高鳴|に手)|バスト|お尻|ヒップ|うなじ|(?<![一-龥])脚(?![一-龥])|美脚|脚線|太もも|くびれ|ボディライン|谷間|胸元|プロポーション)(?!の(?:運び|さばき|捌き|動き|動作|使い方|上げ|振り|角度|向き|高さ|タイミング|リズム|伸び|張り|深さ|位置)|(?:の)?(?:圧迫|骨))(?![^。！？!?\\n]{0,6}?(?:色気|色っぽ|セクシー))'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R289O-026 kind (dec17): sexual innuendo about a historical figure (側室をとっかえひっかえ…夜はさぞお盛んだった😏), sexual warn. Not
  // a scholarly account of the 側室 system.
  {
    rule: 'decency/sexual',
    // rvdec: also a lord's concubines with his nights or evenings made busy (側室が何人もいて、毎晩さぞ忙しかった), and a lord's nights called
    // lively with a leer (殿様は夜の方もずいぶんお元気だったようで😏).
    re: phrase('(?<![一-龥])夜(?:は|も|の(?:ほう|方)(?:も|は))[、,]?(?:さぞ(?:かし|や)?|きっと|さぞお)?(?:お盛ん|おさかん)|(?:側室|愛人|妾|女性|女)(?:を|と)?(?:とっかえひっかえ|取っ替え引っ替え|とっかえ引っかえ)|(?:側室|愛人|妾)[^。！？!?\\n]{0,20}?(?:毎晩|毎夜|夜(?:は|も|の(?:ほう|方)(?:も|は)))[、,]?[^。！？!?\\n]{0,8}?(?:忙し|お盛ん|お元気|お励み|お強|大変だった)|(?:殿様|殿|藩主|大名|将軍|城主|武将)[^。！？!?\\n]{0,12}?夜(?:は|も|の(?:ほう|方)(?:も|は))[、,]?[^。！？!?\\n]{0,8}?(?:お元気|元気|お盛ん|お強|絶倫)[^\\n]{0,16}?[😏😉🤭😘💕♡]'),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
]
/**
 * Blind R294I-033 kind (dec18): a foreigner or a people named, then their body smell derided (匂いはきつい, 体臭がひどい, くさくて) and the
 * writer wanting relief from them (勘弁してほしい, 迷惑, 困る, うんざり), all in one sentence: a person's body mocked for their origin, block.
 * Not a thing's smell (ごみ, 排水, 料理, 煙: a complaint about a place, not a people), not prejudice named to be refused.
 */
const FOREIGNER = `(?:(?<![一-龥])外国(?:人|籍の(?:方|人)|の(?:方|人))|(?<![一-龥])外人|(?:${NATION})(?:人|系の(?:人|方))|(?:あの|その|某|例の|よその|どこかの)国の(?:人|方|連中))(?:たち|達|ら|さん|客|観光客|の(?:お客|客|方|人))?`
const BODY_SMELL = '(?:体臭|口臭|わきが|ワキガ|匂い|臭い|におい|ニオイ)(?:が|は|も)?(?:きつ|キツ|ひど|強烈|たまら|やば|ヤバ|くさ|臭)|(?<![ぁ-ゖ])くさ(?:くて|かった|すぎ|い(?=[し、,。]))|臭(?:くて|かった|すぎ)'
const RELIEF_D18 = '(?:勘弁|迷惑|困る|困り|困った|うんざり|耐えられ|たまったもんじゃ|無理|来ないで|来てほしくな|来んで)'
const THING_SMELL = phrase('ごみ|生ごみ|ゴミ|排水|下水|トイレ|煙|焼き|料理|工場|堆肥|肥料|家畜|ペンキ|塗料|たばこ|タバコ|香辛料|スパイス', 'u')
/**
 * Blind R293T-028 kind (dec18): people lumped by the kind of country they come from, defined by a failing (ルールも守れないような国から来た
 * 人たち, 分別もできないような国の連中), with a complaint closing the sentence (困ったもの, 迷惑です, 勘弁, うんざり): a generalisation about
 * people from some countries, block. Not help offered to newcomers (分別の習慣がない国から来た方にも分かりやすく), no complaint there.
 */
const FAILING_COUNTRY = `(?:ない|ん|へん|ず)(?:ような|みたいな|様な)?(?:(?<![一-龥])国(?:から(?:来た|来られた|きた|来て(?:いる|る|おる))|出身の|の)(?:人|方|連中|奴|やつ|者)(?:たち|達|ら|々)?|(?:外国人|外国の(?:人|方)|外人|(?:${NATION})人)(?:たち|達|ら)?)`
const COMPLAINED = '(?:困った(?:もの|もん|こと|人|連中)|困ります|困る(?:ね|よ|わ|んです|んだ|んよ|けん)?(?=[。！!]|$)|困っています|困っとる|迷惑(?:です|だ|千万|な話|してい)|勘弁|うんざり|呆れ|あきれ|いい加減にして|来てほしくな|来ないで)'
/**
 * Blind R292E-029 kind (dec18): an old person's bent back or frailty made the low bar of an easy outing (腰の曲がったじいちゃんばあちゃんでも
 * 余裕, ヨボヨボのおばあちゃんでも歩ける): the elderly's bodies mocked, warn. Not a course or a class for weak legs told plainly (足腰の弱い方も
 * ご参加いただけます, 腰痛予防体操): those name no old person by the bent body.
 */
const FRAIL_OLD = `(?:腰(?:の|が)曲が(?:った|っとる|ってる)|よぼよぼ(?:の)?|ヨボヨボ(?:の)?|よたよた(?:の)?|ヨタヨタ(?:の)?|よろよろ(?:の)?)(?:${OLD_KIN})(?:(?:や|と|・|、)?(?:${OLD_KIN}))?(?:たち|達|ら)?(?:で|に)?(?:も)`
const EASY = '(?:余裕|楽勝|らくしょう|楽々|らくらく|ラクラク|簡単|でき(?:る|ます)|いけ(?:る|ます)|行け(?:る|ます)|歩け(?:る|ます)|持て(?:る|ます)|完歩|登れ|乗れ|使え)'
export const R_D18_EARLY: Phrase[] = [
  // Blind R294I-033 kind (dec18): a foreigner's body smell derided and relief wished (窓口に来たあの外国人…匂いはきついし…勘弁してほしい): block.
  {
    rule: 'decency/discriminatory',
    // The people stand in a look-behind, so a milder reading that already holds their words (外国人、日本語は通じないし) leaves the smell its own span.
    re: phrase(`(?<=${FOREIGNER}[^。！？!?\n]{0,30}?)(?:${BODY_SMELL})[^。！？!?\n]{0,24}?${RELIEF_D18}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !THING_SMELL.test(fo.slice(Math.max(s.start, a - 40), b)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R293T-028 kind (dec18): people from "the kind of country" that fails a rule, complained of (守れないような国から来た人たちには…困ったもの): block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FAILING_COUNTRY}[^。！？!?\n]{0,24}?${COMPLAINED}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R292E-029 kind (dec18): the old's bent or tottering body made the low bar (腰の曲がったじいちゃんばあちゃんでも余裕で完歩): warn.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FRAIL_OLD}[^。！？!?\n]{0,8}?${EASY}`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
export const DEMENTED_VETO = phrase('防止|予防|漫才|ツッコミ|つっこみ|お笑い|コント|写真|ぴんと|カメラ|花|木瓜|盆栽|わけ(?:では|じゃ)|ではありません|ではなく|じゃない|(?<!被)差別|偏見|誤解|思い込み|決めつけ|と(?:呼ば|言わ|いわ)|言っては|いけません|やめ', 'u')
/** Blind W23: a disabled or old group called a bother by the staff who serve it (車いすの方が来られると正直手間, お年寄りが来ると面倒). */
export const SERVED_W23 = `(?:${DISABLED}|車(?:椅子|いす)(?:の|を(?:ご)?利用の|利用の)?(?:方|人|お客様|お客さん|利用者)|(?:ご)?高齢(?:の)?(?:方|人|お客様|お客さん|者)|お年寄り|年寄り|年配の(?:方|人|お客様))(?:たち|達|ら|々)?`
/** Blind W25: an old driver (じいちゃん, 高齢ドライバー) whose driving is made a fright to laugh at (お経を唱えて, 寿命が縮む, ヒヤヒヤ). */
export const OLD_DRIVER_W25 = `(?:${OLD_KIN}|高齢(?:の)?(?:ドライバー|運転者)|年配の(?:ドライバー|方|人))`
/** Blind W25: the old as a whole (…って, …なんて) laughed at (見てるだけで笑っちゃう, ウケる). */
export const OLD_ALL = '(?:(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん)(?:(?:や|と|・)?(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん))?|お年寄り|年寄り|高齢者|老人|シニア)(?:たち|達|世代)?(?:って|なんて|なんか)'
/**
 * Blind R308T-032 kind (dec56): the old said to be slow (乗り降りに時間がかかり, 足元がおぼつかず) and so to keep the others waiting (ほかの
 * お客様をお待たせ, 列が進まない), where the post asks them to come on weekdays or at quiet times (平日にお越しいただくよう, 時間帯をずらして):
 * the old told to keep away at busy times, warn. Not a quiet time offered to all, not a service for the old (シニアタイム, 優先, ご希望).
 */
export const OLD_SLOW = `(?:${AGED}|ご高齢の方)(?:の皆さん|の皆様|たち)?(?:(?:は|が|って|の場合(?:は)?)[、,]?[^。！？!?\\n]{0,24}?(?:時間(?:が)?(?:かか|掛か)|手間取|もたつ|ゆっくり(?:な|で|に|と|し)|遅(?:い|く|れ)|足(?:元|腰)が(?:弱|おぼつか|不安)|おぼつか)|が(?:いる|いらっしゃる|来る|来られる|乗る|多い)と)[^。！？!?\\n]{0,30}?(?:(?:ほか|他|周り|周囲|後ろ|あと|後)の(?:お客(?:様|さま|さん)|方|方々|人|利用者|乗客|皆さん|皆様)[^。！？!?\\n]{0,10}?(?:お待たせ|待たせ|待って|迷惑|負担|邪魔)|(?:後ろ|うしろ|列|窓口|レジ|受付)(?:が|も)(?:詰ま|つかえ|滞|止ま|進ま)|流れ(?:が)?(?:滞|止ま|悪)|全体(?:が|の)[^。！？!?\\n]{0,4}?遅れ|渋滞|混雑(?:の原因|を招|に拍車))`
export const AGE_TOPIC = phrase(`${AGED}|高齢|年配|シニア|(?:[6-9６-９]0|六十|七十|八十|九十)(?:代|歳|才|過ぎ|を過ぎ|超え)|[6-9６-９][0-9０-９](?:歳|才)|平均年齢|年代の方|年齢の方|もみじマーク|高齢者マーク|じいちゃん|ばあちゃん`, 'u')
export const SEX_HIRE_VETO_D59 = phrase('少な|不足|積極的|活躍の場|ポジティブ|女性比率|男女問わず|性別(?:は)?問わ|年齢(?:は)?問わ|年齢不問|性別不問|どなたでも', 'u')
