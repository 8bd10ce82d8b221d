/**
 * Blind R178A-032: a person photographed and the picture posted, the post itself saying they were not asked (ベンチで休むおばあちゃんがすてき
 * だったので、そっと一枚。ご本人には声をかけそびれちゃいました; 許可は取っていませんが; 無断で撮らせてもらいました; こっそり撮った): their face
 * goes out to everyone without their leave, and the 肖像 confirmation the engine asks for would be ticked against what the post says. Warn,
 * read only with an image or a video attached (index.ts).
 *
 * The no-leave phrase is about asking the person (声をかけ…そびれ, 許可を取って…ない, 了解をもらわず, 断りなく) or how the picture was taken
 * (無断で, こっそり, 勝手に, 隠し撮り, glued to the taking: 無断で撮影, こっそり一枚); a picture taken is told in its sentence or the one before
 * (撮った, 一枚, パチリ, 写真, 写ってる, ショット), and a person in those sentences (ご本人, その方, おばあちゃん, 女性, 親子, 船頭さん, 子も…写).
 * Blind R361J-020: children in a picture whose parents have not said yes yet (保護者さんから掲載OKもらえてない子も写ってるんですが…先に
 * 載せちゃいます) is the kind too: OK in its spellings is leave, and not having it yet (もらえてない, 得られていない) is not having it. Not a rule or a request (無断で撮影
 * しないでください, 許可のない撮影はご遠慮ください, 声をかけてから撮りましょう), nor a picture someone else took of the writer (勝手に撮られた).
 */
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/** The person was not asked (声をかけそびれ, 許可を取っていない, 了解をもらわずに, 断りなく). */
const NOT_ASKED =
  /(?:声を(?:かけ|掛け)|お?声(?:が|か)け(?:し)?)(?:そびれ|損ね|そこね|忘れ|られ(?:ず|なかっ|ませんでし)|ずに|ずじまい|ないまま|てい?な(?:い|く|かっ)|ていません|ておらず|なかっ|ませんでし)|(?:許可|了解|了承|承諾|同意|OK|ＯＫ|オーケー|オッケー)(?:を|は|も|が)?(?:まだ|未だ|いまだ)?(?:取(?:らず|れず|らなかっ|ってい?な|っていませ|れてい?な|れていませ|ってお(?:らず|りませ))|と(?:らず|れず|らなかっ|ってい?な|っていませ)|もら(?:わず|えず|えなかっ|ってい?な|っていませ|えてい?な|えていませ)|いただ(?:かず|けず|けなかっ|けてい?な|けていませ|けておりませ|いてい?な|いておりませ|いていませ)|得(?:ず|てい?な|ておらず|ていませ|られず|られなかっ|られてい?な|られていませ))|(?:お?断り|断わり|ことわり)(?:も)?(?:なく|なしに|せず)/u
/** How the picture was taken, glued to the taking (無断で撮影, こっそり一枚, 勝手に撮っ, 隠し撮り). Active only: 勝手に撮られた is the writer's picture. */
const TAKEN_WITHOUT_LEAVE =
  /(?:無断|無許可|こっそり|勝手に|黙って|内緒で|ないしょで)(?:で)?[ 　]?(?:撮(?:っ|り(?!たい)|影し|影させ|らせ)|パチリ|ぱちり|パシャ|(?:一|1|ひと)枚)|隠し撮り|盗み撮り|盗撮し/u
