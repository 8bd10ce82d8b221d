import { describe, expect, it } from 'vitest'
import { checkWith, type CheckContext } from '../../../src/engine'
import { tone } from '../../../src/engine/rules/tone'
import { findingsOf } from '../helpers'

type Level = NonNullable<CheckContext['tone']>
const warned = (text: string, level: Level, site: CheckContext['site'] = 'x') =>
  findingsOf(tone, text, { tone: level, site }).filter((f) => f.severity === 'warn').map((f) => f.rule)

describe('tone (4(1)): softer than the registered level', () => {
  it.each<[string, Level]>([
    // the examples
    ['うますぎて草ｗ', 5],
    ['川下りに行ってきた。すごく楽しかった。また行きたいな。', 5],
    // casual plain endings
    ['明日は白秋祭だよ！みんな来てね〜', 5],
    ['今日の川下り、めっちゃ混んでた！', 4],
    ['申請の締め切りは明日までだよ〜！急いでね！', 5],
    ['ぴえん、雨で中止になっちゃった…', 4],
    ['うなぎ、百倍うまいっしょ？異論は認めんｗ', 4],
    ['川下りの新ルート、景色よすぎん？ｗｗｗ', 4],
    ['ワンチャン明日も晴れるかも？', 4],
    // slang, laughter, kaomoji, emoji, ！ runs
    ['白秋祭の水上パレード、エモすぎて草。マジ感謝〜', 5],
    ['市役所のエレベーター、ついに新しくなった件ｗ', 4],
    ['今日のランチはうなぎ(^^)最高〜', 4],
    ['明日は燃えるゴミの日だよ〜ヽ(=´▽`=)ﾉ 出し忘れ注意ｯｽ', 4],
    ['みなさーん！！！明日から新海苔の販売開始ですよ！！！！！絶対買ってね！！！！！', 4],
    ['新庁舎の見学会やりまーす🎉🎉🎉🎉🎉🎉🎉 来てくれんとぴえんぱおん🥺🥺🥺', 5],
    ['JKの間で川下りがバズってるってマ？ワンチャン全国区いける説ｗｗ 知らんけど', 3],
    // dialect
    ['今日は三柱神社の秋季大祭やったばい！めっちゃ人の多かったけん、来年も来んね〜。よかよか！', 4],
    ['掘割の清掃、ガチでしんどかったけど楽しかったばい！', 4],
    ['新しい観光マップできたっちゃ。ぜひ見てね', 5],
    ['花火大会、超よかった！また来年も来るけんね〜', 4],
    ['今年の白秋祭はよかったい', 4],
    ['これが柳川の味たい！', 4],
    ['白秋祭よかったね〜', 4],
    ['明日から開催するよ！', 4],
    ['本当にありがとう！', 4],
    ['今日のゆるキャラ、かわいすぎて無理…尊い…', 4],
    ['今年のさげもん、気合い入りすぎてて草生える', 4],
    ['うちの課長、川下りで落ちそうになってて爆笑ｗｗ', 4],
    ['白秋祭きたーーー！！！テンション上がる〜〜〜', 4],
    ['明日のごみ収集はお休みやけん、出さんでね！', 5],
    ['水道局からのお知らせっす！断水は明日の朝9時からっす', 5],
    ['健診まだの人、早く受けんといかんよ〜', 5],
    ['おはようございまーす☀️今日も一日がんばりましょ〜♪', 5],
    ['白秋祭、どこで見ると？', 4],
    ['ほんなこつ、よか祭りやったね', 4],
    ['また遊びに来んしゃい！', 4],
    ['本日から白秋祭です🎉🎉🎉🎉✨✨✨💕💕 皆さんお越しください😊😊😊', 4],
    // evasion: full-width, half-width, spaced letters, zero-width characters
    ['ＷＷＷ うなぎ最高すぎてマジ泣いた', 4],
    ['ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ ﾔﾊﾞｲ 今週末までやけん急いで〜', 4],
    ['健康診断の受付、今日まで！ マ ジ で 急 げ ｗ', 5],
    ['ま\u200bじ\u200bで最高の一日でした〜ｗｗ', 4],
    ['川下りの新ルート、ＫＵＳＡ生えるほど景色よすぎん？ｗｗｗ', 4],
  ])('warns on %s (registered %i)', (text, level) => {
    expect(warned(text, level)).toContain('tone/too-casual')
  })

  it.each<[string, Level]>([
    // formal: です・ます, 体言止め, である調 (formal written style)
    ['本日、白秋祭の水上パレードを開催します。ぜひお越しください。', 5],
    ['掘割は柳川の宝である。市は今後もその保全に努める。', 5],
    ['柳川市は1952年に市制を施行した。掘割の総延長は約930kmに及ぶが、その多くは江戸時代に整備されたものである。', 5],
    ['【お知らせ】12月29日〜1月3日はごみ収集をお休みします。', 5],
    ['受付：9時〜12時（要予約）', 5],
    ['新型コロナウイルス感染症について', 5],
    ['■4月1日号「広報あつぎ」を読んで', 5],
    ['ご存じですか？せいろ蒸しと一緒に、ほろ苦いキモの味わいもぜひどうぞ。', 4],
    ['ご意見ありがとうございました。担当課で確認いたします。', 5],
    ['まじめに取り組む子どもたちの姿が印象的でした。', 5],
    ['草刈りボランティアを募集しています。雑草の処理にご協力ください。', 5],
    ['なりがちな生活習慣病を予防しましょう。', 5],
    ['【ワンちゃんの登録と狂犬病予防注射】4月から各地区で集合注射を実施します。', 5],
    ['W杯パブリックビューイングを市民体育館で開催します。', 5],
    ['さげもんめぐり、今年も開催します。会場は御花です。', 5],
    ['専用のコースをハイハイしてゴールを目指すレースです。', 5],
    ['本日は晴天に恵まれ、多くの方にご来場いただきました。ありがとうございました！', 5],
    ['子どもたちの元気な声が響きわたる、にぎやかな一日となりました。', 5],
    ['合言葉は「柳川でまっとるけん！」です。', 4],
    ['大雨による被害はありませんでした。引き続きご注意ください。', 5],
    ['●パスワードは他のサービスと使い回さない\n●二段階認証を設定する\n●不審なリンクは開かない', 5],
    ['寄付禁止のルールを守りましょう。\n・贈らない\n・求めない\n・受け取らない', 5],
    ['会場へは西鉄柳川駅からバスで約15分です。', 5],
    ['元気に過ごしましょう。', 5],
    ['さげもんめぐり開催中です🎎🌸✨ #柳川', 4],
    // quoted speech is the speaker's
    ['船頭の松尾さんは「今年もよか天気で、みなさん喜んでくれよらすけん、うれしかですよ」と話してくれました。', 4],
    ['参加者の皆さんからは「楽しかった」「また来たい」との声が寄せられました。', 5],
    // a little warmth on a middle account
    ['うなぎのせいろ蒸し、ふっくら甘いタレが最高です😋 ぜひ食べに来てくださいね。', 3],
    ['ご参加ありがとうございました！写真教室の様子は、後日このアカウントでもご紹介しますね。', 3],
    ['本当にありがとう！', 3],
    ['みんなで楽しもうね', 3],
    ['きれいですね。ぜひお越しください。', 5],
    ['よろしくお願いします！', 5],
    ['〇〇小学校の児童が田植えを体験しました。泥の感触に歓声を上げていました。', 5],
    ['いいね！やシェアで応援をお願いします。', 5],
    ['■日時　10月1日（土）\n■場所　市民会館\nぜひ来てね', 3],
    // casual posts on soft accounts
    ['みんな来てね〜🎉 #柳川', 1],
    ['ｻｹﾞﾓﾝ ﾏｼﾞ ｶﾜｲｲ 今週末までやけん急いで〜', 2],
    ['JKの間で川下りがバズってるってマ？ワンチャン全国区いける説ｗｗ 知らんけど', 1],
  ])('passes %s (registered %i)', (text, level) => {
    expect(warned(text, level)).not.toContain('tone/too-casual')
  })

  it('says the score in words and suggests a formal rewrite of the flagged phrase', () => {
    const f = findingsOf(tone, '川下りに行ってきた。すごく楽しかった。また行きたいな。', { tone: 5, site: 'facebook' })
    const byExcerpt = Object.fromEntries(f.map((x) => [x.excerpt, x]))
    expect(Object.keys(byExcerpt)).toEqual(['行ってきた', '楽しかった', '行きたいな'])
    expect(byExcerpt['行ってきた']!.message).toContain('5（硬い）')
    expect(byExcerpt['行ってきた']!.message).toMatch(/やや柔らかい（2(\.\d)?）|柔らかい（1(\.\d)?）/)
    expect(byExcerpt['行ってきた']!.hint).toContain('「行ってきた」→「行ってまいりました」')
    expect(byExcerpt['楽しかった']!.hint).toContain('「楽しい時間となりました」')
    expect(byExcerpt['行きたいな']!.hint).toContain('「行きたいと思います」')
    const g = findingsOf(tone, '明日は白秋祭だよ！みんな来てね〜', { tone: 5 })
    const hints = g.map((x) => x.hint).join()
    expect(hints).toContain('「白秋祭だよ」→「白秋祭です」')
    expect(hints).toContain('→「お越しください」')
  })

  it('returns the tone score (report.toneScore)', () => {
    expect(checkWith([tone], 'うますぎて草ｗ', { tone: 5 }).toneScore).toBeLessThan(4)
    expect(checkWith([tone], '本日、白秋祭の水上パレードを開催します。ぜひお越しください。', { tone: 5 }).toneScore).toBe(5)
    expect(checkWith([tone], 'あ', { tone: 5 }).toneScore).toBeNull()
  })
})

