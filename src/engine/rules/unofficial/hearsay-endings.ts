/**
 * Hearsay endings (5(1): 未確認の情報を発信しない): a matter passed on with らしい (らしー, らしぃ), みたい, そうです, んだって,
 * だってさ, って話, げな, と聞きました, also in katakana or romaji and across a line break, when it tells a change, a decision or a
 * rumour's topic. Stays clean: the typical-of らしい (柳川らしい, 素晴らしい), trivia and tradition, praise heard, a speaker's words
 * at an event, hearsay quoted as an example or warned against, a change already told plainly, a designated week, the writer's own
 * schedule, a self-care tip.
 * Part of the unofficial family (index.ts runs the detectors in their order).
 */
import { sentenceAround } from '../../doc'
import { matchAllOf } from '../../regex'
import type { DraftFinding } from '../../rule'
import { ANSWERED, ASKED, BENEFIT, CHANGE, CIRCULATING, CLOSURE, COLLAPSE_EVENT, CORRECTED, CRACK_EVENT, DAMAGE, DECISION, FUTURE, HEARSAY, MAX_HITS, OFFICIAL_SOURCE, PEOPLE_CLAIM, PROMISE_AWAITED, PUBLIC_THING, RUMOUR_TOPIC, RUMOUR_TOPIC_WORD, SCAM_CONTACT, SCAM_DECEIT, SERVICE_ENDS, STAFF_PENALTY, TRIVIA, askedAndAnswered, clauseBefore, hearsayShownAsExample, namedSourceVouches, put, sentenceOf, withoutHearsay, wordStart } from './context'
import type { Emitter } from './context'

/**
 * Review of 4fc3d0ed (rv/unof): the city's own works notice (点検の結果…ひびが見つかったそうです。…通行止めとします; …亀裂が入っているそうです。
 * 現在復旧作業中のため迂回をお願いします): a crack or a leak relayed from the inspectors with the city's measure taken in the post, no rumour.
 */
const CITY_WORKS_NOTICE = /(?:通行止め|通行規制|交通規制|片側交互通行|立ち入り禁止|立入禁止|使用中止|利用中止)(?:と|に)(?:し|いたし)ます|復旧作業中|補修(?:工事)?中|修繕(?:工事)?中|迂回を(?:お願い|ご協力)|点検の結果|調査の結果/u
/** An official source named for what is reported. */
/** Blind R298K-056 kind (conf19): …also the city's own notice or site named as the source (市のお知らせによると, 市のホームページでは). */
/**
 * Blind KT-057: a figure read at the city's own exhibition or in its publication, the medium named in the sentence (or the one before) as what the writer saw
 * (「予算のおはなし」パネル展を見てきたよ〜 市の…一般会計は約318億円なんだって！; 広報誌に載ってたけど…): the source is published, no rumour.
 */
const PUBLIC_MEDIUM_SEEN = /(?:パネル展|展示|企画展|広報(?:誌|紙)?|市報|ホームページ|公式サイト|予算書|決算書|説明板|案内板|パンフレット)[」』]?(?:を|で|に)[^。！？!?\n]{0,6}?(?:見て|見た|見に行|読ん|読みまし|載って|のって|書いて(?:あ|た))/u
/**
 * What may follow らしい / みたい / だって when they end a sentence (possibly a character's suffix: クリ～, ニャ); in the squeezed
 * view a sentence parted by a space only (着工らしいです 楽しみですね) runs on into the next word.
 */
const END_TAIL = /^(?:ですばい|ですたい|ですけん|ですよね|です|でした|だ|だった|ですよ|ですね|だよ|だね|だぞ|っすよ|っすね|っす|ばい|たい|やん|けん|っちゃん|っちゃね|っちゃ|ばってん|ばって|もんね|もんな|もん|よ|ね|なー|なあ|わ|さ|ぞ|じゃん|けど|から|し|ので|よー)?(?:[^\p{Script=Han}\p{Script=Hiragana}]|$)|^(?:です|でした|ですよ|ですね)(?=[\p{Script=Han}\p{Script=Katakana}])/u
/** Before らしい: a plain verb, adjective or past form (hearsay), or a status noun; not 素晴らしい, 柳川らしい. */
const RASHII_BEFORE_KANA = /[るたいうくすつぬむぶぐ]$/u
const RASHII_NOT = /(?:すば|めず|かわい|わざと|いや|ばか|あほ|もっとも|にく|きたな|しお|ほこ|うらやま|あた|だ)$/u
/** Nouns whose らしい is "typical of" (春らしい, 柳川らしい, 男らしい). */
const TYPICAL_NOUN = /(?:晴|可愛|愛|汚|憎|誇|嫌|恨|馬鹿|阿呆|尤|貧乏|長|春|夏|秋|冬|季節|柳川|水郷|日本|城下町|町|まち|子供|子ども|男|女|人間|自分|彼|彼女|学生|大人|プロ|本物|ここ|私|僕|君)$|(?:いかにも|実に|まさに|とても|すごく|なんとも|本当に)/u
const STATUS_NOUN = /(?:本当|事実|予定|中止|延期|決定|確定|内定|廃止|移転|値上げ|値下げ|無料|有料|オープン|おーぷん|開設|開業|開館|開園|完成|閉店|店じまい|閉館|休館|休校|休園|休業|臨時休業|学級閉鎖|新設|検討中|調整中|交渉中|発表|来年|来月|来週|再来年|今年|本決まり|確実|有力|濃厚|方向|らしい|みたい|つもり|意向|方針|模様|見込み|構想|段取り|流れ)$/u

const RECEIVED_FRAME = /^(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:寄せられ|相次|入っ(?:て|と)|入り(?:まし|よ)|届い|届き|あり(?:まし|ます)|複数|来て|きて|来と|きと)/u
/**
 * Blind II-067: the deceit told by the caller's own words quoted (「道の駅の者ですが、…新しい口座番号を教えてください」という電話が…入っている
 * との情報が寄せられています, 「…手数料を振り込んでください」というメールが届いた): the quoted request asks for what a scam asks for (an
 * account or a PIN, a card, a password, a fee or a transfer), so the contact reported is a fake one, as with 不審な or なりすまし.
 */
const SCAM_ASKED = /「[^」\n]{0,80}?(?:口座番号|暗証番号|振込口座|振込先|振り込み先|キャッシュカード|クレジットカード|カード番号|パスワード|手数料|還付|ATM|振り?込(?:み|んで|ん)|個人情報|マイナンバー)[^」\n]{0,80}?」(?:という|との|って|といった|などの|みたいな)/u
/**
 * Blind UG-025 (fpcu): the city saying reports of a fake contact have reached it, in its own scam warning (市のロゴをまねたメールが送られて
 * いるとの情報が寄せられています, under 【注意】…を名乗る偽メールにご注意ください, and …リンク先は偽サイトで… after it): an official notice of
 * what the city was told, not hearsay. The deceit may be said by imitation in the clause (まねた, 模した, 似せた, そっくりの), or by the
 * warning around it: the post's heading line that warns (注意, ご用心) of a fake or a scam, or the sentence right after the frame. The
 * clause must still name a contact (メール, 電話, 訪問 …) and the frame be received; an allegation about someone, a change or a decision
 * reported that way (…が閉店するとの情報もあります) is no scam and is judged as hearsay.
 */
const SCAM_IMITATION = /(?:まね|真似|模し|似せ)た|そっくり(?:の|な)|酷似した/u
const SCAM_HEADING = /注意|ご用心|用心|警戒|気をつけ|気を付け/u
function scamWarned(t: string, at: number, end: number): boolean {
  const nl = t.indexOf('\n')
  const heading = nl > 0 && nl < at ? t.slice(0, nl) : ''
  if (heading && SCAM_DECEIT.test(heading) && SCAM_HEADING.test(heading)) return true
  const own = sentenceAround(t, at, end)
  if (own.end >= t.length) return false
  return SCAM_DECEIT.test(t.slice(own.end, sentenceAround(t, own.end, own.end).end))
}
function scamReported(t: string, at: number, w: string): boolean {
  if (!/(?:情報|話|連絡|声)/u.test(w)) return false
  const clause = t.slice(sentenceAround(t, at, at).start, at)
  const frame = t.slice(at + w.replace(/(?:が|も|、|,)$/u, '').length, at + w.length + 20)
  if (!SCAM_CONTACT.test(clause) || !RECEIVED_FRAME.test(frame) || PEOPLE_CLAIM.test(clause) || STAFF_PENALTY.test(clause)) return false
  if (SCAM_DECEIT.test(clause) || SCAM_ASKED.test(clause) || SCAM_ASKS_SECRET.test(clause)) return true
  // The received verb itself, not あります: …との情報もあります passes a rumour on, whatever the heading says.
  // (A subject line or a caller's words quoted, 「給付金の申請期限が…」という件名で, are the fake's words, not a change told.)
  const own = clause.replace(/「[^「」\n]{0,80}」/gu, '')
  if (!/^(?:が|も)[、,]?[^。！？!?\n]{0,10}?(?:寄せられ|相次|入っ(?:て|と)|届い)/u.test(frame) || CHANGE.test(own) || BENEFIT.test(own)) return false
  return SCAM_IMITATION.test(clause) || scamWarned(t, at, at + w.length)
}

