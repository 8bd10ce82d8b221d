/**
 * personal-info — 4(4), 5(1): 個人情報を発信しない.
 *
 * Precision first (research/rules.md §1): a pattern, plus a check digit where one exists, plus
 * context. Whose a number or address is decides its severity (context.ts `ownerOf`): a private
 * person's number or address blocks even with a contact label; an organisation's public number
 * (問い合わせ：観光課 0944-…, ○○協会 TEL …) is at most a note; the account's own contacts
 * (policy.contacts) are never reported.
 *
 * One detector per file: my-number, phone, email, address, identifiers (bank, licence, passport,
 * residence card, insurance, numbers given to a person), identifiable-person (name + age + school
 * + where they live; a person described without a name; a health condition, whereabouts or a photo
 * narrowing a named person), line-id (a private person's LINE ID), lodging (a guest's hotel and room),
 * vehicle-plate (a car's number plate), roster (a photo of a list of people's names or addresses, posted),
 * register-number (an entry's number on a register: 選挙人名簿 第3投票区 127番), message-screenshot (a private message's screen with
 * its sender left visible), portrait (a person photographed and posted, the post saying they were not asked), lost-card (a lost identity
 * card's owner named with their birth date), register-told (what a register holds about a named person), member-profile (a volunteer
 * named with age, district, trade and school).
 */
import type { DraftFinding, RuleFamily } from '../../rule'
import { matchAllOf } from '../../regex'
import { CONSENT, EXAMPLE_NOTE, WRONG_WAS_PRIVATE_NOTE, correctsDeskNumber, isFieldLine, namesPerson, orgEndsAt } from './context'
import { addresses, namesPersonsAddress } from './address'
import { emails } from './email'
import { OFFENSE, awayHome, captionedPerson, newcomerHousehold, photoChild, citiesOf, describedPerson, uniqueRolePerson, landmarkResident, describedHousehold, pupilByPost, routinePerson, shopFamilyMember, englishMarks, englishPersons, healthOfNamed, householdProfile, familyMemberIllness, identifiablePerson, kinPatient, namedHealthTold, describedPatient, profiledVisitor, type EnglishMarks } from './identifiable-person'
import { CARD_AFTER, CARD_BEFORE, identifiers, namesInsuranceCard, type CardFacts } from './identifiers'
import { lineIds } from './line-id'
import { dwellingRooms, lodgings, stayingNow, wardRooms, whereaboutsNow } from './lodging'
import { nameTags, testScores } from './school-record'
import { readingRecord } from './reading-record'
import { lostRecord } from './lost-record'
import { householdInPhoto, namedMatter, ownerByLandmark, serviceUsersPhoto, shopOwnerTax, snappedRoster } from './named-matter'
import { counterCase, isSalutation } from './counter-case'
import { ownerCircumstances } from './property-owner'
import { tenantConduct } from './dwelling-tenant'
import { housingTenant } from './housing-tenant'
import { unpaidRoster, unpaidRemaining } from './unpaid-households'
import { namedEstate, pointedDelinquent, repliedTaxAccount } from './taxpayer'
import { selectedApplicants } from './applicants'
import { loneResidentByHouse } from './lone-resident'
import { healthTold } from './health-told'
import { placedPatient } from './placed-patient'
import { consultedCase } from './consulter'
import { healthSubject } from './health-subject'
import { screenedPerson } from './screened-person'
import { partyTold } from './party-told'
import { revealedParty } from './revealed-party'
import { matterParty } from './matter-party'
import { childAtNamedPlace, incidentHome } from './incident-home'
import { shelteredWhereabouts } from './sheltered'
import { welfareCase } from './welfare-case'
import { careTold, namedCareLevel } from './care-told'
import { privateCircumstance } from './private-circumstance'
import { namedSensitive } from './named-sensitive'
import { caseNumber } from './case-number'
import { handleUnmasked } from './handle-unmasked'
import { residentStatusTold } from './resident-status'
import { registryVisitor } from './registry-visitor'
import { restrictedRecord } from './record-restricted'
import { askerChildInReply } from './reply-child'
import { serviceClient } from './service-client'
import { licenceNumberFar, licenceSerial } from './licence-number'
import { clientMail } from './client-mail'
import { applicantLine } from './applicant-line'
import { unpaidNamed } from './unpaid-named'
import { namedPayeesAndStaff } from './payee-list'
import { latinNameBirth, numberedPersons, registerNumbers } from './register-number'
import { PHOTO_SHOWN, pickedHomeLines, realDocumentPhoto, rosterAged, type PickedLines, rosterClass, shownRecords, rosterDonors, rosterEntries, rosterPhotos, rosterTold } from './roster'
import { messageScreenshots } from './message-screenshot'
import { unaskedPortrait } from './portrait'
import { checkupPhoto } from './checkup-photo'
import { describedCareClient, namedTerminalIllness, visitedNameplate } from './care-client'
import { vehiclePlates } from './vehicle-plate'
import { pointedPrivate } from './pointed-private'
import { homeCountedFrom, householdByPlace, surnameHomeAsPlace, surnameHomeByWay } from './place-pointed'
import { houseByLook } from './house-look'
import { statusList } from './status-list'
import { welfareHouseholds } from './welfare-households'
import { incidentVictim } from './incident-victim'
import { householdResult, namedAway, sideHomeResident } from './home-told'
import { householdChild } from './household-child'
import { namedPupilTrouble } from './named-pupil'
import { farmByWay } from './farm-pointed'
import { spotCondition } from './photo-condition'
import { mixedSpokenPhone, namedFailure, pinnedPupil, replyKinIllness } from './pinned-person'
import { myNumbers, type MyNumberFacts } from './my-number'
import { namesEnglishBody, phones, tellsEnglishPrivate, type PendingPhone } from './phone'
import { meta } from './meta'
import { lostCardOwner } from './lost-card'
import { namedRegisterTold } from './register-told'
import { memberProfile } from './member-profile'
import { fraudVictim } from './fraud-victim'

export { isValidMyNumber } from './my-number'
export { findEmails } from './email'
export { ownerOf } from './context'


