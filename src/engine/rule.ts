/**
 * The contract between the engine and its rule families (one family per file in rules/).
 *
 * The engine checks a post paragraph by paragraph (paragraphs.ts). A family's `run` sees one
 * paragraph: what it emits and the facts it returns depend only on that paragraph, the policy and
 * the paragraph context, so the engine can remember them and, on the next keystroke, re-run only
 * the paragraph that changed. A family whose judgement spans the whole post (the same sentence
 * twice, a quotation whose source is elsewhere, the tone score of the post) returns facts from
 * `run` and judges in `post`, from the facts of every paragraph, without re-reading the text.
 */
import type { Doc } from './doc'
import type { Policy } from './policy'
import type { Span } from './text'
import type { Family, ResolvedContext, Severity } from './types'

export interface DraftFinding {
  /** `family/detail` */
  rule: string
  /** UTF-16 offsets: into the paragraph in `run`, into the whole post in `post`. */
  start: number
  end: number
  /** The rule's default severity; policy overrides are applied by the engine. */
  severity: Severity
  message: string
  hint: string
  /** Overrides the family's clause for this finding. */
  clause?: string
}

/** What a paragraph-level check may depend on (the memo key besides the text and the policy). */
export type ParagraphContext = Pick<ResolvedContext, 'site' | 'mode'>

export interface RuleInput {
  /** One paragraph of the post. */
  doc: Doc
  ctx: ParagraphContext
  policy: Policy
  emit: (finding: DraftFinding) => void
}

export interface PostInput<F> {
  /** The whole text under check (for slicing excerpts; `post` must not scan it). */
  text: string
  /** The facts `run` returned for each paragraph, in order. */
  facts: ReadonlyArray<F>
  /** Where each paragraph is in the post (same order as `facts`). */
  spans: ReadonlyArray<Span>
  ctx: ResolvedContext
  policy: Policy
  emit: (finding: DraftFinding) => void
}

export interface RuleFamily<F = unknown> {
  id: Family
  /** Guideline clause, e.g. `5(1)`. */
  clause: string
  /** Japanese name shown in the UI and the options page. */
  title: string
  /** English name. */
  titleEn: string
  /** Check one paragraph: emit its findings (paragraph offsets) and return facts for `post`. */
  run(input: RuleInput): F
  /** Judge the whole post from every paragraph's facts (post offsets). */
  post?(input: PostInput<F>): void
}
