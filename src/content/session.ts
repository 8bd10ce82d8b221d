/**
 * One hooked composer: reads its text after every change, runs the engine, paints highlights and
 * keeps its overlay in place. Read-only towards the editor.
 *
 * Typing stays cheap on long posts: the editor's mutation records say which blocks changed and only
 * those are read again (reader.ts), the account context (mode, attachments: DOM queries around the
 * composer) is reused for a short while, an input event whose change was already checked costs
 * nothing, and the status is told only when the report's verdict or counts changed. Checks never
 * run mid-IME-composition (they run again at compositionend). A send is different: the guard calls
 * `runCheck()`, which reads the whole editor and the context afresh, synchronously.
 *
 * While the engine host is ready (env.remote), a typing check is asked of it instead (remote.ts): one request in
 * flight per composer, the newest text sent when it answers, and a report painted only if the editor still holds the
 * text it was made for. The marks of the last report stay meanwhile (live Ranges follow the editor's nodes). A failed
 * request is checked again in the page.
 */
import type { CheckContext, Finding, Report, Severity } from '../engine'
import type { SiteAdapter } from '../sites'
import { checkAs } from './decide'
import { highlightApiAvailable, setFocusHighlight, setHighlights, SEVERITIES } from './highlights'
import { textareaBoxes } from './mirror'
import { Overlay, type Box } from './overlay'
import { boundsFor, EditorReader, rangeFromBounds, sameBounds, type TextMap } from './reader'
import type { RemoteEngine } from './remote'
import { noteTyping } from './typing'

export interface SessionEnv {
  /** The engine context for this composer (account, policy, mode, attachments, history). */
  context(editor: HTMLElement): CheckContext
  /** Called after each check (status reporting). */
  changed(session: ComposerSession): void
  /**
   * The engine host for typing checks off the page's main thread (remote.ts), when it is ready; otherwise (and always
   * for a send) the session checks with the engine in the page.
   */
  remote?(): Pick<RemoteEngine, 'check'> | null
}

/** Composers numbered for the engine host. */
let docCount = 0

/**
 * Composers whose typing check is with the engine host. Support staff and tests: `<html data-post-guard-checking>` while there is
 * one (their marks are those of the text before the last keystroke until the answer). On the document element, not the overlay:
 * an overlay is never written to mid-composition.
 */
const checking = new Set<ComposerSession>()
function setChecking(session: ComposerSession, on: boolean): void {
  const before = checking.size > 0
  if (on) checking.add(session)
  else checking.delete(session)
  if (before !== checking.size > 0) document.documentElement.toggleAttribute('data-post-guard-checking', checking.size > 0)
}

const EMPTY: Report = { verdict: 'ok', findings: [], confirmations: [], toneScore: null }

/**
 * How long a typing check may reuse the composer's context (ms). The mode and attachments come from
 * DOM queries around the composer; they change with the page, not with keystrokes. A send, a new
 * account context and focus always read it again.
 */
const CONTEXT_TTL_MS = 300

/** What the status cares about in a report: its verdict and counts. */
function summary(r: Report): string {
  let block = 0
  let warn = 0
  for (const f of r.findings) {
    if (f.severity === 'block') block++
    else if (f.severity === 'warn') warn++
  }
  return `${r.verdict}:${r.findings.length}:${block}:${warn}:${r.confirmations.join(',')}`
}

