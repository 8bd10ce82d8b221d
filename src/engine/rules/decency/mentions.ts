/**
 * decency — mention or use: whether words a reading found are quoted as an example, named and denied right after (…なんてことは
 * ありません), condemned in the next sentence, relayed, or sided with (condoned, aimed, jokedQuote). Catches nothing by itself; what
 * stays clean here is awareness: a prejudice quoted to refute it, a saying listed as an example of harm, a correction.
 *
 * Guideline clause 4(2): 公序良俗に反する表現、差別的な表現を用いない (rule ids decency/*, metadata in meta.ts). Code moved from the
 * former decency.ts unchanged; the check order lives in index.ts (`run`, `post`).
 */
import type { Span } from '../../text'
import { isMentionAt, quoteAround, phrase } from '../../words'
import { PRESUMED_DENIED, SLUR_TALK, LAUGH_MARK, NAMES_PREJUDICE, EXPOSURE_WRONG, LINEAGE_NAMED } from './context'

/**
 * Left-dec (shared denial veto, every phrase reading through `out`): a prejudice named and denied by the words right after it
 * is awareness, not a claim (高齢者は役に立たないなんてことはありません, …なんてことはない, …なんてことはなかです, …わけではありません,
 * …というのは誤解です; …と思われがちですが、そんなことはありません is PRESUMED_DENIED). The denial must close the thought: one
 * turned (…わけではないが、正直お荷物だ), quoted as another's (…なんてことはないと言う人もいるが) or laughed off (…なんて、当たり前) is not.
 * Round 106's USELESS_OK and round 24's veto read only their own phrase; the group readings (年寄り + 役に立た) had none.
 */
const DENIAL_END = '(?:決して|けっして|絶対に|全く|まったく|別に)?(?:ありません|ございません|ありえません|あり得ません|ないです|ない|ねえ|なかです|なか|あらへん|ありまっせん)(?:よ|ね|よね|わ)?(?=[。．.！!\\n]|$|(?:ので|から)[、,]?)'
const SAID_DENIED = phrase(
  `^[^。！？!?\\n]{0,12}?(?:(?:なんて|なんか|など)(?:こと|の)?(?:は|も)?[、,]?${DENIAL_END}|(?:という|って)?(?:わけ|訳)(?:では|じゃ|じや)${DENIAL_END}|(?:という|って)(?:のは|ことは|考え(?:方)?は|見方は|話は|イメージは)[、,]?(?:大きな|よくある|ただの|全くの|まったくの)?(?:誤解|間違い|誤り|偏見|思い込み|決めつけ|事実ではありません|根拠(?:が|の)?ない))`,
  'u',
)
/**
 * Review rvdec59: a stereotype quoted in order to refute it is a mention, for every reading of the family (今どきの若者は根性がないと言われ
 * ますが、実際は地域の行事を支えているのは20代の皆さんです): the common view named by …と思われがちですが, or by …と言われますが / …という声も
 * ありますが with the answer turned at once (実際は, 実は, 本当は, ところが, 柳川では; not 柳川の若者は違うと信じています, ours exempted from it); or the words named as what hurts the ones they are
 * said to (…なのにえらいね、という言葉に傷つく方もいます). Not when the rest of the sentence agrees (その通り, やはり, 確かに, さすが) or turns the denial round (そんなことはないって言う人は…).
 */
