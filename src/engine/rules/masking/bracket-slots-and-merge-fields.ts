/**
 * Bracketed slots and mail-merge fields left unfilled (5(2): an unfilled template, masking/template, block): a field's name alone in
 * brackets or an instruction to fill it in (〔日付〕に…, 詳細は[URL]を, 会場：＜会場名＞, 【タイトルを入れる】: slots), a field's name run into
 * the sentence as its value (【地区名】地区の…, 【変更日】から, 男性【金額】円: ranIntoSentence, beforeItsWord), a title field heading the post
 * (【タイトル】読書週間…: HEADLINE_FIELD), a slot framed by marks (★会場名★: framedSlot), and the merge fields of a mail tool ({{料金}}円,
 * ${開催日}, <<会場>>, «氏名»: mergeFields). Stays clean: a heading label with its value (【会場】市民会館), a status aside (【会場（未定）】),
 * a day known by its name (【元日】), a slot named as a notation (【タイトル】のような見出し), a kaomoji's braces, explained examples. Part of
 * the masking family (index.ts runs the detectors in their order).
 */
import { matchAllOf } from '../../regex'
import type { RuleInput } from '../../rule'
import type { Emit } from './context'
import {
  MEASURE, UNIT, PERSON_AFTER, FIELD_BEFORE, SLOT_FIELD, SLOT_ASIDE, NOTE_FRAME, slotNote, fieldTodo, NAMED_FIELD, lineStartNear,
  lineEndNear, TEMPLATE_FIELD_LINE, VALUE_FIELD, COUNTER_AFTER, PERSON_FIELD, ON,
} from './context'
import { emitTemplate } from './findings'

/** Unfilled bracket slots: a field name alone in brackets, or an instruction to fill it in. */
const SLOT = /[\[［〔【<＜《{｛]([^\[\]［］〔〕【】<>＜＞《》{}｛｝\n]{1,24})[\]］〕】>＞》}｝]/gu
/** An aside that only states the field is not settled (（未定）, （調整中です）, ※未確定): a status told to the reader. */
const STATUS_ASIDE = /^\s?(?:[(（]\s?(?:未定|未確定|調整中|検討中)(?:です|となります|のため)?\s?[)）]|[※/／]\s?(?:未定|未確定|調整中|検討中)(?:です|となります)?)\s?$/u
/** A plain heading label (会場, 日時, 講師, 開催場所): a field a notice heads its lines with, not a field named by what goes in it (〜名). */
const HEADING_LABEL = /^(?:会場|場所|開催場所|開催地|日時|日程|開催日時?|開催日程|時間|期間|講師|出演者?|ゲスト|定員|料金|参加費|費用|内容|対象|持ち物|集合場所|受付|申込(?:方法|期間)?|申し込み(?:方法|期間)?)$/u
/** Blind LO-1: whether a bracket heading its line holds a heading label with only a status aside (【会場（未定）】). */
function headingStatus(inner: string, lineBefore: string, after: string): boolean {
  // (Nothing before it on its line, and no particle running it into a sentence after it: 【会場（未定）】で開催 is a slot.)
  if (lineBefore.trim() !== '' || (!/^\s*\n/u.test(after) && SLOT_IN_SENTENCE.test(after) && after.trim() !== '')) return false
  const bare = inner.replace(NOTE_FRAME, '').trim()
  const asides = bare.match(SLOT_ASIDE)
  if (asides === null || asides.length !== 1 || !STATUS_ASIDE.test(asides[0]!)) return false
  return HEADING_LABEL.test(bare.replace(SLOT_ASIDE, '').trim())
}
/** A post's title field (タイトル, 見出し, 件名) and, after it on its line, a notice's headline: words ending in what the notice is. */
const HEADLINE_FIELD = /^(?:タイトル|見出し|件名)$/u
/** Team R40B-136 kind: a sentence of the body right after the title's label, closed with its predicate and a full stop. */
const BODY_AFTER_TITLE = /^\s?[^\s【】\n「『][^【】\n]{1,80}?(?:ます|です|ください|下さい|ました|でした|ません)[。！!]/u
const HEADLINE_AFTER = /^\s?[^\s【】\n][^【】\n]{1,50}?(?:お知らせ|ご案内|案内|紹介|ご紹介|募集|開催|について|のお願い|実施|開始|決定|報告|レポート|中止|延期|変更|休館|休止|再開|結果|発表|展示|受付|公開|オープン|スタート|発行|配布|策定|完成|掲載|更新)(?:します|しました|いたします|いたしました|です|中)?[!！。]?\s*$/u
const SLOT_IN_SENTENCE = /^(?:\s*$|\s*\n|[にではをがのへとも、。！!]|から|まで|より|さん|様|氏|殿)/u
/** A value beginning with one of SLOT_IN_SENTENCE's particle kana and going on in hiragana: maybe a name (とうふ工房, となりのトトロ)… */
const NAME_AFTER_LABEL = /^[にではをがのへとも][ぁ-ゖ]/u
/** …unless the kana are a particle's (にて, では, には, とは, での, への, との, でも, にも) or one before an honorific (をご確認, にお越し). */
const PARTICLE_AFTER_LABEL = /^(?:[にではをがのへとも][おご]|にて|では|には|とは|での|への|との|でも|にも|へも)/u
/** …and the line is a field's value, not a sentence (【店名】のような老舗が並ぶ商店街です。 is one): no sentence end on it. */
const SENTENCE_LINE = /[。！？!?]|(?:です|ます|ください|でした|ました)\s*$/u

