/**
 * Blind R369S-006 kind: a resident living alone, not named but pointed at by how the house looks (青いトタン屋根の平屋にお一人で住んでいる年配の
 * 男性のお宅, 赤い瓦の一軒家でひとり暮らしをされているおばあちゃん) and told in the same sentence with a nuisance or a trouble of theirs (庭にごみが
 * かなり溜まっています, 異臭がする, 苦情が出ています): every neighbour knows whose door it is, and the post airs the trouble of someone who lives
 * alone. Block. The look is a colour or a material of a part of the house (青いトタン屋根, 赤い瓦), the house a dwelling word (平屋, 一軒家, お宅,
 * 家), and the lone resident is said to live in it (お一人で住んでいる, ひとり暮らし). Not a group (皆さん, 方々), a quoted example or a stated
 * consent; a lone elder told with nothing wrong (…のお宅にひとりで暮らすおばあちゃんが、毎朝…) is describedHousehold's warn, not this.
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

const LOOKED_HOUSE =
  /(?:赤い|青い|白い|黒い|黄色い|茶色い|緑の|緑色の|水色の|灰色の|オレンジ色の|トタン|瓦|木造の|古い|ボロボロの|傾いた)[^。！？!?\n、,]{0,8}?(?:屋根|瓦|壁|外壁|塀|門|トタン)の[ 　]?(?:平屋|一軒家|一戸建て?|家|お宅|おうち|お家|アパート|長屋)/u
const LIVES_ALONE_AFTER =
  /^[ 　]?(?:に|で)[ 　]?[^。！？!?\n]{0,6}?(?:お一人|一人|ひとり|独り)(?:で)?[ 　]?(?:住ん|住ま|暮らし|暮らさ|お住まい|生活)|^[ 　]?(?:に|で)[ 　]?(?:一人|ひとり|独り)暮らし/u
const TROUBLE =
  /(?:ごみ|ゴミ|廃棄物|不用品|物)(?:が|を)[^。！？!?\n]{0,8}?(?:溜ま|たま|積ま|散乱|放置|あふれ|溢れ)|ごみ屋敷|ゴミ屋敷|異臭|悪臭|騒音|苦情|迷惑|(?:草|雑草)(?:が|も)[^。！？!?\n]{0,6}?(?:伸び放題|生い茂)|孤独死|安否/u
const GROUP = /皆さん|みなさん|皆様|方々|たち/u

export function loneResidentByHouse(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!LOOKED_HOUSE.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const house = LOOKED_HOUSE.exec(sentence)
    if (!house || GROUP.test(sentence)) continue
    const end = house.index + house[0].length
    if (!LIVES_ALONE_AFTER.test(sentence.slice(end, end + 24)) || !TROUBLE.test(sentence.slice(end))) continue
    const head = t.slice(t.lastIndexOf('\n', s.start + house.index - 1) + 1, s.start + house.index)
    if (head.lastIndexOf('「') > head.lastIndexOf('」')) continue
    const span = doc.fromNorm(s.start + house.index, s.start + end)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '家の外観で分かる一人暮らしの人と困りごと' } })
    return
  }
}
