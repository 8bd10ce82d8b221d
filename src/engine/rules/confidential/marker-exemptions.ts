/**
 * confidential — Where a marker word or a pre-release word is no leak, as runParagraph reads it: a lesson or rule about handling
 * papers (「取扱注意」のハンコが押された書類は…), a marker in use as a label (a parcel's 取扱注意, waste labels), a rights notice, a
 * draft named as the work in hand (draftAtWork, reported by index.ts post with a photo), a season's 解禁, a refusal; and the
 * sentence helpers those use. What is caught: the same words with a paper or data shown, told on the quiet or after the refusal.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { CASE_CONFERENCE_NAME, HARVEST_SEASON, NAMED_PAPER_TOLD, PARCEL, TOLD_ANYWAY, VALUE, sentenceAndNext, sentenceOf } from './context'

/**
 * Who is to be given a post, told as being arranged inside (教育長については、元城内小学校長の男性を起用する方向で最終調整に入っている,
 * 副市長には現在の総務部長を充てる方針を固めた, 元校長の男性を教育長に起用する案で調整中): a personnel proposal before the city puts it
 * to the council or announces it. The appointment made, proposed or announced (同意を得て…任命しました, 人事案を提案しました, 会見で
 * 明らかにした) is public.
 */
const APPOINT_POST = '(?:副市長|教育長|教育委員|代表監査委員|監査委員|会計管理者|公平委員|選挙管理委員|農業委員|消防長|病院長|[\\p{Script=Han}]{1,6}(?:課長|部長|局長|館長|所長|センター長|園長|校長))'
const APPOINT_VERB = '(?:起用|充て|任命|選任|登用|抜擢|据え)(?:る|する)?(?:方向|方針|案|こと|人事案?)(?:で|を|が)?[^。！？!?\\n]{0,6}?(?:最終調整|調整|固め|固ま|詰め|内定|決ま)'
export const APPOINTMENT_ARRANGED = new RegExp(
  `${APPOINT_POST}(?:に|には|について(?:は)?|として|の後任(?:に|には|として)?)[、,]?[^。！？!?\\n]{0,30}?(?:を|が)${APPOINT_VERB}|` +
    `(?:を|が)[、,]?[^。！？!?\\n]{0,10}?${APPOINT_POST}(?:に|として)${APPOINT_VERB}`,
  'gu',
)
export const ARRANGED_PUBLIC = /就任しました|就任いたしました|着任しました|辞令(?:を)?交付|付(?:で|け)(?:の)?(?:任命|就任|着任|発令)(?:しました|されました|いたしました)|付の人事|同意を得|同意され|同意しました|可決|選任されました|任命しました|(?:提案|提出|上程)しました|発表しました|公表しました|明らかにし|表明し/u
/**
 * A budget figure before the budget is compiled or its bill published: 設計委託費は2億4,000万円で財政課と合意済み,
 * 補正予算案には…3,240万円が計上（議案は告示後に掲載）, 来年度の…お金が今年より3割へるって（会議の資料に）.
 */
const RATIO = '(?:[0-9一二三四五六七八九十]+割|[0-9]+(?:%|％|パーセント)|半分|半減)'
export const BUDGET_AGREED = new RegExp(`${VALUE}[^。！？!?\\n]{0,8}?(?:で|と|に)?(?:財政課|財政部|財務課|財政当局|査定|市長査定|予算査定)(?:と|で|に|の)?[^。！？!?\\n]{0,6}?(?:合意|了承|認め|決ま|固ま|つい|通っ|調整済|内定|OK)|(?:財政課|財政部|財務課|市長査定|予算査定)(?:と|で|に|の)[^。！？!?\\n]{0,8}?(?:合意|了承|認め|決ま|固ま|通っ|調整済|内定)[^。！？!?\\n]{0,16}?${VALUE}|(?:財政課|財政部|財務課|市長査定|予算査定)[^。！？!?\\n]{0,12}?${VALUE}[^。！？!?\\n]{0,8}?(?:合意|了承|認め|決ま|固ま|通っ|調整済|内定|つい)`, 'gu')
export const BUDGET_BILL = new RegExp(`(?:補正予算案|当初予算案|予算案|議案)(?:に|には|では|で)[^。！？!?\\n]{0,30}?${VALUE}(?:が|を)?計上(?:され|し)`, 'gu')
export const BILL_TO_COME = /(?:告示|提出|上程|公表|記者発表)(?:後|の後|前|予定|される予定|され次第)|提出される予定|(?:改めて|後日)(?:掲載|お知らせ|公表)/u
export const BUDGET_CUT = new RegExp(`(?:来年度|次年度|新年度|来期|来年)の?[^。！？!?\\n]{0,16}?(?:予算|お金|費用|経費|補助金|事業費|委託費)(?:が|は|も)[^。！？!?\\n]{0,12}?(?:${RATIO}|${VALUE})[^。！？!?\\n]{0,6}?(?:へる|減る|減っ|減ら|削減|カット|増える|増え|増や|アップ|ダウン)`, 'gu')
/**
 * How a budget request fared in the internal assessment, told (財政課の査定でゼロ査定でした, 市長査定で半分に削られた, 予算要求は査定で
 * 認められませんでした): the compiling of the budget is internal until the bill is published.
 */
export const BUDGET_ASSESSED = /(?:財政課|財政部|財務課|財政当局|市長|副市長|(?<![\p{Script=Han}])(?:新年度|来年度|次年度|当初|補正)?予算(?:要求)?(?:の)?)(?:の|による)?(?:一次|二次|最終)?査定(?:で|では|の結果|に)[、,]?[^。！？!?\n]{0,20}?(?:ゼロ査定|ゼロ|削られ|削ら|削減され|カットされ|カット(?:になり|になっ|やっ|でし|だっ|です|ばい|たい|げな)|落とされ|落ち(?:た|まし)|見送(?:られ|り)|認められ(?:ず|なかった|ませんでした|んかった)|通(?:った|りまし|らなかった|りませんでした|らんかった)|満額|ついた|つきまし|つかなかった|半分|半額|半減)(?!(?:る|ます)?(?:こと|場合|ケース|可能性|かも|恐れ|おそれ))|(?:予算|委託料|委託費|補助金|負担金|事業費|交付金)?要求(?:額)?(?:は|が)[、,]?[^。！？!?\n]{0,12}?(?:ゼロ査定|査定で(?:ゼロ|削られ|落とされ|落ち|認められ(?:ず|なかった|ませんでした)))|ゼロ査定(?:でした|だった|になり|になっ|を食らい|を受け|です)|(?:財政課|財政部|財務課|財政当局|市長|副市長)(?:の|による)?(?:一次|二次|最終)?査定(?:は|が)[、,]?(?:(?:約|わずか|たった)?[0-9０-９][0-9０-９,.]*(?:億|万)[0-9０-９,.千百]*円|(?:ゼロ|満額|半分|半額)(?:に|で|と|[….。！!、,]|でした|だった|です|や|やった|止まり|どまり|しか))/gu
/**
 * An item said to be put into a budget or a bill before the bill goes to the council or is published (まだ議会に出す前の補正予算案に
 * こっそり入れてもらった, 3月議会に提出する前の当初予算案に…が盛り込まれています, 上程前の予算案に…を計上): what the bill holds is
 * internal until it is published.
 */
export const PENDING_BILL =
  /(?:(?:議会|定例会|臨時会|委員会|議員)(?:に|へ)(?:まだ)?(?:出す|出る|出される|提出する|提出される|上程する|上程される|かける|かけられる|諮る|説明する|報告する)|(?:提出|上程|公表|発表|記者発表|議決|審議)(?:する|される)?)前の[\p{Script=Han}]{0,4}?(?:予算案?|議案|条例案)(?:に|には|へ|で|では)[、,]?[^。！？!?\n]{0,24}?(?:入れ|いれ|盛り込|もりこ|計上|入っ|入り|載せ|乗せ|ねじ込|滑り込)/gu
/**
 * Team R8-177 kind: a paper or a draft named as before its briefing to the council (議会に説明する前の「小学校統合案」だよ, 委員会に報告する前の
 * 資料, 議会へ提出される前の計画): what the council has not yet been told, shown or told in a post (ｾﾂﾒｲ, ｱﾝ in katakana are read back by the
 * readings). A draft put out for comment or a public meeting (パブリックコメント, 説明会), one published, and a refusal stay clean.
 */
export const COUNCIL_PENDING_PAPER =
  /(?:議会|委員会|議員)(?:の皆(?:さん|様))?(?:に|へ)(?:は)?(?:まだ)?(?:(?:説明|報告|提出|上程|提案)(?:する|される)?|出す|出される|かける|かけられる|諮る|示す|お示しする)前の[「『]?[\p{Script=Han}\p{Script=Katakana}ー]{0,12}?(?:案|資料|原稿|データ|計画|報告書)(?![\p{Script=Han}])[」』]?/gu
export const COUNCIL_PAPER_PUBLIC = /パブリックコメント|パブコメ|意見(?:を|の)?(?:募集|公募)|説明会|公表し|公開し|掲載し|ホームページ|市HP|ご覧いただけ|閲覧|会見|答弁|発表し/u
/** …or the paper's content refused (については、お答えできません, 申し上げられません, お示しできません). */
export const COUNCIL_PAPER_REFUSED = /(?:お答え|お伝え|お示し|ご説明|お知らせ|公表|公開|回答)(?:でき|いたしかね|しかね)|申し上げられ|差し控え|控えさせ/u
export const PENDING_BILL_PUBLIC = /可決され|議決され|成立し(?:まし)?た|公表し|発表し|ホームページ|市HP|掲載し|意見(?:を)?募集|パブリックコメント/u
/**
 * Asked in English to keep a matter of the city quiet (The contract (¥4.8M) was signed internally … so keep it between us, Just between
 * you and me: the budget is …): an aside that hands over what is not released. A scam warning quoting the line is not one.
 */
