/**
 * confidential — Leaks of internal meetings (庁議, 部長会議, 市長レク, closed sessions, case conferences) and who filed a complaint or request,
 * as runParagraph reads them: the meeting names, what was said or handed out there told or cited, a requester pointed at, a peek at
 * what is still to come. What stays clean: notices (傍聴はできません), published minutes and outcomes, a meeting as a routine or a topic,
 * a review whose outcome is published, identity withheld as practice.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { BID_COMPANY, BID_ENTRANT_COUNT, CLOSED_TOLD_VALUE, COUNTERPART, EMBARGO_WHEN, VALUE, pointedToPublished } from './context'

/**
 * Blind R62A-059: a paper only insiders may look at, said with a verb of permission denied in any register (関係者しか見たらいかん資料,
 * 職員しか見ちゃいけない, 関係者以外は見てはいけない, 内部の人しか見たらだめなやつ), then shown or presented: a concession right after the
 * paper (資料なんやけど…, 資料なんですけど、…チラシ案です) or a verb of showing or telling in the rest of that sentence or the next
 * (ちょっとだけ見せちゃう, チラ見せ, 公開しちゃう). A rule about who may look (担当職員以外は見てはいけない決まりになっています), a sign
 * (関係者以外立ち入り禁止) and a showing refused are not this.
 */
export const STAFF_ONLY_LOOK =
  /(?:職員|関係者|庁内|内部|課内|部内|係内|幹部|担当者|委員|(?:内部|庁内|役所|市役所|課|係)の(?:人|者|人間|もん)|中の人)(?:しか|だけしか|以外(?:は|が)?)(?:まだ)?見(?:ては|ちゃ|じゃ|たら|ても)(?:いけ(?:な|ん|ませ)|いか(?:ん|な)|なら(?:な|ん)|だめ|ダメ|駄目|あかん|でけん)/gu
/** …a paper, then a concession that goes on to present it (資料なんやけど, もの(なん)ですが, やつだけど). */
export const LOOK_CONCEDED =
  /^[^。！？!?\n]{0,6}?(?:資料|もの|やつ|データ|案|写真|画像|ファイル|書類|文書|企画書|図面|原稿|メモ|シート)(?:(?:なんです|なんだ|なんや|です|だ|や|なん)?(?:けど|けれど|ばってん)|(?:なんです|です|なんや|や|なんだ|だ)が)/u
/** …or shown or told after it (見せちゃう, チラ見せ, 公開しちゃう, ご紹介します), not refused. */
export const LOOK_SHOWN = /(?:お見せ|見せ|チラ見せ|公開し|ご紹介|紹介し|載せ|のせ|アップ|教え|お伝え|お披露目)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず)/u
/**
 * Blind (colleague, round 59): a paper used or shared inside said to be disclosed to the public (庁内で使用している評価シートは、情報公開
 * 請求により開示しています; …は市政情報コーナーで閲覧できます): what is disclosed is no longer staff-only. Only the standing disclosure
 * counts (開示しています, 開示されております); a paper not yet disclosed (まだ開示していないので) or shown before a request stays flagged.
 */
export const DISCLOSED = /開示(?:し(?:ています|ております|ており)|され(?:ています|ております|ており))|(?:情報公開|市政情報|行政資料|行政情報)(?:コーナー|室|センター)[^。！？!?\n]{0,12}?(?:閲覧|ご覧)/u
/** Knowledge only insiders have, told with a decision: 市役所の中の人しか知らない情報ですが、…が決まりました. */
export const INSIDERS_ONLY = /(?:職員|役所|市役所|庁内|内部|関係者|中の人)(?:の人)?(?:しか|だけが?|のみが?)(?:知らな|知って|知り得)[^。！？!?\n]{0,6}?(?:情報|話|こと|ネタ)(?:ですが|だけど|ですけど|なんですが|を)/gu
/** Undisclosed negotiations. */
export const NEGOTIATION =
  /(?:水面下で|極秘(?:に|で|裏に)|秘密裏に|内密に|内々に|非公開で)(?:交渉|協議|調整|話(?:が|を)進|打診|進めて)|(?:(?:誘致|買収|用地買収|用地取得|出店|進出|移籍|合併|提携|契約|賃貸|売却)(?:の|に向けた|に関する|について)?|(?:社|企業|会社|ホテル|事業者|業者|チェーン|グループ|大学|球団)(?:と|との))交渉(?:中|を進め|しています|している|が進ん|の段階|段階|の最中|が大詰め|がまとま|に入って|に入りました)/gu
/**
 * Blind R110A-125: a company named as the party in a negotiation still going on, attributively (いま交渉中の九州精密部品株式会社が来月にも
 * 進出を決める見込み, 交渉を進めている株式会社有明フーズが立地, 協議中の○○ホテルさんが出店予定): who the city is negotiating with and what
 * they are expected to decide, before the announcement. The negotiation named with no company (交渉中のため企業名はお答えできません), a
 * company named as concluded (立地協定を締結しました) and a wage bargaining of staff stay clean.
 */
export const NEGOTIATED_COMPANY = new RegExp(
  '(?:交渉|協議|商談)(?:中の|が大詰めの|(?:を進めている|を進めとる|している|しとる|を続けている|が進んでいる)(?:の)?)[^。！？!?\\n]{0,4}?' +
    '(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}(?:株式会社|有限会社|ホールディングス|グループ|工業|製作所|商事|産業|電機|部品|精工|化学|製薬|食品|物流|運輸|ホテル|フーズ)|(?:株式会社|有限会社|\\(株\\)|㈱)[\\p{Script=Han}\\p{Script=Katakana}ー]{2,12}|[A-Z]社)' +
    '(?=[^。！？!?\\n]{0,48}?(?:進出|立地|出店|移転|開業|決める|決め(?:る|た)|契約|見込み|予定|方向))',
  'gu',
)
/** …said concluded or announced. */
export const NEGOTIATION_PUBLIC = /締結し|協定を結び|記者発表しました|発表しました|公表しました|調印/u
/**
 * Blind R110A-090: a business's consultation with the city cited as the source of its troubles (市の融資相談の記録にも載っとったけん,
 * 経営相談の記録を見ると…資金繰りが, 事業承継の相談記録によれば…廃業を): what a business told the city's counter is a secret of that
 * business. Needs a trouble of the business in the paragraph (身売り, 廃業, 倒産, 資金繰り, 売却, 赤字, 借金). A record kept or protected
 * (記録は5年間保存します), a counter opened and an invitation to consult stay clean.
 */
export const BIZ_CONSULT_RECORD =
  /(?:融資|経営|事業|資金繰り|事業承継|創業|金融|制度融資|経営改善)(?:の)?(?:ご)?相談(?:の)?(?:記録|記録簿|台帳|票|カード|メモ|履歴|データ|ファイル)(?:に(?:も)?(?:載|のっ|書|残っ|あ)|では|を見ると|を見たら|ば見たら|見たら|によると|によれば|から)/gu
/**
 * Blind R173I-087: what one named business told the city in a hearing, a visit or a consultation about its own figures or state, passed on
 * (事業者ヒアリングで聞いた話、A社さんは売上が前年の3割減だったそうで; 企業訪問で伺ったところ、〇〇旅館さんは資金繰りが厳しいと): a business's
 * undisclosed figures learnt on duty are its secret. Needs a business named (A社, …さん, …旅館, …商店); the hearing's views summed up for
 * all (多くの事業者から売上が減ったとの声), a policy built on them, an invitation to a hearing and a business's own published results stay clean.
 */
export const BIZ_HEARD =
  /(?:ヒアリング|聞き取り|聴き取り|面談|個別相談|経営相談|相談会|企業訪問|事業者訪問|訪問|意見交換)(?:で|の際に?|の時に?|のときに?|の席で|の場で)[^。！？!?\n]{0,4}?(?:聞いた|伺った|お聞きした|お伺いした|聞きました|伺いました|お聞きしました|教えてもらった|教えていただいた|聞いたんですが|伺ったんですが)(?:話|ところ|こと|んですが|んだけど|んやけど|けど|のですが)?(?:では|だと|によると|ですが|やけど|だけど|です)?[、,]?[^。！？!?\n]{0,16}?(?<biz>[A-Z]社|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:社|屋|店|旅館|ホテル|商店|工業|産業|農園|観光|酒造|物産|食品)|[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー]{2,10}(?:旅館|ホテル|商店|酒造|農園|物産|食品))(?:さん|様)?(?:は|が|の|も|って|では|とこ(?:ろ)?(?:は|も))[、,]?[^。！？!?\n]{0,12}?(?:売上|売り上げ|収益|利益|赤字|黒字|借入|借金|負債|資金繰り|業績|経営状況|経営|客数|来客数|受注|入込客|稼働率|予約)(?:が|は|も|の)?[^。！？!?\n]{0,16}?(?:[0-9０-９一二三四五六七八九十]+(?:割|%|％|万|億|千|円|人|件)|半減|激減|減っ|減少|落ち込|厳し|苦し|火の車|赤字|ゼロ|増え|伸び)/gu
export const BIZ_HEARD_GENERIC = /^(?:各社|他社|多くの|各店|お店|同社|御社|貴社|弊社|当社|会社|本社|支社|商社|全社)$/u
export const BIZ_TROUBLE = /身売り|廃業|倒産|破産|資金繰り|売却|事業譲渡|閉店|店じまい|店を畳|店ば畳|赤字|借金|負債|滞納|経営難|経営不振|後継ぎ|後継者がい|後継ぎのおらん|手放|不渡り/u
/*
 * Round 9 kinds: a matter the city has not made public, told in any register (standard, keigo,
 * 筑後弁・博多弁 〜とらん／〜やけん／〜と, casual). Each is a construction with bounded gaps.
 */
/** A negative after a te-form, in every register: 出ていない, 出てません, 出ておらん, 出とらん, 出とりません, 出てへん, 出てなか. */
const NEG = '(?:て(?:い)?(?:ない|なか|ません|へん)|ておら(?:ん|ず)|ておりません|とら(?:ん|ない|ず|へん)|とりません)'
/** A concession or reason that goes on to tell: ですけど, やけん, ばってん, なので. */
const GOES_ON = '(?:なんですが|なんですけど|なんだけど|なんやけど|なんやけん|ですけど|ですけれど|ですが|だけど|やけど|だけれど|ばってん|けど|けれど|やけん|だけん|ですけん|けん|なので|なんで|ですので|だから|とですが|んですが|んだけど|ながら)'
/**
 * Not yet public, said before telling: まだ表に出とらん話ですけど, まだ公になっていない情報ですが, 記者発表の前なので,
 * まだ発表の前やけん, 正式な発表の前ですが. (A bare 発表の前 is a school presentation: it needs まだ or 正式.)
 * Blind R62A-090: said of the matter as a thing (正式にはまだ外に出ていないものですが、…メモをそのまま載せます; まだ表に出てないやつなんだけど).
 */
export const NOT_PUBLIC = new RegExp(
  `(?:まだ(?:表|世間|公|おおやけ|外)(?:に|には)|(?:表|世間|公|おおやけ)(?:に|には))(?:出|なっ)${NEG}(?:話|情報|こと|ネタ|件|内容|もの|やつ|段階|ところ)?(?:(?:です|でした|やった|だった)?${GOES_ON}|でございますが|ではございますが)|` +
    `(?:まだ(?:表|外|世間|公|おおやけ)(?:に|には)|(?:表|世間|公|おおやけ)(?:に|には)|まだどこ(?:に|へ)も)(?:出|出し|なっ)${NEG}(?:話|情報|ネタ|数字|数値|データ|資料)|` +
    `まだ(?:対外的に(?:は)?|一般(?:に|には|向けには)|外部(?:に|には)|正式に(?:は)?)?(?:公表|発表|公開|解禁|報道|正式発表|記者発表)(?:され|し)${NEG}(?:話|情報|こと|ネタ|件|内容|日程|日付|予定|計画|方針|数字|数値|金額|名簿|リスト|案)?(?:です|でした|やった|だった|でございます)?${GOES_ON}|` +
    `(?:まだ)?(?:表|公|おおやけ|オープン)(?:に|には)(?:は)?(?:出せ|でき|出来)(?:ん|ない|ません|なか)(?:話|情報|こと|ネタ|件|内容)?(?:です|でした|やった|だった)?${GOES_ON}|` +
    `(?:まだ)?外(?:に|には)(?:は)?(?:出せ|出|でき|出来)(?:ん|ない|ません|なか)(?:話|情報|ネタ)|` +
    `(?:記者発表|報道発表|正式発表|公式発表|公表|プレスリリース|情報解禁|報道解禁|まだ発表|正式な発表|正式なお知らせ|公式の発表)(?:の|する|される)前(?:の段階)?(?:なので|なんで|やけん|だけん|ですけん|ですので|ですが|ですけど|だけど|やけど|ばってん|につき|で(?:す)?(?:が|けど|けん)|とですが|なんですが|なんだけど|だから|ではありますが)|` +
    `(?:議会|委員会|全員協議会|市民|住民)(?:の[\\p{Script=Han}]{1,8}?)?(?:に|へ|で)(?:は|も|の)?(?:まだ)?(?:ご)?(?:報告|説明|提出|公表|発表|上程)(?:する|される|いたす)?前(?:の段階)?(?:なんですが|なんだけど|なので|なんで|やけん|だけん|ですので|ですが|ですけど|だけど|やけど|ばってん|につき|とですが|だから)|` +
    `(?:公表|発表|記者発表|解禁)前(?:やけん|だけん|ですけん|やけど|ばってん|なんで|だから|とですが)`,
  'gu',
)
/**
 * Blind R248B-028 / R248B-031 kind: the post itself concedes that a matter has not been let out, to the press or outside (報道には出していない
 * 日程ですが, 対外的に公表していない話ですけど) or that its result is not published (監査の結果は公表していないのですが), and goes on to tell it in
 * the same sentence (少しだけお伝えすると…3点の改善指摘を受けています; …社長と料亭で非公式に会食されます). Checked as CLOSED_BUT is: what
 * follows must tell a value, a decision or a private meeting, and a notice to wait or where to look is no telling.
 */
export const NOT_RELEASED_BUT = new RegExp(
  `(?:(?:報道|マスコミ|記者(?:クラブ)?|プレス|外部|対外的|外|表|一般)(?:に|には|へ|へは|向けに(?:は)?)(?:は|も)?[、,]?(?:まだ)?(?:出し|お出しし|公表し|発表し|公開し|お知らせし|発信し|流し)${NEG}` +
    `|(?:結果|内容|中身|詳細|日程|予定|数字|金額)(?:は|も)[、,]?(?:まだ)?(?:公表|発表|公開)(?:し|いたし)${NEG})` +
    `(?:(?:日程|予定|情報|話|内容|結果|数字|件|こと|もの|ネタ)(?:です|でした|だ|なん(?:です|だ)?|なの)?|(?:の|ん)(?:です|だ|や)?)?(?:が|けど|けれど|けれども|ばってん)[、,]?`,
  'gu',
)
/** With a result or the content said unpublished (結果は公表していないのですが), the telling must be said too (少しだけお伝えすると). */
export const RESULT_UNPUBLISHED_HEAD = /^(?:結果|内容|中身|詳細|日程|予定|数字|金額)/u
export const RESULT_TOLD_ANYWAY = /^[^。！？!?\n]{0,12}?(?:少しだけ|ちょっとだけ|ちょっと|こっそり|特別に|ここだけ|内緒で|ないしょで|(?:お伝え|ご紹介|紹介|お話し|話|言う|明か|教え|バラ)す(?:る)?と)/u
/** …a private meeting of an official told as what follows (…社長と料亭で非公式に会食されます, …と面会). */
export const TOLD_PRIVATE_MEETING = /(?:と|で)[^。！？!?\n]{0,16}?(?:会食|面会|会談|懇談|密談)|非公式に/u
/**
 * Blind R176D-022: a figure the post itself calls not yet to be let out, as a concession beside the figure it gives (速報📣 …前年比118％の
 * 約9万2千人！（議会報告前のため対外的にはまだ出せない数字ですが…）; 外部にはまだ公表できないデータなんですけど、…): the figure is told
 * anyway. A figure, a tally or a dataset named as what cannot be let out, with a figure in the paragraph (PRELIM_FIGURE); a notice that
 * the figures cannot be given yet (正確な数字はまだ出せませんが、集計でき次第お知らせします) names no thing held and tells none.
 */
export const FIGURE_NOT_OUT = new RegExp(
  `(?:対外的に|外部(?:に|へ)|外(?:に|へ)|一般(?:に|向けに))(?:は)?[、,]?(?:まだ|いまだ)?(?:(?:出せ|公表でき|公開でき|発表でき|お出しでき|お見せでき)(?:ん|ない|ません|なか)|(?:出|出し|出さ?れ|公表し|公表され|公開し|公開され|発表し|発表され|お出しし)${NEG})(?:数字|数値|データ|集計(?:値|結果)?|速報値|暫定値|統計|実績値|結果)(?:なん|なの)?(?:です|だ|や|でございます)?${GOES_ON}`,
  'gu',
)
/**
 * Blind R203I-046: a paper the writer calls not yet given outside, said as the reason or the concession of the post that hands it on (まだ外部には
 * 出していない資料なので、…には使わないでください; 庁外には配布していない表ですが、…): the post itself carries a paper kept inside. The same
 * words before a refusal (…資料なので、お見せできません) or a notice (完成次第公開します, 後日お知らせします) hand on nothing.
 */
