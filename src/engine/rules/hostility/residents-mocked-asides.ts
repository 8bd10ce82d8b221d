/**
 * hostility — four jabs at askers and complainers found by blind wave 90, each read on the folded view near its own candidate.
 *
 * Blind R441S-029 / R443U-059 kind: an asker told to look it up themselves, after a repeat or a "it is already posted" (何度同じことを
 * お聞きになるんですか…ご自分で調べてから問い合わせてください; すでに何度も掲載しております。少しご自分でお調べいただければ、すぐに
 * お分かりになることかと存じます; 自分で検索してからご質問ください): condescension, warn (hostility/confrontational), in any politeness.
 * Read: ご自分で / ご自身で / 自分で + a verb of looking (調べ, お調べ, 確認, 検索, 読ん, ご覧) then, in the same sentence, either
 * てから + asking as a request (問い合わせてください, ご質問いただけますか), or ば / たら + すぐ / 簡単に + knowing with a "thing you'd know"
 * ending or a 少し / ちょっと lead; with a repeat or an already-posted cue in the paragraph (何度, 同じこと, すでに, 載っています, 掲載).
 * What stays clean: a pointer to where information is (詳しくは市ホームページをご覧ください), a self-service tool offered (マイページで
 * ご自身で確認すれば、すぐに結果が分かります, with no repeat), help for those who cannot look (ご自分で調べてから問い合わせるのが難しい方は).
 *
 * Blind R441S-040 kind: a group named by its fault, or thanked, then asked whether it knows the word for a virtue it lacks
 * (「計画性」という言葉、ご存じでしょうか？; 「時間厳守」って言葉、知っていますか; 「マナー」という言葉を聞いたことがありますか):
 * a rhetorical jab, warn. The older rules read the knowing guess (ご存じないようで) and the negative question (ご存じないのでしょうか).
 * What stays clean: a word introduced to all (「フレイル」という言葉をご存じでしょうか？), a quiz or a lesson for children
 * (「思いやり」という言葉、知っていますか？ in a class post), a word explained (…とは).
 *
 * Blind R443U-017 kind: residents' double standard mocked, their own matters handled but the neighbour's left "all to the city"
 * (…は刈れるのに、…になると全部市役所にお任せなんですね; 自分の家の前は掃くのに、道路は役所に丸投げなんですね), or such a line capped by an
 * ironic closer (便利な世の中です, 結構なご身分ですね): sarcasm, warn. What stays clean: an offer to take it on (市役所にお任せください),
 * a line reported (…とのご意見をいただきました), a plain closer (便利な世の中になりました。スマホで住民票が取れます).
 *
 * Blind R443U-030 kind: complainers addressed (お怒りの皆さま, ご不満の方々, 文句を言っている皆さん) and answered with a laugh
 * (（笑）, ｗｗ, 🤣) in the next lines: mockery, warn. What stays clean: humour aimed at no one (雨の日はお風呂で水遊びも楽しいですね（笑）),
 * complainers answered without a laugh (ご不満の皆さまへ。臨時開館します).
 */
import { sentenceEndAt, sentenceStartAt } from '../../words'

type Out = Array<[number, number, 'hostility/confrontational', string]>

/** The sentence around a hit, at most 120 code units each way. */
const sentenceStart = (fo: string, i: number): number => sentenceStartAt(fo, i, 120)
const sentenceEnd = (fo: string, i: number): number => sentenceEndAt(fo, i, 120)

