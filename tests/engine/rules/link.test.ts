import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, mergePolicy } from '../../../src/engine'
import { hostMatches, isLookalike, isPublicBody, link } from '../../../src/engine/rules/link'
import { findingsOf, summary } from '../helpers'

describe('link (6(1))', () => {
  const invalid: Array<[string, string[]]> = [
    ['詳細は https://bit.ly/abc', ['link/shortener:warn:https://bit.ly/abc']],
    ['t.co/xyz を参照', ['link/shortener:warn:t.co/xyz']],
    ['https://example.com/page', ['link/third-party:warn:https://example.com/page']],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ', ['link/third-party:warn:ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｃｏｍ']],
    ['https://city-yanagawa.com', ['link/lookalike:warn:https://city-yanagawa.com']],
    ['https://city.yanagawa.fukuoka.jp.evil.com/', ['link/lookalike:warn:https://city.yanagawa.fukuoka.jp.evil.com/']],
    ['https://xn--eckwd4c7c.xn--zckzah/', ['link/lookalike:warn:https://xn--eckwd4c7c.xn--zckzah/']],
    ['https://city.evil.co.jp/', ['link/third-party:warn:https://city.evil.co.jp/']],
    ['http://www.city.kurashiki.okayama.jp/', ['link/insecure:info:http://www.city.kurashiki.okayama.jp/']],
  ]
  it.each(invalid)('flags %s', (text, expected) => {
    expect(summary(findingsOf(link, text))).toEqual(expected)
  })
  const valid = [
    'https://www.city.yanagawa.fukuoka.jp/kurashi/',
    '気象庁 https://www.jma.go.jp/bosai/',
    'https://www.pref.fukuoka.lg.jp/',
    'https://www.city.kurashiki.okayama.jp/',
    'https://www.pref.kanagawa.jp/',
    'https://x.com/yanagawa_city',
    'メール koho@city.yanagawa.fukuoka.jp',
    '価格は1.5倍です',
  ]
  it.each(valid)('passes %s', (text) => expect(findingsOf(link, text)).toEqual([]))

  it('trusts domains added to the policy, wildcards included', () => {
    const policy = mergePolicy(DEFAULT_POLICY, { trustedDomains: [...DEFAULT_POLICY.trustedDomains, '*.yanagawa-kanko.jp'] })
    expect(findingsOf(link, 'https://www.yanagawa-kanko.jp/', { policy })).toEqual([])
  })
  it('knows public bodies', () => {
    expect(isPublicBody('www.city.yanagawa.fukuoka.jp')).toBe(true)
    expect(isPublicBody('city.evil.co.jp')).toBe(false)
    expect(isPublicBody('pref.evil.jp')).toBe(false)
    expect(hostMatches('a.b.example.jp', '*.example.jp')).toBe(true)
    expect(hostMatches('notexample.jp', 'example.jp')).toBe(false)
    expect(isLookalike('yanagawa-kanko.jp', DEFAULT_POLICY.trustedDomains)).toBe(false)
  })
})
