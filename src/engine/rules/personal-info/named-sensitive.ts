/**
 * Blind R425A-002, R425A-023, R426B-046 kind: a private person called by name (a surname or a full name with さん・様, a couple or a family by
 * their surname: 大石さんご夫婦, 佐藤さん・村上さん) and told, in the same sentence or in the bracket after the name, a matter that is 要配慮
 * 個人情報 in the city's guideline: violence from a spouse or a partner (夫からの暴力で, 元交際相手のDVを逃れて), protection or a shelter
 * (一時保護を利用され, シェルターに避難), public assistance (生活保護を受けながら, 生活保護を受給中), a disability (知的障がいがあり, 療育手帳を
 * お持ち), an illness by its name (がんで闘病中, 統合失調症と診断され), a criminal record (前科があり, 刑務所を出所), or the sexual orientation
 * told by the partnership oath (パートナーシップ宣誓をされた). Told of one household in a small town, the name alone finds them. Block.
 *
 * The matter is tied to the name in one of three ways: it stands in the bracket after the name (大石さんご夫婦（…生活保護を受けながら…）); the
 * name is the sentence's subject and the matter follows it (…さん（38歳）は、夫からの暴力で…); the matter is a clause on the name (生活保護を
 * 受けている中島さん, パートナーシップ宣誓をされた佐藤さん). identifiable-person.ts reads the victim and the oath with a full name and a detail
 * beside it; this one reads any name the matter is told of.
 *
 * Not the matter told of others or in general (…を受けている方は, 暴力に悩む女性を支援, 宣誓をされた方へ), a name in a role that serves or
 * speaks (福祉課の中島さん, 講師の…さん, 弁護士の…さん, …さんがご説明します), a name quoted as an example, a matter named as a topic without
 * its verb (DV被害者の支援, 生活保護の制度, 一時保護所の見学), or a paragraph that states the person's consent.
 *
 * Blind R455G-039 kind: a young person called with くん or ちゃん (…翔太くん, 松永 陽菜ちゃん), the school they came from possibly in the bracket
 * (（…中出身）), told how their body was disabled as the life they now live (事故で車いす生活になった, 下半身不随となった, 失明された, 後遺症が
 * 残り): a disability is 要配慮. Not the life told of a class (車いす生活の方も), a named young person told an honour (…で入賞した…くん), a pet
 * or a baby (赤ちゃん, 猫ちゃん).
 */
import type { Doc } from '../../doc'
import { matchAllOf } from '../../regex'
import { CONSENT, CONTACT_AFTER_NAME, quotedOnLine, sentencesOf, staffBefore, withoutUrls, type Emit } from './context'

/** A private person's name with an honorific, a couple or a family by it: 古賀真由美さん, 大石さんご夫婦, 堤 和子様. */
const NAMED =
  /(?<![\p{Script=Han}々ヶァ-ヶー])(?:[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々][\p{Script=Han}々ぁ-ゖ]{0,3})?|[ァ-ヶー]{2,6}[ 　][ァ-ヶー]{2,6})[ 　]?(?:さん|様|さま|氏|くん|ちゃん)(?:ご夫婦|ご夫妻|夫婦|夫妻|ご一家|一家|親子|ご家族)?/gu
/*
 * Blind MI-054 kind: a notice addressed to all who are in a scheme (…を受給されている世帯の皆様へ, …を利用しているご家庭のみなさま, …の対象の
 * ご家族様): the honorific stands on a group word (皆・みな・各, 世帯, 家庭, 家族, 一同, 方々), read with what precedes it back to the の (世帯の皆).
 * An addressed group names no one; the clause before it tells who the notice is for, not a matter of a person.
 */
const GROUP_CORE = /(?:皆|みな|みんな|各|世帯|家庭|家族|一同|方々|各位)$/u
/** What before the honorific is no one's name: groups, classes of people, staff and bodies. */
const NOT_A_NAME =
  /^(?:母|父|兄|姉|弟|妹|娘|息子|子|孫|祖父|祖母|叔父|叔母|伯父|伯母|嫁|婿|夫|妻|主人|旦那|赤|坊|嬢|お嬢|猫|犬|[\p{Script=Han}]{0,3}(?:猫|犬))$|^(?:皆|みな|各|奥|お客|ご家族|ご本人|本人|当事者|利用者|参加者|会員|市民|関係者|保護者|相談者|被害者|受給者|対象者|来場者|入居者|患者|同)|(?:者|員|長|課|係|局|所|館|園|院|校|会|社|部|室|庁|団|組|家)$/u