/** Looked up by the asker themselves (ご自分で調べ, ご自身でお調べ, 自分で検索). */
const LOOK_YOURSELF = /(?:ご自分|ご自身|自分|自身)で(?:も)?[、\s]?(?:お調べ|調べ|しらべ|ご確認|確認|検索|けんさく|お読み|読ん|読め|ご覧|見れ|見て)/gu
/** …then asking only after, as a request (てから問い合わせてください, てからご質問いただけますか). */
const THEN_ASK = /^[^。?!？！\n]{0,8}?てから[、\s]?(?:お|ご)?(?:問い合わせ|問合せ|質問|電話|連絡|お尋ね|尋ね|来|越し|こめんと|書き込|投稿)[^。?!？！\n]{0,10}?(?:ください|下さい|くれ|いただけ|いただき|頂け|ほしい|欲しい|もらえ|お願い|ね)/u
/** …or it would be known at once (いただければ、すぐにお分かりになることかと, ればすぐ分かりますよね). */
const EASY_KNOWN = /^[^。?!？！\n]{0,16}?(?:ば|たら)[、\s]?[^。?!？！\n]{0,6}?(?:すぐ|簡単に|容易に|一目で|ひと目で|一発で|たちどころに)[^。?!？！\n]{0,6}?(?:お分か|分か|わか|ご理解|理解|判明|見つか)/u
const EASY_ENDING = /ことかと|ことです|ことでは|ことだと|ことなのに|ことですが|はず|でしように|ですよね|ますよね|のですが|んですが/u
const A_LITTLE_LEAD = /(?:少し|すこし|ちよつと|ちよいと|一度|いちど)(?:は|でも|だけでも)?[、\s]?$/u
/** A repeat or "it is already posted" in the paragraph. */
const ALREADY = /何度|何回|同じこと|同じ(?:ご)?質問|再三|すでに|既に|全部載|ぜんぶ載|載つて(?:い|お|ま)|掲載して|掲載済|掲載しており|書いて(?:あ|お|い)|お知らせして(?:い|お)|ご案内して(?:い|お)|前にも|以前にも/u
/** …not help for those who cannot look. */
const CANNOT_LOOK = /難しい|むずかしい|できない方|できない場合|不安な方|苦手な方|わからない場合|分からない場合|お気軽に/u

function lookItUpYourself(fo: string, out: Out): void {
  if (!ALREADY.test(fo)) return
  LOOK_YOURSELF.lastIndex = 0
  for (let m = LOOK_YOURSELF.exec(fo); m !== null; m = LOOK_YOURSELF.exec(fo)) {
    const e = m.index + m[0].length
    const s0 = sentenceStart(fo, m.index)
    const e0 = sentenceEnd(fo, e)
    const rest = fo.slice(e, e0)
    const sentence = fo.slice(s0, e0)
    if (CANNOT_LOOK.test(sentence)) continue
    const ask = THEN_ASK.test(rest)
    const easy = EASY_KNOWN.test(rest) && (EASY_ENDING.test(rest) || A_LITTLE_LEAD.test(fo.slice(Math.max(s0, m.index - 8), m.index)))
    if (!ask && !easy) continue
    out.push([s0, e0, 'hostility/confrontational', '「自分で調べて」と突き放さず、「〇〇のページに掲載しています（リンク）。ご不明な点はお気軽にお尋ねください」と案内してください'])
  }
}

/** Asked whether they know a word (という言葉、ご存じでしょうか, って言葉知っていますか, という言葉を聞いたことがありますか). */
const WORD_KNOWN_Q =
  /(?:という|つて|との)[、\s]?(?:言葉|ことば|単語|概念|熟語|四字熟語)(?:を|は|も)?[、\s]?(?:ご存じ|ご存知|知つて(?:い|おられ|らつしや)?(?:ます|る|ますでしよう)?|聞いたこと(?:が|は)?(?:あります|ございます|おありでしよう|おありです|ある))(?:でしよう|です|でいらつしやいます)?(?:か|かね|かな)/gu
/** …the word a virtue the addressed lack. */
const VIRTUE = /計画|余裕|期限|期日|締め?切|〆切|納期|時間厳守|時間を守|まなー|るーる|常識|思いやり|譲り合|遠慮|前もつて|早め|段取り|準備|自己責任|節度|公共|もらる|順番|整理整頓|約束|礼儀|配慮|分別|自制|我慢|協調|責任|自覚|反省|感謝|謙虚/u
/** …said to a group named by its fault or a habit (押し寄せる皆さま, 毎年, ぎりぎりの方). */
const FAULT_TARGET = /押し寄せ|駆け込|かけこ|ぎりぎり|直前|滑り込|毎年|毎回|いつも|相変わらず|懲り|(?:る|た|ない|ている|てる)(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|方|人たち|お客様)/u
/** …not a quiz, a lesson or a word explained. */
const WORD_LESSON = /子ども|子供|こども|児童|生徒|授業|学習|講座|教室|くいず|正解|答え|意味|とは[、\s]|由来|語源|豆知識|ご紹介|紹介します/u

function virtueWordAsked(fo: string, out: Out): void {
  if (!/言葉|ことば|単語|概念|熟語/u.test(fo) || !FAULT_TARGET.test(fo) || WORD_LESSON.test(fo)) return
  WORD_KNOWN_Q.lastIndex = 0
  for (let m = WORD_KNOWN_Q.exec(fo); m !== null; m = WORD_KNOWN_Q.exec(fo)) {
    const word = fo.slice(Math.max(0, m.index - 12), m.index)
    if (!VIRTUE.test(word)) continue
    const s0 = sentenceStart(fo, m.index)
    out.push([s0, m.index + m[0].length, 'hostility/confrontational', '「〇〇という言葉をご存じでしょうか」と皮肉らず、「納付は期限の数日前までがおすすめです。口座振替もご利用ください」と案内してください'])
  }
}

