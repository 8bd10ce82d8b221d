/**
 * Schemas for everything the extension reads from storage (local and managed) and from messages.
 * Values are validated piece by piece, so one bad record or one bad policy section is skipped (and
 * reported) while the rest still applies.
 */
import * as v from 'valibot'
import { FAMILIES, WORD_LISTS, type Fingerprint } from '../engine/meta'
import { FIELD_LABEL } from '../registry/io'

const SITES = ['x', 'facebook', 'instagram', 'blog'] as const
const VERDICTS = ['ok', 'info', 'warn', 'block'] as const
const SEVERITY_SETTINGS = ['block', 'warn', 'info', 'off'] as const

export const SiteSchema = v.picklist(SITES)
export const VerdictSchema = v.picklist(VERDICTS)

const shortString = (max: number) => v.pipe(v.string(), v.maxLength(max))
const stringList = (maxItems: number, maxLen = 300) => v.pipe(v.array(shortString(maxLen)), v.maxLength(maxItems))
const finite = v.pipe(v.number(), v.finite())
/** A 全国地方公共団体コード: 5 digits, or 6 with its check digit (柳川市 40207 / 402079). */
const localGovCode = v.pipe(v.string(), v.regex(/^[0-9]{5,6}$/u, '全国地方公共団体コードは5桁（検査数字を含めて6桁）の数字で書いてください'))

/** A severity key is a family id or a rule id (`family/detail`). */
const severityKey = v.pipe(
  v.string(),
  v.maxLength(100),
  v.check((k) => (FAMILIES as readonly string[]).includes(k.split('/')[0]!), '規則IDではありません'),
)

/** Each top-level section of a (partial) policy, validated on its own. */
export const PolicySections = {
  version: v.literal(1),
  severities: v.record(severityKey, v.picklist(SEVERITY_SETTINGS)),
  words: v.partial(v.object(Object.fromEntries(WORD_LISTS.map((n) => [n, stringList(5000, 200)])) as Record<(typeof WORD_LISTS)[number], ReturnType<typeof stringList>>)),
  trustedDomains: stringList(2000, 253),
  shorteners: stringList(2000, 253),
  contacts: v.partial(v.object({ phones: stringList(500), emailDomains: stringList(500, 253), addresses: stringList(500), localGovCodes: v.pipe(v.array(localGovCode), v.maxLength(50)) })),
  repetition: v.partial(v.object({ duplicate: v.pipe(finite, v.minValue(0), v.maxValue(1)), near: v.pipe(finite, v.minValue(0), v.maxValue(1)), maxHashtags: v.pipe(finite, v.integer(), v.minValue(0)), maxHashtagsInstagram: v.pipe(finite, v.integer(), v.minValue(0)) })),
  quotation: v.partial(v.object({ minLength: v.pipe(finite, v.integer(), v.minValue(1)) })),
  tone: v.partial(v.object({ warnGap: v.pipe(finite, v.minValue(0), v.maxValue(4)) })),
} as const

export const FingerprintSchema: v.GenericSchema<unknown, Fingerprint> = v.object({
  // 1: 128 seeded hashes (stored before); 2: one-permutation MinHash (engine/fingerprint.ts).
  v: v.picklist([1, 2]),
  sig: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(512)),
  // M/D, M/* (a month named alone), -N (a countdown's days left), w:金 (a weekday) or #台風14, #第3回 (a numbered
  // instance): engine/fingerprint.ts datesOf.
  dates: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^(?:[0-9]{1,2}\/(?:[0-9]{1,2}|\*)|-[0-9]{1,3}|w:[月火水木金土日]|#(?:台風[0-9]{1,2}|第[0-9]{1,4}[回号弾期]))$/u))), v.maxLength(32))),
  // engine/fingerprint.ts coreSignature: the content skeleton's MinHash.
  core: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(256))),
  // engine/fingerprint.ts fingerprint: the same signatures of the post brought to its plainest politeness.
  plain: v.optional(
    v.object({
      sig: v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(512)),
      core: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(256))),
    }),
  ),
  // engine/fingerprint.ts bareCaption: a short caption's signature without です・ます.
  bare: v.optional(v.pipe(v.array(v.pipe(v.number(), v.integer())), v.maxLength(512))),
  // engine/fingerprint.ts announcementKeys: the announcement's facts as 24-bit hashes, four base64 characters each (at most 1,024).
  // Absent in fingerprints stored before it existed, which stay valid.
  facts: v.optional(v.pipe(v.string(), v.maxLength(4096), v.regex(/^(?:[A-Za-z0-9+/]{4})*$/u))),
})

export const HistoryEntrySchema = v.object({ fp: FingerprintSchema, at: finite })

const ActingAccountFields = {
  site: SiteSchema,
  handle: v.optional(shortString(200)),
  name: v.optional(shortString(300)),
  url: v.optional(shortString(2000)),
}

