import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { checkWith, DEFAULT_POLICY, fingerprint, mergePolicy } from '../../../src/engine'
import { KeyIds, numberSentences, plainForm, repetition, wordRuns } from '../../../src/engine/rules/repetition'
import { canonicalForRepetition, coreOfCanonical, EMPTY_BIN, legacyFingerprint, similarity, tooShortForCore } from '../../../src/engine/fingerprint'
import { readFileSync } from 'node:fs'
import type { Fingerprint } from '../../../src/engine/types'
import { findingsOf } from '../helpers'

/** The duplicate findings of a post against an earlier history (texts or stored fingerprints), as "rule:severity" joined by commas. */
const verdict = (post: string, history: Array<string | Fingerprint>): string =>
  findingsOf(repetition, post, { history })
    .filter((f) => f.rule.includes('duplicate'))
    .map((f) => `${f.rule}:${f.severity}`)
    .join(',')
/** A post's fingerprint as the extension stores it (through JSON). */
const stored = (text: string): Fingerprint => JSON.parse(JSON.stringify(fingerprint(text)!)) as Fingerprint
/** The same verdict against the earlier post given as text and as the fingerprint the extension stores. */
const expectBoth = (earlier: string, post: string, expected: string): void => {
  expect(verdict(post, [earlier])).toBe(expected)
  expect(verdict(post, [stored(earlier)])).toBe(expected)
}

const POST = '柳川の川下りは春の風物詩です。菜の花の咲く水路を、どんこ舟でゆっくりお楽しみください。'

