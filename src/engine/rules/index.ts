/** Every rule family, in the order their findings are produced. One family per file. */
import type { RuleFamily } from '../rule'
import { confidential } from './confidential'
import { decency } from './decency'
import { hostility } from './hostility'
import { link } from './link'
import { masking } from './masking'
import { personalInfo } from './personal-info'
import { quotation } from './quotation'
import { rebuttal } from './rebuttal'
import { repetition } from './repetition'
import { reply } from './reply'
import { security } from './security'
import { tone } from './tone'
import { unofficial } from './unofficial'
import { withModel } from '../model/reader'

/** Every family's rules alone, as its file exports it (the statistical reader's training data is labeled with these). */
export const RULE_FAMILIES: readonly RuleFamily[] = [
  personalInfo,
  confidential,
  security,
  unofficial,
  masking,
  repetition,
  hostility,
  decency,
  rebuttal,
  reply,
  link,
  quotation,
  tone,
] as RuleFamily[]

/**
 * Each family as the engine runs it: a family the statistical reader has weights for (model/weights.ts) also gets its
 * `<family>/model` second opinion (model/reader.ts `withModel`); the others are as their files export them.
 */
export const FAMILY_LIST: readonly RuleFamily[] = RULE_FAMILIES.map((family) => withModel(family))
