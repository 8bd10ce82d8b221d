/**
 * confidential — Off-the-record asides (ここだけの話, オフレコで, 内緒にしといてね) around what was heard inside, confided cases, and
 * papers with a secrecy mark shown, glimpsed or cited (㊙マークのついた配置表を見ると…), as runParagraph reads them. What stays clean:
 * a quoted example, a scam pitch quoted as a warning, a photo lesson, a stamp ignored as a topic, a paper only for those who attended,
 * a historic paper.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { quoteAround } from '../../words'
import { sentenceAround } from '../../doc'
import {
  AWARENESS, COUNTERPART, EMBARGO_WHEN, HANDLING_LESSON, NOTIFIED_PARTY, SHOWN_REFUSED, STAMPED_SHOWN, TELL, TOLD_AHEAD_WORD, TOLD_ANYWAY,
  VALUE, sentenceOf,
} from './context'

/**
 * Blind TS-041: a secret someone confides to the reader, quoted in advice on what to do when it happens (子どもから「内緒にしてね」と
 * 打ち明けられたら、まずは…受け止めてください; 「お母さんには秘密にして」と頼まれた場合も…ご相談ください): the 内緒 is a child's or a
 * friend's words the reader may hear, put in a case (…たら, …たとき, …た場合, …ても), not the writer keeping a matter of the city quiet.
 * A request told as having happened (課長から「内緒にしといてね」と言われたけど…) is no case and stays a secret kept.
 */
const CONFIDED_CASE = /^[」』][、,]?(?:と|って)[、,]?(?:[^。！？!?\n「」]{0,8}?)(?:打ち明けられ|うちあけられ|言われ|いわれ|頼まれ|たのまれ|相談され|お願いされ|話され|言って(?:き|来)|打ち明けて(?:き|来|くれ)|話して(?:き|来|くれ))(?:たら|た(?:とき|時|場合|ときは|時は|場合は|場合も|ときも|としても)|ても|てきたら|ることも|ることが|る(?:とき|時|場合))/u
export function confidedCase(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 40)
  return q !== null && CONFIDED_CASE.test(t.slice(q.close, q.close + 40))
}
/**
 * Blind TV-001: a swindler's pitch quoted in a warning (「上場企業の内部情報があるので必ずもうかる」といった勧誘が寄せられています,
 * 「証券会社の内部情報を特別に教えます」と持ちかける電話, 「社外秘の資料をお見せします」というメールにご注意): the marker is a word of the
 * pitch, others' words shown so that readers know them, not the city's paper. The saying in 「」 (up to 60 characters after the word,
 * other sayings may follow it), then a quotative and a word of soliciting: one that names a pitch by itself (勧誘, 持ちかけ, 売り込み,
 * 手口, もうけ話), or a channel (電話, メール, 広告, 誘い) with a warning in the paragraph (詐欺, 不審, ご注意, 消費生活センター). A
 * saying reported from inside (「…」と課長から聞きました), a mail received with no warning and the saying with no quotative stay markers.
 */
const PITCH_AFTER = /^[、,\s]*(?:といった|などといった|などと|などの|のような|という|との|と|って)[、,\s]?/u
const PITCH_WORD = /^(?:勧誘|売り込み|売込み|セールス|持ちかけ|持ち掛け|もちかけ|言い寄|誘い込|誘い文句|手口|甘い言葉|うまい話|おいしい話|もうけ話|儲け話|投資話|うたい文句|謳い文句)/u
const CHANNEL_WORD = /^(?:電話|メール|SMS|ショートメール|メッセージ|DM|手紙|はがき|ハガキ|封書|広告|書き込み|声かけ|声を?かけ|近づ|勧め|すすめ|誘い|誘っ|誘う|誘わ|名乗|文句)/u
const PITCH_WARNING = /詐欺|悪質|不審|怪し|あやし|だまされ|騙され|だまし|騙し|ご注意|注意して|お気をつけ|気をつけて|気を付けて|消費生活センター|消費者ホットライン|警察|被害|(?:すぐ|直ちに)に?(?:電話を)?切|応じない|相手にしない/u
/** A further saying right after the first (「未公開株を譲ります」「内部情報があります」といった). */
const NEXT_SAYING = /^[、,・\s]{0,2}(?:や|と)?[、,・\s]{0,2}[「『][^「『」』\n]{1,60}[」』]/u
export function scamPitch(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 60)
  if (q === null || q.close - end > 60) return false
  let k = q.close + 1
  for (let n = 0; n < 6; n++) {
    const next = NEXT_SAYING.exec(t.slice(k, k + 72))
    if (!next) break
    k += next[0].length
  }
  const lead = PITCH_AFTER.exec(t.slice(k, k + 24))
  if (!lead) return false
  // The word of soliciting at most 12 characters after the quotative (と持ちかける電話, といった勧誘, などと言って投資を勧める).
  const rest = t.slice(k + lead[0].length, k + lead[0].length + 24)
  for (let i = 0; i <= Math.min(12, rest.length); i++) {
    const from = rest.slice(i)
    if (/^[。！？!?\n「」『』]/u.test(from)) break
    if (PITCH_WORD.test(from)) return true
    if (CHANNEL_WORD.test(from)) return PITCH_WARNING.test(t)
  }
  return false
}
/**
 * Blind TV-115: a marked paper named as what a photo must not catch, in advice on taking photos or a case told as a common mistake
 * (背景のホワイトボードに社外秘の売上表が写っていた、という失敗は珍しくない; 社外秘の書類が写り込まないよう、撮影前に机の上を片付け
 * ましょう; 背景に部外秘の資料が写っていないか確認してください): a lesson on what to keep out of pictures, no paper of the city told.
 * The sentence speaks of a photo catching something and either keeps it out (写らないよう, 写っていないか, 写り込みに注意) or puts the
 * case as one that often happens (という失敗は珍しくない, といったミスがよくある). A paper said to be in the photo now (部外秘の資料が写り込んで
 * いますが), a mistake of one's own told as having happened (先日…というミスがありました) and anything told on the quiet stay markers.
 */
const PHOTO_CAUGHT = /写り?込|映り?込|写りこ|映りこ|写っ|映っ|写ら|映ら|写さ|写し|写す|写る|映る|撮影|撮っ|撮る|撮ら|写真/u
const KEPT_OUT_OF_PHOTO = /(?:写り?込|映り?込|写りこ|映りこ|写|映)(?:ま|ら)ない(?:よう|ように)|(?:写り?込|映り?込|写りこ|映りこ)(?:んで(?:い)?|ま)ないか|(?:写|映)って(?:い)?ないか|(?:写り?込み|映り?込み|写りこみ|映りこみ)(?:に|を|が)(?:は)?[^。！？!?\n]{0,6}?(?:注意|気をつけ|気を付け|確認|チェック|防)/u
const COMMON_MISTAKE = /(?:という|といった|のような)(?:失敗|ミス|事故|トラブル|ケース|事例|例)(?:は|が|も)[^。！？!?\n]{0,8}?(?:珍しくな|よくあ|多い|多く|少なくな|後を絶た|相次|ありがち|起こりがち|あるそう|あります|ある(?:んです|そうです|ようです))/u
export function photoLesson(t: string, start: number, end: number): boolean {
  const sentence = sentenceOf(t, start, end)
  if (!PHOTO_CAUGHT.test(sentence) || TOLD_ANYWAY.test(sentence) || /中身|内容は/u.test(sentence)) return false
  if (KEPT_OUT_OF_PHOTO.test(sentence) || HANDLING_LESSON.test(sentence)) return true
  return COMMON_MISTAKE.test(sentence) && !/先日|昨日|今日|本日|うちの|当課|当係|私たち|わたしたち|私が|わたしが/u.test(sentence)
}
/**
 * Round 55: a secrecy prefix named as the mark on a paper (㊙マークついてたけど…デザイン案、先にチラ見せ, マル秘マークが付いた資料を
 * 一枚だけ, 極秘スタンプが押してあった企画書を載せ): the prefix is run on to マーク or スタンプ, which would read as a playful compound
 * (㊙作戦), but the sentence speaks of a marked paper that the post shows. A lesson on keeping such papers, a refusal to show one and a
 * mark on goods (㊙マーク入りのうちわ) stay clean.
 */
