/**
 * decency — one private business picked as the writer's own recommendation (wave 89).
 *
 * Blind R440R-018 kind: the account's staff naming one private firm or shop as their pick in a noun frame (個人的なおすすめは…「…」さん,
 * 私的イチオシは『…工務店』, 職員のおすすめは「…」様) with praise or a push in that sentence or the next (一番安くて, 工事も丁寧,
 * 対応が早い, ぜひ, チラシを窓口に): the city's post promoting one business, `decency/conduct` warn (what R411L's PERSONAL frame reads
 * as 個人的には, said as a noun, the praise in the next sentence). Kept clean: a list of certified or participating shops published by
 * an association (認定店, 加盟店, 一覧), the city declining to pick (特定の業者をおすすめすることはできません), a personal pick of a place,
 * a book or a season with no business named (個人的なおすすめは夕方の川下りです).
 */
import { matchAllOf } from '../../regex'
import { phrase, sentenceOf } from '../../words'
import { BIZ_NAMED } from './context'

const PICK_NOUN = '(?:個人的(?:な|に)?|私的(?:な)?|わたし的(?:な)?|僕的(?:な)?|自分的(?:な)?|(?:私|わたし|僕|ぼく|自分|職員|担当(?:者)?|スタッフ)(?:の|が)?)(?:一番の|いちばんの)?(?:おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|推し)(?:は|が|の(?:お店|業者|会社|店))?'
const PICKED = phrase(`${PICK_NOUN}[、,：:]?[^。！？!?\\n]{0,24}?${BIZ_NAMED}`)
const PRAISE = phrase('安く|安い|安かっ|お得|良心的|リーズナブル|丁寧|親切|早い|速い|確か|腕がいい|腕が良い|信頼|間違いな|満足|一番|いちばん|ぜひ|是非|お気軽に|チラシ|パンフ|名刺|ご紹介|紹介して', 'u')
const NEUTRAL = phrase('認定店|協力店|参加店|加盟店|登録店|取扱店|対象店|一覧|各店|各社|組合|協会が|(?:紹介|推奨|おすすめ|お勧め)(?:することは)?(?:でき|いたし|し)(?:ません|かね)|特定の(?:業者|事業者|お店|店|会社)|詐欺|悪質|ご注意', 'u')

/** One private business picked as the writer's own recommendation over a paragraph's folded text: `[start, end, rule, severity, instead]`. */
export function businessPickedPersonally(fo: string): Array<[number, number, 'decency/conduct', 'block' | 'warn', string]> {
  for (const m of matchAllOf(PICKED, fo)) {
    const end = m.index + m[0].length
    const sen = sentenceOf(fo, m.index, end)
    const next = sen.end < fo.length ? sentenceOf(fo, sen.end, sen.end).end : sen.end
    const around = fo.slice(sen.start, next)
    if (NEUTRAL.test(around) || !PRAISE.test(fo.slice(end, next))) continue
    return [[m.index, end, 'decency/conduct', 'warn', '特定の民間事業者を職員のおすすめとして紹介せず、選び方や公的な相談先を中立に案内してください（例：「防犯カメラの設置は、複数の業者から見積もりを取って比べましょう」）']]
  }
  return []
}