/** A picture taken in the sentence or the one before: 撮った, 撮影しました, 一枚, パチリ, 写真. Not one only wished for (撮りたかった, 撮れなかった). */
const PICTURE_TAKEN = /撮(?:っ(?:た|て)|りました|影し|影さ|らせ)|(?:そっと|思わず|一|1|ひと)枚|パチリ|ぱちり|パシャ|写真|シャッター|写(?:って|り込|っちゃ)|ショット|📸|📷/u
const PICTURE_NOT_TAKEN = /撮(?:りたかっ|れなかっ|れず|り損ね|りそびれ|らなかっ|っていな|れませ)|写(?:ってい?な|っていませ|らない|らないよう|さない)|(?:顔|お顔)(?:は|に|を)?[^。！？!?\n]{0,8}?(?:隠し|かくし|ぼかし|スタンプ|モザイク)/u
/** Leave given after all (撮らせてもらいました, 快く応じて): the no-leave phrase is about something else. */
const LEAVE_GIVEN = /撮らせて(?:もら|いただ|頂|くれ|くださ)|快く|こころよく|どうぞと|(?:OK|ＯＫ|オーケー|オッケー)(?:を|も)?(?:もらい|もらっ|いただい|頂い|いただきまし|頂きまし)(?!てい?な|ていませ)/u
/** Someone in the picture: ご本人, その方, a word for a person by age or look (おばあちゃん, 女性, 親子, 学生さん), someone called with さん (船頭さん). */
const PERSON =
  /ご本人|本人|その方|あの方|お相手|相手の方|おばあ(?:ちゃん|さん|さま|様)|おじい(?:ちゃん|さん|さま|様)|おばちゃん|おじちゃん|おばさん|おじさん|お姉さん|お兄さん|女性|男性|女の子|男の子|子ども|子供|お子さん|赤ちゃん|親子|ご夫婦|ご夫妻|カップル|学生さん|観光客|ご家族|少年|少女|青年|紳士|ご婦人|児童|生徒|園児|(?<![\p{Script=Han}])子(?:も|が|たち)(?=[^。！？!?\n]{0,6}写)|[0-9]{1,2}代の(?:方|人)|(?:知らない|見知らぬ|地元の|通りすがりの|隣の|前の)(?:人|方)|(?<![皆])[\p{Script=Han}ァ-ヶー]{1,6}(?<!皆)(?:さん|ちゃん|くん)(?![\p{Script=Han}])/u
/** A rule or a request, not a report of what the writer did: ご遠慮ください, しないでください, 控えましょう, 声をかけてから. */
const RULE_OR_REQUEST =
  /ご遠慮|禁止|ないで(?:ください|下さい|くださ|ね|ほしい)|ないよう(?:に|お願い|ご注意)|控え(?:て|ましょう|ください)|お断り(?:します|しています|しております|いたします)|(?:掲載|公開|投稿|使用)(?:は|を)?(?:しません|いたしません|できません|しないで)|しましょう|てから撮|気をつけ|気を付け|マナー|ルール|注意/u

export function unaskedPortrait(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const hit = NOT_ASKED.exec(t) ?? TAKEN_WITHOUT_LEAVE.exec(t)
  if (!hit) return
  for (const re of [NOT_ASKED, TAKEN_WITHOUT_LEAVE]) {
    const g = new RegExp(re.source, 'gu')
    for (let m = g.exec(t); m !== null; m = g.exec(t)) {
      const s = sentenceSpan(t, m.index)
      const sentence = t.slice(s.start, s.end)
      if (RULE_OR_REQUEST.test(sentence)) continue
      // (The phrase describing those the writer could not talk to, 声をかけられなかった皆さん, 声をかけそびれた方: no one pictured.)
      if (/^(?:た|る|ている|ていた)?(?:方|皆|みな|人|子|お客|ご家族)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue
      const prev = s.start > 1 ? t.slice(sentenceSpan(t, s.start - 2).start, s.start) : ''
      const told = prev + '\n' + sentence
      if (re === NOT_ASKED && (!PICTURE_TAKEN.test(told) || PICTURE_NOT_TAKEN.test(told) || LEAVE_GIVEN.test(told))) continue
      if (!PERSON.test(told)) continue
      // (In a quotation on its line: a mention.)
      const head = t.slice(t.lastIndexOf('\n', m.index - 1) + 1, m.index)
      if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/unasked-portrait', clause: '4(4)', start: span.start, end: span.end })
      return
    }
  }
}
