/**
 * The same post again (5(2), repetition/duplicate and repetition/near-duplicate): the draft's MinHash fingerprint against the account's
 * recent posts (`ctx.history`: the CLI passes texts, the extension fingerprints; only fingerprints are ever stored), and, when the
 * characters fall short, the rewordings read by the other history detectors (reworded-posts.ts, repeat-notice-leads.ts,
 * reworded-announcements.ts, restated-notices.ts) in one order (`duplicates`). An event's report told again in the same words is a repeat
 * whatever day it names (`isEventReport`). Stays clean: drafts shorter than MIN_CANONICAL, a serial notice for another day or numbered
 * instance (12月1日 → 12月8日, 第5回), the same template with other words in it. Part of the repetition family (index.ts calls
 * `duplicates` first in `post`).
 */
import { bareCaption, tooShortForCore, canonicalOfParts, coreOfCanonical, STANDING_CALL, STANDING_CLOSURE, coreSimilarity, fingerprint, FINGERPRINT_CHARS, fingerprintOfParts, forOtherDays, similarity, type FingerprintPart } from '../../fingerprint'
import type { PostInput } from '../../rule'
import type { Fingerprint } from '../../types'
import { MIN_CANONICAL, type RepetitionFacts } from './context'
import { afterRepeatLead } from './repeat-notice-leads'
import { CORE_SAME, CORE_CERTAIN, CORE_CHARS_FLOOR, CORE_CHARS_MIN, CORE_OTHER, plainFingerprint, sameDaysWithWeekday, asOfUpdate } from './reworded-posts'
import { type AnnouncementFacts, announcementFacts, sameAnnouncement, UNION_MIN, repeatedCall } from './reworded-announcements'
import { restatedNotice } from './restated-notices'

/**
 * The last post fingerprint computed per version, with the paragraph parts it was made of (the facts' own objects:
 * typing beyond the fingerprinted start leaves them all the same, and the fingerprint is reused).
 */
const lastFingerprint: Array<{ parts: readonly FingerprintPart[]; canonical: string; fp: Fingerprint | null } | null> = [null, null, null]
/**
 * The draft's fingerprint in version `v` (2, or 1 to compare with history entries stored before v: 2) from its
 * paragraphs' parts, without its content skeleton (duplicates() reads that only when a history entry is close
 * enough), and the canonical text it was made of.
 */
function fingerprintOf(parts: readonly FingerprintPart[], v: 1 | 2): { canonical: string; fp: Fingerprint | null } {
  // The parts that make the fingerprinted start (FINGERPRINT_CHARS canonical characters).
  let n = 0
  for (let length = 0; n < parts.length && length < FINGERPRINT_CHARS; n++) length += parts[n]!.canonical.length
  const last = lastFingerprint[v]
  if (last && last.parts.length === n && last.parts.every((q, i) => q === parts[i])) return last
  const used = parts.slice(0, n)
  const canonical = canonicalOfParts(used)
  const made = { parts: used, canonical, fp: fingerprintOfParts(used, false, v, canonical) }
  lastFingerprint[v] = made
  return made
}

/**
 * Blind R206A-010 kind: a report of an event that has happened (…を行いました, ご参加いただきました, …とのお話がありました) posted again with only
 * its date and its figures changed. A serial notice for another day is a new notice because what it announces is another day's; a report
 * tells what happened on its day, and two days never happen in the same words: a long report (REPORT_MIN_CHARS, at least REPORT_MIN_PAST
 * sentences in the past) as alike as a duplicate of an earlier post is last time's report again, whatever day it names. An announcement
 * (…を行います, 開催します), a short daily tally (…人が参加されました) and a report that tells other things stay apart.
 */
const REPORT_MIN_CHARS = 200
const REPORT_MIN_PAST = 4
const PAST_ENDING = /(?:ました|でした)/gu
function isEventReport(canonical: string): boolean {
  if (canonical.length < REPORT_MIN_CHARS) return false
  let n = 0
  for (const _ of canonical.matchAll(PAST_ENDING)) if (++n >= REPORT_MIN_PAST) return true
  return false
}

