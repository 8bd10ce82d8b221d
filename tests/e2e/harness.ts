/**
 * E2E harness: Debian's Chromium with the built extension (dist/) loaded, the fixture pages
 * (tests/fixtures/dist) served under the real site addresses through Playwright routing, so the
 * production manifest's match patterns are what is tested. Every request that is not a fixture
 * file is blocked and recorded, and so is every request from an extension context.
 *
 *   const h = await launch()                       // extension loaded (launch({ extension: false }) for a baseline)
 *   const page = await h.page('https://x.com/home')
 *   await focusEditor(page, X.editor)
 *   await page.keyboard.type('090-1234-5678')
 *   await waitForVerdict(page, X.editor, 'block')
 *   expect(h.requests).toEqual([])
 *   await h.close()
 *
 * Launch recipe: /work/shared/research/toolchain.md §4 (ignoreDefaultArgs --disable-extensions,
 * --disable-extensions-except + --load-extension, Playwright's headless = new headless).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core'
import { check, type CheckContext } from '../../src/engine'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const DIST = process.env.POST_GUARD_DIST ? resolve(process.env.POST_GUARD_DIST) : join(ROOT, 'dist')
export const FIXTURES_DIST = join(ROOT, 'tests/fixtures/dist')
export const SCREENSHOTS = join(ROOT, 'screenshots')
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Which fixture page each real host serves (any path: the fixtures are single-page apps). */
export const FIXTURE_HOSTS: Record<string, string> = {
  'x.com': 'x.html',
  'twitter.com': 'x.html',
  'mobile.x.com': 'x.html',
  'pro.x.com': 'xpro.html',
  'www.facebook.com': 'facebook.html',
  'web.facebook.com': 'facebook.html',
  'm.facebook.com': 'facebook.html',
  'business.facebook.com': 'business.html',
  'www.instagram.com': 'instagram.html',
  // A registered blog host (the WordPress block editor); the e2e test enables it the way an administrator does.
  'blog.city.yanagawa.lg.jp': 'wordpress.html',
  // note.com's editor (a blog host an administrator enables: the editor is on editor.note.com, real-dom.md E29).
  'editor.note.com': 'note.html',
}

/** Selectors of the fixture composers (the same attributes the real sites use). */
export const X = {
  editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"][role="textbox"]',
  button: '[data-testid="tweetButtonInline"]',
  modalEditor: '#layers [role="dialog"] [data-testid="tweetTextarea_0"][role="textbox"]',
  modalButton: '#layers [data-testid="tweetButton"]',
} as const
export const FB = {
  editor: '[role="dialog"] form [data-lexical-editor="true"][role="textbox"]',
  button: '[role="dialog"] [role="button"][aria-label="投稿"]',
  checkin: '[role="dialog"] input[name="place"]',
  comment: '[role="article"] [data-lexical-editor="true"][role="textbox"]',
  commentButton: '[role="article"] [role="button"][aria-label="コメントする"]',
} as const
export const IG = {
  caption: '[role="dialog"] [data-lexical-editor="true"][role="textbox"]',
  share: '[role="dialog"] .ig-share',
  comment: 'form textarea',
  commentButton: 'form [role="button"]',
} as const

export interface RecordedRequest {
  url: string
  method: string
  resourceType: string
  /** Who issued it: a page (by its URL), the extension's service worker, or another extension page. */
  from: string
  serviceWorker: boolean
}

export interface LaunchOptions {
  /** Load the extension (default true). `false` gives the same browser and fixtures without it. */
  extension?: boolean
  viewport?: { width: number; height: number }
  /** Run without a window (default true; the demo opens a window when a display is available). */
  headless?: boolean
  /** The unpacked extension to load (default DIST). */
  dist?: string
}

