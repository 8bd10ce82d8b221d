/**
 * The decency family's metadata (公序良俗・差別): its rule ids with default severity, the guideline's floor, message and
 * hint templates, its clauses and default word lists. Kept apart from the readers so the background, popup and
 * options page can read it without loading the rules (tests/engine/families.test.ts checks that it imports no reader).
 */
import { CLAUSES } from '../../clauses'
import type { FamilyMeta } from '../../rule'

export const meta: FamilyMeta = {
  quotedWords: true,
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
    // Blind R411L-039 kind: 隠亡 (隠坊, 煙亡, おんぼう), the old slur for crematorium workers, used of a job or a person; a mention
    // that names it as a discriminatory word (「隠亡」は…差別語として) stays a mention (info).
    discrimination: [
      'きちがい', 'キチガイ', '気違い', '隠亡', '隠坊', '煙亡', 'おんぼう', '気狂い', 'キチ外', '基地外', 'ガイジ', 'ガイジン', 'がいじん', '池沼{水質,調査,河川,湖沼,ため池,水辺,生き物,生物,水鳥,魚,環境,保全,埋め立て,清掃,水位,釣り,岸,足場,クリーク,堀,転落,水面,掘割,水路,湿地,生息}', '知恵遅れ', '白痴', '支那人', 'シナ人', '支那', '支ナ', 'シ那', '土人', '穢多', '=エタ', 'えた非人',
      '非人', '乞食', 'めくら', 'つんぼ', 'おし(聾唖)', 'かたわ', '片輪', 'びっこ', 'ちんば', 'いざり', '=ホモ', '=レズ', 'オカマ', 'おかま{炊,ごはん,ご飯,お米,かまど,釜,飯,おこげ}', 'チョン', 'ジャップ',
      'ニガー', 'ニグロ', 'チョーセン', 'クロンボ', '黒んぼ', '毛唐', '三国人', 'チャンコロ', '鮮人', '部落民', '特殊部落', '未開人', '精神異常者', '障害者のくせに', '女のくせに',
      '女なんか', '女ごとき', 'メンヘラ', '外人', '老害', '=ブス', 'ブサイク', '不細工', '=デブ', 'おデブ', '=ハゲ{山}', 'ジジイ', 'ジジィ', 'ババア', 'ババァ',
      'クソジジイ', 'クソババア', '貧乏人', 'ビンボー人', '=ロウガイ', '=ローガイ', '=アスペ', 'コミュ障',
      '!おかまい', '!ちびっこ', '!めくらない', '!めくらなか', '!めくらなけ', '!めくらなく', '!めくらなき', '!めくらなあか', '!めくらず', '!めくらせ', '!めくられ', '!めくらんで', '!めくらんと', '!めくらんかっ', '!かたわら', '!土人形', '!ホモサピエンス', '!ホモ・サピエンス', '!非人道', '!非人間', '!シナモン',
      '!ブスっと', '!ブスッと', '!ブスり', '!ブスリ', '!ぶすくれ', '!ブスブス', '!チョンマゲ', '!ちょんまげ', '!ちょん切', '!チョン切', '!ちょんぎ', '!チョンギ', '!支那そば', '!支那竹', '!支那事変', '!外人墓地', '!外人部隊', '!東シナ海', '!南シナ海', '!インドシナ', '!レズリー', '!ホモジナイズ', '!ホモ牛乳',
    ],
  },
  rules: {
    // The statistical reader's finding (model/reader.ts): `warn`, or `block` at the trained block threshold (weights.ts);
    // only when the family's own rules found nothing as severe. {confidence} is the model's probability in percent.
    'decency/model': {
      title: '差別・品位を欠く書き方（学習モデル）',
      titleEn: 'Reads as discriminatory or indecent (statistical model)',
      severity: 'warn',
      floor: 'info',
      message: 'この文は、性別・年齢・国籍・障がい・容姿などへの偏見や、品位を欠く表現を含む投稿によく似ています（過去の事例から学んだモデルの判定、確からしさ {confidence}%）。',
      hint: '人を属性でひとくくりにする言い方や、からかう言い方をやめ、誰もが対象になる書き方にしてください（例：「どなたでもご参加いただけます」）。',
    },
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
      message: '「{excerpt}」は、事故・火災・災害（その訓練や体験も）・病気・人の死を茶化す表現です。被害に遭われた方や病気と闘う方、ご遺族を傷つけ、公序良俗に反します。',
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
    'decency/abuse-joke': {
      title: '虐待・暴力を茶化す表現',
      titleEn: 'Joke about abuse or violence',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、虐待や家庭内の暴力を冗談にする表現です。被害に遭っている方を傷つけ、公序良俗に反します。',
      hint: '「{excerpt}」を削除してください。{instead}。',
    },
    'decency/conduct': {
      title: '公序良俗に反する振る舞い',
      titleEn: 'Conduct against public order',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、過度な飲酒をあおる、庁舎で飲酒する、勤務中に居眠りする、選挙で特定の候補を推す、公の手続きや行事に酒類のプレゼントや飲酒を結びつける、特定の民間事業者を推薦・宣伝するなど、公序良俗や公務の中立に反する振る舞いを伝える表現です。公式アカウントの信用を損ないます。',
      hint: '「{excerpt}」を削除してください。{instead}。',
    },
    'decency/crude': {
      title: '下品な言葉づかい',
      titleEn: 'Crude wording',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、クソ暑い・くそ忙しいのような下品な強調や、排せつ物を茶化すような下品な表現です。公式アカウントの品位を損ないます。',
      hint: '「{excerpt}」を使わずに書いてください。{instead}。',
    },
    'decency/gore': {
      title: '閲覧注意の描写',
      titleEn: 'Gory content',
      severity: 'warn',
      floor: 'info',
      message: '「{excerpt}」は、死骸やけがなど見る人を不快にさせる「閲覧注意」の描写です。公式アカウントで載せるのは公序良俗に反します。',
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
}
