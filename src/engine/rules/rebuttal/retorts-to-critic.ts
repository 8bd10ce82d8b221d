/**
 * rebuttal — retorts to a critic (4(5), 6(2)): the critic called uninformed (この方はご存じないようですが) or scolded for
 * careless information, the handling declared not at fault (段取りに問題があったわけではないです), staff conduct denied as fact,
 * the critic told to look it up first, the city side declared to have done nothing wrong, the complaint sent elsewhere with 文句.
 * Clean: ご存じない方も多いのですが (informs), a hoax warning in a disaster, reassurance (子どもは何も悪いことはしていません), a referral.
 */
import { phrase } from '../../words'
import { CRITICISM } from './context'
import { HAZARD, SHELTER } from './hoaxes-and-rumours'

/*
 * Retorts to a critic (blind R398X/R399Y kinds). One block: the phrases and the function that reads them.
 * - Blind R398X-034 kind: the critic pointed at and called uninformed (この方はご存じないようですが, その人は分かっていないみたいですが;
 *   not ご存じない方も多いのですが, which informs), or told off for spreading careless information (いいかげんな情報を広めないで; not a hoax
 *   warning in a disaster, where 不確かな情報 is the rumour).
 * - Blind R399Y-005 kind (in a reply or after a criticism): the city's own handling declared not at fault as a わけではない denial
 *   (段取りに問題があったわけではないです, 対応に落ち度があったわけではありません).
 * - Blind R399Y-045 kind (in a reply or after a criticism): staff conduct complained of, denied as fact (職員が不親切だったという事実は確認
 *   できませんでした, 横柄な対応をしたという事実はございません).
 * - Blind R399Y-016 kind (in a reply or after a criticism): the one who pointed it out told to look it up first (ご指摘の前に少し調べて
 *   いただけると助かります, 批判される前に辞書を引いてください).
 * - Blind R398X-046 kind: the city side declared to have done nothing wrong (うちは何も間違ったことはしとらん, 当課は何一つ悪いことはしていません; not
 *   子どもは何も悪いことはしていません, reassurance) or the
 *   complaint sent elsewhere with 文句 (文句は県に言うてください; not 苦情・ご相談は県の窓口へ, a referral).
 */
export const UNAWARE_CRITIC = phrase('(?:この|その|あの|こちらの|投稿の)(?:方|かた|人|投稿者|方々|人たち)(?:は|って|も)[、,]?(?:どうも|よく|全く|まったく|何も|なにも|あまり|正しく)?(?:ご存じ(?:で)?(?:は)?ない|ご存知(?:で)?(?:は)?ない|知らない|(?:分かって|わかって|理解して|把握して)(?:い)?ない|ご理解されていない)', 'u')
export const CARELESS_INFO_SCOLDED = phrase('(?:いいかげん|いい加減|でたらめ|デタラメ|適当|勝手)な(?:情報|こと|話|憶測|書き込み)を(?:広め|拡散し|拡散され|流さ|流し|言いふらさ|書き込ま|書か)(?:ないで|るのは(?:おやめ|やめ|お控え|控え))', 'u')
export const HANDLING_NOT_AT_FAULT = phrase('(?:段取り|対応|運営|手続き|手続|判断|進め方|準備|作業|手配|処理)(?:に|には)[、,]?(?:何ら|何も|特に|一切|なんら|別に)?(?:問題|落ち度|不備|手落ち|ミス)(?:が|は)?(?:あった|ある)(?:という)?(?:わけ|訳)(?:では|じゃ)(?:ない|ありません|ございません|なか)', 'u')
export const CONDUCT_DENIED = phrase('(?:不親切|失礼|横柄|高圧的|威圧的|冷たい|冷たかった|無礼|乱暴|不誠実|ぞんざい|横暴|怠慢)(?:な(?:対応|態度|言動|応対|接客)(?:を)?(?:した|していた|とった|取った)|だった|であった|でした)(?:という|との|といった)(?:ような)?事実(?:は|も)[、,]?(?:一切|全く|まったく|特に|何ら)?(?:確認(?:でき|され)(?:ませんでした|ておりません|ていません|ません|なかった)|認められ(?:ませんでした|ません|なかった)|(?:ございません|ありません)(?:でした)?)', 'u')
export const LOOK_UP_BEFORE_POINTING = phrase('(?:ご指摘|指摘|ご批判|批判|お叱り)(?:を)?(?:される|する|なさる|いただく|の)?(?:前に|まえに)[、,]?(?:少し|すこし|まず|一度|ちょっと|ちゃんと|きちんと)?[^。！？!?\\n]{0,8}?(?:調べ|お調べ|確かめ|辞書を引い|検索し|読んで|お読み)(?:て|に(?:なって)?)?(?:いただけると|いただければ|いただきたい|ください|下さい|ほしい|欲しい|もらえると|もらえれば|くれると|ね)', 'u')
export const NOTHING_WRONG_DONE = phrase('(?:うち|私ども|わたしども|当方|こちら|当市|本市|市役所|役所|市|職員|我々|私たち|当課|担当課)(?:は|も|側は|としては)[、,]?(?:別に|決して|本当に)?(?:何も|なにも|何一つ|何ひとつ|なんも|一つも|ひとつも)(?:間違った|間違つた|悪い|おかしな|まずい|やましい)こと(?:は|を|も)?(?:して(?:い|お)?(?:ない|ません|らん|ん)|しとら|しちょら|しよら|しておりません)', 'u')
export const COMPLAINT_SENT_ELSEWHERE = phrase('(?:文句|クレーム)(?:は|なら|があるなら)[、,]?[^。！？!?\\n、]{0,10}?に(?:言|ゆ)(?:って|うて|え|いなさい)', 'u')
export function retortsToCritic(fo: string, replying: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const add = (m: RegExpExecArray | null) => void (m && out.push([m.index, m.index + m[0].length]))
  add(UNAWARE_CRITIC.exec(fo))
  if (!(HAZARD.test(fo) && SHELTER.test(fo))) add(CARELESS_INFO_SCOLDED.exec(fo))
  if (replying || CRITICISM.test(fo)) {
    add(HANDLING_NOT_AT_FAULT.exec(fo))
    add(CONDUCT_DENIED.exec(fo))
    add(LOOK_UP_BEFORE_POINTING.exec(fo))
  }
  add(NOTHING_WRONG_DONE.exec(fo))
  add(COMPLAINT_SENT_ELSEWHERE.exec(fo))
  return out
}
