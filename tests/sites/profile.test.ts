// @vitest-environment happy-dom
/**
 * Profile pages (4(1), 6(3)): the adapters read the shown profile's name, handle and bio from the
 * sites' markup (X testids UserName/UserDescription, Instagram's main > header section, the Facebook
 * Page's h1 and 自己紹介 card), and nothing on other pages (a post's User-Name is not a profile).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { facebook, instagram, x } from '../../src/sites'

function at(url: string, html: string): void {
  ;(window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url)
  document.body.innerHTML = html
}
afterEach(() => {
  document.body.innerHTML = ''
})

describe('X profile', () => {
  it('reads name, handle and bio', () => {
    at('https://x.com/yanagawa_clty', `<main data-testid="primaryColumn"><div data-testid="UserName"><div><div dir="ltr"><span><span>柳川市役所公式</span></span><svg aria-label="認証済みアカウント"></svg></div><div dir="ltr"><span>@yanagawa_clty</span></div></div></div>
      <div data-testid="UserDescription" dir="auto"><span>柳川市の最新情報をお届けします。</span></div></main>`)
    expect(x.profile!(document)).toEqual({ site: 'x', handle: 'yanagawa_clty', name: '柳川市役所公式', bio: '柳川市の最新情報をお届けします。' })
  })
  it('a profile without a bio', () => {
    at('https://x.com/taro', `<main data-testid="primaryColumn"><div data-testid="UserName"><span>太郎</span><span>@taro</span></div></main>`)
    expect(x.profile!(document)).toEqual({ site: 'x', handle: 'taro', name: '太郎' })
  })
  it('the home timeline is no profile (posts use User-Name)', () => {
    at('https://x.com/home', `<article data-testid="tweet"><div data-testid="User-Name"><strong>福岡 太郎</strong><span>@fukuoka_taro</span></div></article>`)
    expect(x.profile!(document)).toBeNull()
  })
})

describe('Instagram profile', () => {
  it('reads the header section: handle (h2), name, bio (h1); not the counts', () => {
    at('https://www.instagram.com/yanagawa_city/', `<main><header><section><img alt="yanagawa_cityのプロフィール写真"></section><section><div><h2 dir="auto">yanagawa_city</h2><button>フォロー</button></div>
      <ul><li>投稿<span dir="auto">128</span>件</li></ul><div><span dir="auto">柳川市公式</span><h1 dir="auto">運営：柳川市秘書広報課</h1></div></section></header></main>`)
    expect(instagram.profile!(document)).toEqual({ site: 'instagram', handle: 'yanagawa_city', name: '柳川市公式', bio: '運営：柳川市秘書広報課' })
  })
  it('a feed post header is no profile', () => {
    at('https://www.instagram.com/', `<main><article><header><span>yanagawa_city</span></header></article></main>`)
    expect(instagram.profile!(document)).toBeNull()
  })
})

describe('Facebook profile', () => {
  it('reads the Page name (h1) and the 自己紹介 card', () => {
    at('https://www.facebook.com/yanagawacity', `<div role="main"><h1>柳川市</h1><div data-pagelet="ProfileTilesFeed_0"><h2><span>自己紹介</span></h2><div><span dir="auto">市政のお知らせを発信します。</span></div></div></div>`)
    expect(facebook.profile!(document)).toEqual({ site: 'facebook', handle: 'yanagawacity', name: '柳川市', bio: '市政のお知らせを発信します。' })
  })
  it('the feed and app sections are no profile', () => {
    at('https://www.facebook.com/', `<div role="main"><h1>ホーム</h1></div>`)
    expect(facebook.profile!(document)).toBeNull()
    at('https://www.facebook.com/watch/', `<div role="main"><h1>動画</h1></div>`)
    expect(facebook.profile!(document)).toBeNull()
  })
})
