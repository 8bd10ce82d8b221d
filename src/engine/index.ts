/**
 * Post Guard rule engine: `check(text, context) → Report`.
 *
 * Pure and synchronous: no DOM, no browser API, no I/O, no clock. Same input, same report.
 * The one home of guideline knowledge (rule families in rules/, data in policy.ts).
 */
import { Doc } from './doc'
import { detached, ParagraphMemo, resplit } from './paragraphs'
import { DEFAULT_POLICY } from './defaults'
import { restoreReadings, spanOnSource } from './readings'
import { resolveSeverity, type Policy } from './policy'
import type { DraftFinding, ParagraphContext, ReportSummary, RuleFamily, RuleMeta } from './rule'
import { citation, CLAUSES } from './clauses'
import { FAMILY_LIST } from './rules'
import { endorsedAfter, inExampleBullets } from './words'
import {
  SEVERITY_RANK,
  type CheckContext,
  type Confirmation,
  type Finding,
  type Report,
  type ResolvedContext,
  type Verdict,
} from './types'

export * from './types'
export { mergePolicy, resolveSeverity, isBelow, WORD_LISTS, type Policy, type PartialPolicy, type SeveritySetting, type WordListName } from './policy'
export { DEFAULT_POLICY, RULES, CRITICAL_LISTS, composePolicy, familyFloor, type ManagedLayer, type ComposedPolicy } from './defaults'
export { CLAUSES, citation } from './clauses'
export type { RuleMeta, FamilyMeta, Clause } from './rule'
export { fingerprint, similarity } from './fingerprint'
export { FAMILY_LIST } from './rules'
export { FAMILY_METAS, type FamilyMetaEntry } from './rules/meta'
export type { RuleFamily, DraftFinding, ParagraphContext } from './rule'
export { splitParagraphs, MAX_PARAGRAPH } from './paragraphs'
export { prepareGates as prepare } from './gate'
/** Diagnostics: how many pattern needs came from the build's table (scripts/literal-table.ts) and how many were worked out. */
export { literalStats, literalTable } from './literals'

/** Longest text the engine reads; the rest is still sent, but a finding says it was not checked. */
export const MAX_CHECK_LENGTH = 200_000

export function resolveContext(ctx: CheckContext = {}): ResolvedContext {
  return {
    site: ctx.site ?? 'x',
    mode: ctx.mode ?? 'post',
    tone: ctx.tone ?? 3,
    approval: ctx.approval ?? false,
    broadcastOnly: ctx.broadcastOnly ?? true,
    emergency: ctx.emergency ?? false,
    incident: ctx.incident ?? null,
    attachments: ctx.attachments ?? [],
    history: ctx.history ?? [],
  }
}

/**
 * Check a draft. The text is checked paragraph by paragraph (paragraphs.ts); paragraph results are
 * remembered per family set, policy, site and mode, so a re-check after a keystroke re-runs only the
 * changed paragraph. The report is the same as a check with nothing remembered.
 */
export function check(text: string, context: CheckContext = {}): Report {
  return checkWith(FAMILY_LIST, text, context)
}

/** What one paragraph yields: findings (paragraph offsets, with their family's index) and each family's facts. */
interface ParagraphResult {
  /** The paragraph's text (detached: it keeps no post text alive). */
  key: string
  findings: Array<{ family: number; d: DraftFinding }>
  facts: unknown[]
}

/** Paragraph memos per family set, policy and paragraph context (paragraphs.ts). */
const memos = new WeakMap<readonly RuleFamily[], WeakMap<Policy, Map<string, ParagraphMemo<ParagraphResult>>>>()

const CONTEXT_KEYS = Object.fromEntries(
  (['x', 'facebook', 'instagram', 'blog'] as const).map((site) => [site, Object.fromEntries((['post', 'reply', 'comment', 'quote'] as const).map((mode) => [mode, `${site}|${mode}`]))]),
) as Record<ParagraphContext['site'], Record<ParagraphContext['mode'], string>>

function memoFor(families: readonly RuleFamily[], policy: Policy, pctx: ParagraphContext): ParagraphMemo<ParagraphResult> {
  let byPolicy = memos.get(families)
  if (!byPolicy) memos.set(families, (byPolicy = new WeakMap()))
  let byCtx = byPolicy.get(policy)
  if (!byCtx) byPolicy.set(policy, (byCtx = new Map()))
  const key = CONTEXT_KEYS[pctx.site][pctx.mode]
  let memo = byCtx.get(key)
  if (!memo) byCtx.set(key, (memo = new ParagraphMemo()))
  return memo
}

