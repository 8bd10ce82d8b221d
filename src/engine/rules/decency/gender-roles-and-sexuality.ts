/**
 * decency — gender roles and sexual minorities: a job or role given to or kept from one sex, a sex said to suit a task or to be a burden,
 * women presumed to quit; a same-sex pair kept from a plan, a person said to seem gay, a trans person's identity denied.
 * Stays clean: the stereotype quoted to be rejected, a call for sharing tasks, health advice (妊娠中の方は), a TV genre.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { phrase } from '../../words'
import { AWARENESS, NATION, INSTEAD, DUCK, REPORTED, ANSWERED, INSENSITIVE, RESIDENTS, DISABLED, AGED, BODY_TYPED, PRESUMED_NOT, ROLE_TALK, LAUGH_MARK, ELDERS, BURAKU_PLACE, TEASED, TEASED_RE, BODY_TEASE_VETO, R21_ORIENT, rx, NAMES_PREJUDICE, AGAINST, LAUGH50, OLD66, AWARE121, LINEAGE_NAMED, sentenceRange, type Rule, type Phrase } from './context'

/**
 * Blind R345H-042 kind (fix-DM): a skill denied to a whole sex, stated as its nature (女性はどうしても数字の話が苦手なものですから,
 * 男の人はそもそも計算ができないもんです, 女性は機械に弱いものなので): ability judged by sex as a general truth, block. The truth is told by
 * もの/もん after the denial, or by an adverb of nature before it (どうしても, そもそも, 本来, 生まれつき) with a reason or a plain ending.
 * Only a skill (数字, 計算, 機械, 運転, 交渉 …), not the body (寒さが苦手なもの); not a person of the group (女性の方で…苦手な方は).
 */
const SKILL = '(?:数字|計算|数学|算数|理系|理数|機械|パソコン|デジタル|it|運転|車庫入れ|地図|論理|理屈|お金|会計|経理|財務|技術|政治|経済|交渉|決断|判断|管理|力仕事|細かい作業)(?:の(?:話|こと|扱い|操作|計算|管理))?(?:が|は|に|も)?'
const UNABLE = '(?:苦手|不得手|不得意|下手|へた|弱(?:い|か)|でき(?:ない|ん)|わから(?:ない|ん)|分から(?:ない|ん)|向いて(?:い)?ない|向かない)'
/**
 * Blind R453E-031 kind (dec94): the sex said to be mostly unable at a skill (女は機械オンチが多いから, 女性は運転が下手な人が多いので), and the
 * other sex, or this one, put first, last or alone for it (男性職員から先に, 男性に任せ, 女性は後回し): a task ordered by sex on a stereotype,
 * block. Kept clean: the share told with no order (女性は機械が苦手な方が多いので、丁寧に説明します: the trait reading's warn), a women-only
 * course for its own reason (女性限定の講座), the presumption denied (という思い込み, わけではありません).
 */
const INEPT = '(?:音痴|おんち|オンチ|苦手|不得手|不得意|下手|へた|弱(?:い|か))'
const MOSTLY_ORDERED = `[^。！？!?\\n]{0,12}?${SKILL}${INEPT}(?:な|の)?(?:人|方|者|子|の)?(?:が|も)(?:多い|多か|ほとんど|大半)(?:ので|から|けん|ため|んで|し)[、,]?[^。！？!?\\n]{0,16}?(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)|女の人|男の人)(?:職員|スタッフ|社員|の方|の人|陣)?(?:から(?:先に|順に|優先)?|を(?:先に|優先)|が(?:先に|優先)|優先|だけ|のみ|に(?:任せ|やらせ|限)|は(?:後回し|最後|あと))`
/** … the order's end, and the training it orders (運転研修, 操作講習: the topic, not an awareness course, when the order is by sex). */
const ORDERED = phrase('(?:から(?:先に|順に|優先)?|を(?:先に|優先)|が(?:先に|優先)|優先|だけ|のみ|に(?:任せ|やらせ|限)|は(?:後回し|最後|あと))$', 'u')
const TRAINING94 = /研修|講習/gu
const SEX_UNABLE = `(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)|女の人|男の人|女の子|男の子)(?:職員|スタッフ|社員|の方|の人|たち|陣)?(?:は|って|というのは|ってのは)[、,]?(?:${MOSTLY_ORDERED}|(?:どうしても|そもそも|もともと|元々|本来|生まれつき|根本的に)[、,]?[^。！？!?\\n]{0,12}?${SKILL}${UNABLE}(?:な)?(?:もの|もん|ので|んで|から|けん|です|だ)|[^。！？!?\\n]{0,12}?${SKILL}${UNABLE}(?:な)?(?:もの|もん)(?:です|だ|や|で|なので|なんで|ですから|だから|やけん))`
/** Round 118: a sentence that speaks of people, age or marriage (売れ残り said of a person, not of stock). */
export const MARRIAGE_TALK = phrase('女性|男性|女子|男子|女の子|独身|婚活|結婚|嫁|彼氏|彼女|アラサー|アラフォー|職員|お見合い|縁談|[0-9０-９十]{1,3}(?:歳|才|代)|扱い', 'u')
/** Where checking someone's origin is about marriage, work or land. */
export const BACKGROUND_CONTEXT = phrase('結婚|縁談|婚約|嫁|婿|交際|付き合|相手|採用|雇|就職|応募者|入居|賃貸|土地|家を|物件|不動産|引っ越|近所|取引', 'u')
/** Where they live (が多く住む地区, の多い団地). */
export const LIVE_IN = '(?:が|の)?(?:多く)?(?:住む|住んで(?:いる|る|おる|おられる)|暮らす|暮らして(?:いる|る|おる)|多い|集まる|集住(?:する|している)?)(?:地区|地域|エリア|団地|アパート|界隈|周辺|辺り|あたり|場所|住宅)'
/** A person a manner is said of (指導員, 職員, あの人, …さん). */
export const PERSON_SAID = phrase('面接|受験|応募|志願|学生|生徒|支援員|社員|男性|男子|男の子|男の人|男なのに|男のくせ|男性なのに|男の子なのに|指導員|職員|先生|講師|課長|係長|部長|市長|議員|担当|スタッフ|新人|あの人|この人|彼|旦那|息子|さん|くん|君|評判|噂', 'u')
/** Young people spoken of as a generation of today (最近の若者, 今どきの若い人, いまどきの若いもん, 近頃の若者). */
export const YOUNG_NOW = '(?:最近|今時|今どき|いまどき|近頃|近ごろ|この頃|このごろ)の若(?:者|い(?:人|子|者|もん|もの|方|世代))'
/** Groups a trait is stated of, and the topic they are made (男の人は, シングルマザーの方には, ハーフの子って). */
export const TRAIT_GROUP = `(?:男の人|女の人|男性|女性|男子|女子|男の子|女の子|男|女|(?:若い|10代の?|十代の?)(?:お母さん|母親|ママ|人|者|子|方)|${YOUNG_NOW}|高齢ドライバー|お年寄り|高齢者|シングルマザー|ひとり親(?:家庭)?(?:の子(?:ども|供)?(?:たち)?)?|片親(?:の子)?|母子家庭(?:の子)?|ハーフの子|ハーフ|外国人|(?:韓国|中国|朝鮮|ベトナム|フィリピン|ブラジル|アフリカ|アジア|在日)(?:の方|の人|人|系))`
/** Who a “normal” family or match is set against (障がい, 同性, パートナーシップ, 外国, 部落 …). */
/**
 * Blind R234M-042 kind (dec3): a disability named by the sense that fails or the aid it needs (耳の聞こえにくい方, 目の不自由な方, 手話通訳,
 * 点字) sets the rest invited as 普通の方 against it just as 障害 does.
 */
export const NORMAL_AGAINST = phrase('障(?:害|がい|碍)|車いす|車椅子|(?:目|耳|足|体)(?:の|が)?(?:見えな|見えにく|聞こえな|聞こえにく|不自由|遠い)|手話|点字|難聴|ろう者|聾|盲(?!点)|視覚|聴覚|認知症|同性|lgbt|性的少数|性的マイノリティ|パートナーシップ|トランス|ゲイ|レズ|外国|国際結婚|ハーフ|部落|同和|病気|難病|ひとり親|母子家庭|シングル|生活保護|施設育ち|養護|夜の(?:お)?仕事', 'u')
/** Who may be set apart from "the general public" (夜のお仕事, HIV, 元患者, LGBT, 外国 …). */
export const SET_APART = phrase('夜の(?:お)?仕事|風俗|水商売|hiv|エイズ|ハンセン|元患者|精神|lgbt|同性|トランス|性的少数|性的マイノリティ|外国|障(?:害|がい|碍)|生活保護|ホームレス|路上生活|認知症|部落|同和', 'u')
/** Attributes a polite exclusion may name (外国籍の方, 日本語がネイティブでない方, 通院歴がある方, HIV陽性の方, 元男性の方). */
export const EXCLUDABLE = '外国籍|外国人|外国の|日本語(?:が)?(?:ネイティブ|母語|母国語)で(?:ない|は)|日本語を母語としない|国籍|精神科|心療内科|hiv|エイズ|ハンセン|元患者|元男性|元女性|トランス|lgbt|性的少数|性的マイノリティ|同性(?:の)?(?:カップル|パートナー|愛)|精神疾患|精神障(?:害|がい|碍)|精神の病|心の病|生活保護|ひとり親|母子家庭|父子家庭|シングルマザー'
/** Round 65: 募集 that describes a man's own search (…募集中の独身男性, …募集している方), not a town's call. */
export const BRIDE_SOUGHT_BY = phrase('^(?:中|ちゅう)?(?:の|している|してる|しとる)(?:独身|未婚|農家の)?(?:男性|男の|男ん|方|人|皆|会員|長男|跡取り|息子)', 'u')
/** The sexes as a whole (男性, 女の人, おなご, 男衆); not 彼女, 長女, 少女. */
/** A fit for one sex that is a matter of the body or of a space (更年期の女性に適した体操, 女性専用): not a role. */
const SEX_FIT_OK = phrase('更年期|妊|産後|授乳|骨|体操|運動|健康|栄養|検診|健診|サイズ|婦人科|ホルモン|専用|限定|更衣|トイレ|浴場', 'u')
const SEXES = '(?:(?<![一-龥])(?:男性|女性|男の人|女の人|男ん人|女ん人|男子|女子|男衆|女衆|母親|父親|男|女)|おなご|ママ|パパ|お母さん|お父さん)'
/** Round 105: an animal or health topic for the children's-body reading, read on folded text (カモ and ペット were katakana there and never matched). */
const CHILD_BODY_OK = phrase(`豚|ぶた|牛|鯉|こい|猫|ねこ|犬|いぬ|魚|金魚|ひな|雛|うなぎ|${DUCK}|パンダ|ペット|健康|予防|検診|健診|肥満対策|食育`, 'u')
/** A joke told of violence at home or of abuse: a warn of its own (虐待・暴力を茶化す). */
const ABUSE_JOKE = '虐待・暴力は冗談の種にせず、相談窓口など必要な情報だけを書いてください（例：「11月は児童虐待防止推進月間です。虐待かもと思ったら189へお電話ください」）'
/** Round 60: a body called round or swollen (まん丸, 丸々, でっぷり, 膨らんで). */
const ROUND = '(?:まん丸|真ん丸|まんまる|丸々|まるまる|丸く|まるく|丸い|まるい|でっぷり|ぽっこり|膨ら|ふくら|ころころ|ころっころ|たぷたぷ|ぷよぷよ|ぶよぶよ)'
/** … a full stomach after a meal in the sentence, not a figure (お腹いっぱい, 満腹, はち切れそう). */
const FULL60 = phrase('満腹|いっぱい|一杯|はち切れ|はちきれ|苦し', 'u')
/**
 * Round 20, checked after the groups (a group's own reading, usually a block, takes the span first): gender roles
 * assumed, 部落 as a place of bad repute or watched, a quoted age slur aimed at the readers is in `run`, the old
 * called a danger on the road, violence at home or abuse joked about, a staff member's body teased.
 */