/** The text of `t`'s sentence before `at` (at most 60 characters): what a reporting frame at `at` reports. */
/** A voice that says how people feel (…が遠い、…がよくわからない、という声), not what will change. */
const FEELING_END = /(?<!らし|みた|っぽ)(?:い|にくい|づらい|ほしい|(?<!み)たい|不便|不安|心配|困る|困っている|大変)[、,\s]*$/u
/**
 * Blind R189I-036: what someone said ending in a guess (…もう開かないかもしれない, …廃止になる可能性が高い) or in a service said not to open
 * from a time to come (来年からは開かない) ends in い without telling a feeling: the words are judged by what they tell, as any report is.
 */
const SAID_GUESS_END = /(?:かもしれ(?:ない|ん|ません)|かも|可能性が(?:高|大き)い|公算が(?:高|大き)い)$/u
const SERVICE_ENDS_END = new RegExp(`(?:${SERVICE_ENDS.source})$`, 'u')
function saidAsFeeling(said: string): boolean {
  const s = said.replace(/[、,\s]+$/u, '')
  return FEELING_END.test(s) && !SAID_GUESS_END.test(s) && !SERVICE_ENDS_END.test(s)
}

/** What makes a thing good, as its topic (秘訣は, コツは, 甘さの秘密は, 人気の理由は): a product's quality explained (Blind LE-002 kind). */
const QUALITY_EXPLAINED =
  /(?:秘訣|秘けつ|コツ|決め手)(?:は|って)|(?:おいしさ|美味しさ|うまさ|旨さ|甘さ|甘み|あまみ|香り|やわらかさ|柔らかさ|人気|強さ|元気|美しさ|色つや|色艶|食感|味)の(?:秘密|ひみつ|理由|わけ|ワケ|ポイント|決め手)(?:は|って)/u
/** Talk of nature, seasons and creatures: what a mascot passes on as a fun fact. */
const NATURE_TALK = /季節|旬|春|夏|秋|冬|花|咲|実|鳥|魚|虫|生き物|いきもの|ムツゴロウ|むつごろう|ホタル|ほたる|カニ|かに|動物|植物|干潟|有明海|海|川|空|星|月|天気|気温|元気|かわいい|可愛い|おいしい|美味しい|名前|由来|語源/u
/**
 * Blind R453E-012 kind (wave 94): words that hold a nature word and name none (柳川, 川下り, 花火, 実施, 空き家, 海外):
 * a place, a service or a plain word of the city, read out of the sentence before NATURE_TALK, so a change to come passed on in a mascot's speech
 * (再来年には川下りの舟もぜんぶ電動になるんだって, 再来年には柳川の巡回バスが電気バスになるんだって) is not taken for a fun fact of nature.
 * Nature itself stays a fun fact (有明海のムツゴロウは冬眠するんだって, 5月にはホタルが見られるんだって).
 */
const NATURE_FALSE = /柳川|川下り|川くだり|花火|実施|実現|充実|確実|事実|実際|実証|空き家|空き地|空港|海外|海水浴場/gu

/**
 * A price said to move (値段が上がる, 価格が高騰, 品薄になる), or a harvest or a catch said to fail (相当な不作になる, 今年は不漁, 収穫が
 * 半減する): what passing on a market rumour spreads, a loss to a local industry no one has confirmed (not a fee the city sets: CHANGE).
 */
const MARKET = /(?:値段|価格|物価|相場|単価|値)(?:が|も|は)?[^。！？!?\n]{0,8}?(?:上が|あが|下が|さが|高く|安く|高騰|跳ね上が|暴落|倍に)|値上がり|値下がり|高騰|品薄|品切れ|手に入らな|入手困難|買えなくな|不作(?!為)|不漁|凶作|減産|(?:(?:海苔|米|稲|麦|大豆|野菜|果物|みかん|いちご|イチゴ|苺|柿|梨|ぶどう|作物|農作物|アサリ|あさり|牡蠣|魚)(?:の(?:出来|でき|作柄|育ち|生育|色づき|色付き|色|品質|質|味|実入り))?|(?:のり|ノリ)の(?:出来|でき|作柄|育ち|生育|色づき|色付き|色|品質|質|味)|出来|作柄|実り|生育|育ち|実入り)(?:が|は|も)[、,]?(?:今年は|今季は|今年も|今季も)?(?:あまり|よく|全然|ぜんぜん|ちょっと|いまいち|イマイチ|今ひとつ|今一つ)?(?:良くな|よくな|ような|良うな|良か(?:ない|なか)|悪い|悪く|悪か|わるい|わるく|わるか|いまいち|イマイチ|今ひとつ|今一つ|不良)|(?:収穫|収量|水揚げ|漁獲|生産量|出荷量)(?:量)?(?:が|も|は)?[^。！？!?\n]{0,6}?(?:半減|激減|大幅に減|ほとんどな|ゼロ)/u
/** A claim about people or a harm (what gossip passes on): trouble, misconduct, a bad name, damage. */
const CLAIM =
  /借金|離婚|不倫|浮気|前科|クビ|トラブル|揉め|もめ|喧嘩|ケンカ|けんか|怒られ|叱られ|注意され|名指し|苦情|クレーム|悪口|怪し|あやし|やば|ヤバ|不正|横領|着服|倒産|潰れ|つぶれ|赤字|脱税|滞納|手抜き|ずさん|評判|ひどい|酷い|最悪|うそ|ウソ|嘘|隠し|隠蔽|仲が悪|対立|不満|怒って|崩れ|壊れ|水没|燃え|沈ん|溢れ|あふれ|危な|盗ま|盗難|被害|問題(?:に|が|を|視)|辞め|やめ|パワハラ|セクハラ|いじめ|ハラスメント|不祥事|処分|止まっ|通れな|通行止め|運休|避難|閉じ込め|食中毒|異臭|爆発|出没|目撃|襲わ|刺さ|噛ま|(?:クマ|熊|イノシシ|猪|サル|猿|スズメバチ)(?:が|も)出/u
/** Whether `at` lies inside a bracketed question the post reports as a resident's question or a rumour (ASKED after it), answered or not. */
function askedQuote(t: string, at: number): boolean {
  const open = t.lastIndexOf('「', at)
  if (open === -1 || at - open > 60 || t.slice(open, at).includes('」')) return false
  const close = t.indexOf('」', at)
  if (close === -1 || close - at > 60) return false
  return ASKED.test(t.slice(close, close + 16))
}
/**
 * Blind R88A-137: who did a wrong, as the topic of a cleft (捨てたのは近くのブリーダー業者らしいです, 盗んだのは隣町の人みたい, 落書きしたとは
 * 中学生げな, 火をつけたのって…だって): an accusation passed on second-hand, as 犯人は is. Only a wrongful act (捨て, 盗ん, 壊し, 放火し,
 * 不法投棄し …); a good deed (片づけたのは, 拾ったのは) accuses no one.
 */
const WRONG_DONE =
  '(?:捨て|棄て|遺棄し|放置し|置き去りにし|投げ込ん|投げ捨て|不法投棄し|ポイ捨てし|盗ん|盗っ|壊し|こわし|荒らし|落書きし|いたずらし|放火し|火をつけ|火ばつけ|燃やし|轢い|ひき逃げし|はねて逃げ|傷つけ|殴っ|蹴っ|汚し|垂れ流し|流し込ん|毒を(?:まい|撒い|盛っ))'
/** The cause of a harm or a problem as the topic (原因は, 火元は; not 人気の理由は): a cause passed on second-hand is hearsay. */
const CAUSE_TOPIC = new RegExp(`(?:原因|犯人|出所|発生源|火元|真相|感染源)(?:は|って|なんですが|ですが)|${WRONG_DONE}(?:た|だ)(?:の|ん|と)(?:は|が|って)`, 'u')
/** People named in the plural or with さん (高校生たち, 子ども, 業者さん) before らしい or みたい: who, when a cleft asks who did a wrong. */
const CULPRIT_PLURAL = /(?:たち|達|ども|さん|ら)$/u
/** A cause as what is passed on (施工ミスが原因みたい, 不始末のせいらしい, カラスの仕業っぽい): hearsay about a harm's cause. */
const CAUSE_PRED = /(?:原因|せい|所為|仕業|犯人)(?:だった|なの|なん)?$/u
/** A reason as the predicate noun (一番の理由, 主なわけ, きっかけ, 決め手): the why of a matter, when みたい or らしい closes it. */
const REASON_NOUN = /(?:理由|わけ|訳|きっかけ|決め手|背景)$/u

