/**
 * decency — sexual remarks and innuendo (`decency/sexual`): remarks on staff's or residents' bodies, innuendo, a sex offered as a catch,
 * girls' clothing made to please men. Stays clean: health information, a 婚活 event told plainly, a costume told plainly.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import { phrase } from '../../words'
import { AWARENESS, INSTEAD, BODY_VETO, DUCK, STAFF, INSENSITIVE, LAUGH_MARK, TEASED, rx, NAMES_PREJUDICE, AGAINST, LAUGH50, OLD66, OLD_CARE, LEER80, WED_VETO, DENIED110, BODY110, GAZE110, BODY_OK, AWARE121, PRETTY, PERK_MEN, type Phrase } from './context'

/** Body parts (of a person) and evaluations that make them a sexual or appearance remark. */
export const BODY = '(?:胸元|胸|おっぱい|oppai|バスト|お尻|尻|ケツ|ヒップ|太もも|ふともも|太腿|美脚|脚|くびれ|谷間|うなじ|生足|スタイル|ボディ|体つき|からだつき|身体つき|ボディライン)'
export const SEXY = '(?:チラ|ちら見え|見え(?:る|そう|ちゃ|て|た|とる)|覗|のぞ|大き(?:い|め|すぎ|く)|でか(?:い|め|すぎ)|デカ|でっか(?:い|く|すぎ|め)|でっけ|おっき(?:い|く|め|すぎ)|たまら|エロ|えろ|セクシー|色っぽ|艶っぽ|眼福|むちむち|ムチムチ|豊満|ボイン|柔らか|触(?:り|っ|れ)|揉|露出|はみ出|強調|丸見え)'
export const NOT_A_PERSON_AFTER = phrase(`^(?:の|な)?(?:鳥|小鳥|野鳥|鳩|ハト|鶏|ニワトリ|${DUCK}|白鳥|ペンギン|フクロウ|動物|犬|猫|魚|品種|種類|個体|オス|メス|雄|雌|名札|ポケット|ボタン|ワッペン|ロゴ|マーク|刺繍|プリント|位置|部分|ところ|サイズ|看板|像|銅像|人形|ぬいぐるみ)`, 'u')
export const ANIMAL_TOPIC = phrase(`(?:鳥|小鳥|野鳥|鳩|ハト|鶏|ニワトリ|${DUCK}|白鳥|ペンギン|フクロウ|ムクドリ|スズメ|ツバメ|カササギ|サギ|動物|犬|猫|魚|オス|メス|雄|雌|銅像|像|人形|ぬいぐるみ)(?:は|も|って|の(?:オス|メス|雄|雌|ほう)(?:は|が)?)[^。！？!?\\n]{0,12}$`, 'u')
export const PERSON = phrase(`${STAFF}|女子高生|女子高校生|女子大生|女子学生|女子中学生|学生|生徒|jk|jc|高校生|中学生|参加者|市民|住民|観光客|お客さん|奥様|人妻|お母さん|主婦|彼女|お嬢さん|ミス|浴衣姿|水着姿|制服姿|姿|女の人|女たち|男たち|人たち`, 'u')
/** セクシー of things and そそる of appetite: 食欲をそそる香り, セクシーな香水の展示. */
export const SEXY_VETO = phrase('食欲|香り|匂い|におい|興味|好奇心|旅情|意欲|郷愁|味|料理|グルメ|想像力|冒険心|ドレス展|香水|ワイン|歌声|声|ダンス|衣装', 'u')

/** People a remark about looks may be aimed at (the sentence, or up to 60 characters before it: 女性職員が浴衣で接客します！目の保養にどうぞ). */
export const PEOPLE_SHOWN = phrase('女性|女の子|女子|浴衣|水着|職員|お姉さん|看護師|保育士|白衣|ナース|天使|男性|イケメン|美人|コンパニオン|ガール|新人|スタッフ|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん', 'u')
/** Blind R254L-030 kind (dec8): the night in bed hinted at in English (many a long night, all night long, in the bedroom, last longer). */
export const EN_NIGHT = '(?:many\\s{0,2}a\\s{0,2}long\\s{0,2}night|long(?:er)?\\s{0,2}nights|all\\s{0,2}night\\s{0,2}long|in\\s{0,2}(?:the\\s{0,2})?(?:bed|bedroom|sack)|between\\s{0,2}the\\s{0,2}sheets|last\\s{0,2}longer|keep\\s{0,2}it\\s{0,2}up|in\\s{0,2}the\\s{0,2}mood|aphrodisiac|(?:bedroom|night[-\\s]?time)\\s{0,2}(?:fun|performance|power|stamina|activities)|stamina)'
/** … and the reader nudged: a leer, or a partner who will be grateful (your partner will thank you, ask your partner … and thank us
 * later); "thank us later" alone is ordinary food praise. */
export const EN_NUDGE = '[😏🍆💦🍑]|(?<![a-z])(?:your|his|her)\\s{0,2}(?:partner|wife|husband|hubby|girlfriend|boyfriend|other\\s{0,2}half|significant\\s{0,2}other|lover|spouse)[^.!?\\n]{0,40}?(?:thank|grateful|😉)'
/** Blind review (dec22) kind: 夜も元気に / 夜も頑張って with a work done at night after it (漕いで, 飛び回る, 営業, 点灯, 運航): the night's work, no innuendo. Folded text. */
const NIGHT_WORK = phrase('夜も(?:元気|がんば|頑張)(?:に|よく|って|つて)[^。！？!?\\n]{0,10}?(?:漕|こい|こぎ|こぐ|飛|泳|走|鳴|光|灯|点灯|ともし|営業|運航|運行|案内|開店|開い|働|咲|見回|巡回|ぱとろーる|配達|販売|焼|調理|演奏|踊)', 'u')
/** … and a person quoted as the source of what is said (山田さんによると, 船頭さんの話では, 〜さんいわく). */
const NIGHT_SOURCE = phrase('[^、。！？!?\\s]{0,8}?(?:さん|くん|君|ちゃん|船頭|職員)(?:によると|によれば|いわく|曰く|の話では|の話だと|から聞いた)', 'gu')
/**
 * 夜も元気 / 夜も頑張 read as innuendo only when the sentence says whose nights: a person (船頭さんの竿さばき、夜もすごいらしい♡,
 * 山田くん、夜も元気ですよ😏) or stamina food (うなぎパワーで今夜も元気モリモリ♡), with a leer, a heart or a rumour; or with
 * stamina spelt out (精をつけて夜も頑張って). A shop, a street or a crowd at night says it plainly (夜も元気に営業中です😉,
 * 夜も元気な商店街♡, 夜もすごい人出でした♡, 夫婦で営む食堂は夜も元気に営業中). Tested on folded text (katakana as hiragana).
 */
