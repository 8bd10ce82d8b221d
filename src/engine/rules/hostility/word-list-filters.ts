/**
 * hostility — what the word lists leave out.
 *
 * Where a hit of the word lists (insults, violence, confrontational) or a phrase is not the writer's jab: a word inside a
 * work's title (『バカの壁』), ordinary prose around a confrontational word, an insult adjective spelt in hiragana that runs on, クズ
 * the plant (葛), バカ in a compound that praises (バカ売れ), スクラップ and ゴミ said of things, a label denied, 消えろ at a thing, quoted
 * set-asides, sayings named as examples, bullets of what an abuser says in an awareness post, a reported gap, a quoted line.
 *
 * Stays clean: (these are the readings that keep drafts clean; each is a filter, not a detector).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { isHiragana, quoteAround, sentenceOf } from '../../words'
import { ENDORSED52, QUOTE_LINE, sentenceText } from './context'

/**
 * Where a confrontational phrase is ordinary prose, not a jab at anyone (none of these when the paragraph answers a critic):
 * the reader's own worry reported (何回言ってもわからない、と悩む保護者のための講座); a quiz (この字、読めますか？難読地名クイズ);
 * advice on one's own conduct (自分のことを棚に上げて…叱っていませんか？, …には口を出さないで見守りましょう); a form's instruction
 * (郵便番号を調べてから書いてください); a reminder that brings good news (前にもお伝えしましたよね、あのお祭りが今年も帰ってきます！).
 */
/**
 * Round 63: an adjective of the insult list (ゲスい) spelt in hiragana inside a hiragana run ends where an adjective ends: after
 * its い comes an ending, a particle, a copula or a noun it describes (げすいね, げすいわー, げすいっすね, げすいやつ, げすいこと), never
 * kana that make a longer word with it (げすい|どう 下水道, げすい|かん 下水管, げすい|しょりじょう 下水処理場: a mascot's spaced hiragana).
 */
const KANA_ADJ_TAIL = /^(?:ね|よ|な|わ|ぞ|ぜ|さ|の|し(?![ょゅゃ])|か(?![んい])|けど|けれど|から|って|て|で(?:す|しょ)|だ|じゃ|や|っ|ん|と|ー|〜|こと|ひと|もん|もの|まね|くせ|おとこ|おんな|かお|ほう|のう|べ|ばい|けん|たい|が|も|ぽ)/u
export function kanaAdjectiveRunsOn(sq: string, s: number, e: number): boolean {
  if (!/^[ぁ-ゖ]{1,8}い$/u.test(sq.slice(s, e)) || !isHiragana(sq[e])) return false
  return !KANA_ADJ_TAIL.test(sq.slice(e, e + 4))
}
/**
 * Round 52: sayings in brackets, one after another, then named as examples of what is written or said (「二度と来るな」
 * 「マナーの悪い◯◯人は帰れ」といった書き込み, 「よそ者は帰れ」などの落書き, 「…」のような投稿): a mention, however long each
 * saying is; not when the writer takes them as their own (…という声もありますが、正直その通りだと思います).
 */
