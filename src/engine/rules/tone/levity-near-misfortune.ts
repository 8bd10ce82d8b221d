/**
 * tone/insensitive — 4(2): levity next to a tragedy or a misfortune (不謹慎), on any account. Next to a tragedy word (訃報, 死亡事故, 被災:
 * the policy's `tragedy` list) any careless expression (emoji, laughter, kaomoji, slang, elongation, ！！, nursery words); next to a
 * lesser misfortune told as having happened (浸水, 救急搬送, 地震があった, 陽性者が出たため, a city vehicle's accident), an evacuation in
 * 災害時モード, or a stop for a weather disaster (大雨で…全便運休), only levity (laughter, kaomoji, slang, joyful or laughing emoji); the day
 * off made a treat (ゴロゴロ決定, お昼寝タイム) and the harm laughed off (もう笑うしかない) are levity there wherever they stand.
 * Stays clean: a misfortune only supposed or prevented (事故を防ぐため, 地震のときは, 交通事故ゼロ: context.ts `supposed`), a warning sign
 * (⚠️ ⛔ 🚫) and, in an urgent call to act, warning emoji and 🔥 drawing the fire hazard, a serious emoji (🙏 🚨) by a tragedy, a friendly
 * face on the recovery or a hopeful scene after a lesser misfortune, a tragedy word in a quoted call or a work's title.
 */
import type { Span } from '../../text'
import { inRanges, inWorkTitle, KIND_JA, MISFORTUNE, N_MISFORTUNE, REMOVE, SERIOUS_EMOJI, supposed, WARNING_EMOJI, WARNING_SIGN } from './context'
import type { TonePost, ToneReading, ToneSignal } from './context'
import { callerLine, callScript } from './own-voice'

/** Words of an urgent call to act or of prevention (火災に注意, 交通事故に気をつけて): ！ and emoji there are urgency or warmth; only levity (laughter, slang, kaomoji, laughing emoji) is careless. */
export const URGENT = /避難|注意|警戒|危険|ゼロを目指|ゼロに|安全運動|撲滅|啓発|キャンペーン|徹底しましょう|近づかない|近づかず|直ちに|ただちに|命を守る|至急|緊急|気をつけ|ご用心|警報|通行止め|防止|予防|防ごう|防ぎましょう|防ぐため|防ぐよう|守ろう|安全運転|備え/u

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

/** Careless next to a tragedy (事故, 訃報): any of these. */
const CARELESS: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang', 'exclaim', 'babytalk'])
/** Careless next to a lesser misfortune (浸水, 救急搬送): levity only. */
const LEVITY: ReadonlySet<ToneSignal['kind']> = new Set(['laughter', 'kaomoji', 'slang'])

/** The paragraph's first tragedy and lesser misfortune, evacuation and weather stop not only supposed, and every lazing and laughing-off. */
export function misfortuneFacts(r: ToneReading) {
  const { doc, norm, t, normMay, quotesNorm, sq, quotesSq } = r
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
  return { tragedy, mis, evacuation, halted, lazing, laughedOff }
}

/** tone/insensitive: levity next to the post's first tragedy, else its first misfortune, evacuation (災害時モード) or weather stop. */
export function levityNearMisfortune(p: TonePost): void {
  const { text, facts, spans, ctx, emit, signals } = p
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
}
