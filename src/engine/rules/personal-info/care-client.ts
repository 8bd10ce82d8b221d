/**
 * Care and welfare clients told without a name (blind R371U kinds): an elderly or disabled person, a carer or a client of welfare
 * singled out by where they live, their age and their condition or circumstances.
 *
 * (1) describedCareClient: one unnamed person in a sentence with the district they live in (大和町塩塚で長年一人で暮らしてこられた, 高畑に住む,
 *     西宮永の30代の男性, 鷹ノ尾の川っぺりにおらす), their age (82歳, 50代, （82）, 93のじいちゃん) and, in that sentence or the next, a condition or
 *     a circumstance of their life (認知症, 白杖, 耳が遠く, 心の病気, 一人暮らし, 親族がおらず, 預金の管理, お酒の問題): the neighbours know who
 *     it is, and what is told is theirs. Block. Not a group (対象, 皆さん, 方々), a condition that is a course or a campaign (認知症サポーター
 *     養成講座, 介護予防教室) or others' (認知症の方へ), a search for a missing person, nor a post stating consent.
 * (2) the same person placed instead by their visit to a named counter on a stated day (本日午前、三橋支所の窓口に来られた白杖の70代の男性):
 *     those at the counter that day know who it was. Warn.
 * (3) namedTerminalIllness: a named person with their age told to be in the last stage of an illness (末期がんで余命を告げられている…さん（76）).
 *     Block.
 * (4) visitedNameplate: a photo of a home visited for work, the post saying its nameplate shows (訪問先のお宅…表札): the client's name and door.
 *     Warn, read only with an image attached (index.ts).
 */
import type { Doc } from '../../doc'
import { CONSENT, sentencesOf, withoutUrls, type Emit } from './context'

/** One person not named: an adult, an elder in plain or dialect words. Not a group. */
const CLIENT_PERSON =
  /(?:男性|女性|ご婦人|高齢者|お年寄り|(?:お)?じい(?:ちゃん|さん)|(?:お)?ばあ(?:ちゃん|さん)|(?<![\p{Script=Han}ァ-ヶー])方)(?!たち|達|々|方|の皆|ら(?![ぁ-ゖ]))/u
const GROUP_TOLD = /対象|(?:以上|以下)の|の皆|皆さん|皆様|みなさん|方々|向け|募集|どなたでも|いずれも|それぞれ|たち/u
/** Where they live: a district word, then a verb of living (plain, honorific or dialect), or their age and the person right after it. */
const RESIDE_VERB =
  '(?:お住まい|住む|住んで|住まわれ|住まれ|暮らす|暮らして|暮らされ|お暮らし|おらす|おらる|おんなる|住んどらす|住んどる|住んどった)'
const CLIENT_HOME = new RegExp(
  String.raw`(?<![\p{Script=Han}ァ-ヶー々ノ])([\p{Script=Han}々ヶノ]{2,6})(?:(?:に|で)(?:長年|長く|ずっと|今も)?(?:一人で|ひとりで|お一人で|独りで|ご家族と|家族と|ご夫婦で|夫婦で)?${RESIDE_VERB}|の[^。！？!?\n、,]{1,8}?に${RESIDE_VERB}|の(?:[0-9]{1,3}|[1-9]0代)(?:歳|才|代)?の)|((?<![0-9])[0-9]{1,4}(?:番地?|号)(?:の?[0-9]{1,4}(?:号)?)?)に${RESIDE_VERB}`,
  'u',
)
/** Words before a living verb that are no district: the city at large, a home, a facility, a time. */
const NOT_CLIENT_PLACE =
  /^(?:市内|市外|県内|県外|町内|校区内|地域|地区|地元|近所|近隣|周辺|付近|自宅|実家|施設|病院|家|部屋|一人|夫婦|家族|二人|都会|田舎|郊外|海外|国内|全国|長年|今年|昨年|去年|現在|以前|最近|当時|同居)$|[市県都府道館所園院校課係室署]$/u