/** What a paragraph tells the post: My Number context, the people it names with details, and a stated consent. */
interface PersonalInfoFacts extends MyNumberFacts {
  persons: DraftFinding[]
  consent: boolean
  /** Numbers found (phones, e-mail addresses, bank and card numbers), kept for \`post\`: a note opening the next paragraph may call them a sample. */
  numbers: DraftFinding[]
  /** The paragraph opens with a note that what stands above is a sample (※上記は記入例です, ※記入例の口座番号は見本です). */
  declaresAbove: boolean
  /** Where the residence card is named, and numbers of its shape whose card the paragraph itself does not name. */
  card: CardFacts
  /** A person named in English with their age, and details told in English (joined across the pieces of a long line in `post`). */
  english: EnglishMarks | null
  /** Fixed-line numbers standing bare with no owner in the paragraph (phone.ts standsBare), judged in `post` against the post's contact desk. */
  bare: DraftFinding[]
  /** The paragraph names the post's contact desk on a heading line (■窓口 生活自立相談センター, 【問い合わせ】福祉課). */
  desk: boolean
  /** The paragraph names a private person or a home (山田さん, ご自宅, 携帯, 拾った方): a bare number near it may be theirs. */
  private: boolean
  /** Right values of a correction (正：0944-…) that nothing in the paragraph owns: a desk's when another paragraph says so. */
  right: DraftFinding[]
  /** Wrong values of a correction (誤：0944-…), mentions unless another paragraph says the number was a home's (個人宅の番号を誤って). */
  wrong: DraftFinding[]
  /** The paragraph says a correction is of a desk's number (「こころの健康相談」のお知らせで、電話番号に誤り). */
  correctsDesk: boolean
  /** The paragraph tells of a mistake and of a home or a private person's line (個人宅の番号を誤って): a correction's number may be theirs. */
  privateLine: boolean
  /** Round 82: fixed-line numbers nothing in the paragraph owns (phone.ts PendingPhone), judged in `post` against the post's facilities. */
  pending: PendingPhone[]
  /** Round 82: names the paragraph gives a shop or a facility (子育て支援センター「ほりわりっこ」, 「うなぎ処 川端屋」さん): ほりわりっこ, うなぎ処 川端屋, 川端屋. */
  facilities: string[]
  /** Round 82: the paragraph names a public body or a desk (こども家庭センター, 子ども家庭課, the … Counseling Office). */
  body: boolean
  /** Round 98: the paragraph tells of a private person or a home in English (Mr. Koga, my home, my mobile), bodies' names aside. */
  enPrivate: boolean
  /** Round 82: the paragraph tells a shop's or a facility's hours or days off (営業時間, 定休日, 開館時間). */
  businessHours: boolean
  /** Round 82: bare house-level addresses on a line of an info block (■住所　…番地, 📍…番地), judged in `post`. */
  infoAddresses: DraftFinding[]
  /** Blind R265G-004 kind: bare house-level addresses standing at the head of their own line (誤：…, 正：…), judged in `post`. */
  lineAddresses: DraftFinding[]
  /** Blind R265G-004 kind: the paragraph speaks of a named person's address (城島 和代さんのご住所を誤って記載). */
  namesAddressOf: boolean
  /** Blind R158A-059: a visitor profiled without a name, reported in `post` only when a photo is attached (their business at a counter aside, kept in `persons`). */
  visitors: DraftFinding[]
  /** Blind R178A-032: a person photographed, the post saying they were not asked, reported in \`post\` only when an image or a video is attached. */
  portraits: DraftFinding[]
  /** Blind R161A-107: a real person's document said photographed by staff, reported in `post` only with an image attached or a photo said shown. */
  documents: DraftFinding[]
  /** Blind R271P-039 kind: list lines of homes then names (・蒲池団地 2号棟　古川 美和子 様), judged in `post` with a lottery told anywhere. */
  picked: PickedLines
  /** Blind R277T-013 kind: the paragraph is only a salutation, one person's name and honorific (中島様). */
  salutation: boolean
  /** Blind R277T-013 kind: a counter case told with no name at the paragraph's head, reported in `post` when a salutation paragraph stands above. */
  cases: DraftFinding[]
}

/**
 * Round 82 (blind HM-003, HM-120, HM-010, HM-040): a shop or a facility named in the post, its kind before its name in brackets (子育て支援
 * センター「ほりわりっこ」, せいろ蒸し専門店「舟宿よし乃」, 児童館「すくすく」) or its name in brackets with an honorific after it, as a post visiting
 * a shop writes it (「うなぎ処 川端屋」さん): the post may then call it by that name alone on its contact line (お申し込みは、ほりわりっこ（0944-…）
 * まで; お問い合わせ：ほりわりっこ 0944-…), and the number is that place's; an address on a line of its info block (■住所 …番地, 📍…番地) is its
 * address when the post also tells its hours or that the shop agreed to be shown. A home or a person named at the number or the address
 * (…の山田さん宅 0944-…, …番地（川端様宅）) owns it before this is asked.
 */
const FACILITY_NAMED = /([^\s「」『』、。,]{0,20})「([^「」\n]{2,20})」(さん|様|さま)?/gu
const PERSON_IN_NAME = /さん|様|さま|ちゃん|くん|君|氏/u
function facilityNames(t: string): string[] {
  if (!t.includes('「')) return NONE
  let out: string[] | null = null
  for (const m of matchAllOf(FACILITY_NAMED, t)) {
    const name = m[2]!.trim()
    if (PERSON_IN_NAME.test(name) || !(m[3] !== undefined || orgEndsAt(m[1]!))) continue
    ;(out ??= []).push(name)
    // The last word of a name in two (うなぎ処 川端屋 → 川端屋).
    const last = /[ 　]([^ 　]{2,12})$/u.exec(name)
    if (last) out.push(last[1]!)
  }
  return out ?? NONE
}
const NONE: string[] = []
/** The words that may stand between a facility's name and its number on a contact line: a bracket, a colon, TEL. */
const NAME_TO_NUMBER = /[ \t　]{0,2}(?:[(（]|[:：]|(?:TEL|Tel|tel|電話|☎|📞|℡)[ \t　:：]{0,2})?[ \t　]{0,2}$/u
function facilityLeads(lead: string, names: ReadonlyArray<string>): boolean {
  const head = lead.replace(NAME_TO_NUMBER, '')
  return names.some((n) => head.endsWith(n))
}
/** A public body or a desk named in a paragraph (センター, 課, 相談室, 事務所, …; or in English). */
const BODY_NAMED =
  /(?:センター|(?<![日放])課|相談室|相談所|事務所|事務局|窓口|市役所|役場|支所|保健所|協会|協議会|図書館|公民館|病院|医院|診療所|クリニック)(?![\p{Script=Han}])/u
const BUSINESS_HOURS = /営業時間|営業日|定休日?|開館時間|開館日|休館日|開所時間|受付時間|[Oo]pening hours|[Bb]usiness hours/u

/**
 * Round 104 (blind HX-008): the post's first line is a heading naming a public facility (【子育て支援センター 1月の催し】, 【三橋公民館 2月の講座】,
 * ■市立図書館 おはなし会) and no paragraph tells of a private person: the facility runs the notice and owns the line it takes applications on.
 */
const FACILITY_HEADING =
  /^[ \t　]{0,4}[【\[■□◆◇●○]?[^\n]{0,24}?(?:センター|公民館|児童館|図書館|体育館|市民会館|文化会館|交流館|資料館|美術館|博物館|記念館|歴史館|会館|館)(?![\p{Script=Han}ァ-ヶー])/u
function facilityHeading(text: string, facts: ReadonlyArray<PersonalInfoFacts>): boolean {
  return FACILITY_HEADING.test(text) && !facts.some((f) => f.private)
}

/** Whether a paragraph naming a public body is reached from paragraph `i` without passing one that tells of a private person. */
function bodyReaches(facts: ReadonlyArray<PersonalInfoFacts>, i: number): boolean {
  if (facts[i]!.private) return false
  if (facts[i]!.body) return true
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < facts.length; j += step) {
      if (facts[j]!.private) break
      if (facts[j]!.body) return true
    }
  }
  return false
}

