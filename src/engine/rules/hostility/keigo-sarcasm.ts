/**
 * hostility — condescension and sarcasm dressed in keigo.
 *
 * Blind R201A–R205I kinds (warn): the writer's own exasperation in polite form (正直なところ少々あきれております), thanks for the same
 * question asked a count of times over (同じご質問を三度もいただき…ありがたく存じます), the reader's understanding set at a child's, the least
 * effort asked with 程度の in a reproachful wish, people who miss what is plainly marked sent for a sight or hearing test,
 * complainers guessed to have time to kill.
 *
 * Stays clean: あきれるほど / あきれ顔, the writer at themself (我ながら), a third party's reaction (船頭さんもあきれていました), our own fault owned
 * (分かりにくい案内で申し訳ありません), a count without 同じ, a children's notice.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { phrase, isReportedSpeech, sentenceOf } from '../../words'
import type { Phrase } from './context'
import { INSTEAD, SELF, foldAll, idleTaunt, ownWords, sentenceText, withNext, withPrevious } from './context'

/**
 * Blind R201A–R205I, host10 kinds (warn): condescension and sarcasm dressed in keigo (丁寧語の皮肉・見下し). One block, pushed onto
 * PHRASES before the family runs (the gate reads PHRASES on its first use, not when the module loads).
 * - The writer's own exasperation written in kana, in a polite or humble finite form (R201A-006: …一度でも目を通していただければ済む
 *   お話ばかりで、正直なところ少々あきれております): あきれ + ております / ています / てしまいます / ました / ます / るばかり / 果て, with
 *   what people do or ask in the sentence or the one before. Not あきれるほど / あきれ顔 (no finite form), not the writer at themself
 *   (我ながら…), not a third party's reaction (船頭さんもあきれていました).
 */
const EXASPERATED = '(?:あきれ|アキレ)(?:ております|ておりました|ています|ていました|てしまいます|てしまいました|てしまう(?=[。！!…]|$)|ました|ます(?!よう|ように)|るばかり(?:です|でございます|だ)|果て(?:ております|ています|ました|てしまい))'
const EXASPERATED_AT = /問い合わせ|問合せ|質問|お尋ね|お電話|電話|苦情|ご意見|読ま|読んで|読め|読み|目を通|ご覧|守ら|守れ|出さ|出され|毎年|毎回|毎日|何度|何回|同じ|相変わらず|いまだに|未だに|(?:[るうくすつぬむぶぐた]|ない|ず)(?:方|人|方々|人たち)/u
const EXASPERATED_SELF = /我ながら|われながら|(?<!ご)自分|私|わたし|わたくし|僕|ぼく/u
const THIRD_PARTY = /(?:さん|様|さま|くん|ちゃん|たち|達|皆さん|皆様|住民|市民|方|方々|人|客|者)(?:も|は|が)[、\s]?(?:正直|本当に|ほんとに|少々|少し|いささか|ほとほと|すっかり|思わず|みんな|皆)?[、\s]?$/u
/**
 * - Thanks for the same question asked a count of times over (R203I-002: 同じご質問を三度もいただき、大変ありがたく存じます): 同じ + a
 *   question, call or comment + a count with も (三度も, 何度も, 再三) + received + thanks, or the count first. Sarcasm: nobody thanks a
 *   repeat for being a repeat. Not the city's own fault owned (分かりにくい案内で申し訳ありません), not a count without 同じ.
 */
const SAME_ASKED_H10 = '(?:ご質問|質問|お問い合わせ|問い合わせ|お問合せ|お尋ね|ご意見|ご指摘|お電話|電話|コメント|ご要望|苦情|ご連絡|内容)'
const COUNT_MO = '(?:[0-9０-９一二三四五六七八九十]{1,3}(?:度|回)も|何度も|何回も|何べんも|幾度も|再三|たびたび|度々|繰り返し|くり返し)'
const THANKED_REPEAT = `(?:同じ${SAME_ASKED_H10}(?:を|が)?[、\\s]?${COUNT_MO}|${COUNT_MO}[、\\s]?同じ${SAME_ASKED_H10}(?:を|が)?)[^。！？!?\\n]{0,10}?(?:いただ|頂|くださ|下さ|賜|寄せ|頂戴)[^。！？!?\\n]{0,10}?(?:ありがた|有難|有り難|感謝|光栄|うれし|嬉し|恐悦)`
const OWN_FAULT_H10 = /申し訳|すみません|済みません|お詫び|おわび|分かりにく|わかりにく|分かりづら|わかりづら|不十分|至らず|説明不足|改善|見直し/u
/**
 * - The reader's understanding set at a child's (R203I-032: ホームページの説明を読んでいただければ小学生でもお分かりになる内容かと存じますが、
 *   念のためもう一度ご案内いたします): 小学生 / 子ども でも + understanding, after reading made a condition (読んでいただければ, ご覧になれば)
 *   or in an honorific that can only be the reader's (お分かりになる said of a plain 小学生), with the reader's asking (念のため, もう一度,
 *   ご質問) in the sentence or the one before. Not a purpose (小学生でも分かるように…), not a page made for children (親子で, 自由研究).
 */
