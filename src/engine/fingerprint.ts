/**
 * Post fingerprints for the repetition rule: a MinHash signature of the post's character 3-grams
 * after normalisation (NFKC, lower case, URLs, hashtags, mentions, spaces and punctuation removed),
 * and a smaller one of its content skeleton (the same text without hiragana, as 2-grams) that a
 * rewording of endings and particles leaves unchanged.
 * The background keeps only these signatures, never the text; two signatures estimate the
 * Jaccard similarity of the posts' 3-gram sets (standard error about 0.045 with 128 hashes).
 */
import type { Fingerprint } from './types'
import { buildNorm } from './text'

export const SIGNATURE_SIZE = 128
/** Only the start of a very long post is fingerprinted: enough to recognise a repeat, bounded per keystroke. */
export const FINGERPRINT_CHARS = 4000

/** Deterministic per-slot hash seeds (xorshift from a fixed seed). */
const SEEDS: Uint32Array = (() => {
  const a = new Uint32Array(SIGNATURE_SIZE)
  let x = 0x9e3779b9
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    a[i] = x >>> 0
  }
  return a
})()

/** The text reduced to what makes two posts "the same" for clause 5(2). */
export function canonicalForRepetition(text: string): string {
  return canonicalOfNorm(buildNorm(text).text)
}

function canonicalOfNorm(norm: string): string {
  return norm
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+/g, '')
    .replace(/[#＃][^\s#＃]+|@[A-Za-z0-9_]+/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '')
}

function hash32(s: string, i: number): number {
  // FNV-1a over three UTF-16 code units
  let h = 0x811c9dc5
  for (let k = i; k < i + 3; k++) {
    h ^= s.charCodeAt(k)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b)
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35)
  return (x ^ (x >>> 16)) >>> 0
}

/** 12月8日, 12/8 (not in a URL, a fraction of a longer number, or a year-month like 2025/12). */
const DATE = /(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日|(?<![0-9\/.])([0-9]{1,2})\/([0-9]{1,2})(?![0-9\/])/g

/** The calendar dates a text names, as sorted unique `M/D` (at most 32). */
export function datesOf(text: string): string[] {
  return datesOfNorm(buildNorm(text).text)
}

function datesOfNorm(norm: string): string[] {
  const countdown = norm.includes('あと') || norm.includes('残り') || norm.includes('日前')
  if (!norm.includes('月') && !norm.includes('/') && !countdown) return []
  const t = norm.replace(/https?:\/\/\S+|www\.\S+/g, '')
  const out = new Set<string>()
  for (const m of t.matchAll(DATE)) {
    const month = Number(m[1] ?? m[3])
    const day = Number(m[2] ?? m[4])
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) out.add(`${month}/${day}`)
    if (out.size >= 32) break
  }
  // A month told apart from its days (3月の休館日は10日（月）・24日（月）です): each day is that month's; a month
  // named alone (3月の納付書) is a notice for that month.
  for (const m of t.matchAll(MONTH_ALONE)) {
    if (out.size >= 32) break
    const month = Number(m[1])
    if (month < 1 || month > 12) continue
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 60)
    const stop = rest.search(/[。！？!?\n]|(?<![0-9])[0-9]{1,2}月/u)
    let days = 0
    for (const d of (stop < 0 ? rest : rest.slice(0, stop)).matchAll(DAY_ALONE)) {
      const day = Number(d[1])
      if (day >= 1 && day <= 31 && out.size < 32) (out.add(`${month}/${day}`), days++)
    }
    if (days === 0 && out.size < 32) out.add(`${month}/*`)
  }
  // A countdown (あと3日, 残り7日, 10日前): each day of it is another notice.
  if (countdown) for (const m of t.matchAll(COUNTDOWN)) if (out.size < 32) out.add(`-${m[1] ?? m[2]}`)
  return [...out].sort()
}
/** A month not followed by its day (3月の, 3月は): its days, if any, come later in the sentence. */
const MONTH_ALONE = /(?<![0-9])([0-9]{1,2})月(?![0-9]{1,2}日)/gu
/** A day of the month on its own (10日（月）), not a count of days (3日間, 10日以内, 5日前). */
const DAY_ALONE = /(?<![0-9.\/])([0-9]{1,2})日(?!間|以内|前|後|分|ほど|程度|まで前)/gu
/** Days left in a countdown: あと3日, 残り 7 日, 10日前. */
const COUNTDOWN = /(?:あと|残り)\s?([0-9]{1,3})\s?日|([0-9]{1,3})日前/gu

