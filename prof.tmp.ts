import { readFileSync } from 'node:fs'
import { checkWith, FAMILY_LIST } from './src/engine'
const corpus = readFileSync('tests/engine/data/clean-public.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text as string)
let s = ''; for (let i = 0; s.length < 63206; i++) s += corpus[i % corpus.length] + '\n\n'
const text = s.slice(0, 63206)
for (let i = 0; i < 30; i++) checkWith([...FAMILY_LIST], text)
const t0 = performance.now(); for (let i = 0; i < 30; i++) checkWith([...FAMILY_LIST], text); console.log((performance.now() - t0) / 30)
