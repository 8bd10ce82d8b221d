/**
 * Quasi-identifiers of a private person in one sentence: a name (kanji, or kana: いしばし ここな
 * さん; 様 too: 三橋町藤吉の吉原様) together with an age (11歳, （82）), a school and grade (城内小学校4年, 柳城中 3年, （小6）),
 * where they live (沖端町の…, 三橋町在住) or a house-level address. Each alone is harmless;
 * together they identify someone (4(4)). A stated consent (ご本人の了承を得て掲載) lowers the
 * finding to a note.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { viewIndexAt, type Span } from '../../text'
import { CONSENT, sentenceSpan, withoutUrls, type Emit } from './context'

const GENERIC_NAME =
  /^(?:皆|赤|奥|娘|息子|業者|農家|店員|職員|先生|孫|兄|姉|弟|妹|家族|親御|親子|子ども|子供|利用者|参加者|市民|住民|患者|皆様|大工|猫|犬|王|神|仏|鬼|熊|坊|嬢|僧|客|乙女|女将|親方|師匠|旦那|巡査|駅員|店長|社長|部長|課長|係長|園長|校長|会長|市長|議員|所長|館長|院長|船頭|講師|生徒|児童|園児|選手|お客|学生|小学生|中学生|高校生|皆々|方々|各位|観光客|来場者|担当)$/u
/** Kana words before an honorific that are not names (みなさん, おばあちゃん, ママさん). */
const GENERIC_KANA =
  /^(?:みな|みんな|おばあ|おじい|おば|おじ|おっちゃ|おばちゃ|お姉|お兄|おかあ|おとう|おねえ|おにい|ばあ|じい|かあ|とう|ねえ|にい|あか|おこ|おくさ|おまわり|おいしゃ|かんごし|ぱぱ|まま|パパ|ママ|ばーば|じーじ|お客|おきゃく|うさ|くま|ねこ|いぬ|わん|にゃん|ゆるきゃら|ゆる|ほりわりん|ちび|おにい|おねえ|あなた|おひとり|ひとり|ふたり|店員|スタッフ|ボランティア|ファン|フォロワー|ユーザー|ゲスト|シェフ|オーナー|ママ友|パパ友)$/u
const NAME_SUFFIX = /さん|ちゃん|くん|君|様(?!宅|方)/g
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005 || c === 0x3007
}
function isKanaCode(c: number): boolean {
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc
}
const AGE =
  /(?:(?<![0-9])[0-9]{1,3}|(?<![一二三四五六七八九十百])(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))(?:歳|才|さい)(?!以上|以下|未満|から|~|-|代|児|以降|頃|の方|の人|の子|まで|になる方)/gu
/** An age in brackets right after a name: 野口さん（82）, （82歳）. */
const AGE_AFTER_NAME = /^[(（]\s?[0-9]{1,3}(?:歳|才|さい)?\s?[)）、・]/u
/** A grade in brackets right after a name: （小6）, （中2）, （高1）. */
const GRADE_AFTER_NAME = /^[(（]\s?(?:小|中|高|小学|中学|高校)[0-9一二三四五六]年?(?:生)?\s?[)）]/u
const SCHOOL =
  /(?:[\p{Script=Han}]{1,8}|[ぁ-んァ-ヶー]{2,8})(?:小学校|中学校|高校|高等学校|保育園|幼稚園|こども園|支援学校)(?:\s?[0-9一二三四五六]年(?:[0-9一二三四五六]組)?)?|(?<![0-9])[0-9]年生|(?:小学|中学|高校)\s?[0-9一二三四五六]年(?![間度目後前])|[\p{Script=Han}]{1,4}(?:小|中|高)\s?[0-9一二三四五六]年(?:生)?(?![間度目後前])|(?<![\p{Script=Han}])(?:小|中|高)[1-6一二三四五六](?![0-9年日回時分月人名件か])/gu
/**
 * Where someone lives: a place below the city (大和町中島在住, 西蒲池在住, 三橋町垂見にお住まい,
 * 沖端で暮らす). A city, prefecture or country (東京在住, 市内在住) is too wide to single anyone out.
 */
