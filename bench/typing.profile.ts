/**
 * Where the extension's per-keystroke main-thread time goes on a long post (a diagnostic for
 * bench/typing.bench.ts, not a pass/fail benchmark). For each editor it types the same keys into a
 * page without and one with the extension and reports, per keystroke:
 *
 *  - the renderer main thread's trace events by kind (script, microtasks, style recalc, layout,
 *    paint, …; Chromium's devtools.timeline trace), with − without;
 *  - the content script's functions by inclusive time (CPU profiler samples, 50 µs interval) —
 *    build an unminified copy for readable names:
 *
 *   npx vite build --minify false --outDir /tmp/dist-prof --emptyOutDir
 *   npx vite build --config vite.engine.config.ts --minify false --outDir /tmp/dist-prof
 *   POST_GUARD_DIST=/tmp/dist-prof npx tsx bench/typing.profile.ts [chars]
 *
 * Both builds: without engine.js in the folder the engine never arrives, every check is PENDING and the profile shows
 * the extension without its rules (the content script alone, ~0.4 ms a key at 5,000 characters instead of ~2 ms).
 */
import type { CDPSession, Page } from 'playwright-core'
import { buildFixtures } from '../tests/e2e/global-setup'
import { focusEditor, launch, settle, type Harness } from '../tests/e2e/harness'
import { TARGETS, type Target } from './targets'

const KEYS = Number(process.env.PROFILE_KEYS ?? 60)
const SIZE = Number(process.argv[2] ?? 5000)


/** Finding-free filler text (sentences that never repeat) of `n` characters. */
function filler(n: number): string {
  const places = ['市役所', '図書館', '体育館', '公民館', '市民会館', '保健センター', '総合運動公園', '川下り乗船場', '観光案内所', '歴史資料館']
  const events = ['清掃活動', '防災訓練', '講演会', '子ども教室', '健康相談', '展示会', '朗読会', '体操教室', '写真展', '音楽会']
  const months = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  let s = ''
  for (let i = 0; s.length < n; i++) s += `${months[Math.floor(i / 100) % 12]}は${places[i % 10]}で${events[Math.floor(i / 10) % 10]}を開きます。`
  return s.slice(0, n)
}

async function open(h: Harness, t: Target, text: string): Promise<Page> {
  const page = await h.page(t.url)
  await t.prepare(page)
  await page.waitForSelector(t.selector)
  await focusEditor(page, t.selector)
  // With the extension: typing is checked by the engine host (src/offscreen/) once it is ready.
  if (await page.evaluate(() => document.documentElement.hasAttribute('data-post-guard-remote'))) await page.waitForSelector('html[data-post-guard-remote="ready"]', { timeout: 15_000 })
  await page.keyboard.insertText(text)
  await settle(page, 5)
  await page.waitForTimeout(300)
  return page
}

async function typeKeys(page: Page, n: number): Promise<void> {
  for (let k = 0; k < n; k++) {
    await page.keyboard.press(k % 2 ? 'a' : 'i')
    await settle(page, 2)
  }
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  ts: number
  args?: { data?: { url?: string; functionName?: string; frame?: string; type?: string }; name?: string }
}

/** Main-thread trace events of one page's renderer, collected while `work` runs. */
async function traced(cdps: CDPSession[], work: () => Promise<void>): Promise<TraceEvent[][]> {
  const all: TraceEvent[][] = cdps.map(() => [])
  const done = cdps.map((cdp, i) => {
    cdp.on('Tracing.dataCollected', (e) => all[i]!.push(...(e.value as unknown as TraceEvent[])))
    return new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
  })
  for (const cdp of cdps) await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink,toplevel', transferMode: 'ReportEvents' })
  await work()
  for (const cdp of cdps) await cdp.send('Tracing.end')
  await Promise.all(done)
  return all.map((events) => {
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    return events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  })
}

/** Total time (µs) covered by the slices (overlaps counted once). */
function covered(slices: TraceEvent[]): number {
  let total = 0
  let end = -1
  for (const s of [...slices].sort((a, b) => a.ts - b.ts)) {
    const e = s.ts + s.dur!
    if (s.ts >= end) total += s.dur!
    else if (e > end) total += e - end
    end = Math.max(end, e)
  }
  return total
}

const KINDS = ['RunTask', 'EventDispatch', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'HitTest', 'MinorGC', 'MajorGC']