export const PAPER_NOT_OUT_YET = new RegExp(
  `(?:まだ)?(?:外部|庁外|対外的|外)(?:に|へ)(?:は|も)?[、,]?(?:まだ)?(?:出し|出さ?れ|公表し|公表され|公開し|公開され|配布し|配布され|配付し|提供し|提供され|お出しし|お渡しし|渡し)${NEG}(?:資料|文書|書類|表|一覧|名簿|リスト|図面|計画|案|もの)(?:なん|なの)?(?:です|だ|や|でございます)?${GOES_ON}`,
  'gu',
)
export const PAPER_NOT_OUT_HELD = /開示|情報公開|次第|後日|改めて|あらためて|お待ち|完成(?:後|したら)|確定(?:後|したら)|公開(?:は|まで)|公表(?:は|まで)/u
/** A matter the city holds (something is told, not only announced): for the generic markers. */
export const MATTER = /決ま|決定|改定|改正|変わ|変更|新し|料金|値上|値下|有料|無料|ゲスト|キャラ|デザイン|固ま|内定|内示|人事|異動|予算|入札|落札|処分|契約|協定|覚書|締結|誘致|進出|出店|建設|開業|オープン|選ば|選定|採用|価格|金額|[0-9〇一二三四五六七八九十百千万億](?:円|万|億)|計画|事業|戻ら|移ら|辞め|退職|閉鎖|廃止|統合|移転/u
/** Blind R62A-090: more matters, for a not-yet-public thing (まだ外に出ていないものですが): grants, allocations, outlooks, cuts and delays. */
export const MATTER_MORE = /補助|交付金|配分|方向|方針|見通し|見込み|減ら|減る|減っ|増や|遅れ|延期|中止|縮小|拡大|見送/u
/** Blind R360H-035: an outbreak or a case count in a facility, a matter the health authority announces. */
export const OUTBREAK_MATTER = /集団感染|クラスター|集団発生|院内感染|施設内感染|食中毒|感染者が|陽性者が/u
export const THING_NOT_OUT = /(?:もの|やつ|段階|ところ)(?:です|でした|やった|だった|なん|でござ|ではござ|やけ|だけ|けど|けれど|ばってん|なので|ながら)/u
/** A teaser of a public event (中身は内緒ですが、抽選で…): withheld, not told. */
/** A figure of the city's business told off the record (6割しか売れてない, 申込は120件, 3%): a tally kept inside. */
export const OFF_RECORD_FIGURE = /[0-9〇一二三四五六七八九十百千万]+(?:割|%|％|件|人|名|枚|席|社|世帯|団体|億|万)/u
export const TEASER = /抽選|プレゼント|お楽しみ|当たります|当たる|クイズ|ヒント|正解/u
/**
 * Told off the record: ここだけの話, 内緒やけど, オフレコで (with a matter of the city; hearsay alone is unofficial's warning). Blind
 * R127A-082: said to be for insiders only (関係者だけの話だけど, 職員限りの話ですが), and a figure of the city's business in place of a
 * decision (まだ6割しか売れてない, 申込みは3割, 120件): an internal tally told off the record. Blind R171I-003: kept secret until the
 * release, said as a concession before the matter is told (来週の記者発表までナイショやけど、…約3,000発に増えます; 公表までは内緒ですが、
 * …予算は…); a teaser that only withholds (発表まで内緒です！お楽しみに) ends there and stays clean.
 * Blind R302K-017 kind (conf20): the matter said to be one that must not go out, as a concession before it is told (本当は外に出しちゃいけない
 * 話なんですが…契約額…約1,250万円; 表には出せない話ですが, オフレコですが): the same off-the-record aside in other words.
 * Review (conf22) kind: the aside said as what cannot be said aloud or in public (大きな声では言えませんが、契約額は約1,250万円です; 表立っては
 * 言えないけど, 公には言えない話ですが), with a decision or a figure of the city in the sentence or the next.
 */
export const OFF_RECORD = /(?<![はもまで])(?:(?:(?:記者|報道|正式|公式)?(?:発表|公表|解禁|会見|お披露目|リリース)(?:日|の日)?まで(?:は)?(?:ナイショ|ないしょ|内緒|秘密|ひみつ|ヒミツ|内密)(?:な)?(?:やけど|だけど|ですけど|ですが|なんですが|なんだけど|なんやけど|ばってん|ですけれど|だけれど))|(?:関係者|職員|内部|身内|庁内|課内|スタッフ|運営側?|うち)(?:だけ|のみ|限り)の(?:話|秘密|ナイショ|内緒|情報)|ここだけの話|ここだけ(?:の)?(?:秘密|ナイショ|内緒)|内緒(?:の話|やけど|だけど|ですけど|ですが|なんですが|なんだけど|ばってん|で(?:すが)?(?:教え|お伝え))|(?:ナイショ|ないしょ|ひみつ|ヒミツ)(?:の話|やけど|だけど|ですけど|ですが|なんだけど|なんですが)|内密に(?:お願い|して))|(?:本当は|ほんとは|ホントは|本来は?)?[、,]?(?:外|表|外部)(?:に|には)出(?:しちゃ|しては|したら|しちゃあ)(?:いけない|いけん|ダメな|だめな|あかん|アカン|まずい)(?:話|こと|情報)(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ですけれど|ばってん)|(?:外|表|外部)(?:に|には)出せない(?:話|情報)(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ばってん)|オフレコ(?:の話)?(?:なん|な)?(?:ですが|だけど|やけど|ですけど|ばってん)|(?:(?:大きな|おおきな|大きい)声(?:では|じゃ|で)(?:は)?|(?:公|おおやけ|大っぴら|おおっぴら)に(?:は)?|表立って(?:は)?)(?:言え|いえ|申せ|申し上げられ)(?:ない|ません|ん)(?:話|こと)?(?:なん|な)?(?:ですが|だけど|やけど|ですけど|けど|が|ばってん)/gu
/**
 * Off the record as an aside, before or after what was heard inside (打合せで…担当者さんから「…」と聞きました。ここだけの話で…,
 * オフレコでお願いしますね, 内緒にしといてね). Not when the aside is refused (ここだけの話にせず, 秘密厳守).
 */
export const OFF_ASIDE =
  /(?<![はもまで])(?:ここだけの話|ここだけの秘密|オフレコ)(?!にせず|にしない|にはせず|にはしない|では|じゃ)|(?<![はもまでの])(?:内緒|ナイショ|ないしょ|秘密|ひみつ|ヒミツ)(?=です|だよ|だけど|やけど|やけん|ばい|ね|よ|なので|なんで|なんだけど|なんですが|で(?:お願い|ね|よ|す|教え|お伝え)|に(?:して|しと|しましょう|しておい|しといて)|の話|[…〜~。！!]|$)/gu
/** What was heard inside: in a meeting, or from a member of staff or a partner body (…から「…」と聞きました). */
export const HEARD_INSIDE =
  /(?:打ち?合わ?せ|会議|協議会|会合|ミーティング|懇談会|意見交換会?|連絡会|レク|勉強会|幹事会|部会)(?:で|の席で|の場で|の後で?|のあと|のときに?|の時に?)|(?:担当者?|職員|課長|部長|係長|所長|館長|局長|センター|事務局|関係者|上司|幹部|先輩|県|国|署|本庁|役員|理事)(?:さん|の方|の人|の方々)?(?:から|に|が)[^。！？!?\n]{0,60}?(?:聞き|聞い|聞か|伺い|伺っ|教えて|教わ|言われ|言って|話して|おっしゃ)|」と(?:聞き|聞い|伺|言われ|言って|おっしゃ|話して)/u
/**
 * Blind R282V-049 kind (conf15): a matter the writer's side handled without publishing it, told now (公表しないまま内々に処理してきた
 * 観光団体補助金の精算漏れ（約480万円）, 表に出さずに片付けた…, 内密に済ませてきた…の過払い): the concealment confessed, with what was
 * hidden. Publishing alone is withheld in ordinary care (個人情報は公表せずに処理), so 公表せず needs a quiet word (内々に, こっそり).
 * The sentence must name the matter (a sum, a count, or a fault word: 漏れ, ミス, 不正, 過払い …); a lesson or a pledge against it
 * (内々に処理することなく公表します, 表に出さずに処理するようなことは許されません) is not this.
 */
