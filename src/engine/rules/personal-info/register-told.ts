/**
 * Team R362K-031 kind: what a public register holds about a named private person, told in public (お父様の中島 一郎さん（78歳・西蒲池）ですね。
 * 選挙人名簿を確認したところ、ご住所が以前の…のままに; 古賀 花子様（52）の住民票では本籍が…; @… 松尾 健さん、住民基本台帳上の世帯は…):
 * the register is kept from the public by law, and the name with an age or a district makes the entry one person's. Block. The person is
 * a full name with an honorific (or a name in a reply, the reader's kin: お父様の…さん), an age or a district in the bracket after it or
 * the post a reply; the register is named and said to be looked up or to read so (を確認したところ, によると, では, 上(は)); what it holds is
 * told (ご住所, 旧住所, 本籍, 世帯, 生年月日, 転居, 登録). Not a register's rule told in general (選挙人名簿の登録は、転入から3か月後です), a
 * staff member who checks (担当の古賀が名簿を確認します), a public figure in their role (選挙管理委員長の…氏).
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

const REGISTER = /選挙人名簿|住民票|住民基本台帳|戸籍(?:謄本|抄本|の附票)?|戸籍|附票|課税台帳|固定資産課税台帳|住基/u
const LOOKED_UP =
  /(?:選挙人名簿|住民票|住民基本台帳|戸籍(?:謄本|抄本|の附票)?|附票|課税台帳|住基)(?:の記録|の記載|の内容|の情報|のデータ)?(?:を|で)?(?:確認|照会|お調べ|調べ|拝見|見)(?:した|させていただいた|いたした|させて頂いた)?(?:ところ|結果|限り)|(?:選挙人名簿|住民票|住民基本台帳|戸籍|附票|課税台帳|住基)(?:の記録|の記載)?(?:によると|によれば|では|上(?:は|では|の)?)/u
const RECORD = /ご?住所|旧住所|新住所|本籍|世帯(?:主|構成)?|生年月日|転居|転入|転出|登録(?:地|先|の住所)|続柄|旧姓/u
const PERSON =
  /(?<![\p{Script=Han}々ヶァ-ヶー])([\p{Script=Han}々ヶ]{1,3}[ 　][\p{Script=Han}々]{1,3}|[\p{Script=Han}々ヶ]{2,5})[ 　]?(?:さん|様|さま|氏)[ 　]?(?:[（(][ 　]?(?:[0-9０-９]{1,3}(?:歳|才)?|[\p{Script=Han}ヶノ々]{1,6}(?:町|地区|在住))[^)）\n]{0,12}[)）])?/gu
const NOT_PERSON = /^(?:皆|各|お客|ご本人|本人|お父|お母|奥|旦那|ご主人|ご家族|担当者?|職員|委員長?|会長|市長|議長|議員)$|(?:者|課|係|局|所|館|会|長|員)$/u
const ROLE_BEFORE = /(?:担当|職員|委員長|委員|市長|議長|議員|係長|課長|局長|会長)[ 　の:：]{0,2}$/u

export function namedRegisterTold(doc: Doc, emit: Emit, reply: boolean): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!REGISTER.test(t) || !LOOKED_UP.test(t) || CONSENT.test(t)) return
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    PERSON.lastIndex = 0
    for (let m = PERSON.exec(sentence); m; m = PERSON.exec(sentence)) {
      const name = m[1]!
      if (NOT_PERSON.test(name) || ROLE_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue
      // A full name with an age or a district in the bracket after it, or a name in a reply.
      const detailed = /[（(]/u.test(m[0]) && (/[ 　]/u.test(name) || reply)
      if (!detailed && !(reply && /[ 　]/u.test(name))) continue
      // The register looked up and what it holds, in this sentence or the next two.
      const rest = t.slice(s.start + m.index, sentences[Math.min(sentences.length - 1, i + 2)]!.end)
      const look = LOOKED_UP.exec(rest)
      if (!look || !RECORD.test(rest.slice(look.index))) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名簿・住民票などに記録された私人の内容' } })
      return
    }
  }
}
