/**
 * tone/insensitive — 4(2): an apology for a grave matter made light (職員の不祥事、ほんとすみませんでした🙇💦, 書類の誤送付、申し訳ありませんでし
 * た🙇 次から気をつけまーす！, 個人情報の漏えい、ごめんなさい🙇😂): levity and a casual voice in the paragraph of the apology (emoji,
 * laughter, kaomoji, slang, elongation, ！！, casual and dialect endings), and words that make an apology light by themselves (てへぺろ,
 * めんご, ごめんちゃい), on any account. Stays clean: an apology for an inconvenience (ご不快な思いをさせてしまい、申し訳ありませんでした🙇),
 * the apology's own bow (🙇, any gender or skin), serious and warning emoji, a grave matter only supposed, a post that tells a tragedy
 * (levity-near-misfortune.ts judges it).
 */
import type { Span } from '../../text'
import { BOW_EMOJI, inRanges, KIND_JA, N_APOLOGY, REMOVE, SERIOUS_EMOJI, supposed, WARNING_EMOJI } from './context'
import type { TonePost, ToneReading, ToneSignal } from './context'

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
/** Careless in an apology for a grave matter: levity and a casual voice (しまーす, ごめんね, ｗ, 😭). */
const APOLOGY_LEVITY: ReadonlySet<ToneSignal['kind']> = new Set(['emoji', 'laughter', 'kaomoji', 'elongation', 'slang', 'exclaim', 'ending', 'dialect', 'babytalk'])

/** The grave matter the paragraph's apology is for (or the writer's distress in it), and the words that make it light. */
export function apologyFacts(r: ToneReading) {
  const { norm, t, normMay, quotesNorm } = r
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
  return { apology, lightApology }
}

/** tone/insensitive for the first apology of a post that tells no tragedy: true when it reported (the post is judged no further). */
export function apologyMadeLight(p: TonePost): boolean {
  const { text, facts, spans, emit, signals } = p
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
      return true
    }
  }
  return false
}
