/**
 * The tone family's shared readings (4(1), 4(2): 表現の硬軟度合い): what more than one reader needs — a signal as the family holds
 * it (ToneSignal: kind, weight, rewrite, and whether it is levity on a stiff account) and what a paragraph contributes (ToneFacts),
 * the names of the kinds and levels in messages (KIND_JA, LEVEL_JA), each kind's weight and priority (WEIGHT, PRIORITY, KINDS),
 * what a paragraph's characters allow (charFacts), the emoji of warning, help and apology (SERIOUS_EMOJI, WARNING_EMOJI,
 * WARNING_SIGN, BOW_EMOJI), what a misfortune is (MISFORTUNE: a city vehicle's accident, a disaster told as having happened) and
 * whether one is only supposed (`supposed`: a prevention, a condition, a drill, a work's title), and the paragraph as the readers
 * see it (ToneReading) and the post as the judges see it (TonePost). No detector is here: nothing is reported by this file.
 * Part of the tone family (index.ts reads the signals in their order and judges the post).
 */
import type { Doc } from '../../doc'
import type { PostInput } from '../../rule'
import type { Span } from '../../text'
import { quoteAround, sentenceOf } from '../../words'

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

export const KIND_JA: Record<ToneSignal['kind'], string> = {
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

export const LEVEL_JA: Record<number, string> = { 5: '硬い', 4: 'やや硬い', 3: '中間', 2: 'やや柔らかい', 1: '柔らかい' }

export const REMOVE = '（削除する）'

export const always = (s: string) => () => s

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

/** Emoji of warning, help and condolence, not of levity (🙏 🚨 📢 🚑 …): not careless next to a tragedy. */
export const SERIOUS_EMOJI = new Set([0x1f64f, 0x1f6a8, 0x1f4e2, 0x1f4e3, 0x1f691, 0x1f692, 0x1f693, 0x1f198, 0x1f4de, 0x1f4cd, 0x1f3e5, 0x1f56f, 0x1f490, 0x1f4a7, 0x1f300, 0x1f4f1, 0x1f449, 0x1f447])
/** A person bowing (🙇): the bow of an apology. */
export const BOW_EMOJI = 0x1f647
/** Emoji of warning (⚠️ ❗ ‼️ ⛔): not careless in an urgent call to act (火災に注意⚠️). */
export const WARNING_EMOJI = new Set([0x26a0, 0x2757, 0x2755, 0x203c, 0x2049, 0x26d4, 0x1f6ab, 0x1f6a8, 0x1f4e2])
/** Signs of warning or prohibition proper (⚠️ ⛔ 🚫), as code points: a hazard drawn, not a feeling, so never levity. */
export const WARNING_SIGN: ReadonlySet<number> = new Set([0x26a0, 0x26d4, 0x1f6ab])

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
export const MISFORTUNE = new RegExp(`${MISFORTUNE_LISTED.source}|${HAPPENED.source}`, 'u')

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
export function inWorkTitle(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 30)
  if (!q || q.close - end > 30) return false
  return WORK_KIND.test(t)
}
/** Words that say a bracketed name is a work's title: a puzzle event, a play, a film, a book, a game. */
const WORK_KIND = /謎解き|なぞとき|推理|ミステリー|脱出ゲーム|ゲーム|朗読劇|演劇|劇団|公演|上演|映画|上映|小説|絵本|の本|新刊|展示|企画展|事件簿/u

export function supposed(t: string, start: number, end: number): boolean {
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

export const WEIGHT: Record<ToneSignal['kind'], number> = {
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
export const PRIORITY: Record<ToneSignal['kind'], number> = { kaomoji: 0, emoji: 1, laughter: 2, slang: 3, dialect: 4, ending: 5, elongation: 6, exclaim: 7, onomatopoeia: 8, babytalk: 9 }
export const KINDS = Object.keys(WEIGHT) as Array<ToneSignal['kind']>
export const KIND_INDEX = Object.fromEntries(KINDS.map((k, i) => [k, i])) as Record<ToneSignal['kind'], number>

/** Whether `at` is inside one of the (ordered, disjoint) ranges. */
export function inRanges(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
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

/** Indices of the paragraph gate's patterns (index.ts NORM_GATE: POLITE, DIALECT_WORD, MISFORTUNE, APOLOGY_NEEDS, in that order). */
export const N_POLITE = 0
export const N_DIALECT_WORD = 1
export const N_MISFORTUNE = 2
export const N_APOLOGY = 3

/**
 * A paragraph as the signal readers see it (index.ts `toneFactsOf` makes it): the norm view with URLs blanked (`t`), its offset map
 * (`norm`), the squeezed view (`sq`), the quotations in each (read past: the speaker's words), what its characters allow, the paragraph
 * gate's patterns worth trying (`normMay`), the signals read so far (in the order they are read) and `add`, which reads a pattern on
 * `t` outside quotations and pushes a signal per match.
 */
export interface ToneReading {
  doc: Doc
  norm: Doc['norm']
  t: string
  chars: CharFacts
  normMay: readonly number[]
  quotesNorm: Array<[number, number]>
  signals: ToneSignal[]
  add: (re: RegExp, kind: ToneSignal['kind'], fix: (m: string) => string, weigh?: (m: string) => number) => void
  sq: string
  quotesSq: Array<[number, number]>
  raw: string
}

/**
 * The post as the judges see it (index.ts `post`): the post's text, every paragraph's facts and where it stands, the context and
 * policy, `emit` (which adds the rewrite to each finding), the post's score, and `signals`, the signals of the whole post in order
 * (post offsets), at most `max`, optionally of some kinds only.
 */
export interface TonePost {
  text: string
  facts: ReadonlyArray<ToneFacts>
  spans: ReadonlyArray<Span>
  ctx: PostInput<ToneFacts>['ctx']
  policy: PostInput<ToneFacts>['policy']
  emit: PostInput<ToneFacts>['emit']
  score: number | null
  signals: (max: number, kinds?: ReadonlySet<ToneSignal['kind']>, keep?: (s: ToneSignal, at: number) => boolean) => ToneSignal[]
}
