/**
 * decency — disability and illness: disabled people shut out, called a burden or a yardstick of easy, services called useless to them;
 * an illness blamed on the one who passed it on. Stays clean: reasonable accommodation, the group's own programme, a benefit's terms.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { matchAllOf } from '../../regex'
import { phrase } from '../../words'
import { AWARENESS, NATION, INSTEAD, REPORTED, DENIED, ANSWERED, LAUGHED121, SLUR_TALK, DISABLED, AGED, DISMISSED, PRESUMED_NOT, LAUGH_MARK, NAMES_PREJUDICE, AGAINST, LAUGH50, GROUP52, MANY52, SERVED52, previousSentence, MASK72, MOOD_NAMED, NIGHT92, LEER92, SIMILE, mockingSaid, AWARE121, STI_SOURCE, sentenceRange, type Rule, type Phrase } from './context'

/** What DISABLED, AGED and OLD_KIN cannot match without (folded), to gate the round 15 phrases on the group rather than on an ending. */
export const DISABLED_NEED = ['見えない', '見えにくい', '聞こえない', '聞こえにくい', '悪い', '不自由な', '障', '車椅子', '車いす', '全盲', '難聴', 'ろう者', '聾者', '盲人']
export const R23_DEMENTIA = '(?:認知症|知的障(?:害|がい|碍)|ダウン症|精神障(?:害|がい|碍)|自閉症)'
/**
 * Round 63 (R63A-003): disabled people framed as objects of pity (…障害者就労施設の皆さんにお願いしています。健常者に比べると時間は
 * かかりますが、かわいそうな人たちにも仕事を、という思いで): the pity word said of people (かわいそうな人たち, 気の毒な方々, 不憫な子たち,
 * 哀れな人, かわいそうか人たち) with the disabled named in the sentence or the one before, or set against 健常者: condescension, block.
 * Not the frame named to be rejected (「かわいそうな人」と決めつけないで, かわいそうな人ではありません, と見られがち), not animals (保護犬,
 * 子猫), not people hit by a disaster or an accident without a disability named.
 */
const PITY = '(?:(?:かわいそう|可哀想|可哀そう|かわいそ)(?:な|か)|気の毒な|哀れな|あわれな|不憫な|ふびんな)(?:人|方|子|子ども|子供|お子さん|者|連中)(?:たち|達|ら|々)?'
const DISABLED_NEAR = phrase(`${DISABLED}|障(?:害|がい|碍)|健常者|車(?:椅子|いす)|作業所|授産|就労(?:継続|移行)|特別支援|ダウン症|自閉症|知的なおくれ|手話|点字`, 'u')
const PITY_REJECTED = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|と(?:見|思わ|言わ|いわ|考え|決めつけ|捉え|とらえ)|扱い|決めつけ|思い込み|偏見|(?<!被)差別|誤解|誤り|人権|啓発|とは限ら', 'u')
/** Animals a pity word may be said of (保護犬, 子猫): not people. */
export const ANIMAL63 = phrase('犬|猫|ねこ|ペット|動物|子犬|子猫|譲渡|里親|保護犬|保護猫', 'u')
export const R63_EARLY: Phrase[] = [
  // Disabled people framed as objects of pity (R63A-003: …障害者就労施設の皆さん…健常者に比べると…かわいそうな人たちにも仕事を).
  {
    rule: 'decency/discriminatory',
    re: phrase(PITY),
    need: ['かわいそ', '可哀', '気の毒', '哀れ', 'あわれ', '不憫', 'ふびん'],
    instead: '障がいのある方を「かわいそう」と見下さず、取り組みや仕事ぶりそのものを紹介してください（例：「市内の障がい者就労施設の皆さんに清掃をお願いしています」）',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      if (PITY_REJECTED.test(sen) || PITY_REJECTED.test(fo.slice(b, b + 12))) return false
      const prev = previousSentence(fo, s)
      if (ANIMAL63.test(sen) || ANIMAL63.test(prev)) return false
      return DISABLED_NEAR.test(sen) || DISABLED_NEAR.test(prev)
    },
  },
]
/** Round 35: the groups a sentence may send apart or guard against (a disability, dementia, a people, a sexual minority, welfare, 部落). */
export const G35 = `(?:障(?:害|がい|碍)|認知症|発達|知的|精神|車(?:いす|椅子)|外国|実習生|留学生|ホームレス|生活保護|ひとり親|部落|同和|特別支援|支援学級|支援学校|hiv|エイズ|同性|トランス|lgbt|性的(?:少数|マイノリティ)|(?:${NATION})(?:人|系|籍))[^。！？!?\\n]{0,8}?(?:方|人|子|児|者|生徒|児童|さま|様|世帯|家庭|カップル)`
/**
 * Round 84 (blind R84A/R85A): kinds the blind drafts found missed.
 * Block kinds (R84_EARLY, before every other phrase so that a milder reading of the same words does not hold the span):
 * - A race or a people given an inborn body or talent (まあ黒人は生まれつき身体能力が違うけん、日本人が勝てんのは仕方なかよね,
 *   アフリカ系の選手は遺伝的にバネが違う, ブラジル人はdnaにリズムが刻まれとる): the people named, then 生まれつき, 生まれながら, 遺伝,
 *   血 or dna, then an ability or a difference; not the belief named to be rejected (という思い込み, 偏見, ではありません), not a
 *   person's own inborn illness (生まれつき心臓に病気が).
 * - ボケ said of a person as a joke where the post speaks of dementia or the old and laughs (認知症カフェ…同じ話を5回聞かされました😂
 *   …こっちがボケそう〜, デイサービスで…私の方が先にボケちゃいそう🤣): the illness made a gag, block; not 寝ぼけ, ピンボケ, 時差ボケ,
 *   manzai (漫才, ツッコミ), a photo or the flower, not without a laugh.
 * Late kinds (R84, after the groups):
 * - A sex steered away from an activity or a path and handed a lesser one as enough for it (女の子は無理に運動せんでも、家庭科部とかで
 *   十分やと思う, 女子は大学まで行かなくても短大で十分): block; not both sexes named (女の子も男の子も), not health (体調, 生理, けが),
 *   not the notion named to be rejected (という考え, 偏見).
 * - Old people's teeth, hearing aids or bodies made a show for a laugh (入れ歯がカタカタ鳴ってちょっとした打楽器演奏会でした🤣): warn;
 *   where the post speaks of the old; not dentures cared for (入れ歯の手入れ, 口腔ケア, 歯科).
 * - The old called monsters or relics (平均年齢はなんと82歳！もはや妖怪の集まり👻, 化石みたいなじいちゃんたち): warn; not a yokai
 *   event, a museum's fossils, a costume.
 * - A disabled person's missing limb or sense set against what they do, as a wonder (やなぎんより足がないのに、なんでそんなにはやいの〜？,
 *   目が見えないのに上手): warn; where the post speaks of a disability or para sport; not 交通の足, 人手, 打つ手.
 * - Women athletes' or staff's clothing called daring with a leer or the men's eyes on it (女子の部のユニフォームがちょっと攻めてる
 *   らしい😏 沿道の男性陣は応援にも熱が入りそう): sexual warn; not a design told plainly.
 */
