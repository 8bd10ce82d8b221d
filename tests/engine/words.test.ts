import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Doc } from '../../src/engine/doc'
import { DEFAULT_POLICY } from '../../src/engine/defaults'
import { mergePolicy, type Policy } from '../../src/engine/policy'
import { foldString } from '../../src/engine/text'
import { compactLetters, foldSource, isMentionAt, isWordAt, maskedWords, phrase, sentences, sentenceOf, sentenceStartAt, sentenceEndAt, Taken, isDefined, isQuotedTopic, endorsedAfter, ownWordingRetracted } from '../../src/engine/words'
import { check } from '../../src/engine'

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' })
/** Word boundaries of the whole text, by Intl.Segmenter. */
function cutsOf(text: string): Set<number> {
  const out = new Set<number>([0, text.length])
  for (const s of segmenter.segment(text)) out.add(s.index)
  return out
}
const isKana = (c: string | undefined) => c !== undefined && /[\u3041-\u309f\u30a1-\u30fa\u30fc]/u.test(c)

describe('word-aware matching (words.ts)', () => {
  // The cases of issue #10: words inside other words are not hits; words used are.
  it.each([
    ['本日は地震で連絡が取れず', 'れず', false],
    ['海外人材の受け入れ', '外人', false],
    ['是非人気のお店へ', '非人', false],
    ['県外人口の推移', '外人', false],
    ['バカンスシーズン', 'バカ', false],
    ['あいつはレズだ', 'レズ', true],
    ['外人が多い', '外人', true],
    ['お前が悪い', 'お前', true],
    ['死ねばいいのに', '死ね', true],
  ])('in %s, %s is a word: %s', (text, word, expected) => {
    const at = text.indexOf(word)
    expect(isWordAt(text, at, at + word.length)).toBe(expected)
  })

  // A noun written in katakana (ガイジ, バカ), met in hiragana: it ends where a word ends, or before a particle.
  it.each([
    ['誰かがいじめを受けているのを見たら', 'がいじ', false],
    ['子どもがいじめに遭ったら', 'がいじ', false],
    ['あいつはがいじだ', 'がいじ', true],
    ['やじば飛ばす人のおるけど、ばかんごたるね', 'ばか', true],
    ['そんなばかな話はない', 'ばか', true],
  ])('in %s, the noun %s is a word: %s', (text, word, expected) => {
    const at = text.indexOf(word)
    expect(isWordAt(text, at, at + word.length, undefined, true)).toBe(expected)
  })

  it.each([
    ['ホモサピエンスの歴史', 'decency'],
    ['障害者差別解消法に基づく合理的配慮', 'decency'],
    ['痴漢撲滅キャンペーン', 'decency'],
    ['バカ正直な人', 'hostility'],
    ['市内の池沼で水質調査を行いました', 'decency'],
    ['本日は地震で連絡が取れず', 'decency'],
    ['海外人材の受け入れ', 'decency'],
    ['是非人気のお店へ', 'decency'],
    ['県外人口の推移', 'decency'],
  ])('finds no use in %s', (text) => {
    const doc = new Doc(text, DEFAULT_POLICY)
    const used = (['insults', 'violence', 'decency', 'discrimination'] as const).flatMap((l) => doc.hits(l)).filter((h) => !h.mention)
    expect(used).toEqual([])
  })

  it.each([
    ['SNS上の「死ね」「消えろ」といった書き込みは相手を傷つけます', '死ね', true],
    ['「バカ」などの言葉も相手を傷つけます', 'バカ', true],
    ['バカという言葉は使わないようにしましょう', 'バカ', true],
    ['お前はバカだ', 'バカ', false],
    // a row of quoted words, then what being told them does (…言われた側は)
    ['「キモい」「ウザい」「消えろ」…言われた側は、ずっと覚えてるよ。', '消えろ', true],
    ['「バカ」って言われ続けてつらかった', 'バカ', true],
    ['「バカ」じゃないの', 'バカ', false],
    // an example introduced as one (例：, たとえば, 手口の例)
    ['ヘイトスピーチの典型例（例：「○○人は出て行け」）は許されません。', '出て行け', true],
    ['たとえば「お前のせいだ」と責める言葉は、相手を追い詰めます。', 'お前', true],
    ['事例「お前のせいだ」', 'お前', false],
    // sayings on lines of their own, bulleted, two or more: a scam's lines listed
    ['●「母さん、俺だけど。スマホが壊れた」\n●「お前の息子が交通事故を起こした。示談金を用意してほしい」', 'お前', true],
    ['・「お前の口座が犯罪に使われている」\n・「今日中に振り込まないと逮捕される」', 'お前', true],
    ['●「お前ら、いい加減にしろ」\n本当に腹が立ちます。', 'お前', false],
    // a list taken as wisdom is the post's own
    ['今日の名言集\n・「お前はもっと働け」\n・「黙って上に従え」\n昔の人はいいこと言いますね！', 'お前', false],
    // sayings as long as a sentence opening it, a dash, and the sentence pointing back at them as words received (a mention)
    ['【研修のご案内】\n\n「この程度の書類もまともに作れないのか」「向いていないならとっとと辞めろ」――窓口でこのような言葉を浴びせられていませんか。', '辞めろ', true],
    ['「なんでお前みたいなのがここにいるんだ」「目障りだからさっさと消えろ」――駅前でこうした声をかけられたという相談が続いています。', '消えろ', true],
    // no pointing back, or the rest makes them the writer's own or aims them at someone
    ['「向いていないならとっとと辞めろ」――本当にそう思います。', '辞めろ', false],
    ['「向いていないならとっとと辞めろ」――こうした言葉を、あの課長に言ってやりたい。', '辞めろ', false],
    ['向いていないならとっとと辞めろ。――こうした言葉が寄せられました。', '辞めろ', false],
  ])('in %s, %s is a mention: %s', (text, word, expected) => {
    const at = text.indexOf(word)
    expect(isMentionAt(text, at, at + word.length)).toBe(expected)
  })

  it('folds pattern sources like the folded view', () => {
    expect(foldSource('キモい|ショボい|ぶっ殺す')).toBe('きもい|しよぼい|ぶつ殺す')
    expect(phrase('シネ').test('しね')).toBe(true)
    // classes and escapes are kept as written; astral characters pass through
    expect(foldSource('[ァ-ヶ]ッ\\ァ|ゃ😀ヴ')).toBe('[ァ-ヶ]つ\\ァ|や😀ゔ')
    expect(foldSource('abc(?:です)')).toBe('abc(?:です)')
  })

  it('folds pattern sources exactly as folding code point by code point does (fast-check)', () => {
    const SMALL: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お', っ: 'つ', ゃ: 'や', ゅ: 'ゆ', ょ: 'よ', ゎ: 'わ', ゕ: 'か', ゖ: 'け' }
    const reference = (src: string): string => {
      let out = ''
      let inClass = false
      let escaped = false
      for (const c of src) {
        if (escaped || c === '\\' || inClass || c === '[') {
          if (!escaped && c === '[') inClass = true
          else if (!escaped && c === ']') inClass = false
          escaped = !escaped && c === '\\'
          out += c
          continue
        }
        const code = c.charCodeAt(0)
        const h = code >= 0x30a1 && code <= 0x30f6 ? String.fromCharCode(code - 0x60) : c
        out += SMALL[h] ?? h
      }
      return out
    }
    const pieces = ['ア', 'ァ', 'ッ', 'ヶ', 'ヴ', 'ー', 'ぁ', 'っ', 'ゖ', 'か', '漢', 'a', 'Z', '\\', '[', ']', '(', '|', '😀', '\uD800', 'ｱ', ' ']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const src = parts.join('')
        expect(foldSource(src)).toBe(reference(src))
      }),
      { numRuns: 2000 },
    )
    // longer than one decoding chunk
    const long = 'ァ[ァ]'.repeat(5000)
    expect(foldSource(long)).toBe(reference(long))
  })

  it('reads 伏せ字: one letter of a word masked', () => {
    const re = maskedWords(['ガイジ', 'しね'])
    expect('が〇じかよ'.match(re)?.[0]).toBe('が〇じ')
    expect('し○。'.match(re)?.[0]).toBe('し○')
    expect('〇〇地区'.match(re)).toBeNull()
  })

  it('joins letters spelt out with spaces', () => {
    expect(compactLetters('l g b t とかいう')?.text).toBe('lgbtとかいう')
    expect(compactLetters('ほんとに大人ですか ?')?.text).toBe('ほんとに大人ですか?')
    expect(compactLetters('d e m a です')?.text).toBe('demaです')
    expect(compactLetters('s h i n e')?.at).toEqual([0, 2, 4, 6, 8, 9])
    expect(compactLetters('a plain sentence')).toBeNull()
  })

  it('cuts sentences at 。！？ and newlines', () => {
    expect(sentences('あ。い！\nう')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
      { start: 5, end: 6 },
    ])
  })

  it('finds the sentence around an offset: start after the last end mark, end at the next (sentenceStartAt, sentenceEndAt)', () => {
    const t = '一文目。二文目です！\n三'
    expect(sentenceStartAt(t, 6)).toBe(4)
    expect(sentenceEndAt(t, 6)).toBe(9)
    expect(sentenceStartAt(t, 0)).toBe(0)
    expect(sentenceStartAt('。あ', 0)).toBe(0)
    expect(sentenceEndAt(t, 11)).toBe(12)
    expect(sentenceStartAt(t, 9, 2)).toBe(7)
    expect(sentenceEndAt(t, 4, 2)).toBe(6)
    expect(sentenceOf(t, 5, 6)).toEqual({ start: 4, end: 10 })
    expect(sentenceOf(t, 11, 12)).toEqual({ start: 11, end: 12 })
  })

  it('keeps a sentence span around its offset and inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('あ', '。', '！', '?', '\n', 'x') }), fc.nat(), fc.nat({ max: 300 }), (t, k, max) => {
        const at = t.length === 0 ? 0 : k % (t.length + 1)
        const s = sentenceStartAt(t, at, max)
        const e = sentenceEndAt(t, at, max)
        expect(s).toBeGreaterThanOrEqual(Math.max(0, at - max))
        expect(s).toBeLessThanOrEqual(at)
        expect(e).toBeGreaterThanOrEqual(at)
        expect(e).toBeLessThanOrEqual(Math.min(t.length, at + max))
        expect(/[。！？!?\n]/u.test(t.slice(s, at))).toBe(false)
        expect(/[。！？!?\n]/u.test(t.slice(at, e))).toBe(false)
      }),
    )
  })

  it('claims each span once', () => {
    const t = new Taken()
    expect(t.claim(5, 8)).toBe(true)
    expect(t.claim(0, 2)).toBe(true)
    expect(t.claim(7, 9)).toBe(false)
    expect(t.claim(1, 3)).toBe(false)
    expect(t.claim(2, 5)).toBe(true)
    expect(t.claim(8, 10)).toBe(true)
  })

  /**
   * A word-aware hit never starts inside an Intl.Segmenter word, and never ends inside one, of the
   * whole text, unless the entry allows substrings (`*`). The one designed exception: a hit that
   * ends in kana may run on into its inflection or a particle (死ね → 死ねば, バカ → バカじゃ), which
   * the segmenter cuts in odd places (死|ねばい|い); such a hit's end is the end of the entry's kana.
   */
  it('never starts or ends a hit inside a segmenter word (property)', () => {
    const entries = ['外人', '非人', '池沼', 'ホモ', 'レズ', '痴漢', '人口', 'バカ', '死ね', 'クズ', 'お前', 'れず', '無能', '障害者', '部落', '人材']
    const policy: Policy = mergePolicy(DEFAULT_POLICY, {
      words: { insults: entries, violence: [], confrontational: [], decency: [], discrimination: [], rebuttal: [] },
    })
    const pieces = [
      ...entries, '海外', '県外', '是非', '人気', '本日', '地震', '連絡', '取', 'れ', 'ず', 'が', 'は', 'の', 'を', 'で', 'だ', 'に', 'ば', 'いい',
      'のに', 'じゃ', 'ない', '正直', 'バカンス', 'サピエンス', '撲滅', '差別', '解消', '法', '市内', '水質', '調査', '国', '外', '人', '非', '口', '材',
      'あいつ', 'お', '前', '、', '。', ' ', '「', '」', 'ー', 'ン', 'カ', 'バ', 'ス', 'シーズン', '者', '会', '議', '1', 'A',
    ]
    let seen = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('')
        const doc = new Doc(text, policy)
        const sq = doc.squeezed.text
        const cuts = cutsOf(sq)
        for (const h of doc.hits('insults')) {
          if (!cuts.has(h.start)) return false
          if (!cuts.has(h.end) && !isKana(sq[h.end - 1])) return false
          seen++
        }
        return true
      }),
      { numRuns: 3000 },
    )
    // The texts do hold hits (the property is not vacuous).
    expect(seen).toBeGreaterThan(500)
  })
})

