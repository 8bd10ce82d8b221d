/** What the panel, badge, dialog and popup show: one finding per span and clause (overlay.ts `shownFindings`). */
import { describe, expect, it } from 'vitest'
import type { Finding } from '../../src/engine'
import { shownFindings } from '../../src/content/overlay'

const f = (rule: string, clause: string, severity: Finding['severity'], start = 0, end = 2): Finding => ({
  rule,
  family: rule.split('/')[0] as Finding['family'],
  clause,
  clauseTitle: '',
  severity,
  start,
  end,
  excerpt: '🔥',
  message: '',
  hint: '',
})

describe('shownFindings', () => {
  it('keeps one finding per span and clause, the more severe', () => {
    const a = f('tone/insensitive', '4(2)', 'warn')
    const b = f('decency/insensitive', '4(2)', 'block')
    expect(shownFindings([a, b])).toEqual([b])
  })
  it('keeps the first on a tie, in order', () => {
    const a = f('tone/insensitive', '4(2)', 'warn')
    const b = f('decency/insensitive', '4(2)', 'warn')
    const c = f('tone/too-casual', '4(1)', 'warn', 5, 6)
    expect(shownFindings([a, c, b])).toEqual([a, c])
  })
  it('keeps findings under different clauses or spans apart', () => {
    const a = f('decency/discriminatory', '4(2)', 'block')
    const b = f('hostility/discrimination', '5(3)', 'block')
    const c = f('decency/discriminatory', '4(2)', 'block', 3, 9)
    expect(shownFindings([a, b, c])).toEqual([a, b, c])
    expect(shownFindings([])).toEqual([])
  })
})
