/**
 * confidential — 5(1): 秘密情報・機密情報を発信しない.
 *
 * - Markers of classified or internal documents, in any bracket or symbol form: 【秘】［庁内限］
 *   〔秘〕《取扱注意》(秘)（回覧用）, ㊙ ○秘 マル秘, CONFIDENTIAL, and the compound words of the policy
 *   list (部外秘, 課内限り, 職員限り, 内部資料, 想定問答 …). A bare 秘 is never matched (秘書課, 秘訣,
 *   神秘, 秘伝), and neither is (案) or (素案): a draft put out for public comment is public.
 * - Leaks of internal meetings: 庁議で…, 部長会議（非公開）のメモ, 部課長会で出た話, 市長レクで…, and closed sessions with
 *   any modifier between (非公開で行われた指定管理者選定委員会の議事録を入手, 公開されていない理事会の議事録) when their
 *   content is told or handed on; notices (傍聴はできません, 開示請求) and published outcomes are not.
 * - Pre-release information: まだ公表前ですが, 報道解禁前, 未公表の資料, 一足早くお見せします (with a
 *   release still to come in the paragraph), 発表はまだですが／資料提供は明日10時ですが + a result told, 正式発表を待たずに,
 *   documents still in the decision process (査定中の資料, 決裁がまだ下りていない案), bid secrets with a value (最低制限価格は…).
 * - Information only staff may see: 職員しか見られない, 外部への提供はしないこと, 職員にだけ配られた, 庁内メールで回ってきた.
 * - Undisclosed negotiations: 水面下で交渉, 誘致交渉を進めています.
 * Awareness posts (機密性の高い情報を守る研修, 内部情報の漏えい防止) stay clean.
 */
import { sentenceAround } from '../doc'
import { CLAUSES } from '../clauses'
import type { Doc } from '../doc'
import type { DraftFinding, RuleFamily } from '../rule'
import type { Span } from '../text'
import { isMention } from '../words'

/** A bracket of at most 16 characters (squeezed view; NFKC made ［］（） ASCII). */
const BRACKET = /[【\[〔《〈<(「『〖〘〚⦅]([^【\[〔《〈<(「『〖〘〚⦅】\]〕》〉>)」』〗〙〛⦆\n]{1,16})[】\]〕》〉>)」』〗〙〛⦆]/gu
/** What a classification marker in brackets says (one token of 【秘・取扱注意】). */
const MARKER_TOKEN =
  /^(?:秘|㊙|極秘|厳秘|マル秘|丸秘|部外秘|庁外秘|課外秘|局外秘|外部秘|社外秘|関係者外秘|取扱注意|取扱い注意|取り扱い注意|取扱要注意|取扱厳重注意|要取扱注意|(?:庁|課|部|局|係)内(?:限り?|限定|回覧用?)?|(?:所|署|省|室)内(?:限り?|限定)|内部(?:用|限り?|資料)|(?:職員|幹部|関係者)(?:限り?|外秘)|(?:課内|庁内|部内|係内)回覧用?|回覧用|未公表|未定稿|要回収|閲覧後回収|複製禁止|転送禁止|転載禁止|禁転載|持出禁止|持ち出し禁止|配布禁止|配付禁止|公表禁止|報道解禁.{0,12}|confidential|internal(?: use)?(?: only)?|top ?secret|secret)$/iu
/** Markers run together in one bracket (the squeezed view drops ・ between kanji: 【庁内限り・取扱注意】). */
const MARKER_IN_BRACKET = /部外秘|極秘|厳秘|マル秘|取り?扱い?(?:厳重)?注意|(?:庁|課|部|局|係)内限|(?:職員|関係者|幹部)限り|回覧用|複製禁止|転送禁止|持ち?出し?禁止/u
/** ○秘 / まる秘 / 丸秘 written with a circle: the typed form of ㊙. */
const CIRCLED_HI = /(?<![○〇◯●])[○〇◯●]秘(?![書訣境伝蔵湯宝話奥])|丸秘|まる秘|(?:部外|庁外|課外|局外|社外|外部|極|厳|マル)[○〇●◯×✕*■□※](?=の|資料|扱い|文書|情報|です|$|[】\])」』\s])/gu
/** English markers, possibly spaced out (C O N F I D E N T I A L). */
const ENGLISH =
  /(?<![A-Za-z])(?:c ?o ?n ?f ?i ?d ?e ?n ?t ?i ?a ?l|t ?o ?p ?s ?e ?c ?r ?e ?t|internal use only|for internal use|internal only|do not (?:distribute|share|forward)|not for (?:publication|distribution)|embargoed?)(?![A-Za-z])/giu