export const HANDLED_QUIETLY = /(?:(?:(?:公表|発表|報告|公に)(?:を)?(?:し|せ)(?:ないまま|ずに|ず)[、,]?(?:内々に|内々で|内密に|こっそり|ひそかに|密かに|水面下で)|(?:表|公|おおやけ)(?:に|へ)(?:は)?出さ(?:ないまま|ずに|ず)[、,]?(?:内々に|内々で|内密に|こっそり|ひそかに|密かに|水面下で)?)(?:処理|精算|始末|片付け|片づけ|もみ消|揉み消|済ませ|済まし|収め)|(?:内々|内内|内密|秘密裏|水面下)(?:に|で)(?:処理|始末|片付け|片づけ|もみ消|揉み消|済ませ|済まし|収め))(?!(?:する|した)?(?:こと(?:は|なく|の(?:ない|ないよう))|ような|べき|のは|ではなく|ない|ず|ません))/gu
/** Cheap gates for HANDLED_QUIETLY and SETTLEMENT_FORECAST. */
export const QUIETLY_MAY = /ないまま|ずに|せず|出さず|伏せたまま|内々|内内|内密|秘密裏|水面下/u
export const SETTLEMENT_MAY = /和解|示談|解決金|賠償|補償/u
/** What was handled quietly, named in the same sentence: a sum, a count, or a fault word. */
export const HIDDEN_MATTER = /[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?(?:円|件|人|名|世帯)|漏れ|ミス|不正|不備|過払い|未払い|誤り|誤支給|紛失|流出|不祥事|事故|損失|使い込み|横領/u
/** A lesson or a pledge around such handling: the wording is condemned or refused, not confessed. */
export const HANDLED_QUIETLY_DENIED = /(?:こと(?:は|なく|の(?:ない|ないよう))|ような|べき|のは|ではなく)[^。！？!?\n]{0,12}?(?:許され|あっては|いけ|なりません|しません|いたしません|公表|ありません)|(?:しません|いたしません|ありません|ございません|しておりません)(?:[。！!]|$)/u
/**
 * Blind R281B-018 kind (conf15): the sum a dispute still being talked over is expected to settle at (和解金は市の負担で380万円程度になる
 * 見通し, 示談金は200万円前後でまとまる方向, 賠償額は1千万円規模になりそう): the figure, before the settlement is made and published. Told
 * only where the paragraph says the talks go on or the release is ahead (話し合いが続いている, 協議中, 公表はまだ先, ここだけ); a settlement
 * reached and reported to the council (和解が成立し、和解金…を議会に報告) is public.
 * Blind R285D-007 kind (conf16): the sum still being worked out with the other side, told with it (補償額は総額380万円で先方と詰めている
 * ところです, 賠償額は1人あたり5万円で協議中です): the negotiation's figure let out before it is agreed. A promise to deal with it
 * (補償については誠意をもって対応してまいります) names no sum; an amount paid or agreed is not under negotiation.
 */
export const SETTLEMENT_FORECAST = /(?:和解金|和解額|示談金|解決金|賠償額|賠償金|損害賠償金|損害賠償額|補償額|補償金)(?:は|が|も)[、,]?[^。！？!?\n]{0,16}?[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?円(?:程度|前後|ほど|くらい|ぐらい|規模|余り|あまり)?(?:に|と|で)?(?:なる|なり|落ち着く|落ち着き|まとまる|まとまり|決まる|収まる)?(?:見通し|見込み|方向|模様|もよう|そう|らしい|とのこと|ようです|みたい|(?<=円(?:程度|前後|ほど|くらい|ぐらい|規模)?で)[、,]?[^。！？!?\n]{0,10}?(?:詰めて(?:いる|います|おり|る|いく)|(?:協議|調整|交渉|折衝)(?:中|して(?:いる|います|おり|る)|を(?:進めて|続けて))))/gu
/** …and the paragraph says the talks go on or the release is ahead. */
export const SETTLEMENT_PENDING = /話し合い(?:が|を)?(?:続|継続|進め)|詰めて(?:いる|います|おり|る|いく)|(?:協議|調整|交渉|折衝)して(?:いる|います|おり|る)|調整中|協議(?:中|が続|を続)|交渉(?:中|が続|を続)|調停中|係争中|訴訟中|(?:公表|発表|正式発表)(?:は|が|も)?まだ|(?:公表|発表)前|ここだけ|内緒|オフレコ|成立(?:は|が)?(?:まだ|前|して(?:い|お)ません)/u
/** A decision made in private: 内々に決まった, 水面下で固まった, 極秘に内定. */
export const PRIVATE_DECISION = /(?:内々|内内|内密|水面下|極秘|秘密裏|非公式)(?:に|で|裏に)(?:は)?[^。！？!?\n、]{0,8}?(?:決ま|決定|固ま|内定|まとま|合意|話がつ|了承|了解を得)/gu
/** Disciplinary action against staff (a personnel matter the city publishes itself, and only when it decides). */
/**
 * Blind R293T-008 kind (conf18): an internal inquiry's finding about a named worker and the penalty expected from it (運行事業者の内部調査で
 * 運転士の非を認めており、処分は乗務停止3日間となる見込み; 社内調査の結果、処分は減給となる予定): the inquiry and the individual's
 * penalty, before either is published. Needs the inquiry and a worker in the paragraph, and a penalty said to be coming.
 */
export const INTERNAL_INQUIRY = /内部調査|社内調査|庁内調査|内部の調査|社内の調査|事業者(?:側)?の調査/u
export const INQUIRY_WORKER = /職員|社員|従業員|運転士|運転手|乗務員|ドライバー|作業員|担当者|係員|駅員|隊員|教員|保育士|警備員|委託先の/u
export const PENALTY_EXPECTED = /^[^。！？!?\n]{0,20}?(?:(?:と|に)なる|となり|になり)?(?:見込み|見通し|予定|方向|模様)/u
/** …proposed, in a paragraph about a member of staff (STAFF): a drama's plot or a disposal plan is not this. */
export const PENALTY_PROPOSED = /^(?:(?:の)?(?:原案|案)(?:[（(]|は|が|で|と|として|、|,)|[^。！？!?\n]{0,16}?(?:審査会|審査委員会|懲戒委員会|委員会|審議会)(?:に|へ|で)(?:かか|かけ|諮|付議|付され|上が|上げ|出され|審議))/u
/** Said to be not yet public, somewhere in the paragraph: 発表は来週やけん, それまでは言えん, まだ表に出せない. */
export const NOT_YET_SAID = /(?:来週|来月|明日|後日|近々|週明け|月曜|火曜|水曜|木曜|金曜)(?:に|の)?(?:記者|報道|正式|公式)?(?:発表|公表)|正式に(?:は)?(?:[^。！？!?\n]{0,16}?(?:で|に))?(?:決ま|決定さ)(?:ります|る(?![こもの])|れます)|(?:発表|公表)まで(?:は|今しばらく|しばらく|もう少し|お待ち)|(?:発表|公表|公開|報道|記者発表|正式発表)(?:は|が|も)?(?:まだ|来週|来月|明日|これから|後日|近々|そのうち|[0-9]+日)|(?:発表|公表)(?:前|の前|される前|するまで|までは)|それまで(?:は)?(?:これ以上(?:は)?)?(?:言え|書け|話せ|お伝えでき)|(?:これ以上|詳しく)は(?:言え|書け|話せ|お伝えでき|申し上げられ)|まだ(?:表|外|公)に|(?:まだ[、,]?(?:ご)?(?:本人|当人|当該職員)(?:さん)?(?:に|へ)(?:は|も)?|(?:ご)?(?:本人|当人|当該職員)(?:さん)?(?:に|へ)(?:は|も)?[、,]?まだ)(?:お|ご)?(?:伝わ|伝え|知らせ|言っ|言う|通知|話し|話さ|告げ|連絡)|ここだけ|内緒|ナイショ|内々|オフレコ|言わんで|言わないで|そうです|そうだ|らしい|らしか|みたい|げな|ごた|とのこと|って(?:話|聞)|(?:と|って)(?:聞いて|伺って)(?:おり|お|い)|(?:調べて|調査して|調査を進めて|聞き取りを進めて)(?:おり|お|い)(?:ます|ますが|ますので|、|,)|調査中/u
/**
 * Blind R274K-012 kind: a disciplinary process told as under way against a member of staff, or what the internal inquiry found about them
 * (内部調査の結果、過去にも同様の苦情が三件寄せられていたことが判明しております。現在、厳正な処分に向けて手続きを進めております): the
 * inquiry's findings and the penalty being prepared are personnel matters the city publishes itself, when it decides. Needs a member of staff
 * (STAFF) in the paragraph; the penalty announced (PENALTY_PUBLIC: 処分を公表しました), a report published and waste being disposed of
 * (廃棄物の処分に向けて手続きを進めています: no staff) stay clean.
 */
export const PENALTY_UNDER_WAY =
  /(?:懲戒|厳正な|厳重な|しかるべき|然るべき|相応の)処分(?:に向け(?:て|た)|を(?:含め(?:て)?|前提に)|の(?:検討|手続き?))[^。！？!?\n]{0,12}?(?:手続き?|検討|調整|審査)(?:を)?(?:進めて|行って|して|中)|内部(?:調査|での調査|の調査|の聞き取り)の結果[、,]?[^。！？!?\n]{0,40}?(?:判明|分かり|わかり|確認され)(?:し|まし|ており|ています|ております)/gu
/** …said published, in a report or on the city's site. */
export const PENALTY_INQUIRY_PUBLISHED = /報告書|公表し|公表いたし|発表し|ホームページ|市HP|記者会見/u
/**
 * Blind R273B-009 kind: a named contractor's internal dispute told by the city (施工をお願いしている有明総合建設さんが下請けさんへの支払いで
 * 揉めていて、現場が2週間ほど止まっていた; 元請けの…工務店が職人さんへの賃金を払えていない): the trouble of a business the city learnt as
 * its client, not announced. A contractor named in a published award (…建設株式会社が落札しました), a notice on subcontract payments
 * (下請代金の支払い遅延の相談窓口) and an awareness post stay clean.
 */
export const CONTRACTOR_DISPUTE = new RegExp(
  `(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:建設|建工|工務店|土木|工業|電設|設備|舗道|造園)|施工業者|受注業者|請負業者|施工会社|元請け?(?:業者|会社)?)(?:さん|様|株式会社)?(?:が|は|と|で|側で|の方で|内部で)[、,]?[^。！？!?\\n]{0,14}?(?:下請け?|孫請け?|協力会社|協力業者|職人|作業員|従業員)(?:さん|業者)?(?:へ|と|に|との|への|に対する)(?:の)?[^。！？!?\\n]{0,12}?(?:揉め|もめ|モメ|トラブ|未払|不払|払えて(?:い)?な|払われて(?:い)?な|支払いが(?:遅|滞)|争)`,
  'gu',
)
export const CONTRACTOR_NOTICE = /相談|窓口|防止|ご注意|注意|ガイドライン|下請法|適正化|講習|研修|セミナー/u
/**
 * Blind R273B-018 kind: an internal staff survey's raw results by department (「休日出勤が月2回以上ある」と答えた職員は建設課で74％), or its free
 * comments naming a manager (自由記述には課長の名前を挙げた厳しい意見も): what staff told an internal survey, before any report. A resident
 * survey by district (中央地区で74％), a survey's results published (結果を公表しました, 報告書) and a survey's total with no department stay clean.
 */
export const STAFF_SURVEY_BREAKDOWN =
  /(?:答えた|回答した|選んだ)職員(?:の割合)?(?:は|が)[、,]?[^。！？!?\n]{0,8}?[\p{Script=Han}]{1,6}(?:課|係|室|部|支所|センター)(?:で|は|が)[0-9]{1,3}(?:\.[0-9])?(?:%|％|割)|自由(?:記述|回答|意見|記入)(?:欄)?(?:には|では|に|で)[、,]?[^。！？!?\n]{0,12}?(?:課長|部長|係長|室長|所長|館長|上司|管理職)(?:の|さんの)?(?:名前|実名|名指し|個人名)/gu
export const SURVEY_PUBLISHED = /公表し|公表いたし|報告書|ホームページ|市HP|掲載し/u
/**
 * Blind R275W-047 kind: the hold line of a press release posted with it, with no 解禁 (※取扱い：1月9日(金)15時までは報道・公表をお控えください,
 * 10日正午までは掲載・放送をご遠慮ください): a date or time, then a request to the press not to report until then; the post is the release
 * before its time. Reporting of the press must be named (報道, 掲載, 放送, 記事化); a time for parking or entry (12時までは駐車をお控え),
 * filming let in later (取材) and a hold already lifted (解禁となりました, 解禁後) are not this.
 */
export const EMBARGO_UNTIL_ASK = new RegExp(
  `${EMBARGO_WHEN}(?:\\([月火水木金土日]\\))?(?:(?:午前|午後)?[0-9]{1,2}時(?:[0-9]{1,2}分)?|[0-9]{1,2}:[0-9]{2}|正午)?(?:まで|以前)(?:は|の間は?)?[、,]?` +
    `(?:(?:報道|掲載|放送|記事化)(?:[・、]?(?:公表|公開|配信|発信|投稿|報道|掲載|放送)){0,2}|(?:公表|公開|配信|発信)[・、](?:報道|掲載|放送)(?:[・、]?(?:公表|公開|配信|発信|投稿)){0,1})` +
    `(?:等|など)?(?:を|は|も)?(?:しないで|なさらないで|行わないで|お控え|控えて|ご遠慮|差し控え|しないよう)`,
  'gu',
)
export const EMBARGO_LIFTED = /解禁(?:と(?:なり|なっ)|され|しました|後|済)|でした|ましたが|いましたが|過ぎ/u
/** A personnel move decided: 異動が決まりました, 市民課に決まったそうです, 教育委員会に移られることになった. */
export const MOVE = /(?:異動|転勤|転出|昇進|昇格|栄転|着任|就任|退任|配属|出向|後任|戻られ|戻る|移られ|移る|行かれ|来られ|人事)[^。！？!?\n]{0,16}?(?:が決ま|に決ま|で決ま|が内定|に内定|が固ま|ことにな|ことが決ま|になりま|になった|になる(?:そう|らしい|みたい|って))/gu
export const MOVE_PUBLIC = /付の人事|付で|付け|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|お知らせします/u
/**
 * Who filed a complaint or a request: 要望を出されたのはお隣の方ではなかですよ, 苦情を入れたのは向かいの田中さん,
 * 角のお宅の方からのご連絡でした, 申出人は同じ班の…. A neighbour named by place or name, as the answer.
 */
const NEIGHBOUR = '(?:お?隣(?!の?[\\p{Script=Han}]{1,4}(?:市|町|村|県|国|自治体))|両隣|隣家|隣人|お?向かい|斜め向かい|裏の|裏手の|角の|同じ(?:班|組|町内|地区|区|アパート|マンション|棟|階|通り)|ご?近所|上の階|下の階|[0-9]+号室|[0-9]+番地|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様|氏)(?:ち|宅|の(?:お宅|ご主人|奥さん|旦那さん|息子さん|娘さん)))'
const NAMED = '[\\p{Script=Han}]{1,4}(?<![皆各長員])(?:さん|様|氏)'
const COMPLAINT = '(?:苦情|要望|クレーム|申し出|申出|通報|投書|陳情|相談)'
const FILED = '(?:苦情|要望|クレーム|申し出|申出|通報|投書|陳情|意見|相談|連絡|問い合わせ|お問い合わせ|申し入れ|申入れ|お電話|電話)'
export const COMPLAINANT = new RegExp(
  `${FILED}(?:を|が)?[\\p{Script=Hiragana}\\p{Script=Han}]{0,8}?(?:た|だ)(?:の|人|方|かた)(?:は|って|が)[、,\\s]?[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様)(?:です|でした|やった|だった|ですよ|ではな|じゃな))|` +
    `${FILED}(?:は|って|も)[、,\\s]?[^。！？!?\\n]{0,12}?${NEIGHBOUR}[^。！？!?\\n]{0,8}?(?:から|より)(?:でした|です(?!が|けど|ので)|やった|だった|ですよ|ばい|たい|ではな|じゃな|で[、,])|` +
    `${COMPLAINT}(?:の電話|のお電話|のご連絡|の連絡)?(?:は|って)[、,\\s]?[^。！？!?\\n]{0,12}?${NAMED}(?:から|より)(?:でした|です(?!が|けど|ので)|やった|だった|ですよ|ばい|たい|で[、,])|` +
    `${NAMED}(?:から|より)の?(?:ご|お)?${COMPLAINT}(?:でした|です(?!が|けど|ので|から)|やった|だった|ではな|じゃな|ですよ|でしたよ)|` +
    `${NEIGHBOUR}[^。！？!?\\n]{0,12}?(?:から|より)の?(?:ご)?${FILED}(?:でした|です(?!が|けど|ので|から)|やった|だった|ではな|じゃな|ではありま|でござ|ですよ|でしたよ|ばい|たい)|` +
    `(?:申出人|申し出人|申立人|通報者|通報した(?:人|方)|(?:苦情|クレーム|通報|投書|要望)(?:の)?(?:主|出し主|送り主|者|申出者)|苦情を(?:言|入れ|出)(?:っ|れ|し)た(?:人|方)|要望者|陳情者|投書(?:の)?主)(?:は|が|って|の方は)[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|[\\p{Script=Han}]{1,4}(?<!皆|各)(?:さん|様|氏)|の方(?:です|でした|やった|ですよ))`,
  'gu',
)
/**
 * Blind R72A-121: a tally of complaints, then one of them put to a person told by name, by role in the neighbourhood or by place
 * (苦情が3件寄せられておりまして、…うち1件は近隣の自治会長さんからのものでした; 通報は4件、そのうち2件は向かいのお宅からです;
 * 1件目は同じ班の班長さんからやった): counting the complaints does not hide who made one. The role is one person of a small place
 * (自治会長, 区長, 班長, 民生委員, 大家…). A count put to no one (うち1件は市外の方から, 事業者から) and entries of a contest are not this.
 */
const ROLE = '(?:近隣の|ご?近所の|地元の|地区の|町内の|同じ(?:班|組|町内|地区)の)?(?:自治会長|町内会長|町内会の会長|行政区長|区長|班長|隣組長|組長|公民館長|民生委員|児童委員|PTA会長|理事長|大家|家主|管理人|地主)(?:さん|様|氏)?'
/** One person by name (田中さん, 佐藤様), not a group or a trade (お客様, 利用者様, 農家さん, 住民の皆さん). */
const NAMED_ONE = '[\\p{Script=Han}]{1,4}(?<![皆各長員客者民家方主族衆連])(?:さん|様|氏)'
export const COMPLAINT_TALLY_WHO = new RegExp(
  `(?:(?:うち|その?うち|その内|内)[、,]?)?[0-9０-９一二三四五六七八九十]+件(?:目)?(?:は|が|も|って)[、,]?[^。！？!?\\n]{0,12}?(?:${NEIGHBOUR}|${NAMED_ONE}|${ROLE})[^。！？!?\\n]{0,6}?(?:から|より)(?:の(?:もの|方|ご?連絡|お?電話|ご?意見|ご?相談|${COMPLAINT}))?(?:でした|です(?!が|けど|ので|から)|やった|だった|ですよ|ばい|たい|で(?:ござ|あ)|で[、,])`,
  'gu',
)
/** The kind of filing the tally counts (the same sentence or the one before): a complaint, a report, a request. */
export const TALLY_FILED = /苦情|クレーム|通報|投書|陳情|申し出|申出|要望|ご意見|お問い合わせ|問い合わせ|相談|お電話/u
/**
 * Blind R73A-096: the same household or person said to complain again and again (同じ世帯からの繰り返しの苦情も目立ちます, 特定の方から
 * 何度も通報があり, 苦情は毎回同じお宅からです): in a small place the remark points at the household. Repeat complaints with no one as
 * their source (同じ苦情が繰り返し寄せられ) and a rule on applications (同じ世帯から複数のお申し込みはできません) are not this.
 */
export const REPEAT_COMPLAINER =
  /(?:同じ|特定の|決まった|いつもの)(?:世帯|方|人|家|お宅|住民|人物|家庭|ご家庭|方々|人たち|住人)(?:から|より)(?:の)?[^。！？!?\n]{0,8}?(?:繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日|毎週|毎回|くり返し)[^。！？!?\n]{0,8}?(?:苦情|クレーム|通報|投書)|(?:苦情|クレーム|通報|投書)(?:は|が|も)[^。！？!?\n]{0,10}?(?:毎回|いつも|繰り返し|何度も|再三|ほとんど|大半が?)[^。！？!?\n]{0,6}?(?:同じ|特定の|決まった)(?:世帯|方|人|家|お宅|住民|人物|家庭|住人)(?:から|より)/gu
/**
 * Blind R81A-063: the same person said to file again and again with the filing named earlier in the paragraph, not in the sentence (苦情件数…
 * 上宮永町18件…。上宮永町は同じ方から何度もいただいています; 同じお宅から毎週のように電話が来よります): with the place named the remark points
 * at a household. The filing (苦情, 通報, 要望…) and a count of them (…18件) come before it in the paragraph; a rule of service (同じ方から
 * 何度もお電話をいただく場合も…) and thanks for gifts (同じ方から何度もご寄付を) are not this.
 */
export const REPEAT_FILER =
  /(?:同じ|特定の|決まった|いつもの)(?:世帯|方|人|家|お宅|住民|人物|家庭|ご家庭|住人)(?:から|より)[、,]?[^。！？!?\n]{0,6}?(?:繰り返し|何度も|再三|たびたび|度々|何回も|頻繁に|しょっちゅう|毎日のように|毎週のように|毎回|くり返し)[^。！？!?\n]{0,8}?(?:いただ|頂|寄せられ|あり|入っ|来て|来と|来よ|届い|受け)/gu
/** Refusing to say who it was, or thanking a finder: not a disclosure. */
export const COMPLAINANT_NOT = /(?:お答え|お教え|申し上げ|明かす|明かせ|教えら|公開|開示)(?:でき|られ|する(?:こと|わけ)は)(?:ません|ない|ず)|控えさせ|お答えしかね|守秘|秘密は守/u
/** A finder or rescuer thanked (通報してくださったのは近所の中学生でした。感謝状が…): a good deed told, not a complaint. */
export const GOOD_DEED = /感謝状|表彰|お手柄|勇気ある|おかげで|命を救|救助|救命|人命|早期発見|消火/u
/**
 * A section's own review named as where the ideas came from, then the improvement the section makes (課内の反省会で出た意見をもとに、
 * 来年の窓口案内を改善します; 係内の振り返りで出た声を生かして…分かりやすい資料を用意します): the result of a staff-level review used to
 * improve a service, nothing said in it told. Only a section's or the office's working meetings (not 庁議, 部長会議, 幹部の…), and only
 * when the rest of the sentence tells no remark (「…」という声), figure, cut or decision (2人減らす, 廃止する方向).
 */
const REVIEW_MEETING = /^(?:課内|係内|部内|庁内|内部|職場)(?:の)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}?)?(?:反省会|振り返り会?|ふりかえり|朝礼|朝会|終礼|ミーティング|打ち合わせ|打合せ|会議|検討会)$/u
const IDEAS_USED = /^(?:で|の場で|の中で)(?:出た|出された|出てきた|あがった|上がった|挙がった|寄せられた|いただいた|頂いた|もらった|共有された|話し合った)?(?:意見|声|反省点|気づき|気付き|アイデア|アイディア|改善点|課題|提案|ご意見)(?:など)?(?:を|も)?(?:もとに|基に|元に|踏まえ(?:て)?|参考に(?:して|し)?|生かし(?:て)?|活かし(?:て)?|反映(?:して|させて|し)?)[、,]?/u
const SERVICE_IMPROVED = /改善|改訂|見直し|刷新|一新|作り直し|工夫|充実|向上|生かし|活かし|役立て|分かりやす|わかりやす|使いやす|見やす|より良く|よりよく|より良い|よりよい|反映/u
const REVIEW_TOLD = /[「『]|という|との|[0-9０-９〇一二三四五六七八九十]+(?:人|名|円|万|億|%|％|割|件|か所|箇所)|廃止|削減|減ら|削ら|値上|有料|決ま|決定|方向|予算|人事|異動|処分|反対|揉め|もめ|紛糾/u
export function reviewUsed(t: string, meeting: string, end: number): boolean {
  if (!REVIEW_MEETING.test(meeting)) return false
  const used = IDEAS_USED.exec(t.slice(end, end + 40))
  if (!used) return reviewDone(t, end)
  const rest = t.slice(end + used[0].length, sentenceAround(t, end, end).end)
  return SERVICE_IMPROVED.test(rest) && !REVIEW_TOLD.test(rest)
}
/**
 * Blind W12-FP-001: a section's working meeting named as where a change to a service was made, the change announced as done (課内の
 * 打ち合わせで、窓口の案内表示を見直しました; 係内のミーティングで話し合い、申請書の記入例を分かりやすくしました): the outcome, already
 * in place for residents, nothing said in the meeting told. Only the past or the state reached (ました, ています); a plan (見直します),
 * a remark, figure, cut or decision (REVIEW_TOLD) stays flagged.
 */
const CHANGE_DONE = /^(?:で|の中で|の場で)[、,]?(?:(?:話し合い|話し合って|検討し|検討して|相談し|相談して|意見を出し合い|アイデアを出し合い)[、,]?)?[^。！？!?\n]{1,30}?(?:を|も)[、,]?(?:見直し|改善し|改訂し|改め|刷新し|更新し|新しくし|一新し|作り直し|作成し|分かりやすくし|わかりやすくし|見やすくし|使いやすくし|大きくし|増やし)(?:ました|ています|ております|てみました)(?=[。！!\n]|$)/u
/**
 * Blind (reviewer, conf5): a discussion kept to the section told as how a change to a service was made (課の中だけで話し合い、窓口の案内を
 * 改善しました; 係内だけで話し合って、申請書の記入例を見直しました): the outcome, already in place for residents, nothing said in it told.
 * A discussion still going (話し合っている段階ですが), a plan, and a remark, figure, cut or decision (REVIEW_TOLD) keep the finding.
 */
const DISCUSSED_DONE = /^合(?:い|って|った(?:上で|うえで|結果))[、,]?[^。！？!?\n]{1,30}?(?:を|も)[、,]?(?:見直し|改善し|改善いたし|改訂し|改め|刷新し|更新し|新しくし|一新し|作り直し|作成し|分かりやすくし|わかりやすくし|見やすくし|使いやすくし|大きくし|増やし)(?:ました|ています|ております|てみました)(?=[。！!\n]|$)/u
export function discussedDone(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return DISCUSSED_DONE.test(rest) && !REVIEW_TOLD.test(rest)
}
function reviewDone(t: string, end: number): boolean {
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return CHANGE_DONE.test(rest) && !REVIEW_TOLD.test(rest)
}
/**
 * Blind GY-002: a section's daily meeting described as a routine of the job (課内の朝礼で、その日の予定と来客を確認します; 毎朝の課内
 * ミーティングで、一日のスケジュールを共有しています): what is done there every day, in the habitual non-past, about the day's schedule,
 * visitors or duty roster, nothing said in one meeting told. Only a section's working meetings (REVIEW_MEETING), only a routine object
 * (その日の, 予定, 来客, 当番 …) and a verb of checking or sharing that ends the sentence in the non-past; a past meeting (確認しました),
 * a remark, figure or decision (REVIEW_TOLD: 人事, 予算, 廃止, 「…」) stays flagged.
 */
const ROUTINE_DONE =
  /^(?:で|では|の中で|の場で)[、,]?[^。！？!?\n]{0,40}?(?:確認|共有|報告|連絡|申し送り|伝え|伝達|読み合わせ|唱和|点検|チェック|把握)(?:し合|を)?[^。！？!?\n]{0,4}?(?:ます|ております|ています|しとります|するとです|するんです|します)(?:ね|よ)?(?=[。！!\n]|$)/u
const ROUTINE_OBJECT = /その日|当日の|一日の|1日の|今日一日|毎日|毎朝|毎週|今週の|週末の|予定|スケジュール|来客|当番|シフト|段取り|役割分担|連絡事項|申し送り|注意事項|体調|天気|天候|運行状況|運航状況|あいさつ|挨拶|目標/u
export function routineMeeting(t: string, meeting: string, end: number): boolean {
  if (!REVIEW_MEETING.test(meeting)) return false
  const rest = t.slice(end, sentenceAround(t, end, end).end)
  return ROUTINE_DONE.test(rest) && ROUTINE_OBJECT.test(rest) && !REVIEW_TOLD.test(rest)
}
/**
 * A closed session said to be closed, then what was said in it (a remark, a member's words in quotes, how the room felt). Blind R205I-027:
 * a session said to have been held with no public gallery (傍聴なしの会でしたが, 傍聴不可の回だったけど) is closed the same way, and members'
 * cautious or critical remarks said to pile up (委員から慎重な意見が相次いだ) are what was said in it.
 */
export const CLOSED_TOLD = /非公開(?:の(?:回|会|場|審議|部分|議題|時間|会議|会合|協議|委員会|審議会|審査会|懇談会|部会|検討会)|だった|やった|で(?:行われ|開かれ|あっ|し)?た?|でした|とされ|扱い)|傍聴(?:者|人)?(?:なし|無し|不可)の(?:回|会|場|会議|会合|協議会?|委員会|審議会|審査会|懇談会|部会|検討会)(?=でした|だった|やった|で(?:あり|あっ)|(?:なん|なの)?(?:です|だ|や)(?:が|けど|けれど|けん))/gu
export const REMARK_PUBLIC = /講評|総評|あいさつ|挨拶|激励|お祝い|ねぎらい|謝辞/u
export const REMARK = /『[^』\n]{2,40}』(?:と|って|という|との|みたいな)|発言|おっしゃ|言われ|言って|言いよ|言わし|言うとら|意見が(?:分かれ|割れ)|異論|反対意見|反対(?:する|の)(?:ご)?意見|賛成(?:する|の)(?:ご)?意見|慎重論|否定的な(?:ご)?意見|(?:慎重な|厳しい|否定的な|反対の|批判的な)(?:ご)?(?:意見|声|指摘)が(?:相次|続出|多く|多数|何人|複数|出)|賛否|紛糾|本音|厳し(?:い|か|かった)(?:空気|雰囲気|声|意見)|「[^」\n]{2,40}」(?:と|って|という|との|みたいな)/u
export const SESSION_PEOPLE = /委員|審議会|委員会|協議会|会議|審査会|会合|部会|理事会|懇談会|検討会|選考会|市長|議員|議長|出席者|事務局|メンバー/u
/**
 * Blind R87A-003/R87A-121: a session turned closed (秘密会に切り替わったあと, 傍聴なしの協議会に切り替わってから, 非公開に移行してから,
 * 傍聴者の方に退席していただいた後) or held closed (秘密会の中で, 傍聴なしの会議では), then in that sentence or the next what someone said
 * in it (議長が「…」とおっしゃっていて, 副市長から…「…」という説明があり, …と漏らされて): what a closed session heard, told. A notice
 * (途中から秘密会に切り替わるため傍聴できない時間があります), a session said closed with nothing of it told (報道陣が退席した後も熱心に
 * 議論が続きました), remarks in a public sitting and the words 秘密会 defined (秘密会とは…) are not this. Bounded gaps.
 */
const SESSION_NOUN = '(?:全員協議会|協議会|委員会|審議会|会議|会合|懇談会|部会|検討会|審査会|打ち?合わ?せ|ミーティング)'
export const CLOSED_SWITCH = new RegExp(
  `(?:秘密会|非公開|傍聴(?:者|人)?(?:なし|無し|不可)の${SESSION_NOUN})(?:(?:に|へ)(?:切り?替わっ|切り?替え(?:られ)?|移行し|移っ|なっ|入っ)(?:た|て)(?:あと|後|のち|から)?)` +
    `|(?:秘密会|傍聴(?:者|人)?(?:なし|無し|不可)の${SESSION_NOUN})(?:の中で|の席で|の場で|では|で(?!す|し(?:た|ょう)|ござ))` +
    '|(?:傍聴(?:者|人|席)|報道(?:陣|関係者)|記者)(?:の(?:皆さん|皆様|皆さま|方々|方))?(?:が|に|を|の)?(?:退席|退出|退室)[^。！？!?\\n、,]{0,10}?(?:た|て)(?:あと|後|のち|から)',
  'gu',
)
/** What someone said in it: a remark quoted with a verb of saying after it, or an explanation or a remark reported. */
export const SESSION_REMARK = /「[^」\n]{2,80}」(?:と|って|という|との|みたいな)|『[^』\n]{2,80}』(?:と|って|という|との)|(?:という|との)(?:ご)?(?:説明|発言|報告|話|意見|指摘|答弁)(?:が|も)(?:あ|出)|(?:おっしゃ|言われ|言って|述べ|こぼし|こぼさ|漏らし|漏らさ|明かし|明かさ|話され|説明され)(?:て|た|まし|とら|よ|れ)/u
/**
 * Blind R87A-023: a term of a contract or a figure the city keeps unpublished, said so with a verb (手数料は公表していないんですが,
 * 委託料は公開しておりませんが, 単価は出しとらんけど), then the figure told in the same sentence (寄附額の12％なんです, 1件3万円です). The
 * nominal forms (非公表ですが, 未公表だけど) are UNPUBLISHED_BUT's. A term held back with no figure (…ので、お答えできません), a name or a
 * person withheld (お名前は公表していませんが、80代の方です) and a published total (予算書で公開しており、約3,200万円) are not this.
 */
export const UNPUBLISHED_TERM =
  /(?:手数料|委託料|業務委託料|料率|単価|契約金?額|契約金|金額|価格|報酬|謝礼|謝金|賃料|使用料|負担金|負担割合|配分|割合|比率|内訳|見積(?:額|もり|り)?|落札率|経費|費用|広告料|利用料|掲載料|仕入れ値|原価)(?:率)?(?:は|も|って|については|に(?:ついて|関して)は)[、,]?(?:まだ|正式には|市としては|一般には|外部には|対外的には|公式には|表向きは)?[、,]?(?:公表|公開|発表|表に出|外に出|出)(?:は)?(?:して(?:い|お)?(?:ない|ません|りません|らん|なかった|ませんでした)|されて(?:い|お)?(?:ない|ません|りません)|しとらん|しとらへん|してへん|してな(?:い|か))(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)[、,]?(?=[^。！？!?\n]{0,40}?[0-9０-９〇一二三四五六七八九十百千]+(?:\.[0-9]+)?(?:万|億|千)?(?:円|%|％|割|パーセント|倍))/gu
/**
 * Blind R90A-003: a rule or policy that a matter is not published (学校別は公表しない決まりなんですが, 公開しない方針やけど, 発表せんこと
 * になっとるけど), said as a concession, then the withheld matter told in the same sentence: a rank or a lead (１位, トップ, ダントツ,
 * 最下位) or a figure. The rule given as a reason (…ので、ご了承ください) and the public part told (市全体の平均は…) are not this.
 * Blind R178A-038: …also in the formal register of a decision (公表しないこととしておりますが, 非公表としておりますが) and with the matter
 * put out all the same "for reference" (参考までに各校の一覧を下の写真に掲載いたします, 特別に一覧をお見せします): the showing is the telling.
 * Blind R299D-013 kind (conf20): the handling named as a 扱い (本来公表しない扱いですが, 非公表の扱いですが, 外部に出さない扱いですが) after the
 * figures by school or class were already told, and the concession closed with 参考までにお知らせします / お伝えします.
 */
export const NOT_PUBLISHED_RULE =
  /(?:(?:公表|公開|発表|外に出|(?:外部|外|表)(?:に|には)出さ)(?:は)?(?:しない|せん|せず|しません|されない|ない)(?:という|って)?(?:決まり|方針|ルール|約束|取り決め|申し合わせ|こと|扱い|取扱い|取り扱い)(?:に(?:なって(?:いる|おり|います|る)|なっとる|なっちょる|しとる|している|しています)|と(?:して|いたして)(?:おり(?:ます)?|います|いる|おる))?|(?:非公表|非公開)(?:と|に)(?:して|いたして)(?:おり(?:ます)?|います|いる|おる)|(?:非公表|非公開)(?:の)?(?:扱い|取扱い|取り扱い))(?:なん|なの|な|の)?(?:です|でございます|だ|や)?(?:が|けど|けれど|けども|ばってん|ものの)[、,]?(?=[^。！？!?\n]{0,50}?(?:[0-9０-９一二三四五六七八九十]+(?:位|番|番目|点|%|％|人|件|円)|トップ|最下位|ダントツ|断トツ|ビリ|一番)|[^。！？!?\n]{0,30}?(?:ご?参考(?:まで)?に|参考として|特別に|こっそり|今回(?:だけ|に限り))[、,]?[^。！？!?\n]{0,30}?(?:掲載|載せ|のせ|公開|お見せ|見せ|ご紹介|紹介|添付|アップ|お知らせ|お伝え|共有))/gu
/**
 * Review (conf22) kind: a place or a treasure normally closed, opened specially this time (立花家の蔵は通常非公開の扱いですが、今回に限り
 * 特別に一般公開します; 普段は非公開の扱いですが、文化の日に限り、先着30人で特別公開します): the opening is the news, nothing is leaked.
 * Tested on the rest of the sentence, with no paper, list or figure named as what is shown (SHOWN_PAPER).
 */
export const SITE_OPENED = /(?:特別|一般|限定|臨時)(?:に)?(?:公開|開放)|(?:一般|皆(?:さん|様))(?:に|へ)(?:も)?(?:公開|開放)|公開(?:します|いたします|されます)/u
export const SHOWN_PAPER = /一覧|データ|結果|成績|順位|点数|数字|数値|金額|名簿|リスト|資料|集計|内訳/u
/**
 * Blind R90A-023: a paper kept inside named as the source with から or より, and what is taken out of it put out (課内の集計資料から、…
 * を抜粋してお知らせします, 庁内の内部データより一部を掲載します, 部内の記録から抜き出してご紹介). A paper named with nothing put out, a
 * public body's statistics, a 内部統制 report and a paper said to be published are not this.
 * Blind R150A-124: a section's meeting paper is such a paper (課内の打ち合わせ資料から少しだけご紹介すると、…収納率 94.1％); a meeting's
 * paper with no body named is one when shown as a sneak peek (会議資料をちょっとだけお見せすると, 打ち合わせ資料をこっそりご紹介): the aside
 * says it is not out. A council's published papers (審議会の会議資料はホームページに掲載しています) are not this.
 */
export const INTERNAL_EXCERPT =
  /(?:(?:庁内|内部|課内|部内|係内|局内|職員用|庁内用|内部用|課内用)(?:の|で(?:作った|使っている|使っとる|まとめた))?(?!統制)(?:(?:打ち?合わ?せ|ミーティング)(?:の)?)?[\p{Script=Han}ー]{0,6}|(?<![\p{Script=Han}\p{Script=Katakana}ー])(?:会議|打ち?合わ?せ|ミーティング)(?:の)?(?=資料[^。！？!?\n]{0,4}?(?:少しだけ|ちょっとだけ|ちょこっと|こっそり|特別に|内緒で|ないしょで|チラッと|ちらっと)))(?:資料|集計|データ|記録|報告書|一覧|集計表|メモ|文書|リスト)(?:から|より|を(?=[、,]?(?:少しだけ|ちょっとだけ|ちょこっと(?:だけ)?|こっそり|特別に|内緒で|ないしょで|チラッと|ちらっと)[、,]?(?:ご紹介|紹介|お見せ|見せ|お伝え|公開|披露|共有|チラ見せ)))[、,]?(?=[^。！？!?\n]{0,30}?(?:抜粋|抜き出|抜き書|転載|一部を|ピックアップ|お知らせ|ご紹介|紹介|掲載|お伝え|載せ|のせ|公開し|お見せ|見せ|チラ見せ|披露|共有))/gu
/**
 * Blind R90A-035: a case said to be under investigation, then its details told in the next breath (重大事態で調査中の件、…少しだけ。
 * 加害側とされてるのは同じバスケ部の3人で): who is said to be the wrongdoer or the victim, or a telling-a-little aside.
 */
export const UNDER_INQUIRY_CASE =
  /(?:調査中|調査の途中|調査しとる|調べとる|調査している|聞き取り中|確認中)(?:の)(?:件|事案|案件|事故|事件|いじめ|問題|こと)/gu
export const CASE_DETAIL_TOLD = /加害(?:側|者|生徒|児童)(?:とされ|は|が|って)|被害(?:側|者|生徒|児童)(?:とされ|は|が|って)|(?:相手|犯人|原因)(?:は|が)[^。！？!?\n]{0,20}?(?:らしい|みたい|だそう|とのこと|げな)|少しだけ|ちょっとだけ|ちょこっとだけ|ここだけ|特別に|こっそり|内緒|ないしょ/u
/**
 * Blind R118A-078: a member of staff or of a city body suspected of misconduct, told as being looked into inside (農業委員の1人が、転用
 * 許可の見返りに謝礼を受け取った疑いで、いま内部で調査しよるところです; 課長に業者から接待を受けた疑いがあって、人事課が聞き取りを進めて
 * います): who is suspected of what, before the city announces anything. The inquiry must be said to be inside (内部で, 庁内で, 人事課が,
 * 内部調査) or the paragraph must hold it back (まだ表に出とらん, 内緒, ここだけ). The city's own announcement (…が判明しました, お詫び,
 * 結果がまとまり次第公表), an arrest or a police inquiry reported, a hypothetical (疑いがある場合) and a pipe's 内部 are not this.
 */
const SUSPECTED = '(?:疑い|疑惑|容疑)(?:で|が(?:あり|あって|ある(?:として|ため|ので|けん|ということで|とのことで)|あるけん|出て|出と(?:って|る)|出てき(?:て|と)|浮上し|持たれ(?:て|と))|をかけられ(?:て|と))[、,]?[^。！？!?\\n]{0,16}?'
const LOOKED_INTO = '(?:調査|調べ|確認|聞き取り|聴き取り|事情(?:を)?聴取|事情を聞|ヒアリング)'
export const SUSPECT_INQUIRY = new RegExp(
  `${SUSPECTED}(?:(?:(?:内部|庁内|課内|部内|局内|身内|人事課|人事当局|監察|教育委員会事務局)(?:で|だけで|的に|が|の方で|のほうで|として)|内々に|こっそり)[^。！？!?\\n]{0,10}?${LOOKED_INTO}|内部調査)` +
    `|${SUSPECTED}${LOOKED_INTO}(?:中|しよ|しと|して(?:い|お)|を進め|ている|とる|よる)`,
  'gu',
)
/** …said of wrongdoing by someone in or of the city: a member of staff or of a board, and a misdeed. */
export const SUSPECT_WHO = /職員|委員|議員|教員|教諭|教師|講師|課長|係長|部長|所長|館長|園長|校長|教頭|主任|主査|主事|担当者|嘱託|会計年度|隊員|保育士|消防士|幹部|同僚|上司|先輩|後輩/u
export const SUSPECT_DEED = /謝礼|見返り|賄賂|わいろ|ワイロ|収賄|贈賄|接待|横領|着服|不正|使い込|流用|私的|改ざん|改竄|ハラスメント|パワハラ|セクハラ|体罰|飲酒運転|酒気帯び|盗|万引き|漏らし|漏えい|漏洩|持ち出し|談合|口利き|便宜|水増し|ねつ造|捏造|虚偽|隠ぺい|隠蔽|金品|現金/u
/** The inquiry held back: not yet out, kept quiet. */
export const SUSPECT_HELD = /まだ(?:表|外|公)に|まだ(?:公表|発表)(?:し|され|前)|(?:公表|発表)(?:前|はまだ|はこれから)|内緒|ナイショ|ないしょ|内密|ここだけ|オフレコ|言わんで|言わないで|口外|他言/u
/** The city announcing it, or a police inquiry reported. */
export const SUSPECT_PUBLIC = /判明し|明らかにな|分かりました|わかりました|お詫び|おわび|申し訳|ご心配|ご迷惑|公表し|公表いたし|公表します|発表し|記者会見|報道|新聞|ニュース|逮捕|書類送検|警察|県警|次第|改めて(?:お知らせ|ご報告|報告)|厳正に(?:対処|対応)/u
export const CASE_HELD = /お答え(?:は)?(?:でき|いたしかね|を控え)|控えさせて|差し控え|公表(?:し|いたし)ます|報告書(?:を|が)?(?:公表|公開)|まとまり次第/u
/**
 * Blind R90A-036: what an inquiry's hearings have found so far told (第三者委員会のこれまでの聞き取りでは、…報告していなかったことが
 * 分かっています) while its report is still to come (報告書がまとまり次第). Hearings described (…人から話を聞いています) and a report
 * published stay clean.
 */
export const INQUIRY_HEARING_FOUND =
  /(?:第三者委員会|調査委員会|検証委員会|調査チーム|監査委員|委員会)(?:の|による|が(?:行った|行っている))(?:これまでの|現時点での|今までの|これまでに行った|現時点の)?(?:聞き取り|聴き取り|聴取|ヒアリング|調査|面談)(?:では|で(?:は)?|によると|によれば|によりますと|の中で)[、,]?(?=[^。！？!?\n]{0,90}?(?:ことが(?:分か|わか|判明|明らかに|確認され)|と(?:判明|分か)|ことを認め|ていなかった|ていた(?:こと|そう|とのこと)))/gu
export const REPORT_TO_COME = /(?:最終報告|報告書|調査結果)(?:は|が)?(?:まだ|これから)|報告書(?:が|の|は)?(?:まとまり次第|まとまる|完成|取りまとめ|出(?:次第|る))|最終報告(?:を|が|は)?(?:待|まとま|受け)|調査(?:は|が)?(?:継続中|続いて|途中|終わり次第|まだ)|(?:現時点|これまで)の(?:聞き取り|聴取|調査)|(?:改めて|あらためて)(?:お知らせ|ご報告|報告)/u
/**
 * Blind R90A-064: questions of an exam still to come told (今年の面接で聞かれる質問は「…」「…」の3つです), or an internal paper
 * handed out cited as their source (（課内で配られた面接要領より）). Advice on interviews in general stays clean.
 */
export const EXAM_QUESTIONS_AHEAD =
  /(?:今年|今年度|今回|本番|当日|次回|来週|明日|二次|一次|最終)[^。！？!?\n]{0,10}?(?:面接|試験|筆記|口述|論文|実技|適性検査)(?:で|では)[^。！？!?\n]{0,6}?(?:聞かれる|出る|出題される|問われる|質問される|課される)(?:質問|問題|テーマ|課題|内容)(?:は|って|ですが)[、,]?(?=[^。！？!?\n]{0,6}[「『])/gu
export const INTERNAL_HANDED_SOURCE =
  /(?:課内|庁内|部内|係内|局内|職員(?:向け)?|内部|面接官)(?:で|に|だけに|のみに|向けに|用に)(?:配(?:られ|布され|付され)|回(?:され|って(?:き)?)|共有され|渡され)た[^。！？!?\n（）()「」]{0,12}?(?:資料|要領|マニュアル|文書|メモ|通知|一覧|表|シート|名簿|問題)(?:より|から|によると|によれば|では|を見ると|やと|だと)(?=[)）]|[、,]?[^。！？!?\n]{0,40}?[0-9０-９一二三四五六七八九十「])/gu
