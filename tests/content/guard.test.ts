// @vitest-environment happy-dom
/**
 * The send guard's decisions on plain DOM (happy-dom): which drafts a gesture is judged on (all parts
 * of a thread, every composer of the dialog, a flow's pending draft), which gestures are stopped, and
 * that sends that pass are recorded once per draft. The real-browser paths are in tests/e2e.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { check, type Report } from '../../src/engine'
import { closeDialog, isDialogOpen } from '../../src/content/dialog'
import { installGuard, type Guard, type GuardSession, type SentDraft } from '../../src/content/guard'
import { unhookedFields } from '../../src/content/health'
import { facebook, x, type SiteAdapter } from '../../src/sites'
import type { Registration } from '../../src/shared/protocol'

const BLOCK = '担当の携帯は090-1234-5678です'
const CLEAN = '本日の川下りは通常どおり運航します。'
const WARN = '詳しくは https://bit.ly/abc をご覧ください'

function session(editor: HTMLElement, adapter: SiteAdapter): GuardSession {
  return {
    editor,
    get connected() {
      return editor.isConnected
    },
    get text() {
      return editor.textContent ?? ''
    },
    runCheck: (): Report => check(editor.textContent ?? '', { site: adapter.site, mode: adapter.mode(editor) }),
  }
}

let guard: Guard | null = null
let sent: SentDraft[][] = []
let reached: string[] = []
let registration: Registration = 'registered'
let pageCtl = new AbortController()

function install(adapter: SiteAdapter): void {
  const sessions = () => [...document.querySelectorAll<HTMLElement>(adapter.composerSelector)].map((e) => session(e, adapter))
  guard = installGuard({ adapter, sessions, registration: () => registration, sent: (d) => sent.push(d) })
}

/** The page's own handlers (bubble phase on the document): what reaches them was let through. */
function pageListens(...types: string[]): void {
  for (const t of types) document.addEventListener(t, (e) => reached.push(`${t}:${(e.target as HTMLElement).getAttribute?.('data-id') ?? ''}`), { signal: pageCtl.signal })
}

beforeEach(() => {
  sent = []
  reached = []
  registration = 'registered'
})
afterEach(() => {
  pageCtl.abort()
  pageCtl = new AbortController()
  closeDialog()
  guard?.dispose()
  guard = null
  document.body.innerHTML = ''
})

function thread(parts: string[]): void {
  document.body.innerHTML = `<div id="layers"><div role="dialog">${parts
    .map((p, i) => `<div data-testid="tweetTextarea_${i}" role="textbox" contenteditable="true">${p}</div>`)
    .join('')}<button data-testid="tweetButton" data-id="send">すべてポスト</button></div></div>`
}
const click = (sel: string) => document.querySelector<HTMLElement>(sel)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
const key = (sel: string, init: KeyboardEventInit) => document.querySelector<HTMLElement>(sel)!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))

describe('X thread', () => {
  it('a block in part 2 stops the one button; the dialog says block', () => {
    install(x)
    pageListens('click')
    thread([CLEAN, BLOCK])
    click('[data-testid="tweetButton"]')
    expect(reached).toEqual([])
    expect(isDialogOpen()).toBe(true)
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
    expect(sent).toEqual([])
  })
  it('Ctrl+Enter in the clean part 1 is judged on the whole thread', () => {
    install(x)
    pageListens('keydown')
    thread([CLEAN, BLOCK])
    key('[data-testid="tweetTextarea_0"]', { key: 'Enter', ctrlKey: true })
    expect(reached).toEqual([])
    expect(isDialogOpen()).toBe(true)
  })
  it('a clean thread passes untouched and records every part once', () => {
    install(x)
    pageListens('click')
    thread([CLEAN, '乗船場は市役所の近くにあります。'])
    click('[data-testid="tweetButton"]')
    expect(reached).toEqual(['click:send'])
    expect(sent.map((d) => d.map((s) => s.text))).toEqual([[CLEAN, '乗船場は市役所の近くにあります。']])
  })
  it('a warning asks; touches and presses on the button are swallowed while it must not go out', () => {
    install(x)
    pageListens('click', 'pointerdown', 'mousedown', 'touchstart', 'touchend')
    thread([CLEAN, WARN])
    for (const t of ['pointerdown', 'mousedown']) document.querySelector('[data-testid="tweetButton"]')!.dispatchEvent(new MouseEvent(t, { bubbles: true, cancelable: true }))
    for (const t of ['touchstart', 'touchend']) document.querySelector('[data-testid="tweetButton"]')!.dispatchEvent(new Event(t, { bubbles: true, cancelable: true }))
    expect(reached).toEqual([])
    expect(isDialogOpen()).toBe(true)
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('confirm')
  })
  it('IME composition keys are never touched', () => {
    install(x)
    pageListens('keydown')
    thread([BLOCK])
    key('[data-testid="tweetTextarea_0"]', { key: 'Enter', ctrlKey: true, isComposing: true })
    expect(reached).toEqual(['keydown:'])
    expect(isDialogOpen()).toBe(false)
  })
})