const AGREED_D59 = '(?![^。！？!?\\n]*?(?:その通り|そのとおり|実際そう|実際に(?:そう|多)|やはり|やっぱり|確かに|たしかに|残念ながら|あながち|さすが|案の定|(?:って|と|という)(?:言う|いう)(?:人|方|やつ)))'
const REFUTED = phrase(
  `^[^。！？!?\\n]{0,6}?[、,]?(?:(?:と|って)(?:よく|昔から|一般に|一般的に|世間では|しばしば|今も|まだ)?(?:思われ|おもわれ|言われ|いわれ|見られ|みられ|考えられ|誤解され)がち(?:です|だ|でした|だった)?(?:が|けど|けれど(?:も)?)[、,]${AGREED_D59}|(?:と|って|という|との)(?:よく|昔から|一般に|一般的に|世間では|しばしば|今も|まだ)?(?:(?:思われ|おもわれ|言われ|いわれ|見られ|みられ|考えられ|誤解され)(?:る|ている|ています|ていました|ることが(?:多い|多いです|あります)|ることもあります|てきました|ます|ました)|(?:(?:ご)?(?:心配|不安|懸念|危惧)(?:の|する|される)?)?(?:声|意見|見方|イメージ|話|うわさ|噂)(?:も|が)(?:あります|ありました|聞かれます|よく聞かれます|寄せられています|寄せられました|上がっています|出ています)|(?:ご)?(?:心配|不安|懸念)(?:も|が)(?:あります|ありました|聞かれます))(?:が|けど|けれど(?:も)?)[、,]?${AGREED_D59}[^。！？!?\\n]{0,16}?(?:(?:データ|統計|数字|調査|記録|実績)(?:で|上|では|から|を見ても|によると|の上でも)?[^。！？!?\\n]{0,10}?(?:裏付けられて|裏づけられて|確認されて|示されて|認められて)(?:いません|おりません|いない)|(?:根拠|裏付け|裏づけ|証拠|そのような(?:事実|データ|傾向))(?:は|が)?(?:ない|なく|ありません|ございません|見当たりません|確認されて(?:いません|おりません))|事実(?:では|と)(?:ありません|異な)|実際(?:に)?は|実は|じつは|本当は|ほんとうは|現実(?:に)?は|ところが|むしろ|決して|けっして|全く|まったく|そんなこと|誤解|偏見|思い込み|決めつけ|違います|ちがいます|(?:柳川|本市|当市|市内|この地域|この地区|地元)(?:で|の[^。！？!?\\n]{0,12}?)?は(?![^。！？!?\\n]{0,12}?(?:違う|ちがう|違い|違いま|例外|別))))|^[^。！？!?\\n]{0,20}?[、,]?(?:(?:という|といった|との)(?:考え(?:方)?|見方|イメージ|固定観念|思い込み|役割分担|価値観)(?:は|も|に|を|から)[、,]?[^。！？!?\\n]{0,10}?(?:見直され|見直し|変わりつつ|過去のもの|時代遅れ|古い|改め|なくし|なくそう|捨て|とらわれ|捉われ|縛られ|しばられ|押し付け|押しつけ)|(?:という|といった|との|って)(?:言葉|ひと言|一言|声かけ|発言|言い方|決めつけ|偏見|目)(?:に|で|が|は|を)[^。！？!?\\n]{0,16}?(?:傷つ|傷付|きずつ|嫌な思い|いやな思い|つら|辛い|悲し|苦し|悩ん|悩む|悩ま|差別|偏見))`,
  'u',
)
/** Whether the words ending at `b` (folded view) are named and denied right after (SAID_DENIED, PRESUMED_DENIED, REFUTED). */
export function saidDenied(fo: string, b: number): boolean {
  return SAID_DENIED.test(fo.slice(b, b + 48)) || PRESUMED_DENIED.test(fo.slice(b, Math.min(fo.length, b + 90))) || REFUTED.test(fo.slice(b, Math.min(fo.length, b + 90)))
}
/** After a bracketed example: what the rest speaks of is the example as writing (「…」といった書き込み/投稿/言葉). */
/** Blind R227W-043 kind (dec2): other quoted examples may come first in a list (「自業自得だ」「よそ者は出ていけ」のような書き込み). */
const EXAMPLE_NOUN = /^[」』](?:[、,・と]?[「『][^「」『』\n]{1,30}[」』]){0,4}(?:といった|などの|などと?いう|のような|という|等の)(?:書き込み|投稿|言葉|表現|発言|コメント|メッセージ|言い方|呼び方|悪口|暴言|内容|文章|記事)/u
/**
 * Left-dec: the words start inside a bracketed example that closes before the reading ends (「田中ミツエおばあちゃん（大和町鷹ノ尾302）」
 * といった書き込みはお控えください): the predicate after the quote is said of the writing, not of the group named inside it. The quote
 * itself is read by the shared isMentionAt (words.ts), which the reading's whole span, crossing the bracket, never reaches.
 */
export function quotedExample(sq: string, s: number, e: number): boolean {
  for (let i = s - 1; i >= Math.max(0, s - 60); i--) {
    const c = sq[i]!
    if (c === '」' || c === '』' || c === '\n') return false
    if (c === '「' || c === '『') {
      const close = sq.indexOf(c === '「' ? '」' : '』', s)
      if (close < 0 || close >= e || close - i > 80) return false
      return EXAMPLE_NOUN.test(sq.slice(close, close + 160)) && isMentionAt(sq, i + 1, close)
    }
  }
  return false
}
/**
 * Blind R227W-043 kind (dec2): a reading that starts outside a bracketed example and ends inside it (被災した方に向けた「自業自得だ」…のような
 * 書き込みは、人を深く傷つけます): its last words are the example's, quoted as writing to warn against, so the reading is a mention.
 */
export function quotedTail(sq: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', e - 1), sq.lastIndexOf('『', e - 1))
  if (open <= s) return false
  const c = sq[open] === '「' ? '」' : '』'
  const close = sq.indexOf(c, open + 1)
  if (close < 0 || close < e - 1 || close - open > 60 || sq.slice(open, close).includes('\n')) return false
  return EXAMPLE_NOUN.test(sq.slice(close, close + 160))
}

/**
 * Blind JJ-002 kind (dec10): the reading lies inside a bracketed saying, in a paragraph that is nothing but such sayings
 * (「車いすの方の入店はお断りしています」「付き添いの方がいないと受付できません」): examples of conduct, or the post's own words, as
 * the paragraphs around it say (`post`, pointedBackWrong). A family's run sees one paragraph, so the verdict waits.
 */
const QUOTES_PARAGRAPH = /^[\s　]*(?:[「『][^「」『』\n]{1,60}[」』][、,・と。．\s　]*){1,8}$/u
export function quotesOnlyParagraph(sq: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', s), sq.lastIndexOf('『', s))
  if (open < 0 || /[」』\n]/u.test(sq.slice(open + 1, s))) return false
  const close = sq.slice(e).search(/[」』\n]/u)
  if (close < 0 || !/[」』]/u.test(sq[e + close]!)) return false
  return QUOTES_PARAGRAPH.test(sq)
}
/**
 * Blind KV-014 kind (FDE): the reading lies inside a bracketed saying on a line of nothing but sayings (「彼氏いるの？」「女の子なんだから、
 * お茶くらい入れて」), and the next line names them the wrong (…相手が不快に感じればセクシュアルハラスメントになることがあります): examples.
 */
