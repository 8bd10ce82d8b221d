/**
 * hostility — sneers at complainers, veiled threats and lectures after a scene.
 *
 * Blind R228C–R241E kinds: a blunder mocked, an official run down, an identity found out or a wrong kept up
 * (発信元の特定はすでに終えております), sneers at complainers and at people on support; a dialect "remember this", a plunge urged to cool the
 * head, a reader's writing praised as a child's; mock anticipation with a laugh, a meeting foretold near a critic's home,
 * "then do it yourself" after praise; residents told to reflect in public, "a little thought would show it", another town told
 * to stop copying. And (R389N, R392R) where the one addressed is staying said known, then a warning (block, first in PHRASES),
 * one addressed by the anger they showed lectured on how to come next time, the victim of a fraud said to share the blame.
 *
 * Stays clean: a safety check (安否), a notice of a service at home, a victim told it was not their fault (責めないで), a quoted
 * lecture, a teaching post.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { ABUSE_REPORTED, ADDRESSED_BY_COMPLAINT, BEHAVING, CHILD_TOPIC, COMPLAINED_H15, CRITIC36, DISPUTE, GRUDGE, HAZARD76, HELP49, HELP96, HOME_SERVICE, INSTEAD, KNOWN_FROM, KNOW_DONE, KNOW_DONE_POLITE, OTHER_PLACE56, OWN_APOLOGY_AFTER, PRESS_CRITIC, QUARREL, QUIZ, SELF, TOLD_ON, foldAll, notQuoted, notTeaching, ownWords, sentenceText, twoBefore, withNext, withPrevious } from './context'

// --- Blind R228C–R232H (host2), as kinds ---
/** Blind R228C-056: a person named with a title or さん (船頭の中島さん, 川野議員): whom a remark is about. */
const NAMED_H15 = /[ぁ-ゖァ-ヺ一-龥々]{1,6}(?:さん|氏|議員|選手|先生|監督|市長|議長|委員|課長|部長|係長|会長|記者)|船頭|議員|記者/u
/** Blind R228C-056: a blunder counted or laughed at (3回も竿を落として, 笑っちゃいました🤣). */
const BLUNDER_H15 = /笑っ|笑い|笑え|（笑）|\(笑\)|🤣|😂|😆|(?<![0-9０-９一二三四五六七八九十何])[0-9０-９一二三四五六七八九十何]+(?:回|度)も|ミス|失敗|落と|転ん|こけ|間違|忘れ|遅刻|勉強不足|繰り返し|ボケ|ぼけ/u
/** Blind R231Q-022: a next visit made the condition (次に柳川へ取材に来られたときは). */
const NEXT_VISIT = /(?:次に|次回|今度|また|次は|この次)[^。！？!?\n]{0,20}?(?:来られ|来た|来る|来ら|こられ|お越し|いらし|いらっしゃ|取材|来庁|来館|来場|お見え)[^。！？!?\n]{0,6}?(?:とき|時|際|ら|なら|場合)/u
/**
 * Blind R232H-009: an identity found out or a wrong kept up (発信元の特定はすでに終えております, 中傷する投稿を繰り返している). Word stems
 * looked for anywhere in a window, not a phrase: it keeps its own short list (IDENTITY_SUBJECT's 投稿者 and 正体 here would reach
 * ordinary posts about posters).
 */
