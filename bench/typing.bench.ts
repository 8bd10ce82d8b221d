/**
 * Typing benchmark in Chromium on the fixture pages (real Draft.js and Lexical editors), with and
 * without the built extension, in one run:
 *
 *  - main-thread time per input event: the renderer's TaskDuration (CDP Performance.getMetrics)
 *    consumed by one keystroke and everything it causes (editor update, the extension's mutation
 *    observer, its once-per-frame check, highlight and overlay update), measured per keystroke;
 *    "added" = with − without;
 *  - keystroke-to-highlight latency: from the keydown's timestamp to the moment the overlay's
 *    data-post-guard-findings attribute (written in the same task as the CSS highlight) shows the
 *    finding the keystroke completed (…567 + "8" → a mobile number), and back on Backspace;
 *
 * for a 280-character and a 5,000-character post. Also prints the content script's gzipped size, the
 * engine's (injected when first needed) and how long after a composer is focused the engine is ready.
 *
 *   npm run build:chrome && npx tsx bench/typing.bench.ts        (builds the fixtures itself if needed)
 *   BENCH_DUMP=1 …  also prints each cell's largest samples (a steady cost or a few spikes?);
 *   BENCH_SIZES=5000, BENCH_KEYS=120 (default 200), BENCH_ROUNDS=5 choose the sizes, keystrokes and latency rounds.
 *
 * Targets (issue #12): ≤ 2 ms added per keystroke (median) at 280 and 5,000 characters and ≤ 4 ms p95 at 5,000;
 * highlight within 16 ms at both sizes; content script ≤ 100 KB gz.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { check } from '../src/engine'
import { buildFixtures } from '../tests/e2e/global-setup'
import { DIST, focusEditor, launch, settle, type Harness } from '../tests/e2e/harness'
import { TARGETS, type Target } from './targets'
import { ENGINE_FILES } from '../src/shared/engine-files'

/**
 * Keystrokes per cell. The p95 of 60 samples is the third largest: two or three of the machine's own
 * spikes (the page without the extension spikes to 35 ms here too) decided it. 200 make the p95 a
 * property of the typing, not of a few stalls.
 */
const KEYSTROKES = Number(process.env.BENCH_KEYS ?? 200)
const LATENCY_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const SIZES = (process.env.BENCH_SIZES ?? '280,5000').split(',').map(Number)


/**
 * Sentences that never repeat (the guideline's "same sentence twice" rule would otherwise mark every
 * repeated one, and the text would not be the finding-free text this benchmark types into).
 */
const PLACES = ['市役所', '図書館', '体育館', '公民館', '市民会館', '保健センター', '総合運動公園', '川下り乗船場', '観光案内所', '歴史資料館']
const EVENTS = ['清掃活動', '防災訓練', '講演会', '子ども教室', '健康相談', '展示会', '朗読会', '体操教室', '写真展', '音楽会']
const MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
const TAIL = '担当の携帯は090-1234-567'

/** A finding-free text of `n` characters ending with `…567`, so typing "8" completes a mobile number. */
function draft(n: number): string {
  let body = ''
  for (let i = 0; body.length < n - TAIL.length; i++) {
    body += `${MONTHS[Math.floor(i / 100) % MONTHS.length]}は${PLACES[i % 10]}で${EVENTS[Math.floor(i / 10) % 10]}を開きます。`
  }
  const text = body.slice(0, n - TAIL.length - 1) + '。' + TAIL
  const before = check(text, { site: 'x' })
  const after = check(text + '8', { site: 'x' })
  if (before.findings.length > 0 || !after.findings.some((f) => f.rule === 'personal-info/mobile'))
    throw new Error(`bench text of ${n} chars is not what the benchmark needs: ${JSON.stringify(before.findings.map((f) => f.rule).slice(0, 5))} → ${JSON.stringify(after.findings.map((f) => f.rule).slice(0, 5))}`)
  return text
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))
  return s[i]!
}

