/**
 * reply — 4(3): 専ら情報発信を行うアカウントは、原則として返信（リプライ）を行わない.
 * Replies, comments and a post that opens with @mentions (a reply in all but name) from a
 * broadcast-only account are a warning. In a disaster replies are allowed (安否・避難の問い合わせ
 * に答える): with 災害時モード on, or when the reply is about a disaster, it is only a note.
 * Quoting another account's post is noted so the writer checks what they amplify.
 */
import type { RuleFamily } from '../rule'

const LEADING_MENTIONS = /^\s{0,20}(?:@[A-Za-z0-9_.]{1,30}\s{0,5}){1,10}/u

export const reply: RuleFamily = {
  id: 'reply',
  clause: '4(3)',
  title: '返信',
  titleEn: 'Replies',
  run({ doc, ctx, emit }) {
    const t = doc.norm.text
    const mention = ctx.mode === 'post' ? LEADING_MENTIONS.exec(t) : null
    const replying = ctx.mode === 'reply' || ctx.mode === 'comment' || mention !== null
    if (replying && ctx.broadcastOnly) {
      // The span: the leading mentions, or the first line of the reply.
      let span
      if (mention) span = doc.fromNorm(mention.index, mention.index + mention[0].trimEnd().length)
      else {
        const trimmedStart = t.length - t.trimStart().length
        let lineEnd = t.indexOf('\n', trimmedStart)
        if (lineEnd === -1) lineEnd = t.length
        if (lineEnd <= trimmedStart) return
        span = doc.fromNorm(trimmedStart, Math.min(lineEnd, trimmedStart + 40))
      }
      const what = ctx.mode === 'comment' ? 'コメント' : '返信'
      const disaster = doc.hits('disaster')[0]
      if (ctx.emergency || disaster) {
        const reason = ctx.emergency ? '災害時モードが有効' : `災害に関する内容（「${doc.raw.slice(...spanOf(doc, disaster!))}」）`
        emit({
          rule: 'reply/emergency',
          start: span.start,
          end: span.end,
          severity: 'info',
          message: `${reason}のため、この${what}は認められます。災害時には安否や避難に関する問い合わせへの${what}が可能です（ガイドライン4(3)）。`,
          hint: '公式の避難情報・災害情報へのリンクを添え、個人情報を書き込まないよう注意してください。',
        })
      } else {
        emit({
          rule: 'reply/broadcast-only',
          start: span.start,
          end: span.end,
          severity: 'warn',
          message: `このアカウントは「専ら情報発信」で登録されています。原則として${what}はできません（災害時を除く、ガイドライン4(3)）。`,
          hint: '個別の問い合わせには、担当課の電話やメールなど正式な窓口を案内してください。災害対応中であれば災害時モードを有効にしてください。',
        })
      }
    }
    if (ctx.mode === 'quote') {
      const end = Math.min(t.length, 40)
      if (end === 0) return
      const span = doc.fromNorm(0, end)
      emit({
        rule: 'reply/quote',
        start: span.start,
        end: span.end,
        severity: 'info',
        message: '他のアカウントの投稿を引用しています。引用した投稿の内容を市が認めたと受け取られることがあります（ガイドライン4(3)）。',
        hint: '引用元が信頼できる公的な情報か確認してください。',
      })
    }
  },
}

function spanOf(doc: { fromSqueezed(a: number, b: number): { start: number; end: number } }, h: { start: number; end: number }): [number, number] {
  const s = doc.fromSqueezed(h.start, h.end)
  return [s.start, s.end]
}