export interface Harness {
  context: BrowserContext
  /** The extension's id (`chrome-extension://<id>/…`), '' without the extension. */
  extensionId: string
  serviceWorker: Worker | null
  /**
   * Open a tab at `url` (real site addresses are served from the fixtures) and wait until it has loaded: a tab a
   * finished test released (`release`) when there is one, else a new tab.
   */
  page(url: string): Promise<Page>
  /**
   * Hand a test's tab back for the next `page()` call: its listeners removed, its viewport reset, navigated to
   * about:blank (its page unloads, as when staff go on to another page in the same tab). Opening a tab costs the
   * browser process ~0.3 s of CPU (measured), on a 2-core CI machine the scarce resource. A closed tab is ignored.
   */
  release(page: Page): Promise<void>
  /** Every request that was not a fixture file: blocked, never reaches the network. Should stay empty. */
  requests: RecordedRequest[]
  /** Every request seen, fixture files included. */
  allRequests: RecordedRequest[]
  close(): Promise<void>
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/** The fixture file for a URL on a fixture host: a built asset if the path names one, else the page. */
function fixtureFile(url: URL, isDocument: boolean): string | null {
  const page = FIXTURE_HOSTS[url.host]
  if (!page) return null
  if (url.pathname.startsWith('/__fixture-assets/')) {
    const file = normalize(join(FIXTURES_DIST, url.pathname))
    return file.startsWith(FIXTURES_DIST) && existsSync(file) ? file : null
  }
  return isDocument ? join(FIXTURES_DIST, page) : null
}

/**
 * Chromium features switched off. Chromium 15x builds the omnibox's drop-down (and its AI-mode variant) as WebUI
 * pages in a renderer of their own for every browser window, even headless, where nobody sees them: that renderer
 * took more CPU than all the tested pages together (x.e2e: 20 s of 66 s; the file ran in 22 s instead of 31 s
 * without it). A second --disable-features replaces the one Playwright passes, so Playwright's list (playwright-core
 * chromiumSwitches.ts, 1.5x) is repeated first.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
]

/** Launch Chromium with the extension (per toolchain.md §4) and fixture routing. */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const withExtension = options.extension !== false
  const dist = options.dist ?? DIST
  if (withExtension && !existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json missing: run \`npm run build:chrome\` first`)
  if (!existsSync(join(FIXTURES_DIST, 'x.html'))) throw new Error(`${FIXTURES_DIST} missing: the e2e globalSetup builds it (tests/e2e/global-setup.ts)`)
  const profile = mkdtempSync(join(tmpdir(), 'post-guard-e2e-'))
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ja', `--disable-features=${DISABLED_FEATURES.join(',')}`]
  if (withExtension) args.push(`--disable-extensions-except=${dist}`, `--load-extension=${dist}`)
  const viewport = options.viewport ?? { width: 1280, height: 800 }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    args,
    // Chromium on Linux takes its UI language (chrome.i18n) from the environment, not from --lang.
    env: { ...process.env, LANG: 'ja_JP.UTF-8', LANGUAGE: 'ja', LC_ALL: '' },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport,
    deviceScaleFactor: 1,
  })

  // Functions passed to page.evaluate are serialised with toString(); under tsx (esbuild keepNames) they
  // call a `__name` helper that the page lacks. Give the page a no-op one (main world only; the
  // extension's isolated world is unaffected).
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' })

  let serviceWorker: Worker | null = null
  let extensionId = ''
  const requests: RecordedRequest[] = []
  const allRequests: RecordedRequest[] = []
  const fixtureRequests = new WeakSet<Request>()

  await context.route('**/*', async (route) => {
    const req = route.request()
    let url: URL
    try {
      url = new URL(req.url())
    } catch {
      return route.abort('blockedbyclient')
    }
    const file = fixtureFile(url, req.resourceType() === 'document')
    if (file && !req.serviceWorker()) {
      fixtureRequests.add(req)
      return route.fulfill({ status: 200, body: readFileSync(file), headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' } })
    }
    // Nothing leaves the machine: everything else is blocked (and recorded by the listener below).
    return route.abort('blockedbyclient')
  })

  const record = (req: Request) => {
    const sw = req.serviceWorker()
    let from = 'unknown'
    try {
      from = sw ? sw.url() : req.frame().url()
    } catch {
      from = sw ? sw.url() : 'unknown'
    }
    const entry: RecordedRequest = { url: req.url(), method: req.method(), resourceType: req.resourceType(), from, serviceWorker: !!sw }
    allRequests.push(entry)
    const isFixture = fixtureRequests.has(req) || (!sw && !!FIXTURE_HOSTS[safeHost(req.url())] && isFixtureUrl(req))
    // The extension's own packaged files (chrome-extension://<id>/…) are read from disk, not the network.
    const ownPackage = req.url().startsWith('chrome-extension://') && (!extensionId || req.url().startsWith(`chrome-extension://${extensionId}/`))
    const fromExtension = !!sw || from.startsWith('chrome-extension://')
    if (!ownPackage && (!isFixture || fromExtension)) requests.push(entry)
  }
  context.on('request', record)

  if (withExtension) {
    serviceWorker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? null
    if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 15_000 })
    extensionId = new URL(serviceWorker.url()).host
  }

  // The persistent context opens one blank tab; reuse it for the first page() call.
  const spare = context.pages()
  const page = async (url: string): Promise<Page> => {
    const reused = spare.shift()
    const p = reused ?? (await context.newPage())
    // A released tab may be behind a newer one: a background tab gets no animation frames and slowed timers.
    if (reused) await p.bringToFront()
    p.on('pageerror', (e) => console.warn(`[page error] ${url}: ${e.message}`))
    await p.goto(url, { waitUntil: 'load' })
    return p
  }
  const release = async (p: Page): Promise<void> => {
    // A tab released twice (a test released it, then its file's afterEach) is kept once.
    if (p.isClosed() || spare.includes(p)) return
    try {
      p.removeAllListeners()
      await p.goto('about:blank')
      const size = p.viewportSize()
      if (size?.width !== viewport.width || size?.height !== viewport.height) await p.setViewportSize(viewport)
      spare.push(p)
    } catch {
      await p.close().catch(() => undefined)
    }
  }

  return {
    context,
    extensionId,
    serviceWorker,
    page,
    release,
    requests,
    allRequests,
    close: async () => {
      await context.close().catch(() => undefined)
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return ''
  }
}