const CHILD_H10 = '(?:小学生|小学校低学年|低学年の子|幼稚園児|保育園児|園児|子ども|子供|こども|中学生)(?:でも|だって)[、\\s]?'
const READ_IF_H10 = '(?:(?:読んで|よんで|目を通して|見て)(?:いただければ|いただけば|もらえれば|もらえば|くだされば)|読めば|よめば|お読みいただければ|お読みになれば|ご覧いただければ|ご覧になれば|見れば|目を通せば|確認していただければ|ご確認いただければ)'
const CHILD_LEVEL_H10 = `${READ_IF_H10}[、\\s]?[^。！？!?\\n]{0,10}?${CHILD_H10}(?:お分かりになる|お分かりになれる|お分かりいただける|ご理解いただける|ご理解になれる|お読みになれる|分かる|わかる|理解できる|読める|できる)|${CHILD_H10}(?:お分かりになる|お分かりになれる|お分かりいただける|ご理解いただける|ご理解になれる|お読みになれる)`
const ASKER_H10 = /念のため|念の為|もう一度|再度|改めて|あらためて|ご質問|質問|お問い合わせ|問い合わせ|お尋ね|何度|何回|毎回|同じ|お電話|窓口で/u
const FOR_CHILDREN = /親子|自由研究|教室|講座|作りました|まとめました|作成しました|やさしい|ふりがな|ルビ|工夫|ぜひ|是非|お子さん|お子様|児童|生徒/u
/**
 * - The least effort asked with 程度の (or くらいの with も / すら) in a reproachful wish (R204D-019: 封筒を開ける程度の手間は惜しまないで
 *   いただきたいものです): the R186D-004 kind, measured with 程度. Not an amount (10分程度の手間で申請できます), not ある程度 (some),
 *   not a plain request (この程度の手間はかかります).
 */
const LEAST_EFFORT_H10 = '(?<![0-9０-９一二三四五六七八九十百千万分秒間日週月年円人個回枚度]|ある|相当|一定|中|高|低)(?:程度の|(?:くらい|ぐらい)の(?=[^。！？!?\\n]{0,12}?(?:も|すら|さえ)))(?:ご|お)?(?:工夫|努力|配慮|準備|確認|気遣い|気配り|協力|手間|手数|こと|心がけ|心掛け|注意|思いやり|常識|マナー)(?:は|くらいは|ぐらいは|も|すら|さえ|ぐらい|くらい)[、\\s]?[^。！？!?\\n]{0,10}?(?:(?:して|なさって|され)?(?:いただけ|頂け|もらえ|くれ)(?:ない|ません)(?:もの|ん|の)?(?:でしょうか|ですかね|ですか|か|かね|かな)|(?:して|なさって)?(?:いただきたい|頂きたい|もらいたい|ほしい|欲しい)(?:もの|ところ)(?:です|だ|ですね|でございます))'
/**
 * - People named by not seeing or hearing what is plainly marked, then sent for a sight or hearing test as mock advice (R205I-037: 本日も、
 *   駐車場の白線が見えていらっしゃらない方が多数おられました。視力検査は保健センターの健診でも受けられますので、ぜひどうぞ): a test, an
 *   eye or ear doctor or glasses offered (どうぞ, おすすめ, 受けられます), with a line, sign or notice (白線, 標識, 貼り紙, アナウンス)
 *   said not seen or heard by people in the sentence or the one before. Not health advice (見えにくいと感じたら…), not age or illness.
 */
