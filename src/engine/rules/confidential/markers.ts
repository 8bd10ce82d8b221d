/**
 * confidential — Markers of classified or internal papers (【秘】, ㊙, 部外秘, 取扱注意, CONFIDENTIAL, 内部資料 …) and information only staff may
 * see (職員しか見られない, 庁内メールで回ってきた), as runParagraph reads them: the marker tokens and secrecy prefixes, and the readings
 * that keep a marker clean — a playful compound (マル秘作戦), 未定稿 as a writer's manuscript, a duty of secrecy named in a contract, a
 * service said to be confidential, a paper only named, a rule category, a place toured. What stays clean: a bare 秘 (秘書課, 神秘),
 * (案)/(素案) put out for comment, those exemptions above.
 *
 * Guideline clause 5(1): 秘密情報・機密情報を発信しない (rule ids confidential/*, metadata in meta.ts).
 */
import { sentenceAround } from '../../doc'
import { AHEAD, EMBARGO_WHEN, KEEP_ASK, NAMED_PAPER_TOLD, RELEASE_NOUN, TELL, TOLD_AHEAD_WORD, TOLD_ANYWAY, sentenceOf } from './context'

/** A bracket of at most 16 characters (squeezed view; NFKC made ［］（） ASCII). */
export const BRACKET = /[【\[〔《〈<(「『〖〘〚⦅]([^【\[〔《〈<(「『〖〘〚⦅】\]〕》〉>)」』〗〙〛⦆\n]{1,16})[】\]〕》〉>)」』〗〙〛⦆]/gu
/** What a classification marker in brackets says (one token of 【秘・取扱注意】). */
export const MARKER_TOKEN =
  /^(?:秘|㊙|極秘|厳秘|マル秘|丸秘|部外秘|庁外秘|課外秘|局外秘|外部秘|社外秘|関係者外秘|取扱注意|取扱い注意|取り扱い注意|取扱要注意|取扱厳重注意|要取扱注意|非公開版|非公開資料|未公開版|(?:庁|課|部|局|係)内(?:限り?|かぎり|限定|回覧用?)?|(?:庁|課|部|局|係|室|所|署|班)内(?:共有|回覧|配布|配付|検討|参考|確認|閲覧|周知|説明|協議)(?:用|限り?|のみ|資料)|(?:外部|庁外|課外|部外|局外|社外)(?:へ|に)?の?(?:持ち?出し?|出し|提供|公開|転送|共有|配布|配付|流出|掲載)(?:は)?(?:不可|禁止|厳禁|NG)|外出し(?:不可|禁止|厳禁|NG)|(?:所|署|省|室)内(?:限り?|かぎり|限定)|(?:庁|課|部|局|係|室|班|所|署)内(?:連絡|周知|通知|伝達)(?:事項|用)?|内部(?:用|限り?|かぎり|資料)|(?:職員|幹部|関係者|関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り?|かぎり|外秘)|(?:(?:庁|課|部|局|係)内|内部)の?(?:速報値?|暫定値?|試算値?|推計値?|見込み値|仮集計|途中集計|集計途中|速報ベース)|(?:課内|庁内|部内|係内)回覧用?|回覧用|未公表|未定稿|(?:議会|委員会)(?:へ|に)?の?(?:提出|上程|報告|説明)前|上程前|(?:公表|記者発表|報道発表)前|要回収|閲覧後回収|複製禁止|転送禁止|転載禁止|禁転載|持出禁止|持ち出し禁止|配布禁止|配付禁止|公表禁止|報道解禁.{0,12}|confidential|internal(?: use)?(?: only)?|top ?secret|secret)$/iu
/**
 * What a secrecy prefix (マル秘, ㊙, 極秘) marks when a noun follows it: a document or information (マル秘資料, ㊙文書, 極秘扱い, 極秘裏に).
 * Any other head run on to it (応援団の「マル秘作戦」, マル秘レシピ, 極秘ミッション) makes a playful compound of an event or a tip, no
 * marker; a verb of secrecy (極秘入手した, 極秘調査して) keeps it one, and so does a space after it (ﾏﾙ秘　黄砂…の案: a label, then a title).
 * Read in the text as typed (the squeezed view drops that space).
 */
const SECRET_OF = /^(?:資料|文書|書類|書面|情報|データ|扱|事項|メモ|ファイル|案件|指定|文献|名簿|リスト|記録|通達|通知|報告|会議|会談|協議|交渉|人事|調査|案|原稿|数字|数値|内容|事案|裏|メール|レポート|ペーパー|シート|ドキュメント)/u
const SECRET_HEAD = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,8}/u
/** A secrecy prefix, on its own. */
export const SECRET_PREFIX = /^(?:極秘|厳秘|マル秘|丸秘|まる秘|マルヒ|ゴクヒ|[○〇◯●]秘)$/u
/** The text typed right after a secrecy prefix makes a playful compound (作戦, レシピ, ミッション), not a marked document. */
export function playfulCompound(after: string): boolean {
  const text = after.normalize('NFKC')
  const head = SECRET_HEAD.exec(text)
  return head !== null && !SECRET_OF.test(head[0]) && !/^[しすさせ]/u.test(text.slice(head[0].length))
}
/**
 * Blind GZ-053: 未定稿 as a literary term, a writer's unfinished manuscript (白秋が晩年に書き残した未定稿の詩のノート, 未定稿の小説の原稿,
 * 詩人・北原白秋の未定稿が見つかりました): a work, shown or found, in a sentence about a writer or literature; no paper of the city. Said
 * with a work noun after it (未定稿の詩, 未定稿ノート), a verb of leaving a manuscript before it (書き残した未定稿) or a writer's name before
 * it (…の未定稿, with 詩人 or 作家 in the sentence). A plan said to be still a draft (改修計画、まだ未定稿ですが…載せます) and 【未定稿】 stay markers.
 */
export const LITERARY_CONTEXT = /詩|歌人|俳人|作家|小説|作曲家|文豪|文学|直筆|自筆|推敲|遺作|遺稿|草稿|全集|晩年|生前|作品|童謡|俳句|短歌/u
const LITERARY_WORK_AFTER = /^(?:の)?(?:詩|歌|句|俳句|短歌|小説|作品|草稿|遺稿|手稿|原稿|ノート|日記|書簡|手紙|楽譜|戯曲|童謡|随筆|エッセイ|詩稿|歌稿|句稿|長編|短編|断片)/u
const LITERARY_LEFT_BEFORE = /(?:書き残|書き遺|書きのこ|遺|残|綴|つづ)(?:し|っ)た$|(?:詩人|作家|歌人|俳人|小説家|作曲家|文豪)[^。！？!?\n、,]{0,8}の$/u
/**
 * Blind HF-133: a writer's or an artist's 未定稿 held by a museum, a collector or an archive and shown (白秋の未定稿（推敲途中の下書き原稿）
 * 3点を初公開, 記念館に寄託された白秋の未定稿5点を一般公開, 檀一雄の未定稿を文学館で展示): a work exhibited, deposited, kept or found, in a
 * sentence of literature or a museum. Said with a person's name before it (…の未定稿, the owner no plan, paper or body: 改修計画の未定稿,
 * 委員会の未定稿, 記念館の未定稿 stay markers) or a gloss in brackets naming a manuscript after it (未定稿（下書き原稿）). 未定稿 as a
 * predicate of a paper (まだ未定稿ですが, 未定稿のまま, 未定稿の段階) stays a marker.
 */
const EXHIBITED = /初公開|一般公開|特別公開|公開(?:し|中|され|する|いた)|展示|寄託|所蔵|収蔵|出品|陳列|発見|見つか|寄贈|お披露目/u
const ARTIST_CONTEXT = /画家|書家|彫刻家|漫画家|歌集|詩集|句集|文人|生家|記念館|文学館|筆跡|下書き/u
const OWNER_BEFORE = /([\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}ー・]{1,12})の$/u
const NOT_A_PERSON =
  /(?:計画|案|書|報告|要項|要綱|方針|資料|構想|規則|規程|条例|予算|答弁|マニュアル|企画|議事録|図面|名簿|表|会議|会|課|部|局|市|庁|町|村|県|国|省|委員|係|室|館|所|署|センター|事業|制度|調査|改定|改正|基準|指針|プラン|ビジョン|戦略|原稿|長|文|版|回|側|分|次)$/u
