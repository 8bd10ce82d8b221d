/**
 * One overlay host per composer, outside the editor (a child of <html>), in an open shadow root:
 * the badge with the count and worst severity, the findings panel, hover cards, and boxes for
 * editors the Highlight API cannot paint (textareas, browsers without it). Positions follow the
 * editor on scroll, resize and layout changes; nothing here ever touches the editor's DOM.
 */
import type { Finding, Report, Severity } from '../engine'
import { SEVERITY_RANK } from '../engine/types'
import { t, type MessageKey } from '../ui/i18n'
import { frameChain, frameOffset, inChildFrame, insideFrames, topRect, type Rect } from './frames'
import { OVERLAY_CSS } from './styles'

const SEVERITY_KEY: Record<Severity, MessageKey> = { block: 'severityBlock', warn: 'severityWarn', info: 'severityInfo' }

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

export class Overlay {
  readonly host: HTMLElement
  private readonly root: ShadowRoot
  private readonly badge: HTMLButtonElement
  private readonly panel: HTMLElement
  private readonly card: HTMLElement
  private readonly boxes: HTMLElement
  /** The marks drawn last (their severities and boxes), to redraw only when they change. */
  private boxesKey = ''
  private report: Report | null = null
  private panelOpen = false
  private editorRect: Rect | null = null
  private occludedValue = false
  /** The last layout tested what covers the editor (it was shown then): `occludedValue` says it. */
  private coverKnown = false

  constructor(
    private readonly editor: HTMLElement,
    private readonly onPick: (finding: Finding | null) => void,
  ) {
    this.host = document.createElement('post-guard-overlay')
    this.host.setAttribute('data-post-guard-verdict', 'ok')
    this.host.setAttribute('data-post-guard-findings', '0')
    this.host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646; pointer-events: none;'
    this.root = this.host.attachShadow({ mode: 'open' })
    const style = document.createElement('style')
    style.textContent = OVERLAY_CSS
    this.boxes = el('div', 'boxes')
    this.badge = el('button', 'badge') as HTMLButtonElement
    this.badge.type = 'button'
    this.badge.addEventListener('click', (e) => {
      e.stopPropagation()
      this.togglePanel()
    })
    // Keep the editor's focus and selection when the badge is pressed.
    this.badge.addEventListener('mousedown', (e) => e.preventDefault())
    this.panel = el('div', 'panel')
    this.panel.setAttribute('role', 'dialog')
    this.panel.setAttribute('aria-label', t('panelTitle'))
    this.panel.hidden = true
    this.card = el('div', 'card')
    this.card.setAttribute('role', 'tooltip')
    this.card.hidden = true
    this.root.append(style, this.boxes, this.badge, this.panel, this.card)
    document.documentElement.append(this.host)
  }

  /** Re-attach if the page removed the host (SPAs re-render <html> children rarely, but it happens). */
  ensureAttached(): void {
    if (!this.host.isConnected) document.documentElement.append(this.host)
  }

  /**
   * Show a new report. Returns whether the badge changed (and so may need placing again). When the
   * verdict and count are unchanged nothing in the DOM is written (typing must stay cheap).
   */
  update(report: Report): boolean {
    const prev = this.report
    this.report = report
    // Support staff and tests: the draft is held back until the engine arrives (content/engine.ts `pendingReport`).
    this.host.toggleAttribute('data-post-guard-pending', report.findings.length === 1 && report.findings[0]!.rule === 'engine/pending')
    if (prev && prev.verdict === report.verdict && prev.findings.length === report.findings.length) {
      if (this.panelOpen) this.renderPanel()
      return false
    }
    this.host.setAttribute('data-post-guard-verdict', report.verdict)
    const n = shownFindings(report.findings).length
    this.host.setAttribute('data-post-guard-findings', String(n))
    this.badge.className = `badge ${report.verdict}`
    this.badge.replaceChildren(el('span', 'shield'), document.createTextNode(n === 0 ? t('badgeNoFindings') : t('badgeCount', n)))
    this.badge.setAttribute('aria-label', n === 0 ? t('badgeOkLabel') : t('badgeLabel', n, t(SEVERITY_KEY[report.verdict as Severity])))
    this.badge.setAttribute('aria-expanded', String(this.panelOpen))
    if (this.panelOpen) this.renderPanel()
    return true
  }

  destroy(): void {
    this.togglePanel(false)
    this.host.remove()
  }

