/**
 * Pending matters and settling (5(1)): figures still being negotiated (協議中…3割負担), amounts settling, matters
 * pending, figures not yet checked (精査中), a matter settled inside (内部で固まった), nearly settled (ほぼ決まり), settling told, an
 * outcome nearly fixed. Stays clean: figures published, a tally announced as in progress, matters the post itself decides.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import { BENEFIT, CHANGE, CITY_FEE, DECIDED, DIRECTED_MEASURE, LEAK_PUBLIC, MAX_HITS, MEASURE_ASKED, PLAN_SETTLED, PROMISE_AWAITED, PUBLIC_PROCESS, RUMOUR_AWARE, STAFF_PENALTY, STAGE_MEASURE, TALK_DENIED, TBD_LATER, VENUE_MOVED, WORKS_CHANGE, put, quotedExample, sentenceOf, topicOf } from './context'
import type { Emitter } from './context'

/**
 * Blind R60A-020: a change still being discussed, told with its new figures (乗船料金の改定（大人1,800円を2,200円に）について各事業者と
 * 協議を進めております; 入場料を300円から500円にすることについて協議しているところです; 運賃 150円→200円 の件は交渉中): the stage word
 * says the matter is open, the figures hand out its content before the city decides. The figures must be a change (X を/から/→ Y), each a
 * number with its unit; a stage word alone (…について協議を進めております, an ordinary progress report) is left to the word list.
 */
const FIGURE = '(?:[0-9][0-9,.]*|[一二三四五六七八九十百千万]+)(?:円|%|パーセント|人|名|時|分|日|回|便|台|本|か所|箇所)'
const CHANGED_FIGURES = new RegExp(`${FIGURE}\\s?(?:を|から|→|⇒|->|➡)\\s?(?:大人|小人|子ども|一般)?\\s?${FIGURE}(?:に|へ|(?=[)）\\s、,]))`, 'u')
const STAGE_VERB = /(?:協議|検討|調整|交渉|議論|折衝)(?:を(?:進め|重ね|行っ|続け)(?:て|と)(?:おり|い|お)?|して(?:おり|い|お)|しとり|しと(?:る|ります)|しよ(?:る|ります)|(?:の)?(?:中|最中|途中|段階))/gu
export function undecidedFigures(e: Emitter, t: string): void {
  for (const m of matchAllOf(STAGE_VERB, t, MAX_HITS)) {
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    // The figures told in the sentence before the stage word, as its matter (改定（X円をY円に）について…協議).
    const changed = CHANGED_FIGURES.exec(t.slice(s.start, m.index))
    if (!changed) continue
    // Decided, or put out for comment: no open matter leaked.
    if (DECIDED.test(sentence) || /可決|議決|改定しました|変更しました|決定しました|パブリックコメント|意見(?:を)?募集/u.test(sentence)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentence) })
  }
}

/**
 * Blind R187I-057: an amount the city pays or charges told while it is still being settled (見舞金は、1世帯10万円くらいで話がまとまりそう
 * です; 補助の上限は30万円で調整中です; 使用料は1回500円程度で検討しています; 負担金は2割の線で協議しています): the figure of a decision in
 * the making handed out before the city fixes it. The amount (円, %, 割, with くらい, 程度, 前後 …) before で and a verb of settling (まとまりそう,
 * 落ち着きそう, 決まりそう, 調整中, 検討して, 協議中, 詰めて); a payment or a charge of the city's named in the sentence (見舞金, 補助金, 手当,
 * 使用料, 手数料, 負担金 …). A date or a time being fixed (日程は3月10日で調整中) names no amount; an amount decided (…で決まりました),
 * put out for comment or tabled is not this.
 * Blind R238K-015 kind: …the amount with に before the settling verb (利用料は月額800円前後に落ち着く見通しです, 負担は2割程度にまとまり
 * そう): 落ち着く, まとまる say the figure is still being settled, as with で (…になる見込み, the city's own estimate, stays out).
 */
/**
 * Both amount patterns start only where a run of digits or kanji numerals starts (the lookbehinds): a match can
 * only start at a run's start anyway, and without them a long run with no unit after it (a pasted table of digits)
 * was tried from each of its characters, time quadratic in the run (ReDoS review, stop 51: 449 ms on 16,000 digits).
 */
const AMOUNT_SETTLING =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|規模|あたり|見当|弱|強)?(?:の線)?(?:で|に(?=[、,]?(?:落ち着|おちつ|まとま|決ま|固ま)))[、,]?(?:(?:話|はなし|方向|調整|協議)(?:が|は|も|で)?[、,]?)?(?:(?:まとま|決ま|固ま)(?:りそう|る見込み|る見通し|りつつ|りかけ|る方向|る模様)|(?:落ち着|おちつ)(?:きそう|く見込み|く見通し|きつつ|きかけ|く方向|く模様)|(?:最終)?(?:調整|検討|協議|交渉)(?:中|して(?:い|お)|しと|しよ|を(?:進め|し|行っ)|が進)|詰め(?:て(?:い|お)|の段階|に入))/gu
/**
 * …or the amount told as a forecast (10万円になりそう, 2割の負担となる見込み, 500円の予定), with the post promising the news once it is decided
 * (正式に決まったらお知らせします: PROMISED_WHEN_DECIDED after it): the post says itself the amount is not settled. Without that promise a
 * figure 見込み may be the city's published estimate (事業費は約3億円となる見込みです).
 */