const MANUSCRIPT_GLOSS = /^[(（][^()（）\n]{0,16}(?:原稿|草稿|下書き|書きかけ|詩稿|歌稿|句稿|手稿|遺稿|ノート|作品|詩|小説|楽譜)[^()（）\n]{0,8}[)）]/u
const DRAFT_PREDICATE = /^(?:です|でした|だ|で[、,]|のまま|の段階|段階|版|ながら|につき|なので|なん|ゆえ|扱い|状態)/u
function exhibitedDraft(t: string, start: number, end: number, sentence: string): boolean {
  if (!EXHIBITED.test(sentence) || !(LITERARY_CONTEXT.test(sentence) || ARTIST_CONTEXT.test(sentence))) return false
  const after = t.slice(end, end + 32)
  if (DRAFT_PREDICATE.test(after)) return false
  const owner = OWNER_BEFORE.exec(t.slice(Math.max(0, start - 14), start))
  if (owner !== null) return !NOT_A_PERSON.test(owner[1] ?? '')
  return MANUSCRIPT_GLOSS.test(after) && !/[(（【\[]$/u.test(t.slice(Math.max(0, start - 1), start))
}
export function literaryDraft(t: string, start: number, end: number): boolean {
  if (t.slice(start, end) !== '未定稿') return false
  const sentence = sentenceOf(t, start, end)
  if (exhibitedDraft(t, start, end, sentence)) return true
  if (!LITERARY_CONTEXT.test(sentence)) return false
  return LITERARY_WORK_AFTER.test(t.slice(end, end + 6)) || LITERARY_LEFT_BEFORE.test(t.slice(Math.max(0, start - 16), start))
}
/**
 * Review of conf58 (rvconf): 内示 as an event the writer went through or awaits — one's own move after it, said with a farewell or a feeling
 * (人事異動の内示がありました。お世話になった皆さん、ありがとうございました; 内示が出ました。今年は私も異動です), or the day still ahead
 * (人事異動の内示はまだ先です; 来週はいよいよ内示です。ドキドキ) — with no post, destination, person or head count told in the paragraph,
 * is no leak. 内示 with who goes where (…課へ, 本庁勤務, 課長は, …さんが, 5人) stays a marker, and so do a bare 内示が出ました, a list of
 * 内示 (内示一覧) and a 内示 checked in a meeting (内示を確認します).
 */
const NAIJI_EVENT = /^(?:は|が|も|を)?[、,]?(?:ありました|あった|あり[、,]|出ました|出た|出て|受けました|受けた|受け[、,]|受けて|いただきました|いただき[、,]|まだ|これから|来週|明日|あす|もうすぐ|間もなく|近い|近づ|です|でした|の日|の時期|の季節|待ち)/u
const NAIJI_AWAITED = /^(?:は|が|も)?[、,]?(?:まだ|これから|来週|明日|あす|もうすぐ|間もなく|近い|近づ|待ち)/u
const NAIJI_OWN = /私|わたし|僕|ぼく|自分|お世話にな|ありがと|寂し|さみし|新しい職場|新天地|頑張り|がんばり|頑張ろ|ドキドキ|どきどき|そわそわ|緊張|落ち着かな|いよいよ/u
const NAIJI_TOLD =
  /[\p{Script=Han}\p{Script=Katakana}ー]{1,10}(?:課|部|係|室|局|署|所|館|センター|支所|本庁|委員会|事務所|学校)(?:へ|に(?!な)|勤務|配属|で働)|(?:本庁|支所|出先|本課)(?:へ|に(?!な)|勤務|配属)|課長|部長|係長|所長|館長|局長|次長|室長|校長|園長|主幹|主査|参事|理事|センター長|[\p{Script=Han}\p{Script=Katakana}ー]{1,4}(?<!皆)(?:さん|氏|くん)|[0-9一二三四五六七八九十百]+(?:人|名)/u
export function ownNaijiEvent(t: string, start: number, end: number): boolean {
  if (t.slice(start, end) !== '内示') return false
  const after = t.slice(end, end + 12)
  if (!NAIJI_EVENT.test(after)) return false
  if (!NAIJI_AWAITED.test(after) && !NAIJI_OWN.test(t)) return false
  return !NAIJI_TOLD.test(t.slice(0, start) + t.slice(end))
}
/**
 * Blind R173I-069: a marker spelt in kana to slip past (【ナイ部資料・とりあつかい注意】, 【ないぶ資料】, 《トリアツカイ注意》, （ぶがいひ）):
 * the parts of a marker's words written in hiragana or katakana, in whole or in part, are read back into kanji before a bracket's tokens are
 * tried. Only a bracket's tokens are read this way, so ordinary kana in running text (ないぶんで, とりあつかいが簡単) is never a marker; a
 * parcel's 【とりあつかい注意】 is read as 取扱注意 and stays clean as a parcel's label does.
 */
const KANA_MARKER_PART: ReadonlyArray<readonly [RegExp, string]> = [
  [/ナイ部|ない部|ナイブ|ないぶ|内ぶ|内ブ/gu, '内部'],
  [/(?:とり|トリ|取り?)(?:あつかい|アツカイ)|(?:とり|トリ)扱い?/gu, '取扱'],
  [/ちゅうい|チュウイ/gu, '注意'],
  [/ぶがいひ|ブガイヒ|ぶ外ひ|部外ひ|ブ外秘|ぶ外秘/gu, '部外秘'],
  [/ごくひ|ゴクヒ|ごく秘|ゴク秘/gu, '極秘'],
  [/(?:ちょう|チョウ)(?:ない|ナイ)|(?:ちょう|チョウ)内|庁(?:ない|ナイ)/gu, '庁内'],
  [/(?:か|カ)(?:ない|ナイ)(?=限|かぎり|カギリ)|課(?:ない|ナイ)/gu, '課内'],
  [/しりょう|シリョウ/gu, '資料'],
  [/みこうひょう|ミコウヒョウ|み公表|ミ公表/gu, '未公表'],
  [/かぎり|カギリ/gu, '限り'],
]
export const KANA_MARKER_MAY = /ナイ部|ない部|ナイブ|ないぶ|内ぶ|内ブ|あつかい|アツカイ|とり扱|トリ扱|ちゅうい|チュウイ|ぶがいひ|ブガイヒ|ぶ外|部外ひ|ブ外|ごくひ|ゴクヒ|ごく秘|ゴク秘|ちょうない|チョウナイ|ちょう内|チョウ内|庁ない|庁ナイ|課ない|課ナイ|かない限|カナイ限|みこうひょう|ミコウヒョウ|み公表|ミ公表/u
export function kanaMarkerRead(inner: string): string {
  let out = inner
  for (const [re, kanji] of KANA_MARKER_PART) out = out.replace(re, kanji)
  return out
}
/** Markers run together in one bracket (the squeezed view drops ・ between kanji: 【庁内限り・取扱注意】). */
/**
 * Markers run together in a bracket (the squeezed view drops ・ and spaces, so 【秘・取扱注意】 reads 秘取扱注意). Blind R81A-063: a tally or a
 * paper labelled internal and not published in one bracket (苦情件数（課内集計・未公表）, （庁内資料／非公表）, 【内部データ・公表前】,
 * （未発表・速報値）): the figures given with it have not been released. A person's details withheld (職業は（非公表）, （氏名未公表）) name
 * no paper and stay clean.
 */
export const MARKER_IN_BRACKET = /部外秘|極秘|厳秘|マル秘|丸秘|取り?扱い?(?:厳重)?注意|(?:庁|課|部|局|係)内(?:限|かぎり)|(?:(?:庁|課|部|局|係)内|内部)[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?[・/／、,\s]?(?:未公表|非公表|未発表|公表前|発表前)|(?:集計|速報値?|資料|データ|試算|数値|数字|暫定値?|推計|名簿|リスト|一覧)[・/／、,\s]?(?:未公表|非公表|未発表|公表前|発表前)|(?:未公表|非公表|未発表|公表前|発表前)[・/／、,\s]?(?:(?:庁|課|部|局|係)内|内部|集計|速報値?|資料|データ|試算|数値|暫定値?|推計)|(?:職員|関係者|幹部|関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り|かぎり)|回覧用|複製禁止|転送禁止|(?<!館外|館内|室外|庁外|図書|貸出|帯出)持ち?出し?禁止/gu
/**
 * Blind R74A-043: a paper restricted to the bodies or sections concerned (関係機関限り, 関係各課限り, 関係部署限り, 構成団体限り), the
 * marker said before the paper's noun without brackets (関係機関限りの連絡票によると, 関係部署限りで回ってきた文書ば見たら), then cited or
 * handed on: what the other agency gave the city for its own use is told. (In brackets the marker token does it: 「関係機関限り」の連絡票.)
 * 関係者限り is a word of the list. A marker named with no paper (関係機関限りで開催します: a meeting's notice), bodies working together
 * (関係機関と連携), a lesson on such papers and a refusal (掲載できません) are not this.
 */
export const RESTRICTED_PAPER =
  /(?:関係機関|関係各?課|関係各?所|関係部署|関係部局|関係団体|構成団体|構成員)(?:限り|限)(?:の|で|として)?(?:(?:届いた|届いている|配られた|配布された|配付された|回ってきた|回ってきとる|回覧された|共有された|提供された|送られてきた|来た|きた)の?)?[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:資料|文書|書類|通知|通知文|連絡票|連絡文書|連絡|情報|メモ|データ|報告書?|名簿|リスト|メール|ペーパー|通達|速報)(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によりますれば|によると|によれば|では|には|を見ると|を見たら|を見ますと|ば見ると|ば見たら|から|より|だと|やと|ですが|ですけど|だけど|やけど|ばってん|を(?:共有|ご紹介|紹介|お見せ|見せ|載せ|アップ|公開|掲載|転載))/gu
/** A library's or an archive's rule for its material (館内閲覧のみ, 貸出できません): 持出禁止 there is about lending. */
export const LENDING = /館内|館外|閲覧|図書|貸出|貸し出|帯出|資料室|書庫|郷土資料|蔵書|展示|公文書館|文書館|アーカイブ/u
/** ○秘 / まる秘 / 丸秘 written with a circle: the typed form of ㊙. */
export const CIRCLED_HI = /(?<![○〇◯●])[○〇◯●]秘(?![書訣境伝蔵湯宝話奥])|丸秘|まる秘|(?:部外|庁外|課外|局外|社外|外部|極|厳|マル)[○〇●◯×✕*■□※](?=の|資料|扱い|文書|情報|です|$|[】\])」』\s])/gu
/** English markers, possibly spaced out (C O N F I D E N T I A L). */
export const ENGLISH =
  /(?<![A-Za-z])(?:c ?o ?n ?f ?i ?d ?e ?n ?t ?i ?a ?l|t ?o ?p ?s ?e ?c ?r ?e ?t|internal use only|for internal use|internal only|do not (?:distribute|share|forward)|not (?:yet )?for (?:public |external |outside )?(?:release|publication|distribution|circulation|disclosure)|embargoed?)(?![A-Za-z])/giu
/**
 * Blind GV-025/026: confidential said of a service, a promise that what people tell stays between them (free and confidential
 * consultations, Consultations are free and confidential, confidential counselling, everything you tell us will be kept strictly
 * confidential, your information is treated as confidential): no paper is marked. A service word with a paper after it (confidential
 * consultation records) and a paper said to be confidential (this consultation report is confidential) stay markers.
 */
const EN_SERVICE = '(?:consultations?|counsel(?:l)?ing|advice|support|services?|help ?lines?|hot ?lines?|chats?|sessions?|interviews?|appointments?|testing|tests?|screenings?|conversations?|calls?|listening)'
const EN_SERVICE_AFTER = new RegExp(`^ ?${EN_SERVICE}(?![a-z])`, 'iu')
/** A paper right after (confidential consultation records, free and confidential data): the word marks the paper. */
const EN_PAPER_AFTER = /^ ?(?:[a-z-]{2,15} ){0,2}(?:records?|notes?|files?|reports?|memos?|logs?|data|lists?|minutes|documents?|summar(?:y|ies)|sheets?|forms?|results?|draft|papers?|e-?mails?)(?![a-z])/iu
const EN_FREE_BEFORE = /(?<![a-z])(?:free|anonymous|private)(?: and|,| &|, and| or)? $/iu
/**
 * Blind HB-146: what people give the service named as the subject of the promise (the information you give will be kept confidential,
 * any details you share with our staff, all information provided by callers): what callers tell stays between them; no paper is
 * marked. A paper's content (the information in this report is confidential) names no giver and stays a marker.
 */
const EN_GIVEN = "(?:the |any |all |all the |all of the )?(?:personal )?(?:information|details|data|answers|things)(?: (?:that|which))?(?: (?:you|callers?|residents?|clients?|people|parents|participants|applicants|survivors|victims) (?:give|provide|share|tell|submit|disclose|report)(?: us)?|(?: (?:given|provided|shared|submitted|disclosed|reported)) by (?:you|callers?|residents?|clients?|people|parents|participants|applicants|survivors|victims))"
const EN_PROMISE_BEFORE = new RegExp(
  `(?:${EN_SERVICE}|(?:everything|anything|all|what) (?:you|residents|callers|clients) (?:tell|say|share|discuss)(?: [a-z']{1,12}){0,3}|${EN_GIVEN}(?: [a-z']{1,12}){0,3}|your (?:personal )?(?:information|details|data|identity|name|privacy|story|stories|concerns?|questions?)) (?:is|are|will be|remains?|stays?|will remain|will stay)(?: (?:kept|treated|handled|held))?(?: (?:strictly|completely|totally|fully|entirely|always|absolutely))?(?: as)? $`,
  'iu',
)
export function confidentialService(t: string, m: RegExpExecArray): boolean {
  if (!/^c ?o ?n ?f/iu.test(m[0])) return false
  const before = t.slice(Math.max(0, m.index - 90), m.index).replace(/^[^]*[.!?。！？\n]/u, '')
  const after = t.slice(m.index + m[0].length, m.index + m[0].length + 60)
  if (EN_PAPER_AFTER.test(after)) return false
  return EN_SERVICE_AFTER.test(after) || EN_FREE_BEFORE.test(before) || EN_PROMISE_BEFORE.test(before)
}
/**
 * Blind IE-098: do not share / distribute / forward said to readers in running text about what is their own (Please do not share
 * your residence card number on social media; Do not forward your verification code to anyone; do not share personal details such
 * as your bank account): advice, no paper is marked. A label stays a marker: all capitals (DO NOT SHARE), in brackets ([Do not
 * share]), at the head of a line with a colon or a dash after it (Do not share: …, Internal – do not share.), and an object that is
 * the writer's matter (this memo, it, the attached figures).
 */
const EN_OWN_OBJECT = /^ (?:your|yours|personal|private|anyone['’]s|other people['’]s|someone['’]s|others['’]|login|bank|card|account|passwords?|pins?|one-time|verification|security codes?)(?![A-Za-z])/iu
const EN_LABEL_BEFORE = /(?:[\[【〔《〈<(（「『]|(?:internal|confidential|draft|embargoed)\s{0,3}[-–—:：,]?\s{0,3})$/iu
export function enAdvice(t: string, m: RegExpExecArray): boolean {
  if (!/^do not /iu.test(m[0]) || m[0] === m[0].toUpperCase()) return false
  const end = m.index + m[0].length
  if (!EN_OWN_OBJECT.test(t.slice(end, end + 24))) return false
  return !EN_LABEL_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index))
}
/**
 * Blind R58A: an internal paper of the city cited in English as the source of what is told (according to our internal budget briefing,
 * per an internal memo, from the confidential draft): the paper is kept inside, so what it says is not yet public. A published report, the
 * internal medicine department and a lesson not to share internal papers are not this.
 */
export const EN_INTERNAL_SOURCE =
  /(?<![A-Za-z])(?:according to|based on|per|from|in|as (?:per|stated in|shown in)|(?:i|we) (?:saw|read|heard) (?:it )?in)(?: (?:our|an|the|a|this|my|the city['’]s|city hall['’]s))? (?:internal|confidential|non-public|unpublished|closed-door|in-house|leaked|not-yet-public)(?: [A-Za-z-]{2,15}){0,2}? (?:briefing|document|doc|memo|memorandum|report|paper|papers|minutes|e-?mail|figures|data|spreadsheet|draft|notes|slides|handout|estimate)s?(?![A-Za-z])/giu
/** A lesson on internal papers or a warning (never share internal documents, leak prevention training): no paper cited. */
export const EN_INTERNAL_AWARE = /never|don['’]?t|do not|must not|should not|shouldn['’]?t|training|leak(?:s|ed|ing)? prevention|protect|scam|fraud|beware|phishing|詐欺|研修/iu
/** Internal meetings of the city; their content is not published by staff on SNS. */
export const MEETING =
  /(?:庁議|幹部会議?|部長会議?|課長会議?|部課長会議?|係長会議?|政策会議|経営会議|庁内会議|内部会議|課内会議|部内会議|係内会議|課内ミーティング|庁内ミーティング|庁内協議|内部協議|内部検討会|秘密会|(?:庁内|内部|課内|部内|係内|幹部|管理職|部長|課長|部課長|係長)の?(?:会議|打ち合わせ|打合せ|ミーティング|協議|検討会議|検討会|レク|会合|反省会|振り返り会|振り返り|朝礼|朝会|終礼)|(?<![\p{Script=Han}])(?:庁内|内部|課内|部内|係内|幹部|管理職)の(?:[\p{Script=Han}\p{Script=Katakana}ー]|(?<=\p{Script=Han})[ぁ-ん](?=\p{Script=Han})){1,8}?(?:会議|打ち合わせ|打合せ|ミーティング|検討会|協議会|会合)|(?:市長|副市長|教育長)(?:レク|協議|査定)|[\p{Script=Han}]{1,6}課と(?:の)?(?:打ち合わせ|打合せ|すり合わせ|調整会議)|(?:部課長|課長|部長|係長|次長|管理職|幹部)会(?=で|の|に|から|、|$))/gu
/** Talk told from a selection, evaluation or tender meeting (採用の選考会議では「…」という意見が多く出ていました). */
export const SELECTION_TALK = /(?:面接|採用|選考|評価|審査|入札|人事|昇任)(?:試験)?(?:の)?(?:評価|選考|審査)?(?:会議|委員会|会)(?:では|で|の中で|の場で)[、,]?[^。！？!?\n]{0,60}?(?:という|との|といった)(?:声|意見|発言|ご意見)(?:が|も)(?:多く|多数|相次いで|何人も|複数)?(?:出て|出ま|出た|あり|上が|聞かれ)/gu
/**
 * A session said to be closed, then named (with any modifier between: 非公開で行われた指定管理者選定委員会,
 * 一般には非公開の人事委員会, 公開されていない理事会). Bounded gap, no nested quantifier. Blind R169D-134: the closed part of a gathering
 * (後半の非公開の部で出た話をざっくり共有します, 非公開の時間に出た話): its content told like a closed session's.
 */
export const CLOSED_SESSION =
  /非公開(?:の)?(?:部|パート|時間帯?)(?=で|に(?!つ)|の(?:話|中身|内容|やりとり|議論))|(?:非公開|秘密会|公開されていない|公開されなかった|公開していない|傍聴できなかった|非公式|内々|水面下|極秘)(?:の|な|に|で|で(?:行われ|開かれ|開催され|実施され|実施し|行っ|開い|審議され|協議され|話し合われ)た|とされた|だった|扱いの|となった)?[^。！？!?\n、,]{0,24}?(?:会議|審査会|審議会|協議会|会合|協議|委員会|検討会|打ち?合わ?せ|ミーティング|ヒアリング|選考会?|意見交換会?|理事会|懇談会|部会|面談|審議|審査|説明会)[\p{Script=Han}ァ-ヴー]{0,8}/gu
/**
 * A meeting said to have been closed, then how its deliberation stands told (検討会議、今日は非公開でしたが、…の間では
 * ブレザー案が優勢でした; 審査会は非公開でしたが、A社が一歩リードしている印象です): the state of a closed deliberation.
 */
/**
 * What was said in a session, reported: a remark quoted or summed up (との発言, 」との強い指摘, から厳しい意見が出). Blind R252A-038 kind (conf8):
 * also with the remark's weight between (との強い発言, 」との切実な声), and read in the sentence after the closed session is named.
 */
export const CLOSED_REMARK = /意見が分かれ|賛否が分かれ|異論が|反対意見|紛糾|(?:との|という|といった)(?:強い|厳しい|率直な|切実な|踏み込んだ)?(?:ご)?発言|」と(?:の)?(?:強い|厳しい|率直な|切実な|踏み込んだ)?(?:ご)?(?:発言|指摘|声|意見|要望)|から(?:は)?(?:厳しい|強い)?(?:意見|指摘|批判)が(?:出|あ)/u
export const CLOSED_THEN_TOLD = /(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会?|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング)[^。！？!?\n]{0,16}?非公開(?:でした|だった|で行われ(?:まし)?た|で開かれ(?:まし)?た|で(?:の)?開催でした)(?:が|けど|けれど|けれども)[、,]?[^。！？!?\n]{0,40}?(?:優勢|劣勢|有力|多数派|本命|(?:賛成|反対)(?:意見|派)?が多|(?:賛成|反対)多数|意見が(?:多|大勢|割れ|分かれ)|一歩リード|リードして|優位|固まりつつ|まとまりつつ|(?:に|へ)傾い|決まりそう|で決まり|当確)/gu
/**
 * Blind R85A-010/R85A-074: a session said to be closed, in a clause of reason or concession (委員会は非公開なのでここだけの話ですが,
 * 途中から秘密会になったんですけど, 選考委員会は非公開やったけん, 審議会は非公開だったんですが), then its outcome told in the same sentence:
 * scores or ranks (86点でトップ), who or what it settled on (…さんで固まった, 民間委託で決まりました), the way it went (…にお願いする流れに
 * なりました, 打ち切りの方向でまとまりました). A notice (傍聴はできません, 決まり次第お知らせします), a session with nothing told and an
 * outcome the city published are not this. Bounded gaps, no nested quantifier.
 */
export const CLOSED_SESSION_CLAUSE = new RegExp(
  '(?:(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会|選定会|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング|審査|選考|審議)[^。！？!?\\n]{0,20}?(?:非公開|秘密会)|秘密会)' +
    '(?:(?:(?:に|と)(?:なった|なりました|なって|なっとって|なっとる)|で(?:行われ|開かれ|開催され|審議され|あっ)(?:まし)?た)(?:ん|の)?(?:です|だ|や)?|(?:でした|だった|やった|です|だ|や|な)(?:ん|の)?(?:です|だ|や)?)' +
    '(?:ので|から|けん|が|けど|けれど|けども|ばってん)[、,]?',
  'gu',
)
/**
 * Blind R234M-052 kind: a meeting said to have been held in closed session, in the city's report voice (本日の全員協議会は非公開で開催されま
 * した, 審査会は非公開で行われました), then what was reported or said in it told in that sentence or the next (席上、市長から、…について、…
 * 旨の報告がありました; 委員から…との意見が出されました): the content of a closed session. The session named with nothing told, remarks
 * said to have been lively (活発なご意見が出されました), a topic with no content and a summary to come later stay clean.
 */
export const CLOSED_HELD = /(?:会議|審査会|審議会|協議会|会合|委員会|検討会|選考会|選定会|打ち?合わ?せ|ミーティング|理事会|懇談会|部会|ヒアリング|意見交換会)(?:は|が|も)?[、,]?[^。！？!?\n]{0,12}?非公開(?:で|にて|の形で|のまま)(?:開催|開か|行わ|行い|実施|審議|協議)(?:され|れ|し|いたし)?(?:まし)?た/gu
/** …what was reported there, given with its content (…旨の報告がありました, …との説明があり, …と発言され). */
export const REPORTED_CONTENT = /(?:旨|との|という|といった|と)(?:の)?(?:ご)?(?:報告|説明|発言|指摘|提案|意見|答弁)(?:が|も)[^。！？!?\n]{0,12}?(?:あり|あっ|出|上が|なされ)|(?:と|旨)(?:の)?(?:報告|説明|発言|指摘|答弁)(?:され|を受け|し(?:まし)?た)/u
/** What is then told: scores or ranks, a choice or a direction settled, how the deliberation stands. */
export const SESSION_OUTCOME =
  /[0-9０-９一二三四五六七八九十百]+点(?!検|字|灯|滴|在|線|火|描|呼|眼)|トップ|首位|最高点|最下位|次点|[0-9０-９一二三]+位(?!置)|一番(?:高|低|点|票|評価)|流れ(?:に|と)(?:なり|なっ|決ま)|方向(?:で|に|と)(?:まとま|固ま|決ま|なり|なっ|進)|(?:に|で)(?:決ま|決定|内定|まとま|固ま|落ち着)(?!り次第|りましたら|ったら|った(?:際|時|とき)|し次第|したら|る(?:まで|かは|かどうか))|(?:が|に)選ばれ|見送り|打ち切り|不採用|不合格|落選|優勢|劣勢|有力|濃厚|本命|一歩リード|賛成多数|反対多数|意見が(?:割れ|分かれ)/u
/**
 * Blind R133I-043: …or the writer saying it will be told anyway (委員会は秘密会でしたが、少しだけ紹介します。補助金は来年度3割削減…; 非公開
 * だったけど、ちょっとだけ教えちゃいます, 秘密会やったけど内容をこっそりお伝えします), what was said following in the paragraph. A refusal
 * (紹介できません, お伝えできませんが) or a promise to tell once it is published (公表され次第お伝えします) is not this.
 */
export const SHARED_ANYWAY =
  /^[^。！？!?\n]{0,16}?(?:少しだけ|すこしだけ|少し|ちょっとだけ|ちょっと|ちょこっと|こっそり|特別に|一部|さわりだけ|かいつまんで|内容を|中身を|ここだけ)[^。！？!?\n]{0,8}?(?:ご?紹介|お伝え|伝え|教え|お話し|話し|ご?報告|共有|お知らせ|書き|明かし|漏らし|お見せ|見せ)(?:します|しますね|しちゃい?ます|しちゃう|ちゃい?ます|ちゃう|ます|る|しよう|しとく|しましょう|いたします|させて)/u
/**
 * Blind R158A-010: the promise names what is told as the session's content (ちょっとだけ中身をお話しします, 議論の内容を少しご紹介します,
 * やりとりをこっそりお伝えします), so the telling may follow in the next paragraph. A mood or the venue (様子, 雰囲気, 会場) is no content.
 */
export const CONTENT_PROMISED = /(?:中身|内容|議論|話し合い|やりとり|やり取り|審議の?結果|結論)(?:を|の一部を|について|も)/u
/** …unless what follows is a notice: where to look, to wait, or that nothing can be said. */
export const SESSION_OUTCOME_NOTICE = /ホームページ|市HP|ご覧|ご確認|確認でき|お待ち|お楽しみ|次第|後日|改めて|傍聴/u
/**
 * Blind R98A-138: a gathering said to be closed, given as the reason its details cannot be told, then told anyway in the same sentence
 * (非公開の場なので詳しくは書けませんが、…同意書を出してくださったのは…さんと…さんの2者だけです; 秘密会やったけん中身は言えんけど、…;
 * 非公開の会議ですので詳細はお伝えできませんが、…): who did what, a count or an outcome after the refusal. A refusal followed by an
 * impression (熱心な議論が交わされました), a notice (結果は後日ホームページで) or the people as a whole (皆さん) tells nothing.
 */
export const CLOSED_CANT_SAY_BUT = new RegExp(
  '(?:非公開|秘密会|非公式|クローズド|オフレコ)(?:の(?:場|会|席|会議|会合|説明会|協議|協議会|打ち合わせ|打合せ|話し合い|集まり|意見交換会?)|扱い)?' +
    '(?:なので|ですので|だから|ですから|やけん|だけん|やけ|のため|につき|ということで)[、,]?' +
    '(?:詳しく|くわしく|詳細|細かく|細かいこと|中身|内容|具体的に|具体的なこと)(?:は|を|まで|について(?:は)?)?[^。！？!?\\n]{0,6}?' +
    '(?:書け|言え|話せ|お話しでき|お伝えでき|お知らせでき|申し上げられ|ご紹介でき|書くことはでき|お伝えすることはでき)(?:ません|ない|ん)' +
    '(?:が|けど|けれど|けども|ばってん|ですが|のですが|んですが)[、,]?',
  'gu',
)
/** …what is then told: who did what (…さんと…さんの2者), a count, a choice or a stance. */
export const CANT_SAY_TOLD =
  /(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8})(?<![皆各])(?:さん|様|氏|社)(?:と|が|に|で|の|だけ|から|も|は)|[0-9０-９一二三四五六七八九十]+(?:者|人|名|社|件|世帯|票|割|%|％|点)(?:だけ|のみ|が|に|で|と|の|です|でした|しか|も|、)|同意(?:書|し|され|いただ)|賛成|反対|合意|決ま(?!り次第|りましたら)|決定し|内定|固ま/u