export const EN_KEEP_QUIET =
  /(?<![A-Za-z])(?:keep (?:it|this|that) (?:between us|between you and me|to yourselves?|quiet|under wraps|secret|hush[- ]hush|on the down ?low)|just between (?:us|you and me)|between you and me|(?:don['’]?t|do not) (?:tell|share (?:this|it) with) anyone|mum['’]?s the word)(?![A-Za-z])/giu
/** What the aside is about: a contract, a budget, an amount, a choice, an announcement still to come. */
export const EN_MATTER = /contract|budget|signed|deal|decided|decision|chosen|selected|approved|appointed|hired|bid|tender|price|cost|¥|yen|\$|[0-9](?:\.[0-9]+)?\s?(?:m|bn|million|billion)(?![a-z])|announce|release|press conference/iu
export const EN_AWARE = /scam|fraud|beware|phishing|never (?:share|give|tell|send)|be careful|watch out|詐欺|ご注意|注意してください|お気をつけ/iu
export const INSIDE_SOURCE = /資料|会議|中の人|こっそり|内部|庁内|メモ|書いてあ|見ちゃ|見てしま|聞いちゃ|ここだけ|内緒|ないしょ|ナイショ/u
export const BUDGET_PUBLIC = /可決|議決|成立|公表し|発表し|公表され|発表され|ホームページ|市HP|予算書|予算の概要|提出しました|提案しました|上程しました|ご覧いただけ|報じ|報道|新聞/u
/**
 * A notice meant for staff, posted: 【職員各位】, 各課長各位, and the line to take with the press (会見では…触れないように). Blind R227W-055
 * kind: a line addressed to a section's staff on duty run into a public notice (※防災危機管理課の当番の皆さんへ：…, 市民課の職員の皆様へ
 * (a new line)), and where an internal file is kept (当番割当表は共有フォルダ「年末年始」に置いてあります): an internal notice, not the
 * public's. A section's name is needed (ごみ当番の皆さんへ is a neighbourhood's), and so is a heading's colon or line break after へ.
 */
/**
 * Blind R253E-012 kind (conf8): a staff-only note left at the end of a public notice, labelled in brackets at a line's start ((担当メモ),
 * 【内部メモ】, ［職員用メモ］, ※(投稿前に削除)) and carrying an instruction or an internal sign after it (外部には一切出さないこと, 共有フォルダ,
 * 調整がついていない, 差し替え): a note meant for colleagues is itself a leak. An internal file said to be saved (共有フォルダの「…」に保存
 * 済み) is where an internal file is kept. A column titled 【担当者メモ】 with a plain remark (今日は天気も良く…) stays clean.
 */
/**
 * Blind R294I-006 kind (conf18): a note to colleagues run into a public notice, about a paper for a press event or the council put in the
 * shared folder (19日の市長定例会見で出す…有料化の資料、最終版を共有フォルダに入れました。発表までは家族にも話さないでくださいね): the file's
 * existence and subject before the release, with the hold asked in the paragraph (PRESS_FILE_HELD). A training on the shared folder and
 * a published paper are not this.
 */
export const PRESS_FILE_FILED =
  /(?:記者会見|定例会見|会見|記者発表|報道発表|議会|委員会|全員協議会)(?:で|に)(?:出す|配る|配布する|発表する|使う|出る|提出する|説明する)[^。！？!?\n]{0,30}?(?:資料|原稿|データ|ファイル|案)[^。！？!?\n]{0,12}?(?:共有フォルダ|共有ドライブ|共有サーバ|フォルダ|サーバ|庁内LAN|掲示板)(?:に|へ)[、,]?(?:入れ|保存し|格納し|置き|置い|アップし|上げ|格納|保存)/gu
export const PRESS_FILE_HELD = /(?:発表|公表|会見|解禁|記者発表)(?:日)?まで(?:は)?[、,]?[^。！？!?\n]{0,12}?(?:話さ|言わ|漏らさ|しゃべら|喋ら|口外し|他言し|出さ)(?:ない|ず)|内緒|ないしょ|ナイショ|内密|他言無用|口外(?:厳禁|無用|しない)/u
export const STAFF_ADDRESSED = /(?:^|[\n\s(【\[〔<《■◆●※])(?:職員各位|課員各位|係員各位|所属長各位|関係職員各位|各課長各位|各課長様|各所属長(?:様|各位|殿)?|各課(?:等)?の長|庁内各課(?:へ|各位|御中)|全職員(?:へ|各位)|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:課|係|室|班)(?:の)?[\p{Script=Han}]{0,4}?(?:当番|宿直|日直|当直|待機|担当|職員|課員|係員)(?:者)?(?:の)?(?:皆さん|皆様|みなさん|みなさま|各位)(?:へ|に)?[：:\n])|(?:共有フォルダ|共有ドライブ|ファイルサーバー?|庁内LAN|庁内ポータル|グループウェア)(?:の)?[「『]?[^。！？!?\n」』]{0,20}?[」』]?(?:内)?(?:に|へ)(?:(?:置いて|入れて|保存して|格納して|保管して|アップして|上げて|載せて)(?:あります|います|おります|おきました|ある|る)|(?:保存|格納|保管|アップ(?:ロード)?)済み?)|(?:^|\n)[※*]?[(【\[〔<《](?:担当(?:者)?(?:用)?メモ|職員(?:用|向け)?メモ|内部(?:用)?メモ|庁内(?:用)?メモ|課内(?:用)?メモ|係内メモ|作業(?:用)?メモ|事務(?:局)?メモ|メモ[・/]?(?:内部用|職員用|要削除|削除)|(?:投稿|公開|掲載)(?:前|時)に?(?:要)?削除|要削除|削除(?:予定|すること|のこと)?)[)】\]〕>》](?=[^\n]{0,120}?(?:こと(?:[。！!\n]|$)|(?:外部|外|対外的|市民|報道|マスコミ)(?:に|へ)?(?:は)?[^。！？!?\n]{0,6}?(?:出さ|漏らさ|言わ|公表し|公開し|見せ)(?:ない|ず)|共有フォルダ|共有ドライブ|サーバー?|未定|調整中|調整が(?:つ|付)いて(?:い|お)?(?:ない|ません)|要確認|確認中|差し替え|削除|決裁|内部|庁内|課内|課長|係長))/gu
export const PRESS_LINE = /(?:記者会見|会見|取材|報道対応|報道機関|マスコミ|記者)(?:では|で|には|に対して(?:は)?|の際(?:は|には)?|から(?:聞かれ|質問され)(?:て|た場合)?(?:も)?)[^。！？!?\n]{0,30}?(?:件|こと|点|話|問題)(?:について|は|には|に)?(?:は)?[^。！？!?\n]{0,8}?(?:触れない|触れず|言及しない|言及せず|言わない|話さない|答えない|出さない|伏せ(?:て|る)?|明かさない|コメントしない|回答しない|(?:回答|コメント|言及)を控え(?:る)?)[^。！？!?\n]{0,4}?(?:よう|こと|方針|で(?:ください|お願い|おいて)|とする)/gu
/**
 * Blind R131I-021: an instruction to staff on how to handle a matter off the record, posted: no record to be kept (口利きの件、記録は
 * 残さない方針で, メモは残さないように, 議事録には載せないでください), or the line to give at the counter or on the phone about a matter kept
 * inside (窓口対応の際は「検討中」とだけ伝えてください) with such an instruction or a councillor's or a superior's influence in the
 * paragraph. A system that keeps no data (入力内容の記録は残りません, 履歴は残さない仕組み) and advice to residents on a scam call
 * (「結構です」とだけ伝えて切ってください) are not this.
 */
export const NO_RECORD_ORDER =
  /(?:記録|メモ|議事録|会議録|文書|書面|履歴|経過)(?:は|を|に|には|も)?(?:一切|いっさい)?(?:残さ|残しませ|載せ|書か|記載し|記録し)(?:ない|ず|んで|ないで)(?:方針|よう|ように|こと(?:に|で|と)|で(?:お願い|対応|ください|いきます|進め|統一)|ください|お願い)/gu
export const COUNTER_LINE_TOLD =
  /(?:窓口|電話|問い合わせ|照会|来庁者|相手方|議員|業者|住民)(?:対応|応対)?(?:の際|では|には|で|に|から(?:聞かれ|問われ)(?:たら|ても|た場合)|(?:が|の電話が)(?:来|き|あ|入)(?:っ)?(?:ても|たら|た場合|たとき|た時)(?:は)?)[^。！？!?\n]{0,12}?[「『][^」』\n]{1,16}[」』](?:と)?(?:だけ|のみ)(?:お?伝え|答え|回答し|説明し|言っ|返し)(?:て|ておいて|とい|ておく)(?:ください|下さい|くれ|ね|お願い|もらえ)?/gu
/**
 * Blind R294I-007 kind (conf18): …or the fact to be withheld told in the instruction itself (原因が下水の越流らしいという話は出さないように、
 * と副市長から指示), or a superior's order behind the line (副市長から指示, 上司から言われ): the line to give, and what it hides, let out.
 */
export const INFLUENCE_MATTER = /口利き|働きかけ|圧力|ねじ込|忖度|記録(?:は|を|に)?(?:一切)?残さ|表に出さ|内密|内々|上から(?:の)?(?:指示|話)|(?:という|との|って)(?:話|こと|点|情報|件)(?:は|も|について(?:は)?)[、,]?(?:絶対に|一切|まだ|外には|外部には)?[、,]?(?:出さ|言わ|話さ|漏らさ|触れ|明かさ|口外し)(?:ない|ず)|(?:市長|副市長|教育長|部長|課長|局長|上司|幹部|上層部)(?:さん)?(?:から|より)(?:の)?(?:指示|お達し|厳命|指令)|議員(?:さん)?経由|議員(?:さん)?(?:から|より)(?:の)?(?:要望|依頼|お願い|電話|話)/u
/**
 * Blind R131I-060: staff's chat pasted on the public account, told by its head (【課内チャット】, ［庁内チャット］, ■係LINE) or by its lines,
 * each a staff title and a colon (係長：この件、議会前だから…／担当：了解です…): two such lines in a row are colleagues talking. A heading of
 * the city's public channel (【市公式LINE】) and an interview's lines (市長：…／記者：…) are not this.
 */
export const STAFF_CHAT =
  /[【\[［〔《■◆]\s?(?:課内|庁内|部内|係内|局内|所内|室内|職員|内部|幹部|課員|係員)(?:の|用|向け)?(?:チャット|LINE|ライン|Teams|Slack|グループ|メール|スレッド|メッセージ|やり取り|やりとり)[^】\]］〕》\n]{0,8}[】\]］〕》]?|(?:^|\n)\s?(?:係長|課長補佐|課長|部長|次長|主査|主任|主事|主幹|担当者?|室長|所長|班長|係員|課員)\s?[：:][^\n]{2,80}\n\s?(?:係長|課長補佐|課長|部長|次長|主査|主任|主事|主幹|担当者?|室長|所長|班長|係員|課員)\s?[：:]/gu
/** The paragraph gate's forms of the three (no g flag). */
export const NO_RECORD_GATE = new RegExp(NO_RECORD_ORDER.source, 'u')
export const COUNTER_LINE_GATE = new RegExp(COUNTER_LINE_TOLD.source, 'u')
export const STAFF_CHAT_GATE = new RegExp(STAFF_CHAT.source, 'u')
/**
 * A message to colleagues posted on the public account: a document made for staff, attached or shared
 * (職員向けにまとめた「窓口苦情対応記録」を添付します), or an instruction to share it inside (課内で共有をお願いします;
 * 各自ご確認ください is said to residents too).
 */
export const STAFF_DOC =
  /(?:職員|庁内|課内|部内|係内|課員|係員|内部)(?:向け|用)(?:に|の)?(?:まとめ|作成し|作っ|用意し)?た?[^。！？!?\n]{0,30}?(?:を|も)(?:画像で|写真で|PDFで|そのまま)?(?:添付|共有|掲載|アップ|載せ|貼)|(?:課内|係内|部内|庁内|所属内)(?:で|に)(?:の)?(?:共有|回覧|周知)(?:して|を(?:お願い|願い|して|徹底)|願います|ください|お願い)/gu
/**
 * Blind R172A-071: a manual or a handling rule made for staff or used inside a section, shared with readers (【職員向け】窓口応対マニュアル
 * （抜粋）; 税務課で使っている窓口応対マニュアルの一部をご紹介します; 庁内用の対応要領、載せておきます): how the city handles cases is kept
 * inside until it decides to publish it. A manual for residents (市民向けマニュアル), one revised or published on the website, a training on
 * it (職員向け研修で…), a refusal (お見せできません) and a leaflet or a guide a section hands residents are not this.
 */
export const STAFF_MANUAL_SHARED =
  /(?:(?:職員|庁内|課内|係内|部内|内部)(?:向け|用)[】\])]?(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?|(?:[\p{Script=Han}]{1,4}課|課|係|室|庁|窓口)(?:内)?で(?:実際に|いつも|普段|ふだん|現在|今も)?(?:使っ(?:ている|てる|とる)|使用し(?:ている|てる)|使われ(?:ている|てる))(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?)(?:マニュアル|対応要領|応対要領|事務要領|事務処理要領|内規|想定問答集?)(?:の(?:一部|抜粋|中身|内容|ポイント))?(?:\(抜粋\)|[、,]?[^。！？!?\n]{0,30}?(?:ご紹介|紹介し|公開し|載せ|のせ|掲載し|共有し|アップし|お見せ|見せちゃ)(?:ます|ちゃ|とき|ておき|てお|しま|ます))(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R208D-045 (cu12): a passage of a manual or a handling rule made for staff quoted to readers (職員向けマニュアルに、こんな一節があり
 * ます。「…」; 窓口用の内規には「…」と書かれています): how the city handles cases, kept inside, handed out line by line. A manual for residents
 * (市民向けの手引き), one published or revised on the website (MANUAL_PUBLIC) and one named with no passage are not this.
 */
export const STAFF_MANUAL_QUOTED =
  /(?:職員|庁内|課内|係内|部内|内部|窓口)(?:向け|用)(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,10}?(?:マニュアル|対応要領|応対要領|事務要領|事務処理要領|内規|想定問答集?|手引き?)(?:に|には|の中に|の中には|では)[、,]?(?:(?:こんな|こういう|次の(?:ような)?|以下の(?:ような)?)(?:一節|一文|記載|記述|文言|くだり|項目|ルール|決まり|言葉|ことば|条文)(?:が|も)?(?:あり|ある|載って|のって|書かれ|書いて)|[「『][^「」『』\n]{4,80}[」』](?:と|って)(?:あり|ある|書かれ|書いて|記載さ|明記さ))/gu
export const MANUAL_PUBLIC = /ホームページ|市HP|公表して|公開して(?:い|お)|情報公開|開示|研修|改訂|改定|作成しました|作りました|市民向け|住民向け/u
/**
 * A paper made for those who judge or run a selection or for staff only (面接官用の評価シート, 審査員用の採点基準, 試験官用マニュアル,
 * 委員用の資料), shown or told (特別にちょっとだけ見せちゃいます, こっそり公開, 中身をご紹介): how a selection is judged is kept inside.
 * A paper named for its use (面接官用の評価シートに沿って採点します), one said not to be shown (お見せできません) and a car park for judges
 * (審査員用の駐車場) are not this. Blind R172A-056: cited as the source of an excerpt (（面接官用の評価シートより抜粋）, 審査員用の採点基準
 * から引用すると): the lines above or after are its content.
 */
export const JUDGES_PAPER =
  /(?:(?:面接官|面接員|試験官|採点者|採点官|審査員|審査委員|選考委員|評価者|評定者|委員|職員|庁内|内部)(?:用|向け|専用)|(?:面接官|面接員|試験官|採点者|採点官|審査員|審査委員|選考委員|評価者|評定者)(?:が|の)(?:使う|使っている|使ってる|使っとる|使用する|使用している|見る|見ている|持つ|持っている|手元にある|手元の|付ける|つける))(?:の)?[^。！？!?\n]{0,8}?(?:評価シート|評価表|評定表|採点表|採点基準|評価基準|審査基準|質問(?:集|リスト|項目|例)|マニュアル|資料|シート|チェックリスト|メモ|想定問答|模範解答)[、,]?[^。！？!?\n]{0,20}?(?:お見せ|見せ|チラ見せ|(?<![非未])公開|教え|お伝え|ご紹介|紹介|載せ|アップ|共有|晒|さらし|ネタバレ|抜粋|引用|転載)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * A paper of a selection or a record marked non-public in brackets, then its content told in the same sentence (面接官が使う評価
 * シート（非公開）の項目をちょっとだけ教えちゃいます, 質問リスト（内部用）から、よく出る質問をご紹介します): the mark says it is kept
 * inside, the telling hands it out. A roster kept (名簿（非公開）は事務局で管理します), a sheet said not to be shown and a disclosure
 * request are not this.
 */
export const MARKED_PAPER_TOLD =
  /(?:評価シート|評価表|評定表|採点表|採点基準|評価基準|審査基準|選考基準|配点表|質問(?:集|リスト|項目|例)|想定問答|模範解答|マニュアル|チェックリスト|名簿|リスト|一覧表|集計表|点数表|調書|シート)\((?:非公開|内部用?|庁内用?|職員用|取扱注意|取り扱い注意|部外秘|外部秘|秘|関係者限り|職員限り)\)(?:の)?[^。！？!?\n]{0,24}?(?:お見せ|見せ|チラ見せ|(?<![非未報])公開|教え|お伝え|伝え|ご紹介|紹介|載せ|アップ|共有|晒|さらし|ネタバレ)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R58A: a paper the city judges a selection with, said to be the one actually used inside, handed out (人事課内で実際に使っている
 * 面接評価シート（評価項目と配点）を写真で載せておきます, 庁内で使っている昇任試験の採点表、アップしとくね, 総務課で普段使っとる評価シート、
 * こっそり見せちゃいます): how a selection is judged is kept inside. The paper is one of judging (評価, 採点, 配点, 基準), not a form or a
 * checklist a section uses with residents; one said not to be shown, published or disclosed on request is not this.
 */
export const USED_INSIDE_PAPER =
  /(?:(?:(?:[\p{Script=Han}]{1,4}課|課|部|係|室|局|庁)内?|内部|庁内)で(?:実際に|いつも|普段|ふだん|現在|今も|今でも)?|実際に)(?:使っ(?:ている|てる|とる|ちょる|た)|使用し(?:ている|てる|た)|使われ(?:ている|てる|た))(?:の)?[^。！？!?\n]{0,10}?(?:評価シート|評価表|評定表|評価票|採点表|採点票|採点基準|評価基準|審査基準|選考基準|配点表|評価項目|採点シート)[、,]?[^。！？!?\n]{0,20}?(?:お見せ|見せ|チラ見せ|(?<![非未報])公開|教え|お伝え|ご紹介|紹介|載せ|のせ|アップ|共有|晒|さらし|ネタバレ)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)/gu
/**
 * Blind R58A: a paper of a selection or an internal meeting, or a list of each applicant's scores, shown in a photo or on a screen
 * (スクリーンに映っているのは、先週の選考会議で使った各園の内定者数と、申請者ごとの指数の一覧です; 審査会で配られた採点表を写真で
 * 載せます; 写っているのは受験者ごとの点数表です): what a selection weighed is kept inside. Either order: the showing first (映っているのは,
 * 写っているのが) and the paper after, or the paper first and the showing after. A public meeting's papers published, a briefing's
 * slides, a tally of all and a notice that each applicant's score is sent are not this.
 */
const CLOSED_MEETING_NAME =
  '(?:(?:選考|審査|採点|選定|採用|人事|入札|昇任|判定|入所|入園|庁内|課内|部内|係内|幹部|内部|部課長|部長|課長|係長)(?:会議|委員会|審査会|ミーティング|打ち?合わ?せ|会)|庁議)'
const CLOSED_PAPER = '(?:一覧表|一覧|リスト|名簿|資料|集計表|点数表|評価表|採点表|データ|シート|スライド|メモ|指数|点数|順位|内定者数)'
const CLOSED_MEETING_PAPER = `${CLOSED_MEETING_NAME}で(?:使っ|使用し|配られ|配布され|配付され|回覧され|出され|検討し|審議し|確認し)(?:た|ている|てる|とる)(?:もの)?[^。！？!?\\n]{0,30}?${CLOSED_PAPER}`
// Blind R157I-067: each bidder's scoring sheet (各社の採点表, 各事業者の評価シート) is such a list.
const APPLICANT_SCORES = '(?:(?:申請者|応募者|受験者|志願者|入札者|候補者|申込者|希望者)(?:ごと|別|毎|それぞれ)の[^。！？!?\\n]{0,10}?(?:指数|点数|得点|評価|順位|スコア|判定)(?:の)?(?:一覧表?|リスト|表)?' +
  '|各(?:社|者|事業者|業者|提案者|応募者|申請者|受験者|候補者|団体)(?:ごと)?の[^。！？!?\\n]{0,6}?(?:採点表|評価表|点数表|得点表|評価シート|採点シート|採点結果|評価結果|審査結果表))'
export const PAPER_SHOWN_IN_PHOTO = new RegExp(
  `(?:(?:(?:映っ|写っ|映し出され|映し|写し|見え)(?:て(?:いる|る|ます)?|とる|ちょる)|(?:写り込|映り込)(?:んで(?:いる|る|ます)?|んどる))(?:の|もの|と)|(?:(?:添付の|掲載の|こちらの)?(?:写真|画像)))(?:は|が)[、,]?[^。！？!?\\n]{0,40}?(?:${CLOSED_MEETING_PAPER}|${APPLICANT_SCORES})` +
    `|(?:${CLOSED_MEETING_PAPER}|${APPLICANT_SCORES})[^。！？!?\\n]{0,8}?(?:を|が|も)?[^。！？!?\\n]{0,8}?(?:写真|画像|スクリーン|モニター|映って|写って|映し|写し|載せ|のせ|お見せ|見せ|チラ見せ|(?<![非未報])公開|アップ|ご紹介)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ)` +
    // Round 129 (blind R129I-089): a paper marked not yet public, in brackets or before it (予算要求一覧（まだ非公表）が写ってる, 未公表の
    // 集計表がモニターに映っています), said to be in the picture: a photo of the office hands it out. One said not to show is not this.
    `|(?:${CLOSED_PAPER}\\((?:まだ)?(?:非公表|未公表|非公開|未公開|未発表|公表前|発表前|内部用?|庁内用?|部外秘|取扱注意)\\)|(?:まだ)?(?:非公表|未公表|非公開|未公開|未発表|公表前|発表前)(?:の)?[^。！？!?\\n、]{0,12}?${CLOSED_PAPER})(?:が|も|は)?[^。！？!?\\n]{0,12}?(?:写っ|映っ|写り込|映り込|見えて|見えちゃ|見えとる)(?!て(?:い)?(?:ない|ません)|てな|ていな|ちゃ(?:いけ|だめ|ダメ))`,
  'gu',
)
/** A paper that holds how a selection is judged. */
const CRITERIA_PAPER = '(?:採点表|採点票|採点基準|評価表|評価票|評価シート|評定表|評定票|評価基準|審査基準|選考基準|採用基準|合否基準|合格基準|判定基準|配点表|配点基準|評価項目表)'
/**
 * Judging criteria kept inside, cited as the basis and then their content told (課内で使っている非公開の採点表にもとづき、面接60点未満の方は
 * 不採用としております; 内部の選考基準では、面接の配点が一番高くなっています; 評価表（非公開）に沿って、7割に届かない方は…): a cut-off,
 * a weighting or a pass mark of a selection, which the city keeps inside. The paper said to be inside is the qualifier right before it
 * (非公開の, 内部の, 課内で使っている) or a bracket after it; a paper only named as the basis (非公開の採点表に基づき厳正に審査します) tells nothing.
 * Blind R290P-011 kind (conf17): the scoring sheet of an exam or interview passed on as insider advice (ここだけのアドバイスですが、
 * 面接の評定票でいちばん配点が大きいのは…): the covert framing, then the exam's sheet and its weighting told.
 */
export const CLOSED_CRITERIA = new RegExp(
  `(?:(?:ここだけ|内緒|ないしょ|ナイショ|こっそり|オフレコ|裏情報)[^。！？!?\\n]{0,24}?(?:面接|試験|選考|審査|入札|採用)(?:の|で)?|(?:非公開|未公開|非公表|部外秘|外部秘|内部|庁内|課内|部内|係内|内輪|内規)(?:の|な)?|(?:課内|庁内|部内|係内|内部|職員の間|内々)で[^。、！？!?\\n]{0,14}?|(?:面接官|試験官|審査員|審査委員|選考委員|採点者|評価者)(?:用の?|向けの?|専用の?|が使う|が使っている|の手元の))` +
    `[\\p{Script=Han}]{0,4}?${CRITERIA_PAPER}(?:\\((?:非公開|内部用?|庁内用?|職員用|部外秘|取扱注意|秘)\\))?|${CRITERIA_PAPER}\\((?:非公開|内部用?|庁内用?|職員用|部外秘|取扱注意|秘)\\)`,
  'gu',
)
/** …cited as the basis (にもとづき, に沿って, では, によると). */
export const CRITERIA_BASIS = /^(?:で(?=(?:は)?(?:最も|一番|いちばん|配点|比重))|に(?:もとづ|基づ)(?:き|いて|く)|に(?:沿って|沿い|従って|従い|したがって|したがい|照らして|照らし|則って|則り|のっとって|のっとり|よって|より)|では|で(?:は)?[、,]|によると|によれば|を見ると|を見たら|上は|だと|やと|やったら|じゃと)/u
/** …and its content told: a cut-off score or ratio (60点未満の方は不採用, 7割に届かない), a weighting (配点が一番高い). */
export const CRITERIA_CONTENT =
  /[0-9０-９〇一二三四五六七八九十百]+(?:点|割|%|％|パーセント)(?:未満|以下|以上|超|に満たな|に届かな|を下回|を上回|を切|が(?:合格|ボーダー|足切り|基準|ライン|合否)|で(?:合格|不合格|不採用|足切り))|(?:配点|比重|ウエイト|ウェイト)(?:は|が)[^。！？!?\n]{0,12}?(?:高|大き|低|[0-9０-９]|一番|最も)|(?:最も|一番|いちばん)(?:重視|配点が高)|足切り(?:ライン|点)?(?:は|が)|(?:合格|採用)(?:ライン|点)(?:は|が)/u
/**
 * Blind R290P-007 kind (conf17): a selection still under way (プロポーザルは最終の3社まで絞り込みました, 審査中, 結果発表まで) and one named
 * candidate told as the front-runner (「…」さんの提案が…一番よくて、本命かな; …社が最有力): the interim standing of a choice the city has not
 * made. The candidate is named by its quotes or its suffix (社, さん, 案); the result published (審査結果を公表しました) is not this.
 */
export const SELECTION_UNDERWAY = /(?:プロポーザル|コンペ|選定|選考|審査)[^。！？!?\n]{0,24}?(?:絞り込|絞っ|中です|中で|中(?:の|につき)|最終(?:段階|審査|選考)|の途中|これから)|(?:選定|選考|審査)中|(?:結果|審査結果|選定結果|選考結果)?(?:の)?(?:発表|公表|決定)(?:まで|は)[^。！？!?\n]{0,8}?(?:お待ち|もう少し|いましばらく|今しばらく|少々|来月|来週|後日|先)/u
/**
 * Review of afb4b410 (rvconf): a public vote's interim standing is published on purpose (一般投票…「…」さんの作品が一番人気, 中間集計では…
 * トップ). A closed procurement or jury (プロポーザル, 委託, 審査員ウケ, 本命) is still the front-runner kind.
 */
export const PUBLIC_VOTE = /一般投票|人気投票|ファン投票|市民投票|来場者投票|(?:ウェブ|Web|WEB|オンライン|ネット)投票|投票(?:受付|期間|数|結果)|得票|中間(?:集計|発表|結果|報告)|途中経過を(?:発表|公開|お知らせ)|いいね(?:数|の数)/u
export const CLOSED_SELECTION = /プロポーザル|委託|入札|指定管理|審査員(?:ウケ|受け|の(?:評価|評判|間))|本命|選定委員|評価点|内緒|ここだけ/u
export const SELECTION_FRONT_RUNNER = /(?:[」』]|社|さん|案)(?:さん)?(?:の(?:提案|作品|案|企画|プラン))?(?:が|は|も)[、,]?[^。！？!?\n]{0,16}?(?:本命|最有力|有力(?:候補|視)?|一番(?:よ|良|高|人気|評価)|いちばん(?:よ|良|高|人気|評価)|トップ|一歩リード|リードして|頭ひとつ|頭一つ|優勢|抜けて)/gu
/**
 * Blind R286A-006 / R286A-008 kinds (conf17): an internal working record named as the source (センターの引き継ぎメモより：, 申し送りによると,
 * 課でまとめている苦情記録を見ると), then a specific case told from it: a household, an owner or the person concerned, a guidance still going on
 * (…世帯で、現在も指導継続中; 特定のお宅に…苦情が集中). A count with no household (苦情の件数は前年より減りました) is not this.
 */
export const INTERNAL_RECORD_CITED =
  /(?:引き?継ぎ(?:メモ|書|ノート|簿|資料|事項)|引継(?:メモ|書|簿|事項)|申し?送り(?:メモ|書|簿|ノート|事項)?|内部メモ|(?:苦情|相談|通報|指導|対応|ケース|訪問)(?:対応)?(?:の)?(?:記録|記録簿|台帳|受付簿|履歴))(?:より(?=[:：\s、,])|によると|によれば|によりますと|では|を見ると|を見たら|を見ますと|を読むと|ば見ると|ば見たら|には)[:：\s、,]*/gu
/** Where the paragraph can hold one (the gate's test). */
export const INTERNAL_RECORD_WORDS = /引き?継|申し?送り|内部メモ|記録|台帳|受付簿|履歴/u
/**
 * Review of afb4b410 (rvconf): what picks out one case rather than a class (特定のお宅, あのお宅, …さん宅, 本人には, 指導継続中). A class of
 * people (犬の飼い主, 世帯, 利用者) given with a share, count or trend (全体の4割, 件数, 多く, 増え) is an aggregate read from the register.
 */
export const RECORD_CASE_SPECIFIC = /特定の(?:お宅|家|世帯|家庭|方|住宅|飼い主)|(?:その|あの|この)(?:お宅|家|世帯|家庭)|(?:ご)?本人(?:に|には|は|が)|[\p{Script=Han}\p{Script=Katakana}]{1,6}さん(?:宅|の(?:お宅|家))|指導(?:を)?(?:継続|中|が続|を続)/u
export const RECORD_AGGREGATE = /[0-9０-９一二三四五六七八九十]+(?:割|件|%|％|パーセント|倍)|割合|全体の|大半|半数|多く|多数|ほとんど|増え|増加|減っ|減り|減少|傾向|最多|目立/u
export const RECORD_CASE_TOLD = /特定の(?:お宅|家|世帯|家庭|方|住宅|飼い主)|(?:その|あの|この)(?:お宅|家|世帯|家庭)|(?<![0-9０-９一二三四五六七八九十百千数各全])世帯(?:で|が|は|の|に)|飼い主|(?:ご)?本人(?:に|には|は|が)|[\p{Script=Han}\p{Script=Katakana}]{1,6}さん(?:宅|の(?:お宅|家))|指導(?:を)?(?:継続|中|が続|を続)/u
/** A selection's scores or ranking glimpsed and told (委託先選定、候補3社の評価点がちらっと見えちゃってる): a decision still being made. */
export const SELECTION_SCORES = /(?:選定|選考|審査|入札|プロポーザル|委託先|指定管理|採用)[^。！？!?\n]{0,16}?(?:評価点|採点|点数|得点|順位|ランキング|評価結果|審査結果|落札予定)[^。！？!?\n]{0,16}?(?:見え(?:ちゃ|て|た)|写って|写り込|ちらっと|こっそり|内緒|ナイショ|ここだけ|漏れ)/gu
/** What follows a held-back or unpublished matter when nothing is told after all: a notice (ご了承ください, 詳細は後日). */
export const NOTICE_AFTER = /^[、,\s]*(?:ご了承|ご理解|ご容赦|悪しからず|あしからず|お問い合わせ|後日|改めて|結果は|決まり次第|詳細は|詳しくは|概要は|公表|発表)/u
/** Said to be unpublished, then told (まだ未公表なのですが、…減ることになりそうです): the telling is the leak. */
export const UNPUBLISHED_BUT = /(?:まだ)?(?:未公表|未発表|非公表|公表前|発表前)(?:なの|なん|の段階|の話)?(?:です|だ|でございます)?(?:が|けど|けれど|けども)[、,]?/gu
/** A closed record or session said to hold back the details, then told anyway (議事録は非公開扱いなので細かくは書けませんが、…). */
export const HELD_BACK = /(?:議事録|会議録|会議|会合|協議|審議|委員会|連絡会|懇談会|打ち?合わ?せ|人事|異動|後任|選考|審査)(?:は|の内容は|の中身は)?[^。！？!?\n]{0,6}?(?:非公開|内部|オフレコ|内密|未発表|未公表|発表前|公表前)(?:扱い|の扱い|の会議)?(?:なので|のため|ですので|だから|やけん|ということで)[、,]?[^。！？!?\n]{0,10}?(?:書け|言え|お伝えでき|申し上げられ|話せ)(?:ません|ない|ん)(?:が|けど|けれど|けども)/gu
/** An internal notice of the city cited with its content: 建設部長通知（柳建第1187号）に基づき. */
export const INTERNAL_NOTICE = /(?<![省庁国県府])(?:(?:部長|課長|局長|次長|室長|所長|副市長)通知|庁内通知|内部通知|依命通知|依命通達|庁内通達|内部通達)(?:\([^)\n]{1,16}\))?(?:に基づき|に基づいて|により|によると|によれば|では|を受け|の内容)/gu
/**
 * An internal report or tally cited as the source, whatever kind of paper (庁内の報告書だと, 庁内の速報ベースで, 内部の集計では,
 * （財政課の査定資料より）, 庁内の検討資料では, 課内の打合せメモによれば), or a tally giving a figure (課内集計で1,284件). Blind R184I-005: the
 * figure worked out inside named as such (課内で試算した数字では年間およそ1億2千万円, 内部で計算した額は…); the city's own estimate for residents
 * (市で試算したところ) names no inside and stays clean.
 */
