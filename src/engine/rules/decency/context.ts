/**
 * decency — shared readings: the rule id type, the table entry types (Phrase, SentenceKind, Group), DecencyFacts, and the regexes
 * and helpers read by more than one detector file (the next sentence condemning an example, a paragraph's bounds, a sentence's
 * range, rx). No detector here: nothing in this file emits a finding by itself.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import type { DraftFinding } from '../../rule'
import type { Span } from '../../text'
import { phrase } from '../../words'

export type Rule = 'decency/sexual' | 'decency/discriminatory' | 'decency/lookism' | 'decency/stereotype' | 'decency/insensitive' | 'decency/victim' | 'decency/abuse-joke' | 'decency/conduct' | 'decency/gore' | 'decency/crude'
export const AWARENESS = phrase(
  '(?<!被)差別(?!(?:じゃ|では)(?:ない|なく|ありません))|人権|偏見|思い込み|決めつけ|根拠のない|誤解|解消|啓発|(?<!ご)理解を(?!お願い|賜)|(?<!ご)理解と(?!ご?協力)|ご理解(?!(?:と|、)?(?:ご)?協力|ください|下さい|いただ|願|を(?:お願い|賜|いただ))|尊重|多様性|共生|権利|なくそう|なくしましょう|なくす|許さない|許されない|根絶|講演|研修|パネル展|相談窓口|ハラスメント|合理的配慮|配慮|(?<!特別)支援|サポート|バリアフリー|ユニバーサル|優先席|介助|補助犬|盲導犬|助成|補助金|制度|法律|条例|いじめ|啓蒙|学習会|考える|という(?:考え|見方)(?:方)?は|(?:行為|書き込み|投稿|言動)(?:は|が|も)[^。]{0,6}?後を絶|行為(?:は|を)|してはいけ|してはなら|やめましょう',
  'u',
)
/** Others than the group asked to keep off what is reserved for it (障がい者用駐車場は、一般の方のご利用はご遠慮ください; 優先席は…それ以外の方は). */
export const OTHERS_KEPT_OFF = /(?:用|専用|優先)[^。！？!?\n]{0,12}?(?:一般|ほか|他|それ以外|健常者|対象外|該当しない)の?(?:方|人|利用者|車両?|お客様|お客さま|皆さま|皆様)/u

