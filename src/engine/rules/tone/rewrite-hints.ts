/**
 * tone — 4(1), 4(2): the rewrite each finding's hint says, as a sentence piece ({rewrite}): 「来てね」→「お越しください」のように for a
 * replacement; for an instruction in brackets (（削除する）, （削除するか、1〜2個までにする）) the instruction said of the phrase:
 * 「草」は削除するなどして — never a deletion written as a replacement (「草」→「（削除する）」). And the score in words (やや柔らかい（2.1）).
 * Reports nothing itself: index.ts wraps `emit` with `withRewrite`.
 */
import { LEVEL_JA } from './context'
import type { TonePost } from './context'

/**
 * The rewrite of a flagged phrase as the head of a hint sentence: 「来てね」→「お越しください」のように for a replacement; for an
 * instruction in brackets (REMOVE, （削除するか、1〜2個までにする）) the instruction said of the phrase: 「草」は削除するなどして,
 * 「🥰」は削除するか、1〜2個までにするなどして.
 */
export function rewriteOf(excerpt: string, fix: string): string {
  const instruction = /^（(.+)）$/u.exec(fix)
  return instruction ? `「${excerpt}」は${instruction[1]}などして` : `「${excerpt}」→「${fix}」のように`
}

export function scoreInWords(score: number): string {
  return `${LEVEL_JA[Math.max(1, Math.min(5, Math.round(score)))]}（${score}）`
}

/** `emit` with the rewrite of each finding that has a fix added to its data (from index.ts `post`). */
export function withRewrite(text: string, emitRaw: TonePost['emit']): TonePost['emit'] {
  const emit: typeof emitRaw = (d) => {
    const fix = d.data?.fix
    emitRaw(fix === undefined ? d : { ...d, data: { ...d.data, rewrite: rewriteOf(text.slice(d.start, d.end), String(fix)) } })
  }
  return emit
}
