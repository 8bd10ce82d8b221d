/**
 * masking — 5(2): 伏せ字を使用しない.
 * This folder: index.ts (this file) holds the family and its check order (`run` calls the detectors in the order below, `post`
 * turns a paragraph's blanks into examples by the notes around it); meta.ts its metadata; context.ts the shared readings;
 * explained-examples.ts what makes a mask an example; findings.ts how a blank or a 伏せ字 is reported; the detectors by kind:
 * mask-runs.ts (with list-bullets-and-clean-symbols.ts and date-and-amount-slots.ts), letter-and-question-masks.ts,
 * blanks-and-draft-notes.ts, bracket-slots-and-merge-fields.ts, handle-and-url-placeholders.ts, masked-insults.ts, names-held-back.ts.
 * Three cases, told apart by what surrounds the mask:
 * - an unfilled template (block: posting it publishes wrong information): a mask run before a
 *   unit or counter (○時○分, 令和○年, ××円, △時, XX月XX日, 午前 Ｘ Ｘ 時 Ｘ Ｘ 分 spaced out) or a measurement (ＸＸ℃, ××ミリ, XX万円), before a venue (〇〇公民館,
 *   □□会館), as the value of a field (景品：＊＊＊, 問い合わせ：○○課（内線○○○）), a blank to
 *   fill in (料金：＿＿＿円, （　）月（　）日), or a bracketed slot or instruction left in the draft
 *   (〔日付〕に…, [日付], ＜会場名＞, 【タイトルを入れる】, 【ここに写真の説明を入れる】), or a form letter's addressee alone on
 *   its line (＊＊様⏎) and its sender among the city's staff (担当の●●よりご連絡いたします), or a road and the ends of a
 *   closed section in a traffic notice (市道●●線（△△橋〜□□交差点）を通行止め), or an announcement's who-and-where in its own
 *   brackets (会場は「●●●●」, 集合場所は『××××』の前: round 52), or a mail-merge field left unfilled ({{料金}}円, ${開催日}, «会場»: round 56);
 * - 伏せ字 (warn: it invites speculation): ○○課の××さん, 某施設, 某有名YouTuber, 某 ス ー パ ー, ク〇 (one
 *   mask character inside a word), an initial standing for a name (Ｈ氏, Y議員, K店さん, 関係者のＡ, Ｔ・Ｍ先輩) or
 *   hinting at one (ある公園(頭文字はM)), also inside a resident's complaint quoted as such
 *   (「○○課のAさんの対応がひどい」とのお声);
 * - an example of how to write something (info): inside 「」, after 例：/記入例：, explained
 *   (「○○」には町名が入ります), under a heading (【申込書の記入例】), or declared by a note below it, in its paragraph or
 *   opening the next one (※上記は記入例です: `post`), or introduced as one by the line or paragraph above (記入例では、次のように
 *   書いています; 以下は記入例です), or its blanks named and explained by a note below (記入例の「○○」の部分には…記入してください: round 52;
 *   a 伏せ字 the note names, 柳川市○○町 under 記入例の「○○」「△△」には…, too: blind R67A-009).
 *   Blind R74A-032: the heading may be a title of spaced words (【消防団 入団申込書の記入例】) and the note may ask to replace them (置き換えてください).
 *   Blind KJ-015: the explanation may list what goes in the slot in brackets between (○○のところには、…もの（うなぎ、川下り…）を入れて投稿してね).
 * Bullets (○日時：, ■会場, ●は先着順), decorative rules (■■■ お知らせ ■■■, ◆◇◆), marks tables
 * (◎○×, 10時の便：○), a star marking a note after a value (17時15分＊土日祝日を除く), arithmetic or collaborations (3×4, 柳川×博多), sizes (XXL), X線 and
 * hypothetical cases (A社を退職後、B社に…) are not masks.
 * Blind R69A-126, HE-010, R70A-088, HD-061: a field's name in 【】 run into the sentence as its value (【地区名】地区の…, 【変更日】から) is a
 * slot; a notation's shape in brackets after its name (住居表示（○丁目○番○号）), a bullet of a list before a unit that starts its item
 * (●月に1回は… ⏎●鍵の管理は…) and a map's legend symbol (地図の●は…場所、▲は…) are not blanks or 伏せ字.
 * Blind R78A-044: a field's name in brackets before its value's counter or word (男性【金額】円, 【人数】名, 【講師名】先生, 【施設名】前に)
 * is a slot; a day known by its own name in brackets (2026年【元日】のお知らせ, 【大晦日】) is a title, not a field.
 * Blind R133I-101: a hashtag of masks alone (#〇〇〇 #〇〇〇〇) is a template's tag left unfilled (block).
 * Blind R123A kinds: a blank before a measure's counter (上限は＿＿万円, 先着＿＿席); who takes the desk or the questions left as masks
 * (当日の受付は人事課の○○が担当します, ご不明な点は○○まで: ANNOUNCED_ROLE); a draft quoted whole as what goes out, a field's value inside
 * the quote left as masks (原稿そのまま載せちゃう！「…価格：○○○○円〜 提供店：△△△△」: QUOTED_FIELD_BEFORE; not 「氏名：○○」と記入).
 * Blind R138I-066 kind: a household's place masked in a call received (「××町の○○さんちで煙が」と通報があり: QUOTED_HOME, CALL_RECEIVED_AFTER)
 * is 伏せ字 (warn); how to report (と通報してください), a drill or a labelled example stays an example.
 * Blind R155D-060 kind: an announced event's or document's name left as a run of three or more masks (●●●●説明会を開催します,
 * ■■■■計画を策定しました: EVENT_NAME_AFTER) is a template (block).
 * Blind TV kinds, not masks: a quiz's blank asked about bare (12月○日まで。○に入る数字は何でしょう？: QUIZ_SLOT_AFTER); a rating of filled and
 * hollow marks (難易度：●○○ / ●●○ / ●●●: ratingScale); a field's bracket named as a notation (【タイトル】のような見出し: SLOT_MENTION_AFTER);
 * words quoted after a line saying examples are given (こんな例を挙げていました: EXAMPLE_INTRO) and the mark named as what letters become
 * (一文字を○にしても: TURNED_INTO_AFTER).
 * Blind R160I-005 kind: a figure written with X for its digits (寄附額はXX,000円から, XX.X℃, ¥X,XXX) or X before a unit in Latin letters
 * (XXg×2尾, XXml) is a template (block: XFIGURE); so is a product's listing quoted as news with its quantity left out (「…蒲焼き XXg×2尾」が
 * 新しく加わりました: QUOTED_ITEM_ARRIVES_AFTER).
 * Blind R163A-015/-072 kind: a partner or a maker the post credits left as masks (〇〇観光さんとのコラボ企画, ●●さんちのみかんが入荷:
 * CREDITED_AFTER) is a template (block); Blind R163A-094 kind: the title field heading the post before its headline (【タイトル】読書週間
 * 職員おすすめ本の紹介: HEADLINE_FIELD) is one too.
 * Blind R167I kinds (block): a handle left as a placeholder after its @ (@XXXXXXXX, @【公式ID】: HANDLE_SLOT); a product's origin or pack
 * left as XX or masks (XX産うなぎ, XXセット, ○○産: PRODUCT_AFTER), also inside a listing quoted as news (「XX産…」を追加しました).
 * Blind UD-103 kind (not masks): a fill-in puzzle's run of boxes asked about one box at a time (「□□□□の花」。□に入る4文字は何でしょう？:
 * boxAskedAbout) is the puzzle.
 * Blind R391Q-023 kind (block): a contest's winner or work left as masks in the results (最優秀賞は △△△△さんの作品「□□□□□」: AWARD_ANNOUNCED),
 * unless the post says why a name is held back. Blind LN-008 (not a mask): a step's circled number before ハッシュタグ (②ハッシュタグ #… をつけて).
 */