function isFixtureUrl(req: Request): boolean {
  try {
    return fixtureFile(new URL(req.url()), req.resourceType() === 'document') !== null
  } catch {
    return false
  }
}

/**
 * What the engine says about `text` in a composer's context (site, mode): the verdict and number of
 * findings the overlay must show, and the rule ids (to make sure a test's scenario means what it says).
 * The extension's account context (tone 3, broadcast-only) matches the engine defaults for an unregistered account.
 */
export function expected(text: string, ctx: CheckContext): { verdict: string; findings: number; rules: string[] } {
  const r = check(text, ctx)
  return { verdict: r.verdict, findings: r.findings.length, rules: r.findings.map((f) => f.rule) }
}

// ───────────────────────────── page helpers ─────────────────────────────

/** Focus an editor by clicking into it (a real user gesture; the caret lands at the click point, so we then go to the end). */
export async function focusEditor(page: Page, selector: string): Promise<void> {
  const el = page.locator(selector)
  await el.waitFor({ state: 'visible' })
  await el.click()
  await page.keyboard.press('ControlOrMeta+End')
}

/** Type like a user (key events for ASCII, insertText for other characters). */
export async function typeText(page: Page, text: string, delay = 0): Promise<void> {
  await page.keyboard.type(text, { delay })
}

/** Insert text in one input event (what an IME commit or the emoji picker does). */
export async function insertText(page: Page, text: string): Promise<void> {
  await page.keyboard.insertText(text)
}

/**
 * An IME composition through CDP: each string in `steps` becomes the composition text
 * (`Input.imeSetComposition`), then `commit` is committed (`Input.insertText`). `between` runs after
 * every step (e.g. to sample the overlay mid-composition).
 */
export async function imeCompose(page: Page, steps: string[], commit: string, between?: (step: string) => Promise<void>): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  try {
    for (const s of steps) {
      await cdp.send('Input.imeSetComposition', { text: s, selectionStart: s.length, selectionEnd: s.length })
      if (between) await between(s)
    }
    await cdp.send('Input.insertText', { text: commit })
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}

