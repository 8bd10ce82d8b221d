/**
 * A private person's LINE ID: LINE（ID：matsu_0930）, ラインID yuki.k22, LINE ID→ taro-yng. An ID
 * lets anyone add the person as a friend, like a phone number. Official accounts are written
 * with @ (@yanagawa_city) and come with 公式 or 友だち追加; those are not reported. With a person
 * owning it (代表の松本さん, 世話役の松本まで) it blocks, otherwise it warns.
 * Blind R62A-123: the ID told as a statement, with a particle after ID (LINEのIDは micchan_0731 なんだって, ラインIDが yui.0415,
 * LINE IDって taro-88); an app version there (LINEのIDは ver.13.5 以降で…) is not an ID.
 * Blind R167I-144: a colleague by their post (課長のLINEのID（…）, 上司のLINE): see PERSON_BY_TITLE.
 * Blind R123A-115: the account said to be someone's own before the ID (担当の個人LINEに送って→ LINE ID：…, 職員のプライベートのLINE,
 * 私の個人アカウント, 担当者のLINE（ID：…）): a member of staff's private account, which blocks even in a sentence naming the city
 * (柳川市の担当職員の個人LINE). Denied (個人のLINEではなく公式LINE…) or with 公式 between it and the ID, it says nothing.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { namesPerson, ownerOf, sentenceSpan, withoutUrls, type Emit } from './context'

const LINE_ID = /(?:LINE|ライン|ﾗｲﾝ)[ \t]?(?:の)?(?:(?:ID|アイディー|アカウント)(?:は|が|も|って|=|＝))?(?:ID|アイディー|アカウント)?[\s:：（(【\[→]{0,3}(?:ID[\s:：]{0,2})?(@)?([A-Za-z][A-Za-z0-9._\-]{3,19})(?![A-Za-z0-9._\-@])/giu
const OFFICIAL = /公式|友だち追加|友達追加|市の|当市|柳川市|役所|課|センター|協会/u
const LINE_WORD = '(?:LINE|ライン|ﾗｲﾝ|アカウント)'
/*
 * Blind R167I-144: a colleague called by the post they hold or by how they stand to the writer (うちの課長のLINEのID（…）, 係長のLINE ID:…,
 * 上司のライン, 先輩のLINE): one person's own account, as 職員のLINE is; 課 in 課長 is no section's official account. (Not with 公式 after
 * it: 園長の公式LINE. An elected office, 市長, is left out: its account is the office's.)
 */
const PERSON_BY_TITLE = '(?:課長|係長|部長|室長|所長|館長|園長|校長|教頭|店長|社長|主任|主査|上司|同僚|先輩|後輩|部下)'
const PRIVATE_ACCOUNT = new RegExp(
  `(?:個人|プライベート|私用|(?<![ご御])私|わたし|僕|ぼく|俺|おれ)(?:の|用の?)?[ 　]?${LINE_WORD}` +
    `|(?:担当(?:者|職員)?|職員|スタッフ|係員|社員|${PERSON_BY_TITLE})(?:さん)?の[ 　]?(?:個人(?:の|用の?)?|プライベート(?:の|用の?)?)?[ 　]?(?:LINE|ライン|ﾗｲﾝ)`,
  'u',
)
const DENIED_AFTER = /^[ 　]?(?:ID)?(?:では|じゃ|でなく|には(?:送ら|連絡し)ない|は(?:使(?:いませ|わな|用しな)|禁止))/u
/** Whether the words before the ID at `m` in its sentence call the account someone's own (担当の個人LINE, 職員のLINE). */
function privateAccountBefore(s: string): boolean {
  const re = new RegExp(PRIVATE_ACCOUNT.source, 'gu')
  let found = false
  for (const m of matchAllOf(re, s)) {
    const rest = s.slice(m.index + m[0].length)
    found = !DENIED_AFTER.test(rest) && !/公式|オフィシャル|[Oo]fficial/u.test(rest)
  }
  return found
}

export function lineIds(doc: Doc, emit: Emit): void {
  if (!/LINE|ライン|ﾗｲﾝ/iu.test(doc.norm.text)) return
  const t = withoutUrls(doc, doc.norm.text)
  LINE_ID.lastIndex = 0
  for (const m of matchAllOf(LINE_ID, t)) {
    if (m[1]) continue // @id: an official account
    const id = m[2]!
    // LINE Pay, LINE WORKS, LINEで: words, not IDs (an ID has a digit, a dot, an underscore or a hyphen).
    if (!/[0-9._\-]/.test(id)) continue
    // An app version (ver.13.5, v14.2) is no one's ID.
    if (/^v(?:er)?\.?[0-9]/i.test(id)) continue
    const a = m.index + m[0].length - id.length
    const b = a + id.length
    const sentence = sentenceSpan(t, a)
    const s = t.slice(sentence.start, sentence.end)
    const ownAccount = privateAccountBefore(t.slice(sentence.start, a))
    if (!ownAccount && OFFICIAL.test(s)) continue
    const owner = ownerOf(t, m.index)
    const person = ownAccount || owner.kind === 'person' || namesPerson(s) || /(?:の|、)\s?[\p{Script=Han}]{1,4}(?:まで|に|へ)\s?$/u.test(t.slice(Math.max(sentence.start, m.index - 12), m.index))
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/line-id', start: span.start, end: span.end, severity: person ? 'block' : 'warn' })
  }
}
