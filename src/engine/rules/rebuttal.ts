/**
 * rebuttal — 4(5), 6(2): 反論・弁明をしない. When criticised, the city corrects facts calmly
 * through official channels; it does not argue with residents or the press on social media
 * (炎上 handling). A rebuttal is a warning; in a reply the 炎上 clause 6(2) is cited.
 *
 * Besides the `rebuttal` word list, the family reads the grammar of a counter-claim, polite
 * forms included:
 * - denials: そのような事実はございません, 事実と異なります, 〜というのは誤りです, ＤＥＭＡです;
 * - the critic's mistake: 誤解に基づく, 勘違いされているようですが, 決めつけるのはやめてください;
 * - protests at the press: 報道は誤りであり抗議します, 訂正を求めています, 遺憾です;
 * - self-justification: ご指摘は当たりません, 当方に落ち度はございません, 問題はなかったと考えて
 *   おります, 対応は適切でした, 決して高い価格ではない;
 * - 「〜とのことですが」 followed by a counter-claim (実際には, 決して, 〜すれば分かるはずです).
 * An apology in the same paragraph (お詫び, 申し訳) makes a correction, not a rebuttal, of the
 * milder forms. A phrase quoted as an example is a mention (`info`).
 */
import { CLAUSES } from '../clauses'
import { NeedGate } from '../gate'
import type { RuleFamily } from '../rule'
import { Taken, foldSource, isQuotedTopic, isReportedSpeech, compactLetters, isMentionAt, phrase } from '../words'

interface Phrase {
  re: RegExp
  /** Folded substrings one of which the text must hold before the pattern runs (cheap prefilter). */
  need?: readonly string[]
  /** What kind of rebuttal (the message's {what}). */
  what: string
  /** What to write instead (the hint's {instead}). */
  instead: string
  /** Not when the paragraph apologises (a correction of the city's own mistake). */
  notWithApology?: boolean
  /** Only when the paragraph answers criticism (ご指摘, 報道, とのことですが …). */
  needsCriticism?: boolean
  /** With `needsCriticism`: a reply or comment is enough. */
  orReply?: boolean
  /** Only in a reply or comment (said to the critic). */
  replyOnly?: boolean
}

/** A paragraph that corrects a prejudice or a superstition (「障害者は迷惑」という考えは誤りです), not a critic. */
const AWARENESS = phrase('偏見(?:を|の)(?:なく|解消)|差別(?:を|の)(?:なく|解消|撤廃|ない社会)|人権(?:啓発|教育|尊重|週間)|迷信|俗説|思い込み|共に生き|ともに生き|正しい知識|正しく理解', 'u')
const APOLOGY = phrase('お詫び|おわび|申し訳|失礼いたしました|失礼しました|ご迷惑をおかけ|ご不快|反省', 'u')
const CRITICISM = phrase(
  'ご指摘|ご批判|批判|お叱り|ご意見|苦情|クレーム|とのこと|との(?:ご)?(?:意見|指摘|批判|コメント|声|投稿|書き込み)|(?:と|で)(?:書かれ|報じ|報道され|言われ|指摘され|紹介され)|報道|記事|週刊誌|番組|炎上|手抜き|ずさん|高すぎ|おかしい|不適切|しょぼい|ひどい|怠慢',
  'u',
)

const INSTEAD = {
  deny: '否定や反論はせず、「ご心配をおかけしています。事実関係は市ホームページでお知らせしています」のように公式の説明へ案内してください',
  critic: '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください',
  press: '報道への抗議や反論はSNSで行わず、市の公式見解として広報担当・上司と相談のうえ市ホームページで説明してください',
  justify: '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください',
}