export const LATE_PHRASES: Phrase[] = [
  // A sex said to be the better fit for a task (男性の方が向いています, 女性のほうが適任, 女性には不向き, 男の人ん方が向いとる).
  {
    rule: 'decency/stereotype',
    re: phrase(`${SEXES}(?:の方|のほう|ん方|んほう|の皆さん|の方々)?(?:の方が|のほうが|ん方が|が|は|には|に)[、,]?(?:より|断然|絶対(?:に)?|やっぱり|やっぱ|やはり|どうしても|どちらかといえば|圧倒的に|特に|とくに|とても|最も|もっとも|一番|いちばん|まさに)?[、,]?(?:向いて|向いと|むいて|むいと|適して|適任|ふさわし|不向き|向かな|向かん|向いてな|合って(?:い|お)?ます|向き(?:です|だ|やけん|やろ|でしょう|ですね|かと|。))|${SEXES}(?:の方が|のほうが|ん方が|が)[、,]?(?:やっぱり|やっぱ|やはり|断然|絶対(?:に)?|圧倒的に|どうしても)?[、,]?(?:運転も|料理も|家事も|計算も)?(?:上手|得意|うまい|上手い|器用|不器用|下手|へた|苦手)(?:です|だ|や|でしょう|だろう|やろ|ですよね|ですね|よね|やけん|けん|なので|だから|ですから|に決まって|[。！!])|${SEXES}(?:の方|の皆さん|の皆様|の人)?(?:には|に)[、,]?(?:少し|ちょっと|やや|なかなか|どうしても|やっぱり|やはり)?(?:難し|むずかし|きつ|キツ|厳し|重|無理)(?:い|く|か|です|だ|やけん)?(?:かと(?:存じ|思い?)|と思(?!われ)|でしょう|だろう|やろ|ので|から|けん)|${SEXES}(?:の方|の人)?(?:じゃないと|でないと|やないと|じゃなきゃ|でなきゃ|でなければ|じゃなければ)[、,]?(?:無理|難し|むずかし|務まら|つとまら|できな|でけん|こなせ|だめ|ダメ)`),
    need: ['向い', '向か', '向き', 'むい', '適し', '適任', 'ふさわし', '合つて', 'ないと', 'なきや', 'なければ', '上手', '得意', 'うまい', '器用', '下手', 'へた', '苦手', '難し', 'むずかし', 'きつ', '厳し', '重い', '重く', '重か', '無理'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    // The presumption denied around it (と決めつけず, わけではありません), not in it (男性じゃないと無理).
    // Blind dec57: the fit named as an image people hold (男性に向いているというイメージがありますが) is a mention.
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(s.start, a) + '／' + fo.slice(b, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)) && !/(?:にも|も)[^。！？!?\n]{0,4}(?:男|女)/u.test(fo.slice(s.start, s.end)) && !SEX_FIT_OK.test(fo.slice(s.start, s.end)) && !/^[^。！？!?\n]{0,8}?という(?:いめーじ|印象|見方)/u.test(fo.slice(b, s.end)),
  },
  // Housework handed to the wife or the mother as hers (家事はやっぱり奥さんの担当, 子育てはお母さんの役目); round 41: the chore
  // told as a clause nominalised by の (家で献立を考えるのはやっぱりお母さんの仕事, お弁当を作るのは母親の役目), read outside the
  // clause for awareness (考える is in the clause, not a word of awareness).
  {
    rule: 'decency/stereotype',
    re: phrase('(?:家事|料理|炊事|洗濯|掃除|育児|子育て|介護|お茶出し|お茶くみ|買い物|家計|献立|(?:お)?弁当|食事|(?:朝|晩|夕)?(?:ご飯|ごはん)|夕飯|夕食|家のこと|送り迎え|世話|おむつ(?:替え|がえ)|後?片付け|皿洗い|洗い物|アイロン(?:がけ)?|裁縫|繕い物|寝かしつけ|寝かし付け|読み聞かせ|しつけ|躾|看病|宿題|家庭学習|お迎え|送迎|授業参観|参観日?|保護者会|pta|離乳食|沐浴|お風呂|着替え|面倒(?:を)?見る|遊び相手|健康管理|栄養管理)(?:[^。！？!?\\n、,]{0,10}?(?<=[うくすつぬぶむるぐ])の)?(?:は|って|なんて)[、,]?(?:やっぱり|やっぱ|やはり|当然|もちろん|結局|昔から|普通)?[、,]?(?:奥さん|奥様|妻|嫁|女房|かみさん|母親|お母さん|ママ|女性|女|主婦|おなご|(?:お)?(?:母|かあ|かー)ちゃん|おかん)(?:方|たち|陣)?(?:の|が|ん)(?:担当|仕事|役目|役割|務め|出番|領分|すること)(?!では|じゃ|とは限|ではな|と決め|という(?:思い込み|考え|固定))'),
    need: ['担当', '仕事', '役目', '役割', '務め', '出番', '領分', 'すること'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, a) + '／' + fo.slice(b, s.end)) && !rx('と(?:思|考)(?:つて|えて)?(?:い|お)?ませんか|ではないでしょうか').test(fo.slice(b, s.end)),
  },
  // Women told to come with a man or the family, or said unable on their own (女性の方はご主人と一緒に…がおすすめ, 女性だけでは大変).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?<![一-龥ぁ-ゖ])(?:女性|女の人|女ん人|おなご|女)(?:の方|の皆さん|の皆様|の方々|お一人|ひとり)?(?:は|も)[、,]?[^。！？!?\\n]{0,10}?(?:ご家族|家族|ご主人|主人|旦那さん|旦那様|旦那|男性|男手|男の人|夫|お父さん)(?:の方)?(?:と|に|が)(?:一緒|ご一緒|同伴|付き添|つきそ|手伝|頼|相談)[^。！？!?\\n]{0,12}?(?:おすすめ|お勧め|お薦め|オススメ|安心|よい|いい|良い|無難|ください|下さい|ましょう|べき|方が|ほうが|願います)|(?<![一-龥ぁ-ゖ])(?:女性|女の人|おなご|女)(?:だけ|一人|ひとり|のみ|同士)(?:では|じゃ|で|やと|だと)(?:は)?(?:大変|難し|むずかし|無理|頼りな|心もとな|務まら|こなせ)|(?:(?<![一-龥ぁ-ゖ])(?:女性|女の人|おなご|女)|奥(?:さま|様|さん))(?:の方)?(?:だけ|お一人|ひとり|のみ)(?:だと|では|で|やと)(?:は)?[^。！？!?\\n]{0,24}?(?:進ま|決まら|まとまら|分から|わから|難し|無理)[^。！？!?\\n]{0,24}?(?:ご主人|主人|旦那さん|旦那様|旦那|夫)(?:の方)?(?:と|が)(?:一緒|ご一緒|同伴|同席)`),
    need: ['一緒', '同伴', '同席', '付き添', 'つきそ', '手伝', '頼', '相談', '大変', '難し', 'むずかし', '無理', '心もとな', '務まら', 'こなせ'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !/妊|産|授乳|検診|健診|婦人科|dv|暴力|避難|しえるたー|夜|防犯|不審|暗い|帰り道|相談窓口/u.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // 部落 or 同和地区 given a bad repute (昔から治安が悪いと言われる同和地区, 物騒な部落) or made the target of watching (同和地区を中心に…防犯カメラ).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:治安|柄|ガラ|がら|風紀|評判|素行|民度)(?:が|の|も|ん)?(?:悪|わる|(?:よく|良く|よろしく)な(?![っつりるれ]))(?:い|か|く)?[^。！？!?\\n]{0,16}?(?:${BURAKU_PLACE})|(?:怖|こわ|物騒|危な|あぶな|荒れ|貧し|汚|きたな|近寄りがた|近づきがた|いわくつき|曰く付き)[^。！？!?\\n]{0,12}?(?:${BURAKU_PLACE})|(?:${BURAKU_PLACE})(?:の)?(?:あたり|辺り|周辺|付近|界隈|近く|方面|方|ほう)?(?:は|って|も)[、,]?[^。！？!?\\n]{0,8}?(?:物騒|治安(?:が|も)?(?:悪|わる)|柄(?:が)?悪|ガラ(?:が)?悪|怖|こわ|危な|あぶな|荒れ|近寄ら|近づか|行かな|行かん)|(?:${BURAKU_PLACE})(?:を中心に|を重点(?:的)?に|に重点(?:的)?に|を集中的に|に集中して|では特に|は特に|周辺を(?:中心に|重点)|の周辺を重点)[^。！？!?\\n]{0,24}?(?:防犯|巡回|パトロール|警戒|監視|見回り|カメラ|警備|取り締ま|注意)|(?:防犯|巡回|パトロール|警戒|監視|見回り|カメラ|警備)[^。！？!?\\n]{0,24}?(?:${BURAKU_PLACE})(?:を中心に|を重点|に重点|を集中|に集中|では特に|を特に|周辺を重点)`),
    need: ['同和', '部落'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/啓発|人権|講座|研修|学習|歴史|結びつけ|結び付け|(?:では|じや)(?:ない|ありません)/u.test(fo.slice(s.start, s.end)),
  },
  // A district pointed at and given a bad repute (あの地区は昔から治安が悪いと言われているので, あそこん集落は柄の悪か土地柄).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:あの|あそこの|あそこん|例の|某|向こうの|むこうの)(?:地区|地域|集落|辺り|あたり|辺|へん|界隈|団地|町内|土地)(?:は|って|も|ん)?[、,]?(?:昔から|もともと|元々|前から|代々)?[^。！？!?\\n]{0,10}?(?:治安|柄|ガラ|がら|民度|評判|土地柄)(?:が|も|の|ん)?(?:悪|わる|(?:よく|良く|よろしく)な(?![っつりるれ]))'),
    need: ['治安', '柄', 'がら', '民度', '評判'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/(?:では|じや)(?:ない|ありません)|改善|よくなり|良くなり|払拭|変え/u.test(fo.slice(s.start, s.end)),
  },
  // The old called a danger on the road (高齢者の運転は凶器, 年寄りは走る凶器, 高齢ドライバーは危険なので) or told to give up and stay home (早く免許を返して家でおとなしく).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${ELDERS})[^。！？!?\\n]{0,16}?(?:走る凶器|動く凶器|凶器(?:そのもの|と化|に(?:なる|なり|なっ|等し)|同然|も同然|です|だ|や|である|でしか|なので|やけん|と(?:言|い|申し上げ)(?:って|っても|ても|える|えます))|殺人(?:マシン|マシーン|兵器|機械|予備軍)|人殺し(?:予備軍)?|事故予備軍|時限爆弾|走る棺桶|(?:テロ|兵器)(?:です|だ|や|同然))|(?:(?:${ELDERS})(?:の)?(?:ドライバー|運転者|運転|ハンドル|が運転する(?:の|車|クルマ)|の(?:車|クルマ))|高齢(?:の)?(?:ドライバー|運転者)|(?:${ELDERS})(?:に|が)(?:運転させる|運転する|ハンドルを握(?:らせ)?る|(?:車|自転車|バイク)に乗る|(?:一人|ひとり)で(?:出歩く|外出する))(?:の|こと))(?:は|って|なんて|なんか|、|,)[、,]?(?:もう|もはや|本当に|ほんとに|ほんと|正直|はっきり言って|やっぱり|やっぱ|やはり|ぶっちゃけ|マジで|まじで)?[、,]?(?:危険|危ない|あぶない|あぶなか|危なか|怖い|こわい|怖か|迷惑|脅威|事故のもと|事故の元)(?!な(?!ので|んで|んです|存在)|を|が|性|度|箇所|予知|運転)|(?:${ELDERS}|(?:[6-9６-９][0-9０-９]|[六七八九]十)(?:歳|才)以上(?:の(?:方|人))?)(?:は|なんか|なんて|って|も)[、,]?(?:全員|みんな|皆|一律に?)?[、,]?(?:車の)?(?:運転|ハンドル)(?:を|は)?(?:やめる|辞める|止める|控える|しない|させない|あきらめる|諦める)べき|(?:${ELDERS})(?:は|なんか|なんて|って|も)[、,]?[^。！？!?\\n]{0,20}?(?:(?:早く|早う|はよ|はよう|さっさと|とっとと|いい加減)[、,]?(?:免許|運転)|(?:家|うち|自宅)(?:で|に)[、,]?(?:おとなしく|大人しく|じっと|引っ込|ひっこ|こもっ)|おとなしく(?:家|うち|自宅|して|しと|しとけ|しとって|していて|していろ))`),
    need: ['べき', '凶器', '殺人', '人殺し', '予備軍', '爆弾', '棺桶', 'テロ', '兵器', '危険', '危な', 'あぶな', '怖', 'こわ', '迷惑', '脅威', '事故の', '早く', '早う', 'はよ', 'さつさと', 'とつとと', 'いい加減', 'おとなしく', '大人しく', 'じつと', '引つ込', 'ひつこ', 'こもつ'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/と(?:言われ|いわれ|思われ|見られ)(?:がち|ること|るの)|(?:では|じや)(?:ない|ありません)|とは限ら/u.test(fo.slice(s.start, s.end)),
  },
  // Violence at home or abuse joked about (奥さんに叩かれているそうです（笑）, 子どもを叩いとります笑, ほぼ虐待レベルｗ).
  {
    rule: 'decency/abuse-joke',
    re: phrase(`(?:奥さん|奥様|嫁|妻|女房|かみさん|カミさん|家内|旦那|夫|主人|母ちゃん|かあちゃん|父ちゃん|とうちゃん|親父|おやじ|お袋|おふくろ|母親|父親|親|上司|課長|部長|係長|先輩|子ども|子供|息子|娘)(?:さん|様|さま)?(?:に|から)[^。！？!?\\nをが]{0,8}?(?:叩か|たたか|殴ら|なぐら|蹴ら|けら|ぶた|しばか|どつか|つねら|ビンタさ|はたか|引っぱたか|ひっぱたか|張り倒さ|投げ飛ばさ|手を(?:上げ|あげ)ら)れ[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?:子ども|子供|うちの子|わが子|我が子|息子|娘|嫁|妻|女房|奥さん|旦那|夫|部下|新人)(?:を|に|は|も)[^。！？!?\\nをが]{0,14}?(?:叩い|たたい|叩き|殴っ|殴り|蹴っ|蹴り|ぶっ叩|しばい|しばき|どつい|どつき|ビンタ|手を上げ|手をあげ|げんこつ|ゲンコツ)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})|(?:虐待|dv|ドメスティック・?バイオレンス|家庭内暴力|体罰|暴力)[^。！？!?\\n]{0,14}?(?:${LAUGH_MARK})|(?:夫婦|ふうふ)(?:げんか|喧嘩|ゲンカ|ケンカ|けんか)[^。！？!?\\n]{0,12}?(?:皿|茶碗|灰皿|フライパン|包丁|物)?(?:が|を)?(?:飛んで|飛ん|投げ|殴|蹴|手が出|取っ組み合い|流血|血を見)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})|(?:叩か|殴ら|蹴ら|しばか|どつか)れ(?:て|た|る|と)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})`),
    need: ['げんか', '喧嘩', 'けんか', '叩', 'たた', '殴', 'なぐ', '蹴', 'けら', 'ぶた', 'しば', 'どつ', 'つねら', 'びんた', 'はたか', '引つぱた', 'ひつぱた', '張り倒', '投げ飛ば', '手を上げ', '手をあげ', 'げんこつ', '虐待', 'dv', 'ばいおれんす', '暴力', '体罰'],
    instead: ABUSE_JOKE,
    severity: 'warn',
    keep: (fo, s, a, b) => !/太鼓|どらむ|生地|布団|肩を|手を叩|手をたた|拍手|ぼーる|きーぼーど/u.test(fo.slice(a, b)) && (/虐待|dv|ばいおれんす|暴力|体罰/u.test(fo.slice(a, b)) || /叩か|たたか|殴ら|蹴ら|しばか|どつか/u.test(fo.slice(a, b)) ? /虐待|dv|ばいおれんす|暴力|体罰|奥さん|奥様|嫁|妻|女房|かみさん|家内|旦那|夫|主人|母ちや|かあちや|父ちや|とうちや|親|上司|課長|部長|係長|先輩|家で|家では|うちでは|我が家|わが家/u.test(fo.slice(Math.max(0, s.start - 80), s.end)) : true),
  },
  // A person's body teased (ぽっちゃり体型すぎて画面に収まりきりません😂, お腹が出すぎて, チビの若手職員は…見えませんでした笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:ぽっちゃり|ポッチャリ|太っちょ|太め|ふくよか|メタボ|デブ|でぶ|おデブ|巨漢|巨体|肥満|お腹|おなか|腹|ビール腹|太鼓腹|三段腹|体重|体格|図体|ガタイ|頭|髪|頭頂部|おでこ|(?:背|身長)(?:が|の|は)?(?:低|ちっちゃ|小さ)|チビ|ちび|ガリガリ|がりがり|顔|ケツ|尻|太り|肥え|痩せ|やせ)(?:体型|体形|気味|ボディ)?(?:が|の|は|も)?[^。！？!?\\n]{0,4}?(?:すぎ|過ぎ)(?:て|で|た|る)[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK}|収ま|入りきら|入らな|入らん|はみ出|見えな|見えん|埋もれ|悲鳴|壊れ|きし|ライト|反射|まぶし|眩し|通れな|通れん|座れな|座れん|二人分|2人分|場所を取|沈|傾)|(?:ぽっちゃり|ポッチャリ|太っちょ|メタボ|デブ|でぶ|おデブ|巨漢|チビ|ハゲ|はげ|ガリガリ|がりがり|ふくよか|太め|太った|太ってる|太っとる)(?:体型|体形|気味)?(?:の|な)?${TEASED}[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?:お腹|おなか|腹|体型|体形|顔|頭|あご|二重あご|腕|二の腕)(?:が|は|の|、)?[^。！？!?\\n]{0,6}?(?:タヌキ|たぬき|狸|豚|ブタ|力士|相撲取り|お相撲さん|風船|ドラム缶|ビヤ樽|樽|鏡餅|トド|セイウチ|カバ|ゴリラ|ダルマ|だるま|電球|ミラーボール)(?:の[^。！？!?\\n]{0,4}?)?(?:みたい|そっくり|のよう|並み)[^。！？!?\\n]{0,12}?(?:${LAUGH_MARK})|(?:(?:一回り|ひと回り|ふた回り|二回り)(?:大きく|でかく|デカく|丸く)|貫禄(?:が)?(?:つい|出て|増し)|(?:幸せ|中年|正月|コロナ)太り|(?:お腹|おなか)(?:が|も)?(?:ぽっこり|ポッコリ|たぷたぷ|タプタプ|ぷにぷに|プニプニ|ぶよぶよ|ブヨブヨ|出て))[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK})|(?:あの|この|その)(?:体型|体形|体格|図体|お腹|おなか)で[^。！？!?\\n]{0,12}?(?:無理が|無理で|無理やろ|無理でしょ|きつ|キツ|入らな|入らん|着られな|似合わ|厳し)[^。！？!?\\n]{0,10}?(?:${LAUGH_MARK})`),
    need: ['すぎ', '過ぎ', 'ぽつちやり', '太つちよ', 'ふくよか', '太め', '太つ', 'めたぼ', 'でぶ', '巨漢', 'ちび', 'はげ', 'がりがり', 'みたい', 'そつくり', 'のよう', '並み', '体型で', '体形で', '体格で', '図体で', '回り', '貫禄', '太り', 'お腹', 'おなか'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => (/^(?:あの|この|その)/u.test(fo.slice(a, a + 2)) || TEASED_RE.test(fo.slice(Math.max(0, s.start - 40), s.end))) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)),
  },
  // Round 60: a person's belly, face or figure likened to any round thing and called round or swollen, with a laugh (R60A-119:
  // うちの課長、お腹がせいろ蒸しの蒸籠みたいにまん丸になっとります😂; 係長のお腹、スイカみたいにまん丸になってきました（笑）, 顔がおまんじゅうの
  // ごと丸々してきたばい😂, お腹は太鼓のように立派に膨らんでおります😆): lookism, whatever the thing; not a full stomach (風船みたいに
  // パンパン), not a thing or a child (スイカがボールみたいにまん丸, 赤ちゃんのほっぺ).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:お腹|おなか|腹|顔|お顔|体型|体形|体|からだ|図体|あご|頬|ほっぺ|二の腕|背中|お尻)(?:が|は|の|も|、)?[^。！？!?\\n]{0,16}?(?:みたい|そっくり|のよう|並み|のごと|んごと|のごた|んごた)(?:に|な|な感じに)?[^。！？!?\\n]{0,8}?${ROUND}[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK})`),
    need: ['まん丸', '真ん丸', 'まんまる', '丸々', 'まるまる', '丸く', 'まるく', '丸い', 'まるい', 'でつぷり', 'ぽつこり', '膨ら', 'ふくら', 'ころころ', 'たぷたぷ', 'ぷよぷよ', 'ぶよぶよ'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s, a) => TEASED_RE.test(fo.slice(Math.max(0, s.start - 40), s.end)) && !BODY_TEASE_VETO.test(fo.slice(a, s.end)) && !FULL60.test(fo.slice(s.start, s.end)),
  },
]

