/** Public types of the Post Guard rule engine. Pure data: no DOM, no browser API. */

export type Severity = 'block' | 'warn' | 'info'
export type Verdict = 'ok' | Severity
export type Site = 'x' | 'facebook' | 'instagram' | 'blog'
export type Mode = 'post' | 'reply' | 'comment' | 'quote'
export type ToneLevel = 1 | 2 | 3 | 4 | 5
export type Confirmation = 'approval' | 'portrait'

export const FAMILIES = [
  'personal-info',
  'confidential',
  'security',
  'unofficial',
  'masking',
  'repetition',
  'hostility',
  'decency',
  'rebuttal',
  'reply',
  'link',
  'quotation',
  'tone',
] as const
export type Family = (typeof FAMILIES)[number]

export const SEVERITY_RANK: Record<Verdict, number> = { ok: 0, info: 1, warn: 2, block: 3 }

export interface Attachment {
  kind: 'image' | 'video'
}

/**
 * A fingerprint of an earlier post: MinHash signature of its character 3-grams (not the text). `v: 2`: one-permutation
 * MinHash, 128 bins (0xffffffff = empty); `v: 1` (stored before): 128 seeded hashes. See engine/fingerprint.ts.
 */
export interface Fingerprint {
  v: 1 | 2
  sig: number[]
  /**
   * The calendar dates the post names (`M/D`, sorted, at most 32): a serial notice for another day
   * (12月1日 → 12月8日) is a new notice, not a repeat. Absent in fingerprints stored before it existed.
   */
  dates?: string[]
  /**
   * MinHash signature (64 slots or bins, of the same version) of the post's content skeleton (its text without hiragana, as 2-grams): a
   * post reworded only in its endings and particles is still the same post. Absent in older fingerprints.
   */
  core?: number[]
  /**
   * The same signatures (`sig`, and `core` when long enough; same version) of the post with its politeness brought to
   * its plainest (fingerprint.ts plainForm: …くださいますようお願いいたします → …ください, 際は → ときは, 皆様 → 皆さん), present
   * only when that differs from the post: a plainer repost of a polite post is the same post. Absent in older fingerprints.
   */
  plain?: { sig: number[]; core?: number[] }
  /**
   * For a post too short for `core`: the signature (`sig`'s kind) of its bare form (fingerprint.ts bareCaption: its plainest form
   * without です・ます), present only when that differs from the post and is long enough: the same short caption posted again with its
   * polite ending moved is the same post. Absent in older fingerprints.
   */
  bare?: number[]
  /**
   * The post's announcement facts as 24-bit hashes, four base64 characters each, sorted (fingerprint.ts announcementKeys: its sorted
   * figures, words of news, and the 2- and 3-character grams of its kanji, katakana and Latin words; never the text): a reworded repost
   * of the same announcement is told by them. Kept for every post (earlier versions kept them only for a post naming calendar days, a
   * standing call or a standing closure); absent in older fingerprints.
   */
  facts?: string
}

export interface CheckContext {
  site?: Site
  mode?: Mode
  /** The account's registered 表現の硬軟度合い (5 = stiff … 1 = soft). */
  tone?: ToneLevel
  /** 管理者の決裁 要 */
  approval?: boolean
  /** 専ら情報発信 (broadcast-only account: no replies except in disasters, clause 4(3)) */
  broadcastOnly?: boolean
  /** 災害時モード */
  emergency?: boolean
  /** An incident the account is handling (the popup's 6(2) 炎上 checklist is open): replies need confirmation. */
  incident?: 'flaming' | null
  attachments?: Attachment[]
  /** Earlier posts of the same account: plain texts (CLI) or fingerprints (extension). */
  history?: Array<string | Fingerprint>
  /** Policy to apply; the guideline's default policy when absent. */
  policy?: import('./policy').Policy
}

export interface ResolvedContext {
  site: Site
  mode: Mode
  tone: ToneLevel
  approval: boolean
  broadcastOnly: boolean
  emergency: boolean
  incident: 'flaming' | null
  attachments: Attachment[]
  history: Array<string | Fingerprint>
}

export interface Finding {
  /** Stable id `family/detail`, e.g. `personal-info/my-number`. */
  rule: string
  /** The rule family; `engine` for the engine's own notices (text too long to check). */
  family: Family | 'engine'
  /** The guideline clause, e.g. `5(1)`. */
  clause: string
  /** The clause's title, e.g. 「市の公式見解でない情報及び秘密情報の発信」. */
  clauseTitle: string
  severity: Severity
  /** UTF-16 offsets into the original text (what a DOM Range uses). */
  start: number
  end: number
  excerpt: string
  /** What is wrong, in Japanese, citing the clause. */
  message: string
  /** What to do instead, in Japanese. */
  hint: string
  /**
   * How many times this rule found the same excerpt (repeats are grouped into one finding).
   * Absent when it was found once.
   */
  count?: number
  /**
   * Where the repeats are (UTF-16 offsets, `[start, end]` pairs), for highlighting: the first
   * `MAX_GROUP_SPANS` of them, this finding's own span first. Absent when it was found once.
   */
  spans?: Array<[number, number]>
}

export interface Report {
  verdict: Verdict
  findings: Finding[]
  confirmations: Confirmation[]
  /** Formality score of the text (5 = stiff … 1 = soft), when there was enough text to score. */
  toneScore: number | null
}