/**
 * Blind R91A-012/064: the city's case in a suit talked over with its lawyer, told (顧問弁護士と打合せを行い、…争点を原告適格の有無に
 * 絞り…踏み込まない方針を確認しました), or the lawyer's opinion cited as the source (顧問弁護士の意見書によれば、…市側がやや不利).
 * A lawyer consulted (顧問弁護士と協議のうえ適切に対応します), a lawyer's consultation offered to residents and a published opinion stay clean.
 */
export const LAWYER_STRATEGY =
  /(?:顧問弁護士|代理人弁護士|市の代理人|訴訟代理人|弁護団)(?:と|との|さんと|の先生と)(?:の)?(?:打ち?合わ?せ|協議|相談|打合せ会|会議|すり合わせ|検討)[^。！？!?\n]{0,50}?(?:に絞|を絞|絞って|踏み込ま|触れ(?:ない|ず)|争わ(?:ない|ず)|で争|争う方針|認め(?:ない|ず)方針|和解に応じ|和解する方針|和解案|反論の柱|主張の柱|弱点|不利|有利|勝ち目|勝算)/gu
export const LAWYER_OPINION =
  /(?:顧問弁護士|代理人弁護士|訴訟代理人|弁護団|弁護士)(?:の|から(?:の|もらった|いただいた|届いた))(?:意見書|見解書|見解|所見|メモ|助言|法律意見|鑑定書)(?:によれば|によると|によりますと|では|を見ると|やと|だと)(?=[^。！？!?\n]{0,60}?(?:不利|有利|勝ち目|勝算|負け|勝て|弱い|弱点|認められ|厳しい|分が悪|見込み))/gu
