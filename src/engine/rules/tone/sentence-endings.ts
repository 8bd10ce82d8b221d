/**
 * tone — 4(1): sentence endings, the voice of the text (表現の硬軟度合い). Each sentence's ending, after its decorations (emoji, ｗ, 〜,
 * ！) are stripped, is read against anchored rules (ENDING_RULES): casual plain forms (だよ, じゃん, 来てね, 行ってきた, 楽しかった,
 * 行きたいな, 〜すぎん？, っす), dialect endings (〜っちゃ, 〜けん, 〜ばい, 〜たい, 来んね〜, 撮りよった; だべ, っぺ, だがや), particles of
 * speech (かよ, かぁ, わ), net role-speech (始まったお), spoken prohibitions (忘れんなよ), too-much adjectives (暑すぎ), a friend's
 * sign-off (おやすみ〜, じゃあね: levity), a plain ending closed with a particle of speech (一番だよね: levity5), a character's suffix
 * told twice (だりん！). A plain ending that is also written である調 (〜した。, 〜ない。) is `plain`: it counts only when the post is not
 * written in である調 or in the 常体 of a report (WRITTEN, WRITTEN_OFFICIAL, REPORT_*, DEARU, read here for index.ts's facts).
 * Stays clean: です・ます and 体言止め, a list item (・, (1), 1.) written plain by convention, a quotation (blanked), a heading ending
 * in て (■…を読んで), いいね！ taken as a named thing (NAMED_AFTER), an essay's literary conjecture (ではなかろうか。).
 */
import type { Doc } from '../../doc'
import { finalUnits } from '../../literals'
import type { Span } from '../../text'
import { isWordAt } from '../../words'
import { always, inRanges } from './context'
import type { ToneSignal } from './context'

// ---------------------------------------------------------------------------------------------
// Sentence endings. Each sentence's ending (its last characters, after decorations such as
// emoji, ｗ, 〜 and ！ are stripped) is matched against anchored patterns: linear, on a short tail.

/** Polite endings (です・ます) and their particles: formal. */
const POLITE_END = /(?:です|ます|ました|ません|でした|ましょう|ませんか|でしょう|ください|下さい|ございます|いたします|願います|まして)(?:よ|ね|よね|か|な|の)?$/u
/** The last code units a polite ending can end with (literals.ts `finalUnits`): a tail ending in any other is not tested. */
const POLITE_END_UNITS = finalUnits(POLITE_END)
/** `POLITE_END.test(tail)`, skipped when the tail's last code unit cannot end a polite ending. */
function politeEnd(tail: string): boolean {
  return (POLITE_END_UNITS === undefined || POLITE_END_UNITS.has(tail.charCodeAt(tail.length - 1))) && POLITE_END.test(tail)
}
/** Written である調: formal, and its plain endings with it. */
/**
 * Written 常体 without である (相次いでいる。…ことはない。…相談すること。, 実施する。…ご検討いただきたい。, 一部使用できない。 — a
 * Sino-Japanese verbal noun with する/できる/される): the plain endings
 * of official prose. It makes plain endings formal only in a post with no casual wording at all.
 * Blind HJ-065: humble verbs in their plain form (結果をお知らせする。ご報告する。感謝申し上げる。お礼申し上げる。) are written 常体 too: a
 * report's courtesy, which no diary puts so.
 */
export const WRITTEN = /(?:[てで]いる|[てで]おる|[てで]ある|[てで]いない|されている|とされる|とされている|ことがある|ことはない|ものではない|こと(?:が|も)でき(?:る|ない)|(?:を|で|に|は)?行う|行わない|実施する|実施しない|開催する|開催しない|受け付ける|受け付けない|を開催する|予定だ|すること|しなければならない|ねばならない|べきだ|ていただきたい|でいただきたい|いただきたい|願いたい|と定めている|に努める|を図る|ものとする|\p{sc=Han}{2}(?:できない|できる|しない|されない|される|となる)|申し上げる|(?:お\p{sc=Han}[ぁ-ゖ]{0,3}|ご\p{sc=Han}{2})(?:する|いたす)|いたす|存じる)(?:。|$)/mu
/**
 * The city (or another public body) as the subject of an official plain-form undertaking (市としては…生かしていく。,
 * 市は、…取り組みを進める。): a report's 常体, formal when the post has nothing casual in it.
 * Blind HH-138: or as the subject of what it did or does, told with a Sino-Japanese verb (市は、…を市ホームページで公開した。,
 * 県は…を発表した。, 柳川市は…を開始する。): the lead of a press-style report (報道発表), whose other plain endings
 * (〜こともできる。, 〜を始めてほしい。) are the same written 常体. A diary does not make the city the subject of 公開した.
 * Blind HJ-065: …nor of what it will go on doing (市は今後も…販路拡大を支援していく。, 引き続き取り組んでいく。).
 * Blind HO-149: …nor of what it has been doing since (市は当時の教訓を…反映し、…強化を進めてきた。).
 */
export const WRITTEN_OFFICIAL = /(?:^|[。、\s」])(?:本市|当市|\p{sc=Han}{0,4}(?:市|県|町|村)|国|議会|委員会)(?:として(?:は)?|は|が)[、,]?[^。！？!?\n]{0,60}?(?:進める|図る|努める|取り組む|推進する|検討する|生かす|活かす|生かしていく|活かしていく|充実させる|強化する|改善する|対応する|受け止める|求める|目指す|続ける|支援する|整備する|見直す|\p{sc=Han}{2}(?:した|する|している|された|される|しておる|していく)|(?:取り組んで|進めて|努めて|図って|続けて|目指して|支えて|守って|高めて|深めて|広げて|生かして|活かして|応えて|重ねて)(?:いく|きた))(?:。|$)/mu
/**
 * The vocabulary of statistics and official reports (前年同月より, 8.4%増加, ポイント下回った, を占め, における, 本市, の規定に基づき, 第199条):
 * two of them make a paragraph written 常体, formal when the post has nothing casual in it (a report on a
 * tone-5 account: 投票率は48.27%で、前回を3.15ポイント下回った。…最も高かった。).
 */