/** Round 21, ahead of the groups (block; a group's milder reading must not take the span first). */
/** … and first of all (a round 19 reading of 普通の as a warn must not take the span): a group set against 普通の人. */
export const R21_FIRST: Phrase[] = [
  // A sexual minority set against “ordinary people” (…なんて要らないという声もありますが、まあ普通の人が困らなければいい).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${R21_ORIENT}|${DISABLED}|障(?:害|がい|碍)者|外国(?:人|籍の方|の方))[^。！？!?\\n]{0,40}?(?<!(?:[方人者様族子]|カップル|グループ)[もと])普通の(?:人|方|方々|人たち|利用者|お客さん|お客様|家族|夫婦|カップル|家庭|子|男女|住民|市民|皆さん)(?:たち|達)?(?:が|は|に|を|の|も|だけ|には)?[^。！？!?\\n]{0,12}?(?:困|迷惑|不快|嫌が|優先|安心|気を遣|気をつか|我慢|犠牲|損|後回し|肩身|戸惑|驚|関係(?:ない|なか|ありません|ございません))|(?:${R21_ORIENT}|${DISABLED}|障(?:害|がい|碍)者|外国(?:人|籍の方|の方))[^。！？!?\\n]{0,40}?(?<!(?:[方人者様族子]|カップル|グループ)[もと])一般の(?:人|方|方々|利用者|お客様|お客さま|お客さん|市民|住民|皆さん|皆様)(?:が|は|に)[^。！？!?\\n]{0,8}?(?:困っ|困る|迷惑|不快|嫌が|戸惑|驚|気まず|気を遣|怖が)(?![^。！？!?\\n]{0,4}?(?:ない|なく|ず))|(?<!(?:[方人者様族子]|カップル|グループ)[もと])普通の(?:人|方|方々|人たち|利用者|お客さん|お客様|家族|夫婦|カップル|家庭|住民|市民)(?:たち|達)?(?:と(?:は)?(?:違|ちが)う|じゃない|ではない|でない)[^。！？!?\\n]{0,20}?(?:${R21_ORIENT})`),
    need: ['普通の', '一般の'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/普通の[^。！？!?\n]{0,8}?として|同じように|同じく|と同じ/u.test(fo.slice(a, s.end)),
  },
]

