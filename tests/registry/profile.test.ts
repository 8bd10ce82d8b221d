import { describe, expect, it } from 'vitest'
import { checkProfile, statesNoReply, statesOperator, statesPurpose, suggestions } from '../../src/registry/profile'
import { sample } from './sample'

describe('operator (運営主体)', () => {
  it.each([
    ['柳川市秘書広報課が運営しています', true],
    ['柳川市 総務部 秘書広報課の公式アカウント', true],
    ['運営：柳川市', true],
    ['運営: 柳川市', true],
    ['柳川市観光課', true],
    ['柳川市子育て支援センター', true],
    ['柳川市の公式アカウントです', false],
    ['柳川市観光協会が運営しています', false],
    ['運営：柳川市観光協会', false],
    ['柳川市観光協会 事務局', false],
    ['柳川市の魅力を発信。企画課', false],
    ['', false],
  ])('%s → %s', (text, want) => expect(statesOperator(text)).toBe(want))
  it('the record’s department after 柳川市 anywhere', () => {
    expect(statesOperator('柳川市公式。担当：総務部秘書広報課', { department: '総務部 秘書広報課' })).toBe(true)
  })
})

describe('purpose', () => {
  it.each([
    ['市政情報を発信します', true],
    ['イベントのお知らせ', true],
    ['柳川の魅力をお届け', true],
    ['よろしくお願いします', false],
  ])('%s → %s', (text, want) => expect(statesPurpose(text)).toBe(want))
})

describe('no reply (専ら情報発信)', () => {
  it.each([
    ['返信・回答・個別の対応はしていません', true],
    ['個別のご質問にはお答えしていません', true],
    ['原則として返信はいたしません', true],
    ['リプライやDMには対応しておりません', true],
    ['ご質問にはお答えできません', true],
    ['コメントへの返信は行っていません', true],
    ['いただいたコメントには返信します', false],
    ['お気軽にご質問ください。返信します！', false],
    ['個別のご質問もお受けしています', false],
    ['市政情報を発信します', false],
  ])('%s → %s', (text, want) => expect(statesNoReply(text)).toBe(want))
})

describe('checkProfile', () => {
  const record = sample('x1', { department: '総務部 秘書広報課', purpose: '市政情報、イベント、災害情報の発信', broadcastOnly: true })
  it('suggests text built from the record', () => {
    expect(suggestions(record)).toEqual({
      operator: '運営：柳川市総務部 秘書広報課',
      purpose: '市政情報、イベント、災害情報を発信します',
      noReply: '個別のご質問にはお答えしていません。お問い合わせは総務部 秘書広報課（0944-73-8111）へ',
    })
  })
  it('a complete profile misses nothing', () => {
    const c = checkProfile({ name: '柳川市公式', bio: '柳川市総務部秘書広報課が市政情報やイベントを発信します。個別のご質問にはお答えしていません。' }, record)
    expect(c).toEqual({ operator: true, purpose: true, noReply: true, missing: [] })
  })
  it('an empty profile misses all three, with the text to add', () => {
    const c = checkProfile({ name: '柳川市公式', bio: 'よろしくお願いします' }, record)
    expect(c.missing.map((m) => m.item)).toEqual(['operator', 'purpose', 'noReply'])
    expect(c.missing[0]!.suggestion).toBe('運営：柳川市総務部 秘書広報課')
  })
  it('an account that replies needs no "no reply" statement', () => {
    const c = checkProfile({ name: '柳川市公式', bio: '柳川市秘書広報課がお知らせを発信。コメントには返信します' }, { ...record, broadcastOnly: false })
    expect(c).toEqual({ operator: true, purpose: true, noReply: null, missing: [] })
  })
  it('「返信します」 is not "no reply"', () => {
    const c = checkProfile({ name: '柳川市公式', bio: '柳川市秘書広報課がお知らせを発信。コメントには返信します' }, record)
    expect(c.missing.map((m) => m.item)).toEqual(['noReply'])
  })
  it('柳川市観光協会 is not the operator', () => {
    const c = checkProfile({ name: '柳川市観光協会', bio: '柳川市観光協会が柳川の魅力を発信します。返信はしていません。' }, record)
    expect(c.operator).toBe(false)
  })
})
