import { check, checkWith, FAMILY_LIST } from './src/engine'
const N = 100_000
const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N)
for (const s of ['○時○分', '○○さん、', '検討中の予算', '090-1234-5678 ', '1234567890', 'か\u3099', '#柳川 ']) {
  const text = rep(s)
  let t0 = performance.now(); const r = checkWith([...FAMILY_LIST], text); const cold = performance.now() - t0
  check(text); const ed = text.slice(0, N / 2) + 'あ' + text.slice(N / 2)
  t0 = performance.now(); const r2 = check(ed); const edit = performance.now() - t0
  console.log(s.padEnd(14), cold.toFixed(1), edit.toFixed(1), r.findings.length, (JSON.stringify(r).length/1024).toFixed(0)+'KB', (JSON.stringify(r2).length/1024).toFixed(0)+'KB')
}