function checkParagraph(families: readonly RuleFamily[], key: string, policy: Policy, pctx: ParagraphContext): ParagraphResult {
  const doc = new Doc(key, policy)
  const findings: ParagraphResult['findings'] = []
  const facts: unknown[] = []
  let current = 0
  // One input for every family (nothing per family is allocated but what it returns).
  const input = { doc, ctx: pctx, policy, emit: (d: DraftFinding) => void findings.push({ family: current, d }) }
  for (; current < families.length; current++) {
    const family = families[current]!
    facts.push(family.run(input))
  }
  // Kanji words spelt in katakana (ﾋﾐﾂ, ｶｲｷﾞ資料): the families that read kanji vocabulary check the
  // paragraph again with them restored; what they find there that touches a restored word is kept.
  const restored = spellingFamilies(families) ? restoreReadings(key, doc.norm) : null
  if (restored) {
    const alt = { doc: new Doc(restored.text, policy), ctx: pctx, policy, emit: (d: DraftFinding) => void 0 }
    for (current = 0; current < families.length; current++) {
      const family = families[current]!
      if (!family.meta.kanaSpellings) continue
      const own = current
      alt.emit = (d: DraftFinding) => {
        const s = spanOnSource(restored, d)
        if (!s || findings.some((f) => f.family === own && f.d.rule === d.rule && f.d.start < s.end && s.start < f.d.end)) return
        findings.push({ family: own, d: { ...d, start: s.start, end: s.end } })
      }
      family.run(alt)
    }
  }
  // Other families' findings that an echoing family reads as its own kind too (rule.ts `echo`): looked up by rule id, so a
  // paragraph's findings of rules nobody echoes cost one map lookup each.
  const echoers = echoIndex(families)
  if (echoers !== null && findings.length > 0) {
    const own = findings.length
    for (let i = 0; i < own; i++) {
      const { family: from, d } = findings[i]!
      const readers = echoers.get(d.rule)
      if (readers === undefined) continue
      for (const k of readers) {
        if (k === from) continue
        const e = echoOf1(families, k, from, d, key)
        if (e && !findings.some((f) => f.family === k && f.d.rule === e.rule && f.d.start === e.start && f.d.end === e.end)) findings.push({ family: k, d: e })
      }
    }
  }
  return { key, findings, facts }
}

const wholePostOf = new WeakMap<readonly RuleFamily[], readonly number[]>()
/** The indices of the families of the set with a whole-post step (`post` or `summarise`), increasing. */
function wholePostFamilies(families: readonly RuleFamily[]): readonly number[] {
  let v = wholePostOf.get(families)
  if (v === undefined) wholePostOf.set(families, (v = families.flatMap((f, i) => (f.post || f.summarise ? [i] : []))))
  return v
}

/** Family `k`'s echo of `d`, a finding of family `from` (offsets into `text`). */
function echoOf1(families: readonly RuleFamily[], k: number, from: number, d: DraftFinding, text: string): DraftFinding | null {
  const source = families[from]!
  return families[k]!.echo!({ ...d, family: source.id, severity: d.severity ?? source.meta.rules[d.rule]!.severity }, text)
}

const echoMaps = new WeakMap<readonly RuleFamily[], ReadonlyMap<string, readonly number[]> | null>()
/** For a family set: each echoed rule id → the indices of the families that read it (`echoes`); null when none echoes. */
function echoIndex(families: readonly RuleFamily[]): ReadonlyMap<string, readonly number[]> | null {
  let v = echoMaps.get(families)
  if (v === undefined) {
    const m = new Map<string, number[]>()
    families.forEach((f, i) => {
      if (!f.echo) return
      for (const rule of f.echoes ?? []) m.set(rule, [...(m.get(rule) ?? []), i])
    })
    echoMaps.set(families, (v = m.size > 0 ? m : null))
  }
  return v
}

const spelling = new WeakMap<readonly RuleFamily[], boolean>()
/** Whether a family of the set reads kanji words spelt in katakana (`meta.kanaSpellings`). */
function spellingFamilies(families: readonly RuleFamily[]): boolean {
  let v = spelling.get(families)
  if (v === undefined) spelling.set(families, (v = families.some((f) => f.meta.kanaSpellings === true)))
  return v
}

