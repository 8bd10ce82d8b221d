/**
 * hostility — shared readings.
 *
 * What more than one detector of the family reads: the `Phrase` and `Rule` types, the advice texts (`INSTEAD`), the readings
 * of who a phrase is aimed at (a critic, a wrongdoer or someone addressed: `CRITIC`, `AIMED`, `atCritic`, `aimedAtSomeone`),
 * of when it is not the writer's own words (`notQuoted`, `notTeaching`, `quotedInTeaching`, `ownWords`), of the sentence and
 * its neighbours (`sentenceText`, `withPrevious`, `withNext`, `twoBefore`), and the patterns several detectors share. What
 * only `run` reads (`rewriteOf`, `mentionedAt`, `nameSpans`, `inName`) is in index.ts.
 *
 * Stays clean: a phrase quoted, taught about or reported (those readings are here so every detector applies them alike).
 *
 * No finding is made here: every reading is a pure function or a constant.
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import type { Severity } from '../../types'
import { isHiragana, isKanji, isKatakana, sentenceOf, quoteAround, isMentionAt, foldSource, phrase, isReportedSpeech } from '../../words'
import { foldString } from '../../text'

export const CHILD_TOPIC = /子ども|子供|こども|お子|児童|生徒|園児|幼児|小学生|中学生|高校生/u

export type Rule = 'hostility/insult' | 'hostility/threat' | 'hostility/curse' | 'hostility/confrontational' | 'hostility/discrimination' | 'hostility/crude'

export interface Phrase {
  rule: Rule
  re: RegExp
  /** Folded substrings one of which the text must hold before the pattern runs (cheap prefilter). */
  need?: readonly string[]
  /** What to write instead (the hint's {instead}). */
  instead: string
  /** Reject a match: squeezed text, match start and end (view offsets). */
  keep?: (sq: string, start: number, end: number) => boolean
  severity?: Severity
  /** Match on the squeezed view (scripts kept) instead of the folded one. */
  squeezed?: boolean
  /** Only in a reply or comment (said to the person: うるさいなあ, 検索すればすぐ出てきますよ). */
  replyOnly?: boolean
}

/** After an imperative or a curse: the end of the phrase, not the start of a longer word (帰れる, 来るなら). */
export function endsPhrase(sq: string, _start: number, end: number): boolean {
  const c = sq[end]
  return c === undefined || !isHiragana(c) || 'よやぞわねっ'.includes(c)
}

/** Not inside an open 「…」 of the sentence (a complaint quoted: 「ライトアップがしょぼい」とのコメント). */
/** Blind R137I-106: not inside English quotation marks (a sign saying "you're disgusting"): an odd count of " or an open “ before. */
export function notQuotedEn(sq: string, start: number, end: number): boolean {
  if (!notQuoted(sq, start, end)) return false
  let straight = 0
  let open = 0
  for (let i = start - 1; i >= Math.max(0, start - 120); i--) {
    const c = sq[i]
    if (c === '\n') break
    if (c === '"') straight++
    else if (c === '“') open++
    else if (c === '”') open--
  }
  return straight % 2 === 0 && open <= 0
}

export function notQuoted(sq: string, start: number, _end: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 40); i--) {
    const c = sq[i]
    if (c === '」' || c === '』' || c === '\n' || c === '。') return true
    if (c === '「' || c === '『') return false
  }
  return true
}

export function isLetter(c: string | undefined): boolean {
  return isHiragana(c) || isKanji(c) || isKatakana(c)
}

export const INSTEAD = {
  insult: '相手を評価する言葉は使わず、事実と市の対応だけを丁寧に伝えてください（例：「ご意見ありがとうございます。担当課で確認します。」）',
  curse: '返信が必要なら「ご意見ありがとうございます。」と受け止め、事実だけを伝えてください',
  curseThing: '「早く過ぎてほしいですね」「負けずに乗り切りましょう」のように言い換えてください',
  threat: '無断転載などの問題は、感情的に書かず担当課で対応を相談してください',
  polite: '相手を責めずに「ご不便をおかけしています。詳しくは〇〇をご覧ください」のように、案内だけを丁寧に伝えてください',
  discrimination: '特定の人や集団をしりぞける・おとしめる内容は書かず、守ってほしい行為やルールだけを、どなたにも同じように伝えてください（例：「乗船時は係員の案内に従ってください」）',
}
export const GOOD = '(?:いい|良い|よい|よか|ええ|いー)'
/** The sentence around [s, e) of the squeezed view. */
export function sentenceText(sq: string, s: number, e: number): string {
  const { start, end } = sentenceOf(sq, s, e)
  return sq.slice(start, end)
}
/** Someone the phrase is aimed at: a person, a critic or their words (not the weather, not a day off). */
export const AIMED = /[@＠]|お兄さん|兄ちゃん|お姉さん|姉ちゃん|おじさん|おっさん|おばさん|おばちゃん|じいさん|ばあさん|ジジイ|ババア|人|客|方|奴|やつ|ヤツ|連中|輩|男|女|さん|くん|ちゃん|カップル|アンチ|クレーマー|あなた|あんた|お前|おまえ|言い訳|言い分|反論|必死|態度|コメント|コメ欄|文句|ケチ|けち|批判|苦情|いちゃもん|クレーム|リプ|書き込/u
/** The writer talking about themself (寒すぎて草, 私の運転が下手すぎて笑): not aimed at anyone. */
export const SELF = /私|わたし|僕|ぼく|自分|わたくし|うちら|ワイ/u
/** A critic or their words: what the idle-critic jibes (ほかにやることないの？, 暇そう) are aimed at. */
export const CRITIC = /[@＠]|叩(?:い|く|か|き)|たたいて|粗探し|あら探し|揚げ足|コメント|コメ欄|文句|ケチ|けち|批判|苦情|いちゃもん|クレーム|クレーマー|アンチ|リプ|書き込|ご指摘|指摘|毎回|いちいち|わざわざ|あなた|あんた|お前|おまえ|記者|マスコミ|メディア|報道|新聞社|テレビ局|取材|週刊誌|しつこ|蒸し返|むしかえ|ほじくり返|あげつら|騒ぎ立て|[てで](?:くる|こられる|きよる)(?:人|方|連中|奴|やつ|記者|さん)/u
/** Round 49: a visit announced after the home is found (直接ごあいさつに伺います, お邪魔します, 会いに行くばい). */
export const VISIT49 = /伺|うかが|お邪魔|おじゃま|お訪ね|訪ね|訪問|会いに|お会いし|ごあいさつ|ご挨拶|挨拶に|あいさつに|行きます|行くけん|行くばい|行くね|行くから|行くよ|参ります|押しかけ|乗り込|待って(?:い|お|ろ|と)/u
/** …not help sent to the place (避難所のご案内, 救助, 収集, 保健師の訪問). */
export const HELP49 = /避難|救助|救急|救出|安否|案内|ご案内|収集|回収|配達|配送|お届け|届け|保健師|民生委員|支援|見守り|返還|飼い主|迷子|保護|担当課|窓口|申請|手続|書類|郵送|お送り|給付|点検|修理|工事/u
/** Round 49: the asker said to ask again, or to ask before reading (何度も同じことを聞かれる前に, 前にも書いた, 質問する前に). */
export const ASKED_AGAIN49 = /何度|何回|何べん|再三|幾度|同じ(?:こと|質問|ご質問|内容|お問い合わせ|問い合わせ|お尋ね|コメント)|前にも|以前にも|先日も|すでに(?:お伝え|ご案内|書|説明|回答|お答え)|既に(?:お伝え|ご案内|書|説明|回答|お答え)|いちいち|毎回|(?:聞|尋ね|質問|問い合わせ|問合せ|電話|コメント|書き込)[^。！？!?\n]{0,6}?前に/u
/** Round 49: another town or city named (お隣の大川市さん, 久留米市さん, 隣町, よその町); 柳川 itself is taken out first. */
export const OTHER_TOWN49 = /[一-龠々]{1,4}(?:市|町|村)(?:さん|様|の)|[ぁ-ゖァ-ヶー一-龠々]{2,6}(?:市|町|村)(?:さん|様)|お隣(?:の|さん)|隣(?:町|の町|の市|の村|県|の県)|よその(?:市|町|村|まち|自治体)|他(?:の)?(?:市|町|自治体|市町村)|ほかの(?:市|町|自治体|市町村)/u
export function atCritic(sq: string, s: number, e: number): boolean {
  return CRITIC.test(sentenceText(sq, s, e))
}
/** An apology in the sentence or just after it (お詫び申し上げます, 申し訳ございません, 反省しております). */
export const OWN_APOLOGY_AFTER = /お詫び|おわび|申し訳|謝罪|反省/u
/** The writer's own apology or self-reproach (社会人として恥ずかしい行為で、お詫び申し上げます). */
export const OWN_FAULT = /お詫び|おわび|申し訳|謝罪|反省|私|わたし|職員|私ども|当課|担当/u
export function notOwnFault(sq: string, s: number, e: number): boolean {
  return !OWN_FAULT.test(sentenceText(sq, s, e))
}
export function aimedAtSomeone(sq: string, s: number, e: number): boolean {
  const t = sentenceText(sq, s, e)
  return AIMED.test(t) && !SELF.test(t)
}
/** An awareness or education paragraph talks about such words; it does not say them to anyone. */
export const TEACHING = /やめましょう|控えましょう|しないようにしましょう|人権|啓発|いじめ|誹謗中傷|講座|研修|防止|学習|授業|考えましょう|リテラシー|虐待|ハラスメント|暴言|言葉の暴力|傷つけ|心理的/u
export function notTeaching(sq: string, _s: number, _e: number): boolean {
  return !TEACHING.test(sq)
}
/**
 * A word alone in its brackets in a paragraph that teaches about such words (「キモい」「ウザい」「消えろ」…
 * 言われた側は、ずっと覚えてるよ。いじめかな？と思ったら相談してね): an example, not a use.
 */