/**
 * Why something is so, passed on second-hand: a topic 〜のは／〜とは, then a reason 〜から／〜けん before げな, らしい or みたい
 * (最近イノシシの多かとは、…誰かが餌ばやりよるけんげな; 噴水が止まっとるのは、業者が手を抜いたかららしい): an unconfirmed cause.
 */
const WHY_HEARD = /(?:の|と)は[、,]?[^。！？!?\n]{1,40}?(?:から|けん)$/u

/** A completion or an opening in the past, right before a hearsay ending (完成したそう, オープンしたんだって, 開通したらしい). */
const DONE_BEFORE = /(?:完成|竣工|落成|完工|開館|開業|開通|開園|開所|開店|オープン|おーぷん|供用開始|お披露目)(?:し|され)(?:まし)?た$/u

/**
 * Review of unof59 (rv/runof59): a benign public fact heard about something called new (駅前に新しいお店ができて、にぎわっているそうです; 新しく
 * できた公園は家族連れでにぎわっているそうです; 新しいカフェができたらしいよ; 新しい遊具が子どもたちに大人気なんだって): 新しい names what is
 * there now, and a place busy, a thing liked, flowers out or a shop opened is no matter the city or another body decides, no person, accident
 * or figure. Only where 新 is all FUTURE finds in the sentence (来月, 来年, 今後 still count) and the heard predicate is such a state or an
 * opening done (BENIGN_HEARD); a change, a decision, a harm or a claim is judged as ever by the other tests.
 */
const NEW_WORD = /新しい|新しく|新た(?:な|に)|新(?![年春緑米茶]|のり)(?=[\p{Script=Han}\p{Script=Katakana}])/gu
const BENIGN_HEARD =
  /(?:にぎわ|賑わ|にぎわっ|賑わっ|にぎやか|賑やか|行列|混雑|混んで|込んで|人気|好評|評判|繁盛|盛況|満員|満席|喜ばれ|楽しまれ|親しまれ|愛され|咲い|咲き|見頃|見ごろ|満開|色づ|色付|盛り上が|楽しんで|遊んで|にこにこ|笑顔|きれい|綺麗|キレイ|ぴったり|快適|便利|使いやす|見やす|おしゃれ|オシャレ|素敵|すてき|ステキ|おいし|美味し|楽しい|楽しかっ|最高|気持ちい|居心地)[^。！？!?\n]{0,12}$|(?:が|も|は)[、,]?(?:でき|オープンし|開店し|開業し|お目見えし)た$/u
/** The new thing still to come (新しくできる体育館, 新しい駅ができる, 新たに整備される): 新 then names a future matter. */
const NEW_COMING = /(?:でき|建つ|建て|建設され|整備され|設けられ|オープンす|開館す|開業す|開園す|完成す|始ま|誕生す)る(?!そう|らしい|みたい|って|んだ)(?=[\p{Script=Han}\p{Script=Katakana}のとこ])|(?:でき|建設され|整備され|オープンす|開館す|開業す|完成す|始ま)る(?:予定|見込み|計画)/u
function benignNewHeard(t: string, from: number, at: number, w: string, sentence: string): boolean {
  if (FUTURE.test(sentence.replace(NEW_WORD, '')) || NEW_COMING.test(sentence)) return false
  const lead = (t.slice(from, at) + (/^[るた]/u.test(w) ? w[0] : '')).replace(/(?:ん|の|なん|なの)$/u, '')
  return BENIGN_HEARD.test(lead)
}

/**
 * Blind R458K-023 kind: the point a lecturer made at a class, passed on with そうです in the report of the class (講師の消防署員さんが強調して
 * いたのは…です。…転落事故につながった例もあるそうです; 講師を務めた保健師さんによると、…こともあるそうです): the speaker is named by their role
 * (講師) in the sentence or the one before, and what they taught is a general lesson, no news: a harm told only as a kind of case that happens
 * (例もある, こともある, ケースが多い). Stays hearsay: a change, a decision, a time to come, a benefit, a claim about someone, or a harm told as an
 * event (講師の先生によると、先週も市内で事故があったそうです).
 */
const LECTURER_SAID = /講師(?:の|を務め(?:た|られた|て(?:いただ|くださ)いた)|として)?[^。！？!?\n「」]{0,14}?(?:さん|先生|氏|様|の方)?(?:が|は|から|より|も|によると|によれば|いわく)[、,]?/u
const GENERAL_CASE = /(?:例|事例|ケース|こと|場合)(?:も|が|は)(?:よく|少なからず)?(?:ある|多い|少なくない)$/u
function lecturePointHeard(t: string, ownStart: number, at: number, w: string, sentence: string, future: boolean): boolean {
  if (!/^[るいだ]?そう/u.test(w)) return false
  const from = startPastQuotes(t, ownStart)
  const lead = from > 0 ? t.slice(sentenceAround(t, from - 1, from - 1).start, at) : t.slice(from, at)
  if (!LECTURER_SAID.test(lead)) return false
  if (CHANGE.test(sentence) || DECISION.test(sentence) || future || BENEFIT.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence)) return false
  return !RUMOUR_TOPIC.test(sentence) || GENERAL_CASE.test(t.slice(Math.max(from, at - 12), at + (/^[るい]/u.test(w) ? 1 : 0)))
}

/** A named speaker as whom a talk is from (講師の先生からは, 校長先生から, 田中さんより): not an anonymous rumour. */
const SPEAKER_FROM = /(?:さん|氏|様|先生|講師|教授|博士|会長|館長|校長|園長|所長|署長|市長|医師|助産師|保健師|弁護士)(?:から|より)(?:は|も)?[、,]?/u
/** The start of the sentence that `from` lies in when the sentence ends before it (！, ？, 。) stand inside 「…」 (at most 3 such steps back). */
function startPastQuotes(t: string, from: number): number {
  let start = from
  for (let i = 0; i < 3 && start > 0 && t.lastIndexOf('「', start - 1) > t.lastIndexOf('」', start - 1); i++) start = sentenceAround(t, start - 1, start - 1).start
  return start
}

/**
 * Talk heard, in the words HEARSAY reads for it (という話を耳にしました, って話を伺いました, っていう話ば聞いた; blind R85A-082: っち話ば聞いた,
 * ち話を聞きました, って話ば聞いた): judged by what it tells.
 */
const HEARD_TALK = /(?:耳に|伺|うかが|小耳|聞こえ)|^っていう|^(?:っち|ち)(?:話|噂|うわさ)(?:ば|を|聞|[、,])|(?:話|噂|うわさ)(?:ば|[、,]?聞)/u

/** A reporting frame that points back to the sentence before (そのように, その旨, そう…と伺っております). */
// Blind R307X-015 kind: talk named back (…できるって本当？」とよく聞かれます。どうやらそういう話があるらしいですよ): what it passes on is
// the sentence before.
const BACK_REF = /(?:その|この)(?:よう|旨|とおり|通り)|(?:^|(?<=[、,はがも\s]))そう(?:おっしゃ|言|話|申|聞)|(?:そういう|そういった|そんな|そげな|そのような)(?:話|噂|うわさ|計画|予定)(?:が|も)/u

/** The published schedule or rules a change came in with (新しいダイヤで, ダイヤ改正で, 新しい料金表で, 4月1日から). */
const ANNOUNCED_IN = /(?:新しい|新)(?:ダイヤ|時刻表|ルール|制度|料金表|料金|運行表|路線図)(?:で|に|から|では)|(?:ダイヤ|時刻表)(?:の)?改正(?:で|に|から|では)|(?:今日|本日|きょう|今月|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)から(?:の)?/u

/** How good a thing is (参考になる, ためになる, 役に立つ, 楽しい, おもしろい, 人気, 好評) at the end of a clause: praise, not news. */
const PRAISE_END =
  /(?:(?:参考|勉強|ため|為|タメ)に(?:なる|なった|なります)|(?:役|やく)に(?:立つ|たつ|立った)|(?:楽し|たのし|面白|おもしろ|オモシロ|美味し|おいし|うま|すご|凄|わかりやす|分かりやす|やさし|優し|かっこい|カッコい|かわい|可愛)(?:い|かった)|(?:人気|好評|大好評|評判がいい|評判が良い|おすすめ|オススメ)(?:な|だ)?)$/u
/** Whether the hearsay ending at `at` closes a clause of praise (PRAISE_END) that tells nothing else. */
function praiseHeard(t: string, at: number): boolean {
  const lead = clauseBefore(t, at)
  const clause = lead.slice(Math.max(lead.lastIndexOf('、'), lead.lastIndexOf(','), lead.search(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF][^\u{1F300}-\u{1FAFF}\u2600-\u27BF]*$/u)) + 1)
  if (!PRAISE_END.test(clause.replace(/(?:ん|の)$/u, ''))) return false
  return !(CHANGE.test(clause) || BENEFIT.test(clause) || RUMOUR_TOPIC.test(clause) || PEOPLE_CLAIM.test(clause) || CLAIM.test(clause) || MARKET.test(clause) || FUTURE.test(clause))
}