const NAMED_AFTER52 = /^[、,・\s]*(?:といった|などの?|のような|みたいな|等の|とかいう|という)[^。！？!?\n「」『』]{0,6}?(?:書き込み|書込み|言葉|ことば|表現|投稿|発言|コメント|メッセージ|暴言|悪口|声|張り紙|貼り紙|落書き|ヤジ|やじ|野次|誹謗中傷|ヘイト|言い方|ビラ|看板|言動|リプ|返信)/u
export function quotedExample(sq: string, s: number, e: number): boolean {
  const q = quoteAround(sq, s, e, 60)
  if (!q || q.close - e > 60 || sq.slice(e, q.close).includes('\n')) return false
  // Further sayings after it (「…」「…」, 「…」や「…」).
  let k = q.close + 1
  for (let n = 0; n < 6; n++) {
    const m = /^[、,・\s]*(?:や|と|とか)?[、,・\s]*/u.exec(sq.slice(k, k + 4))!
    const at = k + m[0].length
    const c = sq[at]
    if (c !== '「' && c !== '『') break
    const close = sq.indexOf(c === '「' ? '」' : '』', at + 1)
    if (close < 0 || close - at > 60 || sq.slice(at, close).includes('\n')) break
    k = close + 1
  }
  const nl = sq.indexOf('\n', k)
  if (!NAMED_AFTER52.test(sq.slice(k, k + 16))) {
    // Blind set HG (HG-017): a dash, then the sayings named and condemned in the same sentence.
    const rest = sq.slice(k, Math.min(sentenceOf(sq, k, k).end, k + 120))
    return DASH_NAMED.test(rest) && DASH_CONDEMNED.test(rest) && !ENDORSED52.test(rest) && !/本音|その通り|そのとおり|当然|もっとも/u.test(rest)
  }
  return !ENDORSED52.test(sq.slice(k, nl < 0 ? Math.min(sq.length, k + 80) : Math.min(nl, k + 80)))
}
/**
 * Blind set HB (HB-043): an awareness post on abuse lists, in bullets, what an abuser says or does, each item a plain-form act
 * (・お前は何もできない、とばかにし続ける ⏎ ・生活費を渡さない、スマホを勝手に見る): the words in an item are the abuser's, reported as
 * what they say (…、と + a verb) or named by the act (ばかにする), not said to anyone. A family's run sees one paragraph (the
 * introduction 次のような言動もDVにあたります may stand in the one before), so the list itself must show it: two or more bulleted
 * lines, every one ending in a plain verb with no full stop (言う, 続ける, 見る, 渡さない: items, not sentences), and the hit inside
 * the saying or the act. Not a list of sayings aimed at someone (・お前らみたいなばかは来るな, ・ばかは黙ってろ), not a memo's sentences
 * (・…そのような振る舞いをする親に、子育てを語る資格はないと申し上げておく。: team R9B-035).
 */
const BULLET = /^[ \t]*[・･\-‐－–—●○◯■□◆◇▪•＊*✓✔①-⑳]/u
const PLAIN_ACT_END = /(?:[うくすつぬむるぐぶ]|ない)(?:など|こと)?\s*$/u
export function listedAbuse(sq: string, s: number, e: number): boolean {
  const ls = sq.lastIndexOf('\n', s - 1) + 1
  const nl = sq.indexOf('\n', e)
  const line = sq.slice(ls, nl < 0 ? sq.length : nl)
  if (!BULLET.test(line) || !PLAIN_ACT_END.test(line)) return false
  const bullets = sq.split('\n').filter((l) => BULLET.test(l))
  if (bullets.length < 2 || !bullets.every((l) => PLAIN_ACT_END.test(l))) return false
  const after = sq.slice(e, nl < 0 ? sq.length : nl)
  // The writer's own word (…と申し上げておく, …と言っておく): said, not reported.
  if (/申し上げ|申します|述べ|言っておく|いっておく|言わせ|言いたい|断言/u.test(after)) return false
  // Reported as what they say (…、と言う, …とばかにする), or named by the act (ばかにし続ける, バカにする).
  return /^[^「」]{0,30}?[、,]?\s?(?:と|って)[^、。\n]{0,12}?(?:[うくすつぬむるぐぶ]|ない)(?:など|こと)?\s*$/u.test(after) || /^に(?:し|す|さ)/u.test(after)
}
const WORDS92 = '(?:ことば|言葉|コトバ|一言|ひとこと|フレーズ|セリフ|台詞|悪口|暴言|口ぐせ|口癖)'
const GATHERED92 = '(?:集め|あつめ|聞き取|聞い|きい|挙げ|紹介|寄せ|募|まとめ|調べ|拾|出し合|書き出|教えてもら|アンケート)'
const INTRO92 = new RegExp(`${WORDS92}[」』]?[^\\n]{0,24}?${GATHERED92}|${GATHERED92}[^\\n]{0,16}?${WORDS92}|(?:次の|つぎの|以下の|こんな|このような|こういう|例えば|たとえば)[^\\n]{0,10}?${WORDS92}`, 'u')
export function quotedLine(sq: string, s: number, e: number): boolean {
  const ls = sq.lastIndexOf('\n', s - 1) + 1
  if (ls === 0) return false
  const nl = sq.indexOf('\n', e)
  const le = nl < 0 ? sq.length : nl
  if (!QUOTE_LINE.test(sq.slice(ls, le))) return false
  const q = quoteAround(sq, s, e)
  if (!q || q.open < ls || q.close >= le) return false
  const prev = sq.slice(sq.lastIndexOf('\n', ls - 2) + 1, ls - 1)
  const nn = nl < 0 ? -1 : sq.indexOf('\n', nl + 1)
  const next = nl < 0 ? '' : sq.slice(nl + 1, nn < 0 ? sq.length : nn)
  return INTRO92.test(prev) && !ENDORSED52.test(prev) && !ENDORSED52.test(next)
}
/**
 * Round 70 (R70A-017): クズ the plant (葛), listed with other plants or said to grow (クズやセイタカアワダチソウが一気に伸びて, ヨモギ、クズ、
 * ススキ, クズに覆われた斜面): not the insult. クズ set beside people or told of someone stays one (クズやカスばかり, 地主はクズばかり).
 */
