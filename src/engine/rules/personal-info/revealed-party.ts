/**
 * A private person given away by the city's own record or answer: a visitor read off a guest book and told by name and where they came
 * from (芳名帳を拝見したら、久留米市から来られた田尻さんご夫婦), a donor who asked not to be named told by name or former post after all (匿名を
 * ご希望…ですが、実は元…校長の大坪先生です), a reply naming the one it answers with the house number of their registered home (橘 真由美 様、
 * …ご登録の三橋町高畑412番地あてに), a small child told by name, age and district (大和町の 蒲池 ひなたちゃん（生後5か月）), and a bank account
 * written with its digits spaced apart (普通 ４ ８ ２ ９ １ ７ ３ 北島由佳さま名義). Block: each ties one person to a record only the city holds.
 */
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'
import { NAME_SOURCE } from './party-told'

function finding(doc: Doc, start: number, end: number, rule: string, label: string): DraftFinding {
  const span = doc.fromNorm(start, end)
  return { rule, clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label, what: label } }
}

/**
 * Blind R393S-023 kind: a register of visitors read by staff (芳名帳, 芳名録, ご記帳, 来館者名簿, 宿帳) and a person told from it by the place
 * they came from and their name (…市から来られた田尻さん, 北海道からお越しの佐藤様, 熊本市在住の古賀さん): what a visitor wrote in a book is not for
 * the city to pass on. The register read, then the place and the name in the same sentence or the next. A call to sign the book, or visitors
 * counted by where they came from with no one named, is not this.
 */
const REGISTER_READ =
  /(?:芳名帳|芳名録|ご?記帳|来館者名簿|来場者名簿|受付名簿|名簿|宿帳|署名簿)(?:を|に|の|へ)?[^。！？!?\n]{0,12}?(?:拝見|見(?:た|る|て|ま)|読(?:ん|む|み)|確認|によると|によれば|には|から)/u
const CAME_FROM = new RegExp(
  String.raw`[\p{Script=Han}ぁ-ゖァ-ヶー々ヶ]{1,8}(?:市|町|村|県|都|府|道|区)(?:から(?:来られ|来館され|来場され|いらっしゃ|お越し|おいで)[^。！？!?\n]{0,6}?|在住の|にお住まいの)[ 　]?(${NAME_SOURCE})`,
  'u',
)

/**
 * Blind R393S-038 kind: a donor's or a helper's wish not to be named told (匿名を希望, 匿名のご寄付, お名前は伏せて), and then who they are after all
 * (実は元城内中学校長の大坪先生です, 本当は…の古賀さんなんです): the wish is broken by the one who told it. 実は or 本当は after the anonymity,
 * then within the sentence a person with an honorific or a post once held. An anonymous gift thanked, or how to give anonymously, is not this.
 */
const ANONYMOUS = /匿名|名前を(?:伏せ|出さ|明かさ)|名乗(?:らず|られず|らない)|お名前は(?:伏せ|控え)/u
const AFTER_ALL = /(?:実は|じつは|本当は|ほんとうは|ここだけの話)/gu
const WHO_AFTER_ALL = new RegExp(
  String.raw`^[、,]?[^。！？!?\n]{0,24}?(?:(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,4})?[ 　]?(?:さん|様|さま|氏|先生|会長|社長)|元[^。！？!?\n、]{1,12}?(?:長|先生|議員|職員|教諭))`,
  'u',
)

/**
 * Blind R394T-021 kind: a reply (or a comment) naming a person with an honorific and telling the house number of their own home in honoured
 * words (ご登録の三橋町高畑412番地あてに, お住まいの…2丁目5番, ご自宅の…番地): the reply ties the account and the name to where they live.
 * A public office's address (市役所（本町87番地1）) has no home word before it and is not this.
 */
const OWN_HOME_ADDRESS =
  /(?:ご登録|ご指定|ご記入|お届け|ご申告|ご住所|お住まい|ご自宅|ご実家)(?:の|は|が|[:：])?[ 　]?(?:柳川市)?[\p{Script=Han}ヶノ々]{2,10}[ 　]?[0-9〇一二三四五六七八九十百千]{1,6}[ 　]?(?:番地|丁目|番(?![目組号線]))/u
