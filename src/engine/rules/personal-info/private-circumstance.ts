/**
 * Blind R389N-002, R389N-006, R389N-044, R390P-012, R390P-036, R390P-043, R390P-055, R392R-028 kinds: one person picked out, by name or
 * by what fixes them in a small town, told with a circumstance that is theirs to tell. Block (4(4)), each reader below one kind:
 *
 * - readerKinDebt: a reply telling the reader's kin's (or a visitor's kin's) debt relief, bankruptcy, divorce or welfare under way
 *   (お兄様の件ですね。自己破産の手続きは…順調に進んでいます). Advice in general (自己破産については法テラスへご相談ください) is not this.
 * - namedDebtor: a named person with their age or district beside the name, told in a post about debt (a participant's voice signed
 *   （…・堤 和子さん・67歳・パート勤務）under a loan told). A lawyer, a consultant or a lecturer named is not the debtor.
 * - formerPostVictim: someone not named but told by the district and the post they held (筑紫町の元中学校長の先生), with a loss or a fraud
 *   suffered (退職金を失った, だまし取られた). A former head who lectures on fraud suffered nothing.
 * - namedWorkerPenalty: a worker named with their job title (…に勤める中島 達也運転士) and the reprimand or penalty given them (厳重に注意し、
 *   始末書を提出させ). A named worker praised is not this.
 * - faceShownPosted: a photo, a still or a video said to show someone's face clearly, said to be posted (顔がはっきり分かる静止画を載せます).
 *   A face blurred or not shown, a photo not posted, or faces shown with the consent stated in the sentence, is not this.
 * - householdMemberPointed: a resident pointed at by a household's surname and a trade or a place (沖端でうなぎ屋しよらす大坪さんとこの
 *   じいちゃん), told with their age or a private matter (免許を返す, 入院, 施設). A shop's family met with no matter is not this.
 * - schoolGradeChildHurt: a child told by school and year (蒲池小5年の男子) as the one hurt in an accident or in hospital; read on the
 *   squeezed view, so a text spelt out with spaces between letters (蒲 池 小 5 年) is read whole.
 * - namedEvacuee: a named person with their age in the bracket told living at a named shelter (…体育館の避難所…坂田健一さん（82）…のスペース),
 *   their home's damage beside. A drill (避難所運営訓練) is not this.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'
import { NAME_SOURCE } from './party-told'

function report(doc: Doc, start: number, end: number, label: string, emit: Emit, squeezed = false): void {
  const span = squeezed ? doc.fromSqueezed(start, end) : doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
}

/** The reader's kin, or a kin of someone who came to the counter. */
const READER_KIN =
  /(?:お兄様|お兄さま|お兄さん|お姉様|お姉さま|お姉さん|弟さん|妹さん|お母様|お母さま|お父様|お父さま|ご主人|奥様|奥さま|息子さん|娘さん|ご両親|お孫さん|お子さん|ご本人)(?:の件|のこと|は|が|の)/u
/** A matter of money or family law: bankruptcy, debt relief, divorce, welfare. */
const DEBT_MATTER =
  /自己破産|破産(?:の)?(?:手続|申立|申し立て)|債務整理|個人再生|任意整理|過払い|多重債務|借金|差し?押さえ|離婚(?:調停|協議|訴訟|裁判|の手続)|生活保護/u
/** The matter told under way: 手続きは…順調に進んでいます, 申し立てが認められ, 決定しました. */
const UNDER_WAY =
  /^[^。！？!?\n]{0,24}?(?:進んで(?:い|お)|進めて(?:い|お)|進みま|進んだ|始まり|始まって|終わり|終わって|終わった|終わる|済みま|済ん|決まり|決まって|決まった|認められ|受理され|開始され|開始決定|申し立て(?:られ|まし)|申立て(?:られ|まし)|手続き中|手続中)/u
const IN_GENERAL = /場合|方は|方も|については|に関する|できます|ご相談ください|お問い?合わ?せ|とは/u
const CAME_TO_COUNTER = /(?:窓口|相談|市役所|役場)に(?:来られ|来庁され|見え|いらっしゃ|お越し)/u

