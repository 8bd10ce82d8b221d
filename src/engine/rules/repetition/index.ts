/**
 * repetition — 5(2): 同じ内容の投稿を繰り返さない（スパムと受け取られる投稿をしない）.
 * Across posts: the draft's MinHash fingerprint against the account's recent posts (the CLI passes
 * texts, the extension passes fingerprints; only fingerprints are ever stored). Within the post:
 * the same sentence twice, too many hashtags, or one letter repeated ten times or more.
 * Blind GU-106: in an emergency (the post's emergency mode, or the post saying an alarm is out: 大雨特別警報が発表されました,
 * 避難指示を発令しました, 【緊急】) a call to act for one's safety said twice (直ちに命を守る行動をとってください。… at the start and
 * again at the end; すぐに避難してください as a line of its own twice) is emphasis, not a careless repeat. The information repeated
 * (…特別警報が発表されました。twice), a call that is not about safety (…ホームページをご覧ください), a call said three times or more,
 * and the same call in an ordinary post still are repeats.
 * Blind R78A-100: an earlier notice posted again with only its politeness changed (見つけたときは…お知らせください → 見つけた際は…
 * お知らせくださいますよう、お願いいたします) is a repeat: both are brought to their plainest forms (`plainForm`) and compared again.
 * Blind IA-116: circled list numbers (①サンダル ②長ぐつ ③運動ぐつ, ⑴, ❶) are not hashtags, though the norm view writes them as #:
 * only a # or ＃ typed as such starts a tag, so a quiz with three numbered choices and two tags has two tags.
 *
 * The family is a folder of detectors: this file holds the family object and the order in which the checks run and findings are
 * pushed (`run`, `post`, unchanged); context.ts holds what several detectors read, and each other file one kind of repeat. Within the
 * post: letter-word-and-phrase-runs (char-run, word-run, a phrase said three times), hashtags (hashtags, same-hashtag),
 * doubled-stretches (a stretch said again right after itself), sentences-and-lines-said-twice (sentence; its key numbers, and a call for
 * one's safety said twice in an emergency). Against the account's recent posts: duplicates-of-recent-posts (duplicate, near-duplicate),
 * which reads reworded-posts (endings, politeness, a weekday, an hour stamp), repeat-notice-leads (【再掲】, 再度のお知らせ),
 * reworded-announcements and restated-notices. meta.ts holds its metadata.
 */
import { matchAllOf } from '../../regex'
import { partOfNorm, plainForm } from '../../fingerprint'

export { plainForm }
import type { RuleFamily } from '../../rule'
import type { Span } from '../../text'
import { meta } from './meta'
import { MIN_SENTENCE, EMOJI, stemOf, withoutSeparators, type RepetitionFacts } from './context'
import { CHAR_RUN, LETTER, stretchedWave, stretchedMark, wordRuns, CHANT, mayChant } from './letter-word-and-phrase-runs'
import { HASHTAG, TYPED_HASH, SAME_HASHTAG, MAX_HASHTAG_SPAN } from './hashtags'
import { TANDEM_THRICE, tandemRepeats } from './doubled-stretches'
import { MIN_ADJACENT, MIN_PAIRED, MIN_NEARBY, MIN_FIGURED, MIN_LINE, SECTION_MARKS, isSectionHeading, REFRAIN, SOFT_END, pushSentence, SENTENCE, scratch, numberSentences, isSafetyCall, ALARM } from './sentences-and-lines-said-twice'
import { duplicates } from './duplicates-of-recent-posts'

export type { RepetitionFacts } from './context'
export { wordRuns } from './letter-word-and-phrase-runs'
export { tandemRepeats, type Tandem } from './doubled-stretches'
export { KeyIds, numberSentences } from './sentences-and-lines-said-twice'

