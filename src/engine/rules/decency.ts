/**
 * decency — 4(2): 公序良俗に反する表現、差別的な表現を用いない.
 *
 * - Slurs and sexual words (policy lists `decency` and `discrimination`), word-aware; exceptions
 *   in the lists keep ordinary words out (フェラーリ, ちょんまげ, 非人道的); 伏せ字 forms
 *   (ガ〇ジ, チョ〇ン) and letters spelt out with spaces are read too.
 * - Discriminatory statements, not only slurs: a protected group (sexual orientation, disability,
 *   nationality or ethnicity, 部落, age, sex, appearance, illness) with a negative or exclusionary
 *   predicate in the same sentence (同性愛は異常, 障害のある方は…ご遠慮ください, 中国人はマナーが
 *   悪いので来てほしくない, 女性は〜すべき, 〜のくせに). A sentence that speaks against
 *   discrimination (差別の解消, 人権, 啓発, 理解, 配慮 …) is not one.
 * - Sexual remarks about staff or residents and innuendo (胸元がチラッと, 美人すぎる職員, スタイル
 *   抜群の…さん, 精力をつけて今夜は…), and stereotypes (女子力, 方向音痴の女性でも).
 * - Prejudice said without a slur (round 9a): a people's character blamed (国民性やけん仕方なか), crime tied
 *   to a group's arrival, religion as a group and people said to be avoided (関わるとろくなことがなか), prejudice
 *   condoned (気にされるのも無理はなか), care called unfair and agreed with, a person called abnormal, sexual
 *   minorities said not to exist here, welfare recipients seen gambling, old age as a duty to give up driving,
 *   a job given to one sex (受付は女性に限る); dialect endings (〜とる, 〜けん, 〜なか) read as the standard ones.
 * - Levity about a fire, an accident or a death that happened (火事あったっぽい…逆に映え📸): `decency/insensitive`,
 *   not when the post supposes or prevents one, or tells of relief or rebuilding.
 * - Round 9b/10: levity across a line or in a later paragraph (…児童1名が死亡した。⏎⏎…盛大に実施する🎉), any cheer after a
 *   turn (ご冥福を…それにしても…😅, 気持ちを切り替えて…日和です☀️), damage as the event (全壊, 冠水, 水の中の都になっちゃった),
 *   delight at an evacuation (warn; in emergency mode the shelter need not be named); a victim shown being recovered
 *   (`decency/victim`); an address is not laughter (https://www.). Prejudice: a people named by a hint (半島・大陸・例の国) or
 *   mocked in English, praise that marvels a group managed (ちゃんと並んでくれて感動😂 やればできる), 同和地区 as the reason
 *   for a price, looks or the body as a selection criterion (審査基準 ①容姿, バストサイズを重視), a body likened to a heavy
 *   animal, faith called superstition, a sex kept from a job (男性からの応募は想定していない) or its nature as the job's need,
 *   swimwear women as an attraction, single parents presumed to live badly, young mothers as a treat for the men on staff, a
 *   group asked to stay away as a bother to other evacuees, dress across sex laughed at, a nuisance tied to where a group lives.
 * - Round 13: a group's children or family told to keep out of others' way (…のお子さんのご家族は、周りの迷惑にならないよう,
 *   ほかの子が怖がるので別室で); looks or a body type as the condition to take part (ルックスの方限定, 見た目に自信のある方,
 *   細身の女性のみ); a job said to suit one sex (調理員は…女性が向いています, 男じゃないと務まらない) or a sex's applications
 *   not wanted (男性の応募は期待していません), hiring that prefers men, Japanese or youth, women presumed to quit; どうせ said
 *   of a group, and the old presumed unable as a whole (`decency/stereotype`, warn; not 使えない方も多いので); a people said
 *   unable to keep a rule of daily life (分別ができない人が多い; not …方もいる, not わからない); crime tied to a group's
 *   arrival (自転車盗, 相次ぐ, 施錠) and a group to be watched (外国人を見かけたら…カギを確認, 外国人には注意); a slur heading a
 *   compound (オカマキャラ, ホモネタ); a delay put down to who the staff are (女性職員が多い職場なので…時間がかかる).
 * - Round 14: a group in a conditional clause or given as the reason, then the prejudice (外国人に貸すと…ルールを守らず,
 *   アジアの方々なので…ルーズ, 外国人を雇うとすぐ辞め); a group said to slow the rest and sent to another session or room
 *   (進行が遅れるため、別日程の講座へ); old people named by dementia or frailty (ボケ老人, ヨボヨボのじいさん, 老いぼれ); looks
 *   selling someone of a role (美人すぎる市議, イケメン講師); a body's weight or size joked as a load (体重の重い方…沈むので笑);
 *   a place or rite of death joked about (霊安室…泊まってもいいかも（笑）: block in its sentence, warn a sentence later).
 * - Round 15: a service called useless to a disabled group and the group told not to count on it (…には防災無線は意味がない
 *   ので当てにしないで; not when the city offers something instead); a group as the yardstick of easy (障害者の方でも作れるくらい
 *   簡単: block; お年寄りでも使えるほど簡単: stereotype); the old presumed slow (手続きに時間がかかるので) and a time recommended
 *   for being free of a group (高齢者の少ない夕方がおすすめ); illness made a windfall (がんになっても…元が取れてお得かも, 入院の
 *   おかげで痩せてラッキー: `decency/insensitive`, warn); an old person's face as the joke (しわしわの顔がおばあちゃんそっくりで
 *   ブサカワ, warn); a person said to seem gay (男なのに…オネエっぽい, ゲイっぽくない？: block, not a TV genre).
 * A word quoted as an example (「女のくせに」といった言葉) is a mention: `info`.
 */
import { matchAllOf } from '../regex'
import { CLAUSES } from '../clauses'
import { NeedGate } from '../gate'
import { requiredLiterals } from '../literals'
import type { RuleFamily } from '../rule'
import type { Span } from '../text'
import { Taken, isQuotedTopic, isReportedSpeech, startsWithMask, compactLetters, isHiragana, isKanji, isKatakana, isMentionAt, maskedWords, phrase, sentences } from '../words'

type Rule = 'decency/sexual' | 'decency/discriminatory' | 'decency/lookism' | 'decency/stereotype' | 'decency/insensitive' | 'decency/victim'

/** A sentence that speaks against discrimination or explains care, not one that discriminates. */
const AWARENESS = phrase(
  '(?<!被)差別(?!(?:じゃ|では)(?:ない|なく|ありません))|人権|偏見|思い込み|決めつけ|根拠のない|誤解|解消|啓発|理解を|理解と|ご理解|尊重|多様性|共生|権利|なくそう|なくしましょう|なくす|許さない|許されない|根絶|講演|研修|パネル展|相談窓口|ハラスメント|合理的配慮|配慮|支援|サポート|バリアフリー|ユニバーサル|優先席|介助|補助犬|盲導犬|助成|補助金|制度|法律|条例|いじめ|啓蒙|学習会|考える',
  'u',
)
/** Safety or health reasons for a restriction (妊娠中の方は安全上ご遠慮ください). */
// Not 安全のため or 混雑緩和のため alone: a reason does not make excluding a protected group acceptable
// (安全のため車いすの方の乗船はお断り is discrimination); a condition of the activity does.
const SAFETY = phrase('健康上|体調|医師|感染(?:症)?(?:の)?(?:予防|拡大|対策)|症状|発熱|年齢制限|身長制限|体重制限|法令|法律|条例|飲酒|酒気|選挙|投票|在留|ビザ|査証|療養|待機|保健所', 'u')

interface Group {
  kind: 'orientation' | 'disability' | 'nationality' | 'buraku' | 'age' | 'sex' | 'appearance' | 'illness' | 'status' | 'religion'
  re: RegExp
  /** Predicates after the group in the same sentence (within ~40 characters). */
  after: RegExp
  /** Some predicates mock only when a joke marker is there (耳が遠い 😂). */
  needsJoke?: RegExp
  /** A presumption said of the whole group, milder than exclusion (お年寄りはスマホを使えないので): a stereotype, warn. */
  soft?: RegExp
}

/** The group asked to mind the others (他の利用者に配慮して, 周りの方に気を遣っていただき). */
const MIND_OTHERS = '(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|来館者|参加者|お子さん|子ども)(?:に|へ)(?:ご)?(?:配慮(?:して|し|いただ|の上)|気を(?:つけ|付け|遣|使)(?:って|い))'
/** What a group may be kept from (入居, 入園, 採用, 乗船 …). */
const ACT = '参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|入館|入園|入学|入所|入団|入居|宿泊|予約|申し?込み?|応募|受験|受講|登録|見学|体験|採用|雇用|契約|賃貸|受け入れ|受入れ?'
/** The activity refused, in every politeness form (入居は不可です, 入園できません, 採用はいたしません). */
const REFUSE = `(?:${ACT})(?:は|を|も)?(?:禁止|お断り|お断わり|不可|ng|できません|できない(?:です|ので|。|$)|いただけません|頂けません|になれません|させません|認めません|いたしません|致しません|しません|しない(?:方針|こと|予定|。|$)|お受けできません|お控え(?:ください|下さい|いただ))|対象外と(?:させていただ|いたし|します)|(?:${ACT})(?:は|を|も)?(?:(?:あまり|特に|それほど|さほど|正直|ほとんど|まったく|全く|はなから|最初から)?(?:期待して|求めて|望んで)(?:いない|おりません|いません(?!でした)|おらず)|歓迎(?:しない|しません|していません|できません)|お呼びでない|想定して(?:いない|おりません|いません|おらず)|想定外|考えて(?:いない|おりません)|見込んで(?:いない|おりません)|対象と(?:しない|していない|しておりません))`
/** A group said to slow or burden the rest, and sent apart (進行が遅れるため、別日程の講座へ, 手間がかかるので別室で). */
const BURDEN_APART = '(?:遅れ|遅く|滞|支障|妨げ|手間|手がかか|時間(?:が|を)?(?:かか|要))[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,8}?別(?:の)?(?:日程|日|回|会場|室|部屋|枠|コース|講座|クラス|便|時間帯|教室|グループ|班|席)'
/** Exclusion, contempt and hostility said of any group. */
const EXCLUDE =
  `${REFUSE}|${BURDEN_APART}|^[^。！？!?\\n]{0,12}?どうせ(?!なら)|お断り|おことわり|お断わり|(?:ご)?遠慮(?:を)?(?:お願い|願い|いただいて|して(?:もら|いただ))|受け付け(?:て)?(?:おりません|いません|ません)|お受け(?:でき|いたしかね|して(?:おり|い))ません|(?:ご|お)(?:参加|利用|入場|乗船|乗車|入店|来店|入館|入室|来場|予約|宿泊|申し?込み?)(?:は|を)?(?:いただけ|でき|になれ|頂け)(?:ません|ない)|(?:入れ|乗れ|泊まれ|参加でき|利用でき)(?:ません|ない(?:です|ので|。|$))|いたしかねます|(?:理解|飲み込み|物覚え|覚え|動き|反応|判断)(?:が)?(?:遅|鈍|悪|のろ)(?:い|く)[^。！？!?\\n]{0,3}(?:ので|から|けん|ため|し)|危ない(?:から|ので|けん)|危なっかしい|何を(?:する|しでかす)か(?:分から|わから)|(?:言葉|話)(?:が)?通じ(?:ない|ん)(?:から|ので|けん)|トラブル(?:を|が)?(?:起こ|多)|手がかか(?:る|り)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮して(?:ください|ほしい|欲しい|もらい|いただ)|(?:入店|入場|利用|乗船|乗車|参加|入室|来店|入館)(?:は)?(?:禁止|お断り|不可|できません|させません|認めません)|来るな|来んな|来ないで|こないで|来てほしく|来て欲しく|来んで(?:よか|いい|ええ|ほしい)?|来なくて(?:いい|よい|結構|よか)|乗せ(?:ない|ん|たくない|ません|るな)|入れ(?:ない|ん|たくない|ません|るな)|受け入れ(?:ない|たくない|られない|ません)|出ていけ|出て行け|出てけ|帰れ|国に帰|(?:ご|お)?迷惑(?:に|と)な|迷惑(?:です|だ|やけん|なので|なんで|なんです|でしか|千万)|迷惑がかか|邪魔(?:だ|です|やけん|なので|なんで|。|！|!)|足手まとい|(?:は|なんか|なんて)(?:いらない|要らない)|(?:無駄|むだ|ムダ)(?:だ|です|やけん|と思|でしか|なので)|嫌い|きらい|大嫌い|気持ち悪|気色悪|きもい|異常|おかしい|変わった(?:人|連中|方|奴|やつ)|変な(?:人|連中|奴|やつ)|ヘンな|劣って|劣る|劣等|下等|汚い|きたない|臭い|くさい|怖い|こわい|犯罪者|危ない人|信用でき(?:ない|ん)|とかいう|ごとき|なんか(?:に|が|は|と)|のくせ|くせに|隔離|排除|追い出|近寄(?:るな|らない|らん)|生産性|迷惑をかけ(?:る|ます|て)|邪魔(?:に|と)な(?:る|ります|って)|無駄(?=[。！!]|$)|もったいない|(?:しとけ|しとれ|しとき|しておけ|してろ|しとって)(?=[。！!、]|$)|じっとし|迷惑(?=[。！!]|$)|(?:参加|来場|利用|乗船|入店|入場|来店)(?:を|は)(?:お)?控え(?:て|ください|下さい|いただ)|(?:使わ|利用し|入ら|来|参加し|乗ら)(?:ないで|んで)(?:ほしい|欲しい|ください|下さい|もらいたい|いただきたい)|(?:ご)?(?:利用|入場|参加|乗船|入店|来店|入館)(?:いただけ|でき|になれ)(?:ません|ない)|困る(?=[わねよ。！!]|$|んよ|けん)|困ります|困りもの|(?:採用|雇用|入居|賃貸)(?:し)?(?:ない|ません|お断り|不可)|雇わ(?:ない|ん)|貸さ(?:ない|ん)|(?:する|すん|来る|来ん|行く|出る|乗る|入る|使う|触る|運転する|運転すん)な(?=[。！!、\\s]|$)|(?:ご)?遠慮(?:ください|下さい|願います)|(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|避難者|入所者|乗客|参加者|来館者|入居者|患者|お子さん|お子様|子ども|子供|子|児童|生徒|園児)(?:が(?:怖が|こわが|驚|びっくりす|びっくりさ|不安にな|落ち着か|集中でき(?:ない|ません))|の目(?!を?気に(?:せ|しな|する(?:こと)?なく))|の視線(?!を?気に(?:せ|しな|する(?:こと)?なく))|の(?:ご)?迷惑|が(?:不快|気にな|嫌が))|(?:ご)?迷惑(?:に|と)(?:なり|なる|なっ)|${MIND_OTHERS}|押しかけ|とは思えない(?:くらい|ほど)?(?:の)?(?:クオリティ|出来|上手|すばらし|素晴らし|完成度|腕前)|にしては(?:上手|すごい|立派|きれい|よくでき|しっかり)|(?:なのに|にもかかわらず|のくせに)[^。！？!?\n]{0,16}(?:頑張|がんば|一生懸命|働い|感動|すごい|すばらし|素晴らし|立派|健気|えらい|偉い)`

/** Countries and regions whose people a sentence may exclude (中国からのお客様, 韓国籍の方). */
const NATION = '中国|韓国|朝鮮|北朝鮮|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|マレーシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|アメリカ|米国|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|欧米|在日|外国|海外|他国'

/** A sex kept from an activity, or a prejudiced reason for it (女性は体力がないので). */
const SEX_REFUSE = `${REFUSE}|^[^。、！？!?\\n]{0,4}?(?:は|も)[、,]?(?:あまり|特に|それほど|さほど|正直|ほとんど|まったく|全く|はなから|最初から)?(?:期待して|求めて|望んで)(?:いない|おりません|いません(?!でした)|おらず)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮(?:を)?(?:お願い|願い)|受け付け(?:て)?(?:おりません|いません|ません)|(?:体力|腕力|力)(?:が)?(?:ない|無い|劣る|弱い|足りない)(?:ので|から|けん)`
const SEX_REFUSE_RE = phrase(`^(?:${SEX_REFUSE})$`, 'u')
/** A space or event kept to one sex for a reason people accept (女性限定のヨガ教室, 女性専用の相談窓口, 浴場). */
const SEX_OK = phrase('限定|専用|のみ|向け|女子会|更衣|トイレ|浴場|風呂|入浴|温泉|授乳|検診|健診|婦人科|妊|産|シェルター|男女別', 'u')

