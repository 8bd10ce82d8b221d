/**
 * Songs and verse (4(4)): lyrics quoted as a song the post presents, hums or points at (songLyrics, SONG_BEFORE, SUNG_BEFORE,
 * pointedVerse, spacedVerse, linesSetOut), a poem announced as recalled or loved (announcedVerse), lyrics between music notes
 * (noteLyrics, sungLines, refrainVerse), a poem set down line by line under a line pointing at it (VERSE_INTRO, verseBlock), a children's
 * song's refrain at the head of a line (refrainVerses), and lyrics in stanzas with a refrain (stanzaRead, songStanzas). Stays clean: a
 * title, the city's own song or jingle (OWN_SONG, OWN_JINGLE, OWN_WORK), a work named with its author (INTRO_TITLED), a call for verse,
 * one stanza with no line said again. Part of the quotation family (index.ts reads the quotations and reports them).
 */
import type { RuleInput } from '../../rule'
import type { Span } from '../../text'
import { letters } from './context'
import type { QuotationFacts } from './context'
import { isVerse, NAME_FOLLOW, TITLE_BEFORE, TITLE_FOLLOW } from './quote-forms'

/**
 * Round 48: lyrics quoted as a song (ボクの好きな歌を紹介するモン🎵⏎「冬の掘割にこたつを浮かべて　きみと見上げた白い空　春は…」⏎
 * こたつ舟に乗ると口ずさみたくなるモン！): the post presents the bracket as a song it likes or hums, so it is a quotation whatever its
 * form (lines set apart by spaces, no 。). A song named right before the bracket as what is presented (好きな歌を紹介します, よく聴いて
 * いる曲です, こんな歌があります), or the bracket hummed or sung right after it (と口ずさみたくなります, って歌いたくなる). Not a title
 * (歌のイベントを紹介します。「…」を開催), not the city's own song (職員で作った歌, オリジナルソング).
 */
const SONG_BEFORE = /(?:歌|曲|歌詞|ソング|童謡|唱歌|民謡|わらべ歌|校歌|ナンバー|サビ)(?:の(?:一節|歌詞|サビ|一部))?(?:を|ば|が|も|は)?[、\s]?[^。！？!?\n「『」』の]{0,10}?(?:紹介|ご紹介|お届け|あります|ありました|あるんです|聴いて|聞いて|聴いとる|聞いとる|流れて|です|でした|だよ|やけん|ばい)[^。！？!?\n「『」』]{0,8}[。！!？?♪🎵🎶〜~ー\s]{0,6}$/u
const SONG_AFTER = /^[」』”〟]?[\s。、！!]{0,3}[^。！？!?\n「『]{0,16}?(?:口ずさ|くちずさ|歌いたく|うたいたく|歌っちゃ|歌ってしま|ハミング|鼻歌)/u
const OWN_SONG = /(?:作っ|つくっ|作り|つくり|作詞し|作曲し)(?:た|ました|ています|てみました)|オリジナル(?:ソング|曲|の歌)|自作|手作りの歌/u
/**
 * Blind R58A-086: lyrics set out as verse right after someone is told singing them (小学生が歌いながら水たまりを跳ねていました。⏎「あめあめ
 * ふれふれ かあさんが じゃのめで おむかえ うれしいな ピッチピッチ チャップチャップ ランランラン」, 子どもたちの歌声が聞こえてきました。
 * 「ゆうやけこやけで …」, 孫がずっと口ずさんどりました): the singing names the bracket a song, and its lines, parted by spaces and ending
 * in kana (a refrain or a sound word in katakana too: ピッチピッチ, ランランラン), are its verse. Both are needed: a child's words after a
 * song (「また きてね」と手を振って) are no verse, and verse nobody sings is judged by isVerse. Not a title, not the city's own song.
 */
const SUNG_BEFORE = /(?:歌い|うたい|歌っ|うたっ|歌う|うたう|歌声|うたごえ|口ずさ|くちずさ|合唱|輪唱|熱唱|斉唱)[^。！？!?\n「『」』]{0,24}[。！!？?♪🎵🎶〜~ー…\s]{0,6}$/u
/**
 * Blind R128I-001: a song pointed at as the writer's pick, then its lines (今日の気分はこの歌🎵「君と歩いた川沿いの道　柳の葉が揺れていた
 * …」, お気に入りの曲♪「…」, 最近ハマっているこの曲：「…」): the bracket right after it is the song's words. Its lines must be set apart
 * as verse (three phrases or more parted by spaces, no 。): a title after この曲 (この曲「夏祭り」) is short and one phrase.
 */