export const INTERNAL_SOURCE = /(?:(?:庁内|内部|課内|部内|本部内|職員)(?:用|向け)|庁内|内部|課内|部内|本部内|内輪|非公開|未公表|非公表|(?:財政|人事|総務|企画|秘書)(?:課|部))(?:の|で)?(?:打ち?合わ?せ|[\p{Script=Han}]{0,3}|(?<=内で|内に)(?:回っ|まわっ|出回っ|回覧され|配られ|配布され|配付され|共有され)(?:ている|てる|とる|ちょる|てきた|ていた|た))(?:報告書|報告|資料|記録|集計|速報|試算|データ|メモ|文書|数字|一覧)(?:表)?(?:だと|やと|では|によると|によれば|によりますと|によりますれば|(?:に|にも)(?:ある|あった|あります|ありました|書いてある|書いてあった|書いてあります|書かれている|書かれていた|書かれとる|書いとる|載っている|載っていた|載っとる|記載の|記載された|記載されている|記載されていた)(?:とおり|通り|ように)|の(?:とおり|通り)(?=[、,]|[^。！？!?\n]{0,4}?[「『])|を見ると|を見たら|を見ますと|を見ましたら|を拝見すると|を拝見しますと|ば見ると|ば見たら|ば見よったら|ベースで|ベースだと|ベースでは|上は|より(?=[)）。、\s]|$)|(?<=集計|速報|試算|推計)で[、,]?(?=(?:約|およそ|概ね|ざっと)?[0-9０-９]))|(?:庁内|内部|課内|部内|係内|本部内|内輪)(?:で|の方で)[、,]?(?:独自に|ざっと|内々に|こっそり|試しに|仮に)?(?:試算|計算|積算|見積もり|見積り|集計|シミュレーション|推計)(?:して|し)(?:みた|た)(?:ところ|ら|結果|感じ(?:では|だと)?|限りでは|(?:数字|数値|金額|額|値|データ)(?:では|だと|やと|によると|によれば|は|で[、,]))|(?:庁内|内部|課内|部内|係内|本部内|内輪)(?:で|の方で)[、,]?(?:まだ)?(?:集計中|精査中|取りまとめ中|とりまとめ中|試算中|推計中|確認中|集計している途中|まとめている途中|集計しとる途中)の(?:数字|数値|データ|速報値?|集計|件数|段階|結果)(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|けども|ばってん)(?=[^。！？!?\n]{0,60}?[0-9０-９〇一二三四五六七八九十百千]+(?:人|件|世帯|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|店|社|頭|トン))/gu
/**
 * Blind R80A-031: a matter said to be still at an internal stage of the section (まだ課内の集計段階の話ですが, 庁内で検討中の段階なんですけど,
 * 内部の取りまとめ段階やけど, 部内で選定中のリストですが), then told in the same sentence with a count or parties (…の3社については、来月の
 * 審議会で事業者名を公表する資料を準備しています): what is still being worked out inside is told before the city releases it. The stage is
 * said as a noun (段階, の話, の数字, のリスト); a bare 集計中です (a tally announced as in progress) and a stage with nothing counted
 * told (検討段階ですが、決まり次第お知らせします) are not this; nor is a result the paragraph says was published.
 * Blind R188A-037: the stage said as the matter kept to the section (まだ課の中だけで扱っている段階なのですが、…空き家は2,317戸で; 課内だけで
 * 共有している段階ですが), its release still to come (公表する予定): the figures told are the section's before the city releases them.
 */
/**
 * Blind R186D-066: a figure heard from the section or the member of staff in charge, named as a figure (滞納整理の担当から聞いた1月末の数字では、
 * 市税の滞納額は約3億1千万円; 税務課の方から教えてもらった件数だと…), then given in that sentence: an internal figure passed on by word of
 * mouth before the city releases it. Talk heard with no figure named (担当課から聞いた話では、来月から受付が始まる), a figure the sentence says
 * was published and a refusal are not this.
 */
export const FIGURE_HEARD_INSIDE =
  /(?:[\p{Script=Han}]{1,8}の?)?(?:担当(?:課|係|者|部署)?|(?<=[\p{Script=Han}])(?:課|係|室)|部署)(?:の(?:方|人|職員|同僚|係長|課長|人たち))?(?:から|に)(?:こっそり|ちらっと|直接|さっき|先ほど)?(?:聞いた|聞いとる|聞いている|聞いてる|聞きました|教えてもらった|教えてもろた|教わった|伺った)[^。！？!?\n、,]{0,10}?(?:数字|数値|データ|集計|金額|件数)(?:では|だと|やと|によると|によれば|で(?:は)?[、,]|は)/gu
/**
 * Blind R82A-003: a working paper of the writer's section or boss peeked at (課の集計表をのぞいたら, 係長の机の上の名簿をチラッと見たら,
 * 隣の係の選考表ばこっそり見たら, 担当課の集計データをのぞき見したら), then a figure or result from it in the rest of the sentence (調整指数112点
 * 以上の人しか通ってなかった): what staff saw of an internal tally, told before anyone is notified. A paper of a library or a published page
 * (図書館の郷土資料をのぞいたら, 市ホームページの一覧をのぞいてみたら), a look with nothing told and a plain 集計では stay clean.
 */
