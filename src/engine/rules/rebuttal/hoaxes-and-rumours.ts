/**
 * rebuttal — hoaxes, rumours and frauds set right (4(5), 6(2)): what keeps a plain denial (そのような事実はありません, 事実無根) from
 * being an argument. A false report corrected with the official word (`correctsHoax`), a notice warning against misinformation
 * (`warnsOfHoax`), a rumour set right (`correctsRumour`), false disaster information set right with what the city confirmed
 * (`correctsHazardInfo`), a fraud warning (`correctsFraud`), a hoax told as history (`pastHoaxTold`), a scam's tactic (`tacticTold`).
 * What stays a rebuttal: the spreaders scolded (`scoldsSpreaders`), a criticism received or a charge in the post (`rumourSpoiled`,
 * `receivedBesidesRumour`). Catches nothing by itself; `run` and the phrase table ask it.
 */
import { phrase, sentenceOf } from '../../words'
import { CHARGE, CHARGE_SRC, CRITICISM_RECEIVED, OFFICE_NEVER_DOES } from './context'

/**
 * A false report of an event corrected with the official word (「堤防が決壊した」との投稿が広がっていますが、
 * そのような事実は確認していません。最新の情報は市ホームページで): setting the record straight on a hoax
 * about a hazard, not arguing with a critic.
 */
export const HOAX = phrase('(?:との|という|といった)(?:投稿|情報|うわさ|噂|書き込み|メール|メッセージ|デマ)(?:が|も)(?:広が|拡散|出回|流れ|寄せられ)|デマ|誤情報|フェイク', 'u')
export const HAZARD = phrase('決壊|氾濫|断水|停電|避難指示|避難勧告|閉鎖|爆発|火災|火事|感染|倒壊|浸水|冠水|崩落|通行止め|津波|地震|噴火|毒|汚染|不審者|事件|事故', 'u')
export const OFFICIAL_WORD = phrase('最新の情報|正確な情報|正しい情報|市(?:の)?ホームページ|防災行政無線|公式(?:の)?(?:発表|情報|サイト|アカウント)|防災メール|気象庁', 'u')
/**
 * A neutral correction gives the right fact (「〜という情報は誤りです。正しくは…」): it corrects, it does not argue.
 * (Scolding those who spread the rumour is still a rebuttal: those kinds do not yield to it.)
 */
export const CORRECTION = phrase('正しくは|正確には|正しい(?:情報|日程|日時|日付|内容|時間|場所|金額)は', 'u')
export function correctsHoax(fo: string): boolean {
  return (HOAX.test(fo) && HAZARD.test(fo) && OFFICIAL_WORD.test(fo)) || warnsOfHoax(fo)
}
/**
 * Blind HC-041: a notice that warns against misinformation (【デマにご注意ください】, 不確かな情報の拡散にご注意ください, うわさに
 * 惑わされないでください, 転送・拡散せず) and sets a false claim about the city right with the fact (「市が給水所で水を有料で販売して
 * いる」という投稿がありますが、誤りです。市の給水はすべて無料です): the city correcting a rumour, no critic answered. Only with the
 * claim quoted or named as a post or a piece of information, and not when a criticism is received (ご指摘, 批判, 報道), a charge against
 * the city or its staff is denied (職員の態度が悪い, 手抜き), or the spreaders are scolded (悪質, 法的措置, 遺憾).
 */
export const HOAX_CAUTION = phrase('(?:デマ|うわさ|噂|風評|流言|誤情報|偽情報|偽の情報|にせ情報|フェイク|不確か(?:な)?(?:情報|うわさ|噂|投稿)|誤った情報|不正確な情報|根拠のない情報|真偽不明の情報|真偽の不確かな情報)(?:の拡散)?(?:に|には)(?:十分)?(?:ご)?(?:注意|用心|警戒)|(?:デマ|うわさ|噂|誤情報|偽情報|不確かな情報|誤った情報)に(?:惑わされ|だまされ|騙され)(?:ない|ず)', 'u')
export const HOAX_CLAIM = phrase('[」』]|(?:という|との|といった|ような)(?:投稿|情報|うわさ|噂|話|書き込み|メール|メッセージ|デマ)', 'u')
export const HOAX_SCOLDED = phrase('悪質|法的|許しません|許されません|遺憾|困ります|反省を|厳正|厳しく', 'u')
export function warnsOfHoax(fo: string): boolean {
  return HOAX_CAUTION.test(fo) && HOAX_CLAIM.test(fo) && !CRITICISM_RECEIVED.test(fo) && !HOAX_SCOLDED.test(fo) && !CHARGE.test(fo)
}