/** Round 84: a label denied right after it (…でも…でもない, ではなく, じゃなか, でもなんでもありません). */
export const DENIED_REST = '(?:(?:も|は)?(?:なんでも)?|も[^。！？!?\\n]{1,12}?(?:で|じゃ|や)も)(?:ない|なく|なか|ありません|ございません|あらへん)'
export const LABEL_DENIED = `(?:で|じゃ|や)${DENIED_REST}`
export const LABEL_DENIED_AT = phrase(`^${LABEL_DENIED}`, 'u')
export interface Group {
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
export const MIND_OTHERS = '(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|来館者|参加者|お子さん|子ども)(?:に|へ)(?:の)?(?:ご)?(?:配慮(?:して|し|いただ|の上|のため|から|により)|気を(?:つけ|付け|遣|使)(?:って|い))'
/** What a group may be kept from (入居, 入園, 採用, 乗船 …). */
export const ACT = '参加|入場|利用|来場|来店|乗船|乗車|入店|入会|入室|入館|入園|入学|入所|入団|入居|宿泊|予約|申し?込み?|応募|受験|受講|登録|見学|体験|採用|雇用|契約|賃貸|受け入れ|受入れ?'
/** The activity refused, in every politeness form (入居は不可です, 入園できません, 採用はいたしません). */
/**
 * Round 104 (colleague's false positive): a refusal followed by its denial (国籍を理由に外国人の方の予約をお断りすることはありません,
 * 入会はお断りしません, 入店を禁止することはございません, お断りいたしておりません) is a statement of non-discrimination, not a refusal.
 */
export const REFUSAL_DENIED = '(?!(?:する|いたす|致す|される|させていただく)?(?:こと|の|わけ)(?:は|も)?(?:ありません|ございません|ない|なく|なか|ありえません|あり得ません)|(?:は|も)?(?:いたし|致し|し|され)ません(?!か)|(?:は|も)?(?:いたして|致して|して)(?:おりません|いません))'
export const REFUSE = `(?:${ACT})(?:は|を|も)?(?:禁止|お断り|お断わり|不可|ng|できません|できない(?:です|ので|。|$)|いただけません|頂けません|になれません|させません|認めません|いたしません(?!か)|致しません(?!か)|しません(?!か)|しない(?:方針|こと|予定|。|$)|お受けできません|(?:お受け|ご利用)?(?:いたし|致し|し)かね(?:ます|る)|お控え(?:ください|下さい|いただ))${REFUSAL_DENIED}|対象外と(?:させていただ|いたし|します)|(?:${ACT})(?:は|を|も)?(?:(?:あまり|特に|それほど|さほど|正直|ほとんど|まったく|全く|はなから|最初から)?(?:期待して|求めて|望んで)(?:いない|おりません|いません(?!でした)|おらず)|歓迎(?:しない|しません|していません|できません)|お呼びでない|想定して(?:いない|おりません|いません|おらず)|想定外|考えて(?:いない|おりません)|見込んで(?:いない|おりません)|対象と(?:しない|していない|しておりません))`
/** A group said to slow or burden the rest, and sent apart (進行が遅れるため、別日程の講座へ, 手間がかかるので別室で). */
const BURDEN_APART = '(?:遅れ|遅く|滞|支障|妨げ|手間|手がかか|時間(?:が|を)?(?:かか|要))[^。！？!?\\n]{0,8}?(?:ため|ので|から|けん)[、,]?[^。！？!?\\n]{0,8}?別(?:の)?(?:日程|日|回|会場|室|部屋|枠|コース|講座|クラス|便|時間帯|教室|グループ|班|席)'
/** A wish to keep a group out (貸したくない, 雇いたがらない, 住まわせとうない, 関わりたくない). */
export const WANT_OUT = '(?:貸し|雇い|住ませ|住まわせ|泊め|入居させ|関わり|近づき|付き合い|つきあい)(?:たくない|たくなか|たくねえ|とうない|たがらない|たがらん|たがりません)|貸し渋'
/**
 * Exclusion, contempt and hostility said of any group. Blind R453E-013 kind (dec94): also the group cut from a public aid or told
 * unworthy of the taxes (補助の対象から外すべき, 配布の対象から除外すべき, 税金を使う必要はない); not an income limit (所得の高い世帯は…:
 * no group), not the group served (外国人の方も補助の対象になります).
 */
export const EXCLUDE =
  `${REFUSE}|^(?:の方|の人|の皆さん|の皆様|のお客様|のお客さま)?の(?:ご|お)?(?:書き込み|コメント|投稿|発言|意見|質問|問い合わせ|問合せ|相談|提案)(?:は|を|も)[、,]?(?:お控え(?:ください|下さい|いただ|願)|控えて(?:ください|下さい|いただ|もら))|${BURDEN_APART}|^[^。！？!?\\n]{0,12}?どうせ(?!なら)|(?:お断り|おことわり|お断わり)${REFUSAL_DENIED}|(?:ご)?遠慮(?:を)?(?:お願い|願い|いただいて|して(?:もら|いただ))|受け付け(?:て)?(?:おりません|いません|ません)|お受け(?:でき|いたしかね|して(?:おり|い))ません|(?:ご|お)(?:参加|利用|入場|乗船|乗車|入店|来店|入館|入室|来場|予約|宿泊|申し?込み?)(?:は|を)?(?:いただけ|でき|になれ|頂け)(?:ません|ない)|(?:入れ|乗れ|泊まれ|参加でき|利用でき)(?:ません|ない(?:です|ので|。|$))|いたしかねます|(?:理解|飲み込み|物覚え|覚え|動き|反応|判断)(?:が)?(?:遅|鈍|悪|のろ)(?:い|く)[^。！？!?\\n]{0,3}(?:ので|から|けん|ため|し)|危ない(?:から|ので|けん)|危なっかしい|何を(?:する|しでかす)か(?:分から|わから)|(?:言葉|話)(?:が)?通じ(?:ない|ん)(?:から|ので|けん)|(?:${ACT})(?:は|も)[、,]?(?:正直|さすがに|やっぱり)?(?:ちょっと|ちょつと|ちと)(?:…|‥|・・|\\.\\.|(?:ご)?遠慮|勘弁|困(?:る|り))|トラブル(?:を|が)?(?:起こ|多)|手がかか(?:る|り)|ご遠慮(?:ください|下さい|いただ|願|頂)|遠慮して(?:ください|ほしい|欲しい|もらい|いただ)|(?:入店|入場|利用|乗船|乗車|参加|入室|来店|入館)(?:は)?(?:禁止|お断り|不可|できません|させません|認めません)${REFUSAL_DENIED}|${WANT_OUT}|来るな|来んな|来ないで|こないで|来てほしく|来て欲しく|(?:乗って|使って|利用して|入って|泊まって|住んで|参加して|来ては|乗っては|使っては|入っては)(?:ほしく|欲しく)(?:ない|なか|ありません|ねえ)|来んで(?:よか|いい|ええ|ほしい)?|来なくて(?:いい|よい|結構|よか)|乗せ(?:ない|ん|たくない|ません|るな)|入れ(?:ない|ん|たくない|ません|るな)|受け入れ(?:ない|たくない|られない|ません)|出ていけ|出て行け|出てけ|帰れ(?![ばるなたてずまんへ])|国に帰(?:って(?:ほし|欲し|もらいた|もらえば|ください|下さい|くれ(?![るたてば]))(?!く(?:な|あ|は))|ったら(?:いい|よい|良い|よか|ええ)|るべき|りなさい|んなさい|れば(?:いい|よい|良い|よか|ええ))|(?:ご|お)?迷惑(?:に|と)な|(?:補助|助成|支援|給付|援助|配布|配付|割引|減免|手当)(?:の)?対象から(?:外す|外せ|はずす|除外す|除く)(?:べき|べし)|(?:税金|公金|血税)(?:を|は|まで)?[^。！？!?\\n]{0,4}?(?:使う|使わ|回す|出す)(?:必要|意味|価値)(?:は|も|なんて|など)?(?:ない|無い|ありません|なか|ねえ)|迷惑(?:です|だ|やけん|なので|なんで|なんです|でしか|千万)|迷惑がかか|邪魔(?:だ|です|やけん|なので|なんで|。|！|!)|足手まとい|(?:は|なんか|なんて)(?:いらない|要らない)|(?:無駄|むだ|ムダ)(?:だ|です|やけん|と思|でしか|なので)|嫌い|きらい|大嫌い|目障り|めざわり|見苦し|(?:ばっかり|ばかり|ばっか|だらけ)で[、,]?[^。！？!?\\n]{0,6}?(?:疲れ|うんざり|しんど|参っ|最悪|嫌にな|いやにな)|気持ち悪|気色悪|きもい|異常|おかしい(?!と(?:思|おも|感じ|かんじ)(?:ったら|った時|ったとき|う時|うとき|えば|たら|た時|たとき|る時|るとき))|変わった(?:人|連中|方|奴|やつ)|変な(?:人|連中|奴|やつ)|ヘンな|劣って|劣る|劣等|下等|汚い|きたない|臭い|くさい|怖い|こわい|犯罪者|危ない人|信用でき(?:ない|ん)|とかいう|ごとき|なんか(?:に|が|は|と)|のくせ|くせに|隔離|排除|追い出|近寄(?:るな|らない|らん)|生産性|迷惑をかけ(?:る|ます|て)|邪魔(?:に|と)な(?:る|ります|って)|(?:他の|ほかの|周りの|周囲の)[^。！？!?\\n]{0,6}?(?:邪魔|じゃま)(?:に)?(?:ならない|ならん|なりません)(?:よう|ように)|無駄(?=[。！!]|$)|もったいない|(?:しとけ|しとれ|しとき|しておけ|してろ|しとって)(?=[。！!、]|$)|じっとし|迷惑(?=[。！!]|$)|(?:参加|来場|利用|乗船|入店|入場|来店)(?:を|は)(?:お)?控え(?:て|ください|下さい|いただ)|(?:使わ|利用し|入ら|来|参加し|乗ら)(?:ないで|んで)(?:ほしい|欲しい|ください|下さい|もらいたい|いただきたい)|(?:ご)?(?:利用|入場|参加|乗船|入店|来店|入館)(?:いただけ|でき|になれ)(?:ません|ない)|困る(?=[わねよ。！!]|$|んよ|けん)|困ります|困りもの|(?:採用|雇用|入居|賃貸)(?:し)?(?:ない|ません|お断り|不可)|雇わ(?:ない|ん)|貸さ(?:ない|ん)|(?:する|すん|来る|来ん|行く|出る|乗る|入る|使う|触る|運転する|運転すん)な(?=[。！!、\\s]|$)|(?:ご)?遠慮(?:ください|下さい|願います)|(?:他の|ほかの|周りの|周囲の)(?:お客様|お客さま|方|人|利用者|皆様|皆さま|避難者|入所者|乗客|参加者|来館者|入居者|患者|お子さん|お子様|子ども|子供|子|児童|生徒|園児)(?:が(?:怖が|こわが|驚|びっくりす|びっくりさ|不安にな|落ち着か|集中でき(?:ない|ません))|の目(?!を?気に(?:せ|しな|する(?:こと)?なく))|の視線(?!を?気に(?:せ|しな|する(?:こと)?なく))|の(?:ご)?迷惑|が(?:不快|気にな|嫌が))|(?:ご)?迷惑(?:に|と)(?:なり|なる|なっ)|${MIND_OTHERS}|押しかけ|とは思えない(?:くらい|ほど)?(?:の)?(?:クオリティ|出来|上手|すばらし|素晴らし|完成度|腕前)|にしては(?:上手|すごい|立派|きれい|よくでき|しっかり)|(?:なのに|にもかかわらず|のくせに)[^。！？!?\n]{0,16}(?:頑張|がんば|一生懸命|働い|感動|すごい|すばらし|素晴らし|立派|健気|えらい|偉い)`

/** Any exclusion (after a presumption, the group's own reading blocks: …理解が遅いので、参加はご遠慮願います). */
export const EXCLUDE_RE = phrase(EXCLUDE, 'u')

/** Countries and regions whose people a sentence may exclude (中国からのお客様, 韓国籍の方). */
export const NATION = '中国|韓国|朝鮮|北朝鮮|台湾|香港|タイ|ベトナム|フィリピン|インドネシア|マレーシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|バングラデシュ|スリランカ|アメリカ|米国|ロシア|アフリカ|アラブ|イラン|トルコ|クルド|アジア|欧米|在日|外国|海外|他国'
/** Laughter spelt with w (笑w, ｗｗｗ), not the letters of an address or a word (https://www., window). */
/**
 * Round 63 (GZ-026): 草 that a verb of cutting, pulling or growing describes (■刈った草, 抜いた草は…, 伸び放題の草, 干し草) is grass, not
 * internet laughter: a lookbehind put before every laughing 草.
 */
export const GRASS_CUT = '(?<!刈(?:った|られた|り取った|りとった|り取られた|り終えた|り集めた|ってある|っておいた|り)|干し|抜(?:いた|き取った|きとった|かれた)|むしった|毟った|摘んだ|伸びた|のびた|伸び(?:ている|てる|放題の)|生え(?:た|ている|てる|放題の)|はえた|茂った|しげった|枯れた|集めた|積んだ|ぼうぼうの)'
export const LAUGH_W = '(?<![a-z0-9/.:@_%#=&?-])w+(?![a-z0-9./:_%#=&?-])'

export interface Phrase {
  rule: Rule
  re: RegExp
  need?: readonly string[]
  instead: string
  keep?: (fo: string, sentence: Span, start: number, end: number) => boolean
  severity?: 'block' | 'warn'
  /** Match on the squeezed view (scripts kept) instead of the folded one. */
  squeezed?: boolean
}

export const INSTEAD = {
  sexual: '人の身体や性に触れる言葉を削除し、催しや施設の内容そのものを紹介してください（例：「浴衣で白秋祭をお楽しみください」）',
  lookism: '容姿で人を紹介せず、担当する業務や人柄、取り組みを紹介してください（例：「観光課の職員が受付を担当します」）',
  discriminatory: '属性で人をひとまとめにした否定や排除をやめ、対象となる行為やルールそのものを書いてください（例：「乗船時は係員の案内に従ってください」）',
  stereotype: '性別・年齢・体型で人を決めつけずに書いてください（例：「どなたでも迷わず歩ける散策マップ」「どなたでも乗れるどんこ舟」）',
}
export const BODY_VETO = phrase('検診|健診|しこり|症状|受診|x線|レントゲン|乳がん|乳癌|マンモ|授乳|母乳|赤ちゃん|痛|けが|ケガ|骨折|体操|運動|ストレッチ|筋トレ|健康|いっぱい|熱く|打た|高鳴|ライフスタイル|スタイルで|着付け|着こなし|着方|三脚|脚立|椅子|机|テーブル|ピアノ|橋脚|行脚|ポーズ|フォーム|デザイン|建築|様式|手術|治療|病院|診察', 'u')
/**
 * A body part's size told of an animal or a thing (ハトは胸の大きい鳥です, 胸の大きいポケット, 名札は胸の大きい位置に): no person, so no
 * sexual remark. The animal or thing right after the match, or an animal as the sentence's topic before it. A person after it
 * (胸の大きい参加者さん) or no such word keeps the remark.
 */
/**
 * Round 105 (colleague's defect): the duck カモ as a word, not the ending かも that kana folding makes of it (…引っ込むかもね笑, 無理かも):
 * not after a verb's or an adjective's kana (の, と, や aside), and followed by a particle or a suffix of a noun (カモの親子, 鴨が).
 */
export const DUCK = '(?:鴨|(?:(?<![ぁ-ゖ])|(?<=[のとや]))カモ(?=[のがはもをにや]|たち|達|さん|ちゃん|くん|親子))'
export const STAFF = '(?:秘書|職員|スタッフ|受付|担当(?:者)?|係員|係|新人|女の子|女子|女性|男性|ガイド|船頭|市長|議員|コンパニオン|ガール|お姉さん|娘|ママ(?!で|に|の|だ|です|では|じゃ|なら|にし|とな|でい|だっ)|奥さん|社員|店員|嬢|保育士|先生|看護師|ボランティア|大使|候補者|キャスト|さん|ちゃん)'
/** Safety advice about a danger, not a group (不審者, 悪質な勧誘, 野生動物): avoiding it is prudence. */
export const DANGER = phrase('不審|詐欺|悪質|消費生活|犯罪|被害|勧誘に(?:ご)?注意|熊|クマ|イノシシ|猪|蜂|ハチ|野犬|動物|カラス|サル|猿|蛇|ヘビ|川|水路|増水|崖|がけ|斜面|倒木|電線|工事現場|台風|大雨', 'u')
/** The text before a finding: the sentence and up to 80 characters before it (the sentence before). */
export const near = (fo: string, s: Span) => fo.slice(Math.max(0, s.start - 80), s.end)
/**
 * A frame that reports what others say (という声, とのご意見, といった苦情, と言われ, という相談): right after a
 * group's predicate it makes the sentence a relayed complaint, not the account's own claim. Round 56: …って話 that closes
 * the writer's own sentence (女は家におれって話, …って話や) is the writer's conclusion, not a story relayed (…って話を聞いた).
 */
export const REPORTED = phrase('^[^。、！？!?\\n]{0,6}?(?:という|との|といった|って|っていう)(?:(?:ご|お)?(?:声|意見|指摘|苦情|相談|要望|問い合わせ|お問い合わせ|投書|通報|話(?!(?:や|だ|じゃ|よ)?(?:ね|よ|な|ん|ろ)?[〜~ー…。！!w笑\\s]*$)|ご相談|ご意見|ご指摘|ご要望|クレーム|書き込み|口コミ|印象|イメージ|批判))|^[^。、！？!?\\n]{0,6}?(?:と|って)(?:言われ|いわれ|よく言われ|指摘され|思われ|聞かれ)|^[^。、！？!?\\n]{0,6}?[、,]?(?:と|って)(?:心配|懸念|不安に思|危惧)(?:する|される|している|されている|なさる)(?:声|方|意見|人|ご意見)', 'u')
/** A claim named in order to deny it (…が悪化したというデータはありません, …という事実はない). */
export const DENIED = phrase('^[^。！？!?\\n]{0,14}?(?:という|との|といった|を(?:結び|むすび)(?:つけ|付け)る|と(?:の)?(?:関連|関係|因果関係|相関)(?:を示す|がある(?:という)?)?)(?:データ|統計|事実|根拠|証拠|傾向)(?:は|も)(?:ない|ありません|ございません|なか|見られ(?:ない|ません)|確認され(?:ていない|ていません|ておりません))', 'u')
/** A prejudice reported in order to be answered (〜と思っていませんか, 〜ではありません, 偏見です). */
export const ANSWERED = phrase('と思(?:つて)?(?:い)?ませんか|思い込み|わけでは(?:ない|ありません|なか)|ではありません|ではなく|じゃありません|誤解|偏見|差別|人権|根拠(?:は|の)?(?:ない|ありません)|事実は(?:ない|ありません)|データ|イメージを(?:覆|変え|打ち破)|思われがち|時代は終わ|時代では(?:ない|ありません)|ませんか', 'u')

/**
 * Round 105 (colleague's block): a prejudice named as a common view and denied (母子家庭の子は手がかかる、と思われがちですが、そんなことは
 * ありません; …と言われがちです。でも、そうではありません; …て思われがちばってん、そげなことはなか): the predicate right after the group is
 * followed by と思われ/言われ/見られ + がち/やすい/ることが多い and, within the sentence or the next, a denial (そんなことはない, そうでは
 * ない, そうとは限らない, 偏見, 誤解, 思い込み, 違います). Awareness, not a claim. Not …と思われがちですが、実際その通りです.
 */
export const PRESUMED_DENIED = phrase('^[^。！？!?\\n]{0,4}?[、,]?(?:と|って|て)(?:よく|昔から|一般に|世間では|どうしても)?(?:思われ|おもわれ|言われ|いわれ|見られ|みられ|考えられ|誤解され|決めつけられ|思い込まれ)(?:がち|やすい|やすく|ることが(?:多|あ)|ることも(?:あ|多)|ている|ています|ていますが|てきました|とる|とります|ますが)[^\\n]{0,40}?(?:そ(?:んな|げな|がん|ういう|のような)こと(?:は|も)?(?:決して|けっして|全く|まったく)?(?:ありません|ございません|ない|なか|あらへん)(?!か|(?:と|って|て)(?:いう|言う|いわれ|言われ|いっ|言っ|思う|おもう))|そう(?:では|じゃ|じや)(?:ない|なか|ありません)|そうとは限(?:ら|りません)|偏見|誤解|思い込み|決めつけ|違います|ちがいます|間違い)', 'u')
export const LAUGHED121 = phrase(`${LAUGH_W}|[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|[😂🤣😆]|ウケ(?:る|た)`, 'u')
export const CONDOLENCE = phrase('ご冥福|お悔やみ|哀悼|お見舞い|黙とう|黙祷', 'u')
export const INSENSITIVE = '事故・火災・災害・訃報には、茶化す言葉や絵文字を使わず、事実と注意の呼びかけ、お見舞いの言葉だけを書いてください。催しの告知は別の投稿にしてください（例：「沖端地区で火災がありました。付近を通行される方はご注意ください。」）'

/** A sentence that talks about a slur rather than using it (…で笑いを取るのはやめましょう, 差別につながる表現). */
export const SLUR_TALK = phrase('(?<!被)差別|偏見|人権|啓発|傷つけ|やめ|控え|使わ(?:ない|ず|ぬ)|禁止|不適切|ふさわしくな|配慮|からか', 'u')

/** A nuisance or crime a district is said to suffer. */
/** Harm a person suffers, named before トラブル (転倒のトラブル, 詐欺のトラブル): trouble that befalls them, not trouble they cause. */
export const SUFFERED = '(?:転倒|転落|事故|詐欺|被害|健康|体調|熱中症|脱水|誤嚥|服薬|機器|端末|スマホ|契約|消費者|通信|ネット|金銭|相続|近隣からの)'
/** Residents named by a protected attribute (外国人技能実習生, 生活保護世帯). */
export const RESIDENTS = '外国人|外国籍|外国の方|技能実習生|実習生|留学生|移民|難民|中国人|韓国人|ベトナム人|フィリピン人|ブラジル人|ネパール人|インドネシア人|ミャンマー人|在日|生活保護|母子家庭|ひとり親|同和|部落'
/** Disabled people, as a sentence names them (耳の不自由な方, 障害者, 車いすの方). */
export const DISABLED = '(?:目|耳|足|体)(?:の|が)?(?:見えない|見えにくい|聞こえない|聞こえにくい|悪い|不自由な)(?:方|人|お客様|子)|(?:視覚|聴覚|身体|知的|精神|発達)障(?:害|がい|碍)(?:者|児|の(?:ある)?(?:方|人|子))?|障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子)|車(?:椅子|いす)(?:の|を(?:ご)?利用の)(?:方|人|利用者)|全盲の(?:方|人)|難聴の(?:方|人)|ろう者|聾者|盲人'
/** Old people (お年寄り, 高齢者, ばあちゃん). */
export const AGED = '(?:ご)?高齢(?:の)?(?:方|人|者)|年配(?:の)?(?:方|人|者)|お年寄り|年寄り|老人|(?:お)?(?:じい|ばあ)(?:ちゃん|さん)|シニア(?:の方)?'

/** Groups whose needs may be dismissed as not worth the cost (車いすの人なんて…しか来ない). */
export const DISMISSED = `${DISABLED}|車(?:椅子|いす)(?:の)?(?:人|方|利用者|ユーザー)|障(?:害|がい|碍)(?:者|児|の(?:ある)?(?:方|人))|高齢者|お年寄り|年寄り|外国人|外国の(?:方|人)|生活保護(?:受給者|世帯|の人)?|ひとり親(?:家庭|世帯)?|lgbtq?|同性カップル|性的少数者`
/** People named by a body type (ぽっちゃりさん, 太めの方, おデブちゃん).
 * Blind R253E-036 kind (dec8): girth put politely as a width or a frame (横幅のある子, 恰幅のいい方, お腹の出た人) names a body
 * type just as ぽっちゃり does; the people word follows the verb at once. */
export const BODY_TYPED = '(?:(?:ぽっちゃり|ポッチャリ|太め|ふくよか|おデブ|デブ|太っちょ|太っ(?:た|てる|ている|とる)|体格のいい|ガタイのいい|大柄)(?:さん|ちゃん|の方|な方|の人|な人|体型の(?:方|人)|の子|な子|の皆さん|さんたち)|(?:横幅(?:の|が)(?:ある|広い|大きい)|(?:恰幅|肉付き)(?:の|が)(?:いい|良い|よい)|(?:お腹|おなか)(?:の|が)出(?:た|てる|ている))(?:方|人|子|お客(?:さん|様|さま)|男性|女性|職員)(?!数|口|形|物)(?:さん|たち|さんたち)?)'

/** A presumption named to deny it (…ではありません, と思われがち, という誤解). */
export const PRESUMED_NOT = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|と(?:思われ|言われ|いわれ|考えられ)(?:がち|てき|ている|る)|という(?:誤解|偏見|思い込み|声|認識|考え)|誤解|偏見|思い込み|決めつけ|とは限ら|差別', 'u')
/** Words that name a sex-role prejudice in order to answer it (固定的な役割分担を見直そう). */
export const ROLE_TALK = phrase('(?<!被)差別|偏見|人権|固定観念|固定的|役割分担|決めつけ|思い込み|男女共同参画|ジェンダー|見直', 'u')
/** A laugh that closes a remark: （笑）, 笑, ｗ, 😂 (not 笑顔, 笑い). */
export const LAUGH_MARK = `[（(]笑[)）]|(?<![ぁ-ゖ一-龥])笑(?![ぁ-ゖ一-龥])|(?<=[ぁ-ゖ])笑(?=[\\s。！!？?、…〜ー]|$)|${LAUGH_W}|[😂🤣😆😝😜🤪]|(?<![一-龥])${GRASS_CUT}草(?![ぁ-ゖ一-龥])`
/** Old people and their driving named (高齢ドライバー, 年寄りの運転, じいちゃんばあちゃん). */
export const ELDERS = `(?:${AGED}|高齢(?:の)?(?:ドライバー|運転者)|(?:じい|ばあ)(?:ちゃん|さん)(?:や|と|・)?(?:(?:じい|ばあ)(?:ちゃん|さん))?|じじい|ばばあ|老い(?:ぼれ|耄れ))`
/** 部落 or 同和地区 as a place. */
export const BURAKU_PLACE = '(?:旧)?同和(?:地区|地域)|被差別部落|(?<![一-龥])部落(?!差別|解放|問題|史)'
/** People a body may be teased of (職員, 係長, 先輩, …さん), not a mascot or an animal. */
export const TEASED = '(?:職員|係長|課長|部長|室長|所長|局長|市長|副市長|議員|先輩|後輩|若手|新人|上司|同僚|スタッフ|担当(?:者)?|(?<![ぁ-ゖ])さん|くん|君|お兄さん|お姉さん|おじさん|おばさん|アナウンサー|ガイド|船頭|お母さん|お父さん|ママ|パパ|お客(?:さん|様|さま)|利用者|来庁者|来館者)'
export const TEASED_RE = phrase(TEASED, 'u')
export const BODY_TEASE_VETO = phrase(`赤ちゃん|園児|子ども|子供|着ぐるみ|きぐるみ|ゆるキャラ|キャラクター|マスコット|ぬいぐるみ|人形|猫|ねこ|犬|いぬ|鯉|こい|うなぎ|鳥|${DUCK}|パンダ|金魚|健康|予防|検診|健診|医師|保健|生活習慣病|ダイエット教室|の(?:子|赤ちゃん)`, 'u')
/** Round 21: what a disabled person, an elder or a foreigner is named by, where the others' comfort or a burden is said of them. */
export const R21_GROUP = `${DISABLED}|車(?:椅子|いす)(?:の)?(?:方|人|利用者|ユーザー|お客様)|障(?:害|がい|碍)(?:者|児)|${AGED}|外国(?:人|籍の方|の方)|認知症の(?:方|人)|同性カップル|性的(?:少数者|マイノリティ)(?:の方)?|lgbtq?(?:の方)?|トランスジェンダー(?:の方)?|(?:hiv|エイズ)(?:に感染している|陽性の|感染者の|に感染した)?(?:方|人)|(?:hiv|エイズ)感染者|精神疾患(?:を)?(?:お持ちの|のある)(?:方|人)`
/** Sexual minorities named (同性カップル, 性的少数者, トランスジェンダーの方). */
export const R21_ORIENT = 'lgbtq?|性的(?:少数者|マイノリティ)|同性(?:カップル|愛|婚|パートナー|同士)|ゲイ|レズビアン|バイセクシャル|トランスジェンダー|トランス(?:女性|男性)|性的指向'
/** Folded keep tests of round 22 (the folded view spells katakana as hiragana), compiled once. */
const RX = new Map<string, RegExp>()
export function rx(src: string): RegExp {
  let re = RX.get(src)
  if (!re) RX.set(src, (re = phrase(src, 'u')))
  return re
}
/** Groups and their facilities that residents' fears name (障害者施設, グループホーム, 同性カップル, 外国人). */
export const R22_GRP = '障(?:害|がい|碍)(?:者|児)|障(?:害|がい|碍)(?:の)?(?:ある|お持ちの)(?:方|人|子)|精神(?:障(?:害|がい)|疾患)|グループホーム|福祉施設|更生保護|同性(?:カップル|愛|婚|パートナー)|lgbtq?|性的(?:少数者|マイノリティ)|トランス(?:ジェンダー|女性)|外国人|外国籍|在日|実習生|移民|難民|生活保護|ホームレス|路上生活'
/** The need words of every phrase, found in one pass per paragraph. */
/** Awareness that names the prejudice itself (差別, 偏見, 人権): what makes a nuisance framing a quoted example. */
export const NAMES_PREJUDICE = phrase('(?<!被)差別|偏見|人権|解消|啓発|誤解|思い込み|決めつけ|なくそう|なくしましょう|許さない|許されない|考え(?:は|方は)', 'u')
/** Round 50: the notion spoken against (偏見, 決めつけ) — narrower than AWARENESS, which also takes 配慮 and 考慮 for a measure's reason. */
export const AGAINST = phrase('(?<!被)差別|人権|偏見|思い込み|決めつけ|根拠(?:の|は)?(?:ない|ありません)|誤解|啓発|なくそう|なくしましょう|多様性|共生|許され|ではありません|わけではな|とは限ら', 'u')
export const LAUGH50 = `(?:[😂🤣😆😝😜🤪]|(?<![微談])笑(?![顔いうえわっみつ])|${LAUGH_W}|ｗ|${GRASS_CUT}草(?![一-龥ぁ-ゖ]))`
/** Round 52: young women (or men) on the staff named to draw the other sex (若い女性スタッフが多いので、男性の皆さんもぜひ…). */
export const STAFF_NOUN = '(?:スタッフ|職員|司書|係員|ガイド|店員|看護師|保育士|船頭|受付(?:係|嬢)?|窓口(?:担当)?|社員|隊員|団員|消防士)(?:さん|たち|さんたち)?'
export const YOUNG_WOMEN52 = `(?:(?:若い|若くて(?:きれいな|綺麗な|かわいい|可愛い|美人の?)?|若手の?|20代の?|二十代の?|かわいい|可愛い|カワイイ|きれいな|綺麗な|キレイな|美人(?:の|な)?|べっぴんさんの?)(?:女性|女の子|女子|お姉さん|お嬢さん|娘さん|ギャル)(?:たち|達)?(?:の)?(?:${STAFF_NOUN})?|(?:美人|美女)(?:の)?${STAFF_NOUN})`
/** The group: words that name people (シングルマザー, 実習生) alone or with a person after them; the others only with a person after
 * them, any hedge between (生活保護を受けているような人たち, ひとり親家庭で育った方, 生活保護ばもらっとるごたる人). */
const WHO52 = '(?:人|方|世帯|家庭|者|子|子ども|子供|連中|家|住民|入居者|利用者|お客|客)(?:たち|達|ら|々|の方々)?'
export const GROUP52 = `(?:(?:シングルマザー|シングルファザー|外国人|外国籍の(?:方|人)|技能実習生|実習生|留学生|移民|難民|ホームレス|生活保護(?:の)?受給者|在日(?:外国人|韓国人|朝鮮人)?)(?:[^。！？!?、,\\n]{0,8}?${WHO52})?|(?:生活保護|ひとり親|一人親|片親|母子|父子|外国|(?:${NATION})(?:人|系|出身)|障(?:害|がい|碍)|同和地区|部落)[^。！？!?、,\\n]{0,14}?${WHO52})`
/** … as the many, said of the doers and not of a place where they live (…が多いのが現実, …に多い傾向; not …が多い棟, …が多く住む地区). */
export const MANY52 = '(?:(?:多い|多か|大半|ほとんど|目立(?:つ|ち(?:ます)?))(?=の(?:が|は|も|で)|な(?:ん|の)|ん(?:です|だ|や|よ)|です|でした|でしょ|だ|や|よう|ね|よ|と(?:感じ|思|いう|言|が|は)|傾向|印象|気が|感じ|[。、,！!？?…)）」]|$|\\s)|多く(?:を占め|見られ|て))'
/** … not a need the city meets or a harm the group suffers (相談, 支援, 被害, 狙われ), not data or the notion spoken against. */
export const SERVED52 = phrase('相談|支援|被害|狙わ|狙い|巻き込|助成|給付|減免|免除|窓口|寄り添|サポート|調査|統計|防止|対策|防ぐ|予防', 'u')
/** Round 53: stamina food and the night with the suggestive word in quotes or given a leer (うなぎで精をつけて…今夜も「元気」に😏). */
export const NIGHT53 = '(?:今夜|今晩|こんや|今宵|夜|晩|夜中)(?:も|は|こそ|の)?[、,]?'
export const QUOTED_ACT = '[「『“"〝]\\s?(?:元気|げんき|頑張|がんば|はっする|ハッスル|運動|うんどう|お楽しみ|楽しみ|たのしみ|仲良|なかよ|熱く|燃え|張り切|はりき|営み|お相手|大活躍|活躍|本番|二回戦|2回戦|延長戦|運動会|合体|ご奉仕|サービス)[^」』”"〟\\n]{0,6}[」』”"〟]'
export const PLAIN_ACT = '(?:元気|げんき|頑張|がんば|はっする|ハッスル|お楽しみ|仲良く|なかよく|張り切|はりき|燃え|二回戦|2回戦|延長戦)'
export const STAMINA53 = phrase('精(?:を|が|ば)?(?:つけ|付け|つい|付い|つく|付く|のつく|の付く)|精力|スタミナ|滋養強壮|強壮|すっぽん|まむし|マムシ|赤まむし|にんにく|ニンニク|牡蠣|カキフライ|山芋|とろろ|うなぎ|鰻|ウナギ|レバー|栄養ドリンク|ユンケル', 'u')
/** … not a match, a shift or a test cheered on (今夜の試合も「がんばれ」, 夜勤, 受験). */
export const CHEER53 = phrase('試合|選手|大会|応援|声援|練習|受験|試験|勉強|仕事|残業|夜勤|当直|部活|チーム|ホークス|アビスパ|ライブ|コンサート|祭り|まつり|花火|イベント|お店|屋台|営業', 'u')
/** …and that act called a wrong in the rest of the sentence (問題となっている, 禁止, 許されない, 人権侵害, 差別を助長). */
export const EXPOSURE_WRONG = phrase('問題(?:と|に)(?:な|され)|問題視|許され|禁止|違法|人権侵害|助長|あっては(?:なら|いけ)|してはいけ|してはなら|なりません|いけません|削除|規制|法(?:律)?(?:で|により|に基づ)', 'u')
/** The sentence span before `s` (from the previous sentence end or line break), up to 120 characters. */
export function previousSentence(fo: string, s: Span): string {
  const from = Math.max(0, s.start - 120)
  const before = fo.slice(from, s.start).replace(/[。．！？!?\n\s]+$/u, '')
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'))
  return before.slice(cut + 1)
}

/** What `post` needs of a paragraph: an event told, a levity of its own (original offsets), delight, shelter words. */
export interface DecencyFacts {
  event: boolean
  levity: Span | null
  delight: Span | null
  shelter: boolean
  /** Blind JJ-002 kind (dec10): findings inside a paragraph of bracketed sayings only, judged in `post` with the paragraphs around it. */
  held?: DraftFinding[]
  /** rv-dec (池沼 the place): the bare word 池沼 from the list, judged in `post` by whether the post is about water or nature. */
  pond?: DraftFinding[]
  /** … and whether this paragraph (a heading too) speaks of water or nature (POND_TOPIC, 池沼 itself not counted). */
  water?: boolean
  /** Blind KJ-041 kind (dec61): whether this paragraph campaigns against the wrong (CAMPAIGN), or denies that a thing is discrimination. */
  campaign?: boolean
  campaignDenied?: boolean
}
export type SentenceKind = { re: RegExp; rule: Rule; severity: 'block' | 'warn'; veto?: RegExp; /** A veto read over the whole paragraph (婚活 of a call by sex and age). */ pveto?: RegExp; unveto?: RegExp; /** A topic the paragraph must name (every kind, sentence or paragraph). */ topic?: RegExp; upgrade?: RegExp; /** Whether a match `[a, b)` of the sentence still holds, where its own words decide (the sentence-level kinds only). */ keep?: (sen: string, a: number, b: number) => boolean; /** The literals every match holds, where the extractor would pick a common one (は). */ need?: readonly string[]; named?: boolean; para?: boolean; wide?: boolean }
/** Round 47: visitors or residents named by a foreign origin (外国の方, 海外からのお客様, 実習生, ベトナム人). */
export const VISITORS = `外国(?:人|籍)(?:の)?(?:方|人|お客様|お客さま|お客さん|観光客|参加者|労働者|住民)?|外国の(?:方|人|お客様|お客さま|お客さん|観光客)|海外(?:から)?の(?:方|お客様|お客さま|お客さん|観光客|旅行者)|インバウンド(?:の)?(?:お客さん|お客様|客|観光客)?|(?:${NATION})(?:人|系|籍)(?:の)?(?:方|人|観光客|団体客|実習生|労働者)?|(?:${NATION})(?:から)?の(?:方|お客様|お客さま|お客さん|観光客|団体客)|技能実習生|実習生|留学生|移民|難民`
export const FOREIGN66 = `(?:${VISITORS})(?:の)?(?:避難者|住民|方|人|方々|人たち|グループ|集団)?(?:たち|達|ら)?`
export const TROUBLE_GROUP = `(?:${DISABLED}|精神疾患(?:の(?:ある)?(?:方|人))?|(?:認知症|うつ病|統合失調症|依存症|発達障(?:害|がい))(?:の(?:ある)?(?:方|人|子|お子さん))|${FOREIGN66}|ホームレス(?:の(?:方|人))?|路上生活(?:者|の(?:方|人))|生活保護(?:の)?(?:受給者|を受けて(?:いる)?(?:方|人))|同性(?:カップル|愛者)|(?:ひとり親|一人親|母子|父子)(?:家庭|世帯)(?:の(?:方|人|子|お子さん))?)`
export const OLD66 = '(?:おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おばあさん|おじいさん|ばあさん|じいさん|お年寄り|年寄り|高齢者|ご老人|老人|年配の(?:方|人))(?:たち|達|ら|の皆さん|方|の方々)?'
export const HELP_MET90 = phrase('通訳|翻訳|多言語|やさしい日本語|易しい日本語|(?<!特別)支援|サポート|(?:配置|用意|設置|手配|準備|配布|掲示|増設)(?:し|いたし|を|て)|相談(?:窓口|員)|ボランティア|指さし|指差し|ピクトグラム|案内(?:板|表示|係|図|所|看板)|表示(?:を|板)|誘導(?:係|員|し)|係員|スタッフ|ふりがな|ルビ|点字|手話|筆談|音声', 'u')
export const MASK72 = '[〇○●◯◎×✕✖*＊■□]'
export const MEN72 = '(?:(?<![一-龥])男性|男の(?:方|人)|男ん人|(?<![一-龥])男子|男手|男衆|(?<![一-龥])男)'
/**
 * Round 86 (R86A-098): a hearing aid vetoes the joke only as care (補聴器をお使いの方には, 補聴器の貸し出し), not as the setup of the joke
 * (補聴器を家に忘れてきとるけん、防災無線も聞こえんし…😂).
 */
export const OLD_CARE = phrase('傾聴|耳を傾け|丁寧に|寄り添|ゆっくり|補聴器(?!(?:を|ば|も|は)?[、,]?(?:家に|うちに|部屋に)?(?:忘れ|わすれ|置いて|つけ(?:と|て)らん|つけてな|付けてな|付けとらん|外し|はずし))|筆談|難聴|否定せず', 'u')
export const LEER80 = '(?:😏|🤤|🥵|💋|意味深|いみしん|ぐへへ|ぐふふ|げへへ|むふふ|ムフフ|うふふ|ウフフ|ニヤニヤ|にやにや|ニヤリ|にやり|(?:ご)?想像に(?:お)?(?:任せ|まかせ)|変な意味|別の意味|深い意味)'
export const WED_VETO = phrase('(?<!被)差別|偏見|人権|許され|あっては|いけません|いけない|なくそう|なくしましょう|根拠|誤り|間違い|おかしい|身元調査|傷つけ|苦しめ', 'u')
/**
 * Round 86 (blind R86A/R87A). Block kind (R86_EARLY, before every other phrase):
 * - A group generalised by a fault and, for that fault, sent elsewhere or refused (外国人の方は言葉が通じず他の避難者とトラブルになるので、
 *   できれば別の場所へ行ってもらいたいというのが本音です, 正直あの国の人たちは時間も守らんし、言葉も通じんけん、うちの課としてはもう勘弁して
 *   ほしかです): the group as the topic (は, って, なんか), a fault presumed of it all (言葉が通じない, 時間やルールを守らない, トラブルになる,
 *   うるさい, 不衛生), then, in the same sentence, a wish to have it go elsewhere or not come (別の場所へ行ってもらいたい, よそに移ってほしい,
 *   来んでほしか, 出て行ってほしい, 受け入れたくない, 勘弁してほしい). Not help offered for the need (通訳, 多言語, やさしい日本語, 支援,
 *   案内), not the view relayed or named to be opposed (という声, 差別, 偏見).
 */
export const GROUP86 = `(?:${TROUBLE_GROUP}|(?:あの|某|例の|どこかの|隣の|お隣の)国(?:から(?:来た|来られた|来とる|来てる))?の(?:人|方|連中|若い人|人たち|方々)(?:たち|達|ら)?|(?:${NATION})(?:の|ん)(?:人|方)(?![一-龥])(?:たち|達|ら)?|外国ん人(?:たち|達|ら)?)(?:の(?:皆さん|皆様|みなさん|方々))?`
export const RUMOUR_NAMED = phrase('デマ|根拠(?:の|は|が)?(?:ない|ありません|なく|ござい)|事実(?:では|じゃ)(?:ない|ありません|ござい)|事実はありません|誤り|誤解|(?<!被)差別|偏見|うのみ|鵜呑み|決めつけ|関係(?:は)?ありません|因果関係|ではありません', 'u')
export const SEX88 = '(?:(?<![一-龥])(?:女性|男性|女子|男子|女|男)|女の(?:人|方)|男の(?:人|方)|女ん人|男ん人|奥(?:さん|様|さま)|ご主人|旦那(?:さん|様)?|主婦|お母さん|母親|ママ(?:さん)?|お父さん|父親|パパ(?:さん)?)(?:の方|の皆さん|の方々|の人|たち|達|陣)?'
export const MOOD_NAMED = phrase('決めつけ|思い込み|偏見|とは限ら|わけではな|ではありません|言われがち|思われがち|固定観念|ステレオタイプ|寄り添|差別', 'u')
export const NIGHT92 = '(?:(?<![一-龥])夜|よる|今夜|今晩|夜中|深夜)の(?:お?とも|お供|御供|お相手|読み聞かせ|レッスン|個人(?:指導|レッスン)|お勉強|勉強会|営み|ご奉仕|サービス|部活|運動会|お楽しみ|おかず|添い寝|マッサージ|お世話|授業|講習)'
export const LEER92 = phrase('[😏🤤😘💋🍆🫦]|むふふ|ぐふふ|うふふ|ぐへへ|でへへ|意味深', 'u')
export const SUSPECTED_OK = phrase('狙われ|ねらわれ|被害に(?:遭|あ)|被害者|(?<!被)差別|偏見|決めつけ|思い込み|と疑う(?:の|こと)|ではありません|わけではな|いけません|許され|根拠(?:の|は)?な', 'u')
const LIKE103 = '(?:の方|の人|さん)?(?:みたい(?:な|に|や|やった|だった)|のよう(?:な|に)|っぽ(?:い|く|か)|並み(?:の|に)|レベルの|のごた(?:る)?|のごと(?:ある)?)[^。！？!?\\n]{0,8}?(?:動き|うごき|動作|プレー|プレイ|顔|かお|表情|しゃべり方|喋り方|話し方|歩き方|走り方|投げ方|打ち方|踊り|ダンス|声|発音|字|運転|反応|走り|歩き|身のこなし|振る舞い|ふるまい|ミス|操作)'
const BAD = `(?:${LAUGH50}|爆笑|ウケ|うけた|笑わ|笑い|ださ|ダサ|下手|へた|ヘタ|ひど|酷|情けな|変な|へんな|おかしな|気持ち悪|きもい|恥ずかし|ぶざま|無様|ぎこちな|ぐだぐだ|グダグダ|自滅|ポンコツ|ぽんこつ)`
export const BAD_RE = phrase(BAD, 'u')
export const SIMILE_OK = phrase('疑似体験|擬似体験|体験(?:し|でき|を)|理解を深|学ぶ|学び|(?<!被)差別|偏見|人権|ではありません|いけません|やめましょう|傷つけ', 'u')
export const SIMILE = (group: string) => `(?:まるで|まさに|ほんと|完全に)?${group}${LIKE103}`
/** Is the sentence around [a, b) one with a laugh or a word of badness, and no empathy exercise or awareness? */
export function mockingSaid(fo: string, s: Span, a: number, b: number): boolean {
  const sen = fo.slice(Math.min(s.start, a), Math.max(s.end, b))
  return BAD_RE.test(sen) && !SIMILE_OK.test(sen)
}
// Round 110 (blind R109A/R110A/R111A): a group (the old, welfare applicants, job seekers, the failed, women) with a contempt
// predicate and a laugh; women's bodies talked of at an event. Every gap bounded inside the sentence.
export const DENIED110 = phrase('(?:では|じゃ|でも)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|とは限ら|(?<!被)差別|偏見|誤解|思い込み|決めつけ|と思われがち|と言われ(?:がち|ます|てい)|という(?:声|考え|見方|言葉)|といった', 'u')
export const BODY110 = '(?:胸元|胸|おっぱい|バスト|ばすと|お尻|おしり|尻|脚|太もも|ふともも|太腿|うなじ|谷間|くびれ|腰つき|体のライン|ボディライン|ぼでぃらいん)'
export const GAZE110 = '(?:気にな(?:って|っ|り|る)|見とれ|見惚れ|目が(?:いっ|行っ|いく|行く|離せ|釘付け)|釘付け|くぎづけ|ドキドキ|どきどき|ムラムラ|むらむら|たまら(?:ん|ない|なか))'
export const BODY_OK = phrase('着付け|羽織|着崩れ|痛|けが|怪我|筋肉痛|しこり|乳がん|検診|健康|授乳|日焼け|熱中症|体操|ストレッチ|マッサージ|むくみ|診察|医療|整形|姿勢', 'u')
/** Round 121: talk about such a remark (…と言うのはやめましょう, セクハラ, 差別, 配慮): not one. */
export const AWARE121 = phrase('やめ|止め|控え|セクハラ|ハラスメント|(?<!被)差別|偏見|配慮|不適切|傷つけ|しないで|しません|禁止|ご遠慮|ないよう', 'u')

/** Blind dec10 kinds: a people named by origin (外国籍の方, 外国人, 中国人, 中国系の, 実習生), not a place (海外人材, 海外の). */
export const ORIGIN_D10 = `(?:外国(?:籍|人(?![材口気工間形])|系)(?:の(?:方|人|住民|入居者|労働者|従業員))?|外国の(?:方|人|業者|会社|企業|事業者)|(?<![一-龥])(?:${NATION.replace('|海外', '').replace('|他国', '')})(?:人(?![材口気工間形])|籍|系|出身)(?:の(?:方|人))?|(?:技能)?実習生|留学生|移民|難民)`
/** The lineage talk named as prejudice in or after the sentence (差別, 偏見, 身元調査, 人権). */
export const LINEAGE_NAMED = phrase('(?<!被)差別|偏見|人権|啓発|身元調査|決めつけ|思い込み|なくそう|なくしましょう|許されない|あってはなら|傷つけ|根拠(?:の|は)?(?:ない|ありません)|同和問題', 'u')
// --- A vulnerable group blamed for its condition, levity at a child's tragedy, a client's home mocked, a child's proposal answered
// romantically, a child's body laughed at, binge drinking urged (blind R386K / R388M decency kinds) ---
/** A laugh as written in a post: LAUGH_MARK, or full-width ｗ runs (他人事じゃないｗｗ). */
const LAUGH_WRITTEN = `${LAUGH_MARK}|ｗ{1,6}`
/** The paragraph around `[a, b)` (up to 160 characters each side, not across a blank line or a line break). */
function paragraphAt(fo: string, a: number, b: number): string {
  const from = Math.max(fo.lastIndexOf('\n', a - 1) + 1, a - 160)
  const nl = fo.indexOf('\n', b)
  return fo.slice(from, Math.min(nl < 0 ? fo.length : nl, b + 160))
}
/** A cause put on a vulnerable group as what it comes down to (ひきこもりって結局、親が甘やかしすぎた結果, 不登校は甘え). */
const GROUP_BLAMED = '(?:ひきこもり|引きこもり|引き籠もり|引き篭もり|不登校|ニート|生活保護|ホームレス|発達障(?:害|がい)|うつ病|鬱病|シングルマザー|ひとり親|依存症)(?:の(?:人|子|方|子ども|子供|家庭))?(?:って|は|なんて|なんか)[、,]?(?:結局|要するに|所詮|しょせん|つまり|ぶっちゃけ|正直)?[、,]?[^。！？!?\\n]{0,14}?(?:甘やかし|甘え|怠け|なまけ|自己責任|育て方|しつけ|躾|根性|努力不足|気の持ちよう|わがまま|親の(?:せい|責任))'
/** What follows the cause denies or reports it (…ではありません, と誤解されがち, と言われ). */
const BLAME_DENIED = /では(?:な|あり)|じやな|ありません|誤解|偏見|決めつけ|思われがち|言われ|いわれ|とは限ら|違い|ちがい/u
/** A child's abuse death, a killing or a murder-suicide (虐待死, 殺害, 無理心中): the news that a laugh must not follow. */
const CHILD_TRAGEDY = `(?:虐待死|虐待|殺害|殺人|無理心中|心中|孤独死)[^\\n]{0,40}?(?:${LAUGH_WRITTEN})`
/** The tragedy's prevention told, not its news (虐待ゼロ, 虐待防止, 心中を防ぐ). */
const TRAGEDY_PREVENTED = /ぜろ|[0０]件|防止|防|なく(?:す|そう)|減|啓発|相談/u
/** A home visited for work described by its vermin, filth or smell, then retching or a laugh (家庭訪問…ゴキブリ大運動会🤮). */
const HOME_MOCKED = `(?:家庭訪問|訪問先|訪問宅|利用者宅|お宅|ご自宅|玄関|部屋)[^\\n]{0,40}?(?:ゴキブリ|ゴミ屋敷|ごみ屋敷|汚部屋|悪臭|異臭|ダニ|ノミ|ネズミ|虫だらけ|足の踏み場)[^\\n]{0,40}?(?:[🤮🤢]|${LAUGH_WRITTEN})`
/** A child's proposal (プロポーズ, およめさんになって) answered by the adult as a romance to come (あと十年したら本気で考えちゃう). */
const PROPOSAL_TAKEN_UP = '(?:プロポーズ|お?よめさん|お?嫁さん|お?婿さん|お?むこさん|(?:結婚|けっこん)して|付き合って|彼女にして|彼氏にして)[^\\n]{0,60}?(?:あと[0-9０-９一二三四五六七八九十]{1,3}年(?:したら|経ったら|たったら|待っ|後)|本気で(?:考え|検討|待|悩)|本気にし|待っと(?:る|く|こう)|待って(?:る|て)(?:ね|よ|から)|キュン|ドキッ|ときめ)'
const CHILD_NAMED = /小[1-6１-６一二三四五六]|小学|園児|年長|年中|年少|男の子|女の子|児童|男子|女子|子ども|子供|こども/u
/** A child's figure likened or labelled for a laugh (体型がまんまトトロ, ぽっちゃり最強). */
const CHILD_FIGURE = '(?:体型|体形|体格|体つき|お腹|おなか)(?:が|は|も)?[、,]?(?:まんま|まるで|完全に|ほぼ|もはや)[^。！？!?\\n]{0,12}|ぽっちゃり(?:最強|代表|枠|キャラ)|おデブ(?:キャラ|枠|代表|ちゃん|くん)'
/** Drinking urged to blackout or collapse (記憶なくなるまで飲む, 先につぶれた人の負け, 一気飲み勝負). */
const BLACKOUT_DRINKING = '(?:記憶|意識)(?:が|を)?(?:なくなる|無くなる|なくす|無くす|飛ぶ|とぶ|飛ばす|とばす)まで(?:飲|呑)|(?:つぶれる|潰れる|吐く|倒れる)まで(?:飲|呑)|(?:つぶれ|潰れ)た(?:人|方|もん|者|ほう)(?:が|の)負け|一気飲み(?:で|しよう|しろ|大会|勝負)'
const DRINKING_WARNED = /危険|やめ|止め|控え|禁止|注意|防止|だめ|いけ(?:ない|ません)|強要|あるはら|中毒|なりません|しないで|しないよう|させない|ないよう|絶対に|救急/u
export const HARM_AT_CHILDREN: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(GROUP_BLAMED),
    instead: INSTEAD.discriminatory,
    severity: 'warn',
    keep: (fo, s, a, b) => !BLAME_DENIED.test(fo.slice(b, s.end)) && !LABEL_DENIED_AT.test(fo.slice(b, s.end)) && !AWARENESS.test(paragraphAt(fo, a, b)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(CHILD_TRAGEDY),
    instead: INSENSITIVE,
    severity: 'warn',
    keep: (fo, _s, a, b) => !AWARENESS.test(fo.slice(a, b)) && !TRAGEDY_PREVENTED.test(fo.slice(a, b)) && !CONDOLENCE.test(paragraphAt(fo, a, b)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(HOME_MOCKED),
    instead: '訪問先のお宅の様子を笑いや嫌悪の絵文字で書かず、仕事で伝えたいことだけを書いてください（例：「今日も家庭訪問でたくさんの方とお話ししました」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => !/相談|対策|条例|支援|駆除の(?:ご)?案内/u.test(fo.slice(a, b)),
  },
  {
    rule: 'decency/sexual',
    re: phrase(PROPOSAL_TAKEN_UP),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, _s, a, b) => CHILD_NAMED.test(fo.slice(Math.max(0, a - 60), b)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(CHILD_FIGURE),
    instead: '子どもの体型をたとえや笑いの種にせず、仮装や頑張りそのものをたたえてください（例：「優勝は小4の男の子の手作り衣装でした」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => { const p = paragraphAt(fo, a, b); return CHILD_NAMED.test(p) && phrase(LAUGH_WRITTEN, 'u').test(p) && !AWARENESS.test(p) },
  },
  {
    rule: 'decency/conduct',
    re: phrase(BLACKOUT_DRINKING),
    instead: '飲酒をあおる言葉は使わず、「お酒は20歳になってから、飲みすぎに気をつけて」のように節度を呼びかけてください',
    severity: 'warn',
    keep: (fo, s, a, b) => !DRINKING_WARNED.test(fo.slice(s.start, Math.min(fo.length, s.end + 30))) && !AWARENESS.test(fo.slice(a, b)),
  },
]
/**
 * Blind R390P-030 kind: a young or pretty woman coming to speak or teach, and the men or boys in the audience teased that they will stay
 * awake or listen this time (講師は若い女性の警察官…男子生徒のみなさん、今年は居眠りせずに最後まで話を聞けそうですね😏, 美人の先生が来るので
 * 男性職員も真剣に聞くはず): her sex and youth offered as what holds male attention, sexual warn. The forecast (そう, はず, かも, でしょう) makes it a
 * tease; a plain request to listen (男子生徒も最後まで聞いてください) is not. A post that names the harm (セクハラ, 偏見) stays clean.
 */
const WOMAN_COMING = '(?:若い|若くて|わかい|かわいい|可愛い|きれいな|綺麗な|美人の|美人な|美しい)(?:女性|女の|女子|お姉さん|娘さん)|美人(?:講師|先生|警察官|インストラクター|トレーナー|ガイド)|女子大生'
const MEN_ATTENTIVE = '(?:男子|男性|男の子|おじさん|おっちゃん|男衆)(?:生徒|職員|社員|隊員|団員|部員|陣|諸君|たち|の皆さん|のみなさん)?'
const HELD_AWAKE = '(?:居眠り|いねむり)(?:せず|しない|せん|なし|ぜろ|する人はいない)|寝(?:ない|ず|たりしない|る人はいない)|眠く(?:ならな|なりませ)|目(?:が)?(?:覚め|さめ|ぱっちり|冴え|さえ)|真剣に(?:話を)?(?:聞|聴|きけ)|(?:しっかり|ちゃんと|最後まで|熱心に|まじめに|真面目に)(?:お?話を)?(?:聞|聴)け|集中(?:でき|して(?:聞|聴))|前のめり|最前列|出席率|欠席(?:者)?(?:ぜろ|なし)'
const WOMAN_DRAWS_MEN = `(?:${WOMAN_COMING})[^\\n]{0,40}?${MEN_ATTENTIVE}[^。！？!?\\n]{0,30}?(?:${HELD_AWAKE})[^。！？!?\\n]{0,16}?(?:そう|はず|かも|でしょう|だろう|に違いな|間違いな|確実)`
export const WOMAN_AS_DRAW: Phrase[] = [
  {
    rule: 'decency/sexual',
    re: phrase(WOMAN_DRAWS_MEN),
    instead: INSTEAD.sexual,
    severity: 'warn',
    keep: (fo, _s, a, b) => !AGAINST.test(fo.slice(a, b)) && !phrase('せくはら|はらすめんと', 'u').test(paragraphAt(fo, a, b)),
  },
]
/**
 * Blind R406F kinds (smokers, bodies, dementia, a habit's people):
 * - Smokers called by a slur (ヤニカス, ヤニ中, ヤニ厨, 喫煙厨): block. Not ヤニ as tar (壁のヤニ汚れ), not a slur talked about.
 * - A body shape, or a person named by it, made the thing to escape in health promotion (脱・ぽっちゃり, デブ卒業, お腹ぽっこりさんを
 *   卒業しよう), or a pig emoji beside a body word (ぽっちゃり🐷, 🐷体重が気になる): teasing, warn. Not the name alone in a welcome
 *   (ぽっちゃりさんも大歓迎), not 脱メタボ or ぽっこりお腹 as a health topic, not a pig farm's animals (子豚の体重), not statistics.
 * - The old term for dementia used of a person (痴呆のじいさん, 痴呆が進んだ母, 痴呆症の老人): block. Not the term's history
 *   (認知症はかつて痴呆と呼ばれていました), not the renamed word talked about.
 * - A group by a habit it cannot give up judged weak in character (禁煙できない人は意志が弱い, タバコをやめられない人って甘えてるだけ,
 *   喫煙者は自分に甘い): warn. Not the judgement denied (意志が弱いからではありません), nor named as a misconception.
 */
const SMOKER_SLUR = '(?:ヤニカス|ヤニ中(?!和|心)|ヤニ厨|喫煙厨)(?:ども|共|ら|連中|め)?'
const SLUR_OR_BODY_TALK = phrase('(?<!被)差別|偏見|人権|啓発|傷つけ|(?:呼ぶ|呼ん|呼び|呼ば|言う|いう|言わ|使う|使っ|書く|表現|言葉|言い方|呼び方|呼称|用語)[^。！？!?\\n]{0,10}?(?:やめ|控え|改め|変わ|変更|言い換え)|使わ(?:ない|ず|ぬ)|不適切|ふさわしくな|配慮|からか|かつて|以前は|昔は|旧称|旧名|呼ばれて|と呼ば|名称|言い換え', 'u')
const SHAPE_LABEL = '(?:ぽっちゃり|ポッチャリ|おデブ|デブ|でぶ|太っちょ|ぶよぶよ|ぷよぷよ|三段腹|ビール腹|たぷたぷ腹)'
const SHAPE_TO_ESCAPE = `脱[・･\\s]?${SHAPE_LABEL}|${SHAPE_LABEL}(?:から|を)?(?:卒業|脱出|返上|とさよなら|にさよなら)`
const SHAPE_NAMED = `(?:(?:お腹|おなか|腹)(?:が|の)?(?:ぽっこり|ポッコリ|ぽよぽよ|ぷよぷよ|ぶよぶよ|たぷたぷ|でっぷり|ぽってり|出っ張り)|メタボ|ぽっちゃり|ポッチャリ|ビール腹|三段腹|中年太り|おデブ|デブ)(?:さん|ちゃん|くん|族|仲間|軍団)(?:を|から)?[、,]?(?:卒業|脱出|返上|さよなら|サヨナラ)`
const BODY_WORD_BY_PIG = '(?:ぽっちゃり|ぽっこり|メタボ|太っ|太り|太め|デブ|でぶ|肥満|お腹(?:まわり|回り)?|おなか(?:まわり|回り)?|腹回り|体重|体脂肪|ぶよぶよ|ぷよぷよ|たるみ)'
const PIG = '[🐷🐖🐽]'
const SHAPE_BY_PIG = `${BODY_WORD_BY_PIG}[^。！？!?\\n]{0,10}?${PIG}|${PIG}[^。！？!?\\n]{0,10}?${BODY_WORD_BY_PIG}`
const LIVESTOCK = phrase('豚|ぶた|養豚|畜産|牧場|家畜|ポーク|とんかつ|トンカツ|子ぶた|ミニブタ|ペット', 'u')
const DEMENTIA_OLD_TERM_PERSON = '痴呆(?:症)?(?:の|が(?:進んだ|進んでいる|入った|入っている|始まった|ある|出た|出ている)|気味の|になった|になっている|っぽい)?(?:老人|年寄り|お年寄り|高齢者|じいさん|ばあさん|じいちゃん|ばあちゃん|じじい|ばばあ|爺さん|婆さん|爺|婆|おじいさん|おばあさん|おじいちゃん|おばあちゃん|老婆|老夫婦|親父|おやじ|おふくろ|父親|母親|義父|義母|姑|舅|祖父|祖母|利用者|入所者|入居者|患者|男性|女性|おじさん|おばさん|人|方|奴|やつ|(?:父|母|親|夫|妻)(?![子娘国語性]))'
const HABIT_GROUP = '(?:(?:禁煙|断酒|禁酒|減量|ダイエット)(?:が|も)?(?:でき|続か|続けられ|守れ)(?:ない|ん|ず)|(?:たばこ|タバコ|煙草|お酒|酒|ギャンブル|パチンコ|間食|甘いもの)(?:が|を)?(?:やめ|止め|辞め|我慢でき|控え)(?:られ|れ)?(?:ない|ん)|たばこを吸う|タバコを吸う|煙草を吸う|たばこを吸い続ける|タバコを吸い続ける)(?:人|方|人たち|連中|奴|やつ|奴ら|の)|喫煙者|愛煙家|スモーカー|依存症の(?:人|方)|(?:ニコチン|アルコール)中毒(?:者|の人)'
const WEAK_CHARACTER = '(?:意志|意思)(?:が|の)弱|根性(?:が)?(?:ない|なし|足りな)|甘え|甘ったれ|だらしな|自分に甘|自制心(?:が)?(?:ない|な|足りな)|我慢(?:が)?足りな|弱い人間|ダメ人間|だめ人間|ダメな人|自業自得|心が弱|怠け|怠慢'
const HABIT_GROUP_WEAK = `(?:${HABIT_GROUP})(?:は|って|なんて|というのは|のは)[、,]?[^。！？!?\\n]{0,12}?(?:${WEAK_CHARACTER})`
const JUDGEMENT_DENIED = phrase('(?:では|じゃ)(?:ない|なく|ありません|ございません)|わけ(?:では|じゃ)|と(?:思われ|言われ|いわれ|考えられ|思って(?:い)?ませんか|思いがち|責め|自分を責)|という(?:誤解|偏見|思い込み|声|イメージ|見方)|誤解|偏見|思い込み|決めつけ|とは限ら|いいえ|違います|ちがいます|病気|依存症です', 'u')
export const SMOKERS_BODIES_DEMENTIA: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(SMOKER_SLUR),
    need: ['やにかす', 'やに中', 'やに厨', '喫煙厨'],
    instead: '喫煙者をさげすむ言葉を使わず、「禁煙外来や禁煙サポートをご利用ください」のように支援を伝えてください',
    severity: 'block',
    keep: (fo, s) => !SLUR_OR_BODY_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/lookism',
    re: phrase(`${SHAPE_TO_ESCAPE}|${SHAPE_NAMED}|${SHAPE_BY_PIG}`),
    instead: '体型を呼び名やからかいの種にせず、「生活習慣を見直すきっかけに、特定保健指導をご利用ください」のように健康づくりの内容を伝えてください',
    severity: 'warn',
    keep: (fo, s, a, b) => !SLUR_OR_BODY_TALK.test(fo.slice(s.start, s.end)) && !(/[🐷🐖🐽]/u.test(fo.slice(a, b)) && LIVESTOCK.test(paragraphAt(fo, a, b))),
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(DEMENTIA_OLD_TERM_PERSON),
    need: ['痴呆'],
    instead: '「痴呆」は使わず、「認知症の方」と書いてください。人を病名でさげすむ言い方はやめてください',
    severity: 'block',
    keep: (fo, s) => !SLUR_OR_BODY_TALK.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/stereotype',
    re: phrase(HABIT_GROUP_WEAK),
    instead: '習慣をやめられない人をひとまとめに責めず、「禁煙は一人では難しいもの。禁煙外来などの支援をご利用ください」のように支援を伝えてください',
    severity: 'warn',
    keep: (fo, s, a) => !JUDGEMENT_DENIED.test(fo.slice(a, Math.min(fo.length, s.end + 30))) && !AWARENESS.test(fo.slice(s.start, s.end)),
  },
]
/**
 * Blind R402B-016 kind: a family form (離婚, ひとり親, 片親, 母子家庭) judged as harm to the children (離婚はお子さんの心に一生消えない傷を
 * 残します, 片親で育つ子は一生その傷を背負う, 離婚すると子どもが不幸になる) or as a thing to stop short of (ひとり親になる前に、もう一度だけ
 * 立ち止まって考えてみませんか, 離婚する前に思いとどまって): a negative judgement on the family, warn. Not the notion named as a
 * prejudice (「離婚は子どもを傷つける」という思い込み), not abuse or violence at home as the harm, not support offered to those about to
 * become one (ひとり親になる前に知っておきたい支援制度).
 */
