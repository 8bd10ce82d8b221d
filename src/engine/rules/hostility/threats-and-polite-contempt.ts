/**
 * hostility — threats, exposure and contempt in polite dress.
 *
 * The kinds of rounds 9b–28: retribution promised (思い知らせてやる, 必ず後悔させます), told to brace themself, watched or filmed as a menace,
 * exposure threatened (ナンバーを控えてネットに晒します, 顔写真を撮ってこのアカウントで晒します), harm held over a wrongdoer (ただでは済みませんよ, 容赦しません), people denied
 * the right to live here or called 輩, surprise that anyone cannot understand, told never to come again, a sense said to be
 * lacking, mock envy at a misuse, people called a nuisance, the scolding imperative (いい加減にしろ), a critic's faculties called
 * defective, harm a person brings on themself said with contempt (自業自得, ざまあみろ), only the talk grown-up (文句だけは一人前), what they
 * have not paid held against them, mock sympathy and a fault praised as a talent, their station mocked (結構なご身分), harm said in
 * character, contempt in 官公庁文体 (一度ご自分の頭でお考えになってから), critics dismissed as outsiders, conduct called unsightly, romaji and
 * English insults.
 *
 * Stays clean: a sanction under an ordinance, event photos, ご容赦ください, a hazard told (台風が直撃すれば家屋はただでは済みません), an eligibility
 * (入居する資格がありません), 先輩 / 輩出, a safe journey home, a child's わがまま, advice to take care.
 *
 * Its phrases run where index.ts puts them in PHRASES (the check order: a phrase earlier in PHRASES holds its span first).
 *
 * Guideline: 5(3) 他者を誹謗中傷したり、攻撃的・挑発的な表現を用いない.
 */
import { sentenceOf, phrase, isMentionAt, isHiragana, isReportedSpeech } from '../../words'
import { foldString } from '../../text'
import type { Phrase } from './context'
import { ABUSE_REPORTED, AIMED, BEHAVING, COMPLAINED_H15, CONSEQUENCE, CRITIC, CRITIC43, CRITICISM, ELIGIBILITY, HARM_ENDINGS, HATE_TAUGHT, HAZARD, INSTEAD, INVITE, LEGIT_LEGAL, LOST_FOUND_OWNER, MISUSE, OFFENCE, OPINION, OWN_FAULT, PEOPLE, RECURRENCE, SELF, SHOW31, SYMPATHY, TAKEN_BACK, THANKS_H26, WRONGDOER33, aimedAtSomeone, foldAll, idleTaunt, lastEnd, notNoNeed, notOwnFault, notQuoted, notTeaching, ownWords, sentenceText, thingObject, twoBefore, withNext, withPrevious } from './context'

/** Review (rv58): the harm averted or the people thanked after a "because such people are here" (辞めずに, 荒れずに, 疲弊しがちな…支えられ). */
const BLAME_AVERTED_RV = /^(?:ず|ない|なく|せず|させず|しがち|がち)|ありがと|感謝|おかげ|お陰|支えられ|助かって|救われ|心強/u
/** Review (rv58): 〜を疑うような (act) は… in an appeal to all (やめましょう, 控えましょう, しないようにしましょう, 慎みましょう). */
const DOUBT_APPEAL_RV = /^ような[^。！？!?\n]{0,24}?(?:は|を|に|も)[、\s]?[^。！？!?\n]{0,16}?(?:ましょう|ないよう(?:に)?(?:心がけ|心掛け|気をつけ|気を付け|注意し)|ないことが大切|ない社会)/u
/** …with no one named before it in its sentence (毎回コメントされる方の品性を疑うような…). */
const DOUBT_TARGET_RV = /方|人|者|さん|様|さま|記者|議員|職員|連中|親|客/u
/**
 * Review (rv58): 出直してください is a jab only when the reader is told to prepare first (数字を見てから出直してください, 勉強してから)
 * or a critic is in the sentence or the one before; plain guidance for a full, closed or rained-off day, a missing document or an
 * opening hour (本日は満席のため、また別の日に出直してください, 書類をそろえてから出直してください) is none.
 */
const COME_BACK_PLAIN_RV = /晴れ|残念|申し訳|満席|定員|満員|満車|混雑|混み合|休館|休業|休み|閉館|受付時間|時間外|営業時間|開館時間|診療時間|雨|天候|天気|台風|荒天|売り切れ|完売|書類|不備|印鑑|本人確認|身分証|持ち物|お忘れ|予約|整理券|準備中|終了|工事|点検|故障|停電/u
function comeBackJab(sq: string, s: number, e: number): boolean {
  const prev = withPrevious(sq, s, e)
  if (COME_BACK_PLAIN_RV.test(prev) && !/文句|クレーム|いちゃもん|感情論|叩|勉強|調べ/u.test(prev)) return false
  return /(?:て|で)から[、\s]?(?:また|もう一度|改めて)?[、\s]?$/u.test(sq.slice(sentenceOf(sq, s, e).start, s)) || CRITIC.test(prev) || CRITIC43.test(prev)
}

/**
 * After an act named as a noun (…をさらすこと, ネットにさらす行為): the post calls it a harm or a wrong (も、いじめです, は犯罪になります, はやめましょう,
 * は許されません) — an awareness post listing what hurts, not a promise to do it. Not when it is said to be no wrong (違法ではない).
 */
const HARM_NAMED_AFTER = /^(?:こと|行為)?(?:は|も|や|など|なども|などは)[、,\s]?[^。！？!?\n]{0,20}?(?:いじめ|イジメ|犯罪|違法|違反|人権侵害|侵害|名誉毀損|名誉棄損|ハラスメント|加害|暴力|許され(?:ません|ない)|やめましょう|やめてください|やめよう|控えましょう|しては(?:いけ|なり)ません|してはいけない|絶対に(?:しない|しては|ダメ|だめ))/u
const NO_HARM_AFTER = /^[^。！？!?\n]{0,30}?(?:ではな|ではありません|じゃな|にはなら|にはなりません|になら(?:ない|ん)|ようが|ようと(?:も|構|かま)|だろうが|(?:て|で)も(?:構|かま)(?:わ|い))/u
function harmNamedAfter(after: string): boolean {
  return HARM_NAMED_AFTER.test(after) && !NO_HARM_AFTER.test(after)
}
/**
 * An act said in the plain form as a sentence of its own, then named a harm by the next sentence that points back at it
 * (…勝手に写真をさらす。これもネットいじめです, …晒す。これらはすべて人権侵害です): an awareness post listing what hurts.
 * `after` is the text right after the act's end mark.
 */