/** Round 21, after the groups (warn). */
export const R21_LATE: Phrase[] = [
  // A foreign country's food mocked (出張先の国では虫を食べる料理が多いらしいので…お腹が心配です（笑）, あっちの国の料理は臭くて).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${NATION}|(?:あの|その|例の|某|向こうの|むこうの|よその|出張先の|訪問先の|行き先の|旅行先の|視察先の|相手の)国|現地|異国|あっち|あちら)[^。！？!?\\n]{0,24}?(?:(?:虫|昆虫|幼虫|イナゴ|コオロギ|犬|猫|カエル|蛙|ネズミ|ヘビ|蛇|猿|ゲテモノ|げてもの|ゲテ物|変なもの|変なモン|得体の知れない)(?:を|も|まで|なんか|なんて|ばかり|ばっかり|の)?[^。！？!?\\n]{0,6}?(?:食べ|食う|食っ|食わ|喰|料理|売って|売られ|並んで|並べ|出され|出て(?:く|き))|(?:何でも|なんでも)(?:食べる|食う)(?:って|らしい|そう|んでしょ|んですよね|と(?:言|聞|い)))[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK}|心配|気持ち悪|気色悪|きもい|キモ|ありえ|あり得|信じられ|ドン引き|おぇ|オエ|勘弁|怖|こわ|お腹(?:を)?壊|腹(?:を)?壊|野蛮|未開)|(?:${NATION}|(?:あの|その|例の|某|向こうの|むこうの|あっちの|よその|出張先の|訪問先の)国)(?:人|の(?:人|方))?(?:の|って|は|ん)?(?:料理|食べ物|食文化|ご飯|飯|メシ|食事)(?:は|って|なんて|なんか|も)?[^。！？!?\\n]{0,12}?(?:臭(?:い|く|か)|くさ(?:い|く|か)|気持ち悪|気色悪|きもい|キモい|まず(?:い|く|か|そう)|不味|ゲテモノ|げてもの|野蛮|食えたもん|食べられたもん|犬の餌|豚の餌|人間の食べ(?:物|もの|る(?:もの|物))(?:じゃ|では|や)な|人の食べる(?:もの|物)(?:じゃ|では|や)な)`),
    need: ['虫', 'いなご', 'こおろぎ', '犬', '猫', 'かえる', '蛙', 'ねずみ', 'へび', '蛇', '猿', 'げてもの', 'げて物', '変なも', '得体', '何でも', 'なんでも', '人間の食べ', '人の食べる', '臭', 'くさ', '気持ち悪', '気色悪', 'きもい', 'まず', '不味', '野蛮', '食えた', '食べられた', '餌'],
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !/理解を|多様性|尊重|共生|学ぶ|学び|交流|昆虫食|食料問題|食糧問題|sdgs|栄養|たんぱく|料理教室|試食会|体験/u.test(fo.slice(s.start, s.end)),
  },
  // Volunteers of one age or sex called dull and others wanted (おばちゃんばっかりで華がないので、若い女子大生の参加を待ってます).
  // Blind R250G-031 kind (dec7): …or a crowd of one age and sex mocked by its average age (おばはんばっかりで平均年齢エグかった; the
  // squeezed view reads it spaced out, お ば は ん).
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:おばちゃん|おばさん|おじさん|おじちゃん|おっさん|おっちゃん|おばはん|年寄り|お年寄り|高齢者|年配(?:の(?:方|人))?|シニア|じいさん|ばあさん|じいちゃん|ばあちゃん|(?<![一-龥])男|男性|男衆|(?<![一-龥])女|女性|主婦|ママ|パパ|お母さん|お父さん|母親|父親|おなご|中年|アラフィフ|アラカン)(?:の(?:方|人))?(?:たち|陣|さん)?(?:ばかり|ばっかり|ばっか|だらけ|ばかし|ばっかし|しか(?:い|お)(?:ない|らん|らず|ません))(?:なので|なんで|やけん|で|だと|だから|じゃ|では)?[、,]?[^。！？!?\\n]{0,10}?(?:平均年齢(?:が|も|は)?[、,]?(?:エグ|えぐ|ヤバ|やば|ヤヴァ|爆上が)|華(?:が|も)?(?:ない|なか|無い|欠け|ありません)|花(?:が|も)?(?:ない|なか|無い|ありません)|華やかさ(?:が|に)?(?:ない|欠け|足りな)|むさくるし|むさ苦し|むさい|潤いが(?:ない|なか|無い)|うるおいが(?:ない|なか)|色気(?:が|も)?(?:ない|なか|無い)|加齢臭|若さ(?:が)?(?:ない|足りな)|絵にならな|映えな|ばえな|見栄えが(?:悪|しな))|(?:華|花|彩り|潤い|うるおい|色気|若さ)(?:が|を)?(?:ない|なか|無い|欲しい|ほしい|足りない)[^。！？!?\\n]{0,24}?(?:若い|ピチピチ|ぴちぴち|かわいい|可愛い|美人の)?(?:女子大生|女子高生|女子学生|jk|jd|女の子|娘さん|お姉さん|ギャル|若い(?:女性|子|女子|方|人))(?:の|が|に|さん)?[^。！？!?\\n]{0,10}?(?:参加|応募|来て|待って|お待ち|募集|大歓迎|求む|ほしい|欲しい)`),
    need: ['華', '花', '彩り', '潤い', 'うるおい', '色気', '加齢臭', '若さ', 'むさ', '絵になら', '映えな', 'ばえな', '見栄え', '平均年齢'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !ROLE_TALK.test(fo.slice(s.start, s.end)),
  },
  // Children's bodies laughed at (太ってる子がもっと太っちゃうかも（笑）, うちの子はぶくぶく太って笑).
  {
    rule: 'decency/lookism',
    re: phrase(`(?:太って(?:る|いる|た|とる)|太め|太っちょ|ぽっちゃり|デブ|でぶ|おデブ|肥満|メタボ|チビ|ちび|ガリガリ|がりがり)(?:の|な|した)?(?:子|子ども|子供|お子さん|お子様|児童|生徒|園児|男の子|女の子|男子|女子|坊や)(?:たち|ら|達)?(?:が|は|も|って|なんか|なんて)?[^。！？!?\\n]{0,30}?(?:${LAUGH_MARK})|(?<![一-龥])(?:子|子ども|子供|お子さん|児童|生徒|園児|うちの子|息子|娘|孫)(?:たち|ら|達)?(?:が|は|も)[^。！？!?\\n]{0,16}?(?:太っ|太る|太り|肥え|ぶくぶく|ぶよぶよ|ぽっちゃり|デブ|でぶ|メタボ|おデブ|横に(?:大きく|成長|広が))[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK})`),
    need: ['太', 'ぽつちやり', 'でぶ', '肥満', 'めたぼ', 'ちび', 'がりがり', '肥え', 'ぶくぶく', 'ぶよぶよ', '横に'],
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !CHILD_BODY_OK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R349D-043 kind (dec71, fix-DM2): a sex named by a role it holds (女の上司, 男の先生, 女性の管理職, 女性ドライバー) is still the sex as a group:
 * a fault presumed of it (…はすぐヒステリーを起こすから) is the R22 reading. Only for that reading, not the group tests of other kinds.
 */
export const SEX_ROLE_D = '(?<![一-龥])(?:女性|男性|女|男)(?:の)?(?:上司|部下|管理職|課長|部長|係長|店長|リーダー|先生|教師|教員|医者|医師|運転手|ドライバー|議員|政治家|経営者|社長|店員|同僚|看護師|保育士)'
// Round 23 (implicit prejudice, after the groups): see the header.
export const R23_SEX = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女衆|男衆)|女の(?:子|人)|男の(?:子|人)|(?<!の)(?:お母さん|お父さん|母親|父親)|(?<![ァ-ヶー])(?:ママ|パパ)(?![ァ-ヶー])|奥さん|奥様|旦那さん|主婦|婦人会|女性部|女性会)(?:方|陣|たち|さんたち|の(?:皆さん|皆様|みなさん|みなさま|方々|方))?(?:職員|スタッフ)?'
export const R23_FEMALE = phrase('(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|母親|ママ|奥さん|奥様|主婦|婦人|女性部', 'u')
export const R23_MALE = phrase('(?<![一-龥])(?:男性|男子|男衆)|男の(?:子|人)|お父さん|父親|パパ|旦那', 'u')
// Round 23, ahead of the milder reading of a rite (ご先祖さま…👻, warn): the dead of an actual accident made ghosts for a laugh
// (去年の水難事故の人も帰ってくるかも？👻, 事故で亡くなった子の幽霊…肝試しにぴったり), block.
export const R23_EARLY: Phrase[] = [
  // Blind R345H-042 kind (fix-DM): a skill denied to a whole sex as its nature (女性はどうしても数字の話が苦手なものですから), block;
  // ahead of the milder trait reading (…苦手な方が多い, warn). Not a prejudice named or denied (…という思い込み, …わけではありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(SEX_UNABLE),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => !PRESUMED_NOT.test(fo.slice(a, Math.min(s.end, b + 24))) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)) && !AWARENESS.test(ORDERED.test(fo.slice(a, b)) ? fo.slice(s.start, s.end).replace(TRAINING94, '') : fo.slice(s.start, s.end)) && !/[「『“]/u.test(fo.slice(Math.max(s.start, a - 2), a)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase('(?:事故|火災|火事|水難|災害|津波|水害)(?:の|で(?:亡くなった|死んだ))(?:人|方|子|犠牲者)(?:たち)?[^。！？!?\\n]{0,16}?(?:幽霊|霊|お化け|おばけ|帰ってくる|化けて出|出るかも)[^。！？!?\\n]{0,20}?(?:👻|肝試し|ぴったり|[（(]笑|ｗ|かも[？?]|かな[？?])'),
    need: ['幽霊', '霊', 'お化け', 'おばけ', '帰つてくる', '化けて出', '出るかも'],
    instead: INSENSITIVE,
    keep: (fo, _s, a, b) => !rx('供養|慰霊|追悼|冥福|鎮魂|法要|お悔やみ').test(fo.slice(Math.max(0, a - 60), b + 60)),
  },
  // A young woman pressed about a boyfriend, told as fun (新人の女の子に「彼氏いるの？」って絡んでて…爆笑).
  {
    rule: 'decency/sexual',
    re: phrase('(?:(?:に|へ|が)[「“『]|[「“『])?(?:彼氏|彼女|恋人|旦那)(?:は|って)?(?:いる|おる|おらん|いない|まだ)(?:の|ん|か|と|ですか)?(?:[？?])?[」”』]?(?:って|と)[^。！？!?\\n]{0,6}?(?:絡|からか|いじ|しつこく|何度も)'),
    need: ['彼氏', '彼女', '恋人', '旦那'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => rx('爆笑|[😂🤣😆]|笑|ｗ|仲良し|盛り上が').test(fo.slice(b, b + 60)) && !rx('ハラスメント|セクハラ|いけません|やめ|相談').test(fo.slice(Math.max(0, s.start - 40), s.end + 40)),
  },
]
export const R24_WOMEN = `(?:(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|母親|ママ|奥さん|奥さま|奥様|主婦|婦人)(?:会|部)?(?:陣|方|たち|の(?:皆さん|みなさん|皆様|みなさま|方々|方|先生))?`
export const R24_MEN = `(?:(?<![一-龥])(?:男性|男子|男衆)|男の(?:子|人)|お父さん|父親|パパ|旦那さん|ご主人)(?:陣|方|たち|の(?:皆さん|みなさん|皆様|みなさま|方々|方|先生))?`
/** Round 50: a place named by the group who lives there (外国人住民の多い地区, 実習生が住むアパート周辺, 同和地区). */
const AREA = `(?:(?:${RESIDENTS})(?:住民|の方|の人|の方々|の皆さん|の皆様)?(?:${LIVE_IN}|(?:の|が住む|が暮らす|が住んでいる)(?:寮|アパート|団地|社宅)(?:の)?(?:周辺|付近|辺り|あたり|方面|エリア)?)|同和地区|被差別部落)`
/** … unsafe or feared (治安面, 防犯上, 物騒, ご不安). */
const UNSAFE = '治安|防犯|安全(?:面|上)|物騒|危険|危な|怖|こわ|不安|用心|トラブル|犯罪|事件'
/** … and left out of a route, a tour or advice (ルートから外し, 避けて, 通らない, ご案内しません). */
const LEFT_OUT = '(?:ルート|コース|行程|見学先|訪問先|案内先|候補|対象|ご?案内|ツアー|巡回先|紹介|おすすめ)(?:から|を)?(?:は)?(?:外し|外れ|除外|除い|除き|省い|省き)|除外|避け(?:て|た|る|ます|ましょう|ており)|迂回|通ら(?:ない|ず|ん)|立ち寄ら(?:ない|ず|ん)|近づか(?:ない|ず|ん)|ご?案内(?:して(?:いません|おりません)|しません|いたしません|しない)|含めて(?:いません|おりません|いない)|(?:おすすめ|お勧め|お薦め)(?:し|でき)(?:ません|ない)'
/** A physical reason for the route (道が狭い, 工事, 冠水) is not the residents' fault. */
const PHYSICAL = phrase('道幅|道が狭|狭い|工事|段差|駐車場|渋滞|坂|冠水|浸水|増水|通行止め|大型バス|車両', 'u')
/** Round 50: a carer's or a professional's sex or nationality (男の保育士さん, 女性の運転手, 外国人のヘルパー). */
const CARER = `(?:(?<![一-龥])(?:男性|女性|男|女|外国人|外国籍|外国)|(?:${NATION})人)(?:の|ん)?(?:保育士|保育者|先生|ヘルパー|介護士|介護職員|介護スタッフ|看護師|看護士|ベビーシッター|シッター|指導員|支援員|医師|お医者さん|ドクター|運転手|ドライバー|コーチ|講師|担任|助産師|相談員|整体師)(?:さん)?(?:の方)?`
/** … given as the condition (だと, なら, に預けるのは, が担任だと) of unease or distrust (不安, 心配, 任せられない). */
const UNEASE = '(?:不安|心配|怖(?:い|か|く)|こわ(?:い|か|く)|抵抗(?:が|は)?(?:ある|あり)|安心でき(?:ない|ません|ん)|(?:預け|任せ)られ(?:ない|ません|ん)|信用でき(?:ない|ません|ん)|信頼でき(?:ない|ません|ん))(?!なく|は(?:ない|ありません|なか)|を(?:解消|取り除|和らげ|なくし|軽減))'
/** … not the unease of those the city then helps (不安な方は女性医師を指名できます), not a worry relayed (という声). */
const FOR_THOSE = /^(?:な|に(?:思う|思われる|感じる|感じられる)|を(?:感じる|お持ちの|持つ|感じている))?(?:方|人|保護者|ご家庭|家庭|場合|お客様|利用者)/u
/** … nor the unease of others the post reports (保護者が不安に思うので: Round 28's warn). */
const FELT_BY = phrase('(?:保護者|親御さん|ご家族|ご両親|利用者|お客様|住民|方々|人たち|皆さん)(?:の中には|の中にも|から(?:は|も)?|が|も)[^。！？!?\\n]{0,8}?$', 'u')
/** Round 50: people named by their body type, then laughed at or named as a thing (歩く加湿器, 人間ストーブ). */
const BODY50 = `${BODY_TYPED}|(?:体格|ガタイ)の(?:いい|良い|よい)(?:方|人|子)|太(?:って(?:いる|る)|っとる|っちょる)(?:方|人|子)|(?:肥満|メタボ)(?:気味)?(?:の|な)?(?:方|人)`
const THING = '(?:歩く|動く|走る|人間)[「」『』]?(?:加湿器|除湿機|ストーブ|湯たんぽ|暖房(?:器具)?|カイロ|ヒーター|サウナ|冷蔵庫|ボール|樽|たる|ドラム缶|肉まん|風船|タンク|こたつ|クッション|座布団|鏡餅|だるま|ダルマ|重機|ブルドーザー)'
/** Round 50: a sexual word heading a compound that describes people (ｴﾛｶﾜ, エロかっこいい, エロ美人) — the list's =エロ reads the word
 * alone. Read on the squeezed view, where katakana still shows: a katakana letter before it is another word (ピエロ), a particle is not (今年もエロカワ). */
const ERO = /(?<![ァ-ヴー])エロ(?:かわ|カワ|可愛|かっこ|カッコ|格好|かっけ|美人|美女|女子|ギャル|系|目線|浴衣|水着|衣装|コス|ボディ|お姉さん|ねえさん|おやじ|オヤジ|親父|じじい|ジジイ)|(?<![ぁ-ゖァ-ヴー])えろ(?:かわ|可愛|かっこ|格好|美人|美女|女子|系|目線|浴衣|水着|お姉さん|おやじ|親父)/gu
/** … and a wish to undress someone (帯をほどきたくなる, 浴衣を脱がせたい); ほどき/解き of one's own obi (苦しくて) is not one. */
const UNDRESS = '(?:帯|浴衣|着物|服|水着|衣装|下着|スカート|ブラウス)[^。！？!?\\n]{0,10}?(?:(?:脱がせ|脱がし|ぬがせ|ぬがし|剥ぎ取り|はぎ取り|ひん剥き|ひんむき|ほどき|解き)(?:たく|たい|てえ|とうな)|(?:脱がせ|脱がし|ぬがせ|ぬがし|ほどい|解い|剥い|ひん剥い|ひんむい)てみ(?:たい|たく))'
const LEER50 = phrase('気持ち[、,]?(?:よく|すごく|とても)?(?:わか|分か)|美人|美女|女子|女の子|お姉さん|娘さん|彼女|ギャル|かわい|可愛|色っぽ|セクシー|えろ|👀|😏|🤤|😍|♡|💕', 'u')
const OWN_COMFORT = phrase('苦し|きつ|暑|締め付け|着崩れ|着付け|直し|トイレ|休憩|熱中症|具合|体調', 'u')
export const R50_EARLY: Phrase[] = [
  // Round 50: a place named by the group who lives there, called unsafe and left out of a tour, a route or advice (外国人住民の多い地区は、
  // 治安面でのご不安を考慮し、案内ルートから外しています): block; the reason before or after the place. Not a physical reason for the
  // route (道幅, 工事), not the notion spoken against (偏見), not a place merely served (多言語の防犯教室).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${AREA}[^。！？!?\\n]{0,30}?(?:${UNSAFE})[^。！？!?\\n]{0,30}?(?:${LEFT_OUT})|(?:${UNSAFE})[^。！？!?\\n]{0,30}?${AREA}[^。！？!?\\n]{0,20}?(?:${LEFT_OUT})|${AREA}[^。！？!?\\n]{0,20}?(?:${LEFT_OUT})[^。！？!?\\n]{0,20}?(?:${UNSAFE})`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && !ANSWERED.test(t) && !PHYSICAL.test(t) },
  },
  // Round 50: a carer's sex or nationality as the condition of unease (男の保育士さんだと、お子さんを預けるのはやっぱり不安ですもんね,
  // 女性の運転手さんだと心配, 外国人のヘルパーさんに任せるのは抵抗がある): block. Not the unease of those then helped (不安な方は女性医師を
  // 指名できます), not a worry relayed (という声), not answered (偏見), not a number of staff (女性職員だけだと).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${CARER}(?:だと|なら|やったら|だったら|では|じゃ|の場合(?:は)?|が(?:担当|担任|来る|来た|付く|つく)(?:だと|なら|と|のは)|に(?:は)?)[、,]?[^。！？!?\\n]{0,20}?${UNEASE}`),
    need: ['男', '女', '外国', '人'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && !ANSWERED.test(t) && !FOR_THOSE.test(fo.slice(b, b + 12)) && !REPORTED.test(fo.slice(b, s.end)) && !FELT_BY.test(fo.slice(a, b)) },
  },
  // Round 50: people named by their body type, then laughed at or named as a thing in the same sentence (ぽっちゃりさんは汗っかきの「歩く
  // 加湿器」なので要注意ですよ（笑）, 太めの方は人間ストーブ😂): warn, even in health advice. Not a body type served (サイズの浴衣を用意😊),
  // not 笑顔, not the notion spoken against.
  {
    rule: 'decency/lookism',
    re: phrase(`(?:${BODY50})(?:は|って|なんて|なんか|も)[、,]?[^。！？!?\\n]{0,30}?(?:${THING}|${LAUGH50})|(?:${BODY50})[^。！？!?\\n]{0,30}?${THING}`),
    need: ['ぽつちやり', '太', 'ふくよか', 'でぶ', '体格', 'がたい', '大柄', '肥満', 'めたぼ', '横幅', '恰幅', '肉付き', 'お腹', 'おなか'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)),
  },
  // Round 50: a sexual word heading a compound about people (今年もｴﾛｶﾜ揃い👀, エロかっこいい, エロ美人) and a wish to undress someone
  // (帯をほどきたくなる気持ち、わかります, 浴衣を脱がせたい): sexual, block. Not ピエロ or エロイカ (a letter before), not one's own obi loosened
  // for comfort (苦しくて帯をほどきたくなったら).
  {
    rule: 'decency/sexual',
    re: ERO,
    need: ['えろ'],
    instead: INSTEAD.sexual,
    squeezed: true,
  },
  {
    rule: 'decency/sexual',
    re: phrase(UNDRESS),
    need: ['脱が', 'ぬが', '剥', 'はぎ', 'ひんむ', 'ほどき', 'ほどい', '解き', '解い'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && (/脱が|ぬが|剥|はぎ|ひんむ/u.test(fo.slice(a, b)) ? !OWN_COMFORT.test(t) || LEER50.test(t) : LEER50.test(t) && !OWN_COMFORT.test(t)) },
  },
]
/** Round 53 (late, warn): a sport or a field declared one sex's (運動部は男の子の世界やけん, 消防団は男の仕事, 料理教室は女のもん). */
const SEX53 = '(?:男|男の子|男子|男性|男の人|女|女の子|女子|女性|女の人)'
const DOMAIN_TAIL = '(?=だ|です|や|じゃ|でしょ|やろ|なん|だから|なので|やけ|けん|ばい|たい|よ|ね|って|[。！!、,…〜~]|$)(?!(?:では|じゃ|や|で)(?:ない|なく|あり|なか|ね|な))'
const DOMAIN_HEDGE = '(?:は|って|なんて|なんか|ちゅうたら|いうたら)[、,]?(?:やっぱり|やっぱ|やはり|昔から|もともと|元々|本来|所詮|しょせん|結局|どうしても|まあ|正直)?[、,]?'
/** … a thing "belongs" to a sex only when the topic is an activity (お菓子作りは女の子のもん; not このロッカーは女子のもの). */
const ACTIVITY = '(?:[一-龥ぁ-ゖァ-ヺー]{0,6}(?:部|作り|づくり|遊び|ごっこ|競技|料理|手芸|裁縫|編み物|スポーツ|武道|格闘技|野球|サッカー|柔道|剣道|相撲|ラグビー|ダンス|バレエ|ピアノ|人形|ままごと|プラモデル|ゲーム|鉄道|理系|数学|工作|運転|力仕事|大工|山笠|消防団))'
const DOMAIN53 = `(?:[一-龥ぁ-ゖァ-ヺー]{1,8})${DOMAIN_HEDGE}${SEX53}(?:の|ん)(?:世界|領分|スポーツ|遊び|趣味|競技|聖域|領域|社会)${DOMAIN_TAIL}|${ACTIVITY}${DOMAIN_HEDGE}${SEX53}(?:の|ん)(?:もの|もん)${DOMAIN_TAIL}`
/** … and the other sex handed the part of serving it (女の子はマネージャーで支えて, 女子は応援で盛り上げて). */
const SUPPORTER = `(?<![一-龥])(?:女性|女の子|女子|女の人|女|娘さん)(?:の方|の皆さん|たち|達|陣|部員|生徒|さん)?(?:は|には|って)[、,]?(?:マネージャー|マネ|応援|声援|裏方|サポート|お世話|お手伝い|チア(?:ガール|リーダー)?|おにぎり|お弁当|差し入れ|洗濯)(?:役|係|担当)?(?:で|として|に回って|に回り|を(?:して|し)|ば(?:して|し))[、,]?[^。！？!?\\n]{0,10}?(?:支え|ささえ|盛り上げ|サポートし|応援し|お世話し|助け|手伝)`
export const R53: Phrase[] = [
  // Round 53: a sport or a field declared one sex's (やっぱり運動部は男の子の世界やけん, 消防団は男の仕事だから), stereotype warn; and the
  // other sex handed the part of serving it (女の子はマネージャーで支えてくれたらうれしいな). Not a past view told as changed (かつては…と
  // されてきましたが), not the notion answered.
  {
    rule: 'decency/stereotype',
    re: phrase(`${DOMAIN53}|${SUPPORTER}`),
    need: ['男', '女'],
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && !ANSWERED.test(t) && !/とされ|と言われ|といわれ|と思われ|かつて|昔は|いめーじ|時代|という(?:声|考え|見方)/u.test(t) },
  },
]
/** Round 55 (R55A-028): a bullied person's own difference made a cause of the bullying (本人にも少しは原因がある, いじめられる側にも問題がある). */
const VICTIM_BLAMED = '(?:本人|ご本人|その子|あの子|その人|あの人|いじめられ(?:る|た|とる)(?:側|方|ほう|子|人)|からかわれ(?:る|た)(?:側|方|ほう|子|人)|される(?:側|方|ほう)|やられ(?:る|た)(?:側|方|ほう)|被害者|被害を受けた(?:側|方|子|人))(?:の方|のほう)?(?:に|側に)?(?:も|にも)[、,]?(?:少しは|ちょっとは|多少は|多少|ある程度|それなりの|何らかの|なんらかの|いくらか|半分は)?(?:原因|問題|責任|非|落ち度|悪いところ|悪い所|悪か(?:ところ|とこ)|理由)(?:が|は)?(?:ある|あっ|あり|あろ|あるっちゃ|あるけん|あるやろ|あるでしょ|あるんじゃ|あるのでは|あるかも|あると思|あるよ)'
const BULLIED = phrase('いじめ|イジメ|虐め|からかわ|からかい|仲間外れ|仲間はずれ|無視され|悪口|陰口|嫌がらせ|いじられ|イジられ|笑われ|差別され', 'u')
/** …the difference named (男の子なのに…オネエっぽい, ハーフだから目立つ, 女らしくない). */
const SET_APART55 = phrase('なのに|やのに|のくせ|っぽ|ぽい|ぽか|みたい|らしくな|らしか(?:ら|な)|変わ(?:って|っと|り者)|目立|浮い|ハーフ|外国|障(?:害|がい|碍)|発達|太って|太っと|デブ|ぽっちゃり|オネエ|ゲイ|ホモ|レズ|オカマ|なよなよ|ナヨナヨ|女々し|男勝り|肌の色|訛り|なまり|貧乏|ひとり親|片親|生活保護|同性|トランス', 'u')
/** The view reported and answered (…という考えは誤り, …わけではありません, …なんてことはない). */
const BLAME_ANSWERED = phrase('^[^。！？!?\\n]{0,12}?(?:という(?:考え|見方|声|意見|言葉|主張|発想)|との(?:声|意見)|とは(?:言え|限ら|思いません)|わけ(?:では|じゃ)|なんてこと|ことは(?:ない|ありません)|など(?:という|と)|と(?:言う|いう)の(?:は|も))|^[^。！？!?\\n]{0,4}?[」』”]', 'u')
/** Round 55 (R55A-121): a prejudice relayed (…という声もありますが) and answered by a promise the group is controlled or watched. */
const CONTROLLED = '(?:という|との|といった|って)(?:ご|お)?(?:声|意見|心配|不安|懸念|指摘|話)(?:も|が|は)?(?:あります|ございます|聞かれます|寄せられています|あるかもしれません|あるでしょう|ある)?(?:が|けど|けれど|けれども)[、,]?[^。！？!?\\n]{0,30}?(?:管理|監視|監督|見張|目を光ら|見回|指導|しつけ|躾|把握|チェック|教育)[^。！？!?\\n]{0,16}?(?:ので|から|けん|ため|以上)[、,]?[^。！？!?\\n]{0,8}?(?:安心|大丈夫|心配(?:は)?(?:いりません|いらない|ありません|ない|無用|ご無用))'
const RELAYED_GROUP = phrase(`${NATION}|実習生|留学生|移民|難民|外国(?:人|籍|の(?:方|人))|障(?:害|がい|碍)(?:者|児|のある)|精神|生活保護|ホームレス|同和|部落|同性|ゲイ|トランス`, 'u')
const RELAYED_FAULT = phrase('手癖|盗|泥棒|犯罪|治安|怖|こわ|危な|危険|何をするか|うるさ|騒|マナー|ルールを守ら|トラブル|問題を起こ|不潔|汚|臭|怠け|働かな|嘘', 'u')
/** Round 55 (R55A-147): a resident offered to the readers as a partner (ただいま旦那さん募集中、独身の男性陣いかがですか笑). */
const PARTNER55 = '(?:旦那|だんな|ダンナ|彼氏|カレシ|お婿|婿|お嫁|花嫁|花婿|嫁|彼女|恋人|再婚相手|結婚相手|ボーイフレンド|ガールフレンド)(?:さん|様|候補)?(?:を|も)?(?:絶賛)?(?:募集|ぼしゅう|探し|さがし|求む)'
const OFFERED = '(?:独身|お一人|ひとり身|フリー)?(?:の)?(?:男性|女性|殿方|男|女|方|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん)(?:陣|の皆さん|の皆様|の方|の方々|たち)?[^。！？!?\\n]{0,6}?(?:いかが|どう(?:です|でしょ|ね|や|？|\\?)|どげん|どなたか|立候補|名乗り|お待ち|我こそは|ご連絡|アタック|狙い目)'
const MATCHMAKING = phrase('婚活|お見合い|縁結び|出会いの場|結婚相談|パーティー|セミナー|イベント|ペット|犬|猫|里親|譲渡', 'u')
const RESIDENT = phrase('おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|お母さん|お父さん|奥さん|さん|ちゃん|くん|様|職員|住民|見守り|訪問', 'u')
export const R55: Phrase[] = [
  // Round 55 (R55A-028): the bullied blamed for a difference that sets them apart (男の子なのにオネエっぽいと目立つけん、本人にも少し
  // は原因があるっちゃない？, ハーフやけん目立つし、いじめられる側にも問題がある): victim blaming tied to an attribute, block. Not the
  // view reported and answered (…という考えは誤りです), not a case without bullying (事故の原因は本人にも).
  {
    rule: 'decency/discriminatory',
    re: phrase(VICTIM_BLAMED),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a, b) => {
      const before = fo.slice(Math.max(0, s.start - 80), b)
      return BULLIED.test(before) && SET_APART55.test(before) && !BLAME_ANSWERED.test(fo.slice(b, Math.min(fo.length, b + 30)))
    },
  },
  // Round 55 (R55A-121): a prejudice about a group relayed (「東南アジアの人は手癖が悪いから心配」という声もありますが) and answered that the
  // group is managed or watched so all is well: the premise is granted, block. Not a worry answered with facts (…というデータはありません).
  {
    rule: 'decency/discriminatory',
    re: phrase(CONTROLLED),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => {
      const said = fo.slice(Math.max(0, a - 60), a).split('\n').pop()!
      return RELAYED_GROUP.test(said) && RELAYED_FAULT.test(said)
    },
  },
  // Round 55 (R55A-147): a resident offered to the readers as a partner with a call to them (旦那さん募集中だそうです、独身の男性陣いかが
  // ですか〜？笑, 彼女募集中らしいので、若い女性の方どうですか): a person made a joke of romance, warn. Not a 婚活 event, not a pet.
  {
    rule: 'decency/sexual',
    re: phrase(`${PARTNER55}[^\\n]{0,30}?${OFFERED}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !MATCHMAKING.test(fo.slice(s.start, s.end)) && RESIDENT.test(fo.slice(Math.max(0, s.start - 80), s.end)),
  },
]
/** Round 59: a sex named as a group (女は, 女性団員は, おなごは, 男ん人は). */
const SEXES59 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女衆|男衆|女|男)|女の(?:人|子)|男の(?:人|子)|女ん人|男ん人|おなご(?:し|衆)?)(?:団員|隊員|職員|消防団員|スタッフ|社員|陣|たち|ども|衆)?'
/** … called useless, no help, a burden (役に立たん, 使い物にならない, 戦力外, 足手まとい, 邪魔になるだけ). */
const USELESS59 = '(?:役に立た(?:ない|ん|ず|なか|ねえ|ねー|へん)|役には立た(?:ない|ん|なか)|使い物にならな|使い物になら(?:ん|ず)|使いもんになら(?:ん|な)|戦力にならな|戦力になら(?:ん|ず)|戦力外|足手まとい|足手纏い|お荷物|邪魔になる(?:だけ|ばかり|ばっかり))'
/** … not when the sentence denies or answers it (…なんてことはありません, という思い込み, どころか). */
const USELESS_DENIED = /^[^。！？!?\n]{0,14}?(?:(?:なんて|など|なんか)?(?:こと|わけ)(?:は|も)?(?:ない|ありません|ございません|なか|あらへん)|とは限ら|どころか|では(?:ない|なく|ありません)|じや(?:ない|なく|ありません)|という(?:思い込み|偏見|誤解|考え|声|いめーじ)|と(?:思われ|言われ|いわれ)(?:がち|て(?:き|い|お)))/u
/** Round 59: a person shown bare or in swimwear or underwear (水着, 下着, 裸, 湯上がり). */
const BARE = '(?:水着|下着|ビキニ|ランジェリー|裸|はだか|セミヌード|ヌード|入浴中|お風呂上がり|風呂上がり|湯上がり|セクシーな|際どい|きわどい|露出(?:の)?多め(?:の)?)(?:姿)?'
/** … as a picture (写真, 自撮り, 写メ). */
const PICS = '(?:写真|しゃしん|画像|動画|自撮り|じどり|セルフィー|写メ|ショット)'
/** … asked for (送って, 見せてほしい, 送らんね, DMでちょうだい). */
const ASKED59 = '(?:送って|おくって|見せて|みせて|載せて|のせて|アップして|撮らせて|とらせて)(?:くれ|ください|下さい|ほしい|欲しい|ちょうだい|ね|よ|もらえ|もらい|いただけ|はいよ|みて|[〜~ー♡♪！!？?😍🥰😘💕]|$)|(?:送ら|見せ)ん(?:ね|か)|(?:送り|見せ)んしゃい|dm(?:で|して|ください|ちょうだい|待って|まって)'
/** … not a warning against such a request or a rule against taking them (…と頼まれても送らないで, 撮影はご遠慮ください). */
const BARE_WARNED = phrase('注意|相談|被害|求められ|要求され|言われ|いわれ|頼まれ|送らない|送らず|送っては(?:いけ|だめ|ダメ)|絶対に|危険|トラブル|犯罪|だまさ|騙さ|詐欺|グルーミング|知らない人|見知らぬ|ストーカー|禁止|ご遠慮|お控え|削除|リベンジ', 'u')
/** Round 59: people of a role, or women, named in English (boatwomen, ladies, female guides, staff). */
const EN_STAFFED = '(?:boat(?:wo)?m[ae]n|women|ladies|girls|female\\s{1,2}(?:staff|guides?|rowers?|boat(?:wo)?men|workers?|employees?|officers?)|guides?|staff(?:\\s{1,2}members)?|hostess(?:es)?|waitress(?:es)?|receptionists?|nurses?|rowers?|clerks?|employees?|officers?|interns?|volunteers?)'
/** … said to be good-looking. */
const EN_PRETTY = '(?:pretty|beautiful|gorgeous|cute|sexy|stunning|good[-\\s]looking|handsome|hunky|babes?|eye\\s{1,2}candy)'
const EN_PRETTY_HOT = '(?:pretty|beautiful|gorgeous|cute|sexy|stunning|good[-\\s]looking|handsome|hunky|hot)'
/** Round 59: disability slurs in English (retards, a retard, spaz), read on the compact view (r e t a r d s). */
const EN_SLUR = `(?<![a-z])(?:retards|retarded(?!\\s{1,2}(?:growth|development|ignition|combustion|flame|fire))|(?:(?:the|like|you|such|bunch\\s{1,2}of|total|complete|little|stupid|fucking)\\s{1,2}|a\\s{0,2})retard|tards|spaz(?:zes|zy|zing)?|spastics|mongoloids?|window[-\\s]?lickers?)(?![a-z])`
/** … not the word named to be given up (words like, the r-word, don't say). */
const EN_SLUR_TALK = /(?:words?|terms?|slurs?|names?|insults?|comments?|remarks?|language)\s{1,2}(?:like|such\s{1,2}as)\s{0,2}["“'‘]?$|the\s{1,2}r[-\s]?word|(?:never|don['’]?t|do\s{1,2}not|stop|please\s{1,2}don['’]?t)\s{1,2}(?:say|use|call|write)[^.!?\n]{0,20}$|["“'‘]$/u
export const R59: Phrase[] = [
  // Round 59 (R59A-019): a sex named as a group and called useless or a burden at a task (女は火事場じゃ役に立たんけん, 女性団員は
  // 現場では使い物にならないので, 男は子育てじゃ戦力にならん): block, in any dialect. Not the sex praised (女性団員も大いに役に立って
  // います), not a thing of use to them (女性向けの講座は役に立ちます), not the prejudice denied or named (…なんてことはありません, という
  // 思い込みをなくし).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SEXES59}(?:は|って|なんて|なんか|ちゃ|じゃ|やら)[、,]?[^。！？!?\\n]{0,16}?${USELESS59}`),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, _a, b) => !USELESS_DENIED.test(fo.slice(b, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  // Round 59 (R59A-150): a picture of someone in swimwear, underwear or bare asked of them (今度は水着の写真もDMで送ってくれんね？,
  // ビキニの写真見せてほしいな♡, お風呂上がりの自撮りとか送ってくれたら): a sexual request, block. Not a warning against such a request
  // (「水着の写真を送って」というDMが届いたら相談を), not a rule on filming, not a photo of a bath for a grant.
  {
    rule: 'decency/sexual',
    re: phrase(`${BARE}(?:の|で|を|も|とか)?[^。！？!?\\n]{0,6}?${PICS}[^。！？!?\\n]{0,14}?(?:${ASKED59})`),
    instead: INSTEAD.sexual,
    keep: (fo, s, _a, b) => !BARE_WARNED.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 30)))),
  },
  // Round 59 (R59A-033): people of a role, or women, sold on their looks in English (Our boatwomen are all so pretty 😍, stay for the
  // beautiful ladies!, the female guides are gorgeous): lookism, warn. Not the canals or the sunset, not skill (are all so skilled),
  // not an adverb (the guides are pretty busy), not children in their yukata.
  {
    rule: 'decency/lookism',
    re: phrase(`(?<![a-z'’])${EN_STAFFED}(?![a-z'’])(?:\\s{1,2}(?:at|in|on|of|from)\\s{1,2}[^.!?,\\n]{0,30}?)?\\s{1,2}(?:are|were|is|look|looked)\\s{1,2}(?:all\\s{1,2})?(?:so\\s{1,2}|very\\s{1,2}|really\\s{1,2}|super\\s{1,2}|such\\s{1,2}|totally\\s{1,2}|incredibly\\s{1,2})?${EN_PRETTY}(?=\\s{0,2}(?:[.!,?…😍🥰😘💕♡❤😻🤩]|and\\s|$))|(?<![a-z])(?:come|stay|visit|here|go|stop\\s{1,2}by|drop\\s{1,2}by)\\s{1,2}(?:just\\s{1,2}|only\\s{1,2})?for\\s{1,2}(?:the|our|all\\s{1,2}the|these|those)\\s{1,2}${EN_PRETTY_HOT}\\s{1,2}${EN_STAFFED}(?![a-z'’])|(?<![a-z])(?:our|the)\\s{1,2}${EN_PRETTY_HOT}\\s{1,2}(?:boat(?:wo)?men|ladies|girls|hostess(?:es)?|waitress(?:es)?|female\\s{1,2}staff)\\s{1,2}(?:will|are\\s{1,2}waiting|await|can['’]t\\s{1,2}wait)`),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !/(?<![a-z])(?:kids|children|child|daughters?|babies|toddlers|students|pupils|in\s{1,2}(?:their|the|her)\s{1,2}(?:yukata|kimono|costumes?|outfits?|uniforms?))(?![a-z])/u.test(fo.slice(s.start, s.end)),
  },
  // Round 59 (R59A-068): a disability slur in English, spelt out with spaces to slip past (running around like r e t a r d s lol, what
  // a r.e.t.a.r.d, acting like spazzes): block. Not fire-retardant, not to retard the spread, not the word named to be given up.
  {
    rule: 'decency/discriminatory',
    re: phrase(EN_SLUR),
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => !EN_SLUR_TALK.test(fo.slice(s.start, a)),
  },
]
export const WOMAN28 = '(?:(?<![一-龥])(?:女性|女子|女衆)|女の(?:子|人)|お母さん|ママ|奥さん|婦人)'
/** Round 33: a sex, an age or a people joked about for a habit (R33_FOLK + R33_HABIT + から + laugh). */
export const R33_FOLK = `(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:人|子)|男の(?:人|子)|女ん人|男ん人|(?<![一-龥ぁ-ゖ])(?:女|男)(?=って|は)|おばちゃん|おばさん|おじさん|おっちゃん|奥さん|奥様|奥さま|主婦|お母さん|ママ|お父さん|パパ|${AGED}|若い(?:人|子|方|もん)|若者|最近の若い(?:人|子|方)|外国(?:人|の方)`
/** Round 33: a group named as the cause of a public problem (R33_BLAMED + R33_IDLE). */
export const R33_BLAMED = `(?:高齢|年配)の(?:男性|女性)|${AGED}|年金暮らしの(?:方|人)|生活保護(?:受給者|の(?:方|人))|外国(?:人|の方)|主婦|子連れ(?:の方)?|若者|障(?:害|がい|碍)(?:者|のある(?:方|人))`
/** Round 33: the person a job ad asks for by sex or age. */
export const R33_HIRED = '(?:若い|若手の?|(?:[0-9０-９]0|二十|三十|四十)代(?:まで|前半|くらい|ぐらい)?の?|健康な|元気な|体力のある|独身の?)?(?:(?<![一-龥])(?:男性|女性|男子|女子)|男の(?:人|子|方)|女の(?:人|子|方))|若い(?:方|人)|(?:[0-9０-９]{2}|二十|三十|四十|五十)(?:歳|才)(?:くらい|ぐらい|位)?(?:まで|以下)の(?:方|人)'
export const WOMAN35 = '(?:若い|若くて[^。！？!?\\n]{0,6}?|かわいい|可愛い|かわいらしい|きれいな|綺麗な|美人の|美しい|ピチピチの|ぴちぴちの)(?:女の子|女性|女子|お姉さん|娘さん|女性職員|女性スタッフ)|女子大生|女子高生|jk|jd|美人(?!の?湯)|美女|看板娘|ギャル'
export const MAN35 = '(?:若い|かっこいい|カッコいい|格好いい|イケてる)(?:男性|男の子|男子|お兄さん|男性職員)|イケメン|美男子'
/** Round 36: women as decoration, and how they are set out (同行させ, 並べ, 連れて). */
export const WOMAN36 = '(?:若い|若手の?|かわいい|可愛い|きれいな|綺麗な|美人の?)?(?:(?<![一-龥])女性|女子|女の子|女の人|お姉さん|娘さん)(?:の)?(?:職員|スタッフ|社員|秘書|事務員|新人|係員|たち|陣|の皆さん)?'
/** Round 43: who a person was, given as why a mishap was to be expected (80代のドライバーだったので、まあ予想どおり). */
export const EXPECTED_WHO = `(?:(?:[4-9４-９]0|[四五六七八九]十)代(?:の)?|(?:ご)?高齢(?:の)?|年配(?:の)?|若い|外国(?:人|籍)?の?|(?:${NATION})(?:人|系)の?|女性|女の)(?:ドライバー|運転手|運転者|方|人|男性|女性|お客さん|客)|高齢者|お年寄り|(?<![一-龥])年寄り|老人|若者|外国人|(?:おじい|おばあ|じい|ばあ)(?:さん|ちゃん)`
/** Round 43: men stirred by a young woman's coming (若か娘さんの来たけん…おいちゃんたちの目の色の変わっとった). */
export const YOUNG_WOMAN = '(?:若い|若か|わかい|かわいい|かわいか|可愛い|きれいな|綺麗な|美人の|べっぴんの|ピチピチの)(?:娘さん|娘|女の子|女性|お姉さん|女子|子)'
/**
 * Round 66, warn kinds (after the groups):
 * - a sex presumed bad at a skill, as the concession of an offer (家事も育児も苦手なパパでも大丈夫！, 機械が苦手なママでも): stereotype;
 *   not 苦手な方でも, not a child;
 * - young women's coming said to lift the men's spirits (看護学生の女の子たちが来てくれて、おじさんボランティアのやる気が急上昇中😏): sexual;
 * - old people's retelling of the same story made a joke (おばあちゃんたち、同じ話を何回もしてくれるけん、職員はもう台本覚えたばい😂);
 *   not advice to listen patiently;
 * - a memorial of the atomic bomb or a war said to have been blown away by food or fun (原爆資料館はちょっと重かったけど、夜のちゃんぽんで
 *   全部吹き飛んだみたいで😂): insensitive; not the blast's damage shown in the exhibits.
 */