const FAMILY_FORM = '(?:親の)?離婚(?:家庭)?|ひとり親|一人親|片親|母子家庭|父子家庭|母子世帯|父子世帯|シングルマザー|シングルファザー'
const LIFELONG = '(?:一生|生涯|一生涯|死ぬまで|いつまでも|大人になっても)'
const WOUND = '(?:心の)?(?:傷|きず|トラウマ|痛み|苦しみ)'
const CHILD_HARMED_FOR_LIFE = `${LIFELONG}[^。！？!?\\n]{0,8}?(?:消えない|消えぬ|消えることのない|癒えない|癒えることのない|治らない|残る|残り続ける)${WOUND}|${LIFELONG}[^。！？!?\\n]{0,6}?${WOUND}(?:を|が)?[^。！？!?\\n]{0,4}?(?:背負|負|抱え|残)|(?:子|子ども|子供|お子さん|お子さま)(?:を|が)[^。！？!?\\n]{0,4}?(?:不幸に|不幸せに|かわいそう|可哀想|不憫|まともに育た|ちゃんと育た)`
const FAMILY_FORM_HARMS = `(?:${FAMILY_FORM})[^。！？!?\\n]{0,24}?(?:${CHILD_HARMED_FOR_LIFE})`
const FAMILY_FORM_HELD_BACK = `(?:(?:ひとり親|一人親|片親|シングルマザー|シングルファザー|母子家庭|父子家庭)(?:に|と)なる|離婚(?:する|を決める|に踏み切る)?)(?:前に|まえに)[、,]?[^。！？!?\\n]{0,20}?(?:立ち止ま|思いとどま|思い止ま|踏みとどま|考え直|思い直|再考)`
const FAMILY_FORM_ANSWERED = phrase('思い込み|偏見|決めつけ|誤解|(?<!被)差別|とは限ら|わけでは(?:な|あり)|ではありません|では(?:な|あり)|という(?:声|考え|言葉|イメージ|見方)|と(?:言われ|いわれ)|思われがち|虐待|暴力|dv|けんか|喧嘩|面前|いじめ|ないよう|防止|防ぐ', 'u')
/**
 * Blind R403C-018 kind: an animal killed on the road made a joke of (轢かれた猫…1匹はぺちゃんこで、まるでせんべいみたいでした🍘, 死んでいた
 * タヌキ、干物みたいになってました笑): the carcass likened to food or a flat thing, or its flatness laughed at, warn. The dead animal
 * (轢かれた, はねられた, 死骸) in the sentence or just before. Not a request to report a carcass, not sorrow told (かわいそうで胸が痛みます).
 */