export class ComposerSession {
  readonly editor: HTMLElement
  readonly adapter: SiteAdapter
  private readonly env: SessionEnv
  readonly overlay: Overlay
  private map: TextMap = { text: '', nodes: [], starts: [] }
  private reportValue: Report = EMPTY
  private ranges: Range[] = []
  /** Ranges of a grouped finding's repeats (its `spans` after the first), same order as the findings. */
  private repeatRanges: Range[][] = []
  private repeatKey = ''
  /** The findings `ranges` belong to, and the severities last painted (to skip unchanged repaints). */
  private prevFindings: Finding[] = []
  private paintedSeverities: Severity[] = []
  private composing = false
  /** A layout asked for during an IME composition, done when it ends (see scheduleLayout). */
  private layoutAfterComposition = false
  private laidOut = false
  private frame = 0
  /** The scheduled frame must check even if the text is unchanged (a new account context). */
  private hardDue = false
  private layoutFrame = 0
  /** A layout due on the next frame must test what covers the editor (not only a scroll asked for it). */
  private coverDue = false
  private readonly reader: EditorReader
  private readonly isTextarea: boolean
  private checkedOnce = false
  private context: CheckContext | null = null
  private contextAt = 0
  private lastSummary = ''
  /** Time the last check took (ms), for the typing benchmark. */
  lastCheckMs = 0
  /** This composer's number for the engine host (its texts go as edits of the last one). */
  private readonly doc = ++docCount
  /** Bumped by every check: a remote report of an older one is not painted. */
  private seq = 0
  /** A remote check is in flight (at most one per composer). */
  private inFlight = false
  /** The text changed while a remote check was in flight: ask again when it answers. */
  private remoteDue = false
  /** The text of the last report (the map it was made for). */
  private reportedText = ''
  /** Every listener of this session hangs off it. */
  private readonly life = new AbortController()

  constructor(editor: HTMLElement, adapter: SiteAdapter, env: SessionEnv) {
    this.editor = editor
    this.adapter = adapter
    this.env = env
    this.isTextarea = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    this.overlay = new Overlay(editor, (f) => this.pick(f))
    // The editor changed its DOM: check right away (a microtask after the editor's own update), so
    // the marks follow the keystroke in the same frame instead of the next one.
    this.reader = new EditorReader(editor, () => this.onEdited())
    // Textareas change without mutation records; for rich editors the input event usually follows
    // a change the records already brought (then the frame finds nothing new to do).
    this.on(editor, 'input', () => {
      noteTyping()
      this.schedule(false)
    })
    this.on(editor, 'compositionstart', () => {
      this.composing = true
    })
    this.on(editor, 'compositionend', () => {
      this.composing = false
      this.schedule(false)
      if (this.layoutAfterComposition) {
        this.layoutAfterComposition = false
        this.scheduleLayout()
      }
    })
    this.on(editor, 'focus', () => {
      this.context = null
      this.env.changed(this)
    })
    this.on(editor, 'scroll', () => this.scheduleLayout(false))
    this.runCheck()
  }

  private on(target: EventTarget, type: string, fn: EventListener): void {
    target.addEventListener(type, fn, { passive: true, signal: this.life.signal })
  }

  get report(): Report {
    return this.reportValue
  }

  get text(): string {
    return this.map.text
  }

  get connected(): boolean {
    return this.editor.isConnected
  }

  /**
   * Check on the next frame (coalesces bursts of input and mutations into one check). `hard`
   * (the default: the account context changed) re-reads the context and checks even the same text;
   * otherwise (input, compositionend) the frame only checks what changed since the last check.
   */
  schedule(hard = true): void {
    if (hard) {
      this.hardDue = true
      this.context = null
    }
    if (this.frame) return
    this.frame = requestAnimationFrame(() => {
      this.frame = 0
      if (!this.composing) this.refresh()
    })
  }

  private onEdited(): void {
    noteTyping()
    if (this.composing) return
    // A check already due (input, a new account context) is done now.
    if (this.frame) {
      cancelAnimationFrame(this.frame)
      this.frame = 0
    }
    this.refresh()
  }

  /** The typing check: only what changed is read; nothing changed and nothing due → nothing to do. */
  private refresh(): void {
    const hard = this.hardDue
    this.hardDue = false
    if (!hard && this.checkedOnce && this.reader.unchanged && !this.remoteDue) return
    const remote = this.checkedOnce ? (this.env.remote?.() ?? null) : null
    if (remote) this.checkRemote(remote, this.reader.read(), this.contextNow(hard), !hard)
    else this.check(this.reader.read(), this.contextNow(hard), !hard)
  }

