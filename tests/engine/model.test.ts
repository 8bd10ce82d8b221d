/**
 * The statistical reader (src/engine/model/): its features, its weights file, its evidence and the `<family>/model`
 * findings it adds to a family. Synthetic models make each behaviour exact; the shipped weights are checked for being
 * trained on today's data and for reading a few drafts the way they were trained to.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { check, checkWith, DEFAULT_POLICY, FAMILY_LIST, FAMILY_METAS, mergePolicy, splitParagraphs } from '../../src/engine'
import { Doc } from '../../src/engine/doc'
import { BUCKETS, featureText, forEachGram, MAX_N, paragraphBuckets, paragraphText, postFeatures } from '../../src/engine/model/features'
import { decodeWeights, encodeWeights, type FamilyModel } from '../../src/engine/model/format'
import { evidenceOf, MODELS, probability, withModel } from '../../src/engine/model/reader'
import { MODEL } from '../../src/engine/model/weights'
import type { RuleFamily } from '../../src/engine/rule'
import { fit, prob } from '../../scripts/train-model'

const root = join(__dirname, '../..')

/** Odd text: Japanese, digits in both widths, half-width kana, spaces, line breaks, emoji, zero-width joiners. */
const oddText = fc
  .array(fc.constantFrom('あ', 'カ', 'ｶ', 'ﾞ', '漢', '字', '。', '！', '?', '\n', ' ', '　', '0', '９', 'a', 'Ｂ', '😀', '👨‍👩‍👧', '\u200b', '𠮷', '、'), { maxLength: 60 })
  .map((a) => a.join(''))

describe('features', () => {
  it('featureText keeps the length (offsets stay valid), writes digits as 0 and white space as a space', () => {
    expect(featureText('電話 090\t1234')).toBe('電話 000 0000')
    fc.assert(fc.property(oddText, (t) => featureText(t).length === t.length))
  })

  it('forEachGram visits every n-gram of 1..MAX_N code units once, in order of its start, buckets in range', () => {
    fc.assert(
      fc.property(oddText, (t) => {
        const starts: number[] = []
        forEachGram(t, (b, start) => {
          expect(b >= 0 && b < BUCKETS && Number.isInteger(b)).toBe(true)
          starts.push(start)
        })
        let expected = 0
        for (let i = 0; i < t.length; i++) expected += Math.min(MAX_N, t.length - i) - (t[i] === ' ' ? 1 : 0)
        return starts.length === expected && starts.every((s, i) => i === 0 || s >= starts[i - 1]!)
      }),
    )
  })

  it('postFeatures is the distinct buckets of each engine paragraph, one paragraph after another', () => {
    const text = 'こんにちは。\n\nこんにちは。'
    const spans = splitParagraphs(text)
    expect(spans.length).toBe(2)
    const parts = spans.map((s) => paragraphBuckets(paragraphText(text.slice(s.start, s.end))))
    expect(postFeatures(text)).toEqual(parts.flat())
    for (const p of parts) expect(new Set(p).size).toBe(p.length)
  })

  it('evasions fold to the same features: full-width, half-width kana, spaced letters, zero-width characters', () => {
    const plain = paragraphBuckets(paragraphText('パスワードは1234です'))
    for (const odd of ['パスワードは１２３４です', 'ﾊﾟｽﾜｰﾄﾞは1234です', 'パ\u200bスワードは1234です', 'パスワードは5678です']) {
      expect(paragraphBuckets(paragraphText(odd)), odd).toEqual(plain)
    }
  })
})

describe('weights file', () => {
  it('was trained on today\'s labeled data (after a change to it, run npm run train)', () => {
    expect(MODEL.data.files).toEqual(['tests/engine/data/labeled-team.jsonl', 'tests/engine/data/table-drafts.jsonl'])
    MODEL.data.files.forEach((file, i) => {
      expect(createHash('sha256').update(readFileSync(join(root, file))).digest('hex'), `${file}: run npm run train`).toBe(MODEL.data.sha256[i])
    })
  })

  it('matches the feature layout, and every model has thresholds in order and a declared rule', () => {
    expect(MODEL.buckets).toBe(BUCKETS)
    expect(MODEL.maxN).toBe(MAX_N)
    expect(MODELS.length).toBeGreaterThan(0)
    for (const m of MODELS) {
      expect(m.q.length).toBe(BUCKETS)
      expect(m.warnAt).toBeGreaterThanOrEqual(0.5)
      if (m.blockAt !== null) expect(m.blockAt).toBeGreaterThanOrEqual(m.warnAt)
      const meta = FAMILY_METAS.find((f) => f.id === m.family)!.meta
      expect(meta.rules[`${m.family}/model`], `${m.family}/model in its meta`).toBeDefined()
      expect(meta.rules[`${m.family}/model`]!.message).toContain('{confidence}')
    }
  })

  it('encodes and decodes int8 weights exactly; a wrong length is an error', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -127, max: 127 }), { minLength: 1, maxLength: 300 }), (a) => {
        const q = Int8Array.from(a)
        expect(decodeWeights(encodeWeights(q), q.length)).toEqual(q)
      }),
    )
    expect(() => decodeWeights(encodeWeights(new Int8Array(10)), 11)).toThrow(/10 values, expected 11/)
  })
})