export function nightInnuendo(sentence: string): boolean {
  if (/精を|精力|すつぽん|まむし/u.test(sentence)) return true
  // Blind review (dec22) kind: a work done at night (夜も元気に灯り舟を漕いで, 夜も元気に飛び回る, 夜も元気に営業) says whose nights plainly,
  // and a person quoted as the source (山田さんによると, 船頭さんの話では) is not whose nights they are.
  if (NIGHT_WORK.test(sentence)) return false
  sentence = sentence.replace(NIGHT_SOURCE, '')
  const whose = /さん|くん|君|ちやん|彼氏|彼女|旦那|奥さん|奥様|夫婦(?!で営)|男性|女性|職員|船頭/u.test(sentence) || /うなぎ|鰻|すたみな|滋養|にんにく/u.test(sentence)
  return whose && /[♡💕❤♥💗💓😏😘💋😍]|意味深|うふふ|むふふ|らしい/u.test(sentence)
}
/** Round 54: an act of the mouth that reads as a sexual one when said of food (咥えて, しゃぶって, 奥までくわえて). */
const ORAL = '(?:咥え|くわえ|しゃぶ(?:り|っ|る|ら)|舐め(?:て|る|回)|なめ(?:て|る|回)|頬張っ|ほおばっ|お口いっぱいに|奥まで(?:咥|くわ|入れ|しゃぶ))'
/** The writer taking the word back for an innocent one (…いえ、味わって, じゃなくて召し上がって, おっと失礼、ご賞味ください). */
const TAKEN_BACK = '(?:[…‥]+|・{2,}|[、,]|\\s)?(?:(?:いえ|いや)(?:[、,…‥!！]|・{2,}|\\s)+|(?:じゃなくて|じゃなか|ではなくて|おっと|失礼(?:しました)?)(?:[、,…‥!！]|・{2,}|\\s)*)[^。！？!?\\n]{0,8}?(?:味わ|あじわ|召し上が|めしあが|食べ|たべ|ご賞味|堪能|お楽しみ|楽しん|ご試食|試食)'
/** A thing's girth, length or hardness as what the reader likes (太くて長いのがお好き, 硬くて大きいモノが欲しい). */
const SIZE54 = '(?:太|ふと|硬|かた|固|大き|おおき|長|なが|でか)く(?:て)?(?:太|ふと|硬|かた|固|長|なが|大き|おおき|でか)い(?:の|もの|モノ|やつ|ヤツ)(?:が|は|を)(?:お)?(?:好き|すき|欲し|ほし|たまらな|お望み)'
const SIZE_TO_READER = '(?:な|の)(?:あなた|貴方|方|かた|皆さん|皆様|みなさん|奥様|奥さま|奥さん|女性|男性|お姉さん|お兄さん|人)|(?:ですか|でしょう|ですよね|でしょ|やろ|じゃない)'
const LEER54 = phrase('[😏💋🍆🫦🤤]|意味深|うふふ|ウフフ|むふふ|ムフフ|ぐふふ|グフフ|ぐへへ|グヘヘ', 'u')
export const R54_EARLY: Phrase[] = [
  // Round 54: food promoted with an act of the mouth the writer takes back for an innocent word (ぜひお口いっぱいに咥えて…いえ、
  // 味わってください😏, しゃぶって…じゃなくて、召し上がって; blind R54A-121): the taking back tells the double meaning, sexual
  // innuendo, block. Not a custom (恵方巻をくわえて無言で食べる), not a child eating (口いっぱいに頬張って😊), not いやぁ of delight.
  {
    rule: 'decency/sexual',
    re: phrase(`${ORAL}[^。！？!?\\n]{0,6}?${TAKEN_BACK}`),
    instead: INSTEAD.sexual,
  },
  // …or with a leer after it (咥えてね😏), or a thing's girth or length offered to the reader's liking with a leer (太くて長いのがお好きな
  // あなたへ…😏): block.
  {
    rule: 'decency/sexual',
    re: phrase(`(?:咥え|くわえ|しゃぶ(?:り|っ|る|ら)|舐め(?:て|回)|なめ(?:て|回)|奥まで(?:咥|くわ|入れ|しゃぶ))|${SIZE54}`),
    instead: INSTEAD.sexual,
    keep: (fo, _s, _a, b) => LEER54.test(fo.slice(b, Math.min(fo.length, b + 60)).split('\n')[0]!),
  },
]
export const R54: Phrase[] = [
  // Round 54: a thing's girth or length offered to the reader's liking, the classic innuendo (太くて長いのがお好きなあなたへ, 大きくて硬い
  // のはお好きですか), warn without a leer. Not a feature of the food (麺は太くて長いのが特徴), not a thing named (太くて長いごぼう).
  {
    rule: 'decency/sexual',
    re: phrase(`${SIZE54}(?:${SIZE_TO_READER})`),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
]

/**
 * Round 26 kinds, each a construction (tried only where its literals occur, one gate pass per paragraph):
 * a nuisance put down to a group (ごみ屋敷の多くは…独居の方のお宅, …は精神的な病気を抱えた方がいる世帯に多い);
 * looks judged a loss or a pig (歯並びの悪い人は…損, ぽっちゃりさん🐷); women gazed at or offered (水着の女の子が見放題,
 * お姉さまたちの脚線美に見とれ, 女の子たちにモテモテ, 男たちがお待ちしてます); a harm that happened told with a laugh
 * (異物混入…（笑）, 屋根ごと飛ばされ…笑), a suicide spot or the dying made light of; a trade belittled (介護の仕事は誰にでもできる);
 * ability capped (簡単な作業しかできない方); a sexual orientation called a hobby (そういう趣味の方 where same-sex
 * partnership is the topic); a 同和 district pointed out (旧同和地区の交差点, …地区かどうか, 地区にある物件には★) or a
 * district called "that kind of place" (ああいう土地柄).
 * Round 33: a group's habit given with a laugh as the reason (…は化粧直しに時間がかかりますからね（笑）); a group named as the
 * cause of a public problem, coming for nothing (原因は…が用もないのに); 部落/同和 as a district's repute (…だと言われとるけん);
 * looks likened to a named person's (市長の頭みたいに寂しく); a job ad asking for a sex or an age (できれば若い男性で).
 * Round 34: a people or the old blamed as the cause by a harm (…のは、中国人が…買い占めていくからです, …のせいです) or as the
 * culprit's owner (原因は…お年寄りの車です); a sex's supposed quitting as the reason to prefer the other; 長生きも考えもの.
 * Round 36: a hinted people's living there as a nuisance's reason (“あっちの人たち”が住んどるけん); a sex set out to brighten an
 * occasion; a disabled group refused for the others' 迷惑; a sexual joke on a case (ハーレム…うらやましい); a body shape tied to ability.
 */
/** Round 41: a women's space, or women changing or bathing. */
export const WOMEN_SPACE = '(?:女子|女性|女)(?:用)?(?:トイレ|更衣室|風呂|浴場|寮|シャワー(?:室|ルーム)?|脱衣(?:所|場)|控室|控え室)|女湯|更衣室|脱衣(?:所|場)|試着室|着替え|入浴(?:中|シーン)'
/** … and a wish to peep at it (のぞきたくなる, 覗いてみたい, のぞき見したい, のぞき放題); not an invitation (のぞいてみたい方は). */
export const PEEP41 = '(?:のぞ|覗)(?:き(?:たく|たい|たが|に(?:行|い)き(?:たく|たい))|き見(?:し)?(?:たく|たい)|いて(?:み)?(?:たく|たい)|き放題)(?!(?:方|人|皆|みなさん|かた)(?:は|も|に|へ|、))'
/** Round 42: a body part looked at (お尻, 太もも, 胸元, 腹筋 …), not 筋肉 or スタイル, which a race or a fashion show shows. */
export const PART42 = '(?:胸元|胸|おっぱい|バスト|お尻|おしり|尻|ケツ|ヒップ|太もも|ふともも|太腿|美脚|生足|くびれ|谷間|うなじ|体つき|ボディライン|腹筋|胸板|二の腕)'
/** … of a person (団員さんの鍛えられた, 受付のお姉さんの, 選手たちの). */
export const OWNER42 = `(?:${STAFF}|団員|隊員|選手|消防士|警察官|自衛官|男性陣|女性陣|お兄さん|参加者|ランナー|モデル|踊り手|担ぎ手)(?:たち|達|の皆さん)?の[^。！？!?\\n]{0,10}?`
/** … as where the eyes go (にばっかり目がいっちゃう, に目が釘付け, に見とれ). */
export const GAZE42 = '(?:に|ばかり|ばっかり|ばっか){1,2}[、,]?(?:つい|ついつい|思わず|自然と|やっぱり)?(?:目が(?:いっ|行っ|いく|行く|いき|行き|釘付け|くぎづけ|離せな)|目を奪われ|見とれ|見惚れ|凝視|ガン見)'
const SIZE = '(?:長さ|太さ|大きさ|サイズ|硬さ|かたさ|でかさ|太い|長い|大きい)'
const SIZE_VS = `${SIZE}(?:(?:と|や|・|とか)${SIZE})?(?:より(?:も)?|じゃなく(?:て)?|ではなく(?:て)?|じゃない|じゃなか|よか|だけじゃ(?:ない|なく)|が全てじゃ(?:ない|なか))[、,]?[^。！？!?\\n]{0,8}?(?:テクニック|テク|技術|技|腕|使い方|扱い方|持久力|持続力|回数)(?:が|こそ|で|は)?[、,]?(?:大事|大切|肝心|重要|命|勝負|ものを言う|物を言う|モノを言う|決め手)`
const LEER74 = phrase('[😏💋🍆🫦🤭]|意味深|うふふ|むふふ|ぐふふ|ぐへへ', 'u')
const SKINNY = '(?:ひょろひょろ|ひょろっと|ひょろがり|ひょろい|ひょろか|がりがり|もやし(?:っ子|っこ|みたい)|ぽっちゃり|ぷよぷよ|ぶよぶよ|だるだる|たぷたぷ|ぽっこり|ビール腹|メタボ(?:腹|体型)|貧弱|へなちょこ|なよなよ)'
const ATTRACTIVE = '(?:(?<![おぉ])もて(?!な)|マッチョ|ムキムキ|むきむき|バキバキ|イケメン|男前|いい男|イイ男|いい女|ナイスバディ|男らしい体|たくましい体)'
const BODY_TEASED = `${SKINNY}(?:な|の|で|した|やけど)?[^。！？!?\\n]{0,12}?(?:でも|も|だって)[、,]?[^。！？!?\\n]{0,20}?${ATTRACTIVE}`
const HEALTH74 = phrase('健康|予防|生活習慣|健診|検診|病気|医師|保健', 'u')
const OTHER_SEX = '(?:女の子|女子|女性|女の人|女ん人|おなご|ギャル|お姉さん|若い娘|娘さん|男の子|男子|男性|男の人|お兄さん)(?:たち|達|ら|の皆さん)?'
const ADMIRED = `${OTHER_SEX}(?:に|から)[、,]?(?:(?:キャーキャー|きゃーきゃー|ちやほや|チヤホヤ|黄色い声(?:援)?(?:を)?)(?:言われ|いわれ|され|浴び|もらい|もらえ)?(?:たい|る(?:よう|ぞ|よ|かも|けん|体|男|人))|(?<![おぉ])もて(?!な)(?:たい|る(?:よう|ぞ|よ|かも|けん|体|男|人)|もて|まくり))`
const RECRUIT = phrase('募集|入団|入会|入部|団員|部員|隊員|待っ|おいで|集まれ|来んしゃい|来てね|来てください|応募|仲間', 'u')
const OLD_JOKE = `${OLD66}[^。！？!?\\n]{0,30}?(?:同じ(?:話|こと|質問|説明)(?:を|ば)?[^。！？!?\\n]{0,6}?(?:[0-9０-９一二三四五六七八九十何数]+(?:回|度|遍|べん)|繰り返|くり返|くりかえ|延々|えんえん|エンドレス)|耳(?:が|も|は)?(?:遠|とお)(?:い|か|くて|すぎ)|(?:なかなか|全然|ぜんぜん)?(?:聞こえ|きこえ)(?:ない|とらん|てない|ん)|(?:何回|何度|なんべん|何べん|何遍|いくら|なんぼ)[^。！？!?\\n]{0,4}?(?:言って|いって|言うて|説明して|話して|伝えて)も[、,]?[^。！？!?\\n]{0,4}?(?:話|言葉)?(?:が|も|は)?(?:通じ|伝わら|わから|分から)(?:ない|ん|なか|へん|ねえ))`
export const R74: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(SIZE_VS),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, _a, b) => LEER74.test(fo.slice(s.start, Math.min(fo.length, Math.max(s.end, b + 30)))),
  },
  {
    rule: 'decency/lookism',
    re: phrase(BODY_TEASED),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !HEALTH74.test(fo.slice(s.start, s.end)) && !AGAINST.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(ADMIRED),
    instead: INSTEAD.stereotype,
    severity: 'warn',
    keep: (fo, s) => RECRUIT.test(fo) && !AGAINST.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(OLD_JOKE),
    instead: '高齢の方の話しぶりや耳の聞こえを笑いの種にせず、窓口の様子そのものを紹介してください（例：「年金の窓口は混み合っています。時間に余裕をもってお越しください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const sen = fo.slice(s.start, s.end)
      return phrase(LAUGH_MARK, 'u').test(fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40)))) && !AGAINST.test(sen) && !OLD_CARE.test(sen)
    },
  },
]
/**
 * Round 88 (blind R88A/R89A). Warn kinds (R88):
 * - An animal's neutering wished on people for a laugh (人間のオスにも同じ手術が必要なのがいっぱいいる（笑）, うちの旦那も去勢したいわ,
 *   町内の男どもにもお願いしたか): a sexual joke put on a sex. Only when the paragraph speaks of neutering; not a medical fact.
 * - An owner's or a passer-by's body likened to their dog (飼い主さんとお腹の出具合がそっくり, 飼い主さんに似てぽっちゃり体型, お腹の
 *   ぽっこり具合は飼い主さんといい勝負): the citizen's body made the joke. Not a pet's diet or health advice (飼い主さんと同じ食生活).
 * - A weakness presumed of a sex put as a fact about the audience (「数字が苦手で…」という方も多い女性の皆さんのために, 機械が苦手な方が
 *   多い主婦の皆さん, 男性は料理が苦手な人が多いので): a stereotype, even kindly meant. Not a weakness of anyone (数字が苦手な方も大丈夫).
 */