const RESIDENCE = /[\p{Script=Han}ァ-ヶノ々]{2,10}(?:在住|に住む|に住んで|にお住まい|で暮らす|で暮らして|に暮らす)/gu
const WIDE_PLACE =
  /(?:市|県|都|府|道|国|州|市内|県内|町内|区内|村内|市外|県外|国内|海外|近隣|近く|近所|地元|同じ|都内|府内|道内|管内|東京|大阪|京都|福岡|北海道|関東|関西|九州|首都圏|本州|外国|地方|郊外|都会|田舎)(?:在住|に住む|に住んで|にお住まい|で暮らす|で暮らして|に暮らす)$/u
/** Where the person lives, right before the name: 大和町中島の…, 沖端町の…, 三橋地区の…. */
const PLACE_BEFORE_NAME = /[\p{Script=Han}]{1,6}(?:町|村|地区|区)[\p{Script=Han}]{0,4}(?:在住)?の\s?$/u
/** A place below the city as one item of a bracket: 三橋町, 柳川市大和町中島, 両開地区. */
const BRACKET_PLACE = /^[\p{Script=Han}ァ-ヶノ々]{0,8}(?:町|村|地区)[\p{Script=Han}ァ-ヶノ々]{0,4}(?:在住)?$/u
const NOT_PLACE = /(?:課|係|室|所|会|部|館|店|校|園|署|代表|会長|役員|委員|長|担当|職員|住民|民)の\s?$/u

/** A club named right after a school and grade: 柳城中2年 吹奏楽部の, 昭代中1年テニス部. */
const CLUB_AFTER_SCHOOL = /^\s?の?\s?[\p{Script=Han}ァ-ヶー]{1,6}部(?:員)?(?![\p{Script=Han}])/u
/** The next sentence says where the person lives: お家は干拓のほう, 自宅は三橋町の…, 住まいは沖端あたり. */
const HOME_NEXT =
  /^[\s　]{0,2}(?:(?:その子|彼女|彼|本人|ご本人)の)?(?:お家|おうち|家|自宅|ご自宅|お住まい|住まい)(?:は|が|も)[^。！？!?\n]{0,16}(?:のほう|の方|あたり|辺り|付近|近く|町|地区|村|在住|に住)/u
const STAFF = /教諭|先生|校長|教頭|教えて|教える|勤務|勤め|講師|職員|用務員|司書|監督|コーチ|卒業|出身|OB|OG/u

interface Name extends Span {
  /** What is written right after the name (for the bracketed age or grade). */
  after: number
}