/** A dispatched paste of plain text (what editors see when the user pastes). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const target = document.activeElement ?? document.body
    const data = new DataTransfer()
    data.setData('text/plain', t)
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }))
  }, text)
}

export interface OverlayState {
  verdict: string
  findings: number
  /** The draft is held back until the engine arrives (`engine/pending`). */
  pending?: boolean
  /** Badge text as shown to the user. */
  badge: string
}

/**
 * The overlay state of the composer matched by `editorSelector`: the overlay host whose badge sits
 * at that editor's bottom-right corner (where the content script places it). If the page has one
 * overlay only, that one. Null when none matches.
 */
export async function overlayFor(page: Page, editorSelector: string): Promise<OverlayState | null> {
  return page.evaluate(findOverlayInPage, editorSelector)
}

/** All overlay hosts on the page, in document order. */
export async function overlays(page: Page): Promise<OverlayState[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('post-guard-overlay')].map((h) => ({
      verdict: h.getAttribute('data-post-guard-verdict') ?? '',
      findings: Number(h.getAttribute('data-post-guard-findings') ?? -1),
      badge: h.shadowRoot?.querySelector('.badge')?.textContent ?? '',
    })),
  )
}

function findOverlayInPage(sel: string): OverlayState | null {
  const editor = document.querySelector(sel)
  const hosts = [...document.querySelectorAll('post-guard-overlay')]
  const state = (h: Element) => ({
    verdict: h.getAttribute('data-post-guard-verdict') ?? '',
    findings: Number(h.getAttribute('data-post-guard-findings') ?? -1),
    badge: h.shadowRoot?.querySelector('.badge')?.textContent ?? '',
    // Held back until the engine arrives (a block with no finding of its own): never the verdict a test waits for.
    // Held back until the engine arrives, or a typing check still with the engine host (the marks are the last text's).
    pending: h.hasAttribute('data-post-guard-pending') || document.documentElement.hasAttribute('data-post-guard-checking'),
  })
  if (!editor) return null
  const er = editor.getBoundingClientRect()
  let best: Element | null = null
  let bestD = Infinity
  for (const h of hosts) {
    const b = h.shadowRoot?.querySelector('.badge') as HTMLElement | null
    if (!b || b.hidden) continue
    const br = b.getBoundingClientRect()
    // Where the overlay puts a badge (overlay.ts layout): inside the editor's bottom-right corner, or just above
    // (else below) an editor too short to have room under its text.
    const bottom = er.height >= br.height * 2 + 8 ? er.bottom - 4 : er.top - br.height - 2 >= 4 ? er.top - 2 : er.bottom + 2 + br.height
    const d = Math.abs(br.right - (er.right - 4)) + Math.abs(br.bottom - Math.min(innerHeight - 4, bottom))
    if (d < bestD) {
      bestD = d
      best = h
    }
  }
  if (best && bestD < 6) return state(best)
  // A composer covered by a modal has its badge hidden: match the badge's last placement instead.
  for (const h of hosts) {
    const b = h.shadowRoot?.querySelector('.badge') as HTMLElement | null
    if (!b || !b.hidden) continue
    const top = parseFloat(b.style.top)
    const left = parseFloat(b.style.left)
    const bottom = er.height >= 22 * 2 + 8 ? er.bottom - 4 : er.top - 22 - 2 >= 4 ? er.top - 2 : er.bottom + 2 + 22
    if (Math.abs(top + 22 - bottom) < 6 && left < er.right && left > er.left) return state(h)
  }
  if (hosts.length === 1) return state(hosts[0]!)
  return null
}

