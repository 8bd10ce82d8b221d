/**
 * tone — 4(1), 4(2): 表現の硬軟度合い. Each account registers a formality level (5 = stiff like
 * the city website … 1 = soft). The text gets a formality score (research/rules.md §3) from:
 * - sentence endings: casual plain forms (だよ, じゃん, 来てね, 行ってきた, 楽しかった, 行きたいな,
 *   〜すぎん？, っす) and dialect (〜っちゃ, 〜けん, 〜ばい, 〜たい, 来んね〜, 撮りよった, 認めん); a plain
 *   ending that is also the written である調 (〜した。, 〜だ。, 〜ない。) counts only when the post is
 *   not written in である調, which is formal (so is the 常体 of a press-style report whose lead makes the city the subject:
 *   市は…公開した。…探すこともできる。…始めてほしい。), though a plain wish shouted with ！ (してほしい！) is speech there too; so are
 *   humble verbs in their plain form (結果をお知らせする。感謝申し上げる。) and the city's plain undertaking (市は今後も…を支援していく。; blind HJ-065);
 *   です・ます and 体言止め are formal; so is an essay's literary conjecture (偶然ではあるまい。, ではなかろうか。: blind R154A-078);
 * - slang (草, ｗ, エモい, マジ, ワンチャン, ぴえん, 〜な件, やばい), kaomoji, emoji, runs of ！ and ？,
 *   elongation (しま〜す) and onomatopoeia; slang is read also when spelt letter by letter with spaces (今 ま じ で や ば い).
 * Endings are read by their grammar, not by a list of sentences: particles of speech (かよ, かぁ, わ),
 * net role-speech (始まったお), spoken prohibitions (忘れんなよ), too-much adjectives (暑すぎ, すぎた),
 * dialects of other regions (だべ, っぺ, だがや); ている with its い dropped (賑わってるんです) is spoken
 * even inside a polite sentence, and elongation inside a word (しま〜す) weighs like an ending.
 * Quoted speech (「…」と話していました) is the speaker's, not the account's. When the score falls more
 * than `policy.tone.warnGap` below the registered level, each casual expression is flagged with a
 * formal rewrite; laughter and kaomoji are flagged on a stiff account (4, 5) whatever the score.
 * Writing stiffer than registered is not flagged by the score, with one exception (`tone/too-stiff`, warn; blind R196I-028, R199A-007,
 * R199A-050): on a soft account (registered 1 or 2) the account's own words in the register of an official document, at least two
 * kinds of 公用文 marker (標記の件, 下記のとおり, 記…以上, ものとする, おかれましては, 賜りますよう, である。 throughout) outside quotes and
 * no soft voice anywhere; a greeting (謹んで新春の…), condolences or a law quoted by name are not that.
 * Levity (emoji, laughter, slang, ！！) next to a tragedy or disaster (訃報, 死亡事故, 被災, 浸水被害,
 * 救急搬送) is flagged on any account (不謹慎); so is levity after a disaster, accident or infection told as having happened
 * (地震があった, 陽性者が出たため, 事故が3件ありました, 昨日の…転落事故, 去年の水害のとき, #九州豪雨), not a supposed or prevented one, and,
 * in 災害時モード, levity about a shelter or an evacuation (避難所ですね！…お泊まり会みたいで楽しいかも😆); a typhoon told as drawing near
 * (台風が近づいているので) is a misfortune, and a stop for a weather disaster (大雨で…全便運休, 台風のため中止) is one for laughter, slang and
 * laughing faces; the day off made a treat for lazing (ゴロゴロ決定, お昼寝タイム, おうちでまったりが一番) is levity next to any of them (blind
 * R184I-025, R185A-039, R192D-047); so is the harm laughed off in the writer's own voice (もう笑うしかないですね, 笑えてくる: blind R332M-038),
 * and pipes burst told as having happened (水道管の破裂が20件を超えました) are a misfortune.
 * Blind R196I-002: a plain ending closed with a particle of speech (一番だよね, 間に合わないじゃん, いいよね) is flagged on the stiffest account (5)
 * however polite the sentences around it (levity5), unless a particle after its ！ takes it as a named thing (いいね！やシェア: NAMED_AFTER).
 * Blind R189I-060: in 災害時モード, a sentence said in chat (ピンチ〜😭 でもみんなで乗り切ろっ✊✨) inside an otherwise stiff notice is flagged on
 * an account registered at 3 or stiffer, however formal the rest (chatSentences); a volitional clipped with っ (頑張ろっ) is a chat ending.
 */
import type { Doc } from '../doc'
import { NeedGate } from '../gate'
import { finalUnits, requiredLiterals } from '../literals'
import { foldWord, parseEntry } from '../policy'
import type { RuleFamily } from '../rule'
import type { Span } from '../text'
import { CALL_SCRIPT_TAIL, isWordAt, quoteAround, sentenceOf } from '../words'
import { meta } from './tone.meta'

export interface ToneSignal extends Span {
  kind: 'ending' | 'dialect' | 'laughter' | 'slang' | 'kaomoji' | 'emoji' | 'exclaim' | 'elongation' | 'onomatopoeia' | 'babytalk'
  weight: number
  /** A formal rewrite of the flagged phrase (「」 content of the hint). */
  fix: string
  /** A plain ending that is also written である調 (〜した。): counts only when the post is not in である調. */
  plain?: boolean
  /** A plain adjective or copula ending (尊い。, 最高だ。): the voice of a casual text when no sentence is polite. */
  voice?: boolean
  /** A friend's sign-off (おやすみ〜, じゃあね): like laughter, it never suits a stiff account (4, 5) however polite the rest. */
  levity?: boolean
  /** A polite ending drawn out with 〜 (お願いします〜): never suits the stiffest account (5), however polite the rest. */
  levity5?: boolean
  /** A crude intensifier (クソうま, くそ暑い): never suits an official account, however soft its registered level (blind R165I-035). */
  crude?: boolean
  /** A lone native word in katakana (ゼヒ) in a paragraph: it lowers the score but is no levity on its own (blind PGT kind, tone17). */
  weak?: boolean
  /** What the signal is, in the message, when its kind's name would mislead (スゴイ is no slang: a native word spelt in katakana). */
  label?: string
}

const KIND_JA: Record<ToneSignal['kind'], string> = {
  ending: 'くだけた文末',
  dialect: '方言の文末',
  laughter: '笑いの表現',
  slang: '俗語・若者言葉',
  kaomoji: '顔文字',
  emoji: '絵文字',
  exclaim: '感嘆符・疑問符の連続',
  elongation: '語尾の伸ばし',
  onomatopoeia: '擬音語・擬態語',
  babytalk: '幼児語',
}

const LEVEL_JA: Record<number, string> = { 5: '硬い', 4: 'やや硬い', 3: '中間', 2: 'やや柔らかい', 1: '柔らかい' }

const REMOVE = '（削除する）'

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
const WRITTEN = /(?:[てで]いる|[てで]おる|[てで]ある|[てで]いない|されている|とされる|とされている|ことがある|ことはない|ものではない|こと(?:が|も)でき(?:る|ない)|(?:を|で|に|は)?行う|行わない|実施する|実施しない|開催する|開催しない|受け付ける|受け付けない|を開催する|予定だ|すること|しなければならない|ねばならない|べきだ|ていただきたい|でいただきたい|いただきたい|願いたい|と定めている|に努める|を図る|ものとする|\p{sc=Han}{2}(?:できない|できる|しない|されない|される|となる)|申し上げる|(?:お\p{sc=Han}[ぁ-ゖ]{0,3}|ご\p{sc=Han}{2})(?:する|いたす)|いたす|存じる)(?:。|$)/mu
/**
 * The city (or another public body) as the subject of an official plain-form undertaking (市としては…生かしていく。,
 * 市は、…取り組みを進める。): a report's 常体, formal when the post has nothing casual in it.
 * Blind HH-138: or as the subject of what it did or does, told with a Sino-Japanese verb (市は、…を市ホームページで公開した。,
 * 県は…を発表した。, 柳川市は…を開始する。): the lead of a press-style report (報道発表), whose other plain endings
 * (〜こともできる。, 〜を始めてほしい。) are the same written 常体. A diary does not make the city the subject of 公開した.
 * Blind HJ-065: …nor of what it will go on doing (市は今後も…販路拡大を支援していく。, 引き続き取り組んでいく。).
 * Blind HO-149: …nor of what it has been doing since (市は当時の教訓を…反映し、…強化を進めてきた。).
 */
const WRITTEN_OFFICIAL = /(?:^|[。、\s」])(?:本市|当市|\p{sc=Han}{0,4}(?:市|県|町|村)|国|議会|委員会)(?:として(?:は)?|は|が)[、,]?[^。！？!?\n]{0,60}?(?:進める|図る|努める|取り組む|推進する|検討する|生かす|活かす|生かしていく|活かしていく|充実させる|強化する|改善する|対応する|受け止める|求める|目指す|続ける|支援する|整備する|見直す|\p{sc=Han}{2}(?:した|する|している|された|される|しておる|していく)|(?:取り組んで|進めて|努めて|図って|続けて|目指して|支えて|守って|高めて|深めて|広げて|生かして|活かして|応えて|重ねて)(?:いく|きた))(?:。|$)/mu
/**
 * The vocabulary of statistics and official reports (前年同月より, 8.4%増加, ポイント下回った, を占め, における, 本市, の規定に基づき, 第199条):
 * two of them make a paragraph written 常体, formal when the post has nothing casual in it (a report on a
 * tone-5 account: 投票率は48.27%で、前回を3.15ポイント下回った。…最も高かった。).
 */
const REPORT_WORDS = /[0-9][0-9.,]*\s?(?:%|％|ポイント)|前年(?:同月|同期|度|同日)?(?:比|より|に比べ|と比べ)|前回(?:比|より|に比べ|と比べ)|を(?:上回|下回)|を占め|割合|における|に関する|に伴い|に係る|及び|並びに|および|ならびに|に基づ(?:き|く|いて)|の規定|第[0-9０-９]+条|において|に対し(?:て)?|に即し|本市|当市|同(?:氏|課|会|市|日|年)|のうち/gu
function isReport(t: string): boolean {
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
function countsThings(t: string): boolean {
  COUNTED.lastIndex = 0
  return COUNTED.exec(t) !== null && COUNTED.exec(t) !== null
}
/**
 * Blind R154A-078: an essay's literary conjecture (偶然ではあるまい。, 忘れてはなるまい。, …と言えるのではなかろうか。) is である調 too.
 */
const DEARU = /(?:[るくすつぬむぶぐ]まい|ではなかろうか|ではあるまいか)(?:。|$)|である|と考える(?:。|$)|と考えられる|と思料する|であり|であった|であろう|ではない|ものとする|こととする|とする。|とする$|とした。|とされる|されたい|せられたい|のである|場合がある|必要がある|おそれがある/mu

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
const always = (s: string) => () => s
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

// ---------------------------------------------------------------------------------------------
// Other signals (linear patterns; each needs a character most paragraphs lack: tested first).

// Blind R272S-045 kind: the writer's own 爆笑して…/爆笑しました is laughter as 爆笑！ is (会場は大爆笑でした, a report, is not read here).
// Blind R437N-053 kind: 草 set apart by a comma after the clause it laughs at (…って、草。, 寝坊して、草, 全部ひらがなで、草！, 同じ服着てきたの、
// 草): the same net laughter as …って草, said as a sentence of its own, so only when it closes the sentence (。！？, a space, ｗ, an emoji, the end).
// Grass in a list (公園では、草、木、花を…, 用水路で、草・ごみを回収) or with a particle (…抜いて、草は袋へ) goes on and is no laugh.
const LAUGHTER = /(?<![A-Za-z0-9])[wW]{2,}(?![A-Za-z.])|(?<=(?:[^\x00-\x7F]|[!?.~])\s?)w(?![A-Za-z0-9.])|\(笑\)|(?<=[ぁ-ゖァ-ヺー~！!？?…。、\s\uFE0F]|\p{Extended_Pictographic})笑(?![ぁ-ゖァ-ヺ一-龠])|(?<=[てでは\sw]|^)草(?![ぁ-ゖァ-ヺ一-龠])|(?<=[たるだ]の)草(?![ぁ-ゖァ-ヺ一-龠])|(?<=(?:[てで]|[たるだな]の)[、,]\s?)草(?=[。.！!？?…‥\swｗ笑]|\p{Extended_Pictographic}|$)|(?<=[ぁ-ゖ])爆笑(?=[wW!！。\s]|$)|爆笑(?=し(?:て(?:い|まし|ま|た|る)|まし|ちゃ|た))/gu
/**
 * Blind R160I-116: hands, faces and hearts are emoji even without the emoji selector (✌, ☺, ☝, ❤ as an IME gives them); other text-style
 * pictographs (☀ ☁ ☎ ✉ ✔ of a weather line or a list) still count only with it.
 */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\u261D\u2639\u263A\u270C\u270D\u2763\u2764](?![\uFE0E\uFE0F])/gu
const EXCLAIM = /[!?！？]{2,}/g
const ELONGATION = /(?<=[ぁ-ゖ])[っッ](?=[!！?？。♪\s]|$)|[ぁ-ゖ][ー~]+[ぁ-ゖ]?|[ァ-ヺ]~+|[ー~]{2,}|(?<![時分日月年円歳回号頃期週])(?<=[一-龠])~+(?=[!！♪。\s]|$)/gu
const ONOMATOPOEIA = /([ァ-ヺ]{2})\1/gu
/**
 * Blind R236I-060 kind: the nursery words of a parent talking to a baby (幼児語), said in the account's own voice of a thing or of the
 * reader (納付書、引き出しの奥でおねんねしてませんか？, おねむの時間です, おっきしたら…, ないないしましょう, いい子いい子): a jocular,
 * personifying voice that like laughter never suits a stiff account (4, 5) however polite the sentences (levity). Only the forms that are
 * baby talk whatever follows (おねんね, おねむ) or the verb of one (ねんねする, おっきして, あんよして); a childcare term as a noun (ねんね期,
 * 「ねんねの会」, あんよの練習), big in speech (おっきい) and a lullaby quoted (「…ねんねこよ」) are not read.
 */
const BABYTALK = /おねんね|ねんね(?=し(?:て|た|よう|ま|ちゃ|な)|する|させ|中)|おねむ(?![り])|(?:おっき|ないない|あんよ|よしよし)(?=し(?:て|た|よう|ま|ちゃ|な)|する|させ)|いい(?:子|こ)いい(?:子|こ)|ばっちい/gu
/** A formal rewrite of each nursery word. */
function babytalkFix(m: string): string {
  if (m.includes('ねんね')) return '眠って'
  if (m.includes('ねむ')) return '眠い'
  if (m.startsWith('おっき')) return '起き'
  if (m.startsWith('ないない')) return '片付け'
  if (m.startsWith('あんよ')) return '歩き'
  if (m.startsWith('ばっち')) return '汚い'
  return '標準的な言葉に言い換える'
}
/** The marks an elongation's rewrite drops (global: for `replace`). */
const LONG_MARKS = /[ー~っッ]/gu
/**
 * A polite ending drawn out, read in the raw text around an elongation: with the long-vowel mark (ましたー, ますー, でーす, まーす), the
 * voice of a chat on any stiff account (4, 5); with 〜 (お願いします〜, です～), a softened close that only the stiffest account (5) rules out.
 */
/**
 * Blind R449A-059 kind: …or clipped with a small っ, drawn out or not (変えました〜っ！, お待ちしてますっ, 完成でーすっ): the squeal of a chat,
 * never a notice's, on any stiff account (4, 5).
 */
const POLITE_LONG_VOWEL = /(?:ました|ます|です|でした|ません|ください)ー+|[まで][ー〜~～]+す|(?:ました|ます|です|でした|ません|ください|ましょう)[ー〜~～]*[っッ]/u
const POLITE_DRAWN_OUT = /(?:ました|ます|です|でした|ません|ください)[ー〜~～]+/u
/** Blind R260K-044 kind: …with a final particle before the drawn-out vowel (見てくださいね〜, 開催しますよ〜, 楽しかったですね〜). */
const POLITE_PARTICLE_DRAWN_OUT = /(?:ました|ます|です|でした|ません|ください|ましょう)(?:ね|よ|よね|ねぇ)[ー〜~～]+$/u
/** Elongation inside a word (しま〜す). */
const INSIDE_WORD = /[ぁ-ゖ][ー~]+[ぁ-ゖ]/u
/** Dialect words anywhere in a sentence (筑後・佐賀・博多): ほんなこつ, いっちょん, どげん. */
const DIALECT_WORD = /ほんなこつ|いっちょん|どげん|こげん|そげん|あげん|なんしよっと|しよっと|しとっと|がばい|ばってん|むしゃんよか|たいぎゃ/gu
const DIALECT_WORD_FIX: Record<string, string> = {
  ほんなこつ: '本当に', いっちょん: '少しも', どげん: 'どのように', こげん: 'このように', そげん: 'そのように', あげん: 'あのように', なんしよっと: '何をしていますか',
  しよっと: 'しています', しとっと: 'しています', がばい: 'とても', ばってん: 'ですが', むしゃんよか: '格好がよい', たいぎゃ: 'とても',
}
/** ている with its い dropped before more words (賑わってるんです, 住んでるので, 知ってる人): spoken, not written. */
const CONTRACTED = /(?:って|んで|して|いて)(?:る|た)(?=んです|んだ|んで|ので|のに|から|けど|人|方|とき|時|こと)/gu
/**
 * Blind R160I-116: 〜ておく contracted to 〜とく / 〜どく anywhere in a sentence (チェックしといてください, 言っとくね, 読んどいて, 置いといた):
 * spoken, not written, even before a polite ending. Read after a て-form's stem (し, っ, い, ん, え-row kana, a one-kanji verb) and only
 * as a whole form closed by a boundary, so a word that merely holds the letters is no hit: ことといたします (humble とする), 中止といたします,
 * ずっといたい, もっとくわしく, ちょっとくらい, めんどくさい, 〜したとき (時), 問題をといて (解く).
 */