function findNames(t: string): Name[] {
  const names: Name[] = []
  NAME_SUFFIX.lastIndex = 0
  for (let m = NAME_SUFFIX.exec(t); m; m = NAME_SUFFIX.exec(t)) {
    const p = m.index
    const after = p + m[0].length
    if (after < t.length && isHanCode(t.charCodeAt(after))) continue
    // Kanji names: up to four kanji (a family name and a given name may be parted by a space: 野口 昭雄さん).
    let k = 0
    while (k < 5 && p - k - 1 >= 0 && isHanCode(t.charCodeAt(p - k - 1))) k++
    if (k > 0 && k <= 4) {
      if (GENERIC_NAME.test(t.slice(p - k, p))) continue
      // お子さん, ご主人様, 御社: an honorific prefix makes a common noun, not a name.
      const prefix = t[p - k - 1]
      if (prefix !== undefined && 'おご御'.includes(prefix)) continue
      let start = p - k
      if (t[start - 1] === ' ' && isHanCode(t.charCodeAt(start - 2))) {
        let j = start - 1
        while (j > 0 && start - 1 - j < 4 && isHanCode(t.charCodeAt(j - 1))) j--
        start = j
      }
      names.push({ start, end: after, after })
      continue
    }
    if (k > 4) continue
    // Kana names: two to six kana, optionally a family name before a space (いしばし ここなさん).
    let h = 0
    while (h < 8 && p - h - 1 >= 0 && isKanaCode(t.charCodeAt(p - h - 1))) h++
    let word = t.slice(p - h, p)
    // A particle after a noun is not part of the name (保育園のゆいちゃん): the name starts after it.
    let boundary = p - h - 1 < 0 || isHanCode(t.charCodeAt(p - h - 1)) || /[\s、。,!！?？「『(（\n]/u.test(t[p - h - 1]!)
    if (word.length >= 3 && 'のがはをにへともや'.includes(word[0]!) && (p - h - 1 < 0 || isHanCode(t.charCodeAt(p - h - 1)))) {
      word = word.slice(1)
      h--
      boundary = true
    }
    if (h < 2 || h > 6) continue
    // みなさん, おばあちゃん: a common word, whatever runs on before it.
    let generic = false
    for (let k2 = 0; k2 + 2 <= word.length && !generic; k2++) generic = GENERIC_KANA.test(word.slice(k2))
    if (generic) continue
    // Kana right after a verb ending is part of the sentence, not a name (…したおばさん): need a boundary.
    if (!boundary) continue
    // A kanji family name before a kana given name: 中川ひなたさん (not after a particle).
    let start = p - h
    let f = 0
    if (!'のがはをにへともや'.includes(t[start - 1] ?? '')) while (f < 3 && start - f - 1 >= 0 && isHanCode(t.charCodeAt(start - f - 1))) f++
    if (f > 0 && f < 3) start -= f
    // 北原 ひかりさん: a kanji family name parted from the kana given name by a space.
    else if (f === 0 && t[start - 1] === ' ' && isHanCode(t.charCodeAt(start - 2))) {
      let j = start - 1
      while (j > 0 && start - 1 - j < 4 && isHanCode(t.charCodeAt(j - 1))) j--
      if (start - 1 - j >= 1 && start - 1 - j <= 3) start = j
    }
    names.push({ start, end: after, after })
  }
  return names
}

/**
 * A name without an honorific, with the school or age in brackets right after it, as award lists
 * and captions write it: 松尾 ゆい（柳河小3年）, 最優秀賞 古賀湊（9歳）, 江崎そうた（蒲池中2年・14歳）.
 * The bracket must hold a grade or an age; what precedes it must read as a name (2–4 kanji
 * family name, optionally a space, then kanji or kana), not an organisation or a group.
 */
const BRACKET_HINT = /[(（][^()（）\n]{0,16}(?:[小中高][1-6一二三四五六]|[0-9一二三四五六七八九十]{1,3}(?:歳|才|さい)|[0-9]年生|[小中]学[1-6一二三四五六]年)/u
const BRACKET_NAME =
  /(?<![\p{Script=Han}ぁ-んァ-ヶー])([\p{Script=Han}]{1,3}[ 　]?(?:[\p{Script=Han}]{1,3}|[ぁ-んァ-ヶー]{2,5}))[(（](?=[^()（）\n]{0,16}(?:[小中高][1-6一二三四五六]|[0-9一二三四五六七八九十]{1,3}(?:歳|才|さい)|[0-9]年生|[小中]学[1-6一二三四五六]年))/gu
const NOT_BRACKET_NAME =
  /(?:校|園|会|課|係|部|団|者|生|児|員|館|所|室|局|協|店|社|市|町|村|区|県|組|班|部門|チーム|クラブ|の部|賞|大会|教室|講座|対象|小学生|中学生|高校生|幼児|未就学児|年長|年中|年少|以上|以下|限定|まで|から|ほか|など|皆|各|計|全|名|人|歳|才)$/u
function bracketNames(t: string, have: Name[]): Name[] {
  const out: Name[] = []
  for (const m of matchAllOf(BRACKET_NAME, t)) {
    const word = m[1]!
    if (NOT_BRACKET_NAME.test(word) || GENERIC_NAME.test(word) || /(?:さん|ちゃん|くん|君|様|さま)$/u.test(word)) continue
    // Hiragana right before the bracket after kanji is often a verb or particle (作品を描いた…): only a name
    // written as kanji + space + kana, or kanji + katakana/hiragana of 2+ with a kanji family name.
    if (/[ぁ-ん]$/u.test(word) && !/[ 　]/u.test(word) && !/^[\p{Script=Han}]{1,3}[ぁ-ん]{2,5}$/u.test(word)) continue
    if (/[のがはをにへとでもや]/u.test(word.slice(1)) && !/[ 　]/u.test(word)) continue
    const start = m.index
    const end = start + word.length
    // A target group (6歳以上, 小3〜小6, 小学生の部) is not a person.
    const close = t.slice(end, end + 24).search(/[)）]/u)
    const inside = t.slice(end + 1, close < 0 ? end + 24 : end + close)
    if (/[〜~～\-－]|以上|以下|未満|から|まで|対象|の部|向け|限定|程度|前後|程|頃|くらい|ぐらい|代/u.test(inside)) continue
    // The bracket lists facts about a person: one item ends in a grade or an age (二十歳を祝う会 does not).
    if (!inside.split(/[・、,，/\s]/u).some((item) => /(?:[0-9一二三四五六]年|年生|[0-9一二三四五六]組|歳|才|さい|[小中高][1-6一二三四五六])$/u.test(item))) continue
    if (have.some((n) => n.start <= start && start < n.end)) continue
    out.push({ start, end, after: end })
  }
  return out
}

export function identifiablePerson(doc: Doc, addressSpans: Span[], emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const honorific = /さん|ちゃん|くん|君|様/.test(t)
  const bracketed = BRACKET_HINT.test(t)
  if (!honorific && !bracketed) return
  const names = honorific ? findNames(t) : []
  if (bracketed) names.push(...bracketNames(t, names))
  if (names.length === 0) return
  const others: Array<{ kind: string; at: number }> = []
  for (const m of matchAllOf(AGE, t)) others.push({ kind: 'age', at: m.index })
  for (const m of matchAllOf(SCHOOL, t)) {
    others.push({ kind: 'school', at: m.index })
    // The club right after the school and grade (柳城中2年 吹奏楽部の…) narrows it to a handful of pupils.
    if (CLUB_AFTER_SCHOOL.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) others.push({ kind: 'club', at: m.index })
  }
  for (const m of matchAllOf(RESIDENCE, t)) if (!WIDE_PLACE.test(m[0])) others.push({ kind: 'residence', at: m.index })
  for (const a of addressSpans) others.push({ kind: 'address', at: viewIndexAt(doc.norm, a.start) })
  for (const n of names) {
    const rest = t.slice(n.after, n.after + 12)
    if (AGE_AFTER_NAME.test(rest)) others.push({ kind: 'age', at: n.after })
    if (GRADE_AFTER_NAME.test(rest)) others.push({ kind: 'school', at: n.after })
    // 山田 太郎さん（三橋町・72歳）: a town or district listed in the bracket after the name.
    if (rest[0] === '(' || rest[0] === '（') {
      const close = t.slice(n.after, n.after + 32).search(/[)）]/u)
      const inside = t.slice(n.after + 1, close < 0 ? n.after : n.after + close)
      const place = (item: string) => BRACKET_PLACE.test(item) && !/^町内|(?:長|会|員|課|係|所|館|役|部|組|班|連|協|局|団)$/u.test(item)
      if (inside.split(/[・、,，/\s]/u).some(place)) others.push({ kind: 'residence', at: n.after })
    }
    const before = t.slice(Math.max(0, n.start - 16), n.start)
    if (PLACE_BEFORE_NAME.test(before) && !NOT_PLACE.test(before)) others.push({ kind: 'residence', at: n.start - 1 })
  }
  if (others.length === 0) return
  const consent = CONSENT.test(t)
  const reported = new Set<number>()
  for (const n of names) {
    const sentence = sentenceSpan(t, n.start)
    const kinds = new Set(others.filter((o) => o.at >= sentence.start && o.at < sentence.end).map((o) => o.kind))
    // Where they live, told in the next sentence about the same person (…美結ちゃん！お家は干拓のほう).
    if (sentence.end < t.length && HOME_NEXT.test(t.slice(sentence.end + 1, sentence.end + 40))) kinds.add('residence')
    // A school where the person works (教えています, 教諭, 校長) does not single out a pupil.
    if (kinds.has('school') && STAFF.test(t.slice(sentence.start, sentence.end))) kinds.delete('school')
    if (kinds.size === 0 || reported.has(sentence.start)) continue
    reported.add(sentence.start)
    // Three of them together (柳河小3年・9歳・大和町中島在住) leave one person in the city: block.
    const severity = consent ? 'info' : kinds.size >= 3 ? 'block' : undefined
    const span = doc.fromNorm(n.start, n.end)
    const label = [...kinds].map((k) => ({ age: '年齢', school: '学校・学年', club: '部活動', residence: '住んでいる地域', address: '住所' })[k]).join('・')
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      severity,
      data: { label },
    })
  }
}