/** A paragraph that reports abuse suffered (「…」と脅された, 怒鳴る行為はカスハラ): the words quoted in it are the abuser's. */
export const ABUSE_REPORTED = /脅|怒鳴|どな(?:ら|り|る|っ)|カスハラ|脅迫|被害届|警察に相談/u
export function quotedInTeaching(sq: string, s: number, e: number): boolean {
  if (!TEACHING.test(sq) && !ABUSE_REPORTED.test(sq)) return false
  if ('「『'.includes(sq[s - 1] ?? 'x') && '」』'.includes(sq[e] ?? 'x')) return true
  // Inside a quoted sentence (「お前なんか生まれてこなければよかった」――こうした言葉も虐待です): the bracket
  // opens before the hit and closes after it, within the line.
  const q = quoteAround(sq, s, e)
  return q !== null && q.close - e <= 60 && !sq.slice(e, q.close).includes('\n')
}
export const WORRY_AFTER = /^[^。！？!?\n]{0,3}[、,]?\s?(?:と(?:悩|お悩み|感じ|思って|困って|嘆|イライラ|いらいら)|(?:という|といった)(?:悩み|お悩み|声|ご相談|経験))/u
export const QUIZ = /クイズ|正解|答えは|答え合わせ|難読|読み方|何と読む|なんと読む|問題です|ヒント/u
const OWN_CONDUCT = /(?:見守り|考え|振り返り|気をつけ|心がけ)ましょう|ていませんか[？?]|てしまっていませんか/u
const COURSE = /講座|教室|セミナー|研修|子育て|保護者|親子|家庭で|ご家庭|一緒に/u
const FORM_FIELD = /番号|住所|氏名|お名前|名前|欄|用紙|申請書|申込書|生年月日|記入|フリガナ|ふりがな/u
const GOOD_NEWS = /今年も|帰って|開催|始まり|やってき|お待たせ|いよいよ|[！!♪🎉]/u
// Blind R274K-031 kind (host13): a critic's words answered (高すぎるとのコメント, …とのお声) are a critic near too.
export const CRITIC_NEAR = /文句|批判|苦情|ご不満|不満|ケチ|けち|難癖|おっしゃる|とのこと|とのコメント|とのお声|ご意見|ご指摘|クレーム|怒鳴|何度も|何回も|また同じ|同じ(?:ご)?質問/u
export function ordinaryProse(sq: string, s: number, e: number): boolean {
  // A wish reported as an opinion received (資料を読んでから発言してほしいとのご意見がありました), with no critic answered before it.
  if (WISH_REPORTED.test(sq.slice(e, e + 40)) && !WISH_ADDRESSED.test(sq.slice(0, s))) return true
  if (CRITIC_NEAR.test(sq.slice(0, s) + sq.slice(e))) return false
  const span = sentenceOf(sq, s, e)
  const sentence = sq.slice(span.start, span.end)
  const hit = sq.slice(s, e)
  if (WORRY_AFTER.test(sq.slice(e, e + 24))) return true
  if (/[？?]/u.test(sq.slice(e, e + 2) + hit) && QUIZ.test(sq)) return true
  if (OWN_CONDUCT.test(sentence) && COURSE.test(sq)) return true
  if (/口を出さ|口出し/u.test(hit) && /見守|ましょう/u.test(sq.slice(e, span.end))) return true
  if (/書いて|記入し/u.test(hit) && FORM_FIELD.test(sentence)) return true
  if (/よね/u.test(hit) && GOOD_NEWS.test(sq.slice(e, span.end + 40))) return true
  // Blind HK: advice reported as what teachers or experts say (本を最後まで読んでから書いてほしいと先生方も話しています), to no one addressed.
  if (ADVICE_REPORTED.test(sq.slice(e, e + 40)) && !ADDRESSED78.test(sq)) return true
  return false
}
/** Blind HK: …と (teacher, librarian, doctor…) も/が 話しています: advice reported in a third party's words. */
// Review (rv58): or from them in a letter or a note (…見てあげてください、と先生からのお便りがありました; と学校から連絡がありました).
const ADVICE_REPORTED = /^[^。！？!?\n]{0,4}?と[、\s]?[^。！？!?\n]{0,10}?(?:先生|講師|司書|専門家|医師|お医者|保健師|栄養士|学芸員|指導員|指導者|コーチ|監督|校長|園長|担任|教員|教諭|警察|消防|作家|審査員|学校|保育士|保育園|幼稚園|こども園)(?:の)?(?:方々|方|がた|たち|達|さん|皆さん)?(?:(?:も|が|は)[、\s]?(?:よく|口をそろえて|いつも)?[、\s]?(?:話し|話さ|言って|言われ|おっしゃ|語っ|語ら|呼びかけ|アドバイスし|助言し)|から(?:の)?[、\s]?(?:お便り|おたより|お手紙|手紙|連絡|ご連絡|お話|お知らせ|プリント|通知|メッセージ|呼びかけ|アドバイス|助言)(?:が|を|も|で)?)/u
/** …unless someone is addressed or the press or a critic is named (then it is a jab by proxy). */
const ADDRESSED78 = /[@＠]|あなた|あんた|お前|おまえ|記者|記事|報道|マスコミ|批判|文句|苦情|クレーム|ご意見|コメント|書き込/u
/** A warning that comes true next time (次…たら, 今度…際は): what makes 覚悟, そのおつもりで a threat. */
export const RECURRENCE = /(?:次|今度|今後|二度と|再び|もう一度|これ以上|また)[^。！？\n]{0,24}?(?:たら|れば|際|とき|時|場合|あれば|ようなら)/u
/** The consequence promised (それ相応の対応, 法的措置) or the person addressed (あなた, 方々へ). */
export const CONSEQUENCE = /相応|それなり|しかるべき|然るべき|報い|措置|処分|法的|お前|おまえ|あんた|あなた|貴様|方々|[@＠]/u
/** Someone addressed (ごみ屋敷の住人さん、 置きっぱなしの方、 お前). */
export const ADDRESSED32 = /(?:さん|様|さま|方|人|者|連中|奴|やつ|皆さん|皆様|みなさん|方々|人たち)(?:たち|達|ら|々)?[、,]|お前|おまえ|あんた|あなた|てめえ|貴様|[@＠]/u
/** No longer needing to come (オンラインで申請でき、もう窓口に来なくていい): not being told to stay away. */
const NO_NEED = /手続|申請|オンライン|郵送|電子|マイナ|予約|コンビニ|来庁不要|スマホ|ネット|ことにな|ようにな|よくな|不要|免除|対象外|必要(?:は)?(?:なく|ありません|ない)/u
export function notNoNeed(sq: string, s: number, e: number): boolean {
  return !NO_NEED.test(sentenceText(sq, s, e)) && !DONE_BEFORE.test(sq.slice(Math.max(0, s - 30), s))
}
/** The business done right before (あなたの書類は受理しました。もう来なくていいですよ; 手続きは完了しています。もう来なくて大丈夫): no need to come. */
const DONE_BEFORE = /(?:受理|受付|受け付け|完了|手続き?|申請|届出|提出|交付|発送|送付)(?:を|が|は)?[^。！？!?\n]{0,8}?(?:しました|いたしました|しております|しています|されました|完了(?:です|しました)?|済み(?:です)?|済ませ[^。！？!?\n]{0,6}|終わり(?:ました)?|終了(?:しました)?)[。！!]\s?$/u
/** The sentence around [s, e) and the `back` sentences before it in its line (お覚悟ください。 after 次に…場合は…; 見苦しかった after who did it). */
export function withPrevious(sq: string, s: number, e: number, back = 1): string {
  const cur = sentenceOf(sq, s, e)
  let from = cur.start
  for (let n = 0; n < back && from > 0 && sq[from - 1] !== '\n'; n++) from = sentenceOf(sq, from - 1, from - 1).start
  return sq.slice(from, cur.end)
}
/** People whose conduct a remark is about (持ち帰った方が…いらっしゃいました。見苦しかった). */
export const PEOPLE = /方|人|者|連中|大人|客|保護者|利用者|住民|市民|観光客|避難者|ドライバー|運転手|親|いらっしゃ|おられ/u
/** Criticism of the city, the target of a legal threat that is hostility (not a defamation or a fraud notice). */
export const CRITICISM = /批判|文句|苦情|ご意見|意見|クレーム|アカウント|書き込|投稿者|コメント|匿名|反対/u
export const LEGIT_LEGAL = /誹謗中傷|脅迫|殺害予告|なりすまし|不正アクセス|詐欺|著作権|無断転載|無断使用|業務妨害|個人情報|不法投棄|違反/u

/** A critic or a caller who keeps at it: who an idle taunt (暇なんですか？) is said to. */
const IDLE_CUE = /[@＠]|コメント|コメ欄|文句|ケチ|けち|批判|苦情|いちゃもん|クレーム|クレーマー|アンチ|リプ|書き込|ご指摘|指摘|毎回|毎日|毎度|いちいち|わざわざ|何度|何回|しつこ|あなた|あんた|お前|おまえ|[てで]くる|[てで]こられる|[てで]くださる|送って|電話/u
/** An invitation after it (夏休み、暇なの？図書館においで): play, not a taunt. */
export const INVITE = /ぜひ|是非|おいで|参加|募集|どうぞ|来てね|来てください|お待ち|遊びに|行こう|いかが/u
export function idleTaunt(sq: string, s: number, e: number): boolean {
  // A question quoted from someone (「職員は暇なの？」とのご質問) is reported, not asked.
  if (!notQuoted(sq, s, e) || SELF.test(sentenceText(sq, s, e))) return false
  if (INVITE.test(sq.slice(e, e + 40))) return false
  return IDLE_CUE.test(withPrevious(sq, s, e))
}
/** Feelings a real さぞ shares (さぞお疲れのこと, さぞお喜び): sympathy, not sarcasm. */
export const SYMPATHY = /疲れ|苦労|心配|不安|心細|辛|つら|寂し|さみし|喜|楽し|満足|嬉し|うれし|大変|困り|悲し|残念|驚|びっくり|感激|感動|安心|ほっと|懐かし|なつかし|お力落とし|無念|悔し/u
/** Someone's opinion or the person addressed: what praise with a laugh (さすがですね（笑）) is aimed at. */
export const OPINION = /ご意見|ご指摘|ご批判|批判|(?:との|その|この|あの)コメント|コメントを(?:くださ|いただ|された)|ご主張|書き込|クレーム|苦情|文句|おっしゃ|ご高説|持論/u

/** Said by the writer, or quoted as an example (then a mention: info); not a complaint reported or a teaching paragraph's own words. */
export function ownWords(sq: string, s: number, e: number): boolean {
  return isMentionAt(sq, s, e) || (notQuoted(sq, s, e) && notTeaching(sq, s, e))
}
/** Need words folded the way the text is (そりゃ → そりや). */
export function foldAll(words: readonly string[]): string[] {
  return words.map(foldString)
}
/** People named by what they do (受けない人, 逆ギレする人, 路駐する連中) or addressed: whom a contemptuous stance is about. */
export const BEHAVING = /(?:[るうくすつぬむぶぐたずんい]|ない|[てで]る|とる|よる)(?:人|者|方(?![式法針向面角策])|連中|奴|やつ|輩|客|利用者|ドライバー|観光客|親|保護者)(?:々|たち|達|ら|ども)?|あなた|あんた|お前|おまえ|クレーマー|[@＠]/u
/**
 * The stance taken back or the question answered after it (…の気が知れないと思っていましたが、参加してみたら最高;
 * 投票に行かない人は関心がないのでしょうか。実は「忙しい」が最多): a survey or a story, not contempt.
 */
export const TAKEN_BACK = /^[^。！？!?\n]{0,6}?(?:と(?:思|言|感じ)|って思|けど|けれど|が、|のですが|んですが)|^[^\n]{0,12}?(?:いいえ|いえ、|実は|実際(?:に)?は|調査|調べ|アンケート|結果|データ|統計|割合|そんなこと(?:は)?(?:ない|ありません)|そうでは(?:ない|ありません)|とは限(?:らない|りません)|必ずしも|答え|回答|理由)/u
/** A public service misused or a rule broken: what mock envy (さぞ便利でしょうね) answers. */
export const MISUSE = /(?:タクシー|足|便利屋|何でも屋|なんでも屋|託児所|ゴミ箱|ごみ箱|物置|駐車場|休憩所|私物|自宅|自分の家|別荘|待合室|宿|ホテル|倉庫)(?:代わり|がわり|扱い)|勝手に|好き勝手|好きな(?:とき|時|日|だけ|ように)|深夜に|夜中に|無視し|守らず|守らな|払わず|払わな|ただで|タダで|並ばず|予約(?:なし|もなし|せず)で|連絡(?:なし|もなし|せず)で|順番を(?:無視|抜か)|割り込|無断で|自分の都合|自分だけ|人任せ|他人任せ|ごね|わがまま|私用で|税金で|ポイ捨て|路駐|路上駐車|放置し|不法投棄|軽症で|呼び付け|呼びつけ/u

