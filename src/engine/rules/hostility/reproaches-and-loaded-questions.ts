/**
 * hostility — tag-question reproaches, mock confidence and loaded questions.
 *
 * Blind waves 84–86 kinds: after a complaint, the reader told by a tag question that the thing was there all along
 * (地図をちゃんと載せていますよね？), a plain tool recommended with a smirk (カレンダーって便利ですよ😊), told to read before writing, told "as I keep
 * saying", a scare-quoted joy over a poor turnout, non-comers written off, complainers said to make a fuss; mock confidence
 * and mock envy at residents named by what they do not do; a sarcastic rhetorical question put to the opponents of a plan.
 *
 * Stays clean: a teaser to all (皆さん、もう予定は空けていますよね？), a self-check (手洗い、ちゃんとしていますよね？), a real tip, a real question to
 * residents.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import { foldString } from '../../text'
import type { Phrase } from './context'
import { INSTEAD, QUIZ, foldAll, notQuoted, notTeaching, sentenceText, withPrevious } from './context'

// --- Blind wave 84 kinds (host84): the reader reproached by a tag question, told to read before writing, told "as I keep
// saying", a scare-quoted joy over a poor turnout, non-comers written off, complainers said to make a fuss ---
/**
 * Blind R423Y-011 / R421W-005 kind: after a complaint, the reader told by a tag question that the thing was there all along
 * (地図をちゃんと載せていますよね？, 案内はきちんと配っていましたよね？, 締切は11月でしたよね？, 期限は先月末でしたよね？): the fact turned
 * into a reproach, warn. Only where a complaint or a complainer is in sight (とのことですが, ご指摘, 騒ぐ方, 文句, @…); not a teaser
 * to all (皆さん、もう予定は空けていますよね？), not a self-check (手洗い、ちゃんとしていますよね？) with no complaint, not a quiz.
 */
const TAG_REPROACH = '(?:(?:ちゃんと|きちんと|ちゃーんと|しっかり(?:と)?|はっきり(?:と)?|前もって|事前に|とっくに|すでに|既に)[^。！？!?\\n]{0,24}?(?:て|で)(?:い|お|あ)?(?:ます|ました|ありま(?:す|した)|りま(?:す|した)|る|た)|(?:締切|締め切り|〆切|期限|期日|受付期間|申込期間|申込み期間|申し込み期間|募集期間|受付|申込|申し込み)(?:日)?(?:は|も|って)[^。！？!?\\n]{0,12}?(?:でした|だった|です))よね[？?]'
const COMPLAINT_SEEN = /[@＠]|とのこと|おっしゃ|ご不満|不満|苦情|文句|ご指摘|クレーム|ご意見|騒[ぐぎいが]|わめ|足りな|なかった」|ない」|ません」|あなた|あんた/u
/**
 * Blind R421W-005 kind: a plain tool recommended with a smirk to people who missed a date (カレンダーって便利ですよ😊, 手帳って本当に
 * 役に立ちますよ笑, 時計って便利なんですよね🙂): sarcasm, warn, only after a reproach or a complainer (…でしたよね？, 騒ぐ方, 文句); not
 * a real tip (カレンダーアプリに登録すると便利です, ごみの日を忘れがちな方、カレンダーアプリって便利ですよ😊).
 */
