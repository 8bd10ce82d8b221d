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

export const FAMILY_LIST: readonly RuleFamily[] = [
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
]
