/**
 * Personal views given as the city's stance (5(1): 個人の見解を市の見解として発信しない): 私見ですが…市としても, one's
 * conclusion shared as the city's, one's view as the city's stance (市として反対です), a member of staff's voice, one's opinion said
 * to be the city's view (というのが市の考え), one's view made the reason for the city's course, the city's opinion with one's own
 * reason, a leaning given as a reason. Stays clean: the city's formal positions with their step (議決, 答申), requests and decisions
 * made, residents' voices quoted, views disowned.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { CHANGE, CITY_FEE, CITY_STANCE, CITY_TOO, COURSE_CHANGE, DECISION, DIRECTION_NATURE, FEE_PROPOSED, HOPE_MARKED, MAX_HITS, PERSONAL_NOTE, RUMOUR_AWARE, STEP_DONE, VIEW_FORETOLD, put, quotedExample, quotedVoice, sentenceOf, topicOf, wordStart } from './context'
import type { Emitter } from './context'

/**
 * A staff member's own view: 個人的には, 私見ですが, 私としては, 担当者個人としては. Blind R170I-015: 中の人としても (the account's
 * operator speaking as themself, 中の人的には) is one too. Blind R177I-022: a mascot speaking for itself by its name in kana (うなっち的には,
 * ほりわりん的には), as わたし的には; a noun with 的 (気持ち的には, 時間的には, スケジュール的には) is a respect, not a speaker.
 * Blind R208D-066 (cu12): the staff member's own feeling announced as such (担当者としての正直な気持ちを申し上げますと, 職員としての本音を
 * 言えば, 私の考えを申し上げると): one person's view, whatever follows is judged as for 個人的には.
 * Blind R221N-022 kind (first alternative): the view announced in a sentence of its own (担当者の私見を少しだけ。…国が…実施すべきだと私は考えて
 * います, 個人的な意見を一言：…): the announcement runs on into the sentence after it, which is judged as the view.
 */
// Blind R312P-052 kind (unof57): one of the staff speaking as such (担当の一人としては, 職員のひとりとしては, 一職員としては).
const OWN_VIEW = /(?:私見|個人的な(?:意見|考え|見解|感想)|(?:私|わたし|わたくし|僕|自分)(?:個人)?の(?:意見|考え|見解))を(?:少し(?:だけ)?|少々|ひとこと|一言|ちょっと|述べ(?:させて|ます)|申し上げ(?:させて|ます)|書か?せて|お話し(?:させて|します)|言わせて)[^。！？!?\n]{0,12}?[。！!：:]\s?(?=[^。！？!?\n]{4})|(?<![とっ])(?:思う|思っている|思ってきた|感じる|感じている|感じてきた|考える|考えている)のは(?=[、,])|個人的(?:に|な(?:意見|考え|見解|感想|感覚|印象|見方|思い(?!出)))(?:は|では|です|ですが|だけど|やけど|として)?|正直(?:なところ|に言うと|に申し上げ(?:て|ますと|ると|れば)|言って|に言えば|に(?:書く|書け|書きます|打ち明ける|申せ|言わせて(?:もらう|いただく)|お話しする|お伝えする)(?:と|ば)|[、,]|(?=(?:疑問|違和感|不満|複雑な)))|率直(?:なところ|に(?:言って|言うと|言えば|申し上げ(?:て|ますと|ると|れば)|申せば))|ぶっちゃけ|本音を言(?:うと|えば|わせてもらうと|わせていただくと)|私見(?:ですが|では|として|を述べ)|(?:私|わたし|わたくし|僕|ぼく|自分|俺|うち)(?:個人)?(?:として|的に|としまして)は|あくまで(?:も)?(?:私|個人|自分)(?:の|的な)?(?:意見|考え|感想|見解)(?:ですが|だけど|ですけど|やけど|として)|(?:私|担当者?|職員|課長|係長|部長)(?:個人)?(?:として|的に)?(?:は|の)(?:考え|意見|見解|思い|私見)(?:ですが|では|として|を言えば|としては)|(?:担当者?|職員|課長|係長|部長)(?:個人)?(?:として|的に)(?:は|も)|(?:(?:担当者?|職員|課員|係員|スタッフ|チーム)(?:の)?(?:一人|ひとり|1人|１人|一員|端くれ)|(?<![\p{Script=Han}])一職員|いち職員|一担当者?|いち担当者?)(?:として)(?:は|も)|中の人(?:個人)?(?:として|的に)(?:は|も)|(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー])[\p{Script=Hiragana}ー]{2,6}的(?:に|な(?:意見|考え))(?:は|では)|(?:担当者?|職員|課長|係長|部長|中の人|私|わたくし|個人)(?:個人)?(?:として)?の(?:正直な|率直な|素直な|個人的な)?(?:気持ち|本音|思い|考え|意見)(?:を)?[、,]?(?:申し上げ(?:ますと|ると|れば|させていただくと|させていただければ)|言(?:うと|えば|わせていただくと|わせてもらうと)|述べ(?:ますと|ると|れば)|お伝えすると)/u
/**
 * The city said to share or act on it: 市としても同じ考えです, 市も設置を進めます, 当課としても対応します.
 * Blind R183I-061: …or said to want the option the writer just preferred, pointed back at (個人的には…案が一番いいと思っていて、市としても
 * そっちで行きたいところです, 市もその案で進めたい, 市としてもそうしたい): one person's pick on an undecided choice given as the city's wish.
 * Blind R167I-063: …or the inside said to voice the same, with the city or an office named as a body (市の中でもそういう意見が多いです,
 * 市役所の中でも同じような声が上がっています, 課の中でもそういう考えが多い), as 課内でも.
 * Blind R200D-050 kind: …or urged to decide it now, the time said to have come (市としても、もうそう決断する時期ではないでしょうか, 市も見直し
 * を判断するタイミングに来ている): the writer's view given as the decision the city is due to make.
 * Blind R204D kind: …or told what it should do with a guess's ending, not と思う (正直、…合っていないと思います。市としても県に
 * 強く求めるべきでしょう): the writer's view, then the city's course set by it.
 */
/**
 * Blind R299D-003 kind (unof20): the city's course said to be too slow to wait for or wrong (市の方針を待っていられない, 市の対応は遅すぎる,
 * 行政の判断を待っていては間に合わない): with one person's call for what should be done, a view set against the city's.
 */
const CITY_OUTRUN = /(?:市|本市|当市|柳川市|市役所|役所|行政|教育委員会|市教委)(?:として)?の(?:方針|判断|決定|対応|動き|結論|方向性)(?:を|が|は)[、,]?[^。！？!?\n]{0,8}?(?:待って(?:い|は)?(?:られない|られません|おれない|おられん|とれん|いたら|いては)|待てない|待ちきれない|遅すぎ|おそすぎ|遅いと|まどろっこし|手ぬる|生ぬる|甘すぎ|間違って)/u
/**
 * Blind R225R-001 kind: the city's own position said not to be out yet (市としての立場はまだ出ていない, 市の方針はまだ決まっていませんが, 本市の
 * 見解は現時点で未定です), and a side taken (反対です, 賛成です, …であってほしい, …べき).
 */
const CITY_UNDECIDED = /(?:市|本市|当市|柳川市|市役所)(?:として)?の(?:立場|見解|方針|考え|対応方針|スタンス|態度)(?:は|が|も)[、,]?(?:まだ|いまだ|未だ|現時点で(?:は)?|現在)?[、,]?(?:出て(?:い)?な|出ていません|決まって(?:い)?な|決まっていません|未定|固まって(?:い)?な|固まっていません|定まって(?:い)?な|定まっていません|整理(?:中|されて(?:い)?な))/u
/**
 * Blind R229B-014 kind: the deliberation on the matter said to be still going on (審議会での議論はまだ続いていますが, 委員会で審議中です, 議決は
 * これから): the city has not decided, so one person's side taken on it (私個人としては…反対です) is given before the city's. Only the formal
 * bodies' deliberation: 日程は調整中 or 検討中 alone is a schedule still to fix.
 */
const DELIBERATION_OPEN = /審議中|(?:議論|審議|協議|話し合い)(?:は|が)?[、,]?(?:まだ|いまだに?|現在も|今も|引き続き)(?:続いて|続けられて|継続して|行われて|重ねられて)|(?:審議|議決|採決)(?:は|が|も)?[、,]?(?:これから(?!も)|まだ(?:これから|先|です|で(?:す|は)|終わ))|議決前|可決前/u
const SIDE_TAKEN = /反対(?:です|だ|や|の立場|して)|賛成(?:です|だ|や|の立場|して)|べき(?:だ|です|と)|(?:ほう|方)が(?:いい|よい|良い)/u
const STAND = /反対(?:です|だ|や|の立場|して)|賛成(?:です|だ|や|の立場|して)|(?:て|で)(?:ほしい|欲しい)|べき(?:だ|です|と)|(?:ほう|方)が(?:いい|よい|良い)/u
/** An opinion on what should be done, or a verdict that a price or a fee is out of line (高すぎる, 安すぎます). */
const OPINION = /と(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては))?(?:思|おも|考え|感じ)|疑問(?:を|に)(?:感じ|思|持)|違和感(?:を|が)(?:感じ|覚え|あり|ある)|(?:で|は|も)[、,]?(?:もう)?十分(?:です|だ|や|で(?:す|は|あ))|べき|必要|不要|いらない|反対|賛成|(?:いい|よい|良い)(?:のでは|と)|(?:ほう|方)が(?:いい|よい|良い)|望まし|(?:高|安)(?:すぎ|過ぎ)(?:る|ます|だ|です|。|$)/u
/** The city's stance stated: 柳川市としては…と考えています, 市は…と判断しています. */
/**
 * An opinion said in the first person with no personal marker and the city then said to share it in the next
 * sentence (餌やりは全面禁止にすべきだと思います。柳川市としても同じ考えです): the match is the opinion's start.
 */
const OPINION_THEN_CITY = /(?<=^|[。！!\n])[^。！？!?\n]{0,40}?(?=[^。！？!?\n]{0,40}?(?:べき|必要|ほうがいい|方がいい)(?:だ|である)?と(?:思|考え)(?:います|っています|ております)[。！!]\s?(?:柳川市|本市|当市|市役所|市)(?:として)?(?:も|の))/u
/** The city's real feelings (本音, 本心) or its take (見方) named for a view just stated: no decision stands behind them. */
/** Blind R164D-117: …also a unit of the city's (値上げせざるを得ないというのが担当課の本音のようです, 財政課の本音, 上層部の本心). */
const CITY_REAL_VIEW = /(?:というのが|というのは|これが|それが)(?:柳川市|本市|当市|市役所|市|担当課|当課|担当部署|(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}課|執行部|上層部|幹部)(?:として)?の(?:本音|本心|見方)/u
/**
 * The city's view, then a demand on the state or the prefecture (市としては、…制度そのものに大きな問題があると考えています。国は一日も早く
 * この制度を廃止すべきです): a political position no decision of the city's stands behind.
 */
const CITY_DEMANDS = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,60}?と(?:考えて|思って)(?:い|お)(?:ます|ります)[。！!]\s?(?:国|県|政府|国会|県知事|首相|総理)(?:は|が|も)[^。！？!?\n]{0,40}?べき(?:です|だ|である|でしょう)/u
/**
 * Blind R206A-005 (cu12): the city's policy declared as following from the writer's own preference (私としては…緑の広場にするのが一番だと
 * 考えております。そこで、跡地は公園として整備することを市の方針といたしました): one person's view made the city's on the account, with no
 * council or formal step named. A policy the council passed (議決をいただき, 議会の承認を経て) or a plan adopted after a process the post
 * names (審議会の答申を受け) is a decision, not a view.
 */
const CITY_POLICY_DECLARED = /(?:そこで|そのため|このため|ですので|なので|それで|よって|ということで)[、,]?[^。！？!?\n]{0,40}?(?:を|は)[、,]?(?:柳川市|本市|当市|市)の(?:方針|方向性|決定|考え)(?:と|に)(?:いたし|し|させていただき|決め|定め)(?:まし)?た/u
const FORMAL_STEP = /議決|可決|議会|審議会|答申|承認|決裁|協議会|庁議/u
/**
 * Blind R173I-077: the city's side taken on a plan or a measure (柳川市としては、正直このメガソーラー計画には反対です！, 本市としては…
 * 建設に賛成です): a stance, read as one person's only when the post marks it so (PERSONAL_NOTE after it).
 */
const CITY_SIDE = /(?:柳川市|本市|当市|市)(?:として(?:は|も)|は)[、,]?[^。！？!?\n]{0,40}?(?:に(?:は|も)?|は)[、,]?(?:断固|絶対|大|正直)?(?:反対|賛成)(?:です|だ|や|の立場|して(?:い|お)ます)/u
/**
 * Blind R188A-035: the city's side declared on another body's plan (柳川市としては今の県の案には反対です, 本市としては国の新しい計画に賛成です)
 * with no formal act of the city's in the paragraph (意見書, 要望, 申し入れ, 市長が表明, 議会で答弁): a stance on another government's
 * plan is taken through such an act; declared in a post by itself, it is the writer's view given as the city's. The stance taken through
 * one (県に意見書を提出しました, 市長が会見で表明しています) is its report.
 */
const CITY_SIDE_ON_OTHER =
  /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:(?<![\p{Script=Han}])(?:県|国|政府)|[\p{Script=Han}]{1,4}(?:県|省|庁))の[^。！？!?\n]{0,16}?(?:案|計画|方針|ルート|構想|事業|施策|制度)(?:に(?:は|も)?|は)[、,]?(?:断固|絶対|大|正直)?(?:反対|賛成)(?:です|だ|や|の立場(?:です|だ)|して(?:い|お)ます)/u
const CITY_ACT_ON_IT = /要望|要請|意見書|提言|申し入れ|決議|求めて(?:い|お|まいり)|求めます|表明|会見|議会|答弁|回答(?:し|いた)|提出|伝えて(?:い|お|まいり)|伝えました/u