export const REPORT_WORDS = /[0-9][0-9.,]*\s?(?:%|％|ポイント)|前年(?:同月|同期|度|同日)?(?:比|より|に比べ|と比べ)|前回(?:比|より|に比べ|と比べ)|を(?:上回|下回)|を占め|割合|における|に関する|に伴い|に係る|及び|並びに|および|ならびに|に基づ(?:き|く|いて)|の規定|第[0-9０-９]+条|において|に対し(?:て)?|に即し|本市|当市|同(?:氏|課|会|市|日|年)|のうち/gu
export function isReport(t: string): boolean {
  REPORT_WORDS.lastIndex = 0
  const first = REPORT_WORDS.exec(t)
  if (!first) return false
  for (let m = REPORT_WORDS.exec(t); m; m = REPORT_WORDS.exec(t)) if (m[0] !== first[0]) return true
  return false
}
/** A plain ending of report style: a Sino-Japanese verb (導入した, 策定された, 実施する) or となった / に決定した. */
const REPORT_PLAIN = /[一-龠々]{2}(?:した|された|している|されている|する|される|しておる)$|[一-龠々](?:と|に)(?:なった|なる|決定した)$/u
/**
 * Blind HD-045: the endings of a press release in 常体 (条例が原案のとおり可決された。…校舎を使用する。…スクールバスを運行する。
 * …順次公表する。): a Sino-Japanese verb in the passive or in the non-past of a plan, not the past of a diary (満喫した。感動した。).
 * Two of them in a paragraph with no plain adjective or copula (楽しかった, 最高だ) make it written 常体, so its past and
 * progressive plain endings (計8回開催してきた。…と述べた。) are the report's voice, formal when nothing casual is in the post.
 */
const REPORT_FORMAL = /[一-龠々]{2}(?:する|される|された|されている|している)$/u
/**
 * Blind HY-131: a press-style report in 常体 tells what was done in the active past of a Sino-Japanese verb (記念行事を開催した。
 * …約350人が参加した。…12点を表彰した。…来場者にも伝わるよう配慮した。) — a diary's past too (満喫した。感動した。), so it counts
 * only for acts that are no feeling or pastime of the writer, and only in a paragraph that also counts things (14団体, 約350人, 118点).
 */
const REPORT_PAST = /[一-龠々]{2}した$/u
/**
 * Blind IM-083: a news lead in 常体 tells that an event took place in the passive of a native verb of holding (表彰式が11月20日、
 * 市役所で行われた。, 総会が開かれた。, 慰霊祭が執り行われた。, 法要が営まれた。) and what someone received in an official act or an award
 * (市内3事業所が表彰を受けた。, 認定を受けた。, 知事賞を受けた。): the endings of a press report, no diary's feeling (楽しかった) nor
 * pastime; they count as report endings like 可決された。 (two make a paragraph written 常体 when nothing casual is in it).
 * Blind IR-003: so do what an official was told in a meeting (代表らと懇談し、…説明を受けた。, 要望を受けた。, 表敬訪問を受けた。) and a
 * named speaker's words closed with the press's verb of speech after the quote (市長は「…」と述べた。, 「…」と強調した。, と語った。).
 */
const REPORT_EVENT = /(?:執り行われ|行われ|開かれ|催され|営まれ)(?:た|る)$|(?:表彰|認定|指定|認証|選定|承認|採択|顕彰|叙勲|褒章|感謝状|[一-龠々]{1,6}賞|説明|報告|要望|陳情|提言|答申|要請|申し入れ|表敬訪問|寄贈|贈呈)を受け(?:た|る)$|」と(?:述べ|語っ|強調し|話し|説明し|振り返っ|呼び掛け|呼びかけ|あいさつし|挨拶し|抱負を語っ|意気込みを語っ)た$/u
const DIARY_ACT = /(?:満喫|堪能|感動|感激|興奮|緊張|安心|満足|後悔|反省|納得|爆睡|熟睡|爆食|完食|挑戦|体験|経験|購入|注文|散歩|昼寝|遅刻|寝坊|失敗|成功|感心|驚愕|号泣|爆笑|苦笑|油断|我慢|退屈|帰宅|帰省|外出|旅行|観光|宿泊|休憩|入浴|食事|料理|掃除|洗濯|運動|練習|勉強|読書|乾杯|心配|期待|安堵|落胆|感涙)した$/u
/** Things counted with a counter word (14団体, 約350人, 118点, 6か所): two make a paragraph a report's count. */
const COUNTED = /[0-9０-９][0-9０-９,，]*(?:人|件|点|団体|か所|カ所|ヶ所|箇所|校|名|世帯|台|組|事業所|社|店舗|施設|回)/gu
export function countsThings(t: string): boolean {
  COUNTED.lastIndex = 0
  return COUNTED.exec(t) !== null && COUNTED.exec(t) !== null
}
/**
 * Blind R154A-078: an essay's literary conjecture (偶然ではあるまい。, 忘れてはなるまい。, …と言えるのではなかろうか。) is である調 too.
 */
export const DEARU = /(?:[るくすつぬむぶぐ]まい|ではなかろうか|ではあるまいか)(?:。|$)|である|と考える(?:。|$)|と考えられる|と思料する|であり|であった|であろう|ではない|ものとする|こととする|とする。|とする$|とした。|とされる|されたい|せられたい|のである|場合がある|必要がある|おそれがある/mu

interface EndingRule {
  re: RegExp
  /** Also read at the end of a clause (〜けん、〜やけど、): dialect particles that only end clauses. */
  clause?: boolean
  /** Only when the sentence ends with 。！ or a decoration (急いで〜, 来て！): a heading may end in て (■…を読んで). */
  marked?: boolean
  /** Only in a question (どこ行くと？): 〜と ends no statement. */
  question?: boolean
  /** Only when the sentence ends with ！ or ! (来てほしい！): a plain form shouted, which written 常体 never does. */
  exclaimed?: boolean
  /** Not this rule when the sentence's end matches (について is no request). */
  veto?: RegExp
  kind: 'ending' | 'dialect'
  weight: number
  plain?: boolean
  voice?: boolean
  /** A friend's sign-off: flagged on a stiff account whatever the score (see ToneSignal.levity). */
  levity?: boolean
  /**
   * Blind R196I-002 kind: a plain ending closed with a particle of speech (一番だよね, 間に合わないじゃん, 早めがいいよね): the voice of a
   * chat, never a notice's, flagged on the stiffest account (5) however polite the sentences around it (see ToneSignal.levity5).
   */
  levity5?: boolean
  /** The formal rewrite of the matched ending (given the match and the word before it). */
  fix: (m: string, before: string) => string
}

/**
 * After the ！ or ？ that closes a speech ending: a particle that takes it as a noun (いいね！やシェアで応援を, 「だよね！」を合言葉に): the
 * phrase is named, not said, so it is no chat voice on the stiffest account (EndingRule.levity5).
 */
