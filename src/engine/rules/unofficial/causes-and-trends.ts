/**
 * Causes and trends guessed (5(1)): a cause stated before the inquiry (原因は…に違いない while 調査中), a cause guessed,
 * a trend explained by a guess (…のは、…からでしょう). Stays clean: causes the inquiry reported, the city's own stated reasons.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { MAX_HITS, NAMED_SOURCE, OFFICIAL_SOURCE, put, quotedExample, sentenceOf } from './context'
import type { Emitter } from './context'

/**
 * A cause asserted before the investigation has reported (原因は業者の機械の不具合だったと聞いています。正式な調査結果は
 * まだですが、ほぼ間違いないでしょう / 捜査はこれからやけど、犯人は近所の子やと思う / 原因は調査中ですが、確認不足が原因です):
 * the paragraph says the inquiry is still open, and names a cause as settled, believed or heard. A cause hedged the
 * official way (とみられます, の可能性, とみて調査しています) or one the inquiry found (調査の結果、原因は…でした) is not this.
 */
const INQUIRY_OPEN =
  /(?:調査|検査|検証|究明|捜査|鑑定|事故調査|原因調査)(?:の)?(?:結果)?(?:は|が|も)?[、,]?(?:まだ|未だ|いまだ|現在|これから|今|いま|引き続き)?(?:中(?!止|心|旬)|継続中|待ち|前(?:です|だ|や|なので|ですが|だけど)|途中|出て(?:い)?(?:ない|ません|おらず)|出ておりません|出ておら(?:ず|ん)|出と(?:らん|らず)|出てな(?:い|か)|まだ|これから|済んで(?:い)?(?:ない|ません|おらず)|進行中|実施中|が終わって(?:い)?(?:ない|ません))|(?:警察|消防|保健所|県|業者|専門家|委員会|第三者委員会|調査委員会|メーカー)(?:が|で|の方で)(?:調べて|調査して|捜査して|確認して|調べよ|調べと)(?:いる|い|お|る|ります|ます)|調べ(?:ている|てる|ています|よる|とる)(?:最中|ところ|途中)|(?:現在|ただいま|只今|まだ)(?:調査中|確認中|捜査中|究明中)|(?:原因|詳細|真相|詳しいこと|詳しい原因|事実関係)(?:は|について(?:は)?|も|を)?[、,]?(?:現在|まだ|今のところ|現時点で(?:は)?|正式には)?(?:調査中|確認中|究明中|特定中|捜査中|調べて(?:いる|い|お)|不明|分かって(?:い)?(?:ない|ません|おらず)|わかって(?:い)?(?:ない|ません|おらず)|分かっとらん|わかっとらん|判明して(?:い)?(?:ない|ません|おらず)|特定(?:されて|できて)(?:い)?(?:ない|ません|おらず)|はっきりして(?:い)?(?:ない|ません|おらず))|(?:正式|公式)(?:な|の)?(?:発表|結果|見解|報告|結論)(?:は|が)?(?:まだ|前|これから|出て(?:い)?(?:ない|ません|おらず))/u