const FOUND_OUT = /特定|把握|割り出|突き止|開示|身元|発信元|発信者|どなたか|これ以上|今後も|続ける|続けられ|繰り返し|繰り返す|繰り返して/u
/** …where family or a workplace is told of for care or help, not as a menace. */
const FAMILY_OK_H15 = /発熱|体調|急病|救急|搬送|けが|怪我|事故|緊急|災害|避難|安否|迷子|保護し|落とし物|忘れ物|欠席|遅刻|詐欺|不審|架空請求|なりすまし|手口|ご注意|気をつけ|被害に遭われ|ご本人の同意|同意/u
/** Blind R232H-051: people receiving public support named (生活保護の方々, 受給者). */
const WELFARE_H15 = /生活保護|生保|保護世帯|保護費|受給|扶助|手当/u
export const BLUNDER_SNEER_PHRASES: Phrase[] = [
  // Blind R228C-056 kind: a named person's blunder laughed at, then told they should retire (船頭の中島さんが3回も竿を落としてて、笑っちゃい
  // ました🤣 そろそろ引退したほうがいいかもですね〜, 議員は辞職をお勧めします): making fun of someone on the city's account, warn. Not the writer
  // (私もそろそろ引退したほうがいいかも（笑）), not a retirement announced with thanks, not a thing (古い遊具).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:引退|隠居|退職|辞職|辞任|勇退|お役御免)(?:を)?(?:し|され|なさっ)?(?:た|て)?(?:ほう|方)が(?:いい|よい|良い|よろしい|よか|ええ)|(?:引退|隠居|辞職|辞任)(?:を)?(?:お勧め|おすすめ|お薦め|勧め)|(?:引退|辞め)(?:時|どき|どころ)(?:かも|では|じゃ|です|だ|か)'),
    need: foldAll(['引退', '隠居', '退職', '辞職', '辞任', '勇退', 'お役御免', '辞め']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e) || SELF.test(sentenceText(sq, s, e))) return false
      const win = withPrevious(sq, s, e)
      return NAMED_H15.test(win) && BLUNDER_H15.test(win)
    },
  },
  // Blind R230A-018 kind: a named official or person judged lacking in the writer's own verdict (川野議員は毎回同じ話の繰り返しで、正直なところ
  // 勉強不足と言わざるを得ません, ○○氏の認識不足も甚だしい): the city's account running someone down, warn. Not the city's own fault owned (市の
  // 説明不足と言わざるを得ず、申し訳ありません), not a view reported (…と述べました).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:勉強|努力|認識|能力|実力|理解|配慮|自覚|見識|資質|経験|準備)不足(?:だ)?(?:と|とは)[、\\s]?(?:言わざるを(?:得|え)|いわざるを(?:得|え)|申し上げざるを(?:得|え)|断ぜざるを(?:得|え))|(?:勉強|努力|認識|能力|実力|資質|見識|自覚)不足(?:としか(?:言|い|思え|申し上げ)|も(?:甚だ|はなはだ)しい|(?:も)?いいところ|にも(?:程|ほど)が)|不勉強(?:だ)?(?:と(?:言わざるを|いわざるを)|としか|も(?:甚だ|はなはだ)しい)'),
    need: foldAll(['不足', '不勉強']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const head = sq.slice(sentenceOf(sq, s, e).start, s)
      return NAMED_H15.test(head) && !/私|わたくし|我々|われわれ|当課|当方|本市の|当市の|市の|私ども/u.test(head) && !OWN_APOLOGY_AFTER.test(withNext(sq, s, e))
    },
  },
  // Blind R231Q-022 kind: the press or a critic wished a safe return on their next visit (次に柳川へ取材に来られたときは、無事にお帰りになれると
  // よいですね): harm hinted, a threat, block. Not a safe trip wished to visitors with no critic in sight.
  {
    rule: 'hostility/threat',
    re: phrase('(?:無事(?:に)?|ご無事で|何事もなく|五体満足で)[、\\s]?(?:お帰りになれ|お帰りいただけ|帰れ|帰られ|かえれ|お戻りになれ|戻れ)(?:る|ます)(?:と|よう(?:に)?)[、\\s]?(?:いい|よい|良い|よろしい|祈って|お祈り)|(?:無事(?:に)?|何事もなく)[、\\s]?(?:お帰りになれ|帰れ)(?:る|ます)(?:こと|の)?を(?:祈|お祈り)'),
    need: foldAll(['無事', '何事もなく', '五体満足']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && NEXT_VISIT.test(sentenceText(sq, s, e)) && PRESS_CRITIC.test(twoBefore(sq, s, e)),
  },
  // Blind R250G-025 kind: the same step held out as something the office is able to take (どこのどなたかは把握できますので、勤務先に
  // ご連絡することも可能ですよ, 職場にご連絡することもできます): the threat as an option, block.
  // Blind R232H-009 kind: family or a workplace to be approached, said to someone found out or warned (発信元の特定はすでに終えております。
  // ご家族やお勤め先にもご事情を伺うことになりますので): a threat, block. Not a notice that family is called when a child is ill, not a
  // consultation that hears the family too (ご家族にもお話を伺うことがあります with no critic or wrong in sight).
  {
    rule: 'hostility/threat',
    re: phrase('(?:ご家族|家族|ご実家|実家|ご両親|両親|親御さん|お勤め先|勤め先|ご勤務先|勤務先|職場|会社|学校|上司|ご近所)(?:の方(?:々)?)?(?:(?:や|と|、|および|及び)[、\\s]?(?:ご家族|家族|ご実家|実家|ご両親|両親|親御さん|お勤め先|勤め先|ご勤務先|勤務先|職場|会社|学校|上司|ご近所)(?:の方(?:々)?)?)?(?:に|へ|まで)(?:も)?[、\\s]?(?:直接)?[、\\s]?(?:(?:ご事情|事情|お話|話|ご様子|様子)(?:を)?[、\\s]?)?(?:お?伺い|伺う|うかがう|うかがい|お聞きする|聞く|お尋ねする|尋ねる|ご?連絡(?:を)?(?:する|させていただく|いたす)?|ご?報告(?:を)?(?:する|させていただく|いたす)?|お知らせ(?:する|いたす)?|知らせる|訪問(?:する|させていただく)?|お邪魔する|お訪ねする)(?:する)?(?:こと(?:に)?(?:なり|なる)|ことも(?:ござい|あり|考え|検討|可能|でき))'),
    need: foldAll(['家族', '実家', '両親', '親御さん', '勤め先', '勤務先', '職場', '会社', '学校', '上司', '近所']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      return TOLD_ON.test(win) && FOUND_OUT.test(win) && !FAMILY_OK_H15.test(win)
    },
  },
  // Blind R232H-018 kind: complainers pointed back at and insinuated to be the ones at fault (窓口で「遅い」と大声を出される方がいらっしゃい
  // ますが、そういう方に限って必要書類をお忘れになっていることがほとんどです): a sneer at residents tucked into a notice, warn. Only after a
  // complaint is told; not a scam warning (「自分は大丈夫」と思っている方ほど被害に遭いやすい).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:そういう|そうした|ああいう|ああいった|そういった|そんな|あんな|そのような|ああした)[、\\s]?(?:方|かた|人|お客様|お客さま|お客さん|客|方々|人たち|連中|利用者|保護者)(?:々|たち)?(?:に限って|に限り|ほど|ってだいたい|って大抵|はたいてい|は大抵)'),
    need: foldAll(['そういう', 'そうした', 'ああいう', 'ああいつた', 'そういつた', 'そんな', 'あんな', 'そのような', 'ああした']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && COMPLAINED_H15.test(withPrevious(sq, s, e)) && !/詐欺|被害|ご注意|気をつけ|熱中症|事故/u.test(sentenceText(sq, s, e)),
  },
  // Blind R232H-051 kind: people on public support called kept by taxes (日ごろ税金で暮らしを支えてもらっている生活保護の方々こそ…): a group
  // put down for what they receive, block. Not the system explained (生活保護は税金で生活を支える制度です), not the staff's own humility.
  {
    rule: 'hostility/discrimination',
    re: phrase('(?:税金|血税|公金|皆さんの税金|市民の税金|みんなの税金|国民の税金|人様のお金)で[、\\s]?(?:暮らし|生活|食べ|食わ|養|支え|面倒)[^。！？!?\\n]{0,10}?(?:もらって|もろうて|もらっと|いただいて|られて|させて)(?:いる|る|おられる|らっしゃる|いらっしゃる)?'),
    need: foldAll(['税金', '血税', '公金', '人様のお金']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sen = sentenceText(sq, s, e)
      return WELFARE_H15.test(sen) && !/私|わたし|我々|われわれ|職員|公務員|議員|私たち|私ども|偏見|差別|誤解/u.test(sen)
    },
  },
  {
    rule: 'hostility/discrimination',
    re: phrase('(?:生活保護|生保|保護受給|受給者)[^。！？!?\\n]{0,8}?(?:方|人|者|世帯)(?:々|たち)?(?:こそ|ほど|なら|なんだから|なのだから|なんですから)[、\\s]?[^。！？!?\\n]{0,30}?(?:率先|べき|当然|当たり前|いただきたいもの|ほしいもの|欲しいもの|もらいたいもの|義務)'),
    need: foldAll(['生活保護', '生保', '受給']),
    instead: INSTEAD.discrimination,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/偏見|差別|誤解|権利/u.test(sentenceText(sq, s, e)),
  },
]
// --- Blind R234M–R235I (host3), as kinds ---
/** Blind R234M-073: a dialect lesson or a quoted phrase, where 覚えとかんね is taught, not said. */
const DIALECT_TAUGHT = /方言|柳川弁|筑後弁|博多弁|九州弁|関西弁|標準語|意味|読み方|言い方|使い方/u
/** Blind R235I-031: a contest or real children's work, praised in earnest (作文コンクール, 入賞, 子どもたちの作品). */
const EARNEST_H16 = /コンクール|コンテスト|入賞|入選|優勝|受賞|表彰|おめでと|応募作品|審査|作品展|展示|児童の|生徒の|子どもたち|子供たち|こどもたち|お子さん|お子様/u
/** …said to someone who wrote or said something (ご意見, コメント, 書き込み, @). */
const WROTE_H16 = /ご意見|意見|コメント|書き込|投稿|ご指摘|批判|苦情|文句|ご要望|ご提案|メール|お手紙|レビュー|口コミ|[@＠]|あなた|あんた/u
export const DIALECT_REMEMBER_PHRASES: Phrase[] = [
  // Blind R234M-073 kind: "remember this" said as a sentence of its own in a dialect or soft imperative (覚えとかんね。, 覚えとれよ, 覚えときんしゃい,
  // 覚えときや) after a quarrel with the reader (文句ばっか言うなら…): a threat like 覚えとけ, block. Not a tip to remember (ゴミの日は火曜日たい。
  // 覚えとかんね！ with no quarrel), not a dialect taught, not the phrase inside a longer clause (この番号を覚えとかんね).
  {
    rule: 'hostility/threat',
    re: phrase('(?<=^|[。！!？?\\n、,…]|(?:いいか|ええか|よかか|よーく|ようと|よう|よく)[、\\s]?)(?:覚え|おぼえ)(?:と|てお)(?:かんね|かんか|かんや|かれ(?:よ|や)?|きんしゃい|きなっせ|きない|きや|きな(?:さい)?|れ(?:よ|や)?|けや|けよ|いてね(?:よ)?)(?:よ|や|ね|な|ばい|たい|けん|ぞ)?(?=[。！!…\\s]|\\p{Extended_Pictographic}|$)'),
    need: foldAll(['覚え', 'おぼえ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      if (DIALECT_TAUGHT.test(win)) return false
      // the reply's own @handle is not a quarrel by itself
      return DISPUTE.test(win.replace(/[@＠][A-Za-z0-9_]{1,30}/gu, ''))
    },
  },
  // Blind R250G-026 kind: the same urged with a dialect imperative drawn out or in half-width kana (掘割にでも落ちて頭冷やしてきー,
  // 川に落ちて頭冷やしてこーい, 頭冷やしてきんさい).
  // Blind R235I-025 kind: a critic told to plunge into the water to cool their head, with no でも (そんなに柳川がお気に召さないなら、掘割に
  // 飛び込んで頭を冷やしてこられては？; 川に飛び込んで頭ば冷やしてきんしゃい): harm urged as a flippant remedy, curse, block (the spaced
  // 泳げればの話ですけど after it only seals it). Not a summer tip (川遊びで体を冷やしましょう), not a hazard warned of.
  {
    rule: 'hostility/curse',
    re: phrase(`(?:掘割|堀割|お堀|堀|川|河|海|有明海|池|沼|水路|クリーク|ドブ|どぶ)(?:に|へ)[、\\s]?(?:でも)?[、\\s]?(?:飛び込んで|とびこんで|飛びこんで|落ちて|おちて|はまって|沈んで|潜って|浸かって)[、\\s]?(?:頭|あたま|おつむ)(?:を|ば|でも)?[、\\s]?(?:冷やし|ひやし|冷まし|さまし)(?:て|で)(?:こられ|来られ|き|来|こ|いらし|いらっしゃっ|み|みられ)?(?:(?:たら|ては|では)[、\\s]?(?:いかが|如何|どう(?![しなすにも])|いい|よい|良い|よろしい|よか|ええ|どげん|[？?])|(?:こい|こーい|きなさい|きんしゃい|きんさい|きない|きー|きい|きや|おいで|らっしゃい|ください|下さい|ほしい|欲しい)(?=[。！!？?…\\s]|$))`),
    need: foldAll(['冷やし', 'ひやし', '冷まし', 'さまし']),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || HAZARD76.test(sentenceText(sq, s, e))) return false
      return GRUDGE.test(withPrevious(sq, s, e)) || BEHAVING.test(withPrevious(sq, s, e))
    },
  },
  // Blind R235I-031 kind: a reader's writing praised only as a child's work (貴重なご意見、ありがとうございます。小学生の作文としてなら、とても
  // よく書けていると思います; 中学生のレポートにしては上出来です): thanks that turn to a sneer, warn. Not a school contest or children's work
  // praised in earnest (作文コンクールの入賞作品, 子どもたちの作品), and only where someone wrote or said something.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:小学生|小学校低学年|低学年|中学生|幼稚園児|保育園児|園児|子ども|子供|こども|小さい子|夏休み)(?:の|が書いた)(?:作文|日記|感想文|読書感想文|宿題|自由研究|答案|文章|レポート|作品|意見|作品)(?:と(?:して|しちゃ)(?:なら(?:ば)?|であれば|は|も)|にしては|だったら|であれば|なら(?:ば)?)[、\\s]?[^。！？!?\\n]{0,16}?(?:よく(?:書け|書かれ|でき|出来|まとまっ|頑張っ|がんばっ)|上出来|立派|素晴らし|すばらし|合格|満点|花丸|はなまる|100点|百点|上手|じょうず|いい線|良い線|及第点|頑張っ|がんばっ)'),
    need: foldAll(['小学生', '低学年', '中学生', '園児', '子ども', '子供', 'こども', '小さい子', '夏休み']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = twoBefore(sq, s, e)
      return WROTE_H16.test(win) && !EARNEST_H16.test(win)
    },
  },
]
// --- Blind R236I (host4), as kinds ---
/** Blind R236I-024: a critic's remark heard before the jab (…ってご意見, ご指摘, 文句, ダメ出し). */
const CRITIC_H17 = /ご意見|ご指摘|ご批判|批判|文句|苦情|クレーム|ケチ|けち|難癖|ダメ出し|だめ出し|駄目出し|とのこと|とのご|おっしゃ|仰って|書き込|コメント/u
/** …not the thing awaited itself (ご意見、お待ちしています(笑): the critic's word is what is asked for). */
const AWAITED = /(?:ご意見|ご指摘|ご感想|ご要望|ご応募|ご参加|ご来場|コメント|投稿|書き込み)(?:を|も|など|は)?[、\s]?$/u
/** Blind R236I-034: what a critic has written, or that it is kept (ご投稿, 書き込み, 保存しております, 記録, 控え). */
const KEPT_H17 = /ご投稿|投稿|書き込|コメント|ご意見|ご指摘|批判|文句|苦情|クレーム|保存|記録|控え|スクショ|スクリーンショット|把握|拝見して(?:おり|い)/u
/** …a vague time that leaves the meeting hanging (いずれ, そのうち, 機会もある, かもしれません). */
const HANGING = /いずれ|そのうち|近いうち|近々|遠からず|機会|かもしれ|かも(?:ね|よ|しれ|[。！!…]|$)|でしょう|日も|楽しみ|ことに(?:なる|なり)/u
/** …not a service brought to the door (移動図書館, 出張, 訪問, 調査, 説明, イベント). */
const SERVICE_H17 = /図書館|移動|巡回|出張|訪問|調査|点検|工事|説明|相談|講座|教室|イベント|マルシェ|販売|キッチンカー|配達|配布|収集|回収|保健師|民生委員|ヘルパー|介護|お気軽|ぜひ|是非|お祭り|祭り|地域/u
export const MOCK_ANTICIPATION_PHRASES: Phrase[] = [
  // Blind R236I-024 kind: mock anticipation with a laugh after a critic's remark (写真がブレてるってご意見…。プロの方の作品、楽しみに待ってますね(笑),
  // ご指摘の方の次の作品、期待してますw): a jeer that dares the critic to do better, warn. Not the writer's own work awaited (楽しみに
  // お待ちください(笑)), not the critic's words themselves asked for (ご意見、お待ちしています(笑)), not with no critic before it.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:楽しみに|たのしみに|心待ちに|期待し|期待いたし|期待申し上げ|お待ちし|待って(?:い|お)?ま)[^。！？!?\\n]{0,10}?(?:[(（](?:笑|爆笑|苦笑)[)）]|笑(?=[。！!…\\s]|$)|[wｗ]+(?=[。！!…\\s]|$)|🤣|😂|😏|🙄|🤭)'),
    need: foldAll(['楽しみに', 'たのしみに', '心待ちに', '期待', '待ち', '待って']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (/ください|下さい|くださ|してて|しててね|いてね/u.test(sq.slice(s, e)) || AWAITED.test(sq.slice(Math.max(0, s - 12), s))) return false
      const before = sq.slice(sentenceOf(sq, s, e).end - withPrevious(sq, s, e).length, s)
      return CRITIC_H17.test(before) && !SELF.test(sentenceText(sq, s, e))
    },
  },
  // Blind R236I-034 kind: a meeting foretold near the addressee's home, left hanging, to someone whose posts are kept (毎回のご投稿、しっかり保存して
  // おります。いずれ、ご自宅の近くでお目にかかる機会もあるかもしれませんね; お住まいの辺りでそのうちお会いするでしょう): a veiled threat, block.
  // Not a service brought to the door (移動図書館がご自宅の近くに伺う日もあるかもしれません), not help, not with no critic or record before it.
  {
    rule: 'hostility/threat',
    re: phrase('(?:ご自宅|お宅|お住まい|ご住所|ご実家|お勤め先|ご勤務先|お勤め|お家|おうち|(?:あなた|あんた|お前|おまえ|貴方|そちら)(?:の|ん)(?:家|いえ|自宅|近所|職場|勤務先))(?:の)?(?:近く|近所|付近|周り|まわり|前|辺り|あたり|そば|周辺|最寄り|近辺)?(?:で|に|まで|へ)[、\\s]?(?:でも|も)?[、\\s]?[^。！？!?\\n]{0,8}?(?:お目にかか|お会い(?:す|し|でき)|会(?:う|え|い)|顔を合わせ|お顔を拝見|ご挨拶|ごあいさつ|挨拶|あいさつ|お話し(?:す|でき)|お伺い|伺|お邪魔|おじゃま|参り|参上)'),
    need: foldAll(['目にかか', '会い', '会う', '会え', '顔を合わせ', '拝見', '挨拶', 'あいさつ', 'お話し', '伺', '邪魔', 'じゃま', '参り', '参上']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || ABUSE_REPORTED.test(sentenceText(sq, s, e))) return false
      const sentence = sentenceText(sq, s, e)
      const win = twoBefore(sq, s, e)
      if (HELP49.test(sentence) || HELP96.test(sentence) || SERVICE_H17.test(win)) return false
      return HANGING.test(sentence.replace(sq.slice(s, e), '')) && KEPT_H17.test(win.replace(sq.slice(s, e), ''))
    },
  },
  // Blind R236I-054 kind: a critic's knowledge or insistence made the condition for handing them the work (鋭いご指摘…。そこまでお詳しいのでしたら、
  // 来年はぜひ実行委員として、手弁当で運営をお手伝いいただけると心強いです; そんなにおっしゃるなら、ご自身で運営を担当されては): praise
  // turned into "then do it yourself", warn — even with ぜひ. Not an invitation to someone who praised or enjoyed (そこまで気に入って
  // いただけたなら、ぜひまたお越しください), not with no critic's remark before it.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:そこまで|そんなに|それほど|それだけ|そげん|そがん|そげに|あれだけ|あれほど|これだけ|これほど)[、\\s]?(?:お詳しい|詳しい|よくご存じ|よくご存知|ご存じ|ご存知|物知り|博識|おっしゃる|仰る|言う|言われる|ご不満|不満|文句がある|文句を言う|ご意見がある)(?:ん|の)?(?:なら(?:ば)?|んなら|のでしたら|でしたら|であれば|のであれば|やったら|だったら)[、\\s]?[^。！？!?\\n]{0,40}?(?:実行委員|運営|お手伝い|手伝|代わりに|かわりに|ご自身で|ご自分で|担当|立候補|お任せ|ボランティア|講師|手弁当|委員|(?:やって|して)(?:み|くだ|下さ|いただ|ほし|欲し|もら))'),
    need: foldAll(['なら', 'でしたら', 'であれば', 'やったら', 'だったら']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e).replace(sq.slice(s, e), '')
      return /ご指摘|ご批判|批判|文句|苦情|クレーム|ご不満|不満|ダメ出し|だめ出し|駄目出し|ケチ|けち|難癖|ご意見|とのこと|とのご|おっしゃ/u.test(win + sq.slice(s, e))
    },
  },
]
// --- Blind R238K–R241E (hostreb5), as kinds ---
/**
 * Blind R241E-024 kind: people named by what they did told in public to reflect on it (避難指示が出ていたのに…救助を求めた方が何人も
 * いました。…よく反省していただきたいものです, 〜する人には猛省を促します, 反省すべきです): residents blamed, warn. Only with people
 * named by their conduct or addressed nearby; not the writer's or the staff's own reflection (職員一同反省しております, 私たちも反省すべき),
 * not a child's lesson (子どもに反省してほしいときは…しましょう).
 */