const MARK_ON = /^(?:の|と|って|という)?(?:マーク|ハンコ|はんこ|判子|印鑑|ゴム印|スタンプ|印|表示|シール|ラベル)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|付け|付き|つき|貼|入っ|あり|ある|あっ)/u
export function markedPaperShown(t: string, end: number): boolean {
  if (!MARK_ON.test(t.slice(end, end + 16))) return false
  const sentence = sentenceAround(t, Math.max(0, end - 1), end)
  const text = t.slice(sentence.start, sentence.end)
  const rest = t.slice(end, Math.min(t.length, sentence.end + 40))
  if (AWARENESS.test(text) || HANDLING_LESSON.test(text)) return false
  if (markedPaperCited(t.slice(end, sentence.end))) return true
  if (markedFigureAhead(t, end, sentence.end)) return true
  return MARK_PAPER.test(text) && STAMPED_SHOWN.test(rest) && !SHOWN_REFUSED.test(rest)
}
/**
 * Blind R112A-115: the mark said to be on a figure or a result not yet out (㊙マークがついてる水質検査の速報値、ちょっとだけ先に見せちゃう;
 * 極秘スタンプが押された測定の速報値、ひと足先に載せちゃいます; マル秘マークの付いた集計結果をこっそりお伝えします): the marked figure is
 * shown or told ahead of its release. The figure's noun heads the phrase the mark is on (no sentence end between), the post shows or
 * tells it (見せ, 載せ, 教え, お伝え) and says it does so ahead (先に, ひと足先に, こっそり, 公表はまだ先). A lesson on keeping such
 * figures, a refusal to show them and a tally of a vote on marked goods with no such cue stay clean.
 */
const MARKED_FIGURE = /^[^。！？!?\n]{0,28}?(?:速報値|速報|暫定値|確定前の数字|(?:検査|測定|調査|分析|集計)の?結果|測定値|検査値|数値|数字|集計表?|試算(?:結果|額|値)?)/u
const FIGURE_TOLD = /見せ|載せ|のせ|アップ|チラ見せ|教え|お伝え|伝え|お知らせ|知らせ|共有し|言っちゃ|言う|バラ|ばら|公開し/u
const FIGURE_AHEAD = /先に|ひと足先|一足先|ひとあし先|一足早|ひと足早|先行して|先出し|こっそり|内緒で|ないしょで|内緒ね|ないしょね|特別に|(?:公表|発表|公開)(?:は|が)?(?:まだ|もう少し先|先|これから|来週|来月|前)/u
function markedFigureAhead(t: string, end: number, sentenceEnd: number): boolean {
  const phrase = MARKED_FIGURE.exec(t.slice(end, sentenceEnd))
  if (!phrase) return false
  const rest = t.slice(end, Math.min(t.length, sentenceEnd + 80))
  return FIGURE_TOLD.test(rest) && FIGURE_AHEAD.test(rest) && !SHOWN_REFUSED.test(rest)
}
/**
 * Blind R96A-144: the marked paper cited as the source of what is told (㊙マークのついた配置表を見ると、…延べ96人が応援に入ります; 極秘
 * スタンプが押された名簿によれば…; ㊙マーク付きの日程表ば見たら…): what the paper says is passed on. The cue (を見ると, によると, では, ば
 * 見たら) must follow a paper's noun (表, 名簿, 資料, 計画書, 案) and something must be told after it; a rule or a refusal about such papers
 * (…では持ち出しが禁止されています, …を見ても内容はお伝えできません), goods and a lesson stay clean.
 */
const MARK_CITED =
  /^[^。！？!?\n]{0,24}?(?:資料|文書|書類|表|簿|書|リスト|一覧|メモ|データ|ファイル|議事録|原稿|案(?!内)|シート|プリント|ペーパー)(?:の(?:中身|内容|写し|コピー))?(?:を見ると|を見たら|を見ますと|を見れば|を見る限り|ば見ると|ば見たら|によると|によれば|によりますと|では|だと|やと|を読むと|を読んだら)[、,\s]?/u
const CITED_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|禁止|厳禁|ルール|決まり|きまり|いけません|ダメ|だめ/u
function markedPaperCited(after: string): boolean {
  const m = MARK_CITED.exec(after)
  if (!m) return false
  const told = after.slice(m[0].length)
  return told.length >= 6 && !CITED_HELD.test(told)
}
/** The paper a mark is on (案 as a draft, not 案内). */
const MARK_PAPER = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|企画書|計画書|図面|案(?!内)/u
/**
 * Blind R76A (colleague): 関係者限り (職員限り, 幹部限り, 委員限り) saying who attended an event held (式典は関係者限りで開催しました, 内覧会は
 * 関係者限りで行い, 葬儀は近親者と関係者限りで執り行われました, 関係者限りの除幕式): the people let in, no paper marked. A paper or what was
 * said or decided there, in the sentence (関係者限りで配布された資料, 関係者限りの説明会の資料によると, 関係者限りで開いた会議で決まった),
 * keeps it a marker.
 */
const ATTENDANCE_WORD = /^(?:関係者|職員|幹部|委員|近親者)限り$/u
const ATTENDED_ONLY =
  /^(?:で|にて|として)[、,]?[^。！？!?\n、,]{0,8}?(?:開催|実施|執り行|挙行|開き|開か|開い|開く|開け|行い|行わ|行っ|行う|行な|催し|催さ|営ま|営み|お見送り|お別れ|参列|出席|見学|内覧|視察|上映|試写|お披露目|お祝い)|^の(?:記念式典|式典|式(?!次第)|会(?!議|合)|集い|つどい|セレモニー|内覧会|見学会|視察|お披露目|葬儀|告別式|お別れ会|法要|慰霊祭|追悼式|竣工式|起工式|落成式|開所式|開通式|除幕式|祝賀会|上映会|試写会|懇親会|行事|催し|イベント|形で)/u