const NAMED_AFTER = /^(?:[やをがの]|と(?![、,]))/u
const ENDING_RULES: readonly EndingRule[] = [
  // A greeting or farewell cut short standing alone as a sentence or clause (もう寝ます、おやすみ〜💤, おはよ〜, じゃあね,
  // ばいばい, ほなまた明日): a friend's sign-off, not an office's, and like laughter it never suits a stiff account (levity).
  // Anchored at the sentence's start: 月曜日はおやすみ (a holiday) and また明日お知らせします are no greeting.
  { re: /^(?:みなさん|皆さん|みんな)?(?:おやすみ|オヤスミ|おはよう?|オハヨウ?|おっは|オッハ|こんちゃ|こんちは|ばいばい|バイバイ|じゃあね|じゃね|ほなね|おつ|オツ|(?:じゃあ|じゃ|ほな|ほんなら)また(?:明日|あした|来週|今度)?(?:ね|な)?|また(?:明日|あした|来週|今度)?ね)$/u, kind: 'ending', weight: 1, levity: true, fix: (m) => (/おやすみ|オヤスミ/u.test(m) ? 'おやすみなさい' : /おは|オハ|おっは|オッハ/u.test(m) ? 'おはようございます' : /こん/u.test(m) ? 'こんにちは' : /おつ|オツ/u.test(m) ? 'お疲れさまでした' : 'それでは、また。') },
  // Casual requests: 来てね → お越しください.
  { re: /(?:来|き)(?:て|てね|てな|てよ|てや|てちょ|てね~|てくれ|てほしい)$/u, kind: 'ending', weight: 1, fix: always('お越しください') },
  { re: /見(?:てね|てな|てよ|てや)$/u, kind: 'ending', weight: 1, fix: always('ご覧ください') },
  { re: /(?:て|で)(?:ね|な|よ|や|ちょ|ちょうだい|くれ)$/u, kind: 'ending', weight: 1, fix: (m) => `${m[0]}ください` },
  // Blind HH-138: a wish or request in plain form shouted with ！ (始めてほしい！, ぜひ来てほしい!, 参加したい！): spoken, not the
  // written 常体 of a column or press release, which closes its wishes with 。 — casual even in a post written in である調.
  { re: /(?:て|で)ほしい$/u, exclaimed: true, kind: 'ending', weight: 1, fix: (m) => `${m[0]}いただきたいと思います` },
  { re: /(?:[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ])たい$/u, veto: /(?:され|せられ|お願いし|願い|いたし|致し|いただき|頂き|努め|図り|期し)たい$/u, exclaimed: true, kind: 'ending', weight: 1, fix: (m) => `${m[0]}たいと思います` },
  // A wish (忘れないでほしい): casual in a です・ます post, the written voice of a 常体 column.
  { re: /(?:て|で)ほしい$/u, kind: 'ending', weight: 0.7, plain: true, fix: (m) => `${m[0]}いただきたいと思います` },
  // Copula and particles.
  { re: /(?:だよね|だよな|だよん|だよーん|だよ|だね|だな|だぞっ?|だぜ|だわ|だもん|だし|だって)$/u, kind: 'ending', weight: 1, levity5: true, fix: (m) => (m.includes('ね') ? 'ですね' : 'です') },
  // A plain question or statement closed with の (知らなかったの？, 行くの).
  { re: /(?:[たるいうくすつぬむぶぐ]|ない|なかった|だった)の$/u, kind: 'ending', weight: 1, fix: always('のですか') },
  { re: /(?:じゃん|じゃね|じゃない|やん|やんか)$/u, kind: 'ending', weight: 1, levity5: true, fix: always('ですね') },
  // Blind R449A-059 kind: 〜っしょ (うまいっしょ, 間違えないっしょ, 行けるっしょ) is the slang of a chat, never a notice's: levity on a stiff
  // account (4, 5) however polite the sentences around it; the clipped でしょ stays a casual ending weighed in the score.
  { re: /っしょ$/u, kind: 'ending', weight: 1, levity: true, fix: always('でしょう') },
  { re: /でしょ$/u, kind: 'ending', weight: 1, fix: always('でしょう') },
  { re: /(?:っすね|っすよ|っす|ッス)$/u, kind: 'ending', weight: 1, fix: (m) => (m.endsWith('ね') ? 'ですね' : m.endsWith('よ') ? 'ですよ' : 'です') },
  { re: /(?:かもね|かもよ|かも|かもな)$/u, kind: 'ending', weight: 1, fix: always('かもしれません') },
  { re: /すぎん$/u, kind: 'ending', weight: 1, fix: always('すぎませんか') },
  // A question asked with くない (よくない？, 楽しくない？); as a statement (おかしくない。) it is the plain negative below.
  { re: /くない$/u, veto: /(?:少な|珍し|難し|正し|望まし|ふさわし|相応し|著し|乏し|遠|多|悪|良|よ|低|高|新し|古|大き|小さ)くない$/u, question: true, kind: 'ending', weight: 1, fix: always('くありませんか') },
  // Not the request of official notices (迂回されたい, 照会されたい: である調) nor a formal wish (お願いしたい, いたしたい).
  { re: /(?:[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ])(?:たいな|たいね|たいよ|たいなぁ|たいな~|たいわ)$/u, kind: 'ending', weight: 1, fix: (m) => `${m[0]}たいと思います` },
  // A bare wish (考えていきたい。, 始めたい。, 暮らせるまちでありたい。): the written voice of a 常体 column, casual elsewhere (plain).
  { re: /(?:[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ])たい$/u, veto: /(?:され|せられ|お願いし|願い|いたし|致し|いただき|頂き|努め|図り|期し)たい$/u, kind: 'ending', weight: 1, plain: true, fix: (m) => `${m[0]}たいと思います` },
  // Plain forms with ね・よ・な (よかったね, 行くよ, 楽しいな); です・ます with them are polite (filtered before).
  { re: /(?:[たいるうくすつぬむぶぐん])(?:ね|ねぇ|よ|よね|な|なぁ)$/u, veto: /(?:みたいな|ような|ような|いいよ)$/u, kind: 'ending', weight: 1, levity5: true, fix: (m) => (m.endsWith('な') || m.endsWith('なぁ') ? `${m[0]}と思います` : m[0] === 'い' ? `いです${m.includes('ね') ? 'ね' : ''}` : '〜ます・〜です（です・ます調に）') },
  // 博多弁 〜たい after a noun (柳川の味たい).
  { re: /(?<=[一-龠々ァ-ヺ])たい$/u, kind: 'dialect', weight: 1, fix: always('です') },
  { re: /(?:よね|よな|かな|かなぁ|なの|のよ|わよ|ぞ|ぜ)$/u, veto: /(?:どうぞ|さかな|ひらがな|かぜ)$/u, kind: 'ending', weight: 1, fix: (m) => (m === 'かな' || m === 'かなぁ' ? 'でしょうか' : m === 'ぞ' || m === 'ぜ' ? 'です' : 'ですね') },
  // Net role-speech お after a plain form (始まったお, 来てほしいお, 納期限は今月末だお).
  { re: /(?:[たいるうくすつむぶぐ]|だ)お$/u, veto: /(?:しお|かお|とお|おお|なお|もお)$/u, kind: 'ending', weight: 1, fix: (m) => (m[0] === 'だ' ? 'です' : '〜ます・〜です（です・ます調に）') },
  // Sentence-final particles of speech: 最高かよ, 連休かぁ, 長かったわ, 近いっぽい.
  { re: /(?:かよ|かぁ|かあ|なあ)$/u, kind: 'ending', weight: 1, fix: always('ですね') },
  { re: /(?<=[たいだ])わ$/u, kind: 'ending', weight: 1, clause: true, fix: always('です') },
  // An adjective stem + すぎ as the end (暑すぎ, かわいすぎ): 過ぎ after a time (10時過ぎ, 昼過ぎ) is a noun.
  { re: /(?<=[ぁ-ゖ一-龠々])すぎ$/u, kind: 'ending', weight: 1, fix: always('すぎるほどです') },
  { re: /っぽい(?:ね|よ|な)?$/u, kind: 'ending', weight: 1, fix: always('ようです') },
  // Net slang past (オープンしたった, 作ってやった).
  { re: /(?:したった|てやった|でやった)$/u, kind: 'ending', weight: 1, fix: (m) => (m.startsWith('し') ? 'しました' : `${m[0]}みました`) },
  { re: /(?<=[べめけせてねれえげぜでみき])たった$/u, kind: 'ending', weight: 1, fix: always('ました') },
  // Prohibitions spoken (忘れんなよ, 押すなよ): a notice asks (ないでください).
  { re: /(?:[るくすつぬむぶぐうん])なよ$/u, kind: 'ending', weight: 1, fix: always('ないでください') },
  // Too much of an adjective (すごすぎた, 幻想的すぎた): the voice of a diary, not a notice.
  { re: /(?:すぎ|過ぎ)(?:た|る)$/u, kind: 'ending', weight: 0.7, plain: true, voice: true, fix: (m) => (m.endsWith('た') ? 'すぎるほどでした' : 'すぎるほどです') },
  // Colloquial verb endings: 行ってきた → 行ってまいりました.
  // Not the aspect of written prose (守られてきた, 受け継がれてきた, 増えてきた): those are plain past.
  // The work of years told in a column (発展してきた, 温存させてきた, 取り組んできた, 築いてきた, 意見を聞いてきた): plain, the written voice
  // of a である調 post, a diary's elsewhere.
  { re: /(?:(?<=[一-龥])して|させて|取り組んで|築いて|歩んで|重ねて|進めて|努めて|支えて|育んで|担って|守って|果たして|訴えて|聞いて|伺って|集めて|求めて|呼びかけて|働きかけて|向き合って|寄り添って|伝えて|続けて)きた$/u, kind: 'ending', weight: 1, plain: true, fix: (m) => m.replace(/きた$/u, 'まいりました') },
  { re: /(?:て|で)きた$/u, veto: /(?:られて|されて|がれて|まれて|続けて|なって|増えて|減って|変わって)きた$/u, kind: 'ending', weight: 1, fix: (m) => `${m[0]}まいりました` },
  { re: /(?:て|で)みた$/u, kind: 'ending', weight: 1, fix: (m) => `${m[0]}みました` },
  { re: /(?:ちゃった|じゃった|ちゃう|ちゃお)$/u, kind: 'ending', weight: 1, fix: (m) => (m.startsWith('じゃ') ? 'でしまいました' : 'てしまいました') },
  // Blind R11A-024 kind: a polite sentence closed by the hearsay って of talk (楽しめますって, 開館してますって, 無料ですって): spoken, not written.
  { re: /(?:ます|です|ました|でした)って$/u, kind: 'ending', weight: 1, fix: (m) => `${m.slice(0, -2)}とのことです` },
  // ている contracted (見てる, 読んでた); not a verb whose stem ends in て (充てた, 建てる, 捨てた, 育てた, 企てる).
  { re: /(?:て|で)(?:る|た)$/u, veto: /(?:充|捨|建|当|育|立|企|慌|隔|宛|果|保|役立|組み立|組立|割り当|割当|探し当|取り立|見立|仕立|目立|引き立|打ち立|駆り立|おだ|あ|す|そだ|た)て(?:る|た)$/u, kind: 'ending', weight: 1, fix: (m) => `${m[0]}い${m[1] === 'る' ? 'ます' : 'ました'}` },
  { re: /(?:楽し|たのし|嬉し|うれし)かった$/u, kind: 'ending', weight: 1, fix: always('楽しい時間となりました') },
  // Other adjectives in the past (寒かった, 最も高かった): plain, formal in a report written in である調.
  { re: /かった$/u, kind: 'ending', weight: 1, plain: true, voice: true, fix: always('かったです') },
  { re: /ありがと(?:う)?$/u, kind: 'ending', weight: 1, fix: always('ありがとうございます') },
  // Blind R210A-012 kind: the bare thanks closed with a particle of speech (ありがとね, ありがとうね, ありがとな, ありがとよ): a friend's
  // thanks, like 一番だよね never suited to the stiffest account (5) however polite the sentences around it.
  { re: /ありがと(?:う)?(?:ね|ねぇ|な|なぁ|よ)$/u, kind: 'ending', weight: 1, levity5: true, fix: always('ありがとうございます') },
  // A bare sign-off in any script (よろしく, ヨロシク, ﾖﾛｼｸ, よろ〜, よろぴく): よろしくお願いいたします cut short.
  // Blind R171I-072 kind: also cut short after a particle (…ってことでヨロ〜, 今年もよろ, 当日はよろ): katakana ヨロ after any kana but
  // katakana, hiragana よろ after で, も, は (not inside a word: よろよろ, ひょろ, 手よろ).
  { re: /(?:よろしく|ヨロシク|よろぴく|ヨロピク|よろしこ|ヨロシコ|(?<![ァ-ヺー])ヨロ|(?:(?<![ぁ-ゖァ-ヺー])|(?<=で|も|は))よろ)(?:ね|ネ|な|ナ|で|デ)?$/u, kind: 'ending', weight: 1, fix: always('よろしくお願いいたします') },
  { re: /(?:おつかれ|お疲れ)(?:さま|さん)?$/u, kind: 'ending', weight: 1, fix: always('お疲れさまでした') },
  // Endings written in katakana (明日までダヨ, 最高ナノ): the casual ending in another script.
  { re: /(?:ダヨネ|ダヨ|ダネ|ダゾ|ダゼ|ナノダ|ナノ|ヨネ|ダモン|ナンダ|デスヨ|ダッタ)$/u, kind: 'ending', weight: 1, fix: always('です') },
  { re: /おめでと(?:う)?$/u, kind: 'ending', weight: 1, fix: always('おめでとうございます') },
  // Dialect (筑後・博多弁 and others).
  { re: /(?:なんやけど|やけど|やけん|けん|ばってん)$/u, kind: 'dialect', weight: 1, clause: true, fix: (m) => DIALECT_FIX[m] ?? 'ので' },
  // 〜とる is 〜ている only on a verb's te-stem (知っとる, 見とる, 書いとる); after a particle it is the verb 取る (休憩をとる, 手にとる).
  { re: /(?:っちゃ|っちゃね|ちゃね|ばい|ったい|とよ|やけ|やった|やろ|やね|やな|やで|ねん|へん|あかん|なんよ|んよ|よかよか|よか|しとる|きとる|ちょる|(?<![をがにはもへ])とる|(?<![をがにはもへ])とった)$/u, kind: 'dialect', weight: 1, fix: (m) => DIALECT_FIX[m] ?? 'です' },
  // Dialect of other regions (東日本 だべ・っぺ, 名古屋 だがや, 静岡 ずら, 土佐 ぜよ).
  { re: /(?:だべ|だべさ|べさ|だっぺ|っぺ|だがや|ずら|ぜよ|じゃき)$/u, veto: /ほっぺ$/u, kind: 'dialect', weight: 1, fix: (m) => (m.startsWith('だ') || m === 'べさ' ? 'です' : m === 'っぺ' ? 'ましょう' : 'です') },
  { re: /(?:なっせ|んしゃい|しゃい|ごたる|ごたっ|よかろうもん|ろうもん|もん(?=ね$)ね)$/u, kind: 'dialect', weight: 1, fix: (m) => (m.endsWith('せ') || m.endsWith('い') ? 'ください' : m.startsWith('ごた') ? 'ようです' : 'でしょう') },
  { re: /[くるたいんっうすつ]と$/u, question: true, kind: 'dialect', weight: 1, fix: always('のですか') },
  // Blind HB-132: による after a noun or こと is the particle に and よる (可決されたことによる。, 燃料費の高騰による。: by, due to), the
  // written である調 of a report, not the progressive 〜よる of a verb's stem (降りよる, 泳ぎよる, 郵送しよる).
  { re: /[いきしちにひみりぎじび](?:よる|よった|よらす)$/u, veto: /による$/u, kind: 'dialect', weight: 1, fix: (m) => `${m[0]}ています` },
  { re: /んね$|んごと$|せんで$/u, kind: 'dialect', weight: 1, fix: (m) => (m === 'んね' ? 'ませんか' : m === 'んごと' ? 'ないように' : 'しないでください') },
  { re: /(?:よか|うまか|多か|おおか|すご|よかっ)たい$/u, kind: 'dialect', weight: 1, fix: always('です') },
  { re: /(?:[めれけせねべ]|てこ|でこ|知ら|しら|わから|分から|判ら|いか|でき)ん$/u, kind: 'dialect', weight: 1, clause: true, fix: (m) => `${m.slice(0, -1)}ません` },
  { re: /けど$/u, veto: /(?:です|ます|でしょう|ません|でした|ました)けど$/u, kind: 'ending', weight: 1, clause: true, fix: always('ですが') },
  // A bare て-form as a request: 急いで, 待ってて.
  {
    // Blind R67A-090: a verb on one kanji (HP見て, 早よ寝て, 外に出て) asks the same way.
    re: /(?:いで|んで|って|いて|して|きて|けて|れて|[見寝出着]て)$/u,
    veto: /(?:について|として|とって|よって|おいて|関して|対して|際して|通じて|向けて|かけて|除いて|そして|つれて|わせて|初めて|改めて|はじめて|決して|ついて|あえて|かつて|めて|せて|にて|をして|がして)$/u,
    kind: 'ending',
    weight: 1,
    marked: true,
    fix: (m) => `${m}ください`,
  },
  // Imperatives: 急げ → お急ぎください.
  { re: /(?:急げ|行け|見ろ|しろ|来い|買え|食え|やれ|待て|走れ|読め|逃げろ)$/u, kind: 'ending', weight: 1, fix: always('〜してください') },
  // Contracted imperatives of 〜ておけ / 〜ていけ (行っとけ, 読んどけ, 持ってけ) → 〜ておいてください.
  { re: /(?:っとけ|んどけ|いとけ|しとけ|ておけ|でおけ|ってけ|んでけ)$/u, kind: 'ending', weight: 1, fix: (m) => (/[てで]け$/u.test(m) ? '〜ていってください' : '〜ておいてください') },
  // Hearsay passed on with さ (来るってさ, 中止なんだってさ) → とのことです.
  { re: /(?:って|だって)さ[ー~]?$/u, kind: 'ending', weight: 1, fix: always('とのことです') },
  // Plain forms that are also である調: 〜だ。, 〜した。, 〜ない。, 楽しい。
  // Not the past of a verb in む/ぶ/ぬ (並んだ, 楽しんだ, 取り組んだ): that is the plain past below, no voice.
  { re: /(?:のだ|(?<![\p{sc=Han}し])んだ|(?<!ん)だ)$/u, kind: 'ending', weight: 1, plain: true, voice: true, fix: (m) => (m === 'だ' ? 'です' : 'のです') },
  { re: /ない$/u, kind: 'ending', weight: 0.7, plain: true, fix: always('〜ません（です・ます調に）') },
  // い-adjectives (楽しい。すごい。): not nouns in い (生きがい, 話し合い, ていねい) nor ください.
  {
    re: /[いきしちにひみりぎじびぴうくすつぬふむゆるぐずづぶぷおこそとのほもよろごぞどぼぽかたなはまやらわさばだぱ]い$/u,
    // Blind R154A-078: the negative conjecture まい after a verb (偶然ではあるまい, 忘れるまい, 二度と起こすまい) is the written voice of
    // an essay, no adjective (うまい, せまい stay).
    veto: /(?:ください|なさい|あい|がい|ぐあい|おい|ぽい|[0-9]さい|[るくすつぬむぶぐ]まい)$/u,
    kind: 'ending',
    weight: 0.7,
    plain: true,
    voice: true,
    fix: (m) => `${m}です`,
  },
  { re: /だった$/u, kind: 'ending', weight: 0.7, plain: true, voice: true, fix: always('でした') },
  { re: /(?:した|った|いた|いだ|んだ|えた|けた|てた|めた|れた|せた|きた|びた|みた|ねた|げた|じた|ちた|りた|べた|ぎた)$/u, kind: 'ending', weight: 0.5, plain: true, fix: (m) => (m === 'した' ? 'しました' : /^[えけめれせきびみねげじちりべぎ]/u.test(m) ? `${m[0]}ました` : '〜ました（です・ます調に）') },
  // Adjectives on one kanji (多い, 尊い, 暑い): not nouns on a verb stem (集い, 願い, 違い).
  { re: /[多高早暑寒良悪若強弱長短近遠広狭重軽深浅古安赤青白黒熱凄旨尊辛甘痛怖眠偉酷濃薄固硬堅丸太細鋭鈍粗荒緩温渋淡厚]い$/u, kind: 'ending', weight: 0.7, plain: true, voice: true, fix: (m) => `${m}です` },
  // Plain non-past verbs (上がる, 生える): 常体, formal only in である調.
  { re: /[ぁ-ゖ][うくすつぬむぶぐる]$/u, veto: /(?:ください|なさい|でしょう|ましょう|である|ている|てある)$/u, kind: 'ending', weight: 0.5, plain: true, fix: () => '〜ます（です・ます調に）' },
  // …and a verb on one kanji (寝る, 見る, 出る), the bare 常体 of a curt post (もう説明する気力ない。寝る: blind R67A-090).
  { re: /[寝見出着]る$/u, kind: 'ending', weight: 0.5, plain: true, fix: () => '〜ます（です・ます調に）' },
  // Blind R189I-060 kind: a volitional clipped with a small っ (乗り切ろっ, 頑張ろっ, 行こっ, 食べよっ): chat, never written 常体.
  {
    re: /(?:[こごそとのぼもろお]|(?<=[いきしちにひみりぎじびぴえけせてねへめれげぜでべぺ])よ)っ$/u,
    kind: 'ending',
    weight: 1,
    fix: (m) => ({ こっ: 'きましょう', ごっ: 'ぎましょう', そっ: 'しましょう', とっ: 'ちましょう', のっ: 'にましょう', ぼっ: 'びましょう', もっ: 'みましょう', ろっ: 'りましょう', おっ: 'いましょう' } as Record<string, string>)[m] ?? 'ましょう',
  },
  { re: /(?:しよう|こう|ろう|おう|よう)$/u, kind: 'ending', weight: 0.5, plain: true, fix: (m) => ({ しよう: 'しましょう', こう: 'きましょう', ろう: 'りましょう', おう: 'いましょう' })[m] ?? 'ましょう' },
]

