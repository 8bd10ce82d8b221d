/**
 * hostility — residents reproached as a group, asked whether they have no will or care at all.
 *
 * Blind R435L-049 kind: after a disappointing turnout (応募はたったの2人でした), the public addressed as a group (市民の皆さん, 住民の
 * 皆さま, 若い人たち) and asked whether they lack even the least will (少しは何かしようという気持ちはないんでしょうか？, ちょっとは地域の行事に
 * 顔を出そうという気はないんですかね, 自分たちの町をきれいにしようという意識はないのでしょうか): a rhetorical question that blames them,
 * warn (hostility/confrontational). Read on the folded view: a word of will or care (気持ち, 気, 思い, 意識, 関心, 愛着) with は/が/も
 * and ない + a question (んでしょうか, のですか, んですかね, のかな), in a sentence that addresses a group (…の皆さん、) or says "even a
 * little" (少しは, ちょっとは, せめて) or "nobody" (誰も).
 * What stays clean: a survey's question (…したいという気持ちはありますか？), a seasonal greeting (市民の皆さん、少しは涼しくなってきましたが),
 * a worry quoted from a consultation (「うちの子はやる気がないのでしょうか」というご相談), feelings that are there (興味はあっても時間がない).
 */

/** A word of will or care, は/が/も, ない, and a question (気持ちはないんでしょうか, 気はないんですかね, 意識はないのか). */
const LACK_ASKED =
  /(?:気持ち|きもち|(?<![一-龠々])気|やる気|思い|想い|意識|関心|愛着|愛情|郷土愛|地元愛|責任感|当事者意識)(?:は|が|も|つて)(?:ない|無い|ありません|ございません)(?:ん|の)?(?:でし[よょ]うか|ですか|ですかね|でし[よょ]うかね|かな|かしら|だろうか|やろうか|のか|か[?？])/gu
/** A group addressed at the head of the sentence (市民の皆さん、), or "even a little" / "nobody" in it. */
const GROUP_ADDRESSED = /(?:^|[。!?！？\n\s])[^。!?！？\n、,]{0,10}?(?:皆さん|皆さま|皆様|みなさん|みなさま|方々|人たち|人達|若者たち|若い衆)[、,]/u
const EVEN_A_LITTLE = /少しは|少しくらい|少しぐらい|ちよつとは|ちよつとくらい|多少は|せめて|誰も|だれも|誰一人|だれひとり|一人も|ひとりも/u
/** … not a worry quoted (「…」というご相談), nor a question put in brackets. */
const QUOTED_AFTER = /^[」』]|^[、,]?\s?(?:という|との|と(?:の)?(?:ご)?(?:相談|お悩み|質問|声))/u

/** [start, end, rule, instead] of each reproach in `fo` (the folded paragraph), in the view's offsets. */
export function groupWillDoubted(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/ない|無い|ありません|ございません/u.test(fo)) return out
  LACK_ASKED.lastIndex = 0
  for (let m = LACK_ASKED.exec(fo); m !== null; m = LACK_ASKED.exec(fo)) {
    const e = m.index + m[0].length
    const senStart = Math.max(fo.lastIndexOf('。', m.index - 1), fo.lastIndexOf('\n', m.index - 1), fo.lastIndexOf('?', m.index - 1), fo.lastIndexOf('？', m.index - 1), fo.lastIndexOf('!', m.index - 1), fo.lastIndexOf('！', m.index - 1)) + 1
    const lead = fo.slice(senStart, m.index)
    if (/[「『]/u.test(lead) || QUOTED_AFTER.test(fo.slice(e, e + 12))) continue
    if (!GROUP_ADDRESSED.test(fo.slice(Math.max(0, senStart - 1), m.index)) && !EVEN_A_LITTLE.test(lead)) continue
    out.push([senStart, e, 'hostility/confrontational', '市民を責める問いかけはせず、「今年も多くの方のご応募をお待ちしています」のように、活動の魅力や参加の方法を伝えてください'])
  }
  return out
}