const HANDY_TOOL = '(?:カレンダー|手帳|メモ帳|メモ|時計|腕時計|目覚まし|アラーム|スケジュール帳|地図|眼鏡|メガネ|辞書|検索|文字|字|日本語)(?:って|というのは|ってものは)[、\\s]?(?:本当に|ほんとに|ほんと|とても|すごく|意外と|案外)?[、\\s]?(?:便利|役に立ち|役立ち|役に立つ|役立つ|使え)(?:ます|る|なん|な)?(?:です|だ)?(?:よ|ね|よね)'
const SMIRK = /^[。！!〜~ー\s]{0,3}(?:😊|🙂|😉|☺|😌|😏|🙄|😅|🤭|♪|笑|[(（]笑[)）]|[wｗ]{1,6}(?![a-zａ-ｚ]))/u
const REPROACH_SEEN = /よね[？?]|騒[ぐぎいが]|わめ|文句|苦情|クレーム|とおっしゃ|と言う方|と言われる方|ですから|だから、|何度も|再三/u
/**
 * Blind R423Y-011 kind: told to read before writing, in mock politeness (書き込む前に一度読んでいただけると助かるんですが, コメントされる前に
 * ご確認いただけるとありがたいです, 文句を言う前に目を通してもらえると助かります): warn, when it closes on が/けど or follows a reproach. Not
 * a procedure's advice (お問い合わせの前に、よくある質問をご覧ください, 申し込む前に募集要項をお読みください).
 */
const READ_BEFORE_WRITING = '(?:書き込む|書き込まれる|書き込みされる|書き込みする|コメントする|コメントされる|投稿する|投稿される|リプする|リプライする|返信する|質問する|質問される|文句を言う|文句を言われる|苦情を言う|批判する|批判される|おっしゃる|言う|騒ぐ)前に[、\\s]?(?:まず|一度|いちど|一回|少しは|せめて|ちゃんと|よく)?[、\\s]?[^。！？!?\\n]{0,16}?(?:読んで|よんで|お読み(?:になって)?|ご覧(?:になって)?|目を通して|お目通し|ご確認|確認して|調べて|お調べ(?:になって)?)(?:いただけると|いただければ|頂けると|頂ければ|もらえると|もらえれば|くれると|くれれば)[、\\s]?(?:こちら(?:として)?も|私ども(?:として)?も|職員も|我々も)?[、\\s]?(?:助かる|助かります|ありがたい|ありがたいです|有難いです|幸いです|うれしい|嬉しい|うれしいです|嬉しいです)'
/**
 * Blind R424Z-034 kind: a resident told "as I keep saying" (何度も申し上げている通り, 再三ご説明しておりますとおり, さっきから言ってる
 * ように, 先ほどから何度もお伝えしている通りです): exasperation, warn, in a reply or a comment, or in a post when it opens on ですから / だから
 * or says 先ほどから. Not a repeated notice in a post (繰り返しお知らせしているとおり、12月から…), not thanks (何度もお問い合わせいただき
 * ありがとうございます).
 */
const AS_I_KEEP_SAYING = '(?:何度も|何回も|何べんも|再三(?:再四)?|先ほどから|さきほどから|さっきから|前々から|以前から|繰り返し)[、\\s]?(?:何度も|何回も)?[、\\s]?(?:申し上げ|言っ|いっ|説明し|ご説明し|ご説明申し上げ|お伝えし|お答えし|回答し|ご回答し|ご案内し)(?:て|と|ちょ)(?:い|お|る)?(?:る|ります|ます)?(?:通り|とおり|ように|よう)'
const SAYING_OPENER = /(?:ですから|だから|ですので|なので|ゆえに)[、\s]?[^。！？!?\n]{0,8}$/u
/**
 * Blind R424Z-034 kind: after the reader is told it is all written, asked to read it again from the start or calmly
 * (もう一度、最初から落ち着いて読み直していただけますか？, 今一度よーくご覧いただけますか？, 改めて頭からちゃんと読んでもらえますか？):
 * warn, when a reproach is before it (何度も, ですから, 全部載っています, 書いてあります). Not a corrected notice offered with an apology
 * (分かりにくくてすみません。修正版を載せましたので、もう一度ご覧いただけますか).
 */