const TEMPLATE_ONLY_FIELD = /^(?:タイトル|サブタイトル|見出し|小見出し|本文|リード文?|キャプション|説明文|告知文)$/u
/**
 * Round 56 (blind R56A-038): a mail-merge field the tool left unfilled, {{料金}}円, {{ 担当課 }}, ${開催日}, <<会場>>, «氏名»: doubled
 * braces (or ${…}) around a field's name are a template's syntax, never prose, wherever they stand (a heading, a field's value, the
 * end of a line); <<…>> and «…» also decorate headings (<<お知らせ>>), so there only a field's name counts (会場, 日付, ゲスト名, an
 * ASCII identifier). A kaomoji's braces ({{ (>_<) }}) hold no name; a field shown as how to write one ({{氏名}}のように) is an example.
 */
const MERGE_FIELD = /\{\{\s{0,2}([^{}\n]{1,30}?)\s{0,2}\}\}|\$\{\s?([^{}\n]{1,30}?)\s?\}|<<\s?([^<>\n]{1,24}?)\s?>>|«\s?([^«»\n]{1,24}?)\s?»/gu
/** A field's name: letters, digits and joiners, no sentence (no particle run, no punctuation). */
const MERGE_NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-・ ]{0,29}$/u
const MERGE_FIELD_NAME = /^(?:[A-Za-z_][A-Za-z0-9_.]{0,29}|[\p{Script=Han}ァ-ヶー]{0,6}(?:課|係|室|日|日時|時間|時刻|名|者|額|料|費|先|番号|場所|会場|住所|期限|締切|URL))$/u
const MERGE_SHOWN = /^\s?(?:のよう|などの|などと|といった|と(?:書|記入|入力)|の(?:部分|欄)(?:に|は))/u
export function mergeFields(t: string, doc: RuleInput['doc'], emit: Emit): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  MERGE_FIELD.lastIndex = 0
  for (const m of matchAllOf(MERGE_FIELD, t)) {
    const inner = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim()
    if (!MERGE_NAME.test(inner)) continue
    const doubled = m[1] !== undefined || m[2] !== undefined
    if (!doubled && !SLOT_FIELD.test(inner) && !NAMED_FIELD.test(inner) && !MERGE_FIELD_NAME.test(inner)) continue
    const a = m.index
    const b = a + m[0].length
    spans.push([a, b])
    if (MERGE_SHOWN.test(t.slice(b, b + 8))) {
      const { start, end } = doc.fromNorm(a, b)
      emit({ rule: 'masking/example', start, end })
      continue
    }
    const unit = UNIT.exec(t.slice(b, b + 4))?.[0] ?? MEASURE.exec(t.slice(b, b + 4))?.[0] ?? ''
    emitTemplate(t, a, b, unit, doc, emit, true)
  }
  return spans
}

