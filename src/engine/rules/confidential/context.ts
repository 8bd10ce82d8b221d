/**
 * confidential — The confidential family's shared readings: the paragraph gate (ParagraphGate, Present, plainWords), the context the detectors
 * of the later kinds are called with (KindContext, ParagraphKindContext), emitAll, and the regexes and helpers read by more than one
 * detector file (what counts as published, a release still to come, a value, a party to talks, an exam named …). No detector here:
 * nothing in this file emits a finding by itself.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { Doc, sentenceAround } from '../../doc'
import type { DraftFinding, RuleInput } from '../../rule'
import { NeedGate } from '../../gate'
import type { Span } from '../../text'
import { isMention, quoteAround, secretNotTold } from '../../words'
import { requiredLiterals } from '../../literals'

/** The sentence of a match and the one after it (what a paper is then said to hold is often told in the next sentence). */
export function sentenceAndNext(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  if (s.end >= t.length) return t.slice(s.start, s.end)
  return t.slice(s.start, sentenceAround(t, s.end, s.end).end)
}
export const NAMED_PAPER_TOLD = /添付|画像|写真|スクショ|動画|📷|📸|📄|📎|PDF|ファイル|ご覧|お見せ|見せ|載せ|のせ|アップ|チラ|ちら|こっそり|内緒|ないしょ|ナイショ|ここだけ|ちょっとだけ|少しだけ|ちょっと|先取り|一足早く|ひと足早く|によると|によれば|では|には|書かれ|記され|[0-9０-９][0-9０-９,，.．]*(?:万|億)?(?:円|%|％|割|件|人|名|世帯|戸|社|点|倍|ポイント)|[「『"]/u
/**
 * The meeting named as the basis of a measure the city announces in its own voice in the same sentence (庁内の会議で共有された内容を
 * 踏まえ、来月から窓口を1か所増やします): where the decision came from, with nothing of the deliberation told. Tested on the rest of
 * the sentence after the meeting's name or after what was shared there (…会議で共有された内容|を踏まえ). Not when the measure is
 * still pending or the aside says it is not out (方向で調整, 予定, 検討, 見込み, 案, まだ, ここだけ, 非公開), nor when the meeting's
 * opinions or figures are told (意見, 反対, 210件, 3割, 1億円); the size of the measure itself (窓口を1か所増やします) is not such a figure.
 */
const MEETING_BASIS = /^(?:(?:で|において|の)[^。！？!?\n]{0,24}?)?を(?:踏まえ|受け)(?:て)?[、,][^。！？!?\n]{0,60}?(?:します|いたします|しました|いたしました|ことと(?:しました|いたしました|なりました))(?:[。！!]|$)/u
const MEETING_BASIS_PENDING = /方向|予定|見込|検討|調整|案|まだ|ここだけ|内緒|非公開|意見|反対|異論|もめ|揉め|[0-9０-９]+(?:億|万|千)?円|[0-9０-９]+[％%]|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯|割)/u
export function meetingBasis(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end + 1)
  return MEETING_BASIS.test(rest) && !MEETING_BASIS_PENDING.test(rest)
}
/**
 * The request to keep it (伏せておいて, 内緒にして, 口外しないで, 誰にも言わないで, 拡散はお控え); blind R88A-027: also the idiom of keeping it
 * in one's heart (皆さんの胸の中にしまっておいてください, 心の内にとどめといてね, 胸に秘めておいてほしい).
 */
export const KEEP_ASK = String.raw`(?:伏せ(?:て(?:おいて|おって|とって|といて)?|といて|とって)?(?:ください|下さい|ほしい|欲しい|くれ|ね|お願|もらえ|もろう|(?:いただ|頂)(?:け|き))|(?:ご)?(?:内密|内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|内聞|オフレコ)(?:に|で|と)?(?:して|しといて|しとって|しておいて|しといてね|お願|願|いただ|頂|くださ|下さ|頼)|(?:他言|口外)(?:無用|なさらない|なさいません|しないで|せんで|せんごと|はご遠慮|はお控え|をお控え)|(?:誰|だれ|人|ひと|周り|まわり)に(?:も|は)?(?:言わ|話さ|しゃべら|喋ら|広め)(?:ないで|んで|んごと|ずに)|(?:何も|なんも|一切|絶対(?:に)?)[、,]?(?:伝え|言わ|話さ|知らせ|漏らさ|お伝えし|お話しし)(?:ないで|んで|んごと|ずに)|(?:拡散|シェア|転載|投稿)(?:は|も)?(?:お控え|ご遠慮|しないで|せんで|せんごと)|(?:[^。！？!?\n]{0,8}?の)?(?:胸|心)(?:の(?:中|内|うち|奥))?(?:に|へ)(?:だけ)?(?:そっと)?(?:しまっ|秘め|とどめ|留め|収め|おさめ)(?:ておいて|ておって|といて|とって|て)(?:ください|下さい|ね|ほしい|欲しい|くれ|お願|もらえ|もろう|(?:いただ|頂)(?:け|き)))`
/**
 * Blind R88A-027: the release named with its date first, then the reader asked to keep it "until then" (記者発表は来週月曜10時の予定なので、
 * それまでは皆さんの胸の中にしまっておいてくださいね; 公表は来月やけん、それまでは誰にも言わんでね; 解禁は明日です。その日までは内緒で
 * お願いします): それまで points back to the release, so the request is the same as 発表までは内緒に. The release is said with は/が/も in
 * the same sentence or the one just before. The writer keeping a surprise (それまでは内緒にしておきますね) asks nothing of the reader.
 */
export const RELEASE_NOUN = String.raw`(?:公表|発表|記者発表|報道発表|正式発表|公式発表|解禁|情報解禁|報道解禁|記者会見|会見|お披露目|プレスリリース|リリース|(?:正式|公式)(?:な|の)お知らせ)`
/** What is told after NOT_YET: a decision, a result, a count or amount, a reveal. */
/** Where to look once it is out, or waiting: not a reveal (合格発表は明日10時ですが、市ホームページで確認できます). */
export const REVEAL_NOTICE = /ホームページ|市HP|ご覧|ご確認|確認でき|お待ち|お楽しみ|掲示|掲載予定/u
/**
 * What is then told: an amount, a count, a direction or a decision (年間180万円でした, 見送りの方向です, 3社に絞りました). Blind R289O-006 kind
 * (conf17): also a closed jury's shortlist (最終選考に残っているのは3作品で…): entries still in the running, counted in works or teams.
 */
export const CLOSED_TOLD_VALUE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|社|人|名|件|票|点|%|％|作品|組|団体|チーム)|(?:選考|審査|候補)[^。！？!?\n]{0,6}?残(?:って|り(?:まし)?た)|方向(?:です|で|性)|見送り|見込み|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|後|しましたら|し次第|(?:した|しました)?(?:ら|際|時|とき))|内定|絞り|有力|濃厚|本命|最安|最高|一番|トップ|1位|落札|採用|不採用|合格|不合格/u
export const BID_PUBLIC = /事前公表|締結し|契約しました|公表し|公表され|公表して|公表済|ホームページ|市HP|貸付|売却|物件|月額|年額|開札結果|入札結果|落札しました|落札者(?:を|が)決定/u
/** The bid is over (its result told in the paragraph: 落札金額, 開札結果, 契約を締結): its figures are published results, not secrets. */
export const BID_DONE = /落札(?:金額|額|価格|率|者|業者)(?!予定)|開札結果|入札結果|契約(?:を)?締結/u
/**
 * A release fixed for a later time, told before it: 報道各社への資料提供は明日10時ですが…, 正式な公表は来週の記者発表になりますが…,
 * 正式には来週の会見で発表されますが… (the formal release still to come, then its content in the same sentence).
 * Blind R195D/R197A: the release said as a clause (委員会で決まって公表されるのは来週ですが), a result's posting still some way off
 * (ホームページへの結果掲載はもう少し先になりますが, …落札), the formal figure to come out at a later briefing (正式な数字は夕方の会見で
 * 出るそうですが); told in the rest of the sentence, or figures given just before and then said to be told ahead (…1,284人…。正式な数字は
 * …出るそうですが、…先にお伝えしておきます). A newsletter's posting date (市報への掲載は来月ですが) names no result; a notice to wait tells nothing.
 */
export const RELEASE_LATER =
  /(?:(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース|資料提供|記者会見|会見|投げ込み|結果(?:の)?掲載)(?:は|が)|(?:公表|発表|公開|報道発表|記者発表)(?:される|する|となる|になる)の(?:は|が))[、,]?(?:(?:もう少し|もうしばらく|まだ|少し|しばらく)先|明日|明後日|あした|あす|あさって|来週|来月|後日|今夜|今晩|夕方|午後|週明け|週末|月末|今月末|年明け|来年度?|[0-9]{1,2}月|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)[^。、！？!?\n]{0,12}?(?:ですが|だけど|ですけど|ですけれど|ですけども|だけれど|やけど|ばってん|なんですが|なんだけど|なんやけど|なので|の予定ですが|予定ですが|でございますが|予定でございますが|(?:に|と)なります(?:が|けど|けれど|けども)|(?:に|と)なる(?:んですが|んですけど|んだけど|んやけど|けど|けれど|が|ばってん)|(?:に|と)なって(?:おります|います|る)(?:が|けど))|(?:正式|公式)に(?:は)?[、,]?[^。、！？!?\n]{0,12}?(?:発表|公表|お知らせ|リリース|報道発表)(?:し|され|いたし|させていただき)(?:ます|る予定です|る予定|る)(?:が|けど|けれど|ばってん)|(?:正式|公式)(?:な|の)(?:公表|発表)(?:は|が)[、,]?[^。、！？!?\n]{1,12}?(?:の(?:あと|後)|あと|後|以降|を待って|が(?:済んで|終わって)から|てから)(?:ですが|だけど|ですけど|やけど|なんですが|なんですけど|になりますが|になるんですが)|(?:正式|公式|確定)(?:な|の|した)?(?:数字|数値|結果|人数|件数|金額|額)(?:は)[、,]?[^。、！？!?\n]{0,12}?(?:会見|記者会見|記者発表|報道発表|発表|ホームページ)(?:で|にて)(?:出る|出ます|出され(?:る|ます)|発表され(?:る|ます)|公表され(?:る|ます)|示され(?:る|ます)|お示しし?ます)(?:そう|予定|見込み)?(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|ばってん)/gu