/**
 * A rumour set right with a plain denial (「…らしい」という話が広がっていますが、そのような事実はありません。今年も営業します):
 * the city correcting misinformation, not arguing with a critic, unless a critic or a report is answered or
 * the spreaders are scolded. Blind HC-040: the posts also announced as a list to follow (SNS上で次のような投稿が広がっていますが、
 * いずれも事実ではありません). Blind UI-055: the post named by what it says (「…」という内容の書き込みが拡散している, という趣旨の
 * メールが出回っています) is the same rumour.
 */
// Blind KH-030 kind (reb60): or seen online, the place named (SNSなどで「…」という投稿が見られますが, インターネット上で…という情報が散見されますが).
export const RUMOUR = phrase('(?:という|との|といった|って|ような)(?:(?:内容|趣旨|旨)の)?(?:話|噂|うわさ|情報|投稿|書き込み|メール|メッセージ|チェーンメール|チラシ|ビラ|文書|動画|画像|はがき|ハガキ|郵便物|sms|ＳＭＳ)(?:が|も)[^。！？!?\\n]{0,8}?(?:広が|拡散|出回|流れ|回っ)' +
  '|(?:sns|ＳＮＳ|ネット|インターネット|ウェブ|web|掲示板)(?:上|など|等)?(?:で|に|では|には)[、,]?[^。！？!?\\n]{0,50}?(?:という|との|といった|って|ような)(?:(?:内容|趣旨|旨)の)?(?:話|噂|うわさ|情報|投稿|書き込み|メッセージ|動画)(?:が|も)[^。！？!?\\n]{0,6}?(?:見られ|見受けられ|散見され)', 'u')
export const PLAIN_DENIAL = phrase('^(?:その|この|そういった|その様な|このような|そのような)?(?:ような)?事実(?:は|では)(?:ございません|ありません|ない)|^事実と(?:異な|違)', 'u')
/** Round 45: a hoax word (デマ, 事実無根): it yields only to a fraud warning (`correctsFraud`), not to any rumour set right. */
export const HOAX_DENIAL = phrase('^(?:デマ|ガセ|事実無根|根も葉もない)', 'u')
// (悪質 of a trader or a sales method — 悪質商法, 悪質な業者 — names the fraud warned of, not the spreaders scolded.)
export const SCOLDED = phrase('お控え|おやめ|やめて|控えて|慎ん|悪質(?!(?:な)?(?:商法|業者|勧誘|訪問|手口))|法的|迷惑|困ります|許しません|許されません|遺憾', 'u')
/**
 * Blind R154A-079: a charge against the city spread as a rumour (一部の店だけ優遇されてるってデマ流れてるけど, 職員が手抜きしているという噂が
 * 広がっていますが): what critics say of the city, so an answer that calls them wrong (全然ちがうから！勘違いしないでね) answers a critic.
 * Blind R306N-032 kind (misc22): …also said to be spreading with 広まる (という書き込みが広まっていますが).
 * Blind R443U-036 kind: …or asked about as true, as a Q&A puts it (市は…を握りつぶしているって本当？, 要望を黙殺しているというのは本当ですか,
 * もみ消したと聞きましたが本当ですか): the charge heard from others, put to the city to answer.
 */
