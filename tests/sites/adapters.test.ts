// @vitest-environment happy-dom
/**
 * Site adapters on markup copied from the real sites (/work/shared/research/real-dom.md §3 snippets,
 * with the evidence ids noted): composers found, mode, send controls (Japanese and English), flow
 * steps, account detection, fields left alone.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { facebook, instagram, x } from '../../src/sites'
import type { SiteAdapter } from '../../src/sites'

afterEach(() => {
  document.body.innerHTML = ''
  document.head.innerHTML = ''
})

function mount(html: string): void {
  document.body.innerHTML = html
}
const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T & HTMLElement>(sel)!
const composers = (a: SiteAdapter) => [...document.querySelectorAll<HTMLElement>(a.composerSelector)].filter((e) => a.accept(e))

describe('X', () => {
  it('snippet 1–2: the Draft.js editor and its inline button (投稿)', () => {
    mount(`<div><div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer"><div class="DraftEditor-root">
      <div aria-label="Post text" class="notranslate public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" role="textbox" spellcheck="true" tabindex="0"><div data-contents="true"><div data-block="true"><span>hi</span></div></div></div>
      </div></div></div><button data-testid="tweetButtonInline" aria-disabled="true"><div><span><span>投稿</span></span></div></button></div>`)
    const eds = composers(x)
    expect(eds.map((e) => e.getAttribute('data-testid'))).toEqual(['tweetTextarea_0'])
    expect(x.sendButtonFor(eds[0]!)).toBe($('[data-testid="tweetButtonInline"]'))
    expect(x.sendControl($('[data-testid="tweetButtonInline"] span span'))).toBe($('[data-testid="tweetButtonInline"]'))
    expect(x.mode(eds[0]!)).toBe('post')
  })
  it('snippet 4 (E1): the mobile compose page — a textarea inside div[data-testid=tweetTextarea_0]', () => {
    mount(`<main><div data-testid="tweetTextarea_0"><textarea placeholder="いまどうしてる？"></textarea></div><button data-testid="tweetButton">ポストする</button></main>`)
    const eds = composers(x)
    expect(eds.map((e) => e.tagName)).toEqual(['TEXTAREA'])
    expect(x.sendButtonFor(eds[0]!)).toBe($('[data-testid="tweetButton"]'))
  })
  it('a thread (E1, E2): every part is a composer in the same dialog as the one すべてポスト button', () => {
    mount(`<div id="layers"><div role="dialog">
      <div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div>
      <div data-testid="tweetTextarea_1" role="textbox" contenteditable="true"></div>
      <button data-testid="tweetButton">すべてポスト</button></div></div>`)
    const eds = composers(x)
    expect(eds).toHaveLength(2)
    const scope = x.container(eds[0]!)
    expect(x.container(eds[1]!)).toBe(scope)
    expect(scope.contains($('[data-testid="tweetButton"]'))).toBe(true)
  })
  it('snippet 3 (E6): the inline reply box on a status page is a reply', () => {
    mount(`<article data-testid="tweet"><div data-testid="tweetText">元の投稿</div></article><div data-testid="inline_reply_offscreen"><div data-testid="tweetTextarea_0" role="textbox" contenteditable="true"></div><div data-testid="toolBar"><button data-testid="tweetButtonInline">返信</button></div></div>`)
    expect(x.mode(composers(x)[0]!)).toBe('reply')
  })
  it('the account is the account switcher, not another user’s avatar in a post', () => {
    mount(`<article><div data-testid="UserAvatar-Container-someone_else"></div></article>
      <header><div data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-yanagawa_city"></div></div></header>`)
    expect(x.account(document)).toMatchObject({ handle: 'yanagawa_city' })
  })
})

describe('Facebook', () => {
  const POST_DIALOG = `<div role="dialog" aria-label="投稿を作成"><form method="POST">
    <div contenteditable="true" role="textbox" spellcheck="true" tabindex="0" data-lexical-editor="true" aria-placeholder="What's on your mind, 柳川市?"><p><br></p></div>
    <div aria-label="投稿" role="button" tabindex="0">投稿</div></form></div>`
  it('snippet 6: the post dialog is a post; 投稿 sends', () => {
    mount(POST_DIALOG)
    const ed = composers(facebook)[0]!
    expect(facebook.mode(ed)).toBe('post')
    expect(facebook.sendButtonFor(ed)).toBe($('[aria-label="投稿"]'))
    expect(facebook.sendControl($('[aria-label="投稿"]'))).toBe($('[aria-label="投稿"]'))
    expect(facebook.isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), ed)).toBe(false)
  })
  it('snippet 6 two-step (E13, E14): Next / 次へ is a flow step, not a send; Post in the settings dialog is a send', () => {
    mount(`<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"></div><div aria-label="Next" role="button">Next</div></form></div>
      <div role="dialog" aria-label="Post settings"><div aria-label="Post" role="button">Post</div></div>`)
    expect(facebook.flowControl($('[aria-label="Next"]'))).toBe($('[aria-label="Next"]'))
    expect(facebook.sendControl($('[aria-label="Next"]'))).toBeNull()
    expect(facebook.sendControl($('[aria-label="Post"]'))).toBe($('[aria-label="Post"]'))
    mount(`<div role="dialog"><div aria-label="次へ" role="button"><span>次へ</span></div></div>`)
    expect(facebook.flowControl($('[aria-label="次へ"] span'))).toBe($('[aria-label="次へ"]'))
  })
  for (const [label, button] of [['Comment as 柳川市', 'Comment'], ['柳川市としてコメント', 'コメントする'], ['Comment as 柳川市', 'Post comment']] as const) {
    it(`snippet 7 (E11, E16–E19): a comment form INSIDE a post dialog is a comment — "${label}" / "${button}"`, () => {
      mount(`<div role="dialog"><div role="article">post</div><form role="presentation">
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p>x</p></div>
        <div id="focused-state-composer-submit"><div role="button" aria-label="${button}"></div></div></form></div>`)
      const ed = composers(facebook)[0]!
      expect(facebook.mode(ed)).toBe('comment')
      expect(facebook.isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), ed)).toBe(true)
      expect(facebook.isSendKey(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }), ed)).toBe(false)
      const submit = $('#focused-state-composer-submit [role="button"]')
      expect(facebook.sendButtonFor(ed)).toBe(submit)
      expect(facebook.sendControl(submit)).toBe(submit)
      expect(facebook.container(ed)).toBe($('form'))
    })
  }
  it('replies: "Reply to …" is a reply', () => {
    mount(`<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to 福岡太郎"></div></form>`)
    expect(facebook.mode(composers(facebook)[0]!)).toBe('reply')
  })
  it('snippet 8 (E30): the account is never a navigation tab; it comes from the page data (snippet You)', () => {
    mount(`<div role="banner"><a aria-label="Facebook" href="/">f</a><a aria-label="Video" href="/watch/" role="link">v</a><a aria-label="Marketplace" href="/marketplace/?ref=app_tab" role="link">m</a><div aria-label="Your profile" role="button"></div></div>`)
    expect(facebook.account(document)).toBeNull()
    const s = document.createElement('script')
    s.type = 'application/json'
    s.setAttribute('data-sjs', '')
    s.textContent = '{"x":{"direct_nav_result":{"link_url":"https:\\/\\/www.facebook.com\\/yanagawa.city","snippet":"You","title":"柳川市","img_url":""}}}'
    document.body.append(s)
    expect(facebook.account(document)).toMatchObject({ site: 'facebook', handle: 'yanagawa.city', name: '柳川市' })
  })
  it('E15: acting as a Page — the composer names the Page; its link in the dialog gives the handle; no link → name only (unregistered)', () => {
    const s = '<script type="application/json" data-sjs>{"direct_nav_result":{"link_url":"https:\\/\\/www.facebook.com\\/yanagawa.city","snippet":"You","title":"柳川市"}}</script>'
    mount(`${s}<div role="dialog"><a href="/yanagawa.kanko">柳川市観光課</a><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="What's on your mind, 柳川市観光課?"></div></form></div>`)
    expect(facebook.account(document)).toMatchObject({ handle: 'yanagawa.kanko', name: '柳川市観光課' })
    mount(`${s}<div role="dialog"><form><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-placeholder="柳川市観光課さん、その気持ち、シェアしよう"></div></form></div>`)
    expect(facebook.account(document)).toEqual({ site: 'facebook', name: '柳川市観光課' })
  })
  describe('snippet 7 (E11): a comment box posts as the account its own label names', () => {
    const you = '<script type="application/json" data-sjs>{"direct_nav_result":{"link_url":"https:\\/\\/www.facebook.com\\/yanagawa.city","snippet":"You","title":"柳川市"}}</script>'
    const comment = (label: string, extra = '') =>
      `<form role="presentation">${extra}<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><br></p></div><div id="focused-state-composer-submit"><div role="button" aria-label="Comment"></div></div></form>`
    it('"Comment as <Page>" / 「<Page>としてコメント」 with no post dialog open: the Page (its avatar link gives the handle), not the logged-in profile', () => {
      for (const label of ['Comment as 柳川市観光課', '柳川市観光課としてコメント']) {
        mount(`${you}<div role="article"><a href="/yanagawa.city">柳川市</a><p>post</p>${comment(label, '<a href="/yanagawa.kanko" aria-label="柳川市観光課" role="link"></a>')}</div>`)
        const ed = composers(facebook)[0]!
        expect(facebook.accountFor!(ed)).toEqual({ site: 'facebook', handle: 'yanagawa.kanko', name: '柳川市観光課', url: 'https://www.facebook.com/yanagawa.kanko' })
        // The page-wide account is still the profile: the per-composer one is what must decide.
        expect(facebook.account(document)).toMatchObject({ handle: 'yanagawa.city' })
      }
    })
    it('"Comment as <the logged-in user>": the handle from the page data; in a post opened as a dialog too', () => {
      mount(`${you}<div role="dialog"><div role="article">post</div>${comment('柳川市としてコメント')}</div>`)
      expect(facebook.accountFor!(composers(facebook)[0]!)).toMatchObject({ handle: 'yanagawa.city', name: '柳川市' })
    })
    it('a named Page with no link to it is a name only (unregistered); the post author\'s link is not the commenter', () => {
      mount(`${you}<div role="article"><a href="/yanagawa.kanko">柳川市観光課</a><p>post</p>${comment('Comment as 柳川市観光課')}</div>`)
      expect(facebook.accountFor!(composers(facebook)[0]!)).toEqual({ site: 'facebook', name: '柳川市観光課' })
    })
    it('a box that names nobody ("Write a comment…", "Reply to <Name>") is unknown, never another account; a reply takes the name its post\'s comment box states', () => {
      mount(`${you}<div role="article"><p>post</p>${comment('Write a comment…')}</div>`)
      expect(facebook.accountFor!(composers(facebook)[0]!)).toBeNull()
      mount(`${you}<div role="article"><p>post</p>${comment('Reply to 福岡太郎')}</div>`)
      expect(facebook.accountFor!(composers(facebook)[0]!)).toBeNull()
      mount(`${you}<div role="article"><p>post</p>${comment('柳川市観光課としてコメント', '<a href="/yanagawa.kanko" aria-label="柳川市観光課"></a>')}<div role="article"><p>a comment</p>${comment('福岡太郎に返信')}</div></div>`)
      const [, reply] = composers(facebook)
      expect(facebook.mode(reply!)).toBe('reply')
      expect(facebook.accountFor!(reply!)).toEqual({ site: 'facebook', name: '柳川市観光課' })
    })
    it('a post composer says nothing of its own: the page\'s account applies (undefined)', () => {
      mount(POST_DIALOG)
      expect(facebook.accountFor!(composers(facebook)[0]!)).toBeUndefined()
    })
  })
  it('Messenger fields are left alone (and are not a gap in protection)', () => {
    mount(`<div aria-label="Messenger"><div contenteditable="true" role="textbox" data-lexical-editor="true"></div></div>`)
    expect(composers(facebook)).toEqual([])
    expect(facebook.ignored($('[role="textbox"]'))).toBe(true)
  })
})

describe('Instagram', () => {
  it('snippet 9: the caption in the create dialog; シェア sends, 次へ is a flow step', () => {
    mount(`<div role="dialog"><div role="button" tabindex="0">次へ</div><div aria-label="キャプションを入力..." contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div><div role="button" tabindex="0">シェア</div></div>`)
    const ed = composers(instagram)[0]!
    expect(instagram.mode(ed)).toBe('post')
    const [next, share] = [...document.querySelectorAll<HTMLElement>('[role="button"]')]
    expect(instagram.flowControl(next!)).toBe(next)
    expect(instagram.sendControl(share!)).toBe(share)
    expect(instagram.sendControl(next!)).toBeNull()
  })
  it('snippet 10 (E25–E27): the post comment textarea and the Reel comment <input> are comments; Enter sends', () => {
    mount(`<form method="POST"><textarea aria-label="Add a comment…" placeholder="Add a comment…"></textarea><div role="button">Post</div></form>
      <section><input placeholder="コメントを追加…"><div role="button">投稿する</div></section>`)
    const eds = composers(instagram)
    expect(eds.map((e) => e.tagName)).toEqual(['TEXTAREA', 'INPUT'])
    for (const ed of eds) {
      expect(instagram.mode(ed)).toBe('comment')
      expect(instagram.isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), ed)).toBe(true)
      expect(instagram.sendButtonFor(ed)?.textContent).toMatch(/^(Post|投稿する)$/)
    }
  })
  it('contenteditable comment boxes (E27: "textarea or contenteditable div for posts") are comments too', () => {
    mount(`<section><div contenteditable="true" role="textbox" aria-label="コメントを追加…"></div><div role="button">投稿する</div></section>`)
    const ed = composers(instagram)[0]!
    expect(instagram.mode(ed)).toBe('comment')
    expect(instagram.sendButtonFor(ed)?.textContent).toBe('投稿する')
  })
  it('a post opened as a dialog (E27): its Lexical comment box is a comment, not a caption; 投稿する sends, the action bar does not', () => {
    mount(`<div role="dialog" aria-modal="true"><article role="presentation"><img src="https://scontent.cdninstagram.com/p.jpg" alt="">
      <section><div role="button" aria-label="いいね！"></div><div role="button" aria-label="コメント"></div><div role="button" aria-label="投稿をシェア"></div><div role="button" aria-label="保存"></div></section>
      <section><form method="POST"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="コメントを追加…" aria-placeholder="コメントを追加…"><p><br></p></div><div role="button" tabindex="0">投稿する</div></form></section>
      </article></div>`)
    const eds = composers(instagram)
    expect(eds).toHaveLength(1)
    const ed = eds[0]!
    expect(instagram.mode(ed)).toBe('comment')
    expect(instagram.container(ed).tagName).toBe('FORM')
    expect(instagram.attachments(ed)).toEqual([])
    expect(instagram.isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), ed)).toBe(true)
    expect(instagram.isSendKey(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }), ed)).toBe(false)
    const post = instagram.sendButtonFor(ed)!
    expect(post.textContent).toBe('投稿する')
    expect(instagram.sendControl(post)).toBe(post)
    for (const label of ['いいね！', 'コメント', '投稿をシェア', '保存']) expect(instagram.sendControl($(`[aria-label="${label}"]`))).toBeNull()
    // The post dialog has no シェア step: it is not expected to hold a caption's send button.
    expect(instagram.expectations(document.body)).toEqual([])
  })
  it('direct messages are left alone', () => {
    history.pushState({}, '', '/direct/t/123/')
    mount(`<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="メッセージ..."></div></div>`)
    expect(composers(instagram)).toEqual([])
    history.pushState({}, '', '/')
  })
  it('snippet 11 (E25): the account is the own profile link, not another user’s avatar earlier in the page', () => {
    mount(`<div><a href="/fukuoka_taro/" role="link"><img alt="fukuoka_taroのプロフィール写真"></a></div>
      <main><article><a href="/someone/" role="link"><img alt="someone's profile picture"></a></article></main>
      <nav><a href="/" role="link">ホーム</a><a href="/yanagawa_city/" role="link"><img alt="yanagawa_cityのプロフィール写真">プロフィール</a></nav>`)
    expect(instagram.account(document)).toMatchObject({ handle: 'yanagawa_city' })
    mount(`<div><a href="/fukuoka_taro/" role="link"><img alt="fukuoka_taro's profile picture"></a></div>`)
    expect(instagram.account(document)).toBeNull()
  })
})