import { NeedGate } from '../../gate'
import { requiredLiterals } from '../../literals'
import { ownWordingRetracted } from '../../words'
import { viewIndexAt } from '../../text'
import type { DraftFinding, RuleFamily } from '../../rule'
import { meta } from './meta'
import type { Emit } from './context'
import { MASK, SLOT_INSTRUCTION, SLOT_TODO, TEMPLATE_FIELD_LINE, CASE_CONTEXT, ON } from './context'
import {
  EXAMPLE_NOTE_BELOW, EXAMPLE_INTRO, EXPLAINS_PLACEHOLDER, namesBlank, namedBlanks, headsExample, formLike, fillRuns,
} from './explained-examples'
import { lettersAsMasks, masks } from './mask-runs'
import { xMasks, questionMasks } from './letter-and-question-masks'
import { blanks, blankDates, leftInstructions } from './blanks-and-draft-notes'
import { mergeFields, slots } from './bracket-slots-and-merge-fields'
import { handleSlots, urlSlots } from './handle-and-url-placeholders'
import { maskedInsult } from './masked-insults'
import { bou, withheld, initials, initialHints } from './names-held-back'

/** Each bit's words, in the order of their bits (worked out on the first check: see NeedGate). */
const onWords = (): ReadonlyArray<readonly string[] | undefined> => [
  [...MASK],
  ['X', 'x'],
  ['(', '（'],
  ['【', '［', '['],
  ['_'],
  [...'[［〔【<＜《{｛'],
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  ['伏せ', 'ふせ', '控え', '出さ', '出せ', '言え', '書け', '明かせ'],
  ['頭文字', 'イニシャル', '最初の文字', '一文字目', '名前の最初', '始まる'],
  ['入れ', '入力', '記入', '挿入', '貼', '差し込', '書', 'ハッシュタグ', 'タグ名', 'ここに', 'こちらに', '入る', '入りま'],
  ['例', '見本', 'サンプル'],
  ['上記', '以上', '上の'],
  ['「', '『'],
  // (Without literals to need, a bit is always set: the gate tries patterns it cannot say anything of.)
  requiredLiterals(SLOT_INSTRUCTION),
  requiredLiterals(SLOT_TODO),
  // The i flag of FIELD_TODO_WORD and of TB[DCA]: no other character folds to T or B.
  ['要', '確認', 'TB', 'Tb', 'tB', 'tb', '未定', '未確定', '調整中', '検討中', '次第', '確定後'],
  // (Its i flag: TBD and TBA in any case.)
  ['TB', 'Tb', 'tB', 'tb', '要', '記入', 'あとで', '後で', '差し替え', '差替', '入力', '修正', '入れ', '書', '追記', '埋め'],
  requiredLiterals(TEMPLATE_FIELD_LINE),
  ['h', 'H'],
  requiredLiterals(CASE_CONTEXT),
]
const TRIGGERS = new NeedGate(onWords)
/** The bits of `ON` whose words occur in `t`. */
function triggersIn(t: string): number {
  let on = 0
  for (const k of TRIGGERS.tries(t)) on |= 1 << k
  return on
}