async function open(h: Harness, t: Target, text: string): Promise<Page> {
  const page = await h.page(t.url)
  await t.prepare(page)
  await page.waitForSelector(t.selector)
  await focusEditor(page, t.selector)
  // With the extension: the engine is injected when the composer is seen or focused (src/content/engine.ts).
  if (await page.evaluate(() => document.documentElement.hasAttribute('data-post-guard-engine'))) await page.waitForSelector('html[data-post-guard-engine="ready"]', { timeout: 15_000 })
  // …and typing is checked by the engine host (src/offscreen/) once it is ready.
  if (await page.evaluate(() => document.documentElement.hasAttribute('data-post-guard-remote'))) await page.waitForSelector('html[data-post-guard-remote="ready"]', { timeout: 15_000 })
  await page.keyboard.insertText(text)
  await settle(page, 5)
  await page.waitForTimeout(300)
  return page
}

/**
 * Main-thread task time consumed per keystroke (ms), one sample per key, for two pages typed in
 * alternation (without and with the extension), so background load on the machine hits both alike.
 *
 * A keystroke's window ends 2 frames and `REPLY_WAIT_MS` after the key: the engine host answers a typing check
 * asynchronously (src/content/remote.ts), and painting its report is part of what the keystroke costs. Also returned:
 * each page's whole-run mean (all main-thread time from the first counted key to the last, divided by the keys), which
 * counts everything however late it came.
 */
const REPLY_WAIT_MS = 25

async function taskTimePerKey(pages: Page[]): Promise<{ samples: number[][]; mean: number[] }> {
  const sessions = await Promise.all(pages.map((p) => p.context().newCDPSession(p)))
  await Promise.all(sessions.map((c) => c.send('Performance.enable')))
  const taskDuration = async (i: number) => {
    const { metrics } = (await sessions[i]!.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }
    return metrics.find((m) => m.name === 'TaskDuration')!.value * 1000
  }
  const samples: number[][] = pages.map(() => [])
  const start: number[] = pages.map(() => 0)
  const end: number[] = pages.map(() => 0)
  // A few keys to warm up (JIT, first layout), not counted.
  for (let k = 0; k < KEYSTROKES + 5; k++) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[i]!
      await settle(page, 2)
      const before = await taskDuration(i)
      if (k === 5) start[i] = before
      await page.keyboard.press(k % 2 ? 'a' : 'i')
      await settle(page, 2) // the keystroke's task, the mutation observer and the next frame's check
      await page.waitForTimeout(REPLY_WAIT_MS) // the engine host's answer and its painting
      const after = await taskDuration(i)
      if (k >= 5) samples[i]!.push(after - before)
      end[i] = after
    }
  }
  await Promise.all(sessions.map((c) => c.detach()))
  return { samples, mean: pages.map((_, i) => (end[i]! - start[i]!) / KEYSTROKES) }
}

/** Keydown → overlay shows the new finding count (same task as the highlight), in ms. */
async function highlightLatency(page: Page): Promise<{ appear: number[]; clear: number[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: { down: number; changes: Array<{ t: number; n: string }> } }
    w.__lat = { down: 0, changes: [] }
    window.addEventListener('keydown', (e) => (w.__lat.down = e.timeStamp), true)
    const mo = new MutationObserver((records) => {
      const now = performance.now()
      for (const r of records) w.__lat.changes.push({ t: now, n: (r.target as Element).getAttribute('data-post-guard-findings') ?? '' })
    })
    for (const h of document.querySelectorAll('post-guard-overlay')) mo.observe(h, { attributes: true, attributeFilter: ['data-post-guard-findings'] })
  })
  const baseline = await page.evaluate(() => {
    const hosts = [...document.querySelectorAll('post-guard-overlay')]
    return hosts.map((h) => h.getAttribute('data-post-guard-findings')).join(',')
  })
  const measure = async (key: string): Promise<number> => {
    const start = await page.evaluate(() => {
      const w = window as unknown as { __lat: { changes: unknown[] } }
      w.__lat.changes.length = 0
      return 0
    })
    void start
    const counts = await page.evaluate(() => [...document.querySelectorAll('post-guard-overlay')].map((h) => h.getAttribute('data-post-guard-findings')))
    await page.keyboard.press(key)
    const handle = await page.waitForFunction(
      (prev) => {
        const w = window as unknown as { __lat: { down: number; changes: Array<{ t: number; n: string }> } }
        const hosts = [...document.querySelectorAll('post-guard-overlay')]
        const changed = hosts.some((h, i) => h.getAttribute('data-post-guard-findings') !== prev[i])
        if (!changed) return null
        const c = w.__lat.changes.find((x) => !prev.includes(x.n)) ?? w.__lat.changes[w.__lat.changes.length - 1]
        return c ? c.t - w.__lat.down : null
      },
      counts,
      { timeout: 5000, polling: 'raf' },
    )
    return (await handle.jsonValue()) as number
  }
  const appear: number[] = []
  const clear: number[] = []
  for (let i = 0; i < LATENCY_ROUNDS + 2; i++) {
    const a = await measure('8')
    await settle(page, 2)
    const c = await measure('Backspace')
    await settle(page, 2)
    if (i >= 2) {
      appear.push(a)
      clear.push(c)
    }
  }
  void baseline
  return { appear, clear }
}