export function sayingsLineNamedWrong(sq: string, fo: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', s), sq.lastIndexOf('『', s))
  if (open < 0 || /[」』\n]/u.test(sq.slice(open + 1, s))) return false
  const from = sq.lastIndexOf('\n', s) + 1
  const to = sq.indexOf('\n', e)
  if (to < 0 || !QUOTES_PARAGRAPH.test(sq.slice(from, to))) return false
  const next = fo.slice(to + 1, to + 1 + 160).split('\n')[0]!
  return CAMPAIGN.test(next) && !CAMPAIGN_DENIED.test(next)
}
/**
 * …and the paragraph after opens a sentence that points back at them as conduct (このような対応, こうした扱い, これらの行為) and
 * names it wrong (禁止されています, 差別にあたります, 不当な差別的取扱い, 許されません), not denied (差別にはあたりません, 禁止されていません).
 */
const POINTED_BACK_WRONG = /^[\s　]{0,6}[^。！？!?\n]{0,30}?(?:こうした|このような|こういった|こういう|そうした|そのような|そういった|これらの|こんな)[^。！？!?\n]{0,8}?(?:対応|応対|扱い|取扱い|取り扱い|行為|言動|言葉|発言|断り方|張り紙|貼り紙|掲示|案内|接客|態度)[^。！？!?\n]{0,40}?(?:禁止|差別|不当|許され(?:ない|ません)|してはいけ|してはなら|あってはなら|違反|人権(?:の)?侵害)([^。！？!?\n]{0,16})/u
const WRONG_DENIED = /^[^。！？!?\n]{0,8}?(?:ではありません|ではない|じゃない|にはあたりません|には当たりません|にはあたらない|には当たらない|されていません|されていない|とは言えません|とはいえません)/u
export function pointedBackWrong(next: string): boolean {
  const m = POINTED_BACK_WRONG.exec(next)
  return m !== null && !WRONG_DENIED.test(m[1]!)
}
/** …or the paragraph before ends by introducing them as conduct named wrong (次のような対応は、差別にあたります。). */
const INTRODUCED_WRONG = /(?:次のような|以下のような|たとえば|例えば|このような|こうした)[^。！？!?\n]{0,12}?(?:対応|応対|扱い|取扱い|取り扱い|行為|言動|断り方|張り紙|貼り紙|掲示|接客)[^。！？!?\n]{0,30}?(?:禁止|差別|不当|許され(?:ない|ません)|違反|人権(?:の)?侵害)([^。！？!?\n]{0,16})[。．:：]?[\s　]*$/u
/**
 * Blind KJ-041 kind (dec61): a paragraph of sayings only (「前例がないので対応できません」「車いすの方の入店はお断りしています」) in a post whose
 * heading or other paragraphs campaign against the wrong (【障がいを理由とする差別の解消に向けて】, 合理的配慮の提供が義務になりました, 多文化共生,
 * 男女共同参画): the sayings are the post's examples of what not to say or do. Not when the post denies that it is discrimination.
 */
/** Blind KV-014 kind (FDE): harassment named as the wrong (…セクシュアルハラスメントになることがあります, パワハラにあたります). */
const HARASS = '(?:(?:セクシュアル|セクシャル|パワー|モラル|ジェンダー)(?:・)?ハラスメント|ハラスメント|セクハラ|パワハラ|モラハラ)'
export const CAMPAIGN = phrase(`(?<!被)差別(?:の解消|を解消|をなく|のない|を許さ|は許され|解消|をしない|はしない|につなが|にあた|に当た|的(?:な)?(?:取り?扱い|対応|言動))|偏見(?:を|の)(?:なく|解消)|合理的(?:な)?配慮|人権(?:啓発|週間|月間|尊重|を守|を大切)|男女共同参画|多文化共生|共生社会|ヘイトスピーチ|${HARASS}(?:に(?:なる|なり(?!ませ)|あた|当た)|の(?:防止|ない)|を(?:なく|防)|です)`, 'u')
export const CAMPAIGN_DENIED = phrase(`差別(?:では|じゃ)(?:ない|なく|ありません|ございません)|差別(?:には|に)(?:当た|あた)ら|${HARASS}(?:では|じゃ)(?:ない|なく|ありません)|${HARASS}(?:には|に)(?:当た|あた|なら|なりませ)|差別の(?:つもり|意図)は|区別です|やむを得ない|仕方(?:が)?ない|仕方ありません`, 'u')
export function introducedWrong(prev: string): boolean {
  const m = INTRODUCED_WRONG.exec(prev)
  return m !== null && !WRONG_DENIED.test(m[1]!)
}
/**
 * Team R22A-041 / DCI-054 kind (dec13): a quoted prejudice acted on — the quote closed, called a voice or an opinion, taken into account,
 * and a measure of control following (…」という声にも配慮し、…募集要件を見直しました, …」という声もいただいており、…身元確認を強化して
 * まいります). Not a need met with help (多言語, 通訳, 交流, 支援), not the view answered (データ, 偏見, 誤解).
 */