const SEX_NOUN = '(?:パパ|お父さん|お父様|父親|男性|男の人|旦那さん|ダンナ|ご主人|夫|メンズ|ママ|お母さん|お母様|母親|女性|女の人|奥さん|奥様|主婦)(?:さん|たち|達|の皆さん|の方)?'
const MEMORIAL = '(?:原爆|被爆|平和祈念|平和公園|戦争|空襲|特攻|慰霊|ひめゆり|戦跡|震災遺構|追悼|ホロコースト|アウシュ)'
export const R66: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(`(?:苦手|不慣れ|不得意|下手|へた|ダメ|だめ|ぶきっちょ|不器用)な${SEX_NOUN}でも`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)) && !phrase('固定観念|ジェンダー|関係なく|問わず', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`(?:${YOUNG_WOMAN}|女子大生|女子学生|女子高生|[一-龥]{0,4}学生の女の子|女の子|女子|娘さん|お姉さん|お嬢さん)(?:ボランティア|スタッフ|部員|団員)?(?:たち|さん|達|ら)?(?:が|の|も)[^。！？!?\\n]{0,10}?(?:来|参加|入っ|加わ|おい|見え)[^。！？!?\\n]{0,12}?(?:けん|ので|から|て|で|と|たら)[、,]?[^。！？!?\\n]{0,12}?(?:おじさん|おっさん|おじちゃん|おいちゃん|男性陣|男性(?:職員|団員|隊員|ボランティア|スタッフ)|男子(?:たち|陣|部員)|男衆|男ども|野郎ども)[^。！？!?\\n]{0,10}?(?:やる気|テンション|士気|気合|張り切り|モチベ|鼻の下)(?:が|も)?[^。！？!?\\n]{0,4}?(?:急上昇|上昇|アップ|up|爆上が|上が|うなぎのぼり|マックス|max|全開|倍増|跳ね上が|伸び)`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AGAINST.test(fo.slice(s.start, s.end)) && !phrase('セクハラ|ハラスメント', 'u').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${OLD66}[^。！？!?\\n]{0,16}?同じ(?:話|こと|質問|昔話|自慢話|説明)(?:を|ば)?[^。！？!?\\n]{0,6}?(?:何回|何度|何べん|なんべん|何遍|繰り返|くり返|くりかえ)`),
    instead: '高齢の方の話しぶりや物忘れを笑いの種にせず、交流の様子そのものを紹介してください（例：「避難所では、昔の柳川の話をたくさん聞かせていただきました」）',
    severity: 'warn',
    keep: (fo, s, _a, b) => {
      const sen = fo.slice(s.start, s.end)
      return (phrase(LAUGH_MARK, 'u').test(sen) || phrase('台本|暗記|そらで|耳にたこ|耳タコ|耳にタコ|またか|エンドレス|無限ループ|聞き飽き', 'u').test(fo.slice(b, s.end))) && !AGAINST.test(sen) && !phrase('否定せず|傾聴|耳を傾け|丁寧に|寄り添', 'u').test(sen)
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${MEMORIAL}[^。！？!?\\n]{0,40}?(?:吹き飛|吹っ飛|ふっ飛|ふきと|ふっと(?:ん|ば|び)|帳消し|どこかへ(?:行|い)っ|どっか(?:に|へ)?(?:行|い)っ|忘れ(?:た|ちゃ|て(?:しま|もう|もた))|りせっと)`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const span = fo.slice(a, b)
      const sen = fo.slice(s.start, s.end)
      return /けど|けれど|でも|が[、,]|ものの|のに/u.test(span) && (phrase(LAUGH_MARK, 'u').test(sen) || phrase('ちゃんぽん|ご飯|ごはん|夕食|晩ご飯|グルメ|食べ|スイーツ|カステラ|お土産|買い物|夜景|ゲーム|カラオケ|枕投げ|遊', 'u').test(span)) && !phrase('爆風|熱線|建物|瓦|屋根|家屋|被害|忘れ(?:ない|ず|ては)', 'u').test(span)
    },
  },
]
/**
 * Round 71 (blind R71A-086), warn: a sex presumed bad at a skill the stereotype denies it, as the concession of an offer (車庫入れが苦手な
 * 女性の方も、これで安心！, 機械の操作が苦手なママも大丈夫, 料理が苦手なお父さんも心配いりません): stereotype. The skill is paired with the
 * sex (driving, machines, maps, numbers, tools for women; housework, cooking, childcare for men), so a skill the sex is not typed by
 * (料理が苦手なママも) is left alone; も needs the reassurance that makes it a concession (安心, 大丈夫), でも is one already. Not both sexes
 * named (…苦手な女性も男性も), not the presumption named to be answered (固定観念, 性別に関係なく).
 */