const RACE = `(?:(?<![一-龥])黒\\s?人|(?<![一-龥])白\\s?人|黄色人種|アフリカ系|ラテン系|アジア系|(?:${NATION})(?:人|系|出身|生まれ)|ハーフ(?=の|は|って|さん|選手))(?:の)?(?:選手|ランナー|ダンサー|子|子ども|方|人|皆さん|たち|達)?(?:たち|達)?`
const INNATE = '(?:生まれつき|生まれながら(?:に|の)?|もともと(?:の)?(?:体|からだ)の(?:つくり|作り|構造)|遺伝(?:的に|的な|子(?:が|の|レベル|的に)?|で)|(?:dna|ＤＮＡ)(?:が|に|の|レベル|から)?|血(?:筋|統)?(?:が|で|的に|の(?:違い|せい|おかげ))|体の(?:つくり|作り|構造)(?:が|から))'
const GIFT84 = '(?:身体能力|運動能力|運動神経|足(?:が)?(?:速|はや)|足の速さ|リズム感|リズム|バネ|筋肉|骨格|体格|持久力|瞬発力|跳躍力|肺活量|心肺|スタミナ|センス|才能|能力|頭の?(?:良|よ|悪|わる)|知能|違(?:う|い|っ)|ちが(?:う|い|っ)|別物|敵わ|かなわ|勝て)'
const INNATE_VETO = phrase('思い込み|偏見|(?<!被)差別|決めつけ|固定観念|ステレオタイプ|誤解|根拠(?:は|の)?(?:ない|ありません)|(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|とは限ら|努力|練習量|トレーニングの成果', 'u')
const BOKE = '(?<!寝|ね|ねぼ|時差|ぴん|平和|天然|つっこみ|つっこみと)ぼけ(?:そう|ちゃ(?:う|い|った|いそう)|てしま(?:う|い|った|いそう)|て[^。！？!?\\n]{0,12}?(?:忘れ|わすれ|分から(?:ん|な)|わから(?:ん|な)|覚えて(?:な|ない|おら|へん))|てまう|ちま(?:う|い)|る(?:わ|よ|って|かも|[〜~ー！!。…]|$)|ます(?:よ|ね|[〜~ー！!。…]|$))'
const ELDER_OR_DEMENTIA = phrase(`認知症|痴呆|介護|デイサービス|老人ホーム|敬老|高齢|お年寄り|年寄り|老人|シニア|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|祖父|祖母|じいじ|ばあば`, 'u')
const BOKE_VETO = phrase('漫才|まんざい|ツッコミ|つっこみ|お笑い|コント|大喜利|写真|ピント|カメラ|レンズ|木瓜|盆栽|花が|(?<!被)差別|偏見|と呼ば|と言わ|言っては|使わない', 'u')
export const R84_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${RACE}(?:は|って|には|の場合|なら|やけん|だから)?[、,]?(?:まあ|やっぱり|やっぱ|やはり|結局|所詮|しょせん)?[、,]?[^。！？!?\\n]{0,10}?${INNATE}[^。！？!?\\n]{0,10}?${GIFT84}`),
    instead: '人種や出身で身体や能力を決めつけず、選手一人ひとりの練習や記録を紹介してください（例：「招待選手の皆さんの走りにご注目ください」）',
    keep: (fo, s) => !INNATE_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(BOKE),
    need: ['ぼけ'],
    instead: '病気や障がいを軽い呼び名で呼ばず、正式な名称で書いてください（例：「認知症カフェで、参加者の皆さんとゆっくりお話ししました」）',
    keep: (fo, s) => {
      const nl = fo.lastIndexOf('\n', s.start)
      const end = fo.indexOf('\n', s.end)
      const para = fo.slice(nl + 1, end < 0 ? fo.length : end)
      return ELDER_OR_DEMENTIA.test(para) && phrase(LAUGH_MARK, 'u').test(para) && !BOKE_VETO.test(para)
    },
  },
]
/**
 * Round 92 (blind R92A–R95A). Block kinds (R92_EARLY, ahead of the other phrases so that they hold their span):
 * - A wish or an order that people go back to their country (ルールを守れないなら国に帰ってほしい, 自分の国へ帰れ, 国に帰ればいいのに):
 *   exclusion by nationality, when the paragraph names foreigners or a condition put to them (…なら); not a trip home told
 *   (国に帰って家族と過ごす), not a wish to stay (帰ってほしくない), not the words named as hate (「国に帰れ」といったヘイト).
 * - 池沼 (plain or with a letter masked: 池〇) as the predicate of a question or a guess about a person who failed (分別表ば見ても
 *   できんとか、池〇なん？, 何回言うても分からんって池〇やろ): the slur used; not a masked name or place without a failure before it.
 * - A disability presumed of a person as a jibe, with でも or か何か (失礼ながら知的障害でもお持ちなのではと疑ってしまいます, 発達障害か何か
 *   なんですかね？): not a parent's worry met with a service (…があるのではと心配な方はご相談ください).
 * - A misuse whose doers are said to be mostly of a group (救急車をタクシー代わりに呼ぶのは、正直なところ生活保護の人と外国人が多い印象です,
 *   軽い症状なのに救急車を呼ぶ人は、やっぱり外国人の方が多い): as round 52 with misuse (タクシー代わり, 不正利用, コンビニ受診) as the wrong.
 * - The unmarried or childless called deficient as people (結婚できない人って、結局どこか人として欠けているところがある, 独身の人は人間的に
 *   どこか問題がある): not a form's fault (手続きに問題がある場合), not the notion named (偏見, 決めつけ).
 * - A person picked out by a sexual body part's size (胸の大きい参加者さんのテーブルばっかり案内しちゃう, お尻の大きい奥さん): sexual; not
 *   a screening (乳がん検診), not a bird, not a thing (胸の大きい名札).
 * - 夜の + an activity asked of a woman with a leer (若い奥さん、スタイル良すぎて…🤤 夜の読み聞かせもお願いしたい): sexual innuendo aimed at
 *   her, block; the same innuendo about a thing (ムフフな夜のおともに…😏) is warn (R92).
 * Warn kinds (R92, after the groups):
 * - An old person's infirmity (耳が遠い, 物忘れ, 老眼, 入れ歯) made the joke with a laugh where age is the topic (平均年齢はなんと78歳！
 *   耳が遠い方も多いので、打ち合わせはいつも大声大会です😂): ageism; not help given without a laugh, not one's own.
 * - A chore called a woman's accomplishment or domain (お料理やお裁縫は女性のたしなみ, ごみの分別は奥さんの腕の見せどころ) and a husband's
 *   share called a favour to her (旦那さんは、せめてごみ出しくらいは手伝ってあげて): sex-role stereotype; not the notion named.
 * - A sex given a trait as a general truth (女の人は財布のひもが固いですからね, 男の人ってみんな記念日を忘れる生き物): stereotype; not data.
 * - A participant's belly or build said to need a diet to be chosen (そのお腹だと次の婚活までにダイエットせんと厳しか): lookism; not health advice.
 * - Staff called handsome or pretty and the other sex invited for it (協力隊の2人、どちらも爽やかなイケメンです！独身女性の皆さん、移住相談に
 *   来るなら今ですよ): lookism; not an actor or the 美人の湯.
 * - A visit while the husband is away said to please the wives, with a leer (旦那さんのいない昼間に伺うと奥さん方がとても喜んで😏): innuendo.
 */
const GO_HOME = '(?:(?<![一-龥])国|母国|祖国|本国|自国)(?:に|へ|さ)[、,]?(?:とっとと|さっさと|早く|はよ|はよう|すぐに)?帰(?:って(?:ほし|欲し|もらいた|もらえば|ください|下さい|くれ(?![るたてば]))(?!く(?:な|あ|は))|って[一-龥][ぁ-ゖ]{0,2}?(?:ば|たら)(?:いい|よい|良い|よか|ええ)(?![なね])|れ(?![ばるなたてずまんへ])|れば(?:いい|よい|良い|よか|ええ)|ったら(?:いい|よい|良い|よか|ええ)|るべき|りなさい|んなさい)'
const GO_HOME_TO = phrase('外国|留学生|実習生|移民|難民|在日|よそ者|よそもん|日本(?:の|に|で|が|人)|(?:中国|韓国|朝鮮|ベトナム|フィリピン|ブラジル|ネパール|インドネシア|ミャンマー)(?:人|の人|の方)|(?:守れ|でき|従え|合わせられ|なじめ|馴染め|わから|分から|話せ|しゃべれ|喋れ)(?:ない|ん|ぬ)(?:の|ん)?なら|(?:嫌|いや|不満|文句)(?:なら|がある(?:の|ん)?なら)', 'u')
const GO_HOME_NAMED = phrase('ヘイト|(?<!被)差別|偏見|人権|許され|許さない|いけません|やめ|言われ|いわれ|言葉|暴言|傷つ', 'u')
const IKE = `(?:(?<![一-龥])池${MASK72}|(?<![一-龥〇○●◯◎×✕✖*＊■□])${MASK72}沼|(?<![一-龥])池沼)(?:なん|なの|やろ|だろ|じゃろ|でしょ|ですか|じゃね|じゃない|やん|やね|か(?=[？?]))`
const FAILED = phrase('でき(?:ない|ん|ず|なく|ませ|とら)|わから|分から|読め(?:ない|ん)|守れ|覚えられ|理解でき|何回|何度|何べん|なんべん|お前|おまえ|あんた|こいつ|あいつ|そいつ', 'u')
const PRESUMED_ILL = '(?:(?:知的|発達|精神|学習)障(?:害|がい|碍)|(?<![一-龥])障(?:害|がい|碍)|知恵遅れ)(?:でも|か何か|かなんか|かなにか)[、,]?(?:お?持ち|もって|持って|抱えて|おあり|あ(?:る|り|っ)|なん|なの)[^。！？!?\\n]{0,10}?(?:のでは|んじゃ|のじゃ|のか|んか|っちゃ|と(?:疑|思)|としか|やろ|だろ|でしょ|かな|かしら|ですか|かね|[？?])'
const ILL_HELP = phrase('心配|不安|相談|気にな|窓口|受診|検査|診断|支援|お知らせ', 'u')
const MISUSE = '(?:タクシー(?:代わり|替わり|がわり|感覚)|(?:軽症|軽い症状|大したことな|たいしたことな|大したことのな)(?:い)?(?:なのに|で|でも|の(?:に|人が|方が))[^。！？!?\\n]{0,8}?(?:呼|通報|119|受診)|(?:不適正|不正|安易|気軽)(?:な)?(?:利用|通報|受診|使用|呼び出し)|コンビニ受診|悪用|乱用|濫用|いたずら(?:電話|通報)|ただ乗り|タダ乗り|無賃乗車)'
const SINGLE = '(?:結婚(?:でき|せ|し(?:て(?:い)?|と(?:ら)?)?)(?:ない|ん|なか|ません|ず)(?:まま)?(?:の)?|独身(?:の)?|未婚(?:の)?|婚期(?:を)?(?:逃した|過ぎた)|子(?:ども|供)?(?:が|を)?(?:いない|おらん|産まない|産まん|作らない)|子なし(?:の)?|バツイチ(?:の)?)(?:人|方|男|女|者|男性|女性|連中)(?:たち|達|ら)?'
const DEFICIENT = '(?:人として|人間として|人間的に|性格(?:的に|に)|人格(?:的に|に)|どこか|根本的に)[^。！？!?\\n]{0,8}?(?:欠け|欠陥|問題(?:が|の)?(?:ある|あり|あっ|あん)|おかし|足り(?:ない|ん|てない)|劣っ|難(?:が|の)?(?:ある|あり|あっ)|未熟|ダメ|だめ)'
const SINGLE_OK = phrase('手続|書類|申請|届|窓口|不備|場合|(?<!被)差別|偏見|決めつけ|思い込み|ではありません|わけではな|とは限ら|ことはありません|固定観念', 'u')
const BIG_PART = '(?:胸|おっぱい|バスト|お尻|おしり|(?<![一-龥])尻|ヒップ)(?:の|が)(?:大き|おおき|でか|おっき|豊か|ふくよか|立派)(?:い|め|な|すぎる)?(?:の)?(?:参加者|女性|女の子|女子|お姉さん|奥(?:さん|様|さま)|人妻|娘|(?<![一-龥])子(?!豚|牛|馬|犬|猫|鳥|ども|供)|方|(?<![一-龥])人|職員|スタッフ|ママ|お客|利用者|受付|新人|受診者|患者|来場者|来館者|受講者)'
const BIG_PART_OK = phrase('検診|健診|しこり|乳がん|乳癌|マンモ|授乳|母乳|下着|ブラジャー|採寸|症状|受診|医師|(?<!被)差別|セクハラ', 'u')
const ASKED92 = phrase('お願い|して(?:ほし|欲し|もらい|もらえ|くれ)|頼み|頼ん|やってほし', 'u')
const HER_LOOKS = phrase('スタイル|美人|美女|若い(?:奥さん|奥様|女性|子|お姉さん|ママ)|かわい|可愛|色っぽ|セクシー|奥さん|奥様|お姉さん|人妻|ママ', 'u')
export const R92_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(GO_HOME),
    need: ['国'],
    instead: '国籍や出身で「国に帰って」と排除する言葉を使わず、守ってほしいルールと案内の方法を書いてください（例：「ごみの出し方は、やさしい日本語と英語の案内もご覧ください」）',
    keep: (fo, s, a) => GO_HOME_TO.test(fo.slice(Math.max(0, a - 150), a)) && !GO_HOME_NAMED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(IKE),
    need: ['池', '沼'],
    instead: INSTEAD.discriminatory,
    keep: (fo, s, a) => FAILED.test(fo.slice(s.start, a)) && !SLUR_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(PRESUMED_ILL),
    need: ['障害', '障がい', '障碍', '知恵遅れ'],
    instead: '障がいを悪口や当てこすりの材料にせず、分かりにくい点を案内してください（例：「分別で迷ったときは、ごみ分別アプリで品目を検索できます」）',
    keep: (fo, s) => !ILL_HELP.test(fo.slice(s.start, s.end)) && !AGAINST.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${MISUSE}[^。！？!?\\n]{0,10}?(?:は|って|の(?:多く|大半|ほとんど|[0-9０-９七八九]割)(?:は|が))[、,]?[^。！？!?\\n]{0,12}?${GROUP52}(?:が|に|の(?:方|人)が)[、,]?(?:圧倒的に|やっぱり|やはり|どうしても|特に|明らかに)?${MANY52}|${MISUSE}[^。！？!?\\n]{0,10}?は[、,]?(?:正直|正直なところ)?[、,]?(?:ほとんど|ほぼ|大半|たいてい|大抵|決まって|だいたい)(?:が)?[、,]?${GROUP52}`),
    instead: '不適正な利用を特定の属性の人たちと結びつけず、適正利用のお願いだけを書いてください（例：「救急車は、命に関わる緊急時にご利用ください」）',
    keep: (fo, s, _a, b) => { const t = fo.slice(s.start, s.end); return !AGAINST.test(t) && !ANSWERED.test(t) && !SERVED52.test(t) && !REPORTED.test(fo.slice(b, b + 16)) && !DENIED.test(fo.slice(b, b + 30)) },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${SINGLE}(?:って|は|なんて|ちゃ|というのは|ってのは)[、,]?[^。！？!?\\n]{0,12}?${DEFICIENT}`),
    instead: '結婚や子どもの有無で人を欠けた人のように言わず、催しの内容を書いてください（例：「婚活イベントは、新しい出会いのきっかけづくりの場です」）',
    keep: (fo, s) => !SINGLE_OK.test(fo.slice(s.start, s.end)) && !MOOD_NAMED.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(BIG_PART),
    need: ['胸', 'おつぱい', 'ばすと', '尻', 'ひつぷ'],
    instead: INSTEAD.sexual,
    // Blind R354B-014 kind (DE): a screening's words do not excuse the remark when the sentence laughs at it (胸の大きい受診者さんばっかり…🤣).
    keep: (fo, s) => !BIG_PART_OK.test(fo.slice(s.start, s.end)) || LAUGHED121.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(NIGHT92),
    need: ['夜', 'よる', '今晩'],
    instead: INSTEAD.sexual,
    keep: (fo, s, a, b) => LEER92.test(fo.slice(Math.max(0, a - 40), Math.min(fo.length, b + 40))) && ASKED92.test(fo.slice(b, s.end)) && HER_LOOKS.test(fo.slice(Math.max(0, a - 80), a)),
  },
]
/**
 * Round 103 (blind R103A). Block kinds (R103_EARLY, ahead of the other phrases):
 * - A service refused to a protected group in a notice, the refusal in a plain negative closed by こと / 方針 / 予定 or a decision
 *   (外国人の方のみで構成される団体からの予約はお受けしないことといたしました, …の利用は受け付けない方針です, …にはお貸ししないことと
 *   しました, …の予約はお断りすることにしました) or in a polite negative not listed elsewhere (お受けしません, お貸ししません, ご利用
 *   いただきません): a nationality, disability, sexual-minority or 部落 group, then an act (予約, 利用, 貸し出し …) refused. Not the group
 *   merely included in a closure (…を含め, 問わず), not a legal or safety limit (在留, 法令, 台風, 工事), not a fee (入場料).
 * - A protected group used as a simile of clumsiness or stupidity for laughs (まるで障害者みたいな動きで会場大爆笑, オカマっぽい走り方
 *   でウケた, 外国人みたいな変な発音😂): disability, nationality or sexuality group, then みたいな / のような / っぽい / 並みの and a manner
 *   (動き, プレー, 顔, しゃべり方 …), with a laugh or a word of badness in the sentence. The same of the old (年寄りみたいな走り方笑) is
 *   warn (R103). Not a simulated-ageing or empathy exercise (疑似体験, 理解), not a manner praised without a laugh.
 * Warn kinds (R103, after the groups):
 * - People's bodies appraised as eye candy (選手の太ももが…「目の保養」って大盛り上がり😍, 団員さんの腹筋、最高でした😍): a person's
 *   body part, then in the sentence 目の保養 / 眼福 / たまらん / うっとり / キャーキャー, or 盛り上がり / 最高 with a leering emoji.
 *   Not training, an injury or a game (トレーニング, 肉離れ, 風船割り).
 * - Children or people named by body type teased about slimming (ﾎﾟｯﾁｬﾘ組の子たちも…お腹がへこんだかな？笑, 太めの子たちも少しは
 *   痩せたかな（笑）): a body-typed group, then お腹がへこむ / 痩せる / スリムになる / 体重が減る and a laugh. Not a health class.
 * A quoted discriminatory complaint answered with reassurance or agreement (「オ〇マみたいな人が…気持ち悪い」という声もありましたが、
 * ご安心ください。監視員がしっかり巡回しています) is an endorsement, not a mention: see `readersReassured`.
 */
export const PROTECTED = `(?:外国(?:籍)?(?:の)?(?:方|人|お客様)|外国人|(?:${NATION})(?:人|籍|系|出身)(?:の(?:方|人|お客様))?|(?:${NATION})(?:から|から来た)?の(?:方|お客様|観光客|団体客|団体|留学生|労働者|住民)|技能実習生|実習生|留学生|移民|難民|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|お子さん)|(?:知的|精神|発達|身体)障(?:害|がい)(?:者|の(?:ある)?(?:方|人))?|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人)|同性(?:カップル|愛者|パートナー)|同性同士|lgbtq?|性的(?:少数者|マイノリティ)(?:の(?:方|人))?|トランスジェンダー(?:の(?:方|人))?|(?:同和地区|被差別部落|部落)(?:出身)?の(?:方|人))`
const ACT103 = `(?:ご|お)?(?:予約|利用|貸し出し|貸出|申し?込み?|参加|入場|入館|入室|入会|入居|宿泊|契約|来店|入店|乗船|応募|登録|受講|使用)(?![料券金費税])(?:の(?:お)?申し?込み?)?`
const NEG103 = `(?:お受け|お引き受け|引き受け|受け付け|受付|お貸し|貸し出し|お貸し出し|受け入れ|受入れ?|お受け入れ)(?:を|は)?(?:し|いたし|致し)?(?:ない|ません)|(?:いただか|頂か|させ)(?:ない|ません)|(?:お断り|お断わり|おことわり)(?:する|いたす|致す|申し上げる)`
const DECIDED = `(?:こと|方針|予定|形|運用)(?:と|に)?(?:いたしました|致しました|しました|します|いたします|なりました|なります|させていただ|した|する|です|で(?:す|ござい))|(?=[。！!]|$)`
const REFUSED = `${PROTECTED}[^。！？!?\\n]{0,40}?${ACT103}(?:は|を|も|について(?:は)?)[、,]?[^。！？!?\\n]{0,10}?(?:${NEG103})(?:${DECIDED})`
const REFUSED_OK = phrase('含め|含む|問わず|限らず|かかわらず|関わらず|すべての|全ての|どなたも|皆様の|在留|ビザ|査証|法令|法律|条例|台風|荒天|悪天候|工事|改修|点検|休館|満員|満席|定員|感染|ことは(?:ありません|ございません|ない)|わけでは|(?<!被)差別|偏見|人権|許され|あってはな', 'u')
export const SIMILE_GROUP = '(?:障(?:害|がい|碍)(?:者|児)|身障者|知恵遅れ|池沼|がいじ|(?:知的|精神|発達)障(?:害|がい)(?:者)?|ダウン症(?:の人|の子)?|自閉症(?:の人|の子)?|外国人|外人|(?:中国|韓国|朝鮮|ベトナム|フィリピン|インド|アフリカ|黒)人|オカマ|おかま|オネエ|ホモ|ゲイ|レズ)'
export const R103_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(REFUSED),
    instead: '国籍や障がい・性のあり方などで利用を断らず、守ってほしい利用のルールそのものを書いてください（例：「団体利用の際は、利用規約の遵守をお願いします」）',
    keep: (fo, s, a, b) => !REFUSED_OK.test(fo.slice(Math.min(s.start, a), Math.max(s.end, b))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(SIMILE(SIMILE_GROUP)),
    instead: '障がいや国籍、性のあり方を失敗やぎこちなさのたとえに使わず、起きたことそのものを書いてください（例：「1回戦から自滅が続く苦しい展開でした」）',
    keep: mockingSaid,
  },
]
/**
 * Round 106 (blind R106A). Block kinds (R106_EARLY, ahead of the other phrases):
 * - Support for a group called not worth the taxes (耳の聞こえない人のためにそこまで税金を使う必要があるのか疑問です, 車いすの人のために
 *   そんなにお金をかける必要ある？, 外国人のために市の予算を使うなんて無駄): group + のために + 税金/予算/お金 + 必要があるのか/無駄/
 *   もったいない/疑問. Not the prejudice named or answered (差別, 偏見, ではありません), not a budget told (確保しました).
 * - Disabled applicants suspected of cheating because they do not look disabled (障害があるように見えない方が…サービス目当てなのでは
 *   と感じる): 障害があるように見えない / 見た目は元気 + 目当て/不正/ずる/楽をしたい/仮病. Not the suspicion named wrong (偏見, やめ).
 * - The old called useless to society (社会の役に立たなくなった老人, 年寄りはもう用済み): 役に立たない/用済み/お荷物/穀潰し right before
 *   the old, or the old as its subject. Not the notion denied (ことはありません, 思われがち).
 * Warn kinds (R106, after the groups):
 * - The old mocked for their memory (どうせ半分は内容を覚えていないでしょうし😅 at a 敬老会): どうせ + 覚えていない/忘れる + a laugh or 😅,
 *   the old or 敬老 named in the post.
 * - People with dementia or a disability likened to small children with a laugh (幼稚園の子でもできるくらいの…認知症の皆さんでも安心です
 *   （笑）): a child as the yardstick + the group + でも, a laugh.
 * - Young women as the draw for men (若い女性の受講生が多くて…華やかに…男性の皆さんもいかがですか？😏): 若い女性 + 多い/ばかり + 華やか
 *   + men invited with a leer or a catch (😏, チャンス, 出会い); not a class's make-up told plainly (男性の受講生もお待ちしています).
 */
const TAX_GROUP = `(?:${DISMISSED}|耳の(?:聞こえ|きこえ)ない(?:人|方)|目の見えない(?:人|方)|認知症の(?:人|方)|ホームレス|難民|移民)`
const TAX = `(?:${TAX_GROUP})(?:たち|達|の方々)?(?:の(?:ため|為)(?:だけ)?に|なんか(?:の(?:ため|為))?に|なんぞに|ごときに)[^。！？!?\\n]{0,16}?(?:税金|血税|予算|公費|公金|お金|市の(?:お)?金|金)[^。！？!?\\n]{0,24}?(?:必要(?:が|は)?(?:ある|あん)(?:の|ん)?(?:か|です(?:か|かね)|でしょうか|やろか|かな)|必要(?:なの|なん)(?:か|でしょうか|ですか)|無駄|むだ|もったいな|疑問|おかしい|納得(?:いか|でき)|理解でき(?:ない|ん))`
const TAX_OK = phrase('(?<!被)差別|偏見|人権|啓発|誤解|思い込み|決めつけ|(?:では|じゃ)(?:ない|ありません)|という(?:ご)?(?:声|意見)|との(?:ご)?(?:声|意見)', 'u')
const LOOKS_FINE = '(?:障(?:害|がい|碍)(?:が|の)?(?:ある|あるよう|者の?よう)(?:に|には)(?:は)?(?:見えない|見えん|見えな|思えない)|見た目(?:では|は|には|で|じゃ)?[、,]?(?:元気|健康|普通|ふつう|健常)(?:そう|な|に見え))'
const CHEAT = '(?:目当て|目的(?:な|じゃ|では)|不正|ずる(?:い|く|し)|ズル|楽を?(?:し|する)|得を?(?:し|する)|仮病|嘘|うそ|偽り|偽装|ふり|フリ|甘え|悪用)'
const CHEAT_OK = phrase('(?<!被)差別|偏見|思い込み|決めつけ|誤解|やめ|いけません|いけない|ではありません|(?:疑|うたが)わない', 'u')
const USELESS106 = `(?:(?:社会|世の中|地域|誰|だれ|何|なん)(?:の|にも|も)?)?(?:役に立たなく(?:なった|なっとる|なってる|なっている)|役に立たない|役に立たん|役立たずの?|用済みの?|お荷物の?|穀潰しの?|ごくつぶしの?|無用の?)(?:${AGED}|じじい|ばばあ|老いぼれ)|(?:${AGED}|じじい|ばばあ)(?:は|なんて|なんか|って)[、,]?(?:もう|もはや|しょせん|所詮)?[、,]?(?:社会|世の中|地域)?(?:の|にとって|には)?[^。！？!?\\n]{0,6}?(?:役に立たない|役に立たん|役立たず|用済み|お荷物|穀潰し|ごくつぶし)`
const USELESS_OK = phrase('(?<!被)差別|偏見|思い込み|決めつけ|誤解|思われがち|ことは(?:ありません|ない)|(?:では|じゃ)(?:ない|ありません)|いません|とんでもない|傘|家電|道具|機械', 'u')
export const R106_EARLY: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(TAX),
    instead: '障がいのある方などへの支援を「税金の無駄」とせず、制度や予算の内容そのものを説明してください（例：「手話通訳の派遣について、ご意見を今後の参考にいたします」）',
    // From the group on: a resident's request named before it (…というご意見ですが、) is not the account answering the claim.
    keep: (fo, s, a) => !TAX_OK.test(fo.slice(a, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(`${LOOKS_FINE}[^。！？!?\\n]{0,60}?${CHEAT}`),
    instead: '見た目で障がいの有無を決めつけたり、申請者を不正目的と疑ったりせず、手続きの案内そのものを書いてください（例：「障害者手帳の申請は、医師の診断書をもとに審査いたします」）',
    keep: (fo, s) => !CHEAT_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(USELESS106),
    instead: '高齢者を「役に立たない」とおとしめず、活動や制度の内容そのものを書いてください（例：「老人クラブの地域活動を補助金で支援しています」）',
    keep: (fo, s) => !USELESS_OK.test(fo.slice(s.start, s.end)),
  },
]
const MEMORY = 'どうせ[^。！？!?\\n]{0,12}?(?:覚えて(?:い|お|ら)?(?:ない|ません|な|らん|らっしゃらな)|覚えと(?:らん|らん|らせん)|忘れ(?:る|て|ちゃ|ちま|とる|とらす|ます)|わからな|分からな|聞いて(?:い)?な)'
const OLD_NAMED106 = phrase(`敬老|高齢|お年寄り|年寄り|老人|シニア|認知症|(?:じい|ばあ)(?:ちゃん|さん)|[6-9][0-9](?:代|歳)`, 'u')
const LAUGH106 = `(?:${LAUGH50}|😅|💦|\\(笑\\)|（笑）)`
const CHILDLIKE106 = '(?:幼稚園|保育園|園児|幼児|小さい子|小さな子|子ども|子供|こども|赤ちゃん|小学生)(?:の子)?(?:でも|並み|なみ|レベル)[^。！？!?\\n]{0,16}?(?:くらい|ぐらい|ほど|レベル|並み)?[^。！？!?\\n]{0,24}?(?:認知症|障(?:害|がい|碍)|知的|お年寄り|年寄り|高齢|老人|(?:じい|ばあ)(?:ちゃん|さん))(?:者|児)?(?:の)?(?:皆さん|みなさん|皆様|方々|方|人たち|人)?(?:でも|にも|なら)'
const CHILDLIKE_OK = phrase('(?<!被)差別|偏見|どなたでも|誰でも|だれでも|から(?:お年寄り|高齢|大人)', 'u')
const YOUNG_WOMEN106 = '(?:若い|若か|若手の|[2２]0代の|二十代の)(?:女性|女の子|女子|お嬢さん|娘さん|お姉さん|ママ)'
const DRAW106 = `${YOUNG_WOMEN106}[^。！？!?\\n]{0,16}?(?:多くて|多く|多い|多か|ばかり|ばっかり|いっぱい|たくさん|ぞろい|揃い)[^。！？!?\\n]{0,30}?(?:華やか|はなやか|華が|華やい|華やぎ|目の保養|癒され|明るくなり|潤)[^\\n]{0,40}?(?:男性|男の|男子|独身|殿方|おじさま|おじさん)[^。！？!?\\n]{0,24}?[？?！!]?\\s?(?:チャンス|狙い目|出会い|お近づき|[😏😘😉💕♡])`
export const R106: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${MEMORY}[^。！？!?\\n]{0,16}?${LAUGH106}`),
    instead: '参加者の物忘れや記憶力を笑いの種にせず、催しの様子そのものを伝えてください（例：「来年はプログラムを短くして、ゆっくり楽しんでいただけるようにします」）',
    keep: (fo, s, a) => OLD_NAMED106.test(fo.slice(Math.max(0, a - 200), s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(CHILDLIKE106),
    instead: '認知症の方などを子どもにたとえず、活動の内容そのものを紹介してください（例：「簡単な絵を用意しましたので、気軽に塗り絵を楽しめます」）',
    keep: (fo, s, a, b) => phrase(LAUGH106, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 20)))) && !CHILDLIKE_OK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(DRAW106),
    instead: '受講生の性別や若さを呼び込みに使わず、講座の内容そのものを紹介してください（例：「要約筆記ボランティア養成講座の受講生を募集しています」）',
    keep: (fo, s) => !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R272S-003 kind (dec13): a woman (or a man) on the staff or at work introduced as someone people want to marry (お嫁さんに
 * もらいたい, 嫁にしたい, お婿さんに欲しい): a remark on her desirability as a partner, not her work, warn. Relayed as the visitors' voice and
 * shown off (「お嫁さんにもらいたい」という声が続出だとか😊), the quote is the post's own praise, a use: the match runs past the quote.
 */