/**
 * Per ending rule: the last code units a sentence must end with for it to match (literals.ts
 * `finalUnits`), or undefined (always tried). A sentence ending in う is tried only on the few
 * rules that can end in う, not on all sixty.
 */
const ENDING_UNITS: ReadonlyArray<ReadonlySet<number> | undefined> = ENDING_RULES.map((r) => finalUnits(r.re))
/** Whether any ending rule can end with code unit c (every rule when one cannot say what it ends with). */
const MAY_END: (c: number) => boolean = ENDING_UNITS.some((u) => u === undefined)
  ? () => true
  : ((all) => (c: number) => all.has(c))(new Set(ENDING_UNITS.flatMap((u) => [...u!])))

const DIALECT_FIX: Record<string, string> = {
  っちゃ: 'です', っちゃね: 'ですね', ちゃね: 'ですね', ばい: 'です', ばってん: 'ですが', ったい: 'です', とよ: 'のです', ちゃん: 'です', やけん: 'ですので', けん: 'ので', やけ: 'ですので',
  やった: 'でした', やろ: 'でしょう', やね: 'ですね', やな: 'ですね', やで: 'です', ねん: 'のです', へん: 'ません', あかん: 'いけません', なんよ: 'なのです', んよ: 'のです',
  よかよか: 'よかったです', よか: 'よいです', しとる: 'しています', きとる: 'てきています', ちょる: 'ています', とる: 'ています', とった: 'ていました', とう: 'ています', しとう: 'しています',
}