const NEUTER = phrase('去勢|不妊手術|避妊手術|不妊・去勢|不妊去勢|避妊・去勢|避妊去勢|たま(?:を|ば)?(?:取|と)', 'u')
const HUMAN_SEX = '(?:(?:人間|ひと|人)の(?:オス|おす|雄|メス|めす|雌|男|女)(?:ども|連中|たち)?|うちの(?:旦那|ダンナ|夫|亭主|宿六|主人|おやじ|親父|嫁|かみさん|カミさん)|世の(?:男|男性|男ども|オス|女|女性)|(?:男|オス|おす|雄|メス|めす)(?:ども|連中)|(?:町内|近所|職場|役所|庁内|うち|この町|まち)の(?:男|男性|男ども|オス|おす|おっさん|おじさん|女|女性)(?:連中|たち|ども|陣)?|おっさん(?:連中|たち|ども)?|(?:旦那|夫|亭主|彼氏|元カレ|元彼|元夫|上司|課長|部長)(?:さん)?)'
const WISHED = '(?:(?:て|って)(?:ほし|欲し|もらいた)|必要|したい|した(?:ほう|方)が|させたい|させた(?:ほう|方)が|してほし|して欲し|してもらいた|受けさせ|すべき|お願いした|やって(?:ほし|もらいた)|したか|せんといかん|せないかん|いる|おる)'
const MEDICAL = phrase('病気|治療|医師|診察|検査|がん|癌|腫瘍|予防|精巣|前立腺|泌尿器', 'u')
const OWNER = '(?:飼い主|かいぬし|オーナー)(?:さん|様|さま)?'
const BELLY88 = '(?:お腹|おなか|お腹まわり|おなかまわり|お腹周り|腹|腹回り|体型|体形|体格|ぽっちゃり|ぽってり|まんまる|丸っこ|まるまる|ふくよか|メタボ|短足|足の短さ|脚の短さ|二重あご|二重顎|太め|太っちょ|太り具合|貫禄|ぷよぷよ|むっちり|でっぷり|ぽっこり|出っ腹|太鼓腹)'
const ALIKE = '(?:そっくり|瓜二つ|うりふたつ|似て(?:る|い|て|ま)|似と(?:る|う)|いい勝負|負けず劣らず|おそろい|お揃い|ペアルック|そのまんま)'
const HEALTH88 = phrase('健康|生活習慣|食生活|食事|予防|運動|獣医|対策|体重管理|肥満|ダイエット|診察|相談|フード|おやつの量', 'u')
const WEAK88 = '(?:数字|計算|算数|数学|お金の(?:計算|話)|機械|パソコン|pc|スマホ|デジタル|it|地図|運転|駐車|力仕事|理系|難しい(?:話|こと)|政治|家事|料理|育児|子育て|片付け|掃除|予算書|決算書|表計算|エクセル)(?:が|に|は|も|の(?:こと|話)(?:が|は))?[、,]?(?:苦手|弱い|弱く|弱か|疎い|うとい|不得意|不得手|だめ|わからない|分からない|わからん|分からん|できない|できん|からっきし|さっぱり|得意じゃない|得意ではない)'
const SEX_AUDIENCE = '(?:(?<![一-龥])(?:女性|男性|女子|男子)|女の(?:人|方)|男の(?:人|方)|主婦|奥(?:様|さま|さん)|お母さん|ママ(?:さん)?|お父さん|パパ(?:さん)?)(?:の(?:皆さん|皆様|みなさん|みなさま|方|方々))?'
export const R88: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`${HUMAN_SEX}(?:に|にも|も|は)[、,]?[^。！？!?\\n]{0,12}?(?:(?:同じ|その|おんなじ)(?:手術|処置|こと)|去勢|不妊手術|避妊手術|ちょん切|切って|切ってしま|取って|とって)[^。！？!?\\n]{0,6}?${WISHED}`),
    instead: '動物の手術を人にたとえる冗談を削除し、キャンペーンの内容を伝えてください（例：「不妊手術の費用を助成しています」）',
    keep: (fo, s) => NEUTER.test(fo) && !MEDICAL.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${OWNER}(?:と|に|も)[、,]?[^。！？!?\\n]{0,8}?${BELLY88}[^。！？!?\\n]{0,8}?${ALIKE}|${OWNER}に(?:似て|そっくりで)[、,]?[^。！？!?\\n]{0,4}?${BELLY88}|${BELLY88}[^。！？!?\\n]{0,10}?${OWNER}(?:と|に|も)?[、,]?${ALIKE}`),
    instead: '飼い主さんの体型に触れず、わんちゃんの様子や施設の魅力を伝えてください（例：「ドッグランでコーギーくんが元気に走り回っていました」）',
    keep: (fo, s) => !HEALTH88.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    severity: 'warn',
    re: phrase(`${WEAK88}[^。！？!?\\n]{0,6}?(?:という|といった|って|な|の)?(?:方|人|人たち|方々)(?:も|が)[、,]?(?:多い|多か|少なくない|たくさん(?:いる|おられる|いらっしゃる))[、,]?${SEX_AUDIENCE}|${SEX_AUDIENCE}(?:は|って|には|ちゃ)[、,]?[^。！？!?\\n]{0,6}?${WEAK88}(?:な|という|って)?(?:方|人)?(?:が|も)[、,]?(?:多い|多く|多か|ほとんど|大半)`),
    instead: '性別で得意・不得意を決めつけず、講座の内容を書いてください（例：「予算書の読み方から、初めての方にもやさしく説明します」）',
    keep: (fo, s) => !phrase('思われがち|とは限ら|わけではな|ではありません|固定観念|思い込み|偏見|決めつけ', 'u').test(fo.slice(s.start, s.end)),
  },
]
const NIGHT100 = '(?:夜|今夜|今晩|夜の部)(?:は|も)?[、,]?(?:まだまだ|まだ)?(?:これから|ここから)(?:が)?(?:本番|お楽しみ|長い)?|(?:夜|今夜|今晩)(?:は|も)?[、,]?(?:まだまだ|まだ)?(?:長い|本番|お楽しみ)'
const COY100 = '[😏😘🤭💋]|(?:詳しく|くわしく|具体的に|何を?する?か)(?:は)?[、,]?(?:言え|いえ|書け|かけ|言いません|いいません|書きません|言わん|いわん|言わない|いわない|ナイショ|ないしょ|内緒|秘密)|ご?想像に(?:お)?(?:任せ|まかせ)|内緒|ないしょ|ナイショ|お察し'
const WEAK100 = '(?:足の遅い|足が遅い|走るのが遅い|かけっこ(?:が|の)?遅い|運動(?:が|の)?(?:苦手|できない|できん)な?|運動音痴の|泳げない|泳げん|かなづちの|カナヅチの|逆上がり(?:が|の)?できない|勉強(?:が|の)?(?:できない|できん|苦手な)|鈍くさい|どんくさい|とろい|不器用な)(?:子|子ども|児童|生徒|お子さん|男の子|女の子|ちゃん|くん)'
const WEAK_OK = phrase('(?<![一-龥])私|自分|僕|わたし|あたし|(?<![一-龥])俺|昔|子どもの頃|子供の頃|小さい頃|(?<!被)差別|からかわ|笑わ(?:ない|ず)|笑いもの(?:に)?(?:しない|せず)', 'u')
export const R100: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase(`(?:${NIGHT100})[^\\n]{0,30}?(?:${COY100})`),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(`${WEAK100}[^。！？!?\\n]{0,60}?${LAUGH50}`),
    instead: '子どもの運動や勉強の得手不得手を笑いの種にせず、行事の様子そのものを書いてください（例：「最後まで走り切った子どもたちに、大きな拍手が送られました」）',
    keep: (fo, s, a, b) => !WEAK_OK.test(fo.slice(s.start, s.end)),
  },
]
// Round 113 (blind R113A/R114A).
// - A woman met at work (a resident at the counter, a customer) and a body part of hers the writer was distracted by, with the work
//   said to suffer or a wish that she come again (さっき印鑑登録に来た女の人、胸元ばっかり気になって仕事にならんかったわ。また来てほしい。,
//   R113A-072): sexual, block. Round 110 wanted a wish for thinner clothes or a leer; the distraction at work is the kind too. Not a
//   body's pain or a health check (BODY_OK), not the remark denied.
// - Old people made a joke of for forgetting or asking the same thing: the ask called a fixture (聞かれるのがお約束) or the lesson said
//   never to stick (何回言っても覚えてくれん), the old named in the paragraph and a laugh with it (R113A-073): discriminatory warn; not help
//   offered (何度でも, 丁寧に), not without the laugh.
// - A staff member's body weight made the joke (うちの係長（推定体重100キロ超）が乗ってもびくともしませんでした笑, R114A-126): a person of the
//   office with their weight (体重…キロ, 100キロ超, 重量級, 巨漢) and a laugh: lookism warn; not a load's weight (100キロ超の重り), not
//   without the laugh.
const WOMAN_MET = phrase('女の人|女ん人|女性|女の子|お客さん|お客様|お客さま|奥さん|奥様|お姉さん|おねえさん|ママさん|お嬢さん|娘さん|来庁者|来客|住民の方|市民の方|申請者|利用者', 'u')
const DISTRACTED = `(?:${GAZE110}|(?:ばっかり|ばかり|ばっか)?見(?:て(?:しま|しも|もう|まう|ばっかり|ばかり)|ちゃ|入っ|つめ)|目で追)`
const WORK_LOST = phrase('仕事に(?:なら|ならな|ならん)|仕事が手につ?か|手につか|集中(?:でき|出来)(?:ん|な|ませ)|(?:仕事|業務|説明|手続き|対応)どころ(?:じゃ|では|や)|また来て(?:ほし|欲し|くれ|もらい|ください)|また来ん(?:かな|かね|やろか|ね)|また来ないかな|毎日(?:来て|きて)(?:ほし|欲し|くれ)', 'u')
const OLD_FORGET = `(?:何回|何度|なんべん|何べん|何遍|いくら|なんぼ|毎回|毎度)[^。！？!?\\n]{0,4}?(?:言って|いって|言うて|説明して|話して|教えて|伝えて)(?:も|ん)[、,]?[^。！？!?\\n]{0,6}?(?:覚えて(?:くれ|くださら|もらえ|いただけ)(?:ん|ない|ません|なか|へん)|覚えられ(?:ん|ない|ません|なか)|覚えきら(?:ん|ない)|忘れ(?:る|て|ちゃ|ら|とる))|(?:聞かれる|訊かれる|尋ねられる|質問される|聞き返される|言われる|忘れる|忘れられる)(?:の|ん)?(?:が|は)(?:お約束|おやくそく|恒例|定番|鉄板|お決まり|あるある)`
const OLD_NAMED113 = phrase(`${OLD66}|(?:おじい|おばあ|じい|ばあ)(?:ちゃん|さん)`, 'u')
const OLD_HELP = phrase('何度でも|何回でも|丁寧に|ゆっくり|寄り添|お手伝い|サポート|支援|ご安心|大丈夫です|(?<!被)差別|偏見|決めつけ', 'u')
const STAFF113 = '(?:係長|課長|部長|室長|所長|班長|主任|主査|局長|館長|園長|校長|教頭|団長|隊長|市長|副市長|議長|職員|同僚|上司|部下|先輩|後輩|新人|うちの(?:人|旦那|夫|主人))(?:さん|さま|様|殿)?'
const WEIGHT113 = '(?:(?:推定)?体重(?:は|が|も)?[^。！？!?\\n]{0,6}?(?:[0-9０-９]{2,3}|百)(?:キロ|kg|㎏|キログラム)|(?:[0-9０-９]{3}|百)(?:キロ|kg|㎏)(?:超え|超|越え|オーバー|級|近く|近い|はある|以上ある)|体重(?:が|も|は)?(?:重|すご|やば|ヤバ|ハンパ|半端|三桁|3桁)|重量級|巨漢|巨体|体重計(?:が|も)?(?:壊|こわ|悲鳴))'
const LAUGH113 = phrase(LAUGH50, 'u')
export const R113: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(`${BODY110}[^。！？!?\\n]{0,8}?${DISTRACTED}`),
    instead: '来庁された方や一緒に働く方の体に触れる書き方はせず、窓口の様子や手続きの案内そのものを書いてください（例：「印鑑登録は市民課の窓口で受け付けています」）',
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, b)
      if (BODY_OK.test(t) || DENIED110.test(fo.slice(s.start, s.end))) return false
      const para = fo.slice(a, Math.min(fo.length, b + 80)).split('\n')[0]!
      return WOMAN_MET.test(fo.slice(Math.max(0, a - 40), a).split('\n').pop()!) && WORK_LOST.test(para)
    },
  },
  {
    rule: 'decency/discriminatory',
    severity: 'warn',
    re: phrase(OLD_FORGET),
    instead: '高齢の方の物忘れや質問を笑いの種にせず、手続きの案内そのものを書いてください（例：「コンビニ交付の使い方は、窓口で何度でもご説明します」）',
    keep: (fo, s, a, b) => {
      const from = fo.lastIndexOf('\n', a - 1) + 1
      const to = fo.indexOf('\n', b) < 0 ? fo.length : fo.indexOf('\n', b)
      const near = fo.slice(Math.max(from, a - 60), Math.min(to, b + 40))
      return OLD_NAMED113.test(fo.slice(Math.max(from, a - 120), a)) && LAUGH113.test(near) && !OLD_HELP.test(fo.slice(s.start, s.end)) && !AGAINST.test(fo.slice(s.start, s.end))
    },
  },
  {
    rule: 'decency/lookism',
    severity: 'warn',
    re: phrase(`${STAFF113}[^。！？!?\\n]{0,16}?${WEIGHT113}(?!の|な)|${WEIGHT113}(?:の|な)${STAFF113}`),
    instead: INSTEAD.lookism,
    keep: (fo, s, a, b) => {
      const rest = fo.slice(a, Math.min(fo.length, Math.max(s.end, b + 40))).split('\n')[0]!
      return LAUGH113.test(rest) && !AGAINST.test(fo.slice(s.start, s.end)) && !HEALTH74.test(fo.slice(s.start, s.end))
    },
  },
]
export const R121_EARLY: Phrase[] = [
  // R122A-023: exposure wished for as what looks good on people (露出多めの方が写真映えする, 肌を見せた方がかわいい, 胸元が開いてる方が
  // 色っぽい): `decency/sexual` warn; not a sun or safety note (露出の多い服装は避けましょう).
  {
    rule: 'decency/sexual',
    re: phrase('(?:露出|肌見せ)(?:が|の|度)?(?:多め|多い|多く|高め|高い|大きい)[^。！？!?\\n]{0,12}?(?:映え|ばえ|可愛|かわい|好き|最高|たまら|そそ|色っぽ|セクシー|目の保養|眼福)|(?:肌|胸元|胸|谷間|脚|太もも|太腿|うなじ|背中)(?:を|が)?(?:見せ|出し|出て|開い|あい|露わ|あらわ|見え)[^。！？!?\\n]{0,6}?(?:た|てる|ている|とる)?(?:方|ほう)が[^。！？!?\\n]{0,8}?(?:映え|ばえ|可愛|かわい|色っぽ|セクシー|目の保養|眼福|たまら|そそ|好き)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R122A-116: a body in the sentence and the writer's gaze at it (胸を出して授乳するママさん…目のやり場に困りました, 水着の職員さん、目のやり場
  // に困るｗ): `decency/sexual` warn; not a dress rule (…ような服装はご遠慮ください) or a talk against the remark.
  {
    rule: 'decency/sexual',
    re: phrase('(?:授乳|おっぱい|胸|乳|谷間|胸元|肌|水着|露出|脚|太もも|太腿|ミニスカ|お尻|おしり|女性|女の子|ママ|お母さん|お姉さん|職員さん)[^。！？!?\\n]{0,30}?目のやり場(?:に|が)?(?:困|こま|な(?:い|か|く))'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a, b) => !AWARE121.test(fo.slice(s.start, s.end)) && !/^[^。！？!?\n]{0,8}?(?:ような|ような服|服装)/u.test(fo.slice(b, b + 12)),
  },
  // Blind R280C-013 kind (dec15): a nursing mother's or a woman's body drawing a man's eyes, told as a teasing half-sentence that trails off
  // (授乳姿に、職員のおじさんもつい目が…, 胸元についつい目が…), even when then denied with a wink (…なんてことはありませんのでご安心を😉):
  // the leer is the joke, warn. The denial is taken into the reading so it is not read as a prejudice denied (the folded view drops an
  // ellipsis between kana: 目が…なんて reads 目がなんて). Not a room's privacy
  // told (授乳室は周りの目が気にならない個室です), not a look at a child.
  {
    rule: 'decency/sexual',
    re: phrase('(?:授乳|おっぱい|胸元|谷間|水着|太もも|太腿|お尻|おしり|ミニスカ|胸)(?:中|姿|する(?:ママ|お母さん|女性)?)?(?:の|に|へ|を|が)?[^。！？!?\\n]{0,24}?(?:つい|思わず|ついつい)(?:つい)?[、,]?目(?:が|を)(?:(?:\\.{2,3}|…|‥|・{2,3})?(?:なんて|なんちゃって)(?:こと|事)?(?:は|も)?(?:ありません|ございません|ない(?:です)?)|\\.{2,3}|…|‥|・{2,3}|奪われ|釘付け|くぎづけ|離せな|いっちゃ|行っちゃ)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)) && !/気にならな|気にせ|気にしな|視線を気|ぷらいばしー|目隠し|かーてん/u.test(fo.slice(s.start, s.end)),
  },
  // R123A-111: a perverted man said to be pleased by a place or a sight (変態が喜びそうｗ, 痴漢が喜ぶ, ロリコンが喜びそう): `decency/sexual` warn;
  // not metamorphosis (完全変態を観察して子どもたちが喜んで).
  {
    rule: 'decency/sexual',
    re: phrase('(?:変態|へんたい|痴漢|ちかん|ロリコン|すけべ|スケベ|エロ(?:おやじ|親父|じじい|ジジイ)|のぞき魔|覗き魔)(?:さん|ども|連中|たち)?(?:が|は|も)?(?:大)?(?:喜|よろこ)(?:び|ぶ|ん|ば|ぼ)'),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R122A-071: vomit told in the crude word (ゲロ吐いとる新成人, ゲロまみれ, ゲロった): vulgar on an official account, `decency/sexual` warn;
  // not a frog (ゲロゲロ) or a care notice (嘔吐物の処理).
  {
    rule: 'decency/sexual',
    re: phrase('(?:(?<![ぁ-ゖ一-龥])|(?<=[てでがもはをと]))(?:げろ|げぼ)(?:を|が)?(?:吐|はい|はく|はき|はか|ぶちま|まみれ|だらけ|った|って(?!ぃ)|る(?![ぁ-ゖ])|の(?:海|臭|におい|匂))'),
    instead: '酔って吐いた人など下品な描写は公式アカウントでは書かず、「飲みすぎに注意しましょう」など呼びかけだけにしてください',
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-063: people to be split by nationality or race at a counter, a line or a fee (国籍で窓口を分けたほうがいい, 外国人と日本人で受付を
  // 分けるべき): `decency/discriminatory` block; not a multilingual desk offered or “regardless of nationality”.
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:国籍|人種|出身国|民族|外国人(?:と日本人)?|日本人と外国人)(?:で|ごとに|によって|別に|ごと)[、,]?[^。！？!?\\n]{0,10}?(?:窓口|受付|入口|入り口|列|席|部屋|待合|対応|料金|扱い|トイレ|風呂|浴場|時間)(?:を|は|も)?(?:分け|わけ|別に|変え|かえ|区別し)(?:た(?:ほう|方)が|るべき|れば(?:いい|良い|よい|よか)|たら(?:いい|良い|よい|よか)|て(?:ほしい|欲しい|もらいたい)|てはどうか|たい)'),
    instead: '国籍や人種で人を分けず、誰にも同じ窓口と手続きで対応することを伝えてください（例：「多言語の案内もご用意しています」）',
    severity: 'block',
    keep: (fo, s) => !/(?:かかわらず|関わらず|問わず|関係なく)/u.test(fo.slice(s.start, s.end)) && !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-072: an illness or a group said to be beyond talking to, as the reason they are not wanted (認知症の方…ご本人に来られても話が通じません
  // ので): `decency/discriminatory` warn; not advice for talking with them (話が通じないと感じたときは、ゆっくり).
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:認知症|痴呆|知的障(?:害|がい|碍)|精神障(?:害|がい|碍)|障(?:害|がい|碍)(?:者|の(?:ある|お持ちの)(?:方|人))|ご?高齢(?:者|の(?:方|人))|お年寄り|年寄り|外国(?:人|の(?:方|人)))[^\\n]{0,40}?(?:話|言葉|日本語)(?:が|は)?(?:通じ|つうじ)(?:ない|ません|ん(?![ぁ-ゖ])|なか|へん|ねえ)(?:ので|から|けん|し|。|$|[！!]|ｗ|w|笑)'),
    instead: '病気や障がい、国籍を理由に話が通じないと決めつけず、必要な支援や手続きの方法を案内してください（例：「ご家族による代理申告もできます」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !/(?:と(?:感じ|思)[^。！？!?\n]{0,4}(?:とき|時|ら|場合)|場合|ことも|ことが|工夫|こつ|接し方|講座|ゆつくり|寄り添|通訳|翻訳|やさしい日本語|多言語|配置|用意|支援|さぽーと)/u.test(fo.slice(a, s.end)) && !AWARE121.test(fo.slice(s.start, s.end)),
  },
  // R120A-088: disaster victims' requests quoted and laughed at (台風で家が傷んだから…まけてくれって…言いに来る人たちｗ, 浸水したから補助して
  // ほしいって電話が毎日来るｗｗ): `decency/insensitive` warn.
  {
    rule: 'decency/insensitive',
    re: phrase(`(?:台風|地震|大雨|豪雨|水害|浸水|冠水|被災|災害|火事|火災|土砂|雪害|停電)[^\\n]{0,40}?(?:てくれ|でくれ|てほしい|て欲しい|でほしい|てちょうだい|よこせ|くれ|ほしい|欲しい)(?:って|と)[^\\n]{0,30}?(?:${LAUGH_MARK})`),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, s) => !AWARE121.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R298K-005 kind (dec19): marriage advice that picks or shuns a family by the district it comes from (嫁にもらうなら川沿いの家から,
 * 結婚するなら山手の出はやめとけ, 婿をとるならあの集落の者は避けよ): origin-based marriage discrimination, the kind behind 部落差別, block even
 * when told as folklore or hearsay (と言われていたそうです); not a post that denounces it (差別, 偏見, 人権, なくそう), not a wedding custom
 * shown as history (昔の婚礼の習わし: no district judged), not a word inside a longer one (世帯の家賃, 市の出会い).
 */
const WED_IF = '(?:(?:お)?(?:嫁|婿)(?:さん)?(?:に|を|ば)?(?:もらう|貰う|とる|取る|迎える)|(?:嫁|婿)(?:に|へ)(?:行く|いく|出す|やる)|結婚(?:する|させる)?|縁組み?(?:する)?|一緒になる)(?:ん|の)?(?:なら(?:ば)?|(?:とき|時|場合)(?:は|には))'
const ORIGIN_D19 = '(?:の|ん)(?:家|集落|部落|地区|在所|村|出(?:身)?|生まれ|もん|者|娘|息子)(?![一-龥])(?:の(?:人|者|もん|娘|子|息子)(?![一-龥]))?'
const PICKED_D19 = '(?:から(?![来きこ出でだ])|に(?:限る|かぎる|しとけ|しておけ|せよ|しなさい|すべき)|(?:が|の方が|のほうが)(?:いい|よい|良い|よか|ええ|無難|安心)|(?:は|と|とは)[、,]?(?:やめ|止め|避け|だめ|ダメ|いかん|あかん|よせ|ならん|ならない))'
/**
 * Blind R298K-041 kind (dec19): a person photographed (a PR model, a participant) and the view of a body part (後ろ姿, お尻, 胸元, 脚) said to
 * draw more reaction (反響, 人気, 注目, いいね) with a wink or a rhetorical "I wonder why" (なぜでしょうね😏): the body hinted at, warn. Not a
 * back view praised plainly (後ろ姿の写真も素敵です), not a quiz without the leer (なぜでしょう？ 答えは夕日).
 */
const BODY_VIEW = '(?:後ろ姿|うしろ姿|後姿|お尻|おしり|ヒップ|胸元|(?<![一-龥])胸(?![一-龥])|谷間|(?<![一-龥])脚(?![一-龥])|太もも|ふともも|太腿|うなじ|水着姿|くびれ|ボディライン)'
const REACTION = '(?:反響|人気|注目|いいね|閲覧数|再生数|アクセス|評判|食いつき)'
const HINTED_D19 = `(?:(?:なぜ|なんで|どうして)(?:でしょう|だろう|やろう?)(?:ね|な)|${LEER80})`
const PERSON_PHOTOGRAPHED = phrase('モデル|方|さん|ちゃん|女性|男性|職員|参加者|嬢|姿', 'u')
/**
 * Blind R297H-053 kind (dec19): the city's voice saying it falls for residents of one sex (…払ってくれる男性って、正直ぐっときますよね, 女性って
 * キュンとします) with a lover's cue (独身の職員, 💋, 彼氏, デート): flirting with the public, warn. Not a plain thanks (口座振替のご利用を
 * お待ちしています), not a 婚活 event, not a moving scene (夕焼けにぐっときます).
 */
const SEXES_D19 = '(?:男性|女性|男子|女子|殿方|男の人|女の人|男の子|女の子|旦那さん|奥さん)'
const ATTRACTED = '(?:ぐっと(?:く|き)|グッと(?:く|き)|惚れ(?:る|ちゃ|そう|ます|て)|ほれ(?:る|ちゃ|そう|ます)|きゅんと(?:す|し)|キュンと(?:す|し)|きゅんきゅん|キュンキュン|ときめ(?:く|き)|ドキッと(?:す|し)|どストライク|ドストライク|(?:好みの|どタイプ|ドタイプ)|タイプ(?:です|だ|かも|なんです))'
const LOVER_CUE = phrase('💋|😘|😍|🥰|独身|未婚|付き合|デート|彼氏|彼女|お嫁|お婿|恋人|口説', 'u')
const FLIRT_VETO = phrase('婚活|縁結び|お見合い|結婚(?:支援|相談)|出会いの場|交流会|ハラスメント|セクハラ', 'u')
export const R_D19_EARLY: Phrase[] = [
  // Blind R298K-005 kind (dec19): a family picked or shunned by its district in marriage advice (嫁にもらうなら川沿いの家から), block.
  {
    rule: 'decency/discriminatory',
    re: phrase(`${WED_IF}[、,]?[^。！？!?\n]{0,14}?${ORIGIN_D19}${PICKED_D19}`),
    instead: '出身地や住んでいる地区で結婚や交際を判断させる言い伝えを広めず、差別をなくす立場で書いてください（例：「結婚に際して相手の出身地を問うことは差別につながります」）',
    keep: (fo, s) => !WED_VETO.test(fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80))) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 80))),
  },
  // Blind R298K-041 kind (dec19): a photographed person's body view said to draw the reaction, with a leer (後ろ姿の写真のほうが反響が…なぜでしょうね😏): warn.
  {
    rule: 'decency/sexual',
    re: phrase(`${BODY_VIEW}[^。！？!?\n]{0,12}?${REACTION}[^。！？!?\n]{0,20}?${HINTED_D19}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => PERSON_PHOTOGRAPHED.test(fo.slice(Math.max(0, s.start - 80), s.end)) && !BODY_VETO.test(fo.slice(s.start, s.end)),
  },
  // Blind R297H-053 kind (dec19): the account falling for residents of one sex with a lover's cue (…男性って、正直ぐっときますよね💋 独身の職員一同): warn.
  {
    rule: 'decency/sexual',
    re: phrase(`${SEXES_D19}(?:の方|の人)?(?:って|は|が|に|には)[、,]?[^。！？!?\n]{0,12}?${ATTRACTED}|${ATTRACTED}[^。！？!?\n]{0,6}?${SEXES_D19}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => {
      const near = fo.slice(s.start, Math.min(fo.length, s.end + 60))
      return LOVER_CUE.test(near) && !FLIRT_VETO.test(fo) && !AWARENESS.test(fo.slice(s.start, s.end))
    },
  },
]
/**
 * Blind R380D-032 kind: a woman's body part remarked on as drawing men's eyes (モデルさんのバストが立派すぎて男性職員が足を止めまくってます,
 * お尻が大きくて男性陣が釘付け, 胸が豊かで男どもが二度見): the body made a spectacle for men, warn. Only a part told with が/は/も and, in the
 * same sentence, men stopping or staring (足を止め, 釘付け, 見とれ, ガン見).
 */
const EYED_PART = '(?:胸元|胸(?!板|像|囲|部|筋|骨|中|騒ぎ)|おっぱい|バスト|お尻|おしり|ヒップ|太もも|ふともも|太腿|美脚|脚線美|くびれ|谷間|うなじ)'
const MEN_STARING = '(?:男性|男(?!女|子トイレ)|おじさん|おっちゃん|男子|男ども)(?:職員|陣|たち|達|スタッフ|客|の皆さん|の方々|ども)?(?:が|も|は|の)[^。！？!?\n]{0,8}?(?:足を止め|足が止ま|釘付け|くぎづけ|見とれ|見惚れ|見入っ|目が離せ|二度見|ガン見|凝視|ちら見|チラ見|鼻の下)'
/**
 * Blind R377A-007 kind: a body part of the citizens or parents the post is about "checked" by the account (ママさんたちの二の腕チェック,
 * 参加者のお尻チェック, お母さん方のお腹まわりを品定め): their bodies appraised, warn. Only a group of people, a soft or sexualised part
 * and a check or an appraisal; not an exercise or a health measurement (二の腕体操, 腹囲測定, 健診).
 */
const CHECKED_OWNER = '(?:ママ|お母さん|奥さん|奥様|保護者|女性|女子|お姉さん|参加者|マダム|主婦|おばちゃん)(?:さん)?(?:たち|達|方|がた|の皆さん|の方々)?の'
const CHECKED_PART = '(?:二の腕|お尻|おしり|太もも|ふともも|太腿|バスト|胸(?!板|像|囲)|くびれ|お腹まわり|おなかまわり|お腹回り|腹回り|ぜい肉|贅肉|たるみ)'
const BODY_CHECKED = `${CHECKED_OWNER}${CHECKED_PART}(?:の)?(?:チェック|ちぇっく|品定め|採点|点検)`
const EXERCISE_OR_MEASURE = phrase('体操|トレーニング|エクササイズ|ストレッチ|筋トレ|測定|計測|健診|検診|教室', 'u')
/**
 * Blind R380D-050 kind: a wish to peep at a nursing room or at mothers nursing, said as a joke (授乳室…思わずのぞきたくなる快適空間), as at
 * a women's space (WOMEN_SPACE): warn; not a warning against it.
 */
const PEEP_WARNED_AGAINST = phrase('盗撮|犯罪|防止|通報|被害|痴漢|不審|禁止|やめ|目隠し|フィルム|ハラスメント|セクハラ|警察', 'u')
const NURSING_SPACE = '授乳(?:室|中|スペース|コーナー|ルーム|タイム|服)?'
/**
 * Blind R380D-058 kind: undressing talked of with a leering emoji (パンツ脱がなくていいですよ〜🍑, 下着も脱いじゃう？😏): a crude joke, warn.
 * Only the undressing verb and a peach, an aubergine, sweat drops, a smirk or a drool within the sentence.
 */
const UNDRESS_LEER = '(?:パンツ|ぱんつ|下着|ズボン|ぱんてぃ|パンティ|ブラ)(?:を|も|は)?(?:脱|ぬ)(?:が|い|ぎ|ぐ|げ)[^。！？!?\n]{0,16}?(?:\u{1F351}|\u{1F346}|\u{1F4A6}|\u{1F60F}|\u{1F924})'
export const BODY_REMARKS_EARLY: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(`${EYED_PART}(?:が|は|も)[^。！？!?\n]{0,16}?${MEN_STARING}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s, a) => {
      ANIMAL_TOPIC.lastIndex = 0
      return !ANIMAL_TOPIC.test(fo.slice(Math.max(0, Math.min(s.start, a - 40)), s.end))
    },
  },
  {
    rule: 'decency/lookism',
    re: phrase(BODY_CHECKED),
    instead: INSTEAD.lookism,
    severity: 'warn',
    keep: (fo, s) => !EXERCISE_OR_MEASURE.test(fo.slice(Math.max(0, s.start - 60), Math.min(fo.length, s.end + 60))),
  },
  {
    rule: 'decency/sexual',
    re: phrase(`${NURSING_SPACE}[^\n]{0,40}?${PEEP41}`),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, s) => !PEEP_WARNED_AGAINST.test(fo.slice(Math.max(0, s.start - 80), Math.min(fo.length, s.end + 80))),
  },
  {
    rule: 'decency/sexual',
    re: phrase(UNDRESS_LEER),
    instead: INSTEAD.sexual,
    severity: 'warn',
  },
]
/**
 * Round 131/132 (blind):
 * - a character or a body dressed for male eyes (胸元もサービスしちゃいました💕 男性ファンのみなさん, スカートはちょっと短め…男性ファン):
 *   sexual warn; not a costume told plainly;
 * - innuendo about a person's night (船頭さん、竿さばきがお見事…夜のほうもすごいかも？笑): sexual warn;
 * - disabled people framed as delaying the rest, 健常者 addressed for the trouble (車いすの方のご乗船で運航が遅れることがあります。健常者の
 *   皆さまにはご迷惑をおかけしますが): discriminatory block;
 * - sexual minorities called unproductive or childless as a reason against them (同性カップルの…制度なんて、子どもを作らない、生産性の
 *   ない人たちに税金を使うだけ): discriminatory block; not the remark named to be rejected (差別, 人権).
 */
