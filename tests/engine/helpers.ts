import { checkWith, type CheckContext, type Finding, type RuleFamily } from '../../src/engine'

/** Findings of one family for a text (other families do not run). */
export function findingsOf(family: RuleFamily, text: string, context: CheckContext = {}): Finding[] {
  return checkWith([family], text, context).findings
}

/** "rule:severity:excerpt" strings (with "×count" for a group of repeats), handy for table-driven expectations. */
export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule}:${f.severity}:${f.excerpt}${f.count ? `×${f.count}` : ''}`)
}