describe('a word being defined is talked about, not used (isDefined)', () => {
  it.each([
    ['ホモとは“均質化（ホモジナイズ）”のことで、脂肪の粒を細かくしたものです。', 'ホモ', true],
    ['オフレコとは、記録に残さない前提の話という意味です。', 'オフレコ', true],
    ['ホモとかマジ無理。', 'ホモ', false],
    ['ホモとは何ですか？', 'ホモ', false],
  ])('%s', (text, word, defined) => {
    const at = text.indexOf(word)
    expect(isDefined(text, at, at + word.length)).toBe(defined)
  })
})


describe('isQuotedTopic: sayings taken up as such (「…」——こうした言葉)', () => {
  const at = (text: string, word: string) => isQuotedTopic(text, text.indexOf(word), text.indexOf(word) + word.length)
  it.each([
    ['「あの地区の人との結婚は認められない」「実家はどこ？本籍は？」——こうした言葉や問いかけが、今も人を深く傷つけています。', 'あの地区の人との結婚'],
    ['「死ね」——こんな書き込みが後を絶ちません。', '死ね'],
    ['「女のくせに」。そんな何気ない一言が、人を傷つけます。', '女のくせに'],
    ['「男のくせに泣くな」「女の子なんだから」――何気ない一言が、誰かの生き方を狭めています。', '男のくせに'],
  ])('%s is an example', (text, word) => expect(at(text, word)).toBe(true))
  it.each([
    ['お前なんか「死ね」と言いたい。こんな気持ちです。', '死ね'],
    ['あいつは「バカ」だ。', 'バカ'],
  ])('%s is not', (text, word) => expect(at(text, word)).toBe(false))
})