const PEEK_OWNER = '(?:課内|係内|部内|庁内|所内|担当課|担当係|担当者|担当|上司|課長|係長|部長|室長|所長|次長|隣の(?:課|係|席|人)|うちの(?:課|係)|[\\p{Script=Han}]{0,6}(?:(?<![日放学])課|(?<![関連])係))'
const PEEK_PAPER = '(?:机の上の|机の|デスクの|パソコンの|PCの|画面の|共有フォルダの|フォルダの)?[\\p{Script=Han}\\p{Script=Katakana}ー]{0,6}?(?:画面|集計表|集計結果|集計|一覧表|一覧|名簿|リスト|台帳|資料|データ|点数表|採点表|評価表|選考表|順位表|結果表|調整表|判定表|シート|ファイル|書類|メモ)'
const PEEK_LOOK = '(?:こっそり|ちょっと|ちらっと|チラッと)?(?:(?:のぞ|覗)(?:いてみ|い)た(?:ら|ところ|とこ(?:ろ)?|ん(?:です|だ|や)?(?:けど|が)|っちゃけど|ばってん|けど)|(?:のぞ|覗)くと|(?:のぞき|覗き|盗み)見(?:し)?た(?:ら|ところ)|(?:チラ|ちら)見(?:し)?たら|(?:チラッ|ちらっ|チラリ|ちらり)と見(?:てみ)?たら|こっそり見(?:てみ)?たら)'
export const PEEKED_PAPER = new RegExp(`${PEEK_OWNER}(?:の|で)${PEEK_PAPER}(?:を|ば)?${PEEK_LOOK}`, 'gu')
const INTERNAL_STAGE_UNIT = '(?:人|件|世帯|戸|軒|円|万|億|%|％|割|票|名|倍|台|か所|箇所|校|園|館|施設|地区|路線|店|社|者|団体|事業者|業者|頭|トン)'
export const INTERNAL_STAGE = new RegExp(
  `(?:庁内|内部|課内|部内|係内|局内|本部内|内輪|(?:課|係|部|庁|局|役所)の中)(?:だけ)?(?:で|の方で|の)[、,]?(?:まだ)?(?:(?:集計|精査|取りまとめ|とりまとめ|取り纏め|まとめ|試算|推計|検討|調整|選定|絞り込み|洗い出し|リストアップ|整理|審査)(?:(?:中|途中)の(?:数字|数値|データ|速報値?|集計|件数|段階|結果|話|もの|内容|情報|リスト|名簿|一覧)|段階(?:の(?:話|数字|数値|データ|もの|内容|情報|リスト|名簿|一覧))?)|(?:扱って|持って|共有して|とどめて|留めて|止めて)(?:いる|る|おる|おります|います)?段階(?:の(?:話|数字|数値|データ|もの|内容|情報|リスト|名簿|一覧))?)(?:です|でございます|なん(?:です)?|なの(?:です|だ|でございます)?|だ|や|で(?:は)?(?:あります|ある))?(?:が|けど|けれど|けども|ばってん)(?=[、,]?[^。！？!?\\n]{0,80}?[0-9０-９〇一二三四五六七八九十百千]+${INTERNAL_STAGE_UNIT})`,
  'gu',
)
/**
 * Blind R283Q-005 kind (conf16): what the writer tells said to be still at the stage of an internal paper (庁内の打合せメモ段階の情報ですが,
 * 内部資料の段階なんですけど, 課内の会議資料段階の話ですが), then a decision given in the same sentence (…は来年度末で有料化する整理と
 * なっております, …に移転する方針です, …に決まりました): a meeting's note or an internal paper told before the city decides and releases
 * it. A stage with only a notice to wait (決まり次第お知らせします) tells nothing; a minutes published (会議録を公開しました) has no stage.
 */
export const INTERNAL_PAPER_STAGE =
  /(?:庁内|内部|課内|部内|係内|局内)(?:の|で)?(?:打ち?合わ?せ|会議|協議|検討)?(?:メモ|資料|文書|記録)(?:の)?段階(?:の(?:話|情報|内容|もの))?(?:です|でございます|なん(?:です)?|なの(?:です|だ)?|だ|や)?(?:が|けど|けれど|けども|ばってん)(?=[、,]?[^。！？!?\n]{0,80}?(?:(?:する|とする|になる|となる|される)(?:整理|方針|方向|予定|見込み|こと(?:に|と)な)|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|し次第|しましたら)|確定し))/gu
/** The paragraph says the matter was published already (公表しました, 公表しています), not that it will be (公表します, 公表する予定). */
export const STAGE_PUBLISHED = /(?:公表|発表|公開|掲載)(?:いたしました|しました|済み|済|して(?:い|お)(?:ます|り))|ホームページ(?:で|に)[^。！？!?\n]{0,12}?(?:ご覧|掲載して|公開して)/u
/**
 * Blind R161A-021: a figure labelled by the writer as an internal preliminary value in running text, the label said as a reason, a
 * concession or the source (…来場1,842人でした（課内の速報値なので、正式な数字はあとで出ます）; まだ庁内の暫定値ですが、過去最多です;
 * 内部の速報値によると…): the count is the section's own, before the city releases it (in a bracket of its own, （内部の速報値）, the
 * marker token does it). With a figure in that sentence or the one before. A preliminary value with no internal owner (速報値です, 県の
 * 速報値によると), a tally announced as in progress with no figure, a refusal and a figure the paragraph says was published stay clean.
 * Blind R194A-033: the preliminary said to go round inside, a clause between (課内で回している速報の段階ですが、…満足度は58%; 庁内で共有
 * している暫定値ですが): the same section's own figure; a preliminary named with no inside (速報の段階ですが) is not this.
 * Blind R244U-010 kind: the stage said first, then the section's own figure (まだ集計途中の課内の数字なんですけど、…2割ちょっと少なそう;
 * 速報段階の庁内の数値ですが): the same internal preliminary, the word order turned round. A tally said to be under way with no inside
 * owner (集計途中の数字です) is not this.
 */
export const INTERNAL_PRELIM =
  /(?:(?:まだ)?(?:集計途中|集計中|途中集計|仮集計|暫定集計|速報段階|速報の段階)の(?:(?:庁|課|部|局|係)内|内部)の(?:数字|数値|データ|集計|件数|人数|値)|(?:(?:庁|課|部|局|係)内|内部)(?:の|で(?:の)?|で(?:回し|回覧し|共有し|使っ|回っ|出し)(?:て(?:いる|る|おる|おります|います)|とる|ちょる)|だけで(?:回っ|共有し)(?:て(?:いる|る))?)?(?:まだ)?(?:速報(?:の)?段階|速報値|暫定値|試算値|推計値|見込み値|仮集計|途中集計|集計途中|速報ベース|暫定集計|仮の数字|速報の数字|暫定の数字))(?:なので|ですので|のため|につき|なんですが|なんですけど|なんだけど|なんやけど|ですが|ですけど|だけど|やけど|ばってん|によると|によれば|によりますと|では|で[、,]|です|でした|だ[。、,]|[。)]|$)/gu
export const PRELIM_HELD = /(?:公表|公開|お答え|お伝え|お知らせ|掲載)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|控え/u
/**
 * Blind R107A-139: an internal tally cited with its figures while the paragraph says its release is still to come (パブリックコメント…
 * 庁内の集計では、反対意見が7割を超えていて…結果の公表は来月の予定です; 内部の集計で賛成が6割…まだ公表前; 課内の速報では…500人…発表は
 * 来週): the count is told before the city releases it. Naming the public comment or survey (パブリックコメント, 意見を募集) does not
 * publish its tally. A tally announced as in progress with no figure, a result the paragraph says was published and a tally named with no
 * internal owner are not this.
 */
export const INTERNAL_TALLY_AHEAD =
  /(?:(?:庁内|内部|課内|部内|係内|局内|担当課内?|担当(?:者|係|部署)?|事務局内)(?:の|で(?:の)?)(?:[\p{Script=Han}]{1,4}の)?(?:集計|速報|試算|推計|取りまとめ|とりまとめ|まとめ|分析|カウント|暫定集計)(?:結果)?|(?:集計|速報値?|暫定値)(?:では|で(?:は)?)[、,]?(?:庁内|内部|課内|部内)(?:で|の)|(?:担当(?:者|係|課|部署)?|係|課内|事務局)(?:が|の方?で)(?:出した|出してきた|出してくれた|まとめた|はじいた|弾いた|集計した|出しとる|出している)(?:速報値?|暫定値?|数字|数値|集計(?:結果)?|試算))(?:では|で(?:は)?|だと|やと|によると|によれば|によりますと|を見ると|を見たら|ば見たら|上は|やけど|ですが|だけど)?[、,]?/gu
/**
 * Blind R304W-018 kind (conf21): the preliminary said to be what the staff in charge produced (担当が出した速報値だと…58億円を超えて; 係で
 * まとめた暫定値では), with the figure, while the formal release is still to come (正式な発表は来月の記者会見): the same internal tally ahead of
 * its release. A preliminary the city itself releases (速報値を公表しました) and a tally said to be in progress with no figure stay clean.
 */
/**
 * Review of conf21 (rvconf55): the city putting out its own preliminary as such, the confirmed figure to follow (担当課がまとめた速報値に
 * よると…約12万人でした。確定値は来月公表します) is a release, not a leak; the leak form hides it (心の中で, まだ内緒, 🤫, 正式な発表…までは).
 */
export const TALLY_PRODUCED = /(?:出した|出してきた|出してくれた|まとめた|はじいた|弾いた|集計した|出しとる|出している)(?:速報|暫定|数字|数値|集計|試算)/u
export const TALLY_HIDDEN = /心の中|内緒|ナイショ|ないしょ|ここだけ|🤫|こっそり|フライング|まだ言え|(?:正式|公式)な?(?:発表|公表)[^。！？!?\n]{0,20}?(?:まで|なので|前)|公表前|発表前|未公表|未発表/u
/** A figure told from the tally: a count, a share, a majority. */
export const TALLY_FIGURE = /[0-9〇一二三四五六七八九十百千][0-9〇一二三四五六七八九十百千万億]*(?:件|人|名|%|％|割|票|通|倍|世帯|団体|社|億|万円|円)|半数|過半数|大半|大多数|多数派|ほとんど/u
/** The release said to be still to come (公表は来月の予定, 来週発表します, まだ公表前, 公表していません). */
export const TALLY_RELEASE_AHEAD =
  /(?:公表|発表|公開|お知らせ|報告)(?:は|が|を|も)?[^。！？!?\n]{0,10}?(?:来月|来週|後日|今後|月末|中旬|下旬|上旬|年明け|予定|これから|まだ|改めて|あらためて)|(?:来月|来週|後日|今後|月末|近く|近日|年明け)[^。！？!?\n]{0,10}?(?:公表|発表|公開)(?:し|する|され|いたし|予定|を予定)|未公表|公表前|発表前|未発表|公表(?:して|されて)(?:い|お)(?:ません|ない|らん)|(?:公表|発表)(?:は|が)?まだ|(?:正式|確定|最終)(?:な|の|した)?(?:数字|数値|金額|額|結果|値|件数|人数)(?:は|を)[^。！？!?\n]{0,16}?(?:ご報告|報告|公表|発表|お知らせ|お示し)(?:し|いたし|申し上げ)?(?:ます|する予定)/u
/**
 * Blind R107A-094: a count of consultations, then one case put to a district and told (先月は相談が12件あり、そのうち大和町の事例では、結婚相手の
 * 身元調査をめぐって親族間で話し合いが続いているとのことです; 通報が5件、うち三橋町のケースやと…): in a small place the district and the detail
 * point at a household, and what a consultant heard is a duty secret. A count by district (そのうち大和町の方からのご相談は3件でした), a count
 * with no district and a notice of where to consult are not this.
 */
export const CONSULT_CASE_TOLD =
  /(?:相談|ご相談|通報|苦情|申し出|申出|訴え)[^。！？!?\n]{0,12}?[0-9一二三四五六七八九十百]+件[^！？!?\n]{0,16}?(?:その?うち|その内|うち|中でも|なかでも|その中で(?:も)?|その中の)[、,]?[^。！？!?\n]{0,10}?[\p{Script=Han}\p{Script=Katakana}ー]{1,6}(?:町|地区|校区|丁目|村|集落|団地|地域|区)(?:に?お住まいの|在住の|の|から(?:の)?)[^。！？!?\n]{0,8}?(?:事例|ケース|件|方|お宅|世帯|ご家庭|家庭|ご相談|相談)(?:では|は|で|について(?:は)?|の場合(?:は)?|やと|だと|ですが|ですけど|やけど)[、,]?/gu
/** What is told of the case: a state of affairs or what was heard, not a count nor a notice. */
export const CASE_DETAIL = /(?:てい|てお|とる|とっ|とり|まま|おられ|され|よる|ちょる|とのこと|そうです|そうや|らしい|ようです|みたい|ました|ません|ない|れた|った|んだ|いだ|した|ある|あり|いる|おり|という|って)/u
export const CASE_COUNT_ONLY = /^[^。！？!?\n]{0,8}?[0-9一二三四五六七八九十百]+件|ご相談ください|お問い合わせ|お気軽に|受け付けて|承って/u
/**
 * Blind R107A-111: what pending requests for disclosure concern, told (現在の請求の中には議員さんの政務活動費に関するものが3件あり、うち1件は
 * 〇〇議員の領収書についてのものです; 開示請求が5件来とって、うち3件は…の入札に関するもの): who asked for what is the requester's matter and
 * the case is not closed. The requests are said to be now or in hand (現在, いま, 受付中, 来ている). A yearly count by subject (令和6年度の
 * 請求のうち…12件, the city's published report), the time a decision takes and how to file are not this.
 */
export const PENDING_REQUEST_CONTENT =
  /(?:現在|いま|今|目下|受付中|審査中|処理中|対応中|手元)(?:の|で|、|,)?[^。！？!?\n]{0,8}?(?:(?:情報公開|公開|開示|公文書(?:の)?開示|公文書公開)(?:の)?)?請求(?:の中には|の中に|の中で(?:は|も)?|のうち|の内訳は|には)[、,]?[^。！？!?\n]{0,30}?(?:に関する|に関して|に関わる|に係る|についての|について|関係の|関連の|を求める|を対象とした|を対象にした)(?:もの|請求|案件|分)?(?:が|も|は)[、,]?[0-9一二三四五六七八九十]+件|(?:情報公開|開示|公文書(?:の)?開示|公文書公開)請求(?:が|は|も)[^。！？!?\n]{0,10}?[0-9一二三四五六七八九十]+件(?:ほど)?(?:来|き|寄せられ|届い|出され|出|いただい|受け付け)(?:てい|てお|てる|とっ|とる|とり)[^。！？!?\n]{0,10}?(?:その?うち|うち|中には|なかには)[、,]?[^。！？!?\n]{0,6}?[0-9一二三四五六七八九十]+件(?:は|が)[^。！？!?\n]{0,30}?(?:に関する|に関して|に係る|についての|関係の|関連の|を求める)/gu
/**
 * Blind R73A-096: a record the section keeps of its own work (苦情対応記録簿, 相談受付簿, 通報記録, 対応台帳, 業務日誌), said to be
 * the section's or the office's, gone through by the writer and its counts told (課内の苦情対応記録簿をまとめてみると、今年度は…127件;
 * 係内の相談受付簿を集計すると…212件; 庁内の通報記録ば見返したら…46件): a working record is not a statistic the city has released, and
 * its entries are people's complaints. The head may be a compound of up to 8 characters; the count (a figure with its unit) comes in the
 * rest of the sentence. A record kept or sorted (記録簿を整理し、…廃棄しました), a record checked with no count (該当する記録はありません)
 * and a published survey are not this.
 */
export const INTERNAL_RECORD_TALLY =
  /(?:庁内|内部|課内|部内|係内|室内|所内|本部内|職員用|職員向け)(?:の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:記録簿|記録|台帳|受付簿|処理簿|管理簿|整理簿|日誌|ログ)(?:を|ば)[、,]?(?:ざっと|改めて|ひととおり|一通り|全部|ぜんぶ|試しに|ためしに)?(?:まとめ|集計し|集計す|数え|見返し|見返す|見直し|振り返っ|確認し|調べ|拾っ|拾い出し|洗い出し|整理し|分析し|眺め|めくっ|見|読ん|並べ)(?:て(?:み)?(?:ると|たら|たところ|た結果|ますと|ましたら|ましたところ)|たら|たところ|た結果|ると|ますと|ましたところ)/gu
