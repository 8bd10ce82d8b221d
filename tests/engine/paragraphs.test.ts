import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, checkWith, FAMILY_LIST, fingerprint, MAX_PARAGRAPH, splitParagraphs, type CheckContext } from '../../src/engine'
import { ParagraphMemo, resplit, type LastSplit } from '../../src/engine/paragraphs'
import { WARNING_SIGN } from '../../src/engine/rules/tone'

const parts = (text: string, max?: number) => splitParagraphs(text, max).map((s) => text.slice(s.start, s.end))

describe('splitParagraphs', () => {
  it.each([
    ['', []],
    ['一行だけ', ['一行だけ']],
    ['一行目\n二行目', ['一行目\n二行目']],
    ['段落1\n\n段落2', ['段落1\n\n', '段落2']],
    ['段落1\n \u3000\n\n段落2\n', ['段落1\n \u3000\n\n', '段落2\n']],
    ['\n\n\n最初の段落\n\n次', ['\n\n\n最初の段落\n\n', '次']],
    ['段落1\r\n\r\n段落2', ['段落1\r\n\r\n', '段落2']],
    ['末尾の空行\n\n\n', ['末尾の空行\n\n\n']],
  ])('%j', (text, expected) => {
    expect(parts(text)).toEqual(expected)
  })

  it('cuts a long paragraph at line ends, and an over-long line into pieces', () => {
    const line = 'あ'.repeat(30)
    const text = Array.from({ length: 10 }, () => line).join('\n')
    const p = parts(text, 100)
    expect(p.join('')).toBe(text)
    expect(p.length).toBeGreaterThan(1)
    for (const s of p) expect(s.length).toBeLessThanOrEqual(100 + line.length + 1)
    for (const s of p.slice(1)) expect(s.startsWith(line)).toBe(true)
    // A line longer than the limit is cut into pieces (after a sentence end, 、 or a space when it has one).
    expect(parts('い'.repeat(MAX_PARAGRAPH * 3))).toHaveLength(3)
    const sentences = parts('市民まつりを開催します。'.repeat(300))
    expect(sentences.length).toBeGreaterThan(1)
    for (const s of sentences) expect(s.endsWith('。')).toBe(true)
  })

  it('tiles any text exactly, every cut at the start of a line or inside an over-long line (property)', () => {
    // Runs of spaces and 、 make blank pieces of long lines (a re-cut once disagreed there).
    const piece = fc.constantFrom('\n', '\n\n', ' \n', '\r\n', '　', 'あ', 'テキスト', 'abc', '。', ' ', '、', '　　　')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), fc.integer({ min: 1, max: 40 }), (text, max) => {
        const spans = splitParagraphs(text, max)
        let at = 0
        for (const s of spans) {
          expect(s.start).toBe(at)
          expect(s.end).toBeGreaterThan(s.start)
          // A cut is at a line start, or inside a line longer than the limit.
          if (s.start > 0 && text[s.start - 1] !== '\n') {
            const lineStart = text.lastIndexOf('\n', s.start - 1) + 1
            const nl = text.indexOf('\n', s.start)
            expect((nl === -1 ? text.length : nl) - lineStart).toBeGreaterThan(max)
          }
          at = s.end
        }
        expect(at).toBe(text.length)
      }),
    )
  })
})