function isKanji(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005
}
function isHira(c: number): boolean {
  return c >= 0x3041 && c <= 0x309f
}

/** Decorations a sentence may end with: stripped before its ending is read. */
function isDecoration(c: number): boolean {
  return (
    c === 0x20 || c === 0x3000 || c === 0x7e /* ~ */ || c === 0x30fc /* ー */ || c === 0x2d || c === 0x266a /* ♪ */ || c === 0x2606 || c === 0x2605 || c === 0x2661 || c === 0x2665 ||
    c === 0x77 /* w */ || c === 0x7b11 /* 笑 */ || c === 0x8349 /* 草 */ || c === 0x21 || c === 0x3f || c === 0x2e || c === 0x2026 /* … */ || c === 0xff01 || c === 0xff1f ||
    (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2190 && c <= 0x2bff) || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d || c === 0x3030
  )
}

/** Where sentences end: 。！？!?, line breaks, and spaces before a new phrase (X posts). */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x0a || c === 0x20 || c === 0x3000
}

// The start of a list item: ・, ●, ■, ※, (1), 1. … (list items are written plain by convention), in the first four
// characters of a line: what /^\s*(?:[・●○■□◆◇▲△▼▽◎★☆※\-*+]|\(?[0-9]{1,2}[).:]|[①-⑳])/u matches (`listItemAt`).
/** The marks a list item starts with. */
const LIST_MARK = new Set([...'・●○■□◆◇▲△▼▽◎★☆※-*+'].map((c) => c.charCodeAt(0)))
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const isNumberEnd = (c: number): boolean => c === 0x29 || c === 0x2e || c === 0x3a // ) . :
/** JavaScript's \s (WhiteSpace and LineTerminator: the space separators, tab, VT, FF, LF, CR, NBSP, LS, PS, BOM). */
function isJsSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}
/**
 * That pattern's `test(t.slice(from, from + 4))` read by hand, without a slice and a regex per line (most lines are no
 * item: 10月1日 is a date): after the white space, a mark, ①-⑳, or one or two digits (after an optional "(")
 * closed by ).: — all within the four characters.
 */