const AMOUNT_FORETOLD =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|規模|あたり|見当|弱|強)?(?:(?:に|と)(?:なりそう|なる(?:見込み|見通し|予定|方向|はず|かも)|する(?:方向|予定|見込み))|の(?:予定|見込み|見通し|方向))/gu
const CITY_PAYMENT = /見舞金|補助金|支援金|給付金|助成金|奨励金|交付金|協力金|祝い?金|報奨金|弔慰金|手当|補助|助成|給付|支給|料金|使用料|利用料|手数料|負担金|負担額|保険料|保育料|給食費|運賃|乗船料|入館料|入場料|観覧料|駐車料|(?<![\p{Script=Han}])税|税率|委託料|賠償|補償|謝金|報酬/u
/**
 * Blind R315E-053 kind (unof57): a fee's rise or cut stated as coming, by a rough amount (1枚あたり10円ほど上がります, 約1割値上がりします, 100円
 * 程度安くなります), while the post says the amount itself is not fixed (具体的な金額は決まり次第お知らせします, 金額はまだ決まっていません, 新しい
 * 料金は未定です): the change told as decided before the city has decided it. The rough amount needs the promise after it; an exact amount
 * needs the amount itself named as not fixed (a date or a form still to come, 申込方法は決まり次第, says nothing of the amount). A fee of
 * the city's (CITY_PAYMENT, CITY_FEE: 指定ごみ袋) is what changes; the shop's or the market's prices (野菜が10円ほど上がります) are not.
 */
const AMOUNT_CHANGE_TOLD =
  /(約|およそ|おおよそ)?(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(くらい|ぐらい|程度|前後|ほど|弱|強)?(?:の)?[、,]?(?:値上が|値下が|上が|あが|下が|さが|高くな|安くな|アップ|増え|増額|減額|引き?上げ|引き?下げ|値上げ|値下げ)(?:り(?:ます|そうです)|る(?:予定|見込み)?|します|されます|になります|となります|いたします)(?=[。！!、,\n]|$)/gu
const AMOUNT_UNDECIDED = /(?:金額|額|料金|価格|値段|単価|上げ幅|値上げ幅|下げ幅|改定額|負担額)(?:は|が|について(?:は)?)[、,]?(?:まだ|現在|現時点で(?:は)?|今のところ)?[、,]?(?:決まり(?:次第|しだい|ましたら)|決まったら|決まって(?:い|お)?(?:ない|ません|りません)|未定|確定(?:次第|しだい|して(?:い|お)?(?:ない|ません)|したら)|決定(?:次第|しだい|したら)|検討中|調整中|これから)/u
export function amountSettling(e: Emitter, t: string): void {
  for (const re of [AMOUNT_SETTLING, AMOUNT_FORETOLD, AMOUNT_CHANGE_TOLD]) amountsOf(e, t, re)
}
function amountsOf(e: Emitter, t: string, re: RegExp): void {
  for (const m of matchAllOf(re, t, MAX_HITS)) {
    if (re === AMOUNT_FORETOLD && !PROMISE_AWAITED.test(t.slice(m.index + m[0].length))) continue
    const after = t.slice(m.index + m[0].length)
    if (re === AMOUNT_CHANGE_TOLD && !(((m[1] ?? m[2]) !== undefined && PROMISE_AWAITED.test(after)) || AMOUNT_UNDECIDED.test(after))) continue
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    const paid = CITY_PAYMENT.exec(sentence) ?? (re === AMOUNT_CHANGE_TOLD ? CITY_FEE.exec(sentence) : null)
    if (!paid || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || PLAN_SETTLED.test(sentence) || quotedExample(t, m.index)) continue
    put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: paid[0], marker: re === AMOUNT_FORETOLD || re === AMOUNT_CHANGE_TOLD ? m[0] : m[0].slice(m[0].indexOf('で') + 1).replace(/^[、,]/u, '') })
  }
}

/**
 * Blind R389N-034 kind: a plan said to be talked about higher up (市独自の貸付ができないか、上のほうで話が出ているようです; 上層部で案が持ち
 * 上がっている; 上の人たちが検討しているらしい): the office's upper floor as where an undecided measure is aired, as 庁内で is. Only with a
 * measure asked or a change in the sentence, not denied (上のほうでは話は出ていません), and not on a public occasion. 上の方 of a thing
 * (棚の上の方で) is a place.
 */
const UPPER_FLOOR = '(?<![\\p{Script=Han}の])(?:上の(?:ほう|方|人(?:たち|達)?)|上層部|お偉(?:いさん|方)|偉い(?:人|さん)(?:たち|達)?|執行部|トップ(?:の(?:ほう|方))?)'
/** A measure wondered about just before who airs it (…下げられないか、上のほうで). */
const MEASURE_WONDERED = /(?:ない|ません|ん)か(?:と|って|という)?[、,]?$/u
const UPPER_TALK = new RegExp(`${UPPER_FLOOR}(?:の間)?(?:で|では|でも|から|が|も)[、,]?[^。！？!?\\n「」]{0,10}?(?:(?:話|案|構想|声|意見)(?:が|も)[、,]?(?:出て|出と|出よ|上が|あが|挙が|持ち上が|浮上)|(?:検討|議論|協議|相談)(?:されて|して|し(?:よ|と)る|しより|しとり)|話し合(?:われて|って))`, 'gu')
/**
 * Blind R389N-015 kind: a plan named before, said to be settling inside the office by a pointing word (移す話、課内ではほぼその線でまとまり
 * つつあります; 庁内ではその方向で固まりかけています): DIRECTION's 線で and 方向で with その for the verb, the plan told in the sentence or
 * the one before. Who settles it (課内, 庁内, 上層部) or how far (ほぼ, 大筋) must be said; a plan settled (まとまりました) is not this.
 */