/** What is a cause or a fault (the inquiry's subject). */
const CAUSE_WORD = /原因|犯人|火元|出火元|発生源|仕業|不良|放火|せい(?:だ|で|や|じゃ|です|でしょ|に|と)|不具合|ミス|故障|過失|老朽化|破損|不始末|手抜き|欠陥|落ち度|感染源|汚染源|混入|不注意|確認不足|管理不足/u
const CAUSE_CLAIM = new RegExp(
  [
    // 原因は…だった / 犯人は…だと思う / 火元は…らしい
    '(?:原因|犯人|火元|出火元|発生源|感染源)(?:は|って|が)[、,]?[^。！？!?\\n]{1,30}?(?:だった|でした|だ(?=[。！!よねと]|$)|です(?!が)|である|や(?=[。！!ねと]|ろ|$)|じゃ(?=[。！!ろ]|$)|でしょう|だろう|やろ|らしい|みたい|っぽい|と(?:思|おも)(?:い|う|っ)(?!われ)|と(?:存じ|伺っ|伺い)|に違いな|で間違いな|に間違いな|で決まり|に決まって|と聞い|と判明|とのこと|で確定|確定)',
    // …のせいだ, …が原因です, …によるものでしょう
    '(?:のせい|が原因|による(?:もの)?|に原因が(?:ある|あり))(?:だ|や|じゃ|です|でした|だった|である|であった|であろう|でしょう|だろう|やろ|らしい|みたい|っぽい|なんです|なんだ|と(?:思|おも)(?!われ)|に違いな|で間違いな|に決まって|と聞い|で確定|確定)',
    // ほぼ間違いない, 十中八九, まず確実
    '(?:ほぼ|まず|絶対|ほとんど)?(?:間違いない|間違いありません|間違いございません|間違いなし|間違いなか|に違いない|に違いありません|確実(?:です|だ|や|でしょう|かと|と(?:思|存))|に決まって|確定(?:的|です|でしょう|だ))|十中八九|九分九厘',
    // 担当者のミスだと思います, 機械の故障らしい (a fault named, believed or heard)
    '(?:ミス|過失|不注意|手抜き|不始末|故障|不具合|老朽化|確認不足|管理不足)(?:だと(?:思|おも)|だったと(?:思|おも|聞)|らしい|みたい|っぽい|に違いな|で間違いな|に決まって|と聞いて|だったそう|でしょう|だろう|やろ|やと(?:思|おも))',
  ].join('|'),
  'gu',
)
/** The hedges of an official notice: とみられます, 可能性, とみて調べ, かどうか. */
const CAUSE_HEDGE = /とみられ|と見られ|と思われ|可能性|とみて|と見て|かどうか|含め|も考えられ|など|調査|確認|不明|分か|わか|究明|特定|判明|調べ|検討|捜査/u

export function causeBeforeInquiry(e: Emitter, t: string): void {
  const open = INQUIRY_OPEN.exec(t)
  if (!open || !CAUSE_WORD.test(t)) return
  // A live loop, not matchAllOf: a hedged claim sets lastIndex to look again just after its start (a shorter claim inside it).
  CAUSE_CLAIM.lastIndex = 0
  let n = 0
  for (let m = CAUSE_CLAIM.exec(t); m && n < MAX_HITS; m = CAUSE_CLAIM.exec(t), n++) {
    // The claim's own words: the inquiry itself (原因は調査中です) or an official hedge is no claim.
    if (CAUSE_HEDGE.test(m[0])) {
      CAUSE_CLAIM.lastIndex = m.index + 1
      continue
    }
    // ほぼ間違いない stands for a cause only when a cause is spoken of in its sentence or the one before.
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const prev = s.start > 0 ? sentenceAround(t, s.start - 1, s.start - 1).start : s.start
    const around = t.slice(prev, s.end)
    if (!/^(?:原因|犯人|火元|出火元|発生源|感染源|の|が|に|に原因|によ)/u.test(m[0]) && !(CAUSE_WORD.test(around) || INQUIRY_OPEN.test(around))) continue
    if (CAUSE_HEDGE.test(t.slice(m.index + m[0].length, s.end).slice(0, 8)) && /^(?:とみ|と見|可能性)/u.test(t.slice(m.index + m[0].length))) continue
    put(e, 'unofficial/cause', m.index, m.index + m[0].length, { inquiry: t.slice(open.index, open.index + open[0].length) })
  }
}

/**
 * The cause of a harm or a trouble guessed or inferred, with or without an inquiry named (管理組合の点検不足が原因ではないかと
 * 思われます, たぶん上流の工事のせいでしょう, ストーブの消し忘れが原因だったようです, 原因はおそらく配管の老朽化だろう): a conjecture
 * (ではないか, でしょう, だろう, ようだ, だと思う) on a cause, given on the city's account. A cause the city or an authority has found
 * (調査の結果, 消防によると), an official hedge (とみられます), a question (せいでしょうか), a generalisation (冬に多い火災は…が原因の
 * ことが多い) and weather (雨のせいでしょう) are not this.
 */
/**
 * A conclusion in the formal voice of judgment (…が原因だと考えられます, …が原因であったものと思われます, …によるものと推測されます):
 * said by the city of one event, with no inquiry or source behind it, it is a guess given as the city's view; so is the plain
 * spontaneous passive after a copula (…が閉まっているせいだと思われます, …が原因だと思われる). (とみられます, the police's and the
 * fire service's hedge, stays an official hedge.)
 */