/** An age: an age band, years, a bare age in brackets, or a bare number before an elder in plain words (93のじいちゃん). */
const CLIENT_AGE =
  /(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{1,3}(?:歳|才)(?!くらい|ぐらい|位|前後|ほど|以上|以下|未満|から)|[(（][0-9]{1,3}[)）]|(?<![0-9])[6-9][0-9]の(?:お)?(?:じい|ばあ)(?:ちゃん|さん)/u
/** A condition or a circumstance of one person's life that care or welfare staff come to know. */
const CLIENT_CONDITION =
  /認知症|白杖|車いす|車椅子|寝たきり|要介護|要支援|耳(?:が|の)遠|目(?:が|の)(?:見えな|不自由)|足(?:が|の)不自由|障(?:害|がい)(?:が|の|者手帳|年金)|(?:心|こころ)の病|精神(?:疾患|障|科)|うつ病|ひきこもり|引きこもり|(?:家|部屋|自宅)に(?:閉じ)?こもっ|(?:一人|ひとり|独り)(?:暮らし|で(?:お?暮らし|住|お住まい))|独居|二人暮らし|身寄り(?:が|の)(?:な|い)|(?:親族|身内|家族)(?:が|は)?(?:誰も|だれも)?(?:い|お)(?:ない|らず|らっしゃらな)|(?:預金|お金|金銭|年金)の管理|通帳|(?:お)?酒の問題|飲酒|介護|眠れな|徘徊|生活保護|末期|余命|透析/u
/** The condition as a course, a campaign or others' matter, not this person's. */
const CONDITION_NOT_THEIRS =
  /^[^。！？!?\n]{0,3}?(?:サポーター|講座|教室|予防|カフェ|相談会|相談窓口|研修|セミナー|講演|啓発|対策|の日|月間|週間|について|とは|に関する|保険料|保険制度|施設|事業所|の(?:方|人|皆|高齢者)(?!が|は)|者(?:の|へ|向け))/u
const MISSING_SEARCH = /行方不明|捜索|捜して(?:い|お)|探して(?:い|お)(?:ます|ります)|お心当たり|情報提供を/u
/** A visit to a named counter on a stated day (本日午前、三橋支所の窓口に来られた). */
const COUNTER_VISIT =
  /(?:本日|今日|今朝|昨日|先ほど|さっき|午前中|午後)[^。！？!?\n]{0,10}?[\p{Script=Han}ァ-ヶー]{1,10}(?:支所|市役所|役所|役場|センター|公民館|図書館|出張所)(?:の[^。！？!?\n、]{0,6}?窓口)?(?:に|へ)(?:来られ|来庁され|見え|いらっしゃ|お越し|来て)/u

function conditionOf(text: string): boolean {
  for (const m of text.matchAll(new RegExp(CLIENT_CONDITION.source, 'gu'))) {
    const end = m.index + m[0].length
    if (!CONDITION_NOT_THEIRS.test(text.slice(end, end + 12))) return true
  }
  return false
}

export function describedCareClient(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!CLIENT_CONDITION.test(t) || CONSENT.test(t) || MISSING_SEARCH.test(t)) return
  const sentences = sentencesOf(t)
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!
    const sentence = t.slice(s.start, s.end)
    if (!CLIENT_PERSON.test(sentence) || GROUP_TOLD.test(sentence) || !CLIENT_AGE.test(sentence)) continue
    const next = i + 1 < sentences.length ? t.slice(sentences[i + 1]!.start, sentences[i + 1]!.end) : ''
    const prev = i > 0 ? t.slice(sentences[i - 1]!.start, sentences[i - 1]!.end) : ''
    if (!conditionOf(sentence) && !conditionOf(next) && !conditionOf(prev)) continue
    const home = CLIENT_HOME.exec(sentence)
    const where = home === null ? '' : (home[1] ?? home[2]!)
    const placed = home !== null && !NOT_CLIENT_PLACE.test(where) && !CLIENT_CONDITION.test(where) && !t.includes(where + '市') ? home : null
    const visit = placed === null ? COUNTER_VISIT.exec(sentence) : null
    const anchor = placed ?? visit
    if (anchor === null) continue
    const span = doc.fromNorm(s.start + anchor.index, s.start + anchor.index + anchor[0].length)
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      severity: placed !== null ? 'block' : undefined,
      data: { label: placed !== null ? '住んでいる地域・年齢・心身の状態や暮らしの事情' : '来庁の日時と場所・年齢・心身の状態' },
    })
    return
  }
}

/** A named private person with an age in brackets (今村さん（76）, 今村 和子さん（76歳）). */
const NAMED_WITH_AGE = /(?:[\p{Script=Han}]{1,4}|[ァ-ヶー]{2,6})(?:[ 　]?[\p{Script=Han}ぁ-ゖァ-ヶー]{1,4})?(?:さん|様|さま)[(（][0-9]{1,3}(?:歳|才)?[)）]/u
/** The last stage of an illness told of one person. */
const TERMINAL_ILLNESS =
  /末期(?:の)?(?:がん|癌|ガン|腎不全|心不全|の(?:状態|病))(?:で|と|を|の(?:ため|診断))|余命(?:[0-9一二三四五六七八九十半]{1,3}(?:か月|ヶ月|カ月|年|週間))?(?:を|と)?(?:告げ|宣告|告知|言われ|診断)|余命(?:わずか|いくばく)|(?:緩和ケア|ホスピス)(?:病棟)?(?:に|へ|で)(?:入院|入所|移ら|療養)/u
const TERMINAL_OF_OTHERS = /^[^。！？!?\n]{0,6}?(?:方|人|患者|皆|ご家族)(?:へ|に|の|を|は|が|も|たち|向け)/u
export function namedTerminalIllness(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!TERMINAL_ILLNESS.test(t) || CONSENT.test(t)) return
  for (const s of sentencesOf(t)) {
    const sentence = t.slice(s.start, s.end)
    const ill = TERMINAL_ILLNESS.exec(sentence)
    const named = NAMED_WITH_AGE.exec(sentence)
    if (ill === null || named === null) continue
    if (TERMINAL_OF_OTHERS.test(sentence.slice(ill.index + ill[0].length, ill.index + ill[0].length + 12))) continue
    const span = doc.fromNorm(s.start + named.index, s.start + named.index + named[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '氏名・年齢・病状（末期の病）' } })
    return
  }
}

/** A home visited for work (訪問先, 利用者さんのお宅, 伺ったお宅), and its nameplate told as in the photo. */
const VISITED_HOME = /訪問先|訪問(?:した|させていただいた)(?:お宅|ご自宅|お家|家)|(?:伺|うかが)った(?:お宅|ご自宅|お家|家)|利用者(?:さん|様)?の(?:お宅|ご自宅|お家|家)/u
const NAMEPLATE = /表札|門札|ネームプレート/u
const NAMEPLATE_ADVICE = /(?:表札|門札)(?:の)?(?:設置|掲示)|(?:表札|門札)を(?:出|掲げ|付け|つけ|設置)(?:て(?:ください|おき|いただ)|ましょう|る(?:よう|こと))/u
export function visitedNameplate(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const plate = NAMEPLATE.exec(t)
  if (plate === null || !VISITED_HOME.test(t) || NAMEPLATE_ADVICE.test(t) || CONSENT.test(t)) return
  const span = doc.fromNorm(plate.index, plate.index + plate[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, data: { label: '訪問先の表札が写る写真' } })
}
