import { describe, expect, it } from 'vitest'
import { editDistance, handleClaimsCity, judgeProfile, lookalikeOf, nameClaimsCity, skeleton } from '../../src/registry/impersonation'
import { sample } from './sample'

const records = [
  sample('x1', { service: 'x', url: 'https://x.com/yanagawa_city', accountName: '柳川市公式' }),
  sample('ig1', { service: 'instagram', url: 'https://www.instagram.com/yanagawa_kanko_official/', accountName: '柳川市観光課' }),
  sample('fb1', { service: 'facebook', url: 'https://www.facebook.com/yanagawacity', accountName: '柳川市' }),
]

describe('skeleton and distance', () => {
  it.each([
    ['yanagawa_clty', 'yanagawaclty'],
    ['yanagawa-city', 'yanagawaclty'],
    ['Yanagawa_City_', 'yanagawaclty'],
    ['yanagavva_clty', 'yanagawaclty'],
    ['yanaqawa_c1ty', 'yanaqawaclty'],
    ['yanagavva0', 'yanagawao'],
  ])('%s → %s', (h, s) => expect(skeleton(h)).toBe(s))
  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('abc', 'abc')).toBe(0)
    expect(editDistance('', 'ab')).toBe(2)
  })
})

describe('name claims the city', () => {
  it.each([
    ['柳川市', true],
    ['柳川市役所', true],
    ['柳川市役所公式', true],
    ['柳川市公式', true],
    ['柳川市 秘書広報課', true],
    ['【公式】柳川市', true],
    ['柳川市の公式アカウント', true],
    ['ｙａｎａｇａｗａ ｃｉｔｙ', true],
    ['やながわし', true],
    ['柳川市観光協会', false],
    ['柳川市商工会', false],
    ['柳川市社会福祉協議会', false],
    ['柳川さん', false],
    ['柳川 太郎', false],
    ['柳川市在住の主婦', false],
    ['柳川市民です', false],
    ['柳川市出身', false],
    ['', false],
  ])('%s → %s', (name, want) => expect(nameClaimsCity(name)).toBe(want))
})

describe('handle claims the city', () => {
  it.each([
    ['yanagawa_city', true],
    ['yanagawa_clty', true],
    ['yanagawa-city', true],
    ['yanagawashi', true],
    ['city_yanagawa', true],
    ['yanagawa_official', true],
    ['yanagawa_koho', true],
    ['yanagawa_sushi', false],
    ['yanagawa_taro', false],
    ['yanagawa_kanko_kyokai', false],
    ['fukuoka_city', false],
    ['taro', false],
  ])('%s → %s', (h, want) => expect(handleClaimsCity(h)).toBe(want))
})

describe('look-alike of a registered handle', () => {
  it.each([
    ['x', 'yanagawa_clty', 'x1'],
    ['x', 'yanagawa-city', 'x1'],
    ['x', 'yanagawa_city_', 'x1'],
    ['x', 'yanagawa_clty1', 'x1'],
    ['x', 'yanaqawa_city', 'x1'],
    ['x', 'yanagavva_city', 'x1'],
    ['x', 'yanagawa_clty_rn', 'x1'],
    ['instagram', 'yanagawa_kanko_offlcial', 'ig1'],
    ['instagram', 'yanagawa_kanko_0fficial', 'ig1'],
    ['facebook', 'yanagawac1ty', 'fb1'],
    ['facebook', 'yanagawa.city', 'fb1'],
  ] as const)('%s %s imitates %s', (site, h, id) => expect(lookalikeOf(records, h, site)?.id).toBe(id))
  it.each(['yanagawa_city', 'yanagawa_cafe_tour', 'fukuoka_taro', 'yanagawa', 'ab'])('%s imitates nothing on X', (h) => expect(lookalikeOf(records, h, 'x')).toBeNull())
})

describe('judgeProfile', () => {
  it('a registered account’s own profile is never an impersonation', () => {
    expect(judgeProfile(records, { site: 'x', handle: 'yanagawa_city', name: '柳川市公式' }).kind).toBe('registered')
    expect(judgeProfile(records, { site: 'x', handle: 'Yanagawa_City', name: '柳川市' }).kind).toBe('registered')
    expect(judgeProfile(records, { site: 'facebook', handle: 'yanagawacity', name: '柳川市' }).kind).toBe('registered')
  })
  it.each([
    [{ site: 'x', handle: 'yanagawa_clty', name: '柳川市公式' }, ['name', 'handle', 'lookalike']],
    [{ site: 'x', handle: 'taro_123', name: '柳川市役所' }, ['name']],
    [{ site: 'instagram', handle: 'yanagawa_city', name: 'やながわ' }, ['handle']],
    [{ site: 'facebook', handle: 'yanagawa.city.official', name: '柳川市役所公式' }, ['name', 'handle']],
    [{ site: 'facebook', handle: 'yanagawa.clty', name: 'Yanagawa' }, ['handle', 'lookalike']],
  ] as const)('%o → %o', (p, reasons) => {
    const j = judgeProfile(records, p)
    expect(j.kind).toBe('impersonation')
    if (j.kind === 'impersonation') expect(j.reasons).toEqual(reasons)
  })
  it.each([
    { site: 'x', handle: 'yanagawa_kankokyokai', name: '柳川市観光協会' },
    { site: 'x', handle: 'yanagawa_taro', name: '柳川さん' },
    { site: 'instagram', handle: 'fukuoka_taro', name: '福岡 太郎' },
  ] as const)('%o is not', (p) => expect(judgeProfile(records, p).kind).toBe('none'))
  it('nothing to judge', () => expect(judgeProfile(records, null).kind).toBe('none'))
})
