/**
 * tone/too-stiff — 4(1): stiffer than registered (blind R196I-028, R199A-007, R199A-050). On a soft account (registered 1 or 2), the
 * account's own words in the register of an official document: at least two kinds of 公用文 marker (標記の件, 下記のとおり, 記…以上,
 * ものとする, おかれましては, 賜りますよう, 関係各位, の規定により, に処する, である。 throughout) outside quotes, and no soft voice anywhere
 * in the post. Stays clean: a stiff word alone (謹んで新春のお慶びを申し上げます), condolences, a law quoted by name in 「」, a stiff
 * account, any casual signal in the post.
 */
import type { Span } from '../../text'
import { always, LEVEL_JA, REMOVE } from './context'
import type { TonePost } from './context'

// ---------------------------------------------------------------------------------------------
// Stiffer than registered (blind R196I-028, R199A-007, R199A-050; team R10B-004, R10B-029): a soft account (registered 1 or 2)
// posting in the register of an official document — a notice (標記の件について、下記のとおり通知する。記 … 以上), a statute in its
// own words (…受けさせるよう努めなければならない。…受けるものとする。) or a letter of officialdom (本市におきましては、…関係各位に
// おかれましてはご高覧賜りますよう…). A stiff word alone is courtesy, not a document (謹んで新春のお慶びを申し上げます, 一度のご案内
// 申し上げます); the register takes two distinct markers of 公用文・文語 in the account's own voice — words inside 「」『』 are quoted
// (a law cited by name and article is the law's voice, not the account's) — and no soft voice anywhere in the post.

interface StiffMarker {
  /** Which marker: two distinct ones make the register. */
  key: string
  re: RegExp
  fix: (m: string) => string
}

/** The line 記 standing alone (the head of a 記書き), counted only with a later line 以上 standing alone (its close). */
const KI_LINE = /^[ \t\u3000]*記[ \t\u3000]*$/mu
const IJO_LINE = /^[ \t\u3000]*以上[ \t\u3000]*$/mu
const STIFF_MARKERS: readonly StiffMarker[] = [
  { key: 'hyoki', re: /標記の件/gu, fix: always('このことについて') },
  { key: 'kaki', re: /下記の(?:とおり|通り)(?:通知する|通知します|お知らせする)?/gu, fix: (m) => (/通知|お知らせ/u.test(m) ? '次のとおりお知らせします' : '次のとおり') },
  { key: 'monotosuru', re: /ものとする(?=[。\n]|$)/gu, fix: always('ことになっています') },
  { key: 'naranai', re: /(?:努めなければ|しなければ|せねば|なければ|ねば)ならない(?=[。\n]|$)/gu, fix: (m) => (m.startsWith('努め') ? '心がけてくださいね' : /^[しせ]/u.test(m) ? 'してくださいね' : 'ないといけませんね') },
  { key: 'okaremashite', re: /におかれましては/gu, fix: always('は') },
  { key: 'tamawaru', re: /賜り(?:ますよう|たく)/gu, fix: always('いただけるよう') },
  { key: 'kakui', re: /関係各位/gu, fix: always('みなさん') },
  { key: 'okimashite', re: /におきましては/gu, fix: always('では') },
  { key: 'ryochi', re: /ご了知/gu, fix: always('ご確認') },
  // Blind R204D-013 kind: a statute restated in its own words — an article cited as the ground (第5条第1項の規定により、) and a penal
  // clause (二十万円以下の罰金に処する。) — is the law's register, not the account's.
  { key: 'kitei', re: /(?<=(?:条|項|号))の規定により/gu, fix: always('で定められているとおり') },
  { key: 'shosuru', re: /(?<=(?:罰金|懲役|禁錮|禁固|拘禁刑|科料|拘留|刑))に処する(?=[。\n]|$)/gu, fix: always('が科されます') },
]
/**
 * A literal every marker kind holds (標記の件, 下記の, ならない, 以上 of a 記書き, である …): a post with none of them is read no
 * further, so a soft account's keystroke does not copy the whole post to blank its quotes.
 */
const STIFF_LITERALS = /標記の件|下記の|ものとする|ならない|におかれまして|賜り|関係各位|におきまして|ご了知|以上|である|の規定により|に処する/u
/** A sentence of the account's own ending in である (。 or the line's end): counted when most sentences so end. */
const DEARU_END = /である(?=[。\n]|$)/gu

/** The text with what is quoted in 「」『』 blanked (same length), so that a cited law or speech is not the account's voice. */
function unquoted(text: string): string {
  let depth = 0
  let out = ''
  for (const ch of text) {
    if (ch === '「' || ch === '『') {
      depth++
      out += ch
    } else if ((ch === '」' || ch === '』') && depth > 0) {
      depth--
      out += ch
    } else out += depth > 0 ? (ch.length === 2 ? '　　' : '　') : ch
  }
  return out
}

/** The markers of document register in the account's own voice (post offsets), or none when fewer than two distinct kinds are there. */
export function stiffMarkers(text: string): Array<Span & { fix: string }> {
  if (!STIFF_LITERALS.test(text)) return []
  const own = unquoted(text)
  const found: Array<Span & { fix: string }> = []
  const keys = new Set<string>()
  for (const m of STIFF_MARKERS) {
    m.re.lastIndex = 0
    for (let x = m.re.exec(own); x; x = m.re.exec(own)) {
      keys.add(m.key)
      found.push({ start: x.index, end: x.index + x[0].length, fix: m.fix(x[0]) })
    }
  }
  const ki = KI_LINE.exec(own)
  if (ki) {
    const close = IJO_LINE.exec(own.slice(ki.index + ki[0].length))
    if (close) {
      keys.add('ki')
      const at = ki.index + ki[0].indexOf('記')
      found.push({ start: at, end: at + 1, fix: REMOVE })
    }
  }
  // である。 throughout: at least two sentences, and most of the account's sentences.
  const sentences = own.split(/[。\n]/u).filter((s) => s.trim().length > 0).length
  DEARU_END.lastIndex = 0
  const dearu: Array<Span & { fix: string }> = []
  for (let x = DEARU_END.exec(own); x; x = DEARU_END.exec(own)) dearu.push({ start: x.index, end: x.index + x[0].length, fix: 'です' })
  if (dearu.length >= 2 && dearu.length * 2 > sentences) {
    keys.add('dearu')
    found.push(...dearu)
  }
  if (keys.size < 2) return []
  return found.sort((a, b) => a.start - b.start).slice(0, 10)
}

/** tone/too-stiff: the markers of document register, on a soft account whose post has no signal but plain endings. */
export function tooStiff(p: TonePost): void {
  const { text, facts, ctx, emit } = p
  // Stiffer than registered: a soft account (1, 2) posting in the register of an official document, with no soft voice in it.
  if (ctx.tone <= 2 && facts.every((f) => f.signals.every((s) => s.plain === true))) {
    for (const s of stiffMarkers(text)) {
      emit({ rule: 'tone/too-stiff', start: s.start, end: s.end, data: { tone: ctx.tone, level: LEVEL_JA[ctx.tone]!, fix: s.fix } })
    }
  }
}
