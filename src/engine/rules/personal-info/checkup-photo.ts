/**
 * Blind R360H-033 kind: a photo of the people who came to a health check-up, a screening or a vaccination (特定健診, がん検診, 予防接種, 献血),
 * the post saying it shows them (写真は受付の様子, 写ってる皆さん, 受診された方の様子): being pictured there tells everyone that they were
 * screened or treated, a health matter, with their faces, and no leave is told. Warn, read only with an image or a video attached (index.ts).
 * Not a photo of the staff, of the hall before it opened, or of no one (写真は準備をする保健師です, 会場設営の様子), nor a post stating consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

const CHECKUP_EVENT = /特定健診|健康診断|健診|検診|人間ドック|予防接種|ワクチン接種|集団接種|献血|骨密度測定/u
const ATTENDEES_PICTURED =
  /(?:写真|画像|📸|📷)(?:は|の)?[^。！？!?\n]{0,8}?(?:受付|待合|問診|採血|測定|検査|接種)(?:の|中の)?(?:様子|風景|光景|ようす)|写って(?:る|いる|いらっしゃる|おられる)(?:皆さん|みなさん|皆様|方|人)|(?:受診|受検|接種)(?:者|された方|に来られた方)(?:の|が)[^。！？!?\n]{0,10}?(?:写真|写って)/u
const NOT_ATTENDEES = /スタッフ|職員|保健師|看護師|医師|準備|設営|前日/u

export function checkupPhoto(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!CHECKUP_EVENT.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const m = ATTENDEES_PICTURED.exec(sentence)
    if (m === null || NOT_ATTENDEES.test(sentence)) continue
    const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
    emit({ rule: 'personal-info/unasked-portrait', clause: '4(4)', start: span.start, end: span.end })
    return
  }
}
