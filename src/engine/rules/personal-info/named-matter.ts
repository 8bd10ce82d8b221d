/**
 * A private person named and, in the same sentence, told in a matter that is theirs alone and that the city learned in its
 * work: block (4(4)). The name is what identifies; the matter is what must not go out with it.
 *
 * Blind R357E-044 kind: another resident's complaint, told by how angry they were (先月伺った際にかなりお怒りだった沖端町の柳田様にも
 * ご説明済み, ご立腹の古賀様, 苦情をお寄せいただいた本町の堤さん): who complained, to everyone.
 * Blind R357E-055 kind: a landowner and where the negotiation for the land stands (土地をお持ちの…樺島政信さんから、まだ用地買収への
 * ご同意をいただけていない, 地権者の古賀様との交渉が難航): the person blamed in public for a delay.
 * Blind R354B-021 kind: a child taken into care, named with the school and the year (一時的にお預かりした沖端小3年のハルトくん, 保護された
 * 城内小2年のゆいちゃん).
 * Blind R354B-022, R354B-041 kinds: a child's or a pupil's health told by name, with the class, the school or the age (2年1組の井上 葵さん用
 * の除去食, 陽向くん（1歳6か月）の健診…経過観察): 要配慮個人情報 of a child.
 *
 * Staff named as the ones who act (担当の中島から, 保健師の古賀さんが説明) are not the matter's person; a name in a quotation is a mention.
 */
import { matchAllOf } from '../../regex'
import type { Doc } from '../../doc'
import { quotedOnLine, sentenceSpan, staffBefore, withoutUrls, type Emit } from './context'

/** A person's name with its honorific: a family name with or without the given name, or a child's given name in kana (ハルトくん). */
export const NAME =
  /(?<![\p{Script=Han}々ヶァ-ヶー])(?:([\p{Script=Han}々ヶ]{1,4}(?:[ 　]?[\p{Script=Han}々ヶ]{1,3}|[ 　][ぁ-ゖァ-ヶー]{1,4})?)|([ァ-ヶー]{2,5}|[ぁ-ゖ]{2,4}(?=くん|ちゃん)))(様|さま|さん|氏|くん|君|ちゃん)(?!たち|達|ら[、。がはのをにもと]|方|家)/gu
/** Words that take an honorific and are no one's name (皆様, 地権者様, 保護者様, 市民の方). */
export const NOT_A_NAME =
  /^(?:皆|何|各位|地権者|所有者|関係者|保護者|利用者|参加者|住民|市民|町民|区民|来場者|お客|客|患者|生徒|児童|先生|医師|業者|職員|担当者?|代表者?|会長|区長|班長|隊長|奥|旦那|息子|娘|孫|兄|姉|弟|妹|父|母|親御|赤ちゃん|子供|子ども|大工|漁師|農家|地主|大家|神|仏|王|姫|殿|家族|一家|相手|本人|ご本人)$/u

/** The person is the one who complained or was angry: the matter in a clause right before the name. */
const COMPLAINED_BEFORE =
  /(?:お怒り|ご立腹|激怒|憤慨|怒って(?:おられ|いらっしゃ|い)|怒られ|苦情を(?:寄せ|いただ|頂|申し出|言|入れ|お寄せ)|クレームを|抗議(?:され|をいただ|をお寄せ))[^。！？!?\n]{0,24}$/u
/** The person the land belongs to, its purchase or a consent not yet given (用地買収へのご同意をいただけていない, 交渉が難航). */
const LAND_DEAL = /用地|買収|立ち退き|立退き|地権者|土地をお持ち|土地の所有|売却/u
const DEAL_STALLED =
  /(?:同意|承諾|了承|ご理解|合意)(?:を|が)?(?:まだ)?(?:いただけ(?:て(?:い|お)?ら?)?ない|いただけておりません|いただけていません|得られて(?:い)?ない|得られておりません|得られていません|頂けて(?:い)?ない)|交渉(?:が|は)?(?:難航|まとまって(?:い)?ない|まとまらない|決裂|平行線)|応じて(?:いただけて|もらえて)?(?:い)?ない|(?:売却|買収)(?:を|に)(?:拒|渋|反対)/u