export function listItemAt(t: string, from: number): boolean {
  const to = Math.min(t.length, from + 4)
  let i = from
  while (i < to && isJsSpace(t.charCodeAt(i))) i++
  if (i >= to) return false
  const c = t.charCodeAt(i)
  if (LIST_MARK.has(c) || (c >= 0x2460 && c <= 0x2473) /* ①-⑳ */) return true
  if (c === 0x28 /* ( */) i++
  if (i >= to || !isDigit(t.charCodeAt(i))) return false
  if (i + 1 < to && isNumberEnd(t.charCodeAt(i + 1))) return true
  return i + 2 < to && isDigit(t.charCodeAt(i + 1)) && isNumberEnd(t.charCodeAt(i + 2))
}

const KATAKANA_TAIL = /[ァ-ヶ]{1,3}$/u
const KATAKANA_VERB_END = /^(?:キテ|ミテ|シテ|イッテ|ヤッテ|タベテ|キタ|シタ|ミタ|イク|クル|スル)(?:ネ|ヨ|ナ)?$|^(?:ダヨ|ダネ|ヨネ|ヨ|ネ|ナ|ゾ|ゼ|ワ|ノ|サ)$/u
/** `tail` with its katakana ending in hiragana when it is an ending (したヨ, キテネ), else unchanged. */
function katakanaEnding(tail: string): string {
  // KATAKANA_TAIL is anchored at the end: a tail not ending in ァ-ヶ (most: hiragana) cannot match it.
  const end = tail.charCodeAt(tail.length - 1)
  if (!(end >= 0x30a1 && end <= 0x30f6)) return tail
  const k = KATAKANA_TAIL.exec(tail)
  if (!k) return tail
  const before = tail.charCodeAt(k.index - 1)
  const afterKana = before >= 0x3041 && before <= 0x309f
  if (!afterKana && !KATAKANA_VERB_END.test(tail.slice(Math.max(0, k.index - 3)).match(/[ァ-ヶー]+$/u)?.[0] ?? '')) return tail
  if (afterKana && !/^(?:ヨ|ネ|ナ|ゾ|ゼ|ワ|ノ|サ|ヨネ|ダヨ|ダネ|ネー)$/u.test(k[0])) return tail
  return tail.slice(0, k.index) + String.fromCharCode(...Array.from(tail.slice(k.index), (c) => c.charCodeAt(0) - 0x60))
}

