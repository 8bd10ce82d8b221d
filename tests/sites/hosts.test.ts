import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import manifestSource from '../../manifest.json'
import { siteOfUrl } from '../../src/background/messages'
import { adapterFor, businessSuite, facebook } from '../../src/sites'
import { contentMatches, SITE_HOSTS, type SiteHost } from '../../src/sites/hosts'
import { ENGINE_FILES } from '../../src/shared/engine-files'

describe('one host list for the manifest and the adapters', () => {
  it('covers the real hosts of issue #12', () => {
    const hosts = SITE_HOSTS.map((h) => h.host)
    for (const h of ['x.com', 'twitter.com', 'mobile.x.com', 'pro.x.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'business.facebook.com', 'www.instagram.com']) expect(hosts).toContain(h)
    expect(new Set(hosts).size).toBe(hosts.length)
  })
  it('maps each host to its adapter; any other host is a blog', () => {
    for (const { host, site } of SITE_HOSTS) expect(adapterFor(host).site).toBe(site)
    expect(adapterFor('www.city.yanagawa.fukuoka.jp').site).toBe('blog')
    expect(adapterFor('evil-x.com').site).toBe('blog')
  })
  it('manifest.json holds no host list of its own (it is generated from hosts.ts)', () => {
    const m = manifestSource as Record<string, unknown> & { content_scripts: Array<Record<string, unknown>> }
    expect(m.host_permissions).toBeUndefined()
    expect(m.content_scripts.every((c) => c.matches === undefined)).toBe(true)
  })
  it.skipIf(!existsSync('dist/manifest.json'))('the built manifest matches exactly the list (content script and host permissions)', () => {
    const built = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as {
      host_permissions: string[]
      content_scripts: Array<{ js: string[]; matches: string[]; run_at: string; all_frames?: boolean }>
      web_accessible_resources?: unknown
    }
    // The guard at document_start, then the engine on the same pages once they are idle (vite.engine.config.ts), top
    // frames only, the reader's weights first (they are their own file: no file may pass 5 MB, the Firefox linter's limit);
    // neither file is web-accessible (the page cannot fetch them).
    expect(built.content_scripts).toEqual([
      { js: ['src/content/main.js'], run_at: 'document_start', matches: contentMatches() },
      { js: [...ENGINE_FILES], run_at: 'document_idle', matches: contentMatches() },
    ])
    expect(built.host_permissions).toEqual(contentMatches())
    expect(JSON.stringify(built.web_accessible_resources ?? [])).not.toMatch(/engine/)
  })
  it.skipIf(!existsSync('dist/engine.js'))('no file of the built extension passes 5 MB (addons.mozilla.org’s linter reads no larger file)', () => {
    const big = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? big(join(dir, e.name)) : statSync(join(dir, e.name)).size > 5 * 1024 * 1024 ? [join(dir, e.name)] : []))
    expect(big('dist')).toEqual([])
  })
})

describe("the background knows a page's site from the same list", () => {
  it("every listed host is its entry's site for the manifest, the adapter map and the background", () => {
    for (const { host, site } of SITE_HOSTS) {
      expect(contentMatches()).toContain(`https://${host}/*`)
      expect(adapterFor(host).site).toBe(site)
      expect(siteOfUrl(`https://${host}/home?x=1`)).toBe(site)
      expect(siteOfUrl(`https://${host.toUpperCase()}/`)).toBe(site)
    }
  })
  it('a host not on the list is a blog for the background as for the adapter map (no second host pattern)', () => {
    for (const host of ['evil-x.com', 'about.x.com', 'help.twitter.com', 'developers.facebook.com', 'about.instagram.com', 'x.com.example.jp', 'note.com', 'www.city.yanagawa.fukuoka.jp']) {
      expect(contentMatches()).not.toContain(`https://${host}/*`)
      expect(adapterFor(host).site).toBe('blog')
      expect(siteOfUrl(`https://${host}/`)).toBe('blog')
    }
    expect(siteOfUrl(undefined)).toBeNull()
    expect(siteOfUrl('not a url')).toBeNull()
  })
  it('a host added to the list reaches all three: manifest matches, adapter map and background site', () => {
    const list = SITE_HOSTS as SiteHost[]
    const added: SiteHost[] = [
      { host: 'tweetdeck.example-x.test', site: 'x', what: 'test only' },
      { host: 'fb.example-x.test', site: 'facebook', what: 'test only' },
      { host: 'ig.example-x.test', site: 'instagram', what: 'test only' },
    ]
    for (const entry of added) expect(siteOfUrl(`https://${entry.host}/`)).toBe('blog')
    list.push(...added)
    try {
      for (const { host, site } of added) {
        expect(contentMatches()).toContain(`https://${host}/*`)
        expect(adapterFor(host).site).toBe(site)
        expect(siteOfUrl(`https://${host}/compose`)).toBe(site)
      }
    } finally {
      list.splice(list.length - added.length, added.length)
    }
    for (const entry of added) expect(siteOfUrl(`https://${entry.host}/`)).toBe('blog')
  })
})

describe('Meta Business Suite', () => {
  it('business.facebook.com has its own adapter; the engine is told facebook and also checks as Instagram', () => {
    const mbs = adapterFor('business.facebook.com')
    expect(mbs).toMatchObject({ site: 'facebook', alsoCheckAs: ['instagram'] })
    expect(mbs.account).toBe(businessSuite.account)
    expect(mbs.composerSelector).toBe(businessSuite.composerSelector)
    expect(adapterFor('www.facebook.com')).toBe(facebook)
    expect(adapterFor('www.facebook.com').alsoCheckAs).toBeUndefined()
  })
})