/**
 * Blind HR-033: the reason of a change the post itself has just told as a plain fact, passed on in a friendly voice (4月から水道料金がかわるんだ。
 * 古くなった水道管を新しくするためなんだって, …が上がります。材料費が高くなったからなんだって, 来月から閉館時間が変わるよ。利用者のアンケートで
 * 決まったからなんだって): why it happens, not whether; the change is asserted in the sentence before, with no hedge or hearsay. A change still
 * hedged (…かわるらしいよ。…ためなんだって) or a reason that is a further change to come (…来年には値上げするためなんだって) is judged as ever.
 */
const REASON_HEARD = /(?:ため|為|から)(?:な)?$/u
const PLAIN_CHANGE_TOLD = /(?:る|ます|ました|た|んだ|んです|のです|よ|ね|です)[〜~ー！!]{0,3}[。！!]?\s?$/u
const CHANGE_HEDGED = /らしい|らしか|みたい|そうです|そうだ|って|げな|かも|見込|見通し|はず|予定|噂|うわさ|聞い|検討|調整|案/u
const FURTHER_CHANGE = /来年|来月|来春|来秋|再来|今度|次の|予定|かも|らしい|みたい|噂|うわさ|値上げ|廃止|閉鎖|統合|有料/u
function reasonOfToldChange(t: string, at: number, w: string): boolean {
  if (!/^(?:ん|の|なん|なの)(?:だ|です)って$/u.test(w)) return false
  const own = sentenceAround(t, at, at)
  const lead = t.slice(own.start, at)
  if (!REASON_HEARD.test(lead) || FURTHER_CHANGE.test(lead) || own.start === 0) return false
  const prev = sentenceAround(t, own.start - 1, own.start - 1)
  const told = t.slice(prev.start, own.start)
  if (told.includes('\n\n') || !CHANGE.test(told) || CHANGE_HEDGED.test(told)) return false
  return PLAIN_CHANGE_TOLD.test(told.replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF\s]+$/u, ''))
}

/**
 * Blind R425A-015 kind: a mascot or a friendly account telling an official campaign period, day or week in its own speech style (11月12日から
 * 25日は「女性に対する暴力をなくす運動」の期間なんだって！; 今日は「119番の日」なんだって; 9月は「健康増進普及月間」なんですって): the なんだって
 * is the voice, not hearsay, when what it closes is a period, a day or a week set by the nation or the city (期間, 週間, 月間, の日, デー), named
 * with its dates (N月N日から…, 毎年N月, N月は) or by its official name in brackets (「…運動」「…週間」). Hearsay about a change stays a rumour:
 * the clause must tell nothing new, moved or dropped (…が無料になるんだって, 「市民の日」は来年から廃止なんだって, 今年は中止なんだって), no
 * benefit, decision or claim, once the name in brackets is set aside.
 */
const DESIGNATED_TIME = /(?:期間|週間|月間|旬間|週|強化月間|強調月間|の日|記念日|デー|ウィーク|ウイーク)$/u
const DESIGNATED_NAME = /「[^「」\n]{2,30}(?:運動|週間|月間|旬間|の日|デー|ウィーク|ウイーク|キャンペーン|期間)」/u
const DESIGNATED_DATED = /[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,2}日|(?:毎年|今月|来月)?[0-9０-９一二三四五六七八九十]{1,2}月(?:は|の|中|いっぱい)|今日は|きょうは|本日は|今週は|今月は/u
const DESIGNATION_CHANGED = /新し|新た|初めて|はじめて|今年から|今年度から|来年|来月から|変わ|かわ|変更|移|延期|中止|廃止|取りやめ|なくなる|無料|有料|値上|値下|なる|なっ|なり|決ま|予定|かも|らしい|みたい/u
function designatedPeriodTold(t: string, at: number, w: string): boolean {
  if (!/^(?:ん|の|なん|なの)(?:だ|です)って$/u.test(w)) return false
  const lead = clauseBefore(t, at).replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, '')
  if (!DESIGNATED_TIME.test(lead) || !(DESIGNATED_NAME.test(lead) || DESIGNATED_DATED.test(lead))) return false
  const rest = lead.replace(/「[^「」\n]{0,40}」/gu, '')
  return !(DESIGNATION_CHANGED.test(rest) || CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(rest) || PEOPLE_CLAIM.test(rest) || CLAIM.test(rest) || MARKET.test(rest))
}

/**
 * Blind HX-038: a private person's own schedule, told second-hand by the post that presents them (新規就農者の松藤さんのハウスで…はじめての
 * 出荷は12月中旬の予定だそうです; パン屋の古賀さんご夫妻…開店は春ごろの予定だそうです; 田中さんのみかん園、今年の収穫は11月上旬ごろだ
 * そうです): their harvest, shipment or opening as they told it, no rumour about a matter the city decides. A person named with さん in the
 * sentence or the one before; the schedule noun the topic of a date (予定, ごろ); no body of the city in the sentence (市の, 道の駅, 施設 …)
 * and no change, benefit, harm or claim in it (…出荷施設は来年閉鎖の予定だそうです still is one).
 */
const OWN_SCHEDULE = /(?:初出荷|出荷|収穫|摘み取り|開店|オープン|出店|初売り|販売開始|発売|お披露目|開園|初物)(?:は|も|の時期は|時期は)[、,]?[^。！？!?\n]{0,16}?(?:予定|ごろ|頃|ころ)(?:だ|です|や)?(?:った)?そう/u
const PRIVATE_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ー]{1,8}さん(?:の|が|は|ご夫妻|ご夫婦|ご一家|一家|たち|親子|、)/u
/**
 * Blind HY-061: a named person's own likes, pastimes and feelings told second-hand with their consent (ハルヨさんは、毎朝新聞を読むことと、
 * ひ孫さんとのテレビ電話が楽しみだそうです; 釣りが大好きなんだそうです; 朝の散歩が日課だそうです; 孫の写真を見るのを楽しみにしているそうです):
 * what the person told the post about themself, as their past or their schedule, no rumour. The feeling word right before そう, the person
 * named with さん in the sentence or the one before; nothing new or still to come in the sentence (新しい, 来年, 予定, オープン: 新しい体育館が
 * 楽しみだそうです passes on a facility) and no change, benefit, harm or claim (新聞 holds 新 but tells no news).
 */
const OWN_FEELING = /(?:楽しみ|好き|大好き|日課|趣味|生きがい|生き甲斐|自慢|得意|習慣|宝物|宝|元気の(?:源|秘訣)|長生きの秘訣|何より)(?:なん)?だ$|(?:楽しみ|日課|習慣|生きがい|励み)に(?:して)?(?:い|お)?る$/u
/**
 * Blind R107A-031: a named person's profile as its topic, told second-hand in an introduction (趣味は川下りの写真撮影だそうです, 特技は書道
 * だそうです, 好物はうなぎのせいろ蒸しなんだそうです, 出身は大川市だそうです, カナダのバンクーバー出身だそうです): what the person told the
 * post about themself, no rumour. The profile noun opens the clause before そう (or 出身 ends it); the person is named with さん in the
 * sentence or the one before (…前田さんをご紹介します counts); the same gates as OWN_FEELING hold (nothing new or to come, no change).
 * Blind TU-009: a teacher or guest named with 先生 or 氏, their name in katakana with ・ (新しいALTのエミリー・ジョンソン先生が着任しました。
 * …趣味は写真とカヌーだそうです), and a new ALT, 国際交流員 or 協力隊員 is the person introduced, not news.
 */
const PROFILE_TOPIC = /(?:趣味|特技|得意技|好物|大好物|おすすめ|オススメ|お勧め|お薦め|イチオシ|いちおし|一押し|イチ押し|推し|お気に入り|自信作|好きな(?:食べ物|食べもの|たべもの|飲み物|もの|こと|色|花|本|映画|音楽|スポーツ|場所|言葉|季節)|苦手な(?:食べ物|食べもの|もの|こと)|出身地?|出身校|座右の銘|マイブーム|休日の過ごし方|休みの日の過ごし方)(?:は|も)[、,]?[^。！？!?\n]{1,28}?(?:なん)?だ$|[\p{Script=Han}\p{Script=Katakana}ー]出身(?:なん)?だ$/u
const PROFILE_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ーぁ-ゖ・]{1,16}(?:さん|先生|氏)(?:を|の|が|は|も|です|[、。！!\s]|[\u{1F300}-\u{1FAFF}\u2600-\u27BF])/u
/**
 * Blind JY-039 kind (unof57): a person's own goal, dream or wish told second-hand, as in a staff or resident interview (来年は、手話での窓口案内に
 * 挑戦するのが目標だそうです; 将来は船頭になるのが夢だそうです; 今年の目標は簿記2級の合格だそうです; いつか全国大会に出たいんだそうです):
 * what the person told the post of themself, a goal of their own, no plan of anyone's passed on. The goal noun is the predicate before そう
 * (or its topic, 目標は…だ), or the wish's たいんだ; a body as the subject (市は, 図書館は, 課長は: GOAL_OF_BODY) makes it the body's plan, and
 * a change, a decision or a harm in the sentence is judged as ever (…を廃止するのが市長の目標だそうです).
 */