/** Weather and disaster (次の大雨で堤防が切れたらただでは済まない): a hazard, not a person, is what would do the harm. */
export const NATURAL_HAZARD = /台風|地震|豪雨|大雨|洪水|津波|直撃|浸水|冠水|災害|家屋|建物|屋根|熱中症|落雷|土砂|崖|増水|堤防|河川|噴火|竜巻|高潮/u
/** A hazard told (台風が直撃すれば家屋はただでは済みません, 川に落ちたら, 家計も): a warning to take care, not a threat. */
export const HAZARD = /台風|地震|豪雨|大雨|洪水|津波|直撃|浸水|冠水|災害|家屋|建物|屋根|熱中症|転落|落雷|雷|火災|火事|土砂|崖|増水|堤防|河川(?!敷)|噴火|竜巻|高潮|川に落ち|溺れ|事故|けが|怪我|病気|体調|家計|経営|財政|経済|影響|被害|作物|赤字/u
/** Wrongdoing named: what a threat or an exclusion answers (暴言を吐いた方, 罠を壊す, ごみを捨てる, ケチをつける). */
export const OFFENCE = /暴言|暴力|怒鳴|罵|いたずら|悪戯|落書き|ポイ捨て|不法投棄|捨て(?:る|た|て)|壊(?:す|し|した)|盗|無断|勝手に|放置|違反|迷惑|ケチ|けち|難癖|いちゃもん|文句|苦情|クレーム|中傷|デマ|嫌がらせ|マナー|ルールを守|守らな|守れな|守らん|守れん/u
/** Round 41: care meant (見守り, 子どもたち, 応援): not a wrongdoer warned. */
const CARE41 = /見守|子ども|子供|こども|お子|児童|生徒|応援|成長|頑張|がんば|安全|健康|活躍|姿|ありがと|感謝|素敵|素晴らし|楽しむ|楽しん|守って|守る皆|守っていただ|迷子|常連|また来|お待ち/u
/**
 * Round 41: a wrongdoer named in the sentence or up to 80 characters before it (水路に粗大ごみを捨てていった人。防犯カメラに…。
 * 顔、覚えましたよ), and no care meant in that stretch: whom a camera or a remembered face is told to as a menace.
 */
export function wrongdoerBefore(sq: string, s: number, e: number): boolean {
  const t = sq.slice(Math.max(0, sentenceOf(sq, s, e).start - 80), sentenceOf(sq, s, e).end)
  return (OFFENCE.test(t) || WRONGDOER33.test(t) || /犯人|犯行|やつ|ヤツ|奴/u.test(t)) && !CARE41.test(t) && !/防止のため|設置し(?:まし|てい)|ご協力|ご注意|おやめください|ご遠慮/u.test(sentenceText(sq, s, e))
}
/** Round 41: someone to be told on, a critic or a wrongdoer (書き込みを続けている方, いたずらをした者). */
export const TOLD_ON = /書き込|書きこ|投稿|コメント|批判|誹謗|中傷|悪口|デマ|事実と異なる|荒らし|いたずら|嫌がらせ|迷惑行為|騒|苦情|クレーム|文句|暴言|ポイ捨て|不法投棄|落書き|あなた|あんた|お前|おまえ|[@＠]/u
/** Round 41: the faculties a sneer praises (読解力, 記憶力, 想像力). */
export const FACULTY = '(?:読解力|理解力|記憶力|想像力|国語力|日本語力|判断力|注意力|観察力|集中力|語彙力|発想力|常識|ご見識|見識|感性|ご判断力)'
/**
 * Round 58: endings of a harm said in character or in fun: cute (ちゃう, ちゃおっかな), rough (てやる, たろか) and, new, the harm offered
 * as a favour or a coy question (てあげよっか, てあげるね, てさしあげましょうか, てやろかね). Not a plain request (てあげてください).
 * Blind R185A-057: also with 〜ておく, plain or contracted (しずめといてあげるね〜, 沈めておいてあげる, 突き落としといてやる).
 */
export const HARM_ENDINGS = 'じゃう|ちゃう|じゃお|ちゃお|じゃうぞ|ちゃうぞ|でやる|てやる|だる|たる|でやろうか|てやろうか|でやろか|てやろか|たろか|だろか|ちゃる|じゃる|ぞ|よ(?!う)|ますよ|ますからね|からね|からな|けん|(?:[てで](?:おいて)?|[とど]いて)(?:あげ|さしあげ|差し上げ)(?:よう?っ?か|ましょうか|る(?:ね|よ|ぞ|から|けん|わ|[♡💕❤〜ー～~]))|(?:[てで]おいて|[とど]いて)(?:やる|やろう?か)'
/** Where the last object (…を) before a harm ends, when it is not a person (灯籠を, 浮き輪を, エサを); -1 when none. */
export function thingObject(before: string): number {
  const k = before.lastIndexOf('を')
  if (k < 1) return -1
  return /(?:子|人|奴|やつ|前|なた|んた|君|きみ|キミ|者|中|さん|くん|ちゃん|方|たち|達|ら|こと)$/u.test(before.slice(Math.max(0, k - 3), k)) ? -1 : k + 1
}
/** Words that name people in contempt (輩, 連中, 奴, お前): whom an exclusion is said to. */
export const CONTEMPT_NOUN = /輩|連中|奴|やつ|ヤツ|お前|おまえ|あんた|貴様|きさま|人間|[@＠]|ような(?:人|方|者)|みたいな(?:人|方|者)/u
/** An eligibility told (所得が基準を超える方は入居する資格がありません, 在留資格): a rule, not an exclusion. */
export const ELIGIBILITY = /受験|応募|申請|申し?込|受給|入居|入所|所得|要件|条件|対象|年齢|歳以上|歳未満|在住|在勤|在学|市外|市内|以下の|次の|登録|免許|取得|有する|満た|在留|ビザ|査証|制度|手当|会員|組合員|選挙権|被選挙権|投票する資格/u

/** Round 33: wrongdoers addressed or named (暴れる連中へ, 張り紙をした者へ, お前ら): whom a bracing or a filming is said to. */
export const WRONGDOER33 = /(?:る|た|ない|てる|ている)(?:者|連中|奴ら|やつら|人たち|人|方々|方|奴|やつ|輩)(?:へ|に告ぐ|ども|、)|連中|輩|奴ら|やつら|お前|おまえ|あんた|てめえ|貴様|犯人|暴れ|荒ら|騒ぐ|騒い|いたずら|嫌がらせ|落書き|ポイ捨て|不法投棄|盗/u
/** People a curse is wished on (分別しない人たち, 連中, あいつら). */
/**
 * Things, not people, that a wish or a curse may be about or addressed to: weather and seasons, pollen, an illness or a virus,
 * pests and weeds, dirt, a feeling, a day or a chore, things to throw away. One list, read by every kind that asks whether a
 * wish is about a thing (THING33, GONE_THING56, GONE_THING104, curseAtThing); longer words first where one holds another.
 */
const THINGS =
  '梅雨|長雨|大雨|雨雲|雨|雲|雪|霧|台風|風|嵐|雷|暑さ|寒さ|猛暑|酷暑|残暑|熱帯夜|湿気|天気|夏|冬|黄砂|花粉症|花粉|紫外線|' +
  '病気|病魔|ウイルス|ウィルス|コロナ|インフルエンザ|インフル|風邪|感染症|感染|症状|熱|咳|かゆみ|腫れ|痛み|頭痛|腰痛|肩こり|' +
  '雑草|害虫|虫|蚊|ゴキブリ|カビ|錆|シミ|しみ|汚れ|落書き|におい|臭い|匂い|煙|ごみ|ゴミ|カラス|からす|猫|ねこ|ネコ|犬|イノシシ|サル|猿|鳥|ハト|鳩|動物|ネズミ|ハチ|蜂|ヘビ|蛇|' +
  '不安|悲しみ|苦しみ|心配|恐怖|ストレス|疲れ|眠気|悩み|記憶|思い出|月曜日|月曜|宿題|課題|テスト|仕事|残業|書類|借金|赤字|' +
  '渋滞|騒音|差別|偏見|いじめ|事故|犯罪|傷|跡|明かり|光|音|文字|表示|エラー|画面|火|炎|データ|ファイル|荷物|机|家具|家電|古い|不用品|粗大'
/** Things or weather a wish may be about (雨雲なんか流されてしまえばいいのに, 書類の山ごと捨ててしまいたい). */
const THING33 = new RegExp(THINGS, 'u')
/** … as what the clause is about (雨雲なんか, 書類の山は), not a means (台風で飛ばされて). */
export const THING_SUBJECT = new RegExp(`(?:${THING33.source})[^、。\\s]{0,3}?(?:なんか|なんて|なんぞ|が|は|も|って|とか|の山)`, 'u')
export const PEOPLE33 = /人|者|連中|奴|やつ|ヤツ|輩|客|あいつ|こいつ|そいつ|お前|おまえ|あんた|てめえ|方々|利用者|住民|ドライバー/u
/** Where the last match of `re` (global) in `t` ends, or -1. */
export function lastEnd(re: RegExp, t: string): number {
  let at = -1
  re.lastIndex = 0
  for (let m = re.exec(t); m; m = re.exec(t)) at = m.index + m[0].length
  return at
}
/**
 * Whether a wished harm at [s, e) is not about a thing or the weather: the clause before it (after its last comma, in
 * its sentence) has a thing as its subject (雨雲なんか, 台風は, 書類の山) and names no people (あいつら, 客).
 */
export function notAboutThing(sq: string, s: number, e: number): boolean {
  const before = sq.slice(sentenceOf(sq, s, e).start, s)
  const clause = before.slice(Math.max(before.lastIndexOf('、'), before.lastIndexOf(',')) + 1)
  return !(THING_SUBJECT.test(clause) && !PEOPLE33.test(clause)) && !thingAddressed(before)
}
/**
 * Blind review (false positives of the curse): a wish that a thing go away, addressed to the thing — 梅雨よ、早く消えてくれ,
 * 雑草め、くたばれ, 暑さなんか消えろ (the thing as vocative or topic just before the curse, adverbs like 早く between) or
 * くたばれ花粉！, 消えろ、コロナ！ (the thing alone right after it, to the end of the phrase). Not a person named there
 * (くたばれ、あの職員, 〇〇議員よ、消えてくれ, 梅雨みたいにジメジメした課長、消えてくれ: the vocative ends with 課長), not a thing
 * that names people in contempt (このゴミめ, 負け犬め, 弱虫め).
 */
const THING_END = new RegExp(`(${THINGS})(?:さん)?(?:め|よ|ども|たち|なんか|なんて|なんぞ|は|って|も|とか|[ー〜~])?$`, 'u')
const THING_ALONE = new RegExp(`^[、,]?(?:この|その|あの|今年の|夏の|冬の|春の|秋の|スギ|ヒノキ|新型)?(${THINGS})(?:め|よ|ども|たち|さん)?(?:[ー〜~]{0,3})(?=[^ぁ-んァ-ヶ一-龥a-zA-Z0-9ａ-ｚＡ-Ｚ０-９]|$)`, 'u')
/** …nouns that also call a person names (ゴミ, 犬, 虫, 猿): not read as the thing. */
const THING_AS_PERSON = /^(?:ごみ|ゴミ|虫|犬|猫|ねこ|ネコ|サル|猿|動物|古い)$/u
/** Adverbs between the thing addressed and the curse (梅雨よ、早く消えてくれ, 花粉め、さっさと消えろ). */
const CURSE_ADVERB = /(?:[、,\s]{0,2}(?:早く|はやく|早う|はよ|はよう|さっさと|とっとと|もう|どうか|頼むから|今すぐ|一刻も早く|いい加減|マジで|まじで|ほんとに|本当に|永遠に|どこかへ|どっかへ|どっか|どこかに|遠くへ))+$/u
/** The vocative or topic (after the last comma of the sentence but one the adverbs leave) ends with a thing. */
export function thingAddressed(before: string): boolean {
  const v = before.replace(CURSE_ADVERB, '').replace(/[、,\s！!]+$/u, '')
  const clause = v.slice(Math.max(v.lastIndexOf('、'), v.lastIndexOf(','), v.lastIndexOf('「')) + 1)
  const m = THING_END.exec(clause)
  return m !== null && !THING_AS_PERSON.test(m[1]!) && !PEOPLE33.test(clause.slice(0, m.index)) && !CONTEMPT_NOUN.test(clause)
}
/** Whether the curse at [s, e) is addressed to a thing, before it (梅雨よ、, 雑草め、, 暑さなんか) or alone right after it (くたばれ花粉！). */
export function curseAtThing(sq: string, s: number, e: number): boolean {
  const sen = sentenceOf(sq, s, e)
  const before = sq.slice(sen.start, s)
  if (thingAddressed(before)) return true
  const m = THING_ALONE.exec(sq.slice(e, sen.end))
  return m !== null && !THING_AS_PERSON.test(m[1]!) && !/[、,]\s?$/u.test(before)
}