const REFLECT = '(?:(?:よく|よーく|よおく|しっかり|しっかりと|深く|十分に?|じゅうぶんに?|大いに|きちんと|ちゃんと|少しは|すこしは)[、\\s]?)?(?:反省|猛省)(?:して(?:いただきたい|頂きたい|いただかないと|いただかなければ|もらいたい|もらわないと|もらわなければ|ほしい|欲しい|くださ(?:い|いね)|下さい|いただけ(?:れば|ますよう|ませんか))|すべき|するべき|してしかるべき|を(?:促し|求め|お願いし)(?:ます|たい|たく))'
/** … the people whose conduct it is aimed at (救助を求めた方, 捨てる人, あなた). */
const CONDUCT_PEOPLE = /(?:た|だ|る|ない|ず|てる|ている)(?:方|人|者|方々|人たち|人達|連中|皆さん|皆様)(?:が|は|も|に|には|へ|、)|あなた|あんた|お前|おまえ|[@＠]/u
/** … not the writer's or the staff's own (私どもも反省すべき, 職員には反省を求めます), not a lesson for parents. */
const OWN_SIDE_H18 = /私|わたし|わたくし|我々|われわれ|僕|自分たち|職員|当課|担当|市として|本市として|当市として|お詫び|おわび|申し訳|謝罪|子ども|子供|こども|お子|児童|生徒|ましょう/u
/**
 * Blind R238K-027 kind: the critic told in keigo that a little thought would show it (駐車場が狭いとのご意見ですが、少し考えていただければ、
 * …混み合うのは当たり前だとお分かりいただけるかと存じます): condescension dressed as courtesy, warn. Only after a critic's remark; not a
 * quiz or a lesson (少し考えてみれば分かるクイズ).
 */
