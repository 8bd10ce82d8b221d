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
import type { SeveritySetting, WordListName } from './policy'

/** Values for a message template's `{placeholders}`; `excerpt` is filled by the engine. */
export type MessageData = Record<string, string | number>

export interface DraftFinding {
  /** `family/detail`: must be declared in the family's `meta.rules`. */
  rule: string
  /** UTF-16 offsets: into the paragraph in `run`, into the whole post in `post`. */
  start: number
  end: number
  /** This finding's severity when it differs from the rule's declared default (e.g. a mention is `info`); policy overrides are applied by the engine. */
  severity?: Severity
  /** Placeholder values for the rule's message and hint templates. */
  data?: MessageData
  /** Overrides the family's clause for this finding (must be one of `meta.clauses`). */
  clause?: string
  /** The finding is a mention (a quoted example), not a use: at most `info`, whatever the policy says. */
  mention?: boolean
}

/**
 * One rule of a family (the ESLint/textlint `meta` of a rule).
 * Templates use `{name}` placeholders: `{excerpt}` is the text of the finding, others come from the
 * finding's `data`. The engine appends the clause citation to the message.
 */
export interface RuleMeta {
  /** Japanese name of the rule (options page). */
  title: string
  titleEn: string
  /** Default severity. */
  severity: Severity
  /** The guideline's floor: the least severity any policy may give this rule (`off` = may be switched off). */
  floor: SeveritySetting
  /** What is wrong, in Japanese (template). */
  message: string
  /** What to write instead, in Japanese (template). */
  hint: string
}

/** A guideline clause: its number and title, e.g. `5(1)` 「市の公式見解でない情報及び秘密情報の発信」. */
export interface Clause {
  id: string
  title: string
}

export interface FamilyMeta {
  /** The clause the family enforces (first) and any other clause its findings may cite. */
  clauses: readonly Clause[]
  /** Japanese name shown in the UI and the options page. */
  title: string
  /** English name. */
  titleEn: string
  /** Every rule id the family emits, with its metadata. */
  rules: Readonly<Record<string, RuleMeta>>
  /** The family's default word lists (policy data; merged into DEFAULT_POLICY.words). */
  words?: Partial<Record<WordListName, readonly string[]>>
  /**
   * The family's vocabulary is kanji: a paragraph that spells such a word in katakana (ﾋﾐﾂ, ｶｲｷﾞ) is
   * checked by it a second time with the words restored (readings.ts).
   */
  kanaSpellings?: boolean
  /**
   * The family's findings are words that can be quoted rather than said (insults, slurs, denials): a finding
   * inside a saying on a bulleted line that the paragraph before introduces as an example (例えば、次のような言葉も
   * DVにあたります ⏎⏎ ・「お前は何をやってもダメだ」と…) is a mention, `info` (the engine checks this across paragraphs,
   * words.ts `inExampleBullets`).
   */
  quotedWords?: boolean
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
  meta: FamilyMeta
  /** Check one paragraph: emit its findings (paragraph offsets) and return facts for `post`. */
  run(input: RuleInput): F
  /** Judge the whole post from every paragraph's facts (post offsets). */
  post?(input: PostInput<F>): void
  /** Fields of the report this family computes from every paragraph's facts (e.g. the tone score). */
  summarise?(facts: ReadonlyArray<F>): Partial<ReportSummary>
  /**
   * A finding of another family that is also this family's kind, read as this family's own finding (or null): one
   * wording can break two clauses (a slur hurled at a visitor is discrimination, 4(2), and an attack on a person, 5(3);
   * a joke next to a death is off the account's register, 4(1), and 不謹慎, 4(2)). Offered every finding of another family
   * whose rule `echoes` lists (never another echo): those of `run` with `text` the paragraph (paragraph offsets), those of `post` with
   * `text` the whole post (post offsets); the finding as its family emitted it, with its severity before policy (its
   * own or its rule's default). It may read only `text` (a paragraph's echo is remembered with the paragraph).
   */
  echo?(finding: EchoSource, text: string): DraftFinding | null
  /** The rule ids of other families that `echo` reads (only their findings are offered to it). */
  echoes?: readonly string[]
}

/** A finding offered to another family's `echo`: its family, and its severity before policy (its own or its rule's default). */
export interface EchoSource extends DraftFinding {
  family: Family
  severity: Severity
}

/** Report fields that a family may compute (`summarise`). */
export interface ReportSummary {
  toneScore: number | null
}