/** Not those who do not know, welcomed (そんなことも知らない方のために、基礎から学べる教室; …方でも安心): a course, not a taunt. */
export function notForBeginners(sq: string, _s: number, e: number): boolean {
  return !/^(?:方|人|かた|皆さん|皆様|みなさん)(?:の(?:ため|為)|向け|でも|にも|も(?:安心|大歓迎|歓迎|お気軽|どうぞ)|大歓迎|歓迎|こそ)/u.test(sq.slice(e, e + 12))
}

/** Round 43: a fault or a repeat told of the people praised (同じ内容を三度お尋ねになる, 守れないとは, 騒いでおられた): what turns 何より to a sneer. */
export const FAULT43 = /同じ(?:ご)?(?:内容|こと|質問|ご質問|話|お話|お尋ね|苦情|要望|ご要望|電話|お電話)|[0-9０-９一二三四五六七八九十何]+(?:度|回)(?:も|目)?(?:の)?(?:同じ|お尋ね|尋ね|質問|ご質問|聞|電話|お電話|苦情|遅刻|過ぎ|遅れ|忘れ)|(?:でき|守れ|守ら|読ま|読め|分から|わから|来られ|間に合わ|覚えられ|片付けられ|待て|並べ)(?:ない|ず|ません|なかった)(?:とは|なんて|のに|方|人|皆|者|連中)|騒い|騒ぐ|騒が|暴れ|遅刻|居眠り|すっぽか|ドタキャン|無断|ポイ捨て|散らか|(?:歳|才|大人|社会人|成人)にもなって|いい年|いい歳|いい大人/u
/** Round 43: help offered in another language or by another person (通訳, 多言語, ご家族でも構いません): not a sneer at the caller. */
export const LANGUAGE_HELP = /通訳|外国|多言語|翻訳|やさしい日本語|手話|聴覚|代理|構いません|かまいません|差し支え|ご安心|可能です|お受けでき|対応できます/u

/** Round 47: a dull or shabby word put on another town's event (代わり映えしない, しょぼい, ありきたりな). */
export const DULL47 = '(?:(?:代わり映え|変わり映え|かわりばえ)(?:の)?しない|マンネリ(?:化した|化している|気味の|な|の)|ありきたりな|ありきたりの|つまらない|つまらん|退屈な|しょぼい|ショボい|しょぼかった|ぱっとしない|パッとしない|ダサい|ださい|垢抜けない|あか抜けない|安っぽい|センスのない|やる気のない|手抜きの|手抜きな|見劣りする|二番煎じの|パクリの|パクり|真似ばかりの|まねばかりの)'
/** Round 47: another town named coyly or as a neighbour (どこかの市, よその町, お隣の市, 某県). */
export const OTHER_TOWN47 = '(?:(?:どこかの|どっかの|どこぞの|よその|他所の|隣の|お隣の|ほかの|他の|近くの|近隣の|あちらの|某)(?:市|町|村|県|自治体|まち|街|地域|観光地|温泉地|市町村|都市)|某(?:市|町|村|県))'

/**
 * Round 48: a label for complainers (モンスターペアレント, モンスター住民, クレーマー, モンペ) and the people it may be put on
 * (の方々, さんたち, 連中).
 */
export const LABEL48 = foldSource('モンスター[・･ ]?(?:クレーマー|ペアレン(?:ト|ツ)|ペイシェント|カスタマー|保護者|親|住民|市民|患者|客)|モンペ(?!ア)|クレーマー')
/** A sentence about the label, not about people (研修, 相談窓口, レッテル). */
export const LABEL48_ABOUT = phrase('カスハラ|ハラスメント|研修|講演|相談窓口|弁護士|対策|マニュアル|と呼ばれ|と言われ|レッテル|呼ぶのは|呼ばない|呼ばれる|決めつけ|思わないで|思われ|心配せず|ためらわ|遠慮なく', 'u')
export const ENDORSED52 = /同感|同意(?:し|で|見)|賛成|その通り|そのとおり|おっしゃるとおり|もっとも(?:だ|です|な)|正論|本音|言いたい|言ってやりたい|共感(?:し|でき)/u
/**
 * Blind R92A-020: a line of bare quotations (「バカじゃないの」「キモい」「消えろ」――) that the line before introduces as words
 * collected or listed (図書委員会で「言われていやだったことば」を集めました, 次のような言葉, 子どもたちが書き出した悪口): examples,
 * not a use. Not when either line takes them up as the writer's own (こんな言葉を言いたい), not a line addressed to someone
 * (毎日電話してくる方に一言。⏎「バカじゃないの」「消えろ」).
 */
export const QUOTE_LINE = /^[ \t　]*(?:[「『][^「」『』\n]{1,40}[」』][、,・ \t　]{0,3}(?:(?:や|と)[、,・ \t　]{0,2})?){1,8}[―—ー‐－\-~〜…。・ \t　]{0,6}$/u
/** Round 52: harm that one only suffers, in the て-form (落ちて, 溺れて, 同じ目に遭って): what 〜てみればいい wishes on someone. */
export const HARM_TRY =
  '(?:落ちて|おちて|溺れて|おぼれて|沈んで|死んで|轢かれて|ひかれて|はねられて|刺されて|襲われて|殴られて|叩かれて|噛まれて|かまれて|咬まれて|噛みつかれて|かみつかれて|突進されて|体当たりされて|追いかけられて|追い回されて|追いかけ回されて|蹴られて|踏まれて|踏みつけられて|引っかかれて|ひっかかれて|つつかれて|突っつかれて|突き飛ばされて|はね飛ばされて|吹っ飛ばされて|ぶっ飛ばされて|突き落とされて|ぶつけられて|襲いかかられて|吠えられて|ほえられて|怒鳴られて|どなられて|燃やされて|流されて|凍えて|飢えて|怪我して|けがして|ケガして|骨折して|病気になって|事故に(?:あって|遭って|遭われて|あわれて)|(?:痛い|同じ|ひどい|酷い|つらい|辛い|怖い|こわい)(?:目|思い)に(?:あって|遭って|会って|遭われて|あわれて|おうて|あうて)|(?:痛い|ひどい|酷い|怖い)目を見て|被害に(?:あって|遭って|遭われて)|地獄を見て|捕まって|逮捕されて|クビになって|首になって|炎上して|被災して|閉じ込められて)'
/**
 * Round 53: the reader's question or complaint said to have been needless had they read or looked (市のホームページを一度でも
 * ご覧になっていれば、このようなご質問にはならなかったかと存じますが, 読んどったらこげな質問はせんで済んだとにね): a counterfactual
 * on reading, then the reader's own act pointed at (この/こんな/わざわざ) and said not to have happened.
 */
export const READ_IF53 = '(?:(?:読ん|よん|お読みになっ|お読みいただい|見|ご覧になっ|ごらんになっ|ご覧いただい|調べ|しらべ|お調べになっ|お調べいただい|確認し|確認され|ご確認になっ|ご確認いただい|目を通し|目を通され|お目通しいただい)(?:て|で)(?:い|お|おられ|いらっしゃ|いただい(?:て(?:い|お))?|いただけて(?:い|お)?|もらっ(?:て(?:い|お))?|もらえて(?:い|お)?|くれ(?:て(?:い|お))?)?(?:れば|たら|りゃ)|(?:読ん|見|調べ|確認し)(?:て|で)お(?:けば|いたら)|(?:読ん|見|調べ|確認し)(?:と|ど)(?:ったら|れば|りゃ)|(?:読め|見れ|調べれ|確認すれ|ご覧になれ|お読みになれ|目を通せ)ば)'
/** …not the writer's own failing (私どもが確認していれば…, 反省しております). */
export const OWN53 = /申し訳|お詫び|おわび|反省|私ども|私たち|わたしたち|私が|当方|我々|職員が|市が|こちらが|こちらの|担当が/u
/** Not literacy doubted: small print, a language, read aloud, children, help. */
export const READ_OK = /小さ|細か|大き(?:な|い)(?:字|文字)|拡大|老眼|視力|眼鏡|メガネ|音声|読み上げ|朗読|点字|ふりがな|ルビ|外国|英語|english|中国語|韓国語|多言語|やさしい日本語|翻訳|原文|母国語|留学生|実習生|お子|子ども|子供|こども|児童|生徒|園児|絵本|ボランティア|募集/iu
/** Round 54: a caution about the addressee's posts or conduct after their home is said to be known (今後のご投稿は慎重に; blind R269H-035 kind: 今後の書き込みは、よくお考えのうえで). */
export const WARNED = /(?:投稿|発言|書き込|書込|言動|コメント|お言葉|言葉|口の利き方|ご意見|ご批判|批判|行動|身辺|身の回り|ご家族|夜道)[^。！？!?\n]{0,16}?(?:慎重|(?:よく|よーく|十分|じゅうぶん|よくよく)[、\s]?(?:お)?考え|お気をつけ|気をつけ|気を付け|お控え|控え|ご注意|注意|ほどほど|程々|やめ)|(?:調子|図)に(?:乗|の)(?:ら(?:ない|ん|れない|れん)(?:ほう|方|こと)|るな|られませんよう|らんごと|らんよう|らないよう)|いい気に(?:なら(?:ない|ん|れない)(?:ほう|方|こと)|なるな)|(?:大きな|でかい|デカい)顔(?:を|ば)?(?:しない|せん|されない)(?:ほう|方|こと)|(?:なめ|舐め|ナメ)(?:ない|ん|られない)(?:ほう|方)が|身のため|どうなっても|知りません(?:よ|から)|保証(?:は)?(?:でき|いたしかね)/u
/** …not our own town's measure said in the same breath as a neighbour's in a joint venture. */
export const JOINT55 = /合同|連携|共同|一緒に|ともに|共に|両市|両町|見習|参考に/u
/** … not about a thing, a feeling or the weather (痛みが, 雨雲は, 不安も, 落書きなんか). */
export const GONE_THING56 = new RegExp(`(?:${THINGS})[^、。\\s]{0,3}?(?:なんか|なんて|なんぞ|が|は|も|って|とか)`, 'u')
export const SMIRK56 = /[（(]笑[）)]|笑$|^笑|w{1,}|ｗ|😏|🤭|😎|😆|🤣|😂|ドヤ|どや|本物/u
/** Another place, named or as the neighbour (佐賀の, 大川市さん, お隣, 他県, 他の産地); 柳川 itself is taken out first. */
export const OTHER_PLACE56 = new RegExp(`${OTHER_TOWN49.source}|${OTHER_TOWN47}|お隣|隣(?:町|まち|村|県|市)|(?:佐賀|福岡|熊本|長崎|大分|久留米|大川|大牟田|みやま|筑後|八女|鳥栖|荒尾|玉名|鹿島|諫早|博多|唐津|島原)(?:県|市|町)?(?:の|は|も|さん|産|と|より)|他県|県外|よそ|他所|(?:他|ほか)の(?:産地|地域|県)|他産地|[一-龠々]{2,4}産(?:の|は|も|と)`, 'u')
/** … humble or sincere: our own town called small, the other's strength owned (小さな町, かないません, 見習). */
export const HUMBLE56 = /小さ|少な|狭|田舎|及びませ|かないませ|敵いませ|負け|まだまだ|見習|学び|参考に/u
export function putsDownPlace(sq: string, s: number, e: number, smirk: boolean): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
  const win = withPrevious(sq, s, e).replace(/柳川市?|本市|当市/gu, '')
  if (!OTHER_PLACE56.test(win) || JOINT55.test(win) || HUMBLE56.test(sentenceText(sq, s, e))) return false
  if (!smirk) return true
  const sen = sentenceOf(sq, s, e)
  return SMIRK56.test(sq.slice(e, Math.min(sq.length, sen.end + 4))) || /本物/u.test(win)
}
/** … the answer said to be out already (掲載しております, 書いてあります, 載せとるけん, すべて, 全部). */
export const ALREADY_OUT = /(?:ホームページ|HP|ＨＰ|サイト|広報|掲示板|チラシ|ポスター|回覧板|アカウント)(?:に|で|にも|でも|上に|上で)[、\s]?(?:出して|出しと|アップして|アップしと|上げて|上げと|掲げて|貼って|貼り出して|張り出して)(?:おり|い|あ|ま|る|り)|掲載(?:して|済|され|しとる|しと)|載せて(?:おり|い|あ|ま)|載せと(?:る|り)|載って(?:おり|い|ま)|載っと(?:る|り)|書いて(?:あり|あ|お)|書いと(?:る|り)|記載(?:して|され|があ|済|しと)|(?:お知らせ|ご案内|公開|公表|ご説明|説明)(?:して|しと)(?:おり|い|る|ま)|すべて|全て|全部|ぜんぶ/u