const POINTED_LINE = /(?:その|この|そっちの|こっちの|そちらの|こちらの)(?:線|方向|ほうこう|案|方針)で[、,]?(?:(?:話|調整|議論|意見)(?:が|は|も)?[、,]?)?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|だいたい|大体|あらかた|ほぼほぼ)?[、,]?(?:まとま|固ま|かたま|決ま)(?:り(?:つつ|かけ|そう)|って(?:い|お|き))/gu
const SETTLED_BY = /庁内|役所内|課内|部内|係内|内部|上層部|幹部|事務方|上の(?:ほう|方|人)|担当(?:課|者)|関係課|ほぼ|ほとんど|おおむね|概ね|大筋|だいたい|あらかた/u
const PLAN_SPOKEN = /(?:[るすくぐむぶつう]|(?<!しい|よい|いい)い|ない)(?:話|案|計画|構想|方針)(?:は|も|が|ですが|[、,])/u
/** The verb a direction is of, when it is itself a change (延ばす, 見直す, やめる, 引き上げる方向で). */
const CHANGING_VERB = /(?:延ば|のば|延長|短縮|縮め|前倒し|繰り上げ|繰り下げ|引き?上げ|引き?下げ|増や|減ら|広げ|なくす|無くす|やめ|止め|見直|変え|改め|拡充|拡大)(?:す|る|する)?$/u
/**
 * Blind R392R-031 kind: a direction talked over with a partner in plain words (1年延ばす方向で県と話をしているところです, 無料にする線で事業者
 * さんと話を進めています): DIRECTION's 話し合って in its everyday form 話をして. Judged as DIRECTION's progressive forms: a change or a
 * benefit in the sentence (開催する方向で講師と話をしています, a date being fixed, is none).
 */
const DIRECTION_TALKED = /(?<=[るすくぐむぶつう]|ない)(?<!走る|通る|乗る)(?:方向|ほうこう|線)で[、,]?[^。！？!?\n「」]{0,12}?(?:お?話|はなし)(?:を|も)?[、,]?(?:して(?:い|お)|しと(?:る|り)|しよ(?:る|り)|させて(?:いただいて|もらって)(?:い|お)|進めて(?:い|お)|詰めて(?:い|お))/gu
/**
 * Blind R392R-045 kind: an amount the city pays guessed before it is fixed (義援金の配分、たぶん1世帯10万円くらいになりそうです; 見舞金は5万円に
 * なるかも): the figure told as the writer's guess (なりそう, かも, はず, or a hedge before it: たぶん, おそらく), not the city's published
 * estimate (…となる見込みです, read in AMOUNT_FORETOLD only with the promise of news). A payment of the city's, or money it shares out
 * (義援金, 配分), must be named; a price in a shop or a fare (タクシーで2000円くらいになりそう) is none.
 */
const AMOUNT_GUESSED =
  /(?:(?<![0-9０-９][,，.]*)[0-9０-９][0-9０-９,，.]*|(?<![一二三四五六七八九十百千])[一二三四五六七八九十百千]+)(?:万|億|千)?(?:円|%|％|パーセント|割)(?:くらい|ぐらい|程度|前後|ほど|あたり|見当|弱|強)?(?:(?:に|と)(?:なりそう|なる(?:かも|はず|(?:ん|の)じゃ|っぽい|らしい|みたい|と思)|なります|なる(?=[。！!…〜~]|$|よ|ね)))/gu
const AMOUNT_HEDGE = /たぶん|多分|おそらく|恐らく|きっと|もしかしたら|ひょっとしたら|どうやら/u
const SHARED_MONEY = /義援金|配分|分配|見舞い?金|支援金|給付金|還付金|配当/u
/** The readers of the kinds above that report on their own (UPPER_TALK, POINTED_LINE, DIRECTION_TALKED, AMOUNT_GUESSED). */
export function pendingMatters(e: Emitter, t: string): void {
  if (/上|偉|執行部|トップ/u.test(t)) {
    for (const m of matchAllOf(UPPER_TALK, t, MAX_HITS)) {
      const end = m.index + m[0].length
      const sentence = sentenceOf(t, m.index, end)
      if (TALK_DENIED.test(t.slice(end, end + 12)) || PUBLIC_PROCESS.test(sentence) || TBD_LATER.test(sentence)) continue
      if (!(MEASURE_ASKED.test(sentence) || MEASURE_WONDERED.test(t.slice(Math.max(0, m.index - 6), m.index)) || CHANGE.test(sentence) || BENEFIT.test(sentence) || DIRECTED_MEASURE.test(sentence) || VENUE_MOVED.test(sentence) || STAGE_MEASURE.test(sentence))) continue
      put(e, 'unofficial/unannounced', m.index, end, undefined, quotedExample(t, m.index) || undefined)
    }
  }
  if (/線|方向|ほうこう|案|方針/u.test(t)) {
    for (const m of matchAllOf(POINTED_LINE, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const before = s.start > 0 ? t.slice(sentenceAround(t, s.start - 1, s.start - 1).start, s.start) : ''
      if (!SETTLED_BY.test(t.slice(s.start, m.index + m[0].length)) || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence)) continue
      const told = sentence.slice(0, m.index - s.start)
      if (!(PLAN_SPOKEN.test(told) || CHANGE.test(told + before) || VENUE_MOVED.test(told + before) || DIRECTED_MEASURE.test(told + before) || BENEFIT.test(told + before))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(before + sentence), marker: m[0] })
    }
    for (const m of matchAllOf(DIRECTION_TALKED, t, MAX_HITS)) {
      const sentence = sentenceOf(t, m.index, m.index + m[0].length)
      if (PUBLIC_PROCESS.test(sentence) || DECIDED.test(sentence)) continue
      if (!(CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || WORKS_CHANGE.test(sentence) || VENUE_MOVED.test(sentence) || STAFF_PENALTY.test(sentence) || CHANGING_VERB.test(t.slice(Math.max(0, m.index - 8), m.index)))) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: topicOf(sentence), marker: m[0] })
    }
  }
  if (/円|%|％|パーセント|割/u.test(t)) {
    for (const m of matchAllOf(AMOUNT_GUESSED, t, MAX_HITS)) {
      const s = sentenceAround(t, m.index, m.index + m[0].length)
      const sentence = t.slice(s.start, s.end)
      const guessed = /そう|かも|はず|じゃ|っぽい|らしい|みたい|と思/u.test(m[0]) || AMOUNT_HEDGE.test(t.slice(s.start, m.index))
      const paid = CITY_PAYMENT.exec(sentence) ?? SHARED_MONEY.exec(sentence)
      if (!guessed || !paid || DECIDED.test(sentence) || PUBLIC_PROCESS.test(sentence) || PLAN_SETTLED.test(sentence) || quotedExample(t, m.index)) continue
      put(e, 'unofficial/forecast', m.index, m.index + m[0].length, { topic: paid[0], marker: m[0] })
    }
  }
}