/**
 * Blind R115A-005: an internal incident report cited as the source, then what it holds (院内のインシデント報告書によりますと、先月の
 * 投薬ミスは4件で、うち1件は小児科病棟で…; 院内のヒヤリハット報告を見ると…転倒が6件; 内部の事故報告書では…第二調理場で): incident,
 * near-miss and accident reports are written for the institution's own safety work, and their counts, wards and causes are not a
 * statistic the city has released. インシデント/ヒヤリハット reports are internal by kind; an accident report (事故報告書, published by
 * national boards) only when said to be kept inside (院内の, 内部の, 園内の …). What follows the citation must tell something of it
 * (a count, a ward or room, a cause); a report named as a topic (インシデント報告書の書き方研修) cites nothing.
 */
export const INCIDENT_REPORT_CITED =
  /(?:(?:(?:院内|病院内|内部|庁内|課内|部内|係内|園内|校内|施設内|所内|署内|局内|館内|病棟内|当院)(?:の|で(?:の)?)?[\p{Script=Han}]{0,4}?)?(?:インシデント|ヒヤリ・?ハット|ひやり・?はっと)(?:・?アクシデント)?(?:報告書|報告|レポート|事例報告|記録|集計)|(?:院内|病院内|内部|庁内|課内|部内|係内|園内|校内|施設内|所内|署内|局内|館内|病棟内|当院)(?:の|で(?:の)?)?[\p{Script=Han}]{0,4}?(?:事故報告書|事故報告|事故記録|事故調査報告書|事故調査報告|アクシデント報告書|アクシデント報告|アクシデントレポート))(?:の(?:集計|まとめ))?(?=によりますと|によりますれば|によると|によれば|では|だと|やと|を見ると|を見たら|を見ますと|を見ましたら|を読むと|を読んだら|ば見ると|ば見たら|ば見よったら|から(?:は|見ると)|上は)/gu
/** …then what the report holds: a count, where it happened (小児科病棟, 3階東病棟, 第二調理場, 1歳児クラス), or a cause. */
export const INCIDENT_TOLD =
  /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|回|例|建|%|％|割|倍)|半数|大半|病棟|病室|外来|[\p{Script=Han}]{1,4}科(?:で|の|が)|号室|[0-9０-９]階|教室|クラス|保育室|調理場|給食室|浴室|居室|原因は|原因が|(?:の|による)(?:ミス|誤り|確認漏れ|不注意)/u
/** A count told from the record: a figure with its unit, or a share (3割, 半数). */
export const RECORD_COUNT = /[0-9０-９一二三四五六七八九十百千]+(?:件|人|名|世帯|戸|回|軒|%|％|割|倍)|半数|半分|大半|過半数/u
/**
 * Colleague (R105): a count of the city's own errors the record showed (2件の入力誤り, 12人分の通知に計算誤り, 入力ミスが5件,
 * 3件で記載漏れ): the city checked its records to find and correct its mistake, which is a correction, not the record's contents told.
 * Such a count is left out before RECORD_COUNT is read; any other count in the sentence (DVの相談が14件) still tells the record.
 */
const RECORD_ERROR_WORD = '(?:入力|記載|記入|計算|事務|処理|登録|転記|送付|通知)?(?:誤り|誤っ|ミス|不備|漏れ|誤記|誤植|誤入力|誤登録|誤送付|誤計算|重複)'
const RECORD_ERROR_NUM = '[0-9０-９一二三四五六七八九十百千]+(?:件|か所|箇所|カ所|ヶ所|人分|名分|世帯分|人|名|世帯|戸|回|軒)'
export const RECORD_ERROR_COUNT = new RegExp(
  `${RECORD_ERROR_NUM}(?:の|で|に|について|ほど)?[^。！？!?\\n、,]{0,8}?${RECORD_ERROR_WORD}|${RECORD_ERROR_WORD}(?:が|は|も)[、,]?(?:計|合計|全部で|あわせて|合わせて)?${RECORD_ERROR_NUM}`,
  'gu',
)
/**
 * Blind R72A-130: a channel staff talk on named as the source of what is posted (（課内チャットより転載）, 庁内メールから転載します, 職員
 * 掲示板からの転載です, 課内Teamsの書き込みをそのまま貼っときます, 係のLINEグループから共有): what was said to colleagues is put on the
 * public account. The channel is the section's or the staff's (課内, 庁内, 職員, 係の…グループ); the city's own public channels (市公式
 * LINE, 市報) and a channel named with nothing taken from it (庁内チャットの導入で…) are not this.
 */
export const INTERNAL_CHANNEL_REPOST =
  /(?:(?:課内|庁内|部内|係内|局内|所内|室内|職員間|職員用|職員向け|職員|内部|幹部|課員|係員)(?:の|用の|向けの)?(?:チャット|LINEグループ|グループLINE|LINE ?WORKS|LINEワークス|LINE|Teams|Slack|LoGoチャット|メール|メーリングリスト|掲示板|グループウェア|ポータル|連絡網|スレッド)|(?<![\p{Script=Han}])[\p{Script=Han}]{0,6}(?:課|係|班|室)(?:の)?(?:LINEグループ|グループLINE|グループチャット|チャットグループ|LINE ?WORKS|LINEワークス|LoGoチャット|Teams|Slack)|LoGoチャット|グループウェア)(?:の(?:投稿|メッセージ|書き込み|やりとり|やり取り|内容|スクショ|スクリーンショット|画面|連絡))?(?:(?:より|から)[、,]?(?:の)?(?:転載|引用|抜粋|転送|コピペ|コピー|共有|シェア|貼り付け)|を[、,]?(?:そのまま|まるごと|丸ごと|一部)?(?:転載|貼り付け|貼っ|貼り|シェア|共有し|載せ|転送し|コピペ))/gu
/**
 * A closed session's or a closed selection's contents, handed out: 非公開で行った採用面接、評価シートの一部をご紹介します,
 * 非公開の審査会での各委員の採点をお伝えします (not a closed session announced: 審査は非公開で行います).
 */
export const CLOSED_SHARED = /(?:話し合い|協議|交渉|会議|打ち合わせ)の(?:中身|内容)を(?:少しだけ|ちょっとだけ|こっそり|特別に|内緒で)(?=[^\n]{0,120}?非公開)|非公開(?:で|の)(?:行った|行われた|実施した|開いた|開かれた|開催した|開催された)?[^。！？!?\n]{0,24}?(?:面接|審査|選考|会議|会合|協議|委員会|検討会|ヒアリング)[^。！？!?\n]{0,24}?(?:評価|採点|点数|発言|意見|議論|内容|やりとり|やり取り|結果|記録|シート|資料)(?:の一部)?(?:を|も)?(?:ご紹介|紹介|お伝え|公開|お見せ|お知らせ|共有)/gu
/**
 * Blind R64A-069: a gathering said to be closed (事業者説明会（非公開）, 非公開で開いた勉強会, 意見交換会（関係者限り）), then the papers
 * handed out there cited as the source and put out (当日お配りした資料から、…上位3社を抜粋して掲載します; 会場でお配りした資料より、
 * …まとめて載せておきます; 配った資料によると…次のとおりです): what was handed only to those present is published. The gathering may be
 * named in the sentence before (thanks for coming, then the papers). A handout of an open gathering, papers sent only to those who came
 * (…にメールでお送りします), one said not to be published (掲載できません) and papers on the city's site are not this.
 */
const GATHERING = '(?:会議|会合|説明会|勉強会|研修会|意見交換会|懇談会|協議会|検討会|委員会|審査会|部会|打ち?合わ?せ|ヒアリング|ミーティング|報告会|連絡会|情報交換会)'
export const CLOSED_GATHERING = new RegExp(
  `${GATHERING}\\((?:非公開|関係者限り|関係者のみ|非公表|秘密会|内部|招待者限り|参加者限り)\\)|非公開(?:で|の)(?:行った|行われた|開いた|開かれた|開催した|開催された|実施した|実施された)?[^。！？!?\\n]{0,16}?${GATHERING}`,
  'u',
)
export const HANDOUT_PUT_OUT = new RegExp(
  `(?:(?:お配り|配布|配付|お渡し|お示し|提示|ご提示)(?:した|いたした|しました)|配った|配られた|配布された|配付された|渡した|渡された|示された)(?:資料|データ|一覧|スライド|プリント|数字|表|ペーパー|レジュメ|冊子|説明資料|配布資料)(?:の中)?(?:から|より|によると|によれば|では|を|にある|に載っている)[、,]?[^。！？!?\\n]{0,40}?(?:掲載|抜粋|ご紹介|紹介|公開|載せ|のせ|お知らせ|お伝え|共有|アップ|まとめ|次のとおり|以下のとおり|下記のとおり|こちらです)(?!(?:する|す|る)?こと(?:は|が)?でき|(?:し|いたし)?(?:かね|でき)|られ(?:ませ|な)|ません|ない|ず|ぬ)`,
  'gu',
)
/** The papers said to be on the city's site or in an open record (ホームページに掲載しています): published, not handed out. */
export const HANDOUT_PUBLIC = /ホームページ|市HP|ウェブサイト|公式サイト|情報公開|開示|閲覧でき/u
/**
 * Blind R57A: an internal report cited as the source of a finding, with no figure (教育委員会の内部報告書では原因は納入業者の検品ミス
 * となっています, 庁内の調査報告によると、責任は委託先にあるとされています, 内部の検証記録だと…と書かれていました): the finding of a paper
 * kept inside is told before the city publishes it. INTERNAL_SOURCE's paper, then a finding in the rest of the sentence (原因は, …と
 * なっています, …とされています, 判明). 内部統制 reports (published by law) and a paper said to be published are not this.
 */
export const REPORT_FINDING =
  /(?:原因|要因|理由|結論|責任|経緯|評価|見解|問題点)(?:は|が|としては)|(?:原因|要因|せい)(?:だ|で|や|じゃ|らし|みたい)|(?:と|に)(?:なって|されて|書かれて|書いて|記載されて|記されて|まとめられて|結論(?:づけ)?られて|指摘されて|判断されて)(?:い|お|あ|ま)|(?:と|って)(?:あり|あった|ある)|判明|ことが(?:わか|分か)|(?:だった|であった|やった)(?:そう|よう|みたい|とのこと)/u
/**
 * Blind R56A: what a named person said in private, heard by staff on duty, told (受付のあと廊下で…候補者の吉開 誠さんが陣営の方に
 * 「…借金たい」とこぼしておられました, 窓口で山下さんが小声で「…」と打ち明けてくれました): a private remark with a verb of confiding or
 * letting slip (こぼす, 漏らす, ぼやく, 打ち明ける, 耳打ちする), said of one person named (…さん, …氏, 候補者, 議員), in a setting of duty
 * or privacy in the sentence or the one before (受付, 窓口, 相談, 廊下, 控室, 小声で, 陣営の方に). A talk or an interview (講演会で…と
 * 打ち明けてくださいました), tears shed (涙をこぼして), residents' voices unnamed and a remark quoted as an example are not this.
 */
export const PRIVATE_REMARK =
  /(?:(?<![\p{Script=Han}])[\p{Script=Han}]{1,6}(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]{1,3})?(?:さん|さま|様|氏)|[\p{Script=Katakana}ー]{2,8}(?:さん|さま|様|氏)|(?:候補者|立候補者|候補|議員|社長|会長|理事長|組合長|院長|園長|校長)(?:さん)?)(?:が|は|も)[^\n]{0,100}?(?:」|と|って)[、,]?(?:小声で|こっそり|思わず|つい|ぽろっと|ポロッと|ぽろりと)?(?:こぼし|こぼさ|漏らし|もらし|ぼやい|ぼやか|愚痴っ|愚痴をこぼ|打ち明け|うちあけ|耳打ち|ささやい|囁い)/gu
/** Who the remark's speaker is when the name is a group or a trade, not one person (皆さん, お客さん, 農家さん, 業者さん). */
export const GROUP_NAME = /^(?:[^]*[皆客者家頭員民方屋主族衆連]|みな|お)(?:さん|さま|様|氏)/u
/** The setting of duty or privacy the remark was heard in. */
export const DUTY_SETTING = /廊下|控室|控え室|待合|給湯室|舞台裏|楽屋|陣営|小声|こっそり|ひそひそ|立ち話|帰り際|二人きり|ふたりきり|エレベーター|喫煙所|窓口|受付|相談|面談|面接|訪問|来庁|手続|届出|申請|聞き取り|ここだけ|内緒|ないしょ/u
/** A remark made in public (a talk, an interview, a speech): told to all, not heard on duty. */
export const PUBLIC_TALK = /講演|インタビュー|取材|あいさつ|挨拶|スピーチ|トーク|会見|ステージ|番組|記事|紙面|発表|表彰|授賞|演説|街頭|SNS|ブログ|投稿/u
/**
 * Blind R63A-048: what a statistical survey's forms hold, told by one who handled them (国勢調査の調査員として…回収した調査票を見ていて
 * 気づいたのは、あのあたりは一人暮らしの高齢の方がとても多いこと; 調査票ば見よったら…半分くらいが…; 調査票によると…8割): the answers
 * of households are kept secret by the Statistics Act (統計法), and so is what an enumerator learns from them or on the rounds (調査で伺った
 * お宅のうち、半分以上が…). The forms read or cited as the source, then households or people with a count or a share in the rest of that
 * sentence or the next. A notice on how to fill in or return the form, the forms kept safe, a published result (国勢調査の結果（速報）
 * によると) and thanks for the filling in are not this.
 */
export const SURVEY_FORM_READ =
  /(?:調査票|調査用紙|回答票|回答用紙|世帯票|個人票)(?:の(?:中身|内容|回答|記入内容))?(?:を|ば|に)?[、,]?(?:見て|見てい|見よ|見る(?:と|限り)|見たら|見とる|見とっ|拝見し|拝見す|読んで|読む(?:と|限り)|読んだら|整理し|整理す|確認し|チェックし|点検し|集計し|めくっ|眺め|目を通し)|(?:調査票|調査用紙|回答票|回答用紙|世帯票)(?:によると|によれば|によりますと|では|から(?:見ると|わかる|分かる))|調査(?:で|の時に|のときに|の際に)(?:回った|伺った|うかがった|訪ねた|訪問した|まわった|行った)(?:お宅|家|世帯|家庭|ところ|事業所|会社|企業|お店|店|工場|農家)/gu
/** A statistical survey named (国勢調査, 統計調査, センサス, 調査員): the rounds of one are under the same secrecy as its forms. */
export const STAT_SURVEY = /国勢調査|統計|センサス|調査員/u
/** Households or people (世帯, お宅, 軒, 一人暮らし, 高齢の方, 空き家, 外国の人, 農家): what the forms describe. */
export const SURVEY_HOUSEHOLD = /世帯|お宅|家|軒|方|人|高齢|一人暮らし|独り暮らし|ひとり暮らし|独居|単身|空き家|外国|農家|収入|年収|所得|職業|勤め|子ども|子供|家族|住人|住民/u
/** A count or a share of them (とても多い, ほとんど, 半分, 10軒のうち6軒, 8割, 3人に1人). */
export const SURVEY_SHARE = /多い|多か|多く|少な|ほとんど|大半|過半|半分|半数|ばかり|だらけ|目立|[0-9０-９一二三四五六七八九十]+(?:割|軒|世帯|人|名|%|％|件|戸)/u
/**
 * Blind R454F-011 kind: what the forms of a statistical survey say about one named respondent (経済センサスの調査票を整理していて…
 * 株式会社…さんは売上が…; 工業統計の調査票を見ると、…製作所さんの従業員数は…; 調査票によれば…商店さんの年収は…): the Statistics Act keeps
 * each respondent's answers secret, so a firm or a household named (SURVEY_RESPONDENT_NAMED) with a fact of its own (SURVEY_RESPONDENT_FACT:
 * 売上, 従業員, 収入, 出荷額, 借入) told after the forms were read is a leak, with no count or share needed. Thanks to a named firm for
 * filling in, a missing entry to be fixed and a published result (速報値によると市内の事業所数は…) stay clean.
 */
export const SURVEY_RESPONDENT_NAMED =
  /(?:株式会社|有限会社|合同会社|合資会社|㈱|㈲|[(（][株有][)）])[^\s、,。！？!?「」]{1,14}|[^\s、,。！？!?「」]{1,14}?(?:株式会社|有限会社|商店|工務店|食品|建設|製作所|工業|商事|水産|海苔|農園|果樹園|牧場|酒造|製菓|旅館|ホテル|医院|薬局|事務所|商会|精肉店|鮮魚店)(?:さん|様|さま|の|は|が)|[\p{Script=Han}\p{Script=Katakana}]{1,6}(?<![皆各])(?:さん|様|さま)(?:の(?:お宅|家|ところ|とこ|世帯|店|会社)|宅|ち|家)/u
