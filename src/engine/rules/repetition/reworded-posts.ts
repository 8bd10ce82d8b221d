/**
 * An earlier post again with only its wording moved (5(2), repetition/near-duplicate): its endings and particles reworded (ご利用いただけます
 * → ご利用ください: the content skeleton, CORE_SAME, CORE_CERTAIN), its politeness changed (…ときは…ください → …際は…くださいますよう、
 * お願いいたします: both plainest, `plainFingerprint`), its date's weekday added or dropped (8月31日 → 8月31日（日）: `sameDaysWithWeekday`).
 * Stays clean: the same template with other words in it (CORE_OTHER), both naming other weekdays (第2水曜日 → 第2木曜日), and a status
 * report stamped with another hour whose content changed (【避難所開設状況（15時現在）】 → 17時現在: `asOfUpdate`). Part of the repetition
 * family (duplicates-of-recent-posts.ts reads these in order).
 */
import { canonicalForRepetition, fingerprintOfParts, plainForm, similarity } from '../../fingerprint'
import type { Fingerprint } from '../../types'

/**
 * Content-skeleton similarity (fingerprint.ts coreSimilarity) at or above which a post reworded in its endings is
 * the same post, given at least CORE_CHARS_FLOOR of character similarity; below CORE_OTHER the posts say other
 * things in a shared template. Measured on paraphrased reposts (0.80–1.00) and template notices (0.52–0.72).
 */
export const CORE_SAME = 0.78
/** A skeleton this alike is the same post however its endings were reworded (休館いたします → 休館します、…をお願いします). */
export const CORE_CERTAIN = 0.9
/**
 * Blind R211D-014 (decrep13): the same notice with its recommendation turned around (…が便利です ↔ …をご利用ください) and its existence
 * made more polite (にあります → にございます) keeps every content word (skeleton 0.82–0.87) but only half its characters (0.51–0.53):
 * the floor is 0.5, not 0.55. Template notices with other things in them stay below CORE_SAME whatever their characters share.
 */
export const CORE_CHARS_FLOOR = 0.5
/** Below this character similarity no rewording is read (the skeleton is not even computed). */
export const CORE_CHARS_MIN = 0.35
export const CORE_OTHER = 0.6

/** The last draft whose plain form was fingerprinted (a keystroke outside its first FINGERPRINT_CHARS keeps it). */
let lastPlain: { canonical: string; v: 1 | 2; fp: Fingerprint | null } | null = null
export function plainFingerprint(canonical: string, v: 1 | 2): Fingerprint | null {
  if (lastPlain && lastPlain.canonical === canonical && lastPlain.v === v) return lastPlain.fp
  const plain = plainForm(canonical)
  const fp = plain === canonical ? null : fingerprintOfParts([], true, v, plain)
  lastPlain = { canonical, v, fp }
  return fp
}

/**
 * Blind R92A-084: the same notice posted again with its date's weekday added or dropped (返却期限は8月31日です → 8月31日（日）です): the
 * same calendar days, one of the two naming a weekday the other leaves out, are the same day, not another notice's. Both naming weekdays
 * (第2水曜日 → 第2木曜日), other calendar days, or no calendar day at all (金曜日 → 9月5日) are still other days.
 */
export function sameDaysWithWeekday(a: Fingerprint, b: Fingerprint): boolean {
  const weekdays = (f: Fingerprint) => f.dates!.filter((d) => d.startsWith('w:')).length
  if (weekdays(a) > 0 && weekdays(b) > 0) return false
  const ra = a.dates!.filter((d) => !d.startsWith('w:'))
  const rb = b.dates!.filter((d) => !d.startsWith('w:'))
  return ra.length > 0 && ra.length === rb.length && ra.every((d, i) => d === rb[i])
}

/**
 * Blind R150A-140: a status report stamped with the hour it tells of (【避難所開設状況（15時現在）】, 17時時点, 9時30分現在) posted again with
 * another hour and its content changed (a shelter 開設準備中 → 開設, a line added) is the next report of a changing situation, not the same
 * post: the two are compared with their stamps set aside, and they are a repeat only when the rest is as alike as a duplicate. An earlier
 * post kept only as a fingerprint is read by giving the draft each other hour of the day in its own stamp's form: one of them making
 * the draft a duplicate of it is the same post with only its hour changed. Read on the canonical text (figures in digits, 15:30 → 1530).
 */
const AS_OF = /(?<![0-9])([0-9]{1,2})(時(?:[0-9]{1,2}分)?|[0-9]{2})(現在|時点)/u
export function asOfUpdate(canonical: string, h: string | Fingerprint, other: Fingerprint, duplicate: number): boolean {
  const mine = AS_OF.exec(canonical)
  if (!mine) return false
  const blank = (c: string, m: RegExpExecArray) => c.slice(0, m.index) + c.slice(m.index + m[0].length)
  if (typeof h === 'string') {
    const theirs = canonicalForRepetition(h)
    const m = AS_OF.exec(theirs)
    if (!m || m[0] === mine[0]) return false
    const a = fingerprintOfParts([], false, other.v, blank(canonical, mine))
    const b = fingerprintOfParts([], false, other.v, blank(theirs, m))
    return a !== null && b !== null && (similarity(a, b) ?? 0) < duplicate
  }
  for (let hour = 0; hour < 24; hour++) {
    if (String(hour) === mine[1]) continue
    const c = canonical.slice(0, mine.index) + hour + mine[2] + mine[3] + canonical.slice(mine.index + mine[0].length)
    const f = fingerprintOfParts([], false, other.v, c)
    if (f && (similarity(f, other) ?? 0) >= duplicate) return false
  }
  return true
}