  /**
   * Lay out the badge and panel at the editor; `boxes` are fallback marks (viewport coordinates).
   * `coverMayHaveChanged` false (a scroll): when the editor has not moved, what covers it has not changed
   * either, and the hit test that finds out (`occluded`, ~0.4 ms: it makes the browser hit-test the page) is
   * skipped. A scroll inside a long post while typing would otherwise pay for it on every keystroke.
   */
  layout(boxes: Array<Box & { severity: Severity }>, coverMayHaveChanged = true): void {
    this.ensureAttached()
    // In the top viewport, also for an editor inside an editor canvas (a same-origin child frame).
    const r = topRect(this.editor)
    const last = this.editorRect
    const unmoved = last !== null && last.left === r.left && last.top === r.top && last.width === r.width && last.height === r.height
    this.editorRect = r
    const shown = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && insideFrames(this.editor)
    const visible = shown && (!coverMayHaveChanged && unmoved && this.coverKnown ? !this.occludedValue : !this.occluded(r))
    this.coverKnown = shown
    this.occludedValue = !visible
    // In an editor canvas (a child frame) every block is a composer: a 「指摘なし」 badge on each clean
    // paragraph would cover the post's text, so only blocks with findings show theirs.
    const quiet = inChildFrame(this.editor) && (this.report?.findings.length ?? 0) === 0
    this.badge.hidden = !visible || quiet
    if (!visible && this.panelOpen) this.togglePanel(false)
    if (!visible) this.hideCard()
    if (visible) {
      const bw = this.badge.offsetWidth || 60
      const bh = this.badge.offsetHeight || 22
      // Written only when moved: a style write makes the next frame recalculate the overlay's style.
      const left = `${Math.max(4, Math.min(innerWidth - bw - 4, r.right - bw - 4))}px`
      // Inside the editor's bottom-right corner when it has room below the text; an editor one or two lines
      // high (X Pro's column, a comment box) would have the badge cover the end of the draft: just above it
      // then (below it when there is no room above).
      const y = r.height >= bh * 2 + 8 ? r.bottom - bh - 4 : r.top - bh - 2 >= 4 ? r.top - bh - 2 : r.bottom + 2
      const top = `${Math.max(4, Math.min(innerHeight - bh - 4, y))}px`
      if (this.badge.style.left !== left) this.badge.style.left = left
      if (this.badge.style.top !== top) this.badge.style.top = top
    }
    if (this.panelOpen) this.placePanel()
    // Redrawn only when a mark moved, came or went: a layout runs on every scroll, resize and keystroke (also while an IME
    // composes), and replacing the same marks would be work (and mutations) for nothing.
    const key = boxes.map((b) => `${b.severity}:${b.left},${b.top},${b.width},${b.height}`).join(';')
    if (key === this.boxesKey) return
    this.boxesKey = key
    const nodes = boxes.map((b) => {
      const d = el('div', `box ${b.severity}`)
      d.style.left = `${b.left}px`
      d.style.top = `${b.top}px`
      d.style.width = `${b.width}px`
      d.style.height = `${b.height}px`
      return d
    })
    this.boxes.replaceChildren(...nodes)
  }

  /**
   * Whether something of the page covers the editor (a modal and its backdrop over a composer
   * behind it): then its badge must not float above the modal. One hit test near the editor's
   * top-left corner; the editor's own wrappers (e.g. placeholders laid over it) don't count.
   */
  private occluded(r: Rect): boolean {
    const x = Math.min(Math.max(r.left + 4, 0), innerWidth - 1)
    const y = Math.min(Math.max(r.top + 4, 0), innerHeight - 1)
    // Our own layers (the send dialog, banners, other badges) don't count: look through them.
    let hit = document.elementFromPoint(x, y)
    if (hit?.tagName.startsWith('POST-GUARD')) hit = document.elementsFromPoint(x, y).find((e) => !e.tagName.startsWith('POST-GUARD')) ?? null
    if (!hit || hit === this.host) return false
    // An editor in a child frame: the point must fall on its frame, then is tested in the frame's document.
    const frames = frameChain(this.editor.ownerDocument)
    if (frames.length > 0) {
      if (hit !== frames[frames.length - 1]) return true
      const o = frameOffset(this.editor.ownerDocument)
      hit = this.editor.ownerDocument.elementFromPoint(x - o.x, y - o.y)
      if (!hit) return false
    }
    if (hit === this.editor || this.editor.contains(hit) || hit.contains(this.editor)) return false
    let scope: Element | null = this.editor
    for (let i = 0; i < 3 && scope?.parentElement; i++) scope = scope.parentElement
    return !(scope && scope.contains(hit))
  }

  /** True when the last layout found the editor hidden or covered (hover cards are not offered then). */
  get occludedNow(): boolean {
    return this.occludedValue
  }

  togglePanel(open = !this.panelOpen): void {
    if (open === this.panelOpen) return
    this.panelOpen = open
    this.panel.hidden = !open
    this.badge.setAttribute('aria-expanded', String(open))
    if (open) {
      this.hideCard()
      this.renderPanel()
      this.placePanel()
      // A popover: a press outside it or Escape closes it.
      window.addEventListener('pointerdown', this.onOutside, true)
      window.addEventListener('keydown', this.onEscape, true)
    } else {
      window.removeEventListener('pointerdown', this.onOutside, true)
      window.removeEventListener('keydown', this.onEscape, true)
      this.onPick(null)
    }
  }