/**
 * A casual ending closed by a decoration instead of 。 with the next sentence right after it (忘れんでね〜ﾖﾛｼｸ,
 * 注意してね😊ラストは…, 来てね♪詳しくは…): a hiragana ending, a run of ~, ー, ♪, ☆ or emoji, then a word in another
 * script. It ends a sentence only when what comes before it is a casual (not a plain) ending: しま〜す, ぶどう🍇ジュース
 * and 図書館📚で go on.
 */
function decoratedEnd(t: string, i: number, start: number): boolean {
  const c = t.charCodeAt(i)
  if (!isDecoration(c) || c === 0x20 || c === 0x3000 || c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f || c === 0x2e || c === 0x2d || c === 0x77 || c === 0x7b11 || c === 0x8349) return false
  if (i - start < 2 || !isHira(t.charCodeAt(i - 1))) return false
  let j = i + 1
  while (j < t.length && j < i + 12 && isDecoration(t.charCodeAt(j)) && t.charCodeAt(j) !== 0x20 && t.charCodeAt(j) !== 0x3000) j++
  if (j >= t.length) return false
  const next = t.charCodeAt(j)
  if (isHira(next) || isDecoration(next) || isSentenceEnd(next) || next === 0x3001) return false
  const tail = t.slice(Math.max(start, i - 8), i)
  if (politeEnd(tail)) return false
  const last = tail.charCodeAt(tail.length - 1)
  for (let k = 0; k < ENDING_RULES.length; k++) {
    const r = ENDING_RULES[k]!
    const units = ENDING_UNITS[k]
    if (units !== undefined && !units.has(last)) continue
    // A decoration is no ！: the shouted wish is read on the plain rule after it.
    if (r.exclaimed) continue
    if (!r.re.test(tail)) continue
    return !r.plain && !r.question && !r.veto?.test(tail)
  }
  return false
}

/**
 * Whether 草 at `at` closes a word spelt with kana before it (ほうれん草, ぺんぺん草, おじぎ草): the segmenter reads no
 * word boundary before it. Laughter 草 stands alone after what it laughs at (すぎて|草, これは|草, で|草).
 */
/** What 草 after it is grass, not laughter: an adjective's い, の, な or a kanji. */
const GRASS_BEFORE = /[いのな\p{Script=Han}]/u

function grassWord(t: string, at: number): boolean {
  return isHira(t.charCodeAt(at - 1)) && !isWordAt(t, at, at + 1)
}

