/**
 * The clauses of 柳川市ソーシャルメディア活用ガイドライン that findings cite, with their titles.
 * A finding's message ends with 「（ガイドライン5(1)「…」）」 built from this table.
 */
import type { Clause } from './rule'

export const CLAUSES = {
  '4(1)': { id: '4(1)', title: '発信内容の確認と表現の硬軟度合い' },
  '4(2)': { id: '4(2)', title: '公序良俗に反する表現・差別的な表現の禁止' },
  '4(3)': { id: '4(3)', title: '返信（専ら情報発信のアカウントは災害時を除き返信しない）' },
  '4(4)': { id: '4(4)', title: '著作権・肖像権・個人情報の尊重と出典の明示' },
  '4(5)': { id: '4(5)', title: '重要な意見への対応（その場で否定・反論しない）' },
  '5(1)': { id: '5(1)', title: '市の公式見解でない情報及び秘密情報の発信' },
  '5(2)': { id: '5(2)', title: '伏せ字や同じ内容の繰り返しなど誤解を招く発信' },
  '5(3)': { id: '5(3)', title: '誹謗中傷・攻撃的な表現の禁止' },
  '6(1)': { id: '6(1)', title: '第三者のサイトへのリンク' },
  '6(2)': { id: '6(2)', title: '炎上時の対応' },
} as const satisfies Record<string, Clause>

export type ClauseId = keyof typeof CLAUSES

/** 「（ガイドライン5(1)「市の公式見解でない…」）」 */
export function citation(id: string): string {
  const c = (CLAUSES as Record<string, Clause>)[id]
  return c ? `（ガイドライン${c.id}「${c.title}」）` : `（ガイドライン${id}）`
}
