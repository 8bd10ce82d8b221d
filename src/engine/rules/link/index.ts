/**
 * link — 6(1): 第三者のサイトへのリンクは内容を確認し、短縮URLは原則使用しない.
 *
 * URLs are found here (`findUrls`) in every form staff write them: right after any character
 * (→https://, こちらhttps://, ▶https://), full-width (ｈｔｔｐｓ：／／), spaced (bit . ly / xxx),
 * defanged (hxxps://, example[.]com, (dot)), and bare domains without a scheme (bit.ly/xxx);
 * linkify-it's Doc.urls fills in what this reader does not take (internationalised domains).
 *
 * Shorteners hide where a link goes (warn, whatever the host); public bodies (lg.jp, go.jp,
 * city.<name>.<prefecture>.jp …) and trusted domains are fine; a personal blog or free hosting
 * (ameblo.jp, note.com, hatenablog …) and a private person's account on a social network
 * presented as the source to trust are warnings of their own; a host that dresses up as a trusted
 * one (city-yanagawa.com, city.yanagawa.fukuoka.jp.example.com, punycode) is a look-alike; any
 * other host is a third-party link the writer must have checked; plain http is a note.
 * Trusted-domain entries may use * for one label (e.g. *.example.jp).
 * Blind R90A/R91A kinds: an account said to be locked or private (鍵アカ @…, 非公開アカウント, フォロー申請してみてください) is a personal
 * source whatever its host (`privateAccountAt`); in a quote post, the thread shared named by its maker (…の方がまとめてくださったこのスレッドが、
 * いちばん正確) is vouched for like この方の投稿 (MADE_BY, not the city's own: OWN_MAKER).
 * Blind R123A-144 kind: an account said to be unofficial (非公式アカウント @…, a handle that says so: @…_unofficial) sent readers to as the
 * source (フォローすると便利) is a personal source; 非公式 is never 公式 (OFFICIAL, BODY_SOURCE); a warning against it (なりすまし, ご注意) is not.
 * Blind R131I-058 kind: an aggregator account (まとめアカウント, a handle with matome or _bot) sent readers to as the quickest source (一番早い).
 * Blind R123A-028: a link to a named organisation's explanation cited as the source (柳川市観光協会の解説（https://www.yanagawa-net.com/）では)
 * is a referral (`orgCited`), a note; a domain the city links to often still belongs in the policy's trusted list.
 * Blind TZ-120, TZ-124, R145D-118 kinds: a link the post introduces as the city's contracted service (市が契約している次のポータルサイト:
 * `contractedSite`), as an organisation's official site named a sentence before with one describing sentence between (`afterDescription`),
 * or under a source label naming a work's title or publisher (出典：北原白秋「この道」（青空文庫）: `sourceLabelled`) is a referral.
 * Blind R163A kinds (block): an affiliate link (px.a8.net/…?a8mat=, amazon.co.jp/…?tag=…-22: `isAffiliate`), and card or account details to
 * be typed in on a site only pointed at (こちらのサイトから…クレジットカード番号を入力するだけで: `paymentEntry`). Blind TW-086: an operator's
 * page named by its title in brackets (九州電力送配電の「停電情報」のページで確認できます) is a referral (NAMED_PAGE_BEFORE).
 * Blind R168A kinds: an associate shortener (amzn.to, a.r10.to) is an affiliate link; an identity document's photo to be sent through a
 * pointed-at or short link (こちらのフォーム…免許証の写真も添付: `paymentEntry`); a trusted host's short link in disguise (y o u t u . b e /
 * Xk3p9Lm2vQ: `disguisedShortLink`). Blind TX-132: an operator's page named by what it tells (…送配電の停電情報のページで) is a referral.
 * Blind IW-022, IW-044, IW-101 kind: a page the sentence before the link names as an organisation's, whatever its predicate (…は観光協会の
 * ページからどうぞ👇, …観光協会のページへ！) is a referral (ORG_PAGE_SENT, read in `namedPageBefore`).
 *
 * The family is a folder of detectors: this file holds the family object and the order in which links are judged (`run`, `post`);
 * finding-urls.ts reads the links, context.ts holds what several detectors read, and each other file one kind of link (public-bodies,
 * lookalikes, short-links-and-affiliates, payment-entry, mentions-fakes-and-impostors, personal-pages, private-accounts-handles-and-line,
 * vouched-sources, named-pages, city-contracts-and-portals); meta.ts its metadata.
 */