/**
 * One shared vocabulary for the "we know who you are / where you live" kind (hostility/threat): a critic or an asker told that the
 * office knows, or can easily find, who they are, where they live or where they work. The rules of that kind build on these
 * pattern sources (KNOWN60, FINDING_EASY, FINDABLE_H6, WHO_KNOWN, HOME_FOUND72, IDENT_KNOWN, HOME_WHERE and the
 * R267X-028 rule): extend them here, not in a rule. What keeps each rule from a procedure, a scam warning or help stays in the
 * rule's own keep. (FOUND_OUT is a window word list of its own, not a phrase; the Round 49 rule on a place worked out from
 * posts keeps its own place nouns and endings.)
 */
/**
 * Who wrote it: the poster named as a source or an identity (発信元はすでに特定しております, 投稿者を特定するのは簡単なことです).
 * Shaped by R60A-086, R111A-051, blind R232H-009, R243H-003, R269H-035.
 */
export const IDENTITY_SUBJECT = '(?:発信元|発信者|投稿者|投稿主|書き込み主|書込み主|身元|正体)'
/**
 * Where they live or work, and their name (お宅のご住所とお名前は…把握しております, お宅がどちらかは…すぐ分かります). The bare nouns that
 * also name the office's own things (家, 会社, 学校) are added only where a question form follows (HOME_FOUND72).
 * Shaped by R73A-041, R109A-028, blind R156I-050.
 */
export const HOME_SUBJECT = '(?:お宅|おたく|ご自宅|自宅|お住まい|おすまい|ご住所|住所|お家|おうち|ご勤務先|勤務先|勤め先|お勤め先|お名前|名前|本名|身元)'
/**
 * Known, said in keigo (把握しております, 把握しとります, 特定できます, 存じ上げております, 承知しております, 分かっております).
 * Shaped by R109A-028, R111A-051, blind R156I-050. Blind R281B-006 kind: or guessed already, the same claim put softly
 * (見当がついています, 目星がついております, 察しがついています). Blind R298K-015 kind: or guessed in the plain polite present
 * (見当がつきます, 目星がつきます, おおよそ分かります, だいたい察しがつきます): the same claim, not yet a past fact.
 */
export const KNOW_DONE_POLITE = '(?:把握し(?:て(?:おり|い)?ます|と(?:る|り)ます)|特定(?:でき|いたせ|させていただけ)ます|存じ(?:上げ)?て(?:おり|い)ます|承知して(?:おり|い)ます|(?:分か|わか)って(?:おり|い)ます|(?:見当|目星|察し)(?:が|は|も)?(?:つい|付い)て(?:おり|い)ます|(?:見当|目星|察し)(?:が|は|も)?(?:つき|付き)ます|(?:おおよそ|おおむね|だいたい|大体|ほぼ)[、\\s]?(?:分か|わか)ります)'
/**
 * Known already, in any register or dialect (特定済み, 特定しております, 特定できとる, 把握しました, 判明しています, 分かっとる, 分かっとります,
 * 知っちょる, 割り出しました, 突き止めています, 存じております, 調べがついています), with KNOW_DONE_POLITE. Past forms are not a
 * condition (特定できたら, 分かったり). Shaped by R60A-086, R109A-028, blind R232H-009, R267X-028.
 */
export const KNOW_DONE = `(?:(?:特定|把握|判明)(?:済み|済|(?:して|できて|されて|しと|できと|しちょ)(?:おり|い)?(?:ます|る)|しと(?:る|ります)|できとる|(?:でき|し|いたし)(?:まし)?た(?![らり])|いたしております)|(?:分かっ|わかっ|知っ|割り出し|突き止め)(?:て(?:おり|い)?(?:ます|る)|と(?:る|ります)|ちょる|(?:まし)?た(?![らり]))|存じ(?:上げ)?て(?:おり|い)?ます|調べ(?:が|は)?つい(?:て(?:おり|い)?(?:ます|る)|とる|(?:まし)?た(?![らり]))|${KNOW_DONE_POLITE})`
/**
 * Easily found out, the verb's stem and its first kana (すぐ分かる, 調べがつき, 特定でき, 判明し, 割り出せ, 見当がつく). A rule that needs
 * a whole word after it (…るけん, …りますよ) asks for る/り/っ itself. Shaped by R68A-060, R73A-041, blind R259H-026.
 */
export const KNOW_EASILY = '(?:分か(?:る|り|っ)|わか(?:る|り|っ)|特定でき|調べがつ|判明し|割り出せ|見当がつ)'
/**
 * Blind R243H-003 kind: the poster told who they are can be found out, as a general truth (書き込みの発信元というものは、しかるべき手続きを
 * 踏めばいずれ分かるものです, 投稿者は調べればすぐに特定できるものですよ), then warned about what they post next: the same threat.
 */
/**
 * The owner of something found or a lost animal, whose identity a notice may say it has guessed so it can return it (落とし物の持ち主が
 * どなたか、見当がついています; 財布の落とし主; 迷子の犬の飼い主さん): not the "we know who you are" of a threat. Found by fixer host15.
 */
export const LOST_FOUND_OWNER = /落とし物|落し物|忘れ物|落とし主|落し主|持ち主|飼い主|拾得|拾われ|拾った|拾いました|迷子|お預かりして/u
/** … a fraud, a hoax or a lost thing traced, or help sent: not a warning to the poster. */
export const TRACED_OK = /詐欺|なりすまし|成りすまし|迷惑メール|不審な(?:メール|電話|サイト|sms|ＳＭＳ)|フィッシング|ウイルス|不正アクセス|落とし物|落し物|忘れ物|飼い主|迷子|ご遺族|身元不明|避難|救助|安否|感染|原因/u
export const OUR_SIDE = /柳川|うち(?:の|は|では|なんて)|本市|当市|私たち|わたしたち|我々|われわれ|僕ら|自分たち|こちらは|こっちは/u
export const SHARED = /(?:柳川|うち|本市|当市|こちら)(?:市)?(?:も|でも|から(?:も)?)|お見舞い|お疲れ|ご苦労|大変|心配|応援|支援|協力|連携|派遣|教訓|見習|学び|検証|お詫び|申し訳/u
export const CRITIC68 = /[@＠]|あなた|あんた|お前|おまえ|文句|苦情|クレーム|書き込|投稿|コメント|批判|悪口|騒|怒鳴/u
/** … a joint campaign or a request to our own residents: not a lecture to the other town. */
export const JOINT = /合同|連携|共同|一緒に|ともに|共に|協力|両市|両町|広域|呼びかけ|啓発|周知/u
/**
 * - People set below an animal: the animal said to be far better at learning or behaving (カラスのほうがよっぽど学習能力が高いのでは,
 *   犬の方がまだ聞き分けがいい, 猿のほうがよほど賢い), said of people in the sentence or the one before; not two animals compared
 *   (猫より犬のほうが…), not an animal's habit told as a fact (カラスは学習能力が高いので).
 */
export const ANIMAL72 = '(?:カラス|からす|烏|犬|いぬ|わんちゃん|猫|ねこ|猿|サル|ハト|鳩|ニワトリ|鶏|金魚|動物|ペット|ケモノ|けもの|獣|野良猫|野良犬|イノシシ|タヌキ)'
export const ANIMAL_THAN = new RegExp(`${ANIMAL72}[^。！？!?\\n]{0,4}?より`, 'u')
/** People whose conduct is compared (一部の方, 出される人, 皆さん, あなた). */
export const PEOPLE72 = /方|人|者|皆さん|皆様|みなさん|あなた|あんた|お前|おまえ|連中|住民|市民|利用者|大人|客|ドライバー|保護者/u
/** Words that make the stale word a shared worry, a remedy or a finding, not a jab. */
export const STALE_OK = /合同|連携|共同|一緒に|ともに|共に|協力|両市|両町|広域|課題|悩|工夫|対策|防|打破|脱却|解消|見直|刷新|心配|懸念|とのこと|と伺|と聞|そうです|という声|との声|と言われ|って言われ|(?:柳川|うち|本市|当市|こちら)(?:市)?(?:も|でも)|見習|参考/u
/** Places named with 町 or 市 that are not another municipality (柳川の城下町, 都市, 市内). */
export const NOT_TOWN = /柳川(?:市|町)?|本市|当市|城下町|下町|港町|門前町|宿場町|温泉町|都市|市内|町内|市役所|市民|町民|市長|町長|市議/gu
export const TOWN76 = '(?:柳川(?:市)?|この(?:町|まち|市|街|地域|地区|国|島)|うちの(?:町|まち|市|地区|地域)|わが(?:町|まち|市)|我が(?:町|まち|市)|本市|当市|ここ|地元|日本)'
/** …not a saying denied or reported (若い人はこの町に要らないなんて、誰も思っていません). */
export const SAID_OF = /^(?:[よねわ]|けん|ばい|です)?(?:なんて|なんか|とは|という|といった|との|と(?:は|も)?(?:思|言|い|書|お考え|考え)|って(?:思|言|い|こと)|[」』])/u
/** …aimed: a person named with contempt or a critic (あんたみたいな, 文句ばかり, 何回同じことを書き込み). */
export const AIM = /あんた|あなた|お前|おまえ|貴様|てめえ|みたいな|ような(?:人|方|者|奴|連中)|ごたる|連中|奴|やつ|ヤツ|輩|文句|苦情|クレーム|批判|書き込|何回|何度|いちいち|しつこ|お嫌|嫌なら|ご不満|不満|気に入らな|[@＠]/u
/** …or people named by a fault (マナーを守れない方は). */
export const FAULT76 = /守れ|守ら|迷惑|マナー|ルール|わがまま|身勝手|勝手/u
/** …not a wish for the young to see the world and come back (一度はよその町に出ていってほしい。いつか帰ってきて). */
export const SEND_OFF = /一度|いちど|一回|いつか|帰って|戻って|経験|視野|成長|応援|羽ばた|進学|就職|転勤|避難|訓練|火災|地震/u
/** …a hazard warned of, or help (万一, 柵, 救命胴衣): not wished on anyone. */
export const HAZARD76 = /万一|万が一|もしも|もし|備え|注意|気をつけ|気を付け|危険|危ない|安全|救命|訓練|柵|場合/u
/**
 * Blind R78A: a public service withheld from a critic or their home as a reprisal (防犯パトロールもあんたん家の前だけ通らんごつするけんね,
 * お宅のごみは後回しにさせていただきますね, お宅の前の街灯だけ消しておきますよ, あんたの地区だけ側溝掃除せんけんね): a threat; not a
 * notice of works or weather (台風のため、お宅の地区の収集は後回しになります).
 */