export const ACTED = '[」”』](?:という|との|といった|などの|って)(?:ご|お)?(?:声|意見|要望|苦情|指摘|不安)[^。！？!?\\n]{0,20}?(?:配慮|踏まえ|受け|いただいており|いただいたため|寄せられており|寄せられたため|があった|が多い|も多い|もあり)[^。！？!?\\n]{0,40}?(?:見直|強化|中止|制限|厳しく|厳格|要件|身元|監視|防犯カメラ|見回り|パトロール|お断り|取りやめ|取り止め|別(?:室|日|会場|の会場)|減ら|控え)'
const ACTED_AT = phrase(`^[^「」“”『』。！？!?\\n]{0,30}?${ACTED}`, 'u')
export const ACTED_VETO = phrase('(?<!被)差別|偏見|誤解|人権|根拠|データ|事実(?:では|で)?(?:は)?(?:な|ありません)|ではありません|思い込み|啓発|多言語|通訳|やさしい日本語|交流|支援|相談窓口|バリアフリー', 'u')
/** Whether `fo[i]` is a bare 女 or 男 (not 女性, 男子, 女の子 …) ending a kanji word (長女, 次男, 彼女, 少女). */
export function inWordSex(fo: string, i: number): boolean {
  const c = fo[i]
  if (c !== '女' && c !== '男') return false
  if (i === 0 || !/\p{Script=Han}/u.test(fo[i - 1]!)) return false
  return !/^(?:性|子|児|衆|の子|の人|の方)/u.test(fo.slice(i + 1, i + 3))
}
/**
 * Round 60 (GW-081): an inquiry into origins told as a practice still seen (結婚や就職の際に出身地を調べる身元調査が今も見られる),
 * then pointed back at and condemned in the next sentence (こうした行為は差別を助長するものであり、決して許されない, このような
 * 問い合わせは差別につながります): an awareness post naming the act to condemn it; not when the next sentence turns (こうした調査を
 * 差別だと言う人もいますが、親なら当然) or only points back (こうした下調べは親として当然).
 */
const CONDEMNED_NEXT60 = phrase('^[。．.!！\\s]{0,3}(?:こうした|このような|こういった|こういう|これらの|これら|そうした|そのような|そういった|それらの|それら|いずれも)[^。！？!?\\n]{0,16}?(?:は|も)[、,]?[^。！？!?\\n]{0,30}?(?:差別(?:を助長|につなが|にあた|に当た|そのもの|行為|です|であ)|人権(?:の)?侵害|許され(?:ない|ません|るもの(?:では|じゃ)な)|許さない|あってはな|してはな|してはいけ|違法|法律で禁|禁止され)', 'u')
const TURNED = phrase('と(?:言|い|思|お)|という|けど|けれど|ですが|だが|ものの|しかし|でも、', 'u')
export function condemnedInNextSentence(fo: string, s: Span): boolean {
  const next = fo.slice(s.end, s.end + 90)
  const m = CONDEMNED_NEXT60.exec(next)
  if (!m) return false
  const stop = next.slice(m[0].length).search(/[。！？!?\n]/u)
  const sentence = next.slice(0, m[0].length + (stop < 0 ? next.length : stop))
  return !TURNED.test(sentence)
}
/** The account siding with what it reports (…という大家さんの気持ちもよく分かります, …という声ももっともです). */
export const ENDORSED = phrase('(?:気持ち|心情|お気持ち|考え|言い分|思い|ご意見|意見|声)(?:も|は)?[、,]?(?:まあ|まぁ|よく|十分|痛いほど|とても|すごく|なんとなく|正直)?[、,]?(?:よく|十分|正直)?(?:わか|分か|理解でき|共感(?:でき|し)|察し)|(?:無理|むり)(?:は|も)(?:ない|なか|ありません|ございません)|(?:ごもっとも|もっとも(?:です|だ|や))|同感|(?:仕方|しかた)(?:が|の)?(?:ない|なか|ありません)|しょうがな|しょんなか|(?:そりゃ|そりゃあ|それは|まあ|まぁ)[、,]?そう(?:です|だ|や|でしょう)(?:よね|よな|ね|な|わ|ろ)?|当然(?:です|だ|や)(?:よね|よな)', 'u')
/** A quoted slur aimed at the readers (「老害」と言われる前に, 「ボケ老人」扱いされないよう): used on them, not shown as an example. */
const AIMED = phrase(`^[^「」“”。！？!?\\n]{0,12}?[」”』][、,]?(?:(?:と|って)(?:言われ|いわれ|呼ばれ|よばれ|思われ|陰口(?:を)?(?:叩|たた)かれ|笑われ|揶揄され|ののしられ|罵られ|後ろ指(?:を)?さされ)|(?:に|扱い(?:を)?)(?:され|なら|なり|なっ))(?:る前に|ないうちに|んうちに|ないよう|んよう|ないため|たくなければ|たくない(?:なら|方|人)|ちゃう前に|てしまう前に|ないで済むよう)`, 'u')
/**
 * A stereotype in scare quotes laughed at (ある新成人男性が「男のくせに振袖」を着てきて…時代ですね〜笑, その“だらしないお腹”…😆):
 * the quote is the joke, not an example, unless the text names the prejudice.
 */
const QUOTE_LAUGH = phrase(`${LAUGH_MARK}|(?<=[ー~〜…！!？?])笑|[😆🤭😏]`, 'u')
/**
 * Team DCB-002 kind (dec13): a slur quoted as the joke its speakers laugh at (「最近つ○ぼになってきた」って笑ってるおじいちゃん), the quote
 * closing right after it and a laughing verb right after the quote: the account retells the joke, not an example. Not one laughed at
 * (笑われ), which AIMED and HURT_BY read.
 */
const LAUGHED_QUOTE = phrase('^[^「」“”。！？!?\\n]{0,12}?[」”』][、,]?(?:って|と|とか)[、,]?(?:笑|わら)(?:って|い(?:ながら|飛ば|とば)|う(?!の|こと))', 'u')
/**
 * Blind R421W-038 kind: a quoted slur the account's own people say, told as their habit (職員同士で「あの子…っぽいね」って言っちゃう,
 * 「…」ってつい呼んでしまう): the writer's side uses it, not an example named. The casual or rueful verb (言っちゃう, 言ってしまう,
 * 呼んじゃう) right after the quote; a slur talked about (傷つける言葉, やめましょう) stays a mention (the checks of jokedQuote).
 */