/** What to write instead, by what the flagged phrase does (folded excerpt → rewrite). */
const REWRITES: Array<[RegExp, string]> = [
  [phrase('抗議|遺憾|報道|記事|訂正を|謝罪を|取材|切り取|偏向|憤り|法的|削除を|歪曲|印象操作|誤報'), '報道への抗議や反論はSNSでは行いません。「〇〇の報道について、市の説明を市ホームページに掲載しました（URL）」のように公式の説明へ案内してください'],
  [phrase('事実|デマ|dema|がせ|誤り|間違|虚偽|でたらめ|捏造|根も葉|違います|不正|正確'), '「ご心配をおかけしています。〇〇について、市の正確な情報は次のとおりです」のように事実だけを示してください'],
  [phrase('誤解|勘違い|誤読|曲解|決めつけ|主張|撤回|発言|憶測|認識|理解|お言葉|はず|とのこと|とのご|というご|という声|とのお'), '相手の誤りは指摘せず、「ご意見ありがとうございます。〇〇については次のとおりです」と事実だけを伝えてください'],
  [phrase('適切|適正|問題|落ち度|非|責任|決して|当たら|あたら|的外れ|意図|判断|変わり|変え'), '正当性は主張せず、「ご意見を受け止め、担当課で確認します」と受け止めたうえで、必要なら事実だけを伝えてください'],
]
function rewriteOf(excerpt: string, fallback: string): string {
  const f = foldSource(excerpt.toLowerCase())
  for (const [re, text] of REWRITES) {
    re.lastIndex = 0
    if (re.test(f)) return text
  }
  return fallback
}