/** Blind R133: childless (子どもを産まない, 作れない) given as the reason against a group, with what it is said to cost or lack. */
const CHILDLESS = '(?:子ども|子供|こども|子)を(?:作ら|つくら|産ま|生ま|産め|生め|作れ|つくれ)(?:ない|ん|ず)[^。！？!?\\n]{0,20}?(?:税金|支援|制度|認め|必要|意味|無駄|ムダ|生産性)'
export const R131: Phrase[] = [
  {
    rule: 'decency/sexual',
    severity: 'warn',
    re: phrase('(?:(?:胸元|胸|谷間|バスト|お尻|ヒップ|太もも|ふともも|脚|生足|うなじ)(?:は|も|を)?(?:ちょっと|少し|大胆に|思い切って)?(?:サービス|大胆|チラ見せ|ちら見せ|見せ|強調|盛)|(?:スカート|スカート丈|裾)(?:は|を|も)?(?:ちょっと|少し|やや|かなり|思い切って|大胆に)?(?:短め|短く|ミニ))[^。\\n]{0,30}?(?:男性(?:の)?(?:ファン|お客|観光客|層|利用者|の皆|のみな)|殿方|おじさん|オジサン|男性陣|男子諸君|お父さん方|パパたち|紳士の皆)'),
    instead: INSTEAD.sexual,
    keep: (fo, s) => !BODY_VETO.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/sexual',
    severity: 'warn',
    // Blind R233P-036 kind (dec2): an adverb of guessing may come first (夜のほうもきっとお上手なんでしょう😏), and the guess may end in
    // でしょう/だろう or a leer.
    re: phrase('夜の(?:ほう|方)(?:も|は)(?:きっと|さぞ(?:かし)?|たぶん|多分|相当|かなり|さすがに)?(?:お)?(?:すご|凄|上手|うま|テクニシャン|激し|たくまし|お見事|達者|元気|得意)[ぁ-ゖ]{0,3}?(?:かも|そう|らしい|のかな|かな|んじゃ|のでは|でしょう|でしょ|だろう|やろう|やろ|に違いな|[？?]|[（(]?笑|[😏😘💋🤭])'),
    instead: INSTEAD.sexual,
  },
  {
    rule: 'decency/discriminatory',
    re: phrase('(?:車いす|車椅子|障害|障がい|障碍|盲導犬|介助犬|補助犬|ベビーカー)[^\\n]{0,60}?(?:遅れ|お待たせ|時間がかか|お時間をいただ)[^\\n]{0,30}?健常者(?:の)?(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|方|お客様|お客さま|利用者|乗客)(?:には|に|へは|へ)?[、,]?[^。！？!?\\n]{0,10}?(?:ご迷惑|迷惑|ご不便|不便|お待たせ|ご負担)'),
    instead: INSTEAD.discriminatory,
    // AWARENESS counts 盲導犬 and the like (a campaign for them); here only a stance against the framing keeps it out.
    keep: (fo, s) => !rx('(?<!被)差別|人権|偏見|誤解|共生|共に').test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/discriminatory',
    // Blind R133: the childless clause may come in the next sentence (…税金を使う必要はありません。子どもを産まない人たちには生産性が…),
    // and the money may be refused first (…に税金を使う必要はない…子どもを産めないのに).
    re: phrase(`(?:同性|lgbt|性的少数|性的マイノリティ|パートナーシップ|ゲイ|レズ|トランス)(?:[^。！？!?\\n]{0,40}?(?:${CHILDLESS}|生産性(?:が|の|も)?(?:ない|無い|低い|ゼロ|がない))|[^。！？!?\\n]{0,40}?(?:税金|予算|支援|公金)[^。！？!?\\n]{0,12}?(?:必要は(?:ない|ありません|なか)|必要ない|いらない|要らない|無駄|ムダ|もったいない)[^\\n]{0,30}?(?:子ども|子供|こども|子)を(?:作ら|つくら|産ま|生ま|産め|生め|作れ|つくれ)(?:ない|ん|ず)|[^。！？!?\\n]{0,40}?[。！？!?][^。！？!?\\n]{0,20}?${CHILDLESS})`),
    instead: INSTEAD.discriminatory,
    // Not the remark named to be rejected (…という差別的な発言, 人権, 偏見): AWARENESS itself counts 制度, the topic here.
    keep: (fo, s) => !rx('(?<!被)差別|人権|偏見|誤解|決めつけ|許され|あってはな|という(?:発言|主張|意見)').test(fo.slice(s.start, Math.min(fo.length, s.end + 30))),
  },
]
/** Round 47: skin to skin offered as the warmth (人肌で温め合う, 肌と肌を寄せ合って). */
export const SKIN = '(?:人肌|ひと肌|素肌|肌と肌|肌)(?:で|を|と|同士で?)?[、,]?(?:(?:温め|あたため|暖め|ぬくめ)合|(?:温まり|あたたまり|暖まり)合|寄せ合|重ね合|くっつけ合)|(?:人肌|ひと肌)(?:が|こそ)[、,]?(?:いちばん|一番|最高|最強|何より)'
/**
 * Round 56: two bodies pressed together offered to a couple as the outing's draw (川下りデートは舟がゆれるけん、自然と密着できて夜まで
 * 盛り上がるかも😏💕, こたつ舟なら彼女とぴったりくっつけちゃう♡): innuendo, warn, when a leer, a heart or the night comes with it. Not 地域密着
 * or 密着取材, not closeness warned against (密着しないよう), not a baby held skin to skin.
 */
