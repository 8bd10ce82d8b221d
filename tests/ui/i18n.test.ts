import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import en from '../../src/static/_locales/en/messages.json'
import ja from '../../src/static/_locales/ja/messages.json'

describe('UI text catalogues', () => {
  it('have the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ja).sort())
  })
  it('have no empty messages and the same $n substitutions', () => {
    for (const [key, entry] of Object.entries(ja as Record<string, { message: string }>)) {
      const other = (en as Record<string, { message: string }>)[key]!
      expect(entry.message.length, key).toBeGreaterThan(0)
      expect(other.message.length, key).toBeGreaterThan(0)
      expect(entry.message.match(/\$\d/g)?.sort() ?? [], key).toEqual(other.message.match(/\$\d/g)?.sort() ?? [])
    }
  })
  it('contain every key the UI code uses', () => {
    const used = new Set<string>()
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = `${dir}/${e.name}`
        if (e.isDirectory()) walk(p)
        else if (/\.tsx?$/.test(e.name)) for (const m of readFileSync(p, 'utf8').matchAll(/\bt\('([A-Za-z0-9]+)'/g)) used.add(m[1]!)
      }
    }
    for (const d of ['src/popup', 'src/options', 'src/content', 'src/ui']) walk(d)
    const missing = [...used].filter((k) => !(k in ja))
    expect(missing).toEqual([])
  })
})