/** An acting account; `also` (Meta Business Suite's other destinations) holds at most 4 plain accounts. */
export const ActingAccountSchema = v.object({
  ...ActingAccountFields,
  also: v.optional(v.pipe(v.array(v.object(ActingAccountFields)), v.maxLength(4))),
})

export const ComposerStatusSchema = v.object({
  verdict: VerdictSchema,
  findings: v.pipe(finite, v.integer(), v.minValue(0)),
  block: v.pipe(finite, v.integer(), v.minValue(0)),
  warn: v.pipe(finite, v.integer(), v.minValue(0)),
  info: v.pipe(finite, v.integer(), v.minValue(0)),
  mode: shortString(20),
})

export const ProfileInfoSchema = v.object({
  site: SiteSchema,
  handle: v.optional(shortString(200)),
  name: v.optional(shortString(300)),
  bio: v.optional(shortString(2000)),
})

export const TabStatusSchema = v.object({
  site: SiteSchema,
  url: shortString(4000),
  protected: v.boolean(),
  reason: v.optional(shortString(100)),
  composers: v.pipe(finite, v.integer(), v.minValue(0)),
  account: v.nullable(ActingAccountSchema),
  focused: v.nullable(ComposerStatusSchema),
  profile: v.optional(v.nullable(ProfileInfoSchema)),
  updatedAt: finite,
})

/** Emergency mode may be switched on for 15 minutes to 24 hours. */
export const EMERGENCY_MIN_MINUTES = 15
export const EMERGENCY_MAX_MINUTES = 24 * 60

/** Request payloads by type (the `type` field itself is checked by the dispatcher). */
export const RequestSchemas = {
  context: v.object({ account: v.nullable(ActingAccountSchema), site: SiteSchema }),
  status: v.object({ status: TabStatusSchema }),
  engine: v.object({}),
  'engine-host': v.object({}),
  profile: v.object({ profile: ProfileInfoSchema }),
  sent: v.object({
    site: SiteSchema,
    account: v.nullable(ActingAccountSchema),
    fingerprint: v.nullable(FingerprintSchema),
    verdict: VerdictSchema,
    rules: v.pipe(v.array(shortString(100)), v.maxLength(100_000)),
    confirmed: v.pipe(v.array(shortString(50)), v.maxLength(20)),
    outcome: v.optional(v.picklist(['sent', 'blocked', 'cancelled'] as const)),
    trusted: v.optional(v.boolean()),
    text: v.optional(shortString(20_000)),
  }),
  'tab-status': v.object({ tabId: v.pipe(finite, v.integer(), v.minValue(0)) }),
  'set-emergency': v.object({
    minutes: v.nullable(
      v.pipe(
        v.number('分数で指定してください'),
        v.finite('分数で指定してください'),
        v.integer('分数は整数で指定してください'),
        v.minValue(EMERGENCY_MIN_MINUTES, '災害時モードは15分以上で指定してください'),
        v.maxValue(EMERGENCY_MAX_MINUTES, '災害時モードは24時間以内で指定してください'),
      ),
    ),
  }),
  problems: v.object({}),
  incident: v.object({
    account: ActingAccountSchema,
    kind: v.picklist(['flaming', 'impersonation', 'hijack'] as const),
    action: v.picklist(['start', 'tick', 'untick', 'close'] as const),
    step: v.optional(shortString(40)),
  }),
  reported: v.object({ account: v.nullable(ActingAccountSchema), via: v.picklist(['clipboard', 'mail'] as const) }),
} as const

/** An audit entry's grouped rule ids. */
export const RuleCountSchema = v.object({ rule: shortString(100), count: v.pipe(finite, v.integer(), v.minValue(1)) })

export const AuditEntrySchema = v.object({
  at: finite,
  kind: v.picklist(['send', 'settings', 'emergency', 'registry', 'incident', 'report'] as const),
  site: v.optional(SiteSchema),
  account: v.optional(shortString(300)),
  accountName: v.optional(shortString(300)),
  registration: v.optional(v.picklist(['registered', 'unregistered', 'retired', 'unknown'] as const)),
  outcome: v.optional(v.picklist(['sent', 'blocked', 'cancelled'] as const)),
  verdict: v.optional(VerdictSchema),
  rules: v.optional(v.pipe(v.array(RuleCountSchema), v.maxLength(100))),
  /** Total number of findings (the grouped list may be cut). */
  findings: v.optional(v.pipe(finite, v.integer(), v.minValue(0))),
  confirmed: v.optional(v.pipe(v.array(shortString(50)), v.maxLength(20))),
  /** Confirmations that came from untrusted (script) input and were not counted. */
  untrusted: v.optional(v.boolean()),
  detail: v.optional(shortString(2000)),
  /** The sent text, only when an administrator enabled keeping it (bounded). */
  text: v.optional(shortString(2000)),
})