/** A role that serves, speaks or explains, right before the name (福祉課の, 講師の, 弁護士・, 代表理事 ). */
const ROLE_BEFORE = staffBefore(
  '弁護士|司法書士|社会福祉士|精神保健福祉士|臨床心理士|公認心理師|カウンセラー|ケースワーカー|民生委員|児童委員|委員|代表|理事|理事長|会長|所長|館長|園長|教授|准教授|議員|市長|登壇者|講演者|ゲスト|パネリスト|語り部|司会|主催者|監修',
)
/** Where the sentence sets the name as one who speaks or explains: a lecture, a talk, a panel. */
const SPEAKER_SENTENCE = /講演|講師|登壇|パネリスト|基調|語り部|ご説明|説明します|ご案内します/u

/** The matter, as told of a person (a verb, not the topic's noun). */
const PARTNER = '(?:夫|妻|元夫|元妻|配偶者|交際相手|元交際相手|恋人|元恋人|パートナー|内縁の[夫妻]|父親|母親|義父|義母|親)'
const MATTER = new RegExp(
  [
    // violence from a spouse, a partner or a parent
    String.raw`${PARTNER}(?:から|からの|の)[^。！？!?\n「」]{0,8}?(?:暴力|DV|虐待|暴言|つきまとい|ストーカー)(?!(?:に|で)?(?:悩|苦し|困|お困り)[^。！？!?\n]{0,4}?(?:方|人|女性|男性|皆))`,
    String.raw`(?:暴力|DV|虐待|ストーカー(?:行為)?|つきまとい)(?:を|から)[ 　]?(?:逃れ|避け|受け|うけ|のが)`,
    String.raw`(?:DV|ストーカー|性暴力|性犯罪|虐待)(?:の)?被害(?:に遭|にあ|を受け)`,
    // protection, a shelter
    String.raw`一時保護(?:を|で|に)?[ 　]?(?:利用|受け|され|中|に(?:な|入))`,
    String.raw`(?:シェルター|保護施設|母子生活支援施設|女性自立支援施設)(?:に|で|へ)[ 　]?(?:避難|入所|保護|身を寄せ|暮ら|過ごさ|過ごし|生活(?:され|し))`,
    // public assistance
    String.raw`生活保護(?:を|の|も)?[ 　]?(?:受け|受給|利用|もらっ|頼っ|申請(?:され|し(?:た|て|ま)))|(?:生活)?保護費(?:で|を(?:受け|もら))|生活保護(?:世帯|受給者)(?:で|です|でいらっしゃ)`,
    // a disability
    // Blind R455G-039 kind: how a body was disabled, told as a life now lived (車いす生活になった, 事故で半身不随に, 失明され, 後遺症が残り)
    String.raw`(?:車いす|車椅子|車イス)(?:での)?生活(?:に(?:な|入)|を(?:送|続け|余儀なく)|です|だ|中|の)|(?:下半身|半身|四肢)(?:不随|まひ|麻痺)(?:に|と|の|で|が|とな)|失明(?:し|され)|(?:後遺症|障(?:害|がい))が残(?:っ|り|る)|寝たきり(?:にな|の状態|生活)`,
    String.raw`(?:知的|精神|発達|身体|聴覚|視覚|重度の?)?障(?:害|がい|碍)(?:が|を)[ 　]?(?:あ[りるっ]|お持ち|持っ|抱え|負)|(?:障(?:害|がい)者|身体障(?:害|がい)者|精神障(?:害|がい)者保健福祉|療育)手帳(?:を|の)[ 　]?(?:お持ち|持っ|取得|交付を受け)`,
    // an illness by its name
    String.raw`(?:がん|癌|HIV|エイズ|白血病|難病|パーキンソン病|ALS|筋ジストロフィー|統合失調症|双極性障(?:害|がい)|うつ病|認知症|アルコール依存症|依存症|発達障(?:害|がい)|自閉症|自閉スペクトラム症|ADHD)(?:を|と|で|に)[ 　]?(?:患|診断|闘病|抱え|発症|告知|療養|治療中|苦しん|かか)`,
    // a criminal record
    String.raw`前科(?:が|を|の)[ 　]?(?:あ|持|お持ち)|(?:刑務所|少年院)(?:から|を)[ 　]?(?:出所|退院|出)|刑務所(?:に|で)[ 　]?(?:服役|入っ|い)|服役(?:し|され|中|を終え)|出所(?:し|され|後)|逮捕歴|犯罪歴|受刑(?:し|中|され)|執行猶予(?:中|付き|の判決)`,
    // the sexual orientation, by the partnership oath or in words
    String.raw`パートナーシップ(?:制度)?(?:の)?(?:宣誓|届出|届け出|登録|証明)(?:書)?(?:を|が)?[ 　]?(?:され|し(?:た|て|ま)|なさ|済ま|交わ|受理され)`,
    String.raw`同性(?:の)?(?:カップル|パートナー|の恋人)(?:で(?:あ|いらっしゃ|す)|として(?:暮ら|生活))|(?:ゲイ|レズビアン|バイセクシュアル|トランスジェンダー|同性愛者?)(?:で(?:ある|あり|いらっしゃ|あること|す)|だと|と(?:公表|打ち明|カミングアウト)|であることを)`,
  ].join('|'),
  'u',
)
const MATTER_ALL = new RegExp(MATTER.source, 'gu')
const HONORIFIC = /さん|様|さま|氏|くん|ちゃん/u
const BRACKET_HEAD = /^(?:[（(][^（()）\n]{0,40}[)）])?/u
/** The matter told of others as a class right after it (…を受けている方は, …された方へ, …に悩む女性を). */
const OF_OTHERS = /^[^。！？!?\n]{0,8}?(?:方|人|女性|男性|母子|親子|皆|世帯|家庭|家族|子ども|子供|カップル|ケース|場合)(?:へ|に|の|を|は|が|も|たち|向け|から|など|について)/u
/** The name's tie as the subject: a bracket, then は・が・も or a comma. */
const SUBJECT_AFTER = /^(?:[（(][^（()）\n]{0,40}[)）])?[ 　]?(?:は|が|も|、|,)/u
/** Between a clause's verb and the name it describes: the verb's ending only (…されていた, …ている, …中の). */
const CLAUSE_TO_NAME = /^[ぁ-ゖ]{0,8}(?:中の)?[、,]?[ 　]?(?:[\p{Script=Han}ヶノ々]{1,6}(?:在住の|にお住まいの|の))?[ 　]?$/u
/** A quotation inside the sentence: what someone says is no matter told of the name. */
const QUOTED = /「[^「」\n]{0,80}」|『[^『』\n]{0,80}』/gu