describe('ownWordingRetracted: the account quoting its own earlier wording to take it back', () => {
  const at = (text: string, word: string) => ownWordingRetracted(text, text.indexOf(word), text.indexOf(word) + word.length)
  it.each([
    ['先日の投稿で「外国人の方はご遠慮ください」と記載しましたが、不適切な表現でした。深くお詫びし、削除いたしました。', '外国人の方はご遠慮ください'],
    ['お知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。誤解を招く表現でした。', '徘徊しないよう見張りましょう'],
    ['先日の投稿で「クレーマーは二度と来るな」と書いてしまいました。訂正します。', '二度と来るな'],
    ['昨日のお知らせで「夜中に騒ぐ連中は一度痛い目に遭えばいい」と掲載いたしました。配慮に欠ける言葉でした。おわび申し上げます。', '痛い目に遭えばいい'],
    ['前回の投稿で「高齢者は運転をやめるべき」と書いた。不適切な表現だった。おわびする。', '高齢者は運転をやめるべき'],
    ['チラシに『障がいのある方の参加はご遠慮ください』と記載していました。正しくは「どなたでもご参加いただけます」です。', '障がいのある方の参加はご遠慮ください'],
    ['「女性は受付、男性は力仕事」「若い人は体力があるから」という表現は、配慮に欠けるものでした。お詫びして修正しました。', '若い人は体力があるから'],
    ['ホームページで「生活保護の方は対象外」と案内しておりましたが、誤りでした。', '生活保護の方は対象外'],
    ['広報紙に「外国籍の方はお断り」と表記していました。誤った記載であり、おわびして訂正いたします。', '外国籍の方はお断り'],
    ['ご高齢の方を一方的に監視するかのような、誤解を招く表現でした。', '監視する'],
    ['お知らせの中で「認知症の方が徘徊しないよう見張りましょう」と記載しました。誤解を招く表現でした。', 'お知らせの中で「認知症の方'],
  ])('%s (%s) is our own wording taken back', (text, word) => expect(at(text, word)).toBe(true))
  it.each([
    // Someone else's words, however the post goes on.
    ['ある作家の言葉として「外国人の方はご遠慮ください」と掲載しました。お詫びします。', '外国人の方はご遠慮ください'],
    ['新聞に「外国人の方はご遠慮ください」と書かれていました。誤った記載であり、市として抗議します。', '外国人の方はご遠慮ください'],
    ['SNSで「クレーマーは二度と来るな」と投稿した人がいます。不適切な表現です。', '二度と来るな'],
    ['新聞記事より「高齢者は運転をやめるべき」と掲載しました。内容に誤りがありました。', '高齢者は運転をやめるべき'],
    // No retraction: the quote stands.
    ['先日のお知らせで「外国人の方はご遠慮ください」と記載しました。ぜひご覧ください。', '外国人の方はご遠慮ください'],
    ['「誤解を招く表現ではありません」とも添えて「外国人の方はご遠慮ください」と記載しました。', '外国人の方はご遠慮ください'],
    // The same words said outright, in a post that apologises for something else.
    ['クレーマーは二度と来るな。先日のお知らせの日付に誤りがありました。お詫びして訂正します。', '二度と来るな'],
    // Outside the quote: the sentence around it is the writer's.
    ['バカな連中が多いので「日付を訂正します」と記載しました。お詫びします。', 'バカな連中'],
    // A reading that reaches into the quote from the sentence before.
    ['あいつらは最低だ。「日付を訂正」と記載しました。お詫びします。', 'あいつらは最低だ。「日付'],
    // The retraction in another paragraph.
    ['先日の投稿で「外国人の方はご遠慮ください」と記載しました。\n\n別件ですが、イベント日程に誤りがありました。お詫びして訂正します。', '外国人の方はご遠慮ください'],
    // A request to write it, not wording we wrote.
    ['申込書には「高齢者は運転をやめるべき」と記載してください。誤りがあれば訂正してください。', '高齢者は運転をやめるべき'],
  ])('%s (%s) is not', (text, word) => expect(at(text, word)).toBe(false))
})

