/**
 * hostility — a critic told that, having so much time to write, they could spend it on something else.
 *
 * Blind R431G-034 kind: a commenter's criticism answered by pointing at the time they spend on it and sending them off to do
 * something else with it (これだけ書き込むお時間がおありなら、…講座にでも参加されてみてはいかがでしょう; そんなに文句を言う暇が
 * あったら、ボランティアでもどうぞ; 毎日コメントを書かれるお暇があるのでしたら、…してみては): sarcasm at a commenter, warn
 * (hostility/confrontational). Read on the folded view: the time or leisure (お時間, 暇, 余裕) of someone who writes, comments,
 * complains or criticises, with a condition (おありなら, あるなら, あったら, あるのでしたら), then a suggestion in the rest of the
 * sentence or the next (てはいかが, てみては, どうぞ, 暇つぶし). Writing, commenting or calling (書き込む, コメント, 投稿, 電話) needs a
 * degree word before it (これだけ, そんなに, 長文を), or a word of frequency and leisure (毎日…お暇が); a complaint's own verbs (文句,
 * 批判, 苦情, 揚げ足) do not.
 * What stays clean: an invitation to those who have time (お時間がおありでしたら、ぜひご参加ください), thanks for long opinions,
 * a lack of time (書く時間がない方は…), a time of day (コメントを書く時間があるときに), the writer's own time (私も…書く時間が
 * あれば), a diary or a letter as a tip (毎日日記を書く時間があれば…), a daily call to family (毎日電話する時間があれば安心ですが).
 */

/** How much they write (これだけ, そんなに, 長文を, 何度も), or how often (毎日, いつも). */
const DEGREE = '(?:これだけ|それだけ|あれだけ|これほど|それほど|あれほど|こんなに|そんなに|あんなに|しよつちゆう|何度も|何回も|長文(?:を|で)?|長々と)'
const OFTEN = '(?:毎日|毎晩|毎回|毎度|いつも|連日)'
/** The time or leisure (お時間, 暇, 余裕), then a condition (おありなら, あるなら, あったら, あるのでしたら). */
const IF_HAVE = '(?:が|は|も)?[、\\s]?(?:(?:おあり|ある|あります|ございます)(?:の|ん)?(?:なら(?:ば)?|でしたら|であれば|だつたら|やつたら)|おありでしたら|おありであれば|あれば|あつたら|ありましたら)'
const TIME = '(?:お時間|時間|お暇|(?<!お)暇|ひま|余裕|元気|えねるぎー)'
const LEISURE = '(?:お暇|(?<!お)暇|ひま)'
const WRITES = '(?:書き込|書きこ|かきこ|こめんと|ご意見|意見|ご指摘|指摘|書く|書かれる|書いて|お書き|投稿|電話)'
/**
 * A complaint's own verbs after any degree word or none (文句を言う暇があるなら, 毎日批判を書き込む余裕があったら); writing, commenting
 * or calling after a degree word (これだけ書き込むお時間がおありなら), or after a word of frequency with leisure (毎日投稿されるお暇が
 * あるのでしたら).
 */
const SPARE_TIME = new RegExp(
  `(?:(?:${DEGREE}|${OFTEN})[、\\s]?[^。！？!?\\n]{0,12}?)?(?:批判|文句|苦情|くれーむ|粗探し|あら探し|揚げ足|悪口|難癖|いちやもん)[^。！？!?\\n]{0,10}?${TIME}${IF_HAVE}|${DEGREE}[、\\s]?[^。！？!?\\n]{0,12}?${WRITES}[^。！？!?\\n]{0,10}?${TIME}${IF_HAVE}|${OFTEN}[、\\s]?[^。！？!?\\n]{0,12}?${WRITES}[^。！？!?\\n]{0,10}?${LEISURE}${IF_HAVE}`,
  'gu',
)
/** …then sent off to do something else with it: a suggestion, an invitation or a jab in the rest of the sentence or the next. */
const SENT_OFF =
  /(?:て|で|は|を)(?:は|も)?(?:いかが|どう|如何)|(?:ては|では)(?=[?？。!！.…~ー\s（(]|$)|(?:たら|れば)(?:いかが|どう|いい|よい|良い|よか)|てみては|てみたら|されては|なさつては|どうぞ|おすすめ|お勧め|べき|ませんか|ください|下さい|暇つぶし|ひまつぶし|有意義|役立て|働|手伝|ぼらんていあ|参加|勉強|学ん|学び/u
/** … not the writer's own time (私も…書く時間があれば), nor a diary, a letter or a post card as the thing written. */
const OWN_OR_TIP = /私|わたし|僕|ぼく|我々|われわれ|職員|当課|日記|手紙|はがき|葉書|作文|感想文|れぽーと/u

/** [start, end, rule, instead] of each taunt in `fo` (the folded paragraph), in the view's offsets. */
export function spareTimeTaunt(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/時間|暇|ひま|余裕|元気|えねるぎー/u.test(fo)) return out
  SPARE_TIME.lastIndex = 0
  for (let m = SPARE_TIME.exec(fo); m !== null; m = SPARE_TIME.exec(fo)) {
    const s = m.index
    const e = s + m[0].length
    const senStart = Math.max(fo.lastIndexOf('。', s - 1), fo.lastIndexOf('\n', s - 1), fo.lastIndexOf('?', s - 1), fo.lastIndexOf('!', s - 1)) + 1
    if (OWN_OR_TIP.test(fo.slice(senStart, e))) continue
    // The rest of this sentence and the next one.
    let to = e
    for (let ends = 0; to < fo.length && to < e + 100; to++) {
      const c = fo[to]!
      if (c === '。' || c === '?' || c === '!' || c === '\n') if (++ends === 2) break
    }
    if (!SENT_OFF.test(fo.slice(e, to))) continue
    out.push([s, e, 'hostility/confrontational', 'かけてくださった時間や手間には触れず、「ご意見ありがとうございます」と受け止め、市の取り組みや案内だけを伝えてください'])
  }
  return out
}