const WED_WISH = '(?<![一-龥])(?:お)?(?:嫁|婿)(?:さん)?(?:に|として)(?:もらいたい|貰いたい|もらいたか|もろうたい|欲しい|ほしい|ほしか|したい|したか)'
/**
 * Blind R272S-007 kind (dec13): an older woman colleague nicknamed お局(さま), or her age joked about as what cannot be told (年齢は
 * ヒミツ…これ以上は言えません, 干支をふた回り…いや): age and sex made fun of, warn.
 */
const TSUBONE = '(?<![一-龥])(?:お局|おつぼね)(?:さま|様|さん|的|キャラ|ポジション)?'
const AGE_JOKE = '(?:年齢|お歳|お年|歳|とし)(?:は|も)[、,]?(?:ヒミツ|秘密|ひみつ|内緒|ないしょ)[^\\n]{0,40}?(?:これ|それ)以上は?[、,]?(?:言え|いえ|書け|かけ|申し上げられ)|干支(?:を|が)?(?:ふた|二|2|２|み|三|3|３)(?:回り|まわり|周)[^。！？!?\\n]{0,4}?(?:…|‥|・・|いや|これ以上)'
/** A historical or drama 局 (大奥, 春日局), or the nickname named as a wrong (ハラスメント, やめましょう). */
const TSUBONE_OK = phrase('大奥|江戸|時代劇|春日|歴史|史料|ドラマ|呼び方|呼ばない|という言葉', 'u')
/**
 * Blind R272S-008 kind (dec13) (the folded view drops the dots of ケチ…いや, so the jab is a noun that cannot run on into いや, then a comma): a region's people given a trait (さすが大阪の方、…値切りも本場仕込み; 関西の人はケチ), or a jab at
 * someone taken back with a feigned self-correction (ケチ…いや、しっかりしてらっしゃいます): a place's people stereotyped, warn.
 */