const TEOKU_CONTRACTED =
  /(?<=(?:[しいえけせてねべめれげ見寝出着]|(?<!ず|ちょ|も|き|さ|ほ|じ|そ|ぐ|ぱ|す|ふ|ざ|ど|は|ぎゅ|きゅ)っ))(?:とく|ときます|ときました|ときましょう|ときたい|といて|といた(?!し)|とこう)(?=[。、，,．！？!?\s…〜~ー♪くクねよかけのもらんだほ]|$)|(?<=[んい])(?:どく|どきます|どきました|どいて|どいた(?!し)|どこう)(?=[。、，,．！？!?\s…〜~ー♪くクねよかけのもらんだほ]|$)/gu
/**
 * Blind R160I-116: ので said as んで at a clause's end (新しくなったんで、, 雨なんで、, 忙しいんで。, ありますんで): the causal of talk, not of
 * a notice. Not a て-form of a verb in む・ぶ・ぬ (読んで、, 並んで、 after a kanji; たたんで、; つまんで、), not なんで as "why" at a clause's start.
 */
const NODE_CONTRACTED = /(?:(?<!た)たんで|るんで|いんで|(?<=[一-龠々])[すくうつ]んで|(?<=[^\s、。，,！？!?「『（(])なんで|(?:ます|です)んで)(?=[、，,。！!]|$)/gu
/**
 * Blind R260K-044 kind: the same ので said as んで straight before the next words, no comma (明日もやるんで見てください, 雨が降るんで
 * 傘を): after a plain verb in る (やる, する, いる, ある, なる, れる, てる, 配る, 来る) only, since a て-form in む (くるんで = 包んで, うるんで,
 * ゆるんで) holds the letters; not んです・んでした・んでしょう (the explanatory の) nor んでは (のでは).
 */
const NODE_GLUED = /(?<=(?:や|す|い|あ|な|れ|て|で|け|め|せ|べ|[一-龠々])る)んで(?=[一-龠々ァ-ヺぁ-ゖ])(?![すしはも])/gu
/**
 * Blind R260K-044 kind: 〜まくる (ありまくり, 食べまくった, 笑いまくって): a verb's stem with まくる to say "to excess", the talk of a
 * chat. Read only after a stem's last kana (い- and え-row) or the one-kanji stems 出・見・寝 (出まくり), so 腕まくり, 袖をまくる, 枕 (まくら) and かまくら are no hits.
 */
const MAKURU = /(?<=[いきしちにひみりぎじびえけせてねへめれげでべ出見寝])まく(?:り|る|っ(?=[たて]))/gu
/**
 * Blind R260K-044 kind: an intensifier glued straight onto a kanji noun (一般質問めっちゃ白熱, 試合めちゃくちゃ盛り上がり): the word list
 * reads hiragana after a kanji as its okurigana, but no verb's okurigana is めっちゃ, めちゃくちゃ, すっごい or ぶっちゃけ.
 */
const GLUED_INTENSIFIER = /(?<=[\p{Script=Han}々])(?:めっちゃ|めちゃくちゃ|すっご[くい]|ぶっちゃけ)/gu
const GLUED_INTENSIFIER_FIX: Record<string, string> = { めっちゃ: 'とても', めちゃくちゃ: 'とても', すっごく: 'とても', すっごい: 'とても', ぶっちゃけ: '正直なところ' }
/**
 * Blind R11A-024, R31B-020 kind: 〜てしまう contracted to ちゃう / じゃう inside a sentence, before more words (来ちゃってください,
 * なっちゃいました, 忘れちゃったので, 飲んじゃってOK): spoken, not written, even before a polite ending. Read after a verb's て-form
 * stem (a kanji, っ, し, い, き, れ …; じゃ after ん) so a word holding the letters is no hit (おもちゃって, かぼちゃ, ちゃんと, じゃがいも).
 * (At a sentence's end, ちゃった / ちゃう are the ending reader's.)
 */
const CHAU_CONTRACTED = /(?:(?<=[一-龠々っしいきけせてねべめれりみち])ちゃ|(?<=ん)じゃ)(?:って|いまし|いま|った|おう)/gu
/** 〜な件, 〜い件 at the end of a sentence (ネットスラング). */
const KEN = /[なたい]件(?=[。!?！？\sw]|$)/gu
/**
 * Blind R418T-059 kind: the role-speech of net forums in the account's own voice — ワイ as the writer's first person at a word's start
 * (ワイ広報担当、…, ワイも行ってきた, ワイ氏) and the ending 〜ンゴ / 〜んご closing a phrase (足がパンパンンゴ…, 負けたンゴ, つらいんご。):
 * slang that like 草 never suits a stiff account (4, 5). ワイ is read only as a katakana word of its own (not ワイン, ワイヤー, ワイド, ワイシャツ,
 * ハワイ, ワイワイ, ワイ・エム…); ンゴ only at a phrase's end after kanji, hiragana or a katakana word closed by ン (パンパンンゴ), and んご only
 * after the end of an inflected word (い, た, る, う, す, く, つ, む), so りんご, だんご, さんご, リンゴ, マンゴー, タンゴ, ビンゴ, コンゴ, フラミンゴ
 * stay clean.
 */
const NET_WAI = /(?<![ァ-ヺー・])ワイ(?![ァ-ヺーｦ-ﾟ・=＝字])(?=[一-龠々ぁ-ゖ、，,。\s!！]|$)/gu
const NET_NGO = /(?:(?<=[一-龠々ぁ-ゖ]|(?<=[ァ-ヺ])ン)ンゴ|(?<=[ぁ-ゖ一-龠々ー][いたるうすくつむ])んご)(?=[。．.、，,！!？?…‥〜~ー）)」』♪\s wｗ笑草]|\p{Extended_Pictographic}|$)/gu

/**
 * What a paragraph's characters allow, read in one pass over the text (the pass that counts its letters): each flag is
 * exactly whether a small pattern matches, so the detector it gates is skipped only where it cannot match.
 */
interface CharFacts {
  /** Characters other than white space. */
  letters: number
  /** /[「『“〝≪]/u: a quotation mark tone reads past. */
  quote: boolean
  /** /[wW笑草]/: what LAUGHTER needs. */
  laugh: boolean
  /** /[!?！？]{2}/: what EXCLAIM needs. */
  exclaim: boolean
  /**
   * /[ぁ-ゖ][ー~っッ]|[ァ-ヺ一-龠]~|[ー~]{2}/: what ELONGATION needs (a kana before ー or ~, or っ at the end; ~ after
   * katakana or kanji; ー~ twice).
   */
  elongate: boolean
  /** /[ァ-ヺ]{4}/: what ONOMATOPOEIA needs (a katakana pair repeated). */
  onomatopoeia: boolean
  /** /[ァ-ヺー][ \u3000][ァ-ヺ]/u: katakana words written apart (read one by one, TOKEN). */
  spacedKatakana: boolean
}

const isKatakana = (c: number): boolean => c >= 0x30a1 && c <= 0x30fa // ァ-ヺ
const isExclaim = (c: number): boolean => c === 0x21 || c === 0x3f || c === 0xff01 || c === 0xff1f // ! ? ！ ？
const isLong = (c: number): boolean => c === 0x30fc || c === 0x7e // ー ~

/** The CharFacts of `t`. */
export function charFacts(t: string): CharFacts {
  let letters = 0
  let quote = false
  let laugh = false
  let exclaim = false
  let elongate = false
  let spacedKatakana = false
  let kanaRun = 0
  let longestKanaRun = 0
  let p2 = -1
  let p1 = -1
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) letters++
    if (c === 0x300c || c === 0x300e || c === 0x201c || c === 0x301d || c === 0x226a) quote = true
    else if (c === 0x77 || c === 0x57 || c === 0x7b11 || c === 0x8349) laugh = true
    if (isExclaim(c) && isExclaim(p1)) exclaim = true
    if (
      (p1 >= 0x3041 && p1 <= 0x3096 && (isLong(c) || c === 0x3063 || c === 0x30c3)) || // [ぁ-ゖ][ー~っッ]
      (c === 0x7e && (isKatakana(p1) || (p1 >= 0x4e00 && p1 <= 0x9fa0))) || // [ァ-ヺ一-龠]~
      (isLong(p1) && isLong(c)) // [ー~]{2}
    )
      elongate = true
    if (isKatakana(c)) {
      if (++kanaRun > longestKanaRun) longestKanaRun = kanaRun
      if ((p1 === 0x20 || p1 === 0x3000) && (isKatakana(p2) || p2 === 0x30fc)) spacedKatakana = true
    } else kanaRun = 0
    p2 = p1
    p1 = c
  }
  return { letters, quote, laugh, exclaim, elongate, onomatopoeia: longestKanaRun >= 4, spacedKatakana }
}

/** Kaomoji: a short bracket with face parts and hardly any letters: (^^), (´・ω・`), (๑•̀ㅂ•́)و✧. */
const KAOMOJI_BRACKET = /[(（][^()（）\n]{1,14}[)）]/gu
const FACE = /[\^´`ω▽∀•°゜ﾟε_;；><≧≦ㅂ๑ᴗ‿∇д□ДロTー・o＾＿*＊=＝'’≡]/u
const FACE_PART = /[\^´`ω▽∀•°゜ﾟεㅂ๑ᴗ‿∇дДﾛ≧≦;；＾＿_]/u
const WORDY = /[一-龠ぁ-ゖァ-ヺ]{2}|[A-Za-z]{2}|[0-9]/u
const KAOMOJI_BARE = /orz|OTL|m\(_ _\)m|ヽ\(|\)ノ|ヾ\(|\(\s?[\^´`;]|[\^´`;]\s?\)/u
/** Letters that are face parts (ω, д, ε): not words (global: for `replace`). */
const FACE_LETTERS = /[ωдДε]/gu
/** Arms and sparkles before and after a face: ヽ(…)ﾉ, (…)و✧. */
const ARM_BEFORE = /[ヽヾ＼\\σ٩⊂]/u
const ARM_AFTER = /[ﾉノ／/و۶✧☆⊃ゞ]/u
/** Faces without a bracket of their own (global: every one is a signal). */
const BARE_KAOMOJI = /orz|OTL|m\(_ _\)m/gu
/**
 * Blind R449A-059 kind: a net-slang stage direction in brackets, read as a face (これで完璧です(ｷﾘｯ), 新しくしました（ドヤ）, 大丈夫です
 * (震え声)): the writer's smug or sheepish look acted out as on a message board, levity on a stiff account (4, 5) however polite the rest,
 * in any script (ｷﾘｯ, キリッ, きりっ). Read on the NFKC view of the bracket. Not a bracket holding a name, a note or a date (（金）, （仮称）,
 * （ドヤ街の歴史講座）: the word must fill the bracket).
 */
const STAGE_WORD = /^[(（](?:キリッ|キリリ(?:ッ)?|きりっ|ドヤ[ッァー]*|どや[っぁー]*|ドヤ顔|どや顔|震え声|白目|遠い目|棒読み|ボソッ|ぼそっ|真顔|迫真)[)）]$/u
const STAGE_BRACKET = /[(（][^()（）\n]{1,6}[)）]/gu

/** Whether a text can hold an emoji: astral characters, or the symbol blocks emoji come from. */
function mayHoldEmoji(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0xa9) continue
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x2bff) || c === 0xa9 || c === 0xae || c === 0x3030 || c === 0x303d || c === 0x3297 || c === 0x3299) return true
  }
  return false
}

/** Emoji of warning, help and condolence, not of levity (🙏 🚨 📢 🚑 …): not careless next to a tragedy. */
const SERIOUS_EMOJI = new Set([0x1f64f, 0x1f6a8, 0x1f4e2, 0x1f4e3, 0x1f691, 0x1f692, 0x1f693, 0x1f198, 0x1f4de, 0x1f4cd, 0x1f3e5, 0x1f56f, 0x1f490, 0x1f4a7, 0x1f300, 0x1f4f1, 0x1f449, 0x1f447])
/** A person bowing (🙇): the bow of an apology. */
const BOW_EMOJI = 0x1f647
/** Emoji of warning (⚠️ ❗ ‼️ ⛔): not careless in an urgent call to act (火災に注意⚠️). */
const WARNING_EMOJI = new Set([0x26a0, 0x2757, 0x2755, 0x203c, 0x2049, 0x26d4, 0x1f6ab, 0x1f6a8, 0x1f4e2])
/** Signs of warning or prohibition proper (⚠️ ⛔ 🚫), as code points: a hazard drawn, not a feeling, so never levity. */
export const WARNING_SIGN: ReadonlySet<number> = new Set([0x26a0, 0x26d4, 0x1f6ab])
/** Words of an urgent call to act or of prevention (火災に注意, 交通事故に気をつけて): ！ and emoji there are urgency or warmth; only levity (laughter, slang, kaomoji, laughing emoji) is careless. */
const URGENT = /避難|注意|警戒|危険|ゼロを目指|ゼロに|安全運動|撲滅|啓発|キャンペーン|徹底しましょう|近づかない|近づかず|直ちに|ただちに|命を守る|至急|緊急|気をつけ|ご用心|警報|通行止め|防止|予防|防ごう|防ぎましょう|防ぐため|防ぐよう|守ろう|安全運転|備え/u

/** 🔥: hype (盛り上がった🔥) in a joyful post, but the hazard itself in a call to prevent fire. */
const FIRE_EMOJI = 0x1f525
/**
 * Blind R93A-084: the fire a call to act warns of (発火事故, 火災, 火の元, 燃えやすい): 🔥 there draws the hazard (電池は分別して、
 * 発火事故に気をつけて〜🔥; 火の元に注意🔥). Only with a call to act (`URGENT`) and no death told (`DEATH`: 住宅火災で1名が亡くなりました😭
 * 火の元には気をつけようね〜🔥🔥 makes light of a death); 🔥 as hype beside an accident with no call to act stays careless.
 */
const DEATH = /亡くな|死亡|死者|犠牲|遺体|焼死|命を落と|帰らぬ人/u
const FIRE_HAZARD = /火災|火事|発火|出火|延焼|引火|火の(?:元|用心|始末|不始末|取り扱い)|燃え(?:やす|る|て|広が)|焼損|放火|たき火|焚き火|野焼き|火遊び|消火/u

/** A lesser misfortune told as made good: 入れ替え済み, 修理が完了, 復旧しました, 再開しています, 元どおりになりました. */
const RESTORED = /(?:入れ替え|入れ替|取り替え|取り換え|交換|修理|修繕|補修|復旧|清掃|消毒|張り替え|撤去)(?:済み|済|が(?:完了|終わり|終わっ|済み|済ん)|を(?:完了|終え)|(?:し|いたし)ました)|復旧(?:しました|いたしました|しております|しています)|再開(?:しました|いたしました|しております|しています)|元(?:どおり|通り)(?:に)?(?:なり|戻り)/u
/** Laughing, teasing or party faces: levity, however reassuring the sentence they close (…安心してご利用ください😂). */
/** Faces that laugh or joke (😂 🤣 😆 😹, a tongue out 😛 😜 😝 🤪): laughter drawn, flagged on a stiff account (4, 5) as ｗｗ is. */
const LAUGHING_FACE: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f61b, 0x1f61c, 0x1f61d, 0x1f92a])
const LAUGHING_EMOJI: ReadonlySet<number> = new Set([0x1f602, 0x1f923, 0x1f606, 0x1f639, 0x1f61c, 0x1f61d, 0x1f61b, 0x1f92a, 0x1f389, 0x1f38a, 0x1f973, 0x1f60e, 0x1f92d])
/** A reassurance or an invitation to the readers: 安心してご利用ください, ご安心ください, お待ちしています. */
const REASSURING = /安心して|ご安心|心配(?:いりません|ありません|なく|ご無用)|お待ちしてお|お待ちしてい|ご利用ください|お越しください|ご来館ください/u
/**
 * Blind R121A-133: whether the emoji at `at` closes a reassurance whose sentence names no misfortune, with the misfortune at `topic`
 * told as made good between them (…浸水した本はすべて入れ替え済みです。安心してご利用ください😊).
 */
function reassuresAfterRecovery(text: string, topic: number, at: number, cp: number): boolean {
  if (at <= topic || LAUGHING_EMOJI.has(cp)) return false
  const before = text.slice(Math.max(topic, at - 200), at)
  const cut = /[^。！？!?\n]*$/u.exec(before.replace(/[\s\u3000]+$/u, ''))
  const sentence = cut ? cut[0] : before
  if (!REASSURING.test(sentence) || MISFORTUNE.test(sentence)) return false
  return RESTORED.test(text.slice(topic, at - sentence.length))
}
/**
 * A hopeful scene told after the misfortune (子どもたちが笑顔を見せてくれました, 営業を再開しました, 地域の皆さんに励まされました, 前を向いて
 * います): what a friendly face smiles at there is the people's recovery, not the harm.
 */
const HOPEFUL = /笑顔|元気(?:を(?:もら|いただ|届け|出し)|に(?:遊|営業|過ご|頑張|がんば|走|登校|通)|いっぱい)|(?:営業|運行|運航|授業|診療|開館|開園)(?:を)?再開|再開(?:し|いたし)(?:ました|ています|ております)|復興|励ま|勇気(?:を|が|づけ)|希望(?:を|が|の光)|前を向|支え合|助け合|力強く/u
/**
 * W20: whether the friendly emoji at `at` closes a sentence that, after the lesser misfortune at `topic`, tells a hopeful scene
 * (浸水被害を受けた商店街で、子どもたちが笑顔を見せてくれました😊): the hope is what it smiles at. Not a laughing or party face (…笑顔に
 * なりました😂), not a sentence that tells the harm after the hope (元気に営業中でしたが、また浸水しました😊), not the misfortune alone
 * (図書館が浸水しました😊).
 */
