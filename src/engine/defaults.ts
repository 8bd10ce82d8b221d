/**
 * The guideline as data: DEFAULT_POLICY (word lists gathered from the rule families' metadata,
 * trusted domains, the city's public contacts, thresholds), the rule metadata index, and
 * `composePolicy`, which layers an administrator's managed policy over a local one with locks and
 * the guideline's floors and minimum word lists.
 */
import { FAMILY_METAS } from './rules/meta'
import type { RuleMeta } from './rule'
import { isBelow, mergePolicy, WORD_LISTS, type SeveritySetting, type PartialPolicy, type Policy, type WordListName } from './policy'
import type { Family } from './types'

function defaultWords(): Policy['words'] {
  const words = Object.fromEntries(WORD_LISTS.map((n) => [n, [] as string[]])) as Record<WordListName, string[]>
  for (const f of FAMILY_METAS) {
    for (const [name, list] of Object.entries(f.meta.words ?? {}) as Array<[WordListName, readonly string[]]>) words[name].push(...list)
  }
  return words
}

export const DEFAULT_POLICY: Policy = {
  version: 1,
  severities: {},
  words: defaultWords(),
  trustedDomains: [
    'city.yanagawa.fukuoka.jp', 'lg.jp', 'go.jp', 'pref.fukuoka.lg.jp', 'jma.go.jp', 'ed.jp', 'x.com', 'twitter.com', 'facebook.com',
    'instagram.com', 'youtube.com', 'youtu.be', 'line.me',
    // 日本政府観光局 (JNTO)'s official travel site
    'japan.travel',
    // 福岡県観光連盟's official tourism site (クロスロードふくおか)
    'crossroadfukuoka.jp',
    // Designated public bodies a city post points readers to (災害対策基本法の指定公共機関): 日本赤十字社, NHK, 全国社会福祉協議会
    'jrc.or.jp', 'nhk.or.jp', 'shakyo.or.jp',
    // 指定公共機関 and 福岡県's 指定地方公共機関 whose service pages a city post sends readers to (運行情報, 時刻表, 停電情報, 通行止め):
    // JR九州, 西日本鉄道 (西鉄), NEXCO西日本, 九州電力 and 九州電力送配電, NTT西日本, 日本郵便, 西部ガス, 日本道路交通情報センター
    'jrkyushu.co.jp', 'nishitetsu.jp', 'nishitetsu.co.jp', 'w-nexco.co.jp', 'kyuden.co.jp', 'ntt-west.co.jp', 'post.japanpost.jp', 'saibugas.co.jp',
    'jartic.or.jp',
  ],
  shorteners: [
    'bit.ly', 't.co', 'tinyurl.com', 'goo.gl', 'ow.ly', 'is.gd', 'amzn.to', 'buff.ly', 'x.gd', 'rebrand.ly', 'cutt.ly', 'shorturl.at', 'tiny.cc',
    'v.gd', 'lnkd.in', 'bl.ink', 'qr.paps.jp', 'urx.nu', 'onl.la', 'onl.tw', 'kutt.it', 'rb.gy', 'qrco.de', 'forms.gle', 'reurl.cc', 'u0u.jp',
    'lin.ee', 'amzn.asia', 't.ly', 's.id', 'bit.do', 'ux.nu', 'pin.it', 'wp.me', 'fb.me', 'dlvr.it', 'ift.tt', 'spoti.fi', 'apple.co',
  ],
  contacts: {
    // 柳川市役所 代表 (〒832-8601 福岡県柳川市本町87番地1)
    phones: ['0944-73-8111'],
    emailDomains: ['city.yanagawa.fukuoka.jp', 'city.yanagawa.lg.jp', 'lg.jp', 'go.jp'],
    addresses: ['福岡県柳川市本町87番地1', '柳川市本町87-1', '柳川市本町87番地1'],
    // 柳川市's 全国地方公共団体コード (総務省), with its check digit
    localGovCodes: ['402079'],
  },
  // More than five hashtags in one post is a spam sign (research/rules.md), on Instagram too: each account may raise its own limit.
  repetition: { duplicate: 0.9, near: 0.7, maxHashtags: 5, maxHashtagsInstagram: 5 },
  quotation: { minLength: 20 },
  tone: { warnGap: 1 },
}