describe('resplit', () => {
  const lastOf = (text: string, max: number): LastSplit => {
    const spans = splitParagraphs(text, max)
    return { text, spans, keys: spans.map((s) => text.slice(s.start, s.end)) }
  }

  /**
   * Apply `edits` to `start` one by one (each at the place `at` picks), and check after each that `resplit` cuts as
   * `splitParagraphs` does and finds again only paragraphs whose text is unchanged.
   */
  function editsCutAsFromScratch<E extends { remove: number; insert: string }>(start: string, edits: E[], max: number, at: (t: string, e: E) => number): void {
    let last = lastOf(start, max)
    let t = start
    for (const e of edits) {
      const a = at(t, e)
      t = t.slice(0, a) + e.insert + t.slice(a + e.remove)
      const r = resplit(last, t, max)
      expect(r.spans).toEqual(splitParagraphs(t, max))
      r.from.forEach((j, i) => {
        if (j >= 0) expect(t.slice(r.spans[i]!.start, r.spans[i]!.end)).toBe(last.keys[j])
      })
      last = lastOf(t, max)
    }
  }

  it.each([
    // [before, after, paragraphs found again (index in before, or -1)]
    ['段落1\n\n段落2\n\n段落3', '段落1\n\n段落2\n\n段落3', [0, 1, 2]],
    ['段落1\n\n段落2\n\n段落3', '段落1\n\n段落2\n\n段落3です', [0, 1, -1]],
    ['段落1\n\n段落2\n\n段落3', '段落1\n\n段落二\n\n段落3', [0, -1, 2]],
    ['段落1\n\n段落2\n\n段落3', '段落1\n\n段落3', [0, 2]],
    ['段落1\n\n段落3', '段落1\n\n段落2\n\n段落3', [0, -1, 1]],
    ['段落1\n\n段落2', '段落1\n段落2', [-1]],
    ['段落1\n段落2', '段落1\n\n段落2', [-1, -1]],
    ['段落1\n\n段落2', '段落1\n\n', [0]],
    ['段落1\n\n段落2', '段落1\n\n\n', [-1]],
    ['段落1\n\n段落2', '段落1\n\n　\n段落2', [-1, 1]],
    ['段落1\n\n段落2', '', []],
    ['', '段落1', [-1]],
  ])('%j → %j', (before, after, expected) => {
    const r = resplit(lastOf(before, MAX_PARAGRAPH), after)
    expect(r.spans).toEqual(splitParagraphs(after))
    expect(r.from).toEqual(expected)
  })

  it.each([
    // Blank pieces of long lines: a line that became long (its first piece is a space), a long
    // line that became short (its last piece is now a blank line), a piece that became a line start.
    ['テキスト\n　c', 'テキスト\n　cabc', 2],
    ['abc\n　　　　', 'abc\n　　', 2],
    [' \nabc', 'テキスト \nabc', 1],
    ['、\r\n\n テキスト', '\n、\r\n\n テ', 1],
  ])('re-cuts %j → %j (max %i) as a cut from scratch does', (before, after, max) => {
    expect(resplit(lastOf(before, max), after, max).spans).toEqual(splitParagraphs(after, max))
  })

  it('finds again the paragraphs of a long line before the one typed at its end (no re-cut from the line start)', () => {
    // One 5,000-character line (a Facebook post written without line breaks): cut into pieces at sentence ends.
    let t = '一月は市役所で清掃活動を開きます。'.repeat(300).slice(0, 5000)
    let last = lastOf(t, MAX_PARAGRAPH)
    for (const c of 'あいうえおかきくけこ'.repeat(30)) {
      t += c
      const r = resplit(last, t)
      expect(r.spans).toEqual(splitParagraphs(t))
      // Only the last two paragraphs may be cut again (the last one grew; a cut in it may have appeared).
      expect(r.from.slice(0, -2).every((j) => j >= 0)).toBe(true)
      last = { text: t, spans: r.spans, keys: r.spans.map((s) => t.slice(s.start, s.end)) }
    }
  })

  it('re-cuts a long line as splitParagraphs does after edits near and far from its cuts (property)', () => {
    const piece = fc.constantFrom('あ', 'テキスト', 'abc', '。', '、', ' ', '\n')
    const line = fc.array(piece, { minLength: 20, maxLength: 120 }).map((a) => a.join(''))
    const edit = fc.record({ back: fc.nat({ max: 80 }), remove: fc.nat({ max: 4 }), insert: fc.oneof(piece, fc.constant('')) })
    fc.assert(
      fc.property(line, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 40 }), (start, edits, max) => {
        // Mostly near the end, as typing is.
        editsCutAsFromScratch(start, edits, max, (t, e) => Math.max(0, t.length - e.back))
      }),
      { numRuns: 3000 },
    )
  })

  it('cuts exactly as splitParagraphs does, and finds again only unchanged paragraphs (property)', () => {
    const piece = fc.constantFrom('\n', '\n\n', ' \n', '\r\n', '　', 'あ', 'テキスト', 'abc', '。')
    const text = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''))
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.oneof(piece, fc.constant('')) })
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 30 }), (start, edits, max) => {
        editsCutAsFromScratch(start, edits, max, (t, e) => e.at % (t.length + 1))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('ParagraphMemo', () => {
  it('keeps what the last two checks used and sweeps the rest when full', () => {
    const memo = new ParagraphMemo<number>()
    memo.begin(1, 10)
    for (let i = 0; i < 511; i++) memo.set(`古い段落${i}`, i)
    memo.begin(1, 10)
    memo.set('今の段落', 1)
    expect(memo.get('古い段落0')).toBe(0) // used again by this check
    memo.begin(1, 10)
    memo.set('新しい段落', 2) // full: sweeps everything not used by the last two checks
    expect(memo.size).toBe(3)
    expect(memo.get('古い段落0')).toBe(0)
    expect(memo.get('今の段落')).toBe(1)
    expect(memo.get('古い段落1')).toBeUndefined()
  })

  it('stays bounded while typing', () => {
    const memo = new ParagraphMemo<number>()
    for (let i = 0; i < 5000; i++) {
      memo.begin(3, 300)
      memo.get('段落A')
      memo.get('段落B')
      if (!memo.get(`入力中${i}`)) memo.set(`入力中${i}`, i)
      if (i === 0) {
        memo.set('段落A', 0)
        memo.set('段落B', 0)
      }
    }
    expect(memo.size).toBeLessThanOrEqual(512)
    expect(memo.get('段落A')).toBe(0)
  })
})

describe('paragraph-level checking', () => {
  it('judges the whole post across paragraphs', () => {
    const s = '申込みは市役所の窓口で受け付けています。'
    expect(check(`${s}\n\n別の段落です。\n\n${s}`).findings.map((f) => f.rule)).toContain('repetition/sentence')
    const tags = ['#a #b #c', '#d #e', '#f'].join('\n\n')
    expect(check(tags).findings.map((f) => f.rule)).toContain('repetition/hashtags')
    const quote = '「市の文化財は市民の誇りであり、将来にわたって守り伝えるべき宝です」と述べました。'
    expect(check(quote).findings.map((f) => f.rule)).toContain('quotation/no-source')
    expect(check(`${quote}\n\n出典：柳川市文化財保存活用地域計画`).findings.map((f) => f.rule)).not.toContain('quotation/no-source')
    const reply = check('お問い合わせありがとうございます。\n\n避難所は市民体育館です。', { mode: 'reply' })
    expect(reply.findings.map((f) => `${f.rule}:${f.excerpt}`)).toContain('reply/emergency:お問い合わせありがとうございます。')
  })

  it('gives the same tone score to a post however it is cut into paragraphs', () => {
    const lines = ['今日はお祭りだよ！！', 'みんな来てね〜', '楽しみだね😀', '屋台もあるよ']
    const one = check(lines.join('\n'), { tone: 5 })
    const many = check(lines.join('\n\n'), { tone: 5 })
    expect(many.toneScore).toBe(one.toneScore)
    expect(one.toneScore).toBeLessThan(3)
    const casual = (r: typeof one) => r.findings.filter((f) => f.rule === 'tone/too-casual').map((f) => f.excerpt)
    expect(casual(many)).toEqual(casual(one))
    expect(casual(one).length).toBeGreaterThan(3)
  })

  // What people type: paragraphs that trigger rules, edited one keystroke at a time.
  const piece = fc.constantFrom(
    '本日の川下りは通常どおり運航します。', '担当の携帯は090-1234-5678です。', '#柳川 #川下り', '「市の文化財は市民の誇りであり守るべき宝です」と述べました。',
    '出典：柳川市', 'https://bit.ly/abc', '○時○分から', 'バカ', '地震', '@someone ', 'だよね〜😀', '事故', '\n', '\n\n', '　',
    'マイナンバー 1234 5678 9018', '令和○年', '申込みは市役所の窓口で受け付けています。', 'それは事実無根です。',
  )
  const post = fc.array(piece, { minLength: 1, maxLength: 16 }).map((a) => a.join(''))
  const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 3 }), insert: fc.oneof(piece, fc.constantFrom('', 'あ', '\n', '\n\n', '。')) })
  const ctxArb = fc.record({
    mode: fc.constantFrom('post', 'reply', 'comment', 'quote'),
    site: fc.constantFrom('x', 'instagram'),
    tone: fc.constantFrom(1, 3, 5),
    emergency: fc.boolean(),
  }) as fc.Arbitrary<CheckContext>

  it('remembers paragraphs per site and mode (what paragraph checks depend on)', () => {
    const text = 'それは事実無根です。\n\n#柳川 #川下り #春 #菜の花 #どんこ舟 #観光'
    for (const site of ['x', 'instagram'] as const) {
      for (const mode of ['post', 'reply', 'comment', 'quote'] as const) {
        expect(check(text, { site, mode }), `${site} ${mode}`).toEqual(checkWith([...FAMILY_LIST], text, { site, mode }))
      }
    }
  })

  it('reports exactly what a check with nothing remembered reports, keystroke after keystroke (property)', () => {
    const history = [fingerprint('本日の川下りは通常どおり運航します。担当の携帯は090-1234-5678です。')!]
    fc.assert(
      fc.property(post, fc.array(edit, { maxLength: 12 }), ctxArb, (start, edits, ctx) => {
        let text = start
        const context = { ...ctx, history }
        for (const e of [null, ...edits]) {
          if (e) {
            const at = e.at % (text.length + 1)
            text = text.slice(0, at) + e.insert + text.slice(at + e.remove)
          }
          const warm = check(text, context)
          const cold = checkWith([...FAMILY_LIST], text, context)
          expect(warm).toEqual(cold)
        }
      }),
      { numRuns: 150 },
    )
    // 150 runs of up to 13 full checks each: ~10 s on a quiet machine, 30 s when the machine is busy.
  }, 120_000)
})