export const PRESSED = '(?<!地域|地元|生活|現場|取材|暮らしに)(?:密着(?!取材|型|ドキュメント|レポート|番組|した(?:取り組み|活動|支援|サービス))|(?:自然と|自然に|ぴったり|ぴたっと|ぎゅっと|ぎゅーっと|体が|からだが|身体が)(?:くっつ(?:け|い|き|く|か)|寄り添(?:え|っ|い|う)|抱き(?:つ|合|寄せ))|(?:体|身体|からだ|肌)(?:と(?:体|身体|からだ|肌))?(?:が|を|も)?(?:寄せ合|触れ合|ふれあ|くっつけ合|密着))'
export const PRESSED_CUE = phrase('[😏😘💋♡❤💕😍🤭🥰]|夜(?:まで|は|も|に)|今夜|盛り上が|どきどき|ドキドキ|むふふ|ムフフ|放題|お楽しみ|距離が縮|急接近', 'u')
/** Round 48: a hidden or intimate place (こたつの中, 毛布の下, ゴンドラの中, 二人きり). */
export const HIDDEN = '(?:こたつ|コタツ|炬燵|布団|ふとん|毛布|ブランケット|ひざ掛け|膝掛け|暗がり|暗闇|個室|密室|ゴンドラ|観覧車|車内|車の中|テント|貸切|貸し切り|寝室|ベッド|物陰|後部座席|後ろの席|屋形船|部屋|二人きり|ふたりきり|2人きり|二人だけ|ふたりだけ|2人だけ)'
/** … whatever happens or is done there (何が起きても, 何をしても, 何ばしよっても, ナニしても) … */
export const WHATEVER48 = '(?:何|なに|ナニ)(?:が|を|か|ば)?(?:起き|起こっ|起こり|あっ|し|しよっ|しとっ|しちゃっ|やっ|始まっ|起こ)(?:て|た)?(?:も|って)'
/** … goes unseen or untold (見て見ぬふり, 内緒, バレない, 誰にも見られません). */
export const UNSEEN = '(?:見て見ぬ(?:ふり|振り|フリ)|見ない(?:ふり|振り|フリ)|見なかったこと|見とらん(?:ふり|ごと)|気(?:づ|付)かない(?:ふり|振り)|知らん(?:ぷり|ふり)|知らない(?:ふり|振り)|内緒|ないしょ|ナイショ|秘密|バレ(?:ない|ません|ん|まっせん)|ばれ(?:ない|ません|ん)|誰にも(?:見え|見られ|わから|分から|気(?:づ|付)かれ|ばれ|バレ)|見えません|見えない(?:けん|から|ので)|見られません|見られない|目をつぶ|目をつむ|振り(?:向|返)(?:き|り)ません|前しか見(?:て|と)(?:ない|らん|ません))'
/** Round 48: a couple or a wink in the paragraph, the innuendo's frame. */
export const COUPLE48 = phrase('カップル|恋人|デート|彼氏|彼女|夫婦|新婚|ラブラブ|いちゃ|イチャ|[💑💏💋😏😘♡❤💕]', 'u')
/**
 * Round 62 (R62A-034): what a couple does in the dark or a closed place asked as a question (何をしているか, 何ばしよるか) and said to be
 * known only to a witness or to no one, or left to the readers' fancy (…暗がりで何をしているかは船頭しか知らない😏, こたつの中で二人が
 * 何をしとるかは誰も知らんとよ, ゴンドラの中で何をしているのかはご想像にお任せします): innuendo. Not what a guide does unseen (船頭さんが
 * 何をしているかは乗客からは見えません), not a vow kept (何を誓ったかは二人しか知りません), not a plan left free (何をして過ごすかは自由).
 */