export const OPINION_PUBLISHED = /公表して(?:い|お)(?:ます|り)|公開して(?:い|お)(?:ます|り)|ホームページ|市HP|掲載して/u
/** A class of information named as the ground of a decision not to disclose (不開示の主な理由は、…内部情報が含まれていたこと). */
export const DISCLOSURE_GROUND = /(?:不開示|非開示|部分開示|開示しない|開示できない|黒塗り)[^。！？!?\n]{0,30}?(?:理由|根拠|事由)|(?:情報公開|開示請求|公文書開示)/u
export const CONTAINED_AFTER = /^(?:が|を|も|など|等|や)[^。！？!?\n]{0,4}?(?:含まれ|含む|該当|あた|当た|記載され)/u
/** …unless the figure told is said to be published (予算書で公開しており, ホームページに掲載). */
export const TERM_PUBLISHED = /公表して(?:い|お)(?:ます|り)|公開して(?:い|お)(?:ます|り)|掲載して|予算書|決算書|ホームページ|市HP|ご覧いただけ|お示しして/u
/**
 * Audit findings told before the report, or hidden: 監査でハンコ漏れが見つかったっぽい…報告書出る前にこっそり直しとこ,
 * 会計検査の指摘、結果が公表される前ですが.
 */
export const AUDIT = /監査|会計検査|検査院|内部調査|第三者委員会|調査委員会/u
export const AUDIT_FINDING = /指摘(?:され|を受け|が(?:あ|入|出))|見つか(?:っ|り)|見つけ|発覚|漏れ(?:が|て|と)|ハンコ漏れ|押印漏れ|記載漏れ|不備が(?:あ|見|多|何)|ミスが|誤りが|間違いが|不適切な(?:支出|処理|経理|会計|事務)|不正(?:が|な|に)|ずさん/u
/**
 * Blind R223L-006 kind: the findings' release conceded as not yet made, in words of "outside" (まだ外向けには出していない講評ですが,
 * 対外的にはまだ公表していない結果, まだ表に出ていない指摘): the same telling before the report.
 * Blind R305G-030 kind (conf22): …also the report's release told as still to come in a cleft (報告書が公表されるのは来月ですが, 監査結果が
 * 発表されるのは年明けで), after a finding heard (指摘が出たと…聞きました): the finding is told before its report.
 */
export const AUDIT_HIDDEN = /まだ(?:外向け|外部|対外的|表|おもて)(?:に|へ)?(?:は|も)?[、,]?(?:出して|出し|出て|出せ|公表して|発表して|公開して)(?:い|お)?(?:ない|ません|な[いか]|りません|らん|ず)|(?:外向け|外部|対外的|表|おもて)(?:に|へ)?(?:は|も)?[、,]?まだ(?:出して|出て|出せ|公表して|発表して|公開して)(?:い|お)?(?:ない|ません|な[いか]|りません|らん|ず)|まだ(?:公表|発表)(?:され|し)|公表(?:前|は(?:まだ|これから))|内緒|ナイショ|ここだけ|まだ(?:報告書|監査報告|監査結果|調査結果|検査結果)(?:に|が|は)?(?:なっ|出|まとま|公表|発表)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|結果)(?:が|の|は)?(?:出る|出され(?:る)?|出す|出とら|まとまる|まとめられる|公表され(?:る)?|公表する|発表され(?:る)?|届く|上がる)前|(?:報告書|監査結果|調査結果|検査結果)(?:は|が|も)(?:まだ|これから)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|結果)(?:が|の)?(?:公表|発表|公開|報告)(?:される|する|になる)のは[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|先|年明け|来年|月末|[0-9０-９]{1,2}月)|(?:報告書|監査報告|監査結果|調査結果|検査結果|講評|指摘事項)(?:が|の|は)?(?:まとまる|出る|出される|出そろう|出揃う|完成する|できあがる|でき上がる|確定する|固まる)の(?:は|が)[、,]?[^。！？!?\n]{0,10}?(?:来月|来週|後日|これから|先|年明け|来年|月末|年度末|[0-9０-９]{1,2}月)|こっそり(?:直|修正|差し替|訂正|書き換|押)|(?:バレ|ばれ)(?:る前|ないうち|んうち|んごと|ないよう)|隠(?:し|そ|す|して)|もみ消|揉み消|ごまか|誤魔化|なかったことに/gu
/**
 * Blind R273B-005 kind: the city's bottom line in a negotiation still going on (賃料は月額四十万円までなら譲歩できる, 1億円以内であれば応じられる,
 * 坪12万円までならのめる): how far the city will go, told to the other side and everyone. Needs the negotiation in the paragraph; a negotiation
 * said to be ongoing with no figure, a settled or published deal (OFFER_PUBLIC) and a grant's limit (10万円までなら補助します) stay clean.
 */
export const CONCESSION_LIMIT = new RegExp(
  `${VALUE}(?:程度)?(?:まで|以内|以下)(?:なら(?:ば)?|であれば|でしたら|だったら|やったら)[、,]?[^。！？!?\\n]{0,8}?(?:譲歩|応じ|のめ|呑め|飲め|妥協|歩み寄|受け入れ|受け容れ|折れ)(?:る|られ|でき|ます|れる)`,
  'gu',
)
export const CONCESSION_TALKS = /協議|交渉|折衝|商談|話し合い|先方|相手方|地権者|所有者|事業者/u
export const ESTIMATE = new RegExp(
  `(?:(?:設計|積算)(?:の)?(?:積み上げ|積上げ|段階|上)(?:だと|では|は|で(?:は)?|によると|によれば|から(?:は|だと|見ると)?)|(?:積算|見積(?:もり|り)?)(?:だと|では|によると|によれば)|` +
    `(?:設計(?:金額|額|価格)|積算(?:額|金額|価格)|見積(?:もり|り)?(?:額|金額|価格)|見積(?:もっ|っ)た(?:額|金額|価格|の)|(?:予定|想定|上限)(?:金額|額)|工事価格|契約予定額|低入札調査基準価格)(?:は|が|:|=|→|で|も)?)[^。！？!?\\n]{0,10}?${VALUE}`,
  'gu',
)
/**
 * Blind R108A-057: a figure the city has not made public, said so attributively before the figure's noun (まだ非公開の被害額の見積もり,
 * 非公表の復旧費の試算, 未発表の被害総額, 公表前の事業費の概算), then the amount told in the same sentence in any numeral (約十二億円,
 * 3億4千万円, 8000万円). A noun of no figure after the marker (非公開の会議で, 非公開の扱いとし), the marker as a predicate (見積額は
 * 非公開ですが: UNPUBLISHED_BUT's), 見積もり合わせ (a procurement step) and a figure said published or disclosed stay clean.
 */
const FIGURE_NOUN =
  '(?:(?!見積(?:もり|り)?合わ?せ)見積(?:もり|り)?(?:額|金額|価格)?|被害(?:総)?額|損害(?:総)?額|損害見込み?額|被害見込み?額|見込み?額|試算(?:額|値|結果)?|推計(?:額|値)?|概算(?:額)?|金額|総額|数字|数値|事業費|復旧費|工事費|費用|経費|予算額|算定額|査定額|補償額|賠償額)'
export const NONPUBLIC_FIGURE = new RegExp(
  `(?:非公開|未公開|非公表|未公表|未発表|公表前|発表前)(?:の|段階の)[\\p{Script=Han}\\p{Script=Katakana}ー]{0,8}?(?:の)?${FIGURE_NOUN}(?=[^。！？!?\\n]{0,40}?${VALUE})`,
  'gu',
)
/** …said published, disclosed or named as what is held back (お答えできません). */
export const FIGURE_RELEASED = /公表しました|公表いたしました|公表しています|公表して(?:お|い)ります|公開しました|公開しています|発表しました|開示|ホームページ|市HP|お答え(?:でき|いたしかね|は控え)|控えさせ/u
/**
 * Blind R108A-129: a personnel measure on an identifiable member of staff told in public (当該職員には注意処分を行っております, 対応した職員に
 * 対し、文書訓告を行いました, 担当の職員には戒告処分ば行いましたけん, 当該職員は訓告処分を受けております, 当該職員を厳正に処分いたしました):
 * the staff member is pointed at by the case (当該, 担当, 対応した, 窓口の), and what measure they got is a personnel matter kept inside.
 * The city's formal announcement of a disciplinary penalty (職員の懲戒処分について, 公表基準, 記者発表), a rule stated (懲戒処分の対象と
 * なります), guidance or training given (指導を行いました, 研修を受講させ) and a bare 処分 of things (粗大ごみの処分を行って) stay clean.
 */
const STAFF_PERSON = '(?:当該|該当|担当|対応した|対応に当たった|対応にあたった|窓口の|窓口担当の?|受付の|受付担当の?)(?:の)?職員'
export const STAFF_MEASURE = new RegExp(
  `${STAFF_PERSON}(?:さん)?(?:に(?:対し(?:て|まして)?|は|も)|へ(?:は)?|は|が|ば)[、,]?[^。！？!?\\n]{0,16}?(?:厳重注意処分|注意処分|文書訓告|口頭訓告|訓告処分|訓告|戒告処分|戒告|懲戒処分|懲戒免職|減給処分|減給|停職処分|停職|免職処分|分限処分|降格処分)(?:[0-9一二三四五六七八九十]+(?:か月|ヶ月|ヵ月|日))?(?:を|と|に|ば)?[、,]?` +
    '(?:(?:行|おこな)(?:い(?:ました|ます)|っ(?:ております|ています|とります|とる|た(?![場際])))|いたしました|いたしております|しました|しております|しています|しとります|(?:科|課)しました|(?:受け|うけ)(?:ました|ております|ています|とります|た(?![場際]))|なりました|なっております)' +
    `|${STAFF_PERSON}(?:さん)?を(?:厳しく|厳正に)?[、,]?処分(?:しました|いたしました|しております|いたしております)`,
  'gu',
)
/**
 * Blind R237M-008 kind: complaints from the city's own record counted against one member of staff who can be singled out (苦情受付簿を
 * 集計すると…同じ職員についてのものが4件ありました, 特定の職員に対する苦情が3件): a personnel matter drawn from an internal record. Complaints
 * counted by subject (職員の対応に関するご意見が4件, 同じ内容のご意見が4件) point at no one and stay clean.
 */