const ATTENDED_PAPER = /資料|文書|書類|名簿|リスト|メモ|データ|議事|記録|報告書|通知|内容|中身|情報|によると|によれば|配布|配付|お配り|配ら|配っ|共有|回覧|回って|決ま|決定|発言|意見|で出た|と報告/u
export function attendedOnly(t: string, start: number, end: number): boolean {
  if (!ATTENDANCE_WORD.test(t.slice(start, end))) return false
  return ATTENDED_ONLY.test(t.slice(end, end + 24)) && !ATTENDED_PAPER.test(sentenceOf(t, start, end))
}
/**
 * Blind R292E-034 kind (conf18): a meeting paper marked to be handed back (「会議後回収」とありましたが, 「要回収」と書いてあったけど), then
 * passed on in a concession (大事なことなので共有すると、…9世帯…): the return marks it as not for circulation, and what follows with a
 * figure or a telling is its content. The same marker with the paper returned (回収されました) or nothing told after it stays clean.
 */
export const RETURN_MARKED_BUT =
  /[「『](?:会議後|会議終了後|終了後|閉会後|使用後|会議終了時)?(?:要)?回収(?:資料|扱い|予定|対象)?[」』](?:と|って)(?:書いて|書かれて|記載されて|印字されて|押されて|なって)?(?:あり|あっ|あ|い|お)(?:ます|まし|る|た|て)?[^。！？!?\n、,]{0,6}?(?:が|けど|けれど|けども|ものの|のに)[、,]?/gu
export const RETURN_MARKED_TOLD = /(?:共有|お伝え|紹介|ご紹介|お話し|話|言う|明か|教え|お知らせ)(?:する|す)と|(?<![0-9０-９])[0-9０-９]+(?:世帯|人|名|件|軒|戸|万|億|円|%|％|割)/u
/**
 * Blind R76A-052: the record of a hearing in an inquiry into staff or a case of misconduct (人事課が作成した聴取記録によると, 聞き取りの記録
 * では, ヒアリングメモば見たら, 事情聴取の調書を読むと) cited as the source of what is told, while the inquiry is open or in a paragraph about
 * misconduct: findings before the report. A public hearing (意見聴取, 公聴会), an oral history (高齢の方への聞き取り記録によると、昔は…), a
 * police record (INQUIRY_RECORD) and a report published stay clean.
 */
export const HEARING_RECORD =
  /(?:(?<!意見|住民|市民|公開|公聴)聴取|聞き取り|聴き取り|ヒアリング|面談)(?:調査)?(?:の|で(?:の|作った|作成した|とった|取った))?(?:記録書?|メモ|調書|録音|議事録)(?:の(?:写し|コピー|一部|中身|内容))?(?:によると|によれば|によりますと|によりますれば|では|だと|やと|を見ると|を見たら|を見ますと|を読むと|を読んだら|を読みますと|ば見たら|ば見ると|ば読んだら|から(?:わかる|分かる|見ると))/gu
export const INQUIRY_OPEN =
  /調査(?:の)?(?:途中|中|継続中|最中|段階)|調べ(?:て(?:いる|います|おります)|よる|とる|ている)(?:ところ|途中|段階|最中)|(?:まだ|現在)[^。！？!?\n]{0,6}?(?:調査|調べ|確認)(?:中|して|を進め|しよ|しと)|(?:調査|結果)(?:結果)?(?:が|は)?(?:まとまり次第|まとまっ(?:て|と)(?:い|ら|お)|これから)|第三者委員会|調査委員会|内部調査/u
export const INQUIRY_REPORTED = /公表し|発表し|公表され|発表され|公表いたし|ホームページ|市HP|報告書を公開/u
/**
 * Blind R246S-007 / R249C-006 kind: what an internal hearing or inquiry has found, told straight (教育委員会内での聞き取りでは、…の加熱不足が原因と
 * みて間違いなさそうです; 内部調査の結果、担当職員が…していたことが分かっています) while the case is still open in the paragraph (保健所が調査を
 * 続けています, 処分の内容は人事課で協議中です): findings given before the inquiry reports. A survey of residents (市内での聞き取り), the city's own
 * report or apology (公表しました, お詫び, 再発防止) and an inquiry with nothing found yet stay clean.
 */
export const INQUIRY_FINDING =
  /(?:内部|庁内|課内|部内|局内|署内|社内|組織内|役所内|市役所内|(?:教育)?委員会内|事務局内|学校内|校内)(?:で|での|の|における)?(?:聞き取り|聴き取り|ヒアリング|事情聴取|聴取|調査|調べ|確認)(?:調査)?(?:の結果|では|で(?:は)?|によると|によれば|によりますと|から(?:は)?)[、,]?[^。！？!?\n]{4,60}?(?:が原因|原因(?:は|と|で)|ことが(?:分か|わか|判明|確認さ|明らか)|と(?:み|見)て(?:間違い|いる|います|おり)|(?:が|と)判明|(?:分か|わか)って(?:い|き|お)|していた(?:よう|らしい|そう|模様)|間違いな)/gu
/** …while the inquiry, or the decision on it, is still going on in the paragraph. */
export const INQUIRY_PENDING =
  /調査(?:を|が)(?:続け|続い|進め|継続)|調査(?:の)?(?:途中|継続中|最中|段階)|調査中|(?:まだ|現在)[^。！？!?\n]{0,8}?(?:調査|調べ|確認)(?:中|して|を進め|を続け)|(?:処分|措置|責任|結論|再発防止策)[^。！？!?\n]{0,12}?(?:協議中|検討中|調整中|審議中|未定|これから|まだ決ま)|(?:結果|報告書)(?:は|が)(?:まだ|これから)|まとまり次第/u
export const INQUIRY_OWN_REPORT = /お詫び|おわび|申し訳|再発防止(?:に|を)|公表し|発表し|公表いたし|記者会見|報道発表|ホームページ|市HP|報告書を公開/u
/**
 * Blind R76A-060: the embargo label of a press release (（解禁：11月20日 5時）, 【報道解禁：5月12日10時】, ＜情報解禁 12月1日15:00＞) in a
 * paragraph for the press or about a release: the post is the release itself, before its time. A fishing season's opening, the city's
 * teaser (【情報解禁：16日10時】お楽しみに), the release said to come out on the city's page afterwards and a time past stay clean.
 */
export const EMBARGO_LABEL = new RegExp(`[(【\\[〔《〈<]\\s?(?:報道|情報|取材|記事|掲載|放送|紙面)?解禁(?:日時|日|時刻|時間)?(?:は|:)?\\s?${EMBARGO_WHEN}`, 'gu')
export const PRESS_CONTEXT = /記者|報道|会見|プレス|リリース|発表|資料提供|投げ込み/u
export const LABEL_AFTER_RELEASE = /解禁後|以降|ホームページ|市HP|ご覧|次第|お待ち/u
/**
 * Blind R76A-117: what a part withheld in a disclosure decision says, revealed (黒塗り部分には「市長判断で実施時期を延期」と書かれているだけ,
 * 不開示にした箇所、実は…って書いてある, 非開示とした部分の中身は「…」という一文だけ): a quoted wording or a verb of writing after the
 * withheld part. What kind of information was withheld (個人の氏名や印影が記載されています), a question (何が書かれているのか), a refusal and a
 * notice of appeal stay clean.
 */
export const WITHHELD_PART =
  /(?:黒塗り|墨塗り|のり弁|非開示|不開示)[^。！？!?\n、,]{0,8}?(?:部分|箇所|個所|ところ|ページ|項目|欄)(?:に(?:は)?|は|の(?:中身|内容|記載|文言)(?:は|を|も)?|(?=[、,]))[、,]?/gu
