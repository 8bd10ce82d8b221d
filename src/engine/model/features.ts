/**
 * Features of the statistical reader (model/reader.ts): hashed character n-grams of a paragraph's folded view.
 *
 * The folded view (text.ts) already undoes the usual evasions (full-width and half-width forms, spaced letters,
 * zero-width characters) and folds katakana to hiragana; `featureText` also writes every ASCII digit as 0 and every
 * white-space character as a space, so 090-1234-5678 and 080-9876-5432 are the same n-grams. Each n-gram of 1 to MAX_N
 * UTF-16 code units (a unigram of white space skipped) is hashed with FNV-1a over its code units into one of BUCKETS
 * buckets. A paragraph's features are its distinct buckets; a post's are its paragraphs' features one after another
 * (a bucket found in two paragraphs counts twice), each with value 1/√(their number, at least NORM_FLOOR), so a long post
 * does not outweigh a short one and a fragment is not judged on a handful of n-grams. The trainer (scripts/train-model.ts) and the reader use these functions and nothing else.
 */

import { splitParagraphs } from '../paragraphs'
import { buildFolded, buildNorm, buildSqueezed } from '../text'

/** Number of hash buckets (2^16). The weights file records it; a mismatch is an error. */
export const BUCKETS = 1 << 16
/** Longest n-gram, in UTF-16 code units. */
export const MAX_N = 3
/**
 * The least count the weight sum is divided by (√ of it): a fragment with few n-grams (担当の携帯は, 6 characters; 256 buckets are about 90 characters) is pulled
 * towards the prior instead of being judged on a handful of them.
 */
export const NORM_FLOOR = 256

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193
const DIGIT_OR_SPACE = /[0-9\s]/
const DIGITS = /[0-9]/g
const SPACES = /\s/g

/** `folded` with every ASCII digit as 0 and every white-space character as a space: the same length, the same offsets. */
export function featureText(folded: string): string {
  return DIGIT_OR_SPACE.test(folded) ? folded.replace(DIGITS, '0').replace(SPACES, ' ') : folded
}

/**
 * Visit every n-gram of `text` (1 ≤ n ≤ MAX_N; a white-space unigram is skipped) in order of its start:
 * `visit(bucket, start)`, `bucket` in [0, BUCKETS), `start` a UTF-16 offset into `text`. Cost O(text.length · MAX_N).
 */
export function forEachGram(text: string, visit: (bucket: number, start: number) => void): void {
  const n = text.length
  for (let i = 0; i < n; i++) {
    let h = FNV_OFFSET
    const last = Math.min(n, i + MAX_N)
    for (let k = i; k < last; k++) {
      const c = text.charCodeAt(k)
      h = Math.imul(h ^ (c & 0xff), FNV_PRIME)
      h = Math.imul(h ^ (c >>> 8), FNV_PRIME)
      if (k === i && c === 0x20) continue
      visit((h ^ (h >>> 16)) & (BUCKETS - 1), i)
    }
  }
}

/** The distinct buckets of one paragraph's feature text, in order of first appearance. */
export function paragraphBuckets(text: string): number[] {
  const seen = new Set<number>()
  const out: number[] = []
  forEachGram(text, (b) => {
    if (!seen.has(b)) {
      seen.add(b)
      out.push(b)
    }
  })
  return out
}

/** The feature text of a paragraph as the engine reads it (its Doc's folded view). */
export function paragraphText(raw: string): string {
  return featureText(buildFolded(buildSqueezed(buildNorm(raw))).text)
}

/**
 * A whole post's features, as the trainer reads them and the reader adds them up: the distinct buckets of each
 * paragraph (splitParagraphs, the engine's paragraphs), one paragraph after another.
 */
export function postFeatures(text: string): number[] {
  const out: number[] = []
  for (const s of splitParagraphs(text)) for (const b of paragraphBuckets(paragraphText(text.slice(s.start, s.end)))) out.push(b)
  return out
}