function hopefulScene(text: string, topic: Span, at: number, cp: number): boolean {
  if (at <= topic.end || LAUGHING_EMOJI.has(cp)) return false
  const before = text.slice(Math.max(0, at - 200), at).replace(/[\s\u3000\p{Extended_Pictographic}\uFE0F\u200D]+$/u, '')
  const cut = /[^。！？!?\n]*$/u.exec(before)
  const sentenceStart = Math.max(0, at - 200) + before.length - (cut ? cut[0].length : 0)
  const tail = text.slice(Math.max(sentenceStart, topic.end), at)
  const hope = HOPEFUL.exec(tail)
  return hope !== null && !MISFORTUNE.test(tail.slice(hope.index))
}
/** Emoji of laughter, joy and celebration: levity even next to a lesser misfortune (浸水, 救急搬送). */
function isJoyful(cp: number): boolean {
  return (
    (cp >= 0x1f600 && cp <= 0x1f60e) || (cp >= 0x1f617 && cp <= 0x1f61d) || cp === 0x1f923 || cp === 0x1f929 || cp === 0x1f970 || cp === 0x1f973 || cp === 0x1f92a || cp === 0x1f917 ||
    cp === 0x1f389 || cp === 0x1f38a || cp === 0x2728 || (cp >= 0x1f493 && cp <= 0x1f49f) || cp === 0x2764 || cp === 0x1f44d || cp === 0x270c || cp === 0x1f919 || cp === 0x1f37b || cp === 0x1f37a || cp === 0x1f3b5 || cp === 0x1f3b6 || cp === 0x1f44f || cp === 0x1f606 || cp === 0x1f525 || cp === 0x1f60d
  )
}

/** Misfortunes below the tragedy list (the policy's `tragedy` words; a city vehicle's accident, 公用車でやらかしました): only laughter, slang, kaomoji and joyful emoji are careless next to them.
 * Blind R133: a person taken to hospital (熱中症になって救急車で運ばれた) and a death told by a euphemism (天国に行っちゃいました, 虹の橋を
 * 渡った, 息を引き取り), not a supposed one (熱中症になったら, 天国に行ったような気分).
 * Blind R117A-117: a loss a disaster brought on people's livelihoods (台風で宿泊施設のキャンセル続出, 大雨の影響で客足が激減, 地震で売り上げが
 * 半減, 大雪で農作物が全滅) is a misfortune too, though nothing is broken.
 * Blind R179I-024 (W20): a weather warning or an evacuation order in force, told as in force (大雨警報が出ています, 暴風警報が継続中,
 * 大雨注意報が発表されています) or headed as the post's news (【大雨警報】, 【避難指示】): a disaster at the door, so levity there (…ゴロゴロする
 * チャンスですね〜😆) makes light of it. Not a warning lifted (…が出ていましたが、解除されました), not one supposed (警報が出た場合は, 雷注意報が
 * 出たら: `supposed`), not a lesser advisory (乾燥, 雷, 強風) nor a health one (インフルエンザ注意報). */
// Blind R309C-028 kind: the damage a quake or a storm did told in other words (棚がドミノ倒しに, 書類が散乱, 本が落下, 壁が損壊), a little further
// from the disaster (今回の地震で市役所3階の書庫、棚が全部ドミノ倒しに): a misfortune, as 倒れ is. Not nuts or leaves a wind brought down or
// scattered (強風で落下したどんぐり, 散らばったイチョウの葉), nor damage told as made good in its sentence (損壊した遊具の修理が終わり, 散乱した
// 本も…元の棚に戻りました, 散乱した枝は…片付けました, 水浸しになったグラウンドも…乾いて, 傾いたかかしを…直してくれました).
// Blind IY-093 kind: 吹っ飛ぶ and 吹き飛ぶ said of a feeling or a tiredness (疲れも吹っ飛んだ, 眠気が吹き飛んだ) are the idiom for its going
// away, no storm's damage: the feeling before them keeps them out of MISFORTUNE_LISTED. Blind KU-058 kind: so is the tiredness named in
// a clause of concession before, the idiom's 全部 or 一気に standing for it (足パンパンだけど、紅葉がきれいで全部吹っ飛んだ).
const MISFORTUNE_LISTED = /(?:公用車|市の車|庁用車|清掃車|ごみ収集車|消防車|救急車)(?:で|が|の)[^。！？!?\n]{0,8}?(?:事故|接触|衝突|追突|ぶつけ|ぶつか|やらかし|こすっ)|(?:台風|大雨|豪雨|地震|津波|洪水|高潮|大雪)(?:[0-9０-９一二三四五六七八九十]{1,2}号)?(?:が|の)?(?:接近中|接近して|上陸|直撃|襲来)|(?:台風|大雨|豪雨|地震|津波|洪水|高潮|大雪|水害|浸水|土砂|震災)(?:の|による)?被害(?!想定|予測|を(?:防|減|最小))|(?:水道管|配水管|給水管|送水管|水道メーター|ガス管|下水管|排水管)(?:の|が|も)?[、,]?(?:凍結(?:や|・|による|で|して|した)?)?(?:破裂|破損|損傷|漏水|水漏れ)(?:(?:が|も|は)?[、,]?[^。！？!?\n]{0,12}?(?:相次|続出|発生し(?:まし)?た|発生して|起き(?:まし)?た|起きて|超え(?:まし)?た|超えて|上っ|上りま|達し(?:まし)?た|ありました|あった|出ています|出まし|[0-9０-９一二三四五六七八九十]+(?:件|か所|カ所|ヶ所|箇所|世帯)(?!も))|し(?:ました|た(?!ら|場合|際|とき|時|こと)|てい|てお|ちゃ))|災害ボランティアセンター|避難(?:指示|勧告)|(?:特別)?警報(?:が)?(?:発令|発表)され|被害に遭(?!わない)(?:われた|われ|った|い)?|被害にあ(?:われ|った)|火事|全焼|半焼|焼失|竜巻|突風|落雷|(?<!(?:疲れ|つかれ|眠気|ねむけ|ストレス|暑さ|寒さ|悩み|不安|緊張|痛み|憂さ|モヤモヤ|もやもや|迷い|疲労|だるさ)(?:も|が|は|など|なんて)?)(?<!(?:疲れ|疲労|パンパン|ぱんぱん|筋肉痛|へとへと|ヘトヘト|くたくた|クタクタ)(?:だけど|だけれど|でしたが|ですが|けど|けれど|でも)[、,]?(?:(?!台風|強風|突風|竜巻|暴風|爆発|爆風)[^。！？!?\n]){0,20}?(?:全部|ぜんぶ|全て|すべて|一気に|一瞬で|一発で|どこかに|どっかに|どこかへ|どっかへ))(?:吹き飛ば|吹き飛ん|吹っ飛)|がけ崩れ|崖崩れ|地すべり|地滑り|陥没|爆発事故|被害を受け|被害が出|浸水|冠水|救急搬送|搬送され|負傷|死傷|死者|けが人|怪我人|倒壊|全壊|半壊|流され|溺れ|水難|遭難|被害者|不明者|震災|被災地|土砂崩れ|崩落|熱中症で|熱中症(?:に|と)(?:なっ|なり|かかっ)(?!たら|た場合|た際|たとき)|(?:救急車|ドクターヘリ)で(?:運ばれ|搬送)|病院(?:に|へ)(?:運ばれ|担ぎ込まれ)|天国(?:に|へ)(?:行っ|いっ|逝っ|旅立っ|旅立ち|召され)(?!た(?:よう|みたい|かのよう|気分)|たら)|虹の橋を渡っ|息を引き取|永眠し|停電が続|断水が続|(?:地震|台風|大雨|豪雨|強風|突風|落雷|寒波|冷え込み|凍結)(?:で|により|の影響で)[^。！？!?\n]{0,16}?(?:崩れ|壊れ|倒れ|割れ|落ち|ひび|欠け|飛ばされ|流され|破裂|破損)|(?:地震|台風|大雨|豪雨|強風|突風|落雷)(?:で|により|の影響で)[^。！？!?\n]{0,24}?(?:(?:ドミノ|将棋)倒し|散乱|散らば|落下|転倒し|傾い|崩落|損壊|破損|水浸し)(?!(?:し|っ|になっ|になり|して(?:い)?)た?[^。！？!?\n]{0,6}?(?:どんぐり|ドングリ|木の実|落ち葉|葉っぱ|葉|イチョウ|いちょう|銀杏|ぎんなん|松ぼっくり|栗|柿|花びら))(?![^。！？!?\n]{0,40}?(?:(?:修理|修繕|補修|復旧|撤去|片付け|片づけ)(?:が)?(?:済|完了|終わ|終え|まし|し(?:まし|てくれ|ていただき)|いたしまし)|元(?:の[^。！？!?\n]{0,6}?|どおり|通り)(?:に|へ)?戻|乾い|乾き|直し(?:て|まし)|直っ|直りまし|再オープン|再開|(?:も|は)?無事))|(?:地震|台風|大雨|豪雨|大雪|強風|水害|災害)(?:[0-9０-９一二三四五六七八九十]{1,2}号)?(?:で|により|の影響で|のせいで|のため)[、,]?[^。！？!?\n]{0,16}?(?:キャンセル(?:が)?(?:続出|相次|殺到|多数)|全滅|大打撃|打撃を受け|(?:売り?上げ|売上|収入|客足|客)(?:が|は)?[^。！？!?\n]{0,4}?(?:激減|半減|ゼロ|途絶|遠の|落ち込)|損害)|避難所(?:を|が)?(?:開設|開放)|台風(?:が)?接近|台風の接近|台風(?:[0-9０-９一二三四五六七八九十]{1,2}号)?(?:が|も)?(?:近づ|近付)(?:いて|いた|いている|き[、,]|きつつ)|避難(?:指示|勧告)|緊急安全確保|高齢者等避難|避難されて|特別警報|(?:大雨|洪水|暴風|高潮|土砂災害|大雪|暴風雪|波浪)警報(?:が|を)?(?:発表|発令|発出)|【(?:[^】\n]{0,8}?(?:大雨|洪水|暴風|高潮|土砂災害|大雪|暴風雪|波浪)(?:特別)?警報|避難指示|緊急安全確保)[^】\n]{0,8}】|(?:(?:大雨|洪水|暴風|高潮|土砂災害|大雪|暴風雪|波浪)警報|(?:大雨|洪水|暴風|高潮|大雪|暴風雪)注意報)(?:[（(][^）)\n]{1,12}[）)])?(?:が|は|も)?(?:出て(?:い|お|る)|出され|出まし|発表されて|発令されて|発表中|発令中|継続(?:中|して)|続いて)(?![^。！？!?\n]{0,24}?解除)/u
/**
 * Blind R131/R132: a disaster, accident or infection told as having happened, by its kind rather than case by case: a
 * disaster, accident or infection noun (地震, 豪雨, 水害, 転落事故, 火災, 陽性者, 集団感染, クラスター …) with a predicate of
 * occurrence in the past (があった, が起きた, が発生しました, が出たため, 発生し、), or with a harm caused (豪雨で…被害), or dated
 * just before it (昨日の掘割の転落事故, 去年の水害のとき), or a named disaster as a hashtag (#九州豪雨, #熊本地震) — one that
 * happened elsewhere too (北陸で大きな地震があったけど…平和です☀️). Not a condition or a time to act (地震があったら, 火災が発生した
 * 際は, 陽性者が出た場合), not a drill or a plan (昨日の避難訓練の火災), not the kind supposed (#南海トラフ地震).
 */
const HAPPEN_NOUN = '(?:地震|震災|豪雨|大雨|水害|洪水|土砂災害|災害|台風|津波|竜巻|噴火|事故|転落|火災|火事|爆発|感染|陽性者|感染者|集団感染|クラスター|食中毒)'
const HAPPENED = new RegExp(
  [
    // 地震があった, 陽性者が出たため, 火災が発生しました, 事故が起きて: not …たら, …た際, …た場合, …たとき.
    // Blind R176D-048: with a count between (事故が3件ありました, 火災が2回発生しました).
    `${HAPPEN_NOUN}(?:が|も)(?:[0-9０-９一二三四五六七八九十数]{1,3}(?:件|回|度|か所|カ所|ヶ所|箇所))?(?:あり|あっ|起き|起こり|起こっ|発生し|出)(?:ました|た)(?!ら(?!し)|とき|時|際|場合|なら|こと(?:が|の)?(?:ある|あれ))`,
    `${HAPPEN_NOUN}(?:が|も)発生し[、,]`,
    // 豪雨で農地に被害, 地震による被害が: the harm done.
    `${HAPPEN_NOUN}(?:で|により|による)[^。！？!?\\n]{0,12}?被害(?!想定|予測|を(?:防|減|最小)|が(?:出|で)ない|に(?:遭わ|あわ)ない)`,
    // 昨日の掘割の転落事故, 去年の水害: dated, it happened (not 昨日の避難訓練の火災, not 昨年の火災予防運動).
    // Blind R309C-028 kind: 今回の, 本日の, 今日の mark one that happened too (今回の地震で…, 本日の事故).
    `(?:昨日|昨夜|今朝|一昨日|おととい|先日|先週|先月|昨年|去年|前年|[0-9０-９]{1,2}日)の(?:(?:(?!訓練|防災|想定|予防)[\\p{Script=Han}ァ-ヶー]){1,6}の)?[\\p{Script=Han}ァ-ヶー]{0,3}?${HAPPEN_NOUN}(?![\\p{Script=Han}ァ-ヶー])`,
    // Not one told as passed without harm (今回の地震では…大きな被害はありませんでした, 本日の台風、…大きな影響なく通過しました, 今日の大雨…
    // 被害の報告はありません): the relief is the news, not a misfortune.
    `(?:今回|本日|今日)の(?:(?:(?!訓練|防災|想定|予防)[\\p{Script=Han}ァ-ヶー]){1,6}の)?[\\p{Script=Han}ァ-ヶー]{0,3}?${HAPPEN_NOUN}(?![\\p{Script=Han}ァ-ヶー])(?![^\\n]{0,40}?(?:(?:被害|影響|けが人|ケガ人|怪我人)(?:は|も|が)?(?:なく|無く|なし|無し|ありません|ありませんでした|出ませんでした|出ず|出ていません)|(?:被害|影響)(?:の(?:報告|情報))?(?:は|も)(?:ありません|ない|入っていません)|無事に?(?:通過|乗り切|過ぎ|終わ)))`,
    // Blind R247T-045 kind (dec7): a person hurt, told as having happened (乗客の方が軽いけがをされました, 男性が足を負傷しました,
    // 2人が軽傷を負いました): not the time or condition of a hurt (けがをした場合, けがをされた方は), not one prevented (けがをしないよう).
    `(?:乗客|観光客|お客(?:さま|様|さん)?|利用者|参加者|来場者|歩行者|運転手|児童|生徒|園児|職員|作業員|男性|女性|男の子|女の子|子ども|子供|お子さん|高齢者|方|人|[0-9０-９一二三四五六七八九十]{1,3}(?:人|名))(?:の方)?(?:が|も)[、,]?[^。！？!?\\n]{0,8}?(?:けが|ケガ|怪我|負傷|軽傷|重傷|骨折)(?:を)?(?:され|し|負い|負われ|負っ)(?:ました|た)(?!ら(?!し)|とき|時|際|場合|方|人|なら|こと(?:が|の)?(?:ある|あれ))`,
    // #九州豪雨, #熊本地震, #西日本豪雨: a disaster named as a hashtag.
    `[#＃](?!南海トラフ|首都直下|防災|耐震|想定)[\\p{Script=Han}ァ-ヶー]{2,6}(?:豪雨|地震|水害|大水害)(?![\\p{Script=Han}ァ-ヶー])`,
  ].join('|'),
  'u',
)
const HAPPENED_WHOLE = new RegExp(`^(?:${HAPPENED.source})$`, 'u')
/** Right after a misfortune that happened: a lesson drawn or a guard against the next (去年の地震を教訓に, 昨年の豪雨を踏まえ, に備え). */
const LESSON_AFTER = /^(?:の)?(?:を|に|が)?(?:教訓|踏まえ|ふまえ|備え|想定|忘れ(?:ず|ない)|きっかけ|機に)/u
const MISFORTUNE = new RegExp(`${MISFORTUNE_LISTED.source}|${HAPPENED.source}`, 'u')

/**
 * An apology (すみません, ごめん, 申し訳, お詫び, 謝罪) for a grave matter (不祥事, 個人情報の漏えい, 異物混入, 誤徴収,
 * 懲戒処分, ハラスメント …) in the same paragraph: gravity is due, so levity there (emoji, elongation しまーす, laughter,
 * slang, kaomoji, casual endings, てへぺろ) is careless whatever the account's tone. A slip of the account's own (the
 * date of a post put right: ごめんね〜、日にちば間違えとった) is no grave matter.
 */
export const APOLOGY = /[スす][ミみイい][マま][セせ][ー〜~]*[ンん]|ゴメン|モウシワケ|す[みい]ませ[ー〜~]*ん|すんませ[ー〜~]*ん|ごめ[ー〜~]+ん|すまんかった|すまない|すまなかった|ごめん|申し訳|もうしわけ|お詫び|おわび|わび申し|謝罪|陳謝|失礼(?:しました|いたしました)|さーせん|めんご|反省して|反省しとり|反省しております|てへぺろ/u
/**
 * The literals APOLOGY cannot match without, for its gate (literals.ts reads none from it: its first option starts with
 * classes): the first three characters of すみません in any of its spellings (スミマ, すいま …), and a word of each other
 * option. A test checks that every option, its classes spelt out, needs one of them.
 */