/**
 * Blind R230A-042 kind: a plan's content told as settled inside the city hall (庁内の策定委員会で固まった数字です, 内部で決まりました, 幹部の間で
 * まとまった): a decision of the inner stage, handed out before the public steps (審議会, パブリックコメント, 議会). Published or put out for
 * comment (公表しました, 意見を募集), it is out.
 */
/*
 * Blind R234M-024, R235I-029, R234M-074 kind: a change said agreed among the staff before any public step (…改める方向で、課内の意見が
 * ほぼまとまっております; 教育委員会の内部ではすでにその線でまとまっております; 漁協と市の担当同士でほぼ話がついています): the inside's
 * opinion as the subject (課内の意見が), the line agreed named (その線で, この方向で) and a deal struck between the staff of two bodies
 * (担当同士で話がついて) are the same consensus of the inner stage.
 * Blind R315E-054 kind (unof57): …also among the sections concerned (関係部署の間では話がまとまっており, 関係課でほぼ意見が固まって): the same
 * inner stage, whichever offices agree.
 */
const INTERNAL_SETTLED = /(?:庁内|役所内|市役所内|課内|部内|係内|内部|執行部|幹部|担当(?:者)?同士|実務者(?:同士|レベル)|事務方|関係(?:部署|部局|課|各課|各部|課長)|部署間|部局間|各課|各部署)(?:(?:の[^。！？!?\n]{0,12}?)?(?:で|の間で)(?:は|も)?|の(?:意見|考え|議論|話し合い|方向性)(?:が|は|も))[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?[、,]?(?:(?:その|この)?(?:線|方向|形|方針|内容)で[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?)?(?:(?:話|はなし|意見|考え|方向性|方針)(?:が|は|も)[、,]?(?:ほぼ|もう|すでに|既に|おおむね|大筋で?)?[、,]?)?(?:(?:固ま|決ま|まとま)(?:った|りました|って)|話(?:が|は)(?:つ|付)い(?:た|て))/u
/** Blind R234M-024/R235I-029/R234M-074 kind: also who is covered, who runs it and many schools made one (対象とする形に改める, 運営を…に任せる, 一つの学校として). */
// Blind R311E-010 kind (unof56): …and a charge in yen becoming a new amount (1回1,000円になります).
// Blind R315E-054 kind (unof57): …and a building replaced, built anew, pulled down or closed (建て替え, 新築, 取り壊し, 閉館).
const PLAN_CONTENT = /計画|目標|方針|構想|数値|数字|案|予算|料金|廃止|統合|移転|再編|建て替え|建替え|新築|改築|取り壊し|解体|閉鎖|閉館|閉校|閉園|民営化|値上げ|人事|改め|見直|対象|運営|委託|移管|任せ|有料|無料|(?:一つ|ひとつ|1つ|１つ)の(?:学校|小学校|中学校|施設|組織|課|園|地区)|[0-9０-９]円(?:に|へ)(?:な|上が|下が|値上|値下|改定|変わ)/u
export function internalSettled(e: Emitter, t: string): void {
  const m = INTERNAL_SETTLED.exec(t)
  if (!m || !PLAN_CONTENT.test(t) || LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t) || quotedExample(t, m.index)) return
  put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) })
}


/**
 * Blind R289O-012 kind (conf17): a decision said to be almost settled while its formal announcement is still to come (観覧席を有料にすることが
 * ほぼ固まりました。正式な発表はもう少し先になりそうです; 統合する方針が固まりつつあります。正式決定は来月の予定): the city's plan told before it
 * is decided. Both parts are needed; a decision announced (決定しました) or a date only settling (日程がほぼ決まりました) with no plan is not this.
 */
