/**
 * quotation — 4(4): 他者の文章等を引用する場合は、出典を明示する.
 * A long quotation (「…」 or 『…』 of at least `policy.quotation.minLength` characters followed by
 * the quotative と/って, or a `>` quote line) needs a source somewhere in the post (出典, 引用元,
 * a URL …) or a named speaker (市長は「…」と述べました). A long title in brackets followed by
 * の/を/です (「…」の受講者募集) is not a quotation. Brackets pair up within a paragraph; a source
 * anywhere in the post counts.
 */
import { CLAUSES } from '../clauses'
import type { RuleFamily } from '../rule'

const SOURCE = /出典|引用元|出所|原文|転載|参照|引用:|より引用|から引用|より抜粋|から抜粋|https?:\/\/|www\.|\.jp\/|\.com\/|『[^』\n]{1,60}』(?:より|から)/u
const BRACKET = /[「『」』]/g
const QUOTATIVE = /^\s?(?:と|って|との)/u
const SPEAKER = /(?:氏|さん|様|市長|知事|大臣|首相|総理|議長|会長|代表|教授|先生|選手|監督|委員|部長|課長|局長|理事長|社長)(?:は|が|も|から)?$|(?:によると|によれば|曰く)$/u

/** What one paragraph holds: a source (for the whole post), and long quotations (paragraph offsets). */
export interface QuotationFacts {
  source: boolean
  quotes: Array<{ start: number; end: number; what: string }>
}

const NONE: QuotationFacts = { source: false, quotes: [] }
const SOURCED: QuotationFacts = { source: true, quotes: [] }

export const quotation: RuleFamily<QuotationFacts> = {
  id: 'quotation',
  meta: {
    clauses: [CLAUSES['4(4)']],
    title: '出典のない引用',
    titleEn: 'Quotes without a source',
    rules: {
      'quotation/no-source': {
        title: '出典のない引用',
        titleEn: 'Quotation without a source',
        severity: 'warn',
        floor: 'info',
        message: '{what}がありますが、出典が書かれていません。他者の文章を引用するときは出典を明示してください。',
        hint: '「出典：〇〇（発行者、年）」や引用元のURLを添えてください。著作権にも注意してください。',
      },
    },
  },
  run({ doc, policy }) {
    const t = doc.norm.text
    // A source anywhere in the post covers every quotation in it (post() decides).
    if (SOURCE.test(t) || doc.urls.length > 0) return SOURCED
    if (!t.includes('「') && !t.includes('『') && !t.includes('>')) return NONE
    const quotes: QuotationFacts['quotes'] = []
    const emit = (q: { start: number; end: number; what: string }) => quotes.push(q)
    const min = policy.quotation.minLength
    // One pass with a stack per bracket kind: linear even for 「「「…」」」.
    const stacks: Record<string, number[]> = { '「': [], '『': [] }
    const closes: Record<string, string> = { '」': '「', '』': '『' }
    BRACKET.lastIndex = 0
    for (let found = BRACKET.exec(t); found; found = BRACKET.exec(t)) {
      const i = found.index
      const c = found[0]
      if (c === '「' || c === '『') {
        const st = stacks[c]!
        if (st.length < 64) st.push(i)
        continue
      }
      const openChar = closes[c]
      if (openChar === undefined) continue
      const a = stacks[openChar]!.pop()
      if (a === undefined) continue
      const b = i
      const inner = t.slice(a + 1, b)
      if (inner.replace(/\s/g, '').length < min) continue
      if (!QUOTATIVE.test(t.slice(b + 1, b + 4))) continue
      if (SPEAKER.test(t.slice(Math.max(0, a - 12), a))) continue
      const { start, end } = doc.fromNorm(a, b + 1)
      emit({
        start,
        end,
        what: `${inner.length}文字の引用`,
      })
    }
    // "> quoted line" (as copied from e-mail or another post)
    let lineStart = 0
    while (lineStart <= t.length) {
      let lineEnd = t.indexOf('\n', lineStart)
      if (lineEnd === -1) lineEnd = t.length
      const line = t.slice(lineStart, lineEnd)
      const m = /^\s{0,3}>\s?/.exec(line)
      if (m && line.length - m[0].length >= min) {
        const { start, end } = doc.fromNorm(lineStart, lineEnd)
        emit({
          start,
          end,
          what: '「>」で始まる引用文',
        })
      }
      lineStart = lineEnd + 1
    }
    return { source: false, quotes }
  },
  post({ facts, spans, emit }) {
    for (let p = 0; p < facts.length; p++) if (facts[p]!.source) return
    for (let p = 0; p < facts.length; p++) {
      const at = spans[p]!.start
      for (const q of facts[p]!.quotes) emit({ rule: 'quotation/no-source', start: q.start + at, end: q.end + at, data: { what: q.what } })
    }
  },
}