/** A child taken into care (一時保護, お預かりした, 保護された). */
const TAKEN_IN = /一時保護|(?:一時的に|緊急に)?お預かりし|保護(?:した|され|しま)/u
/** A child's or a pupil's health (除去食, アレルギー, 経過観察, 要精密検査, 発達の遅れ). */
const CHILD_HEALTH = /除去食|アレルギー|経過観察|要精密検査|要精検|再検査|発達(?:の遅れ|について|に遅れ|障が?い|障害)|診断(?:され|を受け)|持病|発作/u
/** The child singled out: the school and year or the class right before the name, or the age in a bracket right after it. */
const SCHOOL_YEAR_BEFORE = /(?:[\p{Script=Han}]{1,4}(?:小|中|小学校|中学校|高|高校|園|保育園|幼稚園)[ 　]?[0-9０-９一二三四五六]{1,2}年(?:生)?(?:[0-9０-９一二三四五六]{1,2}組)?|[0-9０-９一二三四五六]{1,2}年[0-9０-９一二三四五六]{1,2}組)の?[ 　]?$/u
const AGE_AFTER = /^[ 　]?[（(][ 　]?[0-9０-９]{1,2}(?:歳|才|か月|ヶ月|カ月)/u
/**
 * Blind R361J-023 kind: a household named as the one that applies for or consults about a benefit of need (城南小の矢加部さん世帯（お母さんと
 * 子ども3人）のように、期限を過ぎてから相談に来られる方): the school or the household told with the name single the family out.
 */
const WELFARE = /就学援助|生活保護|児童扶養手当|生活困窮|非課税世帯|(?:給食費|保育料)の(?:減免|免除)/u
const WELFARE_CASE = /相談に|申請(?:され|し|が|を|に)|受給|受けて(?:い|お)られ|受けとら|窓口に/u
const SCHOOL_BEFORE = /[\p{Script=Han}]{1,6}(?:小|中|小学校|中学校|高校|保育園|幼稚園|こども園)の[ 　]?$/u
const HOUSEHOLD_AFTER = /^(?:世帯|一家|ご一家|家|宅|んち)|^[ 　]?[（(][^）)\n]{0,16}(?:人|歳|才)[）)]/u
/** Staff who act in the sentence (担当の中島, 保健師の古賀さん): not the matter's person. */
export const STAFF_BEFORE = staffBefore('係長|課長|調理員|教諭|主任|所長|センター長')