/* Review of dc198ae7 (rvconf): also a plan named with で (有料化でほぼ決まりです, 統合案でほぼ確定しました) and 確定/決定 said of it. */
/*
 * Blind R311E-010 kind (unof56): …also the plan's content as the subject, settled in the stative (中身はほぼ固まっています, 内容はほぼ決まって
 * いる, 大枠はほぼ固まってる), and the formal step conceded as not yet taken (まだ正式ではありませんが, 正式決定ではないけど, 正式にはまだです
 * が, 正式には決まっていませんが): one fee or measure told as all but fixed before the city decides it.
 */
const NEARLY_SETTLED = /(?:ことが|ことで|ことに|方針が|方向で|方向が|案が|内容が|形で|[\p{Script=Han}]{1,8}(?:化|案|方針)で)[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ)[、,]?(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|そうです|です)|(?:確定|決定)(?:しました|しまして|しそうです|です))|(?:ことが|ことで|方針が|方向で|方向が|案が|内容が)[、,]?(?:固まり|まとまり)つつ(?:あります|ある)|(?:中身|なかみ|内容|大枠|骨格|詳細|金額|料金|額|案|方針|方向性|計画)(?:は|も|が)[、,]?(?:もう|すでに|既に)?[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ|だいたい|大体)[、,]?(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)/u
const FORMAL_STILL_AHEAD = /正式(?:な|の|に)?(?:発表|公表|決定|お知らせ|告知|案内)(?:は|が|まで)[、,]?[^。！？!?\n]{0,12}?(?:先|まだ|これから|後日|来月|来週|来年|予定|見込み|になり|にな(?:る|り)そう)|(?:正式|公式)(?:に(?:は)?)?(?:決定)?(?:では|じゃ)(?:ない|なく|ありません|ございません|なか)|(?:正式|公式)に(?:は)?(?:まだ|決まって(?:い|お)?(?:ない|ません|りません))/u
/**
 * Blind R315E-036 kind (unof57): a measure named as the topic and said all but fixed (消防本部の統合は、令和9年度でほぼ固まりました; 移転は大筋で
 * まとまっています; 有料化はほぼ決まりました; …を廃止することがほぼ固まりました): ほぼ, 大筋, おおむね say the city has not decided it, so no
 * announcement of the formal step is needed to tell it is undecided. Only a measure of the city's as the topic (統合, 廃止, 移転, 有料化, 料金,
 * …案, or a clause with a change before ことが); an event's schedule or content settling (日程がほぼ決まりました, 閉校式の内容もほぼ固まりました)
 * names no measure as what is settled.
 */
const MEASURE_TOPIC = '(?:統合|統廃合|合併|廃止|移転|閉校|閉館|閉園|閉鎖|民営化|有料化|無料化|無償化|値上げ|値下げ|再編|建て替え|建替え|新設|移設|集約|一本化|広域化|一元化|売却|譲渡|民間委託|縮小|休止|料金|使用料|利用料|手数料|負担額|税率|[\\p{Script=Han}]{1,6}案)(?:の(?:時期|場所|日程|方針|方向性|中身|規模|金額|額|開始時期|実施時期|予定地|候補地|時期と場所|形))?'
const ALMOST = '(?:もう|すでに|既に)?[、,]?(?:ほぼ|ほとんど|おおむね|概ね|大筋で?|事実上|ほぼほぼ|だいたい|大体)[、,]?'
const ALMOST_FIXED = new RegExp(
  `${MEASURE_TOPIC}(?:は|が|も|について(?:は)?)[、,]?[^。！？!?\\n、,が]{0,14}?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|つつある|そうです|です)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)|(?:固ま|決ま|まとま)った(?=[。！!…]|$|よ|ね|と)|(?:確定|決定)(?:しました|しまして|しそうです|です|的))|(?:る|ない)ことが[、,]?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|そうです)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります))` +
    // Blind R358F-058 kind: a plan named by a verb's clause with で (…グラウンドに建てる案でほぼ固まりそうです, 移す方針でおおむね決まりました).
    `|(?<=[うくぐすつぬぶむるたい]|ない)(?:案|方針|方向|線)で[、,]?${ALMOST}(?:(?:固まり|かたまり|決まり|まとまり)(?:ました|まして|つつあります|つつある|そうです|そう(?=[。！!…]|$)|です)|(?:固まって|かたまって|決まって|まとまって)(?:い|お)?(?:ます|る|ります)|(?:固ま|決ま|まとま)った(?=[。！!…]|$|よ|ね|と)|(?:確定|決定)(?:しました|しまして|しそうです|です))`,
  'u',
)
/**
 * Review of 4fc3d0ed (rv/unof): an event's programme or stalls all but fixed before their announcement (白秋祭のプログラムは、内容がほぼ決まって
 * います; 夏祭りの出店内容はほぼ決まっています): the organisers' preparation, no measure of the city's, unless a plan's content is in that sentence.
 */