const WOMEN71 = '(?:(?<![一-龥])女性|女の人|女ん人|(?<![一-龥])女子|奥さん|奥様|奥さま|主婦|ママ|お母さん|お母様|母親)(?:ドライバー|ユーザー|ゆーざー)?(?:さん|たち|達|の皆さん|の皆様|の方|の方々)?'
const MEN71 = '(?:(?<![一-龥])男性|男の人|男ん人|(?<![一-龥])男子|パパ|お父さん|お父様|父親|旦那さん|ご主人|メンズ)(?:さん|たち|達|の皆さん|の皆様|の方|の方々)?'
const WOMEN_SKILL = '(?:運転|車庫入れ|駐車|バック|車線変更|合流|機械|パソコン|スマホ|タブレット|デジタル|家電|地図|方向|道順|数字|計算|算数|数学|理系|工具|diy|日曜大工|大工仕事|力仕事|組み立て|配線|電気工事|タイヤ交換)'
const MEN_SKILL = '(?:家事|料理|育児|子育て|掃除|洗濯|裁縫|お弁当|弁当作り|家計|整理整頓|片付け|片づけ|おむつ替え|寝かしつけ|離乳食|身だしなみ|おしゃれ|お化粧)'
const BAD_AT = '[^。！？!?\\n、,]{0,8}?(?:苦手|不得意|下手くそ|へたくそ|下手|へた|不慣れ|ダメ|だめ)(?:な|か|の)'
const EASED = '(?:でも|でん|も(?=[、,！!]?[^。！？!?\\n]{0,16}?(?:安心|大丈夫|ok|ＯＫ|心配(?:ご)?無用|心配(?:いりません|いらない|ない|なし|ありません)|ご心配なく|問題(?:なし|ない|ありません)|迷わ|お任せ|任せて|すぐに?(?:でき|上達|覚え)|上達|克服)))'
/** Round 80 (blind R81A-102): …or named as the ones an offer especially helps (バックが苦手な女性ドライバーさんにはとくにありがたいはず😂). */
const HELPED80 = '(?:に|には|にこそ|にも)[、,]?[^。！？!?\\n]{0,12}?(?:ありがた|助か|うれし|嬉し|便利|心強|朗報|おすすめ|お勧め|オススメ|ぴったり|必見)'
export const R71: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(`${WOMEN_SKILL}${BAD_AT}${WOMEN71}(?:${EASED}|${HELPED80})(?![、,]?(?:${MEN71}))|${MEN_SKILL}${BAD_AT}${MEN71}(?:${EASED}|${HELPED80})(?![、,]?(?:${WOMEN71}))`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => { const sen = fo.slice(s.start, s.end); return !AGAINST.test(sen) && !phrase('固定観念|ジェンダー|性別(?:に)?(?:関係なく|を問わず)|男女(?:問わず|を問わず|関係なく)|男性も女性も|女性も男性も', 'u').test(sen) },
  },
]
/**
 * Blind R268D-001 kind (dec12): people ranked by lineage (家筋・家柄・血筋・素性 のしっかりした/いい) and set against another district
 * (あっちの地区とは違う, 向こうの集落の人とは違って): 出自 and 部落差別, block, even as a resident's words passed on (とのこと).
 */
const LINEAGE = '(?:家筋|家柄|血筋|血統|家系|氏素性|素性|生まれ)(?:の|が|も)?[、,]?(?:しっかり|ちゃんと|きちんと|確か|たしか|いい|良い|よい|良か|よか|正しい|立派)'
const OTHER_PLACE = '(?:あっち|あちら|向こう|むこう|川向こう|川向う|あの|あそこの|よそ|ほか|他|例|となり|隣|向かい)の?(?:地区|地域|集落|部落|町内|町|村|校区|辺|へん|あたり|辺り|界隈|団地)(?:の(?:人|方|者|人たち|連中|もん|家))?(?:たち|ら)?'
const SET_AGAINST = '(?:とは|と|とも)[、,]?(?:全然|ぜんぜん|まるで|まったく|全く|ちょっと|やっぱり|やはり)?(?:違|ちが|一緒にされ|いっしょにされ|比べ|くらべ|格が違|訳が違|わけが違)'
/**
 * Blind R268D-007 kind (dec12): one-parent or poor families named and set beside "normal" ones (普通の家庭の子と同じように) or told not to be
 * ashamed (恥ずかしがらずに): kindly meant, it makes them the abnormal, shamed ones, warn.
 */
const NEEDY = '(?:ひとり親|一人親|片親|母子(?:家庭|世帯)|父子(?:家庭|世帯)|シングル(?:マザー|ファザー)|生活(?:が|に)(?:苦し|厳し|困|きつ)|生活困窮|困窮|生活保護|低所得|貧困|貧しい|経済的(?:に|な)(?:苦し|厳し|困|余裕(?:が|の)な|ゆとり(?:が|の)な|理由|事情)|就学援助|住民税非課税)'
const NORMAL_SIDE = '(?:普通|ふつう|一般|一般的|まとも|人並み)(?:の|な)(?:ご)?(?:家庭|家|家族|世帯|子|子ども|子供|お子さん|お子様|人|方)(?!ご?み|用|菜園|向けの?(?:商品|製品))(?:の(?:子|子ども|子供|お子さん|お子様|方|人))?(?:たち|達)?(?:と|並み)(?:同じ|同様|変わら|一緒|おなじ)'
const SHAMED = '(?:恥ずかし|はずかし|恥じ)(?:がら|が)(?:ず|ない)|恥ずかしいと思わ(?:ず|ない)|引け目を感じ(?:ず|ない)|後ろめたく思わ(?:ず|ない)|肩身(?:の|が)狭い思いをせず'
/** Need and shame named as what to undo (相談は権利です, 偏見, 恥ずかしいことではありません told plainly) or the words quoted as a wrong. */
const NEEDY_OK = phrase('(?<!被)差別|偏見|決めつけ|思い込み|権利|スティグマ|普通の家庭(?:って|とは|なんて)|「普通」|“普通”|ことではありません', 'u')
/**
 * Blind R269H-016 kind (dec12): a critic told that someone of another country (よその国の人, 外国の方, 日本人じゃない人) has no say here
 * (口出しされる筋合いはなか, 意見する資格はない, 言われたくない): a voice shut out by nationality, block, in dialect too.
 */
const OUTLANDER = '(?:(?:よその|余所の|ほかの|他の|外の)国|外国|他国|異国|海外|国外)(?:の|から(?:来た|の))(?:人|方|者|人間|連中|やつ|奴|もん)(?:たち|ら|達)?|日本(?:人|の(?:人|方))(?:じゃ|では|で)(?:な|なか|ね)(?:い)?(?:人|方|者|人間|連中|やつ|奴|もん)(?:たち|ら|達)?'
const NO_SAY = '(?:口出し|口を出|口ば出|口を挟|口ば挟|とやかく|文句|意見|指図|さしず|批判|あれこれ|偉そう)[^。！？!?\\n]{0,10}?(?:筋合い|資格|権利|立場)(?:は|も|が|なんか|なんて)?[、,]?(?:な(?:い|か|く)|ありません|ございません|ねえ|ねー|あらへん)|(?:とやかく|あれこれ|偉そうに)?(?:言われ|いわれ)(?:たく|とう)(?:ない|なか|ねえ|ありません)'
/** The exclusion quoted as a wrong (差別, 排除, 許されない, こうした書き込み). */
const NO_SAY_NAMED = phrase('(?<!被)差別|偏見|排除|排外|ヘイト|許され|あってはなら|人権|やめ(?:ましょう|てください)|のような(?:書き込み|発言|言葉)|といった(?:書き込み|発言|言葉)', 'u')
/**
 * Blind R269H-020 kind (dec12): a wife or a woman presumed unable to manage a task (奥様にはちょっと難しかったかもしれません), the husband
 * offered as the sure hand (ご主人にお任せいただくのが確実): ability judged by sex, warn.
 */
const WIFE_D12 = '(?:奥様|奥さま|奥さん|ご婦人|女性の方|女の方|女の人|主婦の方|主婦|お母さん|お母様|お母さま|ママさん|嫁さん|お嫁さん)(?:に(?:は|とって(?:は)?)?|では|だと|の方には)'
const HARD = '(?:ちょっと|少し|すこし|やや|なかなか|まだ|さすがに|やっぱり|やはり)?[、,]?(?:難し(?:かった|い|く|すぎ)|むずかし(?:かった|い|く|すぎ)|わかりにく|分かりにく|理解(?:でき(?:な|ず)|しにく|が難し)|荷が重|手に負え|無理(?!の?な|のない|せず|をせず|なく|しない))'
/** A body or health reason (妊娠中, 体力), the presumption named (決めつけ, とは限りません), or the task said to be easy for all. */
const WIFE_OK = phrase('妊|産後|出産|授乳|体力|筋力|重い|重量|健康|体調|決めつけ|思われがち|言われがち|偏見|固定観念|とは限ら|わけでは|そんなこと(?:は)?(?:な|あり)|どなたでも|誰でも|性別', 'u')
/**
 * Blind R270C-046 kind (dec12): staff drunk at a party and behaving badly, undressing or pestering a young woman colleague (酔っぱらって
 * シャツを脱ぎ始め、若手の女性職員に絡む一幕も😂), told as fun: drunken conduct and harassment laughed off, warn.
 */
const DRUNK = '(?:酔っぱら|酔っ払|よっぱら|酔っ(?:て|た|とる)|酔い(?:つぶれ|潰れ)|泥酔|へべれけ|べろんべろん|べろべろ|ベロベロ|飲み(?:すぎ|過ぎ)(?:て|た)|(?:お酒|酒)が(?:入っ|まわっ|回っ))'
/**
 * Blind R283Q-029 kind (decmisc16): or a stunt done stripped, told of staff at a party (泥酔して脱いで掘割にダイブした職員いて草, 全裸で
 * 川に飛び込んだ): drunken, stripped conduct laughed off as gossip, warn (PARTY_FUN still needed). Not a swim or a dive told plainly.
 */
const MISCONDUCT = '(?:服|シャツ|上着|ズボン|パンツ|ネクタイ|肌着|下着)?(?:を|ば)?(?:脱ぎ(?:始め|はじめ|出し|だし|だす|出す|まく)|脱いで(?:踊|はしゃ|騒)|裸(?:踊り|おどり|になっ|になり|で)|(?:脱いで|脱いだ|脱ぎ捨て(?:て|た)|全裸で|半裸で|パンツ一丁で|素っ裸で)[、,]?[^。！？!?\\n]{0,10}?(?:ダイブ|飛び込|飛びこ|とびこ|泳い|泳ぎ|走り回|はしゃ|暴れ|踊))|(?:女性|女子|女の子|若い子|若手|新人|部下|後輩|事務の子|受付の子|パート)[^。！？!?\\n]{0,10}?(?:に|へ|を)[、,]?(?:しつこく)?(?:絡|から[まみむん]|抱きつ|だきつ|抱き着|抱きしめ|くっつ|迫|せま[っるりつ]|ちょっかい|言い寄|いいよ[っるつ]|口説|くど[いきく]|触|さわ[っるりつ]|ボディタッチ|お酌をさせ|お酌させ|キス)'
// Blind R361J-009 kind: or hailed as a highlight (#神回, カオス, 🕺).
const PARTY_FUN = phrase(`${LAUGH_MARK}|[😂🤣😆😝😜🤪🙈🕺💃]|神回|カオス|一幕|爆笑|大笑い|盛り上が|面白|おもしろ|お約束|恒例|楽しい|楽しかった|名物|ご愛嬌|ご愛敬|武勇伝|伝説`, 'u')
const HERITAGE_FIRE = '(?:文化財|蔵|土蔵|倉庫|寺|神社|お堂|城|旧庁舎|庁舎|校舎|古民家|空き家|建物|資料館|博物館|美術館|図書館|公民館|市役所)[^。！？!?\\n]{0,30}?'
export const R_D12_EARLY: Phrase[] = [
  // Blind R268D-001 kind (dec12): a place's people praised for lineage and set against another district, in either order (家筋のしっかりした
  // 人ばかりで、あっちの地区とは違う; あの集落とは違って家柄のいい家ばかり): 出自 (部落差別), block, quoted from a resident or not. Not when the
  // paragraph names it prejudice (こうした言葉が差別を生みます), nor an old house's history without a rival place.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${LINEAGE}[^！？!?\\n]{0,24}?${OTHER_PLACE}${SET_AGAINST}|${OTHER_PLACE}${SET_AGAINST}[^。！？!?\\n]{0,16}?${LINEAGE}`),
    instead: '家筋や住む地区で人を分ける言葉は、住民の方の言葉でも載せず、町並みや歴史そのものを紹介してください（例：「江戸時代からの町家が残る地区です」）',
    keep: (fo, s) => !LINEAGE_NAMED.test(fo.slice(s.start, Math.min(fo.length, s.end + 80))),
  },
  // Blind R268D-007 kind (dec12): one-parent or poor families invited beside "normal" ones or told not to be ashamed (ひとり親家庭や生活が苦しい
  // ご家庭のお子さんも、普通の家庭の子と同じように; 生活保護のご家庭も恥ずかしがらずに): the families made the abnormal, warn. Not the families
  // invited plainly (どなたでも, 無料), nor 普通 quoted as the prejudice (「普通の家庭」という言葉が…), nor shame named as unfounded.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${NEEDY}[^\\n]{0,60}?(?:${NORMAL_SIDE}|${SHAMED})`),
    instead: 'ひとり親や経済的に苦しいご家庭を「普通」と比べたり「恥ずかしがらずに」と書いたりせず、対象と手続きだけを書いてください（例：「参加費は無料です。どなたでもお申し込みください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !NEEDY_OK.test(fo.slice(a, Math.min(fo.length, b + 60))),
  },
  // Blind R269H-016 kind (dec12): a critic told that someone from another country has no say (よその国の人に口出しされる筋合いはなかです; 外国の
  // 方に意見する資格はない; 日本人じゃない人に言われたくない): a voice shut out by nationality, block. Not a nation's politics (他国の内政),
  // nor the exclusion quoted as a wrong (…といった書き込みは差別です).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${OUTLANDER})(?:に|から|が|なんかに|なんかが|ごときに|ごときが)[、,]?[^。！？!?\\n]{0,16}?(?:${NO_SAY})`),
    instead: '国籍で相手の発言の資格を決めつけず、ご意見への回答や市の考えを書いてください（例：「ご意見ありがとうございます。担当課で確認します」）',
    keep: (fo, s, a, b) => !NO_SAY_NAMED.test(fo.slice(s.start, Math.min(fo.length, s.end + 60))),
  },
  // Blind R269H-020 kind (dec12): a wife or a woman presumed unable to manage a task (奥様にはちょっと難しかったかもしれませんね; 女性の方には
  // 分かりにくい手続きですので、ご主人に): ability judged by sex, warn. Not a body or health reason (妊娠中の女性には難しい運動), nor the
  // presumption named (女性には無理と決めつけず), nor 無理のない範囲.
  {
    rule: 'decency/stereotype',
    re: phrase(`(?<![一-龥])${WIFE_D12}[、,]?${HARD}`),
    instead: '性別で手続きや作業ができるかどうかを決めつけず、分かりにくい点の案内や窓口を書いてください（例：「手続きでご不明な点は、担当までお気軽にお問い合わせください」）',
    severity: 'warn',
    keep: (fo, s) => !WIFE_OK.test(fo.slice(s.start, s.end)),
  },
  // Blind R361J-053 kind: a cultural property or a public building joked about burning down, with the fun it would bring (古い蔵、燃えたら焼き芋
  // パーティーできるね, 旧庁舎なんか燃えてもキャンプファイヤーになる): a fire made a joke, warn. Not leaves or a bonfire burnt (落ち葉を燃やしたら焼き芋).
  {
    rule: 'decency/insensitive',
    re: phrase(`${HERITAGE_FIRE}(?:燃えたら|燃えても|燃えれば|燃えちゃえば|燃やしたら|燃やせば|燃やしても|火事になったら|火事になっても|焼けたら|焼けても)[、,]?[^。！？!?\n]{0,12}?(?:焼き芋|焼きいも|やきいも|バーベキュー|bbq|キャンプファイヤー|キャンプファイアー|パーティー|花火|暖まれ|あったまれ|温まれ|すっきり|せいせい|誰も困らな)`),
    instead: '文化財や建物の火災を冗談にせず、見どころや公開日を伝えてください（例：「江戸時代の蔵を公開しています」）',
    severity: 'warn',
    keep: (fo, s) => !/落ち葉|枯れ葉|たき火|焚き火|薪|まき|炭|どんど|左義長|防火|防災|訓練|では(?:ない|ありません)/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R270C-046 kind (dec12): staff drunk at a party, undressing or pestering a young woman colleague, told with a laugh (係長が酔っぱらって
  // シャツを脱ぎ始め、若手の女性職員に絡む一幕も😂): drunken conduct and harassment made fun, warn. Not drinking told plainly (乾杯して楽しく
  // 歓談), nor harassment named as a wrong (セクハラ防止, やめましょう).
  {
    rule: 'decency/conduct',
    re: phrase(`${DRUNK}[^。！？!?\\n]{0,30}?(?:${MISCONDUCT})`),
    instead: '飲み会での酔った振る舞いや、職員への絡みを面白がって載せず、会の様子を落ち着いて伝えてください（例：「1年の労をねぎらい、和やかに懇談しました」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(s.start, Math.min(fo.length, s.end + 20)); return PARTY_FUN.test(w) && !AWARE121.test(w) },
  },
]
/** Round 47: a sex with a role (女性議員, 男性職員, ママさん議員), or a sex alone (女性, 男の人), whose “nature” a quality is put down to. */
export const SEX_ROLE = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女(?!将|優|王|神)|男(?!爵))[一-龥]{1,4}|(?<![ぁ-ゖ])(?:ママ|パパ)(?:さん)?(?:議員|職員|社員|スタッフ|委員|記者|先生))'
export const SEX_BARE = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)(?![一-龥])|女の(?:人|子|方)|男の(?:人|子|方))'
/**
 * Round 62 (R62A-105): a place's women (or men) typed as a sex and offered to the other as brides or grooms (柳川の女は情が深かけん、お嫁さん
 * 探し中の男性はぜひ柳川に来んしゃい😉, お嫁さんにするなら柳川の女性がいちばん, 筑後の娘さんたちは家庭的で、結婚相手を探している男性に
 * ぴったり): a stereotype that sizes up a sex as partners. Not a 婚活 event for singles of both sexes, not a bride in a wedding, not 嫁入り道具.
 */