const ANIMAL_KILLED = '(?:轢かれ|(?:車|トラック|バイク|電車|列車)(?:に|で)ひかれ|はねられ|撥ねられ|ロードキル|死んで(?:い|た|る)(?!よう|ふり|振り|みたい)|死んだ(?!よう|ふり|振り|みたい)|死骸|死がい|亡骸|遺骸)'
const CARCASS_LIKENED = '(?:せんべい|煎餅|干物|ひもの|するめ|スルメ|のしいか|ミンチ|挽き肉|ひき肉|ハンバーグ|焼き肉|焼肉|ジャーキー|ぬいぐるみ|敷物|じゅうたん|絨毯|座布団|ぞうきん|雑巾)(?:みたい|のよう|そっくり|状態|と化)'
const CARCASS_FLAT_LAUGHED = `(?:ぺちゃんこ|ぺしゃんこ|ぺったんこ|ぺっちゃんこ|ぺらぺら)[^。！？!?\\n]{0,16}?(?:${LAUGH_MARK}|笑(?:って|った|っちゃ|える|えた|えて))`
const CARCASS_MOCKED = `${ANIMAL_KILLED}[^\\n]{0,60}?(?:${CARCASS_LIKENED}|${CARCASS_FLAT_LAUGHED})`
export const FAMILY_FORM_AND_CARCASS: Phrase[] = [
  {
    rule: 'decency/discriminatory',
    re: phrase(`${FAMILY_FORM_HARMS}|${FAMILY_FORM_HELD_BACK}`),
    need: ['離婚', 'ひとり親', '一人親', '片親', '母子', '父子', 'しんぐる'],
    instead: '離婚やひとり親家庭を否定的に決めつけず、「離婚やひとり親家庭のことで悩んだら、子育て相談窓口にご相談ください」のように支援だけを伝えてください',
    severity: 'warn',
    keep: (fo, s) => !FAMILY_FORM_ANSWERED.test(fo.slice(s.start, s.end)) && !/[」』]$/u.test(fo.slice(Math.max(0, s.start - 1), s.start)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(CARCASS_MOCKED),
    need: ['轢かれ', 'ひかれ', 'はねられ', '撥ねられ', 'ろーどきる', '死ん', '死骸', '死がい', '亡骸', '遺骸'],
    instead: '動物の死骸を茶化さず、「道路上の動物の死骸を回収しました。見つけた際は道路管理課へご連絡ください」のように事実と案内だけを書いてください',
    severity: 'warn',
  },
]
/**
 * Blind R409J-008, R411L-045 kind: a drink of alcohol tied to a public act (voting, a vaccination or an animal's rabies shot, a
 * check-up, a blood donation, a tax return, the census, a My Number card): offered as its reward, prize or discount (投票済証を持って
 * 居酒屋へ…生ビール1杯サービス, 接種された方の中から抽選で…純米吟醸をプレゼント, 健診を受けた方に地ビールを進呈), or the readers sent
 * to drink after it (申告のあとは一杯いかが, 投票して乾杯): the city promoting drinking with its own services, `decency/conduct` warn.
 * Clean: the act and alcohol in a warning (接種当日は飲酒を控えて, 健診の前日はお酒を控え), a hometown-tax gift (ふるさと納税の返礼品に
 * 地酒), a sake-brewery event or a tourist's evening drink with no public act (酒蔵開きで新酒の試飲), amazake and non-alcoholic drinks,
 * alcohol as a disinfectant.
 */
const PUBLIC_ACT = '(?:投票(?!率|日和)|選挙(?!権年齢)|期日前|接種|予防注射|集合注射|狂犬病|ワクチン|健診|検診|人間ドック|献血|確定申告|国勢調査|マイナンバーカード|マイナカード|転入(?:届|手続)|住民(?:票|登録))'
const ALCOHOL = '(?:生ビール|地ビール|クラフトビール|ビール|生中|日本酒|清酒|地酒|新酒|(?:純米)?(?:大)?吟醸(?:酒)?|純米酒|本醸造|焼酎|泡盛|梅酒|ワイン|ハイボール|チューハイ|酎ハイ|サワー(?!クリーム)|カクテル|ウイスキー|ウィスキー|お酒|(?<![甘])酒(?![蔵造税気])|一升瓶|四合瓶|[🍺🍻🍶🍷🥂🍸🍹🥃])'
const ALCOHOL_OFFER = '(?:[0-9０-９一二三](?:杯|本)(?:目)?[^。！？!?\\n]{0,2}?(?:無料|サービス|プレゼント|タダ|ただ|進呈)|無料|サービス(?!業|エリア|センター|窓口|向上)|プレゼント|進呈|贈呈|差し上げ|もらえ|貰え|(?:が|も)当た|抽選|飲み放題|半額|割引|[0-9０-９]+円引き|(?:選挙|投票|接種|献血|健診|検診)割|[0-9０-９一二三](?:割(?:引|び|安|お得)|杯目?(?:無料|半額|まで無料))|ご褒美|ごほうび|振る舞|振舞|ふるまい)'
const DRINK_INVITE = '(?:一杯|いっぱい)(?:いかが|どう|やり|やって|飲|ひっかけ|引っかけ)|乾杯|かんぱい|晩酌|飲みに(?:行|い|来|き)|(?:で|に)(?:一杯|いっぱい)(?:[。！!♪〜~]|$)'
const ALCOHOL_TIED = `${PUBLIC_ACT}[^\\n]{0,80}?${ALCOHOL}|${ALCOHOL}[^\\n]{0,60}?${PUBLIC_ACT}`
const ALCOHOL_WARNED = /控え|ひかえ|禁止|厳禁|ないで|ないよう|だめ|いけ(?:ない|ません)|お断り|ご遠慮|飲酒運転|酒気帯び|のんある|甘酒|あまざけ|消毒|返礼品|ふるさと納税|ふるさと寄附|中毒|依存/u
/** The offer or the invitation near the tie (its line, from 40 characters before it to 60 after), and no warning there. */
function alcoholPromoted(fo: string, a: number, b: number): boolean {
  const from = Math.max(fo.lastIndexOf('\n', a - 1) + 1, a - 40)
  const nl = fo.indexOf('\n', b)
  const around = fo.slice(from, Math.min(nl < 0 ? fo.length : nl, b + 60))
  if (ALCOHOL_WARNED.test(around)) return false
  return OFFER_OR_INVITE.test(around)
}
const OFFER_OR_INVITE = phrase(`${ALCOHOL_OFFER}|${DRINK_INVITE}`, 'u')
/**
 * Blind R411L-018 kind: staff singling out one named private business as the one to use: a quoted shop or firm (『…』さん, 「…」様, 「…店」)
 * recommended in a personal frame (個人的には『…』さんがおすすめ, 私のイチオシは「…」さん), praised as the cheapest (「…」さんが一番安い,
 * どこよりも安い), or its discount advertised on a condition (…さん…今なら登録すると1割引, 市の投稿を見たと言えば500円引き): promoting a
 * private business, `decency/conduct` warn. Clean: a list of participating shops or a campaign the city runs (協力店, 取扱店, 加盟店,
 * 商品券, 各店), the city declining to name one (特定の業者をご紹介することはできません), a personal view with no business named
 * (個人的には夕方の便がおすすめ), a shop introduced without a pick, a price comparison or a discount.
 */
export const BIZ_NAMED = '(?:[「『“][^「」『』“”\\n]{2,24}[」』”](?:さん|様|さま)|[「『“][^「」『』“”\\n]{1,20}(?:店|屋|亭|堂|庵|会館|メモリアル|霊園|商店|酒店|工務店|葬祭|不動産|医院|クリニック)[」』”])'
export const PERSONAL = '(?:個人的に(?:は|も)?|私的には|わたし的には|僕的には|ぼく的には|自分的には|(?:私|わたし|僕|ぼく|自分)の(?:おすすめ|イチオシ|いちおし|一押し|推し)(?:は)?|ここだけの話)'
const PICKED_R411 = '(?:おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|推し(?:です|ます|てい)|(?:が|は)(?:いい|良い|よい|いちばん|一番)(?:です|ですよ|と思い|かと|よ)|安くて|料金(?:も|が)[^。！？!?\\n]{0,4}?安)'
const OWN_PICK = '(?:私|わたし|僕|ぼく|自分|職員|担当者?)の(?:おすすめ|オススメ|お勧め|イチオシ|いちおし|一押し|推し)(?:は|が|の(?:お店|業者|会社))?[、,]?'
const CHEAPEST = '(?:(?:一番|いちばん|最も|もっとも)(?:安|お得|やす|良心的|リーズナブル|手頃|お手頃)|最安|どこよりも(?:安|お得)|(?:他|ほか)(?:の(?:店|お店|業者|会社|ところ))?(?:より|よりも)(?:安|お得))'
const DISCOUNT = '(?:[0-9０-９一二三四五]割(?:引|び)|[0-9０-９]{1,2}[%％](?:オフ|off|引|割引)|[0-9０-９,]{1,6}円(?:引|割引|オフ|off)|割引|値引|半額)'
const DISCOUNT_COND = `(?:今なら|いまなら|今だけ|いまだけ|(?:と|って)(?:言えば|いえば|伝えれば|つたえれば|言うと|伝えると|話すと)|(?:見せ|提示|登録|予約|友だち追加|フォロー)(?:する|すれ|した|し)?(?:と|ば|で|たら))[^。！？!?\\n]{0,30}?${DISCOUNT}`
/**
 * Blind R424Z-021 kind (the same kind, two more forms): the named business or its goods ranked best by the writer (「…」さんの栗最中…
 * 柳川で一番おいしい, 「…」さんのパンが日本一うまい, ここ以外考えられない), or its sale relayed with a push to go there (…が20％オフ
 * だそうなので、ぜひお店にも足を運んで, 半額…みなさんもぜひ覗いてみて). Clean: the season's best (今が一番おいしい時期), the shop's own
 * bestseller (一番人気), a sponsor thanked, a shop named as a venue, a campaign's shops (協力店, 加盟店: BIZ_NEUTRAL).
 */
const BEST = '(?<!今が|今が旬で|この時期が|旬の今が)(?:(?:一番|いちばん|最も|もっとも|(?:市内|町内|県内|柳川|九州|日本|世界|この辺|このあたり|地元)で(?:一番|いちばん))(?:おいし|美味し|うま|旨)(?:い|か|く)|(?:日本一|世界一|市内一|県内一|九州一|町内一)(?:おいし|美味し|うま|旨)(?:い|か|く)|(?:一番|いちばん)(?:好き|のお気に入り|のおすすめ|おすすめ)|右に出る(?:店|お店|ところ|もの)は(?:ない|ありません|ございません)|ここ(?:以外|しか)(?:ない|ありえ|あり得|考えられ))(?![^。！？!?\\n]{0,3}?(?:時期|季節|頃|ころ|旬|食べ方|食べごろ|タイミング|瞬間|温度))'
const INVITE = '(?:(?:ぜひ|是非|みなさんも|皆さんも|皆様も)[^。！？!?\\n]{0,16}?(?:足を運|行って|いって|立ち寄|寄って|よって|お買い求め|買って|のぞいて|覗いて|訪ねて|訪れ|利用して|ご利用|チェックして)|(?:お店|店舗|店頭)(?:に|へ)(?:も)?[^。！？!?\\n]{0,6}?(?:足を運|行って|寄って|お立ち寄り|お越し))'
const BIZ_SALE_PUSHED = `${BIZ_NAMED}(?:[^\\n]|\\n(?!\\n)){0,120}?${DISCOUNT}(?:[^\\n]|\\n(?!\\n)){0,40}?${INVITE}`
const BIZ_PROMOTED = `${PERSONAL}[、,]?[^。！？!?\\n]{0,30}?${BIZ_NAMED}[^。！？!?\\n]{0,40}?${PICKED_R411}|${OWN_PICK}[^。！？!?\\n「」『』“”]{0,8}?${BIZ_NAMED}|${BIZ_NAMED}[^。！？!?\\n]{0,20}?${PERSONAL}[、,]?[^。！？!?\\n]{0,30}?(?:${PICKED_R411}|${CHEAPEST})|${BIZ_NAMED}[^。！？!?\\n]{0,40}?${CHEAPEST}|${BIZ_NAMED}[^\\n]{0,40}?${BEST}|${BIZ_NAMED}[^\\n]{0,80}?${DISCOUNT_COND}|${BIZ_SALE_PUSHED}`
const BIZ_NEUTRAL = /協力店|参加店|加盟店|取扱店|取り扱い店|対象店|登録店|店舗一覧|一覧|商品券|ぷれみあむ|各店|各社|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|ではありません|詐欺|悪質|注意/u
/**
 * Blind R411L-054 kind: a cremation, the dead or a funeral joked about with words of cooking or grilling (人生最後の“焼き上がり”, 火葬で
 * こんがり, ご遺体の焼き加減, 斎場でバーベキュー) or a fire or meat emoji on the cremation (火葬場🔥🍖): levity about death,
 * `decency/insensitive` warn. Clean: the official words (焼骨, 収骨, 火葬炉), food beside a funeral (精進落としのお料理), bread or pottery
 * baked (人生最後に食べたいのは焼きたてのパン), a bonfire rite (送り火, 迎え火, お焚き上げ).
 */
const DEATH = '(?:火葬|荼毘|だび(?:に付)|斎場|火葬場|火葬炉|葬儀|葬式|告別式|(?<![ぁ-ゖ])通夜|故人|ご遺体|遺体|亡骸|なきがら|お骨|遺骨|お棺|棺(?:桶|おけ)?|ひつぎ|人生(?:の)?最後|人生最期|最期|あの世|ご臨終|仏さん)'
const CREMATION = '(?:火葬|荼毘|斎場|火葬場|火葬炉|お骨|遺骨|ご遺体|遺体|お棺|棺(?:桶|おけ)?|ひつぎ)'
const COOKED = '(?:焼き上が|焼きあが|焼け上が|焼けあが|焼き加減|焼け加減|焼き具合|焼け具合|焼きたて|焼き立て|焼けたて|こんがり|ウェルダン|ミディアムレア|レアで|丸焼き|火(?:が|の)通|火加減|よく焼け|上手に焼け|いい感じに焼け|炭火焼|直火焼|カリカリ)'
const GRILLED = '(?:(?:バーベキュー|bbq|焼肉|焼き肉|焼き鳥|焼鳥|グリル)(?!場|店|屋|コーナー|広場|施設|会場|エリア)|[🍖🍗🥩🍳🥓🔥])'
const CREMATION_JOKED = `${DEATH}[^。！？!?\\n]{0,20}?${COOKED}|${COOKED}[^。！？!?\\n]{0,20}?${DEATH}|${CREMATION}[^。！？!?\\n]{0,30}?${GRILLED}`
const BAKED_GOODS = phrase('パン|ケーキ|クッキー|ピザ|餅|もち|団子|だんご|芋|いも|魚|うなぎ|鰻|焼き物|焼物|陶|器|窯|作品|せんべい|煎餅|菓子|料理|グラタン|トースト|パイ|タルト|たこ焼|お好み焼|焼きそば|干物|海苔|のり|卵|たまご|送り火|迎え火|お焚き上げ|護摩|灯籠|とうろう|キャンドル|精霊', 'u')
// --- Levity about death, an illness and a disaster (blind wave 83, fixer decB) ---
/** A skull, a coffin or a halo beside a death word, or a laugh (笑, w, 😂): the words taken lightly. */
const DEATH_LIGHT = phrase(`${LAUGH_MARK}|ｗ|[☠💀😇👻⚰🪦]`, 'u')
/** Fiction, where a death word is the plot's (謎解きの死亡フラグ, 落語の死神). */
const DEATH_FICTION = phrase('謎解き|ミステリー|推理|ドラマ|映画|小説|漫画|マンガ|アニメ|ゲーム|落語|演劇|芝居|舞台|お化け屋敷|肝試し|ホラー', 'u')
/**
 * Blind R418T-044 kind: death made the yardstick or the punchline of a hazard or a hardship: dead people said to come of it as a
 * measure (死者が出るレベル, 死人が出そうなくらい), or a death, a funeral or the hearse named as where a mishap leads (即お葬式コース,
 * 霊柩車一直線, あの世ルート, 死亡フラグ, 即死案件), with a laugh, a skull or a coffin beside it (笑, w, 😂, ☠️, 💀, ⚰️): levity about
 * death in a warning, `decency/insensitive` warn. Clean: deaths told plainly (熱中症で死者が出るほどの猛暑でした), a funeral spoken of
 * with a smile but no outcome word (終活講座「自分らしいお葬式」は笑いの絶えない会でした), a paragraph of condolence, fiction (謎解きの
 * 「死亡フラグ」, 落語, お化け屋敷).
 */
const DEATH_YARDSTICK = '(?:死人|死者)(?:が|も)?(?:出る|でる|出そうな|出かねない|出ても(?:おかしくない|不思議じゃない|不思議ではない))(?:レベル|ほど|くらい|ぐらい|勢い)'
const DEATH_ROUTE = '(?:(?:お)?葬式|(?:お)?葬儀|お通夜|あの世|霊柩車|棺桶|棺おけ|三途の川|墓場|即死|死亡)(?:へ|に|まで)?(?:直行)?(?:コース(?!ター)|ルート|行き確定|確定|決定|案件|フラグ|一直線|待ったなし|待った無し|まっしぐら|レベル)'
function deathJoked(fo: string, a: number, b: number): boolean {
  const from = Math.max(fo.lastIndexOf('\n', a - 1) + 1, a - 12)
  const nl = fo.indexOf('\n', b)
  if (!DEATH_LIGHT.test(fo.slice(from, Math.min(nl < 0 ? fo.length : nl, b + 16)))) return false
  const p = paragraphAt(fo, a, b)
  return !CONDOLENCE.test(p) && !DEATH_FICTION.test(p)
}
/**
 * Blind R420V-016 kind: an illness of the mind or the memory worn as a joke label by the writer or a colleague (もう認知症デビューかも,
 * うつ病の仲間入り, 認知症予備軍確定, ADHDっぽい) and laughed at in the same breath, past a closing quote (…かも？」と同僚と大笑い,
 * …って爆笑されました, 😂): making light of an illness, `decency/insensitive` warn (round 17's reading wants its laugh within six
 * characters). Clean: the worry told (認知症かもしれないと思ったら, 笑ってごまかさず受診を), the term named (認知症予備軍とも呼ばれる
 * 軽度認知障害), a laugh at something else (認知症カフェで大笑い), awareness in the words.
 */
const ILL_LABEL = '(?:認知症|痴呆|adhd|発達障(?:害|がい)|自閉症|うつ病|鬱病|(?<![ぁ-ゖ])鬱|統合失調症|精神病|パニック障(?:害|がい)|適応障(?:害|がい))(?:の)?(?:デビュー|仲間入り|予備軍|入り|確定|一直線|まっしぐら|疑惑|かも(?!しれ|知れ)|かな|っぽ|みたい|気味|レベル|並み|が始まっ|始まっ|の始まり)'
const ILL_LAUGHED = `(?:${LAUGH_MARK}|ｗ|大笑い|爆笑|笑い合|笑いあ|笑い(?:が|に)(?:起き|起こ|包まれ|止まら)|笑っ(?:て|た|ちゃ)|笑われ|ウケ(?:た|る|まし))`
const ILL_JOKED = `${ILL_LABEL}[^。\\n]{0,30}?(?:${ILL_LAUGHED})`
const ILL_TAKEN_SERIOUSLY = phrase('心配|不安|相談|受診|検査|診断|悩|気にな|怖|こわ|(?:と|とも)(?:呼ば|言わ|いわ|され)|の(?:方|人)|予防|対策', 'u')
const LAUGH_REFUSED = phrase('^[ぁ-ゖ一-龥]{0,4}?(?:ず|ないで|ないよう|ないこと|てはいけ|てはだめ|ては駄目)', 'u')
/**
 * Blind R420V-049 kind: a disaster's coming looked forward to or wished for (災害が来るのもちょっと楽しみ, 地震が起きるのが待ち遠しい,
 * 早く台風来ないかな, 停電になるのもワクワク, 大雨が来てほしい), or life in a shelter called a treat to come (避難所生活もむしろ楽しみ):
 * levity about a disaster, `decency/insensitive` warn (R415Q-039 was the shaking made fun; this is the wish). Clean: the wish denied
 * (地震が来るのを楽しみにしている人はいません), a worry (台風が来るのが心配で、楽しみにしていた運動会が), a shelter asked to come to
 * (避難所へ来てほしい), what comes after the storm (台風が過ぎたら花火大会が楽しみ), a game to learn from (楽しみながら学べる).
 */
const DISASTER_R420 = '(?:災害|天災|震災|大地震|地震|台風|豪雨|大雨|洪水|水害|津波|土砂崩れ|土砂災害|停電|断水|噴火|竜巻|高潮|避難(?:所)?(?:生活|暮らし))'
const FORWARD = '(?:ちょっと|ちょっぴり|ちょい|少し|すこし|むしろ|逆に|なんだか|なんか|ひそかに|密かに|意外と|正直|ある意味|かなり|結構|けっこう|めっちゃ)?[、,]?(?:楽しみ|たのしみ|待ち遠し|待ちどおし|待ちどうし|ワクワク|わくわく|ウキウキ|うきうき|心待ち)'
const COMING = '(?:が|も|は)?(?:来る|くる|来て|きて|起きる|おきる|起こる|おこる|やって(?:来る|くる)|襲って(?:来る|くる)|(?:に)?なる|発生する)(?:の|こと)(?:が|も|は|を)?'
const DISASTER_WISHED = `${DISASTER_R420}(?:${COMING}|が|も)[、,]?${FORWARD}|${DISASTER_R420}(?:が|、)?(?:来て|きて|起きて|起こって|(?:に)?なって)(?:ほしい|欲しい)|${DISASTER_R420}(?:が|、)?(?:来(?:ない|ん)かな|こ(?:ない|ん)かな|起き(?:ない|ん)かな)|(?:早く|はやく|そろそろ)${DISASTER_R420}(?:が)?(?:来い|こい)`
const WISH_DENIED = phrase('^[^。！？!?\\n]{0,12}?(?:(?:人|方|者)(?:は|なんて|など)?(?:いない|いません|おらん|おりません)|(?:なんて|とは)(?:言|い)え|わけ(?:が|は)?(?:ない|ありません)|(?:じゃ|では)(?:ない|ありません|なく)|ません)|^ながら', 'u')
const DISASTER_WORRIED = phrase('心配|不安|祈|怖|こわ|ハラハラ|はらはら|ひやひや|ヒヤヒヤ|ドキドキ|大丈夫', 'u')
/**
 * Blind R421W-006 kind: an outbreak made light of: its spread laughed at or cheered (インフル大流行中（笑）, ノロで係が全滅ｗ, コロナで
 * 学級閉鎖🎉), the trade it brings called a boom with a laugh (病児保育も大繁盛です（笑）, 小児科は書き入れ時🎉), or catching it called a
 * windfall (うつったらうつったで、休めてラッキー, 感染しちゃったら堂々と休めてお得かも): levity about an illness that spreads,
 * `decency/insensitive` warn (round 15's windfall wants the illness right before its verb; R246S-030's wants the closure and the treat
 * within 40 characters). A disease named in the 80 characters up to it (for the spread, in its clause just before it). Clean: a prevention call, even a casual one with its laugh later
 * (流行ってるので手洗いしてね〜ｗ), a closure notice, a busy clinic told plainly, the windfall refused (休めてラッキーなんて思わないで).
 */
const DISEASE = phrase('インフル|コロナ|ノロ|感染症|感染|溶連菌|はしか|麻疹|風疹|胃腸炎|風邪|かぜ|りんご病|手足口病|プール熱|アデノ|ヘルパンギーナ|rsウイルス|マイコプラズマ|百日(?:咳|せき)|水ぼうそう|おたふく|ウイルス|食中毒|疫病|伝染病', 'u')
const SPREAD_R421 = '(?:大流行|流行(?:中|って(?:る|ます|い)|り(?:だし|出し|始め)|し(?:て|始め))|はやって(?:る|ます|い)|蔓延|まん延|猛威|感染拡大|学級閉鎖|学年閉鎖|クラスター|集団感染|全滅|総倒れ|バタバタ(?:倒れ|と倒れ|寝込))'
const BOOM = '(?:大繁盛|商売繁盛|繁盛(?:して|し|です|中|でした)|稼ぎ時|かせぎ時|書き入れ時|かきいれ時|特需|ウハウハ|大儲け|儲か(?:って|る|り)|もうか(?:って|る|り))'
const CHEER_R421 = `(?:${LAUGH_MARK}|ｗ|[🎉🥳🎊])`
const CATCH = '(?:(?:うつ|移)(?:った|っちゃった|され(?:た|ちゃった))(?:ら|って|としても|ところで)|(?:感染|罹患)(?:した|しちゃった)(?:ら|って|としても)|(?:罹|かか)(?:った|っちゃった)(?:ら|って|としても))'
const WINDFALL = '(?:ラッキー|お得|得(?:した|する|かも|です|じゃ|だ)|儲けもの|もうけもの|儲けもん|もうけもん|役得|ご褒美|ごほうび|ボーナス|おいしい(?:かも|です|じゃ|よね)|休め(?:て|る)[^。！？!?\\n]{0,6}?(?:嬉し|うれし|やった|最高|ラッキー|得|ハッピー))'
const OUTBREAK_LIGHT = `${SPREAD_R421}(?:中|です|でした|してます|しています)?[〜~ー！!…、,♪]{0,3}${CHEER_R421}|${BOOM}[^。！？!?\\n]{0,10}?${CHEER_R421}|${CATCH}[^。！？!?\\n]{0,30}?${WINDFALL}`
const SPREAD_AT = phrase(`^${SPREAD_R421}`, 'u')
const OUTBREAK_LIGHT_REFUSED = phrase('^[^。！？!?\\n]{0,12}?(?:なんて|などと|とは|と(?:いう|思|考))[^。！？!?\\n]{0,8}?(?:ない|ません|ず|禁物|だめ|ダメ|いけ)', 'u')
/**
 * Blind R423Y-044 kind: a disability of sight or hearing made the joke of a trivial plight with a laugh: the writer's own state set
 * beside it (…は目が見えなかったそうですが、書庫も真っ暗で何も見えません（笑）) or likened to it (耳の聞こえない人の気分を味わえたかも
 * （笑）, 全盲状態ｗ, 難聴のおじいちゃんみたい笑): making light of a disability, `decency/insensitive` warn. Clean: the disability told
 * respectfully (晩年ほとんど目が見えなかった白秋は、口述で詩を残しました), an awareness event with no laugh (アイマスクで目の見えない方の
 * 世界を体験しました), a laugh at something else in another sentence.
 */
const SENSE_LOST = '(?:(?:目|眼)(?:が|の)[^。！？!?\\n、]{0,6}?見え(?:ない|なかった|なくな|ず|ません)|耳(?:が|の)[^。！？!?\\n、]{0,6}?聞こえ(?:ない|なかった|なくな|ず|ません)|耳(?:が|の)遠(?:い|く|か)|失明|全盲|盲目|弱視|難聴|視覚障(?:害|がい)|聴覚障(?:害|がい))'
const SENSE_TOO = `${SENSE_LOST}[^。！？!?\\n]{0,40}?(?:も|まで|すら|さえ)[^。！？!?\\n]{0,20}?(?:見え|聞こえ)(?:ない|ません|なかった|ず|なく)[^。！？!?\\n]{0,8}?(?:${LAUGH_MARK}|ｗ)`
const SENSE_LIKENED = `${SENSE_LOST}(?:の|な)?(?:人|方|者|おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|老人)?(?:の)?(?:気分|気持ち|状態|感覚|世界|疑似体験|みたい|並み|レベル|同然|と同じ)[^。！？!?\\n]{0,20}?(?:${LAUGH_MARK}|ｗ)`
/**
 * Blind R424Z-049 kind: old people's deaths joked about as a move: the afterlife made a branch of the event or a place they went off to
 * (天国の敬老会のほうに行っちゃったのかな😇, あの世の老人会に移籍, 天国支部へお引っ越しかも（笑）), where a count fell or faces are
 * missing, with a light mark (ちゃった, 😇, 👻, 笑, かな): `decency/insensitive` warn. Clean: the dead remembered (天国で見守ってくれて
 * いると思います, 天国の母も喜んでいる), sorrow told (😢, 寂しい, ご冥福), a 敬老会's count told plainly.
 */
const HEAVEN = '(?:天国|あの世|極楽|冥土|黄泉の国|お空の上|草葉の陰|三途の川の向こう)'
const HEAVEN_BRANCH = `${HEAVEN}(?:の|で(?:の|も))?(?:敬老会|老人会|同窓会|運動会|宴会|飲み会|忘年会|新年会|町内会|自治会|支部|本部|デイサービス|カラオケ|ゲートボール|グラウンドゴルフ|句会|チーム)`
const HEAVEN_MOVED = `${HEAVEN}(?:の[^。！？!?\\n]{1,10}?)?(?:の(?:ほう|方))?(?:に|へ)[、,]?(?:行っちゃ|いっちゃ|逝っちゃ|旅立っちゃ|引っ越しちゃ|お引っ越し|引っ越し|移っちゃ|移籍|転居|転勤|出張|デビュー|入会|異動|お呼ばれ|呼ばれちゃ|スカウト)`
const HEAVEN_BRANCH_AT = phrase(HEAVEN_BRANCH, 'u')
const HEAVEN_LIGHT = phrase(`ちゃ|[😇👻💀☠🤣😂😆]|${LAUGH_MARK}|ｗ|かな|かも|[?？〜~♪]`, 'u')
const HEAVEN_SORROW = phrase('[😢😭🙏😿]|悲し|かなし|寂し|さみし|さびし|ご冥福|お悔やみ|安らかに|偲|哀悼|黙とう|黙祷|見守', 'u')
const MISSING = phrase('減|少な|来なく|来ていな|来られな|来てな|見かけな|見えな|欠席|いなくな|休み|不参加|顔ぶれ|空席|[0-9０-９]+人', 'u')
export const LEVITY_DEC_B: Phrase[] = [
  {
    rule: 'decency/insensitive',
    re: phrase(`${DEATH_YARDSTICK}|${DEATH_ROUTE}`),
    instead: '死や葬儀を冗談やたとえに使わず、危険と備えを落ち着いて書いてください（例：「水温が低く、落水すると命に関わります。救命胴衣を着用し、防寒対策をお願いします」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => deathJoked(fo, a, b),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(ILL_JOKED),
    instead: '病気を冗談や笑いの種にせず、学んだことや必要な情報だけを書いてください（例：「物忘れが気になる方は、地域包括支援センターにご相談ください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const t = fo.slice(a, b)
      return !ILL_TAKEN_SERIOUSLY.test(t) && !LAUGH_REFUSED.test(fo.slice(b, b + 8)) && !AWARENESS.test(t) && !SLUR_TALK.test(fo.slice(s.start, Math.max(s.end, b)))
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(OUTBREAK_LIGHT),
    instead: '感染症の流行を笑いや得の種にせず、流行の状況と予防のお願いを書いてください（例：「インフルエンザによる学級閉鎖が増えています。手洗いと換気にご協力ください」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      // The spread: the disease its subject, in the clause just before it (コロナで全滅, ノロウイルスが保育園で大流行), not a clause back.
      const from = SPREAD_AT.test(fo.slice(a, b)) ? Math.max(s.start, a - 14, fo.lastIndexOf('、', a - 1) + 1, fo.lastIndexOf(',', a - 1) + 1) : Math.max(fo.lastIndexOf('\n\n', a) + 1, a - 80)
      return DISEASE.test(fo.slice(from, b)) && !OUTBREAK_LIGHT_REFUSED.test(fo.slice(b, b + 24)) && !CONDOLENCE.test(fo.slice(s.start, s.end))
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${SENSE_TOO}|${SENSE_LIKENED}`),
    instead: '障がいや病気を自分の失敗や不便のたとえ・笑いの種にせず、事実や学んだことを書いてください（例：「白秋は晩年、視力をほとんど失いながらも口述で作品を残しました」）',
    severity: 'warn',
    keep: (fo, s) => !SLUR_TALK.test(fo.slice(s.start, s.end)) && !NAMES_PREJUDICE.test(fo.slice(s.start, s.end)),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${HEAVEN_BRANCH}|${HEAVEN_MOVED}`),
    instead: '亡くなった方のことを冗談にせず、参加者数などの事実を落ち着いて書いてください（例：「今年の敬老会には138名の皆さまにご参加いただきました」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      const near = fo.slice(a, Math.min(s.end, b + 24))
      if (!HEAVEN_LIGHT.test(near) || HEAVEN_SORROW.test(fo.slice(s.start, s.end))) return false
      return HEAVEN_BRANCH_AT.test(fo.slice(a, b)) || MISSING.test(paragraphAt(fo, a, b))
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(DISASTER_WISHED),
    instead: '災害が来ることを楽しみや冗談にせず、訓練で学んだことや備えを伝えてください（例：「避難所の設営を体験し、段ボールベッドの組み立て方を学びました」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => !WISH_DENIED.test(fo.slice(b, b + 20)) && !DISASTER_WORRIED.test(fo.slice(Math.max(0, a - 10), Math.min(fo.length, b + 20))),
  },
]
/**
 * Team DCG-140 kind (a catch the reader lost on retraining, now a rule): grown women in a match or at work told as squealing and watched
 * as a charming sight (女子の部もキャーキャー言いながら一生懸命で、見ていて微笑ましかった, 女性陣がキャッキャとはしゃぐ姿がかわいらしく):
 * their play or work is patronised, not reported. A stereotype, warn. Needs the women's side named (女子の部, 女子チーム, 女性陣, 女性職員,
 * ママさん…), the squeal within the sentence and the charming-sight word after it. Not children (小学生, 園児, キッズ, 女の子たち of a
 * school), not the crowd's cheering (声援), not a report of the play itself (優勝, 熱戦 without the squeal).
 */