export const CHARGED_RUMOUR = phrase(`(?:${CHARGE_SRC})[^。！？!?\\n]{0,12}?(?:(?:って|という|との|みたいな)(?:デマ|噂|うわさ|話|情報|投稿|書き込み|ポスト)(?:が|も)?[^。！？!?\\n]{0,4}?(?:流れ|出回|広が|広ま|拡散|回っ)|(?:って|という(?:の|話|噂|うわさ)?|と(?:聞いた|聞きました|聞いたんです|言われています|言われてる)(?:けど|けれど|が)?)(?:は|って)?[、,]?(?:本当|ほんと|ホント|ほんとう|事実)(?:ですか|なの|なんですか|なんでしょうか|でしょうか|か)?[？?])`, 'u')
/**
 * Round 45: a fraud warning (「市の職員が還付金の手続きで自宅に伺う」という話はデマです。…不審な訪問があれば警察へ): the pretext a
 * fraudster uses is denied, no critic is answered.
 */
// Blind UC-031: a trader's pretext about the city (「市が…を義務づけた」と言って訪問してくる業者, 市の委託だと称して電話してくる) and the
// consumer desk the reader is sent to (消費生活センター, 消費者ホットライン188, その場で契約せず, クーリング・オフ) make a warning too.
export const FRAUD_WARNING = phrase('詐欺|不審な|不審者|なりすまし|成りすまし|だまされ|騙され|騙し|架空請求|警察(?:へ|に(?:通報|相談|連絡))|#9110|110番|(?:と|って)(?:言って|いって|称して|偽って|名乗って|かたって|騙って)[^。！？!?\\n]{0,8}?(?:訪問|来訪|訪ね|来る|来た|来られ|電話|勧誘|営業|契約を)|消費生活センター|消費者ホットライン|悪質(?:な)?(?:商法|業者|勧誘|訪問)|点検商法|その場で(?:は)?契約(?:せず|しない)|クーリング・?オフ', 'u')
/** A popular belief or myth set right (…と言われますが, …と思われがちですが, 俗説, 迷信): no critic answered. */
export const MYTH = phrase('(?:と|って)(?:よく)?(?:言われ(?:ます|ています|ることがあります|ることもあります|がちです)|思われがち(?:です)?|信じられて(?:い|き)(?:ます|ました)|聞きます|耳にします|書かれていることがあります)(?:が|けど|けれど)|俗説|迷信|都市伝説|思い込みですが', 'u')
/**
 * Blind KT-045 kind: the usual closing request of a disaster notice not to spread unchecked information (不確かな情報の拡散はお控えください,
 * 真偽不明の投稿の転送はおやめください, むやみな拡散はお控えください) asks every reader, it scolds nobody who spread the claim set right. Only
 * information marked as unchecked or spreading said to be careless; the spreaders named (デマを流した方は…お控えください) stay scolded.
 */
export const SPREAD_CAUTION = phrase('(?:(?:不確か|未確認|真偽(?:の)?(?:不明|不確か|わからない|分からない)|根拠(?:の)?ない|出所(?:の)?(?:不明|わからない|分からない)|誤った|不正確|あいまい|曖昧)(?:な|の)?(?:情報|うわさ|噂|投稿|書き込み|話)(?:の|を)?|(?:むやみ|安易|不用意|無責任)(?:な|に))(?:拡散|転送|共有|シェア|リポスト|リツイート)(?:は|を|も|すること(?:は|を)?)?[、,]?(?:くれぐれも|どうか|ぜひ|絶対に)?(?:お控え|控えて|おやめ|やめて)(?:ください|下さい|いただ|くださるよう|願)', 'gu')
/** A scolding of the spreaders (`SCOLDED`), the readers' caution not to spread unchecked information left out (`SPREAD_CAUTION`). */
export function scoldsSpreaders(fo: string): boolean {
  return SCOLDED.test(fo.replace(SPREAD_CAUTION, ''))
}
export function correctsRumour(fo: string): boolean {
  // (A belief about the city itself — 「市は何もしていない」と言われますが — is criticism, not a myth.)
  const myth = MYTH.test(fo) && !/(?:市|市役所|役所|職員|当課|行政|市長|議会)(?:は|が|の(?:対応|職員|説明))/u.test(fo)
  return (RUMOUR.test(fo) || myth) && !receivedBesidesRumour(fo) && !scoldsSpreaders(fo) && !CHARGE.test(fo) && !OBVIOUS_PROOF.test(fo)
}
/**
 * Blind R127A-119: the reader told the truth is plain to see (転入者数を見れば明らかです, 調べればすぐ分かることです, 一目瞭然です):
 * a rumour argued down, not set right. Not a pointer to where the facts are (詳しくは市ホームページをご覧ください).
 */
