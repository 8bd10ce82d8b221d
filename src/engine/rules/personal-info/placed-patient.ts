/**
 * Blind R451C-053 kind: a resident left unnamed but placed by the district they live in (…町, …地区, …校区, …丁目; not 市内), an exact age
 * (58歳, 82才, （58）) and their sex (男性, 女性, 男の子, おばあさん) in one sentence, told in it or the next with their health (胃がん,
 * 手術, 入院, 透析, 脳梗塞) or their money (窓口負担が約40万円): in a small city the district, the age and the sex are enough to know
 * who it is, so the illness or the bill is theirs. Block. An age bracket (60代の方), a person with no district (70歳の方が…), a model case
 * marked as such (例：, たとえば, モデルケース, 仮に), a missing-person appeal and a count of people (3人, 多く) stay clean.
 *
 * Blind R453E-038 kind: the district told as where it happened (…地区で81歳の男性が倒れ, …町で70歳の女性が搬送され), the surname possibly in the
 * bracket after the person (（中島さん・心臓に持病あり）: only worse), and the health told as a collapse or a trip to hospital (倒れ, 救急搬送,
 * 熱中症): the same resident. An age limit (80歳以上の男性を対象に) is no one's age; a heat-stroke count (…地区で3人が搬送) stays a count.
 */
import type { Doc } from '../../doc'
import { sentencesOf, withoutUrls, type Emit } from './context'

/** The district below the city (沖端町の, 三橋町在住の, 本町地区にお住まいの, 2丁目の). */
const DISTRICT = /(?<![市県内都府道郡])(?:[\p{Script=Han}々ヶ]{1,4}(?:町|地区|校区|区)|[0-9０-９一二三四五六七八九十]{1,2}丁目)(?:の|に住む|にお住まいの|在住の|にある自宅の|で暮らす|で(?=[0-9０-９一二三四五六七八九十]))/u
/** An exact age, not a bracket (58歳, 82才, （58）, 58歳の); 60代 is a bracket. */
const EXACT_AGE = /(?<![0-9０-９])[0-9０-９]{1,3}[ 　]?(?:歳|才)(?!代|以上|以下|未満|から|まで|前後|～|〜)|[（(][0-9０-９]{1,3}[)）]/u
/** The person's sex or a kin word that tells it. */
const SEX = /男性|女性|男の子|女の子|男児|女児|おじい(?:さん|ちゃん|様)|おばあ(?:さん|ちゃん|様)|ご主人|奥さん|奥様|(?<![\p{Script=Han}])(?:男|女)(?:の方|性)?(?:は|が|の|で|、)/u
/** The health matter or the money told of them. */
const HEALTH_OR_MONEY =
  /がん|癌|腫瘍|手術|入院|通院|透析|治療|診断|骨折|脳梗塞|脳出血|心筋梗塞|認知症|糖尿病|難病|障が?い|障害|病気|疾患|持病|亡くな|死亡|介護|要介護|搬送|倒れ|熱中症|意識(?:不明|を失)|心肺停止|(?<![0-9０-９])[0-9０-９][0-9０-９,，.]{0,8}(?:万|千)?円|[一二三四五六七八九十百千]{1,6}万円/u
/** A model case or a count of people in the sentence, not one resident. */
const NOT_ONE = /例[：:）)]|例えば|たとえば|例として|モデル|仮に|想定|試算|の場合|[2-9２-９二三四五六七八九十]\s?(?:人|名)|多く|皆さん|方々/u
/** A missing-person appeal in the post: the details are given to find them. */
const MISSING_APPEAL = /行方不明|お探し|捜索|情報提供|見かけた方|お心当たり/u

export function placedPatient(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!EXACT_AGE.test(t) || !DISTRICT.test(t) || MISSING_APPEAL.test(t)) return
  const spans = sentencesOf(t)
  for (const [i, s] of spans.entries()) {
    const sentence = t.slice(s.start, s.end)
    const place = DISTRICT.exec(sentence)
    if (!place) continue
    // the age and the sex within the person's phrase: a short window around the district
    const from = Math.max(0, place.index - 14)
    const phrase = sentence.slice(from, place.index + place[0].length + 20)
    if (!EXACT_AGE.test(phrase) || !SEX.test(phrase)) continue
    const after = spans[i + 1]
    const next = after ? t.slice(after.start, after.end) : ''
    const told = sentence.slice(place.index) + next
    if (!HEALTH_OR_MONEY.test(told) || NOT_ONE.test(sentence)) continue
    const span = doc.fromNorm(s.start + place.index, s.start + place.index + place[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '地区・年齢・性別で分かる人の病気・医療費' } })
    return
  }
}
