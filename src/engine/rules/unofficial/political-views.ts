/**
 * Political views (5(1) with 2: 政治的中立): a view on a national issue, a local campaign, an election or a candidate given
 * in a city post (消費税は…すべき, 現職の再選が確実, …さんに託したい). Stays clean: the city's declarations, election notices,
 * turnout published, results counted.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { ELECTION, ELECTION_HELD, FORMAL_REQUEST, MAX_HITS, put, quotedExample, sentenceOf } from './context'
import type { Emitter } from './context'

/**
 * The matches of the global `re` in the paragraph `t` (at most MAX_HITS tried) that are a view on an election: `context` is
 * said in their sentence or the one before it (an election held, a vote named), and the sentence is neither `notice` (a
 * neutral notice, when given) nor a formal request of the city; a match quoted as an example or standing inside 「…」 is
 * someone else's words. Offsets are `t`'s.
 */
function electionViews(t: string, re: RegExp, context: RegExp, notice: RegExp | null): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  for (const m of matchAllOf(re, t, MAX_HITS)) {
    const s0 = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
    const sentence = t.slice(s0.start, s0.end)
    if (!context.test(t.slice(prev, s0.end)) || notice?.test(sentence) || FORMAL_REQUEST.test(sentence) || quotedExample(t, m.index)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    out.push(m)
  }
  return out
}

/**
 * A political opinion on a national issue taken by the account (消費税はすぐにゼロにするべきやと思う, 原発の再稼働には反対です, 憲法は
 * 改正すべき, ○○党を支持します): a side taken on a contested question that is not the city's view, whoever says it (a staff member or
 * a mascot). A question put to readers (改正すべきかどうか), a view quoted (「…」という意見), a tax notice and the city's formal request
 * (国に要望しています, 意見書を提出) are not this.
 */
const POLITICAL_ISSUE = '(?:消費税|所得税|住民税|増税|減税|インボイス|憲法|改憲|護憲|九条|9条|原発|原子力発電所?|再稼働|安保法|安全保障|防衛費|集団的自衛権|辺野古|基地移設|核兵器|核武装|死刑制度|夫婦別姓|同性婚|移民|政権|内閣|首相|総理|与党|野党|自民党|自民|立憲民主党?|立憲|維新|公明党|共産党|国民民主党|れいわ|参政党|社民党)'
const POLITICAL_STANCE =
  '(?:(?:ゼロ|廃止|撤廃|撤回|中止|凍結|引き下げ|引き上げ|下げ|上げ|減ら|増や|なくす|無くす|なくし|やめ|止め|辞め|減税|増税|改正|改憲|再稼働|解散|退陣|辞任|交代|見直)[^。！？!?\n]{0,6}?(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか)|しろ|せよ|(?:て|で)(?:ほしい|欲しい|ほしか|くれ)|たらいい|ればいい|なきゃ|ないと(?:いけない|だめ|ダメ))|(?:に|には|は)(?:断固|絶対|大)?(?:反対|賛成)(?:です|だ|や|!|！|。|$|します|しとる|してる|している|しています|っちゃ|ばい|やけん)|(?:を|は)支持(?:します|する|してる|している|しています)|(?:反対|賛成|阻止|推進|撤回|廃止|護憲|改憲)\\s?(?:の|する|を求める)?\\s?(?:運動|デモ|署名(?:活動)?|活動|集会|キャンペーン|声)(?:を|に)[、,]?(?:応援|支持|支援|賛同|参加|広げ|上げ)(?:します|しています|する|してる|しましょう|しよう|してください|を))'
/** The city's declaration, resolution or ordinance cited as the ground of a stance (平和都市宣言に基づき, 議会の決議を受けて, 条例の趣旨に沿って). */
const CITY_DECLARED = /(?:都市)?宣言(?:に基づ|にもとづ|を受け|の趣旨|都市として|のまち)|決議(?:に基づ|にもとづ|を受け)|議決(?:に基づ|を受け)|条例(?:に基づ|にもとづ|の趣旨)/u
const POLITICAL_VIEW = new RegExp(`${POLITICAL_ISSUE}[^。！？!?\\n]{0,40}?${POLITICAL_STANCE}`, 'gu')
/**
 * Blind R260K-015 kind: a campaign for or against a measure of the city backed by the account (個人的には、市民プール廃止に反対する署名に
 * 賛同しています…ぜひ署名を; 図書館移転の見直しを求める署名活動を応援しています; 庁舎建て替え反対の運動に参加しています): a side taken on a
 * disputed local policy, as on a national issue. Only a measure (廃止, 移転, 統合, 建設 …) before the campaign and the writer's own backing or
 * joining after it; a campaign reported (署名が市長に手渡されました), a petition received and an event's own campaign stay clean.
 */