const READ_AGAIN_FROM_START = '(?:もう一度|もう一回|もういちど|もういっかい|再度|今一度|いま一度|改めて|あらためて)(?:[、\\s]?(?:最初から|はじめから|初めから|頭から|一から|いちから|落ち着いて|おちついて|冷静に|ちゃんと|しっかり|きちんと|よーく|よおく|じっくり)){1,3}[、\\s]?(?:読み直し|読みなおし|読み返し|お読み直し|読んで|お読み|ご覧|見直し|目を通し|お目通し)(?:て|になって)?(?:いただけ|頂け|もらえ|くれ)(?:ます|ません|る|ない)?か[？?]'
const ALL_WRITTEN = /何度も|再三|ですから|だから、|全部|すべて|全て|ちゃんと|きちんと|よね[？?]|書いてあ|書いて(?:い|お)ります|載って|記載して|掲載して/u
const SORRY = /申し訳|すみません|すいません|失礼|お詫び|おわび|修正|訂正|分かりにく|わかりにく|見づら|読みづら/u
/**
 * Blind R424Z-044 kind: a poor turnout told with a positive word in scare quotes (それはそれは「楽しく」準備しております, 実に「和やか」な
 * 会でした, さぞ『盛況』なことでしょう): irony at those who stayed away, warn, where the poor turnout or a complaint is in sight
 * (少なくて, 誰も来ない, ガラガラ, 集まらない). Not a theme in quotes (テーマは「楽しく」です), not a happy event (とても「楽しい」一日に
 * なりました) with nothing going wrong.
 */
const SCARE_QUOTED_JOY = '(?:それはそれは|それはもう|さぞ(?:かし)?|実に|まことに|大変|たいへん|とても|本当に|ほんとうに)[、\\s]?[「『“"〝](?:楽しく|たのしく|楽しい|たのしい|喜んで|よろこんで|快適|素敵|ステキ|ありがたく|有難く|ありがたい|嬉しく|うれしく|嬉しい|うれしい|和やか|なごやか|にぎやか|賑やか|盛況|大盛況|大人気|人気|元気|幸せ|光栄|充実|有意義|活気)(?:に|な|で)?[」』”"〟]'
const POOR_TURNOUT = /少な[いくか]|誰も|だれも|来ない|来ん|来られない|ガラガラ|がらがら|閑散|集まら|ほとんどい|不評|苦情|文句|ゼロ|0人|わずか/u
/**
 * Blind R424Z-044 kind: people who do not come or join written off as never going to (来ない方は来年もどうせ来ないんでしょうけどね,
 * 参加しない人はどうせ次も参加しないんでしょう, 読まない人は所詮読まないんやろ): a knowing jab, warn. Not an invitation (来られない方は、どうせ
 * なら動画でご覧ください), not a need denied (参加できない方は、後日資料をお送りしますのでご心配いりません).
 */
const NEVER_ANYWAY = '(?:ない|ん|なかった|られない|れない)(?:方|人|者|人たち|方々|連中|皆さん)(?:は|って|なんて|なんか|も)[、\\s]?[^。！？!?\\n]{0,12}?(?:どうせ|所詮|しょせん|結局)[、\\s]?[^。！？!?\\n]{0,12}?(?:来|こ|き|参加し|参加でき|出|出席し|行か|読ま|守ら|変わら|協力し|やら|聞か|見)(?:ない|ん|ません)(?:ん|の)?(?:でしょう|だろう|やろ|でしょ|じゃろ|っちゃろ)'
/**
 * Blind R421W-005 kind: residents' complaint quoted and its speakers said to make a fuss (「入れなかった」と騒ぐ方がいらっしゃいますが,
 * 「高すぎる」って騒いでる人たち, と騒ぎ立てる皆さん): dismissive, warn. Not noise named as conduct (夜中に騒ぐ方がいらっしゃいます, 騒ぐ子ども),
 * not an alarm raised (「火事だ」と騒ぐ前に119番を), not quoted as something said about us.
 */