export const OBVIOUS_PROOF = phrase('(?:見れば|見ても|みれば|調べれば|確認すれば|考えれば|比べれば)[、\\s]{0,2}(?:すぐ(?:に)?|一目で|誰でも|だれでも)?(?:明らか|一目瞭然|分かる(?:こと|はず)|わかる(?:こと|はず)|分かります|わかります|お分かり(?:いただけ|になる))|一目瞭然(?:です|だ|でしょう)', 'u')
/**
 * Round 50: false information about a disaster or a hazard set right with the state now (避難所が閉鎖されたという情報は誤りです。現在も
 * 開設しており…, 給水所が終了したとの話は誤りです。引き続き…): what the guideline asks for in a disaster, not a critic answered. Only a
 * hazard or shelter fact (a paragraph rule does not see emergency mode). Not a report (報道), a criticism received, a scolding or a charge (ずさん).
 */
/**
 * Blind JQ-030 kind: in a reply, the information replied to pointed at with a demonstrative (その情報は誤りです。現時点で矢部川の堤防決壊は
 * 確認されていません。最新情報は市ホームページで): the same false hazard information set right with the state now or the official word. Only
 * information, a rumour or a story (その情報, そのうわさ, そのお話), not a post or a comment (その投稿は誤りです answers its writer).
 * Blind KZ-033 kind: or the hazard event denied as a fact (堤防が決壊したという事実は確認されていません).
 */
export const INFO_DENIED = phrase('(?:(?:という|との|といった|っていう|って)(?:情報|話|お話|うわさ|噂|投稿|書き込み|メール|メッセージ)|(?<![一-龠々ァ-ヶー])(?:その|この|そちらの|こちらの|そういった|そのような)(?:情報|うわさ|噂|お話))(?:は|も)' +
  // Blind KZ-033 kind: the hazard event itself denied as a fact (堤防が決壊したという事実は確認されていません, 避難所が閉鎖されたという事実はありません).
  '|(?:決壊|氾濫|浸水|冠水|倒壊|崩落|閉鎖|断水|停電|火災|火事|爆発|噴火|津波)(?:し|され|が(?:あっ|起き|発生し))(?:た|ている|ていた)という事実(?:は|も)', 'u')
// Blind GS-005: the state told as of now (現時点で、…決壊は確認されていません; 現段階では, 現状).
export const STATE_NOW = phrase('(?:現在|今|いま|本日|きょう)(?:も|は|、)|(?:現時点|現段階|現状|目下)(?:で|では|において|、|も)|引き続き|ひきつづき|通常(?:どおり|通り)|平常(?:どおり|通り)|予定(?:どおり|通り)', 'u')
export const SHELTER = phrase('避難所|避難場所|避難|給水|断水|炊き出し|通行止め|通行規制|防災|災害|台風|大雨|洪水|土砂', 'u')
/**
 * Blind R86A-025: the right fact given as what an authority has announced (市が発表している復旧の見通しは10月6日です, 九州電力の発表では,
 * 気象庁の発表によると, 市が公表しているとおり) or the reader sent to the official word (最新の情報は市ホームページをご覧ください): like the
 * state now, it sets the false hazard information right with the official facts, it does not argue. Only after an authority (市, 県, 気象庁,
 * a utility or an office: a word of its own before が/の), not a critic's post (ご指摘, 報道 stay excluded by `correctsHazardInfo`), and not
 * when the spreaders are scolded (反省を求めます, 悪質: `HOAX_SCOLDED`).
 */