const REGION_D13 = '(?:大阪|関西|京都|神戸|名古屋|東京|関東|東北|九州|博多|北海道|沖縄|広島|都会|県外|田舎|[一-龥]{1,3}(?:県|府))'
const REGION_TRAIT_D13 = '値切|ねぎ(?:り|る|ら|っ)|ケチ|けち|ツッコミ|つっこみ|突っ込み|ノリ(?:が|の)?(?:いい|良|よ)|せっかち|がめつ|図々し|ずうずうし|厚かまし|口が(?:達者|うま|悪)|商売上手|お笑い|おしゃべり|声が大き|うるさ|気取|冷た|亭主関白|気が強|気性が荒|短気|時間に(?:ルーズ|ゆる)'
const JAB_TAKEN_BACK = '(?:ケチ|けち|ドケチ|田舎者|田舎もん|いなかもん)(?:いや|いえ)[、,]'
/**
 * Blind R272S-009 kind (dec13): an illness or disability used as a put-down comparison for people's behaviour (全員認知症なのかと
 * 思うほど話がかみ合わない, 発達障害レベル, コミュ障ばかり): the illness made an insult, warn. Not 認知症カフェ, not 認知症の方への
 * 声かけ, not a symptom told (認知症かと思うほどの物忘れ…受診を) with no people put down.
 */