const PLANT = '(?:[ァ-ヶ]{1,10}(?:ソウ|グサ|クサ|ギク|ガラシ|ムグラ|ウリ|ヅル|ツル|ダケ|タケ|シダ|ススキ|ヨモギ|イチゴ)|ススキ|ヨモギ|ササ|タケ|ツタ|ハギ|ヤブ|ドクダミ|スギナ|チガヤ|ヨシ|アシ|フジ|竹|笹|蔦|萩|葦|藤|雑草|野草|草|雑木|篠竹|外来植物|植物)'
const KUZU_PLANT = new RegExp(`^(?:[やと、・,]\\s?${PLANT}|(?:など|なんか)?(?:の)?(?:つる|ツル|葉(?!っぱ)|根(?![性気回])|花(?!道)|群生|繁茂)|(?:が|は|も|に|で|の(?:つる|ツル)が)?[、\\s]?(?:一気に|どんどん|すぐに|すぐ|あっという間に|旺盛に|勢いよく|一面に|びっしり|大きく|高く|毎年|夏に(?:は)?)?[、\\s]?(?:伸びて|伸びる|伸びた|伸び放題|伸び始め|生い茂|茂っ|茂る|繁茂|生えて|生える|はびこ|蔓延|覆われ|覆って|覆い尽|絡み|からみ|巻き付|巻きつ|這い|開花|咲い|咲く))`, 'u')
const PLANT_BEFORE = new RegExp(`${PLANT}\\s?[やと、・,]\\s?$`, 'u')
/**
 * Blind KR-010 kind: クズ the vine told as one grows (夏の間に伸びたクズは、放っておくと柵まで覆ってしまう; 生い茂ったクズ, はびこるクズ):
 * a growing verb right before it, or the vine's own doing later in its sentence (クズは…覆って, クズが…絡みつき). Not a person called one
 * (あいつはクズで…, 伸びた鼻を折られたクズ: no growing verb next to it).
 */
