/**
 * decency — the sentence kinds (SENTENCE_KINDS, genericKinds): implicit prejudice, lookism, levity and innuendo read sentence by
 * sentence or over a paragraph, each entry with its rule, severity and vetoes (what stays clean); the generic readings of looks,
 * death, place and tasks.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { NeedGate } from '../../gate'
import { requiredLiterals } from '../../literals'
import { foldString, type Span } from '../../text'
import { phrase } from '../../words'
import { OLD_KIN, R24_GRP, IDLE42, languageWork, SERVED_W23, OLD_DRIVER_W25, OLD_ALL, OLD_SLOW, AGE_TOPIC, SEX_HIRE_VETO_D59 } from './age'
import { REFUSED_ANSWER, PLACE_PTR, LOW_STATUS } from './buraku-and-districts'
import { EXCRETA_JOKE, EXCRETA_VETO } from './conduct-and-crude'
import { PAIRED_TAIL, LABEL_DENIED, NATION, LAUGH_W, BODY_VETO, STAFF, DISABLED, AGED, LAUGH_MARK, TEASED, VISITORS, BAD_RE, SIMILE_OK, FOREIGN_W19, type Rule, type SentenceKind } from './context'
import { CULL47, REMAINS, SEASONAL_HARM_VETO } from './death-and-illness-jokes'
import { ANIMAL63, G35, SIMILE_GROUP, RECIPIENT_VETO, DISABLED_W25, HELPED_GROUP, CHILDLIKE_D58, CARE_TOPIC, NO_DRIVE_VETO, DIS_DANGER_VETO, HELD_BACK_VETO, CONFINE, CONFINE_TOPIC, CONFINE_NEED, STI_BLAMED } from './disability-and-illness'
import { WOMEN26, CULL_JOKE, CUTE, LAUGHED_W19, PLIGHT, FLOODED, FLOOD_FOLK, BOAT_LIFE, LAUGHED_AT_W22, FLOOD_STATE, FLOODED_CITY, FLOOD_BOON, TOWN_WATER, COOKED_PERSON, DWELLING_PADDY, FLOOD_PERK, DISASTER_D12, HARMED, STOCK_JOKE, PARTY_LAUGH, SHELTER_FUN, SEASONAL_HARM } from './disaster-levity'
import { TURNED36, FOREIGN_SEEN, FOREIGN_RUN, PEOPLE_NAMED, FOREIGN_ROOTS, JAPANESE_PREFERRED, FOREIGN_TOPIC, PEOPLE_TOPIC_W27, ORIGIN_FAULT_VETO, JAPANESE_SPARED, JP_ONLY_VETO, ORIGIN_WORRY_VETO, CROWD_CAUSE, CROWD_CAUSE_TOPIC, GROWN_NEED, REGION_D, FOREIGN_TOPIC_D, FAITHS_DISMISSED } from './foreigners-and-peoples'
import { WOMAN28, R33_FOLK, R33_BLAMED, R33_HIRED, WOMAN35, MAN35, WOMAN36, EXPECTED_WHO, YOUNG_WOMAN, SEX_ROLE, SEX_BARE, LOCAL_SEX, SPOUSE, SPOUSE_SOUGHT, WED_CUSTOM, ORIGIN_CONCERN, ROLE_SEX, IDLE_WIVES, THAT_WAY, CROSSDRESS, HOME_TOPIC, MINORITY_TOPIC, ORIENT_TOPIC, NORMAL_COUPLE, COLLEAGUES, SPINSTER_TALK, CONTAGION, PAIR_TOPIC, THAT_KIND_VETO, NORMAL_FAMILY, SEX_LOOK_HIRE, FATHER_AWAY, FATHER_AWAY_VETO, CHILDCARE_TOPIC, MOTHER_VETO, MOTHER_PVETO, SAME_AS_NORMAL, SAME_AS_TOPIC, ONLY_NORMAL_TOPIC, MINORITY_TOPIC_D, STI_VETO, STI_UPGRADE, SEX_LIKE, GIRLS_CHEER, TRANS_TOPIC, TRANS_DENIED, STEERED_TOPIC, URGED_TO_BEAR, SILENCED } from './gender-roles-and-sexuality'
import { SHARE_GROUP, QUOTED_HARM, exposureCondemned, BROAD_GROUP, EXCLUSION_VETO, MINORS, ASKED_THEN_DENIED, ALL, WRONG41, NUISANCE26, servedNotBlamed, MINORITY, MINORITY_PERSON, R33_IDLE, HARM34, G34, OTHERS35, APART35, BAIT, EASE, GUARDED35, HINTED36, LIVING, REFRAIN, OTHERS36, BOTHER36, R38_TROUBLE, R38_PLACE, DEAL, ADVISED_AGAINST43, EXCUSED, MANY47, GUARDED47, WANT, STEERED, HIRING, SEX_HIRE_VETO47, LOOKED_INTO, WRONG_W18, CHARACTER, UNDERSTOOD_NOT, WARY, BOTHER_W23, SIGHED_W23, faultStated, CHARACTER_HEDGED, SHOP_DOUBT, STEER_D20, STEER_VETO_D20, WED_CUSTOM_VETO, STATUS_SHARE, STATUS_VETO, ASSIMILATE, ASSIMILATE_VETO, LOCATED_VETO, RECIPIENT, IDLE_ACT, MANY_GRIEF, STATUS_FIRST, OLD_BLAMED, FOREIGN_BLAMED, ANNOYED, FOREIGN_BLAMED_VETO, ROLE_TASK, FRIGHT, LAUGHED_AT_W25, SENT_AWAY, HINDER, NO_CULTURE, FAULTY_NATION, UNTRUSTED, CAME_D11, HOUSE_WRONG, GREW_D11, ORIGIN_FAULT, visitorFaultStated, ORIGIN_AVOIDED, BUSY_AWAY, OLD_AWAY_THEN_SLOW, THEFT_NEXT, HABIT_LACK, HABIT_PRESUMED, JP_ONLY, JP_SERVICE, HABIT_APART, ASK_LOCALS, ASK_LOCALS_VETO, HIDDEN_FROM, OTHERS_UNEASE, UNEASE_HIDDEN, MINE_HIDDEN_VETO, NORMAL_QUOTED, FAMILY_FIRST, FAMILY_HARD, FAMILY_VETO, SPINSTER_D58, SPINSTER_VETO, HINTED_AREA, PROPERTY_TOPIC, HINTED_AREA_VETO, NATION_OUT, NATION_OUT_VETO, ORIGIN_WORRY, MANNERS_RELIEF, VISITOR_TOPIC, CARED_UNABLE, CARED_UNABLE_VETO, CHILDLIKE_VETO, NO_DRIVE, ILL_QUIET, ILL_ESCORT, NUISANCE_TOPIC, ILL_QUIET_VETO, CONTAGION_VETO, THAT_KIND, WRONG_WHERE, WRONG_TOPIC, WRONG_WHERE_VETO, WATCH_NEIGHBOUR, WATCH_VETO, SAME_SEX_OUT, SAME_SEX_OUT_VETO, NORMAL_FAMILY_VETO, APART_ORDINARY, APART_ORDINARY_VETO, FOREIGN_SHORT, MANNERS, FOREIGN_SHORT_VETO, DIS_DANGER, BOTHER_GROUP, SEX_HIRE, HIRE_TOPIC, CHEAP_PAY, DOCILE, WORKER_TOPIC, LABOUR_VETO, SOLD_WORK, SOLD, CAPPED, LIVELY, LIVELY_WELCOMED, ORIGIN_QUIET, ORIGIN_QUIET_VETO, KEPT_TO_D, KEPT_TO_VETO, NOT_BEFORE_KIDS, NOT_BEFORE_KIDS_VETO, SAME_AS_VETO, ONLY_NORMAL, ONLY_NORMAL_VETO, HIDDEN_FOR_OTHERS, HIDDEN_FOR_OTHERS_VETO, BUSY_DAYS_AWAY, BUSY_DAYS_AWAY_VETO, CROWD_CAUSE_VETO, HELD_BACK, ACCESS_MOVED, ACCESS_MOVED_VETO, SPENT_ON, RECIPIENT_IDLE, RECIPIENT_IDLE_TOPIC, RECIPIENT_IDLE_VETO, ILL_BOTHER, ILL_BOTHER_VETO, CONFINE_VETO, POOR_KIDS_RAISED, POOR_KIDS_FED, POOR_KIDS_VETO, GROWN_NUISANCE, GROWN_VETO, STI_TOPIC, STI_SINGLED, STI_NEED, THESE_D, HABIT_VETO, habitKept, ABSENT, ABSENT_VETO, SAME_SEX_VOUCHED, DISTRICT_PRESUMED, DISTRICT_VETO, ORIGIN_SIDED, MOTHERS_USELESS, MOTHERS_VETO, LIVED_NOISE, LIVED_NOISE_VETO, TRANS_DENIED_VETO, CARE_WASTED, CARE_WASTED_VETO, STEERED_D, STEERED_VETO, SILENCED_VETO, JIJIBABA, JIJIBABA_VETO, FAITHS_VETO, AGE_AND_ORIGIN_INNUENDO_KINDS, FAITH_AND_TONGUE_KINDS, SLUR_MADE_LIGHT_KINDS } from './group-prejudice'
import { LOOKS_LIFT, LOOKS_LIFT_VETO, STYLE_OF_THING, LAUGH28, R33_LOOK, R38_FAT, LOOKER, bodyOfPerson, BODY_FOR, LOOKS_JOKE, LOOKS_NOT_PERSON, LOOKS_JOKE_VETO, BELLY_UNCLOSED, WOMEN_SEEN_D11, MEN_SEEING, GAZE_HELD, WOMEN_PLACED, MEN_EASED, BLOOM, LOOKS_LOSS, LOOKS_WASTED, FAT_LOSS, LOOKS_TOPIC, BODY_WELCOMED, BODY_SOON_FIXED, BODY_FIX, HEALTH_PROGRAMME, BODY_FIX_VETO, JUDGED_TREAT, JUDGED_TOPIC, NOT_PEOPLE, LOOKS_DRAW, STAFF_DRAW, LOOKS_DRAW_VETO, LOOKS_PRED, STAFF_TOPIC, LOOKS_PRED_VETO, DRAWN_MEN, FEMALE_STAFF, DRAWN_MEN_VETO, BODY_NICK_CALL, LOOKS_FRAME, BODY_NICK_VETO, TAUNT_BEFORE, TAUNT_BEFORE_VETO, STAFF_DRAW_ON, LOOKS_HIRED, HIRING_TOPIC, STAFF_DRAW_D, STAFF_DRAW_VETO, BODY_EATS, BODY_EATS_VETO, GIRTH_LAUGHED, GIRTH_VETO, AGE_LOOKS, AGE_LOOKS_VETO, HEAVY_CROWD, HEAVY_VETO, BODY_SHUT_OUT, BODY_SHUT_OUT_VETO } from './lookism'
import { ACTED, ACTED_VETO } from './mentions'
import { WOMEN_SPACE, PEEP41, PART42, OWNER42, GAZE42, SKIN, PRESSED, PRESSED_CUE, HIDDEN, WHATEVER48, UNSEEN, COUPLE48, DOING, UNTOLD, SAVOURED, STAMINA151, GIRLS_PERK, SEE_THROUGH, WOMEN_SEEN_D21, DRAW_D56, WELCOMED_F, OLD_MEN_TOPIC, EYES_NOWHERE, BODY_SHOWN, EYES_VETO, EYES_PVETO, COLLEAGUE_SEXUAL, STAFF_PARTY, COLLEAGUE_SEXUAL_VETO, MEANINGS_WINK, STILL_WOMAN, STILL_WOMAN_VETO, ADULT_INNUENDO, ADULT_TOPIC, ADULT_VETO, LEERED_DRESS, LEERED_VETO, CATCALL_LAUGHED, CATCALL_VETO } from './sexual-remarks'
import { WATERS } from './slurs'
import { PEOPLE_TRAIT, DECLINE, R33_HABIT, SLOW, BODY36, ABILITY, BODY36_VETO, PLACED, EXPECTED, TRAIT_MIND, TRAIT_STRONG, LIKE47, CROSSED, ROLE_D9, OLD_CROWD_W25, DULL_W25, DISABLED_SURPRISE, DISABLED_DESPITE, DISABLED_MARVEL, DISABLED_FRAME_VETO, OLD_MACHINE, MACHINE_HELP_VETO, GEN_WEAK, GEN_WEAK_VETO, OLD_NOT_GET, OLD_NOT_GET_VETO, REGION_TYPED, REGION_TYPED_VETO, OLD_DRIVER_D59, AGE_QUIT, OLD_DRIVER_VETO, YOUTH_FAULT, YOUTH_FAULT_VETO, DIALECT_VULGAR, DIALECT_TOPIC, DIALECT_VETO, NEWCOMER_MOST, NEWCOMER_VETO, SINGLE_DESPITE, MOTHER_ASKED, CHILDCARE_TOPIC_D, DESPITE_LOOKS_D_RE, DESPITE_LOOKS_VETO, AGE_DESPITE, AGE_DESPITE_VETO, PRESUMED, PRESUMED_VETO, SEX_LIKE_VETO, URGED_VETO, OLD_FORGET_DE, OLD_FORGET_VETO } from './stereotypes'

/** A person's looks as the news (癒し系美女とイケメン, ナースさん、みんな美人): words that rate looks, said of people. */
const LOOKS_RATED = phrase('美女|美人(?!画|の湯|湯|林|祭|局)|イケメン|ikemen|美男|脚線美|目の保養|癒し系|顔面偏差値|ルックス(?:が|も)?(?:抜群|最高|いい|良い)', 'u')
const PEOPLE_SAID = phrase('職員|担当|窓口|議員|ナース|看護師|保育士|先生|お姉さん|お姉さま|お兄さん|スタッフ|係|受付|選手|参加者|皆さん|みなさん|さん|くん|君|ちゃん|女性|男性|女子|男子|市長|課長|新人', 'u')
/** Looks rated with a flirt (…みんな美人で優しい…我慢できちゃう？♡): the staff offered, not only rated. */
const FLIRTED = phrase('[♡💕😍😘🥰💋]|ドキドキ|どきどき|我慢できちゃう|お近づき|口説|お持ち帰り|独身', 'u')
/** … and not a contest's entries enjoyed (参加者の皆さん、力作ぞろいで目の保養; 皆さんのさげもんは、どれも目の保養): things, not people (dec56 review). */
const LOOKS_VETO = phrase('力作|育て(?:た|られ)|手作り|制作|製作|手がけ|(?:皆さん|皆様|方々|参加者)の(?!(?:笑顔|お顔|顔|姿|表情|スタイル|美しさ|ドレス姿|浴衣姿|着物姿))[^。！？!?\\n、]{1,8}?(?:は|も)[、,]?(?:どれも|いずれも|みな|皆)|(?<!被)差別|偏見|ルッキズム|容姿で(?:判断|評価)しない|コンテスト(?:は|を)(?:廃止|中止|行いません)', 'u')
/** A death made a trip or a debut (あの世行き特急, 天国行き, あの世デビュー). */
const DEATH_TRIP = phrase('(?:あの世|天国|三途の川|冥土|黄泉)(?:へ|に|の)?(?:行き|いき|直行|デビュー|送り|特急|旅行|ツアー|一直線|一名様)|お陀仏', 'u')
/** A group said to be many where a nuisance is (外国人の多いアパートの周辺がひどい, 母子世帯の多い棟で目立って). */
const MANY_WHERE = phrase('^(?:の方|の人|住民|世帯|の方々|労働者|観光客|実習生|研修生)?(?:が|の)多(?:い|く住む|く暮らす)[^。！？!?\\n]{0,14}?(?:目立|ひど|重点|強化|パトロール|見張|監視|防犯|警戒|見回り|巡回|警備|荒れ|汚れ|トラブル|いなくな|盗ま|消え)', 'u')
const MANY_WHERE_VETO = phrase('通訳|多言語|やさしい日本語|支援|相談|案内|交流|ようこそ|歓迎', 'u')
/** Surprise that one of a group does well (若い女性議員ながらも鋭い, …出身ですが、意外と礼儀正しく). */
const SURPRISED = phrase('(?:出身|籍|系|女性|男性|女子|男子|女の子|若い|高齢|年配|障害|障がい|外国人|外国の方)[^。！？!?\\n]{0,8}?(?:ながら(?:も)|にしては|の割に|(?:ですが|だけど|やけど|なのに)[、,]?(?:意外と|意外にも|思ったより|案外))[、,]?[^。！？!?\\n]{0,10}?(?:鋭|しっかり|礼儀正し|上手|真面目|まじめ|優秀|賢|丁寧|器用|立派|力持ち|打ち解け)', 'u')
/** Tasks split by sex in one sentence: chores for women, heavy or leading work for men (炊き出しは女性の皆さん、力仕事は男性の皆さん). */
const WOMEN_CHORE = phrase('(?:女性|女子|女の子|女の人|お母さん|ママ|奥さん|奥さま|奥様|婦人)[^。！？!?\\n]{0,12}?(?:お茶|炊き出し|料理|手芸|裁縫|掃除|配膳|洗い物|洗濯|お酌|接待|子守|華|お姫様|マネージャー|裏方|(?:やさしい|優しい|簡単な|軽い|楽な)(?:仕事|作業))|(?:お茶|炊き出し|料理|手芸|裁縫|掃除|配膳|洗い物|お酌|接待|子守|お姫様)[^。！？!?\\n]{0,12}?(?:女性|女子|女の子|女の人|お母さん|ママ|奥さん|奥さま|奥様|婦人)', 'u')
const MEN_WORK = phrase('(?:男性|男子|男の子|男の人|お父さん|パパ|男衆|男)[^。！？!?\\n]{0,12}?(?:力仕事|草刈り|運転|設営|工作|ロボット|警備|決定|騎馬戦|ヒーロー|重い物|重いもの)|(?:力仕事|草刈り|運転|設営|工作|ロボット|警備|決定|騎馬戦|ヒーロー|重い物|重いもの)[^。！？!?\\n]{0,12}?(?:男性|男子|男の子|男の人|お父さん|パパ|男衆|男)', 'u')

/** Both sexes given the same tasks (男性も女性も, 交代で, 一緒に): no split. */
const SHARED_TASKS = phrase('(?:女性|女子|女の子|女の人|男性|男子|男の子|男の人)(?:も|や)|交代|一緒に|男女(?:問わず|とも|共に)|どちらも|どなたでも', 'u')
const SENTENCE_KINDS: SentenceKind[] = [
  // A group's low marks laid on its homes (…ひとり親家庭のお子さんは平均点が低い傾向…ご家庭での学習習慣が).
  {
    re: phrase('(?:ひとり親|母子|父子|片親|生活保護|就学援助|外国(?:人|籍)|低所得)[^。！？!?\\n]{0,24}?(?:低い|多い|高い)傾向[^\\n]{0,40}?(?:ご家庭|家庭)(?:の|で|での)(?:問題|責任|努力|しつけ|学習習慣|取り組み)', 'u'),
    rule: 'decency/stereotype', severity: 'warn', para: true, veto: phrase('支援|無料|応援|相談|サポート|ではありません|限りません', 'u'),
  },
  // A disability or illness then called unpredictable (知的障害のある方が…何をするか分からないので、見かけても近づかず).
  {
    re: phrase('(?:知的障(?:害|がい)|精神障(?:害|がい)|発達障(?:害|がい)|精神疾患|認知症|障(?:害|がい)のある)[^\\n]{0,60}?何を(?:する|しでかす)か(?:分から|わから)(?!(?:ない|ん)[、,]?(?:という|といった|って|と(?:思|言|いう|決めつけ)))', 'u'),
    rule: 'decency/discriminatory', severity: 'block', para: true, veto: phrase('ではありません|思われがち|偏見|誤解|決めつけ', 'u'),
  },
  // A group relayed as dangerous, the readers then set on it (外国人の自転車の乗り方が危ないとの通報…見かけたら注意して).
  {
    re: phrase('(?:外国人|外国籍|実習生|留学生|ホームレス|障(?:害|がい)のある方|高齢者)[^。！？!?\\n]{0,20}?(?:危ない|危険|迷惑|マナーが悪い|怖い)(?:との|という)(?:通報|苦情|声|ご意見)[^\\n]{0,40}?(?:見かけたら|見つけたら)', 'u'),
    rule: 'decency/discriminatory', severity: 'block', para: true, veto: phrase('詐欺|被害|ではありません|根拠', 'u'),
  },
  {
    re: phrase(`${NUISANCE26}[^。！？!?\\n]{0,24}?(?:生活保護|年金暮らし|独居|高齢(?!化)|お年寄り|外国人|外国籍|実習生|母子|父子|ひとり親|片親|障(?:害|がい)(?!物)|精神|心の病|病気を抱え|認知症|同和|部落)[^。！？!?\\n]{0,16}?(?:に多い|に多く|が多い|が目立|に集中|のお宅です|の(?:お宅|世帯|家庭|住宅)(?:です|でした)|が原因|のせい)`, 'u'),
    rule: 'decency/discriminatory', severity: 'warn', veto: phrase('被害|狙|詐欺|支援(?!を)|統計上|減少', 'u'),
    upgrade: phrase('の(?:多く|大半|ほとんど|半数)は|だいたい|大体|たいてい|大抵|決まって', 'u'),
    keep: servedNotBlamed,
  },
  { re: phrase('(?:歯並び|スタイル|見た目|体型|顔|肌|鼻|髪|顔立ち)(?:の|が)(?:悪い|残念な|ひどい|いまいちな|イマイチな|汚い)(?:人|方|子)[^。！？!?\\n]{0,16}?(?:損|印象|モテ|残念|恥ずかし)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  { re: phrase('(?:ぽっちゃり|太め|肥満|メタボ|おなかまわり|お腹まわり|お腹周り)[^。！？!?\\n]{0,16}?(?:[🐷🐖🐽]|ブタ(?:さん|みたい|にな)|子豚|豚さん|豚みたい)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  { re: phrase('(?:マスク美人|(?:外す|外した|取った|とった)(?:ら|と)(?:ガッカリ|がっかり|残念な))', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ルッキズム|容姿で(?:判断|評価)しない|いいえ|ではありません', 'u') },
  { re: phrase(`(?:水着|浴衣|制服|ミニスカ|スカート|ビキニ)(?:姿)?の${WOMEN26}[^。！？!?\\n]{0,8}?(?:見放題|拝め|眼福|目の保養|ガン見|見とれ|見惚れ)|${WOMEN26}の(?:脚線美|美脚|水着姿|ボディ|胸元)[^。！？!?\\n]{0,8}?(?:見とれ|見惚れ|釘付け|眼福|目の保養)`, 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase(`${WOMEN26}(?:に|から)[^。！？!?\\n]{0,4}?(?:モテモテ|モテまくり)|(?<![一-龥])男(?:たち|ども|衆|性陣)が(?:お待ち|待って)`, 'u'), rule: 'decency/sexual', severity: 'warn', topic: phrase('女の子|女性|女子', 'u') },
  { re: phrase('(?:大流行|流行中|学級閉鎖|集団感染|寝込ん|入院し|救急車で運ばれ|(?:コロナ|インフル(?:エンザ)?|ノロ|感染症)に(?:かかっ|感染し|なっ)|(?:地震|台風|大雨|豪雨|火事|火災|水害|洪水)(?:で|の(?!よう|ごと))[^。！？!?\\n]{0,10}?(?:倒れ|壊れ|崩れ|割れ|飛ば|流さ|浸か|燃え|焼け)|飛ばされ|(?:異物|金属片|金属|ガラス片|ガラス|プラスチック片|樹脂片|ビニール片|虫|髪の毛|ねじ|ネジ|ボルト)(?:が|の)?混入|死にかけ|飛び降り|亡くな|死亡|浸水し|水に浸か|水没し|全焼|骨折し|搬送され|食中毒)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑(?![顔いうわえみっ話声つ])|[😂🤣😆😅🤭])', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('ないよう|防止|予防|訓練|お悔やみ|ご冥福|ゼロ|0件|０件|無事|復旧|治|回復|見つか|防|目指|減', 'u'), para: true },
  { re: phrase('(?:飛び降り|自殺|身投げ)(?:の)?(?:名所|スポット)|死にかけ(?:てる|ている|の)(?:人|方|患者)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('相談|いのちの電話|防止|予防|悩み|こころ|心の', 'u') },
  { re: phrase('(?:介護|保育|清掃|ごみ収集|ゴミ収集|収集|農作業|看護|警備|レジ|工場|現場)(?:の)?(?:お)?仕事(?:は|って)[^。！？!?\\n]{0,20}?(?:誰にでも|だれにでも|誰でも)(?:でき|出来)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|わけでは|ものでは|じゃない|と思われがち|と思われて', 'u') },
  { re: phrase('(?:簡単な|単純な)(?:作業|仕事)しか(?:できない|できん|出来ない)(?:方|人|子)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:そういう|そっちの|そっち系の|その手の|あっちの)(?:趣味|系|嗜好)(?:の)?(?:方|人)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|ゲイ|レズ|トランス', 'u') },
  { re: phrase('(?:旧)?(?:同和|どうわ|ドウワ)(?:」|』)?(?:地区|地域)(?:」|』)?(?:(?:に(?:当たる|あたる|該当する))?かどうか|に(?:ある|あたる|該当する)物件|の(?:交差点|物件|土地|付近|周辺|近く)|[^。！？!?\\n]{0,12}?[★☆※]印)|(?:そういう|ああいう|例の)(?:地区|地域|土地)(?:」|』)?かどうか', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase(REFUSED_ANSWER, 'u'), keep: (sen, _a, b) => !exposureCondemned(sen.slice(b)), unveto: phrase('聞けば(?:すぐ)?(?:わか|分か)|(?:地元|近所|古く)[^。！？!?\\n]{0,10}?(?:に聞|に尋ね|にお尋ね)|お気持ちは(?:わか|分か)|気になる方は|ご自身で|古い地図|図書館で|調べ(?:る|られ)方法', 'u') },
  // Team DCG-069 / R23A-133 kind (decmaskq5): people or land dealt with apart by whether they are of a 同和 district: its residents' consultations
  // put off to another day (同和地区にお住まいの方からのご相談は…別日に), or listings marked by it (該当しない物件には【地区外】と記載): the city
  // itself sorting by the district, block, even beside the name of a human-rights office (人権・同和対策室: `named`). Not a rule denied
  // (別日にすることはありません) nor the sorting condemned (差別にあたります).
  { re: phrase('(?:(?:旧)?(?:同和|どうわ|部落)(?:地区|地域)|(?:被差別)?部落)(?:に(?:お住まい|住んで(?:いる|おられる)|住む|在住)|(?:の)?(?:出身|在住))(?:の)?(?:方|人|皆さん|皆様|住民|世帯)(?:から|の|は|に|について)?[^。！？!?\\n]{0,40}?(?:別日|別の日|後日|別室|別枠|お断り|ご遠慮|お控え|お受けでき(?:ない|ません)|受け付け(?:ない|ません|ておりません)|対象外)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('差別|偏見|ありません|しません|いたしません|ことは', 'u'), named: true },
  { re: phrase('(?:該当(?:しない|する)|当たらない|当たる|あたらない|あたる|含まれ(?:ない|る))(?:物件|土地|住宅|区画|家屋|空き家)(?:に|には|は)[^。！？!?\\n]{0,8}?[【「『(（]?(?:地区外|地区内|対象外|該当なし)[】」』)）]?(?:と|の)?(?:記載|表示|明記|表記|印|マーク)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同和|どうわ|部落', 'u'), veto: phrase('差別|偏見|お答えでき|お伝えでき|応じられ|応じ(?:ません|ない)', 'u') },
  // Team DCH-103 kind (decmaskq5): an exchange with an ethnic school's children called off because of worries voiced about them
  // (ﾁｮｳｾﾝ学校の児童との交流会は、保護者から不安の声があったため中止): exclusion by origin, block. Not called off for the weather or an illness.
  { re: phrase('(?:朝鮮|ちょうせん|韓国|中華|民族|ブラジル人|外国人)学校(?:の)?[^。！？!?\\n]{0,16}?(?:交流|訪問|合同|招待|受け入れ|参加)[^。！？!?\\n]{0,30}?(?:不安|心配|反対|苦情|懸念)(?:の声)?[^。！？!?\\n]{0,20}?(?:中止|見送|取りやめ|取り止め|お断り|控え)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('台風|天候|天気|大雨|雨天|荒天|感染|コロナ|インフル|熱中症|地震|警報|工事|安全面', 'u') },
  { re: phrase('(?:ああいう|あんな|ああした)土地柄|(?:いろいろ|色々|何か|なにか|訳|わけ|いわく)(?:が|の)?ある(?:土地|地区|地域|場所|土地柄)[^。！？!?\\n]{0,20}?(?:避け|やめ|買わな|住まな|無難)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:同和|どうわ|ど[〜~ー]わ|部落|ぶらく)利権', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // reassurance by origin, a neighbour's people run down, skin colour made a hazard
  { re: phrase('(?:欧米|白人|ヨーロッパ|アメリカ)(?:から|出身|人|系)?の?[^。！？!?\\n]{0,8}?(?:なので|だから|ですので)[、,]?(?:安心して|安心です|安心)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:みたいに|のように|と違って|とちがって|と比べ(?:て|ても))[、,]?[^。！？!?\\n]{0,14}?(?:柄の悪い|ガラの悪い|治安の悪い|民度の低い|ケチな|冷たい|がさつな)(?:人|町|まち|土地)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('黒人(?:の)?(?:方|人)?(?:は|って)[^。！？!?\\n]{0,8}?(?:暗い|夜|見えにく|見えな)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a single parent told to remarry, an unmarried woman's age made a hurry, JK
  { re: phrase('(?:シングルマザー|シングルファーザー|ひとり親|母子家庭|父子家庭|バツイチ)[^。！？!?\\n]{0,16}?再婚(?:相手)?(?:探し|(?:も|を)考え|しましょう|も大事|が大事|すれば|した方が|したほうが)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:アラフォー|アラサー|アラフィフ|\\d{2}代|\\d{2}過ぎ)(?:の)?独身(?:女性|男性)?[^\\n]{0,24}?(?:焦|あせ|売れ残|行き遅れ|手遅れ)', 'u'), rule: 'decency/stereotype', severity: 'warn', para: true },
  { re: phrase('(?<![a-zａ-ｚ])(?:jk|ｊｋ)(?![a-zａ-ｚ])(?:向け|の皆さん|さん|限定|集まれ)', 'u'), rule: 'decency/sexual', severity: 'warn', para: true },
  // a mother or a shorter day made unfit for real work
  { re: phrase('(?:時短|育休|産休|子育て中|ママ|お母さん|(?<![一-龥])女性|女子)[^。！？!?\\n]{0,16}?(?:大事な|重要な|責任ある|責任の重い|危険な)(?:仕事|業務|ポスト|役職|現場)(?:は|を)?(?:お)?任せ(?:られ|でき)(?:ません|ない)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // women in office as decoration; women's talk as tedium; a foreigner's Japanese as the model of bad
  { re: phrase('(?:女性|女子)(?:議員|職員|社員|スタッフ|委員|選手)[^。！？!?\\n]{0,16}?(?:華を添え|花を添え|職場の花|職場の華)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:おばちゃん|おばさん|おばはん|女)(?:たち)?の井戸端会議|(?:外国人|外人)(?:が書いた|が話す|がしゃべる)?(?:ような|みたいな)[^。！？!?\\n]{0,4}?(?:変な|へんな|おかしな|片言の)(?:日本語|文章)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // goods of a country called unsafe
  { re: phrase('(?:中国|韓国|外国|海外|アジア)産(?:の[^。！？!?\\n]{0,6})?と(?:違って|ちがって|比べて)[^。！？!?\\n]{0,6}?(?:安心|安全)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // poverty judged by belongings or dress, a mark that singles out
  // (…or need read from how a family looks: 身なりのきちんとしたご家庭のお子さんはご遠慮ください, 服装が立派な方は対象外です.)
  { re: phrase('(?:(?:スマートフォン|スマホ|ブランド品|車)をお持ちの(?:方|人)|(?:きれいな|綺麗な|派手な|高価な)(?:服装|服|身なり)の(?:方|人)|(?:身なり|服装|格好|恰好|なり|見た目)(?:の|が)[、,]?(?:きちんと|ちゃんと|立派|きれい|綺麗|小ぎれい|小綺麗|整っ|よ|良|い|派手)(?:な|した|している|された|され(?:て|た)|てい(?:る|らっしゃる)|い|く)?(?:ご家庭|家庭|ご家族|家族|方|人|お子さん|お子様|子ども|子供|子|世帯))[^。！？!?\\n]{0,16}?(?:ご遠慮|お断り|ご利用いただけません|対象外|お控え)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:就学援助|生活保護|ひとり親|母子|父子|障(?:害|がい))[^。！？!?\\n]{0,16}?(?:が|と)(?:分かる|わかる|見分けられる)よう[^。！？!?\\n]{0,12}?(?:色を変え|印を付け|目印|マークを)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:公費|税金|血税)で(?:生活して|暮らして|生かされて)(?:いる|る)(?:という)?自覚', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a nationality's bags checked alone
  { re: phrase('(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|外国)(?:籍|人|系)の(?:方|人|お客様)(?:の|は)?[^。！？!?\\n]{0,8}?(?:手荷物|持ち物|カバン|かばん|所持品)[^。！？!?\\n]{0,12}?(?:確認|検査|チェック)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a minority treated as harmful to children, refused care as special, told to fit in
  { re: phrase('(?:教育上|子ども(?:たち)?(?:へ|に)の)(?:の)?(?:悪)?影響を(?:考え|考慮|懸念|心配)|子ども(?:たち)?の目に触れ', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|ゲイ|レズ|トランス|性同一性', 'u'), veto: phrase('正しい知識|理解を深め|声もありますが|誤解|ではありません', 'u'), named: true },
  { re: phrase('特別扱い(?:は)?(?:いたしません|しません|できません)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性|障(?:害|がい)|外国|宗教|ムスリム|イスラム', 'u'), veto: phrase('区別|平等|公平|有無', 'u') },
  { re: phrase('日本の(?:食文化|文化|習慣|ルール)に合わせ(?:て|ていただ|るべき|ろ)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('宗教|ムスリム|イスラム|ハラール|ハラル|豚肉', 'u') },
  // a disease tied to a group
  { re: phrase('(?:lgbt|同性愛|ゲイ|性的(?:少数者|マイノリティ)|夜の(?:お)?仕事)[^。！？!?\\n]{0,30}?(?:とくに|特に)[^。！？!?\\n]{0,10}?(?:受け|検査|受検)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('hiv|エイズ|性感染症|梅毒', 'u') },
  { re: phrase('(?:aids|エイズ|hiv)(?:の|に感染した|陽性の)?(?:人|方|患者)の血', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // a group made the cause of a wait and the others steered off it; an occupation or a nationality singled out for scrutiny;
  // a welcome taken back by ただし…だけ
  { re: phrase('(?:(?:外国籍|外国人|外国|高齢|ご高齢|車(?:いす|椅子))の|障(?:害|がい)のある)(?:方|人)[^。！？!?\\n]{0,12}?(?:時間がかかる|時間を要する|混雑する|混み合う)(?:ため|ので)[、,]?[^。！？!?\\n]{0,6}?(?:日本人|健常者|一般|日本国籍)の(?:方|人)(?:は|には)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:夜の(?:お)?仕事|風俗|水商売)[^。！？!?\\n]{0,24}?(?:詳しく(?:お)?(?:聞|伺|確認|調査|お尋ね)|家庭訪問|(?:重点的|特別)に(?:確認|調査|訪問))', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('本当に(?:必要な|困っている)(?:方|人|世帯)(?:なの)?か[^。！？!?\\n]{0,16}?(?:確認|調査|審査|見極め)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('出身|国籍|外国|特定の国', 'u') },
  { re: phrase('ただし[、,]?[^。！？!?\\n]{0,20}?(?:だけ|のみ)(?:を)?(?:ご)?利用(?:ください|下さい|いただ|して)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('(?:性同一性|トランス|lgbt|性的(?:少数|マイノリティ)|同性)[^。！？!?\\n]{0,30}?(?:歓迎|参加でき|利用でき|宿泊でき|ご利用いただけ|受け入れ|お待ち)', 'u') },
  // the victim blamed
  { re: phrase('(?:服装|露出|夜道|夜遅く|お酒|酔っ|短いスカート)[^。！？!?\\n]{0,20}?(?:痴漢|性被害|襲われ|被害に遭)[^。！？!?\\n]{0,10}?(?:仕方(?:ありません|ない|がない|ないです)|自業自得|当然|自己責任)|(?:手を上げられ|殴られ|暴力を受け|dvを受け)[^。！？!?\\n]{0,10}?(?:にも|にだって)[^。！？!?\\n]{0,8}?(?:理由が|原因が|落ち度が|非が)ある', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない(?:です|。|$)|せいではな|間違い|誤り', 'u') },
  // touching, skin colour, blood type, a slang label, pity
  { re: phrase('(?:女の子|女性|女子|お姉さん)[^。！？!?\\n]{0,6}?(?:への|に)?[〝"「『]?おさわり', 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase('(?:肌|お肌)が(?:まっくろ|真っ黒|黒い|黒すぎ)[^\\n]{0,30}?(?:ハーフ|外国|黒人)', 'u'), rule: 'decency/discriminatory', severity: 'block', para: true },
  { re: phrase('(?<![a-z])(?:a|b|o|ab)型の(?:人|方)(?:は|って)[^。！？!?\\n]{0,8}?(?:自己中|マイペース|几帳面|大雑把|変わり者|わがまま|気分屋)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?:はったつ|発達|あすぺ|ガイジ)(?:っぽい|ぽい)(?:子|人|方)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('めんたる(?:が|の)?弱(?:い|すぎ(?:る)?)(?:人|方|職員|子|社員)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('相談|ではありません|ではない|じゃない', 'u') },
  { re: phrase('かわいそう(?:だ|やけん)?(?:と思って|なので|だから)[^。！？!?\\n]{0,10}?(?:買って|協力して|参加して)(?:あげ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Round 63: not animals (障害のある犬も譲渡の対象です。かわいそうな子たちに…).
  { re: phrase('かわいそうな(?:子|子ども|子供|方|人)(?:たち)?(?:にも|に|の)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('(?:父|母)(?:親)?(?:の)?いない|母子|父子|ひとり親|片親|障(?:害|がい)|施設|貧困', 'u'), pveto: ANIMAL63 },
  { re: phrase('(?:嫌な顔(?:を)?して|白い目で見て|冷たい目で見て|にらんで|睨んで)(?:あげ|やり)ましょう', 'u'), rule: 'decency/insensitive', severity: 'warn' },
  { re: phrase('(?:車(?:いす|椅子)|障(?:害|がい)|つえ|杖)[^。！？!?\\n]{0,16}?(?:移動|乗降|介助|対応)に時間(?:を要した|を要し|がかかった|がかかり|がかかる)(?:ため|ので)[^。！？!?\\n]{0,20}?遅れ', 'u'), rule: 'decency/discriminatory', severity: 'warn' },
  // Round 27 kinds. Slurs the lists lack (浮浪者, 統失, シナ for China, らい病 outside a Hansen's-disease post, 老害 in kana).
  // Blind R456H-040 kind (dec94): 老害 in hiragana with the long-vowel mark too (ろーがい), as 統失 is (とーしつ); not a name before が
  // いる/いた/いない (たろうがいる).
  { re: phrase('浮浪者|浮浪児|と[うー]しつ|統失|ろ[うー]がい(?![るたてれ]|な[いくかけ]|ま[すせし])|(?<![ぁ-ゖ])しな(?=から|人|の(?:人|団体|観光)|系|語)|(?<=[はがもに])しな(?=からの|人(?:の|が|は))|支那人', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('らい病|癩病|らいびょう', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ハンセン|と呼ばれ|差別', 'u') },
  // A death or a wish to die said lightly (ご臨終〜…笑, ご臨終からご予約までサクッと, 当分死なずにすみそうです（笑）).
  { re: phrase('(?:ご臨終|臨終|死なずに(?:済|すみ|すむ)|死なんで(?:済|すみ)|死にたく|死にたい|消えたい|消えてしまいたい|生きるのに疲れ)[^。！？!?\\n]{0,24}?(?:[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…」])笑(?![顔いうわえみっ話声つ])|[😂🤣😆😅🤭👍⚡]|さくっと|サクッと|サクサク|らくらく|ラクラク)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('お悔やみ|ご冥福', 'u') },
  // Pity for a group, and the rest called "normal" (目の悪いかわいそうな方々も…普通の人と同じように).
  { re: phrase('(?:かわいそうな|可哀想な|可哀そうな|気の毒な)(?:子|子ども|子供|お子さん|方|人)(?:々|たち|達)?(?:も|へ|が|は|に|の)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('(?:父|母)(?:親|さん)?(?:の|が)?いない|親が|母子|父子|ひとり親|片親|障(?:害|がい)|施設|貧困|目の|耳の|不自由|高齢|お年寄り|病気', 'u'), pveto: ANIMAL63 },
  { re: phrase('(?:普通の|ちゃんとした|まともな)(?:人|方|子|暮らし|生活|職|仕事)(?:と同じ(?:ように)?|と一緒に|に混じ|並み|をされ|を送って|に就いて(?:い)?な)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('障(?:害|がい)|特別支援|目の|耳の|不自由|車(?:いす|椅子)|同和|部落|外国|病気|認知症|派遣|アルバイト|パート|非正規|フリーター|無職', 'u'), veto: phrase('(?<!特別)支援|目指|社会|共生|(?:でき|送れ|暮らせ|過ごせ)る(?:よう|ように)|ではありません|わけではな|ない(?:子|方|人)も|インクルーシブ|バリアフリー|ユニバーサル|遊具|整備', 'u'), named: true },
  // A whole condition made total incapacity (認知症になると、もう何も分からなくなって).
  { re: phrase('(?:認知症|障(?:害|がい)|発達障(?:害|がい)|知的障(?:害|がい))(?:になると|になったら|があると|のある(?:方|人)は|の(?:方|人)は)[、,]?[^。！？!?\\n]{0,6}?(?:何も|なにも|全部|すべて|全く|まったく)(?:分から|わから|理解でき|できな|判断でき)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|わけではな|とは限ら|誤解|と思われがち', 'u') },
  // A disability put down to the parents (発達障害…親のしつけが足りない).
  { re: phrase('(?:発達障(?:害|がい)|自閉症|adhd|多動)[^\\n]{0,60}?(?:親の|家庭の)?(?:しつけ|躾|育て方|愛情)(?:が|の)?(?:足りな|不足|悪い|問題|せい)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|ではな|誤解|誤り|関係ありません|関係ない|とは限ら', 'u'), para: true },
  // Surprise that one of a group can (女の子でも理数系の問題に強いなんて驚きです).
  { re: phrase('(?:女の子|女子|女性|女|男の子|男子|男性|高齢|年配|お年寄り|障(?:害|がい)(?:者|の(?:ある)?方)|外国(?:人|の方))(?:の方|の人|者|の皆さん|さん)?(?:でも|なのに|にしては)[^。！？!?\\n]{0,20}?(?:なんて|とは)[、,]?(?:驚き|おどろき|びっくり|意外|ビックリ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase('(?<![一-龥])(?:女性|女|男性|男)らしく[^。！？!?\\n]{0,10}?(?:感情的|ヒステリ|泣|取り乱|弱気|乱暴|がさつ)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Activities split by sex as roles (男の子はポンプ車の放水体験、女の子は…包帯を巻く「やさしさ体験」).
  { re: phrase('(?:男の子|男子|男性)(?:は|には)[^。！？!?\\n]{0,24}?[、,](?:女の子|女子|女性)(?:は|には)[^。！？!?\\n]{0,24}?(?:やさしさ|優しさ|お世話|包帯|料理|お人形|ままごと|お手伝い|応援|看護|お花|お裁縫|裁縫)|(?:女の子|女子|女性)(?:は|には)[^。！？!?\\n]{0,24}?(?:やさしさ|優しさ|お世話|包帯|料理|お人形|ままごと|お手伝い|応援|看護)[^。！？!?\\n]{0,12}?[、,](?:男の子|男子|男性)(?:は|には)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('どちらも|男女(?:問わず|とも)|交代|希望|選べ|自由', 'u') },
  // A man in a job typed female compared down (男性看護師さんも頑張ってますが、やっぱり白衣の天使には).
  { re: phrase('男性(?:看護師|保育士|介護士|助産師)[^。！？!?\\n]{0,24}?(?:やっぱり|やはり|さすがに)[^。！？!?\\n]{0,24}?(?:かないません|かなわない|かなわん|勝てません|敵いません|には及ば)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A body part of women looked at (巫女さんたちのおしりを追いかけ, 胸元が気になる新成人さん😏).
  { re: phrase(`(?:${WOMEN26}|巫女さん|ナースさん|看護師さん|新成人さん|ママさん|奥さん|お母さん)(?:たち|達)?の(?:おしり|お尻|ヒップ|胸|胸元|谷間|太もも|ふともも|うなじ|おっぱい)[^。！？!?\\n]{0,12}?(?:追いかけ|追っかけ|見とれ|見惚れ|眺め|拝|釘付け|気にな|たまらな|最高)|(?:胸元|谷間|おしり|お尻)[^。！？!?\\n]{0,10}?(?:気になる|見え)[^。！？!?\\n]{0,24}?[😏🤤😍💦]`, 'u'), rule: 'decency/sexual', severity: 'block', veto: phrase('乳がん|検診|健診|しこり|セルフチェック', 'u') },
  { re: phrase(`(?:水着|浴衣|ミニスカ|ビキニ)(?:姿)?の${WOMEN26}(?:が|も)(?:多くて|多いので|いっぱいで)[^。！？!?\\n]{0,10}?(?:集中でき|目のやり場|仕事にならな|ドキドキ)`, 'u'), rule: 'decency/sexual', severity: 'block' },
  // A staff member offered to the public (受付の子ですか？独身ですよ😉).
  { re: phrase('(?:受付|窓口|担当|うち)の(?:子|女の子|娘|お姉さん|職員)(?:ですか|って)?[？?]?[^。！？!?\\n]{0,10}?(?:独身|彼氏(?:募集|いない|なし)|フリー)(?:です|だ|やけん|ですけん)?よ', 'u'), rule: 'decency/sexual', severity: 'block' },
  { re: phrase('(?:まだ)?(?:独身|彼氏(?:募集中?|いない|なし)|フリー)(?:です|だ|やけん|ですけん)?よ[！!♪]?[😉😘💕♡😏❤]', 'u'), rule: 'decency/sexual', severity: 'block', topic: phrase('(?:受付|窓口|担当|うち)の(?:子|女の子|娘|お姉さん|職員)', 'u') },
  // The naturalised singled out for a check (帰化された方は、念のため…確認書類を).
  { re: phrase('帰化(?:された|した|の)(?:方|人)[^。！？!?\\n]{0,16}?(?:念のため|特に|必ず)[^。！？!?\\n]{0,16}?(?:確認|書類|提示|お持ち)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('帰化届|届出|戸籍|国籍取得', 'u') },
  // A region's or a trade's people given one temper (佐賀ん人はケチ, 漁師さんは口は悪か, 現場の方は言葉遣いが荒い).
  { re: phrase('(?:[一-龥]{1,4}(?:方面|ナンバー)(?:から来る|から来た|の)(?:車|人|ドライバー)|[一-龥]{1,3}(?:県民|県人|ん人|の人|もん)|漁師|農家|職人|大工|現場の(?:方|人)|ドライバー|運転手|トラック運転手)(?:さん|の皆さん|たち)?(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,6}?(?:ケチ|けち|せこ|気が荒|気の荒|口が悪|口は悪|言葉遣いが荒|言葉づかいが荒|柄が悪|ガラが悪|民度が低|閉鎖的|がさつ|荒っぽ|運転が荒|マナーが悪)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|わけではな|偏見|誤解|イメージ', 'u') },
  // A group's application taken "just in case" (男性の応募も一応受け付けます).
  { re: phrase('(?:男性|女性|男|女|高齢|年配|シニア|外国(?:人|籍)?|障(?:害|がい))(?:の方|の人|者)?(?:の|からの)(?:ご)?(?:応募|参加|利用|入会|入居|申し込み|お申し込み)(?:も|は)[、,]?一応', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // A group praised as uncomplaining labour (…の子たちはまじめで文句も言わずによく働くので).
  { re: phrase('(?:実習生|研修生|外国人|外国の方|留学生|(?:ベトナム|中国|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|タイ)(?:人|の(?:子|方|人)))(?:たち|の皆さん|さん)?(?:は|って)[^。！？!?\\n]{0,12}?(?:文句(?:も|ひとつ|一つ)?(?:言わ|いわ)|従順)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Child-rearing laid on the mother alone (お母さんはお仕事をされていても、…半休をとって).
  { re: phrase('(?:お母さん|母親|ママ)(?:は|が)[、,]?[^。！？!?\\n]{0,16}?(?:(?:お)?仕事を(?:休んで|調整して|早退して)|半休|休みを取って|(?:お)?仕事を(?:されて|して)(?:い)?ても)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('お父さん|父親|パパ|保護者|ご家族|必要はありません|なくても', 'u') },
  // The old told to make way (お年寄り店主の皆さんも、そろそろ若い人に任せて引退を).
  { re: phrase('(?:お年寄り|年寄り|高齢|年配|シニア|老人)[^。！？!?\\n]{0,16}?(?:そろそろ|いい加減|さっさと|とっとと)[^。！？!?\\n]{0,16}?(?:引退|身を引|譲って|譲りましょう|退いて)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // Youth or looks as a job's requirement (見た目の清潔感と若さがある方に向いています).
  { re: phrase('(?:若さ|容姿|ルックス|顔立ち|スタイル(?:の良さ)?|見た目(?:の良さ)?|水着姿|体型|美貌)(?:に自信(?:が|の)|が|の)(?:ある|あり|良い|いい)(?:若い)?(?:方|人)', 'u'), rule: 'decency/lookism', severity: 'warn', upgrade: phrase('募集|採用|歓迎|応募|優遇|求む', 'u'), veto: phrase('問いません|不問|関係ありません|関係なく|ルッキズム|(?<!被)差別|偏見|贈答|野菜|果物|果実|商品|品物|みかん|いちご|苺|お土産|土産|花束|食材', 'u') },
  // A post addressed to a national group, then theft or a rule lectured (外国人観光客の皆さまへ。…日本ではそれは泥棒です).
  { re: phrase('(?:外国人|外国籍|外国の|技能実習生|実習生|留学生)[^。！？!?\\n]{0,8}?(?:の皆さま|の皆様|の皆さん|のみなさん|のみなさま)(?:へ|に)[^\\n]{0,60}?(?:泥棒(?!被害|に(?:ご)?注意|に遭)|窃盗(?!被害|に(?:ご)?注意)|万引き(?!被害)|犯罪です|逮捕され|嫌われ)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('被害|巻き込まれ|ご注意|狙われ|気をつけ|警察に相談|ご相談', 'u'), para: true },
  // An infection test joked as for those who play around (HIV検査…"遊びすぎたかも"って方はぜひ).
  { re: phrase('(?:hiv|ｈｉｖ|エイズ|性感染症|性病|梅毒)[^\\n]{0,40}?(?:遊びすぎ|遊び過ぎ|遊び人|遊んで(?:いる|る|た)(?:方|人)|やんちゃ)', 'u'), rule: 'decency/discriminatory', severity: 'block', para: true },
  // What a group says discounted (認知症の方は、ご本人の話は話半分で聞いて).
  { re: phrase('(?:認知症|障(?:害|がい)|高齢|お年寄り|外国)[^。！？!?\\n]{0,12}?(?:の|が)(?:お話|話|言うこと|言う事|意見|訴え|説明)(?:は|を)[^。！？!?\\n]{0,4}?(?:話半分|聞き流|真に受け(?:ない|ず)|まともに取り合わ|要領を得な|当てにならな|信用でき(?:ない|ません))', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ないでください|いけません|避け', 'u') },
  // Blind R453E-049 kind (dec94): the old said to slow the rest when they come (機械に不慣れな高齢の方がいると進行が遅れるため, お年寄りが
  // 混じると時間がかかるので), then an age cap (60歳未満の方に限定させていただきます, 50歳以下の方を対象): an exclusion by age on a
  // stereotype, block. Kept clean: an age limit by law or safety with no such reason (20歳未満の方は飲酒できません, 小学生以下は保護者同伴),
  // the pace told to all (ご高齢の方もいらっしゃるので、ゆっくり進めます).
  { re: phrase('(?:お年寄り|年寄り|高齢|年配|シニア)(?:の(?:方|人|参加者)(?:々)?)?(?:が|も)(?:いる|いらっしゃる|おられる|おる|混じる|混ざる|まじる|まざる|入る|参加(?:する|される))と[、,]?[^。！？!?\\n]{0,12}?(?:遅れ|遅く|滞|時間(?:が|を)?(?:かか|要)|手間(?:が|取)|支障|ついて(?:来|こ)られ|ペースが(?:落ち|乱れ))[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,16}?(?:未満|以下|まで)の(?:方|人)(?:に|を|のみ|だけ)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|わけではな|偏見|思い込み', 'u') },
  // An age cap justified by a decline presumed (お年寄りの方には向かないため、60歳未満の方を対象, それ以上の方は…覚えが悪くなるため、ご遠慮ください).
  { re: phrase('(?:お年寄り|年寄り|高齢|年配|シニア)[^。！？!?\\n]{0,12}?(?:には|に)(?:向かない|向いていない|難しい|無理な)(?:ため|ので)[、,]?[^。！？!?\\n]{0,16}?(?:未満|以下|まで)の(?:方|人)|(?:それ以上|\\d{2}歳以上|\\d{2}代以上|年配|高齢)の(?:方|人)は[、,]?[^。！？!?\\n]{0,16}?(?:覚えが悪|物覚えが|吸収が遅|頭が固|体力的に(?:も)?(?:劣|無理|きつ))[^。！？!?\\n]{0,12}?(?:ため|ので|から)[、,]?[^。！？!?\\n]{0,8}?(?:ご遠慮|お断り|お控え|(?:ご)?応募(?:は|いただけ)?(?:できません|ません))', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // The poor told not to keep what others may (経済的に余裕のない方は、そもそも動物を飼わないでください).
  { re: phrase('(?:経済的に余裕のない|お金のない|収入の少ない|貧しい|貧乏な|生活保護の|生活保護を受けている)(?:方|人|世帯|家庭)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?(?:飼わないで|飼うべきでは|持たないで|産まないで|産むべきでは|結婚しないで|持つべきでは)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ご相談|支援|減免|免除|助成|無料|ではありません', 'u') },
  // A group's own choice denied as a whole (知的障害のある方はご自分で候補者を選ぶのが難しいと思いますので、ご家族が代わりに).
  { re: phrase('(?:知的障(?:害|がい)|精神障(?:害|がい)|障(?:害|がい)|認知症|ご高齢|高齢|お年寄り)(?:の(?:ある)?(?:方|人)|者)?(?:は|って)[、,]?(?:ご自分で|自分で|ご本人が|本人が|ひとりで|一人で)[^。！？!?\\n]{0,16}?(?:選ぶ|決める|判断する|記入する|契約する|投票する)(?:の|こと)(?:が|は)[^。！？!?\\n]{0,4}?(?:難しい|無理|できない|できません)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('場合|難しい(?:方|人)|ときは|時は|こともあ|ことがあ|とは限|ではありません|わけではな', 'u') },
  // Cross-gender dress mocked (振袖を着た男の子？もいて, 会場がざわつきました😂).
  { re: phrase('(?:振袖|スカート|ドレス|ワンピース|女装|化粧|メイク)(?:を|姿)?(?:着た|した|の|で)?(?:男の子|男性|男子|男|おじさん)[？?]|(?:振袖|スカート|ドレス|ワンピース|女装)[^。！？!?\\n]{0,10}?(?:男の子|男性|男子|おじさん)[^。！？!?\\n]{0,24}?(?:ざわつ|どよめ|[😂🤣]|[（(]笑[)）]|ww)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // Trouble pinned on "some district's" young (騒ぐのは決まって一部の校区の子たち).
  { re: phrase('(?:騒ぐ|暴れる|荒れる|問題を起こす|悪さをする|迷惑をかける|トラブルを起こす|散らかす|汚す|荒らす|盗む|落書きする|守らない)のは[^。！？!?\\n]{0,6}?(?:決まって|いつも|毎年|だいたい|大体|たいてい)[^。！？!?\\n]{0,6}?(?:一部の|あの|例の|特定の|同じ)?(?:校区|地区|地域|団地|学校|国|町内)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // A place's or a people's character made a fault (地域柄…資材盗難が心配, ルーズなお国柄).
  { re: phrase('(?:地域柄|土地柄|場所柄)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|犯罪|治安|荒|物騒|ガラ|柄が悪|ルーズ|いい加減|非行|窃盗|空き巣)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('水害|災害|浸水|土砂|雪|台風|高齢化', 'u') },
  { re: phrase('(?:ルーズ|いい加減|だらしな|怠け者|のんびり(?:しすぎ)|時間にルーズ|ケチ|けち|がさつ|うるさい|騒がしい)(?:な|の|い)?(?:お国柄|国民性|県民性|民族性)|(?:お国柄|国民性|県民性|民族性)(?:で|なので|だから|ですから)[、,]?[^。！？!?\\n]{0,10}?(?:ルーズ|遅れ|時間を守ら|うるさ|騒|いい加減)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A district hinted at as "having circumstances" (いろいろな事情がある土地柄, 土地の事情もあり…お察しください).
  { re: phrase('(?:いろいろな|色々な|いろんな|複雑な|特殊な|古くからの|昔からの|歴史的な)[^。！？!?\\n]{0,6}?事情(?:が|の)?(?:ある|あり)?(?:土地柄|土地|地区|地域)|(?:土地|地区|地域)の(?:事情|歴史)[^。！？!?\\n]{0,24}?(?:お察し|ご察し|買い手がつ|避け|外し)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('復興|災害|浸水|ハザード', 'u') },
  // A disease put down to a group (外国人労働者から広がるケースが多い).
  { re: phrase('(?:外国人|外国籍|外国の方|実習生|労働者|留学生|移民|難民|ホームレス|同性愛|ゲイ|生活保護)[^。！？!?\\n]{0,6}?(?:から|が)(?:広が|感染が広|うつ|持ち込|ばらま|まき散ら)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('結核|感染|はしか|麻しん|hiv|エイズ|性病|梅毒|ウイルス|病気|疥癬', 'u'), veto: phrase('ではありません|ではない|誤解|誤り|根拠', 'u') },
  // A group valued as cheap, uncomplaining labour (文句ひとつ言わず、安い賃金でもよく働いてくれる).
  { re: phrase('(?:実習生|外国人|労働者|障(?:害|がい)|高齢|シルバー)[^。！？!?\\n]{0,30}?(?:安い(?:賃金|給料|時給|お給料)|低賃金|安く)(?:でも|で)[^。！？!?\\n]{0,10}?(?:働いて|働く|働き|文句)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('問題|是正|改善|ではありません|いけません|許され', 'u') },
  // The divorced called damaged goods (訳ありの皆さん).
  { re: phrase('(?:ばついち|バツイチ|離婚|再婚|シングル|独身|子持ち)[^。！？!?\\n]{0,30}?(?:訳あり|わけあり|ワケあり|ワケアリ|傷物|キズモノ|売れ残)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A body made the laugh or the diagnosis (メタボの方は見ればだいたい分かります, 頭頂部にも負けないくらい輝いて).
  { re: phrase('(?:メタボ|肥満|太って(?:い|る)|ぽっちゃり|薄毛|ハゲ|はげ)[^。！？!?\\n]{0,10}?(?:見れば|見た目で|一目で|ひと目で|パッと見で)[^。！？!?\\n]{0,8}?(?:分か|わか)', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ではありません|ものではな|とは限ら|わけではな|できません', 'u') },
  { re: phrase('(?:頭頂部|おでこ|ハゲ頭|はげ頭|薄毛|生え際|(?:薄い|寂しい|さみしい)頭)[^。！？!?\\n]{0,16}?(?:輝|光って|光る|まぶし|眩し|ピカピカ|ぴかぴか|反射)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // Produce of a disaster area treated as suspect (福島県産の野菜…気になる方は無理に買わなくても).
  { re: phrase('(?:福島|被災地|東北|原発周辺)(?:県)?産[^\\n]{0,30}?(?:気になる方は|心配な方は|無理に買わなくて|避けて|避けても|買わなくても)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('風評|検査済|基準値|安全性が確認', 'u'), para: true },
  // A minority's existence denied (当市にはそういった方はほとんどいらっしゃらない).
  { re: phrase('(?:そういった|そういう|そのような|該当する|当事者の)(?:方|人)(?:は|が)?(?:[^。！？!?\\n、]{0,8}?(?:に|には))?(?:ほとんど|あまり|まず|ほぼ)?(?:いらっしゃらない|いらっしゃいません|いない|おられない|おられません|おりません|いません)', 'u'), rule: 'decency/discriminatory', severity: 'warn', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性', 'u') },
  // Work belittled as for those who could not study (勉強が苦手だった方でも体さえ動けば務まる簡単なお仕事).
  { re: phrase('(?:勉強が(?:苦手|できな)|学がな|頭が悪|頭を使わな|体さえ動けば|体力さえあれば)[^。！？!?\\n]{0,20}?(?:務まる|務まり|できる簡単|こなせる|役に立て|役立て)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A disability capped to simple work (障害者枠で採用された方の配属先は…簡単な業務に限って).
  { re: phrase('(?:障(?:害|がい)|知的|精神)[^。！？!?\\n]{0,30}?(?:簡単な|単純な)[^。！？!?\\n]{0,12}?(?:業務|作業|仕事)に限(?:って|定し|らせ|ってい)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ご希望|本人の希望|相談', 'u') },
  // A single-parent home presumed lacking (父子家庭で毎日コンビニ弁当のパパ, シングルマザーのご家庭だと…機会が少ない).
  { re: phrase('(?:ひとり親|シングルマザー|シングルファーザー|母子|父子|片親)(?:家庭|世帯)?(?:で|だと|の(?:ご)?家庭(?:だと|では))[^。！？!?\\n]{0,24}?(?:どうしても|やっぱり|やはり|毎日コンビニ|コンビニ弁当|少ない|足りな|不足|寂し|さびし|偏り)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('支援|相談|手当|助成|制度|負担|両立|時間が|給付|医療費|窓口', 'u') },
  // Round 28 kinds. The ordinary session, room or hour refused to a group sent to its own (…の方は手話通訳のある回に。通常の回にお越しいただいても対応いたしかねます, 一般の更衣室ではなく多目的室を).
  { re: phrase('(?:通常|一般|普通|ほか|他)の(?:回|日|時間帯|会場|クラス|窓口|更衣室|浴室|席|便|プール|コース|教室|部屋|トイレ)(?:に|へ|で|では|は|を)?[^。！？!?\\n]{0,6}?(?:(?:お越し|ご来場|ご参加|ご来館|ご利用|ご入場)(?:いただいても|されても|になっても)[^。！？!?\\n]{0,8}?(?:かね(?:ます|る)|できません|お断り)|(?:お手続き|対応|受付|お受け)(?:は)?(?:いたし|致し|し|でき)かね|(?:のご利用|へのご入場|へのご参加|への入場)は(?:ご遠慮|お控え|お断り)|ではなく[^。！？!?\\n]{0,12}?(?:を|に)(?:ご利用|お越し|お使い|ご参加))', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY_PERSON, veto: phrase('ご希望|選べ|選んで|どちらでも|どちらも|も(?:ご)?利用(?:でき|いただけ)|(?<!被)差別|偏見', 'u') },
  // A group held a nuisance to the other users and asked off (車いすでのご乗車は…他のお客様のご迷惑となるため…お控えください).
  // Blind R237M-031 kind (dec4): children told by a developmental trait (発達に心配のある, 落ち着きのない, 多動の) held a nuisance to the other
  // children and asked off (ほかの子の迷惑になりますので参加をご遠慮ください): the other children count as the others, ます may stand before
  // ので, block. Not ご遠慮なく (a welcome), not a behaviour asked of every child (走り回るのはご遠慮ください: no trait named).
  { re: phrase('(?:障(?:害|がい)|車(?:いす|椅子)|認知症|外国|トランス|同性|精神|知的|発達|落ち着き(?:の|が)(?:ない|なか)|多動|じっと(?:して)?(?:い|お)られない)[^。！？!?\\n]{0,30}?(?:他|ほか|周り|周囲)の(?:お客様|お客さま|利用者|乗客|方|皆様|皆さま|参加者|来館者|子ども|子供|子|お子さん|お子様|児童|園児|お友だち|お友達)(?:たち)?(?:の|へ|に)(?:ご)?迷惑(?:に|と)(?:なる|なり)(?:ます)?(?:ため|ので|から)[、,]?[^。！？!?\\n]{0,20}?(?:お控え|ご遠慮(?!なく)|お断り|いただけません)', 'u'), rule: 'decency/discriminatory', severity: 'block' },
  // Japanese preferred where foreigners are named (やっぱり日本人の若い方に来てほしい, 貴重品は日本人同士で見張り合う).
  { re: phrase('日本人(?:の)?[^。、！？!?\\n]{0,4}?(?:が(?:いい(?:です|と|な|ね|んで|のでは|[。！!]|$)|望まし|優先)|のほうが(?:いい|安心)|の方が(?:いい|安心)|に限(?:る|り|らせ|定)|を優先|に来て(?:ほしい|欲しい|もらいたい)|(?:同士|だけ)で見張|だと安心|なら安心)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('外国|実習生|留学生|移民|難民|在日|(?:中国|韓国|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー)(?:人|出身|籍)', 'u'), veto: phrase('(?<!被)差別|偏見|日本人(?:も|と|や)|外国人(?:も|と|や)|国籍(?:を問わ|に関係|に関わ|にかかわ)', 'u') },
  // A group conceded or vouched for as harmless (テロなどとは無関係な穏やかな方々ですので、安心して, 見た目は外国人ですがご安心ください).
  { re: phrase('(?:無関係|関係(?:が)?ない|関係のない|穏やかな|おとなしい|大人しい|危険はない|危なくない|怖くない|(?:外国人|外国の方|ハーフ|外人)(?:です|だ))[^。！？!?\\n]{0,12}?(?:ので|から|です|が|けど)[、,！!]?(?:どうぞ)?(?:ご)?安心', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY, veto: phrase('(?<!被)差別|偏見|誤解', 'u') },
  // A nationality's marriage presumed a fraud or a job (フィリピン出身ですが、出稼ぎではなく、ちゃんと恋愛結婚).
  { re: phrase('(?:出稼ぎ|偽装(?:結婚)?|不法(?:滞在|就労)|(?:お金|ビザ|財産|在留資格)目当て)(?:では|じゃ)(?:なく|ない)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase(`${NATION}|国際結婚`, 'u'), veto: phrase('(?<!被)差別|偏見|誤解|決めつけ', 'u') },
  // Customers steered away from a business by its owner's origin (出自は把握しておりませんが、気になる方はほかのお店を).
  { re: phrase('気になる(?:方|人)は[^。！？!?\\n]{0,6}?(?:ほか|他|別)の(?:お店|店|業者|物件|病院|事業者|施設)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('出自|在日|ざいにち|国籍|部落|同和|朝鮮', 'u') },
  // A district's "circumstances" passed on in quotes, a district called "that kind", a 同和 district made the reason, an old slur for it (地区ごとの“事情”もお伝えします, “そういう”土地柄, どうわ地区だから家賃が安い, “よっつ”と呼ばれていた地区).
  { re: phrase('(?:地区|地域|集落|校区|土地|町内)(?:ごと|別)?(?:の|は)[^。！？!?\\n]{0,8}?[“「『"〝](?:事情|そういう|ああいう|いわく|訳あり|わけあり)[”」』"〟]|(?:同和|どうわ|部落|ぶらく)(?:地区|地域)?[”」』"〟]?(?:だから|なので|ですので|やけん|だけん|ゆえ|のため|だし)[^。！？!?\\n]{0,14}?(?:安い|安く|格安|値段|家賃|地価|避け|やめ|察して|お察し|わかるでしょ|分かるでしょ)|[“「『"〝](?:よっつ|よつ|四つ|えた|穢多)[”」』"〟](?:と|って)(?:呼ばれ|言われ|いわれ)[^。！？!?\\n]{0,8}?(?:地区|地域|集落|土地|町|村)|(?<![ぁ-ゖ一-龥])(?:よっつ|よつ)(?:の)?(?:人(?![形気数口材生])|者|連中|部落|地区)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|人権|啓発|蔑称|お答え(?:でき|し)|応じ(?:られ|ません|かね)', 'u') },
  // A people's existence doubted for wonder (「アイヌの人って今もいるの？」と驚く声も多い).
  { re: phrase('(?:今も|今でも|まだ|本当に)(?:いる|いた|存在する|存在して(?:い)?る)(?:の|ん(?:だ|です(?:か)?))[？?]', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('アイヌ|先住民|琉球', 'u'), veto: phrase('(?<!被)差別|偏見|誤解|知ってほしい|権利|尊重', 'u') },
  // Tolerance or pity granted to a group (少数派の方々の特殊な事情にも市は寛容に, みんなかわいそうだけど、がんばってて偉いね, 障害があるのに頑張って).
  { re: phrase('(?:特殊な|変わった)(?:事情|方|人|ケース|嗜好)|寛容に対応|大目に見', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('同性|パートナーシップ|lgbt|性的(?:少数|マイノリティ)|少数派|トランス|性同一性', 'u'), veto: phrase('場合は|ご相談', 'u') },
  { re: phrase('(?:かわいそう|可哀想|可哀そう|気の毒)(?:だけど|やけど|なのに|でも|ながら)[、,]?[^。！？!?\\n]{0,12}?(?:がんば|頑張|偉い|えらい|健気|けなげ|立派)|(?:障(?:害|がい|碍)(?:が|の)?ある|障(?:害|がい|碍)を(?:持っ|抱え)て(?:い)?る|不自由(?:な)?|見えない|聞こえない|歩けない|(?:障(?:害|がい|碍)(?:者|児)|車(?:いす|椅子)|特別支援[^。！？!?\\n]{0,6}?(?:子|生徒|児童)(?:さん)?|認知症|ダウン症|自閉症)(?:な))(?:のに|にもかかわらず|わりに|割に)[、,]?[^。！？!?\\n]{0,30}?(?:がんば|頑張|偉い|えらい|健気|けなげ|感動|びっくり|驚|(?:ちゃんと|きちんと|しっかり|普通に|立派に)[^。！？!?\\n]{0,6}?(?:働|でき|こなせ|こなし|やれ|やって|仕事))|(?:障(?:害|がい)(?:が)?あって|不自由でも|見えなくても|聞こえなくても)[、,]?[^。！？!?\\n]{0,16}?(?:偉い|えらい|健気|けなげ|感動|意外と|幸せそう)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: MINORITY },
  // Less presumed enough for a group (目が見えなくても、“読書気分”くらいは味わえます).
  { re: phrase('(?:見えなく|聞こえなく|歩けなく|話せなく|障(?:害|がい)があって)(?:ても|でも)[、,]?[^。！？!?\\n]{0,16}?(?:くらい|ぐらい|程度|なり)(?:は|に)[^。！？!?\\n]{0,6}?(?:味わえ|楽しめ|でき|分かる|わかる)|(?:認知症|障(?:害|がい)(?:者|児)?|見えない(?:方|人|子)|聞こえない(?:方|人|子))(?:たち)?(?:でも|も)[、,]?[^。！？!?\\n]{0,16}?(?:くらい(?:なら|は)|ぐらい(?:なら|は)|それなりに|程度なら)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A sick or older person measured by use (がんになっても“まだ使える人材”).
  { re: phrase('[“「『"〝]?(?:まだ|十分|意外と)[“「『"〝]?使える(?:人材|人|方|戦力)|使い物にな(?:らな|る)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('がん|病|障(?:害|がい)|高齢|年配|シニア|お年寄り', 'u') },
  // An illness or an orientation belittled as a mood (気の持ちようで案外よくなる, 思春期の一時的な迷い).
  { re: phrase(`(?:気の持ちよう|気持ちの問題|気合い(?:で|が足りな)|根性(?:で|が足りな)|甘え(?:です|だ|では))(?!${LABEL_DENIED})`, 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('うつ|鬱|精神|心の病|適応障|パニック|依存症|発達', 'u'), veto: phrase('ではなく|ではありません|ではない|じゃない|誤解|と思われがち|偏見', 'u') },
  { re: phrase('一時的な(?:迷い|気の迷い|もの|思い込み)|気の迷い|(?:治る|治せる|矯正でき)(?:もの|病気)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('同性|lgbt|性的(?:少数|マイノリティ)|トランス|性同一性|性的指向|性自認', 'u'), veto: phrase('ではなく|ではありません|ではない|じゃない|誤解|偏見', 'u') },
  // Neighbours' fear of a group's home taken as the thing to soothe (精神障害のある方が入居する…近隣の皆さまの不安が和らぐよう).
  { re: phrase('(?:近隣|周辺|近所)(?:住民)?(?:の)?(?:皆さま|皆様|皆さん|方々|方)?の(?:ご)?不安(?:が|を)[^。！？!?\\n]{0,10}?(?:和らぐ|和らげ|解消|払拭|軽減|取り除)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('精神障|知的障|障(?:害|がい)のある|更生|外国人|実習生|グループホーム', 'u'), veto: phrase('権利|偏見|(?<!被)差別|理解を深め|交流', 'u') },
  // Contagion said to be "almost" gone from those who had the disease (ハンセン病の元患者…感染の心配はほぼありません).
  { re: phrase('(?:感染|うつる|移る)(?:の)?(?:心配|恐れ|おそれ|危険|リスク)(?:は|も)?(?:ほぼ|ほとんど|あまり|まず)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('ハンセン|元患者|回復者', 'u') },
  // A race given a body (黒人の子どもたち…やっぱり身体能力がすごくて).
  { re: phrase('(?:黒人|アフリカ|ブラジル|ハーフ(?:の|さん))[^\\n]{0,40}?(?:やっぱり|やっぱ|やはり|さすが)[、,]?[^。！？!?\\n]{0,6}?(?:身体能力|運動神経|リズム感|足が速|バネ|体格|ノリ)', 'u'), rule: 'decency/stereotype', severity: 'warn', para: true },
  // A wrong laid on "those" of a group named in the paragraph (ベトナム出身の皆さまへ。…ルールを守らない方が多く, 働けるのに働かない方も少なくありません).
  { re: phrase('(?:守らない|守らん|守れない|働かない|働こうとしない|問題を起こす|マナーの悪い|迷惑をかける|不正をする|不正に受給する)(?:方|人|者|世帯|家庭|人たち|方々)(?:も|が)[、,]?(?:少なくありません|少なくない|少なからず|多い|多く|多数|目立|後を絶|増えて)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: MINORITY, veto: phrase('(?<!被)差別|偏見|被害|詐欺|ではありません|とは限ら|一部の', 'u') },
  // Chores assigned to women (お茶当番は若手の女性職員で回します), a trade called a sex's, a sex steered to another post (…女性に向いている職種です。男性の方は一般事務職の受験をおすすめします).
  { re: phrase(`(?:お茶|お茶くみ|お茶汲み|お茶出し|掃除|洗濯|配膳|洗い物|後片付け|片付け|炊き出し|お酌)(?:当番|係)?(?:は|を)[^。！？!?\\n]{0,10}?${WOMAN28}(?:職員|社員|スタッフ|団員|部員|陣|の皆さん|の方|たち)?(?:で回|が担当|に担当|にお願い|に任せ|の仕事|がやる|がやり|が行い|で行い|で分担|で担当)|${WOMAN28}(?:職員|社員|スタッフ|団員|部員|陣)?(?:の皆さん|の方|たち)?(?:は|に|が)[、,]?[^。！？!?\\n]{0,10}?(?:お茶出し|お茶くみ|お茶汲み|お茶の(?:用意|準備)|掃除|洗濯|配膳|洗い物|後片付け|お酌)(?:を|も|の)?(?:お願い|担当|当番|して(?:ください|ね|もら))`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('限定|専用|交代|男女|男性も|性別に|入浴|同性介助|女性の(?:方|利用者|入居者|患者)', 'u') },
  // Blind R315E-025 kind (dec57): the fit may be told after a pause or an adverb, and the sexes listed with their jobs before one 向いている
  // (土木職は…体力のある男性に、保健師は…女性に、特に向いている職種です; 男性にとても適した仕事). Not the notion named (イメージ, 思われがち).
  { re: phrase('(?:(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:子|人)|男の(?:子|人))(?:の方|の皆さん|の皆様)?(?:に|には)[、,]?(?:特に|とくに|とても|一番|いちばん|最も|もっとも|まさに|非常に|大変|より|きっと|こそ)?[、,]?(?:向いて(?:いる|います|る)|向いた|向き|ぴったり|最適|適して(?:いる|います)|適した|うってつけ)|(?:(?<![一-龥])(?:女性|男性)|女の(?:子|人)|男の(?:子|人))の方は[^。！？!?\\n]{0,20}?(?:受験|応募|志望|入団|入部)(?:を|も)?(?:おすすめ|お勧め|オススメ|ご検討ください)', 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('採用|募集|受験|求人|職種|入団|団員', 'u'), veto: phrase('限定|専用|検診|健診|更衣|男女問わ|性別に(?:関係|かかわ|関わ)|性別を問わ|イメージ|思われがち|と思われ|言われ|ではありません|わけではな|とは限ら|関係なく|固定観念|偏見|(?<!被)差別', 'u') },
  // Women's "own" feeling, a wife's duties, a wife who leaves, the father who takes leave (女性ならではの感情に訴える視点, 農家の嫁として家事も, 奥さんに逃げられても, 仕事ができる人ほど育休は取らない).
  { re: phrase('(?:女性|女子|ママ|主婦|お母さん)ならではの(?:感情|感性|優しさ|やさしさ|細やかさ|きめ細か|気配り|柔らかさ|母性|華やか)|(?<![花])嫁(?:として|なんだから|たるもの|の務め|の役目)|(?:奥さん|奥様|妻|嫁|女房|かみさん)に(?:逃げられ|捨てられ|見捨てられ|愛想を尽かされ|出て行かれ)|(?:旦那さん|ご主人|夫|パパ)の(?:晩ご飯|晩ごはん|夕飯|ご飯|ごはん|食事|お弁当)(?:も|を|の)[^。！？!?\\n]{0,6}?(?:忘れず|準備|用意|作って)|(?:仕事が?できる|優秀な)(?:人|男性|職員|社員)ほど[^。！？!?\\n]{0,8}?(?:育休|育児休業|休み)(?:は|を)?(?:取らない|取らん|とらない|取りません)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|ではない|誤解|思われがち|という声|固定観念|偏見', 'u') },
  // Looks rated against motherhood or age (若くてきれいで、とても子持ちには見えません), a balding head joked (頭の寒そうな男性職員).
  { re: phrase('(?:若くて|若々しくて|きれいで|綺麗で|キレイで|かわいくて|可愛くて|美人で|美しくて|スタイル(?:が)?(?:良|よ)くて)[^。！？!?\\n]{0,12}?(?:子持ち|ママ|母親|お母さん|主婦|おばさん|\\d+歳|\\d0代)(?:に|と)は(?:見え|思え)(?:な|ません)|頭(?:の|が)(?:寒そう|寂し|さみし|涼しそう|涼し|まぶし|眩し|薄)(?:い|く|な)?[^。！？!?\\n]{0,4}?(?:男性|職員|方|人|おじさん|課長|係長|部長|上司|先輩|市長|議員|さん)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A woman likened to goods for her skin (色白もち肌で、まるで返礼品の一部みたい), men stirred by women with a laugh (ビキニのお姉さんが…男性職員のやる気も高めです😏, 男性職員の相談が殺到しそうです（笑）).
  { re: phrase('(?:色白|もち肌|餅肌|美肌|スタイル|美人|かわい|可愛|美脚)[^。！？!?\\n]{0,16}?(?:返礼品|商品|景品|売り物|特産品|おまけ|お土産|詰め合わせ)(?:の一部|そのもの)?(?:みたい|のよう|扱い)', 'u'), rule: 'decency/lookism', severity: 'block', topic: phrase('職員|女子|女性|お姉さん|娘|嫁|奥さん|スタッフ|モデル', 'u') },
  { re: phrase(`男性(?:職員|陣|スタッフ|団員|社員|の皆さん|客|利用者)(?:の|が|も)[^。！？!?\\n]{0,12}?(?:高め|上が|上昇|アップ|爆上が|殺到|急増|倍増|押し寄せ|増えそう)[^\\n]{0,12}?${LAUGH28}`, 'u'), rule: 'decency/sexual', severity: 'block', topic: phrase('お姉さん|女性(?:職員|スタッフ)|女子|保健師さん|看護師さん|ビキニ|水着|美人|かわい|可愛|裸|ヌード|グラビア|セクシー', 'u') },
  // A disaster made a funny story, a death a "pick-up", the victims a comparison (水害のときは…今ではいい笑い話です, おじいちゃんが何人も“お迎え”に, 被災者じゃなくても泣けます).
  { re: phrase('(?:水害|災害|地震|台風|豪雨|浸水|火事|火災|事故|被災)[^。！？!?\\n]{0,60}?(?:笑い話|笑いのネタ|いいネタ|ネタに(?:なる|なり|なっ|でき)|武勇伝)', 'u'), rule: 'decency/insensitive', severity: 'warn', veto: phrase('教訓|忘れ|語り継|伝え', 'u') },
  { re: phrase('(?:火事|火災|水害|浸水|洪水|大雨|冠水|豪雨|台風|地震)[^\\n]{0,30}?(?:まるで[^。！？!?\\n]{0,10}?(?:キャンプファイヤー|プール|湖|海|アトラクション)|(?:キャンプファイヤー|プール|湖|海|アトラクション)(?:みたい|のよう|状態|に(?:なり|なっ)))[^\\n]{0,24}?(?:[😂🤣😆🔥]|[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑|(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|(?<![見照])映え|ばえ(?![ぁ-ゖ]))', 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, veto: phrase('防|訓練|注意|想定|ないよう|危険|禁止', 'u') },
  // Blind R140I-035: a disaster's photos or its wreckage called emotional or photogenic (大水害の写真…エモい, 被災地の跡が映える):
  // the victims' loss made a look, warn. Not the city's rebuilding (復興した町並みが映える) nor a lesson (教訓).
  { re: phrase('(?:水害|洪水|震災|被災|空襲|原爆|大火|津波|土砂災害|浸水)[^\\n]{0,16}?(?:写真|映像|跡|爪痕|がれき|瓦礫|被災地|廃墟|当時|光景|様子)[^\\n]{0,30}?(?:(?<![ぁ-ゖ一-龥])エモ(?:い|すぎ|く|か)|(?<![見照])映え(?:る|ます|すぎ|スポット|写真)?|ばえ(?![ぁ-ゖ]))', 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, veto: phrase('復興|再建|乗り越え|教訓|防災|訓練|備え|ご冥福|追悼|慰霊', 'u') },
  { re: phrase('[“「『"〝]お迎え[”」』"〟](?:が|に)?(?:来|き)', 'u'), rule: 'decency/insensitive', severity: 'block', topic: phrase('熱中症|高齢|お年寄り|おじいちゃん|おばあちゃん|病|亡|死', 'u') },
  // A sex told its manner (女の子はおしとやかに, 男の子はたくましく).
  { re: phrase(`${WOMAN28}(?:は|なら|らしく)[、,]?[^。！？!?\\n]{0,6}?(?:おしとやか|しとやか|女らしく)|(?:(?<![一-龥])(?:男性|男子)|男の子|(?<![一-龥ぁ-ゖ])男)(?:は|なら)[、,]?[^。！？!?\\n]{0,6}?(?:たくましく|泣かな|泣くな|男らしく)`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('固定観念|決めつけ|ではありません|押し付け|押しつけ|という声', 'u') },
  // Young women offered as the welcome (若い女性職員が笑顔でお出迎え).
  { re: phrase('(?:若い|かわいい|可愛い|美人の?|きれいな|綺麗な)(?:女性|女の子|女子)(?:職員|スタッフ|ガイド)?(?:たち)?(?:が)[^。！？!?\\n]{0,10}?(?:お出迎え|お待ち|お迎え|接客)', 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A body joked as too big for a thing (ぽっちゃりさんは浴衣の帯が回らないかも).
  { re: phrase('(?:ぽっちゃり|太め|太った|ふくよか|おデブ|メタボ|体の大きい|体重の重い)(?:さん|の方|な方|の人|な人)?(?:は|って|だと)[^。！？!?\\n]{0,16}?(?:回らない|入らない|着られない|はまらない|座れない|壊れ|沈|傾)', 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('サイズ|ご用意|ご相談|用意して', 'u') },
  // A district to avoid (あの地区だけは避けた方がいい), a 同和 district's people to beware of (どうわの人たちには気をつけて).
  { re: phrase('(?:あの|その|例の|あそこの|[〇○●◯×△□■]{1,3})(?:地区|地域|集落|町内|団地|辺り|あたり)(?:だけ)?(?:は|には|の(?:物件|土地)は)[、,]?[^。！？!?\\n]{0,8}?(?:避け(?:た|る)(?:ほう|方)が|やめ(?:た|る)(?:ほう|方)が|近づかない(?:ほう|方)が|住まない(?:ほう|方)が|買わない(?:ほう|方)が|おすすめしません|お勧めしません)|(?:同和|どうわ|部落|ぶらく|在日|ざいにち)(?:地区|地域)?(?:の|ん)(?:人|方|連中|出身者)(?:たち|ら)?(?:には|に|は)[^。！？!?\\n]{0,6}?(?:気をつけ|気を付け|注意し|近づかな|関わらな)', 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('冠水|浸水|水害|大雨|台風|工事|通行止め|渋滞|混雑|危険|土砂|ハザード|(?<!被)差別|人権', 'u') },
  // A sex or an age preferred for a role (支援員は、やっぱり若い女性のほうが子どもたちも喜びます); participants' bodies joked (太めの方が多かったです笑, なかなかの体型でした（笑）).
  { re: phrase('(?:若い|年配の|年上の)?(?:(?<![一-龥])(?:女性|男性)|女の(?:人|子)|男の(?:人|子))(?:の)?(?:ほう|方)が[^。！？!?\\n]{0,10}?(?:喜(?:ぶ|び|ばれ)|いい(?:です|ね|よ|と|[。！!])|安心(?:です|だ|感)|向いて(?:い|ま)|合って(?:い|ま))', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: phrase('職員|支援員|係|スタッフ|担当|受付|先生|保育|指導員|募集|採用', 'u'), veto: phrase('固定観念|決めつけ|ではありません|とは限ら|性別(?:を問わ|に関係|に関わ|にかかわ)', 'u') },
  { re: phrase(`(?:太め|ぽっちゃり|ふくよか|大柄)(?:な|の)?(?:方|人)が多(?:い|かった|め)[^\\n]{0,20}?${LAUGH28}|(?:なかなかの|立派な|見事な|貫禄のある|ふくよかな)(?:体型|体格|おなか|お腹)[^\\n]{0,8}?${LAUGH28}`, 'u'), rule: 'decency/lookism', severity: 'warn' },
  // A group let in on condition it stays out of the way (ゲイの方も参加OKですが、他の参加者の迷惑にならないよう), or excused as lesser (障害者の作った商品だから、多少の不良は大目に見て).
  { re: phrase(`(?:${MINORITY.source})[^。！？!?\\n]{0,10}?も[^。！？!?\\n]{0,8}?(?:ok|オッケー|可能|できます|歓迎|大丈夫)(?:です)?(?:が|けど)[、,]?[^。！？!?\\n]{0,16}?(?:迷惑|不快|驚か|戸惑|目立たない|控えめ)`, 'u'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:だから|なので|ですから)[、,]?[^。！？!?\\n]{0,12}?(?:大目に見|多少の(?:不良|ミス|失敗|遅れ|不備)は)', 'u'), rule: 'decency/stereotype', severity: 'warn', topic: MINORITY },
  // A single mother called by the slang shortening (シンママ, シンマザ).
  { re: phrase('(?<![ぁ-ゖ])(?:しんまざ|しんまま)(?=さん|たち|の|は|が|[^ぁ-ゖ]|$)', 'u'), rule: 'decency/stereotype', severity: 'warn' },
  { re: phrase(`(?:被災者|被害者|遺族|病人|けが人|怪我人)(?:じゃ|で(?:は|も)?)(?:なくても|ないのに|もないのに)[^。！？!?\\n]{0,10}?(?:泣け|泣き|つら|辛|死に)[^\\n]{0,20}?${LAUGH28}`, 'u'), rule: 'decency/insensitive', severity: 'warn' },
  // Round 31. A role pushed on mothers or women as the fix for a public problem (お母さんが家で子どもを見てくれれば解決する, 母親が仕事を辞めれば済む話).
  { re: phrase(`(?:${WOMAN28}|母親|主婦|(?<![一-龥])(?:妻|嫁)(?:さん)?)(?:たち|達)?(?:が|は|さえ)[、,]?[^。！？!?\\n]{0,16}?(?:家(?:で|に|庭)|自宅|仕事を辞め|働かな|専業主婦)[^。！？!?\\n]{0,14}?(?:れ|け|て|た)(?:ば|ら)[、,]?[^。！？!?\\n]{0,10}?(?:解決|済む|すむ|済み|片付|片づ|問題(?:は|も)?(?:な|起き)|(?:いい|よい)(?:話|だけ|のに)|なくな|減る|出ない|起きな)|(?:${WOMAN28}|母親)(?:が|まで)(?:外で)?(?:働(?:きに出る|く|いてる|いている)|仕事に出る)(?:から|せいで|ようになったから)[、,]?[^。！？!?\\n]{0,16}?(?:寂し|さみし|荒れ|非行|不登校|かわいそう|可哀想|グレ|ぐれ|しつけ|躾|愛情不足)|(?:${WOMAN28}|母親|主婦)(?:は|こそ)[、,]?[^。！？!?\\n]{0,12}?(?:家|家庭|自宅)(?:に|で|を)[^。！？!?\\n]{0,8}?(?:べき|のが(?:当たり前|当然|普通|筋)|もの(?:です|だ|でしょ))`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('父親|お父さん|パパ|(?<![一-龥])夫|男性|ご家族|保護者|両立|支援|ではありません|わけではな|押し付け|押しつけ|固定観念|決めつけ|という|かつて|昔は|時代', 'u') },
  // People sorted by age or sex as easy or difficult counterparts (おじいちゃんだったから話が早くて, 若い人だったらごねてた, 年配の方が相手だと話が通じない).
  { re: phrase('(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|じいさん|ばあさん|お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|若い(?:人|子|方|やつ|奴|男|女|兄ちゃん|姉ちゃん|お兄さん|お姉さん)|若い(?:もん|者)|若者|若造|おじさん|おばさん|おばちゃん|おっちゃん|女の人|女性|(?<![一-龥])女)(?:の方|さん|たち|の(?:お客様|お客さん|利用者|運転手|ドライバー))?(?:が相手|相手)?(?:だったから|だったので|だから|なので|で(?!も|す|し|は)|だと|だったら|なら|って|やったけん|やけん|やったら|じゃったら|やと)[、,]?[^。！？!?\\n、,]{0,4}?(?:話が(?:早|はや|通じ|わか|分か)|(?:すぐ|すんなり)(?:納得|了承|引き下が)|ごね|ゴネ|揉め|もめ(?:る|て|た|そう)|文句|クレーム|難癖|いちゃもん|面倒くさ|めんどくさ|めんどい|厄介|物分かり|ものわかり|聞き分け|キレ(?:る|て|た|そう)|逆ギレ|逆切れ|(?:で|て)助かった)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('詐欺|被害|ではありません|とは限ら|決めつけ|偏見|ご相談|ご注意', 'u') },
  // A difficulty minimised as a group's alone (戸惑うのはお年寄りくらい, 引っかかるのは外国人ぐらいしか).
  { re: phrase('(?:戸惑|とまど|困|迷|苦手|不慣れ|わから|分から|間違え|引っかか|ひっかか|騙さ|だまさ|信じ|文句を|反対す|気にす|気にな|読めな|知らな|ついていけな)[^。！？!?\\n]{0,4}?(?:の|ん)は[、,]?(?:おじいちゃん|おばあちゃん|お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人|シニア|外国(?:人|の方)|実習生|障(?:害|がい)(?:者|のある方))(?:の方|たち|の人|世代|層)?(?:くらい|ぐらい|位|だけ)(?!の|では|でな|じゃ|に|を|が|は)|(?:今どき|いまどき|今時|今さら|いまさら)[^。！？!?\\n]{0,16}?(?:の|ん)は[、,]?(?:お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人)(?:くらい|ぐらい|だけ)(?!の|では|でな|じゃ)|(?:お年寄り|年寄り|高齢(?:者|の方)|年配(?:の)?(?:方|人)|老人|外国(?:人|の方))(?:くらい|ぐらい)しか[^。！？!?\\n]{0,4}?(?:戸惑わ|困ら|迷わ|引っかから|騙され|だまされ|反対し|文句)', 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|偏見', 'u') },
  // A suicide made a joke or a tip (川に飛び込む前に転職をおすすめします笑, 樹海行きかな😇).
  { re: phrase(`(?:首(?:を)?(?:吊|つ|くく)|首吊|首つり|身投げ|樹海(?:行き|へ行|に行|送り)|練炭|入水|投身|(?:線路|ホーム)(?:に|へ|から)飛び込|(?:ビル|屋上|橋)から飛び降り|飛び降りる(?:しか|前に)|死ぬしか|死んで(?:お)?詫び|自殺(?:しよ|したく|する(?:前|しか)|もの)|(?:川|海|ダム|堀)(?:に|へ)飛び込(?=む前|むしか|むくらい|むか|まな|みた))[^\\n]{0,30}?(?:${LAUGH28}|[😇💀🙃]|(?<=[ぁ-ゖー〜！!？?…])w+(?![a-z])|(?:おすすめ|お勧め|オススメ)(?:します|です|。|$)|(?<=前に)[^。！？!?\\n]{0,12}?(?:へ|に)(?:どうぞ|[！!]))`, 'u'), rule: 'decency/insensitive', severity: 'block', veto: phrase('相談|いのちの電話|こころ|悩|防止|予防|ゲートキーパー|命を|支援|ご冥福|お悔やみ|準備運動|ライフジャケット|泳|水難|遊び|海水浴|安全|探検|散策|ハイキング|原生林|ネイチャー', 'u') },
  // A same-sex couple or mixed marriage called unusual with a laugh, or an unusual family (…ちょっと珍しいご家族ですが（笑）, ママが二人いる、少し変わったおうち).
  { re: phrase(`(?:同性|(?:男性|女性|男|女)同士|ゲイ|レズ|lgbt|トランス|性的(?:少数|マイノリティ)|パートナーシップ|国際結婚|国際カップル|(?:ママ|パパ|お母さん|お父さん)が(?:二人|2人|ふたり))[^\\n]{0,30}?(?:珍し|めずらし|変わった|変わって(?=る|ます|います|ん)|変わり種|異色|風変わり)(?!く|さ)(?:[^。！!\\n]{0,14}?(?:${LAUGH28}|(?<=[ぁ-ゖー〜！!？?…])w+(?![a-z]))|(?:い|な|の)?(?:ご|お)?(?:おうち|家(?![庭具電事賃計屋])|家族|家庭(?!料理|菜園)|夫婦|カップル))`, 'u'), rule: 'decency/discriminatory', severity: 'warn', para: true, wide: true, veto: phrase('(?<!被)差別|偏見|ではありません|珍しくな', 'u') },
  // Round 32. The old waved off as soon to die (どうせ先の短いお年寄り, 年寄りは老い先短いけん, 棺桶に片足突っ込んだ老人).
  { re: phrase(`(?:先の短い|先が短い|先(?:の|は|も)?(?:長く|永く)(?:ない|なか)|(?:あと|残り)(?:数年|わずか|少し)の(?:命|人生)(?:の)?|残り(?:少ない|わずかな)(?:人生|命)(?:の)?|老い先(?:の)?(?:短|長くな)[いか]?|棺(?:桶|おけ)に片足[^。！？!?\\n、]{0,6}?|余命(?:いくばく|幾許)もない|死にかけ(?:の|た)|(?:どうせ|もう)(?:すぐ)?(?:死ぬ|いなくなる|お迎えが来る))(?:ような)?(?:${AGED}|じじい|ばばあ|じじばば|年金(?:暮らし|生活)の(?:方|人)|世代)|(?:${AGED})(?:は|って|なんて|なんか|の方は)[、,]?[^。！？!?\\n]{0,10}?(?:先(?:が|は|も)(?:短|長くな)|老い先(?:が|も)?(?:短|長くな)|棺(?:桶|おけ)に片足|(?:どうせ|もう)(?:すぐ)?(?:死ぬ|いなくなる|お迎え))(?![^。！？!?\\n]{0,8}?(?:と(?:おっしゃ|言|いう|いわ|思|考|話|笑)|って(?:言|思|笑)|なんて|など))`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|偏見|ではありません|決めつけ|思い込み', 'u') },
  // A resident's looks laughed at (ごみ屋敷のご主人、見た目もなかなかの迫力でした（笑）, あのおじさんの風貌は完全に山賊w).
  { re: phrase(`(?:ご主人|主人|あるじ|店主|大将|女将|おかみさん|ご亭主|旦那さん|奥さん|住人|住民|市民|入居者|来館者|家主|お兄さん|お姉さん|兄ちゃん|姉ちゃん|(?:お)?(?:じい|ばあ)(?:さん|ちゃん)|おじさん|おばさん|おっちゃん|おばちゃん|(?<![ぁ-ゖ])さん|男性|女性|相談者|利用者|来庁者|お客(?:さん|様))(?:の方)?(?:は|も|の|って|[、,])?[、,]?(?:その|あの)?(?:見た目|外見|容姿|風貌|風体|人相|顔つき|顔立ち|ご面相|面構え|ルックス|体格|体型|体形|髪型|髪形|ヘアスタイル|頭髪)(?:は|も|が|の|[、,])?[^。！？!?\\n]{0,20}?(?:${LAUGH28}|${LAUGH_W}|笑いを(?:こらえ|堪え|我慢)|(?:吹き|噴き|ふき)出(?:し|す|そう))`, 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('活か|生か|合わせ|合った|に合う|サイズ|(?:で|によって)(?:判断|区別|対応を変え)|ゆるキャラ|キャラクター|着ぐるみ|きぐるみ|人形|ぬいぐるみ|赤ちゃん|笑顔|ルッキズム|(?<!被)差別', 'u') },
  // Round 33. A group's supposed habit given, with a laugh, as the reason (女の人は化粧直しに時間がかかりますからね（笑）, お年寄りは朝が早いけんね笑).
  { re: phrase(`(?:${R33_FOLK})(?:たち|陣|の皆さん|の方々|の方|さん|方)?(?:は|って|ってのは|というのは|ちゃ)[、,]?[^。！？!?\\n]{0,20}?(?:${R33_HABIT})[^。！？!?\\n]{0,10}?(?:から|けん|ので|んで|もん|もの|と思(?:い|って))(?:ね|ねぇ|ねー|な|なあ|よ|ー|まして)*[ー〜~…。！!]{0,3}(?:[、,]?[^。！？!?\\n]{0,24}?)?(?:${LAUGH28}|${LAUGH_W}|ｗ)`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|思い込み|固定観念|という声|と思われがち', 'u') },
  // A group named as the cause of a public problem, coming or calling for nothing (待ち時間が長い原因は、ご高齢の方が用もないのに毎日来院されること).
  { re: phrase(`(?:原因|理由|要因|せい|のは)[^。！？!?\\n]{0,14}?(?:暇を持て余(?:した|して(?:い)?る)|暇な|ひまな)?(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方|さん)?(?:が|は|の)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_IDLE})|(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方|さん)?(?:が|は)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_IDLE})[^。！？!?\\n]{0,20}?(?:から|けん|せいで|ので|ため)[、,]?[^。！？!?\\n]{0,16}?(?:混|待ち時間|渋滞|足りな|不足|逼迫|ひっぱく|圧迫|長くな|パンク|迷惑|回らな|困っ|困る)|(?:${R33_BLAMED})(?:々|の方々|の皆さん|たち|の方)?の(?:長話|無駄話|世間話|おしゃべり|長居|居座り|暇つぶし)(?:の)?せい|(?:原因|要因|せい|のは|犯人)(?:は)?[、,]?[^。！？!?\\n]{0,6}?(?:${R33_IDLE})[^。！？!?\\n]{0,16}?(?:${R33_BLAMED})`, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('ではありません|とは限ら|決めつけ|偏見|誤解', 'u') },
  // 部落 or 同和 said of a district as its repute or as the reason others object (あの地区は昔から部落だと言われとるけん, 同和地区だって噂があるから).
  { re: phrase(`(?:地区|地域|集落|町|村|辺り|あたり|あそこ|土地|場所|団地|校区|界隈|一帯|エリア)(?:は|って|も|が|の方は)?[、,]?[^。！？!?\\n]{0,12}?(?:(?<=元|旧)|(?<![一-龥]))(?:部落|ぶらく|同和|どうわ)(?:の)?(?:地区|地域)?(?:だ|や|じゃ)?(?:った|ったと)?(?:(?:と|って|とか|っち|て)[^。！？!?\\n]{0,6}?(?:言われ|いわれ|言いよ|言う人|聞い|聞き|聞く|噂|うわさ|呼ばれ|よばれ)|らしい|(?:という|との|って)(?:噂|うわさ|話)|(?:から|けん|ので|なので)[、,]?[^。！？!?\\n]{0,16}?(?:反対|嫌が|いやが|避け|住みたがら|買わ|売れ|敬遠))|(?<![一-龥])(?:部落|同和(?:地区|地域)?)(?:が|の)(?:あった|ある)(?:場所|所|ところ|土地|地区|地域)(?:だ|や)?(?:と|って|という|との)[^。！？!?\\n]{0,4}?(?:話|噂|うわさ|言われ|いわれ|聞)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('(?<!被)差別|人権|啓発|解消|偏見|学習|研修|許され', 'u') },
  // Looks likened to a named person's, as the joke (市長の頭みたいにすっかり寂しく（笑）, 課長のお腹のようにぽっこり).
  { re: phrase(`(?:${TEASED}|校長|教頭|社長|会長|議長|先生|親父|おやじ|旦那|父)(?:の)(?:頭|髪(?:の毛)?|頭髪|生え際|おでこ|額|顔|お腹|おなか|腹|体型|ほっぺ|頬|鼻|お尻)(?:みたい|のよう|並み|そっくり|くらい|ぐらい|と同じ)(?:に|な|で|く)?[^。！？!?\\n]{0,12}?(?:${R33_LOOK})(?:[^。！？!?\\n]{0,20}?(?:${LAUGH28}|${LAUGH_W}|ｗ)|(?<=(?:頭|髪(?:の毛)?|生え際)[^。！？!?\\n]{0,16}(?:寂し|さみし|薄|うす|ハゲ|はげ|禿|つるつる|ぴかぴか)))|まるで(?:${TEASED}|校長|教頭|社長|会長|議長|先生|親父|おやじ|旦那|父)の(?:頭|おでこ|額|お腹|おなか)(?:です|だ|や|じゃん|状態)?[ー〜~…。！!]{0,3}(?:${LAUGH28}|${LAUGH_W}|ｗ)`, 'u'), rule: 'decency/lookism', severity: 'warn', veto: phrase('ゆるキャラ|キャラクター|着ぐるみ|きぐるみ|ぬいぐるみ|人形|赤ちゃん', 'u') },
  // Hiring that asks for a sex or an age, or calls women or disabled people unfit (できれば若い男性で, 女性や障がいのある方にはちょっと難しいかも).
  { re: phrase(`(?:できれば|出来れば|なるべく|できたら|可能なら|理想は|欲を言えば|本音を言えば|希望としては)[、,]?[^。！？!?\\n]{0,10}?(?:${R33_HIRED})(?:の方|の人)?(?:で|が(?:いい|良い|望まし|助か|理想|ありがた)|を(?:希望|優先|歓迎|採用)|希望|歓迎|優先|限定|だと(?:助か|ありがた|嬉し|うれし)|なら(?:助か|ありがた)|に限)|(?:${R33_HIRED})(?:の方|の人)?(?:を)?(?:希望(?:します|です|。|$)|優先(?:します|的に|して採用))|(?:(?:若い|若手の?|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半)?の?)(?:(?<![一-龥])(?:男性|女性)|男の(?:人|方)|女の(?:人|方))|若い(?:方|人))(?:の方|の人)?(?:だと|なら|が)(?:助か|ありがた|嬉し|うれし|望まし|理想)|(?:若くて|若い|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半)?の)[^。！？!?\\n]{0,6}?(?:(?<![一-龥])(?:男性|女性)|男の(?:人|子)|女の(?:人|子))(?:の)?(?:スタッフ|職員|社員|従業員|アルバイト|パート|作業員|ドライバー|方)?(?:を|の)?(?:募集|急募|求む|求めて)|(?<![一-龥])(?:女性|男性)より(?:も)?(?:男性|女性)(?:の方|のほう)が(?:いい|良い|向いて|望まし|助か)|(?:(?<![一-龥])女性|女の(?:人|子|方)|${DISABLED})(?:や|、|・|と|の方)?[^。！？!?\\n]{0,14}?(?:には|は)[、,]?[^。！？!?\\n]{0,6}?(?:難し|むずかし|厳し|きつ|無理(?!せず|しない|をせず|をしない|なく|のない)|不向き|向かな|向いてい(?:ない|ません)|向きません|務まらな)`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('募集|急募|求人|求む|採用|アルバイト|バイト|パート(?!な)|応募|働き手|人材|従業員|作業員', 'u'), pveto: phrase('婚活|出会い|縁結び|パーティ|交流会', 'u'), veto: phrase('限定|専用|検診|健診|更衣|授乳|相談員|女性消防|女性の視点|男女問わ|性別(?:不問|を問わ|に関係|に関わ|にかかわ)|ご相談|配慮|サポート|支援|合理的|ではありません|とは限ら', 'u') },
  // Round 34. A people or the old named as the cause of a public problem by a harm they do (シラスウナギが獲れないのは、中国人が稚魚を根こそぎ買い占めていくからです, …のは、お年寄りが増えすぎて…からです).
  { re: phrase(`(?:の[はも]|(?<=[るたい])とは|原因は|理由は|要因は)[、,]?[^。！？!?\\n]{0,8}?(?:${G34})(?:々|たち|の方々|の皆さん|の方|さん|ら|連中)?(?:が|の)[、,]?[^。！？!?\\n]{0,20}?${HARM34}[^。！？!?\\n]{0,14}?(?:から|けん|せい)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|デマ|根拠|(?<!被)差別|(?:という|との)(?:声|意見|話|うわさ|噂)|一部', 'u') },
  // The group as a modifier of the culprit (駐車場不足の原因は、…お年寄りの車です).
  { re: phrase(`(?:原因|要因|犯人)は[、,]?[^。！？!?\\n]{0,20}?(?:${G34})(?:々|たち|の方々|の方)?の(?:車|自転車|バイク|ごみ|ゴミ|長居|迷惑駐車|路上駐車|違法駐車|マナー|騒音|子(?:ども|供)?(?:たち)?)(?:です|だ|や|でしょう|なん|ばかり|ばっかり|[。！!]|$)|(?:${G34})(?:々|たち|の方々|連中)?のせい(?=です|だ(?!け|と)|や(?!と)|でしょう|だろう|なん|[。！!]|$)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|デマ|根拠|(?<!被)差別|(?:という|との)(?:声|意見|話|うわさ|噂)|一部', 'u') },
  // A sex's supposed quitting on marriage or birth as the reason to prefer the other (女性は結婚や出産で辞める方も多いので、長く働ける男性の…応募を).
  { re: phrase(`(?:(?<![一-龥])(?:女性|女子)|女の(?:人|子|方))(?:職員|社員|スタッフ|の方)?(?:は|って|だと|の場合|なら)[、,]?[^。！？!?\\n]{0,12}?(?:結婚|出産|妊娠|育児|子育て|家庭|寿)[^。！？!?\\n]{0,10}?(?:辞め|やめ|退職|退社|離職|抜け|休|いなくな)[^。！？!?\\n]{0,14}?(?:ので|から|ため|けん|し)[、,]?[^。！？!?\\n]{0,24}?(?:(?<![一-龥])男性|男の(?:人|方|子)|男子|採用|雇|応募|募集)|(?:(?<![一-龥])男性|男の(?:人|方))(?:の方|のほう)が(?:長く|長続き|辞めにく|辞めな|定着)|(?:長く|長期(?:間|的に)?|ずっと|定年まで)(?:働ける|働いてくれる|働いてもらえる|勤められる|勤めてくれる|続けられる)(?:(?<![一-龥])男性|男の(?:人|方|子)|男子)|(?:結婚|出産|妊娠|育児|子育て|産休|育休|寿退社|寿退職)[^。！？!?\n]{0,14}?(?:心配|不安|懸念|リスク|恐れ|おそれ|可能性)(?:が|の)?(?:少な|な(?=い|く|し)|無|低|薄)[^。！？!?\n]{0,10}?(?:(?<![一-龥])男性|男の(?:人|方|子)|男子)`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('募集|採用|応募|求人|試験|雇|人材|職員|歓迎|優遇|求む|医師|スタッフ', 'u'), veto: phrase('支援|両立|継続|復帰|ではありません|とは限ら|ざるを得|余儀な|やむを得|環境|制度|なくそう|なくす|応援|サポート|相談|課題|偏見|固定観念|ハラスメント|違反|男女問わ|性別(?:不問|を問わ|に関係|に関わ|にかかわ)', 'u') },
  // A sneer at long life or at the old's numbers (長生きも考えものですね, 年寄りばかり長生きして, 高齢者が増えすぎて).
  { re: phrase(`長生き(?:も|は|なんて|なんか|するのも|しすぎるのも|しても|されても)[、,]?[^。！？!?\\n]{0,4}?(?:考えもの|考え物|困りもの|困り物|善し悪し|良し悪し|よしあし|ほどほど|迷惑|罪)|長生きし(?:すぎ|過ぎ)(?!ない|ず)|長生きされ(?:ても|ると|たら)[^。！？!?\\n]{0,8}?(?:困|迷惑)|(?:${AGED}|じじい|ばばあ)(?:ばかり|ばっかり|ばっか)(?:が)?[^。！？!?\\n]{0,4}?長生き|(?:いつまでも|なかなか)(?:死なな|死なん|死にませ|くたばら)|(?:(?:${NATION})(?:人|系)|${R33_BLAMED})(?:が|ばかり)[^。！？!?\\n]{0,2}?増え(?:すぎ|過ぎ)`, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('秘訣|祝|おめでと|健康寿命|ではありません|とは限ら|偏見', 'u') },
  // Round 35. A woman as the bait for men, or a man for women (若い女の子が来てくれたら男性の利用者も増えるかも笑, 受付に美人を置けばおじさんたちも喜んで通う), or as 客寄せ.
  { re: phrase(`${BAIT(WOMAN35, '(?<![一-龥])(?:男性|男子|男(?!の子))(?:の)?(?:利用者|お客|客|来場者|参加者|職員|陣|たち|ファン|リピーター)?|おじさん|おっさん|おじちゃん|男衆')}|${BAIT(MAN35, '(?<![一-龥])(?:女性|女子)(?:の)?(?:利用者|お客|客|来場者|参加者|ファン|リピーター)?|おばちゃん|おばさん|奥様|奥さん|マダム|主婦')}|(?:${WOMAN35}|${MAN35})(?:を|が|は|に)[^。！？!?\\n]{0,8}?(?:客寄せ|(?:置|座らせ|立たせ|配置|採用|選|そろえ|揃え|並べ)[^。！？!?\\n]{0,4}?(?:ほうが|方が|ると|れば)[、,]?[^。！？!?\\n]{0,10}?(?:印象|華やか|受けが|ウケが|評判|喜ばれ|映え|目を引))|(?:男性|おじさん|(?<![一-龥])男)(?:客|の(?:お客|利用者|来場者))?(?:を|が)[^。！？!?\\n]{0,6}?(?:呼び込|集め|呼ぶ|増や|喜ば|釣)[^。！？!?\\n]{0,6}?(?:ため|よう|には)[、,]?[^。！？!?\\n]{0,16}?(?:${WOMAN35}|(?:[0-9０-９]0|二十)代(?:の)?女性|女性(?:に|を|の)?(?:限定|限|そろえ|揃え))|(?:(?:美人|美女|イケメン)(?:の|な)?|(?:(?:見た目|容姿|ルックス|顔|スタイル)(?:の|が)(?:いい|良い|華やかな|きれいな|綺麗な|整った)|容姿端麗な?|水着(?:の|が)似合う)(?=[^。！？!?\\n]{0,3}?(?:応募者|女性|男性|女の子|女子|お姉さん)))(?:若い)?(?:応募者|女性|男性|女の子|女子大生|女子高生|お姉さん)?(?:を|から)[^。！？!?\\n]{0,4}?(?:優先|採用し|選び|選ん|選考|合格|募集)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('定住|移住|人口|定着|住み|結婚|婚活|まちづくり|少子化|ではありません|固定観念|(?<!被)差別', 'u') },
  // … or a woman wanted to brighten the place or as the applicant (女の子が入ってくれたら職場が華やぐ, 女子大生の応募、待ってます！), warn; block with a laugh or looks.
  { re: phrase(`(?:${WOMAN35}|女の子)(?:が|に)[^。！？!?\\n]{0,10}?(?:たら|れば|(?<=[るた])と)[、,]?[^。！？!?\\n]{0,10}?(?:華やぐ|華やか|華が(?:出|ある|でき|添)|潤(?:う|い)|うるお|明るくな|癒され|目の保養|和(?:み|む|や))|(?:女子大生|女子高生|若い(?:女性|女の子|お姉さん)|女の子|かわいい子)(?:の|から(?:の)?)(?:ご)?(?:応募|参加)[、,]?[^。！？!?\\n]{0,4}?(?:待って|お待ち|大歓迎|歓迎)`, 'u'), rule: 'decency/discriminatory', severity: 'warn', upgrade: phrase(`${LAUGH28}|笑|かわい|可愛|美人|[♡💕]`, 'u'), veto: phrase('向け|限定|女子会|キャリア|理系|専用|女性活躍|ではありません|固定観念|定住|移住|人口|住み|まちづくり', 'u') },
  // The old or a people blamed for a slow desk or a queue (時間がかかるのは、だいたいお年寄りの手続きです, 列が進まない原因は、ほとんどが高齢者, 混むのは高齢者が操作に手間取るせい), warn.
  { re: phrase(`(?:${SLOW})[^。！？!?\\n]{0,8}?(?:(?:の|ん)は|原因は|要因は)[、,]?[^。！？!?\\n]{0,8}?(?:${R33_BLAMED}|${G34})(?:々|たち|の方々|の方|さん|世代)?(?:(?:の(?:お|ご)?(?:手続き|申請|方|人|対応|利用|相談|お客|客))?(?:です|だ|や|でしょう|なん|ばかり|ばっかり|ばっか|が(?:多|大半|ほとんど)(?:い|いです|いですね|いね)?(?=[。！!…]|$)|(?=[。！!…]|$))|(?:が|の)[^。！？!?\\n]{0,16}?(?:${SLOW}|ゆっくり|理解でき|わから|分から|もたつ|覚えられ)[^。！？!?\\n]{0,8}?(?:から|せい|ため|けん|ので))|(?:${R33_BLAMED})(?:の方|の皆さん)?(?:の(?:お|ご)?(?:手続き|申請|対応|相談|会計|支払い|精算))?(?:は|には|って|だと)[、,]?[^。！？!?\\n]{0,8}?(?:${SLOW})(?:る|って|く|い)?(?:ので|から|けん|ため|し|て)[、,]?[^。！？!?\\n]{0,12}?(?:混|待|迷惑|列|滞|遅れ|進ま|困|優先)|(?:手続き|動作|理解|説明|操作|会計|支払い)(?:が|の)(?:遅い|のろい|時間(?:が|の)かかる)(?:${R33_BLAMED})`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['時間', '手間', '遅', '混', '滞', '長引', '進ま', '止ま', '詰ま', '待'], veto: phrase('ではありません|ではない|とは限ら|決めつけ|偏見|誤解|(?<!被)差別|一部|場合|横断|歩行|ドライバー|運転|注意|余裕|配慮', 'u') },
  // … and told to come with the young (ご高齢の方はできるだけ若いご家族と一緒に来てください), warn.
  { re: phrase(`(?:${R33_BLAMED})(?:の方|の皆さん|の皆様)?(?:は|には|の場合は)[、,]?[^。！？!?\\n]{0,20}?若い(?:ご家族|家族|方|人|世代|お子さん|息子さん|娘さん|者|もん)[^。！？!?\\n]{0,12}?(?:来て|来庁|来所|来館|来場|お越し|いらして|おいで)`, 'u'), rule: 'decency/stereotype', severity: 'warn' },
  // A group set apart so that the others feel safe or at ease (障害のある子が多いクラスを分けて…ほかの保護者の皆さんも安心, ほかの利用者さんが安心できるよう、認知症の方は別のフロアで).
  { re: phrase(`(?:${G35})[^。！？!?\\n]{0,24}?(?:${APART35}[^。！？!?\\n]{0,24}?(?:${OTHERS35}|(?:みなさん|皆さん|皆様|みなさま|みんな)(?:が|も)?)[^。！？!?\\n]{0,10}?${EASE}|${OTHERS35}[^。！？!?\\n]{0,10}?${EASE}[^。！？!?\\n]{0,16}?${APART35})|${OTHERS35}[^。！？!?\\n]{0,10}?${EASE}[^。！？!?\\n]{0,12}?(?:よう|ため|から|ので)[、,]?[^。！？!?\\n]{0,10}?(?:${G35})[^。！？!?\\n]{0,20}?${APART35}|(?:${G35})(?:が|と)(?:いる|おる|入る|来る|一緒(?:の[^。！？!?\\n]{0,4}?)?だ)と[、,]?[^。！？!?\\n]{0,4}?${OTHERS35}[^。！？!?\\n]{0,8}?(?:落ち着|集中|勉強|安心|楽し)[^。！？!?\\n]{0,6}?(?:でき(?:ない|ず|ん)|られ(?:ない|ず|ん)|ません)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['安心', '落ち着', 'のびのび', '伸び伸び', '集中', '気兼ねなく', '快適', '苦情', '文句', '不満', '不安', '怖が', '戸惑', '嫌が'], veto: phrase('(?<!被)差別|偏見|人権|希望|ご本人|休憩|個別|用意|設け|感染|アレルギー|有無|関係なく|かかわらず|関わらず|一緒に(?:過ご|学|遊|参加|楽し)|ともに|共に|専用|スロープ|段差|エレベーター|見守|(?<!特別)支援(?!学級|学校)|サポート|指導|日本語', 'u') },
  // A group's haunt to be prevented, or its arrival the reason for guards (外国人のたまり場にならないよう警備を強化, 実習生が増えてきたので防犯パトロールを強化).
  { re: phrase(`(?:${GUARDED35})(?:の|が集まる|が集まって(?:くる|いる)?)(?:たまり場|溜まり場|溜り場|巣窟|根城|アジト)|(?:${GUARDED35})(?:による|対策|(?:が|の)(?:増え|増加|急増|多く住|住み|住む|住んで|居つ|居着|集ま|集住|出入り|たむろ|流入|転入|寮|宿舎|受け?入れ|来る|来て|来ら|来館|来訪|来店|滞在|宿泊))[^。！？!?\\n]{0,16}?(?:警備|防犯|パトロール|見回り|巡回|監視|警戒|夜回り)(?:カメラ|員|体制|活動)?(?:を|の|も)?(?:強化|増や|増員|増設|設置|徹底|厳重|強め|配置|常駐)`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('人気|交流|憩い|にぎわ|賑わ|多言語|案内|通訳|混雑|雑踏|大勢|人出|被害|狙|詐欺|事故|迷子|熱中症|交通|避難|災害|(?<!被)差別|偏見|(?:皆さん|方|方々)(?:が安心|の安全)', 'u') },
  // Round 36. A district's residents hinted at by a pointing word, and their living there given as the reason of a nuisance or a bad name (…臭いがひどい地区って、昔から “あっちの人たち” が住んどるところやけんね, ああいう人らが固まって住んどるけん物騒).
  { re: phrase(`(?:${HINTED36})${LIVING}[^。！？!?\\n]{0,6}?(?:ところ|とこ|所|地区|地域|場所|あたり|辺り|辺|集落|団地)?(?:やけん|やけ|じゃけん|だから|やから|じゃから|ですから|なので|なんで|やし|だし|けん|けえ|から(?:ね|な|[。…！!]|$)|らしい)|(?:臭|くさ|汚|きたな|治安|物騒|荒れ|柄が|ガラが|怖|こわ|近寄ら|近づか|行かん|行かない|避け)[^。！？!?\\n]{0,24}?(?:${HINTED36})${LIVING}|昔から[^。！？!?\\n]{0,6}?[“"「『](?:${HINTED36})${LIVING}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['あつち', 'あちら', 'あそこ', 'あの辺', 'あのへん', 'あのあたり', 'ああいう', 'そういう', '例の', '川向こう', '“特', '「特', '"特', '『特', '訳あり', 'わけあり', 'ちよつと違う'], veto: phrase('(?<!被)差別|偏見|人権|啓発|ではありません|決めつけ|誤解|(?:という|との)(?:声|意見|噂|うわさ)', 'u') },
  // A sex taken along or set out to brighten an occasion (場を華やかにするため若い女性職員を同行させます, 女性職員を並べて会場に華を添え), warn.
  { re: phrase(`(?:華やか(?:に|さを)|華(?:を|が)(?:添え|出|そえ)|花を(?:添え|そえ)|彩りを(?:添え|そえ)|見栄え|(?:写真|絵)?(?:映え|ばえ)|絵になる)(?:を|が)?(?:良く|よく)?(?:する|させる|なる|出す)?(?:ため|ように|よう|目的で|狙いで|のに|には)[、,]?[^。！？!?\\n]{0,12}?${WOMAN36}(?:を|に)(?:も)?[^。！？!?\\n]{0,8}?${PLACED}|${WOMAN36}を[^。！？!?\\n]{0,8}?${PLACED}[^。！？!?\\n]{0,16}?(?:華やか|華を添え|花を添え|彩りを添え|華が出|見栄え|映え|盛り上げ|和ませ|潤い|目の保養|癒し)`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['華', '花を', '彩り', '見栄え', '映え', 'ばえ', '絵になる', '盛り上げ', '和ませ', '潤い', '目の保養', '癒し'], veto: phrase('合唱|コーラス|演奏|ダンス|踊り|舞踊|演技|出演|生け花|活け花', 'u') },
  // A disabled group told to refrain with the others' bother as the reason (車いすの方のご利用はご遠慮ください。ほかの利用者のご迷惑になります), not an accessibility notice that offers help.
  { re: phrase(`(?:${TURNED36})[^。！？!?\\n]{0,24}?(?:(?:${REFRAIN})(?:[^。！？!?\\n]{0,30}?|[^。！？!?\\n]{0,12}?[。！!][^。！？!?\\n]{0,4}?${OTHERS36})(?:${BOTHER36})|(?:${BOTHER36})[^。！？!?\\n]{0,20}?(?:${REFRAIN}))|${OTHERS36}(?:${BOTHER36})[^。！？!?\\n]{0,12}?[。！!、,]?[^。！？!?\\n]{0,12}?(?:${TURNED36})[^。！？!?\\n]{0,16}?(?:${REFRAIN})`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, wide: true, need: ['迷惑', '邪魔', 'じやま', '妨げ'], veto: phrase(`(?:お手伝い|介助|サポート|ご案内|ご用意|ご相談|お申し出|お声(?:かけ|がけ))(?:いたし|します|しますので|ください|を|が可能)|(?<!被)差別|偏見|人権|ではありません|という(?:声|ご意見)|(?:方|人|子)${PAIRED_TAIL}`, 'u') },
  // A sexual joke about a case (オス猫1匹にメス猫10匹のハーレム状態でした。ある意味うらやましい), warn.
  { re: phrase(`(?:ハーレム|酒池肉林|一夫多妻|一妻多夫|夜の(?:営み|生活|運動会|お楽しみ))[^\\n]{0,40}?(?:うらやまし|羨まし|うらやま|あやかりたい|あやかれ|男の(?:夢|ロマン)|代わって(?:ほし|欲し|もらいたい)|代わりたい|いい(?:ご)?身分|${LAUGH28})|(?:交尾|子作り|種付け|繁殖)[^\\n]{0,30}?(?:うらやまし|羨まし|あやかりたい|男の(?:夢|ロマン)|お盛ん|代わって(?:ほし|欲し|もらいたい)|代わりたい)|(?:うらやまし|羨まし)[^。！？!?\\n]{0,10}?(?:ハーレム|酒池肉林)|(?:アダルト|成人向け)(?:な)?(?:雑誌|本|dvd|ビデオ|グッズ|動画)[^\\n]{0,30}?(?:役得|お宝|得した|ラッキー|赤面|${LAUGH28})`, 'u'), rule: 'decency/sexual', severity: 'warn', para: true, need: ['あだると', '成人向け', 'はーれむ', '酒池肉林', '一夫多妻', '一妻多夫', '夜の', '交尾', '子作り', '種付け', '繁殖', 'うらやまし', '羨まし'], veto: phrase('(?<!被)差別|ハラスメント|セクハラ', 'u') },
  // A body shape tied to ability (体型がふくよかな人ばかり…運動不足で仕事も遅くなるのかな, 太ってる人は動きがのろい), warn.
  { re: phrase(`(?:${BODY36})[^\\n]{0,50}?(?:${ABILITY})|(?:仕事|作業|動き|対応)(?:が|の)(?:遅|のろ|とろ)[^\\n]{0,20}?(?:${BODY36})`, 'u'), rule: 'decency/stereotype', severity: 'warn', para: true, wide: true, need: ['ぽつちやり', '太つ', '太め', 'ふくよか', 'でぶ', '体格', '大柄', '体型', 'お腹', 'おなか', '肥満', 'めたぼ', 'がりがり', 'ひょろひょろ', 'やせつぽち', '痩せつぽち'], veto: BODY36_VETO },
  // Round 38. Young women staff set out to please the men (若い女性職員を多めに配置しました。年配の男性有権者の方にはそのほうがウケがいいので).
  { re: phrase(`(?:${WOMAN35}|若手の?女性(?:職員|スタッフ)?)(?:を|が|に|ばかり|ばっかり)?[^。！？!?\\n]{0,10}?(?:${PLACED}|置|起用|担当|中心|多め|多く)[^。！？!?\\n]{0,16}?[。！!、,]?[^。！？!?\\n]{0,24}?(?:(?<![一-龥])男性|男の(?:人|方)|おじさ|おじいちゃん|おじい様|おっちゃん|殿方|オヤジ|親父)[^。！？!?\\n]{0,16}?(?:ウケ(?:が|も)?(?:いい|良)|受け(?:が|も)?(?:いい|良)|喜(?:ば|ん|ぶ|び)|(?:ご)?機嫌(?:が|も)?(?:いい|良)|評判(?:が|も)?(?:いい|良)|好評|鼻の下|ニコニコ|にこにこ)|(?:(?<![一-龥])男性|おじさ|おじいちゃん|殿方|オヤジ|親父)[^。！？!?\\n]{0,10}?(?:ウケ|受け|喜|機嫌|評判)[^。！？!?\\n]{0,16}?(?:ので|から|ため|狙|よう)[^。！？!?\\n]{0,16}?(?:${WOMAN35})(?:を|に|で)?[^。！？!?\\n]{0,8}?(?:${PLACED}|置|固め|担当|任せ|起用|中心)`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, need: ['男', 'おじ', 'おつちやん', '殿方', 'おやじ', '親父'], veto: phrase('婚活|固定観念|(?<!被)差別|ではありません|研修|キャリア', 'u') },
  // A protected group named as the usual doer of a problem (多頭飼育になる人って、だいたい心の病気を抱えてる人, ごみ屋敷になるのはたいてい精神疾患のある方).
  { re: phrase(`(?:多頭飼育|ごみ屋敷|ゴミ屋敷|虐待|トラブル|事件|犯罪|苦情|クレーム|滞納|未納|騒音|迷惑|暴力|暴れ|ストーカー|放火|万引き|不法投棄|ポイ捨て|問題を起こ)(?:(?!被害|遭|巻き込|狙わ|され|受け|相談|支援|防)[^。！？!?\\n]){0,12}?(?:人|者|方|親|飼い主|住人|住民|家庭|世帯|の)(?:って|は|というのは|ってのは)[、,]?(?:正直|ぶっちゃけ|やっぱり|やはり|結局|実際)?[、,]?(?:だいたい|大体|たいてい|大抵|ほとんど(?:が|は)?|ほぼ|大半(?:が|は)?|決まって|十中八九)[、,]?[^。！？!?\\n]{0,8}?(?:心の病|精神(?:疾患|障|の病|科|的な病)|(?:精神|心|メンタル)(?:を|的に)(?:病|やられ)|メンタルの病|うつ|鬱|統合失調|発達障|知的障|障(?:害|がい|碍)|依存症|アスペ|adhd|自閉|外国(?:人|籍)|(?:${NATION})人|生活保護|ひとり親|母子家庭|同和|部落)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['多頭飼育', 'ごみ屋敷', '虐待', 'とらぶる', '事件', '犯罪', '苦情', 'くれーむ', '滞納', '未納', '騒音', '迷惑', '暴力', '暴れ', 'すとーかー', '放火', '万引き', '不法投棄', 'ぽい捨て', '問題を起こ'], veto: phrase('偏見|(?<!被)差別|決めつけ|誤解|とは限ら|ではありません|わけではな|と思われがち|言われがち|ではなく', 'u') },
  // A pointed-at district's trouble put down to its 土地柄 (滞納が多いのは、やっぱりあの地区の団地ですね。昔からの土地柄でしょうか): 部落 implied.
  { re: phrase(`(?:${R38_TROUBLE})[^\\n]{0,40}?${R38_PLACE}[^\\n]{0,30}?土地柄|${R38_PLACE}[^\\n]{0,40}?(?:(?:${R38_TROUBLE})[^\\n]{0,30}?土地柄|土地柄[^\\n]{0,30}?(?:${R38_TROUBLE}))|土地柄[^\\n]{0,20}?${R38_PLACE}[^\\n]{0,30}?(?:${R38_TROUBLE})`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, need: ['土地柄'], veto: phrase('水害|災害|浸水|地盤|気候|風土|農業|伝統|祭り|人情|温か|あたたか|改善|偏見|(?<!被)差別|ではありません|わけではな', 'u') },
  // A disabled group seated apart so as not to be in the way (障害のある方には、式典の進行の邪魔にならないよう会場の一番後ろの席をご用意).
  { re: phrase(`(?:${TURNED36})(?:(?!邪魔|じゃま|迷惑)[^。！？!?\\n]){0,16}?(?:には|は)[、,]?[^。！？!?\\n]{0,16}?(?:(?:邪魔|じゃま|(?:ご)?迷惑)(?:に|と)?(?:なら(?:ない|ん|ぬ)|なりません)|目立た(?:ない|ぬ))(?:よう|ように)[、,]?[^。！？!?\\n]{0,24}?(?:一番後ろ|袖|控室|控え室|外で|最後尾|最後列|後方|後ろ|隅|すみ|端|別室|別の部屋|別会場|別の会場|別席|離れた|ロビー|別フロア|廊下)`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['邪魔', 'じやま', '迷惑', '目立た'], veto: phrase('視界|見やす|避難|出口|非常口|安全', 'u') },
  // A body teased in a call to come (太ってる人こそ受けてほしい, 体型が気になる方ほど来てくれない), warn.
  { re: phrase(`${R38_FAT}(?:こそ|に限って)|(?:${R38_FAT}|(?:体型|体形|体重|お腹|おなか|腹回り)(?:が)?(?:気になる|ヤバい|やばい|(?:やばめ|ヤバめ)な?)(?:方|人))(?:ほど|に限って)[^。！？!?\\n]{0,12}?(?:来(?:て(?:くれ)?)?(?:ない|ません|ん)|(?:受け|参加し)て(?:くれ)?(?:ない|ません|ん)|サボ)`, 'u'), rule: 'decency/lookism', severity: 'warn', need: ['太つ', 'ぽつちやり', 'でぶ', 'ほど', '限つて'], veto: phrase('偏見|ではありません|とは限ら', 'u') },
  // Round 40. A woman's worth in bearing children (子どもを産んでこそ一人前の女性), a disabled employee confined to simple work after
  // a mistake (障害者雇用枠の職員であり、今後は単純作業のみを担当させます), the old jeered at with a masked ボケ (年寄りはボ〇てるから),
  // women invited in swimwear to draw the men (次は水着で来てくれたら、おじさん団員がもっと集まる).
  { re: phrase('(?:産んで|生んで|産み|結婚して|嫁いで|母親になって|子を持って)(?:こそ|初めて|はじめて)[^。！？!?\\n]{0,8}?一人前'), rule: 'decency/discriminatory', severity: 'block', need: ['一人前'], veto: phrase('偏見|思い込み|ではありません|ではない|という(?:考え|声|言葉|価値観)|押し付け|押しつけ', 'u') },
  { re: phrase('(?:障(?:害|がい|碍)者雇用|障(?:害|がい|碍)(?:の)?ある職員|障(?:害|がい|碍)者枠)[^。！？!?\\n]{0,40}?(?:単純作業|簡単な(?:作業|仕事)|軽作業|雑用)(?:の)?(?:のみ|だけ|しか)'), rule: 'decency/discriminatory', severity: 'block', need: ['単純作業', '簡単な', '軽作業', '雑用'] },
  { re: phrase('(?:年寄り|高齢者|老人|じいさん|ばあさん|じいちゃん|ばあちゃん|ジジイ|ババア)(?:は|って|なんて|なんか)[^。！？!?\\n]{0,10}?(?:ボ|ぼ)[〇○●◯×✕*＊■□](?:て|け|た)'), rule: 'decency/discriminatory', severity: 'block' },
  { re: phrase('(?:水着|ビキニ|ミニスカ(?:ート)?|セクシーな(?:服|格好|衣装))(?:で|姿で)[^。！？!?\\n]{0,6}?(?:来て|参加して|お越し|来られ)(?:くれ|もらえ|いただけ|いただい)?(?:たら|れば)'), rule: 'decency/sexual', severity: 'block', need: ['水着', 'びきに', 'みにすか', 'せくしー'], pveto: phrase('プール|水泳|海水浴|着替え|更衣|シャワー|水遊び|ウォーター|潮干狩り', 'u') },
  // Round 39. A disabled or foreign group as the staff's extra work (車いすの方が増えるとスタッフの手間も増える).
  { re: phrase(`(?:${TURNED36}|外国(?:人|の方|籍の方)|実習生|高齢者|お年寄り)(?:の方)?(?:が|の(?:利用|来館|来場|参加)が)(?:増える|増えれば|増えたら|来ると|来れば|来たら)[と、,]?[^。！？!?\\n]{0,20}?(?:手間|負担|仕事|人手|コスト|面倒|対応)(?:が|も)(?:増え|かか|大変)`), rule: 'decency/discriminatory', severity: 'block', need: ['増え', '来'], veto: phrase('支援|配慮|増員|体制を整え|準備|研修|歓迎', 'u') },
  // Round 39. The disabled set against "normal people" (“普通の人”と同じように働けるように, 障害があっても普通の子と同じ): an other made of them.
  { re: phrase('[“「『"〝]?普通の(?:人|方|子|お子さん|人たち)[”」』"〟]?(?:と同じ|並み|のように|みたいに)'), topic: phrase('障(?:害|がい|碍)|車(?:いす|椅子)|発達障|知的障|精神障|難病', 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: phrase('ではなく|じゃなく|という(?:言い方|表現|言葉)|偏見|思い込み|とは何|もない(?:子|人|方)も|インクルーシブ|誰もが|だれもが|みんなが|分け隔て|一緒に', 'u') },
  // Round 39. Dementia as a jibe at a person (もうボケが始まったんじゃないか, ボケてきた議員): an illness made an insult.
  { re: phrase('(?:ボケ|ぼけ|呆け)(?:が)?(?:始まっ|始まり|来て|きて|進んで)|(?:もう|完全に|とうとう)(?:ボケ|ぼけ|呆け)(?:て|た)|(?:ボケ|ぼけ)老人|(?:ボケ|ぼけ)じじい|(?:ボケ|ぼけ)ばばあ'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('防止|予防|ツッコミ|つっこみ|漫才|写真|ピント|背景|花|木瓜', 'u') },
  // Round 41. A wish to peep at a women's space or at women changing, said as a joke (女子トイレが広くなったので、男性職員も思わずのぞきたく
  // なりますね（笑）, 女湯、ちょっと覗いてみたい): voyeurism made light of, warn; not a warning against it, not an invitation (のぞいてみたい方は).
  { re: phrase(`(?:${WOMEN_SPACE})[^\\n]{0,40}?(?:${PEEP41})|(?:${PEEP41})[^。！？!?\\n]{0,16}?(?:${WOMEN_SPACE})`, 'u'), rule: 'decency/sexual', severity: 'warn', para: true, wide: true, need: ['のぞ', '覗'], veto: phrase('盗撮|犯罪|防止|通報|被害|痴漢|不審|禁止|やめ|目隠し|フィルム|ハラスメント|セクハラ|110番|警察', 'u') },
  // Round 41. A mental decline presumed of the old as a whole (被害に遭うのは、たいてい一人暮らしで判断力の衰えたお年寄りです, お年寄りはみんな
  // 物覚えが悪くなっているので), warn; not the decline of those a fraudster targets (判断力の衰えた高齢者を狙う業者), not a decline that may come.
  { re: phrase(`(?:のは|は|って|が)[、,]?${ALL}[、,]?[^。！？!?\\n]{0,16}?${DECLINE}[^。！？!?\\n]{0,8}?(?:${AGED})|(?:${AGED})(?:の皆さん|の方々|たち)?(?:は|って)[、,]?${ALL}[、,]?[^。！？!?\\n]{0,8}?${DECLINE}`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['判断力', '認知機能', '記憶力', '理解力', '注意力', '思考力', '物覚え', '物忘れ', '頭'], veto: phrase('狙|ねら|標的|ターゲット|ではありません|とは限ら|誰でも|だれでも|年齢に関係なく|若い(?:方|人)も|偏見|思い込み|決めつけ', 'u') },
  // Round 41. The more of a group, the more of a nuisance (外国人の多いアパートほど粗大ごみの不法投棄が多い, 実習生が増えれば増えるほど治安が悪くなる):
  // a group's presence made the measure of a wrong. Round 42: the place may be a relative clause (実習生が住むアパートが増えた地区ほど).
  { re: phrase(`(?:${GUARDED35}|${DISABLED})[^。！？!?\\n]{0,4}?(?:が|の)(?:多|増え|住|暮ら|集ま)[^。！？!?\\n]{0,14}?ほど[、,]?[^。！？!?\\n]{0,16}?(?:${WRONG41})`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['ほど'], veto: phrase('被害|狙|支援|多言語|通訳|案内|相談|配慮|言葉の壁|ではありません|とは限ら|根拠|噂|うわさ|デマ|偏見|(?<!被)差別|関係(?:は)?(?:ない|ありません)|データ(?:は|も)?(?:ない|ありません)', 'u') },
  // Round 42. A person's body part as where the eyes went (若い団員さんの鍛えられたお尻にばっかり目がいっちゃいました, 受付のお姉さんの太ももに
  // つい目が…): a sexual gaze told, warn; not a baby's or a patient's skin, not an exercise.
  { re: phrase(`${OWNER42}${PART42}${GAZE42}`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['目が', '目を', '見とれ', '見惚れ', '凝視', 'がん見'], veto: phrase(`${BODY_VETO.source}|おむつ|オムツ|かぶれ|あせも|湿疹|皮膚|日焼け|傷|手当|患者|介護|介助|(?<!被)差別|セクハラ|ハラスメント`, 'u') },
  // Round 42. Old people named, dementia called ボケ, and their life at home presumed idle (おじいちゃんたち、ボケ防止にもなるし…家でゴロゴロしてる
  // よりずっといい): the old belittled as a whole, block; not ボケ防止 alone (囲碁はボケ防止にもぴったり), not 寝ぼけ or ピンぼけ.
  { re: phrase(`(?:${OLD_KIN}|${AGED}|シルバー)[^\\n]{0,40}?(?<!寝|ピン|時差)(?:ボケ|ぼけ|呆け)[^\\n]{0,40}?${IDLE42}|(?:${OLD_KIN}|${AGED}|シルバー)[^\\n]{0,40}?${IDLE42}[^\\n]{0,40}?(?<!寝|ピン|時差)(?:ボケ|ぼけ|呆け)`, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, wide: true, need: ['ぼけ', '呆け'], veto: phrase('(?<!被)差別|偏見|傷つけ|という(?:言い方|言葉|表現)|呼び方|使わない|やめましょう', 'u') },
  // Round 43. A let, a sale or a hire to a group advised against (空き家バンクの物件を外国人の方に貸すのは、正直おすすめしません, 生活保護の方を
  // 入居させるのは避けたほうが無難): a refusal counselled to owners, block; not a warning on lending an account or a card, not a rule denied.
  { re: phrase(`(?:${DEAL})(?:の|こと)(?:は|って|も)?[、,]?${ADVISED_AGAINST43}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['貸', '売', '紹介', '雇', '採用', '入居', '受け入れ', '住まわせ', '入れ'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|人権|不当|という(?:声|考え|誤解|見方|理由)|とは限ら|ではありません|詐欺|犯罪|口座|通帳|カード|名義', 'u') },
  // Round 43. A group's numbers as the reason a problem is to be put up with (待機が多い地区は、ひとり親家庭が多いので仕方ない面があります,
  // 外国人が多く住む地区だから、しょうがない): the problem laid on the group, block; not a number answered by a service.
  { re: phrase(`(?:${GUARDED35}|${DISABLED})[^。！？!?\\n]{0,4}?(?:が|の)(?:多い|多く(?:住む|住んで(?:いる|る)|暮らす|暮らして(?:いる|る))|集まる|増えた)(?:ので|から|けん|ため|(?:地区|地域|団地|校区)(?:なので|だから|やけん|ですから|ですので))(?:[、,]?[^。！？!?\\n]{0,16}?(?:のも|のは|ことも|ことは|面も|ところも|面が|ところが))?${EXCUSED}`, 'u'), rule: 'decency/discriminatory', severity: 'block', need: ['仕方', 'しかた', 'しようがな', 'しようがありません', 'しよんなか', 'やむを得な', 'やむをえな', '無理'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|という(?:声|考え|見方)|とは限ら|ではありません|わけではな', 'u') },
  // Round 43. Who a person was given as why a mishap was to be expected (相手方が80代のドライバーだったので、まあ予想どおり; 案の定、運転して
  // いたのは高齢者でした): a group presumed at fault, warn; not a patient's age as a medical reason.
  { re: phrase(`(?:${EXPECTED_WHO})(?:だった|でした|やった|じゃった|だ|です)(?:ので|から|けん|し|なら|そうで|そうなので|らしく|らしいので|らしいけど|とのことで)[、,]?(?:まあ|まぁ|もう|正直|ほら)?[、,]?${EXPECTED}|案の定[、,]?[^。！？!?\\n]{0,16}?(?:${EXPECTED_WHO})(?:だった|でした|やった|じゃった)`, 'u'), rule: 'decency/stereotype', severity: 'warn', need: ['予想', '想定', 'さもありなん', 'お察し', 'やつぱり', '思つた', '納得', '案の定'], veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|とは限ら|ではありません|年齢に関係なく|年齢(?:は|と)関係', 'u') },
  // Round 43. Looks said to pay (べっぴんさんは得やね〜, 美人はやっぱり得, イケメンってずるい): lookism, warn; not 美人の湯, not a talk on lookism.
  { re: phrase(`${LOOKER}(?:は|って|ってのは)[、,]?(?:やっぱり|やっぱ|やはり|何かと|なにかと|ほんと(?:に)?|本当に|いつも|何でも|なんでも)?[、,]?(?:得|トク|お得|ずる(?:い|か)|有利)(?=だ|です|や|ね|よ|な|ばい|たい|[〜~ー！!。…♪]|$)`, 'u'), rule: 'decency/lookism', severity: 'warn', need: ['得', 'とく', 'ずる', '有利'], veto: phrase('ルッキズム|(?<!被)差別|偏見|思い込み|決めつけ|という(?:考え|見方|言葉|価値観)|とは限ら|ではありません', 'u') },
  // Round 43. Men stirred by a young woman's coming (捕獲講習会に若か娘さんの来とんなったけん、猟友会のおいちゃんたちの目の色の変わっとったばい):
  // a woman made a draw for the men, warn; not the children's eyes at a new toy.
  { re: phrase(`${YOUNG_WOMAN}(?:たち|さん)?(?:が|の|も)[^。！？!?\\n]{0,10}?(?:来|参加|入っ|入会|入団|おい|見え)[^。！？!?\\n]{0,12}?(?:けん|ので|から|て|で|と|たら)[、,]?[^。！？!?\\n]{0,24}?(?:目の色(?:が|の)?(?:変わ|ちが)|鼻の下(?:が|の)?(?:伸び|のび)|色めき立)`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['目の色', '鼻の下', '色めき'], veto: phrase('(?<!被)差別|セクハラ|ハラスメント|偏見', 'u') },
  // Round 47. A livestock epidemic or its cull joked about (鳥インフル…全部殺処分やけん、チキン南蛮の食べ納めしとかんと！？ｗ): levity
  // about a mass death of animals and the farmers' loss, warn; not a notice of an outbreak, not 殺処分ゼロ or an adoption day.
  // Blind R151I-096: the joke may stand on the next line (…10万羽が殺処分😱⏎しばらくチキン食べ放題かな〜🍗ｗ).
  { re: phrase(`(?:${CULL47})[^\\n]{0,60}?(?:\\n[^\\n]{0,40}?)?(?:${CULL_JOKE})`, 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, wide: true, veto: phrase('譲渡|保護犬|保護猫|里親|ゼロ|減ら|防疫|消毒|お見舞い|ご冥福|心よりお|被害を受けた|(?:農家|養鶏|養豚|畜産)(?:の)?(?:皆さん|皆様|方々)(?:の|に|を)', 'u') },
  // Round 47. A foreign group's number or coming as the reason to guard purses and locks (外国の方の参加が多いため、…貴重品の管理には
  // いつも以上にご注意ください, 実習生が増えてきたので、自転車の施錠を): theft presumed of the group, block; not crowds, not the group as the target.
  { re: phrase(`(?:${VISITORS})(?:の|が)?[^。！？!?\\n]{0,10}?${MANY47}[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん|けえ|こともあり|ことから|以上)[、,]?[^。！？!?\\n]{0,30}?(?:${GUARDED47})`, 'u'), rule: 'decency/discriminatory', severity: 'block', veto: phrase('狙|被害に遭|被害にあ|ターゲット|混雑|混み合|込み合|人出|多言語|英語|通訳|翻訳|(?<!被)差別|偏見', 'u') },
  // Round 47. A quality put down to a person's sex (女性議員らしいきめ細やかな視点, 男性職員らしい力強い挨拶, ママさん議員ならではの優しい目線),
  // warn; not 女性らしさにとらわれない, not a body's need (女性ならではの健康課題), not 彼女らしい.
  { re: phrase(`${SEX_ROLE}${LIKE47}(?:${TRAIT_MIND}|${TRAIT_STRONG})|${SEX_BARE}${LIKE47}(?:${TRAIT_MIND})`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('とらわれ|囚われ|固定観念|ジェンダー|思い込み|決めつけ|(?<!被)差別|偏見|にかかわらず|に関係なく|問わず|ではなく|じゃなく|という(?:考え|イメージ)|ではありません', 'u') },
  // Round 47. A sex wanted for a job, said as the honest wish (正直なところ男性に来てほしいのが本音です), or the other sex pointed to
  // another line of work (女性の方は事務職のほうが向いていると思います): hiring by sex, block where the post recruits, warn elsewhere;
  // not 女性にも来てほしい (outreach), not a changing room or a counsellor for women.
  { re: phrase(`(?:本音|正直|できれば|出来れば|本当は|ほんとは|やっぱり|やっぱ|やはり|体力|力仕事|男手)[^。！？!?\\n]{0,30}?${WANT}|${WANT}(?:と)?(?:いうの|の)?(?:が|は)?[、,]?(?:本音|正直なところ)|${STEERED}`, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: HIRING, veto: SEX_HIRE_VETO47 },
  { re: phrase(`(?:本音|正直|できれば|出来れば|本当は|ほんとは|やっぱり|やっぱ|やはり|体力|力仕事|男手)[^。！？!?\\n]{0,30}?${WANT}|${WANT}(?:と)?(?:いうの|の)?(?:が|は)?[、,]?(?:本音|正直なところ)|${STEERED}`, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: SEX_HIRE_VETO47 },
  // Round 47. Skin to skin offered as the warmth (いちばんの防寒は人肌で温め合うことです😏, 人肌がいちばんの暖房ですよね): innuendo, warn,
  // block with a wink, a kiss or a heart; not a baby or a pet kept warm, not milk at body heat.
  { re: phrase(SKIN, 'u'), rule: 'decency/sexual', severity: 'warn', upgrade: phrase('[😏😘💋♡❤💕😍]|お相手|恋人|今夜|夜は', 'u'), veto: phrase('赤ちゃん|乳児|新生児|幼児|カンガルー|低体温|授乳|ミルク|母乳|哺乳|離乳|抱っこ|お子さん|子ども|子供|ペット|子猫|子犬|ひな|雛|皮膚|保湿|乾燥|スキンケア', 'u') },
  // Round 47. A district's past advised to be looked into before a home is found (家を探すときは、その地区の〝昔の事情〟も調べておいたほうが
  // いいですよ, 土地を買う前に、その地域の〝いわく〟は確認しておくべき): 部落 hinted at, block; not flood history, not 交通事情.
  { re: phrase(LOOKED_INTO, 'u'), rule: 'decency/discriminatory', severity: 'block', topic: phrase('家|住|物件|土地|購入|買|引っ越|引越|不動産|賃貸|結婚|縁談|嫁|婿', 'u'), veto: phrase('浸水|災害|ハザード|地盤|液状化|水害|土砂|洪水|津波|防災|埋め立て|地質|(?<!被)差別|人権|身元調査|啓発|偏見|お答え|禁止|してはいけ|やめ', 'u') },
  // Round 48. What a child of one sex likes set against what the sex "should", called odd (男の子なのにさげもんを欲しがる子は、ちょっと
  // 変わっとるかもですね, 女の子の人形を欲しがる息子って変やろか): a stereotype made a tease, warn; not 男の子も女の子も, not
  // 変じゃありません or the notion questioned (と思っていませんか, 固定観念).
  { re: phrase(CROSSED, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: phrase('(?:では|じゃ|や)(?:ない|なか|ありません|ございません)|なんてこと(?:は)?な|わけ(?:では|じゃ)|と(?:思|考)(?:って|えて)?(?:い|お)?ませんか|思い込み|固定観念|決めつけ|ジェンダー|関係な|問わず|(?<!被)差別|偏見|らしさにとらわれ', 'u') },
  // Round 48. What a couple does in a hidden place promised to go unseen (こたつの中で何が起きても、船頭さんは見て見ぬふりしてくれますよ😏,
  // ゴンドラの中は二人きり、何をしても誰にも見られません): innuendo, warn, block with a wink or a kiss; not a surprise or a proposal kept
  // secret, not a call not to look away (見て見ぬふりはしないで).
  { re: phrase(`${HIDDEN}[^。！？!?\\n]{0,14}?${WHATEVER48}[、,]?[^。！？!?\\n]{0,18}?${UNSEEN}`, 'u'), rule: 'decency/sexual', severity: 'warn', topic: COUPLE48, upgrade: phrase('[😏😘💋]|ナニ', 'u'), veto: phrase('(?:見て見ぬ|見ない)(?:ふり|振り|フリ)(?:は|を)?(?:せず|しない|しません|せん|厳禁|禁止|やめ)|プロポーズ|サプライズ|誕生日|いじめ|虐待|暴力|事故|急病|体調|救命|通報|相談', 'u') },
  // Round 48. People's bodies offered to the readers to savour (びしょ濡れになった消防団のお兄さんたちの筋肉もしっかり堪能してくださいね😍,
  // 隊員さんのたくましい胸板も目の保養): sexual, warn, block when wet, bare or with a drooling face; not an exercise class (筋肉の使い方,
  // ストレッチ), not a body-building contest, not food or scenery savoured.
  { re: phrase(SAVOURED, 'u'), rule: 'decency/sexual', severity: 'warn', upgrade: phrase('濡れ|ぬれ|裸|脱|汗だく|[😍🤤🥵💋😏]|よだれ|ヨダレ', 'u'), veto: phrase('体操|ストレッチ|ほぐ|使い方|動かし方|鍛え方|動き|リハビリ|治療|検診|健診|測定|筋肉量|筋力|痛|けが|ケガ|怪我|マッサージ|ボディビル|フィジーク|解剖|模型|標本|彫刻|仏像|像|赤ちゃん|お子さん|子ども|子供|園児|乳児|ベビー|馬|牛|犬|猫|動物|ポニー', 'u') },
  // Round 56. Two bodies pressed together offered to a couple as the draw (…自然と密着できて夜まで盛り上がるかも😏💕): innuendo, warn; not
  // 地域密着 or 密着取材, not closeness warned against, not a baby or a pet held close, not people comforted (寄り添う支援).
  { re: phrase(PRESSED, 'u'), rule: 'decency/sexual', severity: 'warn', topic: phrase('カップル|恋人|デート|彼氏|彼女|夫婦|新婚|ラブラブ|いちゃ|イチャ|ふたり(?:きり|で|の)|二人(?:きり|で|の)|2人(?:きり|で|の)|お二人|おふたり', 'u'), keep: (sen) => PRESSED_CUE.test(sen), veto: phrase('しない(?:よう|で)|避け|防止|感染|混雑|満員|ご注意|ご遠慮|禁止|赤ちゃん|乳児|新生児|抱っこ|授乳|親子|お子さん|子ども|子供|ペット|犬|猫|支援|相談|介護|被災|取材|番組|ドキュメント', 'u') },
  // Round 62 (R62A-034). What a couple does in the dark asked and said known only to a witness or to no one (…暗がりで何をしているかは
  // 船頭しか知らない😏): innuendo, warn, block with a wink or a kiss; not a guide's work unseen, not a vow, not a plan left free.
  { re: phrase(`${HIDDEN}[^。！？!?\\n]{0,14}?(?:${DOING})[、,]?[^。！？!?\\n]{0,14}?(?:${UNTOLD})`, 'u'), rule: 'decency/sexual', severity: 'warn', need: ['何', 'なに'], topic: COUPLE48, upgrade: phrase('[😏😘💋]|ナニ', 'u'), veto: phrase('プロポーズ|サプライズ|誕生日|いじめ|虐待|暴力|事故|急病|体調|救命|通報|相談|防犯|不審', 'u') },
  // Round 62 (R62A-105). A place's women or men typed and offered to the other sex as brides or grooms (柳川の女は情が深かけん、お嫁さん
  // 探し中の男性はぜひ…来んしゃい😉, お嫁さんにするなら柳川の女性がいちばん): a stereotype, warn; not a 婚活 event for singles, not a wedding.
  {
    re: phrase(`${LOCAL_SEX}(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,30}?(?:${SPOUSE})|(?:${SPOUSE})[^。！？!?\\n]{0,20}?${LOCAL_SEX}(?:は|が|って|で|に|を)`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['嫁', '婿', '奥さん', '奥様', '結婚相手', '伴侶', '旦那'],
    keep: (sen, a, b) => /嫁|婿|奥さん|奥様|旦那/u.test(sen.slice(a, b)) || /男|殿方/u.test(sen.slice(a, b).replace(/^.*?(?:の|ん)(?:女|女性|女の子|女子|おなご|娘さん|娘|女の人|女ん人)/u, '')) || /男|殿方/u.test(sen.slice(b)),
    veto: phrase('偏見|決めつけ|固定観念|とは限ら|ではありません|(?<!被)差別|ジェンダー|男女(?:問わ|とも|の皆)', 'u'),
  },
  // Blind R257P-012 kind (dec9): a place's women (or men) praised with a gender role (夫を立てる, 奥ゆかしい, 働き者, 家庭的: ROLE_D9) in
  // one sentence and offered to the other sex as brides or grooms in the next (独身の男性の皆さん、お嫁さん探しも兼ねて…): the same
  // stereotype as R62A-105 across a sentence end, warn. Not a 婚活 event for both sexes, not a trait told with no spouse sought.
  {
    re: phrase(`${LOCAL_SEX}(?:は|って|ちゃ)[、,]?[^。！？!?\\n]{0,40}?(?:${ROLE_D9})[^。！？!?\\n]{0,30}?[。！!…][^\\S\\n]{0,2}[^。！？!?\\n]{0,30}?(?:${SPOUSE}|${SPOUSE_SOUGHT})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['嫁', '婿', '奥さん', '奥様', '結婚相手', '伴侶', '旦那'],
    veto: phrase('偏見|決めつけ|固定観念|とは限ら|ではありません|(?<!被)差別|ジェンダー|男女(?:問わ|とも|の皆)', 'u'),
    // Both sexes sought alike (男女問わず, お嫁さん・お婿さん探し, お嫁さん募集中の男性も、お婿さん募集中の女性も): a 婚活 event, not a stereotype.
    pveto: phrase('男女(?:を)?問わ|男女とも|男女の皆|性別を問わ|(?:嫁|花嫁)[^。！？!?\\n]{0,16}?(?:婿|花婿)|(?:婿|花婿)[^。！？!?\\n]{0,16}?(?:嫁|花嫁)', 'u'),
  },
  // Round 119 (R119A-029): a developmental or mental-health consultation prescribed as a joke about people's failings (片付けできん人多すぎて、
  // 全員まとめて発達相談受けたほうがいいレベルｗ, あの人は精神科行った方がいいっちゃない？笑, 発達じゃね？ｗ): the condition as a jibe, warn; not
  // the sincere advice of a consultation (お子さんの発達が気になる方は、発達相談を受けてみてください).
  {
    re: phrase('(?:発達|精神科|心療内科|メンタルクリニック)(?:の)?(?:相談|検査|診断|外来)?(?:を|ば|に|で)?(?:受け|行っ|いっ|行か|いか|診てもら|みてもら|診ても|みても|連れて(?:行|い)っ)(?:た(?:ほう|方)が(?:いい|よか|良い|ええ|よくな)|せ(?:た(?:ほう|方)が|ろ|んと)|てこい|てきな|て(?:き|こ)た(?:ら|ほう))[^。！？!?\\n]{0,10}?(?:レベル|笑|w|😂|🤣|草|っちゃない|じゃない|じゃね|やろ|でしょ)|(?:発達|アスペ|adhd)(?:障害|障がい)?(?:なんじゃ(?:ない|ね)|じゃね|っぽ(?:い|く|か)|かよ|入って)[^。！？!?\\n]{0,6}?[？?]?(?:笑|w|😂|🤣|草)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['発達', '精神科', '心療内科', 'めんたるくりにっく', 'あすぺ', 'adhd'],
    veto: phrase('偏見|決めつけ|(?<!被)差別|からかう|やめましょう|傷つけ', 'u'),
  },
  // Round 124 (R124A-028, R125A-090): a funeral, a wake or a sutra made the likeness of something dull or sad (お経みたいで眠くなります,
  // まるでお葬式💤, お葬式みたいに泣けた〜😂, 念仏みたいｗ): rites of death and faith as a joke, warn; not the rite itself (お経をあげて
  // いただきました, お葬式のマナー講座), a place fit for one (お葬式のような場では黒い服を), nor the set phrase of a silent room
  // (お通夜状態, round 14).
  {
    re: phrase('(?:(?:お|御|(?<![一-龥]))(?:葬式|葬儀|告別式)|(?:お|御)経|読経|念仏)(?:みたい|みてえ|みたく|っぽ|並み)|(?:まるで|まさに|完全に|もはや)(?:お|御)?(?:葬式|葬儀|告別式|経)(?!の(?:よう|ような)(?:な)?(?:場|席|マナー|服装|正装)|に(?:参列|出席))'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['葬式', '葬儀', '告別式', '経', '念仏'],
    veto: phrase('写経|講座|マナー|(?:の|な)場|参列|喪服|香典|ご冥福|お悔やみ', 'u'),
  },
  // Round 124 (R125A-050): dementia or an old people's home made the likeness of tired or lost feet (まるで老人ホームの徘徊みたいですね笑,
  // 徘徊老人みたい, もはや寝たきり状態ｗ): the old and the ill as a joke, warn; not a watch for a lost person (徘徊しているような方を
  // 見かけたら), not 認知症の方のように plain in a care notice.
  // Blind R266W-055 kind (dec11): staff of an age likened to an old folks' club, said outright (画面の前はまるで老人会でした😂, もはや老人
  // クラブだった笑): the older colleagues laughed at, warn; the laugh is still needed (keep), and a real club's meeting has no まるで.
  {
    re: phrase('(?:徘徊|はいかい)(?:老人|じいさん|ばあさん|じじい|ばばあ)?(?:みたい|みてえ|っぽ|並み)|(?:まるで|完全に|もはや|まさに)[^。！？!?\\n]{0,8}?(?:老人ホーム|介護施設|ボケ老人|ぼけ老人|認知症|寝たきり|要介護|おむつ|オムツ)[^。！？!?\\n]{0,6}?(?:みたい|みてえ|っぽ|のよう|並み|状態)|(?:まるで|完全に|もはや|まさに)(?:老人会|老人クラブ|敬老会|養老院|老人ホーム|年寄りの集まり)(?:でした|だった|です|だ|や(?:った)?|と化|そのもの|みたい|のよう|状態)'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['徘徊', 'はいかい', 'まるで', '完全に', 'もはや', 'まさに'],
    veto: phrase('見かけ|声(?:を)?(?:かけ|掛け)|保護|通報|警察|見守|行方不明|捜索|相談|(?<!被)差別|偏見', 'u'),
    keep: (sen, a, b) => /徘徊|はいかい/u.test(sen.slice(a, b)) || phrase(`${LAUGH_MARK}|ｗ|[😇🤭]`, 'u').test(sen),
  },
  // Round 124 (R124A-013): a faith or its place called smelly or creepy (宗教くさいけど我慢して, 抹香臭い, 宗教っぽくて気持ち悪い):
  // contempt for a religion, warn; not a warning of a cult's pitch (宗教っぽい勧誘に注意), not the smell of incense (お線香の香り).
  {
    re: phrase('(?:宗教|信仰|お寺|寺院|神社|教会|仏教|キリスト教|イスラム教?|坊主|坊さん|抹香)(?:くさ|臭|クサ)(?:い|く|さ|か(?:っ|ろ)|すぎ)|(?:宗教|カルト)(?:っぽ|みたい|じみ)(?:くて|い|で|な)?[^。！？!?\\n]{0,6}?(?:気持ち悪|気味悪|キモ|きも(?:い|か|すぎ)|怖|こわ|ヤバ|やば|引く|ひく|引いた|胡散臭|うさんくさ|怪し|あやし|嫌|いや(?:だ|で|な))'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['くさ', '臭', '宗教', 'かると'],
    veto: phrase('勧誘|詐欺|悪質|霊感|注意|相談|被害|(?<!被)差別|偏見', 'u'),
  },
  // Round 124 (R124A-029): toilet talk in a post (💩💩 みんな出すもの出してスッキリ, トイレ大渋滞💩): crude on an official account,
  // `decency/sexual` warn as with vomit (round 122); not a dog's droppings to pick up (犬のフン💩は持ち帰りましょう).
  {
    re: phrase('出す(?:もの|もん)(?:を|は|も)?(?:全部|ぜんぶ|しっかり)?出し|💩'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['出す', '💩'],
    veto: phrase('犬|いぬ|ワンちゃん|ペット|フン|ふん(?![ぁ-ゖ])|糞|散歩|飼い主|カラス|鳩|ハト|ゴミ|ごみ|健康|便秘|腸活|検診|検査', 'u'),
    keep: (sen, a, b) => /出す/u.test(sen.slice(a, b)) || /といれ|給食|食後|お腹|おなか|腹|便所|大渋滞|漏れ|もれ|う[んン][こち]/u.test(sen),
  },
  // Round 124 (R124A-085): pay raised for a sex, youth or looks in a call for staff (若い女の子なら日当アップ, 女性なら時給プラス):
  // block; not pay for a skill or a shift (経験者なら時給アップ, 深夜は時給アップ).
  {
    re: phrase('(?:若い|20代の|二十代の|美人の|かわいい|可愛い)?(?:女の子|女性|女子|男性|男の子|若い子|若い人|美人)(?:なら|だったら|やったら|だと|の方が|のほうが)[、,]?[^。！？!?\\n]{0,4}?(?:日当|時給|日給|給料|給与|報酬|謝礼|ギャラ|手当|バイト代)(?:を|が|は|も)?(?:アップ|up|増|上乗せ|プラス|倍|上げ|高め|高く|割増|弾)'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日当', '時給', '日給', '給料', '給与', '報酬', '謝礼', 'ぎゃら', '手当', 'ばいと代'],
    veto: phrase('男女(?:問わず|を問わず|同一|関係なく|とも)|性別(?:に)?(?:関係なく|を問わず|に関わらず)|同じ(?:日当|時給|給料)|(?<!被)差別|偏見', 'u'),
  },
  // …and pay or favour for coming in short or bare clothes (ミニスカで乗ってくれたらもっと上げちゃうかも♡, 水着なら日当倍): block.
  {
    re: phrase('(?:ミニスカ(?:ート)?|水着|ビキニ|短いスカート|へそ出し|露出(?:の)?(?:多い|多め|高め))(?:姿)?(?:で|なら|だったら|やったら|を着て|着て)[^。！？!?\\n]{0,16}?(?:日当|時給|日給|給料|報酬|謝礼|ギャラ|手当|バイト代|上げ(?:ちゃ|ます|る|て)|アップ|up|倍|弾)'),
    rule: 'decency/sexual',
    severity: 'block',
    need: ['みにすか', '水着', 'びきに', 'すかーと', 'へそ出し', '露出'],
    veto: phrase('禁止|ご遠慮|お控え|不可|盗撮|ハラスメント|セクハラ|(?<!被)差別', 'u'),
  },
  // Round 124 (R125A-064/137): residents' hardship called checkmate or met with a mock condolence and a laugh (ママはもう詰みですね😇,
  // 断水した地区の皆さん、ご愁傷さまです🙏笑, 人生終了のお知らせｗ): gallows humour at the people the account serves, warn; not a game of
  // shogi (見事な詰みでした😂), not a sincere condolence (ご愁傷さまでした。).
  {
    re: phrase('(?:詰み|詰んだ|詰んで(?:る|ます|ます)?|詰む|オワタ|人生終了|終了のお知らせ|ご愁傷(?:さま|様))(?:です|でした|だ|や|じゃ)?(?:ね|よ|な|わ)?[〜~ー…。！!]{0,3}(?:🙏)?(?:😇|😂|🤣|😆|🤪|[（(]笑[)）]|笑|w+(?![a-z0-9./])|ｗ+|乙|ドンマイ|どんまい|☠|💀|🪦)'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['詰', 'おわた', '終了', '愁傷'],
    veto: phrase('将棋|囲碁|チェス|詰将棋|詰め将棋|パズル|ゲーム|オセロ|クイズ', 'u'),
  },
  // Round W9 (R139I-082): a death announced, then taken back as a prank (ヤギのメイちゃんが昨夜お星さまになりました…って言ったら
  // 信じる？ うっそで〜す、エイプリルフール🤪, 看板猫が亡くなりました。なんちゃって😜): a death made a joke, warn; not a rumour of a death
  // corrected (亡くなったという情報は誤りです), not an animal playing dead (死んだふり).
  {
    re: phrase(`(?:お星(?:さま|様)に(?:なり|なっ)|虹の橋を(?:渡り|渡っ|わたり|わたっ)|天国へ(?:旅立|行き|いき|行っ|いっ)|永眠(?:し|いたし)|亡くなり(?:まし|た)|亡くなっ|死にまし|死んじゃい|死んでしまい|息を引き取)[^\\n]{0,40}?(?:(?:うっそ|うそ|嘘)(?:で[ー〜~]*す|でした|だよ|だよ[ー〜~]*ん|ぴょん|[ー〜~]+ん)|エイプリル(?:フール|ふーる)|なんちゃって|(?:冗談|じょうだん|ドッキリ|どっきり)(?:です|でした|だよ|で[ー〜~]+す)|(?:って|と)(?:言ったら|いったら|言うたら)(?:信じ|驚|びっくり))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['星', '虹の橋', '天国', '永眠', '亡くな', '死に', '死ん', '息を引き取'],
    veto: phrase('誤り|誤情報|デマ|事実(?:では|じゃ)|ではありません|ふり|フリ', 'u'),
  },
  // Round W9 (R144A-037): a patient's death told in the ward's slang or with a laugh, then the shift's treat (CPA搬送が2件、うち1件は
  // ステっちゃったけど、とりあえず焼肉行ってきますｗ, 急変した患者さん亡くなったけど飲み行こ〜😂): a death made light of, block; not a
  // sober report of a shift (CPA搬送が2件ありました。全力で処置にあたりました).
  {
    re: phrase(`(?:患者|搬送|cpa|cpr|心肺停止|急変|救急|蘇生|当直|夜勤|病棟)[^\\n]{0,40}?(?:ステ(?:っ(?:た|ちゃ|ちま|て)|る(?=[けがとし、,])|り(?:まし|そ))|亡くな|死亡|死んじゃ|死んだ|看取)[^\\n]{0,40}?(?:${LAUGH_MARK}|ｗ|焼肉|焼き肉|飲み(?:に|行|いこ|会)|ビール|🍖|🍺|🍻|乾杯)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['患者', '搬送', 'cpa', 'cpr', '心肺停止', '急変', '救急', '蘇生', '当直', '夜勤', '病棟'],
    veto: phrase('ご冥福|お悔やみ|心よりお|哀悼|悼', 'u'),
  },
  // Round W9 (R139I-117): used medical supplies made into a decoration or a toy (使い終わった点滴ボトルでクリスマスツリーを作ってみました,
  // 使用済みの注射器で雪だるま): medical waste played with, conduct warn; not its proper disposal, nor a craft warned against.
  {
    re: phrase(`(?:使い終わ(?:った|つた)|使用済み?(?:の)?|使った|空(?:の|いた)|余った|廃棄(?:する|予定の))(?:点滴|輸液|注射器|注射針|シリンジ|採血管|アンプル|カテーテル|酸素マスク|医療用手袋|検査キット|透析)(?:の)?(?:ボトル|バッグ|パック|ビン|瓶|チューブ)?(?:を|で)[^。！？!?\\n]{0,16}?(?:ツリー|オブジェ|作品|アート|飾り|飾っ|かざっ|リース|雪だるま|人形|おもちゃ|遊(?:ん|ぼ|び)|工作|インテリア|作って(?:み|遊)|並べてみ)`, 'u'),
    rule: 'decency/conduct',
    severity: 'warn',
    need: ['点滴', '輸液', '注射', 'しりんじ', '採血管', 'あんぷる', 'かてーてる', '酸素ますく', '医療用手袋', '検査きっと', '透析'],
    veto: phrase('やめ|禁止|しないで|ないように|ないよう|いけません|感染|分別|廃棄方法|捨て方|適切に', 'u'),
  },
  // Round W9 (R143I-057): an animal killed, then joked about as dinner's good send-off (今夜はぼたん鍋でおいしく成仏してもらいます😋,
  // シカ肉になって成仏してね笑): a death made light of, warn; not a memorial rite for the animals (鳥獣供養祭で成仏を祈りました).
  {
    re: phrase(`(?:おいしく|美味しく|うまく|美味しゅう)[^。！？!?\\n]{0,4}?成仏|成仏(?:して)?(?:もら|いただ|ね|してね|させ)[^。！？!?\\n]{0,8}?(?:${LAUGH_MARK}|[😋🤤🍲😝✌])|(?:鍋|肉|ジビエ|焼肉|焼き肉|から揚げ|唐揚げ|ステーキ|食卓|胃袋)(?:に|で|として)[^。！？!?\\n]{0,8}?成仏`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['成仏'],
    veto: phrase('供養|慰霊|冥福|祈り|いのりま|感謝して(?:いただ|頂)', 'u'),
  },
  // …and the blood of a kill offered for viewing (血まみれの解体写真もどうぞ👇, 血だらけの動画アップしました): gore, warn; not a photo
  // withheld (解体の写真は掲載を控えます).
  {
    re: phrase('(?:血まみれ|血だらけ|血みどろ|血しぶき|内臓|はらわた)(?:の)?[^。！？!?\\n]{0,8}?(?:写真|画像|動画|映像|ショット)(?:も|を|は)?[、,]?[^。！？!?\\n]{0,4}?(?:どうぞ|ご覧|見て(?:ね|ください|下さい|みて)|お楽しみ|公開|アップ|載せ|のせ|貼っ|👇|⬇)', 'u'),
    rule: 'decency/gore',
    severity: 'warn',
    need: ['血', '内臓', 'はらわた'],
    veto: phrase('控え|載せません|掲載しません|掲載して(?:い|お)りません|閲覧注意を|ご注意|苦手な方', 'u'),
  },
  // Round W9 (R143I-066): a costume of a regime of mass murder or its symbols made a party piece and praised (優勝は「ナチス親衛隊」
  // コスプレでした！完成度高すぎ👏, ヒトラーの仮装で盛り上がりました): historic atrocity made light of, warn; not a history lesson, not
  // such costumes forbidden. ナチ is a word of its own, not kana inside a name or another word (Blind R163A-106: ふなちゃんもかぼちゃの仮装,
  // みなちゃんのコスプレ, ナチュラルな衣装, ナチョスの仮装, はなちゃんの衣装): no kana before it but a particle, and only ス, a particle or a non-kana after it.
  {
    re: phrase('(?:(?:(?<![ぁ-ゖー])|(?<=[はがもをにとでのへ]))ナチス?(?=[^ぁ-ゖー]|[のがはもをとでにへっつ]|$)|親衛隊|ヒトラー|ヒットラー|ゲシュタポ|ハーケンクロイツ|鉤十字|kkk|クー・?クラックス・?クラン)[^。！？!?\\n]{0,16}?(?:コスプレ|仮装|コス(?!ト|パ|メ|モ)|なりきり|衣装|軍服|制服姿)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['なち', '親衛隊', 'ひとらー', 'ひつとらー', 'げしゆたぽ', 'はーけんくろいつ', '鉤十字', 'kkk', 'くらつくす'],
    veto: phrase('禁止|ご遠慮|お控え|不適切|問題(?:に|と|視)|批判|謝罪|お詫び|歴史|ホロコースト|学ぶ|学習|展示|資料', 'u'),
  },
  // Round W9 (R143I-078): people who fell into the water laughed at (今日も掘割に落ちちゃった観光客さんがいました〜🤣 スマホも一緒にドボン笑,
  // 川にはまったおじさんがいて草): an accident made the joke, warn; not a warning to keep from the edge (掘割に落ちないよう😆).
  {
    re: phrase(`(?:${WATERS}|側溝|海|プール|ドブ|どぶ)(?:に|へ)(?:落ち|おち|転落|はま(?:っ|り|る)|ハマ(?:っ|り)|転げ落ち|ドボン|どぼん)[^。！？!?\\n]{0,12}?(?:観光客|お客|客|人|方|子|おじさん|おばさん|おじいちゃん|おばあちゃん|男性|女性|カップル|学生|外国人)[^\\n]{0,40}?(?:${LAUGH_MARK}|ドボン|どぼん|ウケ(?:る|た))|(?:観光客|お客|客|人|方|おじさん|おばさん|男性|女性|カップル|学生|外国人)(?:さん)?(?:が|も)[^。！？!?\\n]{0,10}?(?:${WATERS}|側溝|海|プール|ドブ|どぶ)(?:に|へ)(?:落ち|おち|転落|はま(?:っ|り)|ハマ(?:っ|り)|ドボン|どぼん)[^\\n]{0,40}?(?:${LAUGH_MARK}|ウケ(?:る|た))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['落ち', 'おち', '転落', 'はま', 'どぼん', '転げ落ち'],
    veto: phrase('ないよう|ないように|防止|予防|注意喚起|禁止|救助|救命|訓練|お見舞い|ご冥福', 'u'),
  },
  // Round W9 (R144A-033): foreigners laughed at for not speaking Japanese (外国人観光客の皆さん、日本語がまったく通じなくて大変でした(笑),
  // 実習生に何回言っても日本語が分からんｗ): a group mocked for its language, warn; not a notice that offers help in other languages.
  {
    re: phrase(`(?:外国|海外|(?:${NATION})(?:人|系|から|の方|のお客)|実習生|留学生|インバウンド)[^。！？!?\\n]{0,24}?日本語(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:通じ|話せ|喋れ|しゃべれ|わから|分から|わかん|分かん|読め|できな|でけ)(?:ない|なく|ん|ず|へん|なかった)[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK}|ｗ|ウケ(?:る|た))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['日本語'],
    veto: phrase('多言語|やさしい日本語|通訳|翻訳|英語(?:の|で)(?:案内|対応|表記)|教室|講座|(?:でも|ても)(?:大丈夫|安心|楽しめ|ok)', 'u'),
  },
  // Round W9 (R145D-079): a faith's canvassers or believers laughed at (駅前の宗教の勧誘、今日もおって笑える😂, エホバの人また来とるｗ):
  // contempt for a religion, warn; not a warning against a cult's pitch, not laughter at a temple's talk.
  {
    re: phrase(`(?:宗教|教団|カルト|信者|布教|宣教師|エホバ|創価|モルモン|統一教会)(?:の)?(?:勧誘|人|人たち|方|おばちゃん|おじさん|団体|連中)?[^。！？!?\\n]{0,16}?(?:笑え(?:る|た)|笑っ(?:た|ちゃ)|ウケ(?:る|た)|うけ(?:る|た)(?![ぁ-ゖ])|${LAUGH_MARK}|ｗ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['宗教', '教団', 'かると', '信者', '布教', '宣教師', 'えほば', '創価', 'もるもん', '統一教会'],
    veto: phrase('注意|相談|被害|詐欺|断り方|悪質|霊感|笑顔|笑い(?:が|声)|(?<!被)差別|偏見', 'u'),
  },
  // Round W9 (R140I-045): a death mocked in English (RIP to our oldest sea turtle … lol he finally clocked out, our goat passed away
  // lmao, rest in peace … 😂): a death made a joke, warn; not a sincere farewell (RIP, Kame-san. We will miss you 🐢), not a rip current.
  {
    re: phrase(`(?<![a-z])(?:rip(?! (?:current|tide))|r\\.i\\.p|rest in peace|passed away|has passed|have passed|died|crossed the rainbow bridge|kicked the bucket|clocked out for good)(?![a-z])[^\\n]{0,80}?(?:(?<![a-z])(?:lol|lmao|rofl|haha+|jk|just kidding)(?![a-z])|[😂🤣😆🤪😜]|(?<![a-z])(?:finally )?(?:clocked out|kicked the bucket|bit the dust|croaked)(?![a-z]))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['rip', 'r.i.p', 'rest in peace', 'passed', 'died', 'rainbow bridge', 'kicked the bucket', 'clocked out'],
    veto: phrase('condolence|sympath|(?<![a-z])we(?:\'ll| will) miss|heartbroken|grief|grieving|mourn', 'u'),
  },
  // Round W9 (R140I-110): a runner's or a visitor's collapse joked about in English (if you collapse at km 30, at least do it in front of
  // the photo booth 😂, if you pass out, do it near the beer tent lol): a medical emergency made a joke, warn; not safety advice.
  {
    re: phrase(`(?<![a-z])if (?:you|u|ya) (?:collapse|faint|pass out|black out|drop dead|die|keel over|throw up|puke|cramp up)(?![a-z])[^\\n]{0,90}?(?:(?<![a-z])(?:lol|lmao|rofl|haha+|jk)(?![a-z])|[😂🤣😆🤪😜])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['if you', 'if u', 'if ya'],
    veto: phrase('(?<![a-z])(?:medic|first aid|aid station|call 119|stop running|seek help|tell (?:a|our) (?:staff|volunteer))', 'u'),
  },
  // Round W11 (R149I-043): an accident where someone was hurt, then the crash called a flashy blunder with a cartoon face (…運転していた
  // 男性が搬送されました。派手にやっちゃいましたね〜😱, 見事にやらかしちゃいましたね😅): the victims' accident made light of, warn; not a
  // drill (訓練で派手にやっちゃいました), not a festival done in style with no accident in it.
  {
    re: phrase(`(?:事故|衝突|追突|接触|横転|転倒|転落|搬送|けが|怪我|ケガ|負傷|救急車)[^\\n]{0,80}?(?:(?:派手|ド派手|見事|盛大|豪快|きれい|綺麗)に(?:やっ|やらかし|いっ|いき|ぶつけ|ぶつか|突っ込|つっこ|ひっくり返|転|こけ)|やらかし(?:ちゃ|まし|た))[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😱😅🤭🙀💥]|(?:ね|な|よ)[〜~ー]+)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['事故', '衝突', '追突', '接触', '横転', '転倒', '転落', '搬送', 'けが', '怪我', '負傷', '救急車'],
    veto: phrase('訓練|想定|シミュレーション|模擬|ゲーム|ボウリング|お祭り|ご冥福', 'u'),
  },
  // Round W11 (R149I-052): children or the people in care likened to the dead, with a laugh (ひよこ組さん…みんな死んだみたいに静かです😂,
  // 園児たちは屍のように眠っています笑): death made the joke of a nursery or a care home, warn; not the phrase without a laugh, not an
  // animal playing dead (死んだふり).
  {
    re: phrase(`(?:子ども|子供|こども|子たち|園児|児童|生徒|赤ちゃん|乳児|幼児|ちびっこ|チビッコ|キッズ|組さん|組の|ぐみさん|利用者|入所者|おじいちゃん|おばあちゃん|みんな|皆)[^\\n]{0,40}?(?:死んだ|死んで(?:る|いる)|(?:死体|屍|しかばね|ゾンビ|遺体)の?)(?:か)?(?:みたい|よう|様)(?:に|な|です|だ)[^。！？!?\\n]{0,14}?(?:${LAUGH_MARK}|ｗ|[💀⚰👻])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['死んだ', '死んで', '死体', '屍', 'しかばね', 'ぞんび', '遺体'],
    veto: phrase('ふり|フリ|死んだふり', 'u'),
  },
  // Round W11 (R149I-078): animals put down, told in a light tone (収容期限が過ぎた3頭を処分しました。ガス室、今日はフル稼働でした〜😅,
  // 殺処分で今日は大忙しでした笑): the killing of animals made light of, warn; not 殺処分ゼロ, adoption, or a sober account.
  {
    re: phrase(`(?:殺処分|安楽死|ガス室|炭酸ガス|ドリームボックス|(?:頭|匹|羽|犬|猫|動物|収容|保護)[^。！？!?\\n]{0,16}?処分)[^\\n]{0,40}?(?:フル稼働|大忙し|大盛況|絶好調|大繁盛|大活躍|大漁|ノルマ|(?:でした|です|ました|ちゃった|ちゃいました|だった)(?:ね|よ)?[〜~ー]+[😅😂🤣😆😜🤪✨🎉]?|${LAUGH_MARK}|[😅🎉✨])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['処分', '安楽死', 'がす室', '炭酸がす', 'どりーむぼつくす'],
    veto: phrase('ゼロ|0頭|０頭|なくす|無くす|減ら|減少|譲渡|里親|啓発|歴史|アウシュ|ナチ|ごめん|つら|辛|悲し|悼|冥福|供養', 'u'),
  },
  // Round W11 (R149I-089): death or collapse from overwork made the selling point of a job (過労死ラインまで働ける根性のある方、大歓迎です笑,
  // 倒れるまで働ける方募集): a labour death joked about in recruitment, warn; not overwork prevented (過労死ゼロ, 働き方改革).
  {
    re: phrase('(?:過労死|過労で(?:倒れ|死)|(?:倒れる|ぶっ倒れる|死ぬ|死ぬる)(?:まで|ほど|くらい|ぐらい)(?:働|残業|頑張|がんば)|残業(?:地獄|上等|無制限)|不眠不休で(?:働|頑張)|休みなしで働)[^\\n]{0,40}?(?:歓迎|募集|求む|お待ち|待って|応募|採用|来たれ|きたれ)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['過労', '倒れる', '死ぬ', '残業', '不眠不休', '休みなし'],
    veto: phrase('防止|なくす|無くす|ゼロ|改革|対策|減ら|削減|相談|啓発|超えない|させない|ありません|しません', 'u'),
  },
  // Round W11 (R150A-057): a class pitched to girls as training to be a bride (料理教室は、お嫁にいく前の女の子に特におすすめです, 花嫁修業に
  // ぴったり): housework handed to women as their future, warn; not a word about the custom (「花嫁修業」という言葉は古い).
  {
    re: phrase('(?:お?嫁(?:に|へ|さんに)(?:いく|行く|出る|出す|なる)(?:前|まで)|嫁入り(?:前|修業|修行)|花嫁修業|花嫁修行|(?:いい|良い|よい)(?:お)?嫁さんに(?:なれ|なる))[^\\n]{0,30}?(?:おすすめ|オススメ|お勧め|ぴったり|ピッタリ|最適|必須|必見|ぜひ|是非|どうぞ|いかが|役立|大歓迎)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['嫁'],
    veto: phrase('固定観念|ジェンダー|役割分担|男女問わず|性別を問わ|という言葉|古い|死語|(?<!被)差別', 'u'),
  },
  // …and men told their part is only to eat or watch (男性は食べる専門でOK！, お父さんは食べるだけで大丈夫): the cooking left to women, warn;
  // not a father who used to only eat and now cooks (お父さんは食べる専門でしたが…).
  {
    re: phrase('(?:(?<![一-龥])男性|男子|男の人|男衆|男性陣|お父さん|パパ|旦那さん|ご主人)(?:陣)?(?:は|の皆さんは)[、,]?(?:食べる|飲む|見る|見てる|座って(?:る|いる))(?:専門|だけ|係|担当|役)(?:で|でも)?(?:ok|いい|よい|良い|結構|大丈夫|構いません|かまいません|です|！|!)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['専門', 'だけ', '係', '担当', '役'],
    veto: phrase('固定観念|ジェンダー|役割分担|男女問わず|性別を問わ|(?<!被)差別', 'u'),
  },
  // Blind R151I-044: human remains, a mummy or the dead made a joke of looks or play (出土した人骨、骨格がイケメンすぎて…ざわついてます💀,
  // 美人すぎるミイラ, ご遺体がかわいい, 人骨とツーショット): no respect for the dead, warn; not a finding told plainly (人骨の調査結果),
  // not a costume (ミイラ男, ハロウィン) or a 骨格 of the living (骨格診断).
  {
    re: phrase(`(?:${REMAINS})[^。！？!?\\n]{0,24}?(?:${CUTE})|(?:${CUTE})(?:すぎる|過ぎる|すぎた|な|の|で)[^。！？!?\\n]{0,6}?(?:${REMAINS})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    veto: phrase('ミイラ(?:男|女|取り|とり)|ハロウィン|仮装|コスプレ|骨格(?:診断|タイプ)|冥福|供養|慰霊|敬意|尊厳|(?<!被)差別', 'u'),
  },
  // Blind R152D-059: a stamina food said to work tonight, with a leer (うなぎって精がつくけん、今夜は期待しとってよ〜😏💕, スッポンで元気に
  // なっちゃうけん、今夜は覚悟しとってね♡): sexual innuendo, warn; not stamina for the summer heat or tonight's festival with a plain
  // heart (精をつけて今夜の花火大会も楽しもう💕), not a leer at a named activity (今夜は旦那さんも試合の応援をがんばって😏).
  {
    re: phrase(`(?:${STAMINA151})[^\\n]{0,30}?(?:今夜|今晩|今宵|(?<![一-龥])夜(?:は|も|の(?:部|方|ほう)))[^\\n]{0,24}?(?:[😏😘💋]|(?:期待|覚悟|寝かせ|眠れ(?:ない|ん|なく)|寝られ(?:ない|ん)|お手柔らか)[^\\n]{0,12}?[💕♡❤♥💗💓😍])`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['精', '元気にな'],
    veto: phrase('夏バテ|なつばて|熱中症|応援|試合|観戦|花火|祭り|まつり|大会|練習|部活|残業|夜勤|仕事|勉強|受験|作業|ライブ|教室|講座|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R154A-019 (W13): an event advert dressed as sexual innuendo: a slippery or "play" word (ぬるぬるの泥んこプレイ, ヌルヌル,
  // とろとろ, びしょ濡れ) with 大人の / 夜の / 今夜 and a heart or a kiss (♡, 💋, 😏), or 大人の…夜の with a kiss or a leer alone
  // (大人のための夜のムツゴロウ観察会…💋): warn. Not a children's mud play (親子で泥んこプレイ♡), not a night tour with a plain heart
  // (大人のための夜の美術館♡), not a playground or a player (プレイパーク, プレイヤー).
  {
    re: phrase(`(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,40}?(?:大人の|おとなの|夜の|今夜|今宵|二人きり|ふたりきり)[^\\n]{0,40}?[♡❤💕💋😏]|(?:大人の|おとなの|夜の|今夜|今宵)[^\\n]{0,40}?(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,40}?[♡❤💕💋😏]|(?:ぬるぬる|ぬめぬめ|とろとろ|びしょ(?:濡れ|ぬれ|びしょ)|びちょびちょ|ぐちょぐちょ|(?<!ディス|リ|ロール|コス|フェア|チーム|ファイン|ナイス|スーパー|ラフ|ダーティ|ファウル|ワン|ビッグ|好)プレイ(?!パーク|ヤー|ルーム|ス(?:テ|ポ)|ボール|リスト|ランド|ゾーン|エリア|グラウンド|タイム|ング|ガイド|ベース|オフ|ボタン|ステージ))[^\\n]{0,12}?[♡❤💕💋😏][^\\n]{0,40}?(?:大人の|おとなの|夜の|今夜|今宵)|(?:大人の|おとなの)(?:ための)?[^。！？!?\\n]{0,6}?夜の[^\\n]{0,50}?[💋😏]`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    need: ['ぬるぬる', 'ぬめぬめ', 'とろとろ', 'びしよ', 'びちよ', 'ぐちよ', 'ぷれい', '大人の', 'おとなの'],
    veto: phrase('親子|子ども|子供|こども|キッズ|園児|児童|小学生|幼児|試合|選手|演奏|ライブ|ゲーム|サッカー|野球|バスケ|ラグビー|テニス|チーム|観戦|応援|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R154A-065 (W13): people who complain or object called defective of body or mind (苦情を言う人は、きっと心が貧しいか耳が
  // おかしいか, 文句を言う連中は頭がおかしい, 反対する人は耳が悪いんでしょう): a disability or illness made the insult, block. Not a
  // complaint about one's own ears (騒音で耳がおかしくなりそうという苦情), not the complainers' feelings understood.
  {
    re: phrase('(?:苦情|文句|クレーム|いちゃもん|ケチ|反対|うるさいと)(?:を|ば)?(?:言う|いう|言っている|言ってる|言いよる|つける|付ける|入れる|する|言ってくる)(?:ような)?(?:人|方|やつ|奴|連中|輩|者|人たち|方々)(?:は|って|なんて|なんか)[、,]?[^。！？!?\\n]{0,24}?(?:耳|頭|目|脳|神経|精神|心)(?:が|の|も)?(?:おかしい|おかしか|おかしく|いかれ|イカれ|狂っ|くるっ|異常|病気|悪い|悪か|わるい|遠い|聞こえてな|腐っ|壊れ|どうかして)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['苦情', '文句', 'くれーむ', 'いちやもん', 'けち', '反対', 'うるさいと'],
    veto: phrase('ではありません|ではない|わけではな|思いません|とは限ら|(?<!被)差別|偏見', 'u'),
  },
  // Blind R154A-099 (W13): a religion, a temple or a shrine belittled as a mere money-maker (除夜の鐘なんて所詮はお坊さんの金もうけ,
  // お寺なんて結局は商売, 坊主丸儲け, 神社のお守りもしょせん集金ビジネス): faith disparaged in passing, warn. Not a temple's own
  // finances told plainly (拝観料とお布施で運営), not praying for business (商売繁盛).
  {
    re: phrase('(?:除夜の鐘|お寺|寺院|(?<![一-龥])寺(?![一-龥])|お坊さん|坊さん|坊主|住職|僧侶|神社|神主|お守り|お札|お祓い|宗教|教会|牧師|神父|お布施|葬式|法事|戒名|お経)[^。！？!?\\n]{0,12}?(?:なんて|なんか|って|も|は)[、,]?[^。！？!?\\n]{0,6}?(?:所詮|しょせん|結局(?:は)?|ただの|単なる|要は|どうせ)[^。！？!?\\n]{0,10}?(?:金(?:もうけ|儲け|儲|集め)|かねもうけ|銭(?:もうけ|儲け)|商売|集金|ビジネス|ぼったくり|ボッタクリ|詐欺)|坊主丸儲け|ぼうず丸儲け|坊主まるもうけ', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['所詮', 'しよせん', '結局', 'ただの', '単なる', '要は', 'どうせ', '丸儲け', 'まるもうけ'],
    veto: phrase('ではありません|ではない|わけではな|とは限ら|誤解|(?<!被)差別|偏見|霊感商法|悪徳|カルト', 'u'),
  },
  // Blind R153I-027 (W13): a service outage or a closure the residents suffer (断水3日目, 停電, 通行止め, ガスが止まって) joked about
  // as a windfall or with a laugh (ちょうどいいダイエットの機会😆, お風呂どうしてます？笑, キャンプ気分でラッキー): levity at their
  // hardship, warn. Not preparation or a drill (断水に備えて), not service restored (復旧しました), not a planned works notice.
  {
    re: phrase(`(?:断水|停電|通行止め|通行止|ガス(?:が|の供給が)?(?:止ま|停止)|水が(?:出な|止ま)|電気が(?:止ま|来な|つかな)|孤立)[^\\n]{0,60}?(?:ちょうど(?:いい|良い|よい)|丁度(?:いい|良い|よい)|ダイエット|ラッキー|らっきー|得した|キャンプ気分|サバイバル気分|(?:いい|良い)(?:機会|経験)(?:かも|です|だ|ね)|${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['断水', '停電', '通行止', 'がす', '水が', '電気が', '孤立'],
    veto: phrase('備え|備蓄|訓練|想定|予定|工事|復旧|解消|再開|ご注意|お知らせ|お見舞い|ご不便|ご迷惑|(?<!被)差別', 'u'),
  },
  // Blind R181D-013 (W20): the harm a disaster did to people (停電した, 断水中, 浸水した家, 避難所で過ごす, 被災した) recast as a charm or a
  // treat for those who suffered it (ろうそくの灯りも風情があったのでは, デジタルデトックスですね, いい経験になった, 貴重な体験ですね,
  // ちょっとしたキャンプ気分, 非日常を楽しめた): their hardship made a pleasant change, warn. Not a tip for an outage to come (停電に備えて,
  // 停電のときは), not a drill, not a candle event with no disaster (キャンドルナイト), not a lesson drawn in earnest (備えの大切さを学ぶ
  // 貴重な経験), not the sufferers' own words relayed (…と話してくださいました), not a place reopened after the harm (復旧した川下りの風情).
  {
    re: phrase(`(?:停電|断水|浸水|冠水|避難(?:所|生活|先|して|した|中|され)|被災|孤立)[^\\n]{0,60}?(?:風情|趣(?:が|の)?(?:あ|深)|(?<![ぁ-ゖ])乙な|おつな(?:もの|夜|体験)|ロマンチック|ロマンティック|デトックス|非日常(?:を|が|感|の)?(?:楽し|味わ|体験|満喫|気分)|(?:いい|良い|よい|貴重な|得難い|得がたい|めったにない|めったにできない|なかなかできない|新鮮な)(?:経験|体験|思い出)(?:に(?:なっ|なり|なる)|でし|だっ|です|ね|かも|♪|[！!]|$)|(?:ちょっとした|プチ)(?:キャンプ|アウトドア|サバイバル|合宿|冒険)|(?:キャンプ|アウトドア|合宿)(?:気分|体験)(?:を)?(?:楽し|味わ|満喫)|たまには(?:こういう|こんな|そんな)?(?:の|夜|日|生活|暮らし)?(?:も)?(?:いい|良い|よい|悪くない|ありかも|アリかも))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['停電', '断水', '浸水', '冠水', '避難', '被災', '孤立'],
    veto: phrase('備え|備蓄|訓練|想定|対策|教訓|生か|活か|学(?:び|ん|ぶ|べ)|大切さ|語り継|伝え(?:て|る|た)|振り返|と(?:話|語)って|(?:話|語)してくださ|(?:停電|断水)(?:の)?(?:とき|時(?![間刻])|際|場合)|(?:停電|断水)(?:し)?たら|もしも|万が?一|復旧|復興|再開|再建|修復|修繕|保存|ボランティア|支援|派遣|応援|手伝|炊き出し|救援|防災|講座|研修|体験(?:会|学習|イベント)|宿泊体験|(?<!被)差別', 'u'),
  },
  // Blind R158A-047 (W14): a quake's measure made the measure of fun (震度7級の盛り上がり, 震度6強並みの大歓声) or a crowd said to shake
  // more than the real quake, with a laugh (本番の地震より会場のほうが揺れてたかも😂): a disaster made a joke, warn. Not a drill's
  // shaking told plainly (震度7の揺れを体験できる起震車), not a building's rating (震度7級の揺れに耐える).
  {
    re: phrase(`震度[0-9０-９一二三四五六七](?:強|弱)?(?:級|並み|なみ|クラス|レベル|相当)?(?:の|な)?(?:大|超)?(?:盛り上がり|盛りあがり|熱気|興奮|歓声|テンション|ノリ|爆笑|盛況|熱狂|沸き|わき)|(?:本物の|本番の|実際の|ほんまの|ほんとの|本当の)?地震(?:より(?:も)?|以上に|並みに|なみに|に負けない(?:くらい|ぐらい|ほど))[、,]?[^。！？!?\\n]{0,6}?(?:会場|客席|場内|ホール|体育館|スタンド|観客|お客さん|みんな|皆|ステージ)(?:の(?:ほう|方))?(?:が|も|は)[^。！？!?\\n]{0,6}?(?:揺れ|ゆれ|盛り上が|沸い|わい)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK}|[😂🤣😆])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['震度', '地震'],
    veto: phrase('(?<!被)差別|お見舞い|ご冥福|被災', 'u'),
  },
  // Blind R158A-054 (W14): the night of a couple named by a veil word (夜のほう, 夜の方, 夜の生活, 夜の営み) and cheered as harmonious or
  // lively with a leer (夫婦円満のお守り…夜のほうも円満になるかもね😏💕, 夜の生活もラブラブで♡): sexual innuendo, warn, where the paragraph
  // speaks of a couple. Not a shop or a tour open at night (夜の方も元気に営業中💕), not the cold of the night.
  {
    re: phrase('(?<![一-龥])夜の(?:ほう|方|生活|営み|夫婦生活)(?:も|は|が)?[、,]?[^。！？!?\\n]{0,10}?(?:円満|元気|お盛ん|盛ん|仲良|なかよ|らぶらぶ|熱く|熱い|激し|頑張|がんば|ご無沙汰|ごぶさた|満足|絶好調|充実|ばっちり|強(?:い|く))[^。！？!?\\n]{0,12}?[😏😘💋🤭♡💕❤😍]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['夜の'],
    topic: phrase('夫婦|カップル|旦那|奥さん|奥様|ご主人|新婚|恋人|彼氏|彼女|子宝|縁結び|円満|ご夫妻|パートナー', 'u'),
    veto: phrase('営業|開店|開館|ライトアップ|イルミ|花火|星空|ナイト|ディナー|メニュー|冷え込|寒|気温|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R159D-028 (W14): foreign workers valued for being cheap (外国人の実習生、言葉は通じんけど安くてよう働くけん助かる, 研修生は人件費が
  // 安くて助かる, 留学生のバイトは安いのにまじめに働く): people priced as labour, block. Not what is cheap for them (実習生の寮は家賃が安くて
  // 助かる), not the low pay named as a wrong (低賃金の是正, 安い労働力ではありません).
  {
    re: phrase(`(?:実習生|研修生|外国人|外国の(?:方|人)|外国籍|留学生|移民|難民|労働者|(?:${NATION})(?:人|系|出身))[^。！？!?\\n]{0,30}?(?:(?:人件費|給料|給与|賃金|時給|日当|日給|コスト)(?:が|も|は)?安(?:くて|い|く(?:済|す|つ)|か)[^。！？!?\\n]{0,8}?(?:助か|たすか|重宝|ありがた|お得|便利|使え|働)|安(?:くて|いし|いのに|い割に|いわりに|いうえに|い上に|かし|かけん|かとに)[、,]?(?:よく|よう|ばり|すごく|めっちゃ|真面目に|まじめに|一生懸命|黙々と|文句(?:も|ひとつ)?(?:言わ|いわ)ず(?:に)?)?(?:働|はたら))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['安'],
    veto: phrase('問題|是正|改善|搾取|不当|違法|ではありません|ではない|いけません|許され|守る|保護|相談|最低賃金', 'u'),
  },
  // Blind R159D-085 (W14): an elder's bent back or dull ears said to make them fit for a task (ご年配の方はもともと腰が曲がってるから泥さらいに
  // ぴったり, お年寄りは耳が遠いけん騒音の作業にもってこい): the body of age made a joke of usefulness, warn. Not a tool or a seat fitted to
  // them (腰が曲がった方でも使いやすい杖, 低いテーブルが作業にちょうどいい), not care taken (無理せず, 負担).
  {
    re: phrase(`(?:${AGED}|年配|高齢)[^。！？!?\\n]{0,16}?(?:腰が(?:曲が|まが)|背中が(?:丸|曲が)|耳が遠|目が(?:遠|悪)|足腰が弱)[^。！？!?\\n]{0,8}?(?:から|けん|ので|し(?![ぁ-ゖ]))[、,]?[^。！？!?\\n]{0,12}?(?:作業|仕事|清掃|掃除|さらい|草取り|草むしり|草刈り|拾い|田植え|稲刈り|役|係|担当|当番)(?:に|には)[、,]?(?:ぴったり|ちょうど(?:いい|よか|良い)|丁度(?:いい|良い)|最適|もってこい|うってつけ|打って付け|お似合い|向いて|適任)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['腰が', '背中が', '耳が遠', '目が', '足腰'],
    veto: phrase('テーブル|椅子|いす|机|杖|カート|道具|用具|手すり|補助|配慮|無理|負担|気をつけ|気を付け|休憩|安全|(?<!被)差別|偏見', 'u'),
  },
  // Blind R159D-127 (W14): a mental illness dismissed as weakness (甘え, 気の持ちよう) and the readers told to get through by will before or
  // instead of care (うつ病なんて結局は甘えです。保健センターに相談に来る前に、まずは気合いで乗り越えましょう, 病院に頼らず根性で治せ): the
  // prejudice turned into advice that keeps the ill from help, block. Not the dismissal denied, not care urged (ためらわず相談を).
  {
    re: phrase('(?:うつ|鬱|精神疾患|心の病|メンタル|適応障害|パニック障害|依存症|統合失調症|不眠症)[^\\n]{0,40}?(?:甘え|気の持ちよう|気持ちの問題|心が弱|根性が(?:な|足り))[^\\n]{0,40}?(?:相談|受診|通院|治療|病院|薬|くすり|カウンセリング|専門医|医者|医師|保健センター|窓口)[^。！？!?\\n]{0,12}?(?:前に|より(?:も|先に)?|なんて|なんか|に頼(?:る前に|らず|らないで|らんで)|せず(?:に)?|しないで|せんで)[、,]?[^。！？!?\\n]{0,12}?(?:気合い?|根性|精神力|気力|気の持ちよう|自力|自分の力)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['甘え', '気の持ちよう', '気持ちの問題', '心が弱', '根性が'],
    veto: phrase('ではありません|ではない|じゃない|じゃなか|わけではな|でもありません|偏見|誤解|思い込み|決めつけ|と思われがち|ためらわず|遠慮なく|抱え込ま', 'u'),
  },
  // Blind R159D-137 (W14): looks heading the name of a trade or a role, whatever the role (商工会のイケメン若手経営者が大集合, 美人農業者,
  // イケメン消防士): people sold on their looks, lookism warn. Not 美人画 or 美人の湯, not a product (イケメン野菜の生産者さん).
  {
    re: phrase('(?:イケメン|美人(?!画|の湯|湯|林|祭|局|薄命)|美女|美男子?|男前|べっぴん|別嬪)(?:すぎる|過ぎる|揃いの|ぞろいの)?(?:若手|青年|独身|若き|新人|若い)?[一-龥]{1,5}(?:者|員|士|師|家|主|長)(?![一-龥])', 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    need: ['いけめん', '美人', '美女', '美男', '男前', 'べつぴん', '別嬪'],
    veto: phrase('ルッキズム|容姿で(?:判断|評価)|見た目で(?:判断|評価)|(?<!被)差別|偏見', 'u'),
  },
  // Blind R156I-067 (W14): a people cast as the buyers to beat, the readers urged to get in first (外国人に買い占められる前に、ぜひ日本人の
  // 皆さんで！, 中国人に土地を取られないうちに): a nationality set against the readers, block. Not a resale rush with no people named
  // (転売目的の買い占め), not a law or a rule on land sales (条例, 届出, 規制).
  // Blind R448Z-035 kind: the same people cast as a threat to take the town over, whatever the ending (外国人に…決めさせたら柳川が乗っ取られる
  // のではと心配, 移民が増えたらこの町は侵略される, 中国系の住民に市政が支配されかねません, 外国籍の方にまちを牛耳られる), or the readers told to keep
  // the town's matters to Japanese alone where foreigners are the topic (日本人の手で柳川の未来を決めましょう, 日本人だけで決めるべき): the
  // group set against the town, block. Kept clean: an account or a system hijacked (アカウントの乗っ取り, 不正ログイン), the fear named a
  // prejudice or a rumour (…というデマ, 偏見), a sober talk of who may vote (永住外国人の投票資格について…意見を募集), Japanese hands in a craft
  // (日本人の手で一枚ずつすかれた和紙), the Japanese-only way refused (日本人だけで決めず).
  {
    re: phrase(`(?:外国人|外国の(?:方|人)|外国籍|海外の(?:方|人)|よそ者|よそもん|(?:${NATION})(?:人|系))(?:の方)?(?:に|が|から)[^。！？!?\\n]{0,8}?(?:買い占め|買いしめ|買い漁|買いあさ|買われ|取られ|とられ|奪われ|乗っ取|占領|占拠|押さえられ)[^。！？!?\\n]{0,6}?(?:前に|うちに|ないうちに|ないよう|んうちに|んごと)|(?:外国人|外国の(?:方|人)|外国籍|海外の(?:方|人)|よそ者|よそもん|移民|難民|(?:${NATION})(?:人|系))(?:の方|の住民|住民|の人たち)?(?:に|が|を|から|も|は|ばかり|だらけ)[^。！？!?\\n]{0,30}?(?:乗っ取られ|のっとられ|乗っ取り|侵略され|侵食され|支配され|占領され|占拠され|牛耳られ|好き勝手にされ)|日本人(?:の手|だけ|のみ)で[^。！？!?\\n]{0,16}?(?:決め|守り|守ろ|治め|選び|選ぼ|運営し)(?:ましょう|よう|たい|るべき|ていき|なければ|ねば|るのが(?:一番|筋|当然))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['買', '取られ', 'とられ', '奪われ', '乗つ取', 'のつとられ', '占領', '占拠', '押さえられ', '侵略', '侵食', '支配され', '牛耳', '好き勝手', '日本人'],
    topic: phrase(`外国|海外|国籍|永住|移民|難民|実習生|留学生|よそ者|よそもん|(?:${NATION})(?:人|系)`, 'u'),
    veto: phrase('条例|規制|届出|届け出|法律|法令|審査|(?<!被)差別|偏見|デマ|誤解|アカウント|ログイン|パスワード|不正アクセス|サイバー|ウイルス|詐欺|歴史|戦争|戦時|時代|講座|展示', 'u'),
  },
  // Blind R156I-070 (W14): a foreigner's broken or accented speech made the laugh of the event (片言の日本語で一生懸命しゃべる姿がかわいくて、
  // みんな爆笑でした😂, たどたどしい発音に大笑い): mocked, warn, where the paragraph names foreigners. Not a smile or applause (笑顔, 拍手), not
  // a joke they told (笑わせてくれました).
  {
    re: phrase(`(?:片言|かたこと|たどたどしい|つたない|拙い|変な|へんな|おかしな|なまった|訛った|めちゃくちゃな)(?:の)?(?:日本語|にほんご|発音|しゃべり|喋り|話し方|敬語)[^。！？!?\\n]{0,30}?(?:爆笑|大笑い|笑い転げ|笑っちゃ|笑ってしま|笑える|笑けた|うけ(?:た|る|ま)|${LAUGH_MARK})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['片言', 'かたこと', 'たどたどしい', 'つたない', '拙い', '変な', 'へんな', 'おかしな', 'なまつた', '訛つた', 'めちやくちやな'],
    topic: phrase(`外国|実習生|研修生|留学生|移民|難民|(?:${NATION})(?:人|系|出身|から)|国際交流|alt`, 'u'),
    veto: phrase('笑顔|笑み|微笑|笑わせ|冗談|ジョーク|ユーモア|(?<!被)差別|偏見', 'u'),
  },
  // Blind R156I-078 (W14): a rumour that touching a part makes one "perky" (さわると元気になるってウワサ) then a secret try at night offered
  // with a heart (夜の部で、こっそりたしかめてみる？🌙): sexual innuendo, warn, even of a mascot. Not a shrine's stroking ox told plainly
  // (なでると元気になる撫で牛), not a night tour without the secret and the heart.
  {
    re: phrase('(?:さわ|触|なで|撫|こす|擦|にぎ|握)(?:る|ると|ったら|れば|って)[^。！？!?\\n]{0,10}?(?:元気に|げんきに|大きく|おおきく|硬く|かたく|気持ちよく|気持ちいい)[^\\n]{0,40}?(?:(?:夜の部|今夜|今晩|今宵|夜に|夜は|夜中|真夜中|🌙)[^\\n]{0,12}?(?:こっそり|内緒で|ないしょで|二人きりで|ふたりきりで|秘密で|ひみつで)|(?:こっそり|内緒で|ないしょで|二人きりで|ふたりきりで|秘密で|ひみつで)[^\\n]{0,12}?(?:夜の部|今夜|今晩|今宵|夜に|夜中|真夜中|🌙))', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['さわ', '触', 'なで', '撫', 'こす', '擦', 'にぎ', '握'],
    topic: phrase('[♡💕❤😏😘💋🤭]', 'u'),
    veto: phrase('(?<!被)差別|セクハラ|痴漢|ご注意', 'u'),
  },
  // Blind R156I-079 (W14): women on the staff put in revealing dress to greet the visitors and the men invited for it (若手女性職員が担当します😊
  // ミニスカートでお出迎えしますので、男性の皆さんもぜひ足を運んで): staff made a sexual draw, block. Not a dress code or a warning (水着での
  // ご来場はご遠慮ください), not a greeting in yukata or costume.
  {
    re: phrase('(?:ミニスカ(?:ート)?|生足|生脚|網タイツ|へそ出し|水着|ビキニ|バニー(?:ガール)?|レオタード|ボディコン|胸元(?:の)?(?:開いた|あいた)|露出(?:の)?多め(?:の)?(?:服|衣装|格好)?|セクシーな(?:衣装|服|格好|ドレス))(?:姿)?(?:で|にて|を着て|着て)[、,]?[^。！？!?\\n]{0,6}?(?:お出迎え|お迎え|出迎え|ご案内|接客|おもてなし|お待ち|お酌|受付|お給仕|ご奉仕)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    para: true,
    wide: true,
    need: ['みにすか', '生足', '生脚', '網たいつ', 'へそ出し', '水着', 'びきに', 'ばにー', 'れおたーど', 'ぼでぃこん', '胸元', '露出', 'せくしーな'],
    topic: phrase('(?:男性|殿方|男の|おじさん|おじさま|お父さん|男子|男衆)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方|方々|陣)?[^。！？!?\\n]{0,12}?(?:ぜひ|是非|どうぞ|お越し|足を運|来て|きて|お待ち|遊びに|会いに)', 'u'),
    veto: phrase('ご遠慮|遠慮|禁止|お控え|不可|ご注意|盗撮|痴漢|セクハラ|ハラスメント|(?<!被)差別', 'u'),
  },
  // Blind R156I-090 (W14): an age named by its number and its driving called a weapon (80過ぎての運転はもう走る凶器, 70代のドライバーは動く
  // 凶器): the old as a whole called a danger, warn (the named elders are round 20's). Not every driver warned that a car can be one
  // (誰でも, 一歩間違えば凶器になりうる).
  {
    re: phrase('(?:[5-9５-９][0-9０-９]|[五六七八九]十)(?:歳|才)?(?:代|過ぎ|すぎ|超え|以上|を(?:過ぎ|超え|越え)(?:た|て))?[^。！？!?\\n]{0,12}?(?:運転|ドライバー|ハンドル)[^。！？!?\\n]{0,12}?(?:走る凶器|動く凶器|凶器|殺人(?:マシン|マシーン|兵器)|走る棺桶|時限爆弾|事故予備軍)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['凶器', '殺人', '棺桶', '爆弾', '予備軍'],
    veto: phrase('誰|だれ|どなた|年齢に(?:関係|かかわら)|すべての|全ての|なりうる|なり得る|にもなる|一歩間違え|(?<!被)差別|偏見', 'u'),
  },
  // Blind R160I-003 (W15): others' deaths in a disaster set against one's own luck (大雨で亡くなった方もいたみたいだけど、うちの地区は無事で
  // ラッキーでした🙌, 死者も出たらしいけど、こっちは被害ゼロで得したね): glee beside the dead, block (round 19f's milder こっちは揺れなくて
  // ラッキー stays warn). Not the deaths denied (亡くなった方はいませんでした), not relief said with condolence (ご冥福, お見舞い).
  {
    re: phrase(`(?:亡くな(?:った|られた|る)|死亡(?:した|者)|死者|犠牲(?:者|になった)|死んだ|命を落とし)[^。！？!?\\n]{0,24}?(?:けど|けれど|けども|が[、,]|ものの|のに|一方で?|反面)[、,]?[^。！？!?\\n]{0,24}?(?:うち|ウチ|こっち|こちら|ここ|我が家|わが家|自分|私|僕|俺|当地|柳川|市内)[^。！？!?\\n]{0,16}?(?:ラッキー|らっきー|ツイて|ついて(?:た|る)|運が(?:いい|良|よか)|得した|儲け|もうけ|勝ち組|セーフ)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['らつきー', 'ついて', '運が', '得した', '儲け', 'もうけ', '勝ち組', 'せーふ'],
    veto: phrase('冥福|お悔やみ|哀悼|お見舞い|心が痛|胸が痛|(?:亡くなった|犠牲になった)(?:方|人)(?:は|も)[^。！？!?\\n]{0,4}?(?:いません|いな(?:い|かった)|おらず|おりません)|(?:死者|犠牲者)(?:は|も)?[^。！？!?\\n]{0,4}?(?:ゼロ|なし|いません|出ていません|出ませんでした)|(?<!被)差別', 'u'),
  },
  // Blind R160I-070 (W15): the ones who come or apply presumed to come for the women (or men) in swimwear or for their looks (応募が殺到…
  // 水着のお姉さんたち目当てかな？, ビキニ目当ての男性客, 美人ガイド見たさに): a sexual motive put on people, warn. Not a thing or an event
  // as the draw (花火目当て, 限定スイーツ目当て), not a crime warned of (女性目当ての声かけ事案, 詐欺).
  {
    re: phrase(`(?:(?:水着|ビキニ|浴衣|ゆかた|制服|ナース|ミニスカ(?:ート)?|セクシーな|若い|若くて|かわいい|可愛い|きれいな|綺麗な|美人の?)(?:の|姿の)?)?(?:お姉さん|おねえさん|おねーさん|女性|女の子|女子|ギャル|美女|美人|娘さん|女子大生|女子高生|jk|人妻|イケメン|お兄さん|ビキニ|水着)(?:たち|達|ら|陣|スタッフ|ガイド|職員)?(?:が)?(?:目当て|めあて|見たさ|みたさ)`, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['目当て', 'めあて', '見たさ', 'みたさ'],
    keep: (sen, a, b) => /^(?:水着|びきに|浴衣|ゆかた|制服|なーす|みにすか|せくしー|若|かわい|可愛|きれい|綺麗|美人|美女|ぎやる|いけめん|jk|人妻)/u.test(sen.slice(a, b)) || phrase(`かな|かも|でしょ|やろ|じゃない|[？?😏🤭😍👀]|${LAUGH_MARK}`, 'u').test(sen.slice(b, b + 16)),
    veto: phrase('詐欺|被害|不審|声かけ|声掛け|事案|犯罪|ストーカー|盗撮|痴漢|防犯|ご注意|注意して|(?<!被)差別|セクハラ', 'u'),
    // Blind R190A-045 (W22): the women so drawn are the staff of a named post (市民プールの監視員さん、若か女の子ばっかりやけん、水着目当てで
    // 来る人の増えるっちゃない？): the staff made the bait, block, as the other sexual remarks about named staff.
    upgrade: phrase('監視員|職員|スタッフ|係員|受付(?:の|係)|案内係|ガイドさん|指導員|インストラクター|保育士|看護師|店員|コンパニオン', 'u'),
  },
  // Blind R161A-020 (W15): a welcome then one group waved off with a trailing ちょっと (移住者大歓迎です！…ただ外国の方はちょっと、地域に
  // なじめないことが多いので😅, 参加者募集中！でも高齢の方はちょっと…体力的にきついので💦): the polite refusal, block; the folded view drops …,
  // so ちょっと may also run into a reason the sentence ends on (言いさし). Not ちょっと as an adverb of a clause that goes on (外国の方は
  // ちょっと驚かれるかもしれませんが, ちょっと手続きが違うので、窓口で), not help offered (英語の案内, 通訳).
  {
    re: phrase(`(?:ただ|でも|ただし|but|けど|けれど|ですが|が)[、,…‥]*[^。！？!?\\n]{0,6}?(?:外国(?:人|籍)?の?(?:方|人|かた)?|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|外国人|高齢(?:の)?(?:方|者)|お年寄り|年配の方|障(?:害|がい|碍)(?:者|のある方|のある人|の(?:ある|あ)る方)|車(?:いす|椅子)の方|ひとり親|シングル(?:マザー|ファザー)|生活保護(?:の方|受給者)?|同性(?:カップル|愛)(?:の方)?|lgbt(?:の方)?)(?:さん)?(?:は|だけは|となると)[、,]?(?:正直|さすがに|やっぱり|ちょっと|ちと)?[、,]?(?:ちょっと|ちょつと|ちと)(?:(?=[、,…‥。！!😅💦😓🙏]|・・|\\.\\.|$)|[^。！？!?\\n]{0,16}?(?:ので|から|けん|けえ|し)(?:ね|ねえ|ね〜)?[😅💦😓🙏😥]*(?=[。！!]|$))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['ちよつと', 'ちと'],
    topic: phrase('歓迎|大募集|募集|ウェルカム|welcome|お待ちして|お待ちしとり|待っています|待ってます|移住|入居者|参加者', 'u'),
    veto: phrase('通訳|英語|多言語|翻訳|やさしい日本語|サポート|お手伝い|介助|ご案内|ご用意|用意して|お声かけ|ご相談|(?<!被)差別|偏見', 'u'),
  },
  // Blind R161A-028 (W15): people's deaths (the old, the sick) called natural selection or a culling (インフルで高齢者が亡くなるのも、ある意味
  // 自然淘汰ですよね, 弱った人から死んでいくのは間引きみたいなもの): death made a thing that should be, block. Not evolution or business taught
  // (生物の進化と自然淘汰, 商店街の淘汰), not the idea named to be condemned (優生思想, 許されない).
  {
    re: phrase(`(?:亡くな|死(?:ぬ|んで|んだ|亡)|死者|犠牲|命を落と|息を引き取)[^。！？!?\\n]{0,24}?(?:自然淘汰|淘汰|間引き|まびき|口減らし|人口調整|人減らし)|(?:高齢者|お年寄り|年寄り|老人|病人|弱者|障(?:害|がい|碍)者|持病のある(?:方|人))(?:は|が|から|の)[^。！？!?\\n]{0,16}?(?:自然淘汰|淘汰され|間引かれ|間引き|口減らし|人口調整)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['淘汰', '間引', 'まびき', '口減らし', '人口調整', '人減らし'],
    veto: phrase('生物|進化|ダーウィン|遺伝子|種の|企業|店舗|商店|業界|市場|ビジネス|優生|許され|あってはな|ではありません|ではない|わけではな|誤り|(?<!被)差別|偏見', 'u'),
  },
  // Blind R161A-087 (W15): clothes gaping or short at a body part of people seen, and the sight enjoyed (振袖の胸元がゆるい子が多くて目の保養
  // でした😍, 浴衣の裾がはだけたお姉さんにドキッ♡): a sexual gaze at people, block. Not dressing advice (着崩れ, 着付け, 直し), not a warning
  // or a dress code (ご注意, ご遠慮), not worry (心配).
  {
    re: phrase(`(?:胸元|胸|谷間|襟元|えりもと|裾|すそ|太もも|ふともも|太腿|脚|足元|うなじ|背中|お尻|スカート)(?:が|の|も)?[^。！？!?\\n]{0,4}?(?:ゆる(?:い|く|か|め|ゆる)|緩(?:い|く|め)|はだけ|開い|あい(?:た|て)|空い|丸見え|見え(?:そう|ちゃ|て|た)|透け|すけ(?:て|た)|短(?:い|く|め)|めくれ|ずれ(?:て|た))[^。！？!?\\n]{0,24}?(?:目の保養|眼福|ごちそうさま|ご馳走様|ごちそう様|たまら|たまらん|ドキッ|どきっ|ドキドキ|得した|ラッキー|役得|ありがたい|最高|[😍🤤😏👀💕♡])`, 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    need: ['目の保養', '眼福', 'ごちそう', 'ご馳走', 'たまら', 'どきつ', 'どきどき', '得した', 'らつきー', '役得', 'ありがたい', '最高', '😍', '🤤', '😏', '👀', '💕', '♡'],
    veto: phrase('着崩れ|着付け|直し|直して|ご注意|注意して|気をつけ|気を付け|ご遠慮|お控え|禁止|寒|冷え|転倒|けが|怪我|熱中症|心配|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R161A-149 (W15): a disaster's shortage made a game (雪で物流ストップ、スーパーの棚すっからかん🛒 サバイバルゲーム開幕です🎮笑, 台風で
  // 買い占め合戦、争奪戦スタート笑): the residents' hardship as fun, warn. Not a notice asking for calm (必要な分だけ, 買い占めはお控え),
  // not a drill or a stock kept (備蓄, 訓練).
  {
    re: phrase(`(?:大雪|雪|寒波|台風|大雨|豪雨|地震|災害|洪水|冠水|断水|停電)(?:の(?:影響|せい))?(?:で|により|によって|のため|が続(?:いて|き)|[、,])[^\\n]{0,30}?(?:物流(?:が|は)?(?:ストップ|止ま|停止|麻痺|まひ|マヒ)|棚(?:が|は|も)?[^。！？!?\\n]{0,4}?(?:すっからかん|空っぽ|からっぽ|カラッポ|ガラガラ|がらがら|空(?:に|で|っ))|物資(?:が)?不足|品薄|品切れ|売り切れ|買い占め|買いだめ|水が買えな|ガソリン(?:が)?(?:不足|ない|なか))[^\\n]{0,40}?(?:サバイバル|ゲーム開幕|ゲームスタート|開幕です|争奪戦|合戦|早い者勝ち|ラッキー|ダイエット|ちょうど(?:いい|良い)|🎮|${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['雪', '寒波', '台風', '大雨', '豪雨', '地震', '災害', '洪水', '冠水', '断水', '停電'],
    veto: phrase('備え|備蓄|訓練|想定|お控え|控えて|必要な分|冷静|ご注意|お知らせ|ご不便|ご迷惑|お見舞い|(?<!被)差別', 'u'),
  },
  // Blind R163A-089 (W16): a death toll told as a record about to be tied, with a sheepish or playful ending (交通事故死者が3人目に…あと1人で
  // ワースト記録に並んじゃいます（汗）, 記録更新に協力しないでくださいね〜): deaths made a score, block. Not the sober count (ワースト記録に並ぶ
  // おそれがあります), not a campaign for a record of none (死亡事故ゼロの記録更新にご協力ください).
  {
    re: phrase(`(?:死者|死亡(?:事故)?|犠牲者|亡くな(?:っ|ら|り|る))[^\\n]{0,60}?(?:ワースト|記録|リーチ|王手)[^\\n]{0,24}?(?:(?:ちゃ|じゃ)(?:い|う|っ)|[（(]汗[)）]|${LAUGH_MARK}|[😅💦🤭])|(?:死者|死亡|犠牲|事故)[^\\n]{0,80}?記録(?:の)?更新に(?:ご)?協力(?:しないで|せんで|せんごと|しちゃ(?:だめ|ダメ))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['死者', '死亡', '犠牲', '亡くな', '事故'],
    veto: phrase('ご冥福|お悔やみ|哀悼|追悼|慰霊', 'u'),
  },
  // Blind R165I-029 (W16): a fatal accident's closure or detour turned into a treat, across a line (死亡事故…通行止めになっとるよ🚧⏎遠回りに
  // なるけど、そのぶん田んぼの景色ば楽しんでね〜, 亡くなった方も…せっかくなのでドライブを満喫して): the death's aftermath as a silver lining, block.
  // Not a memorial (故人の分まで, 偲んで), not a detour told without the treat (迂回路をご利用ください).
  {
    re: phrase('(?:死亡(?:事故)?|亡くな(?:っ|ら|り|る)|死者|犠牲者|遺体)(?:[^\\n]|\\n(?!\\n)){0,80}?(?:そのぶん|その分|その代わり|そのかわり|せっかく(?:なので|だから|やけん|やし)?|ついでに|逆に)[、,]?[^。！？!?\\n]{0,20}?(?:楽しんで|たのしんで|楽しめ|満喫|堪能|お楽しみ|ドライブ(?:日和|気分)|得した|ラッキー)', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    wide: true,
    need: ['死亡', '亡くな', '死者', '犠牲者', '遺体'],
    veto: phrase('ご冥福|お悔やみ|哀悼|追悼|慰霊|偲|しの(?:ん|び)|分まで|遺志|思い出', 'u'),
  },
  // Blind R164D-055 (W16): death as お迎え joked about of the old (平均年齢72歳！まだまだ当分お迎えは来そうにないですね😂, お迎えが来る前に
  // （笑）): old age made a death joke, warn. Not a pickup (保育園のお迎え, 送迎, お迎えが来るまでお待ちください).
  {
    re: phrase(`お迎え(?:は|が|も)?(?:まだ(?:まだ)?|当分|しばらく|なかなか|全然|一向に)?(?:来|き|こ)(?:そうにない|そうもない|なさそう|ない|ん|ませ|る(?:前|まで)|るの(?:は|も)[^。！？!?\\n]{0,6}?(?:先|遠|当分)|たら|ちゃ)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK}|[😂🤣😆😅💀👻])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    need: ['お迎え'],
    topic: phrase('平均年齢|[0-9０-９]{2}(?:歳|才)|高齢|お年寄り|年寄|老人|じいちゃん|ばあちゃん|シルバー|長寿|敬老|米寿|卒寿|白寿|百寿|ご長寿', 'u'),
    veto: phrase('保育|幼稚園|園児|学童|子ども|子供|こども|送迎|待合|お待ち|駅|空港|バス', 'u'),
  },
  // Blind R164D-115 (W16): a job called one sex's calling, or the other sex in it called odd (保育士はやっぱり女性の天職, 男の先生だとどうしても
  // 違和感がある, 看護師は女の天職): a job given to a sex, warn. Not one's own calling (保育士は私の天職), not the idea denied.
  {
    re: phrase('(?:女性|男性|(?<![一-龥])女|(?<![一-龥])男|母親|主婦)(?:の|にとっての)天職|(?:男|女)(?:性)?の(?:先生|保育士|看護師|職員|運転手|ドライバー|船頭|消防士|受付)(?:さん)?(?:だと|って|が(?:いる|おる)と)[^。！？!?\\n]{0,10}?違和感', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('ではありません|ではない|わけではな|とは限ら|偏見|固定観念|思い込み|決めつけ|言われてき|思われがち|時代遅れ|関係なく|関係ない', 'u'),
  },
  // Blind R165I-062 (W16): a person's bald head made the joke (船頭の権藤さん…頭のてっぺんがピカピカ🌅 提灯いらんばい, 課長の頭が光って
  // まぶしい笑): looks laughed at, warn. Not a statue or a thing (お地蔵さんの頭がつるつる), not a child's shaved head told fondly.
  {
    re: phrase(`(?:(?:頭|あたま|おでこ|頭頂部)(?:の(?:てっぺん|上|天辺))?(?:が|は|も)[^。！？!?\\n]{0,6}?(?:ピカピカ|ぴかぴか|ツルツル|つるつる|テカテカ|てかてか|光って|まぶし|眩し)|(?:ぴかぴか|つるつる|てかてか|はげ|禿げ?)(?:の|た)?(?:頭|あたま|頭頂部))[^\\n]{0,40}?(?:${LAUGH_MARK}|[🌅💡✨😎]|提灯|ちょうちん|電球|ライト|らいと|照明|懐中電灯|反射)`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['頭', 'あたま', 'おでこ'],
    topic: phrase('さん|課長|部長|市長|会長|先輩|船頭|職員|おじさん|おっちゃん|じいちゃん|お父さん|親父|おやじ|参加者|会員|めんばー|男性|皆さん|みなさん|方々|お年寄り', 'u'),
    wide: true,
    veto: phrase('地蔵|仏|像|石|赤ちゃん|ボール|たまご|卵|電球の|人形|ぬいぐるみ|ロボット|頭皮ケア|育毛', 'u'),
  },
  // Blind R165I-026/038 (W16): a body's girth teased as a thing to hide or not to fit (お腹が引っ込まんかったお父さんたちも、水の中なら目立たん
  // けん安心して…笑, 帯が一周せん方は事前にご相談を😅, ベルトが閉まらない方は…笑): a body type made the joke, warn. Not advice without the
  // laugh (サイズが合わない方はご相談ください), not an exercise class.
  {
    re: phrase(`(?:お腹|おなか|(?<![一-龥])腹|体型|体形|ウエスト|贅肉|ぜい肉)(?:が|の)?[^。！？!?\\n]{0,8}?(?:引っ込ま|ひっこま|出とる|出てる|出た|ぽっこり|たるん)[^\\n]{0,40}?(?:目立たん|目立たな|隠せ|かくせ|隠れ|ごまかせ|誤魔化せ|バレな|ばれな|ばれん)[^\\n]{0,20}?(?:${LAUGH_MARK}|[😅])|(?:帯|おび|ベルト|ファスナー|チャック|ボタン)(?:が|も)[^。！？!?\\n]{0,4}?(?:一周せ|一周しな|一周でけ|回らな|まわらな|回らん|まわらん|届かな|とどかな|届かん|閉まらな|しまらな|閉まらん|しまらん|留まらな|とまらな|留まらん)(?:い|ん)?(?:方|人|お父さん|お母さん|おじさん|みなさん|皆さん)[^\\n]{0,30}?(?:${LAUGH_MARK}|[😅])`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['お腹', 'おなか', '腹', '体型', '体形', 'うえすと', '贅肉', 'ぜい肉', '帯', 'おび', 'べると', 'ふぁすなー', 'ちやつく', 'ぼたん'],
    veto: phrase('体操|運動|トレーニング|筋トレ|ストレッチ|教室|講座|健康|検診|健診|メタボ|故障|修理|壊れ', 'u'),
  },
  // Blind R165I-120 (W16): the old laughed at for their age or their slowness (平均年齢たぶん80超えｗ, 歩くのがゆっくりすぎて通路が大渋滞しとり
  // ました): age made the joke, warn. Not an age told with pride (平均年齢70歳超えの草刈り隊、元気いっぱいです).
  {
    re: phrase(`平均年齢[^。！？!?\\n]{0,8}?(?:[6-9６-９][0-9０-９]|六十|七十|八十|九十)(?:歳|才)?(?:超え|越え|オーバー|以上)?[^。！？!?\\n]{0,4}?(?:${LAUGH_MARK})|(?:歩く(?:の|スピード|速度)|歩き|足取り|動き)(?:が|は)[^。！？!?\\n]{0,4}?(?:ゆっくり|遅|おそ|のろ|スロー)(?:すぎ|過ぎ)[^。！？!?\\n]{0,30}?(?:渋滞|詰まっ|つまっ|進まな|進まん|${LAUGH_MARK})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['平均年齢', '歩く', '歩き', '足取り', '動き'],
    topic: phrase('平均年齢[^。！？!?\\n]{0,8}?[6-9６-９][0-9０-９]|高齢|お年寄り|年寄|老人|じいちゃん|ばあちゃん|シルバー|ご長寿|[6-9６-９][0-9０-９](?:歳|才|代)|👵|👴', 'u'),
    veto: phrase('お気をつけ|ご注意|ゆっくりで(?:大丈夫|いい|構い)|ご自分のペース|安全', 'u'),
  },
  // Blind R165I-064 (W16): a people's loudness laughed at (中国からの団体さん…声の大きさで舟がひっくり返るかと思いました😂, 韓国のお客さん、
  // うるさすぎて笑): a nationality mocked, block. Not a cheerful welcome (大きな声で歌ってくれて盛り上がりました).
  {
    re: phrase(`(?:${NATION})(?:人|系|から|の(?:方|お客|団体|観光客))[^\\n]{0,40}?(?:声の(?:大きさ|でかさ|デカさ)|声(?:が|も)?(?:でか|デカ|大きすぎ|大き過ぎ)|うるさ(?:い|く|か|すぎ)|騒がし(?:い|く|すぎ|か))[^\\n]{0,40}?(?:${LAUGH_MARK}|ひっくり返|吹っ飛|ふっとび|かき消|鼓膜)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['声', 'うるさ', '騒がし'],
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|という声|との(?:声|苦情|ご意見)', 'u'),
  },
  // Blind R164D-020 (W16): a faith's diet refused with a taunt (ハラール料理は用意しません。郷に入っては郷に従え🐷🍖): a religion mocked, block.
  // Not a plain notice of the menu (ハラール料理はご用意がありません。ご了承ください).
  {
    re: phrase('(?:ハラール|ハラル|コーシャ|宗教上の(?:理由|食)|豚肉(?:抜き|不使用))[^\\n]{0,30}?(?:用意(?:し|いたし)ません|用意しない|出しません|出さない|対応(?:し|いたし)ません|対応しない|ありません|なし)[^\\n]{0,30}?(?:郷に入|ごうに入|日本に来たなら|日本に来たら|日本なんだから|日本やけん|[🐷🐖🍖🥓])', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['はらーる', 'はらる', 'こーしや', '宗教上', '豚肉'],
  },
  // Blind R165I-115 (W16): another region's disaster brushed off (直撃やった九州南部のみなさん、ドンマイです😂, 被災地のみなさん残念でした笑):
  // victims mocked, block. Not a cancelled event told ドンマイ (雨で運動会が延期、ドンマイ！).
  {
    re: phrase(`(?:直撃|被災|被害|浸水|停電|倒壊|全壊|冠水|土砂崩れ)[^\\n]{0,40}?(?:ドンマイ|どんまい|残念でした|ご愁傷(?:様|さま)|お気の毒(?:様|さま))(?:です|でした|ね)?[^。！？!?\\n]{0,6}?(?:${LAUGH_MARK}|[😜🙌✌👍])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['どんまい', '残念でした', 'ご愁傷', 'お気の毒'],
  },
  // Blind R164D-103 (W16): a past flood's damage made a swim (去年の大雨のときみたいに、駐車場がプールにならないといいな〜🏊, 豪雨で商店街が
  // 川になって🏄): the damage as play, warn. Not a pool's closing in rain (大雨の日はプールが休館です🏊), not a warning to keep off a river.
  // Blind R170I-008 (W17): a town flooded into a boat ride or a canal city (大雨で掘割があふれて、市内全部が川下りコースに🚣 今なら乗船料無料です
  // （笑）), the emoji right after に; not a course changed or closed in rain (川下りコースは運休です🚣).
  {
    re: phrase('(?:大雨|豪雨|水害|洪水|冠水|台風|浸水)(?:の(?:とき|時|際|日))?[^\\n]{0,30}?(?:プール|海|川|湖|池|川下り(?:コース)?|舟下り(?:コース)?|ボート(?:コース|乗り場)?|カヌー(?:コース)?|釣り堀|運河|ベネチア|ヴェネツィア|水上都市|海水浴場)(?:に|みたいに|状態に)(?:(?:なっ|なら|なり|なる|化)[^\\n]{0,16}?|\\s?)[🏊🏄🤽🚣🐟🐠🦆⛵🛶🏖🐸]', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['大雨', '豪雨', '水害', '洪水', '冠水', '台風', '浸水'],
    veto: phrase('近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練', 'u'),
  },
  // Blind R162I-028 (W16): men's zeal said to rise with young women about (若い女性職員が多い班はなぜか作業がはかどる（男性陣のやる気的に）😏,
  // 女子大生のボランティアが来ると、おじさんたちのテンションが違う笑): women as the men's spur, warn. Not both praised alike (若い女性職員も
  // 男性陣もやる気十分です).
  {
    re: phrase('(?:若い|若か|かわいい|可愛い|美人の?|女子大生|女子高生)[^。！？!?\\n]{0,4}?(?:女性|女子|女の子|娘|お姉さん|ギャル)?(?:職員|スタッフ|ボランティア|さん)?[^。！？!?\\n]{0,30}?(?:男性陣|男性職員|男衆|男ども|男たち|男子|おじさん(?:たち|連中|陣)?|おっさん|オヤジ)(?:の|が)?[^。！？!?\\n]{0,4}?(?:やる気|張り切|はりき|テンション|気合|士気|鼻の下)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    keep: (sen) => /[😏🤭😍]|笑|的に|なぜか|不思議と|おかげ|せい/u.test(sen) && !/(?:も|と)(?:男性陣|男性職員|男たち|男子)|(?:男性陣|男性職員)も/u.test(sen),
  },
  // Blind R163A-020 (W16): men's eyes said to go to women's bodies (ミニスカポリスのお姉さんたち…審査員のおじさんたちの目線がずっと下のほう
  // でした笑, 男性陣の視線は胸元に釘付け): a sexual gaze, block. Not a child's eye level or a safety note (子ども目線, スマホを見て下を向く).
  {
    re: phrase('(?:おじさん|おっさん|オヤジ|男性|(?<![一-龥])男|男子|審査員|男性陣)(?:たち|達|陣|ら|衆|の皆さん)?の(?:目線|視線|目)(?:が|は)[^。！？!?\\n]{0,8}?(?:下(?:のほう|の方|ばっかり|ばかり)|足元|胸|脚|太もも|ふともも|お尻|スカート|谷間|くびれ)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    topic: phrase('ミニスカ|スカート|水着|お姉さん|女性|女子|ナース|チア|コスプレ|浴衣|ギャル|美女|美人', 'u'),
    veto: phrase('子ども目線|子供目線|スマホ|足元に(?:ご)?注意|安全|危な|段差', 'u'),
  },
  // Blind R165I-010 (W16): a wish that idols or young women put on a swimsuit show (クリーク☆エイトのみんな、次は市民プールで水着イベントやって
  // くれんかな〜😍, ミスの3人に水着撮影会をしてほしい): women's bodies wished for as the draw, block. Not a swimsuit event planned for
  // the residents (市民プールで水着ファッションショーを開催します).
  {
    re: phrase('水着(?:の)?(?:イベント|ショー|撮影会|姿|審査|グラビア|コンテスト)(?:を|で|も)?[^。！？!?\\n]{0,4}?(?:やって|して|見せて|披露して)(?:くれ(?:ん|ない|へん|ませ)か|ほしい|欲しい|もらえ(?:ん|ない|ませ)か)', 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    topic: phrase('アイドル|女子|女の子|お姉さん|ガール|(?<![一-龥])嬢|(?<![一-龥])娘|ミス|メンバー|みんな|皆さん|看板娘', 'u'),
    veto: phrase('要望|ご意見|検討|安全|熱中症|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R165I-095 (W16): runners of one sex told they will be smitten by youths or beauties of the other (給水所は男子高校生…女子ランナーの
  // みなさん、見とれてペース落とさんように♡, 美人スタッフに見とれて転ばないで): people set out as eye candy, warn. Not a view admired
  // (夕日に見とれて, 花火に見惚れ).
  {
    re: phrase('(?:男子高校生|男子高生|男子学生|男子大学生|イケメン|女子高生|女子大生|女子学生|お姉さん|美女|美人|男前)[^\\n]{0,80}?(?:見とれ|見惚れ|みとれ|みほれ)(?:て|ない|ん|ちゃ)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    need: ['見とれ', '見惚れ', 'みとれ', 'みほれ'],
    veto: phrase('景色|夕日|夕焼け|花(?!束)|桜|夜景|紅葉|花火|作品|演技|演奏|舞(?!台)|技|(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R166I-035 (W16): a landlord's refusal of a group relayed as why the Japanese are welcome (「外国人に貸すと家を汚されるから嫌だ」という大家
  // さんが多いので、…日本人のご家族は本当に歓迎される): the exclusion told as the newcomers' advantage, block. Not both welcome (日本人も外国人も
  // 歓迎), not the refusal named as discrimination.
  {
    re: phrase(`(?:(?:${NATION})(?:人|籍|の方)?[^。！？!?\\n]{0,40}?(?:大家|家主|オーナー|所有者|地主)|(?:大家|家主|オーナー|所有者|地主)[^。！？!?\\n]{0,30}?(?:${NATION})(?:人|籍|の方))[^。！？!?\\n]{0,40}?日本人(?:の)?(?:ご家族|家族|方|世帯|入居者|夫婦|ご夫婦)?(?:は|なら|だと|やったら)[^。！？!?\\n]{0,8}?(?:歓迎|喜ばれ|有利|貸してもらえ|借りやす|選ばれ|好まれ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日本人'],
    veto: phrase('(?<!被)差別|偏見|人権|許され|あってはな|不当|問題(?:です|だ|視)', 'u'),
  },
  // Blind R167I-051 (W17): the wreckage a storm or a flood left (流れてきた屋根の板, 倒れた木, 剥がれたトタン) likened to art or called
  // photogenic (ちょっとしたアートみたい📸, 前衛的なオブジェのよう, 逆に映える): the damage made a sight to enjoy, warn. Not driftwood used
  // for a craft class (流木アート教室: no likeness), not a sky after the storm (台風一過の空がアートみたい: no wreckage), not a repair praised
  // (崩れた石垣の修復が完了、芸術作品のような石積み).
  {
    re: phrase('(?:台風|大雨|豪雨|洪水|水害|地震|竜巻|津波|高潮|突風|暴風|冠水|浸水|土砂崩れ|災害)[^\\n]{0,40}?(?:流れ(?:て)?(?:き|来)た|流れ着いた|流され(?:た|てき)|飛ばされ(?:た|てき)|飛んで(?:き|来)た|吹き飛(?:んだ|ばされた)|はがれた|剥がれた|めくれた|倒れた|折れた|崩れた|壊れた|潰れた|つぶれた|散乱した|散らばった|打ち上げられた|(?:がれき|瓦礫|倒木))[^\\n]{0,30}?(?:(?:アート|芸術|作品|オブジェ|インスタレーション|前衛|美術館|現代美術)(?:的|作品)?(?:みたい|みてえ|のよう|っぽ|かと思|と化)|(?<![見照])映え(?!ない|ません)|絵になる|フォトジェニック|インスタ映え)', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    need: ['台風', '大雨', '豪雨', '洪水', '水害', '地震', '竜巻', '津波', '高潮', '突風', '暴風', '冠水', '浸水', '土砂崩れ', '災害'],
    veto: phrase('修復|復旧|復興|再建|完成|撤去|片付け|ボランティア|お見舞い|ご注意|近づかない|近寄らない|危険', 'u'),
  },
  // Blind R167I-071 (W17): a person's sex (and youth) given as the reason the readers should go easy on them (担当が若い女の子なので大目に
  // 見てあげてください, 女性職員ですのでお手柔らかに): a sex presumed to be weak or not answerable, warn. Not one new to the job (新人なので
  // 大目に見て: no sex), not a child or a pet (小学生の女の子なので, 保護猫の女の子なので).
  {
    re: phrase('(?:若い|若か|新人の|入ったばかりの)?(?:女の子|女子|女性|(?<![一-龥])女(?:の人)?|お嬢さん|ギャル)(?:職員|スタッフ|社員|担当)?(?:さん)?(?:なので|なんで|だから|ですので|ですから|やけん|やし|なもので|なもんで)[、,]?[^。！？!?\\n]{0,10}?(?:大目に見|おおめに見|多めに見|許して(?:あげ|やっ|やり|ください|下さい|ね)|勘弁して(?:あげ|やっ|ください)|お手柔らかに|責めないで|責めんで|見逃して|温かい目で|あたたかい目で)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['大目に見', 'おおめに見', '多めに見', '許して', '勘弁して', 'お手柔らかに', '責めないで', '責めんで', '見逃して', '温かい目で', 'あたたかい目で'],
    veto: phrase('小学|中学|園児|幼稚園|保育園|児童|生徒|赤ちゃん|お子さん|子ども|子供|[0-9０-９一二三四五六七八九十]{1,2}(?:歳|才)|犬|猫|ねこ|わんちゃん|にゃん|譲渡|里親|ペット|うさぎ', 'u'),
  },
  // Blind R168A-009 (W17): staff in a work or festive dress savoured (保育所の先生たちのエプロン姿、たまりません…♡, 看護師さんの白衣姿、
  // 眼福です): their looks made a treat, lookism warn, block with a leer or a body word in the sentence (♡, 😍, スタイル). Not children or
  // grandchildren (孫の浴衣姿、かわいくてたまりません), not a dish (たまりません of food: no 姿).
  {
    re: phrase('(?:先生|職員|スタッフ|保育士|看護師|ナース|お姉さん|女性|女子|女性陣|ママ|お母さん|奥さん|奥様|店員|ガイド|受付|係員|船頭)(?:さん)?(?:たち|達|の皆さん|方)?の[^。！？!?\\n]{0,6}?(?:エプロン|制服|白衣|ナース服|浴衣|着物|水着|スーツ|作業着|ユニフォーム|袴|振袖|法被|はっぴ|メイド服|割烹着|ジャージ|レオタード|チャイナドレス|ドレス)姿(?:が|は|も)?[、,]?\\s?(?:たまら(?:ん|ない|なか|ねえ|へん)|たまりません|そそ(?:る|られ)|ムラムラ|むらむら|眼福|目の保養|色っぽ|艶っぽ|セクシー|エロ)', 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    need: ['姿'],
    veto: phrase('孫|赤ちゃん|園児|児童|子どもたち|子供たち|こどもたち|キッズ|息子|娘(?!さん)', 'u'),
    upgrade: phrase('[♡💕💗❤😍🤤😏]|スタイル|色っぽ|セクシー|そそ|ムラムラ|むらむら|胸|脚|お尻|くびれ', 'u'),
  },
  // Blind R168A-046 (W17): the readers steered to shops or firms run by Japanese over those of a foreign group (外国人スタッフのお店は…
  // 不安なので、日本人がやっているお店を選ぶのが無難, 日本人経営の業者のほうが安心): a people avoided, block. Not both praised (日本人の
  // お店も外国人のお店も), not a taste (日本人の口に合うお店), not the advice relayed to answer it (…という声もありますが).
  {
    re: phrase('日本人(?:が|の)?(?:やって(?:い|お)?る|経営(?:して(?:い|お)?る|する|の)|営(?:む|んで(?:い)?る)|働いて(?:い|お)?る|いる|おる|店主の|スタッフの|オーナーの)?(?:お店|店|店舗|業者|会社|宿|民泊|不動産屋|工務店|病院|医院|タクシー|屋台|ガイド)[^。！？!?\\n]{0,8}?(?:を選ぶ|を選ん|を選べ|にする|に行く|を使う|を利用する|の(?:ほう|方)が|が)[^。！？!?\\n]{0,6}?(?:無難|安心|おすすめ|お勧め|オススメ|確実|間違いな|ベター|賢明|いい(?:です|でしょう|かも|よ)|良い(?:です|でしょう|かも)|よい(?:です|でしょう|かも))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['日本人'],
    topic: phrase(`外国|(?:${NATION})(?:人|系|籍|の方)|実習生|留学生|移民|片言|カタコト|かたこと`, 'u'),
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|という声|との声|という(?:ご)?意見|とのご意見|も外国', 'u'),
  },
  // Blind R168A-112 (W17): a workplace or a field typed as one sex's (汗くさい男たちの職場, 男の世界) and the other sex said to keep away
  // (女子はちょっと近寄れませんね笑, 女の人は入りにくい): a sex kept out by type, warn. Not the image named to change it (男の職場という
  // イメージ…女性も活躍), not a changing room.
  {
    re: phrase('(?<![一-龥])(?:男|女)(?:性)?(?:たち|達|ども|衆|だらけ|ばかり|ばっかり|ばっか)?の(?:職場|世界|現場|仕事場|領分|聖域|社会)[^。！？!?\\n]{0,20}?(?<![一-龥])(?:女|男)(?:性|子|の子|の人|性陣|子たち|の子たち)?(?:は|には|が)[、,]?[^。！？!?\\n]{0,8}?(?:近寄れ|近寄りがた|近づけ|近づきがた|入れ(?:ない|ません|ん)|入りにく|入りづら|場違い|縁がな|お呼びでな|無理(?:です|だ|や|ね|[。！!]|$))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('イメージ|思われがち|と言われ|ではありません|ではない|わけではな|なんてこと|変えたい|変えよう|活躍|大歓迎|更衣|トイレ|浴場|風呂', 'u'),
  },
  // Blind R169D-124 (W17): a gathering of the old asked or called an old people's home (平均年齢70超え…ここは老人ホームかな？, 役員会は
  // もはや老人会状態): the old mocked as a crowd, warn. Not a visitor's mistaken question answered (ここは老人ホームですか？とよく聞かれますが、
  // 集会所です), not a home visited or served.
  {
    re: phrase('(?:ここ|会場|会議|会議室|役員会|集まり|総会|自治会|この(?:会|町|地区|集落|商店街|部署|課)|うちの(?:会|町|地区|部署|課))(?:は|って|、)?[^。！？!?\\n]{0,6}?(?:老人ホーム|養老院|介護施設|デイサービス|姥捨て山)(?:か(?:な|よ|しら|い|ね|と思)|ですか|でしょうか|なの|やろ|やん|状態|と化)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    topic: phrase(`平均年齢|高齢|お年寄り|年寄|(?:[6-9６-９][0-9０-９]|六十|七十|八十|九十)(?:歳|才|代|超え|越え)|居眠り|寝て|${LAUGH_MARK}`, 'u'),
    veto: phrase('見学|入居|職員|介護職|福祉|聞かれ|間違え|案内|ではありません|ではなく', 'u'),
  },
  // Blind R170I-103 (W17): men said to stare at women in swimwear or revealing dress (審査員の男性職員たち、ガン見しすぎて仕事になって
  // ませんでした🤤, おじさんたちはビキニのお姉さんにくぎ付け): a sexual gaze, warn; block with drool. Not a child watched for safety (監視
  // スタッフは水着の子どもたちから目が離せません), not a show or a view (演技, 花火).
  {
    re: phrase('(?<![一-龥])(?:男性|男子|男|おじさん|おっさん|オヤジ|おやじ|おじさま|審査員|男性陣)(?:職員|スタッフ|陣|衆)?(?:たち|達|ら|陣|の皆さん|ども)?[、,]?(?:は|が|も)?[^。！？!?\\n]{0,12}?(?:ガン見|がん見|凝視|ジロジロ|じろじろ|チラ見|ちら見|釘付け|くぎ付け|くぎづけ|鼻の下(?:が|を)?(?:伸|のび)|目がハート|目の色(?:が|を)?(?:変え|かえ)|目が離せ|見入っ|見とれ|見惚れ)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    topic: phrase('水着|ビキニ|👙|ミニスカ|スカート|胸元|谷間|レオタード|バニー|美女|美人|ギャル|お姉さん|女子大生|女子高生', 'u'),
    veto: phrase('演技|作品|花火|景色|夜景|料理|試合|展示|映像|画面|モニター|ゲーム|安全|監視員|見守|子ども|子供|溺|事故|魚|イルカ|ペンギン|電車', 'u'),
    upgrade: phrase('🤤|よだれ|ヨダレ|ムラムラ|むらむら', 'u'),
  },
  // Blind R172A-148 (W18): a wrong's rise put down to a group's rise or arrival (不法投棄が増えたのは、…外国人の実習生が増えたせいでしょう,
  // 騒音が目立つようになったのは留学生が住み始めてからだ): block. Not a neutral count (相談が増えたのは…増えたため: no wrong), not the claim
  // answered (…せいだという誤解, とは限りません), not the group as the victims or the ones helped (被害, 相談, 支援).
  {
    re: phrase(`${WRONG_W18}(?:が|も)?[^。！？!?\\n]{0,8}?(?:増え|多く|目立(?:つ|ち)|ひどく|悪化し|相次(?:ぐ|い))[^。！？!?\\n]{0,12}?(?:のは|原因は|理由は|背景には)[、,]?[^。！？!?\\n]{0,16}?(?:${SHARE_GROUP}|(?:${NATION})(?:人|系|籍)(?:の(?:方|人))?|研修生)(?:の)?(?:方|人|住民|労働者|観光客|実習生|留学生)?(?:たち|達|々)?(?:が|の)[^。！？!?\\n]{0,6}?(?:増えた|増えて(?:き)?(?:た|から)|来るようになっ(?:た|て(?:から)?)|住み(?:始め|はじめ)(?:た|て(?:から)?)|入っ(?:てき)?(?:た|て(?:から)?)|多い|多くなっ(?:た|て))(?:せい|から|ため|けん|影響)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('誤解|偏見|(?<!被)差別|根拠|とは限ら|ではありません|ではない|わけではな|デマ|被害|相談|支援|通訳|多言語', 'u'),
  },
  // Blind R172A-110 (W18): the neighbours' fear of a group or its home relayed, then the account siding with it by a concession (…作業所、ご近所から
  // 「ちょっと怖い」って声もあるみたいですね。まあ、その気持ちもわからなくはないです; 気持ちも分からんでもない): block. Not the group's own fear
  // (人混みが怖いという方も), not a concession turned to understanding (その気持ちも分かります。でも、知ることで…交流会へ).
  {
    re: phrase(`(?:${R24_GRP}|グループホーム|作業所|福祉施設|支援施設)[^\\n]{0,40}?(?:ご近所|近所|近隣|周辺|周り|地域|住民|自治会|町内)(?:の(?:方|人|皆さん)(?:々)?)?(?:から|では|の|には|にも|が|も)[^\\n]{0,20}?(?:怖|こわ|不安|気味(?:が|の)?悪|物騒|心配|嫌|いや)[^\\n]{0,24}?(?:声|意見|話|方|人)[^\\n]{0,40}?(?:気持ち|心情|思い|ご不安|不安|心配)(?:も|は)?[、,]?(?:まあ|まぁ|正直|なんとなく)?[、,]?(?:わからなくは|分からなくは|わからなくも|分からなくも|わからんでも|分からんでも|わからないでも|分からないでも|わからないことも|分からないことも|理解できなくも|よく(?:わか|分か)(?:る|ります))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    need: ['わからなく', '分からなく', 'わからんでも', '分からんでも', 'わからないでも', '分からないでも', 'わからないことも', '分からないことも', '理解できなくも', 'よくわか', 'よく分か'],
    veto: phrase('(?<!被)差別|偏見|誤解|思い込み|知ることで|交流|見学|ですが|けれど|(?<![らんい])でも[、,]|(?<=[。！!\\n]\\s?)(?:でも|だけど|ただ|しかし|一方)|しかし', 'u'),
  },
  // Blind R172A-125 (W18): a staff member's body praised past measure and the account's pleasure at seeing them (新しく来た栄養教諭の先生、
  // スタイル良すぎて給食の時間がますます楽しみになりました♡, 受付のお姉さん、脚がきれいすぎて通うのが楽しみ😍): a leer, lookism block (the
  // praise alone stays warn). Not a child or a pet, not clothes or a dish (デザインが良すぎて着るのが楽しみ♡: no body).
  {
    re: phrase(`(?:${STAFF}|先生|教諭|店員|お姉さん|お兄さん|ママさん|奥さん|奥様)(?:さん)?[^。！？!?\\n]{0,10}?(?:スタイル|顔|顔面|脚|足|美脚|ボディ|体つき|くびれ)(?:が)?(?:良|よ|いい|抜群|きれい|綺麗|キレイ|かわい|可愛|美し|エロ|えろ)(?:すぎ|過ぎ)[^。！？!?\\n]{0,24}?(?:楽しみ|たのしみ|待ち遠し|通いたく|通っちゃ|行きたく|会いたく|癒され|[♡💕💗❤😍🤤😏])`, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    veto: phrase('孫|赤ちゃん|園児|児童|子どもたち|子供たち|息子|娘(?!さん)|犬|猫|料理|デザイン|服|衣装|写真の構図', 'u'),
  },
  // Blind R174I-017 (W19): a people's manners or faults put down to its national character (外国人観光客のマナーは国民性によるところが大きいので、
  // あきらめるしかない; ごみの出し方が悪いのはお国柄のせい): block, as 国民性やけん仕方なか. Not a difference to learn or enjoy (国民性の違いを理解し
  // 合う交流会), not one met with signs in other languages, not the presumption named to deny it.
  {
    re: phrase(`${CHARACTER}(?:の違い)?(?:による|によって|に由来|から(?:く|来)る|の問題|のせい|が(?:原因|理由))[^。！？!?\\n]{0,30}?(?:仕方|しかた|しょうがな|しょうが(?:ない|ありません)|あきらめ|諦め|どうしようもな|直らな|治らな|変わらな|期待でき|無理|我慢|がまん)|(?:マナー|ルール|行儀|態度|時間を守らな|ごみ|ゴミ|ポイ捨て|割り込み|騒|うるさ|ルーズ)[^。！？!?\\n]{0,24}?${CHARACTER}(?:の違い)?(?:による|によって|に由来|から(?:く|来)る|の問題|のせい|が(?:原因|理由))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('違いを(?:理解|楽しみ|知|尊重|学)|理解し合|多言語|案内板|通訳|翻訳|交流|偏見|決めつけ|一括り|ひとくくり|ではなく|ではありません|とは限ら|誤解|(?<!被)差別', 'u'),
  },
  // Blind R174I-028 (W19): a past flood made a boat ride or a pool again, with a laugh (豪雨のときみたいに、また…町じゅうが川下りコースになったり
  // して（笑）): block; the emoji form (…川下りコースに🚣) stays the warn above. Not a warning to keep off (近づかないで), not a drill.
  {
    // Blind R204D-034 (dec11): a dwelling turned into a paddy (大雨を思い出しますね〜。あのときは…家まで水田になりましたっけ（笑）): the
    // paddy is water only where a house, a garden or a street becomes one; not a fallow field that fills again (休耕田が水田に).
    re: phrase(`(?:大雨|豪雨|水害|洪水|冠水|台風|浸水)(?:の(?:とき|時|際|日))?[^\\n]{0,30}?(?:プール|海|川|湖|池|川下り(?:コース)?|舟下り(?:コース)?|ボート(?:コース|乗り場)?|カヌー(?:コース)?|釣り堀|運河|ベネチア|ヴェネツィア|水上都市|海水浴場|${DWELLING_PADDY})(?:に|みたいに|状態に)(?:なっ|なら|なり|なる|化)(?:[^\\n]{0,16}?|[^。！？!?\\n]{0,60}?)(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['大雨', '豪雨', '水害', '洪水', '冠水', '台風', '浸水'],
    veto: phrase('近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練', 'u'),
  },
  // Blind R174I-040 (W19): a disabled group presumed unable to cope and steered off politely (障がいのある方には会場の人混みは難しいと思いますので、
  // ご自宅のテレビ中継でご覧になることをおすすめします): warn; told to stay away (ご遠慮, お控え), block. Not a choice left to them (…が難しい
  // 場合は), not help offered (専用観覧席をご用意, 介助, ご相談ください).
  {
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|お客様|お子さん)|車(?:椅子|いす)の(?:方|人|お客様))(?:には|は|にとって(?:は)?)[、,]?[^。！？!?\\n]{0,24}?(?:難しい|むずかしい|大変|無理|厳しい|きつい|向かない|向いていない|危ない|危険|負担)(?:か|だ|です)?(?:と思(?:い(?:ます)?|われ(?:ます)?)|でしょう|だろう)?(?:ので|から|ため|けん)[、,]?[^。！？!?\\n]{0,30}?(?:ご自宅|自宅|お家|おうち|家で|テレビ|中継|配信|オンライン|来場(?:は|を)?(?:お)?控え|お控え|見合わせ|ご遠慮|遠慮)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('場合|ご相談|相談して|介助|付き添い|サポート|優先|専用|観覧席|スペース|送迎|手話|バリアフリー|ご用意|用意して|イヤーマフ|耳栓|休憩所|(?<!被)差別|偏見', 'u'),
    upgrade: phrase('ご遠慮|遠慮して|お控え|控えて|見合わせ', 'u'),
  },
  // Blind R174I-059 (W19): women offered to the men as young or pretty (浴衣モデルさんは若い子ばかりなので、男性の皆さんもお楽しみに😏, 美人ぞろいの
  // 受付、男性陣は必見): sexual warn, as the catch offered above. Not a call to both sexes alike (男性の皆さんも女性の皆さんも).
  {
    re: phrase('(?:若い|わかい|若くて|美人|美女|かわいい|可愛い|きれいな|綺麗な)[^。！？!?\\n]{0,4}?(?:子|女の子|女性|女子|お姉さん|娘|モデル)?(?:さん)?(?:ばかり|ばっかり|ばっか|揃い|ぞろい|だらけ|が多い|がそろ)[^。！？!?\\n]{0,16}?(?:男性|男子|殿方|おじさん|おっさん|男ども|野郎)(?:の(?:皆さん|みなさん|皆様|方々|方)|陣|諸君|たち|ファン)?(?:も|は)?[、,]?[^。！？!?\\n]{0,6}?(?:お楽しみに|楽しみ|必見|お待ちかね|期待して|目の保養|見逃せ|お見逃しなく|要チェック)', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    veto: phrase('女性の(?:皆さん|みなさん|皆様|方)|女性も|女子も|ご家族|お子さん|子どもたち|子供たち', 'u'),
  },
  // Blind R178A-029 (W19): a person stranded or in a mishap laughed at for their panic (立ち往生したトラック…運転手さんの慌てっぷりが面白すぎて…何回も
  // 再生しちゃいました🤣): mocking one in trouble, block. Not the help told (救助, 協力), not a warning to drive with care.
  {
    re: phrase(`${PLIGHT}[^\\n]{0,60}?(?:慌て|あわて|焦り|焦って|あたふた|オロオロ|おろおろ|頭を抱え|必死|取り乱)[^。！？!?\\n]{0,8}?(?:っぷり|ぶり|よう|様子|姿|顔|ところ)?[^。！？!?\\n]{0,6}?(?:面白|おもしろ|ウケ|うけ(?:る|た)|爆笑|笑え|笑っ(?:ちゃ|てしま)|[😂🤣]|何回も(?:再生|見)|何度も(?:再生|見))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['立ち往生', '立往生', 'すりつぷ', '脱輪', 'はまつて', '動けなくな', '転倒', '溺れ', 'おぼれ', '取り残され', '事故'],
    veto: phrase('救助|救出|助け|協力|感謝|お見舞い|ご注意|気をつけ|お気をつけ|訓練', 'u'),
  },
  // Blind R178A-039 (W19): a foreign or disabled group praised as "surprisingly" diligent or polite (技能実習生のみなさんも活躍中！日本語はまだカタコト
  // だけど、意外とまじめでよく働いてくれる): the opposite presumed of the group, stereotype warn. Not a thing praised (意外とおいしい).
  {
    re: phrase(`(?:${FOREIGN_W19}|${DISABLED}|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子))[^\\n]{0,60}?(?:意外と|意外に(?:も)?|案外|思ったより|思いのほか|予想以上に|予想外に|それなりに)[、,]?(?:みんな)?(?:まじめ|真面目|勤勉|きちんと|ちゃんと|礼儀正し|よく働|働き者|丁寧|時間を守|ルールを守|清潔|きれい好き|綺麗好き|優秀|賢|頭がいい|仕事ができ|使える)`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    need: ['意外', '案外', '思つたより', '思いのほか', '予想以上', '予想外', 'それなりに'],
    veto: phrase('(?<!被)差別|偏見|決めつけ|先入観|思い込み|ではありません', 'u'),
  },
  // Blind R177I-046 (W19): a disability as the likeness of a manner, the manner first (歩き方が障がい者みたい、って言われた😂 ウケる): the R103
  // simile in the other order, block with a laugh or a word of badness. Not an empathy exercise (疑似体験), not the remark called hurtful.
  {
    re: phrase(`(?:動き|うごき|動作|プレー|プレイ|顔|表情|しゃべり方|喋り方|話し方|歩き方|走り方|踊り|ダンス|発音|字|運転|身のこなし|振る舞い|ふるまい|足取り|足もと|足元)(?:が|は|も)[、,]?(?:まるで|まさに|完全に|ほんと)?${SIMILE_GROUP}(?:の方|の人)?(?:みたい|のよう|っぽ|並み|レベル)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    keep: (sen) => BAD_RE.test(sen) && !SIMILE_OK.test(sen),
    veto: phrase('傷つ|悲しかった|悲しい|ひどいこと|失礼|(?<!被)差別|偏見', 'u'),
  },
  // Blind R177I-055 (W19): a contest judged by looks alone (審査は顔とスタイルだけで十分, 中身とか誰も気にせん): lookism block, as looks named a criterion.
  // Not a dish or a design (盛り付けのスタイル), not looks said not to count (見た目だけではなく).
  {
    re: phrase('(?:審査|選考|採用|評価|決め手)(?:は|の基準は|基準は|で)[、,]?[^。！？!?\\n]{0,4}?(?:容姿|ルックス|顔(?!ぶれ|合わせ|写真)|見た目|外見|スタイル|体型|体形|スリーサイズ)(?:(?:と|や|・)(?:容姿|ルックス|顔|見た目|外見|スタイル|体型|体形|スリーサイズ))?(?:だけ|のみ|さえ)(?:で)?(?:十分|じゅうぶん|いい|よい|良い|ok|決まり|見れば|見とけば)', 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    topic: phrase('ミス|コンテスト|モデル|応募者|候補|女性|男性|職員|大使|アンバサダー|ガール|看板娘|コンパニオン', 'u'),
    veto: phrase('ではなく|ではありません|じゃなく|しません|いたしません|問わ|不問|関係な|いけ|よくな|べきでは|料理|盛り付け|デザイン', 'u'),
  },
  // Blind R175A-014 (W19): people a flood or a disaster caught blamed for it (逃げ遅れて自宅で水に浸かった人たち…ハザードマップくらい見ておけば
  // いいのに): block. Not the victims' own regret relayed (見ておけばよかった、という声), not a lesson the city draws (教訓に).
  {
    re: phrase(`(?:逃げ遅れ|被災|浸水|流され|取り残され|孤立し|水に浸か|家を失)[^\\n]{0,40}?(?:人|方|家|世帯|住民)(?:たち|達|々)?[^\\n]{0,60}?(?:ておけば|とけば|ておきゃ|とったら|ていれば|てれば)(?:いい|よかった|良かった|よか)のに|(?:逃げ遅れ|被災|浸水|流され|取り残され|孤立し)[^\\n]{0,40}?(?:人|方|家|世帯|住民)(?:たち|達|々)?[^\\n]{0,40}?(?:自業自得|自己責任|ざまあ|ざまぁ)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['のに', '自業自得', '自己責任', 'ざまあ'],
    wide: true,
    veto: phrase('そんなことは(?:ありません|ない)|という声|との声|と(?:話|語|振り返|悔や)|後悔|悔や|教訓|反省|私も|自分も|わが家も|うちも|(?:で|じゃ)はありません|ではない|と思わないで', 'u'),
  },
  // Blind R175A-014 (W19): people a flood or a disaster caught, laughed at in a verb (逃げ遅れて自宅で水に浸かった人たちの写真を見ると、正直ちょっと
  // 笑ってしまいます): block, where a bare 笑 after a misfortune is the warn above. Not their own smiles or cheer (笑顔, 明るく, 前向き).
  {
    re: phrase('(?:逃げ遅れ|被災|浸水|流され|取り残され|水に浸か|家を失|溺れ|おぼれ)[^。！？!?\\n]{0,30}?(?:人|方|家族|住民|被災者)(?:たち|達|々)?[^。！？!?\\n]{0,20}?(?:笑ってしま|笑っちゃ|笑っちま|笑える|笑えた|笑えま|笑いが止|吹き出|噴き出|ウケ(?:る|た)|爆笑)', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    veto: phrase('笑顔|明るく|前向き|元気|励ま|一緒に', 'u'),
  },
  // Blind R175A-027 (W19): a foreign group named, then a pronoun for it given a thief's hands (東南アジアの若者を雇う農家も…。ただ、あの人たちは
  // 言葉も通じないし、手癖の悪い者も混じっている): block, reported or not, as a people's fault stated (実習生は手癖が悪い). Not the prejudice relayed
  // and answered (…という声もありますが、それは偏見です).
  {
    re: phrase(`${FOREIGN_W19}[^\\n]{0,80}?(?:(?:あの|その|この)(?:人|方)(?:たち|達|ら|々)|彼ら|あいつら|そいつら|こいつら|奴ら|やつら|(?:あの|その|この)連中)(?:は|って|なんて|なんか)?[、,]?[^。！？!?\\n]{0,30}?(?:手癖(?:が|の)(?:悪|わる)|盗み癖|盗癖|ずる賢|嘘(?:を|ばかり|ばっかり)つ|うそ(?:を|ばかり|ばっかり)つ|何を(?:する|しでかす)か(?:わから|分から))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['手癖', '盗み癖', '盗癖', 'ずる賢', '嘘', 'うそ', '何をする', '何をしでかす'],
    veto: phrase('偏見|誤解|決めつけ|根拠(?:は|の)?(?:な|あり)|ではありません|ではない|とは限ら|デマ|(?<!被)差別|許され', 'u'),
  },
  // Blind R189I-040 / R190A-027 (W22): the people of a district a flood hit teased with a life by boat or by swimming, and a laugh
  // (去年床上まで浸かった地区の皆さんは、今年こそボートの準備もお忘れなく（笑）, 大雨のあと、下の地区の人たちは毎年ボートで通勤できて
  // よかね〜って…みんな笑いよった): their plight made a joke, block. Not the flood told without a joke (浸水した地区の皆さんへ土のうを配ります),
  // not a boat the city lends or sends (ボートの貸し出し, 救助, 消防), not their own smiles (笑顔), not an event the rain put off (延期, 体験).
  {
    re: phrase(`${FLOODED}[^\\n]{0,40}?${FLOOD_FOLK}[^\\n]{0,40}?${BOAT_LIFE}[^\\n]{0,40}?(?:${LAUGHED_W19}|${LAUGHED_AT_W22})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['浸', '冠水', '水没', '水害', '洪水', '大雨', '豪雨', '大水', '床上', '床下', '被災'],
    veto: phrase('救助|救出|救援|消防|訓練|貸し出し|貸出|配備|出動|笑顔|教訓|延期|順延|中止|再開|体験|イベント|ツアー|大会|教室|講座', 'u'),
  },
  // Blind R189I-054 (W22): a disabled group said to be unable to talk or understand, and asked to come with the family (知的障害のある方は
  // お一人だと話が通じず時間がかかりますので、できるだけご家族が付き添って来ていただけると助かります): the group belittled as a whole, block.
  // Not a companion recommended as support (付き添いの方の同伴をお勧めしています: nothing said of their understanding), not a case left to
  // them (…難しい場合は), not a channel that fails (電話では) or help offered (手話, 筆談, 通訳).
  {
    re: phrase(`(?:${DISABLED}|(?:(?:知的|発達|精神|身体|視覚|聴覚)?障(?:害|がい|碍)|自閉症|ダウン症)(?:の|が)?(?:ある|お持ちの)?(?:方|人|お子さん|お子様|子|児童|生徒))(?:の方|の人)?(?:は|って|には|の場合(?:は)?|だと|も)[、,]?[^。！？!?\\n]{0,20}?${UNDERSTOOD_NOT}[^。！？!?\\n]{0,30}?(?:ご家族|家族|ご両親|親御さん|保護者|付き添い|付添い|介助者|支援者|ヘルパー)(?:の方)?[^。！？!?\\n]{0,12}?(?:付き添|付添|同伴|同行|一緒|代わり|代理|だけ|のみ)[^。！？!?\\n]{0,16}?(?:来|お越し|いらし|ください|下さい|お願い|助か|幸い|もらえ|いただ)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['通じ', '話にな', '理解', '判断', '疎通', 'かみ合', '噛み合'],
    veto: phrase('場合|手話|筆談|通訳|電話|ファクス|fax|メール|(?<!被)差別|偏見|決めつけ|ではありません|わけではな|構いません|かまいません', 'u'),
  },
  // Blind R191I-013 (W23): a flooded town made a famous water city or a new boat course, with a laugh (商店街が水につかって、もはや
  // ベ ネ チ アｗｗ 川下りの新コースできちゃいましたね): the damage as a sight, block. Not the town's own nickname (ベネチアのような水の都・
  // 柳川: no flood, no likeness marked), not flood works (浸水対策の工事), not a warning or a drill.
  {
    // Blind R201A-014 (dec11): the flood told a few sentences before the joke (…道路の冠水や住宅の床下浸水が発生し、…排水作業に
    // あたりました。…「とうとう川下りのコースが一本増えましたね」と、隊員同士で思わず笑い合った): the same damage made a course, the
    // course counted (一本, ひとつ) and the laugh shared (笑い合った). Not the damage repaired and a course opened (復旧, 整備, 改修).
    re: phrase(`${FLOOD_STATE}[^\\n]{0,120}?${FLOODED_CITY}[^\\n]{0,20}?(?:${LAUGHED_W19}|${LAUGHED_AT_W22}|笑い合い)`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['つか', '浸', '冠水', '水没', '水浸し', '水びたし', '水害', '洪水'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難して|ないよう|ないように|笑顔|復旧|復興|整備|改修|工事', 'u'),
  },
  // Blind R192D-041 (W23): a past or possible flood wished for as a boon, with a laugh (去年みたいに町じゅうが水浸しになったら、どこでも
  // 川下りができて観光客が増えるかもしれません（笑）): the harm as a windfall, block as the boat ride of R174I-028. Not a measure against it
  // (浸水対策をすれば), not a loss told (観光客が減る), not a warning.
  {
    re: phrase(`${FLOOD_STATE}(?:に|と|が|し)?[^。！？!?\\n]{0,6}?(?:なったら|なれば|なると|なっても|したら|すれば|すると|しても|してくれたら|してくれれば)[^\\n]{0,40}?(?:${FLOOD_BOON})[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['なつたら', 'なれば', 'なると', 'なつても', 'したら', 'すれば', 'すると', 'しても', 'くれたら', 'くれれば'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難|ないよう|ないように|減る|減って|減少|笑顔', 'u'),
  },
  // Blind R202A-028 (dec11): a flood that happened, not one supposed, told as a boon with a laugh (数年前の大雨のときは、町じゅうが水に
  // つかって、ある意味どこでも川下りができる状態でしたね（笑）): block as the supposed form above. Not a measure or a warning, not the
  // boon lost (観光客が減って), not a recovery told (復旧して観光客が戻り).
  {
    re: phrase(`${FLOOD_STATE}[^。！？!?\\n]{0,40}?${FLOOD_PERK}[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['つか', '浸', '冠水', '水没', '水浸し', '水びたし', '水害', '洪水'],
    veto: phrase('対策|防止|防ぐ|防い|訓練|想定|近づ|近寄|ご注意|注意して|お気をつけ|避難|ないよう|ないように|減る|減って|減少|笑顔|復旧|復興|支援|募金|寄付|ボランティア', 'u'),
  },
  // Blind R201A-024 / R203I-045 (dec11): men's eyes held by women seen by their dress or youth, named in the sentence or the one before
  // (着物姿の若い女性職員が…。…年配の男性の皆さんの視線はすっかりそちらに釘付けで, 浴衣の着こなしも…抜群で、男性職員たちは目のやり場に
  // 困っていました): the women made a sight for the men, lookism warn. Not children or a performance watched (浴衣の子どもたちの踊りに
  // おじいちゃんたちの目は釘付け), not a thing the eyes are held by (視線は展示に釘付け: only the women or a pronoun for them).
  {
    re: phrase(`${WOMEN_SEEN_D11}[^\\n]{0,80}?${MEN_SEEING}(?:の|は|が|も)?[、,]?[^。！？!?\\n]{0,12}?(?:${GAZE_HELD})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    need: ['釘付け', 'くぎ付け', 'くぎづけ', '奪われ', 'やり場', '鼻の下', 'でれでれ', 'めろめろ', '骨抜き', '目がはーと', 'にやけ'],
    veto: phrase('子ども|子供|こども|お子さん|園児|児童|生徒|孫|赤ちゃん|踊り|ダンス|演技|演奏|演舞|歌|手品|マジック|作品|展示|料理|景色|夜景|花火|試合|映像|画面|動画', 'u'),
    upgrade: phrase('[😏🤤]|ムラムラ|むらむら', 'u'),
  },
  // Blind R203I-029 (dec11): a wrong of daily life dated from a group's coming or moving in, either order (ごみの分別が守られていない件、
  // 外国の方が入居されてから増えたのは確かですので, 外国人が入居してから、騒音の苦情が増えた): the group made the cause, block as
  // R172A-148. Not something else that grew (交流イベントが増えた), not the group as the victim or the one helped (狙った, 被害, 相談,
  // 多言語), not the link denied (…からではなく, とは限りません), not a wrong that fell (減った).
  {
    re: phrase(`${HOUSE_WRONG}[^。！？!?\\n]{0,24}?${CAME_D11}[、,]?[^。！？!?\\n]{0,6}?${GREW_D11}|${CAME_D11}[、,]?[^。！？!?\\n]{0,24}?${HOUSE_WRONG}[^。！？!?\\n]{0,10}?${GREW_D11}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['てから'],
    veto: phrase('狙|ねら|被害|相談|支援|多言語|翻訳|通訳|ではなく|ではありません|わけではな|とは限ら|誤解|偏見|(?<!被)差別|根拠|デマ|減', 'u'),
  },
  // Blind R206A-013 (dec12): a disaster that did harm, in the same sentence made the staff's stock joke, told at a party or with a laugh
  // (…の豪雨で…まで水が来て、…が流されたのが今も忘年会の定番ネタです（笑）): insensitive, block. Not a mishap with no harm (台風の日に
  // 傘がひっくり返った話), not a lesson passed on (防災講座の題材, 教訓), not the joke refused (笑い話では済みません).
  {
    re: phrase(`${DISASTER_D12}[^。！？!?\\n]{0,100}?${STOCK_JOKE}(?!(?:に|と)?(?:は|も)?(?:でき|なら|なり|済ま|すま)(?:ない|ず|ません))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['ねた', '笑い話', '笑いぐさ', '笑い種', '笑いの種', '酒の肴', '話のたね', '話の種'],
    veto: phrase('教訓|防災|備え|語り継|伝え(?:て|る|た|ます|続)|忘れ(?:ない|ず|られない)|では(?:ない|ありません)|じゃない|ご冥福|お見舞い|不謹慎', 'u'),
    keep: (sen) => HARMED.test(sen) && PARTY_LAUGH.test(sen),
  },
  // Blind R208D-028 (dec12): young women placed at a desk and credited with the men's ease, or called the bloom of the place (若い女性
  // 職員を置いたら、おじさんたちの手続きがスムーズに…華があると違いますね): the women used for their looks, lookism warn. Not staff placed
  // for a skill (手話のできる職員を置いたら), not women served by women (女性の相談者が相談しやすく), not flowers (花を飾ったら華がある).
  {
    re: phrase(`${WOMEN_PLACED}[、,]?[^\\n]{0,50}?(?:${MEN_EASED}|${BLOOM})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    veto: phrase('女性の(?:相談者|利用者|方|お客様|来庁者)|相談しやす|手話|通訳|資格|専門|経験|ルッキズム|ハラスメント|子ども|子供|園児|児童|生徒', 'u'),
    upgrade: phrase('[😏🤤]|ムラムラ|むらむら', 'u'),
  },
  // Blind R208D-042 (dec12): life in an evacuation shelter, after a flood had or supposed, called a camp or an outing that is fun (避難所での
  // 雑魚寝もキャンプみたいで楽しいですよ): the evacuees' hardship made light of, insensitive block. Not a shelter drill or a camp to
  // learn in (避難所体験キャンプ, 防災キャンプ, 訓練, 講座), not comfort the city provides (少しでも快適に過ごせるよう).
  {
    re: phrase(SHELTER_FUN, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    need: ['避難'],
    veto: phrase('体験|訓練|防災キャンプ|学べ|学ぶ|学ん|学び|イベント|教室|講座|ワークショップ|開催|募集|参加(?:者|して|し|を)|よう(?:に)?[、,]|ように|過ごせる|過ごして(?:いただ|もら)|工夫|和ら|ストレス|少しでも|では(?:ない|ありません)|じゃない|ません', 'u'),
    pveto: phrase('避難所(?:運営)?(?:訓練|体験)|防災キャンプ|宿泊体験', 'u'),
  },
  // Blind R191I-028 (W23): people judged foreign by their look, or a foreign group, met with wariness (外国人っぽい人が来ると正直みんな
  // 身構えちゃう（笑）, 外人みたいな人を見かけると警戒しちゃう): a people presumed a threat, warn. Not a welcome or help prepared (外国人観光客
  // 向けの案内を用意しました), not a crime the group is warned of (スリ, 詐欺), not the wariness called needless or a prejudice.
  {
    re: phrase(`${FOREIGN_SEEN}(?:が|を|に|と)?[^。！？!?\\n]{0,6}?(?:来(?:る|た|られる|られた|とる|よる)(?:と|ら|たび)|来(?:たら|られたら|ると)|見(?:る|かける|かけた|た)(?:と|ら|たび)|見かけたら|いる(?:と|だけで)|おると|いたら|話しかけられ(?:る|た)(?:と|ら))[、,]?[^。！？!?\\n]{0,14}?(?:${WARY})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('スリ|詐欺|不審|偏見|(?<!被)差別|必要はありません|必要はない|ないでください|ないように|ではなく|ではありません|狙|被害', 'u'),
  },
  // Blind R191I-059 (W23): a disabled or old group called a bother by the staff who serve it (投票所のスロープ、車いすの方が来られると正直
  // 手間なんですよね。でも…がんばって対応してます): the group as a nuisance, warn, whatever effort is told after. Not a service or a route
  // offered (車いすの方はスロープをご利用ください), not a dish's bother (手間のかかる料理), not their own difficulty (段差の乗り降りが大変),
  // not a barrier the city removes (改修, 解消, バリアフリー), not a request to tell in advance.
  {
    re: phrase(`${SERVED_W23}(?:が|は|の)?[^。！？!?\\n]{0,4}?(?:来(?:る|られる|られた|た)(?:と|たび|たら)|来(?:たら|られたら|ると)|いらっしゃ(?:ると|ったら)|おいでになると|いると|多いと|だと|の(?:対応|相手|受付|介助|案内)(?:は|って|が|も))[、,]?(?:正直|ほんと(?:に)?|本当に|ちょっと|ちょい|かなり|結構|けっこう|やっぱり|やっぱ|どうしても|いつも|毎回|少し|まあ|まぁ)?[、,]?(?:[^。！？!?\\n]{0,8}?${SIGHED_W23}|(?<=正直[、,]?)(?:大変|負担|しんど|困る|困り|きつ)|[^。！？!?\\n]{0,8}?${BOTHER_W23}(?!の(?:ない|なか)|(?:が|は|も)?(?:ない|なか|ありません|かから|掛から)|(?:を|に)?(?:かけ|掛け|感じ)(?:ない|ず|させ)))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('段差|階段|坂道|乗り降り|移動が|ご本人|ご自身|介助者|お手伝い|お声(?:がけ|かけ)|お申し出|お知らせ(?:ください|下さい)|ご連絡|事前に|ご相談|改修|解消|バリアフリー|ないよう|ないように|(?<!被)差別|偏見|暑さ|寒さ|熱中症|雨の日', 'u'),
  },
  // Blind R193I-012 (W25): a people's loudness or manners put down, with a hedge, to its national character (お国柄なのか、とにかく
  // にぎやかで…歌が聞こえませんでした, 国民性でしょうか、列に並ばない): warn, as the firm form above blocks. Not the difference enjoyed
  // (にぎやかで手拍子してくれました: no complaint), not a custom to learn about.
  {
    // Blind R295M-025 kind (dec18): the trait first and the character after as the punchline, with a laugh (記者さんたちは声が大きくて、…
    // にぎやかに…お国柄でしょうか（笑）): the laugh makes even liveliness a jibe; a complaint trait (声が大きくて, うるさく) needs only the hedge.
    re: phrase(CHARACTER_HEDGED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['国民性', '民族性', 'お国柄'],
    veto: phrase('違いを(?:理解|楽しみ|知|尊重|学)|理解し合|交流|偏見|(?<!被)差別|とは限ら|ではなく|決めつけ', 'u'),
    keep: faultStated,
  },
  // Blind R193I-026 (W25): the old met as a crowd (軍団, 集団) and called a blot on the picture (おばあちゃん軍団ばっかりでちょっと映えない,
  // 年寄りだらけで華がない): warn, decency/stereotype as the plain …ばっかりで映えない of the older reading. Not an old crowd praised (おばあちゃんたちばかりで和やか), not the dullness denied.
  {
    re: phrase(`${OLD_CROWD_W25}(?:で|だ|や|じゃ|なので|だから|やけん)?[、,]?[^。！？!?\\n]{0,12}?(?:${DULL_W25})`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['軍団', '集団', 'ばかり', 'ばつか', 'だらけ'],
    veto: phrase('ことはありません|ことはない|わけではな|なんてことは|とんでもない', 'u'),
  },
  // Blind R194A-012 (W25): Japanese preferred for the work where a foreign group works (…技能実習生…やはり大事な作業は日本人に任せた方が
  // 安心): the group presumed less able by its nationality, warn. Not language work (日本語の案内, 通訳), not the presumption named.
  {
    re: phrase(JAPANESE_PREFERRED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['日本人'],
    topic: FOREIGN_TOPIC,
    veto: phrase('偏見|(?<!被)差別|ではなく|とは限ら|思い込み|決めつけ|関係なく', 'u'),
    // Blind W26 (dec9): language work (日本語の説明, 通訳) with no group judged; a judged one stays (実習生は仕事が雑なので、日本語の説明も…).
    keep: (sen) => !languageWork(sen),
  },
  // Blind R195D-006 (W25): an old driver's driving made a fright to laugh at (近所のじいちゃん、右折のたびに…お経を唱えてて…拝みたく
  // なります😂): the old mocked for their age, warn. Not their driving praised (安全運転で安心), not a fright without a laugh.
  {
    re: phrase(`${OLD_DRIVER_W25}[^\\n]{0,20}?(?:右折|左折|運転|ハンドル|バック|車庫入れ|アクセル|ブレーキ|合流|車線|交差点)[^\\n]{0,40}?(?:${FRIGHT})[^\\n]{0,30}?(?:${LAUGHED_W19}|😆)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    para: true,
    veto: phrase('事故|亡くな|けが|怪我', 'u'),
  },
  // Blind R196I-011 (W25): the old as a whole laughed at (おじいちゃんおばあちゃんって、スマホの画面を…見てるだけで笑っちゃう): warn.
  // Not one grandmother's joy told (おばあちゃんは…笑顔), not a laugh they give (笑わせてくれる).
  {
    re: phrase(`${OLD_ALL}[、,]?[^。！？!?\\n]{0,40}?(?:${LAUGHED_AT_W25})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('笑わせ|笑顔|一緒に笑|(?<!被)差別|偏見', 'u'),
  },
  // Blind R197A-008 (W25): a town made a canal or a river with a boat and a laugh (今日はまち全体が掘割になりました。どんこ舟で玄関先まで
  // 送迎できそうです笑): the flood, unnamed, made a sight, block as the named form above. Not a canal town described (掘割に囲まれた), not a
  // crowd like a river (人の流れ), not a warning.
  {
    re: phrase(`${TOWN_WATER}[^\\n]{0,50}?(?:舟|船|ボート|カヌー|泳|送迎|川下り|通勤|釣り)[^\\n]{0,30}?(?:${LAUGHED_W19})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    need: ['になつ', 'になり'],
    veto: phrase('人の流れ|人波|近づ|近寄|ご注意|注意して|お気をつけ|避難|訓練|対策', 'u'),
  },
  // Blind R197A-055 (W25): a disabled group told it should go elsewhere (避難所で…障害者の方がいて…ああいう方には別の施設に行ってもらう
  // べきですね): exclusion, block. Not a place offered at their wish (ご希望の方は福祉避難所へ), not help arranged.
  {
    re: phrase(`${DISABLED_W25}(?:[^\\n]{0,80}?(?:ああいう|ああいった|ああした|そういう|そういった|そうした|ああゆう|あの|その)(?:方|人|子)(?:たち|達|々|ら)?)?${SENT_AWAY}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    veto: phrase('ご希望|希望|ご本人|ご家族の|ご相談|相談|福祉避難所|手配|ご案内|安心して|配慮|(?<!被)差別|偏見', 'u'),
  },
  // Blind R198I-014 (W27): housewives presumed idle in the daytime and credited with an outcome, laughed at (平日の昼間に時間のある
  // 奥さま方のおかげですね（笑）): stereotype warn. Not an invitation to those with time (時間のある方はぜひ), not both sexes.
  {
    re: phrase(`${IDLE_WIVES}[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK}|[😅😏])`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('ぜひ|募集|お待ちして|ご参加|(?<!被)差別|偏見|決めつけ', 'u'),
  },
  // Blind R198I-061 (W27): a disabled group's coming said to hinder the proceedings (車いすの方…がいらっしゃると進行に支障が出る…ので、
  // …中継でのご視聴を): exclusion, block. Not a seat or help arranged so nothing hinders (支障がないよう, スロープ, お手伝い).
  {
    re: phrase(`${HELPED_GROUP}[^。！？!?\\n]{0,30}?${HINDER}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('ないよう|ないように|スロープ|ご用意|お手伝い|サポート|(?<!被)差別|偏見|ではありません|わけではな', 'u'),
  },
  // Blind R199A-012 (W27): a rule of daily life presumed missing from a people's culture where a foreign group is named (韓国からの団体
  // さん…並ぶって文化がないのか、列がすぐ崩れる): warn, block with a laugh or a sigh (お約束, 😅). Not a sign made readable for them.
  {
    re: phrase(NO_CULTURE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: PEOPLE_TOPIC_W27,
    upgrade: phrase(`お約束|おやくそく|さすが|やれやれ|${LAUGH_MARK}|[😅😓]`, 'u'),
    veto: phrase('多言語|ピクト|イラスト|英語|翻訳|通訳|掲示|案内板|分かるよう|わかるよう|異文化|(?<!被)差別|偏見|決めつけ|とは限ら|わけではな', 'u'),
  },
  // Blind R199A-026 (W27): a staff member's belly that will not close a coat, with a laugh (お腹が閉まらなくて…状態でした🤣): lookism warn.
  // Not one's own full stomach (食べ過ぎ, お腹いっぱい), not a pregnancy, not a size offered without a laugh.
  {
    re: phrase(`${BELLY_UNCLOSED}[^\\n]{0,60}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    para: true,
    pveto: phrase('食べ(?:すぎ|過ぎ)|満腹|お腹いっぱい|おなかいっぱい|妊娠|妊婦|マタニティ|私|わたし|僕|自分', 'u'),
  },
  // Blind R200D-009 (W27): a person who collapsed or was carried to hospital likened to food being cooked, with a laugh (倒れて救急搬送…
  // 「自分が蒸し焼きになる」…焼き上がる前に休憩を😅): insensitive block. Not a hot car warned of (車内は蒸し焼き状態) with no laugh.
  {
    re: phrase(`(?:搬送|倒れ|熱中症|救急車|意識を失)[^\\n]{0,120}?(?:${COOKED_PERSON})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    topic: phrase(`${LAUGH_MARK}|[😅😜😝]`, 'u'),
  },
  // Blind R200D-055 (W27): a people pointed to by its fault (マナーを守らない国の人たちも多いので) as the reason to guard valuables:
  // block. Not people with no country named (マナーを守らない人もいる), not travel abroad (治安の悪い国へ).
  {
    re: phrase(`${FAULTY_NATION}[^。！？!?\\n]{0,16}?(?:多い|多く|いる|おる|来る|います)[^。！？!?\\n]{0,8}?(?:ので|ため|から|けん|けえ)[、,]?[^。！？!?\\n]{0,40}?(?:${GUARDED47}|注意|気をつけ|気を付け|用心)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|ではありません|わけではな', 'u'),
  },
  // Reviewer (W27): a nationality group called untrustworthy (外国籍の職員は信頼できない): block. Not the notion named to oppose it
  // (…という偏見, と決めつけず), not trust built (信頼できる仲間).
  {
    re: phrase(`${FOREIGN_W19}(?:の)?(?:職員|スタッフ|社員|従業員|作業員|店員|労働者|住民|研修生|実習生|方々|人たち|人|方)?(?:さん)?(?:たち|達|ら)?${UNTRUSTED}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('という|といった|って思われ|と思われ|偏見|決めつけ|(?<!被)差別|誤解|わけではな|ではありません|詐欺|なりすまし', 'u'),
  },
  // Blind R211D-041 (decrep13): the non-disabled wished for as the ones to take up a place — a home, a seat, a post — with a preference
  // adverb or a comparison (なるべく健常な方に入居していただけると, できれば健常者が応募してくれると, 健常な人のほうが助かる): block. Not the
  // non-disabled asked to help or to give way (健常な方は階段を, 健常な方も一緒に…介助を), not the notion named to oppose it.
  {
    re: phrase('(?:なるべく|なるたけ|できれば|出来れば|できるだけ|出来るだけ|極力|本音を言えば|本当は|正直)[、,]?[^。！？!?\\n]{0,12}?健常(?:者|な方|の方|な人|の人)(?:の方)?(?:に|が|を|で)[^。！？!?\\n]{0,12}?(?:入居|入って|入られ|入り|住んで|住まれ|住み|申し?込|応募|参加|来て|来られ|借りて|借り|採用|雇|選ん|選ば)|健常(?:者|な方|な人|の人)(?:の方|のほう)が[、,]?[^。！？!?\\n]{0,10}?(?:助か|ありがた|望まし|都合が(?:いい|よい|良い)|手間が(?:かから|省け)|楽(?:です|だ|な|で))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|ではありません|わけではな|に限らず|だけでなく|だけではな|手伝|介助(?:を|に|して)|補助(?:を|に|して)|サポート(?:を|に|して)|支え|譲', 'u'),
  },
  // Blind R211D-060 (decrep13): a disaster that happened here (あの豪雨, 震災の年) made the measure of today's crowd or excitement, with a
  // laugh (豪雨の年の水位を思い出すくらいの人出です笑): insensitive warn. Not the disaster remembered with sorrow, not a crowd 以来 (recovery).
  {
    re: phrase(`(?:豪雨|大雨|水害|洪水|浸水|冠水|氾濫|震災|地震|台風|津波)(?:災害)?(?:の(?:年|とき|時|日|夏|際))?[^。！？!?\\n]{0,10}?(?:思い出す|思い出させる|彷彿|ほうふつ|並み|なみ|級|に匹敵|顔負け|に負けない|を超える|超え)(?:くらい|ぐらい|ほど|よう)?(?:の|な)?[^。！？!?\\n]{0,6}?(?:人出|人混み|人込み|人波|勢い|混雑|混み|盛り上がり|熱気|賑わい|にぎわい|盛況|行列|観光客|お客)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    veto: phrase('ご冥福|お見舞い|被災された|亡くな', 'u'),
  },
  // … or the town playfully wished flooded, sunk or wiped out again where a disaster is named in the paragraph (このまま町を観光客で
  // 水没させちゃいましょう！): insensitive warn. Not a warning (スマホを水没させないよう), not a thing sunk in cooking (沈め).
  {
    re: phrase('(?:水没|浸水|冠水|沈没|壊滅|水浸しに|水びたしに)(?:させ|さ)(?:ちゃい(?:ましょう|ましょ)|ちゃお(?:う|っ)?|ちゃえ|ましょう|よう(?:[！!]|ぜ|や))', 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    topic: phrase('豪雨|大雨|水害|洪水|氾濫|災害|震災|地震|台風|津波|被災', 'u'),
  },
  // Blind R223L-009 kind (dec13): a foreign people given a trait as a whole (時間の感覚がおおらか, 時間にルーズ) as the reason for a
  // workaround the staff keep (開始時刻は30分早めに伝えておくのがコツ), laughed at (（笑）): the people made the joke, block. Without the laugh
  // the stereotype reading stays warn; not a trait enjoyed (陽気なので盛り上がりました笑), not the notion opposed (決めつけ, 偏見).
  {
    re: phrase(`(?:${NATION})(?:出身|から来た|からの|系)?(?:の)?(?:人|方|皆さん|皆様|方々|人たち|人ら|お客さん|お客様|実習生|留学生|職員さん|人間|国民)(?:って|は|なら|だから|やけん|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:${PEOPLE_TRAIT})[^。！？!?\\n]{0,8}?(?:ので|から|けん|けえ|ため)[、,]?[^。！？!?\\n]{0,30}?(?:早め|早く|前もって|前倒し|前日|事前|念のため|念押し|確認|伝えて|伝えと|伝える|言っておく|言うとく|ずらし|繰り上げ|コツ|気をつけ|気を付け|教えて)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|イメージ|とは限ら|わけではな|ではありません|人それぞれ|個人差', 'u'),
  },
  // Team R22A-041 / DCI-054 kind (dec13): a resident's prejudice quoted — a group and what it is said to bring (「障害のある方の入居が増えると
  // 団地の雰囲気が暗くなる」) — and then acted on with a measure of control (ACTED): the city adopts the prejudice, block. Where a group
  // reading holds the quote, `condoned` reads the same action and makes it a use.
  {
    re: phrase(`[「“『][^「」“”『』\\n]{0,30}?(?:${SHARE_GROUP}|(?:${NATION})(?:人|系|の(?:方|人))|精神(?:障(?:害|がい)|疾患)|認知症|ホームレス|同性(?:愛|カップル))[^「」“”『』\\n]{0,30}?(?:${QUOTED_HARM})[^「」“”『』\\n]{0,12}?${ACTED}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ACTED_VETO,
  },
  // Team DCI-022 kind (dec13): welfare recipients called by the slang 生保 (生保の人, 生保受給者) and tied to gambling or to taxes spent on
  // fun (…パチンコ店に出入りしている…税金で遊ぶなんて): block, like ナマポ. Not life insurance (生命保険, 保険会社, 営業, 勧誘).
  {
    re: phrase('(?<![一-龥])生保(?:受給者|受給世帯|世帯|の(?:人|方|家|家庭|連中|奴|やつ))[^\\n]{0,60}?(?:パチンコ|パチスロ|スロット|競艇|競輪|競馬|ボートレース|税金で(?:遊|飲|暮ら|食)|贅沢|ぜいたく|昼間から(?:酒|飲))', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    veto: phrase('生命保険|保険会社|営業|勧誘|外交員|依存症', 'u'),
  },
  // Team DCH-047 kind (dec13): a people's manners or bearing hinted at bad by trailing off (韓〇人観光客の方はマナーが…ということで, 中国の
  // お客様は、正直態度が…なので): the insinuation is the charge, block, masked names included. The folded view drops the …, so the sign is
  // the predicate left out (…が という, …が なので, …が、). Not the worry relayed and answered (…と心配する声もありますが、実際は), not
  // manners praised (良く, 丁寧), not the notion opposed.
  {
    re: phrase(`(?:(?:${NATION})(?:人|系|籍|出身)?|(?:中|韓|北)[〇○●◯×](?:人|系|籍)?)(?:の)?[^。、！？!?\\n]{0,10}?(?:は|って|ったら)[、,]?(?:ちょっと|その|まあ|正直|やっぱり|どうも)?[、,]?(?:マナー|態度|民度|行儀|素行|ごみ出し|ゴミ出し|衛生観念|声の大きさ)(?:が|は|も|の方は|の方が|の方も)(?=という|ってこと|っていう|なので|なんで|やけん|だから|ですから|[、,。！!]|$)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|誤解|声も|心配する|不安視|実際は|実は|そんなこと|ではありません|わけではな|とは限ら|良(?:い|く)|よ(?:い|く)|素晴らし|すばらし|丁寧', 'u'),
  },
  // Team DCI-032 kind (dec13): a foreign group alone given a condition for entry — a companion, a guarantor, a pledge, a room apart
  // (外国籍の方のみ、ガイド同伴での入館とさせていただきます, 外国人の方だけ保証人が必要): exclusion by condition, block. Not a document the law
  // asks of visitors (在留カード, パスポート, 旅券), not help on request (通訳, ご希望, 無料), not the notion opposed (EXCLUSION_VETO).
  {
    re: phrase(`(?:外国(?:人|籍)?|(?:${NATION})(?:人|系|籍|出身))(?:の)?(?:方|人|お客様|お客さま|観光客|住民|皆さん|皆様)?(?:のみ|だけ|に限り)[、,]?[^。！？!?\\n]{0,16}?(?:同伴|付き添い|保証人|誓約書|別室|別の?(?:入口|窓口|列))`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: EXCLUSION_VETO,
  },
  // Team DCH-160 kind (dec13): a disabled or foreign group pitched to employers as able for simple work only and as a saving on labour
  // (障がいのある方でも、簡単な単純作業であれば十分にこなせます。人件費を抑えたい事業所の皆さま): people priced as cheap labour, block, like
  // the W14 reading of foreign workers. Not an employment subsidy (助成金, 奨励金) told, not the low pay named as a wrong.
  {
    re: phrase(`(?:障(?:害|がい|碍)(?:者|児|の(?:ある|あります)?(?:方|人|方々))|実習生|研修生|外国人|外国籍の(?:方|人)|留学生)[^\\n]{0,40}?(?:簡単|単純)[^\\n]{0,60}?(?:人件費|コスト|賃金|給料|給与|時給)(?:を|が|も|は)?(?:抑え|安(?:く|い|か)|削減|浮か|節約)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('助成|補助|奨励金|給付|是正|問題|搾取|不当|違法|最低賃金|ではありません|ではない|許され', 'u'),
  },
  // Team DCH-156 kind (dec13): a disabled or foreign group said, as a fact, to soil a facility (障害者の方が汚されることがあり、清掃に時間が
  // かかる): the group made the cause of dirt, block. Not a reassurance (汚してしまっても大丈夫, お気になさらず), not a need met (介助).
  {
    re: phrase(`(?:障(?:害|がい|碍)(?:者|児|の(?:ある|あります)?(?:方|人|方々|お子さん))|車(?:いす|椅子)の(?:方|人)|外国人|外国(?:籍)?の(?:方|人)|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?|ホームレス|生活保護[^。！？!?\\n]{0,4}?(?:方|人))(?:の方|さん)?(?:が|は)[、,]?[^。！？!?\\n]{0,10}?汚(?:さ|し)(?:れる|れた|る|ます|てしまう|ていく)?(?:こと(?:が|も)(?:あり|多)|ため|ので|から|けん|場合が|ケースが)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('大丈夫|構いません|かまいません|お気になさらず|気にせず|気兼ね|遠慮なく|ご安心|(?<!被)差別|偏見|誤解|決めつけ|ではありません', 'u'),
  },
  // Blind R228C-001 kind (dec2): a foreign group's presence or number given as the reason crime will rise (外国人の方も多く避難されるため、
  // 盗難が増えるおそれ, 実習生が増えたので空き巣が心配): the group tied to crime, block. Not the notion answered (誤解, デマ, 根拠), not the
  // group as the victim (彼らが被害に遭う空き巣).
  {
    re: phrase(`(?:${FOREIGN_W19}|(?:${NATION})(?:人|系|籍|出身)(?:の(?:方|人))?)(?:の方|さん)?(?:が|も)[、,]?[^。！？!?\\n]{0,16}?(?:多く|増え|ふえ|大勢|たくさん|集ま|住み|暮らす|避難され|来られ|訪れ|入って)[^。！？!?\\n]{0,12}?(?:ため|ので|から|けん|せいで|ことから|に伴い|につれ)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|窃盗|盗み|空き巣|置き引き|万引き|犯罪|性犯罪|治安(?:の)?(?:悪化|が悪))(?:が|も|の)?(?:増え|増加|多発|起き|起こ|心配|懸念|おそれ|恐れ|予想|目立)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|誤解|デマ|根拠|決めつけ|ではありません|ではない|とは限ら|わけではな|流言|うわさ|噂|被害に|狙わ|ねらわ|標的|ターゲット|巻き込', 'u'),
  },
  // Blind R231Q-012 kind (dec2): a people's absence told as the place's gain (アジア系の団体さんが減って、川が静かでマナーもよくなった): the
  // group made the nuisance removed, block. Not a quiet told plainly (減って、静かになりました), not a loss regretted (寂しい, にぎわいが
  // 戻って: read over the paragraph), not the notion opposed.
  {
    re: phrase(`(?:${FOREIGN_W19}|(?:${NATION})(?:人|系|籍|出身)?(?:の)?(?:団体|観光客|お客|客|団体客|ツアー客|人|方|旅行者))(?:さん|様|たち)?(?:が|も)?[、,]?(?:減っ|減り|減る|少なくな|いなくな|来なくな|来んくな|おらんくな)[^。！？!?\\n]{0,16}?(?:マナー(?:が|も)?(?:良|よ)くな|きれいにな|綺麗にな|平和にな|快適にな|治安(?:が|も)?(?:良|よ)くな|過ごしやすくな|せいせい|すっきりし)`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('寂し|さみし|残念|戻って|戻る|にぎわい|賑わい|(?<!被)差別|偏見|決めつけ|ではありません', 'u'),
    para: true,
    wide: true,
  },
  // Blind R232H-008 kind (dec2): an age line said to bring decline to everyone (75歳を過ぎれば誰でも判断力は衰える): the old judged by age
  // alone, stereotype warn. Not some of them (個人差, 人によって), not a fee or a right open to all at an age (誰でも受けられます).
  {
    re: phrase('[0-9０-９一二三四五六七八九十]{1,3}(?:歳|才)(?:を|も)?(?:過ぎ|すぎ|超え|こえ|越え)(?:れば|たら|ると)[、,]?(?:誰でも|だれでも|皆|みんな|みな|例外なく|必ず|どなたでも|どんな人でも)[、,]?[^。！？!?\\n]{0,12}?(?:判断力|認知機能|記憶力|運転(?:技術|能力)?|能力|注意力|反応)(?:が|は|も)?[^。！？!?\\n]{0,4}?(?:衰え|低下|落ち|鈍)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('個人差|とは限ら|わけではな|人によ|ではありません', 'u'),
  },
  // Blind R231Q-007 kind (dec2): women told to keep quiet and keep to a task (嫁さんは黙ってうなぎを焼いとけばよか, 女は黙って台所に立っとけ
  // ばいい), relayed with a laugh or as the writer's own: a sex's role fixed, discriminatory warn. Not the remark named to be rejected.
  {
    re: phrase('(?<![一-龥])(?:嫁|女房|奥さん|家内|女|女性|おなご|母ちゃん|かあちゃん)(?:さん)?(?:は|って|なんて)[、,]?(?:黙って|だまって)[^。！？!?\\n」』]{0,16}?(?:とけば|ておけば|とれば|ていれば|てれば|とったら|とけ|ておけ|てろ|とれ)(?:いい|よい|良い|よか|ええ|えぇ|[」』。！!]|$)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|固定観念|時代錯誤|許され|いけません|不適切|セクハラ|ハラスメント|改め|傷つ', 'u'),
  },
  // Blind R230A-028 kind (dec2): women joining a body valued for brightening it or for the tea (女性委員が増えました。会議が華やかになって、
  // お茶出しの心配もいらなく): women as decoration or servers, stereotype warn, over the paragraph. Not dress or flowers (浴衣, 着物, 生け花).
  {
    re: phrase('(?<![一-龥])(?:女性|女子)(?:の)?(?:委員|職員|議員|役員|メンバー|スタッフ|社員|理事|団員|管理職|消防団員|の方)?(?:さん)?(?:が|も)[^\\n]{0,20}?(?:増え|ふえ|加わ|くわわ|入っ|入り|仲間入り|就任|着任)[^\\n]{0,30}?(?:華やか|はなやか|花が(?:ある|添|咲)|花を添え|職場の花|お茶(?:出し|くみ|汲み|入れ)|お茶の(?:用意|心配))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    para: true,
    wide: true,
    veto: phrase('浴衣|着物|振袖|衣装|ドレス|生け花|いけばな|華道|(?<!被)差別|偏見|固定観念|役割分担', 'u'),
  },
  // Team R12B-062 kind (dec2): a candidate named and the readers asked outright to back them (立候補します！…ぜひ応援をお願いします, 清き一票を):
  // the official account campaigns, block, over the paragraph (the ask may stand in the next sentence). Not a school's own vote (生徒会).
  {
    re: phrase('(?:候補|立候補|出馬)[^\\n]{0,80}?(?:(?:ぜひ|是非)[^。！？!?\\n]{0,6}?(?:応援|一票|支持)|応援(?:を)?(?:お願い|よろしく)|支持(?:を)?お願い|(?:に|へ)(?:の)?(?:清き)?一票を)', 'u'),
    rule: 'decency/conduct',
    severity: 'block',
    para: true,
    wide: true,
    topic: phrase('選挙|選(?:も|は|が|の|、)|告示|投票|出馬|立候補', 'u'),
    veto: phrase('公開討論|選挙公報|説明会|届出|期日前|特定の(?:候補|政党)|中立|選挙運動(?:の|は)|生徒会|児童会', 'u'),
  },
  // Blind R230A-031 kind (dec2): an election running and one candidate held up as the one who cares most (子育て支援を掲げている候補が、柳川の
  // 未来をいちばん考えているように見える, まちを託せる方): the official account takes a side, warn. Not a notice of the election's own events
  // (公開討論会, 選挙公報, 期日前投票), not neutrality itself stated (特定の候補).
  {
    re: phrase('(?:候補|立候補|出馬)[^。！？!?\\n]{0,50}?(?:(?:いちばん|一番|誰より|だれより|最も)[^。！？!?\\n]{0,12}?(?:考えて|ふさわし|頼り|信頼でき)|(?:未来|将来|市政|まち|町)を(?:託せ|任せられ|任せたい)|応援(?:しましょう|してください|しています))', 'u'),
    rule: 'decency/conduct',
    severity: 'warn',
    topic: phrase('選挙|選(?:も|は|が|の|、)|告示|投票|出馬|立候補', 'u'),
    veto: phrase('公開討論|選挙公報|説明会|届出|期日前|特定の(?:候補|政党)|中立|選挙運動(?:の|は)|生徒会|児童会', 'u'),
  },
  // Team DCG-060 kind (dec2): a sex said as a whole to be poor at a skill (女性ドライバーは車庫入れと右折が苦手なようです, 男は細かい作業が
  // 下手): a stereotype stated as fact, warn. Not the notion relayed to be answered (という方も, と言われがち, とは限らない, 偏見).
  {
    re: phrase('(?<![一-龥])(?:女性|男性|女子|男子|女|男)(?:ドライバー|運転者|職員|社員|の方|の人)?(?:は|って)[、,]?(?:やっぱり|やっぱ|やはり|どうしても|一般的に|総じて|もともと|元々|基本的に)?[、,]?[^。！？!?\\n]{0,14}?(?:が|は)?(?:苦手|下手|へた|不得意|不得手|向いてい(?:ない|ません))(?:な(?:よう|ん|の)|です|だ|らしい|なもの|みたい|でしょう|[。！!]|$)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('という|と(?:言|い)われ|って(?:言|い)われ|と思われ|とは限ら|わけではな|(?:方|人)も|イメージ|偏見|決めつけ|固定観念|関係な|問わず|思い込み|更年期|妊娠|授乳', 'u'),
  },
  // Team DCI-085 kind (dec2): a complaint that staff of one sex are unreliable met by sending staff of the other (女性ばかりで頼りないとの
  // ご意見…込み入ったご相談には男性職員が対応いたします): the city adopts the prejudice, block. Not a wish for a same-sex listener in a
  // sensitive matter (DV, 性暴力, 女性相談).
  {
    re: phrase('(?<![一-龥])(?:女性|男性|女|男|若い)(?:の)?(?:職員|スタッフ|係員|担当)?(?:ばかり|ばっかり|だけ|ばかりなので|では)[^\\n]{0,12}?(?:頼りな|頼りにならな|不安|心配|任せられな)[^\\n]{0,60}?(?<![一-龥])(?:男性|女性|ベテラン)(?:の)?(?:職員|スタッフ|係員|担当者?)(?:が|に)[^。！？!?\\n]{0,6}?(?:対応|担当|お受け|伺|代わ)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('dv|性暴力|性被害|セクハラ|女性相談|更衣|(?<!被)差別|偏見|固定観念|性別に(?:関係|かかわ|関わ)', 'u'),
  },
  // Team R27B-006 kind (dec2): staff labelled by a demeaning age-and-sex word (おばさん職員, おっさん職員, ババア先生): a put-down of age
  // and sex, warn.
  {
    re: phrase('(?:おばさん|おばちゃん|おっさん|おじさん|ババア|ばばあ|ジジイ|じじい|オバハン|おばはん)(?:の)?(?:職員|係員|スタッフ|議員|先生|店員|事務員|公務員|窓口)(?!の(?:皆|みな|方))', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|呼ばないで|呼ばれ|と呼ぶ|という呼び方|失礼', 'u'),
  },
  // Blind R234M-067 kind (dec3): a spouse or a parent called by a put-down label (ダメ夫さん, ダメ亭主, ダメパパ, ダメ嫁): a family role
  // mocked, stereotype warn. Not 夫婦 or 夫妻 after it, not a quoted label named as a wrong (「ダメ夫」という呼び方はやめ).
  {
    re: phrase('(?:ダメ|だめ|駄目)(?:夫(?!婦|妻)|亭主|旦那|だんな|パパ|親父|おやじ|嫁|主婦|ママ)', 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|固定観念|呼ばないで|呼ばれ|と呼ぶ|という(?:呼び方|言い方|言葉)|失礼', 'u'),
  },
  // Blind R234M-011 kind (dec3): a town's night (夜の沖端も, 夜の街は) said to be hot or wild and signed with a kiss or a leer
  // (熱いですよ💋, お盛んです😏): the night made an innuendo, sexual warn. Not a night event cheered with plain hearts or fire.
  {
    re: phrase('(?<![一-龥])夜の[^。！？!?\\n]{1,8}?(?:も|は|って)[、,]?[^。！？!?\\n]{0,16}?(?:熱い|熱く|あつい|あつく|激し|燃え(?:る|て|上が)|お盛ん|盛ん)[^。！？!?\\n]{0,10}?[💋😏🍆🍑]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    need: ['夜の'],
    veto: phrase('(?<!被)差別|セクハラ', 'u'),
  },
  // Blind R234M-011 kind (dec3): an animal's courtship (オスがメスを誘う, 求愛) likened with a leer to people (どこかで見たような…😏, 人間も
  // 同じ😏): the creature made an innuendo, sexual warn. Not a plain nature note (求愛のダンスが見られます).
  {
    re: phrase('(?:オス|メス|雄|雌)[^\\n]{0,30}?(?:誘|求愛|口説|アピール|交尾)[^\\n]{0,30}?(?:どこかで見た|見覚え|人間(?:も|と同じ|みたい|そっくり)|誰かさん)[^\\n]{0,10}?[😏💋😘🍆🍑]', 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
  },
  // Blind R235I-034 kind (dec3): a fire that burnt a building down (火事で倉庫が全焼) followed by its smoke savoured as a pleasant smell or
  // a season's charm (焚き火みたいな香ばしい香り, 冬が来たなあ): the loss made a mood, insensitive block. Not a fire supposed or guarded
  // against (火災予防, 火事に注意), not rebuilding (再建された店から香ばしい香り), not a fire likened to (火事みたいな紅葉).
  {
    re: phrase('(?:(?:火事|火災)(?!(?:の)?(?:よう|みたい)|かと|と間違)|全焼|半焼|焼失|焼け落ち)[^\\n]{0,60}?(?:香ばし|いい(?:匂い|におい|香り)|良い(?:匂い|香り)|焚き火(?:みたい|のよう)|たき火(?:みたい|のよう)|風情|(?:冬|秋)(?:が来た|が来る|の訪れ|の香り|の匂い|らしさ|を感じ)|季節(?:を感じ|の訪れ|感))', 'u'),
    rule: 'decency/insensitive',
    severity: 'block',
    para: true,
    veto: phrase('防|予防|訓練|想定|注意|気をつけ|気を付け|お見舞い|見舞|ご冥福|再建|復旧|復興|再開', 'u'),
  },
  // Blind R236I-025 / R237M-029 kind (dec4): a place marked by the marriages shunned with its people, told as its history even in
  // quotes (「あそこの家とは縁組みするな」と言われた土地, 縁談を避けてきた川向こうの一角, あの集落は昔から縁談を嫌がられ): origin
  // discrimination (部落差別) pointed at a place, block. 縁談 and 縁組 shunned in any form; 結婚 or 交際 only when refused to them (避けられ,
  // 反対され, するな), not young people avoiding marriage (結婚を避ける若者が多い地域); not a legend of lovers (駆け落ち, 悲恋), not the
  // paragraph condemning it (部落差別, 偏見, 許されない).
  {
    re: phrase('(?:(?:縁談|縁組み?|婚姻|嫁入り|婿入り|輿入れ)(?:を|が|は|も|ば)?[^。！？!?\\n]{0,4}?(?:避け|嫌が|いやが|嫌わ|断ら|断っ|敬遠|忌み|破談|反対|する(?:な|ん)(?![ら-ろあいくけこかがどのんぁ-ぉー〜~お])|せん(?:方|ほう)|しない(?:方|ほう)|まとまら)|(?:結婚|交際|付き合い|つきあい)(?:を|が|は|も)?[^。！？!?\\n]{0,4}?(?:避けられ|嫌がられ|いやがられ|嫌われ|断られ|反対され|する(?:な|ん)(?![ら-ろあいくけこかがどのんぁ-ぉー〜~お])))[^。！？!?\\n]{0,24}?(?:土地|集落|地区|一角|地域|在所|界隈|部落|(?<![一-龥])村(?![一-龥])|あたり|辺り)|(?:土地|集落|地区|一角|地域|在所|部落|(?<![一-龥])村)(?:の(?:人|者|もん|家|出身者|娘|息子)(?:たち|ら)?)?(?:は|とは|との|と)[、,]?[^。！？!?\\n]{0,20}?(?:縁談|縁組み?|婚姻|嫁入り|婿入り)(?:を|が|は|も)?[^。！？!?\\n]{0,4}?(?:避け|嫌が|いやが|嫌わ|断ら|敬遠|忌み|破談|まとまら)', 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['縁談', '縁組', '婚姻', '嫁入り', '婿入り', '輿入れ', '結婚', '交際', '付き合い', 'つきあい'],
    veto: phrase('伝説|伝承|民話|昔話|物語|駆け落ち|かけおち|悲恋|恋人|ロミオ', 'u'),
    pveto: phrase('(?<!被)差別|偏見|人権|許され|あっては|なくそう|なくしましょう|傷つけ|苦しめ|身元調査', 'u'),
  },
  // Blind R283Q-028 kind (decmisc16): a flood hazard under way, a canal or a road about to overflow or go under (大雨で掘割あふれそう,
  // 道路が冠水しかけ, 川が氾濫寸前), then a laugh or the water-town pun (ｗｗ, 草, 笑, これぞ本物の水郷): the danger made a joke, insensitive
  // warn (no one is hurt yet). Not the warning itself (あふれそうです。近づかないでください), not a feeling or a crowd that overflows.
  {
    re: phrase(`(?:掘割|(?:お)?堀|(?<![一-龥])川|河川|水路|用水路|排水路|クリーク|側溝|ため池|道路|(?<![一-龥])道)(?:の水)?(?:が|も)?[、,]?(?:あふれ|溢れ|氾濫し|決壊し|冠水し|浸水し|水没し)(?:そう|かけ|かかっ|出しそう|寸前|始め|はじめ)[^\\n]{0,40}?(?:${LAUGH_MARK}|(?<=[ぁ-ゖ])笑(?![ぁ-ゖ顔話声門点劇福])|(?:これぞ|まさに|本物の|ほんとの|リアル)[“”"「『]?(?:水郷|水の都))|(?:冠水|浸水|氾濫|決壊|水没)(?:寸前|間近|しそう|しかけ)[^\\n]{0,40}?(?:${LAUGH_MARK}|(?<=[ぁ-ゖ])笑(?![ぁ-ゖ顔話声門点劇福])|(?:これぞ|まさに|本物の|ほんとの|リアル)[“”"「『]?(?:水郷|水の都))`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    para: true,
    veto: phrase('近づかない|近寄らない|ご注意|注意し|避難|警戒|お気をつけ|気をつけて|気を付けて|危険です', 'u'),
  },
  // Blind R285D-029 kind (decmisc16): a harm to people (食中毒騒ぎ, 集団感染, けが人続出, 事故のせいで) made a windfall or a joke in the same
  // sentence with ｗ or 笑 (…屋台がどこもガラガラｗｗｗ 今なら並ばずに): insensitive warn. Not prevention (食中毒予防のポイント), not none
  // happening (事故なく終わりました).
  {
    re: phrase(`(?:食中毒|集団感染|院内感染|感染(?:者|拡大)|(?:交通|人身|転落|死亡)?事故|けが人|怪我人|ケガ人|負傷者|救急搬送)(?:の)?(?:騒ぎ|騒動|発生|続出|多発|が(?:出|発生|あっ|起き|相次)|のせい|の(?:おかげ|お陰))[^。！？!?\\n]{0,40}?(?:${LAUGH_W}|[（(]笑[)）]|(?<=[ぁ-ゖー〜！!？?…])笑(?![顔いうわえみっ話声つ])|[😂🤣😆])`, 'u'),
    rule: 'decency/insensitive',
    severity: 'warn',
    veto: phrase('ないよう|防止|予防|訓練|ゼロ|0件|０件|無事|防|なく|なかった|お見舞|ご冥福|お悔やみ', 'u'),
  },

  // Blind R300S-001 kind (dec20): the readers steered away from shops a foreign group runs on a stereotype (外国の方が出しているお店は
  // 衛生面が不安なので、地元の方のお店を選ばれることをおすすめ): a people avoided, block. Not a shop named (外国の方が出店するお店もあります).
  {
    re: phrase(`${FOREIGN_RUN}[^。！？!?\\n]{0,24}?(?:${SHOP_DOUBT})[^。！？!?\\n]{0,40}?(?:${STEER_D20})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: STEER_VETO_D20,
  },
  // Blind R303V-030 kind (dec20): the hedged national character (…列にも並ばない方が多いのは、やはりお国柄なのでしょうか) where the post
  // names the people or the region (アジアからの団体のお客さま): the people judged by behaviour, block; the W25 warn stays without one.
  {
    re: phrase(CHARACTER_HEDGED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['国民性', '民族性', 'お国柄'],
    topic: PEOPLE_NAMED,
    veto: phrase('違いを(?:理解|楽しみ|知|尊重|学)|理解し合|交流|偏見|(?<!被)差別|とは限ら|ではなく|決めつけ', 'u'),
    keep: faultStated,
  },
  // Blind R302K-008 kind (dec20): marriage with a place's people refused, handed on as a custom (集落の家とは縁組をしないという古い
  // 習わし…大切に受け継いでいきたい): block, as the elders' advice of dec4. Not a wedding custom shown, not the paragraph condemning it.
  {
    re: phrase(WED_CUSTOM, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('駆け落ち|かけおち|悲恋|恋人|ロミオ', 'u'),
    pveto: WED_CUSTOM_VETO,
  },
  // Blind R299D-022 kind (dec20): a problem said to be found most in a protected social status (不登校の児童生徒は、ひとり親家庭や生活保護
  // を受けている世帯に特に多く): the status blamed, block. Not support for the status (ひとり親家庭への支援制度), not the claim denied.
  {
    re: phrase(STATUS_SHARE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: STATUS_VETO,
  },
  // Blind R299D-036 kind (dec20): a body's weight or shape as the measure of a feat (体重のわりによく頑張りました, ぽっちゃりなのに速い):
  // the body mocked, lookism block. Not a weighing (体重測定), not a feat told plain.
  {
    re: phrase(BODY_FOR, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    keep: bodyOfPerson,
    veto: phrase('測定|計測|制限|(?<!被)差別|偏見|ルッキズム|関係な|関係あり|問いません|体重別|階級', 'u'),
  },
  // Blind R299D-014 kind (dec20): people of foreign roots told to fit in fast or be a burden (早く日本の食べ方やマナーに慣れてもらわないと、
  // 周りの子が困って): assimilation demanded, warn, in a quote as in a post. Not teaching offered, not support to settle in.
  {
    re: phrase(ASSIMILATE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: FOREIGN_ROOTS,
    veto: ASSIMILATE_VETO,
  },
  // Blind R302K-035 kind (dec20): young women as a sight that is a perk (若い子を眺めながら舟をこぐのが役得, 女の子見放題), even quoted from
  // someone the post relays with approval: sexual warn. Not the scenery watched, not a discount for yukata.
  {
    re: phrase(GIRLS_PERK, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    veto: phrase('(?<!被)差別|セクハラ|不適切|許され|やめ|控え|ではありません|偏見', 'u'),
  },

  // Blind R306N-026 kind (dec22): a neighbourhood's troubles put on a foreign group (騒音やごみ出しのルール違反は、外国人の住民が増えた
  // 地区に集中) with the writer's annoyance in the post (正直困ったものです): block. Not a multilingual guide, not the difference respected.
  {
    re: phrase(FOREIGN_BLAMED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: ANNOYED,
    veto: FOREIGN_BLAMED_VETO,
    pveto: FOREIGN_BLAMED_VETO,
  },
  // Blind R306N-030 kind (dec22): a role assumed of women (主婦の皆さんこそ、ぴったりのお役目, 女性には向いている見守り): warn where the
  // post names the task. Not women welcomed with everyone (主婦の方も大歓迎, 男女問わず).
  {
    re: phrase(ROLE_SEX, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: ROLE_TASK,
    veto: phrase('男女問わず|男女を問わず|性別を問わず|性別に関係な|男性も|男性の方も|どなたでも|(?<!被)差別|偏見|固定観念|決めつけ|思い込み|ではありません', 'u'),
  },
  // Blind R304W-016 kind (dec21): a place pointed at as where a discriminated status lived, and origin made a concern in marriage or in
  // buying land (この一角は…差別されていた人たちが暮らしていた場所で…縁談の際に「あそこの出かどうか」): 部落 located, block. Not the
  // history told to end the discrimination (人権学習, 解消), over the whole post.
  {
    re: phrase(`(?:${PLACE_PTR})[^。！？!?\\n]{0,60}?(?:${LOW_STATUS})[^。！？!?\\n]{0,80}?(?:${ORIGIN_CONCERN})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    named: true,
    pveto: LOCATED_VETO,
  },
  // Blind R304W-041 kind (dec21): welfare recipients as a group said to be seen gambling or idling, many of them or to taxpayers' just
  // grievance (受給されている方の中には、昼間からパチンコ店…少なくなく…納税されている皆さまのご不満ももっとも): block. Not plain law.
  {
    re: phrase(`(?:${RECIPIENT})[^。！？!?\\n]{0,20}?(?:${IDLE_ACT})[^。！？!?\\n]{0,40}?(?:${MANY_GRIEF})`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: phrase('生活保護|保護費|保護課|生保|受給', 'u'),
    veto: RECIPIENT_VETO,
  },
  // Blind R304W-015 kind (dec21): a family status first and a failing said to run high in it (ひとり親のご家庭で育ったお子さんは…非行に
  // 走る割合も高い): the status blamed, warn. Not support offered.
  {
    re: phrase(STATUS_FIRST, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: STATUS_VETO,
  },
  // Blind R304W-014 kind (dec21): a crowd or a delay put on the old as its cause (混み合うのは…不慣れなご年配の方が…何度も確認されるのが
  // 主な理由): age blamed, warn. Not busy hours told, not help for the old.
  {
    re: phrase(OLD_BLAMED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|とは限ら|お手伝い|サポート|寄り添', 'u'),
  },
  // Blind R304W-001 kind (dec21): a person's looks made a joke (イケメン枠ではないけど, ぽっちゃり体型とこの顔のおかげで): lookism warn,
  // consent or not. Not the person named plain.
  {
    re: phrase(LOOKS_JOKE, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    veto: LOOKS_JOKE_VETO,
    pveto: LOOKS_NOT_PERSON,
  },
  // Blind R304W-027 kind (dec21): women's wet or see-through clothes relished (透け透けになったTシャツ姿がまぶしすぎて…テンション爆上がり):
  // sexual warn where the post names women. Not the change of clothes asked.
  {
    re: phrase(SEE_THROUGH, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    topic: WOMEN_SEEN_D21,
    veto: phrase('(?<!被)差別|セクハラ|不適切|許され|やめ|控え|ではありません|盗撮', 'u'),
  },
  // Blind R308T-027 kind (dec56): visitors named by origin and a fault presumed of them (中国本土からの団体さんが来る日は…騒がしくなりがち):
  // tourists ranked by where they come from, block. Not the fault denied or praise, not a sign made readable for them.
  {
    re: phrase(ORIGIN_FAULT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ORIGIN_FAULT_VETO,
    keep: visitorFaultStated,
  },
  // … or the hours without them recommended, their days to be avoided (中国からの団体客が少ない午前中がおすすめ): block.
  {
    re: phrase(ORIGIN_AVOIDED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ORIGIN_FAULT_VETO,
  },
  // Blind R308T-032 kind (dec56): the old called slow and a wait for the others, asked to come on weekdays or quiet hours (お年寄りは乗り降りに
  // 時間がかかり、ほかのお客様をお待たせ…平日にお越しいただくよう): warn. Not a quiet time offered to all, not a service for the old.
  {
    re: phrase(OLD_SLOW, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: BUSY_AWAY,
    veto: phrase('気にしないで|気にせず|お気になさらず|大丈夫|焦らず|あせらず|慌てず|あわてず|ゆっくりどうぞ|構いません|かまいません|ご希望|希望され|専用|優先|シニアタイム|割引|サポート|お手伝い|介助|(?<!被)差別|偏見|ではありません|わけではな|とは限ら', 'u'),
  },
  {
    re: phrase(OLD_AWAY_THEN_SLOW, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    para: true,
    wide: true,
    veto: phrase('気にしないで|気にせず|お気になさらず|大丈夫|焦らず|あせらず|慌てず|あわてず|ゆっくりどうぞ|構いません|かまいません|ご希望|希望され|専用|優先|シニアタイム|割引|サポート|お手伝い|介助|(?<!被)差別|偏見|ではありません|わけではな|とは限ら', 'u'),
  },
  // Blind R309C-010 kind (dec56): a foreign group's presence told and the next sentence telling everyone to guard valuables (…技能実習生の方も
  // 多く避難されています。盗難防止のため、貴重品は…): theft tied to the group, block. Not the group as the target, crowds or a readable notice.
  {
    re: phrase(THEFT_NEXT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('狙|被害に遭|被害にあ|ターゲット|落とし物|忘れ物|紛失|落とさ|置き忘れ|混雑|混み合|込み合|人出|人混み|人ごみ|人込み|多言語|英語|通訳|翻訳|やさしい日本語|(?<!被)差別|偏見', 'u'),
  },
  // Blind R310H-009 kind (dec56): young women whose coming changes the old men (若い女の子が来てくれると、おじいちゃんたちの顔色が全然違う):
  // women as a draw, warn.
  {
    re: phrase(DRAW_D56, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    veto: phrase('(?<!被)差別|セクハラ|ハラスメント|偏見|ではありません|わけではな', 'u'),
  },
  // … and young women welcomed in a call where the post speaks of the old men (女子大生さん大歓迎！ with おじいちゃんたち): warn.
  {
    re: phrase(WELCOMED_F, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    topic: OLD_MEN_TOPIC,
    veto: phrase('限定|専用|女性向け|女子会|キャリア|検診|健診|(?<!被)差別|偏見', 'u'),
    pveto: phrase('男性(?:の方|の皆さん)?も|男女(?:問わ|を問わ)|性別(?:を)?問わ|どなたでも|男性(?:団員|職員|社員|技術者|会員)?(?:が|の)(?:多い|中心|大半|ほとんど|多数)|女性(?:の)?(?:分団|団員|職員|技術職員|技術者|社員|消防団員)(?:も|が)(?:活躍|増え)', 'u'),
  },
  // Blind R310H-035 kind (dec56): a disability as the measure of brightness or skill (障がいがあるとは思えないほど皆さん明るく, 障害者なのに
  // 前向き, 障がいに負けず笑顔で): the inspiration frame, warn. Not an invisible disability explained (ヘルプマーク), not the notion answered.
  {
    re: phrase(`${DISABLED_SURPRISE}|${DISABLED_DESPITE}|${DISABLED_MARVEL}`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: DISABLED_FRAME_VETO,
  },
  // Blind R310H-036 kind (dec56): a foreign group said to lack the habit of keeping rules or time (外国籍の保護者の方は…時間を守る習慣が
  // 身についていないことが多いため): block.
  {
    re: phrase(HABIT_PRESUMED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|決めつけ|思い込み|とは限ら|ではありません|わけではな|思われがち|誤解', 'u'),
  },
  // … and a duty laid on a foreign group that the Japanese are spared (…必ず説明会にご参加ください。日本人の保護者の方は任意です): block.
  // Not a document or a procedure the law asks of foreign residents (在留カード, 届出), not an interpreter arranged.
  {
    re: phrase(JAPANESE_SPARED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: phrase('在留|旅券|パスポート|国籍を証明|証明書|届出|届け出|手続|申請|書類|マイナンバー|住民票|帰化|法律|法令|通訳|翻訳|多言語|(?<!被)差別|偏見', 'u'),
  },
  // Blind R311E-005 kind (dec56): looks as a loss to fix (見た目でちょっと損しちゃってる人こそ), lookism warn; people named by body type
  // welcomed where the post promises to change them (ぽっちゃりさん大歓迎…変身しよっ), warn. Not a class that welcomes every body.
  {
    re: phrase(`${LOOKS_LOSS}|${FAT_LOSS}|${LOOKS_WASTED}`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    topic: LOOKS_TOPIC,
    veto: phrase('野菜|果物|果実|規格外|訳あり|わけあり|商品|物件|建物|まち|町|(?<!被)差別|偏見|ルッキズム', 'u'),
  },
  {
    re: phrase(`${BODY_WELCOMED}|${BODY_SOON_FIXED}`, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    topic: BODY_FIX,
    veto: BODY_FIX_VETO,
    pveto: HEALTH_PROGRAMME,
  },
  // Blind R311E-023 kind (dec56): a service kept to Japanese nationals (本制度の物件は日本国籍をお持ちの方に限ってご紹介) or closed to people
  // of other habits (生活習慣の異なる方のご入居はご遠慮): block. Not a vote, an office or a document the law ties to nationality.
  {
    re: phrase(JP_ONLY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: JP_SERVICE,
    veto: JP_ONLY_VETO,
    pveto: JP_ONLY_VETO,
  },
  {
    re: phrase(HABIT_APART, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな|問わず|関係なく|理解|尊重|交流', 'u'),
  },
  // Blind R311E-025 kind (dec56): the old presumed bad with machines and steered off them (機械の操作が苦手なご年配の方は、最初から窓口に来て
  // いただいたほうがスムーズ): a stereotype, warn. Not help offered at the machine or a class (お手伝い, 教室).
  {
    re: phrase(OLD_MACHINE, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: MACHINE_HELP_VETO,
  },
  // Blind R311E-028 kind (dec56): men in women's clothes joked about as awakening to "that way" (ｿｯﾁの道に目覚めないか心配です😂): warn,
  // block with a laugh. Not the tease named as harassment.
  {
    re: phrase(THAT_WAY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: CROSSDRESS,
    upgrade: phrase(`${LAUGH_MARK}|[😆🤭😏]`, 'u'),
    veto: phrase('(?<!(?:女装|男の娘|スカート|セーラー服|ドレス|メイド服|ナース服|ワンピース|化粧|メイク|口紅)[^]*)(?:料理|教室|講座|サークル|体験会)(?![^]*(?:女装|男の娘|スカート|セーラー服|ドレス|メイド服|ナース服|ワンピース|化粧|メイク|口紅))|ハラスメント|からか|茶化|いじり|ネタにし|(?<!被)差別|偏見|多様性|lgbt|性的指向', 'u'),
  },
  // Blind R311E-043 kind (dec56): people being judged enjoyed as a sight by the judge (候補の方々は…粒ぞろいで、審査の間じゅう目の保養を
  // させていただきました): looks appraised, lookism. Not works, flowers or scenery enjoyed.
  {
    re: phrase(JUDGED_TREAT, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    para: true,
    topic: JUDGED_TOPIC,
    veto: NOT_PEOPLE,
  },
  // Blind R311E-050 kind (dec56): a district's past hinted at and buyers advised to ask the neighbours about it (その地区の昔からの事情…近所の
  // 年配の方にそれとなく聞いておくと安心): 部落 inquired into, block. Not flood or ground history, not the inquiry named wrong.
  {
    re: phrase(ASK_LOCALS, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    topic: HOME_TOPIC,
    veto: ASK_LOCALS_VETO,
  },
  // Blind R311E-053 kind (dec56): a same-sex partnership's steps kept out of the others' sight (ほかの来庁者の目に触れないよう…会議室で), or
  // so for the residents who object (抵抗を感じられる市民の方も多いことに配慮し…奥の会議室): warn. Not a private room at the couple's wish or
  // for their privacy, unless the others' objection is given as the reason.
  {
    re: phrase(HIDDEN_FROM, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: MINORITY_TOPIC,
    veto: MINE_HIDDEN_VETO,
    unveto: phrase(OTHERS_UNEASE, 'u'),
  },
  {
    re: phrase(UNEASE_HIDDEN, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    para: true,
    topic: MINORITY_TOPIC,
    veto: phrase('(?<!被)差別|偏見|ではありません|わけではな', 'u'),
  },
  // Blind R312P-057 kind (dec57): youth, a body or a face given as the reason readers or visitors of one sex will come (若くてスタイルもいいので、
  // …手に取ってくれる男性が増えるかも): looks as the draw, block; a staff member named as what the men come for, warn.
  {
    re: phrase(LOOKS_DRAW, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    veto: LOOKS_DRAW_VETO,
  },
  {
    re: phrase(STAFF_DRAW, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    veto: LOOKS_DRAW_VETO,
  },
  // Blind R315E-042 kind (dec57): someone shown said to leave the onlookers nowhere to rest their eyes (船頭さんたちも目のやり場に困ってました😂):
  // sexual warn, block with a laugh or a leer. Not displays, flowers, couples or a dress code.
  {
    re: phrase(EYES_NOWHERE, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    topic: BODY_SHOWN,
    veto: EYES_VETO,
    pveto: EYES_PVETO,
    upgrade: phrase(`${LAUGH_MARK}|[😏🤤👀😍🤭]`, 'u'),
  },
  // Blind R315E-044 kind (dec57): a same-sex couple set against "normal" couples (同性カップルの方は、普通のご夫婦とは違い…): block.
  {
    re: phrase(NORMAL_COUPLE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: ORIENT_TOPIC,
    veto: NORMAL_QUOTED,
  },
  // … told to win their families over first (まずはご家族の理解を得てから) or presumed to have that fight ahead (ご家族の理解を得るのはなかなか
  // 大変だろうとお察しします): block.
  {
    re: phrase(FAMILY_FIRST, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: ORIENT_TOPIC,
    veto: FAMILY_VETO,
  },
  {
    re: phrase(FAMILY_HARD, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: ORIENT_TOPIC,
    veto: FAMILY_VETO,
  },
  // Blind R315E-050 kind (dec57): a generation said to lack endurance (我慢強さが足りないと言われがちな世代ですが, 最近の若手は打たれ弱く): warn.
  {
    re: phrase(GEN_WEAK, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: GEN_WEAK_VETO,
  },
  // Blind R315E-051 kind (dec57): the old said unable to appreciate something new (おじいちゃんおばあちゃんには良さが分からないかもしれませんが): warn.
  {
    re: phrase(OLD_NOT_GET, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: OLD_NOT_GET_VETO,
  },
  // Blind R319D-005 kind (dec58): a staff member's body or looks given as her introduction (新人の女性職員です！スタイル抜群で): lookism,
  // block where the paragraph speaks of staff.
  {
    re: phrase(LOOKS_PRED, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    topic: STAFF_TOPIC,
    veto: LOOKS_PRED_VETO,
    // rv-dec: the style of a skill or a thing (船頭さんの棹さばきのスタイルがきれい), not a body.
    keep: (sen, a) => !STYLE_OF_THING.test(sen.slice(Math.max(0, a - 12), a)),
  },
  // … and men said to come for a woman of the staff (…男性のお客さまが増えちゃうかも？): warn, block with a tease; block after her looks.
  {
    re: phrase(DRAWN_MEN, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    topic: FEMALE_STAFF,
    veto: DRAWN_MEN_VETO,
    upgrade: phrase(`ちゃ|[？?]|${LAUGH_MARK}|[♡💕😍😏😉]`, 'u'),
  },
  {
    re: phrase(`(?:${LOOKS_PRED})[^\\n]{0,80}?${DRAWN_MEN}`, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    para: true,
    topic: STAFF_TOPIC,
    veto: phrase(`${LOOKS_PRED_VETO.source}|${DRAWN_MEN_VETO.source}`, 'u'),
  },
  // Blind R319D-036 kind (dec58): staff mocked for age and being single and pushed to marry (30過ぎて独身の子が多い…行き遅れる前に婚活): block.
  {
    re: phrase(SPINSTER_D58, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: COLLEAGUES,
    veto: SPINSTER_VETO,
    // 売れ残り of stock (売れ残りの野菜を職員が引き取りました) is no person: only where the sentence speaks of marriage or age.
    keep: (sen, a) => !sen.startsWith('売れ残', a) || SPINSTER_TALK.test(sen),
  },
  // Blind R319D-018 kind (dec58): a place hinted at by a quoted euphemism for a district (「あの地区」と呼ばれてきた場所) and the readers warned
  // (気にされる方はご注意ください, そういった心配のない地域): block.
  {
    re: phrase(HINTED_AREA, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    topic: PROPERTY_TOPIC,
    veto: HINTED_AREA_VETO,
  },
  // Blind R319D-020 kind (dec58): people of another nationality kept out of a hiring or a service (外国籍の方は面接の対象外となります): block.
  {
    re: phrase(NATION_OUT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['対象外', 'お断り', 'お断わり', 'お受け', '受け付け', 'できません', 'いただけません', '頂けません', '不可', 'ご遠慮'],
    veto: NATION_OUT_VETO,
  },
  // Blind R319D-021 kind (dec58): the people of a region given a trait as a whole (関西の方はやはりお金にシビアで): stereotype, warn.
  {
    re: phrase(REGION_TYPED, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: REGION_TYPED_VETO,
  },
  // Blind R319D-026 kind (dec58): visitors named by origin whose coming makes one worry for manners, or praised as surprisingly well-behaved
  // (アジア系の団体さんが来るとマナーがちょっと心配になる): warn; the relief at their manners where the paragraph names them: warn.
  {
    re: phrase(ORIGIN_WORRY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: ORIGIN_WORRY_VETO,
  },
  {
    re: phrase(MANNERS_RELIEF, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: VISITOR_TOPIC,
    veto: ORIGIN_WORRY_VETO,
  },
  // Blind R319D-031 kind (dec58): cared-for or disabled adults presumed unable as a whole (利用者さんは難しいことはできないので) or likened to
  // small children (小さな子どもの相手をするつもりで): block where the paragraph speaks of care or disability.
  {
    re: phrase(CARED_UNABLE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: CARE_TOPIC,
    veto: CARED_UNABLE_VETO,
  },
  {
    re: phrase(CHILDLIKE_D58, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['子ども', '子供', 'こども', '幼児', '園児', '赤ちやん', '赤ん坊', '幼稚園', '保育園'],
    topic: CARE_TOPIC,
    veto: CHILDLIKE_VETO,
  },
  // Blind R319D-034 kind (dec58): the old not to be let drive for the town's sake, their licences to be taken (…ハンドルを握らせないほうが町の
  // ため, 免許は早めに取り上げましょう): block where the paragraph names the age.
  {
    re: phrase(NO_DRIVE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: AGE_TOPIC,
    veto: NO_DRIVE_VETO,
  },
  // Blind R319D-043 kind (dec58): a mental illness or a disability asked to come when the other users are few (…利用者の少ない平日の午前中に
  // ご来館ください), or with the family where the paragraph speaks of nuisance: block.
  {
    re: phrase(ILL_QUIET, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['心の', '精神', 'うつ病', '鬱病', '統合失調症', '双極性', '依存症', '発達障', '知的障', '自閉', '認知症', 'てんかん', '障害', '障がい', '障碍'],
    veto: ILL_QUIET_VETO,
  },
  {
    re: phrase(ILL_ESCORT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['心の', '精神', 'うつ病', '鬱病', '統合失調症', '双極性', '依存症', '発達障', '知的障', '自閉', '認知症', 'てんかん', '障害', '障がい', '障碍'],
    topic: NUISANCE_TOPIC,
    veto: ILL_QUIET_VETO,
    // rv-dec: a seat, a space or free entry provided for them beside the escort (専用の観覧席をご用意, 介助者の方は無料): access told, not a nuisance kept off.
    pveto: phrase('専用(?:の)?(?:席|観覧席|スペース|駐車|入口|窓口)|ご用意|介助者|無料|割引|減免', 'u'),
  },
  // Blind R319D-045 kind (dec58): sexual minorities spoken of as catching (子どもたちが影響されてまねをしないよう): warn, also where the
  // paragraph names rights.
  {
    re: phrase(CONTAGION, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['影響', '感化され', '染ま', 'まね', '真似', 'うつ', '移', '伝染', '感染', 'そつち', '目覚め', 'なつてしまう', 'なつちやう', 'なつたら'],
    topic: ORIENT_TOPIC,
    veto: CONTAGION_VETO,
    named: true,
  },
  // Blind R319D-049 kind (dec58): a same-sex pair joked about as "that way" (ｿｯﾁ系だと思われちゃうからね😂): warn, block with a laugh.
  {
    re: phrase(THAT_KIND, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: PAIR_TOPIC,
    veto: THAT_KIND_VETO,
    upgrade: phrase(`${LAUGH_MARK}|[😆🤭😏]`, 'u'),
  },
  // Blind R319D-058 kind (dec58): a wrong located where a group has moved in (アパートに外国の方が増えた地区で多い), or the group's neighbours
  // asked to keep an eye on it (近くに外国人が住んでいる方は、集積所を気にかけて見て): block.
  {
    re: phrase(WRONG_WHERE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: WRONG_TOPIC,
    veto: WRONG_WHERE_VETO,
  },
  {
    re: phrase(WATCH_NEIGHBOUR, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: WATCH_VETO,
  },
  // Blind R319D-060 kind (dec58): people seeking a same-sex partner kept out of an event (同性同士のお相手を探している方など…ご参加はご遠慮
  // ください): block; the "ordinary" family set as the condition of a call (ふつうの家庭を築きたいと考えている独身の男女です): warn.
  {
    re: phrase(SAME_SEX_OUT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: SAME_SEX_OUT_VETO,
  },
  {
    re: phrase(NORMAL_FAMILY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: NORMAL_FAMILY_VETO,
  },
  // Blind R323D-001 kind (dec59): a group set against "ordinary" people (ＬＧＢＴＱの方だけでなく、普通のご夫婦の方も): block.
  {
    re: phrase(APART_ORDINARY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: APART_ORDINARY_VETO,
  },
  // Blind R323D-004 kind (dec59): a foreign group's manners measured short of the Japanese (…マナーの面では日本人のお客様と同じようにはいかない): block.
  {
    re: phrase(FOREIGN_SHORT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: FOREIGN_SHORT_VETO,
    keep: (sen) => MANNERS.test(sen),
  },
  // Blind R323D-010/049 kind (dec59): a disabled or ill group presented as a danger, children kept from them or others' injury watched for
  // (心の病気を抱えた方も…お子さんを近づけず, ＡＤＨＤや自閉症のお子さんも…ほかのお子さんにケガをさせたりしないよう): block.
  {
    re: phrase(DIS_DANGER, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['近づけ', '近寄らせ', '遠ざけ', '関わらせ', 'かかわらせ', '接触させ', '近づか', '近寄ら', '関わら', 'かかわら', 'けが', '怪我', '危害', '暴力', '乱暴', '手を出', '嫌な思い', '怖い思い', 'こわい思い'],
    para: true,
    wide: true,
    veto: DIS_DANGER_VETO,
  },
  // Blind R323D-041 kind (dec59): a group kept to some hours so as not to bother the others, the bother told first (ほかのお客様のご迷惑に
  // ならないよう、車いすの方はできるだけ早い時間帯に): block.
  {
    re: phrase(BOTHER_GROUP, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['迷惑', '邪魔', '妨げ', '支障', '負担'],
    veto: phrase('優先|専用|貸切|(?<!被)差別|偏見', 'u'),
  },
  // Blind R323D-023 kind (dec59): a hire asked of one sex of an age or for the look it gives (窓口が明るく華やかになるよう、２０代〜３０代の女性の方の
  // 応募をお待ちしております): block where the paragraph recruits.
  {
    re: phrase(`${SEX_HIRE}|${SEX_LOOK_HIRE}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: HIRE_TOPIC,
    veto: SEX_HIRE_VETO_D59,
  },
  // Blind R323D-029 kind (dec59): fathers presumed at work, mothers with the children (パパはお仕事で来られないと思うので…奥さんを…送り出して
  // あげて): stereotype, warn where the paragraph speaks of children.
  {
    re: phrase(FATHER_AWAY, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['仕事', '送り出して'],
    topic: CHILDCARE_TOPIC,
    veto: FATHER_AWAY_VETO,
  },
  // Blind R323D-031 kind (dec59): the old as drivers called a fright as a whole, an age told to give up the wheel (ご高齢の方の運転はどうしても
  // 周りをヒヤッとさせて, 75歳を過ぎたら、そろそろハンドルを置く時期): warn.
  {
    re: phrase(`${OLD_DRIVER_D59}|${AGE_QUIT}`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['運転', 'はんどる', '免許', '車'],
    veto: OLD_DRIVER_VETO,
  },
  // Blind R323D-033 kind (dec59): the young of today given a fault as a whole (すぐに辞めてしまう今どきの若者とは違う、根性のある方): warn.
  {
    re: phrase(YOUTH_FAULT, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: YOUTH_FAULT_VETO,
  },
  // Blind R323D-042 kind (dec59): foreign workers valued as cheap labour (日本の若者の半分くらいのお給料でも…働いてくれる) or as docile where
  // their work is sold (文句ひとつ言わず…働いてくれると評判): block where the paragraph names them.
  {
    re: phrase(CHEAP_PAY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['給', '賃金', '日当', '人件費', '報酬', '安く'],
    topic: WORKER_TOPIC,
    veto: LABOUR_VETO,
  },
  {
    re: phrase(DOCILE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: WORKER_TOPIC,
    veto: LABOUR_VETO,
    keep: (sen) => SOLD_WORK.test(sen) && SOLD.test(sen),
  },
  // Blind R323D-045 kind (dec59): a dialect called vulgar or shameful (「〜ばい」「〜けん」は品がない印象, きれいな標準語): stereotype, warn where the
  // paragraph names a dialect.
  {
    re: phrase(DIALECT_VULGAR, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['品', '汚', '恥ずかし', 'みつともな', '田舎', 'いなかつぽ', 'ださ', 'かつこ悪', '格好悪', '野暮', '粗野', 'がさつ', '印象', '教養', '頭が悪そう', 'ばかつぽ', '標準語'],
    topic: DIALECT_TOPIC,
    veto: DIALECT_VETO,
  },
  // Blind R323D-053 kind (dec59): a disabled group's work capped at simple tasks, told as praise (複雑な仕事は難しくても、単純作業であれば黙々と): block.
  {
    re: phrase(CAPPED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['単純', '簡単', '決まつた', '同じ', '繰り返し', '軽'],
    topic: CARE_TOPIC,
    veto: CARED_UNABLE_VETO,
  },
  // Blind R323D-054 kind (dec59): visitors of a named origin said to make a boat "lively" as a rule, or quiet-seekers steered off their times: block.
  {
    re: phrase(LIVELY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ORIGIN_FAULT_VETO,
    // Review rvdec59: not the liveliness welcomed in its sentence (国際色豊かでにぎやか, 楽しくにぎやか).
    keep: (sen) => !LIVELY_WELCOMED.test(sen),
  },
  {
    re: phrase(ORIGIN_QUIET, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    veto: ORIGIN_QUIET_VETO,
  },
  // Blind R323D-056 kind (dec59): newcomers, the young or foreigners said to fail a civic habit as a whole (都会から来られた方は…顔を出さない方が
  // ほとんど): stereotype, warn.
  {
    re: phrase(NEWCOMER_MOST, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: NEWCOMER_VETO,
  },
  // Blind R324M-021 kind (dec59): a colleague sexualised at a staff party: her revealing costume as the draw, the eyes on her body, a more
  // revealing one wished for (…さんのミニスカサンタ！…視線がずっと脚に釘付け…来年はぜひバニーガールでお願いします): sexual, block.
  {
    re: phrase(COLLEAGUE_SEXUAL, 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    need: ['ばにー', '水着', 'びきに', 'みにすか', '網たいつ', 'なーす服', 'めいど服', 'せーらー服', 'ちやいなどれす', 'れおたーど', 'はいれぐ', 'ぼでいこん', 'ねぐりじえ', 'らんじえりー', '下着', '目', '視線'],
    topic: STAFF_PARTY,
    veto: COLLEAGUE_SEXUAL_VETO,
  },
  // Blind dec59: surprise that a single parent or a child of one manages (シングルマザーなのにしっかり): stereotype, warn.
  {
    re: phrase(SINGLE_DESPITE, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: phrase('(?<!被)差別|偏見|決めつけ|ではありません|とは限ら', 'u'),
  },
  // Blind R327D-012 kind (dec60): people of another nationality kept to some of a service's units or hours (…入居いただける棟を限定): block.
  {
    re: phrase(KEPT_TO_D, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['限定', '限らせ', '制限', '指定', '分け', '分離', '別に', '限り', 'のみ'],
    veto: KEPT_TO_VETO,
  },
  // Blind R327D-029 kind (dec60): a childcare matter asked of the mother (できるだけお母さまが窓口にお越しください): stereotype, warn.
  {
    re: phrase(MOTHER_ASKED, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['母', 'まま', 'おかあ'],
    topic: CHILDCARE_TOPIC_D,
    veto: MOTHER_VETO,
    pveto: MOTHER_PVETO,
  },
  // Blind R327D-049 kind (dec60): a same-sex couple's being seen kept from children (…子どもたちも大勢いる場ですので、ああいうことは少し控えて): block.
  {
    re: phrase(NOT_BEFORE_KIDS, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['lgbt', '性的', '同性', 'げい', 'れずびあん', 'ばいせくしやる', 'とらんす', '同士', 'どうし'],
    para: true,
    wide: true,
    veto: NOT_BEFORE_KIDS_VETO,
  },
  // Blind R327D-050 kind (dec60): a foreign person's Japanese praised "despite the looks" (見た目によらずとても上手な日本語で): stereotype, warn.
  {
    re: phrase(DESPITE_LOOKS_D_RE, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['見た目', '見かけ', '外見', '見た感じ', 'るつくす', '顔', '肌の色', '容姿'],
    veto: DESPITE_LOOKS_VETO,
  },
  // Blind R327D-059 kind (dec60): a sexual minority or a foreign family measured against "ordinary" people (LGBTの方が普通の人と同じように): warn.
  {
    re: phrase(SAME_AS_NORMAL, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: ['ふつう', '普通', 'ふつー', 'のーまる'],
    topic: SAME_AS_TOPIC,
    veto: SAME_AS_VETO,
  },
  // Blind R328M-020 kind (dec60): a sexual minority said not to concern us, all "ordinary" here (うちの課は普通の人しかいないので、…関係のない話): block.
  {
    re: phrase(ONLY_NORMAL, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['ふつう', '普通', 'ふつー', 'のーまる', 'まとも'],
    topic: ONLY_NORMAL_TOPIC,
    veto: ONLY_NORMAL_VETO,
  },
  // Blind R330H-026 kind (dec61): a sexual minority's matter kept from the others' sight for their surprise (ほかのお客様が驚かれることもございます
  // ので、閉庁後に裏口から): warn. Not a time or a room at the person's wish.
  {
    re: phrase(HIDDEN_FOR_OTHERS, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: MINORITY_TOPIC_D,
    veto: HIDDEN_FOR_OTHERS_VETO,
  },
  // Blind R330H-028 kind (dec61): a disabled group alone asked off the busy days (車いすの方は、混雑する土日祝日を避けて平日にご来園いただきますよう): warn.
  {
    re: phrase(BUSY_DAYS_AWAY, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: BUSY_DAYS_AWAY_VETO,
  },
  // Blind R330H-031 kind (dec61): a foreign group's business made the cause of the wait, the Japanese told the quiet hours (…時間がかかり、窓口混雑の
  // 原因…日本人の方は、比較的すいている午前中の…): block.
  {
    re: phrase(CROWD_CAUSE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: CROWD_CAUSE_TOPIC,
    veto: CROWD_CAUSE_VETO,
  },
  // Blind R330H-033 kind (dec61): an age as the low bar of a person's vigour (お年の割にとてもお元気で): stereotype, warn.
  {
    re: phrase(AGE_DESPITE, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['割', 'わり'],
    veto: AGE_DESPITE_VETO,
  },
  // Blind R330H-037 kind (dec61): a minority's or a single parent's family told to hold back from joining (…浮いてしまうのではと心配です。…ご参加は、
  // もう少し様子を見てからでも): block.
  {
    re: phrase(HELD_BACK, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    wide: true,
    veto: HELD_BACK_VETO,
  },
  // Blind R330H-040 kind (dec61): readers called by a body-type nickname where the post frames the body by looks (鏡を見てドキッとした方…ぽっちゃりさん
  // 大歓迎！): lookism, warn.
  {
    re: phrase(BODY_NICK_CALL, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    topic: LOOKS_FRAME,
    veto: BODY_NICK_VETO,
  },
  // Blind R330H-041 kind (dec61): readers urged to come before their age or body is mocked (「おばさんになったね」って言われる前に): lookism, warn.
  {
    re: phrase(TAUNT_BEFORE, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    veto: TAUNT_BEFORE_VETO,
  },
  // Blind R330H-048 kind (dec61): a staff member as the men's draw, then her looks praised or the readers urged to approach her (美人ですからね〜。
  // 今度カウンターで声かけてあげてください😉): lookism, block.
  {
    re: phrase(STAFF_DRAW_ON, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    para: true,
    veto: LOOKS_DRAW_VETO,
  },
  // Blind R330H-055 kind (dec61): the old men perking up at young or pretty staff, winked at (いろんな意味で): sexual, block; and looks given as the
  // hire's draw in a call for staff (若くてきれいな方だと、…元気になります): lookism, block.
  {
    re: phrase(MEANINGS_WINK, 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    veto: phrase('(?<!被)差別|偏見|セクハラ|ハラスメント', 'u'),
  },
  {
    re: phrase(LOOKS_HIRED, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    topic: HIRING_TOPIC,
    veto: phrase('(?<!被)差別|偏見|ルッキズム|問わず|関係なく|ではありません|わけではな', 'u'),
  },
  // Blind R457J-019 kind (dec95): the women or the good-looking among participants or visitors given as what fires the speaker up (LOOKS_LIFT).
  {
    re: phrase(LOOKS_LIFT, 'u'),
    rule: 'decency/lookism',
    severity: 'warn',
    veto: LOOKS_LIFT_VETO,
  },
  // Blind R330H-051 kind (dec61): a service for disabled readers moved out of the way for the "general" users' ease (点字図書…奥の書庫横へ移しました。
  // おかげで一般の利用者の方の動線がすっきり): warn.
  {
    re: phrase(ACCESS_MOVED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    para: true,
    wide: true,
    veto: ACCESS_MOVED_VETO,
  },
  // Blind R336D-009 kind (dec62): welfare recipients told to keep out of pachinko or drink, or checked on for it (受給されている皆さまには、
  // 日中をパチンコ店などで過ごすことのないよう…確認させていただきます): block.
  {
    re: phrase(RECIPIENT_IDLE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: RECIPIENT_IDLE_TOPIC,
    veto: RECIPIENT_IDLE_VETO,
  },
  // … and, in a post about welfare, the readers told not to spend on gambling (保護費は生活のためのお金です。ギャンブルに使わないでください): block.
  {
    re: phrase(SPENT_ON, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['生活保護', '保護費', '生保'],
    topic: phrase('生活保護|保護費|生保', 'u'),
    veto: RECIPIENT_IDLE_VETO,
  },
  // Blind R336D-019 kind (dec62): people with dementia made a bother to the neighbours by going out (認知症の方がひとりで出歩かれると、…ご迷惑が
  // かかってしまいます): block.
  {
    re: phrase(ILL_BOTHER, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ILL_BOTHER_VETO,
  },
  // … and their families asked to keep them in (玄関に外から鍵をかけるなど、外に出さない工夫をお願いします): block.
  {
    re: phrase(CONFINE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: CONFINE_NEED,
    topic: CONFINE_TOPIC,
    veto: CONFINE_VETO,
  },
  // Blind R336D-025 kind (dec62): a single parent's or a welfare home's children presumed badly raised (しつけも行き届いていないことが多いので): block;
  // presumed badly fed (栄養が偏りがちで): warn.
  {
    re: phrase(POOR_KIDS_RAISED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: POOR_KIDS_VETO,
  },
  {
    re: phrase(POOR_KIDS_FED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    veto: POOR_KIDS_VETO,
  },
  // Blind R336D-051 kind (dec62): a foreign group's growing in a district made the cause of rubbish and noise (外国籍の住民の方が増えている地区では、
  // ごみ出しのルール違反や夜間の騒音トラブルが起きやすくなります): block.
  {
    re: phrase(GROWN_NUISANCE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    need: GROWN_NEED,
    veto: GROWN_VETO,
  },
  // Blind R336D-055 / R336D-060 kinds (dec62): an STI put on sex work, promiscuity or a sexual minority (風俗店の利用が主な原因です), or those people
  // singled out to be tested for the others' sake (特に同性の方と…夜のお仕事をされている方は、周りの方を守るためにも必ず受けてください): warn; a sexual
  // minority or a people named, block.
  {
    re: phrase(`${STI_BLAMED}|${STI_SINGLED}`, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    need: STI_NEED,
    topic: STI_TOPIC,
    veto: STI_VETO,
    upgrade: STI_UPGRADE,
  },
  // Blind R338N-007 / R338N-023 / R338N-028 kinds (dec63): a group presumed to forget whatever it is told, not to read or take to anything hard or
  // new, or to neglect what is sent to it (ご高齢の方は一度聞いてもすぐに忘れてしまわれるので, おじいちゃんおばあちゃんは難しい本は読まないから,
  // 外国籍の保護者の方は学校からのお便りを読まれないことが多いため): stereotype, warn.
  {
    re: phrase(PRESUMED, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    need: ['忘れ', '覚えられ', '覚えて', '物覚え', 'くれな', 'くれま', 'もらえな', 'もらえま', 'いただけな', 'いただけま', '読ま', '読め', 'わから', '分から', '理解でき', 'ついていけ', 'ついて行け', '使いこなせ', '好ま', '喜ば', '興味', '関心', '目を通', '確認さ', '見ない', '見ず', '見ません', '見られ', '返信さ', '返さ', '出さ'].map(foldString),
    veto: PRESUMED_VETO,
  },
  // Blind R338N-024 / R338N-033 kinds (dec63): the habit of keeping time or rules said to be missing or different in a foreign-rooted group named
  // by a demonstrative (この子たちはどうしても時間を守る感覚や集団のルールが日本の子とは違うので) or by its region (東南アジアの国々ではルールを守る習慣が
  // 根づいていないため): block.
  {
    re: phrase(`(?:${REGION_D})[^。！？!?\\n]{0,30}?(?:${HABIT_LACK})`, 'u'),
    keep: habitKept,
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['習慣', '意識', '感覚', '文化', '考え', '常識', '概念', '観念', 'もらる', '道徳', '良識', '民度'],
    veto: HABIT_VETO,
  },
  {
    re: phrase(`(?:${THESE_D})[^。！？!?\\n]{0,30}?(?:${HABIT_LACK})`, 'u'),
    keep: habitKept,
    rule: 'decency/discriminatory',
    severity: 'block',
    need: ['習慣', '意識', '感覚', '文化', '考え', '常識', '概念', '観念', 'もらる', '道徳', '良識', '民度'],
    topic: FOREIGN_TOPIC_D,
    veto: HABIT_VETO,
  },
  // Blind R338N-011 kind (dec63): a group's absence credited with ease (今年のクラスには手のかかる障がいのある子がいないので、授業がとてもスムーズに
  // 進んでいます): block.
  {
    re: phrase(ABSENT, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: ABSENT_VETO,
  },
  // Blind R338N-016 kind (dec63): someone told she is still a woman or has not given it up (「まだまだ女を捨ててないですね」と申し上げたら): sexual, block.
  {
    re: phrase(STILL_WOMAN, 'u'),
    rule: 'decency/sexual',
    severity: 'block',
    veto: STILL_WOMAN_VETO,
  },
  // Blind R338N-022 kind (dec63): a same-sex pair vouched not to be "that kind" of couple, the readers reassured (…「そういう関係ではないです」とのこと
  // なので、どうぞご安心ください): block.
  {
    re: phrase(SAME_SEX_VOUCHED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    para: true,
    need: ['同士', 'どうし', '同性'],
    veto: phrase('(?<!被)差別|偏見|人権|ハラスメント|からかい|からかわ|傷つ', 'u'),
  },
  // Blind R338N-029 kind (dec63): a named district's children or homes given a home or ability trait as a whole (北新町地区から通う子どもたちは、家庭の
  // 教育力に課題があるケースが多く): block.
  {
    re: phrase(DISTRICT_PRESUMED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: DISTRICT_VETO,
  },
  // Blind R338N-039 / R338N-060 kinds (dec63): young or good-looking women on the staff credited with more men coming (…若くてかわいらしい女性職員が
  // 入りました。心なしか男性の利用者さんの来館が増えた気がします): lookism, block.
  {
    re: phrase(STAFF_DRAW_D, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    para: true,
    wide: true,
    veto: STAFF_DRAW_VETO,
  },
  // Blind R338N-044 kind (dec63): a family's concern about a partner's origin sided with (…地区の出身かどうかを気にされる親御さんの気持ちも分からなくは
  // ありません): block, even where the post is about discrimination.
  {
    re: phrase(ORIGIN_SIDED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    named: true,
  },
  // Blind R338N-051 kind (dec63): a person praised or measured by being like her sex (華やかで女の子らしくてよかったです), or girls praised for cheering
  // rather than results (女子チームは勝ち負けよりも…盛り上げてくれる姿が): stereotype, warn.
  {
    re: phrase(`${SEX_LIKE}|${GIRLS_CHEER}`, 'u'),
    rule: 'decency/stereotype',
    severity: 'warn',
    veto: SEX_LIKE_VETO,
  },
  // Blind R338N-055 kind (dec63): a body type joked about as eating much (体格のいい子がそろっているクラスなので、お昼のお弁当がいつもの倍ありそうなのも
  // 納得です): lookism, block.
  {
    re: phrase(BODY_EATS, 'u'),
    rule: 'decency/lookism',
    severity: 'block',
    veto: BODY_EATS_VETO,
  },
  // Blind R338N-058 kind (dec63): women back from leave or on shorter hours called of little use (育休や産休から戻られた女性の先生は時短勤務でどうしても
  // 戦力になりにくいため): block.
  {
    re: phrase(MOTHERS_USELESS, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: MOTHERS_VETO,
  },
  // Blind R338N-049 kind (dec63): a place named by the foreign group living there and given as the reason for noise (ブラジル出身のご家族が多い団地
  // ですので、夜は少しにぎやかかもしれませんが、ご理解のうえ): block.
  {
    re: phrase(LIVED_NOISE, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: LIVED_NOISE_VETO,
  },
  // Blind R349D-015 kind (dec71): a trans person's identity denied, the body named as the truth and the person called a man in women's clothes
  // (性自認がどうであれ、体が男なら中身は女装したおじさんでしょう): block.
  {
    re: phrase(TRANS_DENIED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    topic: TRANS_TOPIC,
    veto: TRANS_DENIED_VETO,
  },
  // Blind R349D-036 kind (dec71): care for the old called a waste of the taxes (寝たきりのお年寄りに延命の医療費をかけるのは税金の無駄遣い): block.
  {
    re: phrase(CARE_WASTED, 'u'),
    rule: 'decency/discriminatory',
    severity: 'block',
    veto: CARE_WASTED_VETO,
  },
  // Blind R349D-053 kind (dec71): a protected group steered away from the centre for the neighbours' eyes (ご近所の目もあるので、中心部ではなく郊外
  // の一戸建てをおすすめ): warn.
  {
    re: phrase(STEERED_D, 'u'),
    rule: 'decency/discriminatory',
    severity: 'warn',
    topic: STEERED_TOPIC,
    veto: STEERED_VETO,
  },
  // Blind R352M-014 kind (dec71): a seasonal event made an adult innuendo (ふたりきりで…♡ 大人のひな祭り…🍑💦): sexual, warn.
  {
    re: phrase(ADULT_INNUENDO, 'u'),
    rule: 'decency/sexual',
    severity: 'warn',
    para: true,
    wide: true,
    topic: ADULT_TOPIC,
    veto: ADULT_VETO,
  },
  // Blind R359G-016 kind (DE): women told to keep quiet and out of running a matter (女は黙って…。祭りの運営に口出しせんでください): block.
  { re: phrase(SILENCED, 'u'), rule: 'decency/discriminatory', severity: 'block', para: true, veto: SILENCED_VETO },
  // Blind R359G-014 kind (DE): a figure praised against an age (とても60代には見えないスタイル): lookism, warn; not an exercise class's aim.
  { re: phrase(AGE_LOOKS, 'u'), rule: 'decency/lookism', severity: 'warn', veto: AGE_LOOKS_VETO },
  // Blind R360H-057 kind (DE): the old lumped as じじばば (朝からジジババで大混雑): warn; not a grandchild's じいじ・ばあば, not the word named.
  { re: phrase(JIJIBABA, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: JIJIBABA_VETO },
  // Blind R354B-024 kind (DE): deaths or a disaster called a season's custom (孤立死の対応…もはや夏の風物詩ですね〜😅): warn.
  { re: phrase(SEASONAL_HARM, 'u'), rule: 'decency/insensitive', severity: 'warn', para: true, wide: true, veto: SEASONAL_HARM_VETO },
  // Blind R360H-037 kind (DE): old participants laughed at for asking again (平均年齢80歳超え！同じ質問を3回（笑）): stereotype, warn.
  { re: phrase(OLD_FORGET_DE, 'u'), rule: 'decency/stereotype', severity: 'warn', para: true, veto: OLD_FORGET_VETO },
  // Blind R353A-048 kind (DE): visitors' girth laughed at (ふくよかなお客さんが多かったのか…完売でした笑): lookism, warn.
  { re: phrase(GIRTH_LAUGHED, 'u'), rule: 'decency/lookism', severity: 'warn', veto: GIRTH_VETO },
  // Blind R354B-051 kind (DE): people urged to marry or bear children (独身のみなさんも早く結婚して産んでくださいね): stereotype, warn.
  { re: phrase(URGED_TO_BEAR, 'u'), rule: 'decency/stereotype', severity: 'warn', veto: URGED_VETO },
  // Blind R356D-055 kind (DE): a short skirt watched with a thrill (すかーとみじかくて…どきどきしちゃった…ずっとみてたよ👀): sexual, warn.
  { re: phrase(LEERED_DRESS, 'u'), rule: 'decency/sexual', severity: 'warn', para: true, veto: LEERED_VETO },
  // Blind R374X-044 kind: participants called heavy as a crowd and the floor feared for (重量級ぞろいで…床が心配です🐘): lookism, warn.
  { re: phrase(HEAVY_CROWD, 'u'), rule: 'decency/lookism', severity: 'warn', veto: HEAVY_VETO },
  // Blind R376Z-030 kind: the residents' excrement joked about (おしりから出たモノ、ありがたく頂戴しました〜🤣): crude, warn.
  { re: phrase(EXCRETA_JOKE, 'u'), rule: 'decency/crude', severity: 'warn', para: true, wide: true, veto: EXCRETA_VETO },
  // Blind R376Z-047 kind: a catcall on a staff member's body passed on as a laugh (「よか尻しとるね〜」って言われた笑): sexual, warn.
  { re: phrase(CATCALL_LAUGHED, 'u'), rule: 'decency/sexual', severity: 'warn', veto: CATCALL_VETO },
  // Blind R376Z-056 kind: every faith called a money-making (どこの宗教も…結局お金儲け): discriminatory, warn.
  { re: phrase(FAITHS_DISMISSED, 'u'), rule: 'decency/discriminatory', severity: 'warn', veto: FAITHS_VETO },
  // Blind R383G-029, R383G-048 kinds: an age group said to spoil a look, a people's conduct left to guess (the block above SENTENCE_KINDS).
  ...AGE_AND_ORIGIN_INNUENDO_KINDS,
  // Blind R383G-057 kind: people named by a body type shut out (ぽっちゃりさんは…見学で), or the slim alone invited: lookism, warn.
  { re: phrase(BODY_SHUT_OUT, 'u'), rule: 'decency/lookism', severity: 'warn', veto: BODY_SHUT_OUT_VETO },
  // Blind R395U-004, -007, -009, -010 kinds: a faith's people called terrorists or its needs selfishness, broken Japanese looked down on.
  ...FAITH_AND_TONGUE_KINDS,
  // Blind R398X-052, R400Z-016, R398X-039 kinds: foreign-rooted children likened to animals, residents' bodies mocked, bullying made light.
  ...SLUR_MADE_LIGHT_KINDS,
]
// phrase() builds global regexes; a kind is asked of one sentence at a time with exec/test, which would carry lastIndex from
// one check to the next (every other check of the same text missed a kind). The kinds' patterns are made non-global once.
for (const k of SENTENCE_KINDS) {
  k.re = new RegExp(k.re.source, k.re.flags.replace('g', ''))
  if (k.veto) k.veto = new RegExp(k.veto.source, k.veto.flags.replace('g', ''))
  if (k.pveto) k.pveto = new RegExp(k.pveto.source, k.pveto.flags.replace('g', ''))
  if (k.unveto) k.unveto = new RegExp(k.unveto.source, k.unveto.flags.replace('g', ''))
  if (k.topic) k.topic = new RegExp(k.topic.source, k.topic.flags.replace('g', ''))
  if (k.upgrade) k.upgrade = new RegExp(k.upgrade.source, k.upgrade.flags.replace('g', ''))
}
const SENTENCE_KINDS_GATE = new NeedGate(() => SENTENCE_KINDS.map((k) => k.need ?? requiredLiterals(k.re)))

/** The generic readings of looks, death, place and tasks, sentence by sentence: `[start, end, rule, severity]`. */
/** Which generic patterns may match a paragraph at all: one Aho–Corasick pass for the literals each needs (BROAD_GROUP, LOOKS_RATED, DEATH_TRIP, SURPRISED, WOMEN_CHORE). */
const genericGate = new NeedGate(() => [BROAD_GROUP, LOOKS_RATED, DEATH_TRIP, SURPRISED, WOMEN_CHORE].map((re) => requiredLiterals(re)))
export function genericMay(fo: string): boolean[] {
  const may = [false, false, false, false, false]
  for (const i of genericGate.tries(fo)) may[i] = true
  return may
}

/** `named`: the paragraph names prejudice (NAMES_PREJUDICE_ANYWHERE), so only the kinds that hold even then are read. */
export function genericKinds(fo: string, spans: readonly Span[], may: readonly boolean[], named: boolean): Array<[number, number, Rule, 'block' | 'warn']> {
  const found: Array<[number, number, Rule, 'block' | 'warn']> = []
  const tries = SENTENCE_KINDS_GATE.tries(fo)
  if (named) {
    // Kinds that hold even where prejudice is named (…への配慮は大切ですが、教育上の影響を考え).
    for (const s of spans) {
      const sen = fo.slice(s.start, s.end)
      for (const i of tries) {
        const k = SENTENCE_KINDS[i]!
        if (!k.named) continue
        const x = k.re.exec(sen)
        if (!x || (k.veto && k.veto.test(sen)) || (k.topic && !k.topic.test(fo)) || k.pveto?.test(fo)) continue
        found.push([s.start + x.index, s.start + x.index + x[0].length, k.rule, k.severity])
      }
    }
    return found
  }
  // Kinds read over the paragraph, where … or a line break parts the event from the laugh.
  for (const i of tries) {
    const k = SENTENCE_KINDS[i]!
    if (!k.para) continue
    const x = k.re.exec(fo)
    if (x && !(k.veto && k.veto.test(k.wide ? fo : fo.slice(x.index, x.index + x[0].length))) && !(k.topic && !k.topic.test(fo)) && !k.pveto?.test(fo)) found.push([x.index, x.index + x[0].length, k.rule, k.severity])
  }
  for (const s of spans) {
    const sen = fo.slice(s.start, s.end)
    if (sen.length < 6) continue
    if (/[？?]\s*$/u.test(sen) && ASKED_THEN_DENIED.test(fo.slice(s.end, s.end + 16))) continue
    for (const i of tries) {
      const k = SENTENCE_KINDS[i]!
      if (k.para) continue
      const x = k.re.exec(sen)
      if (!x || (k.veto && k.veto.test(sen) && !k.unveto?.test(fo)) || (k.topic && !k.topic.test(fo)) || k.pveto?.test(fo) || (k.keep && !k.keep(sen, x.index, x.index + x[0].length))) continue
      found.push([s.start + x.index, s.start + x.index + x[0].length, k.rule, k.upgrade?.test(sen) ? 'block' : k.severity])
    }
    const l = may[1] ? LOOKS_RATED.exec(sen) : null
    if (l && PEOPLE_SAID.test(sen) && !LOOKS_VETO.test(sen)) found.push([s.start + l.index, s.start + l.index + l[0].length, 'decency/lookism', FLIRTED.test(fo) ? 'block' : 'warn'])
    const d = may[2] ? DEATH_TRIP.exec(sen) : null
    if (d) found.push([s.start + d.index, s.start + d.index + d[0].length, 'decency/insensitive', 'warn'])
    const v = may[3] ? SURPRISED.exec(sen) : null
    if (v) found.push([s.start + v.index, s.start + v.index + v[0].length, 'decency/stereotype', 'warn'])
    const w = may[4] ? WOMEN_CHORE.exec(sen) : null
    // Women told to spare themselves (女の子は無理せず、お茶出しや洗濯で): the split is said without the men's half. Assigned by a call for members or a rota: block.
    if (w && (MEN_WORK.test(sen) || /力仕事|無理(?:を)?せず|無理しないで/u.test(sen)) && !SHARED_TASKS.test(sen)) found.push([s.start + w.index, s.start + w.index + w[0].length, 'decency/stereotype', /募集|採用|入団|団員|当番|で回/u.test(fo) ? 'block' : 'warn'])
    if (may[0] && !MANY_WHERE_VETO.test(sen)) {
      for (const m of matchAllOf(BROAD_GROUP, sen)) {
        const from = m.index + m[0].length
        if (MINORS.test(m[0]) || !MANY_WHERE.test(sen.slice(from, from + 30))) continue
        found.push([s.start + m.index, s.start + from, 'decency/discriminatory', 'block'])
        break
      }
    }
  }
  return found
}