const SAID_OWN = phrase('^[^「」“”。！？!?\\n]{0,12}?[」”』][、,]?(?:って|と)[、,]?(?:つい|ついつい|思わず|よく|たまに|こっそり|陰で|かげで)?(?:言っちゃ|いっちゃ|言っちま|言ってしま|いってしま|呼んじゃ|よんじゃ|呼んでしま|よんでしま|言い合っちゃ|言い合ってしま)', 'u')
export function jokedQuote(fo: string, start: number, end: number): boolean {
  return (QUOTE_LAUGH.test(fo.slice(end, end + 60)) || LAUGHED_QUOTE.test(fo.slice(end, end + 40)) || SAID_OWN.test(fo.slice(end, end + 40))) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, start - 60), end + 60)) && !SLUR_TALK.test(fo.slice(Math.max(0, start - 30), end + 40))
}
export function aimed(fo: string, end: number): boolean {
  return AIMED.test(fo.slice(end, end + 60)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 60), end + 80))
}
/**
 * Round 80 (blind HL-093): the act of exposure told in one sentence and called a wrong in the next, which takes it up by a
 * demonstrative (…同和地区であると指摘する書き込みや…身元調査が今も見られる。こうした行為は…差別であり、決して許されない).
 */
const TAKEN_UP = phrase('^[\\s　]*(?:こうした|このような|こういった|そうした|そのような|こういう|これらの|これら|この)(?:行為|書き込み|投稿|差別|調査|こと|行い|言動)', 'u')
export function wrongTakenUp(fo: string, spans: readonly Span[], si: number): boolean {
  const n = spans[si + 1]
  if (!n) return false
  const t = fo.slice(n.start, n.end)
  return TAKEN_UP.test(t) && (EXPOSURE_WRONG.test(t) || /(?<!被)差別|傷つけ/u.test(t))
}

/**
 * A quoted slur the account then sides with (「…オカマみたいで嫌」という声も、まあ分かります, 〜って気持ちも正直わかる):
 * the quote is adopted, not shown as an example. Only when the quote closes within the sentence and 〜という… is followed by agreement.
 */
// Team R23A-144 kind (dec13): …or told as someone's words and then agreed with as a matter of course (船頭さんが「足の悪い人は乗せたくない」と
// 言っていましたが、そりゃそうですよね): ENDORSED reads そりゃそうですよね, 当然ですよね too.
const CONDONED = phrase(`^[^「」“”。！？!?\n]{0,30}?[」”』][、,]?(?:という|との|といった|って|っていう|と(?:言われ|いわれ)(?:ても|るのも|るのは|て(?:も)?)|(?:と|って)(?:言って|いって|話して|はなして|おっしゃって|言うて)(?:い|おられ|らし)?(?:ました|た)(?:が|けど|けれど|けれども)[、,]?)[^。！？!?\n]{0,12}?(?:${ENDORSED.source})`, 'u')
/** A post that speaks against the words it lists (思い込み, 傷つけ, 男女共同参画). */
const AGAINST_LISTED = /思い込み|決めつけ|偏見|差別|傷つけ|傷つき|ハラスメント|人権|男女共同参画|ジェンダー|つらかった言葉|言われてつらかった/u
/** A saying quoted on a bullet line of its own (・「女のくせに口を出すな」) in a post that speaks against such words: an example. */
export function listedQuote(sq: string, start: number, end: number): boolean {
  const a = sq.lastIndexOf('\n', start - 1) + 1
  if (!/^\s*[・･\-‐○●◯■□◆◇▶▷※*＊]\s*[「『]/u.test(sq.slice(a, start)) || !/[」』]/u.test(sq.slice(end, end + 60))) return false
  for (let i = start - 1; i >= a; i--) {
    if (sq[i] === '「' || sq[i] === '『') return AGAINST_LISTED.test(sq)
    if (sq[i] === '」' || sq[i] === '』') return false
  }
  return false
}
/**
 * Round 56: a quoted word put as a way of calling people (外国の人を「外人」と呼ぶ言い方に…感じる人もいます, 「…」と呼ぶのはやめましょう;
 * blind TU-087: 「外人」と呼ぶことも、言われた側には疎外感を与える)
 * in a text that calls the word hurtful or asks for another: an example of what not to say, a mention. Not when the text defends the
 * word (…と呼んで何が悪い, 気にしすぎ) or uses it fondly (親しみを込めて「外人さん」と呼んでいます).
 */