const WOMEN_SIDE_DCG = '(?:女子の部|女子チーム|女子選手|女性陣|女性チーム|女性選手|女性職員|女子職員|ママさん(?:チーム|たち|選手)?|お母さん(?:チーム|たち)|奥様(?:チーム|方)|レディース)'
const SQUEAL_DCG = '(?:キャーキャー|きゃーきゃー|キャッキャ|きゃっきゃ|キャピキャピ|きゃぴきゃぴ)'
const CHARMING_DCG = '(?:微笑まし|ほほえまし|かわいらし|可愛らし|かわいかった|可愛かった|かわいい|可愛い)'
const NOT_WOMEN_DCG = phrase('小学|中学|園児|児童|キッズ|幼稚|保育|こども|子ども|子供|声援', 'u')
export const PATRONISED_DCG: Phrase[] = [
  {
    rule: 'decency/stereotype',
    re: phrase(`${WOMEN_SIDE_DCG}[^。！？!?\\n]{0,12}?${SQUEAL_DCG}[^。！？!?\\n]{0,30}?${CHARMING_DCG}`),
    instead: '女性の選手や職員を「キャーキャー」「微笑ましい」と見物の対象にせず、競技や仕事の結果・内容を伝えてください（例：「女子の部は柳川クラブが優勝しました」）',
    severity: 'warn',
    keep: (fo, s) => !NOT_WOMEN_DCG.test(fo.slice(s.start, s.end)),
  },
]
export const PUBLIC_CONDUCT: Phrase[] = [
  {
    rule: 'decency/conduct',
    re: phrase(ALCOHOL_TIED),
    instead: '公の手続きや行事に飲酒や酒類のプレゼントを結びつけず、手続きの内容だけを伝えてください（例：「期日前投票は市役所本庁舎で受け付けています」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => alcoholPromoted(fo, a, b),
  },
  {
    rule: 'decency/conduct',
    re: phrase(BIZ_PROMOTED),
    instead: '特定の民間事業者を市の投稿で推薦・宣伝せず、「市内の事業者は〇〇協会のホームページでご確認いただけます」のように中立に案内してください',
    severity: 'warn',
    keep: (fo, s, a, b) => !BIZ_NEUTRAL.test(fo.slice(Math.min(a, s.start), Math.max(b, s.end))),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(CREMATION_JOKED),
    instead: '火葬やご遺体を料理や焼き加減にたとえず、施設の案内を落ち着いた言葉で書いてください（例：「火葬の間は待合室でお待ちいただけます」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !BAKED_GOODS.test(fo.slice(Math.max(s.start, a - 8), Math.min(s.end, b + 10))),
  },
]
/**
 * Blind R414P-028 kind: alcohol given as the prize of a campaign, a survey, a quiz, a stamp rally or a public drive the city runs
 * (アンケートに回答いただいた方の中から抽選で…純米大吟醸をプレゼント, クイズ正解者にもれなく地ビールを進呈, 交通安全運動の
 * キャンペーンで焼酎が当たる): taking part in the city's own act rewarded with a drink, `decency/conduct` warn, like the public acts of
 * R409J (投票, 接種). The drink must be the prize itself, given after 抽選, もれなく or 先着 and before プレゼント, 進呈 or 当たる.
 * Clean: another prize in a survey that asks about drinking (飲酒の頻度…抽選で図書カード), a brewery's own goods (酒蔵オリジナル
 * 手ぬぐい), amazake and non-alcoholic drinks, a campaign against drunk driving, a hometown-tax gift.
 */