const SONG_POINTED = /(?:この|こんな|あの|その|今日の|今の|いまの|最近の|お気に入りの|大好きな|好きな|推しの)(?:歌|曲|ソング|一曲|ナンバー|歌詞)(?:です|だよ|を|は|が)?[:：。！!♪🎵🎶〜~ー\s]{0,6}$/u
function pointedVerse(inner: string): boolean {
  if (inner.includes('。')) return false
  const phrases = inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0)
  return phrases.length >= 3 && phrases.every((p) => p.length <= 20)
}
/** Verse parted by spaces (`isVerse`), no 。, its phrases ending in hiragana or katakana (ピッチピッチ チャップチャップ ランランラン). */
function spacedVerse(inner: string): boolean {
  return !inner.includes('。') && isVerse(inner, true)
}
/**
 * Blind R289O-041 kind: the words of a song or a poem named as what the post puts up (曲の歌詞がすてきなので載せちゃいます🎶, 好きな詩を
 * 掲載します, 祖母が好きだった短歌をシェアします), then set out in a bracket as lines (two lines or more, or three phrases parted by spaces):
 * someone's lyrics or poem, whatever the gap says of them. A title or the city's own song stays out as in `songLyrics`.
 */
const WORDS_POSTED_BEFORE = /(?:歌詞|(?<![一-龠々])詩(?![人集碑吟])|短歌|俳句|和歌|川柳)(?:の(?:一節|一部|全文))?(?:を|が|は|も)?[、\s]?[^。！？!?\n「『」』]{0,14}?(?:載せ|のせ|掲載|紹介|お届け|シェア|貼っ|貼り|書き出|書き写|書いておき|書いとき)[^。！？!?\n「『」』]{0,10}[。！!？?♪🎵🎶〜~ー\s]{0,6}$/u
function linesSetOut(inner: string): boolean {
  const lines = inner.split('\n').filter((l) => l.trim().length > 0)
  return lines.length >= 2 || inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0).length >= 3
}
/**
 * Blind R383G-060 kind: a poem announced as one the writer recalls, loves or presents (思い出す句があります。, 好きな短歌です：, こんな俳句を
 * ご紹介します, 母がよく口ずさんでいた歌です), then set out in a bracket in a poem's shape: two to five phrases parted by spaces (雛の間に　吊るす
 * 願いや　母の糸), or one run of a haiku's length with no stop: someone's haiku or tanka, quoted however short. Brackets of verse set side by
 * side under the same announcement are the same quotation's. Not a word's 句 (文句, 語句, 節句, 慣用句, 句読点), not a title (one phrase), not
 * a call for entries (`VERSE_CALLED_FOR`: 俳句を募集します).
 */