/**
 * The city's stance given as a colloquial verdict: one thing ranked far above another (市としては、…アンケートよりも、…の方が
 * ずっと大事だと考えています) or a cause named as what the city "sees" (柳川市としては、…水質悪化が主な原因だと見ています): a
 * staff member's view, with no decision or finding behind it.
 */
const CITY_VERDICT_STANCE = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,50}?(?:よりも?[、,]?[^。！？!?\n]{0,40}?(?:ほう|方)が(?:ずっと|よほど|よっぽど|はるかに|断然|絶対に?|何倍も)|(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だ|である)?と(?:見て|みて|睨んで|にらんで|思って|考えて))|(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だ|である)?と(?:柳川市|本市|当市|市)(?:は|も|として(?:は|も)?)[、,]?(?:考えて|見て|みて|思って|睨んで|にらんで)/u
/**
 * Blind R373W-005 kind: a cause guessed, given as what the city sees (市としても、たぶんそれが原因だろうと見ています, 本市としては
 * 工事のせいじゃないかとみています): the guess (だろう, じゃないか) marks no finding behind it. A working hypothesis the city is checking
 * (…が原因とみて調査しています) is the official way and stays clean.
 */
const CITY_GUESSED_CAUSE = /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:が|の)(?:主な|一番の|最大の)?(?:原因|せい)(?:だろう|であろう|やろう|じゃないか|ではないか|やないか|なんじゃないか)と(?:見て|みて|睨んで|にらんで|思って|考えて)/u
const CAUSE_UNDER_CHECK = /調査|確認|検証|調べ|究明/u
function cityGuessedCause(t: string): RegExpExecArray | null {
  const m = CITY_GUESSED_CAUSE.exec(t)
  if (!m) return null
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 12)
  return CAUSE_UNDER_CHECK.test(rest) ? null : m
}
/** The city's stance on a step not taken, said as one's feeling (市としてはもう式典自体やめるべきだと思っています). */
/**
 * Blind R164D-150/R163A-111: a change of a measure proposed on the city's account in the colloquial voice of one person (市としても見直したほうが
 * いいと思っています, 市としても今後は後援しない方向でいいんじゃないかと考えています): no decision stands behind it. The proposal must be a
 * change (見直す, やめる, 廃止, 減らす, 〜しない方向); advice to readers (早めに申請したほうがよいと考えています) is the city's message.
 * Blind R169D-120: …also as a musing that the change would be allowed (市としては、…広報紙の配布をやめてもよいのではないかと考えています,
 * 補助は打ち切ってもいいんじゃないかと思っています): only with the tentative のではないか; a plain permission (…やめてもよいと考えています, 体調が
 * 悪い方は参加をやめても構いません) lets readers off, it proposes nothing.
 */
const CITY_PROPOSES = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:見直|やめ|止め|廃止|なくし|無くし|減らし|増やし|変え|改め|中止|延期|縮小|取りやめ|打ち切|有料に|無料に|しない|せん|せず)[^。！？!?\n]{0,6}?(?:(?:(?:た|る|ない)?(?:ほう|方)が(?:いい|よい|良い|ええ)|方向で(?:いい|よい|良い)|(?:で|の)(?:いい|よい|良い))(?:の(?:では|じゃ)(?:ない)?か|んじゃ(?:ない)?か|ん(?:じゃ|や)(?:ない)?か)?|(?:て|で)も(?:いい|よい|良い|ええ|構わない|かまわない)(?:の(?:では|じゃ)(?:ない)?か|んじゃ(?:ない)?か|ん(?:じゃ|や)(?:ない)?か))(?:な)?と(?:思って|考えて|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R166I-049: shops or products ranked by taste on the city's account (柳川市としては、市内のうなぎ屋さんの中でも沖端の老舗3軒がいちばん
 * おいしいと考えています): one person's taste given as the city's view, favouring some businesses. A superlative must be there; praise of the
 * town's food in general with no ranking is not this.
 */
const CITY_TASTE_RANK = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,50}?(?:いちばん|一番|最も|もっとも|断然|ダントツ|圧倒的に|ナンバーワン|ナンバー1|No\.?1)[、,]?(?:おいしい|美味しい|うまい|美味い|旨い)(?:だ|です)?と(?:考えて|思って|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R165I-116: colleagues said all to say or think so, after a view (…プールの建て替えが先やと思うし、市役所の中でもみんなそう言いよるばい;
 * 課の中でも同じ意見の人が多い): one person's view given as the inside's consensus.
 */
const INSIDE_CONSENSUS = /(?:課内|庁内|役所内|市役所内|部内|係内|(?:市役所|役所|役場|庁舎|課|係|職場|部署)の(?:中|なか))(?:で|の人)?(?:も|でも)[、,]?(?:みんな|皆|全員|ほとんど|だいたい|大体|おおむね)?[、,]?(?:そう|同じこと|同じように|同じ)(?:言って|言っと|言いよ|言うと|言うて|話して|話しよ|思って|思っと|思いよ|思うと|考えて)(?!(?:い|お)?(?:ない|ません|らん|なか))/u
const CITY_FEELS = /(?:柳川市|本市|当市|市)(?:として(?:は|も))[、,]?[^。！？!?\n]{0,40}?(?:やめる|止める|廃止す|なくす|中止す|打ち切る|見直す|減らす|増やす|下げる|上げる)べき(?:だ)?と(?:思って|おもって|感じて)(?:い|お)(?:ます|る|ります)/u
/**
 * Blind R161A-070: the city's stance given to a sweeping verdict of worth or taste (柳川市としては、うなぎは国産以外食べる価値なしと思っています,
 * 市としては、手作り以外はありえないと考えています, 当市としては輸入品は論外だと思っております): one person's taste or contempt said on the
 * city's account. Only the worthless (価値なし, 論外, ありえない after 以外) with a verb of thinking right after; the city's finding (市としては、
 * 安全性に問題はないと考えています) or a boast (国産が一番だと思っています) is not this.
 */
const CITY_WORTH_VERDICT = /(?:柳川市|本市|当市|市)として(?:は|も)[、,]?[^。！？!?\n]{0,40}?(?:以外(?:は|に)?[^。！？!?\n]{0,12}?(?:価値(?:が|は|も)?(?:なし|ない|無い|ゼロ)|ありえない|あり得ない|論外|認められない|ダメ|だめ|偽物|ニセモノ)|(?:食べる|買う|行く|見る|飲む|使う)?価値(?:が|は|も)?(?:なし|ない|無い|ゼロ)|論外)(?:だ|です)?と(?:思って|おもって|考えて|感じて)(?:い|お)(?:ます|る|ります)/u
/** The city's own affairs: its finances, policy, council, mayor, budget, services (市の財政, 市政, 議会, 市長). */
const CITY_AFFAIRS = /(?:市|本市|当市|柳川市|市役所|役所|行政)の?(?:財政|財源|借金|予算|決算|方針|政策|施策|計画|事業|運営|経営|体制|対応|職員|人事|組織)|市政|市議会|議会|市長|副市長|首長|財政|予算|決算|税金の使い|補助金/u
/** A verdict of failure or needless spending (破綻寸前, 失敗だ, 無駄, やめるべき, いらない, ありえない). */
const CITY_VERDICT = /破綻|崩壊|失敗|無駄|ムダ|むだ|税金の無駄|ずさん|ひどい|最悪|ダメ|だめ|まずい|危ない|やばい|ヤバい|終わって|おしまい|やめるべき|廃止すべき|見直すべき|辞めるべき|辞任すべき|不要|いらない|要らない|ありえない|あり得ない|信用できない|信頼できない|おかしい/u

/**
 * Blind R191I-051: one person's verdict that a works or a project of the city is not worth its cost or not needed (個人的な感想ですが、この区間の
 * 拡幅は費用に見合わないと思っています; 私見ですが、新しい体育館の建設は必要ないと思います; 正直、あの橋の架け替えは税金の無駄だと感じます):
 * the account speaking for the city judges its own project. The project is the topic (は, って, なんて) of the verdict; cost words may stand
 * between them (費用に見合わない), nothing else before 必要ない, 不要 or 無駄 (この公園は予約いらない names no verdict on the park). A taste
 * (この景色が好きです) and the city weighing cost (費用対効果を検証しています: no personal marker) are not this.
 */
const CITY_PROJECT = '(?:拡幅|工事|整備|建設|建て替え|建替え|改修|改築|新設|移設|舗装|延伸|架け替え|事業|計画|施策|再開発|開発|埋め立て|区画整理|道路|バイパス|橋|庁舎|施設|ホール|体育館|図書館|公園|駐車場|補助金|助成|制度|取り組み|取組)'
const PROJECT_NOT_WORTH = new RegExp(
  `${CITY_PROJECT}(?:は|って|なんて|なんか)[、,]?(?:[^。！？!?\\n、,]{0,12}?(?:費用|コスト|予算|税金|お金|投資|金額|経費|事業費|工事費)(?:に|と)?(?:は|も)?[、,]?(?:全く|まったく|とても|到底|とうてい|どう考えても|あまり)?(?:見合(?:わ(?:ない|ん)|って(?:い)?(?:ない|ません))|に合わ(?:ない|ん))|(?:本当に|ほんとに|正直|もう|そもそも|別に|特に|あまり|全く|まったく|どう考えても|はっきり言って)?[、,]?(?:割に合わ(?:ない|ん)|費用対効果(?:が|は)(?:低|悪|薄|疑問|ない|な[かく])|必要(?:は|が)?(?:ない|なか|ありません)|不要|無駄|ムダ|むだ|税金の無駄|お金の無駄|要らない|いらない|意味(?:が|は)?(?:ない|ありません)|やる意味(?:が|は)?(?:ない|ありません)))`,
  'u',
)
/**
 * Blind R210A-034 kind: one person's verdict that a project of the city is out of proportion to the city (私としては、…立体駐車場は柳川の規模には
 * 大きすぎると感じています; 個人的には、新庁舎の計画は人口に比べて立派すぎると思います; 正直、この再開発は身の丈に合わないと感じます): a call to
 * shrink or drop the city's own project, made on the account that speaks for it. The project (`CITY_PROJECT`) is named in the sentence, the
 * verdict measures it against the city's scale, population, demand or finances (not a room too big for a child, not a serving too large).
 */
/** …or a work named by its place in the city's plans (計画に入っている, 予定されている新しい屋内プール, 計画中の). */
const PLANNED_WORK = /(?:計画|予定)(?:に入って(?:いる|る)|されて(?:いる|る)|中の|している)/u
const OVERSIZED = /(?:規模|身の丈|人口|需要|利用者数|利用者の数|財政|財政力|まちの大きさ|町の大きさ|市の大きさ)(?:に|には|にしては|に対して|に対し|から(?:すると|見ると|見て|考えると)|と比べて|に比べて|と比べると|に比べると)[、,]?[^。！？!?\n]{0,8}?(?:大きすぎ|大き過ぎ|おおきすぎ|過大|過剰|立派すぎ|立派過ぎ|豪華すぎ|豪華過ぎ|広すぎ|広過ぎ|多すぎ|多過ぎ)|身の丈に(?:合わ(?:ない|ん|ず)|合って(?:い)?(?:ない|ません))|過大(?:な)?(?:投資|計画|整備|事業)|過剰(?:な)?(?:投資|整備|設備)/u
/**
 * Blind R194A-029: one person's verdict that a measure or a benefit of the city has outlived its role (私個人の考えですが、…敬老祝金のような給付は、
 * もう役目を終えているのではないかと感じています; 正直、この補助制度は今の時代に合っていないと思います): a call to end the city's own measure, made
 * on the account that speaks for it. The measure is the topic (は, って, も) of the verdict, a few words at most between. A building retired by the
 * city with no personal marker (旧庁舎は役目を終え、解体されます), a tool (このストーブも役目を終えました) and praise of a role well played
 * (地域の見守り役として大きな役割を果たしています) are not this.
 */
const MEASURE_OUTLIVED = new RegExp(
  `(?:${CITY_PROJECT}|給付金?|祝い?金|手当|支給|配布|交付|サービス|行事|イベント)(?:は|って|なんて|も)[、,]?[^。！？!?\\n、,]{0,8}?(?:(?:役目|役割|使命)(?:を|は)[、,]?(?:もう|すでに|既に|とっくに)?(?:終え|終わっ|果たし終え)|(?:今の|いまの)?時代(?:に|には)?(?:合って(?:い)?(?:ない|ません)|合わ(?:ない|ん|なく)|そぐわ(?:ない|なく))|時代遅れ)`,
  'u',
)

/**
 * Where the fault lies, said as one's own view: in a body or a system (組織の問題だと感じております, 国の制度設計そのものに
 * 無理があるからだと私は考えております) or not in the one person blamed (本人だけの責任ではなく). A public verdict on blame
 * that no finding of the city stands behind.
 */
const FAULT_HOLDER = '(?:組織|制度設計|制度|仕組み|しくみ|体制|職場|上司|管理職|上層部|幹部|行政|国|県|政府|市役所|役所|市|運用|設計|ルール|法律|やり方)'
const FAULT_VERDICT = new RegExp(
  `${FAULT_HOLDER}(?:そのもの|自体|全体)?(?:の|に)(?:問題|責任|欠陥|落ち度|無理|限界|矛盾|不備)(?:が(?:ある|あった))?(?:から|ため)?(?:だ|である|であった|だった)?と(?:私は|わたしは|わたくしは|僕は|自分は)?(?:思|おも|考え|感じ)|` +
    '(?:本人|担当者?|職員|当人|その人|あの人)(?:だけ|ひとり|一人)の(?:責任|せい|問題)(?:では|じゃ)(?:なく|ない|ありません)',
  'u',
)
/**
 * A system condemned as a whole on the city's account, in any register of the stance (柳川市といたしましても制度そのものに問題があると
 * 考えております, 本市としましては、この交付金の仕組み自体に無理があると考えています): a political verdict no decision of the city's
 * stands behind. The city's own set-up found wanting and put right (チェック体制に不備があったと考えております。再発防止に努めます) is
 * an apology, not this; a difficulty (課題) is not a verdict.
 */
const CITY_AS = '(?:柳川市|本市|当市|市)(?:として(?:は|も)|といたしまして(?:は|も)|としまして(?:は|も))'
/*
 * Blind R441S-059 kind (wave 90): …also a system called unfair or wrong as a whole (ふるさと納税は…不公平な制度だと考えております; 不合理な
 * 仕組みだと本市としては考えています; 間違った制度だと思っています). Not a verdict denied (不公平な制度ではないと), nor a system made fair.
 */
const SYSTEM_FAULT = '(?:(?:制度|仕組み|しくみ|制度設計|法律|法制度|交付金|補助金)(?:そのもの|自体)(?:に|には)(?:大きな|根本的な|重大な)?(?:問題|欠陥|無理|限界|矛盾)(?:が(?:ある|あった))?(?:のではないか)?|(?:不公平|不平等|不公正|不合理|理不尽|不当|欠陥だらけ|時代遅れ|間違った|おかしな|問題のある|欠陥のある)(?:な|の)?(?:制度|仕組み|しくみ|税制|法律|ルール)(?:だ|である)?)と'
/**
 * Blind R172A-066: …also with the city named after the verdict (国の制度設計そのものに無理があると柳川市は考えています, 仕組み自体に問題が
 * あると本市としては考えております): the same verdict on the city's account. Not a verdict denied (…と市は考えていません) or a mere
 * difficulty (制度自体に課題があると市は考えています).
 */
const SYSTEM_VERDICT = new RegExp(
  `${CITY_AS}[、,]?[^。！？!?\\n]{0,40}?${SYSTEM_FAULT}(?:考えて|思って|感じて)(?=い|お)(?!(?:い|お)(?:ない|ません|りません))|${SYSTEM_FAULT}[、,]?(?:${CITY_AS}|(?:柳川市|本市|当市|市)(?:は|も|では))[、,]?(?:考えて|思って|感じて|見て|みて)(?=い|お)(?!(?:い|お)(?:ない|ません|りません))`,
  'u',
)
/** …unless the city says what it does about it (見直します, 改善に努めます, 再発防止). */
const CITY_ACTS = /見直し(?:ます|を進め|てまいり)|改善(?:します|に努め|してまいり|を図)|再発防止|取り組んでまいり|対応してまいり/u

/**
 * A decision of the city judged in hindsight (建て替えたほうがよかった, 延期すべきだった, 値上げしなければよかった): the act
 * judged is one the city decides (DECISION just before the verdict), not the writer's own day out (早く来たほうがよかった).
 */
/** Blind R162I-026: …also a measure's timing judged (所得制限がやっとなくなりました。正直、遅すぎたと思います; 遅きに失した). */
const HINDSIGHT = /(?:た|だ)(?:ほう|方)が(?:よかった|良かった|よろしかった|ましだった|マシだった)|べき(?:だった|でした|であった|で(?:は)?なかった|では(?:ありません|ございません)でした)|(?:なければ|なけりゃ|なきゃ|ねば)(?:よかった|良かった)|(?:遅|おそ|早|はや)(?:すぎ|過ぎ)た(?=と(?:思|おも|感じ|考え))|(?:遅|おそ)かった(?=と(?:思|おも|感じ|考え))|遅きに失し/u
/**
 * Blind R187I-033: an authority's act or call judged too late or too early (上流のダムの放流判断が遅すぎた, 県の避難指示の発令が遅かった, 国の
 * 対応が遅すぎた): a staff member's verdict on another body's decision, said on the account that speaks for the city. The act is the subject
 * of the verdict, just before it; a season or a bus being late (梅雨明けが遅すぎた, 到着が遅かった) is no act judged.
 */
const ACT_JUDGED = /(?:判断|対応|決定|決断|指示|発令|発表|措置|対策|対処|初動|連絡|通報|周知|情報提供|放流|避難指示|避難勧告|決壊対策|見直し|公表)(?:の(?:タイミング|時期))?(?:が|は|も)[、,]?(?:少し|ちょっと|あまりにも|明らかに|やはり|やっぱり)?$/u

function hindsightVerdict(sentence: string, before = ''): RegExpExecArray | null {
  const m = HINDSIGHT.exec(sentence)
  if (!m) return null
  // The timing judged (遅すぎた) may follow the measure told in the sentence before (…所得制限がやっとなくなりました。正直、遅すぎた…),
  // or an authority's act be its subject (放流判断が遅すぎた).
  if (/^(?:遅|おそ|早|はや)/u.test(m[0])) return CHANGE.test(before + sentence.slice(0, m.index)) || ACT_JUDGED.test(sentence.slice(0, m.index)) ? m : null
  if (DECISION.test(sentence.slice(Math.max(0, m.index - 16), m.index))) return m
  // Blind R205I kind: a work of the city judged where or that it was built (個人的には、あの公園はこの場所に造るべきではなかったと思います;
  // 図書館は駅前に建てたほうがよかった): the act is building or placing it, the work of the city named in the sentence; one's own house is not.
  return /^べき|^(?:た|だ)(?:ほう|方)/u.test(m[0]) && BUILT_ACT.test(sentence.slice(Math.max(0, m.index - 10), m.index)) && new RegExp(CITY_PROJECT, 'u').test(sentence) && !/(?:家|自宅|うち|実家|店|お店)(?:を|は|も)/u.test(sentence) ? m : null
}
const BUILT_ACT = /(?:建て|造|つく|作|置|設け|移|選|決め|に(?:し|する))(?:る|た|った|っ|ん|だ)?$/u

/** Others' view reported (…と思われる方もいます, …と考える人も): not the writer's. */
/** What should be done (べき, ほうがいい, 望ましい) ending a proposal. */
const PROPOSAL = /(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか|ええ)|望まし)/u
/** A measure the city runs or funds (its budget, a festival, a service) besides CHANGE's changes. */
const CITY_MEASURE = /予算|税金|財源|事業|(?:お金|おかね|資金|財政)(?:を|は)[、,]?[^。！？!?\n]{0,4}?(?:回す|回し|まわす|まわし|振り向け|充て|使う|使い)|(?:祭|まつり|花火|イベント|行事)(?:は|を|の|も)[^。！？!?\n]{0,20}?(?:やめ|止め|なくし|減らし|削|廃|回し|振り向け|充て)|(?:に|へ)(?:回す|回し|振り向け|充て)/u
/**
 * Blind R107A-096: a fee, a tax or a grant the city sets, said to be raised, cut or dropped (情報公開請求の手数料はもっと上げるべき, 駐車場の料金は
 * 下げたほうがいい, ごみ袋代は安くすべき, 補助金は減らすべき): a change of a measure, as CHANGE's 値上げ is, in the plain verb.
 */
