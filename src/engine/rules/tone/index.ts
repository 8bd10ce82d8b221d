/**
 * tone — 4(1), 4(2): 表現の硬軟度合い. Each account registers a formality level (5 = stiff like
 * the city website … 1 = soft). The text gets a formality score (research/rules.md §3) from:
 * - sentence endings: casual plain forms (だよ, じゃん, 来てね, 行ってきた, 楽しかった, 行きたいな,
 *   〜すぎん？, っす) and dialect (〜っちゃ, 〜けん, 〜ばい, 〜たい, 来んね〜, 撮りよった, 認めん); a plain
 *   ending that is also the written である調 (〜した。, 〜だ。, 〜ない。) counts only when the post is
 *   not written in である調, which is formal (so is the 常体 of a press-style report whose lead makes the city the subject:
 *   市は…公開した。…探すこともできる。…始めてほしい。), though a plain wish shouted with ！ (してほしい！) is speech there too; so are
 *   humble verbs in their plain form (結果をお知らせする。感謝申し上げる。) and the city's plain undertaking (市は今後も…を支援していく。; blind HJ-065);
 *   です・ます and 体言止め are formal; so is an essay's literary conjecture (偶然ではあるまい。, ではなかろうか。: blind R154A-078);
 * - slang (草, ｗ, エモい, マジ, ワンチャン, ぴえん, 〜な件, やばい), kaomoji, emoji, runs of ！ and ？,
 *   elongation (しま〜す) and onomatopoeia; slang is read also when spelt letter by letter with spaces (今 ま じ で や ば い).
 * Endings are read by their grammar, not by a list of sentences: particles of speech (かよ, かぁ, わ),
 * net role-speech (始まったお), spoken prohibitions (忘れんなよ), too-much adjectives (暑すぎ, すぎた),
 * dialects of other regions (だべ, っぺ, だがや); ている with its い dropped (賑わってるんです) is spoken
 * even inside a polite sentence, and elongation inside a word (しま〜す) weighs like an ending.
 * Quoted speech (「…」と話していました) is the speaker's, not the account's. When the score falls more
 * than `policy.tone.warnGap` below the registered level, each casual expression is flagged with a
 * formal rewrite; laughter and kaomoji are flagged on a stiff account (4, 5) whatever the score.
 * Writing stiffer than registered is not flagged by the score, with one exception (`tone/too-stiff`, warn; blind R196I-028, R199A-007,
 * R199A-050): on a soft account (registered 1 or 2) the account's own words in the register of an official document, at least two
 * kinds of 公用文 marker (標記の件, 下記のとおり, 記…以上, ものとする, おかれましては, 賜りますよう, である。 throughout) outside quotes and
 * no soft voice anywhere; a greeting (謹んで新春の…), condolences or a law quoted by name are not that.
 * Levity (emoji, laughter, slang, ！！) next to a tragedy or disaster (訃報, 死亡事故, 被災, 浸水被害,
 * 救急搬送) is flagged on any account (不謹慎); so is levity after a disaster, accident or infection told as having happened
 * (地震があった, 陽性者が出たため, 事故が3件ありました, 昨日の…転落事故, 去年の水害のとき, #九州豪雨), not a supposed or prevented one, and,
 * in 災害時モード, levity about a shelter or an evacuation (避難所ですね！…お泊まり会みたいで楽しいかも😆); a typhoon told as drawing near
 * (台風が近づいているので) is a misfortune, and a stop for a weather disaster (大雨で…全便運休, 台風のため中止) is one for laughter, slang and
 * laughing faces; the day off made a treat for lazing (ゴロゴロ決定, お昼寝タイム, おうちでまったりが一番) is levity next to any of them (blind
 * R184I-025, R185A-039, R192D-047); so is the harm laughed off in the writer's own voice (もう笑うしかないですね, 笑えてくる: blind R332M-038),
 * and pipes burst told as having happened (水道管の破裂が20件を超えました) are a misfortune.
 * Blind R196I-002: a plain ending closed with a particle of speech (一番だよね, 間に合わないじゃん, いいよね) is flagged on the stiffest account (5)
 * however polite the sentences around it (levity5), unless a particle after its ！ takes it as a named thing (いいね！やシェア: NAMED_AFTER).
 * Blind R189I-060: in 災害時モード, a sentence said in chat (ピンチ〜😭 でもみんなで乗り切ろっ✊✨) inside an otherwise stiff notice is flagged on
 * an account registered at 3 or stiffer, however formal the rest (chatSentences); a volitional clipped with っ (頑張ろっ) is a chat ending.
 *
 * The family is a folder of detectors: this file holds the family object, the order in which a paragraph's signals are read (`run`:
 * `toneFactsOf`) and the order in which the post is judged (`post`); context.ts holds what several readers need; sentence-endings.ts,
 * spoken-forms.ts, slang-and-laughter.ts and kaomoji-and-emoji.ts read the signals of the formality score, own-voice.ts tells the
 * account's voice from quoted speech and names, formality-score.ts scores the post and reports tone/too-casual, too-stiff.ts reports
 * tone/too-stiff, levity-near-misfortune.ts and apology-made-light.ts report tone/insensitive, rewrite-hints.ts words each rewrite;
 * meta.ts is its metadata.
 */