const VERSE_ANNOUNCED = /(?:(?<![文語字禁節成用読])句|俳句|一句|短歌|和歌|一首|(?<![民童唱])歌|川柳|(?<![作漢])詩)(?:が|を|は|も|って)?[^。！？!?\n「」『』]{0,12}?(?:あります|ありました|あるんです|あるとです|がある|です|でした|だよ|ご紹介|紹介し|お届け|思い出|浮か|口ずさ|詠ま|詠み|よみま)[^。！？!?\n「」『』]{0,6}[。：:！!…♪]?\s*$/u
const VERSE_CALLED_FOR = /募集|投句|応募|作ってみ|詠んでみ|詠んでください|お寄せ/u
export function announcedVerse(t: string, a: number, i: number): boolean {
  const inner = t.slice(a + 1, i)
  if (/[。！？!?「」『』]/u.test(inner)) return false
  const phrases = inner.split(/[\s\u3000]+/u).filter((p) => p.length > 0)
  const shaped = phrases.length >= 2 ? phrases.length <= 5 && phrases.every((p) => p.length <= 12) : letters(inner) >= 12 && letters(inner) <= 24
  if (!shaped) return false
  // Back over the verse brackets set before this one (「…」⏎「…」), to the announcement.
  let from = a
  for (let n = 0; n < 4; n++) {
    const gap = /[」』][\s\u3000]{0,3}$/u.exec(t.slice(Math.max(0, from - 4), from))
    if (!gap) break
    const open = Math.max(t.lastIndexOf('「', from - 1), t.lastIndexOf('『', from - 1))
    if (open < 0 || from - open > 60) break
    from = open
  }
  const lead = t.slice(Math.max(0, from - 40), from)
  return VERSE_ANNOUNCED.test(lead) && !VERSE_CALLED_FOR.test(lead)
}
export function songLyrics(t: string, a: number, i: number): boolean {
  const follow = t.slice(i + 1, i + 16)
  if (TITLE_FOLLOW.test(follow.trimStart()) || NAME_FOLLOW.test(follow) || TITLE_BEFORE.test(t.slice(Math.max(0, a - 10), a))) return false
  const sungVerse = (SUNG_BEFORE.test(t.slice(Math.max(0, a - 50), a)) && spacedVerse(t.slice(a + 1, i))) || (SONG_POINTED.test(t.slice(Math.max(0, a - 24), a)) && pointedVerse(t.slice(a + 1, i))) || (WORDS_POSTED_BEFORE.test(t.slice(Math.max(0, a - 40), a)) && linesSetOut(t.slice(a + 1, i)))
  if (!sungVerse && !SONG_BEFORE.test(t.slice(Math.max(0, a - 40), a)) && !SONG_AFTER.test(t.slice(i + 1, i + 30))) return false
  return !OWN_SONG.test(t.slice(Math.max(0, a - 80), Math.min(t.length, i + 80)))
}

/**
 * Round 54: lyrics set between music notes (♪水の都のあの橋で　君と見上げた夏の月　…　ふたりの影を運んでく♪ この季節になると
 * 口ずさみたくなりますね): the notes mark the lines as sung, as brackets mark a quotation. A note opens where a line or a phrase begins
 * (after a space, a stop or a line break; a note after a word, お待ちしています♪, closes a sentence with cheer) and the next note closes;
 * a note opening a line with none after it runs to the line's end. The lines are lyrics when they read as verse (four or more phrases set
 * apart by spaces, most ending in kana) from the head of a line, or when the post presents or hums them as a song (SONG_BEFORE,
 * SONG_AFTER) and they fall into phrases; never with a 。 in them (the city's own cheerful sentences), a title after them (♪…♪を合唱),
 * or the city's own song (OWN_SONG).
 */
const NOTE_RUN = /(?:[♪♫♬]|🎵|🎶|🎼){1,4}/gu
export function noteLyrics(t: string, min: number): Array<{ a: number; b: number; inner: string }> {
  const out: Array<{ a: number; b: number; inner: string }> = []
  const runs = matchNotes(t)
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]!
    const prev = t[open.a - 1]
    if (prev !== undefined && !/[\s\u3000。！!？?）)」』]/u.test(prev)) {
      // Blind R77A-016: a note closing a line of verse with none before it (あめあめ ふれふれ かあさんが … ランランラン♪): the note marks
      // the whole line, from its head, as sung. The city's own spaced line in its polite voice (今年も 始まりました♪) is no song.
      const lineStart = t.lastIndexOf('\n', open.a - 1) + 1
      const rest = t.slice(open.b, t.indexOf('\n', open.b) === -1 ? t.length : t.indexOf('\n', open.b))
      if ((k === 0 || runs[k - 1]!.b <= lineStart) && !/[\p{L}\p{N}]/u.test(rest) && !OWN_VOICE_LINE.test(t.slice(lineStart, open.a))) {
        const inner = t.slice(lineStart, open.a)
        if (sungLines(t, lineStart, open.b, inner, min)) out.push({ a: lineStart, b: open.b, inner })
      }
      continue
    }
    const from = open.b
    const lineEnd = t.indexOf('\n', from) === -1 ? t.length : t.indexOf('\n', from)
    const next = runs[k + 1]
    let to: number
    let b: number
    if (next && next.a - from <= 240) {
      to = next.a
      b = next.b
    } else {
      // No closing note: a note at the head of a line marks that line only.
      if (!/^\s*$/u.test(t.slice(t.lastIndexOf('\n', open.a - 1) + 1, open.a))) continue
      to = lineEnd
      b = lineEnd
    }
    const inner = t.slice(from, to)
    if (sungLines(t, open.a, b, inner, min)) out.push({ a: open.a, b, inner })
    // The closing note closes, whether or not the lines were lyrics.
    if (next && b === next.b) k++
  }
  return out
}
/**
 * Blind R77A-016: verse whose refrain or sound words are in katakana (あめあめ ふれふれ かあさんが じゃのめで おむかい うれしいな ピッチピッチ
 * チャップチャップ ランランラン): its phrases end in kana of either script, and at least half in hiragana (a list of katakana names is no verse).
 */
