/**
 * decency — the later phrase tables of mixed kinds (read through the same gate, in the order index.ts ALL_PHRASES lists them): each
 * entry names its rule, and its `keep`/veto says what stays clean.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { phrase } from '../../words'
import { BURAKU_VETO, OLD_KIN, R21_MASK, R21_MASK_NEED, R23_AGED, R24_GRP } from './age'
import { AWARENESS, ACT, REFUSE, NATION, INSTEAD, BODY_VETO, STAFF, DENIED, INSENSITIVE, SLUR_TALK, RESIDENTS, DISABLED, AGED, PRESUMED_NOT, ROLE_TALK, LAUGH_MARK, BURAKU_PLACE, TEASED, R21_ORIENT, rx, R22_GRP, NAMES_PREJUDICE, type Phrase } from './context'
import { R23_DEMENTIA, ANIMAL63 } from './disability-and-illness'
import { R22_VISITORS_D7, COMPARED_FAULT, R23_FOREIGN, R24_CONSIDERATE } from './foreigners-and-peoples'
import { YOUNG_NOW, SEX_ROLE_D, R23_SEX, R23_FEMALE, R23_MALE, R24_WOMEN, R24_MEN } from './gender-roles-and-sexuality'
import { SAFETY, LAW_LIMIT_RE, ORIGINS_NAMED, NUISANCE, WATCHED, OFTEN, SURVEY_TOLD, R22_GROUP, R22_GROUP_RE, R22_GRP_PHRASE, R22_FAULT, R22_LAUGH, R22_SOME, OWN_FEAR, TURNED_TO_UNDERSTANDING, R23_HIRING, R23_WELFARE, R23_HELPFUL, R24_PLACE_PEOPLE, R24_ANY_PLACE_PEOPLE, R24_FAULT, R24_HEALTH, exposureCondemned } from './group-prejudice'
import { STAFF_RE, INFANT_OR_DOLL, R23_LOOKED, R24_LAUGH } from './lookism'
import { condemnedInNextSentence } from './mentions'
import { PERSON } from './sexual-remarks'
import { R23_TASK, R23_ROLE_OK, R24_TASK, R24_SEX_OK } from './stereotypes'

/** Round 22 (decd: implicit prejudice), after the groups. */
export const R22: Phrase[] = [
  // 部落差別 said to be over, raising it blamed (部落差別の問題は、もう昔の話です。…蒸し返す).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落差別|同和問題|部落問題|部落)(?:の問題)?(?:は|って|なんて|なんか)[、,]?(?:もう|すでに|既に|とっくに|今は|今では|いまは|もはや)?[^。！？!?\\n]{0,4}?(?:昔の(?:話|こと|問題)|過去の(?:話|こと|もの|問題)|存在しな(?!くな)|存在しません|なくなっ|無くなっ|終わっ|解決済)|寝た子を起こす(?:な|べきでは|必要は|ことに)|(?:いつまでも|わざわざ)[^。！？!?\\n]{0,6}?蒸し返'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !rx('^(?:てい|てお|て)?(?:ません|ない|ず|なか|りません)|^[^。！？!?\\n]{0,3}?(?:と|って)(?:思|考|言|いわ|され|見られ|感じ)|^[^。\\n]{0,12}?[？?]').test(fo.slice(b, b + 16)) && !rx('今も|いまも|現在も|依然|いまだ|未だ').test(fo.slice(a, b)) && !rx('(?:では|じゃ)(?:ない|なく|ありません|ございません)|とは(?:言え|いえ|限ら)(?:ません|ない)|と(?:思われ|言われ|いわれ|考えられ)(?:がち|てき|ている|る)|という(?:誤解|偏見|思い込み|考え)|誤解|思い込み|いまだに|今も|現在も|残って|根強').test(fo.slice(b, b + 30)) && rx('部落|同和|差別').test(fo.slice(Math.max(0, s.start - 60), s.end)) && !rx('啓発|人権|解消|研修|講演').test(fo.slice(s.start, s.end)),
  },
  // A fault presumed of a whole group as a fact or the reason for a measure (外国人住民の方はゴミ出しのルールを守らないことが多いため,
  // 女性職員は出産を機に退職することが多いため, 発達障害のあるお子さんは集団行動が苦手なので, 母子家庭は…学力が低くなりがち).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GROUP}|${R22_VISITORS_D7}|${SEX_ROLE_D})(?:の方|の人|さん)?(?:は|って|には|の(?:方の)?(?:ご相談|申請|手続き|転入手続き|書類)は)[、,]?[^。！？!?\\n]{0,24}?(?:${R22_FAULT})[^。！？!?\\n]{0,14}?(?:ので|ため|から|けん|がち|傾向|ことが多|ことも多|ものです|ですよね|よね|やろ|でしょう|である|です|だ(?=[。！!、]|$|よ|ね|し)|や(?=[。！!、]|$|ね|けん)|(?<=[いすずんだ])(?:[。！!]|$))`),
    need: ['守ら', '守れ', '不備', 'ミス', '間違い', '記入漏れ', 'トラブル', '盗難', '遅刻', '欠勤', 'を機に', 'すぐ', '学力', '成績', '意欲', '能力', '集中力', '責任感', '集団行動', '団体行動', '集団生活', '人付き合い', 'みんなと同じ', '寂し', 'さみし', '淋し', '愛情', 'かけられ', 'かけれ', '感情的', 'ヒステリ', 'すぐ', '意欲', 'やる気', '働く気', '働こうと', '怠け', 'なまけ', '汚く', '汚して', '値切', 'ゴミ', 'ごみ', 'ポイ捨て', '大声', '大きな声', '並ば', '割り込'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); const m = fo.slice(a, b + 20); return !NAMES_PREJUDICE.test(t) && !PRESUMED_NOT.test(m) && !R22_SOME.test(m) && !rx('詐欺|被害|巻き込|狙われ|悪質|犯罪に遭|ねらわれ').test(t) && !rx('啓発|男女共同参画|ジェンダー|固定観念|現状を(?:変え|改め)|見直|両立').test(t) },
  },
  // A city that puts Japanese first or admits only Japanese speakers (日本人の方を優先して受付, 日本語で日常会話ができる方に限らせていただきます).
  {
    rule: 'decency/discriminatory',
    re: phrase(`日本(?:人|国籍)(?:の(?:方|皆さん|皆様|お客様|住民))?(?:を|が|から)[^。！？!?\\n]{0,4}?(?:優先|先に|順に|順番に)|(?:外国|${NATION})[^。！？!?\\n]{0,30}?日本人(?:の)?(?:保証人|連帯保証人|同伴者|付き添い|家族)(?:が|を|の)[^。！？!?\\n]{0,12}?(?:限り|限ら|条件と)|日本語(?:での|で(?:の)?|の)?(?:日常)?(?:的な)?(?:会話|意思疎通|コミュニケーション|やりとり|やり取り|読み書き)?(?:が|の)(?:不自由な|できない|話せない|分からない|わからない|苦手な|難しい|むずかしい|困難な|十分でない|不十分な|おぼつかない|できかねる)(?:方|人)(?:の|は|には)[^。！？!?\\n]{0,16}?(?:ご遠慮|お断り|不可|できません|受け付けて(?:おりません|いません)|限らせ|いただけません|いただいておりません|対象外)|日本(?:人|国籍の方)(?:の方)?(?:に|のみ|だけ)(?:限ら|限り|限定)|日本語(?:で|が)[^。！？!?\\n]{0,10}?(?:できる|話せる|分かる|わかる|通じる)(?:方|人)(?:に|のみ|だけ)(?:限ら|限り|限定|とさせ)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AWARENESS.test(t) && !SAFETY.test(t) && !rx('ではありません|ではなく|かかわらず|関わらず|問わず|しません|いたしません|同じ|どなたでも|区別なく|分け隔てなく').test(t) && (rx('優先|先に').test(fo.slice(a, b)) || !rx('ボランティア|通訳|翻訳|講師|ガイド|教室|クラス|講座|試験|検定|公務員|消防|警察|選挙|議員').test(t)) },
  },
  // An inquiry into origins (本籍地…ご家族の出身地も含めて確認, 在日の方…通名と本名の両方を確認).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:結婚|婚活|縁談|お見合い|交際|在日|ご両親|ご家族|親族|相手方)[^。！？!?\\n]{0,40}?(?:本籍|出身地|出自|本名|通名|家柄|身元)[^。！？!?\\n]{0,30}?(?:確認|提出|分かる|わかる|調査|調べ|お聞き|伺|お知らせ|ご記入|記入|教えて|申告)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !SURVEY_TOLD.test(fo.slice(s.start, s.end)) && !exposureCondemned(fo.slice(b, s.end)) && !condemnedInNextSentence(fo, s) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)) && !rx('(?:なぜ|どうして|どのような|どんな)[^。！？!?\\n]{0,6}?問題|問題(?:なのか|なの|か)|考えてみ|身元調査(?:は|を)|お断り|しません|いたしません|行いません|(?:こと|の)(?:は|も)(?:ありません|ない|ございません)|不要|必要ありません|ございません|記載(?:は)?不要|パスポート|旅券|住民票|戸籍謄本の請求|相続').test(fo.slice(s.start, s.end)),
  },
  // A district hinted at by its "circumstances" before buying land (地区によって昔からの"事情"がある所も…土地を購入される前に).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|土地|場所|集落|町内)(?:によって|には|にも|では)[^。！？!?\\n]{0,12}?(?:昔から|古くから|いろいろ|色々)(?:の)?[“"「『”]?(?:事情|いわく|曰く|歴史)[”"」』“]?(?:が|の)(?:ある|あり)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, Math.min(fo.length, s.end + 80)); return rx('購入|買|住|移住|土地|物件|聞いて|調べ|確認').test(t) && !NAMES_PREJUDICE.test(t) && !rx('文化財|史跡|伝統|祭り|まつり|歴史散策|郷土史').test(t) },
  },
  // A facility for a group said to lower land prices or safety (障害者施設ができると地価が下がる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者)?|精神|福祉|知的|外国人|更生|保護|グループ)(?:の)?(?:施設|ホーム|住宅|寮|作業所)[^。！？!?\\n]{0,20}?(?:地価|資産価値|不動産価値|土地の(?:値段|価格)|治安|住環境)(?:が|も)?(?:下が|落ち|悪化|悪くな|下落|乱れ)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 40)) && !rx('根拠(?:は|が)?(?:な|あり)|ことはありません|事実はありません|ではありません').test(fo.slice(b, b + 40)),
  },
  // Crime tied to a people (ベトナム人実習生による盗難が相次いでいる).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION})(?:人|籍|系)?(?:から(?:の|来た))?(?:の)?(?:実習生|留学生|労働者|住民|観光客|グループ|集団|若者)?(?:さん)?(?:たち|ら|達)?による(?:盗難|窃盗|万引き|犯罪|事件|空き巣|不法投棄|迷惑行為|トラブル)(?:が|も)?(?:相次|多発|続|増え|多い|多く)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('逮捕|容疑者|送検|起訴|警察署(?:によると|の発表)|判決').test(fo.slice(s.start, s.end)),
  },
  // One nationality addressed with a manners warning (中国からお越しの観光客の皆さまへ。…大声での会話や割り込みはご遠慮ください).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:中国|韓国|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|ネパール|インド|アジア|ブラジル|大陸|半島)(?:人)?(?:から)?(?:お越しの|からの|から来た|の|人の)(?:観光客|お客様|お客さま|皆さま|皆様|皆さん|方々|方|団体客|旅行者)(?:の(?:皆さま|皆様|皆さん))?(?:へ|に(?:お願い|お知らせ))[^\\n]{0,80}?(?:大声|割り込|横入り|騒|ポイ捨て|痰|つば|順番|列に)[^。！？!?\\n]{0,20}?(?:ご遠慮|お控え|守って|守り|禁止|やめ|しないで)`),
    instead: INSTEAD.discriminatory,
  },
  // A group's manners said to have improved (外国人観光客の方も、最近はマナーが良くなってきて安心しました).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:外国人|外国の方|外国籍の方|(?:${NATION})(?:人|の(?:方|人))|観光客|若者|高齢者|お年寄り)(?:の方|の人)?(?:も|は|って)[、,]?[^。！？!?\\n]{0,8}?(?:マナー|民度|ルール)(?:が|も)(?:良く|よく|ましに|マシに)(?:なって|なり|なった)[^。！？!?\\n]{0,10}?(?:安心|ほっと|驚|びっくり|意外|成長)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
  },
  // Blood or genes as a people's talent (黒人ダンサーさんはさすがのリズム感！やっぱり血が違いますね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:黒人|白人|ハーフ(?=の|さん|選手|ダンサー|ランナー|モデル|タレント|だから|やけん|って)|外国人|アフリカ系|ラテン系|(?:ブラジル|アフリカ|ジャマイカ)(?:人|出身))[^\\n]{0,40}?(?:血(?:が|は)(?:違|ちが)|血筋|dna(?:が|の)(?:違|ちが|なせ)|遺伝子(?:が|の)(?:違|ちが|なせ)|血のなせる|生まれつき(?:の)?(?:リズム|身体能力|運動神経|バネ|違|ちが)|生まれながらに|(?:さすが|やっぱり|やはり)の(?:リズム感|身体能力|運動神経|バネ))'),
    need: ['血', 'dna', '遺伝子', '生まれつき', '生まれながら', 'さすがの', 'やっぱりの', 'やはりの'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(a, b)) && !PRESUMED_NOT.test(fo.slice(a, b + 20)),
  },
  // A sexual orientation belittled as a hobby or a phase (同性愛は個人の趣味の問題, LGBTなんて一時的な流行り).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|性自認)(?:の方|の人)?(?:は|って|なんて|なんか|というのは|とは|(?:とか|って)(?:言う|いう|言っ(?:て(?:る|も))?)(?:けど|けれど|が)?[、,]?(?:結局(?:は)?|所詮|しょせん|要は|ただの)?)[、,]?[^。！？!?\\n]{0,10}?(?:趣味|嗜好|好み|気の迷い|一時(?:的な|の)(?:もの|流行り?|感情|ブーム)|ファッション|流行り|はやり|ブーム|思春期の|わがまま)(?:の問題|にすぎ|に過ぎ|でしか|なので|だから|ですので|です|でしょう|だろう|やろ|やけん|みたいな|のようなもの|だ(?=よ|ね|[。！!]|$)|や(?=ね|[。！!]|$)|[。！!]|$)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 8)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // An orientation tied to a disease (ゲイの方はHIVに感染しやすいので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:ゲイ|同性愛(?:者)?|ホモ|レズ|lgbtq?|性的(?:少数者|マイノリティ))(?:の方|の人|の皆さん)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:hiv|エイズ|aids|性感染症|性病)`),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 24)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A trans woman called a man in women's clothes (女装した男性が女性トイレに入ってくる).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女装した|女装の|女の格好をした|女のふりをした)(?:男|男性)[^。！？!?\\n]{0,16}?(?:女性(?:用)?トイレ|女子トイレ|トイレ|更衣室|浴場|風呂|銭湯|温泉)|(?:見た目|体|身体|からだ|外見)は(?:男|女)(?:性)?(?:でも|だけど|やけど|なのに)[、,]?(?:心|中身)は(?:女|男)(?:性)?[？?]'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job or welcome for one sex or age (女性にぴったりのお仕事, ママさん保育士大歓迎, 20代〜30代の明るい女性が活躍している職場).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:女性|男性|女子|男子|主婦|ママ(?:さん)?|パパ(?:さん)?|お母さん|奥さん|若い女性|若い男性)(?:の方|の皆さん|さん)?(?:に|には)(?:ぴったり|ピッタリ|最適|うってつけ|向いている|向いてる|おすすめ)の(?:お)?(?:仕事|職場|職種|業務|求人)|(?:ママ(?:さん)?|主婦|若い女性|女子)(?:保育士|職員|スタッフ|パート)?(?:さん)?(?:大歓迎|歓迎|募集中|大募集)|[2-6２-６二三四五六]0代(?:〜|～|-|ー|から|・)?(?:[2-6２-６二三四五六]0代)?(?:前半|まで)?(?:の)?[^。！？!?\\n]{0,8}?(?:女性|男性|女の子|女子|男子)(?:が|の)(?:活躍(?!でき|の場|を|に向|する(?:ため|社会|職場づくり|環境))|働いて|多い)|若い(?:女性|男性|女の子|女子)(?:が|の)(?:活躍(?!でき|の場|を|に向|する(?:ため|社会|職場づくり|環境))|多い|働いて)`),
    instead: '性別や年齢で応募者を限らず、仕事の内容と条件を書いてください（例：「子育ての経験を活かせるお仕事です。どなたでもご応募ください」）',
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 120), s.end + 40); return rx('職員|スタッフ|求人|採用|お仕事|職場|会計年度|任用|パート|アルバイト|勤務|時給|月給|保育士|調理員|事務員|作業員').test(t) && !ROLE_TALK.test(t) && !rx('男女共同参画|女性活躍推進|女性の活躍を(?:推進|応援)|くるみん|えるぼし').test(t) },
  },
  // A wife sought for her housework or care (料理上手で、農作業も親の介護も嫌がらない女性を大募集, 柳川美人をお嫁さんに).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:料理|家事|介護|農作業|子育て|育児|炊事)[^。！？!?\\n]{0,16}?(?:嫌がらない|いやがらない|いとわない|厭わない|苦にならない|こなせる|得意な|上手な|できる)(?:女性|女の子|お嫁さん|嫁|奥さん|おなご|女)|(?:美人|女性|娘さん|女の子|おなご)(?:を|と)[^。！？!?\\n]{0,4}?(?:お嫁さん|お嫁|嫁|奥さん|妻)(?:に|として)(?:しませんか|しよう|もらい|迎え|どうですか|いかが)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A man's part in childcare called help (男性職員の育休取得率…奥さんのお手伝い、がんばって).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![やと、])(?:奥さん|奥様|妻|ママ|お母さん|嫁さん)(?:の|を)(?:お)?手伝(?:い|う|って)(?!(?:では|じゃ|で)(?:なく|ない|ありません)|ではなく)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a) => { const t = fo.slice(Math.max(0, a - 60), s.end); return rx('育休|育児休業|男性|パパ|夫|旦那|お父さん|父親|イクメン').test(t) && !rx('子ども|子供|お子さん|キッズ|児童|園児|小学生|息子|娘').test(t) && !ROLE_TALK.test(t) },
  },
  // A sex's norm imposed (男ならこれくらい…食べんとね, 女ならおしとやかに).
  {
    rule: 'decency/stereotype',
    re: phrase('(?<![一-龥])(?:男|女|男子|女子|男の子|女の子)(?:なら|やったら|だったら|たるもの|である以上)(?!では)[^。！？!?\\n]{0,30}?(?:ないと|なきゃ|なくちゃ|んと(?:ね|な|いけ)|べき|当然|当たり前|ねば|にゃ)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Colours fixed by sex (女の子はピンク、男の子はブルー).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女の子|女子|女性|女児)(?:は|には|用(?:は)?)(?:ピンク|赤|桃色)[、,][^。！？!?\\n]{0,4}?(?:男の子|男子|男性|男児)(?:は|には|用(?:は)?)(?:ブルー|青|水色)|(?:男の子|男子|男性|男児)(?:は|には|用(?:は)?)(?:ブルー|青|水色)[、,][^。！？!?\\n]{0,4}?(?:女の子|女子|女性|女児)(?:は|には|用(?:は)?)(?:ピンク|赤|桃色)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !rx('お好きな|選べ|選んで|どちらでも').test(fo.slice(s.start, s.end + 30)) && rx('記念品|プレゼント|名札|タオル|お渡し|配布|用意|お贈り|贈呈|グッズ|ユニフォーム|制服|ランドセル|決まり|決めて|にしました|にしています').test(fo.slice(Math.max(0, s.start - 40), s.end + 10)),
  },
  // Women staff as decoration (女子職員が受付で華を添えます).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:女性|女子|女の子|若い女性)(?:の)?(?:職員|スタッフ|社員|事務員)(?:たち|の皆さん)?(?:が|も)[^。！？!?\\n]{0,12}?(?:華を添え|花を添え|彩りを添え|場を華やか|華やかに)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // Staff bodies and swimwear as a sight (江口さんの水着姿、表紙にしたいくらい), a body offered to touch (消防士さんの腕…触らせてもらって),
  // an innuendo of the night (夜の"お相手"も募集中).
  {
    rule: 'decency/sexual',
    re: phrase(`${TEASED}(?:たち)?の(?:水着|ビキニ|裸|上半身|胸板|腹筋)(?:姿)?[^。！？!?\\n]{0,30}?(?:見たい|表紙|拝み|拝ま|楽しみ|お願い|期待|たまら|[😍🥰💕💓😘🤤])`),
    need: ['水着', 'ビキニ', '裸', '上半身', '胸板', '腹筋'],
    instead: INSTEAD.sexual,
    keep: (fo, s) => !rx('救命|心肺|aed|健康|検診|健診|規程|規定|着用|監視').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('(?:腕|筋肉|胸板|腹筋|二の腕|お尻|太もも|力こぶ)[^\\n]{0,60}?(?:触らせ|さわらせ|揉ませ)(?:て)?(?:もら|くださ|ね|み)'),
    need: ['触らせ', 'さわらせ', '揉ませ'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a) => !rx('救命|心肺|aed|マッサージ|健康|検診|健診|リハビリ|体操|ストレッチ|計測|測定|動物|ポニー|うさぎ|ヤギ|やぎ|牛|馬|赤ちゃん|化石|標本|模型').test(fo.slice(Math.max(0, a - 60), s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase('夜の[“"「]?(?:お相手|お供|相手)[”"」]?(?:も|を)?(?:募集|大歓迎|歓迎|お待ち|待って|ok|オッケー)'),
    instead: INSTEAD.sexual,
  },
  // A body to be ashamed of or to be seen (恥ずかしくない水着姿, 見られる体).
  {
    rule: 'decency/lookism',
    re: phrase('(?:恥ずかしくない|人前に出せる|見せられる|見られる|見せたくなる)[“"「]?(?:水着姿|水着|体|身体|からだ|ボディ|体型|スタイル)'),
    instead: INSTEAD.lookism,
    severity: 'warn',
  },
  // Looks of a group rated (スラッとした美人ぞろい, 女の子はお人形さんみたい、男の子はまあまあ).
  {
    rule: 'decency/lookism',
    re: phrase('(?:美人|美女|イケメン|美男|かわいい子|可愛い子|美少女)(?:ぞろい|揃い|ばかり|ばっかり|だらけ)|(?:男の子|女の子|男子|女子|男性陣|女性陣|男性|女性)(?:は|の方は)[、,]?(?:まあまあ|いまいち|イマイチ|それなり|微妙|残念|今ひとつ)(?:やね|だね|ですね|かな|やな|[（(]笑|笑|w|ｗ|[😅😂])'),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => !rx('ぞろい|揃い|ばかり|ばっかり|だらけ').test(fo.slice(a, b)) || !rx('人形|まり|雛|ひな|絵|画|像|写真展|花|金魚|鯉|温泉|美人の湯|美肌|アイドル|グループ|舞台|劇団|俳優|キャスト|出演|映画|ドラマ|アニメ|芸能|バンド|歌劇|宝塚|公演').test(fo.slice(s.start, s.end)),
  },
  // A person named by an animal for the body (ブタ課長).
  {
    rule: 'decency/lookism',
    re: phrase('(?:ブタ|豚|トド|カバ|ゴリラ|ダルマ|子豚|コブタ)(?:課長|係長|部長|室長|所長|局長|市長|議員|先輩|上司|主任|班長|職員)'),
    instead: INSTEAD.lookism,
  },
  // A colleague's mood put down to menopause or a period, laughed at (イライラしてる課長、更年期ですかね？（笑）).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:更年期|生理(?:中|前)?|あの日)(?:のせい)?(?:ですかね|ですか|かな|かも|じゃない|じゃね|っぽ|なん(?:じゃ|ですかね|かな)|やろか|やろ|でしょうか|でしょ)[^。！？\\n]{0,8}?(?:[？?]|${LAUGH_MARK}|ね|な(?=[。〜ー]|$)|〜|$)|(?:更年期|生理(?:中|前)?|あの日)(?:で|だから|やけん|なので|のせい(?:で|か))[^。！？!?\\n]{0,6}?(?:イライラ|いらいら|機嫌が悪|不機嫌|怒りっぽ|ピリピリ|ぴりぴり|キレ)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return (rx('イライラ|いらいら|怒|キレ|機嫌|ピリピリ|ぴりぴり').test(t) || R22_LAUGH.test(t)) && !rx('講座|教室|相談|健康|症状|医師|ケア|セミナー|外来|治療|方のため|対策').test(t) },
  },
  // A male colleague outed (陣内くん、ただいま彼氏募集中です🌈).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くん|君|男性職員|男性スタッフ)[、,]?[^。！？!?\\n]{0,12}?彼氏(?:が|を)?(?:募集|ぼしゅう|探し|さがし|ほしい|欲しい)'),
    instead: INSTEAD.discriminatory,
  },
  // A colleague outed by hearsay (新人の…くん、実はそっち系らしいです).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くん|君|さん|職員|課長|係長|主任|先輩|後輩|新人)[、,]?[^。！？!?\\n]{0,12}?(?:そっち系|そっちの人|ゲイ|ホモ|オネエ|レズ|バイセクシャル|同性愛者)(?:らしい|っぽい|なんだって|なんですって|だって|疑惑|説|じゃないか|かも)'),
    need: ['そっち系', 'そっちの人', 'ゲイ', 'ホモ', 'オネエ', 'レズ', 'バイセクシャル', '同性愛者'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('アウティング|カミングアウト|公表').test(fo.slice(s.start, s.end)),
  },
  // Condescending thanks (学歴がなくても、毎朝まじめに働いてくれています) and a group's work called clumsy (不格好だけど応援してあげて).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:学歴|学|資格|お金|家)(?:が|も)(?:なくても|無くても|ないけど|なかろうと|ないのに|なくたって)[、,]?[^。！？!?\\n]{0,14}?(?:まじめ|真面目|一生懸命|立派|健気|けなげ|黙々|頑張|がんば|えらい|偉い)|(?:不格好|ぶかっこう|へた|下手|いびつ|雑|ガタガタ|がたがた|(?:形|見た目|出来|でき|味)(?:は|が|も)?(?:悪|いまいち|イマイチ|微妙|よくな|今ひとつ)(?:い|く|か)?)(?:だ|です|やけ|な)?(?:けど|けれど|ですが|でも)[^。！？!?\\n]{0,16}?(?:応援して|買って|あげて)(?:あげ|ね|ください)?`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => (rx('学歴|学が|資格|お金|家が').test(fo.slice(s.start, s.end)) ? rx('作業員|清掃|収集|労働|働いて|職員|ごみ|ゴミ').test(fo.slice(s.start, s.end)) : R22_GROUP_RE.test(fo.slice(Math.max(0, s.start - 80), s.end))),
  },
  // Children labelled poor (貧乏な家の子たち).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:貧乏|びんぼう|ビンボー|貧乏人)(?:な)?(?:家|家庭|世帯|うち)?の(?:子|子ども|子供|お子さん|お子様|児童)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, b + 20)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('(?:だけの|のための)(?:場所|もの)(?:では|じゃ)').test(fo.slice(a, b + 24)),
  },
  // Welfare recipients owing for living on taxes (税金で生活している以上, せめてこれくらいは).
  {
    rule: 'decency/discriminatory',
    re: phrase('税金で(?:生活し|暮らし|食べ|養われ|生活させてもら|生活させていただい|食べさせてもら)(?:って|て|っ|と)?(?:いる|る|おる|とる)?(?:以上|んだから|のだから|んだから|くせに|身|なら|分際)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A single mother told to remarry into a stable home (シングルマザーの皆さん、再婚して安定した家庭を).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:シングルマザー|シングルファーザー|ひとり親|一人親|母子家庭|父子家庭|バツイチ)[^。！？!?\\n]{0,20}?再婚(?:して|で|すれば|したら)[^。！？!?\\n]{0,16}?(?:安定|幸せ|ちゃんとした|まともな|普通の|一人前)'),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // The old as a crowd that dulls an event or can't handle machines (お年寄りばっかりで、ちょっとさみしかった, みなさん機械オンチで…😂).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:お年寄り|年寄り|高齢者|高齢の方|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|老人|シニア)(?:ばっかり|ばかり|ばっか|だらけ|しか(?:い|お)(?:なく|らん|なか))(?:で|だった|やった|なので)?[、,]?[^。！？!?\\n]{0,10}?(?:さみし|寂し|淋し|つまらな|がっかり|残念|盛り上がら|活気が(?:ない|なく|なか))|(?:機械|デジタル|it|スマホ|パソコン|ネット)(?:オンチ|音痴|おんち)[^。！？\\n]{0,20}?(?:${LAUGH_MARK}|苦笑)|(?:いまだに|まだ)[^。！？!?\\n]{0,16}?(?:持って(?:い)?(?:ない|ません)|使え(?:ない|ません)|知らない)(?:人|方)(?:が|も)(?:ほとんど|大半|多い)[^。！？\\n]{0,10}?(?:${LAUGH_MARK})|(?:お年寄り|年寄り|高齢者|高齢の方|じいちゃん|ばあちゃん|おじいちゃん|おばあちゃん|シニア|老人)(?:たち|の皆さん|の方々)?[、,]?[^。！？!?\\n]{0,20}?(?:使え|でき|わから|分から|覚えられ|読め)(?:なくて|ない|んくて|んかった|なかった)[^。！？\\n]{0,10}?(?:${LAUGH_MARK}|笑っ|苦笑)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
  },
  // A Japanese skill marvelled at in a foreigner (日本語ペラペラで見た目とのギャップがすごい！箸も上手に使えます😂).
  {
    rule: 'decency/stereotype',
    re: phrase(`見た目(?:と|との)(?:の)?ギャップ|(?:箸|お箸|はし|刺身|お刺身|納豆|梅干し|漢字|敬語|正座)(?:も|を|が)(?:上手に|じょうずに|器用に|ちゃんと|普通に)?(?:使え|使いこな|上手|じょうず|食べられ|食べれ|書け|でき)[^。！？\\n]{0,12}?(?:${LAUGH_MARK}|驚|びっくり|すご)|外国(?:人|の方|の人)(?:なのに|やのに|にしては)[^。！？!?\\n]{0,10}?(?:日本語|箸|お箸|漢字|敬語|正座|刺身|納豆)(?:が|も)?(?:上手|うま|ペラペラ|ぺらぺら|完璧|使え|食べられ|でき)`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(Math.max(0, s.start - 80), s.end); return rx('外国|国際交流|留学生|実習生|alt|ジョン|出身|(?:[ぁ-ゖ]{3,}|[ァ-ヶ]{3,})さん').test(t) && !rx('子ども|子供|お子さん|園児|離乳|幼児|赤ちゃん').test(t) },
  },
  // Death, drowning or suicide made a joke (土左衛門になっちゃうけん, 月曜の朝はお堀に飛び込みたくなります〜w, 孤独死…生存報告（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase(`土左衛門|どざえもん|(?:堀|川|海|線路|ホーム|電車|ダム|屋上|橋)(?:に|から)(?:飛び込み|身を投げ|飛び降り)たく(?:なる|なり|なっ)|(?:孤独死|孤立死|自殺|自死|溺死|水死|首吊り|首つり|身投げ|生存報告|生存確認)[^。！？\\n]{0,40}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防').test(fo.slice(s.start, s.end)),
  },
  // Blind R132I-097: a wish to jump, throw oneself or vanish as a joke about going to work or school (仕事に行きたくなさすぎて掘割に
  // 飛び込みたい😇, 月曜の朝は消えたい, 会議の前に川に身を投げたい): warn; not a help line or a prevention post.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:仕事|出勤|会社|職場|学校|登校|月曜|残業|会議|締め切り|締切|働きたく|行きたく)[^。！？!?\\n]{0,30}?(?:(?:堀|掘割|お堀|川|海|池|湖|線路|ホーム|電車|ダム|屋上|橋|窓|ビル|崖)(?:に|から)(?:飛び込み|身を投げ|飛び降り)た(?:い|く(?:なる|なり|なっ|て))|(?:消え|死に|いなくなり)た(?:い|く(?:なる|なり|なっ)))`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防|悩み').test(fo.slice(s.start, s.end)),
  },
  // Bullying of a disaster evacuee laughed along with (「放射能うつらん？」っていじる子がいて…子どもってほんと正直).
  {
    rule: 'decency/discriminatory',
    re: phrase('放射能(?:が|って|も)?(?:うつ|移|伝染)(?:る|っ|す|らん|らない)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !NAMES_PREJUDICE.test(t) && !rx('ことはありません|ません|という(?:誤解|偏見|噂|デマ)|デマ|根拠|科学的').test(fo.slice(b, b + 30)) },
  },
  // A place where infection was found told not to trouble others (感染者が確認された上町地区の皆さん。これ以上地域に迷惑をかけないよう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:感染者|陽性者|患者|クラスター)(?:が|の)(?:確認|発生|出)[^\\n]{0,40}?(?:これ以上|地域に|周りに|周囲に|他の地域に|市民に)[^。！？!?\\n]{0,6}?迷惑を(?:かけ|掛け)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A job kept to one sex (事務補助員（女性のみ）募集, 男性限定で作業員を採用).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:職員|スタッフ|事務員|事務補助|作業員|アルバイト|パート|求人|任用|保育士|調理員|運転手|ドライバー|窓口)[^。！？!?\\n]{0,16}?[（(]?(?:女性|男性|女子|男子)(?:のみ|限定|に限る|に限り|に限ります)[)）]?[^。！？!?\\n]{0,6}?(?:募集|採用|求む)|(?:女性|男性|女子|男子)(?:のみ|限定)(?:の|で)?(?:職員|スタッフ|事務員|作業員|アルバイト|パート|求人|任用|保育士|調理員|運転手)(?:を)?(?:募集|採用|求む)'),
    instead: '性別で応募者を限らず、仕事の内容と条件を書いてください（例：「子育ての経験を活かせるお仕事です。どなたでもご応募ください」）',
    keep: (fo, s) => !rx('更衣|浴場|トイレ|検診|健診|婦人科|シェルター|相談員|dv|性暴力|性被害|授乳|女性専用|男女共同参画').test(fo.slice(s.start, s.end)),
  },
  // Residents' disgust at a group adopted as honest feeling (「気持ち悪い」「子どもに悪影響」といった市民の皆さまの率直なお気持ち).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:気持ち悪|気色悪|きもい|キモい|悪影響|不快|怖い|こわい|嫌だ|いやだ|迷惑|異常)[^」”』\\n]{0,10}[」”』][^。\\n]{0,40}?(?:率直な|正直な|もっともな|ごもっともな|当然の|素直な)(?:お気持ち|気持ち|ご意見|意見|お声|声|ご感想|思い|ご不安|不安)'),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const w = fo.slice(Math.max(0, a - 120), b + 60); return !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && (R22_GRP_PHRASE.test(w) || R22_GROUP_RE.test(w) || rx('パートナーシップ|同性|性的|施設|ホーム|外国|移住者|入居者').test(w)) },
  },
  // Suicide wished in jest (月曜の朝から死にたい（笑）, 消えたいｗ).
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:死にた(?:い|か|く)|消えたい|首(?:を)?(?:吊り|つり)たい|飛び降りたい)[^。！？\\n]{0,10}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('相談|いのちの電話|こころの|防止|予防|ほど(?:おいし|美味し|うまい|楽し|嬉し|うれし)').test(fo.slice(s.start, s.end)),
  },
  // A resident's fear of a group or its facility agreed with (ご不安はもっともです。精神障害者のグループホームについては慎重に検討します,
  // おっしゃる通り、…同性カップルを子どもに見せたくない…).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:ご不安|不安|ご心配|心配|ご懸念|懸念|お気持ち|ご意見|お声|声)(?:は|も)?[、,]?[^。！？!?\\n]{0,6}?(?:ごもっとも|もっとも(?:です|だと)|当然(?:です|だと|のこと)|よく(?:分か|わか)り|理解(?:でき|いたし)ます)[^\\n]{0,60}?(?:${R22_GRP})[^\\n]{0,40}?(?:見合わせ|見送|中止|白紙|断念|取りやめ|とりやめ)|(?:${R22_GRP})[^\\n]{0,40}?(?:見せたくない|怖い|こわい|不安|心配|迷惑|治安|地価|雰囲気が変わ|反対)[^\\n]{0,40}?(?:ごもっとも|もっともです|当然です|よく分かります|よくわかります|おっしゃる通り|おっしゃるとおり|同感です)|(?:おっしゃる通り|おっしゃるとおり|ご指摘の(?:通り|とおり)|確かに|たしかに)[、,]?[^。！？!?\\n]{0,16}?(?:${R22_GRP})[^。！？!?\\n]{0,30}?(?:見せたくない|怖い|こわい|不安|心配|迷惑|雰囲気が変わ)[^。！？!?\\n]{0,8}?(?:ですよね|だよね|ですね|よね|のは当然|のも当然|のも無理|でしょう)`),
    need: ['もっとも', '当然', 'よく分か', 'よくわか', '理解でき', '理解いたし', 'おっしゃる', 'ご指摘の', '確かに', 'たしかに', '同感'],
    instead: INSTEAD.discriminatory,
    // (Not the group's own fear, the thing feared marked with が: 障がいのある方の中には、人混みが怖いという方も…その気持ち、よく分かります;
    // not a concession turned to understanding: …不安の声…その気持ちもよく分かります。でも、交流会を重ねて理解を深めて.)
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(Math.max(0, a - 40), b + 40)) && !rx('バリアフリー|増設|拡充|充実|整備を|もっと(?:増や|使いやす)').test(fo.slice(a, b)) && !OWN_FEAR.test(fo.slice(a, b)) && !TURNED_TO_UNDERSTANDING.test(fo.slice(b, b + 60)),
  },
  // A group met by several staff to prevent trouble (精神疾患をお持ちの方がご来庁の際は、トラブル防止のため職員2名で対応).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GROUP})(?:の方|の人)?(?:の(?:ご)?(?:相談|来庁|来館|対応|申請|手続き))?(?:が|は|には|の際は)[、,]?[^。！？!?\\n]{0,20}?(?:トラブル(?:防止|回避|を避け|予防)|防犯上|念のため|安全のため)[^。！？!?\\n]{0,12}?(?:職員(?:[0-9０-９二三]名|複数)|複数(?:の|名の?)(?:職員|担当)|[2２二]名(?:体制|で対応)|警備員|警察官?)`),
    need: ['トラブル', '防犯上', '念のため', '安全のため'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
export const R23: Phrase[] = [
  // Tasks split by sex (炊き出しは女性の皆さん、力仕事は男性の皆さんに; お母さん方はお茶出し…お父さんはコーチ): warn, when both sexes are
  // given their part or a hostess's task (お酌, お茶くみ) goes to women; not a women-only class or separate changing rooms.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_TASK})(?:の)?(?:用意|準備|係|担当|当番|作り|づくり|班)?(?:は|を|も|[、,](?:いつも|毎回|毎年|今回も|今年も))[、,]?(?:若い|やっぱり|やはり)?${R23_SEX}(?:に|で(?!も)|が|[、,。]|の(?:仕事|役目|役割|担当|出番|腕の見せどころ|見せ場|得意分野)|担当)|${R23_SEX}(?:の(?:皆さん|皆様|みなさん|みなさま|方々))?(?:は|には|が)[、,]?[^。！？!?\\n]{0,10}?(?:${R23_TASK})(?:係|担当|当番|作り|づくり)?(?:の(?:ほう|方))?(?:を|は|も)?(?:よろしく)?(?:お願い|担当|係|当番|して(?:ください|ね|もら)|頼|任せ|どうぞ|頑張|がんば|の出番|[、,])|(?:${R23_TASK})(?:に立つ|をする|を任せる|をやる)?(?:の)?(?:は|って)[、,]?(?:やっぱり|やはり|やっぱ)?${R23_SEX}(?:が|に|の)(?:一番|いちばん)?(?:似合|向い|ふさわし|合って|上手)|${R23_SEX}(?:職員|社員|スタッフ|陣)?(?:が|は)[^。！？!?\\n]{0,6}?(?:お酌|お茶くみ|お茶汲み|お酌係|ホステス)(?:係|役|担当|要員)?`),
    need: ['お茶', 'お酌', '育児', '子育て', '介護', 'てんと張り', '草刈り', '運搬', '搬送', '炊き出し', '力仕事', '料理', '調理', '配膳', '洗い物', '片付け', '掃除', '買い出し', 'おにぎり', '弁当', '接待', 'こーち', '設営', '荷物運び', '重い物', '裏方', '家事', '子守', '台所', 'ほすてす'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, s.start - 40), Math.min(fo.length, s.end + 60))
      if (R23_ROLE_OK.test(w) || AWARENESS.test(fo.slice(s.start, s.end))) return false
      const m = fo.slice(a, b)
      if (/お酌|ほすてす|似合|向い|ふさわし|合つて|上手/u.test(m) || (R23_FEMALE.test(w) && R23_MALE.test(w))) return true
      // One sex handed a household task as decoration or as a matter of course (配膳係は若い女性職員に…華やか).
      return /お茶|配膳|炊き出し|料理|調理|洗い物|片付け|掃除|おにぎり|家事|育児|子育て/u.test(m) && R23_FEMALE.test(m) && rx('若い|華|花を添え|やっぱり|やはり|当然|当たり前').test(w)
    },
  },
  // One sex left to watch (女の子は見るだけでガマンしてね), a sex's worth in its dress (女の子は振袖着てナンボ), 男らしさを育てる.
  {
    rule: 'decency/stereotype',
    re: phrase(`${R23_SEX}(?:は|には)[、,]?(?:見るだけ|見学だけ|見てるだけ|応援だけ|見学のみ)|(?:(?<![一-龥])(?:女|男)|女の子|男の子|女性|男性)(?:は|なら)[^。！？!?\\n]{0,10}?(?:なんぼ|ナンボ)|(?:男|女)らしさ(?:[・や、と](?:男|女)らしさ)?(?:を|が)[^。！？!?\\n]{0,4}?(?:育て|育む|身につけ|身に付け|磨|養|教え|大事|大切|求め)`),
    need: ['見るだけ', '見学', '見てるだけ', '応援だけ', 'なんぼ', 'らしさ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !R23_ROLE_OK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('とらわれ|にとらわれ|押し付け|押しつけ|見直', 'u').test(fo.slice(s.start, s.end)),
  },
  // Cooking presumed the mother's job, done badly when she works (共働きで手抜き料理になりがちなお母さん).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:手抜き|手を抜)[^。！？!?\\n]{0,10}?(?:がち|しがち)な(?:お母さん|ママ|主婦|奥さん|母親)|(?:主婦|専業主婦|奥様|奥さん)(?:の方|の皆さん|の皆様|の方々)?(?:は|なら)[、,]?[^。！？!?\\n]{0,8}?(?:お)?(?:暇|ひま)(?:だ|な(?:ので|んで)|でしょう|です(?:よね|し)?|と思|だろう|やろ|やけん|だから)|(?:お)?(?:暇|ひま)な(?:主婦|奥様|奥さん|専業主婦)'),
    need: ['手抜き', '手を抜', '暇', 'ひま'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group as the yardstick of low ability (障がい者でも簡単な作業ならできます, 女の子でもちゃんと蹴れる, 外国人でもできる簡単な仕事).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|外国人(?:労働者)?|外国の(?:方|人)|実習生|女性|(?<![一-龥])女|女の子|女子)(?:の方|の皆さん|さん)?(?:でも|にでも)[、,]?[^。！？!?\\n]{0,12}?(?:簡単な(?:作業|仕事|業務|お仕事|軽作業|こと)|単純(?:な)?(?:作業|仕事)(?:なら|くらい|ぐらい|程度))'),
    need: ['簡単な', '単純'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|外国人|外国の(?:方|人)|お年寄り|高齢者|女性|(?<![一-龥])女|女の子|女子|主婦)(?:の方|の皆さん|さん)?(?:でも)[、,]?(?:ちゃんと|きちんと|立派に|人並みに|それなりに|意外と|意外に)[^。！？!?\\n]{0,12}?(?:でき|[れせえけめてねべ]る|られ|わか|分か|務ま|勤ま|こなせ)'),
    need: ['ちやんと', 'きちんと', '立派に', '人並み', 'それなりに', '意外'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => !rx('(?:楽しめ|参加でき|遊べ|利用でき|入れ|通え|受けられ|使え|申し?込め|相談でき)(?:る|ます)?$').test(fo.slice(a, b)) && !rx('^[^。！？!?\\n]{0,10}?よう(?:に)?(?:[、,]|配慮|工夫|多言語|やさしい|表示|案内|説明|支援|サポート)').test(fo.slice(b, b + 24)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A disabled child set against "ordinary" ones (支援学級の子たちも…普通の子に負けないくらい上手).
  {
    rule: 'decency/discriminatory',
    re: phrase('普通の(?:子|人|方|子ども|子供|子たち|生徒)(?:に|と)(?:負けない|負けず|劣らない|比べ|変わらない|同じくらい|遜色)'),
    need: ['普通の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => phrase('障(?:害|がい|碍)|支援学級|支援学校|特別支援|車いす|車椅子|ダウン症|発達|自閉', 'u').test(fo.slice(Math.max(0, a - 100), a)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // An illness or disability presumed to leave no understanding (認知症の方には何を言っても分からない, どうせご本人は判断できません).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R23_DEMENTIA}(?:の)?(?:方|人|患者|高齢者|お年寄り|親|子)?(?:には|は|って|に)?[^。！？!?\\n]{0,12}?(?:何を言っても|何言っても|言っても無駄|言うだけ無駄|どうせ)[^。！？!?\\n]{0,12}?(?:分から|わから|理解でき|判断でき|通じ|覚えられ)(?:ない|ん|ません)|${R23_DEMENTIA}(?:の|が|を)?(?:ある|お持ちの)?(?:方|人|患者|高齢者|お年寄り)?(?:に|には|は|って)[、,]?[^。！？!?\\n]{0,8}?(?:(?:説明|話|お話し|お話)(?:を)?(?:して|し)?ても|(?:言って|教えて)も)[^。！？!?\\n]{0,4}?(?:無駄|むだ|意味が(?:ない|ありません)|理解でき(?:ない|ません)|分から(?:ない|ん)|わから(?:ない|ん)|通じ(?:ない|ません))|${R23_DEMENTIA}(?:の|が)?(?:ある)?(?:方|人|患者)?(?:は|には|って)[、,]?[^。！？!?\\n]{0,6}?(?:判断能力|判断力|理解力)(?:が|は)?(?:ない|なか|ありません|欠けて)(?:ため|ので|から|けん)|どうせ[、,]?(?:ご本人|本人|あの人たち|あの方たち)(?:は|には|に|が)?[^。！？!?\\n]{0,6}?(?:判断|理解|分から|わから|覚えて)(?:でき|い|られ)?(?:ない|ません|ん)`),
    need: ['何を言っても', '何言っても', '無駄', 'むだ', '意味が', 'どうせ', '判断能力', '判断力', '理解力', '理解でき', '分から', 'わから', '通じ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(b, b + 30)) && (/^どうせ/u.test(fo.slice(a, a + 3)) ? phrase(`${R23_DEMENTIA}|障(?:害|がい|碍)`, 'u').test(fo.slice(Math.max(0, a - 100), a)) : !AWARENESS.test(fo.slice(s.start, s.end))),
  },
  // A job said to need a non-disabled person (窓口業務は健常者でないと務まらない); looks as one (みんな同じ顔).
  {
    rule: 'decency/discriminatory',
    re: phrase('健常(?:者|の方|な方|な人)(?:でないと|じゃないと|でなければ|でなきゃ|以外は|しか)[^。！？!?\\n]{0,6}?(?:務ま(?:ら|り)|勤ま(?:ら|り)|できな|できま|無理|こなせ|難し)|(?:ダウン症|障(?:害|がい|碍)|自閉症|外国人|中国人|韓国人|アジア人|黒人|白人)[^。！？!?\\n]{0,12}?(?:みんな|皆|全員|どれも|誰も)[^。！？!?\\n]{0,4}?同じ顔'),
    need: ['健常', '同じ顔'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A disability given as what made someone suspicious (知的障害があるとみられる男性がうろついていました).
  {
    rule: 'decency/discriminatory',
    re: phrase('障(?:害|がい|碍)(?:が|の)?(?:ある|あり)(?:と|そうな|ように)?(?:みられる|見られる|思われる|見える|思しき)?(?:男性|女性|人物|人|者|男|女|方)[^。！？!?\\n]{0,20}?(?:うろつ|うろうろ|徘徊|不審|付きまと|つきまと)'),
    need: ['うろつ', 'うろうろ', '徘徊', '不審', '付きまと', 'つきまと'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !phrase('見守り|保護|行方不明|捜して|探して|お心当たり|ご連絡', 'u').test(fo.slice(s.start, s.end + 40)),
  },
  // A group called by a contemptuous pronoun (車椅子のやつら).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車(?:椅子|いす)|障(?:害|がい|碍)者|障(?:害|がい|碍)|外国人|年寄り|老人|生活保護|受給者|ホームレス|ゲイ|同性愛者|在日|中国人|韓国人|実習生|移民|難民)(?:の)?(?:やつら|奴ら|ヤツら|やつ(?!れ)|奴(?!隷)|連中)'),
    need: ['やつ', '奴', '連中'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Slurs on the body spelt out (デ ブ チーム, Ｂ Ｕ Ｓ Ｕ でも). Blind R156I-046: also after a demonstrative or a noun's の (あのデブキャラ,
  // 隣町のデブキャラ), which the kana lookbehind alone took for the inside of a word; not …なのでぶらり (ので is no noun's の).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![ぁ-ゖァ-ヶー])|(?<=(?:あの|この|その|どの|あんな|こんな|そんな)|[一-龥々ァ-ヶー]の))(?:デブ|ブス)(?:チーム|組|キャラ|ども|たち|でも|が|は)|(?<![a-z])(?:busu|debu|busaiku)(?![a-z])'),
    need: ['でぶ', 'ぶす', 'busu', 'debu', 'busaiku'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('(?<!被)差別|偏見|人権|啓発|傷つけ|やめ|控え|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな').test(fo.slice(s.start, s.end)),
  },
  // 穢多 spelt in kana, often spaced (え　た　の集落): not 栄えた集落 (the slur takes の, or 部落 or 身分 directly).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?<![一-龥々])えたの(?:集落|部落|村|地区|出身|人|家|身分)|えた(?:部落|身分|非人)'),
    need: ['えた'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !rx('(?<!被)差別|偏見|人権|啓発|歴史|学習|研修|講演|資料').test(fo.slice(s.start, s.end)),
  },
  // A body type called a failure of self-control (太っているのは自己管理ができていない証拠).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:太って(?:いる|る)|太った|肥満の?|太め|デブ|ぽっちゃり|痩せて(?:いない|ない))(?:人|方|子)?(?:は|のは|って)[、,]?[^。！？!?\\n]{0,10}?(?:自己管理|節制|努力)(?:が|も)?(?:でき|なって)(?:て(?:い|お)?)?(?:ない|ません|ん)|(?:太って(?:いる|る)|太った|肥満の?|太め|デブ|ぽっちゃり)(?:人|方|子)?(?:は|のは|って)[、,]?[^。！？!?\\n]{0,10}?(?:だらしな|怠け|なまけ|甘え|自分に甘|意志が弱|怠慢)'),
    need: ['自己管理', '節制', '努力', 'だらしな', '怠け', 'なまけ', '甘え', '自分に甘', '意志が弱', '怠慢'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group to be watched by the readers (受給者の生活ぶりは…しっかり見張ってください).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:受給者|生活保護|外国人|外国の方|実習生|留学生|在日|障(?:害|がい|碍)者|ホームレス|同和|部落|移民|難民)[^。！？!?\\n]{0,24}?(?:見張っ|見張り|監視し|目を光らせ)(?:て(?:ください|下さい|ね|ほしい|欲しい|いきましょう)|ましょう|ください)`),
    need: ['見張', '監視し', '目を光らせ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A vice presumed of most of a group (受給者の多くに浪費の傾向, 同和地区の出身者には行政への依存傾向).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R23_WELFARE}(?:の多く|の大半|のほとんど|の大部分)?(?:に|には|は|が)[、,]?[^。！？!?\\n]{0,14}?(?:浪費|依存|怠惰|怠け|犯罪|不正|暴力|粗暴|甘え)(?:の|する|的な|な)?(?:傾向|体質|気質)`),
    need: ['浪費', '依存', '怠惰', '怠け', '犯罪', '不正', '暴力', '粗暴', '甘え'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,6}?(?:は(?:ない|ありません|見られ)|という(?:データ|根拠|事実)は)').test(fo.slice(b, b + 20)),
  },
  // A district's people tied to trouble or a low level (あの地区の方とはトラブルになりやすい, 〇〇地区の子どもは学力が低い傾向,
  // 同和関係の方が多い), a place praised for being far from "that district", a group's rules presumed unknown.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:あの|その|例の|いわゆる)[“”"「]?(?:地区|地域|集落|辺り|あたり)[”"」]?(?:の出|出身)?(?:の)?(?:方|人|人たち|連中|住民|もん|人間)(?:と|とは|は)[、,]?[^。！？!?\\n]{0,8}?(?:(?:トラブル|揉め|もめ|いざこざ|問題)(?:を起こ[^。！？!?\\n]{0,8}?)?(?:に)?(?:なり)?(?:やす|がち|多)|すぐ(?:に)?(?:揉め|もめ|トラブル|喧嘩|けんか))|(?:地区|地域|集落|校区|団地)(?:の|に住む)(?:子ども|子供|子|住民|人|方|家庭)(?:たち)?(?:は|って)[^。！？!?\\n]{0,8}?(?:学力|成績|意欲|マナー|民度|柄|素行)(?:が|も)?(?:低|悪|劣)|(?:同和|どうわ|部落|ぶらく)(?:関係|系|地区|出身)(?:の)?(?:方|人|者|人たち)(?:が|は)[^。！？!?\\n]{0,2}?(?:多い|多か|ばかり|ほとんど)|(?:あの|例の|いわゆる|同和|部落)[“”"「]?(?:地区|地域|集落)?[”"」]?(?:から|とは)(?:は|も)?(?:離れて|遠い|遠く)[^。！？!?\\n]{0,10}?安心'),
    need: ['とらぶる', '揉め', 'もめ', 'いざこざ', '問題', '学力', '成績', '意欲', 'まなー', '民度', '柄', '素行', '同和', 'どうわ', '部落', 'ぶらく', '安心'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('(?:では|じゃ)(?:ない|ありません)|とは限ら|わけでは|という(?:誤解|偏見)|根拠(?:は|の)?(?:ない|ありません)').test(fo.slice(s.start, s.end)),
  },
  // Origins inquired of applicants (応募者の本籍地および出身地区を確認), parents' nationality as a condition (両親ともに日本人である者).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:本籍(?:地)?|出身地区|出身地|家族の職業|出自|家柄)(?:および|及び|や|と|、|・)?[^。！？!?\\n]{0,16}?(?:確認|提出|記入|調査|お尋ね|伺|聞かせ|記載)|(?:両親|父母|ご両親)(?:とも|ともに|共に|が)?(?:に)?日本(?:人|国籍)(?:である|であること|の(?:方|者)|の両親)'),
    need: ['本籍', '出身地', '家族の職業', '出自', '家柄', '両親', '父母'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      if (/両親|父母/u.test(fo.slice(a, b))) return rx('資格|条件|限り|限る|採用|応募|受験|者。|者$|入居|参加').test(t) && !NAMES_PREJUDICE.test(t)
      return rx('採用|応募者|面接|受験者|入居(?:者|希望)|従業員|職員の').test(t) && !rx('(?:し|聞き|求め|尋ね)(?:ません|ない)|ありません|ございません|不要|なし|禁止|違反|差別|人権|お断り|いけ').test(t)
    },
  },
  // Foreigners presumed not to understand the rules (外国人の方による…。日本のルールを理解していない方が多いので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:日本の)?(?:ルール|決まり|きまり|マナー|常識|習慣)(?:を|が)?(?:理解(?:して)?(?:い)?(?:ない|ません|できていない)|知らない|守らない|わかって(?:い)?ない|分かって(?:い)?ない|守れない)(?:方|人|者)(?:が|は)?(?:多い|多く|ほとんど|大半|ばかり|ばっかり|だらけ)'),
    need: ['るーる', '決まり', 'きまり', 'まなー', '常識', '習慣'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => R23_FOREIGN.test(fo.slice(Math.max(0, a - 80), a)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, a - 80), s.end)) && !R23_HELPFUL.test(fo.slice(s.start, s.end)),
  },
  // Fraud presumed of a people (在日の方の相談は、なりすましが多いため).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:在日|外国人|外国籍|生活保護|受給者|実習生|難民|(?:中国|韓国|朝鮮|ベトナム)(?:人|籍))(?:の)?(?:方|人)?[^。！？!?\\n]{0,20}?(?:なりすまし|成りすまし|不正|偽装|嘘|うそ)(?:が|も)?(?:多い|多発|目立|多く|横行)'),
    need: ['なりすまし', '成りすまし', '不正', '偽装', '嘘', 'うそ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。]{0,6}?(?:とは限ら|わけでは|という(?:誤解|偏見))').test(fo.slice(b, b + 20)),
  },
  // A trade and a place tied to crime, and the account agreeing (風俗をしている方が多い地域なので、夜は治安が悪いのも仕方ありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:風俗|水商売|夜の(?:お)?仕事|外国人|実習生|生活保護|同和|部落)[^。！？!?\\n]{0,24}?(?:多い|住む|多く住む)(?:地域|地区|所|場所|界隈|町)(?:なので|だから|やけん|ですから|ゆえ|のため)[、,]?[^。！？!?\\n]{0,16}?(?:治安|物騒|柄|危な|危険)'),
    need: ['治安', '物騒', '柄', '危な', '危険'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Age: the young called apathetic as the reason (今どきの若い人が政治に無関心だから, 政治に関心がない今どきの若い人の問題です), the old told to quit before being a bother
  // (周りに迷惑をかける前に), old members mocked (おじいちゃん議員ばかり), the old presumed unable to keep up at work, and a group
  // presumed to do something rashly (高齢の方は…すぐ救急車を呼びがち).
  {
    rule: 'decency/stereotype',
    re: phrase(`${YOUNG_NOW}(?:たち)?(?:は|が|って)[、,]?[^。！？!?\\n]{0,10}?(?:無関心|関心が(?:ない|薄い)|興味が(?:ない|なか)|やる気が(?:ない|なか)|根性が(?:ない|なか)|常識が(?:ない|なか))|(?:無関心な|(?:関心|興味|やる気|根性|常識)(?:が|の)(?:ない|薄い))${YOUNG_NOW}|(?:おじいちゃん|おばあちゃん|じいさん|ばあさん|年寄り|老人|おじさん|おばさん)(?:議員|委員|職員|先生|課長|部長|市長|役員)(?:ばかり|ばっかり|だらけ|ばっか)|(?:${R23_AGED}|若者|若い(?:人|方|子)|若手|ゆとり世代(?:の新人|の子)?|z世代|(?:今どき|今時|最近)の新人|外国人|外国の方|主婦)(?:の皆さん|の方々|たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,20}?すぐ(?:に)?[^。！？!?\\n]{0,12}?(?:(?<!な)りがち|(?<![なら])びがち|(?<!な)しがち|たがる|たがります|(?:(?:辞め|やめ|休|サボ|キレ|きれ|怒|諦め|あきらめ|心が折れ|泣)(?:る|ます|ちゃう)|(?:へこ|凹|落ち込)(?:む|みます))(?:から|ので|けん|し[、,]|もん|もの|んです|んだ|よね))|(?:${R23_AGED}|若者|若い(?:人|方|子))(?:の皆さん|の方々|たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,12}?(?:覚えよう|学ぼう|変わろう|聞こう|理解しよう|努力しよう)と(?:し|せ)(?:ない|ません|ん|ず)`),
    need: ['若', 'ばかり', 'ばつかり', 'だらけ', 'ばつか', 'すぐ', 'ようと'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !phrase('脱水|熱中症|骨折|症状|体温|転倒|疲れ|体調を崩|感染|詐欺|被害', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|年配|シニア)(?:の方|の皆さん|の方々)?(?:は|には|が)[、,]?[^。！？!?\\n]{0,10}?(?:周り|周囲|まわり|他の人|ほかの人|みんな)に(?:ご)?迷惑を(?:かけ|おかけ)(?:る|す)前に|(?:迷惑を(?:かけ|おかけ)(?:る|す)前に)`),
    need: ['迷惑を'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => phrase(`${R23_AGED}|高齢|年配|お年寄り|運転(?:は|を)?卒業|免許(?:を)?返納`, 'u').test(fo.slice(Math.max(0, a - 80), s.end)) && !rx('^[、,]?(?:と|って)').test(fo.slice(b, b + 3)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|年配|シニア|中高年)(?:の方|の人|者)?(?:は|には)[、,]?[^。！？!?\\n]{0,12}?(?:ついてこられ|ついて(?:こ|いけ|来)(?:られ)?)(?:ない|ません|ん)`),
    need: ['ついて'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => R23_HIRING.test(fo.slice(Math.max(0, s.start - 80), s.end + 40)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A people or a sex and age said to be all of one character (柳川の男はみんな無口で頑固, どこのおばちゃんも口が達者,
  // 都会の人は人付き合いが苦手な方が多い).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:(?<![一-龥])(?:男|女)|男性|女性|男の人|女の人)(?:は|って)(?:みんな|皆|全員|だいたい|大体|たいてい|揃って|(?<=[一-龥]{2}の(?:男|女)(?:は|って)))[^。！？!?\\n]{0,8}?(?:無口|頑固|働き者|気が強|気が荒|短気|口下手|酒飲み|酒好き|おしゃべり|せっかち|見栄っ張り|情が深|情に厚|ケチ|けち)|(?:${OLD_KIN}|主婦|奥さん)(?:は|って|も|たち(?:は)?)[、,]?[^。！？!?\\n]{0,8}?(?:口が達者|口達者|おしゃべり|話が長|噂好き|うわさ好き|図々し|ずうずうし|厚かまし)|(?:都会|都市部|田舎|地方|東京|大阪|関西|関東|県外|市外|よそ)(?:の|から来た|出身の)(?:人|方|もん|者)(?:は|って)[、,]?[^。！？!?\\n]{0,16}?(?:苦手|冷た|気取|閉鎖的|プライドが高|ケチ|せっかち|図々し)(?:な|い|く)?(?:方|人|こと|もの)?(?:が)?(?:多い|多か|がち|です|だ|やけん)`),
    need: ['無口', '頑固', '働き者', '気が強', '気が荒', '短気', '口下手', '酒', 'おしやべり', 'せつかち', '見栄', '口が達者', '口達者', '話が長', '噂好き', 'うわさ好き', '図々し', 'ずうずうし', '厚かまし', '苦手', '冷た', '気取', '閉鎖的', 'ぷらいど', 'けち'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Surprise that a group can (外国人なのに日本語がとても上手, 女性なのに力持ち): the group presumed unable.
  // Blind R235I-040 kind (dec3): a people named as a body of visitors (アジアの方々なのに, 海外からのお客様なのに) and surprise that they kept
  // the manners (ゴミもきちんと持ち帰って, 静かに, 行儀よく): the people presumed ill-mannered, warn.
  // Blind R272S-005 kind (dec13): a fluency or polish marvelled at (外国の方なのに敬語までほぼ完璧, 流暢, すらすら), and age named as the
  // group (ご年配の方なのに, おばあちゃんなのに): the group presumed unable, warn.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:外国人|外国の方|外国籍の方|(?:${NATION})(?:人|系|出身)(?:の方)?|(?:${NATION})(?:から)?の(?:方々|人たち|皆さん|皆様|お客様|お客さま|お客さん|観光客|団体)|ハーフ(?:の子|の方)?|(?<![一-龥])(?:女性|男性|女子|男子)|女の子|男の子|お年寄り|高齢者|(?:ご)?年配(?:の方)?|おばあちゃん|おじいちゃん|障(?:害|がい|碍)(?:者|のある方))(?:の方)?(?:なのに|のわりに|の割に|にしては)[、,]?[^。！？!?\\n]{0,12}?(?:上手|うまい|上手い|力持ち|力が強|速い|強い|詳しい|礼儀正し|真面目|まじめ|丁寧|器用|しっかり|賢い|頭がいい|できる|きちんと|ちゃんと|行儀(?:が)?(?:よ|良)|マナー(?:が|も)?(?:よ|良|い|守)|静か|持ち帰|完璧|流暢|ぺらぺら|ペラペラ|すらすら|スラスラ|堪能)`),
    need: ['なのに', 'わりに', '割に', 'にしては'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // The non-disabled "we" inspired by a disabled person (健常者の私たちも勇気をもらいました).
  {
    rule: 'decency/stereotype',
    re: phrase('健常(?:者|な)の?(?:私|わたし|僕|我々|われわれ|自分)(?:たち|ら|ども)?(?:の(?:ほう|方))?(?:も|が|は|こそ)[、,]?[^。！？!?\\n]{0,8}?(?:勇気|元気|感動|見習|励まされ|力をもら|パワーをもら|反省(?!(?:し)?(?:なければ|なけれ|なくては|ないと|ましょう|すべき|が必要|しよう)))'),
    need: ['健常'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Staff as a group praised for their looks (女子職員はみんな若くてかわいいので).
  {
    rule: 'decency/lookism',
    re: phrase('(?:女子|女性|男性|若い|新人)?(?:職員|スタッフ|社員|窓口の子|受付の子)(?:は|って|も|たち(?:は|も)?)[、,]?(?:みんな|全員|揃って|そろって)?[^。！？!?\\n]{0,6}?(?:(?:かわい|可愛|カワイ)(?:い|く|すぎ|らし)|美人(?:揃い|ぞろい|ばかり|で|だ|です)|イケメン(?:揃い|ぞろい|ばかり|で|だ|です))'),
    need: ['かわい', '可愛', '美人', 'いけめん'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !phrase('人形|飾り|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|赤ちゃん|園児|デザイン|制服|名札|ポスター', 'u').test(fo.slice(s.start, s.end)),
  },
  // Women presumed to quit on marriage as the reason work goes to men (女性は結婚したら辞めるので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:(?<![一-龥])(?:女性|女子|女)|女の子|女の人)(?:職員|社員|スタッフ)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:結婚|出産|妊娠)(?:したら|すれば|すると|したとたん|したらすぐ)[、,]?[^。！？!?\\n]{0,4}?(?:辞め|やめ|退職|いなくな)'),
    need: ['結婚', '出産', '妊娠'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Foreign children presumed unable, their failing called natural (外国籍の子どもは日本語ができないので…ついていけないのは当然).
  {
    rule: 'decency/discriminatory',
    re: phrase('外国(?:籍|人|につながる)?の(?:子ども|子供|子|児童|生徒)(?:たち)?(?:は|って)[、,]?[^。！？!?\\n]{0,12}?(?:でき|話せ|分から|わから|ついていけ|ついて行け)(?:ない|ん|ません)[^。！？!?\\n]{0,24}?(?:当然|仕方(?:が)?な|しょうがな|無理(?:です|だ|もな)|当たり前)'),
    need: ['当然', '仕方', 'しようがな', '無理', '当たり前'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A people's temper or sense of time as a fact (韓国の人は気性が激しいので, アフリカ出身の方は時間の感覚が違うので).
  // Blind R205I-010 (dec11): the people named as visitors (外国のお客さんはちょっと声が大きいから, 海外からの観光客は); the voice is the
  // group's own, not a guide's heard by them (外国のお客さんは、ガイドの声が大きいと聞き取りやすい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?:外国人|外国の(?:方|人)|(?:${NATION})(?:人|系|出身)?(?:から(?:の|来た|来られた|お越しの)|の)?(?:方|人|皆さん|お客さん|お客様|お客さま|観光客|旅行者|団体客|団体さん)?)(?:の)?(?:技能)?(?:実習生|留学生|研修生|労働者)?|(?:技能)?(?:実習生|留学生|研修生|移民|難民))(?:たち)?(?:(?:が|の)多い|ばかりの|ばっかりの|だらけの)?(?:班|地区|職場|現場|クラス|グループ|地域|団体|チーム|寮|アパート|ところ|とこ)?(?:は|って)[、,]?(?:やはり|やっぱり|どうしても)?[^。！？!?\\n]{0,8}?(?:気性が(?:激し|荒)|気が(?:強|短|荒)|短気|時間の?感覚が(?:違|ずれ|ゆる|ルーズ)|時間に(?:ルーズ|ゆる)|プライドが高|(?<!の)声が大き|自己主張が強|ずる賢|手癖が悪|金に(?:汚|うるさ)|嘘をつ|うそをつ)`),
    need: ['気性', '気が', '短気', '感覚', 'るーず', 'ゆる', 'ぷらいど', '声が大き', '自己主張', 'ずる賢', '手癖', '金に', '嘘をつ', 'うそをつ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,4}?(?:(?:方|人)(?:も|が)(?:いる|い(?:ます|らっしゃ))|場合(?:も|が)あ)').test(fo.slice(b, b + 16)),
  },
  // A group called a drag on the others (高齢者は若者の足を引っ張る存在).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R23_AGED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|外国人|生活保護(?:受給者|の人)?|ひとり親(?:家庭)?|女性|(?<![一-龥])女)(?:は|って|なんて)[、,]?[^。！？!?\\n]{0,12}?(?:足を引っ張る|足を引っぱる|厄介者|やっかい者|重荷|負担でしかな)(?:存在|だけ|ばかり|です|だ|でしか|になる|[。！!]|$)`),
    need: ['足を引', '厄介者', 'やつかい者', '重荷', '負担でしかな'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('と感じ|と思わせ|にならない|ではない|ではありません').test(fo.slice(s.start, s.end)),
  },
  // The old presumed unable as a whole and the matter handed to the family (ご高齢の方は…ご理解いただくのが難しいため、ご家族が
  // お手続きください, 高齢者は判断力が衰えているので、契約は家族にさせるべき); not 難しい場合は or …方もいるため.
  {
    rule: 'decency/discriminatory',
    // Blind R330H-007 kind (dec61): the presumption hedged as the usual case (…ご理解いただくのが難しいことが多いため: OFTEN) and the family
    // asked to come along or come instead (ご家族と一緒にお越しいただくか、ご家族に代理で来ていただけますと).
    re: phrase(`(?:${R23_AGED})(?:の皆さん|の方々)?(?:は|には|って)[、,]?[^。！？!?\\n]{0,20}?(?:難し(?:い|く)|困難|できない|できません|わからない|分からない|衰えて(?:いる|る|おり)|低下して(?:いる|る|おり))${OFTEN}(?:です)?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,12}?(?:ご家族|家族|息子さん|娘さん|お子さん)(?:の方)?(?:が|に|で|と(?:ご)?(?:一緒に|いっしょに|同伴で|ともに|共に))[^。！？!?\\n]{0,10}?(?:代わりに|代理で|お手続き|手続き(?:を|して)|させ|任せ|やって|行って|来て|お越し|ご来庁|ご来所|ご来館|来庁|すべき|べき)`),
    need: ['難し', '困難', 'できない', 'できません', 'わからない', '分からない', '衰え', '低下して'],
    instead: INSTEAD.discriminatory,
    // Not a body's task (重い荷物の運搬が難しいため、ご家族と一緒に: 粗大ごみ, 階段): the mind presumed, not the strength.
    keep: (fo, s, a, b) => !rx('場合(?!が多)|(?:方|人)(?:も|が)(?:いる|い(?:らっしゃ|ます)|おられ)|ことがある|こともある|運搬|運び|運ぶ|持ち込|持ち運|荷物|重い|重た|力仕事|階段|歩行|歩く|足腰|足元|体力|暑さ|寒さ|体調|移動').test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A disabled group's work capped (簡単な袋詰めくらいしかできません).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:くらい|ぐらい|程度)しか(?:でき|任せられ|務まら|こなせ)(?:ない|ません|ん)'),
    need: ['しか'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => phrase('障(?:害|がい|碍)|作業所|車(?:椅子|いす)|ダウン症|自閉|知的|精神|外国人|実習生|お年寄り|高齢者', 'u').test(fo.slice(Math.max(0, a - 60), a)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('時間|日|回|名|人|件|台|分|円|少し|すこし|ちょっと|わずか|少々|[0-9０-９]').test(fo.slice(Math.max(0, a - 6), a)) && !rx('^[^。！？!?\\n]{0,8}?(?:が|けど|けれど)[、,]?[^。！？!?\\n]{0,12}?(?:無理(?:せ|をせ|なく)|大丈夫|構いません|十分)').test(fo.slice(b, b + 30)),
  },
  // A person called mad by a euphemism (頭がアレな人, 頭がおかしい客): mental illness as an insult.
  {
    rule: 'decency/discriminatory',
    re: phrase('頭が(?:アレ|あれ|おかしい|おかしな|イカれ(?:た|てる)|いかれ(?:た|てる)|ぱー|パー)(?:な|の)?(?:人|方|奴|やつ|ヤツ|客|お客|住民|市民|おじさん|おばさん|じいさん|ばあさん)'),
    need: ['頭が'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  // A mixed-race face as the ideal of looks (テーマは「ハーフ顔ベビー」).
  {
    rule: 'decency/lookism',
    re: phrase('ハーフ(?:顔|っぽい顔|みたいな顔|顔負け)'),
    need: ['はーふ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  // A task given to a sex as its best fit (議事録は若い女性にお願いするのが一番, 女性は気配りができるので受付に向いています), a sex
  // presumed bad at a skill as the reason (男の人は料理が下手なので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R23_TASK}|議事録|書記|記録係|受付|司会|接客|案内係|電話番|会計|花束贈呈)(?:は|を|なら)[、,]?(?:やっぱり|やはり)?(?:若い)?${R23_SEX}(?:に|が)(?:お願いするのが|任せるのが|やってもらうのが|頼むのが)?(?:一番|いちばん|向いて|合って|ぴったり|適任)|(?:(?<![一-龥])(?:女性|男性|女|男)|女の人|男の人|女の子|男の子)(?:は|って)[、,]?(?:やっぱり|やはり|どうしても)?[^。！？!?\\n]{0,16}?(?:ので|から|けん|し)[、,]?[^。！？!?\\n]{0,10}?(?:に|が)(?:向いて|向き(?:です|だ|や)|ぴったり|適任)|(?:(?<![一-龥])(?:女性|男性|女|男)|女の人|男の人|女の子|男の子)(?:は|って)[、,]?(?:やっぱり|やはり|どうしても)?[^。！？!?\\n]{0,8}?(?:料理|家事|掃除|裁縫|運転|機械|数字|計算|力仕事|子育て|育児|地図)(?:が|は)?(?:下手|へた|苦手|できない|弱い|ダメ|だめ)(?:なので|だから|やけん|ですから|なんで|で[、,]|な(?:もの|もん))`),
    need: ['一番', 'いちばん', '向いて', '向き', '合つて', 'ぴつたり', '適任', '下手', 'へた', '苦手', 'できない', '弱い', 'だめ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !R23_ROLE_OK.test(fo.slice(s.start, s.end)) && !phrase('検診|健診|骨|妊|更年期|体質|ホルモン', 'u').test(fo.slice(s.start, s.end)),
  },
  // A resident's prejudice agreed with as fact (おっしゃるとおりです。…働く気のない方が多いのも事実です; …というご指摘、職員一同も
  // 感じております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:おっしゃる(?:通り|とおり)|ご指摘の(?:通り|とおり)|同感|ごもっとも|確かに|たしかに)[^\\n]{0,40}?(?:${R22_GROUP}|外国人|障(?:害|がい|碍)者|同和|部落)[^。！？!?\\n]{0,30}?(?:のも|のは|ことは)(?:事実|確か|本当|否めな)|(?:${R22_GROUP}|外国人|障(?:害|がい|碍)者|同和|部落|若い(?:母親|お母さん|ママ|父親|夫婦))[^。！？!?\\n]{0,30}?(?:という|との)(?:ご指摘|ご意見|お声|声)[、,]?[^。！？!?\\n]{0,10}?(?:職員一同|私ども|わたくしども|私たち|当課|市として)(?:も)?[、,]?(?:同様に|同じように)?(?:感じて|同じ思い|同感|認識して)`),
    need: ['事実', '確か', '本当', '否めな', '感じて', '同じ思い', '同感', '認識して'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => rx('悪|乱|荒|怠|働く気|やる気|迷惑|トラブル|犯罪|治安|不正|なってい|守らな|守れな|雑|だらしな|うるさ|汚|ない方|ない人').test(fo.slice(a, b)) && !NAMES_PREJUDICE.test(fo.slice(a, b + 30)) && !DENIED.test(fo.slice(b, b + 30)) && !rx('^[^。！？!?\\n]{0,6}?(?:ではありません|ではない|とは言えません|とはいえません)').test(fo.slice(b, b + 16)),
  },
  // One group measured against another (日本人と違って、外国の方は…習慣がない; 男性に比べて女性は…苦手).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:日本人|外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)?(?:の(?:方|人))?)(?:と(?:は)?違って|に比べて|と比べて|に比べると|と比べると|より(?:も)?)[、,]?[^。！？!?\\n]{0,4}?(?:日本人|外国人|外国の(?:方|人)|(?:${NATION})(?:人|系)?(?:の(?:方|人))?)(?:は|って|の方が)[、,]?[^。！？!?\\n]{0,20}?(?:${COMPARED_FAULT})`),
    need: ['違つて', '比べ', 'より'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?<![一-龥])(?:男性|女性|男|女)|男の子|女の子|若者|若い人|高齢者|お年寄り)(?:と(?:は)?違って|に比べて|と比べて|に比べると|より(?:も)?)[、,]?[^。！？!?\\n]{0,4}?(?:(?<![一-龥])(?:男性|女性|男|女)|男の子|女の子|若者|若い人|高齢者|お年寄り)(?:は|って|の方が)[、,]?[^。！？!?\\n]{0,20}?(?:苦手|下手|劣|弱い|できない|感情的|論理的でな|頭が固|わがまま)'),
    need: ['違つて', '比べ', 'より'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !phrase('骨|筋肉|体力測定|検診|健診|ホルモン|妊|更年期|統計|割合|率|調査', 'u').test(fo.slice(s.start, s.end)),
  },
  // An age limit for one sex only (女性は25歳まで、男性は年齢不問).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:女性|男性)(?:の方)?(?:は)[、,]?(?:[0-9０-９]{2}|二十|三十|四十)(?:歳|才)(?:まで|以下|未満)[^。！？!?\\n]{0,10}?(?:男性|女性)(?:の方)?(?:は)[、,]?[^。！？!?\\n]{0,4}?(?:年齢不問|何歳でも|年齢は問いません|年齢制限なし|年齢制限はありません)'),
    need: ['年齢不問', '何歳でも', '年齢は問', '年齢制限'],
    instead: INSTEAD.discriminatory,
  },
  // Staff sold as a troupe of beauties (市役所の美女3人衆).
  {
    rule: 'decency/lookism',
    re: phrase('(?<=(?:市役所|職員|窓口|課|係|庁舎|スタッフ|受付)[^。！？!?\\n]{0,10})(?:美人|美女|イケメン|美男)(?:[0-9０-９一二三四五六七]人(?:衆|娘|組)|軍団|コンビ|トリオ|姉妹|集団)'),
    need: ['美人', '美女', 'いけめん', '美男'],
    instead: INSTEAD.lookism,
  },
  // Help told as a favour to a group (ホームレスの方にも、おにぎりを恵んであげました; 障害のある方に…お世話してあげました).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|車(?:椅子|いす)の(?:方|人|子)|ホームレス|路上生活|生活保護|外国人|外国の(?:方|人)|留学生|実習生|ひとり親|母子家庭|lgbtq?)(?:の方|の人|の子|のお客様|さん)?(?:に|にも|も|を|と)[、,]?[^。！？!?\\n]{0,30}?(?:恵んで|恵み|施して|お世話して|面倒を見て|面倒見て|遊ばせて|参加させて|仲間に入れて|相手をして)(?:あげ|やっ)(?:ました|ましょう|てください|て下さい|た|る|て)'),
    need: ['恵ん', '恵み', '施して', 'お世話して', '面倒', '遊ばせて', '参加させて', '仲間に入れて', '相手をして'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end).replace(/支援|さぽーと|介助|配慮/gu, '')),
  },
  // The old or the disabled likened to children or angels, a talent presumed of a people (黒人の方は運動神経がいいので).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R23_AGED}|障(?:害|がい|碍)(?:者|のある(?:方|人))|ダウン症(?:の(?:子|人|方))?|自閉症(?:の(?:子|人|方))?|発達障(?:害|がい)(?:の(?:子|人|方))?)(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:子ども|子供|赤ちゃん|幼児|天使)(?:みたい|のよう|と同じ|と一緒|に戻)|(?:自閉症|発達障(?:害|がい)|アスペルガー|adhd|ダウン症)[^。！？!?\\n]{0,8}?(?:は|って)[^。！？!?\\n]{0,8}?(?:天才|特別な才能)(?:が多|ばかり|揃い|肌)|(?:黒人|アフリカ系|アフリカ(?:の|出身の)(?:方|人)|(?:${NATION})(?:人|系|出身))(?:の方|の人)?(?:は|って)[、,]?(?:やっぱり|やはり)?[^。！？!?\\n]{0,6}?(?:運動神経|身体能力|リズム感|足が速|歌が上手|ダンスが上手|陽気で|踊りが得意)(?:が)?(?:いい|良い|高い|抜群|すごい)?(?:ので|から|けん|ですよね|よね|[。！!])`),
    need: ['子ども', '子供', '赤ちやん', '幼児', '天使', '天才', '特別な才能', '運動神経', '身体能力', 'りずむ感', '足が速', '歌が上手', 'だんすが上手', '陽気', '踊り'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // People chosen for their looks (見栄えのいい女子学生を選びました).
  {
    rule: 'decency/lookism',
    re: phrase('(?:見栄え|見た目|ルックス|容姿|顔)(?:の|が)(?:いい|良い|よい|きれいな|綺麗な|整った)(?:若い)?(?:女子学生|女子大生|女性|女の子|男性|学生|職員|スタッフ|子|方|人)(?:たち)?(?:を|に|が|だけ)[^。！？!?\\n]{0,8}?(?:選|配置|採用|起用|集め|揃え|そろえ|お願い)'),
    need: ['見栄え', '見た目', 'るつくす', '容姿', '顔'],
    instead: INSTEAD.lookism,
    // Not produce or goods chosen for looks (贈答用には見た目のいい方を選んでください).
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('ではなく|問いません|関係なく|関係ありません|贈答|野菜|果物|果実|商品|品物|みかん|いちご|苺|お土産|土産|花束|食材').test(fo.slice(s.start, s.end)),
  },
  // Residents' fear of a group's home called reasonable and the plan dropped (グループホーム…不安がもっともなので、計画を見直します).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R22_GRP})[^\\n]{0,40}?(?:不安|心配|懸念|反対)(?:の声)?(?:が|は|も)?(?:ごもっとも|もっとも|当然|無理もな)[^\\n]{0,30}?(?:見直|見合わせ|見送|中止|白紙|断念|取りやめ|撤回|再検討)`),
    need: ['もつとも', '当然', '無理もな'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(a, b + 30)),
  },
  // A place praised as safe for having no foreigners (外国人がおらんけん、治安がよか).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${WATCHED}|外国の(?:方|人)|障(?:害|がい|碍)者|同和地区)(?:が|は|も)?(?:い|お|住んで(?:い|お)?)(?:ない|らん|ません|なか|らず)(?:けん|から|ので|ため|おかげで|し)[、,]?[^。！？!?\\n]{0,8}?(?:治安|安全|安心|平和)`),
    need: ['治安', '安全', '安心', '平和'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Surprise at a group's work (障害者の方が作ったとは思えない, 女性が書いたとは思えない).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)のある(?:方|人|子)|(?<![一-龥])(?:女性|女|女子|男性|男)|女の子|男の子|お年寄り|高齢者|外国人|外国の方)(?:の方)?(?:が|の)(?:作った|つくった|書いた|描いた|撮った|弾いた|演じた|やった|した|手がけた)(?:もの)?とは(?:思えない|思えません|思えん|信じられない)'),
    need: ['とは思え', 'とは信じられ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group laughed at for a mishap or its condition (車いすの人が段差で立ち往生してて…笑っちゃいました, 認知症のおばあちゃん、同じ話を
  // 10回もしてて笑った, ゲイの職員が…違和感なさすぎ（笑））.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:認知症|車(?:椅子|いす)の(?:人|方|子)|障(?:害|がい|碍)(?:者|児|のある(?:人|方|子))|外国人|外国の(?:人|方|友達)|(?:${NATION})人|ゲイ|レズ|トランス|オネエ|同性愛|ホームレス|お年寄り|年寄り|老人|ダウン症)[^。！？!?\\n]{0,24}?(?:立ち往生|変な顔|同じ話|何度も同じ|間違え|迷って|困って|転ん|こけ|もたもた|モタモタ|必死|慌て|あたふた|違和感|混ざって|おかしな|片言|カタコト)[^。！？!?\\n]{0,14}?(?:笑った|笑っちゃ|笑える|笑けた|爆笑|ウケ|うけた|[（(]笑[)）]|[😂🤣]|ｗ)`),
    need: ['笑つた', '笑つちや', '笑える', '笑けた', '爆笑', 'うけ', '笑', '😂', '🤣', 'ｗ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('笑顔|笑い(?:ヨガ|体操)|ほっこり').test(fo.slice(s.start, s.end)),
  },
  // Death joked about as the count of seasons left (老人ホームの方々、あと何回花見ができるかな？なんて（笑）).
  {
    rule: 'decency/insensitive',
    re: phrase('あと何(?:回|度)(?:花見|お花見|正月|お正月|誕生日|夏|紅葉|敬老会|お盆)(?:が|を)?(?:できる|迎えられる|見られる|見れる|楽しめる)(?:かな|やろ|だろう|でしょう)'),
    need: ['あと何'],
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => phrase('老人|高齢|お年寄り|年寄り|ホーム|施設|入所|特養|じいちゃん|ばあちゃん', 'u').test(fo.slice(Math.max(0, a - 60), b)) || rx('笑|ｗ|😂|🤣|なんて').test(fo.slice(b, b + 16)),
  },
  // Japanese staff preferred (やっぱり日本人の職員の方が安心), a body part praised (脚線美がすごい), a talent taken for granted.
  {
    rule: 'decency/discriminatory',
    re: phrase('日本人(?:の)?(?:職員|スタッフ|先生|店員|ヘルパー|介護士|看護師|保育士|講師|ガイド)(?:さん)?(?:の方|のほう)?が[、,]?(?:やっぱり|やはり|断然)?(?:安心|いい(?:です|よね|ね|[。！!])|良い(?:です|[。！!])|信用でき|信頼でき)'),
    need: ['日本人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:脚線美|美脚|くびれ|バスト|ヒップ|胸元|太もも)(?:が|も|は)?(?:すごい|すご過ぎ|すごすぎ|たまらない|たまらん|最高|抜群|眩し|まぶし|えぐい|ヤバい|やばい)'),
    need: ['脚線美', '美脚', 'くびれ', 'ばすと', 'ひつぷ', '胸元', '太もも'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !phrase('ストッキング|ジーンズ|パンツ|スカート|商品|ドレス|マネキン|彫刻|像|トレーニング|エクササイズ|体操', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:黒人|(?:${NATION})(?:人|系|出身))(?:の(?:子|方|人))?(?:は|って|なら)[、,]?[^。！？!?\\n]{0,10}?(?:踊れ|歌え|走れ|話せ|できる|上手)(?:て|る|で|なのは|のは)?(?:当たり前|当然|当たりまえ)`),
    need: ['当たり前', '当然', '当たりまえ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Country people belittled as a group (田舎もんは都会に出るとバカにされるけん), a dialect called shameful.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:田舎(?:もん|者|っぺ)|いなかもん|いなかっぺ)(?:は|って|だから|やけん|けん|なので|やから|じゃ|扱い)[^。！？!?\\n]{0,20}?(?:バカに|馬鹿に|ばかに|笑われ|見下|なめられ|舐められ|恥ずかし|ダサ|だせ|ださ)|方言(?:は|が|って)[、,]?[^。！？!?\\n]{0,4}?(?:恥ずかし|ダサ|だささ|ださい|みっともな|品がな)'),
    need: ['田舎', 'いなか', '方言'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('誇り|魅力|大切|守|残そう|ことはありません|なんてことは').test(fo.slice(s.start, s.end)),
  },
  // Pity as the frame of a group (女手ひとつで大変なかわいそうなママたち).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:かわいそうな|可哀想な|可哀そうな|気の毒な|哀れな|不憫な)(?:ママ|お母さん|母親|子|子ども|子供|子たち|方|人|方々|お年寄り|高齢者|障(?:害|がい)者)(?:たち)?'),
    need: ['かわいそう', '可哀', '気の毒', '哀れ', '不憫'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    // Round 63: not animals (障害のある犬も譲渡の対象です。かわいそうな子たちに…).
    keep: (fo, s, a, b) => phrase('シングル|ひとり親|一人親|母子|父子|女手|障(?:害|がい)|高齢|外国|生活保護|貧困|施設', 'u').test(fo.slice(Math.max(0, a - 60), b + 20)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ANIMAL63.test(fo.slice(Math.max(0, a - 60), b + 20)),
  },
  // Looks: a body part as the score (うなじとお尻のラインで審査), a person sold as too beautiful (美しすぎるランナー), onlookers stirred
  // by a girl's looks (袴姿がかわいすぎて先生たちの目が釘付け, 独身なので男性職員がざわついて), 本物の外国人.
  {
    rule: 'decency/lookism',
    re: phrase('(?:胸|バスト|お尻|尻|ヒップ|うなじ|脚|太もも|くびれ|ボディライン|体型|プロポーション|顔)(?:の(?:ライン|形|美しさ))?(?:と(?:胸|バスト|お尻|尻|ヒップ|うなじ|脚|太もも|くびれ)(?:の(?:ライン|形))?)?(?:で|を)(?:審査|採点|評価|ランク付け|点数)'),
    need: ['胸', 'ばすと', '尻', 'ひつぷ', 'うなじ', '脚', '太もも', 'くびれ', 'ぼでぃ', '体型', 'ぷろぽーしよん', '顔'],
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => !BODY_VETO.test(fo.slice(s.start, s.end)) && !phrase('健康|医師|保健|bmi|肥満|検査', 'u').test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,20}?(?:行いません|行わない|しません|いたしません|廃止|やめ|見直|禁止|ではなく|しない)').test(fo.slice(b, b + 30)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:美しすぎる|美し過ぎる|美人すぎる|可愛すぎる|かわいすぎる|カワイすぎる|イケメンすぎる|美女すぎる)[“”"「]?(?:ランナー|選手|アスリート|スイマー|ゴルファー|市議|議員|職員|先生|ママ|女将|店員|消防士|警察官|農家|漁師|船頭|書道家|剣士|保育士|看護師)'),
    need: ['すぎる', '過ぎる'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:目が釘付け|目を奪われ|釘付け|ソワソワ|そわそわ|ざわつ|色めき立|メロメロ|めろめろ|ドキドキ|どきどき|ご機嫌|上機嫌|大喜び|デレデレ|でれでれ|ニヤニヤ|にやにや)'),
    need: ['釘付け', '目を奪われ', 'そわそわ', 'ざわつ', '色めき立', 'めろめろ', 'どきどき', '機嫌', '大喜び', 'でれでれ', 'にやにや'],
    instead: INSTEAD.lookism,
    keep: (fo, s, a) => {
      const w = fo.slice(Math.max(0, s.start - 80), s.end)
      return (R23_LOOKED.test(w) || rx('華やか|きれいどころ|お色気').test(w)) && phrase('女子|女の子|女性|新人|ちゃん|娘|お姉さん|生徒|職員|ママ', 'u').test(w) && phrase('男|先生|職員|おじさん|おっちゃん|お父さん|パパ|親父|おやじ|殿方|男性陣|課長|部長|市長', 'u').test(fo.slice(Math.max(0, a - 24), s.end)) && !phrase('作品|演技|プレー|演奏|景色|夜景|花火|料理|展示', 'u').test(w)
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('本物の(?:外国人|外人|ガイジン|日本人)[”"」』]?(?:は|って|の)?(?:違|ちが|さすが|いい|良い|一番|ならでは|らしい)?'),
    need: ['本物の'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
  },
  // Sexualised promotion: 水着の女子大生たちが…たっぷり見せちゃいます💋, 濡れた肉体美, 脱いだらもっとすごい.
  {
    rule: 'decency/sexual',
    re: phrase('(?:ボディライン|体のライン|身体のライン|からだのライン|下着姿|裸|脱いだ姿)(?:を|も|まで)?(?:つい)?想像(?:し|しちゃ|させ)|水着(?:姿)?の(?:女子大生|女子高生|女の子|女性|お姉さん|ギャル|女子)(?:たち)?[^。！？!?\\n]{0,30}?(?:見せちゃ|見せます|見せる|たっぷり|💋|❤|♡|必見)|脱いだら(?:もっと|さらに|すご|凄)|濡れた(?:肉体|体|身体|からだ)|(?:おいしいところ|美味しいところ)[^。！？!?\\n]{0,16}?💋'),
    need: ['水着', '脱いだら', '濡れた', 'おいしいところ', '美味しいところ', '想像'],
    instead: INSTEAD.sexual,
  },
  // Blame on the victim's dress (短いスカートの女性は狙われやすい).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:短いスカート|ミニスカート?|露出(?:の|が)多い|肌の露出|薄着|派手な服(?:装)?|胸元の開いた)[^。！？!?\\n]{0,12}?(?:は|が|だと|では)[^。！？!?\\n]{0,4}?(?:狙われ|襲われ|被害に(?:遭|あ)い|痴漢に(?:遭|あ)い)(?:やすい|がち|ます)'),
    need: ['すかーと', 'みに', '露出', '薄着', '派手な服', '胸元'],
    severity: 'warn',
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !phrase('服装のせいでは|服装は関係|落ち度はありません|被害者は悪くない|誤解', 'u').test(fo.slice(s.start, s.end + 40)),
  },
  // Deaths joked about: 「次は誰の番かな？」 at a nursing home, a fire's victims as 黒焦げ…（笑）.
  {
    rule: 'decency/insensitive',
    re: phrase('次は(?:誰|だれ)の番|(?:黒焦げ|丸焦げ|焼け死|丸焼け)[^。！？!?\\n]{0,30}?(?:笑え(?:ません|ない)|[（(]笑[)）]|ｗ)'),
    need: ['次は誰', '次はだれ', '黒焦げ', '丸焦げ', '焼け死', '丸焼け'],
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => /^次は/u.test(fo.slice(a, b)) ? phrase('特養|施設|入所者|高齢|ホーム|お年寄り|介護|老人|葬|亡くな|死', 'u').test(fo.slice(Math.max(0, a - 100), b + 40)) : phrase('火災|火事|火が出|件|事故|焼け', 'u').test(fo.slice(Math.max(0, a - 40), b + 60)),
  },
]

export const R24: Phrase[] = [
  // The account agreeing with a resident's fear of a group (まさにその通りです。…の方が公園にいると子どもが怖がります; 編集部も同じ思いです).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:まさに|全く|まったく|本当に)?(?:その|おっしゃる|ご指摘の)(?:通り|とおり)(?:です|でございます|だと思います)|(?:ご心配|ご不安|ご懸念|お気持ち|ご意見)(?:は|も)?[、,]?(?:ごもっとも|もっとも(?:です|でございます)|当然(?:です|でございます))|(?:私|わたくし|職員|編集部|市|当課|我々|私ども)(?:たち|一同|ども)?(?:も)?(?:同じ思い|同感|同じ気持ち|同じ考え)(?:です|でございます|だ)|ごもっともです'),
    need: ['通り', 'とおり', '同じ思い', '同感', '同じ気持ち', '同じ考え', 'もっとも', '当然'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 120), Math.min(fo.length, b + 120))
      return (rx(`${R24_GRP}|ホームレス|路上生活|${R24_PLACE_PEOPLE}|出身者`).test(w)) && rx('怖|こわ|不安|物騒|治安|問題を起こ|問題が多|トラブルを起こ|迷惑|退去|出て行|追い出|注意して見|目を光|見張|監視|近づ|雰囲気が変わ|再検討|見直|見合わせ|見送|荒れ').test(fo.slice(Math.max(0, a - 120), a) + '。' + fo.slice(b, Math.min(fo.length, b + 120))) && !NAMES_PREJUDICE.test(w) && !DENIED.test(w) && !rx('関係(?:なく|ない|ありません)|根拠|ないよう|支援|相談|多言語|寄り添|見守り').test(w)
    },
  },
  // A fault presumed of a whole group (…の方は業務遂行が困難な場合が多いため, …の出身者は問題を起こしがち); of the old, a stereotype
  // (一人暮らしの高齢者のお宅は、漏水に気付かないことが多い), warn.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|${R24_PLACE_PEOPLE})(?:は|って|の方は|の人は)[、,]?[^。！？!?\\n]{0,20}?(?:${R24_FAULT})[^。！？!?\\n]{0,6}?(?:がち|ことが(?:多|よくあ)|場合が多|ケースが多|傾向(?:が|に)あ|やすい)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !R24_HEALTH.test(t) && !R22_SOME.test(fo.slice(a, b + 10)) && !R24_CONSIDERATE.test(t)
    },
  },
  // … or its members said to slack off at once (外国人実習生って、ちょっと目を離すとすぐサボる).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:実習生|研修生|労働者)?(?:は|って)[、,]?[^。！？!?\\n]{0,16}?すぐ(?:に)?(?:サボ|さぼ|怠け|なまけ|逃げ|キレ|きれ|盗|嘘を)`),
    need: ['すぐ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:一人暮らし|ひとり暮らし)?の?(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|高齢者ドライバー)(?:のお宅|の世帯|の方)?(?:は|って)[、,]?[^。！？!?\\n]{0,20}?(?:${R24_FAULT})[^。！？!?\\n]{0,6}?(?:がち|ことが(?:多|よくあ)|場合が多|ケースが多|傾向(?:が|に)あ|やすい)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !PRESUMED_NOT.test(t) && !R24_HEALTH.test(t) && !R22_SOME.test(fo.slice(a, b + 10))
    },
  },
  // … or a whole district's people (あの地区の人たちは意識が低い, ○○町の人は昔から気性が荒く; round 42: manners said bad, also with the
  // dialect's subject の and -か: いっつも態度の悪か; not a bad manner put on someone else: 態度の悪い業者).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${R24_PLACE_PEOPLE}(?:は|って|が|も)[、,]?[^。！？!?\\n]{0,14}?(?:意識が低|民度|(?:柄|ガラ|態度|マナー|行儀|素行|口|言葉遣い|言葉づかい|品)(?:が|の|も|は)?(?:悪|わる)(?:い|か|く)(?![一-龥])|気性が荒|気が荒|荒っぽ|乱暴|ケンカっ早|けんかっ早|喧嘩っ早|問題を起こ|問題が多|トラブル(?:を|ばかり)?起こ|だらしな|ルーズ|ろくな)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end + 20)),
  },
  // A district's people presumed to be the culprits (どうせ○○中学校区の子たちでしょう, 犯人は…団地の子どもだと思われます, どうせ…実習生のもの).
  {
    rule: 'decency/discriminatory',
    re: phrase(`どうせ(?!なら)[^。！？!?\\n]{0,20}?(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE}|${R24_GRP}|外国人|実習生)(?:の(?:もの|物|仕業|しわざ|せい)|が(?:やった|やっと|犯人|原因)|たち|ら|でしょ|だろ|やろ)|犯人は[^。！？!?\\n]{0,14}?(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE}|${R24_GRP}|外国人|実習生)(?:の(?:誰か|者))?(?:だと|でしょう|だろう|と思われ|に違いな|に決まっ)`),
    need: ['どうせ', '犯人は'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end + 20)),
  },
  // Crime or a nuisance tied to a group (外国人による不法投棄が目立っています), a group's presence making a counter rough (…のお客様が多くて窓口が荒れ気味).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:による|が(?:起こす|出す))[^。！？!?\\n]{0,6}?(?:不法投棄|ポイ捨て|盗難|窃盗|万引き|犯罪|騒音|迷惑行為|トラブル)(?:が|も)?(?:目立|増え|多発|相次|後を絶|多く)|(?:${R24_GRP}|外国人)(?:の(?:お客様|方|人|利用者))?が多(?:くて|い(?:ので|ため|から|せいで|と))[、,]?[^。！？!?\\n]{0,12}?(?:荒れ|混乱し|騒が|うるさ|汚れ|治安)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !DENIED.test(fo.slice(s.start, s.end + 30)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group said to bother or slow the others, then kept out (…は手がかかるため、受入れをご遠慮いただきました; 乗降に時間がかかり…時間帯のご利用は…).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:さん)?(?:は|が|の)[^。！？!?\\n]{0,30}?(?:手がかか|手間がかか|手間(?:が|も)?増え|時間がかか|遅れ|影響が出|迷惑がかか|足を引っ張)[^\\n]{0,50}?(?:ご遠慮|お控え|お断り|見送|控えて|避けて|ご利用は(?:でき|お控え|ご遠慮))|(?:${R24_GRP})(?:さん)?(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:健常者|一般の(?:方|人)|他の(?:方|人)|普通の(?:方|人))と同じ[^。！？!?\\n]{0,12}?(?:難し|無理|できな|でき(?:ません|ん))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('ご遠慮なく|お断りすることは|お断りしません|ではありません|支援|ご協力を|ご理解を').test(fo.slice(s.start, s.end + 40)),
  },
  // A group sent apart for the others' sake (…の外来診療は他の患者さんへの配慮から、…専用枠に限らせていただきます), 別途 screening, ID asked of a group only.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|同和地区|部落)[^。！？!?\\n]{0,20}?(?:他|ほか|周り|周囲|一般)の(?:患者|利用者|お客|方|入居者|参加者|皆様|皆さん|児童|生徒)(?:さん|様)?(?:への|に)(?:ご)?(?:配慮|迷惑|影響)(?:から|のため|により|として|を考え)[^。！？!?\\n]{0,30}?(?:専用|限ら|別|時間外|終了後|最終|のみ|だけ|お断り|ご遠慮)|(?:${R24_GRP}|同和地区(?:の)?(?:住民|出身)?)(?:の方)?(?:[、・](?:${R24_GRP}|ひとり親世帯)(?:の方)?)?(?:は|に限り|のみ|だけ)[、,]?[^。！？!?\\n]{0,12}?(?:(?:入居|入会|採用|入園)?審査を別(?:途|に)|別途審査|(?:身分証|身分証明書|住民票)(?:の写し)?(?:の)?(?:提示|提出|確認))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !SAFETY.test(fo.slice(s.start, s.end)),
  },
  // A tenancy or a service refused to groups, told as a matter of course (外国人・母子家庭・生活保護受給者への賃貸はお断りしている物件).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:[、・](?:${R24_GRP}))*(?:の方)?(?:への|に対する|の)(?:(?:部屋|物件|住宅|アパート|お部屋)(?:の)?)?(?:賃貸|入居|貸し出し|採用|入店|受け入れ|受入れ?)(?:は|を)?(?:お断り|ご遠慮|不可|認めて(?:いない|おりません)|受け付けて(?:いない|おりません))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,4}?(?:することは|しない|いたしません|しません)').test(fo.slice(b, b + 16)),
  },
  // A group's help made its worth as cheap labour (…の研修生は体力があり文句を言わないので、…人手として最適).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人|実習生)(?:留学生|研修生|実習生|労働者)?(?:は|って)[、,]?[^。！？!?\\n]{0,16}?(?:文句(?:を|も)?言わ(?:ない|ず)|従順|我慢強|安く(?:使え|雇え)|こき使|使いやす|使い勝手)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A disabled group's worth as staff denied (障害者枠の採用は、正直あまり戦力にならない), the old or the disabled called a burden (足手まとい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|しょうがい者|(?:${AGED}))(?:枠|雇用)?[^。！？!?\\n]{0,10}?(?:は|って|なんて)[、,]?[^。！？!?\\n]{0,16}?(?:戦力に(?:ならな|なりませ)|戦力外|役に立た(?:ない|ん)|使い物にならな)|(?:${AGED}|${R24_GRP})[^\\n]{0,60}?(?:正直|はっきり言って|ぶっちゃけ)[、,]?(?:足手まとい|お荷物|邪魔)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('^[^。！？!?\\n]{0,6}?(?:ということはありません|わけではありません|ではありません|なんてことは)').test(fo.slice(b, b + 20)),
  },
  // Tasks split by sex (奥さま方には炊き出しを…男性は草刈りを; 女の子はお姫様、男の子はヒーロー; 重いものは男性陣に…女性のみなさんにはお茶の準備).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{0,12}?(?:${R24_TASK})|(?:${R24_TASK})(?:は|も)[^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:に|が)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const w = fo.slice(Math.max(0, a - 70), Math.min(fo.length, b + 70))
      const m = fo.slice(a, b)
      const women = rx(R24_WOMEN).test(m)
      return rx(women ? `${R24_MEN}` : `${R24_WOMEN}`).test(w.replace(m, '')) && rx(`${R24_TASK}`).test(w.replace(m, '')) && !R24_SEX_OK.test(w) && !ROLE_TALK.test(w)
    },
  },
  // … whatever the tasks, when each sex is handed its own (女性会の皆さんには煮しめ作りを、男衆には神輿を…お願いします;
  // 女の子はおひなさま役、男の子はお内裏さま役で決まり).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{1,14}?(?:を|役|係)?[、,][^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:は|には|に)[、,]?[^。！？!?\\n]{1,14}?(?:お願い|担当し|任せ|よろしく|役で決まり|で決まり|に決まって|が定番|がお約束)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s, a, b) => {
      const m = fo.slice(a, b)
      return rx(R24_WOMEN).test(m) && rx(R24_MEN).test(m) && !R24_SEX_OK.test(fo.slice(s.start, s.end)) && !rx('(?:館|場|室|階|側|教室|会場|コース|棟|列)(?:で|へ|に|、|,)|着替|お並び|整列').test(m) && !ROLE_TALK.test(fo.slice(Math.max(0, s.start - 60), s.end))
    },
  },
  {
    rule: 'decency/stereotype',
    re: phrase('主婦(?:の)?(?:皆さん|みなさん|皆様|みなさま)[、,！!][^。！？!?\\n]{0,10}?(?:皿洗い|食器洗い|洗濯|炊事|家事|料理|掃除|洗い物)(?:の(?:とき|時|際)|は|を|する|では)'),
    need: ['主婦'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A people's talent taken as given (…出身の…さんは、やっぱりリズム感が抜群).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:黒人|(?:${NATION})(?:人|系|出身|生まれ))(?:の)?[^。！？!?\\n]{0,8}?(?:さん|の方|の人|の子)?(?:は|って)[、,]?(?:やっぱり|やっぱ|やはり|さすが)[、,]?[^。！？!?\\n]{0,6}?(?:リズム感|運動神経|身体能力|バネ|ノリ|陽気|踊り|ダンス|歌がうま|足が速)`),
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Region + sex or people + a temper (九州の男性は亭主関白が多い), 都会の人はかわいそう😂, よそもんには分からん.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:九州|関西|東北|北海道|沖縄|大阪|東京|地方|田舎|都会|県外|九州男児)(?:の)?(?:男性|女性|男|女|人|人たち|もん|者)?(?:は|って)[、,]?[^。！？!?\\n]{0,8}?(?:亭主関白|気が強|短気|気性が荒|ケチ|せっかち|冷た|かわいそう|可哀想|気の毒)|(?:よそもん|よそ者|余所者)(?:には|は|じゃ)[^。！？!?\\n]{0,8}?(?:分から|わから|無理)'),
    need: ['亭主関白', '気が強', '短気', '気性が荒', 'けち', 'せつかち', '冷た', 'かわいそう', '可哀想', '気の毒', 'よそもん', 'よそ者', '余所者'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // A group turned into a running gag (高齢者あるある, モンスター系のおばさま), a sick person treated as germs (バイ菌扱い), broken Japanese laughed at.
  {
    rule: 'decency/stereotype',
    re: phrase('(?:高齢者|お年寄り|年寄り|老人|おばちゃん|おばさん|おじさん|外国人|ガイジン)あるある|(?:モンスター|クレーマー)(?:系|級)?[”"」』]?(?:の)?(?:おばさま|おばさん|おばちゃん|おじさん|おじさま|じいさん|ばあさん|お客|市民|住民)|(?:バイ菌|ばい菌|病原菌)扱い|(?:カタコト|片言)(?:の)?(?:日本語|英語)?[^。！？!?\\n]{0,16}?(?:笑っちゃ|笑える|ウケる|うける|[（(]笑[)）]|🤣|😂)'),
    need: ['あるある', 'もんすたー', 'くれーまー', 'ばい菌', '病原菌', 'かたこと', '片言'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('やめ|しないで|いけません|対策|研修|ペアレント').test(fo.slice(s.start, s.end)),
  },
  // A sexual minority hinted at as "that kind" where gender is the topic (ジェンダーレス制服って、結局そっち系の子が喜ぶだけ,
  // 男子のスカートはあっちの気がある人向け): a sneer that names no one. Not そっち系の仕事 or その手の話 with no gender topic near.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:そっち|あっち|そういう|その手の|そっちの|あっちの|そのけ)(?:系|方面|趣味|気|け|ケ)(?:が)?(?:ある|あり|のある)?(?:の)?(?:子|人|方|男|女|男子|女子|生徒|奴|やつ|連中|お客|人たち|方々)'),
    need: ['そつち', 'あつち', 'そういう', 'その手', 'そのけ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => rx(`${R21_ORIENT}|ゲイ|レズ|ホモ|オネエ|おねえ|オカマ|ジェンダー|性別|女装|男装|スカート|制服|更衣室|トイレ|男らし|女らし|男のくせ|女のくせ|性の多様`).test(fo.slice(Math.max(0, a - 80), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // A sexual minority set against 普通の方 (…への配慮です。まあ、普通の方には特に関係ありません).
  {
    rule: 'decency/discriminatory',
    re: phrase('普通の(?:方|人|皆さん|皆様|家庭|カップル|夫婦|男性|女性|お子さん|子)(?:たち)?(?:には|は|に)[、,]?(?:特に|あまり|全く|まったく|ほぼ)?(?:関係(?:ない|なし|ありません|ございません)|無関係|縁がない)'),
    need: ['普通の'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => rx(`${R21_ORIENT}|${R24_GRP}|多目的`).test(fo.slice(Math.max(0, a - 80), a)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Those who are divorced or raise a child alone told not to give up, as a joke (ﾊﾞﾂｲﾁ・子持ちでも諦めないで😂); a woman's age as her last chance.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:バツイチ|ばついち|バツ2|子持ち|シングルマザー|シングルファザー|ひとり親|母子家庭)(?:[・、](?:バツイチ|子持ち|シングルマザー))?(?:さん)?でも(?:諦め|あきらめ)(?:ないで|ないでください|なくて大丈夫|んで)'),
    need: ['でも諦め', 'でもあきらめ'],
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:もう)?後がない[^。！？!?\\n]{0,14}?(?:女性|男性|独身|方|人)|(?:年齢的に|歳的に)[^。！？!?\\n]{0,6}?(?:後がない|ギリギリ|崖っぷち|売れ残)'),
    need: ['後がない', '年齢的に', '歳的に'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => rx('婚活|結婚|出会い|独身|女性|男性').test(fo.slice(s.start, s.end)),
  },
  // Looks: young and pretty staff (若くてかわいい子ばっかり, 若くてきれいな方がそろいました), 超美人, a ranking of beauties, 顔が整って.
  {
    rule: 'decency/lookism',
    re: phrase('(?:超|めっちゃ|めちゃくちゃ|めちゃめちゃ|めちゃ|すっごい|すごい|すごく|かなりの|絶世の|マジで|ガチで|とびきりの)美人(?!画|の湯|湯|になれ|になる)|美人(?:さん)?(?:すぎ|過ぎ)(?!る(?:湯|画))|元モデル(?:さん)?で|(?:ベスト|no\\.?1|ナンバーワン)[^。！？!?\\n]{0,4}?(?:美人|美女|イケメン)(?!賞|コンテスト)|(?:美人|美女|イケメン)(?:トップ|ランキング|ベスト)|(?:振袖|浴衣|袴|水着)(?:の)?(?:女子|女の子|娘|美人|美女|姿)[^。！？!?\\n]{0,6}?レベル(?:が)?(?:高(?:すぎ|い|か)|たか)|(?:女子|女の子|娘|女性陣|女性職員)[^。！？!?\\n]{0,6}?(?:正直|顔面|ルックス|見た目)[、,]?(?:の)?レベル(?:が)?(?:高(?:すぎ|い|か)|たか)'),
    need: ['美人', '美女', 'いけめん', 'もでる', 'れべる'],
    instead: INSTEAD.lookism,
    // Nor a ranking of mascots, dolls or animals (マスコットの美人ランキング), as the round-17 ranking rule keeps them (its exclusion
    // came back to life on the folded view: dead-kana kind).
    keep: (fo, s) => !rx('美人画|美人の湯|美肌|美人湯|美人鍋|美人茶|ルッキズム|容姿で').test(fo.slice(s.start, s.end)) && !rx('人形|イラスト|キャラクター|ぬいぐるみ|雛|マスコット|犬|猫|動物|金魚|鯉|メダカ').test(fo.slice(s.start, s.end)),
  },
  // Staff sold by their looks (受付嬢が若くてかわいいと評判の窓口, 新しい係長がイケメンと話題).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${STAFF}|受付嬢|看板娘)[^。！？!?\\n]{0,6}?(?:が|は|って)[、,]?[^。！？!?\\n]{0,6}?(?:かわいい|可愛い|カワイイ|美人|きれい|綺麗|キレイ|イケメン|美女|美しい)(?:と|って)(?:評判|話題|人気|噂|大人気)`),
    need: ['評判', '話題', '人気', '噂'],
    instead: INSTEAD.lookism,
    keep: (fo, s) => !rx('手作り|手づくり|飾り|作品|ポップ|イラスト|キャラ|グッズ|デザイン|制服|衣装|花|料理|お菓子|写真|ぬいぐるみ|マスコット').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:ハーフ|外国)(?:の子|の人|の方|の子ども|の子供)?(?:って|は)[、,]?[^。！？!?\\n]{0,8}?(?:顔|顔立ち|目鼻立ち)(?:が|も)?(?:整|きれい|綺麗|かわい|可愛|彫りが深)|スタイルのいい(?:子|人|方|女性|女の子)(?:が|は|なら)[^。！？!?\\n]{0,12}?(?:映え|似合|着ると)|だらしない(?:お腹|おなか|体|体型|からだ|身体|二の腕)|(?:頭の薄い|髪の薄い|薄毛の|ハゲた|はげた|ハゲ頭の)(?:方|人|おじさま|おじさん|男性|お父さん|課長|部長)'),
    need: ['顔', '目鼻立ち', 'すたいる', 'だらしない', '薄', 'はげ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, b)
      if (/薄|はげ/u.test(t)) return R24_LAUGH.test(fo.slice(s.start, Math.min(fo.length, s.end + 20)))
      return !rx('ルッキズム|容姿で|体型で').test(fo.slice(s.start, s.end))
    },
  },
  // The body's allure as the jury's criterion (審査基準は“うなじと胸元の色気”), a nurse wished for a stay in hospital, swimsuits missed.
  {
    rule: 'decency/sexual',
    re: phrase('(?:うなじ|胸元|脚|お尻|くびれ|ボディ|太もも|鎖骨)(?:と(?:うなじ|胸元|脚|お尻|くびれ|太もも|鎖骨))?の(?:色気|色っぽさ|セクシーさ)|(?:ナース|看護師)(?:さん|ちゃん)[^\\n]{0,50}?入院したく(?:なっちゃう|なる|なります|なった)|水着審査[^\\n]{0,30}?残念|スカート(?:が|丈)?(?:短め|短い|ミニ)[^。！？!?\\n]{0,20}?(?:評判|人気|大好評|釘付け|目の保養|おじさま|おじさん|男性)'),
    need: ['色気', '色っぽさ', 'せくしーさ', '入院したく', '水着審査', 'すかーと'],
    instead: INSTEAD.sexual,
  },
  // A sexual minority made the joke (ゲイの方も安心して参加できる婚活…は、さすがに市ではやってません笑).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|ゲイ|レズ|ホモ|オネエ)(?:の)?(?:方|人|カップル|皆さん)?(?:も|が|は|って|向け)[^。\\n]{0,40}?(?:${LAUGH_MARK})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Death joked about (即あの世行きですね笑, いい場所を押さえておかないと成仏できませんよ〜).
  {
    rule: 'decency/insensitive',
    re: phrase('あの世(?:行き|いき|逝き|へ直行|に直行|送り)|成仏でき(?:ません|ない|ん)(?:よ|ぞ|かも|で(?!し)|[〜~ー！!])'),
    need: ['あの世', '成仏でき'],
    severity: 'warn',
    instead: INSENSITIVE,
    keep: (fo, s, a, b) => /成仏/u.test(fo.slice(a, b)) ? !rx('とされ|と言われ|と考え|信じられ|伝え').test(fo.slice(s.start, s.end)) : R24_LAUGH.test(fo.slice(s.start, Math.min(fo.length, s.end + 20))) || rx('即|ですね|だね|かも').test(fo.slice(a - 4, b + 6)),
  },
  // Training on harassment or rights mocked (ハラスメント研修で…禁止と言われました（笑）…窮屈ですね).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:ハラスメント|人権|差別|セクハラ|ジェンダー)(?:研修|講習|講座|セミナー)[^\\n]{0,60}?(?:窮屈|言葉狩り|面倒くさ|めんどくさ|うるさくて|なんでも(?:ハラスメント|セクハラ|差別))'),
    need: ['窮屈', '言葉狩り', '面倒くさ', 'めんどくさ', 'うるさくて', 'なんでも'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !rx('わけ(?:では|じゃ)|ではない|ではありません|学び|学ん|気づ|気付').test(fo.slice(a, Math.min(fo.length, s.end + 20))),
  },
  // Welfare applications called easy-going (安易な申請はご遠慮ください), an unwed mother asked her circumstances, 不法滞在 presumed among patients.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|保護)[^\\n]{0,80}?安易(?:な|に)(?:申請|受給|頼|利用)|安易な(?:生活保護|保護)(?:の)?(?:申請|受給|利用)|未婚の(?:妊婦|母|お母さん|方)(?:さん)?(?:には|は)[^。！？!?\\n]{0,12}?(?:事情|理由)(?:を)?(?:お伺い|お聞き|確認|伺)|不法滞在(?:の|者)[^。！？!?\\n]{0,10}?(?:紛れ|まぎれ)'),
    need: ['安易', '未婚の', '不法滞在'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A district called one with "circumstances" (○○地区は昔からいろいろと事情のある地域ですので).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:地区|地域|集落|町|土地|団地)(?:は|って|も)[、,]?(?:昔から|古くから|もともと)[、,]?(?:いろいろ|色々|何かと|なにかと|ちょっと)?(?:と)?[“"「]?(?:事情|いわく|曰く|訳あり|わけあり)|(?:いろいろ|色々|何かと|なにかと)(?:と)?[“"「]?(?:事情|いわく|曰く)[”"」]?(?:の|が)(?:ある|あり)(?:地域|地区|土地|場所|集落|ところ|所)'),
    need: ['事情', 'いわく', '曰く', '訳あり', 'わけあり'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('収集|工事|区画|法令|規制|条例|登記|相続').test(fo.slice(s.start, s.end)),
  },
  // A disabled group's work excused in advance (障害者の方からの投稿も…読みにくい文章もございますが、温かい目で), their jobs capped at simple ones.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})[^\\n]{0,50}?(?:読みにく|拙い|つたな|下手|へた|見苦し|至らな|不出来|稚拙)[^\\n]{0,30}?(?:温かい目|あたたかい目|暖かい目|大目に見|多めに見|ご容赦|お許し)`),
    need: ['温かい目', 'あたたかい目', '暖かい目', '大目に', '多めに', 'ご容赦', 'お許し'],
    instead: INSTEAD.discriminatory,
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP})[^\\n]{0,30}?(?:清掃|封入|袋詰め|単純作業|簡単な作業|軽作業|箱折り|シール貼り)(?:作業)?(?:など|とか)?(?:なら|であれば|くらいなら|ぐらいなら)[、,]?[^。！？!?\\n]{0,6}?(?:難しいことは|むずかしいことは|できます|大丈夫|問題(?:は)?ありません)`),
    need: ['なら', 'であれば'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // An age limit for one sex only (女性は20〜35歳の方、男性は年齢不問).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_WOMEN}|${R24_MEN})(?:は|の方は)[、,]?[0-9０-９]{2}(?:歳|才)?[〜~ー－-][0-9０-９]{2}(?:歳|才)(?:まで)?(?:の方)?[、,]?[^。！？!?\\n]{0,4}?(?:${R24_WOMEN}|${R24_MEN})(?:は|の方は)[、,]?(?:年齢不問|年齢は問いません|年齢制限(?:は)?(?:なし|ありません))`),
    need: ['年齢不問', '年齢は問いません', '年齢制限'],
    instead: INSTEAD.discriminatory,
  },
  // A nuisance put on a group as its usual doers (毎年ギリギリに来るのはだいたい自営業のおじさんたちです😅).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ギリギリ|遅れ|遅刻|忘れ|うるさ|騒|迷惑|文句|クレーム|ルールを守らな|散らか|ポイ捨て|マナーが悪)[^。！？!?\\n]{0,10}?のは[、,]?(?:だいたい|たいてい|大体|大抵|決まって|いつも|ほぼ)[^。！？!?\\n]{0,10}?(?:おじさん|おばさん|おばちゃん|おじちゃん|おっさん|高齢者|お年寄り|年寄り|外国人|若者|若い子|女性|男性|主婦|ママ)(?:の方|の人)?(?:たち|連中|ら)?(?:です|だ|や|でしょ|ですね)'),
    need: ['だいたい', 'たいてい', '大体', '大抵', '決まつて', 'いつも', 'ほぼ'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${AGED})(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:お金を使わ|金を使わ|ケチ|けち)(?:ない|ん|だ|やけん|なので|から)`),
    need: ['お金を使わ', '金を使わ', 'けち'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // Contact with a group's workers to be avoided (作業員は外国人が多く言葉が通じにくいので、苦情は直接言わずに).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国人)(?:の方)?(?:が多く|が多い(?:ので|ため|から|けん)|なので|ですので)[^。！？!?\\n]{0,20}?(?:ので|ため|から|けん)?[、,]?[^。！？!?\\n]{0,16}?(?:直接|じかに)(?:は)?(?:言わ|話しかけ|声をかけ|苦情を言わ|お話しにな)(?:ず|ないで|ないよう|んで|んごと|んよう)`),
    need: ['直接', 'じかに'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Childbearing pushed on the young (ママになるなら若いうちが一番！高齢出産はリスクばかり).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:ママ|母親|お母さん|出産|結婚|子ども|子供|子育て)[^。！？!?\\n]{0,10}?若いうちが一番|高齢出産(?:は|って)[^。！？!?\\n]{0,6}?(?:リスクばかり|危ない|やめ|避け|おすすめしません|かわいそう)'),
    need: ['若いうちが一番', '高齢出産'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('医師|産婦人科|検診|健診|相談|とらわれ|こだわら').test(fo.slice(s.start, s.end)),
  },
  // A marriage partner's origins treated as a fair concern (お相手のご出身地やご家庭について気になる方は…ご相談に応じます).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:結婚|縁談|お相手|相手方|婚約者)[^。！？!?\\n]{0,20}?(?:出身地|ご出身|出自|家柄|ご家庭|ご実家|本籍|家系)[^。！？!?\\n]{0,16}?(?:気になる|ご心配な|心配な|知りたい|お調べになりたい|調べたい)'),
    need: ['気になる', '心配な', '知りたい', '調べたい'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end + 60)) && !ORIGINS_NAMED.test(fo.slice(s.start, s.end + 80)),
  },
  // A body type not to stand beside (ぽっちゃりなキャラとは並んで写真撮りたくない), a job as the measure of reading (現場作業しか
  // したことのないような方でも読めるよう).
  {
    rule: 'decency/lookism',
    re: phrase('(?:ぽっちゃり|ポッチャリ|太め|太った|デブ|でぶ|おデブ)(?:な|の|した)?[^。！？!?\\n]{0,8}?(?:とは|と)[^。！？!?\\n]{0,8}?(?:並|一緒に|写真|写り)[^。！？!?\\n]{0,8}?(?:たくない|たくなか|とうない|ないで|たがらない)'),
    need: ['ぽっちゃり', '太め', '太った', 'でぶ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?:中卒|学歴のない|学のない)(?:の)?|(?:現場作業|肉体労働|力仕事)しか[^。！？!?\\n]{0,12}?(?:ような)?)(?:方|人)(?:でも|にも)[^。！？!?\\n]{0,6}?(?:読め|分か|わか|理解でき)'),
    need: ['現場作業', '肉体労働', '力仕事', '中卒', '学歴のない', '学のない'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
  // A group presumed unable, the matter passed to its family or a Japanese speaker (聴覚障害のある方は…できませんので、ご家族を通して;
  // 外国の方のご利用は、日本語が話せる方の同伴を).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|外国の方|外国人の方)(?:の(?:ご)?利用)?(?:は|には)[、,]?[^。！？!?\\n]{0,20}?(?:でき(?:ません|ない)|難しい|困難)(?:ので|ため|から)[、,]?[^。！？!?\\n]{0,8}?(?:ご家族|家族|付き添い|介助者|ご親族)(?:の方)?(?:を通して|を通じて|が代わりに|から|経由で)|(?:${R24_GRP}|外国の方|外国人の方)(?:の(?:ご)?利用)?(?:は|には)[、,]?[^。！？!?\\n]{0,6}?(?:日本語(?:が|を)?(?:話せる|分かる|わかる|できる)(?:方|人)|日本人)(?:の方)?(?:の|が)?(?:同伴|付き添い|同行)(?:を|が)?(?:お願い|必須|必要|条件)`),
    need: ['家族', '付き添い', '介助者', '親族', '同伴', '同行'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('通訳|翻訳|多言語|fax|ファックス|メール|手話|筆談|チャット|または|もしくは').test(fo.slice(s.start, s.end)),
  },
  // A sex presumed bad at a skill as the reason for a task (男性職員は気が利かないので、受付は女性に).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:(?<![一-龥])(?:男性|女性|男|女)|男の人|女の人)(?:職員|スタッフ|陣|の方|の人)?(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:気が利かな|気がきかな|数字に弱|機械に弱|方向音痴|大雑把|がさつ|ガサツ|細かい(?:こと|作業)(?:が|に)?(?:苦手|向かな))(?:い)?(?:ので|から|けん|ため)'),
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !ROLE_TALK.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Surprise or praise that measures a group against the able (障害者の方でも、頑張ればちゃんと仕事ができるんですね; 外国人の子どもなのに
  // 九九がすらすら; 健常者に負けないくらい).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP}|外国人の子(?:ども)?|外国の子)(?:の方|の人|の子|さん)?(?:でも|なのに)[、,]?[^。！？!?\\n]{0,12}?(?:ちゃんと|きちんと|立派に|普通に|すらすら|スラスラ|ペラペラ|上手に)[^。！？!?\\n]{0,10}?(?:できる|でき(?:ます|た|て)|働け|こなせ|言え|読め|書け|話せ)|健常者に(?:負けない|劣らない|引けを取らない|負けず)`),
    need: ['でも', 'なのに', '健常者に'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !rx('ように|よう(?:に)?(?:支援|サポート)|できるよう|支援|サポート').test(fo.slice(s.start, s.end)),
  },
  // Welfare recipients told to be grateful (生活保護の方も、たまには社会に恩返しを), looks as the treat of the eyes.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:生活保護|受給者|保護を受け)[^。！？!?\\n]{0,20}?(?:恩返し|感謝(?:す|し)(?:べき|てほし|てもら)|肩身(?:の|が)?狭)'),
    need: ['恩返し', '感謝', '肩身'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('思わなくて|必要はありません|感じることなく|ことはありません|ずに').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase('(?:スタイル|顔|見た目|ルックス|容姿|脚)(?:が|も)(?:よく|良く|いい|抜群|きれい|綺麗)[^。！？!?\\n]{0,10}?目の保養'),
    need: ['目の保養'],
    instead: INSTEAD.lookism,
  },
  // A person's figure praised past measure (観光大使の…さん、スタイル良すぎてポスター映え).
  {
    rule: 'decency/lookism',
    re: phrase('(?:スタイル|顔|顔面|脚|足|美脚|ボディ)(?:が)?(?:良|よ|いい|抜群|きれい|綺麗|キレイ|かわい|可愛|美し)(?:すぎ|過ぎ)'),
    need: ['すぎ', '過ぎ'],
    severity: 'warn',
    instead: INSTEAD.lookism,
    // Blind KV-039 kind (FDE): a baby's or a doll's little hands and feet (はいはいする姿の人形…小さな手足がかわいすぎる) are no one's figure judged.
    keep: (fo, s) => PERSON.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !BODY_VETO.test(fo.slice(s.start, s.end)) && !rx('料理|景色|写真の構図|デザイン|車|商品|花|作品').test(fo.slice(s.start, s.end)) && !(INFANT_OR_DOLL.test(fo.slice(Math.max(0, s.start - 60), s.end)) && !STAFF_RE.test(fo.slice(s.start, s.end))),
  },
  // Help told as a favour or a group's tasks capped at the easy (障がい者の方にもできる簡単なお仕事; 外国人にも分かるように…書いてあげました).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:${R24_GRP})(?:の方|の人|の子)?(?:にも|でも)(?:できる|出来る)(?:簡単な|単純な|軽い)(?:お)?(?:仕事|作業|業務)|(?:${R24_GRP}|${DISABLED}|外国人|外国の方)(?:の方|の人)?(?:にも|に)[^。！？!?\\n]{0,20}?(?:簡単な|やさしい日本語|優しく|わざわざ|特別に|丁寧に)[^。！？!?\\n]{0,12}?(?:て|で)あげ(?:まし|た)`),
    need: ['できる', '出来る', 'あげまし', 'あげた'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
    keep: (fo, s) => !rx('子ども|子供|児童|生徒|園児|体操|運動|ストレッチ|レシピ|工作|就労支援|支援').test(fo.slice(s.start, s.end)),
  },
  // A wish to keep away from a group (障害者の方が運転するバスには乗りたくない), land near 同和地区 advised against.
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP}|${DISABLED})(?:の方|の人)?(?:が|の)[^。！？!?\\n]{0,12}?(?:には|とは|と)?[、,]?(?:乗りたく|関わりたく|近づきたく|一緒に(?:働き|住み|い|暮らし|入り)たく|隣に住みたく|住んでほしく|来てほしく|通ってほしく)(?:ない|なか|ねえ|ありません)|(?:${R24_PLACE_PEOPLE}|${R24_ANY_PLACE_PEOPLE})(?:とは|と)[、,]?(?:遊ば|付き合わ|つきあわ|関わら|結婚さ|結婚し)(?:せ)?(?:ん|ない)(?:方|ほう)が|(?:${BURAKU_PLACE})[^。！？!?\\n]{0,20}?(?:おすすめ(?:は)?(?:しません|できません|しない|しておりません)|やめた(?:方|ほう)が|避けた(?:方|ほう)が)`),
    need: ['たくない', 'たくなか', 'たくねえ', 'たくありません', 'ほしくない', 'ほしくありません', 'ほしくなか', 'おすすめ', 'やめた', '避けた', '方が', 'ほうが'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // One person's looks as the talk (奥さんも若くてきれいな方ですし、ご主人が心配されるのも無理ない), warn.
  {
    rule: 'decency/lookism',
    re: phrase('若くて(?:かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人な|美しい)(?:方|人|奥さん|奥様|女性|お嬢さん|娘さん)(?:です|だ|や|なので|だから|ですし|だし|やし|ですから)'),
    need: ['若くて'],
    severity: 'warn',
    instead: INSTEAD.lookism,
  },
  // A people to be watched on the road or in town (外国人ドライバーには特に気をつけましょう).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:外国人|外国籍|外国の)(?:の)?(?:方|人|ドライバー|運転手|観光客|労働者|実習生|住民|若者)?(?:には|に)[、,]?(?:特に|十分|くれぐれも|十分に)?(?:気をつけ|気を付け|ご注意|注意し|用心し|警戒し)(?:ましょう|ください|下さい|てください|て下さい|なさい|ろ)'),
    need: ['外国'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !rx('詐欺|被害|だまさ|騙さ|偽|なりすまし|かた|装|避難|伝え|案内|配慮|支援|声かけ|声をかけ').test(fo.slice(s.start, s.end)),
  },
  // A named attribute refused outright in any politeness form (精神疾患のある方は…ご利用はお受けいたしかねます).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R24_GRP})(?:の方|の人|の皆様|の皆さん)?(?:は|の|による|からの)[、,]?[^。！？!?\\n]{0,40}?(?:(?:${REFUSE})(?![かね？?])|(?:${ACT})(?:は|を)[、,]?[^。！？!?\\n]{0,24}?(?:お受け(?:いたし|致し|し)かね|お断り(?:して|させて|いたし|致し|します)(?!ません|おりません|いません)|ご遠慮(?:ください|下さい|願|いただ)))`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const t = fo.slice(s.start, s.end)
      return !AWARENESS.test(t) && !SAFETY.test(t) && !R24_HEALTH.test(t) && !rx('段差|階段|エレベーター|スロープ|構造上|設備|給付|手当|補助|助成|支給|控除|献血|輸血|臓器|予防接種|ワクチン|検査|国籍条項|公権力|資格').test(t) && !LAW_LIMIT_RE.test(t) && !/以外/u.test(fo.slice(a, b)) && !rx('^[^。！？!?\\n]{0,3}?(?:ことは(?:ありません|ございません)|ことはない|理由に)').test(fo.slice(b, b + 12))
    },
  },
  // Watching a group's people for theft (実習生の方を受け入れる…夜間の無断外出や窃盗防止のため); a masked 部落 tied to dumping (○落のあたり).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:無断外出|窃盗|盗難|万引き|逃亡)(?:や|・|、)?(?:無断外出|窃盗|盗難|万引き|逃亡)?(?:の)?(?:防止|対策)のため|${R21_MASK}落(?:の|が|出身|あたり|付近|地区|周辺)`),
    need: ['無断外出', '窃盗', '盗難', '万引き', '逃亡', ...R21_MASK_NEED.map((m) => m + '落')],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => /落/u.test(fo.slice(b - 3, b)) && !/防止|対策/u.test(fo.slice(a, b)) ? rx('不法投棄|監視|治安|ごみ|ゴミ|安い|格安|近い|避け|怖').test(fo.slice(s.start, s.end)) : rx(`${RESIDENTS}|研修生`).test(fo.slice(Math.max(0, a - 100), b)) && rx('寮|出入り|外出|門限|管理|監視|見張|記録|チェック|目を光').test(fo.slice(b, s.end)) && !rx('被害|観光客|貴重品|自転車|鍵|施錠|スリ|財布').test(fo.slice(s.start, s.end)),
  },
  // 部落 named as a place people shun or land is cheap (空き店舗が多いのは昔の部落のあたりなので人が寄りつかない): its repute passed on.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:部落|同和地区)(?:の)?(?:あたり|辺り|付近|周辺|近く|地区|方|ほう)?(?:なので|だから|やけん|で|は|が)[、,]?[^。！？!?\\n]{0,20}?(?:寄りつか|寄り付か|人が(?:来|集まら|住みたがら)|人気が(?:な|出)|売れ(?:な|ん)|借り手が(?:つか|付か|いな)|安い|格安|避け|敬遠|怖|治安|評判)'),
    need: ['部落', '同和地区'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !BURAKU_VETO.test(fo.slice(s.start, s.end)),
  },
  // A group in a district blamed for a nuisance (滞納は、生活保護世帯の多い○○地区に集中しております).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:(?:${RESIDENTS})(?:世帯|家庭|住民|の方)?(?:が|の)(?:多い|多く住む|集まる)[^。！？!?\\n]{0,6}?(?:地区|地域|団地|エリア)|${BURAKU_PLACE})(?:の(?:周辺|あたり|辺り|近く))?(?:に|で|では)[^。！？!?\\n]{0,6}?(?:集中|多発|目立|多い|多く)`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => rx(`滞納|未納|${NUISANCE}|ルール|マナー|分別`).test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // A behaviour called odd as the ground to send a person out (独り言の多い方や様子のおかしい方には…退館を).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:様子のおかしい|挙動不審な|独り言の多い|ぶつぶつ言う|言動のおかしい)(?:方|人)[^。！？!?\\n]{0,30}?(?:退館|退出|退場|お断り|ご遠慮|お帰り)'),
    need: ['様子のおかしい', '挙動不審', '独り言', 'ぶつぶつ', '言動のおかしい'],
    severity: 'warn',
    instead: INSTEAD.stereotype,
  },
]