const THINK_LITTLE = '(?:少し|すこし|ちょっと|よく|冷静に|普通に|常識的に)[、\\s]?(?:お)?考え(?:て(?:いただけ(?:れば|たら)|いただきさえすれば|もらえ(?:れば|たら)|みれば|みたら|くだされば|みていただければ)|になれば|になっていただければ)[、\\s]?[^。！？!?\\n]{0,40}?(?:お分かり|おわかり|分か(?:る|り)|わか(?:る|り)|ご理解(?:いただけ|になれ)|理解でき|ご納得いただけ|納得でき|当たり前|当然)'
/**
 * Blind R239N-003 kind: another town told to stop copying and look to its own (よそのまちの真似ばかりしていないで、ご自分のまちの魅力を
 * 探されてはいかがでしょうか, パクリばかりせずにそちらの名物を…): a quarrel picked with another municipality, warn. Only with another place
 * named nearby; not a safety note (動画の真似をしないで、ご自分の安全を…), not our own resolve (よその真似ばかりせず、私たちは…).
 */
const COPYCAT = '(?:真似|まね|マネ|物まね|ものまね|モノマネ|パクリ|パクり|ぱくり|二番煎じ)(?:ばかり|ばっかり|ばっか)?(?:を)?(?:して(?:い|お)?(?:ない|らん|ません)で|しない(?:で|と)|せず(?:に)?|しとらんで)[、\\s]?[^。！？!?\\n]{0,30}?(?:ご自分|ご自身|ご自慢|そちら|あちら|先方|お宅|貴市|貴町)'
const TOLD_TO = /(?:ては|たら|れば)(?:いかが|どう)|て(?:ください|下さい|ほしい|欲しい|もらいたい|いただきたい)|なさい|べき|ては[？?]/u
export const TOLD_TO_REFLECT_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(REFLECT),
    need: foldAll(['反省', '猛省']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e).replace(sq.slice(s, e), '')
      return CONDUCT_PEOPLE.test(win) && !OWN_SIDE_H18.test(win)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(THINK_LITTLE),
    need: foldAll(['考え']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !QUIZ.test(withPrevious(sq, s, e)) && !CHILD_TOPIC.test(sentenceText(sq, s, e)) && CRITIC36.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(COPYCAT),
    need: foldAll(['真似', 'まね', 'マネ', 'パクリ', 'パクり', 'ぱくり', '二番煎じ']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && OTHER_PLACE56.test(twoBefore(sq, s, e)) && TOLD_TO.test(sq.slice(e, sentenceOf(sq, s, e).end)),
  },
]
/**
 * Blind R392R / R389N kinds.
 * - Block: where the one addressed is staying said known, then a warning (あなたがどの仮設の何号室にいるか、こちらは全部把握していますからね,
 *   あんたがどこに住んどるかはもう分かっとる): the "we know who you are" threat aimed at where they live, put as a question of where. Only in
 *   a quarrel (`QUARREL`); not a welfare check or a delivery (`HOME_SERVICE`, 安否, ご安心), not a negation (分かりません).
 * - Warn: one addressed by the anger they showed at the desk, lectured on how to come next time or told to bear a thing in mind (窓口で
 *   怒鳴っていた方、…次回はもう少し落ち着いてお越しください, 大声を出されていた方、職員も人間だということをお忘れなく): sarcasm at a visitor.
 *   Not a notice to all with no one addressed by their anger (窓口では落ち着いてお越しください).
 * - Warn: the victim of a fraud or an accident said to share the blame (ご本人にも落ち度はあると思います, 被害者にも責任がある, だまされた方にも
 *   問題があった): blame turned on the one harmed. Not the belief named to refute it (被害者にも落ち度がある、という考えは誤りです, と責めないで).
 */