describe('ownWordingRetracted reads the folded view as the squeezed one (dead-kana kind: 誤った is 誤つた, ユーザー is ゆーざー there)', () => {
  const at = (text: string, word: string) => ownWordingRetracted(text, text.indexOf(word), text.indexOf(word) + word.length)
  it.each([
    ['チラシに「外国籍の方はお断り」と表記していましたが、誤った記載でした。', '外国籍の方はお断り', true],
    ['SNSで「クレーマーは二度と来るな」と投稿したユーザーがいます。不適切な表現です。', '二度と来るな', false],
    ['「保護者は来るな」と書いたアカウントがあります。不適切な表現です。', '保護者は来るな', false],
    ['ネットの「高齢者は運転をやめるべき」という表現は、不適切な表現です。', '高齢者は運転をやめるべき', false],
  ] as const)('%s (%s): %s on both views', (text, word, want) => {
    expect(at(text, word)).toBe(want)
    expect(at(foldString(text), foldString(word))).toBe(want)
  })
})

describe('a quoted saying the writer agrees with is a use, not a mention (endorsedAfter)', () => {
  const verdictOf = (text: string) => check(text, { site: 'x', mode: 'post' })
  const worst = (text: string, family: string) => {
    const fs = verdictOf(text).findings.filter((f) => f.family === family)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length ? 'info' : 'none'
  }
  it.each([
    ['「外国人は帰れ」という声もありますが、正直その通りだと思います。'],
    ['「あんな施設いらん、出ていけ」という声もありますが、正直一理あると思います。'],
    ['「役立たず」という書き込みを見ました。同感です。'],
    ['「二度と来るな」という意見もあるけど、わたしもそう思う。'],
  ])('endorsed: %s → the saying counts as said (hostility blocks)', (text) => {
    expect(worst(text, 'hostility')).toBe('block')
  })
  it.each([
    ['「二度と来るな」といった書き込みは人を傷つけます。'],
    ['「帰れ」という声もありますが、その通りだとは思いません。'],
    ['「死ね」「消えろ」といった書き込みに賛成する人はいません。'],
    ['「帰れ」という声もありますが、それは本当にその通りでしょうか？'],
    ['「死ね」という書き込みに、その通りだと同調するコメントまで付いていました。'],
    ['「消えろ」という言葉は人を深く傷つけます。その通りだと思う方は、ぜひこの投稿を広めてください。'],
  ])('not endorsed: %s → still a mention (info at most)', (text) => {
    expect(['info', 'none']).toContain(worst(text, 'hostility'))
  })
  it('reads the agreement, not any word: endorsedAfter on the raw text', () => {
    const t = '「出ていけ」という声もありますが、正直一理あると思います。'
    expect(endorsedAfter(t, t.indexOf('出ていけ') + 4)).toBe(true)
    const u = '「出ていけ」という声もありますが、一理あるとは思いません。'
    expect(endorsedAfter(u, u.indexOf('出ていけ') + 4)).toBe(false)
  })
})

