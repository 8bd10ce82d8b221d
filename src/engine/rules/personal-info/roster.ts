/**
 * A photo of a list that holds people's names or addresses, posted (受付簿（お名前・ご住所）の写真を載せておきます, 参加者名簿の
 * 画像を添付します, 記帳いただいた芳名録をアップしました): everyone on it is published at once (round 43). A blank form or a
 * sample (申込書の記入例の写真), a photo said to be masked (名前はぼかしています), or one not posted (名簿の写真は掲載しません) is
 * not reported.
 *
 * Round 130 (blind R129I-007, R130I-048): the same list told another way. A list of people said to hold their details (予約者一覧です
 * …（氏名・生年月日・接種券番号入り）, 名簿（お名前・ご住所記載）を添付します): the fields named are on what is posted. And the list
 * typed out, a person a line with a birth date or a home in brackets (江崎 美樹（昭和58年4月2日生・三橋町五拾町）): block.
 *
 * Blind R143I-019: donors of ふるさと納税 or 寄附 listed a line each with full name, home and gift (rosterDonors): block, unless the list
 * is of those who asked to be named, or of companies and groups. Blind R146I-114: private winners of a lottery, applicants or donors listed
 * by full name with 様 and their home in brackets (当選者：田島 正人様（大和町中島）、…; rosterPicked): block.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import type { DraftFinding } from '../../rule'
import { CONSENT, sentenceSpan, withoutUrls, type Emit } from './context'

/** A list of people kept by the city: a register, a sign-in sheet, a roster, filled-in forms. */
const LIST =
  '(?:名簿|受付簿|受付表|受付名簿|来場者(?:名簿|記録|カード)|参加者(?:名簿|一覧|リスト)|出席者(?:名簿|一覧|リスト)|出席簿|芳名録|芳名帳|芳名簿|記帳(?:簿|ノート)|署名簿|署名用紙|連絡網|申込書|申込用紙|申し込み用紙|申請書|届出書|アンケート(?:用紙|回答)|回答用紙|受講者(?:名簿|一覧)|会員(?:名簿|一覧))'
/** The list's image, posted (a bracket may say what it holds: 受付簿（お名前・ご住所）の写真を載せておきます, 画像を添付します, そのままアップしました). */
const ROSTER_PHOTO = new RegExp(
  `${LIST}(?:[（(][^（()）\\n]{0,20}[)）])?(?:の|を|も)?[^。！？!?\\n]{0,8}?(?:写真|画像|スキャン|スクショ|スクリーンショット|コピー|PDF|データ)(?:を|も|は)?[^。！？!?\\n]{0,12}?(?:載せ|のせ|掲載|アップ|あげ|上げ|投稿|添付|公開|貼(?:っ|り)?|シェア)(?:て(?:おき|い|あり|お)|し|させ|いたし|ます|ました|る|た)` +
    `|${LIST}(?:[（(][^（()）\\n]{0,20}[)）])?(?:を|も)(?:そのまま|撮影して|撮って|写真に撮って|スキャンして)[^。！？!?\\n]{0,8}?(?:載せ|のせ|掲載|アップ|投稿|添付|公開|貼(?:っ|り)?)(?:て(?:おき|い|あり|お)|し|させ|いたし|ます|ました|る|た)`,
  'gu',
)
/** A blank form, a sample, a masked photo, a photo not posted, or advice: no one's details. */
const NOT_EXPOSED =
  /記入例|見本|様式|ひな形|ひな型|雛形|書き方|白紙|未記入|空欄|ぼかし|モザイク|黒塗り|塗りつぶ|隠して|伏せて|加工して|写らない|写っていない|載せません|掲載しません|掲載しておりません|公開しません|公開しておりません|載せないで|掲載しないで|しないで|ないよう|ダウンロード|注意|お控え|控えて|禁止|やめ/u

/*
 * Blind TW-085: the reader told to attach their own form to what they send (申込書のPDFを添付してください, 申請書の画像を添付し、メールで
 * お送りください, 名簿のデータを添付してご提出ください): how to apply, the form the reader's own, nothing the account puts up. The verb stands
 * in its bare or て form and the request closes the clause (ください, お願いします, 願います); 添付しました, 添付します are the account's own.
 */
const READER_TOLD = /^(?:て|、|,)[^。！？!?\n]{0,30}?(?:ください|下さい|くださいませ|お願いします|お願いいたします|お願い致します|願います)/u

export function rosterPhotos(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/写真|画像|スキャン|スクショ|スクリーンショット|コピー|PDF|データ|そのまま|撮/u.test(t0) || !/簿|名簿|一覧|リスト|用紙|申込書|申請書|届出書|芳名|連絡網|アンケート/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(ROSTER_PHOTO, t)) {
    const s = sentenceSpan(t, m.index)
    if (NOT_EXPOSED.test(t.slice(s.start, s.end))) continue
    const end = m.index + m[0].length
    if (m[0].endsWith('し') && READER_TOLD.test(t.slice(end, s.end))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
  }
}