const KUZU_GROWN_BEFORE = /(?:伸びた|伸びる|伸び放題の|伸びきった|伸び切った|茂った|茂る|生い茂った|生い茂る|はびこった|はびこる|繁茂した|繁茂する|絡みついた|巻きついた|巻き付いた|生えた|生える|生えている|群生する|野生の|つる性の|刈り取った|刈った|刈り取る)\s?$/u
const KUZU_VINE_AFTER = /^(?:は|が|も)[、\s]?[^。！？!?\n]{0,24}?(?:覆っ|覆い|覆う|覆わ|絡み|からみ|巻き付|巻きつ|這い|はびこ|生い茂|茂っ|茂る|根を張|つるを伸ば|ツルを伸ば)/u
/**
 * Blind R357E-019 kind: クズ glossed as the plant (クズ（葛）, 葛（クズ）, クズ（マメ科）) names the vine, there and in the same text's later
 * クズ as the subject or object of a clause (クズは成長が早く, クズを刈る); the vine's habit told of it (クズは成長が早く, 繁殖力が強い).
 * Not a text with no gloss (あいつはクズだ), nor クズ said to be someone (…はクズだ) after a gloss.
 */
const KUZU_GLOSS = /クズ\s?[（(](?:葛|くず|マメ科[^）)]{0,12})[）)]|葛\s?[（(]クズ[）)]/u
const KUZU_HABIT_AFTER = /^(?:は|が|も)[、\s]?[^。！？!?\n]{0,12}?(?:成長が(?:早|速)|成長の(?:早|速)|生育が|繁殖力|繁殖し|根が深|地下茎)/u
export function kuzuThePlant(sq: string, s: number, e: number): boolean {
  if (sq.slice(s, e) !== 'クズ') return false
  if (KUZU_PLANT.test(sq.slice(e, e + 24)) || PLANT_BEFORE.test(sq.slice(Math.max(0, s - 16), s)) || KUZU_GROWN_BEFORE.test(sq.slice(Math.max(0, s - 8), s)) || KUZU_VINE_AFTER.test(sq.slice(e, e + 32)) || KUZU_HABIT_AFTER.test(sq.slice(e, e + 24))) return true
  return KUZU_GLOSS.test(sq) && /^(?:[（(][^）)]{1,14}[）)])?(?:は|が|も|を|の|に)(?![ぁ-ん]{0,6}(?:だ|です|ばかり|ばっか))/u.test(sq.slice(e, e + 20)) && !/[はがも]\s?$/u.test(sq.slice(Math.max(0, s - 2), s))
}
/**
 * Blind set HG (HG-017): sayings in brackets, then a dash and, in the same sentence, the sayings named as words or conduct and
 * condemned (「外国人はこの町から出ていけ」「あの国の人間は信用できない」――特定の国籍や民族を理由に排除をあおる言動はヘイトスピーチと
 * 呼ばれ、決して許されるものではありません): a mention; not when the writer takes them as their own (――まさに市民の本音です).
 */
const DASH_NAMED = /^[―—\-ー－]{1,4}\s?[^。！？!?\n「」『』]{0,40}?(?:言動|言葉|ことば|発言|書き込み|表現|投稿|暴言|悪口|ヤジ|野次|落書き|張り紙|貼り紙|ビラ|メッセージ|一言|ひと言|スピーチ|呼びかけ)(?:(?:や|と|、|・)[^。！？!?\n「」『』]{1,8}?)?(?:は|が|も|を|こそ|など|は、)/u
const DASH_CONDEMNED = /(?:深い|大きな|悪い|深刻な|長く)?影響を(?:与え|及ぼ|残)|悪影響|体罰|虐待|ヘイトスピーチ|差別|許され(?:ない|ません|るものでは)|人権|侵害|いじめ|ハラスメント|傷つけ|違法|犯罪|あおる|煽る|助長|やめましょう|なくしましょう|してはいけ|してはなりません|あってはなりません/u
/**
 * Blind HM: words said to the writer or someone, reported with a word between と and the verb (『近寄るな』と毎日言われていました,
 * 「来るな」と何度も言われた, 「汚い」とみんなに笑われ): a mention, as with と言われ. Not when the saying is called deserved (と言われても
 * 仕方ない, と言われて当然).
 */
