/**
 * The reply family's shared readings (4(3): 専ら情報発信を行うアカウントは、原則として返信（リプライ）を行わない): what more than one
 * detector reads — what one paragraph holds for the post's verdict (ReplyFacts), a disaster going on now (ONGOING, and ONGOING_ACT
 * without the bare time words: 今夜は大雨の予報ですが is weather to come), and the clause of a disaster word cut at its contrasts (CONTRAST,
 * `clauseOf`: …復旧しましたが、|断水は続いています). No detector is here: nothing is reported by this file. Part of the reply family
 * (index.ts runs the checks in order and reports them).
 */
import type { Span } from '../../text'
import { sentenceOf } from '../../words'

/** What the reply rule needs of one paragraph (offsets in the paragraph). */
export interface ReplyFacts {
  /** Leading @mentions (only the first paragraph's count: they must open the post). Norm offsets. */
  mentions: Span | null
  /** The first line with text, at most 40 characters. Norm offsets. */
  firstLine: Span | null
  /** The first 40 characters. Norm offsets. */
  opening: Span | null
  /** The first disaster word (地震, 避難 …). Paragraph offsets. */
  disaster: Span | null
  /**
   * The paragraph opens by addressing one person (先ほどお問い合わせくださった方へ, 山田さんへ) or answers
   * what a quoted post asked (ご質問にお答えします, この方のおっしゃるとおりです): a reply in another form.
   */
  addressed: boolean
  answers: boolean
  /**
   * Blind R166I-002 kind: the paragraph is about getting ready (`PREPARING`: 防災マップ, ハザードマップ, 日頃から) with nothing going on
   * now, and whether anything is going on now in it (`ONGOING`): a reply about getting ready spread over paragraphs (■防災マップの入手方法
   * ⏎⏎■マップで確認していただきたいこと ・想定される浸水の深さ ・最寄りの指定避難所 ⏎⏎■防災メール…避難情報や気象警報を受け取る) is one
   * topic, so the other paragraphs' disaster words are of getting ready too, unless one of them tells of something going on now.
   */
  preparing: boolean
  ongoing: boolean
  /** The paragraph recommends leisure or invites to it (`LEISURE`, `PROMOTE`), with no disaster going on in it: see R86A-128. */
  leisure: boolean
  /** Norm offsets to paragraph offsets. */
  source: (start: number, end: number) => Span
}

/** Something going on now (ONGOING without the bare time words 今夜, 現在: 今夜は大雨の予報ですが is weather to come). */
export const ONGOING_ACT = /発令|開設し(?:まし|てい|てお)|開設中|避難して(?:ください|下さい)|避難指示|直ちに|ただちに|警戒して|接近中|上陸|氾濫|決壊|被害が出|被害が発生|停電中|断水中|安否/u

/** The clause of `t` around a span: its sentence, cut at the contrasts before and after it (…復旧しましたが、|断水は続いています). */
export function clauseOf(t: string, h: Span): Span {
  const s = sentenceOf(t, h.start, h.end)
  let from = s.start
  for (const c of t.slice(s.start, h.start).matchAll(CONTRAST)) from = s.start + c.index + c[0].length
  let to = s.end
  for (const c of t.slice(h.end, s.end).matchAll(CONTRAST)) {
    to = h.end + c.index + c[0].length
    break
  }
  return { start: from, end: to }
}

/** A clause joined by a contrast (…ていますが、, …けど、): what comes after it is another statement. */
export const CONTRAST = /(?:が|けど|けれど|けれども|ものの)[、,]/gu

/** A disaster going on now: 発令, 開設しました, 避難してください, 現在, 接近中 (接近しています, 近づいております), 決壊. */
export const ONGOING = /発令|開設し(?:まし|てい|てお)|開設中|避難して(?:ください|下さい)|避難指示|ただいま|現在|今夜|今晩|直ちに|ただちに|警戒して|接近中|(?:接近し|近づい)て(?:い(?:ます|る)|お(?:ります|る))|上陸|氾濫|決壊|被害が出|被害が発生|停電中|断水中|安否/u
