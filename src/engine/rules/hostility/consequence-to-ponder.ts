/**
 * hostility — a wrongdoer told to think hard about what will happen if they do it again.
 *
 * Blind R433J-052 kind: someone who abused staff or did a wrong, addressed (…帰られた方へ, あなた) or told they are identifiable
 * (防犯カメラに顔ははっきり映っています, ナンバーは控えてあります), then a repeat put as a condition and the consequence left unsaid for
 * them to ponder (次に同じことをしたらどうなるか、よく考えてから来庁してください; 今度また同じことをされたらどうなるか、よくお考え
 * ください; またやったらどうなるか、想像してみてください; 次はどうなるか、覚えておいてください): a veiled threat, block
 * (hostility/threat). Read on the folded view: どうなるか + (よく) 考え / 想像 / 覚えて, with a repeat (次に, また, 再び, 同じことを,
 * これ以上, 今度) and a condition (たら, れば, なら, 場合) before it in the sentence, and in the paragraph before it either the
 * reader called you (あなた, あんた, お前) or two of: a wrongdoer addressed (…た方へ), a wrong named (暴言, 暴力, 怒鳴, 叩い),
 * a sign they are known (カメラ, 映って, 顔, ナンバー, 記録).
 * What stays clean: a notice of surveillance (防犯カメラ作動中), a formal warning that names the step (警察に通報します, 法的措置を
 * 検討します), a hazard to prepare for (次に同じ規模の地震が起きたらどうなるか、よく考えて備えましょう), a lesson (ごみを分別しなかったら
 * どうなるか、子どもたちと考えました), advice to a victim (被害に遭われた方へ…また狙われたらどうなるか).
 */

const PONDER =
  /どうなる(?:か|の)(?:は|を)?[、\s]?(?:よく|よーく|よ~く|よくよく|ようく|よう|じつくり|しつかり|ちやんと|一度|今一度|いま一度|もう一度|胸に手を当てて)?[、\s]?(?:(?:お|ご自分で|自分で)?考え|かんがえ|ご想像|想像(?:し|なさ|され|して)|覚えて(?:お|い|と)|肝に銘じ)/gu
/** A repeat put as a condition, before どうなるか in its sentence (次に同じことをしたら, またやったら, これ以上続けるなら). */
const REPEAT_IF =
  /(?:次に|次は|次回|今度|また|再び|ふたたび|二度と|同じ(?:こと|事|ような(?:こと|事|行為|真似|まね))|同様の(?:こと|行為)|これ以上|今後も|もう一度|もういちど)[^。！？!?\n]{0,30}?(?:たら|だら|れば|なら|ようなら|場合|際|とき|時)/u
const YOU = /あなた|あんた|お前|おまえ|貴様|てめえ|きさま/u
const DOER_ADDRESSED = /(?:た|る|ている|ていた|てる|れた|れる|られた)(?:方|人|者|方々|男性|女性|お客様|お客さま|利用者|皆さん|皆様)(?:の方|の方々|の皆さん|の皆様)?(?:へ|に告ぐ|に申し上げ|[。、])/u
const WRONG = /暴言|暴力|怒鳴|どなつ|罵|脅|叩い|たたい|蹴|暴れ|つば|唾|いたずら|落書き|ぽい捨て|不法投棄|盗|持ち去|持ち帰|無断|嫌がらせ|迷惑行為|荒らし|壊し|壊さ|威圧|大声|居座/u
const KNOWN = /かめら|映つ|写つ|撮影|録画|映像|顔|なんばー|車番|記録|控え|把握/u
/** … not a hazard, a lesson or a campaign, nor advice to a victim. */
const NOT_MENACE =
  /台風|地震|豪雨|大雨|洪水|津波|浸水|災害|熱中症|火災|火事|土砂|事故|病気|体調|健康|感染|人口|財政|温暖化|被害に(?:遭|あ)|被害を受け|被害者|狙われ|子どもたち|子供たち|児童|生徒|授業|学習|研修|講座|くいず|ましよう|一緒に/u

/** [start, end, rule, instead] of each veiled threat in `fo` (the folded paragraph), in the view's offsets. */
export function consequenceToPonder(fo: string): Array<[number, number, 'hostility/threat', string]> {
  const out: Array<[number, number, 'hostility/threat', string]> = []
  if (!fo.includes('どうなる')) return out
  PONDER.lastIndex = 0
  for (let m = PONDER.exec(fo); m !== null; m = PONDER.exec(fo)) {
    const e = m.index + m[0].length
    const senStart = Math.max(fo.lastIndexOf('。', m.index - 1), fo.lastIndexOf('\n', m.index - 1), fo.lastIndexOf('?', m.index - 1), fo.lastIndexOf('!', m.index - 1)) + 1
    const lead = fo.slice(senStart, m.index)
    const rep = REPEAT_IF.exec(lead)
    if (!rep) continue
    let senEnd = e
    while (senEnd < fo.length && senEnd < e + 60 && !'。?!\n'.includes(fo[senEnd]!)) senEnd++
    const context = fo.slice(Math.max(0, senStart - 160), senEnd)
    if (NOT_MENACE.test(context)) continue
    const before = fo.slice(Math.max(0, senStart - 160), e)
    const cues = (DOER_ADDRESSED.test(before) ? 1 : 0) + (WRONG.test(before) ? 1 : 0) + (KNOWN.test(before) ? 1 : 0)
    if (!YOU.test(before) && cues < 2) continue
    // The span ends at どうなるか: the cue after it (胸に手を当てて) may hold a warning of its own.
    out.push([senStart + rep.index, m.index + 5, 'hostility/threat', '含みをもたせた言い方はせず、「職員への暴言・暴力には、条例に基づき警察に通報するなどの対応をとります」のように、市の対応だけを伝えてください'])
  }
  return out
}
