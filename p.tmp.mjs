import { readFileSync } from 'node:fs'
import { checkWith, check, FAMILY_LIST } from './lib/engine.js'
const corpus = readFileSync('tests/engine/data/clean-public.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)
let s = ''; for (let i = 0; s.length < 2000; i++) s += corpus[i % corpus.length] + '\n\n'
const t280 = s.slice(0, 280)
const N = 4000
function bench(fams, label) {
  const list = [...fams]
  for (let i = 0; i < N; i++) checkWith(list, t280.slice(0, 270) + 'の' + i)
  const t0 = performance.now(); for (let i = 0; i < N; i++) checkWith(list, t280.slice(0, 270) + 'を' + i); return ((performance.now() - t0) / N * 1000)
}
const base = bench([], 'none')
console.log('none', base.toFixed(1))
for (const f of FAMILY_LIST) console.log(f.id.padEnd(15), (bench([f]) - base).toFixed(1))
console.log('all', bench(FAMILY_LIST).toFixed(1))
