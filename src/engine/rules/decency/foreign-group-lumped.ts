/**
 * decency — a foreign group lumped with a trouble (wave 88).
 *
 * Blind R435L-041, R437N-042, R437N-007 kind: a nationality or foreign residents, workers or students said to be all there is
 * (中国人ばっかりで, 外国人がやってる店ばっかり, 技能実習生ばかりで回していた, ネパール人ばっかり) in a sentence that also tells a nuisance,
 * a crime or an outbreak (夜中まで騒ぐ, ゴミもぐちゃぐちゃ, 食中毒, 鳥インフルが出た, 治安が悪い), in it or the sentence before: the
 * trouble put on the group, `decency/discriminatory` block. Kept clean: a multilingual sign, a desk or a class for foreign
 * visitors (外国人観光客ばかりでなく市民の皆さんも), a lesson full of students with no trouble (日本語教室は留学生ばかりでにぎやか),
 * measures and help (感染対策, 多言語のマナー看板), the lumping denied (外国人ばかりではありません, 偏見).
 *
 * Blind R441S-004 kind (wave 90): the same group said to be mostly or all of one bad conduct in a polite frame (外国人の方は…人が
 * ほとんど, 実習生の大半は…, ほとんどの外国籍の方が…), the conduct a dodge of a due or a rule (払わずに帰国, 滞納, 踏み倒す, 夜逃げ,
 * 不法滞在) or a trouble above, in the sentence. Kept clean: a notice of the tax or the procedure for foreign residents with no
 * share told (外国人住民の方の住民税についての多言語のお知らせ), a share with no bad conduct (留学生のほとんどが市内に住んでいます),
 * a survey's figure, the lumping denied.
 *
 * Blind R450B-039 kind (wave 92): the same group said to be many there, and so suspected of a crime or a vile act told in the sentence
 * or the one before (飼い猫がいなくなる…技能実習生が多いので、正直そういうこと（食用）なのかな, 盗難が続いています…ベトナムから来た人が
 * 多いし、そのせいではと思ってしまう, 外国人が増えたから犯人もそっちに違いない): the trouble put on the group on suspicion, block. Kept
 * clean: a group many there with no suspicion (外国籍の住民が多いので、多言語でお知らせしています), a guess with no trouble (留学生が多いので
 * にぎやかになるのかな), the group as the ones at risk (観光客が多いので狙われることもあるのかも), the suspicion denied (偏見, とは限りません).
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

/** A nationality or a foreign group (中国人, ベトナム系, 外国人, 外国籍の方, 技能実習生, 留学生, 移民). */
export const FOREIGN_GROUP_WORDS = '(?:(?:中国|韓国|朝鮮|台湾|香港|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|ペルー|インド|パキスタン|スリランカ|バングラデシュ|モンゴル|ロシア|アメリカ|アフリカ|クルド|トルコ|アラブ|中東|南米|アジア|中華)(?:人|系(?:の人)?|の人|の方)|(?:黒|白)人|外国(?:人|籍(?:の人|の方)?|の人|の方)|外人|ガイジン|(?:技能|外国人)実習生|留学生|移民|難民|在日(?:の人)?|ムスリム|イスラム教徒)'
const LUMPED = phrase(`${FOREIGN_GROUP_WORDS}[^。！？!?\\n]{0,14}?(?:ばっかり|ばっか|ばかり|ばかし|だらけ)(?!で(?:は)?な|では|じゃな|とは限|とはかぎ|ではな|ではあり)`)
const TROUBLE = phrase('騒(?:ぐ|い|が|ぎ|音)|うるさ|迷惑|ぐちゃぐちゃ|めちゃくちゃ|汚(?:い|く|し|す|さ)|ポイ捨て|散らか|マナー(?:が|も)?(?:悪|最悪|ひど|なって)|治安(?:が|も)?(?:悪|心配|不安|低下)|犯罪|空き巣|窃盗|泥棒|万引|盗(?:ま|み|む|難|ん)|食中毒|食あたり|集団感染|クラスター|鳥インフル|豚熱|口蹄疫|感染(?:が)?(?:広|拡)|火事|ぼや|トラブル|臭(?:い|く)|不衛生|ルール(?:を|も)?守ら|守らな|当然の結果|払わ(?:ず|ない|なかった|ないで)|払って(?:い)?ない|払いもせず|滞納|踏み倒|夜逃げ|不法(?:滞在|就労|投棄)|帰国してしま|分別(?:せず|しない|しな|されてい?ない)', 'u')
/** Blind R441S-004: the group said to be mostly or all of one conduct (外国人の方は…人がほとんど, ほとんどの実習生は). */
const MOSTLY = phrase(`${FOREIGN_GROUP_WORDS}[^。！？!?\\n、,]{0,8}?(?:は|って|の(?:中|うち)で?は?)[、,]?[^。！？!?\\n]{0,30}?(?:人|方|者|の)(?:が|は)(?:ほとんど|殆ど|大半|大多数|大抵|たいてい|みんな|全員)|(?:ほとんど|殆ど|大半|大抵|たいてい)(?:の)?${FOREIGN_GROUP_WORDS}(?:の(?:方|人))?(?:は|が|って)`)
/** "Those people" (あの人たち, ああいう国の人たち, 彼ら): a foreign group only when one is named just before. */
export const FOREIGN_THOSE = '(?:ああいう|ああいった|ああゆう|あの手の|あんな)(?:国|国籍|国々)?(?:の)?(?:人|方|連中|やつ|奴|輩|者)(?:たち|達|ら|ども|々)?|あの(?:人たち|人ら|連中|国の人(?:たち|達)?)|あいつら|彼ら'
/** Blind R451C-011: a dodge or a grab said to be their way (払わずに…当たり前の感覚, 踏み倒すのが普通, 滞納して当然). */
const DODGE = '(?:払わ(?:ず|ない|ないで|なくて)|払いもせず|払って(?:い)?ない|納め(?:ず|ない)|踏み倒|滞納|夜逃げ|ただ乗り|タダ乗り|ただで(?:受け|使|もら)|(?:だけ|ばかり)(?:受け|もらっ|貰っ|使っ|利用し)て)'
const AS_USUAL = '(?:当たり前|当りまえ|あたりまえ|当然(?:の|だ|と|で)|普通(?:の|だ|に|と)|常識(?:だ|な|と)|いつものこと|お国柄|国民性|決まって|平気で|悪びれ)'
const DODGE_USUAL = phrase(`(${FOREIGN_GROUP_WORDS}[^。！？!?\\n、,]{0,8}?|${FOREIGN_THOSE})(?:は|って|なんて|なんか|ときたら|の(?:連中|人たち)は)[、,]?[^。！？!?\\n]{0,40}?(?:${DODGE}[^。！？!?\\n]{0,30}?${AS_USUAL}|${AS_USUAL}[^。！？!?\\n]{0,10}?${DODGE})`)
/** Blind R452D-017: a nuisance cleft onto the group (…するのは、ほとんどが…外国人の寮です). */
const CLEFT = phrase(`(?:のは|のって)[、,]?(?:ほとんど|殆ど|大半|大抵|たいてい|だいたい|決まって|いつも|全部|みんな)(?:が)?[、,]?[^。！？!?\\n]{0,20}?${FOREIGN_GROUP_WORDS}`)
const FOREIGN_RE = phrase(FOREIGN_GROUP_WORDS, 'u')
const SOBER_DUE = phrase('手続|届出|届け出|ご相談|相談窓口|多言語|お知らせ|ご案内|案内し|必要です|必要があります|日本人と同じ|同様|国籍(?:を問わず|に関係なく|にかかわらず)|偏見|差別|決めつけ|誤解|とは限|わけではな|ではありません|支援', 'u')