/** `check` with a chosen set of rule families (tests, benchmarks, and tools that run one family). */
export function checkWith(families: readonly RuleFamily[], text: string, context: CheckContext = {}): Report {
  const policy: Policy = context.policy ?? DEFAULT_POLICY
  const ctx = resolveContext(context)
  const pctx: ParagraphContext = { site: ctx.site, mode: ctx.mode }
  const checked = text.length > MAX_CHECK_LENGTH ? cutAtBoundary(text, MAX_CHECK_LENGTH) : text
  const memo = memoFor(families, policy, pctx)

  // Paragraphs unchanged since the last check keep their results without being looked up; the
  // others are looked up by text (a paragraph typed back, pasted or moved), else checked.
  const last = memo.last
  const { spans, from } = resplit(last, checked)
  memo.begin(spans.length, checked.length)
  const results: ParagraphResult[] = []
  const keys: string[] = []
  for (let p = 0; p < spans.length; p++) {
    const j = from[p]!
    let r = j >= 0 ? last!.values[j] : undefined
    if (!r) {
      const slice = checked.slice(spans[p]!.start, spans[p]!.end)
      r = memo.get(slice)
      if (!r) {
        const own = detached(slice)
        r = checkParagraph(families, own, policy, pctx)
        memo.set(own, r)
      }
    }
    results.push(r)
    keys.push(r.key)
  }
  // The last check's paragraphs this one no longer has: retired (only the last few versions are kept).
  if (last) {
    const kept = new Uint8Array(last.values.length)
    for (let p = 0; p < from.length; p++) if (from[p]! >= 0) kept[from[p]!] = 1
    for (let j = 0; j < kept.length; j++) if (kept[j] === 0) memo.retire(last.keys[j]!)
  }
  memo.last = { text: checked, spans, keys, values: results }

  const groups = new FindingGroups(checked)
  const add = (familyIndex: number, d: DraftFinding, offset: number) => {
    const family = families[familyIndex]!
    const meta = family.meta.rules[d.rule]
    if (!meta) throw new Error(`rule ${d.rule} is not declared in the meta of family ${family.id}`)
    let severity = resolveSeverity(policy, d.rule, family.id, d.severity ?? meta.severity, meta.floor)
    if (severity === 'off') return
    // A quoted example (「死ね」といった書き込みは…) is a mention, not a use: a note at most — unless the writer
    // agrees with it (「…帰れ」という声もありますが、正直その通りだと思います: the writer's own view).
    if (d.mention && severity !== 'info') {
      if (!endorsedAfter(checked, d.end + offset)) severity = 'info'
    }
    // A saying on a bulleted line introduced as an example by the paragraph before (a family's run sees one paragraph).
    else if (severity !== 'info' && family.meta.quotedWords && inExampleBullets(checked, d.start + offset, d.end + offset)) severity = 'info'
    groups.add(family.id, family.meta.clauses[0]!.id, meta, d, d.start + offset, d.end + offset, severity)
  }
  for (let p = 0; p < results.length; p++) {
    const offset = spans[p]!.start
    // (Indexed: on every keystroke over every paragraph, often before the page has optimised this code, where a
    // for…of allocates an iterator even for an empty list.)
    const list = results[p]!.findings
    for (let i = 0; i < list.length; i++) add(list[i]!.family, list[i]!.d, offset)
  }
  let current = 0
  // Whole-post findings are offered to the echoing families once every family has judged the post.
  const echoers = echoIndex(families)
  const posted: Array<{ family: number; d: DraftFinding }> = []
  const emit = (d: DraftFinding) => {
    add(current, d, 0)
    if (echoers !== null && echoers.has(d.rule)) posted.push({ family: current, d })
  }
  const summary: ReportSummary = { toneScore: null }
  // Each whole-post family's facts, paragraph by paragraph: filled in one pass over the paragraphs (a long post has
  // thousands), each paragraph's facts read once for all of them.
  const wholePost = wholePostFamilies(families)
  const columns: unknown[][] = wholePost.map(() => new Array<unknown>(results.length))
  for (let p = 0; p < results.length; p++) {
    const facts = results[p]!.facts
    for (let k = 0; k < wholePost.length; k++) columns[k]![p] = facts[wholePost[k]!]
  }
  for (let k = 0; k < wholePost.length; k++) {
    current = wholePost[k]!
    const family = families[current]!
    const facts = columns[k]!
    family.post?.({ text: checked, facts, spans, ctx, policy, emit })
    if (family.summarise) Object.assign(summary, family.summarise(facts))
  }
  for (const { family: from, d } of posted) {
    for (const k of echoers!.get(d.rule)!) {
      if (k === from) continue
      const e = echoOf1(families, k, from, d, checked)
      if (e) add(k, e, 0)
    }
  }
  const findings = groups.findings()
  if (checked.length < text.length) {
    findings.push({
      rule: 'engine/too-long',
      family: 'engine',
      clause: '-',
      clauseTitle: '',
      severity: 'warn',
      start: checked.length,
      end: text.length,
      excerpt: '',
      message: `本文が長すぎるため、先頭の${MAX_CHECK_LENGTH.toLocaleString('ja-JP')}文字だけを確認しました。残りは確認されていません。`,
      hint: '投稿を分けるか、残りの部分を目視で確認してください。',
    })
  }
  const confirmations: Confirmation[] = []
  if (ctx.approval) confirmations.push('approval')
  if (ctx.attachments.length > 0) confirmations.push('portrait')
  return { verdict: worst(findings), findings, confirmations, toneScore: summary.toneScore }
}