const PHRASES: Phrase[] = [
  // Denials.
  {
    re: phrase(
      '(?:そのような|そういった|そんな|という|といった|とされる|ような|ている|ていた|た|る)事実(?:は|も|を|など|等)(?:一切|全く|まったく|いっさい|何ら|なんら|決して)?(?:ありません|ございません|ない(?:と|。|です|、)|なく|無い|無く|ありませんでした|確認(?:して|されて|できて)(?:おらず|おりません|いません|いない))|事実(?:と|に)(?:大きく|全く|まったく|著しく|明らかに)?(?:異なり(?:ます|まして)?|異なる(?:もの|内容|情報)?(?:です|であり|でござい|だ|と考え|。)|反し(?:ます|ており|ています|ている)|反する(?:もの|内容|表現)?(?:です|であり|でござい|だ|。))|(?:は|も)(?:事実|正確|正しく)(?:では|じゃ)(?:ありません|ございません|ない)|事実に基づかない(?:もの|内容|報道|記事|情報|主張)?(?:であり|です|だ|でござい)|(?:は|も)(?:全く|完全に)?(?:間違って|誤って)(?:います|おります|いる)(?![^。！？!?\\n]{0,4}(?:かも|場合))|(?:全くの|まったくの|完全な|明らかな)(?:誤り|間違い|虚偽|でたらめ|デタラメ|作り話|デマ|嘘|うそ|ウソ)|そのような(?:こと|事)(?:は|も)(?:一切|全く|決して|断じて)?(?:ございません|ありません|ない)|(?:ような|という|といった|そのような)(?:不正|癒着|隠蔽|隠ぺい|違法行為|不祥事|事実関係|行為|指示|要求|接待|便宜|関与|流用|差別)(?:は|も|など)(?:一切|全く|決して|断じて|何ら)(?:ありません|ございません|ない|しておりません|していません|ございませんでした|ありませんでした)|(?:間違った|悪い|不正な|おかしな|やましい)(?:こと)?(?:は|を)?(?:一切|何も|なにも)?(?:して|やって)(?:いません|おりません|いない)|(?:市|当市|私たち|我々|当課|職員|こちら)(?:は|も)(?:何も|なにも|一切)?悪く(?:ありません|ない|ございません)|見解の相違|そのような(?:話|決定|計画|事実|意図|指示|発言)(?:は|も)(?:一切|全く|決して|断じて)(?:ございません|ありません|ない|しておりません|していません)|(?:は|も|とは)(?:全くの|まったくの|完全な|明らかな|明白な)?(?:誤り|間違い|虚偽|でたらめ|デタラメ|作り話)(?:です|でございます|であり|であります|だ(?:[。！!、]|と)|と考え|と言わざる|。)|(?:デマ|dema|ガセ|ガセネタ|虚偽|捏造|ねつ造|でっち上げ|フェイクニュース|でたらめ|デタラメ)\\s?(?:です|でございます|であり|であります|だ(?:[。！!、]|と)|と判明|なので|ですので)|根も葉もない|事実誤認|誤報(?:です|であり)',
    ),
    what: '批判や情報を否定する表現',
    instead: INSTEAD.deny,
    notWithApology: true,
  },
  // The critic is said to be mistaken.
  {
    re: phrase(
      '誤解(?:です|でございます|であり|に基づ(?:く|き|いた)|によるもの|による(?:ご)?批判|のないように申し上げ|なきよう申し上げ)|(?:勘違い|誤解)(?:されて|なさって|をされて|しておられ)(?:いる|おられ|いらっしゃ)?(?:よう|方が|みたい|のでは|かと)|勘違い(?:です|でございます)|誤読(?:され|です|なさ)|曲解|決めつけ(?:る|られる)?(?:の|こと)?(?:は|を)?(?:やめ|おやめ|お控え|控え)(?!ましょう|よう|る)|決めつけない(?:で|よう)|(?:主張|発言|決めつけ|憶測|臆測|表現|言いがかり|言い掛かり)(?:は|を|も)(?:お控え|おやめ|控え|やめ|撤回|取り消)(?!ましょう|よう|る)|撤回(?:して(?:ください|下さい|いただき|ほしい)|を(?:求め|要求|お願い))|お言葉を返すようですが|お言葉ですが|失礼ながら|よくお読み(?:いただければ|になれば)|(?:ば|たら)[^。！？!?\\n]{0,12}(?:分か|わか|ご理解いただけ|ご納得いただけ)(?:る|ります)?はず|(?:根拠のない|根拠なき|憶測による|事実に基づかない|一方的な|的外れな|いわれのない|誤った)(?:ご)?(?:批判|非難|中傷|主張|発言|決めつけ|ご指摘|指摘)(?:は|を)(?:お)?(?:やめ|控え|慎)|(?:非難|批判|責められ|言われ|謝罪す|謝)(?:る|される)?(?:理由|いわれ|筋合い)は(?:ありません|ございません|ない)|(?:誤解|不快な思い|ご不快|ご心配)(?:を)?(?:招いた|与えた|させた|された|おかけした)(?:とすれば|のであれば|のなら|ならば|なら)[^。！？!?\\n]{0,12}(?:残念|遺憾)|受け止め方の(?:問題|違い)|(?:確認|調べ|お調べ|理解)(?:して|になって|されて|なさって)から(?:ご)?(?:発言|投稿|批判|コメント|書き込|ご意見)|誤った(?:認識|理解)(?:に基づ|です|であり|をされて)|ご理解(?:が)?(?:不足|足りな)|正しく(?:ご)?理解(?:されて|いただけて|して)(?:いない|おらず|いません|おられない)',
    ),
    what: '相手の誤りを指摘する反論',
    instead: INSTEAD.critic,
  },
  // Protests at the press and at critics.
  {
    re: phrase(
      '(?:厳重に|強く)?抗議(?:します|いたします|しました|いたしました|を申し入れ|してまいります|する所存|の意)|訂正(?:と謝罪)?を(?:求め|要求し|申し入れ)|謝罪(?:と訂正)?を(?:求め|要求し)|(?:極めて|誠に|大変)?遺憾(?:です|であり|に思|でございます|の意)|取材(?:手法|方法|姿勢)(?:に|にも|には)(?:問題|疑問)|(?:一部|一面|一部分)(?:だけ)?を切り取|切り取(?:った|られた|り)(?:ご批判|批判|報道|記事|動画|投稿|表現|報じ)|偏向(?:報道|した報道)|(?:事実を|内容を)?(?:歪曲|わい曲|ねじ曲げ)(?:した|された|して|であり|です)|印象操作|(?:断じて|到底)(?:容認|看過|許容)(?:でき|し)(?:ません|ない)|(?:報道|記事|番組|週刊誌|批判|投稿|書き込み)[^。！？!?\\n]{0,24}憤り(?:を)?(?:感じ|覚え|禁じ)|(?:記事|投稿|動画|書き込み|報道)の(?:削除|訂正|撤回)を(?:求め|要求|申し入れ)|法的(?:措置|手段|対応)(?:も|を)?(?:含め(?:て)?)?[^。！？!?\\n]{0,8}(?:検討|講じ|取る|とる|辞さない)|と言わざるを得(?:ない|ません)|(?:誤報|悪意のある切り取り)(?:です|であり|だ)|悪意のある(?:報道|記事|編集|切り取り)',
    ),
    need: ['憤り', '削除', '撤回', '法的', '言わざる', '抗議', '訂正', '謝罪', '遺憾', '取材', '切り取', '偏向', '悪意', '歪曲', 'わい曲', 'ねじ曲げ', '印象操作', '容認', '看過', '許容', '誤報'],
    what: '報道や批判への抗議・反論',
    instead: INSTEAD.press,
    notWithApology: true,
  },
  // Self-justification.
  {
    re: phrase(
      '(?:ご指摘|ご批判|批判|指摘|ご意見|お叱り|ご不満|ご懸念)(?:は|には|については|も)?(?:全く|まったく|必ずしも)?(?:当たら|あたら|当たりません|あたりません|当てはまら|的外れ|筋違い|お門違い|誤解|事実誤認|根拠(?:が|の)ない)|問題(?:は|も|の)?(?:なかった|無かった|ない|ありません|ございません|ありませんでした)(?:表現|内容|対応|もの|判断)?(?:だ|である|であった)?と(?:考え|認識|判断|思|確信)|(?:対応|判断|運営|処理|措置|対処|投稿|表現)(?:に|には)(?:何ら|全く|一切)?問題(?:は|も)?(?:ない|ありません|ございません|なかった|ございませんでした|ありませんでした)|(?:間違|誤)(?:って|り)(?:い|お)?(?:なかった|ない|ません|ありません|はなかった)と(?:考え|認識|判断|確信|思)|(?:正しかった|妥当だった|適切だった|正当だった)と(?:考え|認識|判断|確信)|(?:落ち度|非|過失|責任|不備|瑕疵)(?:は|も)(?:一切|全く|何ら|なんら)?(?:ありません|ございません|ない(?:と|。|です)|ございませんでした|ありませんでした)|(?:対応|判断|運営|手続き|選定|処理|措置|運用|管理|説明|告知|周知|準備|対処)(?:は|も)(?:極めて|十分|すべて|全て|いずれも)?(?:適切|適正|妥当|正当|十分)(?:でした|であった|だった|であり|です|なもの|に行われ|と考え|に行って|に実施)|(?:十分(?:に)?|きちんと|しっかり)(?:告知|説明|周知|お知らせ|ご案内|準備|対応)(?:して|いたして)(?:おります|います|おり|きました|まいりました)|決して[^。！？!?\\n]{1,16}(?:ではない|ではありません|ではございません|ものではない|ものではありません|わけではない|わけではありません)と(?:考え|認識|判断|確信)|(?:その|そのような|差別的な|そういった)?(?:意図|つもり)(?:は|も)(?:全く|一切|決して)?(?:ありません|ございません|なく|ない)|(?:は|も)(?:そのような|その様な|そういう)(?:もの|こと)(?:では|じゃ)(?:なく|ない|ありません|ございません)',
    ),
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
  },
  // A plain statement that things are fine, as an answer to criticism (…ので問題ありません).
  {
    re: phrase('(?:ので|ため|から|おり|ており)、?(?:何ら|なんら|特に|全く)?問題(?:は|も)?(?:ありません|ございません|ない(?:と|です|。))|適切に(?:対応|実施|運用|管理|処理|運営|執行)(?:して|いたして)(?:おります|います|おり)'),
    need: ['問題', '適切'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
  },
  // Said back to the critic: 誤った情報を拡散しないでください, 誹謗中傷にあたりますので削除してください.
  {
    re: phrase('(?:誤った|間違った|不正確な|虚偽の|根拠のない|事実と異なる)(?:情報|内容|投稿|こと|話)(?:を|の)(?:拡散|流|書き込|広め|投稿)(?:さ|し|ま|ま)?(?:ないで|るのは(?:お)?やめ|ることは(?:お)?控え|ないでいただき)|(?:誹謗中傷|名誉毀損|業務妨害|侮辱)(?:に)?(?:あたり|当たり|該当し)(?:ます|ますので|かねません)|(?:投稿|書き込み|コメント)(?:を|は)(?:削除|撤回)して(?:ください|下さい|いただけ|いただき)'),
    need: ['誤つた', '間違つた', '不正確', '虚偽', '根拠', '事実と異なる', '誹謗', '名誉毀損', '業務妨害', '侮辱', '削除', '撤回'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // 内容に誤りはありません, to a critic (not a thank-you for a report that turned out fine).
  {
    re: phrase('内容に(?:誤り|問題|間違い|不備)は(?:一切|何ら)?(?:ありません|ございません|ない)(?!でした)'),
    need: ['内容に'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // 決して〜ではない, in a reply or as an answer to criticism (not あなたは決して一人ではありません).
  {
    re: phrase('(?:法的|法律上|制度上|手続き上|手続上)(?:に|は)?(?:も)?(?:何ら|全く|一切)?問題(?:は|も)?(?:ない|ありません|ございません)|決して[^。！？!?\\n]{1,16}(?:ではない|ではありません|ではございません|ものではない|ものではありません|わけではない|わけではありません|わけではございません)'),
    need: ['決して', '問題'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    notWithApology: true,
    needsCriticism: true,
    orReply: true,
  },
  // A flat contradiction or brush-off to the critic: それは違います, すでに説明済みです.
  {
    re: phrase('(?:それは|それ|ご指摘は|ご意見は|その(?:情報|話|ご意見|認識|ご指摘)は)違います|(?:^|[、。！!\\s])(?:いいえ、)?違います[。！!]|(?:すでに|既に)(?:説明|回答|お答え|ご案内|お知らせ)(?:済み|しております|しています|した通り|したとおり)(?=[。！!]|です|ですが|ですので|が、|$)'),
    need: ['違います', '済み', 'しております', 'しています', '通り', 'とおり'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
    notWithApology: true,
  },
  // The city's stance will not change, said against criticism.
  {
    re: phrase('(?:考え|方針|判断|見解|立場)(?:は|に)(?:一切|何ら|まったく|全く)?(?:変わり|変更は)(?:ません|ございません|ありません)|方針を変える(?:つもり|予定)は(?:ありません|ございません|ない)'),
    need: ['変わり', '変更', '変える'],
    what: '批判に対する弁明',
    instead: INSTEAD.justify,
    needsCriticism: true,
    orReply: true,
  },
  // Accusing the critic of spreading rumours: デマを流さないでください, デマを拡散している.
  {
    re: phrase('デマを(?:流|拡散|広め)(?:さないで|すのは(?:お)?やめ|している|してる|すな|さないでいただき)'),
    need: ['でま'],
    what: '批判した相手への反論',
    instead: INSTEAD.critic,
    replyOnly: true,
  },
  // 「〜とのことですが」 followed by a counter-claim in the same paragraph.
  {
    re: phrase(
      '(?:との|という|といった)(?:ご意見|ご指摘|ご批判|コメント|ご投稿|投稿|こと|お声|声|書き込み|ご質問|お話|ご感想)(?:ですが|でしたが|ではございますが|がありますが|もありますが|がありましたが|が続いていますが|が寄せられていますが|が寄せられましたが|をいただいていますが|をいただいておりますが|をいただきましたが|を拝見しましたが)(?=[^\\n]{0,80}(?:実際(?:に|は|には)|決して|事実(?:と異な|に反|無根|では)|誤り|誤解|適切|適正|正当|問題(?:は|も)?(?:な|あり)|はず|ではなく|当たら|踏まえれば|上回って|をかけて|しっかり|きちんと|十分(?:に)?(?:告知|説明|対応|準備)|すでに|既に|掲載済み|的外れ|(?:通り|どおり)(?:に)?(?:対応|実施|運営)|規定|規則|ルールに|に基づ|に則|に沿って|わずか|のであり|判断であり|責任は|しておりません|していません|ではありません|ではございません))',
    ),
    need: ['ですが', 'ますが', 'しましたが', 'したが'],
    what: '批判への反論',
    instead: INSTEAD.critic,
  },
]
/** The need words of every phrase, found in one pass per paragraph. */
const GATE = new NeedGate(PHRASES.map((p) => p.need))

export const rebuttal: RuleFamily = {
  id: 'rebuttal',
  meta: {
    clauses: [CLAUSES['4(5)'], CLAUSES['6(2)']],
    title: '反論・弁明',
    titleEn: 'Rebuttal',
    words: {
      rebuttal: [
        '事実無根', 'デマです', '誤解です', '勘違いです', 'お言葉ですが', '反論させていただきます', '反論します',
        '反論いたします', 'よく読んでいただければ', 'よく読めば', 'よく読んでからコメント', '言いがかり', '非はありません', '当市に非は', '当市に責任はありません', '責任はありません', 'ご指摘は当たりません',
        '批判は当たりません', 'ご理解いただけないようですが', '誤読', '的外れ', '的はずれ', 'まとはずれ', '事実誤認', '根も葉もない', '言い掛かり', '筋違い', 'お門違い', '心外です', '心外',
        'そのような事実はございません', 'そのような事実はありません', '事実と異なります', '誤解に基づく',
      ],
    },
    rules: {
      'rebuttal/argument': {
        title: '反論・弁明',
        titleEn: 'Rebuttal or excuse',
        severity: 'warn',
        floor: 'info',
        message: '「{excerpt}」は{what}です。{why}',
        hint: '「{excerpt}」は使わないでください。{instead}。事実の訂正が必要なら、上司・広報担当と相談のうえ、市の公式な見解として事実だけを簡潔に示してください。',
      },
    },
  },
  run({ doc, ctx, emit }) {
    const taken = new Taken()
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment'
    const why = replying ? '批判への反論や弁明の返信は炎上を広げます。' : '公式アカウントでは批判に反論や弁明をしないのが原則です。'
    const clause = replying ? '6(2)' : '4(5)'
    const sq = doc.squeezed.text
    const fo0 = doc.folded.text
    const compact = compactLetters(fo0)
    const fo = compact ? compact.text : fo0
    const at = (i: number) => (compact ? compact.at[i]! : i)
    let apology: boolean | undefined
    let criticism: boolean | undefined
    const open = GATE.open(fo)
    for (let i = 0; i < PHRASES.length; i++) {
      const p = PHRASES[i]!
      if (!open(i)) continue
      if (p.notWithApology && (apology ??= APOLOGY.test(fo) || AWARENESS.test(fo))) continue
      if (p.needsCriticism && !(p.orReply && replying) && !(criticism ??= CRITICISM.test(fo))) continue
      if (p.replyOnly && !replying) continue
      p.re.lastIndex = 0
      for (const m of fo.matchAll(p.re)) {
        const s = at(m.index)
        const e = at(m.index + m[0].length - 1) + 1
        if (!taken.claim(s, e)) continue
        const { start, end } = doc.fromSqueezed(s, e)
        emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: p.what, why, instead: rewriteOf(fo.slice(m.index, m.index + m[0].length), p.instead) }, mention: isMentionAt(sq, s, e) })
      }
    }
    for (const h of doc.hits('rebuttal')) {
      if (!taken.claim(h.start, h.end)) continue
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      const instead = rewriteOf(fo0.slice(h.start, h.end), INSTEAD.critic)
      emit({ rule: 'rebuttal/argument', clause, start, end, data: { what: replying ? '相手への反論' : '反論・弁明の表現', why, instead }, mention: h.mention || isQuotedTopic(sq, h.start, h.end) || isReportedSpeech(sq, h.start, h.end) })
    }
  },
}