export const APOLOGY_NEEDS: readonly string[] = [
  ...[...'スす'].flatMap((a) => [...'ミみイい'].flatMap((b) => [...'マま'].map((c) => a + b + c))),
  ...['ゴメン', 'モウシワケ', 'すんませ', 'ごめ', 'すまんかった', 'すまない', 'すまなかった', '申し訳', 'もうしわけ', 'お詫び', 'おわび', 'わび申し', '謝罪', '陳謝', '失礼', 'さーせん', 'めんご', '反省', 'てへぺろ'],
]
const GRAVE =
  /不祥事|不適切(?:な|に)(?:発言|行為|対応|投稿|事務|取り扱い|取扱|処理|言動|表現)|(?:個人)?情報(?:の|が)?(?:漏え?い|漏洩|流出|誤送信|誤送付|紛失)|(?:漏え?い|漏洩|流出)(?:事案|事故|させ|して|が)|誤送信|誤送付|誤配布|誤廃棄|(?:書類|資料|USB|ＵＳＢ|名簿|データ|台帳|申請書|カルテ|答案|通知書)(?:の|を|が)?(?:紛失|なくし|無くし|失く)|異物(?:の)?混入|異物が(?:入|混)|食中毒|懲戒|停職|減給|免職|処分(?:を受け|され|しました|となり)|逮捕|検挙|書類送検|横領|着服|飲酒運転|酒気帯び|ハラスメント|パワハラ|セクハラ|体罰|暴言|不正(?:受給|請求|な|に|経理|アクセス|利用)|隠蔽|虚偽|改ざん|改竄|(?:誤|過大|二重)(?:徴収|請求|課税|支給|交付)|課税(?:誤り|ミス)|徴収(?:誤り|ミス)|支給(?:漏れ|誤り|ミス)|(?:システム|通信)障害|誤って(?:公開|送信|送付|掲載|廃棄|削除|投稿|発送|配布|交付|接種|投与)|取り違え|誤接種|誤投与|誤配達|(?:多く|過大に|余分に|二重に)(?:徴収|請求)|情報漏れ|置き忘れ|盗まれ|不手際|不快な思い|傷つけ|ご心配とご迷惑|多大な(?:ご)?迷惑|重大な|事故/gu
/**
 * Blind R61A-118: the writer's own distress told in an apology (中の人、正直メンタルやられてます…orz, 担当者、心が折れそうです,
 * 泣きたいです, 精神的に参ってます): the account asks for sympathy while it apologises, which tells that the matter weighs heavily
 * (a 炎上 over a post), so levity in that paragraph (a crying kaomoji, orz, 😭) is careless as in an apology for a grave matter.
 * Only words that tell the writer's own state (not others': つらい思いをさせ, 子どもたちも残念がって), read outside quotes
 * (講座「心が折れそうなときのセルフケア」 names a topic).
 */
const DISTRESS =
  /メンタル(?:が|も|は|を)?(?:やられ|削られ|けずられ|ボロボロ|ぼろぼろ|ズタボロ|ズタズタ|崩壊|限界|死ん|折れ|もたな|持たな|ブレイク)|心(?:が|も)?折れ|泣きそう|泣きたい|涙目|病んで(?:ます|います|る|おります)|病みそう|胃が痛|立ち直れ(?:ません|ない|そうに)|つらいです|つらすぎ|つらみ|精神的に(?:参|まい|きつ|キツ|限界)|中の人(?:は|も|が|、)?[^。！？!?\n]{0,8}?(?:凹ん|へこ|ヘコ|落ち込|泣い|泣き|しょんぼり)/gu

/** An apology made light by its very words: てへぺろ, めんご, さーせん, ゆるしてね, ごめんちゃい. */
const LIGHT_APOLOGY = /てへぺろ|テヘペロ|てへっ|テヘッ|めんご|メンゴ|さーせん|サーセン|すまそ|ごめんちゃい|ごめりんこ|ごめんごめん|ゆるしてね|許してね|ゆるしてちょ|許してちょ|ゆるちて|ドンマイ/gu
const MISFORTUNES = new RegExp(MISFORTUNE.source, 'gu')
/**
 * Blind R174I-041: a shelter or an evacuation (避難所, 避難場所, 避難して, 避難生活): in 災害時モード the post is about the disaster people
 * flee, so levity there (🎉, 😆, laughter, slang: 避難所ですね！…お泊まり会みたいで楽しいかも😆) makes light of it as it does of a
 * misfortune told. Outside that mode a shelter may be a drill's or a guide's, and counts only as `MISFORTUNE_LISTED` reads it (避難所を開設).
 */
const EVACUATION = /避難(?:所|場所|者|生活|先|中|して|され|し(?:た|ま)|を|の方)/gu
/** What `HALTED` and `LAZING` cannot match without (a cheap test before them). */
const HALT_WORD = /台風|大雨|豪雨|大雪|暴風|高潮|洪水|地震|津波|荒天/u
const LAZE_WORD = /ゴロ|ごろ|昼寝|二度寝|ダラダラ|だらだら|のんびり|まったり|ぐうたら|寝だめ|寝溜め/u

/**
 * Blind R185A-039 kind: a service or an event stopped because of a weather disaster (大雨で川下りは本日全便運休, 台風のため中止, 大雪の影響で
 * 臨時休館, 台風の接近に伴い欠航): the disaster is the post's news, so laughing at it (😂, ｗ, slang) or making the day off a treat makes light of
 * what keeps people home. Weaker than a misfortune told (`MISFORTUNE`): a friendly face on the notice (またお越しください😊) or a weather emoji
 * (🌀 ☔) is no levity; only laughter, slang, kaomoji, a laughing or party face (`LAUGHING_EMOJI`) and `LAZING` are. Rain alone (雨天中止) and a
 * stop only supposed (大雨の場合は中止) are not one.
 */
const HALTED = /(?:台風|大雨|豪雨|大雪|暴風|暴風雨|暴風雪|高潮|洪水|地震|津波|荒天)(?:[0-9０-９一二三四五六七八九十]{1,2}号)?(?:の接近)?(?:で|により|による|の影響で|の影響により|のため|に伴い|に伴う|が近づいている(?:ので|ため|から))[、,]?[^。！？!?\n]{0,24}?(?:中止|運休|欠航|休校|休園|休館|臨時休業|休業|通行止め|見合わせ|延期|取りやめ|とりやめ|取り止め)/gu
/**
 * Blind R184I-025/R185A-039 kind: the day a disaster forces off turned into a treat for lazing (おうちでゴロゴロ決定〜, 船頭さんも今日はお昼寝
 * タイムかな, 寝正月ならぬ寝台風, のんびりするチャンス): next to a disaster, a cancellation for one or an evacuation it jokes the danger away.
 * A call to stay home (おうちで過ごしましょう, のんびり過ごせる日に) is no such treat: only a lazing word with タイム, 決定, チャンス, 日和, 三昧,
 * or praised as the best way to spend the day (まったりが一番, のんびりするのが一番, ごろごろ過ごすに限る, まったりが最高: blind R192D-047 kind,
 * an evacuation order told with おうちでまったりが一番ですね♪).
 * Blind R435L-046 kind: …or put in a mode (のんびりモード, まったりモードに突入, ゴロゴロモード全開): the day off a disaster forces told as a
 * lazy holiday mood (大雨で全便運休…船頭さんものんびりモードです). A device's mode (スマホのおやすみモード, 省電力モード) is no lazing word, and
 * a lazing mode with no disaster, stop or evacuation in the post (週末はのんびりモードで川下りを) is no levity.
 */
const LAZING = /(?:ゴロゴロ|ごろごろ|ゴロ寝|ごろ寝|お昼寝|昼寝|二度寝|ダラダラ|だらだら|のんびり|まったり|ぐうたら|寝だめ|寝溜め)(?:する|して)?(?:タイム|たいむ|決定|確定|日和|びより|チャンス|ちゃんす|デー|三昧|ざんまい|モード)|(?:ゴロゴロ|ごろごろ|ゴロ寝|ごろ寝|お昼寝|昼寝|二度寝|ダラダラ|だらだら|のんびり|まったり|ぐうたら)(?:する|と|して)?(?:過ごす|すごす)?(?:の|こと)?(?:が|に)(?:一番|いちばん|限る|限り|最高|さいこう|サイコー)/gu

/**
 * Blind R332M-038 kind (unof61): the harm laughed off in the writer's own voice (水道管の破裂が20件を超えました…寒すぎてもう笑うしかない
 * ですね〜, 笑っちゃうくらい降ってます, 笑えてきます, 苦笑いするしかありません): beside a misfortune or a tragedy told, it
 * makes light of it as laughter does. Not 笑えない (no laughing matter), others' joy (子どもたちは笑いが止まりませんでした, 笑顔), nor someone's words quoted
 * (「もう笑うしかない」と話す被災者の方).
 */
const LAUGHED_OFF = /笑う(?:しか|ほか)(?:ない|なか|ありません|ねえ|ねー)|笑っちゃう(?:くらい|ぐらい|ほど|しか)|笑えて(?:くる|きます|きた|きました|きちゃ)|苦笑い(?:する)?しか(?:ない|ありません)|ネタにする(?:しか|ほか)(?:ない|ありません)/gu

/**
 * A sentence that supposes a misfortune or guards against it (認知症の人が行方不明になった際,
 * 事故を防ぐため, 大規模災害に備える, 津波浸水想定区域, 自転車保険): no misfortune has happened, so
 * a cheerful word or emoji in the post is not careless about one.
 */
/**
 * Blind MQ-021 kind: …or that names it as a hazard a thing may lead to, in advice (外に出ると交通事故や感染症のもとになることも, 放置すると
 * 火災の原因になります, 重大事故につながりかねません, 事故を招くことも): a risk warned of, no tragedy that happened, so a neutral emoji in
 * the post (🏠, 📅, 📍, 🐱) is no levity about one. A cause that did happen (死亡事故につながりました, 火災の原因となった) is not read.
 */
const SUPPOSED = /際|場合|ないよう|ないため|防ぐ|防ご|防止|予防|備え|備蓄|想定|対策|啓発|保険|訓練|万一|万が一|もしも|おそれ|恐れ|リスク|防災|(?:もと|元|原因|引き金)(?:に|と)な(?:る|りま(?!した)|りか|りや|りう|りえ)|(?:に|へと?)(?:つなが|繋が)(?:る|りま(?!した)|りか|りや)|を招(?:く|きま(?!した)|きか)/u

/**
 * Right after a misfortune word: a goal of preventing it (交通事故ゼロの春に, 火災撲滅, 死亡事故をなくそう), or its absence told
 * (今年も事故なく無事に終わりました, 大きな事故もなく, けが人はなく, 事故はありませんでした — found by fixer decmisc16: 事故なく
 * 終わりましたｗ was blocked as levity beside a harm). A warning (事故に注意) is not one: laughter next to it still makes light of
 * the misfortune. The word names what is to be avoided or what did not happen, not something that has happened.
 */
const PREVENTION_AFTER = /^\p{Script=Han}{0,4}(?:ゼロ|０件|0件|撲滅|防止|抑止|根絶|をなくそう|をなくし|を無くし|をなくす|を無くす|を減らそう|を減らす|を減らし|を防|を起こさない|を起こさず|に(?:遭わない|あわない|遭わず|あわず)|(?:も|は|が)?(?:なく(?!し)|無く(?!し)|なし|無し)|(?:も|は|が)(?:なかった|無かった|ありませんでした|起き(?:ず|ませんでした|なかった)))/u

/**
 * Right after a misfortune word: the time or condition of one that may happen (事故のとき、頭を守ってくれる, 火災の時は,
 * 交通事故にあったときは, 地震や事故が起きたら): a safety post saying what to do then, no misfortune that happened.
 */
const WHEN_AFTER = /^(?:(?:の|に遭った|にあった|に遭う|にあう|が起きた|が起こった|が起きる|が起こる|が発生した|が発生する|発生)?(?:とき|時(?![刻間点期計])|際)|(?:に遭ったら|にあったら|が起きたら|が起こったら|が発生したら|を起こしたら|があったら|に遭えば|にあえば))/u
/** Right before it: a particular one (昨日の事故, この事故, 3日の事故, 発生した事故): it happened, whatever its time. */
const PARTICULAR_BEFORE = /(?:昨日|昨夜|今朝|今日|本日|先日|先週|先月|昨年|去年|今年|今回|前回|この|その|あの|同|[0-9０-９]日|[0-9０-９]時|[0-9０-９]分|頃|ごろ|起きた|起こった|発生した|遭った|あった)の?$/u
/** Where the clause after 〜のとき ends: a stop, an emoji or a space. */
const CLAUSE_END = /[。！？!?\n\p{Extended_Pictographic} \u3000]/u
/** A clause told in the past (守ってくれました, 割れたんだ): what happened then, not what to do. */
const PAST_CLAUSE = /(?:た|ました|でした)(?:んだ|んです|のです|よ|ね|よね|の|[〜~ー…]+)?$/u

/** More nouns listed after a misfortune word (や災害, ・台風, や大規模な災害): up to three, each a short run of kanji or katakana. */
const LISTED_AFTER = /^(?:(?:や|と|・|、|及び|および|または|又は)(?:大規模な|大きな)?[\p{Script=Han}ァ-ヶー]{1,6}){1,3}/u
/** Whether the misfortune word at [start, end) is only supposed as a time or condition (事故のとき、…守ってくれる). */
function onlyWhen(t: string, start: number, end: number): boolean {
  let after = t.slice(end, end + 60)
  // The first of a list of misfortunes (火災や災害のときに, 地震・台風の際は): the time is the list's.
  const list = LISTED_AFTER.exec(after)
  if (list) after = after.slice(list[0].length)
  const w = WHEN_AFTER.exec(after)
  if (!w) return false
  if (PARTICULAR_BEFORE.test(t.slice(Math.max(0, start - 8), start))) return false
  const rest = after.slice(w[0].length)
  const stop = CLAUSE_END.exec(rest)
  const clause = rest.slice(0, stop ? stop.index : rest.length).trimEnd()
  return !PAST_CLAUSE.test(clause)
}

/**
 * Blind JW-054 kind: the tragedy word inside the bracketed title of a game, a show or a book (謎解きイベント「掘割に消えた宝の事件簿」,
 * 朗読劇『白秋邸殺人事件』): a work's name, not a misfortune told. The bracket holds the hit, closes within 30 code units, and the
 * post names what kind of work it is.
 */
function inWorkTitle(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 30)
  if (!q || q.close - end > 30) return false
  return WORK_KIND.test(t)
}
/** Words that say a bracketed name is a work's title: a puzzle event, a play, a film, a book, a game. */
const WORK_KIND = /謎解き|なぞとき|推理|ミステリー|脱出ゲーム|ゲーム|朗読劇|演劇|劇団|公演|上演|映画|上映|小説|絵本|の本|新刊|展示|企画展|事件簿/u

function supposed(t: string, start: number, end: number): boolean {
  // A misfortune told as having happened (地震があった, 昨日の転落事故, #九州豪雨): a drill or a plan elsewhere in the sentence
  // (…救助訓練の成果が出ました) does not make it supposed; only a lesson drawn from it right after does.
  if (HAPPENED_WHOLE.test(t.slice(start, end))) return PREVENTION_AFTER.test(t.slice(end, end + 12)) || LESSON_AFTER.test(t.slice(end, end + 8))
  if (PREVENTION_AFTER.test(t.slice(end, end + 12))) return true
  if (onlyWhen(t, start, end)) return true
  const s = sentenceOf(t, start, end)
  const sentence = t.slice(s.start, s.end)
  const from = start - s.start
  const to = end - s.start
  let a = 0
  let b = sentence.length
  // A sentence ended by a polite ending and an emoji or a space instead of 。 (…お祈りします🙏✨ 明日の防災講座は…) ends there.
  SOFT_STOP.lastIndex = 0
  for (let m = SOFT_STOP.exec(sentence); m; m = SOFT_STOP.exec(sentence)) {
    const cut = m.index + m[0].length
    if (cut <= from) a = cut
    else {
      if (m.index >= to) b = m.index
      break
    }
  }
  return SUPPOSED.test(sentence.slice(a, b))
}
/**
 * Where a sentence ends without 。: a polite ending, emoji, then a space (global: scanned from a sentence's start). Blind R176D-048: the
 * ending drawn out first (事故が3件ありました〜💦 みんな…ないように): the next sentence's prevention does not make the accident supposed.
 */
const SOFT_STOP = /(?<=(?:です|ます|ました|ません|ください|さい|でした))[〜~ー]*[\p{Extended_Pictographic}\uFE0F\u200D]*[ \u3000]+/gu