const LOCAL_MEASURE = '(?:廃止|統廃合|統合|移転|閉鎖|閉館|閉校|閉園|閉所|建設|建て替え|建替え|民営化|売却|値上げ|有料化|誘致|再開発|計画|撤去|新設|条例|民間委託|縮小|休止)'
const LOCAL_CAMPAIGN = new RegExp(`${LOCAL_MEASURE}(?:に|へ|の|を)?[、,]?(?:反対|賛成|阻止|推進|撤回|存続|見直し|白紙)\\s?(?:を求める|する|の)?\\s?(?:運動|デモ|署名(?:活動)?|活動|集会|キャンペーン|会)(?:を|に)[、,]?(?:応援|支持|支援|賛同|参加)(?:します|しています|しとります|しとる|してる|している|してます|しました|しましょう|しよう|してください|を)`, 'gu')
const CANDIDATE = '(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補)|与党|野党|[\\p{Script=Han}]{1,4}党)'
const CANDIDATE_VERDICT =
  '(?:(?:だけは|だけには|には|は|も)[、,]?(?:絶対|ぜったい|正直)?(?:ない(?:わ|な|よ|です|でしょ|やろ|って)?(?:[。！!…〜~]|$)|ありえない|あり得ない|無理|論外|勘弁|いや(?:だ|や|です)|イヤ|ダメ|だめ|嫌(?:だ|や|い|です)|期待できな|頼りな|パッとしな|ぱっとしな|ピンと(?:こ|来)な|魅力(?:が|を感じ)?な)|(?:に|へ)(?:一票|1票)?(?:入れる|入れます|入れよう|入れた|入れたい|投票する|投票します|投票したい|投票しよう)|(?:に|が)(?:は|も)?(?:勝って|当選して|受かって|落ちて|負けて)(?:ほしい|欲しい|ほしく(?:な|は)|くれ)|を(?:応援(?:します|してる|しています|してます|したい)|支持(?:します|する|してる|しています)|推します|推す))'
const ELECTION_VIEW = new RegExp(`${ELECTION}[^。！？!?\\n]{0,40}?${CANDIDATE}[^。！？!?\\n]{0,12}?${CANDIDATE_VERDICT}`, 'gu')
const ELECTION_OUTCOME = new RegExp(`(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補))(?:で|の|が)(?:まあ|ほぼ|もう|たぶん|多分|きっと|まず)?[、,]?(?:決まり|圧勝|楽勝|勝ち|当選|逃げ切り|優勢|有利|勝つ|勝てる|当選する|受かる|落ちる|負ける)(?:でしょう|だろう|やろ|かな|っぽい|みたい|と思|かも|じゃない|んじゃない|のでは|そう|濃厚)`, 'gu')
/**
 * Blind R409J-038 kind: who wins a vote told as the view going round, of insiders or anyone (関係者の間では現職の再選が確実と見られています,
 * 新人の当選が濃厚との見方が強い, 現職の三選は固いと言われています, 与党の過半数は確実視されています, 候補の優勢が伝えられ) or flatly (現職の再選が確実です): the outcome of a
 * vote not yet held passed on by the account that runs it. An outcome word (再選, 当選, 勝利, 優勢 …) of a contender, then a near-certainty
 * (確実, 濃厚, 有力, 固い, 確実視) closed by a seen-or-said frame (と見られ, との見方, と言われ, とささやかれ) or a copula; the vote named in that
 * sentence or the one before (ELECTION_HELD). Clean: a result counted (開票の結果…当選が確定しました, 当選確実となりました), a candidate's aim
 * (再選を目指して), turnout.
 */