function blank(s: string): string {
  return s.replace(QUOTED, (q) => '　'.repeat(q.length))
}

export function namedSensitive(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!MATTER.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    // The bracket after a name may hold a sentence's end (（ともに70代。生活保護を受けながら…）): read on to its close.
    const sentence = blank(t.slice(s.start, s.end))
    NAMED.lastIndex = 0
    for (let m = NAMED.exec(sentence), k = 0; m && k < 8; m = NAMED.exec(sentence), k++) {
      const at = s.start + m.index
      const end = at + m[0].length
      const core = m[0].replace(/[ 　]?(?:さん|様|さま|氏|くん|ちゃん).*$/u, '')
      if (NOT_A_NAME.test(core) || GROUP_CORE.test(core) || quotedOnLine(t, at)) continue
      if (ROLE_BEFORE.test(t.slice(Math.max(s.start, at - 16), at)) || CONTACT_AFTER_NAME.test(t.slice(end, end + 16))) continue
      if (SPEAKER_SENTENCE.test(sentence.slice(0, m.index))) continue
      if (toldOf(t, sentence, s.start, m.index, m[0].length)) {
        const span = doc.fromNorm(at, end)
        emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '要配慮の事情（DV・保護・生活保護・障がい・病気・前科・性的指向）' } })
        return
      }
    }
  }
}

/** Whether a matter is told of the name at `i..i+n` of `sentence` (which starts at `from` in `t`). */
function toldOf(t: string, sentence: string, from: number, i: number, n: number): boolean {
  const end = from + i + n
  // In the bracket right after the name (read in the paragraph: the bracket may run past a 。).
  if (t[end] === '（' || t[end] === '(') {
    const close = t.slice(end, end + 80).search(/[)）]/u)
    if (close > 0 && matterIn(blank(t.slice(end + 1, end + close)))) return true
  }
  // The name as the subject, the matter after it in the sentence.
  const after = sentence.slice(i + n)
  if (SUBJECT_AFTER.test(after)) {
    const rest = after.slice(0, 80)
    // Another person named after the subject is whom the rest may be about: read up to them.
    const other = HONORIFIC.exec(rest.replace(BRACKET_HEAD, (b) => '　'.repeat(b.length)))
    if (matterIn(rest.slice(0, other ? other.index : rest.length))) return true
  }
  // A clause on the name: the matter's verb right before it.
  const before = sentence.slice(Math.max(0, i - 48), i)
  const m = lastMatter(before)
  if (m !== null && CLAUSE_TO_NAME.test(before.slice(m))) return true
  return false
}

function matterIn(s: string): boolean {
  for (const m of matchAllOf(MATTER_ALL, s, 6)) if (!OF_OTHERS.test(s.slice(m.index + m[0].length))) return true
  return false
}

/** Where the last matter in `s` ends, if it is told of no class of others. */
function lastMatter(s: string): number | null {
  let out: number | null = null
  for (const m of matchAllOf(MATTER_ALL, s, 6)) out = OF_OTHERS.test(s.slice(m.index + m[0].length)) ? null : m.index + m[0].length
  return out
}
