/** Every rule family, in the order their findings are produced. One family per file. */
import type { RuleFamily } from '../rule'
import { confidential } from './confidential'
import { personalInfo } from './personal-info'
import { tone } from './tone'

export const FAMILY_LIST: readonly RuleFamily[] = [personalInfo, confidential, tone]