/**
 * Focus → engine ready (ms), on fresh pages of a target with nothing typed: how long after a composer is first
 * focused the drafts can be checked (engine.js arrives as the manifest's document_idle content script on the sites'
 * pages, else the background injects it: src/content/engine.ts). On a page left alone it is there before the focus
 * (0); the pages here are focused as soon as the composer exists.
 */
async function engineArrival(h: Harness, t: Target, rounds: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < rounds; i++) {
    const page = await h.page(t.url)
    await t.prepare(page)
    await page.waitForSelector(t.selector)
    const t0 = await page.evaluate(() => performance.now())
    await focusEditor(page, t.selector)
    await page.waitForSelector('html[data-post-guard-engine="ready"]', { timeout: 15_000 })
    const t1 = await page.evaluate(() => performance.now())
    out.push(t1 - t0)
    await page.close()
  }
  return out
}

function fmt(n: number): string {
  return Number.isFinite(n) ? n.toFixed(2).padStart(7) : '    n/a'
}

async function main(): Promise<void> {
  await buildFixtures()
  const script = readFileSync(join(DIST, 'src/content/main.js'))
  const gz = gzipSync(script, { level: 9 }).length
  const engineFiles = ENGINE_FILES.map((name) => {
    const bytes = readFileSync(join(DIST, name))
    return { name, kb: bytes.length / 1024, gzKb: gzipSync(bytes, { level: 9 }).length / 1024 }
  })
  const arrivals: Array<{ target: string; ms: number[] }> = []

  type Row = { target: string; size: number; withTask: number[]; withoutTask: number[]; meanAdded: number; appear: number[]; clear: number[] }
  const rows: Row[] = []
  const [plain, ext] = await Promise.all([launch({ extension: false }), launch()])
  try {
    for (const t of TARGETS) arrivals.push({ target: t.name, ms: await engineArrival(ext, t, 5) })
    for (const t of TARGETS) {
      for (const size of SIZES) {
        const text = draft(size)
        const pWithout = await open(plain, t, text)
        const pWith = await open(ext, t, text)
        const typed = await taskTimePerKey([pWithout, pWith])
        const [withoutTask, withTask] = typed.samples
        // Back to the prepared text: remove what was typed, then measure highlight latency.
        for (let i = 0; i < KEYSTROKES + 5; i++) await pWith.keyboard.press('Backspace')
        await settle(pWith, 3)
        const lat = await highlightLatency(pWith)
        rows.push({ target: t.name, size, withTask: withTask!, withoutTask: withoutTask!, meanAdded: typed.mean[1]! - typed.mean[0]!, appear: lat.appear, clear: lat.clear })
        await Promise.all([pWithout.close(), pWith.close()])
      }
    }
  } finally {
    await Promise.all([plain.close(), ext.close()])
  }

  console.log(`\nTyping benchmark — Chromium headless, ${KEYSTROKES} keystrokes per cell (main thread), ${LATENCY_ROUNDS} rounds (latency)\n`)
  console.log('main-thread task time per keystroke (ms)')
  console.log('editor               chars | without ext  med    p95 | with ext  med    p95 | added  med    p95 | added, whole-run mean')
  for (const r of rows) {
    const wm = quantile(r.withoutTask, 0.5)
    const wp = quantile(r.withoutTask, 0.95)
    const xm = quantile(r.withTask, 0.5)
    const xp = quantile(r.withTask, 0.95)
    console.log(`${r.target.padEnd(20)} ${String(r.size).padStart(5)} |         ${fmt(wm)} ${fmt(wp)} |      ${fmt(xm)} ${fmt(xp)} |   ${fmt(xm - wm)} ${fmt(xp - wp)} | ${fmt(r.meanAdded)}`)
    // BENCH_DUMP=1: the largest samples of each cell, to tell a steady cost from a few spikes.
    if (process.env.BENCH_DUMP) {
      const top = (xs: number[]) => [...xs].sort((a, b) => b - a).slice(0, 6).map((x) => x.toFixed(1)).join(' ')
      console.log(`    largest without: ${top(r.withoutTask)} | with: ${top(r.withTask)}`)
    }
  }
  console.log('\nkeystroke → highlight latency with the extension (ms; keydown timestamp → overlay/highlight updated)')
  console.log('editor               chars | finding appears  med    p95 | finding clears  med    p95')
  for (const r of rows) {
    console.log(`${r.target.padEnd(20)} ${String(r.size).padStart(5)} |                 ${fmt(quantile(r.appear, 0.5))} ${fmt(quantile(r.appear, 0.95))} |                ${fmt(quantile(r.clear, 0.5))} ${fmt(quantile(r.clear, 0.95))}`)
  }
  console.log(`\ncontent script dist/src/content/main.js (every page load): ${(script.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (limit 100 KB)`)
  const total = engineFiles.reduce((a, f) => ({ kb: a.kb + f.kb, gzKb: a.gzKb + f.gzKb }), { kb: 0, gzKb: 0 })
  console.log(`engine (the sites' document_idle content scripts, in order; injected on blogs): ${total.kb.toFixed(1)} KB, ${total.gzKb.toFixed(1)} KB gzipped in all`)
  for (const f of engineFiles) console.log(`  dist/${f.name}: ${f.kb.toFixed(1)} KB, ${f.gzKb.toFixed(1)} KB gzipped`)
  for (const a of arrivals) console.log(`  ${a.target}: composer focused → engine ready ${fmt(quantile(a.ms, 0.5)).trim()} ms median, ${fmt(Math.max(...a.ms)).trim()} ms at most (${a.ms.length} fresh pages)`)
  // Issue #12: at 5,000 characters the extension adds ≤ 2 ms median and ≤ 4 ms p95 per keystroke;
  // at 280 ≤ 2 ms median; keystroke → highlight within one frame (16 ms) at both sizes.
  const verdicts: string[] = []
  for (const r of rows) {
    const med = quantile(r.withTask, 0.5) - quantile(r.withoutTask, 0.5)
    const p95 = quantile(r.withTask, 0.95) - quantile(r.withoutTask, 0.95)
    const lat = quantile(r.appear, 0.5)
    const ok = med <= 2 && (r.size < 5000 || p95 <= 4) && lat <= 16
    verdicts.push(`${r.target} ${r.size}: added ${med.toFixed(2)}/${p95.toFixed(2)} ms, highlight ${lat.toFixed(2)} ms ${ok ? 'OK' : 'OVER'}`)
  }
  console.log(`targets (added median ≤ 2 ms, p95 ≤ 4 ms at 5,000 chars; highlight ≤ 16 ms; size ≤ 100 KB gz ${gz <= 100 * 1024 ? 'OK' : 'OVER'}):`)
  for (const v of verdicts) console.log(`  ${v}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