function refrainVerse(inner: string): boolean {
  if (!isVerse(inner, true)) return false
  let phrases = 0
  let hira = 0
  for (const p of inner.split(/[\s\u3000]+/u)) {
    if (p.length === 0) continue
    phrases++
    const c = p.charCodeAt(p.length - 1)
    if (c >= 0x3041 && c <= 0x309f) hira++
  }
  return hira * 2 >= phrases
}
/** The city's polite voice in a spaced line (始まりました, お待ちしています, 開催します): its own words, not a song's. */
const OWN_VOICE_LINE = /(?:です|でした|ます|ました|ません|ください|下さい)(?=[\s\u3000、]|$)/u
/** The city's own jingle in verse, calling readers in (♪春が来た　さげもん揺れる　川下り　みんなでおいで♪). */
const OWN_JINGLE = /ましょう|しよう|ようね|ください|おいで|来てね|きてね|待ってる|待っとる|お待ち|開催|募集|受付/u
function sungLines(t: string, a: number, b: number, inner: string, min: number): boolean {
  if (letters(inner) < min || inner.includes('。')) return false
  const phrases = inner.split(/[\s\u3000、]+/u).filter((p) => p.length > 0)
  if (phrases.some((p) => p.length > 24)) return false
  const lineHead = /^\s*$/u.test(t.slice(t.lastIndexOf('\n', a - 1) + 1, a))
  const verse = isVerse(inner) || refrainVerse(inner)
  const follow = t.slice(b, b + 16)
  const sung = SONG_BEFORE.test(t.slice(Math.max(0, a - 40), a)) || SONG_AFTER.test(t.slice(b, b + 30))
  if (!((verse && lineHead && !OWN_JINGLE.test(inner)) || (sung && phrases.length >= 2))) return false
  if (!verse && (TITLE_FOLLOW.test(follow.trimStart()) || NAME_FOLLOW.test(follow))) return false
  return !OWN_SONG.test(t.slice(Math.max(0, a - 80), Math.min(t.length, b + 80)))
}
function matchNotes(t: string): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  NOTE_RUN.lastIndex = 0
  for (let m = NOTE_RUN.exec(t); m !== null && out.length < 64; m = NOTE_RUN.exec(t)) out.push({ a: m.index, b: m.index + m[0].length })
  return out
}

/**
 * Blind R83A-007: a line that ends its paragraph by pointing at a poem or words that follow (毎年この詩を思い出します。, 次の一節が好きです。,
 * こんな言葉があります：), then a block of short lines set down without brackets (山門は我が産土、⏎雲騰る南風のまほら、⏎…): a poem quoted
 * line by line, which needs its poet and title as a bracketed one does. Words pointed back at (「…」。この言葉を胸に) come after their
 * quotation (the paragraph quotes already); a line asking the reader not to use such words (こんな言葉を…向けていませんか) announces nothing.
 */
/**
 * Blind R11A-021 kind: a line that presents a poem or lyrics in full (朗読会で読んだ詩を、全文ご紹介します。, 歌詞をそのまま掲載します。) points at
 * the lines under it as VERSE_INTRO's demonstratives do.
 */