/**
 * What a paragraph hands to `post`: its blanks and 伏せ字, and whether a note within its first 240 characters (on a line of its
 * own, with 上記, 以上 or 上の) declares the paragraph above an example.
 */
interface MaskingFacts {
  deferred: DraftFinding[]
  /** What each of `deferred` covers, as written (NFKC): a 伏せ字 a note below names (「○○」「△△」には…) is a placeholder. */
  texts: string[]
  /** The blanks a note within the first 240 characters names in quotes (「○○」「△△」には…ご記入ください). */
  explainedBlanks: string[]
  declaresAbove: boolean
  /** The paragraph's last line says the lines after it are an example (記入例では…次のように書いています). */
  introducesBelow: boolean
  /** A note within its first 240 characters names blanks in quotes and says what goes in them (「○○」の部分には…記入してください). */
  explainsAbove: boolean
  /** Blind IE-016: the paragraph opens with a form sample's label (【記入例】印鑑登録申請書, 記入例：). */
  headsExample: boolean
  /** Its lines are a form's fields, no sentence: what a label above or a ※ note below may speak for. */
  formLike: boolean
  /** The bare runs its ※ notes ask the reader to fill or replace (※○○の部分には…書いてください). */
  fillRuns: string[]
}


export const masking: RuleFamily<MaskingFacts> = {
  id: 'masking',
  meta,
  run({ doc, emit }) {
    const t = doc.norm.text
    // Blanks and 伏せ字 wait for `post`: a note opening the next paragraph (※上記は記入例です) may declare this one an example.
    const deferred: DraftFinding[] = []
    // Blind HY-150 (words.ts ownWordingRetracted): a mask inside the account's own earlier wording, quoted in a correction or an
    // apology (「〇〇な人はお断り」と記載しましたが、不適切な表現でした), is the mistake taken back, not written again: no finding.
    const hold: Emit = (d) => {
      if (ownWordingRetracted(t, viewIndexAt(doc.norm, d.start), viewIndexAt(doc.norm, d.end))) return
      if (d.rule === 'masking/example') emit(d)
      else deferred.push(d)
    }
    // Each detector only where what it cannot find anything without occurs (ON).
    let on = triggersIn(t)
    // Blind R222S-009 kind: ○○ typed as the letter O or X (ＯＯ株式会社さま, OO建設さん, XX商店さん, 株式会社ＯＯ) reads as the same masks.
    const tm = lettersAsMasks(t)
    if (tm !== t) on |= ON.mask
    if (on & ON.mask) masks(tm, doc, hold)
    if (on & ON.mask) maskedInsult(t, doc, hold)
    if (on & ON.x) xMasks(t, doc, hold)
    if (on & (ON.paren | ON.square | ON.under) || (on & ON.slot && t.includes('〔'))) blanks(t, doc, hold, on)
    if (/[ ](?:年|月|時)|日[ ]?[(【[〔][ ]/u.test(t)) blankDates(t, doc, hold)
    questionMasks(t, doc, hold)
    handleSlots(t, doc, hold)
    urlSlots(t, doc, hold)
    const merged = t.includes('{{') || t.includes('${') || t.includes('<<') || t.includes('«') ? mergeFields(t, doc, hold) : []
    if (on & ON.slot) slots(t, doc, hold, on, merged)
    bou(t, doc, hold)
    if (on & ON.upper) initials(t, doc, hold, on)
    if (on & ON.withheld) withheld(t, doc, hold)
    if (on & ON.hint) initialHints(t, doc, hold)
    leftInstructions(t, doc, hold, on)
    // In the paragraph itself: blanks after a line that introduces an example, or before a note that names them as placeholders.
    let introAt = -1
    if (on & ON.intro) {
      let at = 0
      for (const line of t.split('\n')) {
        if (introAt < 0 && line.length <= 120 && EXAMPLE_INTRO.test(line)) introAt = at + line.length
        at += line.length + 1
      }
    }
    const explained = on & ON.quote ? EXPLAINS_PLACEHOLDER.exec(t) : null
    const explainAt = explained ? explained.index : -1
    const names = explained ? namedBlanks(explained[0]) : []
    const open: DraftFinding[] = []
    const texts: string[] = []
    for (const d of deferred) {
      const written = doc.raw.slice(d.start, d.end).normalize('NFKC')
      // (An intro declares the whole block an example, as a note below does; a note naming blanks speaks for blanks only: every blank
      // of a template, a 伏せ字 only when it is one the note names.)
      const byNote = (d.rule === 'masking/template' || (d.rule === 'masking/fuseji' && namesBlank(names, written))) && explainAt >= 0 && d.end <= doc.fromNorm(explainAt, explainAt).start
      if ((introAt >= 0 && d.start >= doc.fromNorm(introAt, introAt).start) || byNote) emit({ rule: 'masking/example', start: d.start, end: d.end })
      else {
        open.push(d)
        texts.push(written)
      }
    }
    const head = t.slice(0, 240)
    const last = t.trimEnd().slice(-120)
    return {
      deferred: open,
      texts,
      explainedBlanks: explainAt >= 0 && explainAt < 240 ? names : [],
      declaresAbove: (on & ON.above) !== 0 && /上記|以上|上の/u.test(head) && EXAMPLE_NOTE_BELOW.test(head),
      explainsAbove: explainAt >= 0 && explainAt < 240,
      introducesBelow: (on & ON.intro) !== 0 && EXAMPLE_INTRO.test(last.slice(last.lastIndexOf('\n') + 1)),
      headsExample: headsExample(t),
      formLike: formLike(t),
      fillRuns: fillRuns(t),
    }
  },
  post({ facts, spans, emit }) {
    for (let p = 0; p < facts.length; p++) {
      const { deferred } = facts[p]!
      if (deferred.length === 0) continue
      // 【申込書の記入例】⏎⏎住所：柳川市○○町○番地⏎⏎※上記は記入例です: the paragraph right above such a note is the example.
      // …or the paragraph an intro right above presents as one (記入例では、次のように書いています。⏎⏎氏名：柳川 ○○).
      const declared = facts[p + 1]?.declaresAbove === true || facts[p - 1]?.introducesBelow === true
      // Blanks a note right below names and explains (記入例の「○○」の部分には、お名前を記入してください) are placeholders.
      const explained = facts[p + 1]?.explainsAbove === true
      const names = facts[p + 1]?.explainedBlanks ?? []
      const texts = facts[p]!.texts
      const at = spans[p]!.start
      // Blind IE-016/IE-032: a form paragraph under a paragraph opened by 【記入例】…, or above a ※ note asking the reader to fill in or
      // replace its bare runs, across form paragraphs only (【記入例】印鑑登録申請書⏎⏎住所：柳川市○○町○○番地⏎⏎※○○の部分には…書いてください).
      let headed = false
      const runs: string[] = []
      if (facts[p]!.formLike) {
        for (let q = p - 1; q >= 0; q--) {
          if (facts[q]!.headsExample) headed = true
          if (headed || !facts[q]!.formLike) break
        }
        for (let q = p + 1; q < facts.length; q++) {
          runs.push(...facts[q]!.fillRuns)
          if (!facts[q]!.formLike) break
        }
      }
      const named = (w: string): boolean => runs.length > 0 && w.split(/\s+/u).every((piece) => runs.includes(piece))
      for (let k = 0; k < deferred.length; k++) {
        const d = deferred[k]!
        const placeholder = explained && (d.rule === 'masking/template' || (d.rule === 'masking/fuseji' && namesBlank(names, texts[k]!)))
        const sample = (d.rule === 'masking/template' || d.rule === 'masking/fuseji') && (headed || named(texts[k]!.trim()))
        emit(declared || placeholder || sample ? { rule: 'masking/example', start: d.start + at, end: d.end + at } : { ...d, start: d.start + at, end: d.end + at })
      }
    }
  },
}
