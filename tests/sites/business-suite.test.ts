// @vitest-environment happy-dom
/**
 * Meta Business Suite adapter on markup reconstructed from docs/real-dom-mbs.md (M1 recorded dump, M2
 * publisher adapter): the contenteditable combobox text box, Publish/Schedule as div[role=button] with
 * visible text, Finish later (a draft, not a send), the "Post to <Page>" selector and its listbox, the
 * Facebook preview article. Japanese labels are inferred (no Japanese MBS markup was found).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { businessSuite, businessSuiteAccount } from '../../src/sites/business-suite'

afterEach(() => {
  document.body.innerHTML = ''
})

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T & HTMLElement>(sel)!
const composers = () => [...document.querySelectorAll<HTMLElement>(businessSuite.composerSelector)].filter((e) => businessSuite.accept(e))
const EDITOR_LABEL = 'Write into the dialogue box to include text with your post.'

interface Options {
  /** The destination selector's aria-label and icons. */
  postTo?: { label: string; icons: string[] } | null
  /** Options of the opened "Post to" listbox: [icon, text, selected]. */
  options?: Array<[string, string, boolean]>
  /** The Facebook preview: heading text and the link inside it. */
  preview?: { name: string; href?: string } | null
  publishLabel?: string
  scheduleLabel?: string
  extra?: string
}

function mount(o: Options = {}): void {
  const postTo = o.postTo === undefined ? { label: 'Post to 柳川市', icons: ['Facebook', 'Instagram'] } : o.postTo
  const preview = o.preview === undefined ? { name: '柳川市', href: 'https://www.facebook.com/yanagawa.city' } : o.preview
  document.body.innerHTML = `
    <div role="navigation"><a href="/latest/home">Home</a><a href="https://www.facebook.com/someone.else"><img alt="Someone Else's profile picture"></a></div>
    <div role="main">
      <h1>Create post</h1>
      <div class="mbs-section">
        <h2>Post to</h2>
        ${postTo ? `<div role="combobox" tabindex="0" aria-label="${postTo.label}">${postTo.icons.map((i) => `<img alt="${i}">`).join('')}</div>` : ''}
        ${o.options ? `<div role="listbox" aria-label="Post to">${o.options.map(([icon, text, sel]) => `<div role="option" aria-selected="${sel}"><img alt="${icon}">${text}</div>`).join('')}</div>` : ''}
      </div>
      <div class="mbs-section">
        <div class="DraftEditor-root"><div class="notranslate _5rpu public-DraftEditor-content" contenteditable="true" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-label="${EDITOR_LABEL}"><div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span>本文</span></div></div></div></div></div>
        <label><input type="checkbox" role="switch" aria-label="Set date and time"></label>
        <label><input type="checkbox" role="switch" aria-label="Boost"></label>
      </div>
      ${preview ? `<div class="preview"><article aria-label="Facebook preview"><h2>${preview.href ? `<a href="${preview.href}">${preview.name}</a>` : preview.name}</h2><p>本文</p></article></div>` : ''}
      ${o.extra ?? ''}
      <div class="footer">
        <div role="button" tabindex="0"><div>Finish later</div></div>
        <div role="button" tabindex="0"><div>${o.scheduleLabel ?? 'Schedule'}</div></div>
        <div role="button" tabindex="0"><div>${o.publishLabel ?? 'Publish'}</div></div>
      </div>
    </div>
    <div role="search"><div contenteditable="true" role="textbox" aria-label="Search"></div></div>`
}

/** A footer (or any) button by its visible text. */
const button = (text: string) => [...document.querySelectorAll<HTMLElement>('.footer [role="button"], [role="button"]')].find((b) => b.textContent === text && !b.closest('[role="dialog"]'))!