const WEIGHT: Record<ToneSignal['kind'], number> = {
  ending: 1,
  dialect: 1,
  laughter: 1.5,
  slang: 1,
  kaomoji: 1.5,
  emoji: 0.5,
  exclaim: 0.5,
  elongation: 0.5,
  onomatopoeia: 0.3,
  babytalk: 1,
}
/** Which of two signals on the same span is kept (‼️: the emoji, not the ！！). */
const PRIORITY: Record<ToneSignal['kind'], number> = { kaomoji: 0, emoji: 1, laughter: 2, slang: 3, dialect: 4, ending: 5, elongation: 6, exclaim: 7, onomatopoeia: 8, babytalk: 9 }
const KINDS = Object.keys(WEIGHT) as Array<ToneSignal['kind']>
const KIND_INDEX = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<ToneSignal['kind'], number>
/** One kind cannot sink the score alone by more than this (ten emoji in a caption are one habit); casual endings sentence after sentence are the voice of the whole text. */
const KIND_CAP: Record<ToneSignal['kind'], number> = { ending: 3, dialect: 2, laughter: 2, slang: 2, kaomoji: 2, emoji: 3, exclaim: 2, elongation: 2, onomatopoeia: 2, babytalk: 2 }
const CAPS = Float64Array.from(KINDS.map((k) => KIND_CAP[k]))
const POLITE = /(?:です|ます|ください|ございます|でした|ました|ません)(?=[。!?！？\s、」)~ー♪]|$)/u
/** What casual endings weigh when every sentence of the post ends casually (with no です・ます: やや柔らかい, 2). */
const ALL_CASUAL = 2.5
/** Score texts longer than this by density, so one casual phrase in a long notice does not sink it. */
const SCORE_WINDOW = 280

/** Formal wording for slang (by folded list word). */
const SLANG_FIX: Record<string, string> = Object.fromEntries(
  (
    [
      ['マジ', '本当に'], ['ヤバ', 'すばらしい'], ['やばい', 'すばらしい'], ['やばすぎ', '大変な'], ['やばかった', 'すばらしかった'], ['ガチ', '本当に'], ['エモい', '心に残る'], ['エモ', '心に残る'], ['めっちゃ', 'とても'], ['めちゃくちゃ', 'とても'], ['めちゃ', 'とても'],
      ['ぴえん', '残念です'], ['ぱおん', '残念です'], ['それな', 'おっしゃるとおりです'], ['あざす', 'ありがとうございます'], ['あざっす', 'ありがとうございます'], ['あざまる', 'ありがとうございます'],
      ['神回', 'すばらしい回'], ['神対応', '丁寧な対応'], ['ワロタ', REMOVE], ['ワロス', REMOVE], ['草生え', REMOVE], ['kusa', REMOVE], ['ぶっちゃけ', '正直なところ'], ['しか勝たん', 'が一番です'],
      ['バズ', '話題になる'], ['ハンパない', '大変な'], ['パない', '大変な'], ['ムズい', '難しい'], ['キュン', '心ひかれる'], ['テンアゲ', '楽しい'], ['ドンマイ', 'お見舞い申し上げます'],
      ['ワンチャン', 'もしかすると'], ['ウケる', '面白い'], ['JK', '高校生'], ['映え', '見栄えのする'], ['語彙力ゼロ', REMOVE], ['語彙力なくな', REMOVE], ['エグい', '大変な'], ['ちょい', '少し'],
      ['omg', REMOVE], ['lol', REMOVE], ['lmao', REMOVE], ['tbh', '正直なところ'], ['ngl', '正直なところ'], ['タジタジ', '答えに窮する'],
      ['テンション上が', '気持ちが高まり'], ['テンションMAX', '大いに盛り上がり'], ['テンション爆上が', '大いに盛り上がり'],
      ['やらかし', '過ちを犯し'], ['セーフ', '幸いでした'],
      ['ヤバたにえん', 'すばらしい'], ['ヤダ', '困ります'], ['サイコー', '最高です'], ['っす', 'です'], ['すっごく', 'とても'], ['すっごい', 'とても'], ['ちょー', 'とても'], ['チョー', 'とても'], ['ノリノリ', '大いに盛り上がって'],
    ] as const
  ).map(([w, f]) => [foldWord(w), f]),
)

const TOKEN = /(?<![ァ-ヺー])[ァ-ヺ][ァ-ヺー]{1,11}(?![ァ-ヺー])/gu
const katakanaCache = new WeakMap<readonly string[], Array<readonly [string, string]>>()
/** The policy's slang words that are written in katakana, with their folded form, for words written apart. */
function katakanaSlang(list: readonly string[]): Array<readonly [string, string]> {
  let out = katakanaCache.get(list)
  if (!out) {
    out = list.filter((w) => /^=?[ァ-ヺー]{2,}$/u.test(w)).map((w) => [w.replace(/^=/u, ''), foldWord(w.replace(/^=/u, ''))] as const)
    katakanaCache.set(list, out)
  }
  return out
}

/** Hiragana to katakana (ぁ-ゖ → ァ-ヶ); other letters unchanged. */
function toKatakana(w: string): string {
  let out = ''
  for (const ch of w) {
    const c = ch.charCodeAt(0)
    out += c >= 0x3041 && c <= 0x3096 ? String.fromCharCode(c + 0x60) : ch
  }
  return out
}
const slangPieceCache = new WeakMap<readonly string[], Map<string, string>>()
/**
 * The policy's kana slang words as katakana pieces (マジ, ヤバイ, メッチャ, サイコー), each with its folded list word, for runs of
 * katakana that join two or more of them (ﾏｼﾞﾔﾊﾞｲ, ガチエモ). Entries with options other than `=` and the exceptions are left out.
 */
function slangPieces(list: readonly string[]): Map<string, string> {
  let out = slangPieceCache.get(list)
  if (!out) {
    out = new Map()
    for (const entry of list) {
      if (entry.startsWith('!') || entry.includes('{')) continue
      const w = toKatakana(entry.replace(/^=/u, ''))
      if (/^[ァ-ヺー]{2,}$/u.test(w)) out.set(w, foldWord(entry.replace(/^=/u, '')))
    }
    slangPieceCache.set(list, out)
  }
  return out
}
/** Runs of katakana long enough to join two slang words (マジヤバイ). */
const KATAKANA_RUN4 = /(?<![ァ-ヺー])[ァ-ヺ][ァ-ヺー]{3,23}(?![ァ-ヺー])/gu
/**
 * Blind R103A-086: how the katakana run `run` splits wholly into two or more slang pieces (マジ|ヤバイ, ガチ|エモ, チョー|サイコー),
 * longest piece first at each step, as their folded list words; null when it does not (ordinary katakana words: マジック is no
 * マジ + ック). At most 8 pieces; the pieces map is small, so each step tries lengths 2–8 only.
 */
function slangTiling(run: string, pieces: ReadonlyMap<string, string>): string[] | null {
  const memo = new Map<number, string[] | null>()
  const from = (i: number, depth: number): string[] | null => {
    if (i === run.length) return []
    if (depth >= 8) return null
    const seen = memo.get(i)
    if (seen !== undefined) return seen
    let found: string[] | null = null
    for (let len = Math.min(8, run.length - i); len >= 2 && !found; len--) {
      const w = pieces.get(run.slice(i, i + len))
      if (w === undefined) continue
      const rest = from(i + len, depth + 1)
      if (rest) found = [w, ...rest]
    }
    memo.set(i, found)
    return found
  }
  const out = from(0, 0)
  return out && out.length >= 2 ? out : null
}

/**
 * Blind PGT-003/PGT-004 kind (tone17): a native Japanese word or its inflection written in katakana (or half-width kana, folded to
 * full-width in the norm view) as a casual stylistic device: the whole katakana run is a casual word the family reads in hiragana
 * (ミンナ, アリガトー, ホントニ, ゼヒ, ヤッパリ, チョット, トテモ, ヨロシク, オツカレ), an adjective stem with an ending (スゴイ, スゴク,
 * カワイイ, ウレシカッタ, オモシロスギテ, オイシソウ), or a shape no loanword has: a stem + カッタ / クテ / スギテ at the run's end
 * (ヤバカッタ, ヨカッタ). Words long written in katakana (キレイ, ステキ, オススメ, ダメ, ビックリ) and loanwords are not read: the run
 * must be the whole word (カッター, カワイ as a name, スギ花粉, コワーキング stay clean). Bounded: no nested unbounded quantifier.
 */
const KATAKANA_NATIVE_STEM = '(?:スゴ|オモシロ|カワイ|ウレシ|オイシ|タノシ|スバラシ|カナシ|サビシ|サミシ|ツラ|キツ|ヒド|コワ|ヤサシ|ハズカシ|ムズカシ|イソガシ|ネム|ダル|ウザ|キモ|デカ|ウマ|サム|アツ|エグ)'
const KATAKANA_NATIVE = new RegExp(
  '(?<![ァ-ヺー])(?:' +
    '(?:ミンナ(?:サン)?|アリガト(?:ウ|ー|ゥ)?|ホント(?:ウ)?(?:ニ)?|ゼヒ|ヤッパ(?:リ)?|チョット|トテモ|ヨロシク|オツカレ(?:サマ)?|ダイスキ)' +
    `|${KATAKANA_NATIVE_STEM}(?:イ|ク|クテ|カッタ|スギ(?:テ|タ|ル)?|ソウ)` +
    '|[ァ-ヶ]{1,6}(?:カッタ|クテ|スギテ)' +
    ')(?![ァ-ヺーA-Za-z0-9])',
  'gu',
)
const KATAKANA_NATIVE_GATE = /[ァ-ヺ]{2}/u
const HALF_WIDTH_KANA = /[ｦ-ﾟ]/u
/** The hiragana reading of a katakana word (half-width folded; ー after a vowel read as う: アリガトー → ありがとう). */
/** The message's name for a native word spelt in katakana (スゴイ, ｵﾓｼﾛｽｷﾞﾃ): a casual spelling, not a slang word. */
const KATAKANA_NATIVE_LABEL = 'カタカナで崩して書いた語'

function katakanaNativeFix(w: string): string {
  let out = ''
  for (const ch of w.normalize('NFKC')) {
    const c = ch.charCodeAt(0)
    out += c >= 0x30a1 && c <= 0x30f6 ? String.fromCharCode(c - 0x60) : ch === 'ー' ? 'う' : ch
  }
  return out
}

/** A kanji, then a run the squeezed view drops (a space, dots, an ellipsis: 中止…, 運休・・・, 到達 ), then kana (blind R57A-097). */
const SET_APART = /[\p{Script=Han}々〆][ ・._]{1,3}[ぁ-ゖァ-ヺ]/u
const SET_APART_ALL = /(?<=[\p{Script=Han}々〆])[ ・._]{1,3}(?=[ぁ-ゖァ-ヺ])/gu
/**
 * Blind R60A-093: single kana, each set apart by one space, two or more in a row (ま じ で や ば い): a word spelt letter by letter.
 * Each letter stands alone (no kana glued before the first or after the last); bounded, with no nested unbounded quantifier.
 */
const SPACED_KANA = /[ぁ-ゖァ-ヺー] [ぁ-ゖァ-ヺー](?![ぁ-ゖァ-ヺー])/u
const SPACED_KANA_ALL = /(?<![ぁ-ゖァ-ヺー])(?:[ぁ-ゖァ-ヺー] ){1,24}[ぁ-ゖァ-ヺー](?![ぁ-ゖァ-ヺー])/gu
interface KanaSlang {
  folded: string
  /** The squeezed form the text must have (=ガチ). */
  exact?: string
  katakana?: boolean
  /** Folded words of the entry's ordinary sense (それな{それなり}): not when the sentence holds one. */
  sense?: readonly string[]
}
const kanaSlangCache = new WeakMap<readonly string[], { words: KanaSlang[]; exceptions: string[] }>()
/** The policy's slang words that begin with kana (ぴえん, めっちゃ, マジ), longest first, and the list's exceptions (!まじめ). */
function kanaSlangOf(list: readonly string[]): { words: KanaSlang[]; exceptions: string[] } {
  let out = kanaSlangCache.get(list)
  if (!out) {
    const words: KanaSlang[] = []
    const exceptions: string[] = []
    for (const entry of list) {
      if (entry.startsWith('!')) {
        exceptions.push(foldWord(entry.slice(1)))
        continue
      }
      const { folded, options } = parseEntry(entry)
      if (options?.substring || !/^[ぁ-ゖ]/u.test(folded) || folded.length < 2) continue
      words.push({ folded, ...(options?.exact !== undefined ? { exact: options.exact } : {}), ...(options?.katakana ? { katakana: true } : {}), ...(options?.ordinarySense ? { sense: options.ordinarySense } : {}) })
    }
    words.sort((x, y) => y.folded.length - x.folded.length)
    out = { words, exceptions }
    kanaSlangCache.set(list, out)
  }
  return out
}
/** Whether the slang word `w` is written at `a` of the norm text `t`, as a word, and no exception of the list covers it. */
function slangAt(t: string, a: number, w: KanaSlang, exceptions: readonly string[]): boolean {
  const b = a + w.folded.length
  if (b > t.length) return false
  const seg = t.slice(a, b)
  if (foldWord(seg) !== w.folded) return false
  if (w.exact !== undefined && seg !== w.exact) return false
  if (exceptions.some((e) => e.length >= w.folded.length && foldWord(t.slice(a, a + e.length)) === e)) return false
  return isWordAt(t, a, b, undefined, w.katakana)
}

/**
 * Blind R165I-035: クソ / くそ heading an adjective as an intensifier (ぶっちゃけクソうまくて, クソ暑い中, くそ忙しい): vulgar, which no official
 * account writes however soft its registered level (a soft account's ワロタ or マジ is its registered voice: labeled DB130). Not a word
 * it ends (下手くそ, やけくそ, ヘクソカズラ: a kanji, a katakana or a kana other than a particle before くそ).
 */
const CRUDE_INTENSIFIER = /(?<![一-龠々ァ-ヶー])(?:クソ|(?<![ぁ-ゖ](?<![はでがをにもとの]))くそ)(?=暑|あつ|寒|さむ|忙し|いそがし|うま|旨|まず|不味|眠|ねむ|だる|かわい|可愛|楽し|たのし|でか|やば|ヤバ|遠|長|高|多|難し|むず|面倒|めんど|うざ|ウザ|つまらな|疲れ|つかれ|重|痛|いた[いかく]|ださ|ダサ|狭|せま)/gu
/** Slang words that are laughter (草生える, ワロタ; blind R272S-045 kind: laughing hard in net slang, 腹筋崩壊). */
const LAUGH_WORDS = new Set(['草生え', 'kusa', 'ワロタ', 'ワロス', '腹筋崩壊', '腹筋が崩壊'].map((w) => foldWord(w)))

/**
 * Blind R61A (a colleague's find): slang that is a sentence ending (っす = です) counts only where it ends a predicate: written with
 * the small っ (ッ, ｯ) and followed by the end of the sentence or a final particle (っす。, っすね, っすよ, っすか, っすけど, っす！,
 * っす🎉). The folded view writes っ as つ, so the list's word also lies across a word boundary (ほんなこつ|すみません: ほんなこつ
 * is Chikugo for 本当に; このこつ|すぐ) or inside a word (きっすい, 生粋): no ending there.
 */
const ENDING_SLANG = new Set(['っす'].map((w) => foldWord(w)))
const ENDING_SLANG_HEAD = /^[っッｯ]/u
const ENDING_SLANG_TAIL = /^(?:ね|ネ|よ|ヨ|か|カ|わ|けど|けん|から|もん|よね)?(?:[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ｦ-ﾟ]|$)/u
function endingSlangAt(raw: string, s: Span): boolean {
  return ENDING_SLANG_HEAD.test(raw.slice(s.start, s.end)) && ENDING_SLANG_TAIL.test(raw.slice(s.end, s.end + 4))
}

/**
 * Blind TW-100: a citation line closing a block of verse lines (からたちの花が咲いたよ。⏎…⏎（北原白秋 作詞「からたちの花」より）, ——北原白秋
 * 『思ひ出』より): the lines above it are the work's words, not the account's, as words in 「」 are. The line names a work in 「」『』 with its
 * author's credit (作詞, 作, 著, 詩, より); a photo credit (写真：…より) is none. Only short lines with no polite ending count as its verse.
 */
const CITATION_LINE = /^[ \u3000]*(?:[（(](?![^）)\n]{0,8}(?:写真|画像|イラスト|動画))[^（）()\n]{0,24}?[「『][^」』\n]{1,30}[」』][^（）()\n]{0,12}[）)]|[-—―‐]{1,3}[ \u3000]?[^\n「『]{1,20}[「『][^」』\n]{1,30}[」』][^\n]{0,12})[ \u3000]*$/u
const CITATION_CREDIT = /作詞|作曲|[一-龠々ァ-ヶー][ \u3000]?(?:作|著|詩)(?![一-龠々])|より|から|[」』][ \u3000、,]?(?:[0-9０-９]{4}|(?:明治|大正|昭和|平成|令和)[0-9０-９元]{1,2})年/u
const VERSE_LINE_MAX = 40
const OWN_LINE = /(?:です|ます|ました|ません|でした|ください|下さい|ましょう)[。！!]?$/u
function citedVerse(t: string, out: Array<[number, number]>): void {
  const le = t.replace(/\s+$/u, '').length
  const ls = t.lastIndexOf('\n', le - 1) + 1
  if (ls === 0) return
  const line = t.slice(ls, le)
  if (!CITATION_LINE.test(line) || !CITATION_CREDIT.test(line)) return
  let a = ls
  for (let k = 0; k < 40 && a > 0; k++) {
    const ps = t.lastIndexOf('\n', a - 2) + 1
    const prev = t.slice(ps, a - 1).trim()
    if (prev === '' || prev.length > VERSE_LINE_MAX || OWN_LINE.test(prev)) break
    a = ps
  }
  if (a >= ls - 1) return
  while (out.length > 0 && out[out.length - 1]![0] >= a) out.pop()
  out.push([a, ls - 1])
}