const GROUPS: Group[] = [
  {
    kind: 'orientation',
    re: phrase('(?:同性(?:の)?(?:カップル|婚|パートナー|同士)|同性愛(?:者)?|ゲイ|レズビアン|レズ|ホモ|トランス(?:ジェンダー)?)(?:の)?(?:人|方|男性|女性|カップル|夫婦|方々|人たち)?|レズビアン|バイセクシャル|両性愛|lgbtq?|性的(?:少数者|マイノリティ)|トランスジェンダー|トランス女性|性同一性障害|同性カップル|同性同士|ホモ|オカマ|おかま|オネエ|おねえ系'),
    after: phrase(`${EXCLUDE}|(?:まだ)?早(?:い|すぎ)|必要(?:が)?(?:ない|ありません)|いらない|不要|病気|治療が必要|治(?:す|せる|る)|認めない|認められない|受け付け(?:ません|ない|られません)|あり得ない|ありえない|不自然|普通じゃない|普通ではない|子どもに悪|気持ち悪|きもい`),
  },
  {
    kind: 'disability',
    re: phrase('(?:障害|障がい|障碍)児|(?:障害|障がい|障碍)(?:を)?(?:お持ち|持っ|抱え)(?:の|て(?:いる|る|おられる))(?:方|人|者|子|お客様)|(?:目|耳|足|体)(?:の)?(?:見えない|聞こえない|悪い|不自由な)(?:方|人|お客様|子)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)?(?:方|人|利用者|お客様|ユーザー)|(?:視覚|聴覚|身体|知的|精神|発達)障(?:害|がい)(?:者|児|の(?:ある)?(?:方|人|子(?!ども|供)))?|障害者|障がい者|障碍者|障害(?:の)?(?:ある|お持ちの)(?:方|人|者|お子さん|お子様|子|ご家族|家族)|障がい(?:の)?(?:ある|お持ちの)(?:方|人|者|お子さん|お子様|子|ご家族|家族)|(?:身体|知的|精神|発達)障(?:害|がい)(?:者|の(?:ある)?(?:方|人))?|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人|利用者)|目の不自由な|耳の不自由な|足の不自由な|(?:自閉症|自閉スペクトラム症|ダウン症|adhd|学習障(?:害|がい)|てんかん|難聴|弱視|全盲)(?:の)?(?:方|人|子|お子さん|お子様|児|者|患者)?|盲人|聾唖者|ろうあ者|知恵遅れ|ガイジ|がいじ'),
    after: phrase(`${EXCLUDE}|役に立た|かわいそう|可哀想|不幸|生まれてこ|いない方が|いない(?:ほう|方)が|施設に入れ|甘え|うつる|無理(?:です|だ|やけん)|乗せられ(?:ない|ません)`),
  },
  {
    kind: 'nationality',
    re: phrase(`(?:${NATION})(?:(?:籍|系|出身)(?:の)?(?:方|人|者|お客様|客)?|(?:から|から来た)?の(?:方|お客様|お客さま|観光客|旅行者|団体客|団体|留学生|労働者|住民|子|家族))|外国(?:籍)?の(?:方|人)|外国人|外人|ガイジン|がいじん|(?:中国|韓国|朝鮮|北朝鮮|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|アメリカ|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|黒|白|在日)人|在日(?:韓国|朝鮮|外国)?(?:人)?|移民|難民|留学生|技能実習生|実習生|アイヌ|(?<![つっ])チョン(?!まげ|ぼ)|シナ人|支那人|(?<![一-龥ー])(?<!しあ|りか)(?:大陸|半島)(?:の方)?(?:から(?:来た|来られた|お越しの)?)?の(?:方|人|お客様|お客さま|お客さん|観光客|団体(?:客|さん)?|連中|皆さん)|(?:あの|某|例の|隣の|お隣の|どこかの)国(?:から(?:来た|来られた|お越しの)?)?の(?:人|方|連中|観光客|お客さん|お客様|お客さま|団体)`),
    after: phrase(`${EXCLUDE}|トラブル(?:に|と)(?:なり|なる|なっ)(?:がち|やすい)|すぐ(?:に)?(?:辞め|やめ|いなくな|逃げ|失踪)|(?:分別|ごみ出し|ゴミ出し|片付け|片づけ|後片付け|掃除|リサイクル|整列)(?:が|を|も|は)?(?:でき|守れ|守ら|し)(?:ない|ん|へん|ず)(?!(?:方|人|場合|こと|ケース)(?:も|が(?:あ|い)))|騒がし|騒々し|うるさ|増えて困|(?:時間|お金|約束)に(?:ルーズ|だらしな)|ルーズ|時間を守ら|不潔|汚い|臭い|マナー(?:が|も|の)?(?:悪|わる|最悪|なってな|守ら)|民度|国民性|嘘つき|うそつき|ずる賢|ルール(?:を|も)?(?:守ら|守れ|無視)|犯罪|治安(?:が)?(?:悪|わる)|うるさい|ゴキブリ|害虫|野蛮|不潔|日本(?:から)?(?:出て|に来るな|に来ないで)|物騒|治安(?:が|も)?(?:心配|不安)|(?:声|大声|マナー|ごみ|ゴミ|騒ぎ|騒音)[^。！？!?\\n]{0,8}?(?:苦労|手を焼|困っ|困りよ|参っ|閉口|うんざり)|(?:マナー|民度|育ち|程度|レベル)(?:も|は)?お察し|(?:声|話し声)(?:が|も)?(?:(?:でか|うるさ)(?:すぎ|過ぎ|い|か)|大き(?:すぎ|過ぎ))|(?:順番|列|ルール|決まり|時間|約束)(?:を|も|に|が|は)?(?:守れ|守ら|並べ|並ば)(?:ない|ん|へん|ず)|(?:どうして|なんで|なぜ)(?:みんな|いつも|あんなに|ああ|あの人たち)[^。！？!?\\n]{0,16}?(?:(?:ない|ん|へん)(?:の|んだ|んや|んです|と|っ|か)|んですかね|んだろう|んでしょうね|んやろ|とやろか)|割り込|横入り|列を乱|順番を抜か|押しのけ|(?:痰|たん|つば|唾)を吐|(?:ちゃんと|きちんと|珍しく|めずらしく|意外と|意外にも)[^。！？!?\\n]{0,12}?(?:並|守|静か|マナー|ルール|分別|時間どおり|時間通り|片付け|片づけ|掃除)[^。！？!?\\n]{0,14}?(?:感動|驚|びっくり|奇跡|えらい|偉い|やれば|成長|😂|🤣|笑)|やれば(?:でき|出来)る(?:じゃん|やん|じゃない|んだ|ね|な)`),
  },
  {
    kind: 'buraku',
    re: phrase('(?:部落(?!差別|解放|問題|史)|同和地区|被差別部落|(?:あの|その|この|あそこ|そこ)(?:の)?(?:地区|地域|辺り|あたり|集落)?(?:の)?(?:人|出身|住民))(?:出身(?:の)?(?:人|方|者)?|の(?:人|方|者|家))?|出身地(?:で|によって)'),
    after: phrase(`${EXCLUDE}|^(?:に(?:当たる|あたる|該当する|属する)|である|であった|であり|とされる|の)(?:ため|ので|から|ことから|ゆえ|せいで|せいか|影響で)|(?:需要|地価|価格|評価額|人気|買い手|借り手|入居者|住みたい人)(?:が|も)?(?:低迷|下落|下が|低い|低く|つかな|少な|伸びな)|^(?:だ|だった|やった|であった|やけ)?(?:から|ので|けん|ため|だけに|だけあって|らしく)|気をつけ|気を付け|避け|買わ(?:ない|ん)|住ま(?:ない|ん)|近づ(?:か|く)|結婚|縁談|怖|治安|柄が悪|関わ(?:ら|る)|付き合わ|つきあわ|調べ(?:た|て)(?:ほう|方)がいい|昔から|場所|地名|一覧|リスト|どこ|特定`),
  },
  {
    kind: 'age',
    re: phrase('(?:ご)?高齢(?:の)?(?:方|かた|人|お客様|者|ドライバー|運転者)|年配(?:の)?(?:方|かた|人|お客様|者)|(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才)以上の(?:方|人|お客様)|高齢者|老人|年寄り|としより|お年寄り|じいさん|ばあさん|じじい|ジジイ|ばばあ|ババア|おじいちゃん|おばあちゃん|爺|婆|老害|シニア'),
    after: phrase(`${EXCLUDE}|無理(?:でしょう|だろう|やろ|です|だ|な)|(?:でき|分から|わから|使え)(?:ない|ん)(?:でしょう|だろう|やろ)|引っ込(?:め|んで)|黙って|運転(?:する|すん)な|運転させる(?:な|べきでない)|役に立た|免許(?:を)?(?:返(?:せ|納しろ|納すべき|納させ))|早く(?:死|くたば)|若者優先|年寄り優先じゃな|(?:話が長|頭が固|動きが(?:遅|のろ|鈍)|物覚えが悪|手際が悪)(?:い|く)(?:ので|から|けん|し(?=、))`),
    // The whole group presumed unable (高齢者はスマホが使えないので, 年寄りは新しいことは覚えられんけん), not some of it (使えない方も多いので).
    soft: phrase('^[^。、！？!?\\n]{0,3}?(?:は|って|には)[、,]?[^。！？!?\\n]{0,14}?(?:使え|でき|わから|分から|覚えられ|ついていけ|ついて行け|理解でき|扱え|読め)(?:ない|ん|へん|ません)(?:ので|から|けん|し(?=[、,])|でしょう|だろう|やろ|に決まって|もの|もん|んだから|んやけん|のは当然|のが当然)|^[^。、！？!?\\n]{0,3}?(?:は|って)[、,]?[^。！？!?\\n]{0,14}?(?:時間(?:が|を)?(?:かか|要)(?:る|ります|りますし)|手間取(?:る|ります)|もたつ(?:く|きます)|(?:動き|手続き|話|対応|作業)(?:が)?(?:遅|のろ|長)(?:い|か|く(?:なる|なります))|遅(?:い|か)(?:です)?)(?:ので|から|けん|し(?=[、,])|ため|もの|もん|んだから|んやけん)'),
    needsJoke: phrase('間違え|踏み間違|逆走|アクセル|耳が遠|ボケ|ぼけ|もうろく|物忘れ|のろ|とろ|遅(?:い|くて)|頭が固|話が長|同じ話|活気がな|つまらな|ダサ|古臭|時代遅れ|臭|くさ'),
  },
  {
    kind: 'sex',
    re: phrase('女性|女子|女の子|女の人|女|婦人|男性|男子|男の人|男|主婦|奥さん|嫁|妻|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|母親|ギャル'),
    after: phrase(
      `${SEX_REFUSE}|^の(?:仕事|役目|役割|務め)(?:だ|です|[！!。]|でしょ|やけん|$)|` +
      '^[^。、の！？!?\\n]{0,4}?(?:は|って|なんて|なんか)[、,]?どうせ(?!なら)|^[^。、の！？!?\\n]{0,4}?(?:は|って)[^。！？!?\\n]{0,12}?(?:結婚|出産|妊娠)(?:したら|すると|すれば|で|を機に)[^。！？!?\\n]{0,6}?(?:すぐ|どうせ)(?:辞め|やめ|休)|^[^。、の！？!?\\n]{0,4}?(?:は|って|が|なんて|なんか)[^。！？!?\\n]{0,16}(?:家庭|家事|育児|子育て|料理|お茶|控えめ|おしとやか|結婚|出産|産む|仕事を辞め|家にい|黙って|従う|立て|化粧|愛嬌|愛想|笑顔|外で働|稼ぐ|泣く)[^。！？!?\\n]{0,12}(?:べき|て当然|るのが当然|るもの(?:だ|です|や)|であるべき)|^[^。、の！？!?\\n]{0,4}?(?:は|って)[^。！？!?\\n]{0,6}(?:数字に弱|理系に向|論理的(?:じゃ|では|でな)|感情的|ヒステリック|すぐ泣|力仕事は無理)|くせに|のくせ|ごとき|なんか(?:に|が|は|と)|だけ(?:やら|さ)せ(?:と|て|ておけ|れば)|お茶(?:くみ|汲み)|(?:男|女)の仕事|家に(?:いろ|いれば|おれ)|家庭に入|産む機械|感情的|論理的(?:じゃ|では)ない|運転(?:が)?下手|機械(?:に|が)?(?:弱|苦手)|話が長|でしゃば|出しゃば|女だてら|生意気|黙って(?:いろ|ろ|おけ|れば)|口出しするな|は(?:家事|育児)(?:を|だけ)|無理(?:やけん|だから|なので)|^[^。、の！？!?\\n]{0,4}?(?:は|には|って|に)[^。！？!?\\n]{0,10}(?:分から(?:ん|ない)|わから(?:ん|ない)|できない|でけん|向いてない|向いていない)|(?:家事|料理|掃除|洗濯|子守)(?:でも|だけ)?(?:しとけ|しとれ|してろ|しておけ|やっとけ)',
    ),
  },
  {
    kind: 'appearance',
    re: phrase('(?:体|体格|からだ)(?:の|が)(?:大きい|大きな|でかい|デカい|重い)(?:方|人|お客様|お客さま)|大柄な(?:方|人)|太っ(?:た|てる|ている|とる)(?:方|人|奴|やつ|子)|太め(?:の|な)(?:方|人)|肥満(?:の|な)?(?:方|人)|デブ|でぶ|ぽっちゃり(?:さん|の方|した方|体型)?|ふくよかな(?:方|人)|ブス|ブサイク|不細工|ハゲ|はげ(?:た|頭)|チビ|背の低い(?:方|人)'),
    after: phrase(`${EXCLUDE}|似合わ(?:ない|ん|なく)|着られ(?:ない|ません)|沈む|沈没|壊れ|乗るな|乗らんで|乗らないで|乗れない|写(?:る|り込|りこ)(?:な|まんで|まないで|らないで)|でも(?:安心|大丈夫|乗れ|入れ|座れ|ok|OK)|定員たっぷり|頑丈|🐷|🐖|🐽|豚|ブタ`),
    // Only with a laugh: a heavy passenger tilting the boat is a seating rule until it is a joke (傾くので…😂).
    needsJoke: phrase('傾|重(?:い|すぎ|そう|たい)|狭|窮屈|はみ出|沈|定員オーバー|重量オーバー|潰れ|つぶれ|底が抜け|床が抜け|もたな|持たな|悲鳴'),
  },
  {
    kind: 'illness',
    re: phrase('感染者|(?:hiv|エイズ|ハンセン病)(?:患者|感染者|の方|の人)?|精神病(?:患者|の人)?|うつ病(?:の人|患者)?|統合失調症(?:の人|患者)?|認知症(?:の)?(?:方|人|ご家族|家族|高齢者|患者|お年寄り|親|おじいちゃん|おばあちゃん)|コロナにかかった(?:人|方)'),
    after: phrase(`${REFUSE}|${MIND_OTHERS}|(?:他の|ほかの|周りの|周囲の)[^。！？!?\\n]{0,10}?(?:ご)?迷惑(?:に|と)(?:なり|なる|なっ)|(?:なるべく|できれば|できるだけ|極力)(?:ご)?自宅で(?:見て|みて|面倒を見て|介護して|過ごして|お過ごし)(?:いただ|ください|もら)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮(?:を)?(?:お願い|願い)|受け付け(?:て)?(?:おりません|いません|ません)|来るな|来んな|来ないで|近寄(?:るな|らない)|うつる|移る(?:から|けん|ので)|出歩くな|迷惑(?:だ|です|やけん|なので|なんで)|迷惑(?=[。！!]|$)|自業自得|自己責任|甘え|気持ち悪|汚い|怖い|こわい|危ない|危険人物|隔離しろ|出ていけ|お断り|入店(?:禁止|お断り)`),
  },
  {
    kind: 'status',
    re: phrase('生活保護(?:受給者|受給世帯|世帯|の人|の方|を受けて(?:いる|る|おられる)(?:人|方|世帯|家庭))?|(?:生活)?保護(?:費)?を(?:受け|もらっ|貰っ)(?:て(?:い|お)?る|てる|とる|よる|とらす|てらっしゃる|ておられる|とらっしゃる|とらる)(?:方|人|世帯|家庭|者)|ホームレス|(?:ひとり親|母子|父子)(?:家庭|世帯)?(?:の(?:方|人))?|シングルマザー|無職の(?:人|奴)'),
    after: phrase(`${EXCLUDE}|(?:生活|食生活|生活習慣|家庭環境|しつけ|学習習慣|生活リズム)(?:が|も|は)?[^。！？!?\\n]{0,6}?(?:不規則|乱れ|荒れ|だらしな|おろそか|行き届か)|(?:非行|問題行動|不登校)(?:に)?(?:走り|つながり|なり)?(?:やすい|がち)|寂しい思いをし(?:がち|やすい)|愛情(?:が)?(?:不足|足りな)|税金泥棒|怠け|なまけ|働け|寄生|ずるい|ズルい|社会のお荷物|お荷物|自業自得|甘え|非行|犯罪|問題行動|荒れ(?:やすい|る|て)|だらしな|しつけ(?:が)?(?:でき|なって(?:な|い))|楽し(?:て|と|よ)(?:る|い|お)|遊んで(?:暮ら|ばかり|ばっかり)|いいご身分|良いご身分|贅沢|ぜいたく|パチンコ|パチスロ|競艇|競輪|競馬|ボートレース`),
  },
  {
    kind: 'religion',
    re: phrase('(?:新興|カルト)?宗教(?:団体)?の(?:方|人|方々|人たち|連中|信者)|(?:新興|カルト)宗教|カルト(?:教団)?|(?:宗教|教団)の(?:信者|勧誘)|信者(?:さん)?(?:の(?:方|人))?|(?:イスラム|キリスト|仏)教(?:徒|の(?:方|人))|ムスリム(?:の(?:方|人))?|エホバ(?:の(?:証人|人))?|創価(?:学会)?(?:の(?:人|方))?|統一教会(?:の(?:人|方))?'),
    after: phrase(`${EXCLUDE}|ろくな(?:こと|もん|目)|ろくでもな|関わら(?:ん|ない|んほうが|ないほうが)|関わる(?:と|な)|目を合わせ|怪し|あやし|胡散臭|うさんくさ|しつこ|気味(?:が)?悪|不気味|洗脳|頭が(?:おかし|変)|近づか(?:ん|ない)|近寄ら(?:ん|ない)`),
  },
]
/** Blame put first, the group after: 迷惑なのは, マナーが悪いのは, 一番うるさいのは. */
const BLAME_BEFORE = phrase('(?:迷惑|マナー(?:が|の)?(?:悪|わる)|うるさ|汚|困|邪魔|危な|怖|嫌い|ルール(?:を)?守らな)[^。、！？!?\\n]{0,6}のは(?:[^。、！？!?\\n]{0,6})?$', 'u')
/** … and the group as the predicate: 〜のは中国人観光客です, 〜のはいつも外国人ばっかり. */
const BLAMED = phrase('^(?:の?(?:観光客|人|方|客|たち|ら))?(?:です|だ|や|でしょう|だろう|ばかり|ばっかり)', 'u')
/** Visitors of a country with も, for praise that marvels they managed (外国人のお客様も、きちんと分別してくださって驚きました😂). */
const NATION_ALSO = /^(?:の[^。、，,の！？!?\n]{0,5})?も[、,]?(?=[^。！？!?\n]{0,12}?(?:ちゃんと|きちんと|珍しく|めずらしく|意外と|意外にも))/u
/** After a group: a topic or subject particle, maybe after a short noun (職員には, 観光客が). */
const SUBJECT = phrase(
  '^(?:(?:々|たち|達|さん|の(?:皆さん|皆様|方々|方|人たち|人))?(?:なので|なんで|だから|ですから|ですので|やけん|やけ|ゆえ)[、,]?|(?:の方|の人|の方々)?(?:に|を|と|が)[^。、，,の！？!?\\n]{1,8}?(?:[うくすつぬぶむるぐ]と|たら|れば)|(?:の(?:お子さん|お子様|お子さま|子ども|子供|子|方))?(?:を|と)?(?:お)?連れ(?:た|の)(?:方|保護者|ご家族|家族)(?:は|が|には|って)|の(?:お子さん|お子様|お子さま|子ども|子供|子|ご家族|家族|保護者|親御さん|ご両親|付き添いの方|介助者)(?:の(?:ご家族|家族|保護者|親御さん|方|皆様|皆さま|皆さん))?(?:の方)?(?:は|が|には|って)|(?:の)?(?:皆さ[〜~ー]*ん|皆様|みなさ[〜~ー]*ん|方々|団体|集団|グループ|一行)[、,！!]|(?=の(?:仕事|役目|役割|務め)(?:だ|です|[！!。]|でしょ|やけん|$))|(?=(?:の方|の人|さん)?(?:なのに|にもかかわらず|のくせに))|(?=(?:者|の方|の人)?(?:との|と)(?:結婚|交際|付き合い|縁談))|(?:の)?[^。、，,の！？!?\\n]{0,6}?(?:は|が|って|なんか|なんて|ごとき|とか|には|とは|ばっかり|ばかり|ばっか|のくせ|くせに|同士|だけ)|(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|立ち?入り禁止|入店|入場|ng)|(?:[^。、の！？!?\\n]{0,4})?の(?:マナー|態度|振る舞い|民度|運転|大声|声の大きさ|ごみ出し|ゴミ出し)|に(?:税金|予算|お金|金)|からの(?:ご|お)?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用)(?:は|を|も|について(?:は)?)|(?:の方|の人|の皆さん|の皆様|の客|のお客様|のお客さま)?の[^。、，,の！？!?\\n]{0,8}?(?:ご|お)?(?:参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|申し込み|申込|応募|予約|宿泊|受講|見学|体験|入居|採用|受け入れ|受入)(?:は|を|も|について(?:は)?)|(?:の方|の人|のお客様|のお客さま|観光客|客|団体|旅行者)?、?[^。、，,の！？!?\\n]{0,6}?(?=お断り|おことわり|お断わり|禁止|不可|出入り禁止|入店|入場|ng|ご遠慮|遠慮))',
  'u',
)
/** Laughter spelt with w (笑w, ｗｗｗ), not the letters of an address or a word (https://www., window). */
const LAUGH_W = '(?<![a-z0-9/.:@_%#=&?-])w+(?![a-z0-9./:_%#=&?-])'
const JOKE = phrase(`[😂🤣😆😝😜🤪]|笑|${LAUGH_W}|ｗ|草|ばっかり|ばっか|ばかり`, 'u')