const ELECTION_SEEN_WIN = '(?:再選|三選|四選|五選|多選|[0-9０-９]選|当選|初当選|返り咲き|勝利|圧勝|優勢|劣勢|落選|敗北|苦戦|独走|逃げ切り|過半数(?:獲得|確保)?|議席(?:獲得|確保)?)'
const ELECTION_SEEN_SURE = '(?:ほぼ|まず|もはや|すでに|既に|ほとんど)?[、,]?(?:確実|濃厚|有力|固い|堅い|かたい|間違いない|間違いなし|決定的|確定的|必至|目前|鉄板)'
const ELECTION_SEEN = new RegExp(
  `(?:現職|新人|前職|元職|候補(?:者)?|[\\p{Script=Han}ァ-ヶー]{1,6}(?:さん|氏|候補)|与党|野党|[\\p{Script=Han}]{1,4}党)(?:の|が)?[、,]?${ELECTION_SEEN_WIN}(?:が|は|も)?[、,]?(?:${ELECTION_SEEN_SURE}(?:だ|である)?(?:と|との|だと|とも)[、,]?(?:の)?(?:見られ|みられ|言われ|いわれ|ささやかれ|囁かれ|予想され|予測され|伝えられ|観測され|思われ|見方|見通し|声|噂|うわさ|評判|もっぱら)|${ELECTION_SEEN_SURE}(?:です|でしょう|だろう|ですね|ですよ|みたい|らしい|だ(?=[。！!よね]|$))|(?:確実視|有力視|当確視|濃厚視)(?:され|して)|(?<=優勢|劣勢|苦戦|独走)(?:と|を|が)?[、,]?(?:伝えられ|報じられ|見られ|みられ|言われ|いわれ|ささやかれ|囁かれ|予想され|予測され))`,
  'gu',
)
/**
 * Blind R179I-006: a candidate in a coming election praised or backed on the city's account (来月の市長選挙に立候補を表明された…立花誠さんは、
 * …誰よりも熱心に取り組んでこられた方です。柳川の未来を託せる方だと思います): an endorsement, whatever its words. A person named as having
 * declared (立候補を表明された…さん, …さんが…出馬を表明), the vote named in that sentence or the one before, and praise or backing of the
 * person in that sentence or the next (託せる, ふさわしい, 適任, 期待しています, 応援しています, 誰よりも). A declaration reported with no
 * praise, one not to run (立候補しないことを表明) and a notice of the candidates' briefing or debate are not this.
 */
const DECLARED_CANDIDATE = /(?:立候補|出馬)(?:を|の)?(?:表明|予定|決意|届け出|届出)(?:を)?(?:され|し|なさ)?(?:た|ている|ておられる|ました)?[^。！？!?\n]{0,16}?[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:さん|氏|様)(?!方)|[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?<![皆各])(?:さん|氏|様)(?:が|は)[、,]?[^。！？!?\n]{0,20}?(?:立候補|出馬)(?:を|の)?(?:表明|決意)/gu
const CANDIDATE_PRAISED = /託せる|託したい|任せられる|任せたい|ふさわしい|相応しい|適任|ぴったり|うってつけ|(?:期待|応援)(?:して(?:い|お)?(?:ます|る)|しとる|したい|します)|信頼でき|頼もしい|心強い|誰よりも|(?:素晴らしい|すばらしい|立派な|頼れる)(?:方|人|候補)|頑張って(?:ほしい|いただきたい|もらいたい)|当選(?:して(?:ほし|いただ|もらい)|を(?:願|祈|お祈))/u
/**
 * Blind R239N-019 kind: a person named, in an election's context, and held up as the one who should take office (…に本気で取り組んでいる
 * 清水 孝明さんのような方にこそ、ぜひ市政に加わってほしい; 田中さんには議員として活躍してほしい; …さんに当選してほしい): an endorsement
 * with no declared candidacy named, which the official account must never give (5(1): a staff member's view, not the city's). The vote
 * (選挙, 市議選, 投票) in the sentence or the one before; the person with さん, 氏 or 候補, not the readers (皆さん). A notice of the vote, a
 * list of the candidates or a debate (説明会, 討論会, 選挙公報, 投票所), a wish that the readers vote (皆さんにこそ投票してほしい) and a council
 * member named in their role (清水議員が一般質問で…) are not this.
 */