export const repetition: RuleFamily<RepetitionFacts> = {
  id: 'repetition',
  meta,
  run({ doc, emit }) {
    const t = doc.norm.text
    const a = t.length - t.trimStart().length
    let b = t.indexOf('\n', a)
    if (b === -1) b = t.length
    const firstLine = b > a ? { start: a, end: Math.min(b, a + 60) } : null
    const sentences: RepetitionFacts['sentences'] = []
    let count = 0
    // One pass over the paragraph for what gates the regexes below: an ASCII digit (`figured` sentences), a mark a
    // section heading starts with (SECTION_HEADING).
    let digits = false
    let marks = false
    for (let i = 0; i < t.length && !(digits && marks); i++) {
      const c = t.charCodeAt(i)
      if (c >= 0x30 && c <= 0x39) digits = true
      else if (c >= 0x25a0 && !marks && SECTION_MARKS.includes(t[i]!)) marks = true
    }
    // Where the section headings' lines start (a sentence after the k-th is in section k of the paragraph).
    const headingAt: number[] = []
    if (marks) {
      for (let a = 0; a < t.length; ) {
        let e = t.indexOf('\n', a)
        if (e === -1) e = t.length
        if (isSectionHeading(t.slice(a, e).trim())) headingAt.push(a)
        a = e + 1
      }
    }
    let section = 0
    // Sentences inside a repeat found here (a line pasted again, a word run, a chant) are that repeat, not refrains of their own.
    const cover = (from: number, to: number): void => {
      for (const x of sentences) if (x.start < to && from < x.end) x.covered = true
    }
    if (t.length >= MIN_PAIRED) {
      SENTENCE.lastIndex = 0
      for (let m = SENTENCE.exec(t); m; m = SENTENCE.exec(t)) {
        // Copy-paste repeats are exact apart from spacing.
        if (m[0].trim().length === 0) continue
        const n = count++
        while (section < headingAt.length && headingAt[section]! <= m.index) section++
        if (m[0].length < MIN_PAIRED) continue
        // Casual posts end sentences with an emoji or a space instead of 。 (…です🌿 …です🌿).
        let from = 0
        const s = m[0]
        if (s.includes(' ') || s.includes('\u3000')) {
          SOFT_END.lastIndex = 0
          for (let e = SOFT_END.exec(s); e; e = SOFT_END.exec(s)) {
            const end = e.index + e[0].length
            pushSentence(sentences, s.slice(from, end), m.index + from, n, undefined, section, digits)
            from = end
          }
        }
        // Where the sentence stands on its line: a pair that is a whole line is the line rule's.
        const starts = from === 0 && (m.index === 0 || t.charCodeAt(m.index - 1) === 0x0a)
        const endAt = m.index + s.length
        const ends = endAt >= t.length || t.charCodeAt(endAt) === 0x0a
        pushSentence(sentences, s.slice(from), m.index + from, n, starts ? (ends ? 'whole' : 'start') : ends ? 'end' : undefined, section, digits)
      }
    }
    const hashtags: Span[] = []
    const tags: string[] = []
    if (t.includes('#')) {
      HASHTAG.lastIndex = 0
      for (const m of matchAllOf(HASHTAG, doc.normNoUrls)) {
        const span = doc.fromNorm(m.index, m.index + m[0].length)
        // The norm view writes a circled number (①, ⑵, ❸: a list marker) as #; only a # typed as such starts a tag.
        if (!TYPED_HASH.test(doc.raw.slice(span.start, span.start + 1))) continue
        hashtags.push(span)
        tags.push(m[0].slice(1).toLowerCase())
      }
    }
    // One letter ten times or more (ああああああああああ, wwwwwwwwww). Elongation marks are the tone rule's.
    // Maximal runs of one code point, in one pass (what /(.)\1{9,}/gsu finds, without its backtracking).
    for (let i = 0; i < t.length; ) {
      const cp = t.codePointAt(i)!
      const w = cp > 0xffff ? 2 : 1
      let j = i + w
      let count = 1
      while (j < t.length && t.codePointAt(j) === cp) {
        j += w
        count++
      }
      if (count >= CHAR_RUN) {
        const c = t.slice(i, i + w)
        // A letter, or a stuck ー after a word (最高ーーーー…), ！ or ？, or one emoji (🎎🎎🎎…); not ━ ＝ - rules.
        if ((c !== 'ー' && LETTER.test(c)) || (c === 'ー' && i > 0 && LETTER.test(t[i - 1]!)) || stretchedWave(t, i, c) || stretchedMark(t, i, c) || /^[!?！？]$/u.test(c) || EMOJI.test(c)) {
          const { start, end } = doc.fromNorm(i, j)
          emit({
            rule: 'repetition/char-run',
            start,
            end,
            data: { char: c, count },
          })
        }
      }
      i = j
    }
    // A line, or a block of up to three lines, pasted again right below itself (拡散希望！… ×3; A⏎B⏎A⏎B): each copy.
    const callLines: RepetitionFacts['callLines'] = []
    /** The lines the line rule found (a stretch doubled inside one is that repeat). */
    const repeatedLines: Array<[number, number]> = []
    if (t.includes('\n')) {
      const recent: string[] = []
      const headings = new Set<string>()
      for (let a = 0; a <= t.length; ) {
        let e = t.indexOf('\n', a)
        if (e === -1) e = t.length
        const line = t.slice(a, e).trim()
        if (line.length >= MIN_LINE && recent.includes(line) && /\p{L}/u.test(line)) {
          const from = a + t.slice(a, e).indexOf(line)
          const { start, end } = doc.fromNorm(from, from + line.length)
          // A call for one's safety (すぐに避難してください。): post knows whether the post is an emergency one.
          const whole = withoutSeparators(line)
          const stem = stemOf(whole)
          const key = stem.length >= MIN_SENTENCE ? stem : whole
          if (isSafetyCall(key)) callLines.push({ start, end, key })
          else emit({ rule: 'repetition/sentence', start, end })
          repeatedLines.push([a, e])
          cover(a, e)
        }
        // A new section heading (■Bコース, 【申込方法】) starts another section: its lines may say what the last
        // one said. The same heading again is a block pasted again.
        if (marks && isSectionHeading(line) && !headings.has(line)) {
          headings.add(line)
          recent.length = 0
        }
        if (line.length > 0) {
          recent.push(line)
          if (recent.length > 3) recent.shift()
        }
        a = e + 1
      }
    }
    // A word said five times or more in a row (お知らせお知らせお知らせ…): one finding per run.
    const runs = wordRuns(t)
    for (const r of runs) {
      const { start, end } = doc.fromNorm(r.start, r.end)
      emit({ rule: 'repetition/word-run', start, end, data: { word: r.unit, count: r.count } })
      cover(r.start, r.end)
    }
    // A short phrase with its mark said three times in a row (見守りにご協力を！見守りにご協力を！見守りにご協力を！).
    const chants: Array<[number, number]> = []
    if (mayChant(t)) {
      CHANT.lastIndex = 0
      for (let m = CHANT.exec(t); m; m = CHANT.exec(t)) {
        if (!/\p{L}/u.test(m[1]!) || runs.some((r) => r.start < m.index + m[0].length && m.index < r.end)) continue
        const at = m.index + m[1]!.length
        const { start, end } = doc.fromNorm(at, m.index + m[0].length)
        emit({ rule: 'repetition/sentence', start, end })
        chants.push([m.index, m.index + m[0].length])
        cover(m.index, m.index + m[0].length)
      }
    }

    // A stretch said again right after itself with only spaces and emoji between (…みませんか？ 日時：… ✂️…みませんか？ 日時：…).
    const tandems: RepetitionFacts['tandems'] = []
    if (t.length >= 2 * TANDEM_THRICE) {
      for (const r of tandemRepeats(t)) {
        const overlaps = ([x, y]: readonly [number, number]): boolean => x < r.end && r.from < y
        if (runs.some((w) => overlaps([w.start, w.end])) || chants.some(overlaps) || repeatedLines.some(overlaps)) continue
        const { start, end } = doc.fromNorm(r.start, r.end)
        tandems.push({ start, end, call: isSafetyCall(stemOf(withoutSeparators(r.unit))), copies: r.copies })
        cover(r.from, r.end)
      }
    }

    return { firstLine, sentences, count, headings: headingAt.length, alarm: ALARM.test(t), callLines, tandems, hashtags, tags, source: doc.normMapper(), part: partOfNorm(t) }
  },
  post(input) {
    const { facts, spans, ctx, policy, emit } = input
    if (ctx.history.length > 0) duplicates(input)
    // In an emergency, a call for one's safety said at most twice is emphasis (GU-106): how many times each call is said.
    let emergency = ctx.emergency
    for (let p = 0; p < facts.length && !emergency; p++) emergency = facts[p]!.alarm
    const calls = new Map<string, number>()
    if (emergency) for (const f of facts) for (const s of f.sentences) if (s.call) calls.set(s.key, (calls.get(s.key) ?? 0) + 1)
    const emphasis = (key: string): boolean => emergency && (calls.get(key) ?? 2) <= 2
    // Indexed loops below: they run over the whole post on every keystroke (see numberSentences).
    for (let p = 0; p < facts.length; p++) {
      const callLines = facts[p]!.callLines
      for (let i = 0; i < callLines.length; i++) {
        const l = callLines[i]!
        if (emphasis(l.key)) continue
        emit({ rule: 'repetition/sentence', start: l.start + spans[p]!.start, end: l.end + spans[p]!.start })
      }
    }
    // The same sentence twice in one post (`marked`: the spans found in a paragraph with a doubled stretch, see below).
    const marked: Array<[number, number]> = []
    let sentences = 0
    for (let p = 0; p < facts.length; p++) sentences += facts[p]!.sentences.length
    if (sentences > 1) {
      // Refrains: sentences of MIN_FIGURED characters or more said REFRAIN times or more, two of the copies in one section.
      // Sections only grow along the post, so a copy shares its section with an earlier one exactly when the key's
      // last copy was in the same section (`last`). Keys are numbers (`KeyIds`), their counts typed arrays (`scratch`).
      numberSentences(facts)
      if (scratch.pass === 0x7fffffff) (scratch.pass = 0, scratch.copyStamp.fill(0), scratch.seenStamp.fill(0))
      const pass = ++scratch.pass
      const { copyStamp, count, last: lastSection, shared, seenStamp, seenAt } = scratch
      let headings = 0
      for (let p = 0; p < facts.length; p++) {
        const list = facts[p]!.sentences
        for (let i = 0; i < list.length; i++) {
          const s = list[i]!
          if (s.key.length < MIN_FIGURED || s.covered) continue
          const section = headings + (s.section ?? 0)
          const id = s.id!
          if (copyStamp[id] !== pass) {
            copyStamp[id] = pass
            count[id] = 1
            lastSection[id] = section
            shared[id] = 0
          } else {
            count[id]!++
            if (lastSection[id] === section) shared[id] = 1
            lastSection[id] = section
          }
        }
        headings += facts[p]!.headings
      }
      const refrain = (id: number): boolean => copyStamp[id] === pass && count[id]! >= REFRAIN && shared[id] === 1
      // The last three sentences seen, for pairs (A B A B): a ring indexed by place % 3 (no allocation per sentence).
      const ringAt = [-1, -1, -1]
      const ringKey = [-1, -1, -1]
      const ringStarts = [false, false, false]
      // The stems (polite ending aside), paragraphs and sections of the last three sentences, for a copy close by (MIN_NEARBY).
      const ringStem = ['', '', '']
      const ringPara = [-1, -1, -1]
      const ringSection = [-1, -1, -1]
      const keyAt = (at: number): number | undefined => (at >= 0 && ringAt[at % 3] === at ? ringKey[at % 3] : undefined)
      const startsAt = (at: number): boolean => at >= 0 && ringAt[at % 3] === at && ringStarts[at % 3]!
      let before = 0
      headings = 0
      // The last clause of the sentence before and its place (for 皆さん、S。S。).
      let prevTail: string | undefined
      let prevAt = -2
      // Blind R269H-013 kind: the last clauses of every sentence so far (…との書き込みが広がっておりますが、本日も通常どおり運航しております。
      // ⏎⏎…⏎⏎本日も通常どおり運航しております。): a sentence of MIN_SENTENCE characters or more that says one of them again, anywhere in
      // the post, is the same sentence said twice, as a whole sentence repeated anywhere is (a copy-paste slip). Short set phrases
      // (ご注意ください) and headings are below MIN_SENTENCE or not sentences, and are not keyed as tails.
      let tails: Set<string> | undefined
      for (let p = 0; p < facts.length; p++) {
        const base = before
        before += facts[p]!.count
        const list = facts[p]!.sentences
        for (let i = 0; i < list.length; i++) {
          const s = list[i]!
          const at = base + s.n
          const starts = s.line === 'start' || s.line === 'whole'
          const id = s.id!
          // The sentence's latest earlier place in the post (`seenAt`, by key number), then this one.
          const last = seenStamp[id] === pass ? seenAt[id]! : undefined
          seenStamp[id] = pass
          seenAt[id] = at
          // A B A B on one line: this sentence and the one before it are the two before them again.
          // (Across lines, or a pair that is a whole line, repeated lines are the line rule's.)
          const paired = last === at - 2 && keyAt(at - 1) !== undefined && keyAt(at - 1) === keyAt(at - 3) && !starts && !(s.line === 'end' && startsAt(at - 1))
          // The same sentence, its polite ending aside, one or two sentences before in the same paragraph and section (MIN_NEARBY).
          const stem = s.stem
          const section = headings + (s.section ?? 0)
          let near = false
          // (A line already found said again (the line rule's, `covered`) is not found twice.)
          if (stem.length >= MIN_NEARBY && !s.covered) {
            for (let k = at - 2; k < at; k++) {
              if (k >= 0 && ringAt[k % 3] === k && ringPara[k % 3] === p && ringSection[k % 3] === section && ringStem[k % 3] === stem) near = true
            }
          }
          ringAt[at % 3] = at
          ringKey[at % 3] = id
          ringStarts[at % 3] = starts
          ringStem[at % 3] = stem
          ringPara[at % 3] = p
          ringSection[at % 3] = section
          // The sentence right before ended with this whole sentence after a lead-in (皆さん、S。S。).
          const echoes = (prevTail !== undefined && prevAt === at - 1 && prevTail === s.key) || (tails !== undefined && tails.has(s.key))
          if (s.tail !== undefined) (tails ??= new Set()).add(s.tail)
          prevTail = s.tail
          prevAt = at
          if (last === undefined && !echoes && !near) continue
          // (A short sentence with a figure in it is a repeat wherever it is: `figured`, pushSentence.)
          if (!echoes && !paired && !near && !s.figured && !refrain(id) && (s.key.length < MIN_ADJACENT || (s.key.length < MIN_SENTENCE && at !== last! + 1))) continue
          if (s.call && emphasis(s.key)) continue
          // A call for one's safety said twice in an emergency is emphasis here too (すぐに避難してください。…。すぐに避難してください。).
          if (near && !s.call && emphasis(stem) && isSafetyCall(stem)) continue
          const span = facts[p]!.source(s.start, s.end)
          emit({
            rule: 'repetition/sentence',
            start: span.start + spans[p]!.start,
            end: span.end + spans[p]!.start,
          })
          if (facts[p]!.tandems.length > 0) marked.push([span.start + spans[p]!.start, span.end + spans[p]!.start])
        }
        headings += facts[p]!.headings
      }
    }
    // A stretch said again right after itself, spaces and emoji aside (tandemRepeats), where no sentence finding marks it already; a
    // call for one's safety said twice in an emergency is emphasis, as above.
    for (let p = 0; p < facts.length; p++) {
      const tandems = facts[p]!.tandems
      for (let i = 0; i < tandems.length; i++) {
        const r = tandems[i]!
        const start = r.start + spans[p]!.start
        const end = r.end + spans[p]!.start
        if ((r.call && emergency && r.copies <= 2) || marked.some(([x, y]) => x < end && start < y)) continue
        emit({ rule: 'repetition/sentence', start, end })
      }
    }
    // The same hashtag three times or more: marked from its second use.
    const uses = new Map<string, Span[]>()
    for (let p = 0; p < facts.length; p++) {
      const f = facts[p]!
      for (let k = 0; k < f.tags.length; k++) {
        let list = uses.get(f.tags[k]!)
        if (!list) uses.set(f.tags[k]!, (list = []))
        list.push({ start: f.hashtags[k]!.start + spans[p]!.start, end: f.hashtags[k]!.end + spans[p]!.start })
      }
    }
    for (const [tag, list] of uses) {
      if (list.length < SAME_HASHTAG) continue
      const end = list[list.length - 1]!.end - list[1]!.start <= MAX_HASHTAG_SPAN ? list[list.length - 1]!.end : list[1]!.end
      emit({ rule: 'repetition/same-hashtag', start: list[1]!.start, end, data: { tag: `#${tag}`, count: list.length } })
    }
    // Too many hashtags.
    const limit = ctx.site === 'instagram' ? policy.repetition.maxHashtagsInstagram : policy.repetition.maxHashtags
    let count = 0
    for (let p = 0; p < facts.length; p++) count += facts[p]!.hashtags.length
    if (count > limit) {
      let i = 0
      let first: Span | null = null
      let last: Span | null = null
      for (let p = 0; p < facts.length; p++) {
        const at = spans[p]!.start
        for (const h of facts[p]!.hashtags) {
          if (i === limit) first = { start: h.start + at, end: h.end + at }
          last = { start: h.start + at, end: h.end + at }
          i++
        }
      }
      // The hashtags over the limit, or only the first of them when they stretch over a long text.
      const end = last!.end - first!.start <= MAX_HASHTAG_SPAN ? last!.end : first!.end
      emit({ rule: 'repetition/hashtags', start: first!.start, end, data: { count, limit } })
    }
  },
}
