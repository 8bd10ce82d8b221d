/**
 * Blind R234M-063 kind: a resident addressed by name (堤さま、コメントありがとうございます) and told, in public, about the case they brought
 * to the counter: a welfare benefit, a support for a family in need, a certificate of disability, arrears, or a registration of the family
 * register (先日窓口でご相談いただいた児童扶養手当の件ですが、離婚届の受理日が確認でき次第…). Whom the city helps, and why, is theirs alone
 * (要配慮個人情報 and the household's circumstances); a public reply ties it to their name. Block. The name opens the paragraph (after an
 * @handle too); the matter and the case the person brought (ご相談いただいた, 申請いただいた, お手続きいただいた, 受給中の) are in one
 * sentence. A question about how to apply answered in general (児童扶養手当の申請方法は、…窓口でご案内しています), the public as a class
 * (皆さま) and a case with no matter named (先日ご相談いただいた件は、担当からご連絡します) are not this.
 */
import type { Doc } from '../../doc'
import { sentenceSpan, withoutUrls, type Emit } from './context'

/**
 * The paragraph opens by calling one person by name: 堤さま、 / @yngw_mama 古賀 美咲様、 / 田中さん！ — or, as a letter does, on a line
 * of its own (中島様⏎コメントありがとうございます…; blind R277T-013 kind).
 */
const ADDRESSED = /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?(?!皆|みな|利用者|お客|市民|保護者|各位)[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さま|様|さん|殿)(?:[、,！!]|[ 　]{0,2}\n)/u
/**
 * Blind R277T-013 kind: a paragraph that is nothing but one person's name and honorific, a letter's salutation standing alone above a blank
 * line (中島様⏎⏎コメントありがとうございます。…): the paragraphs after it are addressed to that person (judged in index.ts `post`).
 */
const SALUTATION = /^\s?(?:@[A-Za-z0-9_]{1,15}\s?)?(?!皆|みな|利用者|お客|市民|保護者|各位|関係)[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})?[ 　]?(?:さま|様|さん|殿)[ 　\n]{0,4}$/u
export function isSalutation(t: string): boolean {
  return t.length <= 40 && SALUTATION.test(t)
}
/** A matter of the household's means, health or family told of one person. */
const MATTER =
  /児童扶養手当|生活保護|就学援助|療育手帳|障(?:害|がい)者?手帳|精神(?:障(?:害|がい)|保健福祉手帳)|要介護認定|ひとり親|母子家庭|父子家庭|離婚|(?:DV|ドメスティック)|滞納|未納|督促|分納|差(?:し)?押(?:さ)?え|自己破産|債務整理|生活困窮|(?:住民税)?非課税世帯|(?:医療費|保育料|給食費)の(?:減免|免除)|特別児童扶養手当|障害年金/u
/** The case the person brought: consulted, applied, filed, received. */
const THEIR_CASE =
  /(?:ご相談|ご申請|申請|お手続き|手続き|ご提出|提出|お申し込み|申し込み|お届け|届け?出)(?:を)?(?:いただ(?:いた|きました|いて)|頂(?:いた|きました)|され(?:た|まし)|くださっ|のあった)|受給(?:中|され)|(?:申請|お申し込み|申し込み|届け?出)(?:を|は)?(?:受け付けました|受け付けいたしました|受理しました|受理いたしました)|(?:受理|審査|支給|認定)(?:日|結果)?(?:が|を)?(?:確認でき|決まり|下り|済み|の手続きに入)|(?:未納|滞納)(?:と|に)なっ(?:て|ており)|督促状を(?:お)?(?:送り|送付|発送)(?:し|いたし)/u

/**
 * `unaddressed` receives the finding of a paragraph that tells such a case but names no one at its head: a salutation paragraph above it
 * (isSalutation) addresses it (index.ts `post`).
 */
/*
 * Blind R347P-040 kind: a reply answers one account, so its reader is the person whose case it tells even with no name (@mama_yngw 昨日は窓口まで
 * ありがとうございました！ひとり親家庭の医療費助成、申請は受理済みです): the handle ties the case to them before everyone, as a name does. `reply`
 * is set for a reply or a paragraph opening with @handle (index.ts). The case must be the reader's own: not those who did it as a class (申請
 * された方は, 受給中の方へ).
 */
const CASE_OF_CLASS = /(?:た|る|中の|ている)(?:方|人|皆|世帯|ご家庭)(?:は|へ|に|も|の|が|を|から|で)/u
export function counterCase(doc: Doc, emit: Emit, unaddressed?: Emit, reply = false): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!MATTER.test(t) || !THEIR_CASE.test(t)) return
  const who = ADDRESSED.exec(t) ?? (reply ? /^/u.exec(t) : null)
  if (!who && !unaddressed) return
  const out = who ? emit : unaddressed!
  for (let at = 0; at < t.length; ) {
    const s = sentenceSpan(t, at)
    at = Math.max(s.end + 1, at + 1)
    const sentence = t.slice(s.start, s.end)
    const matter = MATTER.exec(sentence)
    if (!matter || !THEIR_CASE.test(sentence)) continue
    // A form or a way to apply explained (申請方法, 申請の際は, 手続きの流れ): general guidance, not their case.
    if (/方法|の際|場合|流れ|ご案内して|できます|ください|下さい|ませんか/u.test(sentence.replace(/お待ちください|少々お待ち/gu, ''))) continue
    if (CASE_OF_CLASS.test(sentence)) continue
    const span = doc.fromNorm(s.start + matter.index, s.start + matter.index + matter[0].length)
    out({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '宛名（名前での呼びかけ）' } })
    return
  }
}
