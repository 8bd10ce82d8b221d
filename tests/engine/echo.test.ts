/**
 * Echoes (rule.ts `echo`): one wording that breaks two clauses is reported by both families. Hostility reads decency's
 * discriminatory blocks that turn a group away or run it down (5(3) as well as 4(2)); decency reads tone's levity next
 * to a death or disaster (不謹慎, 4(2)). Valid/invalid tables with hard negatives: a decency block that attacks no one,
 * a casual post with no tragedy, a quoted example, and a family checked alone.
 */
import { describe, expect, it } from 'vitest'
import { check, checkWith, FAMILY_LIST } from '../../src/engine'
import { decency } from '../../src/engine/rules/decency'
import { hostility } from '../../src/engine/rules/hostility'
import { tone } from '../../src/engine/rules/tone'

const rulesOf = (text: string) => check(text, { tone: 3 }).findings.map((f) => `${f.rule}:${f.severity}`)

describe('hostility echoes discrimination (誹謗中傷 of the people it names)', () => {
  const aimed = [
    '車いすの方は、混雑する休日の川下りはご遠慮ください。他のお客様の迷惑になりますので。',
    '最近マナーの悪い中国人観光客が多すぎ😡 正直、来ないでほしいです。',
    '外国人の方はゴミ出しのマナーが悪い人が多いので、正直あまり来てほしくないです。',
    'パートナーシップ制度なんて税金の無駄遣い。同性カップルは子どもを作らないし、生産性がないでしょう。',
    '生活保護を受けている人たちは、パチンコに行く暇があったら働け。税金で遊ぶな。',
    '女性職員はお茶くみと笑顔が一番の仕事です！今日もかわいい笑顔で窓口にいます😊',
    '部落に近いので、この土地は相場より格安です。',
  ]
  it.each(aimed)('%s', (text) => {
    const rules = rulesOf(text)
    expect(rules).toContain('decency/discriminatory:block')
    expect(rules).toContain('hostility/discrimination:block')
  })
  const warnedOnly = [
    // A stereotype decency warns of is not echoed: hostility reads decency's blocks only.
    '高齢の方はどうしても間違いが多いので、ご家族と一緒にお越しください。',
  ]
  it.each(warnedOnly)('no echo of a warning: %s', (text) => {
    const findings = check(text, { tone: 3 }).findings
    expect(findings.some((f) => f.family === 'decency' && f.severity === 'warn')).toBe(true)
    expect(findings.some((f) => f.family === 'decency' && f.severity === 'block')).toBe(false)
    expect(findings.map((f) => f.rule)).not.toContain('hostility/discrimination')
  })
  const clean = [
    '「外国人は来ないでほしい」という書き込みは差別です。',
    '車いすの方も、休日の川下りをご利用いただけます。乗船場の係員にお声かけください。',
    '混雑する休日は、ほかのお客様のご迷惑にならないよう、譲り合ってご乗船ください。',
  ]
  it.each(clean)('clean: %s', (text) => {
    expect(check(text, { tone: 3 }).findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([])
  })
  it('needs decency in the set: hostility checked alone has no echo', () => {
    expect(checkWith([hostility], aimed[0]!).findings.map((f) => f.rule)).not.toContain('hostility/discrimination')
  })
})

describe('decency echoes levity next to a death or disaster (tone/insensitive)', () => {
  const levity = [
    '沖端の住宅火災、無事鎮火🔥🔥 今日もよく燃えてました〜 #消防士の日常',
    '市内の掘割で水難事故があり、残念ながら小学生の男の子が亡くなりました。みなさんも川遊びには気をつけてね✨😊',
    '市内で殺人事件があったらしい…怖っ😱 でも明日の白秋祭は予定どおりやるよ〜🎆',
  ]
  it.each(levity)('%s', (text) => {
    const findings = check(text, { tone: 3 }).findings
    const toneSpans = findings.filter((f) => f.rule === 'tone/insensitive').map((f) => `${f.start}-${f.end}`)
    const echoed = findings.filter((f) => f.rule === 'decency/insensitive' && toneSpans.includes(`${f.start}-${f.end}`))
    expect(toneSpans.length).toBeGreaterThan(0)
    // Each of tone's findings is echoed at its own span and severity.
    expect(echoed.map((f) => `${f.start}-${f.end}`).sort()).toEqual([...toneSpans].sort())
    for (const f of echoed) expect(f.severity).toBe('warn')
  })
  it.each([
    ['昨夜の矢留の火事、消防車めっちゃ来とったｗｗｗ 見に行った人おる？', 'ｗｗｗ'],
    ['沖端の住宅火災で1人が亡くなりました😂', '😂'],
    ['市内で事故があって2人が亡くなったらしい（笑）', '（笑）'],
  ])('laughter beside the harm mocks it: a block (%s)', (text, laugh) => {
    const findings = check(text, { tone: 3 }).findings
    expect(findings.some((f) => f.rule === 'tone/insensitive' && f.excerpt === laugh)).toBe(true)
    expect(findings.some((f) => f.rule === 'decency/insensitive' && f.excerpt.includes(laugh) && f.severity === 'block')).toBe(true)
  })
  const noTragedy = ['今日は川下り日和！みんな来てねｗｗ', '防災訓練お疲れさまでした😊 消火器の使い方もばっちりです🔥']
  it.each(noTragedy)('no echo: %s', (text) => {
    expect(check(text, { tone: 3 }).findings.map((f) => f.rule)).not.toContain('decency/insensitive')
  })
  it('needs tone in the set, and an echo is never echoed back', () => {
    expect(checkWith([decency], levity[1]!).findings.map((f) => f.rule)).not.toContain('decency/insensitive')
    const both = checkWith([tone, decency], levity[1]!).findings
    expect(both.filter((f) => f.family === 'tone').every((f) => f.rule.startsWith('tone/'))).toBe(true)
  })
})

describe('echo contract', () => {
  it('only decency and hostility echo, and each echo names a rule its family declares', () => {
    const echoing = FAMILY_LIST.filter((f) => f.echo).map((f) => f.id)
    expect(echoing.sort()).toEqual(['decency', 'hostility'])
    // Each reads only the rules it lists (the engine offers it nothing else), and each listed rule is another family's.
    expect(hostility.echoes).toEqual(['decency/discriminatory'])
    expect(decency.echoes).toEqual(['tone/insensitive'])
    for (const f of FAMILY_LIST) for (const r of f.echoes ?? []) expect(FAMILY_LIST.some((o) => o !== f && o.meta.rules[r])).toBe(true)
    expect(hostility.meta.rules['hostility/discrimination']).toBeDefined()
    expect(decency.meta.rules['decency/insensitive']).toBeDefined()
  })
})