const OWN_GOAL = /(?:の|こと)(?:が|は)(?:(?:一番|いちばん|最大|当面|今後|次|今年|来年|将来)の)?(?:目標|夢|ゆめ|抱負|野望|願い|目当て)(?:なん)?だ$|(?:目標|夢|ゆめ|抱負|野望)(?:は|も)[、,]?[^。！？!?\n]{1,30}?(?:なん)?だ$|(?<=[ぁ-ゖ])たい(?:ん|の)だ$/u
const GOAL_OF_BODY = /(?:(?<![\p{Script=Han}])(?:市|県|国|町|村)|市役所|役所|当課|担当課|[\p{Script=Han}]{1,6}(?:課|部|局|館|センター|協議会|委員会)|施設|会社|企業|法人|市長|副市長|議長|知事|教育長)(?:として)?(?:は|が|も|では)/u
/**
 * Blind R110A-039: the introduced person called new (物産館の新しい店長、平田 あゆみさんです😊 おすすめは…だそうです; 新任の館長, 新人の
 * スタッフ): 新 describes who is introduced, no matter to come, so it is read out of the sentence before NEW_OR_LATER. Something new or to
 * come told in the rest (おすすめは来月オープンする2号店だそうです) still is.
 */
const NEW_PERSON = /(?:新しい|新しく(?:来た|入った|着任した|就任した)|新任の|新人の?|新入りの?)[^\s、。！？!?\n]{0,6}?(?:店長|スタッフ|館長|園長|所長|校長|先生|職員|店員|メンバー|仲間|担当|講師|指導員|隊員|おかみ|女将|マスター|オーナー|シェフ|ALT|外国語指導助手|国際交流員|CIR|協力隊員|地域おこし協力隊|教員|教諭|保健師|司書|学芸員)/gu
/** The person named (ハルヨさんは, 百歳を迎えたキヨさん。): PRIVATE_PERSON, or a name with さん closing a sentence of its own. */
const FEELING_PERSON = /(?<![市町県国])[\p{Script=Han}\p{Script=Katakana}ー]{1,8}さん(?:の|が|は|も|ご夫妻|ご夫婦|ご一家|一家|たち|親子|[、。！!])/u
const NEW_OR_LATER = /年内|年度内|年度末|来年|来年度|再来年|次年度|来春|来秋|来月|来週|次回|次期|今後|将来|予定|見込|新し|新た|新規|新設|新築|新庁舎|(?:[0-9０-９一二三四五六七八九十]+月|春|夏|秋|冬|年明け|今年|今年度|今回|今季|今期)から|完成|開業|開館|開店|オープン|できる|でき(?:あが|上が)る|建つ|始まる/u
/** A time of a person's own past (学生時代は, 高校時代, 子どものころ, 以前は, 前職は): what a biography tells. */
const BIO_PAST = /(?:学生|高校|中学|小学校?|大学|子ども|子供|幼少|若い|現役|新人|独身|会社員|選手)(?:時代|の(?:ころ|頃|時)|ころ|頃)|(?:以前|前職|前)は|もともと|元々|出身/u
/**
 * Blind R108A-107: an emergency measure passed on second-hand before it is announced (上流の日向神ダムが今夜11時ごろから放流を始めるらしい
 * です。まだ正式な発表は出ていませんが…; 避難指示が出るみたいです; 水門ば閉めるげなです; 緊急放流するって聞きました): a dam's release, an
 * evacuation order, a flood gate shut, a water restriction or a road closed, told as hearsay, is unconfirmed disaster information, even in the
 * rain that would otherwise make it weather talk. A release of fish fry (稚魚を放流) is not this; the office that runs the dam or the river
 * named as the source (河川事務所によると, 国土交通省から連絡があり) makes it a report.
 */
const EMERGENCY_MEASURE =
  /(?:ダム|堰|せき|ため池|貯水池)(?:の|が|は|から|で|も)?[^。！？!?\n]{0,16}?放流|放流量|緊急放流|異常洪水時防災操作|避難(?:指示|勧告)|高齢者等避難|緊急安全確保|(?:水門|樋門|陸閘)(?:を|ば|が|は|も)?[^。！？!?\n]{0,6}?(?:閉め|閉じ|閉ま|しめ|開け|開い|あけ)|給水制限|(?:全面)?通行止め|交通規制/u
/**
 * Blind R133I-023: an alarming event passed on second-hand, the kind a disaster's hoaxes are made of (近くの動物公園からライオンが逃げた
 * らしいです！！…外に出ないでください, the 2016 熊本地震 lion hoax; 堤防が決壊したみたい, 井戸に毒が入れられたらしい, また大きな地震が来るって):
 * unconfirmed danger to the public, judged as an emergency measure is. A bear or a lion seen at the zoo, or the office named as the
 * source (EMERGENCY_SOURCE), is not this.
 * Blind R200D-066 kind: a storm's strike on a place foretold second-hand (台風が週末に…を直撃するらしい, 竜巻が上陸するって), the course a
 * weather office alone may tell; the weather office or the city named (気象台によると) is a source, and a strike past or a general
 * warning (台風が直撃すると…ことがあります) is no such news.
 */
const ALARM_EVENT =
  /(?:ライオン|トラ|虎|クマ|熊|ヒグマ|猛獣|ヒョウ|豹|ワニ|毒ヘビ|毒蛇|猛毒)(?:が|も|は)?[^。！？!?\n]{0,8}?(?:逃げ|脱走|逃走|脱出|放たれ)|(?:堤防|土手|ため池|ダム|護岸)(?:が|も|は)?[^。！？!?\n]{0,6}?(?:決壊|崩壊|崩れ|壊れ)|(?:井戸|水道|貯水槽|浄水場|給水)[^。！？!?\n]{0,8}?(?:毒|毒物|薬物)(?:が|を)?[^。！？!?\n]{0,6}?(?:入れ|混入|まか|流)|(?:大きな|大|巨大|また)?(?:地震|余震|津波)(?:が|も)[^。！？!?\n]{0,12}?(?:来る|くる|来ます|起きる|起こる|発生する)|(?:台風|たいふう|ハリケーン|竜巻|高潮|線状降水帯)(?:が|は|も|の)?[^。！？!?\n]{0,16}?(?:直撃|上陸|ちょくげき)(?!し(?:た|まし|て(?:い|お|しま)))|(?:暴動|略奪|爆破予告)/u
const EMERGENCY_SOURCE = /(?:国土交通省|国交省|河川事務所|管理事務所|ダム管理者|ダム管理所|気象台|気象庁|県|市|消防|警察)(?:の発表)?(?:によると|によれば|から(?:の)?(?:連絡|情報|発表|通知|お知らせ)|の発表|が発表)/u
/**
 * Blind IA-065: an existing rule or system explained in a friendly voice (ケージ、リード、えさ、トイレシートは飼い主さんが持ってくる決まりなんだって,
 * ごみは朝8時までに出すルールなんだって, 返却は2週間以内っていう決まりだそうです): the rule noun is the predicate, what it says is how things
 * are, no plan and no rumour. A rule said to be new, to change or to come (…決まりになるんだって, 来年から…ルールになったらしい, 新しい決まり
 * なんだって) is read as ever.
 */
const RULE_EXPLAINED = /(?:決まり|きまり|ルール|規則|約束|仕組み|しくみ|マナー)(?:な)?$/u
const RULE_CHANGED = /新し|新た|来年|来月|来週|来春|来秋|今度|今後|次の|[0-9０-９一二三四五六七八九十]+月から|(?:春|夏|秋|冬|今年|今年度|来年度|年明け|今回)から|予定|かも|変わ|かわ|変更|改正|改定|見直|廃止|なる|なっ|なり|でき|導入|始ま|はじま/u
/**
 * Blind R186D-031/R187I-057: an outcome told (解除になる, 10万円くらいで話がまとまりそう) before the post promises the news once it is decided
 * (正式に決まったらまたお知らせします): the post says itself the outcome is not settled. The clause must end in an outcome's verb (なる, される,
 * まとまる, 決まる, 始まる …), not a feeling or a plain description; the promise must follow it in the paragraph.
 */