export const SURVEY_RESPONDENT_FACT =
  /売上|売り上げ|売上高|年商|収入|年収|所得|利益|収益|赤字|黒字|従業員(?:数)?|社員(?:数)?|雇用|出荷額|生産額|販売額|借入|借金|負債|資産|給与|賃金|家賃|仕入れ|仕入|経営(?:状況|状態)|資本金|作付|耕作面積|経営耕地|飼養頭数|出荷量/u
/** Filling in or returning the form, or thanks for it: the process, not what the forms say. */
export const SURVEY_PROCESS = /記入(?:漏れ|もれ|ミス|の仕方|方法|例|のしかた)|書き方|書き間違|ご協力|ありがと|回収率|回答率|提出率|ネット回答|インターネット(?:で|回答|から)|郵送|未提出|厳重に|保管|管理し|結果(?:\(速報\))?(?:によると|では|が公表)|公表/u
/** Figures before they go up: 県に上げる前の数字ですが. */
export const REPORT_BEFORE = /(?:県|国|議会|本部|上|市長|外部|マスコミ|報道)(?:に|へ)(?:上げる|あげる|報告する|出す|提出する|送る|報告される|発表する|の(?:報告|提出|説明|公表|発表))前の(?:数字|数値|データ|資料|情報|段階|もの|速報|集計)/gu
/**
 * Blind R182I-023, R181D-012, R179I-049: a figure the post itself places before its report or release, told anyway. The step is
 * named as still to come, (a) as the figure's own label (議会報告前の速報値で97.84％でした, 公表前の暫定値では…), (b) in the sentence that
 * gives an amount (…約860万円まで増額しています（議会への報告はこれからです）), or (c) as the reason details cannot be given yet, with a
 * change told after the concession (議会に出すのは2月なので細かい中身はまだ言えませんが、子育て関係が手厚くなりますよ). A figure reported
 * after the council (議会で報告した速報値), a step to come with no amount, a refusal and a notice to wait stay clean.
 */
const REPORT_STEP = '(?:(?:市議会|議会|委員会|全員協議会|県|国)(?:へ|に)?(?:の)?(?:報告|提出|説明|上程)|公表|発表|正式発表|記者発表)'
export const FIGURE_LABELLED_AHEAD = new RegExp(
  `${REPORT_STEP}前の(?:速報値?|暫定値?|数字|数値|集計(?:値|結果)?|試算(?:値|額|結果)?|見込み(?:額|値)?|推計値?|データ|金額|実績値?|決算(?:額|見込み)?)(?:で(?:は)?|は|が|によると|によれば|ですが|だけど|なんですが|[、,])`,
  'gu',
)
/**
 * Blind R187I-011: the report to the prefecture or the state still to come (（県への報告はこれからです）), said beside the amount, is the same
 * kind as the council's (a report made, 県への報告は済んでいます, stays clean).
 */
export const REPORT_STILL_AHEAD = /(?:(?:市議会|議会|委員会|全員協議会)(?:へ|に)?|(?:県|国)(?:へ|に))(?:の)?(?:報告|提出|説明|上程)(?:は|が)[、,]?(?:まだ|これから|今後|来月|来週|次回|[0-9０-９]{1,2}月)/gu
/**
 * Blind R184I-005: the step still to come said as a concession, then the figure given all the same (…年間およそ1億2千万円です。議会への説明は
 * まだですが、参考までにお伝えします): the amount may stand in the sentence before or after. A notice to wait (まとまり次第お知らせします) tells nothing.
 */
export const STILL_AHEAD_TOLD_ANYWAY = /^[^。！？!?\n]{0,10}?(?:が|けど|けれど|けども|ものの)[、,]?[^。！？!?\n]{0,10}?(?:参考までに|ご参考までに|ご参考に|参考として|先に|先んじて|ひと足|一足|特別に|こっそり|内々に|取り急ぎ)[^。！？!?\n]{0,8}?(?:お伝え|お知らせ|ご紹介|ご報告|申し上げ|お示し|お答え|書い|書き|載せ|掲載)/u
/**
 * Blind R194A-018: a result said to be published at a later time, named attributively as the subject, then its figure given in the
 * same sentence (来月公表される…調査の本市の結果は、…県の平均を3.1ポイント下回り; 来週発表予定の審査の結果では…2位): the figure is told
 * before its release. The result named with where or when to see it (…の結果は、市ホームページでご覧いただけます), with no figure, or a
 * result published in the past (昨年公表された…) stay clean.
 */
export const RESULT_RELEASED_LATER =
  /(?:来月|来週|明日|明後日|あす|あした|後日|近く|近日|週明け|月末|今月末|年明け|来年度?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日)(?:に|中に|末に|ごろ|頃)?(?:公表|発表|公開)(?:される|されます|する|予定の|される予定の|する予定の|になる|となる)[^。！？!?\n]{0,30}?(?:結果|数字|数値|順位|得点|正答率|平均点|集計)(?:は|では|が|を見ると)[、,]?/gu
/**
 * Blind R209I-017 kind: a figure bound to a release still to come, named attributively with where it will be given out (来週の記者発表で出す
 * 予定の寄附額、…38億円を超えた; 明日の会見で公表する入込客数は…; 来月の議会で報告する予定の件数、…): its value told in the same sentence is
 * the release before its time. The figure named with where to see it later, a notice to wait, no value, or a past year's value
 * (昨年度は…でした) stay clean.
 */
export const FIGURE_RELEASED_LATER =
  /(?:来月|来週|明日|明後日|あす|あした|後日|近く|近日|週明け|月末|今月末|年明け|来年度?|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|[0-9０-９]{1,2}日)の?(?:[^。、！？!?\n]{0,8}?の)?(?:定例)?(?:記者発表|報道発表|記者会見|会見|議会|委員会|発表会?)(?:で|にて)[^。、！？!?\n]{0,8}?(?:出す|出される|発表する|発表される|公表する|公表される|示す|示される|お示しする|お知らせする|公開する|報告する|ご報告する)(?:予定)?の[^。！？!?\n]{0,20}?(?:[\p{Script=Han}](?:額|数|率)|数字|数値|結果|集計|実績)(?:は|が|では|[、,])/gu
/** A value of another year beside it (昨年度は…, 前年の…): the figure told is a published one. */
export const PAST_FIGURE = /昨年|前年|去年|前回|昨年度|前年度|過去|例年/u
export const RESULT_FIGURE = /[0-9０-９][0-9０-９,.万億千]*(?:円|%|％|倍|ポイント|割|点|位|人|件)|[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]*(?:万|億)円/u
/**
 * Blind R198I/R199A: the writer's own hold on a matter told (組合への提示はこれからなので外には出さないでほしいのですが、…平均1.8%; 会見で
 * 発表するまでは外に出しちゃダメなやつやけど…; （…公表はまだなんで、ここだけの数字でお願いします）): the writer asks the readers to keep it
 * in, said as a concession or an aside after a clause (…ので, …までは, 、) and not of a thing put outdoors (ゴミを外に出さないで), while a
 * figure stands in the same sentence or the one before. Asked by the owner of the matter is HOLD_ASKED_BUT; a notice to wait tells nothing.
 */
export const SELF_HOLD =
  /(?:(?<=ので|なんで|から|けん|まで|までは|[、,(])|^)(?:(?:外|表|外部|よそ|公)(?:に|へ)(?:は|も)?(?:出さ(?:ないで|んで)(?:ほしい|欲しい|もらいたい|ください|下さい|くださいね|ね)|出し(?:ちゃ|ては|たら|ちゃあ)(?:ダメ|だめ|駄目|いけない|いかん|アカン|あかん|NG))|ここだけの(?:数字|話|情報|ネタ)(?:で|に(?:して|しといて|しておいて))(?:お願い|おねがい|頼み|頼む|ね))(?:な|の)?(?:やつ|もの|話|数字|情報|こと|件)?(?:なん|な)?(?:ん|の)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん|します|しますね|しま[ーす〜]*|[)）。、！!〜～]|$)/gu
/**
 * The figure told around the hold: an amount, a rate, a count, a rise (0.05月分の引き上げ). Only tested, so the runs are bounded: the two
 * overlapping digit runs of the unbounded form were cubic in a long run of digits (8 s on 2,400 digits; scan of every pattern, stop 51).
 */
export const SELF_HOLD_FIGURE = /[0-9０-９][0-9０-９,.]{0,15}(?:万|億|千)?(?:[0-9０-９]{1,6}(?:千|百)?)?(?:円|%|％|人|件|社|票|点|割|倍|世帯|位|か月分|月分|ポイント)|[〇一二三四五六七八九十百千]+(?:万|億)(?:[〇一二三四五六七八九十百千]+)?(?:円|人)/u
/**
 * Blind R198I-009: the budget's figure at a stage of the internal assessment (財政課の査定を終えた時点で、来年度の一般会計は…億円; 一次査定
 * 後の段階では…), or a later assessment said still to come beside it (まだ市長査定が残っていますが): the budget is still in the decision
 * process. The assessment named with no amount, and a budget announced or passed (発表しました, 可決) stay clean.
 */
export const ASSESSMENT_STAGE =
  /(?:(?:財政課|財政部|財務課|財政当局|部長|副市長|市長|一次|二次|最終)(?:の)?)?査定(?:を終えた|が終わった|を経た|が済んだ|が終わって|を終えて|後の)(?:時点|段階)(?:で(?:は)?|の(?:数字|金額|額)(?:で(?:は)?|は))[、,]?|まだ[^。！？!?\n、,]{0,8}?査定が(?:残って|控えて|あり)(?:い|お)?(?:ます|る|り)?(?:が|けど|けれど|ばってん)/gu
export const ASSESSMENT_AMOUNT = /[0-9０-９〇一二三四五六七八九十百千]+(?:億|万)[0-9０-９〇一二三四五六七八九十百千]*(?:千|百)?(?:万)?円/u
/** What is assessed is the city's budget (an appraisal of a car or goods names none). */
export const ASSESSMENT_BUDGET = /予算|要求額|事業費|一般会計|特別会計|歳出|歳入/u
export const ASSESSMENT_PUBLIC = /発表し|公表し|可決|議決|成立|ホームページ|市HP|予算案を(?:提出|上程)しました/u
/**
 * Blind R199A-039: a paper the section is still working on inside (課内で集計中の表, 庁内で作成中の資料, 内部で検討中の案), shown or put out
 * as a favour (ちょっとだけお見せします, チラ見せ, 載せちゃいます): the showing is the leak, as NONPUBLIC_PAPER_SHOWN. A refusal, a request
 * (共有してください) and a promise to show it once settled (まとまり次第ご紹介します) are not this.
 */
export const INSIDE_WIP_SHOWN =
  /(?:課内|庁内|部内|係内|局内|内部)(?:で|の)(?:まだ)?(?:集計|精査|作成|検討|取りまとめ|とりまとめ|試算|推計|整理|調整)(?:中|途中)の[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:表|資料|データ|数字|数値|一覧|リスト|結果|案|図面|名簿)(?!\p{Script=Han})(?:の(?:一部|中身|内容))?(?:を|も|[、,])?[^。！？!?\n]{0,12}?(?:お見せ|見せ|チラ見せ|ご紹介|紹介|載せ|のせ|アップ|共有|公開)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ|てほし|て欲し|てくださ|て下さ|てもら|(?:を)?(?:し)?(?:てくださ|て下さ|てほし|て欲し|てもら|てお(?:いて|き)|をお願い|お願い))/gu
export const INSIDE_WIP_HELD = /次第|後日|改めて|お待ち|まとまったら|確定したら|決まったら|完成したら|できあがったら|出来上がったら/u
/**
 * Blind R187I-005: a figure told ahead of the report to the council or the prefecture, the telling said as an aside (議会への報告に先立ち
 * 申し上げますと、…約380万円の経費を要しております; 県への報告の前にお伝えしますと…). A step ahead with no amount told in its sentence, a
 * gathering held ahead of it (議会への説明に先立ち、住民説明会を開催します) and a figure published stay clean.
 */
export const TOLD_BEFORE_REPORT =
  /(?:(?:市議会|議会|全員協議会|定例会|委員会|県|国)(?:へ|に)の(?:ご)?(?:報告|説明|提出|上程)|(?:議会|委員会)(?:報告|説明|提出))(?:に先立(?:ち|って|ちまして)|の前に|より(?:も)?先に|に先んじて)[、,]?[^。！？!?\n]{0,12}?(?:申し上げ|お伝え|お知らせ|ご報告|ご紹介|お示し)(?:ますと|ると|ますが|します|いたします|いたしますと|しますと|しておきます|させていただきます)/gu
export const COUNCIL_LATER_CANT_SAY =
  /(?:市議会|議会|委員会|全員協議会)(?:に|へ)(?:出す|提出する|上程する|報告する|説明する|諮る|かける|お示しする)のは[^。！？!?\n]{0,10}?(?:なので|ですので|ので|ため|から|やけん|けん)[、,]?[^。！？!?\n]{0,16}?(?:言え|書け|話せ|お伝えでき|お話しでき|お知らせでき|申し上げられ|出せ|お見せでき|公表でき)(?:ません|ない|ん)(?:が|けど|けれど|けども|ばってん)[、,]?/gu
/** An amount in money or a rate (約860万円, 412億円, 97.84％, 1.4倍, 0.3ポイント): not a count of people or meetings. */
/**
 * Blind R184I-005/R187I-011: an amount written with its units of ten thousand between digits (1億2千万円, 14億2千万円, 3億1千万円) is one amount.
 */
export const AHEAD_AMOUNT = /[0-9０-９][0-9０-９,.万億千]*(?:円|%|％|倍|ポイント|割)|[〇一二三四五六七八九十百千][〇一二三四五六七八九十百千万億]*(?:万|億)円/u
/** What is told after the concession: a change or an amount. A notice to wait (次第, お待ち, お楽しみ, 後日) tells nothing. */
export const AHEAD_CHANGE_TOLD = /なり(?:ます|そう)|なる|増え|増や|減ら|減り|減る|手厚|拡充|充実|無料|有料|値上|値下|新設|廃止|始ま|[0-9０-９]/u
export const AHEAD_NOTICE = /次第|お待ち|お楽しみ|後日|改めて|あらためて|ホームページ|市HP|ご理解/u
/** The figure held back or published (お答えできません, 控え, 公表しました): no leak. */
export const AHEAD_HELD = /(?:公表|公開|お答え|お伝え|お知らせ|掲載|お示し)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)|控え|公表しました|公表いたしました|公表して(?:い|お)(?:ます|ります)|発表しました|議会で(?:報告|説明)(?:し|いたし)ました/u
/**
 * A plan told with the internal approval it still waits for (…秋から全公民館で実施する方向で部長決裁待ちです,
 * 値上げ案は市長決裁前ですが), or a figure told ahead of the council (議会への報告前のため…先にお知らせしておきます):
 * what is not decided or not yet reported, from inside. Not a decision made (決裁を経て決定しました).
 */
export const AWAITING_APPROVAL =
  /(?:実施|導入|廃止|変更|拡大|縮小|統合|値上げ|値下げ|新設|移転|休止|再開|延長|見直し|方向|予定|案)[^。！？!?\n]{0,16}?(?:(?:部長|課長|局長|市長|副市長|教育長|所長|上)(?:の)?)?(?:決裁|稟議|決済)(?:待ち|前|中|がまだ|が(?:下|お)りていな|が(?:下|お)りる前|を待って|に回して|を回して)|(?:議会|議員|委員会|記者発表|公表|発表)(?:へ|に|で)?の?(?:説明|報告|提出|公表|発表)?前の(?:資料|案|内容|計画)(?:なので|ですが|だけど|ですので|のため)|(?:議会|議員|委員会|記者発表)(?:へ|に)?の?(?:説明|報告|提出)前(?:のため|なので|ですが|だけど|ですので)[^。！？!?\n]{0,30}?(?:先に|一足早く|ひと足早く|特別に|こっそり)(?:お知らせ|お伝え|ご紹介|公開|掲載|お見せ)/gu