export const STAFF_SINGLED =
  /(?:同じ|同一の?|特定の|一人の|ひとりの|1人の|一名の|1名の)(?:担当)?職員(?:さん)?(?:について|に対する|への|に関する|宛て|あて)の?(?:もの|苦情|クレーム|ご意見|お叱り|ご指摘|指摘)(?:が|も|は)[、,]?[^。！？!?\n]{0,6}?[0-9０-９一二三四五六七八九十]+件/gu
/** The city's formal announcement of a penalty, or a rule about penalties. */
export const MEASURE_ANNOUNCED = /懲戒処分について|懲戒処分の公表|公表基準|処分の(?:公表|概要|内容)|処分年月日|処分内容|記者発表|報道発表|報道機関|公表いたします|公表します|公表しました|指針|基準/u
export const BID_NAMED = new RegExp(
  `指名(?:業者|事業者|企業|先|を受けた(?:業者|事業者|会社|企業))(?:さん)?(?:は|が|:|として|に)[^。！？!?\\n]{0,8}?${BID_COMPANY}` +
    `|(?:ほぼ|まず|たぶん|多分|おそらく|十中八九|どうせ)[、,]?${BID_COMPANY}(?:さん)?(?:で|に)(?:決まり|決まる|確定)(?:だろう|でしょう|やろう?|じゃないか|ではないか|と見|そう|っぽい|みたい|やね|ですね)` +
    `|(?:落札|受注)(?:は|するのは)[^。！？!?\\n]{0,6}?${BID_COMPANY}(?:さん)?(?:が|で)?(?:濃厚|有力|確実|本命|堅い|固い)` +
    // Blind R357E-015 kind: the name first, then settled all but formally (…造園さんでほぼ決まりです, …組に事実上決まっている).
    `|${BID_COMPANY}(?:さん)?(?:で|に)[、,]?(?:ほぼ|ほぼほぼ|ほとんど|実質的?に?|事実上|九分九厘|内々に)[、,]?(?:決まり|決まっ|決まる|確定|固まっ|固まり|内定)` +
    // Blind R355C-054 kind: the firms to be invited listed (声をかける業者は次の5社です, 指名する業者は以下のとおり).
    `|(?:指名する|指名予定の|声をかける|声を掛ける|お声がけする|声掛けする|呼ぶ)(?:業者|事業者|会社|企業)(?:さん)?(?:は|が)[、,]?(?:次の|以下の|こちらの)` +
    `|${BID_COMPANY}(?:さん)?(?:が|の)(?:落札|受注)(?:する)?(?:見込み|濃厚|有力|確実|本命|だろう|でしょう|やろ|と見)`,
  'gu',
)
/**
 * A bid still to come in the paragraph: これから入札で決まる, 入札前, 来月入札, 公告前. Blind R230A-007 kind: the opening said to be
 * scheduled (開札は10月21日の予定です, 来週の開札), so an estimate told in the notice (積算額は税抜で8,643万円ほど) is the price bidders aim at.
 * Blind R237M-007 kind: the day of the opening put straight before 開札 with no particle (来週開札の…工事, 20日開札).
 */
export const BID_TO_COME = /開札(?:日)?(?:は|が)[^。！？!?\n]{0,12}?(?:の予定|を予定|予定(?:です|して))|(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|(?:これから|今後|来月|来週|近く|今度の?|次の|後日|明日|あす|今月|年明け)[^。！？!?\n]{0,8}?入札|入札(?:前|予定|はこれから|はまだ|で決ま|で決め|にかけ|を控え|の前|を行う予定|を予定|公告前)|公告(?:前|予定|する(?!と)|します|をかけ(?:る|ます))|(?:これから|今後|来月|来週|近く|今度|明日|あす|今月|年明け)[^。！？!?\n]{0,8}?公告|(?:業者|受注者|施工業者|請負業者)(?:さん)?(?:は|が)(?:まだ|これから|未定)/u
/**
 * Blind R162I-091: how many have come forward for a tender not yet closed or opened, or who has withdrawn (締切前ですが今のところ参加表明は
 * 3社です; 開札前やけど応札は2者だけ; 1社からは辞退の連絡がありました; A社が辞退したそうです): the number and the names of the bidders are
 * kept until the opening, so that they cannot be used to rig it. The tender is said to be still open in the paragraph (締切前, 開札前,
 * 受付中, 今のところ, 現時点で). A deadline or a rule with no count, a result after the opening (3社が参加し、A社が落札), a past tender's
 * count (昨年度は), the yearly registration of bidders (入札参加資格の申請は120社) and a count of a fair's stalls stay clean.
 * Blind R230A-014 kind: the bidders named as having come forward (今回の入札には筑紫ロード工業さんと有明興産さんが手を挙げてくださった,
 * A建設とB組が参加を表明), one company or a list of them, while the opening is still to come.
 * Blind R457J-051 kind: the bidders said to be expected (市内の5社が参加予定です（…）, 参加予定は3者, A建設とB組が応札する予定): a tender
 * not yet opened (明日開札, 開札前) has its bidders kept, a count or names alike. Those expected at a briefing, a tour or a ceremony
 * (説明会には5社が参加予定) stay clean.
 */
const BID_ENTRANTS = '(?:参加表明|参加の表明|参加申込み?|参加申し込み|参加の申し?込み|参加申請|参加希望|入札参加(?:者|業者)?|応札(?:者|業者)?|入札書の提出)'
/** Blind R457J-051 kind: said to be expected to bid (参加予定です, 応札する予定, 参加の見込み). */
const BID_EXPECTED = '(?:(?:入札|応札)に)?(?:参加予定|参加の予定|参加する予定|参加の見込み|参加する見込み|参加見込み|応札予定|応札する予定|入札予定|入札する予定)'
export const BID_ENTRANTS_TOLD = new RegExp(
  `${BID_ENTRANTS}(?:は|が|も|の(?:数|件数)は)[、,]?(?:今のところ|いまのところ|現時点で|現在|今日時点で|まだ|すでに|もう)?[、,]?(?:わずか|たった|まだ|計|合計)?${BID_ENTRANT_COUNT}` +
    `|${BID_ENTRANT_COUNT}(?:から|が)(?:すでに|もう)?(?:参加表明|参加の表明|応札|参加の申し?込み|参加申込み?|参加申請)` +
    `|${BID_COMPANY}(?:さん|様)?(?:(?:と|や|、|,|・)${BID_COMPANY}(?:さん|様)?){0,5}(?:が|も)[、,]?(?:すでに|もう)?(?:手を挙げ|手をあげ|名乗りを上げ|名乗りをあげ|参加を表明|参加表明|応札し|入札に参加|参加を申し込|参加の申し?込み|${BID_EXPECTED})` +
    `|(?<!(?:説明会|見学会|講習会|研修会|会議|式典|大会)(?:に|には|へ|へは)?[^。！？!?\n]{0,6})${BID_ENTRANT_COUNT}(?:ほど|程度)?(?:が|は)[、,]?${BID_EXPECTED}` +
    `|(?:参加予定|応札予定|入札予定)(?:の)?(?:業者|会社|企業|事業者|者)?(?:は|が)[、,]?(?:今のところ|いまのところ|現時点で)?[、,]?${BID_ENTRANT_COUNT}` +
    `|(?:${BID_ENTRANT_COUNT}|[A-Z]社|${BID_COMPANY})(?:さん)?(?:から(?:は)?|が|は)[、,]?(?:すでに|もう)?辞退(?:の(?:連絡|申し出|申出|届|電話)|届|し(?:てき|た|まし|とる|よる)|され|する(?:と|そう|みたい|らしい))`,
  'gu',
)
/** …while the tender is still open in the paragraph (Blind R230A-014 kind: 来週の開札が楽しみです, 開札は21日の予定). */
export const BID_STILL_OPEN = /(?:来週|明日|あす|来月|今月|[0-9]{1,2}日)の?開札|開札(?:日)?(?:は|が)[^。！？!?\n]{0,12}?(?:の予定|を予定|予定(?:です|して))|(?:締(?:め)?切(?:り)?|〆切|開札|入札日|提出期限|受付期限|参加表明期限)(?:の)?(?:前|まで(?:に|は|まだ))|開札(?:は|が)?(?:まだ|これから|来週|明日)|(?:締(?:め)?切(?:り)?|〆切)(?:は|が)?(?:まだ|これから)|受付中|公告中|今のところ|いまのところ|現時点で|現段階で|途中経過/u
/**
 * Blind R163A-045: a city matter still being worked out inside, next year's budget or personnel or the budget process (来年度の予算配分,
 * 次年度の人員配置, 予算要求の一覧, 異動案), said to be caught in the post's photo (うしろのホワイトボードに来年度の予算配分がばっちり写って
 * ますが、まあ雰囲気ということで; 予算査定の資料が映り込んでるけど): the photo hands it out before the city releases it. Kept out of the photo
 * (写らないよう, 写っていないか), blurred (ぼかしを入れています), a public occasion (説明会, 会見, 本会議) and a budget the paragraph says was
 * passed or published stay clean; so do a park to be built with next year's budget, next year's events in the picture and a plan becoming
 * clear (新年度の職員配置も見えてきました).
 */
const CAUGHT_MATTER =
  '(?:(?:来年度|次年度|新年度|来期|再来年度)の?[^。！？!?\\n、,]{0,8}?(?:予算|人事|異動|人員配置|職員配置|配置案|組織改編|機構改革|職員定数)[\\p{Script=Han}]{0,4}|予算(?:要求|査定|編成|配分|の配分|の割り振り)[\\p{Script=Han}]{0,3}|人事案|異動案|異動名簿|人事異動の案|(?:次期|来期|次年度|来年度|新年度|改定後)の?[^。！？!?\\n、,]{0,8}?(?:保険料|料金|使用料|手数料|利用料|負担金|税率)の?(?:改定案|見直し案|引き上げ案|値上げ案|案(?!内)))'
export const MATTER_IN_PHOTO = new RegExp(
  `${CAUGHT_MATTER}(?:の(?:一覧|表|メモ|数字|金額|内訳|中身|案|資料|書類))?(?:\\([^()\\n]{1,30}\\))?(?:が|も|まで|とか)[、,]?(?:ばっちり|バッチリ|しっかり|はっきり|がっつり|思いっきり|思いきり|丸ごと|まるごと|そのまま|モロに|もろに|ちらっと|チラッと|うっすら|全部)?` +
    '(?:(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで|んど|んじゃ)|見えて|見えちゃ|見えと|丸見え)(?!(?:い|お)?(?:ない|ません|なか|ませ)|な(?:い|か)|き|く|こ)',
  'gu',
)
/**
 * Blind R173I-073: the other order, the photo's content named first and next year's budget or personnel given as what it is (写ってる数字は
 * 来年度の各課の人員配置計画です; 映っているのは新年度の予算配分の表なんですけど). A park built with next year's budget (写っているのは来年度の
 * 予算で整備する公園です), an event of next year and a budget passed or shown at a public occasion stay clean.
 */
export const PHOTO_IS_MATTER = new RegExp(
  `(?:(?:写|映)(?:り込|りこ)?(?:って|っと|っちょ)(?:い|お)?る|(?:写|映)(?:り込|りこ)?んで(?:い)?る|(?:写|映)って(?:ま)?す)(?:の|数字|数値|もの|表|紙|資料|メモ|文字|中身|内容|書類|ホワイトボード|ボード)(?:は|が|って)[、,]?(?:実は|なんと)?${CAUGHT_MATTER}(?:の(?:一覧|表|メモ|数字|金額|内訳|中身|案|資料|書類))?(?=です|でした|だよ|やけど|だけど|なんです|なんだけど|なんやけど|ですが|ですけど|[。！!\n]|$)`,
  'gu',
)
/**
 * Blind R248B-042 kind: the price a bid still to come is held at (予定価格, 最低制限価格, 調査基準価格, 設計金額) named as the paper on a board or
 * in the post's photo (写真奥のホワイトボードに貼ってあるのは、来月入札予定の…工事の予定価格の一覧です; 最低制限価格の表がばっちり写ってますが):
 * a glimpse of the internal paper hands out what the city keeps until the opening. A price published with the notice (事前公表, the
 * notice itself), a bid already opened, a photo kept clear of it and a lesson about photos stay clean.
 */
const BID_PRICE_PAPER = '(?:入札)?(?:予定価格|最低制限価格|低入札調査基準価格|調査基準価格|設計金額|積算額)(?:の(?:一覧|表|リスト|メモ|資料|書類|内訳|数字|金額|積算|計算))?'
export const BID_PRICE_IN_PHOTO = new RegExp(
  '(?:写真|画像|ホワイトボード|黒板|ボード|壁|机|デスク|モニター|画面|後ろ|うしろ|奥|背景)[^。！？!?\\n]{0,12}?(?:(?:貼|張|書)(?:って|いて)(?:あ|い|お)?(?:る|ります|ます)|(?:写|映)(?:り込|りこ)?(?:って|んで)(?:い|お)?(?:る|ます)|(?:写|映)ってる|並んで(?:い)?(?:る|ます))' +
    `(?:の|もの|紙|資料|表|数字|書類)(?:は|が|って)[、,]?(?:実は|なんと)?[^。！？!?\\n]{0,30}?${BID_PRICE_PAPER}(?=です|でした|だよ|やけど|だけど|なんです|なんだけど|ですが|ですけど|[。！!\\n]|$)` +
    `|${BID_PRICE_PAPER}(?:が|も|まで|とか)[、,]?(?:ばっちり|バッチリ|しっかり|はっきり|そのまま|モロに|もろに|ちらっと|チラッと|うっすら|全部)?(?:(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで)|見えて|見えちゃ|丸見え|(?:貼|張)ったまま|(?:貼|張|書)(?:って|いて)(?:あ|ま))(?!(?:い|お)?(?:ない|ません|なか)|な(?:い|か))`,
  'gu',
)
/**
 * Blind R168A-011: a staff-only note or paper left on a board, a wall or a desk in the post's photo (後ろのホワイトボードに課内の打ち合わせ
 * メモ（滞納整理の件数とか）が残ってますが; 壁に庁内の資料が貼ったままですが): the picture hands out what the section keeps inside. Kept out
 * of it (残っていないか, 写らないよう), blurred, or a board of the public's messages stay clean.
 */
export const STAFF_NOTE_IN_PHOTO =
  /(?:ホワイトボード|黒板|壁|机|デスク|モニター|画面|後ろ|うしろ|奥|背景)[^。！？!?\n]{0,10}?(?:に|には|にも)[、,]?(?:課内|庁内|係内|部内|内部|職員用|職員向け)の?[^。！？!?\n、,]{0,10}?(?:メモ|資料|書類|数字|データ|一覧|記録)(?:\([^()\n]{0,24}\))?(?:が|も|まで|とか)[、,]?(?:そのまま|ばっちり|バッチリ|しっかり|うっすら|まだ)?(?:残って|残っちゃ|残っと|書いたまま|貼ったまま|貼って(?:あ|る|ま)|書いて(?:あ|る|ま)|(?:写|映)(?:り込|りこ)?(?:って|っちゃ|っと|んで)|見えて|見えちゃ|丸見え)(?!(?:い|お)?(?:ない|ません|なか)|な(?:い|か))/gu
/**
 * Blind R168A-010: the post's photo said to show a paper with its content (写真のスライドは、統合の対象として挙がっている3園の名称と閉園時期の
 * 案を示したものです; 写真は…の一覧です), that paper said not public in the paragraph (資料は非公開ですが, 未公表の, 査定前の, 内部資料): the
 * caption tells what the picture hands out. A photo of the scene (写真は説明会の様子です), a paper published or blurred and a refusal
 * (非公開のため掲載しておりません) stay clean.
 */
export const PHOTO_SHOWS_PAPER =
  /写真(?:の(?:スライド|スクリーン|資料|画面|ホワイトボード|モニター|書類|ボード|紙|表))?(?:は|に(?:写|映)って(?:いる|る)のは)[、,]?[^。！？!?\n]{4,60}?(?:を(?:示した|まとめた|記した|載せた|書いた|整理した)(?:もの|資料|一覧|表|スライド)|の(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}?)?(?:一覧|資料|案|表|リスト|名簿|内訳|スライド))(?:です|でした|になります|なんです)/gu
/**
 * …Blind R303V-006 kind (conf20): also a paper named by its kind (来年度の予算要求資料です), said to be still being worked on inside (課内で検討
 * している, 庁内で調整中の) or said not to be for showing (議会前なので本当はお見せできないものですが).
 */
export const PAPER_NOT_PUBLIC = /非公開|未公表|非公表|公表前|発表前|内部資料|庁内資料|査定前|査定中|部外秘|職員限り|庁内限り|課内限り|議会前|議決前|(?:本当は|ほんとは|本来は?)[^。！？!?\n、,]{0,6}?(?:お)?見せ(?:でき|られ)ない|(?:課内|庁内|部内|係内|内部)(?:で|だけで)(?:検討|協議|調整|作成)(?:中|して(?:いる|る|います))/u
/**
 * Review (conf22) kind: the paper in the photo is residents' or pupils' own proposals (生徒の皆さんが提案した政策の一覧, 市民ワークショップで
 * 出た整備案, 市民の皆さんから寄せられたアイデア案), tested on the caption, or shown at a residents' meeting (市民説明会で紹介しました): the
 * public's own ideas, even when the section is still weighing them, are not an internal paper.
 */