describe('tone prefilter', () => {
  it('lets every emoji of the Basic Multilingual Plane through (exhaustive)', () => {
    const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const ch = String.fromCharCode(c)
      if (!EMOJI.test(ch) && !EMOJI.test(ch + '\uFE0F')) continue
      // A warning sign proper (⚠️ ⛔) is never levity (rules/tone/levity-near-misfortune.ts); it must still pass through, unflagged.
      if (WARNING_SIGN.has(c)) {
        expect(check(`事故のお知らせ${ch}\uFE0F`).findings.map((f) => f.message).join(), `U+${c.toString(16)}`).not.toContain('（絵文字）')
        continue
      }
      const r = check(`事故のお知らせ${ch}\uFE0F`)
      expect(r.findings.map((f) => f.message).join(), `U+${c.toString(16)}`).toContain('（絵文字）')
    }
  })
})

describe('ParagraphMemo: retired paragraph versions', () => {
  it('keeps the last few retired versions (a backspace finds them) and forgets older ones at once', () => {
    const memo = new ParagraphMemo<number>()
    memo.begin(1, 10)
    for (let i = 0; i < 20; i++) {
      memo.begin(1, 10)
      memo.set(`段落${i}`, i)
      if (i > 0) memo.retire(`段落${i - 1}`)
    }
    // The current version and the eight retired last are there; older ones are gone without waiting for a full memo.
    expect(memo.get('段落19')).toBe(19)
    for (let i = 11; i < 19; i++) expect(memo.get(`段落${i}`)).toBe(i)
    for (let i = 0; i < 11; i++) expect(memo.get(`段落${i}`)).toBeUndefined()
    expect(memo.size).toBe(9)
  })
  it('does not forget a retired text that the current check uses again (a paragraph moved)', () => {
    const memo = new ParagraphMemo<number>()
    memo.begin(1, 10)
    memo.set('動かす段落', 1)
    memo.retire('動かす段落')
    for (let i = 0; i < 7; i++) memo.retire(`ほか${i}`)
    memo.begin(1, 10)
    expect(memo.get('動かす段落')).toBe(1)
    // The ninth retirement pushes it out of the kept few, but this check used it: it stays.
    memo.retire('ほか7')
    expect(memo.get('動かす段落')).toBe(1)
    // Retired again and not used by the check after the next eight: forgotten.
    memo.retire('動かす段落')
    memo.begin(1, 10)
    for (let i = 8; i < 16; i++) memo.retire(`ほか${i}`)
    expect(memo.get('動かす段落')).toBeUndefined()
  })
})