const REPORTED_GAP = /^[」』]?(?:と|って)[、\s]?[^。！？!?\n「」『』]{0,12}?(?:言われ|いわれ|からかわれ|笑われ|ばかにされ|バカにされ|馬鹿にされ|罵られ|ののしられ|なじられ|書かれ|責められ|怒鳴られ|どなられ|叱られ|言われ続け)/u
const DESERVED = /^[^。！？!?\n]{0,4}?(?:ても(?:仕方|しかた|当然|文句)|て(?:当然|当たり前|あたりまえ)|るべき|る(?:の|ん)は当然)/u
export function reportedGap(sq: string, s: number, e: number): boolean {
  const q = quoteAround(sq, s, e)
  if (!q || q.close - e > 40) return false
  const after = sq.slice(q.close + 1, q.close + 24)
  const m = REPORTED_GAP.exec(after)
  return m !== null && !DESERVED.test(after.slice(m[0].length))
}
/**
 * Blind R87A (R87A-125): カス / クズ as scrap, the word's second half after what it is scrap of (紙クズ1枚でも, 木クズ, 鉄クズ, パンクズ,
 * 消しカス, 食べカス, 天カス, 酒カス, 消しゴムのカス): rubbish, not the insult. Not when it is then likened to or ranked above a person or their words
 * (紙クズ以下の人間, 紙クズ同然のコメント: those stay insults).
 */
const SCRAP_OF = /(?:紙|木|鉄|銅|金属|糸|綿|布|毛|石|野菜|パン|おが|削り|けずり|消し|消しゴム|食べ|天|揚げ|酒|油|ガラス|プラ|タバコ|たばこ|煙草|茶|コーヒー|木材|アルミ|ゴム|パルプ|燃え|焼け|藁|わら|米|麦|魚|肉|皮|骨|貝|レンガ|瓦|段ボール|ダンボール|発泡スチロール)の?$/u
const SCRAP_PERSON = /^(?:以下|同然|並み|みたい|みてえ|のよう|同様|レベル)[なのだ]?(?:の)?[^。！？!?\n]{0,3}?(?:人|人間|奴|やつ|ヤツ|連中|野郎|輩|客|方|市民|住民|議員|職員|記者|あんた|お前|おまえ|コメント|意見|ご意見|投稿|書き込み|リプ)|^(?:野郎|人間|共|ども|連中)/u
/**
 * Review (no blind id): a label denied as the cause, about no one addressed (高齢の方がだまされるのは、ボケているからではありません,
 * 詐欺に遭うのはバカだからではない, 物忘れはボケたせいではなく): the word is refused, not used on anyone. Not when someone is addressed
 * in the sentence (お前がバカだからではない), not a label said (市民はボケとる, ボケているからです).
 */
const DENIED_AFTER = /^(?:て(?:い|お)?る|とる|てる|た|だ|な|である)?(?:から|せい|ため)(?:では|じゃ|や)(?:ありません|ございません|ない|なく|なか)|^(?:て(?:い|お)?る|とる|てる|な)?わけ(?:では|じゃ)(?:ありません|ございません|ない|なく)/u
const DENIED_WHO = /あなた|あんた|お前|おまえ|オマエ|てめ|貴様|君|きみ|おめ/u
export function deniedLabel(sq: string, s: number, e: number): boolean {
  return DENIED_AFTER.test(sq.slice(e, e + 14)) && !DENIED_WHO.test(sentenceText(sq, s, e))
}
/**
 * Blind R148D-033: バカ, ばか, 馬鹿 as one part of a compound that names a thing, a degree or a fan is not said of a person: the
 * first part before a thing or an act (バカ貝 = アオヤギ, 馬鹿力, バカ騒ぎ as revelry, バカ笑い, バカ売れ, バカ受け, バカ当たり, バカ盛り)
 * or before a manner or an adjective it intensifies (バカ丁寧, 馬鹿正直, バカ真面目, バカでかい, バカ高い, ばか安く), and the second
 * part after a hobby or a bond (親バカ, 釣りバカ, 野球バカ, 映画バカ). Kept: バカ alone or aimed at people (バカじゃないの, あのバカ,
 * バカな市民, バカ野郎, バカ息子, 大バカ者, お前バカか, マジバカ, 無能バカ). A kana head never starts with a particle (バカがいる, バカもいる
 * are a person; バカ貝 only in kanji or katakana), and an adverb before it is no fan (正直バカだと思います, 本当バカ).
 */