describe('composer and send controls', () => {
  it('finds the contenteditable combobox (not the search box) and its container holds Publish and Schedule', () => {
    mount()
    const found = composers()
    expect(found.map((e) => e.getAttribute('aria-label'))).toEqual([EDITOR_LABEL])
    const scope = businessSuite.container(found[0]!)
    expect(scope.contains(button('Publish'))).toBe(true)
    expect(scope.contains(button('Schedule'))).toBe(true)
    expect(businessSuite.mode(found[0]!)).toBe('post')
    expect(businessSuite.sendButtonFor(found[0]!)).toBe(button('Publish'))
  })

  it('recognises Publish and Schedule (from their inner text too), in English and Japanese; Finish later, Boost and Cancel are not sends', () => {
    mount()
    expect(businessSuite.sendControl(button('Publish').firstElementChild!)).toBe(button('Publish'))
    expect(businessSuite.sendControl(button('Schedule'))).toBe(button('Schedule'))
    expect(businessSuite.sendControl(button('Finish later'))).toBeNull()
    expect(businessSuite.sendControl($('[aria-label="Boost"]'))).toBeNull()
    expect(businessSuite.flowControl(button('Publish'))).toBeNull()
    mount({ publishLabel: '公開する', scheduleLabel: '予約投稿', extra: '<div role="button">下書きを保存</div><div role="button" aria-label="キャンセル">×</div>' })
    expect(businessSuite.sendControl(button('公開する'))).toBe(button('公開する'))
    expect(businessSuite.sendControl(button('予約投稿'))).toBe(button('予約投稿'))
    expect(businessSuite.sendControl(button('下書きを保存'))).toBeNull()
    expect(businessSuite.sendControl($('[aria-label="キャンセル"]'))).toBeNull()
    mount({ scheduleLabel: '日時を指定' })
    expect(businessSuite.sendControl(button('日時を指定'))).toBe(button('日時を指定'))
  })

  it('"Publish now" in a posted item\'s details dialog is not this composer\'s send; plain Enter is a new line', () => {
    mount({ extra: '<div role="dialog" aria-label="Post details ID: 1887083152480681"><div role="button">Publish</div></div>' })
    const inDialog = $('[role="dialog"] [role="button"]')
    expect(businessSuite.sendControl(inDialog)).toBeNull()
    expect(businessSuite.expectations(document)).toEqual([button('Schedule'), button('Publish')])
    expect(businessSuite.isSendKey(new KeyboardEvent('keydown', { key: 'Enter' }), composers()[0]!)).toBe(false)
  })
})

describe('who is posting', () => {
  it('the selected Page from "Post to <name>", its handle from the preview link with the same name; Instagram shown without a name → unknown', () => {
    mount()
    expect(businessSuiteAccount(document)).toEqual({
      site: 'facebook', handle: 'yanagawa.city', name: '柳川市', url: 'https://www.facebook.com/yanagawa.city',
      also: [{ site: 'instagram' }],
    })
  })

  it('the selected Instagram account from the opened "Post to" listbox (Instagram icon, selected)', () => {
    mount({ options: [['Facebook', '柳川市', true], ['Instagram', 'yanagawa_city', true], ['Facebook', '柳川市観光協会', false], ['Instagram', 'yanagawa_kanko', false]] })
    expect(businessSuiteAccount(document)).toEqual({
      site: 'facebook', handle: 'yanagawa.city', name: '柳川市', url: 'https://www.facebook.com/yanagawa.city',
      also: [{ site: 'instagram', handle: 'yanagawa_city', url: 'https://www.instagram.com/yanagawa_city/' }],
    })
  })

  it('a Facebook-only destination has no Instagram account; profile.php links are registered by their id', () => {
    mount({ postTo: { label: 'Post to 柳川市', icons: ['Facebook'] }, preview: { name: '柳川市', href: 'https://www.facebook.com/profile.php?id=100064' } })
    expect(businessSuiteAccount(document)).toEqual({ site: 'facebook', handle: '100064', name: '柳川市', url: 'https://www.facebook.com/profile.php?id=100064' })
  })

  it('no preview link: the Page by name only (unregistered), never another link or avatar on the page', () => {
    mount({ postTo: { label: 'Post to 柳川市', icons: ['Facebook'] }, preview: { name: '柳川市' }, extra: '<article><h2><a href="https://www.facebook.com/other.page">他のページ</a></h2></article><a href="https://www.facebook.com/yanagawa.city"><img alt="柳川市"></a>' })
    expect(businessSuiteAccount(document)).toEqual({ site: 'facebook', name: '柳川市' })
  })

  it('another Page\'s preview or avatar elsewhere is not the account, even under the same name in a different place', () => {
    mount({ postTo: { label: 'Post to 柳川市', icons: ['Facebook'] }, preview: null, extra: '<aside><article><h3>柳川市観光協会</h3><a href="https://www.facebook.com/yanagawa.kanko">柳川市観光協会</a></article></aside>' })
    expect(businessSuiteAccount(document)).toEqual({ site: 'facebook', name: '柳川市' })
    // Two different Pages previewed under the selected name: not known which one.
    mount({ postTo: { label: 'Post to 柳川市', icons: ['Facebook'] }, extra: '<article><h2><a href="https://www.facebook.com/yanagawa.fake">柳川市</a></h2></article>' })
    expect(businessSuiteAccount(document)).toEqual({ site: 'facebook', name: '柳川市' })
  })

  it('nothing selected, or no destination selector → null (treated as unregistered, the strictest)', () => {
    mount({ postTo: null, preview: null })
    expect(businessSuiteAccount(document)).toBeNull()
    mount({ postTo: null, options: [['Facebook', '柳川市', false], ['Instagram', 'yanagawa_city', false]] })
    expect(businessSuiteAccount(document)).toBeNull()
  })

  it('an Instagram-only destination is the Instagram account; the URL\'s asset_id is never used', () => {
    mount({ postTo: { label: 'Post to yanagawa_city', icons: ['Instagram'] }, preview: null })
    expect(businessSuiteAccount(document)).toEqual({ site: 'instagram', handle: 'yanagawa_city', url: 'https://www.instagram.com/yanagawa_city/' })
  })
})