/** What a closed session's content looks like when it is told: its record, remarks, scores, materials. */
export const SESSION_CONTENT = /^\)?(?:\((?:非公開|秘密会|内部)\))?(?:の(?:会議|協議会?|会合|審議会|委員会|検討会|懇談会|部会|打ち合わせ)(?:で|では|において|の席|の場)|で|では|での|において|の席|の場|の中|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|によると|によれば|より|から|に出|に提出|の採点|の録音|の発言|の中身|の配布|の配付|の評価|の点数)/u
/** Telling or handing over what was obtained: 入手しました, そのまま掲載, 文字起こし, 共有します, こっそり教えます. */
export const LEAK = /入手|手に入れ|手に入っ|そのまま|載せ|掲載しま|共有しま|文字起こ|お伝えしま|教えま|教えちゃ|お見せしま|ご紹介しま|紹介しま|紹介すると|少しだけ|ちょっとだけ|チラ見せ|まとめ|流出|こっそり|ここだけ|バラ|暴露/u
/** The paragraph says the outcome is public (掲載します alone may be the leak itself). */
export const OUTCOME_PUBLISHED = /(?:公表し|発表し)(?!(?:て(?:い|お(?:り)?)?|と)?(?:ない|ません|ず|なかっ|らん|ん[。、,が]))|ホームページ|市HP|会議録を公開|議事録を公開|意見を募集|ご意見を募集|パブリックコメント/u
/** A notice about a closed session (傍聴はできません, 会議録の開示請求): not its content. */
export const SESSION_NOTICE = /傍聴(?:は|が|を)|傍聴(?:でき|いただけ)(?:ません|ない(?:ため|ので))|開示(?:請求|を希望)|情報公開(?:請求|窓口|制度)|のため|行います|予定です/u
/** A closed meeting's record kept or withheld (保管しています, 公開しておりません, お見せできません): no content told. */
export const RECORD_KEPT = /保管し(?:て|ており|ます)|(?:公開|掲載|配布|お渡し|お見せ|開示)(?:は|を)?(?:でき|いたし|し)(?:ません|かねます|ておりません|ていません)/u
/**
 * Blind R106A-020: a closed meeting named as the head of a share or a report (本日の地域ケア会議（非公開）の共有です。; 非公開の連絡会議のご
 * 報告です; 検討会（非公開）の概要です; …について共有いたします), then what was reported there told in the lines after (…の可能性がある
 * との報告がありました, …って報告があったよ, 委員から「…」との意見が出されました, …と報告されました). The head alone, a notice of when the
 * summary will be out, a public meeting's report and a summary published stay clean.
 */
export const SHARE_HEAD = /^(?:の|について(?:の)?)(?:ご)?(?:共有|報告|概要|要点|まとめ|振り返り)(?:です|でした|になります|やけど|だけど|ですが|を(?:いたし|し)ます|(?:いたし|し)ます|させて(?:ください|いただきます)|[。、,!！:：\n])/u
export const REPORTED_THERE = /(?:との|という|といった|って|と)(?:ご)?(?:報告|説明|指摘|意見|発言|声|相談|話)(?:が|も)[^。！？!?\n]{0,12}?(?:あり|あっ|出|上が)|(?:と|って)(?:の)?(?:報告|説明|指摘)(?:され|を受け)|(?:報告|説明|指摘|意見)が(?:ありました|あったよ|出されました|出ました|相次ぎ)/u
/** …unless the lines after only say when or where the summary will be out. */
export const SHARE_NOTICE = /次第|後日|ホームページ|市HP|ご覧|お待ち|改めて(?:お知らせ|ご報告)/u
/**
 * A meeting marked closed: 部長会議（非公開）. Blind R102A-047: a network's or a liaison body's gathering too (見守りネットワーク連絡会（非公開）
 * の議事メモを…載せておきます, 情報交換会（非公開）の資料を共有します). Blind R237M-009 kind: the closed sitting glossed by its want of a public gallery, or as the closed one of a series (協議会（傍聴なしの回）で,
 * 審議会（傍聴不可）では, 委員会（非公開の回）で): the same closed meeting named as the source of what follows.
 */
export const CLOSED_MEETING = /(?:会議|会合|協議会?|審査会?|審議会|委員会|検討会|懇談会|理事会|部会|打ち合わせ|打合せ|ヒアリング|選考会?|連絡会|情報交換会|意見交換会|勉強会|研究会|幹事会|ミーティング)\((?:(?:非公開|秘密会|内部)(?:部分|分|の部分|の回|の会)?|傍聴(?:者|人)?(?:なし|無し|不可)(?:の(?:回|会|部分))?)\)/gu
/**
 * Blind R160I-048: a meeting marked closed named as the occasion (今日の全員協議会（非公開）、…; 昨日の協議会（非公開）は…), then how its
 * deliberation went told in that sentence or the next: strife or a split (かなり紛糾しました, もめました, 意見が割れて), or which side or
 * candidate leads (地元の会社が有力っぽいです, A案が優勢). The meeting named with nothing told, a notice (傍聴はできません), a summary
 * said to come later, what the press reported and an outcome published stay clean.
 */
export const DELIBERATION_STATE = /(?:に|で)(?:ほぼ|ほぼほぼ|ほとんど|だいたい|たぶん|多分|もう)?決まり(?:そう|っぽ|かな|だろ)|(?:に|で)(?:ほぼ|たぶん|多分)?落ち着きそう|紛糾|もめ(?:まし|た|て|とる|てい)|揉め|もつれ|荒れ(?:まし|た|模様)|意見が(?:分かれ|割れ|真っ二つ)|賛否が(?:分かれ|割れ)|異論が|反対意見が|平行線|有力|優勢|劣勢|本命|濃厚|一歩リード|(?:に|へ)傾い/u
/**
 * Blind R157I-057: a closed review's or meeting's result announced by the city in its own voice (プロポーザルの審査（非公開）の結果、…を
 * 契約候補者に選定しました; 選考委員会（非公開）の結果、最優秀賞は…に決定しました): the decision made public, with the review only named as
 * how it was reached. A result still settling (…に決まりそうです, …で固まった), a leak (こっそり, ここだけ) or figures of the deliberation
 * (3点差, 意見が分かれ) stay findings.
 */
const ANNOUNCED_RESULT_HEAD = /^の(?:審査|選考|選定|審議|協議)?結果[、,]/u
const ANNOUNCED_DECISION = /(?:選定|決定|採択|認定|選出|採用|内定)(?:いたしました|しました|されました)|(?:に|と)決まりました|(?:が|を)選ばれました|となりました/u
const ANNOUNCED_NOT = /こっそり|内緒|ないしょ|ここだけ|オフレコ|まだ|点差|僅差|意見が(?:分かれ|割れ)|らしい|そうです|みたい/u
export function announcedOutcome(t: string, start: number, end: number): boolean {
  if (!ANNOUNCED_RESULT_HEAD.test(t.slice(end, end + 12))) return false
  const sentence = sentenceOf(t, start, end)
  return ANNOUNCED_DECISION.test(sentence) && !ANNOUNCED_NOT.test(sentence)
}
/**
 * A document marked non-public: 資料（非公開）, 非公開の議事録, 会議資料（非公表）によると (a bracket other than a marker word of its own, cited
 * as the source); an internal draft: 内部で検討中の資料, 庁内で作成中の案;
 * blind R62A-111: the record of a closed part or session cited as the source, in any register (景観審議会の非公開部分の議事録によりますと,
 * 議事録（非公開部分）によると, 秘密会の会議録ば見たら); a notice about it (情報公開請求, 開示) and a record said to be public are not this.
 */
export const CLOSED_DOC = /(?:内部|庁内|職員)調査(?:の)?(?:報告書|結果報告|報告|資料|メモ)(?:[（(]案[)）]|案)?(?=によると|によれば|では|には|から|より|に(?:は|よ))|(?:報告書|調査報告|処分案|答申)[（(]案[)）](?=によると|によれば|では|には|から|より)|(?:内部|庁内|職員向け(?:の)?(?:内部)?|職員用(?:の)?)マニュアル(?=[^。！？!?\n]{0,24}(?:載せ|掲載|公開|共有|写真|アップ|紹介))|まだ(?:事業者|業者|本人|ご本人|関係者|相手方|応募者)(?:には|に)(?:通知|連絡|通告|お知らせ)(?:して)?(?:いません|いない|おりません)(?:が|けど|けれど)|(?:内部|庁内|課内|部内|係内|幹部)(?:で|だけで)(?:検討中|作成中|協議中|調整中|検討している|作っている|回している)の(?:資料|案|データ|文書|書類|メモ|原稿|計画|報告書|議事録|名簿|リスト)|(?:資料|文書|メモ|データ|議事録|記録)\((?:非公開|内部用?|庁内用?|取扱注意|秘)\)|(?:採点表|評価表|評価シート|点数表|集計表|一覧表|審査表|名簿|リスト|調書|報告書)\((?:非公開|内部用?|庁内用?|取扱注意|秘)\)(?=を見ると|を見たら|を見る限り|によると|によれば|では|で(?:は|も)|には|から|より)|(?:資料|文書|書類|メモ|データ|議事録|会議録|記録|報告書|報告|集計|試算|名簿|リスト|一覧|表|調書|ペーパー|原稿|案)\((?:非公表|未発表|発表前|職員用|課内用|委員限り)\)(?=を見ると|を見たら|を見る限り|を読むと|によると|によれば|では|で(?:は|も)|には|から|より|だと|やと|上は)|(?:議会|委員会|議員)(?:へ|に)?の?(?:提出|上程|報告|説明)前の[\p{Script=Han}]{0,6}(?:案|資料|原稿|文書|データ|報告書)(?:では|によると|によれば|には|を見ると|を見たら|から|より)|(?:非公開(?:部分|の部分|とされた部分|扱いの部分|の(?:審議|会議|協議|会合|回))|秘密会)(?:の|(?:で|に|にて)(?:示され|配られ|配布され|配付され|提示され|提出され|出され|使われ|使用され|説明され|報告され)た)?(?:議事録|会議録|議事要旨|議事メモ|記録|録音|メモ|資料)(?:の(?:写し|コピー|一部))?(?=によりますと|によりますれば|によると|によれば|では|を見ると|を見たら|を読むと|を読んだら|ば見たら|ば読んだら|には|から|より|だと|やと)|(?:議事録|会議録|議事要旨|記録|資料)\((?:非公開|秘密会)(?:部分|の部分|分)\)(?=によりますと|によりますれば|によると|によれば|では|を見ると|を見たら|を読むと|ば見たら|には|から|より|だと|やと)|(?:非公開|公表前|公開前|公表されていない|外に出せない)(?:の|な)?(?:[\p{Script=Han}]{1,3}(?=メモ|資料|文書|データ|記録))?(?:資料|議事録|メモ|文書|データ|情報|内容|話|報告書|報告|調査結果|調査報告|(?:ヒアリング|アンケート|聞き取り|聴き取り|意向調査|面談|個別訪問)(?:の|調査の?)?(?:結果|記録|回答)|記録|名簿|リスト|数字|数値)(?=に|で|を|の|では|には|によると|によれば|から|より|、|は|が)(?![はをも][^。！？!?\n]{0,6}?(?:掲載|公開|お答え|お伝え|回答|開示|お知らせ|提供|発信|投稿)(?:でき|いたし|いたしかね|し|しており|されて|されており)?(?:ません|かねます|ない|ておりません))/gu
/**
 * Blind R68A-072: a paper said to be non-public in its attribute, its head a compound (非公開の調査報告書によると, 公表されていない内部監査の
 * 報告書では, 非公開の事故検証報告書によれば, まだ公表前の検証報告書を読むと), cited as the source of what is told: what the paper says,
 * before the city makes it public; no figure or stock phrase of a finding is needed (…流用していたことが確認されています). Read after the
 * other kinds (a police inquiry's record, an internal report with its figures), which keep their own rule. The paper named with no citation
 * (非公開の調査報告書について, …を公開するよう求める請願, 調査報告書は非公開ですが概要版を) and a disclosure (開示, 情報公開) are not this.
 * Blind R184I-069: the paper said to be not public in round brackets after it, as the writer's aside (実行委員会の議事録（外には出して
 * いないものです）には、…400万円少なかった…と記されています; 図面（非公開のものです）によると). The same aside on a paper kept
 * (…は事務局で保管しています) or refused (掲載できません) tells nothing.
 */
/**
 * Blind R281B-017 kind (conf15): a meeting or paper said in brackets to be handed out only inside a section (苦情対応会議（課内のみ配布の
 * 資料）から, 打ち合わせ（庁内限りの資料）によると, 議事録（関係者のみ配付）では): the paper's restricted circulation, named as the source of
 * what the post goes on to tell. Who attended (理事会（役員のみ）では) says nothing of a paper and is not this.
 */
const RESTRICTED_HANDOUT = String.raw`(?:課内|庁内|部内|係内|局内|職員|関係者|委員|役員|幹部)(?:のみ|限り|限定|だけ)(?:で|に)?(?:の)?(?:(?:配布|配付|回覧|共有|閲覧)(?:の|された|されている)?(?:資料|文書|もの)?|資料|文書)`
export const CLOSED_PAPER_CITED = new RegExp(
  String.raw`(?:(?:非公開|非公表|未公表|公表前|公開前|公表されていない|公開されていない)(?:の|な)?(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,8}?の)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:報告書|報告|調書|答申書?|議事録|会議録|記録|資料|文書|メモ|データ|名簿|リスト|調査結果)|(?:報告書|調書|答申書?|議事録|会議録|議事メモ|記録|資料|文書|メモ|データ|名簿|リスト|調査結果|図面|設計図|会議|会合|打ち?合わ?せ|検討会|ミーティング)\((?:まだ)?(?:${RESTRICTED_HANDOUT}|(?:外|表|公|外部|一般|市民|対外的)(?:に|へ)?(?:は|も)?(?:まだ)?(?:出して|出し|出て|公開して|公表して|お見せして|出回って)(?:い|お)?(?:ない|ません|りません|らん|ん)|非公開|非公表|未公表)(?:の)?(?:もの|資料|文書|やつ)?(?:です|でして|ですが|ですけど|だけど|やけど|なので|ですので|なんですが|なんですけど)?\))(?:の(?:写し|コピー|一部|中身|内容))?(?:によりますと|によると|によれば|では|を見ると|を見たら|を見る限り|を読むと|を読んだら|ば見たら|ば読んだら|には|から|より|だと|やと)`,
  'gu',
)
/**
 * Blind R185A-052: a paper said to be non-public in its attribute, then shown or handed on in the same sentence (業者さんから届いたばかりの
 * 非公開の図面をちょっとだけお見せします, 非公表のデータを載せておきます): the showing is the leak. (未公開 is a teaser's word, 未公開の写真を
 * お見せします, and no paper's class.) A collection opened on a day (普段は非公開の古文書を特別公開, 展示), a paper refused (お見せできません),
 * asked for (見せてほしい) or disclosed (開示, 情報公開) is not this.
 */
export const NONPUBLIC_PAPER_SHOWN =
  /(?:非公開|非公表)(?:の|な)?[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:図面|設計図|配置図|平面図|立面図|断面図|完成予想図|資料|データ|文書|書類|議事録|会議録|議事メモ|名簿|メモ|報告書|記録|計画書|計画案|リスト|一覧|集計|試算|見積書|見積もり)(?:の(?:一部|中身|内容))?(?:を|も|[、,])?[^。！？!?\n]{0,12}?(?:お見せ|見せ|チラ見せ|ご紹介|紹介|載せ|のせ|アップ|共有|お披露目)(?!(?:る|す)?こと(?:は|が)?でき|でき|られ(?:ませ|な)|ません|ない|ず|ぬ|てほし|て欲し|てくださ|て下さ|てもら)/gu
export const PAPER_OPENED = /開示|情報公開/u
/**
 * Blind (reviewer, conf5): a thing normally closed to the public opened to it on an occasion (普段は非公開の古文書を、文化の日に特別に
 * お見せします; 通常非公開の収蔵品を期間限定で公開します; …を特別公開, ご覧いただけます): a public opening announced, not a paper leaked.
 * The opening is said by its occasion or its word (特別公開, 期間限定, …の日に, 展示, 見学会) or by the thing's usual state (普段は,
 * 通常は) with an opening verb addressed to visitors; a collection's holdings shown (収蔵, 所蔵, 古文書, 史料, 文化財) are public whatever
 * the wording but on the quiet (an archive's ちょっとだけご紹介します too; not 新図書館の…図面, a building's plan). A favour
 * done now (ちょっとだけ, こっそり, 一足早く: 非公開の図面をちょっとだけお見せします) or figures or content given from the thing (約3億円,
 * 「…」と書かれ, によると) keep the finding.
 */