/** The sentence endings of a paragraph (squeezed view, quotations blanked); returns how many sentences it has. */
export function endingSignals(doc: Doc, quotes: ReadonlyArray<[number, number]>, out: ToneSignal[], counts: { report: number; reportPast: number }): number {
  const t = doc.squeezed.text
  let s = 0
  let sentences = 0
  // Whether the current line is a list item (read at the start of each line). Blind R127A-038: the squeezed view drops the dot and
  // space of a numbered item before a word (1. 送信元… reads 1送信元…), so the line is read in the norm view too (newlines are never
  // squeezed: the n-th line of one is the n-th line of the other).
  const nt = doc.norm.text
  let nLine = 0
  let listItem = listItemAt(t, 0) || listItemAt(nt, 0)
  /** Unknown suffixes after a plain ending, with where they stand (CHARACTER_SUFFIX). */
  let suffixes: Map<string, Span[]> | null = null
  for (let i = 0; i <= t.length; i++) {
    const c = i < t.length ? t.charCodeAt(i) : 0x0a
    const clauseOnly = c === 0x3001 || c === 0xff0c || c === 0x2c
    const decorated = !clauseOnly && i < t.length && !isSentenceEnd(c) && decoratedEnd(t, i, s)
    if (!clauseOnly && !isSentenceEnd(c) && !decorated) continue
    const inList = listItem
    if (c === 0x0a) {
      nLine = nLine < 0 ? -1 : nt.indexOf('\n', nLine)
      if (nLine >= 0) nLine++
      listItem = listItemAt(t, i + 1) || (nLine > 0 && listItemAt(nt, nLine))
    }
    // The sentence [s, i): strip trailing decorations.
    let e = i
    // 草 after an adjective, の or a kanji is grass (柔らかい草, 道端の草, 雑草), not laughter: the sentence ends there.
    // So is 草 closing a plant's name spelt with kana (ほうれん草, ぺんぺん草, おじぎ草): the kana are the word's, not an ending.
    while (e > s && isDecoration(t.charCodeAt(e - 1)) && !(t.charCodeAt(e - 1) === 0x8349 && e - 1 > s && (GRASS_BEFORE.test(t[e - 2]!) || grassWord(t, e - 1)))) e--
    const start = s
    s = i + 1
    if (e - start < 2) continue
    if (inRanges(quotes, e - 1)) continue
    const first = t[start]
    if (!clauseOnly && e - start >= 3 && first !== '#' && first !== '@') sentences++
    const last = t.charCodeAt(e - 1)
    // Only sentences ending in kana can end in a verb, adjective or particle.
    if (!((last >= 0x3041 && last <= 0x309f) || (last >= 0x30a1 && last <= 0x30fa))) continue
    // A casual ending written in katakana (したﾖ, ｷﾃﾈ): read in hiragana when the katakana is the ending itself
    // (after hiragana, or a short verb form), not a katakana word that ends the sentence (イベント).
    const tail = katakanaEnding(t.slice(Math.max(start, e - 8), e))
    // Three skips, none with a side effect: the cheap one first.
    const lastUnit = tail.charCodeAt(tail.length - 1)
    if (!MAY_END(lastUnit)) continue
    if (politeEnd(tail)) continue
    if (tail.includes('://') || tail.includes('#')) continue
    // A sentence spoken aloud (！, ？, 〜 or an emoji after it) whose plain ending carries a suffix no rule knows: maybe a
    // character's catchphrase (だりん！, いるりん？): told when the same suffix closes two such sentences (see CHARACTER_SUFFIX).
    if (!clauseOnly && !inList && (c === 0x21 || c === 0xff01 || c === 0x3f || c === 0xff1f || decorated || e < i)) {
      const m = CHARACTER_SUFFIX.exec(tail)
      if (m && !NOT_A_SUFFIX.test(m[1]!)) {
        const span = doc.fromSqueezed(e - m[1]!.length, e)
        suffixes ??= new Map()
        const seen = suffixes.get(m[1]!)
        if (seen) seen.push(span)
        else suffixes.set(m[1]!, [span])
      }
    }
    for (let k = 0; k < ENDING_RULES.length; k++) {
      const r = ENDING_RULES[k]!
      const units = ENDING_UNITS[k]
      if (units !== undefined && !units.has(lastUnit)) continue
      if (clauseOnly && !r.clause) continue
      if (inList && r.plain) continue
      const m = r.re.exec(tail)
      if (!m) continue
      if (r.veto?.test(tail)) break
      if (r.marked && e === i && !decorated && c !== 0x3002 && c !== 0x21 && c !== 0xff01) continue
      if (r.question && c !== 0x3f && c !== 0xff1f) continue
      if (r.exclaimed && c !== 0x21 && c !== 0xff01) continue
      // The report style of press releases and council news: a Sino-Japanese verb in its plain form
      // (電子黒板を導入した。基本方針を策定した。過去最大となった。) is written 常体, not a diary's 行った。楽しかった。
      if (r.plain && !clauseOnly && REPORT_EVENT.test(t.slice(Math.max(start, e - 16), e))) counts.report++
      if (r.plain && REPORT_PLAIN.test(tail)) {
        if (!clauseOnly && REPORT_FORMAL.test(tail)) counts.report++
        else if (!clauseOnly && REPORT_PAST.test(tail) && !DIARY_ACT.test(tail)) counts.reportPast++
        break
      }
      let a = e - m[0].length
      // Show the word the ending belongs to: 行っ|てきた, 認|めん, 行|きたいな.
      const word = a
      if (!isKanji(t.charCodeAt(a))) {
        let k = a
        while (k > start && k > a - 2 && isHira(t.charCodeAt(k - 1)) && t[k - 1] !== 'に' && t[k - 1] !== 'を' && t[k - 1] !== 'が' && t[k - 1] !== 'は') k--
        let j = k
        while (j > start && j > k - 3 && isKanji(t.charCodeAt(j - 1))) j--
        if (j < k) a = j
      }
      const span = doc.fromSqueezed(a, e)
      // A rewrite that cannot conjugate the word (〜ました) is given as a pattern, without the word.
      const fix = r.fix(m[0], t.slice(Math.max(start, a - 4), a))
      out.push({ kind: r.kind, weight: r.weight, plain: r.plain, voice: r.voice, levity: r.levity, levity5: r.levity5 && !NAMED_AFTER.test(t.slice(i + 1, i + 3)), fix: fix.startsWith('〜') ? fix : t.slice(a, word) + fix, ...span })
      break
    }
  }
  // A character's catchphrase: the same unknown suffix after a plain ending closing two sentences said aloud.
  if (suffixes) for (const spans of suffixes.values()) {
    if (spans.length < 2) continue
    for (const span of spans) out.push({ kind: 'ending', weight: 1, fix: '〜です・〜ます（キャラクターの語尾を使わずに）', ...span })
  }
  return sentences
}

/**
 * A character's catchphrase suffix (ほりわりんだりん！, お友だちもいるりん？, 見に来てほしいにゃん！): one to three kana after a
 * plain ending (だ, る, た, い), read on the tail of a sentence said aloud that no ending rule explained. One such sentence
 * may be a word that ends in those kana; two with the same suffix are a voice (endingSignals).
 */
const CHARACTER_SUFFIX = /[だるたい]((?:(?![だるたい])[ぁ-ゖァ-ヺー]){1,3})$/u
/** Kana that close ordinary sentences or words after だ/る/た/い (より, まで, から, ください, さい, もの, こと): no character's suffix. */
const NOT_A_SUFFIX = /^(?:より|まで|から|など|こと|もの|とき|ため|ほど|だけ|さい|ない|ます|です|たい|れる|られ|せる|ろう|よう|そう|らしい|みたい|[よねなかのわさぞぜ]|よね|かな|のよ|もん|じゃん|っけ|って|けど|けれど)$/u