const OUTCOME_TOLD = /(?:(?:に|と)(?:なる|なります|なりそう)|され(?:る|ます)|(?:まとま|決ま|固ま|落ち着|始ま|終わ|再開|解除|開通|復旧)(?:る|ります|りそう|きそう|く)|(?:再開|解除|開通|復旧|開始|終了)(?:する|します|になる|される))$/u
function outcomeAwaited(t: string, said: string, at: number): boolean {
  if (!OUTCOME_TOLD.test(said.replace(/[、,\s]+$/u, ''))) return false
  const after = t.slice(at)
  return PROMISE_AWAITED.test(after)
}
/**
 * Blind R432H-021 kind: a service of the city said to become possible at a time or an occasion to come, passed on second-hand (次の
 * システム更新で…オンライン申請が…できるようになるって; 来年度から図書館で電子書籍が借りられるようになるらしい; 改修後は体育館の予約がスマホで
 * できるようになるみたい): a new service is a change the city has not announced. A skill one gains (練習すれば泳げるようになるって) names no
 * service, and a service there now (…使えるようになったんだって) is no news still to come.
 */
const SERVICE_BECOMES = /(?:でき|使え|つかえ|行え|受けられ|借りられ|払え|取れ|とれ|出せ|選べ|頼め|申し込め|送れ|見られ|利用でき|申請でき)るように(?:なる|なります|なりそう)/u
const CITY_SERVICE = /申請|手続|窓口|証明書|住民票|戸籍|システム|マイナンバー|オンライン|電子|キャッシュレス|コンビニ|予約|図書館|市役所|役所|支所|公民館|体育館|施設|バス|補助|給付|ごみ|ゴミ|納付|税|保険|健診|検診|ワクチン/u
const AHEAD_OCCASION = /(?:次の|今度の|次回の?|新しい)[^。！？!?\n]{0,12}?(?:更新|改修|リニューアル|改定|改正|切り替え|切替|入れ替え|システム|導入|ダイヤ)|(?:更新|改修|リニューアル|切り替え|切替|移行)(?:後|以降|の後|で|から|したら|されたら)/u
function serviceComing(sentence: string): boolean {
  return SERVICE_BECOMES.test(sentence) && CITY_SERVICE.test(sentence) && (FUTURE.test(sentence) || AHEAD_OCCASION.test(sentence))
}
/**
 * Blind R450B-038 kind: a property said to be about to change hands, passed on second-hand (…古民家、近々大手不動産会社がまとめて買い取るらしい
 * です; 駅前の空き地はホテルチェーンが買収するみたい; 旧校舎の土地、民間に売却されるらしいよ): a deal no one announced, told as news to act on.
 * The verb of buying or selling stands right before the hearsay ending in a non-past form, and the sentence names a buyer (会社, 企業, 業者) or a
 * property (古民家, 空き家, 土地, 物件). Clean: a sale long past told as history (昭和の初めに酒造会社が買い取ったらしい), goods bought (野菜を
 * 直売所で購入するらしい: no property, no buyer firm).
 */
const DEAL_BEFORE = /(?:買い取|買いと|かいと|買取)(?:る|られる)$|(?:買収|購入|取得|売却|転売|買い上げ|買占め|買い占め)(?:する|される|になる)$|(?:売りに出|手放)(?:す|される|る)$|(?<!で)(?:買う|買われる|売る|売られる|売り渡す)$/u
const DEAL_PARTY = /会社|企業|業者|不動産|資本|ファンド|外資|デベロッパー|ディベロッパー|投資家|チェーン|グループ|民間|古民家|空き家|空家|土地|物件|建物|跡地|用地|旅館|ホテル|店舗|ビル|工場|農地|山林|市有地|敷地/u
/*
 * Blind R457J-044 kind: the plain verb of buying or selling (跡地、大手ドラッグストアが買うらしいって聞きました; 空き家、不動産屋さんが買うって
 * 聞いたよ; 旧公民館の建物は民間に売るらしい) is the same deal as 買い取る or 売却する, with the same buyer or property named in the sentence, and
 * the hearsay may be stacked (らしいって聞きました: らしい is read on its verb). Clean: goods bought at a shop (お土産は駅前の店舗で買うらしい:
 * 買う after で names where, not a deal), a purchase long past (…が土地を買ったらしい is no deal to come).
 */