describe('trainer', () => {
  it('separates a toy corpus: posts with a word from posts without it', () => {
    const pos = ['それは禁句です', '禁句を言った', '禁句なので', 'まさに禁句']
    const neg = ['それは名案です', '名案を言った', '名案なので', 'まさに名案', '本日は晴天です', '川下りへどうぞ']
    const X = [...pos, ...neg].map((t) => Uint16Array.from(postFeatures(t)))
    const y = Uint8Array.from([...pos.map(() => 1), ...neg.map(() => 0)])
    const m = fit(X, y, X.map((_, i) => i))
    expect(prob(m, Uint16Array.from(postFeatures('あれも禁句だ')))).toBeGreaterThan(0.5)
    expect(prob(m, Uint16Array.from(postFeatures('あれも名案だ')))).toBeLessThan(0.5)
  })
})

/** A synthetic model for `family` that weighs the n-grams of `word` (+127 each) against a bias. */
function modelOf(family: FamilyModel['family'], word: string, bias: number, warnAt = 0.5, blockAt: number | null = 0.99): FamilyModel {
  const q = new Int8Array(BUCKETS)
  for (const b of paragraphBuckets(paragraphText(word))) q[b] = 127
  return { family, bias, scale: 1, warnAt, blockAt, q }
}

describe('evidence', () => {
  const models = [modelOf('hostility', '禁句', -3)]
  it('sums the weights of a paragraph\'s distinct buckets, exactly as the trainer counts them', () => {
    fc.assert(
      fc.property(oddText, (t) => {
        const ev = evidenceOf(new Doc(t, DEFAULT_POLICY), models)[0]!
        const buckets = paragraphBuckets(paragraphText(t))
        expect(ev.count).toBe(buckets.length)
        expect(ev.sum).toBe(buckets.reduce((a, b) => a + models[0]!.q[b]!, 0))
      }),
    )
  })

  it('points at the heaviest sentence, in the text as typed (offsets through the folded view)', () => {
    const t = 'ｺﾝﾆﾁﾊ。本日は晴天です。あれは禁句です！ またどうぞ。'
    const best = evidenceOf(new Doc(t, DEFAULT_POLICY), models)[0]!.best!
    expect(t.slice(best.start, best.end)).toBe('あれは禁句です！')
    fc.assert(
      fc.property(oddText, oddText, (a, b) => {
        const text = a + '禁句' + b
        const best = evidenceOf(new Doc(text, DEFAULT_POLICY), models)[0]!.best
        if (!best) return false
        return best.start >= 0 && best.end <= text.length && best.start < best.end && text.slice(best.start, best.end).includes('禁')
      }),
    )
  })

  it('widens the mark to every sentence that weighs at least half as much as the heaviest (a jab in two sentences)', () => {
    // (A bucket counts once per paragraph, at its first sentence: the second sentence needs words of its own.)
    const two = [modelOf('hostility', '禁句暴言', -3)]
    const t = '禁句です。本日は晴天です。あれは暴言かも。'
    const best = evidenceOf(new Doc(t, DEFAULT_POLICY), two)[0]!.best!
    expect(t.slice(best.start, best.end)).toBe(t)
    const lone = '禁句です。本日は晴天です。'
    const b2 = evidenceOf(new Doc(lone, DEFAULT_POLICY), two)[0]!.best!
    expect(lone.slice(b2.start, b2.end)).toBe('禁句です。')
  })
})