const STAYING_WHERE = '(?:あなた|あんた|貴方|お前|おまえ|そちら|そちら様)(?:が|は|の)?[、\\s]?(?:どこ|どちら|どの[^。！？!?\\n、]{1,12}?)(?:に|で)?(?:いる|おる|いらっしゃる|おられる|住んで(?:い|お)?る|住んどる|お住まい|暮らして(?:い|お)?る|寝泊まりして(?:い|お)?る)(?:の)?か(?:は|も|ぐらい|くらい)?[、\\s]?'
const KNOWN_ADVERB = '(?:もう|既に|すでに|ちゃんと|しっかり|とっくに|全部|ぜんぶ|全て|すべて|こちらで|こっちで|こちらは|こちらも|こっちは)?[、\\s]?'
const LECTURE_NEXT_TIME = '(?:次回|次|今度|今後)(?:は|こそ)?[、\\s]?(?:もう少し|もうちょっと|少しは|すこしは|ちょっとは)?[、\\s]?(?:落ち着いて|冷静に|穏やかに|静かに|お静かに)[^。！？!?\\n]{0,6}?(?:お越し|来て|きて|いらして|おいで|お話し|お願い|ください)|(?:ということ|こと)(?:を|も)?[、\\s]?(?:お忘れなく|忘れないで(?:ください|下さい|いただき|ほしい))'
const VICTIM_BLAMED = '(?:ご本人|本人|被害者|被害に遭(?:っ|わ)れた方|被害に遭った方|だまされた方|騙された方|だまされた人|騙された人)(?:様|さん)?(?:に|の側に|側に)も[、\\s]?(?:少なからず|多少|ある程度|それなりに|正直)?(?:の)?[、\\s]?(?:落ち度|責任|非|過失|問題|原因)(?:が|は)(?:ある|あり|あった)'
const ANGER_SHOWN_ADDRESSED = /(?:大声|声を荒|怒鳴|どな[らりるっ]|暴言|わめ|騒いで|騒がれ)[^。！？!?\n]{0,20}?(?:方|人|お客様|お客さま)(?:へ|に|、|は)/u
export const WHEREABOUTS_AND_LECTURE_PHRASES: Phrase[] = [
  {
    rule: 'hostility/threat',
    re: phrase(STAYING_WHERE + KNOWN_FROM + KNOWN_ADVERB + KNOWN_ADVERB + '(?:' + KNOW_DONE + '|' + KNOW_DONE_POLITE + ')'),
    need: foldAll(['あなた', 'あんた', '貴方', 'お前', 'おまえ', 'そちら']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && QUARREL.test(withPrevious(sq, s, e)) && !/ません|ない|安否|ご安心|安心して/u.test(sentenceText(sq, s, e)) && !HOME_SERVICE.test(sentenceText(sq, s, e) + sq.slice(e, e + 30)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LECTURE_NEXT_TIME),
    need: foldAll(['落ち着いて', '冷静に', '穏やかに', '静かに', 'お忘れなく', '忘れないで']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && (ADDRESSED_BY_COMPLAINT.test(withPrevious(sq, s, e)) || ANGER_SHOWN_ADDRESSED.test(withPrevious(sq, s, e))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(VICTIM_BLAMED + '(?!(?:という|との|といった|って|と(?:は|いう|の))|[んの]?(?:じゃ|では)|わけ|か)'),
    need: foldAll(['落ち度', '責任', '非', '過失', '問題', '原因']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && !/ではありません|ありません|ないで|誤り|間違い|誤解|責めない|責めず/u.test(sentenceText(sq, s, e)),
  },
]