/** A measure of the city (a fee raised, a school merged, a facility closed), then a stand against or for it (には反対です, は賛成できません). */
/**
 * Blind R304W-017 kind (unreb21): …also a cut in hours or a service (開館時間短縮, 運行の休止, 開館日の変更) named as the topic with a bare
 * 、 (今回の…開館時間短縮、私個人としては正直納得していません), the stand a few words on. Read only after a personal marker (personalView).
 */
/**
 * Review of d6c3fa8d (rvunreb55): …also the cut said in a verb (開館時間が短くなることについて、私個人としては納得いきません; 廃止される
 * のには反対です), and 納得いきません without が.
 */
const MEASURE_OPPOSED =
  /(?:(?:値上げ|値下げ|増税|有料化|廃止|統合|統廃合|閉鎖|閉館|移転|削減|縮小|短縮|休止|減便|建設|建て替え|見直し|民営化|委託|導入|計画|改定|改正)(?:案)?|(?:短く|狭く|少なく|高く|有料に)なる(?:こと|の)|(?:値上げ|有料化|廃止|統合|閉鎖|閉館|移転|削減|縮小|短縮|休止|減便|民営化)される(?:こと|の))(?:に(?:は|も)?|は|について(?:は)?|、|,)[、,]?[^。！？!?\n]{0,12}?(?:反対(?:です|だ|や|の立場|して(?:い|お)ます)|(?:賛成|同意|賛同)(?:でき(?:ません|ない|かねます|ず(?!に(?:い|お)(?:た|まし))(?:に|にい|じまい)?)|しかねます)|納得(?:でき(?:ません|ない|ず(?!に(?:い|お)(?:た|まし))(?:に|にい)?)|して(?:い|お)りません|していません|が?(?:いきません|いかない|いっていません|行きません))|疑問(?:です|を感じ))/u
/**
 * Blind R137I-039: one person's verdict on a measure of the nation (個人的には、今回の国の制度改正は小さなお店いじめだと思っています;
 * 正直、政府の方針は地方の切り捨てだと感じます; 私としては、国の新しい規制はおかしいと思う): a side taken against national policy, said on the
 * city's account, reads as the city's. The measure is the nation's or the government's, the verdict a condemnation. The nation's measure told
 * as news (国の制度改正により手続きが変わります) or a view on how it was explained (説明会はわかりやすかった) is not this.
 * Blind R139I-061: a ministry as the maker (文科省の方針は現場を分かっていない) and a verdict of missing the point (国の教員の働き方改革は
 * まったくの的外れだと思っています, 机上の空論, 見当違い, 意味がない) are the same condemnation.
 * Blind R146I-106: a verdict of failure or of no worth in any wording (国の政策としては失敗だと思います, 政府の方針はダメだと思う, 国の制度改正は
 * 評価できません, お粗末, 逆効果, 悪手); not failure as the reader's risk (失敗しても再挑戦できる国の制度).
 */
const NATIONAL_VERDICT =
  /(?:(?<![\p{Script=Han}])国|政府|国会|政権|内閣|(?:文科|文部科学|厚労|厚生労働|総務|財務|国交|国土交通|農水|農林水産|経産|経済産業|環境|法務|外務|防衛)省|内閣府|こども家庭庁|デジタル庁)(?:の|が)[^。！？!?\n]{0,16}?(?:制度|政策|方針|改正|法改正|法案|施策|改革|規制|決定|見直し|措置|対策|(?<!散)策|税制|税率|給付|補助金|交付金)[^。！？!?\n]{0,24}?(?:いじめ|切り捨て|改悪|愚策|悪政|失策|横暴|暴挙|おかしい|おかしか|間違って|間違い|ひどい|酷い|最悪|ありえな|あり得な|許せな|納得(?:でき|いか)な|無理があ|反対(?:です|だ|や|して)|的外れ|的はずれ|見当違い|見当はずれ|机上の空論|絵に描いた餅|現場(?:を|が)(?:わかって|分かって|知ら|見て)(?:い)?な|ズレて|ずれて|骨抜き|意味(?:が|の)?な|効果(?:が)?な|役に立たな|無意味|(?:大)?失敗(?:だ|です|でしょ|やと|や(?:ね|な|ろ)|じゃ|と(?:思|言|感|考)|作|例|に終わ|して(?:い|お)る|しとる)|失政|悪手|逆効果|(?:ダメ|だめ|駄目)(?:だ|です|でしょ|やと|や(?:ね|な|ろ)|じゃ|と(?:思|言|感)|[！!。]|$)|評価(?:でき|し)(?:ない|ません|かね)|評価に値しな|お粗末|(?:筋|出来|でき)が悪|破綻して)/u
/**
 * Blind R149I-015: one person's prescription for national policy (個人的には、国はペット税を導入して飼い主の責任をもっと重くするべきだと
 * 思います; 私見ですが、政府にはもっと地方に予算を回してほしい; 国が早く法律で義務化すべき): the nation (or the government, a ministry) as
 * the one to act, then what it should do (べき, してほしい, したほうがいい). The nation as the maker of a rule the reader should keep
 * (国が定めた基準を守るべき), the nation's grant the reader should use (国の補助金を活用すべき) and the city's formal request (国に要望して
 * います) are not this: the nation must be the subject (は, には, にも, として), not a relative clause's (国が定めた …).
 */
const NATIONAL_PRESCRIPTION =
  /(?:(?<![\p{Script=Han}])国|政府|国会|政権|内閣|(?:文科|文部科学|厚労|厚生労働|総務|財務|国交|国土交通|農水|農林水産|経産|経済産業|環境|法務|外務|防衛)省|内閣府|こども家庭庁|デジタル庁)(?:は|には|にも|として(?:は|も)?|が(?![^。！？!?\n、,]{0,8}?(?:た|る|てい(?:る|た))(?=[\p{Script=Han}ァ-ヶ]|この|その|あの)))[、,]?[^。！？!?\n]{0,40}?(?:べき|(?:て|で)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)|(?:た|る)(?:ほう|方)が(?:いい|よい|良い|よか|ええ)|ればいい|たらいい)/u
/** Team R42B-042 kind: a remedy proposed (配ればいいと思う, やめたらいいのに, 増やすべき), the city's view given (…というのが市の考え, 市としては),
 * and the remedy set against it (…と思うんですけどね, でも…, ただ…). */
const OWN_REMEDY = /(?:れば|たら)(?:いい|よい|良い|ええ)(?:のに|と|んじゃ|のでは)|べき(?:だ|や)?と|(?:た|る)(?:ほう|方)が(?:いい|よい|良い)(?:のに|と)/u
const CITY_VIEW_GIVEN = /(?:市|本市|当市|柳川市|市役所)(?:として)?の(?:考え|方針|見解|立場|判断)|(?:本市|当市|柳川市|(?<![\p{Script=Han}])市)として(?:は|も)/u
const REMEDY_CONTRAST_END = /(?:けど|けれど|けども|ばってん|のに)(?:ね|ねえ|な|なあ|ねー)?[。！!…〜~ー\s]*$/u
const REMEDY_CONTRAST_START = /^[\s]*(?:でも|ただ|とはいえ|まあ|まぁ|正直)/u
/** Advice to readers on what to do themselves (お早めに, ご確認, ご予約): no change of a measure. */
/**
 * Blind R373W-039 kind: one person's call to loosen or tighten a standard, a rule or a requirement (個人的には、農地転用の基準はもっと緩めて
 * いいと思っています, 私見ですが、駐輪の規制は厳しくしてもいい, 正直、補助の要件は見直したほうがいい): a side taken on how the city should
 * rule, said on its account. The rule changed, then permission or a call (ていい, てもいい, べき, ほうがいい, ればいい); keeping a rule or
 * explaining it (ルールを守っていただければ, 基準を分かりやすく説明しても) is no change.
 */