describe('account', () => {
  it('a retired account is refused even with a clean draft; unregistered asks for a clean one', () => {
    install(x)
    pageListens('click')
    thread([CLEAN])
    registration = 'retired'
    click('[data-testid="tweetButton"]')
    expect(reached).toEqual([])
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
    expect(document.querySelector('post-guard-dialog')!.shadowRoot!.textContent).toContain('dialogRetiredTitle')
    closeDialog()
    registration = 'unregistered'
    click('[data-testid="tweetButton"]')
    expect(reached).toEqual([])
    const root = document.querySelector('post-guard-dialog')!.shadowRoot!
    expect(root.querySelector('[data-post-guard-notice="unregistered"]')).not.toBeNull()
    expect([...root.querySelectorAll('[data-post-guard-confirm]')].map((b) => b.getAttribute('data-post-guard-confirm'))).toEqual(['account'])
  })
})

describe('trusted confirmations', () => {
  it('a page script ticking the boxes and pressing send neither sends nor records a confirmation', () => {
    install(x)
    pageListens('click')
    thread([WARN])
    click('[data-testid="tweetButton"]')
    const root = document.querySelector('post-guard-dialog')!.shadowRoot!
    for (const box of root.querySelectorAll<HTMLInputElement>('[data-post-guard-confirm]')) box.click() // untrusted
    const send = root.querySelector<HTMLButtonElement>('[data-post-guard-action="send"]')!
    expect(send.disabled).toBe(true)
    send.disabled = false
    send.click()
    send.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    expect(reached).toEqual([])
    expect(sent).toEqual([])
    expect(isDialogOpen()).toBe(true)
  })
})

describe('flows (Facebook 次へ → 投稿の設定 → 投稿)', () => {
  function step1(text: string): void {
    document.body.innerHTML = `<div role="dialog" id="d1"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="What's on your mind, 柳川市?">${text}</div><div role="button" aria-label="次へ" data-id="next">次へ</div></form></div>`
  }
  function step2(): void {
    // The editor unmounts; a new dialog holds the last button.
    document.body.innerHTML = `<div role="dialog" aria-label="投稿の設定"><div role="button" aria-label="投稿" data-id="post">投稿</div></div>`
  }
  it('the pending draft is judged at the last button after the editor unmounted', () => {
    install(facebook)
    pageListens('click')
    step1(BLOCK)
    click('[aria-label="次へ"]')
    expect(reached).toEqual(['click:next'])
    step2()
    expect(guard!.pending().map((d) => d.text)).toEqual([BLOCK])
    expect(guard!.covers(document.querySelector('[aria-label="投稿"]')!)).toBe(true)
    click('[aria-label="投稿"]')
    expect(reached).toEqual(['click:next'])
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
  })
  it('a clean pending draft goes out once and the flow ends; closing the dialogs ends it too', () => {
    install(facebook)
    pageListens('click')
    step1(CLEAN)
    click('[aria-label="次へ"]')
    step2()
    click('[aria-label="投稿"]')
    expect(reached).toEqual(['click:next', 'click:post'])
    expect(sent.map((d) => d.map((s) => s.text))).toEqual([[CLEAN]])
    expect(guard!.pending()).toEqual([])
    step1(BLOCK)
    click('[aria-label="次へ"]')
    document.body.innerHTML = ''
    expect(guard!.pending()).toEqual([])
  })
})

