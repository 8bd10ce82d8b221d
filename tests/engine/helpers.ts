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
 * Whether `expected` ("rule:severity:excerpt") is reported: that finding itself, or one of the same rule and severity whose
 * excerpt holds it (the engine lists a finding inside another of its rule and severity once, as the covering one).
 */
export function reported(findings: Finding[], expected: string): boolean {
  const [rule, severity, ...rest] = expected.split(':')
  const excerpt = rest.join(':')
  return findings.some((f) => f.rule === rule && f.severity === severity && f.excerpt.includes(excerpt))
}

/**
 * The whole engine without the statistical reader (every family's rules, no `<family>/model`): what a rule table pins.
 * The tables' hard negatives are training data of the reader, which is held to its own measured error rates (npm run
 * eval, tests/engine/model.test.ts) rather than to each table sentence, so retraining cannot break a rule's table.
 */
export function checkRules(text: string, context: CheckContext = {}): ReturnType<typeof checkWith> {
  return checkWith(RULE_FAMILIES, text, context)
}