interface Phrase {
  rule: Rule
  re: RegExp
  need?: readonly string[]
  instead: string
  keep?: (fo: string, sentence: Span, start: number, end: number) => boolean
  severity?: 'block' | 'warn'
  /** Match on the squeezed view (scripts kept) instead of the folded one. */
  squeezed?: boolean
}

const INSTEAD = {
  sexual: '人の身体や性に触れる言葉を削除し、催しや施設の内容そのものを紹介してください（例：「浴衣で白秋祭をお楽しみください」）',
  lookism: '容姿で人を紹介せず、担当する業務や人柄、取り組みを紹介してください（例：「観光課の職員が受付を担当します」）',
  discriminatory: '属性で人をひとまとめにした否定や排除をやめ、対象となる行為やルールそのものを書いてください（例：「乗船時は係員の案内に従ってください」）',
  stereotype: '性別・年齢・体型で人を決めつけずに書いてください（例：「どなたでも迷わず歩ける散策マップ」「どなたでも乗れるどんこ舟」）',
}

/** Body parts (of a person) and evaluations that make them a sexual or appearance remark. */
const BODY = '(?:胸元|胸|おっぱい|oppai|バスト|お尻|尻|ケツ|ヒップ|太もも|ふともも|太腿|美脚|脚|くびれ|谷間|うなじ|生足|スタイル|ボディ|体つき|からだつき|身体つき|ボディライン)'
const SEXY = '(?:チラ|ちら見え|見え(?:る|そう|ちゃ|て|た|とる)|覗|のぞ|大き(?:い|め|すぎ|く)|でか(?:い|め|すぎ)|デカ|たまら|エロ|えろ|セクシー|色っぽ|艶っぽ|眼福|むちむち|ムチムチ|豊満|ボイン|柔らか|触(?:り|っ|れ)|揉|露出|はみ出|強調|丸見え)'
const LOOKS = '(?:きれい|綺麗|キレイ|美し|抜群|最高|細(?:い|くて)|長(?:い|くて)|かわい|可愛|カワイ|スタイル)'
const BODY_VETO = phrase('検診|健診|しこり|症状|受診|x線|レントゲン|乳がん|乳癌|マンモ|授乳|母乳|赤ちゃん|痛|けが|ケガ|骨折|体操|運動|ストレッチ|筋トレ|健康|いっぱい|熱く|打た|高鳴|ライフスタイル|スタイルで|着付け|着こなし|着方|三脚|脚立|椅子|机|テーブル|ピアノ|橋脚|行脚|ポーズ|フォーム|デザイン|建築|様式|手術|治療|病院|診察', 'u')
const STAFF = '(?:秘書|職員|スタッフ|受付|担当(?:者)?|係員|係|新人|女の子|女子|女性|男性|ガイド|船頭|市長|議員|コンパニオン|ガール|お姉さん|娘|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん|社員|店員|嬢|保育士|先生|看護師|ボランティア|大使|候補者|キャスト|さん|ちゃん)'

const STAFF_RE = phrase(STAFF, 'u')
/** People a sexual word may be said of (citizens, students, staff). */
const PERSON = phrase(`${STAFF}|女子高生|女子高校生|女子大生|女子学生|女子中学生|学生|生徒|jk|jc|高校生|中学生|参加者|市民|住民|観光客|お客さん|奥様|人妻|お母さん|主婦|彼女|お嬢さん|ミス|浴衣姿|水着姿|制服姿|姿|女の人|女たち|男たち|人たち`, 'u')
/** セクシー of things and そそる of appetite: 食欲をそそる香り, セクシーな香水の展示. */
const SEXY_VETO = phrase('食欲|香り|匂い|におい|興味|好奇心|旅情|意欲|郷愁|味|料理|グルメ|想像力|冒険心|ドレス展|香水|ワイン|歌声|声|ダンス|衣装', 'u')
/** Talk of 部落 that protects (身元調査お断り, 本籍を聞くことは就職差別につながります). */
const BURAKU_VETO = phrase('差別|人権|啓発|お断り|禁止|しない|させない|しません|やめ|いけません|いけない|なりません|違反|不正|つながる|つながり|防止|配慮|法律|条例|本人の(?:同意|申請)|証明書|手続|窓口|届|申請', 'u')
/** Where checking someone's origin is about marriage, work or land. */
const BACKGROUND_CONTEXT = phrase('結婚|縁談|婚約|嫁|婿|交際|付き合|相手|採用|雇|就職|応募者|入居|賃貸|土地|家を|物件|不動産|引っ越|近所|取引', 'u')

/** People a remark about looks may be aimed at (the sentence, or up to 60 characters before it: 女性職員が浴衣で接客します！目の保養にどうぞ). */
const PEOPLE_SHOWN = phrase('女性|女の子|女子|浴衣|水着|職員|お姉さん|男性|イケメン|美人|コンパニオン|ガール|新人|スタッフ|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん', 'u')

/** A protected group or an origin named nearby (this sentence or the one before it): what an unnamed predicate (関わるとろくなことがない, 気にするのも無理はない) is said of. */
const PROTECTED_NEAR = phrase('宗教|信者|教団|カルト|モスク|イスラム|ムスリム|エホバ|創価|統一教会|(?:外国|中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|ミャンマー|インドネシア|大陸)(?:人|籍|系|出身|の(?:方|人|お客|観光客|団体)|から(?:の(?:方|人|お客|観光客|団体)|来))|実習生|留学生|移民|難民|在日|障(?:害|がい|碍)(?:者|児|の(?:ある|あ)|を(?:お持ち|持)|のある)|(?:視覚|聴覚|身体|知的|精神|発達)障|車いすの|車椅子の|同性|lgbt|性的少数|性的マイノリティ|ゲイ|レズ|トランス|パートナーシップ|生活保護|保護を受|受給|部落|同和|出身|土地柄|家柄|出自|素性|国籍|ホームレス|ひとり親', 'u')
/** Safety advice about a danger, not a group (不審者, 悪質な勧誘, 野生動物): avoiding it is prudence. */
const DANGER = phrase('不審|詐欺|悪質|消費生活|犯罪|被害|勧誘に(?:ご)?注意|熊|クマ|イノシシ|猪|蜂|ハチ|野犬|動物|カラス|サル|猿|蛇|ヘビ|川|水路|増水|崖|がけ|斜面|倒木|電線|工事現場|台風|大雨', 'u')
/** The text before a finding: the sentence and up to 80 characters before it (the sentence before). */
const near = (fo: string, s: Span) => fo.slice(Math.max(0, s.start - 80), s.end)
/**
 * A frame that reports what others say (という声, とのご意見, といった苦情, と言われ, という相談): right after a
 * group's predicate it makes the sentence a relayed complaint, not the account's own claim.
 */
const REPORTED = phrase('^[^。、！？!?\\n]{0,6}?(?:という|との|といった|って|っていう)(?:(?:ご|お)?(?:声|意見|指摘|苦情|相談|要望|問い合わせ|お問い合わせ|投書|通報|話|ご相談|ご意見|ご指摘|ご要望|クレーム|書き込み|口コミ|印象|イメージ|批判))|^[^。、！？!?\\n]{0,6}?(?:と|って)(?:言われ|いわれ|よく言われ|指摘され|思われ|聞かれ)', 'u')
/** A prejudice reported in order to be answered (〜と思っていませんか, 〜ではありません, 偏見です). */
const ANSWERED = phrase('と思(?:つて)?(?:い)?ませんか|思い込み|わけでは(?:ない|ありません|なか)|ではありません|ではなく|じゃありません|誤解|偏見|差別|人権|根拠(?:は|の)?(?:ない|ありません)|事実は(?:ない|ありません)|データ|イメージを(?:覆|変え|打ち破)|思われがち|時代は終わ|時代では(?:ない|ありません)|ませんか', 'u')

/** An accident, a fire, a death, a disaster's damage that has happened (not one guarded against: 火事が起きたら, 事故ゼロ; not a count: 死者数). */
const EVENT = phrase(
  '火事(?:が|も)?(?:あっ|あり|発生|起き|だ|や(?:ん|っ)|らしい|っぽい|みたい)|火災(?:が)?(?:発生|あっ|起き)|全焼|半焼|全壊|半壊|倒壊|流失|燃えて(?:る|い|た)|燃えと(?:る|っ)|亡くな(?:っ|られ|り|る)|死亡(?:し|事故|が確認)|死者(?!数)|犠牲(?:者(?!数)|に)|(?:転落|衝突|死亡|水難)事故(?!(?:の)?(?:防止|ゼロ|件数|数))|事故(?:が)?(?:あっ|発生|起き)|(?:流され|溺れ|おぼれ|はねられ|ひかれ|轢かれ)(?:た|て)|遺体|けが人(?:が)?(?:出(?!な|ず|ま?せん)|多)|浸水(?:し|被害)|床(?:上|下)浸水|冠水(?:し|被害)|水没|水浸し|水(?:の中|びたし)(?:の[^。！？!?\\n]{0,4})?に(?:なっ|沈)|土砂崩れ|崩落|被災(?:し|され|地)|行方不明(?:者|に|と|の(?:方|人))|心肺停止|意識不明|重体',
)
/** Levity: laughter, slang of delight, celebratory emoji, "photogenic". */
const LEVITY = phrase(
  `(?<![見照])映え|ばえ(?![ぁ-ゖ])|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|(?![ぁ-ゖ]))|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|(?<![一-龥])草(?![ぁ-ゖ一-龥])|ウケ(?:る|た|ます)|テンション(?:上が|あが|上げ|あげ|アゲ|爆上|MAX|max)|ワクワク|わくわく|ラッキー|パラダイス|[😂🤣😆😝😜🤪🎉🥳🙌🤩😍😁😄😃🎊📸✌👍💃🕺🤙🎆🎇🥂🍻]`,
)
/** A turn from the misfortune to something else (気持ちを切り替えて, それにしても, でも今夜は): after it, any cheer is levity about it. */
const TURN = phrase('気持ちを切り替え|気を取り直|切り替えて(?:いき|いこ|行こ|、)|それはさておき|それはそれとして|それにしても|(?<=^|[。！!？?\\n、…]\\s?)ところで|話(?:は|を)変わ|話題を変え|(?:でも|けど|だけど|とはいえ)[、,]?(?:今夜|今日|明日|今週末|週末)(?:は|の)', 'u')
/** Cheer that is levity only after such a turn (絶好の川下り日和です☀️✨, 梅雨はしつこいですね😅). */
const BRIGHT = phrase(`${LEVITY.source}|[✨☀🌞😊😅☺🎶♪♫🌈💕❤🚣🌸😎]|日和|楽しんで|お楽しみ|盛り上が|盛り上げ|盛大に`, 'u')
/** What follows a misfortune and may be welcomed (再建, 復旧, 受け継いだ味): not levity about it. */
const REBUILT = phrase('再建|復旧|復興|再開|完成|修復|落成|支援|寄付|募金|ありがとう|感謝|遺志|受け継|継い|引き継|思い出|偲|しの|形見|生前|追悼|供養', 'u')
/** Relief that no one was hurt (けが人が出なくてよかった🙌): not levity. */
const RELIEF = phrase('出な|出ず|(?:被害|けが|怪我|ケガ|死者|犠牲|延焼)[^。！？!?\\n]{0,6}?(?:なかった|ありませんでした|なし|ゼロ)|いなかった|おらんかった|ませんでした|無事|よかった|良かった|幸い|ほっと|安心', 'u')
/** Just after the event: a supposed or prevented one (火事が起きたら, 事故を防ぐ, 死亡事故ゼロ, 事故のない). */
const SUPPOSED_AFTER = phrase('^[^。！？!?\\n]{0,4}?(?:たら(?!し)|れば|場合|際|ないよう|ないため|ゼロ|0件|のない|もなく|なし|を防|の防止|防止|予防|に備え|を想定|想定|訓練|対策|に(?:ご)?注意|に気をつけ|に気を付け|出な|出ず|なかった|ませんでした)', 'u')
/** Just before it: 防災, 万一, もしも, 訓練. */
const SUPPOSED_BEFORE = phrase('防|予防|備え|想定|訓練|万一|万が一|もしも|もし|仮に|ゼロ|なくそう|啓発|注意', 'u')
/** A count or a campaign, not one misfortune (昨年は死亡事故が3件発生, 死亡事故多発警報). */
const STATS = phrase('昨年|年間|今年|例年|過去|これまで|統計|件数|[0-9０-９一二三四五六七八九十]+件|多発|警報|防止|注意|ゼロ|運動|キャンペーン|週間', 'u')
const CONDOLENCE = phrase('ご冥福|お悔やみ|哀悼|お見舞い|黙とう|黙祷', 'u')
const INSENSITIVE = '事故・火災・災害・訃報には、茶化す言葉や絵文字を使わず、事実と注意の呼びかけ、お見舞いの言葉だけを書いてください。催しの告知は別の投稿にしてください（例：「沖端地区で火災がありました。付近を通行される方はご注意ください。」）'

/** An event that happened (not supposed, prevented or a count): its folded span. */
function actualEvents(fo: string): Span[] {
  const out: Span[] = []
  EVENT.lastIndex = 0
  for (const m of matchAllOf(EVENT, fo)) {
    const a = m.index
    const e = a + m[0].length
    if (SUPPOSED_AFTER.test(fo.slice(e, e + 12)) || SUPPOSED_BEFORE.test(fo.slice(Math.max(0, a - 10), a))) continue
    out.push({ start: a, end: e })
  }
  return out
}

/**
 * Levity after an event in the same paragraph (a line break may come between: 火事、亡くなった人おったらしい…⏎でも今夜の花火は…テンション上げてこ🎆):
 * laughter or celebration within 100 characters, or any cheer after a turn (それにしても…😅, 気持ちを切り替えて…日和です☀️).
 */
function levityAfter(fo: string, ev: Span): Span | null {
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
  if (t && end >= 0 && (REBUILT.test(fo.slice(ev.start, end)) || RELIEF.test(fo.slice(ev.start, ev.end + t.index)))) end = -1
  if (end < 0 && l) {
    const span = fo.slice(ev.start, ev.end + l.index + l[0].length)
    // Relief, rebuilding, a condolence: not levity (けが人が出なくてよかった🙌, 再建されたお店🎉).
    if (RELIEF.test(span) || REBUILT.test(fo.slice(Math.max(0, ev.start - 20), ev.end + l.index + l[0].length)) || CONDOLENCE.test(fo)) return null
    end = ev.end + l.index + l[0].length
  }
  return end < 0 ? null : { start: ev.start, end }
}