  /**
   * Ask the engine host to check `map` under `ctx` (see the class comment). `sameTextIsDone` as in `check`: the text the
   * last report was made for, unchanged, needs no check, only the marks following the (maybe new) nodes.
   */
  private checkRemote(remote: Pick<RemoteEngine, 'check'>, map: TextMap, ctx: CheckContext, sameTextIsDone: boolean): void {
    this.map = map
    if (sameTextIsDone && !this.inFlight && map.text === this.reportedText) {
      this.remoteDue = false
      setChecking(this, false)
      if (!this.isTextarea && this.updateRanges()) this.paint()
      return
    }
    if (this.inFlight) {
      this.remoteDue = true
      return
    }
    if (map.text.trim() === '') {
      this.seq++
      this.apply(EMPTY, map.text)
      return
    }
    const seq = ++this.seq
    const text = map.text
    this.remoteDue = false
    this.inFlight = true
    setChecking(this, true)
    remote.check(text, ctx, this.adapter.alsoCheckAs ?? [], this.doc).then(
      (report) => this.answered(seq, text, report),
      () => this.answered(seq, text, null),
    )
  }

  /** The engine host answered the check `seq` of `text` (null: it failed). */
  private answered(seq: number, text: string, report: Report | null): void {
    this.inFlight = false
    if (!this.editor.isConnected) return setChecking(this, false)
    // Nothing is drawn mid-composition: the answer waits, and compositionend asks again (refresh sees remoteDue).
    if (this.composing) {
      this.remoteDue = true
      return
    }
    const again = this.remoteDue
    this.remoteDue = false
    if (seq === this.seq && this.map.text === text) {
      if (report) this.apply(report, text)
      // The host failed this one: the page checks it.
      else this.check(this.map, this.contextNow(false), false)
    }
    if (again) this.refreshAfterReply()
    setChecking(this, this.inFlight)
  }

  /** The text changed while the host was checking: check the newest text (remote if still ready). */
  private refreshAfterReply(): void {
    if (this.composing) return
    const remote = this.env.remote?.() ?? null
    const map = this.reader.read()
    if (remote) this.checkRemote(remote, map, this.contextNow(false), false)
    else this.check(map, this.contextNow(false), false)
  }

  /** The composer's context, reused for CONTEXT_TTL_MS while typing. */
  private contextNow(fresh: boolean): CheckContext {
    const now = performance.now()
    if (fresh || !this.context || now - this.contextAt > CONTEXT_TTL_MS) {
      this.context = this.env.context(this.editor)
      this.contextAt = now
    }
    return this.context
  }

  /**
   * Read the whole editor and the context afresh and check now, synchronously: the send guard calls
   * this, so a send is judged on the exact current text, attachments and account, whatever the
   * mutation records or a pending frame said.
   */
  runCheck(): Report {
    if (this.frame) {
      cancelAnimationFrame(this.frame)
      this.frame = 0
    }
    this.hardDue = false
    return this.check(this.reader.readFull(), this.contextNow(true), false)
  }

  /**
   * Check `map` under `ctx`. `sameTextIsDone`: an edit notice whose text is what was just checked
   * (editors often touch their DOM twice per keystroke) needs no second check, only the marks
   * following the (maybe new) nodes.
   */
  private check(map: TextMap, ctx: CheckContext, sameTextIsDone: boolean): Report {
    const t0 = performance.now()
    const before = this.map.text
    this.map = map
    if (sameTextIsDone && this.checkedOnce && this.map.text === before && this.reportedText === before) {
      // Same text, maybe new nodes (a re-render): marks follow the nodes, no new check.
      if (!this.isTextarea && this.updateRanges()) this.paint()
      return this.reportValue
    }
    // A remote report of an earlier text arriving later is not painted over this one.
    this.seq++
    this.checkedOnce = true
    this.apply(this.map.text.trim() === '' ? EMPTY : checkAs(this.map.text, ctx, this.adapter.alsoCheckAs), this.map.text)
    this.lastCheckMs = performance.now() - t0
    return this.reportValue
  }