export const DOING = '(?:何|なに|ナニ)(?:を|ば)?(?:し|やっ)(?:て(?:い|お)?る|てる|とる|よる|ちょる)(?:ん|の|と)?か|(?:何|なに|ナニ)(?:を|ば)?(?:し|やっ)(?:てい|とっ|よっ|て)?ても'
export const UNTOLD = '(?:しか|だけが|以外(?:は)?(?:誰も|だれも))(?:知ら(?:ない|ん|ず|なか|へん)|知りません|わから(?:ない|ん)|分から(?:ない|ん)|わかりません|分かりません)|(?:誰|だれ)(?:も|にも)(?:知ら(?:ない|ん|なか)|知りません|わから(?:ない|ん)|分から(?:ない|ん)|わかりません|分かりません|見え(?:ない|ん|ません)|見られ(?:ない|ん|ません))|(?:ご)?想像に(?:お)?(?:任せ|まかせ)|(?:神|かみ)(?:のみ|だけ)ぞ?知る|(?:聞く|きく|尋ねる)(?:だけ|の|のは)(?:は)?野暮'
/** Round 48: people whose body is offered (消防団のお兄さんたち, 団員さん, 隊員の皆さん). */
const PEOPLE48 = `(?:${TEASED}|団員|隊員|消防士|消防団|選手|男衆|男性陣|女性陣|男たち|女たち|若い衆|イケメン|メンバー|出演者|漁師|力士|ダンサー|(?<![ぁ-ゖ])(?:兄|姉)さん)(?:さん|くん|ちゃん)?(?:たち|達|ら|陣|の皆さん|の皆様)?`
/** … the body (筋肉, 肉体美, 胸板, 二の腕), maybe wet or bare (びしょ濡れの, たくましい) … */
const BODY48 = '(?:筋肉|肉体|筋肉美|胸板|胸筋|大胸筋|腹筋|シックスパック|二の腕|上腕|力こぶ|背筋|太もも|ふともも|太腿|お尻|おしり|ヒップ|裸|上半身|体つき|からだつき|素肌)'
/** … savoured by the readers (堪能, 目の保養, 見とれ, 拝み, 😍). */
const SAVOUR = '(?:たまら(?:ん|ない|なか|ねえ|へん)|そそ(?:る|られ)|ドキドキ|どきどき|ムラムラ|むらむら|ゾクゾク|ぞくぞく|堪能|たんのう|目の保養|眼福|見とれ|見惚れ|みとれ|うっとり|拝ん|拝み|拝ま|おがみ|ご褒美|ごほうび|見放題|釘付け|くぎ付け|くぎづけ|ガン見|舐め(?:回|まわ)|なめまわ|よだれ|ヨダレ|(?:じっくり|たっぷり|しっかり|存分に|思う存分)(?:と)?(?:見|眺|鑑賞|ご覧|味わ)|[😍🤤🥵🤩])'
export const SAVOURED = `${PEOPLE48}の[^。！？!?\\n]{0,10}?${BODY48}(?:美)?(?:も|を|は|が|に|ば)?[、,]?[^。！？!?\\n]{0,16}?${SAVOUR}`
/** Blind R152D-059: a stamina word (精がつく, 精ばつけ, 精力, 元気になっちゃう). */
export const STAMINA151 = '精(?:が|の|ば|を|も)?(?:つ|付)(?:く|き|け|いた|いて)|精力|元気になっちゃ|元気になりすぎ|元気になりすぎちゃ'
/**
 * Blind R302K-035 kind (dec20): young women (若い子, 女の子, お嬢さん) as a sight that is a man's perk (眺めながら舟をこぐのが役得, 見放題,
 * 目の保養), even said by someone the post quotes with approval. Not the scenery watched (川面を眺めながら), not a discount for yukata.
 */
