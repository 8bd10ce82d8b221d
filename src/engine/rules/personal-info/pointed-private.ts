/**
 * One private person picked out by everyday details, not a full address, and told with something that is theirs alone. Block (4(4)): in a
 * small town the details are the person.
 *
 * Blind R385J-002 kind: a household named by the district and the surname (三橋町今古賀の古賀さんのお宅) and told as away or not answering
 * (いつもお留守でした, 未回答のまま): which door stands empty, which household did not answer.
 * Blind R385J-020 kind: a respondent named (ご主人の川端正二さん（68）) and what they answered a survey about their business (従業員14人, 売上は
 * およそ1億2千万円とご回答いただきました): a statistics answer is kept secret by law.
 * Blind R385J-032 kind: a person named (インターン生の松尾玲奈さん) with where the family lives (ご実家は大和町中島) and what a family member does
 * (お父さんは漁協にお勤め): the family is told with the name.
 * Blind R385J-040 kind: a form in the photo with a named person's entries said to be legible (立花重雄さんのお名前と家族構成がちょっと見えちゃって
 * ます).
 * Blind R386K-004, R388M-058 kinds: one not named but pointed at by the district, the family trade and the kin (西蒲池の酒屋さんとこの息子さん,
 * 沖端の鮮魚店の次男) or by the school, the year and a post only one holds (柳城中3年の生徒会長), told with a private matter: taken in by the
 * police (補導された), shut in at home (10年ぶりに家から出て).
 * Blind R388M-008 kind: a child's school, class and full name read off a belonging (フタに「みやなが小 3年2組 かまち ひなた」って書いてある).
 *
 * Not staff who act (担当の古賀さん), a group, a quoted example (記入例), a shop told with its owner's public greeting, figures with no one named.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { CONSENT, quotedOnLine, sentenceSpan, sentencesOf, withoutUrls, type Emit } from './context'
import { NAME, NOT_A_NAME, STAFF_BEFORE } from './named-matter'

/** The district right before the name (三橋町今古賀の, 沖端地区の). */
const DISTRICT_BEFORE = /[\p{Script=Han}ヶノ々]{1,6}(?:町|村|地区|校区)[\p{Script=Han}ヶノ々]{0,4}の[ 　]?$/u
const HOUSEHOLD_AFTER = /^(?:の)?[ 　]?(?:お宅|宅|ご自宅|ご一家|お家|おうち|家|ん?ち)/u
/** The household away or not answering, told as what happened. */
const AWAY_OR_UNANSWERED =
  /(?:お?留守|ご?不在)(?:でし|だっ|のよう|が続|続き|ばかり|のまま|で(?:し|す|、))|未回答|未提出|(?:回答|提出)(?:が|を)?(?:まだ)?(?:いただけて|もらえて|され(?:て)?)(?:い|お)?(?:ない|ません|らず)|(?:お会いでき|会えて)(?:い)?(?:ない|ません|ず)/u

/** A survey's answer about a business (従業員14人, 売上はおよそ1億2千万円), told as the respondent's answer. */
const SURVEY = /センサス|統計調査|調査票|[\p{Script=Han}]{1,6}調査(?:で|の|に)/u
const BUSINESS_FIGURE =
  /(?:売上|売り上げ|年商|所得|年収|収入|利益|従業員|雇用)[^。！？!?\n]{0,10}?[0-9０-９一二三四五六七八九十百千][0-9０-９,，.一二三四五六七八九十百千万億]{0,12}(?:人|名|円|万|億)/u
const ANSWERED = /(?:と|を)?(?:ご)?回答(?:いただ|を?頂|され|くださ|してくださ)|調査票に(?:記入|書)/u

/** The family's home and what a family member does. */
const FAMILY_HOME = /(?:ご)?実家(?:は|が)[^。！？!?\n]{0,10}?(?:町|村|地区|校区)/u
const KIN_WORK =
  /(?:お父さん|お母さん|お父様|お母様|ご両親|父親|母親|おばあちゃん|おじいちゃん|おばあさん|おじいさん|お兄さん|お姉さん|祖父|祖母)(?:は|が|も)[^。！？!?\n、]{0,16}?(?:お勤め|勤務|勤め|働い|経営|営んで|(?:を|で)(?:され|やっ)て)/u

/** A form or a document in the photo and a named person's entries said legible. */
const PHOTO = /写真|画像|📸|📷|写って|写り/u
const FORM = /調査票|申込書|申請書|回答用紙|アンケート用紙|届出書|届書|記入済み|用紙/u
const ENTRIES_LEGIBLE =
  /^[ 　]?の[ 　]?(?:お?名前|氏名|ご?住所|家族構成|電話番号|生年月日|年齢|勤め先)(?:と|や|、|も|が|まで)[^。！？!?\n]{0,16}?(?:見え|写っ|読め|読み取れ|わかっ|分かっ|わかる|分かる)(?!ない|ません|ないよう)/u
const HIDDEN = /(?:見え|読め|写ら|わから|分から)(?:ない|ません)|ぼかし|モザイク|加工し|隠し|黒塗り|伏せ/u

