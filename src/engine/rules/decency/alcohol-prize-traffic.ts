/**
 * decency — alcohol given as the prize of a traffic-safety campaign (wave 89).
 *
 * Blind R440R-036 kind: a drink handed out by lot or to all in a post about traffic safety or against drunk driving (交通安全アンケート…
 * 抽選で…純米吟醸をプレゼント, 飲酒運転根絶キャンペーン…もれなく地ビール進呈, 安全運転宣言の参加者に焼酎が当たる): the prize
 * contradicts the campaign, `decency/conduct` warn. The campaign rules of R414P-028 and R420V-010 let a drink pass when 飲酒運転 stands
 * near (a warning); here that word is the campaign's own name and the drink is still the prize. Kept clean: a traffic-safety prize that
 * is not a drink (反射材, ドライブレコーダー, お米), non-alcoholic drinks (ノンアルコールビール, 甘酒), drinking named as what to refrain
 * from (お酒を飲んだら運転しない), a brewery's goods (酒蔵の手ぬぐい).
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'

const TRAFFIC = phrase('交通安全|飲酒運転|安全運転|交通事故|ハンドルキーパー|酒気帯び|シートベルト|チャイルドシート|ヘルメット|ドライバー', 'u')
const LOT = '(?:抽選|ちゅうせん|もれなく|漏れなく|先着(?:順)?|参加(?:者|された方|いただいた方)(?:全員)?に|回答(?:者|された方|いただいた方)(?:全員)?に|正解(?:者|された方)に)'
const DRINK = '(?<!ノン|ノンアル|ノンアルコール|アルコールフリー|アルコール|甘|あま|0|ゼロ)(?:生ビール|地ビール|クラフトビール|ビール|日本酒|清酒|地酒|新酒|(?:純米)?(?:大)?吟醸(?:酒)?|純米酒|本醸造|焼酎|泡盛|梅酒|ワイン|ハイボール|チューハイ|酎ハイ|ウイスキー|ウィスキー|ブランデー|シャンパン|お酒|一升瓶|四合瓶|[🍺🍻🍶🍷🥂🍾🥃])(?!(?:の|用の|用)?(?:グラス|器|おちょこ|徳利|オープナー|ケーキ|ゼリー|饅頭|まんじゅう|グッズ|石鹸|粕|かす|手ぬぐい|タオル|テイスト))(?!を(?:飲|のん|のま)|は(?:飲|のま)|(?:を)?飲んだら|を飲む)'
const GIVEN = '(?:プレゼント|進呈|贈呈|差し上げ|お贈り|お届け|お送り|当た(?:る|ります|り(?!前)))'
const PRIZE = phrase(`${LOT}[^。！？!?\\n]{0,40}?${DRINK}[^。！？!?\\n]{0,20}?${GIVEN}|(?:景品|賞品|副賞)(?:は|に|として)[^。！？!?\\n]{0,20}?${DRINK}`)

/** Alcohol given as the prize of a traffic-safety campaign over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function alcoholPrizeTraffic(fo: string): Array<[number, number, 'decency/conduct', 'block' | 'warn', string]> {
  if (!TRAFFIC.test(fo)) return []
  for (const m of matchAllOf(PRIZE, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    if (/のんある|のんあるこーる|あるこーるふりー/u.test(fo.slice(sen.start, sen.end))) continue
    return [[m.index, end, 'decency/conduct', 'warn', '交通安全や飲酒運転防止の企画で酒類を景品にせず、反射材や特産品などにしてください（例：「抽選で20名様に、反射材グッズと柳川の特産品をお送りします」）']]
  }
  return []
}