export function namedMatter(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const complaint = /怒|立腹|憤慨|苦情|クレーム|抗議/u.test(t)
  const land = LAND_DEAL.test(t) && DEAL_STALLED.test(t)
  const taken = TAKEN_IN.test(t)
  const health = CHILD_HEALTH.test(t)
  const welfare = WELFARE.test(t)
  if (!complaint && !land && !taken && !health && !welfare) return
  let last = -1
  for (const m of matchAllOf(NAME, t)) {
    const core = (m[1] ?? m[2])!.replace(/[ 　].*$/u, '')
    if (NOT_A_NAME.test(core) || /^[おご御]/u.test(core)) continue
    const a = m.index
    const b = a + m[0].length
    const s = sentenceSpan(t, a)
    if (s.start === last) continue
    if (quotedOnLine(t, a)) continue
    const before = t.slice(Math.max(s.start, a - 40), a)
    if (STAFF_BEFORE.test(before)) continue
    const sentence = t.slice(s.start, s.end)
    // A health matter may be told in the sentence after the name's (…くん（1歳6か月）の健診に…。言葉の発達について経過観察となった件は…).
    const next = s.end < t.length ? t.slice(s.end + 1, sentenceSpan(t, Math.min(t.length - 1, s.end + 1)).end) : ''
    const child = m[3] === 'くん' || m[3] === '君' || m[3] === 'ちゃん' || SCHOOL_YEAR_BEFORE.test(before)
    const marked = SCHOOL_YEAR_BEFORE.test(before) || AGE_AFTER.test(t.slice(b, b + 10))
    let label = ''
    if (complaint && COMPLAINED_BEFORE.test(before)) label = '苦情を寄せた人'
    else if (land && LAND_DEAL.test(sentence) && DEAL_STALLED.test(sentence)) label = '用地交渉の相手と交渉の状況'
    else if (taken && child && SCHOOL_YEAR_BEFORE.test(before) && TAKEN_IN.test(sentence)) label = '保護した子の名前と学校'
    else if (health && marked && (CHILD_HEALTH.test(sentence) || CHILD_HEALTH.test(next))) label = '子どもの名前と健康の情報'
    else if (welfare && WELFARE_CASE.test(sentence) && (HOUSEHOLD_AFTER.test(t.slice(b, b + 20)) || (SCHOOL_BEFORE.test(before) && /^[^。！？!?\n、]{0,20}?(?:のように|のような|みたいに|みたいな)/u.test(t.slice(b, b + 24))))) label = '世帯の名前と受けている援助'
    if (!label) continue
    last = s.start
    const span = doc.fromNorm(a, b)
    emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label } })
  }
}

/**
 * Blind R353A-027 kind: a list of people kept at a counter, told photographed in casual words (受付の参加者名簿も記念にパチリ, 申込書を
 * パシャリ, 芳名録を撮影しました): everyone on it is put up with the photo. Block. Not a blank form or a sample, a masked photo, a photo
 * not taken or not posted, nor the reader told to take one (撮影してお送りください).
 */
const SNAP_LIST =
  /(?:名簿|受付簿|受付表|参加者(?:一覧|リスト)|出席者(?:一覧|リスト)|出席簿|芳名録|芳名帳|記帳(?:簿|ノート)|署名簿|申込書|申込用紙|申し込み用紙|アンケート(?:用紙|回答)|回答用紙)(?:も|を|は)?[ 　]?(?:記念に|ついでに|一緒に|しっかり|思わず|こっそり)?[ 　]?(?:パチリ|パチッ|パシャリ|パシャ|カシャ|撮影(?:しました|しちゃ|しておき|してみ)|撮(?:りました|っちゃ|っておきました|ってみ|ったよ|ったので))/u
const SNAP_NOT_EXPOSED = /記入例|見本|様式|ひな形|雛形|白紙|未記入|空欄|ぼかし|モザイク|黒塗り|塗りつぶ|隠して|伏せて|加工し|写らない|写っていない|載せません|掲載しません|公開しません|ください|下さい|やめ|禁止|控え|ないで|ないよう|注意|NG/u

export function snappedRoster(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const m = SNAP_LIST.exec(t)
  if (!m) return
  const s = sentenceSpan(t, m.index)
  if (SNAP_NOT_EXPOSED.test(t.slice(s.start, s.end))) return
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/roster-photo', start: span.start, end: span.end, severity: 'block' })
}

/**
 * Blind R353A-004 kind: someone not named but pointed at through a house placed by a landmark beside it (本町の郵便局の角の…空き家ね。
 * あそこの持ち主のおばあちゃんは), told in the same sentence with an illness or where they are in care (認知症で大川の施設に入っとらす):
 * the neighbours know whose house it is, so this is that person's health and whereabouts. Block. The house and the person within two
 * sentences; dialect forms of being in care (入っとらす, 入っとんなる) are read.
 */