/** Per keystroke (ms): time by event kind, and the extension's own script calls (with what they forced: style, layout). */
function breakdown(events: TraceEvent[], n: number): Map<string, number> {
  const out = new Map<string, number>()
  for (const kind of KINDS) out.set(kind, covered(events.filter((e) => e.name === kind)) / 1000 / n)
  // The extension's script: FunctionCall slices whose script is the content script, by what called them.
  const ext = events.filter((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith('chrome-extension://'))
  out.set('ext: all script calls', covered(ext) / 1000 / n)
  const stack: TraceEvent[] = []
  const by = new Map<string, TraceEvent[]>()
  for (const e of events) {
    while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop()
    if (ext.includes(e)) {
      const outer = [...stack].reverse().find((p) => ['EventDispatch', 'RunMicrotasks', 'FireAnimationFrame', 'TimerFire', 'FunctionCall'].includes(p.name))
      const why = outer ? (outer.name === 'EventDispatch' ? `event ${(outer.args?.data as { type?: string } | undefined)?.type}` : outer.name) : 'top'
      const key = `ext: script via ${why}`
      by.set(key, [...(by.get(key) ?? []), e])
    }
    if (['UpdateLayoutTree', 'Layout'].includes(e.name) && stack.some((p) => ext.includes(p))) {
      const key = `ext: forced ${e.name}`
      by.set(key, [...(by.get(key) ?? []), e])
    }
    stack.push(e)
  }
  for (const [k, v] of by) out.set(k, covered(v) / 1000 / n)
  return out
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

/** Inclusive time per keystroke (ms) of the content script's functions, and the script's total. */
async function profileKeys(page: Page, cdp: CDPSession, n: number): Promise<Array<[string, number]>> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 })
  await cdp.send('Profiler.start')
  await typeKeys(page, n)
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }
  const byId = new Map(profile.nodes.map((x) => [x.id, x]))
  const parent = new Map<number, number>()
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id)
  const incl = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0
    const seen = new Set<string>()
    let inExt = false
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame
      if (f.url.startsWith('chrome-extension://')) {
        inExt = true
        const key = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`
        if (!seen.has(key)) {
          seen.add(key)
          incl.set(key, (incl.get(key) ?? 0) + dt)
        }
      }
    }
    const leaf = byId.get(id)!.callFrame.functionName
    if (inExt) {
      incl.set('TOTAL content script (any frame)', (incl.get('TOTAL content script (any frame)') ?? 0) + dt)
      if (leaf === '(garbage collector)' || leaf === '(program)') incl.set(`leaf ${leaf}`, (incl.get(`leaf ${leaf}`) ?? 0) + dt)
    }
  })
  await cdp.send('Profiler.disable')
  return [...incl.entries()].map(([k, v]) => [k, v / 1000 / n] as [string, number]).sort((a, b) => b[1] - a[1])
}

/** How many times per keystroke the content script's functions of these names run (precise coverage call counts). */
async function callCounts(page: Page, cdp: CDPSession, n: number, names: string[]): Promise<Array<[string, number]>> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true })
  const take = async () => {
    const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as { result: Array<{ url: string; functions: Array<{ functionName: string; ranges: Array<{ count: number }> }> }> }
    const out = new Map<string, number>()
    for (const script of result) {
      if (!script.url.startsWith('chrome-extension://')) continue
      for (const f of script.functions) if (names.includes(f.functionName)) out.set(f.functionName, (out.get(f.functionName) ?? 0) + f.ranges[0]!.count)
    }
    return out
  }
  const before = await take()
  await typeKeys(page, n)
  const after = await take()
  await cdp.send('Profiler.stopPreciseCoverage')
  return names.map((k) => [k, ((after.get(k) ?? 0) - (before.get(k) ?? 0)) / n] as [string, number])
}

async function main(): Promise<void> {
  await buildFixtures()
  const [plain, ext] = await Promise.all([launch({ extension: false }), launch()])
  try {
    for (const t of TARGETS) {
      const text = filler(SIZE)
      const pages = [await open(plain, t, text), await open(ext, t, text)]
      const cdps = await Promise.all(pages.map((p) => p.context().newCDPSession(p)))
      await Promise.all(pages.map((p) => typeKeys(p, 5)))
      const [ev0, ev1] = await traced(cdps, async () => {
        for (let k = 0; k < KEYS; k++) for (const p of pages) {
          await p.keyboard.press(k % 2 ? 'a' : 'i')
          await settle(p, 2)
        }
      })
      const without = breakdown(ev0!, KEYS)
      const withExt = breakdown(ev1!, KEYS)
      console.log(`\n== ${t.name}, ${SIZE} chars, ${KEYS} keys: renderer main thread per keystroke (ms)`)
      console.log('event'.padEnd(48) + 'without    with   added')
      for (const k of new Set([...without.keys(), ...withExt.keys()])) {
        const a = without.get(k) ?? 0
        const b = withExt.get(k) ?? 0
        console.log(`${k.padEnd(48)}${a.toFixed(3).padStart(7)} ${b.toFixed(3).padStart(7)} ${(b - a).toFixed(3).padStart(7)}`)
      }
      const counts = await callCounts(pages[1]!, cdps[1]!, KEYS, ['checkAs', 'readBlocks', 'readFull', 'walkInto', 'contextFor', 'report', 'layout'])
      console.log(`\n-- calls per keystroke: ${counts.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`)
      const prof = await profileKeys(pages[1]!, cdps[1]!, KEYS)
      console.log(`\n-- content script, inclusive CPU time per keystroke (ms), top 40`)
      for (const [k, v] of prof.slice(0, 40)) console.log(`${v.toFixed(3).padStart(8)}  ${k}`)
      await Promise.all(cdps.map((c) => c.detach()))
      await Promise.all(pages.map((p) => p.close()))
    }
  } finally {
    await Promise.all([plain.close(), ext.close()])
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
