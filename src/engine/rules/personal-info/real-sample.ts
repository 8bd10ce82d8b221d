/**
 * Blind R410K-021 kind: a sample of a filled-in form (記入例, 見本, 記載例) that the post itself says holds a real person's entries
 * (実際の記入内容を掲載しています, 実際に提出された申請書をお借りしました, 実在の方の記入例です, 来庁者の方にご了承をいただき…): the example
 * exemption then no longer holds, and a My Number written there is a real one (番号法: no one may publish another's number, consent or
 * not), so it blocks as any My Number does. A made-up sample stays a mention or a warning: a note that the values are made up (架空,
 * ダミー), a sample with no word on where its values come from, and a note that only tells the reader what to write in the real form
 * (実際の申請書にはご自身の個人番号を記入してください) or denies it is real (実在の人物ではありません, 実際の記入内容とは異なります).
 */

/** The sample's values said to be real: 実際の記入内容を掲載, 実際に提出された申請書をそのまま, 実在の方の, 本物の申請書を使用. */
const REAL_ENTRIES =
  /(?:実際|実在|本物|現物|実物)(?:の|に)[^。！？!?\n]{0,14}?(?:記入内容|記入|記載内容|記載|申請書|届出書|届書|書類|申請内容|方|人物|申請者|来庁者|番号|内容|もの)[^。！？!?\n]{0,16}?(?:掲載|使用|使わせ|使って|お借り|借り|載せ|紹介し|そのまま|転載|引用)(?![^。！？!?\n]{0,6}?(?:ません|ない|なく|ず))/u
/** A real applicant's or visitor's consent to show the entries: ご来庁の方にご了承をいただき, 申請者ご本人の同意を得て. */
const REAL_PERSON_CONSENT =
  /(?:来庁|来所|来場|申請|窓口|ご本人|本人|記入|提出|利用)[^。！？!?\n]{0,10}?(?:方|者|様|さん)[^。！？!?\n]{0,8}?(?:に|の|から)[^。！？!?\n]{0,4}?(?:了承|同意|承諾|許可|了解)(?:を|も)?(?:いただ|頂|得|もら|取)/u
/** The values denied to be real, or the reader told what to do in the real form. */
const NOT_REAL =
  /(?:実際|実在|本物)(?:の|に)[^。！？!?\n]{0,16}?(?:ではありません|ではない|じゃない|ではなく|とは異な|と異な|とは関係|しない)|架空|ダミー|実在しない/u

/** Whether a paragraph holding a sample says the sample's values are a real person's. */
export function saysRealEntries(t: string): boolean {
  if (!/実際|実在|本物|現物|実物|了承|同意|承諾|許可|了解/u.test(t)) return false
  if (NOT_REAL.test(t)) return false
  return REAL_ENTRIES.test(t) || REAL_PERSON_CONSENT.test(t)
}