const FORMAL_GUESS = '(?:(?:だ|である|であった|だった)?と(?:考えられ|推測され|推察され)(?:ます|る)|(?:だ|である|であった|だった)と(?:思われ)(?:ます|る)|(?:である|であった|だった)?ものと(?:思われ(?:ます|る)|考えられ(?:ます|る)|考えて(?:おり|い)ます|推測され(?:ます|る)))'
const FORMAL_GUESS_END = new RegExp(`${FORMAL_GUESS}$`, 'u')
const GUESS_END = `(?:(?:では|じゃ)(?:ない|なかろう)か|でしょう(?!か)|だろう(?!か)|やろう?(?!か)|(?:だ|や)と(?:思|おも)(?=い|う|っ)|(?:だった|であった|の)?よう(?:です|でした|だ|な(?:ん)?です)|${FORMAL_GUESS})`
const GUESSED_CAUSE = new RegExp(
  `(?:が原因|のせい|(?<=[たいる])せい|の仕業|によるもの|に原因が(?:ある|あった))${GUESS_END}|(?:原因|火元|出火元|発生源|感染源)(?:は|って)[、,]?[^。！？!?\\n]{1,30}?${GUESS_END}`,
  'gu',
)
/** A statement about causes in general (…が原因のことが多い, 主な原因は…): advice, not a guess about one event. */
const GENERAL_CAUSE = /多い|多く|ほとんど|一般的|一般に|傾向|場合(?:が|も|に)|ことが(?:多|あ)|がち|よくある|主な|代表的|しばしば/u
/** Weather and nature as the cause (雨のせいでしょう, 乾燥のせいか): no one's fault is guessed. */
const WEATHER_CAUSE = /雨(?!漏)|雪|暑さ|寒さ|台風|強風|暴風|突風|気温|乾燥|天候|天気|雷|地震|潮|日照|猛暑|高温|低温|季節|花粉|黄砂|冷え込み|気候|温暖化/u
/** One event spoken of (の件, 今回の, 先週…起きた): a guess about its cause, not a column on causes. */
const ONE_EVENT = /件|今回|この度|このたび|先日|先週|昨日|昨夜|昨晩|今朝|けさ|本日|今日|先ほど|さきほど|起きた|起きました|起こった|起こりました|発生した|発生しました|[0-9０-９]+日(?:の|に)|(?:今年|今季|今シーズン|今冬|今夏|この夏|この冬|昨年|去年)の/u
/** The cause found or reported by whoever establishes it: not a guess of the poster's. */
const CAUSE_FOUND = /調査の結果|検証の結果|調べた結果|判明|報告書|とみられ|と見られ/u

/**
 * Who was or was not at fault in one event, given as the city's belief before any finding (運転職員に過失はなかったものと考えております,
 * 相手方に落ち度があったと考えています): a verdict on liability that only an inquiry or a settlement can give. An apology or a settlement
 * (お詫び, 賠償, 示談) is the city answering for it, not this.
 */
const FAULT_PARTY = '(?:職員|運転手|運転者|運転職員|担当者?|当方|本市|市|業者|施工業者|相手方?|相手(?:の)?(?:方|運転手|車両|運転者))(?:側)?(?:に|には)[、,]?'
const FAULT_JUDGED = new RegExp(
  `${FAULT_PARTY}(?:過失|落ち度|責任|非)(?:は|が)?(?:一切|全く|まったく)?(?:なかった|ない|ありません|ございません)(?:もの)?と(?:考えて|考えられ|思われ|判断して|認識して)|` +
    '(?:業者|施工業者|相手方?|相手(?:の)?(?:方|運転手|車両|運転者)|運転者)(?:側)?(?:に|には)[、,]?(?:過失|落ち度|責任|非)が(?:あった|ある)(?:もの)?と(?:考えて|考えられ|思われ|判断して|認識して)',
  'u',
)
const FAULT_ANSWERED = /お詫び|おわび|申し訳|賠償|示談|和解|専決|判決|調停/u