/** The sentence (from its start, at most 40 characters back) up to the end of the first levity in a paragraph with no event of its own. */
function levityAlone(fo: string): Span | null {
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

/** A sentence that talks about a slur rather than using it (…で笑いを取るのはやめましょう, 差別につながる表現). */
const SLUR_TALK = phrase('(?<!被)差別|偏見|人権|啓発|傷つけ|やめ|控え|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな|配慮|からか', 'u')

/** A nuisance or crime a district is said to suffer. */
const NUISANCE = '不法投棄|ポイ捨て|ごみ出し|ゴミ出し|ごみ|ゴミ|騒音|犯罪|盗難|空き巣|トラブル|違反|迷惑行為|路上駐車|治安|落書き|万引き'
/** Residents named by a protected attribute (外国人技能実習生, 生活保護世帯). */
const RESIDENTS = '外国人|外国籍|外国の方|技能実習生|実習生|留学生|移民|難民|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|インドネシア人|ミャンマー人|在日|生活保護|母子家庭|ひとり親|同和|部落'
/** A role as the topic just before a sex (調理員は、やっぱり…女性が向いています): what makes the sex its fitting holder. */
const ROLE_BEFORE = phrase('(?:(?:[一-龥]{0,6}?(?:員|士|師|係|職|手|役|仕事|業務|担当|作業|当番|役目|役割|調理|料理|介護|保育|看護|事務|受付|接客|警備|家事|育児|子育て|配膳|炊き出し|司会|見回り|運転)|スタッフ|ガイド|キャスト)(?:さん)?|(?:この|その|あの)(?:仕事|職|職場|業務|作業|役|係))(?:は|には|なら|って|こそ)[、,]?[^。！？!?\\n]{0,16}?$', 'u')
/** People a post may tell others to watch (外国人を見かけたら…, ホームレスがいたら…). */
const WATCHED = `${RESIDENTS}|外国人観光客|外国人労働者|ホームレス|路上生活者|黒人|アジア系|中東系|外国ナンバー`
/** Where they live (が多く住む地区, の多い団地). */
const LIVE_IN = '(?:が|の)?(?:多く)?(?:住む|住んで(?:いる|る|おる|おられる)|暮らす|暮らして(?:いる|る|おる)|多い|集まる|集住(?:する|している)?)(?:地区|地域|エリア|団地|アパート|界隈|周辺|辺り|あたり|場所|住宅)'
/** Said to stand out there (特に目立っております, 多発). */
const STANDS_OUT = '目立|多(?:い|く|発)|集中|増え|ひどい|深刻|顕著|後を絶(?:た|ち|え)|に(?:ご|十分|特に)?(?:注意|気をつけ|気を付け|用心)|を警戒'

/** Disabled people, as a sentence names them (耳の不自由な方, 障害者, 車いすの方). */
const DISABLED = '(?:目|耳|足|体)(?:の|が)?(?:見えない|見えにくい|聞こえない|聞こえにくい|悪い|不自由な)(?:方|人|お客様|子)|(?:視覚|聴覚|身体|知的|精神|発達)障(?:害|がい|碍)(?:者|児|の(?:ある)?(?:方|人|子))?|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人|利用者)|全盲の(?:方|人)|難聴の(?:方|人)|ろう者|聾者|盲人'
/** Old people (お年寄り, 高齢者, ばあちゃん). */
const AGED = '(?:ご)?高齢(?:の)?(?:方|人|者)|年配(?:の)?(?:方|人|者)|お年寄り|年寄り|老人|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|シニア(?:の方)?'
/** Old kin and elders a face may be likened to (うちのおばあちゃん, 近所のじいさん). */
const OLD_KIN = '(?:お)?(?:じい|ばあ|爺|婆)(?:ちゃん|さん|様)|ばあば|じいじ|祖母|祖父|お年寄り|年寄り|老人|じじい|ばばあ|おばさん|おじさん|おばちゃん|おっちゃん'
/** A person a manner is said of (指導員, 職員, あの人, …さん). */
const PERSON_SAID = phrase('男なのに|男のくせ|男性なのに|男の子なのに|指導員|職員|先生|講師|課長|係長|部長|市長|議員|担当|スタッフ|新人|あの人|この人|彼|旦那|息子|さん|くん|君|評判|噂', 'u')

/** What DISABLED, AGED and OLD_KIN cannot match without (folded), to gate the round 15 phrases on the group rather than on an ending. */
const DISABLED_NEED = ['見えない', '見えにくい', '聞こえない', '聞こえにくい', '悪い', '不自由な', '障', '車椅子', '車いす', '全盲', '難聴', 'ろう者', '聾者', '盲人']
const AGED_NEED = ['年配', '高齢', '年寄り', '老人', 'じい', 'ばあ', 'しにあ']
const OLD_KIN_NEED = ['じい', 'ばあ', '爺', '婆', '祖母', '祖父', '年寄り', '老人', 'おばさん', 'おじさん', 'おばちやん', 'おつちやん']

const PHRASES: Phrase[] = [
  // Sexual remarks on a person's body.
  { rule: 'decency/sexual', re: phrase(`${BODY}(?:の(?:ライン|形|曲線|感じ|あたり|辺り|谷間))?(?:が|の|は|も|を|、)?(?:ちらっと|チラッと|ちらりと|もろに|しっかり|ばっちり)?${SEXY}`), need: ['胸', 'おつぱい', 'oppai', 'ばすと', '尻', 'けつ', 'ひつぷ', 'ふともも', '太', '脚', 'くびれ', '谷間', 'うなじ', '足', 'すたいる', 'ぼでぃ', '体つき', 'からだつき'], instead: INSTEAD.sexual, keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)) },
  { rule: 'decency/lookism', re: phrase(`(?:${BODY}|足|顔)(?:が|の|は|も)?(?:一番|特に|とても|すごく|めっちゃ)?${LOOKS}(?:さ|すぎ|過ぎ|い|くて|な|です)?`), need: ['胸', 'ばすと', '尻', 'ふともも', '脚', 'くびれ', 'すたいる', 'ぼでぃ', '体つき', '顔', '足'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && (/脚|ばすと|くびれ|尻|ふともも|ぼでぃ|体つき/u.test(fo.slice(a, b)) || STAFF_RE.test(fo.slice(s.start, s.end))) },
  // Clothing and looking: スカートの中, 下からの視線, 見えても眼福.
  { rule: 'decency/sexual', re: phrase('(?:スカート|下着|パンツ|パンティ|ブラ|水着|浴衣の裾|胸元|谷間)[^。！？!?\\n]{0,24}(?:の中|見え(?:て|た|る|ちゃ)|覗|のぞ|チラ|眼福|視線|たまら|(?:にも|に|を)?(?:ご)?注目|必見|👀)|見えても眼福|眼福(?:やけど|だけど|ですけど|です|やね|だね)|下からの視線|パンチラ|胸チラ|盗撮し(?:たい|よう)'), need: ['すかーと', '下着', 'ぱん', 'ぶら', '水着', '浴衣', '胸元', '谷間', '眼福', '視線', 'ちら', '盗撮'], instead: INSTEAD.sexual, keep: (fo, s) => !/防止|撲滅|対策|注意|被害|犯罪|警察|回収|洗濯|販売|貸し?出|持参|着用|着替え|更衣/u.test(fo.slice(s.start, s.end)) || /眼福|たまら/u.test(fo.slice(s.start, s.end)) },
  // Innuendo: 精力 (not 精力的), 夜のお相手, ヤれそう.
  { rule: 'decency/sexual', re: phrase('精力(?!的)|精力を(?:注|傾)|せいりょく(?!てき)|夜の(?:お相手|相手|営み)|やらせてくれ|抱き(?:たい|てえ)|抱かれたい|ムラムラ|むらむら|性欲|夜も(?:元気|がんば|頑張|すごい|すご|激し|上手|うま|たくまし|テクニシャン)|今夜は(?:寝かせ)|セクシー(?:な|すぎる)' + STAFF + '|色っぽい' + STAFF + '|(?<![ぁ-ゖ])(?:いやらしい|やらしい)|鼻の下(?:が|を)?(?:伸び|のび|伸ば|のば)|色っぽ(?:すぎ|過ぎ)|色気(?:が)?(?:すご|ムンムン|むんむん|たっぷり|ありすぎ)|セクシーすぎ|ラブホ|そのままホテル|スケベ|すけべ|助平'), need: ['鼻の下', '精力', 'せいりよく', '夜', 'や', '抱', 'むらむら', '性欲', '今夜', 'せくしー', '色つぽ', 'すけべ', '助平'], instead: INSTEAD.sexual, keep: (fo, _s, a, b) => !/^精力を(?:注|傾)/u.test(fo.slice(a, b)) },
  // ヤれそう, ヤらせて (katakana: not やれる, やらせ).
  { rule: 'decency/sexual', re: /ヤ(?:れ(?:る|そう|た)|ら(?:せ|れ|し)|り(?:たい|まくり|モク|目))|ヤレ(?:る|そう)|ヤラセ(?:て|ろ)/gu, need: ['や'], instead: INSTEAD.sexual, squeezed: true },
  // Looks used to sell staff or residents: 美人すぎる職員, イケメン揃い, スタイル抜群の…さん.
  { rule: 'decency/lookism', re: phrase(`(?:美人|美女|美少女|美男|イケメン|男前|かわいい|可愛い|カワイイ|かわいすぎる|可愛すぎる|きれいな|綺麗な|キレイな|美形|スタイル抜群|スタイルのいい|スタイルの良い|ナイスバディ|セクシーな|色気のある)(?:すぎる|過ぎる|揃い|ぞろい|だらけ|な|の)?(?:新人|若手|女性|男性)?${STAFF}|(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)(?=[^。！？!?\\n]{0,24}(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書|会いに))|(?<=(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書)[^。！？!?\\n]{0,16})(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)|(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|美人な?)(?:子|娘|女性|女の子)(?:が|ばかり|ばっかり|揃い|ぞろい)(?:多|揃|いっぱい|たくさん|います|いる|そろ)|顔面偏差値|(?:レベル|顔)(?:が)?(?:高い|高く|高め)(?=[^。！？!?\\n]{0,20}(?:候補者|女性|女の子|コンパニオン|ミス|職員|ガール))`), need: ['美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', 'すたいる', 'ないすばでぃ', 'せくしー', '色気', '顔', 'れべる'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物', 'u').test(fo.slice(s.start, s.end)) || phrase('職員|スタッフ|受付|新人|係', 'u').test(fo.slice(a, b)) },
  { rule: 'decency/lookism', re: phrase('(?:候補者|出場者|女性|女の子|コンパニオン|ガール|職員)(?:は|の|たち|が)[^。！？!?\\n]{0,16}(?:レベル(?:が)?高|顔面偏差値|美人揃い|美人ぞろい|脚のきれいさ|スタイル)'), need: ['れべる', '顔面', '美人', '脚', 'すたいる'], instead: INSTEAD.lookism },
  // Staff described by their looks: 受付のお姉さん、めっちゃ可愛い; 色白美人; 容姿端麗な方.
  { rule: 'decency/lookism', re: phrase(`${STAFF}(?:は|が|、|って|も|の)?(?:めっちゃ|めちゃ|とても|すごく|超|本当に|ほんと|ほんとに)?(?:可愛|かわい|カワイ|美人|イケメン|セクシー|色っぽ|スタイル(?:が)?(?:いい|良い|抜群))|色白美人|美人(?:で|と)(?:評判|有名|話題)|容姿端麗|顔(?:で|を見て)(?:選|採用)`), need: ['可愛', 'かわい', '美人', 'いけめん', 'せくしー', '色つぽ', 'すたいる', '容姿', '顔'], instead: INSTEAD.lookism, keep: (fo, s) => !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|赤ちゃん|子ども|子供|園児|児童', 'u').test(fo.slice(s.start, s.end)) },
  { rule: 'decency/lookism', re: phrase('(?:かわいい|可愛い|カワイイ|美人な?|きれいな|綺麗な|キレイな)(?:子|娘|女性|女の子|お姉さん)(?!ども|供|たち向け)'), need: ['かわい', '可愛', '美人', 'きれい', '綺麗'], instead: INSTEAD.lookism, keep: (fo, s) => phrase('市役所|職員|課|窓口|受付|スタッフ|係|新人|ガイド|船頭', 'u').test(fo.slice(s.start, s.end)) && !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット', 'u').test(fo.slice(s.start, s.end)) },
  // A group set against "ordinary people" (障害者用の駐車スペース…普通の人が使っても): the group is not normal.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障害|障がい|障碍|車いす|車椅子|外国|高齢|性的少数|LGBT)[^。！？!?\\n]{0,30}?普通の(?:人|方|日本人|人間|市民)'),
    need: ['普通の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Looks graded: 顔面レベルが控えめ.
  { rule: 'decency/lookism', re: phrase('顔面(?:れべる|偏差値|点数)'), need: ['顔面'], instead: INSTEAD.lookism },
  // An occupation held unworthy: 夜のお店で働いている人にまで給付金を出す必要が本当にあるんでしょうか.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:夜の(?:お店|店|仕事)|風俗|水商売)(?:で働(?:いて(?:いる|る)|く))?(?:人|方|女性|女|子)(?:に|には|にまで|まで|も)[^。！？!?\\n]{0,24}?(?:必要|出す|支給|給付|払う|税金)[^。！？!?\\n]{0,12}?(?:ある(?:ん|の)?でしょうか|あるのか|ない|いらない|おかしい|無駄)'),
    need: ['夜の', '風俗', '水商売'],
    instead: INSTEAD.discriminatory,
  },
  // A job given to a sex or an age: 受付は若い女性のほうが反応がいい, お茶くみは女性の仕事.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:受付|窓口|接客|お茶くみ|お茶出し|秘書|案内係)(?:は|には|なら)(?:やっぱり|やはり|絶対)?(?:若い)?(?:女性|女の子|女|男性|男)(?:の(?:ほう|方)が|が(?:いい|一番|向いて))'),
    need: ['受付', '窓口', '接客', 'お茶', '秘書', '案内係'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Housework and serving given to women: 家事が得意な女性の皆さん向け, 女性の皆さんはお茶出しを.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:家事|料理|育児|裁縫|お茶くみ)(?:が)?(?:得意な|上手な|好きな)(?:女性|奥さま|奥様|主婦|ママ|お母さん)|(?:炊き出し|料理|配膳|お茶出し|お茶くみ|片付け|調理)(?:は|には)[^。！？!?\\n]{0,12}?(?:お母さん|女性|奥さま|奥様|主婦|ママ|婦人会)(?:方|たち|陣)?の(?:出番|仕事|役目)(?!では|じゃ|とは限|ではな)|(?:女性|女の子|女子|奥さま|奥様)(?:の皆さん|の方|陣|たち)?(?:は|には)[^。！？!?\\n]{0,12}?(?:お茶出し|お茶くみ|お酌|配膳)'),
    need: ['得意な', '上手な', '好きな', 'お茶', 'お酌', '配膳', '出番', '仕事', '役目'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Wanting to see someone in swimwear; a couple's night: 水着姿も見てみたい, 今夜はご夫婦で“お楽しみ”.
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|下着|ビキニ|裸)(?:姿)?(?:も|を|が)?(?:見てみたい|見たい|拝みたい|見せて)|(?:水着|下着)(?:審査|姿|写真|撮影)?(?:が|も)?(?:ない|なくて|なし)(?:のが|で|とは)?残念|今夜は(?:ご夫婦|夫婦|お二人|カップル)で[^。！？!?\\n]{0,6}?(?:お楽しみ|楽しんで|頑張って|がんばって)'),
    need: ['水着', '下着', 'びきに', '裸', '今夜'],
    instead: INSTEAD.sexual,
  },
  // A group blamed for a nuisance: 外国人観光客も増えましたが、ポイ捨てが増えたのもそのせいかも.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|中国人|韓国人|在日|移民|難民|留学生|技能実習生)[^。！？!?\\n]{0,40}?(?:その|の)せい(?:かも|だ|です|では|で|に)'),
    need: ['せい'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Touching or smelling someone: 女子大生だったので思わず抱きついちゃいました♡ いい匂いでした.
  {
    rule: 'decency/sexual',
    re: phrase('(?:思わず|つい)?抱きつ(?:いちゃ|いた|き|こう)|(?:いい|良い)(?:匂い|におい|香り)(?:でした|がした|だった|がする)(?=[^。！？!?\\n]{0,4}(?:♡|❤|💕|😍|。|$))'),
    need: ['抱きつ', '匂い', 'におい', '香り'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) || /女子大生|女子高生|女の子|お姉さん|中の人/u.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // A district's people typed (北部の集落の方々は昔から気性が荒い), welfare recipients presumed idle (意欲さえあれば),
  // housekeeping presumed the wife's (男性の方は奥様にお伝えください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:集落|地区|地域|部落)の(?:方々|人たち|人|住民)(?:は|って)[^。！？!?\\n]{0,8}?(?:気性が荒|柄が悪|ガラが悪|怖い|閉鎖的|排他的|民度)|(?:生活保護|受給者|受給されて)[^。！？!?\\n]{0,24}?(?:意欲さえ|やる気さえ|働く気さえ|その気さえ)|男性(?:の方)?(?:は|には)[^。！？!?\\n]{0,10}?奥様に(?:お伝え|教え|渡し|見せ)'),
    need: ['気性', '柄が悪', 'がらが悪', '怖い', '閉鎖的', '排他的', '民度', '意欲さえ', 'やる気さえ', '働く気さえ', 'その気さえ', '奥様に'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Exposure wished for: 来年はもっと露出多めで; 眼福 said of people.
  {
    rule: 'decency/sexual',
    re: phrase('露出(?:多め|高め|度(?:高|多|アップ)|を増や|アップ|多い方が)|眼福'),
    need: ['露出', '眼福'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Marital status mocked: 結婚できない人はこの機会に, 売れ残り, 行き遅れ.
  {
    rule: 'decency/discriminatory',
    re: phrase('結婚できない(?:人|方|男|女|職員|独身)(?:は|も|こそ|たち|の皆)|(?:売れ残り|行き遅れ|嫁き遅れ|いきおくれ)(?:の)?(?:女性|男性|人|方|職員)?|(?:[0-9]{2}|[三四五六]十)(?:歳)?(?:過ぎ|すぎ)(?:て|の)独身|独身(?:の)?(?:職員|男性|女性|人|方)(?:ばかり|だらけ|ばっかり|ばっか)[^。！？!?\\n]{0,30}?(?:婚活|笑|w|😂|🤣)'),
    severity: 'warn',
    need: ['結婚できない', '売れ残り', '行き遅れ', '嫁き遅れ', 'いきおくれ', '独身'],
    instead: INSTEAD.discriminatory,
  },
  // Wet clothes seen through, said of people: 濡れて💦透けちゃうかも (the sentence or the one before names them).
  {
    rule: 'decency/sexual',
    re: phrase('(?:濡れ|ぬれ|汗)(?:て|た)?[^。！？!?\\n]{0,6}透け(?:ちゃ|て|る|ます|そう)'),
    need: ['透け'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Looking at people's bodies: 目の保養, ミニスカートの職員, 制服をもっと短いスカートに.
  { rule: 'decency/sexual', re: phrase('目の保養|ミニスカ(?:ート)?の(?:職員|女性|お姉さん|女の子|スタッフ|係員)|(?:制服|スカート)(?:を|は|も)?(?:もっと)?(?:短い|短く|ミニ)|夜のお店(?:みたい|のよう|風)'), need: ['目の保養', 'みにすか', '制服', 'すかーと', '夜のお店'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !/^目の保養/u.test(fo.slice(a, b)) || PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) },
  // Innuendo about a couple's night: 精をつけて奥さんを喜ばせてあげて😏.
  { rule: 'decency/sexual', re: phrase('(?:奥さん|奥様|妻|嫁|旦那|旦那さん|彼女|彼氏|パートナー)(?:を|も|が)(?:喜ばせ|満足させ|喜ぶ|喜び|寝かせ)'), need: ['奥', '妻', '嫁', '旦那', '彼女', '彼氏', 'ぱーとなー'], instead: INSTEAD.sexual, keep: (fo, s) => phrase('😏|😉|😘|♡|💕|💋|精|今夜|夜も|夜は|ベッド|寝かせ|元気に', 'u').test(fo.slice(s.start, s.end)) },
  // Personal advances to a resident or staff member: めっちゃタイプ, 彼氏いるの？, 連絡先教えて♡.
  { rule: 'decency/sexual', re: phrase(`(?:${STAFF}|女性|女の子|男性|この人|この子|写真の(?:方|人|子))(?:、|が|は|って)?(?:めっちゃ|めちゃ|すごく|超|ほんと|マジで)?(?:タイプ|好み|ドストライク|どストライク)|(?:彼氏|彼女|恋人)(?:は)?(?:いる|おる)(?:の|ん|と)?[？?]|(?:連絡先|LINE|ライン)(?:を)?(?:教えて|交換し(?:よう|ませんか))(?=[^。！？!?\\n]{0,6}(?:♡|💕|😘|😍|😏|ね|よ))`), need: ['たいぷ', '好み', 'すとらいく', '彼氏', '彼女', '恋人', '連絡先', 'line', 'らいん'], instead: INSTEAD.sexual },
  // Sexual words said of people (citizens, students, staff): 女子高生の浴衣姿がそそる, 色っぽい奥様方.
  { rule: 'decency/sexual', re: phrase('色っぽ(?:い|く|さ|すぎ)|艶っぽ|セクシー|そそ(?:る|られ)|なまめかし|悩殺|色気(?:が|の)?(?:ある|すご|ムンムン|むんむん|たっぷり|あふれ|溢れ|満点|抜群)|エロ(?:い|く|すぎ)'), need: ['色つぽ', '艶つぽ', 'せくしー', 'そそ', 'なまめかし', '悩殺', '色気', 'えろ'], instead: INSTEAD.sexual, keep: (fo, s, a) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) && !/を.?$/u.test(fo.slice(Math.max(s.start, a - 2), a)) },
  { rule: 'decency/sexual', re: phrase('(?:姿|体操着|体操服|制服|水着|ブルマ|スク水|浴衣|私服|ミニスカ(?:ート)?)(?:が|は|、)?(?:もう|本当に|ほんとに|マジで|めっちゃ)?(?:たまら(?:ない|ん|なかった|なか)|そそ(?:る|られ)|エロ|セクシー|色っぽ)'), need: ['たまら', 'そそ', 'えろ', 'せくしー', '色つぽ'], instead: INSTEAD.sexual, keep: (fo, s) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) },
  // Foreigners excluded by limiting to Japanese: 日本人限定, 日本人以外はお断り, ジャパニーズオンリー.
  { rule: 'decency/discriminatory', re: phrase('日本人(?:の(?:方|お客様|お客さま|客))?(?:限定|専用|のみ(?=[^。！？!?\\n]{0,8}(?:受付|受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|とさせ|とします|です|となります|お入り))|だけ(?=[^。！？!?\\n]{0,8}(?:受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|お入り))|以外(?:の(?:方|人|お客様))?(?:は|の)?[^。！？!?\\n]{0,12}?(?:お断り|お断わり|ご遠慮|遠慮|不可|禁止|できません|いただけません|受け付け|ng|入れ|乗れ))|japanese\\s?only|ジャパニーズ\\s?オンリー'), need: ['日本人', 'japanese', 'じやぱにーず'], instead: INSTEAD.discriminatory, keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) },
  // 部落 discrimination phrased as advice: 同和地区かどうか確認, 結婚相手の出身地を調べて, 身元を調べておく.
  { rule: 'decency/discriminatory', re: phrase('(?:同和地区|同和|部落|被差別部落|旧同和地区)(?:か|かどうか|じゃないか|でないか|ではないか|の場所|の地名|の一覧|の所在|がどこ|はどこ|がある(?:か|地域)|に(?:該当|当た)する(?:か))[^。！？!?\\n]{0,16}?(?:確認|調べ|チェック|聞い|聞き|問い合わせ|教え|知っ|把握|リスト)|(?:出身(?:地区|地域|集落)|出身地|出自|本籍(?:地)?|家柄|身元|素性|家系|戸籍|住んでいた地域|生まれた地域)(?:を|は|も|まで|について)?(?:よく|しっかり|ちゃんと|事前に|念のため|こっそり|きちんと)?(?:調べ|確認|チェック|調査|聞いて|聞き出|探)'), need: ['同和', '部落', '出身地', '出自', '本籍', '家柄', '身元', '素性', '家系', '戸籍', '地域'], instead: INSTEAD.discriminatory, keep: (fo, s, a, b) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && (/同和|部落/u.test(fo.slice(a, b)) || BACKGROUND_CONTEXT.test(fo.slice(s.start, s.end))) },
  // A district hinted at (そういう地域だった) as a reason to avoid its land or people.
  { rule: 'decency/discriminatory', re: phrase('(?:そういう|ああいう|そういった|例の|あの手の|いわくつきの|いわく付きの)(?:地域|地区|場所|土地|集落|所|ところ|部落)'), need: ['地域', '地区', '場所', '土地', '集落', '所', 'ところ', '部落'], instead: INSTEAD.discriminatory, keep: (fo, s) => { const t = fo.slice(s.start, s.end); return /買|住|結婚|嫁|婿|縁談|付き合|物件|引っ越/u.test(t) && /やめ|避け|控え|気をつけ|気を付け|無難|買わ|住ま|反対|調べ|確認/u.test(t) && !AWARENESS.test(t) } },
  // Hiring by sex, age and looks.
  { rule: 'decency/discriminatory', re: phrase('(?:健常者|障害のない方|障がいのない方|五体満足な方|五体満足の方)(?:の方)?(?:限定|のみ|だけ|に限り|に限ります)|(?:男性|女性|男子|女子|日本人|若い方|若い人|若者)(?:の方)?(?:限定|のみ|だけ|に限り)(?:で|の|を)?(?:採用|雇用|求人|職員(?:を)?募集|正社員|アルバイト(?:を)?募集)'), need: ['健常者', 'のない方', '五体満足', '男', '女', '日本人', '若'], instead: INSTEAD.discriminatory, keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) },
  { rule: 'decency/discriminatory', re: phrase('(?:若い|20代の|美人の|かわいい|可愛い)(?:女性|女の子|女子)(?:限定|のみ|だけ)(?:を)?(?:募集|採用)?'), need: ['若い', '20代', '美人', 'かわい', '可愛'], instead: INSTEAD.discriminatory },
  // Dress across sex laughed at (男性なのに女性ものの浴衣を選んだお客さまも😂, スカートをはいた男の人がおって笑).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男の人|男の子|男子|男|女性|女の人|女の子|女子|女)(?:の方|のお客さま|のお客様|のお客さん|さん)?(?:なのに|やのに|のくせに|にもかかわらず)[^。！？!?\\n]{0,16}?(?:女性|女|男性|男|婦人|紳士)(?:もの|物|用|向け|の(?:服|着物|浴衣|格好|恰好|服装|水着|下着|化粧)|っぽ|みたい|らし)|(?:男性|男の人|男子|おじさん|おっちゃん|男)(?:の方|のお客さま|のお客様|のお客さん|さん)?(?:が|も)[^。！？!?\\n]{0,10}?(?:女性もの|女性物|女物|女もの|婦人用|女性用|スカート|ワンピース|女装|化粧|メイク)[^。！？!?\\n]{0,20}?(?:笑|😂|🤣|びっくり|ぎょっと|ドン引き|どん引き|衝撃)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Looks or the body as a criterion of selection (審査基準 ①容姿 ②スタイル, バストサイズを重視する, 容姿の良い方を優先).
  {
    rule: 'decency/sexual',
    re: phrase('(?:バスト|胸|スリーサイズ|3サイズ|ヒップ|カップ)(?:の)?(?:サイズ|大きさ|形)?(?:を|は|も|が|で)?(?:重視|審査|考慮|評価|基準|条件|選考|採点|優先|選ぶ|選び|選ん|決め)|(?:胸|バスト)(?:の)?(?:大きい|豊かな)(?:方|人|子|女性)(?:を|が)?(?:優先|歓迎|希望|募集)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !phrase('検診|健診|測定|計測|メタボ|腹囲|健康|問わ|不問|関係な', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:容姿|ルックス|顔立ち|顔|体型|体形|プロポーション|見た目|外見|美貌|スタイル)(?:の(?:良さ|よさ|美しさ|きれいさ|可愛さ|かわいさ))?(?:を|は|も|が|で)?(?:重視|審査|考慮|評価|採点|優先|選考(?:する|します|いたし|の対象|基準)|で選|選ぶ|選び|選ん|判断|決め)|(?:容姿|ルックス)(?:が|の)?(?:良い|いい|よい|優れた|端麗な|きれいな|綺麗な)(?:方|人|女性|男性|子)|(?:審査|選考|採用|評価)(?:基準|項目|ポイント|条件|方法)[^。！？!?]{0,60}?(?<=[\\n①-⑳・、:：（(\\s0-9.]|^)(?:容姿|ルックス|顔立ち|体型|体形|プロポーション|スリーサイズ|バストサイズ|バスト)'),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, Math.min(fo.length, b + 14))
      if (phrase('問わ|不問|関係な|問いません|かかわらず|関わらず|ではなく|ではありません|しません|いたしません|しない|やめ|いけ|よくな|べきでは', 'u').test(fo.slice(a, Math.min(fo.length, b + 14))) || AWARENESS.test(fo.slice(s.start, s.end))) return false
      // 見た目, スタイル, 顔 of a dish or a design: only when people are chosen (モデル, 応募者, 採用).
      return !/^(?:見た目|外見|すたいる|顔)/u.test(fo.slice(a, b)) || phrase('モデル|ミス|応募者|候補者|採用|女性|男性|職員|大使|アンバサダー|ガール|コンパニオン|出演者|スタッフ|キャスト', 'u').test(t)
    },
  },
  // Someone else's body likened to a heavy animal (隣の席のおばちゃんなんてすでにセイウチ級, 課長はトド並み).
  {
    rule: 'decency/lookism',
    re: phrase('(?:おばちゃん|おばさん|おっちゃん|おじさん|おばあちゃん|おじいちゃん|奥さん|お客さん|お姉さん|お兄さん|兄ちゃん|姉ちゃん|女性|男性|女の子|男の子|あの人|隣の(?:席の)?人|あの子|彼女|嫁|旦那|課長|係長|部長|市長|職員|先輩|後輩|船頭さん)(?:さん|たち|ら)?(?:は|って|なんて|なんか|も|が|、)[^。！？!?\\n]{0,16}?(?:トド|セイウチ|ブタ|子豚|豚|ゴリラ|力士|関取|相撲取り|ドラム缶|ビア樽|ビール樽|マンモス)(?:級|並み|なみ|クラス|サイズ|体型|体形|レベル|そっくり|化|みたい|やん|じゃん|w|笑)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Faith or a religious rite called superstition or meaningless (精霊流しは迷信に基づく古い慣習にすぎない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:信仰|宗教|神事|仏事|祭礼|法要|法事|供養|お盆|精霊流し|灯籠流し|お祓い|祈祷|祈願|お参り|参拝|墓参り|お守り|お札|風習|慣習|しきたり|伝統行事|儀式|お祭り|祭り|神様|仏様|信心)[^。！？!?\\n]{0,14}?(?:迷信|非科学的|時代錯誤|前時代的|くだらな|ばかげ|馬鹿げ|バカげ|無意味|意味のない|意味がない|古臭|古くさ|気休め|オカルト)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('という|といった|と言われ|といわれ|言い伝え|ではありません|ではなく|ではない|わけでは|じゃない|思われがち|誤解', 'u').test(fo.slice(a, Math.min(fo.length, b + 12))) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Women in swimwear as an attraction (水着のお姉さんが乗ってくれたら観光客倍増, 水着のお姉さんがいっぱいで…💦👙).
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|ビキニ|バニー|ミニスカ(?:ート)?|へそ出し|網タイツ)(?:姿)?の(?:お姉さん|おねえさん|お姉ちゃん|ねえちゃん|姉ちゃん|女性|女の子|ギャル|美女|娘|女子|ママ|奥さん|女子大生)(?:たち|達|さん|ら)?[^。！？!?]{0,40}?(?:乗って(?:くれ|もら)|呼(?:ん|べ|ぼ)|来て(?:くれ|もら)|いたら|おったら|がいれば|だったら|がいっぱい|だらけ|ばっかり|ばかり|集客|客寄せ|倍増|視線|釘付け|くぎ付け|鼻の下|ドキドキ|どきどき|目のやり場|[💦👙😍🤤😏🥵💕❤♡]|乾(?:い|き)|のぼせ|興奮|たまら|最高|眼福|サービス)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('溺れ|救助|救命|通報|監視|熱中症|日焼け|盗撮|被害|防止|注意', 'u').test(fo.slice(a, b)),
  },
  // Young women or mothers as a treat for the men on staff (若いお母さんの参加が多くて…係長たちがやけに張り切って).
  {
    rule: 'decency/lookism',
    re: phrase('(?:若い|美人の|きれいな|綺麗な)(?:お母さん|ママ|奥さん|奥様|女性|女の子|お姉さん|女子大生|女子)(?:さん|たち|方|方々|陣)?(?:が|の)[^。！？!?\\n]{0,12}?(?:参加|来|多|集ま|いっぱい|並|座)[^。！？!?\\n]{0,24}?(?:男性|係長|課長|部長|職員|おじさん|おっちゃん|男|スタッフ|船頭|市長|おじいちゃん)[^。！？!?\\n]{0,12}?(?:張り切|はりき|鼻の下|でれでれ|デレデレ|にやけ|ニヤけ|にやにや|ニヤニヤ|そわそわ|ソワソワ|色めき|浮き足|機嫌|やる気)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // A victim shown being recovered (浸水した車の中から見つかった方を、消防隊が運び出す様子です).
  {
    rule: 'decency/victim',
    re: phrase('(?:見つかった|発見された|亡くなった|亡くなられた|犠牲になった|遺体で見つかった|心肺停止の|心肺停止で見つかった)(?:方|人|男性|女性|お子さん|子ども|児童|高齢者|ご遺体|遺体)(?:を|が|の)[^。！？!?\\n]{0,24}?(?:運び出|搬送|収容|引き上げ|担架|運ば|安置)[^。！？!?\\n]{0,12}?(?:様子|瞬間|場面|写真|動画|映像|ところ|姿)|(?:ご)?遺体(?:の|を|が)?[^。！？!?\\n]{0,12}?(?:写真|画像|映像|動画|様子|瞬間)(?:です|を(?:掲載|公開|ご覧|載せ)|です。|。|$)'),
    instead: '亡くなった方や被害に遭われた方の姿は載せず、被害の状況と市からのお知らせだけを書いてください（例：「〇〇地区で浸水による被害が出ています。付近に近づかないでください。」）',
    keep: (fo, s) => !phrase('やめ|控え|禁止|しない|しません|ご遠慮|絶対に|載せない|撮らない|撮影しない|拡散しない', 'u').test(fo.slice(s.start, s.end)),
  },
  // A nuisance tied to where a group lives (不法投棄は外国人技能実習生が多く住む地区で特に目立って).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NUISANCE})[^。！？!?\\n]{0,30}?(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})[^。！？!?\\n]{0,16}?(?:${STANDS_OUT})|(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})(?:で|では|は|に|の)[^。！？!?\\n]{0,20}?(?:${NUISANCE})[^。！？!?\\n]{0,10}?(?:${STANDS_OUT})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !phrase('多言語|やさしい日本語|翻訳|通訳|説明会|周知|案内|お知らせ', 'u').test(t) },
  },
  // A sex's supposed nature as what a job needs (女性の細やかさが求められる職).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?:女性|男性|女|男)(?:ならでは)?の(?:細やかさ|きめ細(?:や)?かさ|繊細さ|母性|優しさ|気配り|柔らかさ|しなやかさ|力強さ|腕力)|母性|父性|女性らしさ|女らしさ|男らしさ|男性らしさ)(?:が|を)?(?:求められ|必要|条件|欠かせ|不可欠|向いて|適して)|(?:なので|だから|ですから|ため)[、,]?(?:やはり|やっぱり)?(?:女性|男性|女|男)(?:の方)?が(?:適任|向いて(?:いる|います|る))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Visitors of a country mocked in English (our visitors from the mainland 🇨🇳: the boat is not a market, no need to shout 😂).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:visitors?|tourists?|guests?|people|folks|travell?ers?|groups?|crowds?)\\s{0,2}(?:from\\s{0,2}(?:the\\s{0,2})?(?:mainland|china|korea|taiwan|hong\\s?kong|asia|abroad|overseas|that\\s{0,2}country)|[\\u{1F1E6}-\\u{1F1FF}]{2})[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line)|(?:chinese|korean|mainland|foreign)\\s{0,2}(?:visitors?|tourists?|guests?|people|folks|groups?|crowds?)[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !phrase('welcome to ask|please ask|feel free|we are happy|any questions', 'u').test(fo.slice(a, b)),
  },
  // Stereotypes by sex, age or body.
  { rule: 'decency/stereotype', re: phrase('女子力|男子力|女のくせ|男のくせ|女らしく|男らしく|女なのに|男なのに|女だから|男だから|女の子なんだから|男の子なんだから|男のくせに泣|方向音痴(?:な|の)(?:女性|女|女の子|奥さん|ママ)|(?:女性|(?<![一-龥])女|女子|女の子|奥さん|主婦|ママ)(?:でも)(?:迷わ|わか|分か|でき|使え|扱え|運転でき|簡単|理解でき|読め)|(?:ぽっちゃり|太め|太った|デブ|おデブ|ふくよか)(?:さん|の方|な方|体型|の人)?(?:でも)(?:安心|大丈夫|乗れ|入れ|座れ|着られ|ok)|機械(?:に|が)(?:弱い|苦手な)(?:女性|お年寄り|高齢者|おばあちゃん|おじいちゃん|奥さん|主婦)'), need: ['女', '男', '方向音痴', 'ぽつちやり', '太', 'でぶ', 'ふくよか', '機械', '奥さん', '主婦', 'まま'], instead: INSTEAD.stereotype, severity: 'warn' },
  // A job given to a sex categorically: 受付は女性に限る, 案内係は男じゃないと.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:受付|窓口|接客|お茶くみ|お茶出し|秘書|案内係|司会|お酌|レジ|看板娘|事務|保育|看護|力仕事|運転手|船頭)(?:は|には|なら|って|も)(?:やっぱり|やっぱ|やはり|絶対|断然|もう)?(?:若い)?(?:女性|女の子|女|男性|男|男の人|女の人|娘|若い子)(?:に(?:限る|限り(?:ます|ますね)|かぎる|限ります|限っと|決まっ)|じゃないと|でないと|やないと|じゃなきゃ|でなきゃ|やなか(?:と|ら)|がよか|に任せ(?:る|とく|ておく|とけ|ときゃ)(?:の|ん)?(?:が)?(?:一番|いい|よか))|(?:女性|女の子|女|男性|男)(?:は|って)(?:やっぱり|やっぱ|やはり)?(?:受付|お茶出し|お茶くみ|事務|家事|力仕事|接客|お酌)(?:が)?(?:に限る|に限ります|が一番|が似合う|が似合い|向き(?:だ|です|やけん|やね|ですね)|に向いと(?:る|ります)|に向いて(?:る|いる|います))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Young women valued for pleasing men: 若い女の子が座っとると…おじいちゃんたちの機嫌がようなる.
  {
    rule: 'decency/lookism',
    re: phrase('若い(?:女性|女の子|娘|女子|お姉さん)(?:さん|たち|ちゃん)?(?:が|の)(?:座っ|座る|座り|立っ|立つ|おる|おっ|おら|いる|いて|居る|居て|並ん|並ぶ|来る|来ると|来た|受付|窓口)[^。！？!?\\n]{0,30}?(?:機嫌(?:が|も)?(?:よ|良|い)|喜(?:ぶ|ば|び|ん)|華やか|花があ|鼻の下|でれでれ|デレデレ|張り切)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Crime and danger tied to a group's arrival (実習生が増えて…夜道が物騒に, 外国人が増えると治安が心配), in the same sentence or the next.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|外国から来|実習生|留学生|移民|難民|大陸から|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|外国人労働者)[^。！？!?\\n]{0,24}?(?:増え|増加|急増|流入|多くな|多なっ|来るよ|来だして|来始め|やって来|住み始め|住むよう|移り住|住み着|住みつ|入って)[^。！？!?\\n]{0,30}[。！？!?]?[^。！？!?\\n]{0,30}?(?:物騒|治安(?:が|も)?[^。！？!?\\n]{0,6}?(?:悪|わる|心配|不安)|夜道(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:怖|こわ|不安|心配|危な|物騒)|(?:犯罪|事件|空き巣|盗難|窃盗|自転車盗|自転車泥棒|泥棒|どろぼう|万引き|ひったくり|置き引き|車上(?:狙い|ねらい|荒らし)|強盗|盗み)(?:の件数|件数)?(?:が|も)?(?:増|多|急増|目立|相次)|戸締まり|(?:鍵|カギ|かぎ)(?:を|の)?(?:確認|かけ|掛け|二重|忘れ)|施錠)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !ANSWERED.test(fo.slice(a, Math.min(fo.length, b + 30))) && !AWARENESS.test(fo.slice(s.start, b)) && !phrase('防犯ブザー|配布|見守|被害|守るため|安全を守|防犯教室|講習|レンタサイクル|貸し出し|返却', 'u').test(fo.slice(a, Math.min(fo.length, b + 20))),
  },
  // A people's character blamed (国民性やけん仕方なか, お国柄だからしょうがない, 民度が低い).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:国民性|民族性|お国柄)(?:の違い)?(?:やけん|やけ|だから|ですから|なので|なんで|だし|やし|のせい|ゆえ|やろ|でしょう|じゃ|とか)?[、,]?[^。！？!?\\n]{0,8}?(?:仕方な|しかたな|仕方が(?:ない|なか|ありません)|しょうがな|しょんなか|諦め|あきらめ|どうしようもな|治らな|直らな)|(?:国民性|民族性|お国柄)(?:が|の)?(?:悪|低|問題|出と|出て|丸出し)|民度(?:が|の)?(?:低|悪|知れ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // People said to be avoided, the group named nearby (例の宗教の方々が…。関わるとろくなことがなかですけん、目を合わせんように).
  {
    rule: 'decency/discriminatory',
    re: phrase('関わ(?:る|つ)と(?:ろくな|ろくでも)[^。！？!?\\n]{0,8}|ろくな(?:こと|もん|目)(?:が|に|は)?(?:ない|なか|ねえ|ありません|あわ)|目を合わせ(?:ん|ない|ず|るな)(?:ように|よう|ごと|ほうが|方が|で)|関わら(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)|近づか(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)|近寄ら(?:ん|ない)(?:ように|よう|ごと|ほうが|方が)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => PROTECTED_NEAR.test(near(fo, s)) && !DANGER.test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Prejudice condoned (親御さんが気にされるのも無理はなか, 反対するのも当然): an origin, a nationality or a disability named nearby.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:気に(?:する|される|なさる|なる|しよる|しとる|さす)|反対(?:する|される|しよる|しとる|なさる)|こだわ(?:る|られる)|嫌が(?:る|られる)|避け(?:る|られる|たがる)|調べ(?:る|られる))(?:の|ん)(?:も|は)[、,]?[^。！？!?\\n]{0,4}?(?:無理(?:は|も)?(?:ない|なか|ありません|ございません)|仕方(?:が)?(?:ない|なか|ありません)|しょうがな|しょんなか|当然|当たり前|(?:わか|分か)(?:る|ります|らんでも)|理解でき)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) },
  },
  // A group's supposed tendency to misbehave, stated as fact (外国籍の住民が増えた地区では…ルールが守られなくなる
  // 傾向があります, ひとり親家庭のお子さんは…身につきにくい傾向): the group named in the sentence or the one before.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:守られ(?:なく|ない|にく)|守ら(?:ない|れない|ん)|守れ(?:ない|ん)|身につき(?:にく|づら)|トラブル(?:が|を)?(?:多|起こ|増)|治安(?:が)?(?:悪|乱)|マナー(?:が)?(?:悪|守ら|なって)|迷惑(?:を)?(?:かけ|行為)|怠け|働か(?:ない|ず|ん)|非行|しつけ(?:が)?(?:行き届か|なって|でき)|だらし(?:な|ない)|不衛生|荒れ|汚れ|散らか|騒(?:ぎ|が|い|ぐ))[^。！？!?\\n]{0,12}?(?:傾向(?:が|に)(?:あ|見られ|強)|傾向です|がち|やすい|にくい|ようです|ことが多い|場合が多い|のが実情|のが現実)'),
    instead: INSTEAD.discriminatory,
    // (A remedy announced with it — multilingual signs, notices — is the city acting, not labelling.)
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) && !phrase('多言語|やさしい日本語|看板|案内板|周知|設置しました|配布しました|ルールブック', 'u').test(w) },
  },
  // Care for a group called unfair, and agreed with (一般の人が使えんで不公平という声…その気持ちもわかる, 外国人ばかり優遇されてずるい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:不公平|ずる(?:い|か)|特別扱い|優遇(?:しすぎ|されすぎ|されとる|されてる|しとる|し過ぎ|され過ぎ)|逆差別|えこひいき)(?:だ|です|やろ|でしょう|やん|よね|ですよね|と思(?:う|います)|という声|との声|って声|と感じ)?[^。！？!?\\n]{0,24}?(?:気持ち(?:も|は)?(?:わか|分か)|(?:わか|分か)(?:る|ります)(?:よ|ね|と|ん)|一理あ|もっとも|同感|共感(?:し|でき)|正直そう(?:思|おも))|(?:不公平|ずる(?:い|か)|逆差別)(?:です|だ|やろ|でしょう?|やん|たい|ばい)?(?:よね|ね|よ|な)?(?=[。！？!?、\\s]|$)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('合理的配慮', 'u').test(fo.slice(s.start, s.end)),
  },
  // A person called abnormal (窓口に毎日来られる方、たぶんちょっと普通じゃなかとやろう, あの人は頭がおかしい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<=[るたいなのあこそ])(?:方|人)|お客さん|おじさん|おばさん|おじいちゃん|おばあちゃん|来庁者|利用者|住民)(?:さん)?(?:は|が|、|って|も)[^。！？!?\\n]{0,16}?(?:普通じゃ(?:な|ね)|普通やな|普通では(?:な|あり)|普通の人じゃ|まともじゃ(?:な|ね)|まともでは|頭が(?:おかし|変|いか)|ちょっと(?:おかし|変わっと|変な)|どこか(?:おかし|変)|(?:心|精神)を病|病んどる|病んでる)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !phrase('すご|凄|すばらし|素晴らし|感動|尊敬|こだわり|情熱|熱意|熱量|努力|レベル|ほど|くらい|ぐらい|人気|美味|おいし|うま|景色|混雑|暑|寒|天気|量|数|多さ|忙し|状況|事態|機械|音|調子', 'u').test(fo.slice(s.start, s.end)),
  },
  // Sexual minorities said not to exist here, or mocked by a euphemism (田舎にはそういう人はおらんですもんね（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:そういう|ああいう|その手の|そっち系の|あっち系の|そっちの|あっちの|そういった)(?:人|方|趣味|人たち|方々|系|カップル)[^。！？!?\\n]{0,12}?(?:(?:い|お)(?:ない|らん|らへん|りません|ません)|(?:いる|おる)わけ|少な|珍し|笑|w|😂|🤣)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('パートナーシップ|同性|lgbt|性的少数|性的マイノリティ|ゲイ|レズ|トランス|性の多様性|ホモ|オカマ|オネエ', 'u').test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('思(?:つて)?(?:い)?ませんか|かもしれません|見えない|言えない|言い出せ|相談', 'u').test(fo.slice(s.start, s.end)),
  },
  // Welfare recipients seen gambling (パチンコ屋に並んどる人の中に保護を受けとる方も).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|馬券|舟券|飲み屋|昼(?:間)?から酒|朝から酒|昼間から飲)[^。！？!?\\n]{0,30}?(?:生活保護|保護(?:費)?を(?:受|もら)|受給(?:者|し|され))|(?:生活保護|保護(?:費)?を(?:受|もら)|受給者)[^。！？!?\\n]{0,30}?(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|馬券|舟券|飲み屋|昼(?:間)?から酒|朝から酒|昼間から飲|遊んで)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !phrase('依存|相談|支援|利用でき|対象|申請', 'u').test(fo.slice(s.start, s.end)),
  },
  // Old age as a reason to give up driving, said as a duty (七十を過ぎたら免許は返していただくのが世のため, 年寄りは免許を返すべき).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才|代)?(?:を)?(?:過ぎ|すぎ|超え|越え|こえ)(?:たら|れば|た(?:方|人|ら))|(?:高齢|年寄り|老人|お年寄り|じいちゃん|ばあちゃん|じじい|ばばあ|シニア)[^。！？!?\\n]{0,10}?)[^。！？!?\\n]{0,16}?(?:免許|運転|ハンドル)[^。！？!?\\n]{0,10}?(?:返し|返す|返さ|返納し|返納す|返納さ|返上|手放|取り上げ|やめ|辞め|諦め|あきらめ|させ)[^。！？!?\\n]{0,12}?(?:べき|のが(?:世のため|一番|当然|当たり前|常識|筋|義務)|世のため|当然|当たり前|常識|義務|ろ(?=[。！!、]|$)|なさい|んしゃい)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase('選択肢|検討|ご相談|相談|支援|特典|制度|サポート|ご家族で|話し合', 'u').test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 13 kinds.
  // Looks as the condition to take part (写真映えするルックスの方限定, 見た目に自信のある方大歓迎, イケメン限定).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:写真映え|インスタ映え|見栄え|映え|華)(?:の)?(?:する|のする|のある|の良い|のいい)(?:ルックス|容姿|外見|見た目|顔|顔立ち|お顔|スタイル)(?:の|を(?:お)?持つ|をお持ちの)(?:方|人|女性|男性|子)|(?:容姿|ルックス|外見|見た目|顔立ち|美貌|顔|スタイル|プロポーション|体型)(?:に|には)(?:自信|自身)(?:の|が)(?:ある|あり|おあり)(?:の)?(?:方|人|女性|男性|子|女子|男子)?|(?:美人|美女|美男子|美男美女|美少女|イケメン|男前|かわいい子|可愛い子|かわいか子|かわいい女の子|きれいな方|綺麗な方|(?:モデル体型|細身|スリム|痩せ型|やせ型|美脚|高身長)(?:な|の)?(?:方|人|女性|男性|女子|男子)|(?:ルックス|容姿|外見|見た目)(?:の|が)[^。！？!?\\n]{0,8}?(?:方|人|女性|男性|子))(?:さん)?(?:限定|のみ|だけ(?:を|に|で|募集)|に限り|に限ります|に限る|を?優先|大?歓迎|(?:を)?大?募集)`),
    need: ['容姿', 'るつくす', '外見', '見た目', '顔', '美貌', 'すたいる', 'ぷろぽーしよん', '体型', '美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', '細身', 'すりむ', '痩せ型', 'やせ型', '高身長'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !phrase('問わ|不問|関係な|問いません|かかわらず|関わらず|ではなく|ではありません|料理|弁当|お菓子|ケーキ|盛り付け|作品|花壇|庭|人形|ぬいぐるみ|犬|猫|ペット|キャラクター|ルッキズム', 'u').test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job said to suit one sex (調理員はやっぱり家庭的な女性が向いています, 夜の見回りは男性のほうが安心): the role is the topic, the sex its fitting holder.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!彼)(?:女性|男性|女の人|男の人|女の子|男の子|女|男|お母さん|主婦|奥さん)(?:の方)?(?:(?:じゃないと|でないと|やないと|じゃなきゃ|でなきゃ)[^。！？!?\\n]{0,3}?(?:(?:務|つと)ま(?:らな|らん|りませ)|できな|できませ|でけん|無理|だめ|ダメ|いかん)|(?:が|のほうが|の方が)(?:向いて(?:いる|いま|る)|向いと(?:る|ります)|適任|ふさわしい|ふさわしか|合って(?:いる|いま|る)|似合う|似合い|安心(?:です|だ|やけん|でしょう)|一番(?:です|だ|や|でしょう|[。！!]|$)|(?:いい|良い|よい)(?:です|よね|ね|と思|でしょう)|よか))|家庭的な(?:女性|女の子|奥さん|お母さん|主婦|方)(?:を|が)?(?:募集|歓迎|大歓迎|希望|求め|優遇|優先|ほしい|欲しい)'),
    need: ['女', '男', '母', '主婦', '奥さん', '家庭的'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => (/^家庭的/u.test(fo.slice(a, b)) || ROLE_BEFORE.test(fo.slice(Math.max(s.start, a - 28), a))) && !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('とは限ら|関係な|問わ|どちらも|男性も女性も|女性も男性も|男女とも|男女問わ|という(?:考え|イメージ|思い込み|固定観念|見方)|とされてきた|と思われがち|古い|時代', 'u').test(fo.slice(s.start, s.end)),
  },
  // … or said not to suit it, or to be its kind of job (女性には向かない仕事, 男性向きの職場ではありません).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|男性|女|男)(?:の方)?(?:には|に|では|じゃ)(?:向いて(?:いる|る)|向いた|ぴったりの|向き(?:の)?|向か(?:ない|ん)|向いてい?ない|無理な|不向きな|きつい|難しい)(?:仕事|職|職種|職場|業務|作業)|(?:女性|男性|女|男)向きの(?:仕事|職|職種|職場|業務|作業)'),
    need: ['女', '男'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('という(?:イメージ|考え|思い込み)|とされてきた|と言われてきた|わけではありません|ではありません|関係なく|問わず', 'u').test(fo.slice(s.start, s.end)),
  },
  // A delay or shortfall put down to who the staff are (女性職員が多い職場なので、手続きに時間がかかることがあります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性|女子|男子|女の人|男の人|おばちゃん|おばさん|おじさん|おっちゃん|ママさん|主婦|高齢|年配|年寄り|外国人|外国籍|障害|障がい)(?:の)?(?:職員|スタッフ|社員|従業員|メンバー|パート|担当者|ボランティア)?(?:が|の)?(?:多い|多く|ばかり|ばっかり|だらけ|中心|主体)(?:の)?(?:職場|部署|課|窓口|チーム|事業所|係)?(?:です|だ|な|で|の|や|である|であり)?(?:ので|ため|から|けん|やけ|こともあり|関係で|せいか|せいで|ゆえ)[、,]?[^。！？!?\\n]{0,30}?(?:時間(?:が|を)?(?:かか|要)|お時間をいただ|遅れ|遅く|遅い|遅か|お待たせ|ご不便|ご迷惑|不手際|ミス|間違い|急な(?:お)?休み|突然の(?:お)?休み|休みが(?:多|増|ち)|欠勤|行き届か|不慣れ|騒がし|うるさ|まとまら|まとまりが(?:な|に)|感情的|ご了承|ご容赦)'),
    need: ['女', '男', 'おばちやん', 'おばさん', 'おじさん', 'おつちやん', 'ままさん', '主婦', '高齢', '年配', '年寄り', '外国', '障害', '障がい'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(Math.max(s.start, a - 12), b)
      return phrase('職員|スタッフ|社員|従業員|メンバー|パート|担当者|ボランティア|職場|部署|課|窓口|チーム|事業所|係', 'u').test(t) && !phrase('避難|救助|搬送|移動|歩行|介助', 'u').test(t) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end))
    },
  },
  // A group to be watched (外国人を見かけたら自転車のカギを確認しましょう, 外国人には注意しましょう).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の(?:方|人|人たち|グループ|集団|団体|車))?(?:(?:を|が)?[^。！？!?\\n]{0,6}?(?:見かけたら|見たら|見つけたら|来たら|近づいてきたら|近づいて来たら|声をかけられたら|話しかけられたら|うろうろ|うろつ|たむろ|いたら|おったら)[、,]?[^。！？!?\\n]{0,24}?(?:注意|警戒|通報|用心|気をつけ|気を付け|鍵|カギ|かぎ|施錠|戸締まり|貴重品|財布|110番|警察|目を離さ|近づかない|近寄らない|距離を)|(?:には|に)(?:十分|くれぐれも|特に|よくよく)?(?:ご)?(?:注意(?!喚起|を(?:呼びかけ|よびかけ|促|うなが))|気をつけ|気を付け|用心|警戒)(?:して|し|を|が|しま|です|だ|ください|下さい|願))`),
    need: requiredLiterals(phrase(`(?:${WATCHED})`)),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !phrase('福祉|保護|相談|声かけ|声をかけ|助け|寒さ|体調|救急|熱中症|困って|道案内|やさしい日本語|おもてなし|笑顔|詐欺|被害に(?:遭|あ)|狙われ|伝え|避難|案内|情報|手伝|寄り添', 'u').test(t) },
  },
  // A slur as the head of a compound (オカマキャラ, ホモネタ, ガイジムーブ): the word list reads it only on its own.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:オカマ|ホモ|レズ|ガイジ|キチガイ|カタワ|メクラ|ツンボ|ジャップ|クロンボ)(?:キャラ|ネタ|バー|パブ|ショー|タレント|芸人|ムーブ|ノリ|ポーズ|トーク|ごっこ|っぽ|ぽい|みたい|カップル|友達|仲間|口調|言葉|疑惑|野郎|扱い|呼ばわり|系|風|丸出し)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Hiring that prefers a sex, a nationality or youth (採用は男性を優先します, 選考にあたっては日本人を優遇).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:採用|選考|登用|昇進|昇格|雇用|人選)(?:は|では|で|に(?:あたって|あたり|際して|際し)(?:は)?)?[、,]?[^。！？!?\\n]{0,10}?(?:男性|日本人|若い(?:方|人)|独身(?:の方|者)?)(?:の方)?(?:を|が)(?:優先|優遇)'),
    need: ['採用', '選考', '登用', '昇進', '昇格', '雇用', '人選'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Someone said to seem gay or trans for a hobby or a manner (男なのに手芸好きでオネエっぽい, あの職員はそっち系っぽい): a person, not a genre.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:オネエ|おねえ系|ゲイ|そっち系|あっち系|そっちの気|その気がある|ソッチ系)(?:っぽ|ぽい|ぽか|みたい|疑惑|なんじゃ|じゃない|かも|説|と評判|と噂)|(?:男|男性|男の子|男子|彼|旦那|息子|職員|指導員|先生|課長|係長|さん|くん|君)[^。！？!?\\n]{0,16}?(?:なよなよ|ナヨナヨ|女みたいな(?:しゃべり|喋り|話し方|仕草|声)|オカマ(?:っぽ|みたい))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && (/^(?:オネエ|おねえ|げい)/u.test(fo.slice(a, b)) ? PERSON_SAID.test(fo.slice(Math.max(0, s.start - 40), s.end)) : true) && (!/そっち|あっち|その気/u.test(fo.slice(a, b)) || phrase('男なのに|男のくせ|女なのに|女のくせ|オネエ|同性|ゲイ|ホモ|レズ|趣味', 'u').test(fo.slice(Math.max(0, s.start - 40), s.end))),
  },
  { rule: 'decency/discriminatory', re: phrase('(?<![一-龥])オネエ(?:キャラ|系|言葉|口調|っぽ|ぽい|タレント|芸人|みたい)'), instead: INSTEAD.discriminatory, severity: 'warn', keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) },
  // Round 14 kinds.
  // Old people named by their dementia or frailty as a slur (ボケ老人, 呆けた年寄り, ヨボヨボのじいさん, 老いぼれ, 死に損ない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![寝差和んみ月])(?:ボケ|呆け|痴呆|もうろく|耄碌)(?:た|てる|とる|ちゃった|ちょる|かけの|かけた)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|ジジイ|ババア|ジジィ|ババァ|爺さん|婆さん|爺|婆|おじいちゃん|おばあちゃん|親父|おやじ|おふくろ|老婆|老夫婦)|よぼよぼ(?:の)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|爺さん|婆さん)|老いぼれ|おいぼれ|死に(?:損な|ぞこな)い|棺桶に片足'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Looks used to sell someone of a role (美人すぎる市議, イケメン講師, かわいすぎる農家さん).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人|美女|美少女|イケメン|美男子|男前|美し(?:すぎる|過ぎる)|かわい(?:すぎる|過ぎる)|可愛(?:すぎる|過ぎる)|かっこよ(?:すぎる|過ぎる)|カッコよ(?:すぎる|過ぎる))(?:すぎる|過ぎる|すぎと話題の|と話題の|と評判の|と噂の|で話題の|で評判の)?(?:新人|若手|女性|男性|女子|男子)?(?:市議(?:会議員)?|県議(?:会議員)?|町議|村議|議員|市長|町長|村長|知事|講師|先生|教授|医師|ドクター|アナウンサー|弁護士|住職|駅長|館長|園長|校長|課長|係長|部長|署長|消防士|警察官|保健師|看護師|司書|学芸員|パティシエ|シェフ|料理人|農家|漁師|職人|作家|店主|社長|女将|若女将|オーナー|ママ|インストラクター|トレーナー|コーチ|ガイド|船頭|職員|スタッフ|隊員|自衛官)'),
    instead: INSTEAD.lookism,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/ルッキズム/u.test(fo.slice(s.start, s.end)),
  },
  // A body's size or weight joked as a load (体重の重い方は…舟が沈むので笑, 体格のいい方が乗ると傾くかも😂); デブ, 太めの方 and the like are the appearance group's.
  {
    rule: 'decency/lookism',
    re: phrase('(?:体重|体格(?!(?:の|が)(?:大きい|大きな|でかい|デカい|重い)(?:方|人|お客様|お客さま))|体型|体形|図体|巨体|お腹|おなか|(?<!(?:体|体格|からだ)(?:の|が))(?:重|大き)(?:い|め|めの|めな)(?:方|人|お客様|お客さま|お客さん)|太っちょ|メタボ)[^。！？!?\\n]{0,40}?(?:沈(?:む|み|ん|ま|没)|傾(?:く|き|い)|壊れ|こわれ|つぶれ|潰れ|抜け(?:る|そう|ちゃ)|もたな|持たな|定員オーバー|重量オーバー|悲鳴)[^。！？!?\\n]{0,20}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|' + LAUGH_W + '|(?<![一-龥])草(?![ぁ-ゖ一-龥])|[😂🤣😆😝😜🤪💦😅])'),
    instead: INSTEAD.stereotype,
  },
  // A place or rite of death joked about (火葬場の待合室、カフェみたいで住みたいw, 葬儀…静かで楽なお見送りでした笑): in its sentence it blocks,
  // a sentence or two later (霊安室、…きれいになりました。ここなら泊まってもいいかも（笑）) it warns.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り)'),
    instead: INSENSITIVE,
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^\\n]{0,60}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end)),
  },
  // Round 15 kinds.
  // A service said to be of no use to a disabled group, and the group told not to count on it (耳の不自由な方には防災無線は
  // 意味がないので、当てにしないで): not when the city names what it offers instead (字幕, 点字, メール配信 …).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED})(?:の方|の皆さん|の皆様)?(?:には|にとっては|にとって|は|って|に)[、,]?[^。！？!?\\n]{0,20}?(?:(?:意味|用|使い道)(?:が|は|も)?(?:ない|なか|無い|ありません|ございません)|無意味|(?:当て|あて|頼り|期待)(?:に)?(?:は)?(?:し|せ)(?:ないで|んで|んごと|ないよう|ないほうが|ない方が|なくて)|(?:役に|やくに)(?:立た|たた)(?:ない|ん|ず)|(?:て|で)も(?:仕方(?:が)?(?:ない|なか|ありません)|しかたな|しょうがな|しょんなか|無駄(?:です|だ|やけん|なので|ですので|[。！!]|$)|むだ(?:です|だ|やけん)))`),
    need: DISABLED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, Math.min(fo.length, s.end + 40)); return !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('代わりに|かわりに|代替|ご用意|用意し|用意して|お届け|貸し出|貸出|配信し|配信して|設置し|お送り|お渡し|ご案内し|対応し|対応いた|個別に|戸別|受信機|お知らせします|お知らせしま|ご連絡します|併せて|あわせて', 'u').test(t) },
  },
  // A group as the yardstick of easy (障害者の方でも作れるくらい簡単, お年寄りでも使えるほど簡単なアプリ): its ability presumed low.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISABLED})(?:の方|の皆さん|さん)?(?:でさえ|ですら|でも|にでも|にも)[^。！？!?\\n]{0,12}?(?:でき|作れ|つくれ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき|楽しめ|描け|弾け|操作でき)(?:る|ます|ちゃう|ちゃいます)(?:くらい|ぐらい|ほど|程|レベル)(?:の|に|な)?(?:簡単|かんたん|カンタン|易し|やさし|単純|シンプル)|(?:${DISABLED})(?:の方|の皆さん|さん)?(?:でさえ|ですら)[^。！？!?\\n]{0,12}?(?:でき|作れ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき)(?:る|ます|た)`),
    need: DISABLED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|女性|女の人|女の子|主婦|奥さん|お母さん|ママ|外国人|外国の方)(?:の方|の皆さん|さん)?(?:でさえ|ですら|でも|にでも|にも)[^。！？!?\\n]{0,12}?(?:でき|作れ|つくれ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき|楽しめ|操作でき)(?:る|ます|ちゃう|ちゃいます)(?:くらい|ぐらい|ほど|程|レベル)(?:の|に|な)?(?:簡単|かんたん|カンタン|易し|やさし|単純|シンプル)|(?:${AGED}|女性|女の人|主婦|奥さん|外国人)(?:の方|さん)?(?:でさえ|ですら)[^。！？!?\\n]{0,12}?(?:でき|作れ|わか|分か|使え|扱え|読め|解け|覚えられ|理解でき)(?:る|ます|た)`),
    need: [...AGED_NEED, '女', '主婦', '奥さん', 'お母さん', 'まま', '外国'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // A time or a place recommended for being free of a group (高齢者の少ない夕方がおすすめ, 外国人観光客のいない平日が狙い目).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|${DISABLED}|外国人|外国の方|外国人観光客|中国人|韓国人|観光客の外国人|実習生)(?:の|が)(?:少な(?:い|め|か)|い(?:ない|ません)|おらん|来ない|来(?:られ)?ない)(?:時間帯|時間|夕方|午後|午前|朝|夜|日|曜日|平日|週末|日程|時期|季節|回|便|窓口|会場|お店|店)[^。！？!?\\n]{0,16}?(?:おすすめ|お勧め|オススメ|狙い目|ねらい目|狙っ|狙う|ねらっ|ねらう|快適|スムーズ|すいて|空いて|ゆっくり|待たず|早く済|はやく済|お得|ベスト|一番)`),
    need: [...AGED_NEED, ...DISABLED_NEED, '外国', '中国人', '韓国人', '実習生'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Illness made light of as a gain (がんになっても…むしろ元が取れてお得かも, 入院したら三食昼寝付きでラッキー): a warning, as
  // the same words tell of a benefit (高額療養費で負担が軽くなります) without the illness as the windfall.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:がん|癌|ガン|病気|大病|重病|難病|脳卒中|脳梗塞|心筋梗塞|糖尿病|認知症|骨折|大けが|大怪我|コロナ|インフル(?:エンザ)?|うつ病|入院)(?:に|を|で|が)?(?:なっ|かかっ|罹っ|患っ|し|なる|かかる|した)?(?:ても|たら|て|た|と|ちゃ(?:って|った))[^。！？!?\\n]{0,40}?(?:(?:むしろ|逆に|かえって)[^。！？!?\\n]{0,10}?(?:お得|得(?:する|した|じゃ|です|かも|だ)|元(?:が|を)取|儲|もうけ|ラッキー|おいしい)|元(?:が|を)(?:取れ|とれ|取る|とる)|儲けもん|もうけもん|得した気分|(?:お得|ラッキー|ウハウハ|へっちゃら|役得)(?:かも|です|だ|じゃん|やん|ですね|ね|[！!？?w笑😂🤣😆✌]))|(?:がん|癌|ガン|病気|持病|大病|入院|骨折|けが|怪我|ケガ|コロナ|インフル(?:エンザ)?)(?:の)?(?:おかげ|お陰|お蔭)(?:で|さまで)[^。！？!?\\n]{0,20}?(?:ラッキー|得(?:した|する|です|だ)|お得|儲|もうけ|やせ|痩せ|ダイエット|休め|サボれ|さぼれ)'),
    need: ['がん', '癌', '病気', '大病', '重病', '難病', '脳卒中', '脳梗塞', '心筋梗塞', '糖尿病', '認知症', '骨折', '大けが', '大怪我', 'ころな', 'いんふる', 'うつ病', '入院'],
    instead: '病気やけがを得や笑いの種にせず、制度の内容と問い合わせ先を書いてください（例：「高額療養費制度により、ひと月の医療費の自己負担には上限があります。」）',
    severity: 'warn',
    keep: (fo, s) => !phrase('検診|健診|予防|接種|ドック|保険料|補助|助成|割引|ポイント', 'u').test(fo.slice(s.start, s.end)) && !CONDOLENCE.test(fo.slice(s.start, s.end)),
  },
  // An old person's face or looks made the joke (しわしわの顔がうちのおばあちゃんそっくりでブサカワ, じいちゃんみたいな顔で笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:しわしわ|しわくちゃ|しわだらけ|皺だらけ|皺くちゃ|ぶさいく|不細工|ぶちゃいく|ぶさかわ|ぶさ|老け|よぼよぼ|たるんだ|垂れた)(?:の|な|た)?(?:顔|顔つき|お顔|顔立ち|肌|ほっぺ|ほお|頬|目元|口元)[^。！？!?\\n]{0,16}?(?:${OLD_KIN})(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)|(?:${OLD_KIN})(?:の顔|の寝顔|の顔つき|の肌)?(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)[^。！？!?\\n]{0,16}?(?:ぶさかわ|ぶさいく|不細工|ぶちゃいく|しわしわ|しわくちゃ|よぼよぼ|老け顔|[😂🤣]|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|${LAUGH_W})`),
    need: OLD_KIN_NEED,
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => /顔|肌|ほっぺ|ほお|頬|目元|口元|しわ|皺/u.test(fo.slice(s.start, s.end)) && !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
]
/** The need words of every phrase, found in one pass per paragraph. */
/** Awareness that names the prejudice itself (差別, 偏見, 人権): what makes a nuisance framing a quoted example. */
const NAMES_PREJUDICE = phrase('(?<!被)差別|偏見|人権|解消|啓発|誤解|思い込み|決めつけ|なくそう|なくしましょう|許さない|許されない|考え(?:は|方は)', 'u')

