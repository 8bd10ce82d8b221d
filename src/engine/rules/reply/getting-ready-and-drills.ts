/**
 * A reply about getting ready for a disaster, or a disaster only acted out, makes no disaster reply (4(3), reply/emergency vs
 * reply/broadcast-only): 防災マップ, ハザードマップ, 日頃から, 事前に (PREPARING; across paragraphs: PREPARING_TOPIC), what is stocked for a
 * disaster (避難所の備蓄品, 非常食: STOCK), a drill, a disaster-prevention class or an exhibit (総合防災訓練, 地震体験車: DRILL), a class or an
 * exercise for a disaster only assumed (地震を想定した防災研修: REHEARSAL, `rehearsed`). Still a disaster reply: supplies handed out or short
 * now (SUPPLY_NOW), これは訓練ではありません (NOT_A_DRILL), words of a disaster on its way or here today (接近, 水位, 本日: NOW_WORDS), anything
 * going on now. Part of the reply family (index.ts runs the checks in order and reports them).
 */

/** Getting ready for a disaster, not living through one: 防災マップ, ハザードマップ, シーズン前, 日頃から, 事前に. */
export const PREPARING = /ハザードマップ|防災マップ|シーズン前|シーズンの前|日頃から|日ごろから|普段から|事前に|平時|備えて|備え(?:を|る|ましょう|ください)|確認しておいて|ご確認ください/u
/**
 * Blind R166I-002: the materials and habits of getting ready that make a whole reply about it (防災マップ, ハザードマップ, 日頃から, 平時), read
 * across its paragraphs; and the words of a disaster on its way or here today that keep it a disaster reply (接近, 降り続く, 水位, 本日).
 */
export const PREPARING_TOPIC = /ハザードマップ|防災マップ|防災ハンドブック|防災ガイドブック|日頃から|日ごろから|普段から|平時|平常時/u
export const NOW_WORDS = /接近|近づ|発表され|発令|降って|降り続|水位|上昇|避難を|早めの避難|被害|停電して|断水して|通行止め|本日|今日|今朝|今夜|明日|今後|ただいま|現在/u
/** Round 44: what is stocked or kept for a disaster (避難所の備蓄品, 非常食, 防災倉庫, 防災用品): getting ready too, unless in use now. */
export const STOCK = /備蓄|非常食|非常持ち出し|非常用持ち出し|防災用品|防災グッズ|防災倉庫/u
/** Supplies being handed out or running short now (備蓄品を配布しています, 毛布が不足しています): the stock in use, not kept. */
export const SUPPLY_NOW = /配布し(?:てい|てお|ます|まし)|配布中|お配りし(?:てい|てお|ます|まし)|お渡しし(?:てい|てお)|不足し(?:てい|てお)|足りていません|足りません|足りない状況/u
/**
 * Round 53: a drill or a disaster-prevention class (総合防災訓練では、各地区の避難所で開設体験と炊き出し訓練を行います, 津波避難訓練の当日は
 * サイレンを鳴らします, 防災教室): a disaster only acted out, with nothing going on now. Not 職業訓練 (a school that may be flooded), not
 * 「これは訓練ではありません」 (`NOT_A_DRILL`).
 * Blind R72A-018: a disaster word as the head of a compound that names a simulation to try (地震体験車, 津波体験VR, 火災体験ハウス,
 * 台風体験コーナー, 地震の揺れを体験): an event's exhibit, a disaster acted out like a drill (a real one going on still counts: ONGOING).
 */
export const DRILL = /(?:地震|津波|台風|大雨|豪雨|洪水|水害|浸水|冠水|火災|噴火|土砂災害|土石流|竜巻|暴風|風水害|災害)(?:体験|疑似体験|シミュレーター|シミュレータ)|地震の揺れ(?:を|が)?体験|(?:防災|避難|消防|総合|合同|地震|津波|水防|土砂災害|図上|災害対応|避難所運営|避難所開設|開設|炊き出し|救命|救助|初期消火|消火|通報|情報伝達|安否確認|一斉|シェイクアウト)訓練|訓練(?:を(?:行|実施|おこな)|に(?:ご)?参加|の(?:ご)?案内|のお知らせ|日|当日|会場)|(?:開設|避難所|避難所生活|避難生活|炊き出し|起震車|煙)体験|防災(?:教室|講座|講習|学習|キャンプ|フェア|イベント|体験|まち歩き|ウォーク)|シェイクアウト/u
/** 「これは訓練ではありません」: a disaster going on, said to be no drill. */
export const NOT_A_DRILL = /訓練(?:では|じゃ)(?:ありません|ない|なく|ございません)/u
/**
 * Blind R384H-045 kind: a class or an exercise for a disaster only assumed (地震を想定した防災研修, 津波の発生を想定して図上演習を行います,
 * 大雨を想定した避難の練習, 災害対応研修, 危機管理セミナー): staff or residents trained for a disaster that is not going on, like a drill. The
 * disaster word is what the class assumes (を想定した, 想定の) or the class is named by its topic (防災研修, 災害対応演習). A real one going on
 * still counts (`ONGOING`), as for a drill.
 */
const REHEARSAL = /(?:地震|津波|台風|大雨|豪雨|洪水|水害|浸水|火災|噴火|土砂災害|風水害|災害)(?:の発生|発生時|が(?:起き|発生し)た(?:とき|時|場合))?(?:を|と)?想定(?:し(?:た|て)|の)[^。！？!?\n]{0,16}?(?:訓練|研修|演習|講習|講座|セミナー|勉強会|ワークショップ|シミュレーション|教室|練習)|(?:防災|減災|災害対応|危機管理|避難所運営|地震|津波|水害)(?:研修|演習|セミナー|勉強会|ワークショップ)/u
export function rehearsed(sq: string): boolean {
  return REHEARSAL.test(sq) && !NOT_A_DRILL.test(sq)
}