/** Every declared rule: id → its family and metadata. */
export const RULES: ReadonlyMap<string, { family: Family; meta: RuleMeta }> = new Map(
  FAMILY_METAS.flatMap((f) => Object.entries(f.meta.rules).map(([id, meta]) => [id, { family: f.id, meta }] as const)),
)

/**
 * The least severity a family-wide setting may have: the highest floor among its rules (a family
 * with a critical rule cannot be switched off as a whole).
 */
export function familyFloor(family: Family): SeveritySetting {
  let floor: SeveritySetting = 'off'
  for (const { family: f, meta } of RULES.values()) if (f === family && isBelow(floor, meta.floor)) floor = meta.floor
  return floor
}

/** Word lists of families with a critical rule (floor warn or above): a policy may add to them, never drop the guideline's entries. */
export const CRITICAL_LISTS: ReadonlySet<WordListName> = new Set(
  FAMILY_METAS.filter((f) => Object.values(f.meta.rules).some((r) => r.floor === 'warn' || r.floor === 'block')).flatMap(
    (f) => Object.keys(f.meta.words ?? {}) as WordListName[],
  ),
)

/** The managed (administrator) layer of a policy: its values, and the keys users may not change. */
export interface ManagedLayer {
  policy?: PartialPolicy
  /**
   * Lock keys: `severities` (every severity), a family id (`personal-info`: the family and all its
   * rule ids), a rule id (`personal-info/mobile`), `words` or `words.<list>`, `trustedDomains`,
   * `shorteners`, `contacts` or `contacts.phones|emailDomains|addresses|localGovCodes`, `repetition`,
   * `quotation`, `tone`.
   */
  locked?: readonly string[]
}

export interface ComposedPolicy {
  policy: Policy
  /** Local settings that were not applied, as lock keys or `words.<list>` (for the options page and the log). */
  overridden: string[]
}

/**
 * Compose the policy in force: guideline defaults ← local settings ← managed settings.
 * - A locked key keeps its managed (or default) value: the local value is dropped and reported.
 *   A locked family also drops local overrides of its rule ids.
 * - A local word list of a critical family adds to the guideline's entries, never removes them.
 * - Severity floors are not applied here but in `resolveSeverity`, so they hold for every policy.
 */
export function composePolicy(local: PartialPolicy | undefined, managed: ManagedLayer = {}): ComposedPolicy {
  const locked = new Set(managed.locked ?? [])
  const overridden: string[] = []
  const mine: PartialPolicy = { ...(local ?? {}) }
  if (mine.severities) {
    const kept: Policy['severities'] = {}
    for (const [key, value] of Object.entries(mine.severities)) {
      const family = key.split('/')[0]!
      if (locked.has('severities') || locked.has(key) || locked.has(family)) overridden.push(key)
      else kept[key] = value
    }
    mine.severities = kept
  }
  if (mine.words) {
    const words: Partial<Policy['words']> = {}
    for (const [name, list] of Object.entries(mine.words) as Array<[WordListName, string[] | undefined]>) {
      if (!list) continue
      if (locked.has('words') || locked.has(`words.${name}`)) {
        overridden.push(`words.${name}`)
        continue
      }
      if (CRITICAL_LISTS.has(name)) {
        const base = DEFAULT_POLICY.words[name]
        const missing = base.filter((w) => !list.includes(w))
        if (missing.length > 0) overridden.push(`words.${name}`)
        words[name] = [...base, ...list.filter((w) => !base.includes(w))]
      } else words[name] = list
    }
    mine.words = words
  }
  for (const key of ['trustedDomains', 'shorteners', 'repetition', 'quotation', 'tone'] as const) {
    if (mine[key] !== undefined && locked.has(key)) {
      overridden.push(key)
      delete mine[key]
    }
  }
  if (mine.contacts) {
    const contacts: Partial<Policy['contacts']> = {}
    for (const [name, list] of Object.entries(mine.contacts) as Array<[keyof Policy['contacts'], string[] | undefined]>) {
      if (!list) continue
      if (locked.has('contacts') || locked.has(`contacts.${name}`)) overridden.push(`contacts.${name}`)
      else contacts[name] = list
    }
    mine.contacts = contacts
  }
  return { policy: mergePolicy(mergePolicy(DEFAULT_POLICY, mine), managed.policy), overridden }
}