import type { Doc } from '../../doc'
import { NeedGate } from '../../gate'
import { requiredLiterals } from '../../literals'
import type { RuleFamily } from '../../rule'
import { APOLOGY_NEEDS, apologyFacts, apologyMadeLight } from './apology-made-light'
import { charFacts, inRanges, MISFORTUNE, N_POLITE, WEIGHT } from './context'
import type { ToneFacts, TonePost, ToneReading, ToneSignal } from './context'
import { POLITE, STRONG, toneScoreOf, tooCasual, weighSignals } from './formality-score'
import { kaomojiAndEmoji } from './kaomoji-and-emoji'
import { levityNearMisfortune, misfortuneFacts, URGENT } from './levity-near-misfortune'
import { meta } from './meta'
import { namedSpansDropped, quoteRanges } from './own-voice'
import { withRewrite } from './rewrite-hints'
import { countsThings, DEARU, endingSignals, isReport, REPORT_WORDS, WRITTEN, WRITTEN_OFFICIAL } from './sentence-endings'
import { crudeIntensifiers, katakanaNativeWords, katakanaWordsApart, laughterMarks, listedSlang, netSlangForms, slangRunTogether, slangSetApart, slangSpacedOut } from './slang-and-laughter'
import { contractedForms, DIALECT_WORD, spokenMarks } from './spoken-forms'
import { tooStiff } from './too-stiff'

/**
 * Patterns tried on a paragraph (norm view, URLs blanked) only where one of the literals they cannot match without
 * occurs: one Aho–Corasick pass for all of them (gate.ts). Most paragraphs hold no dialect word, no misfortune and no
 * apology; a casual one has no です・ます.
 */
const NORM_GATE = new NeedGate(() => [...[POLITE, DIALECT_WORD, MISFORTUNE].map((re) => requiredLiterals(re)), APOLOGY_NEEDS])
/** The same for the patterns read on the squeezed view: である調 and written 常体 (a diary has none of their words). */
const SQUEEZED_GATE = new NeedGate(() => [DEARU, WRITTEN, REPORT_WORDS, WRITTEN_OFFICIAL].map((re) => requiredLiterals(re)))
const S_DEARU = 0
const S_WRITTEN = 1
const S_REPORT = 2
const S_OFFICIAL = 3