const BAKA_WORD = /^(?:バカ|ばか|馬鹿)$/u
const BAKA_HEAD = /^(?:貝|ガイ|力|ぢから|ヂカラ|騒ぎ|さわぎ|サワギ|笑い|わらい|話|売れ|うれ|ウレ|受け|うけ|ウケ|当たり|当り|アタリ|盛り|モリ|食い|喰い|勝ち|丁寧|ていねい|テイネイ|正直|しょうじき|ショウジキ|真面目|まじめ|マジメ|陽気|でか(?:い|く|かっ|すぎ)|デカ|でっか(?:い|く)|デッカ|うま(?:い|く|かっ|すぎ)|ウマ|[高安強長広多早速寒暑熱重太細深狭]|ヤス(?:い|く|っ)|やす(?:い|く|っ))/u
const BAKA_HEAD_PERSON = /^[高安強長広多早速寒暑熱重太細深狭](?![いくかさっけ])/u
const BAKA_FAN = /(?:^|[^一-龥ァ-ヺー])((?:[一-龥]{1,4}り?|[ァ-ヺ][ァ-ヺー]{1,7}))$/u
const BAKA_FAN_NOT = /^(?:正直|本当|本気|結局|全く|絶対|完全|相当|実際|普通|単純|所詮|実に|真剣|根本|基本|要|大|超|激|真性|本物|正真正銘|ド|ど|糞|余|無能|低能|低脳|能無|間抜|マジ|ホント|ガチ|クソ|アホ|ウルトラ|スーパー|ハイパー|メガ|ギガ|ホンマ|ホンット)$|[人者員民客家前様方奴達共輩衆]$|^(?:お前|御前|貴様|自分|市長|議員|政府|役所|市役所|行政)$/u
const BAKA_PERSON_AFTER = /^(?:野郎|やろう|ヤロウ|ヤロー|者|もの|モノ|共|ども|ドモ|息子|娘|女|男|親|どもが|扱い|にする|にし|にされ|に(?:して|すん))/u
export function bakaCompound(sq: string, s: number, e: number): boolean {
  if (!BAKA_WORD.test(sq.slice(s, e))) return false
  const after = sq.slice(e, e + 8)
  if (BAKA_HEAD.test(after) && !BAKA_HEAD_PERSON.test(after)) return true
  if (BAKA_PERSON_AFTER.test(after)) return false
  const m = BAKA_FAN.exec(sq.slice(Math.max(0, s - 10), s))
  return m !== null && !BAKA_FAN_NOT.test(m[1]!)
}
export function scrapNotInsult(sq: string, s: number, e: number): boolean {
  const w = sq.slice(s, e)
  if (w !== 'クズ' && w !== 'カス') return false
  return SCRAP_OF.test(sq.slice(Math.max(0, s - 7), s)) && !SCRAP_PERSON.test(sq.slice(e, e + 16))
}
/**
 * Blind TZ-075: a word of the lists inside a work's title in 『』 or 《》 named as a book, film or song (養老孟司『バカの壁』（新潮新書）,
 * 『アホでもわかる…』という本, 映画『…』): the title, not an insult. The title holds more than the word, and the work is named by a
 * publisher, an author or a year in brackets after it, a work noun right before or after it, or, with nobody addressed, a work noun in the
 * sentence. Not the word alone in 『』, not a title-like phrase said of someone (あの課長はまさに『無能の極み』です).
 */