/** The length of the deal's verb before the ending (0 when none): …るって and …るそう carry the verb's る in their own match. */
function dealHeard(t: string, at: number, w: string, sentence: string): number {
  const verbEnd = at + (/^[るた]/u.test(w) ? 1 : 0)
  const d = DEAL_BEFORE.exec(t.slice(Math.max(0, verbEnd - 8), verbEnd))
  return d && DEAL_PARTY.test(sentence) ? d[0].length - (verbEnd - at) : 0
}
/** らしい drawn out (らしー, らしーー, らしぃ): HEARSAY's match read as らしい. */
const ELONGATED_RASHII = /^らし(?:[ーｰ]+|ぃ+)$/u
export function hearsay(e: Emitter, t: string, asked?: DraftFinding[]): void {
  for (const m of matchAllOf(HEARSAY, t, MAX_HITS)) {
    const at = m.index
    // Blind R431G-019 kind: らしい drawn out in casual or a mascot's speech (らしーよ, らしーです, らしぃ) is the same hearsay.
    const w = ELONGATED_RASHII.test(m[0]) ? 'らしい' : m[0]
    const end = at + m[0].replace(/[^\p{L}\p{N}]+$/u, '').length
    const before = t.slice(Math.max(0, at - 6), at)
    const tail = t.slice(end, end + 8)
    const reasonHeard = /^(?:げな|らしい|みたい)$/u.test(w) && /(?:から|けん)$/u.test(before) && WHY_HEARD.test(clauseBefore(t, at))
    if (w === 'らしく' && RASHII_NOT.test(before)) continue
    // Blind HQ-132: how good a thing is, heard (座談会もあって、マジで参考になるらしい！, 先輩の話がためになるみたい, 体験ブースが楽しいんだって):
    // a friendly recommendation of an event, no rumour about a plan. Read on the clause of the ending alone, which must tell no change,
    // benefit, harm or claim (…説明会、来年からなくなるらしい still is one).
    if (/^(?:らしい|らしか|みたい|(?:ん|の)(?:だ|です)って)$/u.test(w) && praiseHeard(t, at)) continue
    if (w === 'らしい' || w === 'らしか') {
      if (RASHII_NOT.test(before)) continue
      const kana = RASHII_BEFORE_KANA.test(before)
      // A noun in kanji or katakana (ベトナムらしいです。) before らしい ending the sentence: hearsay, unless it is a typical-of noun.
      // Blind R88A-137: a cleft asking who did a wrong (落書きしたとは中学生らしか) makes any noun the one accused, a typical-of noun too, and
      // people named in the plural or with さん as well (壊したのは近所の高校生たちらしい).
      const culprit = CAUSE_TOPIC.test(sentenceOf(t, at, end))
      const noun = (/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) && (culprit || !TYPICAL_NOUN.test(t.slice(Math.max(0, at - 12), at)))) || (CULPRIT_PLURAL.test(before) && culprit)
      if (!kana && !reasonHeard && !((STATUS_NOUN.test(before) || noun || /どうやら/u.test(sentenceOf(t, at, end))) && END_TAIL.test(tail))) continue
    } else if (w === 'みたい') {
      if (/[てで]$/u.test(before) || !END_TAIL.test(tail)) continue
      // A noun before みたい is a likeness (絵みたいです) unless it names a cause (原因は水量不足みたいです).
      const causeNoun = ((/[\p{Script=Han}\p{Script=Katakana}ー]$/u.test(before) || CULPRIT_PLURAL.test(before)) && CAUSE_TOPIC.test(sentenceOf(t, at, end))) || CAUSE_PRED.test(before)
      // Blind R184I-009: a reason named before みたい (…と言われたのが一番の理由みたいです) is the why of a matter passed on second-hand, no
      // likeness; what it is the reason of is judged below as for any hearsay (a change such as 中止 in the sentence; 人気の理由みたい is none).
      if (!(RASHII_BEFORE_KANA.test(before) || STATUS_NOUN.test(before) || /だった$|じゃない$/u.test(before) || causeNoun || REASON_NOUN.test(before) || reasonHeard)) continue
    } else if (/(?:だ|です)って$/u.test(w)) {
      if (!END_TAIL.test(tail)) continue
    }
    // 〜ってマジ？/ってほんと？ asks whether something is true; it does not pass it on.
    if (/って/u.test(w) && /って(?:マ|ほんと|本当|まじ)/u.test(t.slice(at, at + 8))) continue
    // A frame that points back (業者の方がそのようにおっしゃっていたと伺っております): what it passes on is the sentence before.
    const own = sentenceAround(t, at, end)
    // Blind R70A-109: っぽい guesses from what it sees, and what it guesses stands before it (イノシシくん、今年もサツマイモ畑ねらっとる
    // っぽい🐗💨 …柵の補助は農政課までだよ！): the words after it (a sentence run on past an emoji) are not what is guessed.
    const ownEnd = /っぽい$/u.test(w) ? end : own.end
    const sentence = BACK_REF.test(t.slice(own.start, at)) && own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, ownEnd) : t.slice(own.start, ownEnd)
    if (/^(?:らしい|らしか|みたい)$/u.test(w) && selfCareTipHeard(sentence)) continue
    if (CRACK_EVENT.test(sentence) && !COLLAPSE_EVENT.test(sentence) && CITY_WORKS_NOTICE.test(t) && !RUMOUR_TOPIC_WORD.test(sentence) && !(CHANGE.test(sentence) || BENEFIT.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence))) continue
    // A post tagged as trivia (#豆知識 after the sentence) tells stories, not rumours.
    if (/豆知識|トリビア/u.test(t) && !CHANGE.test(sentence)) continue
    // Weather talk is small talk, unless damage is reported second-hand (大雨で車が流されたと聞きました).
    if (TRIVIA.test(sentence) || OFFICIAL_SOURCE.test(sentence) || PUBLIC_MEDIUM_SEEN.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, own.end) : sentence) || namedSourceVouches(sentence) || (/天気|予報|晴れ|(?<!梅)雨(?!季)|雪|気温/u.test(sentence) && !DAMAGE.test(sentence) && !CLOSURE.test(sentence) && !EMERGENCY_MEASURE.test(sentence))) continue
    // と聞きました after a quotation 「…」 reports a citizen's words.
    if (/^(?:と|って)(?:聞|耳|伺)/u.test(w) && /」$/u.test(before)) continue
    // What people were saying (…って農家さんたちが言いよった): a quotation 「…」 reports their words; otherwise it is hearsay when
    // what they said is a change, a market price, a benefit or a claim about someone, not a feeling (料金が高いと言っていました).
    // Blind (colleague): the honorific おっしゃっていました is the same report (講師の先生が「中止になったときは…連絡します」とおっしゃって
    // いました: the speaker's own words in brackets, a conditional instruction, no guess; a guess quoted is quotedGuess's).
    if (/^(?:と|って)[、,]?[^。！？!?\n]{0,16}?(?:言って|言いよ|言うと|話して|話しよ|おっしゃ)/u.test(w)) {
      const said = clauseBefore(t, at)
      // Blind R117A-126: a matter the city decides, told as coming (来年から随意契約じゃなくて入札になるって係長が言いよった, 次年度から
      // 委託になるって課長が言ってました): a plan passed on from someone's words, as らしい or …るって pass it on.
      // Blind R186D-031: an outcome told from someone's words while the post says it is not decided yet (…午後には解除になると現場の職員が
      // 言っていました。正式に決まったらまたお知らせします): what the speaker said is handed on before the decision it awaits.
      // Blind R189I-036: …and with no promise, a closure or a change told as a guess (来年からはもう開かないかもしれないと業者さんが言って
      // いました): the guess says itself it is not decided (saidAsFeeling: a guess's い is no feeling).
      if (/[」』]$/u.test(before) || saidAsFeeling(said) || !((CHANGE.test(said) || serviceComing(said) || MARKET.test(said) || BENEFIT.test(said) || PEOPLE_CLAIM.test(said) || RUMOUR_TOPIC.test(said) || (DECISION.test(said) && FUTURE.test(said)) || outcomeAwaited(t, said, at)))) continue
    }
    // そうです, みたい, と聞きました, とか, っぽい report what someone said or seems; they pass on a rumour when it is about a change or a rumour's topic.
    // 〜という声 / との情報 after a quotation (「駐車場を増やして」という声) or a question (有料になるのかとの声) reports residents' words.
    if (/^(?:という|との|なんて|とかいう)/u.test(w) && /」$/u.test(before)) continue
    // Blind GX-002/004: a scam reported to the city, told to warn residents (…というメッセージが送られているとの情報が寄せられています).
    if (/^(?:という|との|って)/u.test(w) && scamReported(t, at, w)) continue
    // 〜という話は一切出ておりません / 〜という話はありません / という話は事実とまるで違います: a rumour denied, not passed on.
    if (/(?:話|情報|噂|うわさ|声|憶測)は$/u.test(w) && /^[^。！？!?\n]{0,16}?(?:ありません|ない|ございません|出ておりません|出ていません|事実ではありません|事実じゃない|誤り|デマ|事実と(?:は)?(?:まるで|全く|まったく|全然|大きく)?(?:違|異な))/u.test(t.slice(at + w.length, at + w.length + 24))) continue
    // Residents' voices (駐車場が狭いという声がありますが、来月から臨時駐車場を設けます) pass on a rumour only when
    // what they say is a change: the clause before the frame is judged, not the city's answer after it.
    const said = /声|見方/u.test(w) ? clauseBefore(t, at) : sentence
    // Voices are residents' feelings (投票所が遠い、候補者のことがよくわからない、という声も聞く) unless they tell of a change.
    const news = /声|見方/u.test(w) ? CHANGE.test(said) && !FEELING_END.test(said) : CHANGE.test(said) || DECISION.test(said) || FUTURE.test(said)
    if (/(?:情報|声|噂|うわさ|見方|憶測)/u.test(w) && (/[」か]$/u.test(before) || !news)) continue
    // Blind R68A-134: a point made by a speaker the sentence names (講師の先生からは、…短い言葉でも…強く伝わるという話がありました, 校長先生
    // から…という話があり): the speaker's own talk reported, a source named, unless what it tells is a change, a harm or a claim about someone.
    // (What the talk tells is read after the speaker: 校長先生 is no change of a 校長.)
    // Blind R454F-019 kind (wave 94): a sentence end inside the speaker's quoted example (講師からは、「…義務なんですよ！」といった言い方を
    // すると…という話がありました) does not end the sentence: the speaker is looked for from the start of the sentence the quotation sits in.
    const talkFrom = /^(?:って|という|との)話/u.test(w) ? startPastQuotes(t, own.start) : own.start
    const speaker = /^(?:って|という|との)話/u.test(w) ? SPEAKER_FROM.exec(t.slice(talkFrom, at)) : null
    const told = speaker ? t.slice(talkFrom + speaker.index + speaker[0].length, at) : ''
    if (speaker && !(CHANGE.test(told) || BENEFIT.test(told) || RUMOUR_TOPIC.test(told) || PEOPLE_CLAIM.test(told) || STAFF_PENALTY.test(told) || MARKET.test(told))) continue
    // Blind R66A-065: talk heard (…来年度で終わりになるかも…という話を耳にしました, …って話を伺いました, …っていう話ば耳にしたばい) passes on
    // what it tells when that is a change (an end, a closure, a fee), a benefit, a harm or a claim about someone; a friendly fact heard
    // (ボランティアさんが増えているという話を耳にしました, 来年度で10周年を迎えるという話を伺い) or words quoted in brackets (「…」という話を耳にして) pass nothing on.
    if (HEARD_TALK.test(w) && (/[」』]$/u.test(before) || !(CHANGE.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence)))) continue
    // Blind R79A-041: a facility's opening or completion already done, passed on (お隣の市も新庁舎が完成したそうですね。おめでとうございます,
    // 新しい道の駅がオープンしたんだって): the news of a past event; the 新 of its name (新庁舎) is no future matter. A change, a decision or a
    // harm in the sentence is judged as ever (新庁舎の完成が延期になったそうです).
    // Blind HW-055: a person's own past told second-hand in a staff or guest introduction (学生時代は陸上の短距離選手だったそうです, 以前は
    // 小学校の先生をしていたそうです, 子どものころは泣き虫だったそうです): harmless hearsay about a biography, not about an undecided matter,
    // though the sentence may run on from one that calls the person new (新しい指導員…着任しました💪). A change, a decision, a harm or a
    // claim about someone in the sentence is judged as ever (前の職場を懲戒処分で辞めたそうです).
    if (/^たそう/u.test(w) && BIO_PAST.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // (The schedule's own noun is read out of the sentence first: オープンは alone is no change of the city's.)
    const schedule = /そう/u.test(w) ? OWN_SCHEDULE.exec(t.slice(own.start, end + 4)) : null
    const restOfIt = schedule ? sentence.replace(schedule[0], '') : ''
    if (schedule && !PUBLIC_THING.test(sentence) && PRIVATE_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !(CHANGE.test(restOfIt) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind HY-061: a named person's own likes or pastimes (…テレビ電話が楽しみだそうです, 散歩が日課だそうです).
    if (/^[だる]そう/u.test(w) && OWN_FEELING.test(t.slice(Math.max(0, at - 16), at + 1)) && FEELING_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !NEW_OR_LATER.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind JY-039 kind (unof57): a person's own goal, dream or wish told from an interview (来年は、手話での窓口案内に挑戦するのが目標だそうです).
    if (/^だそう/u.test(w) && OWN_GOAL.test(t.slice(Math.max(own.start, at - 48), at + 1)) && !GOAL_OF_BODY.test(sentence) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind R107A-031: a named person's profile (趣味は…だそうです, 特技は…, …出身だそうです) in an introduction.
    if (/^だそう/u.test(w) && PROFILE_TOPIC.test(t.slice(Math.max(own.start, at - 40), at + 1)) && PROFILE_PERSON.test(own.start > 0 ? t.slice(sentenceAround(t, own.start - 1, own.start - 1).start, at) : t.slice(own.start, at)) && !NEW_OR_LATER.test(sentence.replace(NEW_PERSON, '')) && !(CHANGE.test(sentence) || DECISION.test(sentence) || BENEFIT.test(sentence) || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence))) continue
    // Blind IA-065: an existing rule explained (…持ってくる決まりなんだって).
    if (/^(?:(?:ん|の|なん|なの)(?:だ|です)って|だそう)/u.test(w) && RULE_EXPLAINED.test(t.slice(Math.max(own.start, at - 8), at))) {
      const rest = sentence.replace(/(?:決まり|きまり|ルール|規則|約束|仕組み|しくみ|マナー)(?:な)?(?:ん|の)?(?:だ|です)(?:って|そう)/gu, '')
      if (!RULE_CHANGED.test(rest) && !(CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(rest) || PEOPLE_CLAIM.test(rest) || STAFF_PENALTY.test(rest) || MARKET.test(rest) || CAUSE_TOPIC.test(rest))) continue
    }
    // Blind R108A-107: an emergency measure (ダムの放流, 避難指示, 水門) passed on second-hand, its office not named as the source.
    // (What may happen in general, …放流することがあるそうです, tells of no event.)
    const emergency = (EMERGENCY_MEASURE.test(sentence) || ALARM_EVENT.test(sentence)) && !EMERGENCY_SOURCE.test(sentence) && !/(?:こと|場合)(?:が|も)(?:ある|あり)/u.test(sentence)
    const future = FUTURE.test(sentence) && !DONE_BEFORE.test((t.slice(Math.max(0, at - 12), at) + (w.startsWith('た') ? 'た' : '')).replace(/[んの]$/u, '')) && !benignNewHeard(t, own.start, at, w, sentence)
    if (lecturePointHeard(t, own.start, at, w, sentence, future)) continue
    const dealLength = dealHeard(t, at, w, sentence)
    const deal = dealLength > 0
    if (!/らしい|らしか|だって|ですって|ってさ|っちゃっ?て|話|噂|うわさ|情報|声|見方|憶測/u.test(w) && !/[るた]って$|ないって$/u.test(w) && !emergency && !(deal || CHANGE.test(sentence) || serviceComing(sentence) || BENEFIT.test(sentence) || future || RUMOUR_TOPIC.test(sentence) || PEOPLE_CLAIM.test(sentence) || STAFF_PENALTY.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence) || CAUSE_PRED.test(before) || reasonHeard)) continue
    // 〜なんだって about nature, a season or a creature (いちばん元気な季節なんだって) is a fact passed on to children, not a
    // rumour; about anything the city decides or a harm it is still hearsay.
    // The plainest endings (らしい, 〜んだって, 〜るって) are judged by what they pass on too: a change or decision, a harm, a
    // claim about someone. A friendly fact (みんなで見守ってくれてるんだって) passes nothing on.
    if ((w === 'らしい' || w === 'らしか' || /って(?:さ)?$|っちゃて$/u.test(w)) && !emergency && !(deal || CHANGE.test(sentence) || serviceComing(sentence) || BENEFIT.test(sentence) || DECISION.test(sentence) || future || RUMOUR_TOPIC.test(sentence) || CLAIM.test(sentence) || MARKET.test(sentence) || CAUSE_TOPIC.test(sentence) || CAUSE_PRED.test(before) || reasonHeard)) continue
    // A rumour said to be going round and corrected in the post (…という情報が出回っていますが、…予定はありません).
    if (CIRCULATING.test(sentence) && CORRECTED.test(t)) continue
    // Blind HC-045: a rumour quoted as an example of what not to forward (「…来るらしい」といった…情報を転送するのはやめましょう): a mention.
    if (hearsayShownAsExample(t, at, end)) {
      const from = /^(?:って|という|との|と)/u.test(w) ? at : wordStart(t, at)
      put(e, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) }, true)
      continue
    }
    // A resident's question quoted and answered (「…有料になるらしい」というお問い合わせ…そのような予定はありません).
    if ((ASKED.test(t.slice(end, end + 16)) && ANSWERED.test(t.slice(end))) || askedAndAnswered(t, at)) continue
    if (/(?:だ|です)って$/u.test(w) && NATURE_TALK.test(sentence.replace(NATURE_FALSE, '')) && !(CHANGE.test(sentence) || DECISION.test(sentence) || RUMOUR_TOPIC.test(sentence))) continue
    // Blind LE-002 kind: what makes a thing good, explained second-hand from those who make it (甘さの秘訣は寒い夜と日中の日差しなんだって, おいしさ
    // の秘密は水にあるんだって, 人気の決め手はこのタレなんだって): how a product is, no matter to act on. Read on the ending's own clause (a line
    // run on past an emoji is another sentence: めっちゃ甘くてヤバい😳 is no claim about the secret); a change, a decision, a harm or a claim
    // about someone in it is judged as ever (閉店の理由は…なんだって has no quality named).
    if (/(?:だ|です)って$/u.test(w)) {
      const told = clauseBefore(t, at)
      const spoken = told.slice(told.search(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF][^\u{1F300}-\u{1FAFF}\u2600-\u27BF]*$/u) + 1)
      if (QUALITY_EXPLAINED.test(spoken) && !(CHANGE.test(spoken) || DECISION.test(spoken) || BENEFIT.test(spoken) || RUMOUR_TOPIC.test(spoken) || PEOPLE_CLAIM.test(spoken) || CLAIM.test(spoken) || MARKET.test(spoken) || CAUSE_TOPIC.test(spoken))) continue
    }
    // Blind HF-080: a change already made, told with the published schedule it came in (新しいダイヤで、三橋線の最終便が19:40になったんだって！,
    // 4月からの新しい料金表で…安くなったんだって): a mascot's voice passing on what the city announced, not a rumour. A change still to come
    // (…廃止になるんだって, 来年の新しいダイヤで…) is one.
    if (/^(?:ん|の)(?:だ|です)って$/u.test(w) && /[ただ]$/u.test(before) && ANNOUNCED_IN.test(sentence) && !/来年|来月|来春|次の|今度|予定|かも|らしい|みたい|噂|うわさ/u.test(sentence)) continue
    if (reasonOfToldChange(t, at, w)) continue
    if (designatedPeriodTold(t, at, w)) continue
    const status = w === 'らしい' || w === 'らしか' || w === 'みたい' ? STATUS_NOUN.exec(before) : null
    const from = /^(?:って|という|との|と|なんて)/u.test(w) ? at : status ? at - status[0].length : deal ? at - dealLength : wordStart(t, at)
    // Blind KH-046 kind: a resident's question quoted, its answer left to another paragraph: judged in post.
    const sink = asked && (ASKED.test(t.slice(end, end + 16)) || askedQuote(t, at)) ? { ...e, emit: (f: DraftFinding) => void asked.push(f) } : e
    put(sink, 'unofficial/rumour', from, end, { plain: withoutHearsay(t.slice(from, end)) })
  }
}

