/**
 * A mask standing for an insult (5(2): 伏せ字を使用しない; masking/insult, block): the mask is the predicate said of a person or a group,
 * the reason for a bad outcome (センター長は女性ですが、正直○○なので心配です, あの地区の人たちって、まあ○○だから仕方ないよね: INSULT_MASK,
 * INSULT_TOPIC), or the writer's verdict closing on a rude word cut by its mask (…の方はア●かと思います: RUDE_MASK_NEAR, RUDE_VERDICT_AFTER,
 * RUDE_TARGET). Stays clean: a mask before a noun (○○さん, ○○公民館), 心配いりません, a quote named as a kind of writing (「○○だから仕方ない」
 * といった書き込み), a sentence about 伏せ字, explained examples. Part of the masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import { sentenceOf } from '../../words'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import { MASK, SHAPE, isLetter } from './context'
import { isExplained } from './explained-examples'
import { rudeMask } from './findings'

/**
 * Blind R107A-067, R107A-145: a mask standing in for what a person or a group is said to be, the reason for a bad outcome (センター長は女性
 * ですが、正直○○なので心配です; あの地区の人たちって、まあ○○だから仕方ないよね; 会長さん、××やけん不安しかない): the hidden word is an
 * insult the reader is left to fill in, which invites speculation as much as the word itself (block). The mask is the predicate: a run of one
 * shape right before a copula of reason (なので, だから, やけん, ですし), a bad outcome after it (心配, 仕方ない, 困る, 任せられない; not
 * 心配いりません), and a person or a group as the topic before it in the sentence. A mask before a noun (○○さん, ○○公民館, ○○名) is no
 * predicate; one quoted as a kind of writing (「○○だから仕方ない」といった書き込み) or in a sentence about 伏せ字 is a mention.
 */
const INSULT_MASK = new RegExp(
  `[${MASK}]{1,4}(?:なので|なんで|なもんで|だから|ですから|やから|やけん|やけ|じゃけん|じゃけ|だし|ですし|やし|だもんで|っぽいので|っぽいから|らしいので|らしいから)(?:[、,]?\\s?[^。！？!?\\n]{0,12}?)(?:心配(?!(?:は|も)?(?:いら|いり|要ら|要り|無用|ご無用|ない|なく|ありません|ございません|しないで|なさらず))|不安|仕方(?:が)?な|しかた(?:が)?な|しょうが(?:な|無)|しょんなか|困(?:る|り|っ)|無理|ダメ|だめ|任せ(?:られ|たく|れ)ん?な?|信用(?:でき|なら)|期待(?:でき|し)(?:ない|ません|ん)|あてにならな|当てにならな|どうしようもな|迷惑|怖い|こわい|危な|あぶな|関わりたくな|関わらん|近寄らな|避けた)`,
  'gu',
)
/** A person or a group as the topic before the mask (センター長は, 人たちって, 会長さん、, 若い職員、正直). */
const INSULT_TOPIC =
  /(?:人|人たち|人達|人ら|方々|(?<![仕地味両一夕])方|連中|女性|男性|女の人|男の人|女|男|若者|若い子|年寄り|高齢者|外国人|住民|職員|子ども|子供|子たち|長|者|員|さん|議員|先生|たち|達|衆|嫁|旦那|ママ|パパ)(?:って|は|も|が|ですが|だけど|ですけど|やけど|ばってん|、)[^。！？!?\n]{0,16}$/u
/** A quote named as a kind of writing after it (」といった, 」のような, 」など): a mention. */
const INSULT_MENTION_AFTER = /^[^」』\n]{0,16}[」』](?:と|って)?(?:いった|いう|のよう|みたい|など|なんて)/u
export function maskedInsult(t: string, doc: RuleInput['doc'], emit: Emit): void {
  INSULT_MASK.lastIndex = 0
  for (const m of matchAllOf(INSULT_MASK, t)) {
    const a = m.index
    const run = /^[^ぁ-んァ-ヶ]+/u.exec(m[0])![0]
    const b = a + run.length
    if (new Set([...run].map((ch) => SHAPE[ch] ?? ch)).size !== 1) continue
    // One mask cut into a word (ク〇なので) is another 伏せ字; a longer run's tail is not a run of its own.
    if (MASK.includes(t[a - 1] ?? '') || (run.length === 1 && isLetter(t[a - 1]))) continue
    const s = sentenceOf(t, a, b)
    const sentence = t.slice(s.start, s.end)
    if (!INSULT_TOPIC.test(t.slice(Math.max(s.start, a - 40), a))) continue
    if (/伏せ字|伏字|ふせ字|ふせじ/u.test(sentence) || INSULT_MENTION_AFTER.test(t.slice(b, b + 40)) || isExplained(t, a, b)) continue
    const { start, end } = doc.fromNorm(a, b)
    emit({ rule: 'masking/insult', start, end })
  }
  // Team R48A-110 kind: a rude word with one letter masked (ア●, バ〇) as the writer's own verdict on people (…返す方がいます。正直、ア●かと
  // 思います, あの人たちはバ〇ですね): not quoted (「」 around it is what others say), its predicate one of judging (かと思います, です,
  // だと思う), people named within the sentence or the one before it.
  for (let i = t.search(RUDE_MASK_NEAR); i >= 0 && i < t.length; ) {
    const a = i + 1
    const b = a + 1
    if (rudeMask(t, a, b) && !/[「『]/u.test(t[a - 2] ?? '') && RUDE_VERDICT_AFTER.test(t.slice(b, b + 12))) {
      const s = sentenceOf(t, a, b)
      const prev = sentenceOf(t, Math.max(0, s.start - 2), Math.max(0, s.start - 1))
      if (RUDE_TARGET.test(t.slice(Math.min(prev.start, s.start), a - 1))) {
        const { start, end } = doc.fromNorm(a - 1, b)
        emit({ rule: 'masking/insult', start, end })
      }
    }
    const next = t.slice(b).search(RUDE_MASK_NEAR)
    i = next < 0 ? -1 : b + next
  }
}
/** A head letter of a rude word and one mask after it (ア●, バ〇, ク×). */
const RUDE_MASK_NEAR = /[クくバばアボカブデハキウ死ホ][○〇◯●×✕✖*■□▲△◆◇〓]/u
/** Team R48A-110 kind: the writer's verdict closing on the masked word (かと思います, です, だと思う, としか). */
const RUDE_VERDICT_AFTER = /^(?:か(?:と|な)(?:思|おも)|(?:だ|や)(?:と|って)(?:思|おも)|なんじゃ|じゃないか|としか|です(?:ね|よ|わ)?[。！!]|でしょう|だろ|やろ|だよ|だね|すぎ|過ぎ)/u
/** People the verdict is on, before it in its sentence or the one before. */
const RUDE_TARGET = /方|人|利用者|お客|客|連中|住民|市民|者|やつ|奴|たち|達/u