function readerKinDebt(t: string, doc: Doc, emit: Emit, reply: boolean): boolean {
  if (!DEBT_MATTER.test(t) || !READER_KIN.test(t)) return false
  if (!reply && !CAME_TO_COUNTER.test(t)) return false
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    const m = DEBT_MATTER.exec(sentence)
    if (!m || IN_GENERAL.test(sentence) || quotedOnLine(t, s.start + m.index)) continue
    if (!UNDER_WAY.test(sentence.slice(m.index + m[0].length))) continue
    // The kin is told in this sentence or the one before (…お兄様の件ですね。自己破産の手続きは…).
    const before = i > 0 ? t.slice(spans[i - 1]!.start, spans[i - 1]!.end) : ''
    if (!READER_KIN.test(sentence) && !READER_KIN.test(before)) continue
    report(doc, s.start + m.index, s.start + m.index + m[0].length, '相談者の家族の債務・破産などの事情', emit)
    return true
  }
  return false
}

/** Debt told in the post: a loan, a card loan, arrears, bankruptcy. */
const DEBT_TOLD = /借金|カードローン|消費者金融|多重債務|債務|自己破産|返済(?:で|が|に|の)|ヤミ金|闇金|滞納/u
const NAME = new RegExp(NAME_SOURCE, 'gu')
/** The name fixed: an age beside it (・67歳, （67）), or a district before it in the same bracket (（東蒲池・堤 和子さん…）). */
const AGE_BESIDE = /^[ 　]?(?:[・、,][ 　]?|[（(][ 　]?)(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})(?:歳|才|[)）])/u
const PLACE_BEFORE = /[（(][ 　]?[\p{Script=Han}ヶノ々]{2,6}(?:町|地区|村)?[ 　]?[・、,][ 　]?$/u
const DEBT_HELPER = /弁護士|司法書士|相談員|講師|職員|担当|先生|委員|会長|所長|税理士|ファイナンシャル/u
const NOT_A_NAME_WORD = /^(?:皆|みな|各|利用者|参加者|会員|お客|市民|関係者|保護者|相談者)/u

function namedDebtor(t: string, doc: Doc, emit: Emit): boolean {
  if (!DEBT_TOLD.test(t) || CONSENT.test(t)) return false
  for (const m of t.matchAll(NAME)) {
    const at = m.index
    if (NOT_A_NAME_WORD.test(m[0]) || quotedOnLine(t, at)) continue
    const after = t.slice(at + m[0].length, at + m[0].length + 12)
    const before = t.slice(Math.max(0, at - 16), at)
    if (!AGE_BESIDE.test(after) || !(PLACE_BEFORE.test(before) || /[ 　]/u.test(m[0].replace(/[ 　]?(?:さん|様|さま|氏)$/u, '')))) continue
    if (DEBT_HELPER.test(t.slice(Math.max(0, at - 12), at + m[0].length + 16))) continue
    report(doc, at, at + m[0].length, '債務の事情とともに名前・年齢・地域', emit)
    return true
  }
  return false
}

/** A district, then a post once held: 筑紫町の元中学校長の先生, 三橋地区の元町議さん. */
const FORMER_POST =
  /[\p{Script=Han}ヶノ々]{1,5}(?:町|地区|村|校区)(?:[\p{Script=Han}ヶノ々]{1,3})?(?:に住む|にお住まいの|在住の|の)[ 　]?(?:元|前)(?:小学校|中学校|小学|中学|高校|小|中|高)?(?:校長|教頭|教諭|教師|先生|町長|村長|市長|議員|町議|市議|署長|駐在|院長|園長|館長|住職|区長|部長|局長|支店長|社長|郵便局長|駅長|医師|警察官)/u
/** A loss or a fraud suffered: 失った, だまし取られた, 被害に遭われた. */
const LOSS_SUFFERED =
  /(?:を|も)(?:ほとんど|ほぼ|すべて|全部|全て)?失(?:った|われた|いました|われました)|(?:だまし|騙し)取られ(?!ない)|(?:だまされ|騙され)(?:た|て(?:しま|い))|被害に(?:遭|あ)(?:った|われ|いま)|盗まれ(?:た|まし)|取られ(?:た|まし)/u

function formerPostVictim(t: string, doc: Doc, emit: Emit): boolean {
  const m = FORMER_POST.exec(t)
  if (!m || quotedOnLine(t, m.index) || !LOSS_SUFFERED.test(t.slice(m.index, m.index + 160))) return false
  report(doc, m.index, m.index + m[0].length, '地区と元の職で特定できる人の被害', emit)
  return true
}

/** A worker named with their job title in place of an honorific: 中島 達也運転士, 古賀運転手. */
const NAMED_WORKER =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,3}(?:[ 　]?[\p{Script=Han}々ァ-ヶー][\p{Script=Han}々ぁ-ゖァ-ヶー]{0,3})?(?:運転士|運転手|乗務員|係員|作業員|警備員|清掃員|配達員|検針員|指導員|委託員|添乗員|誘導員)/u
/** The reprimand or penalty given: 厳重に注意し, 始末書を提出させ, 減給処分, 乗務から外し. */
const PENALTY =
  /厳重(?:に)?注意|始末書|顛末書|減給|停職|戒告|懲戒|出勤停止|謹慎|(?:乗務|担当|業務)から外|処分(?:し|を|と)/u