/** After a date or place slot: the phrase it is the value of (【変更日】から, 【開催場所】にて). */
const VALUE_PHRASE_AFTER = /^(?:から|まで|より|以降|以前|に(?!つ)|にて|で(?:開催|行|実施))/u
/** The nouns a named field's slot stands before (【地区名】地区, 【町名】町内): its own stem or a place's kind. */
const PLACE_HEAD = /^(?:地区|町|市|区|村|校区|小学校|中学校|公民館|行政区)/u
/** A date's or a time's field (日付, 曜日, 開始日, 受付終了時刻): its slot stands for a day or an hour. */
const DATE_SLOT = /^(?:日付|日にち|日時|時間|時刻|曜日|date|time)$|^(?:開始|終了|開催|受付|締切|申込|実施|変更|提出|納付|予定|集合|出発|発送|公開|掲載)(?:日|日時|時間|時刻)$/iu
/** Before a date's slot: the figures of a date it completes (令和8年1月【日付】, 10時【分】) or a range mark (〜【日付】). */
const DATE_BEFORE = /(?:[0-9](?:年|月|日|時)|[〜~～])\s?$/u
/** After it: a range mark (【日付】〜). */
const RANGE_AFTER = /^\s?[〜~～]/u
/**
 * A day known by its own name, not a field's (元日, 大晦日, 祝日, 当日, 天皇誕生日, 建国記念日): 2026年【元日】のお知らせ is a title; a
 * holiday in brackets names the day the notice is about, there is nothing to fill in.
 */
const NAMED_DAY = /^(?:元日|元旦|大晦日|大みそか|正月|祝日|休日|平日|当日|前日|翌日|本日|今日|明日|初日|最終日|毎日|土日|[\p{Script=Han}]{0,4}記念日|天皇誕生日)$/u
/**
 * Blind R78A-044: a field's name in brackets left where its value goes, right before the value's counter or the word it goes with
 * (参加費：男性【金額】円, 定員【人数】名, 講師は【講師名】先生, 【施設名】前に集合): a field of an amount or a count before its counter
 * (円, 名, 人, 件, 台 … ending the word: 【定員】名簿, 【料金】回数券 go on into another word), a person's field before an honorific or
 * a title, a place's field before where at it (前, 内, 入口, 駐車場). A label heading its value (【料金】500円, 【定員】20名) has a figure
 * between.
 */
const QUANTITY_FIELD =
  /^(?:[\p{Script=Han}ァ-ヶー]{0,6}(?:金額|料金|価格|費用|人数|定員|件数|台数|枚数|個数|回数|戸数|世帯数|席数|部数|冊数|年齢|単価)|(?:参加|受講|入場|入館|入園|観覧|利用|使用|駐車|手数|年会|月会|交通|宿泊|材料|教材|食事|保険|出店|送)(?:料|費)|会費|代金|額)$/u
const PLACE_FIELD = /^(?:[\p{Script=Han}ァ-ヶー]{0,6}(?:場所|会場|会場名|施設名|館名|公園名|駅名|店名|店舗名|校名|集会所名)|会場|場所)$/u
const AT_PLACE_AFTER = /^(?:前|内|横|裏|付近|周辺|入口|入り口|正面|駐車場|玄関)(?:で|に|の|へ|を|まで|から|集合|[、。!！\s]|$)/u
/** Whether a field's name in brackets stands right before its value's counter or the word it goes with (see above). */
function beforeItsWord(inner: string, after: string): boolean {
  return (QUANTITY_FIELD.test(inner) && COUNTER_AFTER.test(after)) || (PERSON_FIELD.test(inner) && PERSON_AFTER.test(after)) || (PLACE_FIELD.test(inner) && AT_PLACE_AFTER.test(after))
}
/** Whether a field's name in brackets is run into the sentence as its value (see `slots`). */
function ranIntoSentence(inner: string, next: string, lineBefore: string): boolean {
  if (VALUE_FIELD.test(inner) && !NAMED_DAY.test(inner)) return VALUE_PHRASE_AFTER.test(next) || (/[\p{L}\p{N}][、,]?$/u.test(lineBefore) && SLOT_IN_SENTENCE.test(next) && !/^\s*$/u.test(next))
  if (!NAMED_FIELD.test(inner)) return false
  const stem = inner.replace(/(?:の名前|氏名|名)$/u, '')
  return (stem.length >= 2 && next.startsWith(stem.slice(-2))) || PLACE_HEAD.test(next)
}