describe('fail-safe detection without the adapter’s selectors', () => {
  it('a visible editable field next to a send-like button that nothing hooked is reported', () => {
    document.body.innerHTML = `<main><div><div contenteditable="true" data-testid="postComposerInput_0" style="width:300px;height:40px"></div><button>ポストする</button></div>
      <input type="search" placeholder="検索"><div role="search"><input type="text"><button>Post</button></div></main>`
    // happy-dom has no layout: give elements a size.
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.getBoundingClientRect = () => ({ width: 100, height: 20, top: 0, left: 0, right: 100, bottom: 20, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect
    const found = unhookedFields(x, { editors: () => [] })
    expect(found.map((f) => f.getAttribute('data-testid'))).toEqual(['postComposerInput_0'])
    // Once hooked (or inside a hooked composer's scope) it is not a gap.
    expect(unhookedFields(x, { editors: () => [found[0]!] })).toEqual([])
  })
})

describe('more flows', () => {
  it('Facebook Page video → Reel: the step-1 draft stays pending next to the second editor ("Describe your reel…"); the worst decides', () => {
    install(facebook)
    pageListens('click')
    document.body.innerHTML = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="What's on your mind, 柳川市?">${BLOCK}</div><div role="button" aria-label="Next" data-id="next">Next</div></form></div>`
    click('[aria-label="Next"]')
    document.body.innerHTML = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="Describe your reel...">${CLEAN}</div><div role="button" aria-label="Post" data-id="post">Post</div></form></div>`
    click('[aria-label="Post"]')
    expect(reached).toEqual(['click:next'])
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
  })
  it("a flow's last step asks the registration of every draft it sends: the step-1 editor, gone, is asked too (a Page's Reel)", () => {
    const asked: HTMLElement[][] = []
    const sessions = () => [...document.querySelectorAll<HTMLElement>(facebook.composerSelector)].map((e) => session(e, facebook))
    // The step-1 editor's account is retired (the page's account has moved on to another one meanwhile).
    guard = installGuard({ adapter: facebook, sessions, registration: (eds) => (asked.push([...eds]), eds.some((e) => !e.isConnected) ? 'retired' : 'registered'), sent: (d) => sent.push(d) })
    pageListens('click')
    document.body.innerHTML = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="What's on your mind, 柳川市観光課?">${CLEAN}</div><div role="button" aria-label="Next" data-id="next">Next</div></form></div>`
    click('[aria-label="Next"]')
    document.body.innerHTML = `<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="Describe your reel...">${CLEAN}</div><div role="button" aria-label="Post" data-id="post">Post</div></form></div>`
    click('[aria-label="Post"]')
    expect(asked.at(-1)!.some((e) => !e.isConnected)).toBe(true)
    expect(reached).toEqual(['click:next'])
    expect(sent).toEqual([])
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
  })
  it('note.com (blog adapter): 公開に進む → the publish page without the editor → 投稿する is judged on the pending body', async () => {
    const { blog } = await import('../../src/sites')
    install(blog)
    pageListens('click')
    document.body.innerHTML = `<main><textarea placeholder="記事タイトル">お知らせ</textarea><div class="ProseMirror" contenteditable="true" role="textbox">${BLOCK}</div><button data-id="next">公開に進む</button></main>`
    click('main button')
    expect(guard!.pending().map((d) => d.text)).toEqual(['お知らせ', BLOCK])
    document.body.innerHTML = `<main><div>ハッシュタグ</div><button data-id="publish">投稿する</button></main>`
    click('main button')
    expect(reached).toEqual(['click:next'])
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
  })
})

describe('a flow outside a dialog ends when the page shows it was abandoned (note.com 公開に進む → 投稿する)', () => {
  const EDIT = '/notes/n1a2b3c4d5e6/edit/'
  const PUBLISH = '/notes/n1a2b3c4d5e6/publish/'
  function editor(title: string, body: string): void {
    document.body.innerHTML = `<div id="__nuxt"><header><button data-id="next">公開に進む</button></header><textarea placeholder="記事タイトル">${title}</textarea><div class="ProseMirror" contenteditable="true" role="textbox">${body}</div></div>`
  }
  function publishPage(): void {
    document.body.innerHTML = `<div id="__nuxt"><input placeholder="ハッシュタグを追加する"><button data-id="publish">投稿する</button></div>`
  }
  /** The editor, 公開に進む, then the publish page at its own address (the editor unmounted). */
  async function toPublish(title: string, body: string): Promise<void> {
    const { blog } = await import('../../src/sites')
    install(blog)
    pageListens('click')
    history.replaceState(null, '', EDIT)
    editor(title, body)
    click('header button')
    history.pushState(null, '', PUBLISH)
    publishPage()
    expect(guard!.pending().map((d) => d.text)).toEqual([title, body])
  }
  /** A send control that appears on the page later (a publish page reached another way, a form with 投稿する). */
  function laterPublishButton(): HTMLElement {
    const b = document.createElement('button')
    b.setAttribute('data-id', 'later')
    b.textContent = '投稿する'
    document.body.append(b)
    return b
  }

  it('going back to the editor with the same text keeps the flow; back and emptied ends it, so a later 投稿する is not judged on the old draft', async () => {
    await toPublish('お知らせ', BLOCK)
    history.replaceState(null, '', EDIT)
    editor('お知らせ', BLOCK)
    expect(guard!.pending().map((d) => d.text)).toEqual(['お知らせ', BLOCK])
    // The user empties the body and the title (the editor remounts empty, as after 下書きを破棄).
    editor('', '')
    expect(guard!.pending()).toEqual([])
    const later = laterPublishButton()
    expect(guard!.covers(later)).toBe(false)
    later.click()
    expect(reached).toEqual(['click:next', 'click:later'])
    expect(isDialogOpen()).toBe(false)
  })
  it('back in the editor with the draft rewritten clean ends the flow; the next 公開に進む → 投稿する goes out once with the new text', async () => {
    await toPublish('お知らせ', BLOCK)
    history.replaceState(null, '', EDIT)
    editor('お知らせ', CLEAN)
    expect(guard!.pending()).toEqual([])
    click('header button')
    history.pushState(null, '', PUBLISH)
    publishPage()
    click('#__nuxt button')
    expect(isDialogOpen()).toBe(false)
    expect(sent.map((d) => d.map((x) => x.text))).toEqual([['お知らせ', CLEAN]])
    expect(reached).toEqual(['click:next', 'click:next', 'click:publish'])
  })
  it('navigating from the publish page to a third address ends the flow; before that 投稿する is refused', async () => {
    await toPublish('お知らせ', BLOCK)
    // Still on the publish page: refused (nothing reaches the page).
    click('#__nuxt button')
    expect(isDialogOpen()).toBe(true)
    closeDialog()
    expect(reached).toEqual(['click:next'])
    // The user leaves for the dashboard (an in-app navigation: same document, another address).
    history.pushState(null, '', '/sitesettings/stats')
    document.body.innerHTML = `<div id="__nuxt"><h1>ダッシュボード</h1></div>`
    expect(guard!.pending()).toEqual([])
    const later = laterPublishButton()
    later.click()
    expect(isDialogOpen()).toBe(false)
    expect(reached).toEqual(['click:next', 'click:later'])
  })
  it('公開に進む on an empty editor leaves nothing pending (an earlier flow is not carried over)', async () => {
    await toPublish('お知らせ', BLOCK)
    history.replaceState(null, '', '/notes/n9z8y7x6w5v4/edit/')
    editor('', '')
    click('header button')
    expect(guard!.pending()).toEqual([])
    history.pushState(null, '', '/notes/n9z8y7x6w5v4/publish/')
    publishPage()
    click('#__nuxt button')
    expect(isDialogOpen()).toBe(false)
    expect(reached).toEqual(['click:next', 'click:next', 'click:publish'])
  })
})


describe('health', () => {
  const sized = () => {
    for (const el of document.querySelectorAll<HTMLElement>('*')) el.getBoundingClientRect = () => ({ width: 100, height: 20, top: 0, left: 0, right: 100, bottom: 20, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect
  }
  it('reasons in order: unreadable composer, missing context, a send button with no composer (unless a flow holds its draft), an unhooked field', async () => {
    const { health } = await import('../../src/content/health')
    document.body.innerHTML = `<div role="dialog"><form><div role="button" aria-label="投稿">投稿</div></form></div>`
    sized()
    const base = { adapter: facebook, editors: [] as HTMLElement[], hadFailure: false, contextMissing: false }
    expect(health({ ...base, hadFailure: true })).toEqual({ protected: false, reason: 'statusReadFailed' })
    expect(health({ ...base, contextMissing: true })).toEqual({ protected: false, reason: 'statusNoContext' })
    expect(health(base)).toEqual({ protected: false, reason: 'statusNoComposer' })
    expect(health({ ...base, flowCovers: () => true })).toEqual({ protected: true })
    document.body.innerHTML = `<main><div><textarea></textarea><div role="button">Post</div></div></main>`
    sized()
    expect(health(base)).toEqual({ protected: false, reason: 'statusUnhookedField' })
    expect(health({ ...base, editors: [document.querySelector('textarea')!] })).toEqual({ protected: true })
  })
})