const PERSON_BACKED = /[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:[\s　][\p{Script=Han}\p{Script=Katakana}ー]{1,6})?(?<![皆各])(?:さん|氏|候補)(?:のような|みたいな|の(?:ような|様な))?(?:方|人|かた)?(?:にこそ|こそ|には|にも|に|が|は)[、,]?[^。！？!?\n]{0,16}?(?:(?:市政|県政|国政|市議会|県議会|議会|議場|政治|まちづくりの先頭)(?:に|へ|で)[、,]?(?:ぜひ|是非)?[、,]?(?:加わ|入|参加し|活躍し|立|携わ)(?:って|て|して)?(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|(?:議員|市長|首長|代表)(?:に|として)[、,]?[^。！？!?\n]{0,6}?(?:なって|選ばれて|活躍して|働いて)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|当選(?:して(?:ほし|いただ|もらい)|を(?:願|祈|お祈))|託せる|託したい|任せられる|任せたい|(?:市政|まち|町|未来|将来)を(?:託|任せ))/gu
const VOTE_NAMED = new RegExp(`${ELECTION}|投票`, 'u')
/**
 * Blind R239N-028 kind: a political group or a party named, its platform (政策集, 公約, マニフェスト) cited and praised or backed (「みらい
 * 筑後の会」さんの新しい政策集、…心強いです。柳川の未来を任せられるのはここかも; ○○党の公約には共感します): a side taken on the official
 * account, with or without an election named. A group's platform reported with no praise (各会派の政策集は議会のホームページで公開), a
 * proposal the city receives (要望, 提言を受け) and an association of the city (協会, 委員会, 町内会) are not this.
 */
const PARTY_PLATFORM = /(?:「[^「」\n]{1,20}(?:(?<![協員議工治内議])会|党|会派|クラブ)」|(?<![各全他])[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:党|会派))(?:さん|様)?(?:の|が)[^。！？!?\n]{0,10}?(?:政策集|政策|公約|マニフェスト|政策提言)/gu
const PLATFORM_PRAISED = /託せる|託したい|任せられる|任せたい|ふさわしい|相応しい|適任|(?:期待|応援)(?:して(?:い|お)?(?:ます|る)|しとる|したい|します|でき)|信頼でき|頼もしい|心強い|共感(?:します|しました|でき|しか)|賛同(?:します|しました)|支持(?:します|したい)|(?:素晴らしい|すばらしい)(?:です|内容|政策|公約)|(?:市政|まち|町|未来|将来)を(?:託|任せ)/u
/** Notices of the vote (説明会, 討論会, 選挙公報, 期日前投票, 選挙管理委員会): the city's business, no side taken. */
const CANDIDATE_NOTICE = /説明会|討論会|選挙公報|期日前投票|選挙管理委員会|選管|啓発|投票所/u
/** A notice of the vote or its candidates' events (投票日, 説明会, 公開討論会, 選挙公報): the city's business, no side taken. */
const ELECTION_NOTICE = /説明会|討論会|選挙公報|投票日|期日前投票|立候補予定者|届出|啓発|選挙管理委員会|選管/u

/**
 * Blind R260K-016 kind: in an election's notice, whom to vote for hinted as plain to see (どなたに託すべきかは自ずと明らかではないでしょうか, 誰を
 * 選ぶべきかは言うまでもありません, どの候補に一票を投じるべきか、答えは出ているはずです): a side taken without a name, the record of the
 * incumbent or a slogan pointing the way. Asking readers to choose for themselves (誰に託すかは皆さん一人ひとりが決めること, 選挙公報で
 * 比べて) names no answer.
 */
const VOTE_HINTED =
  /(?:誰|だれ|どなた|どの(?:候補(?:者)?|方|人))(?:に|を)[、,]?(?:託す|託し|任せる|任せ|まかせる|まかせ|投票する|投票す|入れる|入れ|選ぶ|選|[一1]票を投じる|[一1]票を投じ)(?:べき|る|た(?:らいい|ほうがいい))?か(?:は|も|[、,])?[、,]?[^。！？!?\n]{0,12}?(?:明らか|あきらか|明白|(?:言|い)うまでも(?:な|あり)|分かりきっ|わかりきっ|(?:答え|結論)(?:は|が)[^。！？!?\n]{0,6}?出て|決まって(?:い|お)?(?:る|ます)|見えて(?:い|き)|おわかり|お分かり)/u
export function politicalView(e: Emitter, t: string): void {
  for (const m of matchAllOf(POLITICAL_VIEW, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    // A question put to readers (改正すべきかどうか, 賛成ですか), a view quoted in brackets, a formal request of the city.
    if (/^(?:か(?:どうか|否か)?|なのか|でしょうか|ですか|の是非)/u.test(t.slice(end, end + 6)) || FORMAL_REQUEST.test(sentence)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    // The city's stance on its own declaration, resolution or ordinance (柳川市は平和都市宣言に基づき、核兵器廃絶を支持します): its formal
    // view, cited where it is taken (found by the wave-85 unofficial fixer).
    if (CITY_DECLARED.test(sentence)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
  for (const m of matchAllOf(LOCAL_CAMPAIGN, t, MAX_HITS)) {
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index) || FORMAL_REQUEST.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
    put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
  }
  // Blind R162I-062: the outcome of a vote guessed (開票…結果はまあ現職で決まりでしょうね, 市長選は新人が勝つんじゃないかな).
  if (/選挙|選|開票|投票率|当落/u.test(t)) {
    for (const m of electionViews(t, ELECTION_OUTCOME, ELECTION_HELD, null)) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
    // Blind R409J-038 kind: the outcome told as the view going round (関係者の間では現職の再選が確実と見られています); not a result counted.
    for (const m of electionViews(t, ELECTION_SEEN, ELECTION_HELD, null)) {
      if (/開票|確定|当選証書|速報/u.test(sentenceOf(t, m.index, m.index + m[0].length))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: '選挙の結果', marker: m[0] })
    }
  }
  // Blind R239N-028 kind: a party's or a political group's platform cited, then praised or backed in that sentence or the next.
  if (/政策|公約|マニフェスト/u.test(t)) {
    for (const m of matchAllOf(PARTY_PLATFORM, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const next = s0.end < t.length && t[s0.end - 1] !== '\n' ? sentenceAround(t, s0.end, s0.end) : s0
      const praise = PLATFORM_PRAISED.exec(t.slice(m.index, next.end))
      if (!praise || FORMAL_REQUEST.test(t.slice(s0.start, s0.end)) || quotedExample(t, m.index)) continue
      const end = m.index + praise.index + praise[0].length
      put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(m.index, end) })
      break
    }
  }
  // Blind R239N-019 kind: in an election's context, a named person held up as the one to take office.
  if (/選|投票/u.test(t)) {
    const [m] = electionViews(t, PERSON_BACKED, VOTE_NAMED, CANDIDATE_NOTICE)
    if (m) put(e, 'unofficial/personal-view', m.index, m.index + m[0].length, { opinion: m[0] })
    // Blind R260K-016 kind: whom to vote for said to be plain to see (…を振り返れば、私たちがどなたに託すべきかは自ずと明らかではないでしょうか).
    const hint = VOTE_HINTED.exec(t)
    if (hint && (ELECTION_HELD.test(t) || /投票/u.test(t)) && !(t.lastIndexOf('「', hint.index) > t.lastIndexOf('」', hint.index))) put(e, 'unofficial/personal-view', hint.index, hint.index + hint[0].length, { opinion: hint[0] })
  }
  if (!/選/u.test(t)) return
  // Blind R179I-006: a declared candidate named, then praised or backed (…立候補を表明された…さんは、…託せる方だと思います).
  if (/立候補|出馬/u.test(t) && !CANDIDATE_NOTICE.test(t)) {
    for (const m of matchAllOf(DECLARED_CANDIDATE, t, MAX_HITS)) {
      const s0 = sentenceAround(t, m.index, m.index + m[0].length)
      const prev = s0.start > 0 ? sentenceAround(t, s0.start - 1, s0.start - 1).start : s0.start
      if (!new RegExp(ELECTION, 'u').test(t.slice(prev, s0.end))) continue
      const next = s0.end < t.length && t[s0.end - 1] !== '\n' ? sentenceAround(t, s0.end, s0.end) : s0
      const praise = CANDIDATE_PRAISED.exec(t.slice(m.index, next.end))
      if (!praise || quotedExample(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
      const end = m.index + praise.index + praise[0].length
      put(e, 'unofficial/personal-view', m.index, end, { opinion: t.slice(m.index, end) })
      break
    }
  }
  for (const m of matchAllOf(ELECTION_VIEW, t, MAX_HITS)) {
    const end = m.index + m[0].length
    const sentence = sentenceOf(t, m.index, end)
    if (/^(?:か(?:どうか|否か)?|なのか|でしょうか|ですか)/u.test(t.slice(end, end + 6)) || FORMAL_REQUEST.test(sentence) || ELECTION_NOTICE.test(sentence)) continue
    if (t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: m[0] })
  }
}