const EVENT_PROGRAMME = /(?:祭|まつり|フェス|イベント|大会|催し|コンサート|ステージ|行事)[^。！？!?\n]{0,8}?(?:プログラム|出店|出演|演目|ラインナップ|メニュー|企画|日程)/u
export function nearlySettled(e: Emitter, t: string): void {
  const m = NEARLY_SETTLED.exec(t)
  const ms = m ? sentenceOf(t, m.index, m.index + m[0].length) : ''
  if (m && EVENT_PROGRAMME.test(ms) && !PLAN_CONTENT.test(ms)) return
  if (m && FORMAL_STILL_AHEAD.test(t) && PLAN_CONTENT.test(t) && !LEAK_PUBLIC.test(t) && !PUBLIC_PROCESS.test(t) && !quotedExample(t, m.index)) {
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) })
    return
  }
  const a = ALMOST_FIXED.exec(t)
  if (!a || LEAK_PUBLIC.test(t)) return
  const sentence = sentenceOf(t, a.index, a.index + a[0].length)
  if (PUBLIC_PROCESS.test(sentence) || quotedExample(t, a.index)) return
  // (The clause form names its measure before ことが: 観覧席を有料にすることが, 2つの園を統合することが.)
  if (/ことが/u.test(a[0]) && !(DIRECTED_MEASURE.test(sentence) || CHANGE.test(sentence))) return
  put(e, 'unofficial/undecided', a.index, a.index + a[0].length, { noun: topicOf(sentence) })
}
/**
 * Blind R319D-009 kind (unof58): a plan's content said to be settling, in the plain words of the office (…ＰＦＩ方式で進めることで話がまとまり
 * つつあります; 統合することで調整がまとまりかけています; 民間に任せる形で話が進んでいます; 有料にすることで話がつきそうです): the clause before
 * ことで (方式で, 形で, 案で) is the content, and the talk still settling says the city has not decided it. An agreement reported as made (…で話が
 * まとまりました), a means (カードを使うことで手続きが進みます: no talk as its subject) and an event's programme are not this; the sentence must
 * name a measure (a change, works, a way of running it, a budget or a plan).
 */
const SETTLING_TALK =
  /(?<=[るいたうすくぐむぶつ]|ない)(?:こと|方式|手法|形|かたち|案)で[、,]?(?:(?:[^。！？!?\n、,]{0,10}?(?:話|はなし|調整|協議|議論|話し合い|意見)(?:が|は|も)[、,]?)?(?:ほぼ|大筋で?|おおむね|概ね|だいぶ|徐々に|少しずつ)?[、,]?(?:まとまり(?:つつ|かけ|そう)|まとまって(?:き|いき)|固まり(?:つつ|かけ|そう)|かたまり(?:つつ|かけ|そう)|固まって(?:き|いき))|[^。！？!?\n、,]{0,10}?(?:話|はなし|調整|協議|話し合い)(?:が|は|を)[、,]?(?:進んで|進めて|進み(?:つつ|はじめ)|つき(?:つつ|そう|かけ)))/gu
const SETTLING_MEASURE = /建て替え|建替え|整備|建設|新築|改築|改修|PFI|方式|手法|民間|委託|指定管理|運営|予算|計画|条例|料金|制度|事業/u
const JOINT_WITH_PEOPLE = /(?:皆さん|皆さま|皆様|みなさん|住民|地元|地域|町内|自治会|ボランティア|商店街|子どもたち|子供たち|生徒|学生|保護者|団体)(?:の方々|の皆さん|の皆さま)?(?:と|が)[、,]?(?:一緒に|いっしょに|協力|連携|手を取り|力を合わせ|集ま|参加)/u
export function settlingTold(e: Emitter, t: string): void {
  if (LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  for (const m of matchAllOf(SETTLING_TALK, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (quotedExample(t, m.index) || RUMOUR_AWARE.test(sentence)) continue
    if (EVENT_PROGRAMME.test(sentence) && !PLAN_CONTENT.test(sentence)) continue
    const measure = CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || BENEFIT.test(sentence) || WORKS_CHANGE.test(sentence) || VENUE_MOVED.test(sentence) || STAFF_PENALTY.test(sentence)
    if (!(measure || SETTLING_MEASURE.test(sentence))) continue
    // Review of unof58 (rv/misc): an activity planned with residents or volunteers (地元の皆さんと一緒に花壇を整備する形で、話が進んでいます):
    // the talk is the partners' plan for a joint activity, not a measure the city decides; only a change or a measure of its own (CHANGE…) stays.
    if (!measure && JOINT_WITH_PEOPLE.test(sentence)) continue
    put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(sentence) })
  }
}

/**
 * Blind R319D-002 kind (unof58): an outcome said all but fixed while the post says the body deciding it has not concluded (委員会の結論はまだ
 * ですが、職員の間では、…市有地でほぼ固まったという雰囲気です; 答申はこれからですが、…で決まりそうです), or told as the staff's mood (庁内では
 * …でほぼ決まりという空気です): the city's choice handed out before it is made. The outcome is a noun with で or に and a degree word (ほぼ, 大筋,
 * 事実上, もう) before 固まる, 決まる or まとまる. A conclusion said reached, an event's date settling and a mood about nothing settled are not this.
 */
const NEARLY_FIXED_PLAIN =
  /(?:で|に)[、,]?(?:ほぼ|ほとんど|大筋で?|おおむね|概ね|事実上|ほぼほぼ|もう|すでに|既に)[、,]?(?:固ま|かたま|決ま|きま|まとま)(?:った|って(?:い|お|る|ま)|りつつ|りかけ|りそう|り(?:です|だ|でしょう|みたい|っぽい|らしい|や|ばい|という|って))/gu
// Blind R323D-024 kind (unof59): …or the formal decision said to come after a meeting (正式な決定は実行委員会ののちに, 結論は審議会を経て).
const CONCLUSION_PENDING =
  /(?:結論|答申|決定|正式決定|最終決定|最終判断|判断|正式な発表|正式発表|公表)(?:は|が|も)[、,]?(?:まだ(?!まだ)|これから|出て(?:い|お)?(?:ない|ません|りません)|出る前|先(?:です|だ|で|に|の))|(?:結論|答申)(?:を|が)[、,]?(?:待って|待ち|出る前)|(?:結論|答申)(?:の)?待ち|(?:結論|決定)(?:が出る|の)前|(?:正式(?:な|の)?)?(?:決定|結論|発表|公表|判断)(?:は|が)[、,]?[^。！？!?\n]{0,16}?(?:委員会|審議会|協議会|検討会|議会|会議|総会|理事会|役員会)(?:の)?(?:のち|後|あと|終了後|を経て|を待って|で(?:正式に)?(?:決め|決ま|決定|判断))/u