const LANDMARK_HOUSE =
  /(?:郵便局|銀行|交番|駅|神社|お寺|寺|公民館|学校|小学校|中学校|コンビニ|スーパー|病院|医院|橋|信号|交差点|ポスト|バス停|酒屋|米屋|薬局|ガソリンスタンド|踏切)(?:の)?(?:角|隣|向かい|前|裏|横|そば|斜め前)の[^。！？!?\n]{0,16}?(?:空き家|空家|家|お宅|家屋|住宅|古民家)/u
const OWNER_OF_HOUSE =
  /(?:あそこ|そこ|その家|そのお宅|あの家|あのお宅|そちら)の(?:持ち主|所有者|家主|住人|おばあちゃん|おばあさん|おじいちゃん|おじいさん|奥さん|ご主人|おばちゃん|おじちゃん)|(?:持ち主|所有者|家主|住人)(?:の(?:おばあちゃん|おばあさん|おじいちゃん|おじいさん|方|人|女性|男性))?(?=は|が|さん|も)/u
const CARE_OR_ILLNESS =
  /認知症|寝たきり|入院(?:中|して|されて|しと|しとら)|(?:施設|ホーム|老人ホーム|特養|病院)に入(?:所|居|院|っ|られ|らし)|入所(?:中|して|されて|しと)|要介護|透析|(?:がん|癌)(?:で|の|を)/u

export function ownerByLandmark(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const house = LANDMARK_HOUSE.exec(t)
  if (!house) return
  const from = house.index + house[0].length
  const owner = OWNER_OF_HOUSE.exec(t.slice(from, from + 120))
  if (!owner) return
  const at = from + owner.index
  const s = sentenceSpan(t, at)
  if (!CARE_OR_ILLNESS.test(t.slice(at, s.end))) return
  const span = doc.fromNorm(at, at + owner[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '家から分かる人の病状・入所先' } })
}

/**
 * Blind R357E-016 kind: a resident in a posted photo told by the household they belong to (いちばん左が、…酒見さんのところの奥さんです,
 * 右端は古賀さんちのおばあちゃん, 堤さん家の息子さん): the family name and the member single them out in the picture. Warn, with an image or
 * a video attached and no consent stated (index.ts, as for a captioned person). Not staff or a role holder (担当の古賀さん).
 */
const HOUSEHOLD_MEMBER =
  /(?<![\p{Script=Han}々ヶ])[\p{Script=Han}々ヶ]{1,4}(?:さん|様|さま)(?:の(?:ところ|とこ)の|ん?ち(?:の)?|家の|宅の)(?:奥さん|奥さま|奥様|ご主人|旦那さん|おばあちゃん|おばあさん|おじいちゃん|おじいさん|お母さん|お父さん|息子さん|娘さん|お嫁さん|お婿さん|お孫さん|長男|長女|次男|次女|坊ちゃん|嬢ちゃん)/u
const PHOTO_TOLD = /写真|画像|パシャリ|パチリ|撮影|撮っ|撮り|📷|📸|写って|写っと|左から|右から|いちばん左|いちばん右|一番左|一番右|左端|右端|真ん中|まん中|中央/u

export function householdInPhoto(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!PHOTO_TOLD.test(t)) return
  const m = HOUSEHOLD_MEMBER.exec(t)
  if (!m || STAFF_BEFORE.test(t.slice(Math.max(0, m.index - 8), m.index))) return
  const lineStart = t.lastIndexOf('\n', m.index - 1) + 1
  const lineBefore = t.slice(lineStart, m.index)
  if (lineBefore.lastIndexOf('「') > lineBefore.lastIndexOf('」')) return
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'warn', data: { label: '家族で分かる写真の人' } })
}

/**
 * Blind R354B-040 kind: the users of a health or child-health service shown in a group photo (離乳食教室に参加してくれたママと赤ちゃんたち…
 * みんなで記念撮影, 両親学級の皆さんと集合写真, 特定健診に来られた方々と一緒にパチリ): their faces tell that they used it. Warn, with an image
 * or a video attached and no consent stated (index.ts, as for a portrait). The participants and the group shot in the paragraph.
 */