/** Ahead of the release: 先に, 先行して, 先駆けて, 一足早く, 解禁を待たずに. */
export const AHEAD = '(?:先取りで|先取りして|先に|先んじて|先行して|先行で|先行し|先駆けて|さきがけて|先がけて|先駈けて|一足早く|ひと足早く|一足先に|ひと足先に|ひと足お先に|一足お先に|いち早く|早めに|前倒しで|フライングで|事前に|先回りして|(?:報道)?解禁(?:時刻|時間)?(?:を|は)?待たず(?:に)?)'
/** Telling: お知らせ, お伝え, ご報告, ご紹介, お見せ, 公開, 掲載, 書いとく. */
export const TELL = '(?:お知らせ|知らせ|お伝え|伝え|ご報告|報告|ご紹介|紹介|お見せ|見せ|公開|公表|発信|教え|掲載|載せ|書い|書き|明かし)'
/**
 * Blind R83A-082: one word that is both the ahead and the telling (…解禁の記者発表資料より先出しです！, 先行公開します, フライング発表しちゃい
 * ます, 先取り情報です): giving out the release before its time. Said as declined (先出しはできません, 先行公開は控えます) it is not.
 */
export const TOLD_AHEAD_WORD = '(?:先出し|先行(?:公開|発表|配信|披露|お披露目|お知らせ|紹介|掲載)|フライング(?:発表|公開|投稿|掲載|配信)|先取り(?:情報|公開|発表|紹介))(?!(?:は|を|も|が|する(?:こと|の)は)?[^。！？!?\\n]{0,4}?(?:でき(?:ません|ない|かね)|いたしかね|しかね|しません|しない|せず|いたしません|禁止|厳禁|不可|NG|ご遠慮|遠慮|お控え|控え|差し控え))'
/**
 * Blind R69A-052: the embargo line of a press release, posted with it (【取材解禁は10月16日10時です。それまでは公表しないでください】 ⏎
 * 新しい観光PR動画が完成しました！): a line addressed to the press, so the post is the release itself, before its time. Said as the press's
 * release word with its date or time (取材解禁は…, 掲載解禁：令和6年10月16日(水)10時, 解禁日時：…), or as the request to hold it until then
 * after a 解禁 (解禁は…です。それまでは報道・公表をお控えください). A teaser of the city's own (情報解禁は16日10時！お楽しみに), a season
 * opening (アユ漁の解禁日時は…、それまでは釣りをしないで), a time already past (…10時でした) and the line quoted in a lesson on writing
 * releases (「解禁日時まで報道をお控えください」と明記します) are not this.
 */
export const EMBARGO_WHEN = '(?:令和[0-9元]{1,2}年|20[0-9]{2}年)?(?:[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}日|[0-9]{1,2}時|[0-9]{1,2}:[0-9]{2}|本日|明日|明後日|あす|あした|あさって|週明け)'
/** A decision of the city (narrower than MATTER): what an off-the-record remark must be about to be a leak. */
export const CITY_MATTER = /決ま|決定|固ま|内定|内示|人事|異動|予算|入札|落札|処分|契約|協定|覚書|誘致|[0-9〇一二三四五六七八九十百千万億](?:円|万|億)|廃止|統合|移転|閉鎖|値上|値下|有料|無料化/u
export const PENALTY = /懲戒処分|懲戒免職|諭旨免職|諭旨退職|停職|減給|戒告|訓告|分限処分|降格処分|免職|懲戒|処分(?:は|が|の内容|内容)/gu
/** A bare 処分 is a penalty only in a paragraph about misconduct (粗大ごみの処分 is disposal). */
export const MISCONDUCT = /懲戒|不祥事|自宅待機|謹慎|不正|横領|着服|飲酒運転|酒気帯び|ハラスメント|パワハラ|セクハラ|体罰|不適切|逮捕|書類送検|使い込|会計の件|例の件/u
/**
 * The penalty decided but not announced: 減給で固まったそうです, 停職になるらしい, 処分が出るって.
 * Blind R270C-047 kind: or forecast as the likely one while the case is still being looked into, heard inside (監査委員事務局で調べており…
 * 処分の重さについては停職が有力と聞いております; 減給が濃厚と伺っています): the expected penalty of a case under inquiry. 決まり次第 is a
 * promise of the release, not a penalty decided. Blind R118A-093: or proposed and put to
 * the body that decides it (懲戒処分案（停職1か月）、来週の審査会にかかります; 減給の案で懲戒審査委員会に諮られる; 処分原案は停職3か月):
 * a penalty still being decided is as closed as one decided, told with the not-yet-said sign NOT_YET_SAID asks for.
 */
export const PENALTY_DECIDED = /^[^。！？!?\n]{0,16}?(?:固ま|まとま|決ま|確定|決定|内定|なる|なり|なっ|出る|出た|出そう|下る|下り|下っ|決め|有力|濃厚)(?!っても|ても|ったら|たら|れば|る場合|った場合|た場合|したら|しても|り次第|次第)(?:った|る|た|そう|らしい|みたい|って|ようです|見込み|予定|方向|とのこと|っちゃ|ったげな|たげな|げな)?/u
/** Who is disciplined: a member of staff. */
export const STAFF = /職員|同僚|係長|課長|部長|支所長|所長|館長|校長|教頭|教員|先生|先輩|後輩|うちの|あの人|例の|担当者|主任|主査|副市長|消防士|隊員|保育士|自宅待機/u
/** The city's own announcement of a penalty, or a general notice about it: not a leak. */
export const PENALTY_PUBLIC = /他の自治体|他市|他県|隣の市|隣町|隣の町|全国|県内の|公表し|発表し|公表いたし|公表します|処分しました|処分を行いました|処分といたしました|としました|といたしました|ホームページ|市HP|お詫び|おわび|再発防止|綱紀粛正|指針|基準|処分を受けた|処分された|ニュース|報道によると|新聞/u
/** Said strictly to be not yet announced (not mere hearsay, which is unofficial's): 正式な発表は来週なので, 発表はまだなので内緒で. */
export const NOT_ANNOUNCED = /(?:発表|公表|公開|正式発表|内示|辞令)(?:は|が|も)?(?:まだ|来週|来月|明日|これから|後日|近々|前)|(?:発表|公表)(?:の|される)?前|まだ(?:表|外|公)に|内緒|ナイショ|ここだけ|オフレコ|内々|内密|言わんで|言わないで|口外|それまで(?:は)?(?:これ以上(?:は)?)?(?:言え|書け)/u
/** …the part that is public (市全体では, 全国平均) told instead, or a notice. */
export const PUBLIC_PART = /市全体|全体(?:で|の|と)|全市|市平均|市の平均|合計|総数|ホームページ|市HP|公表して|公開して|公表済|ご了承/u
/**
 * The city's estimate for a bid not yet held: 設計の段階で見積もった額が二千三百万円, 設計金額は約4,800万円
 * (予定価格 alone is BID_SECRET's). Blind R211D-003 (conf13): the estimate said as the basis in a clause (設計の積み上げだと…,
 * 積算上は…, 設計の段階では…), then the amount, for works whose tender notice is still to come (来週公告する…工事, 公告予定): the price
 * a bidder would aim at, told before the notice.
 * Blind R257P-033 kind (conf9): the section's own estimate as the source, with no stage word (担当係の積算ではおよそ4,200万円とのこと,
 * 見積りによると約3千万円), for works whose bid is still to come: the same price told ahead.
 */
export const VALUE = '(?:約|およそ|ざっと|概ね|おおむね)?(?:[0-9][0-9,.]{0,12}(?:億|万|千)[0-9,]{0,8}円?|[0-9][0-9,.]{0,12}円|[〇一二三四五六七八九十百千万億]{1,14}円|[〇一二三四五六七八九十百千]{1,8}(?:万|億)円?)'
/**
 * Review of conf58 (rvconf): a formal disciplinary penalty the city says it imposed (当該職員に対しては、減給の懲戒処分を行いました; 懲戒免職
 * といたしました) is announced under the city's publication rule: public. A measure short of discipline (注意処分, 訓告, 厳重注意, 戒告処分ば…
 * without 懲戒), a penalty received or one still to be announced (NOT_YET_SAID: 発表は来週, らしい) stays a personnel matter.
 */
export const FORMAL_DISCIPLINE = /懲戒(?:処分|免職)[^。！？!?\n]{0,12}?(?:を|と|に)?[、,]?(?:(?:行|おこな)い(?:ました|ます)|いたしました|しました|(?:科|課)しました)|(?:減給|停職|戒告|免職)[^。！？!?\n]{0,16}?の懲戒処分(?:を|と)(?:(?:行|おこな)いました|いたしました|しました)/u
/**
 * Blind R110A-043: the designated bidders of a tender not yet opened named (指名業者は有明建設・筑水工業・柳城組の3社で), or the
 * winner forecast inside (課内ではほぼ有明建設で決まりだろうと見ています, 落札は筑水工業さんが濃厚やね): who bids and who is expected to
 * win are kept until the opening. A company is a name with a trade suffix (…建設, …組, 株式会社…) or a lettered one (A社). The rule for
 * choosing bidders (指名業者の選定基準), a count alone, results published (入札結果, 落札者が決定) and a won contract stay clean.
 */
export const BID_COMPANY = '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,8}(?:建設|土木|工業|組|工務店|産業|興業|電気|電設|設備|商事|技建|開発|造園|舗装|建工|工営|測量|コンサルタント|興産|物産|技研|住建|建材)|(?:株式会社|有限会社|\\(株\\)|㈱)[\\p{Script=Han}\\p{Script=Katakana}ー]{2,10}|[A-Z]社)'
export const BID_ENTRANT_COUNT = '(?<![0-9０-９一二三四五六七八九十])[0-9０-９一二三四五六七八九十]+(?:社|者|業者|事業者|グループ|共同企業体|JV)'
export const BID_CONTEXT = /入札|開札|応札|プロポーザル|指名競争|一般競争|競争参加/u
/** A past tender, the registration of bidders or a published count: not this. */
export const BID_ENTRANTS_PUBLIC = /昨年|前年|前回|過去|例年|資格|公表し|公表され|公表して|ホームページ|市HP|落札し|落札者(?:を|が|は)|選定し|決定し|契約し/u
/**
 * A price the city offered in a negotiation still going on: 市からは一平方メートルあたり一万二千円でお願いしとる,
 * 地権者には坪10万円を提示しています.
 * Blind R118A-076: and the price the other party asks (先方が年間2,000万円の委託料を求めていて難航しています, 地権者さんは坪15万円ば
 * 要求しとって, 相手方からは1億2千万円での買い取りを求められており): what the other side holds out for is the same secret of a
 * negotiation still going on. A group's request told openly (no negotiation in the paragraph), a settled or published deal and
 * a call for tenders (OFFER_PUBLIC) are not this.
 */