/** Blind R450B-039: the group said to be many there, a reason, then a suspicion (…が多いので…なのかな, …のせいでは, …に違いない). */
const FROM_ABROAD = '(?:中国|韓国|台湾|ベトナム|フィリピン|インドネシア|ネパール|ミャンマー|ブラジル|ペルー|東南アジア|アジア|南米|中東|アフリカ|海外|外国)から(?:来た|来ている|来とる|の)(?:人|方|労働者|若者|実習生|留学生)(?:たち|達)?'
const MANY_SUSPECTED = phrase(`(?:${FOREIGN_GROUP_WORDS}|${FROM_ABROAD})[^。！？!?\\n、,]{0,12}?(?:が|も)(?:多い|多く(?:住|暮ら|働)|増え(?:た|て))[^。！？!?\\n]{0,6}?(?:ので|から|し(?=[、,])|せいか|ため|だけに)[、,]?[^。！？!?\\n]{0,40}?(?:なのかな|のかな|のかも|かもしれ|んじゃ(?:ない|ねえ|ね)|じゃないか|のでは|のせい|せいでは|せいかも|に違いな|にちがいな|に決まっ|としか思え|と思ってしま|と疑|疑って|疑わ|だろうな)`)
/** … and the wrong it is suspected of: a trouble above, or pets or things gone, eaten or damaged. */
const SUSPECTED_WRONG = phrase('いなくな|姿を消|行方不明|消え(?:た|て|る)|食用|食べ(?:られ|ちゃ|て(?:しま|る|い))|荒らさ|壊さ|盗ま|持ち去|不審', 'u')
const SOBER = phrase('対策|予防|防止|研修|講習|講座|教室|支援|相談|徹底|啓発|多言語|案内|看板|おもてなし|歓迎|交流|清掃|ボランティア|拾|とは限|とはかぎ|わけではな|ではありません|ではない|じゃない|偏見|差別|決めつけ|誤解|デマ|根拠|調査|統計|データ|呼びかけ|被害|狙|標的|巻き込', 'u')