/** Quotations (「…」『…』 within a line), outermost only, in order: the speaker's words, not the account's. One pass. */
function quoteRanges(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const open: number[] = []
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (c === '「' || c === '『' || c === '“' || c === '〝' || c === '≪') {
      if (open.length < 8) open.push(i)
    } else if (c === '」' || c === '』' || c === '”' || c === '〟' || c === '〞' || c === '≫') {
      const a = open.pop()
      if (a !== undefined && open.length === 0) {
        // An outer pair swallows the pairs inside it.
        while (out.length > 0 && out[out.length - 1]![0] > a) out.pop()
        out.push([a + 1, i])
      }
    } else if (c === '\n') open.length = 0
  }
  if (t.includes('\n')) citedVerse(t, out)
  return out
}


/**
 * Blind KY-053 kind: a misfortune inside the quoted line of a call or message the post warns of (「うちの子が事故ば起こした」っていう電話が
 * きたら, 「事故に遭って入院した」というメールが届いたら): what a caller claims, a scam's script, not a misfortune the post tells.
 */
const CALLER_FRAME = /^[」』”〟]\s?(?:という|っていう|って|との|みたいな|などの)(?:内容の)?(?:電話|でんわ|メール|SMS|ショートメール|ショートメッセージ|メッセージ|LINE|はがき|ハガキ|手紙|連絡|着信|留守電)/u
function callerLine(t: string, ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const r = ranges.find(([a, b]) => at >= a && at < b)
  return r !== undefined && CALLER_FRAME.test(t.slice(r[1], r[1] + 16))
}

/**
 * Blind LI-030 kind: a tragedy word inside the words of a call the reader is taught (「火事ですか？救急ですか？」って聞かれたら落ち着いて答えてね,
 * 「火事です」と伝えましょう, 「事故です。場所は…」とはっきり言ってください): the dispatcher's question or the caller's line of a 119 or 110
 * call, a script to rehearse, no fire or accident told. The quote is closed by と or って and a verb of being asked, or of answering told.
 */
const CALL_SCRIPT_FRAME = new RegExp(`^[」』”〟]\\s?${CALL_SCRIPT_TAIL}`, 'u')
function callScript(t: string, ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const r = ranges.find(([a, b]) => at >= a && at < b)
  if (r === undefined) return false
  // A run of quotes side by side (「火事ですか」「救急ですか」と聞かれたら): the frame after the last one.
  let end = r[1]
  for (let n = 0; n < 4; n++) {
    const next = ranges.find(([a]) => a === end + 2)
    if (!next) break
    end = next[1]
  }
  return CALL_SCRIPT_FRAME.test(t.slice(end, end + 24))
}

/** Whether `at` is inside one of the (ordered, disjoint) ranges. */
function inRanges(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0
  let hi = ranges.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [a, b] = ranges[mid]!
    if (at < a) hi = mid - 1
    else if (at >= b) lo = mid + 1
    else return true
  }
  return false
}

/** What one paragraph contributes to the post's tone (offsets in the paragraph). */
export interface ToneFacts {
  signals: ToneSignal[]
  /** Sum of signal weights per kind, in `KINDS` order, plain endings left out (capped only over the whole post). */
  weights: Float64Array
  /** Sentences (and phrases set apart by spaces) outside quotations: casual endings are judged by their share of them. */
  sentences: number
  /** Sum of the weights of plain endings (〜した。): they count when the post is not in である調. */
  plain: number
  /** The paragraph has casual wording: a casual ending (not a plain one), dialect, slang, laughter or a kaomoji. */
  casual: boolean
  /** The paragraph has plain endings (casual unless the post is in である調). */
  plainVoice: boolean
  /** The paragraph is written in である調. */
  dearu: boolean
  /** The paragraph has endings of written 常体 (〜ている。, 〜すること。): formal when the post has no casual wording. */
  written: boolean
  /** Characters other than white space. */
  letters: number
  polite: boolean
  /** The first tragedy word (事故, 訃報 …), if any. */
  tragedy: Span | null
  /** The first lesser misfortune (浸水, 救急搬送 …), if any. */
  misfortune: Span | null
  /** An urgent call to act (避難, 注意 …). */
  urgent: boolean
  /** The first word of evacuation (避難所, 避難して …) not only supposed: the topic of levity in 災害時モード (`post`), if any. */
  evacuation: Span | null
  /** The first stop of a service or an event for a weather disaster (大雨で…運休, 台風のため中止) not only supposed (`HALTED`), if any. */
  halted: Span | null
  /** The day off made a treat for lazing (ゴロゴロ決定, お昼寝タイム: `LAZING`), outside quotations. */
  lazing: Span[]
  /** The harm laughed off (笑うしかない, 笑っちゃう, 笑えてくる: `LAUGHED_OFF`), outside quotations. */
  laughedOff: Span[]
  /** The grave matter an apology in this paragraph is for (不祥事, 漏えい …), if any. */
  apology: Span | null
  /** Words that make the apology light (てへぺろ, めんご …). */
  lightApology: Span[]
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
function endingSignals(doc: Doc, quotes: ReadonlyArray<[number, number]>, out: ToneSignal[], counts: { report: number; reportPast: number }): number {
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

/**
 * Patterns tried on a paragraph (norm view, URLs blanked) only where one of the literals they cannot match without
 * occurs: one Aho–Corasick pass for all of them (gate.ts). Most paragraphs hold no dialect word, no misfortune and no
 * apology; a casual one has no です・ます.
 */
const NORM_GATE = new NeedGate(() => [...[POLITE, DIALECT_WORD, MISFORTUNE].map((re) => requiredLiterals(re)), APOLOGY_NEEDS])
const N_POLITE = 0
const N_DIALECT_WORD = 1
const N_MISFORTUNE = 2
const N_APOLOGY = 3
/** The same for the patterns read on the squeezed view: である調 and written 常体 (a diary has none of their words). */
const SQUEEZED_GATE = new NeedGate(() => [DEARU, WRITTEN, REPORT_WORDS, WRITTEN_OFFICIAL].map((re) => requiredLiterals(re)))
const S_DEARU = 0
const S_WRITTEN = 1
const S_REPORT = 2
const S_OFFICIAL = 3

/** An account handle (@kusa_boubou, ＠yng_info): ASCII letters, digits and _ after an @ that follows no such character. */
const HANDLE = /(?<![A-Za-z0-9_.])[@＠][A-Za-z0-9_]{1,30}/g

/** An e-mail address (kusa.yng@example.jp): bounded parts, so a long run of letters is not rescanned from every start. */
const MAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g

/** Source spans of the post's handles, e-mail addresses and URLs (`urls`: the doc's, already in source offsets), in no order. */
function nameSpans(raw: string, urls: readonly Span[]): Span[] {
  const out: Span[] = urls.map((u) => ({ start: u.start, end: u.end }))
  if (raw.includes('@') || raw.includes('＠')) {
    for (const re of [HANDLE, MAIL]) {
      re.lastIndex = 0
      for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ start: m.index, end: m.index + m[0].length })
    }
  }
  return out
}