describe('tone (4(2)): levity next to tragedy', () => {
  it.each<[string, Level]>([
    ['【訃報】元市長が逝去されました😂', 1],
    ['死亡事故が発生しましたｗ', 2],
    ['被災された皆さん、元気出して！！', 1],
    ['大雨の被害に遭われた地域の方、ドンマイです！うちらも床下浸水しかけたけど笑い話になりました〜', 1],
    ['熱中症で救急搬送された人が今日だけで5人とか、柳川の夏ガチで殺しにきとるｗ', 1],
    ['交通事故に注意してね😂', 1],
    ['【訃報】名誉市民の方が亡くなりました。ご冥福をお祈りします…ｗ', 3],
    ['台風で倒壊した家屋もあるけど、うちらは元気やけん大丈夫ｗ', 1],
    ['台風で掘割の水位がやばすぎて、もはや町ごと川下り状態ｗｗ 浸水した家もあるみたい', 1],
  ])('warns on %s (registered %i)', (text, level) => {
    expect(warned(text, level)).toContain('tone/insensitive')
  })

  it.each<[string, Level]>([
    ['【交通安全】市内で交通死亡事故が発生しています。夕暮れ時は早めのライト点灯をお願いします。', 5],
    ['令和6年の大雨で被災された皆さまに心よりお見舞い申し上げます。', 5],
    ['熱中症で救急搬送される方が増えています。こまめな水分補給を心がけましょう💧', 2],
    ['浸水に備えて、土のうを準備しましょう💪', 1],
    ['交通事故防止運動が始まります🚗', 1],
    ['ご冥福をお祈りいたします🙏', 3],
    ['交通事故に気をつけてね🚗', 1],
    ['火災予防運動が始まります🚒 火の元に注意しましょう！！', 1],
    ['⚠️市内で建物火災が発生しています。付近の方は近づかないでください！！', 3],
    ['【緊急】大雨により床上浸水の被害が出ています。直ちに避難してください！！', 3],
  ])('passes %s (registered %i)', (text, level) => {
    expect(warned(text, level)).not.toContain('tone/insensitive')
  })
})

describe('tone: cost', () => {
  it('stays fast on long adversarial input', () => {
    const started = performance.now()
    // 20,000 characters each (the engine test runs every family on 100,000).
    for (const text of ['ｗ'.repeat(20_000), 'だよ。'.repeat(6_000), '(^^)'.repeat(5_000), 'ﾏ ｼﾞ '.repeat(5_000), '「'.repeat(10_000) + '」'.repeat(10_000), 'しま〜す'.repeat(5_000)]) {
      checkWith([tone], text, { tone: 5 })
    }
    expect(performance.now() - started).toBeLessThan(3000)
  })
})
