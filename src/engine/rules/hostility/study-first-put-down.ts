/**
 * hostility — a resident's photo or post judged poor and the resident told to go and study before posting.
 *
 * Blind R435L-056 kind: someone's photo, video or post put down (この写真だと…良さが全然伝わってないですね, 構図がいまいちですね, プロの
 * 写真を見て) and the poster told to study or practise first before they post, tag or enter again (勉強してから…タグを付けていただけると
 * 助かります, 撮り方を練習してから投稿してもらえますか, 上手な人の作品を参考に勉強されてから応募して): condescension towards a resident,
 * warn (hostility/confrontational). Read on the folded view: 勉強/練習/修行/学んで + てから, then a request or the act of posting in the
 * rest of the sentence (ください, いただけると, 投稿, 応募, たぐ), with the poster's work (写真, 動画, 作品, 投稿, 撮り方) and a put-down or
 * a model to learn from (全然, いまいち, 伝わってない, 下手, プロの, 上手な人の) in the paragraph.
 * What stays clean: a kind judging comment (良さがよく伝わってきます), a class or a workshop (写真講座では、プロの作品を見て勉強してから
 * 撮影に出かけます; ましょう, 一緒に), children's learning told (子どもたちは…勉強してから撮影しました), the rules read first (応募要項を
 * よく読んでから投稿してください).
 */

/** Study or practise first (勉強してから, 練習されてから, 学んでから). */
const STUDY_FIRST = /(?:お?勉強|練習|修行|修業|研究|研鑽|学習)(?:を)?(?:して|されて|なさつて|し直して|しなおして|積んで|重ねて)から|(?:学んで|学ばれて|勉強しなおして)から/gu
/** …then a request or the act of posting (ください, いただけると助かります, 投稿, 応募, たぐを付けて). */
const THEN_POST = /ください|下さい|いただけ|頂け|いただき|頂き|もらえ|もらい|お願い|助かり|投稿|応募|たぐ|#|載せ|上げて|あげて|こめんと|書き込|ほしい|欲しい|どうぞ|出直/u
/** The poster's work in the paragraph. */
const WORK = /写真|しやしん|動画|画像|映像|作品|投稿|撮り方|撮影|構図|文章|絵|いらすと/u
/** A put-down of it, or a model held above it. */
const PUT_DOWN = /ぷろの|上手な|うまい人|上手い人|ちやんとした|まともな|他の方の|他の人の|全然|まつたく|ちつとも|いまいち|今ひとつ|微妙|下手|へた|素人|伝わつて(?:い)?ない|伝わらない|伝わりません|ぶれ|ぴんぼけ|残念|うーん|う〜ん/u
/** … not a class, a workshop or children learning, nor the writer's own plan. */
const LESSON = /講座|教室|講習|わーくしよつぷ|せみなー|研修|授業|ましよう|一緒に|みんなで|子ども|子供|こども|児童|生徒|学生|私も|私たちも|職員も|当課/u

/** [start, end, rule, instead] of each put-down in `fo` (the folded paragraph), in the view's offsets. */
export function studyFirstPutDown(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/から/u.test(fo) || !WORK.test(fo) || !PUT_DOWN.test(fo)) return out
  STUDY_FIRST.lastIndex = 0
  for (let m = STUDY_FIRST.exec(fo); m !== null; m = STUDY_FIRST.exec(fo)) {
    const e = m.index + m[0].length
    const senStart = Math.max(fo.lastIndexOf('。', m.index - 1), fo.lastIndexOf('\n', m.index - 1), fo.lastIndexOf('?', m.index - 1), fo.lastIndexOf('？', m.index - 1), fo.lastIndexOf('!', m.index - 1), fo.lastIndexOf('！', m.index - 1)) + 1
    let senEnd = e
    while (senEnd < fo.length && senEnd < e + 60 && !'。?!？！\n'.includes(fo[senEnd]!)) senEnd++
    if (!THEN_POST.test(fo.slice(e, senEnd)) || LESSON.test(fo.slice(senStart, senEnd))) continue
    out.push([senStart, senEnd, 'hostility/confrontational', '投稿の出来を評価したり勉強を勧めたりせず、「素敵な写真をありがとうございます」と感謝を伝え、タグの使い方だけを案内してください'])
  }
  return out
}