const CALLED = /^[^「」『』。！？!?\n]{0,6}?[」』”][、,]?(?:と|って)(?:呼ぶ|よぶ|呼ん|よん|呼び|言う|いう|言っ|いっ)/u
const CALLED_WRONG = phrase('疎外感|言われた(?:側|人|方)(?:は|に|の|が)|感じる(?:人|方)|感じられる(?:人|方)|傷つ|傷付|不快|嫌な思い|いやな思い|よそ者扱い|言い換え|言いかえ|置き換え|心がけ|心掛け|見直|やめ(?:ましょう|よう|て|ます|ませんか)|控え|避け(?:ましょう|て|ます)|使わない|使いません|使わず|使うのは(?:やめ|控え)|(?:など|という)の?(?:言い方|呼び方)を|(?<!被)差別|偏見|人権|思い込み|ふさわしくな|適切ではな|不適切', 'u')
const CALLED_DEFIED = phrase('何が悪|とか言われ|だの言われ|とか言う(?:けど|が|人)|どこが悪|気にしすぎ|気にし過ぎ|大げさ|おおげさ|大袈裟|いちいち|過敏|神経質|言葉狩り|親しみ|愛称|呼んでいます|呼んどる|呼びよる', 'u')
export function calledWrong(sq: string, fo: string, start: number, end: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', start - 1), sq.lastIndexOf('『', start - 1))
  if (open < 0 || start - open > 6 || /[」』]/u.test(sq.slice(open, start))) return false
  if (!CALLED.test(sq.slice(end, end + 12))) return false
  const around = fo.slice(Math.max(0, open - 30), end + 100)
  return CALLED_WRONG.test(around) && !CALLED_DEFIED.test(around)
}
/**
 * Round 80 (blind HL-094): a quoted word put as the one not to use, another quoted word asked for in its place (「外人」ではなく「外国人」
 * 「外国出身の方」と呼びましょう, 「外人さん」ではなく「外国の方」と呼ぶようにしています): an example of what not to say, a mention. An
 * unquoted use elsewhere in the text is still read on its own; not when the text defends the word.
 */
const INSTEAD_OF = /^[^「」『』。！？!?\n]{0,6}?[」』”](?:(?:では|じゃ)なく(?:て)?|より(?:も)?|の(?:代わり|かわり)に)[、,]?[^。！？!?\n「『“]{0,4}?[「『“][^」』”\n]{1,16}[」』”][^。！？!?\n]{0,24}?(?:と|って)(?:呼|よ[びぶん]|言い|いい|言う|いう|言っ|書|表現|言いかえ|言い換え)/u
export function insteadOfSaid(sq: string, fo: string, start: number, end: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', start - 1), sq.lastIndexOf('『', start - 1))
  if (open < 0 || start - open > 6 || /[」』]/u.test(sq.slice(open, start))) return false
  return INSTEAD_OF.test(sq.slice(end, end + 80)) && !CALLED_DEFIED.test(fo.slice(Math.max(0, open - 30), end + 100))
}
/**
 * Blind R237M-029 kind (dec4): a quoted prejudice the post hangs on a place as its name or repute (「あそこの家とは縁組みするな」と言われた
 * 土地, …と呼ばれてきた集落): it points at the place, a use, unless prejudice is named around it.
 */
const PLACE_TAGGED = /^[」』"”]?(?:と|つて)(?:昔から|昔は|よく)?(?:言われ|いわれ|呼ばれ|よばれ|噂され|うわさされ)[^。！？!?\n]{0,6}?(?:土地|集落|地区|一角|地域|場所|在所|界隈|(?<![一-龥])村(?![一-龥]))/u
/**
 * Blind R268D-001 kind (dec12): a prejudice in a resident's or a guide's words, passed on as hearsay and left there (地元の方いわく「…あっちの
 * 地区とは違う」とのこと; 「…」と話してくださいました): relayed without comment, it is the post's own, a use. Not when prejudice is named
 * around it (こうした言葉が差別を…).
 */
const RELAYED_D12 = /^[^「」“”『』。！？!?\n]{0,30}?[」』”](?:とのこと|とのお話|だそう|なんだそう|なのだそう|と(?:教え|話し|はなし|語つ|言つ|いつ|おつしやつ)て(?:くれ|くださ|下さ|いただ|頂|おられ)[^。！？!?\n]{0,4}?(?:ました|た|ます))/u
export function condoned(fo: string, end: number): boolean {
  if (RELAYED_D12.test(fo.slice(end, end + 60)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 150), end + 150)) && !LINEAGE_NAMED.test(fo.slice(Math.max(0, end - 150), end + 150))) return true
  if (PLACE_TAGGED.test(fo.slice(end, end + 24)) && !NAMES_PREJUDICE.test(fo.slice(Math.max(0, end - 100), end + 100))) return true
  if (ACTED_AT.test(fo.slice(end, end + 110)) && !ACTED_VETO.test(fo.slice(Math.max(0, end - 40), end + 110))) return true
  return ((CONDONED.test(fo.slice(end, end + 80)) || EXCEPTION.test(fo.slice(end, end + 100))) && !NAMES_PREJUDICE.test(fo.slice(end, end + 100))) || readersReassured(fo, end)
}
const HELP70 = phrase('福祉|相談員|相談窓口|(?:ご)?相談(?:に|を)|(?<!特別)支援|声かけ|声掛け|声をかけ|見守|寄り添|自立|生活再建|住まい|住居の確保|居場所|保護(?:の)?(?:申請|相談)|シェルター|炊き出し|アウトリーチ|巡回相談', 'u')
const HELP_VETO = phrase('退去|撤去|排除|追い出|締め出|立ち退|出て(?:行|い)っ|移って(?:いただ|もら)|移動を(?:お願い|求め|促)|別の場所|よそ|禁止|お断り|通報|警察|パトロール|見張|監視|気持ち|ごもっとも|無理(?:は|も)な|仕方', 'u')
export function helpAnswers(fo: string, spans: readonly Span[], si: number, b: number): boolean {
  const s = spans[si]!
  const rest = fo.slice(b, s.end)
  const turn = /(?:が|けれど|けれども|けど|ものの)[、,]/u.exec(rest)
  const next = spans[si + 1]
  const nextText = next && !fo.slice(s.end, next.start).includes('\n') ? fo.slice(next.start, next.end) : ''
  const answer = turn ? rest.slice(turn.index) : nextText
  if (!answer || HELP_VETO.test(rest) || HELP_VETO.test(answer)) return false
  return HELP70.test(answer)
}
/** Round 72: a group's fault quoted as common talk (「…」ってよく言われるけど) and one of the group praised as the exception (いい意味で裏切られ, 意外と, 見直し). */
export const EXCEPTION = phrase('^[^「」“”。！？!?\\n]{0,30}?[」”』]?[、,]?(?:って|と|っていう|という)[、,]?(?:よく|よう|昔から|一般に|一般的に|世間では|世間で|ネットでは|よそでは|しばしば|みんな)?[、,]?(?:言われ|いわれ|言う|いう|聞く|聞き|聞いて|きく|思われ(?!がち)|思って|おもって|イメージ|印象)[^。！？!?\\n]{0,10}?(?:けど|けれど|けども|が[、,]|ものの|でしたが|たが)[^。！？!?\\n]{0,50}?(?:(?:いい|良い|よい)意味で(?:期待を|予想を)?裏切|意外(?:と|にも|に)|思ったより|思っていたより|予想(?:に反して|外に|以上に)|例外|見直し)', 'u')
/**
 * Round 98 (HU-103): sayings quoted as a sentence of their own (「男のくせに泣くな」「女の子なんだから、おとなしくしなさい」。) and named as
 * harmful by the next sentence (何気ない一言が、子どもの可能性をせばめていることがあります, そんな言葉が…傷つけ): an awareness post, the
 * sayings a mention however long they are. Not when the next sentence takes them up as the writer's own (そう言い聞かせています).
 */