const SAID_FUSS = '(?<=[」』”])(?:と|って)[、\\s]?(?:騒ぐ|騒いでいる|騒いでる|騒いでいらっしゃる|騒がれる|騒ぎ立てる|騒ぎたてる|わめく|喚く|わめいている|わめいてる)(?:方|人|方々|人たち|皆さん|皆様|皆さま|連中|保護者|住民)'
export const TAG_REPROACH_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(TAG_REPROACH),
    need: foldAll(['よね']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || QUIZ.test(sentenceText(sq, s, e))) return false
      return COMPLAINT_SEEN.test(withPrevious(sq, s, e).replace(sq.slice(s, e), ''))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(HANDY_TOOL),
    need: foldAll(['って', 'というのは']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && SMIRK.test(sq.slice(e, e + 8)) && REPROACH_SEEN.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_BEFORE_WRITING),
    need: foldAll(['前に']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e)
      && (/^(?:ん|の)(?:です|だ|やけど|ですけど)?(?:が|けど|けれど|けども)/u.test(sq.slice(e, e + 8)) || REPROACH_SEEN.test(withPrevious(sq, s, e).replace(sq.slice(s, e), '')) || /ちゃんと|きちんと/u.test(withPrevious(sq, s, e))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(AS_I_KEEP_SAYING),
    need: foldAll(['何度', '何回', '何べん', '再三', '先ほど', 'さきほど', 'さっき', '前々', '以前', '繰り返し']),
    instead: INSTEAD.polite,
    severity: 'warn',
    replyOnly: true,
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(AS_I_KEEP_SAYING),
    need: foldAll(['何度', '何回', '何べん', '再三', '先ほど', 'さきほど', 'さっき', '前々', '以前', '繰り返し']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e)
      && (SAYING_OPENER.test(sq.slice(sentenceOf(sq, s, e).start, s)) || /^(?:先ほど|さきほど|さっき)/u.test(sq.slice(s, e))),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(READ_AGAIN_FROM_START),
    need: foldAll(['もう一度', 'もう一回', 'もういちど', 'もういっかい', '再度', '今一度', 'いま一度', '改めて', 'あらためて']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !SORRY.test(withPrevious(sq, s, e, 2)) && ALL_WRITTEN.test(withPrevious(sq, s, e, 2).replace(sq.slice(s, e), '')),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SCARE_QUOTED_JOY),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notTeaching(sq, s, e) && POOR_TURNOUT.test(withPrevious(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(NEVER_ANYWAY),
    need: foldAll(['どうせ', '所詮', 'しょせん', '結局']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SAID_FUSS),
    need: foldAll(['騒', 'わめ', '喚']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notTeaching(sq, s, e),
  },
]

// --- Blind wave 85 kinds (dec85): mock confidence and mock envy aimed at residents named by what they do not do ---
/**
 * Blind R428D-056 kind: residents named by what they skip or neglect (健診をスルーしている皆さん, 受けていない方, 提出しない人たち,
 * 放置している方々) told with さぞ / よほど that they must be so sure of themselves (さぞかし健康に自信がおありなんでしょうね, よほど体力に
 * 余裕がおありなんですね, さぞ度胸がおありなのでしょう) or envied in a set phrase (うらやましい限りです, 羨ましいかぎりです): sarcasm at the
 * readers, `hostility/confrontational` warn. The skippers must be named in the sentence or the one before. Kept clean: a sincere call
 * to those who skip (まだ受けていない皆さん、ぜひ今年こそ), confidence named without さぞ (健康に自信がある方も年に一度は健診を), praise
 * of those who did the thing (完走した皆さん、さぞ体力に自信がおありでしょう), envy of a place or a skill with no skippers named
 * (雪の降らない地域がうらやましい限りです).
 */
const SURE_OF_SELF = '(?:さぞ(?:かし|や)?|よほど|よっぽど|さだめし)[、\\s]?[^。！？!?\\n]{0,16}?(?:ご自信|自信|余裕|度胸|勇気|根性)(?:が|も|を)?(?:おあり|お有り|お持ち|ある|満々|たっぷり)(?:に(?:なる|なって))?(?:なん|なの|の|ん)?(?:でしょう|だろう|やろ|ですね|ですよね|でございましょう)(?:ね|な|ねえ)?'
const ENVY_SET = '(?:うらやまし|羨まし)(?:い|く)?(?:限り|かぎり)(?:です|だ|でございます|ですね|やね)?'
/** People named by what they skip or do not do (スルーしている皆さん, 受けていない方, 出さない人たち, 未受診の方). */
const SKIPPERS = phrase('(?:(?:するー|無視|放置|さぼ(?:り|っ)|後回し|先延ばし|素通り)(?:に)?(?:して|し)(?:いる|る|いらっしゃる|おられる|続けている|続けてる|続ける)?|(?:ない|ず|ていない|てない|てらっしゃらない|ておられない|ません)|未受診の|未提出の|未接種の|未納の|未申告の)(?:方|人|皆さん|皆様|皆さま|みなさん|みなさま|方々|人たち|連中)(?:々|たち|達)?', 'u')
/** The skippers named before the phrase, in its sentence or the one before it (folded). */
function skippersBefore(sq: string, s: number, e: number): boolean {
  const from = sentenceOf(sq, s, e).end - withPrevious(sq, s, e).length
  return SKIPPERS.test(foldString(sq.slice(Math.max(0, from), s)))
}
export const MOCK_CONFIDENCE_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(SURE_OF_SELF),
    need: foldAll(['さぞ', 'よほど', 'よっぽど', 'さだめし']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && skippersBefore(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(ENVY_SET),
    need: foldAll(['うらやまし', '羨まし']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => notQuoted(sq, s, e) && notTeaching(sq, s, e) && !isReportedSpeech(sq, s, e) && skippersBefore(sq, s, e),
  },
]

// --- Blind wave 86 kind (dec86): a sarcastic rhetorical question put to the opponents of a plan ---
/**
 * Blind R429E-015 kind: readers addressed by their stand against a plan (…に反対の皆さん, …に反対している方々, 計画を批判する人たち,
 * 文句ばかりの皆さま) asked a loaded question (本当に幸せなんでしょうか？, 本当にそれでいいんですか？) and told, with a sneer, to think it
 * over (よ〜く考えてみてくださいね😊, よーく考えてね, 考えてみてください😉): sarcasm at the opponents, `hostility/confrontational` warn.
 * The sneer is the stretched よ〜く or a smiling face or (笑) right after the call; the opponents and the 本当に…か question stand in
 * the call's sentence or the two before it. Kept clean: a sincere question to residents (皆さんはどう思いますか。ぜひ考えてみてください),
 * an invitation to the opponents to a meeting (反対の皆さんのご意見も伺います), a plain よく考えて with no loaded question.
 */
const THINK_AGAIN = '(?:よ[〜~ー－ｰ]+(?:っ)?く|よっく|よぉく|とくと)?(?:考えて|かんがえて|お考え)(?:み|い)?(?:て)?(?:ください|下さい|くださいね|下さいね|くださいな|ね|な|ほしい|欲しい|ほしいです|いただきたい|みましょう|ごらん|ご覧)'
/** Readers named by their opposition (反対の皆さん, 反対している方々, 批判する人たち, 文句を言う方). */
const OPPONENTS86 = phrase('(?:反対|批判|異議|異論|文句|難癖|いちゃもん|くれーむ|ごね)(?:を|ばかり|ばっかり)?(?:の|な|する|している|してる|される|されている|されてる|言う|いう|言っている|言ってる|つける|つけている|唱える|唱えている|派の)?(?:皆さん|皆様|皆さま|みなさん|みなさま|方々|方|人たち|人達|人|連中|方たち)', 'u')
/** A loaded question: 本当に / ほんとに … か？ (本当に幸せなんでしょうか？, 本当にそれでいいんですか？). */
const LOADED_Q = phrase('(?:本当に|ほんとうに|ほんとに|本当は|果たして|はたして)[^。！？!?\\n]{0,30}?(?:でしょうか|のでしょうか|んですか|のですか|ですか|ますか|のかな|んかね|のかしら|だろうか)[？?]', 'u')
export const LOADED_QUESTION_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(THINK_AGAIN),
    need: foldAll(['考え', 'かんがえ']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const sneer = /^[よ][〜~ー－ｰ]/u.test(foldString(sq.slice(s, s + 2))) || /^[ねよ！!。]{0,3}[\s]?(?:😊|😉|🙂|😄|😁|😏|🤭|☺|\(笑\)|（笑）|w{1,})/u.test(sq.slice(e, e + 6))
      if (!sneer) return false
      const before = foldString(withPrevious(sq, s, e, 2))
      return OPPONENTS86.test(before) && LOADED_Q.test(before)
    },
  },
]

// --- Blind wave 92 kind (host92): people addressed by their stand, scolded or asked a rhetorical reproach ---
/**
 * Blind R447Y-028 kind: readers addressed by their opinion (…に反対されている保護者の皆さん, 計画を批判する方々, 文句ばかりの皆さま) and scolded
 * to face reality or wake up (現実を見てください, 目を覚ましてほしい, 少しは考えていただきたい, 頭を冷やしてください), or asked a rhetorical
 * reproach that puts a demand in their mouth (先生方に休日を差し出せと言うんですか？, 子どもに我慢しろとおっしゃるのでしょうか): warn. The
 * opponents stand in the sentence or the two before it. Kept clean: a call to judge by the facts (現実を見て判断します), an invitation to
 * the opponents (反対の皆さんのご意見も伺います), a reproach reported as a voice received (…と言うのか、というお声もありました).
 */
const OPPONENTS92 = phrase('(?:反対|批判|異議|異論|文句|難癖|いちゃもん|くれーむ|ごね|不満)(?!側|車線|方向|向き|運動の歴史)(?:を|ばかり|ばっかり)?(?:の|な|する|している|してる|される|されている|されてる|しておられる|言う|いう|言っている|言ってる|言われる|つける|唱える|唱えている|唱えておられる|派の|をお持ちの|をお寄せの)?[^、。！？!?\\n]{0,10}?(?:皆さん|皆様|皆さま|みなさん|みなさま|方々|方たち|人たち|人達|連中|お母さん方|親御さん方)', 'u')
const SCOLD92 = '(?:(?:少しは|ちょっとは|もう少し|もうちょっと)[、\\s]?(?:考え|頭を使っ|現実を見|周りを見|大人になっ)|現実を(?:見|直視し|受け止め)|現実に目を向け|目を覚まし|頭を冷やし)(?:て|で)(?:ください|下さい|ほしい|欲しい|いただきたい|頂きたい|もらいたい|くれ)'
const RHETORIC = '(?:[ろせえれけめ]|しろ|やれ|よこせ|寄越せ)(?:と|って)(?:でも)?[、\\s]?(?:言う|いう|言われる|おっしゃる|仰る|申される)(?:ん|の)(?:です|でしょう|ですか)?(?:か|かね)?[？?]'
const VOICE_AFTER92 = /^[、\s]{0,2}(?:と|という|といった|との|って)/u
function opponentsAddressed(sq: string, s: number, e: number): boolean {
  if (!notQuoted(sq, s, e) || !notTeaching(sq, s, e) || isReportedSpeech(sq, s, e) || VOICE_AFTER92.test(sq.slice(e, e + 6))) return false
  if (/私|わたし|僕|自分|私たち|我々/u.test(sentenceText(sq, s, e))) return false
  return OPPONENTS92.test(foldString(withPrevious(sq, s, e, 2)))
}
export const OPPONENTS_SCOLDED_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(SCOLD92),
    need: foldAll(['考え', '頭を使', '現実', '周りを見', '大人にな', '目を覚ま', '頭を冷や']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: opponentsAddressed,
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(RHETORIC),
    need: foldAll(['言う', 'いう', '言われる', 'おっしゃる', '仰る', '申される']),
    instead: INSTEAD.polite,
    severity: 'warn',
    keep: opponentsAddressed,
  },
]