/** Internal meetings of the city; their content is not published by staff on SNS. */
const MEETING =
  /(?:庁議|幹部会議?|部長会議?|課長会議?|部課長会議?|係長会議?|政策会議|経営会議|庁内会議|内部会議|課内会議|部内会議|係内会議|課内ミーティング|庁内ミーティング|庁内協議|内部協議|内部検討会|秘密会|(?:庁内|内部|課内|部内|係内|幹部|管理職|部長|課長|部課長|係長)の?(?:会議|打ち合わせ|打合せ|ミーティング|協議|検討会|レク|会合)|(?:市長|副市長|教育長)(?:レク|協議|査定)|(?:部課長|課長|部長|係長|次長|管理職|幹部)会(?=で|の|に|から|、|$))/gu
/**
 * A session said to be closed, then named (with any modifier between: 非公開で行われた指定管理者選定委員会,
 * 一般には非公開の人事委員会, 公開されていない理事会). Bounded gap, no nested quantifier.
 */
const CLOSED_SESSION =
  /(?:非公開|秘密会|公開されていない|公開されなかった|公開していない|傍聴できなかった|非公式|内々|水面下|極秘)(?:の|な|に|で|で(?:行われ|開かれ|開催され|実施され|実施し|行っ|開い|審議され|協議され|話し合われ)た|とされた|だった|扱いの|となった)?[^。！？!?\n、,]{0,24}?(?:会議|審査会|審議会|協議会|会合|協議|委員会|検討会|打ち?合わ?せ|ミーティング|ヒアリング|選考会?|意見交換会?|理事会|懇談会|部会|面談|審議|審査)[\p{Script=Han}ァ-ヴー]{0,8}/gu
/** What a closed session's content looks like when it is told: its record, remarks, scores, materials. */
const SESSION_CONTENT = /^(?:\((?:非公開|秘密会|内部)\))?(?:の(?:会議|協議会?|会合|審議会|委員会|検討会|懇談会|部会|打ち合わせ)(?:で|では|において|の席|の場)|で|では|での|において|の席|の場|の中|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|によると|から|に出|に提出|の採点|の録音|の発言|の中身|の配布|の配付|の評価|の点数)/u
/** Telling or handing over what was obtained: 入手しました, そのまま掲載, 文字起こし, 共有します, こっそり教えます. */
const LEAK = /入手|手に入れ|手に入っ|そのまま|載せ|掲載しま|共有しま|文字起こ|お伝えしま|教えま|教えちゃ|お見せしま|ご紹介しま|紹介しま|まとめ|流出|こっそり|ここだけ|バラ|暴露/u
/** The paragraph says the outcome is public (掲載します alone may be the leak itself). */
const OUTCOME_PUBLISHED = /公表し|発表し|ホームページ|市HP|会議録を公開|議事録を公開|意見を募集|ご意見を募集|パブリックコメント/u
/** A notice about a closed session (傍聴はできません, 会議録の開示請求): not its content. */
const SESSION_NOTICE = /傍聴(?:は|が|を)|傍聴(?:でき|いただけ)(?:ません|ない(?:ため|ので))|開示(?:請求|を希望)|情報公開(?:請求|窓口|制度)|のため|行います|予定です/u
/** A meeting marked closed: 部長会議（非公開）. */
const CLOSED_MEETING = /(?:会議|会合|協議会?|審査会?|審議会|委員会|検討会|懇談会|理事会|部会|打ち合わせ|打合せ|ヒアリング|選考会?)\((?:非公開|秘密会|内部)\)/gu
/** A document marked non-public: 資料（非公開）, 非公開の議事録; an internal draft: 内部で検討中の資料, 庁内で作成中の案. */
const CLOSED_DOC = /(?:内部|庁内|職員向け(?:の)?(?:内部)?|職員用(?:の)?)マニュアル(?=[^。！？!?\n]{0,24}(?:載せ|掲載|公開|共有|写真|アップ|紹介))|まだ(?:事業者|業者|本人|ご本人|関係者|相手方|応募者)(?:には|に)(?:通知|連絡|通告|お知らせ)(?:して)?(?:いません|いない|おりません)(?:が|けど|けれど)|(?:内部|庁内|課内|部内|係内|幹部)(?:で|だけで)(?:検討中|作成中|協議中|調整中|検討している|作っている|回している)の(?:資料|案|データ|文書|メモ|原稿|計画)|(?:資料|文書|メモ|データ|議事録|記録)\((?:非公開|内部用?|庁内用?|取扱注意|秘)\)|非公開(?:の|な)(?:資料|議事録|メモ|文書|データ|情報|内容|話)/gu
/** What follows an internal meeting when its content is told (not when it is merely named). */
const MEETING_CONTENT = /^(?:\((?:非公開|秘密会|内部)\))?(?:で|では|において|の席で|の場で|の中で|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|での|によると|から|に出|に提出|に諮)/u

