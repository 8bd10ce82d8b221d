/**
 * Kanji words spelt in katakana (ﾋﾐﾂ, ｶｲｷﾞ資料, ｺｺﾀﾞｹﾉﾊﾅｼ): a spelling that hides a word from every
 * pattern written in kanji. For the families whose vocabulary is kanji (confidential, unofficial:
 * `FamilyMeta.kanaSpellings`), the engine checks a paragraph that holds such a spelling a second
 * time with the words written in kanji (秘密, 会議資料, ここだけの話), and keeps the findings that
 * touch a restored word, mapped back onto the text as written.
 *
 * Only katakana runs are read (after NFKC: half-width ｶﾀｶﾅ too): writing a Sino-Japanese word in
 * katakana is the evasion; hiragana is ordinary writing and stays as it is. A reading of two kana
 * (アン → 案) counts only as a whole katakana run; longer readings count inside a run
 * (ココダケノハナシ → ココダケノ話), since loanwords hardly ever hold them.
 */
import { toSource, type Span, type View } from './text'

/** Katakana reading → kanji: the vocabulary of secrets, undecided matters and rumours. */
const READINGS: Readonly<Record<string, string>> = {
  ヒミツ: '秘密',
  ナイショ: '内緒',
  ゴクヒ: '極秘',
  ブガイヒ: '部外秘',
  // Blind R226E-006 kind: every marker of a secret has its reading (ｶﾞｲﾌﾞﾋ　令和８年度 組織見直し（案）).
  ガイブヒ: '外部秘',
  シャガイヒ: '社外秘',
  チョウガイヒ: '庁外秘',
  ゲンピ: '厳秘',
  ナイミツ: '内密',
  タゴンムヨウ: '他言無用',
  トリアツカイチュウイ: '取扱注意',
  カンケイシャカギリ: '関係者限り',
  ショクインカギリ: '職員限り',
  ミコウカイ: '未公開',
  ヒコウヒョウ: '非公表',
  モチダシキンシ: '持ち出し禁止',
  ナイブ: '内部',
  ナイブシリョウ: '内部資料',
  シリョウ: '資料',
  カイギ: '会議',
  セツメイ: '説明',
  ミコウヒョウ: '未公表',
  ミハッピョウ: '未発表',
  ヒコウカイ: '非公開',
  ハッピョウ: '発表',
  コウヒョウ: '公表',
  ケントウ: '検討',
  ケントウチュウ: '検討中',
  チョウセイ: '調整',
  チョウセイチュウ: '調整中',
  キョウギ: '協議',
  ケッテイ: '決定',
  ナイテイ: '内定',
  ナイジ: '内示',
  ジンジ: '人事',
  イドウ: '異動',
  ヨサン: '予算',
  トウゴウ: '統合',
  ハイシ: '廃止',
  ヘイサ: '閉鎖',
  イテン: '移転',
  ギカイ: '議会',
  シチョウ: '市長',
  ジニン: '辞任',
  センキョ: '選挙',
  ウワサ: '噂',
  ハナシ: '話',
  カンケイシャ: '関係者',
  チョウナイ: '庁内',
  チョウナイカギリ: '庁内限り',
  ライネンド: '来年度',
  サイゴ: '最後',
  ケイカク: '計画',
  ミテイ: '未定',
  アン: '案',
  キミツ: '機密',
  ジョウホウ: '情報',
  ゴカイ: '誤解',
  ジジツムコン: '事実無根',
  ハンロン: '反論',
  コウギ: '抗議',
}

const KEYS = Object.keys(READINGS)
/** Longest first, so ナイブシリョウ wins over ナイブ. Reading-length ≥ 3 only (inside a run). */
const INSIDE = new RegExp(
  KEYS.filter((k) => k.length >= 3)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
)
/** Two katakana in a row (every reading is at least two). */
const TWO_KATAKANA = /[ァ-ヺ]{2}/u
/** A katakana run (the long-vowel mark included). */
const RUN = /[ァ-ヺー]+/gu
/** A cheap first test: some katakana run holds a reading at all. */
const ANY = new RegExp(KEYS.join('|'), 'u')

/** A paragraph with its katakana spellings restored, and the way back to the paragraph as written. */
export interface Restored {
  /** The paragraph with each restored word in kanji. */
  readonly text: string
  /** Restored words: their span in `text` and the source span they replace. */
  readonly words: ReadonlyArray<{ at: Span; source: Span }>
}

/**
 * The paragraph `raw` (its norm view `norm`) with kanji words spelt in katakana written in kanji,
 * or null when it holds none (the usual case: one regex test).
 */
export function restoreReadings(raw: string, norm: View): Restored | null {
  const t = norm.text
  // Most paragraphs hold no two katakana in a row: one class test, then the readings.
  if (!TWO_KATAKANA.test(t) || !ANY.test(t)) return null
  const found: Span[] = []
  RUN.lastIndex = 0
  for (let m = RUN.exec(t); m; m = RUN.exec(t)) {
    const run = m[0]
    const whole = READINGS[run]
    if (whole !== undefined) {
      found.push({ start: m.index, end: m.index + run.length })
      continue
    }
    INSIDE.lastIndex = 0
    for (let w = INSIDE.exec(run); w; w = INSIDE.exec(run)) found.push({ start: m.index + w.index, end: m.index + w.index + w[0].length })
  }
  if (found.length === 0) return null
  let text = ''
  let last = 0
  const words: Array<{ at: Span; source: Span }> = []
  for (const f of found) {
    const source = toSource(norm, f.start, f.end)
    if (source.start < last) continue
    const kanji = READINGS[t.slice(f.start, f.end)]!
    text += raw.slice(last, source.start)
    words.push({ at: { start: text.length, end: text.length + kanji.length }, source })
    text += kanji
    last = source.end
  }
  text += raw.slice(last)
  return { text, words }
}

/**
 * A span of the restored text on the paragraph as written, or null when it touches no restored word
 * (the check of the paragraph as written already saw it). A span edge inside a word goes to the
 * word's edge; elsewhere offsets shift by the length each earlier word changed.
 */
export function spanOnSource(r: Restored, s: Span): Span | null {
  let touches = false
  let shift = 0
  let start = -1
  let end = -1
  for (const w of r.words) {
    if (w.at.start < s.end && s.start < w.at.end) touches = true
    if (start < 0 && s.start < w.at.end) start = s.start >= w.at.start ? w.source.start : s.start + shift
    if (s.end <= w.at.end) {
      end = s.end > w.at.start ? w.source.end : s.end + shift
      break
    }
    shift += w.source.end - w.source.start - (w.at.end - w.at.start)
  }
  if (!touches) return null
  if (start < 0) start = s.start + shift
  if (end < 0) end = s.end + shift
  return { start, end }
}
