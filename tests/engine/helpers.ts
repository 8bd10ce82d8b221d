import { checkWith, type CheckContext, type Finding, type RuleFamily } from '../../src/engine'
import { RULE_FAMILIES } from '../../src/engine/rules'

/** Findings of one family for a text (other families do not run). */
export function findingsOf(family: RuleFamily, text: string, context: CheckContext = {}): Finding[] {
  return checkWith([family], text, context).findings
}

/** "rule:severity:excerpt" strings (with "×count" for a group of repeats), handy for table-driven expectations. */
export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}:${f.excerpt}${f.count ? `×${f.count}` : ''}`)
}

/**
 * The whole engine without the statistical reader (every family's rules, no `<family>/model`): what a rule table pins.
 * The tables' hard negatives are training data of the reader, which is held to its own measured error rates (npm run
 * eval, tests/engine/model.test.ts) rather than to each table sentence, so retraining cannot break a rule's table.
 */
export function checkRules(text: string, context: CheckContext = {}): ReturnType<typeof checkWith> {
  return checkWith(RULE_FAMILIES, text, context)
}