const INSIDE_MOOD =
  /(?:職員|庁内|役所内|市役所内|課内|部内|係内|内部|幹部|上層部)(?:の間|内)?(?:では|で(?:は)?|でも)[、,]?[^。！？!?\n]{0,40}?(?:という|って|っていう|との)(?:雰囲気|空気|ムード|感触|見方)/u
/**
 * Blind R323D-024 kind (unof59): the outcome itself a cancellation, a postponement or a cut (水上パレードは、見送りでほぼ固まっております; 花火大会は
 * 中止でほぼ決まりです; 統合でほぼまとまっています): ほぼ, 大筋 say the city has not decided it, so no pending body need be named. An event's
 * date or a winner (10月でほぼ決まり, 柳川中でほぼ決まり) is no such noun.
 */
const CUT_NOUN_BEFORE = /(?:中止|見送り|延期|廃止|休止|縮小|規模縮小|取りやめ|取り止め|打ち切り|統合|統廃合|移転|閉鎖|閉館|閉校|閉園|民営化|有料化|値上げ|売却|撤退|廃線|減便)$/u
/**
 * Review of unof59 (rv/runof59): a day's or the next day's event called off for the weather (大雨のため、本日のイベントは中止でほぼ決まりです。最終
 * 判断は午前7時にお知らせします): the usual notice of an event held or not, no measure of the city's; the cut noun alone does not make it one.
 */
const CUT_BY_WEATHER = /大雨|豪雨|雨天|台風|悪天候|荒天|強風|暴風|雷|降雪|積雪|大雪|天候|天気|警報|熱中症|本日|今日|きょう|明日|あす|今夜|今晩/u
const DECIDING_BODY = /委員会|審議会|協議会|検討会|懇話会|議会|庁議|市長|(?<![\p{Script=Han}])市(?![\p{Script=Han}])|市役所|庁内|役所|行政/u
const SETTLED_HEARD = /^(?:(?:と|って)[、,]?(?:聞|伺|うかが|耳に)|よう(?:です|だ|で)|みたい|らしい|らしか|げな|そう(?:です|だ|や)|とのこと)/u
/** A service's days or hours (窓口…土曜も開ける, 開庁時間を延ばす, 日曜も開館): what the city sets for its own offices. */
const SERVICE_DAYS = /(?:窓口|庁舎|開庁|支所|図書館|施設|館)[^。！？!?\n]{0,16}?(?:[土日月火水木金]曜|休日|祝日|夜間|時間)[^。！？!?\n]{0,8}?(?:開け|開く|開庁|開館|延長|延ば|短縮|休み|閉め)/u
/**
 * Blind R383G-024 kind: …or the reader asked to wait for the formal announcement (正式な発表はもう少しお待ちください, 正式決定まで今しばらく
 * お待ちを): the city says it has not released the outcome it just told as all but fixed. A wait asked with nothing told as settling is not this.
 */
const FORMAL_WAIT_ASKED =
  /(?:正式|公式)(?:な|の)?(?:発表|公表|決定|お知らせ|告知|案内|ご報告|報告)(?:は|まで|を)[、,]?(?:もう少し|もうしばらく|今しばらく|いましばらく|しばらく|少々)?[、,]?(?:お待ち(?:ください|下さい|くださ|いただ|願)|待って(?:ください|下さい|て|ね))/u
export function outcomeNearlyFixed(e: Emitter, t: string): void {
  if (LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  // Blind R367Q-004 kind: …or the formal announcement said to come later (正式な発表はもう少し先になりますが): the city has not released it.
  const pending = (CONCLUSION_PENDING.test(t) && DECIDING_BODY.test(t)) || FORMAL_STILL_AHEAD.test(t) || FORMAL_WAIT_ASKED.test(t)
  for (const m of matchAllOf(NEARLY_FIXED_PLAIN, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    // Blind R368R-052 kind: …or the settling passed on second-hand (…開けることでほぼ固まったと聞いています, …でおおむね固まったようです)
    // about a measure of the city's (a change, a service's days or hours): the writer hands on what the city has not announced.
    const heard = SETTLED_HEARD.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8)) && (CHANGE.test(sentence) || DIRECTED_MEASURE.test(sentence) || SERVICE_DAYS.test(sentence))
    if (!pending && !heard && !INSIDE_MOOD.test(sentence) && !(CUT_NOUN_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index)) && !CUT_BY_WEATHER.test(sentence))) continue
    if (quotedExample(t, m.index) || RUMOUR_AWARE.test(sentence)) continue
    // An event's date or programme settling (日程は10月でほぼ決まりました) names no measure.
    if ((/日程|日時|開催日|日にち|日取り|忘年会|新年会|懇親会|歓迎会|送別会|打ち上げ|親睦会/u.test(sentence) || EVENT_PROGRAMME.test(sentence)) && !PLAN_CONTENT.test(sentence) && !CHANGE.test(sentence.replace(/(?:固ま|かたま|決ま|きま|まとま)[^\n]{0,10}$/u, ''))) continue
    const from = t.lastIndexOf('、', m.index) >= sentenceAround(t, m.index, m.index).start ? t.lastIndexOf('、', m.index) + 1 : sentenceAround(t, m.index, m.index).start
    put(e, 'unofficial/undecided', Math.max(from, m.index - 24), m.index + m[0].length, { noun: topicOf(t) })
  }
}