export const WITHHELD_TOLD = /^[^。！？!?\n]{0,40}?(?:[「『][^」』\n]{1,40}[」』](?:と|って|て|という|との|が|だけ)|(?:と|って|て|が)(?:書かれ|書いて|書いと|記載され|記され)|(?:と|って|て)(?:あり|ある)|という(?:内容|文言|記載|一文|言葉))/u
export const WITHHELD_KIND = /何|どんな|どのよう|どういう|個人|氏名|名前|住所|印影|法人|等|など|情報/u
export const WITHHELD_REFUSED = /お答え(?:でき|いたしかね)|お伝え(?:でき|いたしかね)|開示でき|申し上げられ|お示しでき|審査請求|不服申立|不服申し立て/u
/**
 * Blind R77A-039: a matter said to be under a confidentiality agreement (守秘義務契約を結んで進めている…ドラマでは, 秘密保持契約を交わしている
 * …件ですが, NDA結んどる案件やけど), then told in the same sentence (a place, a date, a figure, who or what was chosen): the counterpart's secret
 * told. The agreement stated as a fact of the contract (秘密保持契約を結んでおり、…), given as the reason nothing is told (…があるため
 * お伝えできません) or named in a lesson stay clean.
 */
export const NDA_MATTER =
  /(?:守秘義務|秘密保持|機密保持|NDA)(?:契約)?(?:を|が|の)?(?:結んで|結んだ|結んどる|結んどう|結んでる|締結して|締結した|締結中の|交わして|交わした|ある|付きの|付きで|の対象(?:と|に)?(?:なって|なっと)?(?:いる|おる|る)?の?|に基づいて|を前提に(?:して)?|の下で|のもとで)[^。！？!?\n、,]{0,24}?(?:では|は|について(?:は)?|ですが|だけど|やけど|ばってん|けど|けれど|ですけど|なんですが|なんだけど)[、,]?/gu
export const NDA_TOLD = /[0-9０-９〇一二三四五六七八九十]+(?:月|日|人|名|社|億|万|円|%|％|割|か所|箇所|話)|上旬|中旬|下旬|来春|来夏|来秋|来冬|来年|来月|来週|舞台|ロケ|撮影|出演|主演|決ま|決定|内定|進出|移転|見込み|予定|にな(?:り|る)/u
export const NDA_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|お答え|控え|伏せ|差し控|後日|改めて|次第/u
const NOT_NOTIFIED_VERB = '(?:届い|届け|お送りし|送っ|送付し|出し|お出しし|お伝えし|伝え|お知らせし|知らせ|通知し|ご通知し|連絡し|ご連絡し|お届けし)'
export const NOT_NOTIFIED = new RegExp(
  `(?:まだ[、,]?${NOTIFIED_PARTY}(?:に|へ)(?:は|も)?|${NOTIFIED_PARTY}(?:に|へ)(?:は|も)?[、,]?まだ)[、,]?[^。！？!?\\n]{0,12}?${NOT_NOTIFIED_VERB}(?:て(?:い|お)?(?:ません|ない|なかった|りません)|ておら(?:ん|ず)|てな(?:い|か)|とら(?:ん|ない|ず)|てへん)`,
  'gu',
)
export const CHOICE_TOLD = /決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定し(?!次第|たら)|内定|選ばれ|に選定|指名(?:通知を出|します|する|しま)|[0-9０-９一二三四五六七八九十]+(?:社|名)(?:に|を|で|が|の)|(?:建設|工業|工務店|産業|興業|設備|商事|管工|技建|開発|電気|土木)(?:・|、|の|さん|に|と|を)|出身の|代の(?:方|男性|女性)|(?:さん|氏)(?:に|が|で)(?:決|内定)/u
export const NOTIFY_NOTICE = /場合|次第|お待ち|お問い合わせ|お答え(?:でき|いたしかね)|控え|後日|改めて|追って/u
/**
 * Blind R190A-066: a selection's figures told while the letters to those it concerns are still to arrive (まだ保護者さんに通知の届く前
 * なんですが、…0歳児6人の枠に23人の申し込みがありました; 結果のお知らせが届く前ですが, 通知をお送りする前なので): the notice said to come
 * later as a concession or a reason, then a count, a figure or a choice in the rest of the sentence. The notice with no figure (通知は3月
 * 上旬にお送りします), a notice about the letters (届かない場合は…, 届き次第ご確認ください), what to do before it (届く前に書類をご準備
 * ください: not a concession) and the figures published stay clean.
 */
export const NOTICE_BEFORE = new RegExp(
  `(?:(?:結果|合否|選考結果|審査結果|抽選結果|決定)?(?:の)?(?:通知|通知書|決定通知|お知らせ|ご連絡|連絡|ご案内)(?:の|が)[、,]?(?:お手元に)?(?:届く|出る|行く|いく|送られる|発送される|届けられる|着く|出される)|(?:結果|合否)?(?:を|の)?(?:通知|ご通知|お知らせ|ご連絡|連絡|発送|お送り)(?:を)?(?:する|される|いたす|出す|送る|お送りする|差し上げる))前(?:の段階)?(?:なん|なの|な)?(?:です|でございます|だ|や)?(?:が|けど|けれど|けども|ばってん|ので|から|けん|ながら)[、,]?`,
  'gu',
)
export const NOTICE_BEFORE_HELD = /場合|次第|お待ち|お問い合わせ|お答え(?:でき|いたしかね)|控え|後日|改めて|追って|ご準備|ご用意|ご確認/u
/**
 * Blind R191I/R192D: the announcement said to be still to come (正式発表が楽しみです, 正式な発表はまだ, 発表前, 連休明けに発表される予定の,
 * 発表をお楽しみに): what is told beside it comes before the release. A release made (発表によると, 発表しました) is not this.
 */
export const ANNOUNCE_AHEAD =
  /(?:正式|公式)(?:な|の)?(?:発表|公表)(?:が|を)?(?:楽しみ|待ち遠し|待た|お待ち|お楽しみ)|(?:発表|公表)(?:を|が)(?:お楽しみ|楽しみ|待ち遠し)|(?:正式|公式)?(?:な|の)?(?:発表|公表)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日|近々|連休明け)|(?:発表|公表)(?:前|される前|の前)|(?:発表|公表)(?:される|する|の)予定/u
/**
 * Blind R207I-011 / R208D-029 (cu12): a figure told while the writer says they tell it ahead of its release (…11万2千人でした！正式な発表は
 * まだですが、ひと足お先に🎉; 来週の議会に出る補正予算案、ちょっとだけ先出しします。…1億8千万円を計上): the release (ANNOUNCE_AHEAD) or the
 * bill's going to the council (BILL_AHEAD) is still to come, and the figure is handed out before it. The telling-ahead word is the mark: a
 * one-word telling ahead (先出し, フライング発表, 先行公開), or ひと足お先に / 一足早く with a telling after it or closing the sentence on its
 * own. ひと足お先に with a doing after it (ひと足お先に試食しました) tells nothing ahead; a release said made (発表しました, ホームページに掲載)
 * and a telling declined (先出しはできません) are not this.
 */