const CAMPAIGN_ACT = '(?:アンケート|回答(?!期限|率)|キャンペーン|クイズ|スタンプラリー|懸賞|応募(?:者|された|いただいた|してくれた|くださった)|(?:予防|安全|防犯|美化|啓発)運動|(?:訓練|講習|教室|講座|清掃活動|ボランティア)(?:に|へ|の)?(?:参加|ご参加)|(?:ご)?参加(?:者|された|いただいた|してくれた|くださった)|来場(?:者|された|いただいた|してくれた)|正解(?:者|された|した))'
const PRIZE_LOT_R414 = '(?:抽選|ちゅうせん|もれなく|漏れなく|先着(?:順)?|全員に|皆さんに|皆様に)'
const PRIZE_GIVEN_R414 = '(?:プレゼント|進呈|贈呈|差し上げ|お贈り|当た(?:り|る|ります))'
/** What follows a drink's name when the thing is its vessel or goods, not the drink (日本酒グラス, ワイン用オープナー, 酒粕): no drink given. */
const DRINK_GOODS_AFTER = '(?!(?:の|用の|用|専用の|専用)?(?:グラス|器|おちょこ|お猪口|猪口|徳利|とっくり|オープナー|ラベル|ケーキ|ゼリー|饅頭|まんじゅう|ケース(?!で)|タンブラー|ジョッキ|グッズ|石鹸|せっけん|入浴剤|酵母|漬|粕|かす|カップ|バッグ|手ぬぐい|タオル))'
const CAMPAIGN_ALCOHOL = `${CAMPAIGN_ACT}[^\\n]{0,80}?${PRIZE_LOT_R414}[^。！？!?\\n]{0,40}?${ALCOHOL}${DRINK_GOODS_AFTER}[^。！？!?\\n]{0,20}?${PRIZE_GIVEN_R414}`
/**
 * Blind R415Q-016 kind: a named shop, bar or restaurant giving a perk to whoever shows the city's post or says they saw it (『…』さん…
 * この投稿を見せたら生ビール1杯サービス, 「…」ではインスタを見たと伝えると一品おまけ): the account used as a private business's
 * coupon, `decency/conduct` warn (the discount of R411L-018 was one such perk; a free drink, dish or gift is another). A name in
 * brackets that opens with a kind of shop (「居酒屋…」, 『ダイニング…』, 「カフェ…」) is a business too. Clean: a campaign's participating
 * shops (協力店, 参加店, スタンプラリー), a perk the city gives itself at its own window, a shop introduced without the perk.
 */
