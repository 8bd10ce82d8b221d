/**
 * rebuttal — counter-claims the phrase table misses (4(5), 6(2)): an outside body's low rating dismissed as biased
 * (実態を反映したものとは言えません), the critic told a careful reading would have shown them or not to cherry-pick, a complaint
 * of something not done echoed and answered that it was done properly. Clean: a remedy announced with the rating, a guide.
 */
import { phrase } from '../../words'
import { CRITICISM, REMEDY } from './context'

/*
 * Counter-claims to criticism and their look-alikes (blind R387L/R385J/LK kinds). One block: the phrases and the functions that read them.
 */
/**
 * Counter-claims the phrase table misses, as [start, end) spans of `fo`:
 * - Blind R387L-058 kind: an outside body's ranking or rating that puts the city low (県内最下位とされていますが, ワーストとの評価) dismissed as
 *   biased or not reflecting reality (評価項目の取り方に偏りがあり, 実態を反映したものとは言えません, 低い評価は当たらないと考えます).
 * - Blind R387L-039 kind (in a reply or after a criticism): the critic told that a careful reading would have shown them (決算書をきちんとお読みいただければ、…とお分かりになる
 *   はずです) with the clause between of any length in the sentence, or told not to cherry-pick (都合のいい数字だけを切り取って語るのはお控えください).
 * - Blind R387L-045 kind: a complaint of something not done echoed (資料が配られなかったって書かれてますけど) and answered that it was done
 *   properly (ちゃんと全員にお渡ししてますよ).
 */
export const RATED_LOW = phrase('(?:最下位|下位|ワースト|最低(?:ランク|評価|水準)?|低い評価|低評価|低い順位|低位)(?:と(?:され|評価され|位置づけられ|判定され|発表され|報じられ)|に(?:ランク|位置づけ|格付け)|との(?:評価|結果|判定))', 'u')
export const RATING_DISMISSED = phrase('(?:評価|採点|調査|集計|比較)(?:の)?(?:項目|方法|基準|手法|指標|対象)(?:の(?:取り方|選び方|設定|置き方))?(?:に|には|が|は)[^。！？!?\\n]{0,8}?(?:偏り|かたより|問題|疑問|誤り)(?:が|の)?(?:あり|ある(?!わけ|とは|か|の?では)|ござい|残)|実態(?:を|に)(?:正しく|正確に|十分に)?(?:反映|即)(?:した|して)(?:もの|結果|評価|順位)?(?:とは|では)(?:言え|いえ|ありません|ございません|ない)|(?:低い|厳しい)?(?:評価|順位|結果|判定|格付け)(?:は|も)[、,]?(?:全く|まったく|必ずしも|到底)?(?:当たら|あたら|妥当では|適切では|公正では)', 'u')
export const CAREFUL_READ_KNOWN = phrase('(?:きちんと|ちゃんと|よく|しっかり|最後まで)(?:お読み|読んで|ご覧|見て)(?:いただければ|いただけば|くだされば|もらえれば|くれれば|になれば)[、,]?[^。！？!?\\n]{4,60}?(?:お分かり|おわかり|分か|わか|ご理解いただけ|ご納得いただけ)(?:になる|いただける|る)?(?:はず|ものと|ことと)', 'u')
export const CHERRY_PICKING_SCOLDED = phrase('都合の(?:いい|良い|よい)(?:数字|数値|部分|ところ|データ|情報|点|話)(?:だけ|のみ|ばかり)(?:を)?(?:切り取|取り上げ|抜き出|並べ|強調)[^。！？!?\\n]{0,10}?(?:のは|ことは|のも)[、,]?(?:お控え|おやめ|やめて|控えて|ご遠慮|慎ん)', 'u')
export const NOT_DONE_ECHOED_DONE = phrase('(?:なかった|なかつた|てない|ていない|てなかった|てもらえなかった)(?:って|と)(?:書かれ|書いて|書き込まれ|言われ|おっしゃ)[ぁ-ゖ]{0,8}?(?:けど|けれど|が)[、,][^。！？!?\\n]{0,24}?(?:ちゃんと|きちんと|しっかり)[^。！？!?\\n]{0,16}?(?:て|で)(?:ます|います|おります|ました|いました|る(?![かと]))', 'u')
export function counterClaims(fo: string, replying: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const add = (m: RegExpExecArray | null) => void (m && out.push([m.index, m.index + m[0].length]))
  if (RATED_LOW.test(fo) && !REMEDY.test(fo)) add(RATING_DISMISSED.exec(fo))
  if (replying || CRITICISM.test(fo)) {
    add(CAREFUL_READ_KNOWN.exec(fo))
    add(CHERRY_PICKING_SCOLDED.exec(fo))
  }
  add(NOT_DONE_ECHOED_DONE.exec(fo))
  return out
}