export const AHEAD_MARK = new RegExp(`${TOLD_AHEAD_WORD}|フライングで|(?:一足|ひと足|ひとあし)(?:お)?(?:早く|先に|はやく|さきに)(?:[^。！？!?\\n]{0,12}?${TELL}|(?=[^\\p{L}\\p{N}]*(?:$|\\n|[。！!])))`, 'gu')
/** The bill still to go before the council: 来週の議会に出る補正予算案, 6月議会に提出予定の条例案. */
export const BILL_AHEAD = /(?:来週|来月|次|今度|今月|[0-9]{1,2}月)(?:の)?(?:市)?(?:議会|定例会|臨時会)(?:に|へ|で)(?:出る|出す|出される|提出(?:する|される|予定)|上程(?:する|される|予定)|かける|かかる|かけられる|審議される|諮る|諮られる)[^。！？!?\n]{0,4}?(?:補正予算案?|当初予算案?|予算案|議案|条例案|条例改正案)/u
/**
 * Blind R305G-002 kind (conf22): the total of a budget proposal or of an outlook told (来月の議会に提出する当初予算案、一般会計の総額は
 * 402億8千万円で過去最大規模になりそうです), with its formal release said to be still to come (正式な発表は2月中旬の記者会見まで, 記者発表前):
 * the conf21 preliminary-figure kind with no internal owner named, the draft's own sum handed out before the city announces it. The
 * sentence must name a draft or an outlook (DRAFT_NAMED). A total published (概要を公表しました（総額402億円）), a release to come with no
 * sum, a prize's total and a refusal stay clean.
 */
export const DRAFT_TOTAL = new RegExp(`(?:予算案?|総額|見込み額|見込額|概算額?|事業費|規模)(?:の総額)?(?:は|が)[、,]?[^。！？!?\\n]{0,12}?${VALUE}`, 'gu')
export const DRAFT_NAMED = /予算案|議案|見込み|見込額|試算|概算|になりそう|となりそう|見通し/u
export const DRAFT_RELEASE_YET =
  /正式(?:な|に)?(?:発表|公表)(?:は|が|まで)?[^。！？!?\n]{0,16}?(?:まで|後日|予定|来月|来週|中旬|下旬|上旬|月末|これから|まだ)|(?:記者会見|記者発表|報道発表|会見)(?:まで|の日まで)|(?:公表|発表)前/u
/** A figure told: an amount, a count, a share (3億2千万円, 41億円, 3割, 12%). */
export const AHEAD_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位|台|団体)|[0-9０-９〇一二三四五六七八九十百千]+億|過去最[多高低少大]/u
/**
 * Blind R191I-012: a figure read off a board or a paper of a meeting room (会議室のホワイトボードに、来年度の…は上限3億2千万円って書いて
 * ありました; 会議資料には…と書かれていました), with its announcement still to come (正式発表が楽しみです, 発表はまだ): what was written for
 * the room is told before the city announces it. A board with nothing counted (ホワイトボードに書いてある時間割を見てね), a figure read with no
 * announcement to come and a release already made stay clean.
 */
export const READ_OFF_BOARD =
  /(?:ホワイトボード|黒板|会議資料|配付資料|配布資料|内部資料|資料|書類|メモ|付箋|スライド)(?:に|には)[、,]?[^。！？!?\n]{1,40}?(?:って|と)(?:書いて|書かれて|載って)(?:あ|い|お|ま|た)/gu
/**
 * Blind R192D-069: a figure another body will announce, heard ahead (発表される予定の乗船者数、ひと足先に聞いちゃいました。前年より3割以上
 * 増えています; 一足早く教えてもらいました): the release still to come in the paragraph and a figure in that sentence or the next. Heard
 * ahead with nothing counted (ひと足先に聞いてきました、テーマは発表をお楽しみに) and a figure from a release made stay clean.
 */
export const HEARD_AHEAD = /(?:一足|ひと足|ひとあし)(?:早く|先に|お先に|はやく|さきに)[^。！？!?\n]{0,8}?(?:聞|伺|教えてもら|教えていただ|教わ)\p{Script=Hiragana}{0,7}/gu
/**
 * Blind R192D-055: what a meeting with another body said, heard (保健所との打合せで、原因は和え物のノロウイルスと聞いています), with the
 * official notice still to come in that sentence or the next (学校への正式な通知はまだですが): a finding told before it is notified. The
 * body's own release quoted (保健所の発表によると), a meeting's notice with nothing pending and a notice already made stay clean.
 */
export const MEETING_HEARD =
  /(?:打ち?合わ?せ|会議|協議|ミーティング|会合|連絡会|協議会|検討会)(?:の(?:席|場|中)で|で)(?:は)?[、,]?[^。！？!?\n]{1,40}?(?:と|って)(?:聞いて(?:い|お)|伺って(?:い|お)|聞きました|伺いました|聞いた|お聞きし)/gu
export const NOTICE_STILL_AHEAD =
  /(?:正式|公式)(?:な|の)?(?:通知|発表|公表|報告|連絡|お知らせ|決定)(?:は|が)[、,]?(?:まだ|これから|来週|来月|後日)|(?:通知|発表|公表)(?:は|が)まだ(?:です|で(?:ございます)?|な(?:ん|の)(?:です)?)?(?:が|けど|けれど)/u
/**
 * Blind R190A-023: a paper said to go round only inside a body of the city (教育委員会の中でしか回っとらん資料ば見たら、来年度から給食費が
 * 月4,850円に上がるごたる; 課内でしか出回っていないデータによると; 庁内だけで共有されとる一覧を見ると), cited as the source of what is told:
 * the body, the paper's circulation only inside and the paper read, with a figure or a decision in the rest of the sentence. A paper
 * published (市HPで公開), a place's own currency (地域の中でしか使えない) and a paper named with nothing told stay clean.
 */
export const INSIDE_ONLY_PAPER = new RegExp(
  '(?:委員会|教委|事務局|市役所|役所|役場|本庁|庁内|庁舎|課内|部内|係内|局内|所内|署内|内部|組織|幹部|職員|[\\p{Script=Han}]{1,6}(?:課|係|局|部))(?:の中|の内部|の内側|内|の間)?(?:で)?(?:しか|だけ(?:で|に)?|のみ(?:で)?)' +
    '(?:回っ|まわっ|出回っ|流れ|流通し|配られ|配布され|配付され|共有され|回覧され|出回)' +
    '(?:て(?:い|お)?(?:ない|ません|りません|らん|ん)|てな(?:い|か)|とら(?:ん|ない)|とりません|てへん|ていた|ている|てる|てた|とる|とった|た)' +
    '(?:の|ような|っていう|という)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:資料|文書|書類|データ|メモ|名簿|リスト|一覧|数字|数値|報告書|報告|ペーパー|案|表|通知|試算|集計)' +
    '(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によると|によれば|では|だと|やと|には|を見ると|を見たら|を見ますと|を見ましたら|を見る限り|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら|ば読んだら)[、,]?',
  'gu',
)
/**
 * Blind R211D-070 (conf13): a paper handed round at a staff meeting of a section (係の打合せで回ってきた一覧を見ると, 課内会議で配られた
 * 資料によると, 住宅課のミーティングで回覧された表では), read as the source, then a count of the section's business told in the same
 * sentence (…をためている世帯が23世帯): the paper circulated inside is passed on. Needs a section or an inside body before the meeting
 * (a public committee's handout is not this) and a count with its unit after; a paper cited with no count, a refusal and a
 * published figure stay clean.
 */