/**
 * Blind R161A-107: one real person's filled-in document photographed by staff and shown as a sample (本日会場で受け付けた方の申告書を
 * ご本人の了承を得て撮影しました, 窓口に提出された申請書を撮らせていただきました, 実際の源泉徴収票の写真を載せます): the document is someone's,
 * not a 記入例, and holds what no one may publish (個人番号, 口座, 所得, 住所). Block even with the owner's leave: the My Number on it may not
 * be handed to anyone. The document is told as someone's (受け付けた・提出された・お預かりした…, 実際の・実物の・本物の, ○○の方の, ご本人の)
 * and the staff took or put up its photo (撮影しました, 撮らせていただき, 写真を載せ), with an image attached or the post saying it is shown.
 * A sample (記入例, 見本, ダミー), a masked photo (黒塗り, ぼかし), advice to readers (撮っておくと便利), or a photo not taken is not reported.
 */
const REAL_DOCUMENT =
  '(?:(?:確定)?申告書|申請書|届出書|届書|申込書|源泉徴収票|通帳|住民票|(?:健康)?保険証|マイナンバーカード|個人番号カード|(?:運転)?免許証|診断書|契約書|印鑑登録証明書|戸籍(?:謄本|抄本)|(?:所得|課税|納税)証明書)'
const OWNED_DOCUMENT = new RegExp(
  `(?:(?:受け付け|受付し|受理し|お預かりし|預かっ|提出され|提出いただい|提出していただい|提出してくださっ|提出してくれ|出され|持参され|お持ちいただい|記入され|記入いただい|書かれ|書いていただい)た(?:方の|方々の)?|(?:実際|実物|本物|ご本人|本人|[\\p{Script=Han}]{1,4}(?:さん|様)|(?:市民|住民|利用者|来場者|相談者|申告者|申請者)(?:の方)?)の)\\s?${REAL_DOCUMENT}`,
  'gu',
)
/** The staff took its photo or put it up (past or now: 撮影しました, 撮らせていただきました, 写真を載せます). */
const TOOK_PHOTO =
  /撮影(?:し(?:まし)?た|させていただ(?:き|いた)|いたしました|しています|してい?ます)|撮(?:りました|らせていただ|らせてもら|ってきました)|(?:写真|画像|スキャン)(?:を|も)?[^。！？!?\n]{0,6}?(?:載せ|のせ|掲載|アップ|添付|公開|貼)(?:ます|ました|て(?:い|お|あ)|し)/u
const NOT_REAL = /記入例|記載例|見本|サンプル|ダミー|架空|白紙|未記入|ぼかし|モザイク|黒塗り|塗りつぶ|隠して|伏せて|マスキング|写らない|写っていない|映らない|ありません|しません|しておりません|できません|ないよう|ないで|お控え|ご遠慮|禁止/u
/** The post says the photo is shown (写真を参考に, 写真のとおり, 画像をご覧): with no image attached, it is still posted. */
export const PHOTO_SHOWN = /(?:写真|画像)(?:を(?:参考|ご覧|見て)|のとおり|の通り|のように|をご確認)/u
const POSTED = /(?:写真|画像|スキャン)(?:を|も)?[^。！？!?\n]{0,6}?(?:載せ|のせ|掲載|アップ|添付|公開|貼)/u

/**
 * `emit` gets the finding and whether its sentence itself says the photo is put up; otherwise it is reported (in index.ts `post`) only with
 * an image attached or when the post says the photo is shown (写真を参考に): a paragraph is checked without the post's attachments.
 */