export const COUNTERPART = '(?:先方|相手方|相手側|相手|向こう(?:側|さん)?|あちら(?:側|さん)?|地権者|地主|所有者|持ち主|事業者|業者|会社|法人|組合|JA|農協|漁協|[\\p{Script=Han}\\p{Script=Katakana}A-Z]{1,8}(?:さん|側))'
export const INCIDENT_OBJECT = /個人情報|住民|市民|データ|名簿|記録媒体|媒体|USB|書類|台帳|申請書|ファイル|パソコン|PC|タブレット|メール|通知書|給食|公金|現金|会計|児童|生徒|利用者|入所者/u
export const INCIDENT_PUBLIC = /お詫び|おわび|申し訳|公表しました|発表しました|ご迷惑をおかけ|報告いたし|ホームページ|市HP|防止|研修|訓練|注意しましょう/u
/** The scope, a past exam or a guide named in the sentence: what the exam is about is published on purpose. */
export const EXAM_PUBLISHED_PART = /範囲|科目|過去問|過去の|昨年|前年|前回|例年|募集要項|公式テキスト|参考書|事前(?:提出|課題)|提出して|予想/u
export const PEEK = /(?:一足|ひと足|ひとあし)(?:早く|先に|はやく|さきに)|先取りで|フライングで|フライングですが|お先にちょっと|先にちょっと|ちょっとだけ(?:お見せ|教え|お伝え|公開|チラ|ネタバレ)|チラ見せ|ネタバレ(?:すると|ですが|だけど|しちゃ)|sneak peek/giu
export const PEEK_CONTENT = /無料|有料|[0-9]|円|決ま|決定|になります|になる|始ま|開始|導入|新設|廃止|拡充|値上|値下|引き上|引き下|増額|減額/u
/** What the peek told: a figure, a cut-off, who got in or was chosen. */
export const PEEK_TOLD = /[0-9０-９一二三四五六七八九十百千]+(?:点|人|名|件|世帯|倍|%|％|割|位|円|万|億|票|社|団体)|ボーダー|合格ライン|(?:不)?合格|内定|落選|当選|(?:不)?採択|通って|通った|通らな|通れ|入れ(?:ん|な)|落ち|決ま|決定|順位|トップ|最下位|名前が(?:あ|載)/u
export const PRELIM_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:人|件|世帯|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|社|団体|トン|頭|本|回|日)|過去最[多高低少]|前年(?:比|より|を)/u
export const PRELIM_AS_RELEASE = /確定(?:値|した(?:数字|数値|値)|の(?:数字|数値|値))(?:は|を|について(?:は)?)|速報値(?:として|を)(?:公表|お知らせ|発表)/u
/**
 * Blind R66A-123: a case conference on people at risk, whose members are bound by a statutory duty of secrecy (要保護児童対策地域協議会
 * and its 実務者会議・個別ケース検討会議, 要対協, ケース会議, 地域ケア個別会議, サービス担当者会議, 生活困窮者の支援会議), cited as the source
 * of what is told: its papers or record (…の資料によると, 記録ば見たら, 資料を見ると) or what was reported or heard there (…では、…と報告
 * されました; ケース会議で出た話やけど). The council described (…では、関係機関が連携して…見守っています), its papers said to be kept
 * (資料は…回収しています), a council for policy (子ども・子育て会議, 子育て支援会議), training about it and a report the city published are
 * not this. A bare 支援会議 is the case conference only after a time (先日の支援会議) or at the head of a clause.
 */
export const CASE_CONFERENCE_NAME =
  '(?:要保護児童対策地域協議会|要対協|(?<![\\p{Script=Katakana}ー])(?:個別)?ケース(?:検討)?会議|(?:個別)?ケース検討会|ケースカンファレンス|地域ケア個別会議|個別(?:支援|ケア)会議|サービス担当者会議|生活困窮者(?:の|自立)?支援(?:調整)?会議|(?<=^|[、。,\\s「『(]|(?:日|週|月|回|度|年)の)支援(?:調整)?会議)'
/** Where the paragraph can hold one (the gate's test). */
export const CASE_CONFERENCE_WORDS = /要保護児童対策地域協議会|要対協|ケース|ケア個別会議|ケア会議|担当者会議|支援会議|支援調整会議|処遇検討/u
/**
 * Blind R104A-105: a case conference named as an occasion the writer was at (昨日の要対協の個別ケース検討会議、…; 今日のケース会議、
 * きつかった; 地域ケア会議おわり; 処遇検討会で…), then what its cases are told in the next lines: a count of the families or children it
 * follows (見守り対象になっている家庭はいま42世帯, ネグレクトが疑われる家が3軒) or a case's detail (ネグレクトが疑われる家庭). The
 * conference named as a fact (要対協の研修会を開きました, ケース会議では関係機関が連携します), a policy tier (代表者会議), attendance
 * (20人が参加), a yearly count the city publishes (昨年度の相談件数, 市ホームページ) and training stay clean.
 */
export const CASE_MEETING_NAME =
  `(?:${CASE_CONFERENCE_NAME}|地域ケア(?:推進)?会議|処遇検討会議?|処遇会議)`
export const CASE_MEETING_HELD = new RegExp(
  `${CASE_MEETING_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|個別ケース検討|ケース検討|ケース)会議)?(?:\\([^()\\n]{1,16}\\))?(?=[、,。…!！]|で|では|に(?:出|参加|出席)|が(?:終わ|あ|長)|は|おわ|終わ|後|の後|のあと|明け)`,
  'gu',
)
/** Who or what its cases are. */
const CASE_NOUN = '(?:見守り対象|見守りが必要|見守っている|支援対象|対象(?:に|と)なって|虐待|ネグレクト|育児放棄|要保護|要支援|特定妊婦|一時保護|通告|通報|困窮|不登校|未就学|乳幼児|DV|認知症|一人暮らし|独居|ひとり親)'
// A count said with a copula (42世帯です, 35件でした) is told; one with a companion or a means (3人で) is not a count of cases.
const CASE_COUNT = '[0-9〇一二三四五六七八九十百]+(?:世帯|家庭|件|人|名|ケース|組|軒|家族|例)(?!ひとり|一人|暮らし|親|で(?!す|し(?:た|て)))'
/** …told: a count of them, or a case's detail. */
export const CASE_TOLD = new RegExp(
  `${CASE_NOUN}[^。！？!?\\n]{0,16}?${CASE_COUNT}|${CASE_COUNT}[^。！？!?\\n]{0,12}?${CASE_NOUN}|(?:虐待|ネグレクト|育児放棄|DV)(?:が|の)(?:疑われる|続いている|続いとる|ある|あった|あっとる)(?:家|家庭|世帯|子|お宅|方)`,
  'u',
)
/** A sentence about protecting secrets, not telling one. */
export const AWARENESS_WORDS = /研修|(?:漏えい|漏洩|流出|情報|秘密|個人情報|不正|誤送信|紛失)(?:の)?(?:防止|対策)|(?<!見)守る|(?<!見)守り|徹底|漏えい|漏洩|流出|啓発|注意喚起|セキュリティ教育|(?:情報|文書|データ|書類|秘密|機密|パスワード|鍵|かぎ)(?:の)?管理の|取り扱いについて|取扱いについて|しないよう|ないようにしましょう|ないよう(?:に)?(?:注意|気をつけ|気を付け)|やめましょう|やめて|気をつけましょう|注意しましょう/u
/**
 * A post about keeping secrets (研修, 漏えい防止): the words count in the post's own voice, not inside a remark it
 * quotes (「市の研修は形だけ」との発言) nor in a body's name (人権啓発推進協議会).
 * Blind R21B-047 kind: nor a training named as a budget's item, its fee or its cost (観光ボランティア研修の講師謝金は、予算査定で…削られました,
 * 研修の委託料, 研修費): the money of a training, no lesson on keeping secrets (TRAINING_AS_ITEM).
 */
const TRAINING_AS_ITEM = /研修(?:の)?(?:講師謝金|謝金|講師料|謝礼|費用|経費|予算|委託料|委託費|事業費|旅費|費)/gu
/** Blind R448Z-034 kind: nor an awareness campaign named as a budget's item (選挙啓発費, 啓発事業の予算, 啓発の委託料): its money, no lesson. */
const CAMPAIGN_AS_ITEM = /啓発(?:事業|活動|イベント)?(?:の)?(?:事業費|委託料|委託費|経費|費用|予算|補助金|費)/gu
export const AWARENESS = {
  test: (s: string): boolean =>
    AWARENESS_WORDS.test(s) && AWARENESS_WORDS.test(s.replace(/「[^「」\n]{0,80}」/gu, '').replace(/啓発(?:推進)?(?:協議会|委員会|センター|課|係|室)/gu, '').replace(TRAINING_AS_ITEM, '').replace(CAMPAIGN_AS_ITEM, '')),
}
/** Telling on the quiet in the same sentence: a duty named and then broken. */
export const TOLD_ANYWAY = /こっそり|ここだけ|内緒|ないしょ|ナイショ|オフレコ|少しだけ|ちょっとだけ|お見せ|教えちゃ|教えます|入手/u
export const HARVEST_SEASON = /漁|釣り|釣れ|猟|鮎|アユ|あゆ|海苔|ノリ|摘み取り|摘採|初摘み|茶摘み|新茶|収穫|採取|水揚げ|潮干|タケノコ|たけのこ|筍|山菜|松茸|養殖|網(?!羅)/u
/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
export const MAX_HITS = 64
export function sentenceOf(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}
/** A document carrying the marker, shared in the post itself: と書かれた通知文…共有します, とある資料を公開. */
const SHARES_MARKED =
  /(?:と書かれた|とある|と記載(?:され|の)|と押された|の印(?:が)?(?:押された|のある)|のスタンプ(?:が)?(?:押された|のある))(?:[^。！？!?\n]{0,12})(?:資料|文書|通知|通知文|メール|書類|データ|ファイル|プリント|紙)[^。]{0,40}?(?:共有し(?:ます|まーす|ちゃ)|公開し(?:ます|ちゃ)|ご紹介し|紹介し(?:ます|ちゃ)|載せ(?:ます|ちゃ|とき)|お見せし|掲載し(?:ます|ちゃ)|アップし|添付し|お知らせし|内容は次の|以下のとおり|次のとおり)/u
/**
 * A marker stamped on a paper, right after the quoted marker (「取扱注意」のハンコが押してある, 「部外秘」と押された印, 『関係者限り』って
 * スタンプが押してある): the marker is on the document the post is about, not a word talked of.
 */