/** Wait until the composer's overlay shows `verdict` (and, if given, `findings` findings). */
export async function waitForVerdict(page: Page, editorSelector: string, verdict: string, findings?: number, timeout = 15_000): Promise<OverlayState> {
  const handle = await page
    .waitForFunction(
    ([sel, v, n, fn]) => {
      // eslint-disable-next-line no-new-func
      const find = new Function(`return (${fn})`)() as (s: string) => { verdict: string; findings: number; pending: boolean } | null
      const s = find(sel)
      return s && !s.pending && s.verdict === v && (n === null || s.findings === n) ? s : null
    },
    [editorSelector, verdict, findings ?? null, findOverlayInPage.toString()] as const,
    { timeout, polling: 'raf' },
    )
    .catch(async (e: Error) => {
      const now = await overlayFor(page, editorSelector).catch(() => null)
      const all = await overlays(page).catch(() => [])
      const text = await page.locator(editorSelector).first().evaluate((el) => (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el as HTMLElement).innerText)).catch(() => '?')
      throw new Error(`waitForVerdict(${editorSelector}, ${verdict}${findings === undefined ? '' : `, ${findings}`}): ${e.message.split('\n')[0]}\n  this composer: ${JSON.stringify(now)}\n  all overlays: ${JSON.stringify(all)}\n  editor text: ${JSON.stringify(text)}`)
    })
  return (await handle.jsonValue()) as OverlayState
}

/** Texts under the page's CSS custom highlights, by severity (what the user sees marked). */
export async function highlightTexts(page: Page): Promise<Record<'block' | 'warn' | 'info', string[]>> {
  return page.evaluate(() => {
    const out = { block: [] as string[], warn: [] as string[], info: [] as string[] }
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights
    for (const sev of ['block', 'warn', 'info'] as const) {
      const h = reg?.get(`post-guard-${sev}`)
      if (h) for (const r of h) out[sev].push(r.toString())
    }
    return out
  })
}

export interface DialogState {
  kind: 'block' | 'confirm'
  title: string
  text: string
  canSend: boolean
  confirms: string[]
}

/** The open send dialog, or null. */
export async function dialogState(page: Page): Promise<DialogState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('post-guard-dialog')
    const root = host?.shadowRoot
    if (!host || !root) return null
    return {
      kind: host.getAttribute('data-post-guard-dialog') as 'block' | 'confirm',
      title: root.querySelector('.title')?.textContent ?? '',
      text: root.textContent ?? '',
      canSend: !!root.querySelector('[data-post-guard-action="send"]'),
      confirms: [...root.querySelectorAll('[data-post-guard-confirm]')].map((e) => e.getAttribute('data-post-guard-confirm') ?? ''),
    }
  })
}

export async function waitForDialog(page: Page, kind?: 'block' | 'confirm', timeout = 15_000): Promise<DialogState> {
  await page.waitForFunction((k) => {
    const h = document.querySelector('post-guard-dialog')
    return !!h && (!k || h.getAttribute('data-post-guard-dialog') === k)
  }, kind ?? null, { timeout })
  return (await dialogState(page))!
}

/** Tick confirmation boxes (all present if `keys` is omitted) and press "send" in the dialog, with real clicks. */
export async function confirmAndSend(page: Page, keys?: string[]): Promise<void> {
  const st = await dialogState(page)
  if (!st) throw new Error('no send dialog open')
  for (const k of keys ?? st.confirms) await page.locator(`post-guard-dialog [data-post-guard-confirm="${k}"]`).check()
  await page.locator('post-guard-dialog [data-post-guard-action="send"]').click()
}

/**
 * A real touch tap (CDP touch events, trusted, with touch emulation on) at the centre of `selector`:
 * touchstart then touchend, as a phone or tablet sends them.
 */
export async function tap(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox()
  if (!box) throw new Error(`tap: ${selector} is not visible`)
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 })
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  } finally {
    await cdp.detach().catch(() => undefined)
  }
}

/** Press the dialog's cancel / back-to-editing button. */
export async function cancelDialog(page: Page): Promise<void> {
  await page.locator('post-guard-dialog [data-post-guard-action="cancel"]').click()
  await page.waitForFunction(() => !document.querySelector('post-guard-dialog'))
}

export interface SentPost {
  site: string
  composer: string
  text: string
  via: string
}

/** Posts the fixture page sent (exactly what the editor's model held at send time). */
export async function sentPosts(page: Page): Promise<SentPost[]> {
  return page.evaluate(() => window.__fixture.sent.map(({ site, composer, text, via }) => ({ site, composer, text, via })))
}

