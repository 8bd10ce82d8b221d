/**
 * rebuttal — look-alikes of a rebuttal that stay clean (4(5), 6(2)): an apology that turns to a defence only from the turn on
 * (`apologyTurn`), a misunderstanding named as a common one in a column or an FAQ (`commonMyth`, `beliefQuotedWrong`,
 * `beliefHeaded`: これはよくある勘違いです), 「よく読めば」 pointing to a document as a guide (`readAsGuide`). Still a rebuttal: a
 * belief about the city, a criticism received, a charge, a reply.
 */
import { phrase, sentenceStartAt } from '../../words'
import { APOLOGY, CHARGE, CRITICISM, CRITICISM_RECEIVED } from './context'
import { CHARGED_RUMOUR, CORRECTION, HAZARD, SHELTER } from './hoaxes-and-rumours'

/**
 * Blind R76A-099: an apology, then a sentence that turns on a contrast (ただし、 しかし、 とはいえ、 ですが、) and denies what others
 * say (一部で言われている「職員が意図的に投稿した」という話は全くのデマであり、強く否定させていただきます): the apology covers the city's
 * own fault, the turn argues with its critics, so it does not make the denial after it a correction. Only when the part from the turn
 * on answers a claim heard (`CRITICISM`, 「…」という, という話) and holds no apology or right fact of its own (正しくは…); a reassurance
 * in an incident's apology (ただし、個人情報が流出した事実はございません) answers no one.
 */
export const TURN = phrase('(?:^|[。！!？?\\n]\\s?)(?:ただし|但し|しかし|しかしながら|とはいえ|とは言え|ただ|もっとも|一方で|ですが|でも|なお|尚)[、,]', 'gu')
export const CLAIM_HEARD = phrase('[」』](?:という|との|といった|って)|(?:という|との|といった)(?:話|お話|噂|うわさ|情報|声|お声)', 'u')
/** Where the paragraph turns from an apology to a defence against what others say (`TURN`), or -1. */
export function apologyTurn(fo: string): number {
  const a = APOLOGY.exec(fo)
  if (!a) return -1
  TURN.lastIndex = a.index + a[0].length
  for (let m = TURN.exec(fo); m; m = TURN.exec(fo)) {
    const rest = fo.slice(m.index)
    if (APOLOGY.test(rest) || CORRECTION.test(rest)) continue
    if (CRITICISM.test(rest) || CLAIM_HEARD.test(rest)) return m.index
  }
  return -1
}

/**
 * Blind HD-008/016: a misunderstanding named as a common one, set right in a column or an FAQ (「いじめられる側にも原因がある」――
 * これは、よくある勘違いです; Q 部活動はなくなるのですか？ A いいえ。よくある誤解ですが、…; ありがちな誤解です; 根強い誤解です): a
 * belief corrected, no critic answered. Not in a reply or comment (said to someone), not when a criticism is received (とのご意見を
 * いただきましたが), a charge is made (手抜き, 横柄) or the belief is about the city (「市は何もしていない」).
 */
export const COMMON_MYTH = phrase('(?:よく(?:ある|見られる|聞かれる|耳にする|見かける)?|意外と|意外に|案外|しばしば|ありがち(?:な|の)|陥りがち(?:な|の)|誤解されがち(?:な|の)|根強い|典型的な|(?:多くの|たくさんの)(?:方|人)(?:が|の)(?:抱く|抱きがちな|持つ|陥る|陥りがちな|しがちな))[、,]?(?:ご)?$', 'u')
export const ABOUT_CITY = /(?:市|市役所|役所|職員|当課|行政|市長|議会)(?:は|が|の(?:対応|職員|説明))/u
/** No criticism received, no charge made, nothing said of the city: a belief set right answers no critic (the myth readers' common test). */
export function answersNoCritic(fo: string): boolean {
  return !CRITICISM_RECEIVED.test(fo) && !CHARGE.test(fo) && !ABOUT_CITY.test(fo)
}
export function commonMyth(fo: string, at: number, replying: boolean): boolean {
  return (!replying && COMMON_MYTH.test(fo.slice(Math.max(0, at - 14), at)) && answersNoCritic(fo)) || beliefHeaded(fo, at, replying) || beliefQuotedWrong(fo, at, replying)
}
/**
 * A general belief quoted and called wrong in a post (DVは「された側にも原因がある」というのは誤りです; 「お酒を飲めば体が温まる」は誤りです;
 * 「室内なら熱中症は起きない」というのは間違いです): a health or awareness column setting a myth right, no critic answered. The quote
 * ends right before the phrase and holds nothing of the city, its services or a person addressed (「市の対応が遅い」, 「ごみの収集が来ない」,
 * 「職員の態度が悪い」 stay a critic answered) and no hazard or shelter (false disaster information set right has its own reading,
 * `correctsHazardInfo`); not in a reply, not when a criticism is received or a charge made.
 */
export const BELIEF_QUOTED_BEFORE = phrase('[「『]([^「『」』\\n]{4,60})[」』](?:(?:という|っていう|といった)(?:の|こと|考え方?|思い込み|説|俗説|迷信|イメージ|常識)?)?$', 'u')
export const CITY_IN_BELIEF = phrase('市|町|村|役所|役場|職員|窓口|対応|担当|課|議会|議員|行政|税|収集|施設|事業|サービス|手続|補助|予算|工事|説明|告知|周知|あなた|お前|そちら', 'u')
export function beliefQuotedWrong(fo: string, at: number, replying: boolean): boolean {
  if (replying) return false
  const m = BELIEF_QUOTED_BEFORE.exec(fo.slice(Math.max(0, at - 64), at))
  return m !== null && !CITY_IN_BELIEF.test(m[1]!) && !HAZARD.test(m[1]!) && !SHELTER.test(m[1]!) && answersNoCritic(fo)
}
/** The misunderstanding words of the word list (a hit `commonMyth` may set aside). */
export const MISUNDERSTANDING = phrase('^(?:誤解|勘違い|思い違い|事実誤認)', 'u')