const STAMPED = /^(?:の|と|って|という)?(?:ハンコ|はんこ|判子|印鑑|ゴム印|朱印|スタンプ|印)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|入っ|あり|ある|あっ)/u
/** …on a paper (資料, 書類, 表紙) … */
const STAMPED_PAPER = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|図面|案(?!内)|スライド|テキスト|教材|レジュメ|マニュアル|冊子|名簿|一覧|シート|チラシ|PDF|pdf/u
/** …shown in the post (一枚だけ📸, 写真でお見せします, 撮ってみました, アップ): the marked paper photographed or handed out. */
export const STAMPED_SHOWN = /一枚|1枚|ひとつだけ|写真|撮っ|撮り|撮影|📸|📷|載せ|のせ|アップ|お見せ|見せ|チラ見せ|公開し|ご紹介|紹介し|共有し|掲載し/u
/**
 * Blind R148D-073: a training's own material named as the paper shown (接遇研修のスライド, 研修資料, 研修で配られたテキスト): the stamped paper
 * shared, not a lesson on keeping secrets; 研修 there names the paper, so it is no awareness word.
 */
const TRAINING_PAPER = /研修(?:の|で(?:使(?:った|われた|う)|配(?:られ|布され|付され)た|もらった)|用の?)?(?:スライド|資料|テキスト|教材|レジュメ|配布資料|冊子|プリント)/gu
/** …unless the showing is refused (写真はお見せできません, 掲載は控えます). */
export const SHOWN_REFUSED = /(?:でき|出来|られ)(?:ません|ない|ず)|お控え|控え(?:ます|させ)|(?:載せ|見せ|公開し|掲載し|アップし)(?:ません|ない|ず)/u
export const PARCEL = /割れ物|割れもの|われもの|ワレモノ|壊れ物|壊れもの|こわれもの|コワレモノ|割れやす|壊れやす|精密機器|天地無用|水濡れ|梱包|荷物|小包|宅配|配送|発送|お届け|段ボール|ダンボール|返礼品|ガラス|陶器|磁器|瀬戸物|ナマモノ|生もの|クール便/u
/**
 * A quoted marker named as a class of papers in a lesson on handling them (「取扱注意」のハンコが押された書類は、机の上に置いたままに
 * しないよう気をつけましょう; 「部外秘」の印が押された資料は…鍵のかかる棚に保管しましょう): how to keep such papers, nothing of one told.
 * A paper of that class shown or told on the quiet (…ですが、中身を少しだけお見せします) is no lesson.
 */
const CLASS_NAMED = /^(?:の|と|って|という)?(?:ハンコ|はんこ|判子|印鑑|ゴム印|朱印|スタンプ|印|表示|シール|ラベル)(?:が|の|を|も)?[^。！？!?\n]{0,4}?(?:押|捺|付い|つい|貼|入っ|あり|ある)|^(?:と|って)(?:書かれ|記され|記載され|押され|表示され)|^(?:扱い|指定)の/u
export const HANDLING_LESSON = /ないよう(?:に)?(?:注意|気をつけ|気を付け|しましょう|して(?:ください|下さい)|お願い)|しないよう|ないようにしましょう|やめましょう|(?:気をつけ|気を付け|注意し)ましょう|(?:ては|ちゃ)(?:いけません|だめ|ダメ)|厳禁です|(?:保管|管理|施錠|回収|返却|廃棄|処分|裁断|シュレッダー|金庫|鍵)[^。！？!?\n]{0,8}?(?:ましょう|して(?:ください|下さい))/u
/** …a paper shown in the sentence or right after it (写真, こちらの, 添付): no lesson, whatever the sentence says. */
const PAPER_SHOWN = /写真|撮っ|撮り|撮影|📸|📷|公開し|共有し|載せ(?:ます|ちゃ|とき)|アップし|こちら(?:の|です|を|に)|以下の|下記の|添付/u
function classLesson(t: string, end: number, sentence: Span): boolean {
  const text = t.slice(sentence.start, sentence.end)
  const around = t.slice(sentence.start, Math.min(t.length, sentence.end + 40))
  return CLASS_NAMED.test(t.slice(end, end + 16)) && STAMPED_PAPER.test(text) && HANDLING_LESSON.test(text) && !TOLD_ANYWAY.test(around) && !PAPER_SHOWN.test(around)
}
/**
 * A marker given as the reason a paper is not shown (内部資料のため写真はお見せできません, 部外秘のため、お配りできません, 庁内資料なので
 * 公開できませんが、当日の雰囲気を…): a refusal, nothing of the paper told. So too a matter heard off the record and not told, or said never
 * to be posted (words.ts secretNotTold: オフレコで聞いた話なので、ここには書けません; オフレコの話はSNSには書きません). What follows in the sentence must tell nothing of it either:
 * its content, a figure or a decision, or a showing after all (特別に少しだけ公開します) keeps the marker.
 */
const REFUSED_FOR = /^(?:扱い|指定)?(?:の|な)?(?:ため|なので|ですので|につき|であるため|ということで)[、,]?[^。！？!?\n]{0,12}?(?:お見せ|見せ|公開|掲載|お出し|出せ|出し|お伝え|伝え|ご紹介|紹介|共有|お配り|配布|配付|配れ|載せ|アップ|お答え|回答|開示|提供|お示し|示せ|お渡し|渡せ)(?:でき|出来|いたしかね|しかね|られ|れ)(?:ません|ない|ず|かねます)|^(?:扱い|指定)?(?:の|な)?(?:ため|なので|ですので|につき)[、,]?[^。！？!?\n]{0,12}?(?:掲載|公開|配布|共有)(?:は|を)?(?:控え|お控え|差し控え|見送)/u
const TOLD_AFTER_REFUSAL = /こっそり|ここだけ|内緒|ないしょ|ナイショ|少しだけ|ちょっとだけ|特別に|チラ見せ|中身|内容|概要|要点|ポイント|書いて(?:あ|あり)|によると|決ま|決定|方向|見込み|予定|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|社|人|名|件|票|点|%|％|割|か所|箇所|世帯)/u
export function refusedFor(t: string, end: number): boolean {
  if (secretNotTold(t, end)) return true
  const r = REFUSED_FOR.exec(t.slice(end, end + 40))
  if (!r) return false
  const rest = t.slice(end + r[0].length, sentenceAround(t, end, end).end)
  return !TOLD_AFTER_REFUSAL.test(rest)
}
export function emitAll(p: Present, doc: Doc, t: string, re: RegExp, rule: string, emit: (f: DraftFinding) => void, spans: Span[], keep: (m: RegExpExecArray) => boolean): void {
  // None of the literals every match needs occurs in the paragraph: nothing to find.
  if (!p.may(re)) return
  re.lastIndex = 0
  let n = 0
  for (let m = re.exec(t); m && n < MAX_HITS; m = re.exec(t), n++) {
    if (!keep(m)) continue
    const end = m.index + m[0].length
    const span = doc.fromSqueezed(m.index, end)
    spans.push(span)
    // Quoted as an example (「部外秘」と書かれた資料, 「まだ公表前ですが」などと前置きした投稿): a mention, at most a note.
    const quoted = /^[「『"]/u.test(m[0]) && /[」』"]$/u.test(m[0]) ? { start: m.index + 1, end: end - 1 } : { start: m.index, end }
    const sentence = sentenceAround(t, quoted.start, quoted.end)
    // …unless the post shares the very document (「転送禁止」と書かれた通知文ですが、皆さんにも共有します).
    // …nor when the marker is stamped on a paper that the post shows (表紙に「取扱注意」のハンコが押してあるけど…一枚だけ📸).
    // …and a quoted marker naming a class of papers in a lesson on handling them (「取扱注意」のハンコが押された書類は…置いたままにしないよう) is one.
    // …and so is a whole saying quoted as an example (「正式な公表は来週になりますが、…」といった書き込み).
    // …nor the writer's own aside in round brackets (資料（外には出さないでほしいと言われたものですが）によると…), in any sentence.
    const mention = (isMention(t, quoted.start, quoted.end, sentence) && !SHARES_MARKED.test(t.slice(sentence.start, Math.min(t.length, sentence.end + 40))) && !stampedShown(t, end, sentence) && !roundAside(t, quoted.start, quoted.end) && !markedButPassed(t, quoted.end) && !markedPaperGlimpsed(t, quoted.end) && !markerSaidButTold(t, quoted.start, quoted.end) && !stampIgnored(t, end) && !secrecyAskedButShown(t, quoted.end) && !markerOnToldPaper(t, quoted.end)) || (quoted.start > m.index && classLesson(t, end, sentence)) || (quoted.start === m.index && quotedExample(t, m.index, end))
    emit({ rule, start: span.start, end: span.end, ...(mention ? { mention } : {}) })
  }
}
/**
 * Blind R68A-121: the writer's own aside in round brackets, a clause of their voice run into the sentence (校長会で配られた資料（外には出さない
 * でほしいと言われたものですが）によると…; 説明会の資料（口外しないよう念を押されましたが）では…): round brackets hold a remark, not a quotation,
 * so an awareness word elsewhere in the sentence (いじめ, 研修) makes it no example. A short word in brackets, brackets introduced as an
 * example (例：（…）) and brackets followed by a quotative (（…）といった, （…）などと) stay mentions.
 */
const ASIDE_QUOTATIVE_AFTER = /^[、,\s]*(?:といった|などと?|のような|のように|という|といわれ|と言われ|と言う|とは|と書|等の?|って(?:言葉|表現|書き込み))/u
const ASIDE_EXAMPLE_BEFORE = /(?:例|例えば|たとえば|例として|文例|例文)[：:、,\s]*$/u
function roundAside(t: string, start: number, end: number): boolean {
  let open = -1
  for (let i = start - 1; i >= Math.max(0, start - 8); i--) {
    const c = t[i]!
    if (c === '(') {
      open = i
      break
    }
    if (c === ')' || c === '「' || c === '」' || c === '『' || c === '』' || c === '\n') return false
  }
  if (open < 0) return false
  const close = t.indexOf(')', end)
  if (close < 0 || close - end > 8 || close - open - 1 < 8 || t.slice(open + 1, close).includes('(')) return false
  return !ASIDE_EXAMPLE_BEFORE.test(t.slice(Math.max(0, open - 8), open)) && !ASIDE_QUOTATIVE_AFTER.test(t.slice(close + 1, close + 12))
}
/** What follows a saying quoted as an example: といった, などの, のような, という書き込み. */
const QUOTED_EXAMPLE_AFTER = /^[、,\s]*(?:といった|などと?|のような|のように|という(?:書き込み|投稿|表現|言い方|文面|文章|返信|コメント|前置き|例)|等の)/u
/** A match inside a saying in brackets (up to 60 characters after it) that the post quotes as an example. */
export function quotedExample(t: string, start: number, end: number): boolean {
  const q = quoteAround(t, start, end, 60)
  return q !== null && q.close - end <= 60 && QUOTED_EXAMPLE_AFTER.test(t.slice(q.close + 1, q.close + 16))
}
/**
 * Blind R250G-009 kind: readers asked to overlook the restriction stamp on what the post shows (右上の「外部への提供不可」のハンコは見なかった
 * ことにしてね, 「取扱注意」の印はスルーで): the stamp is in the picture, so the marked paper itself is handed out, no example of a marker.
 */