/** The editor's own model text (Draft.js plain text / Lexical paragraphs joined by "\n" / textarea state). */
export async function editorText(page: Page, composer: string): Promise<string> {
  return page.evaluate((id) => window.__fixture.text(id), composer)
}

/** Run a fixture action (open a modal, mount a composer…). */
export async function fixtureAction(page: Page, name: string): Promise<void> {
  // The fixture page registers its actions when its app has mounted; on a loaded machine that can come
  // after the page's load event, so wait for the action (and fail with the message below if it never comes).
  await page.waitForFunction((n) => !!(window as unknown as { __fixture?: { actions?: Record<string, unknown> } }).__fixture?.actions?.[n], name, { timeout: 10_000 }).catch(() => undefined)
  await page.evaluate((n) => {
    const fn = window.__fixture.actions[n]
    if (!fn) throw new Error(`no fixture action ${n}`)
    fn()
  }, name)
}

/** Let pending animation frames and timers run (the content script checks once per frame). */
export async function settle(page: Page, frames = 3): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let i = 0
        const step = () => (++i >= n ? done() : requestAnimationFrame(step))
        requestAnimationFrame(step)
      }),
    frames,
  )
}

/** Save a screenshot under screenshots/<name>.png and return its path. */
export async function screenshot(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const path = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path, clip, animations: 'disabled' })
  return path
}

declare global {
  interface Window {
    __fixture: {
      site: string
      sent: Array<SentPost & { at: number }>
      mutations: Array<{ composer: string; type: string; attribute: string | null; added: string[]; removed: string[]; foreign: boolean }>
      composing: boolean
      text(id: string): string
      raw(id: string): string
      ids(): string[]
      actions: Record<string, () => void>
    }
  }
}

export interface OverlayMutation {
  /** 'check': the host's verdict/findings attributes were written (happens on every check); 'draw': the shadow root's content changed. */
  kind: 'check' | 'draw' | 'layout'
  detail: string
  /** Whether the fixture was inside an IME composition at that moment. */
  composing: boolean
}

/**
 * Start logging every write the content script makes to the overlays present now: host attribute
 * writes (one per check, even when the value is unchanged), shadow-root content changes (redraws),
 * position/style changes (layout). Read the log with `takeOverlayMutations`.
 */
export async function recordOverlayMutations(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __overlayLog: unknown[]; __overlayMO?: MutationObserver }
    w.__overlayMO?.disconnect()
    const log: Array<{ kind: string; detail: string; composing: boolean }> = []
    w.__overlayLog = log
    const mo = new MutationObserver((records) => {
      const composing = window.__fixture?.composing ?? false
      for (const r of records) {
        const isHost = r.target instanceof Element && r.target.tagName === 'POST-GUARD-OVERLAY'
        if (isHost && r.attributeName?.startsWith('data-post-guard')) log.push({ kind: 'check', detail: r.attributeName, composing })
        else if (r.type === 'attributes' && (r.attributeName === 'style' || r.attributeName === 'hidden')) log.push({ kind: 'layout', detail: r.attributeName, composing })
        else log.push({ kind: 'draw', detail: `${r.type}:${r.attributeName ?? ''}:${(r.target as Element).className ?? r.target.nodeName}`, composing })
      }
    })
    for (const host of document.querySelectorAll('post-guard-overlay')) {
      mo.observe(host, { attributes: true })
      if (host.shadowRoot) mo.observe(host.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true })
    }
    w.__overlayMO = mo
  })
}

export async function takeOverlayMutations(page: Page): Promise<OverlayMutation[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __overlayLog: OverlayMutation[]; __overlayMO?: MutationObserver }
    // Deliver pending records first.
    const pending = w.__overlayMO?.takeRecords() ?? []
    if (pending.length) w.__overlayLog.push(...pending.map(() => ({ kind: 'draw' as const, detail: 'pending', composing: window.__fixture?.composing ?? false })))
    const out = w.__overlayLog.splice(0)
    return out
  })
}