/** A document handed only to the members of a body, shared: 委員の皆さまにだけお配りした…試算表. */
export const MEMBERS_ONLY = /(?:委員|出席者|構成員|議員|理事|役員|審査員|関係者|職員|幹部)(?:の(?:皆さま|皆様|皆さん|方々|方))?(?:に|へ)?(?:だけ|のみ|しか|限定で|限りで)(?:に)?(?:お配り|配っ|配ら|配り|配布|配付|お渡し|渡し|渡さ|お送り|送っ|提示|共有)/gu
export const DOCUMENT = /資料|書類|文書|試算|データ|名簿|メモ|議事|表|案|写真|スライド/u
/**
 * How a procurement selection went, told (審査の点数は1位と2位でわずか3点差, 審査員の間でも意見が分かれた). Blind R62A-134: one bidder's
 * points set against another's (2位になった業者の技術点が実は1位の業者より12点も高く, A社はB社を技術点で8点上回っていた), the ranks
 * turned by the price gap (価格点の差だけで順位が逆転), and the panel's dissent (審査委員の間で最後まで異論が残りました). A contest of works
 * (力作ぞろいで審査委員の間でも意見が分かれ) is judged in public and its split is praise, not a deliberation told.
 */
export const SCORE_GAP = /(?:点数|得点|評価点|採点)[^。！？!?\n]{0,30}?[0-9一二三四五六七八九十]+点(?:の)?差|[0-9一二三]位[^。！？!?\n]{0,16}?[0-9一二三]位[^。！？!?\n]{0,16}?(?:[0-9一二三四五六七八九十]+点(?:の)?差|僅差|接戦|差は)|(?:上位|[0-9一二三]位と[0-9一二三]位|トップと[0-9一二三]位|[0-9一二三両]社|[0-9一二三]者|両者|(?:[A-Z]|[\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:社|者|建設|工業)(?:さん)?と(?:[A-Z]|[\p{Script=Han}\p{Script=Katakana}ー]{1,10})(?:社|者|建設|工業)(?:さん)?)(?:の)?(?:間の)?(?:差|点差|得点差)(?:は|が)[、,]?(?:わずか|たった|僅か|ほんの|およそ|約)?[0-9一二三四五六七八九十]+(?:\.[0-9])?点|(?:審査員|審査委員|選定委員|選考委員|評価委員)(?:会)?(?:の間|の中|同士)?(?:で|でも|には|からは|から)[^。！？!?\n]{0,12}?(?:意見が分かれ|意見が割れ|議論が分かれ|評価が分かれ|評価が割れ|異論が(?:残|出|相次|あ)|異論を唱え|反対意見が(?:出|相次|あ))|(?:技術点|価格点|提案点|評価点|得点|点数|合計点|総合点|総合評価点)(?:が|は|で|も)[^。！？!?\n]{0,20}?(?:[0-9一二三]位|次点|他社|[A-Z]社|業者|事業者|提案者)[^。！？!?\n]{0,8}?(?:より|を)[0-9一二三四五六七八九十]+(?:\.[0-9]+)?点(?:も|ほど|近く|以上|あまり)?(?:高|低|上回|下回|多|少)|(?:[0-9一二三]位|次点|[A-Z]社|業者|事業者)(?:さん)?(?:は|が)[^。！？!?\n]{0,12}?(?:技術点|価格点|提案点|評価点|得点|点数|合計点|総合点)(?:で|が|は)[^。！？!?\n]{0,10}?[0-9一二三四五六七八九十]+(?:\.[0-9]+)?点(?:も|ほど|近く|以上|あまり)?(?:高|低|上回|下回|多|少|及ば|届か)|(?:価格点|技術点|価格|金額|入札額|提案額|点数|得点)(?:の)?(?:差|違い)(?:だけ)?で[^。！？!?\n]{0,8}?順位が(?:逆転|入れ替わ|ひっくり返)|(?:審査|選定|選考|評価)?委員(?:の方|さん)?(?:の中|の間|のなか|の方々の中)(?:には|では|でも|で)[、,]?[^。！？!?\n]{0,12}?(?:を推す|を推される|を推しと|を支持する|を評価する|に反対する|に否定的な|に批判的な|を高く評価する)(?:声|意見|方|委員)/gu
/** A contest of works (作品, 力作, 応募作, 入賞): judged for the public, no procurement. */
export const WORKS_CONTEST = /作品|力作|応募作|入賞|受賞|表彰|甲乙/u
export const PROCUREMENT = /プロポーザル|委託先|受託者|業者選定|事業者選定|指定管理|入札|選定委員|審査委員|選考委員会|評価委員会|コンペ|提案書|事業者さん|業者さん|貴社|御社/u
/**
 * Blind R183I-070: one bidder's or applicant's standing in a selection told (御社は3位でした, A社さんの評価点は72点, お宅は次点で) in a post that
 * itself says the scores or ranks are kept (点数は公表しないことになっている, 順位は非公表, 審査結果の内訳は公開されません): what the city does
 * not publish, passed to one party. The standing ends its statement (3位で／でした／です, 72点でした); a rule alone (点数や順位は公表して
 * おりません) and a place to come (1位と2位の方には賞状を) tell no one's standing. Bounded gaps.
 */
export const STANDING_TOLD =
  /(?:御社|貴社|[A-Z]社|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:社|建設|工業|組|工務店|さん|様)|お宅|あなた)(?:さん)?(?:は|が|の(?:順位|点数|得点|評価点|総合点|合計点|技術点|価格点)(?:は|が))[、,]?[^。！？!?\n]{0,12}?(?:[0-9０-９一二三四五六七八九十]{1,3}位|[0-9０-９]{1,3}(?:\.[0-9]{1,2})?点|次点|最下位)(?:で(?:した|す)?(?=[、,。！!\s]|$)|でした|です|だった|やった|(?=[、,。！!]))/gu
export const SCORES_KEPT =
  /(?:点数|得点|評価点|採点(?:結果|表)?|順位|評価|審査結果|内訳)(?:は|を|も|について(?:は)?|の)?[、,]?(?:非公表|非公開|(?:公表|公開|発表)(?:いたし|し|され)(?:な[いく]|ません|ておりません|ていません|ておらん|とらん))/u
/** A contractor chosen and agreed inside before the contract: 随意契約で発注することで本部内の話はまとまりました. */
export const CONTRACT_DECIDED = /(?:随意契約|随契|特命随意契約|特命)(?:で|により|にて)[^。！？!?\n]{0,12}?(?:発注|委託|契約|お願い)(?:する|すること)(?:で|に)[^。！？!?\n]{0,12}?(?:まとま|決ま|固ま|内定|話がつ|調整済|話はつ)/gu
/**
 * Investigation told before the police announce it: …とみて来週にも事情聴取に入るそうです. Blind R126A-070: who the inquiry is after
 * (捜査対象は市内の解体業者2社, 内偵の対象になっている), and a step of it told as hearsay with が/は (近く事情聴取があるらしい, 家宅捜索が
 * 入るそうです): what the police know and have not announced, passed on.
 */
export const POLICE = /警察|県警|警察署|捜査員|刑事|捜査関係者/u
export const INVESTIGATION =
  /(?:とみて|と見て|とにらんで|と睨んで)[^。！？!?\n]{0,16}?(?:捜査|調べ|事情聴取|聴取|立件|逮捕|捜索)|(?:事情聴取|任意聴取|家宅捜索|任意同行|逮捕|立件|書類送検|送検|聴取)(?:に|を|へ|が|は|も)?(?:入る|入り|踏み切る|する|される|行う|行われる|ある|あり)(?:そう|らしい|みたい|予定|見込み|方針|とのこと|って|げな|ごたる)|(?:捜査|内偵|取り調べ|取調べ)(?:の)?対象(?:は|が|に(?:なって|なっと|挙が|上が))/gu
export const INVESTIGATION_PUBLIC = /発表し|発表によると|公表し|報道|ニュース|新聞|逮捕されました|容疑で/u
/**
 * Round 52: what a police or coast-guard inquiry recorded, cited as the source of what is told (警察から共有された非公開の事情聴取メモに
 * よると, 県警の捜査資料によれば, 取り調べのメモだと, 供述調書の写しを見ると, 海上保安部の聴取記録では): the record is the agency's, shared with
 * the city for its work. Its outcome (捜査結果) announced, an inquiry said to be under way and a hearing of residents' views (意見聴取) are not.
 */
export const INQUIRY_RECORD =
  /(?:事情聴取|任意聴取|(?<!意見|住民|市民|公開)聴取|取り調べ|取調べ|供述|捜査|実況見分)(?:の)?(?:メモ|記録|資料|調書|内容)(?:の(?:写し|コピー|一部))?(?:によると|によれば|では|だと|を見ると|を見たら|を読むと|を読んだら)/gu
/** Who keeps such a record: the police or the coast guard. */
export const INQUIRY_AGENCY = /警察|県警|警察署|捜査員|刑事|捜査関係者|海上保安(?:部|署|庁|本部)|海保/u
/** The record's content said to be published (発表, 公表, 会見): told by the agency, not leaked. */
export const INQUIRY_PUBLISHED = /発表|公表|会見|報道(?!前|され(?:てい)?な|されていませ|されておらず)|プレスリリース/u
/** Its papers or record cited as the source (の資料によると, 記録ば見たら, 会議録では). */
const CASE_PAPER_CITED =
  '(?:の)?(?:配布|配付|提出|会議)?(?:資料|記録|ケース記録|議事録|会議録|議事要旨|メモ|報告書|名簿|一覧|台帳|データ|集計)(?:の(?:写し|コピー|一部))?(?:によると|によれば|によりますと|では|で(?:も|は)|には|を見ると|を見たら|を見る限り|を読むと|を読んだら|ば見たら|ば見ると|から見ると|より(?=[)）、,。\\s]|$)|だと|やと|上は)'
/** What was reported, raised or heard there, told (では、…と報告されました; で出た話やけど; でお聞きした話ですが). */
const CASE_TOLD_THERE =
  '(?:で|では|の場で|の席で|において)(?:(?:出た|出とった|出てた|聞いた|お聞きした|伺った|話された|報告された|共有された|話題になった|挙がった|上がった)(?:話|内容|こと|件|ケース|情報|事例)|[、,]?[^。！？!?\\n]{0,50}?(?:との|という|と|が|も|について)(?:報告(?:され(?:まし)?た|がありました|があった|を受けました)|共有されました|話題にな(?:りました|った)|(?:挙が|上が)(?:りました|った|っとった)|出(?:ました|た|とった|てました)(?![^。！？!?\\n]{0,4}?(?:ら|際))|明らかにな(?:りました|った)|(?:わか|分か)(?:りました|った)|判明しました))'
export const CASE_CONFERENCE = new RegExp(
  `${CASE_CONFERENCE_NAME}(?:\\([^()\\n]{1,16}\\))?(?:の)?(?:(?:実務者|代表者|個別ケース検討|ケース検討|ケース)会議)?(?:\\([^()\\n]{1,16}\\))?(?:${CASE_PAPER_CITED}|${CASE_TOLD_THERE})`,
  'gu',
)
/**
 * Blind R157I-050: the conference named as the occasion, then its papers handed on (昨日の要対協の個別ケース検討会議、資料の一部を共有します;
 * ケース会議の配布資料から抜粋してお伝えします): what follows comes from its papers, so a count said for the year (今年度の新規通告は…47件)
 * is no published statistic. Papers kept, shared among the agencies (資料を共有し、連携して) or published stay clean.
 */
export const CASE_PAPER_SHARED =
  /^[、,\s]*(?:の)?(?:配布|配付|当日の|会議)?資料(?:の(?:一部|写し|コピー|中身|内容|抜粋))?(?:を|から)[^。！？!?\n、,]{0,8}?(?:共有|ご?紹介|お見せ|見せ|載せ|のせ|アップ|抜粋|お伝え)(?:します|しますね|しちゃい?ます|いたします|しておきます|しときます|させて)/u
/** A count the city publishes, or the conference described. */
export const CASE_COUNT_PUBLIC = /年度|ホームページ|市HP|公表|統計|白書|報告書|研修|啓発|代表者会議/u
/**
 * Blind R104A-028: an internal paper of a selection read out to an applicant (内部の判定資料を確認したところ、お宅の指数は35点で…),
 * or other applicants' standing told to one (第1希望の園に入られた方の最下位より2点足りませんでした; ボーダーは38点でした; 申込者の中で
 * 5番目): how the city ranked people, which it keeps inside. The paper read must give a figure in the rest of the sentence; a paper read
 * to find an error apologised for (…を確認したところ、2件の入力誤りがありました) and a published minimum score stay clean.
 * Blind R193I-049: the internal paper cited as the source instead of read (内部の採点表では…の店は68点で、基準に2点届きません; 課内の審査
 * 資料によると…3位): the same ranking told. A scale described (内部の評価表では100点満点で…) gives no one's standing.
 */
export const SELECTION_PAPER_READ =
  /(?:内部|庁内|課内|部内|係内|非公開|内輪)(?:の|で使っている|で使用している|用の)?[\p{Script=Han}]{0,4}?(?:判定|審査|選考|選定|採点|利用調整|入所調整|入園調整|評価)(?:の)?(?:資料|表|一覧表?|データ|記録|シート|結果|名簿|リスト)(?:(?:を|ば)(?:(?:確認|拝見|チェック|照会)(?:した|しました|してみた|させていただいた|させていただきました|しましたら|したら|すると|しますと)|(?:見|調べ)(?:た|てみた|ました|ましたら|たら)|見ると|見ますと)(?:ところ|ら|結果|限り)?|(?:では|によると|によれば|によりますと|だと|やと|上は)(?![^。！？!?\n]{0,12}?満点))/gu
export const SELECTION_FIGURE = /[0-9〇一二三四五六七八九十百]+(?:点|位|番目|人|名|件|世帯|%|割)/u
export const SELECTION_ERROR = /誤り|誤っ|ミス|不備|漏れ|お詫び|おわび|申し訳/u
export const OTHERS_STANDING =
  /(?:入(?:られ|れ|っ)た|入所(?:され|し|でき)た|入園(?:され|し|でき)た|合格(?:され|し)た|採用(?:され|し)た|内定(?:され|し)た|当選(?:され|し)た|通った|受かった|選ばれた)(?:方|人|者|お子さん|子|児童|世帯|ご家庭)(?:たち|々)?(?:の(?:中で?の?|うちの?)?|で)(?:最下位|最低点|最低指数|最低|一番下|一番低い(?:方|人|点)?|ボーダー(?:ライン)?|最後の(?:方|人))|(?:ボーダー(?:ライン)?|最下位|合格ライン|最低指数|最低点)(?:の(?:方|人))?(?:は|が|より|と比べ|まで|に)[^。！？!?\n]{0,10}?[0-9〇一二三四五六七八九十]+(?:点|位)|(?:申込者|申請者|応募者|希望者|受験者|待機者|申し込まれた方)の(?:中|うち)で?[^。！？!?\n]{0,10}?[0-9〇一二三四五六七八九十]+(?:番目|位)/gu
/** The applicant the post speaks to (お宅の指数は, お子さんの点数, ○○様の順位). */
export const APPLICANT_ADDRESSED = /お宅|あなた|貴方|貴殿|ご家庭|お子さん|お子様|ご本人|(?:様|さん)の(?:指数|点数|得点|順位)|ご?希望(?:の|された)/u
export const STANDING_COMPARED = /[0-9〇一二三四五六七八九十]+(?:点|位|番目)|足りな|届かな|及ばな|下回|上回|差/u
/**
 * A class of information named as what a duty keeps (the terms of a contract or a rule, in the written register): 機密情報について
 * 秘密保持義務を負い, 機密事項を第三者に漏らしてはならない, 機密情報を外部に開示しないこと, 機密保持契約を締結. Read from right
 * after the word (機密, 秘密情報, 内部情報 …): the duty is the predicate of the clause it starts. A concession that goes on to tell
 * (守秘義務がありますが、こっそり…) is not a duty stated.
 */
export const SECRECY_DUTY =
  /^(?:保持|保護)(?:義務|契約|条項|誓約書?|に関する(?:誓約書?|契約|条項|覚書))(?:を|が|に|の)?[^。！？!?\n「」【】]{0,8}?(?:負(?:う|い|います|わせ|って(?:いただ|もら))|課(?:す|し|され)|定め|規定|締結|結(?:ぶ|び|ん)|交わ|提出|署名|義務付け)|^(?:情報|事項|文書|データ)?(?:等|など)?(?:について|に関して|に関する[^。！？!?\n「」【】]{0,6}|を|は|も)[^。！？!?\n「」【】]{0,16}?(?:(?:秘密|機密|守秘)(?:保持)?(?:義務|契約|条項|誓約書?)(?:を|が|に)?[^。！？!?\n「」【】]{0,6}?(?:負(?:う|い|います|わせ|って(?:いただ|もら))|課(?:す|し|され)|定め|規定|締結|結(?:ぶ|び|ん)|交わ|提出)|(?:漏らし|漏えいし|漏洩し|開示し|提供し|口外し)て(?:は)?(?:ならない|ならず|なりません|いけない|いけません)|(?:漏らさ|漏えいしな|漏洩しな|開示しな|提供しな|口外しな)(?:い|ず)(?:こと|ものとする|よう)|(?:を)?義務付け)/u
