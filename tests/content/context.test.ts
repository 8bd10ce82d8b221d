// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AccountState, hardened, strictContext } from '../../src/content/context'
import { DEFAULT_POLICY } from '../../src/engine'
import { x } from '../../src/sites'
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
    expect(c.policy).toBe(DEFAULT_POLICY)
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
})
