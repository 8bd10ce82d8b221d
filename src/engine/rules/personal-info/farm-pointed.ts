/**
 * Blind R437N-005 kind (farmByWay): a farm or a livestock shed (鶏舎, 養鶏場, 牛舎, 豚舎, 農場, 牧場, ビニールハウス) pointed at by the way to it
 * and how it looks — a road it stands along (県道沿い), a landmark's side (…の向かいにある, …の裏の), the colour of its roof or walls (赤い屋根
 * の鶏舎) — or by the household that runs it (…さんご一家が経営, …さんのお宅の裏の, ご自宅の裏で), told with an animal-disease case or a positive
 * test there (鳥インフルエンザ, 豚熱, 口蹄疫, 簡易検査陽性, 疑い事例, 殺処分). A family farm is a household's livelihood and often its home: in a
 * small town two such clues are one family's door, and the case becomes theirs, told in public before the authority names any farm. Block
 * (4(4)). Two clues are needed, in the farm's sentence (before the farm noun or after it, up to the sentence's end or the next sentence for the
 * household). place-pointed.ts and house-look.ts read a home by its side or its look; this one reads the farm with a case on it.
 *
 * Not an outbreak told by town or area alone (大和町の養鶏場で…, 県内の農場で, 発生農場から半径3km), a farm as one clue only (県道沿いの養鶏場で
 * 発生), a place named for the disinfection or the gathering (消毒ポイントは…の向かい), a farm as a venue (乳しぼり体験, 見学), a farm in no case
 * (the paragraph tells no disease or positive result), a group (養鶏農家の皆さま), nor a stated consent.
 */
import type { Doc } from '../../doc'
import { CONSENT, LANDMARK_SIDE, PLACE_GROUP, PLACE_VENUE, quotedOnLine, sentencesOf, withoutUrls, type Emit } from './context'

/** An animal-disease case or a positive result (the farm is told as a case). */
const FARM_CASE =
  /鳥インフル|高病原性|豚熱|CSF|ASF|口蹄疫|家畜伝染病|疑似患畜|陽性|疑い事例|殺処分|防疫措置|移動制限|搬出制限|感染(?:が確認|が疑|の疑|し(?:た|て))/u
/** The farm or the shed: a livestock or a crop building a family runs. */
const FARM =
  /(?:鶏舎|養鶏場|養豚場|豚舎|牛舎|畜舎|飼育舎|農場|牧場|酪農場|肥育場|養殖場|ビニールハウス|鶏小屋|(?<![\p{Script=Han}])ハウス)(?![\p{Script=Han}ァ-ヶー])/gu
/** Clues before the farm noun. */
const ALONG = /(?:県道|国道|市道|農道|旧道|バイパス|堤防|土手|川|堀|掘割|水路|線路|鉄道|海岸)(?:沿い|ぞい)/u
const SIDE = new RegExp(`(?:の|がある|のある)(?:すぐ|真)?${LANDMARK_SIDE}(?:に(?:ある|建つ|位置する)|の|[、,])`, 'u')
const LOOK =
  /(?:[赤青白黒]い|(?:赤|青|白|黒|茶|黄|緑|紺|水|灰|赤茶|こげ茶|焦げ茶|オレンジ|ピンク|クリーム|ベージュ|えんじ|黄土)色(?:い|の))[ 　]?(?:トタン|瓦|スレート)?(?:屋根|瓦|外壁|壁|シャッター|看板|サイロ|タンク)(?:の|が目印の)/u
/** The household that runs it (吉田さんご一家が経営, …さんのお宅の裏の, ご自宅の裏で), before or after the farm noun. */
const HOUSEHOLD =
  /[\p{Script=Han}々]{1,4}(?:さん|様|さま)(?:ご?一家|ご夫婦|ご夫妻|ご家族|親子|の(?:お宅|ご自宅|自宅|家|ところ)|(?:が|の)(?:経営|営ん|営ま|やって|されて))|(?:ご?自宅|お宅|母屋|住まい)(?:の|に)?(?:裏|隣|横|向かい|前|奥|敷地)|家族(?:で|経営)|一家(?:で|が)(?:経営|営)/u

/** How many clues a piece of text gives (each of road, landmark side, look and household counts one). */
function clues(s: string): number {
  return (ALONG.test(s) ? 1 : 0) + (SIDE.test(s) ? 1 : 0) + (LOOK.test(s) ? 1 : 0) + (HOUSEHOLD.test(s) ? 1 : 0)
}

export function farmByWay(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!FARM_CASE.test(t) || CONSENT.test(t)) return
  const spans = sentencesOf(t)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const sentence = t.slice(s.start, s.end)
    FARM.lastIndex = 0
    for (let m = FARM.exec(sentence), k = 0; m && k < 4; m = FARM.exec(sentence), k++) {
      if (quotedOnLine(t, s.start + m.index) || PLACE_GROUP.test(sentence)) continue
      const tail = sentence.slice(m.index + m[0].length)
      if (PLACE_VENUE.test(tail.slice(0, 20))) continue
      const before = sentence.slice(Math.max(0, m.index - 48), m.index)
      const after = tail + (i + 1 < spans.length ? '。' + t.slice(spans[i + 1]!.start, spans[i + 1]!.end) : '')
      // The household after the farm counts; road, side and look after it belong to another place (…へは…の向かいを右).
      const n = clues(before) + (!HOUSEHOLD.test(before) && HOUSEHOLD.test(after.slice(0, 60)) ? 1 : 0)
      if (n < 2) continue
      const span = doc.fromNorm(s.start + m.index, s.start + m.index + m[0].length)
      emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '道順や外観で分かる農場と家畜の病気' } })
      return
    }
  }
}
