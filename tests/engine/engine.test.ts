import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, checkWith, DEFAULT_POLICY, FAMILIES, FAMILY_LIST, formatMessage, MAX_CHECK_LENGTH, mergePolicy, RULES } from '../../src/engine'

describe('engine', () => {
  it('runs every family of the design, each once', () => {
    expect(FAMILY_LIST.map((f) => f.id).sort()).toEqual([...FAMILIES].sort())
    for (const f of FAMILY_LIST) {
      expect(f.meta.clauses[0]!.id).toMatch(/^\d\(\d\)$/)
      expect(f.meta.title.length).toBeGreaterThan(1)
    }
  })

  it('is deterministic', () => {
    const text = 'バカ 090-1234-5678 https://bit.ly/x ○時 検討中の移転計画'
    expect(check(text)).toEqual(check(text))
  })

  it('reports the worst severity and the confirmations', () => {
    const r = check('私の携帯は090-1234-5678です', { approval: true, attachments: [{ kind: 'image' }] })
    expect(r.verdict).toBe('block')
    expect(r.confirmations).toEqual(['approval', 'portrait'])
    expect(check('本日は晴天です。').verdict).toBe('ok')
  })

  it('applies severity overrides from the policy, rule id before family', () => {
    const policy = mergePolicy(DEFAULT_POLICY, { severities: { link: 'off', 'hostility/insult': 'warn' } })
    const r = check('バカ https://bit.ly/x https://example.com', { policy })
    // link/third-party may be switched off; link/shortener's floor is info.
    expect(r.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['hostility/insult:warn', 'link/shortener:info'])
  })

  it('keeps every rule at or above its guideline floor, whatever the policy says', () => {
    const off = Object.fromEntries([...RULES.keys()].map((id) => [id, 'off' as const]))
    const families = Object.fromEntries(FAMILIES.map((id) => [id, 'off' as const]))
    for (const severities of [off, families, { ...off, ...families }]) {
      const policy = mergePolicy(DEFAULT_POLICY, { severities })
      const r = check('携帯 090-2345-6789 バカ 【秘】 開始は○時○分', { policy })
      expect(r.findings.map((f) => `${f.rule}:${f.severity}`).sort()).toEqual(
        ['confidential/marker:warn', 'hostility/insult:warn', 'masking/template:warn', 'personal-info/mobile:warn'].sort(),
      )
    }
  })

  it('every finding cites its clause and explains itself in Japanese', () => {
    const r = check('バカ 090-1234-5678 https://example.com ○時○分 【秘】 192.168.0.1 事実無根 #a #b #c #d #e #f', { mode: 'reply' })
    expect(r.findings.length).toBeGreaterThan(8)
    for (const f of r.findings) {
      expect(f.message).toMatch(/[ぁ-んァ-ヶ一-龠]/)
      expect(f.message).toContain(`ガイドライン${f.clause}`)
      expect(f.hint.length).toBeGreaterThan(5)
    }
  })

  it('says so when the text is too long to check, and still checks the start', () => {
    const text = 'バカ' + 'あ'.repeat(MAX_CHECK_LENGTH)
    const r = check(text)
    expect(r.findings.at(-1)?.rule).toBe('engine/too-long')
    expect(r.findings.some((f) => f.rule === 'hostility/insult')).toBe(true)
  })

  // Text built from pieces that trigger rules, mixed with width, kana, emoji and combining marks.
  const piece = fc.constantFrom(
    'バカ', 'ﾊﾞｶ', 'バ カ', '０９０-１２３４-５６７８', '090 1234 5678', 'https://bit.ly/abc', '○時○分', '【秘】', '検討中の移転計画',
    '👨‍👩‍👧', '😀', 'e\u0301', 'か\u3099', '\u200b', '　', '\n', 'です。', '草', 'ｗｗｗ', '〒832-8601', '0944-73-8111', '#タグ',
    '「', '」', '例：', '192.168.1.1', 'パスワード: abc123', 'お前', '事実無根', '😀😀',
  )
  const textArb = fc.array(fc.oneof(piece, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 24 }).map((a) => a.join(''))

  it('gives spans inside the text that equal the excerpt, for any mix of pieces (property)', () => {
    fc.assert(
      fc.property(textArb, fc.constantFrom('post', 'reply', 'comment', 'quote') as fc.Arbitrary<'post'>, (text, mode) => {
        const r = check(text, { mode, history: ['バカ 090-1234-5678 https://bit.ly/abc'] })
        for (const f of r.findings) {
          if (!(f.start >= 0 && f.start <= f.end && f.end <= text.length)) return false
          if (text.slice(f.start, f.end) !== f.excerpt) return false
          if (f.rule !== 'engine/too-long' && f.end === f.start) return false
        }
        return true
      }),
      { numRuns: 400 },
    )
  })

  it('never splits a surrogate pair (property)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        for (const f of check(text).findings) {
          const lo = text.charCodeAt(f.start)
          const hiBefore = text.charCodeAt(f.start - 1)
          if (lo >= 0xdc00 && lo <= 0xdfff && hiBefore >= 0xd800 && hiBefore <= 0xdbff) return false
        }
        return true
      }),
      { numRuns: 300 },
    )
  })

  it('does not crash on random Unicode (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = check(text)
        return ['ok', 'info', 'warn', 'block'].includes(r.verdict)
      }),
      { numRuns: 500 },
    )
  })

  // Adversarial inputs: 100,000 characters each. A regex that backtracks catastrophically would not
  // finish within the test timeout; every family must stay linear.
  const N = 100_000
  const adversarial: Array<[string, string]> = [
    ['digits', '1'.repeat(N)],
    ['digits with hyphens', '12-'.repeat(N / 3)],
    ['kanji numerals', '一二三四五六七八九〇'.repeat(N / 10)],
    ['masks', '○'.repeat(N)],
    ['alternating masks', '○あ'.repeat(N / 2)],
    ['spaces', ' '.repeat(N)],
    ['spaced kana', 'バ '.repeat(N / 2)],
    ['URL-like', 'http://a.'.repeat(N / 9)],
    ['dots and digits', '1.'.repeat(N / 2)],
    ['at signs', '@a'.repeat(N / 2)],
    ['brackets', '「'.repeat(N / 2) + '」'.repeat(N / 2)],
    ['hashtags', '#a '.repeat(N / 3)],
    ['emoji', '😀'.repeat(N / 2)],
    ['backslashes', '\\'.repeat(N)],
    ['password keyword', 'パスワード'.repeat(N / 5)],
    ['quote lines', '> あ\n'.repeat(N / 4)],
    ['w', 'w'.repeat(N)],
    ['exclamations', '!?'.repeat(N / 2)],
    ['yen signs', '¥¥a¥'.repeat(N / 4)],
    ['long sentence', 'あいうえおかきくけこ。'.repeat(N / 11)],
  ]
  it.each(adversarial)('finishes on %s (100k characters)', (_name, text) => {
    const r = check(text, { history: ['あいうえおかきくけこ。'] })
    expect(r.verdict).toMatch(/ok|info|warn|block/)
  })

  it('checks a single family on its own', () => {
    const link = FAMILY_LIST.find((f) => f.id === 'link')!
    expect(checkWith([link], 'バカ https://bit.ly/x').findings.map((f) => f.rule)).toEqual(['link/shortener'])
  })

  it('fills message templates: every placeholder given, unknown names left as written, no placeholder at all', () => {
    const rows: Array<[string, Record<string, string | number>, string]> = [
      ['「{word}」が{count}回続いています。', { word: 'お知らせ', count: 5 }, '「お知らせ」が5回続いています。'],
      ['{a}{a}{b}', { a: 'x', b: 1 }, 'xx1'],
      ['「{excerpt}」→「{fix}」', { excerpt: '来てね' }, '「来てね」→「{fix}」'],
      ['同じ文が繰り返されています。', { excerpt: 'x' }, '同じ文が繰り返されています。'],
      ['{ not a placeholder } {x-y} {}', { x: 1 }, '{ not a placeholder } {x-y} {}'],
      ['', {}, ''],
    ]
    for (const [template, data, want] of rows) {
      expect(formatMessage(template, data)).toBe(want)
      // The same template again (split once, then cached) gives the same text.
      expect(formatMessage(template, data)).toBe(want)
    }
  })
})