const OPENING_OCCASION = /特別公開|一般公開|期間限定[^。！？!?\n]{0,24}?(?:公開|展示|お見せ|ご覧)|限定公開|公開日|展示(?:し|いたし|され|を|中|会|室)|企画展|特別展|収蔵品展|見学会|見学ツアー|内覧会|(?:の日|記念日|周年|期間中|会期中|当日|祭り?|まつり|フェア|イベント|講座|ツアー|オープンデー)(?:に|には|だけ|限り|限定|に限り|の間|にあわせ|に合わせ)[^。！？!?\n]{0,16}?(?:公開|お見せ|ご覧|展示|ご案内)|(?:普段|通常|ふだん|日頃|いつも)(?:は)?(?:[^。！？!?\n]{0,24}?)(?:公開(?:します|いたします|されます|しています)|お見せします|ご覧いただけます|ご覧になれます|ご覧いただきます|ご案内します|展示します|(?:特別に)?ご紹介(?:します|いたします))/u
const OPENING_HOLDER = /収蔵|所蔵|館蔵|古文書|古地図|古記録|史料|絵図|文化財/u
const OPENING_FAVOUR = /ちょっとだけ|ちょっと|ちょこっと|少しだけ|すこしだけ|こっそり|内緒|ないしょ|ナイショ|ここだけ|チラ見せ|ちら見せ|チラッと|ちらっと|一足早く|ひと足早く|先取り|特別に少し/u
const OPENING_TOLD = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:円|%|％|割|件|世帯|戸|点)|[「『][^」』]{2,}[」』](?:と|って)(?:書|記|あ)|によると|によれば|には[^。！？!?\n]{0,30}?(?:と書|と記|とあ)/u
/**
 * Reviewer (conf10) false blocks: a marker used as the attribute of a paper or a plan that is only named, nothing of it told, quoted,
 * shown or attached (非公開の資料を確認しました; 庁内で作成中の資料を共有してください; 課内で検討中の案は、まとまり次第ご紹介します): no leak.
 * The paper (資料, 案, 文書, 報告書, 議事録, 名簿 …) closes the marker's match and what follows it in the sentence is one predicate of
 * handling: checked, received or read (確認しました, 拝見しました, 受け取りました), or asked of the reader (共有してください, ご確認
 * ください) — a second look on a public account, a warning, not a block; or a promise to make it known once settled (まとまり次第
 * ご紹介します, 決まったら改めてお知らせします, 後日公開します) — clean. Anything shown, attached or told in that sentence or the next
 * (添付, 画像, 写真, お見せ, 載せ, によると, では, a figure, a quotation, a favour such as ちょっとだけ or こっそり) keeps the block, and so does
 * a marker used as the post's label (【庁内限り】, ㊙, (内部資料): other patterns).
 */
const NAMED_PAPER_END = /(?:資料|案|文書|書類|報告書|報告|議事録|会議録|記録|メモ|名簿|リスト|データ|原稿|計画)$/u
const NAMED_PAPER_HANDLED =
  /^(?:は|を|も)[、,]?(?:(?:すでに|既に|先ほど|さきほど|きちんと|一通り|ひととおり|改めて|あらためて|各自|皆さん(?:で)?|みなさん(?:で)?|みんなで|全員で|職員間で|課内で|係内で|庁内で|部内で|内部で)[、,]?)?(?:確認(?:しました|いたしました|しています|しております|中です|済みです|します|いたします)|拝見(?:しました|いたしました)|受け取(?:りました|っています)|受領(?:しました|いたしました)|読みました|読んでいます|共有(?:してください|して下さい|をお願いします|お願いします|しておいてください)|回(?:してください|しておいてください)|ご確認(?:ください|下さい|をお願いします|お願いします)|確認(?:してください|しておいてください|をお願いします|お願いします))(?:ね|よ)?[。！!]?\s*$/u
const NAMED_PAPER_LATER =
  /^(?:は|も)[、,]?[^。！？!?\n]{0,16}?(?:次第|後日|改めて|あらためて|追って|まとまったら|確定したら|決まったら|完成したら|できあがったら|出来上がったら)[、,]?[^。！？!?\n]{0,16}?(?:ご紹介|紹介|お知らせ|公開|公表|お伝え|ご報告|報告|発表|ご案内|案内)(?:します|いたします|する予定です|の予定です|予定です|させていただきます)[。！!]?\s*$/u
export function paperOnlyNamed(t: string, start: number, end: number): 'clean' | 'warn' | null {
  if (!NAMED_PAPER_END.test(t.slice(start, end))) return null
  const s = sentenceAround(t, start, end)
  const rest = t.slice(end, s.end)
  const later = NAMED_PAPER_LATER.test(rest)
  if (!later && !NAMED_PAPER_HANDLED.test(rest)) return null
  // Nothing shown or told before the paper in its sentence, nor in the next sentence.
  const next = s.end >= t.length ? '' : t.slice(s.end, sentenceAround(t, s.end, s.end).end)
  if (NAMED_PAPER_TOLD.test(t.slice(s.start, start)) || NAMED_PAPER_TOLD.test(next)) return null
  return later ? 'clean' : 'warn'
}
/** `told` is the sentence with the one after it (sentenceAndNext). */
export function openedToPublic(sentence: string, told: string): boolean {
  if (OPENING_TOLD.test(told)) return false
  if (OPENING_HOLDER.test(sentence) && /公開|お見せ|ご紹介|紹介し|ご覧|展示/u.test(sentence) && !/こっそり|内緒|ないしょ|ナイショ|ここだけ|一足早く|ひと足早く/u.test(sentence)) return true
  return OPENING_OCCASION.test(sentence) && !OPENING_FAVOUR.test(sentence)
}
/**
 * Blind (reviewer, conf5): a paper said not public, then refused (非公開の資料はお見せできませんので、ご了承ください; …は公開できません;
 * お答えできかねます): a notice, nothing told. The refusal closes the matter (ので, ため, the sentence's end); a concession that goes on
 * (お見せできませんが、…) or a figure in the sentence keeps the finding.
 */
export const PAPER_REFUSED = /(?:お見せ|見せ|公開|公表|お答え|答え|開示|お伝え|伝え|お渡し|渡し|提供|掲載|ご紹介|紹介|お示し|示し|お出し|出し)(?:する|いたす)?(?:こと(?:は|が)?)?(?:でき|出来|いたしかね|しかね|いたせ|られ)(?:ません|ない|かねます|ず)(?!(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん|ものの))|ご覧いただけ(?:ません|ない)(?!(?:の|ん)?(?:です)?(?:が|けど|けれど))/u
/**
 * Blind (reviewer, conf5): a request for a paper reported (非公開の会議資料を見せてほしいとのご請求がありました; …を開示してほしいとのご要望,
 * 公開してくれと言われました): what was asked for, nothing told from it.
 */
const PAPER_REQUESTED = /(?:公開|開示|公表|提出|提供|閲覧)(?:する|させる|される)?よう(?:に)?(?:求め|要望|要請|請求|依頼|お願い)|(?:見せ|開示し|公開し|公表し|出し|提供し|閲覧させ|コピーさせ|渡し)(?:て)?(?:ほしい|欲しい|もらいたい|もらえないか|いただきたい|いただけないか|ください|下さい|くれ)(?:との|という|といった|って|と)(?:ご|お)?(?:請求|要望|要請|依頼|申し出|申出|声|意見|問い合わせ|電話|相談|メール|手紙|投書|言われ|頼まれ|求められ)/u
export function paperRefusedOrAsked(sentence: string, told: string): boolean {
  return (PAPER_REFUSED.test(sentence) || PAPER_REQUESTED.test(sentence)) && !OPENING_TOLD.test(told)
}
/**
 * Blind UG-012 (fpcu): 非公開 named as a category of a rule or a system being explained, no paper's content told: the class a bylaw or an
 * act defines (条例で定める非公開情報, 法第5条に規定する非公開情報, 規則に掲げる非公表の情報) or the class a part falls under in general
 * (非公開情報に該当する部分は除いて, 非公開情報に当たる場合は, 非公開情報とは…をいいます), or in a general condition (UI-099 conf13:
 * 文書に非公開情報が含まれている場合は、その部分を除いて公開します). A rule's category explains how requests are
 * handled; a paper cited (非公開情報によると), or told on the quiet in the sentence (非公開情報に当たりますが、こっそり…), stays a leak.
 */
const RULE_DEFINES_BEFORE =
  /(?:条例|法律|法令|法|政令|省令|規則|規程|要綱|要領|基準|各号|第[0-9０-９一二三四五六七八九十]+(?:条|項|号)(?:第[0-9０-９一二三四五六七八九十]+(?:項|号))*)(?:で|に|が|により|において)?(?:定める|定められた|定められている|定めている|規定する|規定される|規定された|規定している|掲げる|掲げられた|列挙された|列挙する)(?:の)?$/u
const RULE_CATEGORY_AFTER =
  /^(?:(?:に|へ)(?:当たる|あたる|該当する|該当している|当てはまる|含まれる)(?:部分|もの|場合|箇所|記載|事項|内容)|(?:として)(?:扱う|扱われる|取り扱う|取り扱われる)(?:部分|もの|場合)|(?:が|も)(?:含まれる|含まれている|含まれていた|記載されている|記録されている|ある)(?:場合|とき|時))/u
const RULE_CATEGORY_PREDICATE = /^(?:(?:に|へ)(?:当た|あた|該当|当てはま|含まれ)|(?:です|でした|だ|や|なので|なん|ですので|ですが|だけど|やけど|扱い))/u
/** What follows the class as a heading's subject: its scope, kinds or examples (（非公開情報）の範囲, 非公開情報の主な例). */
const RULE_CLASS_SCOPE = /^[）)]?(?:の|に)(?:範囲|種類|類型|主な例|具体例|例|区分|一覧|考え方)(?:は|について|と|$|[。\n：:）)]|[^\p{Script=Han}])/u
/** The post explains the information-disclosure system. */
const DISCLOSURE_EXPLAINED = /情報公開|開示請求|公文書|(?:不|非)開示|開示し(?:ない|ません)/u
export function ruleCategory(t: string, start: number, end: number, sentence: string): boolean {
  if (!/^(?:非公開|非公表)(?:の|な)?情報$/u.test(t.slice(start, end))) return false
  if (TOLD_ANYWAY.test(sentence)) return false
  const after = t.slice(end, end + 12)
  if (RULE_CATEGORY_AFTER.test(after)) return true
  // A definition (非公開情報とは、…をいいます).
  if (/^とは/u.test(after) && /を(?:いい|言い|指し|指す|いう)|と(?:定め|定義|規定)/u.test(sentence)) return true
  // Blind UH-010 (cu12): the class named as a heading's subject (開示しない情報（非公開情報）の範囲, 非公開情報の種類・例) in a post explaining
  // the disclosure system (情報公開条例, 開示請求): the categories the system keeps closed are listed, none is told.
  if (RULE_CLASS_SCOPE.test(after) && DISCLOSURE_EXPLAINED.test(t)) return true
  // The category said of this matter (…非公開情報に当たりますが、…; 非公開情報なので) is a marker on what follows, whatever rule defines it.
  if (RULE_CATEGORY_PREDICATE.test(after)) return false
  return RULE_DEFINES_BEFORE.test(t.slice(Math.max(0, start - 24), start))
}
/**
 * Blind R98A-148: a paper named with a marker of internal use in round brackets after it (家賃滞納者リスト（課内用）, 名簿（庁内用）,
 * 集計表（部内用）, 台帳（取扱注意）), read while the writer works (を見ながら, を見て, を確認しながら, をめくりながら, ば見よったら), then its figures
 * told in that sentence or the next (今月は3か月以上の滞納が14世帯…): the content of a paper kept inside, passed on. The paper named with
 * nothing counted told, a paper for staff (職員用, a manual) and a refusal stay clean.
 */
export const INTERNAL_USE_READ =
  /(?:名簿|リスト|一覧表?|台帳|集計表|集計|一覧|表|資料|データ|メモ|ファイル|記録|書類|調書|報告書)\((?:課内用|庁内用|内部用|部内用|係内用|局内用|課内限り|庁内限り|部内限り|係内限り|職員限り|関係者限り|委員限り|非公開|非公表|取扱注意|取り扱い注意|部外秘)\)(?:を|ば)[、,]?(?:見|読|眺め|確認し|チェックし|めくり|開き|開い|整理し|手に|もとに|元に|基に)(?:ながら|つつ|て|ると|たら|よったら|ましたら|ますと|た(?:ところ|とこ))[、,]?/gu
export const INTERNAL_USE_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]+(?:万|億)?(?:人|名|件|世帯|戸|円|か月|ヶ月|カ月|社|%|％|割|位|点|団体)/u
export const INTERNAL_USE_HELD = /(?:でき|出来|られ)(?:ません|ない|ず|かね)|お控え|控え(?:ます|させ)|公表し|ホームページ|市HP/u
/** An internal meeting, then the discord in it told (課内会議、給水所の配置見直しで揉めに揉めました). */
export const MEETING_DISCORD = /^[、,\s]?[^。！？!?\n]{0,60}?(?:揉め|もめ|紛糾|対立し|激論|意見が(?:割れ|分かれ|真っ二つ|まっぷたつ|二分)|(?:課長|部長|局長|委員|市長|副市長)が(?:強く|猛)?反対し|結論(?:は|が)?(?:持ち越|先送り|出ず)|大荒れ|荒れ(?:た|まし)|反対(?:が|意見)|つるし上げ|吊し上げ)/u
/**
 * What follows an internal meeting when its content is told (not when it is merely named), including its handouts cited as the
 * source of what is told (庁内会議の配布資料でも…と報告されていました, 部長会議の提出資料によると).
 */
export const MEETING_CONTENT = /^(?:\((?:非公開|秘密会|内部)\))?(?:で(?!す|し(?:た|ょう)|ござ)|では|において|の席で|の場で|の中で|の資料|のメモ|の議事|の記録|の内容|の結果|の様子|の話|での|によると|から|に出|に提出|に諮|の(?:配布|配付|提出|説明|検討|報告)(?:資料|メモ|文書|ペーパー)(?:で(?:も|は)|には|にも|によると|によれば|を見ると|から|より))/u
/**
 * A named internal meeting's papers run together with its name and cited as the source (庁議資料では, 部長会議資料によると, 幹部会議
 * メモを見ると). (庁内の…資料, 内部の会議資料 are INTERNAL_SOURCE's, with their figures.)
 */
export const MEETING_PAPER = /^(?:資料|配布資料|配付資料|提出資料|メモ|議事録|記録|ペーパー)(?:で(?:も|は)|には|にも|によると|によれば|を見ると|を見たら|から|より)/u
/**
 * An outcome told while its formal announcement is still to come (懲戒審査委員会では「停職6か月」で大筋まとまりました。正式な処分発表は
 * 来週になる見込みです): the outcome, before the city announces it.
 */
export const OUTCOME_REACHED = /(?:大筋|おおむね|概ね|ほぼ|事実上)(?:で)?(?:まとまり|固まり|決まり|合意し|了承され|確定し|決定し)(?:ました|まして|そう)|で(?:まとまり|固まり|決まり)(?:ました|そう)|(?<=社|さん|[\p{Script=Katakana}ー]{2}|建設|工業|土木|組|商事|産業|開発|電機|電気|設備|工務店|興業|組合|法人)に(?:決まり|決定し|内定し|選ばれ)(?:ました|まして)|(?:(?:大筋|おおむね|概ね|ほぼ|事実上)(?:で)?|(?:方向|案|線|方針)で)(?:まとま|固ま|決ま)(?:って(?:おります|おり|います|いる)|っとります|っとる)/gu
/**
 * The formal step still to come: its announcement (正式な処分発表は来週), the formal decision itself (明日の審査会で正式に決まります),
 * or the report to the council (議会への説明はまだです, 議会にはこれから報告します).
 */
export const FORMAL_LATER =
  /正式(?:な|に)?(?:処分|結果|決定)?(?:の)?(?:発表|公表|決定|通知)(?:は|が)[^。！？!?\n]{0,10}?(?:来週|来月|後日|これから|まだ|[0-9０-９]+日|予定|見込み|にな(?:る|り)|先(?:に|です|で|にな))|正式に(?:は)?(?:[^。！？!?\n]{0,16}?(?:で|に))?(?:決ま|決定さ)(?:ります|る(?![こもの])|れます|れる(?![こもの]))|(?:議会|委員会|議員)(?:へ|に)(?:の|は|も)?(?:報告|説明|提出|上程)(?:は|も)?(?:まだ|これから)|(?:事務所|業者|事業者|相手方|先方|企業|会社|社|法人|団体)(?:と|との)(?:の)?(?:契約|本契約|正式契約|正式な契約|調印)(?:は|が|も)?(?:まだ|これから|前)|(?:契約|本契約|正式契約|調印)(?:は|が)(?:まだ|これから)(?:なので|ですので|のため|ですが|だけど|ですけど|やけん)/u
/** An outcome the public itself produced (投票の結果…でほぼ決まりました, 公募で): not settled inside. */
export const PUBLIC_CHOICE = /投票|公募|応募|アンケート|選挙|抽選|パブリックコメント/u
/**
 * Review (conf22) kind: a result others decide, promoted as news to come (柳川高校、県大会への出場がほぼ確定しました！正式な発表は
 * 来週です; コンテストの入賞作品が審査会でほぼ決まりました): a team's place or a contest's prize is not the city's internal outcome.
 * Tested on the outcome's sentence.
 */
export const CONTEST_OUTCOME = /出場|試合|予選|決勝|優勝|コンテスト|コンクール|入賞|入選|受賞|表彰/u
/**
 * Review (conf22) kind: the result promoted as news to look forward to (お楽しみに, 応援よろしく), tested on the whole text; not when a
 * contract with the other party is what is still to come (ゲストは…でほぼ決まっています。事務所との契約がまだ…お楽しみに), which is a
 * negotiation told.
 */
export const PROMOTED_AHEAD = /お楽しみに|応援(?:を)?(?:よろしく|お願い)/u
/** The city announcing what a meeting decided (3月の庁議で決定しました): the decision, not the deliberation. */
export const DECIDED_THERE = /^(?:において|で)(?:正式に)?(?:決定|承認|可決|決ま)(?:しました|いたしました|されました|りました)/u
/**
 * Blind HP-092: a decision taken in an internal meeting and since put out, told as its history (この取扱いは、2月の庁内会議で決定し、3月の
 * 市議会総務委員会に報告したものである; 庁議で承認され、4月1日から施行しています): the meeting is where the rule came from, and the same
 * sentence says it went to the council, was published or is in force. Not a decision still to be reported (委員会に報告する前ですが).
 */