  private readonly onOutside = (e: Event): void => {
    if (!e.composedPath().includes(this.host)) this.togglePanel(false)
  }

  private readonly onEscape = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.isComposing) return
    e.preventDefault()
    e.stopImmediatePropagation()
    const hadFocus = this.root.activeElement !== null
    this.togglePanel(false)
    if (hadFocus) this.badge.focus()
  }

  private placePanel(): void {
    const r = this.editorRect ?? topRect(this.editor)
    const w = Math.min(380, innerWidth - 16)
    this.panel.style.width = `${w}px`
    const left = Math.max(8, Math.min(innerWidth - w - 8, r.right - w))
    const below = r.bottom + 8
    const h = this.panel.offsetHeight || 200
    const top = below + h < innerHeight ? below : Math.max(8, r.top - h - 8)
    this.panel.style.left = `${left}px`
    this.panel.style.top = `${top}px`
  }

  private renderPanel(): void {
    const report = this.report
    const items: HTMLElement[] = []
    const head = el('div', 'panel-head')
    head.append(el('span', 'shield'), text('strong', t('panelTitle')))
    const close = el('button', 'close') as HTMLButtonElement
    close.type = 'button'
    close.textContent = '×'
    close.setAttribute('aria-label', t('close'))
    close.addEventListener('click', () => this.togglePanel(false))
    head.append(close)
    items.push(head)
    if (!report || report.findings.length === 0) {
      items.push(text('p', t('panelEmpty'), 'empty'))
    } else {
      const list = el('ul', 'findings')
      // Worst first (送信不可, then 要確認, then 参考), each in the order of the text: what stops the send is read first.
      const ordered = shownFindings(report.findings).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      for (const f of ordered) {
        const li = el('li', `finding ${f.severity}`)
        li.tabIndex = 0
        li.append(findingBody(f))
        li.addEventListener('mouseenter', () => this.onPick(f))
        li.addEventListener('focus', () => this.onPick(f))
        li.addEventListener('mouseleave', () => this.onPick(null))
        list.append(li)
      }
      items.push(list)
    }
    items.push(text('p', t('panelPrivacy'), 'foot'))
    this.panel.replaceChildren(...items)
  }

  showCard(f: Finding, at: Box): void {
    this.card.replaceChildren(findingBody(f))
    this.card.className = `card ${f.severity}`
    this.card.hidden = false
    const w = Math.min(340, innerWidth - 16)
    this.card.style.width = `${w}px`
    const left = Math.max(8, Math.min(innerWidth - w - 8, at.left))
    const h = this.card.offsetHeight || 120
    const below = at.top + at.height + 6
    this.card.style.left = `${left}px`
    this.card.style.top = `${below + h < innerHeight ? below : Math.max(8, at.top - h - 6)}px`
  }

  hideCard(): void {
    this.card.hidden = true
  }

  get cardOpen(): boolean {
    return !this.card.hidden
  }
}

/**
 * The findings a person is shown: one per span and clause. Two families can report the same words under the same clause
 * (tone's levity next to a death and decency's 不謹慎 are both 4(2), rule.ts `echo`): the more severe is shown, the first
 * on a tie. Findings under different clauses stay apart (a slur hurled at a visitor: discrimination 4(2), an attack 5(3)).
 * The report itself keeps every finding (CLI, audit, evaluation).
 */
export function shownFindings(findings: readonly Finding[]): Finding[] {
  if (findings.length < 2) return [...findings]
  const best = new Map<string, Finding>()
  for (const f of findings) {
    const k = `${f.start}:${f.end}:${f.clause}`
    const had = best.get(k)
    if (!had || SEVERITY_RANK[f.severity] > SEVERITY_RANK[had.severity]) best.set(k, f)
  }
  return best.size === findings.length ? [...findings] : findings.filter((f) => best.get(`${f.start}:${f.end}:${f.clause}`) === f)
}

export function findingBody(f: Finding): DocumentFragment {
  const frag = document.createDocumentFragment()
  const top = el('div', 'finding-top')
  top.append(text('span', t(SEVERITY_KEY[f.severity]), `chip ${f.severity}`))
  // The engine's own notices (too long to check, still loading, could not load) cite no clause of the guideline.
  if (f.family !== 'engine') top.append(text('span', t('clause', f.clause), 'clause'))
  // A group of repeats of the same mistake (the engine groups them): how many places.
  if (f.count && f.count > 1) top.append(text('span', t('findingCount', String(f.count)), 'count'))
  frag.append(top)
  if (f.excerpt) frag.append(text('q', f.excerpt.length > 60 ? f.excerpt.slice(0, 60) + '…' : f.excerpt, 'excerpt'))
  frag.append(text('p', f.message, 'message'), text('p', f.hint, 'hint'))
  return frag
}

function el(tag: string, className: string): HTMLElement {
  const e = document.createElement(tag)
  e.className = className
  return e
}

function text(tag: string, content: string, className = ''): HTMLElement {
  const e = el(tag, className)
  e.textContent = content
  return e
}
