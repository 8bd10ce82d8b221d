/**
 * A fraud's victim named with their age and told with what they lost. Block (4(4)): the name and the age fix the person, and being
 * deceived out of their savings is a private matter others may prey on again.
 *
 * Blind R440R-002 kind: someone named with an honorific and an age in brackets (…さん（82歳）, …様(79)) told in the same sentence or the
 * next as the one who handed over, paid in or was cheated of money (現金…万円を渡して, …に振り込んで, だまし取られ, 詐欺の被害に遭い), in a
 * post on fraud (詐欺, 息子を名乗る電話, 還付金, 架空請求): a talk's participant telling their story is still one person in a small town.
 *
 * Not a victim told unnamed (80代の女性が…300万円をだまし取られ), a named lecturer or police officer explaining cases (講師の…署・古賀さん（52）
 * が手口を紹介), a named person with age and no loss (最高齢の…さん（92歳）も参加), a quoted example, nor a post that states consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** A post on fraud. */
const FRAUD = /詐欺|だまし取|騙し取|を名乗る|を名のる|還付金|架空請求|なりすまし|成りすまし|オレオレ|投資話|ロマンス/u
/** A name with an honorific and an age in brackets (高畑トシ子さん（82歳）, 古賀 一郎様(79)). */
const NAMED_AGED =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}[ 　]?(?!の)[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,5}[ 　]?(?:さん|様|さま|氏)[ 　]?[（(][ 　]?[0-9０-９]{1,3}[ 　]?(?:歳|才)?[ 　]?[)）]/gu
/** What was lost: money handed over, paid in, or cheated away. */
const LOSS =
  /(?:現金|お金|資金|貯金|預金|キャッシュカード|[0-9０-９一二三四五六七八九十百千]{1,5}[ 　]?万?円)[^。！？!?\n]{0,16}?(?:を|が)?[ 　]?(?:渡し|手渡し|振り込|振込|送金|送っ|だまし取|騙し取|取られ|盗られ|奪われ)|(?:詐欺|特殊詐欺)の?被害に(?:遭|あ)|被害(?:に遭|にあ)われ|だまされ|騙され|(?:だまし取|騙し取)られ/u
/** A role before the name that makes them the one explaining, not the victim (講師の, 警察署の, 生活安全課の, 相談員の). */
const EXPLAINER_BEFORE = /(?:講師|先生|署員|警察官|巡査|刑事|署長|課長|係長|相談員|消費生活|警察署|交番|駐在所|生活安全課|市長|委員)[^。、\n]{0,8}?[の・ 　]?$/u

export function fraudVictim(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!FRAUD.test(t) || !LOSS.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    NAMED_AGED.lastIndex = 0
    for (const m of sentence.matchAll(NAMED_AGED)) {
      const at = s.start + m.index
      if (quotedOnLine(t, at)) continue
      if (EXPLAINER_BEFORE.test(sentence.slice(Math.max(0, m.index - 16), m.index))) continue
      // The loss told of them: in the rest of their sentence, or the next sentence.
      const next = spans[i + 1]
      const after = sentence.slice(m.index + m[0].length) + (next ? t.slice(next.start, next.end) : '')
      if (!LOSS.test(after)) continue
      // The name and its honorific, as the other readers of a named person mark it.
      const span = doc.fromNorm(at, at + m[0].search(/[ 　]?[（(]/u))
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '詐欺被害者の氏名・年齢と被害の内容' } })
      return
    }
  }
}