const POINTS_BACK = /^(?:これら|それら|これ|それ|どれ|いずれ)/u
function exposureNamedHarmNext(sq: string, s: number, e: number): boolean {
  const act = sq.slice(s, e)
  let k = e
  if (!/[。！!]$/u.test(act)) {
    if (!/^[。！!]/u.test(sq.slice(e, e + 1))) return false
    k = e + 1
  }
  if (!/(?:晒|さら)す[。！!]?$/u.test(act)) return false
  const after = sq.slice(k, k + 44)
  const m = POINTS_BACK.exec(after)
  return m !== null && harmNamedAfter(after.slice(m[0].length))
}
/** Someone at fault or a critic, the target of mock sympathy (本を返さない方、放置する方、苦情の電話をかけてくる方). */
const OFFENDER = /(?:[るうくすつぬむぶぐた]|ない|ず|ん)(?:方|人|連中|皆さん|皆様)(?:々|たち|達)?(?:、|は|って)|あなた|あんた|お前|おまえ|[@＠]|苦情|文句|クレーム|批判|ご意見|ご指摘|コメント/u
/** Romaji or English words around a romaji insult that make it one (anata baka desu ne, such a baka, kiero yo). */
const ROMAJI_CUE = /(?<![a-z])(?:anata|anta|omae|kimi|hontou|honto|hontoni|maji|mou|desu|da|dayo|yo|ne|na|jan|janai|yarou|mitai|such an?|you|you're|ur|be|so|lol|baka|bakayarou|aho|kiero|shine|shineyo|kuzu|kasu|uzai|kimoi|damare|urusai|kutabare|temee|kisama|boke|manuke|usero|fuzakenna|fuzakeruna|yurusan|yurusanai|yurusanzo)(?![a-z])/iu
function romajiInsult(sq: string, s: number, e: number): boolean {
  if (sq.slice(s, e) === sq.slice(s, e).toUpperCase()) return true
  const { start, end } = sentenceOf(sq, s, e)
  const rest = (sq.slice(start, s) + ' ' + sq.slice(e, end)).replace(/[@＠][A-Za-z0-9_]+/gu, '')
  if (!/[A-Za-z]{2}/u.test(rest)) return true
  return ROMAJI_CUE.test(sq.slice(Math.max(start, s - 14), s)) || ROMAJI_CUE.test(sq.slice(e, Math.min(end, e + 10)))
}
/** A wrongdoer named (犯人, いたずらした, ポイ捨てする方) and no care meant (見守り, 子どもたち, 応援): whom a "we are watching" is said to. */
function watchedWrongdoer(sq: string, s: number, e: number): boolean {
  const t = withPrevious(sq, s, e)
  return (OFFENCE.test(t) || /犯人|犯行|やつ|ヤツ|奴|お前|おまえ|あんた|連中|輩/u.test(t)) && !/見守|子ども|子供|こども|お子|児童|生徒|応援|成長|頑張|がんば|安全|健康|活躍|姿|ありがと|感謝|素敵|素晴らし|楽しむ|楽しん|守って|守る皆|守っていただ/u.test(t)
}
/** Round 41: rubbish that may be what is thrown in (ゴミ, 空き缶), and people who may be (子, 人, お前). */
const RUBBISH41_ALL = /ゴミ|ごみ|空き缶|吸い殻|タバコ|たばこ/gu
const VICTIM41_ALL = /子|人|奴|やつ|お前|おまえ|あなた|あんた|君|きみ|連中|者/gu
/**
 * Round 61: the same harm announced, promised or warned of, not only offered: the verb of purpose with going or coming
 * (沈めにいっちゃうけんね, 突き落としに行きますね, 引きずり込みに来るよ, 沈めに伺います) in any ending, and the plain or polite
 * form said as the end of the sentence (沈めるけんね☆, 沈めます💕, 突き落とすからな, 沈めちゃいますよ), the sentence-final
 * particles of any dialect after it (ね, よ, ぞ, けん, から, ばい, 〜). Not negated (沈めません), not a clause going on (沈める作業,
 * 沈めるなら, 沈めるから、), not the water or the current as the one that sinks (増水した川は大人でも簡単に沈めます).
 */
const HARM_GO = '(?:み|し)?に(?:行|い)(?:く|き(?:ます|ま[〜ー～~]?す|ましょう|たい)|っちゃ|った[るろ]|こう|こっ?か)|に(?:来|く)る|に(?:来|き)(?:ます|ちゃ)|に(?:伺|うかが)(?:う|い(?:ます)?)|に(?:参|まい)(?:る|ります)'
const HARM_FINAL = '(?:む|す|る|(?:み|し)?ます|(?:ん|し)?(?:ちゃ|じゃ)(?:う|います))(?=(?:けんね|けんな|けん|けえ|からね|からな|から|ばい|たい|ね|よ|ぞ|ぜ|わ|で|や|さ|っ|[〜ー～~]){0,4}(?:[。．.！!？?☆★♡♪…\\s]|\\p{Extended_Pictographic}|$))'
/** Round 61: a person as the topic or the object of an announced harm (悪口書いた人は, 言うもんは, あなたを), not one a thing goes to (人に). */
const VICTIM61_ALL = /(?:子|人|奴|やつ|お前|おまえ|あなた|あんた|君|きみ|連中|者|もん|たち|達|ども|ら)(?:は|を|が|も|って|なんか|ば)(?![ぁ-ゖ])/gu
/** Round 61: where the last thing named as a topic ends (浮き輪は人に向けて); -1 when none or when it names a person. */
function thingTopic(before: string): number {
  let at = -1
  for (const m of before.matchAll(/([ぁ-ゖァ-ヶー一-龠々]{1,6})(?:は|も)(?![ぁ-ゖ])/gu)) {
    at = /(?:子|人|奴|やつ|前|なた|んた|君|きみ|キミ|者|中|さん|くん|ちゃん|方|たち|達|ら|もん|ども)$/u.test(m[1] ?? '') ? -1 : m.index + m[0].length
  }
  return at
}
/** Whether a match ends in one of the round-58 endings (the harm said in character or offered), not announced. */
const HARM_ENDS = new RegExp(`(?:${HARM_ENDINGS})$`, 'u')
/** … said as what the water does (川は, 流れが, 増水した水路も): a hazard told, not a harm promised. */
const WATER_SUBJECT = /(?:川|河川|水|流れ|濁流|波|増水|洪水|大雨|深み|水路|掘割|お堀|堀|海|沼|池|泥)(?:は|が|も|って)/u
/** … the favour or the coy question, which may be aimed at someone named in the sentence before. */
const HARM_FAVOUR = /(?:あげ|上げ)(?:よう?っ?か|ましょうか|る)|ちゃおっ?か|じゃおっ?か|やろう?か|[ただ]ろか/u
/** Someone the harm may be aimed at (悪口言う子, 言った人, あなた, キミ), or the character speaking (ぼく, おいら). */
const PERSON58 = /子|人|奴|やつ|お前|おまえ|あなた|あんた|君|きみ|キミ|[@＠]|ぼく|僕|おいら|わし|オレ|俺|もん(?:は|が|ば)/u
/** Blind R296Y-026 kind: a group of residents addressed or talked about (学生さん, 若者, 若い人, 新社会人, 来てない方, 〜してる人たち). */
const OWN_FAULT_GROUP = /学生|若者|若い(?:人|方|子|世代|衆)|若手|新社会人|新入社員|就活生|受験生|生徒|(?:る|た|ない|てる|ている|てない)(?:方|人|子)(?:たち|達|々|ら)?|方々|人たち|連中|皆さん/u
/**
 * Blind R297H-021 kind: residents who owe the city money, named as such (納めていただけない方, 払わない人, 滞納している方, 未納の方):
 * the ones a menace in polite form is aimed at in a collection notice.
 */
const DEBTOR = /滞納|未納|(?:納め|納付し|払っ|支払っ|返済し|返し)(?:ていただけ|てもらえ|てくれ|て(?:い)?)(?:ない|ん|ず)|(?:納め|払わ|支払わ|納付し|返済し|返さ)(?:ない|ず|ん)(?:方|人|者|世帯|お宅|まま)/u
/** The sentence up to [s, e) and up to 60 characters before it (the wrongdoers addressed two sentences back: …業者へ。…。逃げられると思うなよ). */
function recentText(sq: string, s: number, e: number): string {
  return sq.slice(Math.max(0, sentenceOf(sq, s, e).start - 60), e)
}
/**
 * - Only the talk praised, in sarcasm, of a person or a group (毎回言うことだけは立派ですよね（笑）, 公約だけはご立派, 掛け声だけは一人前,
 *   理想ばかりご大層): a jab; not 立派に (言うことだけは立派に守る子どもたち: an adverb).
 */
const TALK_ONLY = '(?:言うこと|言う事|いうこと|ゆうこと|おっしゃること|仰ること|口にすること|掛け声|かけ声|お題目|公約|スローガン|理想|能書き|御託|ご託|演説|建前|きれいごと|綺麗事|キレイごと|うたい文句|謳い文句)(?:だけ|ばかり|ばっかり|ばっか)(?:は)?[、\\s]?(?:ご立派|立派|りっぱ|一人前|いっちょまえ|いっちょ前|一丁前|一流|超一流|達者|ご大層|大層|たいそう|勇ましい|勇ましか)(?!に)'

/**
 * Blind R376Z-052 kind: a critic's taste, smell or senses called defective as a retort (…って言ってる人、舌がおかしいんじゃないですか？,
 * 味覚が鈍いのではないですか). Not a reader's own check on a symptom (味覚がおかしいのでは？と感じたら, 嗅覚が弱いのではないかと心配な方は),
 * nor a sentence about health (亜鉛不足, 受診, 症状).
 */
const SELF_CHECK_SENSE = /^[？?]?[、\s]?(?:と(?:感じ|思|心配|不安|気に)|って(?:感じ|思|心配))/u
const SENSE_HEALTH = /受診|症状|障害|不足|病院|医師|医療|検査を|相談|感染|後遺症|加齢|健康/u
/** Blind R449A-043 kind: the "keen in one thing only" forms of the Round 61 phrase (…にだけはお詳しい, …だけはご熱心な). */
const KEEN_ONLY = /(?:詳しい|熱心な|得意な|ご執心の|敏感な|目ざとい|耳が早い|口うるさい|手厳しい|厳しい)$/u
/** …mock praise after it (大したものですね, さすがです, ご立派です, お見事, 恐れ入ります, 感心します). */
const MOCK_PRAISE = /大したもの|たいしたもの|大したもん|ご立派|さすが|流石|お見事|恐れ入|おそれい|感心(?:します|いたします|しました|させられ)|頭が下がり/u
/** …not a child, a specialist or a guide praised in earnest (虫のことにだけは詳しい子どもたち, 専門家, ガイド). */
const CHILD_OR_PRO = /子ども|子供|こども|お子|児童|生徒|園児|専門家|学芸員|ガイド|講師|先生|博士|職人|マニア|ファン/u
export const THREATS_AND_POLITE_CONTEMPT_PHRASES: Phrase[] = [
  // Retribution promised (それ相応の報いを受けさせます, 思い知らせてやる, 必ず後悔させます, 痛い目に遭わせたる, 突き止めて責任を
  // 取らせます; not 後悔させません, not a sanction by law: 条例に基づき過料を科します).
  {
    rule: 'hostility/threat',
    re: phrase('(?:報い|むくい|天罰|鉄槌|制裁|痛い目|地獄)(?:を|に)?(?:受けさせ|与え|下し|くだし|味わわせ|見せ|遭わせ|あわせ|見させ)(?:ます|てやる|てやります|たる|ちゃる|る(?:ぞ|から|けん|からな|(?=[。！!]|$)))|思い知らせ(?:ます|てやる|てやります|たる|ちゃる|る(?:ぞ|から|けん|からな|(?=[。！!]|$)))|後悔させ(?:ます(?!ん)|てやる|てやります|たる|ちゃる|る(?:ぞ|から|けん|からな))|(?:償わ|落とし前をつけさ)せ(?:ます|てやる|たる|る(?:ぞ|から|けん|(?=[。！!]|$)))|けじめ(?:を|は)?(?:つけさせ|付けさせ)(?:ます|てやる|たる|る(?:ぞ|から|けん))|落とし前(?:を|は)?(?:つけて|付けて)(?:もらい(?:ます|ましょう)|もらう(?:ぞ|から|けん|で)|いただきます)|(?:ただ|只|タダ)(?:では|じゃ|で)(?:おか|置か)(?:ない|ん|ねえ|へん|ぬ)(?:ぞ|からな|からね|から|けんな|けんね|けん|で|よ)?(?![ぁ-ゖ])|(?:ただ|只|タダ)(?:では|じゃ)(?:おき|置き)ません|(?:報復|仕返し|倍返し)(?:を|は)?(?:させていただき|いたし|し)(?:ます|てやる|たる)|(?:突き止め|特定し|見つけ出し|探し出し|捕まえ|あぶり出し)(?:て|た上で|次第)[、\\s]?[^。！？!?\\n]{0,20}?(?:相応|しかるべき|然るべき|それなり|きっちり|きっちりと|必ず)(?:の)?(?:報い|償い|責任|代償|罰)(?:を)?(?:受けさせ|取らせ|とらせ|払わせ|負わせ)'),
    need: foldAll(['報い', 'むくい', '天罰', '鉄槌', '制裁', '痛い目', '地獄', '思い知らせ', '後悔させ', '償わせ', '落とし前', 'けじめ', 'ではおか', 'じゃおか', 'ではおき', 'ではおか', 'では置か', 'では置き', 'でおか', '報復', '仕返し', '倍返し', '受けさせ', '取らせ', 'とらせ', '払わせ', '負わせ']),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/ゲーム|映画|ドラマ|物語|昔話|民話|お話|絵本|劇|舞台|小説/u.test(sentenceText(sq, s, e)) && (!/おか|置か|おき|置き|けじめ|責任/u.test(sq.slice(s, e)) || WRONGDOER33.test(recentText(sq, s, e))),
  },
  // Told to brace themself, in the plain imperative, by someone addressed for what they do (暴れる連中へ。…覚悟して来い,
  // 覚悟しとけよ; not 激辛なので覚悟して来てね, a hardship told to a guest).
  {
    rule: 'hostility/threat',
    re: phrase('覚悟(?:して|しといて|しておいて)(?:来い|こい|おけ|おれ|ろ)(?:よ|や|な)?(?![ぁ-ゖ])|覚悟(?:しとけ|しておけ|せえ|せい|しときや|しとき)(?:よ|や|な)?(?![ぁ-ゖ])|覚悟(?:しておく|しとく|して来る|してくる)(?:ように|こと)(?=[。！!]|$)|(?:逃げられる|逃げ切れる|逃げきれる|隠れられる|隠し通せる|ごまかせる|誤魔化せる|言い逃れできる|バレない|ばれない)と(?:でも)?(?:(?:思う|思っ)(?:な(?:よ)?(?![ぁ-ゖ])|んな|たら大間違い|ているなら|てるなら|とるなら)|思わないで(?:ください|下さい|くださいね|くれ|ね|よ)?(?![ぁ-ゖ]))'),
    need: ['覚悟', '思うな', '思うんな', '思ったら大間違い', '思っているなら', '思ってるなら', '思っとるなら', '思わないで'],
    instead: INSTEAD.threat,
    // Blind R297H-021 kind: the same menace in polite form aimed at residents who owe the city money (納めていただけない方のお宅には、
    // 夜でも休日でも職員が伺います。逃げ切れると思わないでください): the debtors are the wrongdoers addressed, and 思わないで is the
    // imperative made polite. Not a danger warned of (熱中症から逃げられると思わないでください: no one addressed for what they do).
    keep: (sq, s, e) =>
      notQuoted(sq, s, e) &&
      (WRONGDOER33.test(recentText(sq, s, e)) || DEBTOR.test(recentText(sq, s, e))),
  },
  // Watched or filmed, told as a menace to wrongdoers (全部撮影しているから、覚悟して来い, ばっちり録画しとるけん楽しみにしとけ;
  // not a notice: 防犯カメラで録画していますので、不法投棄はおやめください).
  {
    rule: 'hostility/threat',
    re: phrase('(?:撮影|録画|撮っ|録音|記録|監視|見張っ)(?:し)?(?:て|と)(?:い|お)?(?:る|ます|ります|る)?(?:から|けん|ので|んで)(?:な|ね)?[、\\s]?[^。！？!?\\n]{0,8}?(?:覚悟|楽しみに|首を洗|震えて|覚えとけ|覚えておけ|覚えてろ|逃げられると思|逃げ切れると思|ただで)'),
    need: ['覚悟', '楽しみに', '首を洗', '震えて', '覚えと', '覚えてお', '覚えてろ', '逃げられると思', '逃げ切れると思', 'ただで'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && WRONGDOER33.test(recentText(sq, s, e)),
  },
  // Round 28: exposure threatened (ナンバーを控えてネットに晒しますからね, 次は容赦しません); mock deference to a critic's
  // knowledge with a laugh (さすが、よくご存じで（笑）); a critic dared to say it again after harm (子どもがけがをしても同じことを
  // 言えるんでしょうかね？).
  {
    rule: 'hostility/threat',
    re: phrase('(?:ネット|SNS|ツイッター|インスタ|ホームページ|掲示板)(?:に|で|上で)[^。！？!?\\n]{0,8}?(?:晒し|さらし|晒す|さらす)(?:ます|ますから|ますよ|てやる|ちゃう|ちゃいます)?|(?:次は|今度は|次回は)容赦(?:しません|しない|せん)'),
    need: ['ねつと', 'sns', 'ついつたー', 'いんすた', 'ほーむぺーじ', '掲示板', '容赦'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/(?:しないで|しないよう|ご注意|気をつけ|犯罪|被害|相談)/u.test(sentenceText(sq, s, e)) && !harmNamedAfter(sq.slice(e, e + 44)) && !exposureNamedHarmNext(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('さすが[、,]?(?:よく|良く)?(?:ご存じ|ご存知|お詳しい|お分かり)(?:で|ですね|ですこと)?[^。！？!?\\n]{0,4}?(?:[（(]笑[)）]|笑|[wｗ]+|😂|🤣)'),
    need: ['さすが'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ても|でも)[、,]?(?:同じ|そんな|同様の)?こと(?:を|が)?(?:言え|おっしゃれ|いえ)(?:る|ます)(?:ん|の)?(?:でしょう|でしょ|だろう|ですか)(?:かね|か|ね)?[？?]?'),
    need: ['こと'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // Round 27: spite imputed to a critic (落ちた腹いせに市を叩くのはやめてもらえますか), mock admiration of what the critic could do (さぞかし立派なアプリをお作りになれるのでしょうね), and the fault laid on the
  // reader with a shrug (期限さえ守っていれば、結果は違ったかもしれませんけどね).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:腹いせ|はらいせ|逆恨み|八つ当たり|やつあたり|憂さ晴らし|うさ晴らし)(?:に|で)[^。！？!?\\n]{0,24}?(?:のは|は|とか)?[、,]?(?:やめ|お止め|おやめ|控え|いかがな|どうか)'),
    need: ['腹いせ', 'はらいせ', '逆恨み', '八つ当たり', 'やつあたり', '憂さ晴らし', 'うさ晴らし'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さぞかし|さぞや|さぞ)[^。！？!?\\n]{0,24}?(?:立派|すごい|素晴らしい|すばらしい|見事|ご立派|優秀)[^。！？!?\\n]{0,24}?(?:でしょうね|んでしょうね|のでしょうね|でしょうな|だろうね|ことでしょう)'),
    need: ['さぞ'],
    instead: INSTEAD.polite,
    // Said to a critic (ご意見, 使えないと断言できる方なら), not praise of a team's training.
    keep: (sq, s, e) => notQuoted(sq, s, e) && /ご意見|ご指摘|批判|文句|断言|おっしゃ|仰|(?:言う|いう|できる|な)方(?:なら|は|が)/u.test(sq),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さえ|すら|だけでも)[^。！？!?\\n]{0,10}?(?:守って|読んで|確認して|見て|出して|聞いて|調べて)(?:い)?(?:れば|たら|いただければ|いただけていれば)[、,]?[^。！？!?\\n]{0,16}?(?:違った|変わった|よかった|防げた|済んだ)(?:かも(?:しれません|しれない|ね)?|でしょう|のに|んですが|はず)(?:けどね|がね|けど|けれどね|ね)'),
    need: ['さえ', 'すら', 'だけでも'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // --- Round 19 kinds (two new writers, written like the shared dev set) ---
  // Round 19: told never to come near again, as a wish (二度と柳川に来ないでほしい, もう顔を見せんでほしか; 二度と…ないで
  // ください: below; not a wish that an accident never happen again: 二度とこのような事故が起きないでほしい).
  {
    rule: 'hostility/curse',
    re: phrase('(?:もう|二度と)[^。！？\\n]{0,12}?(?:来|こ|顔を見せ|顔を出さ|姿を見せ|住ま|近寄ら|近づか|立ち寄ら)(?:ないで|んで|んといて)(?:ほしい|欲しい|もらいたい|いただきたい|頂きたい|ほしか|ほしいです|欲しいです)'),
    need: ['もう', '二度と'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notNoNeed(sq, s, e) && notQuoted(sq, s, e),
  },
  // Round 19: surprise that anyone cannot understand (ご理解いただけない方がいるとは驚きです, これが読めん人がおるとか
  // 信じられん; not 知らない方が多いとは驚きでした, a survey told).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:理解でき|理解され|ご理解いただけ|ご理解になれ|お分かりになら|お分かりいただけ|分から|わから|読め|よめ|守れ)(?:ない|ん|へん)(?:方|人|大人|方々|人たち|お方)(?:が|も)[、\\s]*(?:まだ)?(?:いる|いらっしゃる|おられる|おる|多い|おらす)(?:とは|なんて|とか|って)[、\\s]*(?:驚き|驚いて|驚かされ|驚きを|びっくり|信じられ|信じがた|呆れ|あきれ|情けな|嘆かわし|衝撃)'),
    need: ['驚', 'びつくり', '信じ', '呆れ', 'あきれ', '情けな', '嘆かわし', '衝撃'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/アンケート|調査|結果|割合|パーセント|％|%/u.test(sentenceText(sq, s, e)),
  },
  // Told never to come again, with the place or without (二度と来なくて結構です, もう柳川に来んでよか, もう住まんでよかです):
  // a curse whoever it is said to; first, before the general 嫌なら来なくて結構 (a warning) and moved up from the round 9 kinds (not when coming is no longer needed: オンライン申請でもう窓口に来なくてよくなりました).
  {
    rule: 'hostility/curse',
    re: phrase('(?:もう|二度と)[^。！？\\n]{0,12}?(?:来|こ|住ま|いらっしゃら)(?:れ)?(?:ん|なく)(?:で|て)(?:も)?(?:よか|いい|良い|よい|ええ|結構|けっこう|構いません|かまいません)'),
    instead: INSTEAD.curse,
    keep: notNoNeed,
  },
  // Harm held over someone who did wrong, as "you won't get off lightly": 次に同じことをしたら、ただでは済みませんよ,
  // ただでは済まないからな, 只では済まんぞ (ただじゃ済まない, ただで済むと思うな: below); not a hazard told (台風が直撃すれば
  // 古い家屋はただでは済みません).
  {
    rule: 'hostility/threat',
    re: phrase('(?:ただ|只|タダ)(?:で|じゃ)(?:は)?(?:済|す)(?:み(?:ません|ませんよ|ませんからね|ませんので)|まな(?:い|いぞ|いよ|いから|いですよ|かろう)|まん(?:ぞ|けん|ばい|よ|で)?|まねえ|まへん|まされ(?:ない|ません)|ませ(?:ない|ません)|まさ(?:ん|ない|ねえ|へん|ぬ)|むと(?:は)?(?:思わ|おもわ|お思い(?:にならない|です)))'),
    need: ['ただで', 'ただじや', '只で', '只じや'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && !HAZARD.test(t) && (RECURRENCE.test(t) || CONSEQUENCE.test(t) || OFFENCE.test(t) || PEOPLE.test(t))
    },
  },
  // … or the matter not let rest: 今回の件、このままでは済ませませんからね, このまま済むと思わんでね (not このままでは済まない
  // 問題, an issue told).
  {
    rule: 'hostility/threat',
    re: phrase('このまま(?:では|で|じゃ)?(?:済ませ|すませ)(?:ません|ない|ん|へん|ねえ)(?!か(?!ら))|このまま(?:では|で|じゃ)?(?:済まさ|すまさ)(?:ない|ん|へん|ねえ)|このまま(?:で)?(?:済|す)むと(?:は)?(?:思|おも)(?:わ|う|っ|いま)'),
    need: ['このまま'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && !HAZARD.test(t) && (OFFENCE.test(t) || CONSEQUENCE.test(t) || /犯人|方へ|人へ|者へ|あの人|この人|あの方/u.test(t))
    },
  },
  // … or no mercy promised: 特定したら容赦しません, 次は容赦せんけんね, 容赦はいたしませんので (not ご容赦ください, an apology;
  // not a quiz or a match: 今年の問題は容赦しませんよ).
  {
    rule: 'hostility/threat',
    re: phrase('(?<![ご御])容赦(?:は|など)?(?:しません|しない|せん|せえへん|せえへんで|いたしません|いたさない|しねえ|しねー|なしで(?:いき|やり)(?:ます|ますよ))'),
    need: ['容赦'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return notQuoted(sq, s, e) && !/クイズ|大会|試合|勝負|対戦|ゲーム|チーム|選手|問題は|難易度|暑さ|寒さ|日差し|紫外線/u.test(t) && (RECURRENCE.test(t) || OFFENCE.test(t) || /お前|おまえ|あなた|あんた|貴様|[@＠]|輩|連中|奴|やつ|犯人|特定/u.test(t))
    },
  },
  // People denied the right to live in the town or to do something, for what they did: 罠を壊すような輩は、この町に住む
  // 資格はありません, ケチをつける人にうなぎを食べる資格はない, お前に柳川市民を名乗る資格はなか (語る資格, 親の資格: below;
  // not an eligibility: 所得が基準を超える方は入居する資格がありません, 在留資格).
  {
    rule: 'hostility/insult',
    re: phrase('(?:町|まち|街|市|村|地域|地区|国|島|柳川|ここ|日本|土地)(?:に|で|には|では)(?:住む|住み続ける|暮らす|暮らし続ける|いる|居る|来る|おる|住まう|生きる|住んでいる|住んどる|住んでいい)資格(?:は|など|なんて|なんか|も)?(?:ない|無い|ありません|ございません|なし|ねえ|なか)|(?:市民|町民|村民|住民|県民|国民|柳川市民|柳川の人間)(?:を名乗る|と名乗る|でいる|として暮らす)資格(?:は|など|なんて|なんか|も)?(?:ない|無い|ありません|ございません|なし|ねえ|なか)|(?:市民|町民|村民|住民|県民|柳川市民|柳川の人間|柳川人)(?:を|と|とは)名乗(?:らないで|るな|らんで|らんといて)(?:ほしい|欲しい|ください|下さい|くれ|もらいたい|いただきたい)?'),
    need: ['資格', '名乗'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !ELIGIBILITY.test(withPrevious(sq, s, e)),
  },
  // People named 輩 for what they do (罠を勝手に壊すような輩, 心ない輩, ごみを捨てていく輩; not 先輩, 後輩, 吾輩).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<=[るたいなうくすつむぶぐずんのよ])輩(?:ども|たち|達|ら)?(?=[はがにをもの、。！!]|ばかり|ばっか|$)'),
    need: ['輩'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/^(?:我|吾|わが|我が)$/u.test(sq.slice(Math.max(0, s - 2), s)) && !/(?:我|吾)$/u.test(sq.slice(Math.max(0, s - 1), s)),
  },
  // --- Round 15 kinds (two new writers, written like the shared dev set) ---
  // People who do (or fail to do) something held in contempt by the writer's stance: 〜する人の気が知れない,
  // 〜しない方の神経を疑います, 正直、理解に苦しみます, 何を考えているんでしょうか (the people named in the sentence
  // or the one before; not 理解に苦しむとの声, not 気が知れた仲間, not the writer's own doubt about a plan).
  {
    rule: 'hostility/confrontational',
    re: phrase('理解に苦しみ(?:ます|ますね|ました)|理解に苦しむ(?:わ|ね|よ|な|ばい|けん)?(?=[。！!…\\n]|$)|理解(?:し|いたし)かね(?:ます|る)(?:ね|わ)?(?=[。！!…\\n]|$)|理解(?:しがた|し難)い(?:です|ですね|わ|ね)?(?=[。！!…\\n]|$)|気が(?:知れ|しれ)(?:ない|ません|ん|ねえ|ねー)|神経を(?:疑|うたが)(?:う|います|いたく|っ|わざる)|神経が(?:(?:分から|わから)(?:ない|ん)|(?:分かり|わかり)ません)|(?:何|なに|なん)(?:を|ば)?考え(?:て(?:いる|る|おられる|いらっしゃる|らっしゃる|おらす|ん)|と(?:る|ん))(?:ん|の|と)?(?:でしょう|だろう|やろ|ですか|かな|か(?=[？?])|(?<=[のん])(?=[？?]))'),
    instead: INSTEAD.polite,
    need: foldAll(['理解に苦し', '理解しかね', '理解いたしかね', '理解しがた', '理解し難', '気が知れ', '気がしれ', '神経を', '神経が', '考えて', '考えと']),
    keep: (sq, s, e) => isMentionAt(sq, s, e) || (ownWords(sq, s, e) && notOwnFault(sq, s, e) && BEHAVING.test(withPrevious(sq, s, e)) && !TAKEN_BACK.test(sq.slice(e, e + 40))),
  },
  // … or asked whether they lack a sense: 受けない人って、自分の体に興味がないんでしょうか, 守らない方は危機感が
  // ないのでしょうか, 並ばん人は常識がなかとやろか (a relative clause before the people; not 若い人は関心がないのでしょうか？ as
  // a survey's question, which has no behaviour before 人).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<=[るうくすつぬむぶぐたずんい])(?:人|者|方|連中|奴|やつ|輩|方々)(?:たち|達|ら)?(?:って|は|、)[、\\s]{0,3}[^。！？?\\n]{0,16}?(?:興味|関心|危機感|危機意識|自覚|常識|責任感|想像力|羞恥心|学習能力|当事者意識|良心|脳みそ|デリカシー)(?:が|も|は|って)?(?:ない|無い|ありません|ございません|なか|ねえ|ねー)(?:ん|の|と)?(?:でしょう|だろう|やろ|ですか|かな|か(?=[？?]))'),
    instead: INSTEAD.polite,
    need: foldAll(['興味', '関心', '危機感', '危機意識', '自覚', '常識', '責任感', '想像力', '羞恥心', '学習能力', '当事者意識', '良心', '脳みそ', 'デリカシー']),
    // Who they are (若い人, 詳しい方) is not what they do.
    keep: (sq, s, e) => ownWords(sq, s, e) && !TAKEN_BACK.test(sq.slice(e, e + 40)) && !/(?:若|新し|多|少な|詳し|優し|近|古|良|よ|広|高)い$/u.test(sq.slice(Math.max(0, s - 4), s)),
  },
  // A misuse answered with mock envy: 救急車をタクシー代わりに使えたら、さぞ便利でしょうね, 好きな日にごみを出せたら
  // そりゃ楽でしょうね, 窓口を託児所代わりにできたら楽でいいですよね (a misuse or a critic's words around it; not さぞお疲れ,
  // not スマホが保険証代わりになって便利です).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さぞ(?:かし|や)?|そりゃ(?:あ|ぁ|ー)?|そら(?:あ|ー)?)[、\\s]{0,3}(?:お|ご)?(?:便利|楽(?!し)|らく(?!し)|ラク|快適|気楽|お得|幸せ|楽ちん|気持ちいい|気持ちよい|気分がいい|満足|ご満悦|助かる|都合がいい|都合がよい|ご都合がよろしい)[^。！？\\n]{0,6}?(?:でしょう(?:ね|な|けど|けれど)|だろう(?:ね|な|けど)|やろ(?:う)?(?:ね|な|けど)|かろう|ことでしょう|ですよね)|(?:たら|れば|なら)[、\\s]{0,3}(?:楽|らく|ラク|便利|お得)で(?:いい|よろしい|結構)(?:です)?(?:よね|ですね|わね|ね|な)'),
    instead: INSTEAD.polite,
    need: foldAll(['さぞ', 'そりゃ', 'そら', '楽で', 'らくで', 'ラクで', '便利で', 'お得で']),
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return MISUSE.test(t) || (/^(?:さぞ|そりゃ|そら)/u.test(sq.slice(s, e)) && OPINION.test(t))
    },
  },
  // People called a nuisance: 窓口で逆ギレする人、本当に迷惑です, 路駐する連中はほんと迷惑, 夜中に騒ぐ客ははた迷惑やけん,
  // ルールを守らない人ほど迷惑な存在はない, …人。ほんと迷惑です (not 近隣の方のご迷惑になります, 迷惑駐車, 迷惑メール, 利用者の迷惑になる).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:人|者|方(?![式法針向面角策])|連中|奴|やつ|輩|客|利用者|ドライバー|観光客|クレーマー|親|保護者|若者|年寄り|持ち主|所有者|飼い主|住人|家主|地主|業者|店主|オーナー)(?:々|たち|達|ら|ども)?(?:、|は|って|とか|ほど)?[、\\s]{0,3}(?:本当に|ほんとに|ほんとうに|ほんと|マジで|まじで|正直|非常に|とても|すごく|心底|実に|まったく|全く|大変)?[、\\s]{0,3}(?:近所|ご近所|はた|傍|いい|大)?(?:迷惑|めいわく|メイワク)(?:です|である|だ(?=[。！!よねなw…\\n]|$)|でしかな|以外の何物|極まりな|この上な|千万|な(?:存在|人|奴|やつ|連中)|なん(?:です|だ|よ|や)|なの(?:です|よ|だ)|やけん|やね|ばい|たい|(?=[。！!w笑…\\n]|$))|(?:^|(?<=[。！？!?\\n]))[\\s]{0,3}(?:本当に|ほんとに|ほんとうに|ほんと|マジで|まじで|正直|心底|実に|はっきり言って|まったく|全く)[、\\s]{0,3}(?:いい|大|はた|傍)?迷惑(?:です|だ(?=[。！!よねなw…\\n]|$)|でしかな|極まりな|この上な|千万|なん(?:です|だ|よ|や)|やけん|ばい|たい|(?=[。！!w笑…\\n]|$))|迷惑な(?:人|客|連中|奴|やつ|輩|利用者|クレーマー)(?:たち|達|ばかり|ども)?(?:です|だ(?=[。！!よねなw…\\n]|$)|やね|ですね|ね|(?=[。！!w笑…\\n]|$))'),
    instead: INSTEAD.polite,
    need: foldAll(['迷惑', 'めいわく', 'メイワク']),
    keep: (sq, s, e) => {
      if (isMentionAt(sq, s, e)) return true
      if (!ownWords(sq, s, e) || !notOwnFault(sq, s, e)) return false
      const m = sq.slice(s, e)
      if (/^迷惑な/u.test(m)) return true
      if (/^[\s　]*(?:本当|ほんと|マジ|まじ|正直|心底|実に|はっきり|まったく|全く)/u.test(m)) return BEHAVING.test(withPrevious(sq, s, e))
      // The people are named by what they do (逆ギレする人, こういう客), not only by who they are (地域の人).
      return /^(?:クレーマー)/u.test(m) || isHiragana(sq[s - 1])
    },
  },
  // --- Round 14 kinds (two new writers, written like the shared dev set) ---
  // A complainer's speech called an animal's noise: 苦情の電話でわめいてる人, 窓口で喚き散らす客, ほざいてろ,
  // ぎゃーぎゃー騒ぐ連中, 負け犬の遠吠え (not a child crying: 泣きわめく子ども; not a dog: 吠える犬).
  {
    rule: 'hostility/insult',
    re: phrase('(?<![泣なぎ])(?:わめ|喚)(?:いて(?:る|いる|た|いた|くる|きた|こられる|おる|おられる|らっしゃる)|いと(?:る|った)|きよ(?:る|らす)|き(?:散ら|ちら|立て|たて)[さしすせ]|く)(?=[^。！？\\n]{0,6}?(?:人|奴|やつ|連中|客|方|クレーマー|おっさん|おじさん|おばさん|ジジイ|ババア|輩|アンチ))|(?<![ぁ-ゖ])ほざ(?:く|いて|いた|き|け|いとる|かれ|くな)|(?:ぎゃーぎゃー|ぎゃあぎゃあ|きゃんきゃん|きーきー|ぎゃんぎゃん|ごちゃごちゃ|がたがた)(?:と)?(?:騒|わめ|喚|言|うるさ|文句|吠え|ほえ|抜かし|ぬかし)|(?:吠え|ほえ)(?:て(?:る|いる|た|くる)|と(?:る|った)|よ(?:る|らす)|る)(?:人|奴|やつ|連中|クレーマー|アンチ|おっさん|おばさん|輩|方)|負け犬の遠吠え'),
    need: ['わめ', '喚', 'ほざ', 'ぎやーぎやー', 'ぎやあぎやあ', 'きやんきやん', 'きーきー', 'ぎやんぎやん', 'ごちやごちや', 'がたがた', '吠え', 'ほえ'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      if (/子|赤ちゃん|乳児|幼児|児童|生徒|(?<!負け)犬|猫|鳥|カラス|ペット|動物|イヤイヤ|夜泣き|車|窓(?!口)|扉|機械|エンジン/u.test(sentenceText(sq, s, e)) && !/負け犬/u.test(sq.slice(s, e))) return false
      if (/ほざ/u.test(sq.slice(s, e))) return true
      // A notice about disturbances (館内で大声でわめく人を見かけたら職員へ): describing, not abusing.
      if (/見かけ|お知らせ|通報|ご連絡|相談|職員へ|職員に|警察|防犯|対応マニュアル|研修/u.test(sentenceText(sq, s, e))) return false
      return AIMED.test(t) || /苦情|電話|窓口|文句|[@＠]/u.test(t)
    },
  },
  // The scolding imperative said to a person: 毎日わめいてる人、いい加減にしろ, 同じ苦情ばかりの方、いい加減にせえよ.
  {
    rule: 'hostility/insult',
    re: phrase('(?:いい|よか)加減に(?:しろ|せえ|せい|しやがれ|しとけ|せんか|せんね|しときや|しなっせ)(?=[よやねなぞわっつ]|[^ぁ-ゖ]|$)'),
    need: ['いい加減に', 'よか加減に'],
    instead: INSTEAD.insult,
    // …or shouted as a sentence of its own (いい加減にしろ。同じ質問を何回させる気だ).
    keep: (sq, s, e) => aimedAtSomeone(sq, s, e) || /苦情|電話|窓口|文句|[@＠]/u.test(withPrevious(sq, s, e)) || (/^$|[。！!？?\n]$/u.test(sq.slice(Math.max(0, s - 1), s)) && /^(?:[よやなぞ]?[。！!\s]|$)/u.test(sq.slice(e, e + 2)) && notQuoted(sq, s, e)),
  },
  // Round 42: the scolding imperative said as what the writer wants to tell them (運転手の皆さん、いい加減にしろと言いたいです,
  // 黙れと言ってやりたい, ふざけるなって叫びたいところです): the writer's own word, not a report (not 言いたくなる気持ち, not a quote
  // in a paragraph that teaches about such words).
  {
    rule: 'hostility/insult',
    re: phrase('(?:(?:いい|よか)加減に(?:しろ|せえ|せい|しやがれ|しとけ|せんか)|黙れ|だまれ|ふざけるな|ふざけんな|なめるな|なめんな|舐めるな)[よ！!]{0,2}[」』]?(?:と|って|っ?て)[、\\s]?(?:声を大にして|大声で|本当は|ほんとは|正直|一言)?[、\\s]?(?:言い|いい|叫び|怒鳴り|どなり|申し上げ|言ってやり|言うてやり|言ったり|言っちゃり|言ってあげ)たい(?=です|ところ|ぐらい|くらい|気分|わ|よ|[。！!…\\s]|$)'),
    need: ['加減に', '黙れ', 'だまれ', 'ふざけ', 'なめ', '舐め'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notTeaching(sq, s, e) && !ABUSE_REPORTED.test(sq),
  },
  {
    rule: 'hostility/curse',
    re: phrase('(?:消えろ|きえろ|失せろ|うせろ|くたばれ|死ね|しね|出ていけ|出て行け|出てけ)[よ！!]{0,2}[」』]?(?:と|って|っ?て)[、\\s]?(?:声を大にして|大声で|本当は|ほんとは|正直|一言)?[、\\s]?(?:言い|いい|叫び|怒鳴り|どなり|申し上げ|言ってやり|言うてやり|言ったり|言っちゃり)たい(?=です|ところ|ぐらい|くらい|気分|わ|よ|[。！!…\\s]|$)'),
    need: ['消えろ', 'きえろ', '失せろ', 'うせろ', 'くたばれ', '死ね', 'しね', '出ていけ', '出て行け', '出てけ'],
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notTeaching(sq, s, e) && !ABUSE_REPORTED.test(sq),
  },
  // Exposure promised: 顔写真を撮ってこのアカウントで晒します, 名前ネットに載せたるけん, 晒し者にしてやる,
  // Blind R255Q-053 kind: the workplace or home named as what will be exposed, on a condition, in any script (次に書き込んだら、勤め先
  // も含めて全部 ｻﾗｼﾏｽ: half-width kana are made whole and folded to さらします before matching; 勤務先もさらしますから).
  // お顔を当アカウントにて公開させていただきます (to those who misbehave; not event photos taken with consent).
  {
    rule: 'hostility/threat',
    re: phrase('(?:顔|素顔|名前|実名|氏名|ナンバー|写真|動画|映像|正体|個人情報|住所|身元|素性|人相|勤め先|勤務先|職場|勤務地|会社名|学校名|自宅|ご自宅)(?:を|は|も|ごと|ば|まで)?[^。！？\\n]{0,24}?(?:晒|さら)(?:し(?:ます|まし|ちゃ|たる|ちゃる|てやる|てやり|ていき|ていく|上げ|あげ|者)|す(?:から|けん|ぞ|ね|よ|ので|こと|つもり|予定|方針|しか|[。！!]|$)|させて(?:いただ|もら)|され(?:ること|ても|る覚悟))|(?:晒し者|さらし者|晒しもの|さらしもの)に(?:し|す|さ)|(?:晒し上げ|さらし上げ|晒しあげ|さらしあげ)(?:ます|る|て|たる|ちゃる)|公開処刑(?:し|す|に|だ|です)|(?:顔写真|顔|実名|名前|氏名|ナンバー|人相)(?:を|は|も|と|ごと|ば)?[^。！？\\n]{0,24}?(?:アカウント|sns|ネット|インスタ|ホームページ|掲示板|ツイッター|広報紙|広報誌)(?:で|に|上で|上に|へ|にて)[^。！？\\n]{0,8}?(?:公開|公表|掲載|拡散|アップ|載せ|のせ|上げ|あげ|流し|投稿)(?:し|さ|いたし|させていただき|させて)?(?:ます|する|ちゃう|たる|ちゃる|てやる|ていきます|るけん|るぞ|るからな|ますけん)'),
    need: ['晒', 'さら', '公開処刑', 'あかうんと', 'sns', 'ねつと', 'いんすた', 'ほーむ', '掲示板', 'ついつた', '広報'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const m = sq.slice(s, e)
      if (/日光|日差し|直射|風雨|雨風|水に|危険|寒風|外気|紫外線|空気|冷水/u.test(m)) return false
      const t = withPrevious(sq, s, e)
      // The exposure named as an act the post calls wrong (勝手に写真をさらすことも、いじめです / 晒すことは犯罪です): a mention.
      if (/こと$/u.test(m) && harmNamedAfter(sq.slice(e, e + 40))) return false
      if (exposureNamedHarmNext(sq, s, e)) return false
      // Blind R255Q-053: the exposure in katakana or half-width kana (ｻﾗｼﾏｽ → サラシマス on the squeezed view) is read folded.
      if (/(?:晒|さら|公開処刑)/u.test(foldString(m)) && !/アカウント|sns|SNS|ネット/u.test(m)) return true
      return /迷惑|違反|ポイ捨て|不法投棄|続け|守らない|守れない|守らん|守れん|やめない|やめん|悪質|犯人|マナー|勝手|いたずら|落書き|騒|二度と|お前|あんた|あなた|[@＠]/u.test(t)
        && !/同意|承諾|許可|受賞|入賞|当選|条例|法律|に基づ|勧告|命令|モザイク|ぼかし|ご本人|希望|応募|出演|撮影させ/u.test(t)
    },
  },
  // Told to do the least thing themself: ご自宅のポストくらいご自分で確認されてはいかがでしょうか, それぐらい自分で調べて,
  // その程度のこと、ご自身でお分かりになりませんか (not an amount: 1日10分くらい自分で歩いてみては; not a child's skill).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![0-9０-９一二三四五六七八九十百千万](?:分|秒|時間|日|日間|週|週間|か月|ヶ月|カ月|月|年|回|度|個|杯|歩|円|人|枚|本|件|キロ|km|m|メートル|ページ)?)(?<!少し|多少|ちょっと|ちょこっと)(?:それ|その|これ|この|あれ)?(?:くらい|ぐらい)(?:は|も)?[、\\s]*(?:ご自分|ご自身|自分|自身|自力)で[^。！？\\n]{0,16}?(?:(?:ては|たら|てみては|てみたら|れては|れたら)(?:いかが|どう|如何)|て(?:ください|下さい|くれ|ほしい|欲しい|もらえ|いただけ|いただきたい|ちょうだい|ね)|(?:いただけ|いただきたい|願え|願いたい|もらえ)(?:ます|ません|ない)?(?:か|[？?。])|(?<=[^て])(?:ください|下さい)|なさい|しろ|せえ|せんね|でき(?:る|ます)(?:でしょう|よね|やろ|だろ|じゃろ|と思いますが)|でき(?:ませんか|ないんですか|ないの|んと|んの))|(?:それ|その|これ|この|あれ)(?:くらい|ぐらい|程度)(?:の(?:こと|事))?(?:は|も|なら)?[、\\s]*(?:ご自分|ご自身|自分)?(?:で)?(?:お)?(?:調べ|確認|分か|わか|お分かり|理解|読め|読ん|知っ|想像|考え|判断)[^。！？\\n]{0,10}?(?:でしょう(?!か)|よね|だろ|やろ|じゃない|じゃん|ませんか|ないんですか|ないの|んと[？?]|[？?])'),
    need: ['くらい', 'ぐらい', '程度'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = sentenceText(sq, s, e)
      return !/ように|ようにな|子|児|生徒|学生|保護者|親子|高齢|シニア|介護|リハビリ|体操|健康|運動|練習|クイズ|問題|正解|答え|私|わたし|僕|ぼく/u.test(t) && notQuoted(sq, s, e)
    },
  },
  // A critic's faculties called defective, as a retort: 耳が悪いんじゃないですか？, 目がついてますか？, 頭は大丈夫ですか,
  // 目は節穴ですか (not care for those hard of hearing: 耳が遠い方は窓口でお知らせください). Blind R168A-006: 目 and 耳 as words of
  // their own or after a pronoun's の (not 書類に折り目がついていませんか？, 見た目).
  {
    rule: 'hostility/insult',
    re: phrase('(?:耳|目|頭|記憶力|理解力|読解力|視力|舌|味覚|(?<![一-龥々])鼻|嗅覚|感覚|神経)(?:が|は)?(?:悪い|おかしい|遠い|弱い|足りない|鈍い|狂って(?:る|いる))(?:ん|の)(?:じゃ|では)(?:ない|ありません|ねえ|なか)(?:です|でしょう)?(?:か|かな|の)?(?=[？?。！!\\s]|$)|(?:(?<![ぁ-ゖ一-龥々])|(?<=(?:あなた|あんた|お前|おまえ|きみ|君|ご自分|ご自身|その|そん)の?))(?:耳|目)(?:が|は)?(?:ついて|付いて)(?:い)?(?:ます|ません|ない|ん)(?:か|の)(?=[？?。！!\\s]|$)|(?:目|耳)(?:は|が)?(?:節穴|飾り)(?=です|なんです|でしょう|なの|か)|頭(?:は|が)?(?:大丈夫|だいじょうぶ)(?:です|でしょう)?か'),
    need: ['耳', '目', '頭', '記憶力', '理解力', '読解力', '視力', '舌', '味覚', '鼻', '嗅覚', '感覚', '神経'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !SELF_CHECK_SENSE.test(sq.slice(e, e + 12)) && !SENSE_HEALTH.test(sentenceText(sq, s, e)),
  },
  // Harm a person brings on themselves, said with contempt: 流されても自業自得です, ケガをしてもいい気味, ざまあみろ
  // (not a lesson that denies it: 依存症は自業自得ではありません).
  {
    rule: 'hostility/insult',
    re: phrase('(?:自業自得|いい気味|当然の報い|ざまあ(?:みろ|見ろ|みやがれ)?|ざまぁ)(?!では|じゃ|とは(?:言え|いえ)|ではな|と(?:言|い)われ|と思われ|と責め|と決めつけ)'),
    need: ['自業自得', 'いい気味', '当然の報い', 'ざまあ', 'ざまぁ'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/ではありません|ではない|じゃない|決してない|誤り|偏見|責めないで|責めず/u.test(withPrevious(sq, s, e)),
  },
  // Blind R296Y-026 kind: a group of residents told, as a rhetorical question, that their trouble is their own fault (説明会に来てない
  // なら自業自得では？ to 学生さん, 若者は自己責任でしょ, 準備しなかった方は当然では？): the city's voice turning people away, warn. Not a
  // denial (自業自得ではありません), not an offer of help (自業自得と言われがちな失敗も、相談してください), not said of no one.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:自業自得|自己責任|当然)(?:では|じゃ)(?:ない(?:です|でしょう)?(?:か|かね|の)|ないっすか|ね|ん)?[？?]|(?:自業自得|自己責任)(?:でしょ|だろ|やろ|じゃん|やん)(?:う)?(?:ね|よ|が)?(?=[？?。！!…\s]|$)'),
    need: ['自業自得', '自己責任', '当然'],
    instead: '相手の落ち度だと突き放さず、「説明会の録画も公開しています。就活の悩みはキャリア相談窓口へどうぞ」のように、次にできることを伝えてください',
    keep: (sq, s, e) =>
      notQuoted(sq, s, e) &&
      OWN_FAULT_GROUP.test(sq.slice(Math.max(sentenceOf(sq, s, e).start, s - 80), s)) &&
      !/相談|ご連絡|お問い合わせ|支援|サポート|力になり|とは限り|と言われ|と思われ|と責め|決めつけ|ではありません/u.test(sentenceText(sq, s, e)),
  },
  // A person's conduct called shameful as a verdict on them: 市のせいにするのは、正直みっともないと思いますよ, 〜なんて情けない
  // (not a reassurance: 相談するのは恥ずかしいことではありません).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:のは|なんて|とは)[、,]?(?:正直|本当に|実に|まったく|全く|ほんと|ほんとに)?[、,]?(?:みっともない|情けない|見苦しい|大人げない|恥ずかしい|みじめ|惨め)(?!こと(?:では|じゃ|は)|ことでは|もの(?:では|じゃ)|と思わ|と感じ|と思う必要|気持ち|思い|くない|くありません)'),
    need: ['みつともない', '情けない', '見苦しい', '大人げない', '恥ずかしい', 'みじめ', '惨め'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/ではありません|ではない|じゃない|ありません|必要はない|必要はありません/u.test(sq.slice(e, e + 20)),
  },
  // A condolence marked as read out flatly (大変でしたね（棒）, 素晴らしいですね(白目)): sarcasm at the reader.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<=[ぁ-ゖー！!])(?:（棒）|\\(棒\\)|（棒読み）|\\(棒読み\\)|（白目）|\\(白目\\))'),
    need: ['棒', '白目'],
    instead: INSTEAD.insult,
  },
  // The staff's hardship thrown at the reader: 助けに行く職員の身にもなれ, こっちの身にもなってみろ.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:職員|こっち|こちら|私たち|わたしたち|俺たち|僕たち|我々|われわれ|現場|担当者?)の身にも(?:なれ|なってみろ|なってみて(?:ください|ほしい)?|なって(?:ほしい|ください|もらいたい|くれ))'),
    need: ['身にも'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // People to be exterminated like vermin: 苦情の電話をかけてくる方々を駆除したい, ああいう連中は一掃すべき.
  {
    rule: 'hostility/insult',
    re: phrase('(?:方々|方たち|人たち|人達|人|連中|者|者ども|やつら|奴ら|輩|住民|市民|利用者|客)(?:を|も|は)(?:まとめて|全員|みんな)?(?:駆除|退治|一掃|処分|始末|殲滅|駆逐)(?:したい|してほしい|しろ|すべき|できれば|したら|してしまい|してやり)'),
    need: ['駆除', '退治', '一掃', '処分', '始末', '殲滅', '駆逐'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // Told to come back when better informed, or thanked for their trouble in mockery: 数字を見てから出直してください,
  // 感情論ばかりのご意見、毎回ご苦労さまです, まずは読んでから質問していただけますか (not an FAQ's 確認してからお問い合わせください).
  {
    rule: 'hostility/confrontational',
    re: phrase('出直して(?:きて|こい|来い|ください|下さい|いらっしゃい|こられ)|(?:感情論|文句|苦情|クレーム|批判|反対|言いがかり)(?:ばかり|ばっかり|だらけ)(?:の|で)[^。！？!?\\n]{0,12}?ご苦労(?:さま|様)|(?:まずは|まず|せめて|一度)[^。！？!?\\n]{0,20}?(?:読んで|見て|調べて|確認して|勉強して)から[^。！？!?\\n]{0,12}?(?:質問|ご質問|問い合わせ|お問い合わせ|ご意見|意見|発言|コメント|苦情|文句)(?:を|して|され)?[^。！？!?\\n]{0,6}?(?:いただけますか|もらえますか|くれますか|願えますか|いただけませんか|もらえませんか)'),
    need: ['出直して', 'ご苦労', 'から'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e) && (!/^出直して/u.test(sq.slice(s, e)) || comeBackJab(sq, s, e)),
  },
  // Told to do it themselves, after a complaint: それならご自分でスコップを持って手伝いに来られてはいかがでしょうか.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:それなら|でしたら|だったら|そんなに(?:言う|おっしゃる)(?:なら|のでしたら)|文句があるなら|ご不満なら|そこまで(?:言う|おっしゃる)なら)[、,]?(?:ぜひ)?(?:ご自分で|ご自身で|自分で|ご自身が|ご自分が)[^。！？!?\\n]{0,30}?(?:てはいかが|たらいかが|てみては(?:いかが|どう)|たらどう|てみたらどう|てください(?:よ|ね)|てみてください)'),
    need: ['自分で', '自身で', '自身が', '自分が'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // Only the talk is grown-up: 文句だけは一人前ですね, 権利の主張ばかりご立派, 要求だけはいっちょまえ.
  {
    rule: 'hostility/insult',
    re: phrase('(?:文句|態度|権利|要求|主張|注文|理屈|屁理屈|言い訳|不満|クレーム|要望|批判|苦情|悪口|文句を言う(?:の|こと))(?:だけ|ばかり|ばっかり|ばっか)(?:は)?[、\\s]*(?:一人前|いっちょまえ|いっちょ前|一丁前|人一倍|達者|ご立派|立派|えらそう|偉そう|一流|プロ級)'),
    need: ['一人前', 'いつちよ', '一丁前', '人一倍', '達者', '立派', 'えらそう', '偉そう', '一流', 'ぷろ級'],
    instead: INSTEAD.insult,
  },
  // What they have not paid held against them: 税金もろくに払っていないのに, 自治会費も納めとらん分際で, 税金一円も払ってないくせに.
  {
    rule: 'hostility/insult',
    re: phrase('(?:義務|務め)(?:も|すら|さえ|は|を)?(?:ろくに|まともに|何も|なにも|一つも)?(?:果たさ|果たして|果たせ)(?:ず|ない|ずに|ないで|てない|ていない|ん)(?:のに|くせに|で|に)?[、\\s]*(?:権利|文句|要求|主張|不満|注文)(?:だけ|ばかり|ばっかり|ばっか)|(?:税金|住民税|市民税|固定資産税|税|会費|自治会費|町内会費|料金|使用料|給食費|保育料|家賃|保険料)(?:の)?(?:一円|1円|１円)?(?:も|すら|さえ)[、\\s]*(?:ろくに|まともに|ろくすっぽ|ちゃんと|きちんと|満足に|一度も)?(?:払|納め|納付し)(?:っていない|ってない|っていません|ってもいない|ってもない|っとらん|っとらず|わない|わず|わん|えない|えん|ていない|てない|ていません|てもいない|てもない|とらん|ない|ず|ん)(?:のに|くせに|分際|身で|ような(?:人|方|奴|やつ|連中)|(?:人|方|奴|やつ|連中)(?:が|ほど|に限って))'),
    need: ['税', '会費', '料金', '使用料', '給食費', '保育料', '家賃', '保険料', '義務', '務め'],
    instead: INSTEAD.insult,
    keep: (sq, s, e) => /文句|批判|苦情|意見|口|偉そう|えらそう|言|主張|要求|一人前|[@＠]|あなた|あんた|お前|おまえ|権利/u.test(withPrevious(sq, s, e)),
  },
  // Round 61: the addressee's own tax set against what they ask of the staff (ご自分の納めた税金の何倍働かせるおつもり, あんたの
  //払っとる税金以上に, ご自身が払われた税金分以上のことを): a jab (not the tax's use or a refund explained: 納めた税金の使い道).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ご自分|ご自身|自分|あなた|あんた|お前|おまえ|貴方)(?:の|が|で)[、\\s]?(?:お)?(?:納め|払|はら|おさめ)[ぁ-ん]{0,6}?(?:税金|住民税|市民税|固定資産税|税)(?:の|より(?:も)?|分|ぶん)?(?:何倍|なんばい|何十倍|何百倍|何割増|以上|何人分|元を取|もとを取|もと取|より多く|よりも多く)'),
    need: ['税'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !/使い道|使われ|内訳|還付|控除|給付|予算書|決算|確認できます|ご確認ください/u.test(sentenceText(sq, s, e)),
  },
  // Round 61: the staff made to work without end, asked as the addressee's intent (職員を何倍働かせるおつもりなのでしょうか, どれだけ
  // こき使えば気が済むんですか, いつまで残業させる気なん？): a jab at a critic (not a plan: 何時間働かせるかは労使協定で定めます).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:何倍|なんばい|何十倍|何人分|何時間|何日|どれだけ|どんだけ|どれほど|どこまで|いつまで)(?:も)?[^。！？!?\\n]{0,8}?(?:働かせ|はたらかせ|こき使|こきつか|残業させ|休日出勤させ|走り回らせ)(?:る|よう|たい|れ|た|え|う)?(?:(?:ん|の)?(?:おつもり|つもり|気)(?:なん|なの|です|でいらっしゃる|でおられる)?(?:でしょうか|ですか|だろうか|か|かね|かな|と|ね|やろ|やろか|ね)?(?=[？?。！!…w笑\\s]|$)|ば(?:気が済|きがす|満足)|たら(?:気が済|きがす|満足))'),
    need: ['働かせ', 'はたらかせ', 'こき使', 'こきつか', '残業させ', '休日出勤させ', '走り回らせ'],
    instead: INSTEAD.polite,
    keep: notQuoted,
  },
  // Round 61: something small praised in sarcasm as the one thing a person has (フォロワー数だけはご立派なインフルエンサーさん, 肩書きだけは
  // 一流の先生, 再生回数だけはいっちょまえなユーチューバーさん, あなた、言うことだけはご立派ですね), said of a person named right after it or
  // of someone addressed (not a thing: 見た目だけは立派な建物, 大きさだけは立派な大根); not talk or complaints, an insult of its own (口だけは
  // 達者, 文句だけは一人前).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<!口|くち|口先|文句|態度|権利|要求|主張|注文|理屈|屁理屈|言い訳|不満|クレーム|要望|批判|苦情|悪口|文句を言うの|文句を言うこと)(?:だけ|ばかり|ばっかり|ばっか)は[、\\s]?(?:(?:ご立派|立派|一人前|いっちょまえ|いっちょ前|一丁前|一流|超一流|大したもの|お見事|見事|達者|ご大層|大層|プロ級|セレブ級|有名人級)(?:な|の|で|だ|です|でいらっしゃ|でございます|ね|やね|ばい|じゃ)' +
      // Blind R449A-043 kind: …or keen or well versed in that one thing (…にだけはずいぶんお詳しい方, …のことだけはご熱心な方々, 文句だけは
      // お得意な人): kept below only with a failing set against it (のに, くせに) or mock praise after it (大したものですね, さすがです).
      '|(?:ずいぶん|随分|ずいぶんと|やけに|妙に|実に|大変|たいへん|とても|なかなか|人一倍|めっぽう)?[、\\s]?(?:お詳しい|詳しい|ご熱心な|熱心な|お得意な|得意な|ご執心の|敏感な|お目ざとい|目ざとい|お耳が早い|耳が早い|口うるさい|お口うるさい|手厳しい|お厳しい|厳しい))'),
    need: ['だけは', 'ばかりは', 'ばつかりは', 'ばつかは'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      if (!notQuoted(sq, s, e)) return false
      if (KEEN_ONLY.test(sq.slice(s, e))) {
        // Blind R449A-043 kind: keen in one thing only, with a failing set against it or mock praise after it, said of people.
        const sen = sentenceOf(sq, s, e)
        const foil = /のに|くせに|にもかかわらず|にも関わらず|ないで|せずに|しないのに/u.test(sq.slice(sen.start, s)) || MOCK_PRAISE.test(withNext(sq, s, e).slice(e - sen.start))
        if (!foil || SELF.test(sq.slice(sen.start, s)) || CHILD_OR_PRO.test(sentenceText(sq, s, e))) return false
      }
      if (/^[^、。！？!?\s「」をにがはでと]{0,10}?(?:さん|さま|様|方|お方|方々|人|者|先生|議員|記者|インフルエンサー|ユーチューバー|YouTuber|youtuber|ブロガー|レビュアー|評論家|専門家|コメンテーター|アカウント|連中|輩|奴|やつ|ヤツ|おじさん|おばさん|クレーマー)/u.test(sq.slice(e, e + 20))) return true
      return /あなた|あんた|お前|おまえ|貴方|[@＠]/u.test(sentenceText(sq, s, e))
    },
  },
  // Blind R72A: only the talk praised in sarcasm (R72A-079: 毎回言うことだけは立派ですよね（笑）); after Round 61's kind, which
  // keeps its span when someone is addressed (あなた、言うことだけはご立派ですね).
  {
    rule: 'hostility/confrontational',
    re: phrase(TALK_ONLY),
    need: foldAll(['だけ', 'ばかり', 'ばっかり', 'ばっか']),
    instead: '相手の発言や公約を論評せず、市として伝えるべき事実だけを丁寧に伝えてください',
    keep: (sq, s, e) => notQuoted(sq, s, e),
  },
  // --- Round 13 kinds (two new writers, written like the shared dev set) ---
  // A complainer taunted as idle, as a question or a knowing remark: 暇なんですか？, ひまなん？, お暇なんでしょうね
  // (said of the person who keeps calling or writing, not of a summer holiday: 夏休み、暇なの？図書館へおいで).
  {
    rule: 'hostility/insult',
    re: phrase('(?:(?:暇|ひま|時間)を持て余して(?:いる|る|おられる|いらっしゃる|らっしゃる)(?:ん|の)(?:ですか|ですね|でしょうか|でしょう|だね|かな|やろ)?|(?:お)?仕事(?:を)?(?:されて|して|なさって)(?:い)?(?:ない|らっしゃらない|おられない|ません)(?:ん|の)(?:ですか|でしょうか|かな|やろか)?)(?=[？?])|(?:お)?(?:暇|ひま)(?:なん(?:です(?:か(?:ね|な)?|ね|よね)|でしょう(?:か(?:ね)?|ね)?|だろう(?:ね|な|か)?|だね|だな|やろ(?:か|ね)?|やね|か(?:な|ね)?|や)?|なの(?:か(?:な)?|ね|では|でしょう(?:か|ね)?)?)(?=[？?。！!…〜~w笑😂🤣🙄\\s]|$)'),
    need: ['暇', 'ひま', '持て余して', '仕事'],
    instead: INSTEAD.insult,
    keep: idleTaunt,
  },
  // … and, with no caller in sight, still said to the reader when honorific (お暇なんですね): a warning.
  {
    rule: 'hostility/confrontational',
    re: phrase('お(?:暇|ひま)(?:なん(?:です(?:か(?:ね|な)?|ね|よね)|でしょう(?:か(?:ね)?|ね)?|だね|やろ(?:か|ね)?|やね|かな)|なの(?:ですね|ですか|かな|ね|でしょう(?:か|ね)?))(?=[？?。！!…〜~w笑😂🤣🙄\s]|$)'),
    need: ['お暇', 'おひま'],
    instead: INSTEAD.polite,
    keep: (sq, s, e) => notQuoted(sq, s, e) && !SELF.test(sentenceText(sq, s, e)) && !INVITE.test(sq.slice(e, e + 40)),
  },
  // Mock sympathy for someone at fault: さぞかしお忙しいんでしょうね (to a borrower three months late), さぞご多忙なんでしょうね,
  // よほどお忙しいようですね; not sympathy or joy (さぞお疲れのことでしょう, さぞお喜びでしょう).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さぞ(?:かし|や)?)[、\\s]*(?:お|ご)[^。！？\\n]{1,10}?(?:な|の)?(?:ん|の)でしょう(?:ね|な|けど|けれど)|(?:よほど|よっぽど|相当|さぞ(?:かし|や)?|ずいぶん(?:と)?|随分(?:と)?|大層|たいそう)[、\\s]*(?:お忙し|ご多忙|お暇|おひま|ご多用|お偉い|お偉く|ご立派|お詳しい)[^。！？\\n]{0,4}?(?:ん|の|よう)(?:でしょう(?:ね|な)|ですね|だね|やね)|きっと[、\\s]*(?:お忙し|ご多忙|お急ぎ|ご多用|お偉い|お偉く|ご立派|お詳しい|せっかち)(?:い|な|の)?[、\\s]?(?:方|人|お方)?(?:だった|でいらっしゃった|でいらっしゃる|であった|なん|な)?(?:ん|の)(?:でしょう(?:ね|な)|だろうね|やろうね)'),
    need: ['さぞ', 'よほど', 'よつぽど', '相当', 'ずいぶん', '随分', '大層', 'たいそう', 'きつと'],
    instead: INSTEAD.polite,
    // Blind R229B-025 kind: きっと…お忙しい方だったのでしょうね two sentences after a complaint was told («舟が遅い»と何度もおっしゃる
    // お客さまがいました。…): mock sympathy for the complainer, with the complaint further back than the sentence before.
    keep: (sq, s, e) => !SYMPATHY.test(sq.slice(s, e)) && (OFFENDER.test(withPrevious(sq, s, e)) || COMPLAINED_H15.test(twoBefore(sq, s, e))),
  },
  // A fault praised as a talent: 返すのを忘れる才能でもおありなのでしょうか, 守らない才能がおありなんですね.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?<=[るいすくうつむぶぐ])(?:という)?(?:才能|特技|素質)でも(?:おあり|お持ち|お有り)|(?:ない|忘れる|遅れる|遅刻する|散らかす|無視する|破る|サボる|さぼる|怠ける|放置する|汚す|ごねる|文句を言う|ずらす|逃げる)(?:という)?(?:才能|特技|素質)(?:が|は|だけは|には)(?:おあり|お持ち|お有り))(?=(?:なの|なん|の|ん|になる)?(?:でしょうか|ですか|ですね|でしょうね|かしら|かな|のよう|ようで|みたい|[？?]))'),
    instead: INSTEAD.polite,
  },
  // … and for a critic: このようなご意見をお書きになる方は、ご自身の生活がうまくいっていらっしゃらないのでしょう。
  // お気の毒に存じます (not for the victims of a fire or a flood: 被災された方は本当にお気の毒です).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:お気の毒|気の毒|お可哀想|お可哀そう|かわいそう|可哀想|可哀そう|哀れ)(?:(?:に|で)?(?:存じます|存じ上げます|思います|なことです|なことで|ですね|です|さま|様)|に|としか(?:言い|いい|申し上げ)(?:よう|様)(?:が|も)?(?:ありません|ございません|ない|なか))(?=[。！!…\\s]|$)|(?:生活|人生|私生活|ご家庭|家庭|お仕事|仕事)(?:が|は)?[^。！？\\n]{0,4}?(?:うまくいって|上手くいって|充実して|満たされて)(?:い)?(?:ない|らっしゃらない|おられない)(?:の|ん)(?:でしょう|だろう|やろ|ですね)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      // Blind R229B-027 kind: a reviewer who gave one star pitied for not knowing the real taste (口コミサイトで…星1つをつけてくださった方へ。
      // 本物の味が分からないのは、お気の毒としか言いようがありません): a review is a critic's comment too.
      return /ご意見|意見|コメント|批判|文句|苦情|クレーム|書き込|お書きに|投稿|[@＠]|あなた|あんた|口コミ|クチコミ|レビュー|低評価|星[1１一]つ|星ひとつ/u.test(t) && !/被災|被害|事故|亡くな|ご逝去|病気|火災|けが|怪我|災害/u.test(t)
    },
  },
  // Told to stay away in keigo: もう窓口にお越しいただかなくて結構です, 二度とご来館いただかなくて構いません
  // (not when it is no longer needed or the event is off: オンライン申請なら…, 中止になりました).
  {
    rule: 'hostility/curse',
    re: phrase('(?:もう|二度と)[^。！？\\n]{0,12}?(?:お越し(?:いただか|になら)|おいで(?:いただか|になら)|来て(?:いただか|もらわ|くださら)|ご来庁(?:いただか|なさら)|ご来館(?:いただか|なさら)|ご来場(?:いただか|なさら)|ご利用(?:いただか|なさら)|いらして(?:いただか|くださら))なくて(?:も)?(?:結構|けっこう|構いません|かまいません|よろしい|いい|よい)'),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => notNoNeed(sq, s, e) && !/中止|延期|休館|休止|変更|終了|満員|定員|締め切|締切/u.test(withPrevious(sq, s, e)),
  },
  // Critics insinuated against: 「税金の無駄遣いだ」とコメントされる方々に限って、… (not a prize for those who answer:
  // ご意見をお寄せいただいた方に限って抽選で記念品).
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:コメント|批判|文句|苦情|クレーム|ご意見|反対(?:意見|派|の声|する|される)|ケチ|悪口|書き込)[^。！？\\n]{0,12}?(?<=[るうくすつむぶぐた])(?:方|人|連中|方々|人たち|者)(?:に限って|に限り(?:まして)?)(?=[、,\\s])'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => !/抽選|プレゼント|進呈|対象|受付|申し?込|無料|割引|先着|粗品|記念品|差し上げ|お渡し/u.test(sentenceText(sq, s, e)),
  },
  // Told to go back to their country: 国に帰ってほしい, 自分の国へ帰れ (not a safe journey home: 気をつけて国に帰ってください).
  {
    rule: 'hostility/curse',
    re: phrase('(?:国|母国|自分の国|祖国)(?:に|へ)(?:帰って|かえって)(?:ほしい|欲しい|もらいたい|もらえませんか|くれ(?![たてる]))|(?:国|母国|自分の国|祖国)(?:に|へ)(?:帰れ|かえれ)(?![るばなたてま])'),
    instead: INSTEAD.curse,
    keep: (sq, s, e) => !/無事|気をつけ|気を付け|元気で|安全に|ゆっくり|また来|またお越し|お待ちして/u.test(sentenceText(sq, s, e)),
  },
  // Their station mocked: 結構なご身分ですね, いいご身分だね, 優雅なご身分で.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:結構な|いい|良い|ええ|大した|ご立派な|優雅な|気楽な|お気楽な)(?:ご)?身分(?:です(?:ね|な|こと)|だ(?:ね|な|こと)|やね|で(?:すね)?(?=[。！!…、\\s]|$)|(?=[。！!…\\s]|$))'),
    instead: INSTEAD.polite,
  },
  // Asked whether they know the word: 期限という言葉をご存じないのでしょうか, ルールって言葉知らんと？
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:という|って)(?:言葉|日本語|単語|ルール)(?:を|も|は|すら|さえ)?[、\\s]*(?:ご存じ|ご存知|知ら)(?:ない|なかった|ん)(?:の|ん|よう|みたい|と)(?:でしょうか|ですか|ですね|かな|かしら|だね|でしょう|やろか|やろ|[？?])'),
    need: ['言葉', '日本語', '単語', 'るーる'],
    instead: INSTEAD.polite,
  },
  // Praise with a laugh for someone's opinion: 「…」とのご意見、さすがお詳しいですね（笑）, 鋭いご指摘、勉強になりますw.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さすが(?!に)|お詳しい|ご立派|立派な|素晴らしい|すばらしい|お見事|博識|ご見識|ご慧眼|ご高説|ご高見|鋭い|勉強になり|参考になり|感心し|感服|恐れ入り|痛み入り|よくご存じ|よくご存知|わざわざ[^。！？\\n]{0,24}?(?:ありがとう|恐縮))[^。！？\\n]{0,24}?(?:[(](?:笑|爆笑|苦笑|失笑|爆)[)]|笑|w+|🤣|😂|😏|🙄|😆|🤭)(?=[。！!？?\\s]|$)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = sentenceText(sq, s, e)
      return OPINION.test(t) && !SELF.test(t)
    },
  },
  // --- Round 9b/10 kinds (a 課長 in である調, a mascot in character, a warm Facebook writer, English and romaji replies) ---
  // Shame put to the person in a reply: 恥ずかしくないんですか, 恥ずかしくありませんか (a post about manners stays a warning).
  {
    rule: 'hostility/insult',
    re: phrase('恥ずかしく(?:ない|ありません)(?:んですか|のですか|んか|の[？?]|ですか|と[？?]|んやろか)'),
    instead: INSTEAD.insult,
    replyOnly: true,
  },
  // Harm promised in the first person: 二度と来られないようにしてやるからな, 思い知らせてやる, 後悔させてやる (polite too: 後悔させてやります).
  {
    rule: 'hostility/threat',
    re: phrase('(?:二度と|もう)[^。！？!?\\n]{0,16}?(?:ない|ん|れん|れない)ように(?:して)?やる(?=から|けん|ぞ|わ|よ|[。！!]|$)|(?:思い知らせ|後悔させ|痛い目(?:に|を)(?:あわせ|遭わせ|見せ)|わからせ|分からせ)て?や(?:る|ります|りましょう)|(?:ように|ようにして)やる(?:から|けん|ぞ|からな|けんな)'),
    instead: INSTEAD.threat,
  },
  // Threats with a condition: what happens to someone who does not come forward or does it again —
  // their face and car published, a visit to their home, a scolding before the neighbours, the police.
  {
    rule: 'hostility/threat',
    re: phrase('(?:なければ|ない場合|ないなら|ないようなら|ないようであれば|なかった場合|ないときは|ない際は|ん場合|んなら|んかったら)[、\\s]*[^。！？\\n]{0,30}?(?:顔|お顔|顔写真|人相|ナンバー|車番|映像|動画|画像|録画)(?:と|や|、|を|も|は|及び|および)?[^。！？\\n]{0,20}?(?:(?:公開|公表|掲載|晒|さら|貼り出|張り出|拡散|アップ)(?:し|さ|いたし|させていただき|させて)?(?:ます|する|ることになり|ることになる|ることとなる|ることとします|いただきます|もらいます|ちゃう|たる|ちゃる|るけん|ますけん)|(?:上げ|あげ|載せ|のせ|流し)(?:ます|る(?:けん|から|ぞ)|ちゃう|たる|ちゃる|てやる))'),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => !/同意|承諾|希望|了承|許可|ぼかし|モザイク|加工|スタンプ/u.test(sentenceText(sq, s, e)),
  },
  {
    rule: 'hostility/threat',
    re: phrase('(?:名乗り出|出頭し|自首し|謝罪し|謝ら|弁償し|やめ|止め|改め|引き取りに来|引き取ら|撤去し|撤去され|片付け|(?:謝罪|弁償|名乗り出|出頭)(?:が|も))(?:なければ|ない場合|ないなら|ないようなら|なかった場合|ないときは|ん場合|んなら|んかったら)[、\\s]*[^。！？\\n]{0,16}?(?:ご自宅|自宅|お宅|家|職場|勤務先)(?:まで|に|へ)(?:直接)?(?:お)?(?:伺|うかが|押しかけ|お邪魔|乗り込|行|参)'),
    instead: INSTEAD.threat,
  },
  {
    rule: 'hostility/threat',
    re: phrase('(?:次|今度|次回|今後|二度と|再び|もう一度|これ以上)[^。！？\\n]{0,20}?(?:たら|だら|れば|なら|際は|ときは|時は|場合は|場合には|ようなら|ことがあれば|あれば|ようであれば)[、\\s]*[^。！？\\n]{0,24}?(?:(?:皆さん|みなさん|皆様|みな様|近所|ご近所|近隣|周り|周囲|みんな)[^。！？\\n]{0,8}?の(?:前|目の前)で|警察(?:に|を)(?:来てもらい|来ていただき|呼び|呼ばせ)|(?:ご自宅|自宅|お宅|家|職場|勤務先)(?:まで|に|へ)(?:直接)?(?:お)?(?:伺|押しかけ|お邪魔|乗り込))'),
    instead: INSTEAD.threat,
    // Advice to parents (次に叱るときは、みんなの前で叱らないようにしましょう) is not a warning to anyone.
    keep: (sq, s, e) => !/ましょう|ないよう|避け|控え|大切|コツ|おすすめ/u.test(sentenceText(sq, s, e)),
  },
  // Who the person is, known and said as a warning: どなたかはこちらでもう把握しています, ナンバー控えとるけんな.
  {
    rule: 'hostility/threat',
    re: phrase('(?:どなた|誰|だれ|どこの誰|どちらの方)[^。！？\\n]{0,10}?か(?:は|も)?[、\\s]*(?:こちらで|こちらでは|こっちで|当方で|当課で|市で|職員が|私どもで)?[、\\s]*(?:もう|既に|すでに|ちゃんと|しっかり|とっくに)[、\\s]*(?:把握|特定|判明|分かっ|わかっ)(?:して|し|済み|と|て|でき)(?:います|いる|おります|ます|る|とる|とります|です|てます|ています)|(?:ナンバー|車番|人相|身元)(?:は|も|を)?(?:もう|既に|すでに|しっかり|ちゃんと|ばっちり|きっちり)?(?:控え|覚え|記録し|撮影し|撮っ|押さえ|把握し)(?:とる|とります|てる|ている|ています|てます|てあります|てある|た|ました|ておる)(?:けんな|けえな|からな|ぞ|けんね|からね|けん(?![a-zぁ-ゖ])|よ(?![ぁ-ゖ])|で(?![ぁ-ゖ]))'),
    instead: INSTEAD.threat,
    // Not a found thing's owner (落とし物の財布、持ち主がどなたかはもう分かっています) and not thanks to a known writer (いつも温かい
    // コメント、誰が書いてくれたのかちゃんと分かっています。ありがとう！): found by review rhost59.
    keep: (sq, s, e) => !LOST_FOUND_OWNER.test(withPrevious(sq, s, e)) && !THANKS_H26.test(withNext(sq, s, e)),
  },
  // Round 23: a wrongdoer told they are being watched (いたずらした犯人、ちゃんと見てるからな, 落書きしたやつ、全部見とるけんな;
  // in polite dress a warning: ポイ捨てする方、しっかり見ていますからね); not 見守り (子どもたちのこと、いつも見ていますからね).
  {
    rule: 'hostility/threat',
    re: phrase('(?:ちゃんと|しっかり|ずっと|全部|ぜんぶ|すべて|全て|いつも|毎日|24時間|ばっちり|きっちり)[、\\s]*(?:見て|みて|見と|見よ|監視して|撮って|録画して|撮影して)(?:る|いる|おる|っ?|)(?:から|けん|けえ|きに)(?:な|なあ|なー|ね(?=[。！!…\\s]|$)|ぞ)(?![ぁ-ゖ])|(?:ちゃんと|しっかり|ずっと|全部|ぜんぶ|すべて|全て|いつも|ばっちり|きっちり)[、\\s]*(?:見て|みて|見と|監視して|撮って|録画して)(?:る|いる|おる)?ぞ(?![ぁ-ゖ])'),
    need: ['見て', 'みて', '見と', '見よ', '監視して', '撮って', '録画して', '撮影して'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && watchedWrongdoer(sq, s, e),
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:ちゃんと|しっかり|ずっと|全部|ぜんぶ|すべて|全て|ばっちり|きっちり)[、\\s]*(?:見て|拝見して|監視して|撮影して|録画して|記録して)(?:い|お)(?:ます|ります)(?:から|ので)(?:ね|よ)(?![ぁ-ゖ])'),
    need: ['見て', '拝見して', '監視して', '撮影して', '録画して', '記録して'],
    instead: INSTEAD.threat,
    keep: (sq, s, e) => notQuoted(sq, s, e) && watchedWrongdoer(sq, s, e),
  },
  // Bracing demanded after a warning or a consequence (another sentence): 覚悟されたい, お覚悟ください.
  {
    rule: 'hostility/threat',
    re: phrase('(?:(?:お覚悟|ご覚悟)を(?=[。！!…\\s]|$)|(?:お覚悟|ご覚悟|覚悟)(?:を|は)?(?:されたい|されよ|召されよ|めされよ|なされよ|ください|下さい|くださいませ|なさいませ|願います|願いたい|されることです|しておかれたい)(?=[。！!…\\s]|$))'),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const before = sq.slice(Math.max(0, s - 2), s)
      if (/[うくすつぬふむゆるぐずぶ]$/u.test(before)) return false
      const t = withPrevious(sq, s, e)
      return RECURRENCE.test(t) || CONSEQUENCE.test(t) || /特定|通報|警察|公開|注意申し上げ|伺う|伺い/u.test(t)
    },
  },
  // The person identified and dealt with: 氏名を特定のうえ然るべき措置を講ずる.
  {
    rule: 'hostility/threat',
    re: phrase('(?:氏名|身元|住所|個人|人物|発信者|アカウント)(?:を)?(?:特定|割り出)(?:の(?:上|うえ)|して|し)[、\\s]*[^。！？\\n]{0,12}?(?:措置|処分|法的|責任|対応|制裁)'),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => !LEGIT_LEGAL.test(sentenceText(sq, s, e)) || /批判|文句|苦情|ご意見/u.test(sentenceText(sq, s, e)),
  },
  // Legal action held over critics: 当課批判を続けるアカウントには発信者情報開示請求の準備に入っている.
  {
    rule: 'hostility/threat',
    re: phrase('(?:発信者情報(?:の)?開示(?:請求)?|開示請求|法的措置|法的手段|法的な措置|法的な手段|法的な対応|法的対応|訴訟|提訴|告訴|損害賠償(?:請求)?)(?:の|を|に|も|へ)?[^。！？\\n]{0,10}?(?:準備|検討|辞さ|講じ|講ず|取らせ|取る|とる|移|踏み切|視野|進め|入っ)'),
    instead: INSTEAD.threat,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      return CRITICISM.test(t) && !LEGIT_LEGAL.test(t)
    },
  },
  // Harm said in character or in fun: ぼくが掘割に引きずりこんじゃうっパよ, 川に突き落としちゃうぞ.
  {
    rule: 'hostility/threat',
    // Round 58: the harm offered as a favour or asked as a coy question (掘割に沈めてあげよっか？😊, 沈めてさしあげましょうか, 沈めて
    // やろかね), in kana (しずめちゃおっかな), and a fall or a sinking into water or off a boat (お堀に落としてあげるね, どんこ舟から
    // 落としちゃうぞ; 落と, 流, 埋め only after the water or the boat).
    re: phrase(`(?:(?:引きずり込|引きずりこ|ひきずりこ|引っ張り込|突き落と|つき落と|つきおと|沈め|しずめ|叩き落と|放り込|ほうりこ|投げ込|なげこ)(?:む|ん|し|す|み|め|る)?|(?:掘割|ほりわり|お?堀|川|川底|クリーク|水路|池|沼|海|どぶ|ドブ|舟|船|橋)(?:の底|の中)?(?:に|へ|から)(?:ぽいっ?と?|ぽいって|ぽーんと|どぼんと|ドボンと)?[、,]?(?:蹴落と|落と|流|埋め)(?:し)?)(?:${HARM_ENDINGS}|${HARM_GO}|${HARM_FINAL})`),
    instead: INSTEAD.threat,
    // Round 41: rubbish is what is thrown in only when it comes after the last person named before the verb (ゴミを川に放り込んじゃう人;
    // not ごみを捨てる悪い子は、掘割に沈めちゃうクリ, where the child is what is sunk).
    // Round 58: the person may be named in the sentence before (…って言った人、だ〜いきらい！掘割に沈めてあげよっか？), and any
    // other thing made the object after the last person (灯籠を掘割に流してあげましょうか, 浮き輪を投げ込んであげるね) is what is thrown.
    keep: (sq, s, e) => {
      // Round 61: an announced harm (沈めにいっちゃう, 沈めます) may also be aimed at someone named in the sentence before
      // (…悪口を書いた人へ。今夜、掘割に沈めに行くね☆); said in the plain or polite form, not of the water (川は…沈めます).
      const announced = !HARM_ENDS.test(sq.slice(s, e))
      if (!PERSON58.test(sentenceText(sq, s, e)) && !((announced || HARM_FAVOUR.test(sq.slice(s, e))) && PERSON58.test(withPrevious(sq, s, e)))) return false
      const before = sq.slice(sentenceOf(sq, s, e).start, s)
      if (announced && WATER_SUBJECT.test(before)) return false
      if (announced) {
        // Round 61: the one sunk is a person named as the topic or the object (悪口書いた人は, 言う子を); a thing named so
        // (浮き輪は, ロープを) after the last such person is what is thrown, and a person the thing goes to (人に向けて) is not sunk.
        const thingAt = Math.max(lastEnd(RUBBISH41_ALL, before), thingObject(before), thingTopic(before))
        return thingAt < 0 || lastEnd(VICTIM61_ALL, before) > thingAt
      }
      const thing = Math.max(lastEnd(RUBBISH41_ALL, before), thingObject(before))
      return thing < 0 || lastEnd(VICTIM41_ALL, before) > thing
    },
  },
  // Contempt in 官公庁文体 or polite dress: 一度ご自分の頭でお考えになってから, 納税の義務すら理解できない程度の方々,
  // 子育てを語る資格はない, この地域の民度の低さ, あなたのような保護者がいるから保育士が辞めていく.
  {
    rule: 'hostility/insult',
    re: phrase('(?:ご自分|ご自身)の(?:頭|お頭|脳)で(?:よく|もう一度|一度|少し|しっかり|きちんと)?(?:お考え(?:になって|になられて|いただ|ください|の上|のうえ)|考え(?:て(?:から|ください|いただ|みて|は)|なさい|ろ|られて))|(?:自分|自身)の頭で(?:よく|もう一度|一度|少し|しっかり)?考え(?:ろ|なさい|てから|たら|ては|てみろ|てみたら|てみては|んね)'),
    instead: INSTEAD.insult,
  },
  {
    rule: 'hostility/insult',
    re: phrase('(?:(?:すら|さえ|も)(?:理解でき|理解し|分から|わから|読め|知ら|守れ)(?:ない|ず|ん)|(?:すら|さえ)(?:ない|無い))(?:程度|レベル|くらい|ぐらい)の(?:方|人|連中|輩|者|大人|親|保護者|市民|住民|客|お方|人間)'),
    instead: INSTEAD.insult,
  },
  {
    rule: 'hostility/insult',
    re: phrase('(?:語る|言う|いう|口にする|口を出す|批判する|名乗る|意見する|論じる|文句を言う|偉そうに言う|申す)資格(?:は|など|なんて|なんか|も)?(?:ない|無い|ありません|ございません|なし|ねえ|なか)|(?<!里)(?:親|人間|議員|教師|保護者|大人|社会人|人の親)(?:の|としての|たる|である)資格(?:は|など|なんて|なんか|も)?(?:ない|無い|ありません|ございません|なし|ねえ|なか)'),
    instead: INSTEAD.insult,
  },
  {
    rule: 'hostility/insult',
    re: phrase('民度(?:の|が|は|も)?(?:低|ひく|知れ|お察し)|民度の問題(?!で(?:は|も)|じゃな)|(?:人|住民|連中|人間|親|家庭|客|方々|やつら|奴ら|地区|地域)(?:たち)?(?:の|も)[、\\s]?程度が(?:知れ|しれ)|お里が知れ|(?:品性|人間性|人格|神経|良識|見識)を疑(?:う|い|わざる)'),
    instead: INSTEAD.insult,
    // Review (rv58): an appeal to everyone against such conduct, with no one targeted (品性を疑うような書き込みはやめましょう,
    // 人格を疑うような言葉を使わないようにしましょう): awareness wording, not a jab.
    keep: (sq, s, e) => !(/疑う$/u.test(sq.slice(s, e)) && DOUBT_APPEAL_RV.test(sq.slice(e, sentenceOf(sq, s, e).end + 1)) && !DOUBT_TARGET_RV.test(sq.slice(sentenceOf(sq, s, e).start, s)) && !/[@＠]|あなた|あんた|お前|おまえ/u.test(sq)),
  },
  {
    rule: 'hostility/insult',
    // Round 35: any person named after のような / みたいな (あなたみたいな親御さんがいるから, あなたのようなご家庭がいらっしゃるから).
    re: phrase('(?:あなた|あんた|お前|おまえ|君|貴方|おたく|お宅|そちら様|こういう|ああいう|そういう|こんな|あんな|そんな)(?:(?:のような|みたいな|みてえな|ような)[^。！？、,\\n]{0,8}?|(?:人|方|保護者|親|客|観光客|市民|住民|連中|人間|大人|利用者))?(?:たち|達|ばかり)?(?:が|の)(?:いる|おる|いらっしゃる|おられる|多い)(?:から|せいで|けん|ので)[、\\s]*[^。！？\\n]{0,24}?(?:辞め|やめて|困|迷惑|悪く|減|下が|ダメ|だめ|台無し|できなく|なくな|壊|荒れ|進ま|疲弊|苦労|嫌な思い|恥|閉ま|潰れ|つぶれ|悪化|離れ|まね(?:を)?(?:する|し)|真似(?:を)?(?:する|し)|見習(?:う|っ))'),
    instead: INSTEAD.insult,
    // Blind R318H-027 kind (host58): or the staff worn out by such people (こういう方がいるから現場の職員が疲弊するんです).
    // Review (rv58): not people thanked for the harm they avert (こういう方がいるから、職員も辞めずに続けられています; 疲弊しがちな現場も
    // 支えられています).
    keep: (sq, s, e) => (/^(?:あなた|あんた|お前|おまえ|君|貴方)/u.test(sq.slice(s, e)) || /せいで/u.test(sq.slice(s, e)) || /辞め|やめて|迷惑|台無し|荒れ|恥|疲弊/u.test(sq.slice(s, e))) && !BLAME_AVERTED_RV.test(sq.slice(e, e + 4) + withNext(sq, s, e)),
  },
  // The requester's wishes called a pastime: 暇を持て余した方の娯楽に付き合う余裕はない.
  {
    rule: 'hostility/insult',
    re: phrase('(?:娯楽|道楽|遊び|暇つぶし|ひまつぶし|戯言|たわごと|妄想|茶番|お遊び)(?:の[^。！？\\n]{0,6}?)?(?:に|と)(?:いちいち|これ以上|毎回|まで)?付き合(?:う|っている|ってる|ってあげる|って(?:いる|いられる|られる))(?:余裕|暇|ひま|時間|義理|必要|ほど)(?:は|など|なんて|も)?(?:ない|無い|ありません|ございません|なし|ねえ|なか)|(?:暇|ひま|時間)を持て余(?:した|して(?:いる|る|おられる|いらっしゃる))(?:方|人|連中|方々|大人|ご老人|年寄り|お方)(?:の|が|から)(?:娯楽|道楽|遊び|暇つぶし|苦情|クレーム|要望|電話|相手)'),
    instead: INSTEAD.insult,
  },
  // Sarcastic advice to a complainer: 文句を書く時間があるなら、ご近所の土のう積みでも手伝われてはいかがですか.
  {
    rule: 'hostility/insult',
    re: phrase('(?:文句|苦情|批判|クレーム|悪口|ケチ|いちゃもん|難癖|陰口)(?:を)?(?:書く|言う|送る|つける|する|並べる|書き込む|言って(?:くる|いる|る))(?:時間|暇|ひま|余裕|元気|エネルギー|労力)(?:が|の)?(?:ある|あっ|おあり)(?:なら|のなら|んなら|たら|のでしたら)'),
    instead: INSTEAD.insult,
  },
  // Critics dismissed as outsiders: 柳川に住んだこともない外野の声であり、取り合う必要はない.
  {
    rule: 'hostility/confrontational',
    re: phrase('外野(?:の|から|が)(?:声(?!援)|意見|ご意見|批判|雑音|野次|ヤジ|連中|方々|人たち|戯言)|(?:住んだ|来た|訪れた|暮らした|行った)(?:こと|事)(?:も|すら)(?:ない|無い|なか)(?:人|方|よそ者|連中|部外者|方々|人たち)(?:の|が|に)|(?:取り合う|相手にする|耳を貸す|真に受ける)(?:必要|価値|意味|理由)(?:は|など|も)?(?:ない|無い|ありません|ございません|なし)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const m = sq.slice(s, e)
      if (!/取り合う|相手にする|耳を貸す|真に受ける/u.test(m)) return !/野球|ソフトボール|守備|フライ|外野手|外野席/u.test(sentenceText(sq, s, e))
      const t = sentenceText(sq, s, e)
      return /批判|意見|苦情|クレーム|外野|反対|指摘|書き込み|コメント/u.test(t) && !/詐欺|不審|勧誘|迷惑電話|セールス|デマ|噂|チェーン/u.test(t)
    },
  },
  // Mock praise of how the person lives: さぞかし立派な子育てをなさっているのでしょうね.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さぞ|さぞかし|さぞや)(?:ご)?(?:立派|りっぱ|素晴らしい|すばらしい|優秀|完璧|お上手|お詳しい|ご熱心|お偉い)[^。！？\\n]{0,20}?(?:なさって|されて|お持ち|おあり|いらっしゃ|おられ|お過ごし|お送り)[^。！？\\n]{0,8}?(?:でしょうね|でしょうな|ことでしょう|んでしょう|のでしょう|でしょう[？?])'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => !SHOW31.test(sentenceText(sq, s, e)),
  },
  // Conduct called unsightly: 持ち帰った方がいらっしゃいました。見ていて本当に見苦しかったです.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![お御])(?:見苦し|みっともな|浅まし|あさまし|さもし|意地汚|いじきたな|がめつ)(?:い|かった|く(?:て|思|感じ)|すぎ|過ぎ)(?!なんて|なんか|とは|と(?:は)?思わ(?:ず|ないで|なくて)|など)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = withPrevious(sq, s, e)
      // Advice against it (みっともない姿を見せないよう、マナーを守りましょう) speaks to no one in particular.
      return PEOPLE.test(t) && !OWN_FAULT.test(sentenceText(sq, s, e)) && notTeaching(sq, s, e) && !/ないよう|ましょう/u.test(sentenceText(sq, s, e))
    },
  },
  // Blind W12: people named by their body, then called unsightly or repulsive (お腹ぽっこりのおじさんたち、見苦しいので痩せましょうね,
  // ビール腹のおっさんは見るに堪えない, 太った中年男性の水着姿はみっともない, 薄毛のおじさん、正直暑苦しい): contempt for how people
  // look, warn — even in a health drive, where the 見苦し reader above stays quiet for its ましょう. Not the reader reassured
  // (太めの方も、見苦しいなんて思わずにご参加ください), not a worry named (お腹ぽっこりが気になる方は), not a lesson against it.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:(?:お腹|おなか|腹)(?:が|の)?(?:ぽっこり(?:と)?(?:出た|した)?|出た|でた|でっぷり(?:した)?|たるんだ|弛んだ)|三段腹|ビール腹|太鼓腹|メタボ(?:体型)?|太った|太っている|太ってる|太め|肥満(?:体型)?|でぶ|デブ|おデブ|ぶくぶく(?:太った)?|ぶよぶよ|二重あご|二重顎|薄毛|禿げた|はげた|ハゲた|ハゲ|毛深い|ガリガリ|がりがり|チビ|(?:足|脚)の太い|体型の崩れた|たるんだ体)(?:の|な)?(?:おじさん|おじさま|おっさん|オッサン|おばさん|おばちゃん|おじちゃん|おばはん|中年(?:男性|女性|男|女)?|男性|女性|男|女|人|方|方々|オヤジ|親父|おやじ|じじい|ジジイ|ばばあ|ババア|連中|奴|やつ)(?:たち|達|ら|ども|連中)?(?:[、,]|は|って|が|の|も|なんて|なんか)[、\\s]?[^。！？!?\\n]{0,16}?(?:見苦し|みっともな|醜(?:い|く|か)|見るに(?:堪え|耐え)(?:ない|ません|ん)|見て(?:られ|いられ|らん)(?:ない|ません|ん)|目障り|見たくな|暑苦し|気持ち悪|気色悪|きもい|キモい|きしょい|汚らし)(?!くな|くあり|くは|いなんて|いとは|いと思わ|いと感じ|いなど|なんて|とは|と思わ|と感じ|と言わ|がら|さ)'),
    need: foldAll(['見苦し', 'みっともな', '醜', '見るに', '見て', '目障り', '見たくな', '暑苦し', '気持ち悪', '気色悪', 'きもい', 'キモい', 'きしょい', '汚らし']),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => ownWords(sq, s, e) && notQuoted(sq, s, e) && !isReportedSpeech(sq, s, e) && !HATE_TAUGHT.test(withPrevious(sq, s, e)) && notOwnFault(sq, s, e),
  },
  // Common sense said to be missing: 常識をどこかに置いてきてしまった, 分別という言葉をご存じない大人, 小学生でもできることなんですけどね.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:常識|良識|マナー|モラル|分別|良心|社会性)(?:を|は|が|と)?(?:どこか|どっか|家|自宅|お母さんのお腹|母親のお腹|お腹の中)(?:に|へ)?(?:置いて|忘れて|落として|捨てて)(?:き|こ|い)|(?:という言葉|の意味|という概念)(?:を|も|すら|さえ)?(?:ご存じ|ご存知|知ら)(?:ない|なかった)(?:大人|お方|方々|人たち|連中)(?:が|も|は)|(?:小学生|幼稚園児|幼稚園の子|子ども|子供|園児|低学年)でも(?:でき|分か|わか|理解でき|守れ|知って)(?:る|ます|てる|ている)(?:こと|話)(?:なん|な)?(?:ですけど|ですけれど|ですけどね|だけど|やけど|なのに|ですのに)|(?:小学生|幼稚園児|子ども|子供|園児)でも(?:でき|分か|わか|理解でき|守れ)る(?:のに)(?:ね|な|[。…]|$)'),
    instead: INSTEAD.polite,
    // 常識をどこかに置いてきたような斬新なデザイン: a simile for a work, not said of people.
    keep: (sq, _s, e) => !/^(?:た|ちゃった|てしまった)?(?:ような|みたいな|かのような)/u.test(sq.slice(e, e + 8)),
  },
  // Skill mocked: ここまでセンスないと逆に才能だっパ, 写真ブレブレ🤣.
  {
    rule: 'hostility/confrontational',
    re: phrase('センス(?:が|の)?(?:ない|無い|なさ|ゼロ|皆無|かけらも|欠片も|なさすぎ)|(?:逆に|ある意味)(?:才能|天才|尊敬|すごい|すご)'),
    instead: INSTEAD.polite,
    keep: (sq, s, e) => {
      const t = sentenceText(sq, s, e)
      return !SELF.test(t) && (/[@＠]|🤣|😂|w|笑|あなた|あんた|君|さん/u.test(withPrevious(sq, s, e)) || /逆に|ある意味/u.test(sq.slice(s, e)))
    },
  },
  // Again and again: またあなたですか, 何度ご説明すればご理解いただけるのでしょうね.
  {
    rule: 'hostility/confrontational',
    re: phrase('また(?:あなた|あんた|お前|おまえ|君|貴方|お宅)(?:です|でした|か|やろ|だ|ね)(?:か)?(?=[。！!？?…、\\s]|$)|何(?:度|回|べん)(?:も)?(?:ご説明|説明|お伝え|申し上げ|お話し|ご案内|お知らせ)(?:すれ|し|さ)(?:ば|たら)'),
    instead: INSTEAD.polite,
  },
  // Irritation at a customer and a refusal: 当日キャンセルした団体さん、ほんとありえん…次から予約受けんけんね.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:さん|人|方|客|団体|連中|奴|やつ|家族|グループ)[、\\s]*(?:ほんと|ほんとに|本当に|マジで|まじで|ほんま|まじ|正直)?[、\\s]*(?:ありえん|ありえない|あり得ない|ありえへん|信じられない|信じられん)(?=[。！!…、\\s(（〜~💢😤😡]|$)|(?:次|今後|次回|もう|二度と)(?:から|は)?[^。！？\\n]{0,12}?(?:受け|受付け|受け付け)(?:ん|ない|へん)(?:けん|から)(?:ね|な)?|(?:次|今後|次回|もう|二度と)(?:から|は)?[^。！？\\n]{0,12}?(?:お断り(?:やけん|だから|するけん|しますけん|ですけん)|断る(?:けん|から)(?:ね|な))'),
    instead: INSTEAD.polite,
  },
  // Someone's questions or speeches run down in an official post: 一部議員の通告は論点が定まらず.
  {
    rule: 'hostility/confrontational',
    re: phrase('(?:一部|某|例の|あの|いつもの)(?:の)?(?:議員|委員|保護者|方|人|利用者|住民|市民)(?:の|から|による)[^。！？\\n]{0,12}?(?:質問|通告|発言|意見|ご意見|主張|要望|電話|メール|投稿|ご質問)(?:は|が|も)[^。！？\\n]{0,10}?(?:論点が定まら|要領を得|支離滅裂|意味不明|的外れ|的を射てい|的を射ておら|理解不能|理解に苦し)'),
    instead: INSTEAD.polite,
  },
  // Romaji and English: b*ka hidden by a mask, baka in a romaji sentence, people like you should stay home.
  {
    rule: 'hostility/insult',
    re: phrase('(?<![a-z])(?:b[*＊@#●○〇×✕]ka|ba[*＊@#●○〇×✕]a|bak[*＊@#●○〇×✕]|ah[*＊@#●○〇×✕]|k[*＊@#●○〇×✕]zu|id[*＊@#●○〇×✕]ot|st[*＊@#●○〇×✕]pid)(?![a-z])', 'giu'),
    instead: INSTEAD.insult,
    // The squeezed view: a masked word next to a one-letter word (such a b*ka) is not joined to it.
    squeezed: true,
  },
  {
    rule: 'hostility/insult',
    re: phrase('(?<![a-z])(?:baka(?:yarou|yaro)?|kimoi|uzai|temee|kisama|manuke|kuso(?:yarou|yaro))(?![a-z])'),
    need: ['baka', 'kimoi', 'uzai', 'temee', 'kisama', 'manuke', 'kuso'],
    instead: INSTEAD.insult,
    keep: romajiInsult,
  },
  {
    rule: 'hostility/curse',
    re: phrase('(?<![a-z])(?:kiero|kutabare|urusai|damare|usero|fuzaken(?:na|ja ?nee)|fuzakeruna)(?![a-z])'),
    need: ['kiero', 'kutabare', 'urusai', 'damare', 'usero', 'fuzake'],
    instead: INSTEAD.curse,
    keep: romajiInsult,
  },
  {
    rule: 'hostility/insult',
    re: phrase('(?<![a-z])(?:people like you (?:should|shouldn\'t|are (?:the reason|why|the problem|ruining)|need to|don\'t deserve|ruin)|spare (?:the rest of )?us|(?:you|u) (?:idiot|moron|loser|clown|fool)s?|(?:what an?|such an?|you(?:\'re| are)(?: such)?(?: an?)?) (?:idiot|moron|loser|clown|fool|dumbass|stupid)|(?:shut up|get lost|go to hell|screw you|piss off|f[*u]ck off)|(?:idiots?|morons?|stupid|dumbass)(?: tourists?| people| guys?| visitors?)|should (?:just )?stay (?:at )?home and)(?![a-z])', 'giu'),
    need: ['people like', 'spare', 'idiot', 'moron', 'loser', 'clown', 'fool', 'dumbass', 'stupid', 'shut up', 'get lost', 'go to hell', 'screw you', 'piss off', 'off', 'stay'],
    instead: INSTEAD.insult,
    squeezed: true,
  },
  {
    rule: 'hostility/confrontational',
    re: phrase('(?<![a-z])(?:not that hard|it\'s not rocket science|(?:learn|try|maybe try) (?:to read|reading)|can\'t you read|before complaining|rude much|nobody cares|deal with it|use your (?:brain|eyes|head)|(?:,|\\s) genius(?=[\\s.!?🙄😒]|$)|[,—-]\\s?everyone knows (?:that|this)(?=[!.?\\s]|$)|how hard is it)', 'giu'),
    need: ['not that hard', 'rocket', 'read', 'complaining', 'rude much', 'nobody cares', 'deal with', 'use your', 'genius', 'everyone knows', 'how hard'],
    squeezed: true,
    instead: INSTEAD.polite,
  },
]