/**
 * Blind R447Y-011 kind: the deciding body's outcome conceded as still awaited (委員会の結論待ちですが, 答申はこれからですけど), then the reader told
 * to take it as decided (…で決まりと考えていただいて大丈夫です, …に決まったと思ってもらって結構です, …統合されると考えていただいて構いません,
 * …移転で間違いありません, 間違いなく…になります): the city's choice handed out before it is made, with no degree word for NEARLY_FIXED_PLAIN to
 * read. Only with the pending conceded (CONCLUSION_PENDING with a deciding body, FORMAL_STILL_AHEAD); the permission form and 間違い need a measure
 * in their clause (a change or a directed measure). Clean: the outcome promised later (決まり次第お知らせします), nothing decided said so (何も決まって
 * いないと考えていただいて結構です), a fact of the procedure (ご意見は審議会にお伝えすると考えていただいて大丈夫です), a venue or date confirmed.
 */
const TOLD_DECIDED =
  /(?:で|に|は|が)[、,]?(?:もう|まず|ほぼ|ほぼほぼ|事実上)?[、,]?(?:決まり|確定|決定|本決まり|決まった|決定した|確定した)(?:だ|です|や)?(?:と|って)[、,]?(?:考え|思っ|おもっ|お考え|お思い|受け止め|捉え|とらえ)(?:て|た|ても|ていただ|ていただい|てもら|てくだ|ておい|といて)|(?<=[るた])と(?:考え|思っ|おもっ|お考え|お思い|受け止め)て(?:いただいて|頂いて|もらって|くださって)(?:も)?[、,]?(?:大丈夫|結構|構いませ|かまいませ|差し支え|問題(?:あり|な)|OK|オッケー|いい|良い|よい)|(?:で|に)[、,]?(?:まず|ほぼ|ほぼほぼ|もう)?[、,]?(?:間違い|まちがい)(?:ありません|ない|なし|ございません|ないです)|(?:間違い|まちがい)なく[、,]?[^。！？!?\n]{0,20}?(?:なります|なる(?=[。！!よね]|$)|されます|される(?=[。！!よね]|$)|決まります)/gu
/** The measures an outcome awaited names (建て替え, 統合, 移転, 廃止 …): what TOLD_DECIDED's permission form and 間違い must tell. */
const TOLD_MEASURE = /建て替え|建替え|建て替|統合|統廃合|移転|廃止|閉館|閉校|閉園|閉鎖|民営化|有料化|無料化|無償化|値上げ|値下げ|新設|売却|民間委託|存続|休止|縮小|再編|集約/u

/**
 * Blind R227W-001 kind: a figure given while the post says it is not yet checked or final (まだ精査前の数字ですが, 未確定の金額, 被害額はまだ確定前
 * ですが): an unverified number told as the city's. Only with a figure in the paragraph; a figure under review with no number (被害額は精査中です)
 * and the usual note on provisional figures (速報値, 精査中の数値) are not this.
 */
const UNCHECKED_FIGURE = /(?:精査前|未精査|確定前|未確定|精査(?:が|は)(?:まだ|これから|済んで(?:い)?(?:ない|ません)))の(?:数字|数値|金額|額|値|データ|試算|見込み|概算)|(?:数字|数値|金額|被害額|損害額)(?:は|も)[、,]?(?:まだ)?(?:精査前|未精査|確定前|未確定)/u
const AMOUNT_FIGURE = /(?:(?<![0-9０-９][,，.]?)[0-9０-９]|[一二三四五六七八九十百千万])[0-9０-９,，.]*(?:万|億)?(?:円|件|人|棟|戸|世帯|ヘクタール|ha|トン)/u
export function uncheckedFigure(e: Emitter, t: string): void {
  const m = UNCHECKED_FIGURE.exec(t)
  if (!m || !AMOUNT_FIGURE.test(t) || quotedExample(t, m.index)) return
  put(e, 'unofficial/undecided', m.index, m.index + m[0].length, { noun: topicOf(t) === 'この件' ? '数字' : topicOf(t) })
}
export function outcomeToldDecided(e: Emitter, t: string): void {
  if (LEAK_PUBLIC.test(t) || PUBLIC_PROCESS.test(t)) return
  if (!((CONCLUSION_PENDING.test(t) && DECIDING_BODY.test(t)) || FORMAL_STILL_AHEAD.test(t))) return
  for (const m of matchAllOf(TOLD_DECIDED, t, MAX_HITS)) {
    const sentence = sentenceOf(t, m.index, m.index + m[0].length)
    if (quotedExample(t, m.index) || RUMOUR_AWARE.test(sentence)) continue
    const s = sentenceAround(t, m.index, m.index)
    const clause = t.slice(s.start, m.index + m[0].length)
    if (!/決ま|確定|決定/u.test(m[0]) && !(CHANGE.test(clause) || DIRECTED_MEASURE.test(clause) || TOLD_MEASURE.test(clause))) continue
    const from = t.lastIndexOf('、', m.index) >= s.start ? t.lastIndexOf('、', m.index) + 1 : s.start
    put(e, 'unofficial/undecided', Math.max(from, m.index - 24), m.index + m[0].length, { noun: topicOf(t) })
  }
}