/** Which groups a paragraph names at all: one pass for the words every group's pattern needs. */
const GROUP_GATE = new NeedGate(GROUPS.map((g) => requiredLiterals(g.re)))

// Phrases without a hand-written need are gated on the literals they cannot match without (literals.ts).
const GATE = new NeedGate(PHRASES.map((p) => p.need ?? (p.squeezed ? undefined : requiredLiterals(p.re))))

const SPELT = /(?<![a-z])(?:sex|oppai|hentai|ero|gaiji|kichigai|rezu)(?![a-z])/gu

/** Slurs hidden by one mask character (ガ〇ジ, チョ〇ン, キ〇ガイ). */
const MASKED = maskedWords(['エロい', 'ガイジ', 'ガイキチ', '気違い', 'キチガイ', 'ブサイク', 'ガイジン', 'チョン', 'キチガイ', 'きちがい', 'シナ人', 'ジャップ', 'ニガー', '池沼', 'かたわ', 'めくら', 'つんぼ', 'ホモ', 'レズ', 'オカマ', '老害', 'ブス', 'デブ', '土人', '部落民', 'エッチ', 'セックス', 'ちんこ', 'まんこ', 'おっぱい', 'パパ活'])
const MASKED_SEXUAL = /^(?:えつち|せつくす|ちんこ|まんこ|おつぱい|ぱぱ活|えろい)$/u
const HAS_MASK = /[〇○●◯◎×✕✖*■□◇◆△▲]/u