/**
 * Blind IQ-052: 筑後弁・博多弁 きさん (貴様) is that word only where a word starts: at the start of the text or a line, after
 * punctuation, a space, a bracket, an @handle, or a call (おい, こら). Never the tail of a word ending in き + さん (ねこ好きさん,
 * 大好きさん, 東京行きさん, 書きさん, ゆきさん): those are people called by what they like or do, or a name.
 */
export const KISAN = '(?<=^|[\\s、。，,．.！!？?「『（(【〈《…・:：〜~]|おい|こら|[@＠][a-z0-9_]{1,30})きさん'
/**
 * …a dispute or a brush-off in the sentence or the two before (嫌なら, 結構ですよ, 文句, あんた, @). Blind R130I-109: or the critics
 * named and said to be remembered (気持ち悪いって言ったやつ、全員覚えてるからね, 悪口書いた人の名前は覚えとるけん) or a knife drawn (🔪).
 */
export const DISPUTE = /(?:って|と)(?:言|書|い)[っいきう](?!てくれ|てもら)[^。！？!?\n]{0,3}?(?:やつ|奴|人|方|連中)|(?:全員|みんな|顔|名前|アカウント)(?:は|を|も|の(?:こと)?(?:は|も)?)?(?:ちゃんと|しっかり|ぜんぶ|全部)?覚え(?:て|と)|悪口|🔪|お嫌|嫌なら|嫌でしたら|いやなら|結構です|構いません|かまいません|ご勝手|ご自由に|文句|苦情|批判|クレーム|ケチ|けち|難癖|反対|逆ら|楯突|盾突|たてつ|歯向か|刃向か|噛みつ|かみつ|ご不満|不満|書き込|あなた|あんた|お前|おまえ|[@＠]|(?:笑|w|😏)$/u
/** …not a safety notice (反射材, 車, 不審者, 子どもの下校). */
export const SAFETY78 = /反射材|ライト|懐中電灯|車に|車両|自転車|交通|事故|明るい道|防犯ブザー|不審者|ひったくり|痴漢|下校|見守り|熱中症|足元|段差|凍結|ご注意ください|お知らせ/u
/** The sentence around [s, e) and the two before it. */
export function twoBefore(sq: string, s: number, e: number): string {
  const cur = sentenceOf(sq, s, e)
  let from = cur.start
  for (let k = 0; k < 2 && from > 0 && sq[from - 1] !== '\n'; k++) from = sentenceOf(sq, from - 1, from - 1).start
  return sq.slice(from, cur.end)
}
/** The sentence around [s, e) and the one after it. */
export function withNext(sq: string, s: number, e: number): string {
  const cur = sentenceOf(sq, s, e)
  if (cur.end >= sq.length || sq[cur.end] === '\n') return sq.slice(cur.start, cur.end)
  return sq.slice(cur.start, sentenceOf(sq, cur.end, cur.end + 1).end)
}
/**
 * Blind HM: a wish that those who do a thing were gone, with the doers in general marked by が (ごみを捨てる人がいなくなってほしい,
 * ポイ捨てする人が一人もいなくなってほしいです): a wish that the behaviour end, not a curse. Not people in contempt (連中, 奴, なんか), not
 * the topic は (…人はいなくなってほしい), not someone named or addressed.
 */
const DOERS_GA = /(?:[るうくすつぬむぶぐ]|ない|[てで]る|[てで]いる)(?:人|方|者)(?:たち|達)?が[、\s]?(?:一人|ひとり)?(?:でも|も)?[、\s]?(?:早く|はやく|一日も早く|少しでも|みんな|本当に|ほんとうに|いつか)?[、\s]?$/u
export function doersGone(sq: string, s: number, e: number): boolean {
  if (!/^(?:いなく|居なく)/u.test(sq.slice(s, e))) return false
  const sen = sentenceOf(sq, s, e)
  const before = sq.slice(sen.start, s)
  // The wish's own clause: after an opening bracket (a resident's words quoted), commas allowed (…人が、一日も早く).
  const clause = before.slice(Math.max(before.lastIndexOf('「'), before.lastIndexOf('『')) + 1)
  return DOERS_GA.test(clause) && !/あなた|あんた|お前|おまえ|[@＠]/u.test(before) && !/連中|奴|やつ|なんか|さん|様/u.test(clause)
}
/** Someone named (中原さん, 田中様; not 皆さん, お客様), addressed (@, あなた, …方へ) or described by a repeated act (毎回…書き込んでくる). */
export function namedOrAddressed(text: string): boolean {
  if (/[@＠]|あなた|あんた|お前|おまえ|(?:方|人|者)(?:へ|に告ぐ)|(?:てくる|でくる|てこられる|てくださる)(?:方|人|さん)/u.test(text)) return true
  for (const m of text.matchAll(/([一-龥々]{1,4})(?:さん|様|氏)(?![ぁ-ゖ])/gu)) {
    if (!/^(?:皆|客|お客|奥|神|仏|方々|利用者|住民|市民)$|皆$|客$/u.test(m[1]!)) return true
  }
  return false
}
/**
 * Blind R86A: critics' energy or time redirected in sarcasm (SNSで避難所の批判を書き込む元気のある方は、ぜひその元気を泥かき
 * ボランティアにも向けていただければ幸いです, 悪口を書き込む時間がおありの方は、その時間を清掃活動に使って, 文句ばっか言う元気の
 * ある人は、その元気ば土のう積みに回して): condescension in keigo, a warning. A critical act done (批判を書き込む, 苦情の電話をくださる),
 * then the energy they have, then that energy sent elsewhere or a task urged; not a call for energetic volunteers (元気のある方は、
 * ぜひその元気を…), not courage against criticism (批判を恐れずに挑戦する元気のある方は).
 */
export const ENERGY = '(?:お?元気|お?時間|お?暇|ひま|余裕|エネルギー|労力|体力|情熱|熱意|熱量|パワー|気力|根気|余力|行動力|バイタリティ)'
/** Talked of as others (との声, という意見): reported, not said. */
export const REPORTED90 = /^[」』]?[^。！？!?\n]{0,4}?(?:との|という|といった|と(?:の)?(?:声|ご意見|ご要望|お話|言われ|おっしゃ|驚かれ|心配))/u
/** R92A-130: another place put below our feet (うちの足元にも及ばない, 柳川には遠く及ばない). */
export const OUR_FEET = '(?:うち|ウチ|柳川(?:市)?|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち)|当館|当図書館)の(?:足元|足もと|足下|あしもと)(?:にも|には)[、\\s]?(?:全然|到底|とても|まったく|まだまだ|遠く)?[、\\s]?(?:及ば|およば|及びませ|およびませ|届か|届きませ)|(?:うち|ウチ|柳川(?:市)?|本市|当市|わが(?:市|町|まち)|我が(?:市|町|まち))(?:に|には)[、\\s]?(?:遠く|到底|とても|まったく|全然|まだまだ)[、\\s]?(?:及ば|およば|及びませ|およびませ)'
/** …said to a critic or someone who keeps at it (匿名なら何を書いても, 何度もコメントされている方へ). */
export const CRITIC96 = /[@＠]|匿名|あなた|あんた|お前|おまえ|文句|苦情|クレーム|書き込|コメント|批判|悪口|騒|怒鳴|何度も|何回も|しつこ|粗探し|あら探し/u
/** …not help offered (ご安心ください, お問い合わせください, 再発行). */
export const HELP96 = /ご安心|安心して|お気軽|お問い合わせ|ご相談|再発行|ご利用|ご案内|お送り|郵送|お知らせします|ご確認ください|お届け|同意なく|同意なし|見ることはでき|厳重|適切に管理|目的外/u
/** …after another town's trouble told as hearsay (隣の市の健診は予約がぜんぜん取れないそうですね). */
const HEARSAY96 = /そう(?:です|だ|や|な|ね)|らしい|らしか|よう(?:です|だ|で)|みたい|とか[、。]|と聞|と伺|んですって|って聞|と耳に|と評判|って評判|との評判|と噂|って噂|との噂|とうわさ|ってうわさ|と話題/u
export const TROUBLE96 = /トラブル|ない|なく|ません|んらしい|んそう|遅|少な|不足|悪|混ん|混雑|足りな|ぜんぜん|全然|大変|苦労|困って|待た|行列|中止|ガラガラ|がらがら/u
/** …not a life, a drum or a game (柳川で, 田舎, 太鼓, 練習). */
export const HIT_NOT = /暮ら|住|移住|定年|老後|退職|田舎|一緒に|家族|のんびり|ゆっくり|太鼓|ドラム|鐘|手を|ボール|布団|ほこり|埃|肩|練習|試合|ゲーム|暑さ|寒さ|ストレス/u
/** …an animal or a machine the sentence is about, before the match (イノシシは, カラスの, AI が). */
export const HEAD_OF_ANIMAL = /(?:イノシシ|猪|サル|猿|ブタ|豚|ニワトリ|鶏|虫|犬|イヌ|カラス|ミジンコ|ゴリラ|チンパンジー|金魚|ハト|鳩|ネズミ|タコ|イルカ|クジラ|ペット|動物|ロボット|AI|ＡＩ|人工知能|機械|コンピューター)(?:は|の|が|も|って|、)/u

/**
 * Whether a match at [s, e) follows another town's trouble told as hearsay (お隣の町の…は予約が全然とれないと評判ですが、): the text
 * before it, in its sentence and the one before, names another town, hearsay and a trouble, and no shared or joint work. The match
 * must be the writer's own words (not quoted, not a lesson). Our own town's name is left out of the look-back.
 */
export function afterTownTrouble(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e)) return false
  const before = withPrevious(sq, s, e).slice(0, -(sentenceOf(sq, s, e).end - s)).replace(/柳川(?:市|町)?/gu, '')
  return OTHER_TOWN49.test(before) && HEARSAY96.test(before) && TROUBLE96.test(before) && !SHARED.test(before) && !/合同|連携|共同|応援/u.test(before)
}
export const FOR_A_WHILE = /その間|途中|一時|しばらく|いったん|一旦|撮影|休憩|退出|退席|気分|体調|トイレ|授乳|お子さんが泣|避難|退去の手続|鍵を返/u
/** …said to someone addressed (@handle, あんた) or a critic. */
export const ADDRESSED102 = /[@＠]|あなた|あんた|アンタ|お前|おまえ|貴方|貴様|てめえ/u
/**
 * The warning that makes a known identity a threat. Blind R225R-050 kind: the warning may be the polite "bear that in mind"
 * (どちらのどなたかはこちらで把握しておりますので、その点お含みおきください; ご承知おきください, お心に留めておいてください).
 * Blind R281B-006 kind: or regret promised politely (後悔していただくことになります, 後悔なさることになる) or "be prepared" (そのおつもりで).
 * Blind R298K-015 kind: or holding back advised as the wise course (お控えになったほうが賢明です, 控えたほうがご自身のため).
 */