/** Audit entries written before entries were grouped (rules as a plain list). */
export const LegacyAuditEntrySchema = v.object({
  at: finite,
  site: SiteSchema,
  account: shortString(300),
  verdict: VerdictSchema,
  rules: v.array(v.string()),
  confirmed: v.array(v.string()),
})

export const ManagedFlagsSchema = v.object({
  locked: v.optional(v.array(shortString(100))),
  emergencyAdminOnly: v.optional(v.boolean()),
})

const JAPANESE = /[ぁ-んァ-ヶ一-龠]/

/** The first issue in Japanese: 『所属名』がありません, 『URL』: https:// で始まるURLを入力してください. */
export function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0]
  if (!first) return ''
  const keys = (first.path ?? []).map((p) => String(p.key))
  const path = keys.filter((k) => !/^\d+$/.test(k)).join('.')
  const label = path ? `『${FIELD_LABEL[path] ?? path}』` : ''
  if (first.received === 'undefined') return label ? `${label}がありません` : '値がありません'
  const message = JAPANESE.test(first.message) ? first.message : `形式が正しくありません（${first.expected ?? ''}）`
  return label ? `${label}: ${message}` : message
}

/** A whole policy as the engine applies it (every section present; the content script's context carries one). */
export const PolicySchema = v.object({
  version: v.literal(1),
  severities: PolicySections.severities,
  words: v.object(Object.fromEntries(WORD_LISTS.map((n) => [n, stringList(5000, 200)])) as Record<(typeof WORD_LISTS)[number], ReturnType<typeof stringList>>),
  trustedDomains: PolicySections.trustedDomains,
  shorteners: PolicySections.shorteners,
  contacts: v.object({ phones: stringList(500), emailDomains: stringList(500, 253), addresses: stringList(500), localGovCodes: v.pipe(v.array(localGovCode), v.maxLength(50)) }),
  repetition: v.object({
    duplicate: v.pipe(finite, v.minValue(0), v.maxValue(1)),
    near: v.pipe(finite, v.minValue(0), v.maxValue(1)),
    maxHashtags: v.pipe(finite, v.integer(), v.minValue(0)),
    maxHashtagsInstagram: v.pipe(finite, v.integer(), v.minValue(0)),
  }),
  quotation: v.object({ minLength: v.pipe(finite, v.integer(), v.minValue(1)) }),
  tone: v.object({ warnGap: v.pipe(finite, v.minValue(0), v.maxValue(4)) }),
})

/** The longest draft the engine host checks (characters); a longer one is checked in the page. */
export const ENGINE_TEXT_MAX = 1_000_000

const refOf = <T extends v.GenericSchema>(value: T) => v.object({ ref: v.pipe(finite, v.integer(), v.minValue(0)), value: v.optional(value) })

/** A typing check asked of the engine host (src/shared/engine-port.ts `EngineRequest`). */
export const EngineRequestSchema = v.pipe(
  v.object({
  id: v.pipe(finite, v.integer(), v.minValue(0)),
  doc: v.pipe(finite, v.integer(), v.minValue(0)),
  text: v.optional(v.pipe(v.string(), v.maxLength(ENGINE_TEXT_MAX))),
  edit: v.optional(
    v.pipe(
      v.object({
        base: v.pipe(finite, v.integer(), v.minValue(0)),
        start: v.pipe(finite, v.integer(), v.minValue(0), v.maxValue(ENGINE_TEXT_MAX)),
        end: v.pipe(finite, v.integer(), v.minValue(0), v.maxValue(ENGINE_TEXT_MAX)),
        insert: v.pipe(v.string(), v.maxLength(ENGINE_TEXT_MAX)),
      }),
      v.check((e) => e.start <= e.end, '編集の範囲が正しくありません'),
    ),
  ),
  ctx: v.object({
    site: v.optional(SiteSchema),
    mode: v.optional(v.picklist(['post', 'reply', 'comment', 'quote'] as const)),
    tone: v.optional(v.picklist([1, 2, 3, 4, 5] as const)),
    approval: v.optional(v.boolean()),
    broadcastOnly: v.optional(v.boolean()),
    emergency: v.optional(v.boolean()),
    incident: v.optional(v.nullable(v.literal('flaming'))),
    attachments: v.optional(v.pipe(v.array(v.object({ kind: v.picklist(['image', 'video'] as const) })), v.maxLength(100))),
  }),
  also: v.pipe(v.array(SiteSchema), v.maxLength(4)),
  policy: refOf(PolicySchema),
  history: refOf(v.pipe(v.array(v.union([shortString(20_000), FingerprintSchema])), v.maxLength(1000))),
}),
  v.check((r) => (r.text === undefined) !== (r.edit === undefined), '本文か編集のどちらか一方が必要です'),
)