/** All left to the city, said with a knowing ね (全部市役所にお任せなんですね, 役所に丸投げなんですね). */
const OFFICE_DUMP =
  /(?:市役所|役所|役場|市|町|村|区|行政|職員|公務員|自治体|お上)(?:に|へ)[、\s]?(?:全部|すべて|全て|丸ごと|何でも|なんでも|何もかも)?[、\s]?(?:お任せ|おまかせ|任せ|丸投げ|頼み|頼り|押し付け|押しつけ)(?:なん|なの|される|なさる|する|になる)?(?:です|でしよう|ん)?(?:ね|よね|とは|かね)(?=[。?!？！…〜\s]|$)/gu
/** An ironic closer (便利な世の中です, 結構なご身分ですね, 楽でいいですね). */
const IRONIC_CLOSER = /^[\s]?(?:本当に|ほんとうに|ほんとに|まあ|いやあ|いやー)?[、\s]?(?:便利な|結構な|楽な|気楽な|お気楽な|いい|よい|素敵な|ありがたい)(?:世の中|時代|ご身分|身分)(?:です|だ|ですね|ですこと|になりましたね)/u

function cityLeftAll(fo: string, out: Out): void {
  if (!/任せ|まかせ|丸投げ|頼み|頼り|押し付け|押しつけ/u.test(fo)) return
  OFFICE_DUMP.lastIndex = 0
  for (let m = OFFICE_DUMP.exec(fo); m !== null; m = OFFICE_DUMP.exec(fo)) {
    const e = m.index + m[0].length
    const s0 = sentenceStart(fo, m.index)
    const e0 = sentenceEnd(fo, e)
    if (/^[、\s]?(?:と|つて)/u.test(fo.slice(e, e + 3))) continue
    const doubleStandard = /のに|くせに|のには/u.test(fo.slice(s0, m.index))
    const closer = IRONIC_CLOSER.test(fo.slice(e0 + 1, e0 + 24))
    if (!doubleStandard && !closer) continue
    out.push([s0, e0, 'hostility/confrontational', '住民を皮肉らず、「空き地の草刈りは所有者の管理が原則です。市から所有者へ連絡しますので、場所をお知らせください」と案内してください'])
  }
}

/** Complainers addressed (お怒りの皆さま, ご不満の方々, 文句を言っている皆さん). */
const COMPLAINERS =
  /(?:お怒りの|ご立腹の|ご不満の|不満たらたらの|お嘆きの|おかんむりの|文句(?:を|ばかり)?[、\s]?(?:言う|言われる|おつしやる|言つている|言つてる|言われている)|苦情を(?:言う|入れる|寄せる|言われる)|怒つている|怒つてる|ぷんぷんの|くれーまーの)[、\s]?(?:皆さま|皆様|皆さん|みなさま|みなさん|方々|方|人たち|あなた)/gu
/** A laugh at them (（笑）, ｗｗ, 笑 at a line's end, 🤣). */
const LAUGH = /[（(]笑[)）]|[wｗ]{2,}|[wｗ](?=[\s。!！]|$)|笑(?=[\s。!！♪〜]|$)|🤣|😂|草(?=[\s。]|$)/u

function complainersLaughedAt(fo: string, out: Out): void {
  if (!LAUGH.test(fo)) return
  COMPLAINERS.lastIndex = 0
  for (let m = COMPLAINERS.exec(fo); m !== null; m = COMPLAINERS.exec(fo)) {
    const e = m.index + m[0].length
    const after = fo.slice(e, e + 90)
    const l = LAUGH.exec(after)
    if (!l) continue
    out.push([m.index, e + l.index + l[0].length, 'hostility/confrontational', '苦情を寄せた方をからかわず、「休館でご不便をおかけします。近隣の〇〇プールをご利用いただけます」とお詫びと代わりの案内を伝えてください'])
  }
}

/** [start, end, rule, instead] of each jab in `fo` (the folded paragraph), in the view's offsets. */
export function residentsMockedAsides(fo: string): Out {
  const out: Out = []
  lookItUpYourself(fo, out)
  virtueWordAsked(fo, out)
  cityLeftAll(fo, out)
  complainersLaughedAt(fo, out)
  return out
}
