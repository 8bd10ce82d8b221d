/**
 * The statistical reader's weights: what scripts/train-model.ts writes into model/weights.ts and the reader decodes.
 *
 * Per family, a logistic regression over the hashed n-grams of features.ts: P(violation of this family) =
 * σ(bias + scale · Σ q[b] / √max(N, NORM_FLOOR)), `q` the int8 weight of each feature bucket `b` (N of them, features.ts), `scale` the
 * factor that turns q back into the trained weight. `warnAt` and `blockAt` are the probabilities from which a finding is
 * `warn` and `block` (null: never block), chosen by the trainer from out-of-fold scores (`cv`).
 */
import type { Family } from '../types'

/** Out-of-fold figures of one threshold: share of the family's labeled violations at or above it, clean items at or above it. */
export interface CvFigures {
  threshold: number
  recall: number
  cleanFlagged: number
  clean: number
}

export interface FamilyWeights {
  bias: number
  scale: number
  warnAt: number
  blockAt: number | null
  cv: { warn: CvFigures; block: CvFigures | null }
  /** BUCKETS int8 weights, base64. */
  weights: string
}

export interface ModelFile {
  buckets: number
  maxN: number
  /** features.ts NORM_FLOOR the weights were trained with. */
  normFloor: number
  /** The labeled files the weights were trained on, each file's SHA-256 (hex), and the number of drafts. */
  data: { files: string[]; sha256: string[]; items: number }
  families: Partial<Record<Family, FamilyWeights>>
}

export interface FamilyModel {
  family: Family
  bias: number
  scale: number
  warnAt: number
  blockAt: number | null
  /** One int8 weight per bucket. */
  q: Int8Array
}

/** Bytes → base64 (browser and Node: btoa). */
export function encodeWeights(q: Int8Array): string {
  const bytes = new Uint8Array(q.buffer, q.byteOffset, q.byteLength)
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/**
 * base64 → int8 weights. Throws when the length is not `buckets` (a weights file written for another feature layout).
 */
export function decodeWeights(b64: string, buckets: number): Int8Array {
  const s = atob(b64)
  if (s.length !== buckets) throw new Error(`model weights: ${s.length} values, expected ${buckets}`)
  const q = new Int8Array(buckets)
  for (let i = 0; i < buckets; i++) q[i] = (s.charCodeAt(i) << 24) >> 24
  return q
}