const ILL_D13 = '(?:認知症|痴呆|アルツハイマー|発達障害|発達障がい|アスペルガー|adhd|統合失調症|精神病|知的障害|知恵遅れ|うつ病)'
const PEOPLE_BEFORE = '(?:全員|みんな|皆|みな|揃って|そろって|どいつも|あいつ|あの人|あの方|上司|課長|部長|係長|議員|職員|メンバー|連中|参加者|相手|お客|客|委員|幹部|役員)(?:さん|ら|たち|達|は|が|も|って)?[、,]?[^。！？!?\\n]{0,8}?'
const COMPARED_D13 = '(?:なの|なん)?(?:か|かな|かしら)(?:と|って)?(?:思う|思っ|思え|疑う|疑っ|疑い|言いたく)[^。！？!?\\n]{0,4}?(?:ほど|くらい|ぐらい|レベル)|(?:並み|レベル)(?:の|で|だ|です|でした)|(?:かよ|じゃね(?:ー|え)?(?:の|か))'
const COMMU_SLUR = '(?<![ァ-ヶー])(?:コミュ障|アスペ(?!クト|ン|ック))(?![ァ-ヶー])'
/**
 * Blind R274K-052 kind (dec13): in a reply, the ill-mannered among visitors said to be mostly of one country (マナーの悪い観光客は、
 * 正直なところ特定の国の方が多いのは事実): a fault laid on a nationality, block, however politely put.
 */
