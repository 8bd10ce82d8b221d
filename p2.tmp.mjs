import { readFileSync } from 'node:fs'
import { check } from './lib/engine.js'
const corpus = readFileSync('tests/engine/data/clean-public.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l).text)
let s = ''; for (let i = 0; s.length < 2000; i++) s += corpus[i % corpus.length] + '\n\n'
const t280 = s.slice(0, 280)
for (let i = 0; i < 60000; i++) check(t280.slice(0, 270) + 'の' + i)
