/**
 * An incident's victim named with their age and told with their injury or their medical check. Block (4(4)): the name and the age fix the
 * person, and what the doctors found is their health.
 *
 * Blind R411L-057 kind: someone bitten, hit, stung, fallen or hurt (咬まれた, はねられた, 刺された, 転倒した, 被害に遭った), named with an
 * honorific and an age in brackets (…さん（45）, …ちゃん（8歳）), the victim's word right before the name or in the name's own clause after the
 * bracket, then in that sentence or the next a medical outcome (検査の結果, 全治, 骨折, 入院, 搬送, 命に別状, 異常はない).
 *
 * Not a call to whoever is bitten (咬まれた場合は病院で検査を), a named vet or lecturer (獣医師の古賀先生（52）), a named helper thanked while
 * the victim is told unnamed (救助した古賀さん（45）に感謝状…けがをした男性は軽傷), a named person with age and no hurt (功労者の…さん（72）).
 */
import type { Doc } from '../../doc'
import { CONSENT, HEALTH_STAFF_BEFORE, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

const VICTIM =
  /(?:咬まれ|噛まれ|かまれ|襲われ|はねられ|ひかれ|轢かれ|刺され|けがをし|怪我をし|ケガをし|負傷し|転倒し|転落し|やけどをし|火傷し|溺れ|被害に(?:遭|あ)っ|巻き込まれ)/u
/** A name with an honorific and an age in brackets (徳永里美さん（45）, 古賀 ゆいちゃん(8歳)). */
const NAMED_AGED =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}[ 　]?(?!の)[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,5}[ 　]?(?:さん|様|さま|氏|ちゃん|くん|君)[ 　]?[（(][ 　]?[0-9０-９]{1,3}[ 　]?(?:歳|才|さい)?[ 　]?[)）]/gu
/** The victim's word right before the name (咬まれた徳永さん, はねられた小学生の中島さん). */
const VICTIM_BEFORE = new RegExp(`${VICTIM.source}た[ 　]?(?:[^、。\\s]{1,10}の)?[ 　]?$`, 'u')
const OUTCOME =
  /検査の結果|検査結果|診断|全治|骨折|打撲|入院|搬送|治療を受け|命に別状|軽傷|重傷|意識(?:が|は|不明)|異常は|異常が|心配はない|縫う|感染|陽性|陰性|後遺症/u

export function incidentVictim(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!VICTIM.test(t) || !OUTCOME.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    NAMED_AGED.lastIndex = 0
    for (let m = NAMED_AGED.exec(sentence), k = 0; m && k < 4; m = NAMED_AGED.exec(sentence), k++) {
      const before = sentence.slice(Math.max(0, m.index - 24), m.index)
      if (HEALTH_STAFF_BEFORE.test(before) || quotedOnLine(t, s.start + m.index)) continue
      const after = sentence.slice(m.index + m[0].length)
      const clause = after.slice(0, Math.max(0, after.search(/[、。]|$/u)))
      if (!VICTIM_BEFORE.test(before) && !VICTIM.test(clause)) continue
      const next = spans[i + 1]
      const further = after + (next ? t.slice(next.start, next.end) : '')
      if (!OUTCOME.test(further)) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '名前と年齢を挙げた被害者のけがや検査結果' } })
      return
    }
  }
}