/** The post against the account's recent posts (`ctx.history`): the same or nearly the same post again. */
export function duplicates(input: PostInput<RepetitionFacts>): void {
  const { facts, spans, ctx, policy, emit } = input
  const p = facts.findIndex((f) => f.firstLine !== null)
  const parts = facts.map((f) => f.part)
  let length = 0
  for (const q of parts) length += q.canonical.length
  if (p < 0 || length < MIN_CANONICAL) return
  const { canonical, fp: own } = fingerprintOf(parts, 2)
  if (!own) return
  let best = 0
  // The draft's signatures per version, made when first needed (v: 1 only for entries stored before v: 2).
  const mineCore: Array<number[] | null | undefined> = [undefined, undefined, undefined]
  // The post without its repeat notice's lead (read only when an earlier post falls short), its signatures per version.
  let rest: string | null | undefined
  const restFp: Array<Fingerprint | null | undefined> = [undefined, undefined, undefined]
  // The draft's announcement facts (sameAnnouncement), read once when first needed.
  let announced: AnnouncementFacts | undefined
  // Whether the draft is a report of an event that has happened (isEventReport), read once when first needed.
  let report: boolean | undefined
  // Whether the draft makes a standing call (STANDING_CALL: 募集, 随時受付), read once when first needed.
  let standing: boolean | undefined
  // The earlier posts read (repeatedCall).
  const read: Fingerprint[] = []
  for (const h of ctx.history) {
    const other: Fingerprint | null = typeof h === 'string' ? fingerprint(h) : h
    if (!other) continue
    if (other.v === 2) read.push(other)
    const mine = other.v === 2 ? own : fingerprintOf(parts, 1).fp!
    // A serial notice for another day (12月1日 → 12月8日) is a new notice, not the same post again; an event's report told again in the
    // same words is not (isEventReport).
    if (forOtherDays(mine, other) && !sameDaysWithWeekday(mine, other) && !((report ??= isEventReport(canonical)) && (similarity(mine, other) ?? 0) >= policy.repetition.duplicate)) continue
    const chars = similarity(mine, other) ?? 0
    // The skeleton matters only between the floor of a rewording and a duplicate: computed then, once per check.
    const core = other.core && chars >= CORE_CHARS_MIN && chars < policy.repetition.duplicate ? coreSimilarity((mineCore[other.v] ??= coreOfCanonical(canonical, other.v)), other.core, other.v) : null
    let sim = chars
    // Reworded only in its endings and particles (ご利用いただけます → ご利用ください, 明朝に → 明日の朝): its words are the same post's.
    if (core !== null && ((core >= CORE_SAME && chars >= CORE_CHARS_FLOOR) || core >= CORE_CERTAIN) && chars < policy.repetition.near) sim = policy.repetition.near
    // The same template with other words in it (今週のおすすめ本は『A』 → 『B』): a new notice, unless nearly all of it is the same.
    if (core !== null && core < CORE_OTHER && chars < policy.repetition.duplicate) sim = Math.min(sim, CORE_OTHER * chars)
    // Blind R78A-100: the same notice with its politeness changed (…際は…くださいますよう、お願いいたします / …ときは…ください): both
    // brought to their plainest, a rewording by the same measure. An earlier post's plain form is in its fingerprint (`plain`, made
    // when it was sent or read from its text); fingerprints stored before `plain` existed are compared as they are.
    if (sim < policy.repetition.near) {
      const plainMine = plainFingerprint(canonical, other.v)
      const plainTheirs: Fingerprint = other.plain ? { v: other.v, sig: other.plain.sig, core: other.plain.core } : other
      if (plainMine || plainTheirs !== other) {
        const a = plainMine ?? (other.v === 2 ? own : fingerprintOf(parts, 1).fp!)
        const plainChars = similarity(a, plainTheirs) ?? 0
        const plainCore = coreSimilarity(a.core ?? (mineCore[other.v] ??= coreOfCanonical(canonical, other.v)), plainTheirs.core, other.v)
        if (plainCore !== null && ((plainCore >= CORE_SAME && plainChars >= CORE_CHARS_FLOOR) || (plainCore >= CORE_CERTAIN && plainChars >= CORE_CHARS_MIN))) sim = policy.repetition.near
        // Blind R118A-103: a short post, too short for a skeleton, whose plain forms (a word respelt: 全部 → ぜんぶ) are as alike as a repeat's.
        else if (plainCore === null && plainChars > sim) sim = plainChars
      }
    }
    // Blind R152D-090: a short caption (too short for a skeleton) posted again with its polite ending moved, added or dropped
    // (満開🌼…みたいです✨ → 満開です🌼…みたい✨): both bare forms (bareCaption: plainest, without です・ます) compared. The earlier post's is
    // in its fingerprint (`bare`, when it differs from the post; else the post's own signature), so a history kept as fingerprints
    // reads it as one kept as text does (a text is fingerprinted above).
    if (sim < policy.repetition.near && other.v === 2 && !other.core && tooShortForCore(canonical)) {
      const a = bareCaption(canonical)
      if (a !== null && (a !== canonical || other.bare)) {
        const fa = fingerprintOfParts([], false, 2, a)
        if (fa) sim = Math.max(sim, similarity(fa, other.bare ? { v: 2, sig: other.bare } : other) ?? 0)
      }
    }
    // Blind R160I-074: the same announcement reworded, its facts the earlier post's (sameAnnouncement).
    if (sim < policy.repetition.near && sameAnnouncement(() => (announced ??= announcementFacts(canonical)), own, other, (standing ??= STANDING_CALL.test(canonical) || STANDING_CLOSURE.test(canonical)))) sim = policy.repetition.near
    // Blind R119A-039: a repeat notice's lead aside (今月2回目のお知らせです), the rest of the post against the earlier one.
    if (sim < policy.repetition.duplicate && (rest ??= afterRepeatLead(canonical)) !== null) {
      const r = (restFp[other.v] ??= fingerprintOfParts(parts, false, other.v, rest))
      if (r) sim = Math.max(sim, similarity(r, other) ?? 0)
    }
    if (sim >= policy.repetition.near && sim < policy.repetition.duplicate && asOfUpdate(canonical, h, other, policy.repetition.duplicate)) continue
    best = Math.max(best, sim)
  }
  // Blind R419U-029, R420V-029 kind: a standing call told again after several rewordings of it (repeatedCall).
  if (best < policy.repetition.near && read.length >= UNION_MIN && (standing ??= STANDING_CALL.test(canonical) || STANDING_CLOSURE.test(canonical)) && repeatedCall((announced ??= announcementFacts(canonical)), own, read)) best = policy.repetition.near
  // Blind R422X-058, R424Z-035 kind: any notice told again after several rewordings of it (restatedNotice).
  if (best < policy.repetition.near && read.length >= UNION_MIN && restatedNotice(canonical, own, read, input.text)) best = policy.repetition.near
  const pct = Math.round(best * 100)
  const line = facts[p]!.source(facts[p]!.firstLine!.start, facts[p]!.firstLine!.end)
  const start = line.start + spans[p]!.start
  const end = line.end + spans[p]!.start
  if (best >= policy.repetition.duplicate) {
    emit({
      rule: 'repetition/duplicate',
      start,
      end,
      data: { pct },
    })
  } else if (best >= policy.repetition.near) {
    emit({
      rule: 'repetition/near-duplicate',
      start,
      end,
      data: { pct },
    })
  }
}