/** Where someone lives, below the city: 大和町にお住まいの, 沖端町の, 三橋地区で. */
const DISTRICT = /[\p{Script=Han}]{1,6}(?:町|村|地区)[\p{Script=Han}]{0,4}(?:にお住まいの|在住の|に住む|の|で)/u
/** An age band or age: 70代, 七十代, 82歳. */
const AGE_BAND = /(?<![0-9])[1-9]0代|[二三四五六七八九]十代|(?<![0-9])[0-9]{1,3}(?:歳|才)/u
/** What someone does for a living: 海苔漁を営む, 鍼灸院をされている, 店を経営する, 市役所にお勤めの. */
const LIVELIHOOD = /を営(?:む|んで|まれ)|をされて(?:いる|おられる)|を経営(?:する|して|されて)|にお勤めの|に勤める|で働(?:く|いて)|(?:漁師|農家|店主|経営者|住職|開業医)(?:の|で|を|さん)/u
/** One person, not a group an event is for (70代以上の方を対象に). */
const ONE_PERSON = /(?:男性|女性|方|人)(?:お一人|一人|1人)?(?:から|が|は|です|で|、)|お一人/u
const GROUP_OF = /対象|以上|以下|の皆|方々|向け|募集|どなたでも/u
/** What makes being singled out harmful: illness, a complaint, a crime or an accident. */
const SENSITIVE = /患者|感染|陽性|入院|治療|亡くな|死亡|苦情|ご意見|お叱り|ご指摘|通報|被害|逮捕|容疑|事故|クレーム/u