/** At most this many spans are kept for one group of repeated findings (the count says how many there were). */
export const MAX_GROUP_SPANS = 100

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * A template split once at its placeholders: even entries are literal text, odd entries placeholder names
 * (`'「{word}」が{count}回' → ['「', 'word', '」が', 'count', '回']`). Templates are the rules' metadata, a few
 * hundred strings, so the cache stays small; a long post formats hundreds of groups on every keystroke.
 */
const templateParts = new Map<string, readonly string[]>()

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template)
  if (parts) return parts
  const out: string[] = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    out.push(template.slice(last, m.index), m[1]!)
    last = m.index + m[0].length
  }
  out.push(template.slice(last))
  if (templateParts.size < 4096) templateParts.set(template, out)
  return out
}

/** Fill a message template's `{placeholders}` (unknown names are left as written). */
export function formatMessage(template: string, data: Record<string, string | number>): string {
  const parts = partsOf(template)
  if (parts.length === 1) return template
  let s = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    s += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!
  }
  return s
}

/**
 * The findings of one check, grouped: the same rule on the same excerpt text with the same
 * severity is one finding with a `count` and the `spans` of its repeats. Messages are formatted
 * once per group, so a 100,000-character paste of one repeated mistake stays one small finding.
 */
class FindingGroups {
  private readonly byKey = new Map<string, Finding>()
  private readonly list: Finding[] = []
  /** The spans of each group with repeats (its own span first). */
  private readonly repeats = new Map<Finding, Array<[number, number]>>()
  constructor(private readonly text: string) {}

  add(family: Finding['family'], defaultClause: string, meta: RuleMeta, d: DraftFinding, start: number, end: number, severity: Finding['severity']): void {
    const excerpt = this.text.slice(start, end)
    const key = `${d.rule}\u0000${severity}\u0000${excerpt}`
    const known = this.byKey.get(key)
    if (known) {
      if (known.start === start && known.end === end) return
      let spans = this.repeats.get(known)
      if (!spans) this.repeats.set(known, (spans = [[known.start, known.end]]))
      known.count = (known.count ?? 1) + 1
      if (spans.length < MAX_GROUP_SPANS) spans.push([start, end])
      return
    }
    const clause = d.clause ?? defaultClause
    const data = d.data ? { excerpt, ...d.data } : { excerpt }
    const f: Finding = {
      rule: d.rule,
      family,
      clause,
      clauseTitle: (CLAUSES as Record<string, { title: string }>)[clause]?.title ?? '',
      severity,
      start,
      end,
      excerpt,
      message: formatMessage(meta.message, data) + citation(clause),
      hint: formatMessage(meta.hint, data),
    }
    this.byKey.set(key, f)
    this.list.push(f)
  }

  /**
   * Sorted by position (longer first, then more severe); groups expose `count` and `spans`. A finding inside another of the
   * same rule and the same severity says nothing new (two readings of one family found 裏口は鍵が壊れていて and the whole
   * 裏口は鍵が壊れていて、夜でも誰でも入れる): only the covering one is kept, so a problem is listed once. A milder finding
   * inside a severer one stays (it may name another matter of the rule; the verdict is the severer one's either way).
   */
  findings(): Finding[] {
    let out = this.list
    for (const [f, spans] of this.repeats) f.spans = spans
    if (out.length > 1) {
      out.sort((a, b) => a.start - b.start || b.end - a.end || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      // Sorted by start, so the finding of a rule and severity reaching furthest so far is the one that can cover the next.
      const reach = new Map<string, Finding>()
      out = out.filter((f) => {
        const key = `${f.rule}\u0000${f.severity}`
        const cover = reach.get(key)
        if (cover && f.count === undefined && f.end <= cover.end) return false
        if (!cover || f.end > cover.end) reach.set(key, f)
        return true
      })
    }
    return out
  }
}

function cutAtBoundary(text: string, n: number): string {
  // Never cut a surrogate pair in half.
  const c = text.charCodeAt(n - 1)
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? n - 1 : n)
}

export function worst(findings: ReadonlyArray<{ severity: Finding['severity'] }>): Verdict {
  let v: Verdict = 'ok'
  for (const f of findings) if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[v]) v = f.severity
  return v
}