/**
 * Blind LR-023 kind: a self-care tip passed on in a caring voice (寝る前のスマホをやめて、お風呂に入るだけでも睡眠の質が変わるらしいよ, 朝日を
 * 浴びると目覚めがよくなるみたい): an everyday habit's effect on one's sleep, tiredness or mood, no matter the city decides and no rumour. Read on
 * the sentence less the tip: a change, a decision, a benefit, a rumour's topic (a disease, an infection) or a time to come in it is judged as ever.
 */
const SELF_CARE_EFFECT =
  /(?:だけ(?:でも|で)|と|ば|ことで|たら)[、,]?[^。！？!?\n]{0,12}?(?:睡眠|眠り|寝つき|寝付き|目覚め|疲れ|体調|肌|血行|気分|肩こり|むくみ|お通じ)(?:の質)?(?:が|も|は)[、,]?[^。！？!?\n]{0,8}?(?:変わ|かわ|良くな|よくな|深くな|楽にな|らくにな|とれ|取れ|整|ととの|改善|軽くな|すっきり)/u
function selfCareTipHeard(sentence: string): boolean {
  const m = SELF_CARE_EFFECT.exec(sentence)
  if (!m) return false
  const rest = sentence.replace(m[0], '')
  return !(CHANGE.test(rest) || DECISION.test(rest) || BENEFIT.test(rest) || RUMOUR_TOPIC.test(sentence) || FUTURE.test(rest) || PEOPLE_CLAIM.test(rest))
}
const SCAM_ASKS_SECRET =
  /(?<=を)(?:かたり|騙り)(?=[、,])|(?:カード番号|口座番号|暗証番号|パスワード|個人情報|認証コード)[^。！？!?\n]{0,12}?を(?:求め|要求|促|聞き出|入力させ)/u