/** Blind review (dec22) kind: the young women must be what is looked at (若い子を眺め, 娘さんたちの浴衣姿を見), not the ones looking (若い子たちが舟を眺めながら, 女の子が…見るのが楽しみ). */
export const GIRLS_PERK = '(?:若い(?:子|娘|女の子|女性|お嬢さん|お姉さん|ねえちゃん|姉ちゃん)|女の子|女子大生|女子高生|お嬢さん|娘さん|ギャル|美人|べっぴん|別嬪)(?:たち|達|ら)?(?:を|の(?:浴衣姿|姿|水着姿)を)[、,]?[^。！？!?\\n]{0,8}?(?:眺め|見|拝|ながめ|鑑賞|見物)[^。！？!?\\n]{0,24}?(?:役得|特権|醍醐味|目の保養|ご褒美|ごほうび|楽しみ|たまら|最高|至福|幸せ|放題)|(?:若い(?:子|娘|女の子|女性|お嬢さん)|女の子|お嬢さん|ギャル)(?:たち|達)?(?:を|が)?(?:見|眺め)放題'
/**
 * Blind R304W-027 kind (dec21): visitors' wet or see-through clothes relished (泥んこで透け透けになったTシャツ姿がまぶしすぎて、スタッフ
 * 一同テンション爆上がり): women's bodies as a treat, sexual warn. Not the change of clothes asked (着替えをお持ちください).
 */
// rvdec55: まぶしい of a smile or of sunshine (まぶしい笑顔, 日差しがまぶしく) is no leer: it counts only said of the clothes, the body or
// the women (Tシャツ姿がまぶしすぎ, 女の子たちがまぶしすぎて). See-through (透け) is the core; wet or swimwear alone needs a plain leer.
const BODY_GLARE = '(?:姿|体|肌|ボディ|脚|太もも|胸元|女の子|女子|女性|ママ(?:さん)?|お姉さん|お嬢さん|女子大生|ギャル|美女|美人)(?:たち|達)?(?:が|は|も|の)?[、,]?(?:まぶし|眩し)'
const LEER_D21 = '目の保養|眼福|ご褒美|ごほうび|ごちそうさま|ご馳走様|役得|鼻の下|釘付け|くぎづけ|テンション(?:が)?(?:爆|max|マックス|急上昇)'
export const SEE_THROUGH = `(?:透け透け|すけすけ|スケスケ|透け(?:て|た|ちゃ|る))[^。！？!?\\n]{0,30}?(?:${BODY_GLARE}|${LEER_D21}|たまら|テンション(?:が)?(?:上が|あが)|ドキッ|どきっ)|(?:びしょ濡れ|ずぶ濡れ|びしょびしょ|濡れ(?:た|て)(?:シャツ|服|姿)|水着(?:姿)?|薄着)[^。！？!?\\n]{0,30}?(?:${BODY_GLARE}|${LEER_D21})`
export const WOMEN_SEEN_D21 = phrase('(?<![一-龥])(?:女子|女性)|女子大生|女子高生|女の子|お姉さん|お嬢さん|娘さん|ギャル|ママ|奥さん|美女|美人', 'u')
/**
 * Blind R310H-009 kind (dec56): young women whose coming is said to change the old men (若い女の子が来てくれると、おじいちゃんたちの顔色が
 * 全然違う, おじいちゃんたちは女子大生が来るとテンションが上がる), or welcomed where the post speaks of the men: women as a draw, warn.
 */
const YOUNG_F = '(?:若い|若めの|若手の|20代の|二十代の)(?:女の子|女性|女子|娘|娘さん|お嬢さん|お姉さん|子|ねえちゃん|姉ちゃん)(?:たち|達)?|女子大生|女子高生|女子学生|女子短大生|看護学生の女の子'
const OLD_MEN = '(?:お)?じいちゃん|じいさん|おじいさん|じっちゃん|じいじ|おじさん|おじさま|おっちゃん|おじちゃん|(?<![一-龥])男性(?:利用者|陣|入居者|職員|参加者|会員|客)?|殿方|男衆|男の(?:人|方)|(?:お年寄り|高齢|年配)の男性'
const PERKED = '素直|おとなし|愛想|優しく|顔色|表情|目の色|目つき|顔つき|テンション|元気|張り切|はりき|やる気|気合|喜び方|喜びよう|にこにこ|ニコニコ|にやにや|ニヤニヤ|生き生き|いきいき|若返|鼻の下|機嫌|声のトーン'
const CAME_D56 = '(?:が|に)[、,]?(?:(?:受付|窓口|会場|現場|職場|売り場|店|お店)(?:に|で))?(?:来て(?:くれる|くださる|もらえる|くれた|もらう)?と|来ると|来たら|来るだけで|いると|いるだけで|入ると|入るだけで|顔を出すと|参加(?:して(?:くれる|もらえる)|する)と|手伝(?:って(?:くれる|もらう)|う)と|話(?:しかけ)?(?:て(?:くれる|もらう)|す)と)'
export const DRAW_D56 = `(?:${YOUNG_F})(?:の?(?:ボランティア|スタッフ|学生|職員)(?:さん)?)?${CAME_D56}[、,]?[^。！？!?\\n]{0,12}?(?:${OLD_MEN})(?:たち|達|の皆さん|さんたち|陣|衆)?(?:の|が|は|も)?[^。！？!?\\n]{0,10}?(?:${PERKED})|(?:${OLD_MEN})(?:たち|達|の皆さん|さんたち|陣|衆)?(?:は|って|も)[、,]?[^。！？!?\\n]{0,10}?(?:${YOUNG_F})${CAME_D56}[、,]?[^。！？!?\\n]{0,12}?(?:${PERKED})`
export const WELCOMED_F = `(?:${YOUNG_F})(?:の?(?:ボランティア|スタッフ|学生|職員)(?:さん)?)?(?:さん|の方|の皆さん)?(?:は|も|を)?[、,]?(?:特に|とくに)?(?:大歓迎|歓迎|大募集|求む|優遇|ウェルカム|お待ちして)`
export const OLD_MEN_TOPIC = phrase(`${OLD_MEN}`, 'u')
/**
 * Blind R315E-042 kind (dec57): someone shown or posing said to leave the onlookers nowhere to rest their eyes (船頭さんたちも目のやり場に困って
 * ました😂, 目のやり場がない, 目の毒): a body made the sight, sexual warn, block with a laugh or a leer. Only where the paragraph speaks of a body
 * or of someone shown (スタイル, 水着, モデル, 新人); not displays, flowers, couples or a dress code (…服装はご遠慮ください).
 */
