/**
 * Blind R438P-060 kind (spotCondition): one person pointed at by where they stand in the photo (写真の右端の方, 左から2人目の男性, 前列中央の
 * 女の子, 画像の手前に写っている方) told, in that sentence or the next, with a health condition of theirs (持病, てんかん, 糖尿病, 心臓の病気,
 * 障がい, 認知症, 闘病中, 人工透析, 発作): the face is in the post, and the caption ties the condition to it — a 要配慮 matter told of a person
 * anyone can see. Block (4(4)). identifiable-person.ts captionedPerson reads a spot in the photo with a name (warn); this one reads a spot with
 * a health matter, named or not.
 *
 * Not a spot with no condition (写真の右端の方は最高齢の83歳), staff or a speaker at the spot (写真左から2人目が講師の…医師, 右端は保健師),
 * a condition as the event's topic or a call (糖尿病予防教室, 認知症サポーター養成講座, …の方もご参加いただけます, …の場合は), a group
 * (写真の皆さん), nor a stated consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** A spot in the photo, then one person there within a few characters. */
const SPOT_PERSON =
  /(?:(?:写真|画像|動画)(?:の|で|では|中の)?[ 　]?(?:いちばん|一番)?(?:真ん中|まん中|中央|右端|左端|右側|左側|右|左|手前|奥|後ろ|前列|後列|上段|下段)|(?<![\p{Script=Han}])(?:右|左)から[0-9０-９一二三四五]{1,2}(?:番目|人目)|(?:最前列|前列|後列)(?:の)?[ 　]?(?:真ん中|まん中|中央|右端|左端|右|左))[^。！？!?\n]{0,10}?(?:方|人|男性|女性|男の子|女の子|お子さん|子|おじいちゃん|おばあちゃん|おじいさん|おばあさん|参加者|さん|様|くん|ちゃん)(?![々たども供])/u
/** A health condition told of the one at the spot. */
const CONDITION =
  /持病|てんかん|癲癇|糖尿病|心臓(?:の|に)?(?:病気|疾患|病)|心疾患|難病|障が?い(?:が|を|の(?:ある|あり))|障害(?:が|を|の(?:ある|あり))|認知症|(?:がん|癌)(?:で|の|を|と)|闘病|人工透析|透析を|発作|精神(?:疾患|障)|うつ病|統合失調症|発達障|HIV|ペースメーカー|持病|病気を(?:抱え|お持ち)|治療中|通院中|入院(?:して|され|中)|余命/u
/** The condition as the event's topic, a call to all or a case in general. */
const TOPIC = /予防|教室|講座|講演|講習|研修|啓発|サポーター|相談会|について|の方も|の方へ|の方は|場合|ときは|時は|ください/u
/** Staff or a speaker at the spot, or a group. */
const NOT_ONE = /講師|先生|医師|保健師|看護師|職員|スタッフ|ガイド|市長|議員|担当|皆さん|みなさん|皆様|方々|たち|全員/u

export function spotCondition(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!CONDITION.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    const m = SPOT_PERSON.exec(sentence)
    if (!m || quotedOnLine(t, s.start + m.index) || NOT_ONE.test(m[0])) continue
    const scope = sentence.slice(m.index + m[0].length) + (i + 1 < spans.length ? '。' + t.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '')
    if (NOT_ONE.test(scope.slice(0, 16))) continue
    const c = CONDITION.exec(scope)
    if (!c || TOPIC.test(scope.slice(Math.max(0, c.index - 10), c.index + c[0].length + 12))) continue
    const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '写真の位置で分かる人の病気' } })
    return
  }
}
