import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { finalUnits, requiredLiterals } from '../../src/engine/literals'
import { phrase } from '../../src/engine/words'

describe('requiredLiterals', () => {
  it.each<[RegExp, string[] | undefined]>([
    [/消えろ/gu, ['消えろ']],
    [/死ね|消えろ/gu, ['死ね', '消えろ']],
    [/(?:ご)?迷惑(?:に|と)(?:なり|なる)/gu, ['迷惑']],
    [/(?:黙|だま)って[^。]{0,6}ろ/gu, ['って']],
    [/(?<![つ])ちよん(?!まげ)/gu, ['ちよん']],
    [/a?b*/gu, undefined],
    [/x|y?/gu, undefined],
    [/[ぁ-ゖ]+です/gu, ['です']],
    [/\u{1F595}/gu, ['\u{1F595}']],
    [/\n\n/gu, ['\n\n']],
    [/abc/giu, undefined],
    [/(a)\1/gu, undefined],
    // a group ends a literal run (kept simple): the longer need is not tried
    [/(?<name>とのご意見)です/gu, ['とのご意見']],
    [/^(?:です|ます)$/gu, ['です', 'ます']],
    [/真意(?:は|が)(?:全く)?(?:違|異な)/gu, ['真意']],
  ])('%s needs %j', (re, need) => {
    const got = requiredLiterals(re)
    expect(got === undefined ? undefined : [...got].sort()).toEqual(need === undefined ? undefined : [...need].sort())
  })

  // Soundness: whenever the pattern matches, one of its literals is in the text.
  const patterns = [
    phrase('(?:て|で)(?:いただか|頂か|もらわ|くださら)なくて(?:も)?(?:結構|けっこう|構いません)'),
    phrase('(?:身元|住所|本名)(?:を)?(?:特定|晒|さら)(?:して|し(?:ます|てやる))|(?:したら|すれば)[^。！？\\n]{0,24}(?:職場|家族)に(?:連絡|通報)(?:します|する)'),
    phrase('(?:趣旨|真意)(?:が|は)(?:正しく|うまく)?伝わって(?:い|お)?(?:ない|ません)(?:だけ|ようです)'),
    /(?:a|bc)+d?(?:e{2,3}|f)/gu,
    /x(?=yz)|(?<=q)w+v/gu,
  ]
  const alphabet = ['て', 'で', 'いただか', 'なくて', 'も', '結構', '身元', 'を', '特定', 'して', 'したら', '、', '職場', 'に', '連絡', 'します', '趣旨', 'が', '正しく', '伝わって', 'い', 'ない', 'だけ', 'a', 'bc', 'd', 'e', 'f', 'x', 'yz', 'q', 'w', 'v', '。', '山']
  it.each(patterns.map((p) => [p]))('never skips a text %s matches (property)', (re) => {
    const need = requiredLiterals(re)
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }), (parts) => {
        const s = parts.join('')
        re.lastIndex = 0
        if (!re.test(s) || need === undefined) return true
        return need.some((w) => s.includes(w))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('finalUnits', () => {
  const units = (re: RegExp) => {
    const u = finalUnits(re)
    return u === undefined ? undefined : [...u].map((c) => String.fromCharCode(c)).sort().join('')
  }
  it.each<[RegExp, string | undefined]>([
    [/(?:て|で)(?:ね|な|よ)$/u, 'なねよ'],
    [/っぽい(?:ね|よ)?$/u, 'いねよ'],
    [/[ぁ-ぃ][うく]$/u, 'うく'],
    [/(?<=[ぁ-ゖ])すぎ$/u, 'ぎ'],
    [/もん(?=ね$)ね$/u, 'ね'],
    [/ありがと(?:う)?$/u, 'うと'],
    // not anchored, a class that cannot be listed, an empty match, the m flag: always tried
    [/ね/u, undefined],
    [/[^あ]$/u, undefined],
    [/\s$/u, undefined],
    [/(?:ね)?$/u, undefined],
    [/ね$/mu, undefined],
  ])('%s ends with %j', (re, want) => {
    expect(units(re)).toEqual(want)
  })

  // Soundness: whenever the pattern matches, the text ends with one of its units.
  const patterns = [/(?:て|で)(?:ね|な|よ|や|ちょ|くれ)$/u, /(?:[たいるう])(?:ね|ねぇ|よ|よね|な|なぁ)$/u, /(?<=[たいだ])わ$/u, /(?:っちゃ|ばい|とよ|やけ)$/u, /[ぁ-ゖ][うくす]$/u, /っぽい(?:ね|よ|な)?$/u]
  const alphabet = ['て', 'で', 'ね', 'な', 'よ', 'や', 'ちょ', 'くれ', 'た', 'い', 'る', 'う', 'ぇ', 'ぁ', 'わ', 'だ', 'っちゃ', 'ば', 'と', 'け', 'く', 'す', 'っぽ', '山', '。']
  it.each(patterns.map((p) => [p]))('never skips a text %s matches (property)', (re) => {
    const ends = finalUnits(re)!
    expect(ends).toBeDefined()
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 }), (parts) => {
        const s = parts.join('')
        return !re.test(s) || ends.has(s.charCodeAt(s.length - 1))
      }),
      { numRuns: 3000 },
    )
  })
})
