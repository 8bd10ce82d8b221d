/**
 * tone — 4(1), 4(2): what is the account's own voice and what is not. Quoted speech (「…」『…』 within a line, outermost only) is the
 * speaker's, read past by every reader; so is verse cited line by line with its credit (作詞, 著, より), and a caller's or a scammer's
 * script quoted as an example (「息子さんが事故に…」という電話, 「火事です」と伝えましょう), which tells no tragedy. An account's handle,
 * an e-mail address or a link is a name (@kusa_boubou, @www_yng): a signal that starts inside one is dropped. Stays read: the account's
 * own sentences between and around quotations, and a tragedy word outside the quoted call.
 */
import type { Span } from '../../text'
import { CALL_SCRIPT_TAIL } from '../../words'
import type { ToneReading } from './context'

/**
 * Blind TW-100: a citation line closing a block of verse lines (からたちの花が咲いたよ。⏎…⏎（北原白秋 作詞「からたちの花」より）, ——北原白秋
 * 『思ひ出』より): the lines above it are the work's words, not the account's, as words in 「」 are. The line names a work in 「」『』 with its
 * author's credit (作詞, 作, 著, 詩, より); a photo credit (写真：…より) is none. Only short lines with no polite ending count as its verse.
 */
const CITATION_LINE = /^[ \u3000]*(?:[（(](?![^）)\n]{0,8}(?:写真|画像|イラスト|動画))[^（）()\n]{0,24}?[「『][^」』\n]{1,30}[」』][^（）()\n]{0,12}[）)]|[-—―‐]{1,3}[ \u3000]?[^\n「『]{1,20}[「『][^」』\n]{1,30}[」』][^\n]{0,12})[ \u3000]*$/u
const CITATION_CREDIT = /作詞|作曲|[一-龠々ァ-ヶー][ \u3000]?(?:作|著|詩)(?![一-龠々])|より|から|[」』][ \u3000、,]?(?:[0-9０-９]{4}|(?:明治|大正|昭和|平成|令和)[0-9０-９元]{1,2})年/u
const VERSE_LINE_MAX = 40
const OWN_LINE = /(?:です|ます|ました|ません|でした|ください|下さい|ましょう)[。！!]?$/u
function citedVerse(t: string, out: Array<[number, number]>): void {
  const le = t.replace(/\s+$/u, '').length
  const ls = t.lastIndexOf('\n', le - 1) + 1
  if (ls === 0) return
  const line = t.slice(ls, le)
  if (!CITATION_LINE.test(line) || !CITATION_CREDIT.test(line)) return
  let a = ls
  for (let k = 0; k < 40 && a > 0; k++) {
    const ps = t.lastIndexOf('\n', a - 2) + 1
    const prev = t.slice(ps, a - 1).trim()
    if (prev === '' || prev.length > VERSE_LINE_MAX || OWN_LINE.test(prev)) break
    a = ps
  }
  if (a >= ls - 1) return
  while (out.length > 0 && out[out.length - 1]![0] >= a) out.pop()
  out.push([a, ls - 1])
}

/** Quotations (「…」『…』 within a line), outermost only, in order: the speaker's words, not the account's. One pass. */
export function quoteRanges(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const open: number[] = []
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (c === '「' || c === '『' || c === '“' || c === '〝' || c === '≪') {
      if (open.length < 8) open.push(i)
    } else if (c === '」' || c === '』' || c === '”' || c === '〟' || c === '〞' || c === '≫') {
      const a = open.pop()
      if (a !== undefined && open.length === 0) {
        // An outer pair swallows the pairs inside it.
        while (out.length > 0 && out[out.length - 1]![0] > a) out.pop()
        out.push([a + 1, i])
      }
    } else if (c === '\n') open.length = 0
  }
  if (t.includes('\n')) citedVerse(t, out)
  return out
}


/**
 * Blind KY-053 kind: a misfortune inside the quoted line of a call or message the post warns of (「うちの子が事故ば起こした」っていう電話が
 * きたら, 「事故に遭って入院した」というメールが届いたら): what a caller claims, a scam's script, not a misfortune the post tells.
 */
const CALLER_FRAME = /^[」』”〟]\s?(?:という|っていう|って|との|みたいな|などの)(?:内容の)?(?:電話|でんわ|メール|SMS|ショートメール|ショートメッセージ|メッセージ|LINE|はがき|ハガキ|手紙|連絡|着信|留守電)/u
export function callerLine(t: string, ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const r = ranges.find(([a, b]) => at >= a && at < b)
  return r !== undefined && CALLER_FRAME.test(t.slice(r[1], r[1] + 16))
}

/**
 * Blind LI-030 kind: a tragedy word inside the words of a call the reader is taught (「火事ですか？救急ですか？」って聞かれたら落ち着いて答えてね,
 * 「火事です」と伝えましょう, 「事故です。場所は…」とはっきり言ってください): the dispatcher's question or the caller's line of a 119 or 110
 * call, a script to rehearse, no fire or accident told. The quote is closed by と or って and a verb of being asked, or of answering told.
 */
const CALL_SCRIPT_FRAME = new RegExp(`^[」』”〟]\\s?${CALL_SCRIPT_TAIL}`, 'u')
export function callScript(t: string, ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const r = ranges.find(([a, b]) => at >= a && at < b)
  if (r === undefined) return false
  // A run of quotes side by side (「火事ですか」「救急ですか」と聞かれたら): the frame after the last one.
  let end = r[1]
  for (let n = 0; n < 4; n++) {
    const next = ranges.find(([a]) => a === end + 2)
    if (!next) break
    end = next[1]
  }
  return CALL_SCRIPT_FRAME.test(t.slice(end, end + 24))
}

/** An account handle (@kusa_boubou, ＠yng_info): ASCII letters, digits and _ after an @ that follows no such character. */
const HANDLE = /(?<![A-Za-z0-9_.])[@＠][A-Za-z0-9_]{1,30}/g

/** An e-mail address (kusa.yng@example.jp): bounded parts, so a long run of letters is not rescanned from every start. */
const MAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}[@＠][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g

/** Source spans of the post's handles, e-mail addresses and URLs (`urls`: the doc's, already in source offsets), in no order. */
function nameSpans(raw: string, urls: readonly Span[]): Span[] {
  const out: Span[] = urls.map((u) => ({ start: u.start, end: u.end }))
  if (raw.includes('@') || raw.includes('＠')) {
    for (const re of [HANDLE, MAIL]) {
      re.lastIndex = 0
      for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ start: m.index, end: m.index + m[0].length })
    }
  }
  return out
}

/** Drops the signals that start inside a handle, an e-mail address or a link (in place). */
export function namedSpansDropped(r: ToneReading): void {
  const { doc, signals, raw } = r
  // Blind R98A-125: an account's handle or a link is a name, not the writer's voice (@kusa_boubou, @www_yng, …/kusa/): a signal
  // that starts inside one is dropped. (Norm-level patterns already read the text with URLs blanked; word-list hits and
  // handles are not blanked there.)
  const names = nameSpans(raw, doc.urls)
  if (names.length > 0) {
    let w = 0
    for (const x of signals) if (!names.some((n) => x.start >= n.start && x.start < n.end)) signals[w++] = x
    signals.length = w
  }
}