/**
 * A private person singled out without a name: where they live and their age or livelihood, in a
 * sentence about an illness, a complaint or an accident (大和町にお住まいの70代で海苔漁を営む男性
 * お一人…入院, 沖端町の川沿いで鍼灸院をされている方から…とのご意見). Warn (4(4)).
 */
export function describedPerson(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!SENSITIVE.test(t) || !DISTRICT.test(t)) return
  for (let at = 0; at < t.length; ) {
    const s = sentenceSpan(t, at)
    at = Math.max(s.end + 1, at + 1)
    const sentence = t.slice(s.start, s.end)
    const place = DISTRICT.exec(sentence)
    if (!place || !ONE_PERSON.test(sentence) || GROUP_OF.test(sentence)) continue
    if (!AGE_BAND.test(sentence) && !LIVELIHOOD.test(sentence)) continue
    // The harm may be told in the next sentence (…男性お一人です。現在、入院して…).
    if (!SENSITIVE.test(t.slice(Math.max(0, s.start - 60), Math.min(t.length, s.end + 40)))) continue
    const span = doc.fromNorm(s.start + place.index, s.start + place.index + place[0].length)
    emit({
      rule: 'personal-info/identifiable-person',
      clause: '4(4)',
      start: span.start,
      end: span.end,
      data: { label: AGE_BAND.test(sentence) ? '住んでいる地域・年齢' : '住んでいる地域・仕事' },
    })
  }
}