describe('withModel', () => {
  /** A hostility-like family whose rule flags 「罵倒」 (warn) and whose post() sees its own facts. */
  const seenFacts: unknown[][] = []
  const base: RuleFamily<{ n: number }> = {
    id: 'hostility',
    meta: {
      clauses: FAMILY_METAS.find((f) => f.id === 'hostility')!.meta.clauses,
      title: 'テスト',
      titleEn: 'Test',
      rules: {
        'hostility/word': { title: '語', titleEn: 'word', severity: 'warn', floor: 'info', message: '「{excerpt}」', hint: '直す' },
        'hostility/model': { title: 'モデル', titleEn: 'model', severity: 'warn', floor: 'info', message: 'この文（{confidence}%）', hint: '直す' },
      },
    },
    run({ doc, emit }) {
      const i = doc.raw.indexOf('罵倒')
      if (i >= 0) emit({ rule: 'hostility/word', start: i, end: i + 2 })
      return { n: doc.raw.length }
    },
    post({ facts }) {
      seenFacts.push([...facts])
    },
  }
  const rulesOf = (family: RuleFamily, text: string) => checkWith([family], text).findings.map((f) => `${f.rule}:${f.severity}:${text.slice(f.start, f.end)}`)

  it('adds a warn on the heaviest sentence from warnAt, a block from blockAt, nothing below', () => {
    const warnOnly = withModel(base, [modelOf('hostility', '禁句', -3, 0.5, null)])
    expect(rulesOf(warnOnly, '晴天です。禁句です。')).toEqual(['hostility/model:warn:禁句です。'])
    expect(rulesOf(warnOnly, '晴天です。名案です。')).toEqual([])
    const blocking = withModel(base, [modelOf('hostility', '禁句', 5, 0.5, 0.9)])
    expect(rulesOf(blocking, '晴天です。禁句です。')).toEqual(['hostility/model:block:禁句です。'])
  })

  it('adds up the paragraphs: the evidence of the whole post decides, the heaviest paragraph\'s sentence is shown', () => {
    const m = withModel(base, [modelOf('hostility', '禁句', -3, 0.5, null)])
    const text = '晴天です。\n\n今日も禁句です。'
    expect(rulesOf(m, text)).toEqual(['hostility/model:warn:今日も禁句です。'])
  })

  it('stays silent when the family\'s own rules found something as severe', () => {
    const m = withModel(base, [modelOf('hostility', '禁句', -3, 0.5, null)])
    expect(rulesOf(m, '禁句と罵倒です。')).toEqual(['hostility/word:warn:罵倒'])
    const blocking = withModel(base, [modelOf('hostility', '禁句', 5, 0.5, 0.9)])
    expect(rulesOf(blocking, '禁句と罵倒です。').sort()).toEqual(['hostility/model:block:禁句と罵倒です。', 'hostility/word:warn:罵倒'])
  })

  it('gives the family\'s post() its own facts, unchanged', () => {
    seenFacts.length = 0
    const text = 'あい\n\nうえお'
    checkWith([withModel(base, [modelOf('hostility', '禁句', -3)])], text)
    expect(seenFacts).toEqual([splitParagraphs(text).map((s) => ({ n: s.end - s.start }))])
  })

  it('is the family itself without a model for it, and an error without a declared <family>/model rule', () => {
    expect(withModel(base, [])).toBe(base)
    const undeclared = { ...base, meta: { ...base.meta, rules: { 'hostility/word': base.meta.rules['hostility/word']! } } }
    expect(() => withModel(undeclared, [modelOf('hostility', '禁句', 0)])).toThrow(/hostility\/model/)
  })

  it('a policy governs <family>/model like any rule: its floor is info (a note at least, never off)', () => {
    const m = withModel(base, [modelOf('hostility', '禁句', -3, 0.5, null)])
    const severityUnder = (setting: 'off' | 'info' | 'block') =>
      checkWith([m], '禁句です。', { policy: mergePolicy(DEFAULT_POLICY, { severities: { 'hostility/model': setting } }) }).findings.map((f) => f.severity)
    expect(severityUnder('off')).toEqual(['info'])
    expect(severityUnder('info')).toEqual(['info'])
    expect(severityUnder('block')).toEqual(['block'])
  })
})

describe('the shipped reader', () => {
  it('is part of the engine for every modelled family, and probability stays in (0, 1)', () => {
    for (const m of MODELS) expect(FAMILY_LIST.find((f) => f.id === m.family)).toBeDefined()
    fc.assert(
      fc.property(oddText, (t) => {
        const evs = splitParagraphs(t).map((s) => evidenceOf(new Doc(t.slice(s.start, s.end), DEFAULT_POLICY)))
        return MODELS.every((m, i) => {
          const p = probability(m, evs.map((e) => e[i]!))
          return p > 0 && p < 1
        })
      }),
    )
  })

  it('never adds a finding to an ordinary notice', () => {
    for (const text of ['【お知らせ】12月29日から1月3日まで、市役所は休みます。急ぎの手続きは守衛室へお問い合わせください。', '川下りの舟に、こたつが入りました。冬の柳川をお楽しみください。']) {
      expect(check(text).findings.filter((f) => f.rule.endsWith('/model')), text).toEqual([])
    }
  })
})