/** The sentence says the outcome was published: 庁議で決定した計画を市ホームページで公表しました. */
const PUBLISHED = /公表し|発表し|公開し(?:まし|てい)|ホームページ|市HP|掲載し|会議録|議事録を公開/u

/** Pre-release: まだ公表前ですが, 報道解禁前, 未公表の資料. */
const PRE_RELEASE =
  /(?:(?:公表|報道発表|記者発表|プレスリリース|リリース|正式発表|公式発表|情報解禁|報道解禁|解禁|公開|発表|結果通知|合否通知|通知|投げ込み|資料提供|記者会見)前(?:です|だ|の(?:情報|資料|データ|内容|段階|もの|話|ため)|なので|なんですが|なんだけど|ですが|ですけど|だけど|だけれど|ではありますが|ではあるが|につき|のため|ながら)|まだ(?:公表|公開|解禁|報道)(?:されて(?:い)?(?:ない|ません)|して(?:い)?(?:ない|ません)|前)|未公表(?:の|です|ですが|だけど|情報|資料|データ|事項|案件)|まだ(?:どこにも|外に|表に|議会に|市民に)?(?:出して|提出して|提出されて|説明して|報告して|発表して)(?:い)?(?:ない|ません)(?!方|人|皆|場合)[^。！？!?\n、]{0,14}?(?:ですが|だけど|ですけど|んですが|んだけど|けど|けれど)|(?:提出|配布|配付|決裁|公表|発表)前の(?:資料|データ|原稿|案|文書)|非公表(?:の(?:情報|資料|データ|事項|案件|内容)|ですが|だけど|扱い)|公表(?:されて|して)(?:い)?(?:ない|ません)(?:情報|資料|データ|内容|話|けど|が))/gu
/** The release is still to come, said before telling it: 合格発表はまだですが…, 正式発表を待たずに. */
const NOT_YET =
  /(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース)(?:は|が)(?:まだ|これから|来週|明日|後日)(?:です|なんです|なのです|だ|ですけど)?(?:が|けど|けれど|けども|、)|(?:正式|公式)?(?:発表|公表|解禁|通知|リリース)(?:を|は)?待たず(?:に)?/gu