export const DECIDED_THEN_OUT = /^(?:において|で)(?:正式に)?(?:決定|承認|了承|可決|決ま)(?:し|され|いたし|り)(?:[、,]|て[、,]?|た)[^。！？!?\n]{0,30}?(?:(?:議会|委員会|審議会|協議会|市民|県|国)[^。！？!?\n]{0,6}?(?:に|へ)(?:報告|説明|提出|通知|周知|公表)(?:し|され|いたし)(?:た|ました|ており|ています|てい)|(?:公表|発表|告示|施行|公布)(?:し|され|いたし)(?:た|ました|ており|ています|てい)|から(?:施行|実施|運用|適用)(?:して|されて|しており|しています|いたして|となって|になって))/u
/**
 * Blind KE-002 kind (conf59): the meeting named as where the writer, an official, gave an instruction or a request of their own, the clause
 * ending on the verb in the past (月曜日の部長会議では、現金を扱う全ての窓口で二人以上による確認を徹底するよう指示しました; 庁議で、全職員
 * に節電を徹底するよう改めて求めました): what an official says he ordered is his announcement, not the meeting's deliberation. Not when
 * another's words or the meeting's talk are told in the clause (市長から…指示がありました, 案が出ましたが, まだ決まっていません, 意見), nor
 * when what was ordered is a new measure of the city's (来年度で窓口を閉じること, 値上げ, 予算): the order is then the undecided matter itself.
 */
const ORDERED_THERE = /^(?:では|で|において|の場で|の席で)[、,]?([^。！？!?\n]{4,70}?)(?:よう(?:に)?|ことを|旨を?)[、,]?(?:改めて|強く|厳しく|重ねて|直接)?[、,]?(?:指示|命じ|要請|求め|指示を出|お願い|訓示|周知を指示)(?:いたしました|しました|ました)(?=[。！!\n]|$)/u
/** …another's words, or the meeting's talk, told in the clause. */
const ORDER_NOT_OWN = /(?:市長|副市長|教育長|部長|課長|上|幹部|委員)(?:から|が)|案|意見|議論|検討|まだ|決まって|決まら|らしい|そう(?:です|だ)|揉め|もめ|紛糾|反対|賛成|異論|廃止|閉じ|閉鎖|休止|縮小|値上げ|値下げ|有料|無料|統合|移転|売却|予算|人事|異動|処分|来年度|新年度|[0-9０-９〇一二三四五六七八九十百千](?:円|万|億)/u
export function orderedThere(t: string, end: number): boolean {
  const m = ORDERED_THERE.exec(t.slice(end, end + 100))
  return m !== null && !ORDER_NOT_OWN.test(m[1]!)
}
/** On the quiet: the adverbs that hand over what should stay inside (not 特別に: 非公開の庭園を特別に公開). */
export const COVERTLY = /こっそり|内緒で|ないしょで|ナイショで|ここだけで/u
/**
 * Data or a document not public, then handed over on the quiet in the same sentence: 非公開データ）をこっそり共有します,
 * 点数は非公開ですが、こっそり教えます (not a photo teased: 未公開の写真をこっそりお見せ).
 */
export const SHARED_COVERTLY =
  /(?:(?:非公開|未公開|未公表|非公表|公表前|発表前|部外秘)(?:の)?(?:データ|資料|数字|数値|件数|情報|内容|結果|名簿|統計|文書|議事録|計画|案|金額|予算|点数|順位)|(?:非公開|未公開|未公表|非公表|公表前|発表前|部外秘)(?:です|だ|な)(?:が|けど|けれど)|(?:外部|表|外)に出せな)[^。！？!?\n]{0,20}?(?:こっそり|内緒で|ないしょで|ナイショで|ここだけで)[^。！？!?\n]{0,10}?(?:共有|公開|お見せ|見せ|紹介|教え|お伝え|伝え|載せ|掲載|お知らせ|お披露目)/gu
/**
 * Blind R234M-070 kind: a paper said not to be taken away or out (持ち帰りダメって言われた説明会の配布資料, 持ち出し不可の資料, 資料は持ち帰り
 * 禁止でしたが), then photographed or put on the account in the same sentence (こっそり写真撮っといたので載せます, アップします): a paper kept
 * inside, handed out. The rule stated with nothing shown, a library's or an archive's material read there, a showing refused and one made with
 * leave (許可を得て) stay clean. Bounded gaps, no nested quantifier.
 */
const NO_TAKING = '(?:持ち?帰り|持ち?出し|持って帰る|持ち帰る|持ち出す|持って帰っ(?:たら|ちゃ)|外に出す|コピー)(?:は|が|も)?(?:禁止|不可|厳禁|NG|ダメ|だめ|駄目|できない|できません|いかん|あかん|しないで|せんで|しちゃ(?:ダメ|だめ|いけない)|ては(?:いけない|ならない)|ちゃ(?:ダメ|だめ|いけない|いかん))'
const TAKEN_PAPER = '(?:配布資料|配付資料|資料(?![館室庫展])|プリント|文書|書類|データ|名簿|メモ|スライド|レジュメ|ペーパー|冊子|図面)'
const TAKEN_SHOWN = '(?:写真|撮っ|撮り|撮影し|📸|📷|載せ|のせ|アップ|お見せ|見せ|公開し|共有し|ご紹介|紹介し|スキャン)'
export const NO_TAKING_SHOWN = new RegExp(
  `${NO_TAKING}[^。！？!?\\n]{0,16}?${TAKEN_PAPER}[^。！？!?\\n]{0,30}?${TAKEN_SHOWN}|${TAKEN_PAPER}(?:は|も|って)?[、,]?[^。！？!?\\n]{0,8}?${NO_TAKING}[^。！？!?\\n]{0,30}?${TAKEN_SHOWN}`,
  'gu',
)
/** Said to be not out yet, or passed on: a decision told this way is a leak (まだ発表前ですが, ここだけの話, らしい). */
export const NOT_OUT = /まだ|発表前|公表前|解禁前|前(?:です|ですが|なので|だけど)|内緒|内密|ここだけ|らしい|みたい|そうです|オフレコ/u
/** The sentence says the outcome was published: 庁議で決定した計画を市ホームページで公表しました. */
/**
 * Blind R193I-033: publication denied is no publication (報告書自体は公開していませんが, 公表しておりません, 掲載しない, 発表してない): the
 * verb followed by a negative ending says the paper is kept inside, so it cannot clear what the paragraph tells from it. A 会議録
 * (minutes, published as a rule) clears it, but not one said to be closed (非公開の会議録によると, 秘密会の会議録では).
 */
export const PUBLISHED = /(?:公表し|発表し|公開してい|掲載し)(?!(?:て(?:い|お(?:り)?)?|と)?(?:ない|ません|ず|なかっ|らん|ん[。、,が]))|公開しまし|ホームページ|市HP|(?<!(?:非公開|非公表|未公表|秘密会)の?)会議録|議事録を公開/u
/**
 * Pre-release: まだ公表前ですが, 報道解禁前, 未公表の資料. Blind R168A-008: a list or a paper before its release with its topic between
 * (まだ発表前の文化賞の受賞者一覧なんです, 公表前の入札参加者の名簿); not a rehearsal or the people themselves (発表前の受賞者の皆さん).
 */
export const PRE_RELEASE =
  /(?:(?:公表|報道発表|記者発表|プレスリリース|リリース|正式発表|公式発表|情報解禁|報道解禁|解禁|公開|発表|結果通知|合否通知|通知|投げ込み|資料提供|記者会見)前(?:です|だ|の(?:情報|資料|データ|内容|段階|もの|話|ため)|なので|なんですが|なんだけど|ですが|ですけど|だけど|だけれど|ではありますが|ではあるが|につき|のため|ながら)|まだ(?:対外的に(?:は)?|一般(?:に|には|向けには)|外部(?:に|には)|正式に(?:は)?)?(?:公表|公開|解禁|報道)(?:されて(?:い)?(?:ない|ません)|して(?:い)?(?:ない|ません)|前)|未公表(?:の|です|ですが|だけど|なので|ですので|だから|につき|情報|資料|データ|事項|案件)|まだ(?:どこにも|(?:外|表|議会|市議会|委員会|市民|住民|地元|県|国|報道|記者|マスコミ)(?:に|へ)(?:は|も)?)?(?:出して|提出して|提出されて|説明して|ご説明して|報告して|ご報告して|発表して|お伝えして|伝えて|お知らせして|知らせて|お示しして|示して)(?:い)?(?:ない|ません)(?!方|人|皆|場合)[^。！？!?\n、]{0,14}?(?:ですが|だけど|ですけど|んですが|んだけど|けど|けれど)|まだ(?:外|表|外部|よそ|市民)(?:に|へ)(?:は|も)?(?:出せ|出され|出し|言え|話せ|公表でき|発表でき|お話しでき)(?:ない|ん|へん|ません)(?:話|こと|情報|内容|件|ところ)?(?:です|なんです|なんだ|やけど|なん)?(?:が|けど|けれど|ばってん|ばって|だけど|ですけど)|(?:外|表|外部|よそ)(?:に|へ)(?:は|も)?(?:出せ|出され|言え|話せ)(?:ない|ん|へん|ません)話(?:です|なんです|やけど|なん)?(?:が|けど|けれど|ばってん|ばって|だけど|ですけど)|(?:提出|配布|配付|決裁|公表|発表)前の(?:資料|データ|原稿|案|文書)|(?:公表|発表|正式発表|公式発表|記者発表|報道発表)前の[\p{Script=Han}\p{Script=Katakana}ー]{1,10}の[\p{Script=Han}\p{Script=Katakana}ー]{0,6}?(?:一覧|名簿|リスト|資料|データ|数字|数値)|非公表(?:の(?:情報|資料|データ|事項|案件|内容)|ですが|だけど|扱い)|公表(?:されて|して)(?:い)?(?:ない|ません)(?:情報|資料|データ|内容|話|けど|が))/gu
/** Who the reader is asked to keep it from (取引先にも, 業者さんには, 誰にも). */
const KEEP_WHOM = String.raw`(?:[^。！？!?\n]{0,8}?(?:先|者|方|さん|様|社|業者|団体|機関|外部|周り|まわり|誰|だれ|皆|皆さん|みんな|職員|人|委員|記者|マスコミ|報道|議員|家族|地元)(?:に|へ)(?:も|は)?[、,]?)?`
/**
 * The reader asked to keep what was told secret until its release (発表まではご内密にお願いいたします, 公表までは内緒にしといてね,
 * 解禁までは他言無用で, 記者発表までは誰にも言わないでください): the request says that what the post told is not out yet. A teaser that
 * withholds (ゲストは発表まで内緒です！お楽しみに) asks nothing and tells nothing. Blind R80A-127: the hold said with 伏せる and the
 * ones kept in the dark named before it (公表までは取引先にも伏せておいてください, 発表までは業者さんには伏せといてね); a statement that
 * something is withheld (氏名は発表まで伏せております) asks nothing.
 */
export const KEEP_TILL_RELEASE = new RegExp(
  String.raw`(?:公表|発表|記者発表|報道発表|正式発表|公式発表|解禁|情報解禁|報道解禁|記者会見|会見|お披露目|リリース|プレスリリース)(?:日|の日)?(?:まで|までの間)(?:は)?[、,]?(?:どうか|くれぐれも|何卒|なにとぞ|絶対|ぜったい|念のため)?[、,]?${KEEP_WHOM}${KEEP_ASK}`,
  'gu',
)
export const KEEP_TILL_THEN = new RegExp(
  String.raw`(?:${RELEASE_NOUN}(?:日|の日)?(?:は|が|も)|(?:正式|公式)(?:な|の)?(?:[\p{Script=Han}]{0,4}(?:の)?)?(?:通知|発表|公表|お知らせ|連絡|ご連絡)(?:は|が|も|を))[^。！？!?\n]{0,30}?(?:[。！!]\s?)?(?:それまで|その日まで|その時まで|そのときまで|当日まで)(?:は|の間(?:は)?)?[、,]?(?:どうか|くれぐれも|何卒|なにとぞ|絶対|ぜったい|念のため)?[、,]?[^。！？!?\n]{0,12}?${KEEP_ASK}(?!おきま|おりま|いま|あげ)`,
  'gu',
)
/**
 * Blind R119A-062: the matter said not to be out yet, given as the reason the reader is asked to keep it (公式にはまだ出せない話なので、
 * ここだけでお願いします; まだ表に出せん話やけん、内緒にしとってね; 公表前なので誰にも言わないでください): what the post told before or
 * after is not out. The writer keeping a surprise (内緒にしておきますね) asks nothing; a notice to wait asks nothing to be kept.
 */
export const NOT_OUT_KEEP = new RegExp(
  String.raw`(?:(?:(?:公式|正式|対外的|表|外|外部|よそ|公)(?:に|へ)?(?:は|も)?[、,]?)?まだ[、,]?(?:(?:公式|正式|表|外|外部|よそ|公)(?:に|へ)(?:は|も)?)?(?:出せ|出され|言え|話せ|書け|公表でき|発表でき|公にでき|お話しでき|お伝えでき)(?:ない|ん|へん|ません)(?:話|こと|情報|内容|件|段階)?|(?:公表|発表|正式発表|公式発表|記者発表|解禁|通知)前(?:の(?:話|こと|情報|段階))?)(?:なので|ですので|なんで|なもので|やけん|やけ|だから|ですから|なけん|につき)[、,]?${KEEP_WHOM}(?:ここだけ(?:で|に(?:して|しといて|しとって|しておいて|とどめて))(?:お願|願|ください|下さい|頼|ね|よろしく)|${KEEP_ASK})(?!おきま|おりま|いま|あげ)`,
  'gu',
)
/**
 * Blind R239N-005 kind: what the post has just told asked to be kept inside a circle (協賛金の内訳は、…50万円、…30万円です。この数字は委員会
 * の中だけに留めてください; この内訳は役員の間だけにとどめておいてね; 上記の金額は関係者限りでお願いします): a note meant for members mixed
 * into a public post, so the figures before it are restricted. Said of this (この, その, 上記の) figure, breakdown or matter, kept within a
 * body (委員会, 役員, 関係者, 内部) with a verb of keeping (留め, とどめ, しまっ) asked for; a figure with its unit told before it in the
 * paragraph. Advice to pass a thing on (家族の中だけに留めず) and a request with nothing told (円, 人, 件 …) are not this.
 */
const CIRCLE = '(?:委員会|委員|役員会?|役員|理事会|理事|幹事会|幹事|実行委員会|課|係|部|庁|局|関係者|メンバー|幹部|内部|身内|この場)'
export const CIRCLE_KEEP = new RegExp(
  `(?:この|その|これらの|上記の|以上の|こちらの)(?:数字|数値|金額|額|内訳|内容|情報|話|件|資料|データ|リスト|名簿|一覧)(?:は|も|については)[、,]?(?:くれぐれも|どうか|絶対に?|あくまで(?:も)?)?[、,]?${CIRCLE}(?:の)?(?:中|内|間|内部)?(?:だけ|のみ|限り)?(?:に|で)(?:お?留め|お?とどめ|止め|しまっ)(?:て|といて|ておいて|とって)?(?:ください|下さい|ね|ほしい|欲しい|お願い|いただ|もらえ)`,
  'gu',
)
/** A figure with its unit (only tested, never spanned: 12 digits are enough, and the bound keeps a long run of digits with no unit linear). */
export const CIRCLE_FIGURE = /[0-9０-９〇一二三四五六七八九十百千]{1,12}(?:万|億|千)?(?:円|%|％|人|名|件|票|社|点|割|世帯)/u
/** What was told around such a request: a figure, a decision, a result, or a front-runner (最有力, 頭ひとつ抜けて); or MATTER. */
export const KEPT_MATTER = /結果|最有力|有力(?:候補|視)|本命|頭ひとつ|頭一つ|一歩リード|方向(?:です|で|で調整)|見込み/u
/**
 * Blind R64A-004: the post says the body that owns a matter asked that it not be let out before its own release, then tells it in
 * the same sentence (県からは正式発表まで外に出さないよう言われていますが、大和町の採卵鶏農場で…約6万羽の処分が始まる予定です;
 * 国からは公表まで伏せておくよう求められていますが…; 先方の記者発表までは内緒にしてほしいって言われとるけど…に決まったよ): a request
 * received (言われて, 求められて, 要請を受けて, 頼まれて) to hold back, with a concession that goes on to tell. The hold is a verb of
 * letting out denied (外に出さない, 口外しない, 公表しない; after …まで also 言わない, 書かない) or a keeping (伏せておく, 内密にする,
 * 公表を控える). A reason (…言われていますので) and a concession followed by a notice (発表され次第お知らせします) tell nothing.
 */
const HOLD_UNTIL = '(?:(?:正式|公式)(?:な|の)?)?(?:発表|公表|解禁|会見|記者発表|報道発表|記者会見|お知らせ|プレスリリース|リリース|公式発表|正式発表)(?:が(?:ある|出る|され(?:る)?)|する|される)?(?:日)?まで(?:は)?[、,]?[^。！？!?\\n]{0,12}?'
export const HOLD_STRONG = '(?:(?:外|表|外部|よそ|公|おおやけ)(?:に|へ)(?:は)?(?:出さ|漏らさ)|口外し|他言し|公表し|公言し|発表し|公にし|漏らさ|明かさ)'
export const HOLD_WEAK = '(?:言わ|話さ|しゃべら|喋ら|書か|出さ|投稿し|発信し|広め|載せ|流さ)'
export const HOLD_NEG = '(?:ない|ん|ず)(?:よう(?:に)?|で(?:ほしい|欲しい|くれ|ください|下さい|ね)?|こと|ごと)'
/**
 * Blind R283Q-004 kind (conf16): the request quoted in its own casual words, a bare て-form order (伏せといてって言われたけど,
 * 黙っといてと頼まれたけど, 内緒にしといてって言われとるけど): the same hold asked as 伏せておくよう. Only right before って/と and a
 * verb of being asked; the writer's own keeping (伏せておきます, 内緒にしといてね to the reader) is not this.
 */