/**
 * Round 98 (blind HU-049): whether a paragraph naming a public body is reached from paragraph `i` (a piece of the same paragraph or the
 * ones next to it) without passing one that tells of a private person, in Japanese or in English.
 */
function bodyReachesEnglish(facts: ReadonlyArray<PersonalInfoFacts>, i: number): boolean {
  if (facts[i]!.enPrivate) return false
  if (facts[i]!.private) return false
  if (facts[i]!.body) return true
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < facts.length; j += step) {
      if (facts[j]!.private || facts[j]!.enPrivate) break
      if (facts[j]!.body) return true
    }
  }
  return false
}

/**
 * Round 63 (blind GZ-147): a heading line naming the post's contact desk, ■窓口　生活自立相談センター（…）, 【問い合わせ先】福祉課, 問合せ：
 * 柳川市消費生活センター, お問い合わせは健康づくり課まで: the label at the line's start (a bullet or a bracket aside), then the desk's name
 * up to a bracket, a digit or the line's end (on the next line when the label stands alone). orgEndsAt reads the name.
 */
/*
 * Round 74 (blind HH-070): the post's place line names the desk too (ばしょ：やながわし ほけんセンター, 場所：保健センター, 会場：三橋公民館):
 * a notice that tells where to come and then asks to call (わからない ことは でんわ して ください。0944-…) gives that place's number, a public
 * facility's when orgEndsAt reads one (a home, 山田さん宅, is none; a private person told in the post keeps the number unowned).
 */
const CONTACT_HEADING =
  /(?:^|\n)[ \t]{0,4}[■□◆◇●○▼▽▶▷・*※]?[ \t]{0,2}[【\[<(]?[ \t]{0,2}(?:お?問い?合わ?せ先?|相談窓口|受付窓口|窓口|連絡先|申込先|申し?込み先|場所|ばしょ|会場|かいじょう)[ \t]{0,2}[】\]>)]?[ \t:]{0,4}(?:\n[ \t]{0,4})?(?:は[、 ]?)?([^\n0-9(【:、。]{1,30})/gu
const DESK_NAME_TAIL = /[ \t]*(?:まで|へ|です|になります)?[ \t]*$/u
/*
 * Round 98 (blind HU-048): in やさしい日本語 the place line names the city office or its desk in hiragana, first on the line or before a floor
 * and a window (ばしょ：しやくしょ　1かい　4ばんの　まどぐち, ばしょ：ふくしか, といあわせ：しやくしょの まどぐち): the desk, as 場所：市役所 is.
 * A kana family name ending in か (たなか, おおつか) is none.
 */
const KANA_DESK_HEAD =
  /^(?:しやくしょ|しやくば|やくしょ|やくば|ししょ|ほけんじょ|ほけん ?せんたー|こうみんかん|としょかん|まどぐち|(?:しやくしょ|やくしょ|やくば|ししょ)の ?まどぐち|[ぁ-ゖー]{2,14}(?:かかり|がかり|まどぐち|せんたー)|[ぁ-ゖー]{2,14}(?<![なつづさざおたばま])か)(?: |$)/u
/*
 * Round 114 (blind IE-023): a やさしい日本語 notice tells the reader to come to the city office or its desk, spelt in hiragana (しやくしょの しみんか
 * に きてください, やくばの まどぐちへ きて ください, ほけんせんたー に いって ください): the place to come is the post's desk, as 場所：市役所 is,
 * and the number it then asks the reader to call (でんわ してください。0944-…) is that desk's. The office word opens a word of its own; a kana
 * family name ending in か (たなか, おおつか) is no desk.
 */
const KANA_DESK_VISIT =
  /(?:^|[ 　\n、,。「])(?:しやくしょ|しやくば|やくしょ|やくば|ししょ|ほけんじょ|ほけん ?せんたー|こうみんかん|としょかん)(?:[ 　]?の[ 　]?(?:[ぁ-ゖー]{2,14}(?:かかり|がかり|まどぐち|せんたー)|[ぁ-ゖー]{2,14}(?<![なつづさざおたばま])か|まどぐち))?[ 　]?(?:に|へ|まで)[ 　]?(?:きて|来て|いって|行って|おこし|お越し)/u
function namesContactDesk(t: string): boolean {
  if (KANA_DESK_VISIT.test(t)) return true
  if (!/窓口|問い?合|連絡先|申し?込|場所|ばしょ|会場|かいじょう/u.test(t)) return false
  for (const m of matchAllOf(CONTACT_HEADING, t)) {
    const name = m[1]!.replace(DESK_NAME_TAIL, '')
    if (orgEndsAt(name) || KANA_DESK_HEAD.test(m[1]!.trimStart())) return true
  }
  return false
}
/** A private person or a home told in the paragraph: a bare number there is not read as the contact desk's. */
const PRIVATE_TOLD = /自宅|お宅|個人宅|私用|携帯|ケータイ|じたく|けいたい|個人の(?:電話|番号|連絡先)|さん方|様方|(?:った|した|れた|いた|てる|ている)方|(?:近所|隣|近く|お向かい)の方|飼い主|持ち主|落とし主|拾い主/u

/**
 * Round 59 (blind R59A-053): whether the residence card is named in the paragraph next to the number at `start..end` (post offsets),
 * as near as within one paragraph (the piece before a cut of a long line, or the one after it) with no blank line between.
 */
function cardNamedNextTo(text: string, facts: ReadonlyArray<PersonalInfoFacts>, spans: ReadonlyArray<{ start: number }>, i: number, start: number, end: number): boolean {
  const before = facts[i - 1]
  if (before) {
    const at = spans[i - 1]!.start
    const words = before.card.split && facts[i]!.card.opensWithCard ? [...before.card.words, before.card.split] : before.card.words
    for (const w of words) {
      const we = w.end + at
      if (we <= start && start - we <= CARD_BEFORE && !text.slice(we, start).includes('\n\n')) return true
    }
  }
  const after = facts[i + 1]
  if (after) {
    const at = spans[i + 1]!.start
    for (const w of after.card.words) {
      const ws = w.start + at
      if (ws >= end && ws - end <= CARD_AFTER && !text.slice(end, ws).includes('\n\n')) return true
    }
  }
  return false
}

/** Whether a paragraph opens with a note calling the values above it a sample. */
function declaresAbove(t: string): boolean {
  const head = t.slice(0, 240)
  return /上記|以上|上の|記入例|記載例|入力例|見本/u.test(head) && EXAMPLE_NOTE.test(head)
}

/** Whether a paragraph naming the post's contact desk is reached from paragraph `i` without passing one that tells of a private person. */
function deskOwnsBare(facts: ReadonlyArray<PersonalInfoFacts>, i: number): boolean {
  if (facts[i]!.private) return false
  if (facts[i]!.desk) return true
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < facts.length; j += step) {
      if (facts[j]!.private) break
      if (facts[j]!.desk) return true
    }
  }
  return false
}

