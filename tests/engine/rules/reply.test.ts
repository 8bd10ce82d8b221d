import { describe, expect, it } from 'vitest'
import { reply } from '../../../src/engine/rules/reply'
import { findingsOf, summary } from '../helpers'

describe('reply (4(3))', () => {
  it('warns on a reply from a broadcast-only account', () => {
    expect(summary(findingsOf(reply, 'ご質問ありがとうございます', { mode: 'reply' }))).toEqual([
      'reply/broadcast-only:warn:ご質問ありがとうございます',
    ])
  })
  it('calls comments comments', () => {
    const [f] = findingsOf(reply, 'ありがとうございます', { mode: 'comment' })
    expect(f?.message).toContain('コメント')
  })
  it('treats a post opening with @mentions as a reply', () => {
    expect(summary(findingsOf(reply, '@taro @hanako 確認します'))).toEqual(['reply/broadcast-only:warn:@taro @hanako'])
  })
  it('allows replies in emergency mode, as a note', () => {
    expect(summary(findingsOf(reply, '確認します', { mode: 'reply', emergency: true }))).toEqual(['reply/emergency:info:確認します'])
  })
  it('allows replies about a disaster, as a note', () => {
    expect(summary(findingsOf(reply, '避難所は開設済みです', { mode: 'reply' }))).toEqual(['reply/emergency:info:避難所は開設済みです'])
  })
  it('notes quotes', () => {
    expect(findingsOf(reply, '県の発表です', { mode: 'quote' }).map((f) => f.rule)).toEqual(['reply/quote'])
  })
  it.each([
    ['an interactive account replying', 'ご質問ありがとうございます', { mode: 'reply' as const, broadcastOnly: false }],
    ['a normal post', '本日は市民まつりです', {}],
    ['a mention inside a post', '詳しくは @yanagawa_city をご覧ください', {}],
    ['an e-mail address at the start', 'info@example.jp までどうぞ', {}],
    ['an empty reply', '   ', { mode: 'reply' as const }],
  ])('passes %s', (_name, text, ctx) => {
    expect(findingsOf(reply, text, ctx)).toEqual([])
  })
})
