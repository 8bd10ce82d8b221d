import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import manifestSource from '../../manifest.json'
import { adapterFor, businessSuite, facebook } from '../../src/sites'
import { contentMatches, SITE_HOSTS } from '../../src/sites/hosts'

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
    const built = JSON.parse(readFileSync('dist/manifest.json', 'utf8')) as { host_permissions: string[]; content_scripts: Array<{ matches: string[] }> }
    expect(built.content_scripts.map((c) => c.matches)).toEqual([contentMatches()])
    expect(built.host_permissions).toEqual(contentMatches())
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