/** What is told after NOT_YET: a decision, a result, a count or amount, a reveal. */
/** Where to look once it is out, or waiting: not a reveal (合格発表は明日10時ですが、市ホームページで確認できます). */
const REVEAL_NOTICE = /ホームページ|市HP|ご覧|ご確認|確認でき|お待ち|お楽しみ|掲示|掲載予定/u
const REVEAL = /決ま|決定|確定|内定|選ばれ|合格|当選|落札|受賞|採用|[0-9](?:名|人|件|社|億|万|円|%|倍|点|票|位|団体|校|店)|になります|になりました|お見せ|見せちゃ|公開しま|教え|お伝え|ご紹介|紹介しま|載せ|実は/u
/** Bid secrets with their value: 最低制限価格は2,310万円 (a price the city publishes, 事前公表, is not one). */
const BID_SECRET = /(?:最低制限価格|低入札調査基準価格|入札予定価格|予定価格|落札予定(?:者|業者)?|応札(?:者|業者)|入札参加(?:者|業者)|(?:入札)?参加予定(?:の)?(?:業者|者|企業|会社))(?:は|が|:|=|→)?[^。！？!?\n]{0,8}?(?:[0-9][0-9,.]{0,12}(?:億|万|千)?(?:[0-9,]{0,8})?円?|[〇一二三四五六七八九十百千万億]{2,10}円?|[ァ-ヴー]{2,12}|[A-Z]社|[一-龠々]{1,6}(?:建設|土木|工業|組|工務店|産業|興業|電気|設備|商事|技建|開発|造園|舗装))/gu
const BID_PUBLIC = /事前公表|公表し|公表され|公表して|公表済|ホームページ|市HP|貸付|売却|物件|月額|年額|開札結果|入札結果|落札しました|落札者(?:を|が)決定/u
/** A document still in the city's decision process: 査定中の予算要求資料, 起案中の文書, 決裁がまだ下りていない案. */
const IN_PROCESS =
  /(?:査定中|起案中|決裁前|決裁待ち|稟議中|未決裁|精査中|作成途中|検討途中|庁内調整中|内部調整中|庁内協議中|内部協議中)の(?:資料|文書|案|原稿|データ|数字|計画|起案|書類|予算|要求|図面)|決裁が(?:まだ)?(?:下りて|おりて|済んで|出て|とれて|取れて)(?:い)?(?:ない|ません)/gu
/** A release fixed for a later time, told before it: 報道各社への資料提供は明日10時ですが…. */
const RELEASE_LATER =
  /(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース|資料提供|記者会見|会見|投げ込み)(?:は|が)(?:明日|明後日|あした|来週|来月|後日|今夜|今晩|夕方|午後|週明け|[0-9]{1,2}月|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)[^。、！？!?\n]{0,8}?(?:ですが|だけど|ですけど|なんですが|なので|の予定ですが|予定ですが)/gu
/** 一足早く / 一足先に + a reveal, when the paragraph says the release is still to come. */
const EARLY_REVEAL = /一足(?:早く|先に|はやく|さきに)[^。！!？?\n]{0,16}?(?:お見せ|見せ|お伝え|伝え|公開|お知らせ|ご紹介|紹介|チラ見せ|お披露目|発表)/gu
const RELEASE_TO_COME = /(?:通知|解禁|報道|記者発表|正式発表|公表|発表|掲載|新聞に載る?)(?:の|るの|するの|されるの)?(?:は|が|前|より前|まで|の前)|(?:来週|明日|後日|来月)(?:の|に)?(?:発表|公表|解禁|通知|掲載|報道)/u