const HEALTH_SERVICE =
  /離乳食教室|乳幼児健診|[0-9０-９一二三四五六七八九十]{1,2}(?:か月|ヶ月|カ月|ケ月|歳)児?健診|母親学級|両親学級|パパママ教室|プレママ|マタニティ教室|妊婦(?:教室|さん)|特定健診|がん検診|健康診断|予防接種|育児相談|発達相談|健康相談|保健センター/u
const SERVICE_USERS = /(?:参加して(?:くれ|くださ|いただい)|来て(?:くれ|くださ|いただい)|来られた|お越し(?:の|いただい|くださ)|受診(?:され|し))|ママ|パパ|赤ちゃん|親子|妊婦さん|参加者/u
const GROUP_SHOT = /記念撮影|集合写真|みんなで(?:写真|パチリ|パシャリ|撮影|撮り|撮っ)|(?:皆さん|みなさん|全員)と(?:一緒に)?(?:写真|パチリ|パシャリ|撮影|撮り|撮っ)|一緒に(?:パチリ|パシャリ|撮影|写真を撮)/u

export function serviceUsersPhoto(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  const shot = GROUP_SHOT.exec(t)
  if (!shot || !HEALTH_SERVICE.test(t) || !SERVICE_USERS.test(t)) return
  const span = doc.fromNorm(shot.index, shot.index + shot[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'warn', data: { label: '健康サービスの利用者の写真' } })
}

/**
 * Blind R362K-014, R362K-044 kind: a taxpayer not named by full name but pointed at through the shop they keep or the trade they run in a
 * district (大和町中島の「井手酒店」のご主人, 三橋町で小児科やってる中村先生), told with their tax: arrears or a seizure (4年分ためとられて, 預金を
 * 押さえました) or an amount (年800万超え). Everyone nearby knows whose it is. Block. The tax told in the person's sentence or the one on either
 * side; a price with tax included (税込) is not a tax of theirs.
 */
const SHOP_PERSON =
  /「[^」\n]{1,12}」(?:さん)?の(?:ご主人|店主|社長|経営者|オーナー|大将|おかみ|女将|奥さん)|(?:町|地区)[\p{Script=Han}ノヶ々]{0,4}で[^。！？!?\n、]{1,10}?(?:やって|営んで|経営して|開業して)(?:る|いる|おられる|らっしゃる)[\p{Script=Han}ァ-ヶー]{1,6}(?:さん|先生|様)/u
const THEIR_TAX = /(?:住民|市県民|市民|県民|固定資産|国保|国民健康保険|軽自動車|所得|法人|事業|市)税|保険料|納税|納めて|納めとら|納め(?:た|る)/u
const TAX_TOLD = /滞納|未納|督促|差押|差し押さえ|押さえ(?:まし|た|て)|公売|ため(?:て|と|込)|[0-9][0-9,]*(?:万|億|千円|円)/u

export function shopOwnerTax(doc: Doc, emit: Emit): void {
  const t = withoutUrls(doc, doc.norm.text)
  if (!THEIR_TAX.test(t)) return
  const m = SHOP_PERSON.exec(t)
  if (!m) return
  const s = sentenceSpan(t, m.index)
  const before = s.start > 1 ? sentenceSpan(t, s.start - 2).start : s.start
  const after = s.end + 1 < t.length ? sentenceSpan(t, s.end + 1).end : s.end
  const near = t.slice(before, after)
  if (!THEIR_TAX.test(near) || !TAX_TOLD.test(near) || /税込|税抜|税別|消費税/u.test(t.slice(s.start, s.end))) return
  const span = doc.fromNorm(m.index, m.index + m[0].length)
  emit({ rule: 'personal-info/identifiable-person', clause: '4(4)', start: span.start, end: span.end, severity: 'block', data: { label: '店や仕事から分かる人の税' } })
}
