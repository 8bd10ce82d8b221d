/** The contract between the engine and its rule families (one family per file in rules/). */
import type { Doc } from './doc'
import type { Policy } from './policy'
import type { Family, ResolvedContext, Severity } from './types'

export interface DraftFinding {
  /** `family/detail` */
  rule: string
  /** Source (original text) UTF-16 offsets. */
  start: number
  end: number
  /** The rule's default severity; policy overrides are applied by the engine. */
  severity: Severity
  message: string
  hint: string
  /** Overrides the family's clause for this finding. */
  clause?: string
}

export interface RuleInput {
  doc: Doc
  ctx: ResolvedContext
  policy: Policy
  emit: (finding: DraftFinding) => void
}

export interface RuleFamily {
  id: Family
  /** Guideline clause, e.g. `5(1)`. */
  clause: string
  /** Japanese name shown in the UI and the options page. */
  title: string
  /** English name. */
  titleEn: string
  run(input: RuleInput): void
}