function maskedWordAt(sq: string, start: number, end: number): boolean {
  const isLetter = (c: string | undefined) => isHiragana(c) || isKanji(c) || isKatakana(c)
  // A two-letter word with one letter masked (ホ〇, 〇ス) only as a phrase of its own.
  if (end - start <= 2) return !isLetter(sq[start - 1]) && (!isLetter(sq[end]) || 'はがじかだや'.includes(sq[end]!))
  const first = sq[start]
  const last = sq[end - 1]
  if (isKatakana(first) && isKatakana(sq[start - 1])) return false
  if (isKatakana(last) && isKatakana(sq[end])) return false
  if ((isHiragana(first) || isKanji(first)) && (isHiragana(sq[start - 1]) || isKanji(sq[start - 1]))) return false
  return true
}

/** What `post` needs of a paragraph: an event told, a levity of its own (original offsets), delight, shelter words. */
export interface DecencyFacts {
  event: boolean
  levity: Span | null
  delight: Span | null
  shelter: boolean
}
/** Delight of an outing (合宿みたい, キャンプ気分, ワクワク, 🎉): levity when the outing is an evacuation. */
const DELIGHT = phrase('(?:合宿|キャンプ|修学旅行|お泊まり会|お泊り会|林間学校|パーティー|お祭り|旅行|遠足)(?:みたい|気分|のよう|っぽ)|ワクワク|わくわく|ウキウキ|うきうき|[🎉🎊🥳]')
/** Where people shelter from a disaster (避難所, 避難者, 避難して). */
const EVACUATED = phrase('避難(?:所|者|生活|中|して|され|された|している|しとる|先)', 'u')
/** Shelter words in an emergency-mode post (公民館は今夜ほぼ満員です). */
const SHELTER = phrase('避難|満員|満室|定員|公民館|体育館|集会所|身を寄せ|一夜|今夜', 'u')