export const ANNOUNCED = phrase('(?:市|県|国|町|村|気象庁|気象台|消防|警察|電力|ガス|水道局|水道課|上下水道|企業団|事務所|本部|役所|庁)(?:が|の)(?:発表|公表)(?:して(?:いる|います|おります|おる)|した|しました|では|によると|によれば|(?:の)?(?:とおり|通り|どおり))', 'u')
/**
 * Blind R98A-006: in 災害時モード, false disaster information set right with what the city has confirmed on the spot (「市営住宅が浸水で
 * 全壊した」という情報は誤りです。大和団地の1階部分で床下浸水を確認しており…, 損傷がないことを確認しました, 被害は確認されておりません):
 * the guideline's job in a disaster, like the state now. Only in emergency mode (the post is about the disaster), and still not when a
 * criticism is received, the spreaders are scolded or a charge against the city is denied (`correctsHazardInfo`).
 */
export const FACT_CONFIRMED = phrase('確認(?:して|いたして|され|できて)(?:おり|います|おります|いる|おる)|確認(?:しました|いたしました|されました|できました)|確認(?:されて|して)(?:おりません|いません)', 'u')
/**
 * Blind R377A-028 kind: in 災害時モード, the false information set right by stating the facility's own damage as none (センターに被害は
 * ありません, 校舎への浸水はございません, 施設に異常は出ていません): the fact on the spot, as one confirmed is (`FACT_CONFIRMED`). Only damage
 * words stated as absent, and only in emergency mode.
 */
export const NO_DAMAGE_STATED = phrase('(?:被害|損傷|損壊|浸水|異常|支障)(?:は|も)[、,]?(?:一切|全く|まったく|特に)?(?:ありません|ございません|出ていません|出ておりません|発生していません|発生しておりません)', 'u')
/**
 * Blind R401A-021 kind: the false information set right by sending the reader to what the city designates or publishes (避難所は市の指定
 * 避難所をご確認ください, 県が公表している給水所でご確認ください, 指定緊急避難場所をご確認ください): the official facts, as the official word is
 * (`OFFICIAL_WORD`); read with the same guards in `correctsHazardInfo` (no criticism received, no spreaders scolded, no charge).
 */
export const DESIGNATED_POINTED = phrase('(?:(?:市|県|町|村|国)(?:が|の)(?:指定(?:する|した|している)?|公表(?:する|した|している)|公式)(?:の)?[^。！？!?\\n]{0,12}?|指定(?:緊急)?避難(?:所|場所))(?:を|で)[、,]?(?:ご)?(?:確認|覧|参照)', 'u')
export function correctsHazardInfo(fo: string, emergency = false): boolean {
  return INFO_DENIED.test(fo) && (STATE_NOW.test(fo) || (emergency && (FACT_CONFIRMED.test(fo) || NO_DAMAGE_STATED.test(fo))) || ((ANNOUNCED.test(fo) || OFFICIAL_WORD.test(fo) || DESIGNATED_POINTED.test(fo)) && !HOAX_SCOLDED.test(fo))) && (HAZARD.test(fo) || SHELTER.test(fo)) && !CRITICISM_RECEIVED.test(fo) && !scoldsSpreaders(fo) && !CHARGE.test(fo)
}
/**
 * Blind R241E-002 kind: 根も葉もない said of a rumour told as history (過去の大きな地震では「動物園からライオンが逃げた」という根も葉もない
 * 噂が…広まり、多くの方が不安を感じました): an awareness post telling how hoaxes spread, no critic answered and no rumour of today denied.
 * Only the word before a rumour noun that spread, in a sentence set in the past (過去, かつて, 当時, 震災の際); not a charge against the city,
 * a criticism received or the spreaders scolded (then it answers someone).
 */