/** Information only staff may see. */
const STAFF_ONLY =
  /(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:しか|だけ|のみ)(?:が)?(?:見(?:られ|れ|ることが)|知(?:らな|って|りえ|り得)|閲覧|アクセス|入手)|(?:外部|部外者|市民|一般)(?:へ|に|には|へは|の方には)(?:の)?(?:提供は?(?:しない|できない|禁止)|出せない|出してはいけない|見せられない|見せてはいけない|言えない|公開できない|漏らさ|口外)|(?:課内|庁内|内部|部内|係内|職員間|職員の間)(?:で|だけで|のみで|限りで)(?:共有|回覧|配布|配付|使用|利用)(?:して|した|する|され|中|の)|(?:庁内|職員|内部|課内|部内|幹部)(?:向け)?(?:の)?(?:メール|掲示板|ポータル|LAN|グループウェア|チャット|通知|通達|文書|連絡|回覧)(?:で|に|から|として)?(?:回って|流れて|届い|来た|きた|出て(?:い|た)|あった|載って|書いて)|職員だから(?:こそ)?(?:こっそり|内緒で)|口外(?:しない|無用|禁止|厳禁)|他言無用|(?:外|表|公)(?:に|には)(?:出せ|出し|でき)(?:ない|ません)|(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:に|で|へ)?(?:しか|だけ|のみ)(?:に)?(?:配ら|配布|配付|回覧|渡さ|知らされ|伝えられ|共有され)/gu

/** Knowledge only insiders have, told with a decision: 市役所の中の人しか知らない情報ですが、…が決まりました. */
const INSIDERS_ONLY = /(?:職員|役所|市役所|庁内|内部|関係者|中の人)(?:の人)?(?:しか|だけが?|のみが?)(?:知らな|知って|知り得)[^。！？!?\n]{0,6}?(?:情報|話|こと|ネタ)(?:ですが|だけど|ですけど|なんですが|を)/gu
/** Undisclosed negotiations. */
const NEGOTIATION =
  /(?:水面下で|極秘(?:に|で|裏に)|秘密裏に|内密に|内々に|非公開で)(?:交渉|協議|調整|話(?:が|を)進|打診|進めて)|(?:(?:誘致|買収|用地買収|用地取得|出店|進出|移籍|合併|提携|契約|賃貸|売却)(?:の|に向けた|に関する|について)?|(?:社|企業|会社|ホテル|事業者|業者|チェーン|グループ|大学|球団)(?:と|との))交渉(?:中|を進め|しています|している|が進ん|の段階|段階|の最中|が大詰め|がまとま|に入って|に入りました)/gu

/** A sentence about protecting secrets, not telling one. */
const AWARENESS = /研修|防止|守る|守り|徹底|対策|漏えい|漏洩|流出|啓発|注意喚起|セキュリティ教育|管理の|取り扱いについて|取扱いについて|しないよう|やめましょう|やめて|気をつけましょう|注意しましょう/u

/** Candidates looked at per pattern and paragraph: findings are grouped anyway, and typing stays cheap on pathological text. */
const MAX_HITS = 64

function sentenceOf(t: string, start: number, end: number): string {
  const s = sentenceAround(t, start, end)
  return t.slice(s.start, s.end)
}

/** A document carrying the marker, shared in the post itself: と書かれた通知文…共有します, とある資料を公開. */
const SHARES_MARKED =
  /(?:と書かれた|とある|と記載(?:され|の)|と押された|の印(?:が)?(?:押された|のある)|のスタンプ(?:が)?(?:押された|のある))(?:[^。！？!?\n]{0,12})(?:資料|文書|通知|通知文|メール|書類|データ|ファイル|プリント|紙)[^。]{0,40}?(?:共有し(?:ます|まーす|ちゃ)|公開し(?:ます|ちゃ)|ご紹介し|紹介し(?:ます|ちゃ)|載せ(?:ます|ちゃ|とき)|お見せし|掲載し(?:ます|ちゃ)|アップし|添付し|お知らせし|内容は次の|以下のとおり|次のとおり)/u

function emitAll(doc: Doc, t: string, re: RegExp, rule: string, emit: (f: DraftFinding) => void, spans: Span[], keep: (m: RegExpExecArray) => boolean): void {
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
    const mention = isMention(t, quoted.start, quoted.end, sentence) && !SHARES_MARKED.test(t.slice(sentence.start, Math.min(t.length, sentence.end + 40)))
    emit({ rule, start: span.start, end: span.end, ...(mention ? { mention } : {}) })
  }
}

