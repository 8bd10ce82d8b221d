/**
 * decency — the phrase table (PHRASES): word and sentence readings of every kind, read in this order through the shared phrase gate
 * (index.ts EARLY_PHRASES); each entry names its rule, and its `keep`/veto says what stays clean.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { requiredLiterals } from '../../literals'
import { foldString } from '../../text'
import { phrase } from '../../words'
import { BURAKU_VETO, OLD_KIN, AGED_NEED } from './age'
import { REFUSED_ANSWER } from './buraku-and-districts'
import { AWARENESS, OTHERS_KEPT_OFF, DENIED_REST, LABEL_DENIED, ACT, REFUSAL_DENIED, EXCLUDE_RE, NATION, GRASS_CUT, LAUGH_W, INSTEAD, BODY_VETO, STAFF, DANGER, near, DENIED, ANSWERED, CONDOLENCE, INSENSITIVE, SLUR_TALK, SUFFERED, RESIDENTS, DISABLED, AGED, DISMISSED, BODY_TYPED, PRESUMED_NOT, ROLE_TALK, rx, NAMES_PREJUDICE, type Phrase } from './context'
import { DISABLED_NEED, PROTECTED } from './disability-and-illness'
import { NOTICE_COLUMN } from './disaster-levity'
import { SHARE_DENIED, JOINED_D13, FEARED, AGREE_GROUP, R23_FOREIGN } from './foreigners-and-peoples'
import { MARRIAGE_TALK, BACKGROUND_CONTEXT, LIVE_IN, PERSON_SAID, YOUNG_NOW, TRAIT_GROUP, NORMAL_AGAINST, SET_APART, EXCLUDABLE, BRIDE_SOUGHT_BY } from './gender-roles-and-sexuality'
import { VOUCHED_NOT, LABOUR_WRONG, SHARE_GROUP, SAFETY, KEEP_OUT, UNNEEDED, SEX_OK, PROTECTED_NEAR, LAW_LIMIT_RE, ORIGINS_NAMED, SLUR_TALK_WORDING, NUISANCE, ROLE_BEFORE, WATCHED, MOSTLY_THERE, STANDS_OUT, GROUP_HOME_HAZARD, NUISANCE_RE, OFTEN, PRESUMED_TRAIT, PRESUMED_NEED, SIDED, EN_NATION, EN_PEOPLE, EN_HABIT, EN_GROUP, EN_EXCLUDE, EN_VETO, serviceLanguage, SURVEY_TOLD, BLAME_DENIED107, MIXED_SLUR, exposureCondemned, KEPT_APART, BLAMED90, VICTIM_D12 } from './group-prejudice'
import { BODY_HEAD, FIGURE_SCORED, FACE_LOOKS, LOOKS, styleNotBodyRV, faceNotPersonRV, STAFF_RE, MADE_BY, OLD_KIN_NEED, OWNED_THING } from './lookism'
import { condemnedInNextSentence } from './mentions'
import { BODY, SEXY, NOT_A_PERSON_AFTER, ANIMAL_TOPIC, PERSON, SEXY_VETO, PEOPLE_SHOWN, EN_NIGHT, EN_NUDGE, nightInnuendo } from './sexual-remarks'
import { THING_AFTER_TRAIT, PEOPLE_TRAIT, TRAIT, TRAIT_TOPIC, TRAIT_COMMON, HARD_GRANTED, HELP_OFFERED, PRESUMED_GROUP } from './stereotypes'

export const PHRASES: Phrase[] = [
  // Blind R367Q-040 kind: a night in the dark or a closeness forced by an outage or a storm joked about as leading to births
  // (停電の夜って…みんな自然とくっつくし…来年の今ごろベビーラッシュ来るやつじゃん？, 台風で家にこもったけん十月十日後が楽しみ😏): sexual
  // innuendo, warn. The dark, the closeness or the stay-in and a birth boom in one line; not a birth boom told as news (市内の保育園は
  // ベビーラッシュ) nor the blackout's care for babies (停電時の赤ちゃんのミルク).
  {
    rule: 'decency/sexual',
    re: phrase('(?:停電|暗闇|真っ暗|まっくら|くっつ|夜長|夜が長|二人きり|ふたりきり|巣ごもり|おこもり|こもりっきり|家にこもる|家にこもっ)[^\\n]{0,60}?(?:ベビーラッシュ|ベビーブーム|出産ラッシュ|十月十日後|とつきとおか後)|(?:ベビーラッシュ|ベビーブーム|出産ラッシュ)[^\\n]{0,30}?(?:停電|暗闇|真っ暗|まっくら)'),
    need: ['べびーらつしゆ', 'べびーぶーむ', '出産らつしゆ', '十月十日', 'とつきとおか'],
    severity: 'warn',
    instead: INSTEAD.sexual,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !/統計|調査|でーた|研究|論文|傾向がある|といわれ|と言われ|出生数|減少|起き(?:ず|なかつ)/u.test(fo.slice(s.start, s.end)),
  },
  // Round 107 (R107A-035): 部落 or 同和 problems blamed on the group or on the support it gets (同和地区の問題って、いつまでも特別扱い
  // するから無くならない): block; not a claim named as a misconception (…という誤解があります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|同和|部落|被差別部落)[^。！？!?\\n]{0,20}?(?:特別扱い|優遇|甘やかし|甘やか|逆差別|特権|えこひいき)[^。！？!?\\n]{0,16}?(?:から|せいで|せい|ので|けん|けえ)[^。！？!?\\n]{0,10}?(?:無くなら|なくなら|消えな|解決しな|終わらな|おかし|不公平|ずるい|いつまでも)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !BLAME_DENIED107.test(fo.slice(b, Math.min(s.end + 40, fo.length))),
  },
  // Round 107 (R107A-009): a woman's public role doubted for her home duties (女性の議員さんが増えるのは良いことですが、家庭がおろそかに
  // ならないか心配): warn; not support for combining work and family (両立を支援).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|女の人|女|ママさん|お母さん)(?:の)?[^。！？!?\\n]{0,12}?(?:が増え|がふえ|になる|になっ|になら|が就任|が就く|が務め|がやる|が出る|をやる|を務め|を引き受け|に就)[^。！？!?\\n]{0,24}?(?:家庭|家事|育児|子育て|家のこと|旦那さん|ご主人)[^。！？!?\\n]{0,12}?(?:おろそか|疎か|大丈夫|両立(?:でき|は)|手抜き|回らな|ほったらかし|放ったらかし)[^。！？!?\\n]{0,12}?(?:心配|不安|気がかり|気になり|気になる|どうな)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('支援|サポート|応援|託児|制度|相談', 'u').test(fo.slice(s.start, s.end)),
  },
  // Round 107 (R107A-034): a role said to go better with one sex (自治会長は男の人のほうが話がまとまる), passed on or endorsed: warn; not
  // a count (男性の方が多い), not a service kept to one sex for those it serves (相談員は女性).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:会長|自治会長|区長|班長|役員|委員長|議長|リーダー|代表|上司|管理職|店長|部長|課長|係長|市長|議員|団長|キャプテン|幹事|責任者)(?:は|って|なら|には)(?:やっぱり|やっぱ|やはり|正直|絶対|昔から)?[、,]?(?:男の人|女の人|男性|女性|男|女)(?:の(?:ほう|方)が|が)(?:[^。！？!?\\n]{0,8}?)(?:まとま|向いて|向いとる|安心|頼りに|頼れ|しっかり|務ま|うまく|上手く|締ま|いい|良い|よか)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('相談|更衣|性被害|dv|検診|誤解|思い込み|固定観念|ではありません', 'u').test(fo.slice(s.start, s.end)),
  },
  // Round 107 (R107A-067, R107A-145): an insult about a protected group hidden behind ○○ and given as the reason (センター長は女性ですが、
  // 正直○○なので心配, あの地区の人たちって、まあ○○だから仕方ない): warn (masking blocks the mask itself).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性|女の人|男の人|外国人|外国の(?:人|方)|地区の(?:人|方)|集落の(?:人|方)|部落|同和|障(?:害|がい)(?:者|の(?:ある|人|方))|高齢者|お年寄り|年寄り|在日|生活保護|ひとり親|シングルマザー|lgbt|同性愛)[^。！？!?\\n]{0,24}?[○〇●◯×]{1,4}(?:だから|なので|やけん|やから|じゃけ|だし|ですから|ですし)[^。！？!?\\n]{0,8}?(?:仕方(?:ない|な|が)|しょうがな|しょうがね|心配|不安|困る|困り|無理|どうしようも)'),
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Round 19f, ahead of the milder readings of the same words: a body type told to slim before coming (太っちょさんはダイエットしてから
  // 会いに来てね), a nosebleed at women in swimwear (水着のお姉さんがいっぱいで鼻血ブー).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${BODY_TYPED})[^。！？!?\\n]{0,16}?(?:ダイエット|痩せ|やせ|減量)(?:して|てから|してから)(?:から)?[^。！？!?\\n]{0,10}?(?:来て|会いに|参加|お越し|応募|乗って|着て)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('健康|医師|保健|生活習慣病|リスク', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('鼻血(?:ブー|ぶー|ぶう|が出(?:そう|る|た|ちゃ)|出そう|もの|ブッ|ぶっ)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => PEOPLE_SHOWN.test(fo.slice(Math.max(0, s.start - 60), s.end)) || phrase('お姉さん|女子|水着|ビキニ', 'u').test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Sexual remarks on a person's body.
  { rule: 'decency/sexual', re: phrase(`${BODY_HEAD}${BODY}(?:の(?:ライン|形|曲線|感じ|あたり|辺り|谷間))?(?:が|の|は|も|を|、)?(?:ちらっと|チラッと|ちらりと|もろに|しっかり|ばっちり)?${SEXY}`), need: ['胸', 'おつぱい', 'oppai', 'ばすと', '尻', 'けつ', 'ひつぷ', 'ふともも', '太', '脚', 'くびれ', '谷間', 'うなじ', '足', 'すたいる', 'ぼでぃ', '体つき', 'からだつき'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !NOT_A_PERSON_AFTER.test(fo.slice(b, b + 8)) && !ANIMAL_TOPIC.test(fo.slice(s.start, a)) },
  // Blind R361J-040 kind: two body parts coordinated and called impressive (胸もお尻もすごくて, 胸とお尻がやばい): leering at a person's body, block.
  { rule: 'decency/sexual', re: phrase(`${BODY}(?:も|と|や|、)${BODY}(?:も|が)?(?:すご|凄|スゴ|やば|ヤバ|えぐ|エグ|半端な|はんぱな|ハンパな)`), need: ['胸', 'おつぱい', 'ばすと', '尻', 'けつ', 'ひつぷ', 'ふともも', '脚', 'くびれ', 'すたいる'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !ANIMAL_TOPIC.test(fo.slice(s.start, a)) },
  // Blind R361J-043 kind: a couple's sounds of sex told with a wink (カップルのアレな声, 男女のエッチな声が聞こえて): block.
  { rule: 'decency/sexual', re: phrase('(?:カップル|男女|アベック|二人|ふたり)の(?:アレ|エッチ|えっち|やらしい|いやらしい)(?:な)?(?:声|こえ|音)'), need: ['の'], instead: INSTEAD.sexual },
  { rule: 'decency/lookism', re: phrase(`(?:${BODY_HEAD}(?:${BODY}|足|顔)|${FACE_LOOKS})(?:が|の|は|も)?(?:一番|特に|とても|すごく|めっちゃ)?${LOOKS}(?:さ|すぎ|過ぎ|い|くて|な|です)?`), need: ['胸', 'ばすと', '尻', 'ふともも', '脚', 'くびれ', 'すたいる', 'ぼでぃ', '体つき', '顔', '足'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !styleNotBodyRV(fo, s, a, b) && !faceNotPersonRV(fo, s, a, b) && (/脚|ばすと|くびれ|尻|ふともも|ぼでい|体つき/u.test(fo.slice(a, b)) || STAFF_RE.test(fo.slice(s.start, s.end))) },
  // Blind LE-002 follow-up (team DCH-043 kind): a figure given a score (笑顔もスタイルも100点満点, プロポーションも文句なし), as a staff
  // member's looks rated; the smile beside it no longer lends its 顔 (BODY_HEAD), so the score is read on the figure itself.
  { rule: 'decency/lookism', re: phrase(`${BODY_HEAD}${FIGURE_SCORED}`), need: ['スタイル', 'プロポーション', 'ボディ', '体つき', 'くびれ'].map(foldString), instead: INSTEAD.lookism, keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !styleNotBodyRV(fo, s, a, b) && STAFF_RE.test(fo.slice(s.start, s.end)) },
  // Clothing and looking: スカートの中, 下からの視線, 見えても眼福.
  // Blind R315E FP kind (dec57): チラ is a glimpse, not the ちら of どちら, こちら, チラシ or ちらほら (スカートの制服を男女どちらでも選べる), and ブラ
  // not ブラウス or ブランド; a garment is 注目 or 必見 only when worn (水着姿, 水着の女性), not a shop's corner (水着コーナーに注目).
  { rule: 'decency/sexual', re: phrase('(?:スカート|下着|パンツ|パンティ|ブラ(?![うしんじつ])|水着|浴衣の裾|胸元|谷間)[^。！？!?\\n]{0,24}(?:の中|見え(?:て|た|る|ちゃ)|覗|のぞ|(?<![どこそあ])チラ(?![しほばか])|眼福|視線|たまら)|(?:胸元|谷間|(?:スカート|下着|パンツ|パンティ|水着|ビキニ|浴衣)(?:姿|の(?:女性|女の子|女子|お姉さん|美女|美人|彼女|職員|スタッフ)))[^。！？!?\\n]{0,24}(?:(?:にも|に|を)?(?:ご)?注目|必見|👀)|見えても眼福|眼福(?:やけど|だけど|ですけど|です|やね|だね)|下からの視線|パンチラ|胸チラ|盗撮し(?:たい|よう)'), need: ['すかーと', '下着', 'ぱん', 'ぶら', '水着', 'びきに', '浴衣', '胸元', '谷間', '眼福', '視線', 'ちら', '盗撮'], instead: INSTEAD.sexual, keep: (fo, s) => !/防止|撲滅|対策|注意|被害|犯罪|警察|回収|洗濯|販売|貸し?出|持参|着用|着替え|更衣/u.test(fo.slice(s.start, s.end)) || /眼福|たまら/u.test(fo.slice(s.start, s.end)) },
  // Innuendo: 精力 (not 精力的), 夜のお相手, ヤれそう.
  { rule: 'decency/sexual', re: phrase('精力(?!的)|精力を(?:注|傾)|せいりょく(?!てき)|夜の(?:お相手|相手|営み)|やらせてくれ|抱き(?:たい|てえ)|抱かれたい|ムラムラ|むらむら|性欲|夜も(?:元気|がんば|頑張|すごい|すご|激し|上手|うま|たくまし|テクニシャン)|今夜は(?:寝かせ)|セクシー(?:な|すぎる)' + STAFF + '|色っぽい' + STAFF + '|(?<![ぁ-ゖ])(?:いやらしい|やらしい)|鼻の下(?:が|を)?(?:伸び|のび|伸ば|のば)|色っぽ(?:すぎ|過ぎ)|色気(?:が)?(?:すご|ムンムン|むんむん|たっぷり|ありすぎ)|セクシーすぎ|ラブホ|そのままホテル|スケベ|すけべ|助平'), need: ['鼻の下', '精力', 'せいりよく', '夜', 'や', '抱', 'むらむら', '性欲', '今夜', 'せくしー', '色つぽ', 'すけべ', '助平'], instead: INSTEAD.sexual, keep: (fo, s, a, b) => !/^精力を(?:注|傾)/u.test(fo.slice(a, b)) && (!/^夜も/u.test(fo.slice(a, b)) || nightInnuendo(fo.slice(s.start, s.end))) },
  // ヤれそう, ヤらせて (katakana: not やれる, やらせ). Blind R361J-043 kind: ヤッてる最中, ヤッちゃった (katakana ヤッ: the act, not やってる).
  { rule: 'decency/sexual', re: /ヤ(?:れ(?:る|そう|た)|ら(?:せ|れ|し)|り(?:たい|まくり|モク|目))|ヤレ(?:る|そう)|ヤラセ(?:て|ろ)|ヤッ(?:て(?:る|た|いる|いた|ちゃ)|ちゃ)(?!み)/gu, need: ['や'], instead: INSTEAD.sexual, squeezed: true },
  // Looks used to sell staff or residents: 美人すぎる職員, イケメン揃い, スタイル抜群の…さん.
  { rule: 'decency/lookism', re: phrase(`(?:美人|美女|美少女|美男|イケメン|男前|かわいい|可愛い|カワイイ|かわいすぎる|可愛すぎる|きれいな|綺麗な|キレイな|美形|スタイル抜群|スタイルのいい|スタイルの良い|ナイスバディ|セクシーな|色気のある|(?:スタイル|ボディ|プロポーション|美脚|脚線美|くびれ|バスト|ヒップ)(?:が)?自慢|プロポーション抜群|抜群のスタイル|抜群のプロポーション|プロポーションのいい|プロポーションの良い|モデル体型|グラマー|グラマラス|ダイナマイトボディ|わがままボディ)(?:すぎる|過ぎる|揃い|ぞろい|だらけ|な|の|を誇る|が自慢の|が魅力の)?(?:新人|若手|女性|男性)?${STAFF}${MADE_BY}|(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)(?=[^。！？!?\\n]{0,24}(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書|会いに))|(?<=(?:職員|スタッフ|窓口|受付|市役所|課|係|新人|船頭|ガイド|担当|秘書)[^。！？!?\\n]{0,16})(?:美人|イケメン|美女)(?:揃い|ぞろい|すぎる|過ぎる|だらけ|ばかり|ばっかり)|(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|美人な?)(?:子|娘|女性|女の子)(?:が|ばかり|ばっかり|揃い|ぞろい)(?:多|揃|いっぱい|たくさん|います|いる|そろ)|顔面偏差値|(?:レベル|顔)(?:が)?(?:高い|高く|高め)(?=[^。！？!?\\n]{0,20}(?:候補者|女性|女の子|コンパニオン|ミス|職員|ガール))`), need: ['美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', 'すたいる', 'ないすばでぃ', 'せくしー', '色気', '顔', 'れべる', 'ぼでぃ', 'ぷろぽーしよん', 'くびれ', 'ばすと', 'ひつぷ', 'もでる体型', 'ぐらま'], instead: INSTEAD.lookism, keep: (fo, s, a, b) => !(/まま$/u.test(fo.slice(a, b)) && !/^(?:さん|たち|友|が|は|も|[、。！!？?])/u.test(fo.slice(b, b + 2))) && (!phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物', 'u').test(fo.slice(s.start, s.end)) || phrase('職員|スタッフ|受付|新人|係', 'u').test(fo.slice(a, b))) },
  // Blind dec57: スタイル alone is a body, not a way of working or living (若い職員が多く、スタイルも自由な職場, ライフスタイル, 勤務スタイル).
  { rule: 'decency/lookism', re: phrase('(?:候補者|出場者|女性|女の子|コンパニオン|ガール|職員)(?:は|の|たち|が)[^。！？!?\\n]{0,16}(?:レベル(?:が)?高|顔面偏差値|美人揃い|美人ぞろい|脚のきれいさ|(?<![ぁ-ゖー一-龥])スタイル(?![^。！？!?\\n]{0,4}?(?:自由|選べ|選択|多様|提案|合わせ)))'), need: ['れべる', '顔面', '美人', '脚', 'すたいる'], instead: INSTEAD.lookism },
  // Staff described by their looks: 受付のお姉さん、めっちゃ可愛い; 色白美人; 容姿端麗な方.
  { rule: 'decency/lookism', re: phrase(`${STAFF}(?:は|が|、|って|も|の)?(?:めっちゃ|めちゃ|とても|すごく|超|本当に|ほんと|ほんとに)?(?:(?:可愛|かわい|カワイ)(?!そう|そか|そげ|そ[う〜ー])|美人|イケメン|セクシー|色っぽ|スタイル(?:が)?(?:いい|良い|よい|よく|良く|抜群))|色白美人|美人(?:で|と)(?:評判|有名|話題)|容姿端麗|顔(?:で|を見て)(?:選|採用)`), need: ['可愛', 'かわい', '美人', 'いけめん', 'せくしー', '色つぽ', 'すたいる', '容姿', '顔'], instead: INSTEAD.lookism, keep: (fo, s) => !phrase('人形|飾り|イラスト|キャラ|着ぐるみ|ぬいぐるみ|雛|マスコット|犬|猫|ペット|動物|赤ちゃん|子ども|子供|園児|児童', 'u').test(fo.slice(s.start, s.end)) },
  { rule: 'decency/lookism', re: phrase('(?:かわいい|可愛い|カワイイ|かわいらしい|可愛らしい|美人な?|きれいな|綺麗な|キレイな)(?:子|娘|女性|女の子|お姉さん)(?!ども|供|たち向け)'), need: ['かわい', '可愛', '美人', 'きれい', '綺麗'], instead: INSTEAD.lookism, keep: (fo, s) => phrase('市役所|職員|課|窓口|受付|スタッフ|係|新人|ガイド|船頭', 'u').test(fo.slice(s.start, s.end)) && !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット', 'u').test(fo.slice(s.start, s.end)) },
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
  // Round 49: women said to fit serving or cheering others rather than the task itself (女の子は力仕事より応援とお茶出しのほうが向いてるよね,
  // 女性職員は現場より受付とお茶くみが似合うけん): a sex put in its place, block, before the warn reading of a serving task handed to women;
  // not the notion answered (思われがち, ではありません) or spoken against (決めつけ, 偏見). Another line of work (事務, 受付) pointed
  // to is Round 47's milder reading.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:女性|女の子|女子|女の人|女)(?:の方|の皆さん|たち|陣|職員|スタッフ|団員|部員|チーム|さん)?(?:は|って|なんて|なら)[、,]?[^。！？!?\\n]{0,20}?(?:お茶出し|お茶くみ|お茶汲み|お酌|応援|声援|裏方|雑用|家事|炊事|配膳|片付け|後片付け|洗い物|炊き出し|マネージャー|チア(?:ガール|リーダー)?|花を添え|華を添え)(?:係|担当|役|要員)?(?:の(?:ほう|方)|くらい|ぐらい|あたり)?(?:が|で)?(?:やっぱり|断然|絶対)?(?:向いて|向いと|向いち|向き(?:だ|です|や|やけん|やね|ですね|でしょ)|似合|お似合い|合って|合っと|ぴったり|性に合|お手の物|一番(?:です|だ|や|よ|ね|でしょ|[。！!〜~]|$))'),
    need: ['女'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
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
  // Blind R279G-046 / R282V-019 kind (dec15): the same night joke said by the partner kept awake in dialect (奥さんば寝かせんごと), the
  // couple's night trailed off with an ellipsis or a heart (今夜は奥さんと…♡), or the husband's 元気 with a leer (旦那さんの元気が出る😏),
  // after a stamina word; not 精をつけて夏を乗り切ろう, not 今夜は奥さまと花火へ.
  // Round 61: a stamina food said to make a man "ready" tonight, with his partner told to look forward to it (うなぎ食べたら、今夜は元気
  // ﾋﾞﾝﾋﾞﾝ間違いなし♡ 奥さまもお楽しみに😏, ギンギンで旦那さんも大喜び, 奥さんも今夜は寝かせてもらえんかも): the slang of an erection
  // (ビンビン, ギンギン) by the night or a partner, or a partner told to look forward to something after a stamina word or a smirk
  // (not 子どもたちは朝から元気ビンビン, not 今夜の花火、奥さまもお楽しみに). Round 104 (R105A-030): the partner made to 張り切る or
  // ハッスル too (アゲマキは精がつくけん、今夜は旦那さんも張り切るかもね😏).
  {
    rule: 'decency/sexual',
    re: phrase('(?:びんびん|ぎんぎん)(?![ァ-ヶー])(?![^。！？!?\\n]{0,3}?(?:伝わ|感じ|響|ひびき|来る|くる|きた|来た|きます|来ます))|(?:奥さま|奥様|奥さん|嫁さん|旦那さん|旦那様|だんなさん|ご主人|彼女さん|彼氏さん|パートナー)(?:も|は|が)[^。！？!?\\n]{0,8}?(?:お楽しみ|楽しみ|大喜び|喜(?:ぶ|び|ば)|よろこ(?:ぶ|び|ば)|満足|寝かせてもらえ|眠れ(?:ない|ん|なく)|張り切|はりき|はっする|燃え(?:る|て|ちゃ|ちゃう))|(?:奥さま|奥様|奥さん|嫁さん|嫁|女房|旦那さん|旦那|だんなさん|ご主人|彼女|彼氏|パートナー)(?:ば|を)(?:寝かせ|ねかせ)(?:ん|な|ず|られ|ませ)|(?:今夜|今晩|今宵)(?:は|こそ)?(?:奥さま|奥様|奥さん|嫁さん|旦那さん|旦那様|だんなさん|ご主人|彼女|彼氏|パートナー)と(?:\\.{2,3}|…|‥|・{2,3}|[♡❤💕😏])|(?:旦那さん|旦那様|だんなさん|ご主人|殿方|男性|男)の(?:元気|げんき)が(?:出|で)(?:る|ます|ちゃう)(?=[^。！？!?\\n]{0,12}?[😏💋♡❤💕])'),
    need: ['びんびん', 'ぎんぎん', '奥さ', '奥様', '嫁', '女房', '旦那', 'だんな', 'ご主人', '彼女', '彼氏', 'ぱーとなー', '今夜', '今晩', '今宵', '殿方', '男'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40))
      if (/^(?:びんびん|ぎんぎん)$/u.test(fo.slice(a, b))) return /今夜|今晩|今宵|夜|奥さ|奥様|嫁さん|旦那|だんな|ご主人|彼女|彼氏|ぱーとなー|べつど|寝かせ|😏|😍|💋/u.test(w)
      // Round 105: スタミナ is read as folded (すたみな), and 😘 leers as 😏 does; a stamina word with only 😘 or the night is not an
      // event both enjoy (料理教室、ご主人も奥様も一緒に楽しみましょう😘, 今夜の花火大会は奥さまもお楽しみに😘).
      // Blind R279G-046 / R282V-019 kind (dec15): 精をつけて (not only 精が) is the stamina word too (精をつけて、今夜は奥さんと…♡).
      return /びんびん|ぎんぎん|精力|せいりよく|精が|精を|すたみな|夜も|寝かせ|😏|😘|💋/u.test(w) && /今夜|今晩|今宵|夜|😏|😘|💋|びんびん|ぎんぎん/u.test(w) && (/びんびん|ぎんぎん|精力|せいりよく|精が|精を|寝かせ|😏|💋/u.test(w) || !/一緒に|ご一緒|教室|講座|花火|祭り|まつり|大会/u.test(fo.slice(s.start, s.end)))
    },
  },
  // Blind R254L-030 kind (dec8): the same stamina innuendo in English: a food or a product credited with the night in bed (the secret
  // behind many a long night, all night long, in the bedroom, last longer, in the mood) and the reader nudged with a leer or a partner
  // who will thank them (Ask your partner to try it and thank us later!). Not a late event (a long night of lanterns) with no nudge,
  // not rest advised (stay in bed with a fever).
  {
    rule: 'decency/sexual',
    re: phrase(`(?<![a-z])(?:${EN_NIGHT})(?![a-z])[^\\n]{0,100}?(?:${EN_NUDGE})|(?:${EN_NUDGE})[^\\n]{0,100}?(?<![a-z])(?:${EN_NIGHT})(?![a-z])`),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/(?<![a-z])(?:fever|sick|ill|rest|insomnia|symptoms?|hospital|clinic)(?![a-z])|sleep\s{0,2}well/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R137I-028: a food's size in body-like pairs (太くて長い, 長くて太い, 太くて硬い, 大きくて硬い, ぶっとくて) with a leer (😏,
  // 💋, 🍆) or a heart with the night and stamina (うなぎのように太くて長い…♡ 今夜はスタミナつけちゃおう😏, ごぼうみたいに太くて硬い😏):
  // sexual innuendo. Not a size told plainly (太くて長いごぼうが採れました, 今夜は太くて長いうなぎでスタミナを！ with no leer or heart).
  {
    rule: 'decency/sexual',
    re: phrase('(?:太くて|ふとくて|ぶっとくて|ぶっとい|極太で)(?:長|なが|硬|かた|固|大き|おおき|たくまし|逞し)|(?:長くて|ながくて|硬くて|かたくて|固くて|大きくて|おおきくて|でっかくて|でかくて)(?:太|ふと|ぶっと|硬|かた|固)'),
    need: ['太', 'ふと', 'ぶつと', '長', 'なが', '硬', 'かた', '固', '大き', 'おおき', 'でつか', 'でか'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 30), Math.min(fo.length, Math.max(b + 60, s.end)))
      if (/[😏💋🍆]/u.test(w)) return true
      return /[♡❤💕]/u.test(w) && /今夜|今晩|今宵|夜/u.test(w) && /すたみな|精が|精を|精力|元気|ぱわー/u.test(w)
    },
  },
  // Round 61: a single-parent or other family said, as a fact, to tend to fall short in upbringing or conduct (ひとり親のご家庭は、
  // どうしてもしつけや生活習慣に問題を抱えがちです, 母子家庭のお子さんは礼儀や言葉遣いに欠ける傾向, 片親の子は素行が悪くなりやすい):
  // the group named in the sentence or the one before (not a need for support: 経済的な困難, 悩みを抱えがち; not the notion answered).
  // Blind R280C-001 kind (dec15): the same lack observed by the writer of the group's children who come (来てくれる子はやっぱり片親の家の子
  // が多くて…家庭のしつけが行き届いていないなと感じる場面も, 礼儀が身についていないと思うことが): an impression told as fact about the
  // group, block; not a parent's own worry answered by a consultation (しつけが行き届かないと感じている方はご相談ください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:しつけ|躾|生活習慣|生活態度|素行|行儀|礼儀|言葉遣い|言葉づかい|マナー|学力|情緒|問題行動|非行)[^。！？!?\\n]{0,10}?(?:問題|乱れ|悪(?:く|い|か)|わる(?:く|い)|課題|不安定|欠け|行き届か|行き届いて(?:い)?な|できて(?:い)?な|なって(?:い)?な|身につ(?:か|きにく|きづら|いて(?:い)?な)|低(?:く|い)|走り)[^。！？!?\\n]{0,8}?(?:がち|やすい|やすく|やすか|傾向|ことが多い|ことが多く|場合が多い|場合が多く|のが実情|のが現実|ものです|もんです|多いです|(?<=[いな])(?:な|なぁ|なあ)?と(?:感じ|思)(?:る場面|る(?:こと|とき|時)|ます|ました|う(?:場面|こと|とき|時)|った|いました|いまし|た)|(?<=[いな])(?:な|なぁ|なあ)?と(?:いう)?(?:印象|気が))'),
    need: ['しつけ', '躾', '生活', '素行', '行儀', '礼儀', '言葉', 'まなー', '学力', '情緒', '問題行動', '非行'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => {
      const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60))
      return /ひとり親|一人親|片親|母子家庭|父子家庭|母子世帯|父子世帯|しんぐるまざー|しんぐるふあざー|離婚家庭|生活保護|外国籍|外国人|外国の(?:方|人)|施設育ち|養護施設/u.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w)
    },
  },
  // A group blamed for a nuisance: 外国人観光客も増えましたが、ポイ捨てが増えたのもそのせいかも.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|中国人|韓国人|在日|移民|難民|留学生|技能実習生)[^。！？!?\\n]{0,40}?(?:その|の)せい(?:かも|だ|です|では|で|に)'),
    need: ['せい'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // A nuisance laid on a group as most of it, its crowd or its arrival (マナー違反は…外国人グループによるものがほとんど, 中国の人ばかりで、
  // ゴミ出しのマナーも悪い, 汚損、障がいのある方の利用が増えてから目立つ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:違反|迷惑|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,24}?(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?[^。！？!?\\n]{0,4}?(?:によるもの|の仕業|のもの|が(?:原因|犯人)|が(?:やった|した|出した|捨てた)もの)(?:が|は|で)?[、,]?(?:ほとんど|大半|大部分|多い|多く|多数|[8-9８-９八九]割)|(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:ばかり|ばっかり|だらけ)(?:で|やけん|だから|なので)[、,]?[^。！？!?\\n]{0,16}?(?:マナー|ルール|ゴミ出し|ごみ出し|分別|態度)(?:も|が|は)?[^。！？!?\\n]{0,4}?(?:悪|わる|守らな|守れな|守られな|ひど|なって(?:い)?な)|(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:の)?(?:利用|来館|来場|入居|居住|入所|転入)?(?:者)?(?:が|も)?(?:増えて(?:から|以来|きてから)|来るようになって(?:から)?|住むようになって(?:から)?)[、,]?[^。！？!?\\n]{0,20}?(?:違反|迷惑|無灯火|信号無視|二人乗り|逆走|無免許|飲酒運転|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,12}?(?:目立|増え|多く|ひどく|悪く|起き)|(?:違反|迷惑|ポイ捨て|不法投棄|騒音|トラブル|苦情|落書き|盗難|犯罪|汚損|破損|汚れ|散らか|荒ら)[^。！？!?\\n]{0,16}?(?:外国人|外国の(?:方|人)|外国籍の(?:方|人)|(?:${NATION})(?:の)?(?:人|方)|実習生|留学生|移民|難民|生活保護(?:受給者|の(?:方|人))?|障(?:害|がい|碍)(?:者|児|のある(?:方|人)|をお持ちの方)|車(?:いす|椅子)の(?:方|人))(?:グループ|団体|住民|観光客|利用者|の(?:方々|グループ|団体))?(?:の)?(?:利用|来館|来場|入居|居住|入所|転入)?(?:者)?(?:が|も)?(?:増えて(?:から|以来|きてから)|来るようになって(?:から)?|住むようになって(?:から)?)[、,]?[^。！？!?\\n]{0,12}?(?:目立|増え|多く|ひどく|悪く|起き)`),
    need: ['ほとんど', '大半', '大部分', '多', '割', 'ばかり', 'ばつかり', 'だらけ', '増え', '来るよう', '住むよう'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => !AWARENESS.test(fo.slice(a, s.end)),
  },
  // Round 45: the share of a wrong put on a group, the share first (落書きの多くは、ひとり親家庭の子どもによるものだというデータも,
  // 不法投棄のほとんどが外国人の仕業です); not when the claim is denied (…というのは誤解です, …ではありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:違反|迷惑行為|ポイ捨て|不法投棄|騒音|トラブル|落書き|盗難|窃盗|万引き|犯罪|非行|汚損|破損|事件)[^。！？!?\\n]{0,8}?の(?:多く|ほとんど|大半|大部分|半数以上|半分以上|[6-9６-９六七八九]割(?:以上)?)(?:は|が)[、,]?[^。！？!?\\n]{0,10}?${SHARE_GROUP}(?:の)?(?:子|子ども|子供|お子さん|少年|若者|家庭|世帯|住民|出身者|グループ|団体)?(?:たち|ら)?(?:によるもの|による|の仕業|のしわざ|のせい|が(?:原因|犯人|やった|した|起こした))`),
    need: ['多く', 'ほとんど', '大半', '大部分', '半数', '半分', '割'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(a, s.end)) && !SHARE_DENIED.test(fo.slice(b, s.end)),
  },
  // The old called idle as the ones who object (反対しているのは…暇な年寄りばかり), or their talk at their own event endured as a joke
  // (お年寄りの長話と同じ話の繰り返しに付き合う半日（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:暇|ひま|ヒマ)(?:な|を持て余(?:した|して(?:い)?る))(?:${AGED}|じじい|ばばあ|ジジイ|ババア)(?:たち|達|連中|ども|ら)?(?:ばかり|ばっかり|ばっか|だけ|連中|ども|が[^。！？!?\\n]{0,8}?(?:文句|反対|苦情|クレーム|騒|口を出|口出し))`),
    need: AGED_NEED,
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${AGED})(?:たち|達|の皆さん|の皆様|方)?の(?:長話|長い話|同じ話|昔話|自慢話|愚痴|お説教|説教|繰り返し)[^。！？!?\\n]{0,20}?(?:付き合|つきあ|聞かされ|聞き流|相手(?:を)?する|我慢|耐え|覚悟|修行|地獄|拷問|苦行)(?=[^。！？!?\\n]{0,20}?(?:[😂🤣😅😆💦]|笑|ｗ|(?<![a-z])w+(?![a-z])))`),
    need: AGED_NEED,
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
  // … asserted as the reason for a measure (あそこん地区ん者は昔から気の荒かけん、気をつけんと): block.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?:集落|地区|地域|部落)(?:の|ん)|(?:あっち|そっち|あそこ|向こう)(?:の|ん)(?:(?:地区|集落)(?:の|ん))?)(?:方々|人たち|人ら|人|住民|もん|者|連中)(?:は|って|な|ら)?[、,]?[^。！？!?\\n]{0,8}?(?:気性(?:が|の|ん)?荒|気(?:が|の|ん)荒|柄(?:が|の|ん)悪|ガラが悪)(?:か|い|く)(?:けん|けえ|から|ので|もんで|し[、,])'),
    need: ['荒', '悪'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !/実際(?:は|には)|本当(?:は|には)|そんなこと(?:は)?(?:ない|なか|ありません)|誤解|偏見|思い込み|と(?:言|い)われ/u.test(fo.slice(s.start, s.end)),
  },
  // A district's people typed (北部の集落の方々は昔から気性が荒い), welfare recipients presumed idle (意欲さえあれば),
  // housekeeping presumed the wife's (男性の方は奥様にお伝えください).
  // Blind R257P-048 kind (dec9): the people named by the settlement or district they come from (集落の出身の方は, 地区出身の人は) typed
  // by temper the same way, even when the saying is passed on as hearsay and then praised (…気性が荒いなんて言われますが…頼もしい);
  // origin by district touches 部落 and family origin. Not a saying denied (実際は, 誤解, 偏見).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<!同和|どうわ)(?:集落|地区|地域)(?:の|ん)|(?:あっち|そっち|あそこ|向こう)(?:の|ん)(?:地区の|集落の)?|(?<!同和|どうわ)(?:集落|地区|地域)(?:の|ん)?出身(?:の)?(?=方|人|者))(?:方々|人たち|人ら|人|住民|もん|者|連中|方)(?:は|って|な|ら)?[、,]?[^。！？!?\\n]{0,8}?(?:気性(?:が|の|ん)?荒|気(?:が|の|ん)荒|柄(?:が|の|ん)悪|ガラが悪|怖い|閉鎖的|排他的|民度|マナー(?:が|の|ん)?(?:悪|わる))|(?:生活保護|受給者|受給されて)[^。！？!?\\n]{0,24}?(?:意欲さえ|やる気さえ|働く気さえ|その気さえ)|男性(?:の方)?(?:は|には)[^。！？!?\\n]{0,10}?奥様に(?:お伝え|教え|渡し|見せ)'),
    need: ['気性', '荒', '柄が悪', '柄の悪', '柄ん悪', 'がらが悪', '怖い', '閉鎖的', '排他的', '民度', 'まなー', '意欲さえ', 'やる気さえ', '働く気さえ', 'その気さえ', '奥様に'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !/実際(?:は|には)|本当(?:は|には)|そんなこと(?:は)?(?:ない|なか|ありません)|誤解|偏見|思い込み/u.test(fo.slice(s.start, s.end)),
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
    // Round 118 (II-122): 売れ残り of goods (売れ残り品の引き取り, 野菜の売れ残り) is stock; bare, it is said of a person only where the
    // sentence speaks of people, age or marriage.
    keep: (fo, s, a, b) => !/^売れ残りの?$/u.test(fo.slice(a, b)) || (!/^(?:[品物分]|商品|在庫|野菜|ぱん|弁当|食品)/u.test(fo.slice(b, b + 2)) && MARRIAGE_TALK.test(fo.slice(s.start, s.end))),
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
  // A couple's sex life hinted at with a double-meaning word and a wink or a "not too much" (R51A-079: ご夫婦の濃厚接触は
  // ほどほどにね😏, 新婚さんは夜の運動会もがんばってね😉); not a health notice (濃厚接触者, 濃厚接触を避け) nor fertility support.
  {
    rule: 'decency/sexual',
    re: phrase('(?:ご夫婦|夫婦|ふうふ|ご夫妻|夫妻|カップル|恋人|新婚(?:さん|夫婦)?|お二人|おふたり|ふたり|二人)(?:同士|どうし)?(?:の|で|は|も|間の|間で)?[^。！？!?\\n]{0,8}?(?:濃厚接触(?!者|を(?:避|さけ))|夜の(?:運動会|プロレス|営み|仲良し|なかよし|生活)|子作り|子づくり|イチャイチャ|いちゃいちゃ|イチャつ|いちゃつ)[^。！？!?\\n]{0,12}?(?:ほどほど|控えめ|ひかえめ|やりすぎ|やり過ぎ|しすぎ|し過ぎ|お盛ん|おさかん|励んで(?:ね|ください|下さい)|頑張って(?:ね|ください|下さい)|がんばって(?:ね|ください|下さい)|がんばれ|頑張れ|[😏😉😘🤭💋])(?:[ぁ-ゖ]{0,3}[😏😉😘🤭💋])?'),
    need: ['夫婦', 'ふうふ', '夫妻', 'かつぷる', '恋人', '新婚', '二人', 'ふたり'],
    instead: INSTEAD.sexual,
  },
  // Personal advances to a resident or staff member: めっちゃタイプ, 彼氏いるの？, 連絡先教えて♡.
  { rule: 'decency/sexual', re: phrase(`(?:${STAFF}|女性|女の子|男性|この人|この子|写真の(?:方|人|子))(?:、|が|は|って)?(?:めっちゃ|めちゃ|すごく|超|ほんと|マジで)?(?:タイプ|好み|ドストライク|どストライク)|(?:彼氏|彼女|恋人)(?:は)?(?:いる|おる)(?:の|ん|と)?[？?]|(?:連絡先|LINE|ライン)(?:を)?(?:教えて|交換し(?:よう|ませんか))(?=[^。！？!?\\n]{0,6}(?:♡|💕|😘|😍|😏|ね|よ))`), need: ['たいぷ', '好み', 'すとらいく', '彼氏', '彼女', '恋人', '連絡先', 'line', 'らいん'], instead: INSTEAD.sexual },
  // Sexual words said of people (citizens, students, staff): 女子高生の浴衣姿がそそる, 色っぽい奥様方.
  { rule: 'decency/sexual', re: phrase('色っぽ(?:い|く|さ|すぎ|か(?:った|ろ))|艶っぽ|セクシー|そそ(?:る|られ)|なまめかし|悩殺|色気(?:が|の)?(?:ある|すご|ムンムン|むんむん|たっぷり|あふれ|溢れ|満点|抜群)|エロ(?:い|く|すぎ|か(?:った|ろ))'), need: ['色つぽ', '艶つぽ', 'せくしー', 'そそ', 'なまめかし', '悩殺', '色気', 'えろ'], instead: INSTEAD.sexual, keep: (fo, s, a) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) && !/を.?$/u.test(fo.slice(Math.max(s.start, a - 2), a)) },
  { rule: 'decency/sexual', re: phrase('(?:姿|体操着|体操服|制服|水着|ブルマ|スク水|浴衣|私服|ミニスカ(?:ート)?)(?:が|は|、)?(?:もう|本当に|ほんとに|マジで|めっちゃ)?(?:たまら(?:ない|ん|なかった|なか)|そそ(?:る|られ)|エロ|セクシー|色っぽ)'), need: ['たまら', 'そそ', 'えろ', 'せくしー', '色つぽ'], instead: INSTEAD.sexual, keep: (fo, s) => PERSON.test(fo.slice(s.start, s.end)) && !SEXY_VETO.test(fo.slice(s.start, s.end)) },
  // Foreigners excluded by limiting to Japanese: 日本人限定, 日本人以外はお断り, ジャパニーズオンリー.
  { rule: 'decency/discriminatory', re: phrase('日本人(?:の(?:方|お客様|お客さま|客))?(?:限定|専用|のみ(?=[^。！？!?\\n]{0,8}(?:受付|受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|とさせ|とします|です|となります|お入り))|だけ(?=[^。！？!?\\n]{0,8}(?:受け付け|入店|入場|参加|利用|乗船|宿泊|募集|採用|可|お入り))|以外(?:の(?:方|人|お客様))?(?:は|の)?[^。！？!?\\n]{0,12}?(?:お断り|お断わり|ご遠慮|遠慮|不可|禁止|できません|いただけません|受け付け|ng|入れ|乗れ))|japanese\\s?only|ジャパニーズ\\s?オンリー'), need: ['日本人', 'japanese', 'じやぱにーず'], instead: INSTEAD.discriminatory, keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(s.start, s.end)) && !serviceLanguage(fo, a, b) },
  // 部落 discrimination phrased as advice: 同和地区かどうか確認, 結婚相手の出身地を調べて, 身元を調べておく.
  { rule: 'decency/discriminatory', re: phrase('(?:同和地区|同和|部落|被差別部落|旧同和地区)(?:か|かどうか|じゃないか|でないか|ではないか|の場所|の地名|の一覧|の所在|がどこ|はどこ|がある(?:か|地域)|に(?:該当|当た)する(?:か))[^。！？!?\\n]{0,16}?(?:確認|調べ|チェック|聞い|聞き|問い合わせ|教え|知っ|把握|リスト)|(?:出身(?:地区|地域|集落)|出身地|出自|本籍(?:地)?|家柄|身元|素性|家系|戸籍|住んでいた地域|生まれた地域)(?:を|は|も|まで|について)?(?:よく|しっかり|ちゃんと|事前に|念のため|こっそり|きちんと)?(?:調べ|確認|チェック|調査|聞いて|聞き出|探)'), need: ['同和', '部落', '出身地', '出自', '本籍', '家柄', '身元', '素性', '家系', '戸籍', '地域'], instead: INSTEAD.discriminatory, keep: (fo, s, a, b) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !SURVEY_TOLD.test(fo.slice(s.start, s.end)) && !rx('^(?:が|は|の|って)?[、,]?(?:なぜ|どうして|どのような|どんな)[^。！？!?\\n]{0,6}?問題|^[^。！？!?\\n]{0,24}?(?:一緒に考え|考えてみ)').test(fo.slice(b, b + 40)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedInNextSentence(fo, s) && (/同和|部落/u.test(fo.slice(a, b)) || BACKGROUND_CONTEXT.test(fo.slice(s.start, s.end))) },
  // A district hinted at (そういう地域だった) as a reason to avoid its land or people, or a house or land vouched for as not in one
  // (いわゆる「そういう地区」ではありませんので、安心して; round 46).
  { rule: 'decency/discriminatory', re: phrase('(?:そういう|ああいう|そういった|例の|あの手の|いわくつきの|いわく付きの)(?:地域|地区|場所|土地|集落|所|ところ|部落)'), need: ['地域', '地区', '場所', '土地', '集落', '所', 'ところ', '部落'], instead: INSTEAD.discriminatory, keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return /買|住|結婚|嫁|婿|縁談|付き合|物件|引つ越|土地|売り出|分譲|賃貸|購入/u.test(t) && (/やめ|避け|控え|気をつけ|気を付け|無難|買わ|住ま|反対|調べ|確認/u.test(t) || VOUCHED_NOT.test(fo.slice(b, Math.min(s.end, b + 24)))) && !AWARENESS.test(t) } },
  // Hiring by sex, age and looks.
  { rule: 'decency/discriminatory', re: phrase('(?:健常者|障害のない方|障がいのない方|障害がない方|障がいがない方|五体満足な方|五体満足の方)(?:の方)?(?:限定|のみ|だけ|に限り|に限ります|に限ら(?:せ|れ|さ)|に限定|を(?:対象|優先)(?:と|に)|で(?:お願い|募集)|(?:を|から)?(?:募集|採用)(?:します|いたします|する))|(?:男性|女性|男子|女子|日本人|若い方|若い人|若者)(?:の方)?(?:限定|のみ|だけ|に限り)(?:で|の|を)?(?:採用|雇用|求人|職員(?:を)?募集|正社員|アルバイト(?:を)?募集)'), need: ['健常者', 'のない方', '五体満足', '男', '女', '日本人', '若'], instead: INSTEAD.discriminatory, keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) },
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
  // Women in swimwear as an attraction (水着のお姉さんが乗ってくれたら観光客倍増, 水着のお姉さんがいっぱいで…💦👙), or being among them
  // offered as a job's perk (水着のお姉さんに囲まれるチャンス, 役得; round 45).
  // Round 65 (R65A-102): or watching them offered as what the job is (水着のお姉さんたちを眺めながらのお仕事です（笑）, ビキニのお姉さんを
  // 一日中眺められる, 水着の女の子たちを見放題); not a lifeguard's watch for someone drowning (溺れ, 救助, 監視 in the match).
  {
    rule: 'decency/sexual',
    re: phrase('(?:水着|ビキニ|バニー|ミニスカ(?:ート)?|へそ出し|網タイツ)(?:姿)?の(?:お姉さん|おねえさん|お姉ちゃん|ねえちゃん|姉ちゃん|女性|女の子|ギャル|美女|娘|女子|ママ|奥さん|女子大生)(?:たち|達|さん|ら)?[^。！？!?]{0,40}?(?:乗って(?:くれ|もら)|呼(?:ん|べ|ぼ)|来て(?:くれ|もら)|いたら|おったら|がいれば|だったら|がいっぱい|だらけ|ばっかり|ばかり|集客|客寄せ|倍増|視線|釘付け|くぎ付け|鼻の下|ドキドキ|どきどき|目のやり場|[💦👙😍🤤😏🥵💕❤♡]|乾(?:い|き)|のぼせ|興奮|たまら|最高|眼福|サービス|(?:に|と)(?:囲まれ|お近づき|仲良くな|知り合え)|役得|ご褒美|チャンス|眺め|ながめ|見放題|見れる|見られる|拝め|拝み放題|[（(]笑[)）])'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('溺れ|救助|救命|通報|監視|熱中症|日焼け|盗撮|被害|防止|注意', 'u').test(fo.slice(a, b)),
  },
  // Young women or mothers as a treat for the men on staff (若いお母さんの参加が多くて…係長たちがやけに張り切って).
  {
    rule: 'decency/lookism',
    re: phrase('(?:若い|美人の|きれいな|綺麗な)(?:お母さん|ママ|奥さん|奥様|女性|女の子|お姉さん|女子大生|女子)(?:さん|たち|方|方々|陣)?(?:が|の)[^。！？!?\\n]{0,12}?(?:参加|来|多|集ま|いっぱい|並|座)[^。！？!?\\n]{0,24}?(?:男性|係長|課長|部長|職員|おじさん|おっちゃん|男|スタッフ|船頭|市長|おじいちゃん)[^。！？!?\\n]{0,12}?(?:張り切|はりき|鼻の下|でれでれ|デレデレ|にやけ|ニヤけ|にやにや|ニヤニヤ|そわそわ|ソワソワ|色めき|浮き足|機嫌|やる気|テンション|浮かれ|うかれ|ウキウキ|うきうき|目の色|上機嫌)'),
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
    re: phrase(`(?:${NUISANCE})[^。！？!?\\n]{0,30}?(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})[^。！？!?\\n]{0,16}?(?:${STANDS_OUT}|${MOSTLY_THERE})|(?:${NUISANCE})[^。！？!?\\n]{0,30}?(?:ほとんど|大半|大部分|[7-9７-９七八九]割)(?:が|は)[、,]?[^。！？!?\\n]{0,4}?(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})|(?:${RESIDENTS})[^。！？!?\\n]{0,8}?(?:${LIVE_IN})(?:で|では|は|に|の)[^。！？!?\\n]{0,20}?(?:${NUISANCE})[^。！？!?\\n]{0,10}?(?:${STANDS_OUT})`),
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
    re: phrase(`(?:visitors?|tourists?|guests?|people|folks|travell?ers?|groups?|crowds?)\\s{0,2}(?:from\\s{0,2}(?:the\\s{0,2})?(?:mainland|${EN_NATION}|asia|abroad|overseas|that\\s{0,2}country)(?![a-z])|[\\u{1F1E6}-\\u{1F1FF}]{2})[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line)|(?:visitors?|tourists?|guests?|people|folks|travell?ers?|groups?|crowds?)\\s{0,2}from\\s{0,2}(?:the\\s{0,2})?(?:mainland|${EN_NATION}|asia|abroad|overseas|that\\s{0,2}country)(?![a-z])[^\\n]{0,120}?${EN_HABIT}|(?:chinese|korean|mainland|foreign|${EN_PEOPLE})\\s{0,2}(?:visitors?|tourists?|guests?|people|folks|groups?|crowds?)[^\\n]{0,80}?(?:shout(?:ing)?|yell(?:ing)?|noisy|rude|not\\s{0,2}a\\s{0,2}market|manners|spit(?:ting)?|behave|smelly|dirty|queue[-\\s]?jump|cut(?:ting)?\\s{0,2}in\\s{0,2}line|${EN_HABIT})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !phrase('welcome to ask|please ask|feel free|we are happy|any questions', 'u').test(fo.slice(a, b)),
  },
  // Round 58: a group named by nationality, origin or language told in English to keep out, sent home or called a drag on the rest
  // (foreigners who can't speak Japanese should stay off the donko boats. They slow everyone down; no foreigners allowed; we don't
  // want any more immigrants here). Not a welcome, a help offered or a hazard that keeps everyone away (typhoon, flood).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?<![a-z])(?:${EN_GROUP})(?![a-z])[^.!?\\n]{0,60}?(?<![a-z])(?:${EN_EXCLUDE})(?![a-z])|(?<![a-z])(?:no\\s{1,2}(?:more\\s{1,2})?(?:${EN_GROUP})(?![a-z])\\s{0,2}(?:allowed|please|permitted|wanted|on\\s{1,2}board|[!.]|$)|(?:ban|bar|keep|kick|throw|get)\\s{1,2}(?:all\\s{1,2}|the\\s{1,2}|those\\s{1,2}|these\\s{1,2})?(?:${EN_GROUP})(?![a-z])\\s{1,2}(?:off|out|away|from)|(?:we\\s{1,2})?(?:don['’]?t|do\\s{1,2}not)\\s{1,2}(?:want|need)\\s{1,2}(?:any\\s{1,2}(?:more\\s{1,2})?|more\\s{1,2})?(?:${EN_GROUP})(?![a-z])\\s{1,2}(?:here|on|in|around|at|coming|anymore|any\\s{1,2}more))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !EN_VETO.test(fo.slice(s.start, s.end)),
  },
  // Stereotypes by sex, age or body.
  /*
   * Team DCA-021, DCD-003 kinds (caught only by the reader until it was trained again): a people given a trait as its nature, in the
   * grammar that presumes it. 「…の人でも暑いなら相当」: でも after a people with a condition that follows (でも暑い/寒い/辛い/怖い なら, でも
   * 無理, でも驚く) presumes the people immune to it. 「母国では蛇も食べるという…出身の」: an origin's food told as odd (も食べる) of one
   * person from it, before the name of where they come from. Not the visitor's own report of a fact said as theirs (アフリカの人に聞くと).
   */
  { rule: 'decency/stereotype', re: phrase(`(?:${NATION})(?:の|から来た|出身の)?(?:人|方|人たち|方々)(?:で|に)も[、,]?(?:[^。！？!?\\n]{0,8}?)(?:暑い|寒い|辛い|から|苦手|無理|きつい|怖い|驚く|驚い)(?:なら|んだ|のか|って|とは)`), need: ['でも', 'にも'], instead: INSTEAD.stereotype, severity: 'warn' },
  { rule: 'decency/stereotype', re: phrase(`(?:母国|本国|お国|国)では[^。！？!?\\n]{0,10}?(?:蛇|へび|虫|犬|猫|カエル|かえる|ゲテモノ|げてもの)(?:も|まで|を)(?:食べる|食う|食べ(?:ている|てる))(?:という|らしい|そうな|って)[^。！？!?\\n]{0,8}?(?:${NATION}|[ぁ-ゖァ-ヶー]{2,8})(?:出身|人|から)`), need: ['では'], instead: INSTEAD.stereotype, severity: 'warn' },
  /*
   * Team DCF-065 kind: women presumed shy of a women's clinic, told to ask for an older man as the remedy (恥ずかしがりの女性は…年配の先生を
   * ご指名): a sex and an age made the reason. Not a choice offered to anyone (女性医師をご希望の方は).
   */
  { rule: 'decency/stereotype', re: phrase('(?:恥ずかしがり|恥ずかしがり屋|照れ屋|内気)(?:の|な)(?:女性|女の子|女子|奥さん|お母さん|男性|男の子)(?:は|の方は)[^。！？!?\\n]{0,20}?(?:年配|高齢|年上|おじいちゃん|ベテラン)(?:の)?(?:先生|医師|男性|職員)'), need: ['ずかしがり', 'てれや', '内気'], instead: INSTEAD.stereotype, severity: 'warn' },
  { rule: 'decency/stereotype', re: phrase('(?<![一-龥])(?:女子力|男子力|女のくせ|男のくせ|女らしく|男らしく|女なのに|男なのに|女だから|男だから)|女の子なんだから|男の子なんだから|男のくせに泣|方向音痴(?:な|の)(?:女性|女|女の子|奥さん|ママ)|(?:女性|(?<![一-龥])女|女子|女の子|奥さん|主婦|ママ)(?:でも)(?:迷わ|わか|分か|でき|使え|扱え|運転でき|簡単|理解でき|読め)|(?:ぽっちゃり|太め|太った|デブ|おデブ|ふくよか)(?:さん|の方|な方|体型|の人)?(?:でも)(?:安心|大丈夫|乗れ|入れ|座れ|着られ|ok)|機械(?:に|が)(?:弱い|苦手な)(?:女性|お年寄り|高齢者|おばあちゃん|おじいちゃん|奥さん|主婦)'), need: ['女', '男', '方向音痴', 'ぽつちやり', '太', 'でぶ', 'ふくよか', '機械', '奥さん', '主婦', 'まま'], instead: INSTEAD.stereotype, severity: 'warn' },
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
  // Crime and danger tied to a group's arrival or number (実習生が増えて…夜道が物騒に, 外国人が増えると治安が心配, 実習生ばかりに…治安が心配という声も), in the same sentence or the next.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国の方|外国籍|外国から来|実習生|留学生|移民|難民|大陸から|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|外国人労働者)[^。！？!?\\n]{0,24}?(?:増え|増加|急増|流入|多くな|多なっ|来るよ|来だして|来始め|やって来|住み始め|住むよう|移り住|住み着|住みつ|入って|ばかり|ばっかり|だらけ|受け入れ|でき(?:て|た|る)|建(?:つ|って|てる))[^。！？!?\\n]{0,30}[。！？!?]?[^。！？!?\\n]{0,30}?(?:物騒|(?:防犯面|犯罪|盗難|空き巣)(?:が|も|の)?(?:心配|不安)|治安(?:が|も)?[^。！？!?\\n]{0,6}?(?:悪|わる|心配|不安)|夜道(?:が|は|も)?[^。！？!?\\n]{0,6}?(?:怖|こわ|不安|心配|危な|物騒)|(?:犯罪|事件|空き巣|盗難|窃盗|自転車盗|自転車泥棒|泥棒|どろぼう|万引き|ひったくり|置き引き|車上(?:狙い|ねらい|荒らし)|強盗|盗み)(?:の件数|件数)?(?:が|も)?(?:増|多|急増|目立|相次)|戸締まり|(?:鍵|カギ|かぎ)(?:を|の)?(?:確認|かけ|掛け|二重|忘れ)|施錠)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !ANSWERED.test(fo.slice(a, Math.min(fo.length, b + 30))) && !AWARENESS.test(fo.slice(s.start, b)) && !phrase('防犯ブザー|配布|見守|被害|守るため|安全を守|防犯教室|講習|説明会|ないよう|レンタサイクル|貸し出し|返却', 'u').test(fo.slice(a, Math.min(fo.length, b + 20))),
  },
  // Round 44. A group's arrival given as the reason (ので, から, ため) to guard against crime (海苔の作業場では外国人実習生が増えましたので、
  // 夜間の盗難にはくれぐれもご注意ください, 留学生が住み始めたから空き巣に気をつけて): the group made the suspect. The group is the subject of
  // the arrival (が/も), not tourists at a crowded season, and not the ones a crime targets (…を狙った).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:外国人|外国籍の(?:方|人)|外国の(?:方|人)|外国から(?:来た|の)(?:方|人)|(?:技能)?実習生|留学生|移民|難民|(?:${NATION})(?:人|籍|系)(?:の(?:方|人))?|外国人労働者)(?:の)?(?:方|方々|皆さん|住民|労働者|実習生|留学生|従業員|さん)?(?:たち|ら)?(?:が|も)[、,]?(?:(?:だいぶ|ずいぶん|かなり|急に|一気に|最近|近年)[、,]?)?(?:増え|急増し|増加し|多くなっ|多なっ|住み始め|住むようになっ|来るようになっ|移り住ん|入って(?:き|こ)|やって来)(?:て(?:き)?)?(?:た|ました|ている|ています|てる|てます|とる|とります|ちょる|よる|ます)?(?:ので|から|ため|けん|こともあり|ことから)[、,]?[^。！？!?\\n]{0,16}?(?:盗難|窃盗|空き巣|泥棒|どろぼう|万引き|置き引き|ひったくり|車上(?:狙い|ねらい|荒らし)|犯罪|自転車盗|盗み)(?:など)?(?:に|には|にも)[、,]?(?:くれぐれも|十分|十分に|特に|どうぞ|ぜひ)?[、,]?(?:ご注意|注意し|注意を|お気をつけ|気をつけ|お気を付け|気を付け|用心|ご用心|警戒)`),
    need: ['盗', '空き巣', '泥棒', 'どろぼう', '万引き', '置き引き', 'ひつたくり', '車上', '犯罪'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !ANSWERED.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !/を(?:狙|ねら)つ|被害に遭(?:う|わ)|被害者|狙われ|ねらわれ/u.test(fo.slice(a, Math.min(fo.length, s.end + 20))),
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
    // (避ける of a crowd or the heat is prudence: 混雑を避けるのは当然.)
    keep: (fo, s, a) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) && !/(?:混雑|渋滞|暑さ|人混み|人ごみ|ぴーく|らつしゆ|雨|熱中症|危険|事故)(?:を|は)?$/u.test(fo.slice(Math.max(0, a - 6), a)) },
  },
  // A group's supposed tendency to misbehave, stated as fact (外国籍の住民が増えた地区では…ルールが守られなくなる
  // 傾向があります, ひとり親家庭のお子さんは…身につきにくい傾向): the group named in the sentence or the one before.
  // Blind R166I-001 (W16): グレる, the spoken word for going astray, is 非行 (ひとり親の家の子は…寂しさからグレやすいので); not 気まぐれ, 日暮れ.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:守られ(?:なく|ない|にく)|守ら(?:ない|れない|ん)|守れ(?:ない|ん)|身につき(?:にく|づら)|(?<!${SUFFERED}の)トラブル(?:が|を)?(?:多|起こ|増)|治安(?:が)?(?:悪|乱)|マナー(?:が)?(?:悪|守ら|なって)|迷惑(?:を)?(?:かけ|行為)|怠け|働か(?:ない|ず|ん)|非行|(?<![まひ])ぐれ(?=やす|がち)|しつけ(?:が)?(?:行き届か|なって|でき)|だらし(?:な|ない)|不衛生|荒れ|汚れ|散らか|騒(?:ぎ|が|い|ぐ)|遅れ|進まな|学力(?:が|も)?(?:低|劣)|成績(?:が|も)?(?:低|悪))[^。！？!?\\n]{0,12}?(?:傾向(?:が|に)(?:あ|見られ|強)|傾向です|がち|やすい|にくい|ようです|ことが多い|場合が多い|のが実情|のが現実)`),
    instead: INSTEAD.discriminatory,
    // (A remedy announced with it — multilingual signs, notices, a briefing so that trouble does not arise — is the city acting, not labelling.)
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return PROTECTED_NEAR.test(near(fo, s)) && !ANSWERED.test(w) && !AWARENESS.test(w) && !phrase('多言語|やさしい日本語|看板|案内板|周知|設置しました|配布しました|ルールブック|避難(?:が|に|の)|災害時|防災|逃げ遅|説明会|オリエンテーション|ガイダンス|講習|(?:し|起き|起こら|起こさ)ないよう', 'u').test(w) },
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
    re: phrase('(?:そういう|ああいう|その手の|そっち系の|あっち系の|そっちの|あっちの|そういった)(?:人|方|趣味|人たち|方々|系|カップル)[^。！!\\n]{0,12}?(?:(?:い|お)(?:ない|らん|らへん|りません|ません)|(?:いる|おる)わけ|少な|珍し|笑|w|😂|🤣)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('パートナーシップ|同性|lgbt|性的少数|性的マイノリティ|ゲイ|レズ|トランス|性の多様性|ホモ|オカマ|オネエ|(?:男|女)(?:性)?(?:職員|スタッフ|社員)?(?:同士|どうし)', 'u').test(near(fo, s)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('思(?:つて)?(?:い)?ませんか|かもしれません|見えない|言えない|言い出せ|相談', 'u').test(fo.slice(s.start, s.end)),
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
  // Blind R237M-030 kind (dec4): a contest's call for entries that looks forward to a body (スタイル抜群の方の応募を楽しみに, うなじ美人も
  // 大歓迎): the body rated as the entry's welcome; 抜群 or 自慢 of the figure names it, and も or the entry awaited close it as 歓迎 does.
  // Looks as the condition to take part (写真映えするルックスの方限定, 見た目に自信のある方大歓迎, イケメン限定).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:写真映え|インスタ映え|見栄え|映え|華)(?:の)?(?:する|のする|のある|の良い|のいい)(?:ルックス|容姿|外見|見た目|顔|顔立ち|お顔|スタイル)(?:の|を(?:お)?持つ|をお持ちの)(?:方|人|女性|男性|子)|(?:容姿|ルックス|外見|見た目|顔立ち|美貌|顔|スタイル|プロポーション|体型)(?:に|には)(?:自信|自身)(?:の|が)(?:ある|あり|おあり)(?:の)?(?:方|人|女性|男性|子|女子|男子)?|(?:美人|美女|美男子|美男美女|美少女|イケメン|男前|かわいい子|可愛い子|かわいか子|かわいい女の子|きれいな方|綺麗な方|(?:モデル体型|細身|スリム|痩せ型|やせ型|美脚|高身長)(?:な|の)?(?:方|人|女性|男性|女子|男子)|(?:スタイル|プロポーション|ルックス|容姿|顔立ち|ボディ|体型)(?:抜群|バツグン|ばつぐん|(?:が|の)(?:いい|良い|よい|抜群|自慢))(?:の|な)?(?:方|人|女性|男性|女子|男子|子)|(?:ルックス|容姿|外見|見た目)(?:の|が)[^。！？!?\\n]{0,8}?(?:方|人|女性|男性|子))(?:さん)?(?:(?:も|は)?[、,]?(?:限定|のみ|だけ(?:を|に|で|募集)|に限り|に限ります|に限る|を?優先|大?歓迎|(?:を)?大?募集)|の(?:ご)?(?:応募|エントリー|ご参加|参加)(?:を|も)?[、,]?(?:楽しみ|お待ち|待って|大?歓迎))`),
    need: ['容姿', 'るつくす', '外見', '見た目', '顔', '美貌', 'すたいる', 'ぷろぽーしよん', '体型', '美', 'いけめん', '男前', 'かわい', '可愛', 'きれい', '綺麗', '細身', 'すりむ', '痩せ型', 'やせ型', '高身長'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !phrase('問わ|不問|関係な|問いません|かかわらず|関わらず|ではなく|ではありません|料理|弁当|お菓子|ケーキ|盛り付け|作品|花壇|庭|人形|ぬいぐるみ|犬|猫|ペット|キャラクター|ルッキズム', 'u').test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job said to suit one sex (調理員はやっぱり家庭的な女性が向いています, 夜の見回りは男性のほうが安心): the role is the topic, the sex its fitting holder.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!彼)(?:女性|男性|女の人|男の人|女の子|男の子|女|男|お母さん|主婦|奥さん)(?:の方)?(?:(?:じゃないと|でないと|やないと|じゃなきゃ|でなきゃ)[^。！？!?\\n]{0,3}?(?:(?:務|つと)ま(?:らな|らん|りませ)|できな|できませ|でけん|無理|だめ|ダメ|いかん)|(?:が|のほうが|の方が)(?:向いて(?:いる|いま|ま|る)|向いと(?:る|ります)|適任|ふさわしい|ふさわしか|合って(?:いる|いま|る)|似合う|似合い|安心(?:です|だ|やけん|でしょう)|一番(?:です|だ|や|でしょう|[。！!]|$)|(?:いい|良い|よい)(?:です|よね|ね|と思|でしょう)|よか))|家庭的な(?:女性|女の子|奥さん|お母さん|主婦|方)(?:を|が)?(?:募集|歓迎|大歓迎|希望|求め|優遇|優先|ほしい|欲しい)'),
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
    re: phrase('(?:(?<![一-龥])(?:オカマ|ホモ|レズ)|ガイジ|キチガイ|カタワ|メクラ|ツンボ|ジャップ|クロンボ)(?:キャラ|ネタ|バー|パブ|ショー|タレント|芸人|ムーブ|ノリ|ポーズ|トーク|ごっこ|っぽ|ぽい|みたい|カップル|友達|仲間|口調|言葉|疑惑|野郎|扱い|呼ばわり|系|風|丸出し|レベル|並み|並|なみ|以下|同然|かよ|じゃん|やん|すぎ|過ぎ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Blind R402B-030 kind: a slur with no innocent sense heading a kanji compound (正直ｶﾞｲｼﾞ対応で現場は回らない, ガイジ枠): used of people
  // whatever the tail; the tails above are for the slurs that are also ordinary words. A slur talked about (SLUR_TALK) is a mention.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ガイジ|キチガイ|カタワ|メクラ|ツンボ|ジャップ|クロンボ)(?=[一-龥])'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Blind R421W-038 kind: a listed slur spelt with one of its parts in kanji of the same sound, to slip past the word list (ガイ児,
  // がい児, ｶﾞｲ児, 害児 for ガイジ; キチ害, 基地害, 基地がい for キチガイ; 知恵おくれ, ちえ遅れ for 知恵遅れ): the same slur, block. Clean:
  // the words these spellings hide inside (障害児, 障がい児, 加害児童, 被害児童), a slur talked about (SLUR_TALK).
  {
    rule: 'decency/discriminatory',
    re: phrase(MIXED_SLUR),
    need: ['児', '害', '基地がい', 'おくれ', '遅れ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 41: a slur that is also an ordinary word (池沼, ponds and marshes) made an insult by a likeness or a rank after it (池沼レベルの
  // 行動, 池 沼 並み, 池沼かよ): the topic words that excuse the bare word (ため池, 水辺) do not excuse it then.
  // Round 49: a judgement on a person (池沼かと思った, 池沼みたいな駐車) too, whatever the pond words around it.
  // Round 54: the same slur in kana or as 知障, spelt with spaces to slip past (ち し ょ う レベルやん, 知障並み; blind R54A-061); the
  // kana not after a kana (お待ちしようかと思います is a verb).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![一-龥])(?:池沼|知障)|(?<![ぁ-ゖ])ちしょう(?!か(?:と|って|な)?(?:思|疑)))(?:レベル|並み|並|なみ|以下|同然|かよ|じゃん|やん|扱い|呼ばわり|っぽ|ぽい|丸出し|ムーブ|ネタ|キャラ|(?:なの|なん)?か(?:と|って|な)?(?:思|疑)|のよう(?:な(?:人|奴|やつ|行動|こと|真似|まね|考え|発想))|みたいな(?!水|沼|池|湿|湖|場所|ところ|所)|みたい(?:だ|です|やな|じゃ|[。！!笑w]))'),
    need: ['池沼', '知障', 'ちしよう'],
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
    re: phrase('(?<![一-龥])(?:オ(?:ネ|[〇○●◯◎×✕✖*＊■□])エ|[〇○●◯◎×✕✖*＊■□]ネエ|オネ[〇○●◯◎×✕✖*＊■□](?=っぽ|ぽい|みたい)|おねえ系|ゲイ|そっち系|あっち系|そっちの気|その気がある|ソッチ系)(?:っぽ|ぽい|ぽか|みたい|系の(?=新人|職員|男性|先生|指導員|支援員|受験|応募|子|人|男|方)|疑惑|なんじゃ|じゃない|かも|説|と評判|と噂)|(?:男|男性|男の子|男子|彼|旦那|息子|職員|指導員|先生|課長|係長|さん|くん|君)[^。！？!?\\n]{0,16}?(?:なよなよ|ナヨナヨ|女みたいな(?:しゃべり|喋り|話し方|仕草|声)|オカマ(?:っぽ|みたい))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援員/gu, '')) && (/^(?:お(?:ね|[〇○●◯◎×✕✖*＊■□])え|[〇○●◯◎×✕✖*＊■□]ねえ|おね[〇○●◯◎×✕✖*＊■□]|げい)/u.test(fo.slice(a, b)) ? PERSON_SAID.test(fo.slice(Math.max(0, s.start - 40), s.end)) : true) && (!/そつち|あつち|その気/u.test(fo.slice(a, b)) || phrase('男なのに|男のくせ|女なのに|女のくせ|オネエ|同性|ゲイ|ホモ|レズ|趣味', 'u').test(fo.slice(Math.max(0, s.start - 40), s.end))),
  },
  { rule: 'decency/discriminatory', re: phrase('(?<![一-龥])オネエ(?:キャラ|系|言葉|口調|っぽ|ぽい|タレント|芸人|みたい)'), instead: INSTEAD.discriminatory, severity: 'warn', keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) },
  // Round 18: girls' or women's clothing made short or tight and said to please the men (女子はスカートが短めで男性職員にも大好評).
  {
    rule: 'decency/sexual',
    re: phrase('(?:スカート|制服|水着|ユニフォーム|衣装|ショーパン|ショートパンツ|短パン|ブルマ|レオタード)(?:の丈)?[^。！？!?\\n]{0,12}?(?:短め|短く|短い|ミニ|タイト|ぴったり|ピッタリ|ぴちぴち|ピチピチ|薄め|薄く|透け|露出)[^。！？!?\\n]{0,24}?(?:男性|男子|男|おじさん|おっさん|職員|先生|課長|係長|市長|議員|オヤジ|親父)(?:陣|たち|の皆さん|職員)?(?:に|にも|から|から(?:も)?|が|も|は)?[^。！？!?\\n]{0,6}?(?:大?好評|人気|喜|嬉し|うれし|ウケ|うけ|釘付け|くぎづけ|ドキドキ|どきどき|ニヤニヤ|にやにや|鼻の下|目の保養|眼福|テンション|元気)'),
    need: ['すかーと', '制服', '水着', 'ゆにふぉーむ', '衣装', 'しよーとぱんつ', 'しよーぱん', '短ぱん', 'ぶるま', 'れおたーど'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/防止|撲滅|被害|犯罪|盗撮|はらすめんと|せくはら/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R147A-001: an illness said to kill or torment to death, told with laughter (狂犬病って発症したら超苦しんで死ぬらしいｗ): warn; not a
  // hyperbole (死ぬほど, 死ぬかと思った), not a hospital (病院), not the risk told plainly.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:[一-龥ァ-ヶー]{1,8}(?:病(?![院棟室床])|症(?![状])|ウイルス|ウィルス|感染症)|がん|癌|発症|感染|かかったら|かかると|罹ったら|罹ると|うつったら|うつると)[^。！？!?\\n]{0,24}?(?:死(?:ぬ(?!ほど|かと|気|思い|よう|ような)|にます|んじゃう|んじゃ|亡)|あの世)[^。！？!?\\n]{0,12}?(?:${LAUGH_W}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|[😂🤣😆😜😝🤪💀☠]|${GRASS_CUT}草(?![ぁ-ゖ一-龥]))`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !/(?<!被)差別|偏見|不謹慎|笑い(?:事|ごと)/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R147A-024: death wished on the readers as a joke (入りたい人は早めに死んでね💀ｗ, 皆さん、さっさと死んでください笑): block; not
  // a story told on (あの人は死んでね、…), not 死んでほしくない, not the words quoted to be avoided.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:人|方|皆さん|皆様|みなさん|みなさま|みんな|あなた|お前|おまえ|君|きみ|希望者|ご希望の方)(?:は|も|が|たち|ら)?[、,]?[^。！？!?\\n]{0,12}?死(?:んで(?:ね(?![ぁ-ゖ一-龥ー、,])|くださ|下さ|くれ(?![ぁ-ゖ])|ちょうだい|ほしい|欲しい|もら(?:え|い))|ね(?![ぁ-ゖ一-龥ー、,]))(?![」』"”])'),
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => !/(?:と|つて)(?:言|い)わ|言つては|言葉|暴言|(?<!被)差別/u.test(fo.slice(b, Math.min(fo.length, b + 20))) && !/[「『“"]/u.test(fo.slice(Math.max(0, a - 4), a)),
  },
  // Death joked about where a grave, a funeral or an end-of-life plan is offered (死ぬ前にいい場所を押さえておきましょう💀, 棺桶に片足（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:死ぬ前に|死んだら|死んでから|死んだ後|くたばる前に|くたばったら|お迎えが来る前に|お迎えが来たら|あの世(?:に|へ)(?:行く|いく)前に|棺桶に片足|棺おけに片足|冥土の土産|先に逝っ|ぽっくり逝)[^。！？!?\\n]{0,30}?[？?！!]{0,2}(?:[💀☠👻⚰🪦😂🤣😆😜😝🤪😎]|笑|w+(?![a-z0-9./])|ｗ|' + GRASS_CUT + '草|(?:です|ます|しょう|よ|ね)[〜~♪]+|[〜~]+[！!♪])'),
    need: ['死', 'くたば', 'お迎え', 'あの世', '棺', '冥土', '逝'],
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => /墓|霊園|納骨|葬|斎場|終活|遺影|遺言|えんでいんぐ|相続|生命保険|棺|仏壇|お迎え/u.test(fo.slice(Math.max(0, s.start - 120), s.end)) && !/亡くなられ|ご冥福|お悔やみ|ご遺族|事故|火災|災害/u.test(fo.slice(s.start, s.end)),
  },
  // Round 14 kinds.
  // Old people named by their dementia or frailty as a slur (ボケ老人, 呆けた年寄り, ヨボヨボのじいさん, 老いぼれ, 死に損ない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![寝差和んみ月])(?:ボケ|呆け|痴呆|もうろく|耄碌)(?:た|てる|とる|ちゃった|ちょる|かけの|かけた)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|ジジイ|ババア|ジジィ|ババァ|爺さん|婆さん|爺|婆|おじいちゃん|おばあちゃん|親父|おやじ|おふくろ|老婆|老夫婦)|よぼよぼ(?:の)?(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|爺さん|婆さん)|老いぼれ|おいぼれ|死に(?:損な|ぞこな)い|棺桶に片足'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK_WORDING.test(fo.slice(s.start, s.end)),
  },
  // Round 49: the same slur for the old with one letter masked to slip past (ボ〇老人, 〇ケじじい, ボ●たばあさん, 老い〇れ, ボケ老〇):
  // the old noun beside it says what the mask hides; not a masked name or place (〇〇老人クラブ, 〇ケ丘), not 寝ぼけ.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![寝ねぴピ〇○●◯◎×✕✖*＊■□])(?:ボ|ぼ)[〇○●◯◎×✕✖*＊■□](?:た|てる|とる|ちゃった|ちょる|かけの|かけた)?|(?<![〇○●◯◎×✕✖*＊■□ァ-ヶ一-龥])[〇○●◯◎×✕✖*＊■□](?:ケ|け))(?:老人|年寄り|お年寄り|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|ジジイ|ババア|ジジィ|ババァ|爺さん|婆さん|爺|婆|おじいちゃん|おばあちゃん|老婆|老夫婦)|(?<![寝ねぴピ])(?:ボケ|ぼけ)(?:老[〇○●◯◎×✕✖*＊■□]|[〇○●◯◎×✕✖*＊■□]人|じ[〇○●◯◎×✕✖*＊■□]い|ば[〇○●◯◎×✕✖*＊■□]あ)(?![一-龥])|老い[〇○●◯◎×✕✖*＊■□]れ|老[〇○●◯◎×✕✖*＊■□]ぼれ'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Looks used to sell someone of a role (美人すぎる市議, イケメン講師, かわいすぎる農家さん).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人|美女|美少女|イケメン|美男子|男前|美し(?:すぎる|過ぎる)|かわい(?:すぎる|過ぎる)|可愛(?:すぎる|過ぎる)|かっこよ(?:すぎる|過ぎる)|カッコよ(?:すぎる|過ぎる))(?:すぎる|過ぎる|すぎと話題の|と話題の|と評判の|と噂の|で話題の|で評判の)?(?:新人|若手|女性|男性|女子|男子)?(?:市議(?:会議員)?|県議(?:会議員)?|町議|村議|議員|市長|町長|村長|知事|講師|先生|教授|医師|ドクター|アナウンサー|弁護士|住職|駅長|館長|園長|校長|課長|係長|部長|署長|観光大使|親善大使|大使|アンバサダー|消防士|警察官|保健師|看護師|司書|学芸員|パティシエ|シェフ|料理人|農家|漁師|職人|作家|店主|社長|女将|若女将|オーナー|ママ|インストラクター|トレーナー|コーチ|ガイド|船頭|職員|スタッフ|隊員|自衛官)'),
    instead: INSTEAD.lookism,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/るつきずむ/u.test(fo.slice(s.start, s.end)),
  },
  // A body's size or weight joked as a load (体重の重い方は…舟が沈むので笑, 体格のいい方が乗ると傾くかも😂); デブ, 太めの方 and the like are the appearance group's.
  {
    rule: 'decency/lookism',
    re: phrase('(?:体重|体格(?!(?:の|が)(?:大きい|大きな|でかい|デカい|重い)(?:方|人|お客様|お客さま))|体型|体形|図体|巨体|お腹|おなか|(?<!(?:体|体格|からだ)(?:の|が))(?:重|大き)(?:い|め|めの|めな)(?:方|人|お客様|お客さま|お客さん)|太っちょ|メタボ)[^。！？!?\\n]{0,40}?(?:沈(?:む|み|ん|ま|没)|傾(?:く|き|い)|壊れ|こわれ|つぶれ|潰れ|抜け(?:る|そう|ちゃ)|もたな|持たな|定員オーバー|重量オーバー|悲鳴)[^。！？!?\\n]{0,20}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|' + LAUGH_W + '|(?<![一-龥])' + GRASS_CUT + '草(?![ぁ-ゖ一-龥])|[😂🤣😆😝😜🤪💦😅])'),
    instead: INSTEAD.stereotype,
  },
  // A place or rite of death joked about (火葬場の待合室、カフェみたいで住みたいw, 葬儀…静かで楽なお見送りでした笑): in its sentence it blocks,
  // a sentence or two later (霊安室、…きれいになりました。ここなら泊まってもいいかも（笑）) it warns.
  // Blind R170I-068 (W17): the column of death notices is such a rite (おくやみ欄、掲載がスカスカ…お年寄りが元気ってことですね😂); not a notice of
  // how to be listed in it (おくやみ欄への掲載を希望されない方は), not a name found there with grief.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:(?:おくやみ|お悔やみ|訃報|死亡)(?:欄|情報|コーナー|記事|広告)|霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り)'),
    instead: INSENSITIVE,
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end).replace(NOTICE_COLUMN, '')),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:(?:おくやみ|お悔やみ|訃報|死亡)(?:欄|情報|コーナー|記事|広告)|霊安室|遺体安置(?:所|室)?|安置室|火葬場|火葬炉|斎場|葬儀場|葬祭場|葬儀会館|セレモニーホール|霊柩車|棺桶|納骨堂|墓地|墓場|お墓|葬儀|葬式|告別式|お通夜|通夜)(?!みたい|のよう|っぽ|状態|ムード|モード|感)[^\\n]{0,60}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|' + LAUGH_W + '|[😂🤣😆😝😜🤪]|泊まって(?:みたい|もいいかも|もよか|もええ)|住(?:みたい|んでみたい|めそう)|入ってみたい|予約(?:しとこ|しておこ)|一番乗り|[⚰🪦💀☠👻]|[“"「『]入居[”"」』])'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !CONDOLENCE.test(fo.slice(s.start, s.end).replace(NOTICE_COLUMN, '')),
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
  // Blind R137I-098: a count of the infected, the sick or the dead joked as luck or a lottery (新規陽性者は10人！ラッキーセブンならぬ
  // ラッキーテン🎰, 死者は7人、ラッキーセブン, 感染者数がゾロ目の111人🎉, 患者数キリ番達成): insensitive, warn. Not a count told plainly,
  // not relief (幸い重症者はいません), not a lottery's winners.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:陽性者|感染者|患者|死者|死亡者|重症者|負傷者|けが人|怪我人|犠牲者|入院者|罹患者)(?:数)?(?:は|が|も|の)?[^。！？!?\n]{0,12}?[0-9０-９一二三四五六七八九十百千]{1,5}(?:人|名)(?:[^。！？!?\n]{0,30}?[🎰🎯🎉🥳🎊]|[^。\n]{0,30}?(?:らっきー|ぞろ目|ゾロ目|キリ番|きり番|大当たり|おおあたり|じゃっくぽっと|びんご|🎰))|(?:陽性者|感染者|患者|死者|死亡者|重症者|負傷者|犠牲者)(?:数)?(?:が|は|も)?[^。！？!?\n]{0,4}?(?:ぞろ目|ゾロ目|キリ番|きり番|らっきーせぶん)'),
    need: ['陽性者', '感染者', '患者', '死者', '死亡者', '重症者', '負傷者', 'けが人', '怪我人', '犠牲者', '入院者', '罹患者'],
    instead: '感染者や患者の数を冗談やゲームの種にせず、人数と感染対策のお願いを落ち着いて伝えてください（例：「本日の新規陽性者は10人でした。引き続き感染対策にご協力ください。」）',
    severity: 'warn',
    keep: (fo, s) => !/幸い|さいわい|お見舞い|ご冥福|お悔やみ|抽選|当選/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R139I-087/R140I-075: emergency dispatches or people taken to hospital counted and cheered as a record (本日の救急出動は18件！
  // 過去最高記録を更新しました🎉, 新記録達成🎉): each call is someone hurt or ill, warn. Not a count told plainly (救急出動件数が過去最多と
  // なりました。熱中症にご注意ください), not a drill or a contest.
  {
    rule: 'decency/insensitive',
    re: phrase('(?:救急|消防|救助|ドクターヘリ)?(?:出動|出場|搬送)(?:件数|回数|数|者数|者)?(?:は|が|も)?[^。！？!?\n]{0,12}?[0-9０-９一二三四五六七八九十百千]{1,5}(?:件|回|人|名)[^\n]{0,30}?(?:過去最(?:高|多)|新記録|最高記録|記録(?:を)?(?:更新|達成|突破)|自己(?:ベスト|最高)|大台)[^\n]{0,20}?(?:[🎉🥳🎊🙌👏🍻🥂✌🏆]|達成|おめでとう|やった|ばんざい|万歳|バンザイ)'),
    need: ['出動', '出場', '搬送'],
    instead: '救急出動や搬送の件数を記録や達成のように祝わず、件数と注意の呼びかけを落ち着いて伝えてください（例：「本日の救急出動は18件でした。熱中症にご注意ください。」）',
    severity: 'warn',
    keep: (fo, s) => !/訓練|大会|競技|お見舞い/u.test(fo.slice(s.start, s.end)),
  },
  // An old person's face or looks made the joke (しわしわの顔がうちのおばあちゃんそっくりでブサカワ, じいちゃんみたいな顔で笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:しわしわ|しわくちゃ|しわだらけ|皺だらけ|皺くちゃ|ぶさいく|不細工|ぶちゃいく|ぶさかわ|ぶさ|老け|よぼよぼ|たるんだ|垂れた)(?:の|な|た)?(?:顔|顔つき|お顔|顔立ち|肌|ほっぺ|ほお|頬|目元|口元)[^。！？!?\\n]{0,16}?(?:${OLD_KIN})(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)|(?:${OLD_KIN})(?:の顔|の寝顔|の顔つき|の肌)?(?:に|と)?(?:そっくり|激似|瓜二つ|みたい|似て|似と|にた)[^。！？!?\\n]{0,16}?(?:ぶさかわ|ぶさいく|不細工|ぶちゃいく|しわしわ|しわくちゃ|よぼよぼ|老け顔|[😂🤣]|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー)）]|$)|${LAUGH_W})`),
    need: OLD_KIN_NEED,
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => /顔|肌|ほつぺ|ほお|頬|目元|口元|しわ|皺/u.test(fo.slice(s.start, s.end)) && !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 16 kinds.
  // A wish to keep a group out, and the account siding with it (外国人には貸したくない、という所有者さんの気持ちもよく分かります,
  // 高齢の方の入居を嫌がる大家さんがいるのも仕方ない): the group named in the sentence or the one before.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${KEEP_OUT})[^。！？!?\\n]{0,16}?(?:${'気持ち|心情|お気持ち|考え|言い分|思い|事情'})(?:も|は)?[、,]?(?:よく|十分|痛いほど|とても|すごく|なんとなく|正直)?(?:わか|分か|理解でき|共感(?:でき|し)|察し)|(?:${KEEP_OUT})[^。！？!?\\n]{0,12}?(?:の|ん)(?:も|は)[、,]?[^。！？!?\\n]{0,4}?(?:無理(?:は|も)?(?:ない|なか|ありません|ございません)|仕方(?:が)?(?:ない|なか|ありません)|しょうがな|しょんなか|当然|当たり前|(?:わか|分か)(?:る|ります|らんでも))`),
    need: ['たくな', 'たくなか', 'とうな', 'たがら', 'たがりませ', '貸し渋', '断', '拒', '渋', '嫌が', 'いやが', '敬遠', '避け'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); return (PROTECTED_NEAR.test(near(fo, s)) || phrase(`${AGED}|${DISABLED}|高齢|お年寄り|同性|シングルマザー|母子家庭`, 'u').test(near(fo, s))) && !ANSWERED.test(w) && !AWARENESS.test(w) && !DANGER.test(near(fo, s)) },
  },
  // A place said to be near or in a 部落 or 同和地区, given as the reason for a price or for avoiding it (昔の部落に近いので相場より格安,
  // 同和地区の中にあるけん売れ残っとる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落(?!差別|解放|問題|史)|同和(?!対策|問題|教育|行政|事業)|被差別)[^。！？!?\\n]{0,16}?(?:ので|から|けん|けえ|ため|せいか|せいで|こともあり|ことから|関係で|ゆえ|だけに|だけあって|らしく|って(?:こと|話)で)[、,]?[^。！？!?\\n]{0,20}?(?:格安|激安|安(?:い|く|め|価|値|か)|お買い得|お手頃|相場(?:より|以下|を下|が低)|値(?:下が|崩れ|がつか)|下が(?:る|っ|り)|売れ(?:ない|ず|残|にく|ん)|買い手|借り手|入居者(?:が)?(?:少な|つか|集まら)|人気(?:が)?(?:ない|なく|薄|低)|敬遠|避け|嫌がら|いやがら|訳あり|わけあり)'),
    need: ['部落', '同和', '被差別'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end).replace(/被差別/gu, ''); return !BURAKU_VETO.test(t) && !AWARENESS.test(t) },
  },
  // A body type joked at as unfit for a task (太っている人にはちょっとキツいかも（笑）, お腹の出たおじさんには地獄の坂道w).
  {
    rule: 'decency/lookism',
    re: phrase('(?:太っ(?:た|てる|ている|とる|ちょる|てらっしゃる|ておられる)|太め(?:の|な)|太り(?:気味|ぎみ)(?:の|な)?|肥満(?:気味|ぎみ)?(?:の|な)?|ぽっちゃり(?:した|な|の|体型の)?|メタボ(?:な|の|体型の)?|おデブ(?:な|の)?|デブ(?:な|の)?|でぶ(?:な|の)?|巨漢の|体重の重い|体重が重い|お腹の出た|おなかの出た|腹の出た|お腹が出た|おなかが出た|ビール腹の)(?:方|かた|人|人たち|方々|子|おじさん|おっちゃん|おばさん|男性|女性|職員|受験者|参加者|受講者|お父さん|お母さん|さん|ちゃん|皆さん|皆様)(?:に|には|にとって(?:は)?|は|って|だと|なら|じゃ|では)[、,]?[^。！？!?\\n]{0,24}?(?:キツ|きつ|キツ|大変|しんど|苦し|厳し|ハード|地獄|拷問|息切れ|汗だく|バテ|ばて|倒れ|つら|辛(?:い|か|そう)|走れ|登れ|のぼれ|ついて(?:いけ|これ|行け)|無理(?:そう|かも|やろ|でしょう|だろう|ゲー)|通れ(?:ない|ん|なさ)|入れ(?:ない|ん|なさ)|座れ(?:ない|ん|なさ)|痩せ(?:る|られ)|やせ(?:る|られ)|ダイエット|怖(?:い|か|そう)|こわ(?:い|か)|危な|やば|ヤバ|壊れ|こわれ|沈|傾)[^。！？!?\\n]{0,20}?(?:[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑|' + LAUGH_W + '|(?<![一-龥])' + GRASS_CUT + '草(?![ぁ-ゖ一-龥])|[😂🤣😆😝😜🤪😏])'),
    need: ['太', '肥満', 'ぽつちやり', 'めたぼ', 'でぶ', '巨漢', '体重', 'お腹', 'おなか', '腹'],
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A sex said to suit a role for a supposed quality (読み聞かせボランティアは、やっぱり女性のほうが声が優しくて向いてますよね,
  // 見回りは男の人のほうが頼りになるけん安心): the role is the topic, the sex its fitting holder.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!彼)(?:女性|男性|女の人|男の人|女の子|男の子|女|男|お母さん|お父さん|主婦|奥さん|ママ|パパ)(?:の方)?(?:のほうが|の方が|が)[^。！？!?\\n]{1,14}?(?:て|くて|で|し|から|けん|ので)[、,]?(?:やっぱり|やっぱ|やはり|断然)?(?:向いて(?:いる|いま|ま|る|そう)|向いと(?:る|ります|ー)|適して(?:いる|いま|る)|適任|ぴったり|ふさわしい|安心(?:です|だ|やけん|でしょう|かな))'),
    need: ['女', '男', '母', '父', '主婦', '奥さん', 'まま', 'ぱぱ'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a) => ROLE_BEFORE.test(fo.slice(Math.max(s.start, a - 28), a)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('とは限ら|関係な|問わ|どちらも|男性も女性も|女性も男性も|男女とも|男女問わ|という(?:考え|イメージ|思い込み|固定観念|見方)|とされてきた|と思われがち|古い|時代|更衣|着替え|トイレ|浴場|入浴|授乳|検診|健診|女性専用|男性専用|女性限定|同性', 'u').test(fo.slice(s.start, s.end)),
  },
  // Blind R444V-059 kind (wave 90): a sex's voice, manner or presence said to work better on others as a rule (やっぱり女性の声のほうが
  // 相手も落ち着く, 男性職員が出たほうがクレームも丸く収まる, 女の人の笑顔だとお客さんも和む): the effect credited to the sex, a stereotype
  // warn. Kept clean: a staff member introduced by sex (女性職員が担当します), a choice offered (女性の相談員をご希望の方は), a care,
  // a consultation on violence or a changing room where the sex is the person's own need, a survey or a study, the notion denied.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?:やっぱり|やっぱ|やはり|断然|なんといっても|何といっても)[、,]?)?(?<![彼])(?:女性|男性|女の人|男の人|女|男)(?:の)?(?:職員|スタッフ|担当者?|係員)?(?:さん)?(?:の)?(?:声|口調|話し方|しゃべり方|言い方|物腰|雰囲気|笑顔|当たり|優しさ|やさしさ|柔らかさ|やわらかさ|威圧感|迫力|貫禄)?(?:のほうが|の方が|が出(?:た|る)(?:ほう|方)が|が出ると|が出れば|が対応すると|が対応したほうが|が対応した方が|だと)[、,]?[^。！？!?\\n]{0,24}?(?:落ち着|おちつ|和ら|やわら|和む|なごむ|癒さ|癒や|いやさ|素直に|聞いてくれ|きいてくれ|引き下が|ひきさが|おとなしく|大人しく|丸く収ま|まるく収ま|まるくおさま|角が立たな|怒りが(?:収ま|おさま))'),
    need: ['女', '男'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a) => {
      const sen = fo.slice(s.start, s.end)
      return (/(?:やつぱ|やはり|断然|といつても)/u.test(fo.slice(Math.max(s.start, a - 2), a + 10)) || /(?:のほうが|の方が)/u.test(fo.slice(a, a + 24))) && !AWARENESS.test(sen) && !ANSWERED.test(sen) && !phrase('希望|申し出|お申し付け|できるよう|しやすい|選べ|お選び|指定|指名|という方|調査|研究|とは限ら|関係な|問わ|男女とも|どちらも|男性も女性も|女性も男性も|思い込み|固定観念|偏見|決めつけ|dv|暴力|性被害|被害者|更衣|着替え|トイレ|入浴|授乳|検診|健診|女性専用|女性限定|男性専用|同性', 'u').test(sen)
    },
  },
  // A task handed to a sex as its share (男性は力仕事担当で！, 女の人はお茶出し係ね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男の人|男子|男衆|男|女性|女の人|女子|女)(?:陣|衆|の方|の方々|の皆さん|の皆様|たち|チーム)?(?:は|には)[、,]?(?:もちろん|当然|やっぱり|やっぱ|いつもどおり|いつも通り)?(?:力仕事|重い物|重いもの|荷物運び|運搬|設営|テント張り|炊き出し|お茶出し|お茶くみ|お酌|配膳|炊事|料理|調理|洗い物|後片付け|片付け|子守|受付(?=(?:の)?(?:担当|係|役|要員)))(?:の)?(?:担当|係|役|要員|専門|部隊|班|お任せ|で(?:[！!。♪]|$|よろしく|お願い)|を(?:担当|お任せ|よろしく))'),
    need: ['男', '女'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)) && !phrase('希望|ご自由|どなたでも|男女問わ|性別問わ|性別に関係|男性も女性も|女性も男性も|更衣|着替え|トイレ|浴場|授乳', 'u').test(fo.slice(s.start, s.end)),
  },
  // People of one sex offered to the other as a catch (若い女性の皆さん、農家の独身男性陣がお待ちかねです♡ 甘い出会いがあるかも？).
  {
    rule: 'decency/sexual',
    re: phrase('(?:若い|独身の|未婚の|かわいい|可愛い|きれいな|綺麗な)?(?:女性|女の子|女子|お姉さん|娘さん|男性|男の子|男子|お兄さん)(?:の皆さん|の皆様|の方々|の方|たち|陣|さん)?[、,！!]?[^。！？!?\\n]{0,30}?(?:独身|未婚|嫁不足|嫁探し|花嫁|お嫁さん|お婿さん|彼氏募集|彼女募集|男性陣|女性陣|男衆|若い衆|男性職員|女性職員|跡取り)[^。！？!?\\n]{0,16}?(?:お待ちかね|待ちわび|待ち構え|首を長く|手ぐすね|狙って|ねらって|ロックオン|品定め|鼻の下|お持ち帰り|候補|(?:甘い|運命の|素敵な|すてきな|ステキな|ドキドキの)?出会い(?:が|も)?(?:ある|あるかも|あるかな|待って|期待))'),
    need: ['独身', '未婚', '嫁', '婿', '彼氏', '彼女', '男性陣', '女性陣', '男衆', '若い衆', '男性職員', '女性職員', '跡取り'],
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !phrase('婚活|縁結び|お見合い|結婚(?:支援|相談)|出会いの場|出会いイベント|交流会|交流パーティ|ご縁|マッチング|ハラスメント|セクハラ', 'u').test(t) && !AWARENESS.test(t) && (/[♡❤💕😍😘😏🤭]|お待ちかね|待ちわび|待ち構え|首を長く|手ぐすね|狙つて|ねらつて|ろつくおん|品定め|鼻の下|お持ち帰り|甘い|運命|どきどき/u.test(fo.slice(s.start, Math.min(fo.length, s.end + 30)))) },
  },
  // Round 17: dementia called ボケ (認知症…ボケ防止のコツ（笑）, ボケてきた親, ボケ老人), not the flower (ボケの花) nor 寝ぼけ or ピンボケ.
  // Blind R281B-034 kind (dec15): ボケ as the noun of an older person's decline (any width, ﾎﾞｹ folded: 少しボケが出てきた方, ボケが進んだ親,
  // ボケの症状): the same slur for dementia, warn, with the old or the illness in the post (not a photo's blur: ボケが出やすいレンズ).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<!寝|ねぼ|時差|ぴん|ピン|平和|天然)(?:ボケ|ぼけ)(?:防止|予防|対策|封じ|老人|始め|はじめ|かけ|て(?:き|る|い)|た(?:ら|人|方|親|老人|年寄り|お年寄り|じいさん|ばあさん)|る(?:と|前|から|のが)|ない(?:よう|ため|ように|ための|秘訣|コツ)|ちゃ|とる|(?:が|も)(?:少し|すこし|だいぶ|かなり)?(?:出|で|進|すす|ひど|酷|目立)(?:て|始|はじ|ん|み|む|き|い|く|っ)|の(?:症状|進んだ|入った|出た|出てきた|始まった)(?:方|人|親|お年寄り|高齢者)?)|(?:認知症|痴呆)(?:の)?(?:こと)?(?:を|は)?[、,]?(?:いわゆる|俗に言う|要するに)?(?:ボケ|ぼけ)(?![の花])'),
    need: ['ぼけ'],
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症予防のコツを紹介します」）',
    severity: 'warn',
    // ボケ防止 alone is everyday speech (ボケ防止に、脳トレ教室へどうぞ); it mocks when the post names the illness or laughs.
    // Round 56: nor the word denied (認知症の方は「ボケている」わけではありません).
    keep: (fo, s, a, b) =>
      !SLUR_TALK.test(fo.slice(s.start, s.end)) &&
      // Round 103: nor the reason named and denied (だまされるのは、ボケているからではありません, …せいじゃない).
      !/^[^。！？!?\n]{0,6}?(?:わけ|から|ため|せい|の)(?:では|じや|でも)(?:ない|なく|ありません|ございません)|^[^。！？!?\n]{0,6}?とは限(?:ら|りません)/u.test(fo.slice(b, s.end)) &&
      !/木瓜|花|咲|盆栽/u.test(fo.slice(s.start, s.end)) &&
      !/写真|ぴんと|かめら|れんず|撮影|画像|映像|背景|漫才|つつこみ|お笑い|こんと/u.test(fo) &&
      (/^ぼけ(?:老人|た(?:人|方|親|老人|年寄り|お年寄り|じいさん|ばあさん))/u.test(fo.slice(a, b)) ||
        (/^ぼけ(?:防止|予防|対策|封じ|ない)/u.test(fo.slice(a, b)) ? /認知症|痴呆|[😂🤣😆😝😜🤪]|笑|(?<![a-z0-9/.:@_-])w{2,}/u : /認知症|痴呆|物忘れ|介護|年寄り|高齢|老人|年配|しにあ|祖父|祖母|じい|ばあ|親|[😂🤣😆😝😜🤪]|笑/u).test(fo)),
  },
  // Round 17: the old belittled by a deficiency of the mind put before them (物覚えの悪い年寄り, 物わかりの悪かじいさん, 頭の固い老人).
  // Blind R235I-046 kind (dec3): forgetfulness called bad as the old's epithet (物忘れがひどいお年寄りでも, 物忘れの激しい老人).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:(?:物覚え|もの覚え|物わかり|物分かり|もの分かり|のみ込み|飲み込み|呑み込み|覚え|頭|要領|理解)(?:の|が)(?:悪い|悪か|わるい|遅い|遅か|鈍い|とろい|のろい|固い|かたい|固か|弱い)|(?:物忘れ|もの忘れ|ど忘れ|忘れっぽさ)(?:の|が)(?:ひどい|ひどか|激しい|はげしい))(?:${OLD_KIN}|高齢者|ご?高齢の(?:方|人)|年配の?(?:方|人)|シニア(?:の方)?|老人)|(?:${OLD_KIN}|高齢者|老人)(?:は|って)[、,]?(?:どうしても|やっぱり|やっぱ|みんな|たいてい|大抵)?[、,]?(?:物覚え|もの覚え|物わかり|物分かり|飲み込み|のみ込み|覚え|頭)(?:が|も)?(?:悪|わる|遅|鈍|とろ|のろ|固)(?:い|か|く(?!なる|なります|なっ))`),
    need: OLD_KIN_NEED.concat(['高齢', '年配', 'しにあ']),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 17: a group's needs dismissed as too few to be worth it (車いすの人なんて月に数人しか来ない, 障害者のためだけに何千万もかけるのはどうか).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISMISSED})(?:なんて|なんか|なんぞ|ごとき|とか)[^。！？!?\\n]{0,24}?(?:しか|ほとんど|めったに|滅多に|数えるほど)[^。！？!?\\n]{0,10}?(?:来|い|使|利用し|お|通ら|見かけ)(?:ない|ん|ません|なか|へん)|(?:${DISMISSED})(?:は|が)[^。！？!?\\n]{0,16}?(?:しか|ほとんど|めったに|滅多に)[^。！？!?\\n]{0,10}?(?:ない|ん|ません|なか|へん)(?:のに|くせに|のだから|んだから|んやけん|とに)[、,]?[^。！？!?\\n]{0,30}?(?:無駄|むだ|ムダ|もったいな|どうか|いかが|おかしい|必要(?:ない|ありません|なか)|いらない|要らない|不要)|(?:${DISMISSED})(?:の(?:ため|為)(?:だけ)?に|なんか(?:の(?:ため|為))?に|なんぞに|ごときに)[^。！？!?\\n]{0,24}?(?:かける|かけて|使う|使って|費やす|つぎ込む|注ぎ込む|投じる|出す|払う)(?:の|なんて|とか|こと)(?:は|も)?[、,]?(?:どうか|無駄|むだ|ムダ|もったいな|おかしい|いかが|疑問|納得(?:いか|でき)|理解でき(?:ない|ん)|ばかげ|馬鹿げ|ありえな|あり得な)`),
    need: ['なんて', 'なんか', 'なんぞ', 'ごとき', 'とか', 'ため', '為', 'しか', 'ほとんど', 'めつたに', '滅多に'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Round 17: people named by their body type and presumed ashamed of it (ぽっちゃりさんは水着が恥ずかしいかも, 太めの方は勇気がいるけど).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${BODY_TYPED})[^。！？!?\\n]{0,24}?(?:恥ずかし|はずかし|抵抗が|気にな|コンプレックス|隠し|隠せ|隠れ|勇気|我慢|がまん|ダイエット|痩せ|やせ|引け目|見せたくな|肩身)|(?:恥ずかし|はずかし|コンプレックス|隠したい|引け目|肩身の狭い)[^。！？!?\\n]{0,12}?(?:${BODY_TYPED})`),
    need: ['ぽつちやり', '太', 'ふくよか', 'でぶ', '肥満', '体格', 'がたい', '大柄', '横幅', '恰幅', '肉付き', 'お腹', 'おなか'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !/赤ちやん|乳児|犬|猫|かぴばら|ぱんだ|動物|きやら|ぬいぐるみ|健康|生活習慣病|りすく|健診|検診|保健|医師|栄養|めたぼ/u.test(fo.slice(s.start, s.end)),
  },
  // Round 17: 部落 as a likeness for a poor or run-down place (まるで部落みたいな景色, 同和地区のような町並み).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落|ぶらく|同和地区|同和|被差別部落)(?:民)?(?:みたい|のよう|の様|っぽ|ぽい|並み|なみ|同然|さながら|かと思|に見え|にしか見え|じみ|と化|化し|化す)|(?:まるで|さながら|ほとんど|もはや)[、,]?(?:部落|ぶらく|同和地区)'),
    need: ['部落', 'ぶらく', '同和'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 17: people's looks ranked or hunted (浴衣美人ランキング, イケメン職員総選挙, 顔面を勝手に採点, 水着美女を探せ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人(?!画|の湯|湯|局|薄命)|美女|美少女|美男(?:子)?|イケメン|べっぴん|別嬪|男前|かわいい子|可愛い子|カワイイ子|ブス|ブサイク|ぶさいく|ブサカワ)(?:さん)?(?:職員|スタッフ|さん|ちゃん)?(?:の)?(?:ランキング|ランク付け|格付け|番付|総選挙|ベスト[0-9０-９三五十]|採点|点数|コレクション|図鑑|ハンター|探し|を探|ウォッチ|発見|を激写|激写|認定)|(?:容姿|顔面|顔|ルックス|スタイル|見た目|美貌|美しさ|かわいさ|可愛さ)(?:の|で|を)?(?:勝手に|こっそり|独断で|独自に)?(?:ランキング|ランク付け|格付け|番付|順位付け|採点|点数(?:を)?付け|点数化)'),
    need: ['美', 'いけめん', 'べつぴん', '別嬪', '男前', 'かわい', '可愛', 'ぶす', 'ぶさ', '容姿', '顔', 'るつくす', 'すたいる', '見た目'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !/人形|いらすと|きやらくたー|ぬいぐるみ|雛|ますこつと|犬|猫|動物|野菜|果物|料理|盛り付け|花壇|生け花|金魚|鯉|うなぎ|めだか/u.test(t) },
  },
  // Round 17: a sex or a people said to be all alike (日本の女性はみんな控えめでおしとやか, 男って基本大雑把, 女性は噂好きな生き物).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:女性|女の人|女子|(?<![一-龥])女|男性|男の人|男子|(?<![一-龥])男|日本人|外国人|(?:${NATION})人)(?:って|は|というのは|ってのは|というもの(?:は))[、,]?(?:(?:みんな|みな|皆|全員|誰でも|だれでも|例外なく|たいてい|大抵|だいたい|大体|基本(?:的に)?|総じて|概して|どいつも)[、,]?[^。！？!?\\n]{0,12}?(?:${TRAIT})|[^。！？!?\\n]{0,8}?(?:${TRAIT})[^。！？!?\\n]{0,6}?(?:生き物|いきもの|もの(?:だ|です|やけん|よ|なんだ|なんです)|ですよね|だよね|やもんね|というのは本当|ってのは本当|って本当|というのは事実))`),
    need: ['女', '男', '人は', '人つて', '人というのは'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !/とは限ら|わけじや|わけでは|人それぞれ|個人差/u.test(t) },
  },
  // ── Round 20 (implicit prejudice) ──
  // A job's workers kept from a service (性風俗店で働いている方は…貸付相談をお断りする場合があります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:性風俗|風俗店?|水商売|夜の(?:お)?仕事|キャバクラ|ホストクラブ)(?:で|に)?(?:働いて(?:いる|る|おられる)|勤めて(?:いる|る|おられる)|勤務の|勤務して(?:いる|る)|従事(?:して(?:いる|る)|する|されている))(?:方|人|者)(?:は|には|の)[^。！？!?\\n]{0,30}?(?:お断り|お受けでき|お受けいたしかね|対象外|ご遠慮|ご利用いただけ(?:ません|ない)|できません|いたしかねます)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // Someone's illness welcomed for what it gave the rest (インフルエンザで3人も寝込んでくれたおかげで静か（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('(?:インフル(?:エンザ)?|コロナ|風邪|かぜ|病気|胃腸炎|ノロ|熱)(?:で|に)[^。！？!?\\n]{0,16}?(?:寝込|倒れ|休|入院し|欠勤し|ダウンし)(?:んで|て)くれ(?:た|て)(?:おかげ|お陰|から|けん)'),
    instead: INSENSITIVE,
    severity: 'warn',
  },
  // One sex steered away from a post (男性の応募を想定しております。女性の方は一般事務職をご検討ください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:男性|女性|男|女)(?:の方|の皆さん|の皆様)?(?:は|には)[、,]?[^。！？!?\\n]{0,16}?(?:職|職種|コース|部署|係|業務|仕事)(?:を|への(?:応募|お申し込み)を|の方を|のほうを)(?:ご検討|検討して|お勧め|おすすめ|お薦め|ご案内)|(?<![一-龥])(?:男性|女性)(?:の方)?(?:の)?(?:応募|採用|ご応募)を(?:想定|前提|優先)(?:して|と|いた)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !SEX_OK.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/積極|歓迎|問わ|男女とも|どなたでも/u.test(t) },
  },
  // A generation given a trait (ゆとり世代は打たれ弱い, 今どきの若者は電話に出ない).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ゆとり世代|さとり世代|z世代|${YOUNG_NOW}|若い(?:もん|やつ|奴)ら?|(?:今どき|いまどき|今時|最近)の(?:母親|父親|親|お母さん|お父さん|ママ|パパ|主婦|嫁))(?:は|って|の[^。！？!?\\n]{0,8}?(?:は|って|ですが|だけど))?[、,]?[^。！？!?\\n]{0,16}?(?:打たれ弱|根性(?:が)?な|電話に出(?:ない|ん|ません)|すぐ(?:に)?(?:(?:仕事|会社|職場|部活|学校)(?:を)?)?(?:辞め|やめ|休)|常識(?:が|も)?(?:な|知らな)|礼儀(?:を|も)?知らな|使えな|指示待ち|敬語(?:が|も)?(?:使え|でき)な|忍耐(?:力)?(?:が)?(?:ない|足りな)|やる気(?:が)?な|本を読まな|我慢(?:が)?でき(?:ない|ん)|甘やかし|しつけ(?:が|も)?(?:でき(?:てい)?な|なってな)|非常識|自分勝手)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/いめーじ|実は|意外|人それぞれ|個人差/u.test(t) },
  },
  // A district's residents asked to stay in because a case was found there (感染者が確認された○○地区の皆さまは外出を控えて).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:感染者|患者|陽性者|感染)(?:が)?(?:確認|発生|出)[^。！？!?\\n]{0,12}?(?:地区|地域|町|集落|校区|団地)の(?:皆さま|皆様|皆さん|方|住民)[^。！？!?\\n]{0,30}?(?:外出|出歩|来庁|来館|参加|利用)[^。！？!?\\n]{0,4}?(?:を)?(?:控え|自粛|ご遠慮)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A nuisance located where a group has moved in (…苦情が増えています。特に外国人住民が増えた○○地区の公園で目立っています).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国籍|外国の方|実習生|留学生|移民|難民|(?:中国|韓国|ベトナム|フィリピン|ブラジル|ネパール)(?:人|籍|の方))(?:住民|の方|の人|の皆さん)?(?:が)?(?:増え|急増|多く住|集ま)[^。！？!?\\n]{0,16}?(?:地区|地域|団地|アパート|公園|辺り|あたり|界隈)[^。！？!?\\n]{0,10}?(?:で|が|は)(?:特に)?目立(?:って|ち|つ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => NUISANCE_RE.test(fo.slice(Math.max(0, a - 80), s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disabled group all presumed to use one means (耳の不自由な方は皆さん手話ができますので).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:耳の(?:不自由|聞こえない)な?(?:方|人)|聴覚障(?:害|がい)(?:の(?:ある)?(?:方|人)|者)?|ろう者|目の(?:不自由|見えない)な?(?:方|人)|視覚障(?:害|がい)(?:の(?:ある)?(?:方|人)|者)?)(?:は|って)[、,]?(?:皆さん|皆様|みなさん|みな|全員|みんな|誰でも|だれでも|基本的に)[、,]?[^。！？!?\\n]{0,6}?(?:手話|点字|口話|読唇)(?:が|を|は)?(?:でき|使え|読め|分か|わか)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Mental illness put down to weakness of will (うつ病は心の弱さから, 気の持ちようで治る, 甘えでしょ); round 84: not the label denied
  // right after it (甘えでも気の持ちようでもありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:うつ病|鬱病|精神疾患|心の病|精神の病|適応障害|パニック障害|統合失調症|依存症|発達障(?:害|がい))[^。！？!?\\n]{0,16}?(?:(?:心|気持ち|精神|性格|根性|意志)(?:の|が)(?:弱さ|弱い|弱く|甘さ|甘い)|気の持ち(?:よう(?!${LABEL_DENIED})|方次第)|気合い?(?:で|が足り)|(?:ただの|単なる)?(?:甘え|怠け|なまけ)(?:だ|です|でしょ|やろ|から|なので|[。！!]|$)|根性(?:が)?(?:な|足り))`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disability or illness made the reason a group should keep to quiet days (大きな声を出すことがあるため、土日は避けて).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)|病気|認知症|自閉|発達|hiv|エイズ|陽性|感染者|トランスジェンダー|性的少数|同性)[^。！？!?\\n]{0,40}?(?:(?:混雑|混み合|込み合|土日|休日|週末|ピーク|昼間|日中)[^。！？!?\\n]{0,12}?(?:を)?(?:避けて|外して|ずらして)(?:いただ|ください|下さい|もら|ほし|ご来|お越し|の来)|(?:多目的|だれでも|誰でも)トイレ(?:で|を)[^。！？!?\\n]{0,10}?(?:お着替え|着替え|ご利用)(?:を)?(?:お願い|ください|下さい|いただ))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/希望|ご希望|ご相談|お申し出|選べ|選択|どなたでも|どちらでも/u.test(t) },
  },
  // A disability or illness made an inspiration (障害があるのにえらい, ハンデを抱えながらも一生懸命な姿に感動).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)|ハンデ(?:ィキャップ)?|ハンディ(?:キャップ)?|病気|持病)(?:が|を)(?:ある|あっ|抱え|持ち|持っ|お持ち)[^。！？!?\\n]{0,6}?(?:のに|ても|ながら(?:も)?)[、,]?[^。！？!?\\n]{0,24}?(?:えらい|偉い|すごい|凄い|感動|健気|けなげ|勇気をもら|勇気をくれ|涙が|一生懸命|頑張|がんば)|障(?:害|がい|碍)を乗り越え[^。！？!?\\n]{0,16}?(?:頑張|がんば|感動|姿)|(?:聞こえ|見え|歩け|話せ|しゃべれ)(?:ない|ません)(?:方|人|子|お子さん)(?:でも|なのに)[^。！？!?\\n]{0,24}?(?:感動|すごい|えらい|驚)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !/応援|両立|相談|講座|せみなー|窓口|どなたでも|安心して/u.test(t) },
  },
  // The old used as the yardstick of understanding (おじいちゃんでもわかるように).
  // Round 54: also said outright or before what it modifies, and of women as well as the old (パソコンが苦手な主婦やおばあちゃんでも
  // わかる、電子申請のやり方, ご高齢の方でもわかる説明, 主婦の方でもすぐ分かります, ばあちゃんでん分かるごと; blind R54A-059): the group
  // is the measure of the easy, its ability presumed low. Not a question (…でもわかるかどうか), not わかりやすい (care), not a
  // group named with no でも (お年寄りにもわかりやすい), not どなたでも.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED}|じいちゃん|ばあちゃん|うちの(?:母|父|親|祖母|祖父)|(?:主婦|奥さん|奥様|お母さん|ママ|女性|女の人)(?:の方|さん|の皆さん|たち)?)(?:でも|でん)(?:すぐ(?:に)?|簡単に|かんたんに|すんなり|ひと目で|一目で|すらすら)?(?:(?:わかる|分かる|わかり|分かり|理解でき|ついていけ)(?:ように|よう|くらい|ぐらい|ほど|ごと)|(?:わかる|分かる|理解できる|使いこなせる)(?!か(?:どうか|[？?。])|(?:の|ん)(?:です)?か)|(?:わかり|分かり|理解でき|使いこなせ)ます(?!か))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // One sex given one task and the other another (男性は搬送を、女性は炊き出しを担当).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:男性|男子|男|お父さん|パパ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n]{1,20}?(?:を|、)[、,]?[^。！？!?\\n]{0,4}?(?:女性|女子|女|お母さん|ママ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n」』]{1,20}?(?:担当|係(?:を|に|で)|役(?:を|に)|お願いし|していただ|してもら|して(?:ください|下さい))|(?<![一-龥])(?:女性|女子|女|お母さん|ママ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n]{1,20}?(?:を|、)[、,]?[^。！？!?\\n]{0,4}?(?:男性|男子|男|お父さん|パパ)(?:の(?:皆さん|皆様|方|方々)|陣)?(?:は|には)[、,]?[^。！？!?\\n」』]{1,20}?(?:担当|係(?:を|に|で)|役(?:を|に)|お願いし|していただ|してもら|して(?:ください|下さい))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !/[0-9０-９][:：]|[0-9０-９一二三四五六七八九十]\s?(?:時|階|番|列|組|班)|午前|午後|更衣|着替|お並び|整列|といれ|浴|風呂|検診|健診|部門|の部|くらす|ちーむ|こーと|会場|体育館|武道場|教室|固定|役割分担|根強|意識/u.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A quality given to a sex (女性ならではのきめ細やかな気配り), a father who "helps" with his own child, a father presumed busy.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|女|母親|お母さん|ママ|男性|男)(?:スタッフ|職員|の方)?(?:ならでは|らしい|特有)(?:の)?[^。！？!?\\n]{0,6}?(?:気配り|気遣い|心遣い|細やか|きめ細|こまやか|優しさ|やさしさ|柔らか|華やか|繊細|母性|力強さ|包容力|おもてなし|頼もしさ)|(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)[^。！？!?\\n]{0,20}?(?:育児|子育て|家事)(?:を|も)?[^。！？!?\\n]{0,6}?[「『]?(?:手伝|てつだ)|(?:パパ|お父さん|父親|ご主人|旦那さん)(?:は|たちは)[、,]?[^。！？!?\\n]{0,8}?(?:仕事|お仕事)(?:で|が)?(?:忙し|いそがし)(?!い(?:方|人)|い場合)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A sex said to be unfit for a job (女に消防は無理, 男には保育士は務まらない).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥])(?:女|女性|女子|男|男性|男子)(?:に|には|が)[^。！？!?\\n]{1,10}?(?:は|なんて|なんか|とか)[、,]?(?:無理|むり|務まら|つとまら|向いてな|向いていな|向かな|できっこ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // The account siding with a neighbour's fear of a group (精神の病気の方が近所に住むとなると不安ですよね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:近所|近く|隣|となり|地域|町内|そば|同じ(?:建物|アパート|マンション))[^。！？!?\\n]{0,20}?(?:住|越して|引っ越|いらっしゃ|おられ|入居|暮らさ|暮らす|来ら|来る|建つ|でき)[^。！？!?\\n]{0,10}?(?:と|となると|となれば|のは|なら)[、,]?[^。！？!?\\n]{0,24}?(?:心配|不安|怖|こわ)(?:ですよね|だよね|ですね|でしょう(?:ね)?|になりますよね|もんね|(?:な|に(?:なる|なられる))のも(?:当然|無理|わかり|分かり)|になるのは当然|なお気持ち)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return FEARED.test(t) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // … and a complaint about a group agreed with (確かに…問題ですね; マナーの悪い国の方が多いのは事実).
  {
    rule: 'decency/discriminatory',
    re: phrase('確かに[^。！？!?\\n]{0,40}?(?:問題|困り|迷惑|事実|心配|不安|おかしい|ずるい|不公平)(?:ですね|だね|ですよね|だよね|です|だ|でしょう|と思います|かと)|(?:マナー|ルール|民度|素行|態度|決まり)[^。！？!?\\n]{0,6}?(?:悪|わる|守らな|守れな|なってな)[^。！？!?\\n]{0,14}?(?:多い|目立つ|多数)(?:のは|ことは)(?:事実|確か|本当|間違いな)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return (FEARED.test(t) || /国の(?:方|人)|税金で(?:生活|暮ら|食べ)|保護費/u.test(t)) && !AWARENESS.test(t) && !PRESUMED_NOT.test(t) },
  },
  // 同和地区 located for an inquirer (同和地区に当たるかどうかはお伝えできます), a place hinted at (昔からいろいろ言われている土地),
  // the issue called over (同和問題はもう昔の話), and a family's origin looked into (お相手の家柄や出身地までお調べします).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|被差別部落|部落)[^。！？!?\\n]{0,6}?(?:に)?(?:該当する|当たる|あたる|含まれる|入る)か(?:どうか)?[^。！？!?\\n]{0,30}?(?:お答え|お伝え|お教え|ご案内|回答|教え)(?:し(?!かね)|いた(?!しかね)|でき(?:る|ます))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase(`${REFUSED_ANSWER}|差別|人権`, 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:昔から|以前から|古くから|昔は|昔)[^。！？!?\\n]{0,8}?(?:いろいろ|色々|何かと|あれこれ|とかく)(?:と)?(?:言われ|いわれ|噂され|うわさされ)(?:て(?:いる|る|き|おる|た)|と(?:る|う|っ))[^。！？!?\\n]{0,6}?(?:地域|地区|土地|場所|所|ところ|辺り|あたり|集落)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /購入|買|住|土地|物件|不動産|家|引つ越|結婚|縁談|説明会|荒れ|気をつけ|慎重|お考え/u.test(fo.slice(s.start, s.end)) && !/伝説|伝承|河童|民話|昔話|幽霊|妖怪|ぱわーすぽつと/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和|部落)(?:問題|差別)?(?:は|って|なんて|なんか)[、,]?[^。！？!?\\n]{0,8}?(?:(?:もう|既に|すでに|とっくに)?(?:昔|過去|大昔)の(?:話|こと|問題)(?!(?:では|じゃ)|と(?:思|考|言|いわ|され|捉))|(?:もう|既に|すでに|とっくに)(?:ない|なくな|解決|存在しな|関係な))'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:家柄|出身地|本籍|出自|素性|身元|ご実家)[^。！？!?\\n]{0,16}?(?:お調べ|調べ(?:て|ます|る|た|上げ|方)|確かめ(?:たい|て|る|ます|方)|調査(?:し|いた|します|する)|確認(?:し|いた|します|する))(?!(?:ること|たり)?(?:は|を|も)?(?:(?:いた)?しません|しない|できません|禁止|お断り))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return /結婚|縁談|相手|紹介|採用|婚活|お見合い|交際|入居|応募|嫁|婿/u.test(t) && !SURVEY_TOLD.test(t) && !/差別|人権|禁止|お断り|しません|しない|いけ|なりません|違反|本人/u.test(t) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedInNextSentence(fo, s) },
  },
  // Welfare applicants told not to "lean" on it (生活保護は最後の手段です。働ける方は甘えずに…) or to work first (働ける方は、まず働いてから相談に).
  {
    rule: 'decency/discriminatory',
    re: phrase('甘え(?:ず|ないで|んで|ることなく|ては(?:いけ|だめ|ダメ))|(?:自分|自ら)の力で[^。！？!?\\n]{0,10}?(?:頑張|がんば)|自力で[^。！？!?\\n]{0,6}?(?:頑張|がんば|なんとか)|働ける(?:方|人)(?:は|なら)[、,]?(?:まず|先に|ちゃんと|しっかり)(?:働いて|仕事を(?:探|して))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => /生活保護|保護費|受給|扶助|福祉|保護を/u.test(fo.slice(Math.max(0, a - 80), b + 30)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A people or region given a trait as a whole (ブラジルの人はノリがいい, 韓国の方は辛いものに強い, 関西の人はせっかち).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${NATION}|南米|中南米|関西|大阪|沖縄|東北|北海道|東京|都会|九州|博多|県外|南国|北国|雪国)(?:出身|から来た|からの|系|から(?:移住|引っ越|越)して(?:き|こられ)た)?(?:の)?(?:人|方|皆さん|皆様|方々|人たち|人ら|お客さん|お客様|実習生|留学生|移住者|職員さん|人間|国民)(?:って|は|なら|だから|やけん|らしく|[、,])[、,]?[^。！？!?\\n]{0,20}?(?:${PEOPLE_TRAIT})`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    // rv-dec (a service offer to visitors): the adjective is a thing's, the thing offered (県外の方は冷たいお飲み物をどうぞ).
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/いめーじ|実は|意外|人それぞれ|個人差/u.test(t) && !THING_AFTER_TRAIT.test(fo.slice(b, b + 12)) },
  },
  // An accident's victim laughed at (川に落ちた観光客さん…🤣, 溺れたのが地元の人じゃなくてよかった), a death joked about.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:落ち|転落し|溺れ|おぼれ|流され|はねられ|転倒し|転ん|ひかれ|轢かれ)(?:た|だ)[^。！？!?\\n]{0,6}?(?:観光客|人|さん|方|子|客|職員|男性|女性|おじいさん|おばあさん)[^。！？!?\\n]{0,30}?(?:[🤣😂]|[（(]笑[)）]|${LAUGH_W}|(?<=[ぁ-ゖ〜ー])笑)|(?:溺れ|おぼれ|死ん|亡くなっ|はねられ|流され)(?:た|だ)の(?:が|は)[^。！？!?\\n]{0,12}?(?:じゃなくて|でなくて|じゃなく|でなく)(?:よかった|良かった|助かった|ラッキー)|(?:死亡事故|事故|亡くな|死者)[^。！？!?\\n]{0,30}?[。、]?[^。！？!?\\n]{0,20}?心霊スポット|(?:孤独死|死亡|遺体|亡くな)[^。！？!?\\n]{0,30}?[（(](?:いろんな|色んな|いろいろな|色々な)意味で[)）]|(?:天国|あの世)(?:から)?の?お迎え(?:が)?(?:近|来)[^。！？!?\\n]{0,12}?(?:[🤣😂]|笑|${LAUGH_W}|冗談)`),
    instead: INSENSITIVE,
  },
  // Staff or a performer shown in uniform or swimwear as a thrill (白衣姿にドキッ, 水着姿を見るだけでも価値あり), a low angle wished.
  {
    rule: 'decency/sexual',
    re: phrase('(?:白衣|制服|ナース服|水着|浴衣|スーツ|袴|エプロン|法被|ユニフォーム)姿[^。！？!?\\n]{0,12}?(?:ドキッ|ドキドキ|ムラムラ|興奮|たまら|そそ|ときめ|キュン|鼻の下|目の保養|癒や?され|いやされ|萌え|見る(?:だけ|ため|ためだけ)(?:でも|に)[^。！？!?\\n]{0,8}?(?:価値|来る|来て|参加))|ローアングル(?:で|から)[^。！？!?\\n]{0,6}?(?:撮りたか|撮りた|狙|攻め)|(?<![a-z])h(?:な|っぽい)(?:ポーズ|写真|話|こと|動画|雰囲気)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !/子ども|子供|児童|生徒|園児|赤ちやん|花|風景|建物|防止|盗撮/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('美女(?:ぞろい|揃い|ばかり|だらけ|軍団|集結)|(?:の|な)美女[！!]'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/美女と野獣/u.test(fo.slice(s.start, s.end)),
  },
  // Round 19: slurs spelt spaced, half-width or with a dot between the letters (ナ マ ポ, ﾊﾞｶﾁｮﾝ, ﾎﾓﾀﾞﾁ, ＢＢＡ); the compact view
  // joins them, so these are read here rather than in the word list.
  // Blind R255Q-036 kind (dec8): the slur for the blind in kana said of people with a copula or question after it (みんな めくら
  // なんかな, めくらなの？): the word segmenter reads めくらな… as the verb めくる, so the list never sees it; the verb's own
  // negatives (めくらない, めくらなかった, めくらなきゃ) are not followed by の or んか/んだ.
  {
    rule: 'decency/discriminatory',
    re: phrase('ナマポ|なまぽ|バカチョン|ばかちょん|ホモダチ|ほもだち|(?<![a-z0-9])bba(?![a-z0-9])|めくら(?:判|版|ばん)|めくら(?=な(?:の|ん(?:か|じゃ|だ|です|や|よ|でしょ)))|メクラ判|ブラク(?:民|出身|だ|で|の|や|っ)|(?:そっち|ソッチ|あっち|アッチ)系(?=[”"」』]?(?:の(?:人|方|奴|やつ|男|女)|なん|やろ|だろ|でしょ|っぽ|かな|かと|かも|いたり))'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // A sexual word with one letter masked (エ□すぎ, エ○い).
  { rule: 'decency/sexual', re: phrase('エ[□○〇●◯◎×✕＊*■](?:い|すぎ|過ぎ|く|か(?:っ|ろ))'), instead: INSTEAD.sexual, need: ['え'] },
  // Words that belittle a job or a body by an old slur (土方仕事, 片手落ち): warn. 土方さん alone is a surname (土方 大輔さん, （土方さん）);
  // the old word is 土方さんたち, 土方さんみたい or a work site's 土方さん (round 78, blind HK-034).
  {
    rule: 'decency/discriminatory',
    re: phrase('土方(?:仕事|作業|の仕事|さん(?:たち|達|ら|連中|みたい|のよう|並み|っぽ))|(?:現場|工事|工事現場|建設現場|日雇い)の土方さん|片手落ち|ＤＥＢＵ|(?<![a-z])debu(?![a-z])'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Women on staff as decoration (職場の花, 女子が多くて職場が華やかに) or set to pour drinks for guests (美女がお酌).
  {
    rule: 'decency/lookism',
    re: phrase('(?:職場|課|窓口|役所|庁舎|受付)の(?:花|華)(?![火壇瓶見])(?!(?:が|を|も)?[^。！？!?\\n]{0,4}?(?:きれい|綺麗|咲|飾|生け|活け|届|植|水))|(?:女性|女子|女の子|若い子|美人|美女|新人)[^。！？!?\\n]{0,20}?(?:職場|課内|庁内|窓口|事務所|受付|(?<![一-龥])課|部署|係内|オフィス)(?:の(?:雰囲気|空気|中))?(?:が|も)?(?:一気に|ぱっと|パッと|一段と|ますます)?(?:華やか|華やい|明るくな|花が咲|彩)|(?:美女|美人|若い女性|女の子|娘さん|お姉さん)(?:が|の)(?:お酌|酌|接待|お相手)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // One sex shown as the other's wife-to-be or cook (農家の嫁不足, 嫁いでくれる女性, ご主人の胃袋をつかみたい奥様). Round 65 (R65A-066):
  // women recruited to a town or its men as brides (お嫁さん候補を大募集中の町です, 花嫁候補大募集, 若か女の子はぜひ嫁に来てくれんね);
  // not a match-making service for both sexes (お嫁さん募集中の男性も、お婿さん募集中の女性も), not a man's own
  // search (花嫁募集中の独身男性の皆さん: round 62 reads it; お嫁さん募集中の農家の男性向けに、婚活イベント), not 花嫁衣装 or 花嫁舟.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:農家|長男|跡取り|跡継ぎ|うち)の(?:お)?嫁(?:さん)?(?:不足|探し|募集|候補|に来)|嫁不足|嫁(?:いでくれ|いでくださ|いでもらえ|ぎに来|ぎませんか|ぎたい女性)|嫁に来(?:ませんか|てくれる(?:女性|人|方))|(?:お)?(?:花)?嫁(?:さん)?(?:候補)?(?:を|、)?(?:大|絶賛|急|ただいま)?募集|嫁(?:さん)?(?:に|として)来て(?:ほしい|欲しい|ください|くださ|くれん|くれる|もらえ|もらい|ね|な)|(?:ご主人|旦那|夫|彼|男性)(?:さん|様)?の胃袋'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, _a, b) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !fo.slice(s.start, s.end).includes('婿') && !BRIDE_SOUGHT_BY.test(fo.slice(b, b + 10)),
  },
  // A sex told how to behave or made the exception (男の子なら泣かずに, 女だてらに, 男顔負け, 女の子でも楽しめる).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:男|男の子|男子|女|女の子|女子)(?:なら|だったら|やったら|やけん|だもん)[、,]?(?:泣|弱音|我慢|めそめそ|おしとやか|おとなしく|愛嬌|家事|料理)|女だてら|男顔負け|男勝り|(?:女の子|女子|女性)(?:でも|にも)(?:楽しめ|わかる|分かる|理解でき)|(?:女の子|女子|女性)(?:は|には)(?:応援|サポート|お手伝い|補助)(?:で|を|に)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Round 19: people kept out by a trait that is no reason (薄毛の方はご遠慮ください, 精神科への通院歴がある方は登録をお控え,
  // 派遣社員・フリーター・水商売の方はご遠慮): a body, a psychiatric history, a job or an employment status.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:薄毛|うす毛|ハゲ|低身長|背の低い|太め|ぽっちゃり|肥満(?:体型)?|容姿に自信のない|精神科|心療内科|精神疾患|メンタル(?:の)?不調|うつ病|通院歴|入院歴|派遣社員|フリーター|非正規|水商売|夜のお仕事|夜の仕事|風俗|無職|ニート|ひきこもり|引きこもり)[^。！？!?\\n]{0,16}?(?:の|な|る|た|ある)(?:方|人|お客様)(?:は|、|も|や)[^。！？!?\\n]{0,20}?(?:ご遠慮|遠慮して|お断り|お断わり|お控え|(?:ご)?(?:参加|登録|応募|入会|利用)(?:は|を)?(?:(?:いただけ|でき|お受けでき)(?:ません|ない)|不可)|お受けでき(?:ません|かね))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !SAFETY.test(fo.slice(s.start, s.end)),
  },
  // Hiring or a ceremony kept to one sex, one age or male-female couples (20代の女性の方、大歓迎, 35歳くらいまでの方が望ましい,
  // 男女のカップルに限らせていただきます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:若い|若くて|若々しい|20代|二十代|30代|三十代|[2-4２-４][0-9０-９](?:歳|才)(?:くらい|ぐらい|程度|前後)?(?:まで|以下)の)[^。！？!?\\n]{0,6}?(?:女性|男性|女の子|男の子|方|人)(?:の方)?(?:が|を)?[、,]?(?:大歓迎|歓迎|優遇|望ましい|希望します|求む|優先)|男女(?:の)?(?:カップル|ご夫婦|夫婦)(?:様)?(?:に|のみ|だけ)(?:限ら|限り|限定|とさせ)|(?:異性|男女)(?:の)?カップル(?:限定|のみ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && (phrase('募集|採用|求人|雇|勤務|職員|アルバイト|パート|任用|保育士|働|撮影|前撮り|フォト|記念|式|挙式|利用|ご予約|カップル', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40))) && !phrase('婚活|出会い|若者向け|若年|就職支援|奨学|移住支援|定住|ut[ji]ターン', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40)),
  },
  // A group presumed to have a trait, stated as fact (男の人はお料理が苦手な方が多い, 若いお母さんは育児が不安定になりがち,
  // 最近の若い人はあいさつもできない, ハーフの子は顔立ちがはっきり): warn; a trait that condemns the group (韓国の方は反日感情の
  // 強い方も多い, 女性はどうしても感情的になりやすい, シングルマザーの方には夜のお仕事の方も多い): block.
  {
    rule: 'decency/stereotype',
    re: phrase(`${TRAIT_GROUP}${TRAIT_TOPIC}[^。！？!?\\n]{0,20}?(?:(?:苦手|下手|へた|不得意|不安定|未熟|寂しい思い|さみしい思い|かわいそう|わがまま)${TRAIT_COMMON}|(?:危険|危ない)(?:です|だ|やけん|[！!。])|(?:あいさつ|挨拶|敬語|常識|マナー|礼儀)(?:も|が)?(?:まともに|ろくに|ろくすっぽ)?(?:でき|知ら|なって)(?:ない|ん|へん|いない|いません|ません|おらん)|(?:顔立ち|目鼻立ち|彫り)(?:が)?(?:はっきり|深|違|日本人離れ|整っ)|身体能力(?:が)?(?:高|違|すご)|(?:暑さ|寒さ)に強(?:い|か|く))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${TRAIT_GROUP}${TRAIT_TOPIC}[^。！？!?\\n]{0,20}?(?:(?:感情的|ヒステリック|反日|反米|夜のお仕事|夜の仕事|水商売|だらしな|甘え|ずる賢|嘘つき|うそつき|怠け|なまけ)${TRAIT_COMMON}|日本人離れ|真面目で[^。！？!?\\n]{0,8}?従順|従順(?:で|だ|です|な))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // An illness or a body blamed on the person or called the end of a life (うつ病は気の持ちよう, 感染する人は自己管理が甘い,
  // 認知症になると家族に迷惑をかけるだけ, がんになったら人生おしまい). Round 84: not the label denied right after it (ひきこもりは怠けでも
  // 甘えでもない, …気の持ちようではなく; blind HN-143); 怠け joins 甘え (ひきこもりは怠けだ, 怠けとるだけ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:認知症|がん|癌|うつ病|うつ|鬱|精神疾患|病気|障害|障がい|同性愛|ゲイ|ひきこもり|引きこもり|ニート|コロナ|インフルエンザ|感染|太りすぎ|太り過ぎ|肥満|メタボ|hiv|エイズ)[^。！？!?\\n]{0,20}?(?:(?:人生(?:が)?(?:おしまい|お終い|終わり|オワリ|オワタ|終了|詰み)|迷惑をかける(?:だけ|ばかり)|(?:社会の)?お荷物|気の持ちよう|気の持ち様|気持ちの問題|心が弱い|弱い人|自業自得|自己責任)(?!${LABEL_DENIED})|(?:の)?(?:甘え|怠け)(?:だ|です|や(?!な)|で(?!${DENIED_REST})|。|$)|怠け(?:者|とる|ている|てる|てい(?:る|ます)|よる)|甘えを捨て|自己管理が(?:甘|足りな|足りてい(?:ない|なかった)|でき(?:てい)?(?:ない|なかった)|なってな))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/ありません|ではな|じやな|ないで(?:ください|下さい)|とは(?:違|限)|ません(?:よ|。)/u.test(fo.slice(s.start, s.end)),
  },
  // Foreign workers praised as docile or cheap (文句も言わず従順, 安く使える働き手). W15: not the treatment named as a wrong the
  // sentence fights (安い労働力として扱う問題の是正に取り組みます, 搾取をなくす, 安い労働力ではありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:文句|不満)(?:も|を)?(?:言わ|いわ)(?:ず|ない)[^。！？!?\\n]{0,6}?従順|従順(?:で|な|だ|です)[^。！？!?\\n]{0,12}?(?:働|使え|評判|助か|重宝)|安く(?:使え|雇え)る(?:働き手|労働力|人手|人材)|安い労働力'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('実習生|外国|留学生|移民|難民|ベトナム|フィリピン|中国|インドネシア|ネパール|ミャンマー|ブラジル|人材|労働者|働き手', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !LABOUR_WRONG.test(fo.slice(s.start, s.end)),
  },
  // Round 19c: a district hinted at as one people mind (地区によっては昔からの事情を気にされるご家庭も, あの地区は昔から「そういう所」).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|土地|場所|辺り|あたり)(?:によって|の中に|次第で)は[^。！？!?\\n]{0,10}?(?:昔からの|古くからの|いろいろな|色々な|複雑な)?(?:事情|いわく|経緯|歴史|過去)(?:を|が)(?:気にされ|気にする|気にな|問題にな)|(?:地区|地域|土地|辺り|あたり|集落)(?:は|って)[、,]?(?:昔から|もともと|元々)[「『“”"]?(?:そういう|ああいう|例の|いわくつきの|いわく付きの)(?:所|ところ|土地|場所|地域|地区)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A woman's looks praised as her merit (市長夫人、今日もお若くてお綺麗, 奥さんも若くてきれいな方ですし), a face type as a theme
  // (ハーフ顔ベビー), a swimsuit round wished for.
  {
    rule: 'decency/lookism',
    re: phrase('(?:夫人|奥様|奥さま|奥さん|ご令嬢|娘さん|お嬢さん|ママさん)(?:は|も|、|が)?(?:今日も|相変わらず|いつも|本当に|とても)?(?:お若くて|若くて)?(?:お綺麗|お美し|おきれい|綺麗|きれい|キレイ|美人|お若|かわいらし)(?:い|か)?(?:方|人)?(?:で(?!す(?:か|ね)?[？?])|な(?:方|人)|だ|です|でした|ですし|かった)|ハーフ顔|ハーフっぽい顔|日本人離れした(?:顔|顔立ち|スタイル|美貌|美しさ)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/花|庭|料理|写真|作品|着物|手作り|景色|風景/u.test(fo.slice(s.start, s.end)),
  },
  { rule: 'decency/sexual', re: phrase('水着(?:審査|姿|撮影)(?:が|も|を)?(?:あったら|あれば|あるともっと|やれば|復活|してほしい|見たい)'), instead: INSTEAD.sexual, keep: (fo, s) => phrase('ミス|コンテスト|候補|女性|女の子|盛り上が|笑|😍|♡', 'u').test(fo.slice(s.start, s.end)) },
  // A staff member's body checked with care or a night offered (スカート丈を念入りに確認, 既婚者です笑 でも夜は空いてる).
  {
    rule: 'decency/sexual',
    re: phrase('(?:スカート丈|スカートの丈|胸元|脚|太もも|お尻)(?:を|は)?[^。！？!?\\n]{0,8}?(?:念入りに|じっくり|じっと|舐めるように|なめるように)(?:確認|チェック|見|観察)|夜(?:は|なら)(?:空いて|あいて|ひま|暇|フリー)(?:る|ます|いる|かも|です|だよ|やけん|やけど)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 40), s.end); return !/^夜/u.test(fo.slice(s.start, s.end)) || /😉|😏|😘|♡|💕|既婚|独身|彼氏|彼女|笑/u.test(t) && !phrase('体育館|会議室|施設|ホール|予約|貸し?出|窓口|開館', 'u').test(t) },
  },
  // A group let in grudgingly (在日の方も一応参加できます) or a disabled group made others' inspiration (障がいのある方もこんなに
  // 頑張っているのだから、健常者の私たちも).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障がい|障害|障碍|車いす|車椅子|病気|難病|高齢)[^。！？!?\\n]{0,20}?(?:頑張って|がんばって|努力して)(?:いる|る|おられる)(?:のだから|んだから|のに|んやけん)[、,]?[^。！？!?\\n]{0,16}?(?:私たち|健常者|僕ら|我々|自分たち|わたしたち)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => PROTECTED_NEAR.test(fo.slice(s.start, s.end)) || /障|車いす|車椅子|病|高齢/u.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:の方|の人|の皆さん|の皆様|者|人)(?:も|でも)[、,]?一応(?:は)?(?:ご)?(?:参加|利用|入場|入会|応募|申し込み|お申し込み|来場|受講)(?:でき|いただけ|可能|可|OK|ok)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => PROTECTED_NEAR.test(fo.slice(s.start, s.end)) || /障|車いす|車椅子|病|高齢/u.test(fo.slice(s.start, s.end)),
  },
  // A person with dementia as someone to be watched (ご家族は目を離さず、しっかり見張って, 責任を持って管理していただく).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:しっかり|きちんと|ちゃんと|責任を持って|目を離さず)[、,]?[^。！？!?\\n]{0,8}?(?:見張(?:って|る|り)|監視(?:して|する|しと|しておい)|管理して(?:いただ|もら|ください|おいて))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => /認知症|徘徊/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !phrase('財産|金銭|お金|預金|通帳|薬|後見|火の元|ガス|体調|健康', 'u').test(fo.slice(s.start, s.end)),
  },
  // Illness, death or disaster joked about (昇天しちゃうレベル笑, 事故ったら人生オワタ, 被災地…キャンプ気分, “がん”ばれない).
  // W20: not a shelter drill or a stay-over event told as a camp (避難所に一泊する宿泊体験、ちょっとしたキャンプ気分で防災を学べます).
  {
    rule: 'decency/insensitive',
    re: phrase('昇天(?:しちゃ|しそう|する|レベル|案件|確定)|人生(?:オワタ|おわた|終了|詰んだ|詰み)|キャンプ気分|遠足気分|お祭り気分|[“”"「]がん[“”"」]ばれ|がんばれない(?:ぞ|よ)[^。！？!?\\n]{0,6}?(?:なんちゃって|笑)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => /被災|災害|避難|事故|がん|癌|熱中症|病|死|お年寄り|高齢|笑|ｗ|w|😂|🤣|\(\^o\^\)|＼/u.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !phrase('(?:^|[^ぁ-ゖ])(?:キャンプ場|キャンプ体験|デイキャンプ|アウトドア)|訓練|防災|宿泊体験|体験会|体験イベント', 'u').test(fo.slice(s.start, s.end)),
  },
  // Men told childcare leave is not for them (奥様がいらっしゃるなら、男性が休む必要は), the one family shape held up as normal
  // against partnership (普通の家族のかたちを大切に), a life made whole only by marriage (結婚して家庭を持ってこそ一人前).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:男性|男|ご主人|旦那(?:さん)?|夫|お父さん|パパ)(?:が|は|の)[^。！？!?\\n]{0,6}?(?:育休|育児休業|休む|休みを取る|休暇を取る)(?:を取る)?(?:必要|意味)(?:は|も)(?:あまり|それほど|特に|さほど|ほとんど|別に)?(?:ない|ありません|なか|ございません|…|\\.\\.\\.|$)|(?:普通の|本来の|当たり前の|正しい|あるべき)(?:家族|家庭|夫婦|結婚)(?:の)?(?:かたち|形|あり方|姿)?(?:を)?(?:大切|守|維持|基本|前提)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(Math.max(0, s.start - 80), s.end); return phrase('^(?:男|ご主人|旦那|夫|お父さん|パパ)', 'u').test(fo.slice(a, b)) ? phrase('奥様|奥さん|妻|ママ|お母さん|女性', 'u').test(t) : phrase('パートナーシップ|同性|lgbt|性的少数|性的マイノリティ|多様な家族', 'u').test(t) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:結婚|家庭を持|子ども?を(?:持|産|育て)|子を(?:持|産))[^。！？!?\\n]{0,8}?(?:こそ|て初めて|てはじめて)[^。！？!?\\n]{0,2}?(?:一人前|ひとり前|大人|本当の幸せ|幸せ(?:になれ|をつかめ))'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // The poor sorted by how they look (見た目で判断させていただく, スマホやブランド品をお持ちでない…本当に困っている方).
  {
    rule: 'decency/discriminatory',
    re: phrase('見た目(?:で|から|によって)(?:判断|選別|お断り|確認)(?:させ|いたし|します|する)|(?:スマホ|スマートフォン|ブランド品|ブランド物|車)(?:を|も|や)[^。！？!?\\n]{0,10}?(?:お持ちでない|持っていない|持ってない)[^。！？!?\\n]{0,6}?(?:本当に|ほんとうに)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => phrase('困窮|生活に困|困っている|フードパントリー|フードバンク|パントリー|物資|炊き出し|食品|食料|支援|配布|給付|生活保護', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end + 40)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/しない|しません|せず/u.test(fo.slice(s.start, s.end)),
  },
  // Round 19e (warn): pity or a lesser lot presumed of a group (貧しいおうちの子も今日だけは, 両親がそろった家庭のようにはいかない),
  // an illness laughed at (花粉症の人たち…かわいそう〜笑), care work called anyone's easy job, a job for those without schooling,
  // a cured illness still said to carry a little risk (ハンセン病…感染の心配はほとんどありません).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:貧しい|貧乏な|貧困|生活の苦しい)(?:ご)?(?:おうち|家庭|家|世帯)の(?:子|子ども|子供|お子さん)(?:たち)?(?:も|でも)[^。！？!?\\n]{0,12}?(?:今日だけ|この日だけ|たまには|年に一度)|両親(?:が)?(?:そろった|揃った|そろっている|揃っている|いる)(?:家庭|家|子)(?:のように|と同じように)(?:は)?(?:いか|なら|なれ)(?:ない|ん|ません)|(?:誰|だれ)(?:に|で)?でもできる(?:簡単な)?(?:お)?仕事|学歴(?:が|は)?(?:なくても|無くても|不問で)(?:大丈夫|ok|OK|できる|なれる|務まる)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); const t = fo.slice(s.start, s.end); return !PRESUMED_NOT.test(t) && (/^(?:誰|だれ)/u.test(m) ? /介護|保育|看護|清掃|調理|福祉/u.test(t) : /^学歴/u.test(m) ? phrase('運転手|ドライバー|作業員|清掃|介護|工場|現場|仕事|職', 'u').test(t) : true) },
  },
  {
    rule: 'decency/insensitive',
    re: phrase('かわいそう[〜~ー！!]*(?:笑|w|ｗ|😂|🤣)|(?:感染|うつる)(?:の)?(?:心配|おそれ|恐れ|危険)(?:は|も)?ほとんど(?:ありません|ない|ございません)'),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => phrase(/^かわいそう/u.test(fo.slice(a, b)) ? '病|症|患|障|けが|怪我|骨折|入院|風邪|発熱|花粉|鼻水|せき|咳' : 'ハンセン|恵楓園|療養所|入所者|hiv|エイズ', 'u').test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // A resident's fear of a group agreed with (近隣の皆さまがご不安に思われるのは当然, 外国人の方が増えてから雰囲気が変わったという声は多く).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:不安|心配|懸念|抵抗)(?:に|を)?(?:思われ|感じられ|持たれ|抱かれ|思う|感じる|覚え)(?:る)?(?:のは|のも)(?:当然|もっとも|無理(?:も|は)(?:ない|ありません|なか)|ごもっとも|自然)|(?:増えて|来てから|住み始めて|移り住んで)[^。！？!?\\n]{0,12}?(?:雰囲気|空気|様子|治安)(?:が)?(?:変わった|変わってしま|悪くなった|悪くなって|荒れ|物騒に|怖く)|(?:(?:だらけ|ばかり|ばっかり)にな(?:っ|る)|(?:が|の)(?:増え|来|住み(?:始め|だし|出し|つ|着)|住む(?:ように)?なっ|移り住ん|入って(?:き|く)|越して(?:き|く)|来る(?:ように)?なっ)(?:て(?:から|以来|きてから)?|たから|たせいで?|たせいか|たことで|た途端|たら|ると)|を受け入れ(?:て(?:から|以来)|たら|たせいで?|たから|ると))[はも]?[、,]?[^。！？!?\\n]{0,24}?(?:悪くな|悪化|荒れ|物騒|おかしくな|めちゃくちゃ|ぐちゃぐちゃ|乱れ|汚く|汚れ|騒がしく|うるさく|守られなく|迷惑|(?:ポイ捨て|不法投棄|騒音|犯罪|盗難|空き巣|トラブル|違反|迷惑行為|路上駐車|落書き|万引き)[^。！？!?\\n]{0,6}?(?:が|も)?(?:増え|目立|多発|相次))(?![^。！？!?\\n]{0,4}?(?:ない|ぬ)(?:よう|ため))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => (FEARED.test(fo.slice(s.start, s.end)) || R23_FOREIGN.test(fo.slice(s.start, s.end))) && !VICTIM_D12.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !phrase('データ|事実は|根拠|多言語|やさしい日本語|通訳|翻訳|交流|説明会|相談|問い合わせ', 'u').test(fo.slice(s.start, s.end)),
  },
  // Women presumed emotional (女性議員の質問は…感情的になりがち) and one sex told a job is too hard so the other is wanted.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|女|女子|女の人)[^。！？!?\\n]{0,10}?(?:は|って|だと)[、,]?[^。！？!?\\n]{0,10}?(?:感情的|ヒステリック|情緒不安定)|(?:女性|男性)(?:の方)?(?:は|には)[、,]?[^。！？!?\\n]{0,10}?(?:きびし|厳し|難し|無理|大変|向いてな|向いていな)[^。！？!?\\n]{0,14}?(?:男性|女性)(?:の)?(?:方の)?(?:応募|方|参加|採用|入団)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // ── Round 19f (decc: implicit prejudice) ──
  // Foreigners told to bring a Japanese person (外国籍の方は…必ず日本語の分かる日本人の方とご一緒に).
  {
    rule: 'decency/discriminatory',
    // Blind R359G-041 kind (DE): the group may be named by its Japanese (日本語での会話が難しいお客様は、必ず日本人の同伴者と).
    // Blind R221N-048 kind: …or the Japanese person named as the companion itself (外国籍の方は…なるべく日本人の同伴者とご一緒に, 日本人同伴で
    // ご来店ください), the reason given first may be long (…不慣れな方が多いため、店内でのトラブルを避けるためにも、なるべく…).
    re: phrase('(?:外国|国籍|海外出身|在日|日本語(?:での(?:会話|やりとり|やり取り|意思疎通|コミュニケーション)|が|を|の)[^。！？!?\\n]{0,6}?(?:難し|むずかし|不自由|苦手|話せな|分から|わから|できな|通じな|不慣れ))[^。！？!?\\n]{0,70}?日本人(?:(?:の方|の(?:ご)?家族|の(?:お)?知り合い|の保証人)?(?:と|を|が)(?:ご一緒|一緒|同伴|同行|付き添|連れ|お連れ)|(?:の方)?(?:の)?(?:同伴|同行|付き添い|付添)(?:者|人|の方)?(?:と|を|が|で|の(?:上|うえ|もと)|に限))'),
    instead: INSTEAD.discriminatory,
    // Not the two met as equals (外国人と日本人が一緒に料理を作る), not a companion said to be unneeded (日本人の同伴者がいなくても大丈夫).
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !JOINED_D13.test(fo.slice(a, b)) && !UNNEEDED.test(fo.slice(b, b + 16)) },
  },
  // … and blamed for the others' wait (年寄りは手続きが遅いから、窓口が詰まる): the group made a nuisance, block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PRESUMED_GROUP}(?:どうしても|やっぱり|やっぱ|やはり|何かと|なにかと|たいてい|大抵|みんな)?[、,]?[^。！？!?\\n]{0,20}?(?:${PRESUMED_TRAIT})${OFTEN}(?:な|だ|です|や)?(?:から|ので|けん|せいで|ため)[、,]?[^。！？!?\\n]{0,20}?(?:詰まる|詰まっ|迷惑|待たされ|滞る|滞っ|進まな|遅れる|遅れが)`),
    need: PRESUMED_NEED,
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !DANGER.test(t) },
  },
  // A trait presumed of a whole group and made the reason for a measure (高齢の方はどうしても間違いが多いので, 男性は時間にルーズなので,
  // シングルマザーの方は何かと余裕がないと思いますので, 農家の皆さんはパソコンが苦手だと思いますので, 外国ん人はルーズやけん): warn.
  {
    rule: 'decency/stereotype',
    re: phrase(`${PRESUMED_GROUP}(?:どうしても|やっぱり|やっぱ|やはり|何かと|なにかと|たいてい|大抵|概して|総じて|基本的に|みんな|みな)?[、,]?[^。！？!?\\n]{0,20}?(?:${PRESUMED_TRAIT})${OFTEN}(?:がち)?(?:な|だ|です|や|で|か|である|であろう|だろう)?(?:ので|ため|から|けん|やけん|けえ|と思(?:います|う|われます|うので)|でしょう|ですよね|だよね|よね|もんね|もの(?:です|だ)|(?<=かもしれ(?:ません|ない)(?:が|けど|けれど)))`),
    need: PRESUMED_NEED,
    instead: INSTEAD.stereotype,
    severity: 'warn',
    // rv-dec: a difficulty with a machine or a procedure granted and help offered at once (お年寄りには操作が難しいかもしれませんが、若い職員が
    // お手伝いします): the help is the news, as round 90's difficulty met with help; not with a fault (間違いが多い, ルーズ) or a blame.
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !EXCLUDE_RE.test(fo.slice(b, s.end)) && !(HARD_GRANTED.test(fo.slice(a, b)) && HELP_OFFERED.test(fo.slice(b, s.end)) && !KEPT_APART.test(fo.slice(b, s.end)) && !BLAMED90.test(t)) && !/暑さ|寒さ|階段|段差|坂|辛い|人混み|人ごみ|歩く|熱中症/u.test(fo.slice(a, b)) && !AWARENESS.test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !DANGER.test(t) && !/人それぞれ|個人差|とは限ら|場合も|方も|人も/u.test(t) },
  },
  // A group set against the "normal" (“普通の”ご縁, “普通の”ご夫婦・ご家族向け, いつか“普通の家庭”を): the group named nearby.
  // Round 44: the rest invited as 普通の (…は生活保護の家庭だけのものではありません。普通の家庭のお子さんも気軽に, 障害のある方の教室ですが、普通の方も
  // ご参加いただけます): the group made the abnormal one; not …と同じ, not 一緒に. A sentence-opening でも is a conjunction, not …も普通の.
  {
    rule: 'decency/discriminatory',
    re: phrase('[“”"「『]\\s?(?:普通|一般的|まとも|正常|ノーマル|人並み)(?:の|な)?\\s?[”"」』]?\\s?(?:ご縁|縁|ご夫婦|夫婦|ご家庭|家庭|ご家族|家族|結婚|恋愛|カップル|人生|幸せ|お相手|相手|パートナー|子|人|方|男女)|(?:普通|一般的|まとも|正常)(?:の|な)(?:ご縁|ご夫婦|夫婦|家庭|家族|結婚|恋愛|カップル|男女)(?=[^。！？!?\\n]{0,6}?(?:向け|のみ|に限|を望|を築|を大切|を持|では(?:ない|ありません)|じゃない|とは(?:違|異な)|ではな|でない))|(?:普通|一般的|まとも)(?:の|な)(?:ご)?(?:家庭|家族|世帯|人|方|方々|人たち|子|お子さん|お子様|子ども|子供)(?:の(?:お子さん|お子様|子ども|子供|子|方|方々|皆さん|皆様))?(?:たち)?(?:も|でも)(?![^。！？!?\\n]{0,4}?(?:同じ|変わら|一緒))'),
    instead: INSTEAD.discriminatory,
    // Blind dec57: the words quoted as what hurts (「普通の夫婦」という言葉が、…傷つけることがあります) are a mention.
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 60)); const pre = fo.slice(Math.max(0, a - 4), a); return NORMAL_AGAINST.test(w) && !NAMES_PREJUDICE.test(w) && (!/(?:も|として|と同じ|と変わら)$/u.test(pre) || /(?:^|[。！？!?\n、,])でも$/u.test(pre)) && !/^[^。！？!?\n]{0,8}?(?:として|と同じ|と変わら|に暮ら)/u.test(fo.slice(b, b + 12)) && !/^[^。！？!?\n]{0,6}?[」”"』](?:という|といつた|などの|のような)(?:言葉|言い方|表現|呼び方|考え|決めつけ)/u.test(fo.slice(b, b + 20)) },
  },
  // A group kept apart from "the general public" (一般の方と別の時間帯にご案内), or sent off so the others are not uneasy
  // (他の利用者の皆さまが不安にならないよう、閉館後の時間帯にご案内), or those afraid of a group seated away (接触に不安がある方は後方の席).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:一般の|ほかの|他の|普通の)(?:方|人|利用者|お客様|お客さま|皆さま|皆様|患者|受診者|参加者|市民)(?:の皆さま|の皆様|の方)?(?:と|とは)(?:は)?(?:別|分け|区別)(?:の|に|て|し)|(?:他の|ほかの|周りの|周囲の|一般の)(?:利用者|お客様|お客さま|方|人|皆さま|皆様|参加者|入居者|入所者|宿泊者|乗客|来場者|来館者|住民|患者|児童|生徒|保護者|お子さん|子ども)(?:の皆さま|の皆様|の方)?(?:が|に)[^。！？!?\\n]{0,6}?(?:不安|不快|怖|こわ|気にな|驚|戸惑)[^。！？!?\\n]{0,14}?(?:ないよう|ないように|ないため|させないよう)[、,]?[^。！？!?\\n]{0,24}?(?:別|閉館後|開館前|時間外|営業時間外|後方|端|奥|隅|貸切|個別|個室|離れ|ずら|時間帯を(?:変え|分け|選)|時間を(?:変え|分け|選)|分けて|避けて)|(?:接触|同席|同室|相部屋|握手|隣|一緒|同じ(?:部屋|空間|浴槽|お湯|浴場|更衣室))(?:に|する(?:こと)?に|が|で)?(?:不安|抵抗|心配)(?:が|の|を)?(?:ある|おありの|お持ちの|感じる|感じられる)(?:方|人)(?:は|には)[^。！？!?\\n]{0,20}?(?:後方|後ろ|別|離れ|端|奥|隅)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 40)); return SET_APART.test(w) && !NAMES_PREJUDICE.test(w) && !phrase('(?:も|でも)(?:ご)?(?:入場|利用|参加|受診)(?:いただけ|でき)|ご希望|希望され|お申し出|優先|専用(?:の)?(?:入口|駐車|席|窓口)|ご利用いただけ|多言語|通訳|スロープ|エレベーター|介助|付き添い|感染症の(?:方|疑い)|発熱|症状', 'u').test(w) },
  },
  // A named group excluded in the politest words (外国籍の方、日本語がネイティブでない方のご応募はお受けしておりません,
  // HIV陽性の方は…ご利用をお控えください, いわゆる“元男性”の方のご予約はご遠慮いただいております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${EXCLUDABLE})[^。！？!?\\n]{0,24}?(?:方|人|者|皆さま|皆様)(?:の|は|には|からの)[、,]?[^。！？!?\\n]{0,24}?(?:ご|お)?(?:${ACT})(?:は|を|について(?:は)?)?[、,]?[^。！？!?\\n]{0,8}?(?:ご遠慮(?:いただ|くださ|下さ|願)|(?:お断り|お断わり|対象外)${REFUSAL_DENIED}|承って(?:おりません|いません)|承りかね|お受け(?:して|いたして)?(?:おりません|いません|できません|いたしかね)|お控え(?:ください|下さい|いただ)|受け付けて(?:おりません|いません)|(?:いただけ|でき)(?:ません|ない))`),
    instead: INSTEAD.discriminatory,
    // Review (stop 74): a place reserved for the group, others asked to keep off it (障がい者用駐車場は、一般の方のご利用はご遠慮ください): the
    // ones kept out are the others, not the group.
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !SAFETY.test(t) && !PRESUMED_NOT.test(t) && !LAW_LIMIT_RE.test(t) && !OTHERS_KEPT_OFF.test(t) },
  },
  // A nuisance or crime located where a group lives (技能実習生の多い地域では特にご注意ください, 分別ができていないのは外国人の多いアパートばかり).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の方|の人|の皆さん)?(?:の|が)(?:多い|多か|多く住む|多く暮らす|集まる|住む|住んで(?:いる|る))(?:地域|地区|エリア|団地|アパート|マンション|界隈|周辺|辺り|あたり|場所|住宅|住宅街|寮|社宅|宿舎|通り)(?:では|で|は|に|の(?:周辺|近く)(?:では)?)?[、,]?(?:特に|とりわけ|なおさら|いっそう|一層|くれぐれも)?[^。！？!?\\n]{0,12}?(?:ご)?(?:注意|用心|警戒|気をつけ|気を付け|施錠|戸締)|のは[^。！？!?\\n]{0,4}?(?:${WATCHED})(?:の方|の人)?(?:の|が)(?:多い|多か|多く住む|住む|暮らす)[^。！？!?\\n]{0,8}?(?:ばかり|ばっかり|ばっか|だけ|です|だ)`),
    instead: INSTEAD.discriminatory,
    // …のは alone is a nuisance located only after one (not 混雑するのは外国人観光客の多い週末です).
    keep: (fo, s, a) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !/多言語|やさしい日本語|翻訳|通訳|熱中症|交通安全|横断/u.test(t) && (!fo.startsWith('のは', a) || rx(`${NUISANCE}|散らか|汚|うるさ|騒|迷惑|マナー|分別|ルール|決まり|違反|駐車|盗|治安|荒れ|守ら|守れ`).test(fo.slice(s.start, a))) },
  },
  // Blind R183I-028: where a protected group lives named as a place to keep away from or be careful of, with no hazard of the place
  // itself (技能実習生の寮がある辺りは、夜はあまり一人で歩かないほうが安心かもしれませんね; 留学生のアパートの近くは通らないように,
  // 外国人が多く住む団地の周辺は夜は避けたほうが): the group's home made the danger. Not a road hazard there (工事, 通行止め, 街灯が
  // 少ない), not a danger the group itself faces (不審者, 被害), not an event held there (交流会 at the dormitory), not a safety notice
  // that names no group.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED})(?:の方|の人|の皆さん|の方々)?(?:の|が)(?:(?:多く)?(?:住む|住んで(?:いる|る|おられる)|暮らす|暮らして(?:いる|る)|住まう|多い|集まる)|(?:住む|暮らす|住んで(?:いる|る))?(?:寮|社宅|宿舎|アパート|マンション|団地|住まい|住居|家|お宅|シェアハウス)(?:が|の)?(?:ある|建つ|建っている|並ぶ|できた|集まる)?)(?:地域|地区|エリア|団地|アパート|界隈|周辺|周り|まわり|辺り|あたり|近く|付近|一帯|通り|道|方面)(?:では|は|を|に|へ|の(?:周辺|近く|辺り)(?:は|では)?)?[、,]?[^。！？!?\\n]{0,24}?(?:(?:一人|ひとり|1人)で(?:は)?(?:歩か|通ら|行か|出歩か)(?:ない|ず|ん)|(?:歩か|通ら|行か|出歩か|近づか|近寄ら|立ち寄ら)(?:ない|ん)(?:ほう|方|よう)|通らないように|避け(?:た|る)(?:ほう|方)|避けて(?:通|歩|くださ)|遠回り|迂回した(?:ほう|方)|近づかない|近寄らない)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 60), s.end); return !AWARENESS.test(t) && !ANSWERED.test(t) && !GROUP_HOME_HAZARD.test(t) },
  },
  // A people's manners made a problem of its own (中国人観光客のマナー問題に備え), a notice put up in one people's language only.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION})(?:人|系|籍|の方|の人)?(?:の)?(?:観光客|旅行者|団体客|お客様|客|住民|実習生|留学生)?の(?:マナー|モラル|民度|素行)(?:の)?問題|(?:中国語|韓国語|ハングル|ベトナム語|英語)(?:の|で)(?:注意書き|注意喚起|警告|禁止)[^。！？!?\\n]{0,8}?(?:だけ|のみ)|(?:中国語|韓国語|ハングル|ベトナム語)(?:だけ|のみ)(?:の|で)(?:注意|警告|禁止)(?:書き|看板|掲示|貼り紙|張り紙|喚起|文)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !ANSWERED.test(t) },
  },
  // The account agreeing with a resident's prejudice (お気持ち、よく分かります…受給者には目を光らせ, …というご意見、ごもっともです,
  // ご指摘のとおり…外国人の多いアパートばかり, 不安を感じる住民の皆さんのお気持ちは、よく分かります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:お気持ち|ご心配|ご不安|ご意見|ご指摘|お声|お考え|ご懸念)(?:は|も)?[、,]?(?:よく|十分|大変|痛いほど|本当に)?[、,]?(?:(?:分か|わか)(?:ります|る)|理解(?:でき|いたし)ます|お察し(?:します|いたします)|ごもっとも|もっとも(?:です|だ))|ご指摘(?:の)?(?:とおり|通り)|おっしゃる(?:とおり|通り)|ごもっともです'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 80), Math.min(fo.length, b + 80)); return AGREE_GROUP.test(w) && SIDED.test(w) && !NAMES_PREJUDICE.test(w) && !PRESUMED_NOT.test(fo.slice(b, Math.min(fo.length, b + 80))) },
  },
  // A gendered put-down (女々しいぞ, 女の腐ったような).
  {
    rule: 'decency/discriminatory',
    re: phrase('女々し(?:い|く|さ|か)|めめし(?:い|く|さ)|女の腐った(?:ような|みたいな|ごたる)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Questions a hiring interview must not ask, announced (面接では結婚や出産のご予定についてお聞きすることがあります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:面接|採用試験|選考|採用|就職)[^。！？!?\\n]{0,30}?(?:結婚|出産|妊娠|交際|恋人|家族構成|本籍|出生地|出身地|宗教|信仰|支持政党|家族の職業|親の職業|尊敬する人物|愛読書|住宅状況)(?:の)?(?:ご)?(?:予定|有無|状況|こと|希望)?(?:の有無)?(?:や[^。！？!?\\n]{0,12}?)?(?:について|を|は|も|に関して|など)?(?:お聞き|お尋ね|伺|質問|確認|聞か|聞く|尋ね)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !/^(?:ません|ない|ず|ること(?:は|も)(?:ありません|ない))/u.test(fo.slice(b, b + 12)) && !/^[^。！？!?\n]{0,16}?(?:しません|いたしません|ことはありません|ことはございません|行いません|ない(?:よう|こと)|禁止|不適切|できません)/u.test(fo.slice(b, b + 24)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Pregnant staff made the reason service is slow (妊娠中の職員が多く窓口が手薄になっており、ご迷惑を).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:妊娠中|妊娠した|妊婦|産休|つわり)[^。！？!?\\n]{0,10}?(?:職員|スタッフ|保育士|看護師|社員|人)(?:が|も)?(?:多く|増え|相次|重な|続)[^。！？!?\\n]{0,24}?(?:手薄|ご迷惑|迷惑|遅れ|滞|回らな|人手不足)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // One sex said to cause accidents (女性ドライバーの事故が多くなっています).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:女性|女|男性|男)(?:ドライバー|の運転手|の運転者|の方|の人)?の(?:交通)?(?:事故|運転ミス|違反|ミス)(?:が)?(?:多|増)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // The victim's dress blamed for a crime (露出の多い服装も、被害を招く原因になります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:露出|服装|格好|かっこう|ミニスカート|ミニスカ|薄着|派手な(?:服|格好|化粧))[^。！？!?\\n]{0,16}?(?:被害|犯罪|痴漢|性被害|性犯罪|事件|狙われ)(?:を|に)?(?:招く|招き|誘う|誘発|遭いやすく|あいやすく|の原因|のもと|につなが|やすく)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/加害者|悪くない|悪くありません|責任はありません|落ち度|関係(?:なく|ありません|ない)/u.test(fo.slice(s.start, s.end)),
  },
  // Using aid made a shame to hide (“貧しい家”と思われないよう、こっそり).
  {
    rule: 'decency/stereotype',
    re: phrase('[“"「『](?:貧しい|貧乏な?|びんぼー|かわいそうな|お金のない)(?:家|家庭|子|人|おうち)[”"」』]と(?:思われ|見られ|言われ)|(?:就学援助|生活保護|援助|給付金|減免|支援金)[^。！？!?\\n]{0,40}?(?:こっそり|人目(?:に|を)(?:つかない|避け)|ばれない|バレない)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Origin mocked (田舎者丸出しの新人), a job used as a byword for coarseness (土方みたいな言葉づかい), youth typed by looks.
  {
    rule: 'decency/discriminatory',
    re: phrase('田舎(?:者|もん)(?:丸出し|まるだし|っぽ|くさ|臭)|田舎っぺ|いなかっぺ|田舎(?:くさ|臭)い(?:人|子|新人|職員|格好|連中)|土方(?:みたい|のよう|並み|っぽ|言葉)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ヤンキー|不良|チャラ男|ギャル|ヤンチャ)(?:っぽい|みたいな|風の|系の)(?:子|若者|人|連中|新成人|男|女)(?:たち|ら|達)?[^。！？!?\\n]{0,30}?(?:覚悟|警戒|来るんでしょう|来るんやろ|来るんだろう|身構え|やれやれ|恒例|[😇😱💦😓])'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A people's food called a stench and put away (キ・ム・チ臭くなると困るので, 韓国料理ブースはにおい対策のため奥に).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:キ[・.\\s]?ム[・.\\s]?チ|に[・.\\s]?ん[・.\\s]?に[・.\\s]?く|カレー)(?:臭|くさ)(?:い|く|さ|っ)|(?:韓国|中国|インド|タイ|ベトナム|ネパール|エスニック|外国|アジア)料理[^。！？!?\\n]{0,20}?(?:におい|匂い|臭い|臭)(?:対策|が(?:気にな|きつ|困|する|強|すご))[^。！？!?\\n]{0,30}?(?:奥|端|隅|離|別|外)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && phrase('韓国|朝鮮|中国|インド|タイ|ベトナム|ネパール|エスニック|外国|アジア|国際|交流|きむち|国の(?:人|方)', 'u').test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
  // A people tied to a job of the night (フィリピンパブで働いていた方も多い国際結婚のご家庭).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:フィリピン|タイ|中国|韓国|ロシア|ルーマニア|コロンビア|外国人)(?:人)?(?:パブ|クラブ|スナック|ホステス)(?:で働|に勤め|出身|上がり|勤め|の(?:女性|方|出身))|(?:国際結婚|外国人妻|外国人の(?:奥さん|お嫁さん|妻))[^。！？!?\\n]{0,24}?(?:パブ|水商売|夜の(?:お)?仕事|ホステス)'),
    instead: INSTEAD.discriminatory,
  },
  // A disease named after a place or people, spelt out or split (武.漢.ウイルス, 中国ウイルス).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:武[・.\\s]?漢|中[・.\\s]?国|支[・.\\s]?那|ち[・.\\s]?ゃ[・.\\s]?い[・.\\s]?な)[・.\\s]?(?:ウイルス|ウィルス|肺炎|コロナ|病)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // 部落 hinted at by its old slur in quotes (“４つ”の地区), and a house or district vouched for as not one (同和地区には含まれておりません).
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]\\s?(?:4|四|よ)\\s?つ\\s?[”"」』](?:の)?(?:地区|地域|部落|人|者|出身|集落|家)'),
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:同和地区|被差別部落|部落|旧同和)(?:に|では|で|とは|じゃ)?(?:は)?(?:含まれ|該当し|当たり|あたり|入り|入って|属し|関係(?:し|あり)|あり)?(?:て)?(?:おりません|いません|ません|ない|なか)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /安心|大丈夫|心配(?:は)?(?:いりません|ありません|ない|なか)|ご安心|問題(?:は)?(?:ありません|ない)|ですので/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !/差別|人権|啓発|お答え(?:でき|し)(?:ません|かね)|回答(?:でき|し)(?:ません|かね)/u.test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
  // Care for a group called a bother (LGBTの方への配慮って…正直ちょっと面倒).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:配慮|対応|バリアフリー|受け入れ|手話通訳|多言語)[^\\n]{0,40}?(?:面倒|めんどう|めんどくさ|煩わし|わずらわし)(?:い|く|さ|だ|です|かも|と思|に感じ|に思|なんです|ですよね|だな|やな)|手間(?:だな|だと思|でしかな|なだけ)'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => FEARED.test(fo.slice(Math.max(0, s.start - 60), s.end)) || /lgbt|性的少数|高齢|お年寄り|外国|車いす|車椅子/u.test(fo.slice(Math.max(0, s.start - 60), s.end)),
  },
  // Care given to the mother as natural (医療的ケアが必要な子は、やっぱりお母さんが家でみるのが一番幸せ), a father's share called help.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:お母さん|母親|ママ|奥さん|奥様|妻|嫁|女性)(?:さん)?(?:が|は)[^。！？!?\\n]{0,8}?(?:家で|自宅で|家庭で|そばで|つきっきりで)?[^。！？!?\\n]{0,4}?(?:みる|見る|看る|面倒を見る|面倒をみる|世話をする|介護する|育てる|ケアする)(?:のが|べき|もの)[^。！？!?\\n]{0,4}?(?:一番|いちばん|当然|当たり前|自然|幸せ|理想|べき)|(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)[^。！？!?\\n]{0,30}?(?<![やと・])(?:お母さん|ママ|妻|奥さん|奥様|母親)の[“"「『]?(?:お)?手伝い|(?:お母さん|ママ|妻|奥さん|奥様|母親)の(?:家事|育児|子育て)を[^。！？!?\\n]{0,4}?(?:手伝|てつだ)[^。！？!?\\n]{0,4}?(?:パパ|父親|お父さん|夫|旦那|ご主人|男性)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Looks rated (顔もスタイルも文句なし, ミス柳川の3人、今年もレベル高すぎ), young women preferred to old for looks (やっぱり若い子の方が映えますね).
  {
    rule: 'decency/lookism',
    re: phrase('(?:顔|ルックス|容姿|見た目|顔立ち)(?:も|と)(?:スタイル|体型|プロポーション|脚|性格)(?:も)?[^。！？!?\\n]{0,6}?(?:文句なし|完璧|抜群|最高|満点|申し分な|パーフェクト|100点|百点|レベル高)|(?:ミス[^。！？!?\\n\\s、]{1,6}|看板娘|コンパニオン|キャンペーンガール|親善大使|アンバサダー)[^。！？!?\\n]{0,16}?レベル(?:が)?(?:高(?:い|すぎ|過ぎ|く|め|か))|若い(?:子|女の子|娘|女性|お姉さん|人)(?:の方|のほう)が[^。！？!?\\n]{0,6}?(?:映え|華が|華や|絵にな|見栄え|かわい|可愛|きれい|綺麗|目の保養)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('ミス(?:が|を|の(?:ない|防止))|大会|試合|競技|技術|演奏|作品|選手|料理', 'u').test(fo.slice(s.start, s.end)),
  },
  // A woman's looks and the men's stir (べっぴんさんやけん、お父さんたちがそわそわ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:べっぴん|別嬪|美人|美女|かわいい|可愛い|かわいか|きれい|綺麗|イケメン|男前|素敵|すてき|りりし|凛々し|色っぽ|セクシー)[^。！？!?\\n]{0,30}?(?:お父さん|パパ|男性|おじさん|おっちゃん|男|係長|課長|職員|お母さん|ママ|奥さん|女性)(?:たち|陣|方|衆)?(?:が|も)?[^。！？!?\\n]{0,8}?(?:そわそわ|ソワソワ|鼻の下|でれでれ|デレデレ|にやけ|ニヤけ|張り切|はりき|色めき|メロメロ|めろめろ|浮き足|釘付け|くぎ付け|ドキドキ|どきどき)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !phrase('人形|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|景色|夜景', 'u').test(t) && !phrase('(?:かわいい|可愛い|かわいか|きれい|綺麗)(?:な)?(?:園児|子ども|子供|赤ちゃん|児童|孫|お子さん|花|料理)', 'u').test(t) },
  },
  // Young women's bodies as a sight (浴衣姿の女子高生たち、まぶしすぎます, ピチピチのウェア姿), a draw (JKに会いに来てね), a stare (熱い視線を集め).
  {
    rule: 'decency/sexual',
    re: phrase('(?:女子高生|女子高校生|女子大生|女子中学生|jk|jc|女子|女性|女の子|お姉さん|ギャル|浴衣姿|水着姿|ウェア姿|ユニフォーム姿|制服姿|脚|太もも)(?:たち|の皆さん|さん)?[^。！？!?\\n]{0,16}?(?:まぶし|眩し|ピチピチ|ぴちぴち)|(?:jk|jc|女子高生|女子中学生|女子大生|若い女の子|ギャル)(?:たち|ちゃん)?(?:に|と)(?:会いに|会える|会え|お近づき|触れ合|ふれあ|お話し)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !phrase('笑顔|汗|姿勢|活躍|努力|頑張|がんば|プレー|演技|走り|雄姿|勇姿|成長|未来|瞳|保護者|先生|進路|説明会|職業体験|防犯|被害', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:熱い視線|熱視線|熱いまなざし|熱い眼差し)(?:を|が)(?:集め|浴び|注が|送)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => /独身|彼氏|彼女|男性職員|女性職員|[❤♡💕😍]|狙|歳[)）]/u.test(fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 10))),
  },
  // A group let in as a favour (特別支援学級の子どもたちも参加させてあげました), its members made an example (健常者の私たちも見習わなければ),
  // told to try harder (車いすの方でも頑張れば), not to trouble the family (ご家族に迷惑をかけないよう), or sent to the family (ご家族に代わりにお電話).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:特別支援(?:学級|学校)|支援学級|障(?:害|がい|碍)|車いす|車椅子|外国|ハーフ|ひとり親|母子家庭|生活保護|高齢|施設)[^。！？!?\\n]{0,16}?(?:も|にも)[^。！？!?\\n]{0,16}?(?:(?:参加|出場|体験|見学|出席)させ|出させ|走らせ|歌わせ|踊らせ|遊ばせ|入らせ|乗らせ|使わせ|混ぜ|まぜ|入れ|仲間に入れ)て(?:あげ|やっ|やる)|(?:健常者|五体満足)の(?:私たち|我々|僕ら|自分たち|わたしたち)(?:も|こそ)[^。！？!?\\n]{0,10}?(?:見習|頑張|がんば|負けて)|(?:${DISABLED}|車(?:椅子|いす)の(?:方|人)|障(?:害|がい|碍)(?:者|のある(?:方|人)))(?:でも)[、,]?[^。！？!?\\n]{0,8}?(?:頑張れば|がんばれば|努力すれば|工夫すれば)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/特別支援|支援学級/gu, '')) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ご家族|家族|周り|周囲|介助者|付き添いの方)(?:の方)?に(?:ご)?(?:迷惑|負担)(?:を)?(?:かけ|掛け)(?:ない|ん)(?:よう|ように)|(?:ご家族|家族|身内|お身内)(?:の方)?(?:に|が)(?:代わりに|代理で)|(?:ご家族|家族|身内|お身内)(?:の方)?が代わって'),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return phrase(`${DISABLED}|車(?:椅子|いす)|障(?:害|がい|碍)`, 'u').test(t) && !phrase('fax|ファクス|ファックス|メール|手話|筆談|チャット|字幕|リレー|こともでき|も(?:ご)?利用でき|ご希望|支援', 'u').test(t) },
  },
  // The dead of an accident mocked (亡くなった方も、ヘルメットさえかぶってれば今日参加できたのにね…), a suicide on the line blamed
  // for the delay (飛び込むなら通勤時間は避けてほしい), a disaster elsewhere met with glee (こっちは全然揺れなくてラッキー).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:(?:亡くなった|亡くなられた|死んだ|犠牲になった)(?:方|人|子|お子さん)|犠牲者)(?:も|は)?[、,]?[^。！？!?\\n]{0,30}?(?:ば|ら)(?:[^。！？!?\\n]{0,16}?(?:のにね|のになぁ|のになあ|のにねぇ|のに[…〜~!！]|のに${LAUGH_W}|のに笑)|ね[ぇえ]?[〜~…!！]|ねえ|ねぇ|なぁ|なあ)|(?:飛び込|とびこ)(?:む|み|んだ)(?:なら|のは|んなら|んだったら|にしても)[^。！？!?\\n]{0,20}?(?:避けて|やめて|ずらして|迷惑|勘弁|よそで|他で|ほかで|考えて|せめて|にしてほしい|にしてくれ)|(?:人身事故|飛び込み)[^\\n]{0,30}?(?<!ご)(?:いい迷惑|迷惑(?:です|だ|な話|千万|極まりな)|勘弁(?:して|してほしい)|時間を考え)|(?:こっち|こちら|うち|ここ|当地|柳川|市内)(?:は|では)[^。！？!?\\n]{0,16}?(?:揺れ|被害|雨|風|浸水|停電|影響)[^。！？!?\\n]{0,8}?(?:なくて|なかったので|少なくて|なく|なし)[^。！？!?\\n]{0,6}?(?:ラッキー|得した|儲け|(?:助かった|よかった)[^。！？!?\\n]{0,2}?[😆😂🤣✌😁🎉])`),
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); return /^(?:こつち|こちら|うち|ここ|当地|柳川|市内)/u.test(m) ? /地震|台風|豪雨|大雨|災害|被災|水害|洪水|津波/u.test(fo) : !/^(?:飛び込|とびこ)/u.test(m) || /電車|線路|踏切|人身|ほーむ|鉄道|列車|遅れ|遅延|通勤|通学|だいや|運転見合わせ/u.test(fo) },
  },
  // Those who fell ill laughed at (かかった方は「バカは風邪ひかない」説を見事に否定できましたね笑), an illness made a pun (“がん”固な人),
  // the one who passed it on blamed (“うつした本人”には厳しく指導), the dead joked about at a rite (ご先祖さまも…どんぶらこ〜👻).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:かかった|感染した|罹った|うつった|寝込んだ|発症した|風邪(?:を)?(?:ひいた|引いた)|熱を出した|倒れた|搬送された|運ばれた)(?:方|人|皆さん|職員|人たち)[^。！？!?\\n]{0,40}?(?:[（(]笑[)）]|(?<=[ぁ-ゖ〜ー])笑|${LAUGH_W}|[😂🤣😆😜😝]|ドンマイ|残念でした|説を(?:見事に)?(?:否定|覆))|[“"「『]\\s?(?:がん|癌|ガン|コロナ|インフル|ぼけ|ボケ)\\s?[”"」』](?:[一-龥]|ば(?:れ|る|っ))|(?:ご先祖|先祖|故人|亡くなった(?:方|人)|仏様|ほとけさま|精霊)[^\\n]{0,40}?(?:[👻💀⚰☠🪦]|どんぶらこ|化けて出)`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => { const m = fo.slice(a, b); return /^[“"「『]/u.test(m) ? phrase('なんちゃって|[😜😝😂🤣]|笑|w|だじゃれ|ダジャレ|ですね[！!]', 'u').test(fo.slice(s.start, Math.min(fo.length, s.end + 20))) : !phrase('お化け屋敷|肝試し|ハロウィン|予防|対策|お大事', 'u').test(fo.slice(s.start, s.end)) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]?(?:うつした|移した|感染させた|持ち込んだ|広めた|うつしてしまった)(?:本人|人|職員|方|犯人|張本人|者)[”"」』]?(?:に|には|は|を)[、,]?[^。！？!?\\n]{0,20}?(?:厳しく|指導|注意|処分|責任|謝罪|反省|罰)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !/責め(?:ない|ず)|誹謗|差別|犯人探し|ではありません|しません|しないで/u.test(fo.slice(s.start, s.end)),
  },
  // A transgender person labelled by the sex they left (“元男性”の〇〇さん, いわゆる“元男性”の方).
  {
    rule: 'decency/discriminatory',
    re: phrase('[“"「『]\\s?元(?:男性|女性|男|女)\\s?[”"」』]|元(?:男性|男)(?:の方|さん|の人|なのに|とは|だった(?:とは|なんて)|の(?:タレント|芸能人|モデル|歌手|講師))|元(?:女性|女)(?:の方|さん|なのに|とは)'),
    need: ['元男', '元女'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // Children of single-parent homes tied to delinquency (母子家庭や共働きで親の目が届きにくいご家庭は、特にご注意ください).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:母子家庭|父子家庭|ひとり親|片親|シングルマザー|生活保護)[^。！？!?\\n]{0,24}?(?:ご家庭|家庭|世帯|お子さん|子ども|子)(?:は|では|の(?:方|保護者)は)[、,]?(?:特に|とりわけ|くれぐれも)?[^。！？!?\\n]{0,6}?(?:ご)?(?:注意|用心|気をつけ|気を付け|警戒)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => /非行|犯罪|補導|問題行動|不良|万引き|夜遊び|深夜徘徊/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R166I-001 (W16): children of a family type said to go astray, even in a post about support (ひとり親の家の子はどうしても寂しさから
  // グレやすいので、早めに相談して, 母子家庭の子ほど非行に走りがち): the support words around it do not answer the prejudice its own sentence
  // states. Not the idea denied in the sentence (…と思われがちですが, という偏見), not a prevention notice (非行に走らないよう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:母子家庭|父子家庭|ひとり親|一人親|片親|シングルマザー|シングルファザー|生活保護|貧しい|貧乏な)[^。！？!?\\n]{0,24}?(?:子|子ども|子供|お子さん|お子さま)(?:たち)?(?:は|って|ほど)[、,]?[^。！？!?\\n]{0,20}?(?:(?<![まひ])(?:グレ|ぐれ)|非行に走|荒れ|不良にな|道を(?:外れ|踏み外)|悪(?:い|か)道)(?:やす|がち|る(?:子|こと)が多)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !ANSWERED.test(fo.slice(s.start, s.end)),
  },
  // Dementia made the neighbours' burden (認知症の方の徘徊で、ご近所の皆さんもお困りのことと思います).
  {
    rule: 'decency/discriminatory',
    re: phrase('認知症[^。！？!?\\n]{0,20}?(?:徘徊|はいかい|ひとり歩き)[^。！？!?\\n]{0,20}?(?:ご近所|近所|近隣|周り|周囲|地域)[^。！？!?\\n]{0,12}?(?:お困り|迷惑|困って|困惑|大変)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // The old country held against them (みなさんのくにとちがって、にほんでは…つかまります): a people presumed to steal or break rules.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:みなさん|皆さん|皆様|あなた(?:たち|方)?)の(?:くに|国|母国|ふるさと)(?:と|とは)[、,\\s]?(?:ちがって|違って|ちがい|違い)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => /つかま|捕ま|逮捕|警察|けいさつ|犯罪|はんざい|盗|ぬす|とると|取ると/u.test(fo.slice(a, Math.min(fo.length, s.end + 40))),
  },
  // An easy job for a disabled group (障がい者の方でもできる簡単なお仕事).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|車(?:椅子|いす)の(?:方|人))(?:の方)?(?:でも)[^。！？!?\\n]{0,6}?(?:でき|作れ|わか|分か|こなせ|務ま)る[^。！？!?\\n]{0,4}?(?:簡単|かんたん|単純)な(?:お仕事|仕事|作業|業務|内容)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A talent or a look presumed of a people or an orientation (ゲイの人っておしゃれ, ハーフの子は英語がペラペラ, ブラジル人はみんなサッカーが上手,
  // さすが黒人選手の身体能力).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ハーフ|外国人|外国の(?:方|人)|(?:${NATION}|南米|欧米)(?:の)?(?:人|方)|黒\\s?人|白\\s?人|ゲイ|lgbtq?|同性愛者|オネエ)(?:の(?:子|方|人|選手)|選手)?(?:たち|の皆さん)?(?:って|は|の(?=身体能力|運動神経|リズム感))[、,]?(?:やっぱり|やはり|みんな|さすが|基本)?[、,]?[^。！？!?\\n]{0,12}?(?:おしゃれ|お洒落|センス(?:が)?(?:いい|良い|抜群|独特)|感性(?:が)?(?:豊か|独特|鋭)|ノリ(?:が)?(?:いい|良い)|陽気|(?:踊り|ダンス|歌)(?:が)?(?:上手|うま)|リズム感(?:が)?(?:いい|良い|ある|抜群)|(?:英語|外国語)(?:が)?(?:ペラペラ|ぺらぺら|上手|得意|うま)|(?:サッカー|スポーツ|運動|野球|バスケ)(?:が)?(?:上手|得意|うま)|(?:身体能力|運動神経)(?:が|は)?(?:高|すご|違|抜群|次元が違)|足が速)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !/人それぞれ|個人差|とは限ら|場合も|方も|人も/u.test(t) },
  },
  // Staff called too cute (看護師さん、白衣の天使って感じでかわいすぎる).
  {
    rule: 'decency/lookism',
    re: phrase('(?:職員|スタッフ|看護師|保育士|受付|窓口|係員|新人|先生|保健師|ガイド|船頭)(?:さん|の(?:方|女性|子))?[^。！？!?\\n]{0,16}?(?:かわい|可愛|カワイ|きれい|綺麗|美人)(?:すぎ|過ぎ|すぎる|かった|い(?=[💕♡❤😍])|(?:い|くて|な)?(?:方|人|子|女性|先生)(?:ばかり|ばっかり|揃い|ぞろい|だらけ))'),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a, b) => !phrase('人形|イラスト|キャラクター|ぬいぐるみ|マスコット|犬|猫|動物|花|料理|作品|園児|子ども|子供|赤ちゃん|景色|飾り|字|文字|部屋|庁舎|トイレ|掃除|手作り', 'u').test(fo.slice(s.start, s.end)) && !OWNED_THING.test(fo.slice(a, b)),
  },
  // One group put before another (生活保護の人よりも、まじめに働いている人を優先すべき, 日本人を優先すべき), a disability as the
  // measure of one's own luck (障がい者の方と比べて、健常者は恵まれています).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${DISMISSED}|外国(?:籍)?の(?:方|人)|移民|難民)(?:の(?:人|方))?(?:より(?:も)?|よりか)[、,]?[^。！？!?\\n]{0,20}?(?:を|が)(?:優先(?:すべき|して(?:ほしい|ください|もらいたい)|されるべき|するべき)|大事にすべき|先(?:だ|です|でしょう|やろ))|日本人(?:を|が)(?:優先(?:すべき|して(?:ほしい|ください|もらいたい)|されるべき|するべき)|先(?:だ|です|でしょう|やろ))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) && !/という(?:考え|主張|声|意見)(?:は|に)/u.test(t) },
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${DISABLED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|車(?:椅子|いす)の(?:方|人)|難病の(?:方|人))[^。！？!?\\n]{0,30}?(?:自分|私たち|わたしたち|健常者|僕ら|我々)(?:は|が|って)[^。！？!?\\n]{0,10}?(?:恵まれて|幸せ(?:だ|者|です|なんだ)|ありがた(?:い|み))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援|さぽーと|介助/gu, '')) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group declared watched (生活保護の受給者には、引き続き厳しく目を光らせてまいります).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護(?:の)?(?:受給者|受給世帯|を受けている(?:方|人|世帯))|受給者|外国人|外国籍の(?:方|人)|実習生|留学生|移民|難民|ホームレス|路上生活者|障(?:害|がい|碍)者|精神障(?:害|がい)(?:者|のある(?:方|人))|同性カップル|ひとり親家庭)(?:の方)?(?:に|には|を|に対して(?:は)?)[、,]?[^。！？!?\\n]{0,16}?(?:目を光ら|監視(?:し|を強化|いたし|して)|見張(?:り|っ|る)|マークし)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !/不正|違法|違反|虐待|詐欺|被害|見守/u.test(t) && !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(t) },
  },
  // A disabled person's ordinary life made an inspiration (障がいのある方が働く姿に、勇気と感動をもらいました).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)|車(?:椅子|いす)|難病|自閉|ダウン症)[^。！？!?\\n]{0,20}?(?:働く|働いている|暮らす|暮らしている|生活する|生きる|通勤する|通学する|買い物する)(?:姿|様子)(?:に|から|を見て)[、,]?[^。！？!?\\n]{0,8}?(?:勇気|感動|元気をもら|元気をいただ|涙が)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Staff sold as beautiful (若くて美しい女性職員が皆さまをお迎えいたします).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美しい|うつくしい|麗しい)(?:女性|女子|若手)?(?:職員|スタッフ|ガイド|コンパニオン|係員|受付嬢|看護師|保育士|案内係|船頭)'),
    instead: INSTEAD.lookism,
  },
  // An illness or a disability made a joke label (私も認知症かも（笑）, 完全にADHDですね笑, うつ病気味です笑).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:認知症|痴呆|adhd|発達障(?:害|がい)|自閉症|うつ病|鬱病|うつ|鬱|統合失調症|精神病|パニック障(?:害|がい)|適応障(?:害|がい))(?:かも|かな|っぽ|みたい|気味|確定|レベル|並み|ですね|やん|じゃん|だわ|やわ)[^。！？!?\\n]{0,6}?(?:[（(]笑[)）]|(?<=[ぁ-ゖ〜ー])笑(?![ぁ-ゖ一-龥])|${LAUGH_W}|[😂🤣😆😜😝])|完全に(?:adhd|発達|自閉|認知症|うつ)(?:ですね|だね|やね|じゃん|やん|[。！!]|$)`),
    instead: '病気や障がいを冗談の種にせず、正式な名称で、必要な情報だけを書いてください（例：「物忘れが気になる方は、地域包括支援センターにご相談ください」）',
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
// Team DCH-125 kind, pushed here once PROTECTED is defined (PHRASES is read at EARLY_PHRASES below).
PHRASES.push(
  // Team DCA-048 kind (reader drift): a look taken as what a foreigner is (金髪に青い目、まさに「ザ・外国人の先生」という感じ): a people
  // stereotyped by appearance, warn. A look (金髪, 青い目, 彫りの深い顔, 肌の色) in the sentence, then まさに / いかにも / ザ・ / 典型的な with
  // 外国人 or a nation's people; not a look told alone (金髪の先生が来てくれました), nor いかにも without a look (いかにも外国人観光客に人気).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?:まさに|いかにも|典型的な|絵に描いたような)[「『]?(?:ざ・?|the ?)?|[「『]?(?:ざ・?|the ?))(?:外国人|外人|西洋人|白人|黒人|欧米人|(?:あめりか|いぎりす|ふらんす|どいつ|ろしあ|中国|韓国|いんど|ぶらじる)人)(?!観光|旅行|向け|客|料理|街|墓地|学校)', 'gu'),
    need: ['まさに', 'いかにも', 'ざ', '典型的な', '絵に描いたような', 'the'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, sentence) => /金髪|青い目|碧眼|青い瞳|彫りの深い|鼻が高|肌の色|色白|黒い肌|褐色の肌|背が高くて/u.test(fo.slice(sentence.start, sentence.end)),
  },
  // Blind R369S-021 kind: a group expected to fill a room, the others then called 普通の (当事者の方ばかりかと思っていたら、普通の親子連れや
  // ご夫婦も多くて…ホッとしました): the group set apart from the "normal", warn. The group, then ばかり/だけ with a thought (かと思って),
  // then 普通の and people; not the group called as ordinary as anyone (当事者も普通の市民です), nor 普通の with no group before it.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:当事者|${PROTECTED}|性的少数者|同性愛|ゲイ|レズビアン|トランス|障(?:害|がい)者|外国人|高齢者|お年寄り)(?:の方|の人|さん)?(?:たち|ばかり|だけ)[^。！？!?\\n]{0,6}?(?:か|だ)?(?:と|って)(?:思|おも)[^。！？!?\\n]{0,12}?(?:普通|ふつう|一般)の(?:人|方|親子|家族|ご家族|夫婦|ご夫婦|かっぷる|男女|市民|家庭|子|学生|お客)`, 'gu'),
    need: ['普通の', 'ふつうの', '一般の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Blind R371U-021 kind: the old in care made a sexual joke of (若いヘルパーさんにお風呂に入れてもらえると思ったら、おじいちゃんたちは急に
  // 元気になるそうです😏 お色気パワーで介護予防！？): those cared for and those who care for them, sexualised, block. お色気 or 鼻の下 in a care
  // or bathing post; not a care post without it, nor お色気 of a show (お色気シーン) with no care in the paragraph.
  {
    rule: 'decency/sexual',
    re: phrase('お色気(?:ぱわー|作戦|効果|で|に|の力)|色仕掛け|鼻の下(?:を|が)(?:伸ば|のば|伸び|のび)', 'gu'),
    need: ['お色気', '色仕掛け', '鼻の下'],
    severity: 'block',
    instead: INSTEAD.sexual,
    keep: (fo) => /入浴|介助|介護|へるぱー|看護|でいさーびす|施設|利用者|お風呂|入居/u.test(fo),
  },
  // Team DCH-125 kind (reader drift): a protected group's presence set up as the trouble others must be kept safe from (「精神障害のある
  // 方が避難所にいた場合」のトラブル対応を学びます。周りの避難者の安全を守るためにも): the group framed as a danger, block. The group's
  // presence (がいた場合, が来たら, がいると), trouble or danger right after it, and the others' safety in the paragraph; not the care a
  // group needs (障害のある方が避難所にいた場合の配慮), nor a danger to the person (車いすの方がいると段差が危険なので).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${PROTECTED}|${DISABLED})(?:が|も)[^。！？!?\\n]{0,12}?(?:いた|いる|おられた|来た|来る|来られた|入った|入る)(?:場合|ら|と|とき|時)[」』]?(?:の|に|は|、)?[^。！？!?\\n]{0,8}?(?:トラブル|危険|危な|騒ぎ|騒動|揉め|もめ)`, 'gu'),
    need: ['とらぶる', '危険', '危な', '騒ぎ', '騒動', '揉め', 'もめ'],
    severity: 'block',
    instead: INSTEAD.discriminatory,
    // (The trouble prevented by support for the group, 多言語の案内, 通訳, 配慮: the group's needs, not a danger.)
    keep: (fo, _sentence, _a, b) =>
      /(?:周り|周囲|他|ほか|残り)の(?:避難者|利用者|住民|方|人|皆さん|みなさん|皆様|子|児童|生徒)[^。！？!?\n]{0,8}?(?:安全|身)を?(?:守|確保)/u.test(fo) &&
      !/^[^。！？!?\n]{0,4}?(?:を|が)?(?:防|避け|起きないよう|ないよう|の防止)|配慮|支援|通訳|多言語|やさしい日本語|手話|さぽーと/u.test(fo.slice(b, Math.min(fo.length, b + 40))),
  },
)