const STAMP_IGNORED = /^[」』"]?(?:の|という|って|と)?(?:ハンコ|はんこ|判子|スタンプ|印|ゴム印|押印|表示|注意書き|文字)(?:は|が|も|を)?[、,]?[^。！？!?\n]{0,6}?(?:見なかった(?:こと|事)に|見ないふり|見て見ぬふり|見なかったことで|気にしないで|気にせず|スルーして|スルーで|見逃して|見逃してね|ご愛嬌)/u
export function stampIgnored(t: string, end: number): boolean {
  if (!STAMP_IGNORED.test(t.slice(end, end + 24))) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  return !AWARENESS.test(t.slice(here.start, here.end)) && !HANDLING_LESSON.test(t.slice(here.start, here.end))
}
/**
 * Blind R247T-009 kind: a secrecy request the writer reports being under (テレビ局の方からは「放送日が決まるまで部外秘で」とお願いされているので,
 * 「発表まで内緒で」と言われているけど), then the matter shown after all in that sentence or the next (写真はロケ中の様子です, 📸, 載せます): the
 * post itself breaks the request, the quoted marker no example. Something held back until the release (放送後にお知らせします, お楽しみに) or a
 * refusal stays a mention.
 */
const SECRECY_ASKED = /^[^」』「『\n]{0,12}?[」』"](?:と|って)[、,]?[^。！？!?\n「」]{0,6}?(?:お願いされ|頼まれ|言われ|いわれ|念を押され|釘を刺され|くぎを刺され|口止めされ)(?:て|と)?(?:いる|いた|おり|ます|る|た|ちょる|とる)?(?:ので|から|けど|けれど|が|ものの|のに|ですが|んですが|のですが|けん)[、,\s]?/u
const SECRECY_BROKEN_SHOWN = /写真|画像|動画|📷|📸|🎥|載せ|のせ|アップ|お見せ|見せ(?:ちゃ|ます)|チラ見せ|お披露目|公開し(?:ちゃ|ます)/u
const SECRECY_KEPT = /次第|(?:放送|放映|公表|発表|解禁|公開|オンエア)(?:後|まで(?:は)?(?:お待ち|お控え|お楽しみ))|改めて|後日|お待ち|お楽しみに|(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|(?:載せ|見せ|公開し|掲載し|アップし)(?:ません|ない|ず)/u
export function secrecyAskedButShown(t: string, end: number): boolean {
  const r = SECRECY_ASKED.exec(t.slice(end, end + 48))
  if (!r) return false
  const from = end + r[0].length
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const next = here.end < t.length ? sentenceAround(t, here.end + 1, here.end + 1) : here
  const rest = t.slice(from, Math.max(here.end, next.end))
  return SECRECY_BROKEN_SHOWN.test(rest) && !SECRECY_KEPT.test(rest) && !AWARENESS.test(t.slice(here.start, here.end)) && !HANDLING_LESSON.test(t.slice(here.start, here.end))
}
/** A quoted marker ending at `end` stamped on a paper that the post photographs or shows, outside a lesson about it. */
function stampedShown(t: string, end: number, sentence: Span): boolean {
  if (!STAMPED.test(t.slice(end, end + 16))) return false
  const text = t.slice(sentence.start, sentence.end)
  const rest = t.slice(end, Math.min(t.length, sentence.end + 40))
  return STAMPED_PAPER.test(text) && STAMPED_SHOWN.test(rest) && !SHOWN_REFUSED.test(rest) && !AWARENESS.test(text.replace(TRAINING_PAPER, '資料'))
}
/**
 * Blind R76A-123: a marker said to be on a paper the writer saw, with a concession that goes on anyway (資料の右上に「取 扱 注 意」と書いて
 * ありましたが、日程だけなので大丈夫ですよね; 表紙に「部外秘」って書いてあったけど、…載せちゃいます): the marked paper's content is passed on,
 * the marker no example. A refusal (…ので掲載は控えます), a check that the paper is public (確認したところ公開済みの資料でした), a parcel and a
 * lesson on such papers stay clean.
 * Blind R163A-104: the marker said to be there with the bare existential of writing (表紙に「取扱注意」とありますが、…ぜひ読んでください;
 * 右上に「部外秘」とあるけど載せます): the same concession.
 */
const MARKED_BUT =
  /^[」』"]?(?:(?:と|って|て)(?:書いて|書かれて|書いと|記載されて|記されて|押して|押されて|印字されて|印刷されて|付いて|ついて|入って|なって)(?:あり|あっ|い|お|る|た|と)?|とあ(?:り|る|っ))[^。！？!?\n、,]{0,6}?(?:が|けど|けれど|けども|ばってん|ばって|のに|ものの)(?=[、,\s]|[^ぁ-ん])/u
export const MARKED_ON = /資料|文書|書類|表紙|プリント|ファイル|データ|メモ|議事録|ペーパー|原稿|報告書|企画書|計画書|図面|案(?!内)|右上|左上|欄外|ヘッダー|隅|スライド|テキスト|教材|レジュメ|マニュアル|冊子|PDF|pdf/u
export const MARKED_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え|確認した(?:ところ|ら|結果)|確認しまし?たら|公開(?:され|済)|公表(?:され|済)|削除|返却|回収|シュレッダー|廃棄/u
export function markedButPassed(t: string, end: number): boolean {
  const r = MARKED_BUT.exec(t.slice(end, end + 24))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const sentence = t.slice(here.start, here.end)
  const rest = t.slice(end + r[0].length, here.end)
  // A paper handed out at a training (研修でもらった資料) is the paper passed on, no lesson (as in stampedShown).
  return rest.length >= 4 && MARKED_ON.test(sentence) && !MARKED_HELD.test(rest) && !AWARENESS.test(sentence.replace(TRAINING_PAPER, '資料')) && !HANDLING_LESSON.test(sentence) && !PARCEL.test(sentence)
}
/**
 * Blind R125A-024: a marker the writer was told applies to a matter (漁協から「報道解禁前なので」と言われている…結果ですが、…過去最高水準
 * だったそうです; 「まだ発表前やけん」って言われとる人事の話やけど、…に決まったらしい; 「公表前なので」と念を押された入札結果ですが、落札額は
 * 3,200万円でした), then the matter told in the same sentence: the marker is what binds the information the post gives, no example.
 * A matter held back or put off (…公表され次第お知らせします, お伝えできません), a lesson on such information, nothing told and a
 * season's 解禁前 (漁協から「解禁前なので」と言われましたが、摘み取りは来週からの見込み) stay clean.
 */
const MARKER_SAID =
  /^[」』"]?(?:と|って|て)(?:言われ|いわれ|念を押され|釘を刺され|くぎを刺され|口止めされ|注意され|お願いされ|頼まれ|伺っ|聞い|聞かされ)(?:て|と)?(?:いる|いた|おり|ます|る|た|ちょる|とる|とった)?[^。！？!?\n]{0,24}?(?:ですが|ですけど|ですけれど|だけど|やけど|ばってん|けど|けれど|が)[、,\s]/u
const MARKER_TOLD = /そうです|そうだ|らしい|とのこと|みたい|でした|だった|決ま|決定|見込み|内定|最高|最低|過去最|トップ|1位|一位|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|社|人|名|件|票|点|%|％|割|倍|位|世帯)/u
const MARKER_HELD = /次第|(?:公表|発表|解禁|公開)(?:後|され(?:て|た)ら|を待って|まで(?:は)?(?:お待ち|お控え))|改めて|お待ちください|(?:でき|出来|られ)(?:ません|ない|ず|かね)|控え/u
/** A bare 解禁 with no release word in the marker: a season's opening when the sentence names a harvest or a catch. */
const RELEASE_IN_MARKER = /報道|情報|取材|記者|発表|公表|公開|リリース|掲載|放送/u
function markerSaidButTold(t: string, start: number, end: number): boolean {
  const r = MARKER_SAID.exec(t.slice(end, end + 48))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const sentence = t.slice(here.start, here.end)
  const marker = t.slice(start, end)
  if (/解禁/u.test(marker) && !RELEASE_IN_MARKER.test(marker) && HARVEST_SEASON.test(sentence)) return false
  const rest = t.slice(end + r[0].length, here.end)
  return rest.length >= 6 && MARKER_TOLD.test(rest) && !MARKER_HELD.test(rest) && !AWARENESS.test(sentence) && !HANDLING_LESSON.test(sentence)
}
/**
 * Blind R99A-015: a marker said to be written on a paper the writer came upon (机の上に『関係者限り』って書いた研修の名簿があった, 「部外秘」と
 * 書かれたファイルが置いてあって), then a glance at it and what it says, in that sentence or the next (ちらっと見たら課長さんが5人も受ける
 * らしい; のぞいてみたら…8人も載っていました): the marked paper's content is passed on, the marker no example. A paper returned unread
 * (見ないようにして返しました), a lesson on such papers (見たらすぐ上司に報告しましょう) and a glance with nothing counted told stay clean.
 */
const MARKED_LABEL =
  /^[」』"]?(?:と|って|て)(?:書いた|書いてある|書いてあった|書いとる|書いちゃる|書かれた|書かれてい(?:る|た)|記された|記載された|押された|押してある|押してあった|印字された|印刷された|入った|付いた|ついた)[^。！？!?\n]{0,12}?(?:資料|文書|書類|名簿|リスト|一覧|台帳|メモ|ファイル|紙|プリント|表|計画書|報告書|企画書|原稿|案(?!内))/u
const GLIMPSE =
  /(?:ちらっと|チラッと|ちらりと|チラリと|こっそり|ちょっと|少しだけ|つい|思わず)?(?:見たら|見ると|見てみたら|見えたら|見えて|見えちゃっ|見ちゃっ|見てしまっ|見てしもう|覗いたら|のぞいたら|覗いてみたら|のぞいてみたら|覗くと|のぞくと|読んだら|読んでみたら|目に入っ)[^。！？!?\n]{0,40}?/u
export function markedPaperGlimpsed(t: string, end: number): boolean {
  const r = MARKED_LABEL.exec(t.slice(end, end + 32))
  if (!r) return false
  const here = sentenceAround(t, Math.max(0, end - 1), end)
  const next = here.end < t.length ? sentenceAround(t, here.end, here.end) : here
  const from = end + r[0].length
  const rest = t.slice(from, Math.min(next.end, from + 120))
  const g = GLIMPSE.exec(rest)
  if (!g) return false
  const told = rest.slice(g.index, g.index + g[0].length + 24)
  // The paper's own subject (研修の名簿) is no lesson: the label is left out of the awareness check.
  const around = t.slice(here.start, end) + t.slice(from, next.end)
  return PEEK_TOLD.test(told) && !MARKED_HELD.test(told) && !AWARENESS.test(around) && !HANDLING_LESSON.test(around)
}
/**
 * Blind R93A-006, R95A-011: a choice told while those it concerns have not yet been told (合格者の方にはまだ通知をお送りしていませんが、
 * …の方に決まりました; …の3社に指名通知を出す予定です（まだ業者さんには届いていません）; まだ本人には伝えとらんけど…に内定しとる): the
 * party not yet notified (まだ before or after them), then who was chosen or a decision in the same sentence. A notice about the letters
 * (届いていない場合は…, 届き次第ご確認ください) or a refusal (お答えできません) tells no one.
 */
export const NOTIFIED_PARTY = '(?:指名業者|事業者|業者|各社|ご本人|本人|合格者|当選者|受賞者|入賞者|採用者|内定者|応募者|受験者|対象者|候補者|申請者|選ばれた方)(?:さん|様|さま|の方々|の方|の皆さん|の皆さま|の皆様)?'
/**
 * The words a pattern matches, when it is an alternation of plain words (characters, escaped punctuation, a class of plain
 * characters, any of them made optional by `?`), no flag but `u`: "one of the words occurs" is then exactly "the pattern
 * matches". Otherwise undefined.
 */
export function plainWords(re: RegExp): string[] | undefined {
  if (re.flags !== 'u') return undefined
  const s = re.source
  const words: string[] = []
  let alt = ['']
  for (let i = 0; ; ) {
    if (i === s.length || s[i] === '|') {
      if (alt.includes('')) return undefined
      words.push(...alt)
      if (i === s.length) return [...new Set(words)]
      alt = ['']
      i++
      continue
    }
    const chars: string[] = []
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return undefined
    if (s[i] === '[') {
      let j = i + 1
      if (s[j] === '^' || s[j] === ']') return undefined
      while (j < s.length && s[j] !== ']') {
        let a = s[j]!
        if (a === '\\') {
          a = s[j + 1] ?? ''
          if (!/^[^0-9A-Za-z]$/.test(a)) return undefined
          j += 2
          chars.push(a)
          continue
        }
        const u = s.charCodeAt(j)
        if (u >= 0xd800 && u <= 0xdfff) return undefined
        if (s[j + 1] === '-' && j + 2 < s.length && s[j + 2] !== ']' && s[j + 2] !== '\\') {
          const v = s.charCodeAt(j + 2)
          if (v < u || v - u > 512 || (v >= 0xd800 && v <= 0xdfff)) return undefined
          for (let k = u; k <= v; k++) chars.push(String.fromCharCode(k))
          j += 3
        } else {
          chars.push(a)
          j++
        }
      }
      if (j >= s.length) return undefined
      i = j + 1
    } else if (s[i] === '\\') {
      const e = s[i + 1] ?? ''
      if (!/^[^0-9A-Za-z]$/.test(e)) return undefined
      chars.push(e)
      i += 2
    } else if ('()?*+{}.^$]'.includes(s[i]!)) return undefined
    else {
      chars.push(s[i]!)
      i++
    }
    const optional = s[i] === '?'
    if (optional) i++
    if (i < s.length && '?*+{'.includes(s[i]!)) return undefined
    alt = alt.flatMap((w) => (optional ? [...chars.map((ch) => w + ch), w] : chars.map((ch) => w + ch)))
    if (alt.length > 4096) return undefined
  }
}
/**
 * What one Aho–Corasick pass over the paragraph says about its patterns: `has(re)` whether a non-global pattern matches it
 * (without a regex when `re` is plain words, else only where its literals occur), `may(re)` whether a pattern can match it
 * at all (its literals, literals.ts, occur). A pattern not in the gate is always tried.
 */
export class ParagraphGate {
  private readonly index = new Map<RegExp, number>()
  /** 1: the pattern is plain words (`plainWords`), so the gate's answer is the pattern's. Filled when the gate is built. */
  private readonly exact: Uint8Array
  private readonly gate: NeedGate

  constructor(patterns: readonly RegExp[]) {
    patterns.forEach((re, i) => this.index.set(re, i))
    const exact = (this.exact = new Uint8Array(patterns.length))
    this.gate = new NeedGate(() =>
      patterns.map((re, i) => {
        const words = re.global || re.sticky ? undefined : plainWords(re)
        if (words) exact[i] = 1
        return words ?? requiredLiterals(re)
      }),
    )
  }

  scan(text: string): Present {
    const tries = this.gate.tries(text)
    const marks = new Uint8Array(this.exact.length)
    for (const i of tries) marks[i] = 1
    return new Present(text, marks, this.index, this.exact)
  }
}
class Present {
  constructor(
    private readonly text: string,
    private readonly marks: Uint8Array,
    private readonly index: ReadonlyMap<RegExp, number>,
    private readonly exact: Uint8Array,
  ) {}

  /** `re.test(text)`, for a pattern without the g or y flag. */
  has(re: RegExp): boolean {
    if (re.global || re.sticky) throw new Error(`has needs a pattern without g or y: /${re.source.slice(0, 80)}/${re.flags}`)
    const i = this.index.get(re)
    if (i === undefined) return re.test(this.text)
    return this.marks[i] === 1 && (this.exact[i] === 1 || re.test(this.text))
  }

  /** Whether `re` can match the text at all (false: it matches nowhere in it, nor in any slice of it). */
  may(re: RegExp): boolean {
    const i = this.index.get(re)
    return i === undefined || this.marks[i] === 1
  }
}
/**
 * Blind R310H-010 / R311E-032 kind: the theme of an essay, a paper or an interview of an exam still to come given in brackets (今年の作文
 * のテーマは『…』です。…10月5日の本番を迎えてくださいね; 作文試験のテーマは「…」です。…試験当日を迎えてください): the theme is secret until
 * the exam is held. The exam named in the paragraph (EXAM_NAMED), said to come (EXAM_TO_COME); a past exam's theme (でした, 昨年), a
 * contest's theme (作文コンクール), a theme set ahead on purpose for submission (事前課題, 提出してください, 募集要項) and an exam over
 * (お疲れさまでした) stay clean.
 */
export const EXAM_PART = '(?:論文|小論文|作文|課題作文|面接|記述|討論|集団討論|グループ討論|グループディスカッション|プレゼン(?:テーション)?|口述)'
export const EXAM_NAMED = /試験|入試|選考|検定|受験|テスト|考査/u
/**
 * …not a prep class's own practice theme (漢字検定対策講座…作文のテーマは「…」です; 英検対策教室; 面接練習会…今回の面接の課題は「…」): the class
 * sets it, the exam does not. The theme tied to the real exam (本番の, 今年の試験の, 試験当日) stays secret.
 */
export const EXAM_PRACTICE_CLASS = /対策(?:講座|教室|講習|クラス|セミナー|授業)|練習会|講習会|模擬(?:試験|面接|テスト)|模試/u
export const EXAM_TO_COME = /受ける|受けられる|受験する|受験される|受験予定|受験を控え|本番|当日|を迎え|に向けて|に向け|頑張|がんば|準備|応援|対策|来週|明日|あした|あす|明後日|今度の|次回|[0-9]{1,2}月[0-9]{1,2}日(?:\([月火水木金土日]\))?(?:の|に)|控え/u
export const EXAM_THEME_PUBLIC = /事前(?:提出|課題|に(?:提出|お知らせ|公表|発表|提示))|あらかじめ|提出(?:して|期限|先|方法|し(?:ます|てください))|持参|郵送|募集要項|受験案内|実施要項|エントリーシート|コンクール|コンテスト|作品|入賞|表彰|感想文|お疲れ|終わりました|終了し|実施しました|行いました|受験された|受けられた/u
export const BUDGET_PENDING =
  /まだ[^。！？!?\n、,]{0,8}?査定|査定(?:中|前|待ち|の段階|の途中|途中|を控え)|査定(?:は|が)(?:まだ|これから)|(?:議会|定例会)(?:に|へ)(?:出す|出る|かける|諮る|提出する|上程する)前|(?:議会|定例会)(?:へ|に)(?:の)?(?:提出|上程)(?:は|も)?[、,]?(?:まだ|これから)|(?:提出|上程)(?:は|も)[^。！？!?\n]{0,10}?(?:ですが|だけど|ですけど|やけど|ばってん|なんですが|なので|予定ですが)|(?:提出|上程|公表|発表)(?:する|される)?前(?:ですが|だけど|なので|の段階)|(?:公表|発表)(?:は|が)(?:まだ|これから)/u
export const STILL_GOING = /あと一息|もう一息|あとひと息|もうひと息|あと少し|もう少し|あとひと押し|もうひと押し|粘(?:り|っ|ろ|る|ら)|引き続き|まだ|これから|交渉中|協議中|継続|詰め(?:て|る|ます)|最終(?:調整|段階)|合意を目指|合意に向け|(?:ている|とる|よる)ところ|段階/u
export const STAFF_CASE = /公金|不祥事|横領|着服|不正|使い込|飲酒|ハラスメント|パワハラ|セクハラ|の件|事案/u
/*
 * ── conf57 (blind R312P-023/047, R314Y-018/041, R315E-005/011/014/015/016/022/043/060, R316M-009; JY-037 false positive) ──
 * Kinds, each read as Japanese says it in general, each with its public counterpart kept clean:
 * - A draft budget's figures told while its press release is still to come (来週14日の市長定例記者会見で発表する…当初予算案、ひと足先に…
 *   一般会計は412億円; 明日10時から…当初予算案の記者発表を行います。目玉は総額1億2千万円の…): DRAFT_BUDGET_FIGURE while
 *   RELEASE_STILL_TO_COME. A release to come
 *   with no figure, a budget announced (発表しました), last year's total and a council's agenda stay clean. The release named for later in
 *   the wordings the family's FUTURE_RELEASE misses (市長定例記者会見, 記者発表を行います) also opens its peek (ひと足先に…: PEEK).
 * - Withheld parts of a disclosed document explained by revealing them (黒塗りにした箇所は、…売却単価（1㎡あたり3万2千円）と…下限額（…円）):
 *   BLACKED_OUT_TOLD. The class of what was withheld (個人の氏名や住所など) stays clean.
 * - A section's budget request amount before the finance office's assessment (課としては…4,200万円で要求を出しました…財政課の査定は
 *   これから): REQUEST_AMOUNT. The national 概算要求, a petition (要望), request deadlines and a budget passed stay clean.
 * - An exam's question or an interview's question told to those who will sit it (本番の第12問は「…」についての問題です; 今年の面接では
 *   「…」という質問を全員にする予定; 今年の面接ではズバリ「…」と聞きます): EXAM_QUESTION_TOLD, INTERVIEW_QUESTION_TOLD,
 *   EXAM_QUESTION_NAMED. The standard questions (志望動機, 自己PR) and quizzes stay clean too. Past questions,
 *   practice questions, examples (など, 例えば), the subjects and what the guide publishes stay clean.
 * - A screening's scores with the rejected ones' scores (不採択となった3団体はいずれも50点台, 最高点は…で87点): REJECTED_SCORE, TOP_SCORE.
 *   A pass mark as a rule (60点未満は不合格), a contest's works and a notice of results stay clean.
 * - A negotiation's offers while it goes on (先方の提示は…三千二百万円、市の希望は二千八百万円…明日も交渉; 市からは1人あたり300円…向こうは
 *   500円じゃないと…来週もう一回話し合い; 上限を年1,900万円として協議しています): PARTY_FIGURE, FIGURE_IN_TALKS. A subsidy explained, a
 *   deal concluded and talks with the state or the prefecture on a project's cost stay clean.
 * - A personnel move told before its formal step (4月の人事異動で、観光課長は総務部付となり、後任には…課長補佐が昇任して着任します。辞令
 *   の交付はまだ先ですが): MOVE_TOLD with MOVE_PENDING. A move announced (人事異動を発表しました), a new head arrived and a date of 内示 with
 *   no move stay clean.
 * - An incident's count told while its report and publication are still to come (予防接種の接種間違いが9件ありました。県への報告と公表は
 *   これからですが): INCIDENT_COUNT with INCIDENT_REPORT_AHEAD. A count published, a reminder with no count and an apology stay clean.
 * - JY-037: 「…は公表していませんが、…は募集要項に掲載しています」 points to a published source: no leak (PUBLISHED_SOURCE_POINTED, read in
 *   withheldAsPractice); 公表していませんが with the secret told after it stays a finding.
 */
/** A draft budget named (令和8年度当初予算案, 補正予算案, 新年度予算の概要). */
export const DRAFT_BUDGET_NOUN = /予算案|当初予算|新年度予算|来年度予算|予算の(?:概要|規模|全体像)|予算規模/u
/** The draft's figures: the general account, the total, the headline project with its sum. */
export const DRAFT_BUDGET_FIGURE = new RegExp(
  `(?:一般会計|特別会計|予算総額|総予算|予算額|総額|予算規模|規模|総事業費|事業費|歳出|目玉(?:事業)?)(?:の総額)?(?:は|が|で|も)?[、,]?[^。！？!?\\n]{0,20}?${VALUE}|${VALUE}(?:規模|で過去最|と過去最|の過去最)`,
  'gu',
)
/** A budget released, passed or put on the site already. */
export const DRAFT_BUDGET_OUT =
  /(?:発表|公表|公開|掲載)(?:しました|いたしました|しております|しています|されました|済み)|可決|議決され|成立しました|予算書(?:を|は)(?:公開|掲載)/u
/** The figure owned by an earlier year (昨年度の一般会計は…), not the draft's. */
export const EARLIER_YEAR_FIGURE = /(?:昨年度|前年度|昨年|前年|去年|過去)(?:の|は|当初)(?!比)/u
/** …not the state's request nor a budget already put out (概算要求, 予算案を発表, 可決). */
export const REQUEST_PUBLIC = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?要求|(?:予算案|予算)(?:を|が)?(?:発表|公表)(?:しました|されました)|可決|議決|成立し|計上されました|決算/u
/** The other side of a negotiation (先方, 相手方, 向こう, 事業者さん, ホテル側) or the city (市, こちら, うち). */
export const PARTY_FIGURE = new RegExp(
  `(?:(?:先方|相手方|相手側|向こう(?:側|さん)?|あちら(?:側|さん)?|事業者(?:さん|側)?|業者(?:さん|側)?|地権者(?:さん)?|所有者(?:さん)?|地主(?:さん)?|オーナー(?:さん|側)?|ホテル側|企業側|会社側|組合側|[\\p{Script=Han}\\p{Script=Katakana}A-Z]{2,8}(?<![皆各長員者民方])(?:さん|側))|(?:市|当市|本市|こちら|うち|当方)(?=の|から|として|側))(?:(?:の|から(?:の)?|側の)(?:ご)?(?:提示|希望|要求|要望|言い値|条件|主張|提案|案|回答|考え)(?:額|金額|価格)?(?:は|が|も|として(?:は)?)|側?から(?:は|も)|として(?:は)?|側?(?:は|が|も))[、,]?[^。！？!?\\n]{0,24}?${VALUE}`,
  'gu',
)
/** …an offer or a demand in the match or after it (提示, 希望, じゃないと, 出してる, 厳しい). */
export const OFFER_WORD = /限界|精一杯|まで(?:なら|は)|譲歩|上限|提示|希望|要求|要望|言い値|条件|主張|提案|じゃないと|でないと|でなければ|じゃなきゃ|を求め|求めて|譲ら|出して|出しとる|お願い|厳しい|無理|難しい|欲しい|ほしい|言って|言われ|って感じ/u
/** Talks still going on (明日も交渉, 差が埋まりません, 来週もう一回話し合い, 協議しています). */
export const TALKS_ONGOING =
  /(?:交渉|協議|話し合い|折衝|商談)(?:中|を続け|が続|は続|を重ね|は難航|が難航|は平行線|が平行線|はまだ|がまだ|もがんば|がんば|頑張)|(?:明日|あす|来週|次回|今度|来月|週明け)(?:も|に|は)?(?:もう一(?:回|度))?(?:の)?(?:交渉|協議|話し合い|折衝|商談)|差が(?:なかなか)?埋まら|折り合(?:いが|わ)|平行線|歩み寄|合意(?:には|に)?(?:至って|至ら|まだ)|(?:交渉|協議|折衝|話し合)(?:し|っ)て(?:い|お)(?:ます|る|り)/u
/** …not a deal concluded. */
export const TALKS_CONCLUDED = /合意しました|合意いたしました|合意に至りました|締結しました|締結いたしました|契約しました|妥結|決着しました|まとまりました/u
/** …not a move announced or made. */
export const MOVE_ANNOUNCED = /(?:人事異動|異動|人事)(?:を|について|が)?(?:発表|公表|発令)(?:しました|いたしました|されました)|辞令(?:を)?交付(?:しました|いたしました)|辞令交付式を(?:行い|行いました)|着任しました|就任しました/u
/** …not an incident the city announces or apologises for now. */
export const INCIDENT_ANNOUNCED = /(?:公表|発表)(?:します|いたします|しました|いたしました|しています|しております)|お詫び|おわび|申し訳|ご迷惑/u
/**
 * JY-037: what the city keeps back, then where what it does publish can be read (試験問題そのものは公表していませんが、出題分野と配点は募集要項に
 * 掲載しています): the practice stated, no leak. The source must be said published in a finished form (掲載しています, ご覧いただけます); a
 * quotation or a figure after it still tells something.
 */
const PUBLISHED_SOURCE_POINTED =
  /^[、,\s]*[^。！？!?\n「『]{0,30}?(?:募集要項|要項|要綱|試験案内|受験案内|案内(?:文|書)|ホームページ|ウェブサイト|公式サイト|サイト|市HP|広報(?:紙|誌)?|市報|パンフレット|リーフレット|チラシ|公告|告示)(?:に|で|から|へ|の中で)(?:も)?(?:(?:掲載|公開|公表|記載|明記|お示し)(?:して|され|いたして)(?:い|お)(?:ます|る|り)|(?:掲載|公開|公表|記載|明記)(?:しました|済み)|ご確認(?:いただけ|ください)|ご覧(?:いただけ|ください|になれ)|載せて(?:い|あ|お)(?:ます|る|り))/u
export function pointedToPublished(rest: string): boolean {
  return PUBLISHED_SOURCE_POINTED.test(rest)
}
export interface KindContext {
  input: RuleInput
  t: string
  spans: Span[]
  notAware: (m: RegExpExecArray) => boolean
  aware: (slice: string) => boolean
  once: (keep: (m: RegExpExecArray) => boolean) => (m: RegExpExecArray) => boolean
  futureRelease: boolean
}
export const BID_CONTEXT58 = /入札|開札|応札|プロポーザル|指名競争|一般競争|競争参加|見積合わせ|見積り合わせ/u
export const BID_OVER = /落札|開札結果|入札結果|開札しました|契約(?:を)?締結|昨年|前年|前回|過去|例年|公表し|公表され|ホームページ|市HP/u
/** A section's budget request to the finance office with its sum (2億1,400万円を財政課に要求しました). */
export const VALUE58 = `(?:[0-9][0-9,.]{0,12}億[0-9,]{1,8}万[0-9,]{0,8}円?|${VALUE})`
export const BUDGET_INSIDE = /財政課|財政担当|財政当局|財政部|査定|予算編成|予算要求/u
export const BUDGET_OUT58 = /概算要求|国の予算|政府予算|(?:国|政府|県)(?:に|へ)(?:の)?(?:予算)?(?:要求|要望)|(?:発表|公表)(?:した|しました|いたしました|されました|済み)|可決|議決|成立し|予算書|ホームページ|市HP|決算/u
/** Labour talks (職員組合との交渉, 労使交渉, 団体交渉). */
export const UNION_TALKS = /職員組合|労働組合|労組|職員団体|労使(?:交渉|協議)|団体交渉|団交|賃金交渉|確定闘争|春闘|組合(?:と|との)[^。！？!?\n]{0,10}?(?:交渉|協議|話し合い)(?=[^\n]{0,80}?(?:手当|給与|給料|賃金|時給|月給|ボーナス|一時金|勤務|時間外|休暇))/u
/** …with the other side of a land deal or a negotiation (地権者, 所有者, 先方). */
export const NEG_PARTY = /先方|相手方|相手側|地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|借地|オーナー|売り手|交渉|協議|面談/u
/**
 * Review of conf58 (rvconf): quotes in consumer advice (…という方、消費生活センターにご相談ください; リフォーム詐欺に注意) are a resident's,
 * not the city's procurement.
 */
export const CONSUMER = /消費生活|消費者|詐欺|悪質|トラブル|相談窓口|ご相談ください|という方|という人|ご家庭|リフォーム|引っ越し|引越し/u
export const EXAM_TO_COME58 = /今のうちに|練習して|練習を|受験予定|受験される|受験する|受ける|目指す|臨んで|しっかり準備/u
export interface ParagraphKindContext extends KindContext {
  /** The family's gate answer for the paragraph (its patterns read again here: EXAM_NAMED, STILL_GOING, RELEASE_LATER). */
  p: Present
  published: (slice: string) => boolean
}
export const DISCIPLINE_WHO = /職員|署員|隊員|教員|教諭|先生|看護師|社員|係員|同僚|部下|課長|係長|主任|消防士|保育士/u
/** An amount in any numerals, 4万8千円 too. */
export const VALUE61 = `(?:[0-9][0-9,.]{0,6}万[0-9]{1,4}千(?:[0-9]{1,3}百)?円?|${VALUE58})`
export const PLAN_OUT = /縦覧|意見書|パブリックコメント|意見募集|ご意見を(?:募集|お寄せ)|(?:公表|発表|公開|掲載)(?:しました|いたしました|されました|して(?:い|お)(?:ます|ります))|ホームページ|市HP|告示しました|決定しました/u
/** …a siting the city courts (進出, 誘致, 立地, 工場の新設, 工業団地). */
export const SITING = /進出|誘致|立地|(?:工場|本社|拠点|事業所|研究所|物流センター)(?:の)?(?:建設|新設|増設|移転|誘致|進出|を(?:建て|構え|移))|工業団地|産業団地|企業用地/u
export const COURTED_OUT = /合意し|締結し|協定を(?:結|締)|調印|(?:立地|進出|誘致)(?:が|を)?(?:決定し|決まりました|正式に決ま)|(?:発表|公表)(?:しました|いたしました|されました)|記者発表|操業を(?:開始|始め)|竣工|開業し|オープンし|(?:進出|立地)(?:し|され)(?:た|てい|ており)|ホームページ|市HP|セミナー|説明会/u
/** …not a showing refused (写真ではお見せできません, 載せません). */
export const REFUSED61 = /(?:お見せ|見せ|載せ|のせ|公開|掲載|共有|アップ|お配り|配布)(?:は)?(?:でき|出来|いたしかね|しかね|られ|れ)(?:ません|ない|ず)|(?:載せ|見せ|公開し|共有し|掲載し|アップし)(?:ません|ない|ず)|(?:お見せ|掲載|公開|共有)(?:は|を)?(?:控え|差し控え|見送)/u
export const EXAM_OVER = /お疲れ|おつかれ|終わりました|終了しました|実施しました|出題されました|出題しました|受験された|受験した皆|行われました|解答例|講評|昨年|去年|前回|過去/u
/*
 * The city's undecided money and positions (blind R373W, R374X, R375Y, R376Z): how Japanese tells a sum, a stance or a plan the city
 * has not yet decided or released.
 * - A sum still being settled with the finance section (いま財政課と金額を詰めているところ), with a yen figure in the paragraph:
 *   SUM_WITH_FINANCE; the reader asked to keep it among themselves until it is decided (正式に決まるまでは浜の中だけの話にしておいて):
 *   AMONG_US_UNTIL.
 * - A unit price of land the city buys, agreed with the landowners before the contract (坪4万円で市が買い取る線で、地権者の皆さんと
 *   ほぼ話がつきました): LAND_PRICE with LANDOWNER_TALKS.
 * - The secretariat's stance on an item before the committee rules (明日の総会にかける…事務局としては「許可相当」で意見をまとめています):
 *   SECRETARIAT_STANCE with AGENDA_AHEAD.
 * - The firms to be designated before a tender (指名する業者は3社に絞りました…入札は2月4日の予定): BIDDERS_NAMED.
 * - Screening results before the applicants are notified (申請42件のうち28件が通ることになりました…お知らせが届くのは来月):
 *   SCREENED_OUTCOME with APPLICANT_NOTICE_AHEAD.
 * - Told to hold something until its release, and telling it ahead anyway (記者発表までは外に出さないよう言われていますが、利用者の皆さんには
 *   早めにお伝えしたく): HOLD_ORDER_BUT; the hold followed by a notice to come (発表され次第お知らせします) tells nothing.
 * - A litigation stance: a settlement ceiling (示談は二百万円が上限), counsel's reading of the city's fault (顧問の先生の見立てだと
 *   市の過失はせいぜい二割), a plan not to settle or to appeal (和解には応じず、一審で負けた場合も控訴する方向): LITIGATION_STANCE.
 * - The mayor's answer drafted before the session (市長答弁は「…」という線で落ち着きました): ANSWER_SETTLED with SESSION_AHEAD.
 * - The city's bottom line in a negotiation (こちらは1.15倍までなら受ける腹づもりで交渉しています): OWN_LIMIT.
 * - A settlement sum agreed before the council's vote (和解金180万円で相手方と調整がついた…議決を経て正式に発表する予定):
 *   SETTLEMENT_SUM with RELEASE_AHEAD.
 * A published budget, a signed contract, a tender result, a notice already sent, a judgement or an appeal already made stay clean.
 */
export const YEN_FIGURE = /[0-9〇一二三四五六七八九十百千万億][0-9〇一二三四五六七八九十百千,.]*(?:万|億)?円/u
export const INQUIRY_IN_PRACTICE = /ことがあります|場合があります|こともあります|ことになっています|場合は|場合には|ときは|際は|ましょう/u
/*
 * A named business's dealings with the city told before their owner releases them (blind R401A):
 * - A siting still courted: the company's candidate sites narrowed (新工場の候補地は3か所まで絞られていて、柳川が本命), its signing still
 *   being worked towards (協定の調印は年明けを目指して詰めている), or the city's terms put to it with its decision ahead (市からは固定資産税の
 *   5年間免除…をご提示…判断は来月になる見込み): SITES_NARROWED, SIGNING_AIMED or INCENTIVE_OFFERED with a company named (BUSINESS_NAMED)
 *   and nothing concluded or announced (SITING_CONCLUDED). A 立地協定 signed and announced, a ceremony's notice and an incentive programme
 *   explained to all stay clean.
 * - A named business's loan screening result (保証協会の審査で担保が足りないと判断され…見送り), its loan's sum (最大口は…さんの3,000万円) or
 *   its credit standing (返済が一番危ない): LOAN_SCREENED, LOANED_SUM or REPAYMENT_DOUBTED with the business named in a loan's paragraph.
 *   A loan programme's notice (融資限度額2,000万円) and a fraud warning (審査なしで即日融資) name no business.
 * - A grant's or screening's result told before its release (結果の公表は来週ですが、…さんは…通過です): RESULT_BEFORE_RELEASE. A
 *   result released and a release date given alone stay clean.
 * - A business's closure plan learnt in consultation, its staff or the public not yet told (来年3月で工場を閉めたいとご相談…従業員の皆さんには
 *   まだ伝えていない): CLOSURE_PLANNED with CLOSURE_UNTOLD.
 */
/** A business named with its trade or corporate form (有明ケミカル工業さん, みなと食品(株), 筑紫家具製作所さま, 株式会社…). */
export const BUSINESS_NAMED =
  /[\p{Script=Han}\p{Script=Katakana}A-Za-zー・]{1,12}(?:工業|製作所|化学|ケミカル|食品|フーズ|電子|電機|電装|電気|産業|商事|商店|商会|運送|運輸|物流|建設|工務店|製菓|酒造|精工|精機|家具|興業|水産|製薬|繊維|縫製|印刷|鉄工|技研|工房|旅館|ホテル)(?:さん|様|さま|社|\([株有]\))|[\p{Script=Han}\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|\([株有]\))|(?:株式会社|有限会社|\([株有]\))[\p{Script=Han}\p{Script=Katakana}ー]{2,12}/u
export const SITING_CONCLUDED =
  /締結(?:し|いたし)(?:まし)?た|協定を(?:結び|結んだ|結びました)|調印(?:し|いたし)(?:まし)?た|調印式を(?:行|執り行|開催)|(?:立地|進出|誘致)(?:が|を)?(?:決定し|決まりました|正式に決ま)|(?:発表|公表)(?:しました|いたしました|されました)|記者発表|操業を(?:開始|始め)|竣工|ホームページ|市HP/u
/** A firm named (…さん, …社, 株式会社…): the one whose terms these are. */
export const TRADE_FIRM = /[\p{Script=Han}\p{Script=Katakana}A-Za-zＡ-Ｚ][\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}A-Za-zＡ-Ｚー・]{1,15}(?<![皆客]|みな|お子|お母|お父|業者|工事屋|大工|農家|生産者)(?:さん|様|さま|社|\([株有]\))|株式会社|有限会社|[A-ZＡ-Ｚ]社/u
export const POST_WORD = '(?:事務局長|局長|部長|課長|次長|室長|所長|館長|校長|園長|副市長|副町長|副村長|教育長|会計管理者|署長|センター長|参事|理事|係長|支所長|消防長|病院長|事務長)'
/**
 * Blind R422X-030 kind (see the comment above BUDGET_UNDER_REVIEW): a quoted marker said to be written on the paper the post is about
 * (表紙に「庁内限り」と書いてある資料なんですが), then a leak (先出し, ちょっとだけ, 内緒で) or contents still being adjusted with a figure
 * told in the paragraph: the marker binds what is told, no example.
 */
const MARKED_PAPER =
  /^[」』"]?(?:と|って)(?:書いて|書かれて|記載されて|記されて|押されて|押して|印字されて|印刷されて|入って|なって)(?:ある|あった|あり|いる|いた|る|た)?[^。！？!?\n、,]{0,4}?(?:資料|文書|書類|ペーパー|プリント|ファイル|メモ|データ|報告書|計画書|企画書|案)(?:なん|なの)?(?:です|だ|や|でございます)?(?:が|けど|けれど|けども|ばってん)(?=[、,]|[^ぁ-ん])/u
const LEAK84 = /先出し|ちょっとだけ|少しだけ|ちょっぴり|内緒で|ないしょで|こっそり|特別に|フライング|ひと足先に|一足先に|先にお(?:知らせ|伝え)/u
const ADJUSTING = /(?:調整|検討|協議|詰め)(?:して(?:い|お)|し(?:てい|てお)|中)/u
const FIGURE84 = /[0-9０-９][0-9０-９,，.]{0,10}(?:億|万|千)?(?:円|人|件|%|％|割|か所|カ所|箇所)/u
export function markerOnToldPaper(t: string, end: number): boolean {
  const r = MARKED_PAPER.exec(t.slice(end, end + 32))
  if (!r) return false
  const rest = t.slice(end + r[0].length, end + r[0].length + 240)
  if (rest.length < 8 || MARKED_HELD.test(rest) || HANDLING_LESSON.test(rest)) return false
  return LEAK84.test(rest) || (ADJUSTING.test(rest) && FIGURE84.test(rest))
}