export function realDocumentPhoto(doc: Doc, emit: (d: DraftFinding, posted: boolean) => void): void {
  const t0 = doc.norm.text
  if (!/撮|写真|画像|スキャン/u.test(t0) || !/書|票|帳|証|カード/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  // The first match of `pattern` whose sentence tells the photo taken of a real document is emitted; true when one was.
  const emitFirst = (pattern: RegExp): boolean => {
    for (const m of matchAllOf(pattern, t)) {
      const s = sentenceSpan(t, m.index)
      const sentence = t.slice(s.start, s.end)
      if (!TOOK_PHOTO.test(t.slice(m.index, s.end)) || NOT_REAL.test(sentence)) continue
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' }, POSTED.test(sentence))
      return true
    }
    return false
  }
  if (emitFirst(OWNED_DOCUMENT)) return
  // Blind R362K-053 kind: the document named in the paragraph, then the photo told as a real person's copy of it, "the one" of someone
  // served at the desk (写真は窓口で交付した大和町の方のものを撮りました, 受け付けた方のを撮影しました).
  if (REAL_DOCUMENT_RE.test(t)) emitFirst(OWNED_ONE)
}
const REAL_DOCUMENT_RE = new RegExp(REAL_DOCUMENT, 'u')
const OWNED_ONE =
  /(?:交付し|発行し|受け付け|受付し|受理し|お預かりし|預かっ|提出され|お持ちいただい|記入され|記入いただい)た[^。！？!?\n]{0,12}?(?:方|人|さん|様)の(?:もの|物|分)?(?=を|も|、|で)/gu

/**
 * Blind R162I-010, R162I-023, R162I-060, R162I-120: a photo said to show what holds people's details, as its caption or the post's words tell
 * it: (a) a log of calls or messages from the public, or a real person's document or screen, put forward as what the photo is (こちらが今日の
 * 着信履歴！, 写真は相談者さんの作成画面, 写真は古賀様の申請書); (b) a screen on which a register of people is looked up (受付のパソコン画面で
 * 名簿の照合, モニターで予約者一覧を確認); (c) a resident's document said caught in it (カウンターに置いた交付通知書までバッチリ撮れてます,
 * 保険証も写っています). Reported (in index.ts `post`) only with an image attached or the photo said shown, as realDocumentPhoto is. A blank
 * or sample screen (記入例, 見本, デモ画面), a masked one (ぼかし), a document not caught (写らないよう), or a screen with no one's record
 * (写真は申告書の作成画面, 写真は受付の様子) is not reported.
 */
const PEOPLES_LOG = '(?:着信履歴|発信履歴|通話履歴|受信履歴|着信記録|通話記録|受信記録|受付記録|相談記録|受信トレイ|受信箱)'
const SOMEONES = '(?:相談者|申告者|申請者|来場者|来庁者|利用者|受診者|市民|住民|お客|[\\p{Script=Han}]{1,4}(?:さん|様))(?:さん|様|の方)?の'
const SCREEN_OR_PAPER = '(?:[\\p{Script=Han}ァ-ヶー]{0,6}画面|(?:確定)?申告書|申請書|届出書|届書|申込書|書類|通知書|源泉徴収票|通帳|保険証|免許証|マイナンバーカード|診察券)'
const RECORD_PRESENTED = new RegExp(
  `(?:写真は|画像は|こちらが|こちらは|これが)[^。！？!?\\n]{0,12}?(?:${PEOPLES_LOG}|${SOMEONES}[^。！？!?\\n、]{0,6}?${SCREEN_OR_PAPER})`,
  'u',
)
const SCREEN_REGISTER =
  /(?:画面|モニター|パソコン|PC|タブレット|端末)(?:上)?(?:で|に|の)[^。！？!?\n]{0,6}?(?:選挙人名簿|名簿|住民情報|住民記録|台帳|予約者一覧|受付一覧|来場者一覧)(?:の|を|が)?[ 　]?(?:照合|確認|検索|表示|チェック|照会)/u
const DOCUMENT_CAUGHT =
  /(?:交付通知書|通知書|申請書|届出書|申告書|申込書|源泉徴収票|通帳|住民票|保険証|免許証|マイナンバーカード|個人番号カード|診察券|宛名|はがき|ハガキ|封筒)(?:まで|も|が)[^。！？!?\n]{0,8}?(?:写って|写り込|写ってる|映って|映り込|撮れて|撮れちゃ)/u
const SCENE_PRESENTED = /こんな感じ|こんな様子|こんな風|こんなふう|(?:写真|画像)は|こちらが|こちらは|の様子(?:です|を|。|！|!)/u
const NOT_SHOWN_RECORD = /記入例|記載例|見本|サンプル|ダミー|デモ|架空|白紙|未記入|ぼかし|モザイク|黒塗り|塗りつぶ|隠して|伏せて|マスキング|加工|写らない|写っていない|映らない|映っていない|ないよう|ないで|ません|お控え|ご遠慮|禁止/u

export function shownRecords(doc: Doc, emit: (d: DraftFinding, posted: boolean) => void): void {
  const t0 = doc.norm.text
  if (!/写真|画像|こちら|これが|画面|モニター|パソコン|PC|タブレット|端末|写|映|撮/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const re of [RECORD_PRESENTED, SCREEN_REGISTER, DOCUMENT_CAUGHT]) {
    const m = re.exec(t)
    // (The register's screen only when the post presents the photo as the scene it is on: 今日はこんな感じです, 写真は受付の様子.)
    if (!m || (re === SCREEN_REGISTER && !SCENE_PRESENTED.test(t))) continue
    const s = sentenceSpan(t, m.index)
    if (NOT_SHOWN_RECORD.test(t.slice(s.start, s.end))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' }, false)
    return
  }
}

/** A name's field and at least one more that points at the person, said to be on the list (氏名・生年月日・接種券番号入り). */
const NAME_FIELD = '(?:氏名|お名前|名前|フルネーム)'
const OTHER_FIELD = '(?:生年月日|ご?住所|電話番号|連絡先|年齢|性別|接種券番号|被保険者番号|受診券番号|会員番号|マイナンバー|学校名|学年|勤務先|病名|既往歴)'
const FIELDS_ON_LIST = new RegExp(
  `(?:${NAME_FIELD}(?:[・、,／/と]|及び|および)[ 　]?(?:${OTHER_FIELD}[・、,／/]?){1,5}|${OTHER_FIELD}(?:[・、,／/]${OTHER_FIELD}){0,4}[・、,／/]${NAME_FIELD})(?:[・、,／/][^（()）\n]{1,8}){0,2}?[ 　]?(?:入り|いり|記載|付き|つき|あり|を含む|含む|が載った|が載って|が写った|が写って)`,
  'gu',
)
/** A list of people in the draft (予約者一覧, 名簿, 受講者リスト). */
const PEOPLE_LIST = /名簿|一覧|リスト|受付簿|芳名|連絡網|台帳/u
/** A full birth date, or a birth year and a place, in brackets after a name at the head of a line. */
const LINE_PERSON = /^[ 　・]?([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})(?:さん|様|氏|殿)?[ 　]?[（(]([^（()）\n]{4,40})[)）][ 　]*$/gmu
const BIRTH_DATE_IN =
  /(?:明治|大正|昭和|平成|令和|(?<![0-9])(?:19|20)[0-9]{2}|(?<![A-Za-z])[MTSHR]\.?)\s?(?:元|[0-9]{1,2}|[一二三四五六七八九十]{1,3})?\s?年\s?[0-9一二三四五六七八九十]{1,2}\s?月\s?[0-9一二三四五六七八九十]{1,3}\s?日\s?(?:生|生まれ)|(?:明治|大正|昭和|平成|令和)\s?(?:元|[0-9]{1,2})\s?年\s?(?:生|生まれ)[・、,][ 　]?[\p{Script=Han}ノヶ々]{2,10}/u

export function rosterTold(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  const t = withoutUrls(doc, t0)
  if (/氏名|名前|フルネーム/u.test(t0) && PEOPLE_LIST.test(t0)) {
    for (const m of matchAllOf(FIELDS_ON_LIST, t)) {
      const s = sentenceSpan(t, m.index)
      if (NOT_EXPOSED.test(t.slice(s.start, s.end)) || /紛失|盗難|誤送|漏えい|漏洩|流出/u.test(t)) continue
      const span = doc.fromNorm(m.index, m.index + m[0].length)
      emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
      return
    }
  }
  if (!/生|年/u.test(t0)) return
  // A line of its own each (a person's birth date in running prose is a biography): two such lines, or one with a home too.
  // (Born in 明治 or 大正, or before 1930: a figure of history, whose birth date is in every biography.)
  const lines = matchAllOf(LINE_PERSON, t).filter((m) => BIRTH_DATE_IN.test(m[2]!) && !/明治|大正|(?<![0-9])(?:18[0-9]{2}|19[0-2][0-9])年|[MT]\.?[0-9]/u.test(m[2]!))
  for (const m of lines) {
    if (lines.length < 2 && !/生(?:まれ)?[・、,][ 　]?[\p{Script=Han}ノヶ々]{2,10}(?:町|地区|区|村|丁目|[0-9])?/u.test(m[2]!)) continue
    if (/記入例|見本|例[)）:：]/u.test(t.slice(Math.max(0, m.index - 30), m.index))) continue
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
  }
}

/**
 * Blind R131I-085: a list typed out (or read off a photo) a person an entry, each with an age and a health or care condition (1 吉開 トミ 89歳
 * 要介護3 ／ 2 田中 勇 92歳 透析あり, 古賀 ハル（88）認知症): a shelter's register or a care list, 要配慮個人情報 of everyone on it. Block with two
 * entries, or one in a post that speaks of a list (名簿, 受付, 一覧).
 */
const CARE_CONDITION =
  '(?:要介護\\s?[1-5一二三四五]?|要支援\\s?[12一二]?|透析|人工透析|認知症|寝たきり|車いす|車椅子|在宅酸素|酸素|人工呼吸器?|持病|障がい|障害|妊娠中|妊婦|アレルギー|インスリン|糖尿病?|心臓病|難病|服薬|医療的ケア|歩行困難|全盲|難聴)'
const CARE_ENTRY = new RegExp(
  `(?:^|[\\n／/|｜・、：:])[ 　]?(?:[0-9]{1,3}[ 　.．:：)）]{1,2})?([\\p{Script=Han}々ヶ]{1,4}[ 　][\\p{Script=Han}々ぁ-ゖァ-ヶー]{1,5})(?:さん|様)?[ 　、,]{0,2}(?:[0-9]{1,3}歳|[（(][0-9]{1,3}(?:歳)?[)）])[ 　、,]{0,2}${CARE_CONDITION}`,
  'gmu',
)

export function rosterEntries(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/歳|[(（][0-9]/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  const entries = matchAllOf(CARE_ENTRY, t)
  if (entries.length === 0 || (entries.length < 2 && !/名簿|受付|一覧|リスト|台帳|記録|ホワイトボード/u.test(t))) return
  const m = entries[0]!
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
}

/**
 * Blind R197A-031: people the city took in or found in a disaster or an emergency listed by name, each with their age in brackets (避難所の
 * 受付名簿から…古賀 一郎さん（80）、古賀 ミツさん（77）、堤 大翔くん（5）, 救助された方：…さん（64）・…さん（61）・…): where a family is
 * and who is in it, ages and all, the list the city keeps, published at once. Block with three entries in a run (、・／ or a line each) in a
 * paragraph that says the people are at a shelter, were rescued, taken to hospital, hurt or missing, or that the list is for checking their
 * safety. A run with no such matter (百歳を迎えられた…さん（100）、…: a celebration), and a list said to be published with consent, are not this.
 */
const AGED_ENTRY = '[\\p{Script=Han}々ヶ]{1,4}[ 　]?[\\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4}(?:さん|様|さま|くん|君|ちゃん|氏)[ 　]?[（(][ 　]?[0-9]{1,3}(?:歳|才)?[ 　]?[)）]'
const AGED_RUN = new RegExp(`(?<![\\p{Script=Han}々ヶァ-ヶー])${AGED_ENTRY}(?:[ 　]?[・、,／/\\n][ 　]?${AGED_ENTRY}){2,60}`, 'gu')
const EMERGENCY_HELD =
  /避難所|避難者|避難され|避難して|避難中|安否|救助|救出|搬送|入院|負傷|けが(?:を|人|され)|怪我|行方不明|消息|身元|一時保護|保護され|収容/u

/*
 * Blind R288S-001 kind: the same people listed a line each (・堤 正治さん（78）、…ご夫妻（高畠）⏎・北島 美穂さん（34）とお子さん2人): each line
 * opens with a full name, its age (or the district) in brackets right after, whatever follows on the line (a spouse, children, a district).
 * Two such lines, in a post one of whose paragraphs tells of a shelter, a rescue or the people's safety, are the roster (judged in index.ts
 * `post` from pickedHomeLines' `held` and `aged`). A line with no bracket after the
 * name, a body's name, or a count without names (避難者数は12名です) is not this.
 */
const AGED_LINE =
  /^[ 　]{0,2}(?:[・･\-－*＊●○◆◇■□][ 　]?|[0-9０-９]{1,3}[.．)）][ 　]?)?([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:さん|様|さま|くん|君|ちゃん|氏)[ 　]?[（(][ 　]?([0-9]{1,3}(?:歳|才)?|[\p{Script=Han}々ヶ]{2,8})[ 　]?[)）]/gmu

export function rosterAged(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/[（(][ 　]?[0-9]/u.test(t0) || !EMERGENCY_HELD.test(t0) || CONSENT.test(t0)) return
  const t = withoutUrls(doc, t0)
  const label = { label: '避難や救助などで市が把握した人の氏名と年齢の一覧' }
  for (const m of matchAllOf(AGED_RUN, t)) {
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: label })
    return
  }
}