export function toneFactsOf(doc: Doc): ToneFacts {
  const norm = doc.norm
  // URLs are blanked, so "www" and "~user" inside links are not signals.
  const t = doc.normNoUrls
  const chars = charFacts(t)
  const normMay = NORM_GATE.tries(t)
  // Quotation marks tone reads past (the speaker's words).
  const quotesNorm = chars.quote ? quoteRanges(t) : []
  const signals: ToneSignal[] = []
  const add = (re: RegExp, kind: ToneSignal['kind'], fix: (m: string) => string, weigh?: (m: string) => number) => {
    re.lastIndex = 0
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const a = m.index
      const b = a + m[0].length
      if (b === a) {
        re.lastIndex++
        continue
      }
      if (quotesNorm.length > 0 && inRanges(quotesNorm, a)) continue
      signals.push({ kind, weight: weigh ? weigh(m[0]) : WEIGHT[kind], fix: fix(m[0]), start: norm.start[a]!, end: norm.end[b - 1]! })
    }
  }
  const sq = doc.squeezed.text
  const quotesSq = quotesNorm.length > 0 ? quoteRanges(sq) : []
  const sqMay = SQUEEZED_GATE.tries(sq)
  const endingCounts = { report: 0, reportPast: 0 }
  const sentences = endingSignals(doc, quotesSq, signals, endingCounts)
  if (chars.laugh) add(LAUGHTER, 'laughter', () => REMOVE)
  if (t.includes('てる') || t.includes('でる') || t.includes('てた') || t.includes('でた')) add(CONTRACTED, 'ending', (m) => `${m.slice(0, 2)}い${m.slice(2)}`)
  if (t.includes('とく') || t.includes('とき') || t.includes('とい') || t.includes('とこう') || t.includes('どく') || t.includes('どき') || t.includes('どい') || t.includes('どこう')) {
    const before = signals.length
    add(TEOKU_CONTRACTED, 'ending', (m) => `${m[0] === 'ど' ? 'でお' : 'てお'}${m.slice(1)}`)
    // The ending reader already took a form that closes the sentence (しといて。 as 〜いて): one signal for one phrase.
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (t.includes('んで')) {
    const before = signals.length
    add(NODE_CONTRACTED, 'ending', (m) => `${m.slice(0, -2)}ので`)
    add(NODE_GLUED, 'ending', () => 'ので')
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (t.includes('ちゃ') || t.includes('じゃ')) {
    const before = signals.length
    add(CHAU_CONTRACTED, 'ending', (m) => `${m[0] === 'じ' ? 'でしま' : 'てしま'}${m.slice(2)}`)
    // The ending reader already took a form that closes the sentence (なっちゃった。): one signal for one phrase.
    for (let i = signals.length - 1; i >= before; i--) {
      const x = signals[i]!
      if (signals.slice(0, before).some((y) => (y.kind === 'ending' || y.kind === 'dialect') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (t.includes('件')) add(KEN, 'slang', (m) => `${m[0] === 'な' ? 'な' : m[0]}ことです`)
  // Blind R418T-059 kind: net role-speech in the account's own voice (ワイ as the first person, 〜ンゴ closing a phrase).
  if (t.includes('ワイ')) add(NET_WAI, 'slang', () => '私')
  if (t.includes('ンゴ') || t.includes('んご')) add(NET_NGO, 'slang', () => REMOVE)
  if (t.includes('まく')) add(MAKURU, 'slang', () => '（「何度も」「たくさん」などに言い換える）')
  if (t.includes('めっちゃ') || t.includes('めちゃくちゃ') || t.includes('すっご') || t.includes('ぶっちゃけ')) {
    const n0 = signals.length
    add(GLUED_INTENSIFIER, 'slang', (m) => GLUED_INTENSIFIER_FIX[m] ?? 'とても')
    // The word list may have read it already (after a space or a particle): one signal for one word.
    for (let i = signals.length - 1; i >= n0; i--) {
      const x = signals[i]!
      if (signals.slice(0, n0).some((y) => (y.kind === 'slang' || y.kind === 'laughter') && y.start < x.end && x.start < y.end)) signals.splice(i, 1)
    }
  }
  if (normMay.includes(N_DIALECT_WORD)) add(DIALECT_WORD, 'dialect', (m) => DIALECT_WORD_FIX[m] ?? '共通語に言い換える')
  if (chars.exclaim) add(EXCLAIM, 'exclaim', (m) => m[0]!)
  // Elongation inside a word (しま〜す, みなさ〜ん) is a voice, not a trailing flourish: it weighs as an ending.
  if (chars.elongate) add(ELONGATION, 'elongation', (m) => m.replace(LONG_MARKS, '') || REMOVE, (m) => (INSIDE_WORD.test(m) ? 1 : WEIGHT.elongation))
  // Blind R107A-051: a polite ending drawn out (変わりましたー！, お待ちしてまーす, よろしくでーす, 開催します〜): the speech of a chat, which
  // like laughter never suits a stiff account (4, 5) however polite the words (levity).
  if (chars.elongate) {
    for (const x of signals) {
      if (x.kind !== 'elongation') continue
      const around = doc.raw.slice(Math.max(0, x.start - 3), x.end + 1)
      if (POLITE_LONG_VOWEL.test(around)) x.levity = true
      else if (POLITE_DRAWN_OUT.test(around) || POLITE_PARTICLE_DRAWN_OUT.test(doc.raw.slice(Math.max(0, x.start - 6), x.end))) x.levity5 = true
    }
  }
  if (chars.onomatopoeia) add(ONOMATOPOEIA, 'onomatopoeia', () => '具体的な言葉で表す')
  // Blind R236I-060: nursery words in the account's own voice (おねんねしてませんか): levity on a stiff account.
  if (t.includes('ねんね') || t.includes('ねむ') || t.includes('おっき') || t.includes('ないない') || t.includes('あんよ') || t.includes('よしよし') || t.includes('いいこ') || t.includes('いい子') || t.includes('ばっち')) {
    const n0 = signals.length
    add(BABYTALK, 'babytalk', babytalkFix)
    for (let i = n0; i < signals.length; i++) signals[i]!.levity = true
  }
  // Blind R165I-035: a crude intensifier (クソうま): flagged on any account (crude).
  if (t.includes('クソ') || t.includes('くそ')) {
    const n0 = signals.length
    add(CRUDE_INTENSIFIER, 'slang', () => 'とても')
    for (let i = n0; i < signals.length; i++) signals[i]!.crude = true
  }
  // Kaomoji and emoji are read from the original text: NFKC takes faces apart (´ → space + accent) and drops variation selectors.
  const raw = doc.raw
  const faces: Span[] = []
  if (raw.includes('(') || raw.includes('（') || raw.includes('orz') || raw.includes('OTL')) {
    KAOMOJI_BRACKET.lastIndex = 0
    // A face needs a face part inside its brackets: without one anywhere (most brackets hold a date or a name), none is read.
    if (FACE_PART.test(raw)) for (let m = KAOMOJI_BRACKET.exec(raw); m; m = KAOMOJI_BRACKET.exec(raw)) {
      const inner = m[0].slice(1, -1)
      if (!FACE_PART.test(inner) || !FACE.test(inner)) continue
      if (WORDY.test(inner.replace(FACE_LETTERS, ''))) continue
      let a = m.index
      let b = a + m[0].length
      // Arms and sparkles around the face: ヽ(…)ﾉ, (…)و✧.
      while (a > 0 && ARM_BEFORE.test(raw[a - 1]!)) a--
      while (b < raw.length && ARM_AFTER.test(raw[b]!)) b++
      signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: a, end: b })
      faces.push({ start: a, end: b })
    }
    STAGE_BRACKET.lastIndex = 0
    for (let m = STAGE_BRACKET.exec(raw); m; m = STAGE_BRACKET.exec(raw)) {
      if (!STAGE_WORD.test(m[0].normalize('NFKC'))) continue
      const at = m.index
      if (faces.some((f) => at < f.end && f.start < at + m![0].length)) continue
      signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: at, end: at + m[0].length })
      faces.push({ start: at, end: at + m[0].length })
    }
    if (raw.includes('orz') || raw.includes('OTL') || raw.includes('m(_ _)m')) {
      BARE_KAOMOJI.lastIndex = 0
      for (let m = BARE_KAOMOJI.exec(raw); m; m = BARE_KAOMOJI.exec(raw)) signals.push({ kind: 'kaomoji', weight: WEIGHT.kaomoji, fix: REMOVE, start: m.index, end: m.index + m[0].length })
    }
  }
  if (mayHoldEmoji(raw)) {
    EMOJI.lastIndex = 0
    for (let m = EMOJI.exec(raw); m; m = EMOJI.exec(raw)) {
      // Inside a kaomoji already counted (✧ of (…)و✧).
      const at = m.index
      if (faces.length > 0 && faces.some((s) => at >= s.start && at < s.end)) continue
      // One emoji, not several: the parts of a ZWJ sequence (🚣‍♀️) and skin-tone modifiers.
      if (at > 0 && raw.charCodeAt(at - 1) === 0x200d) continue
      const cp = raw.codePointAt(at)!
      if (cp >= 0x1f3fb && cp <= 0x1f3ff) continue
      // Blind R334Q-050 kind (misc62): a laughing face (😂 🤣 😆, a tongue out 😜) laughs as ｗｗ does: it never suits a stiff account
      // (4, 5), however polite the sentences around it (…非常食のカップ麺が担当者のお腹にすでに避難していました😂).
      signals.push({ kind: 'emoji', weight: WEIGHT.emoji, fix: '（削除するか、1〜2個までにする）', start: m.index, end: m.index + m[0].length, ...(LAUGHING_FACE.has(cp) ? { levity: true, label: '笑いの絵文字' } : {}) })
    }
  }
  for (const h of doc.hits('slang')) {
    if (h.mention) continue
    if (quotesSq.length > 0 && inRanges(quotesSq, h.start)) continue
    const s = doc.fromSqueezed(h.start, h.end)
    if (ENDING_SLANG.has(h.word) && !endingSlangAt(doc.raw, s)) continue
    const kind = LAUGH_WORDS.has(h.word) ? 'laughter' : 'slang'
    signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[h.word] ?? '標準的な言葉に言い換える', ...s })
  }
  // Blind R57A-097: slang set apart from the kanji before it by a space, dots or an ellipsis (イベント中止…ぴえん, 運休・・・ぱおん,
  // 定員到達 めっちゃ嬉しい): the squeezed view drops the run and glues the kana onto the kanji, where no word starts (okurigana), so
  // the word list misses it; read the norm view right after the run.
  if (SET_APART.test(t)) {
    const { words, exceptions } = kanaSlangOf(doc.policy.words.slang)
    SET_APART_ALL.lastIndex = 0
    for (let m = SET_APART_ALL.exec(t); m; m = SET_APART_ALL.exec(t)) {
      const a = m.index + m[0].length
      SET_APART_ALL.lastIndex = a
      if (quotesNorm.length > 0 && inRanges(quotesNorm, a)) continue
      const hit = words.find((w) => slangAt(t, a, w, exceptions))
      if (!hit) continue
      const b = a + hit.folded.length
      if (hit.sense && hit.sense.length > 0) {
        const sen = sentenceOf(t, a, b)
        const folded = foldWord(t.slice(sen.start, sen.end))
        if (hit.sense.some((x) => folded.includes(x))) continue
      }
      const s = doc.fromNorm(a, b)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      const kind = LAUGH_WORDS.has(hit.folded) ? 'laughter' : 'slang'
      signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[hit.folded] ?? '標準的な言葉に言い換える', ...s })
    }
  }
  // Blind R60A-093: a slang word spelt letter by letter with a space between the kana (今 ま じ で や ば い です, 花火 め っ ち ゃ
  // きれい): the spaces set the word apart for the reader, yet the squeezed view glues its first kana onto the kanji before it
  // (read as okurigana) and the norm view has spaces inside it. Join each run of single spaced kana and read the list there; the
  // run's first letter starts a word (a space is before it), the letters inside need the segmenter as usual.
  if (t.includes(' ') && SPACED_KANA.test(t)) {
    const { words, exceptions } = kanaSlangOf(doc.policy.words.slang)
    SPACED_KANA_ALL.lastIndex = 0
    for (let m = SPACED_KANA_ALL.exec(t); m; m = SPACED_KANA_ALL.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      // The joined letters and, for each, its index in `t`.
      let joined = ''
      const at: number[] = []
      for (let k = 0; k < m[0].length; k++) {
        if (m[0][k] === ' ') continue
        joined += m[0][k]
        at.push(m.index + k)
      }
      for (let a = 0; a < joined.length - 1; a++) {
        const hit = words.find((w) => slangAt(joined, a, w, exceptions))
        if (!hit) continue
        const b = a + hit.folded.length
        if (hit.sense && hit.sense.length > 0) {
          const folded = foldWord(joined)
          if (hit.sense.some((x) => folded.includes(x))) continue
        }
        const s = doc.fromNorm(at[a]!, at[b - 1]! + 1)
        if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
        const kind = LAUGH_WORDS.has(hit.folded) ? 'laughter' : 'slang'
        signals.push({ kind, weight: WEIGHT[kind], fix: SLANG_FIX[hit.folded] ?? '標準的な言葉に言い換える', ...s })
        a = b - 1
      }
    }
  }
  // Blind R103A-086: slang words run together in katakana (ﾏｼﾞﾔﾊﾞｲ, マジヤバ, チョーサイコー): the run reads as one unknown word, so no
  // single list word stands at a word boundary in it; a run that splits wholly into slang words is slang.
  {
    const pieces = slangPieces(doc.policy.words.slang)
    const { exceptions } = kanaSlangOf(doc.policy.words.slang)
    KATAKANA_RUN4.lastIndex = 0
    for (let m = KATAKANA_RUN4.exec(t); m; m = KATAKANA_RUN4.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      const words = slangTiling(m[0], pieces)
      if (!words) continue
      // The list's exceptions hold inside the run too (マジマジ is まじまじと, staring).
      const folded = foldWord(m[0])
      if (exceptions.some((e) => folded.includes(e))) continue
      const s = doc.fromNorm(m.index, m.index + m[0].length)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      const fix = words.map((w) => SLANG_FIX[w]).filter((f) => f !== undefined && f !== REMOVE).join('') || '標準的な言葉に言い換える'
      signals.push({ kind: 'slang', weight: WEIGHT.slang, fix, ...s })
    }
  }
  // Blind PGT-003/PGT-004 kind (tone17): native words and their inflections written in katakana as a casual device (スゴイ, ミンナ,
  // アリガトー, ｵﾓｼﾛｽｷﾞﾃ, ホントニ, ゼヒ). Two or more in a paragraph, or one in half-width kana, read as slang; a lone full-width one
  // (ゼヒ in a formal post) only lowers the score a little (weak: not levity on its own).
  if (KATAKANA_NATIVE_GATE.test(t)) {
    const found: Span[] = []
    KATAKANA_NATIVE.lastIndex = 0
    for (let m = KATAKANA_NATIVE.exec(t); m; m = KATAKANA_NATIVE.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      const s = doc.fromNorm(m.index, m.index + m[0].length)
      if (signals.some((x) => (x.kind === 'slang' || x.kind === 'laughter') && x.start < s.end && s.start < x.end)) continue
      found.push(s)
    }
    const strong = found.length >= 2 || found.some((s) => HALF_WIDTH_KANA.test(raw.slice(s.start, s.end)))
    for (const s of found) {
      const fix = katakanaNativeFix(raw.slice(s.start, s.end))
      const label = KATAKANA_NATIVE_LABEL
      signals.push(strong ? { kind: 'slang', weight: WEIGHT.slang, fix, label, ...s } : { kind: 'slang', weight: WEIGHT.slang / 2, fix, weak: true, label, ...s })
    }
  }
  // Katakana words written apart (ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ): the squeezed view joins them into one run, so read them one by one.
  if (chars.spacedKatakana) {
    const words = katakanaSlang(doc.policy.words.slang)
    TOKEN.lastIndex = 0
    for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) {
      const token = m[0]
      const w = words.find(([x]) => token.startsWith(x))?.[1]
      if (w === undefined) continue
      const a = m.index
      const b = a + m[0].length
      const start = norm.start[a]!
      if (signals.some((x) => x.kind === 'slang' && x.start <= start && x.end > start)) continue
      signals.push({ kind: 'slang', weight: WEIGHT.slang, fix: SLANG_FIX[w] ?? '標準的な言葉に言い換える', start, end: norm.end[b - 1]! })
    }
  }
  // Blind R98A-125: an account's handle or a link is a name, not the writer's voice (@kusa_boubou, @www_yng, …/kusa/): a signal
  // that starts inside one is dropped. (Norm-level patterns already read the text with URLs blanked; word-list hits and
  // handles are not blanked there.)
  const names = nameSpans(raw, doc.urls)
  if (names.length > 0) {
    let w = 0
    for (const x of signals) if (!names.some((n) => x.start >= n.start && x.start < n.end)) signals[w++] = x
    signals.length = w
  }
  signals.sort((a, b) => a.start - b.start || b.end - a.end || PRIORITY[a.kind] - PRIORITY[b.kind])
  // One expression, one signal: an ending inside a slang hit (っす) or the same span twice.
  const kept: ToneSignal[] = []
  for (const s of signals) {
    const prev = kept[kept.length - 1]
    // Overlapping signals (‼️ is an emoji and two ！, っす is slang and an ending): the first and longest one.
    if (prev && s.start < prev.end) {
      if (PRIORITY[s.kind] < PRIORITY[prev.kind]) kept[kept.length - 1] = s
      continue
    }
    kept.push(s)
  }
  const weights = new Float64Array(KINDS.length)
  let plain = 0
  // Every signal weighs (っす is slang and an ending); only one of overlapping ones is shown.
  for (const s of signals) {
    if (s.plain) plain += s.weight
    else weights[KIND_INDEX[s.kind]]! += s.weight
  }
  const tragedy = doc.hits('tragedy').find((h) => !h.mention && !supposed(sq, h.start, h.end) && !inWorkTitle(sq, h.start, h.end) && !(quotesSq.length > 0 && (callerLine(sq, quotesSq, h.start) || callScript(sq, quotesSq, h.start))))
  let mis: RegExpExecArray | null = null
  if (normMay.includes(N_MISFORTUNE) && MISFORTUNE.test(t)) {
    MISFORTUNES.lastIndex = 0
    for (let m = MISFORTUNES.exec(t); m; m = MISFORTUNES.exec(t)) {
      if (quotesNorm.length > 0 && (callerLine(t, quotesNorm, m.index) || callScript(t, quotesNorm, m.index))) continue
      if (!supposed(t, m.index, m.index + m[0].length)) {
        mis = m
        break
      }
    }
  }
  let evacuation: Span | null = null
  if (t.includes('避難')) {
    EVACUATION.lastIndex = 0
    for (let m = EVACUATION.exec(t); m; m = EVACUATION.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      if (supposed(t, m.index, m.index + m[0].length)) continue
      evacuation = { start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! }
      break
    }
  }
  let halted: Span | null = null
  const lazing: Span[] = []
  if (mis === null && HALT_WORD.test(t)) {
    HALTED.lastIndex = 0
    for (let m = HALTED.exec(t); m; m = HALTED.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      if (supposed(t, m.index, m.index + m[0].length)) continue
      halted = { start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! }
      break
    }
  }
  const laughedOff: Span[] = []
  if (t.includes('笑')) {
    LAUGHED_OFF.lastIndex = 0
    for (let m = LAUGHED_OFF.exec(t); m; m = LAUGHED_OFF.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      laughedOff.push({ start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! })
    }
  }
  if (LAZE_WORD.test(t)) {
    LAZING.lastIndex = 0
    for (let m = LAZING.exec(t); m; m = LAZING.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      lazing.push({ start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! })
    }
  }
  let apology: Span | null = null
  const lightApology: Span[] = []
  if (normMay.includes(N_APOLOGY) && APOLOGY.test(t)) {
    GRAVE.lastIndex = 0
    for (let m = GRAVE.exec(t); m; m = GRAVE.exec(t)) {
      if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
      if (supposed(t, m.index, m.index + m[0].length)) continue
      apology = { start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! }
      break
    }
    if (!apology) {
      // The writer's own distress in the apology: the apology itself is the serious topic named.
      DISTRESS.lastIndex = 0
      for (let m = DISTRESS.exec(t); m; m = DISTRESS.exec(t)) {
        if (quotesNorm.length > 0 && inRanges(quotesNorm, m.index)) continue
        const sorry = APOLOGY.exec(t)!
        apology = { start: norm.start[sorry.index]!, end: norm.end[sorry.index + sorry[0].length - 1]! }
        break
      }
    }
    if (apology) {
      LIGHT_APOLOGY.lastIndex = 0
      for (let m = LIGHT_APOLOGY.exec(t); m; m = LIGHT_APOLOGY.exec(t)) lightApology.push({ start: norm.start[m.index]!, end: norm.end[m.index + m[0].length - 1]! })
    }
  }
  return {
    apology,
    lightApology,
    signals: kept,
    weights,
    sentences,
    casual: kept.some((s) => !s.plain && STRONG.has(s.kind)),
    plainVoice: kept.some((s) => s.voice === true),
    plain,
    dearu: sqMay.includes(S_DEARU) && DEARU.test(sq),
    written:
      // A diary's voice (きれいだった。, 楽しかった。) beside one courtesy of written 常体 (あとでお知らせする。) stays a diary:
      // the written endings alone make a paragraph written 常体 only without such a voice.
      (sqMay.includes(S_WRITTEN) && WRITTEN.test(sq) && !kept.some((s) => s.voice === true)) ||
      (sqMay.includes(S_REPORT) && isReport(sq)) ||
      (sqMay.includes(S_OFFICIAL) && WRITTEN_OFFICIAL.test(sq)) ||
      ((endingCounts.report >= 2 || (endingCounts.report + endingCounts.reportPast >= 2 && countsThings(sq))) && !kept.some((s) => s.voice === true)),
    letters: chars.letters,
    polite: normMay.includes(N_POLITE) && POLITE.test(t),
    tragedy: tragedy ? doc.fromSqueezed(tragedy.start, tragedy.end) : null,
    misfortune: mis ? { start: norm.start[mis.index]!, end: norm.end[mis.index + mis[0].length - 1]! } : null,
    urgent: tragedy !== undefined || mis !== null ? URGENT.test(t) : false,
    evacuation,
    halted,
    lazing,
    laughedOff,
  }
}

/** Kinds of signal that make a text casual on their own (not emoji or ！ alone). */
const STRONG: ReadonlySet<ToneSignal['kind']> = new Set(['ending', 'dialect', 'slang', 'laughter', 'kaomoji'])

/** Scratch sums per kind for `toneScoreOf` (typed: the sums are summed on every keystroke). */
const PER_KIND = new Float64Array(KINDS.length)

/**
 * Formality score 1…5 of a post from its paragraphs' tone facts, or null when it is too short to judge.
 * The last result is remembered by the array's identity: pass a fresh array per check (the engine does).
 */
export function toneScoreOf(paragraphs: readonly ToneFacts[]): number | null {
  // A check asks twice for the same paragraphs (its summary, then the post-level judgement).
  if (paragraphs === lastScored) return lastScore
  const score = scoreOf(paragraphs)
  lastScored = paragraphs
  lastScore = score
  return score
}
/** The paragraphs last scored (by identity) and their score. */
let lastScored: readonly ToneFacts[] | null = null
let lastScore: number | null = null

/**
 * The running sums of `scoreOf` after each paragraph of the last post summed (`sums.at`), so the next post re-sums only
 * from its first paragraph that is not the same object (typing changes one paragraph; the ones before it keep their
 * facts objects). The sums are taken in the same order either way: the score is exactly the one summed from scratch.
 * Layout per paragraph: SUM_FIELDS fields, then one per kind.
 */
const SUM_FIELDS = 8
const sums = {
  paragraphs: [] as ToneFacts[],
  at: new Float64Array(0),
}

function scoreOf(paragraphs: readonly ToneFacts[]): number | null {
  const width = SUM_FIELDS + KINDS.length
  // The first paragraph that differs from the last post's.
  const known = sums.paragraphs
  let from = 0
  while (from < paragraphs.length && from < known.length && paragraphs[from] === known[from]) from++
  if (sums.at.length < paragraphs.length * width) {
    const grown = new Float64Array(Math.max(paragraphs.length, 2 * (sums.at.length / width)) * width)
    grown.set(sums.at.subarray(0, from * width))
    sums.at = grown
  }
  const at = sums.at
  known.length = from
  let letters = 0
  let polite = false
  let dearu = false
  let written = false
  let plain = 0
  let casual = false
  let plainVoice = false
  let sentences = 0
  const perKind = PER_KIND
  if (from === 0) for (let k = 0; k < perKind.length; k++) perKind[k] = 0
  else {
    const o = (from - 1) * width
    letters = at[o]!
    polite = at[o + 1] === 1
    dearu = at[o + 2] === 1
    written = at[o + 3] === 1
    plain = at[o + 4]!
    casual = at[o + 5] === 1
    plainVoice = at[o + 6] === 1
    sentences = at[o + 7]!
    for (let k = 0; k < perKind.length; k++) perKind[k] = at[o + SUM_FIELDS + k]!
  }
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i]!
    letters += p.letters
    polite ||= p.polite
    dearu ||= p.dearu
    written ||= p.written
    plain += p.plain
    casual ||= p.casual
    plainVoice ||= p.plainVoice
    sentences += p.sentences
    for (let k = 0; k < KINDS.length; k++) perKind[k]! += p.weights[k]!
    const o = i * width
    at[o] = letters
    at[o + 1] = polite ? 1 : 0
    at[o + 2] = dearu ? 1 : 0
    at[o + 3] = written ? 1 : 0
    at[o + 4] = plain
    at[o + 5] = casual ? 1 : 0
    at[o + 6] = plainVoice ? 1 : 0
    at[o + 7] = sentences
    for (let k = 0; k < KINDS.length; k++) at[o + SUM_FIELDS + k] = perKind[k]!
    known.push(p)
  }
  if (letters < 4) return null
  // Plain endings are casual unless the post is written in である調, or in written 常体 with nothing casual in it.
  dearu ||= written && !casual
  if (!dearu) perKind[KIND_INDEX.ending]! += plain
  // Endings are the voice of the text: a post whose every sentence ends casually is casual, however short.
  const endings = perKind[KIND_INDEX.ending]! + perKind[KIND_INDEX.dialect]!
  if (sentences > 0) perKind[KIND_INDEX.ending] = Math.max(perKind[KIND_INDEX.ending]!, (ALL_CASUAL * endings) / sentences)
  let sum = 0
  for (let k = 0; k < perKind.length; k++) sum += Math.min(CAPS[k]!, perKind[k]!)
  if (letters > SCORE_WINDOW) sum *= SCORE_WINDOW / letters
  // No です・ます anywhere and casual wording: the whole post speaks casually.
  if (polite) sum -= 0.5
  else if (casual || (plainVoice && !dearu)) sum += 0.5
  return Math.round(Math.max(1, Math.min(5, 5 - Math.max(0, sum))) * 10) / 10
}

/** Careless next to a tragedy (事故, 訃報): any of these. */
const CARELESS: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang', 'exclaim', 'babytalk'])
/** Careless in an apology for a grave matter: levity and a casual voice (しまーす, ごめんね, ｗ, 😭). */
const APOLOGY_LEVITY: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang', 'exclaim', 'ending', 'dialect', 'babytalk'])
/** Careless next to a lesser misfortune (浸水, 救急搬送): levity only. */
const LEVITY: ReadonlySet<ToneSignal['kind']> = new Set(['laughter', 'kaomoji', 'slang'])