export const confidential: RuleFamily = {
  id: 'confidential',
  meta: {
    clauses: [CLAUSES['5(1)']],
    title: '秘密情報',
    titleEn: 'Confidential information',
    words: {
      confidential: [
        '極秘', '厳秘', '=機密性2', '=機密性3', '委員限り', '委員限りの資料', '取扱ちゅうい', '取り扱いちゅうい', '取扱いちゅうい', '公告前', '部外秘', '庁外秘', '課外秘', '局外秘', '外部秘', '社外秘', '取扱注意', '取り扱い注意', '取扱い注意', '取扱要注意',
        '取扱厳重注意', '取り扱い厳重注意', '内部資料', '内部文書', '内部用資料', '内部検討資料', '庁内資料', '課内資料', '内部メモ', '内部限り',
        '庁内限り', '庁内限定', '課内限り', '部内限り', '係内限り', '局内限り', '所内限り', '署内限り', '職員限り', '幹部限り', '関係者限り',
        '関係者外秘', '課内回覧', '庁内回覧', '部内回覧', '係内回覧', '回覧資料', '機密{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発,回収,溶解,廃棄,処分,シュレッダー,裁断}',
        '秘密扱い', '秘扱い', '秘密文書', '秘密資料', '秘密の資料', '秘密の文書', '秘密のデータ', '秘密の会議', '秘密情報{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発,守秘}',
        '内部情報{研修,守,防止,徹底,対策,保護,漏え,漏洩,流出,セキュリティ,啓発}', '非公開資料', '未公開資料', '未公開情報',
        '複製禁止', '配付禁止', '配布禁止', '転送禁止', '持出禁止', '持ち出し禁止', '公表禁止', '未定稿', '想定問答', '答弁案', '人事案', '内示{補助金,交付金,交付,予算,配分}', '人事評価{制度,研修,説明,導入,見直}', '未決裁', '決裁前', '内部向け{研修,説明会}', '庁内向け{研修,説明会}',
        '報道解禁', '情報解禁前', '解禁前{漁,釣,猟,鮎,アユ,あゆ,狩}', '報道発表前', '記者発表前', 'マル秘', '=マルヒ', '=ゴクヒ', 'ぶがいひ', 'ちょうないかぎり', 'とりあつかいちゅうい', 'かんけいしゃかぎり', 'しょくいんかぎり', 'ないぶしりょう', 'しゃがいひ', 'ちょうがいひ', 'コンフィデンシャル', 'トップシークレット', '非公開情報', '公表前', 'オフレコ',
        '!機密性の高い情報を守', '!機密情報を守', '!機密情報の取扱い',
      ],
    },
    rules: {
      'confidential/marker': {
        title: '秘密・内部情報の表示',
        titleEn: 'Confidentiality marker',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は秘密・内部情報を示す表示です。職務上知り得た秘密や公表前の情報は発信できません。',
        hint: '「{excerpt}」の付いた資料やその内容は投稿しないでください。市民に伝える必要があるなら、担当課が公表した資料（市ホームページ等）をもとに書き直し、リンクを添えてください。',
      },
      'confidential/meeting': {
        title: '内部会議の内容',
        titleEn: 'Internal meeting',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」と、非公開・庁内の会議の内容を伝えています。意思形成過程の情報は秘密情報として扱われます。',
        hint: '「{excerpt}」で話された内容や資料は書かないでください。結果が公表されていれば「〇〇を決定しました（詳しくは市ホームページ）」のように公表資料をもとに書いてください。',
      },
      'confidential/pre-release': {
        title: '公表前の情報',
        titleEn: 'Not yet released',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」と、公表前の情報を先に出そうとしています。公表・解禁の前に職員が発信することはできません。',
        hint: '「{excerpt}」の内容は今は投稿せず、公表（解禁・通知）の後に、公表資料へのリンクを添えて「〇〇を発表しました」と投稿してください。',
      },
      'confidential/staff-only': {
        title: '職員限りの情報',
        titleEn: 'Staff-only information',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は職員や関係者の内部だけで扱う情報であることを示しています。',
        hint: '「{excerpt}」のような内部向けの情報は庁内の連絡手段（庁内メール・掲示板）で共有し、公式アカウントには公表済みの内容だけを書いてください。',
      },
      'confidential/negotiation': {
        title: '非公表の交渉',
        titleEn: 'Undisclosed negotiation',
        severity: 'block',
        floor: 'warn',
        message: '「{excerpt}」は公表されていない交渉・協議を明かしています。相手方の利益や市の交渉上の立場を損なうおそれがあります。',
        hint: '「{excerpt}」のような交渉の存在や相手は書かず、合意・契約が公表されてから「〇〇と協定を締結しました」のように書いてください。',
      },
    },
  },
  run({ doc, emit }) {
    const t = doc.squeezed.text
    const spans: Span[] = []
    const marker = (m: RegExpExecArray): boolean => !AWARENESS.test(sentenceOf(t, m.index, m.index + m[0].length))
    // Brackets: 【秘】 ［庁内限］ （回覧用） 【案・課内限り】 《取扱注意》.
    if (/[【\[〔《〈<(「『〖〘〚⦅]/u.test(t)) {
      emitAll(doc, t, BRACKET, 'confidential/marker', emit, spans, (m) =>
        m[1]!.split(/[・、,/\s]+/u).some((tok) => tok.length > 0 && MARKER_TOKEN.test(tok)) || MARKER_IN_BRACKET.test(m[1]!),
      )
    }
    if (/秘|部外|庁外|課外|局外|社外|外部|極|厳|マル/u.test(t)) emitAll(doc, t, CIRCLED_HI, 'confidential/marker', emit, spans, marker)
    if (/[A-Za-z]/u.test(t)) emitAll(doc, t, ENGLISH, 'confidential/marker', emit, spans, marker)
    // ㊙ becomes a bare 秘 under NFKC, so it is found in the original text.
    for (let i = doc.raw.indexOf('㊙'); i !== -1; i = doc.raw.indexOf('㊙', i + 1)) {
      spans.push({ start: i, end: i + 1 })
      emit({ rule: 'confidential/marker', start: i, end: i + 1 })
    }
    if (/会議|会合|協議|審査|委員会|検討会|打ち?合わ?せ|ヒアリング|選考|庁議|秘密会|審議|理事会|懇談会|部会|面談|ミーティング|意見交換|長会|幹部会|職会|レク|査定/u.test(t)) {
      emitAll(doc, t, MEETING, 'confidential/meeting', emit, spans, (m) => !PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length)) && !(OUTCOME_PUBLISHED.test(t) && !LEAK.test(t)) && (MEETING_CONTENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 8)) || m[0].startsWith('非公開')))
      emitAll(doc, t, CLOSED_SESSION, 'confidential/meeting', emit, spans, (m) => {
        const end = m.index + m[0].length
        const sentence = sentenceOf(t, m.index, end)
        // The outcome published (in any sentence of the paragraph) or a notice about the session: not its content.
        if (PUBLISHED.test(sentence) || OUTCOME_PUBLISHED.test(t) || SESSION_NOTICE.test(sentence)) return false
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        if (LEAK.test(sentence) || /意見が分かれ|賛否が分かれ|異論が|反対意見|議論が紛糾/u.test(sentence)) return true
        // 非公開の審査会で選ばれた作品を展示します: the session's decision, which the city announces, not its deliberation.
        const after = t.slice(end, end + 10)
        return SESSION_CONTENT.test(after) && !/^で(?:は|の)?(?:選ばれ|決まっ|決定し|決定され|選定され|承認され|採択され|認定され|表彰)/u.test(after)
      })
      emitAll(doc, t, CLOSED_MEETING, 'confidential/meeting', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        const end = m.index + m[0].length
        return !spans.some((s) => s.start < span.end && s.end > span.start) && (SESSION_CONTENT.test(t.slice(end, end + 8)) || (LEAK.test(sentenceOf(t, m.index, end)) && !SESSION_NOTICE.test(sentenceOf(t, m.index, end))))
      })
    }
    if (/非公開|\(|内部|庁内|課内|部内|係内|幹部|マニュアル|まだ/u.test(t)) emitAll(doc, t, CLOSED_DOC, 'confidential/marker', emit, spans, marker)
    if (/前|公表|公開|解禁|まだ/u.test(t)) {
      emitAll(doc, t, PRE_RELEASE, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !/公開前の(?:準備|点検|清掃|内覧|見学)/u.test(m[0])
      })
    }
    if (/中の|前の|待ち|決裁|途中/u.test(t)) {
      emitAll(doc, t, IN_PROCESS, 'confidential/pre-release', emit, spans, (m) => {
        const span = doc.fromSqueezed(m.index, m.index + m[0].length)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && !AWARENESS.test(sentenceOf(t, m.index, m.index + m[0].length))
      })
    }
    if (/ですが|だけど|ですけど|なので/u.test(t)) {
      emitAll(doc, t, RELEASE_LATER, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        return !spans.some((s) => s.start < span.end && s.end > span.start) && REVEAL.test(rest) && !REVEAL_NOTICE.test(rest)
      })
    }
    if (/まだ|これから|来週|明日|後日|待たず/u.test(t)) {
      emitAll(doc, t, NOT_YET, 'confidential/pre-release', emit, spans, (m) => {
        const end = m.index + m[0].length
        const span = doc.fromSqueezed(m.index, end)
        if (spans.some((s) => s.start < span.end && s.end > span.start)) return false
        const rest = t.slice(end, sentenceAround(t, end, end).end)
        return m[0].includes('待たず') || (REVEAL.test(rest) && !REVEAL_NOTICE.test(rest))
      })
    }
    if (/価格|落札|応札|入札/u.test(t)) {
      emitAll(doc, t, BID_SECRET, 'confidential/pre-release', emit, spans, (m) => {
        const sentence = sentenceOf(t, m.index, m.index + m[0].length)
        if (BID_PUBLIC.test(sentence) || AWARENESS.test(sentence)) return false
        // 予定価格 alone is often published before a bid; it is a secret only when the paragraph is about a bid not yet opened.
        return !/^(?:入札)?予定価格/u.test(m[0]) || /入札|公告|業者|指名|ご参考|参考に|こっそり|内緒/u.test(t)
      })
    }
    if (/一足/u.test(t) && RELEASE_TO_COME.test(t)) emitAll(doc, t, EARLY_REVEAL, 'confidential/pre-release', emit, spans, () => true)
    if (/しか|だけ|のみ|外部|部外者|市民|一般|口外|他言|課内|庁内|内部|部内|係内|職員|幹部|外に|外には|表に|公に/u.test(t)) emitAll(doc, t, STAFF_ONLY, 'confidential/staff-only', emit, spans, (m) => !PUBLISHED.test(sentenceOf(t, m.index, m.index + m[0].length)))
    if (/しか|だけ|のみ/u.test(t)) {
      emitAll(doc, t, INSIDERS_ONLY, 'confidential/staff-only', emit, spans, (m) => {
        const end = m.index + m[0].length
        return /決ま|決定|確定|内定|人事|予算|方針|異動|落札|合格/u.test(t.slice(end, sentenceAround(t, end, end).end))
      })
    }
    if (/交渉|協議|調整|打診|進めて|話/u.test(t)) emitAll(doc, t, NEGOTIATION, 'confidential/negotiation', emit, spans, () => true)
    for (const h of doc.hits('confidential')) {
      const { start, end } = doc.fromSqueezed(h.start, h.end)
      if (spans.some((s) => s.start < end && s.end > start)) continue
      if (!h.mention && AWARENESS.test(sentenceOf(t, h.start, h.end)) && !/秘|限り|回覧|注意|禁止|解禁|オフレコ/u.test(t.slice(h.start, h.end))) continue
      spans.push({ start, end })
      emit({ rule: 'confidential/marker', start, end, mention: h.mention })
    }
  },
}
