/**
 * hostility — a commenter thanked, then their choice mocked and waved off with "suit yourself".
 *
 * Blind R440R-048 kind: a commenter's words quoted or acknowledged with thanks (「…」とのコメント、ありがとうございます, ご意見拝見しました),
 * then the reply mocks their choice (…は守って…は守らない、なかなかの選択ですね; 大したご判断ですね) and waves them off (どうぞお好きに〜,
 * お好きにどうぞ, 勝手にどうぞ, どうぞお好きになさってください): sarcasm and a brush-off aimed at the commenter, warn
 * (hostility/confrontational). Read on the folded view: the "suit yourself" phrase at a sentence's end (not followed by a verb of what to
 * choose), in a paragraph that acknowledges a comment or mocks a choice.
 * What stays clean: sincere thanks for a comment with the city's answer, a question answered (「席は自由ですか」とのご質問…はい、お好きな
 * 席へどうぞ), an invitation to choose (どうぞお好きにお選びください, お好きなトッピングをどうぞ), sincere praise (早めの避難、素晴らしい
 * ご判断ですね).
 */

/** "Suit yourself" at a sentence's end (どうぞお好きに〜, お好きにどうぞ, 勝手にどうぞ, お好きになさってください). */
const WAVED_OFF =
  /(?:どうぞ)?(?:お好きに|おすきに|ご勝手に|勝手に|好きに)(?:どうぞ|(?:なさつて|されて|して)(?:ください|下さい|くださいね|ね)?)(?=$|[〜~ー。.!！…\s]|\p{Extended_Pictographic})|どうぞ(?:お好きに|おすきに|ご勝手に)(?=$|[〜~ー。.!！…\s]|\p{Extended_Pictographic})/gu
/** A comment acknowledged in the paragraph, or a choice mocked. */
const COMMENT_OR_MOCK = /こめんと|ご意見|ご指摘|お声|書き込み|(?:との|という)(?:こと|お考え)|おつしや|(?:なかなかの|大した|たいした|ご立派な|立派な|結構な|斬新な|賢い|素晴らしい|すばらしい)(?:ご)?(?:選択|判断|お考え|考え|決断|価値観|優先順位)/u
/** … not a question answered, nor the writer's own plan. */
const ANSWERED = /ご質問|質問|お問い合わせ|問い合わせ|はい[、,]|お選び|選んで|お使い|ご利用/u

/** [start, end, rule, instead] of each brush-off in `fo` (the folded paragraph), in the view's offsets. */
export function commentWavedOff(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/好きに|勝手に/u.test(fo) || !COMMENT_OR_MOCK.test(fo) || ANSWERED.test(fo)) return out
  WAVED_OFF.lastIndex = 0
  for (let m = WAVED_OFF.exec(fo); m !== null; m = WAVED_OFF.exec(fo)) {
    const s = Math.max(fo.lastIndexOf('。', m.index - 1), fo.lastIndexOf('\n', m.index - 1), fo.lastIndexOf('!', m.index - 1), fo.lastIndexOf('！', m.index - 1)) + 1
    if (/[「『]/u.test(fo.slice(s, m.index)) && !/[」』]/u.test(fo.slice(s, m.index))) continue
    out.push([m.index, m.index + m[0].length, 'hostility/confrontational', 'コメントを皮肉で突き放さず、「ご意見ありがとうございます。暑い日でもかぶりやすいヘルメットの選び方をご紹介します」のように受け止めて情報を伝えてください'])
  }
  return out
}