export const RESIDENTS_OWN_PAPER =
  /(?:市民|住民|町民|生徒|児童|学生|中学生|高校生|小学生|子ども|こども|参加者|皆(?:さん|様)|みなさん|ワークショップ|アンケート|公募)[^。！？!?\n]{0,20}?(?:提案|応募|投稿|考案|発表)(?:し|され|して(?:くれ|いただい))た|(?:市民|住民|生徒|児童|参加者|皆(?:さん|様)|みなさん|ワークショップ|アンケート|説明会|公募)[^。！？!?\n]{0,12}?(?:で|から)(?:出た|出された|寄せられた|いただいた|集まった)/u
export const SHOWN_AT_PUBLIC_MEETING = /(?:市民|住民|地元|地域)(?:向け)?(?:の)?(?:説明会|ワークショップ|懇談会)で(?:も)?(?:紹介|説明|お示し|公開|配布|発表)(?:し|いたし)(?:ました|ています|ております)/u
export const PAPER_HELD = /(?:掲載|公開|お見せ|お示し|配布)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|のため(?:掲載|公開)/u
/**
 * Blind R170I-003: a staff system that holds residents' records named (住民記録システム, 住基システム, 税務システム, 戸籍の端末), then its screen
 * shown as the post's photo does (こんなふうに, このように, 写真のように) with residents' data on it (世帯全員の情報が一覧で出てきます): the
 * back office's records handed out as staff see them. A public service showing the reader's own data (マイナポータルでは…自分の情報), a
 * system with no data shown (番号札が表示されます) and a closure notice stay clean.
 */
export const RECORDS_SYSTEM_SHOWN =
  /(?:住民記録|住民基本台帳|住基|戸籍|税務|課税|収納|福祉|介護|国保|基幹|窓口|業務)(?:の)?(?:システム|端末)[^\n]{0,40}?(?:こんなふうに|こんな風に|このように|こんな感じで|写真のように|画面のように)[、,]?[^。！？!?\n]{0,24}?(?:世帯|住民|市民|個人|氏名|名前|住所|生年月日|家族)[^。！？!?\n]{0,12}?(?:情報|データ|一覧|履歴)(?:が|も)[^。！？!?\n]{0,8}?(?:出て|表示|見られ|見え|並)/gu
export const PHOTO_BLURRED = /ぼかし(?:を入れ|を入れて|て(?:い|あ|お))|ぼかして(?:い|あ|お)|モザイク(?:を|処理|加工)|(?:加工|処理)(?:して|済)|消して(?:から|あり|おり)/u
export const PUBLIC_OCCASION = /説明会|会見|記者|公聴会|報告会|本会議|傍聴|シンポジウム|フォーラム/u
/**
 * Blind R162I-024: a screen of a system that only staff use, shown in the post with its figures (コールセンターの管理画面をちょっとだけ公開！今月の
 * 応答率は71％、苦情として記録された件数は43件でした; 業務システムの画面をお見せします…待ち人数は12人): what the back office records, counts
 * of complaints among it, is handed out as staff see it. A feature released to users (団体向けの管理画面を公開しました), a screen shown in a
 * training (画面を見せながら説明しました), a refusal (お見せできません) and a screen named with no figure told stay clean.
 */
export const INTERNAL_SCREEN =
  /(?:管理(?:者)?画面|管理者ページ|管理ページ|管理ツール|(?:業務|庁内|内部|職員用|職員向け|基幹)(?:の)?システム(?:の)?画面|バックヤード(?:の)?画面)(?:を|の(?:一部|中身|数字|データ)を|も)[、,]?(?:(?:ちょっとだけ|少しだけ|ちょこっと|特別に|こっそり|内緒で|チラッと|ちらっと)(?:公開|お見せ|見せ)|お見せ(?!でき|いたしかね|しかね)|見せ(?:ちゃ|ます|まーす|る(?:ね|よ|ばい|けん))|チラ見せ|ちら見せ|大公開|初公開)(?!(?:する)?こと(?:は)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ながら)/gu
export const SCREEN_FIGURE = /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|%|％|割|円|世帯|票|通|回|本)/u
/*
 * Blind R120A-003: the price the negotiation with a named business is being settled at, told as the negotiation's topic (有明フーズ様との単価交渉は、
 * 現在1セットあたり2,400円で調整しております, 地権者さんとの協議では坪12万円で詰めています, 価格交渉は1個780円で話を進めとるところ): a figure on
 * the table in a negotiation still going on, as an offer is. The negotiation is one with a named party (…様との, …さんとの, 事業者との) or a
 * price's (単価交渉, 価格交渉, 値引き交渉); a deal concluded or published (OFFER_PUBLIC) and a fee simply being arranged (参加費は500円で調整
 * しています, no negotiation as its topic) are not this.
 */
const NEGOTIATION_TOPIC =
  "(?:(?:先方|相手方|地権者|地主|所有者|事業者|業者|会社|法人|組合|JA|農協|漁協|[\\p{Script=Han}\\p{Script=Katakana}A-Za-zー・]{1,12}(?:様|さま|さん|社|側))との[^。！？!?\\n]{0,8}?|(?:単価|価格|値引き|値下げ|金額|買取価格|買収価格|委託料|賃料|料金)(?:の)?)(?:交渉|協議|折衝|話し合い)(?:は|では|で|について(?:は)?|の中で)"
export const OFFER = new RegExp(
  `${VALUE}[^。！？!?\\n]{0,6}?(?:で|を)(?:お願い|提示|ご提示|提案|ご提案|打診|示し|お示し|申し入れ|持ちかけ|買い取|買収|交渉)|${VALUE}で(?:どうか|いかがか)と?(?:話|相談|お願い|打診|提案|お伺い)|(?:提示|提案|打診|買収|買い取り|買取)(?:額|価格|金額|単価|した(?:額|金額|価格))(?:は|が)[^。！？!?\\n]{0,10}?${VALUE}` +
    `|${NEGOTIATION_TOPIC}[、,]?[^。！？!?\\n]{0,20}?${VALUE}[^。！？!?\\n]{0,6}?で(?:(?:調整|協議|交渉|折衝|すり合わせ|擦り合わせ)(?:し(?:て|と|よ)|中|を進め)|詰め(?:て|と)|話(?:を)?進め(?:て|と))` +
    `|${COUNTERPART}(?:が|は|から(?:は)?|の方(?:から|は)|も)[、,]?[^。！？!?\\n]{0,14}?${VALUE}[^。！？!?\\n]{0,12}?(?:を|ば|で|は|が|って|と)?(?:求め|要求|要望し|希望し|希望され|言って(?:き|こ)|言いよ|言うとら|提示して(?:き|こ)|出して(?:き|こ)|ふっかけ|吹っかけ|主張|譲ら)`,
  'gu',
)
/**
 * Blind R116A-023: a price a supplier came down to in the city's negotiation (業者さんとの交渉で1個780円まで下がりました, 交渉の結果1食
 * あたり260円で折り合いました, 値引き交渉して1脚4,500円まで下げてもろた), told while the procurement is still to come or with the reader
 * asked to keep it from others (入札前なので他の業者には言わないでね, 他社には内緒で): the figure one bidder offered is what the others
 * must not learn. A price settled and announced (入札結果は市ホームページで公表), a fee agreed with residents told openly (no sign it is
 * held back), a condition (下がれば) and a scam quoting the line are not this.
 */
export const NEGOTIATED_PRICE = new RegExp(
  `(?:値引き|値下げ|価格|単価|見積(?:もり|り)?)?(?:交渉|折衝|協議|話し合い|やりとり|やり取り)(?:の結果|した結果|して|を重ねて|を重ねた結果|の末|で|では)[、,]?[^。！？!?\\n]{0,24}?${VALUE}[^。！？!?\\n]{0,6}?(?:まで|に|で)[、,]?(?:下が(?:り|っ(?!たら))|さが(?:り|っ(?!たら))|下げ(?:て|ました|た|られ|させ)|値下げ(?:され|し|に)|まとま(?:り|っ(?!たら))|決ま(?:り|っ(?!たら))|落ち着(?:き|い(?!たら))|折り合(?:い|っ(?!たら))|収ま(?:り|っ(?!たら))|抑え(?:られ|ました|た|て)|負けて|まけて|なりま|なった|なっと|(?<=まで)(?:来|き)(?:て|ました|た))`,
  'gu',
)
/** …with a sign that it is held back: a bid still to come, or the reader asked to keep it (他の業者には言わないでね, 内緒で). */
export const PRICE_HELD = /(?:お?伝え|お?話し|お知らせ|お漏らし)に(?:なら|なりませ)(?:ない|ん)|(?:言わ|話さ|しゃべら|喋ら|漏らさ|もらさ|伝え|教え)(?:ないで|んで|んどって|んごと|ずに|ないように|んように)|内緒|ないしょ|ナイショ|内密|ここだけ|オフレコ|口外|他言|伏せ(?:て|と)/u
export const NEGOTIATING = /地権者|所有者|地主|持ち主|用地|買収|買い取り|買取|立ち退|補償|交渉|借地|賃借|譲渡/u
export const STILL_ON = /(?:調整|協議|交渉|折衝)し(?:ており|ています|ている|とる|よる)|もう一度|もう一回|再度|(?:来月|来週|次回|今度|後日|週明け)[^。！？!?\n]{0,12}?(?:伺|お伺い|お話し|お会い|協議|交渉|話し合|ご相談)|詰めて(?:おり|います|いる|る)|ところ|段階|続い|続け|続き|交渉中|協議中|話し合い中|調整中|最中|まだ|首を縦|合意(?:に至|でき|し|が)|折り合|応じ|難航|話し合い|これから|検討して|お願いし/u
export const OFFER_PUBLIC = /補助|助成|支給|受付|募集|申請|合意しました|契約を締結|締結しました|議決|可決|公表し|ホームページ|売却します|貸し付け|貸付|公募|入札|鑑定評価の結果/u
/**
 * An incident the city has not announced: 住民のデータが入った記録媒体が行方不明, 公表するかどうかは上で話し合い中;
 * 書類の誤送付、まだ公表しとらん. A published apology (お詫び, 公表しました) is the city announcing it.
 */
export const INCIDENT = /(?:システム|サーバー|ネットワーク)(?:の)?(?:障害|トラブル|不具合)|見える状態|閲覧(?:でき|可能)(?:な|の)?状態|紛失|行方不明|なくな|無くな|なくし|無くし|見つから|見つかっ?とらん|見当たら|漏えい|漏洩|流出|誤送信|誤送付|誤発送|誤配|誤交付|盗難|盗まれ|置き忘れ|異物|混入|誤徴収|過大徴収|着服|横領|不正(?:受給|アクセス|利用)?|事故|不祥事|体罰|虐待|ミス/u
/** A service a citizen may use in confidence (親に内緒で相談, 家族にも内緒で受診): their privacy, not the city hiding something. */
const SOUGHT_PRIVATELY = 'で(?:の)?(?:相談|受診|利用|来所|来庁|申請|電話|連絡|検査|受け|参加)'
/** What is withheld is a person's name or details, right before 伏せ: お名前は, 氏名を, 個人が特定されないよう. */
export const NAME_WITHHELD = /(?:お名前|名前|氏名|実名|個人名|ご本人の?(?:お名前|氏名)?|個人情報|住所|ご住所|年齢|顔|お顔|学校名|特定されないよう|特定できないよう)(?:は|を|も|など(?:は|を)?|等(?:は|を)?)?[、,\s]?$/u
/** …for that person's sake: at their wish, for their family, for privacy (a plain 名前は伏せて may hide who did wrong). */
/**
 * Colleague, after blind R87A-023: 公表していませんが said of who a person is (お名前は公表していませんが、80代の方です; 氏名を公表していませんが、
 * 市内在住の70代の女性です): a person's identity withheld for their sake, the opposite of a leak, as long as the rest of the sentence does
 * not name them after all (お名前は公表していませんが、受賞者は大和町の田中一郎さんです) nor tell a figure or a decision instead (業者の名前は
 * 公表していませんが、落札額は1200万円でした).
 */
/**
 * What follows 「…は公表していませんが、」 when the city states its own practice rather than leaking: an aggregate (件数, 合計, 全体),
 * a request for understanding, a refusal, or where the public figures are (ホームページ, 市HP, 窓口でご確認). Colleague review,
 * stop 51 (the bare concession blocked 「相談の内容は公表していませんが、相談件数は…」).
 */
const WITHHELD_AS_PRACTICE = /^[、,\s]*[^。！？!?\n]{0,24}?(?:ご理解|ご了承|ご容赦|お答え(?:でき|いたしかね|は控え)|控えさせ|ホームページ|市HP|窓口で(?:ご確認|お問い合わせ)|ご確認いただけ)/u
/** The details of cases held back (個別の相談内容は, 詳細は, 内訳は, お名前は), then a count or a total told: the public part. */
const DETAIL_HELD = /(?:内容|詳細|詳しいこと|個別|内訳|中身|個々|お名前|氏名|名前)(?:の[^。！？!?\n、]{0,6})?(?:は|を|について(?:は)?|まで(?:は)?)[、,]?$/u
/**
 * A breakdown held back as practice (地区別の投票率は通常は, 学校別の結果は), then the whole told (市全体の投票率は45.2%でした, 市全体の平均
 * 正答率は…): the public part. Not when one part is told after it (三橋地区は28.1%, A保育園では5人): that is the breakdown itself.
 */
