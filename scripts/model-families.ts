/** The families the statistical reader is trained for (scripts/train-model.ts): those the guideline's meaning decides. */
import type { Family } from '../src/engine/types'

export const MODEL_FAMILIES: readonly Family[] = ['personal-info', 'confidential', 'security', 'unofficial', 'hostility', 'decency', 'rebuttal']