const WORKER_WORDS = /^(?:担当|当該|同|本|各|全|新人|ベテラン|男性|女性)/u

function namedWorkerPenalty(t: string, doc: Doc, emit: Emit): boolean {
  if (!PENALTY.test(t)) return false
  const m = NAMED_WORKER.exec(t)
  if (!m || WORKER_WORDS.test(m[0]) || quotedOnLine(t, m.index)) return false
  if (!PENALTY.test(t.slice(m.index, m.index + 120))) return false
  report(doc, m.index, m.index + m[0].length, '名前を出した従業員への注意・処分', emit)
  return true
}

/** A face said shown clearly in a picture: 顔がはっきり分かる, 顔の写った, 顔まで映っている. */
const FACE_SHOWN =
  /顔(?:が|の|まで|も)[ 　]?(?:はっきり|よく|しっかり|鮮明に|くっきり)?[ 　]?(?:分かる|わかる|判る|判別できる|写って(?!い?ない|おらず|いません)|写った|映って(?!い?ない|おらず|いません)|映った|見える|確認できる)/u
const PICTURE = /静止画|画像|写真|映像|動画|キャプチャ/u
const POSTED = /(?:載せ|掲載|公開|アップ|投稿|添付|お見せ|貼)(?!(?:は|も)?(?:しない|しません|できません|いたしません|控え|ない|ず))/u
const FACE_HIDDEN = /ぼかし|ぼかして|モザイク|加工|伏せ|隠し|写らない|映らない|分からない|わからない|控え|遠慮|禁止|しないで|やめて|ないよう|ません/u

function faceShownPosted(t: string, doc: Doc, emit: Emit): boolean {
  const f = FACE_SHOWN.exec(t)
  if (!f || quotedOnLine(t, f.index)) return false
  for (const s of sentencesOf(t)) {
    if (f.index < s.start || f.index >= s.end) continue
    const sentence = t.slice(s.start, s.end)
    // Blind LS-031 kind: faces shown of those whose family agreed (お家の人の同意をもらった子だけ、顔が写った写真を載せています): consent stated.
    if (!PICTURE.test(sentence) || !POSTED.test(sentence.slice(f.index - s.start)) || FACE_HIDDEN.test(sentence) || CONSENT.test(sentence)) return false
    report(doc, f.index, f.index + f[0].length, '顔が分かる人物の画像の公開', emit)
    return true
  }
  return false
}

/** A household's member pointed at by its surname: 大坪さんとこのじいちゃん, 古賀さんちの息子さん, 中島さんところのおばあちゃん. */
const HOUSEHOLD_MEMBER =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,3}(?:さん|さま|様)(?:とこ|ところ|ち|家|宅)の[ 　]?(?:おじいちゃん|おばあちゃん|じいちゃん|ばあちゃん|じいさん|ばあさん|おじいさん|おばあさん|ご主人|旦那さん|奥さん|息子さん|娘さん|お嫁さん|長男|次男|長女|次女|お孫さん|孫|お父さん|お母さん|親父さん|おやじさん)/u
/** A trade or a place told before them: うなぎ屋しよらす, 沖端で…店をやってる, 酒屋の. */
const TRADE_OR_PLACE = /(?:屋|店|農家|医院|工務店|商店|食堂|旅館|酒造|薬局)|[\p{Script=Han}ヶノ々]{2,5}(?:町|地区)?(?:で|の)/u
/** Their age or a private matter: 88歳, 免許を返し, 入院, 施設に入, 亡くなっ. */
const AGE_OR_MATTER =
  /(?<![0-9])(?:[0-9]{2,3}|[一二三四五六七八九]十[一二三四五六七八九]?)(?:歳|才)|免許[^。！？!?\n]{0,4}?(?:返納|返し|返す|返しに|返した)|入院|施設に入|亡くな|認知症|介護|病気|手術|借金|離婚/u

