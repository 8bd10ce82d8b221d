/**
 * The engine's metadata and policy without its readers: rule families' ids, severities, floors, messages, clauses
 * and default word lists (rules/meta.ts), the default policy and `composePolicy`, and the shared types. The
 * background service worker, the popup and the options page import this, not index.ts: the readers (2.8 MB of
 * patterns) are needed only where drafts are checked (the page's engine, the CLI).
 */
export * from './types'
export { mergePolicy, resolveSeverity, isBelow, WORD_LISTS, type Policy, type PartialPolicy, type SeveritySetting, type WordListName } from './policy'
export { DEFAULT_POLICY, RULES, CRITICAL_LISTS, composePolicy, familyFloor, type ManagedLayer, type ComposedPolicy } from './defaults'
export { CLAUSES, citation } from './clauses'
export { FAMILY_METAS, type FamilyMetaEntry } from './rules/meta'
export type { RuleMeta, FamilyMeta, Clause } from './rule'