/** A foreign group lumped with a trouble over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function foreignGroupLumped(fo: string): Array<[number, number, 'decency/discriminatory', 'block', string]> {
  const back = (i: number, n: number) => {
    let st = sentenceOf(fo, i, i).start
    for (let k = 0; k < n && st > 0; k++) st = sentenceOf(fo, st - 1, st - 1).start
    return st
  }
  for (const m of matchAllOf(DODGE_USUAL, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    if (SOBER_DUE.test(fo.slice(sen.start, sen.end))) continue
    // "Those people" must point back at a foreign group named in the sentence or the two before.
    if (!FOREIGN_RE.test(m[1]!) && !FOREIGN_RE.test(fo.slice(back(m.index, 2), m.index))) continue
    return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
  }
  if (!TROUBLE.test(fo) && !SUSPECTED_WRONG.test(fo)) return []
  for (const m of matchAllOf(CLEFT, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    const here = fo.slice(sen.start, sen.end)
    if (!TROUBLE.test(fo.slice(sen.start, m.index)) || SOBER.test(here)) continue
    return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
  }
  for (const m of matchAllOf(LUMPED, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    const prev = sen.start > 0 ? sentenceOf(fo, sen.start - 1, sen.start - 1).start : sen.start
    const here = fo.slice(sen.start, sen.end)
    const before = fo.slice(prev, sen.start)
    if (!TROUBLE.test(here) && !TROUBLE.test(before)) continue
    if (SOBER.test(here) || (!TROUBLE.test(here) && SOBER.test(before))) continue
    return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
  }
  for (const m of matchAllOf(MOSTLY, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    const here = fo.slice(sen.start, sen.end)
    if (!TROUBLE.test(here) || SOBER.test(here)) continue
    return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
  }
  for (const m of matchAllOf(MANY_SUSPECTED, fo)) {
    const sen = sentenceOf(fo, m.index, m.index + m[0].length)
    const here = fo.slice(sen.start, sen.end)
    if (SOBER.test(here)) continue
    const prev = sen.start > 0 ? sentenceOf(fo, sen.start - 1, sen.start - 1).start : sen.start
    const near = fo.slice(prev, sen.end)
    if (!TROUBLE.test(near) && !SUSPECTED_WRONG.test(near)) continue
    return [[m.index, m.index + m[0].length, 'decency/discriminatory', 'block', INSTEAD]]
  }
  return []
}
const INSTEAD = '国籍や外国人という属性で人をひとまとめにして、騒音や食中毒などの問題を結びつけないでください。困りごとは行為とルールそのものを書いてください（例：「夜10時以降はお静かにお過ごしください」）'