const HARMFUL = /可能性を(?:せばめ|狭め|奪|うば|つぶ|潰)|傷つけ|傷つき|思い込み|決めつけ|押しつけ|押し付け|固定観念|縛(?:ら|り|っ)|しばっ|偏見|(?<!被)差別|生きづら|言葉の暴力|ハラスメント|はらすめんと/u
/**
 * Blind KJ-012 / KJ-058 kinds (dec61): the sentence after the sayings asks the readers whether they say them without thinking (なにげなく言って
 * しまうこと、ありませんか？, つい口にしていませんか), or points back at them and asks how one would feel on meeting them (こんな貼り紙を見たら、
 * どんな気持ちになるでしょう): an awareness post, the sayings its examples.
 */
const ASKED_OWN = /(?:言|い|口にし|使|つか|かけ|掛け)(?:って|て|っちゃって|ちゃって)(?:しま(?:う|った|って(?:いる|る|い)?)|いる|る|い)?(?:こと|時|とき)(?:は|って|が|も)?[、,]?(?:ありませんか|ないですか|ありませんでしたか|ないでしょうか|ありますよね|ない[？?])|(?:言|口にし|使)(?:って|て)(?:い|しまって(?:い)?)?(?:ませんか|ないですか|ないでしょうか)/u
const FEEL_ASKED = /(?:こんな|このような|こういう|こういった|そんな|こうした|あんな)[^。！？!?\n]{0,8}?(?:貼り紙|張り紙|はり紙|言葉|ことば|一言|ひと言|ひとこと|対応|掲示|看板|扱い|態度|断り方|表示|言い方|接客)[^。！？!?\n]{0,24}?(?:どんな気持ち|どう感じ|どう思い|どう思う|どんな思い|悲し|かなし|さみし|寂し|淋し|つら|辛|傷つ|傷付|胸が痛|嫌な気持ち|いやな気持ち)/u
const QUOTES_ONLY = /^(?:[「『][^「」『』\n]{1,40}[」』][、,・\s]*)*$/u
const QUOTES_CLOSE = /^[^「」『』\n]{0,40}?[」』](?:[、,・\s]*[「『][^「」『』\n]{1,40}[」』])*[、,・]?(?:[-‐－―—ー~〜…‥]{1,4}[。．.！!]?|[。．.！!]|(?=\n))\s*/u
export function quotedSaying(sq: string, s: number, e: number): boolean {
  const before = sq.slice(Math.max(0, s - 8), s)
  const o = Math.max(before.lastIndexOf('「'), before.lastIndexOf('『'))
  if (o < 0 || /[」』\n]/u.test(before.slice(o))) return false
  const open = s - before.length + o
  let from = open
  while (from > 0 && !/[。．！!？?\n]/u.test(sq[from - 1]!)) from--
  if (!QUOTES_ONLY.test(sq.slice(from, open))) return false
  const m = QUOTES_CLOSE.exec(sq.slice(e))
  if (!m) return false
  const after = sq.slice(e + m[0].length)
  const stop = after.search(/[。！？!?\n]/u)
  const next = after.slice(0, stop < 0 ? 80 : Math.min(stop, 80))
  return (HARMFUL.test(next) || ASKED_OWN.test(next) || FEEL_ASKED.test(next)) && !/その(?:通|とお)り|同感|言い聞かせ/u.test(next)
}
/**
 * Blind LC-044 kind: a refusal or a saying a resident met, quoted and reported as what they were told (アパートの入居を「外国の方は
 * お断り」と一律に断られた、という相談が寄せられています; 「…」と言われたというご相談): the discrimination someone suffered, relayed, a mention.
 */