export const decency: RuleFamily<DecencyFacts> = {
  id: 'decency',
  meta: {
    clauses: [CLAUSES['4(2)']],
    title: '公序良俗・差別',
    titleEn: 'Indecent or discriminatory wording',
    words: {
      decency: [
        'セックス', 'sex', '=エロ', 'えっち', 'エッチ', 'ヤリマン', 'やりまん', 'ヤリチン', '中出し', 'ちんこ', 'ちんぽ', 'まんこ', 'おまんこ', '巨乳', '爆乳', '貧乳',
        'パイパン', ' av女優', 'アダルトビデオ', '援交', '援助交際', 'パパ活', 'ママ活', '売春', '買春', '風俗嬢', 'ソープ嬢', 'オナニー', '手コキ', 'フェラ', '淫乱',
        'おっぱい{赤ちゃん,授乳,母乳,乳児,新生児,ミルク,育児,離乳}', 'oppai', 'ボイン', 'ナイスバディ', '絶倫', '勃起', 'ロリコン', '痴女', '=ヤリモク', '下ネタ',
        'ワンナイト', 'セフレ', 'ハメ撮り', 'エロ本', '=エロい', '=エロすぎ',
        '!エロイカ', '!ヘロ', '!フェラーリ', '!デまんこ', '!フェラガモ',
      ],
      discrimination: [
        'きちがい', 'キチガイ', '気違い', '気狂い', 'キチ外', '基地外', 'ガイジ', 'ガイジン', 'がいじん', '池沼{水質,調査,河川,湖沼,ため池,水辺,生き物,生物,水鳥,魚,環境,保全,埋め立て,清掃,水位,釣り}', '知恵遅れ', '白痴', '支那人', 'シナ人', '支那', '土人', '穢多', 'えた非人',
        '非人', '乞食', 'めくら', 'つんぼ', 'おし(聾唖)', 'かたわ', '片輪', 'びっこ', 'ちんば', 'いざり', '=ホモ', '=レズ', 'オカマ', 'おかま', 'チョン', 'ジャップ',
        'ニガー', 'ニグロ', 'クロンボ', '黒んぼ', '毛唐', '三国人', 'チャンコロ', '鮮人', '部落民', '特殊部落', '未開人', '精神異常者', '障害者のくせに', '女のくせに',
        '女なんか', '女ごとき', 'メンヘラ', '外人', '老害', '=ブス', 'ブサイク', '不細工', '=デブ', 'おデブ', '=ハゲ{山}', 'ジジイ', 'ジジィ', 'ババア', 'ババァ',
        'クソジジイ', 'クソババア',
        '!おかまい', '!ちびっこ', '!めくらな', '!めくらず', '!めくらせ', '!かたわら', '!土人形', '!ホモサピエンス', '!ホモ・サピエンス', '!非人道', '!非人間', '!シナモン',
        '!チョンマゲ', '!ちょんまげ', '!支那そば', '!支那竹', '!支那事変', '!外人墓地', '!外人部隊', '!東シナ海', '!南シナ海', '!インドシナ', '!レズリー', '!ホモジナイズ', '!ホモ牛乳',
      ],
    },
    rules: {
      'decency/sexual': {
        title: '性的な表現',
        titleEn: 'Sexual wording',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は性的な表現です。公序良俗に反する表現は公式アカウントで使えません。',
        hint: '「{excerpt}」を削除してください。{instead}。健康・啓発の話題なら、医学用語や公的機関の表現に言い換えてください。',
      },
      'decency/discriminatory': {
        title: '差別的な表現',
        titleEn: 'Discriminatory wording',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は差別的な表現です。人種・民族・国籍・障がい・性別・性的指向・年齢・容姿・出自・病気などを理由にした差別や排除は公式アカウントで使えません。',
        hint: '「{excerpt}」を削除してください。{instead}。',
      },
      'decency/lookism': {
        title: '容姿の品評・性的な目線',
        titleEn: 'Remarks on looks',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は職員や市民の容姿・身体を品評する表現です。性的な目線やルッキズムと受け取られ、公序良俗に反します。',
        hint: '「{excerpt}」を削除してください。{instead}。',
      },
      'decency/insensitive': {
        title: '事故・災害・病気・死を茶化す表現',
        titleEn: 'Levity about a death or disaster',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は、事故・火災・病気・人の死を茶化す表現です。被害に遭われた方や病気と闘う方、ご遺族を傷つけ、公序良俗に反します。',
        hint: '「{excerpt}」を削除してください。{instead}。',
      },
      'decency/victim': {
        title: '犠牲者の姿を伝える表現',
        titleEn: 'A victim shown',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は、亡くなった方や被害に遭われた方の姿を伝える表現です。ご本人やご遺族の尊厳を傷つけ、公序良俗に反します。',
        hint: '「{excerpt}」を削除してください。{instead}。',
      },
      'decency/stereotype': {
        title: '性別・年齢・体型の決めつけ',
        titleEn: 'Stereotype',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は性別・年齢・体型などで人を決めつける表現です。差別的と受け取られるおそれがあります。',
        hint: '「{excerpt}」を使わずに書いてください。{instead}。',
      },
    },
  },
  run({ doc, emit }) {
    const taken = new Taken()
    const sq = doc.squeezed.text
    const fo0 = doc.folded.text
    for (const h of doc.hits('decency')) {
      if (!taken.claim(h.start, h.end)) continue
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'decency/sexual', start, end, mention: h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end), data: { instead: INSTEAD.sexual } })
    }
    for (const h of doc.hits('discrimination')) {
      if (!taken.claim(h.start, h.end)) continue
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      emit({ rule: 'decency/discriminatory', start, end, mention: h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end), data: { instead: INSTEAD.discriminatory } })
    }
    const compact = compactLetters(fo0)
    const fo = compact ? compact.text : fo0
    const at = (i: number) => (compact ? compact.at[i]! : i)
    const out = (rule: Rule, a: number, b: number, instead: string, severity?: 'block' | 'warn') => {
      const s = at(a)
      const e = at(b - 1) + 1
      if (!taken.claim(s, e)) return false
      const { start, end } = doc.fromSqueezed(s, e)
      emit({ rule, start, end, severity, mention: isMentionAt(sq, s, e), data: { instead } })
      return true
    }
    const spans = sentences(fo)
    const sentenceAt = (i: number): Span => {
      let lo = 0
      let hi = spans.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1
        if (spans[mid]!.start <= i) lo = mid
        else hi = mid - 1
      }
      return spans[lo] ?? { start: 0, end: fo.length }
    }
    const open = GATE.open(fo)
    for (let i = 0; i < PHRASES.length; i++) {
      const p = PHRASES[i]!
      if (!open(i)) continue
      p.re.lastIndex = 0
      if (p.squeezed) {
        for (const m of matchAllOf(p.re, sq)) {
          if (!taken.claim(m.index, m.index + m[0].length)) continue
          const { start, end } = doc.fromSqueezed(m.index, m.index + m[0].length)
          emit({ rule: p.rule, start, end, severity: p.severity, mention: isMentionAt(sq, m.index, m.index + m[0].length), data: { instead: p.instead } })
        }
        continue
      }
      for (const m of matchAllOf(p.re, fo)) {
        const a = m.index
        const b = a + m[0].length
        if (p.keep && !p.keep(fo, sentenceAt(a), a, b)) continue
        out(p.rule, a, b, p.instead, p.severity)
      }
    }
    // Levity after an accident, a fire, a death or a disaster's damage in this paragraph; what is left is judged with the other paragraphs.
    const facts: DecencyFacts = { event: false, levity: null, delight: null, shelter: SHELTER.test(fo) }
    const source = (a: number, b: number): Span => doc.fromSqueezed(at(a), at(b - 1) + 1)
    for (const ev of actualEvents(fo)) {
      facts.event ||= !STATS.test(fo.slice(sentenceAt(ev.start).start, sentenceAt(ev.start).end))
      const l = levityAfter(fo, ev)
      if (l) out('decency/insensitive', l.start, l.end, INSENSITIVE)
    }
    if (!facts.event) {
      const l = levityAlone(fo)
      if (l) facts.levity = source(l.start, l.end)
    }
    // Delight at an evacuation (避難所はまるで合宿みたいでワクワク🎉): here when the paragraph says 避難, in `post` when the post is in emergency mode.
    DELIGHT.lastIndex = 0
    const d = DELIGHT.exec(fo)
    if (d && !SUPPOSED_BEFORE.test(fo) && !REBUILT.test(fo) && !RELIEF.test(fo) && !phrase('体験|キャンプ場|イベント|教室|講座|ワークショップ', 'u').test(fo)) {
      const sen = sentenceAt(d.index)
      const from = Math.max(0, sen.start)
      if (EVACUATED.test(fo.slice(Math.max(0, from - 60), d.index + d[0].length + 20))) out('decency/insensitive', from, d.index + d[0].length, INSENSITIVE, 'warn')
      else facts.delight = source(from, d.index + d[0].length)
    }
    // Sexual words spelt out with spaces (s e x, Ｏ Ｐ Ｐ Ａ Ｉ): the list reads them when written together.
    if (compact) {
      SPELT.lastIndex = 0
      for (const m of matchAllOf(SPELT, fo)) out('decency/sexual', m.index, m.index + m[0].length, INSTEAD.sexual)
    }
    // A group with a negative or exclusionary predicate in the same sentence (only groups named in the paragraph at all).
    const named = GROUP_GATE.open(fo)
    for (const s of spans) {
      const text = fo.slice(s.start, s.end)
      if (text.length < 4) continue
      let aware: boolean | undefined
      for (let gi = 0; gi < GROUPS.length; gi++) {
        if (!named(gi)) continue
        const g = GROUPS[gi]!
        g.re.lastIndex = 0
        for (const m of matchAllOf(g.re, text)) {
          const from = m.index + m[0].length
          const tail = text.slice(from, from + 48)
          // The predicate may come first: 一番マナーが悪いのは中国人です.
          const head = text.slice(Math.max(0, m.index - 24), m.index)
          if (BLAME_BEFORE.test(head) && BLAMED.test(tail)) {
            if ((aware ??= AWARENESS.test(text))) break
            out('decency/discriminatory', s.start + Math.max(0, m.index - 24) + head.search(BLAME_BEFORE), s.start + from, INSTEAD.discriminatory)
            break
          }
          // The group is what the sentence speaks of (中国人は, 障害のある方が, 女性職員には), not the one it protects (…な方の迷惑).
          if (!SUBJECT.test(tail) && !(g.kind === 'buraku' && /^(?:だ|で|の|と|に(?:当た|あた|該当|属)|ゆえ|ため)/u.test(tail)) && !(g.kind === 'nationality' && NATION_ALSO.test(tail))) continue
          g.after.lastIndex = 0
          let p = g.after.exec(tail)
          if (!p && g.needsJoke) {
            g.needsJoke.lastIndex = 0
            // The laugh may close the post rather than the sentence (…区別はつきますか？…（笑）).
            p = JOKE.test(fo) ? g.needsJoke.exec(tail) : null
          }
          let soft = false
          if (!p && g.soft) {
            g.soft.lastIndex = 0
            p = g.soft.exec(tail)
            soft = p !== null
          }
          if (!p) continue
          // ご遠慮なく, 迷惑をかけない: not exclusion.
          if (/^(?:ご遠慮|遠慮して)/u.test(p[0]) && /^(?:なく|ないで)/u.test(tail.slice(p.index + p[0].length))) continue
          // The group called a bother to others (ご迷惑になります, 他のお客様の目) or its rights called
          // premature or needless (制度なんて…まだ早い): words of support (介助, 配慮, 制度) in the same
          // sentence do not make it awareness; only words that name the prejudice do.
          if (/迷惑|の目|視線|早|必要|いらない|不要|どうせ|他の|ほかの|周りの|周囲の/u.test(p[0]) ? NAMES_PREJUDICE.test(text) : (aware ??= AWARENESS.test(text))) break
          if (/ご遠慮|遠慮して|禁止|不可|できません|お断り/u.test(p[0]) && SAFETY.test(text)) continue
          // The reason may be in another sentence: 女性限定のヨガ教室です。男性の方はご参加いただけません。
          if (g.kind === 'sex' && SEX_REFUSE_RE.test(p[0]) && SEX_OK.test(fo)) continue
          const a = s.start + m.index
          const b = s.start + from + p.index + p[0].length
          // A complaint the city relays in order to answer it (…のマナーが悪いという声がありますが、案内板を設置しました):
          // the stereotype is repeated, not asserted: a second look, and a later use in the sentence is still its own.
          if (REPORTED.test(text.slice(b - s.start, b - s.start + 16))) {
            out('decency/discriminatory', a, b, INSTEAD.discriminatory, 'warn')
            continue
          }
          if (soft) {
            if (!out('decency/stereotype', a, b, INSTEAD.stereotype, 'warn')) continue
            break
          }
          // A span another finding holds (女性の細やかさが求められる…): a later mention of a group may still be its own.
          if (!out('decency/discriminatory', a, b, INSTEAD.discriminatory)) continue
          break
        }
        if (aware) break
      }
    }
    if (HAS_MASK.test(fo0)) {
      MASKED.lastIndex = 0
      for (const m of matchAllOf(MASKED, fo0)) {
        const s = m.index
        const e = s + m[0].length
        if (startsWithMask(m[0]) || !maskedWordAt(sq, s, e)) continue
        const sexual = MASKED_SEXUAL.test(m[0].replace(/[〇○●◯◎×✕✖*■□◇◆△▲]/u, '')) || /^(?:え.ち|せ.くす|.んこ|お.ぱい|ぱぱ.|え.い|.ろい)/u.test(m[0])
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: sexual ? 'decency/sexual' : 'decency/discriminatory', start, end, mention: isMentionAt(sq, s, e), data: { instead: sexual ? INSTEAD.sexual : INSTEAD.discriminatory } })
      }
    }
    return facts
  },
  // An accident or a death told in one paragraph and a celebration in a later one (…児童1名が死亡した。⏎⏎…盛大に実施する🎉🎊);
  // delight in a post written in emergency mode that speaks of shelters (公民館は今夜ほぼ満員です！まるで合宿みたいでワクワク🎉).
  post({ facts, spans, ctx, emit }) {
    let event = false
    let shelter = false
    for (const f of facts) shelter ||= f.shelter
    for (let p = 0; p < facts.length; p++) {
      const f = facts[p]!
      const at = (x: Span) => ({ start: x.start + spans[p]!.start, end: x.end + spans[p]!.start })
      if (event && f.levity) emit({ rule: 'decency/insensitive', ...at(f.levity), data: { instead: INSENSITIVE } })
      if (ctx.emergency && shelter && f.delight) emit({ rule: 'decency/insensitive', ...at(f.delight), severity: 'warn', data: { instead: INSENSITIVE } })
      event ||= f.event
    }
  },
}