export const STAFF_MEETING_PAPER = new RegExp(
  '(?:[\\p{Script=Han}]{0,6}(?:課|係|室|班|局)|庁内|課内|部内|係内|局内|室内|幹部|職員)(?:の|内の?)?(?:打ち?合わ?せ|会議|ミーティング|朝礼|朝会|定例会|連絡会|課長会|係長会)' +
    '(?:で|の(?:席|場)で|の時に?|のときに?)(?:は)?[、,]?' +
    '(?:回って(?:き|来)|まわって(?:き|来)|回っ|配られ|配布され|配付され|回覧され|共有され|示され)(?:た|ている|てる|とる|とった)(?:の)?' +
    '[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:資料|一覧|一覧表|名簿|リスト|表|データ|集計|集計表|メモ|ペーパー|書類|台帳)' +
    '(?:によりますと|によると|によれば|では|だと|やと|には|を見ると|を見たら|を見ますと|を見ましたら|を見る限り|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら)[、,]?',
  'gu',
)
export const INSIDE_PAPER_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位|か所|箇所|校|園|戸|台)|決ま|決定|内定|確定|廃止|統合|移転|新設|値上|値下|上が|あが|下が|さが|増え|減|見直|変わ|なる|なり|予定|見込み|方針|方向/u
/**
 * Blind R259H-007 kind: the notice to the body inspected said to be still to come (事業所への正式な通知がまだなので名前は控えますが, 事業者へ
 * の通知はこれからですが), with what the inspection found or the measure it will bring (改善勧告を出す見込み, 人員基準を満たしていない期間
 * があった) told in that sentence or the one before: an inspection's result is the body's to hear first and the city's to publish. A
 * notice to wait (お待ちください, 決まり次第), a notice with no finding or measure and a result published stay clean.
 */
export const NOTICE_PENDING = /(?:事業所|事業者|業者|施設|法人|相手方|当事者|お店|店舗|医療機関|学校|園)(?:さん|様)?(?:への|に対する|あての|宛ての|には|へは|に|へ)?[、,]?(?:正式な|正式の)?(?:通知|通告|ご連絡|連絡|お知らせ|処分通知|結果通知)(?:が|は)[、,]?(?:まだ|これから|済んでいない|済んでおらず|届いていない)(?:なので|ですので|のため|なん(?:です|だ|や)?(?:が|けど|けれど)|ですが|だけど|やけど|なんで|で)[、,]?/gu
/** …the finding or the measure of an inspection, in that sentence or the one before. */
export const INSPECTION_MEASURE = /(?:実地指導|指導監査|監査|立入検査|立ち入り検査|査察|検査|調査)[^。！？!?\n]{0,40}?(?:勧告|命令|処分|取消|取り消し|停止|違反|不正|不備|満たし(?:て)?(?:い)?(?:ない|ません|ておらず))|(?:改善勧告|改善命令|業務停止|指定取消|指定の取り?消し|行政処分|返還命令)(?:を|が)?[^。！？!?\n]{0,12}?(?:出す|行う|する|下す|見込み|方向|予定|方針)/u
export const NOTICE_PENDING_HELD = /お待ち|次第|後日|改めて|ホームページ|市HP|お問い合わせ|公表し/u
/**
 * Blind R262J-007 kind: in a land or price negotiation still going on, what the other side asks put as a multiple of the city's offer
 * (所有者の方が市の提示額のおよそ1.5倍を求めておられ, 地権者さんは評価額の2倍ば要求しとって), and the city's internal fallback in it (課内では
 * 土地収用の手続きに入ることも視野に入れて協議): the terms and the plan on the table are the negotiation's secret, with or without a yen
 * figure. A deal concluded or published (OFFER_PUBLIC), an expropriation announced by the city (市では…事業認定を受けて手続きを進めます)
 * and a ratio with no demand stay clean.
 */
const OFFER_BASIS = '(?:提示額|提示価格|提示金額|提示した(?:額|金額|価格)|買収価格|買取価格|買い取り価格|評価額|鑑定額|補償額|見積額|見積もり額)'
export const DEMAND_RATIO = new RegExp(
  `${COUNTERPART}(?:の方)?(?:が|は|から(?:は)?|も)[、,]?[^。！？!?\\n]{0,14}?${OFFER_BASIS}の?(?:(?:およそ|約|ざっと|概ね|おおむね|ほぼ)?[0-9０-９.．一二三四五六七八九十]{1,4}|ほぼ|約|およそ)(?:倍|割増し?|割高|割上乗せ)[^。！？!?\\n]{0,8}?(?:求め|要求|要望|希望|主張|言って(?:き|こ|お)|提示して(?:き|こ)|譲ら)`,
  'gu',
)
/**
 * Blind R304W-039 kind (conf21): the other side's asking price named as theirs and told, as a figure or as a multiple of the city's basis
 * (先方のご希望額は市の不動産鑑定額の約1.8倍で、折り合いがついていない; 地権者さんの要求額は坪30万円), in a negotiation said to be still going
 * on: the terms on the table. A negotiation named with no figure (所有者の方と協議を続けています) and a deal concluded or published stay clean.
 */
export const DEMAND_STATED = new RegExp(
  `${COUNTERPART}(?:の方)?(?:の|から(?:の)?)(?:ご)?(?:希望額|希望価格|希望金額|売却希望額|売却希望価格|要求額|要望額|言い値|提示額|提示価格|提示金額)(?:は|が)[、,]?[^。！？!?\\n]{0,16}?(?:${OFFER_BASIS}の?(?:およそ|約|ざっと|概ね|おおむね)?[0-9０-９.．一二三四五六七八九十]{1,4}(?:倍|割増し?|割高|割上乗せ)|[0-9０-９][0-9０-９,，.．]{0,8}(?:万|億|千)?円|[一二三四五六七八九十百千]{1,6}(?:万|億)円)`,
  'gu',
)
/**
 * Review of conf21 (rvconf55): an asking price is a negotiation's term only when the paragraph names the bargaining (交渉, 協議, 折り合い);
 * a published listing's price (空き家バンク新着物件です！所有者さんのご希望価格は350万円。まだ内覧もできます) is an offer to the public.
 */
export const DEMAND_BARGAIN = /交渉|協議|折り合|折衝|歩み寄|開きが/u
export const LISTING_OFFER = /空き家バンク|物件|売り出|内覧|販売価格|分譲|売地|売家/u
export const INTERNAL_FALLBACK = /(?:課内|庁内|内部|部内|係内|幹部)(?:では|で(?:は)?|として(?:は)?)[、,]?[^。！？!?\n]{0,20}?(?:土地)?収用(?:法)?(?:の)?(?:手続き?|申請|裁決申請|裁決)?[^。！？!?\n]{0,12}?(?:視野|検討|協議|想定|考えて|準備)/gu
/**
 * Blind R262J-009 kind: a paper made for an internal meeting (課内の打合せ用にまとめた資料, 庁内会議用の資料, 係のミーティング向けに作った
 * 一覧), shown as it is in a photo or put up (そのまま写真でお見せします): the section's working paper, and the internal lines it draws, go
 * out. A paper for a public briefing or residents, a refusal (お見せできません) and a paper published stay clean.
 */
