/** The problems found while reading settings or writing records (skipped records, failed writes, refused requests). */
import type { Problem } from '../shared/protocol'
import { t } from './i18n'

export function ProblemList({ problems, compact = false }: { problems: readonly Problem[]; compact?: boolean }) {
  if (problems.length === 0) return null
  const shown = compact ? problems.slice(0, 3) : problems.slice(0, 50)
  return (
    <div class="notice error problems" role="alert" data-testid="problems">
      <strong>{t('problemsTitle', problems.length)}</strong>
      <ul>
        {shown.map((p) => (
          <li key={p.key}>{p.message}</li>
        ))}
      </ul>
      {problems.length > shown.length && <p>{t('problemsMore', problems.length - shown.length)}</p>}
    </div>
  )
}

/** Merge problem lists (one per key). */
export function mergeProblems(...lists: ReadonlyArray<readonly Problem[]>): Problem[] {
  const byKey = new Map<string, Problem>()
  for (const list of lists) for (const p of list) byKey.set(p.key, p)
  return [...byKey.values()]
}