const WORK_AFTER = /^(?:[（(][^）)\n]{0,24}?(?:新書|文庫|出版|書房|書店|社|著|訳|監督|作|刊|版|編|年)[^）)\n]{0,12}[）)]|(?:という|といった|って|の)?[、\s]?(?:本|書籍|小説|映画|曲|歌|楽曲|絵本|漫画|マンガ|まんが|作品|ドラマ|番組|アルバム|詩集|エッセイ|新書|文庫|シリーズ|舞台|演目|著書|名著|ベストセラー)|(?:を|は|が|も)[、\s]?(?:読|朗読|上映|上演|演奏|歌|鑑賞|刊行|出版))/u
const WORK_BEFORE = /(?:本|書籍|小説|映画|曲|歌|楽曲|絵本|漫画|マンガ|作品|ドラマ|番組|アルバム|詩集|エッセイ|新書|文庫|著書|名著|新刊|ベストセラー|代表作|話題作|著|作|監督|作詞|作曲|原作)(?:の|は|、)?\s?$/u
const WORK_NOUN = /本|書籍|小説|映画|曲|歌|絵本|著書|新刊|蔵書|図書館|ベストセラー|文庫|新書|読書|上映|読み聞かせ|作品|ドラマ|番組|出版|著者/u
const ADDRESS = /あなた|あんた|お前|おまえ|貴様|てめえ|[@＠]/u
export function workTitle(sq: string, s: number, e: number): boolean {
  let open = -1
  for (let i = s - 1; i >= Math.max(0, s - 40); i--) {
    const c = sq[i]
    if (c === '』' || c === '》' || c === '\n' || c === '「' || c === '」') return false
    if (c === '『' || c === '《') {
      open = i
      break
    }
  }
  if (open < 0) return false
  const closer = sq[open] === '『' ? '』' : '》'
  const close = sq.indexOf(closer, e)
  if (close < 0 || close - open > 42 || sq.slice(e, close).includes('\n')) return false
  // The title holds more than the word itself.
  if (close - open - 1 <= e - s) return false
  const after = sq.slice(close + 1, close + 40)
  // Said of someone (…は『…』です, 『…』そのもの, 『…』みたいな人): not a title.
  if (/^(?:です|だ|や|じゃ|そのもの|みたい|並み|の見本|の典型|の極み)/u.test(after)) return false
  if (WORK_AFTER.test(after) || WORK_BEFORE.test(sq.slice(Math.max(0, open - 12), open))) return true
  const sen = sentenceText(sq, s, e)
  return WORK_NOUN.test(sen) && !ADDRESS.test(sen)
}
/**
 * Blind JM-047 kind (host13): a prejudice quoted and set aside with ではなく / じゃなくて (「日本語が通じないから無理」ではなく、やさしい日本語で):
 * the quoted words are a mention, not the writer's use.
 */
const QUOTE_SET_ASIDE = /^[」』][、,]?\s?(?:ではなく|ではなくて|じゃなくて|じゃなく|でなく|でなくて|ではありません|とは言わず|と言わず|と決めつけず|と決め付けず|と諦めず|とあきらめず)/u
export function quotedSetAside(sq: string, s: number, e: number): boolean {
  const open = Math.max(sq.lastIndexOf('「', s), sq.lastIndexOf('『', s))
  if (open < 0 || s - open > 40) return false
  const between = sq.slice(open + 1, s)
  if (/[」』\n]/u.test(between)) return false
  const rest = sq.slice(e, e + 60)
  const close = rest.search(/[」』\n]/u)
  if (close < 0 || /[「『]/u.test(rest.slice(0, close))) return false
  return QUOTE_SET_ASIDE.test(rest.slice(close))
}