export const MEETING_PAPER_MADE = /(?:庁内|課内|部内|係内|局内|内部|幹部|[\p{Script=Han}]{0,6}(?<!関)(?:課|係))の?(?:会議|打ち?合わ?せ|ミーティング|検討会|協議|勉強会|レク)(?:用|向け)(?:に|の)[^。！？!?\n]{0,12}?(?:資料|メモ|ペーパー|スライド|一覧|表|シート|レジュメ)[^。！？!?\n]{0,24}?(?:写真|画像|スクショ|載せ|のせ|お見せ|見せ|チラ見せ|アップ|共有し|ご紹介)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R260K-006 kind: a session turned closed, named as the matter's qualifier (途中から秘密会となった市営住宅の家賃滞納の件ですが, 非公開で審議
 * された…の案件は), then what it heard told in that sentence: a figure (滞納額は約2,300万円), or an explanation or a remark reported (…との説明が
 * ありました). A notice (結果は本会議で報告されます), a refusal with nothing told and a record disclosed stay clean.
 */
export const CLOSED_MATTER = /(?:(?:秘密会|非公開)(?:と|に)(?:なった|なりました|された)|(?:秘密会|非公開)で(?:審議|協議|説明|報告|議論)(?:され|し)た)[^。！？!?\n、,]{1,24}?(?:件|案件|議題|議案|問題|話)(?:について|に関して)?(?:です|でございます|なん(?:です|だ)?|なの(?:です)?)?(?:が|けど|けれど|では|は)[、,]?/gu
export const CLOSED_MATTER_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|世帯|%|％|割|倍|票|点)/u
/**
 * Blind R93A-015: what a closed inspection or inquiry found, told before the release (立入検査（非公開）で、市内の2社に点検記録の改ざんが
 * 見つかりました; 非公開で行った立入検査で…偽装が見つかった): the inspection marked non-public in brackets or said to be held in private,
 * then a finding in the same sentence. An inspection announced, its results to be published and an open inspection's findings stay clean.
 */
const INSPECTION = '(?:立入検査|立ち入り検査|立入調査|立ち入り調査|抜き打ち検査|抜き打ち調査|実地検査|実地調査|指導監査|実地指導|査察|監査|検査|調査)'
export const CLOSED_INSPECTION = new RegExp(
  `${INSPECTION}\\((?:非公開|非公表|未公表|内部)\\)(?:で|では|の結果|によると|によれば|[、,])|非公開(?:で|の)(?:行った|行われた|実施した|実施された)?[^。！？!?\\n、,]{0,12}?${INSPECTION}(?:で|では|の結果|によると|によれば)`,
  'gu',
)
/**
 * Team R11A-028 kind: a business pointed at (あちらの旅館, その店, あそこのお店) said to have been cited in an authority's inspection (…は先月の
 * 保健所の立入検査で指摘を受けております, 消防の査察で違反を指摘された): what the staff know of one business through their duty, told to a
 * reader. The business's own notice of its improvement, an inspection found clean and a general advice stay clean.
 */
export const BUSINESS_INSPECTED = new RegExp(
  `(?:あちら|あそこ|そちら|あの|その)(?:の)?(?:旅館|ホテル|民宿|宿|お店|店|飲食店|食堂|レストラン|業者|事業者|事業所|施設|会社|工場|店舗|お宿)(?:さん)?(?:は|が|も|って)[、,]?[^。！？!?\n]{0,16}?(?:保健所|消防|労働基準監督署|労基|県|市|税務署)(?:の|による|から)[^。！？!?\n]{0,4}?${INSPECTION}で[、,]?[^。！？!?\n]{0,10}?(?:指摘|違反|処分|改善指導|行政指導|指導)(?:を|が)?(?:受け|され|あり|入っ)`,
  'gu',
)
export const INSPECTION_FINDING = /見つか|判明|発覚|確認され|違反|改ざん|改竄|偽装|虚偽|不正|不備|不適切/u
export const INSPECTION_PUBLIC = /公表し|発表し|ホームページ|市HP|公表済|次第|予定です|行います/u
/**
 * Blind R92A-083: a marking or a secret of a paper of a past era (藩の日記には「極秘」と朱書きされた記録も残っています, 江戸時代の役所にも、
 * 外に出せない文書があったのですね): local history, no paper of the city. The era named in the sentence and the record told as kept or
 * found; a paper of today in the sentence (庁内, 予算, 来年度), or a leak's words (こっそり, によると) keep it flagged.
 */
export const HISTORIC_ERA = /藩|江戸時代|江戸期|幕府|幕末|奉行|古文書|戦国時代|明治時代|大正時代|明治期|大正期|戦前の|戦時中|古記録|庄屋|城主|家老|近世|中世/u
const HISTORIC_KEPT = /残って|残され|残る|伝わ|あった|ありました|でした|だった|記され|書かれ|朱書き|押され|見られ|見つか/u
const TODAY_PAPER = /こっそり|ここだけ|内緒|ないしょ|お見せ|見せちゃ|によると|によれば|現在|今年度|来年度|来月|来週|本市|市役所|庁内|課内|職員|予算|[0-9０-９]+円/u
export function historicPaper(sentence: string): boolean {
  return HISTORIC_ERA.test(sentence) && HISTORIC_KEPT.test(sentence) && !TODAY_PAPER.test(sentence)
}
/**
 * The words a block of `run`'s detectors cannot match without (a paragraph with none of them skips the block), each an
 * alternation of plain words: looked up in the paragraph gate below, no regex run for them.
 */