/**
 * Blind R87A-082: a class of information named as a topic of a lesson or a rule of handling (情報セキュリティ研修を行いました。機密情報の
 * 取り扱いや、不審なメールの見分け方…について確認しました; 機密保持の重要性についてeラーニング; 機密文書の保管と廃棄の手順を学び):
 * the word is followed by how it is handled (の取り扱い, の管理, 保持の重要性, の保管, の廃棄), and the sentence or the one before names the
 * lesson (研修, 講習, 勉強会, 学び, eラーニング, 確認しました). Not a bracketed 【機密】, nor what is told on the quiet in the sentence
 * (ここだけの話, ちょっとだけお見せ), nor 機密 before a paper or a matter (機密の人事案, 機密資料によると).
 */
const HANDLED_AFTER = /^(?:情報|事項|文書|書類|データ|資料)?(?:等|など)?(?:の)?(?:適切な|適正な|安全な|正しい)?(?:取り?扱い?|取扱|管理|保管|保護|保持|廃棄|処分|処理|持ち?出し|漏えい|漏洩|重要性|扱い方|ルール)/u
const LESSON = /研修|講習|講座|勉強会|学習|学び|学ん|学べ|[eＥｅE]-?ラーニング|訓練|セキュリティ教育|周知|確認しました|確認いたしました|について(?:確認|学|説明|講義|お話)/u
/**
 * Blind KT-028: …or as what the lesson taught not to do with it (個人情報や機密情報を入力しないこと、…などを学びました; 機密情報は持ち出さない
 * ように): the class as the object of a rule of conduct, in a sentence (or after one) that names the lesson.
 */
const NOT_DONE_AFTER = /^(?:情報|事項|文書|書類|データ|資料)?(?:等|など)?(?:を|は|も)[、,]?[^。！？!?\n「」【】]{0,12}?(?:ない(?:こと|よう)|てはいけ|ては(?:なら|ダメ|だめ)|禁止)/u
export function lessonTopic(t: string, start: number, end: number): boolean {
  if (/[【\[〔《〈<(「『]$/u.test(t.slice(Math.max(0, start - 1), start)) || !(HANDLED_AFTER.test(t.slice(end, end + 16)) || NOT_DONE_AFTER.test(t.slice(end, end + 24)))) return false
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  const sentence = t.slice(here.start, here.end)
  return LESSON.test(t.slice(prev.start, here.end)) && !TOLD_ANYWAY.test(sentence)
}
/**
 * Blind TX-133: a rule of handling named as a topic of a lesson (情報セキュリティ研修を行いました。機密情報の持ち出し禁止、USBメモリの使用
 * ルール…を確認しました; 個人情報の持ち出し禁止や書類の複製禁止について学びました): the ban is said of a class of information or papers (Xの
 * 持ち出し禁止), as a noun of the rule itself, in a sentence (or after one) that names the lesson. Not a marker standing on a paper
 * (【持ち出し禁止】, 持ち出し禁止の資料, この資料は持ち出し禁止ですが), nor what is told on the quiet in the sentence.
 */
const RULE_BANNED = /^(?:持ち?出し?|複製|転送|配付|配布|コピー)禁止$/u
const RULE_OF_CLASS = /(?:情報|資料|文書|書類|データ|記録|名簿|媒体|機器|パソコン|PC|端末|USBメモリ?)(?:等|など|類)?の$/u
const RULE_ON_PAPER = /^(?:の|と(?:書|記|あ)|って|扱い|です|でした|だ|なので|なん|ですが|だけど|シール|スタンプ|ハンコ|印|マーク)/u
export function ruleTaught(t: string, start: number, end: number): boolean {
  if (!RULE_BANNED.test(t.slice(start, end)) || !RULE_OF_CLASS.test(t.slice(Math.max(0, start - 12), start)) || RULE_ON_PAPER.test(t.slice(end, end + 6))) return false
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  return LESSON.test(t.slice(prev.start, here.end)) && !TOLD_ANYWAY.test(t.slice(here.start, here.end))
}
/**
 * Colleague: a marker used as one, not talked about, is not hidden by an awareness word elsewhere in its sentence (【機密】来週の職員研修の
 * 講師は…に決まりました; 研修で配られた機密資料によると、…): the word stands alone in brackets as a label (【機密】, [内部資料]), or a paper
 * it names is cited as the source of what is told (機密資料によると, 内部資料を見ると). 機密情報の漏えいを防ぐ研修, 機密文書を守るルール
 * name the class as the topic of the lesson and stay clean.
 */
const LABEL_OPEN = /[【\[〔《〈<(『〖]$/u
const LABEL_CLOSE = /^(?:[・/／、,\s][^【】\[\]〔〕《》〈〉<>()『』〖〗\n・]{1,8})?[】\]〕》〉>)』〗]/u
const CITED_AFTER = /^(?:の)?(?:資料|文書|書類|データ|メモ|情報|ファイル|ペーパー|報告書?|記録)?(?:によると|によれば|によりますと|を見ると|を見たら|を見る限り|を読むと|を読んだら|では[、,][^。！？!?\n]{0,24}?(?:[0-9０-９]|決ま|決定|見込み|方向|予定))/u
/**
 * The same for the words whose list entry drops them in a sentence about protecting secrets (機密{研修,守,…}): used as a label or cited
 * as a source, they are found here whatever else the sentence says.
 */
export const MARKER_IN_USE = new RegExp(
  String.raw`(?<=[【\[〔《〈<(『〖])(?:機密|秘密情報|内部情報)(?=(?:[・/／、,\s][^【】\[\]〔〕《》〈〉<>()『』〖〗\n・]{1,8})?[】\]〕》〉>)』〗])|(?:機密|秘密情報|内部情報)(?=${CITED_AFTER.source.slice(1)})`,
  'gu',
)
/** The label itself talked of (【機密】と書かれた資料, 【機密】の表示がある文書, 【内部資料】のスタンプ): a lesson on marked papers may name it. */
const LABEL_TALKED = /^[^】\]〕》〉>)』〗\n]{0,9}[】\]〕》〉>)』〗](?:と|って|の|という|との)(?:書|記|表示|印|スタンプ|マーク|ハンコ|はんこ|判|付|つ|押|入|文字|区分|シール|ラベル)/u
export function markerInUse(t: string, start: number, end: number): boolean {
  return (LABEL_OPEN.test(t.slice(Math.max(0, start - 1), start)) && LABEL_CLOSE.test(t.slice(end, end + 12)) && !LABEL_TALKED.test(t.slice(end, end + 24))) || CITED_AFTER.test(t.slice(end, end + 40))
}
/**
 * A draft paper of the council or of personnel (答弁案, 想定問答, 人事案) named only as the work in hand: being made, checked or rewritten
 * (答弁案の作成に追われています, 想定問答づくりが大詰めです, 答弁案を書いています), with nothing of it told, shown or cited in its sentence or the
 * next (no quotation, figure, こっそり, 見せ, によると: NAMED_PAPER_TOLD, TOLD_ANYWAY). Staff's busy season, not a leak. With a photo
 * or video attached the post step warns (what the picture shows). A paper shared, shown or quoted stays a marker.
 */
const DRAFT_PAPER = /^(?:答弁案|想定問答|人事案)$/u
const DRAFT_AT_WORK =
  /^(?:集)?(?:の)?(?:作成|作り|づくり|準備|取りまとめ|とりまとめ|調整|精査|読み合わせ|確認作業|手直し|書き直し|修正)(?:作業)?(?:に追われ|で残業|が続|が大詰め|も大詰め|が山場|も山場|の真っ最中|中|を進め|に取り組|に励|で(?:大忙し|バタバタ|ばたばた|てんてこ舞い|忙し|手一杯))|^(?:集)?(?:を|の)(?:作成し|作っ|つくっ|まとめ|練っ|書い|直し)(?:てい|て(?:お|い)ります|とる|よる|中)/u
export function draftAtWork(t: string, start: number, end: number): boolean {
  if (!DRAFT_PAPER.test(t.slice(start, end)) || !DRAFT_AT_WORK.test(t.slice(end, end + 16))) return false
  const s = sentenceAround(t, start, end)
  const told = sentenceAndNext(t, start, end)
  const after = told.slice(end - s.start)
  return !TOLD_ANYWAY.test(told) && !NAMED_PAPER_TOLD.test(t.slice(s.start, start)) && !NAMED_PAPER_TOLD.test(after) && !DRAFT_CONTENT.test(after)
}
/** What a draft's content would say: a person or a post (さん, 課長), a decision or where it is heading, a measure (無償化, 廃止). */
const DRAFT_CONTENT = /さん|氏|様|課長|部長|係長|局長|所長|室長|異動|昇任|昇格|決ま|決定|なりそう|見込み|方向|方針|予定|無償|引き上げ|引き下げ|値上げ|値下げ|廃止|新設|統合|休止|中止|延期|見直し|答え|回答|とのこと|そうです/u
/**
 * Blind GY-016: 解禁前 said of a harvest's or a fishing season's opening, where the word's own sentence (a heading: ■解禁前の準備が肝心)
 * names no season but the paragraph does (摘み取りの解禁前は、網や船の点検…): the list's ordinary sense is read in the sentence only, so
 * the paragraph is read here. Not when the paragraph speaks of a release (報道, 記者, 発表, 公表, 情報) or of telling on the quiet (こっそり,
 * 内緒, 教え): 海苔の新ブランド名は解禁前ですが… stays a marker.
 */
const SEASON_WORD = /^解禁前$/u
const RELEASE_TALK = /報道|記者|発表|公表|リリース|プレス|情報|資料|こっそり|内緒|ないしょ|ナイショ|ここだけ|教え|お見せ|見せちゃ|チラ見せ|ネタバレ|先行|一足|ひと足|お披露目|ブランド名|商品名|新商品|価格|値段/u
export function seasonOpening(word: string, paragraph: string): boolean {
  return SEASON_WORD.test(word) && HARVEST_SEASON.test(paragraph) && !RELEASE_TALK.test(paragraph)
}
/**
 * Handle with care as a parcel's label (割れ物のため、箱に「取扱注意」のシールを貼ってお届けします, ワレモノ・取扱注意のシール): a
 * shipping instruction on goods, no classification. The marker must be of the handle-with-care kind, the sentence about goods sent
 * (割れ物, 精密機器, 梱包, 発送, 返礼品 …) and about no paper or data (資料, 書類, 名簿, 見積書 …), which keeps it a marker.
 */
export const HANDLE_WITH_CARE = /^[【\[〔《〈<(「『〖〘〚⦅]?(?:要)?取り?扱い?(?:要|厳重)?(?:注意|ちゅうい|チュウイ|ﾁｭｳｲ)[】\]〕》〉>)」』〗〙〛⦆]?$/u
const PAPER_OR_DATA = /資料|書類|文書|データ|名簿|一覧|リスト|議事|メモ|原稿|会議|見積|報告|台帳|ファイル|情報|申請書|通知|案(?!内)/u
export function parcelLabel(marker: string, sentence: string): boolean {
  return HANDLE_WITH_CARE.test(marker) && PARCEL.test(sentence) && !PAPER_OR_DATA.test(sentence)
}
/**
 * Blind IG-069: handle with care as a class of waste or dangerous goods (スプレー缶やカセットボンベは「取扱注意」の危険ごみです,
 * 割れた食器は「取扱注意」と書いた紙を貼って出してください, 取扱注意のシールを貼った袋で): a sorting rule on things put out, no
 * classification. The marker names the goods or a label stuck on them (の危険ごみ, のごみ, のシール, と書いた紙を貼って), the sentence is
 * about waste or hazardous goods (ごみ, スプレー缶, 乾電池, 刃物, 分別 …) and names no paper or data; a marker at the head of a line
 * (【取扱注意】危険ごみ収集ルート見直し案) heads what follows and stays a marker.
 */
const WASTE = /ごみ|ゴミ|粗大|不燃|可燃|資源物|分別|収集|集積所|ステーション|危険物|スプレー缶|カセットボンベ|ボンベ|ガス缶|ライター|乾電池|電池|蛍光灯|電球|水銀|刃物|包丁|カミソリ|注射針|割れた|ガラス|陶器|食器|灯油|農薬|薬品|清掃センター|クリーンセンター/u
const GOODS_LABEL_AFTER =
  /^[】\]〕》〉>)」』〗〙〛⦆]?(?:の|な)(?:[\p{Script=Han}]{0,3}(?:ごみ|ゴミ|物|品|品目)|もの|シール|ラベル|ステッカー|札|表示|マーク|袋)|^[】\]〕》〉>)」』〗〙〛⦆]?(?:と|って)(?:書いた|書いて|記入した|記入して|表示した|表示して|明記した|明記して|記した|記して)[^。！？!?\n]{0,8}?(?:紙|シール|ラベル|テープ|貼)/u
/**
 * Blind JE-083 kind: handle with care said of goods as the predicate of a sentence (スプレー缶・カセットボンベは取扱注意！必ず中身を使い
 * 切ってから…, 灯油や農薬は取扱注意です。, 割れた食器も取扱注意なので…): a hazard told about a physical thing, no label standing on a paper.
 * The marker follows the topic's は, も or って and ends the statement (！, 。, です, なので); the sentence names waste or a hazardous good
 * (WASTE, GOODS_HAZARD) and no paper or data (この資料は取扱注意です stays a marker).
 */
const GOODS_PREDICATE_BEFORE = /(?:は|も|って)$/u
const GOODS_PREDICATE_AFTER = /^(?:(?:です|でございます|だ|や|なんです|ですよ)?(?:[！!。、,…]|\n|$)|なので|ですので|のため|につき|です(?:から|が))/u
const GOODS_HAZARD = /引火|発火|破裂|爆発|可燃性|劇薬|毒物|薬剤|洗剤|漂白剤|花火|高温|やけど|火傷|けが|ケガ|怪我/u
export function wasteLabel(t: string, start: number, end: number): boolean {
  const marker = t.slice(start, end)
  if (!HANDLE_WITH_CARE.test(marker)) return false
  const predicate = GOODS_PREDICATE_BEFORE.test(t.slice(Math.max(0, start - 2), start)) && GOODS_PREDICATE_AFTER.test(t.slice(end, end + 8))
  if (!predicate && !GOODS_LABEL_AFTER.test(t.slice(end, end + 20))) return false
  // At the head of the post or of a line, the marker heads what follows.
  if (start === 0 || t[start - 1] === '\n') return false
  const sentence = sentenceOf(t, start, end)
  return (WASTE.test(sentence) || (predicate && GOODS_HAZARD.test(sentence))) && !PAPER_OR_DATA.test(sentence)
}
/**
 * Blind GX-104: a rights notice on the city's published work (※掲載写真の無断転載・複製禁止, 作品画像の複製禁止, （イラストの転載・複製禁止）,
 * 著作権…複製禁止): 複製禁止 or 転載禁止 said of photos, pictures or works put out for all to see, or of copying without leave (無断),
 * is copyright, not a marking on an internal paper. A paper or a circle inside named in the sentence (本資料は複製禁止, 庁内配布・無断複製
 * 禁止, 職員向け研修テキスト) keeps it a marker.
 */
const COPY_MARKER = /^(?:複製禁止|転載禁止|禁転載|無断(?:転載|複製)禁止)$/u
const RIGHTS_NOTICE =
  /無断(?:で|の)?(?:転載|複製|複写|転用|使用|利用|コピー|加工)|著作権|(?:写真|画像|動画|映像|イラスト|作品|掲載物|デザイン|ロゴ|キャラクター|マスコット|図柄|絵柄)(?:等|など)?の?(?:転載|複製)/u
const INTERNAL_PAPER = /資料|文書|書類|議事|会議|庁内|内部|部外|課内|職員|関係者|回収|非公開|未公表|秘|テキスト|マニュアル|名簿|台帳|メモ|原稿|データ/u
export function rightsNotice(marker: string, around: string): boolean {
  return COPY_MARKER.test(marker) && RIGHTS_NOTICE.test(around) && !INTERNAL_PAPER.test(around)
}
/** The sentence holding [start, end) and the one before it (a notice often follows what it covers: 著作権は…帰属します。複製禁止。). */
export function withSentenceBefore(t: string, start: number, end: number): string {
  const here = sentenceAround(t, start, end)
  const prev = here.start > 0 ? sentenceAround(t, here.start - 1, here.start - 1) : here
  return t.slice(prev.start, here.end)
}
