// @vitest-environment happy-dom
/**
 * A composer session on plain DOM (happy-dom): typing checks read only what changed and reuse the
 * context for a moment, but the send guard's `runCheck()` always judges the CURRENT text and context,
 * synchronously — even before the mutation records of the last edit were delivered, with a frame
 * pending, or right after the context changed. The real-browser paths are in tests/e2e.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { check, type CheckContext } from '../../src/engine'
import { ComposerSession, type SessionEnv } from '../../src/content/session'
import { x } from '../../src/sites'
import { deferForTyping, noteTyping } from '../../src/content/typing'

const CLEAN = '本日の川下りは通常どおり運航します。'
const MOBILE = '担当の携帯は090-1234-5678です'

let sessions: ComposerSession[] = []
afterEach(() => {
  for (const s of sessions) s.destroy()
  sessions = []
  document.body.replaceChildren()
})

interface Harness {
  session: ComposerSession
  editor: HTMLElement
  contexts: number
  changed: number
  ctx: CheckContext
}

/** A Lexical-like editor (paragraphs of spans) with a session on it. */
function setup(paragraphs: string[]): Harness {
  const editor = document.createElement('div')
  editor.setAttribute('contenteditable', 'true')
  for (const p of paragraphs) {
    const el = document.createElement('p')
    const span = document.createElement('span')
    span.textContent = p
    el.append(span)
    editor.append(el)
  }
  document.body.append(editor)
  const h = { contexts: 0, changed: 0, ctx: { site: 'x', mode: 'post', attachments: [] } as CheckContext } as Harness
  const env: SessionEnv = {
    context: () => {
      h.contexts++
      return h.ctx
    },
    changed: () => {
      h.changed++
    },
  }
  h.editor = editor
  h.session = new ComposerSession(editor, x, env)
  sessions.push(h.session)
  return h
}

/** The first paragraph's text node. */
function textOf(editor: HTMLElement, i = 0): Text {
  return editor.querySelectorAll('p')[i]!.querySelector('span')!.firstChild as Text
}

const microtask = () => new Promise<void>((r) => queueMicrotask(r))

describe('ComposerSession', () => {
  it('checks a keystroke from the mutation records, in a microtask', async () => {
    const h = setup([CLEAN, CLEAN.replace('本日', '明日')])
    expect(h.session.report.verdict).toBe('ok')
    textOf(h.editor, 1).data = MOBILE
    await microtask()
    expect(h.session.report.verdict).toBe('block')
    expect(h.session.text).toBe(`${CLEAN}\n${MOBILE}`)
  })

  it('an edit counts as typing for the periodic safety nets (typing.ts)', async () => {
    const h = setup([CLEAN])
    await Promise.resolve()
    const longAgo = performance.now() - 60_000
    noteTyping(longAgo)
    expect(deferForTyping(longAgo)).toBe(false)
    textOf(h.editor).data = CLEAN + 'あ'
    await Promise.resolve()
    expect(deferForTyping(performance.now() - 1000)).toBe(true)
    noteTyping(longAgo)
    h.editor.dispatchEvent(new Event('input'))
    expect(deferForTyping(performance.now() - 1000)).toBe(true)
  })

  it('send: judges the current text synchronously, before the records of the last edit arrive', () => {
    const h = setup([CLEAN])
    textOf(h.editor).data = MOBILE
    // No await: the observer has not delivered the edit's records.
    expect(h.session.runCheck().verdict).toBe('block')
    expect(h.session.text).toBe(MOBILE)
    textOf(h.editor).data = CLEAN
    expect(h.session.runCheck().verdict).toBe('ok')
  })

  it('send: judges the current text with a frame pending and after a cleared draft', async () => {
    const h = setup([MOBILE])
    expect(h.session.report.verdict).toBe('block')
    h.session.schedule()
    h.editor.querySelector('p')!.remove()
    expect(h.session.runCheck().verdict).toBe('ok')
    await microtask()
    h.editor.append(Object.assign(document.createElement('p'), { textContent: MOBILE }))
    expect(h.session.runCheck().verdict).toBe('block')
  })

  it('typing reuses the context for a moment; a send reads it again (an image attached since)', async () => {
    const h = setup([CLEAN])
    const before = h.contexts
    for (let i = 0; i < 5; i++) {
      textOf(h.editor).data += 'あ'
      await microtask()
    }
    expect(h.contexts).toBe(before)
    h.ctx = { ...h.ctx, attachments: [{ kind: 'image' }] }
    // The typing check still shows the old context; the send does not.
    expect(h.session.runCheck().confirmations).toContain('portrait')
    expect(h.contexts).toBe(before + 1)
  })

  it('tells the status only when the verdict or counts change', async () => {
    const h = setup([CLEAN])
    const base = h.changed
    textOf(h.editor).data += 'です'
    await microtask()
    expect(h.changed).toBe(base)
    textOf(h.editor).data = MOBILE
    await microtask()
    expect(h.changed).toBe(base + 1)
  })

  it('a new account context (schedule) checks the same text again with the new context', async () => {
    const h = setup([CLEAN])
    h.ctx = { ...h.ctx, attachments: [{ kind: 'video' }] }
    h.session.schedule()
    await new Promise((r) => requestAnimationFrame(() => r(undefined)))
    await microtask()
    expect(h.session.report.confirmations).toContain('portrait')
  })
})