export const PAST_HOAX_SPREAD = phrase('^根も葉もない(?:噂|うわさ|デマ|話|情報|流言|風評|書き込み|投稿)(?:が|も|を)[^。！？!?\\n]{0,24}?(?:広ま|広が|拡散|出回|流れ|流さ)', 'u')
export const PAST_TIME = phrase('過去|かつて|以前の|当時|昔|これまでの|(?:震災|地震|災害|豪雨|台風|水害)(?:の(?:際|とき|時)|では|の直後|のあと|の後)', 'u')
export function pastHoaxTold(fo: string, at: number): boolean {
  if (!PAST_HOAX_SPREAD.test(fo.slice(at, at + 60))) return false
  const sen = sentenceOf(fo, at, at)
  return PAST_TIME.test(fo.slice(sen.start, sen.end)) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED.test(fo) && !CHARGE.test(fo)
}
/** Round 45: a fraud warning that denies the pretext fraudsters use, with no criticism, scolding or charge against the city in it. */
export function correctsFraud(fo: string): boolean {
  return (FRAUD_WARNING.test(fo) || OFFICE_NEVER_DOES.test(fo)) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED.test(fo) && !CHARGE.test(fo)
}

/**
 * Blind TR-097: 言いがかり as the act of a swindler or trouble-maker told in a warning (車に故意にぶつかり、言いがかりをつけて示談金を要求する
 * 手口, 言いがかりをつけられたら警察へ): the word names what someone does to the reader (言いがかりをつける, つけられる), in a paragraph that warns
 * of a tactic (手口, 当たり屋, 詐欺, 示談金, ご注意, 警察; blind TU-105: 点検商法, 契約を迫る, 消費生活センター) — no critic of the city is answered. Not when the city calls a criticism one
 * (ご指摘は言いがかりです, 言いがかりをつけるのはやめてください) or a criticism is received in the paragraph.
 */
export const TACTIC_ACT = /^(?:言いがかり|言い掛かり|いいがかり)(?:を)?(?:つけ|付け)(?:て|る|られ|ら|た|(?=[、,]))(?!(?:の|こと)(?:は|を)|な(?:いで|[。！!]))/u
export const TACTIC_WARNING = /手口|当たり屋|詐欺|悪質|不審|恐喝|脅し|脅さ|示談金|金銭を要求|金品を要求|ご注意|注意して|気をつけ|気を付け|警察|110番|#9110|被害に|商法|契約を迫|高額な(?:修理|契約|請求|料金)|押し売り|消費生活せんたー|消費者ほつとらいん|(?<![0-9０-９])188(?![0-9０-９])|だまし|騙し/u
export function tacticTold(fo: string, start: number, end: number): boolean {
  return TACTIC_ACT.test(fo.slice(start, Math.min(fo.length, end + 12))) && TACTIC_WARNING.test(fo) && !CRITICISM_RECEIVED.test(fo) && !SCOLDED_CRITIC.test(fo)
}
/** The critic told off in the same paragraph (やめてください, お控えください): the city answering someone, not warning of a tactic. */
export const SCOLDED_CRITIC = /(?:やめ|お控え|控え)て(?:ください|下さい|いただ)|おやめください/u


/** What keeps a denial from being a rumour set right, anywhere in the post (as in `correctsRumour`). */
export function rumourSpoiled(fo: string): boolean {
  return CRITICISM_RECEIVED.test(fo) || scoldsSpreaders(fo) || CHARGE.test(fo) || OBVIOUS_PROOF.test(fo)
}

/*
 *
 * Blind R385J-018 kind: a rumour seen online or said to spread, told with との (SNS上で「閉鎖された」との投稿が見られますが、そのような事実は
 * ありません。…現在も開設しています): false disaster information set right with the state now, the city's duty in a disaster. The との投稿
 * that tells the rumour is then the rumour itself, not a criticism received; what else the paragraph holds still counts, and a rumour of
 * anything else told with との投稿 (「うなぎの産地偽装」との投稿が拡散されていますが) stays a criticism (`receivedBesidesRumour`, read by
 * `correctsRumour`).
 */
export const RUMOUR_TOLD_G = new RegExp(RUMOUR.source, 'gu')
export function receivedBesidesRumour(fo: string): boolean {
  const disaster = RUMOUR.test(fo) && (HAZARD.test(fo) || SHELTER.test(fo)) && STATE_NOW.test(fo)
  return CRITICISM_RECEIVED.test(disaster ? fo.replace(RUMOUR_TOLD_G, '　') : fo)
}
