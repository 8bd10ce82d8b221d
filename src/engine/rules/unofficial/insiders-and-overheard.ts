/**
 * Talk from inside or overheard (5(1): 未発表・未決定の事項を発信しない): informal sources (関係者筋, 話題になっている),
 * words overheard at the counter or in a talk, what a superior or a council member said (課長いわく…らしい), talk passed on, who is
 * involved, off-the-record chats (懇親会で…), a private remark quoted, leaks, a matter ahead heard from someone outside the city or
 * passed on casually (…って聞いた), a stir inside the city hall, quoted talk heard, a notice not out yet heard of, an option talked
 * over inside, a majority inside. Stays clean: the city's own announcements, feelings and trivia heard, talk denied.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { secretNotTold } from '../../words'
import { AMOUNT_CHANGE, ASIDE_NEWS, BENEFIT, CHANGE, CORRECTED, DAMAGE, DECIDED_MEASURE, DECISION, DIRECTED_MEASURE, FUTURE, INFORMANT_TALK, INFORMANT_TOLD, LEAK_CONTENT, LEAK_PUBLIC, LOCAL_TALK, MAX_HITS, NAMED_SOURCE, NATURAL, OFFICIAL_SOURCE, PEOPLE_CLAIM, PERSON_COURSE, PLANNED_CHANGE, PROMISED_WHEN_DECIDED, PUBLIC_PROCESS, REPORT_DENIED, RUMOUR_AWARE, RUMOUR_TOPIC, SCHEDULED_AHEAD, SPOKEN_IN_PUBLIC, SUSPECT_GUESS, TRIVIA, VENUE_MOVED, VIEW_FORETOLD, buzzOfThing, changeBeyondBenefit, clauseBefore, put, quotedExample, quotedVoice, sentenceOf, topicOf, wordStart, words } from './context'
import type { Emitter } from './context'
import { claimGoingRoundEndorsed } from './rumours-and-reports'
import { ownOutlook } from './forecasts'

/**
 * An informal channel as the source: 関係者筋によれば, 電話で話した感じでは, 聞いた話やけど, 〜の間で話題,
 * and English (Rumor has it, nothing official yet). Whatever the topic, this passes on what is not confirmed.
 * Blind HS-149: every English cue is a whole word or phrase (No password is needed holds no "word is", swordfish is no "word").
 * Blind R185A-054: the idiom of talk with nothing settled, 〜とか〜ないとか, after a verb of any ending (田んぼを買うとか買わないとか, 建て替える
 * とか建て替えないとか, 出すとか出さないとか); nouns listed with とか (うなぎとかお団子とか) are no such talk.
 */
/**
 * Blind R255Q-025 kind (conf8): insiders said to hold a matter likely or settled among themselves (こちらの方が書かれている…の話、関係者の
 * 間でもかなり有力とのことです; 関係者の間では決まりらしい): a resident's rumour confirmed as insiders' word. 関係者の間でも好評 is praise.
 * Blind R254L-014 kind (conf8): English hearsay (A little bird tells us, a little birdie told me, we hear that, we've heard talk, word on the
 * street), and a price or a fee said in English to rise at a time to come (the fare … might be raised next spring): the forecast of
 * an undecided change. A caveat with no time (Ticket prices may change) and "We hear you" are not this.
 * Blind R300S-006 kind (unof20): insiders as the source of what was picked up (…来るかも…という話を、関係者から小耳にはさみました, 関係者から
 * 耳にした): the same channel as 関係者から聞いた, whatever it tells.
 */