describe('a run of quoted abuse standing as its own sentence in a post about harm or bullying is a mention (isMention)', () => {
  const worst = (text: string, family: string) => {
    const fs = check(text, { site: 'facebook', mode: 'post' }).findings.filter((f) => f.family === family)
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length ? 'info' : 'none'
  }
  it.each([
    ['【いじめのない学校づくり】\n\n「キモい」「ウザい」「消えろ」。冗談のつもりの一言でも、言われた側の心には深い傷が残ります。SNSでの書き込みも同じです。\n\n悩んでいる方はご相談ください。'],
    ['【インターネット上の誹謗中傷を防ごう】\n\n「死ね」「消えろ」「ブス」。画面の向こうにいるのは、あなたと同じ一人の人間です。'],
    ['【人権啓発】\n\n「ブス」「デブ」「きもい」。言われた側には、心の傷が長く残ります。困ったときは相談窓口へ。'],
    ['【誹謗中傷をなくそう】\n\n「消えろ」「死ね」。書き込む前に、一度立ち止まって考えてください。'],
  ])('mention: %s', (text) => {
    expect(['info', 'none']).toContain(worst(text, 'hostility'))
    expect(['info', 'none']).toContain(worst(text, 'decency'))
  })
  it.each([
    ['「消えろ」。二度と来るな。'],
    ['「うざい」「消えろ」。これが私の本音です。'],
    ['【いじめ防止】\n\n「消えろ」「うざい」。もう来るなよ。'],
    ['「消えろ」「死ね」という声もありますが、正直その通りだと思います。いじめは別ですが。'],
  ])('use: %s', (text) => {
    expect(worst(text, 'hostility')).toBe('block')
  })
})