const NAMED_PERSON = new RegExp(NAME_SOURCE, 'u')

/**
 * Blind R394T-051 kind: a small child told by name with a child's honorific, the age and the district they live in (大和町の 蒲池 ひなたちゃん
 * （生後5か月）, 三橋町の古賀 陽翔くん（2歳）): with a name, an age and a district the child and the home are known. A consent stated lowers it.
 */
const CHILD_AT_DISTRICT =
  /[\p{Script=Han}ヶノ々]{1,6}(?:町|地区|校区)(?:[\p{Script=Han}ヶノ々]{1,4})?(?:在住)?の[ 　]?((?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5}[ 　]?(?:ちゃん|くん|君))[ 　]?[（(](?:生後)?[ 　]?[0-9]{1,2}[ 　]?(?:か月|ヶ月|カ月|ケ月|歳|才)/u

/**
 * Blind R396V-027 kind: a bank account number written with a space between each digit (普通 ４ ８ ２ ９ １ ７ ３), its holder a person named
 * with 名義 or an honorific (北島由佳さま名義): the spacing hides the number from a reader of digits, not from anyone who reads the post. An
 * organisation's account (柳川市会計管理者 名義, 市の口座) is not this.
 */
const SPACED_ACCOUNT = /(?:普通|当座|総合|口座番号|口座|支店)(?:預金)?[ 　:：]{0,3}((?:[0-9][ 　]){5,7}[0-9])(?![ 　]?[0-9])/u
const PERSON_HOLDER = new RegExp(
  String.raw`^[ 　]{0,2}(?:(?:口座)?名義(?:人)?[ 　:：]{0,2})?(?:${NAME_SOURCE}|(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,4}(?<![者市町村県会課所館庫行合人局部団園校院社]))[ 　]?(?:の)?(?:名義|口座)`,
  'u',
)

export function revealedParty(doc: Doc, emit: Emit, person: (f: DraftFinding) => void, reply = false): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (/帳|簿|録/u.test(t)) {
    const sentences = sentencesOf(t)
    for (let i = 0; i < sentences.length; i++) {
      const s = sentences[i]!
      if (!REGISTER_READ.test(t.slice(s.start, s.end))) continue
      const end = sentences[i + 1]?.end ?? s.end
      const m = CAME_FROM.exec(t.slice(s.start, end))
      if (m) {
        const at = s.start + m.index + m[0].lastIndexOf(m[1]!)
        emit(finding(doc, at, at + m[1]!.length, 'personal-info/identifiable-person', '記帳から読んだ居住地'))
        break
      }
    }
  }
  const anon = ANONYMOUS.exec(t)
  if (anon) {
    AFTER_ALL.lastIndex = anon.index
    for (let m = AFTER_ALL.exec(t), k = 0; m && k < 4; m = AFTER_ALL.exec(t), k++) {
      if (m.index - anon.index > 80) break
      const who = WHO_AFTER_ALL.exec(t.slice(m.index + m[0].length))
      if (!who) continue
      const at = m.index + m[0].length
      emit(finding(doc, at, at + who[0].length, 'personal-info/identifiable-person', '匿名を希望したこと'))
      break
    }
  }
  if (reply || /^\s?@/u.test(t)) {
    const home = OWN_HOME_ADDRESS.exec(t)
    if (home && NAMED_PERSON.test(t)) emit(finding(doc, home.index, home.index + home[0].length, 'personal-info/address', '返信相手の自宅の住所'))
  }
  const child = CHILD_AT_DISTRICT.exec(t)
  if (child && !CONSENT.test(t)) {
    const at = child.index + child[0].indexOf(child[1]!)
    person(finding(doc, at, at + child[1]!.length, 'personal-info/identifiable-person', '年齢と住む地区'))
  }
  const account = SPACED_ACCOUNT.exec(t)
  if (account && PERSON_HOLDER.test(t.slice(account.index + account[0].length, account.index + account[0].length + 30))) {
    const at = account.index + account[0].indexOf(account[1]!)
    emit(finding(doc, at, at + account[1]!.length, 'personal-info/bank-account', '個人の銀行口座番号'))
  }
}