/**
 * Reviewer FP kind (reb63): 「よく読めば」 pointing to a document as a guide (パンフレットをよく読めば分かるように、申請は郵送でもできます;
 * 説明書をよく読めば、小学生でも組み立てられます): no criticism answered, nothing denied, and in a reply only with the guide's connective
 * (分かるように, 分かるとおり). Still a rebuttal after a criticism or a denial (…との投稿は、広報紙をよく読めば分かるとおり、誤りである) and as
 * a retort (よく読めば分かることです, よく読めば書いてあります).
 */
export const READ_WORD = phrase('^よく(?:読めば|読んでいただければ|お読みいただければ)', 'u')
export const READ_GUIDE_AFTER = phrase('^[、,]?[^。！？!?\\n]{0,6}?(?:分かる|わかる|お分かりの|お分かりいただける|ご理解いただける)(?:ように|よう|とおり|通り)', 'u')
export const READ_RETORT_AFTER = phrase('^[、,]?[^。！？!?\\n]{0,12}?(?:分かる(?:こと|はず)|わかる(?:こと|はず)|分かるでしょう|わかるでしょう|書いて(?:あり|ある|ござい)|載って(?:い|お)|明らか|一目瞭然|誤解|勘違い)', 'u')
export const READ_DENIED = phrase('誤り|誤解|勘違い|間違|違います|違う(?:ん|よ|[。！!])|デマ|事実無根|事実と(?:異な|違)|嘘|うそ(?:です|だ)|でたらめ|根拠(?:の|が)(?:ない|無い)|言いがかり|心外', 'u')
export function readAsGuide(fo: string, end: number, replying: boolean): boolean {
  if (CRITICISM.test(fo) || CHARGED_RUMOUR.test(fo) || READ_DENIED.test(fo)) return false
  const after = fo.slice(end, end + 40)
  const guide = READ_GUIDE_AFTER.test(after)
  if (!guide && READ_RETORT_AFTER.test(after)) return false
  return guide || !replying
}

/**
 * Blind LK-046 kind: a belief set alone in brackets at the head of a paragraph and called a misunderstanding by a demonstrative pointing back
 * to it (「しつけのためなら叩いても仕方ない」――これは誤解です, 「熱があるときはお風呂に入ってはいけない」。実はこれ、思い込みなんです): an
 * awareness column setting a common belief right, no critic answered. Not in a reply, not when a criticism is received or a charge made, and
 * not a belief about the city (「市は何もしていない」――これは誤解です).
 */
export const BELIEF_HEADED = phrase('(?:^|\\n)[\\s　]{0,2}[「『][^「『」』\\n]{4,60}[」』][\\s　。．、,―ー—…‥・！!~〜‐\\-]{0,6}(?:実は|じつは)?[、,]?(?:これ|それ|この考え|その考え|このような考え)(?:は|って|、|も)?[、,\\s]{0,2}(?:実は|じつは)?[、,]?(?:よくある|大きな|全くの|まったくの|典型的な|根強い)?$', 'u')
export function beliefHeaded(fo: string, at: number, replying: boolean): boolean {
  return !replying && BELIEF_HEADED.test(fo.slice(Math.max(0, at - 90), at)) && answersNoCritic(fo)
}

/**
 * Blind R447Y-054 kind: a reply that tells a commenter their good deed reached its mark (沿道での応援、選手にもしっかり届いていたと思います,
 * 皆さまのご協力は十分に伝わっていたと思います, 温かいお言葉、職員一同の励みになっております): the commenter's cheering, help or kind words
 * (`AFFIRMED_DEED`: 応援, 声援, ご協力, ご支援, お気持ち, お言葉…) said to have reached someone or helped (届いた, 伝わった, 力になった,
 * 励みになった), agreeing with the commenter, not arguing: no criticism to answer. Only where the phrase read as "the city did enough"
 * (`needsCriticism` with `orReply`) holds the deed's verb, in a paragraph that hears no criticism. Still a rebuttal: the city's own notice
 * or explanation said to have reached residents (周知はしっかり届いていたと考えております), and any answer after a criticism heard
 * (ご批判もありますが、…十分に伝わっていたと思います).
 */
export const AFFIRMED_DEED = phrase(
  '(?:ご?声援|応援|励まし|エール|拍手|お?気持ち|想い|お?心遣い|お?心づかい|ご?協力|ご?支援|ご?寄付|差し入れ|おもてなし|(?:温かい|あたたかい|優しい|やさしい)?お言葉|メッセージ|頑張り|がんばり|ご?尽力)(?:の(?:声|気持ち|想い|力))?[^。！？!?\\n]{0,16}?(?:届い|届け|伝わ|力に|ちからに|励みに|支えに|元気に|勇気に|後押し)',
  'gu',
)
/** Whether the phrase at [start, end) of the paragraph `fo` holds the verb of a commenter's good deed said to have reached its mark (AFFIRMED_DEED). */
export function affirmsCommenter(fo: string, start: number, end: number): boolean {
  const s = sentenceStartAt(fo, start, 120)
  AFFIRMED_DEED.lastIndex = 0
  for (const m of fo.slice(s, end).matchAll(AFFIRMED_DEED)) if (s + m.index + m[0].length > start) return true
  return false
}