const HOLD_KEEP_BARE = '(?:伏せ(?:て(?:おいて|おって)?|といて|とって)|黙っ(?:て(?:おいて|おって|て)?|といて|とって)|(?:内緒|ないしょ|ナイショ|内密|秘密)に(?:して|しといて|しとって|しておいて))(?=って|と[、,]?(?:言|いわ|頼|念|釘|くぎ))'
export const HOLD_KEEP = `(?:(?:伏せ(?:て(?:おく|おいて|とく|といて)?|る)|内密に(?:する|して)?|内緒に(?:する|して)?|秘密に(?:する|して)?|(?:公表|発表|発信|投稿|口外|公開)(?:は|を)?控え(?:る|て))(?:よう(?:に)?|ほしい|欲しい|くれ|ください|下さい)|${HOLD_KEEP_BARE})`
export const HOLD_ASKED = '(?:言われ|いわれ|求められ|要請され|要請を受け|依頼され|頼まれ|お願いされ|念を押され|くぎを刺され|釘を刺され|指示され|申し入れを受け|クギを刺され)'
/**
 * Blind R235I-039 kind: a hold until a release or a clock time (金曜17時までは, 明日10時まで, 来週月曜までは) agreed with the press or
 * promised by the writer's side (新聞各社の皆さんとは金曜17時までは表に出さないとお約束している件ですが, 報道各社と発表までは公表しない
 * 取り決めですが), then told: the embargo kept with others, broken on the account. The hold must name a time: a standing pledge to keep
 * what residents give (ご相談の内容は外部に漏らさないとお約束していますが) binds no time and is not this.
 */
const HOLD_UNTIL_TIME = '(?:(?:[月火水木金土日]曜日?|明日|あす|あした|明後日|あさって|来週|来月|週明け|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)(?:の)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分)?)?|[0-9]{1,2}時(?:[0-9]{1,2}分)?)まで(?:は)?[、,]?[^。！？!?\\n]{0,12}?'
/** …and only a hold of information (表に出さない, 口外しない, 公表しない): 外に出さない by a clock time may be a child kept in. */
const HOLD_STRONG_INFO = '(?:(?:表|公|おおやけ)(?:に|へ)(?:は)?(?:出さ|漏らさ)|(?:外|外部|よそ)(?:に|へ)(?:は)?漏らさ|口外し|他言し|公表し|公言し|発表し|公にし|漏らさ|明かさ)'
/**
 * Blind R235I-039 kind: the hold agreed or promised by the writer's side (新聞各社の皆さんとは…表に出さないとお約束している件ですが, 報道各社と
 * …公表しない取り決めですが): the same hold as one asked of the writer.
 */
const HOLD_PROMISED = '(?:(?:お)?約束|申し合わせ|取り決め)(?:を)?(?:し|交わし|いたし|て|た)?'
/**
 * Blind R278M-008 kind (conf14): a name an authority asked not to publish (保健所からは施設名を出さないよう言われておりますが, 店名は公表
 * しないよう求められていますが, 学校名は伏せておくよう要請されていますが): the hold on a name needs no 外に and no …まで. What is then
 * told is the name (NAME_TOLD); an instruction obeyed (施設名は公表しておりません) asks nothing and is not this.
 */
const HOLD_NAME = `(?:施設名|店名|店舗名|事業所名|事業者名|企業名|会社名|社名|団体名|学校名|校名|園名|病院名|医療機関名|名称|名前|お名前|氏名|実名)(?:を|は|も)[、,]?(?:まだ|今は|いまは|当面)?[、,]?(?:(?:出さ|明かさ|載せ|書か|言わ|公表し|公開し|発表し|公にし)${HOLD_NEG}|${HOLD_KEEP})`
/**
 * Blind R278M-008 kind (conf14): the held name then given, quoted and said to be the one (「ありあけ苑」であることをお知らせします, 「…」で
 * 発生しています) or said to be it unquoted (…であることをお伝えします): the name published against the request.
 */
export const NAME_TOLD = /[」』](?:で(?:す|した|あること|あった|ございます|あり|発生|確認|起き)|だ(?:そう|と|って)|と(?:判明|分かり|わかり)|が(?:該当|対象|その))|(?:である|であった|だという|だった)こと(?:を|が)[、,]?(?:お知らせ|お伝え|公表|ご報告|報告|判明|分かり|わかり)/u
/** HOLD_NAME, tested on a match of HOLD_ASKED_BUT. */
export const HOLD_NAME_AT = new RegExp(HOLD_NAME, 'u')
/**
 * Blind R282V-006 kind (conf15): the request to hold a name told as an aside in brackets (…食品メーカーで（社名はまだ出さないでほしいと
 * 先方から言われています）、…約2.3ヘクタール、投資額は40億円規模): the bracket closes the concession as が would, and what the sentence
 * then tells (area, sum, date) is the deal held back. Only a bracket that closes right after the request counts.
 */
const HOLD_ASIDE_END = '[)）](?=[、,]?[^。！？!?\\n])'
export const HOLD_ASKED_BUT = new RegExp(
  `(?:(?:${HOLD_UNTIL}(?:(?:${HOLD_STRONG}|${HOLD_WEAK})${HOLD_NEG}|${HOLD_KEEP})|(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP}|${HOLD_NAME}))(?:と|って)?[、,]?[^。！？!?\\n]{0,8}?${HOLD_ASKED}` +
    `|(?:${HOLD_UNTIL}|${HOLD_UNTIL_TIME})${HOLD_STRONG_INFO}(?:ない|ず)(?:と|って|という|との)?[、,]?[^。！？!?\\n]{0,8}?${HOLD_PROMISED})` +
    `[ぁ-ん]{0,8}?(?:(?:件|話|内容|情報|案件|ニュース)[ぁ-ん]{0,6}?)?(?:(?:が|けど|けれど|けども|ものの|ばってん|のに)(?=[、,]|[^ぁ-ん])|${HOLD_ASIDE_END})`,
  'gu',
)
/**
 * Blind R291F-008 kind (conf18): …or the paper received on that condition and kept (「外には出さないでほしい」と言われて預かっている一覧に
 * よると、…家賃は月4万〜7万円): what it lists, told, is the same hold broken.
 * Blind R206A-022 (cu12): the owner's own words asking that it not go outside, quoted as the preface or the condition under which a paper
 * or a figure was shown or told to the writer (「…外には出さないでほしい」と前置きのうえで見せていただいた見直し案では…80万円から50万円に;
 * 「口外しないでください」と念を押して教えてくださった数字は…), then what was shown, told in the same sentence: the hold the source asked for,
 * broken on the account. A request reported with nothing told after it, a notice to wait (発表され次第お知らせします) and a lesson on
 * handling are not this.
 */
export const HOLD_PREFACED_SHOWN = new RegExp(
  `(?:${HOLD_STRONG}${HOLD_NEG}|${HOLD_KEEP})[」』]?(?:と|って|との)[、,]?(?:(?:(?:前置き|断り|断っ|断わ|念押し|念を押|くぎを刺|釘を刺|条件|約束)[^。！？!?\\n]{0,8}?)?(?:見せ|みせ|教え|おしえ|聞かせ|きかせ|お話し|話し|説明し|ご説明|示し|お示し|配っ|渡し|お渡し)(?:て)?(?:いただ|いただい|頂|もら|くださ|くれ)|${HOLD_ASKED}(?:て|た上で|たうえで|ながら)[、,]?(?:預か(?:って|った|り)|お預かりし(?:て|た)|受け取っ(?:て|た)|いただい(?:て|た)|もらっ(?:て|た)))[ぁ-ん]{0,4}?`,
  'gu',
)
/**
 * What is then told: a figure, a place found, a decision, something begun or planned (陽性となっており, 処分が始まる予定です). Blind
 * R235I-039 kind: 一足先に, 一緒に, 一切 are words, not a figure.
 */
export const HOLD_TOLD = /(?<![0-9０-９〇一二三四五六七八九十百千万])(?!一(?:足|緒|層|旦|応|切|同|般|気|瞬|生|言))[0-9０-９〇一二三四五六七八九十百千万]+(?:万|億|千)?[\p{Script=Han}ァ-ヶ]|決ま|決定|確定|内定|判明|陽性|陰性|確認され|見つか|発生し|始ま|予定|見込み|方向|(?:に|と)なって(?:おり|い|お)|になりまし|とのこと|そうです|らしい|みたい/u
/** …unless what follows is a notice to wait or where to look (発表され次第お知らせします, 県の発表をお待ちください). */
export const HOLD_NOTICE = /次第|お待ち|お楽しみ|ホームページ|市HP|ご確認|ご覧|お答え(?:でき|いたしかね)|(?:お伝え|お知らせ|申し上げ|お話し)(?:でき|いたしかね)(?:ません|ない)|控えさせ/u
/**
 * What the post told before or around the request: a figure with its unit, a decision, a result. Blind R236I-055 kind: who fills a role of
 * an event or a prize, told by a description that gives them away (ゲストは、あの朝ドラで有名になった地元出身の女優さんです); a role said
 * to be withheld (ゲストはまだ内緒です, 誰でしょう？) tells nothing.
 */
export const TOLD_MATTER = /(?<![0-9０-９〇一二三四五六七八九十百千])[0-9０-９〇一二三四五六七八九十百千]+(?:万|億|千)?(?:円|人|名|件|社|票|点|%|％|割|倍|世帯|位)|過去最(?:多|高|少|低|大)|決ま(?!り次第|りましたら|った(?:ら|際|時|とき))|決定(?!次第|後|しましたら|し次第)|確定し|内定|選ばれ|に選定|落札|受賞|表彰(?:を受け|され|が決)|(?:認定|採択|採用)され|ことにな(?:りました|った)|上回|下回|値上|値下|廃止|新設|移転|(?:ゲスト|出演者|講師|司会|審査員|大使|大賞|グランプリ|最優秀賞?)(?:は|が)[、,]?(?![^。！？!?\n]{0,20}?(?:内緒|ないしょ|ナイショ|秘密|ひみつ|ヒミツ|未定|調整中|お楽しみ|後日|次第|誰|だれ|発表|？|\?))[^。！？!?\n]{2,40}?(?:さん|様|氏|女優|俳優|選手|作品|一枚)(?:です|でした|だよ|に決ま)/u
/** Waiting for a release, said as a notice: 公表され次第お知らせします, 発表をお待ちください. */
export const WAIT_NOTICE = /次第(?:お知らせ|ご案内|掲載|公表|発表)|お待ちください|お待ち下さい|ご確認ください|お楽しみに/u
/**
 * The release is still to come, said before telling it: 合格発表はまだですが…, 正式発表を待たずに. Blind R228C-038 kind: the release said
 * to be scheduled for a later day (報道発表は来週火曜日を予定しておりますが、…内定しております; 公表は来月を予定していますが…) in a
 * concession, then the matter told: the same reveal before the release.
 */
export const NOT_YET =
  /(?:公表|発表|解禁|報道発表|正式発表|公式発表|記者発表|リリース)(?:は|が)[、,]?(?:来週|明日|あす|明後日|来月|後日|週明け|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日)[^。！？!?\n、,]{0,8}?(?:を予定|の予定|予定)(?:して(?:おり|い)ます|しております|しています|です|でございます)?(?:が|けど|けれど|けども)|(?:公表|発表|解禁|公開|通知|報道発表|正式発表|公式発表|記者発表|リリース|速報|開票速報|公式速報)(?:は|が)(?:まだ|これから|来週|明日|後日)(?:です|なんです|なのです|だ|ですけど)?(?:が|けど|けれど|けども|、)|(?:正式|公式)?(?:発表|公表|解禁|通知|リリース)(?:を|は)?待たず(?:に)?/gu
export const REVEAL = /決ま|決定|確定|内定|選ばれ|(?:合格|当選|落札|受賞|採用)(?!者(?:の(?:方|皆さま|皆様|皆さん))?(?:には|へは|へ|に)[^。！？!?\n]{0,12}?(?:ご?連絡|通知|お知らせ|ご案内|お送り|発送))|[0-9](?:名|人|件|社|億|万|円|%|倍|点|票|位|団体|校|店)|になります|になりました|お見せ|見せちゃ|公開しま|教え|お伝え|ご紹介|紹介しま|載せ|実は/u
/** Shown before the council or the announcement: 全員協議会の前に、…見直し案を少しだけお見せします. */
/* Blind R169D-022: the council step said with a verb (議会に出す前の当初予算案の資料、ちょっとだけお見せします; 委員会に諮る前に…こっそり). */
export const BEFORE_COUNCIL_REVEAL = /(?:(?:議会|全員協議会|定例会|委員会|記者発表|記者会見|公表|発表|正式発表)(?:の)?(?:前に|に先立(?:ち|って))|(?:市議会|議会|全員協議会|定例会|常任委員会|委員会)(?:に|へ)(?:出す|提出する|上程する|諮る|かける|報告する|説明する|示す|お示しする)前(?:の|に))[、,]?[^。！？!?\n]{0,30}?(?:少しだけ|ちょっとだけ|こっそり|特別に|一足早く|ひと足早く|先に)[^。！？!?\n]{0,8}?(?:お見せ|見せ|公開|ご紹介|紹介|お伝え|伝え|お披露目|チラ見せ)/gu
/**
 * Blind R162I-086: a figure or a paper said not yet put before the council with a negated verb, in a clause of reason or concession (まだ
 * 議会にも出していない数字なので、見てびっくりしないでくださいね; まだ委員会に示していない案ですが、写真で; まだ議会に報告しとらん資料やけど):
 * the same kind as the bracket marker (議会提出前), said in running text while the post shows it. Blind R342C-057 kind: the council's members
 * named and the paper shown (まだ議員の皆さんにもお見せしていない段階のものですが、完成イメージ図です). A stage with no paper (まだ議会に出して
 * いない段階なので、決まり次第お知らせします), a refusal, a notice and a draft put out for comment stay clean.
 */
export const NOT_TO_COUNCIL_YET =
  /まだ(?:市議会|議会|全員協議会|委員会|常任委員会|定例会|議員(?:の(?:皆さん|皆様|皆さま|方々))?)(?:に|へ)(?:も|は)?(?:出し|提出し|示し|お示し|報告し|ご報告し|説明し|ご説明し|諮っ|かけ|上げ|お見せし|見せ)(?:て(?:い)?(?:ない|ません)|とらん|ちょらん|てへん)(?:[^。！？!?\n、,]{0,6}?)(?:数字|数値|資料|案|金額|見積もり|見積り|見積書|額|データ|図面|計画|(?<=段階の)もの|イメージ図|完成図|パース)(?:なの|なん|な(?=ので))?(?:です|だ|や)?(?:ので|から|けん|けど|けれど|が|ですが|だけど|やけど|ばってん)/gu
export const NOT_TO_COUNCIL_HELD = /次第|後日|改めて|お待ち|(?:でき|出来|られ)(?:ません|ない|ず)|控え|パブリックコメント|パブコメ|意見募集|ご意見を(?:お寄せ|募集|お聞かせ)/u
/**
 * A matter said to be closed, and a but: 金額は非公開ですが、 結論はまだ未公表だけど. The but が needs its copula (ですが, だが, なんですが):
 * a bare noun before が is its subject (Blind UI-099: 全部公開が62件、部分公開が49件、非公開が3件でした, 非公開の情報が含まれる場合は),
 * an outcome class of the disclosure system counted or named, no concession.
 */
export const CLOSED_BUT = /(?:非公開|未公表|未発表|公表前|発表前|部外秘|内部(?:情報|資料)|オフレコ)(?:の(?:段階|情報|話))?(?:(?:です|だ|なん(?:です|だ)?|な(?=んですが))?(?:けど|けれど)|(?:です|だ|なん(?:です|だ)?)が|ですが|だけど|ですけど|(?:な)?んですが|ながら)[、,]?/gu
/**
 * Bid secrets with their value: 最低制限価格は2,310万円 (a price the city publishes, 事前公表, is not one). Blind R229B-006 kind: the value
 * given after a clause of how the writer learned it (予定価格は、課内で確認したところ税込1,980万円; 担当に聞いたら…): the same secret told.
 * Blind R283Q-006 kind (conf16): the price asked as its own topic and answered at once (入札の予定価格？4,280万円って聞いてますよ):
 * the question mark stands for は; only a value right after it counts (予定価格は公表されますか？ and a bare 予定価格？ tell nothing).
 */
/** Blind R290P-009 kind (conf17): the designated bidders said to be listed (指名業者名は以下のとおりです。…建設、…工務店): told before the opening. */
export const BIDDERS_LISTED = /指名(?:業者|事業者|参加者|競争参加者)(?:名)?(?:は|が|:)[、,]?(?:次|以下|下記)の(?:とおり|通り|[0-9０-９一二三四五六七八九十]{1,2}(?:社|者))/gu
/** Blind R290P-009 kind (conf17): also the designated bidders of a tender told before it is opened (指名業者は次の5社です…入札日は来月10日). */
export const BID_SECRET = /(?:指名(?:業者|事業者|参加者|競争参加者)(?:名)?(?=は|が|:)|最低制限価格|低入札調査基準価格|入札予定価格|予定価格|落札予定(?:者|業者)?|応札(?:者|業者)|入札参加(?:者|業者)|(?:入札)?参加予定(?:の)?(?:業者|者|企業|会社))(?:は|が|:|=|→|[?？](?=\s?[0-9〇一二三四五六七八九]))?(?:[^。！？!?\n]{0,6}?(?:内部|庁内|課内|担当課)?の?(?:積算|試算|見積り?|設計)(?:資料|書|表|結果|額)?(?:で(?:は)?|によると|によれば|上(?:は|で)?)[、,]?|[、,]?[^。！？!?\n、,]{0,10}?(?:確認した|確かめた|照会した|問い合わせた|聞いた|調べた|見た)(?:ところ|ら|限り)[、,]?)?[^。！？!?\n]{0,8}?(?:[0-9][0-9,.]{0,12}(?:億|万|千)?(?:[0-9,]{0,8}(?:万|千)?)?円?|[〇一二三四五六七八九十百千万億]{2,10}円?|[ァ-ヴー]{2,12}|[A-Z]社|[一-龠々]{1,6}(?:建設|土木|工業|組|工務店|産業|興業|電気|設備|商事|技建|開発|造園|舗装))/gu
/**
 * A bid's price said to be closed, then given as an amount a clause later (非公開の入札予定価格ですが、…3億2千万円で設定). Blind R100A-096:
 * the closed value said as the city's own practice (非公表としている予定価格は税込8,800,000円, 公表していない最低制限価格は…), the amount
 * in plain figures with thousands separators too, and the closed evaluation told with its points (非公開の評価基準では、価格点は20点).
 */