/**
 * Blind R138I-061: a class's children listed by full name (6年1組の皆さんです！⏎江口 大翔さん・古賀 結衣さん・堤 蓮さん・松尾 陽菜さん ほか全28名,
 * 卒業生：…くん、…さん、…ちゃん): beside a class photo, each child's face gets a name, and the class and school say where to find them.
 * Warn with three full names in a run (、・／ or a line each) in a post that names the class (年…組, クラス, 学級, 卒業生, 新入生, 年長組).
 * Prize winners (入賞, 表彰), and a list said to be published with consent, are the city's ordinary notices: not reported.
 */
const CHILD_FULL = '[\\p{Script=Han}]{1,3}[ 　][\\p{Script=Han}ぁ-んァ-ヶー]{1,4}(?:さん|くん|君|ちゃん)'
const CHILD_RUN = new RegExp(`${CHILD_FULL}(?:[ 　]?[・、,／/\\n][ 　]?${CHILD_FULL}){2,40}`, 'gu')
const CLASS_NAMED =
  /(?<![0-9])[1-6一二三四五六]年\s?[0-9一二三四五六七八九]組|(?<![\p{Script=Han}ァ-ヶー])(?:クラス|学級)(?:の|全員|みんな|写真)|[1-6一二三四五六]年生(?:の皆|のみんな|全員)|卒業生|新入生|入学生|新一年生|新1年生|年長(?:組|さん)|(?:ばら|さくら|ひまわり|もも|うめ|すみれ|たんぽぽ|ひよこ|うさぎ|きりん|ぱんだ|パンダ|りす)組/u