/**
 * Blind TV-085 kind: after a bracketed field, the words that make it an example of a notation (【タイトル】のような見出し, 【日時】【会場】といった
 * 項目名, 【お知らせ】などの見出しを付ける, ［URL］のように書く): a likeness word (のような, といった, などの) and, within a few
 * characters, a word of notation or of writing it (見出し, 表記, 項目, 書き方; 書く, 記入). 【店名】のような老舗, 【会場名】などで販売, 【食材名】
 * などを入れて, 【会場名】と書かれた看板 name no notation or say no likeness: still slots.
 */
const SLOT_MENTION_AFTER =
  /^(?:[「『【［\[][^」』】］\]\n]{1,12}[」』】］\]]){0,3}(?:のよう|みたいな|みたいに|といった|という|などの)[^。！？!?\n]{0,10}?(?:見出し|表記|書き方|書式|形式|ラベル|記号|括弧|かっこ|カッコ|項目|テンプレート|テンプレ|ひな形|雛形|フォーマット|(?:書|記)(?:く|いて|いた|き|す|して|した|入|載))/u
/**
 * Blind R288S-020 kind: a field's name framed by marks inside the bracket (【◆時刻◆】, 【★日付★】, ［■場所■］, 【※名称※】), or a bracket of
 * one mark repeated (【●●】, ［＊＊＊］), left in the middle of a sentence (復旧は【◆時刻◆】ごろの見込み, 会場は【●●】です): the writer's
 * marked blank, never filled. Whatever follows it (ごろ, 頃, 以降 as well as a particle). A decorated heading label heading its line with
 * its value after it (【◆日時◆】10月5日, 【★会場★】市民会館) has nothing before it and no particle after: a label, not a slot. Plain
 * headings (【お知らせ】, 【重要】, 【★重要★】) name no field.
 */