export const LOCAL_SEX = '(?:の|ん)(?:女|女性|女の子|女子|おなご|娘さん|娘|女の人|女ん人|男|男性|男の人|男ん人|男子|男衆)(?:たち|衆|の皆さん|さんたち)?'
export const SPOUSE = '(?:お?嫁(?:さん)?|花嫁(?:さん)?|奥さん|奥様|結婚相手|伴侶|お?婿(?:さん)?|花婿(?:さん)?|旦那(?:さん)?)(?:を|が|の)?(?:探し|さがし|募集|候補|求め|ほし|欲し|見つけ)|(?:お?嫁(?:さん)?|奥さん|お?婿(?:さん)?|旦那(?:さん)?)(?:に|として)?(?:する|もらう|貰う|迎える)なら|(?:お?嫁(?:さん)?|お?婿(?:さん)?)(?:に)?(?:ぴったり|最適|おすすめ|もってこい|最高|いちばん|一番)'
/**
 * Blind R257P-012 kind (dec9): a gender role or trait praised in a place's women or men (旦那さんを立てる, 夫に尽くす, 奥ゆかしさ, 働き者,
 * 良妻賢母, 家庭的: TRAIT's words of a sex and the roles of a wife) before they are offered as spouses.
 */
/** … and the spouse sought politely (結婚相手をお探しの, お嫁さんをお求めの), beside SPOUSE's plain forms. */
export const SPOUSE_SOUGHT = '(?:お?嫁(?:さん)?|花嫁(?:さん)?|結婚相手|伴侶|お?婿(?:さん)?|花婿(?:さん)?)(?:を|が)?お(?:探し|さがし|求め)'
/**
 * Blind R302K-008 kind (dec20): marriage with the people of a place (集落の家, 地区の人, 川向こうの者) refused, told as a custom or a
 * saying (縁組をしないという古い習わし, 嫁にやらんという言い伝え, 結婚を避ける風習): origin discrimination (部落差別) handed on as
 * heritage. Not a wedding custom shown (昔の婚礼の習わし), not the custom named in order to end it (差別, 偏見, なくそう, 人権).
 */
/** Blind review (dec22) kind: a marriage word is needed (縁組, 縁談, 結婚, 嫁): 町内の人との付き合いは欠かさないという伝統 is neighbourliness, not shunning. */
export const WED_CUSTOM = '(?:集落|部落|地区|地域|在所|(?<![一-龥])村|町内|団地|干拓地|川向こう|向こう(?:側)?|(?<![ぁ-ゖ])あそこ|あっち(?:側)?)(?:の|ん)(?:出身者|出身の(?:人|方|者)|家(?:の(?:人|者|もん))?|家々|人|者|もん|娘|息子|方)?(?:たち|ら|衆)?(?:とは|との|と)[、,]?[^。！？!?\\n]{0,10}?(?:縁組み?|縁談|婚姻|結婚|嫁入り|婿入り|輿入れ|(?:嫁|婿)(?:に|を|ば)?(?:やら|出さ|もらわ|貰わ|とら|取ら|行か|いか))(?:を|は|も|が|し)?[^。！？!?\\n]{0,3}?(?:しない|せん|せぬ|させない|させん|ない|ん|避ける|避けて(?:き)?た|断る|してはならない|してはいけない|するな|まとめない)[^。！？!?\\n]{0,6}?(?:という|との|といった|とする|の)?[^。！？!?\\n]{0,6}?(?:習わし|ならわし|慣わし|風習|しきたり|仕来り|言い伝え|いいつたえ|慣習|掟|おきて|決まり|きまり|伝統|因習|風俗)'
// rvdec55: a marriage or a wedding named is a custom told (嫁入りの際には花嫁行列が練り歩いた); origin is a concern only where it is
// asked, minded or shunned (あそこの出かどうか, 縁談で気にされる, 結婚を避ける) or land is steered.
export const ORIGIN_CONCERN = '(?:縁談|縁組|結婚|嫁(?:入り|ぎ先)|婿入り)[^。！？!?\\n]{0,30}?(?:気に(?:する|され|な)|避け|嫌が|反対|調べ|断ら|断られ|破談|問題に)|(?:の|ん)出(?:身)?(?:かどうか|か否か|じゃない|では|なのか)|出身(?:かどうか|か否か|なのか)|(?:土地|家|住まい|住宅|物件|不動産)(?:や(?:家|土地|住まい))?(?:を)?(?:お)?(?:探し|購入|買|選)'
/**
 * Blind R306N-030 kind (dec22): a role assumed of a sex (主婦の皆さんこそ、ぴったりのお役目, 女性にこそ向いている): the women meant
 * for the watching, the tea or the minding, warn. Not women welcomed among all (主婦の方も大歓迎, 男女問わず).
 */
export const ROLE_SEX = `(?:専業主婦|主婦|(?<![一-龥])女性|女の人|お母さん|お母さま|ママ(?:さん)?|奥さん|奥様|奥さま)(?:の)?(?:皆さん|皆様|みなさん|みなさま|方々|方|たち|達)?(?:こそ|にこそ|なら(?:ではの)?|には)[、,]?[^。！？!?\\n]{0,12}?(?:ぴったり|ピッタリ|うってつけ|打って付け|打ってつけ|適任|向いて|向き(?:です|だ|の)|お似合い|最適)`

/** Blind W27 (dec10): housewives presumed idle in the daytime (時間のある奥さま方, 暇な主婦) and credited or blamed for an outcome with a laugh. */
export const IDLE_WIVES = '(?:時間(?:の|が)(?:ある|あり余(?:る|っている|ってる)|有り余(?:る|っている|ってる)|余って(?:いる|る))|暇(?:な|を持て余(?:す|し(?:ている|てる)))|ひまな|ヒマな|お暇な)(?:専業)?(?:奥さま|奥様|奥さん|主婦|ママ|お母さん|マダム)(?:方|がた|たち|達|連中|の皆さん|さん)?(?:の(?:おかげ|お陰|おかげ様|せい)|ばかり|ばっかり|が多い)'
/**
 * Blind R311E-028 kind (dec56): men in women's clothes joked about as awakening to "that way" (ｿｯﾁの道に目覚めないか心配😂, あっちの世界に
 * 行っちゃう, 禁断の扉を開いた, 何かに目覚めちゃった): an orientation hinted at as a joke, warn, block with a laugh. Not the tease named wrong.
 */
export const THAT_WAY = '(?:そっち|ソッチ|あっち|アッチ|そちら|あちら)(?:系(?:の(?:道|世界|趣味))?|の?(?:道|世界|扉|趣味|気|け|方面|嗜好|性癖))(?:に|へ|を|が)?[、,]?(?:目覚め|めざめ|開眼|走(?:ら|り|る|っ)|進(?:ま|み|む|ん)|行(?:か|き|く|っ)|い(?:か|き|く|っ)ちゃ|入(?:ら|り|る|っ)|ハマ|はま|染ま|開(?:い|か|き|く|け)|ひら(?:い|か|き|く|け)|芽生え|ある|あり|あっ)|(?:禁断|いけない|イケナイ)(?:の)?(?:道|世界|扉|趣味)(?:に|へ|を|が)?[、,]?(?:目覚め|めざめ|開眼|走|進|行|い(?:か|き|く|っ)ちゃ|入|ハマ|はま|染ま|開|ひら)|(?:新しい|新たな|未知の)(?:扉|世界)(?:を|が)?(?:開|ひら)|(?:何か|なにか)(?:いけない|イケナイ|新しい)?(?:もの|こと)?に(?:目覚め|めざめ)|女装(?:に|の)(?:目覚め|めざめ|快感)'
export const CROSSDRESS = phrase('女装|男の娘|(?:(?<![一-龥])男|男性|男子|おじさん|おっさん|係長|課長|部長|市長|職員|彼(?!女)|くん|君|パパ|お父さん)[^。！？!?\\n]{0,30}?(?:セーラー服|スカート|ドレス|メイド服|ナース服|ワンピース|ミニスカ|バニー|チャイナ服|ビキニ|化粧|メイク|口紅|ハイヒール|振袖|女子の制服|女性の衣装)|(?:男|男性|男子)(?:同士|どうし)', 'u')
export const HOME_TOPIC = phrase('土地|住宅|家を|家の|物件|購入|買|不動産|引っ越|引越|住まい|縁談|結婚|嫁|婿', 'u')
/**
 * Blind R311E-053 kind (dec56): a same-sex partnership's steps kept out of the other visitors' sight (ほかの来庁者の目に触れないよう、
 * 庁舎奥の会議室で), or kept so for the residents who object (抵抗を感じられる市民の方も多いことに配慮し): the couple as something to hide,
 * warn. Not a private room offered at the couple's wish or for their privacy, unless the others' objection is the reason given.
 */
export const MINORITY_TOPIC = phrase('パートナーシップ|ファミリーシップ|同性|lgbt|性的(?:少数|マイノリティ)|トランスジェンダー|性の多様', 'u')
/**
 * Blind R315E-044 kind (dec57): a same-sex couple set against "normal" couples (普通のご夫婦とは違う, まともなカップルではない), with the
 * orientation named anywhere in the paragraph (the R21 reading of 普通の…と違う, after the group, widened to either order across sentences):
 * block. The likeness (普通のご家族と同じように申し込めます) stays clean as round 19f decided; not 普通 quoted as the prejudice.
 */
export const ORIENT_TOPIC = phrase(`${R21_ORIENT}|パートナーシップ|ファミリーシップ|性的(?:少数|マイノリティ)|lgbt|トランス|同性`, 'u')
export const NORMAL_COUPLE = '(?:普通|ふつう|フツー|まとも|ノーマル|正常|本来|当たり前)(?:の|な)(?:ご)?(?:夫婦|カップル|男女|家族|家庭|結婚|恋愛)(?:の(?:方|方々|皆さん|皆様))?(?:と(?:は)?(?:違|ちが|異な)|じゃな|ではな|でな)'
export const COLLEAGUES = phrase('職員|スタッフ|うちの(?:課|係|部署|職場|課長|係長|部下|子)|(?:課|係)の(?:子|女の子|女性|男性|みんな|皆)|部下|後輩|同僚|窓口|新人|女の子|庁内|課内|係内|先輩', 'u')
export const SPINSTER_TALK = /独身|未婚|婚活|結婚|嫁|婿|彼氏|彼女|お見合い|縁談|あらさー|あらふおー|[0-9０-９二三四五十](?:歳|才|代)|女の子|女性|男性/u
/**
 * Blind R319D-045 kind (dec58): sexual minorities spoken of as catching (子どもたちが影響されてまねをしないよう, 同性愛の話を聞かせるとそっちに
 * 行ってしまうかも, LGBTはうつる): warn, even in a post about a rights lecture (the paragraph names 人権). Not the notion answered (うつるもの
 * ではありません), not children kept from prejudice or false information.
 */
const KIDS_D58 = '(?:子ども|子供|こども|子|児童|生徒|若者|若い(?:人|子|世代)|うちの子|息子|娘|孫)(?:たち|達|ら|さん)?'
const CAUGHT = '(?:影響され|感化され|染ま(?:っ|ら|り|る)|まね(?:を)?(?:し|す)|真似(?:を)?(?:し|す)|うつ(?:っ|ら|り|る)(?!病)|移(?:っ|ら|り|る)|伝染|そっち(?:に|へ)(?:行|い)|目覚め|なってしまう|なっちゃう|なったら(?:困|どう))'
export const CONTAGION = `${KIDS_D58}(?:が|も|に|は)[、,]?[^。！？!?\\n]{0,12}?${CAUGHT}[^。！？!?\\n]{0,10}?(?:ないよう|ないか|たら困|ては困|と困|のが心配|心配|不安|怖|こわ|かもしれ|恐れ|おそれ|危険|可能性)|(?:lgbtq?|同性愛|ゲイ|レズ|トランスジェンダー|性的(?:少数者|マイノリティ))(?:は|って|が|も)[、,]?[^。！？!?\\n]{0,10}?(?:うつる|移る|伝染する|伝染(?:します|る)|感染する|うつります|移ります|影響で(?:なる|なります))`
export const PAIR_TOPIC = phrase('(?:男|男性|男子|女|女性|女子|男の(?:子|人)|女の(?:子|人))(?:同士|どうし)|同性|二人|ふたり|[2２]人|仲良|手をつな|ハグ|チョコ|バレンタイン|女装|男の娘|オネエ|ゲイ|ホモ|レズ|カップル|彼氏|彼女|ペア', 'u')
export const THAT_KIND_VETO = phrase('ハラスメント|からか|茶化|いじり|ネタにし|(?<!被)差別|偏見|多様性|lgbt|性的指向|お店|店|仕事|業界|ジャンル|音楽|映画|ゲーム|アニメ', 'u')
export const NORMAL_FAMILY = '(?:ふつう|普通|フツー|まとも|一般的|当たり前|ノーマル|伝統的)(?:の|な)(?:家庭|家族|結婚|夫婦|恋愛)(?:を|が)?(?:築|きず|持|も|作|つく|望|のぞ|目指|めざ|希望)[^。！？!?\\n]{0,16}?(?:方|男女|人|男性|女性|独身)(?:に限|のみ|限定|だけ|を対象|が対象|です)'
const BRIGHTEN = '(?:華やか|はなやか|華を添え|花を添え|彩り|いろどり|明るく|明るい雰囲気|雰囲気が(?:和|やわら|明る)|見栄え|若々し)'
export const SEX_LOOK_HIRE = `${BRIGHTEN}[^。！？!?\\n]{0,24}?(?<![一-龥])(?:若い)?(?:女性|女子|女の子|女の人)(?:の方)?(?:の|を|に)?(?:ご)?(?:応募|採用|募集|お待ち|歓迎|来て)|(?<![一-龥])(?:若い)?(?:女性|女子|女の子|女の人)(?:の方)?(?:の|を)?(?:ご)?(?:応募|採用|募集)[^。！？!?\\n]{0,20}?${BRIGHTEN}`
/**
 * Fathers presumed at work and mothers the ones at home with the children (ママたちのリフレッシュの場です。パパはお仕事で来られないと思うので、おうちで
 * 奥さんを…送り出してあげて): stereotype, warn. Not a condition (来られない場合は), not an offer for working parents.
 */