/**
 * Blind R42B-071 kind: a trend of the city's affairs explained by a guessed cause in the account's own voice (延滞本が増えているのは、…工事で
 * 来づらくなったからでしょう; 利用者が少ないのは、場所が不便だからだと思います): a conjecture given as the city's view, with no survey or
 * source behind it. The cause found (調査の結果, アンケートでは), an official source, weather or a season as the cause and a question
 * (…からでしょうか) are not this.
 */
const TREND_GUESSED = /(?:(?:(?:長く|短く|多く|少なく|高く|低く|悪く|遅く)なって|増えて|減って|増加して|減少して|伸びて|伸び悩んで|落ち込んで|低下して|下がって|上がって|目立って|相次いで)(?:いる|いた|きた|きている)|(?:が|も)(?:少な|多|低|高)(?:い|かった))のは[、,]?([^。！？!?\n]{2,40}?)(?:から|ため|せい)(?:でしょう(?!か)|だろう(?!か)|(?:だ|や)と(?:思|おも)(?=い|う|っ)|(?:では|じゃ)(?:ない|なかろう)か(?!ら)|かもしれ)/u
const TREND_FOUND = /調査|アンケート|分析|データ|統計|集計|結果|判明|によると|によれば/u
export function trendGuessed(e: Emitter, t: string): void {
  const m = TREND_GUESSED.exec(t)
  if (!m) return
  const sentence = sentenceOf(t, m.index, m.index + m[0].length)
  if (TREND_FOUND.test(sentence) || OFFICIAL_SOURCE.test(sentence) || WEATHER_CAUSE.test(m[1]!) || quotedExample(t, m.index)) return
  put(e, 'unofficial/guessed-cause', m.index, m.index + m[0].length)
}

export function guessedCause(e: Emitter, t: string): void {
  if (!ONE_EVENT.test(t)) return
  if (/過失|落ち度|責任|非/u.test(t)) {
    const fault = FAULT_JUDGED.exec(t)
    if (fault && !FAULT_ANSWERED.test(t) && !CAUSE_FOUND.test(sentenceOf(t, fault.index, fault.index + fault[0].length)) && !OFFICIAL_SOURCE.test(sentenceOf(t, fault.index, fault.index + fault[0].length))) {
      put(e, 'unofficial/guessed-cause', fault.index, fault.index + fault[0].length)
    }
  }
  const open = INQUIRY_OPEN.exec(t)
  // A live loop, not matchAllOf: a hedged claim sets lastIndex to look again just after its start (a shorter claim inside it).
  GUESSED_CAUSE.lastIndex = 0
  let n = 0
  for (let m = GUESSED_CAUSE.exec(t); m && n < MAX_HITS; m = GUESSED_CAUSE.exec(t), n++) {
    // The inquiry itself (原因は調査中のようです) or an official hedge is no guess (the formal ending itself, ものと思われます, is the guess).
    if (CAUSE_HEDGE.test(m[0].replace(FORMAL_GUESS_END, ''))) {
      GUESSED_CAUSE.lastIndex = m.index + 1
      continue
    }
    const s = sentenceAround(t, m.index, m.index + m[0].length)
    const sentence = t.slice(s.start, s.end)
    // What is named as the cause: the words of the match, or the clause just before a bare が原因 / のせい.
    const cause = /^(?:が原因|の?せい|の仕業|によるもの|に原因)/u.test(m[0]) ? t.slice(Math.max(s.start, m.index - 16), m.index).replace(/^[^]*[、,]/u, '') : m[0]
    if (GENERAL_CAUSE.test(sentence) || WEATHER_CAUSE.test(cause) || CAUSE_FOUND.test(sentence) || OFFICIAL_SOURCE.test(sentence) || NAMED_SOURCE.test(sentence)) continue
    // The excerpt names the cause too (ストーブの消し忘れが原因だったようです).
    const from = cause === m[0] ? m.index : m.index - cause.length
    if (open) put(e, 'unofficial/cause', from, m.index + m[0].length, { inquiry: t.slice(open.index, open.index + open[0].length) })
    else put(e, 'unofficial/guessed-cause', from, m.index + m[0].length)
  }
}
