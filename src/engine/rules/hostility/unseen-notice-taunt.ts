/**
 * hostility — a critic told the city does it already, and asked whether they cannot see it.
 *
 * Blind R433J-003 kind: a critic's words quoted (「…」って言う方, 「…」とおっしゃる方) or a reproach that the city does it already
 * (毎月ここで出してるんですけどね, 広報に載せてますけどね〜, 何度もお知らせしてるんですが…), then the critic's eyes doubted in a
 * question (見えてないのかな？, 見えていないんですかね, 目に入らないんでしょうか, 読めてないのかな): sarcasm at a critic, warn
 * (hostility/confrontational). Read on the folded view: the doubt as a question ending a clause, and one of the two cues in it or
 * in the two sentences before.
 * What stays clean: a thing not seen (天の川、見えてないのかな？雲が多いですね), a help for those who cannot see it (見えにくい
 * 場合は拡大して…), the writer wondering and acting on it (見えていないのかな？と思い、今月から文字を大きくしました), a question
 * followed by an apology or a request to tell us (ご連絡ください).
 */

/** The reader's eyes or reading doubted, as a question (見えてないのかな, 目に入らないんでしょうか, 読めてないんですかね). */
const DOUBT =
  /(?:(?:見え|みえ)(?:て(?:い|ら|おられ|いらつしや)?)?(?:ない|へん|とらん|ません)|目に(?:入|はい)(?:ら|つて(?:い)?)ない|(?:お)?目に(?:留|止|とま)(?:ら|つて(?:い)?)ない|(?:読|よ)め(?:て(?:い)?)?(?:ない|へん|とらん|ません))(?:の|ん)?(?:かな(?:あ|ー)?|かしら|ですかね|でしよう(?:か)?(?:ね)?|だろうか|だろうね|ですか|かね|やろか|やろうか|か)(?=[?？!！。…~ー\s)）]|$)/gu
/** A critic's words quoted and the critic named by them (「…」って言う方, 」とおっしゃる皆さん, 」と書いてる人). */
const CRITIC_QUOTED =
  /[」』](?:つて|と)[、\s]?(?:言う|いう|言つて(?:る|いる)|いつて(?:る|いる)|おつしやる|仰る|言われる|書く|書いて(?:る|いる)|書かれる|書き込む|騒ぐ|嘆く|お考えの|思つて(?:る|いる))?[^。！？!?\n]{0,4}?(?:方|人|皆さん|皆様|みなさん|あなた|あんた)/u
/** A reproach that the city does it already: a concession after a doing verb (出してるんですけどね, 載せてますけどね, してるんですが…). */
const ALREADY_DONE =
  /(?:て(?:る|い(?:る|ます)|ます|おります|あります|ありますし)|とる|ちよる)(?:ん|の)?(?:です|だ|や)?(?:けど|けれど|けども|が)(?:ね|ねえ|ねー|な|なあ)?[~ー….。、\s]/u
/** … not the writer wondering and acting (と思い, と心配), nor a help or an apology after it. */
const WONDERED = /^[?？!！]?\s?(?:と|つて)(?:思|考え|感じ|心配|気にな)/u
const HELP_AFTER = /ご連絡|お問い合わせ|お問合せ|お知らせください|お寄せください|申し訳|すみません|失礼|おわび|お詫び|改善|見やすく|大きく|移し|工夫|拡大/u

/** [start, end, rule, instead] of each taunt in `fo` (the folded paragraph), in the view's offsets. */
export function unseenNoticeTaunt(fo: string): Array<[number, number, 'hostility/confrontational', string]> {
  const out: Array<[number, number, 'hostility/confrontational', string]> = []
  if (!/見え|みえ|目に|読め|よめ/u.test(fo)) return out
  DOUBT.lastIndex = 0
  for (let m = DOUBT.exec(fo); m !== null; m = DOUBT.exec(fo)) {
    const s = m.index
    const e = s + m[0].length
    if (WONDERED.test(fo.slice(e, e + 8))) continue
    // This sentence and the two before it (at most 160 characters back).
    let from = s
    for (let ends = 0; from > 0 && from > s - 160; from--) {
      const c = fo[from - 1]!
      if (c === '。' || c === '?' || c === '!' || c === '\n') if (++ends === 3) break
    }
    const before = fo.slice(from, s)
    if (!CRITIC_QUOTED.test(before) && !ALREADY_DONE.test(before)) continue
    if (HELP_AFTER.test(fo.slice(e, e + 60))) continue
    out.push([s, e, 'hostility/confrontational', '相手の目や読み方を疑う言い方はせず、「毎月こちらでご案内しています。詳しくは〇〇をご覧ください」のように、案内の場所だけを丁寧に伝えてください'])
  }
  return out
}
