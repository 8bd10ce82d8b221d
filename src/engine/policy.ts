/**
 * The policy: everything a city tunes (word lists, trusted domains, its own contacts, severities)
 * as data. `DEFAULT_POLICY` encodes 柳川市ソーシャルメディア活用ガイドライン; administrators
 * override it from the options page or managed storage. The engine never hard-codes these lists.
 */
import { Matcher } from './matcher'
import { foldString } from './text'
import { buildNorm, buildSqueezed } from './text'
import { FAMILIES, type Family, type Severity } from './types'

export const WORD_LISTS = [
  'confidential',
  'security',
  'undecided',
  'policyNouns',
  'rumour',
  'insults',
  'violence',
  'confrontational',
  'decency',
  'discrimination',
  'rebuttal',
  'disaster',
  'tragedy',
  'slang',
] as const
export type WordListName = (typeof WORD_LISTS)[number]

export type SeveritySetting = Severity | 'off'

export interface Policy {
  version: 1
  /** Overrides by rule id (`personal-info/mobile`) or by family (`personal-info`); rule id wins. */
  severities: Partial<Record<string, SeveritySetting>>
  /**
   * Word lists, matched kana- and width-insensitively. An entry starting with "!" is an exception
   * that vetoes hits it covers; an entry starting with "=" matches only in the script it is written
   * in (=クズ is not くず餅, =カス is not 活かす).
   */
  words: Record<WordListName, string[]>
  /** Hosts (and their subdomains) that links may point to without a warning. */
  trustedDomains: string[]
  /** URL shortener hosts (原則使用しない). */
  shorteners: string[]
  /** The account's and the city's own public contacts: never reported. */
  contacts: {
    /** Phone numbers in any common notation; compared digit by digit. */
    phones: string[]
    /** E-mail domains that are public (subdomains included). */
    emailDomains: string[]
    /** Addresses that are public (the city hall etc.); compared after normalisation. */
    addresses: string[]
    /**
     * The city's 全国地方公共団体コード (5 digits, or 6 with the check digit: 40207 / 402079 for 柳川市). A hometown-tax portal's page
     * whose path carries it is the city's own listing (link family).
     */
    localGovCodes: string[]
  }
  repetition: {
    /** Jaccard similarity of character 3-grams at or above which a post repeats an earlier one. */
    duplicate: number
    /** … at or above which it nearly repeats one. */
    near: number
    /** More hashtags than this in one post look like spam (X, Facebook, blogs). */
    maxHashtags: number
    /** … on Instagram, where hashtags are how posts are found. */
    maxHashtagsInstagram: number
  }
  quotation: {
    /** A 「…」 quotation at least this long needs a source. */
    minLength: number
  }
  tone: {
    /** Warn when the text's formality score is more than this below the registered level. */
    warnGap: number
  }
}

const SETTING_RANK: Record<SeveritySetting, number> = { off: 0, info: 1, warn: 2, block: 3 }

/** Whether severity setting `a` is less severe than `b` (off < info < warn < block). */
export function isBelow(a: SeveritySetting, b: SeveritySetting): boolean {
  return SETTING_RANK[a] < SETTING_RANK[b]
}

/**
 * The severity a finding gets: the policy's rule-id override, else its family override, else the
 * finding's own severity, raised to the rule's guideline floor. The floor holds whatever the
 * policy says and wherever it came from (managed storage, local storage, an import, the CLI).
 */
export function resolveSeverity(policy: Policy, rule: string, family: Family, fallback: Severity, floor: SeveritySetting = 'off'): SeveritySetting {
  const s = policy.severities[rule] ?? policy.severities[family]
  // The rule's own judgement may be milder than its floor (an organisation's account number is a
  // note); a policy may not lower it below the floor.
  if (s === undefined) return fallback
  return isBelow(s, floor) ? floor : s
}

export function isFamily(s: string): s is Family {
  return (FAMILIES as readonly string[]).includes(s)
}

/**
 * How one list entry matches, from its written form:
 * - `word`: a whole word or a word of a compound (word boundaries: words.ts);
 * - `=word`: also only in the script it is written in (=クズ is not くず餅);
 * - `*word`: any substring is enough (a string no ordinary word contains);
 * - `word{水質,河川}`: not when one of these words is in the same sentence (the entry's ordinary sense: 池沼 the ponds);
 * - `!word`: an exception that vetoes hits of its list that it covers.
 */
