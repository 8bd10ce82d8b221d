/**
 * Blind R382F-011, R382F-013 kinds: a home not named but pointed at by the way to it (酒屋さんの角ば曲がって三軒目の家, 矢部川の土手沿いにある
 * 赤い瓦の平屋), in a post telling a fire or an emergency there (火事, 119番, 救急), with who lives in it (九十過ぎのおばあちゃん一人, おばあちゃんと
 * 二人きり, 一人暮らし): the neighbours know the door, so the post tells whose fire or whose emergency it was and who is alone in that house.
 * Block. The house and the household within the same or the next two sentences; dialect object marks (角ば曲がって) are read. Not a safety
 * notice with no house pointed at (一人暮らしの高齢者のお宅では…), a fire told by district alone (…町の住宅で火災), nor a stated consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

/** A fire or an emergency as an event (火事, 火災が, 119番, 救急搬送, 倒れ), not a device or a lesson (火災警報器, 救命講習). */
const INCIDENT = /火事|火災(?:が|で|の現場|現場)|出火|燃え(?:た|て)|焼け(?:た|て)|119番|救急(?:車|搬送|要請|出動)|搬送|倒れ|起きら(?:ん|ない|れん)/u
/** The house pointed at by the way to it: a turn and a count of houses, or a bank, a landmark or a road it stands along. */
const HOUSE_BY_WAY =
  /(?:角|かど|信号|交差点|橋|踏切|筋|通り|路地)(?:を|ば|から)?[ 　]?(?:曲がって|まがって|曲がった|入って|渡って|過ぎて)[^。！？!?\n]{0,6}?[0-9一二三四五六七八九]軒目|(?:土手|堤防|川|堀|掘割|水路|線路|県道|国道)(?:沿い|ぞい)(?:に|の)(?:ある)?[^。！？!?\n、]{0,10}?(?:平屋|一軒家|一戸建て?|家|お宅|おうち|アパート|長屋)/u
/** Who lives in it: a lone resident, an elder by age, a pair left alone. */
const HOUSEHOLD =
  /(?:[0-9]{2,3}|[七八九]十)(?:歳|才|代)?(?:過ぎ|超え)?の?[^。！？!?\n]{0,6}?(?:おばあ|おじい|ばあ|じい|女性|男性|高齢)[^。！？!?\n]{0,6}?(?:一人|ひとり|独り)|(?:一人|ひとり|独り)(?:暮らし|住まい)|(?:おばあちゃん|おじいちゃん|おばあさん|おじいさん|ばあちゃん|じいちゃん|祖母|祖父|母親|父親|お母さん|お父さん)と(?:二人|ふたり)(?:きり|暮らし|だけ)/u
const GROUP = /皆さん|みなさん|皆様|方々|世帯の|お宅では|場合/u

export function incidentHome(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!INCIDENT.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    const house = HOUSE_BY_WAY.exec(sentence)
    if (!house || GROUP.test(sentence)) continue
    const head = t.slice(t.lastIndexOf('\n', s.start + house.index - 1) + 1, s.start + house.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const near = t.slice(s.start, spans[Math.min(spans.length - 1, i + 2)]!.end)
    const household = HOUSEHOLD.exec(near)
    if (!household || GROUP.test(near.slice(Math.max(0, household.index - 12), household.index + household[0].length + 8))) continue
    const span = doc.fromNorm(s.start + house.index, s.start + house.index + house[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '道順で分かる家と住む人（火事・救急）' } })
    return
  }
}

/**
 * Blind R382F-023 kind: a small child told by the named nursery or school they were at, their age and what happened to their body (大和町の
 * ひまわり保育園で、お昼寝中にけいれんを起こした2歳の男の子): the nursery's families know which child it is, and the fit is their health. Block.
 * The place has a name of its own (not 市内の保育園, 近くの幼稚園, 認定こども園), the child one (…歳の男の子, …年生の女の子), the event in the same
 * sentence. Not a lesson on what to do (講習, 訓練, …の場合は, 対応を学ぶ), nor children as a group (園児たち, 3人).
 */
const NAMED_PLACE = /([\p{Script=Han}ぁ-ゖァ-ヶー]{2,8})(?:保育園|保育所|幼稚園|こども園|子ども園|小学校|学童保育|学童クラブ|児童館)(?:で|の|に)/gu
const GENERIC_PLACE = /(?:の|市内|市外|県内|近く|近所|地域|地元|各|公立|私立|市立|町立|県立|認可|認定|無認可|企業主導型|小規模|ある|どの|この|その|あの|同じ)$/u
const ONE_CHILD = /(?:[0-9]{1,2}|[一二三四五六])(?:歳|才)(?:[0-9]{1,2}か月)?の(?:男の子|女の子|男児|女児|お子さん|子(?!ども|供|育|たち))|(?:[1-6]|[一二三四五六])年生?の(?:男の子|女の子|男子|女子|児童)(?!たち)/u
const BODY_EVENT = /けいれん|痙攣|ひきつけ|引きつけ|発作|意識を失|意識がな|アナフィラキシー|アレルギー(?:反応|症状)|誤嚥|窒息|骨折|やけど|熱中症|搬送/u
const LESSON = /講習|訓練|研修|教室|学び|学ん|学ぶ|対応を|対処|方法|場合|とき|時は|ください|たち|[0-9二三四五六七八九十]\s?(?:人|名)/u

export function childAtNamedPlace(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!BODY_EVENT.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    if (!BODY_EVENT.test(sentence) || !ONE_CHILD.test(sentence) || LESSON.test(sentence)) continue
    for (const m of sentence.matchAll(NAMED_PLACE)) {
      if (GENERIC_PLACE.test(m[1]!)) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length - 1)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '園・学校と年齢で分かる子どもの病状' } })
      return
    }
  }
}