const FRAMED_FIELD = /^[★☆◆◇●○■□▲△▼▽※◎]{1,3}\s?([^★☆◆◇●○■□▲△▼▽※◎\s]{1,12})\s?[★☆◆◇●○■□▲△▼▽※◎]{1,3}$/u
const FRAMED_EXTRA_FIELD = /^(?:名称|日にち|時間帯|見込み時刻|復旧時刻|再開時刻|地区名|町名)$/u
const ONE_MARK_REPEATED = /^([○〇◯●×■□▲△◆◇〓＊*])\1{1,7}$/u
const PARTICLE_AFTER_SLOT = /^(?:[にではをがのへとも]|から|まで|より)/u
function framedSlot(inner: string, lineBefore: string, after: string): boolean {
  const mid = /[\p{L}\p{N}]/u.test(lineBefore)
  const f = FRAMED_FIELD.exec(inner)
  if (f) {
    const field = f[1]!
    return (SLOT_FIELD.test(field) || NAMED_FIELD.test(field) || DATE_SLOT.test(field) || FRAMED_EXTRA_FIELD.test(field)) && (mid || PARTICLE_AFTER_SLOT.test(after))
  }
  // A rating's marks (難易度は【●●●】, おすすめ度【■■】) are a score, not a blank.
  return ONE_MARK_REPEATED.test(inner) && mid && /^[\p{L}\p{N}]/u.test(after) && !/(?:度|評価|レベル|ランク|星|点)(?:は|：|:)?\s?$/u.test(lineBefore)
}
/** 〔日付〕に…, 詳細は[URL]を, 会場：＜会場名＞, 【タイトルを入れる】 (`run` calls it only on a paragraph with an opening bracket of SLOT). */
export function slots(t: string, doc: RuleInput['doc'], emit: Emit, on: number, merged: ReadonlyArray<[number, number]> = []): void {
  SLOT.lastIndex = 0
  for (const m of matchAllOf(SLOT, t)) {
    const inner = m[1]!.trim()
    const a = m.index
    const b = a + m[0].length
    // Inside a merge field ({{料金}}), reported by `mergeFields`.
    if (merged.some(([x, y]) => x <= a && b <= y)) continue
    // Blind R167I-028: a slot right after an @ (@【公式ID】) is the handle's, reported by `handleSlots`.
    if (/@\s?$/u.test(t.slice(Math.max(0, a - 2), a))) continue
    const lineBefore = t.slice(lineStartNear(t, a, 12), a)
    // (Worked out when asked: a heading 【お知らせ】 needs neither.)
    let nextText: string | undefined
    const next = () => (nextText ??= t.slice(b, b + 4).replace(/^[\]］〕】>＞》}｝]+/u, ''))
    // A to-do (【★ここに金額・担当確認★】円から, 定員［人数・係長に確認］名) counts where it stands in a sentence or a field's value,
    // not heading a line (【要確認】確定申告の期限は…).
    const inSentence = () => (/[\p{L}\p{N}]/u.test(lineBefore) && (SLOT_IN_SENTENCE.test(next()) || UNIT.test(next()))) || FIELD_BEFORE.test(lineBefore)
    // Each note only where the paragraph holds a literal its patterns need (ON: the inside is part of the paragraph).
    // Blind LO-1: a heading label whose aside only tells the reader the value is not settled yet (【会場（未定）】⏎決まり次第お知らせします,
    // 【日時（調整中）】, ■講師（未確定）): the post's own notice that it will follow, not a to-do the writer left in a slot. A field in a
    // sentence or a field's value (会場：【会場名（未定）】, 講師は【講師名（未定）】先生), a named field (〜名) and a to-do (要確認, TBD) stay slots.
    if (headingStatus(inner, lineBefore, t.slice(b, b + 4))) continue
    // Blind KY-058 kind: a form's field named as the topic heading a line (【申告書のマイナンバー記入欄】住民税の申告書には…, 【口座番号の入力欄】⏎
    // …): 欄 is the form's box the post explains, not a slot the writer left to fill. A box in a field's value (氏名：【記入欄】) stays a slot.
    if (/(?:記入|入力)欄$/u.test(inner.trim()) && lineBefore.trim() === '' && /^\s{0,2}[\p{L}\p{N}]/u.test(t.slice(b, b + 4))) continue
    const instruction =
      ((on & ON.instruct) !== 0 && slotNote(inner)) || ((on & (ON.instruct | ON.slotTodo)) !== 0 && inSentence() && slotNote(inner, true)) || ((on & ON.todo) !== 0 && fieldTodo(inner))
    // 【タイトル】 with the template's other fields in the post (本文：…, 画像：…): scaffolding left in, wherever it stands.
    const scaffold = m[0][0] === '【' && (on & ON.fieldLine) !== 0 && TEMPLATE_ONLY_FIELD.test(inner) && TEMPLATE_FIELD_LINE.test(t)
    // Blind R69A-126: a field's name in 【】 run into the sentence as its value (【地区名】地区の燃えないごみ…, 収集日が、【変更日】から第2・
    // 第4金曜日に): a kind of date or place (〜日, 〜日時, 〜期間, 〜場所) going on into から, まで or に, or mid-line; a named field
    // (〜名) before the noun it names (【地区名】地区, 【町名】町内). A heading label (【休館日】毎週月曜日, 【収集日】のお知らせ) is not this.
    // Blind R163A-094 kind: the template's title field left heading the post, its headline written after it on the same line (【タイトル】
    // 読書週間 職員おすすめ本の紹介, 【件名】年末年始の窓口業務のお知らせ): a notice's headline ends in what it is (紹介, お知らせ, 募集…); a
    // work's title after the label (【タイトル】星の王子さま, 【タイトル】となりのトトロ⏎【上映日】…) is a record's field, not scaffolding.
    // Team R40B-136 kind: …or the body's sentences run on right after it (【タイトル】猛暑日が続いています。…補給してください。): the title was
    // never written, the label left where it should stand.
    const headlineField = m[0][0] === '【' && HEADLINE_FIELD.test(inner) && /^\s*$/u.test(t.slice(0, a)) && (HEADLINE_AFTER.test(t.slice(b, lineEndNear(t, b, 60))) || BODY_AFTER_TITLE.test(t.slice(b, lineEndNear(t, b, 120))))
    const runInto = !instruction && !scaffold && !headlineField && ranIntoSentence(inner, next(), lineBefore)
    // Blind R73A-050: a date's field in brackets inside a date or a range (令和8年1月【日付】〜【日付】, 期間：【開始日】〜【終了日】): the day
    // was never filled in. A label heading its line (【受付期間】〜3月31日) has nothing before it.
    const inDate = !instruction && !scaffold && !runInto && DATE_SLOT.test(inner) && (DATE_BEFORE.test(lineBefore) || (RANGE_AFTER.test(next()) && /[\p{L}\p{N}]/u.test(lineBefore)))
    // Blind R78A-044: before its value's counter or word (男性【金額】円, 【人数】名, 【講師名】先生, 【施設名】前に集合).
    const beforeWord = !instruction && !scaffold && !runInto && !inDate && beforeItsWord(inner, t.slice(b, b + 8).replace(/^[\]］〕】>＞》}｝]+/u, ''))
    // Blind R288S-020 kind: a field framed by marks, or a bracket of one mark repeated, in the middle of a sentence (復旧は【◆時刻◆】ごろ).
    const framed = !instruction && !scaffold && !runInto && !inDate && !beforeWord && framedSlot(inner, lineBefore, next())
    if (!instruction && !scaffold && !headlineField && !runInto && !inDate && !beforeWord && !framed) {
      // (NAMED_FIELD ends in 名 or 前.)
      if (!SLOT_FIELD.test(inner) && !((inner.endsWith('名') || inner.endsWith('前')) && NAMED_FIELD.test(inner))) continue
      // 【日時】10月1日 is a heading label; 〔日付〕に開催, 会場：＜会場名＞ are slots.
      // Doubled brackets ({{date}}, <<日付>>) close twice before the sentence goes on.
      if (!SLOT_IN_SENTENCE.test(next()) && !FIELD_BEFORE.test(lineBefore)) continue
      // A label heading its line whose value is a name that begins with a particle's kana (【会場】とうふ工房, 【タイトル】となりのトトロ⏎
      // 【上映日】…, 【講師】のぐち先生): a record's field, filled in. Not a particle (【日付】に開催, 【会場】にて, 【場所】をご確認) nor a line
      // that is a sentence (【店名】のような老舗が並ぶ商店街です。).
      if (lineBefore.trim() === '' && NAME_AFTER_LABEL.test(next()) && !PARTICLE_AFTER_LABEL.test(next()) && !SENTENCE_LINE.test(t.slice(b, lineEndNear(t, b, 80)))) continue
      // 【電話】 and 【会場】 heading a line with its value on the next line: still a label.
      // …but 【タイトル】 or 【本文】 alone on a line heads nothing a post shows: the writer's template was never filled in.
      // Blind R343P-042 kind: not when it is a field's value ending the line (会場：【会場名】⏎講師：予防課): the label was never filled in.
      if (m[0][0] === '【' && /^\s*\n/.test(t.slice(b, b + 3)) && !TEMPLATE_ONLY_FIELD.test(inner) && !FIELD_BEFORE.test(lineBefore)) continue
    }
    // Blind R92A-073: an instruction slot that is the whole of a title's quotes (今月は『【ここに書名】』！, 講座「［ここに講座名を入れる］」の
    // 受講者を募集): the quotes are the title's own, the slot stands where the name goes, so it is a blank, not a quoted example; quoted as
    // what a screen shows (「【ここに本文を入力】」と表示されたら, 『【ここにタイトル】』という欄, 「【要確認：日付】」のようなメモ) it is still a mention.
    // Blind TV-085: a field's bracket named as a kind of notation (投稿の1行目に【タイトル】のような見出しを付けると, 【日時】といった項目, 【本文】のように
    // 書くと): a way of writing explained, a mention, not a slot left in the draft.
    if (SLOT_MENTION_AFTER.test(t.slice(b, b + 24))) {
      const { start, end } = doc.fromNorm(a, b)
      emit({ rule: 'masking/example', start, end })
      continue
    }
    const named = !!instruction && /[「『]$/u.test(t.slice(Math.max(0, a - 1), a)) && /^[」』](?!と|って|の?よう|みたい|など|なんか)/u.test(t.slice(b, b + 5))
    emitTemplate(t, a, b, '', doc, emit, true, named)
  }
}