import { matchAllOf } from '../../regex'
import type { RuleFamily } from '../../rule'
import { sentenceOf } from '../../words'
import { meta } from './meta'
import { hostMatches, OFFICIAL, withoutCompared } from './context'
import { linksOf } from './finding-urls'
import { govFormService, isPublicBody, welfareCouncil } from './public-bodies'
import { impostedBody, isDressedUserinfo, isLookalike, isMisspelledTrusted } from './lookalikes'
import { disguisedShortLink, isAffiliate, spacedShortener } from './short-links-and-affiliates'
import { paymentEntry } from './payment-entry'
import { impostorLinked, isMentionedDomain, isQuotedExample, isQuotedScam, warnedAsFake } from './mentions-fakes-and-impostors'
import { FRAME_HINT, healthChannel, isPersonalHost, isSocialAccount, NOT_OFFICIAL_BUT_ALL, PERSON_FRAME, personFramedNotDenied, SOCIAL_HOSTS, unofficialCopy } from './personal-pages'
import { handles, PERSON_LINE_URL, PERSONAL_LINE_WHAT, personalLineBefore, personalLineWords, PRIVATE_WHAT, privateAccountAt } from './private-accounts-handles-and-line'
import { accountVouched, favourAccount, quotedVouch } from './vouched-sources'
import { afterDescription, BODY_SERVICE_PAGE, GOV_SERVICE, listedAt, namedPageBefore, namedSiteSentence, OFFICIAL_NAMED_SENTENCE, OFFICIAL_SITE_BEFORE, officialSitesNamed, orgCited, OWNER_PAGE, OWNER_SERVICE, REFER, ROLE_LABEL_BEFORE, SHOPPING, SIGNED_BODY_LINE, signedBodySite, sourceLabelled } from './named-pages'
import { cityListing, contractedSite, portalOwnPage } from './city-contracts-and-portals'

export { hostMatches } from './context'
export { findUrls } from './finding-urls'
export type { FoundUrl } from './finding-urls'
export { govFormService, isPublicBody, welfareCouncil } from './public-bodies'
export { impostedBody, isLookalike, isMisspelledTrusted, skeleton } from './lookalikes'

/**
 * What a paragraph tells the post's other paragraphs (blind JP-007 kind): the bodies whose official site it names (BODY_OFFICIAL_NAMED,
 * not denied and with no link after the naming), and a third-party link held back because it stands under a body's signature line
 * (SIGNED_BODY_LINE): `post` reports it as a note when an earlier paragraph named that body's official site, else as the warning it is.
 */
interface LinkFacts {
  named: string[]
  hasLink: boolean
  held: Array<{ start: number; end: number; host: string; name: string; mention: boolean }>
}