const REFUSAL_SUFFERED = /^(?:と|って)[^。！？!?\n「」『』]{0,8}?(?:断られ|ことわられ|拒まれ|拒否され|拒絶され|言われ|いわれ|告げられ|門前払いされ|追い返され)[^。！？!?\n「」『』]{0,12}?(?:という|との|といった|って)(?:ご|お)?(?:相談|声|訴え|被害|報告|事例|ケース)/u
export function refusalSufferedReported(sq: string, s: number, e: number): boolean {
  const q = quoteAround(sq, s, e)
  return q !== null && q.close - e <= 40 && REFUSAL_SUFFERED.test(sq.slice(q.close + 1, q.close + 60))
}
/** Round 96 (HT-121): an example of discrimination named as such in the next sentence, also by これは / それは and 差別的取扱い. */
const CONDEMNED_NEXT96 = phrase('^[。．.!！\\s]{0,3}(?:これ|それ|こうした|このような|こういった|そうした|そのような|そういった)[^。！？!?\\n]{0,16}?(?:は|も)[、,]?[^。！？!?\\n]{0,30}?(?:(?:不当な)?差別(?:的(?:な)?(?:取(?:り)?扱い|扱い|言動|行為|対応))?(?:を助長|につなが|にあた|に当た|そのもの|行為|です|であ|として|になり|となり)|人権(?:の)?侵害|許され(?:ない|ません)|あってはな|してはな|してはいけ|違法|法律で禁|禁止され)', 'u')
export function condemnedOrCalledWrongNext(fo: string, s: Span): boolean {
  if (condemnedInNextSentence(fo, s)) return true
  const next = fo.slice(s.end, s.end + 90)
  const m = CONDEMNED_NEXT96.exec(next)
  if (!m) return false
  const stop = next.slice(m[0].length).search(/[。！？!?\n]/u)
  return !TURNED.test(next.slice(0, m[0].length + (stop < 0 ? next.length : stop)))
}
/**
 * Round 103 (R103A-133): a quoted complaint answered with reassurance or agreement in the same or the next sentence (「オ〇マみたいな人が
 * …気持ち悪い」という声もありましたが、ご安心ください。監視員がしっかり巡回しています; …というご意見、ごもっともです; …との苦情を受け、
 * 職員が注意します): the account sides with the complainer, so the quoted words are its own, not a mention. Not when the answer names
 * the prejudice or welcomes everyone (差別, 偏見, どなたでも, 事実はありません).
 */
const REASSURED = phrase(`^[^「」“”。！？!?\\n]{0,40}?[」”』][、,]?(?:という|との|といった|って|っていう)(?:ご|お)?(?:声|意見|苦情|要望|指摘|投書|お問い合わせ|問い合わせ)[^。！？!?\\n]{0,24}?(?:[。！!]\\s?)?[^。！？!?\\n]{0,12}?(?:ご安心(?:ください|下さい|を|いただ)|安心して(?:ください|下さい|いただ)|ごもっとも|もっとも(?:です|だ)|お任せください|(?:しっかり|きちんと|厳しく|厳重に|速やかに|すぐに)?(?:対応|注意|指導|警戒|監視|巡回|見回り|パトロール)(?:を)?(?:し|いたし|致し|強化し)(?:ます|て(?:まいり|参り|おり|います|いきます)))`, 'u')
const REASSURED_OK = phrase('(?<!被)差別|偏見|人権|誤解|どなたでも|誰もが|だれもが|多様|事実は(?:ありません|ございません)|ではありません|根拠|相談窓口|被害|傷つ|傷付|つらい|辛い|悩', 'u')
export function readersReassured(fo: string, end: number): boolean {
  return REASSURED.test(fo.slice(end, end + 120)) && !REASSURED_OK.test(fo.slice(end, end + 160))
}
/**
 * Blind R281B-032 kind (dec15): a slur inside a resident's saying that the post relays as a consultation or a complaint
 * (「隣の家から毎晩きちがいじみた大音量が聞こえてくる」というご相談が続いています): the word is part of the saying, not named as a
 * word, so the city repeats it (a use). Only when the saying goes on around the word (text on both sides inside the bracket), the
 * word is not cited as a word (と言われ, って, など, 呼ばわり), the bracket closes with という/との + 相談, 苦情, 声, 問い合わせ, 通報…,
 * and the post does not speak of the wording as discriminatory (差別, 不適切な言葉, 人権): an awareness post stays a mention.
 */
const RELAYED_AS = /^[」』](?:という|との|といった|って)(?:ご|お)?(?:相談|苦情|声|問い合わせ|問合せ|通報|訴え|意見|要望|便り|連絡|電話|投書|メール)/u
const WORD_CITED = /^(?:と(?:言|い|呼|よ)|って|など|なんて|呼ばわり|という|は差別|は不適切)/u
const WORDING_NAMED = /差別|不適切な(?:言葉|表現)|不快な(?:言葉|表現)|人権|言葉(?:の暴力|づかい|遣い)/u
export function relayedSaying(sq: string, s: number, e: number): boolean {
  const before = sq.slice(Math.max(0, s - 40), s)
  const o = Math.max(before.lastIndexOf('「'), before.lastIndexOf('『'))
  if (o < 0 || /[」』\n]/u.test(before.slice(o + 1)) || before.length - o - 1 < 2) return false
  const after = sq.slice(e, e + 60)
  const c = after.search(/[」』\n]/u)
  if (c < 2 || after[c] === '\n') return false
  if (WORD_CITED.test(after)) return false
  return RELAYED_AS.test(after.slice(c)) && !WORDING_NAMED.test(sq)
}