const NO_PENDING: PendingPhone[] = []
const NO_FINDINGS: DraftFinding[] = []

export const personalInfo: RuleFamily<PersonalInfoFacts> = {
  id: 'personal-info',
  meta,
  run({ doc, ctx, policy, emit }) {
    const facts = myNumbers(doc, emit) as PersonalInfoFacts
    // A person finding kept for `post`: `beside` adds it where no other covers its span; `standOver` (a finding that names the
    // fault better) first drops the lesser findings on its span, then adds it where no block remains.
    const overlaps = (p: DraftFinding, f: DraftFinding) => p.start < f.end && f.start < p.end
    const beside = (f: DraftFinding) => void (facts.persons.some((p) => overlaps(p, f)) || facts.persons.push(f))
    const standOver = (f: DraftFinding) => {
      facts.persons = facts.persons.filter((p) => p.severity === 'block' || !overlaps(p, f))
      if (!facts.persons.some((p) => overlaps(p, f))) facts.persons.push(f)
    }
    facts.persons = []
    // (a cheap test of the characters every consent phrase holds before the phrase itself)
    facts.consent = /[了承同許]/u.test(doc.norm.text) && CONSENT.test(doc.norm.text)
    facts.declaresAbove = declaresAbove(doc.norm.text)
    // Round 52: numbers wait for \`post\`, where a note opening the next paragraph (※記入例の氏名・住所・口座番号は見本です) makes
    // them a sample's (mentions).
    facts.numbers = []
    const hold: typeof emit = (d) => void (d.mention ? emit(d) : facts.numbers.push(d))
    facts.bare = []
    facts.right = []
    facts.wrong = []
    facts.pending = NO_PENDING
    const phoneSpans = phones(
      doc,
      policy,
      hold,
      (d) => void facts.bare.push(d),
      (d) => void facts.right.push(d),
      (d) => void facts.wrong.push(d),
      (p) => void (facts.pending === NO_PENDING ? (facts.pending = [p]) : facts.pending.push(p)),
    )
    facts.facilities = facilityNames(doc.norm.text)
    facts.body = BODY_NAMED.test(doc.norm.text) || (/[A-Z]/.test(doc.norm.text) && namesEnglishBody(doc.norm.text))
    facts.businessHours = BUSINESS_HOURS.test(doc.norm.text)
    facts.enPrivate = tellsEnglishPrivate(doc.norm.text)
    facts.correctsDesk = correctsDeskNumber(doc.norm.text)
    facts.privateLine = WRONG_WAS_PRIVATE_NOTE.test(doc.norm.text) && /誤|間違|違って/u.test(doc.norm.text)
    facts.desk = namesContactDesk(doc.norm.text)
    facts.private = PRIVATE_TOLD.test(doc.norm.text) || namesPerson(doc.norm.text)
    emails(doc, policy, hold)
    facts.infoAddresses = NO_FINDINGS
    facts.lineAddresses = NO_FINDINGS
    facts.namesAddressOf = namesPersonsAddress(doc.norm.text)
    const addressSpans = addresses(
      doc,
      policy,
      phoneSpans,
      emit,
      (d) => void (facts.infoAddresses === NO_FINDINGS ? (facts.infoAddresses = [d]) : facts.infoAddresses.push(d)),
      hold,
      (d) => void (facts.lineAddresses === NO_FINDINGS ? (facts.lineAddresses = [d]) : facts.lineAddresses.push(d)),
    )
    facts.card = identifiers(doc, hold)
    lineIds(doc, emit)
    // A reply (or a paragraph opening with @someone) answers a person: naming them with a detail ties the account to them.
    const reply = ctx.mode === 'reply' || /^\s?@[A-Za-z0-9_]{1,15}(?![A-Za-z0-9_])/u.test(doc.norm.text)
    // A person named with details is judged with the whole post: a consent may be stated in another paragraph
    // (※掲載はご本人の了承を得ています), so these findings are kept and emitted in \`post\`.
    identifiablePerson(doc, addressSpans, (f) => void facts.persons.push(f), reply, citiesOf(policy.contacts.addresses))
    // Round 53: a named person's health told as why they are away (…係長が心身の不調で休職): consent stated anywhere lowers it too.
    healthOfNamed(doc, (f) => void facts.persons.push(f))
    // Round 78: a household named by its surname and told member by member over the paragraph (古賀さんご夫妻。ご主人（52）は元銀行員で…).
    householdProfile(doc, beside)
    // Blind R327D-037 kind: a household named by its surname and a member's illness or operation told (堤さんご夫妻…颯太くんは…疾患があり): it
    // stands over a lesser finding on the same name.
    familyMemberIllness(doc, standOver)
    // Blind R357E-044, R357E-055, R354B-021, R354B-022, R354B-041 kinds: a private person named with a matter that is theirs (a complaint,
    // a land negotiation, a child taken into care, a child's health): it stands over a lesser finding on the same name.
    namedMatter(doc, standOver)
    // Blind R393S-023, R393S-038, R394T-021, R394T-051, R396V-027 kinds: a visitor read off a guest book, an anonymous donor named after all, a
    // reply's reader with their registered home's house number, a small child by name, age and district, an account's digits spaced apart.
    revealedParty(doc, emit, standOver, reply)
    // Blind R369S-031 kind: a reply telling the reader's child's school and year with the child's trouble (娘さん（柳城中2年）の…いじめのご相談).
    askerChildInReply(doc, emit, reply)
    // Blind R386K-003, -040, -053, R388M-017 kinds: a service's client told with what makes them theirs (the reader's kin and the home visit,
    // the reader's child by name and year with the service used, a pupil by initials with school and year, a fled family's child's school).
    serviceClient(doc, emit, reply)
    // Blind R388M-059 kind: a driving licence named and its number labelled further on in the sentence, in any numeral system.
    licenceNumberFar(doc, emit)
    // Blind R386K-034 kind: a private e-mail address told as a person's (…@ezweb.ne.jp の方).
    clientMail(doc, emit)
    // Blind R94A-108: a patient pointed at as someone's kin (搬送されたお父様（72）は有明中央病院で…) with details that single them out.
    kinPatient(doc, beside, reply)
    // Blind R358F/R360H kinds: a named person's injury, dementia, committal, treatment, disability certificate or welfare told with what singles them out.
    namedHealthTold(doc, standOver)
    // Blind R371U-047 kind: a named person with their age told to be in the last stage of an illness: it stands over a lesser finding on the name.
    namedTerminalIllness(doc, standOver)
    // Blind R371U kinds: an elder, a disabled person or a carer not named but told by district (or a counter visited that day), age and condition.
    describedCareClient(doc, beside)
    // Blind R358F/R360H kinds: a patient or a welfare recipient not named but described by school and club, workplace, kin answered or habit.
    describedPatient(doc, beside, reply)
    // Blind R397W-030 kind: a child of a household named in the post, told by school and grade: it stands over a lesser finding on the child's name.
    householdChild(doc, standOver)
    lodgings(doc, emit, reply)
    wardRooms(doc, emit)
    // Blind R162I-106: a named household tied to a flat in a housing block (団地3号棟205号室は、古賀さんご一家が当選).
    dwellingRooms(doc, emit, addressSpans)
    stayingNow(doc, emit)
    whereaboutsNow(doc, emit)
    rosterPhotos(doc, emit)
    // Blind R161A-107: one real person's filled-in document (a tax return, an application) photographed and shown as a sample.
    facts.documents = NO_FINDINGS
    realDocumentPhoto(doc, (d, posted) => void (posted ? emit(d) : facts.documents === NO_FINDINGS ? (facts.documents = [d]) : facts.documents.push(d)))
    // Blind R162I-010, R162I-023, R162I-060, R162I-120: a photo said to show a log of callers, a person's screen or document, a register on a screen.
    shownRecords(doc, (d) => void (facts.documents === NO_FINDINGS ? (facts.documents = [d]) : facts.documents.push(d)))
    rosterTold(doc, emit)
    // Blind R353A-027 kind: a list of people told photographed in casual words (参加者名簿も記念にパチリ).
    snappedRoster(doc, emit)
    // Blind R353A-004 kind: the owner of a house placed by a landmark, told with an illness or where they are in care.
    ownerByLandmark(doc, emit)
    // Blind R370T-032, R372V-026 kind: a property's owner named with their care, whereabouts or unpaid tax (所有者の立花 幸子さんは施設に入所されていて).
    ownerCircumstances(doc, emit)
    // Blind R376Z-011 kind: a flat pinned by its building's name and room number, its tenant told with what they did (…203号室…退去した方が…置いていって).
    tenantConduct(doc, emit)
    // Blind R407G-021, -029, -038, -040, -044, -058 kinds: a city-housing tenant, guarantor or applicant pinned down by unit, room, income or rank.
    housingTenant(doc, emit)
    // Blind R376Z-024, R376Z-044 kinds: the ones who have not paid, listed by name and place or pointed at by surname and landmark (残りは角の酒屋さんと…大坪さんち).
    unpaidRoster(doc, emit)
    unpaidRemaining(doc, emit)
    // Blind R378B-002, -012, -028, -040, -049 kinds: a taxpayer pointed at with their arrears, told their own account in a reply, or named
    // dead with the heirs renouncing the estate.
    pointedDelinquent(doc, emit)
    repliedTaxAccount(doc, emit, reply)
    namedEstate(doc, emit)
    // Blind R372V-020 kind: the applicants selected for public housing or a benefit, named (入居抽選、当たったのは大城さん、松尾さん…).
    selectedApplicants(doc, emit)
    // Blind R373W-010 kind: the applicant set out on a labelled line of a permit list (申請人：堤 昭夫さん（79歳）).
    applicantLine(doc, emit)
    // Blind R377A-058 kind: one person named as not having paid, a bracket fixing who they are (西田さま（両開小2年…の保護者）).
    unpaidNamed(doc, emit)
    // Blind R397W-049, R398X-029 kinds: a subsidy's private payees listed with district and sum; a disciplined teacher fixed by school and details.
    namedPayeesAndStaff(doc, emit)
    shopOwnerTax(doc, emit)
    rosterEntries(doc, emit)
    // Blind R197A-031: people at a shelter, rescued or hurt, listed by name with each one's age (…さん（78）、…さん（75）、…くん（6））.
    rosterAged(doc, emit)
    rosterClass(doc, emit)
    rosterDonors(doc, emit)
    facts.picked = pickedHomeLines(doc)
    // Blind R137I-120: a private message's screenshot with its sender's name, handle or photo left visible.
    messageScreenshots(doc, emit)
    // Blind R131I-057, R131I-084: pupils' test scores by name; children's names read off name tags.
    testScores(doc, emit)
    nameTags(doc, emit)
    // Blind R133I-034: what a named person borrowed from the library.
    readingRecord(doc, emit)
    // Blind R365N-052 kind: a lost health record (母子健康手帳, 診察券) told with the owner's name read off it.
    lostRecord(doc, emit)
    // Blind R124A-014: an entry's number on a register (選挙人名簿 第3投票区 127番) told with a person named.
    registerNumbers(doc, emit)
    // Blind R286A-003, R287L-028 kinds: a named person tied to a registration or application number; a Latin-letter name beside a birth date.
    numberedPersons(doc, emit)
    latinNameBirth(doc, emit)
    vehiclePlates(doc, emit)
    describedPerson(doc, emit, citiesOf(policy.contacts.addresses))
    // Blind R170I-032: someone told by the time they are at one spot every day and how they look (毎朝6時ごろ、…正門前で…白い柴犬を連れたご夫婦).
    routinePerson(doc, emit)
    pupilByPost(doc, emit)
    // Blind R180A-041: someone placed at home by the landmark beside it and told by how they look or a habit (…の隣に住んでいる、いつも赤い自転車に乗っている).
    landmarkResident(doc, emit)
    describedHousehold(doc, emit)
    // Blind R369S-006 kind: a lone resident pointed at by the house's look and told with a trouble (青いトタン屋根の平屋にお一人で住んでいる…ごみが溜まって).
    loneResidentByHouse(doc, emit)
    // Team R417S-015 kind: a lost identity card told with its owner's full name and date of birth (お名前は「…」様、生年月日は昭和…の方).
    lostCardOwner(doc, emit)
    // Team R362K-031 kind: what a register holds about a named person told in public (…さん（78歳・…）。選挙人名簿を確認したところ、ご住所が…).
    namedRegisterTold(doc, emit, reply)
    // Team R42B-062 kind: a volunteer member named with age and two of district, trade and school (…団員（28）は、…町で鮮魚店を営み…高校出身).
    memberProfile(doc, emit)
    // Blind R440R-002 kind: a fraud's victim named with their age and told with what they handed over (…さん（82歳）が…現金300万円を渡して).
    fraudVictim(doc, emit)
    // Blind R377A-010, R380D-001, R380D-046 and kin: one person's health told with details that pick them out (中島小5年…手首の傷, 中島主査が…陽性).
    healthTold(doc, emit)
    // Blind R451C-053 kind: an unnamed resident placed by district, exact age and sex, told with an illness or a bill (…町の58歳の男性は…手術で入院).
    placedPatient(doc, emit)
    // Blind R369S-015 kind: one consultation case told with the one who consulted described by home, age and work (うち1件は、…町在住の30代の女性からで…).
    consultedCase(doc, emit)
    // Blind R400Z-001, -017, -023, -030, -042, -055 kinds: a patient by district and workplace, a named resident with a screening result, a named
    // consultee with their matter, a child's missing vaccination in a reply, a health ticket's number with its holder.
    healthSubject(doc, emit, reply)
    // Blind R406F-011, -028, -032, -037, -041 kinds: a named person's screening result, the name in any script or spacing, or listed under it.
    screenedPerson(doc, emit)
    // Blind R374X-054, R375Y-015, R376Z-007, R373W-025 kinds: a person named or described as the party to an illness, a suit, a funeral or a wrong.
    partyTold(doc, emit, reply)
    // Blind R382F-029, R384H-003, R384H-036, R384H-055 kinds: a person fixed by a detail (full name, age, section, masked name with rank) told as the
    // party to an injury, a stay in hospital, a harassment consultation, a penalty, a wrong or a burned home.
    matterParty(doc, emit)
    // Blind R382F-011, R382F-013, R382F-023 kinds: a home pointed at by the way to it, told with a fire or an emergency and who lives there; a small
    // child told by the named nursery, the age and a fit.
    incidentHome(doc, emit)
    childAtNamedPlace(doc, emit)
    // Blind R385J-002, R385J-020, R385J-032, R385J-040, R386K-004, R388M-008, R388M-058 kinds: one pointed at by everyday details, with what is theirs.
    pointedPrivate(doc, emit)
    // Blind R403C-004, -008, -011, -024, -049, -057 kinds: a household or a person pointed at by a landmark, a floor or a trade next door, in a case.
    householdByPlace(doc, emit)
    homeCountedFrom(doc, emit)
    // Blind R411L-009 kind: a private house pointed at by where it stands and how it looks (…の裏にある青い屋根の平屋), told with a case on it;
    // R414P-035, -037, R415Q-041 kind: the same house told with its resident's age, illness, living alone or family make-up.
    houseByLook(doc, emit)
    // Blind R437N-005 kind: a farm or a livestock shed pointed at by the road, a landmark's side, its look or the family running it, with a disease case.
    farmByWay(doc, emit)
    // Blind R411L-056 kind: residents listed by name under an enforcement or arrears status (督促対象となっている飼い主様（…様、…様ほか3名）).
    statusList(doc, emit)
    // Blind R414P-044 kind: households named under the welfare status a programme serves (生活保護を受けておられる世帯…中村様方、松永様方).
    welfareHouseholds(doc, emit)
    // Blind R411L-057 kind: an incident's victim named with their age and told with their injury or medical check (咬まれた…さん（45）は、検査の結果…).
    incidentVictim(doc, emit)
    // Blind R417S-007, R419U-009, R419U-045, R419U-055 kinds: a household pointed at by a district, a landmark or a look told with an adverse
    // check result (…町鷹ノ尾の…さん方の井戸から大腸菌が検出); a home by a landmark's side with two of its resident's circumstances (…のすぐ裏の
    // お宅…70代…人工透析…一人で暮らして); a named person with age told with the coming days they will be away (…さん（34）、来週金曜から…2週間).
    householdResult(doc, emit)
    sideHomeResident(doc, emit)
    namedAway(doc, emit)
    // Blind R414P-024, R414P-029, R415Q-013, R415Q-019, R415Q-054, R429E-031 kinds: a pupil pinned down by school and grade told with an illness, an origin, a screening result or the
    // family's circumstances; a reply telling the reader's relative's illness or transport; a named resident's failed exam; a private number read
    // aloud in kana mixed with numerals (ゼロハチゼロ・七七三一・…).
    pinnedPupil(doc, emit)
    namedPupilTrouble(doc, emit)
    // Blind R438P-060 kind: one person pointed at by their spot in the photo (写真の右端の方), told with a health condition of theirs.
    spotCondition(doc, emit)
    replyKinIllness(doc, emit, reply || ctx.mode === 'comment')
    namedFailure(doc, emit)
    mixedSpokenPhone(doc, emit)
    // Blind R421W-025, R423Y-045, R423Y-054, R424Z-008 kinds: a home by surname with the way to it; a licence's number as its serial (第…号); a
    // named person's care-need level told decided (a named household using a welfare scheme: welfareHouseholds).
    surnameHomeByWay(doc, emit)
    // Blind R430F-001 kind: a named person's own home as a place to go, the way to it and its look or when they are home in the next sentence.
    surnameHomeAsPlace(doc, emit)
    licenceSerial(doc, emit)
    namedCareLevel(doc, emit, reply || ctx.mode === 'comment')
    // Blind R369S-057 kind: someone taken into protection told with the kin's home they stay at now (保護した…女性は…町の…ご実家に身を寄せて).
    shelteredWhereabouts(doc, emit)
    // Blind R402B-007, -027, -031, -034, -038 kinds: one family's welfare or benefit case (a named applicant's selection result, a child taken
    // into care or visited by district and age, a named child's estate building, a reply telling the reader's own means).
    welfareCase(doc, emit, reply)
    // Blind R410K-033, -039, -054 kinds: a named resident's illness placed by age band or district, a household's income or reduction class
    // told to the one answered, a child by school, grade and initial with the family's circumstances.
    careTold(doc, emit, reply || ctx.mode === 'comment')
    // Blind R389N-002, -006, -044, R390P-012, -036, -043, -055, R392R-028 kinds: one picked out (the reader's kin, a named debtor or worker, a
    // former post, a household's member, a child by school and year, a named evacuee) told with a circumstance that is theirs; a face posted.
    privateCircumstance(doc, emit, reply)
    // Blind R425A-002, -023, R426B-046 kind: a named private person told a 要配慮 matter (DV, protection, public assistance, disability, illness, record, the partnership oath).
    namedSensitive(doc, emit)
    // Blind R425A-032 kind: a named or answered person's welfare or DV case number (相談受付番号0428, 保護決定通知の番号は第12356号).
    caseNumber(doc, emit, reply)
    // Blind R425A-053 kind: a commenter's handle tied to their real name (コメントくださった「ゆう」さん、…野田優子さんですよね？).
    handleUnmasked(doc, emit)
    // Blind R395U-011, -012, -015, -017, -018, -019, -020 kinds: a foreign resident picked out by name or by country with a detail, told with their
    // residence status (技能実習生です, 在留期間の更新がまだ, 仮放免中, 永住許可申請が不許可; かぞくたいざい; Technical Intern Training).
    residentStatusTold(doc, emit)
    // Blind R381E-009, -013, -034, -043, -045, -056 kinds: a visitor to the register counter picked out and told with what they filed or asked for
    // (死亡届の受付で、沖端町の中島勇さん（88歳）のご家族が); R381E-021 kind: one who asked for the record to be kept from someone, told by age,
    // children and where they live now.
    registryVisitor(doc, standOver)
    restrictedRecord(doc, emit)
    // Blind R347P-050 kind: a household told by the country it came from and the district it lives in (オランダから来られたご家族…沖端のほうで暮らされる).
    newcomerHousehold(doc, emit, citiesOf(policy.contacts.addresses))
    // Blind R257P-036, R257P-039 kind: someone singled out as the only one of their role (いちばんの古株の船頭さん…入院, 部でただ一人のチューバ担当…2年生の女の子).
    uniqueRolePerson(doc, emit)
    // Blind R235I-054 kind: a home pinned by a landmark and its household said to be away for a stretch (…の向かい、…お宅の…。ご一家は来月いっぱい…へ行かれる).
    awayHome(doc, emit)
    // Blind R298K-032 kind: someone's child told by the grade, the club and where they stand in the photo (…のお孫さん（5年生・サッカー部キャプテン）…写真中央の背番号10の子).
    photoChild(doc, emit)
    // Blind R234M-063 kind: a resident called by name and told in public about the benefit or the family matter they brought to the counter.
    facts.salutation = isSalutation(doc.norm.text)
    facts.cases = NO_FINDINGS
    counterCase(doc, emit, (d) => void (facts.cases = [d]), reply)
    // Blind R186D-017: a family shop's child placed by its district, with where they now work or study (沖端の老舗うなぎ屋さんの次男で、…信用金庫に就職).
    shopFamilyMember(doc, emit, citiesOf(policy.contacts.addresses))
    // Blind R158A-089, R158A-059: a visitor to a counter or a facility profiled without a name (where they work, the shop they frequent).
    facts.visitors = NO_FINDINGS
    profiledVisitor(doc, (d, photoOnly) => void (photoOnly ? (facts.visitors === NO_FINDINGS ? (facts.visitors = [d]) : facts.visitors.push(d)) : facts.persons.push(d)))
    facts.english = englishMarks(doc)
    // Blind R178A-032: a person photographed, the post saying they were not asked (ご本人には声をかけそびれ): reported in \`post\` with an image or a
    // video attached (the paragraph's findings do not know the attachments).
    facts.portraits = NO_FINDINGS
    unaskedPortrait(doc, (d) => void (facts.portraits = [d]))
    // Blind R357E-016 kind: a resident in the photo told by their household (…さんのところの奥さん), unless a finding marks the name.
    householdInPhoto(doc, (d) => void (facts.persons.some((p) => p.start < d.end && d.start < p.end) || (facts.portraits = facts.portraits === NO_FINDINGS ? [d] : [...facts.portraits, d])))
    // Blind R354B-040 kind: the users of a health service in a group photo (離乳食教室のママと赤ちゃんたち…記念撮影).
    serviceUsersPhoto(doc, (d) => void (facts.portraits = facts.portraits === NO_FINDINGS ? [d] : [...facts.portraits, d]))
    // Blind R347P-052 kind: a caption naming the private person at a place in the photo (前列まん中は…橋本 さんご夫妻です), unless a finding marks the name.
    captionedPerson(doc, (d) => void (facts.persons.some((p) => p.start < d.end && d.start < p.end) || (facts.portraits = facts.portraits === NO_FINDINGS ? [d] : [...facts.portraits, d])))
    // Blind R360H-033 kind: a photo said to show the people at a health check-up (写真は受付の様子): reported with an image attached.
    checkupPhoto(doc, (d) => void (facts.portraits = facts.portraits === NO_FINDINGS ? [d] : [...facts.portraits, d]))
    // Blind R371U-058 kind: a photo of a home visited for work, its nameplate said to show (訪問先のお宅…表札): reported with an image attached.
    visitedNameplate(doc, (d) => void (facts.portraits = facts.portraits === NO_FINDINGS ? [d] : [...facts.portraits, d]))
    return facts
  },
  post({ text, facts, spans, ctx, emit }) {
    // (Indexed loops, nothing allocated for a paragraph without numbers or persons: this runs over every paragraph of the
    // post on every keystroke, thousands in a long post.)
    let anyPrivateLine = false
    let anyCorrectsDesk = false
    let consent = false
    let english = false
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!
      if (f.privateLine) anyPrivateLine = true
      if (f.correctsDesk) anyCorrectsDesk = true
      if (f.consent) consent = true
      if (f.english !== null && f.english.names.length > 0) english = true
    }
    // Round 82: the shops and facilities the post names, and whether it tells their hours.
    let facilities: string[] | null = null
    let businessHours = false
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!
      if (f.facilities.length > 0) (facilities ??= []).push(...f.facilities)
      if (f.businessHours) businessHours = true
    }
    // Blind R271P-039 kind: a lottery's winners listed home first, the lottery told in another paragraph of the post.
    let picked = false
    let pickBarred = false
    for (let i = 0; i < facts.length; i++) {
      const p = facts[i]!.picked
      if (p.picked) picked = true
      if (p.barred) pickBarred = true
    }
    if (picked && !pickBarred && !consent) {
      for (let i = 0; i < facts.length; i++) {
        const d = facts[i]!.picked.line
        if (d !== null) emit({ ...d, start: d.start + spans[i]!.start, end: d.end + spans[i]!.start })
      }
    }
    // Blind R288S-001 kind: people listed a line each with their age or district in brackets, the post telling of a shelter, a rescue or their safety.
    let held = false
    for (let i = 0; i < facts.length && !held; i++) held = facts[i]!.picked.held
    if (held && !pickBarred && !consent) {
      for (let i = 0; i < facts.length; i++) {
        const d = facts[i]!.picked.aged
        if (d !== null) {
          emit({ ...d, start: d.start + spans[i]!.start, end: d.end + spans[i]!.start })
          break
        }
      }
    }
    // Blind R276N-035 kind: pupils listed by full name with school and grade, the post telling in any paragraph that they were chosen for a
    // means-tested aid (次の3名を奨学生に決定いたしました): the list tells each family's finances.
    let aided = false
    for (let i = 0; i < facts.length && !aided; i++) aided = facts[i]!.picked.aided
    if (aided && !pickBarred && !consent) {
      for (let i = 0; i < facts.length; i++) {
        const d = facts[i]!.picked.pupils
        if (d !== null) {
          emit({ ...d, start: d.start + spans[i]!.start, end: d.end + spans[i]!.start })
          break
        }
      }
    }
    // Blind R277T-013 kind: a letter's salutation alone in its paragraph (中島様), then a paragraph telling the case that person brought to the
    // counter (先月、窓口でご相談いただいた生活保護の申請の件ですね): addressed to them, as when the name opens the paragraph.
    for (let i = 1; i < facts.length; i++) {
      const c = facts[i]!.cases
      if (c.length === 0) continue
      let named = false
      for (let j = i - 1; j >= 0 && j >= i - 2 && !named; j--) named = facts[j]!.salutation
      if (!named) continue
      const at = spans[i]!.start
      for (const d of c) emit({ ...d, start: d.start + at, end: d.end + at })
    }
    // Round 74: the right numbers of a correction of a desk's number told in another paragraph are that desk's line.
    const deskCorrected = anyCorrectsDesk && !anyPrivateLine
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!
      // Round 82: an address on a line of an info block, in a post naming a shop or a facility and telling its hours or its consent: that place's.
      if (f.infoAddresses.length > 0 && !(facilities !== null && (businessHours || consent))) {
        const at = spans[i]!.start
        for (const d of f.infoAddresses) emit({ ...d, start: d.start + at, end: d.end + at })
      }
      // Blind R265G-004 kind: an address standing on its own line (誤：…, 正：…) after a paragraph, one to three back, that speaks of a named
      // person's address (城島 和代さんのご住所を誤って記載しておりました): that person's home, a correction or not.
      if (f.lineAddresses.length > 0) {
        const at = spans[i]!.start
        let owned = false
        for (let j = i - 1; j >= Math.max(0, i - 3) && !owned; j--) owned = facts[j]!.namesAddressOf
        for (const d of f.lineAddresses) emit({ ...d, start: d.start + at, end: d.end + at, ...(owned ? { severity: 'block' as const, data: { what: '個人の住所' } } : {}) })
      }
      if (f.numbers.length === 0 && f.bare.length === 0 && f.right.length === 0 && f.wrong.length === 0 && f.pending.length === 0) continue
      const sample = facts[i + 1]?.declaresAbove === true
      const at = spans[i]!.start
      // A bare number (まずはお電話ください。⏎0944-…) in a post that names its contact desk (■窓口 生活自立相談センター): the desk's
      // line, unless a private person or a home is told in its paragraph or between it and the desk.
      const desk = f.bare.length > 0 && deskOwnsBare(facts, i)
      const bare = desk ? f.bare.map((d) => ({ ...d, rule: 'personal-info/external-phone', data: {} })) : f.bare
      const right = deskCorrected ? f.right.map((d) => ({ ...d, rule: 'personal-info/external-phone', data: {} })) : f.right
      const wrong = anyPrivateLine ? f.wrong.map((d) => ({ ...d, mention: false, data: { whose: '電話番号' } })) : f.wrong
      // Round 82: a number nothing in its paragraph owns: the desk's line when a desk's hours follow it and the post names a public body with
      // no private person between (…こども家庭センターへ】…0944-…（平日8時30分〜17時15分）); the facility's when the post names it and its name
      // ends the words before the number (お申し込みは、ほりわりっこ（0944-…）まで); else as before (a bare one the contact desk's, if named).
      const pending = f.pending.map((p) =>
        (p.accepts && facilityHeading(text, facts)) || ((p.hours || p.mainLine) && bodyReaches(facts, i)) || (p.label && bodyReachesEnglish(facts, i)) || (facilities !== null && facilityLeads(p.lead, facilities)) || (p.bare && deskOwnsBare(facts, i))
          ? { ...p.d, rule: 'personal-info/external-phone', data: {} }
          : p.d,
      )
      for (const d of f.numbers.concat(bare, right, wrong, pending)) {
        const start = d.start + at
        const end = d.end + at
        // A number of the residence card's shape, the card named in the piece next to it: the card's number (as in one paragraph).
        const card = f.card.shapes.includes(d) && cardNamedNextTo(text, facts, spans, i, start, end) ? { severity: 'block' as const, data: { label: '在留カード番号' } } : {}
        emit({ ...d, start, end, ...card, ...(sample && isFieldLine(text, start, end) ? { mention: true } : {}) })
      }
    }
    // Round 118: a card's 記号・番号 whose paragraph names no card, in a post that names one in another paragraph: that card's numbers.
    let insuranceCard: boolean | null = null
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!
      if (f.card.symbols.length === 0) continue
      insuranceCard ??= namesInsuranceCard(text)
      if (!insuranceCard) break
      const sample = facts[i + 1]?.declaresAbove === true
      const at = spans[i]!.start
      for (const d of f.card.symbols) emit({ ...d, start: d.start + at, end: d.end + at, ...(sample ? { mention: true } : {}) })
    }
    if (english) englishPersons(
      facts.map((f) => f.english),
      spans.map((s) => s.start),
      consent,
      text.length,
      emit,
    )
    // Blind R161A-107: a real person's document photographed, put up with an image attached or said to be shown (写真を参考に).
    for (let i = 0; i < facts.length; i++) {
      if (facts[i]!.documents.length === 0 || !(ctx.attachments.length > 0 || PHOTO_SHOWN.test(text))) continue
      const at = spans[i]!.start
      for (const d of facts[i]!.documents) emit({ ...d, start: d.start + at, end: d.end + at })
    }
    // Blind R178A-032: a person photographed and posted without being asked; a consent stated in another paragraph lowers it, as for a named person.
    if (ctx.attachments.length > 0) {
      for (let i = 0; i < facts.length; i++) {
        const at = spans[i]!.start
        for (const d of facts[i]!.portraits) emit({ ...d, start: d.start + at, end: d.end + at, ...(consent ? { severity: 'info' as const } : {}) })
      }
    }
    if (ctx.attachments.length > 0 && !consent) {
      for (let i = 0; i < facts.length; i++) {
        const at = spans[i]!.start
        for (const d of facts[i]!.visitors) emit({ ...d, start: d.start + at, end: d.end + at })
      }
    }
    for (let i = 0; i < facts.length; i++) {
      const persons = facts[i]!.persons
      if (persons.length === 0) continue
      const at = spans[i]!.start
      for (const d of persons) {
        // Blind R252A-001 kind: a person named as the suspect of a deed (捨てたのは…さん…ではないかとのこと) in a post that names the offence
        // in another paragraph (【不法投棄の現場から】, 不法投棄は犯罪です): the accusation, a block.
        let own = d
        let accused = false
        if (d.data?.suspect !== undefined) {
          const { suspect: _, ...data } = d.data
          own = { ...d, data }
          accused = !consent && OFFENSE.test(text)
        }
        emit({ ...own, start: d.start + at, end: d.end + at, ...(consent ? { severity: 'info' as const } : accused ? { severity: 'block' as const } : {}) })
      }
    }
    // A check-digit-valid twelve digits with nothing in its paragraph saying what it is: a My
    // Number when a paragraph next to it says a card's or someone's 12-digit number is given.
    for (let i = 0; i < facts.length; i++) {
      const f = facts[i]!
      if (f.weak.length === 0) continue
      const said = f.context || facts[i - 1]?.context === true || facts[i + 1]?.context === true
      for (const w of f.weak) {
        emit({
          rule: 'personal-info/my-number',
          start: spans[i]!.start + w.start,
          end: spans[i]!.start + w.end,
          severity: said ? 'block' : 'warn',
          data: { how: said ? '前後の文でカードなどの12桁の番号とされている、マイナンバー（個人番号）と同じ形式の番号です（検査用数字も一致）' : 'マイナンバー（個人番号）と同じ形式の12桁の番号です（検査用数字も一致）' },
        })
      }
    }
  },
}