const NOT_CLASS_ROSTER = /入賞|受賞|表彰|入選|優勝|準優勝|金賞|銀賞|銅賞|最優秀|優秀賞|佳作|選出|代表に|担任|先生/u

export function rosterClass(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/組|クラス|学級|生/u.test(t0) || !CLASS_NAMED.test(t0) || NOT_CLASS_ROSTER.test(t0) || CONSENT.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(CHILD_RUN, t)) {
    const span = doc.fromNorm(m.index, m.index + m[0].length)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'warn', data: { label: '学級と子どもたちの氏名の一覧' } })
    return
  }
}

/**
 * Blind R143I-019: private donors listed a person a line, each by full name with 様 and where they live and how much they gave
 * (・東京都世田谷区 桜井 健太 様（5万円）, 山田花子様（福岡県久留米市）10,000円, 大阪市北区　村上 由香 さん　3万円): a thank-you post for
 * ふるさと納税 or 寄附 that publishes each donor's name, home and gift. Block with two such lines in a post about gifts. A list said to be
 * published with the donors' wish or leave (掲載を希望された方, ご了承をいただいた方), companies and groups (株式会社…様, …商工会様)
 * and thanks without names are not reported.
 */
const GIFT_POST = /寄附|寄付|ふるさと納税|ご芳志|浄財|義援金|募金|協賛金|ご支援/u
/** A full name with an honorific (桜井 健太 様, 山田花子様), not a body's name (…商工会様, 株式会社…様, …一同様). */
const DONOR_NAME = /(?<![\p{Script=Han}々ヶァ-ヶー])([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:様|さま|さん|氏)(?![\p{Script=Han}ぁ-ゖ])/u
const BODY_NAME = /会|社|店|組合|協会|法人|クラブ|団|部|校|園|院|寺|所|局|課|センター|商店|工業|建設|銀行|一同|有志|[（(]株[）)]|学|庁|塾|屋|堂|館|署|協|連|業/u
/** Where the donor lives: a prefecture, a city, a ward, a town (東京都世田谷区, 福岡市中央区, 久留米市). */
const DONOR_HOME = /[\p{Script=Han}々ヶ]{1,5}(?:都|道|府|県|市|区|町|村)(?![\p{Script=Han}])|(?:東京都|北海道|大阪府|京都府|[\p{Script=Han}]{2,3}県)/u
/** The gift: an amount in yen (5万円, 10,000円, 三万円). */
const GIFT_AMOUNT = /(?:[0-9０-９]{1,3}(?:[,，][0-9]{3})+|[0-9０-９]{1,9})(?:[.．][0-9]{1,2})?[ 　]?万?[ 　]?円|[一二三四五六七八九十百千]{1,6}万?円/u
/** Published with the donors' wish or leave. */
const DONOR_CONSENT = /(?:掲載|公表|公開|ご紹介|紹介|お名前の?掲載)(?:を|に|の)?(?:ご)?(?:希望|同意|了承|承諾|許可)|希望され(?:た|る)方|希望者のみ/u

/**
 * Blind R146I-114: the same for private people a lottery or an application picked (市営住宅 入居者抽選結果 当選者：田島 正人様（大和町中島）、
 * 北原 美由紀様（三橋町高畑）…; 申込者, 応募者, 入居予定者), or donors, each by full name with 様 and their home in brackets after it: where
 * each will move or lives is published. Block with two entries. Not an election's winners (選挙, 議員, 候補: public figures), a body (株式会社
 * …様), a school or an age in the brackets (prize winners: 山田 太郎さん（柳川小6年）), or a list published with leave.
 */
/*
 * Blind R249C-004 kind: people an administrative matter of the city concerns, listed as its targets (返金の対象となる方は次のとおりです, 還付の
 * 対象者, 給付金の支給対象, 払い戻しをお受けになる方, 未納の方): each by full name with 様 and their home in brackets, the same exposure as a
 * lottery's winners. (Prize winners and an election's are not targets of a matter: not listed here.)
 */
/*
 * Blind R290P-002 kind: the people an application's screening let through, told as its result (書類選考を通過された方は以下のとおりです,
 * 一次選考の結果, 採用内定者, 面接に進まれる方): applicants listed by full name with their home in brackets, as a lottery's winners are.
 */
const SCREENED = /(?:書類|一次|二次|最終|面接|採用)?選考(?:を|に|の)?[^。！？!?\n]{0,4}?(?:通過|合格|結果)/u
/*
 * Review (rvpi): an award's selection is public (第10回柳川市文化賞の選考結果…・山田 太郎さん（大和町）): its winners are honoured, not
 * screened applicants; the screening alone (SCREENED) does not make them picked when the post is of an award.
 */
const AWARD = /賞(?![与味])|表彰|顕彰|栄誉/u
const PICKED_OTHER =
  /採用(?:予定|内定)者|内定者|面接に進まれる方|抽選|当選者|当選された|当選しました|入居者|入居予定者|入居決定者|申込者|申し込み者|応募者|申請者|落選|(?:返金|還付|返還|払い?戻し|差額|給付|支給|補償|賠償|助成|交付|徴収|督促)(?:金)?(?:の|を)?[^。！？!?\n]{0,6}?(?:対象|お受け|受け取|受給)|(?:対象|該当)(?:と|に)(?:なる|なった|なります|なられた)(?:方|皆様|皆さま)|対象者(?:は|の|：|:|一覧|名簿)|該当者|未納(?:の方|者)|滞納(?:の方|者)/u
const PICKED_POST = { test: (t: string): boolean => PICKED_OTHER.test(t) || (SCREENED.test(t) && !AWARD.test(t)) }
const ELECTION = /選挙|議員|候補|得票|投票|立候補|無投票|議席/u
const NAME_THEN_HOME = /(?<![\p{Script=Han}々ヶァ-ヶー])([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:様|さま|さん|氏)[ 　]?[（(]([^（()）\n]{2,20})[)）]/gu
/** A home in the brackets: a town, a district, a city or a block (大和町中島, 坂本町, 福岡市, 3丁目); not a school, an age or a body. */
const HOME_IN = /[\p{Script=Han}々ヶ]{1,6}(?:都|道|府|県|市|区|町|村|丁目|地区|校区)|[0-9０-９]{1,3}(?:丁目|番地?)/u
const NOT_HOME = /歳|才|年生|学校|学園|大学|(?:小|中|高|校|園)(?:[0-9０-９一二三四五六]年)?$|会社|株式|商店|代表|会長|職員|勤務|市長|町長|議員|講師|委員/u

/**
 * Blind R271P-039 kind: a lottery's or an application's list with each line giving the home first, a housing block and its building or a
 * town (・蒲池団地 2号棟　古川 美和子 様（ひとり親世帯）, ・三橋町高畑　北原 美由紀 様), then the full name with 様: where each will live, as the
 * home in brackets after the name is. Block with two such lines. The list may stand in its own paragraph, the lottery told in another: the
 * paragraph's lines are kept for `post` (picked: the paragraph tells of a lottery or an application; barred: an election or a leave to publish).
 * Not a body (…商店 様), nor a line without a place before the name.
 */
const HOME_THEN_NAME_LINE =
  /^[ 　]{0,2}[・･\-－*＊●○◆◇■□][ 　]?(?:[\p{Script=Han}々ヶノァ-ヶー]{1,10}(?:団地|住宅|ハイツ|コーポ|荘)[ 　]?(?:[0-9０-９A-ZＡ-Ｚ一二三四五六七八九十]{1,3}(?:号棟|棟|号館))?|[\p{Script=Han}々ヶ]{1,6}(?:町|村|地区)[\p{Script=Han}々ヶノ]{0,5})(?:[ 　]?[0-9０-９]{1,4}号室?)?[ 　]{1,2}([\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:様|さま|さん|氏)(?![\p{Script=Han}ぁ-ゖ])/gmu
export interface PickedLines {
  picked: boolean
  barred: boolean
  line: DraftFinding | null
  /** Blind R276N-035 kind: the paragraph tells that a means-tested aid's recipients were chosen (奨学生に決定, 就学援助の対象と認定). */
  aided: boolean
  /** Blind R276N-035 kind: the first list line naming a pupil in full with their school and grade (中島 彩花（伝習館高等学校2年）), two such lines or more. */
  pupils: DraftFinding | null
  /** Blind R288S-001 kind: the paragraph tells of a shelter, a rescue or people's safety (EMERGENCY_HELD). */
  held: boolean
  /** Blind R288S-001 kind: the first of two lines or more each naming a person with their age or district in brackets (・堤 正治さん（78）…). */
  aged: DraftFinding | null
}
/**
 * Blind R276N-035 kind: the recipients of an aid given for a household's means — a scholarship, school aid — told as chosen (次の3名を奨学生に
 * 決定いたしました, 奨学生選考結果, 就学援助の対象と認定): naming them tells their family's finances. An award or a prize is not this (表彰, 受賞).
 */
const AIDED_CHOSEN =
  /奨学(?:生|金)[^。！？!?\n]{0,12}?(?:決定|選考|採用|認定|内定)|(?:決定|選考|採用|認定|内定)[^。！？!?\n]{0,6}?奨学(?:生|金)|就学援助[^。！？!?\n]{0,8}?(?:対象|認定|決定)/u
/** A list line naming a pupil in full, their school and grade in the bracket after it (中島 彩花（伝習館高等学校2年）, ・原田 拓海さん（柳川高校3年）). */
const PUPIL_LINE =
  /^[ 　]{0,2}(?:[・･\-－*＊●○◆◇■□][ 　]?)?([\p{Script=Han}々ヶ]{1,4}[ 　][\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4})[ 　]?(?:様|さま|さん|くん|君|氏)?[ 　]?[（(][^（）()\n]{0,14}?(?:学校|高校|中学|小学|学園|学院|大学|高専)[ 　]?[0-9０-９一二三四五六]年(?:生)?[）)]/gmu
/*
 * Review (rvpi): people the city honours are public in that role (川で溺れた子どもを救助した次の方々に感謝状を贈呈しました: the rescuers,
 * thanked), as a ceremony's guests are.
 */
const GUESTS = /講師|来賓|登壇|出演|訓練|講演|表彰|受賞|感謝状|顕彰|功労|市長|議員/u
/** A district named bare in the bracket (（塩塚）, （今古賀）): two to four kanji, not a role, a trade or a body (（防災士）, （看護師）, （自治会長）). */
const DISTRICT_ONLY = /^[\p{Script=Han}々ヶ]{2,4}$(?<![士師員長者家生係役官医手職業会部課所館校園寺局店社人主様団赤隊協])/u
/*
 * Review (rvpi): an officer's post in the bracket is a role, not a district (避難所運営委員会の役員…・古賀 一郎さん（会計）⏎・松尾 花子さん
 * （書記）): a committee's officers are named in their public role.
 */
const ROLE_IN = /会計|書記|監事|幹事|理事|顧問|庶務|総務|広報|渉外|監査|委員|役員|代表|会長|班長|部長|隊長|組長|相談役|世話人|補佐|事務局|副/u
/** Lines each opening with a full name and its age or district in brackets (AGED_LINE), not a body's name: two or more, the first's span. */
function agedLines(doc: Doc, t: string): DraftFinding | null {
  if (!/[（(]/u.test(t)) return null
  const lines = matchAllOf(AGED_LINE, t).filter((m) => !BODY_NAME.test(m[1]!) && (/^[0-9]/u.test(m[2]!) || (HOME_IN.test(m[2]!) && !NOT_HOME.test(m[2]!)) || (DISTRICT_ONLY.test(m[2]!) && !ROLE_IN.test(m[2]!))))
  if (lines.length < 2) return null
  const m = lines[0]!
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  return { rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '避難や救助などで市が把握した人の氏名と年齢の一覧' } }
}

export function pickedHomeLines(doc: Doc): PickedLines {
  const t0 = doc.norm.text
  // (A drill, a talk or a ceremony's guests and speakers, listed with their town or trade, are not people the city took in.)
  const guests = GUESTS.test(t0)
  const held = EMERGENCY_HELD.test(t0) && !guests
  const aged = guests ? null : agedLines(doc, withoutUrls(doc, t0))
  const picked = PICKED_POST.test(t0)
  const barred = ELECTION.test(t0) || DONOR_CONSENT.test(t0)
  const aided = /奨学|就学援助/u.test(t0) && AIDED_CHOSEN.test(t0)
  let pupils: DraftFinding | null = null
  if (/年/u.test(t0) && /[（(]/u.test(t0)) {
    const rows = matchAllOf(PUPIL_LINE, withoutUrls(doc, t0)).filter((m) => !BODY_NAME.test(m[1]!))
    if (rows.length >= 2) {
      const span = doc.fromNorm(rows[0]!.index, rows[0]!.index + rows[0]![0].length)
      pupils = { rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '奨学金・就学援助を受ける人の氏名と学校・学年' } }
    }
  }
  if (!/[様さ氏]/u.test(t0)) return { picked, barred, line: named(doc, t0), aided, pupils, held, aged }
  const entries = matchAllOf(HOME_THEN_NAME_LINE, withoutUrls(doc, t0)).filter((m) => !BODY_NAME.test(m[1]!) && !/^(?:管理人|担当|職員|係|代表)/u.test(m[1]!))
  if (entries.length < 2) return { picked, barred, line: named(doc, t0), aided, pupils, held, aged }
  const m = entries[0]!
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  return { held, aged, picked, barred, line: { rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '抽選・申込をした人の氏名と入居先・住んでいる地域' } }, aided, pupils }
}

/**
 * Blind R290P-002 kind: the list's lines name each person in full with their home in brackets after (受付番号03 樺島 美咲さん（三橋町高畠）),
 * the lottery or the screening told in another paragraph: kept for `post`, as the home-first lines are.
 */
function named(doc: Doc, t0: string): DraftFinding | null {
  if (!/[（(]/u.test(t0)) return null
  const entries = matchAllOf(NAME_THEN_HOME, withoutUrls(doc, t0)).filter((m) => !BODY_NAME.test(m[1]!) && HOME_IN.test(m[2]!) && !NOT_HOME.test(m[2]!))
  if (entries.length < 2) return null
  const m = entries[0]!
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  return { rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '抽選・申込・寄附をした人の氏名と住んでいる地域' } }
}

export function rosterPicked(doc: Doc, emit: Emit): boolean {
  const t0 = doc.norm.text
  if (!(PICKED_POST.test(t0) || GIFT_POST.test(t0)) || ELECTION.test(t0) || !/[（(]/u.test(t0) || CONSENT.test(t0) || DONOR_CONSENT.test(t0)) return false
  const t = withoutUrls(doc, t0)
  const entries = matchAllOf(NAME_THEN_HOME, t).filter((m) => !BODY_NAME.test(m[1]!) && HOME_IN.test(m[2]!) && !NOT_HOME.test(m[2]!))
  if (entries.length < 2) return false
  const m = entries[0]!
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '抽選・申込・寄附をした人の氏名と住んでいる地域' } })
  return true
}