export const BID_AMOUNT =
  /(?:非公開|非公表|未公表|公表前|部外秘|内部|公表(?:して|いたして|し)?(?:いない|おらん|とらん|ない))(?:と(?:して|いたして)(?:いる|おる|います|おります))?(?:の|な)?[^。！？!?\n、,]{0,6}?(?:入札予定価格|予定価格|最低制限価格|落札予定価格|調査基準価格|設計金額|(評価基準|評価項目|評価の配点|配点|採点基準|評価点))[^。！？!?\n]{0,30}?(?:(?:[0-9０-９][0-9０-９,.]{0,12}|[〇一二三四五六七八九十百千]{1,6})(?:億|万)[0-9０-９〇一二三四五六七八九十百千万,]{0,10}円|(?<![0-9,.])[0-9]{1,3}(?:,[0-9]{3}){1,4}円|(?<![0-9])[0-9]{1,3}(?:点|%|％|割))/gu
/**
 * A tender's price said to be published only after the opening, or not at all (予定価格は事後公表としておりますが, 最低制限価格は
 * 開札後の公表になっとるばってん, 設計金額は入札まで伏せていますが, 調査基準価格は公表しておりませんけれども), then given as an
 * amount later in the same sentence (…参考までに申し上げると税抜48億6,000万円で設定): the secret of a bid not yet opened told.
 * Group 1 is what lies between the concession and the amount (checked for another cost named there).
 */
export const BID_LATER_AMOUNT =
  /(?:入札予定価格|予定価格|最低制限価格|低入札調査基準価格|調査基準価格|設計金額|落札予定価格)(?:は|を|も|について(?:は)?|につきまして(?:は)?)?[、,]?[^。！？!?\n]{0,8}?(?:事後公表|非公表|非公開|未公表|公表前|(?:開札|入札|契約)(?:後|の後|以降)(?:に|の)?(?:公表|公開)|公表(?:は|を)?(?:開札|入札|契約)(?:後|の後|以降)|公表(?:して|いたして|し|は)?(?:おりません|いません|ません|おらん|とらん|ない|しない|しません)|(?:開札|入札)(?:まで|前)(?:は)?(?:非公開|伏せ|秘密|内緒|内密|公表し(?:ない|ません)))[^。！？!?\n]{0,14}?(?:が|けど|けれど|けれども|ばってん|ものの|ながら)[、,]?([^。！？!?\n]{0,40}?)(?:(?:[0-9][0-9,.]{0,12}|[〇一二三四五六七八九十百千]{1,6})(?:億|万)[0-9〇一二三四五六七八九十百千万,]{0,10}円|(?<![0-9,.])[0-9]{1,3}(?:,[0-9]{3}){1,4}円)/gu
/** Another cost named before the amount (設計図書は1部1万円, 入札保証金として): not the price held back. */
export const OTHER_COST = /図書|販売|保証金|手数料|参加料|資本金|売上|実績|補助|会費|負担金|事業費|予算額|当初予算|補正予算|議決/u
/**
 * Review of afb4b410 (rvconf): the paragraph gives a tender's result (指名競争入札の結果を公表します, 開札しました, 落札) and the bidders are
 * told in the past (指名業者は次の5社でした): after the opening, not before.
 */
export const BID_RESULT_TOLD = /結果(?:を|について)?(?:公表|発表|お知らせ|報告)|開札(?:し|いたし|を行|の結果|結果|日は[^。！？!?\n]{0,12}?でした)|落札(?:し|者|業者|金額|額|価格|率|となり|が決)/u
export const PAST_TOLD = /でした|ました|であった|だった/u
/**
 * Blind JG-001 kind: the post is the tender notice itself (【入札公告】, 柳川市公告第48号, 一般競争入札を次のとおり実施します, 詳しくは入札情報
 * ページ): the 予定価格 a notice states is published with it (事前公表), not a bid's secret. A notice still to come (公告前, 公告予定,
 * 来週公告する) is not one.
 */
export const BID_NOTICE = /[【\[〔]\s?[^】\]〕\n]{0,8}公告\s?[】\]〕]|公告第\s?[0-9０-９〇一二三四五六七八九十百]{1,5}\s?号|入札(?:を|について)?次のとおり(?:実施|執行|行い|公告)|入札情報(?:ページ|サービス|システム|公開)|電子入札(?:システム|ポータル)/u
/**
 * Blind R256M-027 kind (conf9): a bid's price said in its own words to be held back, between the price and its value (予定価格（事前
 * 非公表）は8,420万円, 最低制限価格は非公表ですが…, 公表しない): a notice does not publish a price it calls unpublished. 事前公表 is not this.
 */
/** Blind R377A-021 kind: a bid or case said not published beforehand, in the clause before its price (事前公表しない案件ですが、). */
export const BID_SAID_CLOSED_BEFORE = /(?:事前)?(?:公表|公開)(?:し(?:ない|ません)|せず|して(?:いない|いません|おらず|おりません))(?:の)?(?:案件|入札|工事|もの|扱い)?(?:です|でした|となって(?:います|おります))?(?:が|けど|けれど|ので)[、,]?[^。！？!?\n]{0,4}$/u
export const PRICE_SAID_CLOSED = /非公表|非公開|未公表|公表前|公表(?:して|いたして|し)?(?:いない|おりません|いません|ません|ない|しない|しません)/u
/**
 * A document still in the city's decision process: 査定中の予算要求資料, 起案中の文書, 決裁がまだ下りていない案. Blind R168A-028: with whose
 * it is between (査定前の各課の要求額をまとめた一覧).
 */
export const IN_PROCESS =
  /(?:査定中|査定前|査定待ち|起案中|決裁前|決裁待ち|稟議中|未決裁|精査中|作成途中|検討途中|庁内調整中|内部調整中|庁内協議中|内部協議中)の(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,6}の)?(?:資料|文書|案|原稿|データ|数字|計画|起案|書類|予算|要求|図面)|決裁が(?:まだ)?(?:下りて|おりて|済んで|出て|とれて|取れて)(?:い)?(?:ない|ません)/gu
/**
 * Blind R158A-143: a budget request said to be still before or in the internal assessment, given as a concession or a reason (まだ財政課の
 * 査定前なので金額は変わるかもしれませんが, 査定中ですが), while its list, amounts or a photo is shown: the request is in the decision
 * process. The status alone, a refusal (お答えできません) or a notice to wait (決まり次第, 3月の発表をお待ちください) tells nothing, and an
 * appraisal of goods (車の査定前) names no budget.
 */
export const PRE_ASSESSMENT =
  /(?:(?:財政課|財政部|財務課|財政当局|市長|副市長)の)?査定(?:前|中|待ち|の前)(?:の段階)?(?:なので|ですので|ですが|だけど|ですけど|ですけれど|やけど|やけん|のため|につき|なんですが|なんですけど|なんだけど|でして|ではありますが)[、,]?/gu
export const ASSESSED_BUDGET = /予算|要求|事業費/u
export const ASSESSED_SHOWN = /一覧|資料|写真|画像|📷|📸|金額|[0-9０-９]+(?:万|億|千)?円|数字|載せ|お見せ|見せ|アップ|こんな事業/u
export const ASSESSED_HELD = /でき(?:ません|ない|ず)|次第|お待ち|後日|改めて/u
/** Something of the matter given in the sentence: an amount, a share, a list or a photo shown. */
export const IN_PROCESS_GIVEN = /[0-9０-９]+(?:万|億|千)?円|[0-9０-９]+(?:%|％|割)|一覧|写真|画像|📷|📸|お見せ|見せ|載せ|アップ|抜粋|中身|内容は/u
/**
 * A press release fixed for a later time with the release word after the time (記者発表資料は明日10時解禁ですが, プレスリリースは来週
 * 月曜の解禁なんですが, 記者会見は明後日15時の予定でございますが), then told ahead in the same sentence (早くお伝えしたいので先にお知らせ
 * します, 一足早くお伝えします): the content of a release before its embargo. A time given for the release with where to look then
 * (終了後に市ホームページでお知らせします), a fishing season (アユ漁は明日解禁) and a registration deadline are not this.
 */
export const EMBARGO_AT =
  /(?:記者発表|報道発表|プレスリリース|ニュースリリース|リリース|報道資料|発表資料|記者会見|会見|資料提供|報道)(?:資料|の資料|の内容)?(?:は|が)[、,]?(?:明日|明後日|あした|あす|来週|来月|週明け|今夜|今晩|夕方|午後|後日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)[^。、！？!?\n]{0,10}?(?:の)?(?:解禁|公表|発表|公開|配信|資料提供|投げ込み|予定)(?:予定|の予定)?(?:です|でございます|なん(?:です)?|だ|や)?(?:が|けど|けれど|ばってん)/gu
/** Told ahead, in the rest of that sentence: 先にお知らせします, 一足早くお伝えします, いち早くご報告いたします, 先に書いとくね, 先出しです. */
export const TOLD_AHEAD = new RegExp(`${AHEAD}[^。！？!?\\n]{0,12}?${TELL}|${TOLD_AHEAD_WORD}`, 'u')
/** An ahead adverb said before the release is named (先行して、明日10時解禁の…の内容をお知らせします), and the telling after it. */
export const AHEAD_BEFORE = new RegExp(AHEAD, 'u')
/** The one-word telling ahead said before the release is named (【先出し】明日10時解禁のプレスリリースより). */
export const TOLD_AHEAD_BEFORE = new RegExp(TOLD_AHEAD_WORD, 'u')
/**
 * Blind R353A-012 kind (conf): after a request to hold received in a concession (…までは出さないでと言われていますが), the writer's own
 * reason given and the telling announced (早く知っていただきたいのでお伝えします, 皆さんに知ってほしくてご報告します): the hold broken on
 * purpose, the matter then told in the next sentence. A telling refused (お伝えできません) or a notice to wait is not this.
 */
export const HOLD_BROKEN_TOLD = new RegExp(`(?:ので|から|くて|けん|たく)[、,]?(?:皆さん|皆様|皆さま|みなさん)?(?:に|へ)?(?:は)?(?:先に|特別に|こっそり)?${TELL}(?:します|いたします|しちゃいます|しておきます|しときます|させていただきます)`, 'u')
export const TELL_AFTER = new RegExp(`^[^。！？!?\\n]{0,16}?${TELL}`, 'u')
export const PRESS_EMBARGO = new RegExp(
  `(?:(?:報道)?(?:取材|記事|掲載|放送|紙面)解禁(?:日時|日|時刻|時間)?|解禁(?:日時|時刻))(?:は|:)?[、,\\s]{0,2}${EMBARGO_WHEN}`,
  'gu',
)
/**
 * Blind R239N-054 kind: the embargo line of a press release in other words, addressed to the press with no 解禁 (※新聞・テレビ等での
 * 取扱いは、11月14日（金）午後3時以降でお願いいたします, 報道機関各位の掲載は18日10時以降とさせていただきます): the post is the release
 * itself, before its time. The press named (新聞, テレビ, 報道機関, 各社), its handling (取扱い, 掲載, 報道, 放送, 記事化), a date or time, then
 * 以降 or から, and a request in the rest of the sentence (お願い, ください, とさせていただきます). The press let in to film an event (報道機関の
 * 取材は10時以降でお願いします: 取材 is no handling of a paper) and a time told with no request (新聞への掲載は14日以降の予定です) are not this.
 */
const PRESS_AUDIENCE = '(?:新聞|テレビ|ラジオ|報道機関|報道各社|報道関係(?:者|各位)?|マスコミ|マスメディア|記者クラブ|各社|各紙|各局|WEB|ウェブ|ネット)'
export const PRESS_HANDLING = new RegExp(
  `${PRESS_AUDIENCE}(?:[・、,]?${PRESS_AUDIENCE}){0,3}(?:等|など)?(?:各位)?(?:での|における|の|に(?:よる|おける))?(?:お)?(?:取扱い|取り扱い|取扱|掲載|報道|放送|記事化|配信|公表)(?:は|について(?:は)?)[、,]?\\s?${EMBARGO_WHEN}(?:\\([月火水木金土日]\\))?[^。！？!?\\n]{0,10}?(?:以降|以後|から)`,
  'gu',
)
export const PRESS_HANDLING_ASK = /^[^。！？!?\n]{0,16}?(?:お願い|願います|ください|下さい|厳守|と(?:させて|いたし|し)ます|とさせていただ)/u
export const EMBARGO_HOLD =
  /(?:それまで|解禁(?:日時|時刻|時間)?まで|同時刻まで|解禁前)(?:は|の間は?)?[、,]?(?:報道|公表|掲載|放送|配信|公開|情報発信|発信|記事化|投稿|報道発表|(?:SNS|ネット)(?:への|での|で|に)?(?:投稿|発信|掲載)){1,2}(?:等|など)?(?:は|を|も)?(?:しないで|なさらないで|行わないで|控えて|お控え|ご遠慮|差し控え|しないよう|なさらないよう)/gu
/** The release time said to have passed (取材解禁は10月16日10時でした, …を過ぎました). */
export const EMBARGO_PAST = /^[^。！？!?\n]{0,16}?(?:でした|だった|を過ぎ|を迎え|となりました|になりました|済み)/u
/** A release time of the year for fish or game (アユ漁は明日解禁), not of a press release. */
export const SEASON_OPENS = /漁|釣|猟|狩|鮎|アユ|あゆ|ハゼ|ノリ|海苔|シーズン|山開き|海開き|川開き/u
/**
 * A press release bound to a later time, said attributively (明日10時解禁の記者発表資料, 来週月曜解禁予定のプレスリリース, 17日公表予定の
 * 資料, 明後日の会見で発表する内容): the same kind as EMBARGO_AT's 記者発表資料は明日10時解禁ですが, in the other word order. Told
 * ahead in the sentence (…の内容を、先行してお知らせします) it is the release before its embargo. A plain 発表する (a pupils' talk) binds
 * only a press noun.
 */
export const EMBARGOED_RELEASE = new RegExp(
  `(?:明日|明後日|あした|あす|あさって|来週|来月|週明け|今夜|今晩|今夕|夕方|午後|後日|[0-9]{1,2}月[0-9]{1,2}日|[0-9]{1,2}日|[0-9]{1,2}時|[月火水木金土日]曜)` +
    `[^。、！？!?\\n]{0,10}?(?:(?:報道|情報)?解禁(?:予定)?(?:の|となる|となっている|される|予定の)|` +
    `(?:記者発表|報道発表|正式発表|公表|資料提供|投げ込み)(?:予定)?(?:の|する|される|予定の)|(?:記者会見|会見|記者発表|報道発表)(?:で|にて)(?:発表|公表|お知らせ|配布|配付|お配り|提供|資料提供|投げ込み)(?:する|される|予定の|いたす|します)|` +
    `(?:発表|公開|配信|リリース)(?:予定)?(?:の|する|される|予定の)(?=[^。、！？!?\\n]{0,8}?(?:記者発表資料|報道発表資料|報道資料|発表資料|プレスリリース|ニュースリリース|リリース)))` +
    `[^。、！？!?\\n]{0,8}?(?:記者発表資料|報道発表資料|報道資料|発表資料|プレスリリース|ニュースリリース|リリース|記者発表|報道発表|資料|内容|中身|情報|ニュース|お知らせ)`,
  'gu',
)
/**
 * …unless the telling waits for the release (解禁後に, 終了後に, 発表され次第), or what is told first is how to attend or cover it
 * (先に会場の地図を, 取材の申込方法を): logistics, not the release's content.
 */
export const AFTER_RELEASE = /後に|後で|後ほど|次第|以降|終わり|終了後|ホームページ|市HP|ご確認|お待ち|会場|場所|取材|申込|申し込|受付|地図|駐車|日程|日時|時間|方法|手順|注意事項|持ち物/u
/** Told ahead of the release: あらかじめお知らせいたします, 事前にお伝えします, 先にご報告します. */
export const ADVANCE_TOLD = /^[、,\s]*(?:あらかじめ|予め|事前に|前もって|先んじて|先に|一足早く|ひと足早く|いち早く)[^。！？!?\n]{0,6}?(?:お知らせ|お伝え|ご報告|ご案内|報告|伝え)/u
/** A decision told (方針が決定いたしました, 決まりました, 内定しました). */
export const DECIDED_BEFORE = /(?:決定|確定|内定)(?:いたし|し)ました|決まりました|(?:方針|方向)(?:が|で)(?:決ま|固ま)り?ました/u
/** 一足早く / 一足先に + a reveal, when the paragraph says the release is still to come. */
export const EARLY_REVEAL = /(?:一足|ひと足|ひとあし)(?:早く|先に|はやく|さきに)[^。！!？?\n]{0,16}?(?:お見せ|見せ|お伝え|伝え|公開|お知らせ|ご紹介|紹介|チラ見せ|お披露目|発表)/gu
/**
 * What people present at an event (来週発表する子どもたちの研究, 生徒の研究発表, 成果発表会): their own work, previewed with their
 * consent, not a press release held back.
 */
export const PRESENTED_WORK =
  /発表(?:する|される|予定の)?(?:子ども|子供|こども|児童|生徒|学生|園児|受講生|参加者|出演者|選手|高校生|中学生|小学生)|(?:子ども|子供|こども|児童|生徒|学生|園児|受講生|参加者|出演者|選手|高校生|中学生|小学生)(?:たち|の皆さん|さん)?(?:の|が)(?:研究|作品|自由研究|演奏|演技|成果|発表)|発表会|研究発表|成果発表/u
export const RELEASE_TO_COME = /(?:通知|解禁|報道|記者発表|正式発表|公表|発表|掲載|新聞に載る?)(?:の|るの|するの|されるの)?(?:は|が|前|より前|まで|の前)|(?:来週|明日|後日|来月)(?:の|に)?(?:発表|公表|解禁|通知|掲載|報道)|(?:記者会見|定例会見|会見|記者発表)で[^。！？!?\n]{0,16}?(?:お話し|話|ご説明|説明|ご報告|報告|発表|公表|お知らせ)(?:する|される|いたす|します|されます|いたします)(?:予定|見込み)?(?:です|だ)?(?:が|けど|けれど|ので)/u
/**
 * Blind R247T-008 kind: the release day named as still to come (各社への解禁日は15日なので), or readers asked to hold it until then (それまでは拡散を
 * お控えいただけると助かります): said with 一足早くお伝えします, in this paragraph or another of the post (the teaser often stands alone on the first
 * line). A season's opening (アユ漁の解禁日は6月1日) is no release.
 */
