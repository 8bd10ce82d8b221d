/**
 * The writer's private matters posted as the city (5(1)): entering a prize campaign or a private outing from the account,
 * a member of staff's grumble about the workload or the employer. Stays clean: the city's own campaigns, public events.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { put, quotedExample, sentenceOf } from './context'
import type { Emitter } from './context'

/**
 * Blind R128I-097: a private entry into a company's campaign or prize draw posted on the official account (#有明ビール夏のキャンペーン
 * 応募します！当たりますように🍺 @ariake_beer_jp; プレゼント企画に参加しました、当たれ〜): the writer's own entry in the first person
 * (応募します, 参加しました, エントリー完了) with a wish to win, or with the campaign and the company's handle. The city's own campaign
 * (応募をお待ちしています, 抽選で10名様に当たります) and a city entering a contest with no luck wished (コンテストに応募しました) are not this.
 */
const OWN_ENTRY = /(?:応募|エントリー|参加)(?:します|しました|しまーす|しま〜す|しちゃ(?:う|い|お)|完了|済み|したよ|した[！!]|しとく|しときます|しよ(?:う)?[！!〜~])/gu
const LUCK_WISHED = /当たりますように|当たれ(?:[ー〜~！!]|$)|当選しますように|当たってほしい|当たるといいな|当たりますよーに|当選祈願|当たりたい/u
const PRIZE_CAMPAIGN = /キャンペーン|懸賞|プレゼント企画|プレゼントキャンペーン|抽選|フォロー(?:&|＆|と|\+)?(?:RT|リポスト|リツイート)/u
const HANDLE = /(?<![A-Za-z0-9._%+-])@[A-Za-z0-9_]{3,15}/u

export function privateEntry(e: Emitter, t: string): void {
  if (!/応募|エントリー|参加/u.test(t)) return
  const luck = LUCK_WISHED.test(t)
  if (!luck && !(PRIZE_CAMPAIGN.test(t) && HANDLE.test(t))) return
  OWN_ENTRY.lastIndex = 0
  const m = OWN_ENTRY.exec(t)
  if (!m) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}

/**
 * Blind R131I-061: the writer's own day off and what they will do with it, posted on the official account (明日は有給とって福岡の推しのライブ
 * 行ってきます〜, 代休なので温泉に行ってきます, 推しのライブに参戦してきます): a private plan meant for a private account. Leave or a fan's
 * outing in the first person (行ってきます, 参戦, 楽しんできます). Readers' leave (休暇を取って帰省される方は…), leave as a labour topic
 * (有給休暇の取得促進) and the city's own event (推しのライブが市民会館で開催) are not this.
 */
const PRIVATE_OUTING =
  /(?:有給|有休|年休|休暇|代休|振休|振替休日|夏休み|お休み)(?:を)?(?:とって|取って|とり|取り|もらって|使って|いただいて|なので|だから|やけん|の日(?:は|に))[^。！？!?\n]{0,30}?(?:行ってき(?:ます|まーす|まーす|ま〜す|まっす)|行ってくる|行ってこよ|参戦|楽しんでき|遊んでき|旅行(?:に|して)き|飲みに行)|推し(?:の)?[^。！？!?\n]{0,8}?(?:ライブ|コンサート|ツアー|イベント|舞台|握手会)(?:に)?(?:行ってき(?:ます|まーす|ま〜す)|行ってくる|参戦(?:します|してき|する|決定))/gu
export function privateOuting(e: Emitter, t: string): void {
  if (!/有給|有休|年休|休暇|代休|振休|休日|休み|推し/u.test(t)) return
  PRIVATE_OUTING.lastIndex = 0
  const m = PRIVATE_OUTING.exec(t)
  if (!m || /方は|方へ|皆さん|みなさん|ご家族で/u.test(sentenceOf(t, m.index, m.index + m[0].length))) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}
/**
 * Blind R170I-013: the writer's grumble about their own work (今日で20連勤…。人も予算も減らされて、それで仕事は増える一方。この市、ほんとに
 * どうかしてる; 残業続きでうちの役所はおかしい) with the city or the office, their employer, condemned in the demonstrative or the possessive
 * (この市, うちの役所, この職場): a staff member's private complaint sent from the official account. Both must be there: a workload praised or
 * thanked for (20連勤おつかれさまでした、消防団の皆さん), a reform told (残業を減らすため、この市では…) and a resident's verdict quoted in
 * brackets are not this; nor praise in the same words (この町、どうかしてるくらい桜がきれい).
 */
const OWN_WORK_GRUMBLE = /[0-9０-９一二三四五六七八九十]{1,3}連勤(?!を?(?:お(?:つかれ|疲れ)|ありがとう|支え))|連勤続き|(?:残業|休日出勤|徹夜)(?:続き|ばかり|ばっかり|ばっか|地獄|三昧)|(?:人|人員|職員|人手)(?:も|は|が)[^。！？!?\n]{0,8}?減らされ|仕事(?:は|が|ばかり|だけ)[^。！？!?\n]{0,6}?増える一方|休みが(?:ない|取れない|とれない|なか)/u
const EMPLOYER_CONDEMNED = /(?:この|うちの|ウチの)(?:市|まち|町|市役所|役所|役場|職場|組織|自治体)(?:って|は|も)?[、,\s]?(?:ほんとに|本当に|ほんと|ホントに|マジで|まじで|まったく|全く|もう|完全に)?[、,]?(?:どうかしてる|どうかしとる|どうかしている|おかしい|狂って|終わって|終わっとる|ブラック(?![ァ-ヺー])|腐って|いかれて|最悪(?!の))(?![^。！？!?\n]{0,4}?(?:くらい|ぐらい|ほど))/u
export function staffGrumble(e: Emitter, t: string): void {
  if (!OWN_WORK_GRUMBLE.test(t)) return
  const m = EMPLOYER_CONDEMNED.exec(t)
  if (!m || quotedExample(t, m.index) || /「[^」\n]*$/u.test(t.slice(Math.max(0, m.index - 40), m.index))) return
  put(e, 'unofficial/private-post', m.index, m.index + m[0].length)
}