export interface EntryOptions {
  /** The squeezed form the text must have ("=" entries). */
  exact?: string
  substring?: boolean
  /** Folded words whose presence in the sentence vetoes the hit. */
  ordinarySense?: string[]
  /** Written in katakana (a noun: ガイジ): spelt in hiragana inside hiragana, it must end where a word ends (誰かが|いじめ is no ガイジ). */
  katakana?: boolean
}

export interface CompiledLists {
  matcher: Matcher
  /** List index → name (exception lists share the name of their list). */
  names: WordListName[]
  isException: boolean[]
  /** Per list index: folded word → how it matches (absent: a plain word). */
  options: Array<Map<string, EntryOptions>>
}

const compiledCache = new WeakMap<Policy['words'], CompiledLists>()

/** Put a policy word through the same pipeline as the text (norm → squeezed → folded). */
export function foldWord(w: string): string {
  return foldString(buildSqueezed(buildNorm(w)).text)
}

const ORDINARY_SENSE = /^(.+)\{([^{}]+)\}$/u

/** Parse one list entry (see `EntryOptions`); exceptions ("!") are handled by the caller. */
export function parseEntry(entry: string): { folded: string; options: EntryOptions | null } {
  let w = entry
  const options: EntryOptions = {}
  let hasOptions = false
  const sense = ORDINARY_SENSE.exec(w)
  if (sense) {
    w = sense[1]!
    options.ordinarySense = sense[2]!.split(',').map((x) => foldWord(x.trim())).filter((x) => x.length > 0)
    hasOptions = true
  }
  if (w.startsWith('*')) {
    w = w.slice(1)
    options.substring = true
    hasOptions = true
  }
  if (w.startsWith('=')) {
    w = w.slice(1)
    options.exact = buildSqueezed(buildNorm(w)).text
    hasOptions = true
  }
  if (KATAKANA_WORD.test(w)) {
    options.katakana = true
    hasOptions = true
  }
  return { folded: foldWord(w), options: hasOptions ? options : null }
}

/** An entry written in full-width katakana only (with the long-vowel mark). */
const KATAKANA_WORD = /^[\u30a1-\u30faー]{2,}$/u

/** The word lists of a policy compiled into one Aho–Corasick matcher (cached per word-list object). */
export function compiledLists(policy: Policy): CompiledLists {
  const cached = compiledCache.get(policy.words)
  if (cached) return cached
  const lists: string[][] = []
  const names: WordListName[] = []
  const isException: boolean[] = []
  const options: Array<Map<string, EntryOptions>> = []
  for (const name of WORD_LISTS) {
    const words = policy.words[name] ?? []
    const plain: string[] = []
    const here = new Map<string, EntryOptions>()
    for (const w of words) {
      if (w.startsWith('!')) continue
      const { folded, options: o } = parseEntry(w)
      if (folded.length === 0) continue
      if (o) here.set(folded, o)
      plain.push(folded)
    }
    lists.push(plain)
    names.push(name)
    isException.push(false)
    options.push(here)
    lists.push(words.filter((w) => w.startsWith('!')).map((w) => foldWord(w.slice(1))))
    names.push(name)
    isException.push(true)
    options.push(new Map())
  }
  const compiled = { matcher: new Matcher(lists), names, isException, options }
  compiledCache.set(policy.words, compiled)
  return compiled
}

/** Merge a partial policy over the defaults (lists replace lists; objects merge). */
export function mergePolicy(base: Policy, over: PartialPolicy | undefined): Policy {
  if (!over) return base
  return {
    version: 1,
    severities: { ...base.severities, ...over.severities },
    words: { ...base.words, ...over.words },
    trustedDomains: over.trustedDomains ?? base.trustedDomains,
    shorteners: over.shorteners ?? base.shorteners,
    contacts: { ...base.contacts, ...over.contacts },
    repetition: { ...base.repetition, ...over.repetition },
    quotation: { ...base.quotation, ...over.quotation },
    tone: { ...base.tone, ...over.tone },
  }
}

export interface PartialPolicy {
  severities?: Policy['severities']
  words?: Partial<Policy['words']>
  trustedDomains?: string[]
  shorteners?: string[]
  contacts?: Partial<Policy['contacts']>
  repetition?: Partial<Policy['repetition']>
  quotation?: Partial<Policy['quotation']>
  tone?: Partial<Policy['tone']>
}