/**
 * Blind R276N-059 kind: a list line naming a person in full (no honorific in a 敬称略 list, or with one), its bracket saying that they asked to
 * stay anonymous (西村 和夫（沖端町・ご本人のご希望により匿名扱い）　300,000円, 古賀 一郎様（匿名希望）): the wish told and broken in one line,
 * the name published against it. Block. The name opens its line (a bullet aside); a line with no name (匿名希望（沖端町）) or a body's name
 * (…商店会（匿名）) is not this.
 */
const ANONYMOUS_NAMED =
  /(?:^|\n)[ 　]{0,2}[・･\-－*＊●○◆◇■□]?[ 　]{0,2}([\p{Script=Han}々ヶ]{1,4}[ 　][\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4}|[\p{Script=Han}々ヶ]{1,4}[ 　]?[\p{Script=Han}々ヶぁ-ゖァ-ヶー]{1,4}[ 　]?(?:様|さま|さん|氏))[ 　]?[（(][^（）()\n]{0,24}?(?:匿名|お名前(?:の)?(?:公表|掲載)(?:は|を)?(?:希望(?:されない|しない)|控え|伏せ)|名前を伏せ)[^（）()\n]{0,16}?[）)]/gu
function anonymousNamed(doc: Doc, emit: Emit): void {
  const t0 = doc.norm.text
  if (!/匿名|伏せ|控え|希望/u.test(t0)) return
  const t = withoutUrls(doc, t0)
  for (const m of matchAllOf(ANONYMOUS_NAMED, t)) {
    if (BODY_NAME.test(m[1]!)) continue
    const a = m.index + m[0].indexOf(m[1]!)
    const span = doc.fromNorm(a, a + m[1]!.length)
    emit({ rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '匿名を希望した方の名前' } })
    return
  }
}