const FAULTY = '(?:マナー|行儀|態度|素行|運転|(?:ゴミ|ごみ)の出し方|出し方)(?:の|が)(?:悪い|わるい|悪か|悪う)|ルール(?:を)?守らない|ポイ捨てする|騒ぐ|迷惑な'
const FAULTY_WHO = '(?:観光客|旅行客|お客様|お客さま|お客さん|客|人|方|利用者|住民|ドライバー|入居者)(?:は|って|の(?:多く|大半|ほとんど)(?:は)?)'
const NATION_GROUP = `(?:特定の国|一部の国|ある国|例の国|某国|あの国|(?:${NATION})(?:人)?)(?:から)?(?:の|出身の)(?:方|人|お客様|お客さま|お客さん|観光客|人たち|方々|団体)`
/**
 * Blind R276N-005 kind (dec13): a foreign group laughed at for not understanding (外国人技能実習生チームは日本語の説明が全然通じなくて
 * …（笑）), or only its body praised (体力だけはさすが): a group's ability mocked, warn.
 */
const FOREIGN_D13 = `(?:外国人|外国の方|外国籍|技能実習生|実習生|留学生|(?:${NATION})(?:人|出身|系)|移民|難民)`
const NOT_GOT = '(?:通じ|伝わら|わから|分から|理解でき|聞き取れ)(?:なくて(?!も)|なかった|ない(?!よう|方|場合)|ず(?!とも)|ん(?:くて|かった))'
const BODY_ONLY = '(?:体力|腕力|パワー|身体能力|体格|筋力|足の速さ|力)だけは[、,]?(?:さすが|一人前|すご|立派|負けな|人一倍|抜群|一流|たいした|大した)'
export const R_D13_EARLY: Phrase[] = [
  // Blind R272S-003 kind (dec13): someone at work presented as a wished-for bride or groom (お客さまから「お嫁さんにもらいたい」という声
  // が続出; 嫁にしたいくらい): desirability over work, warn. Not a wedding told, nor the remark named as a wrong (こうした言葉はセクハラ).
  {
    rule: 'decency/lookism',
    re: phrase(`${WED_WISH}(?:[」』”"](?:という|との|って)(?:声|お声|ご意見|リクエスト)(?:が|も)[^。！？!?\\n]{0,6}?(?:続出|多数|相次|殺到|多い|多く|上が|あが|寄せられ|聞かれ))?`),
    instead: '結婚相手としての魅力で人を紹介せず、仕事ぶりや取り組みを紹介してください（例：「手際よく舟を操る若手の船頭です」）',
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, Math.min(fo.length, s.end + 80))) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
  // Blind R272S-007 kind (dec13): a colleague nicknamed お局(さま), or her age made the joke (年齢はヒミツ…これ以上は言えません（笑）):
  // age and sex made fun of, warn. Not 大奥's お局 in a history talk, nor the nickname named as harassment.
  {
    rule: 'decency/stereotype',
    re: phrase(`${TSUBONE}|${AGE_JOKE}`),
    instead: '年齢や性別をからかう呼び名や冗談を使わず、経歴や仕事ぶりを紹介してください（例：「窓口ひとすじ30年の主任です」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80)); return !AWARE121.test(w) && !AWARENESS.test(w) && !TSUBONE_OK.test(w) },
  },
  // Blind R272S-008 kind (dec13): a region's people handed a trait (さすが大阪の方、…値切りも本場仕込み), or a jab taken back (ケチ…いや):
  // a place's people stereotyped, warn. Not visitors from 大阪 welcomed, nor a local praised for knowing the river.
  {
    rule: 'decency/stereotype',
    re: phrase(`さすが(?:は)?[、,]?${REGION_D13}(?:の|出身の|から(?:の|来た|お越しの))(?:方|人|皆さん|皆様|お客様|お客さま|お客さん|人たち|方々|もん|団体)(?:たち|ら)?[、,！!]?[^。！？!?\\n]{0,30}?(?:${REGION_TRAIT_D13})|${JAB_TAKEN_BACK}`),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
  // Blind R272S-009 kind (dec13): an illness made the measure of people's behaviour (全員認知症なのかと思うほど話がかみ合わない, 課長は
  // 発達障害レベル), or a slur for a condition (コミュ障ばかり): warn. Not 認知症カフェ, 認知症の方への声かけ, nor a symptom told.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${PEOPLE_BEFORE}${ILL_D13}(?:${COMPARED_D13})|${COMMU_SLUR}`),
    instead: '病気や障害を人の振る舞いのたとえに使わず、起きたことをそのまま書いてください（例：「議論がなかなかまとまりませんでした」）',
    severity: 'warn',
    keep: (fo, s) => { const w = fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80)); return !AWARE121.test(w) && !AWARENESS.test(fo.slice(s.start, s.end)) },
  },
  // Blind R274K-052 kind (dec13): the ill-mannered visitors said to be mostly of one country (マナーの悪い観光客は…特定の国の方が多いのは
  // 事実): a nationality blamed, block, even in a polite reply. Not the ill-mannered few told apart from nationality (国籍を問わず).
  {
    rule: 'decency/discriminatory',
    re: phrase(`(?:${FAULTY})[^。！？!?\\n]{0,10}?${FAULTY_WHO}[、,]?[^。！？!?\\n]{0,16}?${NATION_GROUP}(?:が|の方が)?[^。！？!?\\n]{0,4}?(?:多い|多か|多く|ほとんど|大半|目立|ばかり|ばっかり)`),
    instead: INSTEAD.discriminatory,
    severity: 'block',
    keep: (fo, s) => !PRESUMED_NOT.test(fo.slice(s.start, s.end)) && !/国籍(?:を問わ|に関係|に関わ|にかかわ)/u.test(fo.slice(s.start, s.end)),
  },
  // Blind R276N-005 kind (dec13): a foreign group laughed at for not understanding (…日本語のルール説明が全然通じなくて…（笑）), or
  // only its body praised (体力だけはさすが): warn. Not a language barrier told plainly or overcome (言葉が通じなくても、身振りで).
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FOREIGN_D13}[^。！？!?\\n]{0,30}?${NOT_GOT}[^。！？!?\\n]{0,24}?(?:${LAUGH_MARK})|${FOREIGN_D13}[^\\n]{0,80}?${BODY_ONLY}`),
    instead: '参加者を言葉の壁や体の強さで笑いものにせず、交流や試合の様子を伝えてください（例：「やさしい日本語でルールを説明し、白熱した試合になりました」）',
    severity: 'warn',
    keep: (fo, s) => !AWARENESS.test(fo.slice(s.start, s.end)) && !PRESUMED_NOT.test(fo.slice(s.start, s.end)),
  },
]
export const RECIPIENT_VETO = phrase('楽しまれ|楽しんで|元気の源|元気を|生きがい|活躍|頑張っ|がんばっ|ありがとう|感謝|依存症|相談|支援|申請|権利|偏見|誤解|(?<!被)差別|ではありません|わけではな|とは限ら|デマ|根拠(?:は|の)?(?:な|ありません)', 'u')
/** Blind W25: a disabled group (named, or pointed back to: ああいう方) told it should go elsewhere (別の施設に行ってもらうべき). */
export const DISABLED_W25 = `(?:${DISABLED}|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子|お子さん)|認知症の(?:方|人)|車(?:椅子|いす)の(?:方|人))`
/** Blind W27 (dec10): a disabled group, or those who need a helper, whose coming is said to hinder the proceedings (いらっしゃると進行に支障). */
export const HELPED_GROUP = `(?:${DISABLED_W25}|介助(?:の|が)?(?:必要な|いる)(?:方|人)|補助犬(?:を連れた|連れの)(?:方|人)|盲導犬(?:を連れた|連れの)(?:方|人))`
export const CHILDLIKE_D58 = '(?:小さな|小さい|幼い|幼稚園の|保育園の)?(?:子ども|子供|こども|幼児|園児|赤ちゃん|赤ん坊|幼稚園児)(?:の相手|を相手に|と遊ぶ|をあやす|に接する|と接する|扱い|を扱う|をお世話する|の世話)(?:を)?(?:する)?(?:つもり|感覚|気持ち|よう(?:な|に)|みたい(?:な|に)|と思って)|(?:体|見た目|外見|年齢|歳)(?:は|こそ)大人(?:でも|だけど|ですが|やけど|だが)[、,]?[^。！？!?\\n]{0,6}?(?:中身|心|頭|知能|精神|頭の中)(?:は)?(?:子ども|子供|こども|幼児|赤ちゃん)|(?:幼稚園|保育園)の先生(?:に)?(?:なった|の)(?:つもり|気持ち)'
export const CARE_TOPIC = phrase('ダウン症|自閉症|発達|就労支援|作業所|授産|福祉|障(?:害|がい|碍)|グループホーム|施設|特別支援|デイサービス|デイケア|認知症|介護|ホーム|利用者|入居者|高齢|お年寄り', 'u')
export const NO_DRIVE_VETO = phrase('飲酒|お酒|酒気|飲んだ|体調|薬|眠気|認知症|診断|医師|病気|発作|無免許|違反|取り消し|取消|停止|処分|警察|子ども|子供|お子さん|未成年|(?<!被)差別|偏見|ではありません|わけではな', 'u')
// Review rvdec59: not a rule of conduct for everyone (…ケガをさせないよう、順番を守りましょう, 船内では走らないでください) nor the group named with
// those without it (障がいのある子もない子も一緒に遊べる公園です).
export const DIS_DANGER_VETO = phrase('(?<!被)差別|偏見|誤解|決めつけ|思い込み|思われがち|わけではな|ではありません|ことはありません|ものではありません|盲導犬|介助犬|聴導犬|補助犬|犬|動物|工事|機械|刃物|昇降機|リフト|エレベーター|スロープ|段差|設備|機器|装置|順番(?:を|に|で|こ)|走らな|走らず|走ったり|走り回ら|押さな|押さず|押したり|押し合|ふざけ|みんなで(?:ルール|約束)|もない(?:子|方|人|お子さん)(?:も|と)|有無(?:に)?(?:かかわらず|関わらず|を問わず)', 'u')
export const HELD_BACK_VETO = phrase('体調|発熱|熱が|感染|症状|病気|けが|ケガ|(?:ご本人|お子さん|お子様)(?:の|が)(?:ペース|希望|ご希望|体調)|ご希望|(?<!被)差別|偏見|ではありません|どなたでも|誰でも|大歓迎', 'u')
export const CONFINE = '外から(?:鍵|カギ|かぎ|錠)|(?:外|表|戸外|屋外|家の外|部屋の外)(?:に|へ)(?:は)?(?:一人で|ひとりで|勝手に)?(?:出さ(?:ない|ず|せない)|出られ(?:ない|なく)|出させ(?:ない|ず))|閉じ込め(?!られ)|とじこめ(?!られ)|閉じこめ(?!られ)|外出させ(?:ない|ず)|出歩かせ(?:ない|ず)|(?:家|自宅|部屋)から(?:一人で|ひとりで)?出さ(?:ない|ず)|(?:ベッド|車いす|車椅子|椅子|いす)に(?:縛|しば|固定)|(?:部屋|玄関|ドア|扉|家|自宅)(?:に|の)[^。！？!?\\n]{0,6}?(?:鍵|カギ|かぎ|錠)(?:を)?(?:かけ|掛け|付け|つけ)[^。！？!?\\n]{0,12}?(?:出(?:られ|さ|て(?:いか|行か|こ))(?:ない|なく|ず)|閉じ|安心)'
export const CONFINE_TOPIC = phrase('認知症|徘徊|はいかい|ひとり歩き|一人歩き|知的障(?:害|がい|碍)|精神障(?:害|がい|碍)|精神疾患|統合失調|発達障(?:害|がい|碍)', 'u')
/** What the paragraph must name for the confinement kind (its topic): the gate's words, rarer than 出さ or かけ. */
export const CONFINE_NEED = ['認知症', '徘徊', 'はいかい', 'ひとり歩き', '一人歩き', '知的障', '精神障', '精神疾患', '統合失調', '発達障']
export const STI_BLAMED = `(?:${STI_SOURCE})[^。！？!?\\n]{0,24}?(?:(?:主な|一番の|最大の|大きな)?原因|が原因|感染源|元凶|のせい|せいで|持ち込|広め|広げ|広がって|ばらま|まき散ら|撒き散ら|によるもの|(?:増えた|増えている|いる|遊ぶ|遊んで(?:いる|る)|利用する|通う)(?:から|ため|せい)(?:です|だ|でしょう|と考え))|(?:梅毒|hiv|エイズ|aids|性感染症|性病)(?:は|って)[、,]?[^。！？!?\\n]{0,10}?(?:${STI_SOURCE})(?:者)?(?:の(?:方|人))?(?:の|が(?:かかる|なる|うつす|広める))(?:病気|病|もの)`

// --- People named by a disability shut out as a group (blind wave 86; its gender-role kind is in gender-roles-and-sexuality.ts) ---
/**
 * Blind R429E-010 kind: pupils or people named by a disability (特別支援学級・学校の生徒, 支援学級の児童, 障害のある方, 障がい者,
 * 知的障害・発達障害のある人) shut out of a programme, a club or a facility as a group (…は対象外とさせていただきます, ご遠慮ください,
 * お断りしています, 参加できません, 入会いただけません): exclusion by disability, `decency/discriminatory` block. Kept clean: the
 * group's own programme or a separate intake (特別支援学級の皆さん向けの教室, 別途募集します), reasonable accommodation (車いすの方は
 * お知らせください, ご遠慮なくご相談ください, 支援員が付き添います), a benefit's or a fee's terms (障害者控除の対象外, 手帳の割引),
 * exclusion denied (障害を理由にお断りすることはありません).
 */
const DISABLED_W86 = '(?:特別支援(?:学級|学校|クラス|教室)|支援学級|養護学校|障害|障がい|障碍|しょうがい)'
const DISABLED_OUT = phrase(`${DISABLED_W86}[^。！？!?\\n]{0,20}?(?:生徒|児童|方|人|者|子|子ども|子供|お子さん|お子様|皆さん|皆様|利用者|参加者)(?:さん|たち|達|の皆さん|の皆様|の方)?(?:は|には|の(?:ご)?(?:参加|利用|入会|入場|申し込み|申込|入部|出場)(?:は|を))[、,]?[^。！？!?\\n]{0,24}?(?:対象外|対象と(?:なりません|しません|いたしません)|ご遠慮(?!なく|なさらず)|遠慮して(?:ください|いただ)|お断り|お断わり|参加(?:でき|いただけ|頂け)(?:ません|ない)|ご参加(?:いただけ|頂け|でき)(?:ません|ない)|入会(?:でき|いただけ)(?:ません|ない)|(?:受け入れ|受入れ|受付|受け付け)(?:てい|てお|でき)?(?:ません|ない|りません))`)
const DISABLED_OK = phrase('配慮|合理的|付き添|付添|支援員|介助|ご相談|お問い合わせ|お知らせください|別途|別の|専用|向け|個別|安全|医師|主治医|ことは(?:ありません|ない|ございません)|わけではありません|問わず|関係なく|理由に|差別|控除|手当|給付|年金|手帳|割引|減免|料金|手数料|税|助成|補助|制度|要件|基準|等級|ではありません|でした|一般の方|者用|用駐車|優先', 'u')

/**
 * Blind R445W-039 kind (wave 91): a group named by a disability, a wheelchair, age or a foreign origin (障害のある方, 障がい者,
 * 車いすの方, 認知症の方, 高齢者の方, 外国人の方) said to be a nuisance to the other visitors (他のお客様のご迷惑となります, ほかの利用者の
 * 迷惑になる, 周りの方にご迷惑がかかる) as the reason its visit is limited or refused in the same sentence (…に限らせていただきます,
 * 限定させて, お断り, ご遠慮ください, お控え): the group cast as a nuisance and kept apart, `decency/discriminatory` block, however
 * politely put. Kept clean: a reserved slot offered for the group's own ease (安心してご覧いただけるよう…貸切枠を設けました), groups in
 * general limited by size (20名以上の団体は予約制), a nuisance named of conduct for everyone (…もない方も、ご迷惑となる行為はご遠慮),
 * help or care (介助, サポート, 配慮), the refusal denied (お断りすることはありません).
 */
const NUISANCE_GROUP = `(?:${DISABLED_W25}|障(?:害|がい|碍)(?:者|児)(?:の方)?|高齢(?:者|の(?:方|お客様))(?:の方)?|お年寄り|認知症の(?:方|人)|外国(?:人|籍)(?:の)?(?:方|お客様|観光客|旅行者)?|(?:${NATION})(?:人|籍|系)(?:の方)?)`
const NUISANCE_CAST = phrase(`${NUISANCE_GROUP}[^。！？!?\\n]{0,30}?(?:(?:他|ほか|周り|周囲|一般|まわり)の(?:お客様|お客さま|お客さん|利用者|来館者|来場者|入館者|見学者|方|皆様|皆さま|皆さん)(?:の|に|へ)?[^。！？!?\\n]{0,2}?)?(?:ご)?迷惑(?:と(?:なり|なる)|に(?:なり|なる)|が(?:かか|掛か)|をおかけ(?:す|いた))[^。！？!?\\n]{0,40}?(?:限らせ|限定させ|に限ります|に限定(?:します|いたします)|制限させ|お断り(?!しない|しません|することは|(?:いた|致)しません|して(?:おりません|いません))|ご遠慮(?!なく|ないで)|お控え|控えて(?:ください|いただ))`)
const NUISANCE_OK = phrase('(?<!被)差別|偏見|ことは(?:ありません|ない|ございません)|わけではありません|ではありません|もない(?:方|人|子)|(?:方|人)も[、,]|となる行為|になる行為|迷惑行為|介助|サポート|付き添|付添|配慮|安心して', 'u')

/** People named by a disability shut out of a programme as a group (discriminatory block): `[start, end, rule, severity, instead]` over a paragraph's folded text. */
export function disabledShutOut(fo: string): Array<[number, number, Rule, 'block' | 'warn', string]> {
  const found: Array<[number, number, Rule, 'block' | 'warn', string]> = []
  if (/障|支援学|養護/u.test(fo)) {
    for (const m of matchAllOf(DISABLED_OUT, fo)) {
      const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
      if (DISABLED_OK.test(fo.slice(s, e))) continue
      found.push([m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD.discriminatory])
      break
    }
  }
  // Blind R445W-039: the group cast as a nuisance to the others, and its visit limited or refused for it.
  if (!found.length && fo.includes('迷惑')) {
    for (const m of matchAllOf(NUISANCE_CAST, fo)) {
      const [s, e] = sentenceRange(fo, m.index, m.index + m[0].length)
      if (NUISANCE_OK.test(fo.slice(s, e))) continue
      found.push([m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD.discriminatory])
      break
    }
  }
  return found
}
