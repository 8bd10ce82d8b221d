// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AccountState, hardened, strictContext } from '../../src/content/context'
import { DEFAULT_POLICY } from '../../src/engine'
import { facebook, x } from '../../src/sites'
import type { AccountContext, Request } from '../../src/shared/protocol'

const registered: AccountContext = { registration: 'registered', tone: 4, approval: false, broadcastOnly: false, emergency: false, policy: DEFAULT_POLICY, history: [] }

afterEach(() => {
  vi.useRealTimers()
  document.body.innerHTML = ''
})

describe('the context before and after the background answers', () => {
  it('starts from the strictest: unknown registration, approval required, broadcast-only, default policy', () => {
    const c = strictContext()
    expect(c).toMatchObject({ registration: 'unknown', approval: true, broadcastOnly: true, tone: 3, emergency: false })
    // No policy of its own: the engine checks with its default policy (the content script does not carry the engine).
    expect(c.policy).toBeUndefined()
  })
  it('an answer for an account not known to be registered still requires approval', () => {
    expect(hardened({ ...registered, registration: 'unknown', approval: false }).approval).toBe(true)
    expect(hardened({ ...registered, registration: 'unregistered', approval: false }).approval).toBe(true)
    expect(hardened(registered).approval).toBe(false)
  })

  it('a late answer: strict meanwhile, retried, "not protected" after the give-up time, then the real context', async () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-yanagawa_city"></div></div>'
    const asked: Request[] = []
    let answer: ((v: unknown) => void) | null = null
    let reachable = false
    const send = (m: Request) => {
      asked.push(m)
      if (!reachable) return Promise.resolve(undefined) // no background (yet)
      return new Promise<unknown>((r) => (answer = r))
    }
    const ctl = new AbortController()
    const st = new AccountState({ adapter: x, send, changed: () => undefined, signal: ctl.signal, retryMs: 500, giveUpMs: 2000 })
    st.detect()
    expect(st.account).toMatchObject({ handle: 'yanagawa_city' })
    const editor = document.createElement('div')
    expect(st.contextFor(editor)).toMatchObject({ approval: true, broadcastOnly: true })
    await vi.advanceTimersByTimeAsync(2500)
    expect(asked.length).toBeGreaterThan(2) // retried
    expect(st.missing).toBe(true)
    expect(st.ctx.registration).toBe('unknown')
    reachable = true
    await vi.advanceTimersByTimeAsync(600)
    answer!(registered)
    await vi.advanceTimersByTimeAsync(0)
    expect(st.known).toBe(true)
    expect(st.missing).toBe(false)
    expect(st.contextFor(editor)).toMatchObject({ approval: false, tone: 4, broadcastOnly: false })
    // Another account: back to the strictest until its own answer arrives.
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-other_city"></div></div>'
    st.detect()
    expect(st.ctx.registration).toBe('unknown')
    expect(st.contextFor(editor).approval).toBe(true)
    ctl.abort()
  })

  it('a question still being answered (a slow background) is overdue only after the longer limit; one that came back empty after the short one', async () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-yanagawa_city"></div></div>'
    let answer: ((v: unknown) => void) | null = null
    const send = () => new Promise<unknown>((r) => (answer = r))
    const ctl = new AbortController()
    const st = new AccountState({ adapter: x, send, changed: () => undefined, signal: ctl.signal, retryMs: 500, giveUpMs: 2000, overdueMs: 6000 })
    st.detect()
    await vi.advanceTimersByTimeAsync(5000)
    expect(st.missing).toBe(false) // still being answered: slow, not missing
    await vi.advanceTimersByTimeAsync(1500)
    expect(st.missing).toBe(true) // stuck
    answer!(registered)
    await vi.advanceTimersByTimeAsync(0)
    expect(st.missing).toBe(false)
    expect(st.known).toBe(true)
    ctl.abort()
    // The same wait with a question that came back without a context: the short limit applies.
    const ctl2 = new AbortController()
    const st2 = new AccountState({ adapter: x, send: () => Promise.resolve(undefined), changed: () => undefined, signal: ctl2.signal, retryMs: 500, giveUpMs: 2000, overdueMs: 6000 })
    st2.detect()
    await vi.advanceTimersByTimeAsync(1800)
    expect(st2.missing).toBe(false)
    await vi.advanceTimersByTimeAsync(500)
    expect(st2.missing).toBe(true)
    ctl2.abort()
  })

  it('time the page itself was busy (timers running late: the engine loading on a slow computer) does not make the answer overdue', async () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-yanagawa_city"></div></div>'
    const send = () => new Promise<unknown>(() => undefined) // the answer waits in the page's queue
    const ctl = new AbortController()
    const st = new AccountState({ adapter: x, send, changed: () => undefined, signal: ctl.signal, retryMs: 500, overdueMs: 2000 })
    st.detect()
    await vi.advanceTimersByTimeAsync(1000)
    // A 3-second task: the page's clock moves, but no timer could run meanwhile.
    vi.setSystemTime(Date.now() + 3000)
    expect(st.missing).toBe(false)
    // Once the page runs again, real waiting counts (1 s before the busy task, the tick's slack, then this).
    await vi.advanceTimersByTimeAsync(600)
    expect(st.missing).toBe(false)
    await vi.advanceTimersByTimeAsync(1000)
    expect(st.missing).toBe(true)
    ctl.abort()
  })

  it('an answer overtaken by a newer question for the same account is still used; an answer for an account that left is not', async () => {
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-yanagawa_city"></div></div>'
    const pending: Array<{ handle: string | null; answer: (v: unknown) => void }> = []
    const send = (m: Request) => new Promise<unknown>((r) => pending.push({ handle: m.type === 'context' ? (m.account?.handle ?? null) : null, answer: r }))
    const ctl = new AbortController()
    const st = new AccountState({ adapter: x, send, changed: () => undefined, signal: ctl.signal })
    st.detect()
    void st.refresh() // a storage change asks again before the first answer came
    expect(pending.map((p) => p.handle)).toEqual(['yanagawa_city', 'yanagawa_city'])
    pending[0]!.answer(registered)
    await Promise.resolve()
    await Promise.resolve()
    expect(st.known).toBe(true)
    expect(st.ctx.tone).toBe(4)
    // The newer answer replaces it; an older one arriving after a newer one does not.
    pending[1]!.answer({ ...registered, tone: 2 })
    await Promise.resolve()
    await Promise.resolve()
    expect(st.ctx.tone).toBe(2)
    // Another account acts now: a late answer for the one that left is dropped.
    void st.refresh()
    document.body.innerHTML = '<div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-other_city"></div></div>'
    st.detect()
    pending[2]!.answer({ ...registered, tone: 5 })
    await Promise.resolve()
    await Promise.resolve()
    expect(st.known).toBe(false)
    expect(st.ctx.registration).toBe('unknown')
    ctl.abort()
  })

  it('a comment box that names its own account (Facebook 「…としてコメント」) is judged under that account, not the page\'s', async () => {
    const data = '<script type="application/json" data-sjs>{"direct_nav_result":{"link_url":"https:\\/\\/www.facebook.com\\/yanagawa.city","snippet":"You","title":"柳川市"}}</script>'
    document.body.innerHTML = `${data}<div role="article"><form role="presentation"><a href="/yanagawa.kanko" aria-label="柳川市観光課"></a>
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="柳川市観光課としてコメント" id="page"></div></form></div>
      <div role="article"><form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="コメントを入力..." id="nameless"></div></form></div>`
    const answers: Record<string, AccountContext> = {
      'yanagawa.city': { ...registered, tone: 5, approval: true },
      'yanagawa.kanko': { ...registered, tone: 1, approval: false },
    }
    const asked: Array<string | null> = []
    const send = async (m: Request) => {
      if (m.type !== 'context') return undefined
      asked.push(m.account?.handle ?? null)
      return answers[m.account?.handle ?? ''] ?? { ...registered, registration: 'unregistered' }
    }
    let changed = 0
    const ctl = new AbortController()
    const st = new AccountState({ adapter: facebook, send, changed: () => changed++, signal: ctl.signal })
    st.detect()
    await Promise.resolve()
    await Promise.resolve()
    expect(st.account).toMatchObject({ handle: 'yanagawa.city' })
    const page = document.getElementById('page')!
    const nameless = document.getElementById('nameless')!
    expect(st.accountOf(page)).toMatchObject({ handle: 'yanagawa.kanko', name: '柳川市観光課' })
    // Before the Page's own answer: the strictest, not the profile's context.
    expect(st.contextFor(page)).toMatchObject({ approval: true, tone: 3 })
    expect(st.registrationOf([page])).toBe('unknown')
    const before = changed
    await vi.waitFor(() => expect(st.contextFor(page)).toMatchObject({ approval: false, tone: 1 }))
    expect(changed).toBeGreaterThan(before)
    expect(st.registrationOf([page])).toBe('registered')
    // A comment box that names nobody is unknown (its answer: unregistered), never the logged-in profile.
    expect(st.accountOf(nameless)).toBeNull()
    st.contextFor(nameless)
    await vi.waitFor(() => expect(st.registrationOf([nameless])).toBe('unregistered'))
    expect(st.registrationOf([page, nameless])).toBe('unregistered')
    expect(st.contextFor(nameless).tone).not.toBe(5)
    expect(asked).toEqual(expect.arrayContaining(['yanagawa.city', 'yanagawa.kanko', null]))
    ctl.abort()
  })

  it("a flow's earlier editor keeps the account it was written as after it is gone and the page's account changes", async () => {
    const data = '<script type="application/json" data-sjs>{"direct_nav_result":{"link_url":"https:\\/\\/www.facebook.com\\/yanagawa.city","snippet":"You","title":"柳川市"}}</script>'
    const answers: Record<string, AccountContext> = {
      'yanagawa.city': { ...registered, tone: 5, approval: true },
      'yanagawa.kanko': { ...registered, registration: 'retired' },
    }
    const asked: Array<string | null> = []
    const send = async (m: Request) => {
      if (m.type !== 'context') return undefined
      asked.push(m.account?.handle ?? null)
      return answers[m.account?.handle ?? ''] ?? { ...registered, registration: 'unregistered' }
    }
    const ctl = new AbortController()
    const st = new AccountState({ adapter: facebook, send, changed: () => undefined, signal: ctl.signal })
    // Step 1: the post dialog names the Page ("What's on your mind, 柳川市観光課?") and links it.
    document.body.innerHTML = `${data}<div role="dialog"><form><a href="/yanagawa.kanko" aria-label="柳川市観光課"></a>
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="柳川市観光課さん、その気持ち、シェアしよう" id="post"></div></form></div>`
    const post = document.getElementById('post')!
    st.detect()
    await vi.waitFor(() => expect(st.known).toBe(true))
    const pageAccount = st.account
    expect(pageAccount).toMatchObject({ name: '柳川市観光課' })
    expect(st.accountOf(post)).toEqual(pageAccount)
    const pageRegistration = st.registrationOf([post])
    expect(pageRegistration).toBe(pageAccount?.handle === 'yanagawa.kanko' ? 'retired' : 'unregistered')
    // Step 2: the editor and the placeholder are gone; the page now reads as the logged-in profile.
    post.closest('[role="dialog"]')!.remove()
    st.detect()
    await vi.waitFor(() => expect(st.known).toBe(true))
    expect(st.account).not.toEqual(pageAccount)
    // The draft of step 1 is still the Page's, with the Page's answer at once (no strict flash, no profile).
    expect(st.accountOf(post)).toEqual(pageAccount)
    expect(st.registrationOf([post])).toBe(pageRegistration)
    ctl.abort()
  })
})