const FATHER = '(?:パパ|お父さん|お父様|父親|旦那さん|旦那様|ご主人|夫)(?:たち|達|の皆さん|の皆様|の方)?'
export const FATHER_AWAY = `${FATHER}(?:は|って)[、,]?[^。！？!?\\n]{0,10}?(?:お)?仕事(?:で|が|中|に)[^。！？!?\\n]{0,10}?(?:来(?:られ|れ)(?:ない|ません|ん)|参加(?:でき|され|し)(?:ない|ません)|忙し|いない|おらん|留守|無理)[^。！？!?\\n]{0,6}?(?:と思う|と思い|でしょう|だろう|はず|ので|から|けん|かと|かも|よね)|${FATHER}(?:は|って)[、,]?[^。！？!?\\n]{0,6}?(?:お)?仕事(?:なので|だから|やけん|ですから|でしょうから|だろうから)|(?:奥さん|奥様|奥さま|妻|嫁|ママ|お母さん)(?:を|ば)[、,]?[^。！？!?\\n]{0,8}?送り出して(?:あげて|あげま|やって|くださ)`
// Review rvdec59: not a family's own words told (…来られないので、ママと一緒に来ました、という親子も), not a course for such fathers (…パパのための講座).
export const FATHER_AWAY_VETO = phrase('場合|ときは|時は|方は|方も|方のため|方向け|のための|向けの|という(?:親子|ご家族|ご家庭|家族|家庭|方|声|お母さん|ママ|パパ|お話)|とのこと|と(?:話して|お話し|おっしゃ|教えて)|(?<!被)差別|偏見|決めつけ|ではありません|とは限ら|わけではな', 'u')
export const CHILDCARE_TOPIC = phrase('子育て|育児|ひろば|広場|保育|ママ|お母さん|赤ちゃん|親子|子ども|子供', 'u')
export const MOTHER_VETO = phrase('お父|おとう|父親|パパ|保護者|ご両親|両親|父母|家族|おうちの(?:人|方)|お家の(?:人|方)|どちらか|いずれか|または|もしくは|妊|産後|産婦|出産|授乳|母乳|乳房|助産|母子(?:健康)?手帳|母親学級|向け|限定|専用|(?<!被)差別|偏見|固定観念|役割分担', 'u')
/** … nor a gathering or a class kept for mothers, said in another sentence (ママ向けヨガ教室です。…ママがご参加ください). */
export const MOTHER_PVETO = phrase('(?:ママ|母親|お母さん|お母様|お母さま)(?:さん)?(?:向け|限定|専用|のみ|だけの|同士|友|会|サークル|カフェ|ヨガ|教室|講座|サロン)|母親学級|両親学級|妊|産後|産婦|授乳|母乳|助産', 'u')
/**
 * R327D-059 kind: a sexual minority, a foreign or a single-parent family measured against "ordinary" people (LGBTの方が普通の人と同じように安心して
 * 暮らせる, 同性カップルも普通の夫婦と同じように): the group made the abnormal one, warn (round 39's reading of disability, for the other groups).
 */
export const SAME_AS_NORMAL = '(?:ふつう|普通|フツー|ノーマル)(?:の|な)(?:人|方|方々|人たち|人間|子|お子さん|家族|家庭|家|お家|おうち|夫婦|カップル|男女|恋愛|結婚|日本人|市民|住民|お客(?:様|さま|さん))(?:の(?:子|子ども|子供|こども|お子さん|お子様|方|人))?(?:たち|達)?[”」』"〟]?(?:と(?:同じ|同様|変わら|おなじ)|並み|のように|みたいに|に(?:追いつ|追い付|おいつ|近づ|ちかづ|負けない|負けな|劣らない|引けを取らない)|(?:から|より)(?:遅れ|おくれ)|と(?:の)?(?:差|格差)(?:を|が)(?:埋め|縮め|なく))'
export const SAME_AS_TOPIC = phrase('lgbt|性的(?:少数|マイノリティ)|同性|トランス|ゲイ|レズ|バイセクシ|性的指向|性自認|sogi|パートナーシップ|外国|ハーフ|ひとり親|一人親|母子家庭|父子家庭|シングル(?:マザー|ファザー)|生活保護|在日|部落|同和|hiv|エイズ|ハンセン', 'u')
export const ONLY_NORMAL_TOPIC = phrase('lgbt|性的(?:少数|マイノリティ)|同性|トランス|ゲイ|レズ|バイセクシ|性的指向|性自認|sogi|多様な性|性の多様|障(?:害|がい|碍)|発達|特別支援', 'u')
/**
 * Blind dec61 (R330H; SENTENCE_KINDS): offhand exclusion, mockery and innuendo by front-line staff.
 * R330H-026 kind: a sexual minority's matter kept out of the others' sight because they would be surprised or put off (性別の変更に関するご相談は、
 * ほかのお客様が驚かれることもございますので、閉庁後に裏口からお越しいただくよう): the person as something to hide, warn (the dec56 reading of
 * 目に触れないよう, for the others' surprise and a back door or an after-hours visit). Not a time or a room offered at the person's wish.
 */
export const MINORITY_TOPIC_D = phrase('パートナーシップ|ファミリーシップ|同性|lgbt|性的(?:少数|マイノリティ)|トランス(?:ジェンダー|女性|男性)|性の多様|性別(?:の)?(?:変更|移行|適合)|性同一性|性別違和|戸籍(?:上)?の性別|性自認|hiv|エイズ', 'u')
export const STI_VETO = phrase('(?:同性|男性|女性)(?:間|同士|どうし)の?(?:性的接触|性行為|性交渉)(?![^。！？!?\\n]{0,60}?(?:必ず|絶対|義務|守る|うつさ|うつす|感染させ|原因))|通訳|多言語|やさしい日本語|母国語|英語|偏見|(?<!被)差別|誤解|ではありません|わけではな|とは限ら|誰でも|だれでも|どなたでも|誰もが|だれもが|どなたにも|関係なく|問わず|かかわらず|関わらず|リスク|やすいよう|やすく|いただけるよう|夜間にも|夜間も', 'u')
/** Block where a sexual minority or a people is named and made the source or told to be tested for the others (必ず, 周りの方を守る, 原因, 病気です). */
export const STI_UPGRADE = phrase('^(?=[^\\n]{0,160}?(?:同性|ゲイ|lgbt|性的(?:少数|マイノリティ)|外国))(?=[^\\n]{0,160}?(?:必ず|絶対|義務|守る|守るため|うつす|うつさ|移す|感染させ|原因|感染源|持ち込|広め|広げ|広が|ばらま|病気|(?<![一-龥])病(?![一-龥])))', 'u')
/**
 * R338N-051 kind: a child or a person praised or measured by being like her sex (華やかで女の子らしくてよかった, 男らしく我慢して, 女の子らしい服), or girls
 * praised for cheering rather than results (女子チームは勝ち負けよりも…盛り上げてくれる姿が): stereotype, warn. Not らしい of hearsay (女の子らしいです), not
 * the norm named to set it aside (女らしさ・男らしさにとらわれず).
 */
export const SEX_LIKE = '(?<![一-龥])(?:女の子|男の子|女性|男性|女子|男子|女|男)(?:らしくて|らしい(?:ところ|姿|一面)(?:が|も|で))[、,]?(?:とても|すごく|本当に|ほんとうに|いちばん|一番)?(?:よか|良か|よい|良い|いい|素敵|すてき|かわい|可愛|好感|微笑まし|ほほえまし|魅力)|(?<![一-龥])(?:女の子|男の子|女性|男性|女子|男子|女|男)らしい(?:服装|格好|かっこう|身なり|装い)(?:で|を|に)|(?<![一-龥])(?:女の子|男の子|女性|男性|女子|男子|女|男)らしく(?:泣か|我慢|がまん|堂々と|たくましく|おしとやかに|しとやかに|控えめに|ふるま|振る舞)'
export const GIRLS_CHEER = '(?:女子|女の子|女性)(?:チーム|選手|部員)?(?:たち|陣)?(?:は|には)[、,]?[^。！？!?\\n]{0,20}?(?:勝ち負け|成績|結果|記録|勝敗|実力|プレー)(?:より(?:も)?|よりか)[、,]?[^。！？!?\\n]{0,30}?(?:応援|声援|盛り上げ|華|笑顔|かわい|可愛|花|マネージャー|黄色い声)'
/**
 * Blind dec71 kinds (R349D, R352M; fix-DM2).
 * R349D-015 kind: a trans person's identity denied with contempt: the body or the register named as the truth whatever the identity (性自認が
 * どうであれ、体が男なら…, 生物学的に男である以上), and the person then called a man in women's clothes or plainly a man (中身は女装したおじさん,
 * 結局は男でしょう): block. Where the paragraph speaks of gender identity or of a women's space; not a festival's crossdress, not the words
 * quoted as hurtful (the paragraph naming prejudice keeps every kind out).
 */
export const TRANS_TOPIC = phrase('性自認|トランス|性同一性|性別違和|性別(?:の)?(?:変更|移行|適合)|心(?:は|が)(?:女|男)|lgbt|性的(?:少数|マイノリティ)|(?:女性|女子|女)(?:用)?(?:トイレ|更衣室|浴場|風呂|湯)|女湯', 'u')
const BODY_SEX = '(?:体|身体|からだ|カラダ|生物学的(?:に(?:は)?)?|戸籍(?:上)?|生まれ(?:つき)?|骨格|染色体|見た目|外見)(?:が|は|上は|的には|の性別が)?(?:男|女)(?:性)?'
const DRESSED_MAN = '(?:女装した|女装の|女の(?:格好|かっこう|恰好)をした|女のふりをした|女のフリをした|スカートを(?:はいた|履いた)|化粧をした)(?:男|男性|おじさん|おっさん|オヤジ|親父|じじい|変態)'
export const TRANS_DENIED = `(?:性自認|心の性|自認(?:する|している)?性(?:別)?|本人の(?:認識|自覚|気持ち|意識))(?:が|は|なんて|なんか)?[^。！？!?\\n]{0,8}?(?:どうであれ|どうあれ|何であれ|なんであれ|どうでも(?:いい|よか)|どう言おうと|どういおうと|関係(?:ない|なか)(?=[、,。！!]))[、,]?[^。！？!?\\n]{0,16}?${BODY_SEX}(?:なら|である以上|だから|やけん|である限り|なんだから|なんやけん|なのだから|でしょう|だろう|です(?![^。！？!?\\n]{0,2}?(?:が|けど))|だ(?=[。！!]|$)|や(?=[。！!]|$)|[。！!]|$)|${BODY_SEX}(?:なら|である以上|だから|やけん|である限り|なんだから|なんやけん|なのだから)[、,]?[^。！？!?\\n]{0,12}?(?:${DRESSED_MAN}|(?:中身|正体|結局|所詮|しょせん|要は|ただの)(?:は)?[、,]?(?:男|女|おじさん|おっさん|おばさん)(?:性)?(?:でしょう|だろう|です|だ|やろ|じゃ|なんだ|に(?:変わり|決まって|違いな)|[。！!]|$))|(?:中身|正体|結局|所詮|しょせん|要は|ただの|単なる)(?:は)?[、,]?${DRESSED_MAN}`
/**
 * R349D-053 kind: a protected group steered away from where others live, the neighbours' eyes given as the reason or the steering told as a
 * kindness (ＬＧＢＴのカップルの方からの住まいのご相談には、ご近所の目もあるので、中心部ではなく郊外の一戸建てをおすすめするようにしています):
 * warn. The group is named in the paragraph; not at the person's own wish (ご希望), not the neighbours' eyes denied or answered.
 */
export const STEERED_TOPIC = phrase(`lgbt|同性|性的(?:少数|マイノリティ)|トランス|性自認|パートナーシップ|外国(?:人|籍|の方|出身|にルーツ)|(?:${NATION})(?:人|籍|出身)|実習生|障(?:害|がい|碍)|車(?:いす|椅子)|生活保護|同和|部落|hiv|エイズ|精神疾患|ひとり親|母子(?:家庭|世帯)`, 'u')
/** Blind R354B-051 kind (DE): people urged to marry or bear children (独身のみなさんも早く結婚して産んでくださいね): stereotype, warn. */
export const URGED_TO_BEAR = '(?:独身|未婚|若い|新婚|夫婦|女性|男性|みなさん|皆さん|皆様)[^。！？!?\\n]{0,12}?(?:早く|はやく|さっさと|どんどん)(?:結婚|出産|子作り|産ん|産み|子ども(?:を)?(?:産|作|つく))[^。！？!?\\n]{0,12}?(?:ください|下さい|ましょう|しよう|ほしい|欲しい|なさい|なきゃ|べき|てね)'
/** Blind R359G-016 kind (DE): women told to keep out of a matter's running (女は黙って…。運営に口出しせんでください, 女が口を出すな): block. */
export const SILENCED = '(?<![一-龥])(?:嫁|女房|奥さん|家内|女|女性|おなご|女ども|女連中|母ちゃん|かあちゃん)(?:さん|たち|ら)?(?:は|って|なんて|なんか|が|ごときが)[、,]?[^\\n]{0,40}?(?:口出し|口を?出|口ば出|口を?挟|口をはさ|くちだし|差し出口)(?:す|し|せ)?(?:る|ない|ん)?(?:な(?![ぁ-ゖ])|なや|なよ|で(?:ください|下さい|ほしい|欲しい|ね|くれ|[。！!]|$)|んといて)'
/**
 * Blind R430F-016 kind: women or men assigned a role or kept from one as the proper order (会長は男性が務めるのが地域のため,
 * 役員は男がやるべき, 女なんかに議長は務まらない, 女は出しゃばらないほうがいい, 女性にはリーダーは向いていない, 家事や子育てがあるから女性に
 * 会長は無理): a gender role asserted, `decency/discriminatory` block. Kept clean: the stereotype quoted to be rejected (「家事は女性が
 * するもの」という思い込みをなくしましょう), a call for sharing (男性も家事や育児に参加しましょう), a fact or a figure (会長は男性が務める
 * ことが多いのが現状です), health advice (妊娠中の女性は…控えてください).
 */
const GENDER = '(?:女性|男性|女の人|男の人|女子|男子|女|男|母親|父親|主婦|お母さん|お父さん|奥さん|嫁)'
const ROLE_BY_GENDER = phrase(`(?:会長|副会長|役員|代表|リーダー|責任者|議長|委員長|班長|管理職|幹部|家事|子育て|育児|介護|料理|お茶くみ|お茶出し|力仕事|重い仕事)(?:は|を|も)[、,]?(?:やはり|やっぱり|当然|昔から)?[、,]?${GENDER}(?:が|の方が|のほうが|に)(?:務める|つとめる|やる|担う|する|引き受ける|なる|任せる|就く)(?:の|べき|もの)(?:が|で|は)?(?:地域のため|当然|当たり前|あたりまえ|自然|一番|筋|いい|良い|よい|望ましい|ふさわしい|正しい|本来|あるべき|決まり|です|だ)`)
const GENDER_UNFIT = phrase(`${GENDER}(?:は|には|なんか|なんて|なら|なんだから|だから|ですから)[、,]?[^。！？!?\\n]{0,20}?(?:向いていない|向いてない|向いていません|向かない|務まらない|務まりません|つとまらない|出しゃばら|でしゃばら|黙って(?:いる|いれ|おく|て)|一歩下が)`)
const GENDER_BUSY = phrase(`${GENDER}(?:は|には)[、,]?[^。！？!?\\n]{0,12}?(?:家事|子育て|育児|家庭|家のこと)[^。！？!?\\n]{0,8}?(?:ありますから|あるから|あるので|ありますので|がありますし|で忙しいから)[、,]?[^。！？!?\\n]{0,30}?(?:${GENDER}(?:が|に)|無理|向いていない|向かない|務まらない|できない)`)
const GENDER_OK = phrase('思い込み|固定観念|固定的|偏見|決めつけ|という考え|という意識|といった考え|とされて|役割分担意識|なくし|見直|問わず|関係なく|ではありません|ではなく|ではない(?!でしょうか)|時代ではない|男女共同参画|共同参画|アンケート|調査|割合|回答|もっと|積極的|分担|協力|参加しましょう|妊娠|妊婦|産後|授乳|ことが多い|現状|昔は|かつて|でしたが|差別|という声|という意見|との声|との意見', 'u')

/** Women or men assigned a role or kept from one as the proper order (discriminatory block): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function genderRoleAsserted(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  if (/女|男|母|父|主婦|嫁|奥/u.test(fo)) {
    for (const re of [ROLE_BY_GENDER, GENDER_UNFIT, GENDER_BUSY]) {
      let hit = false
      for (const m of matchAllOf(re, fo)) {
        const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
        if (GENDER_OK.test(fo.slice(s, e))) continue
        found.push([m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD.discriminatory])
        hit = true
        break
      }
      if (hit) break
    }
  }
  return found
}