const SENSE_TEST = '(?:視力検査|視力の検査|視力測定|聴力検査|聴力の検査|眼科|耳鼻科|耳鼻咽喉科|眼鏡店|メガネ店|めがね店|眼鏡|メガネ|めがね|補聴器)[^。！？!?\\n]{0,30}?(?:ぜひどうぞ|どうぞ|おすすめ|お勧め|オススメ|お薦め|ご利用ください|ご検討ください|受けられ(?:ては|たら|ます)|受けていただけ|行かれ(?:ては|たら)|いかが)'
const NOT_SEEN = /(?:白線|線|枠|区画|標識|看板|貼り紙|張り紙|掲示|表示|注意書き|案内板|案内|ポスター|矢印|停止線|文字|字|アナウンス|放送|呼びかけ|笛|お願い)(?:が|も|は|すら|さえ)?[、\s]?(?:お)?(?:見え|聞こえ|目に入)(?:て|って)?(?:い|いらっしゃら|おられ|おいでになら|ら)?(?:ない|ません|なかった|ず|ぬ)[^。！？!?\n]{0,6}?(?:方|人|ドライバー|運転手|車|皆さん|皆様|利用者|お客)/u
const SENSE_OK = /見えにく|見えづら|聞こえにく|聞こえづら|と感じ|気になる|高齢|加齢|年齢|お年|お子|子ども|子供|視力の低下|聴力の低下|病気|障が|障害|白内障|緑内障/u
/**
 * - Complainers guessed, in a statement, to have time to kill (R205I-051: 窓口に毎日のように苦情の電話をかけてこられる一部の方々は、
 *   失礼ながら時間を持て余しておられるとしか思えません): 暇 / 時間 を持て余す or 有り余る + a guess (としか思えない, のでしょう, ようです,
 *   とお見受けします), said of people who call, complain or write (the R88 question form asked with ？ is an insult already). Not the
 *   writer (定年後は時間を持て余しています), not an invitation (時間を持て余している方は、ぜひボランティアに).
 */
const IDLE_GUESS = '(?:暇|ひま|ヒマ|時間|お時間)(?:を|が)?(?:持て余|もてあま|有り余|ありあま|余ら)(?:して|されて|し|って)(?:いる|る|おられる|いらっしゃる|らっしゃる|おいでになる|おいでの|おる)?(?:ん|の)?(?:だ|です)?[^。！？!?\\n]{0,4}?(?:としか(?:思え|考えられ|見え)|ように(?:しか)?(?:思え|見え|お見受け)|とお見受け|(?:の|ん)でしょう(?!か)|(?:の|ん)だろう(?!か)|に違いな|に相違な|ようです|ようで(?=[、。！!…]|$)|みたいです|ご様子)'
export const KEIGO_SARCASM_PHRASES: Phrase[] = [
  {
    rule: 'hostility/confrontational',
    re: phrase(EXASPERATED),
    need: foldAll(['あきれ', 'アキレ']),
    instead: '呆れた気持ちを書かず、「○○は4月配布のチラシにも載せています。ご不明な点はお気軽にお問い合わせください」のように、案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const cur = sentenceOf(sq, s, e)
      const head = sq.slice(cur.start, s)
      if (EXASPERATED_SELF.test(head) || THIRD_PARTY.test(head)) return false
      return EXASPERATED_AT.test(withPrevious(sq, s, e))
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(THANKED_REPEAT),
    need: foldAll(['同じ']),
    instead: '皮肉でお礼を言わず、「駐車場のご案内はトップページに載せています」のように、案内の場所だけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !OWN_FAULT_H10.test(withNext(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(CHILD_LEVEL_H10),
    need: foldAll(['でも', 'だって']),
    instead: '相手の理解力に触れず、「手順は次のとおりです」のように、案内だけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      if (/^[^。！？!?\n]{0,8}?よう/u.test(sq.slice(e, e + 12))) return false
      const win = withPrevious(sq, s, e) + withNext(sq, s, e).slice(sentenceOf(sq, s, e).end - sentenceOf(sq, s, e).start)
      return ASKER_H10.test(win) && !FOR_CHILDREN.test(win)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(LEAST_EFFORT_H10),
    need: foldAll(['程度の', 'くらいの', 'ぐらいの']),
    instead: '相手を責めず、「納税通知書は4月に発送しています。お手元に届いているかご確認ください」のように、お願いだけを伝えてください',
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && !SELF.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(SENSE_TEST),
    need: foldAll(['視力', '聴力', '眼科', '耳鼻', '眼鏡', 'メガネ', 'めがね', '補聴器']),
    instead: '相手の目や耳のせいにせず、「駐車の際は白線の内側に停めてください」のように、守ってほしいことだけを伝えてください',
    keep: (sq, s, e) => {
      if (!ownWords(sq, s, e) || isReportedSpeech(sq, s, e)) return false
      const win = withPrevious(sq, s, e)
      return NOT_SEEN.test(win) && !SENSE_OK.test(win)
    },
  },
  {
    rule: 'hostility/confrontational',
    re: phrase(IDLE_GUESS),
    need: foldAll(['持て余', 'もてあま', '有り余', 'ありあま', '余ら']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && !isReportedSpeech(sq, s, e) && idleTaunt(sq, s, e),
  },
]