describe('examples listed under a bulleted heading that introduces them (■ …の例) are mentions (inExampleBullets)', () => {
  const worst = (text: string, family: string) => {
    const fs = check(text, { mode: 'post' }).findings.filter((f) => f.rule.startsWith(`${family}/`))
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length ? 'info' : 'none'
  }
  it.each([
    ['■ SNSでのいじめをなくすために\n\n市内の中学校で情報モラル教室を開きました。\n\n■ 教室で紹介された「言われて傷ついた言葉」の例\n・「キモい」「ウザい」\n・「消えろ」「死ね」\n・「おまえなんかいらない」\n\n困ったときは一人で悩まず、ご相談ください。'],
    ['◆ 人権講座のご報告\n\n◆ 講座で取り上げた暴言の例\n・「死ね」\n・「消えろ」\n\n言葉の暴力をなくしましょう。'],
  ])('mention: %s', (text) => {
    expect(['info', 'none']).toContain(worst(text, 'hostility'))
  })
  it.each([
    ['■ 窓口で騒ぐ方へ\n・「消えろ」\n・「二度と来るな」'],
    ['■ 苦情ばかりの人へ\n・「消えろ」「二度と来るな」'],
  ])('use: %s', (text) => {
    expect(worst(text, 'hostility')).toBe('block')
  })
})

describe('a saying as long as a sentence, with the hit at its end, named as an example and condemned (isMention)', () => {
  const worst = (text: string, family: string) => {
    const fs = check(text, { mode: 'post' }).findings.filter((f) => f.rule.startsWith(`${family}/`))
    return fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : fs.length ? 'info' : 'none'
  }
  it.each([
    ['【ヘイトスピーチをなくしましょう】\n\n「外国人は日本から出ていけ」などと、特定の国や地域の出身であることを理由に排除しようとする言動は、許されないものとされています。'],
    ['「あいつらはこの町から出ていけ」などと、特定の人を排除する書き込みは人権侵害にあたります。'],
    ['例：「あの国の人間は日本から出ていけ」'],
  ])('mention: %s', (text) => {
    expect(['info', 'none']).toContain(worst(text, 'hostility'))
  })
  it.each([
    ['「外国人は日本から出ていけ」などと言いたくなる気持ちも分かります。'],
    ['「外国人はこの町から出ていけ」などと、はっきり言ってやりたいですね。'],
    ['「文句ばかりなら日本から出ていけ」などと、思わず言いたくなります。'],
  ])('use: %s', (text) => {
    expect(worst(text, 'hostility')).toBe('block')
  })
})
