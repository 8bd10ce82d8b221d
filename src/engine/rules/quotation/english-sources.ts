/**
 * A quotation's source named in English (4(4)): a named speaker or body with says/said before or after the words (namesInEnglish), a
 * heading that tells whose words follow (headedInEnglish: From the Japan Meteorological Agency:, According to the JMA,), a citation
 * after the passage (citedInEnglish: — from …, read by `hasSource`), and a question visitors or readers put to the city, answered in the post (askedInEnglish).
 * Stays unnamed: a vague person or a network (People, Someone, the Internet), a medium with no name. Part of the quotation family
 * (index.ts reads the quotations and reports them).
 */


const EN_CITED_AFTER = /(?:^|\s)[-—–―]{1,2}\s?(?:[Ff]rom|[Qq]uoted from|[Ee]xcerpted from|[Ss]ource:)\s((?:[Tt]he\s)?[A-Z][A-Za-z.&'’-]{1,24}(?:\s(?:of|for|and|on|the|[A-Z][A-Za-z.&'’-]{1,24})){0,7})\s?[(,]\s?(?:[0-9]{4}|[Vv]ol\.|[Nn]o\.|pp?\.\s?[0-9]|[Ii]ssue|[A-Za-z]{1,12}\sedition)/u
export function citedInEnglish(t: string): boolean {
  const m = EN_CITED_AFTER.exec(t)
  return m !== null && englishName(m[1]!, true)
}
/**
 * Blind GV-050: a quotation in an English post whose source is named in English, as 気象庁は「…」と呼びかけています is in Japanese:
 * the body or person as the one who says it (JMA urges people to "…", Mayor Kaneko said, "…", Fukuoka Prefecture asks residents to
 * "…"; after it: "…," said Mayor Kaneko), or the post heading it as theirs (From the Japan Meteorological Agency: …, According to the
 * JMA, …). A name is capitalised words or an acronym (JMA, NHK), or an office (the Mayor); someone vague (Someone, People, A famous
 * writer, They, Experts) or a social network (From Twitter:) names no one.
 */
const EN_NAME = String.raw`(?:[Tt]he\s)?(?:[A-Z][A-Za-z.&'’-]{1,24}|[A-Z]{2,8})(?:\s(?:of|for|and|on|the|[A-Z][A-Za-z.&'’-]{1,24}|[A-Z]{2,8})){0,7}`
const EN_SAYS = String.raw`(?:says?|said|urges?|urged|warns?|warned|asks?|asked|advises?|advised|calls? on|called on|tells?|told|states?|stated|announces?|announced|writes|wrote|reminds?|reminded|notes?|noted|explains?|explained|recommends?|recommended|requests?|requested|added|adds)`
const EN_VAGUE = /^(?:(?:[Tt]he\s)?(?:People|Someone|Somebody|Anyone|They|He|She|We|I|You|It|Experts?|Many|Some|One|A|An|Everyone|Everybody|Residents?|Locals?|Visitors?|Tourists?|Others?|Nobody|Scientists?|Doctors?|Researchers?|Critics?|Fans?|Users?|Friends?|My|Our|Your|His|Her|Their|This|That|These|Those|Who|Mom|Dad|Mum|Grandma|Grandpa|Mother|Father|Twitter|X|Facebook|Instagram|TikTok|YouTube|Reddit|LINE|Google|Internet|Web|Online|Social|Word|Rumou?r|Legend|Proverb|Saying|Writer|Author|Poet|Famous|Once|Someone's|Also|And|But|So|Then|Now|Today|Yesterday|As|If|When|Please|Let|Just|Do|Don't|Never|Always|Kindly|Simply|Remember|Note)(?:\s|$))/u
const EN_OFFICE = String.raw`(?:[Tt]he\s)?(?:Mayor|mayor|Governor|governor|Prime\sMinister|Minister|minister|Chief\sCabinet\sSecretary|Director|director|Chief|chief|Superintendent|Principal|principal|President|president|Chairperson|Chairman|chairman)(?:\s[A-Z][A-Za-z'’-]{1,20}){0,2}`
const EN_SAID_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])(${EN_NAME}|${EN_OFFICE})\s(?:(?:also|again|strongly|now|once|repeatedly|has|had|is)\s)?${EN_SAYS}(?![A-Za-z])[^"“”\n]{0,60}$`, 'u')
const EN_SAID_AFTER = new RegExp(String.raw`^[\s"”'’,]{0,4}(?:${EN_SAYS}\s(${EN_NAME}|${EN_OFFICE})|(${EN_NAME}|${EN_OFFICE})\s${EN_SAYS}(?![A-Za-z]))`, 'u')
/** From the Japan Meteorological Agency: …, According to the JMA, …: the post says whose words follow. */
const EN_FROM = new RegExp(String.raw`(?:^|[\n.!?]\s?|\s)(?:From|Source|Via|[Aa]ccording\sto)\s(${EN_NAME})\s?[:,]`, 'gu')
/** Whether `name` names someone: not a vague person or a network, and (for a heading) a body, an acronym or two capitalised words. */
function englishName(name: string, strict = false): boolean {
  const bare = name.replace(/^[Tt]he\s/u, '')
  if (EN_VAGUE.test(name) || EN_VAGUE.test(bare)) return false
  return !strict || /^[A-Z]{2,8}$/u.test(bare) || /\s[A-Z]/u.test(bare) || /(?:Agency|Ministry|Office|Department|Bureau|Prefecture|City|Police|Association|Cent(?:er|re)|Government|Council|Board|Institute|University|Hospital|Observatory|Service|Organi[sz]ation|Committee|Shimbun|News|Times)$/u.test(bare)
}
export function namesInEnglish(before: string, after: string): boolean {
  const b = EN_SAID_BEFORE.exec(before)
  // (a mayor once said, one official said: an office or a name after an article names no one in particular; A visitor from
  // Australia wrote: a name after a preposition is not the one who says it.)
  const nameAt = b ? b.index + b[0].indexOf(b[1]!) : 0
  if (b && !/(?:^|\s)(?:a|an|one|some|any|another|from|in|of|at|to|by|with|for|on|near|about|visiting|across|around)\s$/iu.test(before.slice(Math.max(0, nameAt - 10), nameAt)) && englishName(b[1]!)) return true
  const a = EN_SAID_AFTER.exec(after)
  return a !== null && englishName((a[1] ?? a[2])!)
}
export function headedInEnglish(text: string): boolean {
  if (!/From|Source|Via|ccording/u.test(text)) return false
  EN_FROM.lastIndex = 0
  for (let m = EN_FROM.exec(text); m; m = EN_FROM.exec(text)) if (englishName(m[1]!, true)) return true
  return false
}
/**
 * Blind IB-141: a question visitors or readers put to the city, answered in the post (Our friends from Taiwan asked: "Is the river boat open in
 * winter?" Yes! …; A visitor asked us, "…?"): a received voice, as 「…」というご質問 is — a question only: a remark told us (A visitor once
 * told us: "…") stays a quotation. Not a medium (A travel magazine asked:), nor a famous someone (A famous poet once asked:).
 */
const EN_ASKED_BEFORE = /(?:(?:^|[^A-Za-z])(?:friends?|visitors?|guests?|travell?ers?|tourists?|followers?|readers?|residents?|kids|children|students|families|family|someone|people|customers?|passengers?|fans)(?:\s[^.!?\n"“”:]{0,30})?\s(?:asked|asks|wondered|wanted to know)(?:\sus|\sme)?|(?:^|[^A-Za-z])asked\s(?:us|me))\s?[:：,]?\s?["“]?$/iu
const EN_MEDIUM = /magazine|newspaper|article|column|blog|website|book|novel|poem|poet|writer|author|famous|TV|show|program(?:me)?|podcast|online|internet|posted|tweet/iu
export function askedInEnglish(before: string, quote: string): boolean {
  return EN_ASKED_BEFORE.test(before) && !EN_MEDIUM.test(before) && /[?？]\s*["”]?\s*$/u.test(quote)
}
