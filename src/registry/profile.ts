/**
 * 4(1) what an account's profile must state: the operator (運営主体: 柳川市 and its 課/室/係/部/センター,
 * or 運営：柳川市…), the purpose (発信 / お知らせ / 情報 / 魅力 …), and for a 専ら情報発信 account that it
 * does not reply (返信・回答・個別の対応はしていません …). Missing statements come with the text to add,
 * built from the registry record. Pure functions.
 */
import type { AccountRecord } from './model'

export type ProfileItem = 'operator' | 'purpose' | 'noReply'

export interface ProfileText {
  name?: string
  bio?: string
}

export interface ProfileCheck {
  operator: boolean
  purpose: boolean
  /** null: the account is not 専ら情報発信, so no statement is needed. */
  noReply: boolean | null
  /** The statements that are missing, each with the text to add. */
  missing: Array<{ item: ProfileItem; suggestion: string }>
}

function norm(s: string): string {
  return s.normalize('NFKC').replace(/[ \t\u3000]+/g, ' ')
}

/** Not the city: 柳川市観光協会, 柳川市商工会 … (an organisation word before the unit). */
const ORGANISATION = /(協会|協議会|商工会|会議所|組合|連合会|振興会|財団|法人|株式会社)/
const UNIT = /(課|室|係|部|センター|局)/

/** 柳川市 followed (within one phrase) by a 課/室/係/部/センター, with no association in between; or 運営：柳川市…. */
export function statesOperator(text: string, record?: Pick<AccountRecord, 'department'>): boolean {
  const t = norm(text)
  let i = t.indexOf('柳川市')
  while (i >= 0) {
    const phrase = t.slice(i + 3, i + 3 + 24).split(/[。、,.!！?？\n「」()（）]/)[0] ?? ''
    const unit = phrase.search(UNIT)
    const org = phrase.search(ORGANISATION)
    if (unit >= 0 && (org < 0 || org > unit)) return true
    if (org < 0 && /運営\s*[:：]?\s*$/.test(t.slice(Math.max(0, i - 6), i))) return true
    i = t.indexOf('柳川市', i + 3)
  }
  // The record's own department named after 柳川市 anywhere.
  const dept = record?.department ? norm(record.department).replace(/\s+/g, '') : ''
  return !!dept && t.includes('柳川市') && t.replace(/\s+/g, '').includes(dept)
}

export function statesPurpose(text: string): boolean {
  return /(発信|お知らせ|お届け|情報|魅力|紹介|PR|広報|配信)/i.test(norm(text))
}

/** That the account does not reply; 「返信します」「お気軽にご質問ください」 are not. */
export function statesNoReply(text: string): boolean {
  const t = norm(text)
  const NOT = '(?:して(?:い|お)?りません|していません|しません|しておりません|いたしません|致しません|できません|出来ません|行って(?:い|お)?りません|行っていません|いたしかねます|致しかねます|しかねます|控えて|ご遠慮)'
  const what = '(?:返信|回答|返答|リプライ|コメントへの(?:返信|対応)|個別の?(?:対応|ご?質問|お問い?合わせ|ご?相談)|ご?質問|お問い?合わせ)'
  if (new RegExp(`${what}[^。\\n]{0,12}?${NOT}`).test(t)) return true
  return new RegExp(`(?:お答え|お応え|対応|お返事)${NOT}`).test(t)
}

/** 「市政情報、イベント、災害情報の発信」 → 「市政情報、イベント、災害情報」 (so it reads 「…を発信します」). */
function purposeStem(purpose: string): string {
  return purpose.trim().replace(/[。.]$/, '').replace(/(?:の|を)?(?:情報)?(?:発信|配信|お知らせ)(?:等|など|します)?$/, '') || purpose.trim()
}

/** The text to add for each statement, from the registry record. */
export function suggestions(record: AccountRecord): Record<ProfileItem, string> {
  const dept = record.department.trim() || '（所属名）'
  const contact = record.ownContacts.phones[0] ?? record.contact.trim()
  return {
    operator: `運営：柳川市${dept}`,
    purpose: `${purposeStem(record.purpose) || '（情報発信の内容）'}を発信します`,
    noReply: `個別のご質問にはお答えしていません。お問い合わせは${dept}${contact ? `（${contact}）` : ''}へ`,
  }
}

export function checkProfile(profile: ProfileText, record: AccountRecord): ProfileCheck {
  const text = [profile.name ?? '', profile.bio ?? ''].join('\n')
  const operator = statesOperator(text, record)
  const purpose = statesPurpose(profile.bio ?? '')
  const noReply = record.broadcastOnly ? statesNoReply(profile.bio ?? '') : null
  const s = suggestions(record)
  const missing: ProfileCheck['missing'] = []
  if (!operator) missing.push({ item: 'operator', suggestion: s.operator })
  if (!purpose) missing.push({ item: 'purpose', suggestion: s.purpose })
  if (noReply === false) missing.push({ item: 'noReply', suggestion: s.noReply })
  return { operator, purpose, noReply, missing }
}