const SHOP_NAMED = `(?:${BIZ_NAMED}|[「『“](?:居酒屋|酒場|バー|バル|ビアホール|ビアガーデン|スナック|ダイニング|レストラン|ビストロ|トラットリア|カフェ|喫茶|食堂|キッチン|焼肉|焼き肉|焼鳥|焼き鳥|寿司|鮨|ラーメン|うなぎ|鰻|そば|うどん|ベーカリー|パン)[^「」『』“”\\n]{0,20}[」』”])`
const SHOWN_POST = '(?:(?:投稿|ポスト|ツイート|画面|ページ|アカウント|インスタ|フェイスブック|記事|スクショ|スクリーンショット)(?:を|の画面を)?[^。！？!?\\n]{0,4}?(?:見せ|みせ|提示(?:し|す)?)(?:る|れ|た|て)?(?:と|ば|たら|で)|(?:見た|みた|見て|フォロー(?:して)?(?:い)?る)(?:と|って)(?:言え|いえ|言う|伝え|つたえ|話せ|話す)(?:ば|と|たら|れば))'
const PERK = `(?:${ALCOHOL}[^。！？!?\\n]{0,6}?)?(?:[0-9０-９一二三](?:杯|品|皿|本|個|つ|枚|人前)(?:目)?(?:を|が)?[^。！？!?\\n]{0,2}?(?:無料|サービス|おまけ|オマケ|プレゼント|タダ|ただ(?:で|に))|無料|サービス(?!業|エリア|センター|窓口|向上)|おまけ|オマケ|プレゼント|特典|${DISCOUNT})`
const SHOP_PERK = `${SHOP_NAMED}[^\\n]{0,80}?${SHOWN_POST}[^。！？!?\\n]{0,24}?${PERK}`
const SHOP_PERK_NEUTRAL = phrase('協力店|参加店|加盟店|取扱店|対象店|登録店|店舗一覧|各店|スタンプラリー|商品券|詐欺|悪質|注意|ご注意|ではありません', 'u')
/**
 * Blind R414P-052 kind: death by a hazard (smoke, a fire, heatstroke, a rice cake, the cold bath, carbon monoxide) told with a flippant
 * word for dying (ぽっくり逝っちゃう, コロッと逝く, お陀仏, あの世行き, 天国行き, 三途の川を渡る) or the death called an easy or happy end
 * with a shrug (ある意味ラクな最期かも, 眠るように死ねるなら幸せな最期かもですね😅): a warning that makes light of the deaths it should
 * prevent, `decency/insensitive` warn. The hazard must stand in the paragraph, or a laugh or a light ending beside the word. Clean: the
 * danger told plainly (気づかないまま命を落とすおそれ), the ぽっくり temples and their prayers (ぽっくり寺, ぽっくり信仰), a peaceful end
 * spoken of in end-of-life care (住み慣れた家で穏やかな最期を, 楽な最期を迎えたいというご相談), a word quoted as a mention.
 */
const FLIPPANT_DEATH = '(?:ぽっくり|ポックリ|コロッと|ころっと|コロリと|ころりと)(?:逝|いっちゃ|いっちま|いきます|いくよ|死)|(?<![一-龥])逝っちゃ|逝っちま|逝きますよ|逝くよ|お陀仏|おだぶつ|あの世(?:行き|いき|へ直行|に直行|へ一直線|まっしぐら)|天国(?:行き|へ直行|に直行)|三途の川(?:を渡|渡|が見え)'
const EASY_END = '(?:ある意味|むしろ|逆に|意外と|ちょっと)?[、,]?(?:ラク|らく|楽|幸せ|しあわせ|幸福|理想的?|いい|良い|悪くない|ましな|マシ)(?:な|の)?(?:最期|死に方|死にかた|逝き方|死に様|往生)'
const DEATH_HAZARD = phrase('煙|火事|火災|火の元|火の不始末|一酸化炭素|ガス漏れ|ガス中毒|熱中症|脱水|(?<![一-龥])餅|ヒートショック|入浴|お風呂|溺|水難|川遊び|海水浴|事故|地震|津波|凍死|凍え|雪下ろし|転落|転倒|感電|中毒|警報器|寝たばこ|寝タバコ|ストーブ|暖房', 'u')
const DEATH_SHRUG = phrase('ある意味|むしろ|逆に|まあ|まぁ|かも|けど|けれど|笑|[😅😂🤣😆😇💀👻🤪😜]|[〜~♪]|w(?![a-z])|ｗ', 'u')
const DEATH_MENTION = phrase('ぽっくり(?:寺|信仰|地蔵|さん|観音|祈願)|[「『“][^「」『』“”\\n]{0,8}$', 'u')
/**
 * Blind R415Q-039 kind: a quake or its simulation made entertainment: the shaking said to be the fun (震度7でキャーキャー大はしゃぎ,
 * 揺れるたびに大爆笑, 地震が楽しすぎ), likened to an amusement ride (遊園地のアトラクションより楽しい, 絶叫マシンみたい,
 * ジェットコースター気分), or the real one wished as enjoyable (本番の地震もこれくらい楽しめたら): levity about a disaster, `decency/
 * insensitive` warn. Clean: a drill that is fun to learn from (楽しみながら防災を学べます, 楽しい防災プログラム), a ride to prepare for
 * the quake (地震に備えて楽しく学べる), the ride said not to be an attraction (アトラクションではありません), another attraction than the
 * quake (消防車の乗車体験が遊園地より人気), acting calmly in the real one (本番の地震でも慌てず).
 */