const RULE_RESHAPED =
  /(?:基準|規制|要件|条件|規則|ルール|条例|制度|制限|線引き|規定)(?:は|を|が|も|って)?[、,]?[^。！？!?\n]{0,12}?(?:緩め|緩和|ゆるめ|ゆるく|緩く|厳しく|きびしく|厳格に|強化|見直|撤廃|なくし|無くし|廃止|変え|改め|引き?上げ|引き?下げ|広げ|狭め)[^。！？!?\n]{0,6}?(?:べき|(?:て|で)も?(?:いい|よい|良い|ええ)|(?:ほう|方)が(?:いい|よい|良い|ええ)|(?:れ|せ|け)ば(?:いい|よい|良い|ええ)|たら(?:いい|よい|良い|ええ)|望まし)/u
const READER_ADVICE = /お早め|早めに|ご(?:確認|予約|注意|参加|利用|用意|準備)|お(?:持ち|出かけ|越し|申し込み|申込)/u

/** A price judged too high (or too low) in a verb of thinking: 高いかなと感じています, 高すぎると思います, 割高だと思う. */
const PRICE_VERDICT = /(?:高い|高すぎ(?:る)?|高過ぎ(?:る)?|割高|安すぎ(?:る)?|安過ぎ(?:る)?)(?:くらい|ぐらい|ほど)?(?:か(?:な|も)|の(?:では|じゃ)(?:ない)?か|ん(?:じゃ|や)(?:ない)?か|だ|です|や)?(?:な|なあ|なぁ)?と(?:(?:私|わたし|僕|ぼく|自分)(?:は|も))?(?:思|おも|感じ|考え)/u
/** …with a price in the sentence (円, 料金, 運賃): not a mountain (高い山) or a hurdle. */
const PRICED_THING = /[0-9０-９一二三四五六七八九十百千万]円|料金|運賃|値段|価格|料(?:が|は|も)|代(?:が|は|も)|費(?:が|は|も)/u
/**
 * Sellers asked to do something about it: 事業者の皆さん、なんとかなりませんかね, お店の方には値下げをお願いしたい, 組合さんに安くしてほしい.
 * (The form to fill in, the steps of a procedure and thanks are no plea.)
 */
const SELLERS_PRESSED = /(?:事業者|業者|運営|会社|お店|店舗|組合|協会|運航会社|バス会社|鉄道会社)(?:さん|の(?:皆さん|皆様|皆さま|みなさん|方々|方))?(?:に|には|へ|にも)?[、,]?[^。！？!?\n]{0,16}?(?:(?:なんとか|何とか)(?:なりませ|ならない|ならん|して(?:ほし|もら|いただ|くだ|くれ))|(?:値下げ|安く|見直し)(?:して(?:ほし|もら|いただ|くれ)|を(?:お願い|検討して)))/u
/** A complaint that a measure goes too far or only adds a burden: 細かすぎて, 面倒が増えるだけ, 分かりにくすぎる, 手間が増える. */
const GRIEVANCE = /(?:細か|厳し|複雑|面倒|めんどう|わかりにく|分かりにく|ややこし|多|高|長)(?:すぎ|過ぎ)|(?:面倒|手間|負担|不便)(?:が|も)[^。！？!?\n]{0,4}?増える(?:だけ|一方)|(?:増える|増す)だけ(?:だ|です|や)?と/u
/**
 * A unit of the city asked to do better: 担当課には現場の声をもっと聞いてほしい, 上の人にはもう少し考えてほしい, 市役所にはちゃんと見直してほしい.
 * A wish passed on and acted on (…してほしいと伝え, お願いし) is the work done, not a quarrel aired.
 */
const CITY_UNIT_ASKED = /(?:担当課|当課|担当部署|財政課|上層部|上の人|上司|幹部|市役所|役所|(?<![\p{Script=Han}])市|(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}課)(?:の(?:方|人たち|皆さん))?(?:に|には|にも)[、,]?[^。！？!?\n]{0,20}?(?:もっと|ちゃんと|きちんと|しっかり|少しは|もう少し|もうちょっと|考え直|見直)[^。！？!?\n]{0,16}?(?:ほしい|欲しい|もらいたい|いただきたい|頂きたい)(?!と(?:伝え|お願い|要望|依頼|相談|申し入れ))/u

/**
 * Blind R174I-026: the writer's own view, then the matter said not to be theirs to decide (個人的にはもう少し遅い時間の方がきれいだと
 * 思ってます！私は担当じゃないので決められないんですけど): the disclaimer itself says a decision of the city's is at stake, and the
 * view is handed out on the account that speaks for it. Only a lack of authority (担当じゃないので決められない, 決める立場にない, 決定権は
 * ありません); being unable to pick a favourite (どれもおすすめで一つに決められない) is no disclaimer.
 */
const DECISION_NOT_MINE = /(?:担当|係|担当者|担当課|担当部署|所管)(?:じゃ|では|で)(?:は)?(?:ない|なく|ありません|ございません)[^。！？!?\n]{0,8}?決め(?:られ|る(?:こと|立場|権限))|決める(?:立場|権限)(?:に|は|が|では)?(?:ない|なく|ありません|ございません)|決定権(?:は|が)?(?:ない|なく|ありません|ございません)/u
/**
 * Blind R174I-046: a cause named as one's own feeling in a matter of the city's (あくまで私見ですが、予算が観光地まわりにばかり回っているのが
 * 原因だと感じております): one person's blame on the city's own spending or policy, said on its account, reads as the city's. Read only with
 * the city's affairs in the sentence (CITY_AFFAIRS).
 */
const CAUSE_AS_VIEW = /(?:の|が)(?:主な|一番の|いちばんの|最大の|根本的な|根本の)?(?:原因|せい)(?:だ|である|や)?と(?:(?:私|わたし|僕|自分)(?:は|としては))?(?:思|おも|感じ|考え)/u
/**
 * Blind R175A-036: the city said to share the view two sentences on, a reason between them (私は個人的には大賛成です。…大事なものは
 * ありません。市としても、ぜひ実現すべきだと考えています): only a stance shared (べき, 同じ, 賛成, その考え), not an action the city
 * takes anyway (市としても実施しています).
 */
const CITY_SHARES = /べき|同じ|おなじ|同様|同感|同意見|賛成|一緒|一致|その考え|そう考え|そういう考え|そのような考え/u

/**
 * Blind R308T-028, R309C-053, R310H-040, R311E-021 kind (unof56): the city's course told (市は…受け入れを増やそうとしていますが, 市は「…」と
 * いう方針です, 市は…2か所に再編する計画ですが, …集約する計画を進めていますが), then one staff member's own stand against it in the same or the
 * next sentence (担当の私個人としては反対です, 私個人としては賛成できません, ただ私個人としては…もう少し絞るべきだと感じています): the
 * account sets the writer's view against the city's own policy. The city (or its plan) is the subject of the course; a stand of disagreement
 * (反対, 賛成できない, 納得できない, 疑問, 違和感) counts as it is, a wish or a proposal (べき, ほうがいい, てほしい) only after a turn (…が、, ただ,
 * でも, しかし) and not as a wish for the readers (多くの方に参加してほしい). The writer agreeing (私としても) is not this.
 */
// Blind R323D-055 kind (unof59): …also the city's course as a relative clause before what it is (市が進める駅前再開発, 市が計画する移転).
const CITY_COURSE =
  /(?:(?:(?<![\p{Script=Han}])市(?:長)?|本市|当市|柳川市|市役所|行政|教育委員会|市教委)(?:として)?(?:は|では|も|が)[、,]?[^。！？!?\n]{0,60}?(?:(?:方針|計画|予定|考え|方向|方向性|構想|目標|意向)(?:です|だ|で(?:す|あり|ある)|となって|になって|を(?:進め|立て|掲げ|固め|示し|打ち出し)|が(?:進んで|進められて))|(?<=[\p{Script=Hiragana}])うと(?:して|しと)(?:い|お)?(?:ます|る|ります)|(?:進めて|推し進めて|推進して|取り組んで|目指して|力を入れて|計画して|準備を進めて|お?(?:すすめ|勧め|薦め)して|推奨して|奨励して|呼びかけて|呼び掛けて|お願いして)(?:い|お)(?:ます|る|ります)|(?:進める|推し進める|推進する|計画する|計画中の|予定する|打ち出した)(?=[\p{Script=Han}\p{Script=Katakana}])|(?:決め|決定し)(?:まし)?た|(?:判断|決断|決定|選択|結論)を?(?:し|下し|くだし|出し)(?:まし)?た|(?<=[\p{Script=Hiragana}])ことに(?:し|決め|決定し)(?:まし)?た)|(?:(?<![\p{Script=Han}])市(?:長)?|本市|当市|柳川市|市役所)の[^。！？!?\n、,]{0,12}?(?:施政方針|所信表明|方針|計画|総合計画|基本計画|ビジョン|戦略|構想|目標)(?:で|に|では|には|の中で|として)[、,]?[^。！？!?\n]{0,40}?(?:掲げ|打ち出|示|盛り込|明記|位置づけ|位置付け)(?:られ|され)(?:まし)?た|(?:(?<![\p{Script=Han}])市|本市|当市|柳川市)の(?:方針|計画|考え|方向性|構想)(?:は|では|として(?:は)?)[、,]?[^。！？!?\n]{2,60}?(?:です|だ|で(?:す|あり|ある)))/u
/** …or the plan alone, conceded in the same sentence (…に再編する計画ですが、, …集約する計画が進んでいますが、). */
// Blind R312P-052 kind (unof57): …also a plan named as a 案 (パブリックコメント中の図書館移転案ですが、, バスのルート見直し案ですが、).
const PLAN_CONCEDED = /(?:計画|方針|構想|予定|(?<=[\p{Script=Han}しえ])(?<![提答図名妙腹思懸翻教])案)(?:です|だ|が(?:進んで|進められて)(?:い|お)(?:ます|る)|を進めて(?:い|お)(?:ます|る)|となって(?:い|お)(?:ます|る))(?:が|けど|けれど|けれども|ものの)[、,]/u
/** The writer's view said outright to differ from the city's (市の方針とは異なりますが, 市の考えとは違うかもしれませんが): a turn against its course. */
const CITY_DISSENT = /(?:(?<![\p{Script=Han}])市|本市|当市|柳川市|市役所|行政)(?:として)?の(?:方針|考え|見解|立場|計画|判断|決定)(?:と|とは)[、,]?(?:違|異な|ちが|反|逆)[^。！？!?\n、,]{0,16}?(?:が|けど|けれど|けれども|ものの)[、,]/gu
/** The turn before the writer's stand: …が、 in the sentence, or ただ, でも, しかし opening it. */
const TURN_BEFORE = /(?:(?:が|けど|けれど|けれども|ものの)[、,]|(?:^|[\s　。！!\n])(?:ただ|でも|しかし|ですが|だけど|けれど|けれども|とはいえ|一方で?|ただし|それでも)[、,]?)[^。！？!?\n]{0,16}$/u
/** A stand of disagreement, whatever comes before it. */
// Blind R320M-025 kind (unof58): …or the course said not to be worth pursuing (…を壊してまで進めるべき事業ではないと考えています, 続けるべきでは
// ないと思います): a stand against the city's course in the form of a proposal denied. Only a verb of carrying the course on (進める, 続ける,
// 推進する, 急ぐ) or a measure's noun after べき; advice to readers (無理に外出するべきではありません) is neither.
// Blind R323D-055 kind (unof59): …or the stand in the negative potential kept up (賛成できずにいます, 同意できずにいる, 納得できずに); not a stand
// given up, told in the past (同意できずにいた時期がありましたが、今は…; review of unof59, rv/runof59).
const AGAINST_STAND =
  /(?:進める|推し進める|推進する|続ける|継続する|強行する|急ぐ|やる)べき(?:[^。！？!?\n、,]{0,6}?)?(?:では|じゃ)(?:ない|なか|ありません|ございません)|べき(?:事業|計画|施策|政策|工事|整備|取り組み|取組|もの)(?:では|じゃ)(?:ない|なか|ありません|ございません)|反対(?:派)?(?:です|だ|な(?:ん|の)|や|の立場(?=です|だ|で(?!の)|を(?:取|と))|して(?:い|お)(?:ます|る)(?![人方]))|(?:賛成|同意|賛同)(?:でき(?:ません|ない|かねます|ず(?!に(?:い|お)(?:た|まし))(?:に|にい|じまい)?)|しかね|は(?:でき|しかね))(?![点方人部こ場])|納得(?:でき(?:ません|ない|ず(?!に(?:い|お)(?:た|まし))(?:に|にい)?)|が?(?:いきません|いかない|いっていません|行きません)|して(?:い|お)(?:ません|りません))(?![点方人部こ場])|疑問(?:です|を(?:感じ|持|抱)(?:て|い|ま|く))|(?<!(?<!私|僕|自分|わたし)が)疑問に(?:感じ|思)(?:て|い|ま|う)(?!(?:方|かた|人|声|こと|皆|みな|市民|住民|保護者))|違和感(?:を(?:感じ|覚え)(?:て|ま|る)|が(?:あり|ある)(?:ます)?(?:[。、,！!]|ん|の|$))|(?:よく|良く)ない(?:と(?:思|感じ|考え))|(?:どう|いかが)なもの(?:か|でしょう)/u
/**
 * Blind R327D-005 / R328M-005 kind (misc60): the city's decision or policy told (市は所得制限を残す判断をしましたが, 市長の施政方針で「…」が
 * 掲げられました), then one staff member's own verdict against it: the decision judged in hindsight (担当者の一人としては、すべての子どもを対象に
 * すべきだったと今も思っています, …のままにしたほうがよかった) or the course doubted as not feasible after a turn (ただ、現場の担当としては、…これ
 * 以上お客様を呼ぶのは正直難しいと感じています, 無理があると思います, 現実的ではないと感じます) or set behind another priority (…整えるのが先だと
 * 思います). A doubt that leads into what the staff will do (…難しいと感じていますので、順次ご案内します) or about the weather is no verdict.
 */