export const VERSE_INTRO = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)(?:を)?(?:ご紹介|紹介|掲載|お届け)(?:します|いたします|させていただきます)[。：:！!]{0,3}[ \u3000]{0,3}$|(?:この|次の|こんな|以下の)(?:ような)?(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|わらべ歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)(?![一-龠])(?![^。！？!?\n]{0,24}?(?:ませんか|ないで|やめ|控え|使わない|言わない|向けない|傷つ|(?:贈り|贈っ|送り|送っ|伝え|話し|書き|書い|作っ|作り|つくっ|つくり|考え|詠み|詠ん)(?:まし|た|て|だ|で)))[^。！？!?\n]{0,20}[。：:！!…]{0,3}[ \u3000]{0,3}$/u
export const VERSE_INTRO_WORD = /(?:詩|歌詞|短歌|俳句|童謡)を[、,]?(?:全文|全部|そのまま)|(?:この|次の|こんな|以下の)(?:ような)?(?:詩|一節|歌詞|歌|童謡|民謡|唱歌|わらべ歌|句|短歌|俳句|和歌|漢詩|言葉|文章|一文|くだり|フレーズ|名言|格言)/u
/** The intro itself names the work and its author (北原白秋の「帰去来」のこの一節, 『思ひ出』（北原白秋）の次の詩): the poem has its source. */
export const INTRO_TITLED = /[一-龠々ァ-ヶー]{2,8}(?:の|作詞の|作の)[「『][^」』\n]{1,30}[」』]|[「『][^」』\n]{1,30}[」』][（(][一-龠々ァ-ヶー\s]{2,10}[)）]/u
/** A verse line: short, no bracket, bullet, heading, figure, label or link, and not the city's polite voice (…です。, ご確認ください). */
const VERSE_LINE_BAD = /[「」『』【】［］\[\]#＃:：0-9０-９@＠/／]|(?:です|でした|ます|ました|ません|ください|下さい|ましょう)(?:[。！!、…]|$)/u
const LIST_MARK = /^[ \u3000]*(?:[・•●○◦▪■□◆◇▼▽▲△※\-－‐*＊>＞（(〇◎☆★→⇒]|[0-9０-９①-⑳])/u
/** A run of at least two short lines from `from`, mostly ending in kana or a stop (a poem's lines), `min` letters in all; [start, end) of `t`. */
export function verseBlock(t: string, from: number, min: number): Span | null {
  let a = -1
  let b = -1
  let lines = 0
  let kanaEnds = 0
  let n = 0
  for (let ls = from; ls < t.length && lines < 40; ) {
    let le = t.indexOf('\n', ls)
    if (le === -1) le = t.length
    const line = t.slice(ls, le)
    const k = letters(line)
    if (k < 2 || k > 24 || LIST_MARK.test(line) || VERSE_LINE_BAD.test(line)) break
    if (a < 0) a = ls + (line.length - line.trimStart().length)
    b = ls + line.trimEnd().length
    lines++
    n += k
    if (/[ぁ-ゖ、。，！!？?…ー〜~][ \u3000]*$/u.test(line)) kanaEnds++
    ls = le + 1
  }
  return lines >= 2 && n >= min && kanaEnds * 3 >= lines * 2 ? { start: a, end: b } : null
}
/**
 * Blind R207I-061 kind: the lines of a children's song written out at the head of a line without brackets (からたちの花が咲いたよ　白い白い花が
 * 咲いたよ🌼): two phrases parted by a space that end alike (a refrain: …咲いたよ　…咲いたよ), in the plain voice, one of them doubling a word
 * whose head is a kanji (白い白い, 青い青い) as songs for children do. The refrain and the doubling together mark verse; the account's own
 * line has neither (梅が咲いたよ　見に来てね), and its own polite or calling refrain (ご注意ください　…ください, 守ろうよ　…守ろうよ) is
 * no song.
 * Blind R15B-027, R34B-053, R171I-085 kind: the same two phrases set in brackets at the head of a line (「からたちの花が咲いたよ　白い白い花が
 * 咲いたよ」――…), or parted by a sentence stop or a line break (からたちの花が咲いたよ。⏎白い白い花が咲いたよ。), are the song's lines as well.
 */
const REFRAIN_LINE = /(?:^|\n)[ ]{0,2}[「『]?([ぁ-ゖァ-ヶー一-龠々]{4,20})(?: |。?\n|。)([ぁ-ゖァ-ヶー一-龠々]{4,20})(?![ぁ-ゖァ-ヶー一-龠々])/gu
/** What REFRAIN_LINE matches before the opening bracket or the first phrase. */
const REFRAIN_LEAD = /^\n?[ ]{0,2}/u
const REFRAIN_NOT_SONG = /(?:です|ます|ました|でした|ません|ましょう|ください|下さい|[ろよこそおもとの]う[よね]?)$/u
const DOUBLED_WORD = /([一-龠々][ぁ-ゖ]?)\1/u
export function refrainVerses(t: string): Array<{ a: number; b: number }> {
  const out: Array<{ a: number; b: number }> = []
  REFRAIN_LINE.lastIndex = 0
  for (let m = REFRAIN_LINE.exec(t); m; m = REFRAIN_LINE.exec(t)) {
    const x = m[1]!
    const y = m[2]!
    let k = 0
    while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++
    const end = x.slice(x.length - k)
    // Parted by a stop or a line break (two sentences of the account's own could end alike: …でいるよ。…っているよ。), the refrain
    // must be more than an ending: a word and its ending said again (花が咲いたよ).
    const spaced = t[m.index + m[0].length - y.length - 1] === ' '
    if (k >= (spaced ? 3 : 5) && /[ぁ-ゖ]$/u.test(end) && !REFRAIN_NOT_SONG.test(end) && (DOUBLED_WORD.test(x) || DOUBLED_WORD.test(y))) {
      // From the opening bracket (or the first phrase) to the closing one (or the last phrase): the separator may be two characters.
      const lead = REFRAIN_LEAD.exec(m[0])![0].length
      const a = m.index + lead
      const bracketed = m[0][lead] === '「' || m[0][lead] === '『'
      // (A stop right after the last phrase is the line's own: a citation after it, 。（北原白秋「からたちの花」）, is next to the lines.)
      let b = m.index + m[0].length
      if (bracketed && /[」』]/u.test(t[b] ?? '')) b++
      else if (!bracketed && t[b] === '。') b++
      out.push({ a, b })
    }
    if (REFRAIN_LINE.lastIndex <= m.index) REFRAIN_LINE.lastIndex = m.index + 1
  }
  return out
}
/*
 * Blind R393S-049 kind: a song's lyrics set down line by line in stanzas, a paragraph each, with a refrain: a line said again word for word
 * in another stanza (この道はいつか来た道⏎ああ そうだよ⏎…⏎⏎あの丘はいつか見た丘⏎ああ そうだよ⏎…), or twice in one. Verse with a refrain is
 * a song's form; set down bare it is someone's lyrics with no title or author. Clean: the work named with its author anywhere (source), a
 * poem or a song the post calls the writer's own (職員が作った詩です, オリジナルソング: OWN_WORK) or names with its author (北原白秋作詞の
 * 「この道」: INTRO_TITLED), one stanza with no line said again.
 */
const OWN_WORK = new RegExp(`${OWN_SONG.source}|(?:職員|私|わたし|僕|ぼく|自分|中の人|うち)(?:が|の)[^。！？!?\\n]{0,6}?(?:作|つく|詠|書|綴)|(?:自作|創作|オリジナル)(?:の|した)?(?:詩|歌|ポエム)`, 'u')
export function stanzaRead({ doc, policy }: RuleInput, facts: QuotationFacts): void {
  const t = doc.norm.text
  // (…or names the song with its author, 北原白秋作詞の「この道」: INTRO_TITLED.)
  const own = OWN_WORK.test(t) || INTRO_TITLED.test(t)
  const v = facts.quotes.length === 0 ? verseBlock(t, 0, policy.quotation.minLength) : null
  if (v || own) facts.stanza = { lines: v ? t.slice(v.start, v.end).split('\n').map((l) => l.replace(/[\s\u3000]/gu, '')) : [], own }
}
/** The index of the first paragraph whose stanza shares a line of four letters or more with itself or another's: a refrain. */
export function songStanzas(facts: ReadonlyArray<QuotationFacts>): number {
  if (facts.some((f) => f.stanza?.own || f.source || f.example)) return -1
  const seen = new Map<string, number>()
  for (let p = 0; p < facts.length; p++) {
    for (const line of facts[p]!.stanza?.lines ?? []) {
      if (letters(line) < 4) continue
      const first = seen.get(line)
      if (first !== undefined) return first
      seen.set(line, p)
    }
  }
  return -1
}