// Blind R302K-031 kind (host20): or the future left hanging (この先どうなるか, 今後どうなるか).
// Blind R304W-048 kind (host21): or care advised (今後の書き込みは慎重になさったほうが), or the neighbours' opinion held over the one
// addressed (ご近所での評判もございましょうから, ご家族の目もおありでしょう).
// Review of host20 (host22): the future left hanging, not the city's own follow-up announced after it (今後どうなるかは、検討結果を
// 改めてお知らせします); お忘れなく bare, not a practical reminder with its occasion (出庫の際は駐車券をお忘れなく).
// Review of 75afa040 (rvhost55): the care must be about their posting or conduct (今後の書き込みは慎重に); safety advice (除雪が済むまで、
// 外出は慎重にされたほうが) is no menace.
// Blind R311E-047 kind (host56): or care told about their next posts (今後の書き込みには、くれぐれもお気をつけください).
export const IDENT_WARN = /(?:書き込み|書込み|投稿|ご発言|発言|言動|行動|コメント|発信|振る舞い|ふるまい)[^。！？!?\n]{0,8}?慎重に(?:なさった|された|した|なさる|される)(?:ほう|方)が|(?:今後|これから|次回|次)の(?:書き込み|書込み|投稿|ご投稿|ご発言|発言|言動|コメント|発信)(?:に|は|には)?[、\s]?(?:くれぐれも|十分|じゅうぶん|よく|よくよく)?[、\s]?(?:お気をつけ|お気を付け|気をつけ|気を付け|ご注意|ご留意)|(?:ご近所|近所|ご家族|家族|お勤め先|勤務先|職場)(?:での|で|の|から)(?:評判|噂|うわさ|目|手前)|(?:この先|今後|これから)(?:[、\s]?)どうなる(?:か|の)(?![^。！？!?\n]{0,30}?(?:お知らせ|ご報告|ご案内|お伝え|公表|発表|お答え|ご回答|回答)(?:し|いたし|申し上げ|させ))|後悔(?:して)?(?:いただく|いただける|なさる|される|する)(?:こと|羽目)に(?:なり|なる)|(?:その|そちらの)(?:お)?つもりで(?:[。！!]|$|いて|お願い|おいで)|よく覚えて|よーく覚えて|覚えておいて|覚えといて|覚えとって|よう覚えと|(?<!(?:際|時|とき|日|前)(?:は|に|には)[^。！？!?\n]{0,12})お忘れなく|忘れないでくださいね|よく(?:お)?考え|よーく考え|よう考え|肝に銘じ|身のため|ご自身のため|ご用心|(?:お控え|控え)に?(?:なった|なさった|された|た)(?:ほう|方)が[、\s]?(?:よろし|賢明|無難|身の|ご自身|よいか|いいか)|お含みおき|お含み置き|ご承知おき|ご承知置き|お心に留め|心に留めておい|念頭に置いて(?:お|い)/u
/** A procedure or help, not a threat. */
export const IDENT_HELP = /申請|手続|届出|届け出|郵送|送付|通知書|お送り|記入|迷子|落とし物|忘れ物|詐欺|不審|迷惑メール|ご安心|ご連絡ください|お問い合わせください|窓口/u
/**
 * A critic or a complainer addressed. Blind R256M-019 kind: or one who made a scene at the desk (大声を出されていた方, 怒鳴っていた方).
 * Blind R281B-006 kind: or one addressed for breaking a rule (ルールを守らず餌を置き続けている方へ, 決まりを守らない方, 無断で).
 */
// Blind R302K-031 kind (host20): or a person addressed by what they keep doing (拡声器を使われている方へ, 毎週来られる方々へ).
// Review of host20 (host22): not the users we serve (ご利用いただいている皆様へ, ご参加くださっている方へ).
export const IDENT_CRITIC = /(?<!(?:いただ|くださ|下さ)(?:い|っ))(?:て|で)(?:い|おられ|いらっしゃ)?る(?:方|方々|皆さん|皆様|皆さま)へ|[@＠]|書き込|投稿|ご意見|意見|苦情|通報|コメント|批判|文句|クレーム|お電話|大声|怒鳴|どなっ|暴言|騒がれ|騒いで|(?:ルール|マナー|決まり|きまり|約束|規則)(?:を|も)?守(?:らず|らない|られない|っていない|ってない|っておられない)|無断で|迷惑行為/u
/**
 * Blind R256M-019 kind: the warning told in the sentence before the known identity (次にいらしたときは覚えておいてくださいね。お顔はもう
 * 分かっていますから): the same threat in the other order; the face (お顔, 顔) is an identity like a name. Not a friendly reply that knows a
 * regular (お顔はもう分かっていますから、会場で気軽に声をかけてくださいね: `IDENT_FRIENDLY`).
 */
export const IDENT_FRIENDLY = /お待ち|ありがと|声をかけ|声かけ|お声がけ|気軽に|お気軽|いつでも|ご安心|😊|🙂|😄|☺/u
export const SELF_FIRST_OK = /講座|教室|研修|初心者|入門|授業|児童|生徒|感想|ましょう|備え|防災|災害|避難|ぜひ|是非/u
export const RELEARN_AT = /記者|新聞|マスコミ|メディア|報道|記事|コラム|投稿者|書き込|コメント|ご意見|ご批判|批判|文句|苦情|あなた|あんた|[@＠]/u
export const IRONIC_ADMIRE = '[、\\s]?(?:本当に|ほんとうに|ほんとに|心から|つくづく|いつも|ある意味|大変|まことに|誠に|ただただ)?[、\\s]?(?:感心|恐れ入|おそれい|感服|敬服|脱帽|頭が下が|尊敬)'
/** … and the record it is known from, said between (窓口の記録で, 登録情報から, 住民票によって): a short source, then the verb. */
export const KNOWN_FROM = '(?:[^。！？!?\\n、「」]{1,12}?(?:で|から|により|によって)[、\\s]?)?'
/** … not a home service that uses the address (ご自宅がどちらかは把握していますので、職員がお届けします). */
export const HOME_SERVICE = /お届け|届けに|配達|配送|収集|回収|郵送|お送り|ご案内|避難|安否|見守り|給付|訪問介護|ご説明に/u
export const QUARREL = /これ以上|しつこ|なら|たら|次|覚悟|お前|おまえ|あなた|あんた|てめ|貴様|[@＠]|ip|アイピー|あいぴー|開示|書き込|投稿|アンチ|あんち|批判|文句|叩|誹謗|中傷/iu
/** …the lesson against hate, where the hateful words are named. */
export const HATE_TAUGHT = /差別|偏見|人権|啓発|研修|講座|ヘイト|ハラスメント|傷つ|なくそう|なくしましょう|やめましょう|いけません|許されません|あってはならない|理解を深め|多様性|寄り添/u
/** …the complaint or the anger the person is addressed by (「…」と怒鳴って帰られた方へ). */
export const ADDRESSED_BY_COMPLAINT = /(?:怒鳴|どな|お怒り|怒って|怒られ|文句|苦情|クレーム|暴言|騒いで|騒がれ|声を荒|叫|罵|ののし|「)[^。！？!?\n]{0,30}?(?:方|人|お客様|お客さま|皆さま|皆さん)(?:へ|に|、|は)/u
export const THANKS166 = /ありがとう|有難う|感謝|お礼|おかげさま|お陰様|御礼/u
export const CRITIC43 = /ご意見|ご指摘|ご批判|批判|苦情|文句|クレーム|ご不満|不満|おっしゃ|とのこと|とのお(?:電話|声|問い合わせ)|お叱り|難癖|ケチ/u
export const ASKER43 = /ご質問|お問い合わせ|問い合わせ|お尋ね|分からない|わからない|分かりにくい|わかりにくい|読みにくい|見えない|ご意見|ご指摘|苦情|文句|クレーム|ご不満|不満|おっしゃ|とのこと|あなた|あんた/u
const CALLER = /(?:毎(?:朝|日|晩|夜|週|月|回|度)|連日|何度も|何回も|しつこく|繰り返し|くり返し|たびたび|度々|いつも)[^。！？!?\n]{0,20}?(?:お電話|電話|お問い合わせ|問い合わせ|ご意見|ご要望|苦情|メール|投稿|コメント|書き込|ご指摘|お申し出|お越し|来庁|来られ|窓口)/u
export function atCaller(sq: string, s: number, e: number): boolean {
  const win = withPrevious(sq, s, e)
  return CRITIC.test(win) || CALLER.test(win)
}
// --- Blind R206A–R208D (host12), as kinds: put-downs and jibes tucked into long notices, mock thanks, exclusion ---
/**
 * - Another place put below our feet when the place is what the post is about, named earlier in it (R206A-006: a visit report
 *   on another city, then …正直なところ柳川の足元にも及ばないな…): OUR_FEET (うちの / 柳川の足元にも及ばない) with another
 *   town named anywhere before it in the post, not only in the sentence or the one before. Not our own humility (柳川はまだ…市さんの
 *   足元にも及びません: not this form), not a joint venture, not quoted or reported.
 */
export const JOINT_H12 = /合同|連携|共同|一緒に|ともに|共に|両市|両町/u
/** Blind R39A-122: a critic named before the jab (とおっしゃる方, と言う方は, 「…」と書く人). */
export const CRITIC_H14 = /とおっしゃ|と仰|と言う|という方|と言われる|と書(?:く|か|い)|とのこと|とのご|[」』](?:と|って)|ご意見|ご批判|批判|文句|苦情|クレーム|ご不満/u
/** Blind R229B-025: a complaint heard one or two sentences before (「舟が遅い」と何度もおっしゃるお客さま, 大声を出される方). */
export const COMPLAINED_H15 = /[」』](?:と|って)[^。！？!?\n]{0,12}?(?:おっしゃ|仰|言われ|言って|言う|いう|叫|怒|わめ|大声|お書き|書か|書き込)|怒鳴|どな[らりるっ]|大声を(?:出|上げ|あげ)|声を荒|苦情|文句|クレーム|ご不満/u
/** Blind R231Q-022: the press or a critic addressed (この記事を書かれた記者さん, 批判を書き込んだ方). */
export const PRESS_CRITIC = /記者|マスコミ|報道|週刊誌|批判|文句|苦情|クレーム|悪口|書き込|[@＠]/u
/** Blind R235I-025: disliking the town or the reader's grudge, what a flippant plunge answers (お気に召さないなら, 嫌なら). */
export const GRUDGE = /お気に召さ|気に入らな|気に食わ|お嫌|嫌なら|嫌でしたら|いやなら|ご不満|不満|文句|苦情|批判|クレーム|ケチ|けち|難癖|悪口|書き込|[@＠]|あなた|あんた|お前|おまえ/u
/** Round 36: a critic heard before the jab (とおっしゃる皆さま, 毎日お電話くださる方へ, 文句言いよる人). */
export const CRITIC36 = /とのこと|とのご|おっしゃ|仰|言う|言って|言わ|言いよ|文句|苦情|批判|ご意見|ご不満|不満|ご指摘|クレーム|電話|書き込|コメント|投稿|あなた|あんた|お前|方へ|さんへ|皆さま、|皆様、|皆さん、|方々、|方、|人、/u
/** A device or a file that will not read (QRコード, PDF, 画面): help, not contempt. */
export const DEVICE = phrase('qr|ｑｒ|pdf|ｐｄｆ|ファイル|ふぁいる|画面|がめん|アプリ|あぷり|スマホ|すまほ|パソコン|ぱそこん|文字化け|もじばけ|コード|こーど|カード|かーど|機械|端末', 'iu')
/** A view, a show or a child presumed lovely (さぞかし見事な桜でしょう), not a critic's perfection. */
export const SHOW31 = phrase('景色|眺め|絶景|花火|料理|味わ|桜|風景|選手|大会|本番|舞台|演奏|作品', 'u')
/**
 * Blind R225R FP kind (hostreb2): a scolding the writer only says they feel like voicing, to no reader (夏休みの宿題、少しは勉強して
 * くださいね！と言いたくなる季節です, 少しは勉強してって言いたくなりますね): the words end in と / って and then an urge to say them
 * (言いたくなる, 声をかけたくなる, 言ってしまいそう); a parent's feeling told, not an insult aimed at someone. Not when a critic, a post
 * or the one addressed is in the window (少しは勉強してから書き込んでください、と言いたくなります stays a jab at the critic).
 */