export const WORDS = {
  bracketOpen: /[【\[〔《〈<(「『〖〘〚⦅]/u,
  circledHi: /秘|部外|庁外|課外|局外|社外|外部|極|厳|マル/u,
  latin: /[A-Za-z]/u,
  disclosure: /開示|情報公開|公文書公開/u,
  meeting: /会議|会合|協議|審査|委員会|検討会|反省会|振り返り|朝礼|朝会|終礼|打ち?合わ?せ|ヒアリング|選考|庁議|秘密会|審議|理事会|懇談会|部会|面談|ミーティング|意見交換|長会|幹部会|職会|レク|査定|連絡会|交換会|勉強会|研究会|幹事会|調整会/u,
  closedDoc: /非公開|秘密会|\(|内部|庁内|課内|部内|係内|幹部|マニュアル|まだ|前の/u,
  incident: /インシデント|ヒヤリ|ひやり|事故報告|事故記録|事故調査|アクシデント/u,
  preRelease: /前|公表|公開|解禁|まだ/u,
  inProcess: /中の|前の|待ち|決裁|途中/u,
  beforeCouncil: /前に|前の|先立/u,
  closedBut: /非公開|未公表|未発表|公表前|発表前|部外秘|内部/u,
  formal: /正式|議会|委員会|議員|契約|調印/u,
  concession: /が|けど|けれど|ばってん|なので/u,
  embargoAt: /解禁|公表|発表|公開|配信|資料提供|投げ込み|予定/u,
  ahead: /先|早|事前/u,
  embargoed: /解禁|公表|発表|公開|配信|資料提供|投げ込み|リリース/u,
  aheadOrNotWaiting: /先|早|事前|前倒|待たず/u,
  notYet: /まだ|これから|来週|明日|後日|待たず|予定/u,
  bidAmount: /非公開|非公表|未公表|公表前|部外秘|内部|公表し|公表いたし/u,
  bid: /価格|落札|応札|入札/u,
  bidLater: /価格|設計金額/u,
  oneStep: /一足|ひと足|ひとあし/u,
  staffOnly: /しか|だけ|のみ|以外|外部|そとに|ソトニ|おもてに|オモテに|オモテニ|部外者|庁外|課外|部外|局外|社外|外出し|市民|一般|口外|他言|課内|庁内|内部|部内|係内|職員|幹部|外に|外には|表に|公に/u,
  surveyForm: /調査|回答票|回答用紙|世帯票|個人票/u,
  only: /しか|だけ|のみ/u,
  negotiation: /交渉|協議|調整|打診|進めて|話/u,
  notPublic: /前|表|公|おおやけ|世間|外|オープン/u,
  offRecord: /ここだけ|内緒|ナイショ|ないしょ|ひみつ|ヒミツ|内密|声(?:では|じゃ|で)(?:は)?(?:言え|いえ|申せ|申し上げられ)|(?:公|おおやけ|大っぴら|おおっぴら)に(?:は)?(?:言え|いえ|申せ)|表立って(?:は)?(?:言え|いえ|申せ)|(?:だけ|のみ|限り)の(?:話|秘密|情報)|出(?:しちゃ|しては|したら)(?:いけ|ダメ|だめ|あかん|アカン|まず)|出せない(?:話|情報)|オフレコ/u,
  privately: /内々|内内|内密|水面下|極秘|秘密裏|非公式/u,
  penalty: /懲戒|免職|退職|停職|減給|戒告|訓告|処分/u,
  move: /異動|転勤|転出|昇進|昇格|栄転|着任|就任|退任|配属|出向|後任|戻|移|行かれ|来られ|人事/u,
  filed: /苦情|要望|クレーム|申し出|申出|通報|投書|陳情|意見|相談|連絡|問い合わせ|申し入れ|申入れ|電話|申立人/u,
  closed: /非公開|傍聴(?:者|人)?(?:なし|無し|不可)/u,
  noGallery: /傍聴/u,
  closedSession: /非公開|秘密会/u,
  estimate: /設計|積算|見積|予定|想定|上限|工事価格|基準価格/u,
  yen: /円/u,
  heldBackBut: /前|まだ|非公表|未公表/u,
  negative: /ません|ない|ん/u,
  untilOrYet: /まで|まだ/u,
  until: /まで/u,
  appoint: /起用|充て|任命|選任|登用|抜擢|据え/u,
  budget: /予算|お金|費用|経費|補助金|事業費|委託費|財政|査定/u,
  beforeThe: /前の/u,
  bill: /予算|議案|条例案/u,
  staffAddressed: /各位|各課|所属長|全職員|皆さん|皆様|みなさ|フォルダ|ドライブ|サーバ|LAN|ポータル|グループウェア|メモ|削除/u,
  press: /会見|取材|報道|マスコミ|記者/u,
  judges: /用|向け|官|員|者/u,
  paperShown: /映|写|見せ|載せ|のせ|公開|アップ|ご紹介|スクリーン|モニター|画像/u,
  criteria: /採点|評価|評定|基準|配点/u,
  scores: /評価点|採点|点数|得点|順位|ランキング|評価結果|審査結果|落札予定/u,
  unpublished: /未公表|未発表|非公表|公表前|発表前/u,
  heldBack: /非公開|内部|オフレコ|内密|未発表|未公表|発表前|公表前/u,
  personnel: /人事|異動|後任/u,
  staffDoc: /職員|庁内|課内|部内|係内|課員|係員|内部/u,
  notice: /通知|通達/u,
  figuresOrCut: /[0-9０-９一二三四五六七八九十]|半分|半額|倍|割|削られ|削減/u,
  figures: /[0-9０-９一二三四五六七八九十]|半分|半額|倍|割/u,
  approval: /決裁|稟議|決済|前の/u,
  membersOnly: /だけ|のみ|しか|限定|限り/u,
  contract: /随意契約|随契|特命/u,
  inquiry: /聴取|取り?調べ|供述|捜査|実況見分/u,
  aside: /ここだけ|オフレコ|内緒|ナイショ|ないしょ|秘密|ひみつ|ヒミツ/u,
  // Blind R145D-050: the price taken from the city's own estimates (内部の積算資料で, 積算書によると) is the secret itself.
  bidContext: /入札|開札|公告|業者|指名|次(?:の|期)?工区|(?:今後|これから|来年度)の?(?:工区|発注)|ご参考|参考に|こっそり|内緒|随意契約|随契|発注|建設さん|工務店さん|内部(?:の)?(?:積算|試算|見積|資料)|積算(?:資料|書|表|結果)|庁内(?:の)?(?:積算|試算|資料)/u,
  gift: /記念品|粗品|プレゼント|先着|参加賞/u,
  asideMeeting: /打ち?合わ?せ|会議|協議会|会合|ミーティング|懇談会|意見交換|連絡会|レク|勉強会|幹事会|部会/u,
  handout: /お配り|配布|配付|配っ|配られ|渡し|渡され|お示し|示され|提示/u,
  asked: /言われ|いわれ|求められ|要請|依頼され|頼まれ|お願いされ|念を押され|刺され|指示され|申し入れ|約束|申し合わせ|取り決め/u,
  embargo: /解禁/u,
  pressHandling: /以降|以後|から/u,
  circleKeep: /留め|とどめ|止め|しまっ/u,
  closedPaper: /非公開|非公表|未公表|公表前|公開前|公表されて|公開されて|公表して|公開して|出して|出て|出回|お見せして|(?:課内|庁内|部内|係内|局内|職員|関係者|委員|役員|幹部)(?:のみ|限り|限定|だけ)/u,
  restricted: /関係|構成/u,
  record: /記録|台帳|受付簿|処理簿|管理簿|整理簿|日誌|ログ/u,
  channel: /チャット|LINE|Teams|Slack|メール|メーリングリスト|掲示板|グループウェア|ポータル|連絡網|スレッド/u,
  hearing: /聴取|聞き取り|聴き取り|ヒアリング|面談/u,
  withheld: /黒塗り|墨塗り|のり弁|非開示|不開示/u,
  nda: /守秘義務|秘密保持|機密保持|NDA/u,
  peek: /のぞ|覗|盗み見|チラ見|ちら見|チラッと見|ちらっと見|チラリと見|ちらりと見|こっそり見/u,
  cantSay: /非公開|秘密会|非公式|クローズド|オフレコ/u,
  internalUse: /\((?:課内|庁内|内部|部内|係内|局内|職員|関係者|委員|非公|取|部外)/u,
  secret: /機密|秘密情報|内部情報/u,
  notNotified: /まだ/u,
  inspection: /検査|調査|監査|査察|実地指導/u,
  prelim: /速報|暫定|試算値|推計値|見込み値|仮集計|途中集計|集計途中|集計中|仮の数字/u,
  repeat: /繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日|毎週|毎回|くり返し|いつも|ほとんど|大半/u,
}