export const link: RuleFamily<LinkFacts> = {
  id: 'link',
  meta,
  post({ facts, spans, emit }) {
    for (let p = 0; p < facts.length; p++) {
      for (const h of facts[p]!.held) {
        let referred = false
        // The naming paragraph may be up to three before, with no link in the paragraphs between.
        for (let k = p - 1; k >= Math.max(0, p - 3) && !referred; k--) {
          if (facts[k]!.named.some((o) => h.name.endsWith(o) || o.endsWith(h.name))) referred = true
          else if (facts[k]!.hasLink) break
        }
        const at = spans[p]!.start
        emit({ rule: 'link/third-party', start: h.start + at, end: h.end + at, ...(h.mention ? { mention: true } : {}), ...(referred ? { severity: 'info' as const } : {}), data: { host: h.host } })
      }
    }
  },
  run({ doc, ctx, policy, emit }) {
    const links = linksOf(doc)
    const t = doc.norm.text
    const facts: LinkFacts = { named: officialSitesNamed(t, 0, t.length), hasLink: links.length > 0, held: [] }
    // A quote post's own words vouching for the post it shares (この方の投稿が一番正確です): reported once, unless a link of the
    // paragraph is reported as a person's page (the link's finding says it).
    let personal = false
    if (ctx.mode === 'quote') {
      const inner = emit
      emit = (f) => {
        if (f.rule === 'link/personal-source') personal = true
        inner(f)
      }
    }
    if (/[A-Za-z0-9](?:[ ・、,]{1,2}|[ ・、,]?\.[ ・、,]|[ ・、,]\.)[A-Za-z]{2,}\s?\//.test(t)) {
      const re = spacedShortener(policy.shorteners)
      if (re) {
        re.lastIndex = 0
        for (const m of matchAllOf(re, t)) {
          if (links.some((u) => u.normStart < m.index + m[0].length && m.index < u.normEnd)) continue
          const src = doc.fromNorm(m.index, m.index + m[0].length)
          emit({ rule: 'link/shortener', start: src.start, end: src.end, data: { host: m[0].split('/')[0]!.trim(), how: '空白や記号で分断されていますが、' } })
        }
      }
    }
    handles(t, doc, emit)
    if (!links.some((u) => hostMatches(u.host, 'line.me'))) personalLineWords(t, doc, emit)
    const vouch = () => {
      if (ctx.mode === 'quote' && !personal) quotedVouch(t, doc, emit)
    }
    if (links.length === 0) {
      vouch()
      return facts
    }
    const trusted = policy.trustedDomains
    for (const u of links) {
      const host = u.host
      // A domain named as an example (「bit.ly」などの短縮URL) is a mention, not a link: a note at most.
      const mention = isMentionedDomain(t, u) || isQuotedScam(t, u)
      const where = { start: u.start, end: u.end, ...(mention ? { mention: true } : {}) }
      // A user part dressed as the city's (or any) domain in front of another host: the link goes to the other host.
      if (u.userinfo !== undefined && !trusted.some((d) => hostMatches(host, d)) && !isPublicBody(host) && isDressedUserinfo(u.userinfo, trusted)) {
        emit({ rule: 'link/lookalike', start: u.start, end: u.end, ...(isQuotedExample(t, u) || isQuotedScam(t, u) ? { mention: true } : {}), data: { host: `${u.userinfo}@${host}` } })
        continue
      }
      // An affiliate network's redirect (px.a8.net/svt/ejp?a8mat=…) or a shop's link carrying an associate's tag (amazon.co.jp/…?tag=…-22).
      if (isAffiliate(host, u.url)) {
        emit({ rule: 'link/affiliate', ...where, data: { host } })
        continue
      }
      if (policy.shorteners.some((s) => hostMatches(host, s))) {
        // Blind R168A-074: a short link to a form where an identity document's photo or card details are to be sent (forms.gle/…).
        const entry = mention ? null : paymentEntry(t, u)
        if (entry !== null) {
          emit({ rule: 'link/payment-entry', ...where, data: { host, what: entry[0], act: entry[1] } })
          continue
        }
        emit({ rule: 'link/shortener', ...where, data: { host, how: u.disguised ? '空白や記号で分断されていますが、' : '' } })
        continue
      }
      const around = () => t.slice(Math.max(0, u.normStart - 120), Math.min(t.length, u.normEnd + 40))
      const framed = (a: string) => FRAME_HINT.test(a) && PERSON_FRAME.test(a) && !OFFICIAL.test(withoutCompared(a).replace(NOT_OFFICIAL_BUT_ALL, '')) && personFramedNotDenied(a)
      if (isSocialAccount(host, u.url) && !OFFICIAL.test(t.slice(sentenceOf(t, u.normStart, u.normEnd).start, u.normEnd)) && privateAccountAt(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: PRIVATE_WHAT } })
        continue
      }
      if (SOCIAL_HOSTS.some((p) => hostMatches(host, p)) && healthChannel(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '出所の分からない健康・医療の動画やアカウント' } })
        continue
      }
      if (SOCIAL_HOSTS.some((p) => hostMatches(host, p)) && unofficialCopy(t, u.normStart, u.normEnd)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '非公式の切り抜きや転載（第三者が投稿した動画・アカウント）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && accountVouched(t, links, u)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のアカウント（SNS）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && favourAccount(t, links, u)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '第三者のアカウント（SNS・動画）' } })
        continue
      }
      if (isSocialAccount(host, u.url) && framed(around())) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のアカウント（SNS）' } })
        continue
      }
      // A LINE group or chat invitation (line.me/ti/g/…): anyone's private group, not the city's official account.
      if (hostMatches(host, 'line.me') && /line\.me\/(?:ti\/g2?\/|R\/ti\/g\/)/iu.test(u.url)) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: 'LINEのグループへの招待リンク（個人が管理するグループ）' } })
        continue
      }
      // A person's LINE: a friend-add link with no @ (line.me/ti/p/kawabe_88; an official account's is line.me/R/ti/p/@…), or any LINE
      // link given as someone's own LINE (店主さん個人のLINEから予約).
      if (hostMatches(host, 'line.me') && (PERSON_LINE_URL.test(u.url) || personalLineBefore(t, u.normStart))) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: PERSONAL_LINE_WHAT } })
        continue
      }
      const isTrusted = trusted.some((d) => hostMatches(host, d))
      // A misspelt name is a look-alike even under a public-body pattern (city.yanagavva.fukuoka.jp).
      if (!isTrusted && isMisspelledTrusted(host, trusted)) {
        emit({ rule: 'link/lookalike', ...where, ...(warnedAsFake(t, u) ? { mention: true } : {}), data: { host } })
        continue
      }
      // A trusted host's short link written in disguise (y o u t u . b e / Xk3p9Lm2vQ): no longer a link to tap or preview.
      if (isTrusted && !mention && disguisedShortLink(t, u)) {
        emit({ rule: 'link/shortener', ...where, data: { host, how: '空白や記号で分断されていますが、' } })
        continue
      }
      // Blind R265G-032 kind: the impostor account itself linked in the warning about it (こちらが…なりすましアカウントです→ https://x.com/…).
      if (isTrusted && !mention && !isPublicBody(host) && isSocialAccount(host, u.url) && impostorLinked(t, u)) {
        emit({ rule: 'link/impostor', ...where, data: { host } })
        continue
      }
      if (isTrusted || isPublicBody(host) || welfareCouncil(host) || govFormService(host)) {
        if (/^http:\/\//i.test(u.url)) {
          emit({ rule: 'link/insecure', ...where, data: { secure: u.url.replace(/^http:/i, 'https:') } })
        }
        continue
      }
      if (isLookalike(host, trusted) || impostedBody(host) !== null) {
        emit({ rule: 'link/lookalike', ...where, ...(warnedAsFake(t, u) ? { mention: true } : {}), data: { host } })
        continue
      }
      // A blog host the organisation itself uses (市の公式note) is an ordinary third-party host.
      if (isPersonalHost(host) && !OFFICIAL.test(around())) {
        emit({ rule: 'link/personal-source', ...where, data: { host, what: '個人のブログや無料ホームページのサイト' } })
        continue
      }
      // The named operator's own page, given for what it runs (西日本鉄道のホームページ（https://…）でご確認ください):
      // a referral to the source, a note; a shop, a sale or a prize is still a warning.
      const before = t.slice(Math.max(0, u.normStart - 40), u.normStart)
      const sentence = t.slice(Math.max(0, u.normStart - 80), Math.min(t.length, u.normEnd + 30))
      const described = afterDescription(t, u.normStart)
      // Blind R247T-048 kind: a link listed on its own line after others, under a sentence that names as many pages (listedAt).
      const listed = listedAt(t, links, u)
      const referral = ((namedPageBefore(t, u.normStart) || (described !== null && namedSiteSentence(t, described)) || orgCited(t, u) || GOV_SERVICE.test(t.slice(Math.max(0, u.normStart - 80), u.normStart)) || ((OWNER_PAGE.test(before) || OWNER_SERVICE.test(t.slice(Math.max(0, u.normStart - 80), u.normStart))) && REFER.test(sentence)) || sourceLabelled(t, u.normStart) || OFFICIAL_SITE_BEFORE.test(before) || OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, u.normStart - 90), u.normStart)) || (listed !== null && OFFICIAL_NAMED_SENTENCE.test(t.slice(Math.max(0, listed - 90), listed))) || ROLE_LABEL_BEFORE.test(t.slice(Math.max(0, u.normStart - 60), u.normStart)) || signedBodySite(t, u) || BODY_SERVICE_PAGE.test(t.slice(Math.max(0, u.normStart - 90), u.normStart))) && !SHOPPING.test(sentence)) || contractedSite(t, u) || portalOwnPage(t, links, u, trusted) || cityListing(t, u, trusted, policy.contacts.localGovCodes)
      // Card or account details to be typed in on a site only pointed at (こちらのサイトから…クレジットカード番号を入力するだけで).
      const entry = referral ? null : paymentEntry(t, u)
      if (entry !== null) {
        emit({ rule: 'link/payment-entry', ...where, data: { host, what: entry[0], act: entry[1] } })
        continue
      }
      // Blind JP-007 kind: a link under a body's signature line, its official site named in a paragraph before (read in `post`).
      const signed = referral || SHOPPING.test(sentence) ? null : SIGNED_BODY_LINE.exec(t.slice(Math.max(0, u.normStart - 40), u.normStart))
      if (signed != null && !mention) {
        facts.held.push({ start: where.start, end: where.end, host, name: signed[1]!, mention: false })
        continue
      }
      emit({ rule: 'link/third-party', ...where, ...(referral ? { severity: 'info' as const } : {}), data: { host } })
    }
    vouch()
    return facts
  },
}