const HINDSIGHT_STAND = /べき(?:だった|でした|であった|で(?:は)?なかった|では(?:ありません|ございません)でした)|(?:た|だ)(?:ほう|方)が(?:よかった|良かった|よろしかった|ましだった|マシだった)|(?:なければ|なけりゃ|なきゃ|ねば)(?:よかった|良かった)/u
const DOUBT_STAND = /(?:のは|のも|ことは|ことも|には)[、,]?[^。！？!?\n、,]{0,8}?(?:難しい|むずかしい|厳しい|きびしい|無理(?:がある|があります)?|不可能)(?:の(?:では|じゃ)(?:ない)?か|んじゃないか|だろう|かな)?と(?:(?:私|僕|自分)(?:は|も))?(?:思|おも|感じ|考え)|無理が(?:ある|あります)(?:と(?:思|おも|感じ|考え)|(?:の|ん)(?:では|じゃ))|現実的(?:では|じゃ)(?:ない|なか|ありません)(?:と(?:思|おも|感じ|考え)|(?:の|ん)(?:では|じゃ))|(?:(?:のが|ことが|ほうが|方が)[、,]?(?:まず|何より|本来|むしろ)?|(?:まず|まずは|何より|それより)[、,]?[^。！？!?\n]{0,20}?が[、,]?)(?:先決|先)(?:だ|です|では|じゃ|やろ|やな|と(?:思|おも|感じ|考え))/u
const DOUBT_ACTED = /ので|ため|から|[がど][、,]|けれど|次第|努め|まいり|参り|してい(?:き|く)/u
const DOUBT_WEATHER = /天気|天候|雨(?!漏)|雪|台風|強風|暑さ|寒さ|気温|熱中症/u
/** A wish or a proposal: against the course only after a turn. */
// Blind R312P-052 kind (unof57): …or the present state preferred to it (いまの場所のままのほうが市民にとって使いやすいと思っています, 今の
// 公民館のほうが地域に合っていると考えています): the writer keeping what the city's plan would change.
const WISH_STAND = /べき|(?:た|る|ない)(?:ほう|方)が(?:いい|よい|良い)|(?:まま|ほう|方)が(?:いい|よい|良い|よかった|良かった)|(?:まま|現状(?:維持)?|(?:今|いま|従来|現在|これまで)の[^。！？!?\n、,]{1,8}?)(?:の)?(?:ほう|方)が[^。！？!?\n]{0,20}?(?:いい|よい|良い|よかった|良かった|(?:やす|易)い|便利|(?:合っ|向い)て(?:いる|る)|ふさわしい|望ましい|まし)(?:だ|です|なの(?:では|じゃ)(?:ない)?か?|の(?:では|じゃ)(?:ない)?か?|ん(?:じゃ|や)(?:ない)?か?)?(?:な)?と(?:(?:私|わたし|僕|自分)(?:は|も))?(?:思|考え|感じ)|(?:て|で)(?:ほしい|欲しい|もらいたい)|望まし|(?:の|ん)(?:では|じゃ)(?:ない)?(?:か|でしょうか)(?=[。！!？?]|と)/u
/**
 * A wish for the readers (多くの方に参加してほしい, 皆さんにも知ってほしい, 各家庭でも備蓄を見直すべき): the course supported or the readers
 * advised, not the city's course opposed.
 */
/**
 * Review of 4fc3d0ed/f9033116 (rv/unof): a wish addressed to residents for their own use or pace (今ある施設を大切に使ってほしい, お父さんたちにも
 * 育休をもっと使ってほしい, 無理のない範囲で続けてほしい): the readers encouraged, not the city's course opposed. Only a care adverb right before the
 * verb, or a class of residents as the addressee (…たちにも, 皆さんに, 市民の方に).
 */
const READER_CARE = /(?:大切に|大事に|無理(?:の)?ない範囲で|無理なく|無理せず|気軽に|安全に|楽しく)(?:使|利用し|活用し|続け|参加し)(?:って|て)(?:ほしい|欲しい|もらいたい|いただきたい)|(?:たち|達|皆さん|みなさん|皆様|皆さま|市民の(?:皆さん|方)|住民の方|方々|利用者の方|若い(?:世代|人|方))(?:に|にも|には)[^。！？!?\n、]{0,12}?(?:て|で)(?:ほしい|欲しい|もらいたい|いただきたい)/u
const READER_WISH = /(?:に|にも|が|も)[^。！？!?\n、]{0,10}?(?:参加|来|知っ|利用し|活用し|体験し|楽しん|見|訪れ|足を運ん|協力し|登録し|申し込ん|応募し|ご覧にな|関心を持っ|興味を持っ)(?:て|で)(?:ほしい|欲しい|もらいたい|いただきたい)|(?:各家庭|ご家庭|家庭|皆さん|みなさん|皆様|皆さま|一人ひとり|一人一人|自分自身|私たち|住民の方)(?:で|でも|が|も|に|には|にも)[^。！？!?\n、]{0,14}?(?:べき|ほうが|方が|(?:て|で)(?:ほしい|欲しい))/u
/**
 * …and what the wish would have the city do: keep, stop, cut, widen, delay, restore or change its measure (残してほしい, 絞るべき, 続けたほうが
 * いい, 修繕して使い続けるべき, 簡単にするべき, …のままがよかった). A wish for the weather or a mood (雨が降らないでほしい) is none.
 */
const COURSE_VERB = /(?:今|いま|従来|現在|これまで)の[^。！？!?\n、,]{1,8}?(?:の)?(?:ほう|方)が|残|やめ|止め|減ら|増や|続け|見直|変え|改め|戻|絞|控え|抑え|遅らせ|延ば|先送り|中止|延期|撤回|再考|考え直|立ち止ま|慎重|縮小|拡大|削|使|充て|回し|回す|維持|据え置|守|まま|現状|なくさ|なくし|廃止|統合|移転|建て|(?:に|く)(?:する|して|す(?=べき))/u
/**
 * Blind R311E-020 kind (unof56): a wish on how the city's money is spent (新しい庁舎より掘割のしゅんせつにお金を回してほしい派です, 予算は道路に
 * 使ってほしい), or a camp taken on a measure (…ほしい派, 移転反対派), after a personal marker or in a post tagged as the staff's musing
 * (担当のひとりごと, 中の人のつぶやき): one person's priorities for public money on the account.
 */
const SPENDING_WISH = /(?:お金|おかね|予算|税金|財源|費用)(?:を|は)?[、,]?[^。！？!?\n]{0,6}?(?:回|まわ|使|つか|充て|あて|振り向け|かけ)(?:して|って|て)(?:ほしい|欲しい|ほしか|もらいたい|いただきたい)/u
const SPENDING_ASKED = /(?:どこ|何|なに|なん|どの|どれ|どんな|どう)[^。！？!?\n]{0,12}?(?:ほしい|欲しい|もらいたい|いただきたい)か/u
const STAND_CAMP = /(?:て|で)(?:ほしい|欲しい)派|(?:反対|存続|廃止|移転|建て替え|据え置き|現状維持|見直し)派(?:です|だ|や|なので|なんです)/u
/**
 * Blind R335U-017 kind (misc62): the city's course told as what it recommends or asks (市ではマイナ保険証への切り替えをおすすめしていますが, 市は
 * 早めの接種を呼びかけていますが), then the writer's own view, marked by the plain first person (私自身は, 私は, 僕は), telling the readers they
 * need not follow it (急いで替えなくても大丈夫ですよ, 無理に申し込む必要はないと思います, 今のままで十分だと思います, 困ることはないと思って
 * います): one staff member's advice against the city's own course, on the account. The plain first person marks only with the city's course
 * told before it and a stand against it (AGAINST_STAND, or after a turn a wish or NO_NEED_STAND); advice the city itself gives (当日参加の方は
 * 申し込む必要はありません) has no first person.
 */
const PLAIN_SELF_G = /(?<![\p{Script=Han}ごお])(?:私|わたし|わたくし|僕|ぼく|自分)(?:自身)?は(?![\p{Script=Han}]{0,3}(?:市|課|担当))/gu
const NO_NEED_STAND =
  /(?:なくても|なくて|ないでも)[、,]?(?:全然|別に|特に|まったく|全く)?(?:大丈夫|いい|よい|良い|ええ|構いません|かまいません|構わない|かまわない|問題(?:ない|ありません)|平気)|必要(?:は|も)?(?:ない|ありません|ございません|なし)|(?:まま|現状)で(?:も)?(?:十分|じゅうぶん|いい|よい|良い|大丈夫|問題(?:ない|ありません))|困る?こと(?:は|も)(?:ない|ありません|なかった)/u
/** The post tagged as one staff member's musing (【防災担当のひとりごと】, 担当のひとりごとでした, #中の人のつぶやき). */
const MUSING_TAG = /(?:担当者?|中の人|職員|係長|課長)(?:の)?(?:ひとりごと|独り言|ひとり言|つぶやき|呟き|ぼやき)/u
const OWN_VIEW_G = new RegExp(OWN_VIEW.source, 'gu')
const CITY_PROJECT_RE = new RegExp(CITY_PROJECT, 'u')

/** Whether the paragraph sets one staff member's stand against the city's course, or their priorities for its money (reported). */
function standAgainstCity(e: Emitter, t: string): boolean {
  const musing = MUSING_TAG.test(t)
  // The writer's markers, and in a musing post every sentence's start as well.
  const marks: Array<{ at: number; end: number }> = []
  for (const m of matchAllOf(OWN_VIEW_G, t, MAX_HITS)) if (t[m.index + m[0].length] !== 'も') marks.push({ at: m.index, end: m.index + m[0].length })
  // (The plain first person, 私自身は, as a weak mark: only with the city's course before it.)
  const weak = new Set<number>()
  for (const m of matchAllOf(PLAIN_SELF_G, t, MAX_HITS)) if (!marks.some((k) => k.at <= m.index && k.end > m.index)) {
    marks.push({ at: m.index, end: m.index + m[0].length })
    weak.add(m.index)
  }
  // (The dissent itself as the mark: what follows in its sentence is the writer's side.)
  const dissent = t.includes('の') ? matchAllOf(CITY_DISSENT, t, MAX_HITS).map((m) => m.index + m[0].length) : []
  for (const at of dissent) marks.push({ at, end: at })
  if (musing) {
    for (let i = 0; i < t.length && marks.length < MAX_HITS; ) {
      const s = sentenceAround(t, i, i)
      const lead = /^[\s　]*(?:【[^】\n]{0,30}】)?[\s　]*/u.exec(t.slice(s.start, s.end))![0].length
      if (!marks.some((k) => k.at >= s.start && k.at < s.end)) marks.push({ at: s.start + lead, end: s.start + lead })
      i = s.end > i ? s.end : i + 1
    }
  }
  for (const k of marks) {
    if (quotedVoice(t, k.at)) continue
    const s = sentenceAround(t, k.at, k.end)
    const clause = t.slice(k.end, s.end)
    const sameBefore = t.slice(s.start, k.at)
    const prev = s.start > 0 && !t.slice(Math.max(0, s.start - 2), s.start).includes('\n\n') ? sentenceAround(t, s.start - 1, s.start - 1) : null
    const dissented = dissent.includes(k.at)
    const course = dissented || CITY_COURSE.test(sameBefore) || PLAN_CONCEDED.test(sameBefore) || (prev !== null && CITY_COURSE.test(t.slice(prev.start, prev.end)))
    const turned = dissented || TURN_BEFORE.test(sameBefore) || /^[\s　]*(?:ただ|でも|しかし|とはいえ|ただし|それでも)[、,]/u.test(clause)
    let stand: RegExpExecArray | null = null
    if (course) {
      stand = AGAINST_STAND.exec(clause)
      const wish = !stand && turned ? WISH_STAND.exec(clause) : null
      if (wish && COURSE_VERB.test(clause.slice(0, wish.index + wish[0].length)) && !READER_WISH.test(clause) && !READER_CARE.test(clause) && !READER_ADVICE.test(clause)) stand = wish
      if (!stand && turned) stand = NO_NEED_STAND.exec(clause)
      // Blind R327D-005 / R328M-005 kind: the course judged in hindsight, or doubted after a turn.
      if (!stand && turned) {
        const late = HINDSIGHT_STAND.exec(clause) ?? DOUBT_STAND.exec(clause)
        if (late && !DOUBT_ACTED.test(clause.slice(late.index + late[0].length)) && !DOUBT_WEATHER.test(clause) && !READER_WISH.test(clause) && !READER_CARE.test(clause) && !READER_ADVICE.test(clause)) stand = late
      }
    }
    // Review of 4fc3d0ed (rv/unof): a spending wish asked of the residents (税金をどこに使ってほしいか, 何に使ってほしいか選べる) or quoted as
    // their voice (「お金をもっと防災に使ってほしい」という声) is not the writer's own priority.
    const spent = SPENDING_WISH.exec(clause)
    const spentAt = spent ? k.end + spent.index : -1
    const askedOrQuoted = spent !== null && (SPENDING_ASKED.test(clause.slice(0, spent.index + spent[0].length + 2)) || quotedVoice(t, spentAt) || /^[^。！？!?\n「」]{0,8}」(?:と|って|という|との)/u.test(t.slice(spentAt + spent[0].length)))
    if (weak.has(k.at) && !course) continue
    stand ??= (askedOrQuoted ? null : spent) ?? (STAND_CAMP.test(clause) && (CITY_MEASURE.test(clause) || CHANGE.test(clause) || CITY_PROJECT_RE.test(clause)) ? STAND_CAMP.exec(clause) : null)
    if (!stand) continue
    const end = k.end + stand.index + stand[0].length
    put(e, 'unofficial/personal-view', k.at, end, { opinion: t.slice(k.at, s.end).trim().replace(/[。！!]$/u, '') })
    return true
  }
  return false
}

/**
 * Blind R409J-021 kind: the writer's own conclusion or conviction named as theirs (私の結論は、…ということです; 担当として見てきた自分なりの答えは
 * …しかない; 私の持論ですが; 僕の実感としては), then the city said to take the same stand in that sentence or the next (柳川市としても同じ立場で
 * 国に要望していきます, 市としても同様に考えています, 本市の考えも同じです): one member of staff's verdict made the city's position, a formal
 * request built on it included. The conclusion must be the first person's (私, 自分, 僕, 担当者, 職員 …; not a committee's, the children's or the
 * survey's), and what the city shares must be a stand (CITY_SHARES, そういう立場), not an action taken anyway (市としても対応していきます).
 */