  /** Show `report`, made for `text` (the text of `this.map`): marks, badge, status. */
  private apply(report: Report, text: string): void {
    this.checkedOnce = true
    this.reportValue = report
    this.reportedText = text
    const painted = this.isTextarea ? false : this.updateRanges()
    if (painted) this.paint()
    const badgeChanged = this.overlay.update(this.reportValue)
    // Placing the badge measures the editor (a forced layout): only when the badge changed size or
    // marks must be drawn as boxes. Editor moves and resizes are followed by the observers.
    if (badgeChanged || this.isTextarea || !highlightApiAvailable() || !this.laidOut) this.layout()
    // The status (popup, toolbar) shows the verdict and counts: told only when they changed.
    const sum = summary(this.reportValue)
    if (sum !== this.lastSummary) {
      this.lastSummary = sum
      this.env.changed(this)
    }
  }

  /**
   * Ranges for the new findings, reusing the live Range of an earlier check when a finding still
   * spans the same DOM points (typing elsewhere moves nothing). Returns whether the marks must be
   * painted again: re-registering highlights makes the browser repaint every marked character, which
   * on a long post with many marks costs more than the check itself.
   */
  private updateRanges(): boolean {
    const findings = this.reportValue.findings
    const old = new Map<string, Range>()
    this.prevFindings.forEach((f, i) => {
      const r = this.ranges[i]
      if (r) old.set(`${f.start}:${f.end}`, r)
    })
    let changed = findings.length !== this.ranges.length || this.paintedSeverities.length !== findings.length
    const next = findings.map((f, i) => {
      const b = boundsFor(this.map, f.start, f.end)
      const keep = old.get(`${f.start}:${f.end}`)
      let r: Range
      if (keep && b && sameBounds(keep, b)) r = keep
      else r = (b && rangeFromBounds(b)) || document.createRange()
      if (r !== this.ranges[i] || this.paintedSeverities[i] !== f.severity) changed = true
      return r
    })
    this.ranges = next
    this.prevFindings = findings
    if (changed) this.paintedSeverities = findings.map((f) => f.severity)
    // The repeats of grouped findings (the engine groups one rule on the same excerpt: 「○」 ×20),
    // kept like the ranges above: a live Range is reused only while it still spans the same DOM points.
    const repeatKey = findings.map((f) => (f.spans ? f.spans.map((s) => s.join('-')).join(',') : '')).join(';')
    if (repeatKey !== this.repeatKey) changed = true
    this.repeatKey = repeatKey
    const oldRepeats = this.repeatRanges
    this.repeatRanges = findings.map((f, i) =>
      (f.spans ?? []).slice(1).map(([s, e], k) => {
        const b = boundsFor(this.map, s, e)
        const keep = oldRepeats[i]?.[k]
        if (keep && b && sameBounds(keep, b)) return keep
        changed = true
        return (b && rangeFromBounds(b)) || document.createRange()
      }),
    )
    return changed
  }

  /** Each finding as the spans it marks: its own, then its grouped repeats. */
  private spansOf(f: Finding): Array<[number, number]> {
    return f.spans && f.spans.length > 0 ? f.spans : [[f.start, f.end]]
  }

  private paint(): void {
    if (this.isTextarea || !highlightApiAvailable()) {
      setHighlights(this, null)
      return
    }
    const bySeverity: Record<Severity, Range[]> = { block: [], warn: [], info: [] }
    this.reportValue.findings.forEach((f, i) => {
      for (const r of [this.ranges[i], ...(this.repeatRanges[i] ?? [])]) if (r && !r.collapsed) bySeverity[f.severity].push(r)
    })
    setHighlights(this, bySeverity)
  }