describe('ComposerSession layout', () => {
  it('a scroll that leaves the editor where it was does not hit-test the page again; a move or anything else does', () => {
    const h = setup([CLEAN])
    const rect = { left: 10, top: 10, width: 300, height: 100, right: 310, bottom: 110, x: 10, y: 10, toJSON: () => ({}) }
    h.editor.getBoundingClientRect = () => rect as DOMRect
    let hits = 0
    const original = document.elementFromPoint
    document.elementFromPoint = (() => (hits++, h.editor)) as typeof document.elementFromPoint
    try {
      h.session.layout()
      expect(hits).toBe(1)
      // A scroll (the page's or the editor's own) that did not move the editor: what covers it is unchanged.
      h.session.layout(false)
      expect(hits).toBe(1)
      rect.top = 40
      rect.bottom = 140
      h.session.layout(false)
      expect(hits).toBe(2)
      // Anything but a scroll (a dialog opened, the page changed, the periodic sweep): tested again.
      h.session.layout()
      expect(hits).toBe(3)
    } finally {
      document.elementFromPoint = original
    }
  })
})

describe('ComposerSession with the engine host (typing checks off the main thread)', () => {
  /** A remote whose answers the test releases: each call is kept with its text and its resolvers. */
  function fakeRemote() {
    const calls: Array<{ text: string; ctx: CheckContext; resolve(r: import('../../src/engine').Report): void; reject(e: Error): void }> = []
    let ready = true
    return {
      calls,
      setReady: (r: boolean) => void (ready = r),
      remote: () =>
        ready
          ? {
              check: (text: string, ctx: CheckContext) =>
                new Promise<import('../../src/engine').Report>((resolve, reject) => calls.push({ text, ctx, resolve, reject })),
            }
          : null,
    }
  }
  function setupRemote(paragraphs: string[]) {
    const fake = fakeRemote()
    const editor = document.createElement('div')
    editor.setAttribute('contenteditable', 'true')
    for (const p of paragraphs) editor.append(Object.assign(document.createElement('p'), { textContent: p }))
    document.body.append(editor)
    const env: SessionEnv = { context: () => ({ site: 'x', mode: 'post', attachments: [] }), changed: () => undefined, remote: fake.remote }
    const session = new ComposerSession(editor, x, env)
    sessions.push(session)
    return { fake, editor, session, text: () => editor.querySelector('p')!.firstChild as Text }
  }
  // The page engine's own report (tests/setup/content-engine.ts installs it), as the host would send it.
  const blockReport = (text: string) => check(text, { site: 'x', mode: 'post', attachments: [] })

  it('asks the host, one request at a time, and paints only the report of the text the editor holds', async () => {
    const h = setupRemote([CLEAN])
    // The first check (the composer appearing) is the page's own: it must know the draft at once.
    expect(h.session.report.verdict).toBe('ok')
    expect(h.fake.calls).toHaveLength(0)
    h.text().data = MOBILE
    await microtask()
    expect(h.fake.calls.map((c) => c.text)).toEqual([MOBILE])
    // Typed on while the host works: no second request yet.
    h.text().data = MOBILE + 'よ'
    await microtask()
    expect(h.fake.calls).toHaveLength(1)
    // The answer for the older text is not painted; the newest text is asked for instead.
    h.fake.calls[0]!.resolve(blockReport(MOBILE))
    await microtask()
    expect(h.session.report.verdict).toBe('ok')
    expect(h.fake.calls.map((c) => c.text)).toEqual([MOBILE, MOBILE + 'よ'])
    h.fake.calls[1]!.resolve(blockReport(MOBILE + 'よ'))
    await microtask()
    expect(h.session.report.verdict).toBe('block')
  })

  it('a send judges in the page at once, and a late answer of the host does not replace its report', async () => {
    const h = setupRemote([CLEAN])
    h.text().data = MOBILE
    await microtask()
    expect(h.fake.calls).toHaveLength(1)
    expect(h.session.runCheck().verdict).toBe('block')
    // The host's (wrong, to prove the point) late answer for the same text is dropped: the send's check came after.
    h.fake.calls[0]!.resolve({ verdict: 'ok', findings: [], confirmations: [], toneScore: null })
    await microtask()
    expect(h.session.report.verdict).toBe('block')
  })

  it('an answer that arrives mid-composition draws nothing; compositionend asks again and then paints', async () => {
    const h = setupRemote([CLEAN])
    h.text().data = MOBILE
    await microtask()
    expect(h.fake.calls).toHaveLength(1)
    h.editor.dispatchEvent(new Event('compositionstart'))
    h.fake.calls[0]!.resolve(blockReport(MOBILE))
    await microtask()
    expect(h.session.report.verdict).toBe('ok')
    h.editor.dispatchEvent(new Event('compositionend'))
    await new Promise((r) => setTimeout(r, 50))
    expect(h.fake.calls).toHaveLength(2)
    h.fake.calls[1]!.resolve(blockReport(MOBILE))
    await microtask()
    expect(h.session.report.verdict).toBe('block')
  })

  it('a failed request is checked in the page; without a ready host the page checks every keystroke', async () => {
    const h = setupRemote([CLEAN])
    h.text().data = MOBILE
    await microtask()
    h.fake.calls[0]!.reject(new Error('engine host unavailable'))
    await microtask()
    expect(h.session.report.verdict).toBe('block')
    h.fake.setReady(false)
    h.text().data = CLEAN
    await microtask()
    expect(h.session.report.verdict).toBe('ok')
    expect(h.fake.calls).toHaveLength(1)
  })
})