export function rosterDonors(doc: Doc, emit: Emit): void {
  anonymousNamed(doc, emit)
  if (rosterPicked(doc, emit)) return
  const t0 = doc.norm.text
  if (!GIFT_POST.test(t0) || !/円/u.test(t0) || !/様|さま|さん|氏/u.test(t0) || CONSENT.test(t0) || DONOR_CONSENT.test(t0)) return
  const t = withoutUrls(doc, t0)
  const entries: Array<{ a: number; b: number }> = []
  for (let ls = 0, k = 0; ls < t.length && k < 200; k++) {
    let le = t.indexOf('\n', ls)
    if (le === -1) le = t.length
    const line = t.slice(ls, le)
    const name = line.length <= 60 ? DONOR_NAME.exec(line) : null
    if (name && !BODY_NAME.test(name[1]!)) {
      const rest = line.slice(0, name.index) + ' ' + line.slice(name.index + name[0].length)
      if (DONOR_HOME.test(rest) && GIFT_AMOUNT.test(rest)) entries.push({ a: ls, b: le })
    }
    ls = le + 1
  }
  if (entries.length < 2) return
  const m = entries[0]!
  const span = doc.fromNorm(m.a + (/^[ 　・･\-－*＊●○◆◇■□]*/u.exec(t.slice(m.a, m.b))?.[0].length ?? 0), m.b)
  emit({ rule: 'personal-info/identifiable-person', start: span.start, end: span.end, severity: 'block', data: { label: '住んでいる地域と寄附の金額' } })
}