export const RELEASE_DAY_TO_COME = /(?:解禁|公表|発表|情報公開)(?:日|日時|時刻|時間)(?:は|が)[^。！？!?\n]{0,8}?(?:[0-9０-９]{1,2}(?:日|時)|明日|あす|来週|来月|週明け)|それまで(?:は)?[、,]?[^。！？!?\n]{0,8}?(?:拡散|シェア|口外|他言|リツイート|リポスト|転載)(?:を|は|も)?(?:お控え|控え|ご遠慮|しないで|なさらないで|なしで)/u
/**
 * Information only staff may see. Blind R147A-097: a note that the paper must not go outside, in any wording (※外部出し不可, 庁外持ち出し
 * 禁止, 外部への提供不可, 外出しNG), on what is posted; not a rule described (外部への持ち出しは禁止されています, …禁止を徹底).
 * Blind R11B-035 kind: the writer told not to let it out, the ban in the prohibitive with はならぬ/はいけない and an adverb (まだ決して表に
 * 出してはならぬと念を押されたお話ではございますが, 外部に言ってはいけないと釘を刺された): the same keeping asked, then the matter told.
 * Only 表/公/外部: a cat not to be let 外に is no secret. Blind R237M-010 kind: the ask not to let it out written as the label of a
 * heading, its own token of a bracket (【…スタッフ各位／外に出さないで】), and spelt in kana to slip past (ｿﾄﾆﾀﾞｻﾅｲﾃﾞ reads ソトニダサナイデ):
 * what is posted under it is kept inside. A plea inside a sentence (猫を外に出さないで) is no label.
 */
export const STAFF_ONLY =
  /(?:外部|庁外|課外|部外|局外|社外)(?:へ|に|への)?の?(?:持ち?出し?|出し|提供|公開|転送|共有|配布|配付|流出|掲載)(?:は)?(?:不可|厳禁|NG|禁止)(?![をのにがもとでやし]|され|事項|措置|規定|ルール|について)|(?<![\p{Script=Han}])外出し(?:不可|厳禁|NG)|(?:課内|庁内|部内|係内|内部|職員の間)で回って(?:き|い)た(?:メモ|資料|文書|メール|情報|話|書類)|(?:外|表|外部|公)(?:に|へ)(?:は)?(?:まだ)?出して(?:い)?(?:ない|ません|ねえ|なか|へん)(?:話|情報|こと|内容|数字)|(?:外|表|外部|公)(?:に|へ)?(?:は)?(?:まだ)?(?:出さないで|出すな|出さんで|出さんごと|漏らさないで|言わないで|言うな|話さないで)(?:ください|ね|な)?[」』]?と(?:言われて|いわれて|頼まれて|念を押され|釘を刺され|くぎを刺され)|(?:表|おもて|公|おおやけ|外部)(?:に|へ)(?:は)?(?:まだ)?(?:決して|けっして|絶対に?|ぜったいに?)?(?:出して|漏らして|言って|話して)は(?:ならぬ|ならない|ならん|いけない|いけません|いかん|だめ|ダメ)(?:よ)?[」』]?と(?:言われ|いわれ|頼まれ|念を押され|釘を刺され|くぎを刺され)|(?:課|係|部|庁|役所|担当)(?:の中|内)(?:で)?(?:しか|だけで?)(?:話し|話さ|共有|知らされ|回っ|出回っ)|(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:しか|だけ|のみ)(?:が)?(?:見(?:られ|れ|ることが)|知(?:らな|って|りえ|り得)|閲覧|アクセス|入手)|(?:外部|部外者|市民|一般)(?:へ|に|には|へは|の方には)(?:の)?(?:提供は?(?:しない|できない|禁止)|出せない|出してはいけない|見せられない|見せてはいけない|言えない|公開できない|漏らさ|口外)|(?:課内|庁内|内部|部内|係内|職員間|職員の間)(?:で|だけで|のみで|限りで)(?:共有|回覧|配布|配付|使用|利用)(?:して|した|する|され|中|の)|(?:庁内|職員|内部|課内|部内|幹部)(?:向け)?(?:の)?(?:メール|掲示板|ポータル|LAN|グループウェア|チャット|通知|通達|文書|連絡|回覧)(?:で|に|から|として)?(?:回って|流れて|届い|来た|きた|出て(?:い|た)|あった|載って|書いて)|職員だから(?:こそ)?(?:こっそり|内緒で)|口外(?:しない|無用|禁止|厳禁)|他言無用|(?:口外|他言)(?:なさいません|なさらない|なさらぬ|されません|されない|しないで|せず|せぬ|はお控え|をお控え|は控え|を控え)(?:よう|ように|ください|下さい|いただ|願|お願い)|(?:外|表|公)(?:に|には)(?:(?:出せ|出し|でき)(?:ない|ません)|出さない(?![でよこ]))|(?:職員|関係者|庁内|内部|課内|幹部|担当者)(?:に|で|へ)?(?:しか|だけ|のみ)(?:に)?(?:配ら|配布|配付|回覧|渡さ|知らされ|伝えられ|共有され|回って(?:き|い)た|回ってきとる|送られてき|届いた)|(?<=[【\[〔《/・])(?:外|そと|ソト|外部|庁外|課外|部外|表|おもて|オモテ)(?:に|ニ|へ|ヘ)(?:は|ハ)?(?:出さ|ださ|ダサ|持ち出さ|もちださ|モチダサ|漏らさ|もらさ|モラサ)(?:ないで|ナイデ|ないこと|ナイコト|ない|ナイ)(?:ください|クダサイ|下さい|ね|ネ)?(?=[】\]〕》])/gu
/**
 * Blind HE-092: a standing statement that the city keeps someone's information in (通報者の情報は外部に漏らさない。, いただいた個人情報は
 * 外部に提供しないことをお約束します, 職員が職務上知り得た秘密を外部に漏らさないことを定めている): the same 外部に漏らさ/口外/提供しない as a
 * request to keep a matter in, but said in the declarative, ending the sentence or bound to a pledge, a rule or a manner of keeping
 * (…ない。, …ないので安心, …ないことをお約束, …ず、適切に管理, 口外することはありません), and said of what residents give or what a duty
 * keeps. A request (漏らさないでください, 漏らさんでね, 口外しないでほしいのですが), a hold told to the writer (漏らさないよう言われて) and a
 * concession that goes on to tell (漏らさないけど, …ない約束で聞いた話ですが) stay findings. Colleague (stop 51): a rule in the こと form about
 * what a duty lets one learn (活動で知り得た個人情報は、外部に漏らさないこと。 in a volunteer call's rules) is the same standing keeping.
 */
const PLEDGE_TAIL = '(?:[。．.！!\\n]|$|[、,](?![^。！？!?\\n]{0,16}?(?:けど|けれど|ばってん|やけど|ですが|だが|んですが))|ので[、,]?(?:安心|ご安心)|こと(?:を|に|と|は)?[^。！？!?\\n]{0,6}?(?:約束|誓|定め|規定|徹底|厳守|義務|お願い(?:して|いたして))|よう(?:に)?[^。！？!?\\n]{0,6}?(?:管理|取り扱|取扱|徹底|努め|定め|規定|義務付け)|旨|ものとする|と(?:定め|規定|約束|お約束|誓))'
const KEPT_IN_PLEDGE = new RegExp(`^(?:ないこと(?=[。．.！!\\n]|$)|(?:ない|ず|ぬ)|(?:する|いたす|される)?こと(?:は|も)(?:一切)?(?:ありません|ございません|ない|いたしません|しません)|(?:し(?:ない|ません)|いたしません|せず))${PLEDGE_TAIL}`, 'u')
const KEPT_IN_NEG = new RegExp(`^${PLEDGE_TAIL}`, 'u')
/** …said of what residents give or of a duty of secrecy (通報者, 相談者, 個人情報, いただいた, 守秘義務, 法…条). */
const KEPT_WHOSE = /知り得|(?:通報|相談|申請|応募|回答|情報提供|提供|利用|申込|申し込み)者|ご?本人|個人情報|お名前|氏名|連絡先|プライバシー|いただいた|頂いた|お寄せ|寄せられた|ご提供|提供された|回答|アンケート|守秘|秘密|義務|法(?:律)?第?[0-9０-９一二三四五六七八九十百]*条|法(?:は|で|に|により)|条例|規程|規則|定め/u
/**
 * Blind R366P-017 kind: …or of the residents who gave it, named by what they did (通報された方の情報は外に出しません, ご相談いただいた
 * 方のお名前は外部に漏らしません): the city's pledge to those who report or ask, not a secret told.
 */
const KEPT_DOER = /(?:通報|相談|申請|応募|回答|連絡|情報提供|提供|申込|申し込み|問い合わせ|問合せ|届出|届け出)(?:を)?(?:され|いただい|頂い|くださっ|してくださっ|してくれ|し|さ)た(?:方|人|市民|皆さま|皆様|皆さん|方々)/u
/** Whether a STAFF_ONLY match of 外部に漏らさ / 市民に口外 / 外部に提供しない is the city's standing pledge to keep what it holds. */
export function keptInPledge(t: string, m: RegExpExecArray, sentence: string): boolean {
  if (!/(?:漏らさ|口外|口外しない|提供は?(?:しない|できない))$/u.test(m[0])) return false
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 40)
  const kept = /(?:漏らさ|口外)$/u.test(m[0]) ? KEPT_IN_PLEDGE.test(rest) : KEPT_IN_NEG.test(rest)
  return kept && (KEPT_WHOSE.test(sentence) || KEPT_DOER.test(sentence))
}
/**
 * A working document the office shares among its staff, named as what the office revised, checked or trained with (職員間で共有されている
 * 防災マニュアルを見直しました, 庁内で使用している手順書を改訂しました): routine work told, nothing of the document passed on. Only the bare
 * place (…で共有, not …だけで / のみで / 限りで), a document of the office's own working kind right after it, an action of the office on it, and
 * nothing told from it (によると, では, a figure, a quotation): 課内で共有している対応記録では… and 庁内で共有されている積算資料では事業費は… stay.
 */
const ROUTINE_SHARED_DOC =
  /^(?:ている|ていた|てる|いる|いた|おり|た|る)?(?:[^。！？!?\n「」、,]{0,10}?)(?:マニュアル|手引き?|手順書?|要領|ルール|チェックリスト|計画|様式|ハンドブック|ガイドライン)(?:を|の)[^。！？!?\n]{0,12}?(?:見直|改訂|改定|更新|点検|再確認|活用|周知|訓練|研修|作成|整備)/u
const TOLD_FROM_IT = /によると|によれば|では[、,]?|[0-9０-９]|[「『]/u
export function routineSharedDocument(t: string, m: RegExpExecArray, sentence: string): boolean {
  if (!/(?:内|間)で(?:共有|回覧|配布|配付|使用|利用)/u.test(m[0])) return false
  return ROUTINE_SHARED_DOC.test(t.slice(m.index + m[0].length, m.index + m[0].length + 60)) && !TOLD_FROM_IT.test(sentence)
}
/**
 * Blind R227W-018 kind: the workplace's inside told, a grievance voiced within the section quoted as its voice (課内からも「もう限界」という
 * 声が出ています, 職場では「人が足りない、回らない」との悲鳴が, 庁内から限界だという不満も): morale and strain inside the office are the
 * city's internal affairs, not a notice (warn: a PR officer's second look). Only the office's own inside (課内, 庁内, 職場, 職員の間), not a
 * resident's or a counter's voice, and not a talk on mental health or harassment at work (相談, ストレス, ハラスメント).
 */
export const INSIDE_GRIPE = /(?:課内|係内|部内|庁内|局内|職場|本部内|職員の間|職員間|同僚)(?:の中)?(?:から|で|では|でも|の間で)?(?:も|は)?[、,]?[「『]?[^」』「『。！？!?\n]{0,16}?(?:限界(?!集落|値|点|利益|費用|突破)|もう無理|無理(?:だ|です|や)|きつい|キツい|キツイ|しんどい|辞めたい|やめたい|休みたい|帰りたい|人が足りない|人手が足りない|回らない|パンク|もたない|持たない)[^」』「『。！？!?\n]{0,12}?[」』]?(?:だ|です)?(?:という|との|って|みたいな)(?:声|悲鳴|不満|愚痴|ぼやき|嘆き|本音)/gu
export const GRIPE_AWARE = /相談|ストレス|メンタル|ハラスメント|カスハラ|働き方改革|改善に(?:取り組|努め)|募集|採用/u
/**
 * Colleague (round 63): a place only insiders normally see, opened to visitors on a tour (普段は関係者しか見られない水門の内部を、見学会で
 * 特別にご案内します; 職員しか見られない景色ですが、この日だけ一般公開します): the object of 見られない is a place or a view, not a paper,
 * and the sentence offers a visit. A paper in the object (水門の点検記録を, 内部の図面を) keeps the finding.
 */
const PLACE_OBJECT = /^[^。！？!?\n、,]{0,24}?(?:を|ば|は|が|も|に)/u
export const PLACE_TOURED = /内部|中|裏側|裏|舞台裏|バックヤード|施設|現場|部屋|室|場所|空間|エリア|設備|機械|水門|樋門|ポンプ場|排水機場|処理場|浄水場|地下|屋上|倉庫|収蔵庫|様子|景色|眺め|風景|光景|通路|塔|庭|庭園|蔵|工場|車庫|管理棟|ゲート|堤防|トンネル|ダム|議場|金庫室|書庫/u
export const PAPER_NOUN = /(?:資料|文書|データ|メモ|書類|情報|名簿|数字|数値|記録|ファイル|議事録|図面|原稿|報告|試算|計画|マニュアル|台帳|リスト|一覧|写し|案(?!内))(?!室|館|庫|センター|コーナー)/u
export const TOUR_OFFERED = /見学|ツアー|特別公開|一般公開|公開し|公開いた|公開日|ご案内|案内し|案内いた|体験|開放|オープンデー|探検|潜入|入っていただ|入ってみ|お越し|ご参加|参加者|申し込み|申込|見せます|お見せします/u
/** Whether a 職員しか見られない match is said of a place opened to visitors in its sentence. */
export function placeToured(t: string, end: number, sentence: string): boolean {
  const obj = PLACE_OBJECT.exec(t.slice(end, end + 30))
  if (!obj) return false
  return PLACE_TOURED.test(obj[0]) && !PAPER_NOUN.test(obj[0]) && TOUR_OFFERED.test(sentence)
}
/**
 * Known false positive (conf2): the bare 外に出せない / 外に出しません is said of a kitten, laundry or seedlings kept indoors (子猫はまだ外に
 * 出せないので, 雨で洗濯物を外に出せません, 苗はまだ外に出せない時期です). It is a secret only when said of information: a paper, a figure, a
 * talk or a plan right after it (外には出せない資料, 外に出せない額, 外に出せない調査中の話) or as its subject earlier in the clause with no
 * object of its own between (部長会議で出た話なので本当は外に出せない, 記者発表は来月1日なのでまだ外には出せない); 公に is always about
 * information, and 表に with a concession that goes on to tell (まだ表には出せないのですが、…本命みたいです) is too. Blind R233P-014 kind:
 * the same with 出さない (本来は外に出さない資料ですが、…載せました): a paper kept in, shown (出さないで/出さないよう, a request, is other
 * patterns'). The city's pledge to keep what residents give (個人情報は外に出しません。) is not this.
 */
const OUT_INFO = '(?:話(?![しすさせ])|情報|資料|内容|中身|数字|数値|金額|額|案(?!内)|データ|文書|書類|メモ|計画|名簿|リスト|一覧表?|記録|結果|報告書?|ネタ|原稿|図面|議事録|人事|予算)'
const OUT_INFO_AFTER = new RegExp(`^(?:[\\p{Script=Han}\\p{Script=Katakana}ー]{1,6}(?:の|な))?${OUT_INFO}`, 'u')
const OUT_INFO_BEFORE = new RegExp(`(?:${OUT_INFO}|発表|公表|解禁|会見|公開)[^。！？!?\\n、,を]{0,24}$`, 'u')
const OUT_CONCEDED = /^(?:の|ん)?(?:です|だ|や)?(?:が|けど|けれど|けども|ばってん)/u
/**
 * Stop 52 (found by fixer conf11): the keeping said as the reason nothing is shown (本来は外に出さない資料ですが、写真ではお見せできません,
 * …ので掲載は控えます) or as the rule itself (個人の記録は外に出さない決まりです): a refusal, not a leak.
 */
const OUT_REFUSED = /(?:お見せ|見せ|公開|掲載|お伝え|ご紹介|紹介|お答え|回答|お出し|配布)(?:は|も|すること[はも]?)?(?:でき(?:ません|ない|かね)|いたしかね|致しかね)|(?:掲載|公開|紹介|回答)(?:は|を)?(?:控え|差し控え|見合わせ)|^(?:の|という|とする)?(?:決まり|ルール|規則|方針|約束)(?:です|に(?:なって|して)|となって|だ|。|$)/u
export function outsideIsInformation(t: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length
  const here = sentenceAround(t, m.index, end)
  const rest = t.slice(end, here.end)
  if (OUT_REFUSED.test(rest)) return false
  if (/出[しさ](?:ない|ません)$/u.test(m[0]) && KEPT_IN_NEG.test(rest) && (KEPT_WHOSE.test(t.slice(here.start, here.end)) || KEPT_DOER.test(t.slice(here.start, here.end)))) return false
  const head = m[0][0]
  const inWord = m.index > 0 && /\p{Script=Han}/u.test(t[m.index - 1] ?? '')
  if (!inWord && head === '公') return true
  if (!inWord && head === '表' && OUT_CONCEDED.test(rest)) return true
  return OUT_INFO_AFTER.test(rest) || OUT_INFO_BEFORE.test(t.slice(here.start, m.index))
}