  /**
   * Lay out on the next frame. `coverMayHaveChanged` false: a scroll (the page's or the editor's own), which
   * moves the editor or nothing: what covers it is tested again only if it moved (Overlay.layout).
   */
  scheduleLayout(coverMayHaveChanged = true): void {
    if (coverMayHaveChanged) this.coverDue = true
    if (this.layoutFrame) return
    this.layoutFrame = requestAnimationFrame(() => {
      this.layoutFrame = 0
      // While an IME composition runs, nothing is measured or drawn: a textarea's marks would be measured
      // against the half-composed value with the last check's offsets, and measuring adds and removes a
      // mirror in the overlay. The layout is done when the composition ends.
      if (this.composing) {
        this.layoutAfterComposition = true
        return
      }
      const cover = this.coverDue
      this.coverDue = false
      this.layout(cover)
    })
  }

  /**
   * Place the badge; draw boxes where the Highlight API can't paint. `coverMayHaveChanged`: test what covers
   * the editor again even if it has not moved (anything but a scroll).
   */
  layout(coverMayHaveChanged = true): void {
    this.laidOut = true
    const boxes: Array<Box & { severity: Severity }> = []
    if (this.isTextarea || !highlightApiAvailable()) {
      this.findingBoxes().forEach((list, i) => {
        const f = this.reportValue.findings[i]!
        for (const b of list) boxes.push({ ...b, severity: f.severity })
      })
      // The most severe marks are drawn last, on top (a block inside a sentence-wide warning stays visible).
      boxes.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity))
    }
    this.overlay.layout(boxes, coverMayHaveChanged)
  }

  /** Viewport boxes of each finding (same order as report.findings). */
  findingBoxes(): Box[][] {
    const findings = this.reportValue.findings
    if (this.isTextarea) {
      // One pseudo-finding per marked span, folded back into its finding.
      const owner: number[] = []
      const spans = findings.flatMap((f, i) => this.spansOf(f).map(([start, end]) => (owner.push(i), { ...f, start, end })))
      const boxes = textareaBoxes(this.editor as HTMLTextAreaElement | HTMLInputElement, spans, this.overlay.host.shadowRoot!)
      const out: Box[][] = findings.map(() => [])
      boxes.forEach((list, k) => out[owner[k]!]!.push(...list))
      return out
    }
    const rects = (r: Range | undefined) => (r ? [...r.getClientRects()].map((c) => ({ left: c.left, top: c.top, width: c.width, height: c.height })) : [])
    return this.ranges.map((r, i) => [...rects(r), ...(this.repeatRanges[i] ?? []).flatMap(rects)])
  }

  /** The finding under a viewport point, with the box it was found in. */
  findingAt(x: number, y: number): { finding: Finding; box: Box } | null {
    const findings = this.reportValue.findings
    if (findings.length === 0 || this.overlay.occludedNow) return null
    const er = this.editor.getBoundingClientRect()
    if (x < er.left - 2 || x > er.right + 2 || y < er.top - 2 || y > er.bottom + 2) return null
    const boxes = this.findingBoxes()
    // Most severe first, so an overlapping block wins over an info.
    const order = findings.map((_, i) => i).sort((a, b) => SEVERITIES.indexOf(findings[a]!.severity) - SEVERITIES.indexOf(findings[b]!.severity))
    for (const i of order) {
      for (const b of boxes[i] ?? []) {
        if (x >= b.left - 1 && x <= b.left + b.width + 1 && y >= b.top - 1 && y <= b.top + b.height + 1) return { finding: findings[i]!, box: b }
      }
    }
    return null
  }

  private pick(f: Finding | null): void {
    if (!f || this.isTextarea) {
      setFocusHighlight(null)
      return
    }
    const i = this.reportValue.findings.indexOf(f)
    setFocusHighlight(this.ranges[i] ?? null)
  }

  destroy(): void {
    setChecking(this, false)
    if (this.frame) cancelAnimationFrame(this.frame)
    if (this.layoutFrame) cancelAnimationFrame(this.layoutFrame)
    this.reader.disconnect()
    this.life.abort()
    setHighlights(this, null)
    this.overlay.destroy()
  }
}
