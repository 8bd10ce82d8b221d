/** Japanese wording the background writes into the audit log (the log is read in Japanese). */

/** 180 → 「3時間」, 90 → 「1時間30分」, 15 → 「15分」. */
export function remainingJa(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  if (h === 0) return `${m}分`
  return m === 0 ? `${h}時間` : `${h}時間${m}分`
}