const URGE225_SRC = '^[^。\\n]{0,24}?[！!]?[」』]?[、\\s]?(?:と|って)[、\\s]?(?:つい|ついつい|思わず|正直|本当は|ほんとは)?[、\\s]?(?:言いたく|いいたく|声をかけたく|声を掛けたく|口にしたく|叫びたく|言ってしまいたく|言ってしまいそう|言いそうに)(?:なる|なり|なっ)'
/** On the folded view (って → つて) and on the squeezed one. */
const URGE225_FO = phrase(URGE225_SRC, 'u')
const URGE225_SQ = new RegExp(URGE225_SRC, 'u')
export function voicedUrge(rest: string, win: string, folded = true): boolean {
  return (folded ? URGE225_FO : URGE225_SQ).test(rest) && !CRITIC.test(win) && !/ください(?:ね)?[」』]?(?:と|って|つて)?[^。\n]{0,4}?(?:書き込|投稿|コメント|こめんと)/u.test(win)
}
export function incompetentKeep(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
  const sen = sentenceOf(sq, s, e)
  const before = sq.slice(sen.start, s)
  return PERSON_H18.test(before) && !SELF.test(before) && !MACHINE_H18.test(before)
}
export const PERSON_H18 = /[@＠]|あなた|あんた|お前|おまえ|きみ(?!つ)|貴様|てめえ|あいつ|こいつ|そいつ|あの人|この人|その人|あの方|係長|課長|部長|次長|室長|所長|局長|主任|主査|上司|先輩|後輩|同僚|新人|班長|市長|議員|職員|店員|担当者|さん(?![ぁ-ゖ])|くん|連中|奴|やつ|ヤツ/u
const MACHINE_H18 = /パソコン|ぱそこん|pc|PC|コピー機|プリンター|ぷりんたー|機械|車|スマホ|すまほ|エアコン|えあこん|システム|しすてむ|アプリ|あぷり|ソフト|そふと|ロボット|ろぼっと|家電|冷蔵庫|レンジ|自転車/u
/** Sayings taken up as the writer's own or aimed at someone (こんな言葉を贈ります, 同感, 本音, お前のことだ, @…). */
export const SAYINGS_OWNED = /贈ります|贈りたい|送ります|言いたい|言ってやりたい|言つてやりたい|同感|その通り|そのとおり|本音|正論|お前|おまえ|てめえ|貴様|あんたのこと|あなたのこと|君のこと|[@＠]/u
/** Our own fault owned beside the question (分かりにくくて申し訳ありません, 失礼しました): a real question to help, not a sneer. */
export const HUMBLE_H20 = /申し訳|すみません|すいません|ごめんなさい|失礼(?:いたし|し)ました|分かりにく|わかりにく|見つけにく|見づら|読みづら|改善|お手数/u
/** A complaint reported before the answer (「会場が遠すぎる」とのご投稿, 分かりにくかったとのこと, ご意見, 苦情). */
export const COMPLAINT_H20B = /[」』](?:と|との|という|って|っていう)[、\s]?(?:ご|お)?(?:投稿|意見|声|指摘|コメント|書き込み|苦情|要望|電話)|とのこと|とのご|ご意見|ご指摘|ご不満|苦情|クレーム|お叱り|ご批判|にく(?:かった|い)とのこと|づら(?:かった|い)とのこと/u
/**
 * Review of host20 (host22): the reported words must be a grievance about the city's place or service (遠すぎる, 分かりにくかった, 狭い, 高い,
 * 不便, きつい), not any とのこと (講師の先生によると…とのこと), a thank-you for opinions, or a request answered (ご要望にお応えして).
 */
export const GRIEVANCE_H22 = /遠(?:い|すぎ|く|かった)|(?:時間|[0-9０-９]+(?:分|時間))も(?:かかる|かかり|かかっ)|かかりすぎ|かかり過ぎ|かか(?:る|ります)(?:[」』]|とのこと|という(?:ご意見|お声))|不便|分かりにく|わかりにく|分かりづら|わかりづら|見にく|見づら|読みにく|高(?:い|すぎ|かった)|高く(?:ない|ね|なか)(?:[？?]|ですか|です[かよ]ね)|狭(?:い|すぎ|かった)|きつ(?:い|すぎ|かった)|しんど|面倒|大変だ|不親切|少なすぎ|足りな|ご不満|苦情|クレーム|お叱り|ご批判/u

// --- Blind R308T–R311E (host56), as kinds ---
/** The text of the paragraph up to `n` characters before `s` (a fault told on an earlier line of a notice). */
export function lookBack(sq: string, s: number, n = 160): string {
  return sq.slice(Math.max(0, s - n), s)
}
/**
 * An awareness post that lists such sayings as examples (研修, 啓発, 例えば…といった書き込み): the threat kinds of host57 read it as
 * TEACHING does, except 暴言 and 誹謗中傷, which are the very wrong a threat is made over (暴言を吐いた方へ。…楽しみにお待ちください).
 */
const TEACHING_H24 = /やめましょう|控えましょう|しないようにしましょう|人権|啓発|いじめ|講座|研修|防止|学習|授業|考えましょう|リテラシー|虐待|ハラスメント|言葉の暴力|傷つけ|心理的|といった(?:書き込み|投稿|言葉|表現)|のような(?:書き込み|投稿|言葉|表現)(?:は|も)|例えば|たとえば/u
export function notThreatTeaching(sq: string): boolean {
  return !TEACHING_H24.test(sq)
}
export const VULGAR_NOT = /^[^。！？!?\n]{0,6}?(?:に(?:は)?(?:なら|なりたく|ならない|ならん|見られ|思われ)|と(?:思われ|見られ)|ではな|じゃな)/u
/** Blind R315E-026 kind: a trouble the readers caused (混雑, 待ち時間, 記入漏れ, 不備), before a task called easy enough for a child. */
export const CROWD_TROUBLE = /混雑|混み合|待ち時間|お待たせ|お待ちいただ|長蛇|行列|記入漏れ|書き漏れ|不備|書き間違|間違い|誤り|差し戻|やり直し|手間取|できていない|されていない|されない方|守られ|お忘れ/u
/** … not an easier service offered in its place (オンライン申請なら, 郵送, コンビニ交付, スマホで). */
export const ALT_SERVICE = /オンライン|電子申請|インターネット|ネット|スマホ|スマートフォン|パソコン|郵送|コンビニ|アプリ|予約|マイナ|自動|機械|キオスク/u
export const THANKS_H26 = /ありがと|感謝|うれし|嬉し|おめでと|ようこそ|歓迎/u
export const FAULT_H26 = /騒い|騒ぐ|騒が|騒ぎ|大声|暴れ|ポイ捨て|散らか|無視|遅刻|割り込|迷惑|怒鳴|ごね|泥酔|けんか|喧嘩|落書き|放置|守らな|守れな|守らず|置きっぱなし|捨てて(?:いか|帰|あり)|壊し|破っ|違反|居眠り|私語|飲み散らか|酔って|悪ふざけ/u
export const KIDS_OR_ANIMALS_H = /子ども|子供|こども|お子|児童|生徒|園児|幼児|赤ちゃん|小学生|カラス|からす|猫|ねこ|ネコ|犬|いぬ|ハト|鳩|スズメ|すずめ|ツバメ|つばめ|カモ|鴨|鳥|動物|サル|猿|イノシシ|タヌキ|虫/u
export const REQUEST_H = /ください|下さい|お願い|やめて|止めて|ほしい|欲しい|守って|守りましょう/u

/**
 * A wish reported as an opinion or a request received, after the words wished (…発言してほしいとのご意見がありました, …書き込んでほしい
 * という声が寄せられました): the city passing on what it heard, in no one's face. Review, stop 62.
 */
const WISH_REPORTED = /^[^。！？!?\n]{0,8}?(?:と|との|という)[、\s]?(?:ご意見|ご要望|ご提案|お声|声|意見|要望|提案)(?:が|を|も)[、\s]?[^。！？!?\n]{0,12}?(?:ありました|ございました|寄せられ|いただき|頂き|出され|出ました|上がり|あがり)/u
/** …unless a critic or a comment is answered before it (ご意見ありがとうございます。…との声も職員から上がっております). */
const WISH_ADDRESSED = /[@＠]|ご意見(?:ありがと|ですが|について|を拝見)|コメント(?:ありがと|ですが|を拝見)|ご指摘(?:ありがと|ですが)|あなた|あんた|お前/u

/**
 * Blind MQ-007 kind: abuse quoted as what not to say, then called useless (「『バカ！』『何回言ったらわかるの！』と大声で叱っても、犬には
 * …伝わりません」, 「ダメ！」と怒鳴っても逆効果です, 「早くしろ」と言っても意味がありません): the quoted words are an example of a way that
 * fails, a mention. The quotes (one or a run of them) are followed by と + a verb of scolding or saying in the ても form and, in the
 * same sentence, by its failure (伝わりません, 逆効果, 意味がありません, 効果はありません, 通じません). Not a scolding the writer stands by
 * (「バカ」と言っても分からない人には…: no failure word; …と言ってもいいでしょう).
 */
const FUTILE_SAID = /^[」』][、,・\s]{0,2}(?:(?:や|と|、)?[、\s]?[「『][^「『」』\n]{1,30}[」』]){0,4}[、,\s]?(?:など|なんて)?(?:と|って)[、\s]?[^。！？!?\n「『」』]{0,10}?(?:叱|しか|怒鳴|どな|怒|おこ|言|責め|せめ|注意し|叫|さけ|声を荒らげ|声を荒げ|たたきつけ)[っいりらてし]{0,2}(?:ても|でも|たところで|たって)[、\s]?[^。！？!?\n]{0,40}?(?:伝わりません|伝わらない|伝わらず|逆効果|意味がありません|意味はありません|意味がない|意味はない|効果はありません|効果がありません|効果はない|効果がない|通じません|通じない|響きません|響かない|理解できません|分かりません|わかりません)/u
export function quotedAsFutile(sq: string, s: number, e: number): boolean {
  const q = quoteAround(sq, s, e, 40)
  if (!q || q.close - e > 40 || sq.slice(e, q.close).includes('\n')) return false
  return FUTILE_SAID.test(sq.slice(q.close, q.close + 120))
}