const OWN_CONCLUSION =
  /(?:(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|担当職員|一職員|いち職員)(?:個人|自身)?(?:なり)?の|(?:私|わたし|わたくし|僕|ぼく|自分)(?:が|の)(?:出した|たどり着いた|辿り着いた|至った|得た|導いた))(?:結論|答え|こたえ|持論|確信|信念|実感|見立て)(?:は|として(?:は)?|では|です(?:が|けど)?|だ(?:が|けど)|ですけれど)/gu
const CITY_STAND_SHARED = /(?:そういう|そういった|そのような|同じ|同様の|同じような)(?:考え|方針|立場|意見|方向|スタンス|思い|見解|認識|結論)/u
export function ownConclusionShared(e: Emitter, t: string): void {
  for (const m of matchAllOf(OWN_CONCLUSION, t, MAX_HITS)) {
    if (quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const next = s.end < t.length && !t.slice(s.end - 1, s.end + 1).includes('\n\n') ? sentenceAround(t, s.end, s.end) : s
    const from = m.index + m[0].length
    const city = CITY_TOO.exec(t.slice(from, next.end))
    if (!city || !(CITY_SHARES.test(city[0]) || CITY_STAND_SHARED.test(city[0]))) continue
    const at = from + city.index
    put(e, 'unofficial/personal-view', at, at + city[0].length, { opinion: t.slice(m.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
}
/**
 * Blind R427C-047 kind: the writer's own conviction or view, marked as theirs (…こそが進むべき道だと私は確信しています; …と私は思います;
 * 個人的には; 正直に言うと), then the city named as the subject in the next sentence with a stance on a matter (柳川市は、郊外への大型店の出店
 * には反対です; 本市も…の誘致に賛成の立場です; 市としては…を支持します): one member of staff's conviction stated as the city's stand, no
 * decision behind it. Clean: a decision, a resolution, a declaration or a plan cited for the stance (議会の決議を受けて, 平和都市宣言に基づき,
 * 総合計画で, 市長が表明した), a city action with no stance (柳川市は商店街の活性化を応援しています), a stance asked or quoted (反対の声).
 * Blind R428D-023 kind: the writer's own advice against a programme of the city, marked as theirs (正直に言うと、…は毎年受けなくても…十分だと
 * 思います; 個人的には…までは不要だと思います), then the city said to go along in the next sentence (市としてもそこまで強くはお勧めしていません;
 * 市でも必須とはしていません): one person's view overriding the city's guidance and passed off as its own. Clean: the city's guidance told
 * with no view of the writer's (対象外の方には受診をお勧めしていません), a view in line with the programme (…毎年受けたほうがいいと思います。
 * 市としても…お勧めしています), a personal memory (正直に言うと、私も最初は面倒だと思っていました。市では年1回の受診をお勧めしています).
 */
const SELF_CONVICTION = /と(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|も|自身(?:は)?)?[、,]?)?(?:確信|信じて|信じます|信じる)|と(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|も|自身(?:は)?)[、,]?(?:思|おも|考え|感じ)/u
const CITY_SUBJECT = /^[\s　]*(?:(?:ですから|なので|だから|そのため|そこで)[、,]?)?(?:柳川市|本市|当市|市役所|市)(?:として)?(?:は|も|では|でも)[、,]?/u
const CITY_STANCE_TAKEN =
  /(?:に|には|にも|へは)[、,]?(?:断固|強く|明確に|はっきり|全面的に)?(?:反対|賛成)(?:です|である|であります|だ|します|いたします|の立場(?:です|をとります|を取ります|であります)|しています)|(?:の|を)[、,]?(?:推進|支持|反対|賛成)(?:の立場(?:です|をとります|を取ります|であります)|派です|します|いたします)/u
const STANCE_GROUNDED = /決議|議決|決定|宣言|計画|条例|方針を(?:決|定)|表明|答弁|市長|議会|に基づ|を受けて|として決め|声|意見|か(?:どうか)?[?？]/u
const AGAINST_PROGRAMME = /(?:受け|行か|参加し|し|申し込ま|接種し|やら)なくても[、,]?[^。！？!?\n]{0,30}?(?:十分|大丈夫|いい|よい|良い|問題(?:ない|ありません))|(?:は|も)[、,]?(?:不要|必要ない|いらない|必要(?:は)?(?:ありません|ない))/u
const CITY_GOES_ALONG = /^[^。！？!?\n]{0,24}?(?:お?勧め|お?すすめ|お?薦め|推奨|求め|義務付け|必須と)(?:して|は(?:して)?)(?:い|お)?(?:ません|ない|りません)/u
export function ownViewAsCityStance(e: Emitter, t: string): void {
  for (let i = 0, n = 0; i < t.length && n < MAX_HITS; n++) {
    const s = sentenceAround(t, i, i)
    i = s.end > i ? s.end : i + 1
    const view = t.slice(s.start, s.end)
    if (!(OWN_VIEW.test(view) || SELF_CONVICTION.test(view)) || quotedVoice(t, s.start) || view.includes('「')) continue
    if (s.end >= t.length || t.slice(s.end - 1, s.end + 1).includes('\n\n')) continue
    const next = sentenceAround(t, s.end, s.end)
    const said = t.slice(next.start, next.end)
    const city = CITY_SUBJECT.exec(said)
    if (!city) continue
    const rest = said.slice(city[0].length)
    const stance = CITY_STANCE_TAKEN.exec(rest)
    const along = AGAINST_PROGRAMME.test(view) && /(?:も|でも)[、,]?$/u.test(city[0]) ? CITY_GOES_ALONG.exec(rest) : null
    const hit = along ?? (stance && !STANCE_GROUNDED.test(rest.slice(0, stance.index)) ? stance : null)
    if (!hit) continue
    const end = next.start + city[0].length + hit.index + hit[0].length
    put(e, 'unofficial/personal-view', next.start + city[0].search(/[^\s　]/u), end, { opinion: view.trim().replace(/[。！!]$/u, '') })
    return
  }
}
export function personalView(e: Emitter, t: string): void {
  // …というのが市の本音です / 市の見方です: one person's view said to be the city's real one.
  const real = CITY_REAL_VIEW.exec(t)
  if (real) {
    put(e, 'unofficial/personal-view', real.index, real.index + real[0].length, { opinion: t.slice(sentenceAround(t, real.index, real.index).start, real.index).replace(/^[、,\s]+/u, '') || real[0] })
    return
  }
  const group = t.includes('べき') ? CITY_PRESCRIBES_GROUP.exec(t) : null
  if (group) {
    put(e, 'unofficial/personal-view', group.index, group.index + group[0].length, { opinion: group[0] })
    return
  }
  const demand = CITY_DEMANDS.exec(t)
  if (demand) {
    const d = demand.index + demand[0].lastIndexOf('。') + 1
    put(e, 'unofficial/personal-view', d, demand.index + demand[0].length, { opinion: t.slice(demand.index, demand.index + demand[0].length) })
    return
  }
  // (A cause the city's inquiry found, 調査の結果…が原因と考えています, is its finding.)
  const verdict = /調査の結果|検証の結果|調べた結果|判明|報告書/u.test(t) ? null : (CITY_VERDICT_STANCE.exec(t) ?? cityGuessedCause(t))
  if (verdict) {
    put(e, 'unofficial/personal-view', verdict.index, verdict.index + verdict[0].length, { opinion: verdict[0] })
    return
  }
  const system = SYSTEM_VERDICT.exec(t)
  if (system && !CITY_ACTS.test(t)) {
    put(e, 'unofficial/personal-view', system.index, system.index + system[0].length, { opinion: system[0] })
    return
  }
  const worth = CITY_WORTH_VERDICT.exec(t)
  if (worth) {
    put(e, 'unofficial/personal-view', worth.index, worth.index + worth[0].length, { opinion: worth[0] })
    return
  }
  const proposes = CITY_PROPOSES.exec(t) ?? CITY_TASTE_RANK.exec(t)
  if (proposes && !READER_ADVICE.test(proposes[0])) {
    put(e, 'unofficial/personal-view', proposes.index, proposes.index + proposes[0].length, { opinion: proposes[0] })
    return
  }
  const consensus = INSIDE_CONSENSUS.exec(t)
  if (consensus) {
    const s0 = sentenceAround(t, consensus.index, consensus.index)
    if (OPINION.test(t.slice(s0.start, consensus.index))) {
      put(e, 'unofficial/personal-view', consensus.index, consensus.index + consensus[0].length, { opinion: t.slice(s0.start, consensus.index).replace(/[、,]$/u, '') })
      return
    }
  }
  const feels = CITY_FEELS.exec(t)
  if (feels) {
    put(e, 'unofficial/personal-view', feels.index, feels.index + feels[0].length, { opinion: feels[0] })
    return
  }
  // The city's stance, then marked as one person's view (柳川市としては…と考えています。（※担当者個人の意見です））.
  const note = PERSONAL_NOTE.exec(t)
  const stance = note ? CITY_STANCE.exec(t) ?? CITY_SIDE.exec(t) : null
  if (note && stance && stance.index < note.index) {
    put(e, 'unofficial/personal-view', stance.index, stance.index + stance[0].length, { opinion: t.slice(note.index, note.index + note[0].length) })
    return
  }
  const other = CITY_SIDE_ON_OTHER.exec(t)
  if (other && !CITY_ACT_ON_IT.test(t)) {
    put(e, 'unofficial/personal-view', other.index, other.index + other[0].length, { opinion: other[0] })
    return
  }
  if (standAgainstCity(e, t)) return
  // OPINION_THEN_CITY tries every sentence start: only where its と思/と考え can be.
  const own = OWN_VIEW.exec(t) ?? (t.includes('と思') || t.includes('と考え') ? OPINION_THEN_CITY.exec(t) : null)
  if (!own) return
  // Blind review kind (misc22): the view inside a resident's voice quoted and labelled or framed as theirs (参加者の声：「個人的には…」).
  if (quotedVoice(t, own.index)) return
  const s = sentenceAround(t, own.index, own.index + own[0].length)
  // An opinion on what should be done (必要だと思います, べき, 反対です), not a taste (川下りが一番好きです).
  // Blind R146I-106: a flat verdict on the nation's measure (国の制度改正はまったく評価できません) is an opinion with no と思 too.
  if (!OPINION.test(t.slice(s.start, s.end)) && !MEASURE_OPPOSED.test(t.slice(s.start, s.end)) && !NATIONAL_VERDICT.test(t.slice(s.start, s.end))) return
  // Blind R158A-133: the writer's thought in a cleft (担当として毎年関わってきて思うのは、…戻したほうがいいのではないかということです) is one
  // person's view only as a proposal for what should change (ほうがいい, べき, のではないか); a safety point the city urges (思うのは、早めの
  // 避難が何より必要だということです) is its message.
  if (/のは$/u.test(own[0]) && !/(?:ほう|方)が(?:いい|よい|良い)|べき|(?:のでは|んじゃ|のじゃ)(?:ない)?か/u.test(t.slice(s.start, s.end))) return
  const next = s.end < t.length ? sentenceAround(t, s.end + 1, s.end + 1) : s
  const rest = t.slice(s.start, next.end)
  // …or, in the same sentence, the city's stance itself (正直なところ、柳川市としては…と考えています).
  const declared = CITY_POLICY_DECLARED.exec(rest)
  const near = CITY_TOO.exec(rest) ?? CITY_STANCE.exec(t.slice(own.index + own[0].length, s.end)) ?? (declared && !FORMAL_STEP.test(t.slice(s.start, next.end)) ? declared : null)
  // …or the city said to share it two sentences on, a reason between them (…大賛成です。…ありません。市としても…べきだと考えています).
  const after = !near && next.end < t.length && next !== s ? sentenceAround(t, next.end + 1, next.end + 1) : null
  const far = after ? CITY_TOO.exec(t.slice(after.start, after.end)) : null
  if (far && after && CITY_SHARES.test(far[0]) && !t.slice(next.end, after.start).includes('\n')) {
    put(e, 'unofficial/personal-view', after.start + far.index, after.start + far.index + far[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  const city = near
  // …or the city's stance said in the sentence before (柳川市としては…と考えています。個人的にも、…すべきだと思います).
  const prev = !city && s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1) : null
  const before = prev ? CITY_STANCE.exec(t.slice(prev.start, prev.end)) : null
  if (before && prev && /^(?:個人的に|私個人|私|自分)(?:も|としても)/u.test(own[0] + t.slice(own.index + own[0].length, own.index + own[0].length + 2))) {
    put(e, 'unofficial/personal-view', prev.start + before.index, prev.start + before.index + before[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  const foretold = !city ? VIEW_FORETOLD.exec(t.slice(s.start, next.end)) : null
  if (foretold && /べき|必要|(?:ほう|方)が(?:いい|よい|良い)|望まし/u.test(t.slice(s.start, s.end))) {
    put(e, 'unofficial/personal-view', s.start + foretold.index, s.start + foretold.index + foretold[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  // Blind R299D-003 kind (unof20): one person's call for what should be done, set against the city's own course in the same or the next
  // sentence (担当としては正直もっと早く進めるべきだと感じています。…市の方針を待っていられないというのが本音です).
  const outrun = !city ? CITY_OUTRUN.exec(t.slice(s.start, next.end)) : null
  if (outrun && /べき|(?:ほう|方)が(?:いい|よい|良い)/u.test(t.slice(s.start, s.end))) {
    put(e, 'unofficial/personal-view', s.start + outrun.index, s.start + outrun.index + outrun[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    return
  }
  // Blind R225R-001 kind: one person's stand, in a post that says the city has not taken its own yet (私個人としては、…減るのは反対です。
  // 市としての立場はまだ出ていないんですが、…): the writer's side given on a matter the city is still to decide.
  // (With the deliberation said open, only a side: 反対, 賛成, べき, ほうがいい; a wish, …てほしい, may be the readers' interest asked for.)
  const cityOpen = !city ? CITY_UNDECIDED.exec(t) : null
  const undecided = cityOpen ?? (!city ? DELIBERATION_OPEN.exec(t) : null)
  if (undecided && (cityOpen ? STAND : SIDE_TAKEN).test(t.slice(own.index, s.end))) {
    const said = t.slice(own.index, s.end).trimEnd().replace(/[。！!]$/u, '')
    put(e, 'unofficial/personal-view', own.index, own.index + said.length, { opinion: said })
    return
  }
  if (!city) {
    // One person's verdict on the city itself (個人的には、柳川市の財政はもう破綻寸前だと思っています): said on the city's
    // account, it reads as the city's; a taste or praise of an event (個人的には川下りが一番好き) is not.
    const sentence = t.slice(s.start, s.end)
    const affairs = CITY_AFFAIRS.test(sentence)
    const verdict = affairs ? CITY_VERDICT.exec(sentence) : null
    if (verdict) {
      put(e, 'unofficial/personal-view', s.start + verdict.index, s.start + verdict.index + verdict[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const notWorth = PROJECT_NOT_WORTH.exec(sentence)
    if (notWorth && s.start + notWorth.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + notWorth.index + notWorth[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const oversized = new RegExp(CITY_PROJECT, 'u').test(sentence) || PLANNED_WORK.test(sentence) ? OVERSIZED.exec(sentence) : null
    if (oversized && s.start + oversized.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + oversized.index + oversized[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const outlived = MEASURE_OUTLIVED.exec(sentence)
    if (outlived && s.start + outlived.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + outlived.index + outlived[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or a cause of a matter of the city's named as one's own feeling (あくまで私見ですが、予算が…ばかり回っているのが原因だと感じております).
    const cause = affairs ? CAUSE_AS_VIEW.exec(sentence) : null
    if (cause && s.start + cause.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + cause.index + cause[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or the view, then the matter said not to be the writer's to decide (…と思ってます！私は担当じゃないので決められないんですけど).
    const disowned = DECISION_NOT_MINE.exec(t.slice(own.index + own[0].length, next.end))
    if (disowned) {
      const end = s.end - (/[。！!？?]$/u.test(sentence) ? 1 : 0)
      put(e, 'unofficial/personal-view', own.index, end, { opinion: t.slice(own.index, end) })
      return
    }
    // …or a verdict on where the fault lies, or on a decision of the city in hindsight (個人的には、…組織の問題だと感じております,
    // 個人的には建て替えたほうがよかったと思っています): the excerpt runs from the personal marker to the verdict's end.
    const judged = FAULT_VERDICT.exec(sentence) ?? hindsightVerdict(sentence, s.start > 0 ? sentenceOf(t, s.start - 1, s.start - 1) : '')
    if (judged && s.start + judged.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + judged.index + judged[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // …or a proposal to change a measure of the city (個人的な意見ですが、来年度の白秋祭は花火をやめて、その分の予算を掘割の照明に
    // 回すべきだと思っています; 私見ですが、駐車場は有料にしたほうがいい): one person's plan for an undecided matter, said on the city's
    // account. Advice to readers (申し込みはお早めにしたほうがよい) and a taste (午前中の便がおすすめ) name no change.
    // Blind R129I-008: one person's stand against (or for) a measure of the city (正直に言うと、今回の下水道料金の値上げには職員としても反対です;
    // 個人的には、図書館の統合には賛成できません): the account takes a side on the city's own decision. A stand on a national issue is its own kind.
    const national = NATIONAL_VERDICT.exec(sentence) ?? NATIONAL_PRESCRIPTION.exec(sentence)
    if (national && s.start + national.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + national.index + national[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const against = MEASURE_OPPOSED.exec(sentence)
    if (against && s.start + against.index >= own.index) {
      put(e, 'unofficial/personal-view', own.index, s.start + against.index + against[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R304W-017 kind (unreb21): the measure named first, the personal marker between it and the stand (…開館時間短縮、私個人としては
    // 正直納得していません): the stand is still the writer's own, on the city's measure.
    if (against && s.start + against.index + against[0].length > own.index + own[0].length) {
      put(e, 'unofficial/personal-view', s.start + against.index, s.start + against.index + against[0].length, { opinion: t.slice(s.start, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const proposal = PROPOSAL.exec(sentence)
    if (proposal && s.start + proposal.index >= own.index && (CHANGE.test(sentence) || CITY_MEASURE.test(sentence) || FEE_PROPOSED.test(sentence)) && !READER_ADVICE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + proposal.index + proposal[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    const reshaped = RULE_RESHAPED.exec(sentence)
    if (reshaped && s.start + reshaped.index >= own.index && !READER_ADVICE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + reshaped.index + reshaped[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Team R42B-042 kind: …or one's own remedy set against the city's view given just before it (…不要というのが市の考えでございます。まあ
    // 個人的には、戸別受信機を全戸に配ればいいと思うんですけどね): the account says the city thinks one thing and its writer another.
    const remedy = OWN_REMEDY.exec(sentence)
    if (remedy && s.start + remedy.index >= own.index && s.start > 0 && CITY_VIEW_GIVEN.test(sentenceOf(t, s.start - 1, s.start - 1)) && (REMEDY_CONTRAST_END.test(sentence) || REMEDY_CONTRAST_START.test(sentence))) {
      put(e, 'unofficial/personal-view', own.index, s.start + remedy.index + remedy[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R170I-015: a price judged too high in one's own view, then the sellers asked to do something about it (中の人としても、…1万円近くに
    // なるのは正直ちょっと高いかなと感じています。事業者の皆さん、なんとかなりませんかね…？): the account presses businesses on their prices on
    // one person's verdict.
    const priced = PRICE_VERDICT.exec(sentence)
    const plea = priced && s.start + priced.index >= own.index && PRICED_THING.test(sentence) ? SELLERS_PRESSED.exec(t.slice(s.start, next.end)) : null
    if (priced && plea) {
      put(e, 'unofficial/personal-view', own.index, s.start + priced.index + priced[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R180A-027: …or the price of a fee the city sets judged too cheap or too dear (私の個人的な感覚では、今の値段は安すぎるくらいだと
    // 思っています, of 指定ごみ袋の価格): the account's side taken on its own measure.
    if (priced && s.start + priced.index >= own.index && PRICED_THING.test(sentence) && CITY_FEE.test(sentence)) {
      put(e, 'unofficial/personal-view', own.index, s.start + priced.index + priced[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
      return
    }
    // Blind R170I-057: one's own complaint about a measure of the city (正直なところ、プラの分け方が細かすぎて…面倒が増えるだけだと思っています),
    // then a unit of the city asked to do better (担当課には現場の声をもっと聞いてほしいですね): the staff's quarrel with their own office aired on
    // the account that speaks for it.
    const grievance = GRIEVANCE.exec(sentence)
    const asked = grievance && s.start + grievance.index >= own.index ? CITY_UNIT_ASKED.exec(t.slice(s.start, next.end)) : null
    if (grievance && asked) {
      const a = s.start + asked.index
      put(e, 'unofficial/personal-view', a, a + asked[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
    }
    return
  }
  const a = (city.input === rest ? s.start : own.index + own[0].length) + city.index
  put(e, 'unofficial/personal-view', a, a + city[0].length, { opinion: t.slice(own.index, s.end).replace(/[。！!]$/u, '') })
}

/**
 * Team R27A-090 kind: the city's stance prescribing what a class of residents should do (柳川市としては、80歳を過ぎたら運転免許は返納すべきだと
 * 考えています; 市としては、高齢者は…すべきだと思っています): a line drawn over people by age or group that no decision of the city sets, one
 * person's view given as the city's. The city's own duty (市としては、安全対策を強化すべきだと考えています) is not this.
 */
const CITY_PRESCRIBES_GROUP = /(?:柳川市|本市|当市|(?<![\p{Script=Han}])市)(?:として(?:は|も)|は)[、,]?[^。！？!?\n]{0,40}?(?:[0-9０-９一二三四五六七八九十]+(?:歳|才)(?:を過ぎ(?:たら|れば|た(?:方|人))|を超え(?:たら|れば|た(?:方|人))|以上(?:の(?:方|人)|は|になったら)|になったら)|(?:高齢者|お年寄り|高齢の(?:方|人)|若者|若い(?:人|世代)|親|保護者|住民|市民)(?:は|が|こそ))[^。！？!?\n]{0,30}?べき(?:だ|である)?と(?:考え|思)/u

/*
 * The staff member's own voice on the account (blind R385J kinds):
 * - A personal view on a policy matter, marked as one's own (正直, 正直なところ, 個人的には, 私見ですが; or と私は思う in the view itself):
 *   a prescription for a measure (…はやめて、…にすべきだと私は思っています) or a guess at why a public body acts (国が…本気じゃないから
 *   だと思いますよ). Said on the city's account it reads as the city's. Advice to the readers, regret (…すべきだった) and a taste stay clean.
 * - An idea floated inside the section (…ができたらいいね〜という話を、いま課内でしてます): a plan no one has decided, told as talk among staff.
 * - A date guessed before it is official (たぶん7月の第2土曜になると思います！まだ正式じゃないけど): the hedge with a date, and the paragraph
 *   saying it is not official yet or the sentence naming an event whose date it is.
 * - Not a forecast: a supposition as the condition of a procedure (…があると思われるときは、…請求できます; …と感じたら相談を).
 * - Not a rumour passed on: a rumour refused as the way to pass a thing on (…といった噂話として広めるのではなく、…お伝えください).
 */
const OWN_PRESCRIPTION = /(?:べき|(?:た|る)(?:ほう|方)が(?:いい|よい|良い))(?!だっ|でし)(?:だ|では(?:ない)?か|なのでは(?:ない)?か)?(?:と|って)[、,]?(?:(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては|個人としては))?(?:思|おも|考え|感じ)/u
const BODY_MOTIVE = /(?<![\p{Script=Han}])(?:国|県|政府|[\p{Script=Han}]{1,4}省|自治体|行政|議会)(?:が|は|も|側が)[^。！？!?\n]{0,30}?(?:から|せい|ため)(?:だ|じゃない(?:か)?|ではない(?:か)?|なの(?:では|じゃ)(?:ない)?か?)?(?:と|って)[、,]?(?:私は)?(?:思|おも|考え|感じ)/u
/** What a prescription would do to a measure (やめる, 一本にする, 無料にする, 見直す); keeping a rule or using a thing is the reader's step. */
const MEASURE_COURSE = /やめ|止め|廃止|見直|変え|改め|一本|統合|無料|有料|値上|値下|縮小|拡大|減ら|増や|延ば|なくし|なくさ|回し|回す|充て|据え置|中止|延期|撤回|導入|民営化|(?:に|く)(?:する|して|す(?=べき))/u
const SELF_IN_VIEW = /と[、,]?(?:私|わたし|わたくし|僕|ぼく|自分)(?:は|としては|個人としては)(?:思|おも|考え|感じ)/u
function candidPolicyView(e: Emitter, t: string): void {
  for (const re of [OWN_PRESCRIPTION, BODY_MOTIVE]) {
    const m = re.exec(t)
    if (!m) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const lead = t.slice(s.start, m.index + m[0].length)
    const own = OWN_VIEW.exec(lead)
    if (!own && !SELF_IN_VIEW.test(m[0])) continue
    if (quotedVoice(t, m.index) || READER_ADVICE.test(sentence) || READER_WISH.test(sentence)) continue
    // A prescription names a course for a measure (やめる, 一本にする, 見直す), not a step the reader takes.
    if (re === OWN_PRESCRIPTION && !MEASURE_COURSE.test(t.slice(own ? s.start + own.index : s.start, m.index)) && !CHANGE.test(sentence)) continue
    const from = own ? s.start + own.index : s.start
    put(e, 'unofficial/personal-view', from, m.index + m[0].length, { opinion: sentence.trim().replace(/[。！!]$/u, '') })
    return
  }
}
const IDEA_FLOATED = /(?:たら|れば|なら|たい)[^。！？!?\n「」]{0,6}?(?:いい|良い|よい|面白い|おもしろい|楽しい|素敵)?(?:な|ね|よね|のに|なあ|なぁ)?[〜~ー！!♪]{0,3}(?:という|って|っていう|なんて|との)(?:話|声|案|アイデア|アイディア|構想)(?:を|が|も|で)[、,]?[^。！？!?\n]{0,8}?(?:課内|庁内|部内|係内|職員(?:の間|同士)|内部|チーム内|役所内|担当内|課の中|課のみんな)(?:で|では)[、,]?[^。！？!?\n]{0,6}?(?:して|し(?:とる|よる|ています|てます)|出て|盛り上が|話し|あが|上が)/u
const DATE_GUESSED = /(?:たぶん|多分|おそらく|恐らく|きっと)[、,]?[^。！？!?\n]{0,16}?(?:[0-9０-９一二三四五六七八九十]{1,2}(?:月|日)|第[0-9０-９一二三四五](?:[月火水木金土日]曜|週)|[月火水木金土日]曜|上旬|中旬|下旬|連休)[^。！？!?\n]{0,10}?(?:に(?:なる|なり)|で(?:決まる|固まる))(?:かな|と|って)?(?:思います|思う|思いま|思って|みたい|そう)/u
const NOT_OFFICIAL_YET = /まだ(?:正式|公式)(?:じゃ|では|に(?:決まっ|決定し|発表し)て(?:い|お)?)(?:ない|なか|ありません|ません)|正式(?:決定|発表)(?:前|はまだ|じゃない|ではない)/u
const DATED_EVENT = /フォーラム|祭|まつり|大会|イベント|説明会|式典|会議|講演会|開催|日程|セミナー|コンサート|マルシェ|フェス/u
function floatedOrGuessed(e: Emitter, t: string): void {
  const idea = IDEA_FLOATED.exec(t)
  if (idea) put(e, 'unofficial/unannounced', wordStart(t, idea.index), idea.index + idea[0].length)
  const date = DATE_GUESSED.exec(t)
  if (date) {
    const sentence = sentenceOf(t, date.index, date.index + date[0].length)
    if (NOT_OFFICIAL_YET.test(t) || (DATED_EVENT.test(sentence) && !DIRECTION_NATURE.test(sentence))) put(e, 'unofficial/unannounced', date.index, date.index + date[0].length)
  }
}
/** The staff member's own voice read as the city's: a view on policy, an idea floated, a date guessed. */
export function staffVoice(e: Emitter, t: string): void {
  // (A paragraph another reading has already reported, as the city's stance shared with the view, is not reported again.)
  if (e.spans.length === 0 && /べき|(?:ほう|方)が|から|せい|ため/u.test(t) && /思|おも|考え|感じ/u.test(t)) candidPolicyView(e, t)
  if (/話|声|案|アイデア|アイディア|構想|たぶん|多分|おそらく|恐らく|きっと/u.test(t)) floatedOrGuessed(e, t)
}

const OPINION_AS_CITY_VIEW =
  /(?:べき(?:だ|です|である)?|べきでない|べきではない|(?:は|が)?当然(?:だ|です|である)?|当たり前(?:だ|です)?|おかしい|許されない|許せない|反対(?:だ|です)|賛成(?:だ|です))[」』]?[、,]?(?:という|と言う|っていう)の(?:が|は)[、,]?(?:\p{Script=Han}{0,4}?市|当市|本市|市役所|市として|私たち市|柳川市役所|行政)(?:の|として)?(?:考え|立場|見解|スタンス|意見|総意|思い|本音|本心|結論)(?:です|でございます|だ|であり|であります|なんです|。|$)/gu
export function opinionAsCityView(e: Emitter, t: string): void {
  for (const m of matchAllOf(OPINION_AS_CITY_VIEW, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    if (quotedExample(t, m.index) || /(?:ご意見|お声|ご要望|ご質問|お問い合わせ|かどうか|のか|でしょうか)/u.test(t.slice(m.index, s.end))) continue
    put(e, 'unofficial/personal-view', s.start, m.index + m[0].length, { opinion: t.slice(s.start, m.index + m[0].length).replace(/[。！!]$/u, '') })
  }
}
/** The writer's idea labelled as theirs, beyond OWN_VIEW (僕の考えでは, 担当者個人の思いですが, 自分の意見ですけど). */
const OWN_LABEL_G =
  /(?:私|わたし|わたくし|僕|ぼく|自分|担当者?|職員|中の人|筆者)(?:個人|自身)?の(?:考え|意見|見解|私見|思い|持論|感想|本音|好み)(?:です(?:が|けど|けれど)|だ(?:が|けど)|や(?:けど|けん)|では|としては|を言えば)/gu
/** The city as the subject of a course (柳川市としては, 本市としても, 当市でも, 市も). */
const COURSE_CITY = /(?:柳川市|本市|当市|市役所|(?<![\p{Script=Han}\p{Script=Katakana}])市|当課|担当課|(?<![\p{Script=Han}])役所|行政)(?:として|といたしまして|としまして)?(?:は|も|では|でも)[、,]?/u
/** …its course committed to (方針です, …ていきます, …でいきます, …します, ことにしました), within the sentence. */
const COURSE_COMMITTED =
  /^[^。！？!?\n]{0,60}?(?:(?:方針|方向性?|つもり|予定|計画)(?:です|でございます|だ|である|であります|となっています|となりました)|(?:て|で)(?:いき|まいり|参り)(?:ます|たい)|(?:し|いたし)ます(?=[。！!♪〜~\s]|\p{Extended_Pictographic}|$)|ことに(?:しました|します|なりました|決めました))/u
/** …an ongoing effort or a course still weighed is no new course. */
const COURSE_ONGOING = /引き続き|今後も|これからも|従来どおり|従来通り|これまでどおり|これまで通り|継続|検討|議論|相談|かどうか|[?？]/u
/** A connective of reason opening the city's sentence, or a reason closing the view (…ので、市としては). */
const REASON_LINK = /^[\s　]*(?:なので|だから|ですから|そこで|そのため|よって|したがって|というわけで|ということで|それで|やけん|だけん|じゃけん)|(?:ので|んで|(?:だ|です|ます|る|た|い)から|(?:の|る|た)ため)[、,]?[\s　]*$/u
export function ownViewSetsCourse(e: Emitter, t: string): void {
  const marks = [...matchAllOf(OWN_VIEW_G, t, MAX_HITS), ...matchAllOf(OWN_LABEL_G, t, MAX_HITS)]
  for (const m of marks) {
    const end = m.index + m[0].length
    if (/^(?:な(?:く|い)|ありません|ございません|じゃ)/u.test(t.slice(end, end + 5))) continue
    if (quotedVoice(t, m.index) || t.lastIndexOf('「', m.index) > t.lastIndexOf('」', m.index)) continue
    const s = sentenceAround(t, m.index, end)
    const next = s.end < t.length && !t.slice(s.end - 1, s.end + 1).includes('\n') ? sentenceAround(t, s.end, s.end) : s
    const city = COURSE_CITY.exec(t.slice(end, next.end))
    if (!city) continue
    const at = end + city.index
    const between = t.slice(end, at)
    // (A bare 正直、 or ぶっちゃけ marks a view only with one said: と思う, べき, …のほうがいい.)
    if (/^(?:正直|率直|ぶっちゃけ|本音|思|感じ|考え)/u.test(m[0]) && !/と(?:思|おも|考え|感じ)|べき|(?:ほう|方)が(?:いい|よい|良い)/u.test(between)) continue
    const sameSentence = at < s.end
    const cityLine = sameSentence ? between.slice(Math.max(0, between.length - 20)) : t.slice(s.end, at)
    if (!REASON_LINK.test(cityLine) && !/(?:も|でも)[、,]?$/u.test(city[0])) continue
    const from = at + city[0].length
    const course = COURSE_COMMITTED.exec(t.slice(from))
    if (!course || !COURSE_CHANGE.test(course[0]) || COURSE_ONGOING.test(course[0])) continue
    put(e, 'unofficial/personal-view', at, from + course[0].length, { opinion: t.slice(m.index, sameSentence ? at : s.end).trim().replace(/[、,。！!]$/u, '') })
    return
  }
}
const CITY_OPINION_G =
  /(?:柳川市|本市|当市|市役所|(?<![\p{Script=Han}\p{Script=Katakana}])市)(?:として(?:は|も)|といたしまして(?:は|も)?|としまして(?:は|も)?|では)[、,]?[^。！？!?\n]{0,60}?(?:べき|(?:ほう|方)が(?:いい|よい|良い)|が望ましい|でよい|で十分|は不要|は必要ない|はいらない)(?:だ|である|で(?:は)?ない)?(?:と|だと)[、,]?(?:考えて|思って|判断して|認識して)(?:おり|い|お)/gu
const SELF_MARK = /正直[、,]?(?:私|わたし|僕|ぼく|自分)|個人的(?:に|には|な話)|私自身|わたし自身|わたくし自身|私個人|僕自身|ぼく自身|自分自身|担当者?(?:自身|個人)|私(?:は|も)[、,]?(?:昔から|子ども|子供|もともと)/u
const BARE_REASON_END = /(?:ので|から|もので|ものですから|ですし|ため|んで|けん|ばってん)[。！!…\s]*$/u
const REASON_THEN_CITY = /(?:ので|から|ため|けん)[、,]\s*$/u

export function cityOpinionOwnReason(e: Emitter, t: string): void {
  for (const m of matchAllOf(CITY_OPINION_G, t, MAX_HITS)) {
    const end = m.index + m[0].length
    if (quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const s = sentenceAround(t, m.index, end)
    // The writer's own reason: a bare reason in the next sentence (正直、私自身…不安ですので。), or closing the clause before the city's view.
    const next = s.end < t.length ? sentenceAround(t, s.end, s.end) : null
    const nextSaid = next && next.start >= s.end ? t.slice(next.start, next.end) : ''
    const before = t.slice(s.start, m.index)
    const reasonAfter = nextSaid !== '' && SELF_MARK.test(nextSaid) && BARE_REASON_END.test(nextSaid)
    const reasonBefore = SELF_MARK.test(before) && REASON_THEN_CITY.test(before)
    if (!reasonAfter && !reasonBefore) continue
    put(e, 'unofficial/personal-view', m.index, end, { opinion: (reasonAfter ? nextSaid : before).trim().replace(/[、,。！!]+$/u, '') })
  }
}
/*
 * Blind wave 85 kinds (unofA, one block):
 * - Blind R428D-014, R427C-014 kind: a leaning, a reaction or a hope given as the reason (市長が前向きな発言をされていたので; 参加企業さんの反応が
 *   すごくよかったので; 議員さんも乗り気だったから; 手応えがあったので), then a city measure or an outside body's act told as a plain future fact
 *   (…は無料になります, …が始まります, …を新設します) or foretold with きっと / はず (3社くらいは進出してくれるはず): a leaning is no decision,
 *   so the outcome is handed out before it is decided. LEANING_REASON then LEANING_LINK, the rest of the sentence carrying the outcome
 *   (REASON_OUTCOME) and a measure or a firm's coming (REASON_MEASURE); the plain future only after a person's leaning (a reaction's
 *   plain future, 好評だったので…開設します, is the city's own decision told). Clean: a hope marked as a hope (…になるといいですね, …したいと思います,
 *   期待しています), a leaning with nothing foretold (今後の議論に注目です), a decided basis anywhere in the post (可決され, 予算が成立し), the
 *   city's own event held again (反応がよかったので来年も開催します: 開催 is not a measure here).
 * - Blind R426B-004 kind: a measure told as decided (…することが決まりました, 決定しました) while the post concedes a formal step still ahead
 *   (まだ都市計画決定の手続き前ではありますが; 事業認可はこれからですが; 正式な決定の前ではありますが): FORMAL_STEP_AHEAD in the concession
 *   (…ですが, …けど, ものの) and DECIDED_TOLD in the same paragraph. A reader's procedure (申請の手続き前にご確認ください) is no concession;
 *   a decision with the step done (議決を経て決まりました) has no step ahead.
 * - Blind R426B-055 kind: 確定 / 決定 asserted as a bare word of the writer (これでもう確定なので; 決まりやけん; 決定だから), then a schedule
 *   forecast (…工事が始まって…見られるはずです; 来年には完成するでしょう): BARE_SETTLED then a forecast ending (はず, でしょう, だろう, きっと)
 *   with works or a measure in the sentence. A decided basis in the post (可決され, 予算が成立し), a date fixed told without a forecast (日程が
 *   確定なので、お知らせします) and a sport's result stay clean.
 */
const LEANING_REASON =
  /前向きな(?:発言|答弁|姿勢|回答|お返事|返事|コメント|お話|話|感触|反応)|前向き(?:に検討|に考え)?|乗り気|のり気|ノリノリ|好感触|手応え|手ごたえ|感触が(?:すごく|とても|かなり|非常に)?(?:よ|良|い)|反応が(?:すごく|とても|かなり|非常に|めちゃくちゃ|めっちゃ)?(?:よ|良|い|上々)|評判が(?:すごく|とても|かなり)?(?:よ|良)|好評|熱意|期待(?:の声)?が(?:大き|高|多)|要望が(?:多|強)|賛成(?:の声)?が多/gu
const LEANING_LINK = /^[^。！？!?\n]{0,16}?(?<=[ぁ-ゖ])(?<!(?:こ|そ|あ|ど)れ)(?:ので|から|んで|けん|し[、,])[、,]?/u
const REASON_OUTCOME =
  /(?:きっと|必ず|絶対(?:に)?)[^。！？!?\n]{0,40}|[^。！？!?\n]{0,40}?(?:はず|ハズ)(?:です|だ|や|ばい|よ|！|!|。|$)|[^。！？!?\n]{0,40}?(?:になります|となります|に変わります|が始まります|がはじまります|を始めます|がスタートします|(?:導入|実施|新設|開設|整備|建設|設置|廃止|統合|移転|進出|出店|立地|着工)(?:し|され|いたし)ます)(?:よ|ね|！|!)*(?=[。！!\n♪〜~]|\p{Extended_Pictographic}|$)/u
const REASON_MEASURE =
  /無料|有料|無償|半額|値上|値下|補助|助成|給付|支給|導入|新設|開設|整備|建設|設置|廃止|統合|移転|着工|工事|進出|出店|立地|誘致|参入|来て(?:くれ|くださ|もらえ)|来る|拠点|工場|企業|[0-9０-９一二三四五]社|路線|増便|便数/u
export function leaningAsReason(e: Emitter, t: string): void {
  if (STEP_DONE.test(t)) return
  for (const m of matchAllOf(LEANING_REASON, t, MAX_HITS)) {
    const after = m.index + m[0].length
    const link = LEANING_LINK.exec(t.slice(after, after + 24))
    if (!link) continue
    const from = after + link[0].length
    const out = REASON_OUTCOME.exec(t.slice(from, from + 60))
    if (!out || out.index !== 0 && /[。！？!?\n]/u.test(t.slice(from, from + out.index))) continue
    const clause = t.slice(from, from + out.index + out[0].length)
    if (!REASON_MEASURE.test(clause) || HOPE_MARKED.test(clause)) continue
    // A plain future (…を開設します) after a reaction (好評だったので) is the city's own decision told; only a person's leaning
    // (前向き, 乗り気, 賛成) is no decision of the city's without a certainty word.
    if (!/きっと|必ず|絶対|はず|ハズ/u.test(clause) && !/前向き|乗り気|のり気|ノリノリ|賛成/u.test(m[0])) continue
    const s = sentenceAround(t, m.index, from + out.index + out[0].length)
    const sentence = t.slice(s.start, s.end)
    if (RUMOUR_AWARE.test(sentence) || /[?？]|でしょうか/u.test(sentence) || quotedExample(t, m.index) || quotedVoice(t, m.index)) continue
    const marker = /きっと|必ず|絶対(?:に)?|はず|ハズ/u.exec(clause)?.[0] ?? clause.replace(/^[^]*?(?=[^、,]*$)/u, '').slice(-12)
    put(e, 'unofficial/forecast', m.index, from + out.index + out[0].length, { topic: topicOf(sentence), marker })
    return
  }
}