export const EYES_NOWHERE = '目のやり場(?:に|が|を)?[、,]?(?:困|こま|な(?:い|く|か)|迷|探)|目の毒(?:です|だ|でした|すぎ|過ぎ|かも|[。！!😂🤣😏]|$)'
export const BODY_SHOWN = phrase('スタイル|ボディ|体型|体つき|プロポーション|胸|谷間|脚|太もも|ふともも|お尻|くびれ|うなじ|肌|露出|薄着|水着|ビキニ|ミニスカ|セクシー|色っぽ|色気|グラマー|肉体|裸|上半身|へそ|生足|モデル|新人|職員|スタッフ|お姉さん|女性|女子|女の子|彼女|美人|美女|イケメン', 'u')
export const EYES_VETO = phrase('カップル|いちゃ|展示|作品|商品|品揃え|品ぞろえ|見どころ|見所|メニュー|料理|スイーツ|ケーキ|お菓子|花|景色|絶景|夜景|イルミ|屋台|お店|グッズ|資料|書類|画面|看板|情報|多さ|多すぎ|多過ぎ|数々|ずらり|ずらっと|並ん|惨状|被害|事故|遺体|授乳|(?<!被)差別|セクハラ|ハラスメント', 'u')
/** … nor a dress code or a complaint relayed anywhere in the paragraph (水着での入館はご遠慮ください。目のやり場に困るとの声が…). */
export const EYES_PVETO = phrase('ご遠慮|お控え|控えて|控えましょう|禁止|ないよう|マナー|服装での|との(?:ご)?(?:声|意見|指摘)|という(?:ご)?(?:声|意見|指摘)|苦情', 'u')
/**
 * A colleague at a party sexualised (受付担当の新人・中島さんのミニスカサンタ！…視線がずっと脚に釘付け…来年はぜひバニーガールでお願いします):
 * a named or identifiable staff member's revealing costume as the draw, the eyes on her body, or a more revealing one wished for next time:
 * `decency/sexual`, block where the paragraph speaks of staff or a staff party. Not swimwear for a swim class, not a costume contest's rule.
 */
const COSTUME = '(?:バニー(?:ガール)?|水着|ビキニ|ミニスカ(?:ート)?(?:サンタ|ポリス|ナース)?|網タイツ|ナース服|メイド服|セーラー服|チャイナドレス|レオタード|ハイレグ|ボディコン|ネグリジェ|ランジェリー|下着)'
const COSTUME_WISH = `(?:来年|次回|次|今度|次の(?:忘年会|新年会|宴会|飲み会|イベント))(?:は|こそ|も)[、,]?(?:ぜひ|是非|ぜひとも|絶対|ぜったい)?[、,]?[^。！？!?\\n]{0,8}?${COSTUME}(?:姿)?(?:で|を|に|の)[^。！？!?\\n]{0,6}?(?:お願い|おねがい|期待|見たい|みたい|希望|着て|してほし|してもらい|リクエスト|頼|よろしく)`
const COSTUME_DRAW = `(?:さん|ちゃん|新人|職員|スタッフ|担当|係|後輩|同僚|部下)(?:の)[^。！？!?\\n]{0,4}?${COSTUME}(?:姿)?[^。！？!?\\n]{0,12}?(?:目玉|見どころ|見所|見もの|見物|眼福|目の保養|たまら|釘付け|くぎ付け|セクシー|色っぽ|エロ|ご褒美|[😍🤤😏])`
const GAZE_PART = '(?:視線|目線|目)(?:は|が|も)?[、,]?(?:ずっと|すっかり|完全に|もう|みんな|思わず|つい)?[^。！？!?\\n]{0,10}?(?:脚|太もも|ふともも|太腿|胸|胸元|お尻|おしり|谷間|スカート|生足|美脚|くびれ|ヒップ|バスト)(?:に|へ|ばかり|ばっかり|ばっか){1,2}[、,]?(?:釘付け|くぎ付け|くぎづけ|集中|いって|行って|いっ|行っ|向い)'
const COSTUME_HIGHLIGHT = `(?:目玉|見どころ|見所|見もの|ハイライト)(?:は|が)[、,]?[^。！？!?\\n]{0,20}?(?:さん|ちゃん|新人|職員|スタッフ|担当|係|後輩|同僚|部下)の[^。！？!?\\n]{0,4}?${COSTUME}`
export const COLLEAGUE_SEXUAL = `${COSTUME_WISH}|${COSTUME_DRAW}|${COSTUME_HIGHLIGHT}|${GAZE_PART}`
export const STAFF_PARTY = phrase('新人|職員|スタッフ|担当|同僚|後輩|部下|庁内|課内|係内|忘年会|新年会|歓迎会|送別会|宴会|飲み会|懇親会|打ち上げ|余興|出し物', 'u')
export const COLLEAGUE_SEXUAL_VETO = phrase('プール|水泳|海水浴|水中|アクア|着用|持参|ご用意|準備|ハラスメント|セクハラ|(?<!被)差別|不適切|やめ|控え|ではありません|検診|健診', 'u')
const WINK_D = '[（(]?(?:いろんな|色んな|いろいろな|色々な|いろいろ|色々|別の|べつの|違う|ちがう|ある|二つの|ふたつの|もう一つの|もうひとつの|二重の)意味で[)）]?|[（(]意味深[)）]|意味深(?:です|でしょ|ですね|[。！!]|$)'
export const MEANINGS_WINK = `${PRETTY}[^。！？!?\\n]{0,40}?(?:${PERK_MEN})[^。！？!?\\n]{0,30}?(?:元気|げんき|ハッスル|張り切|はりき|若返|テンション|イキイキ|いきいき|生き生き|喜|ドキドキ|ときめ|メロメロ|やる気)[^。！？!?\\n]{0,16}?(?:${WINK_D})`
/**
 * R338N-016 kind: a woman (or a man) told she is still a woman, or has not given it up (まだまだ女を捨ててないですね, 女としてまだまだ現役, 皆さん
 * 女盛り): a sexual or sex-role remark on someone's age, block. Not the saying named as harassment.
 */
export const STILL_WOMAN = '(?<![一-龥])(?:女|男)(?:を|は)(?:まだまだ|まだ|もう)?(?:捨て|すて)(?:て(?:い|な|ま|る|お|へ)|た|る|ちゃ|きれ|ず)|(?<![一-龥])(?:女|男)(?:として|の)(?:まだまだ|まだ)?(?:現役|終わ(?:り|って|った)|見られ|魅力(?:が|は)?(?:健在|衰え|まだまだ))|(?<![一-龥働])(?:女|男)盛り|(?:まだまだ|まだ)(?:女|男)(?:として)?(?:現役|いける|イケる|ですね|だね|やね|ばい)'
export const STILL_WOMAN_VETO = phrase('相談|悩|苦痛|つら|嫌な思い|ハラスメント|セクハラ|(?<!被)差別|偏見|と言われ|といわれ|という言葉|といった言葉|のような言葉|傷つ|ジェンダー|やめましょう|控えましょう', 'u')
/**
 * R352M-014 kind: a seasonal or family event made an adult innuendo: a couple left alone with the rest unsaid (お内裏様とお雛様もふたりきりで…♡)
 * where the night or an "adult" version is named, or an adult version of an event with the sexual emoji (大人のひな祭り…🍑💦, 大人の七夕🍆):
 * sexual, warn. Not a plain 大人の (大人の遠足, 大人の社会科見学) and not a peach alone (桃狩り🍑).
 */
const ALONE_ELLIPSIS = '(?:二人きり|ふたりきり|[2２]人きり|二人だけ|ふたりだけ|[2２]人だけ)(?:で|に|の(?:夜|時間))?[、,]?(?:\\.{2,6}|・{2,6}|ー{2,4}|〜{1,3})[^。！？!?\\n]{0,2}?[♡❤💕💗💓😏😘💋🫦]'
const ADULT_EMOJI = '(?:大人の|おとなの|オトナの)[^\\n]{0,40}?(?:🍆|🫦|👅|🍑\\s{0,2}💦|💦\\s{0,2}🍑|🍆\\s{0,2}💦)'
export const ADULT_INNUENDO = `${ALONE_ELLIPSIS}|${ADULT_EMOJI}`
export const ADULT_TOPIC = phrase('夜|今夜|今宵|今晩|大人の|おとなの|オトナの|🍑|🍆|💦|😏', 'u')
export const ADULT_VETO = phrase('親子|お子さん|子ども|子供|こども|キッズ|園児|児童|小学生|幼児|赤ちゃん|(?<!被)差別|セクハラ', 'u')
/** Blind R356D-055 kind (DE): a woman's short skirt or swimsuit watched with a thrill (すかーとみじかくて…どきどき…ずっとみてたよ👀): sexual, warn. */
export const LEERED_DRESS = '(?:すかーと|みにすか|水着|胸元|太もも|ふともも|脚)[^。！？!?\\n]{0,10}?(?:短|みじか|みに|ぴったり|透け|すけ|露出)[^\\n]{0,30}?(?:どきどき|見とれ|みとれ|ずっと(?:見|み)て|目が離せ|目がいっ|👀|😍|🤤|むらむら)'
export const LEERED_VETO = phrase('防止|盗撮|被害|せくはら|はらすめんと|犯罪|相談', 'u')
/**
 * Blind R376Z-047 kind: a sexual remark on a staff member's body, received at work and posted as a laugh (おじさんに「姉ちゃん、よか尻しとるね〜」
 * って言われた笑, 「いい体しとるね」って言われちゃいました😂): the catcall passed on as a joke, sexual warn. Not a post that names it
 * harassment or tells where to report it (セクハラ, ハラスメント, 相談, 被害).
 */
const BODY_PART = '(?:お?尻|おしり|けつ|胸|おっぱい|脚|太もも|ふともも|体|身体|からだ|すたいる|ぼでぃ)'
const BODY_PRAISE = '(?:いい|よか|ええ|良い|でかい|でっかい|大きい|おっきい|えろい|えっちな|せくしーな|色っぽい|むちむちの|ぷりぷりの)'
export const CATCALL_LAUGHED = `(?:${BODY_PRAISE}${BODY_PART}(?:しとる|してる|しちょる|しとん|している|して|しと)|${BODY_PART}(?:が|も)?(?:いい|よか|ええ|でかい|えろい|たまらん|たまらない|せくしー|色っぽい))[^。！？!?\\n]{0,12}?(?:って|と)[、,]?(?:言われ|いわれ|声(?:を)?かけられ|からかわれ|褒められ|ほめられ|冷やかされ)[^。！？!?\\n]{0,8}?(?:笑|w|ｗ|[😂🤣😆😝😅]|[（(]笑[)）])`
export const CATCALL_VETO = phrase('せくはら|はらすめんと|相談|被害|許され|不快|やめて|ではありません|通報', 'u')
