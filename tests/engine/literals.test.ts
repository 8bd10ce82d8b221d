import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { requiredLiterals } from '../../src/engine/literals'
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
