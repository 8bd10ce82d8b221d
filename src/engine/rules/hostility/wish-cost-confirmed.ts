/**
 * hostility — those who asked for something told, as a "so you agree", to accept the harm their wish would bring.
 *
 * Blind R435L-039 kind: an opinion or a wish acknowledged (「…」とのご意見、ありがとうございます, …を求める声), then the people who hold it
 * addressed (では静かな町をお望みの皆さまは, 反対される方々は, あなたは) and told, as a confirmation, that they accept a loss it would bring
 * (…がなくなっても納得いただける、ということでよろしいですね; …が潰れても文句は言わないということですね; …が閉鎖されても構わない、という
 * ことでいいんですね？): a critic's view turned into a sarcastic consequence put back to them, warn (hostility/confrontational). Read on
 * the folded view: ても/でも, then acceptance (納得, 了承, 我慢, 構わない, 文句はない, いい), then ということ(で) + a confirmation (よろしい
 * ですね, いいんですね, でしょうか, ですね), in a sentence that addresses people (皆さま, 方々, 方は, あなた) with a wish or an opinion
 * named in it or in the 160 characters before (お望み, ご希望, 反対, ご意見, ご要望, おっしゃる).
 * What stays clean: a thank-you for opinions with the city's reply, a notice asking for patience (ご不便をおかけしますが、ご了承ください),
 * a resident's question on a rule quoted and answered (雨でも開催する、ということでよろしいですか、とのお問い合わせ…はい), advice to those
 * who wish for quiet (静かな環境をお望みの方には、北側の区画をおすすめします).
 */

/** ても/でも, acceptance, then "that is what it comes to, right?" (…ても納得いただける、ということでよろしいですね). */
const ACCEPT_CONFIRMED =
  /(?:ても|でも)[、,]?[^。!?！？\n]{0,16}?(?:ご?納得|ご?了承|ご?承知|我慢|がまん|辛抱|構わ|かまわ|仕方(?:が)?な|しかたな|文句(?:は|も|ひとつ)?(?:ない|言わ|いわ|ありません|ございません|おつしや(?:ら|い)ません)|受け入れ|覚悟|(?<=ても|でも)(?:いい|よい|良い|平気))[^。!?！？\n]{0,14}?(?:ということ|という事|つてこと|つて事|わけ)(?:で|です)?[、,]?(?:よろしい|いい|よい|良い|間違いな|問題な)?(?:ん|の)?(?:ですね|ですよね|でし[よょ]うか|ですか|だな|だね|ね)/gu
/** People addressed in the sentence (皆さま, 方々, 方は, あなた). */
const ADDRESSED = /皆さま|皆様|皆さん|みなさま|みなさん|方々|(?<![一-龠々])方(?:は|も|が)|人(?:たち|達)?(?:は|も)|あなた|あんた/u
/** A wish or an opinion they hold, in the sentence or just before it. */
const WISH = /お望み|望まれ|望む|望んで|ご希望|希望され|希望する|反対|ご意見|ご要望|要望され|おつしや|求める|求められ|お求め|言われる方|とのこと|という声|との声|お声/u
/** … not a question received and answered (とのお問い合わせ, はい、), nor the writer's own plan. */
const ASKED_AND_ANSWERED = /お問い合わせ|問合せ|問い合わせ|ご質問|質問|はい[、,]|回答/u

/** [start, end, rule, instead] of each such confirmation in `fo` (the folded paragraph), in the view's offsets. */
export function wishCostConfirmed(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/ということ|という事|つてこと|つて事|わけ/u.test(fo)) return out
  ACCEPT_CONFIRMED.lastIndex = 0
  for (let m = ACCEPT_CONFIRMED.exec(fo); m !== null; m = ACCEPT_CONFIRMED.exec(fo)) {
    const e = m.index + m[0].length
    const senStart = Math.max(fo.lastIndexOf('。', m.index - 1), fo.lastIndexOf('\n', m.index - 1), fo.lastIndexOf('?', m.index - 1), fo.lastIndexOf('？', m.index - 1), fo.lastIndexOf('!', m.index - 1)) + 1
    const sentence = fo.slice(senStart, e)
    if (!ADDRESSED.test(sentence) || !WISH.test(fo.slice(Math.max(0, senStart - 160), e))) continue
    if (ASKED_AND_ANSWERED.test(fo.slice(senStart, Math.min(fo.length, e + 40)))) continue
    out.push([senStart, e, 'hostility/confrontational', 'ご意見を皮肉で言い返さず、「ご意見ありがとうございます」と受け止めたうえで、観光と暮らしの両立に向けた市の取り組みを伝えてください'])
  }
  return out
}