/** Signs of a chat voice in a sentence (`chatSentences`): with any other sign, one of these makes the sentence chat. */
const CHAT_VOICE: ReadonlySet<ToneSignal['kind']> = new Set(['ending', 'dialect', 'slang', 'laughter', 'kaomoji', 'elongation'])
function seriousEmoji(cp: number): boolean {
  return SERIOUS_EMOJI.has(cp) || WARNING_EMOJI.has(cp)
}
/** The signals (post offsets, in order) of the sentences said in chat: a chat voice and a sign of another kind in one sentence. */
function chatSentences(text: string, signals: readonly ToneSignal[]): ToneSignal[] {
  const out: ToneSignal[] = []
  for (let i = 0; i < signals.length; ) {
    const sen = sentenceOf(text, signals[i]!.start, signals[i]!.end)
    let j = i
    while (j < signals.length && signals[j]!.start < sen.end) j++
    const kinds = new Set(signals.slice(i, j).map((s) => s.kind))
    if (kinds.size >= 2 && [...kinds].some((k) => CHAT_VOICE.has(k))) out.push(...signals.slice(i, j))
    i = j
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Stiffer than registered (blind R196I-028, R199A-007, R199A-050; team R10B-004, R10B-029): a soft account (registered 1 or 2)
// posting in the register of an official document — a notice (標記の件について、下記のとおり通知する。記 … 以上), a statute in its
// own words (…受けさせるよう努めなければならない。…受けるものとする。) or a letter of officialdom (本市におきましては、…関係各位に
// おかれましてはご高覧賜りますよう…). A stiff word alone is courtesy, not a document (謹んで新春のお慶びを申し上げます, 一度のご案内
// 申し上げます); the register takes two distinct markers of 公用文・文語 in the account's own voice — words inside 「」『』 are quoted
// (a law cited by name and article is the law's voice, not the account's) — and no soft voice anywhere in the post.

interface StiffMarker {
  /** Which marker: two distinct ones make the register. */
  key: string
  re: RegExp
  fix: (m: string) => string
}

/** The line 記 standing alone (the head of a 記書き), counted only with a later line 以上 standing alone (its close). */
const KI_LINE = /^[ \t\u3000]*記[ \t\u3000]*$/mu
const IJO_LINE = /^[ \t\u3000]*以上[ \t\u3000]*$/mu
const STIFF_MARKERS: readonly StiffMarker[] = [
  { key: 'hyoki', re: /標記の件/gu, fix: always('このことについて') },
  { key: 'kaki', re: /下記の(?:とおり|通り)(?:通知する|通知します|お知らせする)?/gu, fix: (m) => (/通知|お知らせ/u.test(m) ? '次のとおりお知らせします' : '次のとおり') },
  { key: 'monotosuru', re: /ものとする(?=[。\n]|$)/gu, fix: always('ことになっています') },
  { key: 'naranai', re: /(?:努めなければ|しなければ|せねば|なければ|ねば)ならない(?=[。\n]|$)/gu, fix: (m) => (m.startsWith('努め') ? '心がけてくださいね' : /^[しせ]/u.test(m) ? 'してくださいね' : 'ないといけませんね') },
  { key: 'okaremashite', re: /におかれましては/gu, fix: always('は') },
  { key: 'tamawaru', re: /賜り(?:ますよう|たく)/gu, fix: always('いただけるよう') },
  { key: 'kakui', re: /関係各位/gu, fix: always('みなさん') },
  { key: 'okimashite', re: /におきましては/gu, fix: always('では') },
  { key: 'ryochi', re: /ご了知/gu, fix: always('ご確認') },
  // Blind R204D-013 kind: a statute restated in its own words — an article cited as the ground (第5条第1項の規定により、) and a penal
  // clause (二十万円以下の罰金に処する。) — is the law's register, not the account's.
  { key: 'kitei', re: /(?<=(?:条|項|号))の規定により/gu, fix: always('で定められているとおり') },
  { key: 'shosuru', re: /(?<=(?:罰金|懲役|禁錮|禁固|拘禁刑|科料|拘留|刑))に処する(?=[。\n]|$)/gu, fix: always('が科されます') },
]
/**
 * A literal every marker kind holds (標記の件, 下記の, ならない, 以上 of a 記書き, である …): a post with none of them is read no
 * further, so a soft account's keystroke does not copy the whole post to blank its quotes.
 */
const STIFF_LITERALS = /標記の件|下記の|ものとする|ならない|におかれまして|賜り|関係各位|におきまして|ご了知|以上|である|の規定により|に処する/u
/** A sentence of the account's own ending in である (。 or the line's end): counted when most sentences so end. */
const DEARU_END = /である(?=[。\n]|$)/gu

/** The text with what is quoted in 「」『』 blanked (same length), so that a cited law or speech is not the account's voice. */
function unquoted(text: string): string {
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '「' || ch === '『') {
      depth++
      out += ch
    } else if ((ch === '」' || ch === '』') && depth > 0) {
      depth--
      out += ch
    } else out += depth > 0 ? (ch.length === 2 ? '　　' : '　') : ch
  }
  return out
}

/** The markers of document register in the account's own voice (post offsets), or none when fewer than two distinct kinds are there. */
export function stiffMarkers(text: string): Array<Span & { fix: string }> {
  if (!STIFF_LITERALS.test(text)) return []
  const own = unquoted(text)
  const found: Array<Span & { fix: string }> = []
  const keys = new Set<string>()
  for (const m of STIFF_MARKERS) {
    m.re.lastIndex = 0
    for (let x = m.re.exec(own); x; x = m.re.exec(own)) {
      keys.add(m.key)
      found.push({ start: x.index, end: x.index + x[0].length, fix: m.fix(x[0]) })
    }
  }
  const ki = KI_LINE.exec(own)
  if (ki) {
    const close = IJO_LINE.exec(own.slice(ki.index + ki[0].length))
    if (close) {
      keys.add('ki')
      const at = ki.index + ki[0].indexOf('記')
      found.push({ start: at, end: at + 1, fix: REMOVE })
    }
  }
  // である。 throughout: at least two sentences, and most of the account's sentences.
  const sentences = own.split(/[。\n]/u).filter((s) => s.trim().length > 0).length
  DEARU_END.lastIndex = 0
  const dearu: Array<Span & { fix: string }> = []
  for (let x = DEARU_END.exec(own); x; x = DEARU_END.exec(own)) dearu.push({ start: x.index, end: x.index + x[0].length, fix: 'です' })
  if (dearu.length >= 2 && dearu.length * 2 > sentences) {
    keys.add('dearu')
    found.push(...dearu)
  }
  if (keys.size < 2) return []
  return found.sort((a, b) => a.start - b.start).slice(0, 10)
}

/**
 * The rewrite of a flagged phrase as the head of a hint sentence: 「来てね」→「お越しください」のように for a replacement; for an
 * instruction in brackets (REMOVE, （削除するか、1〜2個までにする）) the instruction said of the phrase: 「草」は削除するなどして,
 * 「🥰」は削除するか、1〜2個までにするなどして.
 */
export function rewriteOf(excerpt: string, fix: string): string {
  const instruction = /^（(.+)）$/u.exec(fix)
  return instruction ? `「${excerpt}」は${instruction[1]}などして` : `「${excerpt}」→「${fix}」のように`
}

function scoreInWords(score: number): string {
  return `${LEVEL_JA[Math.max(1, Math.min(5, Math.round(score)))]}（${score}）`
}

export const tone: RuleFamily<ToneFacts> = {
  id: 'tone',
  meta,
  run: ({ doc }) => toneFactsOf(doc),
  summarise: (facts) => ({ toneScore: toneScoreOf(facts) }),
  post({ text, facts, spans, ctx, policy, emit: emitRaw }) {
    // Every finding says its rewrite as a sentence piece ({rewrite}): 「来てね」→「お越しください」のように, or, when the fix is to
    // delete (laughter, kaomoji, emoji), 「草」は削除するなどして — never a deletion written as a replacement (「草」→「（削除する）」).
    const emit: typeof emitRaw = (d) => {
      const fix = d.data?.fix
      emitRaw(fix === undefined ? d : { ...d, data: { ...d.data, rewrite: rewriteOf(text.slice(d.start, d.end), String(fix)) } })
    }
    const score = toneScoreOf(facts)
    const dearu = facts.some((f) => f.dearu) || (facts.some((f) => f.written) && !facts.some((f) => f.casual))
    /** Signals of the whole post in order (post offsets), at most `max`, optionally of some kinds only. */
    const signals = (max: number, kinds?: ReadonlySet<ToneSignal['kind']>, keep?: (s: ToneSignal, at: number) => boolean): ToneSignal[] => {
      const out: ToneSignal[] = []
      for (let p = 0; p < facts.length; p++) {
        for (const s of facts[p]!.signals) {
          if (out.length >= max) return out
          if (s.plain && dearu) continue
          if (kinds && !kinds.has(s.kind)) continue
          const at = spans[p]!.start
          if (keep && !keep(s, at)) continue
          out.push({ ...s, start: s.start + at, end: s.end + at })
        }
      }
      return out
    }
    // Laughter, kaomoji, slang and a friend's sign-off (ｗｗｗ, (^^), マジで, めっちゃ, おやすみ〜) never suit a stiff
    // account (4, 5), however polite the rest.
    const levity = (ctx.tone >= 4 && facts.some((f) => f.signals.some((s) => s.kind === 'laughter' || s.kind === 'kaomoji' || (s.kind === 'slang' && s.weak !== true) || s.levity === true || (ctx.tone >= 5 && s.levity5 === true)))) || facts.some((f) => f.signals.some((s) => s.crude === true))
    // Stiffer than registered: a soft account (1, 2) posting in the register of an official document, with no soft voice in it.
    if (ctx.tone <= 2 && facts.every((f) => f.signals.every((s) => s.plain === true))) {
      for (const s of stiffMarkers(text)) {
        emit({ rule: 'tone/too-stiff', start: s.start, end: s.end, data: { tone: ctx.tone, level: LEVEL_JA[ctx.tone]!, fix: s.fix } })
      }
    }
    if (score !== null && (score < ctx.tone - policy.tone.warnGap || levity)) {
      for (const s of signals(30)) {
        emit({
          rule: 'tone/too-casual',
          start: s.start,
          end: s.end,
          data: {
            kind: (s.label ?? KIND_JA[s.kind]),
            tone: ctx.tone,
            level: LEVEL_JA[ctx.tone]!,
            score: scoreInWords(score),
            // Flagged for its levity on a stiff account though the whole reads stiff enough: say that, not the score.
            judged: score !== null && score < ctx.tone - policy.tone.warnGap ? `この文章は${scoreInWords(score)}と判定されました。` : '笑い・顔文字・俗語・くだけたあいさつや話し言葉の文末は、この硬さのアカウントには合いません。',
            fix: s.fix,
          },
        })
      }
    }
    // Blind R189I-060 kind: in 災害時モード, a sentence said in chat (お水が出ないとピンチ〜😭 でもみんなで乗り切ろっ✊✨) inside a notice that is
    // otherwise stiff, on an account registered at 3 or stiffer: the post's score is diluted by the formal notice around it, but the sentence
    // itself speaks as a friend in an emergency. A chat sentence holds a casual voice (a casual ending, dialect, slang, laughter, a kaomoji or
    // a drawn-out word) with another sign of it; a serious or warning emoji (🚰, ⚠️) is no sign, and one emoji alone makes no chat.
    else if (ctx.emergency && ctx.tone >= 3) {
      const chat = chatSentences(text, signals(30, undefined, (s, at) => !s.plain && !(s.kind === 'emoji' && seriousEmoji(text.codePointAt(s.start + at) ?? 0))))
      for (const s of chat) {
        emit({
          rule: 'tone/too-casual',
          start: s.start,
          end: s.end,
          data: { kind: (s.label ?? KIND_JA[s.kind]), tone: ctx.tone, level: LEVEL_JA[ctx.tone]!, score: scoreInWords(score ?? ctx.tone), judged: '災害時の告知の中に、くだけた話し言葉の文が混じっています。', fix: s.kind === 'emoji' || s.kind === 'kaomoji' || s.kind === 'laughter' ? REMOVE : s.fix },
        })
      }
    }
    // 不謹慎: tragedy words with careless expression anywhere in the same post; lesser misfortunes with levity.
    // An apology for a grave matter made light (不祥事、ほんとすみませんでした😭 気をつけまーす！): levity in the paragraph of the apology.
    const sorry = facts.findIndex((f) => f.apology !== null)
    if (sorry >= 0 && facts.every((f) => f.tragedy === null)) {
      const grave = facts[sorry]!.apology!
      const at0 = spans[sorry]!.start
      const light: ToneSignal[] = facts[sorry]!.lightApology.map((x) => ({ kind: 'slang', weight: 0, fix: '申し訳ございません', start: x.start + at0, end: x.end + at0 }))
      const careless = light.concat(
        signals(10, APOLOGY_LEVITY, (s, at) => {
          if (at !== at0 || light.some((x) => x.start < s.end + at && x.end > s.start + at)) return false
          if (s.kind === 'emoji') {
            const cp = text.codePointAt(s.start + at) ?? 0
            // Blind KW-023 kind: 🙇 (a person bowing, any gender or skin) is the apology's own bow, not levity in it
            // (ご不快な思いをさせてしまい、ごめんなさい🙇); a light voice beside it (💦, しまーす, ほんと) stays careless.
            return !SERIOUS_EMOJI.has(cp) && !WARNING_EMOJI.has(cp) && cp !== BOW_EMOJI
          }
          return !s.plain
        }),
      )
      if (careless.length > 0) {
        for (const s of careless) {
          const fix = s.kind === 'emoji' || s.kind === 'kaomoji' || s.kind === 'laughter' ? REMOVE : s.kind === 'exclaim' ? '。' : s.fix
          emit({ rule: 'tone/insensitive', clause: '4(2)', start: s.start, end: s.end, data: { topic: text.slice(grave.start + at0, grave.end + at0), kind: (s.label ?? KIND_JA[s.kind]), fix } })
        }
        return
      }
    }
    let topic: Span | null = null
    let kinds = CARELESS
    let halting = false
    const strong = facts.findIndex((f) => f.tragedy !== null)
    if (strong >= 0) topic = { start: facts[strong]!.tragedy!.start + spans[strong]!.start, end: facts[strong]!.tragedy!.end + spans[strong]!.start }
    else {
      const weak = facts.findIndex((f) => f.misfortune !== null)
      // In 災害時モード, an evacuation is the misfortune (blind R174I-041).
      const fled = weak < 0 && ctx.emergency ? facts.findIndex((f) => f.evacuation !== null) : -1
      // Blind R185A-039: a stop for a weather disaster (大雨で…全便運休), weaker: only laughing faces among emoji.
      const stop = weak < 0 && fled < 0 ? facts.findIndex((f) => f.halted !== null) : -1
      if (weak < 0 && fled < 0 && stop < 0) return
      halting = stop >= 0
      const p = weak >= 0 ? weak : fled >= 0 ? fled : stop
      const span = weak >= 0 ? facts[weak]!.misfortune! : fled >= 0 ? facts[fled]!.evacuation! : facts[stop]!.halted!
      const at = spans[p]!.start
      topic = { start: span.start + at, end: span.end + at }
      kinds = LEVITY
    }
    const urgent = ctx.emergency || facts.some((f) => f.urgent)
    if (urgent) kinds = LEVITY
    const careless = signals(10, undefined, (s, at) => {
      if (s.kind === 'emoji') {
        const cp = text.codePointAt(s.start + at) ?? 0
        if (WARNING_EMOJI.has(cp) && urgent) return false
        // Blind R374X-053 kind: a warning sign proper (⚠️ ⛔ 🚫) draws the danger, never levity, even where no call to act is read
        // (…安全点検を行っています⚠️ under 【水の事故を防ぎましょう】); ❗ and ‼️ stay exclamation.
        if (WARNING_SIGN.has(cp)) return false
        if (halting) return LAUGHING_EMOJI.has(cp)
        // 🔥 in a call to prevent fire (発火事故が増えとるけん、気をつけて〜🔥): the hazard drawn, not hype.
        if (cp === FIRE_EMOJI && urgent && FIRE_HAZARD.test(text) && !DEATH.test(text)) return false
        // Blind R121A-133: a friendly face on the reassurance after a lesser misfortune told as made good (浸水した本はすべて入れ替え
        // 済みです。安心してご利用ください😊): the recovery is what it smiles at, not the flood. Not in the sentence that tells the
        // misfortune (図書館が浸水しました😊), not before the recovery is told, not after a death or a grave accident.
        if (strong < 0 && !urgent && reassuresAfterRecovery(text, topic!.start, s.start + at, cp)) return false
        // W20: a friendly face on a hopeful scene after a lesser misfortune (浸水被害を受けた商店街で、子どもたちが笑顔を見せてくれました😊).
        if (strong < 0 && !urgent && hopefulScene(text, topic!, s.start + at, cp)) return false
        return strong >= 0 && !urgent ? !SERIOUS_EMOJI.has(cp) : isJoyful(cp)
      }
      return kinds.has(s.kind)
    })
    // The harm laughed off (笑うしかない), wherever it stands in the post.
    for (let p = 0; p < facts.length && careless.length < 10; p++) {
      const at = spans[p]!.start
      for (const x of facts[p]!.laughedOff) {
        if (careless.some((s) => s.start < x.end + at && x.start + at < s.end)) continue
        careless.push({ kind: 'laughter', weight: 0, fix: REMOVE, start: x.start + at, end: x.end + at })
      }
    }
    // The day off made a treat (ゴロゴロ決定, お昼寝タイム), wherever it stands in the post.
    for (let p = 0; p < facts.length && careless.length < 10; p++) {
      const at = spans[p]!.start
      for (const x of facts[p]!.lazing) {
        if (careless.some((s) => s.start < x.end + at && x.start + at < s.end)) continue
        careless.push({ kind: 'slang', weight: 0, fix: REMOVE, start: x.start + at, end: x.end + at })
      }
    }
    careless.sort((a, b) => a.start - b.start)
    if (careless.length === 0) return
    for (const s of careless) {
      const fix = s.kind === 'emoji' || s.kind === 'kaomoji' || s.kind === 'laughter' ? REMOVE : s.kind === 'exclaim' ? '。' : s.fix
      emit({ rule: 'tone/insensitive', clause: '4(2)', start: s.start, end: s.end, data: { topic: text.slice(topic.start, topic.end), kind: (s.label ?? KIND_JA[s.kind]), fix } })
    }
  },
}
