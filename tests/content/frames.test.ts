// @vitest-environment happy-dom
/**
 * Editors in frames on plain DOM (happy-dom cannot load frame documents, so a frame here is one the
 * script cannot read, like a cross-origin one): which frames count as unreadable editor canvases,
 * the health reason they give, the realm-independent node checks, and the send guard judging the
 * composers of one canvas (a WordPress post's title and blocks) as ONE draft. The real frames are in
 * tests/e2e/wordpress.e2e.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { check, type Report } from '../../src/engine'
import { closeDialog, isDialogOpen } from '../../src/content/dialog'
import { isElement, isNode, looksLikeEditorFrame, unreadableEditorFrames } from '../../src/content/frames'
import { installGuard, type Guard, type SentDraft } from '../../src/content/guard'
import { health } from '../../src/content/health'
import { blog, x, type SiteAdapter } from '../../src/sites'

let guard: Guard | null = null
afterEach(() => {
  closeDialog()
  guard?.dispose()
  guard = null
  document.body.innerHTML = ''
})

/** Give an element a box (happy-dom does no layout). */
function box(el: Element, width = 600, height = 400): void {
  ;(el as HTMLElement).getBoundingClientRect = () => ({ left: 0, top: 0, right: width, bottom: height, width, height, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect
}

describe('editor canvases in frames the script cannot read', () => {
  it('recognises editor canvases by name or title, in Japanese and English, and nothing else', () => {
    const frame = (attrs: string) => {
      document.body.innerHTML = `<iframe ${attrs}></iframe>`
      return document.querySelector('iframe')!
    }
    expect(looksLikeEditorFrame(frame('name="editor-canvas" title="エディターキャンバス"'))).toBe(true)
    expect(looksLikeEditorFrame(frame('title="Editor canvas"'))).toBe(true)
    expect(looksLikeEditorFrame(frame('id="content_ifr" title="リッチテキストエリア"'))).toBe(true)
    expect(looksLikeEditorFrame(frame('name="iframe_canvas" title="ゲーム"'))).toBe(false)
    expect(looksLikeEditorFrame(frame('title="YouTube 動画プレーヤー" src="https://www.youtube.com/embed/x"'))).toBe(false)
    expect(looksLikeEditorFrame(frame('name="google_ads_iframe_1"'))).toBe(false)
  })

  it('a visible unreadable editor canvas is reported; a hidden one, or one that is no editor, is not', () => {
    document.body.innerHTML = '<iframe name="editor-canvas" title="エディターキャンバス"></iframe><iframe title="広告"></iframe><iframe name="editor-canvas" id="hidden"></iframe>'
    const [canvas, ad, hidden] = [...document.querySelectorAll('iframe')]
    box(canvas!)
    box(ad!)
    box(hidden!, 0, 0)
    expect(unreadableEditorFrames(document, true)).toEqual([canvas])
    expect(unreadableEditorFrames(document, false)).toEqual([canvas])
  })

  it('health says why: the editor is in a frame Post Guard cannot read', () => {
    document.body.innerHTML = '<iframe name="editor-canvas" title="エディターキャンバス"></iframe>'
    box(document.querySelector('iframe')!)
    const input = { adapter: blog, editors: [], hadFailure: false, contextMissing: false }
    expect(health(input)).toEqual({ protected: false, reason: 'statusFrameUnreadable' })
    // The same for sites that do not look into frames at all.
    expect(health({ ...input, adapter: x })).toEqual({ protected: false, reason: 'statusFrameUnreadable' })
    document.querySelector('iframe')!.remove()
    expect(health(input)).toEqual({ protected: true })
  })

  it('node checks work without the constructors of the window (frames have their own realm)', () => {
    const p = document.createElement('p')
    expect(isNode(p) && isElement(p)).toBe(true)
    expect(isNode(document.createTextNode('a')) && !isElement(document.createTextNode('a'))).toBe(true)
    expect(isNode({ nodeType: '1' }) || isElement(null) || isElement(window)).toBe(false)
  })
})

describe('one canvas, one draft (the adapter’s draftRoot)', () => {
  // A canvas without the frame (happy-dom): the adapter's draftRoot joins the composers of `.canvas`.
  const canvasBlog: SiteAdapter = { ...blog, draftRoot: (e) => e.closest('.canvas'), container: () => document.body }
  const checked: string[] = []

  function mount(title: string, blocks: string[]): void {
    document.body.innerHTML = `<header><button type="button" data-id="publish">公開…</button><button type="button">下書き保存</button></header>
      <div class="canvas"><h1 contenteditable="true" role="textbox">${title}</h1>${blocks.map((b) => `<p contenteditable="true" role="document" aria-label="ブロック: 段落">${b}</p>`).join('')}</div>`
  }

  function install(sent: SentDraft[][]): void {
    // Sessions in a shuffled order: the guard puts them back in document order.
    const sessions = () =>
      [...document.querySelectorAll<HTMLElement>('[contenteditable="true"]')].reverse().map((editor) => ({
        editor,
        connected: true,
        get text() {
          return editor.textContent ?? ''
        },
        runCheck: (): Report => check(editor.textContent ?? '', { site: 'blog', mode: 'post' }),
      }))
    guard = installGuard({
      adapter: canvasBlog,
      sessions,
      registration: () => 'registered',
      sent: (d) => sent.push(d),
      check: (text) => {
        checked.push(text)
        return check(text, { site: 'blog', mode: 'post' })
      },
    })
  }

  const click = (sel: string) => document.querySelector<HTMLElement>(sel)!.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))

  it('a clean post goes out as one draft: the title and the blocks in document order, a blank line apart', () => {
    const sent: SentDraft[][] = []
    checked.length = 0
    install(sent)
    mount('窓口時間のお知らせ', ['本庁舎の窓口は午後5時15分までです。', '', '土日は閉庁しています。'])
    click('[data-id="publish"]')
    expect(isDialogOpen()).toBe(false)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.map((d) => d.text)).toEqual(['窓口時間のお知らせ\n\n本庁舎の窓口は午後5時15分までです。\n\n土日は閉庁しています。'])
    expect(checked).toEqual([sent[0]![0]!.text])
  })

  it('a private mobile number in one block blocks the whole post; the draft save button is not a send', () => {
    const sent: SentDraft[][] = []
    install(sent)
    mount('お知らせ', ['本日は晴天です。', '担当の携帯は090-1234-5678です', '以上です。'])
    expect(canvasBlog.sendControl(document.querySelector('header button:nth-child(2)')!)).toBeNull()
    click('[data-id="publish"]')
    expect(isDialogOpen()).toBe(true)
    expect(document.querySelector('post-guard-dialog')?.getAttribute('data-post-guard-dialog')).toBe('block')
    expect(sent).toEqual([])
  })
})

describe('blog adapter: WordPress publish controls (packages/editor post-publish-button, label.js)', () => {
  it('公開 / 更新 / 予約投稿, with or without the toggles’ 「…」, are send controls; 下書き保存 and プレビュー are not', () => {
    document.body.innerHTML = ['公開', '公開…', '更新', '予約投稿…', 'Publish…', 'Schedule', '下書き保存', 'プレビュー', 'レビュー待ちとして送信']
      .map((l) => `<button type="button" class="components-button">${l}</button>`)
      .join('')
    const sends = [...document.querySelectorAll('button')].filter((b) => blog.sendControl(b) === b).map((b) => b.textContent)
    expect(sends).toEqual(['公開', '公開…', '更新', '予約投稿…', 'Publish…', 'Schedule'])
  })

  it('Ctrl/Cmd+S is a send only in an editor canvas (a child frame), never for an editor of the page itself', () => {
    document.body.innerHTML = '<button type="button">更新</button><div contenteditable="true">本文</div>'
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!
    expect(blog.isSendKey(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }), editor)).toBe(false)
    expect(blog.draftRoot?.(editor)).toBeNull()
    expect(blog.frames).toBe(true)
    expect(x.frames).toBeFalsy()
  })
})