describe('repetition (5(2))', () => {
  it('flags a repeat of an earlier post given as text', () => {
    const f = findingsOf(repetition, POST, { history: ['別の投稿です。市民まつりのお知らせ。', POST.replace('。', '！')] })
    expect(f.map((x) => `${x.rule}:${x.severity}`)).toEqual(['repetition/duplicate:warn'])
  })
  it('flags a repeat of an earlier post given as a fingerprint (no text stored)', () => {
    const fp = fingerprint(POST)!
    expect(findingsOf(repetition, `${POST}\n#柳川`, { history: [fp] }).map((x) => x.rule)).toEqual(['repetition/duplicate'])
  })
  it('flags a near-duplicate', () => {
    const near = POST + '予約受付中です。'
    expect(findingsOf(repetition, near, { history: [POST] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it('flags a sentence said again with spaces, or apart when it is fifteen characters or more (a short line repeats in each section)', () => {
    expect(findingsOf(repetition, '出前講座の申込は随時受付中です。\n職員が伺います。\n出前講座の申込は　随時　受付中です。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '消防団員を市内全域で募集しています。18歳以上の方が対象です。消防団員を市内全域で募集しています。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '■A\nスタンプラリーも実施中。\n問合せ：生涯学習課\n\n■B\nスタンプラリーも実施中。\n問合せ：生涯学習課')).toEqual([])
  })
  it('flags a short phrase said three times in a row, not twice', () => {
    expect(findingsOf(repetition, '献血にご協力を！献血にご協力を！献血にご協力を！　皆さんのご協力をお待ちしています。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '参加無料！参加無料！')).toEqual([])
  })
  it.each([
    ['観光船は増水のため、本日は終日運休です。再開は明朝にお知らせします。', '観光船は増水のため本日終日運休です。再開は明日の朝お知らせします。'],
    ['市営バス東部循環線は3月31日で運行を終了します。4月からは予約制の乗合タクシーをご利用いただけます。詳しくは市ホームページで。', '市営バス東部循環線は3月31日で運行を終了します。4月からは予約制の乗合タクシーをご利用ください。詳しくは市ホームページへ。'],
    ['図書館の蔵書点検のため、来週は休館いたします。ご不便をおかけしますがご了承ください。', '図書館は蔵書点検のため来週休館します。ご不便をおかけしますが、ご了承をお願いします。'],
  ])('flags a post reworded only in its endings and particles: %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it.each([
    ['今週のおすすめ本は『水の町の記憶』です。図書館2階の特設コーナーで展示しています。ぜひ手に取ってみてください。', '今週のおすすめ本は『有明海の四季』です。図書館2階の特設コーナーで展示しています。ぜひ手に取ってみてください。'],
    ['三橋公民館で健康講座を開きます。テーマは高血圧予防です。参加無料、申込不要です。', '大和公民館で健康講座を開きます。テーマは糖尿病予防です。参加無料、申込不要です。'],
  ])('passes a notice of the same template with other words in it: %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] })).toEqual([])
  })
  it('compares a fingerprint stored before skeletons were kept by its characters alone', () => {
    const earlier = '観光船は増水のため本日終日運休です。再開は明日の朝お知らせします。'
    const { core: _, ...old } = fingerprint(earlier)!
    expect(findingsOf(repetition, '観光船は増水のため、本日は終日運休です。再開は明朝にお知らせします。', { history: [old] })).toEqual([])
  })
  it('compares history entries stored as v: 1 fingerprints (before one-permutation hashing) with a v: 1 fingerprint of the draft', () => {
    const old = legacyFingerprint(POST)!
    expect(old.v).toBe(1)
    expect(fingerprint(POST)!.v).toBe(2)
    // Signatures of two versions are never compared with each other.
    expect(similarity(fingerprint(POST)!, old)).toBeNull()
    expect(findingsOf(repetition, `${POST}\n#柳川`, { history: [old] }).map((x) => x.rule)).toEqual(['repetition/duplicate'])
    expect(findingsOf(repetition, POST + '予約受付中です。', { history: [old] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
    expect(findingsOf(repetition, '市民まつりは今週末です。会場は市役所前の広場です。', { history: [old] })).toEqual([])
    // A v: 1 entry with its skeleton: a rewording in the endings is read the same way.
    const earlier = '観光船は増水のため本日終日運休です。再開は明日の朝お知らせします。'
    expect(findingsOf(repetition, '観光船は増水のため、本日は終日運休です。再開は明朝にお知らせします。', { history: [legacyFingerprint(earlier)!] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it('a v: 2 signature estimates the Jaccard similarity of the 3-gram sets as well as v: 1 (real municipal posts and their edits)', () => {
    const texts = readFileSync(new URL('../data/clean-public.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .filter((t) => canonicalForRepetition(t).length >= 40)
      .slice(0, 60)
    const grams = (t: string): Set<string> => {
      const c = canonicalForRepetition(t)
      const out = new Set<string>()
      for (let i = 0; i + 3 <= c.length; i++) out.add(c.slice(i, i + 3))
      return out
    }
    const jaccard = (a: Set<string>, b: Set<string>): number => {
      let both = 0
      for (const g of a) if (b.has(g)) both++
      return both / (a.size + b.size - both)
    }
    const err = { 1: 0, 2: 0 }
    let pairs = 0
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i]!
      // the post with its second half replaced by the next post's: similarities across the whole range
      const b = a.slice(0, Math.floor(a.length * ((i % 5) + 3) / 8)) + texts[(i + 1) % texts.length]!.slice(0, Math.floor(a.length / 3))
      const exact = jaccard(grams(a), grams(b))
      err[1] += Math.abs(similarity(legacyFingerprint(a)!, legacyFingerprint(b)!)! - exact)
      err[2] += Math.abs(similarity(fingerprint(a)!, fingerprint(b)!)! - exact)
      pairs++
    }
    expect(pairs).toBeGreaterThanOrEqual(40)
    expect(err[2] / pairs).toBeLessThan(0.05)
    expect(err[2] / pairs).toBeLessThan((err[1] / pairs) * 1.5)
  })
  it('the draft is fingerprinted from its remembered paragraphs exactly as fingerprint() makes it from the text (property: a post is 100% the same as itself after any edits)', () => {
    const line = fc.stringMatching(/^[あいう柳川市役所はでの月日0-9ｱｲｳﾃﾞ　 。、#＠@a-z/:.]{0,60}$/)
    const paragraph = fc.array(line, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'))
    const post = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'))
    const family = [repetition]
    fc.assert(
      fc.property(post, post, (before, text) => {
        // typed: another draft first, then this one (the engine re-reads only the paragraphs that changed)
        checkWith(family, before, { history: [] })
        const fp = fingerprint(text)
        const f = checkWith(family, text, { history: fp ? [fp] : [] }).findings.filter((x) => x.rule.startsWith('repetition/duplicate') || x.rule === 'repetition/near-duplicate')
        const long = canonicalForRepetition(text).length >= 15 && text.trim().length > 0
        if (long) expect(f.map((x) => `${x.rule}:${x.message.includes('100%')}`)).toEqual(['repetition/duplicate:true'])
        else expect(f).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
  it('sentence keys are numbered once per epoch; when a post might not fit beside the keys held, the table starts again and the whole post is numbered in the new epoch', () => {
    const ids = new KeyIds(4)
    type S = { key: string; start: number; end: number; n: number; stem: string; id?: number; epoch?: number }
    const mk = (...keys: string[]) => ({ sentences: keys.map((key, n): S => ({ key, start: 0, end: key.length, n, stem: '' })) })
    const a = mk('あいうえお', 'かきくけこ', 'あいうえお')
    numberSentences([a], ids)
    expect(a.sentences.map((s) => [s.id, s.epoch])).toEqual([[0, 0], [1, 0], [0, 0]])
    // Numbered already: nothing changes.
    numberSentences([a], ids)
    expect(ids.epoch).toBe(0)
    // Three more keys do not fit beside two (limit 4): a new epoch, and the earlier facts are numbered again in it.
    const b = mk('さしすせそ', 'たちつてと', 'なにぬねの')
    numberSentences([a, b], ids)
    expect(ids.epoch).toBe(1)
    const all = [...a.sentences, ...b.sentences]
    expect(all.every((s) => s.epoch === 1)).toBe(true)
    expect(all.map((s) => s.id)).toEqual([0, 1, 0, 2, 3, 4])
    // A post with more keys than the limit is numbered all the same (the table grows for it).
    const c = mk('1番目の文です', '2番目の文です', '3番目の文です', '4番目の文です', '5番目の文です', '6番目の文です')
    numberSentences([c], ids)
    expect(new Set(c.sentences.map((s) => s.id)).size).toBe(6)
    expect(new Set(c.sentences.map((s) => s.epoch))).toEqual(new Set([ids.epoch]))
  })
  it('typing gives the same sentence findings as a check with nothing remembered (property: numbered keys kept with remembered paragraphs)', () => {
    const sentence = fc.constantFrom('申込は不要です。', '先着20名が参加できます。', '会場は市民会館です。', 'ご注意ください。', '■Aコース', '【申込方法】', '皆さん、会場は市民会館です。', 'あ')
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(''))
    const post = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'))
    const family = [repetition]
    const sentencesOf = (r: ReturnType<typeof checkWith>) => r.findings.filter((f) => f.rule === 'repetition/sentence').map((f) => `${f.start}-${f.end}×${f.count ?? 1}`)
    fc.assert(
      fc.property(post, post, (before, text) => {
        checkWith(family, before)
        const typed = sentencesOf(checkWith(family, text))
        expect(typed).toEqual(sentencesOf(checkWith([{ ...repetition }], text)))
      }),
      { numRuns: 300 },
    )
  })
  it('v: 2 signatures: an identical text is 1, a short text leaves bins empty, and empty bins in both say nothing', () => {
    const a = fingerprint('市民まつりは今週末です。')!
    expect(similarity(a, fingerprint('市民まつりは、今週末です！')!)).toBe(1)
    expect(a.sig).toHaveLength(128)
    expect(a.sig.filter((x) => x === EMPTY_BIN).length).toBeGreaterThan(100)
    expect(similarity(a, fingerprint('図書館は月曜日が休館日です。')!)).toBe(0)
  })
  it('flags a sentence said right after a sentence that ended with it after a lead-in (皆さん、S。S。), not a closing clause shared apart', () => {
    expect(findingsOf(repetition, '犬や猫を飼っている皆さん、不妊・去勢手術で多頭飼育崩壊を防ぎましょう。不妊・去勢手術で多頭飼育崩壊を防ぎましょう。費用の一部を市が助成します。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '夏休みの子どもたちへ、川や水路には絶対に近づかないでください。川や水路には絶対に近づかないでください。')).toHaveLength(1)
    expect(findingsOf(repetition, '工事中はご迷惑をおかけしますが、ご理解とご協力をお願いいたします。\n\n■B地区\n工事は3月まで続きますが、ご理解とご協力をお願いいたします。')).toEqual([])
    expect(findingsOf(repetition, '参加者の皆さん、ありがとうございました。ありがとうございました。')).toEqual([])
  })
  it('flags a short statement with a figure said twice anywhere in the post, not a schedule item or a set phrase', () => {
    expect(findingsOf(repetition, '本会議はどなたでも傍聴できます。傍聴は先着20名です。受付は開会30分前からです。傍聴は先着20名です。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '参加費は500円です。持ち物はタオルと水筒。参加費は500円です。').map((x) => x.rule)).toEqual(['repetition/sentence'])
    expect(findingsOf(repetition, '■午前の部\n2日(土)13時〜15時。\n■午後の部\n9日(土)13時〜15時。')).toEqual([])
    expect(findingsOf(repetition, '【1日目】10時開始。【2日目】10時開始。')).toEqual([])
    expect(findingsOf(repetition, '雨の日はご注意ください。路面の凍結にもご注意ください。足元にご注意ください。')).toEqual([])
  })
  it.each([
    '※申込は先着順です。\n\n【ふれあい料理教室のご案内】\n\n※申込は先着順です。\n\n毎月第2土曜日に中央公民館で開きます。\n\n※申込は先着順です。',
    '献血バスが市役所に来ます。ご協力をお願いいたします。受付は10時からです。ご協力をお願いいたします。持ち物は本人確認書類です。ご協力をお願いいたします。',
    'ごみは朝8時までに出してください\n燃えるごみは月・木曜日です。\nごみは朝8時までに出してください\n資源ごみは第2水曜日です。\nごみは朝8時までに出してください',
    '＊駐車場には限りがあります。会場は市民体育館です。＊駐車場には限りがあります。当日は混雑が予想されます。＊駐車場には限りがあります。',
    '※駐車場は台数に限りがあります!会場は市民体育館です。※駐車場は台数に限りがあります!公共交通機関をご利用ください。※駐車場は台数に限りがあります!',
  ])('flags a sentence said three times or more in one post, two of the copies in one section: %j', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).toContain('repetition/sentence')
  })
  it.each([
    // The same line closing each section of a list, once a section.
    '■Aコース（初心者）\n毎週月曜日の午前です。\n申込は電話で受け付けます。\n\n■Bコース（経験者）\n毎週水曜日の午後です。\n申込は電話で受け付けます。\n\n■Cコース（親子）\n毎週土曜日の午前です。\n申込は電話で受け付けます。',
    '【1日目】\n会場は中央公民館です。雨天の場合は中止します。\n【2日目】\n会場は三橋公民館です。雨天の場合は中止します。\n【3日目】\n会場は大和公民館です。雨天の場合は中止します。',
    // A sentence said twice apart, short set phrases said three times.
    '申告相談は予約制です。受付は平日9時からです。今年も多くの方のご来場をお待ちしています。申告相談は予約制です。',
    '雨の日はご注意ください。路面の凍結にもご注意ください。足元にご注意ください。夜道はご注意ください。',
    '参加無料！\n子ども向けの工作教室です。\n参加無料！\n親子で楽しめるクイズ大会です。\n参加無料！',
  ])('passes a line repeated once in each section, twice apart, or a short set phrase: %j', (text) => {
    expect(findingsOf(repetition, text)).toEqual([])
  })
  it('flags a sentence said again with only its commas changed', () => {
    expect(findingsOf(repetition, '運転免許の自主返納は、柳川警察署で受け付けています。ご家族と一緒にご相談ください。運転免許の自主返納は柳川警察署で受け付けています。').map((x) => x.rule)).toEqual(['repetition/sentence'])
  })
  it('passes a serial notice for another day (the dates differ), flags the same day again', () => {
    const week1 = '【ごみ収集】12月1日（月）は祝日ですが、燃えるごみは通常どおり収集します。朝8時までに出してください。'
    const week2 = week1.replace('12月1日（月）', '12月8日（月）')
    expect(findingsOf(repetition, week2, { history: [week1] })).toEqual([])
    expect(findingsOf(repetition, week2, { history: [fingerprint(week1)!] })).toEqual([])
    expect(findingsOf(repetition, `${week2}\n#柳川`, { history: [week2] }).map((x) => x.rule)).toEqual(['repetition/duplicate'])
    // a fingerprint stored before dates were kept says nothing about days: still compared
    const { dates: _, ...old } = fingerprint(week1)!
    expect(findingsOf(repetition, week2, { history: [old] }).map((x) => x.rule)).not.toEqual([])
  })
  it.each([
    ['台風14号の接近に伴い、明日の燃えるごみ収集は中止します。収集は次回の収集日（金曜日）に行います。', '台風10号の接近に伴い、明日の燃えるごみ収集は中止します。収集は次回の収集日（木曜日）に行います。'],
    ['第5回ほりわり環境講座を開きます。テーマは水辺の生き物です。会場は中央公民館、参加無料です。', '第4回ほりわり環境講座を開きます。テーマは水辺の生き物です。会場は中央公民館、参加無料です。'],
    ['今週のプラごみ収集は水曜日です。祝日のため曜日が変わります。出し忘れのないようご注意ください。', '今週のプラごみ収集は木曜日です。祝日のため曜日が変わります。出し忘れのないようご注意ください。'],
  ])('passes a serial notice for another instance (another typhoon, session or weekday): %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] })).toEqual([])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] })).toEqual([])
    // the same instance again is a repeat
    expect(findingsOf(repetition, `${post}\n#柳川`, { history: [post] }).map((x) => x.rule)).toEqual(['repetition/duplicate'])
  })
  it('passes the next day of a countdown (あと7日 → あと3日), flags the same day again', () => {
    const day7 = '【コミュニティバス】路線変更まで、あと7日です。10月1日からは新しい時刻表で運行します。'
    const day3 = day7.replace('あと7日', 'あと3日')
    expect(findingsOf(repetition, day3, { history: [day7] })).toEqual([])
    expect(findingsOf(repetition, day3.replace('あと3日', '残り3日'), { history: [day7.replace('あと7日', '残り7日')] })).toEqual([])
    expect(findingsOf(repetition, day7, { history: [day7] }).map((x) => x.rule)).toEqual(['repetition/duplicate'])
  })
  it('passes a different post and short drafts', () => {
    expect(findingsOf(repetition, '市民会館で成人式を行います。新成人の皆さん、おめでとうございます。', { history: [POST] })).toEqual([])
    expect(findingsOf(repetition, 'お知らせです', { history: ['お知らせです'] })).toEqual([])
  })
  it('flags the same sentence twice in a post', () => {
    const s = '申込みは市役所の窓口で受け付けています。'
    expect(findingsOf(repetition, `${s}${s}`).map((x) => x.excerpt)).toEqual([s])
  })
  it('flags a word said five times in a row, not twice or a rule line', () => {
    const f = findingsOf(repetition, 'お知らせお知らせお知らせお知らせお知らせお知らせ　明日は燃えるごみの日です。')
    expect(f.map((x) => `${x.rule}:${x.excerpt}`)).toEqual(['repetition/word-run:お知らせお知らせお知らせお知らせお知らせお知らせ'])
    expect(f[0]!.message).toContain('「お知らせ」が6回')
    expect(findingsOf(repetition, 'ワッショイワッショイ！')).toEqual([])
    // a line pasted again right below itself; not a rule line
    expect(findingsOf(repetition, '拡散希望！献血にご協力ください！\n拡散希望！献血にご協力ください！\n拡散希望！献血にご協力ください！').map((x) => `${x.rule}:${x.count ?? 1}`)).toEqual(['repetition/sentence:2'])
    expect(findingsOf(repetition, '━━━━━━━━\n━━━━━━━━')).toEqual([])
    // a block of two lines pasted again
    expect(findingsOf(repetition, '今日は白秋祭だっちゃ！\nみんな来てね〜\n今日は白秋祭だっちゃ！\nみんな来てね〜').map((x) => x.excerpt)).toEqual(['今日は白秋祭だっちゃ！', 'みんな来てね〜'])
    expect(findingsOf(repetition, 'ご来場、お待ちしてます！お待ちしてます！お待ちしてます！お待ちしてます！お待ちしてます！').map((x) => x.rule)).toEqual(['repetition/word-run'])
    expect(findingsOf(repetition, '・－・－・－・－・－・－')).toEqual([])
  })
  it('flags a pair of short sentences said again right after itself on one line (A B A B), not apart or as lines', () => {
    const flagged: string[] = [
      '熱中症に注意してください。こまめな水分補給を。熱中症に注意してください。こまめな水分補給を。',
      'ごみは分別を！資源は水曜日！ごみは分別を！資源は水曜日！',
      '投票に行こう。18歳から投票できます。投票に行こう。18歳から投票できます。',
      // a block with its heading pasted again
      '■持ち物\nタオルと水筒\n■持ち物\nタオルと水筒',
      '【お知らせ】\n本日は休館日です。\n【お知らせ】\n本日は休館日です。',
    ]
    for (const t of flagged) expect(findingsOf(repetition, t).map((x) => x.rule), t).toContain('repetition/sentence')
    const passed: string[] = [
      // each section of a list says the same short line under its own heading
      '■Aコース\n参加費は無料です。\n■Bコース\n参加費は無料です。\n■Cコース\n参加費は無料です。',
      '【会場】\n市民会館\n【申込】\n電話で受け付けます\n【会場】の変更はありません',
      '■Aコース\n参加無料。申込不要。\n■Bコース\n参加無料。申込不要。',
      // a short sentence again, not a pair
      '受付は9時から。会場は体育館。受付は13時から。会場は体育館。',
      '晴れの日は掘割へ。雨の日は図書館へ。晴れの日は掘割へどうぞ。',
    ]
    for (const t of passed) expect(findingsOf(repetition, t), t).toEqual([])
  })
  it('flags the same hashtag three times, from its second use', () => {
    const f = findingsOf(repetition, '柳川の秋 #柳川 #柳川 #柳川', { site: 'instagram' })
    expect(f.map((x) => `${x.rule}:${x.excerpt}`)).toEqual(['repetition/same-hashtag:#柳川 #柳川'])
    expect(f[0]!.message).toContain('「#柳川」が3回')
    expect(findingsOf(repetition, '#柳川 #白秋祭 #柳川', { site: 'instagram' })).toEqual([])
  })
  it('flags more than five hashtags, on Instagram too unless the policy raises its limit', () => {
    const tags = Array.from({ length: 7 }, (_, i) => `#tag${i}`).join(' ')
    expect(findingsOf(repetition, tags).map((x) => x.rule)).toEqual(['repetition/hashtags'])
    expect(findingsOf(repetition, tags, { site: 'instagram' }).map((x) => x.rule)).toEqual(['repetition/hashtags'])
    const five = Array.from({ length: 5 }, (_, i) => `＃タグ${i}`).join(' ')
    expect(findingsOf(repetition, five, { site: 'instagram' })).toEqual([])
    const raised = mergePolicy(DEFAULT_POLICY, { repetition: { maxHashtagsInstagram: 10 } })
    expect(findingsOf(repetition, tags, { site: 'instagram', policy: raised })).toEqual([])
  })
  // Blind IA-116: circled list numbers (①②③, ⑴⑵, ❶❷, ㉑) are list markers, not hashtags, though the norm view writes them as #.
  it.each([
    ['ほりわりんと防災クイズ！ Q. 避難するときにはくのは？\n①サンダル ②長ぐつ ③運動ぐつ\n正解は…③の運動ぐつ！ 長ぐつは中に水が入ると歩きにくくなっちゃうんだ💦\n#柳川 #防災クイズ', 'instagram', null],
    ['川下りクイズ！ どんこ舟をこぐ道具は？\n❶オール ❷竿 ❸櫂 ❹帆\n答えは…❷の竿でした！ 船頭さんの腕の見せどころです✨\n#柳川 #川下り #どんこ舟', 'instagram', null],
    ['ごみの出し方チェック\n⑴燃やすごみ ⑵燃やさないごみ ⑶資源ごみ ⑷粗大ごみ ⑸有害ごみ\n分け方は市ホームページでご確認ください。\n#柳川市 #ごみ分別', 'x', null],
    ['受付番号㉑〜㉕の方は2階窓口へ、①〜⑳の方は1階窓口へお越しください。 #柳川市役所', 'facebook', null],
    ['白秋祭クイズ！①川下り ②水上パレード ③花火 ④灯り ⑤舟舞台\n#柳川 #白秋祭 #北原白秋', 'instagram', null],
    // typed tags over the limit, or the same typed tag three times, are still flagged beside numbered choices
    ['防災クイズ！①サンダル ②長ぐつ ③運動ぐつ\n#柳川 #防災 #防災クイズ #クイズ #ほりわりん #水害', 'instagram', 'repetition/hashtags'],
    ['①サンダル ②長ぐつ ③運動ぐつ\n#防災クイズ #防災クイズ #防災クイズ', 'instagram', 'repetition/same-hashtag'],
    ['防災クイズ ①サンダル ②長ぐつ\n＃柳川 ＃防災 ＃防災クイズ ＃クイズ ＃ほりわりん ＃水害 ＃備え', 'x', 'repetition/hashtags'],
  ] as const)('counts only typed # as hashtags, never circled list numbers: %s', (text, site, rule) => {
    const rules = findingsOf(repetition, text, { site }).map((x) => x.rule)
    expect(rules).toEqual(rule ? [rule] : [])
  })
  it.each([
    ['今日の掘割はとても穏やかです🌿 今日の掘割はとても穏やかです🌿', true],
    ['申込みは市役所の窓口で受け付けています　申込みは市役所の窓口で受け付けています', true],
    ['本日の受付は終了しました。明日の受付は９時からです。明後日の受付は１０時からです。', false],
    ['本日の川下りの受付は終了しました 明日の川下りの受付は９時からです', false],
    ['川下りの予約は観光案内所で受け付けます 乗船場でも当日券を販売しています', false],
    // a short sentence pasted twice in a row; apart, short lines repeat on purpose (each section's 問合せ)
    ['投票日は7月20日です。\n\n投票日は7月20日です。\n期日前投票もご利用ください。', true],
    ['■Aコース\n参加費は無料です。\n問合せ：生涯学習課\n\n■Bコース\n参加費は無料です。\n問合せ：生涯学習課', false],
    // a heading glued to the first sentence does not hide its copy
    ['【配水管工事のお知らせ】10月6日から、中島地区で配水管の工事を行います。濁り水が出る場合があります。10月6日から、中島地区で配水管の工事を行います。', true],
    ['【お知らせ】本日は休館日です。【お知らせ】明日は開館します。', false],
  ])('a sentence ended by an emoji or a space after a polite ending: %s', (text, flagged) => {
    expect(findingsOf(repetition, text).some((x) => x.rule === 'repetition/sentence')).toBe(flagged)
  })
  it('flags a letter repeated ten times, not elongation or separators', () => {
    expect(findingsOf(repetition, 'ああああああああああ').map((x) => x.rule)).toEqual(['repetition/char-run'])
    // ー ten times after a word is a stuck key too; fewer is elongation (the tone rule's)
    expect(findingsOf(repetition, 'すごーーーーーーーーーーい').map((x) => x.excerpt)).toEqual(['ーーーーーーーーーー'])
    expect(findingsOf(repetition, 'すごーーーーーい')).toEqual([])
    expect(findingsOf(repetition, '==========\n----------')).toEqual([])
  })
  it.each([
    ['ああああああああああ', ['ああああああああああ']],
    ['あああああああああ', []],
    ['はいwwwwwwwwwwww！', ['wwwwwwwwwwww']],
    ['ああああああああああいいいいいいいいいい', ['ああああああああああ', 'いいいいいいいいいい']],
    ['\u{2000B}'.repeat(10), ['\u{2000B}'.repeat(10)]],
    ['\u{2000B}'.repeat(9) + '\uD840', []],
    ['１１１１１１１１１１', []],
    // ！ and one emoji ten times; a word five times in a row; not a rule line or a word said twice
    ['うなぎ最高！！！！！！！！！！', ['！！！！！！！！！！']],
    ['ひな祭りです🎎🎎🎎🎎🎎🎎🎎🎎🎎🎎', ['🎎🎎🎎🎎🎎🎎🎎🎎🎎🎎']],
    ['━━━━━━━━━━━━\n■日時', []],
    // Blind R419U-048 kind: one mark ten times after a word is padding; a frame around a heading, a rule line or a run at a line's start is not
    ['図書館まつり、来てくださいね☆☆☆☆☆☆☆☆☆☆☆', ['☆☆☆☆☆☆☆☆☆☆☆']],
    ['ご参加ありがとうございました！♡♡♡♡♡♡♡♡♡♡ またお会いしましょう', ['♡♡♡♡♡♡♡♡♡♡']],
    ['マイナ保険証の登録、お早めに★★★★★★★★★★★★', ['★★★★★★★★★★★★']],
    ['春だよ〜♬♬♬♬♬♬♬♬♬♬', ['♬♬♬♬♬♬♬♬♬♬']],
    ['★★★★★★★★★★夏祭り★★★★★★★★★★\n7月20日、沖端水天宮にて開催します。', []],
    ['♪♪♪♪♪♪♪♪♪♪♪♪\n今月の音楽会は15日です。', []],
    ['【お知らせ】☆☆☆☆☆☆☆☆☆☆\n成人式の会場は市民会館です。', []],
    ['広報やながわ2月号\n─────────────\n確定申告のご案内です。', []],
    ['楽しい演奏会でした♪♪♪', []],
    ['ワッショイワッショイ！', []],
    ['\u{2000B}\u{20B9F}'.repeat(4), []],
  ])('finds runs of one letter in %j', (text, runs) => {
    const f = findingsOf(repetition, text)
    expect(f.map((x) => x.excerpt)).toEqual(runs)
    for (const x of f) expect(x.message).toContain(`${[...x.excerpt].length}回`)
  })
  it('passes repeated short lines such as list bullets', () => {
    expect(findingsOf(repetition, '■日時\n5月3日\n■日時\n5月4日')).toEqual([])
  })
})

describe('wordRuns', () => {
  /** The definition, checked pair by pair: maximal runs of pairs (j, j + p) of equal characters. */
  function reference(t: string): Array<{ start: number; end: number; unit: string; count: number }> {
    const out: Array<{ start: number; end: number; unit: string; count: number }> = []
    for (let p = 2; p <= 10; p++) {
      let same = 0
      for (let i = 0; i + p <= t.length; i++) {
        same = i + p < t.length && t.charCodeAt(i) === t.charCodeAt(i + p) ? same + 1 : 0
        const closes = same > 0 && !(i + 1 + p < t.length && t.charCodeAt(i + 1) === t.charCodeAt(i + 1 + p))
        if (!closes || same + p < p * 5) continue
        const start = i + 1 - same
        const count = Math.floor((same + p) / p)
        const unit = t.slice(start, start + p)
        if (!/\p{L}/u.test(unit) || /[#＃]/u.test(unit) || /^(.)\1*$/u.test(unit) || /^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(unit)) continue
        const stop = start + count * p
        if (out.some((r) => r.start < stop && start < r.end)) continue
        out.push({ start, end: stop, unit, count })
        if (out.length >= 20) return out
      }
    }
    return out
  }

  it('finds the runs the pair-by-pair definition finds (sampled pairs grown into runs)', () => {
    const unit = fc.stringMatching(/^[あいうアイ柳川#]{1,5}$/)
    const text = fc.array(fc.oneof(unit, unit.chain((u) => fc.integer({ min: 2, max: 9 }).map((k) => u.repeat(k)))), { maxLength: 12 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (t) => {
        expect(wordRuns(t)).toEqual(reference(t))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('chant gate', () => {
  it('never hides a chant the pattern finds (three equal phrases with their mark, 4–12 characters each)', () => {
    const phrase = fc.stringMatching(/^[あいう見守柳川][あいう見守柳川 ]{3,11}$/)
    const mark = fc.constantFrom('！', '!', '。')
    const filler = fc.stringMatching(/^[あいう。！？\n柳]{0,20}$/)
    fc.assert(
      fc.property(filler, phrase, mark, filler, (before, p, m, after) => {
        const text = `${before}${p}${m}${p}${m}${p}${m}${after}`
        const f = findingsOf(repetition, text)
        expect(f.some((x) => x.rule === 'repetition/chant' || x.rule === 'repetition/word-run' || x.rule === 'repetition/sentence')).toBe(true)
      }),
      { numRuns: 500 },
    )
  })
})

describe('repetition: a month told apart from its days is another notice', () => {
  it.each([
    ['【図書館休館日のお知らせ】3月の休館日は10日（月）・24日（月）です。返却ポストはご利用いただけます。', '【図書館休館日のお知らせ】2月の休館日は10日（月）・25日（火）です。返却ポストはご利用いただけます。'],
    ['【納税のお知らせ】4月の納期限は30日です。口座振替の方は残高をご確認ください。', '【納税のお知らせ】5月の納期限は31日です。口座振替の方は残高をご確認ください。'],
  ])('passes %s', (text, earlier) => {
    expect(findingsOf(repetition, text, { history: [earlier] })).toEqual([])
  })
  it('still flags the same month told again', () => {
    const post = '【図書館休館日のお知らせ】3月の休館日は10日（月）・24日（月）です。返却ポストはご利用いただけます。'
    expect(findingsOf(repetition, post, { history: [post.replace('。返却', '。なお返却')] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
})

describe('repetition: round 54, a post repeated with its figures respelt in kanji numerals', () => {
  // The same numbers written as kanji numerals (十一月一日, 十八時, 五百円, 二〇二五年) are the same post, the same days.
  it.each([
    ['白秋祭の水上パレードは十一月一日から三日まで、毎晩十八時に沖端を出発します。', '白秋祭の水上パレードは11月1日から3日まで、毎晩18時に沖端を出発します。'],
    ['十二月三日（日）十時から三橋公民館で防災訓練を行います。多くの方のご参加をお待ちしています。', '12月3日（日）10時から三橋公民館で防災訓練を行います。多くの方のご参加をお待ちしています。'],
    ['北原白秋生家・記念館の入館料は、大人五百円、高校生三百五十円、小中学生二百五十円です。', '北原白秋生家・記念館の入館料は、大人500円、高校生350円、小中学生250円です。'],
    ['二〇二五年の柳川雛祭りさげもんめぐりは二月十一日から四月三日までです。期間中は約三十か所で展示します。', '2025年の柳川雛祭りさげもんめぐりは2月11日から4月3日までです。期間中は約30か所で展示します。'],
    ['第十回ほりわり清掃は七月六日（日）朝七時から。軍手とタオルをお持ちください。', '第10回ほりわり清掃は7月6日（日）朝7時から。軍手とタオルをお持ちください。'],
  ])('flags %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] }).map((x) => x.severity)).toEqual(['warn'])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] }).map((x) => x.severity)).toEqual(['warn'])
    // and the other way round: figures now, kanji numerals before
    expect(findingsOf(repetition, earlier, { history: [post] }).map((x) => x.severity)).toEqual(['warn'])
  })
  it.each([
    // Another day, another session, another month: a new notice however its figures are written.
    ['白秋祭の水上パレードは十一月八日から十日まで、毎晩十八時に沖端を出発します。', '白秋祭の水上パレードは11月1日から3日まで、毎晩18時に沖端を出発します。'],
    ['第十一回ほりわり清掃は八月三日（日）朝七時から。軍手とタオルをお持ちください。', '第10回ほりわり清掃は7月6日（日）朝7時から。軍手とタオルをお持ちください。'],
    ['【図書館休館日のお知らせ】十二月の休館日は八日（月）・二十二日（月）です。返却ポストはご利用いただけます。', '【図書館休館日のお知らせ】11月の休館日は10日（月）・24日（月）です。返却ポストはご利用いただけます。'],
    // Words with numerals in them (一緒に, 三橋町, 一部) are not figures; a different post stays different.
    ['三橋町の皆さん、一緒に掘割の一部を清掃しませんか。', '大和町の皆さん、11月の清掃活動にご協力ありがとうございました。'],
  ])('passes %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] })).toEqual([])
  })
})

describe('repetition: blind GU-106, a call for one\'s safety said twice in an emergency is emphasis', () => {
  // Kind: in an emergency post (emergency mode, or the post saying an alarm is out: …特別警報が発表されました, 避難指示を発令しました,
  // 【緊急】), a request to act for one's safety (命を守る行動を, 避難して, 近づかんで + ください) said at the start and again at the
  // end, or as a line of its own twice: repeated on purpose, not a careless copy.
  const sentence = (text: string, context = {}): string[] => findingsOf(repetition, text, context).map((x) => x.rule)
  it.each([
    ['【緊急】柳川市全域に大雨特別警報が発表されました。直ちに命を守る行動をとってください。すでに浸水が始まっている場所では、無理に外へ出ず、建物の2階以上へ移動してください。直ちに命を守る行動をとってください。', { emergency: true }],
    ['【避難指示】沖端地区に避難指示を発令しました。すぐに避難してください。避難所は沖端小学校です。すぐに避難してください。', { emergency: true }],
    // no emergency mode set, the alarm said in the post
    ['土砂災害警戒情報が発表されました。がけの近くの方は、ただちに安全な場所へ避難してください。夜間の移動は危険です。がけの近くの方は、ただちに安全な場所へ避難してください。', {}],
    // 筑後弁, the call as a line of its own twice
    ['有明海沿岸に高潮警報が出とります。\n海岸には絶対に近づかんでください。\n様子を見に行くのは危なかです。\n海岸には絶対に近づかんでください。', { emergency: true }],
  ])('passes %s', (text, context) => {
    expect(sentence(text, context)).toEqual([])
  })
  it.each([
    // the information said twice, a call not about safety, the same call in an ordinary post, a call said three times
    ['【緊急】柳川市全域に大雨特別警報が発表されました。直ちに命を守る行動をとってください。柳川市全域に大雨特別警報が発表されました。', { emergency: true }],
    ['【緊急】大雨特別警報が発表されました。最新の情報は市ホームページをご覧ください。川には近づかないでください。最新の情報は市ホームページをご覧ください。', { emergency: true }],
    ['【防災週間】ハザードマップで自宅周辺の危険を確認してください。市役所1階で配布しています。ハザードマップで自宅周辺の危険を確認してください。', {}],
    ['梅雨の備えについてお知らせします。直ちに命を守る行動をとってください。ハザードマップは市役所で配布しています。直ちに命を守る行動をとってください。', {}],
    ['【緊急】大雨特別警報が発表されました。直ちに命を守る行動をとってください。浸水に注意。直ちに命を守る行動をとってください。避難所は体育館です。直ちに命を守る行動をとってください。', { emergency: true }],
  ])('flags %s', (text, context) => {
    expect(sentence(text, context)).toContain('repetition/sentence')
  })
})

describe('repetition: blind GX-118, a rule line of marks drawn above and below a heading is decoration, not a sentence', () => {
  it.each([
    '━━━━━━━━━━━━━━━\n　柳川市からのお知らせ（2月号）\n━━━━━━━━━━━━━━━\n\n1．確定申告の相談会場が変わります\n2．粗大ごみの受付時間を延長します\n3．図書館が臨時休館します（2月24日〜26日）\n\n詳しくは、広報やながわ2月号をご覧ください。\nhttps://www.city.yanagawa.fukuoka.jp/koho/kohoshi/',
    '＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n【図書館だより 3月号】\n＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝＝\n新着図書のご案内です。春休みの読書にどうぞ。',
    '★☆★☆★☆★☆★☆★☆★☆★☆\n春の交通安全運動が4月6日から始まります。\n★☆★☆★☆★☆★☆★☆★☆★☆\n子どもとお年寄りの交通事故防止にご協力ください。',
    '～～～～～～～～～～～～～～～～\n柳川雛祭り さげもんめぐり開催中\n～～～～～～～～～～～～～～～～\n期間：2月11日〜4月3日',
    '─────────────────\n■ 申込方法\n─────────────────\n電話でお申し込みください。\n─────────────────\n■ 問合せ\n─────────────────\n生涯学習課',
  ])('passes %s', (text) => {
    expect(findingsOf(repetition, text)).toEqual([])
  })
  it.each([
    // the words between the rule lines pasted twice: a sentence, a line, a word run
    ['━━━━━━━━━━━━━━━\n　柳川市からのお知らせ（2月号）\n━━━━━━━━━━━━━━━\n\n確定申告の相談会場が市民会館に変わります。確定申告の相談会場が市民会館に変わります。\n\n詳しくは、広報やながわ2月号をご覧ください。', 'repetition/sentence'],
    ['━━━━━━━━━━━━━━━\n粗大ごみの受付時間を延長します\n粗大ごみの受付時間を延長します\n━━━━━━━━━━━━━━━', 'repetition/sentence'],
    ['━━━━━━━━━━━━━━━\nお知らせお知らせお知らせお知らせお知らせ\n━━━━━━━━━━━━━━━', 'repetition/word-run'],
  ])('still flags %s', (text, rule) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).toEqual([rule])
  })
})

describe('repetition: blind R62A-112, the same sentence said again with only its quotation brackets changed', () => {
  // Kind: a sentence pasted twice in one post where the copy differs only in its brackets (「…」 → 『…』, “…”, 《…》, or none) and its
  // closing mark (。 → ！): the same sentence again, a careless repeat.
  it.each([
    'ごみ分別アプリ「やながわごみナビ」の配信を始めました。ダウンロードは無料です。\nごみ分別アプリ『やながわごみナビ』の配信を始めました！ダウンロードは無料です！',
    '市の防災アプリ“やながわ防災ナビ”で避難所の混雑状況が見られます。ダウンロードは無料です。市の防災アプリ「やながわ防災ナビ」で避難所の混雑状況が見られます。',
    '『柳川雛祭り さげもんめぐり』は4月3日まで開催しています。\n「柳川雛祭り さげもんめぐり」は4月3日まで開催しています！',
    '北原白秋生家・記念館で企画展《白秋と水郷のうた》を開催中です。ぜひお越しください。北原白秋生家・記念館で企画展「白秋と水郷のうた」を開催中です。',
    '市報「やながわ」3月号を市内全戸に配布しました。市報やながわ3月号を市内全戸に配布しました。',
  ])('flags %s', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).toContain('repetition/sentence')
  })
  it.each([
    // the same name in brackets in two different sentences, two titles in the same frame, greetings in brackets, a line in each section
    '「やながわごみナビ」の配信を始めました。『やながわごみナビ』の使い方は、市ホームページでご紹介しています。',
    '講座「はじめてのスマホ教室」を公民館で開催します。講座「はじめてのパソコン教室」を公民館で開催します。',
    '「おはよう」と声をかけ合いましょう。「こんにちは」と声をかけ合いましょう。あいさつ運動にご協力ください。',
    '■Aコース\n「川下り体験」は参加無料です。\n■Bコース\n「川下り体験」は参加無料です。',
  ])('passes %s', (text) => {
    expect(findingsOf(repetition, text)).toEqual([])
  })
})

describe('repetition: blind R78A-100, the same notice reposted with only its politeness changed', () => {
  // Kind: an earlier notice posted again with the same facts and the same request, only its politeness raised or lowered: the request's
  // formula (お知らせください → お知らせくださいますよう、お願いいたします, 下さい, いただきますようお願い申し上げます) and the "when" clause
  // (見つけたときは → 見つけた際は, 見つけましたら, 出す場合は, 皆さん → 皆様). Nothing new is said: a repeat (5(2)).
  const PLAIN = '【防犯灯の修理について】防犯灯の故障を見つけたときは、管理番号と場所を市民協働課までお知らせください。'
  // [politer draft, plainer earlier post]
  it.each([
    ['【防犯灯の修理について】防犯灯の故障を見つけた際は、管理番号と場所を市民協働課までお知らせくださいますよう、お願いいたします。', PLAIN],
    ['【防犯灯の修理について】防犯灯の故障を見つけた際は、管理番号と場所を市民協働課までお知らせくださいますよう、お願いいたします。', '【防犯灯の修理について】防犯灯の故障を見つけましたら、管理番号と場所を市民協働課までお知らせください。'],
    ['【図書館からのお願い】本を汚したり破ったりした際は、返却のときにカウンターまでお申し出くださいますよう、お願い申し上げます。', '【図書館からのお願い】本を汚したり破ったりしたときは、返却のときにカウンターまでお申し出ください。'],
    ['粗大ごみを出す場合は、収集日の前日までに環境課へ電話でお申し込みいただきますよう、よろしくお願いいたします。', '粗大ごみを出すときは、収集日の前日までに環境課へ電話で申し込んでください。'],
    ['市民の皆様、台風が接近する際には、側溝の落ち葉を取り除いて頂きますよう、何卒お願い致します。', '市民の皆さん、台風が接近する時は、側溝の落ち葉を取り除いてください。'],
    ['道路の陥没を見かけた際は、場所と様子を道路課までお知らせくださいますよう、お願い申し上げます。', '道路の陥没を見かけたら、場所と様子を道路課までお知らせ下さい。'],
  ])('flags %s (earlier: %s), and the plainer one after the politer one', (polite, plain) => {
    expect(findingsOf(repetition, polite, { history: [plain] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
    // the other way round, the earlier post kept as text
    expect(findingsOf(repetition, plain, { history: [polite] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it.each([
    ['【防犯灯の修理について】防犯灯の故障を見つけた際は、管理番号と場所を市民協働課までお知らせくださいますよう、お願いいたします。', PLAIN],
    ['【図書館からのお願い】本を汚したり破ったりした際は、返却のときにカウンターまでお申し出くださいますよう、お願い申し上げます。', '【図書館からのお願い】本を汚したり破ったりしたときは、返却のときにカウンターまでお申し出ください。'],
  ])('flags a politer repost of a post kept only as a fingerprint: %s', (polite, plain) => {
    expect(findingsOf(repetition, polite, { history: [fingerprint(plain)!] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it.each([
    ['【防犯灯の修理について】防犯灯の故障を見つけた際は、管理番号と場所を市民協働課までお知らせくださいますよう、お願いいたします。', PLAIN],
    ['【図書館からのお願い】本を汚したり破ったりした際は、返却のときにカウンターまでお申し出くださいますよう、お願い申し上げます。', '【図書館からのお願い】本を汚したり破ったりしたときは、返却のときにカウンターまでお申し出ください。'],
    ['粗大ごみを出す場合は、収集日の前日までに環境課へ電話でお申し込みいただきますよう、よろしくお願いいたします。', '粗大ごみを出すときは、収集日の前日までに環境課へ電話で申し込んでください。'],
    ['市民の皆様、台風が接近する際には、側溝の落ち葉を取り除いて頂きますよう、何卒お願い致します。', '市民の皆さん、台風が接近する時は、側溝の落ち葉を取り除いてください。'],
  ])('flags a plainer repost of a polite post kept only as a fingerprint (its plain form is in the fingerprint): %s', (polite, plain) => {
    const fp = fingerprint(polite)!
    expect(fp.plain?.sig.length).toBeGreaterThan(0)
    expect(findingsOf(repetition, plain, { history: [fp] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
    // an older fingerprint without it is compared as it is (no finding from the plain form)
    expect(findingsOf(repetition, plain, { history: [{ ...fp, plain: undefined }] }).map((x) => x.rule)).toEqual([])
  })
  it('keeps no plain form in the fingerprint of a post that has no polite formula to bring down', () => {
    expect(fingerprint(PLAIN)!.plain).toBeUndefined()
    expect(fingerprint('入学願書は地下道の先の国際交流センターで受け付けます。')!.plain).toBeUndefined()
  })
  it.each([
    // the same template and words, another request or another thing
    ['【防犯灯の設置について】防犯灯の新設を希望される際は、自治会長を通じて市民協働課へ申請くださいますよう、お願いいたします。', PLAIN],
    ['【カーブミラーの修理について】カーブミラーの破損を見つけた際は、場所を道路課までお知らせくださいますよう、お願いいたします。', PLAIN],
    ['【入学願書の受付について】入学願書は、12月1日から市役所2階の学校教育課で受け付けます。', '【入学願書の配布について】入学願書は、11月1日から市役所2階の学校教育課で配布しています。'],
    ['家電4品目を処分する際は、購入したお店か指定引取場所へ持ち込んでくださいますよう、お願いいたします。', '粗大ごみを出すときは、収集日の前日までに環境課へ電話で申し込んでください。'],
    ['地下道の照明が切れている際は、道路課までお知らせくださいますよう、お願いいたします。', '国際交流員の出前講座をご希望の際は、国際交流係までお申し込みくださいますよう、お願いいたします。'],
  ])('passes %s (earlier: %s)', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] })).toEqual([])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] })).toEqual([])
  })
  it('brings each form of politeness to its plainest, leaving words that only share a kanji with them', () => {
    expect(plainForm('お知らせくださいますようお願いいたします')).toBe('お知らせください')
    expect(plainForm('見つけた際は')).toBe('見つけたときは')
    expect(plainForm('見つけましたら管理番号')).toBe('見つけたときは管理番号')
    expect(plainForm('市民の皆様')).toBe('市民のみなさん')
    for (const s of ['入学願書', '地下道', '国際交流', '10時は', '実際は', '会場は', 'たらいの水']) expect(plainForm(s)).toBe(s)
  })
})

describe('repetition: blind R80A-048, R80A-112, a stretch said again right after itself with only spaces and emoji between the copies', () => {
  // Kind: a casual post ends its sentences with an emoji or a space, not 。, so a block pasted twice on one line (…みませんか？ 日時：…
  // 会場：… ✂️…みませんか？ 日時：… 会場：…) or a short sentence said three times (エコバッグ持った？🐢 ×3) has copies that start and end
  // where no sentence does: read without its spaces and emoji, the line holds the same stretch twice (fifteen characters or more) or a
  // sentence with its mark three times in a row.
  const rules = (text: string, context = {}): string[] => findingsOf(repetition, text, context).map((x) => x.rule)
  it.each([
    // a block pasted twice on one line
    '🌿エコバッグ手作り講座🌿 古いTシャツから、マイバッグを作ってみませんか？ 日時：10月25日（土）10時〜12時 会場：柳川市民文化会館 ✂️古いTシャツから、マイバッグを作ってみませんか？ 日時：10月25日（土）10時〜12時 会場：柳川市民文化会館 #柳川 #エコバッグ',
    '📚おはなし会のお知らせ📚 絵本の読み聞かせをします 日時：11月8日（土）14時〜 場所：市立図書館 📖絵本の読み聞かせをします 日時：11月8日（土）14時〜 場所：市立図書館 #図書館',
    '🍠焼き芋大会するばい！ 11月30日（日）10時から三橋公民館で待っとるけん 🔥焼き芋大会するばい！ 11月30日（日）10時から三橋公民館で待っとるけん',
    '健康診断の受付は本日までとなっております 市役所2階の窓口へお越しくださいませ🙇 健康診断の受付は本日までとなっております 市役所2階の窓口へお越しくださいませ🙇',
    // a short sentence said three times with emoji between
    'エコバッグ持った？🐢 エコバッグ持った？🐢✨ エコバッグ持った？🐢💚 #柳川 #エコがめ',
    'マスクした？😷 マスクした？😷 マスクした？😷',
    '水分とっとる？💧 水分とっとる？💧 水分とっとる？💧 #熱中症予防',
    'ごみは分けて出そうね！♻️ ごみは分けて出そうね！♻️✨ ごみは分けて出そうね！♻️',
  ])('flags %s', (text) => {
    expect(rules(text)).toContain('repetition/sentence')
  })
  it.each([
    // a short phrase twice is emphasis; two days of one event differ in their dates; two sentences sharing words; a list of venues
    '参加無料！🎉 参加無料！🎉 どなたでもどうぞ',
    'がんばれ！📣 がんばれ！📣 柳川高校',
    '日時：10月25日（土）10時〜12時 会場：柳川市民文化会館 日時：10月26日（日）10時〜12時 会場：柳川市民文化会館',
    '古いTシャツでマイバッグを作りませんか？ 古いTシャツのマイバッグ作り講座を開きます🧵 #エコバッグ',
    '🌸三橋公民館 🌸大和公民館 🌸昭代公民館 🌸蒲池公民館 で開催します',
    'エコバッグ持った？🐢 マイボトル持った？🐢 マイ箸持った？🐢 #エコがめ',
  ])('passes %s', (text) => {
    expect(rules(text)).toEqual([])
  })
  it('passes a call for one\'s safety said twice in a row in an emergency, flags it three times', () => {
    expect(rules('【避難指示】沖端地区に避難指示を発令しました。\nただちに高い所へ避難してください⚠ ただちに高い所へ避難してください', { emergency: true })).toEqual([])
    expect(rules('ただちに高い所へ避難してください⚠ ただちに高い所へ避難してください⚠ ただちに高い所へ避難してください', { emergency: true })).toContain('repetition/sentence')
  })
})

describe('repetition: blind R92A-084, the same notice posted again with its date\'s weekday added or dropped (8月31日です → 8月31日（日）です)', () => {
  // Kind: a notice reposted word for word but for the weekday in brackets or 〜曜日 after its date: the earlier posts name the same calendar
  // day without it, so the days are the same, not another notice's (the weekday key alone made them look like other days). Both naming
  // weekdays that differ, other calendar days, or a weekday against a date are still other notices.
  const rules = (text: string, history: string[]): string[] => findingsOf(repetition, text, { history }).map((x) => x.rule)
  it.each([
    // the blind item, posted the third time
    ['【返却のお願い】夏休みに借りた本の返却期限は8月31日（日）です。夜間や休館日は、正面玄関横の返却ポストへどうぞ。', [
      '【返却のお願い】夏休みに借りた本の返却期限は8月31日です。夜間や休館日は、正面玄関横の返却ポストへどうぞ。',
      '【返却のお願い】夏休みに借りた本の返却期限は8月31日です。夜間・休館日は正面玄関横の返却ポストへどうぞ。',
    ]],
    // variants: another notice, the weekday dropped this time, 〜曜日 spelt out, dialect
    ['【粗大ごみ受付】9月10日（水）まで電話で受け付けています。お早めにお申し込みください。', ['【粗大ごみ受付】9月10日まで電話で受け付けています。お早めにお申し込みください。']],
    ['特定健診の予約は10月3日までです。市役所2階の健康づくり課窓口か、お電話でお申し込みください。', ['特定健診の予約は10月3日（金）までです。市役所2階の健康づくり課窓口か、お電話でお申し込みください。']],
    ['市民プールの今季の営業は8月31日日曜日までです。最終日は17時で閉場しますので、ご注意ください。', ['市民プールの今季の営業は8月31日までです。最終日は17時で閉場しますので、ご注意ください。']],
    ['【図書館だより】借りとる本の返却は8月31日（日）までやけん、返却ポストも使ってね。', ['【図書館だより】借りとる本の返却は8月31日までやけん、返却ポストも使ってね。']],
  ] as Array<[string, string[]]>)('flags %s', (text, history) => {
    expect(rules(text, history).some((r) => r === 'repetition/duplicate' || r === 'repetition/near-duplicate')).toBe(true)
  })
  it.each([
    // hard negatives: next month's notice, two weekdays that differ, a weekday against a date, another day with a weekday
    ['【返却のお願い】夏休みに借りた本の返却期限は9月30日（火）です。夜間や休館日は、正面玄関横の返却ポストへどうぞ。', ['【返却のお願い】夏休みに借りた本の返却期限は8月31日です。夜間や休館日は、正面玄関横の返却ポストへどうぞ。']],
    ['燃えないごみの収集は毎月第2水曜日です。朝8時30分までに、決められた場所に出してください。', ['燃えないごみの収集は毎月第2木曜日です。朝8時30分までに、決められた場所に出してください。']],
    ['資源ごみの回収は毎週金曜日です。朝8時30分までに、決められた場所に出してください。', ['資源ごみの回収は9月5日です。朝8時30分までに、決められた場所に出してください。']],
    ['【粗大ごみ受付】9月17日（水）まで電話で受け付けています。お早めにお申し込みください。', ['【粗大ごみ受付】9月10日まで電話で受け付けています。お早めにお申し込みください。']],
  ] as Array<[string, string[]]>)('passes %s', (text, history) => {
    expect(rules(text, history).filter((r) => r === 'repetition/duplicate' || r === 'repetition/near-duplicate')).toEqual([])
  })
})

describe('repetition: blind R118A-103, a short post reposted with a word respelt in kana or kanji', () => {
  // [draft, earlier post]: the same words, one written in kana where the other has kanji (or the other way round).
  it.each([
    ['☀️夏野菜そろってます☀️ きゅうり・なす・ピーマン、ぜんぶ朝どれ！\n#道の駅やながわ #夏野菜', '☀️夏野菜そろってます☀️ きゅうり・なす・ピーマン、全部朝どれ！\n#道の駅やながわ #夏野菜'],
    ['いちご狩り、こどもも大人も楽しめます！ぜひどうぞ🍓\n#柳川', 'いちご狩り、子供も大人も楽しめます！是非どうぞ🍓\n#柳川'],
    ['新米が揃いました！みなさん一緒に味わってね🍚 #やながわ', '新米がそろいました！皆さんいっしょに味わってね🍚 #やながわ'],
    ['うなぎのせいろ蒸し、美味しかです！たくさん食べてね', 'うなぎのせいろ蒸し、おいしかです！沢山食べてね'],
  ])('flags %s (earlier: %s), as text and as a fingerprint, both ways', (draft, earlier) => {
    expect(findingsOf(repetition, draft, { history: [earlier] }).map((x) => x.rule)).not.toEqual([])
    expect(findingsOf(repetition, draft, { history: [fingerprint(earlier)!] }).map((x) => x.rule)).not.toEqual([])
    expect(findingsOf(repetition, earlier, { history: [draft] }).map((x) => x.rule)).not.toEqual([])
  })
  it.each([
    // another message in the same frame
    ['☀️夏野菜そろってます☀️ きゅうり・なす・ピーマン、ぜんぶ売り切れました！\n#道の駅やながわ #夏野菜', '☀️夏野菜そろってます☀️ きゅうり・なす・ピーマン、全部朝どれ！\n#道の駅やながわ #夏野菜'],
    ['秋野菜そろってます🍂 かぼちゃ・さつまいも・里芋、ぜんぶ朝どれ！', '☀️夏野菜そろってます☀️ きゅうり・なす・ピーマン、全部朝どれ！'],
    ['こども食堂、今月は12日です。みなさんどうぞ', '子ども会の遠足、今月は中止です。皆さんご注意を'],
    ['出来事を振り返る写真展、山頂の風景も並びます', 'できることから始める防災講座、いただいた質問に答えます'],
  ])('leaves a post with other words in it alone: %s', (draft, earlier) => {
    expect(findingsOf(repetition, draft, { history: [earlier] })).toEqual([])
    expect(findingsOf(repetition, draft, { history: [fingerprint(earlier)!] })).toEqual([])
  })
  it('respells only the words, not kanji that merely share a letter', () => {
    expect(plainForm('全部朝どれ')).toBe('ぜんぶ朝どれ')
    for (const s of ['出来事', '山頂から', '全部署', '安全部会', '遊具']) expect(plainForm(s)).toBe(s)
  })
})

describe('repetition: a repeat notice under a new lead (Blind R119A-039)', () => {
  const KENSHIN = '7月の4か月児健診は7月17日（木）、総合保健福祉センターで行います。'
  const BUS = '市民バスの時刻表が10月1日から新しくなります。新しい時刻表は各支所の窓口で配布しています。'
  const POOL = '市民プールは施設点検のため、8月25日から8月29日まで休業します。ご理解をお願いします。'
  it.each([
    ['乳幼児健診の日程、今月2回目のお知らせです🙇 ' + KENSHIN, [KENSHIN + '対象の方には通知をお送りしています。', '【再掲】' + KENSHIN]],
    ['大切なことなので改めてお知らせします。' + BUS, [BUS]],
    ['再度のお知らせです！\n' + BUS, [BUS]],
    ['お盆前に再掲します🙏 ' + POOL, [POOL]],
    ['市民プールの休業について、再度ご案内いたします。' + POOL, [POOL]],
    ['今週3度目のお知らせになりますが、' + POOL, [POOL]],
  ])('flags a repeat under a lead that says so: %s', (post, history) => {
    expect(findingsOf(repetition, post, { history }).map((x) => x.rule)).not.toEqual([])
    expect(findingsOf(repetition, post, { history: history.map((h) => fingerprint(h)!) }).map((x) => x.rule)).not.toEqual([])
  })
  it.each([
    // a correction or a change says something new
    ['【訂正】先ほどのお知らせに誤りがありました。改めてお知らせします。7月の4か月児健診は7月24日（木）、中央公民館で行います。', [KENSHIN]],
    ['日程変更のため再度お知らせします。市民プールは施設点検のため、9月1日から9月5日まで休業します。ご理解をお願いします。', [POOL]],
    // a serial notice for another instance or date
    ['今月2回目のお知らせです。8月の4か月児健診は8月21日（木）、総合保健福祉センターで行います。', [KENSHIN]],
    ['改めてお知らせします。第3回市民講座は11月8日に中央公民館で開催します。', ['第2回市民講座は10月11日に中央公民館で開催します。']],
    // a lead that says so over a post about something else
    ['今月2回目のお知らせです。図書館の夏休み工作教室の参加者を募集しています。', [KENSHIN]],
    // words that look like a lead inside an ordinary post
    ['再掲載の許可については広報課にお問い合わせください。', [BUS]],
  ])('keeps clean: %s', (post, history) => {
    expect(findingsOf(repetition, post, { history })).toEqual([])
  })
})

describe('repetition (5(2)): the next report of a changing situation stamped with another hour (blind R150A-140)', () => {
  // Kind: a status report stamped with the hour it tells of (（15時現在）, 17時時点, 9時30分現在) posted again with another hour and
  // its content changed is an update, whether the earlier post is text or a fingerprint. The same report with only its hour
  // changed, and a copy, are still repeats.
  const cases: Array<[string, string]> = [
    ['【避難所開設状況（13時現在）】\n■三橋中学校体育館 開設\n■大和中学校体育館 開設準備中\n避難する際は、食料・水・常備薬をお持ちください。',
      '【避難所開設状況（15時現在）】\n■三橋中学校体育館 開設\n■大和中学校体育館 開設\n■中央公民館 開設準備中\n避難する際は、食料・水・常備薬をお持ちください。'],
    ['【道路の通行止め情報（9時現在）】\n・県道柳川大和線 沖端付近 通行止め\n・市道本町線 冠水のため通行止め\n迂回をお願いします。',
      '【道路の通行止め情報（11時現在）】\n・県道柳川大和線 沖端付近 通行止め解除\n・市道本町線 冠水のため通行止め\n・国道208号 片側交互通行\n迂回をお願いします。'],
    ['停電情報（18時時点）：三橋町の約300戸で停電が続いています。復旧作業を進めています。',
      '停電情報（21時時点）：三橋町の停電は約40戸まで減りました。復旧作業を進めています。'],
    ['【給水所の状況（8時30分現在）】\n■中央公民館 給水中\n■蒲池公民館 準備中\n容器をお持ちください。',
      '【給水所の状況（10時30分現在）】\n■中央公民館 給水中\n■蒲池公民館 給水中\n■両開公民館 準備中\n容器をお持ちください。'],
  ]
  it.each(cases)('passes the update of %s', (earlier, post) => {
    expect(findingsOf(repetition, post, { history: [earlier] }).filter((f) => f.rule.startsWith('repetition/') && f.rule.includes('duplicate'))).toEqual([])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] }).filter((f) => f.rule.includes('duplicate'))).toEqual([])
  })
  it.each(cases)('flags %s posted again with only its hour changed, and a copy', (earlier) => {
    const hourOnly = earlier.replace(/([0-9]{1,2})時/u, (_, h: string) => `${(Number(h) + 2) % 24}時`)
    for (const h of [earlier, fingerprint(earlier)!]) {
      expect(findingsOf(repetition, hourOnly, { history: [h] }).map((f) => f.rule).filter((r) => r.includes('duplicate')).length).toBe(1)
      expect(findingsOf(repetition, earlier, { history: [h] }).map((f) => f.rule)).toContain('repetition/duplicate')
    }
  })
})

describe('repetition: a short caption with its polite ending moved (blind R152D-090)', () => {
  // Blind R152D-090: a short caption posted again with its です・ます moved, added or dropped is a near-duplicate; a short caption
  // about something else in the same words' frame is a new post.
  const politeMoved: Array<[string, string]> = [
    ['矢部川の土手の菜の花が満開🌼 黄色いじゅうたんみたいです✨\n#柳川 #菜の花 #矢部川', '矢部川の土手の菜の花が満開です🌼 黄色いじゅうたんみたい✨\n#柳川 #菜の花 #矢部川'],
    ['沖端の水天宮のあじさいが見ごろです☔ しっとり雨にぬれてきれい✨\n#柳川 #あじさい', '沖端の水天宮のあじさいが見ごろ☔ しっとり雨にぬれてきれいです✨\n#柳川 #あじさい'],
    ['お堀のしだれ柳が芽吹きました🌱 春の訪れを感じます\n#柳川 #川下り', 'お堀のしだれ柳が芽吹きました🌱 春の訪れを感じる〜\n#柳川 #川下り'],
    ['御花の庭園の紅葉が色づいてます🍁 今週末が見ごろかも\n#柳川 #紅葉', '御花の庭園の紅葉が色づいて🍁 今週末が見ごろかもです\n#柳川 #紅葉'],
  ]
  // The extension keeps fingerprints only: the earlier caption's bare form is in its fingerprint (`bare`), read as its text is.
  const storedFp = (text: string): Fingerprint => JSON.parse(JSON.stringify(fingerprint(text)!)) as Fingerprint
  it.each(politeMoved)('flags the short caption %s posted again with its polite ending moved (history as text or as a stored fingerprint)', (earlier, post) => {
    for (const h of [earlier, storedFp(earlier)]) {
      expect(findingsOf(repetition, post, { history: [h] }).filter((f) => f.rule.includes('duplicate')).length).toBe(1)
    }
  })
  it('property: tooShortForCore says exactly when a text has no content skeleton (coreOfCanonical null)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[あいうえおかきくけこ柳川市役所0-9a-zアイウ🌼]{0,40}$/), (s) => tooShortForCore(s) === (coreOfCanonical(s) === null)),
      { numRuns: 2000 },
    )
  })
  it('keeps a bare form only for a short caption whose bare form differs (no text: a signature)', () => {
    expect(fingerprint(politeMoved[0]![0])!.bare).toHaveLength(128)
    expect(fingerprint('御花の庭園の紅葉が色づいて🍁 今週末が見ごろかも')!.bare).toBeUndefined()
    expect(fingerprint('【市立図書館 休館のお知らせ】11月10日（月）〜14日（金）は蔵書点検のため休館します。ブックポストをご利用ください。')!.bare).toBeUndefined()
  })
  const newCaptions: Array<[string, string]> = [
    ['矢部川の土手の菜の花が満開です🌼 黄色いじゅうたんみたい✨\n#柳川 #菜の花', '沖端の堀の桜が満開です🌸 ピンクのトンネルみたい✨\n#柳川 #桜'],
    ['沖端の水天宮のあじさいが見ごろです☔\n#柳川 #あじさい', '三柱神社の紅葉が見ごろです🍁\n#柳川 #紅葉'],
    ['今日の川下りは晴れて気持ちいいです☀ 舟の上は風が涼しい\n#柳川', '明日の朝市は雨でも開催します☔ 新米が並びます\n#柳川'],
  ]
  it.each(newCaptions)('passes a new short caption %s in the same frame', (earlier, post) => {
    for (const h of [earlier, storedFp(earlier)]) {
      expect(findingsOf(repetition, post, { history: [h] }).filter((f) => f.rule.includes('duplicate'))).toEqual([])
    }
  })
})

describe('repetition: an announcement posted again reworded, its facts the same (blind R160I-057, -065, -074, -078, -094)', () => {
  // Blind R160I-074 and others: the same days written another way (8/2(土) / 8月2日（土）, 〜 / から…まで), the same times (19:30 / 19時30分)
  // and the same place, only the wording, the order and the heading changed: the same announcement again.
  const reworded: Array<[string, string]> = [
    ['【花火大会】8/2(土) 19:30〜 沖端漁港で打ち上げます！', '8月2日（土）は花火大会です。会場は沖端漁港、19時30分から打ち上げます。'],
    ['3月30日の日曜日、9:00〜12:00に休日窓口を市民課で開設いたします。', '市民課の休日窓口を3月30日（日）9時から12時まで開設します。'],
    ['【文化祭のお知らせ】市民会館で11月3日（月・祝）に作品展示と舞台発表があります。', '11月3日（月・祝）は文化祭です。市民会館で作品展示と舞台発表を行います。'],
    ['6月2日（月）から粗大ごみの受付を始めます。電話でお申し込みください。', '粗大ごみの受付は6月2日（月）から。申込は電話で受け付けます。'],
    ['【年末年始の窓口】12月29日（月）から1月3日（土）まで市役所の窓口はお休みです。1月5日（月）から通常どおり開きます。', '年末年始は市役所の窓口がお休みになります。閉庁期間は12月29日（月）〜1月3日（土）、再開は1月5日（月）です。お間違えのないようお願いします。'],
  ]
  it.each(reworded)('flags %s posted again reworded', (earlier, post) => {
    expect(findingsOf(repetition, post, { history: [earlier] }).filter((f) => f.rule.includes('duplicate')).map((f) => `${f.rule}:${f.severity}`)).toEqual(['repetition/near-duplicate:warn'])
  })
  // A follow-up with real news (本日, いよいよ明日, 残りわずか, 延期, a result, a report in the past tense, a new figure) or another post
  // on the same day and topic (監視員の募集, 記念式典, 駐車場の混雑, 傍聴席) is a new post.
  const pool = '市民プール、7月12日（土）からオープン🏊 今年も流れるプールあります！'
  const road = '10月6日（月）から沖端町の市道で舗装工事を行います。全面通行止めとなりますので、迂回路をご利用ください。'
  const council = '市議会3月定例会の本会議は、市議会ホームページからインターネットで生中継します。ご自宅からぜひご覧ください。'
  const newNews: Array<[string, string]> = [
    [pool, '本日7月12日（土）、市民プールがオープンしました！流れるプールも健在です。'],
    [pool, '7月12日（土）オープンの市民プールで、監視員を募集します。'],
    [pool, '市民プールは7月12日（土）オープン。先着100名に記念品をプレゼントします！'],
    [pool, '7月12日（土）に市民プールのオープン記念式典を行います。市長あいさつ、テープカットがあります。'],
    [pool, '7月12日（土）市民プールのオープン日は、駐車場が大変混み合います。'],
    [road, '10月6日（月）からの沖端町の市道の通行止めは、雨天のため10月8日（水）からに延期します。'],
    [road, 'いよいよ明日10月6日（月）から沖端町の市道で舗装工事が始まります。迂回路をご利用ください。'],
    [council, '3月定例会の一般質問の通告者と質問順が決まりました。市議会ホームページをご覧ください。'],
    [council, '3月定例会の本会議は、会場の議場でも傍聴できます。傍聴席は40席、先着順です。'],
    ['【市立図書館 休館のお知らせ】11月10日（月）〜14日（金）は蔵書点検のため休館します。', '11月10日（月）からの図書館の休館、残りわずかで再開です。ブックポストをご利用ください。'],
  ]
  it.each(newNews)('passes a follow-up or another post on the same day: %s → %s', (earlier, post) => {
    expect(findingsOf(repetition, post, { history: [earlier] }).filter((f) => f.rule.includes('duplicate'))).toEqual([])
  })

  // The extension keeps fingerprints only: the earlier post's facts are kept hashed in its fingerprint (`facts`), and a history of
  // fingerprints (as stored: through JSON) gives the same verdicts as a history of texts, reworded reposts and hard negatives alike.
  const moreReworded: Array<[string, string]> = [
    ['9月14日（日）9時から、市民体育館で総合防災訓練を実施します。', '【総合防災訓練】9/14(日)9:00〜 会場は市民体育館です。'],
    ['【ふるさと納税】返礼品のうなぎせいろ蒸しセットは10月1日から受付開始です。', '10月1日（水）から、ふるさと納税の返礼品「うなぎせいろ蒸しセット」の受付を開始します。'],
  ]
  const moreNegatives: Array<[string, string]> = [
    ['9月14日（日）9時から、市民体育館で総合防災訓練を実施します。', '9月14日（日）の総合防災訓練は雨天のため中止します。'],
    ['9月14日（日）9時から、市民体育館で総合防災訓練を実施します。', '9月14日（日）の総合防災訓練には約800人が参加しました。'],
    ['犬の狂犬病予防注射の集合注射を4月20日（日）10時〜12時に三橋公民館で行います。', '4月20日（日）13時から大和公民館で犬の狂犬病予防集合注射を行います。'],
    ['【ふるさと納税】返礼品のうなぎせいろ蒸しセットは10月1日から受付開始です。', '10月1日から、ふるさと納税の返礼品に有明海の海苔セットを追加します。'],
    ['【図書館】12月28日（日）から1月4日（日）まで、年末年始の休館となります。', '12月28日（日）は図書館の大掃除ボランティアを募集します。'],
  ]
  it.each([...reworded, ...moreReworded])('flags %s reworded when the earlier post is kept only as a fingerprint', (earlier, post) => {
    expect(verdict(post, [stored(earlier)])).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, [earlier])).toBe('repetition/near-duplicate:warn')
  })
  it.each([...newNews, ...moreNegatives])('passes a follow-up kept only as a fingerprint too: %s → %s', (earlier, post) => {
    expect(verdict(post, [stored(earlier)])).toBe('')
    expect(verdict(post, [earlier])).toBe('')
  })
  it('property: any draft against any earlier post of these announcements, the same verdict with the history as text or as fingerprints', () => {
    const texts = [...new Set([...reworded, ...moreReworded, ...newNews, ...moreNegatives].flat())]
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.constantFrom(...texts), { minLength: 1, maxLength: 3 }), (post, history) => {
        expect(verdict(post, history.map(stored))).toBe(verdict(post, history))
      }),
      { numRuns: 300 },
    )
  })
  it('keeps no word of the post in its facts, for every post, and modest in size', () => {
    const [earlier] = reworded[4]!
    const fp = fingerprint(earlier)!
    expect(fp.facts).toMatch(/^(?:[A-Za-z0-9+/]{4})+$/u)
    expect(fp.facts!.length).toBeLessThan(400)
    for (const w of ['年末年始', '窓口', '市役所', 'お休み', '閉庁']) expect(JSON.stringify(fp)).not.toContain(w)
    // Blind R422X-058, R424Z-035 kind: any notice keeps its facts (a notice told again after several rewordings is read on them, as a stored history is).
    const notice = fingerprint('市民プールの監視員が水難救助の研修を受けました。市役所のスポーツ課からのお知らせです。')!
    expect(notice.facts).toMatch(/^(?:[A-Za-z0-9+/]{4})+$/u)
    for (const w of ['監視員', '水難救助', 'スポーツ課']) expect(JSON.stringify(notice)).not.toContain(w)
    // Blind R412M-002 kind: a standing call (募集, 随時受付) keeps its facts with no day named.
    expect(fingerprint('市民プールの監視員を募集しています。応募は市役所のスポーツ課までどうぞ。')!.facts).toMatch(/^(?:[A-Za-z0-9+/]{4})+$/u)
  })
  it('reads a fingerprint stored before the facts were kept as before: no reworded-repost reading, no error', () => {
    for (const [earlier, post] of reworded) {
      const { facts: _, ...old } = stored(earlier)
      expect(verdict(post, [old])).toBe('')
      // the same post again is still a repeat
      expect(verdict(earlier, [old])).not.toBe('')
    }
  })
})

describe('repetition: a circled number in a heading is not a hashtag (team R41A-142)', () => {
  // 【協力隊募集②】 (the norm view writes ② as #): the rest of the paragraph stays in the canonical text, so the same numbered post
  // reposted is a repeat and the next part of a series with other content is not.
  it('keeps the paragraph after a circled number in a heading; a tag glued to a sentence ends at its punctuation', () => {
    expect(canonicalForRepetition('【お知らせ③】図書館の新着図書を紹介します。今月は郷土の歴史の本です。')).toBe('お知らせ図書館の新着図書を紹介します今月は郷土の歴史の本です')
    expect(canonicalForRepetition('［Q&A❷］ごみの分別は、市のアプリで確認できます')).toBe('qaごみの分別は市のアプリで確認できます')
    expect(canonicalForRepetition('川下り日和です #柳川市！ 菜の花が満開 #春_2025 #うなぎ・せいろ蒸し🍱')).toBe('川下り日和です菜の花が満開')
    // a circled list number before a word is still read as before (①サンダル ②長ぐつ: list items)
    expect(canonicalForRepetition('持ち物 ①サンダル ②長ぐつ')).toBe(canonicalForRepetition('持ち物 ①サンダル ②長ぐつ'.replace(/[①②]\S+/gu, '')))
  })
  const part2 = '【移住体験ツアー②】今回は有明海の漁港を訪ね、のり養殖の現場を見学しました。参加者の皆さんも興味津々でした。'
  it('flags the same numbered post again and passes the next part of the series', () => {
    expect(findingsOf(repetition, part2, { history: [part2.replace('見学しました', '見学しました！')] }).map((f) => f.rule)).toEqual(['repetition/duplicate'])
    expect(findingsOf(repetition, part2, { history: ['【移住体験ツアー①】初日は市内の空き家を巡り、先輩移住者のお話を聞きました。'] })).toEqual([])
    expect(findingsOf(repetition, '【移住体験ツアー③】最終日は川下りを体験し、夜は市民の皆さんとの交流会でした。', { history: [part2] })).toEqual([])
  })
})

describe('repetition (5(2)): an event report told again with only its date and figures changed (blind R206A-010 kind)', () => {
  // Kind: a long report of an event that has happened (…を行いました, ご参加いただきました, …がありました) posted again with another date and
  // count: a report tells what happened on its day, so the same words under another day are last time's report again. Hard negatives: an
  // announcement of the next session in the same words (a serial notice), a short daily tally, a report of another day that tells other things.
  const report = (day: string, people: string, weather: string) =>
    `【ほりわり清掃のご報告】\n\n${day}、沖端地区の皆さんと一緒に、掘割の一斉清掃を行いました。当日は${weather}でしたが、子どもから80代の方まで、約${people}人の皆さんにご参加いただきました。\n\n` +
    '清掃は、水門を閉めて水位を下げ、川底の泥や空き缶、自転車などを引き上げる方法で行いました。引き上げたごみは軽トラック12台分になり、参加者の皆さんも驚いていました。\n\n' +
    '休憩時間には、地区の婦人会の皆さんが用意してくださった豚汁がふるまわれました。「冷えた体に染みる」「毎年これが楽しみ」という声が多く聞かれ、和やかな時間になったようです。\n\n' +
    '最後に、地区の区長さんから「きれいな掘割を次の世代に残したい」とのお話がありました。ご参加の皆さん、ご協力いただいた婦人会、消防団の皆さまに、心からお礼を申し上げます。'
  it('flags last time\'s report posted again with its date and count changed, as text or as a fingerprint', () => {
    const earlier = report('2月9日（日）', '250', '小雨')
    const post = report('2月8日（日）', '270', '小雨')
    expect(findingsOf(repetition, post, { history: [earlier] }).map((x) => x.severity)).toEqual(['warn'])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] }).map((x) => x.severity)).toEqual(['warn'])
  })
  it.each([
    // the next session announced in the same words: a serial notice for another day
    [
      '【ほりわり清掃のお知らせ】\n\n3月8日（日）、沖端地区の皆さんと一緒に、掘割の一斉清掃を行います。雨天の場合は翌週に延期します。小学生から80代の方まで、どなたでもご参加いただけます。\n\n清掃は、水門を閉めて水位を下げ、川底の泥や空き缶、自転車などを引き上げる方法で行います。長靴と軍手をお持ちください。\n\n休憩時間には、地区の婦人会の皆さんが豚汁を用意してくださいます。\n\n問い合わせ：沖端地区公民館',
      '【ほりわり清掃のお知らせ】\n\n2月9日（日）、沖端地区の皆さんと一緒に、掘割の一斉清掃を行います。雨天の場合は翌週に延期します。小学生から80代の方まで、どなたでもご参加いただけます。\n\n清掃は、水門を閉めて水位を下げ、川底の泥や空き缶、自転車などを引き上げる方法で行います。長靴と軍手をお持ちください。\n\n休憩時間には、地区の婦人会の皆さんが用意してくださいます。\n\n問い合わせ：沖端地区公民館',
    ],
    // a short daily tally in the past tense
    ['【ラジオ体操】8月2日（土）も朝6時半から、約45人の皆さんが参加されました。暑い中ありがとうございました。', '【ラジオ体操】8月1日（金）も朝6時半から、約40人の皆さんが参加されました。暑い中ありがとうございました。'],
    // a report of another day that tells other things
    [
      report('2月8日（日）', '270', '晴れ').replace('豚汁がふるまわれました。「冷えた体に染みる」「毎年これが楽しみ」という声が多く聞かれ、和やかな時間になったようです。', 'ぜんざいがふるまわれました。今年は中学生の吹奏楽部による演奏もあり、参加者の皆さんが手拍子で盛り上げてくださいました。').replace('引き上げたごみは軽トラック12台分になり、参加者の皆さんも驚いていました。', '今年は初めて、川底から昔の石積みの跡が見つかり、郷土史家の方に見ていただきました。'),
      report('2月9日（日）', '250', '小雨'),
    ],
  ])('passes %s', (post, earlier) => {
    expect(findingsOf(repetition, post, { history: [earlier] })).toEqual([])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] })).toEqual([])
  })
})

describe('repetition: a notice reworded in its predicates (decrep13, blind R211D-014 kind)', () => {
  // The same notice with its recommendation turned around (…が便利です ↔ …をご利用ください) and its existence made more polite
  // (にあります → にございます): its content words are all the earlier post's (skeleton 0.87), its characters only half (0.51).
  const earlier = '図書館の本の返却に市内の公民館をご利用ください。返却ポストは各公民館の正面玄関の横、または駐車場の入口にあります。'
  it('flags it against the earlier post as text or as a fingerprint', () => {
    const post = '図書館の本の返却は市内の公民館が便利です。返却ポストは各公民館の正面玄関の横、または駐車場の入口にございます。'
    expect(findingsOf(repetition, post, { history: [earlier] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
    expect(findingsOf(repetition, post, { history: [fingerprint(earlier)!] }).map((x) => x.rule)).toEqual(['repetition/near-duplicate'])
  })
  it.each([
    ['図書館のCDの返却は市内の駅前交番が便利です。返却ポストは駅前交番の正面玄関の横、または駐輪場の入口にございます。', earlier],
    ['体育館の予約はオンライン申請が便利です。利用案内は体育館の事務室、または各地区の公民館にございます。', 'プールの予約は電話申込が便利です。利用案内はプールの受付、または各地区の公民館にございます。'],
  ])('passes the same template with other things and places in it: %s', (post, other) => {
    expect(findingsOf(repetition, post, { history: [other] })).toEqual([])
  })
})

describe('repetition: the same sentence said again one or two sentences later, its polite ending aside (blind R17B-042, R40A-095 kind)', () => {
  // Kind: a notice pasted over and over in a short stretch of one paragraph (A。B。A。, A です！ C。A！): the copy is a duplication, even
  // when the sentence is too short to count apart. Other sections of a list, set phrases (ご注意ください。), sentences that share only
  // their ending (…にご協力をお願いします。) and a copy three sentences or more away in a long post stay clean.
  it.each([
    '粗大ごみの収集日を変更しました。詳しくは環境課まで。粗大ごみの収集日を変更しました。',
    '図書館ボランティアを募集中です！ 経験は問いません。図書館ボランティアを募集中！',
    '防災メールの登録をお願いします。登録は無料です。スマホからも登録できます。防災メールの登録をお願いします！ 防災メールの登録をお願いします。',
    '検診の予約受付は明日までです。お急ぎください！ 検診の予約受付は明日まで！',
  ])('flags a sentence said again close by: %s', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).toContain('repetition/sentence')
  })
  it.each([
    'マスクの着用にご協力をお願いします。手洗いにもご協力をお願いします。',
    '燃やせるごみは月曜日に出してください。お問い合わせは環境課まで。燃やせないごみは水曜日に出してください。',
    '段差にご注意ください。足元にご注意ください。雨の日は特にご注意ください。',
    '■Aコース\n川沿いを歩きます。雨天中止となります。\n■Bコース\n掘割を舟で巡ります。雨天中止となります。',
    '体験教室を開いています。材料費は無料です。道具も貸し出します。申込も不要です。体験教室を開いています。',
  ])('stays clean: %s', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).not.toContain('repetition/sentence')
  })
})

describe('repetition: a sentence said again that an earlier sentence already closed with after its lead-in (blind R269H-013 kind)', () => {
  // Kind: a sentence ends with a clause after a lead-in (…との書き込みがありますが、S。 / 大雨の影響で、S。), and later in the post, in
  // another paragraph, S stands again as a whole sentence: the same sentence said twice, a copy-paste slip. Short set phrases (ご注意
  // ください), a heading, and a later sentence that only shares a few words stay clean.
  it.each([
    '【市民プールについて】\n\n大雨の影響により、本日の市民プールは臨時休業いたします。\n\n再開日はホームページでお知らせします。\n\n本日の市民プールは臨時休業いたします。',
    'ネットで「バスが全線止まっている」との投稿がありますが、市内の路線バスは平常どおり運行しています。\n\n遅れの情報は各社のサイトでご確認ください。\n\n市内の路線バスは平常どおり運行しています。',
  ])('flags %s', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).toContain('repetition/sentence')
  })
  it.each([
    '大雨の影響により、本日の市民プールは臨時休業いたします。\n\n再開は明日の予定です。',
    '路面が凍結しています、ご注意ください。\n\n橋の上は特に滑りやすくなっています。\n\nご注意ください。',
    '【川下りの運航について】\n\n天候が回復したため、本日も通常どおり運航しております。\n\n各乗船場とも9時から受付を行っています。',
    '天候が回復したため、本日の川下りは通常どおり運航します。\n\n明日の運航は、朝8時にお知らせします。',
  ])('stays clean: %s', (text) => {
    expect(findingsOf(repetition, text).map((x) => x.rule)).not.toContain('repetition/sentence')
  })
})
describe('repetition: a word stretched with a run of wave dashes is padding as a run of ー is (blind R391Q-019 kind)', () => {
  it.each([
    ['ご来場お待ちしてま〜〜〜〜〜〜〜〜〜〜す！', '〜〜〜〜〜〜〜〜〜〜'],
    ['今日もよろしく～～～～～～～～～～～ね', '～～～～～～～～～～～'],
  ])('flags %s', (text, run) => {
    expect(findingsOf(repetition, text).map((x) => x.excerpt)).toEqual([run])
  })
  it.each([
    'ご来場お待ちしてま〜す！みなさんに会えるのを楽しみにしていま〜〜す',
    '～～～～～～～～～～～～\n春のイベント情報\n～～～～～～～～～～～～\n期間：3月1日〜3月31日',
    '受付は9時〜17時です。',
  ])('stays clean: %s', (text) => {
    expect(findingsOf(repetition, text)).toEqual([])
  })
})

describe('repetition: the same standing call reworded, no day named (blind wave 81, R412M-002 kind)', () => {
  const reworded: Array<[string, string]> = [
    ['消防団では新規団員を募集中です。18歳以上なら入団できます。訓練の見学も随時受け付けています！', '消防団の新規団員、募集しています🚒 18歳以上で入団OK。訓練の見学も随時受付中です。'],
    ['図書館ボランティア募集中📚 読み聞かせや本の修理を手伝ってくれる方、随時受付しています。', '図書館ではボランティアを募集しています。読み聞かせ、本の修理などのお手伝いです。受付は随時です。'],
    ['【会員募集】シルバー人材センターでは60歳以上の会員を募集しています。説明会は毎月開催。', 'シルバー人材センターの会員募集中！60歳以上の方が対象です。説明会を毎月開いています。'],
  ]
  it.each(reworded)('flags %s posted again reworded (text or stored fingerprint)', (earlier, post) => {
    expectBoth(earlier, post, 'repetition/near-duplicate:warn')
  })
  const apart: Array<[string, string]> = [
    // the same kind of call for another body or event
    ['ひな祭りのボランティアを募集中です。市観光課で随時受付しています。', '白秋祭ボランティア募集！随時、市観光課で受け付けています。'],
    ['消防団では新規団員を募集中です。18歳以上なら入団できます。訓練見学もいつでもOKです！', '消防団の団員を募集しています。18歳以上の方が入団できます。防災講座の受講者も随時受け付けています。'],
    ['消防団では新しい団員を募集中です。18歳から入れます。', 'スポーツ少年団では新しい団員を募集中です。小学1年生から入れます。'],
    // the same call with a new condition or a figure changed
    ['市営住宅の入居者を随時募集しています。単身の方も申し込めます。', '市営住宅の入居者を随時募集しています。今回から65歳以上の方は家賃が減額されます。'],
    ['図書館ボランティア募集中。読み聞かせのお手伝い、随時受付しています。', '図書館ボランティアの皆さん、今年度の活動報告会を開きました。ありがとうございました。'],
  ]
  it.each(apart)('passes another call or real news: %s → %s', (earlier, post) => {
    expectBoth(earlier, post, '')
  })
})

describe('repetition: a dated notice posted again as a call for its participants (blind wave 82, R414P-039 kind)', () => {
  const recalled: Array<[string, string]> = [
    ['【親子料理教室】3月8日（土）に親子料理教室を開催します。地元野菜を使ったお弁当作りです。お申込みは健康づくり課へ。', '再掲：3月8日（土）開催の親子料理教室、受講者を募集中です！地元野菜のお弁当作り、お申込みは健康づくり課へ。'],
    ['11月23日（日）、市民文化会館でスマホ教室を開きます。ライン操作を学べます。申込みは生涯学習課まで。', '【再度のご案内】11月23日（日）のスマホ教室、引き続き参加者募集中です。ライン操作を学べます。申込みは生涯学習課まで'],
    ['2/9（日）に防災キャンプを開催します。テント設営や炊き出しを体験できます。申込は危機管理課まで。', '2月9日（日）開催の防災キャンプ、応募者を受付中です。テント設営や炊き出しを体験できます。申込は危機管理課まで。'],
  ]
  it.each(recalled)('flags %s posted again as a call for participants (text or stored fingerprint)', (earlier, post) => {
    expectBoth(earlier, post, 'repetition/near-duplicate:warn')
  })
  const apart: Array<[string, string]> = [
    // news about the same day: few places left, a deadline, a postponement
    ['3月8日（土）に親子料理教室を開催します。地元野菜を使ったお弁当作りです。お申込みは健康づくり課へ。', '3月8日（土）の親子料理教室、残りわずかです！受講者募集中、お申込みは健康づくり課へ。'],
    ['11月23日（日）、市民文化会館でスマホ教室を開きます。申込みは生涯学習課まで。', '11月23日（日）のスマホ教室は、講師の都合により延期となりました。参加者の皆さんには個別にご連絡します。'],
    // another event on the same day, another kind of helper sought
    ['2月9日（日）に防災キャンプを開催します。テント設営や炊き出しを体験できます。申込は危機管理課まで。', '2月9日（日）の市民マラソン大会、沿道ボランティアと給水所スタッフを募集中です。申込は体育協会まで。'],
    ['12月1日（日）に普通救命講習を開催します。AEDの使い方を学びましょう。', '12月1日（日）の普通救命講習、会場が中央公民館から消防本部3階に変わります。受講者の皆さんはご注意ください。'],
  ]
  it.each(apart)('passes news or another call: %s → %s', (earlier, post) => {
    expectBoth(earlier, post, '')
  })
})

describe('repetition: a standing closure reworded, no day named (blind wave 82, R416R-038 kind)', () => {
  const reworded: Array<[string, string]> = [
    ['沖端川の堤防道路は、大雨によるがけ崩れのため当面の間通行止めです。迂回路は市道西線をご利用ください。', '大雨でがけ崩れが起きたため、沖端川堤防道路はしばらくの間通行できません。お車の方は市道西線へ迂回してください。'],
    ['市民の森キャンプ場は、台風による倒木の危険があるため、当分のあいだ閉鎖しています。バーベキュー広場も使えません。', '台風で倒木のおそれがあるので、市民の森のキャンプ場とバーベキュー広場は当面利用できません。'],
    ['東部体育館は、空調設備の故障により当面休館中です。ご迷惑をおかけします。', '空調設備が故障したため、東部体育館はしばらく休館中となっています。ご迷惑をおかけしております。'],
  ]
  it.each(reworded)('flags %s told again reworded (text or stored fingerprint)', (earlier, post) => {
    expectBoth(earlier, post, 'repetition/near-duplicate:warn')
  })
  const apart: Array<[string, string]> = [
    // another place closed for the same cause
    ['東部体育館は、空調設備の故障により当面休館中です。', '西部市民プールは、ろ過設備の故障により当面休館中です。'],
    // the closure lifted, or its end now known
    ['沖端川の堤防道路は、がけ崩れのため当面の間通行止めです。', '沖端川の堤防道路は、復旧工事が終わり通行止めを解除しました。ご協力ありがとうございました。'],
    ['市民の森キャンプ場は、倒木の危険があるため当分のあいだ閉鎖しています。', '市民の森キャンプ場の閉鎖は、倒木の撤去が済み次第、4月1日に解除する予定です。'],
    // a closure notice and an unrelated notice of the same park
    ['市民の森キャンプ場は、倒木の危険があるため当分のあいだ閉鎖しています。', '市民の森で自然観察会を開きます。野鳥や木の実を観察しましょう。申込は環境課まで。'],
  ]
  it.each(apart)('passes another closure or real news: %s → %s', (earlier, post) => {
    expectBoth(earlier, post, '')
  })
})

describe('repetition: a standing call told again after several rewordings of it (blind wave 83, R419U-029 / R420V-029 kind)', () => {
  const told: Array<[string[], string]> = [
    [['歳末たすけあい募金の募金箱を各公民館に置いています。ご協力をお願いします。', '各公民館の窓口で歳末たすけあい募金を受付しています。'], '歳末たすけあいの募金箱、各公民館の窓口でも受付中です！ご協力ください。'],
    [['ガスメーターの点検は10日から順次行います。メーターの周りに物を置かないでください。ご協力をお願いします。', '10日からガスメーターの点検が始まります。メーター周りの植木鉢などは移動をお願いします。ご協力ください。'], 'ガスメーター点検にご協力ください。10日から伺います。メーターの周りに植木鉢を置かないようお願いします。'],
    // each earlier post says only part of it, together all of it
    [['献血バスが市役所前に来ています！400mlの献血にご協力ください。', '市役所前で400ml献血を受付しています。', '献血、市役所前でお昼休みにご協力をお願いします。400mlです。'], '市役所前の献血バス、400ml献血を受付中です！お昼休みにご協力ください。'],
  ]
  it.each(told)('flags %j → %s (text or stored fingerprints)', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const apart: Array<[string[], string]> = [
    // another campaign at the same counter
    [['赤十字の活動資金、市役所1階で受け付けています。ご協力をお願いします。', '市役所1階で赤十字の活動資金を受付中です。ご協力ください。'], '歳末たすけあい募金、市役所1階でも受付中です。ご協力ください。'],
    // another call of the same office: staff sought
    [['今月の水道メーター検針は5日からです。メーターボックスの上に物を置かないようご協力をお願いします。', '5日から今月の検針が始まります。メーターの上の鉢植えはご協力をお願いします。'], 'メーター検針員を募集しています。週3日から勤務できます。水道課までご応募ください。'],
    // news: the counter closed, thanks for the result
    [['共同募金、市役所1階ロビーで受付しています。ご協力をお願いします。', '市役所1階ロビーで共同募金を受け付けています。ついでの時にぜひ。'], '共同募金の市役所1階ロビーでの受付は終了しました。ご協力ありがとうございました。'],
    // one earlier post only, and a rewording too loose for it
    [['献血バスが市役所前に来ています！400mlの献血にご協力ください。'], '市役所前の献血バス、400ml献血を受付しています！お昼休みやお買い物のついでにご協力ください。'],
  ]
  it.each(apart)('passes another call or real news: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})

describe('repetition: any notice told again after several rewordings of it (blind wave 84, R422X-058 / R424Z-035 kind)', () => {
  // Read on the facts every fingerprint keeps: earlier posts kept as text and as the fingerprints the extension stores give one verdict.
  const told: Array<[string[], string]> = [
    [['【お知らせ】固定資産税の納税通知書を本日お送りしました。納期限までの納付をお願いします。', '固定資産税の通知書、本日発送です！届いたら期限までに納めてくださいね。'], '固定資産税の納税通知書を本日発送しました。届いた方は納期限までに納付をお願いします。'],
    [['📚図書館の夏休み特別開館、残り3日です！お早めにどうぞ', '夏休みの図書館特別開館は、あと3日で終わります。ぜひお越しください'], '図書館の夏休み特別開館、終了まであと3日！ご来館をお待ちしています📚'],
    [['【ご案内】住民税の申告書を本日発送しました。期限までに提出をお願いします。', '住民税の申告書、今日お送りしました！期限内に出してくださいね。'], '住民税の申告書は、本日発送です📮 期限までにご提出ください。'],
  ]
  it.each(told)('flags %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const apart: Array<[string[], string]> = [
    // the end reported, a new round, another item of the same programme opened
    [['ふるさと納税の返礼品「八女茶セット」の受付、残りわずかとなりました。お早めに！', '八女茶セット（ふるさと納税返礼品）は在庫が少なくなっています。お急ぎください'], '八女茶セットの返礼品は、受付を終了しました。たくさんのお申し込みありがとうございました。'],
    [['ふるさと納税の返礼品「八女茶セット」の受付、残りわずかとなりました。お早めに！', '八女茶セット（ふるさと納税返礼品）は在庫が少なくなっています。お急ぎください'], 'ふるさと納税返礼品、第2期の受付を開始します。'],
    [['ふるさと納税の返礼品「八女茶セット」の受付、残りわずかとなりました。お早めに！', '八女茶セット（ふるさと納税返礼品）は在庫が少なくなっています。お急ぎください'], 'ふるさと納税返礼品「うなぎのせいろ蒸しセット」の受付を開始しました！'],
    // another call on the same tax, a date and a counter told
    [['【お知らせ】固定資産税の納税通知書を本日お送りしました。納期限までの納付をお願いします。', '固定資産税の通知書、本日発送です！届いたら期限までに納めてくださいね。'], '固定資産税の納付は、コンビニやスマホ決済でもできます。詳しくは税務課まで。'],
    [['【ご案内】住民税の申告書を本日発送しました。期限までに提出をお願いします。', '住民税の申告書、今日お送りしました！期限内に出してくださいね。'], '住民税の申告書の提出期限は3月15日です。提出は市民税課の窓口でも受け付けます。'],
    // one earlier post only
    [['住民税の申告書を本日発送しました。'], '住民税の申告書は、本日発送です📮 期限までにご提出ください。'],
  ]
  it.each(apart)('passes a follow-up with news or another call: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})

describe('repetition: a dated notice or a short call told again after several rewordings of it (blind wave 85, R426B-049 / R428D-002 kind)', () => {
  // Read on the facts every fingerprint keeps: earlier posts kept as text and as the fingerprints the extension stores give one verdict.
  const told: Array<[string[], string]> = [
    // the same deadline in all, a weekday added, "one" as a turn of phrase
    [['川柳コンクールの作品を募集しています✏️ テーマは「わが家の自慢」、締切は10月15日です。', '【募集中】市民川柳コンクール✏️ テーマ「わが家の自慢」、10月15日締切！'], '✏️市民川柳コンクール、作品募集中！テーマは「わが家の自慢」。締切は10月15日（水）です。あなたの一句をぜひ一度お寄せください'],
    [['11月3日の市民マラソン、ボランティアを募集しています。', '【募集】11月3日開催の市民マラソンのボランティア、まだ募集中です！'], '市民マラソン（11月3日）のボランティア、引き続き募集しています🏃'],
    // a short call, its word spelt with okurigana in one post and without in another
    [['インフルエンザ予防接種の申込、まだ受け付けています！', 'インフルエンザ予防接種、まだ申し込みできます！お早めにどうぞ。'], 'インフルエンザ予防接種の受付、まだ間に合います！お早めに申込を。'],
    [['粗大ごみの収集、まだ申し込めます！お電話でどうぞ。', '粗大ごみ収集の申し込み、受け付けています！'], '粗大ごみ収集の申込受付、まだ間に合いますよ！'],
  ]
  it.each(told)('flags %j → %s (text or stored fingerprints)', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const apart: Array<[string[], string]> = [
    // another deadline: another round
    [['川柳コンクールの作品を募集しています✏️ テーマは「わが家の自慢」、締切は10月15日です。', '【募集中】市民川柳コンクール✏️ テーマ「わが家の自慢」、10月15日締切！'], '市民川柳コンクール、第2回の作品を募集します！締切は3月15日です。'],
    // news: the deadline is today, the results are out
    [['川柳コンクールの作品を募集しています✏️ テーマは「わが家の自慢」、締切は10月15日です。', '【募集中】市民川柳コンクール✏️ テーマ「わが家の自慢」、10月15日締切！'], '市民川柳コンクール、本日10月15日が締切です！'],
    [['川柳コンクールの作品を募集しています✏️ テーマは「わが家の自慢」、締切は10月15日です。', '【募集中】市民川柳コンクール✏️ テーマ「わが家の自慢」、10月15日締切！'], '市民川柳コンクールの結果を発表しました。たくさんのご応募ありがとうございました。'],
    // a date added to an undated call: a day of its own
    [['インフルエンザ予防接種の申込、まだ受け付けています！', 'インフルエンザ予防接種、まだ申し込みできます！お早めにどうぞ。'], 'インフルエンザ予防接種の集団接種は11月9日に市民会館で行います。'],
    // another call on the same counter
    [['粗大ごみの収集、まだ申し込めます！お電話でどうぞ。', '粗大ごみ収集の申し込み、受け付けています！'], '家電リサイクルの回収受付、市役所でも始めました。'],
  ]
  it.each(apart)('passes a follow-up with news or another call: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})

describe('repetition: a notice of the day told again after two rewordings, its start time and its day word moved (blind wave 88, R436M-039 kind)', () => {
  // Kind: …14時から → 14時スタート / 10時開始 (the start said after the clock time the posts share), 本日 → 今日 (the same day in another
  // spelling), and the day word glued to the word before it once the punctuation is dropped (定例会見、今日の): no new fact. Another day,
  // another time, real news (中止) and a single earlier post keep it apart.
  const told: Array<[string[], string]> = [
    [['本日10時から、移動図書館車が三橋公民館の駐車場に来ます。', '【再掲】きょう10時〜三橋公民館駐車場に移動図書館車が来ます！'], '移動図書館車、今日は10時スタートです！三橋公民館の駐車場に来ています。'],
    [['本日10時から一般質問のインターネット中継を行います。市議会ホームページからご覧ください。', '【再掲】一般質問のインターネット中継、きょう10時からです。市議会ホームページでご覧いただけます。'], '議会の一般質問、今日のインターネット中継は10時開始です。市議会ホームページからご覧いただけます。'],
    [['今晩19時から市民会館で花火の上映会を行います。', '【再掲】今晩19時〜市民会館にて花火の上映会です！'], '今夜19時スタート！市民会館で花火の上映会を行います。'],
  ]
  it.each(told)('flags %j → %s (text or stored fingerprints)', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const internet = ['本日10時から一般質問のインターネット中継を行います。市議会ホームページからご覧ください。', '【再掲】一般質問のインターネット中継、きょう10時からです。市議会ホームページでご覧いただけます。']
  const apart: Array<[string[], string]> = [
    // another day, another time
    [internet, '議会の一般質問、明日のインターネット中継は10時開始です。市議会ホームページからご覧いただけます。'],
    [internet, '議会の一般質問、今日のインターネット中継は13時開始です。市議会ホームページからご覧いただけます。'],
    // news: the event called off, the recording published
    [internet, '一般質問のインターネット中継、今日は中止となりました。日程が決まり次第お知らせします。'],
    [internet, '一般質問のインターネット中継の録画を公開しました。市議会ホームページからご覧ください。'],
    // one earlier post only
    [[internet[0]!], '議会の一般質問、今日のインターネット中継は10時開始です。市議会ホームページからご覧いただけます。'],
  ]
  it.each(apart)('passes another day, time or news: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})

describe('repetition: the same notice told a fourth time, its figures in another notation and its places counted (blind wave 92, R448Z-052 kind)', () => {
  // Kind: 午後6時 / 18時 (the same clock time on the other clock), full-width figures, 8/31 / 8月31日, the places listed then counted (…の3か所,
  // …の2会場: the list's count), a qualifier added to a place said before (市営中央プール / 中央プール), and in a post that calls itself a
  // repost (【再掲】, 再度のお知らせ) the day named from today (明日, 本日): no new fact. A changed time, a place not named before, a result and
  // a single earlier post keep it apart.
  const pool = [
    '市民プールの今季の営業は8月31日（日）の午後6時で終わります。中央プール、北部プール、南部プールで営業しています。',
    '【お知らせ】市民プールの営業最終日は8月31日（日）。時間は午後6時まで、会場は中央プール・北部プール・南部プールです。',
    '市民プール、今シーズンもあと1日！8/31(日)18時まで、中央・北部・南部の各プールで。',
  ]
  const parking = [
    'ふるさと祭りの臨時駐車場は10月5日（日）の午前9時から午後4時まで使えます。場所は市民体育館と総合運動公園です。',
    '【ご案内】10月5日（日）のふるさと祭り、臨時駐車場は9時〜16時、市民体育館・総合運動公園をご利用ください。',
  ]
  const told: Array<[string[], string]> = [
    [pool, '再度のお知らせです。市民プールの営業は明日８月３１日（日）１８時まで！市営中央プール・北部プール・南部プールの３か所でお待ちしています🏊'],
    [parking, '【再掲】本日10月5日（日）のふるさと祭り臨時駐車場は、午前9時から午後4時まで。市民体育館、総合運動公園の2会場です。'],
    [pool, '【再掲】8月31日（日）は市民プールの営業最終日です。時間は18時まで、中央プール、北部プール、南部プールの3か所で営業します。'],
  ]
  it.each(told)('flags %j → %s (text or stored fingerprints)', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const apart: Array<[string[], string]> = [
    // the time changed
    [pool, '【再掲】市民プールの営業は明日８月３１日（日）午後５時までです。中央プール・北部プール・南部プールの３か所で営業します。'],
    // a place not named before, and its count
    [pool, '【再掲】市民プールの営業は明日8月31日（日）午後6時まで。中央プール・北部プール・南部プール・西部プールの4か所で営業します。'],
    // a result: the season's visitors
    [pool, '市民プールの今シーズンの営業は8月31日で終了しました。期間中、中央・北部・南部の3か所で延べ3万2千人のご利用がありました。'],
    // one earlier post only
    [[pool[0]!], '【再掲】市民プールの営業は明日８月３１日（日）１８時まで！中央プール・北部プール・南部プールの３か所でお待ちしています🏊'],
    // the next event's parking on another day
    [parking, '【再掲】10月12日（日）の秋の産業まつり臨時駐車場は、午前9時から午後4時まで。市民体育館、総合運動公園の2会場です。'],
  ]
  it.each(apart)('passes a changed time, a new place, a result or a single earlier post: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})

describe('repetition: a notice told again after rewordings, behind a lead that only sets the season (blind wave 94, R454F-059 kind)', () => {
  // Kind: a short lead sentence of the season or the moment (〜シーズンです。, 〜の季節になりました。, 年度末を迎えました。) before a notice
  // the account has already posted twice or more in other words: the lead's word is no subject of the notice, the notice is the same.
  // A new figure, another procedure, a turn of the matter (開始) or a single earlier post keep it apart.
  const dog = [
    '飼い犬の狂犬病予防注射は、6月30日までに受けさせてください！',
    '狂犬病予防注射、まだの方は6月30日までに動物病院で接種をお忘れなく。',
    'わんちゃんの狂犬病予防注射は6月30日までです。飼い犬に受けさせましょう。',
  ]
  const bins = [
    '粗大ごみは、収集日の7日前までに電話でお申し込みください。',
    '粗大ごみの収集は、7日前までの予約制です。',
  ]
  const told: Array<[string[], string]> = [
    [dog, '春の季節になりました。狂犬病予防注射は、6月30日までに飼い犬に受けさせてくださいね🐕'],
    [bins, '年末ですね！粗大ごみは収集日の7日前までに、お電話でお申し込みください。'],
    [dog, 'お散歩シーズンです。飼い犬の狂犬病予防注射は6月30日までに受けさせましょう。'],
  ]
  it.each(told)('flags %j → %s (text or stored fingerprints)', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('repetition/near-duplicate:warn')
    expect(verdict(post, earlier.map(stored))).toBe('repetition/near-duplicate:warn')
  })
  const apart: Array<[string[], string]> = [
    // a new figure: the deadline changed
    [bins, '年末ですね！粗大ごみは収集日の10日前までに、お電話でお申し込みください。'],
    // another matter behind the same lead
    [dog, '春の季節になりました。犬の登録は、飼い始めてから30日以内に市役所で行ってください。'],
    // a turn of the matter: a new service started
    [bins, '年末ですね！粗大ごみのインターネット申込を開始しました。収集日の7日前まで受け付けます。'],
    // one earlier post only
    [[dog[0]!], '春の季節になりました。狂犬病予防注射は、6月30日までに飼い犬に受けさせてくださいね🐕'],
  ]
  it.each(apart)('passes a new figure, another matter, a turn or a single earlier post: %j → %s', (earlier, post) => {
    expect(verdict(post, earlier)).toBe('')
    expect(verdict(post, earlier.map(stored))).toBe('')
  })
})