function householdMemberPointed(t: string, doc: Doc, emit: Emit): boolean {
  const m = HOUSEHOLD_MEMBER.exec(t)
  if (!m || quotedOnLine(t, m.index)) return false
  if (!TRADE_OR_PLACE.test(t.slice(Math.max(0, m.index - 24), m.index))) return false
  if (!AGE_OR_MATTER.test(t.slice(Math.max(0, m.index - 60), m.index + m[0].length + 120))) return false
  report(doc, m.index, m.index + m[0].length, '屋号・場所・家族で特定できる住民とその事情', emit)
  return true
}

/** A child told by school and year: 蒲池小5年の男子, 昭代中学校2年生の女子生徒. */
const SCHOOL_GRADE_CHILD =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}(?:小学校|中学校|小|中)[0-9１-６一二三四五六](?:年生?|年)(?:の)?(?:男子|女子|男児|女児|男の子|女の子|児童|生徒)/u
/** Hurt in an accident or taken to hospital, told of the child. */
const CHILD_HURT = /入院し|入院中|搬送され|病院に(?:運|入院|搬送)|骨折|意識(?:不明|は)|重傷|軽傷|けがを|負傷/u
const ACCIDENT = /事故|接触|はねられ|衝突|転落|転倒|ぶつか/u

function schoolGradeChildHurt(doc: Doc, emit: Emit): boolean {
  const t = doc.squeezed.text
  if (!ACCIDENT.test(t) || !CHILD_HURT.test(t)) return false
  const m = SCHOOL_GRADE_CHILD.exec(t)
  if (!m || quotedOnLine(t, m.index)) return false
  const around = t.slice(Math.max(0, m.index - 60), m.index + m[0].length + 80)
  if (!ACCIDENT.test(around) || !CHILD_HURT.test(around)) return false
  report(doc, m.index, m.index + m[0].length, '事故に遭った子どもの学校・学年・性別と入院先', emit, true)
  return true
}

/** A shelter named, and someone living in it: 蒲池体育館の避難所では, 避難所の…のスペース, 避難生活. */
const SHELTER = /避難所|避難先/u
const LIVING_THERE = /生活|過ごされ|過ごして|寝泊まり|身を寄せ|スペース|避難され|避難して/u
const HOME_DAMAGE = /浸水|浸か|全壊|半壊|損壊|流され|焼け|戻れ|住めな|被災/u
const NAME_AGED = new RegExp(`(${NAME_SOURCE})[ 　]?[（(][ 　]?(?:[0-9]{1,3}|[一二三四五六七八九十]{1,4})(?:歳|才)?[ 　]?[)）]`, 'gu')

function namedEvacuee(t: string, doc: Doc, emit: Emit): boolean {
  if (!SHELTER.test(t) || !LIVING_THERE.test(t) || !HOME_DAMAGE.test(t) || /訓練|想定/u.test(t) || CONSENT.test(t)) return false
  for (const m of t.matchAll(NAME_AGED)) {
    const name = m[1]!
    if (NOT_A_NAME_WORD.test(name) || quotedOnLine(t, m.index)) continue
    report(doc, m.index, m.index + name.length, '避難所にいる人の名前・年齢と自宅の被害', emit)
    return true
  }
  return false
}

export function privateCircumstance(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (readerKinDebt(t, doc, emit, reply)) return
  if (namedDebtor(t, doc, emit)) return
  if (formerPostVictim(t, doc, emit)) return
  if (namedWorkerPenalty(t, doc, emit)) return
  if (faceShownPosted(t, doc, emit)) return
  if (householdMemberPointed(t, doc, emit)) return
  if (schoolGradeChildHurt(doc, emit)) return
  namedEvacuee(t, doc, emit)
}