/**
 * Whether two posts are notices for different days: both name dates and the dates differ
 * (a fingerprint without dates, stored before they were kept, says nothing).
 */
export function forOtherDays(a: Fingerprint, b: Fingerprint): boolean {
  if (!a.dates || !b.dates || a.dates.length === 0 || b.dates.length === 0) return false
  return a.dates.join(',') !== b.dates.join(',')
}

/**
 * MinHash signature of a text; `null` when it has fewer than three characters to compare. `withCore`: also the
 * content skeleton's signature (`core`), stored with a sent post; a check while typing asks for it only when a
 * history entry is close enough for it to matter (`coreOfText`).
 */
export function fingerprint(text: string, withCore = true): Fingerprint | null {
  const norm = buildNorm(headOf(text)).text
  const s = canonicalOfNorm(norm).slice(0, FINGERPRINT_CHARS)
  if (s.length < 3) return null
  const grams = new Set<number>()
  for (let i = 0; i + 3 <= s.length; i++) grams.add(hash32(s, i))
  const sig = minHash(grams, SIGNATURE_SIZE)
  const dates = datesOfNorm(norm)
  const core = withCore ? coreSignature(s) : null
  const fp: Fingerprint = { v: 1, sig }
  if (dates.length > 0) fp.dates = dates
  if (core) fp.core = core
  return fp
}

export const CORE_SIZE = 64
/** The shortest content skeleton worth comparing (shorter posts differ in too few words to tell). */
const MIN_CORE = 12

/**
 * MinHash signature (CORE_SIZE slots) of the post's content skeleton: the canonical text without its
 * hiragana (particles, endings, okurigana), read as character 2-grams. A post reworded in its endings
 * (ご利用いただけます → ご利用ください, で → へ) keeps its skeleton; a notice that changes its place,
 * topic or title (三橋公民館…高血圧 → 大和公民館…糖尿病) does not. `null` below MIN_CORE characters.
 */
function coreSignature(canonical: string): number[] | null {
  const skel = canonical.replace(/[\u3041-\u309f]+/gu, '')
  if (skel.length < MIN_CORE) return null
  const grams = new Set<number>()
  for (let i = 0; i + 2 <= skel.length; i++) grams.add(((skel.charCodeAt(i) * 0x10001) ^ skel.charCodeAt(i + 1)) >>> 0)
  return minHash(grams, CORE_SIZE)
}

/** MinHash signature of a set of hashed grams: per slot (of `size`, the first seeds), the least mixed value. */
function minHash(grams: ReadonlySet<number>, size: number): number[] {
  const sig = new Array<number>(size).fill(0xffffffff)
  for (const g of grams) {
    for (let k = 0; k < size; k++) {
      const v = mix(g, SEEDS[k]!)
      if (v < sig[k]!) sig[k] = v
    }
  }
  return sig
}

/** Share of equal slots of two MinHash signatures (their estimated Jaccard similarity); 0 when either is empty. */
function sameShare(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length)
  if (n === 0) return 0
  let same = 0
  for (let k = 0; k < n; k++) if (a[k] === b[k]) same++
  return same / n
}

/** The start of a text that is fingerprinted (a very long post's first FINGERPRINT_CHARS × 2). */
function headOf(text: string): string {
  return text.length > FINGERPRINT_CHARS * 2 ? text.slice(0, FINGERPRINT_CHARS * 2) : text
}

/** The content skeleton's signature of a text (see `coreSignature`), from the same start `fingerprint` reads. */
export function coreOfText(text: string): number[] | null {
  return coreSignature(canonicalOfNorm(buildNorm(headOf(text)).text).slice(0, FINGERPRINT_CHARS))
}

/** Estimated Jaccard similarity of two content-skeleton signatures (0…1); `null` when either is missing. */
export function coreSimilarity(a: readonly number[] | null | undefined, b: readonly number[] | null | undefined): number | null {
  return a && b && a.length > 0 && b.length > 0 ? sameShare(a, b) : null
}

/** Estimated Jaccard similarity of two signatures (0…1). */
export function similarity(a: Fingerprint, b: Fingerprint): number {
  return sameShare(a.sig, b.sig)
}