const INFORMAL_SOURCE =
  /関係者(?:の方)?(?:から|に)(?:聞|伺|教え|小耳に|耳に(?:し|入))|(?:関係者|消息|政府|業界|事情通|内部)筋(?:に)?(?:よれば|によれば|によると|では|の話では|から)|(?:電話|立ち話|雑談|飲み会|オフレコ)で?(?:話した|聞いた|伺った)(?:感じ|印象|ところ|話)(?:では|だと|やと|によると)?|聞いた話(?:やけど|だけど|ですが|では|によると|によれば|なんですが|ですけど|だと|やと|じゃと|ばってん|やけん)|(?:の間|界隈)で(?:は|も)?(?:話題|噂|うわさ|持ちきり|もちきり)|(?:[うくすつぬむぶぐるい]|ない|ん)とか(?:[^。！？!?\n]{1,6})(?:ない|ん)とか|関係者(?:の方々|の方|の人たち)?の間(?:で|では|でも)[、,]?[^。！？!?\n]{0,16}?(?:有力|濃厚|確実視|本命|決まり(?:そう|だ|です|らしい)|噂|うわさ|ささやかれ|言われて|とのこと|らしい|みたい)|(?<![a-z0-9])(?:rumou?r has it|rumou?rs? (?:says?|are)|(?:i|we)(?:'ve| have)? heard (?:that|a rumou?r|talk)|we hear (?:that|talk)|word (?:is|has it|on the street)|(?:a )?little (?:bird|birdie) (?:tells?|told|has told|says) (?:me|us)|nothing official|not (?:yet )?official(?:ly)?|unofficially)(?![a-z0-9])|(?<![a-z0-9])(?:fares?|fees?|prices?|charges?|admission|tickets?|rates?)\b[^.!?\n]{0,40}?\b(?:might|may|could)(?: well)? (?:be (?:raised|increased|hiked|doubled|cut|scrapped|abolished)|go up|rise|double)\b[^.!?\n]{0,24}?\bnext (?:spring|summer|autumn|fall|winter|year|month|season|fiscal year|april)(?![a-z0-9])/giu

/**
 * Blind R85A-025: an aside that the writer overheard what follows, not told it (きのう体育館でこっそり聞いちゃったんやけど、…, たまたま廊下で
 * 耳にしたんですが、…, ちらっと聞いたばってん、…, 立ち聞きしちゃったんだけど、…, 偶然聞こえてきたんですけど、…): a matter picked up on the
 * side, unconfirmed, handed on. Judged as SECRET_ASIDE is, by what it introduces (ASIDE_NEWS): a change, a benefit or a future matter
 * told as coming (来年の市民マラソンは…新しいコースになるかもしれん). What the writer enjoyed overhearing (子どもたちの合唱をこっそり
 * 聞いちゃったんやけど、とっても上手で…) or a wish about next year tells nothing. Blind R113A-034: heard in secret (ないしょで聞いちゃった🤫,
 * 内緒で聞いたんだけど, ひみつで耳にした) is the same aside, judged the same way by what it introduces.
 */
const OVERHEARD =
  /(?:(?:こっそり|たまたま|偶然|ちらっと|ちらりと|ひそかに|密かに|(?:内緒|ないしょ|ナイショ|内密|秘密|ひみつ|ヒミツ)で)[、,]?[^。！？!?\n]{0,8}?(?:聞い|聞こえ(?=ちゃ|てしま)|耳にし|小耳に(?:はさ|挟)ん|聞こえて(?:き|来))|(?:立ち聞き|盗み聞き|漏れ聞き)し)(?:ちゃった|ちゃいました|てしまった|てしまいました|てしもうた|てしもた|た|ました|だ)(?:ん|の)?(?:です|や|だ)?(?:けど|けれど|けれども|が|ばってん|ばって)?(?:よ|ね|の|な|わ|さ|っ)?(?:[〜~ー]{1,3})?(?=[、,…\s]|[。！!？?♪☆★♡♥]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF]|$)/gu
const HEARSAY66 = /らしい|らしく|らしか|みたい|そうです|そうで[、,]|とのこと|って(?:話|噂|うわさ)|と聞|げな/u
const INSIDE_STIR =
  /(?:庁内|役所(?:内|の中)?|市役所(?:内|の中)?|課内|部内|局内|職場|上層部|幹部)(?:が|は|も|で|中|の空気が)?[、,]?[^。！？!?\n]{0,8}?(?:ざわつ|ざわざわ|騒然|騒がし|騒いで|もちきり|持ちきり|ピリピリ|ぴりぴり|バタバタ|ばたばた)|(?:監査|会計検査|検査|査察|内部調査)(?:で|の結果|に)[^。！？!?\n]{0,16}?(?:見つか|引っかか|ひっかか|指摘|発覚)/gu
const STIR_OUT = /(?:公表|発表|報告)(?:しました|いたしました|いたします|します)|お詫び|おわび|監査結果|ホームページ|市HP/u
/** A stir inside the city hall passed on as hearsay (庁内がざわついているらしい), nothing reported yet (was unof66). */
export function insideStirHeard(e: Emitter, t: string): void {
  if (HEARSAY66.test(t) && !STIR_OUT.test(t)) {
    for (const m of matchAllOf(INSIDE_STIR, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      if (HEARSAY66.test(t.slice(s.start, s.end))) put(e, 'unofficial/rumour', s.start, s.end, { plain: '（確かめた事実）' })
    }
  }
}
/**
 * Blind R132I-052: a superior's or an insider's word given as the ground for a matter still to be decided (課長いわく「たぶん予算は通る」らしい
 * ので…準備を進めておいて大丈夫です, 部長の話では補助金は来年度も続くみたいなので): hearsay from inside handed to the public as a promise.
 * The word is a colleague's (課長, 部長, 上司, 市長), the matter a budget, a grant or a vote still to come. A superior's word on the record
 * (市長は会見で…と述べました) and an answer decided (予算は3月議会で可決されました) are not this.
 */
/**
 * Blind R304W-032 kind (unreb21): …or the council's side heard in humble words (議会の方から伺ったところでは、次の定例会で…導入が提案される
 * 運びとのことです, 議員さんからお聞きしたところ…提出される予定とのこと): a proposal still to be made in the session, passed on as heard before
 * any announcement. The council as a channel only (議会の方から, 議会筋から); 議会事務局に伺ったところ、傍聴は先着20名 names no proposal.
 */
/**
 * Review of d6c3fa8d (rvunreb55): the humble ask (に伺ったところ, からお聞きしたところ) put to the city's own department or mayor is the
 * city asking on the record (担当課にお聞きしたところ、申請受付は4月1日から…とのことです; 市長に伺ったところ、来年も…継続するとのことです):
 * published facts or a plain continuation, the city speaking. The humble ask is hearsay only from the council's side (議会の方, 議会筋,
 * 議員さん) about a matter still to come; from the city's own side only when the ending is rumour's (らしい, みたい, って話), not とのこと.
 */
const INSIDER_SOURCE = '(?:課長|部長|係長|次長|局長|室長|所長|市長|副市長|上司|上の人|上層部|財政課|担当課)'
const INSIDER_COUNCIL = '(?:議員(?:さん|の方)?|議会(?:の方|筋|関係者)|議会(?=から))'
const INSIDER_PLAIN = '(?:いわく|曰く|が言うには|が言うに|の話では|の話だと|によると|から聞いた(?:話では|ところ)|が(?:言って|話して)(?:た|い)(?:けど|が|ので|から))'
const INSIDER_HUMBLE = '(?:から|に)(?:聞いた|伺った|うかがった|お聞きした|お伺いした)(?:話では|ところ)'
const INSIDER_MATTER = '[、,]?[^。！？!?\\n]{0,40}?(?:予算|補助金?|助成|交付金|議会|採択|可決|承認|決裁|通る|通り|続く|継続|つく|付く|提案|上程|提出)[^。！？!?\\n]{0,24}?'
const INSIDER_RUMOUR = '(?:らしい|みたい|そう(?:です|だ|なので|なんで|だから)|って(?:話|こと))'
/** Team R222S-011: another body's department (県の担当課から伺ったところでは…縮小する意向とのことです) is not the city speaking of itself. */
const INSIDER_OTHER_BODY = '(?<=(?:県|国|省|庁|町|村|他市|隣の市)の)'
const INSIDER_SAID = new RegExp(
  `(?:${INSIDER_SOURCE}${INSIDER_PLAIN}|${INSIDER_COUNCIL}(?:${INSIDER_PLAIN}|${INSIDER_HUMBLE}))${INSIDER_MATTER}(?:${INSIDER_RUMOUR}|とのこと)` +
    `|${INSIDER_OTHER_BODY}${INSIDER_SOURCE}${INSIDER_HUMBLE}${INSIDER_MATTER}(?:${INSIDER_RUMOUR}|とのこと)` +
    `|${INSIDER_SOURCE}${INSIDER_HUMBLE}${INSIDER_MATTER}${INSIDER_RUMOUR}`,
  'gu',
)
export function insiderSaid(e: Emitter, t: string): void {
  if (!/いわく|曰く|言うには|の話|によると|聞いた|伺った|うかがった|お聞きした|言って|話して/u.test(t)) return
  INSIDER_SAID.lastIndex = 0
  const m = INSIDER_SAID.exec(t)
  if (!m || /会見|記者|答弁|議会で(?:答え|述べ)|公表|発表し/u.test(sentenceOf(t, m.index, m.index + m[0].length))) return
  put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
}

/**
 * A remark let slip off the record, reported (会見終了後、市長は記者団との雑談の中で「…」と漏らした, 懇親会の席で教育長が「…」と本音を
 * のぞかせた, 視察後の立ち話で副市長がぽろっと…): an informal setting (雑談, 立ち話, 懇親会, 飲み会, オフレコ), then what was said
 * with a verb of letting slip (漏らす, こぼす, 本音をのぞかせる, 口を滑らせる) or an adverb of it (ぽろっと, うっかり). What an official
 * says there is no stance of the city's; the same setting told of residents, or a remark made in a speech (あいさつしました), is not this.
 */
const OFF_RECORD_SETTING = '(?:雑談|立ち話|懇親会|懇談の席|飲み会|酒席|宴席|二次会|オフレコ|非公式の場|囲み取材の後)'
const OFF_RECORD_REMARK = new RegExp(
  `${OFF_RECORD_SETTING}(?:の中|の席|の場|の最中|の折|の合間)?(?:で|では|にて)[、,]?[^\n]{0,100}?(?:と|って)[、,]?(?:本音を|思わず|つい)?(?:漏らし|もらし|こぼし|明かし|打ち明け|口を滑らせ|のぞかせ|覗かせ|吐露し)|` +
    `${OFF_RECORD_SETTING}(?:の中|の席|の場|の最中|の折|の合間)?(?:で|では|にて)[、,]?[^。！？!?\n]{0,30}?(?:ぽろっと|ポロッと|ぽろりと|ポロリと|うっかり|口を滑らせ)`,
  'gu',
)
/** Who let it slip, as the subject: an official of the city (not a resident at a salon, a child at an event, 職員との雑談で利用者さんが). */
const OFFICIAL_SPEAKER = /(?:市長|副市長|教育長|議長|部長|課長|局長|係長|所長|館長|幹部|担当者|職員)(?:さん)?(?:は|が|も)/u

export function offRecord(e: Emitter, t: string): void {
  for (const m of matchAllOf(OFF_RECORD_REMARK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index)
    const around = t.slice(s.start, m.index + m[0].length)
    if (!OFFICIAL_SPEAKER.test(around) || RUMOUR_AWARE.test(around)) continue
    put(e, 'unofficial/off-record', m.index, m.index + m[0].length)
  }
}

/**
 * Blind R191I-007: an official's private remark about a plan of the city, reported (市長に同行中。車内で「…会場を…に移したいんだよね」とポツリ;
 * 控室で副市長が「あの施設はいずれ閉めるつもり」とこぼしていました; 「…統合したいんだけどね」と課長。まだどこにも言ってない話だそうです):
 * words in brackets that carry a change the city decides (CHANGE, VENUE_MOVED, PLANNED_CHANGE) as a wish, an intention or a time to come,
 * said by an official named in the sentence or the one before, and marked as private — a private place before the words (車内で, 移動中,
 * 控室で, オフレコで, ここだけの話), a verb of letting slip after them (ポツリ, ぼそっと, 漏らす, こぼす, 本音, 耳打ち) or the post saying it is
 * not out yet (まだどこにも言ってない). Not a public occasion (記者会見で…と述べました, 議会で答弁, あいさつ), not a remark with no plan
 * (「暑い中ありがとう」と声をかけていました), not a plan denied in the words.
 * Blind R302K-004 kind (unof20): …also at an informal gathering of the district (地区の集まりで, 寄り合いで, 懇親会で), the plan told as coming
 * (「旧公民館は近いうちに取り壊すことになる」とお話しされていました); a greeting there (集まりでごあいさつしました) is public.
 */
const PRIVATE_PLACE = /(?:(?:地区|地域|町内|校区|自治会|区)の(?:集まり|寄り合い|会合)|寄り合い|懇親会|雑談|立ち話|飲み会|食事会|打ち上げ|車内|車の中|公用車|帰りの車|移動の車|移動中|帰り道|控室|控え室|楽屋|エレベーター|食事中|昼食中|食事の席|休憩中|オフレコ|ここだけの話|内緒で|ないしょで|ここだけ)/u
const QUOTED_WORDS = /「([^「」\n]{4,80})」/gu
const SLIP_AFTER = /^(?:と|って)[、,]?(?:ポツリ|ぽつり|ぽろっと|ポロッと|ぽろりと|ポロリと|ボソッと|ぼそっと|ぼそりと|ボソリと|ぼそり|ボソリ|つぶや|呟|漏らし|もらし|漏らす|こぼし|こぼす|本音|打ち明け|耳打ち|ささや|囁|こっそり)/u
const NOT_OUT_YET = /まだ(?:どこ|だれ|誰|外|よそ)(?:に|で)?も(?:言って|いって|話して|公表して|発表して|出して|言っと|話しと)(?:い|お)?(?:ない|ません|らん|ねえ|なか)|まだ(?:オフレコ|内緒|ないしょ|ナイショ|非公表|未発表|表に出て(?:い)?(?:ない|ません))/u
const REMARK_OFFICIAL = /市長|副市長|教育長|議長|部長|課長|局長|係長|所長|館長|幹部|上司/u
const REMARK_PUBLIC = /記者会見|会見|定例会|議会|答弁|あいさつ|挨拶|式典|講演|表明|述べ|発表し|公表し|説明会/u
const PLAN_MARKER = /たい|つもり|方向|予定|考えて|しよう|よう(?:と思|かな)|する気|かな|と思|来年|再来年|来年度|来季|今後|いずれ|将来|そのうち|次の|近いうち|(?<=[るう])ことにな(?:る|り)/u
/**
 * Blind R248B-037 kind (unofmask7): the remark overheard in passing (市長室の前を通ったら、市長が…「次は川下りを市民は無料にしたいね」と
 * 話していました; 廊下で部長たちの話が聞こえてきて, 小耳に挟んだ), or passed on with the writer's guess that it may come true (もしかすると
 * 実現するかも？, 実現する可能性もありそうです: VIEW_FORETOLD): an official's private wish for a change handed out as a policy to look forward
 * to. A remark in a speech or to the press is public (REMARK_PUBLIC); a wish with no change in it is nothing.
 */
const PASSING_HEARD = /(?:前|そば|横|脇|近く)を通(?:った|りかかった|る)(?:ら|とき|時|際)|通りかか(?:った|る)(?:ら|とき|時|際)|聞こえ(?:て(?:き|く)|た)|耳に(?:し(?:た|まし)|入(?:った|り|って))|小耳に|立ち聞き|漏れ聞こえ|もれ聞こえ/u
const PRIVATE_PLAN_DENIED = /(?:予定|つもり|考え)(?:は|も)(?:ない|ありません|なか)|(?:しない|やらない|移さない)(?:よ|ね|です|つもり)/u

/**
 * Blind review kind (misc22): an organiser's hope for the next edition of the event, said at its party (打ち上げで館長が「来年も体験コーナーを
 * 新設したい」と笑顔で話していました, 懇親会で「次回もキッズ向けの企画を増やしたいね」): a wish for more of the event, ordinary event news, not a
 * decision let out. Only at a celebration (打ち上げ, 懇親会, 飲み会, 食事会), the words opening on the next time again (来年も, 次回も, また来年),
 * nothing cut, closed, moved or priced in them (EVENT_CUT), and no slip or not-out-yet marker (those stay off-record).
 */
const PARTY_PLACE = /打ち上げ|懇親会|飲み会|食事会/u
const EVENT_AGAIN = /^(?:来年|次回|次|来年度|来季|再来年)(?:も|こそ)|^また来年/u
const EVENT_CUT = /閉館|閉鎖|閉め|廃止|取り壊|取りこわ|解体|減ら|縮小|削減|統合|統廃合|中止|休止|打ち切|移|値上げ|有料|無料|料金|予算|延期|見送/u
export function privateRemark(e: Emitter, t: string): void {
  for (const m of matchAllOf(QUOTED_WORDS, t, MAX_HITS)) {
    const words = m[1]!
    if (!(CHANGE.test(words) || VENUE_MOVED.test(words) || PLANNED_CHANGE.test(words)) || !PLAN_MARKER.test(words) || PRIVATE_PLAN_DENIED.test(words)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const sentence = t.slice(s.start, s.end)
    const around = t.slice(prev ? prev.start : s.start, s.end)
    if (!REMARK_OFFICIAL.test(around) || REMARK_PUBLIC.test(around)) continue
    const before = t.slice(s.start, m.index)
    const place = PRIVATE_PLACE.exec(before)
    const slip = SLIP_AFTER.exec(t.slice(m.index + m[0].length, m.index + m[0].length + 12))
    const next = s.end < t.length ? sentenceOf(t, s.end + 1, s.end + 1) : ''
    const rest = sentence.slice(before.length + m[0].length) + next
    const overheard = PASSING_HEARD.test(t.slice(prev ? prev.start : s.start, s.end)) || VIEW_FORETOLD.test(next)
    if (!place && !slip && !overheard && !NOT_OUT_YET.test(rest)) continue
    if (place && PARTY_PLACE.test(place[0]) && EVENT_AGAIN.test(words) && !EVENT_CUT.test(words) && !slip && !overheard && !NOT_OUT_YET.test(rest)) continue
    const from = place ? s.start + place.index : m.index
    put(e, 'unofficial/off-record', from, slip ? m.index + m[0].length + slip[0].length : m.index + m[0].length)
  }
}

/** Review of 4fc3d0ed (rv/unof): talk that praises someone (読み聞かせが上手だと, 毎朝いちばんに庁舎に出ると): a compliment, no claim. */
const PRAISE_TALK = /(?:上手|じょうず|上手い|うまい|優しい|やさしい|丁寧|親切|熱心|働き者|気さく|面倒見が(?:いい|良い)|詳しい|物知り|頼もしい|明るい|真面目|まじめ|几帳面|早い|速い|いちばんに[^。！？!?\n]{0,10}?(?:出る|来る|着く))(?:だ|です|な(?:ん|の)だ)?$/u
const TALK_CLAIM = /仕業|しわざ|(?<=[のたい])せい(?:だ|で|や|じゃ|$)|原因|犯人|やった|盗|壊|荒ら|捨て|いたずら|イタズラ|落書き/u
const POLICE_SAID = /(?:警察|県警|警察署|捜査関係者)(?:の発表|が発表|によると|によれば|では|の話では|から(?:の)?(?:情報|連絡|発表))/u

/**
 * Blind R102A-109: a named party said to be involved in a wrong, passed on second-hand or guessed (相談者のお話では、どうも本町の「ふとんの
 * 杉本」さんが関わっているらしいです; 聞いた話では、駅前の「丸山工務店」が関与しているみたいです; 解体屋さんが絡んどるらしか; …さんが裏で一枚
 * かんでるって話): an unconfirmed suspicion cast on someone by the city's account. A party as the subject (が, も), a verb of involvement
 * (関わる, 関与する, 絡む, 一枚かむ, グルになる, 糸を引く, 手引きする), no negation, then a hearsay or guess ending; a wrong (詐欺, 悪質, 被害,
 * 不法投棄, 空き巣 …) in the sentence or the one before. Clean: a part in preventing it (被害防止には…金融機関さんも関わっているそうです), the
 * police or an office as the source (警察によると…関与しているとのこと), a suspicion denied (…という噂がありますが、同店は一切関係ありません),
 * a good cause (さげもんめぐりには…多くのお店が関わっているそうです), a line quoted as an example.
 */
const INVOLVED_HEARD =
  /(?<=[」』\p{Script=Han}\p{Script=Katakana}ーんらちまゃ])(?:が|も)[、,]?[^。！？!?\n]{0,10}?((?:関わ|かかわ|関与|絡ん|からん|一枚(?:噛|か)ん|関係し|関係が?あ|グルにな|ぐるにな|糸を引|手引き)([^。！？!?\n]{0,8}?)(?:らしい|らしか|らしく|みたい|ようです|ようだ|ようで|ようや|ようでございます|そうです|そうだ|そうや|そうな(?:ん|の)|とのこと|って(?:話|聞|噂|うわさ|こと)|(?:ん|の)(?:だ|です|や)って|げな|ごたる|っぽい|と(?:聞|伺|耳に)|(?:という|との|っていう|っちゅう)(?:話|噂|うわさ|情報)|(?:の|ん)(?:では|じゃ)(?:ない)?か|っちゃないか|かも|可能性|に違いな|と(?:思われ|みられ|見られ|考えられ|疑われ|にらん|睨ん)))/gu
/** A wrong the involvement is in: fraud, a harm, a crime, misconduct (in the sentence or the one before). */
const INVOLVED_WRONG =
  /詐欺|さぎ|サギ|悪質|悪徳|被害|トラブル|苦情|押し売り|押し買い|点検商法|訪問販売|訪問業者|強引|高額請求|架空請求|不審|事件|犯行|犯人|盗|空き巣|放火|不法投棄|ポイ捨て|偽|ニセ|にせ|違法|犯罪|談合|癒着|賄賂|わいろ|横領|着服|不正|いたずら|イタズラ|落書き|迷惑|脅|だま|騙|闇バイト|受け子|出し子|ひき逃げ|流出|漏えい|漏洩|改ざん|捏造|不祥事/u
/** The party's part is in fighting the wrong (被害防止には, 見守りに, 対策にも): no suspicion. */
const INVOLVED_GOOD_ROLE =
  /(?:防止|対策|啓発|見守り|支援|防犯|取り組み|取組|活動|運営|協力|解決|救済|予防|パトロール|撲滅|根絶|対応|復旧|捜査|救助|相談|講座|指導|保護|回収|清掃|片付け|片づけ|後片付け|ボランティア|発見|通報)(?:に|には|にも|へ|へも)/u
/** The suspicion denied after it (同店は一切関係ありません, 無関係です, 事実ではありません). */
const INVOLVED_DENIED = /無関係|関係(?:は|が)?(?:一切|まったく|全く)?(?:ありません|ございません|ない)|関わって(?:い|お)(?:ません|りません)|関与(?:して(?:い|お)(?:ません|りません)|の事実は)|事実(?:では|は)(?:ありません|ございません)|誤り|デマ/u

export function involvedHeard(e: Emitter, t: string): void {
  for (const m of matchAllOf(INVOLVED_HEARD, t, MAX_HITS)) {
    // Involvement as a state or a past act (関わっている, 関与しとる, 絡んでた, 関係がある), not denied, not a risk to come (犯罪に関与する
    // 可能性があります, 闇バイトに関わってしまうかもしれません: a warning to readers).
    const gap = m[2]!
    const stative = /^(?:っ|し|ん|き|い)?(?:て|で|と|ど|た|だ|よ)/u.test(gap) || (/^関係が?あ/u.test(m[1]!) && /^(?:る|った)/u.test(gap))
    if (!stative || /な(?:い|く|か)|ません|せん|ず|しま|ちゃ|じゃ/u.test(gap)) continue
    const own = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = own.start > 0 && !/\n\s*\n\s*$/u.test(t.slice(Math.max(0, own.start - 4), own.start)) ? sentenceAround(t, own.start - 1, own.start - 1) : null
    const sentence = t.slice(own.start, own.end)
    const around = t.slice(prev ? prev.start : own.start, own.end)
    if (!INVOLVED_WRONG.test(around)) continue
    if (INVOLVED_GOOD_ROLE.test(t.slice(own.start, m.index + m[0].length))) continue
    if (POLICE_SAID.test(sentence) || OFFICIAL_SOURCE.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
    if (INVOLVED_DENIED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 120))) continue
    const at = m.index + m[0].length - m[1]!.length
    put(e, 'unofficial/rumour', at, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

const HEARD_ENDING = /そう(?:です|だ|な(?!の)|で)|らしい|らしか|みたい|って(?:[。！!…〜~]|$)|とのこと|んだって/u
const STILL_TO_COME = /次(?:の)?号|次号|来月号|次回|今度|近々|近いうち|もうすぐ|そのうち|来月|来週|来年|来春|来秋|年内|発売|放送|公開|掲載|特集|取材|ロケ|撮影/u
/**
 * Blind R442T-016 kind (wave 90): a hazard to come foretold by a private person (気象に詳しい知り合いの話だと、週末の台風は…直撃するコースに
 * なりそう、とのこと; 近所の方の話では、今夜は川が氾濫するかもしれない): a forecast from no one who issues them, passed on as the city's
 * warning. The weather in general stays NATURAL, and a forecast credited to the weather office or the city (気象台によると) is OFFICIAL_SOURCE.
 */
const HAZARD_AHEAD = /(?:台風|大雨|豪雨|大雪|高潮|津波|地震|噴火|洪水|氾濫|決壊|竜巻|土砂災害|がけ崩れ|冠水|浸水)[^。！？!?\n]{0,40}?(?:直撃|上陸|接近|来る|来そう|襲|なりそう|起きそう|起こりそう|しそう|そう(?:だ|です|な)?[、,]?(?:との|って|らしい)|かもしれ|かも[、,。！!]|恐れ|おそれ|らしい|みたい|とのこと)/u
export function talkPassedOn(e: Emitter, t: string): void {
  if (e.has.informantTold) {
    for (const m of matchAllOf(INFORMANT_TOLD, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s0.start > 0 && !t.slice(Math.max(0, s0.start - 2), s0.start).includes('\n\n') ? sentenceAround(t, s0.start - 1, s0.start - 1) : null
      const said = t.slice(prev ? prev.start : s0.start, s0.end)
      if (RUMOUR_AWARE.test(said) || TRIVIA.test(said) || OFFICIAL_SOURCE.test(said)) continue
      const claim = ((RUMOUR_TOPIC.test(said) || PEOPLE_CLAIM.test(said) || CHANGE.test(said) || TALK_CLAIM.test(said)) && !NATURAL.test(said)) || SCHEDULED_AHEAD.test(said) || (HEARD_ENDING.test(said) && STILL_TO_COME.test(said))
      if (!claim) continue
      put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
      break
    }
  }
  for (const re of [INFORMANT_TALK, LOCAL_TALK]) {
    if (!(re === INFORMANT_TALK ? e.has.informantTalk : e.has.localTalk)) continue
    for (const m of matchAllOf(re, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (RUMOUR_AWARE.test(sentence) || TRIVIA.test(sentence) || OFFICIAL_SOURCE.test(sentence)) continue
      const said = re === LOCAL_TALK ? clauseBefore(t, m.index) : sentence
      if (re === LOCAL_TALK && PRAISE_TALK.test(said) && !TALK_CLAIM.test(said) && !RUMOUR_TOPIC.test(said)) continue
      const claim = re === LOCAL_TALK ? TALK_CLAIM.test(said) || PEOPLE_CLAIM.test(said) || RUMOUR_TOPIC.test(said) || CHANGE.test(said) || PERSON_COURSE.test(said) : ((RUMOUR_TOPIC.test(said) || PEOPLE_CLAIM.test(said) || CHANGE.test(said) || TALK_CLAIM.test(said)) && !NATURAL.test(said)) || SCHEDULED_AHEAD.test(said) || (re === INFORMANT_TALK && HAZARD_AHEAD.test(said.slice(said.indexOf(m[0]))))
      if (!claim) continue
      put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
    }
  }
  const guess = e.has.suspectGuess ? SUSPECT_GUESS.exec(t) : null
  if (guess && !POLICE_SAID.test(t) && !OFFICIAL_SOURCE.test(t) && !NAMED_SOURCE.test(t)) put(e, 'unofficial/guessed-cause', guess.index, guess.index + guess[0].length)
}

export function informal(e: Emitter, t: string): void {
  if (!e.has.informal && !(e.has.english && /rumou?r|heard|hear |word|official|little bird|next /iu.test(t))) return
  for (const m of matchAllOf(INFORMAL_SOURCE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // A warning about such talk (関係者筋を名乗る電話にご注意) is not talk.
    if (RUMOUR_AWARE.test(sentence) || TRIVIA.test(sentence)) continue
    // 〜とか〜ないとか runs from the verb's start (買うとか買わないとか); about the weather (雨が降るとか降らないとか) it is small talk.
    // オフレコで聞いた話なので、ここには書けません: the channel named and the matter refused, nothing passed on.
    if (secretNotTold(t, m.index + m[0].length)) continue
    const idiom = /とか$/u.test(m[0])
    if (idiom && /天気|予報|晴れ|(?<!梅)雨(?!季)|雪|気温/u.test(sentence) && !DAMAGE.test(sentence) && !CHANGE.test(sentence)) continue
    // Review of unof58 (rv/misc): …の間で話題になっている絵本, 職員の間で噂の…: a thing popular among them, nothing passed on (a change, a
    // decision, a rumour's topic or hearsay in the sentence still makes it talk).
    if (!idiom && /(?:話題|噂|うわさ)$/u.test(m[0]) && buzzOfThing(t.slice(m.index + m[0].length, m.index + m[0].length + 24)) && !CHANGE.test(sentence) && !DECISION.test(sentence) && !BENEFIT.test(sentence) && !RUMOUR_TOPIC.test(sentence) && !PEOPLE_CLAIM.test(sentence) && !/らしい|みたい|そうです|そうだ|んだって|だってさ|げな|って話|と聞|聞いた|という|との/u.test(sentence)) continue
    put(e, 'unofficial/rumour', idiom ? wordStart(t, m.index) : m.index, m.index + m[0].length, { plain: '（確かめた事実）' })
  }
}

/**
 * A policy settled or drafted inside, told with a sign that it is not out yet (市は…を追加する方針を固めた。正式発表は来月の予定である;
 * まだ内緒なんですが…上げる方向で、いま庁内で調整しているところです; 執行部ではもう3園を2園にまとめる素案ができているそうです;
 * 3月議会に提出予定の予算案において、…を廃止する内容で最終調整が行われております): the content of a decision still in the making,
 * handed out before the city releases it. That is a leak (block), not a mere forecast: the sign is a secret aside, a release said to be
 * still to come, the bill the content sits in still to be submitted, or the inside (執行部, 庁内) named as the source of a hearsay.
 * A draft put out for comment, a policy announced, a plan "being considered, announced when decided" (…検討しています。決まり次第
 * お知らせします) and a report denied stay as they were.
 */
const SETTLED_INSIDE =
  /(?:方針|方向性?|意向|考え)(?:を|ば)固め(?:た|ました|まし|て(?:い|お)|とる|とり|つつあ)|(?:方針|方向性?)(?:が|は)(?:ほぼ|もう|すでに|既に)?固ま(?:った|りました|って(?:い|お)|っとる|っとり|りつつ)|(?:方向|方針|内容|線|案|形)で[、,]?[^。！？!?\n]{0,14}?(?:最終)?(?:(?:調整|協議|検討)(?:中|して|しと|しよ|に入|が(?:行われ|進め|進ん|大詰め)|を(?:進め|行っ|し)|しており)|詰め(?:て|と|よ|に入|の段階))|(?:方向|方針|内容|線|案|形)で[、,]?[^。！？!?\n]{0,8}?(?:ほぼ|大筋で?)?(?:まとま|固ま)(?:った|りました|って(?:い|お)|っとる|っとり|りつつ)|(?:素案|原案|試案|骨子案|たたき台|叩き台)(?:が|は|も)?(?:もう|すでに|既に|ほぼ)?(?:でき(?:て|た|と|あが)|出来(?:て|た|と|上が)|まとま(?:っ|り)|固ま(?:っ|り)|完成し|作られ|作成され|上がっ|あがっ)/gu
/** A secret aside of the writer's: まだ内緒なんですが, ここだけの話, オフレコで (not 親に内緒で相談できる). */
const LEAK_SECRET = /(?<!に|には|にも)(?:内緒|ないしょ|ナイショ)(?:なん|の話|やけど|だけど|ですが|ですけど|ばってん|で(?:す|お願い|ね|よ))|ここだけの話|オフレコ|内密に|他言無用|口外(?:しない|無用|禁止)/u
/** The release still to come: 正式発表は来月の予定, 公表前, 未発表ですが (a bare 発表は3月の予定 may be a contest's result). */
const LEAK_NOT_RELEASED = /(?:正式|公式)(?:な|の)?(?:発表|公表|お披露目|記者発表|報道発表)(?:は|が)[^。！？!?\n]{0,10}?(?:来週|来月|後日|これから|まだ|予定|見込み|[0-9０-９]+月|年明け|近く)|(?:正式|公式)?(?:発表|公表|記者発表|報道発表|解禁)(?:前|の前|される前|までは)|未(?:発表|公表)(?:です|だ|なん|の(?:情報|話|段階|案|計画|方針))|非公表/u
/** The bill the content sits in, still to be submitted (3月議会に提出予定の予算案において, 上程前の条例案では). */
const LEAK_BILL = /(?:提出|上程|提案)(?:予定|する予定|される予定|前|する前|される前)の[^。！？!?\n]{0,16}?(?:予算案|議案|条例案|条例改正案)(?:において|では|には|に|で)|(?:議会|定例会)(?:に|へ)(?:まだ)?(?:出す|出る|出される|提出する|提出される|かける|上程する)前/u
/** The inside named as the source of what is passed on (執行部ではもう…素案ができているそうです). */
const LEAK_INSIDE = /(?:執行部|庁内|役所内|市役所内|役所の中|内部|上層部|幹部|事務方|課内|部内)(?:で|では|の方で|の間で|には|に|の方では)/u
const LEAK_HEARD = /そう(?:です|だ|や|な(?!の))|らしい|みたい|げな|って(?:話|聞)|と(?:聞|伺)/u
/**
 * Blind R75A-132: a superior or a colleague named as who said it or from whom it was heard (…方針ば固めたって、上の人が話しよったよ; 上司が
 * 言ってたんだけど、…方針を固めたらしい; 幹部の方から伺ったところでは…方針が固まったとのこと; 課長の話では): the inside as the source, as
 * LEAK_INSIDE with LEAK_HEARD. Not when the sentence names a public occasion (記者会見, 議会で答弁, 説明会, あいさつ): said there, it is out.
 */
const LEAK_SPEAKER =
  /(?:上の人|上の方|上司|上層部|幹部|管理職|偉い人|えらい人|お偉いさん|お偉方|課長|部長|係長|次長|局長|室長|所長|先輩|同僚)(?:たち|達|ら|さん|の方々?|の人たち)?(?:の(?:話|お話)(?:では|だと|やと|によると|によれば)|(?:から|に)(?:聞い|聞き|聞いた|伺|うかが)|(?:が|も)[、,]?[^。！？!?\n]{0,40}?(?:言って|言っと|言いよ|言うと|言うて|言わ(?:れ|し)|話して|話しと|話しよ|話さ(?:れ|し)|おっしゃ))/u
/**
 * A direction or policy said plainly, with the writer's secret aside as its frame (ここだけの話、来年度は募集人数を倍に増やす方向みたい
 * です, 内緒なんですけど…開館時間を延長する方向らしいです, オフレコで…有料化の方向です): a decision in the making handed out under the
 * seal of secrecy. Only with a change of the city's in the sentence, and only with a secret aside (LEAK_SECRET) as the sign: a direction
 * said without one is forecast's warning.
 */
const DIRECTION_TOLD =
  /(?:(?<=[るいすたくぐむぶつう])(?<!しい|よい|いい|らしい)|(?<=化|廃止|統合|移転|新設|値上げ|値下げ|見直し|縮小|拡大|延長)の)(?:方向|方針)(?:性)?(?:です|だ|や|らしい|らしか|みたい|とのこと|のよう|っぽい|げな|ごたる|って|で(?:す|ある|決ま|固ま|進ん|動い))/gu
/**
 * A concrete change said to be put into a budget or a bill still to be compiled or submitted (上限額を100万円に引き上げる見込みで、当初
 * 予算案に計上する予定です, 無料にする方針で、予算案に盛り込む予定): the content of a bill before the city publishes it. A bill
 * submitted (計上し、議会に提案しました), a request to the state (計上するよう要望) and a budget put out for comment are not this.
 */
const INTO_BILL =
  /(?:当初予算案?|補正予算案?|予算案|新年度予算|来年度予算|次年度予算|議案|条例案|条例改正案)(?:に|には|へ)[、,]?[^。！？!?\n]{0,30}?(?:計上|盛り込|盛りこ|反映|組み込|入れ)(?:する|む|る|れる|み|させる)?(?:予定|方針|見込み|見通し|方向|つもり|考え)/gu
export function leaks(e: Emitter, t: string): void {
  if (!e.has.leakWords) return
  // 決定次第、市ホームページで公表いたします is a release still to come, not a publication.
  // (Where no promise can match, the paragraph is unchanged and the gate answers for LEAK_PUBLIC.)
  const unpromised = e.has.promised ? t.replace(PROMISED_WHEN_DECIDED, '') : t
  if ((unpromised !== t || e.has.leakPublic) && LEAK_PUBLIC.test(unpromised)) return
  if (e.has.corrected && CORRECTED.test(t)) return
  PROMISED_WHEN_DECIDED.lastIndex = 0
  const promised = e.has.promised && PROMISED_WHEN_DECIDED.test(t)
  // Said of the whole paragraph: worked out once, not per hit.
  const notReleased = LEAK_NOT_RELEASED.test(t)
  for (const m of matchAllOf(SETTLED_INSIDE, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // …との報道, という話がありますが: a report of it, judged by whether the post corrects it.
    if (/^[^。！？!?\n]{0,4}?(?:との|という|といった)(?:報道|話|噂|うわさ|記事)/u.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue
    // A secret aside said in the sentence or just before it (それと、まだ内緒なんですが…).
    const here = sentenceAround(t, m.index, m.index + m[0].length)
    const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
    // A direction in (final) coordination, its content a change or a penalty, with the release promised once it is decided.
    const coordinated = promised && /調整|詰め|まとま|固ま/u.test(m[0]) && LEAK_CONTENT.test(sentence)
    const sign = LEAK_SECRET.test(t.slice(before, here.end)) || notReleased || LEAK_BILL.test(sentence) || (LEAK_INSIDE.test(sentence) && LEAK_HEARD.test(sentence)) || (LEAK_SPEAKER.test(t.slice(before, here.end)) && !SPOKEN_IN_PUBLIC.test(t.slice(before, here.end))) || coordinated
    if (!sign) continue
    put(e, 'unofficial/leak', m.index, m.index + m[0].length)
  }
  // A direction said under a secret aside (ここだけの話、…増やす方向みたいです).
  if (e.has.secretWords) {
    for (const m of matchAllOf(DIRECTION_TOLD, t, MAX_HITS)) {
      const here = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(here.start, here.end)
      const before = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1).start : here.start
      if (!LEAK_SECRET.test(t.slice(before, here.end)) || !LEAK_CONTENT.test(sentence)) continue
      if (PUBLIC_PROCESS.test(sentence) || RUMOUR_AWARE.test(sentence)) continue
      put(e, 'unofficial/leak', wordStart(t, m.index), m.index + m[0].length)
    }
  }
  // A concrete change said to be put into a bill still to be compiled or submitted (…引き上げる見込みで、当初予算案に計上する予定です).
  if (e.has.billWords) {
    for (const m of matchAllOf(INTO_BILL, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (!CHANGE.test(sentence.replace(/予算/gu, '')) && !AMOUNT_CHANGE.test(sentence) && !BENEFIT.test(sentence)) continue
      if (PUBLIC_PROCESS.test(sentence) || /よう(?:に)?(?:要望|要請|求め|お願い)/u.test(sentence)) continue
      put(e, 'unofficial/leak', m.index, m.index + m[0].length)
    }
  }
}

/** Blind R85A-025: a matter overheard (こっそり聞いちゃったんやけど、…) handed on, when it is a change or a future matter told as coming. */
export function overheard(e: Emitter, t: string): void {
  for (const m of matchAllOf(OVERHEARD, t, MAX_HITS)) {
    // What the aside introduces: the rest of its sentence, or the next sentence when the aside ends its own (…聞いちゃった！…).
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    let told = t.slice(m.index + m[0].length, s.end)
    if (!/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(told) && s.end < t.length) told = sentenceOf(t, s.end, s.end)
    if (!(CHANGE.test(told) || BENEFIT.test(told) || ((FUTURE.test(told) || DECISION.test(told)) && ASIDE_NEWS.test(told)))) continue
    if ((NATURAL.test(told) && !CHANGE.test(told)) || RUMOUR_AWARE.test(told)) continue
    put(e, 'unofficial/rumour', m.index, m.index + m[0].length, { plain: '（確かめた事実）' }, quotedExample(t, m.index) || undefined)
  }
}

/**
 * Blind R323D-009 kind (unof59): a change told plainly, then put down to talk heard or raised somewhere by a word pointing back to it (…秋から一部
 * 路線が減便となります。先日の…会議で、そうしたお話が出ておりました; …来年から有料になります。そういう話を役所の人から聞きました; …閉館する
 * みたい。その話は商店街で耳にしました): the source the post gives is talk, not a decision. Only talk, a plan or a rumour pointed back to (そうした
 * 話, その案; not residents' voices or requests, そうした声を受けて), raised or heard (出ていました, 聞きました), with the change in the sentence before
 * or the same one, not in the past (閉店しました). A denial (そうした話は出ておりません) and a rumour corrected are not this.
 */
const TALK_BACK =
  /(?:そうした|そういう|そういった|そのような|そんな|こうした|こういう|そげな|そげん|その)(?:お?話|話題|案|構想|うわさ|噂|ウワサ)(?:が|も|は)[、,]?[^。！？!?\n、,]{0,6}?(?:出て(?:い|お)(?:ました|た|ます|る)|出ており(?:ました|ます)|出(?:ました|た)(?=[。！!よね]|$)|出とった|出とる|あり(?:ました)|あった|(?:挙が|上が|あが)って(?:い|お)|浮上して)|(?:そうした|そういう|そういった|そのような|そんな|こうした|こういう|そげな|そげん|その)(?:お?話|うわさ|噂|ウワサ)(?:を|ば|は)[、,]?[^。！？!?\n、,]{0,12}?(?:聞(?:きました|いた|いて(?:い|お)|きよ)|伺(?:いました|った|って(?:い|お))|うかが(?:いました|った)|耳に(?:し|挟|はさ))(?![^。！？!?\n、,]{0,6}?(?:方|かた|人|者|皆|みな|市民|住民|保護者|利用者|お客)(?:が|は|も|の|に|へ|から|、|,))/gu
const PAST_TOLD = /(?:ました|でした|(?<![るい])た|だった)(?:よ|ね)?[。！!…\s]*$/u
export function talkBack(e: Emitter, t: string): void {
  for (const m of matchAllOf(TALK_BACK, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const said = t.slice(s.start, m.index)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const before = prev ? t.slice(prev.start, prev.end) : ''
    const told = CHANGE.test(said) && !PAST_TOLD.test(said.replace(/[、,\s]+$/u, '')) ? said : CHANGE.test(before) && !PAST_TOLD.test(before) ? before : null
    if (told === null || RUMOUR_AWARE.test(t.slice(s.start, s.end)) || CORRECTED.test(t) || PUBLIC_PROCESS.test(told) || DECIDED_MEASURE.test(told) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/unannounced', m.index, m.index + m[0].length)
  }
}

/**
 * Blind R397W-003 kind: a change passed on from someone's words while the post concedes the formal notice is not out (漁協の人が言いよった
 * けど…遅らせるとって。正式な通知はまだやけん; 組合長さんが…早めるって言っていました。正式な連絡はまだですが): hearsay of a measure the writer
 * says itself is unofficial. The concession names a formal notice, announcement or decision still to come; a speaker's words or a hearsay
 * ending (って, とって, らしい, げな) and a change or a shift of dates must be in the same paragraph. A notice to wait with no one's words
 * passed on (正式な決定はまだですので、決まり次第お知らせします) is not this.
 */
const FORMAL_NOTICE_NOT_OUT =
  /(?:正式|公式)(?:な|の)?(?:通知|通達|連絡|発表|お知らせ|告知|決定|文書)(?:は|が|も)[、,]?(?:まだ(?!まだ)|これから|出て(?:い|お)?(?:ない|ません|りません|なか|ん))|(?:正式|公式)には[、,]?(?:まだ|決まって(?:い|お)?(?:ない|ません|なか))/u
const WORDS_PASSED_ON =
  /(?:言|話|おっしゃ)(?:い|っ|し)(?:よん|よ|とん|と|てい|てお|て|ちょ)?(?:しゃっ|らしゃっ|られ|っ|ま)?(?:た|した)(?![人方者])|(?<=[るた]|ない)と?って(?=[。！!、,…〜~]|$)|(?:と|って)(?:聞|伺|耳に)|らしい|らしか|げな/u
const DATES_MOVED = /遅らせ|早め(?:る|ま|て)|延ば(?:す|し)|前倒し|後ろ倒し|先送り|ずらす|ずらし/u
function noticeNotOutHeard(e: Emitter, t: string): void {
  if (!FORMAL_NOTICE_NOT_OUT.test(t) || !WORDS_PASSED_ON.test(t) || LEAK_PUBLIC.test(t) || RUMOUR_AWARE.test(t)) return
  for (const m of matchAllOf(/[^。！？!?\n]{1,200}/gu, t, MAX_HITS)) {
    const sentence = m[0]
    if (FORMAL_NOTICE_NOT_OUT.test(sentence) || !WORDS_PASSED_ON.test(sentence)) continue
    if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || DATES_MOVED.test(sentence))) continue
    put(e, 'unofficial/rumour', m.index, m.index + sentence.length, { plain: '（確かめた事実）' })
    return
  }
}
/**
 * Blind R399Y-003 kind: an option the office in charge is weighing, told while it is talked over (…に期日前投票所を置けないか、いま担当で話し
 * 合っているところです; 窓口を土曜も開けられないか、課内で検討しているところです): a measure under the city's own discussion handed out before it is
 * decided. The option is a potential verb with ないか, the talk inside (担当, 課内, 庁内, 内部) and going on. Talk with residents or children
 * (…作れないか、子どもたちと話し合っています) and a question with no option (どうすれば…か、担当で話し合っています) are not this.
 */
const OPTION_TALKED_INSIDE =
  /(?:[えけげせぜてでねべめれ]|られ|でき)(?:ない|ん)(?:か|かと|かどうか)[、,]?(?:いま|今|現在|ただいま|目下)?[、,]?(?:担当|担当課|担当部署|担当者|係内|課内|庁内|部内|内部|職員|事務局)(?:の間|の方|のほう)?(?:で|内で)[、,]?(?:話し合|検討|協議|相談|議論)(?:って|して|を(?:して|重ねて|進めて))(?:い|お)(?:る|ます|ところ)/u
function optionTalkedInside(e: Emitter, t: string): void {
  const m = OPTION_TALKED_INSIDE.exec(t)
  if (!m || LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  const s = sentenceAround(t, m.index, m.index)
  put(e, 'unofficial/rumour', s.start, m.index + m[0].length, { plain: '（確かめた事実）' })
}
/*
 * Blind R401A/R403C, LS kinds: the inside's leaning and one's own outlook on an undecided measure, and a call's procedure dated. One block:
 * the patterns and the functions that read them.
 *
 * Blind R401A-054 kind: an opinion said to prevail at a meeting inside the office (部内会議で、…を引き上げる意見が大勢を占めました; 課内では
 * …廃止すべきだという声が多数でした; 庁内の打ち合わせで…統合する案に賛成が多く): the leaning of the inner stage told as the outcome, a change
 * the council or the city has not decided (`insideMajority`). Clean: a survey's or a public meeting's opinions (アンケートでは…という意見が
 * 多数を占めました, 説明会では), a vote of the council (賛成多数で可決), a measure the post says was decided.
 * Blind R403C-033 kind: the writer's own outlook on a change (…近いうちに市内全域へ広がるものと私は見ています, 値上げされるものとみて
 * います, …と踏んでいます) or on a service of the city spreading to the whole city (戸別収集は…全域に広がると思います): a forecast in the
 * first person of what the city has not decided (`ownOutlook`). Clean: an outlook on the weather, a crowd or an effect (回復するものと
 * 見ています) or on a grant's take-up (補助金を活用する事業者が増えるものと見ています), a spread of an illness, a plan announced (4月から
 * 市内全域で実施します).
 * Blind LS-002 kind: in a call for applications (申請, 募集, 受付 in the paragraph), the date of its own procedure told as expected (交付決定は
 * 10月下旬になる見込みです, 審査結果の通知は11月上旬の見込み, 補助金の支給は12月ごろとなる見通しです): the published schedule of the call, not
 * a benefit forecast (`callStepDated`, read by `forecasts`).
 */
const INSIDE_MEETING = /(?:庁内|役所内|課内|部内|係内|局内|内部|幹部|執行部|職員(?:の間|同士))(?:の)?(?:会議|会合|打ち合わせ|打合せ|ミーティング|検討会|勉強会|話し合い)?(?:で|では|でも|の中で|の場で)/u
const MAJORITY_HELD = /(?:意見|声|考え|案|賛成|方向)(?:が|は)[、,]?(?:大勢|多数|大半)(?:を占め|で(?:し|あ)|です|だ)|(?:意見|声|賛成)(?:が|は)[、,]?(?:多く|多か)(?:を占め|あ|出|で|[、,。])|(?:意見|声|考え)(?:が|で)[、,]?(?:ほぼ)?(?:一致|まとま)/u
function insideMajority(e: Emitter, t: string): void {
  const inside = INSIDE_MEETING.exec(t)
  if (!inside) return
  const s = sentenceAround(t, inside.index, inside.index)
  const sentence = t.slice(s.start, s.end)
  const held = MAJORITY_HELD.exec(sentence)
  if (!held || !(changeBeyondBenefit(sentence) || DIRECTED_MEASURE.test(sentence)) || DECIDED_MEASURE.test(t) || PUBLIC_PROCESS.test(sentence) || /可決|否決|議決/u.test(sentence) || quotedExample(t, inside.index)) return
  put(e, 'unofficial/undecided', inside.index, s.start + held.index + held[0].length, { noun: topicOf(sentence) })
}
export function insideAndOutlook(e: Emitter, t: string): void {
  if (/大勢|多数|大半|多く|多か|一致|まとま/u.test(t)) insideMajority(e, t)
  if (/見て|みて|踏んで|ふんで|読んで|予想して|予測して|にらんで|睨んで|見込んで|全域|全地区|全校|全戸|全市|全体|地区/u.test(t)) ownOutlook(e, t)
}
export function unofficialTalkPassedOn(e: Emitter, t: string): void {
  if (/正式|公式/u.test(t)) noticeNotOutHeard(e, t)
  if (/ないか|んか/u.test(t)) optionTalkedInside(e, t)
  if (/回|まわ|流れ|広ま|広が|バズ|話題/u.test(t)) claimGoingRoundEndorsed(e, t)
}

/*
 * Blind wave 86 kinds (unof86):
 * - Blind R429E-021 kind: a measure told as decided (統合が決まりました; 方向性はもう固まっています) while the post concedes that the council's
 *   report, the consultation or the public comment is still ahead (審議会の答申は来月ですが; 諮問はこれからですが; パブリックコメントはまだですが):
 *   read by decidedBeforeStep, FORMAL_STEP_AHEAD naming these steps and a time ahead (来月, 秋ごろ, 3月末) as well as まだ / これから. A step
 *   done (答申を受けて, 可決され) or nothing told as decided stays clean.
 * - Blind R430F-041 kind: a rumour quoted in brackets, then said heard (「…が来年度末で閉館になる」との話を耳にしました; 「…が有料になる」という
 *   噂を聞きました): the bracket holds the unconfirmed change itself, which the post passes on. Only a change (CHANGE) or a benefit in the
 *   bracket; a denial or correction in the post (事実ではありません, デマ, 予定はありません), a question (本当ですか), a feeling heard
 *   (「楽しかった」という話を聞きました), words quoted to be deplored (驚きました, 根拠はありません) or shown as a scam's to beware of (ご注意,
 *   転送しないで) stay clean.
 * - Blind MG-049 kind (FP): the city's own direction told in its own voice with a plain future of preparing (…を増やす方向で準備を進めます;
 *   …広げる方向で準備いたします): its own operation decided and acted on, no forecast of others. A direction still under talks (方向で調整中),
 *   a direction passed on (らしい, とのこと, 聞いて), a secret (内緒, ここだけ), a progressive (準備を進めています) or a change needing the
 *   council or a fee (統合, 廃止, 有料, 料金, 条例) stays a finding.
 */
const QUOTED_TALK_HEARD = /[」』](?:との|という|っていう|って|とかいう|なんて)(?:話|噂|うわさ|情報)(?:を|ば)?[、,]?(?:ちらほら|最近|先日|たまたま|偶然)?[、,]?(?:耳にし|小耳に|聞き|聞い|伺い|伺っ|うかがい|うかがっ)/gu
const QUOTED_TALK_DENIED = /事実(?:では|じゃ)(?:ありません|ない)|事実は(?:一切)?(?:ありません|ございません)|デマ|誤り|根拠(?:は|が|の)(?:ない|ありません|ございません)|(?:予定|計画|方針|考え)(?:は|も)[、,]?(?:一切|全く|まったく|現時点で)?(?:ありません|ございません|ない)|本当(?:です)?か|ほんと(?:う)?(?:です)?か|[?？]|驚き|おどろ|びっくり|ひどい|許せ|差別|ご注意|注意して|惑わされ|転送|広めない|拡散しない|詐欺/u
export function quotedTalkHeard(e: Emitter, t: string): void {
  if (QUOTED_TALK_DENIED.test(t)) return
  for (const m of matchAllOf(QUOTED_TALK_HEARD, t, MAX_HITS)) {
    const open = Math.max(t.lastIndexOf('「', m.index), t.lastIndexOf('『', m.index))
    if (open < 0 || m.index - open > 80) continue
    const inner = t.slice(open + 1, m.index)
    if (!(CHANGE.test(inner) || BENEFIT.test(inner)) || !FUTURE.test(inner) && !/(?:に|と)なる$|される$|する$/u.test(inner)) continue
    if (quotedVoice(t, m.index)) continue
    put(e, 'unofficial/rumour', open, m.index + m[0].length, { plain: inner })
    return
  }
}
/*
 * Blind wave 88 kinds (heardFromOutsider, pressReportPassedOn, calledSure, hedgedAnswerReadAsDecided, billProposedAsPassed, cityCourseGuessed, councilMatterStance):
 * - Blind R435L-024 kind: talk heard from someone outside the city, framed as such (旅行会社の方からちらっと伺った話では; 知り合いの業者さん
 *   から聞いた話だと; 県の人にこっそり教えてもらった話によると), then a matter still to come told in the press's hedge or hearsay (…飛ぶ模様,
 *   …できるらしい, …始まるとのこと, …出店する予定みたい): off-the-record talk passed on (unofficial/rumour). Read in the sentence the frame opens;
 *   the thing told must be ahead (a verb's plain form before the hedge). Clean: a friendly fact or a feeling heard (とても喜んでいたとのこと), the
 *   past or tradition told (昔は…だったそうです), the city's own department asked (担当課に伺った話では), the talk denied (事実ではありません).
 * - Blind R436M-024 kind: what a weekly, a part of the press or the net says about someone (一部の週刊誌では…とも言われています; ネット上では
 *   …と噂されています; 一部報道では…と報じられています) passed on without confirmation (unofficial/rumour), when it tells a claim about a
 *   person of the city (市長, 議員, 職員 … 辞任, 不倫, 体調) or a change. Clean: the same report denied or warned against (事実ではありません,
 *   惑わされないで), a saying about the town (ネットでは「日本のベニス」と言われています), the city's own release awaited with nothing told.
 * - Blind R436M-026 kind: a project not yet decided called certain (来年度の着工はもう確実でしょう; 完成はほぼ間違いないと思います; 誘致も
 *   決まったも同然です): unofficial/forecast. Clean: 確実に + a verb (確実に進めてまいります), a measure the post says was passed or is under way
 *   (可決され, 工事中, 契約を締結), a sport's or a count's result.
 * - Blind R436M-052 kind: a hedged answer in the council or to the press (「検討する」と答弁; 「研究してまいります」との回答; 前向きに検討すると
 *   述べました) read as a decision in the post (これで…は決まりですね, もう実現確定, いよいよ決定です): unofficial/forecast. Clean: the answer
 *   told as it is, with a promise to report when decided (決まり次第お知らせします), a plain future of the city's own.
 * - Blind R436M-055 kind: a bill only proposed, submitted or tabled (本日の議会に提案された条例改正により; 提出中の予算案で; 上程された議案に
 *   より) told as in force (…無料になります, …支給します, …始まります): unofficial/undecided. Clean: the outcome made conditional on the vote
 *   (可決されれば, 成立した場合は), the bill passed (可決された条例改正により), the proposal itself reported (…を提案しました).
 * - Blind R435L-027 kind: the city's future course guessed on its behalf (市としても今後は規制の方向に進むはず; 市も…に舵を切るでしょう;
 *   行政としても廃止の方向に動くと思います): one person's reading of a policy not decided (unofficial/forecast). Clean: the city's course
 *   stated in its own voice (市としても…方向で検討を進めます), thanks or a plain statement after 市としても.
 * - Blind R436M-032 kind: the executive's stance taken on a matter that is the council's own (議員定数, 議員報酬, 政務活動費, a petition to the
 *   council) (市としても定数は減らすべきだと考えています; 本市としては議員報酬の引き下げに賛成です): unofficial/personal-view. Clean: the
 *   petition or the debate reported, the city leaving it to the council (議会でご判断いただくものと考えています).
 * - Blind MK-034 kind (FP): how participants took an event that was held, told in a past guess (参加した皆さんも…を見直すきっかけになったよう
 *   です; 受講者の皆さんにも好評だったようです): a report of what happened, no forecast (kept in `forecasts`).
 */
const HEARD_FRAME = /(?:の方|さん|関係者|知り合い|知人|業者|会社|筋)(?:から|に)[、,]?(?:ちらっと|ちらりと|ちょっと|こっそり|内々に|たまたま|非公式に)?[、,]?(?:伺|うかが|聞|き|教えて(?:もら|いただ))(?:っ|い)た(?:話|ところ)(?:では|だと|によると|によれば|では)[、,]?/gu
const HEARD_AHEAD88 = /(?:る|す|く|ぶ|む|つ|ぐ|う|ない)(?:模様|もよう|らしい|らしく|みたい|そう(?:です|だ|で)|とのこと|予定(?:らしい|みたい|とのこと)?|見込み|ようです|ってこと)/u
const HEARD_CITY = /(?:市|県|課|係|室|局|部|役所|市役所|担当)(?:の方|の人|の職員)?(?:から|に)[、,]?(?:ちらっと|ちょっと)?[、,]?(?:伺|うかが|聞)/u
const HEARD_FEELING = /喜|楽し|感謝|うれし|嬉し|満足|好評|感動|驚|懐かし|昔|かつて|以前|当時/u
/** A matter ahead heard from someone outside the city (旅行会社の方から伺った話では…らしい): a rumour; feelings, trivia and the city as source stay clean (was unof88). */
export function heardFromOutsider(e: Emitter, t: string): void {
  if (/話|ところ/u.test(t) && /伺|うかが|聞|教え/u.test(t)) {
    for (const m of matchAllOf(HEARD_FRAME, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const lead = t.slice(s.start, m.index + m[0].length)
      const rest = t.slice(m.index + m[0].length, s.end)
      const ahead = HEARD_AHEAD88.exec(rest)
      if (!ahead || HEARD_CITY.test(lead) || HEARD_FEELING.test(rest) || REPORT_DENIED.test(t) || TRIVIA.test(rest) || quotedVoice(t, m.index)) continue
      // (The excerpt opens with who told it: 旅行会社の方から….)
      const who = /[\p{Script=Han}\p{Script=Katakana}ー]{1,8}$/u.exec(t.slice(Math.max(0, m.index - 8), m.index))?.[0].length ?? 0
      put(e, 'unofficial/rumour', m.index - who, m.index + m[0].length + ahead.index + ahead[0].length, { plain: rest.slice(0, ahead.index + 1) })
      break
    }
  }
}
const HEARD_CASUAL = /(?:[るうくすつぶむぐ]|ない|れた|(?<!か)った|いた|んだ|した|きた)(?:ん(?:だ|です))?って(?:聞|き)(?:いた|いちゃった|きました|いてます|いています|いたんだ|いたよ)/gu
const OVERHEARD_FRAME = /(?:聞い|きい|耳にし)(?:ちゃった|ちゃいました|てしまった|た|ました)(?:ん(?:だ|です|や)|の)?(?:けど|けれど|けれども|が)[、,]?/gu
const TOLD_AS_HEARD = /(?:る|ない|まる|なる)(?:ん)?(?:だって|やって|ですって|らしい|らしいよ|みたい)/u
const AHEAD_OR_INCIDENT = /来月|来年|再来年|来週|今度|次(?:の|回)|近く|もうすぐ|そのうち|から|より|れた|盗|事故|事件|火事|火災|逮捕|不審|被害/u
const HEARD_SOFT = /喜|楽し|感謝|うれし|嬉し|満足|好評|感動|ありがと|よかった|良かった|おいし|美味し|昔|かつて|以前|当時|由来/u
/**
 * Blind R445W-014 kind: the same casual hearsay in any script and about a place named after history (…白秋生家の入館料が無料になるってきいたよ;
 * 来月から…記念館が休館になるって聞いた〜; 来年度から城跡の駐車場が有料になるってきいたよ): a matter ahead told as heard. A time to come named
 * (来年度から, 来月, 今度) outweighs a history word in a place's name. Clean still: the past (昔は…あったってきいたよ), trivia with no time to
 * come (白秋は…好きだったってきいたよ), a feeling heard.
 */
const HEARD_FUTURE = /来年度|来年|再来年|来月|来週|来春|来秋|今度|次回|近く|もうすぐ|そのうち|[0-9０-９]{1,2}月から/u
/** A matter ahead or an incident passed on casually as heard (…って聞いた, 聞いちゃった…らしい): a rumour; soft news, trivia and the city as source stay clean (was unof89). */
export function casualHearsay(e: Emitter, t: string): void {
  if (/聞|きい|きき|耳に/u.test(t) && !REPORT_DENIED.test(t)) {
    let done = false
    for (const m of matchAllOf(HEARD_CASUAL, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const told = t.slice(Math.max(s.start, m.index - 50), m.index + m[0].length)
      // A plain verb before って (出してくれるって, 始まるって) tells a matter ahead by its tense; ている and ある tell a state.
      const ahead = /[るうくすつぶむぐ](?:ん(?:だ|です))?って/u.test(m[0]) && !/(?:てい|て|い|あ)る(?:ん(?:だ|です))?って/u.test(t.slice(m.index - 2, m.index + m[0].length))
      // (A history word that is a place's name, 白秋生家, tells no history when a time to come is named: 来年度から…になるってきいたよ.)
      if (!(ahead || AHEAD_OR_INCIDENT.test(told)) || HEARD_SOFT.test(told) || (TRIVIA.test(told) && !(ahead && HEARD_FUTURE.test(told))) || HEARD_CITY.test(told) || /[?？]|でしょうか|ですか/u.test(t.slice(s.start, s.end)) || quotedVoice(t, m.index)) continue
      // (The excerpt is the hearsay marker, って聞いた, as the older readers of it give it.)
      const at = m.index + m[0].indexOf('って')
      put(e, 'unofficial/rumour', at, m.index + m[0].length, { plain: told })
      done = true
      break
    }
    if (!done) {
      for (const m of matchAllOf(OVERHEARD_FRAME, t, MAX_HITS)) {
        const from = m.index + m[0].length
        const rest = t.slice(from, from + 80).replace(/[。！？!?\n][^]*$/u, '')
        const a = TOLD_AS_HEARD.exec(rest)
        const lead = t.slice(sentenceAround(t, m.index, from).start, from)
        if (!a || !AHEAD_OR_INCIDENT.test(rest.slice(0, a.index + a[0].length)) || HEARD_SOFT.test(rest) || TRIVIA.test(rest) || HEARD_CITY.test(lead) || quotedVoice(t, m.index)) continue
        const verb = /[^\s、,。！？!?「」がをにで]{0,8}$/u.exec(rest.slice(0, a.index))?.[0].length ?? 0
        put(e, 'unofficial/rumour', from + a.index - verb, from + a.index + a[0].length, { plain: rest.slice(0, a.index + a[0].length) })
        break
      }
    }
  }
}
