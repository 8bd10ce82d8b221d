import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../../src/engine'

interface Item {
  id: string
  text: string
}
const items: Item[] = readFileSync(new URL('./data/clean-public.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Item)

describe('clean corpus of real municipal announcements', () => {
  const reports = items.map((it) => ({ id: it.id, text: it.text, report: check(it.text) }))

  it('holds the whole corpus', () => {
    expect(items.length).toBe(241)
  })
  it('blocks none of them', () => {
    const blocked = reports.filter((r) => r.report.verdict === 'block').map((r) => `${r.id}: ${r.report.findings.map((f) => `${f.rule} 「${f.excerpt}」`).join(', ')}`)
    expect(blocked).toEqual([])
  })
  it('warns on at most 5%', () => {
    const warned = reports.filter((r) => r.report.verdict === 'warn')
    expect(warned.length).toBeLessThanOrEqual(Math.floor(items.length * 0.05))
  })
  it('gives spans that lie inside the text and match the excerpt', () => {
    for (const r of reports) {
      for (const f of r.report.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0)
        expect(f.end).toBeLessThanOrEqual(r.text.length)
        expect(r.text.slice(f.start, f.end)).toBe(f.excerpt)
      }
    }
  })
})
