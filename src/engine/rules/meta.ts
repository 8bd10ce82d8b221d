/**
 * Every rule family's metadata, in FAMILY_LIST's order, without the families' readers: what the policy defaults,
 * the rule index, the background (settings validation) and the options page need. rules/index.ts pairs each entry
 * with its reader (the same `meta` object; tests/engine/families.test.ts checks the order and identity).
 */
import type { FamilyMeta } from '../rule'
import type { Family } from '../types'
import { meta as confidential } from './confidential/meta'
import { meta as decency } from './decency/meta'
import { meta as hostility } from './hostility/meta'
import { meta as link } from './link/meta'
import { meta as masking } from './masking/meta'
import { meta as personalInfo } from './personal-info/meta'
import { meta as quotation } from './quotation/meta'
import { meta as rebuttal } from './rebuttal/meta'
import { meta as repetition } from './repetition/meta'
import { meta as reply } from './reply/meta'
import { meta as security } from './security/meta'
import { meta as tone } from './tone/meta'
import { meta as unofficial } from './unofficial/meta'

/** A family's id and metadata (a RuleFamily without its reader). */
export interface FamilyMetaEntry {
  id: Family
  meta: FamilyMeta
}

export const FAMILY_METAS: readonly FamilyMetaEntry[] = [
  { id: 'personal-info', meta: personalInfo },
  { id: 'confidential', meta: confidential },
  { id: 'security', meta: security },
  { id: 'unofficial', meta: unofficial },
  { id: 'masking', meta: masking },
  { id: 'repetition', meta: repetition },
  { id: 'hostility', meta: hostility },
  { id: 'decency', meta: decency },
  { id: 'rebuttal', meta: rebuttal },
  { id: 'reply', meta: reply },
  { id: 'link', meta: link },
  { id: 'quotation', meta: quotation },
  { id: 'tone', meta: tone },
]