const QUAKE = '(?:震度[0-9０-９一二三四五六七](?:強|弱)?|(?<![一-龥])揺れ(?:る(?:たび|度)(?:に)?|が|に|で|は|も)|(?<![一-龥])ゆれ(?:が|に|で|は|も)|地震(?:が|で|に|は|も)|起震車(?:の揺れ)?(?:が|で|に|は|も))'
const QUAKE_FUN = `${QUAKE}[^。！？!?\\n、,備対学知教伝慌落冷]{0,8}?(?:大はしゃぎ|はしゃ(?:い|ぎ|ぐ)|キャーキャー|きゃーきゃー|ギャーギャー|楽しすぎ|たのしすぎ|楽しかった|超楽し|めっちゃ楽し|大爆笑|爆笑|大喜び|テンション(?:が)?(?:上が|あが|アゲ|爆上|max|マックス))`
const RIDE = '(?:アトラクション|遊園地|絶叫マシン|絶叫系|ジェットコースター|テーマパーク|バンジー|ゲームセンター|ゲーセン)'
const QUAKE_RIDE = `(?:地震|揺れ|ゆれ|震度|起震車|津波|浸水|水害|台風|災害)[^\\n]{0,40}?${RIDE}[^。！？!?\\n]{0,6}?(?:より(?:も)?[^。！？!?\\n]{0,6}?(?:楽し|たのし|面白|おもしろ|スリル|興奮|ワクワク|わくわく|最高)|みたい(?:で|に|な|だ|！|!)|のよう(?:で|に|な|だ)|並み(?:の|に)|気分|感覚|以上)|${RIDE}[^。！？!?\\n]{0,6}?(?:より(?:も)?|みたいに|のように|並みに|以上に)[^。！？!?\\n]{0,16}?(?:地震|揺れ|ゆれ|震度|起震車)`
const REAL_QUAKE_FUN = '(?:本番|本物|実際|ほんと|本当|リアル)の(?:地震|災害|津波|台風|洪水|揺れ)(?:も|が|は|の時も|のときも)[^。！？!?\\n]{0,16}?(?:楽しめ|たのしめ|楽しい|楽しく|楽しみ|笑え|はしゃ|最強|余裕で楽)(?!ながら|もの|ものでは|ことはでき)'
const QUAKE_FUN_NEGATED = phrase('ではありません|ではない|じゃない|じゃありません|ではなく|遊びでは|ふざけ|禁止|ないで', 'u')
export const LEVITY_R414: Phrase[] = [
  {
    rule: 'decency/conduct',
    re: phrase(CAMPAIGN_ALCOHOL),
    instead: '市のキャンペーンやアンケートの景品に酒類を選ばず、特産品や図書カードなどにしてください（例：「回答いただいた方の中から抽選で10名様に、市の特産品をお送りします」）',
    severity: 'warn',
    keep: (fo, _s, a, b) => !ALCOHOL_WARNED.test(fo.slice(Math.max(0, a - 20), Math.min(fo.length, b + 30))),
  },
  {
    rule: 'decency/conduct',
    re: phrase(SHOP_PERK),
    instead: '市の投稿を特定のお店の割引券やサービス券として使わず、お店の紹介は商工会や観光協会の案内に任せてください（例：「市内の飲食店は観光協会のページでご覧いただけます」）',
    severity: 'warn',
    keep: (fo, s, a, b) => !SHOP_PERK_NEUTRAL.test(fo.slice(Math.min(a, s.start), Math.max(b, s.end))),
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${FLIPPANT_DEATH}|${EASY_END}`),
    instead: '命に関わる危険を軽い言い回しや冗談で伝えず、事実と備えを落ち着いて書いてください（例：「就寝中の火災は煙で逃げ遅れるおそれがあります。住宅用火災警報器を設置しましょう」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      if (DEATH_MENTION.test(fo.slice(a, Math.min(fo.length, b + 6))) || DEATH_MENTION.test(fo.slice(Math.max(0, a - 10), a))) return false
      const near = fo.slice(Math.max(s.start, a - 16), Math.min(s.end, b + 24))
      if (!DEATH_SHRUG.test(near)) return false
      return DEATH_HAZARD.test(fo) || /[😅😂🤣😆😇💀👻]|笑|w(?![a-z])|ｗ/u.test(near)
    },
  },
  {
    rule: 'decency/insensitive',
    re: phrase(`${QUAKE_FUN}|${QUAKE_RIDE}|${REAL_QUAKE_FUN}`),
    instead: '地震や災害の体験を遊びや娯楽にたとえず、何を学べるかを伝えてください（例：「起震車で震度7の揺れを体験し、机の下に身を守る練習をしました」）',
    severity: 'warn',
    keep: (fo, s, _a, b) => !QUAKE_FUN_NEGATED.test(fo.slice(b, Math.min(s.end, b + 16))),
  },
]
/**
 * Blind R418T-010, R420V-003 kind: an alcoholic drink given as a prize in a post of the city's account, whatever the occasion: a
 * follow-and-repost giveaway, a bazaar's or a festival's lottery, a bingo, a hashtag campaign (地酒…純米吟醸を、抽選で30名様に
 * プレゼント, 抽選会…純米吟醸の一升瓶が5本当たります, 景品は地元酒蔵の大吟醸, 当選者には焼酎をお届け): the account hands out
 * drink and a maker's goods, `decency/conduct` warn, like the campaign prizes of R414P-028 without the need for the city's own act. The
 * drink must be the prize: a lottery word (抽選, もれなく, 先着) before it and a giving verb (プレゼント, 進呈, 当たる, お届け) after,
 * the drink the subject of 当たる in a paragraph about a lottery, or the drink named as the 景品 or the winners' gift. Clean: the
 * hard negatives of R409J (a hometown-tax gift, a warning to refrain, amazake and non-alcoholic drinks, alcohol as a disinfectant),
 * a brewery's own goods or a drink's vessel (酒蔵オリジナル手ぬぐい, 酒器, ワイングラス, 日本酒ケーキ), drinking (飲酒) named
 * beside a lottery of other prizes, 当たり前.
 */
const ALCOHOL_PRIZE = `(?:生ビール|地ビール|クラフトビール|ビール|生中|日本酒|清酒|地酒|新酒|(?:純米)?(?:大)?吟醸(?:酒)?|純米酒|本醸造|焼酎|泡盛|梅酒|ワイン|ハイボール|チューハイ|酎ハイ|カクテル|ウイスキー|ウィスキー|ブランデー|シャンパン|スパークリングワイン|お酒|(?<![甘飲禁断節洋])酒(?![蔵造税気器屋店粕場類販])|一升瓶|四合瓶|[🍺🍻🍶🍷🥂🍾🥃])${DRINK_GOODS_AFTER}`
const PRIZE_LOT_R420 = '(?:抽選|ちゅうせん|もれなく|漏れなく|先着(?:順)?)'
const PRIZE_GIVEN_R420 = '(?:プレゼント|進呈|贈呈|差し上げ|お贈り|お届け|お送り|当た(?:る|ります|り(?!前)))'
const PRIZE_NAMED = '(?:景品|賞品|副賞|当選(?:者|した方|された方|の方|者の方))(?:は|に|には|として|で|の)?'
const ALCOHOL_PRIZE_GIVEN = `${PRIZE_LOT_R420}[^。！？!?\\n]{0,40}?${ALCOHOL_PRIZE}[^。！？!?\\n]{0,20}?${PRIZE_GIVEN_R420}|${ALCOHOL_PRIZE}[^。！？!?\\n]{0,24}?(?:を|が)[、,]?[^。！？!?\\n]{0,8}?${PRIZE_LOT_R420}[^。！？!?\\n]{0,16}?${PRIZE_GIVEN_R420}|${ALCOHOL_PRIZE}[^。！？!?\\n]{0,16}?(?:が|も)[^。！？!?\\n]{0,8}?当た(?:る|ります|り(?!前)|った|れば)|${PRIZE_NAMED}[^。！？!?\\n]{0,20}?${ALCOHOL_PRIZE}`
/** A lottery in the paragraph, for a drink that 当たる (抽選会, くじ, 福引, ビンゴ, 1等, プレゼント企画). */
const PRIZE_LOTTERY = phrase('抽選|ちゅうせん|くじ|籤|福引|ふくびき|ガラポン|ガラガラ|景品|賞品|ビンゴ|じゃんけん|懸賞|プレゼント|当選|応募|チャンス|キャンペーン|企画|[0-9０-９一二三特]等', 'u')
/**
 * Blind R420V-056 kind: people with a mental illness cast as dangerous (精神病の人もいるので…一人で行かせない…何をするか分からないので,
 * 統合失調症の方には近づかないほうが, うつ病の人は何をしでかすか): the illness made the reason to fear them,
 * `decency/discriminatory` block, the way SENTENCE_KINDS reads 精神障害 and 精神疾患 with 何をするか分からない, for every name of a mental
 * illness (精神病, 統合失調症, うつ病, 心の病, 精神の病気, 双極性障害, 精神科に通う人) and every cue of danger to others: unpredictable
 * (何をするか分からない), an attack (襲われる, 危害を加える), a dangerous person (危険人物, 危ない人), kept away from (近づかないほうが).
 * A possible outburst met by staff in pairs (突然暴れることもあるので、職員は二人一組で) stays the stereotype warn of round 28.
 * Clean: the prejudice named as one (「何をするか分からない」は偏見です, 誤解, 思い込み), care, treatment or a consultation (受診,
 * 治療, 相談, 支援), a danger to the ill person themselves (薬が切れると危ない), people not left alone with their worries (一人で
 * 抱え込まず), visits made in pairs with no group named.
 */
const MENTAL_ILL = '(?:精神病|精神疾患|精神障(?:害|がい|碍)|精神(?:的な|の)(?:病気|病)|心の病(?:気)?|統合失調症|うつ病|鬱病|双極性障(?:害|がい)|躁うつ病|躁鬱病|人格障(?:害|がい)|パーソナリティ障(?:害|がい)|精神科(?:に|へ)(?:通|かか)[^。！？!?\\n]{0,4}?(?:人|方)|メンタル(?:を|が)病んだ(?:人|方))'
const CAST_DANGEROUS = '(?:何を(?:する|しでかす|される)か(?:分から|わから|わかん)|何(?:する|しでかす)か(?:分から|わから|わかん)|危険人物|危ない(?:人|奴|やつ)|危険な(?:人|奴|やつ)|怖い(?:人|奴|やつ)|襲(?:われ|いかか|って(?:く|き))|危害を(?:加え|くわえ)|近づかない(?:ほうが|方が|ように)|近寄らない(?:ほうが|方が|ように)|関わらない(?:ほうが|方が))'
const MENTAL_CAST = `${MENTAL_ILL}[^\\n]{0,80}?${CAST_DANGEROUS}`
const MENTAL_CARE = phrase('偏見|誤解|思い込み|決めつけ|差別|イメージ|ではありません|ではない|とは限|じゃない|受診|治療|相談|支援|ではなく', 'u')
export const PRIZE_AND_FEAR: Phrase[] = [
  {
    rule: 'decency/conduct',
    re: phrase(ALCOHOL_PRIZE_GIVEN),
    instead: '市のアカウントで酒類を景品やプレゼントにせず、特産品や図書カードなどにしてください（例：「抽選で10名様に、柳川の特産品をお送りします」）',
    severity: 'warn',
    keep: (fo, s, a, b) => {
      if (ALCOHOL_WARNED.test(fo.slice(Math.max(0, a - 20), Math.min(fo.length, b + 30)))) return false
      const m = fo.slice(a, b)
      if (/当た/u.test(m) && !/抽選|ちゆうせん|もれなく|漏れなく|先着/u.test(m)) {
        const p0 = fo.lastIndexOf('\n', a) + 1
        const p1 = fo.indexOf('\n', b)
        return PRIZE_LOTTERY.test(fo.slice(Math.max(p0, a - 120), p1 < 0 ? Math.min(fo.length, b + 60) : Math.min(p1, b + 60)))
      }
      return true
    },
  },
  {
    rule: 'decency/discriminatory',
    re: phrase(MENTAL_CAST),
    instead: '病気や障がいのある人を危険な存在として書かず、見守りの体制や安全の工夫だけを伝えてください（例：「訪問は安全のため、原則として二人一組で行っています」）',
    severity: 'block',
    keep: (fo, _s, a, b) => !MENTAL_CARE.test(fo.slice(Math.max(0, a - 10), Math.min(fo.length, b + 30))),
  },
]
/** Blind R178A-039, R175A-027 (W19): a foreign group named (技能実習生のみなさん, 東南アジアの若者, ベトナム人の労働者). */
export const FOREIGN_W19 = `(?:外国(?:人|籍)(?:の)?(?:方|人|労働者|住民|若者|実習生|留学生)?|(?:${NATION})(?:人|系|籍|出身)?(?:の|から(?:来た|の))?(?:若者|若い人|人|方|労働者|住民|学生|実習生|留学生)|技能実習(?:生)?|実習生|留学生|研修生|移民|難民)`
/**
 * Blind R308T-027 kind (dec56): visitors named by where they come from (中国本土からの団体さん, 東南アジアからのお客様, 中東から来た
 * 方々, ヨーロッパ出身の皆さん) and a fault presumed of them in the same sentence, either order (騒がしくなりがち, マナーが悪い, ポイ捨て,
 * 列に並ばない): tourists ranked by origin, block. Not a fault denied or praise (faultStated), not a sign made readable for them (多言語).
 */
/** A named origin, not 外国 or 海外 as a whole (外国人観光客の増加に伴い…ポイ捨て is no ranking by origin). */
export const NAMED_NATION = NATION.split('|').filter((x) => !['外国', '海外', '他国', '在日'].includes(x)).join('|')
export const ORIGIN_PLACE = `(?:${NAMED_NATION}|ヨーロッパ|欧州|中東|南米|中南米|東欧|西欧|西洋|北米|南アジア|大陸|本土|特定の国|一部の国|ある国|例の国|某国)(?:本土|大陸|本国|方面|圏|各国|諸国|各地)?`
export const ORIGIN_D56 = `${ORIGIN_PLACE}(?:(?:から(?:の|来た|来られた|来る|お越しの|いらした|いらっしゃる)|出身の)(?:お客(?:様|さま|さん)|団体(?:客|さん|旅行客|のお客(?:様|さま|さん))?|ツアー(?:客|の方)?|観光客|旅行者|グループ|方々|方|人たち|人|皆さん|皆様|家族連れ)|(?:人|系)(?:の)?(?:お客(?:様|さま|さん)|団体(?:客|さん|旅行客)?|ツアー客|観光客|旅行者|グループ|方々|皆さん))(?:たち|達)?`
/**
 * Blind R310H-036 kind (dec56): a foreign group said to lack the habit of keeping rules or time (外国籍の保護者の方は、集団生活のルールや
 * 時間を守る習慣が身についていないことが多いため): a fault presumed of a people, block. Not the notion answered (偏見, とは限らない).
 */
export const FOREIGN_PARENT = `(?:外国(?:人|籍)|外国の方|外国出身|外国にルーツ(?:のある|を持つ)|(?:${NATION})(?:人|籍|系|出身))(?:の)?(?:保護者|親御さん|ご両親|親|ご家庭|家庭|世帯|ご家族|家族|住民|方|方々|人|児童|生徒|子ども|お子さん|利用者|入居者|従業員|労働者|実習生|研修生)?(?:の(?:方|皆さん|皆様|方々))?`
/**
 * R330H-055 kind: the old men said to perk up at young or pretty staff, winked at as "in more ways than one" (若くてきれいな方だと、利用者のおじいちゃんたちが
 * とっても元気になります（いろんな意味で）): sexual innuendo, block; and looks or youth given as the hire's draw in a call for staff (若くてきれいな方だと、
 * …元気に, 美人のスタッフなら…喜ぶ): looks as the condition, lookism block.
 */
export const PRETTY = '(?:若くて|若い|若め)?[、,]?(?:きれいな|綺麗な|キレイな|美人(?:の|な)?|かわいい|可愛い|カワイイ|かわいらしい|イケメンの|イケメンな|スタイルの(?:いい|良い)|見た目の(?:いい|良い)|ルックスの(?:いい|良い)|若い|若くて)(?:方|人|女性|子|女の子|男性|お姉さん|お兄さん|スタッフ|ヘルパー(?:さん)?|職員|看護師(?:さん)?)'
export const PERK_MEN = '(?:お)?じいちゃん|じいさん|おじいさん|おじいさま|じっちゃん|おじさん|おじさま|おっちゃん|殿方|(?<![一-龥])男性|男の(?:人|方)|旦那(?:さん|様)|ご主人|利用者'
export const STI_SOURCE = '(?:性)?風俗(?:店|業|嬢|産業)?|夜の(?:お)?(?:仕事|お店|店|街)|水商売|売春|買春|援助交際|パパ活|セックスワーカー|性産業|性サービス|不特定多数|遊び人|遊び歩|同性(?:愛|間|同士|どうし|カップル|の(?:方|人|パートナー|恋人|相手))|(?:男性|女性|男|女)(?:同士|どうし)|ゲイ|lgbt|性的(?:少数|マイノリティ)|外国人|外国の方|海外から'

export function sentenceRange(fo: string, a: number, b: number): [number, number] {
  let s = a
  while (s > 0 && !/[。！？!?\n]/u.test(fo[s - 1]!)) s--
  let e = b
  while (e < fo.length && !/[。！？!?\n]/u.test(fo[e]!)) e++
  return [s, Math.min(fo.length, e + 1)]
}

/** The pair's second half after a group's noun (…の方[もない方も], …の方[も、そうでない方も]): read by EVERYONE_PAIRED and the nuisance-refusal table entry (sentence-kinds.ts). */
export const PAIRED_TAIL = 'も[、,\\s]?(?:そうでない|そうじゃない|ない|でない|じゃない)(?:方|人|皆さん|皆様|皆さま|お客様|お客さま|子|お子さん)?も'
/** A group paired with those outside it as one audience (…の方もない方も, …の方も、そうでない方も, …の人もそうじゃない人も): the GROUPS loop (index.ts) and the broad-group
 * presumptions (group-prejudice.ts) skip it, a rule for all and not the group's. */
export const EVERYONE_PAIRED = new RegExp(`^(?:の方|の人|方|人|の皆さん|の皆様|の皆さま|のお客様|のお客さま|の子|のお子さん)?${PAIRED_TAIL}`, 'u')