const BREAKDOWN_HELD = /(?:地区|校区|学校|施設|店舗|事業所|業者|年代|年齢|個人|投票所|町内|行政区)別(?:の[^。！？!?\n、]{0,6})?(?:は|を|について(?:は)?)[、,]?(?:通常は|普段は|ふだんは|原則(?:として)?は?|例年)?[、,]?$/u
const WHOLE_TOLD = /^[、,\s]*(?:市|町|村|県|全国|市内)?(?:全体|全市|合計|総数|総計|平均)(?:で|の|は)/u
const AGGREGATE_TOLD = /(?:件数|総数|合計|総計|全体|概要|傾向|割合|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯)(?:の|が|で|と|を)|[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯)でした)/u
/** A decision or an outcome in what is told after the concession: then it is a leak whatever else is said. */
const OUTCOME_TOLD = /方向(?:です|で|性)|見送り|見込み|決ま(?!り次第|りましたら)|決定(?!次第)|内定|絞り|有力|濃厚|本命|最安|最高|落札|採用|合格|[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?円/u
/**
 * 「…は公表していませんが、」 followed by the city's practice rather than a leak: the details held back and a count or a total given
 * (個別の相談内容は公表していませんが、昨年度の相談件数は52件でした), or understanding asked / the public place pointed to (詳細は公表して
 * いませんが、ご了承ください). Not when the rest tells an outcome or an amount (業者の名前は公表していませんが、落札額は1200万円でした) or
 * names a person. Colleague review, stop 51 (the bare concession blocked both).
 * @param before up to 20 characters before 公表…; @param rest the sentence after it.
 */
export function withheldAsPractice(before: string, rest: string): boolean {
  if (OUTCOME_TOLD.test(rest) || PERSON_NAMED.test(rest)) return false
  return WITHHELD_AS_PRACTICE.test(rest) || (DETAIL_HELD.test(before) && AGGREGATE_TOLD.test(rest)) || (BREAKDOWN_HELD.test(before) && WHOLE_TOLD.test(rest)) || pointedToPublished(rest)
}
const PERSON_NAMED = /[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?<![皆各長員客者民家方主族衆連子奥娘孫妹姉兄弟母父])(?:さん|様|さま|氏|先生|くん|君|ちゃん)/u
export function withheldIdentity(t: string, start: number, rest: string): boolean {
  const here = sentenceAround(t, start, start)
  return NAME_WITHHELD.test(t.slice(Math.max(here.start, start - 16), start)) && !PERSON_NAMED.test(rest) && !CLOSED_TOLD_VALUE.test(rest)
}
export const FOR_THEIR_SAKE = /ご本人|ご意向|ご希望|ご遺族|ご家族|プライバシー|お名前|個人が特定|特定されない|特定できない/u
export const INCIDENT_UNDISCLOSED = new RegExp(String.raw`(?:近く|近日|来週|明日|後日)(?:中に)?(?:公表|発表)(?:する|される)(?:方針|らしい|そう|みたい|とのこと|って)|(?:公表|発表)(?:は|が)(?:来週|明日|後日|近く)[^。！？!?\n、]{0,8}?(?:やけど|だけど|ですが|ですけど|けど|らしい|みたい|そう)|公表(?:する|す)?か(?:どうか|否か|せんか|しないか|は|を)|公表(?:は|を|も)?(?:まだ|見送|控え|せず|しない|せん|しとら|していな|してな|検討|迷)|(?:上|幹部|上層部|上の人|上のほう|本庁|市長)(?:で|が|の方で|のほうで)(?:話し合い|協議|検討|相談|判断)(?:中|して|しよ|しとる)|まだ(?:公表|発表|報道)(?:し|され|前)|まだ(?:表|外|公)に(?:出|なっ)(?:て|と)|(?:発表|公表|報道)(?:前|される前|の前)|(?:内緒|ナイショ)(?!${SOUGHT_PRIVATELY})|ここだけ|伏せ(?:て|と)|秘密に|言わんで|言わないで|黙っとい|黙って(?:お|い)|表沙汰|外に漏ら`, 'gu')
/**
 * A result told before those concerned hear it: per-applicant scores or ranks of a selection, with its notice still to
 * come (結果は各社に通知が届き次第、正式にお知らせします). The scale a score is out of (200点満点で) is no one's score.
 */
export const SELECTION = /プロポーザル|審査|選考|選定|コンペ|入札|提案|応募|採用試験|試験|面接/u
export const SCORES = /(?:点数|得点|評価点|採点結果?|点差)(?:は|が|で|も)?|(?<![作品応募計全出品約])[0-9０-９一二三四五六七八九十]+点(?!満点)(?:差|で|の差|、|,|を獲得|を取|と|でした)|(?:[0-9一二三]+位|トップ|最高点|最下位|次点)(?:は|が|で|の|に|と)/gu
export const NOTICE_TO_COME = /(?:発表|公表|通知|連絡)(?:は|が)(?:まだ|これから|後日|来週|明日)|(?:通知|連絡|お知らせ|結果)(?:が|を|は)?(?:届き|届いて?|し|出)?次第|通知(?:前|はまだ|はこれから|の前)|(?:正式|公式)(?:に|な|の)(?:は)?(?:後日|改めて|お知らせ|発表|ご報告)|まだ(?:各社|本人|ご本人|業者|事業者|応募者|参加者|受験者)(?:には|に|の皆さんには)/u
/**
 * The result made public. Blind R183I-070: not when the verb is denied (点数は公表しないことになっている, 順位は発表していません): that says the
 * figures are kept, and a post that tells them anyway leaks them.
 */
export const RESULT_PUBLIC = /(?:公表|発表)し(?!な[いか]|ませ|ておら|て(?:い|お)?(?:ない|ません|りません)|とら)|ホームページ|市HP|掲載しています|掲載しました|表彰式|おめでとう/u
/*
 * Round 10 kinds: what insiders know, told in any voice (である調, a mascot's 〜っパ, 筑後弁, warm keigo, English
 * mixed in). Each is a construction with bounded gaps.
 */
/**
 * A secret kept until the release, then told: まだ言えんやつやけど…さんで決まり, 発表日まではないしょ…さんに決まった.
 * (A teaser that withholds, ゲストは当日までナイショ, names no one.)
 */
/**
 * Details said to be held back until a release (報告前なので詳しくは出せませんが, まだ公表前なので言えないけど), then told in the
 * same sentence: at least a number or a measure after the held-back clause. Bounded gaps.
 */
export const HELD_BACK_BUT =
  /(?:(?:議会|委員会|市長|上|本庁|県|国)(?:へ|に)?の?(?:報告|説明|提出|発表|公表)|公表|発表|記者発表|正式発表|報道発表|解禁|通知)(?:の)?前(?:なので|だから|ですので|のため|やけん|やけど|だけど|ですが)[、,]?[^。！？!?\n]{0,12}?(?:詳しく|詳細|細かいこと|くわしく|はっきり|大きな声で)?(?:は|を)?(?:出せ|言え|書け|お伝えでき|明かせ|公表でき|お話しでき|申し上げられ)(?:ません|ない|ん)(?:が|けど|けれど|けども)(?=[、,]?[^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十百千]+(?:世帯|人|件|円|万|億|%|割|か所|箇所|名)|になりそう|する方向|の見込み))/gu
export const SECRET_TILL = new RegExp(
  `(?:発表|公表|解禁|情報解禁|正式発表|記者会見|会見|お披露目)(?:日|の日)?まで(?:は)?(?:ないしょ|内緒|ナイショ|秘密|ひみつ|ヒミツ|シーッ|しーっ|言えな|言えん|言っちゃ(?:ダメ|だめ|いけな))|` +
    `まだ(?:言え|話せ|書け|お伝えでき|お話しでき|申し上げられ)(?:ん|ない|ません|なか)(?:やつ|話|こと|ネタ|情報|ん|の)?(?:です|だ|や)?${GOES_ON}`,
  'gu',
)
/** Who or what was chosen, named: …さんで決まり, 『…』さんに決まった, …社に内定 (not 日程が決まりました). */
export const WHO_DECIDED = /(?:さん|氏|様|さま|先生|コンビ|グループ|』|」|社|建設|[ァ-ヴー]{3})(?:に|で)(?:決ま|決定|内定)/u
/** A release named for later (明日の記者会見で市長が発表する), then told first (ひと足先にちょっとだけ…無料になります). */
export const FUTURE_RELEASE = /(?:明日|あした|明後日|あさって|来週|来月|週明け|今夜|今晩|夕方|午後|後日|今度の|次回の|[0-9]{1,2}日)の?(?:(?:市長|町長|村長|知事|副市長|教育長)の)?(?:定例)?(?:記者会見|会見|記者発表|報道発表|プレスリリース|発表会?)(?:で|にて)?[^。！？!?\n]{0,16}?(?:発表|公表|お披露目|明らかに)(?:する|される|します|されます|予定|になる)/u
/**
 * Blind R133I-079: a question of an exam not yet sat, shown before it (明日の市立中学校の学年末テスト、数学の大問3はこれです→「…」, 来週の
 * 採用試験の問題、こちらです：「…」, 本番の検定に出る問題はこれ！): an exam's questions are secret until it is held. The exam is to come
 * (明日, 来週, 本番, 次回 …), a question of it is named (問題, 大問, 設問, 問3) and shown (これです, こちら, →「…」). Past papers, practice
 * questions and the range to study (過去問, 練習問題, 出題範囲) are published on purpose.
 */
export const EXAM_LEAK =
  /(?:明日|あした|あす|明後日|あさって|来週|再来週|今度|次回|本番|週明け|[0-9０-９]{1,2}日)の[^。！？!?\n]{0,20}?(?:テスト|試験|入試|検定|考査|模試|選考)[^。！？!?\n]{0,14}?(?<!過去|練習|例|類題|予想|模擬|サンプル)(?:問題|大問|小問|設問|出題|問[0-9０-９一二三四五六七八九十]|第[0-9０-９一二三四五六七八九十]問)[0-9０-９一二三四五六七八九十]{0,2}(?:は|を|が|、|,)?[^。！？!?\n「]{0,8}?(?:(?:これ|こちら|コレ)(?:です|だよ|やけん|や|ばい|たい|！|!|→|[:：])|→\s?「|[:：]\s?「)/gu
/**
 * Blind R182I-053, R179I-004: what an exam still to come will ask, told before it (来週の職員採用試験…の教養試験ですが、今年は時事問題で「…」が
 * 出ます; 6月22日の一次試験、論文のテーマは「…」です): the questions and an essay's theme are secret until the exam is held. The exam is named
 * with a day or a time still to come (来週, 明日, 今年, 6月22日の), then a quoted question said to come up (「…」が出ます, 出題されます) or the
 * theme of a part of it (論文, 作文, 面接) given in brackets. The subjects or the scope (試験科目は…, 出題範囲は…), a past exam's theme
 * (昨年度の論文テーマは「…」でした) and a study guide (公式テキスト, 過去問) stay clean.
 */
export const EXAM_CONTENT_AHEAD =
  /(?:明日|あした|あす|明後日|あさって|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考)(?:[（(][^（）()\n]{0,12}[）)])?[^。！？!?\n「」]{0,30}?(?:「[^「」\n]{2,60}」(?:が|も)(?:出ます|出る|出題され|出されます|問われ|課され)|(?:論文|小論文|作文|面接|記述|討論|集団討論|グループディスカッション|プレゼン(?:テーション)?)(?:の)?(?:テーマ|課題|題目|お題)(?:は|が)[、,]?「[^「」\n]{2,60}」(?:です|だよ|に決ま|になります|となります|(?=[。！!]|$)))/gu
/**
 * Blind R234M-034 kind: what an interview or an exam still to come will ask, passed on as heard from its side (面接官の打ち合わせに同席した
 * んですが、今年は「…」と「…」を必ず聞くそうなので; 「…」について質問されるらしいです): the questions are secret until the exam is held. The exam
 * to come is named in the paragraph (EXAM_AHEAD_NAMED), the quoted questions are said to be asked in hearsay (そう, らしい, みたい, とのこと);
 * the city's own guidance (面接では志望動機などをお聞きします), a past exam (昨年は…を聞かれたそうです) and the scope stay clean.
 */
export const EXAM_AHEAD_NAMED = /(?:明日|あした|あす|明後日|あさって|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考|採用面接|面接試験|[一二三四1-4]次面接)/u
export const EXAM_ASKED_HEARD =
  /「[^「」\n]{2,40}」(?:(?:と|や|、)「[^「」\n]{2,40}」){0,3}(?:を|が|は|も|について)[^。！？!?\n「」]{0,8}?(?:聞く|聞かれる|聞きます|聞かれます|質問する|質問される|質問します|質問されます|尋ねる|尋ねられる|問う|問われる|出題される|出題する|出される|出す|出る)(?:そう|らしい|みたい|って|とのこと|んだって|んですって)/gu
/**
 * Blind R236I-018 kind: the theme of an exam still to come passed on in the writer's own words, no quotation (今年の採用試験の論文は、
 * 柳川の水と暮らしにかかわるテーマが出ます), offered as a tip to candidates (耳より, 有利, ここだけ, こっそり). The city's notice of what
 * an exam covers (論文試験では市政に関するテーマを出題します) gives no tip, and the scope or a past year's theme (EXAM_PUBLISHED_PART) stays clean.
 */
export const EXAM_THEME_TIPPED =
  /(?:明日|あした|あす|来週|再来週|来月|今度|次回|今年|今年度|本番|週明け)の[^。！？!?\n「」]{0,24}?(?:試験|検定|入試|考査|選考)(?:の)?[^。！？!?\n「」]{0,8}?(?:論文|小論文|作文|面接|記述|討論|集団討論|プレゼン(?:テーション)?|筆記)(?:試験)?(?:の)?(?:テーマ|課題|題目|お題)?(?:は|では|で)[、,]?[^。！？!?\n「」]{2,40}?(?:に(?:かかわる|関わる|関する|ついての|まつわる)|をめぐる|絡みの|がらみの|関連の)(?:テーマ|問題|課題|お題|題)(?:が|を)?(?:出ます|出る|出題され|出されます|問われ|課され|になります|です)/gu
export const EXAM_TIP = /耳より|耳寄り|ここだけ|内緒|ないしょ|ナイショ|こっそり|特別に|有利|ヤマ(?:を張|が当た|張)|フライング|裏情報|極秘|先取り/u
/**
 * Blind R236I-040 kind: the winner of a contest whose result is announced later, given away by a description of the work or the person
 * (結果発表は来月ですが…大賞は、…をとらえたあの一枚です). The prize itself in a call for entries (大賞は1点、賞金3万円), a winner withheld
 * (大賞はまだ内緒, お楽しみに) and a result announced (おめでとうございます) stay clean.
 */
export const WINNER_TOLD =
  /(?:大賞|グランプリ|最優秀賞?|金賞|特選|優勝|1位|一位)(?:は|に輝いたのは|に選ばれたのは|を射止めたのは)[、,]?(?![^。！？!?\n]{0,30}?(?:[0-9０-９一二三四五六七八九十]+(?:名|点|人|作品|組|万|円)|賞金|賞品|副賞|記念品|贈呈|表彰状|内緒|ないしょ|ナイショ|秘密|ひみつ|お楽しみ|誰|だれ|未定|まだ|発表|？|\?))[^。！？!?\n]{4,60}?(?:作品|一枚|1枚|写真|一作|絵|さん|様|氏|チーム)(?:です|でした|だよ|に決ま)/gu
export const RESULT_LATER = /(?:発表|公表|通知)(?:は|が)(?:まだ|これから|後日|来週|来月|明日|[0-9０-９]{1,2}(?:月|日))/u
/**
 * Blind R137I-078: questions of an exam still being written, shown early (来年度の学力調査に向けて先生たちが作成中の問題の一部を特別に
 * 紹介します, 作成中の期末テストの問題をちょっとだけ公開, 入試に向けて作っている問題をお見せします): an exam's questions are secret
 * until it is held, and so while they are drafted. The exam is named, the questions are being made (作成中, 作っている, 作問中, 準備中)
 * and they are shown (紹介, 公開, お見せ). A question bank on sale (問題集), a workshop on writing questions and a refusal (紹介はできません)
 * are not this.
 */
export const EXAM_DRAFT_SHOWN =
  /(?:テスト|試験|入試|検定|考査|学力調査|模試|選考)[^。！？!?\n]{0,20}?(?:作成中|作っている|作ってる|作成している|作成しとる|作問中|作問している|準備中|準備している|制作中)の?[^。！？!?\n]{0,6}?(?:問題|設問|出題|試験問題|テスト問題)(?!集)[^。！？!?\n]{0,16}?(?:紹介|公開|お見せ|見せ|お披露目|チラ見せ|大公開|ご覧いただ)(?!(?:は|が)?(?:でき|し|いたし)(?:ません|ない|かね))|(?:作成中|作っている|作ってる|作成している|作問中|準備中|制作中)の[^。！？!?\n]{0,12}?(?:テスト|試験|入試|検定|考査|学力調査|模試)(?:の)?(?:問題|設問)(?!集)[^。！？!?\n]{0,16}?(?:紹介|公開|お見せ|見せ|お披露目|チラ見せ|大公開|ご覧いただ)(?!(?:は|が)?(?:でき|し|いたし)(?:ません|ない|かね))/gu
/**
 * Blind R235I-053 kind: a work made for a release named for later (来月の記者会見でお披露目する…メインビジュアル), shown in a peek the post
 * calls a scoop or got on the quiet (ちょっとした小さなスクープです, 担当の机の上に置いてありました, こっそり): the release's own content,
 * taken from inside before its day. The city's sanctioned teaser (ひと足先にシルエットだけお見せします🤫, お楽しみに) says none of this.
 */
export const PEEK_COVERT = /スクープ|すっぱ抜|こっそり|内緒で|ないしょで|ナイショで|無断で|勝手に|(?:机|デスク|棚|机上)の上に(?:置いて|置かれて|あっ|あり)|置いてあっ(?:た|たの)|置いてありました|盗み見/u
/**
 * Blind R162I-114: the release named for later in a concession (ほんとは来月の市長の記者会見で発表するんだけど、ひと足先にこっそり教えちゃう;
 * 来週の会見で発表される予定ですが、一足早くお伝えします), the figure told before it in the paragraph (今年度の寄附額が速報で52億円をこえたよ〜):
 * the peek names what came first. A figure with a unit or a decision is told; a teaser with none (…をお見せします) is not this.
 */
const RELEASE_CONCEDED = new RegExp(`${FUTURE_RELEASE.source}(?:予定)?(?:ん|の)?(?:です|だ|や)?(?:けど|けれど|けども|が|ばってん)[、,]?[^。！？!?\\n]{0,6}?$`, 'u')
const FIGURE_BEFORE = /[0-9０-９]+(?:\.[0-9]+)?(?:万|億|千)?(?:円|件|人|名|世帯|%|％|倍|社|票|割)|決まり|決定し/u
export function toldBeforePeek(t: string, peek: number): boolean {
  const from = Math.max(0, peek - 60)
  const release = RELEASE_CONCEDED.exec(t.slice(from, peek))
  if (!release) return false
  // What is shown first is how to attend (ひと足先に会場の地図をお見せします): logistics, the figure before is no peek.
  if (/^[^。！？!?\n]{0,24}?(?:会場|場所|地図|駐車|日程|申込|申し込|取材|アクセス)/u.test(t.slice(peek, peek + 40))) return false
  return FIGURE_BEFORE.test(t.slice(Math.max(0, from + release.index - 120), from + release.index))
}
/** A named member of staff to take a post from a future date, stated as settled (4月からの…課長には…次長が就くことが決まっている). */
export const FUTURE_APPOINTMENT = /(?:[0-9]{1,2}月|来年度|来春|新年度|次年度|来月)(?:[0-9]{1,2}日)?(?:から|より|以降)?の?[^。！？!?\n]{0,16}?(?:課長|部長|次長|局長|室長|所長|館長|園長|校長|教頭|センター長|支所長|係長|会計管理者)(?:に|には|として|へ)[、,]?[^。！？!?\n]{2,24}?(?:が|を)?(?:就く|就任する|就かれる|着任する|なる|なられる|異動する|来られる|務める|起用される)(?:こと|予定|見込み)(?:が|に|で)?(?:決まっ|決定し|内定し|なっ|固まっ|内定)/gu
export const APPOINTMENT_PUBLIC = /付の人事|付で|付け|辞令交付|ホームページ|市HP|発表しました|公表しました|掲載しました|議会|同意|選任|公募|募集/u