export function toneFactsOf(doc: Doc): ToneFacts {
  const norm = doc.norm
  // URLs are blanked, so "www" and "~user" inside links are not signals.
  const t = doc.normNoUrls
  const chars = charFacts(t)
  const normMay = NORM_GATE.tries(t)
  // Quotation marks tone reads past (the speaker's words).
  const quotesNorm = chars.quote ? quoteRanges(t) : []
  const signals: ToneSignal[] = []
  const add = (re: RegExp, kind: ToneSignal['kind'], fix: (m: string) => string, weigh?: (m: string) => number) => {
    re.lastIndex = 0
    for (let m = re.exec(t); m; m = re.exec(t)) {
      const a = m.index
      const b = a + m[0].length
      if (b === a) {
        re.lastIndex++
        continue
      }
      if (quotesNorm.length > 0 && inRanges(quotesNorm, a)) continue
      signals.push({ kind, weight: weigh ? weigh(m[0]) : WEIGHT[kind], fix: fix(m[0]), start: norm.start[a]!, end: norm.end[b - 1]! })
    }
  }
  const sq = doc.squeezed.text
  const quotesSq = quotesNorm.length > 0 ? quoteRanges(sq) : []
  const sqMay = SQUEEZED_GATE.tries(sq)
  const endingCounts = { report: 0, reportPast: 0 }
  const r: ToneReading = { doc, norm, t, chars, normMay, quotesNorm, signals, add, sq, quotesSq, raw: doc.raw }
  const sentences = endingSignals(doc, quotesSq, signals, endingCounts)
  laughterMarks(r)
  contractedForms(r)
  netSlangForms(r)
  spokenMarks(r)
  crudeIntensifiers(r)
  kaomojiAndEmoji(r)
  listedSlang(r)
  slangSetApart(r)
  slangSpacedOut(r)
  slangRunTogether(r)
  katakanaNativeWords(r)
  katakanaWordsApart(r)
  namedSpansDropped(r)
  const { kept, weights, plain } = weighSignals(r)
  const { tragedy, mis, evacuation, halted, lazing, laughedOff } = misfortuneFacts(r)
  const { apology, lightApology } = apologyFacts(r)
  return {
    apology,
    lightApology,
    signals: kept,
    weights,
    sentences,
    casual: kept.some((s) => !s.plain && STRONG.has(s.kind)),
    plainVoice: kept.some((s) => s.voice === true),
    plain,
    dearu: sqMay.includes(S_DEARU) && DEARU.test(sq),
    written:
      // A diary's voice (きれいだった。, 楽しかった。) beside one courtesy of written 常体 (あとでお知らせする。) stays a diary:
      // the written endings alone make a paragraph written 常体 only without such a voice.
      (sqMay.includes(S_WRITTEN) && WRITTEN.test(sq) && !kept.some((s) => s.voice === true)) ||
      (sqMay.includes(S_REPORT) && isReport(sq)) ||
      (sqMay.includes(S_OFFICIAL) && WRITTEN_OFFICIAL.test(sq)) ||
      ((endingCounts.report >= 2 || (endingCounts.report + endingCounts.reportPast >= 2 && countsThings(sq))) && !kept.some((s) => s.voice === true)),
    letters: chars.letters,
    polite: normMay.includes(N_POLITE) && POLITE.test(t),
    tragedy: tragedy ? doc.fromSqueezed(tragedy.start, tragedy.end) : null,
    misfortune: mis ? { start: norm.start[mis.index]!, end: norm.end[mis.index + mis[0].length - 1]! } : null,
    urgent: tragedy !== undefined || mis !== null ? URGENT.test(t) : false,
    evacuation,
    halted,
    lazing,
    laughedOff,
  }
}

export const tone: RuleFamily<ToneFacts> = {
  id: 'tone',
  meta,
  run: ({ doc }) => toneFactsOf(doc),
  summarise: (facts) => ({ toneScore: toneScoreOf(facts) }),
  post({ text, facts, spans, ctx, policy, emit: emitRaw }) {
    // Every finding says its rewrite as a sentence piece ({rewrite}): 「来てね」→「お越しください」のように, or, when the fix is to
    // delete (laughter, kaomoji, emoji), 「草」は削除するなどして — never a deletion written as a replacement (「草」→「（削除する）」).
    const emit = withRewrite(text, emitRaw)
    const score = toneScoreOf(facts)
    const dearu = facts.some((f) => f.dearu) || (facts.some((f) => f.written) && !facts.some((f) => f.casual))
    /** Signals of the whole post in order (post offsets), at most `max`, optionally of some kinds only. */
    const signals = (max: number, kinds?: ReadonlySet<ToneSignal['kind']>, keep?: (s: ToneSignal, at: number) => boolean): ToneSignal[] => {
      const out: ToneSignal[] = []
      for (let p = 0; p < facts.length; p++) {
        for (const s of facts[p]!.signals) {
          if (out.length >= max) return out
          if (s.plain && dearu) continue
          if (kinds && !kinds.has(s.kind)) continue
          const at = spans[p]!.start
          if (keep && !keep(s, at)) continue
          out.push({ ...s, start: s.start + at, end: s.end + at })
        }
      }
      return out
    }
    const p: TonePost = { text, facts, spans, ctx, policy, emit, score, signals }
    tooStiff(p)
    tooCasual(p)
    if (apologyMadeLight(p)) return
    levityNearMisfortune(p)
  },
}

export { APOLOGY, APOLOGY_NEEDS } from './apology-made-light'
export { charFacts, WARNING_SIGN } from './context'
export type { ToneFacts, ToneSignal } from './context'
export { toneScoreOf } from './formality-score'
export { rewriteOf } from './rewrite-hints'
export { listItemAt } from './sentence-endings'
export { stiffMarkers } from './too-stiff'