/** One pointed at by district, family trade and kin, or by school, year and a post only one holds. */
const POINTED =
  /[\p{Script=Han}ヶノ々]{1,6}の[\p{Script=Han}ァ-ヶーぁ-ゖ]{0,8}?(?:屋|店|商店)(?:さん)?(?:とこ|ところ|ん?ち|の家|家)?の(?:息子さん|娘さん|長男|次男|三男|長女|次女|三女|お嫁さん|お孫さん|息子|娘)|[\p{Script=Han}]{1,6}(?:小|中|高|小学校|中学校|高校)[ 　]?の?[1-6１-６一二三四五六]年(?:生)?の?(?:生徒会長|児童会長|副会長|学級委員長?|部長|キャプテン|主将)/u
const PRIVATE_MATTER =
  /補導|逮捕|書類送検|万引き|非行|家出|ひきこもり|引きこもり|不登校|(?:家|部屋|自室)から(?:一歩も)?出(?:て|られ|ら|た)|自殺|自傷|措置入院/u
const GROUP = /皆さん|みなさん|皆様|方々|たち|全員/u

/** A child's school, class and full name quoted as written on a belonging. */
const CLASSED_NAME =
  /[「『][^「」『』\n]{0,8}?(?:小|中|小学校|中学校|園)[ 　]?[0-9０-９一二三四五六]年[ 　]?(?:[0-9０-９一二三四五六]組|[\p{Script=Han}ぁ-ゖ]{1,3}組)?[ 　]?([ぁ-ゖァ-ヶー\p{Script=Han}々]{1,6}[ 　][ぁ-ゖァ-ヶー\p{Script=Han}々]{1,6})[」』](?:って|と)[ 　]?(?:書|あ|記)/u
const EXAMPLE = /記入例|見本|例えば|たとえば|のように書/u

function report(doc: Doc, start: number, end: number, label: string, emit: Emit): void {
  const span = doc.fromNorm(start, end)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
}


/** The private person's names in the post: not a class word, not staff who act, not in a quotation. */
function* privateNames(t: string): Generator<{ a: number; b: number }> {
  for (const m of matchAllOf(NAME, t)) {
    const core = (m[1] ?? m[2])!.replace(/[ 　].*$/u, '')
    if (NOT_A_NAME.test(core) || /^[おご御]/u.test(core)) continue
    const a = m.index
    if (STAFF_BEFORE.test(t.slice(Math.max(0, a - 12), a)) || quotedOnLine(t, a)) continue
    yield { a, b: a + m[0].length }
  }
}

export function pointedPrivate(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (CONSENT.test(t)) return
  const away = AWAY_OR_UNANSWERED.test(t)
  const survey = SURVEY.test(t) && BUSINESS_FIGURE.test(t) && ANSWERED.test(t)
  const family = FAMILY_HOME.test(t) && KIN_WORK.test(t)
  const form = PHOTO.test(t) && !HIDDEN.test(t)
  if (away || survey || family || form) {
    for (const { a, b } of privateNames(t)) {
      const s = sentenceSpan(t, a)
      const sentence = t.slice(s.start, s.end)
      const nextEnd = s.end + 1 < t.length ? sentenceSpan(t, s.end + 1).end : s.end
      const after = t.slice(b, nextEnd)
      if (away && DISTRICT_BEFORE.test(t.slice(Math.max(s.start, a - 16), a)) && HOUSEHOLD_AFTER.test(t.slice(b, b + 6)) && AWAY_OR_UNANSWERED.test(t.slice(s.start, nextEnd)))
        return report(doc, a, b, '地区と姓で分かる世帯の留守・未回答', emit)
      if (survey && BUSINESS_FIGURE.test(after) && ANSWERED.test(after)) return report(doc, a, b, '統計調査の回答者の名前と回答内容', emit)
      if (family && !GROUP.test(sentence)) {
        const further = nextEnd + 1 < t.length ? sentenceSpan(t, nextEnd + 1).end : nextEnd
        const scope = t.slice(b, further)
        if (FAMILY_HOME.test(scope) && KIN_WORK.test(scope)) return report(doc, a, b, '名前と実家の所在・家族の職業', emit)
      }
      if (form && (FORM.test(t) || /家族構成|住所|生年月日|電話番号/u.test(sentence)) && ENTRIES_LEGIBLE.test(t.slice(b, s.end)))
        return report(doc, a, b, '写真で読める人の名前と記入内容', emit)
    }
  }
  if (PRIVATE_MATTER.test(t)) {
    for (const s of sentencesOf(t)) {
      const sentence = t.slice(s.start, s.end)
      const who = POINTED.exec(sentence)
      if (!who || !PRIVATE_MATTER.test(sentence) || GROUP.test(sentence) || quotedOnLine(t, s.start + who.index)) continue
      return report(doc, s.start + who.index, s.start + who.index + who[0].length, '地区・家業・学校の役職で分かる人の私事', emit)
    }
  }
  const tag = CLASSED_NAME.exec(t)
  if (tag && !EXAMPLE.test(t.slice(Math.max(0, tag.index - 20), tag.index + tag[0].length + 12)) && !quotedOnLine(t, tag.index))
    return report(doc, tag.index, tag.index + tag[0].length, '持ち物から分かる子どもの学校・学級と名前', emit)
}
